; Arduino / ESP32 clients: WiFiClientSecure.setCACert(pem), setTrustAnchors(new X509List(pem)),
; Feather.addRootCA(der, len), HTTPClient.begin(url, ca): the client's only anchors.
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @value))
 (#any-of? @m "setCACert" "setCACertBundle" "addRootCA" "loadCACert" "setRootCA")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "setCACert") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (new_expression arguments: (argument_list . (_) @value))))
 (#eq? @m "setTrustAnchors")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "setTrustAnchors") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @url . (identifier) @value .))
 (#eq? @m "begin")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "HTTPClient.begin(url, CA)") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @endpoint))
 (#eq? @m "begin")
 (#set! kind "endpoint") (#set! api "HTTPClient.begin") (#set! confidence "low"))
