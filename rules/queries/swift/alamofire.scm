; Alamofire ServerTrustManager(evaluators: ["host": PinnedCertificatesTrustEvaluator(), …]): the
; evaluator decides trust for that host; DisabledTrustEvaluator accepts anything.
((dictionary_literal
   key: (line_string_literal) @endpoint .
   value: (call_expression . (simple_identifier) @e))
 (#any-of? @e "PinnedCertificatesTrustEvaluator" "PublicKeysTrustEvaluator" "DisabledTrustEvaluator" "DefaultTrustEvaluator" "RevocationTrustEvaluator")
 (#set! kind "endpoint") (#set! api "ServerTrustManager host") (#set! object "Alamofire.ServerTrustManager"))
((dictionary_literal
   key: (line_string_literal) .
   value: (call_expression . (simple_identifier) @target))
 (#any-of? @target "PinnedCertificatesTrustEvaluator" "PublicKeysTrustEvaluator")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "Alamofire pinned trust evaluator")
 (#set! object "Alamofire.ServerTrustManager"))
((call_expression . (simple_identifier) @target)
 (#eq? @target "DisabledTrustEvaluator")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "Alamofire DisabledTrustEvaluator"))
