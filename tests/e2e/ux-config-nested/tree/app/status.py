import requests

requests.post("https://status.internal.example.com/hook", verify=False)
