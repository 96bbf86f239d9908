; requests / httpx / boto3 / botocore: verify=False on any call
((call
   arguments: (argument_list
     (keyword_argument name: (identifier) @k value: (false) @target)))
 (#eq? @k "verify")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "verify=False"))

; verify=name where the file binds name to False (see "false_value" in _marks.scm)
((call
   arguments: (argument_list
     (keyword_argument name: (identifier) @k value: (identifier) @target)))
 (#eq? @k "verify") (#marked? @target "false_value")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "verify=False (through a name)"))

; NAME = False / self.NAME = False where NAME is handed to verify= in the file (see "verify_sink" in
; _marks.scm): the switch that turns verification off is set here, whichever call it reaches.
((assignment left: (identifier) @n right: (false) @target)
 (#marked? @n "verify_sink")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "False bound to a name passed as verify="))
((assignment left: (attribute attribute: (identifier) @n) right: (false) @target)
 (#marked? @n "verify_sink") (#not-eq? @n "verify")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "False bound to a name passed as verify="))

; session.verify = False, self.session.verify = False
((assignment
   left: (attribute object: [(identifier) (attribute)] @object attribute: (identifier) @a)
   right: (false) @target)
 (#eq? @a "verify")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "Session.verify = False"))

; urllib3 / ssl: cert_reqs="CERT_NONE" (urllib3 also takes "NONE") or ssl.CERT_NONE
((keyword_argument name: (identifier) @k value: (string) @target)
 (#eq? @k "cert_reqs") (#match? @target "^[rRuU]?['\"](CERT_)?NONE['\"]$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "cert_reqs='CERT_NONE'"))
((attribute object: (identifier) @m attribute: (identifier) @target)
 (#eq? @m "ssl") (#eq? @target "CERT_NONE")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl.CERT_NONE"))

; ssl._create_unverified_context(), and the process-wide switch
; ssl._create_default_https_context = ssl._create_unverified_context (urllib, http.client)
((call function: (attribute object: (identifier) @m attribute: (identifier) @target))
 (#eq? @m "ssl") (#eq? @target "_create_unverified_context")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl._create_unverified_context()"))
((assignment
   left: (attribute object: (identifier) @s attribute: (identifier) @a)
   right: (attribute object: (identifier) @m attribute: (identifier) @target))
 (#eq? @s "ssl") (#eq? @a "_create_default_https_context") (#eq? @m "ssl") (#eq? @target "_create_unverified_context")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "ssl._create_default_https_context = ssl._create_unverified_context"))

; verify_ssl=False, ssl_verify=False, verify_certs=False (aiohttp, elasticsearch, SDK and helper
; switches): a switch named for certificate verification, turned off at the call
((keyword_argument name: (identifier) @k value: (false) @target)
 (#any-of? @k "verify_ssl" "ssl_verify" "verify_certs" "verify_cert" "verify_certificate" "verify_certificates" "validate_certs")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "verification switch = False"))

; ctx.check_hostname = False
((assignment
   left: (attribute object: (identifier) @object attribute: (identifier) @a)
   right: (false) @target)
 (#eq? @a "check_hostname")
 (#set! kind "hostname_check_disabled") (#set! rule "ats-verification-disabled") (#set! api "check_hostname = False"))

; aiohttp: ssl=False
((keyword_argument name: (identifier) @k value: (false) @target)
 (#eq? @k "ssl")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "aiohttp ssl=False"))

; os.environ["PYTHONHTTPSVERIFY"] = "0"
((assignment
   left: (subscript value: (attribute attribute: (identifier) @env) subscript: (string) @name)
   right: (string) @target)
 (#eq? @env "environ") (#match? @name "PYTHONHTTPSVERIFY") (#match? @target "^['\"]0['\"]$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "PYTHONHTTPSVERIFY=0"))

; requests verify=0 (any falsy number turns verification off, like False)
((keyword_argument name: (identifier) @k value: (integer) @target)
 (#eq? @k "verify") (#eq? @target "0")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "verify=0"))

; pymongo MongoClient(…, tlsAllowInvalidCertificates=True / tlsInsecure=True)
((keyword_argument name: (identifier) @k value: (true) @target)
 (#any-of? @k "tlsAllowInvalidCertificates" "tlsInsecure" "ssl_allow_invalid_certificates")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "tlsAllowInvalidCertificates=True"))
