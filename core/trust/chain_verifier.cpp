#include "core/trust/chain_verifier.h"

#include <openssl/err.h>
#include <openssl/x509_vfy.h>

namespace atscan {

ChainResult verify_chain(const ParsedChain& chain, const std::vector<const Certificate*>& trust, int depth, bool partial_chain) {
  ChainResult r;
  X509_STORE* store = X509_STORE_new();
  for (const Certificate* c : trust) X509_STORE_add_cert(store, c->x509.get());
  STACK_OF(X509)* untrusted = sk_X509_new_null();
  for (const auto& c : chain.served) sk_X509_push(untrusted, c.x509.get());
  X509_STORE_CTX* ctx = X509_STORE_CTX_new();
  if (ctx && X509_STORE_CTX_init(ctx, store, chain.leaf.x509.get(), untrusted) == 1) {
    X509_STORE_CTX_set_default(ctx, "ssl_server");
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx);
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(chain.check_time));
    if (depth >= 0) X509_VERIFY_PARAM_set_depth(param, depth);
    if (partial_chain) X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    r.ok = X509_verify_cert(ctx) == 1;
    r.error = X509_STORE_CTX_get_error(ctx);
    r.error_text = X509_verify_cert_error_string(r.error);
    if (STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(ctx))
      for (int i = 0; i < sk_X509_num(built); ++i)
        if (auto c = Certificate::from_x509(sk_X509_value(built, i))) r.path.push_back(std::move(*c));
  } else {
    r.error_text = "cannot set up verification";
  }
  X509_STORE_CTX_free(ctx);
  sk_X509_free(untrusted);
  X509_STORE_free(store);
  ERR_clear_error();
  return r;
}

ChainResult verify_chain(const ParsedChain& chain, const std::vector<Certificate>& trust, int depth, bool partial_chain) {
  std::vector<const Certificate*> ptrs;
  ptrs.reserve(trust.size());
  for (const auto& c : trust) ptrs.push_back(&c);
  return verify_chain(chain, ptrs, depth, partial_chain);
}

int needed_depth(const ChainResult& r) { return r.path.size() >= 2 ? static_cast<int>(r.path.size()) - 2 : 0; }

}  // namespace atscan
