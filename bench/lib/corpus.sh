# Shared by the real-code benches (accuracy.sh, real.sh): where the measurement corpora, the mirrors and the
# atscan binary are, and how the realworld corpus is laid out from the mirrors. Sourced, not run.
#   SHARED       the steering folder with realworld/ and peersuite/ (default: ../shared next to the project
#                root, else next to the main checkout when the project is a git worktree elsewhere)
#   MIRRORS      folder of fetched snapshots, <owner>+<name>/repo (default: .mirror next to the folder that holds ../shared)
#   CORPUS_ROOT  where corpora are laid out (default: corpus/ next to the mirror folder)
#   ATSCAN       atscan binary (default: build/release, then build/dev of this checkout)

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

bench_find_shared() {
  if [ -n "${SHARED:-}" ]; then echo "$SHARED"; return; fi
  local c
  for c in "$bench_root/../shared" \
           "$(dirname "$(git -C "$bench_root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo /nonexistent/.git)")/../shared"; do
    [ -d "$c/realworld" ] && { (cd "$c" && pwd); return; }
  done
  echo ""
}

SHARED=$(bench_find_shared)
# The fetch tool keeps its snapshots in .mirror beside the folder that holds shared/.
MIRRORS=${MIRRORS:-${SHARED:+$(dirname "$SHARED")/.mirror}}
MIRRORS=${MIRRORS:-$bench_root/../.mirror}
CORPUS_ROOT=${CORPUS_ROOT:-$(dirname "$MIRRORS")/corpus}
export NO_COLOR=1 ATSCAN_RULES=${ATSCAN_RULES:-$bench_root/rules}

bench_find_atscan() {
  local b
  if [ -n "${ATSCAN:-}" ]; then echo "$ATSCAN"; return; fi
  for b in release dev; do
    [ -x "$bench_root/build/$b/cli/atscan" ] && { echo "$bench_root/build/$b/cli/atscan"; return; }
  done
  echo ""
}

# Sets $atscan to bench_find_atscan's binary, or stops the bench ($1: its name) with how to build one.
bench_require_atscan() {
  atscan=$(bench_find_atscan)
  [ -x "$atscan" ] || { echo "$1: no atscan binary; cmake --preset release && cmake --build --preset release --target atscan (or set ATSCAN=)" >&2; exit 2; }
}

# One line about this machine: CPU model, cores, memory, kernel.
bench_machine() {
  local cpu mem
  cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)
  mem=$(awk '/^MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null)
  echo "${cpu:-unknown CPU}, $(nproc) cores, ${mem:-? GiB} RAM, $(uname -sr)"
}

# Commit of the checkout, with "+dirty" when the working tree has changes (BENCH_COMMIT= overrides, for a
# run from an exported copy). The benches' own result files do not count: a second run after the first
# rewrote them measures the same code.
bench_commit() {
  local c
  [ -n "${BENCH_COMMIT:-}" ] && { echo "$BENCH_COMMIT"; return; }
  c=$(git -C "$bench_root" rev-parse --short HEAD 2>/dev/null || echo unknown)
  git -C "$bench_root" diff --quiet HEAD -- . ':(exclude)bench/results' 2>/dev/null || c="$c+dirty"
  echo "$c"
}

# Lays out the realworld corpus into $1 unless it is there already for the same repos.tsv and labels.tsv
# (a stamp with their hash). Returns 3 (with a message) when mirrors are missing and no layout is there.
bench_realworld() {
  local out=$1 want have repo missing=()
  want=$(cat "$SHARED/realworld/repos.tsv" "$SHARED/realworld/labels.tsv" | sha256sum | cut -d' ' -f1)
  have=$(cat "$out/.bench-stamp" 2>/dev/null || true)
  [ "$want" = "$have" ] && return 0
  while read -r repo; do
    [ -d "$MIRRORS/${repo/\//+}/repo" ] || missing+=("$repo")
  done < <(cut -f1 "$SHARED/realworld/repos.tsv" | sed 1d | sed 's/@.*//' | sort -u)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "realworld: ${#missing[@]} mirror(s) missing under $MIRRORS (e.g. ${missing[0]}); fetch github:<owner>/<name> for each repository of $SHARED/realworld/repos.tsv" >&2
    return 3
  fi
  echo "realworld: laying out $out from $MIRRORS" >&2
  python3 "$SHARED/realworld/materialize.py" "$MIRRORS" "$out" >&2 || return 1
  echo "$want" >"$out/.bench-stamp"
}
