; { ca: fs.readFileSync("ca.pem") } on https.Agent, tls.connect, https.request, axios/got options
((variable_declarator
   name: (identifier) @object
   value: [(new_expression arguments: (arguments (object (pair
             key: (property_identifier) @k
             value: (call_expression function: (member_expression property: (property_identifier) @rf)
                                     arguments: (arguments . (_) @value))))))
           (call_expression arguments: (arguments (object (pair
             key: (property_identifier) @k
             value: (call_expression function: (member_expression property: (property_identifier) @rf)
                                     arguments: (arguments . (_) @value))))))])
 (#eq? @k "ca") (#eq? @rf "readFileSync")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca: readFileSync"))
((pair
   key: (property_identifier) @k
   value: (call_expression function: (member_expression property: (property_identifier) @rf)
                           arguments: (arguments . (_) @value)))
 (#eq? @k "ca") (#eq? @rf "readFileSync")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca: readFileSync"))

; { ca: PEM } or { ca: someValue }: a PEM the file spells out is judged, anything else is unresolved
; ([...tls.rootCertificates, extra] keeps the Node roots and is matched below as additive)
((variable_declarator
   name: (identifier) @object
   value: [(new_expression arguments: (arguments (object (pair key: (property_identifier) @k value: (_) @value))))
           (call_expression arguments: (arguments (object (pair key: (property_identifier) @k value: (_) @value))))])
 (#eq? @k "ca")
 (#not-match? @value "(readFileSync|rootCertificates|^undefined$|^null$)") (#not-marked? @value "node_roots")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca:"))
((pair key: (property_identifier) @k value: (_) @value)
 (#eq? @k "ca")
 (#not-match? @value "(readFileSync|rootCertificates|^undefined$|^null$)") (#not-marked? @value "node_roots")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "ca:"))

; { ca: [...tls.rootCertificates, extra] }: adds to the bundled Node roots (safe)
((pair key: (property_identifier) @k value: (array (spread_element) @target))
 (#eq? @k "ca") (#match? @target "rootCertificates")
 (#set! kind "bundle_added") (#set! rule "ats-custom-ca-bundle") (#set! api "ca: [...tls.rootCertificates, …]"))
; { ca: all } where `all` holds tls.rootCertificates (see "node_roots" in _marks.scm): the Node roots stay
((pair key: (property_identifier) @k value: (_) @value)
 (#eq? @k "ca") (#not-match? @value "rootCertificates") (#marked? @value "node_roots")
 (#set! kind "bundle_added") (#set! rule "ats-custom-ca-bundle") (#set! api "ca: a value holding tls.rootCertificates"))

; process.env.NODE_EXTRA_CA_CERTS = "…": adds to the Node roots (safe)
([(assignment_expression
    left: (member_expression object: (member_expression property: (property_identifier) @env)
                             property: (property_identifier) @name)
    right: (_) @value)
  (assignment_expression
    left: (subscript_expression object: (member_expression property: (property_identifier) @env)
                                index: (string) @name)
    right: (_) @value)]
 (#eq? @env "env") (#match? @name "NODE_EXTRA_CA_CERTS")
 (#set! kind "bundle_added") (#set! rule "ats-custom-ca-bundle") (#set! api "NODE_EXTRA_CA_CERTS"))

; process.env.AWS_CA_BUNDLE / SSL_CERT_FILE = "…": replaces the trust of the AWS SDK / OpenSSL
([(assignment_expression
    left: (member_expression object: (member_expression property: (property_identifier) @env)
                             property: (property_identifier) @name)
    right: (_) @value)
  (assignment_expression
    left: (subscript_expression object: (member_expression property: (property_identifier) @env)
                                index: (string) @name)
    right: (_) @value)]
 (#eq? @env "env") (#match? @name "^['\"]?(AWS_CA_BUNDLE|SSL_CERT_FILE|SSL_CERT_DIR)['\"]?$")
 (#set! kind "bundle_path") (#set! rule "ats-custom-ca-bundle") (#set! api "CA bundle environment variable"))
