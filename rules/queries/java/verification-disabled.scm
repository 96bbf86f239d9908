; X509TrustManager.checkServerTrusted with an empty body (or one that only returns or logs) accepts every
; certificate; X509ExtendedTrustManager's three-argument forms too
((method_declaration
   name: (identifier) @target
   body: (block) @b)
 (#eq? @target "checkServerTrusted")
 (#match? @b "^\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return\\s*;|(Log|log|LOG|logger|LOGGER|Logger|System\\.(out|err)|Timber)\\.\\w+\\([^;]*\\)\\s*;)*\\}$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "empty checkServerTrusted"))

; HostnameVerifier.verify(host, session) { return true; }
((method_declaration
   name: (identifier) @target
   parameters: (formal_parameters (formal_parameter) (formal_parameter type: (type_identifier) @st))
   body: (block . (return_statement (true)) .))
 (#eq? @target "verify") (#eq? @st "SSLSession")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "HostnameVerifier returning true"))

; builder.hostnameVerifier((host, session) -> true), setDefaultHostnameVerifier(…)
((method_invocation
   name: (identifier) @m
   arguments: (argument_list (lambda_expression body: [(true) (block . (return_statement (true)) .)] @target)))
 (#any-of? @m "hostnameVerifier" "setHostnameVerifier" "setDefaultHostnameVerifier" "setSSLHostnameVerifier")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "HostnameVerifier returning true"))

; Apache HttpClient: NoopHostnameVerifier, ALLOW_ALL_HOSTNAME_VERIFIER
((object_creation_expression type: (type_identifier) @target)
 (#eq? @target "NoopHostnameVerifier")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "NoopHostnameVerifier"))
((field_access object: (identifier) @c field: (identifier) @f) @target
 (#any-of? @c "NoopHostnameVerifier" "SSLConnectionSocketFactory" "SSLSocketFactory")
 (#any-of? @f "INSTANCE" "ALLOW_ALL_HOSTNAME_VERIFIER")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "allow-all hostname verifier"))

; Apache HttpClient: loadTrustMaterial(null, (chain, authType) -> true) / TrustAllStrategy
((method_invocation
   name: (identifier) @m
   arguments: (argument_list (lambda_expression body: [(true) (block . (return_statement (true)) .)] @target)))
 (#eq? @m "loadTrustMaterial")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "TrustStrategy returning true"))
((field_access object: (identifier) @c field: (identifier) @f) @target
 (#any-of? @c "TrustAllStrategy" "InsecureTrustManagerFactory") (#eq? @f "INSTANCE")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "trust-all strategy"))
((object_creation_expression type: (type_identifier) @target)
 (#eq? @target "TrustAllStrategy")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "trust-all strategy"))

; AWS SDK v2: AttributeMap…put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true)
((method_invocation
   name: (identifier) @m
   arguments: (argument_list . (field_access field: (identifier) @f) . (true) @target))
 (#eq? @m "put") (#eq? @f "TRUST_ALL_CERTIFICATES")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "TRUST_ALL_CERTIFICATES"))

; SSLContext.init(keyManagers, trustManagers, random) given a trust manager that accepts every chain
; (declared anywhere in the file: _marks.scm follows it through variables, arrays and methods).
((method_invocation
   name: (identifier) @m
   arguments: (argument_list . (_) . (_) @tms . (_) .)) @target
 (#eq? @m "init") (#marked? @tms "trust_all")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "SSLContext.init with a trust-all TrustManager"))
; OkHttp: builder.sslSocketFactory(factory, trustAllManager)
((method_invocation
   name: (identifier) @m @target
   arguments: (argument_list . (_) . (_) @tm .))
 (#eq? @m "sslSocketFactory") (#marked? @tm "trust_all")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "sslSocketFactory with a trust-all X509TrustManager"))

; Android WebViewClient.onReceivedSslError(view, handler, error) that calls handler.proceed() as a
; statement of its own body: every certificate error is accepted. A proceed() behind a condition or a
; dialog is the app's own decision (custom-verify-callback).
((method_declaration
   name: (identifier) @target
   parameters: (formal_parameters (formal_parameter type: (type_identifier) @ht name: (identifier) @h))
   body: (block (expression_statement (method_invocation object: (identifier) @o name: (identifier) @p))))
 (#eq? @target "onReceivedSslError") (#eq? @ht "SslErrorHandler") (#eq? @o @h) (#eq? @p "proceed")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "onReceivedSslError calling handler.proceed()"))

; Apache HttpClient TrustStrategy that trusts every chain, declared before it reaches loadTrustMaterial:
; TrustStrategy s = (chain, authType) -> true;  new TrustStrategy() { isTrusted(…) { return true; } }
((local_variable_declaration
   type: (type_identifier) @t
   declarator: (variable_declarator value: (lambda_expression body: [(true) (block . (return_statement (true)) .)]) @target))
 (#eq? @t "TrustStrategy")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "TrustStrategy returning true"))
((method_declaration
   name: (identifier) @target
   parameters: (formal_parameters . (formal_parameter type: (_) @pt))
   body: (block . (return_statement (true)) .))
 (#eq? @target "isTrusted") (#match? @pt "X509Certificate")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "TrustStrategy returning true"))
