; URLs and hosts in string literals (file scope).
(((string) @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#set! kind "endpoint") (#set! api "string literal"))

; client.get("https://…") and friends: the endpoint belongs to the object
((call
   function: (attribute object: (identifier) @object attribute: (identifier) @m)
   arguments: (argument_list . (_) @endpoint))
 (#any-of? @m "get" "post" "put" "head" "delete" "patch" "request" "urlopen" "stream")
 (#match? @endpoint "^[rbuRBU]*['\"]")
 (#set! kind "endpoint") (#set! api "request"))

; endpoint_url="https://…" on AWS clients
((keyword_argument name: (identifier) @k value: (_) @endpoint)
 (#eq? @k "endpoint_url")
 (#set! kind "endpoint") (#set! api "endpoint_url="))

; boto3.client("s3") / boto3.resource("s3") / session.client("s3"): an S3 endpoint implied by the SDK
((call
   function: (attribute attribute: (identifier) @m)
   arguments: (argument_list . (string) @svc) @target)
 (#any-of? @m "client" "resource")
 (#match? @svc "^['\"](s3|s3control)['\"]$")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))
((assignment
   left: (identifier) @object
   right: (call
     function: (attribute attribute: (identifier) @m)
     arguments: (argument_list . (string) @svc) @target))
 (#any-of? @m "client" "resource")
 (#match? @svc "^['\"](s3|s3control)['\"]$")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))
