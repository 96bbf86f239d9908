; A PEM certificate written into the code: one literal, a raw string, or adjacent literals
; ("-----BEGIN CERTIFICATE-----\n" "MII…\n" …). Names a trust call consumes are resolved there instead.
(([(string_literal)] @value)
 (#match? @value "-----BEGIN CERTIFICATE-----[\\s\\S]*-----END CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal") (#set! confidence "low"))
(((concatenated_string) @value)
 (#match? @value "^\"-----BEGIN CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal") (#set! confidence "low"))
; #define NAME "-----BEGIN CERTIFICATE-----\n" \ "MII…" \ …: adjacent literals across line continuations
((preproc_def value: (preproc_arg) @value) @target
 (#match? @value "-----BEGIN CERTIFICATE-----")
 (#set! kind "embedded_pem") (#set! rule "ats-embedded-certificate") (#set! api "literal") (#set! confidence "low"))
