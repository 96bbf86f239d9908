; TrustManagerFactory tmf = …; tmf.init(keyStore): trust comes from that store only, not the system's
; (tmf.init((KeyStore) null) keeps the defaults and is not matched).
((block
   (local_variable_declaration
     type: (type_identifier) @t
     declarator: (variable_declarator name: (identifier) @object))
   (expression_statement
     (method_invocation
       object: (identifier) @recv name: (identifier) @m
       arguments: (argument_list . (identifier) @ks .)) @target))
 (#eq? @t "TrustManagerFactory") (#eq? @recv @object) (#eq? @m "init")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "TrustManagerFactory.init(KeyStore)"))

; AWS SDK for Java v2: ApacheHttpClient / NettyNioAsyncHttpClient / UrlConnectionHttpClient
; .builder().tlsTrustManagersProvider(…) replaces the JVM's default trust managers.
((method_invocation name: (identifier) @m arguments: (argument_list . (_))) @target
 (#eq? @m "tlsTrustManagersProvider")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "tlsTrustManagersProvider"))

; AWS SDK for Java v1: clientConfiguration.getApacheHttpClientConfig().setSslSocketFactory(factory)
((method_invocation
   object: (method_invocation name: (identifier) @g)
   name: (identifier) @m
   arguments: (argument_list . (_))) @target
 (#eq? @g "getApacheHttpClientConfig") (#eq? @m "setSslSocketFactory")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "ApacheHttpClientConfig.setSslSocketFactory"))
