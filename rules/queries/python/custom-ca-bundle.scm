; verify="bundle.pem" on requests / httpx / boto3.client / boto3.resource / Session.client calls
((call
   arguments: (argument_list
     (keyword_argument name: (identifier) @k value: (_) @value)))
 (#eq? @k "verify")
 (#not-match? @value "^(True|False|None|[0-9]+)$") (#not-marked? @value "false_value") (#not-marked? @value "true_value") (#not-marked? @value "ssl_context")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "verify="))

; the same call bound to a name: s3 = boto3.client("s3", verify="…")
((assignment
   left: (identifier) @object
   right: (call
     arguments: (argument_list
       (keyword_argument name: (identifier) @k value: (_) @value))))
 (#eq? @k "verify")
 (#not-match? @value "^(True|False|None|[0-9]+)$") (#not-marked? @value "false_value") (#not-marked? @value "true_value") (#not-marked? @value "ssl_context")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "verify="))

; NAME = os.getenv("REQUESTS_CA_BUNDLE", …) / self.NAME = self.ca_path where NAME is handed to verify=
; in the file (see "verify_sink" in _marks.scm): the bundle is chosen here. A literal path is resolved
; where the name is passed, and a plain name or a truth value only forwards a switch.
((assignment left: (identifier) @n right: [(attribute) (call) (subscript)] @value)
 (#marked? @n "verify_sink") (#not-marked? @n "ssl_context")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "bundle bound to a name passed as verify="))
((assignment left: (attribute attribute: (identifier) @n) right: [(attribute) (call) (subscript)] @value)
 (#marked? @n "verify_sink") (#not-eq? @n "verify") (#not-marked? @n "ssl_context")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "bundle bound to a name passed as verify="))

; JVM system properties handed to a Java process: props["javax.net.ssl.trustStore"] = path,
; {"javax.net.ssl.trustStore": path}: the JVM's default cacerts is replaced for that process.
((assignment left: (subscript subscript: (string) @name) right: (_) @value)
 (#match? @name "^['\"]javax\\.net\\.ssl\\.trustStore['\"]$")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "javax.net.ssl.trustStore"))
((pair key: (string) @name value: (_) @value)
 (#match? @name "^['\"]javax\\.net\\.ssl\\.trustStore['\"]$")
 (#set! kind "keystore") (#set! rule "ats-custom-ca-bundle") (#set! api "javax.net.ssl.trustStore"))

; session.verify = "bundle.pem", self.session.verify = …
((assignment
   left: (attribute object: [(identifier) (attribute)] @object attribute: (identifier) @a)
   right: (_) @value)
 (#eq? @a "verify")
 (#not-match? @value "^(True|False|None|[0-9]+)$") (#not-marked? @value "false_value") (#not-marked? @value "true_value") (#not-marked? @value "ssl_context")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "Session.verify ="))

; urllib3.PoolManager(ca_certs=…), ssl.create_default_context(cafile=…), capath=, ca_cert_dir=
((keyword_argument name: (identifier) @k value: (_) @value)
 (#any-of? @k "ca_certs" "cafile" "capath" "ca_cert_dir")
 (#not-match? @value "^None$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca file argument"))

; the same on a method call: ctx.load_verify_locations(cafile=…) belongs to ctx (or self._ctx)
((call
   function: (attribute object: [(identifier) (attribute)] @object)
   arguments: (argument_list (keyword_argument name: (identifier) @k value: (_) @value)))
 (#any-of? @k "ca_certs" "cafile" "capath" "ca_cert_dir")
 (#not-match? @value "^None$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca file argument"))

; ssl.create_default_context(cadata=PEM)
((keyword_argument name: (identifier) @k value: (_) @value)
 (#eq? @k "cadata")
 (#set! kind "embedded_pem") (#set! rule "ats-custom-ca-bundle") (#set! api "cadata="))

; ctx.load_verify_locations("bundle.pem") / (cafile=…) handled above; the path may also come from an
; attribute, a call or a subscript (self._ca_path, os.path.join(…), cfg["ca"]). On a bare ssl.SSLContext()
; the file is the only trust; on a context that keeps the system roots it is added (keeps_system_trust).
((call
   function: (attribute object: [(identifier) (attribute)] @object attribute: (identifier) @m)
   arguments: (argument_list . [(string) (identifier) (concatenated_string) (binary_operator) (attribute) (call) (subscript)] @value))
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
((call function: (attribute object: [(identifier) (attribute)] @object attribute: (identifier) @m) @target)
 (#eq? @m "load_default_certs")
 (#set! kind "keeps_system_trust"))
; ctx = ssl.create_default_context() (or self._ctx = …) without cafile/capath/cadata starts from the
; system roots
((assignment
   left: [(identifier) (attribute)] @object
   right: (call function: (attribute attribute: (identifier) @f) arguments: (argument_list) @target))
 (#eq? @f "create_default_context")
 (#not-match? @target "cafile|capath|cadata")
 (#set! kind "keeps_system_trust"))
