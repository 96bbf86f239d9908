#pragma once
// Endpoints named by the code itself: a function `connectToS3Server`, a certificate file
// `aws_s3_root_ca_cert.pem`. When no host is visible (the URL arrives at run time: a presigned URL,
// a redirect, a job document), the names the developer chose are the remaining evidence of where a
// trust setting is used.
#include <string>
#include <string_view>

namespace atscan {

// "S3" or "CloudFront" when one word of `name` (split at '_', '-', '.', '/', digits-to-letters and
// lower-to-upper case changes) is s3, cloudfront or amazonaws; "" otherwise.
std::string endpoint_named_by(std::string_view name);

}  // namespace atscan
