#pragma once
// SARIF 2.1.0: one run, rules from the catalog (help from docs/rules/<id>.md), results with
// %SRCROOT%-relative URIs, partialFingerprints, related locations, suppressions and fixes.
// Validated against the official schema by the `sarif.schema` test (tests/sarif/).
#include <string_view>

#include "core/report/json_output.h"
#include "core/report/reporter.h"

namespace atscan {

inline constexpr std::string_view kSarifSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
inline constexpr std::string_view kSarifVersion = "2.1.0";
inline constexpr std::string_view kSarifFingerprintKey = "atscan/v1";

class SarifReporter : public Reporter {
 public:
  void write(std::ostream& out, const std::vector<Finding>& findings, const ReportContext& ctx) override;
};

// The whole log as JSON (the reporter writes it indented by 2 with a final newline).
Json make_sarif_log(const std::vector<Finding>& findings, const ReportContext& ctx);

// error → "error", warning → "warning", note → "note", none → "none".
std::string_view sarif_level(Severity s);

}  // namespace atscan
