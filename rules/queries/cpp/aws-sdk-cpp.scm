; AWS SDK for C++: Aws::Client::ClientConfiguration cfg; cfg.caFile = "…"; cfg.caPath = "…"
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: (_) @value)
 (#any-of? @k "caFile" "caPath")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ClientConfiguration.caFile") (#set! confidence "low"))

; cfg.verifySSL = false
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: (false) @target)
 (#eq? @k "verifySSL")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ClientConfiguration.verifySSL = false") (#set! confidence "low"))

; Aws::S3::S3Client / S3CrtClient: an S3 endpoint implied by the SDK (file scope)
(((type_identifier) @target)
 (#any-of? @target "S3Client" "S3CrtClient" "S3EncryptionClientV2")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com") (#set! confidence "low"))
