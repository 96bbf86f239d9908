// Mock of Boost.Asio ssl::context and ssl::stream (names and shapes only).
#pragma once
#include <string>
namespace boost {
namespace asio {
struct const_buffer {
  const void* data;
  unsigned long size;
};
const_buffer buffer(const char* data, unsigned long size);
const_buffer buffer(const std::string& s);
struct io_context {};
namespace ip {
struct tcp {
  struct socket {
    explicit socket(io_context& io);
  };
};
}  // namespace ip
namespace ssl {
using verify_mode = int;
constexpr verify_mode verify_none = 0x00;
constexpr verify_mode verify_peer = 0x01;
class verify_context {};
class host_name_verification {
 public:
  explicit host_name_verification(const std::string& host);
  bool operator()(bool preverified, verify_context& ctx) const;
};
class context {
 public:
  enum method { tls_client };
  explicit context(method m);
  void load_verify_file(const std::string& filename);
  void add_verify_path(const std::string& path);
  void add_certificate_authority(const const_buffer& ca);
  void set_default_verify_paths();
  void set_verify_mode(verify_mode v);
  template <typename VerifyCallback>
  void set_verify_callback(VerifyCallback callback) {}
};
template <typename Stream>
class stream {
 public:
  stream(io_context& io, context& ctx);
  void* native_handle();
  void set_verify_mode(verify_mode v);
  template <typename VerifyCallback>
  void set_verify_callback(VerifyCallback callback) {}
};
}  // namespace ssl
}  // namespace asio
}  // namespace boost
