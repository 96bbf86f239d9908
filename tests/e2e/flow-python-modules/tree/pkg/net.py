import requests

LEGACY_BUNDLE = "certs/legacy-roots.pem"


def make_session():
    session = requests.Session()
    session.verify = LEGACY_BUNDLE
    return session
