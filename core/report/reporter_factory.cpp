#include "core/report/checkstyle_reporter.h"
#include "core/report/github_reporter.h"
#include "core/report/gitlab_reporter.h"
#include "core/report/jsonl_reporter.h"
#include "core/report/rdjsonl_reporter.h"
#include "core/report/reporter.h"
#include "core/report/sarif_reporter.h"
#include "core/report/text_reporter.h"

namespace atscan {

std::unique_ptr<Reporter> make_reporter(std::string_view format) {
  if (format == "text") return std::make_unique<TextReporter>();
  if (format == "jsonl") return std::make_unique<JsonlReporter>();
  if (format == "sarif") return std::make_unique<SarifReporter>();
  if (format == "github") return std::make_unique<GithubReporter>();
  if (format == "rdjsonl") return std::make_unique<RdjsonlReporter>();
  if (format == "gitlab") return std::make_unique<GitlabReporter>();
  if (format == "checkstyle") return std::make_unique<CheckstyleReporter>();
  return nullptr;
}

std::vector<std::string> reporter_names() { return {"text", "jsonl", "sarif", "github", "rdjsonl", "gitlab", "checkstyle"}; }

}  // namespace atscan
