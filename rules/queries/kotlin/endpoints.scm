; URLs and hosts in string literals (file scope).
(([(string_literal) (multiline_string_literal)] @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "string literal"))

; AWS SDK for Java builders and the AWS SDK for Kotlin S3Client { … }: an implied S3 endpoint
((call_expression (navigation_expression . (identifier) @c . (identifier) @m)) @target
 (#any-of? @c "AmazonS3ClientBuilder" "AmazonS3Client" "S3Client" "S3AsyncClient" "S3Presigner")
 (#any-of? @m "standard" "defaultClient" "builder" "create" "fromEnvironment")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))
((call_expression . (identifier) @target . (annotated_lambda))
 (#eq? @target "S3Client")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))
