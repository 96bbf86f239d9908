; Mbed TLS: mbedtls_x509_crt_parse(&crt, buf, len) loads certificates from a buffer (PEM or DER). The
; same call loads client certificates, so the fallback takes only chains named as CA/root/trust
; chains (the Clang engine follows the chain into mbedtls_ssl_conf_ca_chain instead).
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @value))
 (#any-of? @f "mbedtls_x509_crt_parse" "mbedtls_x509_crt_parse_der")
 (#match? @object "[Cc][Aa]|[Rr][Oo][Oo][Tt]|[Tt][Rr][Uu][Ss][Tt]|[Aa]nchor")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "mbedtls_x509_crt_parse") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @value))
 (#any-of? @f "mbedtls_x509_crt_parse_file" "mbedtls_x509_crt_parse_path")
 (#match? @object "[Cc][Aa]|[Rr][Oo][Oo][Tt]|[Tt][Rr][Uu][Ss][Tt]|[Aa]nchor")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "mbedtls_x509_crt_parse_file") (#set! confidence "low"))
