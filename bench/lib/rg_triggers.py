"""The catalog's trigger words (the `triggers:` lists of rules/*.yaml), shared by the benches: as a
module, trigger_literals(RULES_DIR); as a script, a shell script that runs `rg -l` over them (the floor
the real-code benches race atscan against: reading every file once).
Usage: python3 bench/lib/rg_triggers.py RULES_DIR > rg-triggers.sh"""
import glob, os, re, shlex, sys


def trigger_literals(rules_dir):
    lits = set()
    for path in glob.glob(os.path.join(rules_dir, "*.yaml")):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"\s*triggers:\s*\[(.*)\]\s*$", line)
            if m:
                for t in re.findall(r'"([^"]*)"|\'([^\']*)\'|([^,\s][^,]*)', m.group(1)):
                    lit = (t[0] or t[1] or t[2]).strip()
                    if lit:
                        lits.add(lit)
    return lits


if __name__ == "__main__":
    print("#!/usr/bin/env bash")
    print("exec rg -l -i -F " + " ".join("-e " + shlex.quote(l) for l in sorted(trigger_literals(sys.argv[1]))) + ' "$@"')
