; OkHttp: new CertificatePinner.Builder().add("host", "sha256/…", …). The pins and the host share one
; object key so the pin set is judged against that host.
((method_invocation
   object: (_) @recv name: (identifier) @m
   arguments: (argument_list . (_) . (_) @target @pin (_)* @pin))
 (#eq? @m "add") (#match? @recv "[Pp]inner")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "OkHttp CertificatePinner")
 (#set! object "okhttp3.CertificatePinner"))
((method_invocation
   object: (_) @recv name: (identifier) @m
   arguments: (argument_list . (_) @endpoint . (_)))
 (#eq? @m "add") (#match? @recv "[Pp]inner")
 (#set! kind "endpoint") (#set! api "CertificatePinner host") (#set! object "okhttp3.CertificatePinner"))
