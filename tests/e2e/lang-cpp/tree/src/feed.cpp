#include <boost/asio/ssl.hpp>

namespace ssl = boost::asio::ssl;

void configure_feed(ssl::context& ctx) {
  ctx.set_default_verify_paths();
  ctx.set_verify_mode(ssl::verify_peer);
  ctx.set_verify_callback(ssl::host_name_verification("feed.example.com"));
}
