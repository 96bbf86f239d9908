// A single-threaded, sorted walk (measured: fast enough that the per-file scan dominates; see
// docs/walker.md). Real directories are walked first; symlinks are resolved afterwards, so a link to
// something inside the root that is walked at its own path is not walked twice, and loops end.
#include "scanners/walk/walker.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "scanners/walk/git_paths.h"
#include "scanners/walk/gitignore.h"
#include "scanners/walk/path_filter.h"

namespace atscan {
namespace {

namespace fs = std::filesystem;

// Ignore files found on the way down; a persistent list so deferred symlinks keep their context.
struct IgnoreNode {
  std::shared_ptr<const IgnoreNode> parent;
  IgnoreFile gitignore;
  IgnoreFile atscanignore;
};
using IgnoreChain = std::shared_ptr<const IgnoreNode>;

struct FileId {
  dev_t dev;
  ino_t ino;
  bool operator==(const FileId&) const = default;
};
struct FileIdHash {
  size_t operator()(const FileId& f) const { return std::hash<ino_t>()(f.ino) * 31 + std::hash<dev_t>()(f.dev); }
};

std::string join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + "/" + b;
}

const char* special_kind(mode_t m) {
  if (S_ISFIFO(m)) return "FIFO";
  if (S_ISSOCK(m)) return "socket";
  if (S_ISCHR(m)) return "character device";
  if (S_ISBLK(m)) return "block device";
  return "not a regular file";
}

// Path `p` lies in directory `dir` (both canonical).
bool within(const std::string& p, const std::string& dir) {
  if (dir == "/") return true;
  return p.size() >= dir.size() && p.compare(0, dir.size(), dir) == 0 && (p.size() == dir.size() || p[dir.size()] == '/');
}

class Walker {
 public:
  Walker(const WalkOptions& o, WalkResult& out) : opt_(o), out_(out), filter_(o.include, o.exclude) {
    euid_ = geteuid();
    egid_ = getegid();
    int n = getgroups(0, nullptr);
    if (n > 0) {
      groups_.resize(static_cast<size_t>(n));
      n = getgroups(n, groups_.data());
      groups_.resize(n > 0 ? static_cast<size_t>(n) : 0);
    }
  }

  void run() {
    std::vector<std::string> args = normal_roots(opt_.roots);
    root_ = scan_root(args);
    out_.root = root_;
    add_allowed(root_);

    if (opt_.use_gitignore) {
      auto repo = find_git_repo(root_);
      match_root_ = repo ? repo->work_tree : root_;
      root_in_repo_ = fs::path(root_).lexically_relative(match_root_).generic_string();
      if (root_in_repo_ == ".") root_in_repo_.clear();
      if (repo) info_exclude_ = load_ignore("", repo->git_dir + "/info/exclude", ".git/info/exclude");
      std::string global = global_excludes_file(repo);
      if (!global.empty()) global_ = load_ignore("", global, global);
    }

    for (const auto& a : args) walk_arg(a);
    while (!links_.empty()) {
      PendingLink link = std::move(links_.front());
      links_.pop_front();
      resolve_link(link);
    }

    auto by_path = [](const auto& x, const auto& y) { return x.path < y.path; };
    std::sort(out_.files.begin(), out_.files.end(), by_path);
    out_.files.erase(std::unique(out_.files.begin(), out_.files.end(), [](auto& x, auto& y) { return x.path == y.path; }),
                     out_.files.end());
    std::sort(out_.ignored.begin(), out_.ignored.end(), by_path);
    std::sort(out_.skipped.begin(), out_.skipped.end(),
              [](auto& x, auto& y) { return std::tie(x.path, x.reason) < std::tie(y.path, y.reason); });
    out_.skipped.erase(std::unique(out_.skipped.begin(), out_.skipped.end(),
                                   [](auto& x, auto& y) { return x.path == y.path && x.reason == y.reason; }),
                       out_.skipped.end());
  }

 private:
  struct PendingLink {
    std::string rel;
    IgnoreChain ignores;
    bool included;  // an ancestor matched an include glob
  };

 public:
  static std::vector<std::string> normal_roots(const std::vector<std::string>& roots) {
    std::vector<std::string> args;
    std::error_code ec;
    for (const auto& r : roots.empty() ? std::vector<std::string>{"."} : roots)
      args.push_back(fs::absolute(r, ec).lexically_normal().string());
    for (auto& a : args)
      while (a.size() > 1 && a.back() == '/') a.pop_back();
    std::sort(args.begin(), args.end());
    args.erase(std::unique(args.begin(), args.end()), args.end());
    return args;
  }

  // The single directory given, a single file's directory, or the deepest common directory of all.
  static std::string scan_root(const std::vector<std::string>& args) {
    std::vector<fs::path> dirs;
    for (const auto& a : args) {
      struct stat st {};
      fs::path p(a);
      dirs.push_back(::stat(a.c_str(), &st) == 0 && S_ISDIR(st.st_mode) ? p : p.parent_path());
    }
    fs::path common = dirs.front();
    for (const auto& d : dirs) {
      fs::path c;
      auto i = common.begin(), j = d.begin();
      for (; i != common.end() && j != d.end() && *i == *j; ++i, ++j) c /= *i;
      common = c;
    }
    std::string s = common.string();
    return s.empty() ? "/" : s;
  }

 private:
  void add_allowed(const std::string& dir) {
    char* real = ::realpath(dir.c_str(), nullptr);
    if (!real) return;
    allowed_.push_back(real);
    std::free(real);
  }

  std::string rel_of(const std::string& abs) const {
    if (abs == root_) return "";
    return root_ == "/" ? abs.substr(1) : abs.substr(root_.size() + 1);
  }
  std::string abs_of(const std::string& rel) const { return rel.empty() ? root_ : (root_ == "/" ? "/" + rel : root_ + "/" + rel); }
  std::string match_path(const std::string& rel) const { return join(root_in_repo_, rel); }
  std::string shown(const std::string& rel) const { return rel.empty() ? "." : rel; }

  IgnoreFile load_ignore(const std::string& base, const std::string& file, const std::string& shown_as) {
    std::string error;
    IgnoreFile f = IgnoreFile::load(base, file, &error);
    if (!error.empty()) skip(shown_as, "unreadable ignore file: " + error);
    return f;
  }

  void skip(std::string path, std::string reason) { out_.skipped.push_back({std::move(path), std::move(reason)}); }
  // Only for --verbose: why a path was left out on purpose.
  void explain(const std::string& path, bool is_dir, const char* reason) {
    if (opt_.explain_ignored) out_.ignored.push_back({is_dir ? path + "/" : path, reason});
  }

  // Ignore chain for the ancestors of a directory argument, from the match root down to its parent.
  IgnoreChain chain_above(const std::string& abs_dir) {
    IgnoreChain chain;
    if (!opt_.use_gitignore) return chain;
    fs::path rel = fs::path(abs_dir).lexically_relative(match_root_);
    if (rel.empty() || *rel.begin() == "..") return chain;
    std::string base_rel;  // relative to the match root
    fs::path dir = match_root_;
    std::vector<std::string> parts;
    for (const auto& part : rel)
      if (part != ".") parts.push_back(part.string());
    for (size_t i = 0; i < parts.size(); ++i) {  // the argument's own files are read by walk_dir
      chain = with_ignores(chain, dir.string(), base_rel);
      dir /= parts[i];
      base_rel = join(base_rel, parts[i]);
    }
    return chain;
  }

  IgnoreChain with_ignores(const IgnoreChain& parent, const std::string& abs_dir, const std::string& base_rel) {
    struct stat st {};
    return with_ignores(parent, abs_dir, base_rel, ::stat((abs_dir + "/.gitignore").c_str(), &st) == 0,
                        ::stat((abs_dir + "/.atscanignore").c_str(), &st) == 0);
  }

  IgnoreChain with_ignores(const IgnoreChain& parent, const std::string& abs_dir, const std::string& base_rel, bool has_gi,
                           bool has_ai) {
    if (!has_gi && !has_ai) return parent;
    const std::string gi = abs_dir + "/.gitignore", ai = abs_dir + "/.atscanignore";
    // Ignore files above the scan root are shown by their path relative to the root's ancestor.
    std::string rel_base = base_rel.size() >= root_in_repo_.size() ? rel_of(abs_dir) : abs_dir;
    auto node = std::make_shared<IgnoreNode>();
    node->parent = parent;
    if (has_gi) node->gitignore = load_ignore(base_rel, gi, join(rel_base, ".gitignore"));
    if (has_ai) node->atscanignore = load_ignore(base_rel, ai, join(rel_base, ".atscanignore"));
    return node;
  }

  // .atscanignore at any level beats the git sources (as ripgrep's .ignore does); within each kind
  // the deepest file decides; then .git/info/exclude, then the global excludes file.
  bool ignored(const IgnoreChain& chain, const std::string& rel, bool is_dir) const {
    if (!opt_.use_gitignore) return false;
    const std::string m = match_path(rel);
    for (const IgnoreNode* n = chain.get(); n; n = n->parent.get())
      if (auto r = n->atscanignore.match(m, is_dir); r != IgnoreMatch::none) return r == IgnoreMatch::ignore;
    for (const IgnoreNode* n = chain.get(); n; n = n->parent.get())
      if (auto r = n->gitignore.match(m, is_dir); r != IgnoreMatch::none) return r == IgnoreMatch::ignore;
    if (auto r = info_exclude_.match(m, is_dir); r != IgnoreMatch::none) return r == IgnoreMatch::ignore;
    return global_.match(m, is_dir) == IgnoreMatch::ignore;
  }

  bool readable(const struct stat& st) const {
    if (euid_ == 0) return true;  // root reads everything; open() failures are still reported later
    if (st.st_uid == euid_) return st.st_mode & S_IRUSR;
    if (st.st_gid == egid_ || std::find(groups_.begin(), groups_.end(), st.st_gid) != groups_.end())
      return st.st_mode & S_IRGRP;
    return st.st_mode & S_IROTH;
  }

  void add_file(const std::string& rel, const struct stat& st) {
    if (!readable(st)) return skip(rel, "unreadable: " + std::string(std::strerror(EACCES)));
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (opt_.max_file_size > 0 && size > opt_.max_file_size)
      return skip(rel, "larger than --max-file-size (" + std::to_string(opt_.max_file_size) + " bytes)");
    seen_files_.insert({st.st_dev, st.st_ino});
    out_.files.push_back({rel, abs_of(rel), size, st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec,
                          st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec, static_cast<std::uint64_t>(st.st_ino),
                          static_cast<std::uint64_t>(st.st_dev)});
    if (opt_.on_file) opt_.on_file(out_.files.back());
  }

  void walk_arg(const std::string& abs) {
    const std::string rel = rel_of(abs);
    struct stat st {};
    if (::stat(abs.c_str(), &st) != 0) return skip(shown(rel), std::strerror(errno));
    if (S_ISREG(st.st_mode)) return add_file(rel, st);  // explicit files ignore every ignore rule
    if (!S_ISDIR(st.st_mode)) return skip(shown(rel), std::string("not a regular file (") + special_kind(st.st_mode) + ")");
    add_allowed(abs);
    bool included = false;
    for (std::string r = rel; !r.empty() && !included; r = r.substr(0, r.rfind('/') == std::string::npos ? 0 : r.rfind('/')))
      included = filter_.has_includes() && filter_.included(r, true);
    walk_dir(rel, chain_above(abs), included);
  }

  struct Entry {
    std::string name;
    unsigned char type;  // DT_*
    struct stat st;      // filled for regular files and unknown types
    int stat_errno = 0;
  };

  void walk_dir(const std::string& rel, IgnoreChain chain, bool included) {
    const std::string abs = abs_of(rel);
    std::vector<Entry> entries;
    {
      DIR* d = ::opendir(abs.c_str());
      if (!d) {
        int e = errno;
        return skip(shown(rel), e == ENOENT ? "vanished during the walk" : "unreadable directory: " + std::string(std::strerror(e)));
      }
      const int fd = ::dirfd(d);
      struct stat dst {};
      if (::fstat(fd, &dst) != 0 || !seen_dirs_.insert({dst.st_dev, dst.st_ino}).second) {
        ::closedir(d);
        return;  // already walked (overlapping arguments)
      }
      errno = 0;
      while (dirent* de = ::readdir(d)) {
        std::string_view name = de->d_name;
        if (name == "." || name == ".." || name == ".git") continue;
        Entry e{std::string(name), de->d_type, {}};
        if (e.type == DT_REG || e.type == DT_UNKNOWN) {
          if (::fstatat(fd, de->d_name, &e.st, AT_SYMLINK_NOFOLLOW) != 0) e.stat_errno = errno;
          else if (e.type == DT_UNKNOWN) e.type = IFTODT(e.st.st_mode);
        }
        entries.push_back(std::move(e));
      }
      const int read_errno = errno;
      ::closedir(d);
      if (read_errno != 0) skip(shown(rel), "unreadable directory: " + std::string(std::strerror(read_errno)));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
    if (!opt_.marker_file.empty())
      for (const Entry& e : entries)
        if (e.name == opt_.marker_file && e.stat_errno == 0) {
          struct stat st {};
          if (e.type == DT_REG || (e.type == DT_LNK && ::stat((abs + "/" + e.name).c_str(), &st) == 0 && S_ISREG(st.st_mode)))
            out_.marked_dirs.push_back(rel);
        }
    if (opt_.use_gitignore) {
      auto has = [&](std::string_view name) {
        return std::any_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.name == name; });
      };
      chain = with_ignores(chain, abs, match_path(rel), has(".gitignore"), has(".atscanignore"));
    }

    for (const Entry& e : entries) {
      const std::string child = join(rel, e.name);
      if (e.stat_errno != 0) {
        skip(child, e.stat_errno == ENOENT ? "vanished during the walk" : "unreadable: " + std::string(std::strerror(e.stat_errno)));
        continue;
      }
      if (e.type == DT_LNK) {
        links_.push_back({child, chain, included});
        continue;
      }
      const bool is_dir = e.type == DT_DIR;
      if (ignored(chain, child, is_dir)) {
        explain(child, is_dir, "ignored by .gitignore, .atscanignore or git's excludes");
        continue;
      }
      if (filter_.excluded(child, is_dir)) {
        explain(child, is_dir, "excluded by an --exclude or config exclude glob");
        continue;
      }
      const bool child_included = included || (filter_.has_includes() && filter_.included(child, is_dir));
      if (is_dir) {
        walk_dir(child, chain, child_included);
      } else if (!child_included && filter_.has_includes()) {
        explain(child, false, "matches no --include glob");
        continue;
      } else if (e.type == DT_REG) {
        add_file(child, e.st);
      } else {
        struct stat st {};
        if (::lstat(abs_of(child).c_str(), &st) == 0) skip(child, std::string("not a regular file (") + special_kind(st.st_mode) + ")");
      }
    }
  }

  void resolve_link(const PendingLink& link) {
    const std::string abs = abs_of(link.rel);
    struct stat st {};
    if (::stat(abs.c_str(), &st) != 0) {
      const int e = errno;
      if (ignored(link.ignores, link.rel, false) || filter_.excluded(link.rel, false)) return;
      return skip(link.rel, e == ELOOP ? "symlink loop" : "broken symlink: " + std::string(std::strerror(e)));
    }
    const bool is_dir = S_ISDIR(st.st_mode);
    if (ignored(link.ignores, link.rel, is_dir) || filter_.excluded(link.rel, is_dir)) return;
    const bool included = link.included || (filter_.has_includes() && filter_.included(link.rel, is_dir));
    if (!is_dir && !included && filter_.has_includes()) return;
    char* real = ::realpath(abs.c_str(), nullptr);
    if (!real) return skip(link.rel, "broken symlink: " + std::string(std::strerror(errno)));
    const std::string target = real;
    std::free(real);
    if (std::none_of(allowed_.begin(), allowed_.end(), [&](const std::string& a) { return within(target, a); }))
      return skip(link.rel, "symlink outside the scan root");
    if (is_dir) {
      if (seen_dirs_.count({st.st_dev, st.st_ino})) return;  // walked at its own path, or a loop
      walk_dir(link.rel, link.ignores, included);
    } else if (S_ISREG(st.st_mode)) {
      if (seen_files_.count({st.st_dev, st.st_ino})) return;  // scanned at its own path
      add_file(link.rel, st);
    } else {
      skip(link.rel, std::string("not a regular file (") + special_kind(st.st_mode) + ")");
    }
  }

  const WalkOptions& opt_;
  WalkResult& out_;
  PathFilter filter_;
  std::string root_, match_root_, root_in_repo_;
  std::vector<std::string> allowed_;  // canonical directories symlinks may point into
  IgnoreFile info_exclude_, global_;
  std::unordered_set<FileId, FileIdHash> seen_dirs_, seen_files_;
  std::deque<PendingLink> links_;
  uid_t euid_;
  gid_t egid_;
  std::vector<gid_t> groups_;
};

}  // namespace

std::string scan_root_of(const std::vector<std::string>& roots) { return Walker::scan_root(Walker::normal_roots(roots)); }

WalkResult walk(const WalkOptions& options) {
  WalkResult r;
  r.marker_file = options.marker_file;
  Walker(options, r).run();
  std::sort(r.marked_dirs.begin(), r.marked_dirs.end());
  r.marked_dirs.erase(std::unique(r.marked_dirs.begin(), r.marked_dirs.end()), r.marked_dirs.end());
  return r;
}

}  // namespace atscan
