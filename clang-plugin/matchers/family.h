#pragma once
// One API family (OpenSSL, libcurl, AWS SDK for C++, …): the names the shared AST matchers look for,
// and a handler that turns each matched call, construction or field assignment into facts.
// Family files need no AST matcher headers; the engine builds one matcher per node kind from these lists.
#include <string>
#include <vector>

namespace atscan::clangfe {

class CallSite;

struct Family {
  const char* name;
  std::vector<std::string> functions;     // free functions and methods, qualified ("boost::asio::ssl::context::load_verify_file")
  std::vector<std::string> constructors;  // classes whose construction matters ("Aws::S3::S3Client")
  std::vector<std::string> fields;        // fields whose assignment or designated initialiser matters ("Aws::Client::ClientConfiguration::caFile")
  void (*handle)(CallSite&) = nullptr;
};

// Every family, in a fixed order (output does not depend on it: findings are sorted).
const std::vector<Family>& all_families();

Family openssl_family();
Family curl_family();
Family aws_sdk_cpp_family();
Family aws_c_io_family();
Family asio_family();
Family qt_family();
Family grpc_family();
Family mbedtls_family();
Family wolfssl_family();
Family gnutls_family();
Family httplib_family();
Family poco_family();
Family esp_idf_family();
Family arduino_family();
Family freertos_family();
Family azure_iot_family();

}  // namespace atscan::clangfe
