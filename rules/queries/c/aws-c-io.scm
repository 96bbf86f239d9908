; aws-c-io (the CRT under the AWS SDKs): trust store overrides of TLS context options and verify_peer.
; aws_tls_ctx_options_override_default_trust_store(opts, &ca_cursor)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: (identifier) @object) (_)] . (_) @value .))
 (#eq? @f "aws_tls_ctx_options_override_default_trust_store")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "aws_tls_ctx_options_override_default_trust_store") (#set! confidence "low"))

; aws_tls_ctx_options_override_default_trust_store_from_path(opts, dir, file): the file when given
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: (identifier) @object) (_)] . (_) . [(string_literal) (concatenated_string) (identifier)] @value .))
 (#eq? @f "aws_tls_ctx_options_override_default_trust_store_from_path") (#not-any-of? @value "NULL" "nullptr")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "aws_tls_ctx_options_override_default_trust_store_from_path") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: (identifier) @object) (_)] . [(string_literal) (concatenated_string) (identifier)] @value . [(null) (identifier) (number_literal)] @n .))
 (#eq? @f "aws_tls_ctx_options_override_default_trust_store_from_path") (#not-any-of? @value "NULL" "nullptr") (#any-of? @n "NULL" "nullptr" "0")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "aws_tls_ctx_options_override_default_trust_store_from_path") (#set! confidence "low"))

; aws_tls_ctx_options_set_verify_peer(opts, false)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . [(identifier) @object (pointer_expression argument: (identifier) @object) (_)] . [(false) (number_literal)] @target .))
 (#eq? @f "aws_tls_ctx_options_set_verify_peer") (#match? @target "^(false|0)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "aws_tls_ctx_options_set_verify_peer(false)") (#set! confidence "low"))
