; http.verify_callback = ->(ok, store_ctx) { … } / verify_callback: proc: code decides trust
((assignment
   left: (call receiver: (identifier) @object method: (identifier) @target)
   right: (_) @v)
 (#eq? @target "verify_callback") (#not-match? @v "^nil$")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "verify_callback"))
((pair key: [(hash_key_symbol) (simple_symbol)] @target value: (_) @v)
 (#match? @target "^:?verify_callback$") (#not-match? @v "^nil$")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "verify_callback"))
