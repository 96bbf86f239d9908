; ESP-IDF: esp_http_client_config_t / esp_tls_cfg_t / esp_mqtt_client_config_t trust fields, in
; designated initialisers (`cfg = { .cert_pem = ca, .url = "…" }`) and field stores (`cfg.cert_pem = ca`).
; The declared variable is the object, so the config's own `.url` is its endpoint.
; The CA fields (.cert_pem, .cacert_buf, .cacert_pem_buf, .cacert_der_buf) are in credential-fields.scm.

; .skip_cert_common_name_check = true: the server name is not checked against the certificate
((init_declarator
   declarator: (identifier) @object
   value: (initializer_list
     (initializer_pair designator: (field_designator (field_identifier) @k) value: [(true) (number_literal)] @target)))
 (#eq? @k "skip_cert_common_name_check") (#match? @target "^(true|1)$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "skip_cert_common_name_check = true") (#set! confidence "low"))
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: [(true) (number_literal)] @target)
 (#eq? @k "skip_cert_common_name_check") (#match? @target "^(true|1)$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "skip_cert_common_name_check = true") (#set! confidence "low"))

; esp_tls_cfg_t.skip_common_name = true
((init_declarator
   declarator: (identifier) @object
   value: (initializer_list
     (initializer_pair designator: (field_designator (field_identifier) @k) value: [(true) (number_literal)] @target)))
 (#eq? @k "skip_common_name") (#match? @target "^(true|1)$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "skip_common_name = true") (#set! confidence "low"))
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: [(true) (number_literal)] @target)
 (#eq? @k "skip_common_name") (#match? @target "^(true|1)$")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "skip_common_name = true") (#set! confidence "low"))
; either field from a run-time flag (`.skip_common_name = ctx->disableSni`): the check can be switched off
((init_declarator
   declarator: (identifier) @object
   value: (initializer_list
     (initializer_pair designator: (field_designator (field_identifier) @k) value: [(identifier) (field_expression) (call_expression)] @target)))
 (#any-of? @k "skip_common_name" "skip_cert_common_name_check") (#not-any-of? @target "NULL" "false" "true")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "host name check off by a run-time flag") (#set! confidence "low"))
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: [(identifier) (field_expression) (call_expression)] @target)
 (#any-of? @k "skip_common_name" "skip_cert_common_name_check") (#not-any-of? @target "NULL" "false" "true")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "host name check off by a run-time flag") (#set! confidence "low"))
; esp_transport_ssl_skip_common_name_check(transport)
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object .)) @target
 (#eq? @f "esp_transport_ssl_skip_common_name_check")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "esp_transport_ssl_skip_common_name_check") (#set! confidence "low"))

; .crt_bundle_attach = esp_crt_bundle_attach: the IDF certificate bundle (a copy of the common CA
; store) stays in use, so other CA data of the config is added to it
((init_declarator
   declarator: (identifier) @object
   value: (initializer_list
     (initializer_pair designator: (field_designator (field_identifier) @k) value: (_) @v) @target))
 (#eq? @k "crt_bundle_attach") (#not-any-of? @v "NULL" "0")
 (#set! kind "keeps_system_trust"))
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: (_) @v) @target
 (#eq? @k "crt_bundle_attach") (#not-any-of? @v "NULL" "0")
 (#set! kind "keeps_system_trust"))

; esp_tls_set_global_ca_store(pem, len): the CA store of every config with .use_global_ca_store
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @value))
 (#eq? @f "esp_tls_set_global_ca_store")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "esp_tls_set_global_ca_store") (#set! confidence "low"))

; .url = "https://…" / .host = "…" of the same config
((init_declarator
   declarator: (identifier) @object
   value: (initializer_list
     (initializer_pair designator: (field_designator (field_identifier) @k) value: (_) @endpoint)))
 (#any-of? @k "url" "uri" "host" "common_name")
 (#set! kind "endpoint") (#set! api "esp_http_client_config_t.url") (#set! confidence "low"))
((assignment_expression
   left: (field_expression argument: (identifier) @object field: (field_identifier) @k)
   right: (_) @endpoint)
 (#any-of? @k "url" "uri" "common_name")
 (#set! kind "endpoint") (#set! api "esp_http_client_config_t.url") (#set! confidence "low"))

; esp_https_ota_config_t ota = { .http_config = &config }: the OTA download uses that HTTP config
((init_declarator
   declarator: (identifier) @to
   value: (initializer_list
     (initializer_pair designator: (field_designator (field_identifier) @k) value: (pointer_expression argument: (identifier) @from)))) @target
 (#eq? @k "http_config")
 (#set! kind "use") (#set! message "the HTTP client configuration is used for the OTA download here"))
