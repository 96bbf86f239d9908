Aws.config.update(region: "us-east-1")

S3 = Aws::S3::Client.new(ssl_ca_bundle: "config/certs/amazon.pem")
