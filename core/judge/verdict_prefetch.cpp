#include "core/judge/verdict_prefetch.h"

#include "core/judge/bundle_resolver.h"

namespace atscan {

bool VerdictPrefetch::judged_as_written(const TrustFact& t) {
  switch (t.kind) {
    case TrustKind::bundle_path:
    case TrustKind::keystore:
    case TrustKind::embedded_pem:
    case TrustKind::embedded_der: return !t.value.empty();
    case TrustKind::pin_set: return !t.values.empty();
    case TrustKind::custom_verify_callback: return !t.callback_constants.empty();
    default: return false;
  }
}

VerdictPrefetch::VerdictPrefetch(const std::vector<FileFacts>& files, TrustOracle& oracle, const std::string& root,
                                 const std::filesystem::path& canonical_root) {
  bool any = false;
  for (const auto& f : files)
    for (const auto& t : f.trust) any = any || judged_as_written(t);
  if (!any) return;
  // The same questions, with the same arguments, as Judge::judge asks first for each fact.
  thread_ = std::thread([this, &files, &oracle, root, canonical_root] {
    try {
      for (const auto& f : files)
        for (const auto& t : f.trust) {
          if (stop_.load(std::memory_order_relaxed)) return;
          if (!judged_as_written(t)) continue;
          switch (t.kind) {
            case TrustKind::bundle_path:
            case TrustKind::keystore:
              if (auto p = resolve_in_root(root, f.file, t.value)) (void)oracle.judge_bundle_path(*p, t.verify_depth, canonical_root);
              break;
            case TrustKind::embedded_pem:
            case TrustKind::embedded_der: (void)oracle.judge_bundle_bytes(t.value, t.verify_depth); break;
            case TrustKind::pin_set:
              (void)oracle.judge_pins(t.values, pin_set_options(t));
              break;
            case TrustKind::custom_verify_callback: (void)oracle.judge_callback(t.callback_constants); break;
            default: break;
          }
        }
    } catch (...) {
      // The judge asks again on its own thread and meets the same problem there, where it is reported.
    }
  });
}

void VerdictPrefetch::stop() {
  stop_.store(true, std::memory_order_relaxed);
  if (thread_.joinable()) thread_.join();
}

void VerdictPrefetch::wait() {
  if (thread_.joinable()) thread_.join();
}

VerdictPrefetch::~VerdictPrefetch() { stop(); }

}  // namespace atscan
