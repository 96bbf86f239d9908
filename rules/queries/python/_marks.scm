; Marks (see scanners/treesitter/marks.h): "false_value" names the variables bound to False (or 0), so
; verify=name is judged by what the name holds: `VERIFY_HTTPS = False` … `requests.get(url, verify=VERIFY_HTTPS)`.
((assignment left: (identifier) @mark right: [(false) (integer)] @v)
 (#match? @v "^(False|0)$") (#set! mark "false_value"))
; "true_value": names bound to True, so verify=name keeps the default trust (no bundle is chosen).
((assignment left: (identifier) @mark right: (true)) (#set! mark "true_value"))
; "ssl_context": names bound to an SSL context (ssl.create_default_context(), ssl.SSLContext(…),
; urllib3's create_urllib3_context()). verify=ctx (httpx) hands the context on: its trust is judged
; where it is built and loaded, not as a bundle path.
((assignment left: (identifier) @mark right: (call function: [(identifier) (attribute attribute: (identifier))] @f))
 (#match? @f "(create_default_context|SSLContext|create_urllib3_context)$") (#set! mark "ssl_context"))
((assignment left: (attribute attribute: (identifier) @mark) right: (call function: [(identifier) (attribute attribute: (identifier))] @f))
 (#match? @f "(create_default_context|SSLContext|create_urllib3_context)$") (#set! mark "ssl_context"))
; "verify_sink": the names handed to verify= (requests, httpx, boto3), plain or as an object's attribute
; (verify=VERIFY, verify=self.ca_file), so the place that binds them is judged as the trust setting too.
((keyword_argument name: (identifier) @k value: (identifier) @mark)
 (#eq? @k "verify") (#set! mark "verify_sink"))
((keyword_argument name: (identifier) @k value: (attribute attribute: (identifier) @mark))
 (#eq? @k "verify") (#set! mark "verify_sink"))
; "in_concatenation": a literal that is one piece of adjacent literals (b"-----BEGIN…\n" b"MIIB…\n" …),
; so a certificate spelled over many lines is judged whole, not by its first line.
((concatenated_string (string) @mark) (#set! mark "in_concatenation"))
