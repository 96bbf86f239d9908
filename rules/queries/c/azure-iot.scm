; Azure IoT C SDK: IoTHubDeviceClient_LL_SetOption(handle, OPTION_TRUSTED_CERT, certificates) (and the
; other *_SetOption calls) replaces the roots the device trusts for the hub. The value is usually a name
; from another file (certs.c): the flow solver resolves it.
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object . [(identifier) (string_literal)] @opt . (_) @value .))
 (#match? @f "_(SetOption|set_option)$")
 (#match? @opt "^(OPTION_TRUSTED_CERT|\"TrustedCerts\")$")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "OPTION_TRUSTED_CERT") (#set! confidence "low"))
