; Mbed TLS: certificate chains parsed from files, directories or buffers, then set as a configuration's
; CA chain. Mbed TLS has no system store, so every CA chain is a replacement. The parse calls also load
; client certificates, so the fallback takes only chains named as CA/root/trust chains (the Clang
; engine follows the chain into mbedtls_ssl_conf_ca_chain instead).
; mbedtls_x509_crt_parse_file(&ca, "ca.pem") / mbedtls_x509_crt_parse_path(&ca, "dir")
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: [(identifier) (field_expression)] @object) (pointer_expression argument: (parenthesized_expression [(identifier) (field_expression)] @object)) (field_expression) @object] . (_) @value .))
 (#any-of? @f "mbedtls_x509_crt_parse_file" "mbedtls_x509_crt_parse_path")
 (#match? @object "[Cc][Aa]|[Rr][Oo][Oo][Tt]|[Tt][Rr][Uu][Ss][Tt]|[Aa]nchor")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "mbedtls_x509_crt_parse_file") (#set! confidence "low"))

; mbedtls_x509_crt_parse(&ca, pem, len) / mbedtls_x509_crt_parse_der(&ca, der, len)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: [(identifier) (field_expression)] @object) (pointer_expression argument: (parenthesized_expression [(identifier) (field_expression)] @object)) (field_expression) @object] . (_) @value))
 (#any-of? @f "mbedtls_x509_crt_parse" "mbedtls_x509_crt_parse_der" "mbedtls_x509_crt_parse_der_nocopy")
 (#match? @object "[Cc][Aa]|[Rr][Oo][Oo][Tt]|[Tt][Rr][Uu][Ss][Tt]|[Aa]nchor")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "mbedtls_x509_crt_parse") (#set! confidence "low"))

; mbedtls_ssl_conf_ca_chain(&conf, &ca, crl): the chain becomes the configuration's anchors; the trust
; parsed into `ca` is reported here (installs "trust")
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @to (field_expression) @to (pointer_expression argument: [(identifier) (field_expression)] @to) (pointer_expression argument: (parenthesized_expression [(identifier) (field_expression)] @to))] . [(identifier) @from (field_expression) @from (pointer_expression argument: [(identifier) (field_expression)] @from) (pointer_expression argument: (parenthesized_expression [(identifier) (field_expression)] @from))])) @target
 (#eq? @f "mbedtls_ssl_conf_ca_chain")
 (#set! kind "use") (#set! installs "trust") (#set! message "the CA chain is set on the configuration here"))

; mbedtls_ssl_setup(&ssl, &conf): the configuration is given to the connection
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @to (field_expression) @to (pointer_expression argument: [(identifier) (field_expression)] @to) (pointer_expression argument: (parenthesized_expression [(identifier) (field_expression)] @to))] . [(identifier) @from (field_expression) @from (pointer_expression argument: [(identifier) (field_expression)] @from) (pointer_expression argument: (parenthesized_expression [(identifier) (field_expression)] @from))])) @target
 (#eq? @f "mbedtls_ssl_setup")
 (#set! kind "use") (#set! message "the configuration is given to the connection here"))

; mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_NONE)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: (identifier) @object) (_)] . [(identifier) (number_literal)] @target .))
 (#eq? @f "mbedtls_ssl_conf_authmode") (#match? @target "^(MBEDTLS_SSL_VERIFY_NONE|0)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "mbedtls_ssl_conf_authmode(MBEDTLS_SSL_VERIFY_NONE)") (#set! confidence "low"))
; MBEDTLS_SSL_VERIFY_OPTIONAL: the chain is checked but the handshake goes on when the check fails
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: (identifier) @object) (_)] . [(identifier) (number_literal)] @target .))
 (#eq? @f "mbedtls_ssl_conf_authmode") (#match? @target "^(MBEDTLS_SSL_VERIFY_OPTIONAL|1)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "mbedtls_ssl_conf_authmode(MBEDTLS_SSL_VERIFY_OPTIONAL)") (#set! confidence "low"))

; mbedtls_ssl_conf_verify(&conf, callback, arg): code takes part in the decision
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: (identifier) @object) (_)] . (_) @target))
 (#any-of? @f "mbedtls_ssl_conf_verify" "mbedtls_ssl_set_verify") (#not-any-of? @target "NULL" "nullptr" "0")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "mbedtls_ssl_conf_verify") (#set! confidence "low"))

; mbedtls_ssl_set_hostname(&ssl, "host")
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: (identifier) @object) (_)] . (_) @endpoint .))
 (#eq? @f "mbedtls_ssl_set_hostname") (#not-any-of? @endpoint "NULL" "nullptr")
 (#set! kind "endpoint") (#set! api "mbedtls_ssl_set_hostname") (#set! confidence "low"))
