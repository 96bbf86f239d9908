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

; cfg.InsecureSkipVerify = true, tr.TLSClientConfig.InsecureSkipVerify = true
((assignment_statement
   left: (expression_list . (selector_expression operand: (_) @object field: (field_identifier) @k))
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
   left: (expression_list . (selector_expression operand: (_) @object field: (field_identifier) @k))
   right: (expression_list . (identifier) @target))
 (#eq? @k "InsecureSkipVerify") (#marked? @target "true_value")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify = true"))

; A run-time switch whose name says it turns verification off: InsecureSkipVerify: config.Insecure,
; cfg.InsecureSkipVerify = opts.SkipVerify. Whoever sets it gets no verification at all.
((keyed_element key: (literal_element (identifier) @k) value: (literal_element [(identifier) (selector_expression)] @target))
 (#eq? @k "InsecureSkipVerify") (#match? @target "([Ii]nsecure|INSECURE|[Ss]kip|SKIP|[Nn]o_?[Vv]erify|NO_?VERIFY)[A-Za-z0-9_]*$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify: run-time switch"))
((assignment_statement
   left: (expression_list . (selector_expression operand: (_) @object field: (field_identifier) @k))
   right: (expression_list . [(identifier) (selector_expression)] @target))
 (#eq? @k "InsecureSkipVerify") (#match? @target "([Ii]nsecure|INSECURE|[Ss]kip|SKIP|[Nn]o_?[Vv]erify|NO_?VERIFY)[A-Za-z0-9_]*$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "InsecureSkipVerify = run-time switch"))
