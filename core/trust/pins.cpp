#include "core/trust/pins.h"

#include <algorithm>
#include <cctype>

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

// Hand-written matchers for the two XML shapes below (std::regex recurses per character and crashes
// on long input). Positions index `low`, a lowercase copy of the text.
size_t skip_space(std::string_view s, size_t i) {
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

bool at(std::string_view s, size_t i, std::string_view word) { return s.substr(i, word.size()) == word; }

// <pin digest="ALGO">VALUE</pin>: whole match, algorithm and value.
struct AndroidPinMatch {
  std::string whole, algo, value;
};
std::vector<AndroidPinMatch> android_pins(std::string_view text) {
  const std::string low = lower(text);
  std::vector<AndroidPinMatch> out;
  for (size_t start = low.find("<pin"); start != std::string::npos; start = low.find("<pin", start + 1)) {
    size_t i = start + 4;
    if (i >= low.size() || !std::isspace(static_cast<unsigned char>(low[i]))) continue;
    i = skip_space(low, i);
    if (!at(low, i, "digest")) continue;
    i = skip_space(low, i + 6);
    if (i >= low.size() || low[i] != '=') continue;
    i = skip_space(low, i + 1);
    if (i >= low.size() || (low[i] != '"' && low[i] != '\'')) continue;
    const size_t algo_begin = ++i;
    while (i < low.size() && low[i] != '"' && low[i] != '\'') ++i;
    if (i == algo_begin || i >= low.size()) continue;
    const size_t algo_end = i;
    i = skip_space(low, i + 1);
    if (i >= low.size() || low[i] != '>') continue;
    i = skip_space(low, i + 1);
    const size_t value_begin = i;
    while (i < low.size() && low[i] != '<' && !std::isspace(static_cast<unsigned char>(low[i]))) ++i;
    if (i == value_begin) continue;
    const size_t value_end = i;
    i = skip_space(low, i);
    if (!at(low, i, "</pin>")) continue;
    i += 6;
    out.push_back({std::string(text.substr(start, i - start)), std::string(text.substr(algo_begin, algo_end - algo_begin)),
                   std::string(text.substr(value_begin, value_end - value_begin))});
    start = i - 1;
  }
  return out;
}

// expiration="YYYY-MM-DD": the date of the first such attribute.
std::optional<std::string> expiration_date(std::string_view text) {
  const std::string low = lower(text);
  for (size_t start = low.find("expiration"); start != std::string::npos; start = low.find("expiration", start + 1)) {
    size_t i = skip_space(low, start + 10);
    if (i >= low.size() || low[i] != '=') continue;
    i = skip_space(low, i + 1);
    if (i >= low.size() || (low[i] != '"' && low[i] != '\'')) continue;
    const std::string_view date = std::string_view(low).substr(i + 1, 10);
    if (date.size() != 10 || i + 11 >= low.size() || (low[i + 11] != '"' && low[i + 11] != '\'')) continue;
    bool shape = true;
    for (size_t k = 0; k < 10; ++k)
      shape = shape && ((k == 4 || k == 7) ? date[k] == '-' : std::isdigit(static_cast<unsigned char>(date[k])) != 0);
    if (shape) return std::string(date);
  }
  return std::nullopt;
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

bool has_pin_prefix(std::string_view token) {
  const std::string l = lower(trim(token));
  for (const char* p : {"sha256/", "sha1/", "pin-sha256=", "pin-sha1="})
    if (l.rfind(p, 0) == 0) return true;
  return false;
}

PinParseResult parse_pins(const std::vector<std::string>& inputs, bool declared) {
  PinParseResult out;
  for (const auto& input : inputs) {
    std::string rest = input;
    if (auto date = expiration_date(input)) out.expiration = *date;
    if (input.find("<pin") != std::string::npos) {
      for (const auto& m : android_pins(input)) {
        const std::string algo = lower(m.algo);
        auto p = digest_pin(m.whole, m.value, "Android", PinTarget::spki, algo == "sha-256" ? 32 : 20);
        if (p) out.pins.push_back(*p);
        else out.malformed.push_back(m.value);
      }
      continue;
    }
    // One digest written as space-separated hex pairs ("5F F1 60 …", BearSSL setFingerprint).
    if (std::string joined; [&] {
          const std::string_view t = trim(input);
          for (size_t i = 0; i < t.size(); i += 3) {
            if (i + 2 > t.size() || !std::isxdigit(static_cast<unsigned char>(t[i])) || !std::isxdigit(static_cast<unsigned char>(t[i + 1])) ||
                (i + 2 < t.size() && t[i + 2] != ' '))
              return false;
            joined += t.substr(i, 2);
          }
          return joined.size() == 40 || joined.size() == 64;
        }()) {
      if (auto h = decode_hex(joined)) {
        out.pins.push_back(Pin{input, "hex", *h, PinTarget::either, true});
        continue;
      }
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
      else if (declared || has_pin_prefix(token)) out.malformed.push_back(token);
      else out.errors.push_back("unrecognised pin '" + token + "'");
    }
  }
  return out;
}

}  // namespace atscan
