; System.setProperty("javax.net.ssl.trustStore", "…"): the JVM-wide trust store is replaced
((call_expression
   (navigation_expression (identifier) @c (identifier) @m)
   (value_arguments . (value_argument (string_literal) @name) . (value_argument (_) @value)))
 (#eq? @c "System") (#eq? @m "setProperty")
 (#eq? @name "\"javax.net.ssl.trustStore\"")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "javax.net.ssl.trustStore"))

; ks.load(FileInputStream("trust.jks"), password): a KeyStore read from a file
((call_expression
   (navigation_expression (identifier) @object (identifier) @m)
   (value_arguments . (value_argument (call_expression (identifier) @t
                                                       (value_arguments . (value_argument (_) @value))))))
 (#eq? @m "load") (#eq? @t "FileInputStream")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "KeyStore.load(FileInputStream)"))

; ks.load(javaClass.getResourceAsStream("/trust.jks"), password): a KeyStore read from a resource
((call_expression
   (navigation_expression (identifier) @object (identifier) @m)
   (value_arguments . (value_argument (call_expression (navigation_expression (_) (identifier) @r)
                                                       (value_arguments . (value_argument (_) @value))))))
 (#eq? @m "load") (#eq? @r "getResourceAsStream")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "KeyStore.load(resource)"))

; tmf.init(ks) then ctx.init(km, tmf.trustManagers, rnd): the configured trust flows on
((call_expression
   (navigation_expression (identifier) @to (identifier) @m)
   (value_arguments . (value_argument (identifier) @from) .)) @target
 (#eq? @m "init")
 (#set! kind "use") (#set! message "key store handed to the TrustManagerFactory here"))
