; Module and function level bindings of static values: NAME = "…" (used to resolve arguments).
(assignment
  left: (identifier) @const.name
  right: [(string) (concatenated_string) (binary_operator) (parenthesized_expression)] @const.value)
