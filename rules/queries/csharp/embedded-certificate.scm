; A PEM certificate written into the code: one literal, or a declaration that joins literals.
; Names a trust call consumes are resolved there instead.
(([(string_literal) (verbatim_string_literal) (raw_string_literal)] @value)
 (#match? @value "-----BEGIN CERTIFICATE-----[\\s\\S]*-----END CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
((variable_declarator (binary_expression) @value)
 (#match? @value "^@?\"-----BEGIN CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
