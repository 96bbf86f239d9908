; URLs and hosts in string literals (file scope).
(([(string_literal) (raw_string_literal)] @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "string literal") (#set! confidence "low"))

; #define HOST "bucket.s3.amazonaws.com": a host or URL in a macro body
((preproc_def value: (preproc_arg) @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "macro") (#set! confidence "low"))
