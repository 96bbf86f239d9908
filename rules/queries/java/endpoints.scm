; URLs and hosts in string literals (file scope).
(((string_literal) @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#set! kind "endpoint") (#set! api "string literal"))

; AWS SDK for Java v1 and v2 S3 clients: an S3 endpoint implied by the SDK (file scope)
((method_invocation
   object: (identifier) @c name: (identifier) @m) @target
 (#any-of? @c "AmazonS3ClientBuilder" "AmazonS3Client" "AmazonS3EncryptionClientV2Builder" "S3Client" "S3AsyncClient" "S3Presigner" "S3CrtAsyncClient")
 (#any-of? @m "standard" "defaultClient" "builder" "create" "crtBuilder")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))
((object_creation_expression type: (type_identifier) @target)
 (#eq? @target "AmazonS3Client")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))
