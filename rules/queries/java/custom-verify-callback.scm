; X509TrustManager.checkServerTrusted with a body: the code decides which chains to trust (often a pin
; or an issuer name that breaks on a CA move). Empty bodies are verification-disabled.
((method_declaration
   name: (identifier) @target
   body: (block) @b)
 (#eq? @target "checkServerTrusted")
 (#not-match? @b "^\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return\\s*;)*\\}$")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "X509TrustManager.checkServerTrusted"))
