; TrustKit configured in code: [kTSKPinnedDomains: ["host": [kTSKPublicKeyHashes: ["…", "…"]]]]
((dictionary_literal
   key: (simple_identifier) @k .
   value: (array_literal . (line_string_literal) @target @pin (line_string_literal)* @pin))
 (#eq? @k "kTSKPublicKeyHashes")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "TrustKit kTSKPublicKeyHashes")
 (#set! object "TrustKit"))
((dictionary_literal
   key: (line_string_literal) @endpoint .
   value: (dictionary_literal key: (simple_identifier) @k))
 (#eq? @k "kTSKPublicKeyHashes")
 (#set! kind "endpoint") (#set! api "TrustKit pinned domain") (#set! object "TrustKit"))

; The pins as a named list, `let pinnedKeyHashes = ["<base64 sha256>=", …]`, that a challenge handler
; compares with: two or more bare SHA-256 digests whose name says what they are (pin, spki, hash, cert),
; comments between them allowed. Gated by the `="` every such digest ends in (query_gates.h reads it from
; the group of the list's regex that every match passes through).
((property_declaration
   name: (pattern) @target
   value: (array_literal) @pins)
 (#match? @target "([Pp]in|PIN|[Ss]pki|SPKI|[Hh]ash|HASH|[Rr]oot|ROOT|CA|[Cc]ert|CERT)")
 (#match? @pins "^\\[(\\s|,|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*(\"[A-Za-z0-9+/]{43}=\")(\\s|,|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*(\"[A-Za-z0-9+/]{43}=\")(\\s|,|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|\"[A-Za-z0-9+/]{43}=\")*\\]$")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "list of SPKI pins"))
