import requests

def broken(:
    pass

requests.get("https://status.example.com", verify=False)
