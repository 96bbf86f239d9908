#include "core/report/reporter.h"
#include "core/report/text_reporter.h"

namespace atscan {

std::unique_ptr<Reporter> make_reporter(std::string_view format) {
  if (format == "text") return std::make_unique<TextReporter>();
  return nullptr;
}

std::vector<std::string> reporter_names() { return {"text"}; }

}  // namespace atscan
