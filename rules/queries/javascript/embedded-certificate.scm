; A PEM certificate written into the code: one literal, or a declaration that joins literals
; ("-----BEGIN CERTIFICATE-----\n" + "MII…"). Names a trust option consumes are resolved there instead.
(([(string) (template_string)] @value)
 (#match? @value "-----BEGIN CERTIFICATE-----[\\s\\S]*-----END CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
((variable_declarator value: (binary_expression) @value)
 (#match? @value "^[\"'`]-----BEGIN CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
