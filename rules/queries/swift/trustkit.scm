; TrustKit configured in code: [kTSKPinnedDomains: ["host": [kTSKPublicKeyHashes: ["…", "…"]]]]
((dictionary_literal
   key: (simple_identifier) @k .
   value: (array_literal . (line_string_literal) @target @pin (line_string_literal)* @pin))
 (#eq? @k "kTSKPublicKeyHashes")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "TrustKit kTSKPublicKeyHashes")
 (#set! object "TrustKit"))
((dictionary_literal
   key: (line_string_literal) @endpoint .
   value: (dictionary_literal key: (simple_identifier) @k))
 (#eq? @k "kTSKPublicKeyHashes")
 (#set! kind "endpoint") (#set! api "TrustKit pinned domain") (#set! object "TrustKit"))
