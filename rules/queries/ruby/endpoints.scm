; URLs and hosts in string literals (file scope).
(((string) @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "string literal"))

; http = Net::HTTP.new("host", 443): the host belongs to that connection
((assignment
   left: (identifier) @object
   right: (call receiver: (scope_resolution scope: (constant) @n name: (constant) @h)
                method: (identifier) @m
                arguments: (argument_list . (_) @endpoint)))
 (#eq? @n "Net") (#eq? @h "HTTP") (#any-of? @m "new" "start")
 (#set! kind "endpoint") (#set! api "Net::HTTP.new"))

; Aws::S3::Client.new / Aws::S3::Resource.new: an S3 endpoint implied by the SDK (file scope)
((call receiver: (scope_resolution scope: (scope_resolution name: (constant) @s) name: (constant) @c)
       method: (identifier) @m) @target
 (#eq? @s "S3") (#any-of? @c "Client" "Resource" "Presigner") (#eq? @m "new")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))
