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
; A DER certificate written as a byte array ({ 0x30, 0x82, l, l, 0x30, 0x82, l, l, 0xA0, … }: the
; certificate and tbsCertificate SEQUENCEs, then the [0] version tag; keys and other DER start otherwise).
(((initializer_list) @value)
 (#match? @value "^\\{\\s*0x30\\s*,\\s*0x82\\s*,\\s*0x[0-9a-fA-F]{1,2}\\s*,\\s*0x[0-9a-fA-F]{1,2}\\s*,\\s*0x30\\s*,\\s*0x82\\s*,\\s*0x[0-9a-fA-F]{1,2}\\s*,\\s*0x[0-9a-fA-F]{1,2}\\s*,\\s*0x[aA]0")
 (#set! kind "embedded_der") (#set! rule "ats-embedded-certificate") (#set! api "literal") (#set! confidence "low"))
