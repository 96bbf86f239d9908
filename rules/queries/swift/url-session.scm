; urlSession(_:didReceive:completionHandler:) that answers .useCredential with the server trust and
; nothing else: every certificate is accepted.
; The parameter and the body are read from the declaration's text (the signature is what comes before
; the first "{"), not as child nodes: two children of a Swift function_declaration in one pattern made
; tree-sitter's analysis of this file 1.55 s of the 2.0 s all Swift queries took to compile (now 0.09 s;
; atscan's Swift set-up 1.07 -> 0.25 s).
((function_declaration
   name: (simple_identifier) @n) @target
 (#eq? @n "urlSession")
 (#match? @target "^[^{]*[(,]\\s*didReceive\\s+[A-Za-z_][A-Za-z0-9_]*\\s*:")
 (#match? @target "^[^{]*\\{\\s*((guard\\s+)?let\\s+[^\\n]*\\n\\s*)?completionHandler\\(\\s*\\.useCredential\\s*,\\s*URLCredential\\(trust:[^\\n]*\\)\\s*\\}$")
 (#set! kind "verify_disabled") (#set! rule "ats-verification-disabled") (#set! api "didReceive challenge: .useCredential unconditionally"))

; A challenge handler that inspects the server trust (compares keys, certificates or hashes) before
; answering .useCredential: code decides trust.
((function_declaration
   name: (simple_identifier) @n) @target
 (#eq? @n "urlSession")
 (#match? @target "^[^{]*[(,]\\s*didReceive\\s+[A-Za-z_][A-Za-z0-9_]*\\s*:")
 (#match? @target "^[^{]*\\{[\\s\\S]*useCredential")
 (#not-match? @target "^[^{]*\\{\\s*((guard\\s+)?let\\s+[^\\n]*\\n\\s*)?completionHandler\\(\\s*\\.useCredential\\s*,\\s*URLCredential\\(trust:[^\\n]*\\)\\s*\\}$")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "URLSessionDelegate didReceive challenge"))

; Where a challenge handler decides: an `if` whose branch first answers .useCredential with the server
; trust (`if pins.contains(hash) { completionHandler(.useCredential, URLCredential(trust: …)) }`), or a
; pinning validator handed the challenge and the completion handler (TrustKit's
; `validator.handle(challenge, completionHandler: completionHandler)`).
((if_statement) @target
 (#match? @target "^if\\s[^{]*\\{\\s*(//[^\\n]*\\s*)*completionHandler\\(\\s*(URLSession\\.AuthChallengeDisposition)?\\.useCredential\\s*,\\s*URLCredential\\(trust:")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "challenge answered .useCredential when a check passes"))
((call_expression) @target
 (#match? @target "^!?\\s*[A-Za-z_][A-Za-z0-9_.]*\\.handle\\(\\s*challenge\\s*,\\s*completionHandler:")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "pinning validator handle(challenge, completionHandler:)"))

; A URLSession given a delegate whose type says it pins or decides trust (`URLSessionPinningDelegate()`,
; `SSLPinningDelegate()`, `CertificateTrustDelegate()`): the delegate's challenge handler decides, wherever
; it is written; this is the client it governs.
((call_expression
   (simple_identifier) @s
   (call_suffix (value_arguments (value_argument name: (value_argument_label) @l value: (call_expression . (simple_identifier) @target)))))
 (#eq? @s "URLSession") (#eq? @l "delegate") (#match? @target "(Pinning|Pinner|Pinned|Trust|SSL|Ssl|Certificate)")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "URLSession given a pinning delegate"))
