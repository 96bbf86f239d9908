; A host → SPKI pins map written as data: { 'api.example.com': ['<base64 sha256>=', '<base64 sha256>='] }
; (React Native and Expo pinning plugins, TrustKit or OkHttp pins generated from JS config). Every element
; must be a bare base64 SHA-256 digest (44 characters ending in '='), and the key a host name. Comments
; may stand between the pins.
((pair
   key: (string) @target
   value: (array) @pins)
 (#match? @target "^['\"][A-Za-z0-9*_-]+(\\.[A-Za-z0-9_-]+)+['\"]$")
 (#match? @pins "^\\[(\\s|,|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|'[A-Za-z0-9+/]{43}='|\"[A-Za-z0-9+/]{43}=\")*('[A-Za-z0-9+/]{43}='|\"[A-Za-z0-9+/]{43}=\")(\\s|,|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|'[A-Za-z0-9+/]{43}='|\"[A-Za-z0-9+/]{43}=\")*\\]$")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "host → SPKI pins map"))

; The pins as a named list, `const rootPins = ['<base64 sha256>=', …]`, given to such a map by name: a list
; of two or more bare SHA-256 digests whose name says what they are (pin, spki, hash, root, ca, cert).
((variable_declarator
   name: (identifier) @target
   value: (array) @pins)
 (#match? @target "([Pp]in|PIN|[Ss]pki|SPKI|[Hh]ash|HASH|[Rr]oot|ROOT|CA|[Cc]ert|CERT)")
 (#match? @pins "^\\[(\\s|,|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*('[A-Za-z0-9+/]{43}='|\"[A-Za-z0-9+/]{43}=\")(\\s|,|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/)*('[A-Za-z0-9+/]{43}='|\"[A-Za-z0-9+/]{43}=\")(\\s|,|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|'[A-Za-z0-9+/]{43}='|\"[A-Za-z0-9+/]{43}=\")*\\]$")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "list of SPKI pins"))

; A host given such a list by name: { 'api.example.com': amazonRootPins }. The list's elements are the
; pins (a name bound in the same file to a list of string literals); a name that is not one adds nothing.
((pair
   key: (string) @target
   value: (identifier) @pin)
 (#match? @target "^['\"][A-Za-z0-9*_-]+(\\.[A-Za-z0-9_-]+)+['\"]$")
 (#match? @pin "([Pp]in|PIN|[Ss]pki|SPKI|[Hh]ash|HASH|[Rr]oot|ROOT|CA|[Cc]ert|CERT)")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "host → named list of SPKI pins")
 (#set! pins "required"))
