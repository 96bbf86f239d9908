; Marks (see scanners/treesitter/marks.h): "false_value" names the variables bound to False (or 0), so
; verify=name is judged by what the name holds: `VERIFY_HTTPS = False` … `requests.get(url, verify=VERIFY_HTTPS)`.
((assignment left: (identifier) @mark right: [(false) (integer)] @v)
 (#match? @v "^(False|0)$") (#set! mark "false_value"))
