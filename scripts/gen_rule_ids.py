#!/usr/bin/env python3
"""Generates the C++ header of the rule catalog (rule ids, default severities, languages) from
rules/*.yaml at build time, so no rule id is typed by hand in C++.

usage: gen_rule_ids.py OUTPUT.h rules/ats-a.yaml ... [--queries rules/queries/x/y.scm ...]
A `#set! rule "…"` naming no catalog rule in a query file fails the build (tests/unit/core/catalog_lint_test.cpp
checks the rest: fixtures per rule, query file names).
"""
import os
import re
import sys

import yaml


def constant(rule_id):
    # ats-custom-ca-bundle -> kCustomCaBundle
    return "k" + "".join(part.capitalize() for part in rule_id[len("ats-"):].split("-"))


def main():
    args = sys.argv[2:]
    queries = args[args.index("--queries") + 1:] if "--queries" in args else []
    sources = sorted(args[: args.index("--queries")] if "--queries" in args else args)
    out = sys.argv[1]
    rules = []
    for path in sources:
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        rule_id = doc.get("id", "")
        stem = os.path.splitext(os.path.basename(path))[0]
        if rule_id != stem or not rule_id.startswith("ats-"):
            sys.exit(f"{path}: id '{rule_id}' must be the file name and start with ats-")
        severity = doc.get("severity", "")
        if severity not in ("error", "warning", "note"):
            sys.exit(f"{path}: severity '{severity}' is not error, warning or note")
        rules.append((rule_id, severity, [str(x) for x in doc.get("languages", [])]))
    rules.sort()
    known = {r[0] for r in rules}
    bad = []
    for q in sorted(queries):
        with open(q, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                for rid in re.findall(r'#set!\s+rule\s+"([^"]*)"', line):
                    if rid not in known:
                        bad.append(f"{q}:{n}: #set! rule \"{rid}\" is not in rules/*.yaml")
    if bad:
        sys.exit("\n".join(bad))
    clang = [r for r in rules if "c" in r[2] or "cpp" in r[2]]
    lines = [
        "// Generated from rules/*.yaml by scripts/gen_rule_ids.py at build time: do not edit.",
        "#pragma once",
        "#include <array>",
        "#include <string_view>",
        "",
        "#include \"core/model/severity.h\"",
        "",
        "namespace atscan::rule_ids {",
        "",
    ]
    for rule_id, severity, _ in rules:
        lines.append(f"inline constexpr char {constant(rule_id)}[] = \"{rule_id}\";")
    lines += [
        "",
        "struct CatalogDefault {",
        "  std::string_view id;",
        "  Severity severity;  // the highest level the judge reports for this rule",
        "};",
        "",
        f"inline constexpr std::array<CatalogDefault, {len(rules)}> kAll = {{{{",
    ]
    for rule_id, severity, _ in rules:
        lines.append(f"    {{{constant(rule_id)}, Severity::{severity}}},")
    lines += [
        "}};",
        "",
        "// Rules whose `languages` include c or cpp: the Clang doors' checks.",
        f"inline constexpr std::array<std::string_view, {len(clang)}> kCAndCpp = {{"
        + ", ".join(constant(r[0]) for r in clang) + "};",
        "",
        "}  // namespace atscan::rule_ids",
        "",
    ]
    text = "\n".join(lines)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    try:
        with open(out, encoding="utf-8") as f:
            if f.read() == text:
                return  # unchanged: keep the timestamp, nothing recompiles
    except OSError:
        pass
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
