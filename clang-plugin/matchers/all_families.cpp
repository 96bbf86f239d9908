// The registry of API families: adding a family is one line here and one file next to it.
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {

const std::vector<Family>& all_families() {
  static const std::vector<Family> families = {
      openssl_family(), curl_family(), aws_sdk_cpp_family(), aws_c_io_family(), asio_family(), qt_family(),
      grpc_family(),    mbedtls_family(), wolfssl_family(), gnutls_family(),  httplib_family(), poco_family(),
      esp_idf_family(), arduino_family(), freertos_family(), azure_iot_family(),
  };
  return families;
}

}  // namespace atscan::clangfe
