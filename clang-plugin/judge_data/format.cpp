// A flat little-endian encoding: u64 counts and lengths, then bytes. Written and read by this file only,
// at build time and at run time by the same build.
#include "clang-plugin/judge_data/format.h"

#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace atscan::judgedata {
namespace {

constexpr std::string_view kMagic = "atscan-judge-data-2";

struct Writer {
  std::string out;
  void u64(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
  }
  void str(std::string_view s) {
    u64(s.size());
    out += s;
  }
  void strs(const std::vector<std::string>& v) {
    u64(v.size());
    for (const auto& s : v) str(s);
  }
  void file(const InputFile& f) {
    str(f.path);
    str(f.bytes);
  }
};

struct Reader {
  std::string_view in;
  size_t at = 0;
  std::uint64_t u64() {
    if (in.size() - at < 8) throw std::runtime_error("judge data: truncated");
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[at + i])) << (8 * i);
    at += 8;
    return v;
  }
  size_t count() {
    const std::uint64_t n = u64();
    if (n > in.size() - at) throw std::runtime_error("judge data: bad length");
    return static_cast<size_t>(n);
  }
  std::string str() {
    const size_t n = count();
    std::string s(in.substr(at, n));
    at += n;
    return s;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> v(count());
    for (auto& s : v) s = str();
    return v;
  }
  InputFile file() {
    InputFile f;
    f.path = str();
    f.bytes = str();
    return f;
  }
};

void write_rule(Writer& w, const Rule& r) {
  w.str(r.id);
  w.str(r.title);
  w.u64(static_cast<std::uint64_t>(r.severity));
  w.str(r.message);
  w.strs(r.languages);
  w.str(r.docs);
  w.strs(r.tags);
  w.strs(r.triggers);
  w.strs(r.trigger_patterns);
  w.strs(r.weak_triggers);
  w.str(r.category);
  w.str(r.security_severity);
  w.str(r.source);
}

Rule read_rule(Reader& rd) {
  Rule r;
  r.id = rd.str();
  r.title = rd.str();
  r.severity = static_cast<Severity>(rd.u64());
  r.message = rd.str();
  r.languages = rd.strs();
  r.docs = rd.str();
  r.tags = rd.strs();
  r.triggers = rd.strs();
  r.trigger_patterns = rd.strs();
  r.weak_triggers = rd.strs();
  r.category = rd.str();
  r.security_severity = rd.str();
  r.source = rd.str();
  return r;
}

void write_profile(Writer& w, const Profile& p) {
  w.str(p.id);
  w.str(p.title);
  w.str(p.description);
  w.u64(p.certs.size());
  for (const auto& c : p.certs) {
    w.str(c.name);
    w.str(c.role);
    w.str(c.pem);
    w.str(c.file);
    w.str(c.note);
    w.strs(c.urls);
  }
  w.u64(p.paths.size());
  for (const auto& pc : p.paths) {
    w.str(pc.name);
    w.u64(pc.current ? 1 : 0);
    w.strs(pc.targets);
    w.strs(pc.served);
    w.u64(static_cast<std::uint64_t>(pc.check_time));
    w.str(pc.note);
  }
  w.u64(p.chains.size());
  for (const auto& ch : p.chains) {
    w.str(ch.name);
    w.strs(ch.pems);
    w.u64(static_cast<std::uint64_t>(ch.check_time));
  }
  w.u64(p.hosts.size());
  for (const auto& h : p.hosts) {
    w.str(h.regex);
    w.str(h.tag);
    w.str(h.endpoint_class);
    w.str(h.impact);
  }
  w.str(p.source.string());
  w.strs(p.inputs);
}

Profile read_profile(Reader& rd) {
  Profile p;
  p.id = rd.str();
  p.title = rd.str();
  p.description = rd.str();
  p.certs.resize(rd.count());
  for (auto& c : p.certs) {
    c.name = rd.str();
    c.role = rd.str();
    c.pem = rd.str();
    c.file = rd.str();
    c.note = rd.str();
    c.urls = rd.strs();
  }
  p.paths.resize(rd.count());
  for (auto& pc : p.paths) {
    pc.name = rd.str();
    pc.current = rd.u64() != 0;
    pc.targets = rd.strs();
    pc.served = rd.strs();
    pc.check_time = static_cast<std::int64_t>(rd.u64());
    pc.note = rd.str();
  }
  p.chains.resize(rd.count());
  for (auto& ch : p.chains) {
    ch.name = rd.str();
    ch.pems = rd.strs();
    ch.check_time = static_cast<std::int64_t>(rd.u64());
  }
  p.hosts.resize(rd.count());
  for (auto& h : p.hosts) {
    h.regex = rd.str();
    h.tag = rd.str();
    h.endpoint_class = rd.str();
    h.impact = rd.str();
  }
  p.source = rd.str();
  p.inputs = rd.strs();
  return p;
}

}  // namespace

std::string serialize(const JudgeData& data) {
  Writer w;
  w.str(kMagic);
  w.u64(data.catalog.files.size());
  for (const auto& f : data.catalog.files) w.file(f);
  w.u64(data.catalog.rules.size());
  for (const auto& r : data.catalog.rules) write_rule(w, r);
  w.u64(data.profiles.size());
  for (const auto& p : data.profiles) {
    w.file(p.yaml);
    w.u64(p.pems.size());
    for (const auto& f : p.pems) w.file(f);
    write_profile(w, p.profile);
    w.u64(p.host_databases.size());
    for (const auto& [re, db] : p.host_databases) {
      w.str(re);
      w.str(db);
    }
  }
  return std::move(w.out);
}

JudgeData deserialize(std::string_view bytes) {
  Reader rd{bytes};
  if (rd.str() != kMagic) throw std::runtime_error("judge data: not written by this build");
  JudgeData d;
  d.catalog.files.resize(rd.count());
  for (auto& f : d.catalog.files) f = rd.file();
  d.catalog.rules.resize(rd.count());
  for (auto& r : d.catalog.rules) r = read_rule(rd);
  d.profiles.resize(rd.count());
  for (auto& p : d.profiles) {
    p.yaml = rd.file();
    p.pems.resize(rd.count());
    for (auto& f : p.pems) f = rd.file();
    p.profile = read_profile(rd);
    p.host_databases.resize(rd.count());
    for (auto& [re, db] : p.host_databases) {
      re = rd.str();
      db = rd.str();
    }
  }
  if (rd.at != bytes.size()) throw std::runtime_error("judge data: trailing bytes");
  return d;
}

}  // namespace atscan::judgedata
