; Field and local bindings of static values: const string NAME = "…" (used to resolve arguments).
(variable_declarator
  name: (identifier) @const.name
  [(string_literal) (verbatim_string_literal) (raw_string_literal) (binary_expression) (parenthesized_expression)] @const.value)
