#!/usr/bin/env python3
"""Lays out one repository of a mirror folder at a commit, for the real-code bench.

Usage: layout.py MIRRORS OWNER/NAME COMMIT DEST

MIRRORS holds the fetched snapshots as <owner>+<name>/repo (bare, or a clone with .git). The tree at
COMMIT is written to DEST; blobs the snapshot lacks (the fetch tool leaves out files of 4 MiB and more)
are skipped. When COMMIT is not in the snapshot, its newest commit is used and a warning says so.
DEST/.bench-source records what was laid out; a DEST that already holds the same commit is kept.
Exit 2 when the mirror is absent.
"""
import os, shutil, subprocess, sys


def git(gitdir, *args, **kw):
    return subprocess.run(["git", "--git-dir", gitdir, *args], capture_output=True, **kw)


def main():
    if len(sys.argv) != 5:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    mirrors, repo, commit, dest = sys.argv[1:]
    gitdir = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    if os.path.isdir(os.path.join(gitdir, ".git")):
        gitdir = os.path.join(gitdir, ".git")
    if not os.path.isdir(gitdir):
        print("no mirror of %s under %s (fetch github:%s)" % (repo, mirrors, repo), file=sys.stderr)
        return 2
    if git(gitdir, "cat-file", "-e", commit + "^{commit}").returncode != 0:
        head = git(gitdir, "rev-parse", "HEAD", text=True).stdout.strip()
        print("warning: %s is not in the snapshot of %s; using its newest commit %s" % (commit[:12], repo, head[:12]),
              file=sys.stderr)
        commit = head
    stamp = os.path.join(dest, ".bench-source")
    source = "%s\t%s\n" % (repo, commit)
    if os.path.isfile(stamp) and open(stamp).read() == source:
        return 0
    tree = git(gitdir, "ls-tree", "-r", "-z", "--full-tree", commit).stdout.split(b"\0")
    blobs = []
    for entry in tree:
        if b"\t" not in entry:
            continue
        meta, path = entry.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind == b"blob":
            blobs.append((sha, path))
    check = git(gitdir, "cat-file", "--batch-check=%(objectname) %(objecttype)",
                input=b"".join(sha + b"\n" for sha, _ in blobs)).stdout.decode().splitlines()
    missing = [path for (_, path), line in zip(blobs, check) if line.endswith("missing")]
    excludes = [":(exclude,literal)" + p.decode("utf-8", "surrogateescape") for p in missing]
    tar = git(gitdir, "archive", "--format=tar", commit, "--", ".", *excludes)
    if tar.returncode != 0:
        print("git archive failed for %s %s: %s" % (repo, commit[:12], tar.stderr.decode()[:300]), file=sys.stderr)
        return 1
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    subprocess.run(["tar", "-x", "-C", dest], input=tar.stdout, check=True)
    with open(stamp, "w") as fh:
        fh.write(source)
    print("laid out %s @ %s in %s%s" % (repo, commit[:12], dest,
          " (%d files absent from the snapshot)" % len(missing) if missing else ""), file=sys.stderr)
    return 0


sys.exit(main())
