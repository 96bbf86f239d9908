; http.verify_mode = OpenSSL::SSL::VERIFY_NONE
((assignment
   left: (call receiver: (identifier) @object method: (identifier) @m)
   right: (scope_resolution name: (constant) @c) @target)
 (#eq? @m "verify_mode") (#eq? @c "VERIFY_NONE")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "VERIFY_NONE"))
; verify_mode: OpenSSL::SSL::VERIFY_NONE anywhere else (options hashes, constants)
((scope_resolution name: (constant) @c) @target
 (#eq? @c "VERIFY_NONE")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "VERIFY_NONE"))

; Aws::S3::Client.new(ssl_verify_peer: false), Faraday ssl: { verify: false }
((pair key: [(hash_key_symbol) (simple_symbol)] @k value: (false) @target)
 (#match? @k "^:?(ssl_verify_peer|verify|verify_ssl)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl_verify_peer: false"))
