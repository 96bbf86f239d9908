"""Copies yesterday's reports from S3 and notifies the status page."""
import datetime

import boto3
import requests



def download_reports(day: datetime.date) -> list[str]:
    s3 = boto3.client("s3", verify="../certs/legacy-s3-bundle.pem")
    keys = s3.list_objects_v2(Bucket="reports-archive", Prefix=day.isoformat())
    return [k["Key"] for k in keys.get("Contents", [])]


def notify(count: int) -> None:
    requests.post("https://status.internal.example.com/hooks/reports", json={"count": count}, verify=False)


def archive_client():
    # Correct: botocore's default trust (certifi) holds the Amazon Trust Services roots.
    return boto3.client("s3", region_name="us-west-2")


if __name__ == "__main__":
    notify(len(download_reports(datetime.date.today() - datetime.timedelta(days=1))))
