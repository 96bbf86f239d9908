; urllib3: PoolManager(assert_fingerprint="AA:BB:…") compares the leaf certificate only
((keyword_argument name: (identifier) @k value: (_) @value)
 (#eq? @k "assert_fingerprint")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "urllib3 assert_fingerprint") (#set! leaf_only "true"))

; aiohttp.Fingerprint(bytes.fromhex("…")) / Fingerprint(b"…"): the leaf certificate's SHA-256
((call
   function: [(identifier) @f (attribute attribute: (identifier) @f)]
   arguments: (argument_list . (_) @value))
 (#eq? @f "Fingerprint")
 (#set! kind "pin_set") (#set! rule "ats-certificate-pinning") (#set! api "aiohttp Fingerprint") (#set! leaf_only "true"))
