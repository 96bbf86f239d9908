import requests

requests.post("https://status.internal.example.com/hook", verify=False)  # atscan:ignore[ats-verification-disabld] internal hook
