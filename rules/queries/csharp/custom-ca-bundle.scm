; new X509Certificate2("ca.pem") / X509Certificate2.CreateFromPemFile("ca.pem") / CreateFromCertFile:
; a CA certificate read from a file (client certificates in .pfx/.p12 are not matched)
((object_creation_expression
   type: (identifier) @t
   arguments: (argument_list . (argument (_) @value)))
 (#any-of? @t "X509Certificate2" "X509Certificate")
 (#match? @value "\\.(pem|crt|cer|der)\"$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "new X509Certificate2(file)"))
((invocation_expression
   function: (member_access_expression expression: (identifier) @t name: (identifier) @m)
   arguments: (argument_list . (argument (_) @value)))
 (#any-of? @t "X509Certificate2" "X509Certificate") (#any-of? @m "CreateFromPemFile" "CreateFromCertFile")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "X509Certificate2.CreateFromPemFile"))

; X509Certificate2.CreateFromPem(PEM): a certificate the code spells out
((invocation_expression
   function: (member_access_expression expression: (identifier) @t name: (identifier) @m)
   arguments: (argument_list . (argument (_) @value)))
 (#eq? @t "X509Certificate2") (#eq? @m "CreateFromPem")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "X509Certificate2.CreateFromPem"))
