; A PEM certificate written into the code: one literal, or a declaration whose value joins literals
; ("-----BEGIN CERTIFICATE-----\n" + "MII…"). Names used by a trust call are resolved there instead.
(((string_literal) @value)
 (#match? @value "-----BEGIN CERTIFICATE-----[\\s\\S]*-----END CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
((variable_declarator value: (binary_expression) @value)
 (#match? @value "^\"-----BEGIN CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
