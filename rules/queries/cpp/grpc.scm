; gRPC C++: SslCredentialsOptions::pem_root_certs replaces the default roots (an empty string keeps them).
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: (_) @value)
 (#eq? @k "pem_root_certs") (#not-eq? @value "\"\"")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "SslCredentialsOptions.pem_root_certs") (#set! confidence "low"))

; grpc::CreateChannel("host:443", grpc::SslCredentials(opts)): the options reach that host
((call_expression
   function: [(qualified_identifier name: (identifier) @f) (identifier) @f]
   arguments: (argument_list . (_) @endpoint . (call_expression arguments: (argument_list . (identifier) @object))))
 (#any-of? @f "CreateChannel" "CreateCustomChannel")
 (#set! kind "endpoint") (#set! api "grpc::CreateChannel") (#set! confidence "low"))
