; Marks (see scanners/treesitter/marks.h): "trust_all" names the trust managers that accept every chain
; (checkServerTrusted empty, returning or only logging) and what holds or returns them, so
; SSLContext.init(…) can be judged where it is called.
((object_literal (class_body (function_declaration name: (identifier) @m (function_body) @b))) @mark
 (#eq? @m "checkServerTrusted") (#match? @b "^(\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return|(Log|log|LOG|logger|LOGGER|Logger|Timber)\\.\\w+\\([^\\n]*\\)|println\\([^\\n]*\\))*\\}|=\\s*Unit)$")
 (#set! mark "trust_all"))
((class_declaration name: (identifier) @mark (class_body (function_declaration name: (identifier) @m (function_body) @b)))
 (#eq? @m "checkServerTrusted") (#match? @b "^(\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return|(Log|log|LOG|logger|LOGGER|Logger|Timber)\\.\\w+\\([^\\n]*\\)|println\\([^\\n]*\\))*\\}|=\\s*Unit)$")
 (#set! mark "trust_all"))
((property_declaration (variable_declaration (identifier) @mark) . (_) @v)
 (#marked? @v "trust_all") (#set! mark "trust_all"))
((assignment (_) @mark . (_) @v)
 (#marked? @v "trust_all") (#set! mark "trust_all"))
((function_declaration name: (identifier) @mark (function_body) @v)
 (#not-eq? @mark "checkServerTrusted") (#marked? @v "trust_all") (#set! mark "trust_all"))
; "pins_here": a name bound to an OkHttp CertificatePinner whose pins this file lists (`.add(host, pin)`),
; so installing it (`.certificatePinner(pinner)`) adds nothing to the findings at those pins.
((property_declaration (variable_declaration (identifier) @mark) . (_) @v)
 (#match? @v "CertificatePinner\\.Builder\\(\\)[^\\n]*\\.add\\(|CertificatePinner\\.Builder\\(\\)\\s*(//[^\\n]*\\s*)*\\.add\\(")
 (#set! mark "pins_here"))
