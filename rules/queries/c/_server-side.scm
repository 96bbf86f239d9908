; Server contexts: an SSL_CTX made from a server method, or one whose connections accept (SSL_accept,
; SSL_set_accept_state), verifies the certificates of connecting clients with the CAs loaded into it. That
; is not the trust of an outgoing connection, so it cannot break S3/CloudFront: the trust facts of such
; an object (in the same function, or at file scope) are dropped. Resolved in dedupe_facts.

; ctx = SSL_CTX_new(TLS_server_method()) / wolfSSL_CTX_new(wolfTLSv1_2_server_method()), or a method
; variable bound to a server method (see "server_method" in _marks.scm)
((assignment_expression
   left: (_) @object
   right: (call_expression function: (identifier) @f arguments: (argument_list) @args)) @target
 (#any-of? @f "SSL_CTX_new" "SSL_CTX_new_ex" "wolfSSL_CTX_new" "wolfSSL_CTX_new_ex") (#marked? @args "server_method")
 (#set! kind "server_side"))
((init_declarator
   declarator: [(identifier) @object (pointer_declarator declarator: (identifier) @object)]
   value: (call_expression function: (identifier) @f arguments: (argument_list) @args)) @target
 (#any-of? @f "SSL_CTX_new" "SSL_CTX_new_ex" "wolfSSL_CTX_new" "wolfSSL_CTX_new_ex") (#marked? @args "server_method")
 (#set! kind "server_side"))

; SSL_accept(ssl) / SSL_set_accept_state(ssl) / wolfSSL_accept(ssl): the connection is the server end;
; the context it was made from (ssl = SSL_new(ctx), below) is a server context.
((call_expression
   function: (identifier) @f
   arguments: (argument_list . (_) @object)) @target
 (#any-of? @f "SSL_accept" "SSL_set_accept_state" "wolfSSL_accept" "wolfSSL_set_accept_state" "wolfSSL_accept_ex")
 (#set! kind "server_side"))

; ssl = SSL_new(ctx): the connection uses the context's trust
((assignment_expression
   left: (_) @to
   right: (call_expression function: (identifier) @f arguments: (argument_list . (_) @from .))) @target
 (#any-of? @f "SSL_new" "wolfSSL_new")
 (#set! kind "use") (#set! message "the context is given to the connection here"))
((init_declarator
   declarator: [(identifier) @to (pointer_declarator declarator: (identifier) @to)]
   value: (call_expression function: (identifier) @f arguments: (argument_list . (identifier) @from .))) @target
 (#eq? @f "SSL_new")
 (#set! kind "use") (#set! message "the context is given to the connection here"))
