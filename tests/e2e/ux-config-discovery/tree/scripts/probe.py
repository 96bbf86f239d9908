import requests

requests.get("https://status.example.com", verify=False)
