// `atscan cert FILE|DIR…` inventories certificates and judges each set; `atscan cert --pins …`
// judges a pin set; `atscan hosts URL…` classifies endpoints. Text or JSON.
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/hosts/host_classifier.h"
#include "core/trust/known_certs.h"
#include "core/trust/oracle.h"
#include "core/trust/set_judge.h"

namespace atscan::cli {
namespace {
namespace fs = std::filesystem;
using nlohmann::ordered_json;

struct CertArgs {
  std::vector<std::string> paths;
  std::vector<std::string> pins;
  bool leaf_only = false;
  std::string expiration;
  int depth = 0;
  std::string format = "text";
  std::string system_roots;  // "" = default; "none" = profile certificates only
};

struct HostArgs {
  std::vector<std::string> inputs;
  std::string format = "text";
};

ordered_json cert_json(const CertSummary& c) {
  return {{"name", c.known_name}, {"role", c.role},       {"subject", c.subject},       {"sha256", c.sha256},
          {"spki_pin", c.spki_pin.empty() ? "" : "sha256//" + c.spki_pin}, {"not_after", c.not_after}, {"expired", c.expired}};
}

ordered_json verdict_json(const TrustVerdict& v) {
  return {{"kind", std::string(to_string(v.kind))}, {"summary", v.summary()}, {"reason", v.reason},
          {"accepted_by", v.accepted_by},          {"problems", v.problems}};
}

void print_cert_text(const CertSummary& c) {
  std::cout << "  " << c.known_name << "  [" << c.role << "]\n";
  std::cout << "    subject    " << c.subject << '\n';
  std::cout << "    sha256     " << c.sha256 << '\n';
  std::cout << "    spki pin   sha256//" << c.spki_pin << '\n';
  std::cout << "    not after  " << c.not_after << (c.expired ? " (expired)" : "") << '\n';
}

std::string status_word(LoadStatus s) {
  switch (s) {
    case LoadStatus::ok: return "ok";
    case LoadStatus::empty: return "empty";
    case LoadStatus::malformed: return "malformed";
    case LoadStatus::encrypted: return "encrypted";
    case LoadStatus::not_certificates: return "not certificates";
    case LoadStatus::unreadable: return "unreadable";
  }
  return "?";
}

int run_cert(const CertArgs& a, const GlobalOptions& g) {
  if (a.paths.empty() && a.pins.empty()) throw UsageError("cert: give certificate files or directories, or --pins");
  if (a.format != "text" && a.format != "json") throw UsageError("--format: expected text or json");
  auto profile = load_profile(g);
  fs::path system = a.system_roots == "none" ? fs::path() : a.system_roots.empty() ? KnownCertificates::default_system_bundle()
                                                                                   : fs::path(a.system_roots);
  TrustOracle oracle(profile, system, run_now(g));
  int exit_code = kClean;
  ordered_json out = {{"profile", profile->id}, {"sets", ordered_json::array()}};

  for (const auto& p : a.paths) {
    LoadResult loaded = load_certificates_path(p);
    if (loaded.status == LoadStatus::unreadable) exit_code = kUsage;
    TrustVerdict v = oracle.judge_loaded(loaded, a.depth);
    if (v.kind == VerdictKind::rejects && exit_code == kClean) exit_code = kFindings;
    if (a.format == "json") {
      ordered_json set = {{"path", p}, {"format", loaded.format}, {"status", status_word(loaded.status)},
                          {"certificates", ordered_json::array()}};
      for (const auto& c : v.certificates) set["certificates"].push_back(cert_json(c));
      set["verdict"] = verdict_json(v);
      out["sets"].push_back(set);
      continue;
    }
    std::cout << p << ": ";
    if (loaded.status == LoadStatus::ok)
      std::cout << loaded.format << ", " << loaded.certs.size() << (loaded.certs.size() == 1 ? " certificate\n" : " certificates\n");
    else
      std::cout << status_word(loaded.status) << '\n';
    for (const auto& c : v.certificates) print_cert_text(c);
    std::cout << "  verdict: " << v.summary() << "\n\n";
    if (loaded.status == LoadStatus::unreadable) std::cerr << "atscan: error: " << loaded.error << '\n';
  }

  if (!a.pins.empty()) {
    PinSetOptions o;
    o.leaf_only = a.leaf_only;
    o.expiration = a.expiration;
    TrustVerdict v = oracle.judge_pins(a.pins, o);
    if (v.kind == VerdictKind::rejects && exit_code == kClean) exit_code = kFindings;
    if (a.format == "json") {
      ordered_json pins = {{"values", a.pins}, {"matches", ordered_json::array()}};
      for (const auto& c : v.certificates) pins["matches"].push_back(cert_json(c));
      pins["verdict"] = verdict_json(v);
      out["pins"] = pins;
    } else {
      std::cout << "pins: " << a.pins.size() << (a.pins.size() == 1 ? " value\n" : " values\n");
      for (const auto& c : v.certificates) {
        if (c.sha256.empty()) std::cout << "  " << c.known_name << '\n';
        else std::cout << "  " << c.known_name << "  [" << c.role << "]  sha256//" << c.spki_pin << '\n';
      }
      std::cout << "  verdict: " << v.summary() << '\n';
    }
  }
  if (a.format == "json") std::cout << out.dump(2) << '\n';
  return exit_code;
}

int run_hosts(const HostArgs& a, const GlobalOptions& g) {
  if (a.format != "text" && a.format != "json") throw UsageError("--format: expected text or json");
  auto profile = load_profile(g);
  HostClassifier classifier(profile);
  ordered_json out = ordered_json::array();
  for (const auto& in : a.inputs) {
    HostMatch m = classifier.classify(in);
    if (a.format == "json") {
      out.push_back({{"input", in}, {"class", std::string(to_string(m.cls))}, {"host", m.host}, {"tag", m.tag},
                     {"impact", m.impact}, {"scheme", m.scheme}, {"templated", m.templated}});
      continue;
    }
    std::cout << in << "\n  " << to_string(m.cls);
    if (!m.tag.empty()) std::cout << "  " << m.tag;
    if (!m.impact.empty()) std::cout << "  " << m.impact;
    if (!m.host.empty()) std::cout << "  host " << m.host << (m.templated ? " (templated)" : "");
    std::cout << '\n';
  }
  if (a.format == "json") std::cout << out.dump(2) << '\n';
  return kClean;
}

}  // namespace

void add_cert_commands(CLI::App& app, GlobalOptions& g, Runner& run) {
  auto ca = std::make_shared<CertArgs>();
  auto* cert = app.add_subcommand("cert", "List certificates in files or directories and judge them against the profile");
  cert->add_option("PATH", ca->paths, "Certificate files (PEM, DER, PKCS#7, PKCS#12, JKS, JCEKS, BKS) or hashed directories");
  cert->add_option("--pins", ca->pins, "Pins to judge (curl sha256//…;…, OkHttp sha256/…, HPKP, base64, hex fingerprints)");
  cert->add_flag("--leaf-only", ca->leaf_only, "The client compares pins with the leaf only (curl PINNEDPUBLICKEY, Envoy)");
  cert->add_option("--expiration", ca->expiration, "Pin-set expiration date YYYY-MM-DD (Android)");
  cert->add_option("--depth", ca->depth, "The client's verify depth (0 = library default)")->check(CLI::Range(0, 100));
  cert->add_option("--format", ca->format, "Output format: text or json")->capture_default_str();
  cert->add_option("--system-roots", ca->system_roots, "System root bundle used to name public roots, or 'none'");
  cert->callback([&run, &g, ca] { run = [&g, ca] { return run_cert(*ca, g); }; });

  auto ha = std::make_shared<HostArgs>();
  auto* hosts = app.add_subcommand("hosts", "Classify URLs or host names as S3, CloudFront, other or unknown");
  hosts->add_option("URL-OR-HOST", ha->inputs, "URLs or host names")->required();
  hosts->add_option("--format", ha->format, "Output format: text or json")->capture_default_str();
  hosts->callback([&run, &g, ha] { run = [&g, ha] { return run_hosts(*ha, g); }; });
}

}  // namespace atscan::cli
