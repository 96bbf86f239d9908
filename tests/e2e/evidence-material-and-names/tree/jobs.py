import requests


def fetch_from_s3(presigned_url):
    # The URL arrives at run time (a presigned URL from the job queue): the function's name is the evidence.
    return requests.get(presigned_url, verify="certs/legacy-roots.pem")


def fetch_report(url):
    # Same bundle, nothing names the host: a warning.
    return requests.get(url, verify="certs/legacy-roots.pem")
