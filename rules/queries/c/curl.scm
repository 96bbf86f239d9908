; libcurl: curl_easy_setopt(handle, CURLOPT_…, value). The handle variable links options and URL.
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @value .))
 (#eq? @f "curl_easy_setopt") (#any-of? @opt "CURLOPT_CAINFO" "CURLOPT_CAPATH")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CURLOPT_CAINFO") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @target .))
 (#eq? @f "curl_easy_setopt") (#eq? @opt "CURLOPT_CAINFO_BLOB")
 (#set! kind "unresolved") (#set! rule "ats-custom-ca-bundle") (#set! api "CURLOPT_CAINFO_BLOB") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @value @pin .))
 (#eq? @f "curl_easy_setopt") (#eq? @opt "CURLOPT_PINNEDPUBLICKEY")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "CURLOPT_PINNEDPUBLICKEY")
 (#set! leaf_only "true") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . [(number_literal) (false)] @target .))
 (#eq? @f "curl_easy_setopt") (#eq? @opt "CURLOPT_SSL_VERIFYPEER") (#match? @target "^(0[lLuU]*|false)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "CURLOPT_SSL_VERIFYPEER 0") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . [(number_literal) (false)] @target .))
 (#eq? @f "curl_easy_setopt") (#eq? @opt "CURLOPT_SSL_VERIFYHOST") (#match? @target "^(0[lLuU]*|false)$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "CURLOPT_SSL_VERIFYHOST 0") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @endpoint .))
 (#eq? @f "curl_easy_setopt") (#eq? @opt "CURLOPT_URL")
 (#set! kind "endpoint") (#set! api "CURLOPT_URL") (#set! confidence "low"))
