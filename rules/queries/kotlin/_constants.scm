; Top level and local bindings of static values: val/const val NAME = "…" (used to resolve arguments).
(property_declaration
  (variable_declaration (identifier) @const.name)
  [(string_literal) (multiline_string_literal) (binary_expression) (parenthesized_expression)] @const.value)
