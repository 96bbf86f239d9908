; A PEM certificate written into the code: one literal, or a declaration that joins literals
; ("-----BEGIN CERTIFICATE-----\n" + "MII…"). Names a trust call consumes are resolved there instead.
(([(interpreted_string_literal) (raw_string_literal)] @value)
 (#match? @value "-----BEGIN CERTIFICATE-----[\\s\\S]*-----END CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
([(var_spec value: (expression_list . (binary_expression) @value .))
  (const_spec value: (expression_list . (binary_expression) @value .))]
 (#match? @value "^[\"`]-----BEGIN CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
