#include "core/trust/oracle.h"

#include <atomic>
#include <fstream>
#include <mutex>
#include <shared_mutex>
#include <sstream>
#include <unordered_map>

#include "core/trust/callback_judge.h"
#include "core/trust/known_certs.h"
#include "core/trust/set_judge.h"
#include "core/trust/trust_context.h"
#include "core/util/digest.h"
#include "core/util/safe_read.h"

namespace atscan {

struct TrustOracle::Impl {
  std::shared_ptr<const Profile> profile;
  std::filesystem::path system_bundle;
  std::int64_t now;
  // Built on the first question that needs it: parsing the profile's certificates and verifying its
  // paths is most of the oracle's cost, and a run (or a clang-tidy process for one TU) whose facts
  // hold no certificate, pin or callback never asks.
  std::once_flag ctx_once;
  std::unique_ptr<TrustContext> ctx_ptr;
  std::atomic<bool> built{false};
  std::shared_mutex mu;
  std::unordered_map<std::string, TrustVerdict> cache;  // content hash (+ depth / options) → verdict

  Impl(std::shared_ptr<const Profile> p, const std::filesystem::path& sys, std::int64_t n)
      : profile(std::move(p)), system_bundle(sys), now(n) {}

  TrustContext& ctx() {
    std::call_once(ctx_once, [&] {
      ctx_ptr = std::make_unique<TrustContext>(profile, system_bundle, now);
      built = true;
    });
    return *ctx_ptr;
  }

  template <class Compute>
  TrustVerdict cached(const std::string& key, Compute compute) {
    {
      std::shared_lock lock(mu);
      if (auto it = cache.find(key); it != cache.end()) return it->second;
    }
    TrustVerdict v = compute();  // computed outside the lock: two threads may race, both get the same answer
    std::unique_lock lock(mu);
    return cache.emplace(key, std::move(v)).first->second;
  }
};

TrustOracle::TrustOracle(std::shared_ptr<const Profile> profile, std::int64_t now)
    : TrustOracle(std::move(profile), KnownCertificates::default_system_bundle(), now) {}

TrustOracle::TrustOracle(std::shared_ptr<const Profile> profile, const std::filesystem::path& system_bundle, std::int64_t now)
    : impl_(std::make_unique<Impl>(std::move(profile), system_bundle, now)) {}

TrustOracle::~TrustOracle() = default;

const Profile& TrustOracle::profile() const { return *impl_->profile; }
std::int64_t TrustOracle::now() const { return impl_->now; }
bool TrustOracle::context_built() const { return impl_->built; }
const TrustContext& TrustOracle::context() const { return impl_->ctx(); }
CertSummary TrustOracle::describe(const Certificate& c) const { return summarize(impl_->ctx(), c); }

void TrustOracle::clear_cache() {
  std::unique_lock lock(impl_->mu);
  impl_->cache.clear();
}

TrustVerdict TrustOracle::judge_loaded(const LoadResult& loaded, int verify_depth) {
  return judge_certificate_set(impl_->ctx(), loaded, verify_depth);
}

TrustVerdict TrustOracle::judge_bundle_bytes(std::string_view bytes, int verify_depth) {
  const std::string key = "b:" + std::to_string(verify_depth) + ":" + sha256_raw(bytes);
  return impl_->cached(key, [&] { return judge_certificate_set(impl_->ctx(), load_certificates(bytes), verify_depth); });
}

TrustVerdict TrustOracle::judge_bundle_path(const std::filesystem::path& path, int verify_depth, const std::filesystem::path& root) {
  const SafeReadOptions limits{kMaxCertificateFileBytes, root};
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return judge_certificate_set(impl_->ctx(), load_capath(path, limits), verify_depth);
  SafeReadResult read = read_file_safely(path, limits);
  if (!read.ok()) return judge_certificate_set(impl_->ctx(), load_certificates_path(path, limits), verify_depth);
  return judge_bundle_bytes(read.data, verify_depth);
}

TrustVerdict TrustOracle::judge_pins(const std::vector<std::string>& pins, bool leaf_only) {
  PinSetOptions o;
  o.leaf_only = leaf_only;
  return judge_pins(pins, o);
}

TrustVerdict TrustOracle::judge_pins(const std::vector<std::string>& pins, const PinSetOptions& options) {
  std::string key = "p:" + std::string(options.leaf_only ? "1" : "0") + (options.declared ? "1" : "0") + ":" + options.expiration + ":" +
                    options.refused;
  for (const auto& p : pins) key += "\x1f" + p;
  return impl_->cached(key, [&] { return judge_pin_set(impl_->ctx(), pins, options); });
}

TrustVerdict TrustOracle::judge_callback(const std::vector<CallbackConstant>& constants) {
  std::string key = "c:";
  for (const auto& c : constants) key += c.field + "\x1e" + c.value + "\x1f";
  return impl_->cached(key, [&] { return judge_callback_constants(impl_->ctx(), constants); });
}

}  // namespace atscan
