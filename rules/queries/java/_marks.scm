; Marks (see scanners/treesitter/marks.h): "trust_all" names the trust managers that accept every chain,
; and the variables, arrays and methods that hold or return them, so SSLContext.init(…) can be judged
; where it is called. An accepting checkServerTrusted has an empty body, or one that only returns or logs.

; class TrustAll implements X509TrustManager { public void checkServerTrusted(…) {} }
((class_declaration
   name: (identifier) @mark
   body: (class_body (method_declaration name: (identifier) @m body: (block) @b)))
 (#eq? @m "checkServerTrusted")
 (#match? @b "^\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return\\s*;|(Log|log|LOG|logger|LOGGER|Logger|System\\.(out|err)|Timber)\\.\\w+\\([^;]*\\)\\s*;)*\\}$")
 (#set! mark "trust_all"))

; new X509TrustManager() { public void checkServerTrusted(…) {} }
((object_creation_expression
   (class_body (method_declaration name: (identifier) @m body: (block) @b))) @mark
 (#eq? @m "checkServerTrusted")
 (#match? @b "^\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return\\s*;|(Log|log|LOG|logger|LOGGER|Logger|System\\.(out|err)|Timber)\\.\\w+\\([^;]*\\)\\s*;)*\\}$")
 (#set! mark "trust_all"))

; Bindings carry the mark: TrustManager[] all = { tm }; all[0] = tm; this.tm = …; return tm;
((variable_declarator name: (identifier) @mark value: (_) @v)
 (#marked? @v "trust_all") (#set! mark "trust_all"))
((assignment_expression left: (identifier) @mark right: (_) @v)
 (#marked? @v "trust_all") (#set! mark "trust_all"))
((assignment_expression left: (field_access field: (identifier) @mark) right: (_) @v)
 (#marked? @v "trust_all") (#set! mark "trust_all"))
((assignment_expression left: (array_access array: (identifier) @mark) right: (_) @v)
 (#marked? @v "trust_all") (#set! mark "trust_all"))
((method_declaration name: (identifier) @mark body: (block (return_statement (_) @v)))
 (#marked? @v "trust_all") (#set! mark "trust_all"))
