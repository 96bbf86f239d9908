; A PEM certificate written into the code: one literal, or a declaration that joins literals.
(([(string_literal) (multiline_string_literal)] @value)
 (#match? @value "-----BEGIN CERTIFICATE-----[\\s\\S]*-----END CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
((property_declaration (variable_declaration) (binary_expression) @value)
 (#match? @value "^\"-----BEGIN CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
