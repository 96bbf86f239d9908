; Marks (see scanners/treesitter/marks.h): "false_value" names the variables bound to the literal false,
; so { rejectUnauthorized: name } is judged by what the name holds.
((variable_declarator name: (identifier) @mark value: (false))
 (#set! mark "false_value"))

; "node_roots": names whose value holds Node's bundled roots (tls.rootCertificates), through variables,
; concat/spread and push: `const all = extra.concat(tls.rootCertificates)`; `{ ca: all }` keeps them.
((variable_declarator name: (identifier) @mark value: (_) @v)
 (#match? @v "rootCertificates") (#set! mark "node_roots"))
((variable_declarator name: (identifier) @mark value: (_) @v)
 (#marked? @v "node_roots") (#set! mark "node_roots"))
((assignment_expression left: (identifier) @mark right: (_) @v)
 (#match? @v "rootCertificates") (#set! mark "node_roots"))
((assignment_expression left: (identifier) @mark right: (_) @v)
 (#marked? @v "node_roots") (#set! mark "node_roots"))
; list.push(...tls.rootCertificates) / list.push(...roots)
((call_expression
   function: (member_expression object: (identifier) @mark property: (property_identifier) @m)
   arguments: (arguments (spread_element) @v))
 (#any-of? @m "push" "unshift") (#match? @v "rootCertificates") (#set! mark "node_roots"))
((call_expression
   function: (member_expression object: (identifier) @mark property: (property_identifier) @m)
   arguments: (arguments (spread_element) @v))
 (#any-of? @m "push" "unshift") (#marked? @v "node_roots") (#set! mark "node_roots"))
