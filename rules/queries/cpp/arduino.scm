; Arduino (ESP32/ESP8266 cores, Adafruit boards): WiFiClientSecure / BearSSL::WiFiClientSecure trust
; setters and HTTPClient.begin. The client variable is the object. CA values are usually names from
; another file (a certificates header): the flow solver resolves them.
; client.setCACert(pem) / Feather addRootCA(der, len): the client's only roots
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @value))
 (#any-of? @m "setCACert" "setCACertificate" "loadCACert" "addRootCA" "setRootCA")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "WiFiClientSecure::setCACert") (#set! confidence "low"))

; client.setCACertBundle(bundle): a CA bundle of the project's choice (a binary built from PEM files)
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @target))
 (#eq? @m "setCACertBundle")
 (#set! kind "unresolved") (#set! rule "ats-custom-ca-bundle") (#set! api "WiFiClientSecure::setCACertBundle") (#set! confidence "low"))

; client.setInsecure(): no certificate verification at all
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list) @target)
 (#eq? @m "setInsecure") (#match? @target "^\\(\\s*\\)$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "WiFiClientSecure::setInsecure()") (#set! confidence "low"))

; client.setFingerprint("AA BB …"): the leaf certificate's SHA-1 must match (BearSSL)
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @value @pin .))
 (#eq? @m "setFingerprint")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "WiFiClientSecure::setFingerprint")
 (#set! leaf_only "true") (#set! confidence "low"))

; client.setTrustAnchors(new X509List(pem)) / BearSSL::X509List certs(pem); client.setTrustAnchors(&certs)
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (new_expression
                                  type: [(type_identifier) (qualified_identifier)] @t
                                  arguments: (argument_list . (_) @value))))
 (#eq? @m "setTrustAnchors") (#match? @t "(^|::)X509List$")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "setTrustAnchors(X509List)") (#set! confidence "low"))
((declaration
   type: [(type_identifier) (qualified_identifier)] @t
   declarator: (init_declarator
     declarator: (identifier) @object
     value: (argument_list . (_) @value)))
 (#match? @t "(^|::)X509List$")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "X509List") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (identifier) @to field: (field_identifier) @m)
   arguments: (argument_list . [(identifier) @from (pointer_expression argument: (identifier) @from)] .)) @target
 (#eq? @m "setTrustAnchors")
 (#set! kind "use") (#set! message "the trust anchors are given to the client here"))

; https.begin("https://…", rootCA) / https.begin(url, root_ca): the URL with that CA as its only root
; (ESP32 HTTPClient). With a name as the URL the CA argument must be named like a certificate, so that
; WiFi.begin(ssid, password) and begin(client, url) are not read as a CA.
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @u . (_) @value .))
 (#eq? @m "begin") (#match? @u "^\"https://")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "HTTPClient::begin(url, CAcert)") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . [(identifier) (field_expression) (call_expression)] @u . (identifier) @value .))
 (#eq? @m "begin")
 (#match? @value "(^|_)[Cc][Aa]([A-Z_0-9]|$)|[a-z]CA|[Cc]ert|CERT|[Rr]oot|ROOT|[Pp]em|PEM")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "HTTPClient::begin(url, CAcert)") (#set! confidence "low"))
; https.begin(url…): the request's endpoint (a literal URL, or a name the flow solver resolves)
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . [(string_literal) (concatenated_string) (identifier) (field_expression) (call_expression)] @endpoint))
 (#eq? @m "begin") (#not-any-of? @object "Serial" "Wire" "SPI" "WiFi" "Ethernet")
 (#set! kind "endpoint") (#set! api "HTTPClient::begin") (#set! confidence "low"))
; https.begin(client, "https://…"): the secure client's trust reaches the URL
((call_expression
   function: (field_expression argument: (identifier) @to field: (field_identifier) @m)
   arguments: (argument_list . [(identifier) @from (pointer_expression argument: (identifier) @from)] . (_) @u)) @target
 (#eq? @m "begin") (#not-match? @u "^[0-9]")
 (#set! kind "use") (#set! message "the secure client is used for the request here"))
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . [(identifier) (pointer_expression)] . [(string_literal) (concatenated_string) (identifier) (field_expression) (call_expression)] @endpoint))
 (#eq? @m "begin")
 (#set! kind "endpoint") (#set! api "HTTPClient::begin") (#set! confidence "low"))
; client.connect("host", 443)
((call_expression
   function: (field_expression argument: (identifier) @object field: (field_identifier) @m)
   arguments: (argument_list . [(string_literal) (identifier)] @endpoint . (number_literal) @p .))
 (#eq? @m "connect") (#eq? @p "443")
 (#set! kind "endpoint") (#set! api "WiFiClientSecure::connect") (#set! confidence "low"))

; Feather.useDefaultRootCA(false): FeatherLib's built-in root list is switched off, so the roots added with
; addRootCA are the client's only trust (reported again here); true keeps the list, so they are added to it
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @flag .)) @target
 (#eq? @m "useDefaultRootCA")
 (#set! kind "default_trust") (#set! api "useDefaultRootCA(false)"))

; WebSocketsClient (arduinoWebSockets): beginSslWithCA(host, port, url, ca) / beginSSL(host, port, url, ca):
; the CA text is the socket's only root. beginSSL's fourth argument is a SHA-1 fingerprint on ESP8266, so a
; name there counts as a CA only when named like one, and a literal without PEM text is a leaf pin.
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) @endpoint . (_) . (_) . (_) @value))
 (#any-of? @m "beginSslWithCA" "beginSSLWithCA")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "WebSocketsClient::beginSslWithCA") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) . (_) . (_) . [(identifier) (field_expression) (qualified_identifier)] @value))
 (#eq? @m "beginSSL")
 (#match? @value "(^|_|:)[Cc][Aa]([A-Z_0-9]|$)|[a-z]CA|[Cc]ert|CERT|[Rr]oot|ROOT|[Pp]em|PEM")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "WebSocketsClient::beginSSL(host, port, url, CA)") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . (_) . (_) . (_) . (string_literal) @value @pin))
 (#eq? @m "beginSSL") (#not-match? @value "BEGIN CERT|^\"\"$")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "WebSocketsClient::beginSSL(host, port, url, fingerprint)")
 (#set! leaf_only "true") (#set! confidence "low"))
((call_expression
   function: (field_expression argument: (_) @object field: (field_identifier) @m)
   arguments: (argument_list . [(string_literal) (identifier) (field_expression) (qualified_identifier)] @endpoint . (_)))
 (#any-of? @m "beginSSL" "beginSslWithCA" "beginSSLWithCA")
 (#set! kind "endpoint") (#set! api "WebSocketsClient::beginSSL") (#set! confidence "low"))
