; CA certificates handed over in a credentials or configuration struct field (coreHTTP
; pcServerRootCAPem, esp-tls cacert_buf / cacert_pem_buf, esp_http_client_config_t.cert_pem): the
; struct's only anchors. The value is usually a name from another file (a macro, an embedded file):
; the flow solver resolves it. FreeRTOS pRootCa is in freertos.scm.
((assignment_expression
   left: (field_expression argument: (_) @object field: (field_identifier) @f)
   right: (_) @value)
 (#match? @f "^(pcServerRootCA(Pem)?|cacert_buf|cacert_pem_buf|cacert_der_buf|cert_pem|root_ca|rootCA|root_ca_pem|server_root_ca_pem|ca_cert|caCert)$")
 (#not-match? @value "^(NULL|nullptr|0)$")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "CA certificate field") (#set! confidence "low"))
((init_declarator
   declarator: (identifier) @object
   value: (initializer_list (initializer_pair designator: (field_designator (field_identifier) @f) value: (_) @value)))
 (#match? @f "^(pcServerRootCA(Pem)?|cacert_buf|cacert_pem_buf|cacert_der_buf|cert_pem|root_ca|rootCA|root_ca_pem|server_root_ca_pem|ca_cert|caCert)$")
 (#not-match? @value "^(NULL|nullptr|0)$")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "CA certificate field") (#set! confidence "low"))

; esp_transport_ssl_set_cert_data(_der)(transport, data, len), esp_http_client_set_cert… : the transport's anchors
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . (_) @value))
 (#any-of? @f "esp_transport_ssl_set_cert_data" "esp_transport_ssl_set_cert_data_der")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "esp-tls CA data") (#set! confidence "low"))
