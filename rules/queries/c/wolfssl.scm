; wolfSSL native API: CA files, directories and buffers; verification mode and callbacks.
; wolfSSL_CTX_load_verify_locations(ctx, file, dir): the file when given, else the directory
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . [(string_literal) (concatenated_string) (identifier)] @value))
 (#any-of? @f "wolfSSL_CTX_load_verify_locations" "wolfSSL_CTX_load_verify_locations_ex")
 (#not-any-of? @value "NULL" "nullptr")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "wolfSSL_CTX_load_verify_locations") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . [(null) (identifier) (number_literal)] @n . [(string_literal) (concatenated_string) (identifier)] @value))
 (#any-of? @f "wolfSSL_CTX_load_verify_locations" "wolfSSL_CTX_load_verify_locations_ex") (#any-of? @n "NULL" "nullptr" "0")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "wolfSSL_CTX_load_verify_locations") (#set! confidence "low"))

; wolfSSL_CTX_load_verify_buffer(ctx, pem, len, format)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @value))
 (#any-of? @f "wolfSSL_CTX_load_verify_buffer" "wolfSSL_CTX_load_verify_buffer_ex")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "wolfSSL_CTX_load_verify_buffer") (#set! confidence "low"))

; wolfSSL_CTX_load_system_CA_certs(ctx): the system roots stay, what else is loaded is added
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object .)) @target
 (#eq? @f "wolfSSL_CTX_load_system_CA_certs")
 (#set! kind "keeps_system_trust"))

; wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, cb) / wolfSSL_set_verify(ssl, …)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . [(identifier) (number_literal)] @target))
 (#any-of? @f "wolfSSL_CTX_set_verify" "wolfSSL_set_verify") (#match? @target "^(WOLFSSL_VERIFY_NONE|SSL_VERIFY_NONE|0)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "wolfSSL_CTX_set_verify(WOLFSSL_VERIFY_NONE)") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @mode . (_) @target .))
 (#any-of? @f "wolfSSL_CTX_set_verify" "wolfSSL_set_verify") (#not-match? @mode "^(WOLFSSL_VERIFY_NONE|SSL_VERIFY_NONE|0)$")
 (#not-any-of? @target "NULL" "nullptr" "0")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "wolfSSL_CTX_set_verify callback") (#set! confidence "low"))

; WOLFSSL* ssl = wolfSSL_new(ctx): the connection uses the context's trust
((init_declarator
   declarator: [(identifier) @to (pointer_declarator declarator: (identifier) @to)]
   value: (call_expression function: (identifier) @f arguments: (argument_list . (identifier) @from .))) @target
 (#eq? @f "wolfSSL_new")
 (#set! kind "use") (#set! message "the context is given to the connection here"))

; wolfSSL_check_domain_name(ssl, "host") / wolfSSL_UseSNI(ssl, type, "host", len)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @endpoint .))
 (#eq? @f "wolfSSL_check_domain_name")
 (#set! kind "endpoint") (#set! api "wolfSSL_check_domain_name") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) . (_) @endpoint))
 (#any-of? @f "wolfSSL_UseSNI" "wolfSSL_CTX_UseSNI")
 (#set! kind "endpoint") (#set! api "wolfSSL_UseSNI") (#set! confidence "low"))
