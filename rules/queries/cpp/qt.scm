; Qt Network: QSslConfiguration CA lists and verify modes, ignoreSslErrors().
; config.setCaCertificates(list) replaces the default (system) CA list; addCaCertificates adds to it.
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)) @target
 (#eq? @m "setCaCertificates")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "QSslConfiguration::setCaCertificates") (#set! confidence "low"))

; x.setPeerVerifyMode(QSslSocket::VerifyNone)
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . [(qualified_identifier) (identifier)] @target .))
 (#eq? @m "setPeerVerifyMode") (#match? @target "(^|::)VerifyNone$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "setPeerVerifyMode(QSslSocket::VerifyNone)") (#set! confidence "low"))

; reply->ignoreSslErrors() without a list: every error is ignored
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list) @a) @target
 (#eq? @m "ignoreSslErrors") (#match? @a "^\\(\\s*\\)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ignoreSslErrors()") (#set! confidence "low"))

; request.setSslConfiguration(config) / socket.setSslConfiguration(config)
((call_expression
   function: (field_expression argument: (identifier) @to field: (field_identifier) @m)
   arguments: (argument_list . (identifier) @from .)) @target
 (#eq? @m "setSslConfiguration")
 (#set! kind "use") (#set! message "the SSL configuration is set here"))

; QNetworkRequest request(QUrl("https://…")) / QNetworkRequest request(url)
((declaration
   type: (type_identifier) @t
   declarator: (init_declarator
     declarator: (identifier) @object
     value: (argument_list . (call_expression function: (identifier) @u arguments: (argument_list . (_) @endpoint)))))
 (#eq? @t "QNetworkRequest") (#eq? @u "QUrl")
 (#set! kind "endpoint") (#set! api "QNetworkRequest") (#set! confidence "low"))
