; cpp-httplib: CA paths and stores of a client, and the server certificate verification switch.
; httplib::SSLClient cli("host", 443) / httplib::Client cli("https://host")
((declaration
   type: (qualified_identifier name: (type_identifier) @t)
   declarator: (init_declarator
     declarator: (identifier) @object
     value: [(argument_list . (_) @endpoint) (initializer_list . (_) @endpoint)]))
 (#any-of? @t "SSLClient" "Client")
 (#set! kind "endpoint") (#set! api "httplib::Client") (#set! confidence "low"))

; cli.set_ca_cert_path("ca.pem") / cli.set_ca_cert_path("", "dir")
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @value))
 (#eq? @m "set_ca_cert_path") (#not-any-of? @value "\"\"" "nullptr" "NULL")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "set_ca_cert_path") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @e . (_) @value .))
 (#eq? @m "set_ca_cert_path") (#any-of? @e "\"\"" "nullptr" "NULL")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "set_ca_cert_path") (#set! confidence "low"))

; cli.set_ca_cert_store(store): the client's anchors are that store only
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @target .))
 (#eq? @m "set_ca_cert_store")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "set_ca_cert_store") (#set! confidence "low"))

; cli.enable_server_certificate_verification(false)
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . [(false) (number_literal)] @target .))
 (#eq? @m "enable_server_certificate_verification") (#match? @target "^(false|0)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "enable_server_certificate_verification(false)") (#set! confidence "low"))
