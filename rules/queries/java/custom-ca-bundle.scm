; System.setProperty("javax.net.ssl.trustStore", "…"): the JVM-wide trust store is replaced
((method_invocation
   object: (identifier) @c name: (identifier) @m
   arguments: (argument_list . (string_literal) @name . (_) @value))
 (#eq? @c "System") (#eq? @m "setProperty")
 (#eq? @name "\"javax.net.ssl.trustStore\"")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "javax.net.ssl.trustStore"))

; ks.load(new FileInputStream("trust.jks"), password): a KeyStore read from a file
((method_invocation
   object: (identifier) @object name: (identifier) @m
   arguments: (argument_list . (object_creation_expression
                                 type: (type_identifier) @t
                                 arguments: (argument_list . (_) @value))))
 (#eq? @m "load") (#eq? @t "FileInputStream")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "KeyStore.load(FileInputStream)"))

; ks.load(getClass().getResourceAsStream("/trust.jks"), password): a KeyStore read from a resource
((method_invocation
   object: (identifier) @object name: (identifier) @m
   arguments: (argument_list . (method_invocation
                                 name: (identifier) @r
                                 arguments: (argument_list . (_) @value))))
 (#eq? @m "load") (#eq? @r "getResourceAsStream")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "KeyStore.load(resource)"))

; CertificateFactory.generateCertificate(new FileInputStream("ca.pem")): a CA read from a file
((method_invocation
   name: (identifier) @m
   arguments: (argument_list . (object_creation_expression
                                 type: (type_identifier) @t
                                 arguments: (argument_list . (_) @value))))
 (#any-of? @m "generateCertificate" "generateCertificates") (#eq? @t "FileInputStream")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CertificateFactory.generateCertificate"))

; Apache HttpClient: SSLContexts.custom().loadTrustMaterial(new File("trust.jks"), password)
((method_invocation
   name: (identifier) @m
   arguments: (argument_list . (object_creation_expression
                                 type: (type_identifier) @t
                                 arguments: (argument_list . (_) @value))))
 (#eq? @m "loadTrustMaterial") (#eq? @t "File")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "SSLContextBuilder.loadTrustMaterial"))

; tmf.init(ks) then ctx.init(km, tmf.getTrustManagers(), rnd): the configured trust flows on
((method_invocation
   object: (identifier) @to name: (identifier) @m
   arguments: (argument_list . (identifier) @from .))
 (#eq? @m "init")
 (#set! kind "use") (#set! message "key store handed to the TrustManagerFactory here"))
((method_invocation
   object: (identifier) @to name: (identifier) @m
   arguments: (argument_list (method_invocation object: (identifier) @from name: (identifier) @g)))
 (#eq? @m "init") (#eq? @g "getTrustManagers")
 (#set! kind "use") (#set! message "trust managers handed to the SSLContext here"))
