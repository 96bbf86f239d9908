#pragma once
// The one judge: trust facts + endpoint facts + uses → findings with rule id and severity.
//   breaking trust + S3/CloudFront → error; breaking trust + unknown endpoint → warning;
//   verification disabled → warning (insecure, does not break); trust that includes ATS → note.
// It sees the facts of every file at once, so a bundle file, the config naming it and the code using
// it meet in one finding.
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/hosts/host_classifier.h"
#include "core/model/facts.h"
#include "core/model/finding.h"
#include "core/model/notification.h"
#include "core/trust/oracle.h"

namespace atscan {

struct JudgeOptions {
  std::string root;              // absolute scan root: bundle paths are resolved inside it only
  bool lower_test_code = true;   // findings in test code one level lower
};

class Judge {
 public:
  Judge(const Catalog& catalog, TrustOracle& oracle, const HostClassifier& hosts, JudgeOptions options);

  // Findings in no particular order; notes receives internal problems (unknown rule ids).
  std::vector<Finding> judge(const std::vector<FileFacts>& files, std::vector<Notification>& notes);

  // Of the last judge(): the flow solver's wall time (building, queries, tearing down), for --stats.
  double solver_seconds() const { return solver_seconds_; }
  // Of solver_seconds(): building the graph and tearing it down; and the graph's size.
  struct SolverShape {
    double graph_seconds = 0, teardown_seconds = 0;
    size_t nodes = 0, edges = 0;
    size_t visited_nodes = 0;                // of nodes: those the searches went through
    std::vector<std::string> visited_files;  // the files whose records the searches read (sorted)
  };
  const SolverShape& solver_shape() const { return solver_shape_; }

 private:
  const Catalog& catalog_;
  TrustOracle& oracle_;
  const HostClassifier& hosts_;
  JudgeOptions options_;
  double solver_seconds_ = 0;
  SolverShape solver_shape_;
};

}  // namespace atscan
