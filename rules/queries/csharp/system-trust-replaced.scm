; chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust: only CustomTrustStore anchors count
((member_access_expression expression: (identifier) @c name: (identifier) @target)
 (#eq? @c "X509ChainTrustMode") (#eq? @target "CustomRootTrust")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "X509ChainTrustMode.CustomRootTrust"))
