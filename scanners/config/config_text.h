#pragma once
// Small text helpers shared by the configuration front-ends: positions, names, values.
#include <string>
#include <string_view>
#include <vector>

#include "atscan/rule_ids.h"
#include "core/model/facts.h"
#include "scanners/scanner.h"

namespace atscan::config {

// Rule ids from the generated catalog header (rules/*.yaml).
inline constexpr const char* kCustomCa = rule_ids::kCustomCaBundle;
inline constexpr const char* kPinning = rule_ids::kCertificatePinning;
inline constexpr const char* kVerifyOff = rule_ids::kVerificationDisabled;
inline constexpr const char* kSystemReplaced = rule_ids::kSystemTrustReplaced;
inline constexpr const char* kUserCa = rule_ids::kUserCaTrusted;
inline constexpr const char* kEmbedded = rule_ids::kEmbeddedCertificate;

std::string lower(std::string_view s);
std::string trim(std::string_view s);
std::string basename(std::string_view path);
bool starts_with_ci(std::string_view s, std::string_view prefix);
bool ends_with_ci(std::string_view s, std::string_view suffix);
bool contains_any(std::string_view text, const std::vector<std::string_view>& needles);
// Strips one level of matching single or double quotes.
std::string unquote(std::string_view v);
// "false", "0", "no", "off" (any case, quotes allowed).
bool is_falsy(std::string_view v);
bool is_truthy(std::string_view v);

// 1-based line and column of a byte offset.
struct LineCol {
  int line = 1;
  int column = 1;
};
LineCol line_col(std::string_view text, size_t offset);

Location at(const SourceFile& file, int line, int column = 1, int end_line = 0, int end_column = 0);

TrustFact trust_fact(const char* rule, TrustKind kind, std::string api, std::string object, std::string value,
                     Location location);
EndpointFact endpoint_fact(std::string object, std::string value, std::string api, Location location,
                           bool implied = false);

// Splits text into lines (no terminators; a trailing '\r' is removed).
std::vector<std::string_view> split_lines(std::string_view text);

}  // namespace atscan::config
