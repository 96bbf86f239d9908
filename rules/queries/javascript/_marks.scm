; Marks (see scanners/treesitter/marks.h): "false_value" names the variables bound to the literal false,
; so { rejectUnauthorized: name } is judged by what the name holds.
((variable_declarator name: (identifier) @mark value: (false))
 (#set! mark "false_value"))
