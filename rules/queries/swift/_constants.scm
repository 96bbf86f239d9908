; Bindings of static values: let NAME = "…" (used to resolve arguments).
(property_declaration
  name: (pattern bound_identifier: (simple_identifier) @const.name)
  value: [(line_string_literal) (multi_line_string_literal)] @const.value)
