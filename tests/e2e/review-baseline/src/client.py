import requests

requests.get("https://example.com/a", verify=False)
requests.get("https://example.com/b", verify=False)  # atscan:ignore[ats-verification-disabled] local test server
requests.get("https://example.com/c", verify=False)
