; GnuTLS: trust files, directories and memory versus the system trust of certificate credentials.
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @value))
 (#any-of? @f "gnutls_certificate_set_x509_trust_file" "gnutls_certificate_set_x509_trust_dir")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "gnutls_certificate_set_x509_trust_file") (#set! confidence "low"))

; gnutls_certificate_set_x509_trust_mem(cred, &datum, format)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @value))
 (#eq? @f "gnutls_certificate_set_x509_trust_mem")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "gnutls_certificate_set_x509_trust_mem") (#set! confidence "low"))

; gnutls_certificate_set_x509_system_trust(cred): the system roots stay
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object .)) @target
 (#eq? @f "gnutls_certificate_set_x509_system_trust")
 (#set! kind "keeps_system_trust"))

; gnutls_certificate_set_verify_function(cred, fn)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @target .))
 (#eq? @f "gnutls_certificate_set_verify_function") (#not-any-of? @target "NULL" "nullptr" "0")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "gnutls_certificate_set_verify_function") (#set! confidence "low"))

; gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, cred)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (identifier) @to . (_) . (identifier) @from .)) @target
 (#eq? @f "gnutls_credentials_set")
 (#set! kind "use") (#set! message "the credentials are given to the session here"))

; gnutls_server_name_set(session, GNUTLS_NAME_DNS, "host", len) / gnutls_session_set_verify_cert(session, "host", flags)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) . (_) @endpoint))
 (#eq? @f "gnutls_server_name_set")
 (#set! kind "endpoint") (#set! api "gnutls_server_name_set") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @endpoint))
 (#eq? @f "gnutls_session_set_verify_cert") (#not-any-of? @endpoint "NULL" "nullptr")
 (#set! kind "endpoint") (#set! api "gnutls_session_set_verify_cert") (#set! confidence "low"))
