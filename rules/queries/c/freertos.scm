; FreeRTOS coreHTTP/coreMQTT transports: NetworkCredentials_t.pRootCa is the only root set of the TLS
; connection (TLS_FreeRTOS_Connect, the mbed TLS and PKCS #11 transports); ServerInfo_t.pHostName its host.
; The value is usually a macro or constant of another file (demo_config.h): the flow solver resolves it.
((init_declarator
   declarator: (identifier) @object
   value: (initializer_list
     (initializer_pair designator: (field_designator (field_identifier) @k) value: (_) @value)))
 (#match? @k "^p[Rr]oot[Cc][Aa]$")
 (#not-match? @value "^(NULL|nullptr|0)$")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "NetworkCredentials_t.pRootCa") (#set! confidence "low"))
((assignment_expression
   left: (field_expression argument: (_) @object field: (field_identifier) @k)
   right: (_) @value)
 (#match? @k "^p[Rr]oot[Cc][Aa]$")
 (#not-match? @value "^(NULL|nullptr|0)$")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "NetworkCredentials_t.pRootCa") (#set! confidence "low"))

((init_declarator
   declarator: (identifier) @object
   value: (initializer_list
     (initializer_pair designator: (field_designator (field_identifier) @k) value: (_) @endpoint)))
 (#eq? @k "pHostName")
 (#set! kind "endpoint") (#set! api "ServerInfo_t.pHostName") (#set! confidence "low"))
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: (_) @endpoint)
 (#eq? @k "pHostName")
 (#set! kind "endpoint") (#set! api "ServerInfo_t.pHostName") (#set! confidence "low"))

; TLS_FreeRTOS_Connect(&ctx, &serverInfo, &credentials, sendTimeout, recvTimeout) and the other
; transports: the credentials reach that server
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) . [(identifier) @to (pointer_expression argument: (identifier) @to)] . [(identifier) @from (pointer_expression argument: (identifier) @from)])) @target
 (#any-of? @f "TLS_FreeRTOS_Connect" "Mbedtls_Pkcs11_Connect" "Mbedtls_Connect" "Openssl_Connect" "SecureSocketsTransport_Connect")
 (#set! kind "use") (#set! message "the credentials are used for the connection here"))
