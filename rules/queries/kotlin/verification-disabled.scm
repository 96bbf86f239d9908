; override fun checkServerTrusted(…) {} : an X509TrustManager that accepts every certificate
((function_declaration name: (identifier) @target (function_body) @b)
 (#eq? @target "checkServerTrusted")
 (#match? @b "^(\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return|(Log|log|LOG|logger|LOGGER|Logger|Timber)\\.\\w+\\([^\\n]*\\)|println\\([^\\n]*\\))*\\}|=\\s*Unit)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "empty checkServerTrusted"))

; override fun verify(hostname: String, session: SSLSession) = true
((function_declaration name: (identifier) @target (function_value_parameters (parameter) (parameter (user_type (identifier) @st))) (function_body) @b)
 (#eq? @target "verify") (#eq? @st "SSLSession")
 (#match? @b "^(=\\s*true|\\{\\s*return\\s+true\\s*\\})$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "HostnameVerifier returning true"))

; OkHttpClient.Builder().hostnameVerifier { _, _ -> true }
((call_expression
   (navigation_expression (_) (identifier) @m)
   [(annotated_lambda) (value_arguments)] @target)
 (#any-of? @m "hostnameVerifier" "setHostnameVerifier" "setDefaultHostnameVerifier")
 (#match? @target "->\\s*true\\s*\\}\\)?$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "HostnameVerifier returning true"))

; sslContext.init(keyManagers, trustManagers, random) given a trust manager that accepts every chain
; (declared anywhere in the file: _marks.scm follows it through properties and functions).
((call_expression
   (navigation_expression (_) (identifier) @m)
   (value_arguments . (value_argument) . (value_argument) @tms . (value_argument) .)) @target
 (#eq? @m "init") (#marked? @tms "trust_all")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "SSLContext.init with a trust-all TrustManager"))
; OkHttp: builder.sslSocketFactory(factory, trustAllManager)
((call_expression
   (navigation_expression (_) (identifier) @m @target)
   (value_arguments . (value_argument) . (value_argument) @tm .))
 (#eq? @m "sslSocketFactory") (#marked? @tm "trust_all")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "sslSocketFactory with a trust-all X509TrustManager"))
