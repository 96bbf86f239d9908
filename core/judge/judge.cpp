#include "core/judge/judge.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/judge/bundle_resolver.h"
#include "core/judge/endpoint_context.h"
#include "core/judge/severity_policy.h"

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
  };
  std::vector<Pending> pending;
  std::set<std::string> unknown_rules;

  for (const auto& file : files) {
    for (const auto& t : file.trust) {
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
          if (auto p = resolve_in_root(options_.root, file.file, t.value)) {
            verdict = oracle_.judge_bundle_path(*p, t.verify_depth);
            std::error_code ec;
            bundle_rel = fs::path(*p).lexically_relative(fs::weakly_canonical(options_.root, ec)).generic_string();
          } else {
            verdict.kind = VerdictKind::unknown;
            verdict.reason = "'" + t.value + "' is not in the scanned tree; its contents decide whether S3/CloudFront still verify";
          }
          break;
        case TrustKind::embedded_pem:
        case TrustKind::embedded_der: verdict = oracle_.judge_bundle_bytes(t.value, t.verify_depth); break;
        case TrustKind::pin_set: verdict = oracle_.judge_pins(t.values, PinSetOptions{t.leaf_only_pins, t.expiration}); break;
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
          verdict.reason = "a custom verification callback decides trust; it breaks when it matches issuers, fingerprints or leaf keys";
          break;
        case TrustKind::unresolved: verdict.reason = "the trust value cannot be resolved statically"; break;
      }

      auto reached = endpoints_for(t, file, hosts_);
      const ReachedEndpoint* best = most_relevant(reached);
      EndpointReach reach = EndpointReach::none;
      if (best && (best->match.cls == EndpointClass::s3 || best->match.cls == EndpointClass::cloudfront) && best->match.affected())
        reach = EndpointReach::s3_or_cloudfront;
      else if (best && best->match.cls != EndpointClass::unknown)
        reach = EndpointReach::other_host;

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
      if (best && reach == EndpointReach::s3_or_cloudfront)
        msg += "; used with " + std::string(to_string(best->match.cls)) + " endpoint '" + best->match.host + "' (" + best->match.tag + ")";
      else if (best && reach == EndpointReach::other_host)
        msg += "; endpoint '" + best->match.host + "' is not S3/CloudFront";
      f.message = msg;
      for (const auto& o : t.value_origins) {
        RelatedLocation rl{o, "value defined here"};
        if (std::find(f.related.begin(), f.related.end(), rl) == f.related.end()) f.related.push_back(rl);
      }
      if (!bundle_rel.empty() && bundle_rel != file.file) f.related.push_back({{bundle_rel, 0, 0, 0, 0}, "certificate file loaded here"});
      if (best) {
        for (const auto* u : best->via) f.related.push_back({u->location, u->message.empty() ? "configured object used here" : u->message});
        std::string what = best->match.cls == EndpointClass::unknown ? "endpoint (not resolvable)" : std::string(to_string(best->match.cls)) + " endpoint";
        f.related.push_back({best->fact->location, what + " '" + best->fact->value + "'"});
      }
      pending.push_back({std::move(f), &t, bundle_rel, reach == EndpointReach::s3_or_cloudfront, verdict.kind, lower});
    }
  }

  // A certificate file found in the tree is raised when code or config that talks to S3/CloudFront loads it:
  // to error, one level lower when the file or its loader is test code (the demotion holds here too).
  std::map<std::string, const Pending*> aws_users;
  for (const auto& p : pending)
    if (p.aws && !p.bundle_rel.empty()) aws_users.emplace(p.bundle_rel, &p);
  for (auto& p : pending) {
    if (p.trust->api == "certificate file") {
      auto it = aws_users.find(p.finding.location.file);
      if (it != aws_users.end() && p.verdict != VerdictKind::accepts) {
        const bool test = p.lowered_as_test || it->second->lowered_as_test;
        const Severity raised = std::min(test ? lowered(Severity::error) : Severity::error, catalog_.find(p.trust->rule_id)->severity);
        p.finding.severity = std::max(p.finding.severity, raised);
        p.finding.related.push_back({it->second->finding.location, "loaded by a client that talks to S3/CloudFront"});
        p.finding.message += "; loaded by " + it->second->finding.location.file + " for S3/CloudFront";
      }
    }
  }
  // Moved out only after every link is made: a loader may sort before the file it loads.
  std::vector<Finding> out;
  for (auto& p : pending) {
    out.push_back(std::move(p.finding));
  }
  return out;
}

}  // namespace atscan
