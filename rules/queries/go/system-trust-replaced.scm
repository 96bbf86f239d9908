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
