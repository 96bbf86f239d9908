; POCO Net: Context CA locations and verification modes, the accept-all certificate handler.
; Context(usage, privateKeyFile, certificateFile, caLocation, mode = RELAXED, depth = 9, loadDefaultCAs = false)
; and the short form Context(usage, caLocation, mode, depth, loadDefaultCAs = false): a CA location
; without the default CAs replaces the system trust.
((init_declarator
   declarator: (identifier) @object
   value: (new_expression
     type: [(type_identifier) (qualified_identifier)] @t
     arguments: [(argument_list . (_) . (string_literal) . (string_literal) . (_) @value .)
                (argument_list . (_) . (string_literal) . (string_literal) . (_) @value . (_) .)
                (argument_list . (_) . (string_literal) . (string_literal) . (_) @value . (_) . (_) .)]))
 (#match? @t "(^|::)Context$") (#not-eq? @value "\"\"")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "Context caLocation") (#set! confidence "low"))
((init_declarator
   declarator: (identifier) @object
   value: (new_expression
     type: [(type_identifier) (qualified_identifier)] @t
     arguments: (argument_list . (_) . (string_literal) . (string_literal) . (_) @value . (_) . (_) . [(false) (number_literal)] @l .)))
 (#match? @t "(^|::)Context$") (#not-eq? @value "\"\"") (#match? @l "^(false|0)$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "Context caLocation") (#set! confidence "low"))
((init_declarator
   declarator: (identifier) @object
   value: (new_expression
     type: [(type_identifier) (qualified_identifier)] @t
     arguments: [(argument_list . (_) . (string_literal) @value .)
                (argument_list . (_) . (string_literal) @value . [(qualified_identifier) (identifier) (number_literal)] .)
                (argument_list . (_) . (string_literal) @value . [(qualified_identifier) (identifier) (number_literal)] . (_) .)]))
 (#match? @t "(^|::)Context$") (#not-eq? @value "\"\"")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "Context caLocation") (#set! confidence "low"))
((init_declarator
   declarator: (identifier) @object
   value: (new_expression
     type: [(type_identifier) (qualified_identifier)] @t
     arguments: (argument_list . (_) . (string_literal) @value . [(qualified_identifier) (identifier) (number_literal)] . (_) . [(false) (number_literal)] @l .)))
 (#match? @t "(^|::)Context$") (#not-eq? @value "\"\"") (#match? @l "^(false|0)$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "Context caLocation") (#set! confidence "low"))

; Context(…, Context::VERIFY_NONE, …)
((init_declarator
   declarator: (identifier) @object
   value: (new_expression
     type: [(type_identifier) (qualified_identifier)] @t
     arguments: (argument_list [(qualified_identifier) (identifier)] @target)))
 (#match? @t "(^|::)Context$") (#match? @target "(^|::)VERIFY_NONE$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "Context(VERIFY_NONE)") (#set! confidence "low"))

; new AcceptCertificateHandler(…): every certificate the verification rejected is accepted
((new_expression type: [(type_identifier) (qualified_identifier)] @t) @target
 (#match? @t "(^|::)AcceptCertificateHandler$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "AcceptCertificateHandler") (#set! confidence "low"))

; HTTPSClientSession session("host", port, ctx): the context reaches that host
((declaration
   type: [(type_identifier) (qualified_identifier)] @t
   declarator: (init_declarator
     declarator: (identifier) @to
     value: (argument_list (identifier) @from))) @target
 (#match? @t "(^|::)HTTPSClientSession$")
 (#set! kind "use") (#set! message "the context is given to the session here"))
((declaration
   type: [(type_identifier) (qualified_identifier)] @t
   declarator: (init_declarator
     declarator: (identifier) @object
     value: (argument_list . (string_literal) @endpoint)))
 (#match? @t "(^|::)HTTPSClientSession$")
 (#set! kind "endpoint") (#set! api "HTTPSClientSession") (#set! confidence "low"))
