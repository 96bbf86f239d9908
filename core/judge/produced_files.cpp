#include "core/judge/produced_files.h"

#include <algorithm>
#include <cctype>

#include "core/flow/flow_records.h"

namespace atscan {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "https://WWW.Example.com/a/b.pem" → "www.example.com/a/b.pem": http and https serve the same file.
std::string url_key(std::string_view url) {
  if (auto scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  if (auto q = url.find_first_of("?#"); q != std::string_view::npos) url = url.substr(0, q);
  const auto slash = url.find('/');
  std::string key = lower(url.substr(0, slash));
  if (slash != std::string_view::npos) key += url.substr(slash);
  return key;
}

}  // namespace

namespace {
std::string parent_folder(std::string_view file) {
  const auto slash = file.find_last_of('/');
  return slash == std::string_view::npos ? std::string() : std::string(file.substr(0, slash));
}

// `word` in `text` with no letter, digit, '_' or '-' on either side, case ignored.
bool names_word(std::string_view text, std::string_view word) {
  if (word.empty()) return false;
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  auto part = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; };
  for (size_t i = 0; i + word.size() <= text.size(); ++i) {
    size_t k = 0;
    while (k < word.size() && lower(text[i + k]) == lower(word[k])) ++k;
    if (k != word.size()) continue;
    if ((i == 0 || !part(text[i - 1])) && (i + k == text.size() || !part(text[i + k]))) return true;
  }
  return false;
}
}  // namespace

std::vector<const flow::Producer*> ProducedFiles::documenting(std::string_view file) const {
  std::vector<const flow::Producer*> out;
  const auto it = documented_.find(parent_folder(file));
  if (it == documented_.end()) return out;
  const std::string name = file_name_of(file);
  const auto dot = name.rfind('.');
  const std::string stem = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
  for (const auto* p : it->second)
    if (names_word(p->dest, name) || (stem.size() >= 3 && names_word(p->dest, stem))) out.push_back(p);
  return out;
}

std::string file_name_of(std::string_view p) {
  if (auto q = p.find_first_of("?#"); q != std::string_view::npos && p.find("://") != std::string_view::npos) p = p.substr(0, q);
  while (!p.empty() && (p.back() == '/' || p.back() == '\\')) p.remove_suffix(1);
  const auto slash = p.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? p : p.substr(slash + 1));
}

ProducedFiles::ProducedFiles(const std::vector<FileFacts>& files, const Profile& profile) : profile_(profile) {
  for (const auto& f : files)
    for (const auto& p : f.flows.producers)
      if (p.kind == flow::ProducerKind::download && !p.source.empty() && !p.dest.empty()) {
        const std::string name = file_name_of(p.dest);
        if (!name.empty()) by_name_[name].push_back({p.source, p.dest, p.location});
      } else if (p.kind == flow::ProducerKind::documented && !p.source.empty()) {
        documented_[parent_folder(f.file)].push_back(&p);
      } else if (p.kind == flow::ProducerKind::volume && !p.source.empty() && p.dest.size() > 1 && p.dest[0] == '/') {
        std::string dest = p.dest;
        while (dest.size() > 1 && dest.back() == '/') dest.pop_back();
        mounts_.push_back({p.source, dest, p.location});
      }
}

const Download* ProducedFiles::producing(std::string_view path) const {
  const auto it = by_name_.find(file_name_of(path));
  if (it == by_name_.end()) return nullptr;
  const auto& all = it->second;
  for (const auto& d : all)
    if (url_key(d.url) != url_key(all.front().url)) return nullptr;
  return &all.front();
}

const ProfileCert* ProducedFiles::published_at(std::string_view url) const {
  const std::string key = url_key(url);
  const std::string name = lower(file_name_of(key));
  const ProfileCert* by_name = nullptr;
  for (const auto& c : profile_.certs)
    for (const auto& u : c.urls) {
      if (url_key(u) == key) return &c;
      if (!name.empty() && lower(file_name_of(url_key(u))) == name) by_name = &c;
    }
  return by_name;
}

std::vector<Mounted> ProducedFiles::mounted(std::string_view path, std::string_view file) const {
  std::vector<Mounted> same_file, any_file;
  size_t best_same = 0, best_any = 0;
  for (const auto& m : mounts_) {
    std::string rest;
    if (path == m.dest) rest = "";
    else if (path.size() > m.dest.size() && path.substr(0, m.dest.size()) == m.dest && path[m.dest.size()] == '/')
      rest = std::string(path.substr(m.dest.size()));
    else continue;
    Mounted hit{m.source + rest, m.location};
    auto add = [&](std::vector<Mounted>& to, size_t& best) {
      if (m.dest.size() > best) to.clear(), best = m.dest.size();
      if (m.dest.size() == best) to.push_back(hit);
    };
    if (m.location.file == file) add(same_file, best_same);
    add(any_file, best_any);
  }
  if (!same_file.empty()) return same_file;
  return any_file.size() == 1 ? any_file : std::vector<Mounted>{};
}

}  // namespace atscan
