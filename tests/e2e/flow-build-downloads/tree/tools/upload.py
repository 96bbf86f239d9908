import requests


def upload(data):
    # ATS root downloaded by fetch_certs.sh: accepts S3.
    return requests.put("https://reports.s3.amazonaws.com/daily.csv", data=data, verify="certs/amazon-root.pem")


def intranet():
    # An unknown URL serves this one: nothing says what it holds.
    return requests.get("https://wiki.corp.example/api", verify="certs/corp-root.pem")


def from_docker_image():
    # ADD …AmazonRootCA1.pem /opt/certs/ keeps the URL's file name.
    return requests.get("https://assets.s3.amazonaws.com/x", verify="/opt/certs/AmazonRootCA1.pem")
