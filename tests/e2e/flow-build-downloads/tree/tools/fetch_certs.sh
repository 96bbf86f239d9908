#!/bin/sh
# Certificates the tools use.
wget -O certs/amazon-root.pem https://www.amazontrust.com/repository/AmazonRootCA1.pem
curl -o certs/corp-root.pem https://pki.corp.example/roots/corp-root.pem
