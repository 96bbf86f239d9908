; Alamofire ServerTrustManager(evaluators: ["host": PinnedCertificatesTrustEvaluator(), …]): the
; evaluator decides trust (pinned certificates or keys from the app bundle); DisabledTrustEvaluator
; accepts anything. The host keys are string literals, so they are file-scope endpoints.
((call_expression . (simple_identifier) @target)
 (#any-of? @target "PinnedCertificatesTrustEvaluator" "PublicKeysTrustEvaluator")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "Alamofire pinned trust evaluator"))
((call_expression . (simple_identifier) @target)
 (#eq? @target "DisabledTrustEvaluator")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "Alamofire DisabledTrustEvaluator"))
