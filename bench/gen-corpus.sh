#!/usr/bin/env bash
# Generates a synthetic source tree for the end-to-end benchmark (bench/run.sh).
#   bench/gen-corpus.sh FILES MEGABYTES OUTDIR
# Mostly code-like filler with none of the catalog's trigger literals (checked against rules/*.yaml,
# case-insensitively), plus planted findings (6 files per 1,000, 300 in a 50k tree): `requests.get(url, verify=False)` lines in
# .py files and PEM certificate blocks (real ATS roots from rules/profiles/aws-ats) in .py and .pem files.
# Deterministic (fixed seed). The planted counts are written to OUTDIR.planted.
set -euo pipefail
files=${1:?usage: gen-corpus.sh FILES MEGABYTES OUTDIR}
megabytes=${2:?usage: gen-corpus.sh FILES MEGABYTES OUTDIR}
out=${3:?usage: gen-corpus.sh FILES MEGABYTES OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
src=$(dirname "$here")
rm -rf "$out"
mkdir -p "$out"
exec python3 - "$files" "$megabytes" "$out" "$src" <<'PY'
import glob, os, random, re, sys

files, megabytes, out, src = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(20261129)

# Trigger literals of every rule: the filler must contain none of them.
sys.path.insert(0, os.path.join(src, "bench", "lib"))
from rg_triggers import trigger_literals
triggers = {t.lower() for t in trigger_literals(os.path.join(src, "rules"))}

words = ("alpha beta gamma delta omega index count total value items result buffer offset limit "
         "parse render update select insert append remove filter reduce window table column "
         "record stream handle option config logger metric sample widget layout packet").split()
templates = {
    ".py": ["def {a}_{b}({c}, {d}):", "    {a} = {b}({c}) + {n}", "    return {a}_{b}", "# {a} {b} {c} {d}",
            "class {A}{B}:", "    {a}s = [{c} for {c} in {d}s if {c} > {n}]", "import {a}", ""],
    ".js": ["function {a}{B}({c}, {d}) {{", "  const {a} = {b}({c}) + {n};", "  return {a}.{b};", "}}",
            "// {a} {b} {c}", "export const {a} = {{ {b}: {n} }};", ""],
    ".go": ["func {A}{B}({c} int, {d} string) int {{", "\t{a} := {b}({c}) + {n}", "\treturn {a}", "}}",
            "// {A} {b} {c}", "var {a}{B} = {n}", ""],
    ".java": ["public int {a}{B}(int {c}) {{", "    int {a} = {b}({c}) + {n};", "    return {a};", "}}",
              "// {a} {b} {c} {d}", "private final long {a}{B} = {n}L;", ""],
    ".c": ["static int {a}_{b}(int {c}) {{", "  int {a} = {b}({c}) + {n};", "  return {a};", "}}",
           "/* {a} {b} {c} */", "#define {A}_{B} {n}", ""],
    ".md": ["# {A} {b}", "The {a} of the {b} is {n} {c}s.", "- {a}: {b}", ""],
    ".txt": ["{a} {b} {c} {d} {n}", "{A}: {b}-{c}", ""],
}
exts = list(templates)

def line(tpl):
    a, b, c, d = (rng.choice(words) for _ in range(4))
    return tpl.format(a=a, b=b, c=c, d=d, A=a.capitalize(), B=b.capitalize(), n=rng.randrange(1000))

# One block of filler lines per extension; files are slices of it starting at a line boundary.
blocks = {}
for ext, tpls in templates.items():
    lines = []
    size = 0
    while size < 256 * 1024:
        l = line(rng.choice(tpls))
        low = l.lower()
        if any(t in low for t in triggers):
            continue
        lines.append(l + "\n")
        size += len(l) + 1
    text = "".join(lines)
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    blocks[ext] = (text, starts[:-1])

pems = []
for path in sorted(glob.glob(os.path.join(src, "rules", "profiles", "aws-ats", "*.pem"))):
    body = open(path, encoding="ascii").read()
    for m in re.finditer(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\n?", body, re.S):
        pems.append(m.group(0).rstrip("\n") + "\n")
if not pems:
    sys.exit("gen-corpus: no PEM certificates under rules/profiles/aws-ats")

def filler(ext, size):
    text, starts = blocks[ext]
    out = []
    while size > 0:
        s = rng.choice(starts)
        piece = text[s:s + size]
        cut = piece.rfind("\n")
        piece = piece[:cut + 1] if cut >= 0 else piece + "\n"
        out.append(piece)
        size -= len(piece)
    return "".join(out)

mean = megabytes * 1024 * 1024 // files
planted_verify = planted_pem_py = planted_pem_files = 0
# 6 planted files per 1,000 (300 in a 50,000-file tree): the same density at every size.
targets = set(rng.sample(range(files), max(1, files * 6 // 1000)))
for i in range(files):
    d = i // 40
    sub = os.path.join(out, "pkg%03d" % (d // 100), "mod%02d" % (d // 10 % 10), "part%d" % (d % 10))
    if i % 40 == 0:
        os.makedirs(sub, exist_ok=True)
    size = max(200, int(rng.expovariate(1.0 / mean))) if i % 5 else mean  # skewed sizes, same mean
    size = min(size, 2 * 1024 * 1024)
    ext = exts[i % len(exts)]
    kind = rng.choice(["verify", "verify", "pem_py", "pem_file"]) if i in targets else None
    body = filler(".py" if kind in ("verify", "pem_py") else ext, size)
    if kind == "pem_file":
        ext, body = ".pem", rng.choice(pems)
        planted_pem_files += 1
    elif kind == "verify":
        ext = ".py"
        cut = body.find("\n", len(body) // 2) + 1
        body = body[:cut] + "def fetch_data(url):\n    return requests.get(url, verify=False)\n" + body[cut:]
        body = "import requests\n" + body
        planted_verify += 1
    elif kind == "pem_py":
        ext = ".py"
        body = 'ROOT_CA = """' + rng.choice(pems) + '"""\n' + body
        planted_pem_py += 1
    with open(os.path.join(sub, "file%06d%s" % (i, ext)), "w", encoding="ascii") as f:
        f.write(body)

with open(out.rstrip("/") + ".planted", "w") as f:
    f.write("verify=False lines in .py: %d\nPEM blocks in .py: %d\n.pem files: %d\n" %
            (planted_verify, planted_pem_py, planted_pem_files))
print("gen-corpus: %d files, ~%d MB in %s (planted: %d verify=False, %d PEM in .py, %d .pem files)" %
      (files, megabytes, out, planted_verify, planted_pem_py, planted_pem_files))
PY
