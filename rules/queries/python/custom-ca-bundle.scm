; verify="bundle.pem" on requests / httpx / boto3.client / boto3.resource / Session.client calls
((call
   arguments: (argument_list
     (keyword_argument name: (identifier) @k value: (_) @value)))
 (#eq? @k "verify")
 (#not-match? @value "^(True|False|None|[0-9]+)$") (#not-marked? @value "false_value")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "verify="))

; the same call bound to a name: s3 = boto3.client("s3", verify="…")
((assignment
   left: (identifier) @object
   right: (call
     arguments: (argument_list
       (keyword_argument name: (identifier) @k value: (_) @value))))
 (#eq? @k "verify")
 (#not-match? @value "^(True|False|None|[0-9]+)$") (#not-marked? @value "false_value")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "verify="))

; session.verify = "bundle.pem"
((assignment
   left: (attribute object: (identifier) @object attribute: (identifier) @a)
   right: (_) @value)
 (#eq? @a "verify")
 (#not-match? @value "^(True|False|None|[0-9]+)$") (#not-marked? @value "false_value")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "Session.verify ="))

; urllib3.PoolManager(ca_certs=…), ssl.create_default_context(cafile=…), capath=, ca_cert_dir=
((keyword_argument name: (identifier) @k value: (_) @value)
 (#any-of? @k "ca_certs" "cafile" "capath" "ca_cert_dir")
 (#not-match? @value "^None$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca file argument"))

; the same on a method call: ctx.load_verify_locations(cafile=…) belongs to ctx
((call
   function: (attribute object: (identifier) @object)
   arguments: (argument_list (keyword_argument name: (identifier) @k value: (_) @value)))
 (#any-of? @k "ca_certs" "cafile" "capath" "ca_cert_dir")
 (#not-match? @value "^None$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca file argument"))

; ssl.create_default_context(cadata=PEM)
((keyword_argument name: (identifier) @k value: (_) @value)
 (#eq? @k "cadata")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "cadata="))

; ctx.load_verify_locations("bundle.pem") / (cafile=…) handled above
((call
   function: (attribute object: (identifier) @object attribute: (identifier) @m)
   arguments: (argument_list . [(string) (identifier) (concatenated_string) (binary_operator)] @value))
 (#eq? @m "load_verify_locations")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "load_verify_locations"))

; os.environ["REQUESTS_CA_BUNDLE" | "AWS_CA_BUNDLE" | "SSL_CERT_FILE" | "CURL_CA_BUNDLE"] = "…"
((assignment
   left: (subscript value: (attribute attribute: (identifier) @env) subscript: (string) @name)
   right: (_) @value)
 (#eq? @env "environ")
 (#match? @name "^['\"](REQUESTS_CA_BUNDLE|AWS_CA_BUNDLE|SSL_CERT_FILE|SSL_CERT_DIR|CURL_CA_BUNDLE)['\"]$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CA bundle environment variable"))
((call
   function: (attribute object: (attribute attribute: (identifier) @env) attribute: (identifier) @m)
   arguments: (argument_list . (string) @name . (_) @value))
 (#eq? @env "environ") (#eq? @m "setdefault")
 (#match? @name "^['\"](REQUESTS_CA_BUNDLE|AWS_CA_BUNDLE|SSL_CERT_FILE|SSL_CERT_DIR|CURL_CA_BUNDLE)['\"]$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CA bundle environment variable"))

; ctx.load_default_certs(): the context keeps the system roots, so loaded files add to them
((call function: (attribute object: (identifier) @object attribute: (identifier) @m) @target)
 (#eq? @m "load_default_certs")
 (#set! kind "keeps_system_trust"))
; ctx = ssl.create_default_context() without cafile/capath/cadata starts from the system roots
((assignment
   left: (identifier) @object
   right: (call function: (attribute attribute: (identifier) @f) arguments: (argument_list) @target))
 (#eq? @f "create_default_context")
 (#not-match? @target "cafile|capath|cadata")
 (#set! kind "keeps_system_trust"))
