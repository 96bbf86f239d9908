import requests
# café latin-1 comment
requests.get("https://x.example.com", verify=False)
