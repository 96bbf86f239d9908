#pragma once
// Something the scan could not do (a skipped file, a parse error): reported, never fatal.
// Reporters list them; SARIF puts them in invocations[].toolExecutionNotifications.
#include <string>

namespace atscan {

struct Notification {
  std::string file;               // relative path, or "" for the whole run
  std::string message;
  std::string level = "warning";  // error | warning | note
  bool operator==(const Notification&) const = default;
  auto operator<=>(const Notification&) const = default;
};

}  // namespace atscan
