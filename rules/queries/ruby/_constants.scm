; Bindings of static values: NAME = "…" / name = "…" (used to resolve arguments).
(assignment
  left: [(identifier) (constant)] @const.name
  right: [(string) (binary) (parenthesized_statements)] @const.value)
