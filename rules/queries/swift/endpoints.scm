; URLs and hosts in string literals (file scope).
(([(line_string_literal) (multi_line_string_literal)] @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "string literal"))

; AWS SDK for Swift: S3Client(config:) / S3Client(region:): an S3 endpoint implied by the SDK
((call_expression . (simple_identifier) @target)
 (#eq? @target "S3Client")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))
