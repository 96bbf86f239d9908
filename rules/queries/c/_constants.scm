; File and function level bindings of static values: const char* NAME = "…", char NAME[] = "…",
; #define NAME "…" (used to resolve arguments).
(init_declarator
  declarator: [(identifier) @const.name
               (pointer_declarator declarator: (identifier) @const.name)
               (array_declarator declarator: (identifier) @const.name)]
  value: [(string_literal) (concatenated_string)] @const.value)
(preproc_def name: (identifier) @const.name value: (preproc_arg) @const.value)
