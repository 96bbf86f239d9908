; tls.Config{InsecureSkipVerify: true}
((short_var_declaration
   left: (expression_list . (identifier) @object)
   right: (expression_list . (unary_expression operand: (composite_literal body: (literal_value
     (keyed_element key: (literal_element (identifier) @k) value: (literal_element (true) @target)))))))
 (#eq? @k "InsecureSkipVerify")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify: true"))
((keyed_element key: (literal_element (identifier) @k) value: (literal_element (true) @target))
 (#eq? @k "InsecureSkipVerify")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify: true"))

; cfg.InsecureSkipVerify = true
((assignment_statement
   left: (expression_list . (selector_expression operand: (identifier) @object field: (field_identifier) @k))
   right: (expression_list . (true) @target))
 (#eq? @k "InsecureSkipVerify")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify = true"))

; InsecureSkipVerify: !false, or a constant / variable of the file bound to true
((keyed_element key: (literal_element (identifier) @k)
   value: (literal_element (unary_expression operator: "!" operand: (false)) @target))
 (#eq? @k "InsecureSkipVerify")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify: !false"))
((keyed_element key: (literal_element (identifier) @k) value: (literal_element (identifier) @target))
 (#eq? @k "InsecureSkipVerify") (#marked? @target "true_value")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify: true"))
((assignment_statement
   left: (expression_list . (selector_expression operand: (identifier) @object field: (field_identifier) @k))
   right: (expression_list . (identifier) @target))
 (#eq? @k "InsecureSkipVerify") (#marked? @target "true_value")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify = true"))
