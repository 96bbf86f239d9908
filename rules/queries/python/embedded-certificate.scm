; A PEM certificate written into the code (handed to the trust oracle; bound names are resolved
; where they are used, so this only reports literals that no trust call consumes).
(((string) @value)
 (#match? @value "-----BEGIN CERTIFICATE-----") (#not-marked? @value "in_concatenation")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
(((concatenated_string) @value)
 (#match? @value "-----BEGIN CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal"))
