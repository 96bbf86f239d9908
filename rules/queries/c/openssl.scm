; OpenSSL: SSL_CTX_load_verify_locations(ctx, file, dir) / _file / _dir: the context's only anchors
; unless SSL_CTX_set_default_verify_paths is also called.
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . [(string_literal) (concatenated_string) (identifier)] @value))
 (#any-of? @f "SSL_CTX_load_verify_locations" "SSL_CTX_load_verify_file" "SSL_CTX_load_verify_dir" "X509_STORE_load_locations" "X509_STORE_load_file")
 (#not-any-of? @value "NULL" "nullptr")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "SSL_CTX_load_verify_locations") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . [(null) (identifier)] @n . [(string_literal) (concatenated_string) (identifier)] @value .))
 (#eq? @f "SSL_CTX_load_verify_locations") (#any-of? @n "NULL" "nullptr")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "SSL_CTX_load_verify_locations") (#set! confidence "low"))

; X509_STORE_add_cert(store, cert): a certificate the code builds or loads becomes an anchor
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @value @target .))
 (#eq? @f "X509_STORE_add_cert")
 (#set! kind "unresolved") (#set! rule "ats-custom-ca-bundle") (#set! api "X509_STORE_add_cert") (#set! confidence "low"))

; SSL_CTX_set_cert_store(ctx, store): the context uses that store instead of its own
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @target .))
 (#eq? @f "SSL_CTX_set_cert_store")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "SSL_CTX_set_cert_store") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (identifier) @to . (identifier) @from .)) @target
 (#eq? @f "SSL_CTX_set_cert_store")
 (#set! kind "use") (#set! message "store given to the SSL_CTX here"))

; SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, …)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @target))
 (#any-of? @f "SSL_CTX_set_verify" "SSL_set_verify") (#eq? @target "SSL_VERIFY_NONE")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "SSL_VERIFY_NONE") (#set! confidence "low"))

; SSL_CTX_set_verify(ctx, mode, callback) / SSL_CTX_set_cert_verify_callback(ctx, cb, arg)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @mode . (_) @target .))
 (#any-of? @f "SSL_CTX_set_verify" "SSL_set_verify") (#not-eq? @mode "SSL_VERIFY_NONE") (#not-any-of? @target "NULL" "nullptr" "0")
 (#not-marked? @target "accepts_all")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "SSL_CTX_set_verify callback") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @target))
 (#eq? @f "SSL_CTX_set_cert_verify_callback") (#not-any-of? @target "NULL" "nullptr" "0")
 (#not-marked? @target "accepts_all")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "SSL_CTX_set_cert_verify_callback") (#set! confidence "low"))

; SSL_CTX_set_verify(ctx, mode, cb) / SSL_CTX_set_cert_verify_callback(ctx, cb, arg) where the callback
; (defined in this file, see _marks.scm) returns 1 whatever OpenSSL found: verification is off.
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) . (identifier) @target .))
 (#any-of? @f "SSL_CTX_set_verify" "SSL_set_verify") (#marked? @target "accepts_all")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "verify callback that returns 1") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @target))
 (#eq? @f "SSL_CTX_set_cert_verify_callback") (#marked? @target "accepts_all")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "verify callback that returns 1") (#set! confidence "low"))

; The result of SSL_get_verify_result(…) compared so that an error code counts as success:
; (r == X509_V_OK) || (r == 1), (r != 0) && (r != 1). Only X509_V_OK (0) means the chain verified.
((binary_expression operator: "||") @target
 (#marked? @target "verify_ok_test") (#marked? @target "verify_error_test")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "SSL_get_verify_result error code accepted as X509_V_OK") (#set! confidence "low"))
((binary_expression operator: "&&") @target
 (#marked? @target "verify_not_ok_test") (#marked? @target "verify_not_error_test")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "SSL_get_verify_result error code accepted as X509_V_OK") (#set! confidence "low"))

; SSL_CTX_set_default_verify_paths(ctx) / X509_STORE_set_default_paths(store): the system roots stay,
; so what else is loaded into that object is added
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object .)) @target
 (#any-of? @f "SSL_CTX_set_default_verify_paths" "X509_STORE_set_default_paths" "SSL_CTX_set_default_verify_file" "SSL_CTX_set_default_verify_dir")
 (#set! kind "keeps_system_trust"))

; An error code handled exactly like X509_V_OK: branches of one if/else-if chain, one taken for
; X509_V_OK and one for an error code, with the same body (`if (r == 0) go(); else if (r == 1) go();`).
((if_statement
   condition: (_) @c1
   consequence: (_) @a
   alternative: (else_clause (if_statement condition: (_) @c2 consequence: (_) @b))) @target
 (#marked? @c1 "verify_ok_test") (#not-marked? @c1 "verify_error_test")
 (#marked? @c2 "verify_error_test") (#not-marked? @c2 "verify_ok_test") (#same-code? @a @b)
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "SSL_get_verify_result error code handled like X509_V_OK") (#set! confidence "low"))
((if_statement
   condition: (_) @c1
   consequence: (_) @a
   alternative: (else_clause (if_statement condition: (_) @c2 consequence: (_) @b))) @target
 (#marked? @c1 "verify_error_test") (#not-marked? @c1 "verify_ok_test")
 (#marked? @c2 "verify_ok_test") (#not-marked? @c2 "verify_error_test") (#same-code? @a @b)
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "SSL_get_verify_result error code handled like X509_V_OK") (#set! confidence "low"))
; `if (r == 1) A else A` at the head of a chain: the else takes X509_V_OK too, so the error code gets
; what success gets.
((compound_statement
   (if_statement
     condition: (_) @c
     consequence: (_) @a
     alternative: (else_clause (compound_statement) @b)) @target)
 (#marked? @c "verify_error_test") (#not-marked? @c "verify_ok_test") (#same-code? @a @b)
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "SSL_get_verify_result error code handled like X509_V_OK") (#set! confidence "low"))

; check(peer_cert, expected): a helper of the file that digests the certificate and compares the digest
; (see "digest_check" in _marks.scm) pins the peer to those fingerprints; where they come from is decided
; at run time unless it is a literal
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (identifier) @object . (_) @value .))
 (#marked? @f "digest_check") (#match? @object "[Cc]ert|[Pp]eer|[Rr]emote|[Xx]509|[Cc]rt")
 (#set! kind "unresolved") (#set! rule "ats-certificate-pinning") (#set! api "certificate digest compared with expected fingerprints") (#set! confidence "low"))
