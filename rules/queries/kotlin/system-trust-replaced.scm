; val tmf = TrustManagerFactory.getInstance(…); tmf.init(keyStore): trust comes from that store only
; (tmf.init(null as KeyStore?) keeps the defaults and is not matched).
((_
   (property_declaration
     (variable_declaration (identifier) @object)
     (call_expression (navigation_expression . (identifier) @t)))
   (call_expression
     (navigation_expression (identifier) @recv (identifier) @m)
     (value_arguments . (value_argument (identifier) @ks) .)) @target)
 (#eq? @t "TrustManagerFactory") (#eq? @recv @object) (#eq? @m "init")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "TrustManagerFactory.init(KeyStore)"))
