#include "core/judge/judge.h"

#include <algorithm>
#include <memory>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "atscan/rule_ids.h"
#include "core/flow/solver.h"
#include "core/judge/bundle_resolver.h"
#include "core/judge/produced_files.h"
#include "core/judge/endpoint_names.h"
#include "core/judge/endpoint_context.h"
#include "core/judge/endpoint_notes.h"
#include "core/judge/severity_policy.h"
#include "core/judge/verdict_prefetch.h"
#include "core/judge/system_store_names.h"
#include "core/util/stable_sort.h"

namespace atscan {
namespace fs = std::filesystem;

namespace {

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string substitute(std::string text, const std::string& key, const std::string& value) {
  for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
  return text;
}

// The CN of a one-line subject ("CN=*.s3.amazonaws.com,O=Amazon.com Inc.,C=US"), or "".
std::string subject_common_name(const std::string& subject) {
  size_t at = 0;
  while (at < subject.size()) {
    size_t end = subject.find(',', at);
    if (end == std::string::npos) end = subject.size();
    std::string_view part(subject.data() + at, end - at);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.starts_with("CN=")) return std::string(part.substr(3));
    at = end + 1;
  }
  return "";
}

// The one file of `candidates` nearest to `from`: the deepest folder above `from` that holds any of them
// must hold exactly one. An ESP-IDF component names its EMBED_TXTFILES relative to its own folder, and
// a tree may hold several examples that embed files of the same name.
std::optional<std::string> nearest_by_folder(const std::vector<std::string>& candidates, const std::string& from) {
  if (candidates.size() == 1) return candidates.front();
  for (fs::path dir = fs::path(from).parent_path();; dir = dir.parent_path()) {
    const std::string prefix = dir.empty() ? "" : dir.generic_string() + "/";
    const auto under = std::count_if(candidates.begin(), candidates.end(), [&](const std::string& c) { return c.rfind(prefix, 0) == 0; });
    if (under == 1)
      return *std::find_if(candidates.begin(), candidates.end(), [&](const std::string& c) { return c.rfind(prefix, 0) == 0; });
    if (under > 1 || dir.empty() || dir == dir.parent_path()) return std::nullopt;
  }
}

std::string short_evidence(const TrustFact& t, const TrustVerdict& v) {
  switch (t.kind) {
    case TrustKind::pin_set: return join(t.values, ", ");
    case TrustKind::embedded_pem:
    case TrustKind::embedded_der: {
      std::vector<std::string> names;
      for (const auto& c : v.certificates) names.push_back(c.known_name);
      return names.empty() ? std::string("embedded certificate data") : join(names, ", ");
    }
    default: return t.value.size() > 200 ? t.value.substr(0, 200) + "…" : t.value;
  }
}

}  // namespace

Judge::Judge(const Catalog& catalog, TrustOracle& oracle, const HostClassifier& hosts, JudgeOptions options)
    : catalog_(catalog), oracle_(oracle), hosts_(hosts), options_(std::move(options)) {}

std::vector<Finding> Judge::judge(const std::vector<FileFacts>& files, std::vector<Notification>& notes) {
  struct Pending {
    Finding finding;
    const TrustFact* trust;
    std::string bundle_rel;  // certificate file this finding loaded, if any
    bool aws = false;
    VerdictKind verdict = VerdictKind::unknown;
    bool lowered_as_test = false;  // test code, reported one level lower
    size_t message_base = 0;       // length of the message before the endpoint evidence
    const FileFacts* file = nullptr;
  };
  std::vector<Pending> pending;
  std::vector<Finding> pin_lines;                           // one per pin line of multi-line pin sets
  std::map<std::pair<std::string, int>, size_t> pin_line_at;  // (file, line) → index in pin_lines
  std::set<std::string> unknown_rules;
  // The trust findings that govern each S3/CloudFront endpoint (pending indices), for ats-s3-endpoint;
  // settings that govern the AWS SDKs by definition govern every SDK client.
  std::map<const EndpointFact*, std::vector<size_t>> governed_by;
  std::vector<size_t> governs_sdks;
  // Per scan: each endpoint value classified once, each bundle reference resolved and judged once.
  EndpointClassCache classes(hosts_);
  std::error_code root_ec;
  const fs::path canonical_root = options_.root.empty() ? fs::path() : fs::weakly_canonical(options_.root, root_ec);
  struct LoadedBundle {
    TrustVerdict verdict;
    std::string rel;
    bool found = false;
    std::optional<flow::Step> mount;  // a volume that maps the container path into the tree
  };
  std::map<std::tuple<std::string, std::string, int>, LoadedBundle> bundles;  // (file's folder, value, depth)

  // The oracle's verdicts on material written in the facts, asked for on another thread while the
  // solver builds its graph on this one (verdict_prefetch.h); stopped when the judging is done.
  VerdictPrefetch prefetch(files, oracle_, options_.root, canonical_root);
  // One solver over the flow records of every file: values reach sinks, settings reach endpoints.
  std::vector<flow::FlowFile> flow_files;
  for (const auto& f : files) flow_files.push_back({f.file, &f.flows});
  auto solver_owner = std::make_unique<flow::Solver>(flow_files);  // torn down (and timed) before the return
  flow::Solver& solver = *solver_owner;
  struct AwsEndpoint {
    const FileFacts* file;
    const EndpointFact* fact;
    HostMatch match;
    std::vector<flow::Step> host_steps;  // how a host seen only as a name resolves (empty for a literal)
    std::string text;                    // what was classified: the value, the resolved value or a template
  };
  std::vector<AwsEndpoint> aws_endpoints;  // affected S3/CloudFront endpoints of the whole scan
  std::vector<AwsEndpoint> named_endpoints;  // hosts given by a variable named for S3/CloudFront (notes only)
  for (const auto& f : files)
    for (const auto& e : f.endpoints) {
      HostMatch m = classes.classify(e.value);
      std::string text = e.value;
      std::vector<flow::Step> steps;
      // An SDK client's endpoint setting (ServiceURL = a value set at run time) belongs to the S3 client
      // of its file when the value says nothing itself.
      if (m.cls == EndpointClass::unknown && e.api == "AWS SDK endpoint setting")
        for (const auto& other : f.endpoints)
          if (other.implied)
            if (const HostMatch& om = classes.classify(other.value); om.cls == EndpointClass::s3 && om.affected()) {
              m = om;
              text = other.value;
              break;
            }
      // A host built from pieces (macros and literals): the pieces the flows know, the rest as placeholders.
      if (m.cls == EndpointClass::unknown)
        if (std::string t = endpoint_template(solver, f.file, e); !t.empty()) {
          m = classes.classify(t);
          text = std::move(t);
        }
      // A host the front-end saw only as a name (a macro, a parameter, a constant of another file)
      if (m.cls == EndpointClass::unknown && e.value_flow.kind != flow::ValueKind::unknown && e.value_flow.kind != flow::ValueKind::literal)
        for (auto& v : solver.values_of(f.file, e.location, e.value_flow)) {
          const HostMatch& vm = classes.classify(v.value);
          if ((vm.cls == EndpointClass::s3 || vm.cls == EndpointClass::cloudfront) && vm.affected()) {
            m = vm;
            text = v.value;
            steps = std::move(v.steps);
            break;
          }
        }
      if ((m.cls == EndpointClass::s3 || m.cls == EndpointClass::cloudfront) && m.affected()) {
        aws_endpoints.push_back({&f, &e, m, std::move(steps), std::move(text)});
      } else if (m.cls == EndpointClass::unknown || e.value_flow.kind == flow::ValueKind::name) {
        // A host that is only a variable named for S3 (${S3_SERVER}, directly or through an upstream):
        // a note of its own, not evidence enough to escalate a trust setting.
        std::vector<flow::ResolvedValue> candidates{{e.value, false, {}}};
        if (e.value_flow.kind == flow::ValueKind::name)
          for (auto& v : solver.values_of(f.file, e.location, e.value_flow)) candidates.push_back(std::move(v));
        for (auto& v : candidates)
          if (auto named = host_named_for_aws(v.value)) {
            named_endpoints.push_back({&f, &e, *named, std::move(v.steps), v.value});
            break;
          }
      }
    }
  {
    std::vector<flow::Anchor> targets;
    for (const auto& ep : aws_endpoints) targets.push_back(flow::Anchor{ep.file->file, ep.fact->location, ep.fact->object, ep.fact->value_flow});
    solver.set_targets(targets);
  }

  // Certificate files of the tree by file name: an embedded file (ESP-IDF EMBED_TXTFILES) is named
  // only by its file name.
  const ProducedFiles produced(files, oracle_.profile());
  std::map<std::string, std::vector<std::string>> cert_files_by_name;
  for (const auto& f : files)
    for (const auto& t : f.trust)
      if (t.api == "certificate file") {
        cert_files_by_name[fs::path(f.file).filename().string()].push_back(f.file);
        break;
      }

  for (const auto& file : files) {
    const FileEndpointIndex endpoint_index(file, classes);
    for (const auto& original : file.trust) {
      // A value the front-end could not resolve in its file may be known through flows.
      TrustFact resolved = original;
      std::vector<flow::Step> value_steps;
      if (original.kind == TrustKind::unresolved && original.value_flow.kind != flow::ValueKind::unknown) {
        auto values = solver.values_of(file.file, original.location, original.value_flow);
        const flow::ResolvedValue* pick = nullptr;
        for (const auto& v : values)
          if (v.value.find("-----BEGIN CERTIFICATE-----") != std::string::npos) {
            pick = &v;
            break;
          }
        if (!pick && !values.empty()) pick = &values.front();
        if (pick) {
          resolved.value = pick->value;
          const std::string& v = pick->value;
          const bool der = !pick->file_content && v.size() > 64 && static_cast<unsigned char>(v[0]) == 0x30 &&
                           static_cast<unsigned char>(v[1]) >= 0x81 && static_cast<unsigned char>(v[1]) <= 0x83;
          resolved.kind = v.find("-----BEGIN CERTIFICATE-----") != std::string::npos ? TrustKind::embedded_pem
                          : der                                                     ? TrustKind::embedded_der
                                                                                    : TrustKind::bundle_path;
          value_steps = pick->steps;
        }
      }
      // Certificate data handed to a CA sink is an embedded certificate, whichever front-end resolved it
      // (the Clang engine names it so at the sink).
      if ((resolved.kind == TrustKind::embedded_pem || resolved.kind == TrustKind::embedded_der) && resolved.rule_id == rule_ids::kCustomCaBundle)
        resolved.rule_id = std::string(rule_ids::kEmbeddedCertificate);
      const TrustFact& t = resolved;
      const Rule* rule = catalog_.find(t.rule_id);
      if (!rule) {
        if (unknown_rules.insert(t.rule_id).second)
          notes.push_back({file.file, "internal: front-end emitted unknown rule id '" + t.rule_id + "'", "error"});
        continue;
      }
      TrustVerdict verdict;
      std::string bundle_rel;
      switch (t.kind) {
        case TrustKind::bundle_path:
        case TrustKind::keystore:
        {
          const auto key = std::make_tuple(fs::path(file.file).parent_path().generic_string(), t.value, t.verify_depth);
          auto it = bundles.find(key);
          if (it == bundles.end()) {
            LoadedBundle b;
            std::optional<fs::path> p;
            // A container path that a compose volume maps to a tree folder: the mount decides first.
            if (!t.value.empty() && t.value[0] == '/')
              for (const auto& m : produced.mounted(t.value, file.file))
                if ((p = resolve_in_root(options_.root, m.location.file, m.tree_path))) {
                  b.mount = flow::Step{m.location, "mounted from " + m.tree_path};
                  break;
                }
            if (!p) p = resolve_in_root(options_.root, file.file, t.value);
            // An embedded file (ESP-IDF EMBED_TXTFILES) is named only by its file name: the one nearest to the code.
            if (!p && t.value.find('/') == std::string::npos)
              if (auto named = cert_files_by_name.find(t.value); named != cert_files_by_name.end())
                if (auto nearest = nearest_by_folder(named->second, file.file)) p = resolve_in_root(options_.root, "", *nearest);
            if (p) {
              b.verdict = oracle_.judge_bundle_path(*p, t.verify_depth, canonical_root);
              b.rel = fs::path(*p).lexically_relative(canonical_root).generic_string();
              b.found = true;
            }
            it = bundles.emplace(key, std::move(b)).first;
          }
          if (it->second.found) {
            verdict = it->second.verdict;
            bundle_rel = it->second.rel;
            if (it->second.mount) value_steps.push_back(*it->second.mount);
          } else if (const Download* d = produced.producing(t.value)) {
            // Not in the tree, but a build step downloads it: a URL where a known certificate is
            // published names its content.
            if (const ProfileCert* known = produced.published_at(d->url)) {
              verdict = oracle_.judge_bundle_bytes(known->pem, t.verify_depth);
              value_steps.push_back({d->location, "downloaded from " + d->url + " (where " + known->name + " is published)"});
            } else {
              verdict.kind = VerdictKind::unknown;
              verdict.reason = "'" + t.value + "' is downloaded at build time from " + d->url +
                               "; what that URL serves decides whether S3/CloudFront still verify";
              value_steps.push_back({d->location, "downloaded from " + d->url});
            }
          } else if (const ProfileCert* copy = system_store_copy(t.value, oracle_.profile())) {
            // The system store's file of one root, named by the distribution: that root alone.
            verdict = oracle_.judge_bundle_bytes(copy->pem, t.verify_depth);
            value_steps.push_back({t.location, "'" + t.value + "' is the system store's copy of " + copy->name});
          } else {
            verdict.kind = VerdictKind::unknown;
            verdict.reason = "'" + t.value + "' is not in the scanned tree; its contents decide whether S3/CloudFront still verify";
          }
          break;
        }
        case TrustKind::embedded_pem:
        case TrustKind::embedded_der: verdict = oracle_.judge_bundle_bytes(t.value, t.verify_depth); break;
        case TrustKind::pin_set: verdict = oracle_.judge_pins(t.values, VerdictPrefetch::pin_set_options(t)); break;
        case TrustKind::verify_disabled:
          verdict.reason = "certificate verification is disabled: insecure (any certificate is accepted), though it does not break on a CA change";
          break;
        case TrustKind::hostname_check_disabled:
          verdict.reason = "host name checking is disabled: insecure, though it does not break on a CA change";
          break;
        case TrustKind::user_ca_trusted:
          verdict.reason = "a CA installed by a user, an interception proxy or a device policy can read the traffic: insecure, though it does not break on a CA change";
          break;
        case TrustKind::bundle_added: verdict.kind = VerdictKind::accepts; verdict.reason = "adds to the system trust store"; break;
        case TrustKind::system_trust_replaced:
          verdict.reason = "system trust is replaced by a custom store; whether it holds the ATS anchors is decided by what is loaded into it";
          break;
        case TrustKind::custom_verify_callback:
          if (!t.callback_constants.empty()) {
            verdict = oracle_.judge_callback(t.callback_constants);
            if (verdict.kind != VerdictKind::unknown) break;
          }
          verdict.reason = "a custom verification callback decides trust; it breaks when it matches issuers, fingerprints or leaf keys";
          break;
        case TrustKind::unresolved: verdict.reason = "the trust value cannot be resolved statically"; break;
      }

      auto reached = endpoints_for(t, endpoint_index, &solver);
      const ReachedEndpoint* best = most_relevant(reached);
      EndpointReach reach = EndpointReach::none;
      if (best && (best->match.cls == EndpointClass::s3 || best->match.cls == EndpointClass::cloudfront) && best->match.affected())
        reach = EndpointReach::s3_or_cloudfront;
      else if (best && best->match.cls != EndpointClass::unknown)
        reach = EndpointReach::other_host;

      // Beyond the file: an S3/CloudFront endpoint that a flow connects to this setting, when that
      // would change the level. A setting that governs the AWS SDKs reaches S3 by definition.
      const AwsEndpoint* flow_endpoint = nullptr;
      std::vector<flow::Step> link_steps;
      bool by_definition = false;
      if (reach != EndpointReach::s3_or_cloudfront && verdict.kind != VerdictKind::accepts) {
        if (t.governs_aws) {
          by_definition = true;
        } else {
          if (auto hit = solver.link_to_targets(flow::Anchor{file.file, t.location, t.object, t.value_flow})) {
            flow_endpoint = &aws_endpoints[hit->target];
            link_steps = std::move(hit->link.steps);
          }
        }
        if (by_definition || flow_endpoint) reach = EndpointReach::s3_or_cloudfront;
      }
      // The material names its endpoint: a set that rejects and holds an intermediate of the
      // profile's old served chains was copied from an S3/CloudFront connection (`openssl s_client
      // -showcerts`), whatever host the code names beside it; a legacy root alone proves nothing
      // (Baltimore and DigiCert roots served many sites).
      const CertSummary* served_intermediate = nullptr;
      if (reach != EndpointReach::s3_or_cloudfront && verdict.kind == VerdictKind::rejects && !by_definition && !flow_endpoint)
        for (const auto& c : verdict.certificates)
          if (c.role == "legacy-intermediate") {
            served_intermediate = &c;
            reach = EndpointReach::s3_or_cloudfront;
            break;
          }
      // A rejecting set that holds a certificate issued to an S3/CloudFront host (its subject CN, e.g.
      // *.s3.amazonaws.com) was taken from that connection: it pins the service's old certificate.
      std::string served_leaf;
      if (reach != EndpointReach::s3_or_cloudfront && verdict.kind == VerdictKind::rejects && !by_definition && !flow_endpoint && !served_intermediate)
        for (const auto& c : verdict.certificates) {
          const std::string cn = subject_common_name(c.subject);
          if (cn.empty()) continue;
          const HostMatch& m = classes.classify(cn);
          if ((m.cls == EndpointClass::s3 || m.cls == EndpointClass::cloudfront) && m.affected()) {
            served_leaf = cn;
            reach = EndpointReach::s3_or_cloudfront;
            break;
          }
        }

      // No host at all (the URL arrives at run time): the names the code gives the setting are the
      // evidence left: the function that installs it, the certificate file, the identifier holding it.
      std::string named_by, named_service;
      if (reach == EndpointReach::none && verdict.kind == VerdictKind::rejects && !by_definition && !flow_endpoint && !served_intermediate &&
          served_leaf.empty()) {
        std::vector<std::string> names{solver.function_at(file.file, t.location)};
        if (!bundle_rel.empty()) names.push_back(fs::path(bundle_rel).filename().string());
        if (t.kind == TrustKind::bundle_path || t.kind == TrustKind::keystore) names.push_back(fs::path(t.value).filename().string());
        if (t.api == "certificate file") names.push_back(fs::path(file.file).filename().string());
        if (t.value_flow.kind == flow::ValueKind::name) names.push_back(t.value_flow.text);
        // The comment that documents the setting ("the root CA for TLS authentication with S3").
        if (!t.documented_for.empty()) names.push_back(t.documented_for);
        for (const auto& n : names)
          if (auto service = endpoint_named_by(n); !n.empty() && !service.empty()) {
            named_by = n;
            named_service = service;
            reach = EndpointReach::s3_or_cloudfront;
            break;
          }
      }
      // A README beside the certificate file that names it and an S3/CloudFront host documents what it is for.
      const flow::Producer* documented = nullptr;
      const std::string cert_file = t.api == "certificate file" ? file.file : bundle_rel;
      if (reach == EndpointReach::none && verdict.kind == VerdictKind::rejects && named_by.empty() && !by_definition && !flow_endpoint &&
          !served_intermediate && served_leaf.empty() && !cert_file.empty())
        for (const auto* p : produced.documenting(cert_file)) {
          const HostMatch& m = classes.classify(p->source);
          if ((m.cls == EndpointClass::s3 || m.cls == EndpointClass::cloudfront) && m.affected()) {
            documented = p;
            reach = EndpointReach::s3_or_cloudfront;
            break;
          }
        }

      Severity sev = decide_severity(t.kind, verdict.kind, reach);
      if (sev == Severity::none) continue;
      const bool lower = file.is_test_code && options_.lower_test_code;
      if (lower) sev = lowered(sev);
      sev = std::min(sev, rule->severity);  // the catalog's severity is the most this rule reports

      Finding f;
      f.rule_id = rule->id;
      f.severity = sev;
      f.location = t.location;
      f.location.file = file.file;
      f.confidence = t.confidence;
      f.evidence = short_evidence(t, verdict);
      const bool insecure_only = t.kind == TrustKind::verify_disabled || t.kind == TrustKind::hostname_check_disabled ||
                                 t.kind == TrustKind::user_ca_trusted;
      f.verdict = insecure_only ? verdict.reason : verdict.summary();
      std::string msg = rule->message;
      msg = substitute(msg, "{api}", t.api);
      msg = substitute(msg, "{evidence}", f.evidence);
      msg = substitute(msg, "{verdict}", f.verdict);
      const size_t message_base = msg.size();
      if (by_definition)
        msg += "; " + t.api + " is the AWS SDKs' own CA setting, used for every S3 request";
      else if (!named_by.empty())
        msg += "; '" + named_by + "' names " + named_service + ", and no other host is in sight";
      else if (documented)
        msg += "; " + documented->location.file + " documents it for '" + documented->source + "'";
      else if (served_intermediate)
        msg += "; it holds " + served_intermediate->known_name + ", an intermediate that S3/CloudFront served before the migration: the set was taken from their chain";
      else if (!served_leaf.empty())
        msg += "; it holds a certificate issued to '" + served_leaf + "', an S3/CloudFront host: the set was taken from that service";
      else if (flow_endpoint)
        msg += "; reaches " + std::string(to_string(flow_endpoint->match.cls)) + " endpoint '" + flow_endpoint->match.host + "' (" +
               flow_endpoint->match.tag + ") via " + flow_endpoint->fact->location.file + ":" + std::to_string(flow_endpoint->fact->location.line);
      else if (best && reach == EndpointReach::s3_or_cloudfront)
        msg += "; used with " + std::string(to_string(best->match.cls)) + " endpoint '" + best->match.host + "' (" + best->match.tag + ")";
      else if (best && reach == EndpointReach::other_host)
        msg += "; endpoint '" + best->match.host + "' is not S3/CloudFront";
      f.message = msg;
      f.fact_kind = t.kind;
      f.verdict_kind = verdict.kind;
      f.trust_file = bundle_rel;
      for (const auto& o : t.value_origins) {
        RelatedLocation rl{o, "value defined here"};
        if (std::find(f.related.begin(), f.related.end(), rl) == f.related.end()) f.related.push_back(rl);
      }
      if (!bundle_rel.empty() && bundle_rel != file.file) f.related.push_back({{bundle_rel, 0, 0, 0, 0}, "certificate file loaded here"});
      if (documented) f.related.push_back({documented->location, "documented for '" + documented->source + "' here"});
      for (const auto& s : value_steps) f.path.push_back({s.location, "value: " + s.message});
      if (flow_endpoint) {
        for (const auto& s : link_steps) f.path.push_back({s.location, s.message});
        for (const auto& s : flow_endpoint->host_steps) f.path.push_back({s.location, "host: " + s.message});
        // A host named by a parameter or macro at the endpoint: show what it resolves to.
        const std::string& named = flow_endpoint->fact->value;
        std::string shown = "'" + named + "'";
        if (!flow_endpoint->host_steps.empty() && named != flow_endpoint->match.host)
          shown = "'" + flow_endpoint->match.host + "' (" + named + " here)";
        f.related.push_back({flow_endpoint->fact->location,
                             std::string(to_string(flow_endpoint->match.cls)) + " endpoint " + shown + " reached through a flow"});
      } else if (best) {
        for (const auto* u : best->via) f.related.push_back({u->location, u->message.empty() ? "configured object used here" : u->message});
        std::string what = best->match.cls == EndpointClass::unknown ? "endpoint (not resolvable)" : std::string(to_string(best->match.cls)) + " endpoint";
        f.related.push_back({best->fact->location, what + " '" + best->fact->value + "'"});
      }
      if (reach == EndpointReach::s3_or_cloudfront) {
        const size_t index = pending.size();
        if (by_definition) governs_sdks.push_back(index);
        else if (flow_endpoint) governed_by[flow_endpoint->fact].push_back(index);
        else
          for (const auto& r : reached)
            if ((r.match.cls == EndpointClass::s3 || r.match.cls == EndpointClass::cloudfront) && r.match.affected())
              governed_by[r.fact].push_back(index);
      }
      // A set written over several lines: each pin that names a certificate the scan knows is reported on
      // its own line too (the intermediate that rotates, the root that carries the set), at the set's level.
      if (t.kind == TrustKind::pin_set && t.values.size() > 1 && t.value_locations.size() == t.values.size())
        for (size_t i = 0; i < t.values.size(); ++i) {
          const Location& at = t.value_locations[i];
          if (at.line == 0 || at.line == t.location.line) continue;
          const TrustVerdict one = oracle_.judge_pins({t.values[i]}, PinSetOptions{t.leaf_only_pins, "", t.declared_pins, ""});
          if (one.certificates.empty() || one.certificates.front().role == "unknown") continue;
          const CertSummary& c = one.certificates.front();
          Finding g;
          g.rule_id = f.rule_id;
          g.severity = f.severity;
          g.location = at;
          g.location.file = file.file;
          g.confidence = f.confidence;
          g.evidence = t.values[i];
          g.verdict = f.verdict;
          std::string m = rule->message;
          m = substitute(m, "{api}", t.api + ", one pin of the set at line " + std::to_string(t.location.line));
          m = substitute(m, "{evidence}", g.evidence);
          m = substitute(m, "{verdict}", "this pin is " + c.known_name + " (" + c.role + "); the set: " + f.verdict);
          g.message = m + f.message.substr(message_base);
          g.fact_kind = t.kind;
          g.verdict_kind = verdict.kind;
          g.related.push_back({f.location, "the pin set this pin belongs to"});
          auto [it, fresh] = pin_line_at.emplace(std::make_pair(g.location.file, at.line), pin_lines.size());
          if (fresh) pin_lines.push_back(std::move(g));
          else if (g.severity > pin_lines[it->second].severity) pin_lines[it->second] = std::move(g);
        }
      pending.push_back({std::move(f), &original, bundle_rel, reach == EndpointReach::s3_or_cloudfront, verdict.kind, lower, message_base, &file});
    }
  }

  // A certificate file found in the tree is raised when code or config that talks to S3/CloudFront loads it:
  // to error, one level lower when the file or its loader is test code (the demotion holds here too).
  std::map<std::string, const Pending*> aws_users;
  for (const auto& p : pending)
    if (p.aws && !p.bundle_rel.empty() && p.bundle_rel != p.finding.location.file) aws_users.emplace(p.bundle_rel, &p);
  for (auto& p : pending) {
    if (p.trust->api == "certificate file") {
      auto it = aws_users.find(p.finding.location.file);
      if (it != aws_users.end() && p.verdict != VerdictKind::accepts) {
        const bool test = p.lowered_as_test || it->second->lowered_as_test;
        const Severity raised = std::min(test ? lowered(Severity::error) : Severity::error, catalog_.find(p.trust->rule_id)->severity);
        p.finding.severity = std::max(p.finding.severity, raised);
        p.finding.related.push_back({it->second->finding.location, "loaded by a client that talks to S3/CloudFront"});
        // The loader is the stronger evidence: it replaces what the file's own content or name suggested.
        p.finding.message.resize(p.message_base);
        p.finding.message += "; loaded by " + it->second->finding.location.file + " for S3/CloudFront";
      }
    }
  }
  // A certificate literal that a trust call of its file consumes through a name (a constant, a variable)
  // is reported at the level of the strongest such call, with the call as a related location: the
  // literal is what gets replaced, and alone it would not know the call's endpoint.
  std::map<std::string, std::vector<const Pending*>> consumers_by_file;
  for (const auto& p : pending)
    if (!p.trust->value_origins.empty()) consumers_by_file[p.finding.location.file].push_back(&p);
  for (auto& p : pending) {
    if (p.trust->api != "literal") continue;
    auto it = consumers_by_file.find(p.finding.location.file);
    if (it == consumers_by_file.end()) continue;
    const Location& at = p.trust->location;
    const Pending* strongest = nullptr;
    for (const Pending* q : it->second) {
      if (q == &p) continue;
      const bool consumes = std::any_of(q->trust->value_origins.begin(), q->trust->value_origins.end(), [&](const Location& o) {
        return o.line <= at.line && o.end_line >= at.end_line;
      });
      if (!consumes) continue;
      RelatedLocation rl{q->finding.location, "used as trust here"};
      if (std::find(p.finding.related.begin(), p.finding.related.end(), rl) == p.finding.related.end()) p.finding.related.push_back(rl);
      if (!strongest || q->finding.severity > strongest->finding.severity) strongest = q;
    }
    if (strongest && strongest->finding.severity > p.finding.severity) {
      p.finding.severity = strongest->finding.severity;
      p.finding.message.resize(p.message_base);
      p.finding.message += "; used as trust at " + strongest->finding.location.file + ":" + std::to_string(strongest->finding.location.line) +
                           strongest->finding.message.substr(strongest->message_base);
    }
  }
  // Every S3/CloudFront connection of the scan, once per line, with the trust that governs it.
  std::vector<Finding> endpoint_notes;
  if (const Rule* rule = catalog_.find(rule_ids::kS3Endpoint)) {
    std::set<std::pair<std::string, int>> noted;         // (file, line)
    std::set<std::pair<std::string, std::string>> hosts;  // (file, host) of literals
    std::vector<const AwsEndpoint*> order;
    for (const auto& ep : aws_endpoints) order.push_back(&ep);
    for (const auto& ep : named_endpoints) order.push_back(&ep);
    stable_sort_vector(order, [](const AwsEndpoint* a, const AwsEndpoint* b) {
      return std::tie(a->file->file, a->fact->location.line) < std::tie(b->file->file, b->fact->location.line);
    });
    // The S3-linked trust settings of each file, by line, for the search below.
    constexpr int kMaxGovernorTries = 16;
    std::map<const FileFacts*, std::vector<size_t>> aws_settings;
    for (size_t i = 0; i < pending.size(); ++i)
      if (pending[i].aws) aws_settings[pending[i].file].push_back(i);
    for (auto& [file, list] : aws_settings)
      stable_sort_vector(list, [&](size_t a, size_t b) { return pending[a].trust->location.line < pending[b].trust->location.line; });
    std::set<const FileFacts*> capped_files;
    // A table of hosts (a region map, a list of accepted hosts) is one note at its first line.
    constexpr int kTableGap = 8;
    size_t table_head = 0;
    int table_last_line = -1;
    int table_more = 0;
    const FileFacts* table_file = nullptr;
    auto close_table = [&] {
      if (table_more > 0)
        endpoint_notes[table_head].message += "; " + std::to_string(table_more) + " more S3/CloudFront host(s) follow on the next lines";
      table_more = 0;
      table_file = nullptr;
    };
    for (const AwsEndpoint* epp : order) {
      const AwsEndpoint& ep = *epp;
      const EndpointFact& e = *ep.fact;
      if (ep.file->is_test_code && options_.lower_test_code) continue;  // a note one level lower is none
      if (!connection_shaped(e, ep.host_steps.empty() ? ep.text : e.value)) continue;
      if (noted.count({ep.file->file, e.location.line})) continue;
      const bool literal = ep.host_steps.empty() && (e.api == "string literal" || e.api == "macro");
      if (literal) {
        // Entries of a table may span a few lines each (a map of region structs, comments between).
        if (table_file == ep.file && e.location.line <= table_last_line + kTableGap) {
          table_last_line = e.location.line;
          ++table_more;
          continue;
        }
        // The same host written again in the file: its first place stands for it.
        if (!hosts.insert({ep.file->file, ep.match.host}).second) continue;
      }
      noted.insert({ep.file->file, e.location.line});
      close_table();
      if (literal) {
        table_file = ep.file;
        table_head = endpoint_notes.size();
        table_last_line = e.location.line;
      }
      std::vector<size_t> governors;
      if (auto it = governed_by.find(&e); it != governed_by.end()) governors = it->second;
      if (e.implied) governors.insert(governors.end(), governs_sdks.begin(), governs_sdks.end());
      // A setting of the same file linked to a nearer endpoint (the judge keeps one per setting) may
      // govern this one too: a flow between the two decides. The settings nearest in the file are
      // tried, at most kMaxGovernorTries: trying every pair is quadratic in a file with thousands of
      // endpoints and settings, and a setting far away is seldom the one a connection uses.
      if (governors.empty())
        if (auto list = aws_settings.find(ep.file); list != aws_settings.end()) {
          const std::vector<size_t>& near = list->second;
          auto line_of = [&](size_t k) { return pending[near[k]].trust->location.line; };
          size_t hi = static_cast<size_t>(std::partition_point(near.begin(), near.end(), [&](size_t i) {
                                            return pending[i].trust->location.line < e.location.line;
                                          }) - near.begin());
          size_t lo = hi;  // candidates: near[lo-1] going up, near[hi] going down
          int tries = 0;
          while ((lo > 0 || hi < near.size()) && tries < kMaxGovernorTries) {
            const bool take_hi = lo == 0 || (hi < near.size() && line_of(hi) - e.location.line <= e.location.line - line_of(lo - 1));
            const size_t i = take_hi ? near[hi++] : near[--lo];
            ++tries;
            const TrustFact& t = *pending[i].trust;
            if (solver.link(flow::Anchor{ep.file->file, t.location, t.object, t.value_flow},
                            flow::Anchor{ep.file->file, e.location, e.object, e.value_flow}))
              governors.push_back(i);
          }
          if (tries == kMaxGovernorTries && (lo > 0 || hi < near.size()) && capped_files.insert(ep.file).second)
            notes.push_back({ep.file->file,
                             "ats-s3-endpoint: for an endpoint no trust setting is linked to, the " + std::to_string(kMaxGovernorTries) +
                                 " nearest of the file's " + std::to_string(near.size()) + " S3-linked trust settings were tried for a flow, not all",
                             "note"});
        }
      std::sort(governors.begin(), governors.end(), [&](size_t a, size_t b) {
        const Finding& fa = pending[a].finding;
        const Finding& fb = pending[b].finding;
        return std::tie(fb.severity, fa.location.file, fa.location.line) < std::tie(fa.severity, fb.location.file, fb.location.line);
      });
      governors.erase(std::unique(governors.begin(), governors.end()), governors.end());
      Finding f;
      f.rule_id = rule->id;
      f.severity = std::min(Severity::note, rule->severity);
      f.location = e.location;
      f.location.file = ep.file->file;
      f.confidence = "high";
      f.evidence = ep.match.host;
      std::string governed;
      if (governors.empty() && e.api.ends_with("_pass")) {
        governed = "no " + e.api.substr(0, e.api.size() - 4) + "ssl_verify on in sight: nginx does not verify the upstream's certificate by default, so a CA change does not break it";
        f.verdict = "nginx default (upstream certificate not verified)";
      } else if (governors.empty()) {
        governed = "no trust setting of the scan is linked to it, so the platform's default trust store governs it as far as the scan sees";
        f.verdict = "system trust";
      } else {
        const Finding& g = pending[governors.front()].finding;
        governed = "governed by " + g.rule_id + " at " + g.location.file + ":" + std::to_string(g.location.line) + " (" +
                   std::string(to_string(g.severity)) + ": " + g.verdict + ")";
        if (governors.size() > 1) governed += " and " + std::to_string(governors.size() - 1) + " more trust setting(s)";
        f.verdict = g.verdict;
        for (size_t i : governors) {
          const Finding& gi = pending[i].finding;
          f.related.push_back({gi.location, "trust that governs this connection (" + gi.rule_id + ", " + std::string(to_string(gi.severity)) + ")"});
        }
      }
      std::string msg = rule->message;
      const bool cf = ep.match.cls == EndpointClass::cloudfront;
      msg = substitute(msg, "{service}", cf ? "CloudFront" : "S3");
      msg = substitute(msg, "{host}", ep.match.host);
      msg = substitute(msg, "{tag}", ep.match.tag);
      msg = substitute(msg, "{governed}", governed);
      f.message = msg;
      f.fact_kind = TrustKind::unresolved;
      f.verdict_kind = governors.empty() ? VerdictKind::accepts : pending[governors.front()].verdict;
      for (const auto& s : ep.host_steps) f.path.push_back({s.location, "host: " + s.message});
      endpoint_notes.push_back(std::move(f));
    }
    close_table();
  }
  // Moved out only after every link is made: a loader may sort before the file it loads.
  for (auto& n : solver.notifications()) notes.push_back(std::move(n));
  const auto teardown = std::chrono::steady_clock::now();
  solver_seconds_ = solver.seconds();
  solver_shape_ = {solver.build_seconds(), 0, solver.node_count(), solver.edge_count(), solver.visited_node_count(), solver.visited_files()};
  solver_owner.reset();
  solver_shape_.teardown_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - teardown).count();
  solver_seconds_ += solver_shape_.teardown_seconds;
  std::vector<Finding> out;
  for (auto& p : pending) {
    out.push_back(std::move(p.finding));
  }
  for (auto& f : pin_lines) out.push_back(std::move(f));
  for (auto& f : endpoint_notes) out.push_back(std::move(f));
  return out;
}

}  // namespace atscan
