; tls.Config{VerifyPeerCertificate: …} / {VerifyConnection: …}: code decides which chains to accept
((short_var_declaration
   left: (expression_list . (identifier) @object)
   right: (expression_list . (unary_expression operand: (composite_literal body: (literal_value
     (keyed_element key: (literal_element (identifier) @target) value: (literal_element) @body))))))
 (#any-of? @target "VerifyPeerCertificate" "VerifyConnection") (#not-eq? @body "nil")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "tls.Config.VerifyPeerCertificate"))
((keyed_element key: (literal_element (identifier) @target) value: (literal_element) @body)
 (#any-of? @target "VerifyPeerCertificate" "VerifyConnection") (#not-eq? @body "nil")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "tls.Config.VerifyPeerCertificate"))

; cfg.VerifyPeerCertificate = func(…) error { … }
((assignment_statement
   left: (expression_list . (selector_expression operand: (identifier) @object field: (field_identifier) @target))
   right: (expression_list . (_) @body))
 (#any-of? @target "VerifyPeerCertificate" "VerifyConnection") (#not-eq? @body "nil")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "tls.Config.VerifyPeerCertificate"))
