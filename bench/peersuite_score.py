#!/usr/bin/env python3
"""Per-source tables for bench/peersuite.sh, scored by the suite's own check_expect.py.

Usage: peersuite_score.py CHECK_EXPECT.py SUITE_DIR RESULT.sarif ATSCAN
Buckets: expect.tsv positives (warning/error: found = a warning or error within 3 lines) and
negatives (none: flagged = a warning or error within 2 lines); expect-offtopic.tsv (must stay silent);
expect-ambiguous.tsv (reported, not judged). Prints Markdown.
"""
import collections, os, re, subprocess, sys, tempfile


def rows(path):
    out = []
    if not os.path.exists(path):
        return out
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p, l, lv = line.rstrip("\n").split("\t")[:3]
        out.append((p, int(l), lv))
    return out


def held(check, suite, sarif, source, subset):
    """(holds, fail lines) for these rows, as check_expect.py counts them."""
    if not subset:
        return 0, []
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
        f.write("# path\tline\tlevel\n")
        for p, l, lv in subset:
            f.write(f"{p}\t{l}\t{lv}\n")
        name = f.name
    try:
        r = subprocess.run([sys.executable, check, suite, sarif, "--extra", name, "--only", source + "/"],
                           capture_output=True, text=True)
    finally:
        os.unlink(name)
    m = re.search(r"hidden: (\d+)/(\d+)", r.stdout)
    if not m or int(m.group(2)) != len(subset):
        sys.exit(f"peersuite_score: check_expect.py gave no count for {source}:\n{r.stdout}{r.stderr}")
    return int(m.group(1)), [l for l in r.stdout.splitlines() if l.startswith("FAIL ")]


def pct(a, b):
    return f"{100.0 * a / b:.1f}%" if b else "–"


def main():
    check, suite, sarif, atscan = sys.argv[1:5]
    expect = rows(os.path.join(suite, "expect.tsv"))
    off = rows(os.path.join(suite, "expect-offtopic.tsv"))
    amb = rows(os.path.join(suite, "expect-ambiguous.tsv"))
    src = lambda r: r[0].split("/", 1)[0]
    sources = sorted({src(r) for r in expect + off + amb})
    version = subprocess.run([atscan, "--version"], capture_output=True, text=True).stdout.strip()
    print("# Peer suite: the peers' TLS-trust tests, scored per source\n")
    print(f"`bench/peersuite.sh` ({version or 'atscan'}; scan with `--test-code-same-level`; scored by the suite's "
          "`check_expect.py`). Acceptance per source: ≥ 95% of positives found at warning or above, ≤ 2% of "
          "negatives flagged, off-topic lines silent.\n")
    print("| source | positives found | negatives flagged | off-topic flagged | ambiguous + found | ambiguous − flagged | pass |")
    print("|---|---|---|---|---|---|---|")
    tot = collections.Counter()
    misses = []
    for s in sources:
        pos = [r for r in expect if src(r) == s and r[2] in ("warning", "error", "warnonly")]
        neg = [r for r in expect if src(r) == s and r[2] == "none"]
        offs = [r for r in off if src(r) == s]
        apos = [(p, l, "warning") for p, l, lv in amb if p.split("/", 1)[0] == s and lv != "none"]
        aneg = [r for r in amb if src(r) == s and r[2] == "none"]
        pf, pfail = held(check, suite, sarif, s, pos)
        nh, nfail = held(check, suite, sarif, s, neg)
        oh, ofail = held(check, suite, sarif, s, offs)
        af, _ = held(check, suite, sarif, s, apos)
        anh, _ = held(check, suite, sarif, s, aneg)
        nf, of, anf = len(neg) - nh, len(offs) - oh, len(aneg) - anh
        ok = (not pos or pf / len(pos) >= 0.95) and (not neg or nf / len(neg) <= 0.02) and of == 0
        print(f"| {s} | {pf}/{len(pos)} ({pct(pf, len(pos))}) | {nf}/{len(neg)} ({pct(nf, len(neg))}) | "
              f"{of}/{len(offs)} | {af}/{len(apos)} | {anf}/{len(aneg)} | {'yes' if ok else 'no'} |")
        tot.update(pf=pf, p=len(pos), nf=nf, n=len(neg), of=of, o=len(offs), af=af, ap=len(apos), anf=anf, an=len(aneg))
        misses += [("missed positive", l) for l in pfail] + [("flagged negative", l) for l in nfail] + \
                  [("flagged off-topic", l) for l in ofail]
    t = tot
    print(f"| **all** | {t['pf']}/{t['p']} ({pct(t['pf'], t['p'])}) | {t['nf']}/{t['n']} ({pct(t['nf'], t['n'])}) | "
          f"{t['of']}/{t['o']} | {t['af']}/{t['ap']} | {t['anf']}/{t['an']} | |")
    print("\n## Misses\n")
    if not misses:
        print("None.")
    for kind, line in misses:
        print(f"- {kind}: `{line[5:]}`")


main()
