; URLs and hosts in string literals (file scope).
(([(string) (template_string)] @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "string literal"))

; AWS SDK v3 new S3Client({…}) / new S3({…}), v2 new AWS.S3({…}): an S3 endpoint implied by the SDK
((new_expression constructor: [(identifier) @c (member_expression property: (property_identifier) @c)]) @target
 (#any-of? @c "S3Client" "S3" "S3Control" "S3ControlClient")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))

; The configured agent handed to a client: new NodeHttpHandler({ httpsAgent: agent }),
; axios.create({ httpsAgent: agent }), got({ agent: { https: agent } }), AWS v2 httpOptions: { agent }
((variable_declarator
   name: (identifier) @to
   value: [(new_expression arguments: (arguments (object (pair key: (property_identifier) @k value: (identifier) @from) @target)))
           (call_expression arguments: (arguments (object (pair key: (property_identifier) @k value: (identifier) @from) @target)))])
 (#any-of? @k "httpsAgent" "agent" "https" "requestHandler" "httpAgent")
 (#set! kind "use") (#set! message "agent handed to the client here"))
