; http.ca_file = "…" / http.ca_path = "…" (Net::HTTP, OpenSSL::SSL::SSLContext)
((assignment
   left: (call receiver: (identifier) @object method: (identifier) @m)
   right: (_) @value)
 (#any-of? @m "ca_file" "ca_path")
 (#not-match? @value "^nil$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca_file ="))

; Net::HTTP.start(host, port, ca_file: "…"), Aws::S3::Client.new(ssl_ca_bundle: "…"), Faraday ssl: { ca_file: }
((pair key: [(hash_key_symbol) (simple_symbol)] @k value: (_) @value)
 (#match? @k "^:?(ca_file|ca_path|ssl_ca_bundle|ssl_ca_directory)$")
 (#not-match? @value "^nil$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca_file:"))

; store = OpenSSL::X509::Store.new; store.add_file("ca.pem") / add_path; http.cert_store = store
((call receiver: (identifier) @object method: (identifier) @m arguments: (argument_list . (_) @value))
 (#any-of? @m "add_file" "add_path")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "X509::Store#add_file"))
((assignment
   left: (call receiver: (identifier) @to method: (identifier) @m)
   right: (identifier) @from) @target
 (#eq? @m "cert_store")
 (#set! kind "use") (#set! message "certificate store given to the client here"))

; ENV["SSL_CERT_FILE" | "AWS_CA_BUNDLE"] = "…"
((assignment
   left: (element_reference object: (constant) @env (string) @name)
   right: (_) @value)
 (#eq? @env "ENV") (#match? @name "^['\"](AWS_CA_BUNDLE|SSL_CERT_FILE|SSL_CERT_DIR)['\"]$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CA bundle environment variable"))
