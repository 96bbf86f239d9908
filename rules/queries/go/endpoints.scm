; URLs and hosts in string literals (file scope).
(([(interpreted_string_literal) (raw_string_literal)] @endpoint)
 (#match? @endpoint "(https?://|amazonaws\\.com|cloudfront\\.net)")
 (#not-match? @endpoint "-----BEGIN")
 (#set! kind "endpoint") (#set! api "string literal"))

; client.Get("https://…") and friends: the endpoint belongs to the client
((call_expression
   function: (selector_expression operand: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . [(interpreted_string_literal) (raw_string_literal)] @endpoint))
 (#any-of? @m "Get" "Head" "Post" "PostForm")
 (#set! kind "endpoint") (#set! api "request"))

; s3.New(sess) / s3.NewFromConfig(cfg): an S3 endpoint implied by the SDK (file scope)
((call_expression
   function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)) @target
 (#eq? @p "s3") (#any-of? @f "New" "NewFromConfig")
 (#set! kind "endpoint") (#set! api "AWS SDK S3 client") (#set! value "s3.amazonaws.com"))

; The configured pool/config/transport flows into the next object:
; cfg := &tls.Config{RootCAs: pool}, tr := &http.Transport{TLSClientConfig: cfg}, c := &http.Client{Transport: tr}
((short_var_declaration
   left: (expression_list . (identifier) @to)
   right: (expression_list . (unary_expression operand: (composite_literal body: (literal_value
     (keyed_element key: (literal_element (identifier) @k) value: (literal_element (identifier) @from)) @target)))))
 (#any-of? @k "RootCAs" "TLSClientConfig" "Transport" "HTTPClient")
 (#set! kind "use") (#set! message "configured object handed on here"))
((short_var_declaration
   left: (expression_list . (identifier) @to)
   right: (expression_list . (composite_literal body: (literal_value
     (keyed_element key: (literal_element (identifier) @k) value: (literal_element (identifier) @from)) @target))))
 (#any-of? @k "RootCAs" "TLSClientConfig" "Transport" "HTTPClient")
 (#set! kind "use") (#set! message "configured object handed on here"))
