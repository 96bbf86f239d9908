; handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;
; ServicePointManager.ServerCertificateValidationCallback += … => true; DangerousAcceptAny…Validator
((assignment_expression
   left: (member_access_expression expression: (_) @object name: (identifier) @p)
   right: (_) @target)
 (#any-of? @p "ServerCertificateCustomValidationCallback" "ServerCertificateValidationCallback" "RemoteCertificateValidationCallback")
 (#match? @target "(=>\\s*(true|\\{\\s*return\\s+true\\s*;\\s*\\})\\s*$|DangerousAcceptAnyServerCertificateValidator)")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "validation callback returning true"))
((assignment_expression
   left: (identifier) @p
   right: (_) @target)
 (#any-of? @p "ServerCertificateCustomValidationCallback" "ServerCertificateValidationCallback" "RemoteCertificateValidationCallback")
 (#match? @target "(=>\\s*(true|\\{\\s*return\\s+true\\s*;\\s*\\})\\s*$|DangerousAcceptAnyServerCertificateValidator)")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "validation callback returning true"))
((member_access_expression name: (identifier) @n) @target
 (#eq? @n "DangerousAcceptAnyServerCertificateValidator")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "DangerousAcceptAnyServerCertificateValidator"))
