; pool := x509.NewCertPool(): an empty pool that becomes tls.Config.RootCAs holds only what the code
; appends (x509.SystemCertPool() keeps the system roots and is not matched, nor is an empty pool that
; only stands in where SystemCertPool() failed: see "system_pool_fallback" in _marks.scm).
((short_var_declaration
   left: (expression_list . (identifier) @object)
   right: (expression_list . (call_expression
                              function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)) @target))
 (#eq? @p "x509") (#eq? @f "NewCertPool") (#not-marked? @target "system_pool_fallback")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "x509.NewCertPool()"))
((call_expression
   function: (selector_expression operand: (identifier) @p field: (field_identifier) @f)) @target
 (#eq? @p "x509") (#eq? @f "NewCertPool") (#not-marked? @target "system_pool_fallback")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "x509.NewCertPool()"))
; RootCAs: pool, where the file builds pool from x509.NewCertPool() and AddCert (see "fresh_pool" and
; "cert_added" in _marks.scm): the connection trusts only the certificates added, not the system roots.
((keyed_element key: (literal_element (identifier) @k) value: (literal_element (identifier) @target))
 (#eq? @k "RootCAs") (#marked? @target "fresh_pool") (#marked? @target "cert_added")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "RootCAs: pool of added certificates"))
((assignment_statement
   left: (expression_list . (selector_expression field: (field_identifier) @k))
   right: (expression_list . (identifier) @target))
 (#eq? @k "RootCAs") (#marked? @target "fresh_pool") (#marked? @target "cert_added")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "RootCAs = pool of added certificates"))
; RootCAs: pool, where pool is the system pool or, where SystemCertPool() failed, an empty pool that
; nothing is added to (see "system_pool_or_empty" in _marks.scm), in a module whose go.mod names a
; release before Go 1.18: on Windows the empty pool is the trust, and it rejects every chain.
((keyed_element key: (literal_element (identifier) @k) value: (literal_element (identifier) @target))
 (#eq? @k "RootCAs") (#marked? @target "system_pool_or_empty") (#not-marked? @target "pool_filled") (#marked? @target "go_before_1_18")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "RootCAs: empty pool where SystemCertPool() fails (Windows, go.mod before Go 1.18)"))
((assignment_statement
   left: (expression_list . (selector_expression field: (field_identifier) @k))
   right: (expression_list . (identifier) @target))
 (#eq? @k "RootCAs") (#marked? @target "system_pool_or_empty") (#not-marked? @target "pool_filled") (#marked? @target "go_before_1_18")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "RootCAs = empty pool where SystemCertPool() fails (Windows, go.mod before Go 1.18)"))
