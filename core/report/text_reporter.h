#pragma once
#include "core/report/reporter.h"

namespace atscan {

class TextReporter : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) override;
};

}  // namespace atscan
