import requests

requests.get("https://x.internal.example.com/", verify=False)
