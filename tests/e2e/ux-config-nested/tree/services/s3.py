import boto3

s3 = boto3.client("s3", verify="certs/legacy-ca.pem")
s3.upload_file("b.csv", "reports", "b.csv")
