#pragma once
// The fixed findings every reporter test formats: one per severity, a whole-file location, a
// suppressed finding, a fix, related locations, and text that needs escaping in every format.
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/model/finding.h"
#include "core/report/reporter.h"

namespace atscan::test {

inline Catalog sample_catalog() { return Catalog::load(ATSCAN_SOURCE_DIR "/tests/unit/report/catalog/rules"); }

inline std::vector<Finding> sample_findings() {
  std::vector<Finding> out;

  Finding pin;
  pin.rule_id = "ats-certificate-pinning";
  pin.severity = Severity::error;
  pin.message = "certificate pinning (CertificatePinner): leaf pin, breaks at renewal";
  pin.location = {"src/client.py", 12, 5, 12, 40};
  pin.evidence = "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  pin.verdict = "REJECTS: leaf pin";
  pin.related = {{{"src/client.py", 20, 3, 20, 30}, "request to s3.amazonaws.com"}};
  pin.fingerprint = "1111aaaa";
  pin.snippet = "pinner.add(\"s3.amazonaws.com\", PIN)";
  pin.fix = Fix{"remove the pin", {{{"src/client.py", 12, 5, 12, 40}, ""}}};
  out.push_back(pin);

  Finding bundle;
  bundle.rule_id = "ats-custom-ca-bundle";
  bundle.severity = Severity::warning;
  bundle.message = "custom CA bundle \"certs/ca.pem\", 100% custom: <replaces> & more\nsecond line";
  bundle.location = {"config/app settings.yaml", 3, 1, 0, 0};
  bundle.evidence = "certs/ca.pem";
  bundle.verdict = "REJECTS: only legacy roots";
  bundle.fingerprint = "2222bbbb";
  bundle.confidence = "low";
  out.push_back(bundle);

  Finding off;
  off.rule_id = "ats-verification-disabled";
  off.severity = Severity::note;
  off.message = "verification disabled (InsecureSkipVerify)";
  off.location = {"src/z.go", 7, 2, 7, 26};
  off.evidence = "InsecureSkipVerify: true";
  off.fingerprint = "3333cccc";
  off.suppression = Suppression{"inSource", "test server only"};
  out.push_back(off);

  Finding pem;
  pem.rule_id = "ats-embedded-certificate";
  pem.severity = Severity::warning;
  pem.message = "embedded certificate Baltimore CyberTrust Root";
  pem.location = {"certs/legacy.pem", 0, 0, 0, 0};
  pem.evidence = "Baltimore CyberTrust Root";
  pem.fingerprint = "4444dddd";
  pem.fix = Fix{"replace with the ATS roots", {{{"certs/legacy.pem", 0, 0, 0, 0}, "-----BEGIN CERTIFICATE-----\n"}}};
  out.push_back(pem);

  sort_findings(out);
  return out;
}

inline ReportContext sample_context(const Catalog& catalog) {
  ReportContext ctx;
  ctx.catalog = &catalog;
  ctx.root = "/src/my project";
  ctx.notifications = {{"big.bin", "skipped: larger than 4M", "note"}, {"", "no .gitignore", "warning"}};
  ctx.summary.files_scanned = 10;
  ctx.summary.files_skipped = 1;
  ctx.summary.suppressed = 1;
  ctx.tool_version = "9.9.9";
  return ctx;
}

}  // namespace atscan::test
