; X509TrustManager.checkServerTrusted with a body: the code decides which chains to trust (often a pin
; or an issuer name that breaks on a CA move). Empty or log-only bodies are verification-disabled.
((method_declaration
   name: (identifier) @target
   body: (block) @body)
 (#eq? @target "checkServerTrusted")
 (#not-match? @body "^\\{(\\s|//[^\\n]*|/\\*([^*]|\\*[^/])*\\*/|return\\s*;|(Log|log|LOG|logger|LOGGER|Logger|System\\.(out|err)|Timber)\\.\\w+\\([^;]*\\)\\s*;)*\\}$")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "X509TrustManager.checkServerTrusted"))

; WebViewClient.onReceivedSslError that may call proceed(): the app decides which certificate errors to
; accept (an unconditional proceed() is verification-disabled).
((method_declaration
   name: (identifier) @target
   parameters: (formal_parameters (formal_parameter type: (type_identifier) @ht))
   body: (block) @b)
 (#eq? @target "onReceivedSslError") (#eq? @ht "SslErrorHandler") (#match? @b "\\.proceed\\s*\\(")
 (#not-match? @b "^\\{[^{}]*\\.proceed\\s*\\(")
 (#set! kind "custom_verify_callback") (#set! rule "ats-custom-verify-callback") (#set! api "WebViewClient.onReceivedSslError"))
