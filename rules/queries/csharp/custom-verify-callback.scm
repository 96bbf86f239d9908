; A validation callback that decides trust itself (issuer names, thumbprints, public keys); callbacks
; that return true are verification-disabled.
((assignment_expression
   left: (member_access_expression expression: (_) @object name: (identifier) @target)
   right: (_) @v)
 (#any-of? @target "ServerCertificateCustomValidationCallback" "ServerCertificateValidationCallback" "RemoteCertificateValidationCallback")
 (#not-match? @v "(=>\\s*(true|\\{\\s*return\\s+true\\s*;\\s*\\})\\s*$|DangerousAcceptAnyServerCertificateValidator|^null$)")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "ServerCertificateCustomValidationCallback"))
((assignment_expression
   left: (identifier) @target
   right: (_) @v)
 (#any-of? @target "ServerCertificateCustomValidationCallback" "ServerCertificateValidationCallback" "RemoteCertificateValidationCallback")
 (#not-match? @v "(=>\\s*(true|\\{\\s*return\\s+true\\s*;\\s*\\})\\s*$|DangerousAcceptAnyServerCertificateValidator|^null$)")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "ServerCertificateCustomValidationCallback"))
