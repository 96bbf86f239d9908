import requests

# Ignored by .gitignore: must never be reported.
requests.get("https://bucket.s3.amazonaws.com/key", verify=False)
