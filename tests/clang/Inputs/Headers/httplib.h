// Mock of cpp-httplib's clients (names and shapes only): the TLS settings live on ClientImpl,
// which SSLClient derives from; Client forwards to its implementation.
#pragma once
#include <string>
namespace httplib {
struct Result {};
class ClientImpl {
 public:
  explicit ClientImpl(const std::string& host);
  ClientImpl(const std::string& host, int port);
  void set_ca_cert_path(const std::string& ca_cert_file_path, const std::string& ca_cert_dir_path = std::string());
  void set_ca_cert_store(void* ca_cert_store);
  void enable_server_certificate_verification(bool enabled);
  Result Get(const std::string& path);
};
class SSLClient : public ClientImpl {
 public:
  explicit SSLClient(const std::string& host);
  SSLClient(const std::string& host, int port);
  void set_ca_cert_store(void* ca_cert_store);
};
class Client {
 public:
  explicit Client(const std::string& scheme_host_port);
  void set_ca_cert_path(const std::string& ca_cert_file_path, const std::string& ca_cert_dir_path = std::string());
  void set_ca_cert_store(void* ca_cert_store);
  void enable_server_certificate_verification(bool enabled);
  Result Get(const std::string& path);
};
}  // namespace httplib
