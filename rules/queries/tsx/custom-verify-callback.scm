; { checkServerIdentity: (host, cert) => … }: code decides which certificates to accept (often a
; fingerprint or public key pin); callbacks that return nothing are verification-disabled.
((pair
   key: (property_identifier) @target
   value: [(arrow_function body: (_) @body) (function_expression body: (_) @body) (identifier) @body (member_expression) @body])
 (#eq? @target "checkServerIdentity")
 (#not-match? @body "^(undefined|null|\\{\\s*\\}|\\{\\s*return\\s*(undefined)?\\s*;?\\s*\\})$")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "checkServerIdentity"))
