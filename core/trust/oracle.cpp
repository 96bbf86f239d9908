// Placeholder until the OpenSSL oracle lands (issue 3): every set is UNKNOWN.
#include "core/trust/oracle.h"

namespace atscan {

struct TrustOracle::Impl {
  std::shared_ptr<const Profile> profile;
};

TrustOracle::TrustOracle(std::shared_ptr<const Profile> profile) : impl_(std::make_unique<Impl>(Impl{std::move(profile)})) {}
TrustOracle::~TrustOracle() = default;
const Profile& TrustOracle::profile() const { return *impl_->profile; }

TrustVerdict TrustOracle::judge_bundle_bytes(std::string_view, int) { return {VerdictKind::unknown, "oracle not built yet", {}, {}, {}}; }
TrustVerdict TrustOracle::judge_bundle_path(const std::filesystem::path&, int) { return {VerdictKind::unknown, "oracle not built yet", {}, {}, {}}; }
TrustVerdict TrustOracle::judge_pins(const std::vector<std::string>&, bool) { return {VerdictKind::unknown, "oracle not built yet", {}, {}, {}}; }

}  // namespace atscan
