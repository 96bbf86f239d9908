#include "core/trust/pins.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "core/trust/base64.h"

namespace atscan {
namespace {

std::string lower(std::string_view s) {
  std::string o(s);
  std::transform(o.begin(), o.end(), o.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return o;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.front())) || s.front() == '"' || s.front() == '\''))
    s.remove_prefix(1);
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == '"' || s.back() == '\''))
    s.remove_suffix(1);
  return s;
}

std::optional<std::string> decode_hex(std::string_view s) {
  std::string clean;
  for (char c : s) {
    if (c == ':' || c == ' ' || c == '-') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    clean += c;
  }
  if (clean.size() != 64 && clean.size() != 40) return std::nullopt;
  std::string out;
  for (size_t i = 0; i < clean.size(); i += 2) out += static_cast<char>(std::stoi(clean.substr(i, 2), nullptr, 16));
  return out;
}

std::optional<Pin> digest_pin(std::string_view original, std::string_view value, const char* form, PinTarget target,
                              size_t want = 0) {
  auto d = base64_decode(value);
  if (!d || (d->size() != 32 && d->size() != 20) || (want && d->size() != want)) return std::nullopt;
  return Pin{std::string(original), form, *d, target, false};
}

// HPKP header noise and list separators that are not pins.
bool is_noise(std::string_view lower_token) {
  return lower_token.empty() || lower_token.rfind("max-age", 0) == 0 || lower_token == "includesubdomains" ||
         lower_token.rfind("report-uri", 0) == 0;
}

}  // namespace

std::optional<Pin> parse_pin(std::string_view token) {
  const std::string_view t = trim(token);
  const std::string l = lower(t);
  if (l.rfind("sha256//", 0) == 0) return digest_pin(t, t.substr(8), "curl", PinTarget::spki, 32);
  if (l.rfind("sha256/", 0) == 0) return digest_pin(t, t.substr(7), "OkHttp", PinTarget::spki, 32);
  if (l.rfind("sha1/", 0) == 0) return digest_pin(t, t.substr(5), "OkHttp", PinTarget::spki, 20);
  for (const char* p : {"pin-sha256=", "pin-sha1="}) {
    if (l.rfind(p, 0) == 0) {
      const size_t n = std::string_view(p).size();
      return digest_pin(t, trim(t.substr(n)), "HPKP", PinTarget::spki, std::string_view(p) == "pin-sha256=" ? 32 : 20);
    }
  }
  for (const char* p : {"sha256:", "sha-256:", "sha1:", "sha-1:"}) {
    if (l.rfind(p, 0) == 0) {
      auto rest = trim(t.substr(std::string_view(p).size()));
      if (auto h = decode_hex(rest)) return Pin{std::string(t), "hex", *h, PinTarget::either, true};
      return digest_pin(t, rest, "base64", PinTarget::either);
    }
  }
  if (auto h = decode_hex(t)) return Pin{std::string(t), "hex", *h, PinTarget::either, true};
  if (looks_base64(t)) return digest_pin(t, t, "base64", PinTarget::either);
  return std::nullopt;
}

PinParseResult parse_pins(const std::vector<std::string>& inputs) {
  static const std::regex android_pin(R"re(<pin\s+digest\s*=\s*["']([^"']+)["']\s*>\s*([^<\s]+)\s*</pin>)re", std::regex::icase);
  static const std::regex expiration(R"re(expiration\s*=\s*["'](\d{4}-\d{2}-\d{2})["'])re", std::regex::icase);
  PinParseResult out;
  for (const auto& input : inputs) {
    std::string rest = input;
    std::smatch m;
    if (std::regex_search(input, m, expiration)) out.expiration = m[1];
    if (input.find("<pin") != std::string::npos) {
      for (auto it = std::sregex_iterator(input.begin(), input.end(), android_pin); it != std::sregex_iterator(); ++it) {
        const std::string algo = lower((*it)[1].str());
        auto p = digest_pin((*it)[0].str(), (*it)[2].str(), "Android", PinTarget::spki, algo == "sha-256" ? 32 : 20);
        if (p) out.pins.push_back(*p);
        else out.errors.push_back("unrecognised pin '" + (*it)[0].str() + "'");
      }
      continue;
    }
    // Lists: curl "sha256//a;sha256//b", HPKP 'pin-sha256="a"; max-age=…', comma or newline separated.
    size_t start = 0;
    while (start <= rest.size()) {
      size_t end = rest.find_first_of(";,\n ", start);
      if (end == std::string::npos) end = rest.size();
      std::string token(trim(std::string_view(rest).substr(start, end - start)));
      start = end + 1;
      if (is_noise(lower(token))) continue;
      if (auto p = parse_pin(token)) out.pins.push_back(*p);
      else out.errors.push_back("unrecognised pin '" + token + "'");
    }
  }
  return out;
}

}  // namespace atscan
