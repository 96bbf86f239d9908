; Marks (see scanners/treesitter/marks.h).
; "accepts_all": verify callbacks whose body only returns 1 (every chain passes, whatever OpenSSL found).
((function_definition
   declarator: (function_declarator declarator: (identifier) @mark)
   body: (compound_statement) @b)
 (#not-match? @b "^[\\s\\S]{400}")
 (#match? @b "^\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|\\(void\\)\\s*\\w+\\s*;)*return\\s*\\(?\\s*1\\s*\\)?\\s*;\\s*\\}$")
 (#set! mark "accepts_all"))

; "verify_result": values that hold SSL_get_verify_result(…), through variables and helper functions.
((call_expression function: (identifier) @f) @mark
 (#eq? @f "SSL_get_verify_result") (#set! mark "verify_result"))
((init_declarator declarator: (identifier) @mark value: (_) @v)
 (#marked? @v "verify_result") (#set! mark "verify_result"))
((assignment_expression left: (identifier) @mark right: (_) @v)
 (#marked? @v "verify_result") (#set! mark "verify_result"))
((function_definition
   declarator: (function_declarator declarator: (identifier) @mark)
   body: (compound_statement (return_statement (_) @v)))
 (#marked? @v "verify_result") (#set! mark "verify_result"))

; Comparisons of such a value: with X509_V_OK (0, the only success) and with an error code (non-zero).
((binary_expression left: (_) @v operator: "==" right: [(number_literal) (identifier)] @n) @mark
 (#match? @n "^(0|X509_V_OK)$") (#marked? @v "verify_result") (#set! mark "verify_ok_test"))
((binary_expression left: [(number_literal) (identifier)] @n operator: "==" right: (_) @v) @mark
 (#match? @n "^(0|X509_V_OK)$") (#marked? @v "verify_result") (#set! mark "verify_ok_test"))
((binary_expression left: (_) @v operator: "==" right: (number_literal) @n) @mark
 (#match? @n "^[1-9][0-9]*$") (#marked? @v "verify_result") (#set! mark "verify_error_test"))
((binary_expression left: (number_literal) @n operator: "==" right: (_) @v) @mark
 (#match? @n "^[1-9][0-9]*$") (#marked? @v "verify_result") (#set! mark "verify_error_test"))
((binary_expression left: (_) @v operator: "!=" right: [(number_literal) (identifier)] @n) @mark
 (#match? @n "^(0|X509_V_OK)$") (#marked? @v "verify_result") (#set! mark "verify_not_ok_test"))
((binary_expression left: [(number_literal) (identifier)] @n operator: "!=" right: (_) @v) @mark
 (#match? @n "^(0|X509_V_OK)$") (#marked? @v "verify_result") (#set! mark "verify_not_ok_test"))
((binary_expression left: (_) @v operator: "!=" right: (number_literal) @n) @mark
 (#match? @n "^[1-9][0-9]*$") (#marked? @v "verify_result") (#set! mark "verify_not_error_test"))
((binary_expression left: (number_literal) @n operator: "!=" right: (_) @v) @mark
 (#match? @n "^[1-9][0-9]*$") (#marked? @v "verify_result") (#set! mark "verify_not_error_test"))

; "server_method": a TLS server method (TLS_server_method(), SSLv23_server_method(),
; wolfTLSv1_2_server_method(), …) and the names bound to one (`const SSL_METHOD *m = TLS_server_method();`).
((call_expression function: (identifier) @f) @mark
 (#match? @f "_server_method(_ex)?$") (#set! mark "server_method"))
((init_declarator declarator: [(identifier) @mark (pointer_declarator declarator: (identifier) @mark)] value: (_) @v)
 (#marked? @v "server_method") (#set! mark "server_method"))
((assignment_expression left: (identifier) @mark right: (_) @v)
 (#marked? @v "server_method") (#set! mark "server_method"))

; "digest_check": functions that compute a certificate's digest (X509_digest, X509_pubkey_digest) and
; compare something with it: fingerprint pinning, whatever the helper is called.
((function_definition
   declarator: [(function_declarator declarator: (identifier) @mark)
                (pointer_declarator declarator: (function_declarator declarator: (identifier) @mark))]
   body: (compound_statement) @b)
 (#match? @b "X509_(pubkey_)?digest\\s*\\(")
 (#match? @b "(str(n)?(case)?cmp|memcmp|strstr|g_str_equal|g_ascii_strcasecmp)\\s*\\(")
 (#set! mark "digest_check"))
