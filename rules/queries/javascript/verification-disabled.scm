; { rejectUnauthorized: false } (https.Agent, tls.connect, got's https options), request's strictSSL: false
((variable_declarator
   name: (identifier) @object
   value: [(new_expression arguments: (arguments (object (pair key: (property_identifier) @k value: (false) @target))))
           (call_expression arguments: (arguments (object (pair key: (property_identifier) @k value: (false) @target))))])
 (#any-of? @k "rejectUnauthorized" "strictSSL")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "rejectUnauthorized: false"))
((pair key: (property_identifier) @k value: (false) @target)
 (#any-of? @k "rejectUnauthorized" "strictSSL")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "rejectUnauthorized: false"))

; process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"
([(assignment_expression
    left: (member_expression object: (member_expression property: (property_identifier) @env)
                             property: (property_identifier) @name)
    right: [(string) (number)] @target)
  (assignment_expression
    left: (subscript_expression object: (member_expression property: (property_identifier) @env)
                                index: (string) @name)
    right: [(string) (number)] @target)]
 (#eq? @env "env") (#match? @name "NODE_TLS_REJECT_UNAUTHORIZED") (#match? @target "^['\"]?0['\"]?$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "NODE_TLS_REJECT_UNAUTHORIZED=0"))

; { checkServerIdentity: () => undefined }: the host name is never checked
((pair
   key: (property_identifier) @k
   value: [(arrow_function body: (_) @target) (function_expression body: (_) @target)])
 (#eq? @k "checkServerIdentity")
 (#match? @target "^(undefined|null|\\{\\s*\\}|\\{\\s*return\\s*(undefined)?\\s*;?\\s*\\})$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "checkServerIdentity returning undefined"))

; { rejectUnauthorized: !true } / !!false / a name bound to false in the file
((pair key: (property_identifier) @k
   value: [(unary_expression operator: "!" argument: (true))
           (unary_expression operator: "!" argument: (unary_expression operator: "!" argument: (false)))] @target)
 (#any-of? @k "rejectUnauthorized" "strictSSL")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "rejectUnauthorized: false"))
((pair key: (property_identifier) @k value: (identifier) @target)
 (#any-of? @k "rejectUnauthorized" "strictSSL") (#marked? @target "false_value")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "rejectUnauthorized: false"))
