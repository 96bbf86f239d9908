#pragma once
// The oracle's verdicts on the trust material the facts hold as written (bundle files in the tree,
// embedded certificates, pin sets, callback constants), asked for on a thread of its own while the
// judge builds the flow solver's graph on its own thread. The oracle caches verdicts by content, so the
// judge's own questions then find them made: on two cores the X.509 work (tens of milliseconds on a
// real tree: the profile's certificates parsed and verified, each bundle checked) no longer follows the
// graph build but runs beside it. Only the cache is touched: what the judge decides is unchanged.
#include <atomic>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/model/facts.h"
#include "core/trust/oracle.h"

namespace atscan {

class VerdictPrefetch {
 public:
  // Starts asking when some fact holds material the oracle judges. `root`: the scan root (bundle paths
  // resolve inside it, as the judge resolves them); `canonical_root`: the folder the oracle may read.
  VerdictPrefetch(const std::vector<FileFacts>& files, TrustOracle& oracle, const std::string& root,
                  const std::filesystem::path& canonical_root);
  // Asks nothing more: called when the judge starts asking itself, so that a small scan never waits
  // for verdicts it would make anyway. Waits for the one under way.
  void stop();
  // Waits until every verdict has been asked for (tests).
  void wait();
  ~VerdictPrefetch();
  VerdictPrefetch(const VerdictPrefetch&) = delete;
  VerdictPrefetch& operator=(const VerdictPrefetch&) = delete;

  // Whether a fact of this kind, as written, names material the oracle judges (tests).
  static bool judged_as_written(const TrustFact& t);
  // The options a pin set's verdict is asked with, here and by the judge: the same question, so the
  // judge finds the verdict this thread made.
  static PinSetOptions pin_set_options(const TrustFact& t) {
    return PinSetOptions{t.leaf_only_pins, t.expiration, t.declared_pins, t.refused};
  }

 private:
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace atscan
