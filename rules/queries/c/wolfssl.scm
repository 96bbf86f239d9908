; wolfSSL: wolfSSL_CTX_load_verify_locations(ctx, file, dir) / _buffer(ctx, buf, len, format)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . [(string_literal) (concatenated_string) (identifier)] @value))
 (#eq? @f "wolfSSL_CTX_load_verify_locations")
 (#not-any-of? @value "NULL" "nullptr")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "wolfSSL_CTX_load_verify_locations") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @value))
 (#eq? @f "wolfSSL_CTX_load_verify_buffer")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "wolfSSL_CTX_load_verify_buffer") (#set! confidence "low"))

; wolfSSL_CTX_load_system_CA_certs(ctx): the context keeps the system roots, so loaded CAs add to them
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (identifier) @object)) @target
 (#eq? @f "wolfSSL_CTX_load_system_CA_certs")
 (#set! kind "keeps_system_trust"))
