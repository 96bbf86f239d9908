; X509TrustManager.checkServerTrusted with an empty body accepts every certificate
((method_declaration
   name: (identifier) @target
   body: (block) @b)
 (#eq? @target "checkServerTrusted")
 (#match? @b "^\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return\\s*;)*\\}$")
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
