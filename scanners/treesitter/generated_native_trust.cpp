#include "scanners/treesitter/generated_native_trust.h"

#include <cstring>
#include <vector>

#include "atscan/rule_ids.h"

namespace atscan::ts {
namespace {

bool is(TSNode n, const char* type) { return !ts_node_is_null(n) && std::strcmp(ts_node_type(n), type) == 0; }

bool has(std::string_view text, std::string_view what) { return text.find(what) != std::string_view::npos; }

bool base64_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'; }

// Bare base64 SHA-256 digests (43 characters and '='), with an OkHttp `sha256/` prefix when written.
std::vector<std::string> pins_in(std::string_view line) {
  std::vector<std::string> out;
  for (size_t i = 0; i < line.size();) {
    size_t n = 0;
    while (i + n < line.size() && base64_char(line[i + n])) ++n;
    const std::string_view run = line.substr(i, n);
    if (n >= 43 && i + n < line.size() && line[i + n] == '=' && (i + n + 1 == line.size() || !base64_char(line[i + n + 1]))) {
      const std::string digest = std::string(run.substr(n - 43)) + "=";
      if (n == 43) out.push_back(digest);
      else if (n == 50 && run.substr(0, 7) == "sha256/") out.push_back("sha256/" + digest);
    }
    i += n == 0 ? 1 : n;
  }
  return out;
}

// What a generated line does for trust, or "" when nothing.
const char* api_of(std::string_view line, bool okhttp_file) {
  if (has(line, "TSKPublicKeyHashes")) return "TrustKit kTSKPublicKeyHashes in generated native code";
  if (has(line, "<pin ") && has(line, "digest")) return "Android <pin> in a generated network security config";
  const size_t start = line.find_first_not_of(" \t`");
  if (okhttp_file && start != std::string_view::npos && line.substr(start, 5) == ".add(" && has(line, "\"")) return "OkHttp CertificatePinner pins in generated native code";
  if (has(line, ".certificatePinner(")) return "OkHttp client in generated native code installs its pinner";
  return "";
}

void check_template(TSNode tpl, std::string_view src, bool okhttp_file, const std::string& file, FileFacts& out) {
  const uint32_t b = ts_node_start_byte(tpl), e = ts_node_end_byte(tpl);
  if (e > src.size() || b >= e) return;
  const std::string_view text = src.substr(b, e - b);
  const bool generated = has(text, "${");  // values filled in when the plugin runs
  const int first_line = static_cast<int>(ts_node_start_point(tpl).row) + 1;
  std::vector<std::string_view> lines;
  for (size_t at = 0; at <= text.size();) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(text.substr(at, nl - at));
    at = nl + 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const char* api = api_of(lines[i], okhttp_file);
    if (!*api) continue;
    TrustFact t;
    t.rule_id = rule_ids::kCertificatePinning;
    t.api = api;
    const size_t indent = lines[i].find_first_not_of(" \t");
    t.location = Location{file, first_line + static_cast<int>(i),
                          static_cast<int>(indent == std::string_view::npos ? 0 : indent) + (i == 0 ? static_cast<int>(ts_node_start_point(tpl).column) : 0) + 1,
                          0, 0};
    // A TrustKit list may go on over the following lines, up to its `]`.
    std::vector<std::string> pins = pins_in(lines[i]);
    bool filled = has(lines[i], "${");
    if (has(lines[i], "TSKPublicKeyHashes") && !has(lines[i], "]"))
      for (size_t k = i + 1; k < lines.size() && k <= i + 20; ++k) {
        for (auto& p : pins_in(lines[k])) pins.push_back(std::move(p));
        filled = filled || has(lines[k], "${");
        if (has(lines[k], "]")) break;
      }
    if (has(api, "installs")) {
      // The pinner installed is the template's own: judged at its pins, unless they are filled in.
      if (!generated) continue;
      filled = true;
    }
    if (filled || pins.empty()) {
      t.kind = TrustKind::unresolved;
      t.value = std::string(lines[i].substr(indent == std::string_view::npos ? 0 : indent));
    } else {
      t.kind = TrustKind::pin_set;
      t.values = std::move(pins);
    }
    out.trust.push_back(std::move(t));
  }
}

}  // namespace

void add_generated_native_trust(TSNode root, std::string_view source, const std::string& file, FileFacts& out) {
  const bool okhttp_file = has(source, "CertificatePinner");
  std::vector<TSNode> stack{root};
  while (!stack.empty()) {
    TSNode n = stack.back();
    stack.pop_back();
    if (is(n, "template_string")) {
      check_template(n, source, okhttp_file, file, out);
      continue;
    }
    for (uint32_t i = ts_node_named_child_count(n); i-- > 0;) stack.push_back(ts_node_named_child(n, i));
  }
}

}  // namespace atscan::ts
