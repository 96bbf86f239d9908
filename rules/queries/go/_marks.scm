; Marks (see scanners/treesitter/marks.h): "true_value" names the constants and variables bound to
; true (or !false), so InsecureSkipVerify: name is judged by what the name holds.
((const_spec name: (identifier) @mark value: (expression_list . [(true) (unary_expression operator: "!" operand: (false))]))
 (#set! mark "true_value"))
((var_spec name: (identifier) @mark value: (expression_list . [(true) (unary_expression operator: "!" operand: (false))]))
 (#set! mark "true_value"))
((short_var_declaration left: (expression_list . (identifier) @mark) right: (expression_list . [(true) (unary_expression operator: "!" operand: (false))]))
 (#set! mark "true_value"))
