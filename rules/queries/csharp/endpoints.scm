; URLs and hosts in string literals (file scope); ServiceURL = "https://…" is one of them.
(([(string_literal) (verbatim_string_literal) (raw_string_literal)] @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "string literal"))

; new AmazonS3Client(…) / new AmazonS3Config { … }: an S3 endpoint implied by the SDK (file scope)
((object_creation_expression type: (identifier) @target)
 (#any-of? @target "AmazonS3Client" "AmazonS3Config" "AmazonS3EncryptionClientV2")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))

; new HttpClient(handler): the configured handler is used by the client
((variable_declarator
   name: (identifier) @to
   (object_creation_expression
     type: (identifier) @t
     arguments: (argument_list . (argument (identifier) @from))) @target)
 (#eq? @t "HttpClient")
 (#set! kind "use") (#set! message "handler given to the HttpClient here"))

; config.ServiceURL = url / config.RegionEndpoint = RegionEndpoint.X: where an AWS SDK client connects.
; The judge takes a value it cannot resolve as the endpoint of the S3 client of the same file.
((assignment_expression
   left: (member_access_expression expression: (_) @object name: (identifier) @p)
   right: (_) @endpoint)
 (#any-of? @p "ServiceURL" "RegionEndpoint")
 (#set! kind "endpoint") (#set! api "AWS SDK endpoint setting"))
