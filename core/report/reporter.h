#pragma once
// Reporters format findings; they never decide anything. One file per format.
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/model/finding.h"
#include "core/model/notification.h"
#include "core/report/json_output.h"

namespace atscan {

struct RunSummary {
  int files_scanned = 0;
  int files_skipped = 0;
  int suppressed = 0;
  int baselined = 0;
};

struct ReportContext {
  const Catalog* catalog = nullptr;
  std::string root;                         // absolute scan root (SARIF %SRCROOT%)
  std::vector<Notification> notifications;  // skipped files, parse problems
  RunSummary summary;
  bool color = false;                       // text only: decided by the CLI (TTY and NO_COLOR)
  bool quiet = false;                       // text only: findings, no summary line
  bool show_suppressed = false;             // text only: list suppressed findings too, with the reason
  std::string tool_version = "0.1.0";
  // Absolute URL the repository-relative docs paths resolve against (".../blob/main/"). SARIF's
  // helpUri and informationUri must be absolute URIs, so they are left out while this is empty.
  std::string docs_base_url;
  Json run_properties;  // SARIF only: the run's property bag when not null (a shard's results)
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // `findings` are sorted; suppressed ones are included with Finding::suppression set.
  virtual void write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) = 0;
};

// text | jsonl | sarif | github | rdjsonl | gitlab | checkstyle. nullptr for an unknown name.
std::unique_ptr<Reporter> make_reporter(std::string_view format);
std::vector<std::string> reporter_names();

}  // namespace atscan
