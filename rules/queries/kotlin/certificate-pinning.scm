; OkHttp: CertificatePinner.Builder().add("host", "sha256/…", …). Pins and host share one object key.
((call_expression
   (navigation_expression (_) @recv (identifier) @m)
   (value_arguments . (value_argument) . (value_argument (_) @target @pin) (value_argument (_) @pin)*))
 (#eq? @m "add") (#match? @recv "[Pp]inner")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "OkHttp CertificatePinner")
 (#set! object "okhttp3.CertificatePinner"))
((call_expression
   (navigation_expression (_) @recv (identifier) @m)
   (value_arguments . (value_argument (_) @endpoint) . (value_argument)))
 (#eq? @m "add") (#match? @recv "[Pp]inner")
 (#set! kind "endpoint") (#set! api "CertificatePinner host") (#set! object "okhttp3.CertificatePinner"))
; A pinner built elsewhere (another file, a factory, generated code) installed on a client:
; `OkHttpClient.Builder().certificatePinner(Pins.get())`. The pins are judged where they are listed;
; here the client that enforces them is named, so its endpoints meet the pinning.
((call_expression
   (navigation_expression (_) (identifier) @m)
   (value_arguments . (value_argument (_) @target @value) .))
 (#eq? @m "certificatePinner") (#not-match? @target "CertificatePinner\\.Builder") (#not-marked? @target "pins_here")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "OkHttp client given a pinner built elsewhere")
 (#set! object "okhttp3.CertificatePinner"))
