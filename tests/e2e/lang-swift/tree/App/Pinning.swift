import Foundation
import TrustKit

enum Pinning {
    static func configure() {
        let config: [String: Any] = [
            kTSKPinnedDomains: [
                "media.s3.amazonaws.com": [
                    kTSKEnforcePinning: true,
                    kTSKPublicKeyHashes: ["Vjs8r4z+80wjNcr1YKepWQboSIRi63WsWXhIMN+eWys="],
                ],
            ],
        ]
        TrustKit.initSharedInstance(withConfiguration: config)
    }
}
