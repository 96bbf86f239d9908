// Benchmark corpus: an OpenSSL client with a custom store, threads and iostreams.
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace corpus {

struct CtxDeleter {
  void operator()(SSL_CTX* c) const { SSL_CTX_free(c); }
};
using CtxPtr = std::unique_ptr<SSL_CTX, CtxDeleter>;

static int verify_cb(int ok, X509_STORE_CTX* store) {
  if (!ok) std::cerr << "verify error " << X509_STORE_CTX_get_error(store) << '\n';
  return ok;
}

CtxPtr make_context(const std::string& bundle) {
  CtxPtr ctx(SSL_CTX_new(TLS_client_method()));
  if (!ctx) return nullptr;
  if (SSL_CTX_load_verify_locations(ctx.get(), bundle.c_str(), nullptr) != 1) {
    ERR_print_errors_fp(stderr);
    return nullptr;
  }
  SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, verify_cb);
  return ctx;
}

class Pool {
 public:
  explicit Pool(size_t n) {
    for (size_t i = 0; i < n; ++i) workers_.emplace_back([this, i] { run(i); });
  }
  ~Pool() {
    for (auto& t : workers_) t.join();
  }

 private:
  void run(size_t i) {
    std::lock_guard<std::mutex> lock(mu_);
    std::cout << "worker " << i << '\n';
  }
  std::mutex mu_;
  std::vector<std::thread> workers_;
};

int main_loop() {
  auto ctx = make_context("certs/internal-ca.pem");
  if (!ctx) return 1;
  Pool pool(4);
  SSL* ssl = SSL_new(ctx.get());
  SSL_set_tlsext_host_name(ssl, "downloads.example.com");
  SSL_free(ssl);
  return 0;
}

}  // namespace corpus
