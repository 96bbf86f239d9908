; Field and local bindings of static values: String NAME = "…" (used to resolve arguments).
(variable_declarator
  name: (identifier) @const.name
  value: [(string_literal) (binary_expression) (parenthesized_expression)] @const.value)
