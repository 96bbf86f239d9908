import requests


def fetch_wiki(page):
    session = requests.Session()
    session.verify = "certs/corp-root.pem"
    return session.get("https://wiki.corp.example/" + page)


def backup_url(name):
    return "https://db-backups.s3.amazonaws.com/" + name
