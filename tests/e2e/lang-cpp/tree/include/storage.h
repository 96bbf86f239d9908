#pragma once
#include <aws/s3/S3Client.h>

Aws::S3::S3Client make_s3_client();
