; TrustManagerFactory tmf = …; tmf.init(keyStore): trust comes from that store only, not the system's
; (tmf.init((KeyStore) null) keeps the defaults and is not matched).
((block
   (local_variable_declaration
     type: (type_identifier) @t
     declarator: (variable_declarator name: (identifier) @object))
   (expression_statement
     (method_invocation
       object: (identifier) @recv name: (identifier) @m
       arguments: (argument_list . (identifier) @ks .)) @target))
 (#eq? @t "TrustManagerFactory") (#eq? @recv @object) (#eq? @m "init")
 (#set! kind "system_trust_replaced") (#set! rule "ats-system-trust-replaced") (#set! api "TrustManagerFactory.init(KeyStore)"))
