; Pinning in a validation callback: the presented certificate's key or digest compared with a value.
; Convert.ToBase64String(cert.GetPublicKey()) != expected, cert.GetCertHashString() == "AB12…",
; cert.Thumbprint == pin (not two certificates compared with each other). A literal is judged as a pin; a value
; set at run time leaves the pins UNKNOWN. The certificate a .NET validation callback receives is the leaf, so
; the pins are checked against the leaf only, unless the code walks the chain (ChainElements).
((binary_expression left: (_) @l operator: ["==" "!="] right: (_) @value) @target
 (#match? @l "\\.(GetPublicKey|GetPublicKeyString|GetCertHash|GetCertHashString|GetRawCertData|GetRawCertDataString)\\s*\\(\\s*\\)[\\s)]*$|\\.Thumbprint$")
 (#not-match? @value "\\.(GetPublicKey|GetPublicKeyString|GetCertHash|GetCertHashString|GetRawCertData|GetRawCertDataString)\\s*\\(\\s*\\)[\\s)]*$|\\.Thumbprint$")
 (#not-match? @l "ChainElements")
 (#set! kind "pin_set") (#set! leaf_only "true") (#set! rule "ats-certificate-pinning") (#set! api "certificate key or digest compared in a validation callback"))
((binary_expression left: (_) @l operator: ["==" "!="] right: (_) @value) @target
 (#match? @l "\\.(GetPublicKey|GetPublicKeyString|GetCertHash|GetCertHashString|GetRawCertData|GetRawCertDataString)\\s*\\(\\s*\\)[\\s)]*$|\\.Thumbprint$")
 (#not-match? @value "\\.(GetPublicKey|GetPublicKeyString|GetCertHash|GetCertHashString|GetRawCertData|GetRawCertDataString)\\s*\\(\\s*\\)[\\s)]*$|\\.Thumbprint$")
 (#match? @l "ChainElements")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "certificate key or digest compared in a validation callback"))
((binary_expression left: (_) @value operator: ["==" "!="] right: (_) @r) @target
 (#match? @r "\\.(GetPublicKey|GetPublicKeyString|GetCertHash|GetCertHashString|GetRawCertData|GetRawCertDataString)\\s*\\(\\s*\\)[\\s)]*$|\\.Thumbprint$")
 (#not-match? @value "\\.(GetPublicKey|GetPublicKeyString|GetCertHash|GetCertHashString|GetRawCertData|GetRawCertDataString)\\s*\\(\\s*\\)[\\s)]*$|\\.Thumbprint$")
 (#not-match? @r "ChainElements")
 (#set! kind "pin_set") (#set! leaf_only "true") (#set! rule "ats-certificate-pinning") (#set! api "certificate key or digest compared in a validation callback"))
((binary_expression left: (_) @value operator: ["==" "!="] right: (_) @r) @target
 (#match? @r "\\.(GetPublicKey|GetPublicKeyString|GetCertHash|GetCertHashString|GetRawCertData|GetRawCertDataString)\\s*\\(\\s*\\)[\\s)]*$|\\.Thumbprint$")
 (#not-match? @value "\\.(GetPublicKey|GetPublicKeyString|GetCertHash|GetCertHashString|GetRawCertData|GetRawCertDataString)\\s*\\(\\s*\\)[\\s)]*$|\\.Thumbprint$")
 (#match? @r "ChainElements")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "certificate key or digest compared in a validation callback"))
