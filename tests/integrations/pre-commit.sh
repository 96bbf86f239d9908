#!/usr/bin/env bash
# Drives Debian's real pre-commit against this repository's .pre-commit-hooks.yaml (`pre-commit try-repo`)
# in a temporary git repository: a staged breaking change blocks with the finding shown, a clean one passes,
# code staged without the (unstaged or committed) bundle it loads is judged with that bundle, and a staged
# bundle is judged with the committed code that loads it.
# Usage: pre-commit.sh ATSCAN_BINARY SOURCE_DIR. try-repo clones SOURCE_DIR at HEAD (plus its uncommitted
# edits to tracked files), so the hook file must be committed.
set -euo pipefail
atscan=$(realpath "$1") src=$(realpath "$2")
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (apt-get install pre-commit)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME=$tmp/cache PATH="$(dirname "$atscan"):$PATH" ATSCAN_RULES=$src/rules NO_COLOR=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
git -C "$src" ls-files --error-unmatch .pre-commit-hooks.yaml >/dev/null 2>&1 || { echo "FAIL: .pre-commit-hooks.yaml is not committed"; exit 1; }

proj=$tmp/proj
mkdir -p "$proj/certs" "$proj/app"
cd "$proj"
git init -q .
echo "# demo" >README.md
git add README.md && git commit -q -m init

status=0
# 1. A clean change passes.
cat >app/clean.py <<'PY'
import boto3
s3 = boto3.client("s3")
s3.upload_file("a.csv", "reports", "a.csv")
PY
git add app/clean.py
if ! out=$(pre-commit try-repo "$src" atscan --files app/clean.py 2>&1); then
  echo "FAIL: a clean file was blocked:"; echo "$out"; status=1
elif ! grep -q "^atscan.*Passed" <<<"$out"; then
  echo "FAIL: hook did not report Passed:"; echo "$out"; status=1
fi

# 2. A legacy-only CA bundle used for S3 blocks, and the finding is shown.
cp "$src/rules/profiles/aws-ats/Baltimore_CyberTrust_Root.pem" certs/legacy-ca.pem
cat >app/upload.py <<'PY'
import boto3
s3 = boto3.client("s3", verify="certs/legacy-ca.pem")
s3.upload_file("a.csv", "reports", "a.csv")
PY
git add certs/legacy-ca.pem app/upload.py
if out=$(pre-commit try-repo "$src" atscan --files app/upload.py certs/legacy-ca.pem 2>&1); then
  echo "FAIL: a breaking change passed:"; echo "$out"; status=1
else
  grep -q "^atscan.*Failed" <<<"$out" || { echo "FAIL: hook did not report Failed:"; echo "$out"; status=1; }
  grep -q "app/upload.py:2:.*error:.*\[ats-custom-ca-bundle\]" <<<"$out" || { echo "FAIL: finding not shown:"; echo "$out"; status=1; }
fi

# 3. The same change with a justified suppression passes.
cat >app/upload.py <<'PY'
import boto3
# atscan:ignore[ats-custom-ca-bundle,ats-bundle-missing-ats-roots] bucket is behind our own TLS proxy
s3 = boto3.client("s3", verify="certs/legacy-ca.pem")
PY
printf '# atscan:ignore[ats-bundle-missing-ats-roots] proxy CA only\n' | cat - "$src/rules/profiles/aws-ats/Baltimore_CyberTrust_Root.pem" >certs/legacy-ca.pem
git add -A
if ! out=$(pre-commit try-repo "$src" atscan --files app/upload.py certs/legacy-ca.pem 2>&1); then
  echo "FAIL: a suppressed finding still blocked:"; echo "$out"; status=1
fi
# 4. Only the code is staged; the legacy bundle it loads is in the working tree, not staged.
git reset -q --hard HEAD && git clean -qfd && mkdir -p app certs
cp "$src/rules/profiles/aws-ats/Baltimore_CyberTrust_Root.pem" certs/unstaged-ca.pem
printf 'import boto3\ns3 = boto3.client("s3", verify="certs/unstaged-ca.pem")\n' >app/only_code.py
git add app/only_code.py
if out=$(pre-commit try-repo "$src" atscan --files app/only_code.py 2>&1); then
  echo "FAIL: code loading an unstaged legacy bundle passed:"; echo "$out"; status=1
else
  grep -q "app/only_code.py:2:.*error:.*REJECTS.*\[ats-custom-ca-bundle\]" <<<"$out" || { echo "FAIL: not judged with the unstaged bundle:"; echo "$out"; status=1; }
  grep -q "unstaged-ca.pem:1:1: error" <<<"$out" && { echo "FAIL: a finding in a file that is not staged was reported:"; echo "$out"; status=1; }
fi

# 5. Only the bundle is staged; the code that loads it for S3 is already committed.
git reset -q --hard HEAD && git clean -qfd && mkdir -p app certs
printf 'import boto3\ns3 = boto3.client("s3", verify="certs/shared-ca.pem")\n' >app/committed.py
cat "$src/rules/profiles/aws-ats/ats-trust-anchors-5.pem" >certs/shared-ca.pem
git add -A && git commit -q -m "code and an ATS bundle"
cp "$src/rules/profiles/aws-ats/Baltimore_CyberTrust_Root.pem" certs/shared-ca.pem
git add certs/shared-ca.pem
if out=$(pre-commit try-repo "$src" atscan --files certs/shared-ca.pem 2>&1); then
  echo "FAIL: a staged legacy bundle loaded by committed S3 code passed:"; echo "$out"; status=1
else
  grep -q "certs/shared-ca.pem:1:1: error:.*loaded by app/committed.py.*\[ats-bundle-missing-ats-roots\]" <<<"$out" || { echo "FAIL: bundle not judged with the code that loads it:"; echo "$out"; status=1; }
fi
[ $status = 0 ] && echo "pre-commit integration: ok"
exit $status
