; Marks (see scanners/treesitter/marks.h): "true_value" names the constants and variables bound to
; true (or !false), so InsecureSkipVerify: name is judged by what the name holds.
((const_spec name: (identifier) @mark value: (expression_list . [(true) (unary_expression operator: "!" operand: (false))]))
 (#set! mark "true_value"))
((var_spec name: (identifier) @mark value: (expression_list . [(true) (unary_expression operator: "!" operand: (false))]))
 (#set! mark "true_value"))
((short_var_declaration left: (expression_list . (identifier) @mark) right: (expression_list . [(true) (unary_expression operator: "!" operand: (false))]))
 (#set! mark "true_value"))

; "system_pool_fallback": x509.NewCertPool() only where x509.SystemCertPool() has just failed in the same
; function (`pool, err := x509.SystemCertPool(); if err != nil { return x509.NewCertPool() }`, or
; `if pool == nil { pool = x509.NewCertPool() }`). Where the platform has a system pool it is kept; the
; empty pool only stands in where there is none (old Windows), so it does not replace system trust.
((statement_list
   (short_var_declaration
     left: (expression_list . (identifier) . (identifier) @err)
     right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f))))
   .
   (if_statement
     condition: (binary_expression left: (identifier) @l operator: "!=" right: (nil))
     consequence: (block (statement_list
       [(return_statement (expression_list . (call_expression function: (selector_expression operand: (identifier) @p2 field: (field_identifier) @f2)) @mark))
        (assignment_statement right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p2 field: (field_identifier) @f2)) @mark))]))))
 (#eq? @l @err) (#eq? @p "x509") (#eq? @f "SystemCertPool") (#eq? @p2 "x509") (#eq? @f2 "NewCertPool")
 (#set! mark "system_pool_fallback"))
((statement_list
   (short_var_declaration
     left: (expression_list . (identifier) @pool)
     right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f))))
   .
   (if_statement
     condition: (binary_expression left: (identifier) @l operator: "==" right: (nil))
     consequence: (block (statement_list
       [(return_statement (expression_list . (call_expression function: (selector_expression operand: (identifier) @p2 field: (field_identifier) @f2)) @mark))
        (assignment_statement right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p2 field: (field_identifier) @f2)) @mark))]))))
 (#eq? @l @pool) (#eq? @p "x509") (#eq? @f "SystemCertPool") (#eq? @p2 "x509") (#eq? @f2 "NewCertPool")
 (#set! mark "system_pool_fallback"))
; The same with the call in the if's initialiser: `if pool, err := x509.SystemCertPool(); err != nil { … }`.
((if_statement
   initializer: (short_var_declaration
     left: (expression_list . (identifier) . (identifier) @err)
     right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f))))
   condition: (binary_expression left: (identifier) @l operator: "!=" right: (nil))
   consequence: (block (statement_list
     [(return_statement (expression_list . (call_expression function: (selector_expression operand: (identifier) @p2 field: (field_identifier) @f2)) @mark))
      (assignment_statement right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p2 field: (field_identifier) @f2)) @mark))])))
 (#eq? @l @err) (#eq? @p "x509") (#eq? @f "SystemCertPool") (#eq? @p2 "x509") (#eq? @f2 "NewCertPool")
 (#set! mark "system_pool_fallback"))

; "fresh_pool": names bound to x509.NewCertPool() (not a stand-in for a failed SystemCertPool());
; "cert_added": names whose pool gets a parsed certificate with AddCert. A name with both marks that
; becomes RootCAs is trust pinned to the certificates the code added one by one.
((short_var_declaration left: (expression_list . (identifier) @mark)
   right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)) @call))
 (#eq? @p "x509") (#eq? @f "NewCertPool") (#not-marked? @call "system_pool_fallback")
 (#set! mark "fresh_pool"))
((var_spec name: (identifier) @mark
   value: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)) @call))
 (#eq? @p "x509") (#eq? @f "NewCertPool") (#not-marked? @call "system_pool_fallback")
 (#set! mark "fresh_pool"))
((assignment_statement left: (expression_list . (identifier) @mark)
   right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)) @call))
 (#eq? @p "x509") (#eq? @f "NewCertPool") (#not-marked? @call "system_pool_fallback")
 (#set! mark "fresh_pool"))
((call_expression function: (selector_expression operand: (identifier) @mark field: (field_identifier) @m))
 (#eq? @m "AddCert")
 (#set! mark "cert_added"))

; "system_pool_or_empty": a pool name that holds x509.SystemCertPool(), or an empty x509.NewCertPool()
; assigned to it where that call failed (`pool, _ := x509.SystemCertPool(); if pool == nil { pool =
; x509.NewCertPool() }`, or the `err != nil` form); "pool_filled": a pool that certificates are added
; to (AppendCertsFromPEM, AddCert). "go_before_1_18" is set by the scanner when the file's go.mod names
; a release before Go 1.18, where SystemCertPool() fails on Windows and the empty pool is what is used.
((statement_list
   (short_var_declaration
     left: (expression_list . (identifier) @pool)
     right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f))))
   .
   (if_statement
     condition: (binary_expression left: (identifier) @l operator: "==" right: (nil))
     consequence: (block (statement_list
       (assignment_statement
         left: (expression_list . (identifier) @mark)
         right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p2 field: (field_identifier) @f2))))))))
 (#eq? @l @pool) (#eq? @mark @pool) (#eq? @p "x509") (#eq? @f "SystemCertPool") (#eq? @p2 "x509") (#eq? @f2 "NewCertPool")
 (#set! mark "system_pool_or_empty"))
((statement_list
   (short_var_declaration
     left: (expression_list . (identifier) @pool . (identifier) @err)
     right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p field: (field_identifier) @f))))
   .
   (if_statement
     condition: (binary_expression left: (identifier) @l operator: "!=" right: (nil))
     consequence: (block (statement_list
       (assignment_statement
         left: (expression_list . (identifier) @mark)
         right: (expression_list . (call_expression function: (selector_expression operand: (identifier) @p2 field: (field_identifier) @f2))))))))
 (#eq? @l @err) (#eq? @mark @pool) (#eq? @p "x509") (#eq? @f "SystemCertPool") (#eq? @p2 "x509") (#eq? @f2 "NewCertPool")
 (#set! mark "system_pool_or_empty"))
((call_expression function: (selector_expression operand: (identifier) @mark field: (field_identifier) @m))
 (#any-of? @m "AddCert" "AppendCertsFromPEM")
 (#set! mark "pool_filled"))
