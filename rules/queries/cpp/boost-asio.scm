; Boost.Asio: ctx.load_verify_file("ca.pem") / ctx.add_verify_path("dir"): the context's only anchors
; unless ctx.set_default_verify_paths() is also called.
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @value))
 (#any-of? @m "load_verify_file" "add_verify_path")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ssl::context::load_verify_file") (#set! confidence "low"))

; ctx.add_certificate_authority(boost::asio::buffer(pem))
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . (call_expression arguments: (argument_list . (_) @value))))
 (#eq? @m "add_certificate_authority")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "ssl::context::add_certificate_authority") (#set! confidence "low"))

; ctx.set_verify_mode(ssl::verify_none)
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @target .))
 (#eq? @m "set_verify_mode") (#match? @target "verify_none$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl::verify_none") (#set! confidence "low"))

; ctx.set_verify_callback(cb): code decides trust (host_name_verification / rfc2818_verification only
; check the host name and are not matched)
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @target .))
 (#eq? @m "set_verify_callback") (#not-match? @target "(host_name_verification|rfc2818_verification)")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "ssl::context::set_verify_callback") (#set! confidence "low"))

; ctx.set_default_verify_paths(): the system roots stay, other CA files are added
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)) @target
 (#eq? @m "set_default_verify_paths")
 (#set! kind "keeps_system_trust"))
