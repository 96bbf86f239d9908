import requests

requests.get("https://gen.internal.example.com/items", verify=False)
