; Module and function level bindings of static values: const NAME = "…" (used to resolve arguments).
(variable_declarator
  name: (identifier) @const.name
  value: [(string) (template_string) (binary_expression) (parenthesized_expression)] @const.value)
