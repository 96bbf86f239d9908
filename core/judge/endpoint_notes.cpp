#include "core/judge/endpoint_notes.h"

#include <cctype>

#include "core/judge/endpoint_names.h"

namespace atscan {

std::string endpoint_template(flow::Solver& solver, const std::string& file, const EndpointFact& e) {
  if (e.value_flow.kind != flow::ValueKind::concat) return "";
  std::string out;
  for (const auto& part : e.value_flow.parts) {
    if (part.kind == flow::ValueKind::literal) {
      out += part.text;
      continue;
    }
    auto values = solver.values_of(file, e.location, part);
    // One value is that piece; none or several leave it open.
    if (values.size() == 1) out += values.front().value;
    else out += "{" + (part.kind == flow::ValueKind::name ? part.text : std::string("value")) + "}";
  }
  return out;
}

bool connection_shaped(const EndpointFact& e, const std::string& classified_text) {
  if (e.implied) return true;
  // proxy_ssl_name: the name nginx sends and checks, not a connection (proxy_pass is).
  if (e.api.ends_with("_ssl_name")) return false;
  if (e.api != "string literal" && e.api != "macro") return true;
  if (classified_text.empty()) return false;
  for (char c : classified_text)
    if (std::isspace(static_cast<unsigned char>(c)) || c == '<' || c == '>' || c == '"' || c == '\'') return false;
  return true;
}

namespace {
// `${NAME}` or `$NAME` at `at`: the name, with `at` moved past it; "" when there is none.
std::string variable_at(const std::string& v, size_t& at) {
  if (at >= v.size() || v[at] != '$') return "";
  size_t i = at + 1;
  const bool braced = i < v.size() && v[i] == '{';
  if (braced) ++i;
  const size_t b = i;
  while (i < v.size() && (std::isalnum(static_cast<unsigned char>(v[i])) || v[i] == '_')) ++i;
  if (i == b || std::isdigit(static_cast<unsigned char>(v[b]))) return "";
  std::string name = v.substr(b, i - b);
  if (braced) {
    if (i >= v.size() || v[i] != '}') return "";
    ++i;
  }
  at = i;
  return name;
}
}  // namespace

std::optional<HostMatch> host_named_for_aws(const std::string& value) {
  // [scheme://] ${NAME} [:port or :${PORT}] [/path]
  size_t at = 0;
  if (auto scheme = value.find("://"); scheme != std::string::npos) at = scheme + 3;
  const size_t host_start = at;
  const std::string name = variable_at(value, at);
  if (name.empty()) return std::nullopt;
  const std::string host = value.substr(host_start, at - host_start);
  if (at < value.size() && value[at] == ':') {
    ++at;
    if (at < value.size() && value[at] == '$') {
      if (variable_at(value, at).empty()) return std::nullopt;
    } else {
      const size_t b = at;
      while (at < value.size() && std::isdigit(static_cast<unsigned char>(value[at]))) ++at;
      if (at == b) return std::nullopt;
    }
  }
  if (at < value.size() && value[at] != '/') return std::nullopt;
  const std::string service = endpoint_named_by(name);
  if (service.empty()) return std::nullopt;
  HostMatch h;
  h.cls = service == "CloudFront" ? EndpointClass::cloudfront : EndpointClass::s3;
  h.host = host;
  h.tag = "named by " + name;
  h.impact = "affected";
  h.templated = true;
  return h;
}

}  // namespace atscan
