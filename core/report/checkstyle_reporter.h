#pragma once
// Checkstyle XML (version 4.3), understood by Jenkins, reviewdog and many CI viewers: one <file> per
// path in sorted order, one <error> per finding. Suppressed findings are left out.
#include "core/report/reporter.h"

namespace atscan {

class CheckstyleReporter : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) override;
};

}  // namespace atscan
