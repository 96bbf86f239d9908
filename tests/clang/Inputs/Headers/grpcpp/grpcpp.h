// Mock of gRPC C++ channel credentials (names and shapes only).
#pragma once
#include <string>
// The mock <string> has no <memory> beside it: just enough shared_ptr for the signatures.
namespace std {
template <typename T>
class shared_ptr {
 public:
  T* operator->() const;
};
}  // namespace std
namespace grpc {
class ChannelCredentials {};
class Channel {};
struct SslCredentialsOptions {
  std::string pem_root_certs;
  std::string pem_private_key;
  std::string pem_cert_chain;
};
std::shared_ptr<ChannelCredentials> SslCredentials(const SslCredentialsOptions& options);
std::shared_ptr<Channel> CreateChannel(const std::string& target, const std::shared_ptr<ChannelCredentials>& creds);
}  // namespace grpc
