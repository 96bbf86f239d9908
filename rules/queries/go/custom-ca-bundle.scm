; pool := x509.NewCertPool(); pool.AppendCertsFromPEM(pem): the pool's only anchors. A PEM the file
; spells out is judged by the trust oracle; anything else is unresolved.
((_
   (short_var_declaration
     left: (expression_list . (identifier) @object)
     right: (expression_list . (call_expression
                                function: (selector_expression operand: (identifier) @p field: (field_identifier) @f))))
   (expression_statement
     (call_expression
       function: (selector_expression operand: (identifier) @recv field: (field_identifier) @m)
       arguments: (argument_list . [(type_conversion_expression operand: (_) @value) (identifier) @value (call_expression) @value])) @target))
 (#eq? @p "x509") (#eq? @f "NewCertPool") (#eq? @recv @object) (#eq? @m "AppendCertsFromPEM")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "AppendCertsFromPEM"))

; pool, _ := x509.SystemCertPool(); pool.AppendCertsFromPEM(pem): adds to the system roots (safe)
((_
   (short_var_declaration
     left: (expression_list . (identifier) @object)
     right: (expression_list . (call_expression
                                function: (selector_expression operand: (identifier) @p field: (field_identifier) @f))))
   (expression_statement
     (call_expression
       function: (selector_expression operand: (identifier) @recv field: (field_identifier) @m)) @target))
 (#eq? @p "x509") (#eq? @f "SystemCertPool") (#eq? @recv @object) (#eq? @m "AppendCertsFromPEM")
 (#set! kind "bundle_added") (#set! rule "ats-custom-ca-bundle") (#set! api "AppendCertsFromPEM on SystemCertPool"))

; pem, err := os.ReadFile("ca.pem"): a certificate file read for a pool
((call_expression
   function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)
   arguments: (argument_list . (_) @value .))
 (#any-of? @p "os" "ioutil") (#eq? @f "ReadFile")
 (#match? @value "\\.(pem|crt|cer|ca-bundle)[\"`]$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "os.ReadFile"))

; aws-sdk-go v1: session.Options{CustomCABundle: reader}
((keyed_element
   key: (literal_element (identifier) @k)
   value: (literal_element) @value)
 (#eq? @k "CustomCABundle")
 (#not-match? @value "^os\\.Open\\(")
 (#set! kind "unresolved") (#set! rule "ats-custom-ca-bundle") (#set! api "session.Options.CustomCABundle"))
((keyed_element
   key: (literal_element (identifier) @k)
   value: (literal_element (call_expression
     function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)
     arguments: (argument_list . (_) @value))))
 (#eq? @k "CustomCABundle") (#eq? @p "os") (#eq? @f "Open")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "session.Options.CustomCABundle"))

; aws-sdk-go-v2: config.WithCustomCABundle(reader)
((call_expression
   function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)
   arguments: (argument_list . (_) @value))
 (#eq? @p "config") (#eq? @f "WithCustomCABundle")
 (#not-match? @value "^os\\.Open\\(")
 (#set! kind "unresolved") (#set! rule "ats-custom-ca-bundle") (#set! api "config.WithCustomCABundle"))
((call_expression
   function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)
   arguments: (argument_list . (call_expression
     function: (selector_expression operand: (identifier) @o field: (field_identifier) @open)
     arguments: (argument_list . (_) @value))))
 (#eq? @p "config") (#eq? @f "WithCustomCABundle") (#eq? @o "os") (#eq? @open "Open")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "config.WithCustomCABundle"))

; os.Setenv("AWS_CA_BUNDLE" | "SSL_CERT_FILE" | "SSL_CERT_DIR", path)
((call_expression
   function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)
   arguments: (argument_list . (interpreted_string_literal) @name . (_) @value))
 (#eq? @p "os") (#eq? @f "Setenv")
 (#match? @name "^\"(AWS_CA_BUNDLE|SSL_CERT_FILE|SSL_CERT_DIR)\"$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CA bundle environment variable"))
