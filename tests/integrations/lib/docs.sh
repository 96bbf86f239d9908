# Shared by the docs-*.sh integration tests: extract examples from docs/integrations/*.md and run them
# against a small fixture project. Sourced, not run.

# extract_block DOC MARKER: the fenced block whose first line is `# MARKER` (the marker line included).
extract_block() {
  python3 - "$1" "$2" <<'PY'
import re, sys
doc, marker = sys.argv[1], sys.argv[2]
text = open(doc, encoding="utf-8").read()
for m in re.finditer(r"^```[^\n]*\n(.*?)^```", text, re.S | re.M):
    body = m.group(1)
    if body.splitlines() and body.splitlines()[0].strip() == "# " + marker:
        sys.stdout.write(body)
        sys.exit(0)
sys.exit("no fenced block starting with '# %s' in %s" % (marker, doc))
PY
}

# yaml_runs FILE KEY...: every shell line the YAML example runs, one per line (GitHub `run:` steps that
# call atscan, or GitLab `script:` entries of every job), with ${{ … }} left for the caller to substitute.
yaml_runs() {
  python3 - "$@" <<'PY'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
out = []
if "jobs" in doc:  # GitHub Actions
    for job in doc["jobs"].values():
        for step in job.get("steps", []):
            run = step.get("run")
            if run and run.lstrip().startswith("atscan "):
                out.append(run.strip())
else:  # GitLab CI
    for name, job in doc.items():
        if isinstance(job, dict) and "script" in job:
            out.extend(s.strip() for s in job["script"])
print("\n".join(out))
PY
}

# make_fixture DIR SRC: a git repository whose `main` (also `origin/main`) is clean and whose working tree
# adds a legacy-only CA bundle used for S3 (an error once the bundle is judged).
make_fixture() {
  local dir=$1 src=$2
  mkdir -p "$dir/app" "$dir/certs"
  (
    cd "$dir"
    git init -q -b main .
    printf 'import boto3\ns3 = boto3.client("s3")\n' >app/clean.py
    git add -A && git -c user.email=t@t -c user.name=t commit -q -m base
    git update-ref refs/remotes/origin/main HEAD
    cp "$src/rules/profiles/aws-ats/Baltimore_CyberTrust_Root.pem" certs/legacy-ca.pem
    printf 'import boto3\ns3 = boto3.client("s3", verify="certs/legacy-ca.pem")\n' >app/upload.py
  )
}

# check COND MESSAGE: records a failure without stopping, so one run reports every broken example.
status=0
check() {
  if ! eval "$1"; then
    echo "FAIL: $2"
    status=1
  fi
}
