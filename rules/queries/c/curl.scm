; libcurl: curl_easy_setopt(handle, CURLOPT_…, value). The handle variable links options and URL.
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @value .))
 (#eq? @f "curl_easy_setopt") (#any-of? @opt "CURLOPT_CAINFO" "CURLOPT_CAPATH")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CURLOPT_CAINFO") (#set! confidence "low"))
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @value @target .))
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
; CURLOPT_PROXY_CAINFO / CURLOPT_PROXY_CAPATH: the CA bundle for the proxy connection
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @value .))
 (#eq? @f "curl_easy_setopt") (#any-of? @opt "CURLOPT_PROXY_CAINFO" "CURLOPT_PROXY_CAPATH")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CURLOPT_PROXY_CAINFO") (#set! confidence "low"))
; CURLOPT_SSL_CTX_FUNCTION: code configures the TLS context (and may change its trust)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @target .))
 (#eq? @f "curl_easy_setopt") (#eq? @opt "CURLOPT_SSL_CTX_FUNCTION") (#not-any-of? @target "NULL" "nullptr" "0")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "CURLOPT_SSL_CTX_FUNCTION") (#set! confidence "low"))
; CURLOPT_SSL_OPTIONS with CURLSSLOPT_NATIVE_CA: the OS store is used too, CA files are added
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (identifier) @opt . (_) @v .)) @target
 (#eq? @f "curl_easy_setopt") (#eq? @opt "CURLOPT_SSL_OPTIONS") (#match? @v "CURLSSLOPT_NATIVE_CA")
 (#set! kind "keeps_system_trust"))
