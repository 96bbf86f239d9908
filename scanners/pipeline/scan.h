#pragma once
// The scan pipeline: walker → prefilter → front-ends → facts → judge → findings (sorted).
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/filters/shard.h"
#include "core/hosts/host_classifier.h"
#include "core/model/finding.h"
#include "core/model/notification.h"
#include "core/report/reporter.h"
#include "core/trust/oracle.h"
#include "scanners/pipeline/external_source.h"
#include "scanners/walk/walker.h"

namespace atscan {

struct ScanOptions {
  WalkOptions walk;
  int jobs = 0;                 // 0 = all cores
  bool lower_test_code = true;
  Shard shard;                  // --shard i/n: only the walked files of this shard are scanned
  ExternalFactSource external;  // optional: the Clang engine over a compilation database (see external_source.h)
};

struct ScanOutcome {
  std::string root;
  std::vector<Finding> findings;             // sorted, fingerprinted, snippets filled
  std::vector<Notification> notifications;   // sorted
  RunSummary summary;
  std::vector<std::string> scanned_files;   // relative paths walked (after sharding), sorted
};

ScanOutcome run_scan(const ScanOptions& options, const Catalog& catalog, TrustOracle& oracle, const HostClassifier& hosts);

}  // namespace atscan
