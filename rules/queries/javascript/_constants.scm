; Module and function level bindings of static values: const NAME = "…" (used to resolve arguments), and
; lists (`const rootPins = ['…', '…']`), whose elements a pin set given the name reads.
(variable_declarator
  name: (identifier) @const.name
  value: [(string) (template_string) (binary_expression) (parenthesized_expression) (array)] @const.value)
