import requests

# Ignored by .atscanignore: must never be reported.
requests.get("https://bucket.s3.amazonaws.com/key", verify=False)
