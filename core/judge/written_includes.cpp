#include "core/judge/written_includes.h"

#include <fnmatch.h>

#include <cctype>
#include <string>

namespace atscan {
namespace {

// `include /etc/nginx/conf.d/v${VERSION}_vars.conf` → `/etc/nginx/conf.d/v*_vars.conf`.
std::string as_pattern(const std::string& include) {
  std::string out;
  for (size_t i = 0; i < include.size(); ++i) {
    if (include[i] != '$') {
      out += include[i];
      continue;
    }
    size_t last = i;  // the variable's last character
    if (i + 1 < include.size() && include[i + 1] == '{') {
      last = include.find('}', i);
      if (last == std::string::npos) last = include.size() - 1;
    } else {
      while (last + 1 < include.size() && (std::isalnum(static_cast<unsigned char>(include[last + 1])) || include[last + 1] == '_')) ++last;
    }
    out += '*';
    i = last;
  }
  return out;
}

struct Written {
  const FileFacts* file;
  const TrustFact* fact;
  std::string dest;
};

}  // namespace

void add_settings_of_written_includes(std::vector<FileFacts>& files) {
  std::vector<Written> written;
  for (const auto& f : files)
    for (const auto& p : f.flows.producers) {
      if (p.kind != flow::ProducerKind::written) continue;
      for (const auto& t : f.trust)
        if (t.location == p.location) written.push_back({&f, &t, p.dest});
    }
  if (written.empty()) return;
  std::vector<std::pair<size_t, TrustFact>> added;
  for (size_t i = 0; i < files.size(); ++i)
    for (const auto& imp : files[i].flows.imports) {
      if (!imp.include || imp.module.empty()) continue;
      const std::string pattern = as_pattern(imp.module);
      for (const auto& w : written) {
        if (w.dest != imp.module && ::fnmatch(pattern.c_str(), w.dest.c_str(), FNM_PATHNAME) != 0) continue;
        TrustFact t = *w.fact;
        std::string directive = t.api;
        if (const auto cut = directive.find(" (written by"); cut != std::string::npos) directive.resize(cut);
        t.api = directive + " (in " + imp.module + ", written by " + w.file->file + ")";
        t.object.clear();
        t.location = imp.location;
        t.location.file = files[i].file;
        t.value_origins.insert(t.value_origins.begin(), w.fact->location);
        t.value_flow = {};
        added.emplace_back(i, std::move(t));
      }
    }
  // Appended after the loop: `written` points into the files' fact vectors.
  written.clear();
  for (auto& [i, t] : added) files[i].trust.push_back(std::move(t));
}

}  // namespace atscan
