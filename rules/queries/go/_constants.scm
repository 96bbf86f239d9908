; Package and function level bindings of static values: const/var NAME = "…", name := "…".
(const_spec
  name: (identifier) @const.name
  value: (expression_list . [(interpreted_string_literal) (raw_string_literal) (binary_expression) (parenthesized_expression)] @const.value .))
(var_spec
  name: (identifier) @const.name
  value: (expression_list . [(interpreted_string_literal) (raw_string_literal) (binary_expression) (parenthesized_expression)] @const.value .))
(short_var_declaration
  left: (expression_list . (identifier) @const.name .)
  right: (expression_list . [(interpreted_string_literal) (raw_string_literal) (binary_expression)] @const.value .))
