; URLs and hosts in string literals (file scope).
(([(string_literal) (raw_string_literal)] @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "string literal") (#set! confidence "low"))
