import requests

requests.get("https://inventory.internal.example.com/items", verify=False)
