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

; Typhoeus / Ethon: ssl_verifypeer: false (or 0); ssl_verifyhost: 0 skips the host-name check
((pair key: [(hash_key_symbol) (simple_symbol)] @k value: [(false) (integer)] @target)
 (#match? @k "^:?ssl_verifypeer$") (#match? @target "^(false|0)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl_verifypeer: false"))
((pair key: [(hash_key_symbol) (simple_symbol)] @k value: [(false) (integer)] @target)
 (#match? @k "^:?ssl_verifyhost$") (#match? @target "^(false|0)$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl_verifyhost: 0"))

; Excon.defaults[:ssl_verify_peer] = false; Excon.ssl_verify_peer = false (process-wide defaults)
((assignment
   left: (element_reference (simple_symbol) @k)
   right: (false) @target)
 (#match? @k "^:(ssl_verify_peer|ssl_verifypeer|verify_ssl)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl_verify_peer = false"))
((assignment
   left: (call method: (identifier) @m)
   right: (false) @target)
 (#any-of? @m "ssl_verify_peer" "verify_ssl")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl_verify_peer = false"))

; ActionMailer smtp_settings openssl_verify_mode: "none" (the string form of VERIFY_NONE)
((pair key: [(hash_key_symbol) (simple_symbol) (string)] @k value: (string) @target)
 (#match? @k "^[:\"']?openssl_verify_mode[\"']?$") (#match? @target "^[\"']none[\"']$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "openssl_verify_mode: 'none'"))
