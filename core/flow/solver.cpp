#include "core/flow/solver.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <deque>
#include <filesystem>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/flow/module_paths.h"
#include "core/util/stable_sort.h"
#include "core/util/string_index.h"

namespace atscan::flow {
namespace {

constexpr char kSep = '\x1f';
const std::string kReturn = "<return>";



// "const struct NetworkCredentials *" → "NetworkCredentials".
std::string normalise_type(const std::string& t) {
  std::string out, word;
  auto flush = [&] {
    if (!word.empty() && word != "const" && word != "struct" && word != "volatile" && word != "class" && word != "union" &&
        word != "enum" && word != "final" && word != "var" && word != "val")
      out = word;  // the last meaningful word is the type name
    word.clear();
  };
  for (char c : t) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '.') word.push_back(c);
    else flush();
  }
  flush();
  return out;
}

enum class EdgeKind { plain, param_in, return_out };

// An edge is kept once, in Impl::edges, and threaded on two lists in the order edges were added: the
// edges out of `from` and the edges into `to`. A vector per node and direction was an allocation, and
// its regrowth, per node: with the kernel zeroing each fresh page, the graph's memory was a third of
// its build time. Where and why edge i holds is Impl::edge_info[i] (apart: searches read only these
// fields), written out only for a step.
struct Edge {
  int from = -1, to = -1;
  EdgeKind kind = EdgeKind::plain;
  int next_out = -1;  // the next edge out of `from`, -1 = none
  int next_in = -1;   // the next edge into `to`, -1 = none
};

// Why a value moves along an edge or into a definition, written out only when a step is shown: a
// kind and pointers to the texts it names. Places and texts point into the flow records (or values a
// query keeps, see Impl::kept) and Impl::strings; copies of each were most of the graph's allocations.
enum class Why : std::uint8_t {
  none, receiver, stored_by, argument, keyword, returned_by, returned_from, macro, assigned, field_store
};
struct Message {
  Why why = Why::none;
  int index = 0;                   // argument number (from 1); for stored_by, where the receiver ends in `text`
  const std::string* text = nullptr;   // the call, name or function
  const std::string* label = nullptr;  // keyword of an argument
  std::string str() const {
    switch (why) {
      case Why::none: return "";
      case Why::receiver: return "receiver of " + *text;
      case Why::stored_by: return "stored in " + text->substr(0, static_cast<size_t>(index)) + " by " + *text;
      case Why::argument: return "passed as argument " + std::to_string(index) + " of " + *text;
      case Why::keyword: return "passed as " + *label + "= to " + *text;
      case Why::returned_by: return "returned by " + *text;
      case Why::returned_from: return "returned from " + *text;
      case Why::macro: return "macro " + *text + " defined here";
      case Why::assigned: return "assigned to " + *text;
      case Why::field_store: return "stored in field " + *text;
    }
    return "";
  }
};

struct EdgeInfo {
  const Location* at = nullptr;
  Message message;
};

// A definition of a node: kept in Impl::defs and threaded on its node's list, as edges are (Edge).
struct Def {
  const Value* value = nullptr;
  const std::string* file = nullptr;
  const std::string* fn = nullptr;
  const Location* at = nullptr;
  Message message;
  int next = -1;  // the node's next definition, -1 = none
};

struct Node {
  const std::string* key = nullptr;  // the key as Impl::ids holds it: one copy of each key
  int owner = 0;  // for parameters and returns, the function they belong to (Impl::owner_id; 0 = none)
  int first_def = -1, last_def = -1;                               // list of Impl::defs, -1 = empty
  int first_out = -1, last_out = -1, first_in = -1, last_in = -1;  // lists of Impl::edges, -1 = empty
};

struct FunctionRef {
  std::string file;
  const Function* fn = nullptr;
};

}  // namespace

struct Solver::Impl {
  SolverOptions options;
  double seconds = 0;    // Solver::seconds()
  double build_seconds = 0;  // Solver::build_seconds()
  int timing_depth = 0;  // public calls under way (only the outermost is timed)
  std::map<std::string, const FileFlows*> files;
  // Keys name a file by a short number, not its path: a scan of a large tree holds millions of keys.
  std::unordered_map<std::string, std::string> file_ids;
  // The graph is built a file at a time: the last file's number is kept to save hashing its path.
  const std::string* last_file = nullptr;
  const std::string* last_id = nullptr;
  const std::string& file_id(const std::string& file) {
    if (last_file && *last_file == file) return *last_id;
    auto it = file_ids.find(file);
    if (it == file_ids.end()) it = file_ids.emplace(file, std::to_string(file_ids.size())).first;
    last_file = &it->first;
    last_id = &it->second;
    return it->second;
  }
  // A place in a file: tag, file number, line:column, then `rest` (one allocation, no temporaries).
  std::string site_key(const char* tag, const std::string& file, int line, int column, std::string_view rest) {
    const std::string& id = file_id(file);
    char pos[32];
    char* p = std::to_chars(pos, pos + sizeof pos, line).ptr;
    *p++ = ':';
    p = std::to_chars(p, pos + sizeof pos, column).ptr;
    std::string k;
    k.reserve(std::strlen(tag) + id.size() + static_cast<size_t>(p - pos) + rest.size() + 2);
    k.append(tag).append(id).push_back(kSep);
    k.append(pos, p).push_back(kSep);
    k.append(rest);
    return k;
  }
  std::string key(const std::string& file, const std::string& fn, const std::string& name) {
    std::string k;
    key_into(k, file, fn, name);
    return k;
  }
  void key_into(std::string& k, const std::string& file, const std::string& fn, const std::string& name) {
    const std::string& id = file_id(file);
    k.clear();
    k.reserve(id.size() + fn.size() + name.size() + 2);
    k.append(id).push_back(kSep);
    k.append(fn).push_back(kSep);
    k.append(name);
  }
  ModuleIndex modules;
  // What an import names, looked up once per import record: name lookups go through a file's imports
  // again and again, and a Python tree holds thousands of __init__.py that a dotted name is matched
  // against. `member`: the imported name taken as a module itself (from pkg import mod).
  std::unordered_map<const Import*, std::vector<std::string>> module_targets_, member_targets_;
  const std::vector<std::string>& module_targets(const std::string& file, const Import& imp, bool member) {
    auto& targets = member ? member_targets_ : module_targets_;
    auto it = targets.find(&imp);
    if (it == targets.end())
      it = targets.emplace(&imp, member ? modules.resolve(file, imp.module + "." + imp.name, false) : modules.resolve(file, imp.module, imp.include)).first;
    return it->second;
  }
  // Hashed, not ordered: they are only looked up (a large tree makes millions of lookups).
  StringIndex locals;                                        // key(file, fn, name) declared in a function
  StringIndex file_defs;                                     // key(file, "", name) defined at file scope
  // Every name some file defines at file scope, and every name an import binds by name: a plain name
  // that is neither cannot resolve anywhere, so its lookup skips the walk through the includes.
  std::unordered_set<std::string> defined_names, imported_names;
  std::unordered_set<std::string> macros;                    // key(file, "", name) that are #define'd
  std::unordered_map<std::string, std::string> types;        // node key → normalised declared type
  std::unordered_map<std::string, FunctionRef> function_of;  // key(file, "", fname) → the first definition
  // A file's functions by their last name component ("Type.connect" → "connect"); nullptr when the
  // file defines more than one of that name (method calls are most calls).
  std::unordered_map<std::string, std::unordered_map<std::string, const FunctionRef*>> methods_by_file;
  std::unordered_map<std::string, std::vector<std::string>> global_names;  // C/C++ linkage: name → files defining it, in path order
  std::unordered_map<std::string, const FileFlows*> file_index;  // `files`, for lookups

  std::vector<Node> nodes;
  StringIndex ids;  // node key → node id (the ids are the nodes' indexes)
  // file → literal nodes by start position: an anchor finds the literals inside or around it by search.
  std::unordered_map<std::string, std::multimap<std::pair<int, int>, std::pair<const Location*, int>>> literals;
  // One copy of each file path, function name and step message the graph refers to.
  std::unordered_set<std::string> strings;
  const std::string* intern(const std::string& s) { return &*strings.insert(s).first; }
  const std::string* intern(std::string&& s) { return &*strings.insert(std::move(s)).first; }
  // Values a query brings (an anchor's object and value): kept for as long as the graph, since the
  // nodes and edges built from them point into them.
  std::deque<Value> kept;
  std::vector<EdgeInfo> edge_info;  // by edge index (Edge)
  std::vector<Edge> edges;  // every edge once, threaded on its nodes' lists (Edge)
  std::vector<Def> defs;    // every definition once, threaded on its node's list
  void add_def(int node, Def d) {
    const int i = static_cast<int>(defs.size());
    d.next = -1;
    defs.push_back(d);
    Node& n = nodes[node];
    (n.last_def >= 0 ? defs[n.last_def].next : n.first_def) = i;
    n.last_def = i;
  }
  std::vector<char> call_done;  // by node id: the call's argument flows are registered
  std::map<int, std::vector<ResolvedValue>> memo;
  std::set<int> evaluating;
  std::set<Notification> notes;

  // Functions that own parameters and returns, by number: searches compare and store them per visit.
  std::unordered_map<std::string, int> owner_ids;
  int owner_id(const std::string& owner) {
    if (owner.empty()) return 0;
    return owner_ids.emplace(owner, static_cast<int>(owner_ids.size()) + 1).first->second;
  }

  int node(const std::string& k, const std::string& owner = "") {
    const int oid = owner_id(owner);
    bool fresh = false;
    const int id = ids.insert(k, &fresh);
    if (fresh) nodes.push_back(Node{&ids.key(id), oid});
    else if (oid != 0 && nodes[id].owner == 0) nodes[id].owner = oid;  // first seen as a plain name
    return id;
  }
  void edge(int from, int to, EdgeKind kind, const Location& at, const Message& message) {
    if (from < 0 || to < 0 || from == to) return;
    const int e = static_cast<int>(edges.size());
    edges.push_back(Edge{from, to, kind, -1, -1});
    edge_info.push_back({&at, message});
    Node& f = nodes[from];
    (f.last_out >= 0 ? edges[f.last_out].next_out : f.first_out) = e;
    f.last_out = e;
    Node& t = nodes[to];
    (t.last_in >= 0 ? edges[t.last_in].next_in : t.first_in) = e;
    t.last_in = e;
    if (reaches_target(to)) mark_reaching(from);  // an edge a query adds late (origins build nodes) keeps the set exact
  }

  // Nodes from which some node of the target search can be reached, on the plain graph (no depth
  // bound, no calling context): a forward search from an anchor can only meet a target through them,
  // so it leaves every other node alone. Empty until the target search is made.
  std::vector<char> reaching;
  bool reaching_on = false;
  bool reaches_target(int id) const { return static_cast<size_t>(id) < reaching.size() && reaching[id]; }
  void mark_reaching(int from) {
    if (!reaching_on || reaches_target(from)) return;
    std::vector<int> stack{from};
    while (!stack.empty()) {
      const int n = stack.back();
      stack.pop_back();
      if (reaches_target(n)) continue;
      if (static_cast<size_t>(n) >= reaching.size()) reaching.resize(nodes.size(), 0);
      reaching[n] = 1;
      visit(n);
      for (int r = nodes[n].first_in; r >= 0; r = edges[r].next_in)
        if (!reaches_target(edges[r].from)) {
          searched(&edge_info[r].at->file.str());
          stack.push_back(edges[r].from);
        }
    }
  }

  // Nodes some search went through (a value evaluated, a link or target search, the nodes that reach a
  // target): what the answers depend on, against the whole graph that was built (--stats). With them,
  // the files whose records a search read: a definition or an edge may come from another file than
  // its nodes (a field of a type is keyed by the type, not by the file that stores into it).
  std::vector<char> visited;
  size_t visited_count = 0;
  // By address: a Location's path (interned once per process, file_path.h) or a name interned here, so
  // an edge taken costs a pointer hash, not a string compared; equal texts are joined in visited_files().
  std::unordered_set<const std::string*> searched_files;
  void visit(int id) {
    if (static_cast<size_t>(id) >= visited.size()) visited.resize(std::max(nodes.size(), static_cast<size_t>(id) + 1), 0);
    if (!visited[id]) {
      visited[id] = 1;
      ++visited_count;
    }
  }
  void searched(const std::string* file) {
    if (file && !file->empty()) searched_files.insert(file);
  }
  // The file a node belongs to, from its key (file number after the tag of a place; a type's field
  // or an environment variable belongs to none): nullptr when none.
  const std::string* file_of_node(int id, const std::unordered_map<std::string_view, const std::string*>& by_id) const {
    std::string_view k = *nodes[id].key;
    if (k.starts_with("\x1bL")) k.remove_prefix(2);
    else if (k.starts_with("\x1d")) k.remove_prefix(1);
    const auto sep = k.find(kSep);
    if (sep == std::string_view::npos || sep == 0) return nullptr;
    auto it = by_id.find(k.substr(0, sep));
    return it == by_id.end() ? nullptr : it->second;
  }

  const std::string& language(const std::string& file) const {
    static const std::string kNone;
    auto it = file_index.find(file);
    return it == file_index.end() ? kNone : it->second->language;
  }
  bool c_family(const std::string& file) const {
    const auto& l = language(file);
    return l == "c" || l == "cpp";
  }

  // A name as the language would look it up: local, file, imported/included, then (C/C++) linkage.
  // `seen`: the files this search went through (views of strings that outlive it: the caller's file and
  // the import targets the solver keeps); at most a few, so a list.
  using Seen = std::vector<std::string_view>;
  std::string resolve_probe;  // keys built to look up, not to keep
  // The name `import pkg.mod` binds without an alias ("mod"), per import record.
  std::unordered_map<const Import*, std::string> import_bound_;
  const std::string& import_bound(const Import& imp) {
    auto it = import_bound_.find(&imp);
    if (it == import_bound_.end()) it = import_bound_.emplace(&imp, ModuleIndex::last_component(imp.module)).first;
    return it->second;
  }
  std::string resolve_key(const std::string& file, const std::string& fn, const std::string& name, int depth, Seen& seen) {
    if (name.empty() || depth > 8) return "";
    if (fn.empty() && name.find('.') == std::string::npos && !defined_names.count(name) && !imported_names.count(name)) return "";
    if (!fn.empty()) {
      key_into(resolve_probe, file, fn, name);
      if (locals.contains(resolve_probe)) return resolve_probe;
    }
    key_into(resolve_probe, file, "", name);
    if (file_defs.contains(resolve_probe)) return resolve_probe;
    if (std::find(seen.begin(), seen.end(), std::string_view(file)) != seen.end()) return "";
    seen.push_back(file);
    auto fit = file_index.find(file);
    if (fit == file_index.end()) return "";
    const auto dot = name.find('.');
    // "Class" of "Class.member": compared with what each import binds.
    const std::string_view head = dot == std::string::npos ? std::string_view() : std::string_view(name).substr(0, dot);
    for (const auto& imp : fit->second->imports) {
      if (!imp.name.empty()) {
        const std::string& bound = imp.alias.empty() ? imp.name : imp.alias;
        std::string rest;
        if (bound == name) rest = imp.name;
        else if (dot != std::string::npos && head == bound) rest = imp.name + name.substr(dot);  // Class.member
        if (rest.empty()) continue;
        for (const auto& t : module_targets(file, imp, false)) {
          Seen inner;
          if (auto k = resolve_key(t, "", rest, depth + 1, inner); !k.empty()) return k;
        }
        // `from pkg import mod` then mod.x: the imported name is a module itself
        if (dot != std::string::npos && head == bound)
          for (const auto& t : module_targets(file, imp, true)) {
            Seen inner;
            if (auto k = resolve_key(t, "", name.substr(dot + 1), depth + 1, inner); !k.empty()) return k;
          }
      } else if (imp.include) {
        for (const auto& t : module_targets(file, imp, false))
          if (auto k = resolve_key(t, "", name, depth + 1, seen); !k.empty()) return k;
      } else if (dot != std::string::npos) {
        if (head != (imp.alias.empty() ? import_bound(imp) : imp.alias)) continue;
        for (const auto& t : module_targets(file, imp, false)) {
          Seen inner;
          if (auto k = resolve_key(t, "", name.substr(dot + 1), depth + 1, inner); !k.empty()) return k;
        }
      }
    }
    if (depth == 0) {
      // Same package (Go: every file of a folder shares one scope).
      const std::string& lang = language(file);
      if (lang == "go" || lang == "java" || lang == "kotlin")
        for (const auto& other : modules.same_folder(file)) {
          if (other == file) continue;
          if (file_defs.contains(key(other, "", name))) return key(other, "", name);
          // Class.member of a class in the same package (Java/Kotlin: one public class per file)
          if (dot != std::string::npos && ModuleIndex::last_component(other) == name.substr(0, dot) &&
              file_defs.contains(key(other, "", name.substr(dot + 1))))
            return key(other, "", name.substr(dot + 1));
        }
      // C/C++ linkage: functions and variables are global across translation units (macros are not).
      if (c_family(file) || language(file) == "nginx")
        if (auto it = global_names.find(name); it != global_names.end()) return key(it->second.front(), "", name);
    }
    return "";
  }
  // resolve_key from the top, remembered: names are looked up again and again (every use, every call
  // of the same callee), and once every file is declared the answer no longer changes.
  // Beyond a function's locals the answer depends on the file alone, so it is kept per file: a
  // function's own lookups are not stored (a local's key is its answer, held by `locals`), and a key
  // is built in place to probe (most lookups repeat one made before).
  StringIndex file_lookups;
  std::deque<std::string> file_answers;  // by file_lookups id (a deque: answers handed out stay put)
  std::string probe;
  const std::string& lookup(const std::string& file, const std::string& fn, const std::string& name) {
    if (!fn.empty()) {
      key_into(probe, file, fn, name);
      if (const int local = locals.find(probe); local >= 0) return locals.key(local);
    }
    key_into(probe, file, "", name);
    bool added = false;
    const int id = file_lookups.insert(probe, &added);
    if (!added) return file_answers[static_cast<size_t>(id)];
    Seen seen;
    file_answers.push_back(resolve_key(file, "", name, 0, seen));
    return file_answers.back();
  }
  int resolve(const std::string& file, const std::string& fn, const std::string& name) {
    const std::string& k = lookup(file, fn, name);
    if (k.empty()) return -1;
    return node(k);
  }
  // A name that nothing defines: one node per file (or function), so its uses still meet.
  int resolve_or_placeholder(const std::string& file, const std::string& fn, const std::string& name) {
    int id = resolve(file, fn, name);
    return id >= 0 ? id : node(key(file, "", name));
  }

  std::string type_of(const std::string& node_key) const {
    auto it = types.find(node_key);
    return it == types.end() ? "" : it->second;
  }

  // One level of field sensitivity: `Type.f` when the base's declared type is known, else the field of
  // that one object.
  int field_node(const Value& v, const std::string& file, const std::string& fn) {
    if (v.parts.empty()) return node(key(file, fn, "?." + v.text));
    const Value& base = v.parts[0];
    if (base.kind == ValueKind::name) {
      // mod.NAME, pkg.Func, Class.CONSTANT: a name another file defines, reached through an import
      if (lookup(file, fn, base.text).empty())
        if (const std::string& k = lookup(file, fn, base.text + "." + v.text); !k.empty()) return node(k);
      int b = resolve_or_placeholder(file, fn, base.text);
      if (auto t = type_of(*nodes[b].key); !t.empty()) return node(std::string("\x1e") + t + "." + v.text);
      return node(*nodes[b].key + "." + v.text);
    }
    if (base.kind == ValueKind::field) return node(*nodes[field_node(base, file, fn)].key + "." + v.text);
    return node(key(file, fn, "?." + v.text));
  }
  // The object a field belongs to (a store into a.f makes `a` carry the value).
  int base_object(const Value& field, const std::string& file, const std::string& fn) {
    if (field.parts.empty()) return -1;
    const Value& base = field.parts[0];
    if (base.kind == ValueKind::name) return resolve_or_placeholder(file, fn, base.text);
    if (base.kind == ValueKind::field) return base_object(base, file, fn);
    return -1;
  }

  const FunctionRef* callee(const std::string& file, const std::string& fn, const std::string& text) {
    const std::string& k = lookup(file, fn, text);
    if (auto it = function_of.find(k); !k.empty() && it != function_of.end()) return &it->second;
    // obj.method(): a method of that name defined in this file, when there is exactly one
    if (auto dot = text.rfind('.'); dot != std::string::npos) {
      const auto& methods = methods_of(file);
      auto it = methods.find(text.substr(dot + 1));
      return it == methods.end() ? nullptr : it->second;
    }
    return nullptr;
  }
  const std::unordered_map<std::string, const FunctionRef*>& methods_of(const std::string& file) {
    static const std::unordered_map<std::string, const FunctionRef*> kNone;
    auto it = methods_by_file.find(file);
    return it == methods_by_file.end() ? kNone : it->second;
  }

  // The nodes an expression reads from; registers calls (and their argument flows) on the way.
  std::vector<int> sources(const Value& v, const std::string& file, const std::string& fn) {
    switch (v.kind) {
      case ValueKind::literal: {
        if (v.location.line == 0) return {};
        char end[32];
        char* e = std::to_chars(end, end + sizeof end, v.location.end_line).ptr;
        *e++ = ':';
        e = std::to_chars(e, end + sizeof end, v.location.end_column).ptr;
        int id = node(site_key("\x1bL", file, v.location.line, v.location.column, std::string_view(end, static_cast<size_t>(e - end))));
        if (nodes[id].first_def < 0) {
          add_def(id, Def{&v, intern(file), intern(fn), &v.location, {}});
          literals[file].emplace(std::make_pair(v.location.line, v.location.column), std::make_pair(&v.location, id));
        }
        return {id};
      }
      case ValueKind::name: return {resolve_or_placeholder(file, fn, v.text)};
      case ValueKind::field: return {field_node(v, file, fn)};
      case ValueKind::call: return {call_node(v, file, fn)};
      case ValueKind::concat: {
        std::vector<int> out;
        for (const auto& p : v.parts) {
          auto s = sources(p, file, fn);
          out.insert(out.end(), s.begin(), s.end());
        }
        return out;
      }
      case ValueKind::file_read: return v.parts.empty() ? std::vector<int>{} : sources(v.parts[0], file, fn);
      case ValueKind::env: {
        std::vector<int> out{node("\x1a" "env:" + v.text)};
        if (!v.parts.empty())
          for (int s : sources(v.parts[0], file, fn)) out.push_back(s);
        return out;
      }
      case ValueKind::unknown: return {};
    }
    return {};
  }

  // Method names that store their arguments in the receiver: init, load…, set…, add…, put… (setX, not
  // settings()). Logging and other reads do not: a shared logger must not join unrelated values.
  static bool configures_receiver(const std::string& method) {
    if (method == "init" || method == "load") return true;
    for (const char* prefix : {"set", "add", "put", "load"})
      if (method.size() > std::strlen(prefix) && method.rfind(prefix, 0) == 0 &&
          std::isupper(static_cast<unsigned char>(method[std::strlen(prefix)])))
        return true;
    return false;
  }

  int call_node(const Value& call, const std::string& file, const std::string& fn) {
    const std::string k = site_key("\x1d", file, call.location.line, call.location.column, call.text);
    int id = node(k);
    if (call_done.size() <= static_cast<size_t>(id)) call_done.resize(nodes.size(), 0);
    if (call_done[id]) return id;
    call_done[id] = 1;
    const FunctionRef* target = callee(file, fn, call.text);
    // obj.method(…): the receiver takes part in the call like an argument (not a module or class name)
    if (auto dot = call.text.rfind('.'); dot != std::string::npos && dot > 0) {
      Value recv = parse_object_text(call.text.substr(0, dot));
      const bool object = recv.kind == ValueKind::field ||
                          (recv.kind == ValueKind::name && !lookup(file, fn, recv.text).empty() && !function_of.count(lookup(file, fn, recv.text)));
      if (object) {
        auto recv_nodes = sources(recv, file, fn);
        const Message as_receiver{Why::receiver, 0, &call.text, nullptr};
        for (int s : recv_nodes) edge(s, id, EdgeKind::plain, call.location, as_receiver);
        // A library method that configures its receiver (tmf.init(ks), ctx.init(…, tms, …),
        // ks.setCertificateEntry(…, cert), conn.setSSLSocketFactory(f)): what is passed is stored in
        // the receiver, so the object carries it on to where it is used.
        const Message stored{Why::stored_by, static_cast<int>(dot), &call.text, nullptr};
        if (!target && configures_receiver(call.text.substr(dot + 1)))
          for (const Value& arg : call.parts)
            // Not a file-scope name (a global CA string given to several clients): storing it would join
            // every client that shares it. A local, a parameter or a value built here is this call's own.
            for (int s : arg.label == kReceiverLabel || (arg.kind == ValueKind::name && !locals.contains(key(file, fn, arg.text)))
                             ? std::vector<int>{}
                             : sources(arg, file, fn))
              for (int r : recv_nodes) edge(s, r, EdgeKind::plain, call.location, stored);
      }
    }
    size_t position = 0;
    // Per call, not per argument: the callee's key prefix and the caller's interned names.
    const std::string owner = target ? key(target->file, target->fn->name, "") : std::string();
    const std::string* caller_file = nullptr;
    const std::string* caller_fn = nullptr;
    for (size_t i = 0; i < call.parts.size(); ++i) {
      const Value& arg = call.parts[i];
      auto srcs = sources(arg, file, fn);
      const bool receiver = arg.label == kReceiverLabel;
      const Message what = receiver            ? Message{Why::receiver, 0, &call.text, nullptr}
                           : arg.label.empty() ? Message{Why::argument, static_cast<int>(i + 1), &call.text, nullptr}
                                               : Message{Why::keyword, 0, &call.text, &arg.label};
      for (int s : srcs) edge(s, id, EdgeKind::plain, call.location, what);
      if (!target || receiver) continue;
      const auto& params = target->fn->params;
      size_t pi = params.size();
      if (arg.label.empty()) pi = position++;
      else pi = static_cast<size_t>(std::find(params.begin(), params.end(), arg.label) - params.begin());
      if (pi >= params.size()) continue;
      int p = node(key(target->file, target->fn->name, params[pi]), owner);
      if (!caller_file) {
        caller_file = intern(file);
        caller_fn = intern(fn);
      }
      add_def(p, Def{&arg, caller_file, caller_fn, arg.location.line ? &arg.location : &call.location, what});
      for (int s : srcs) edge(s, p, EdgeKind::param_in, call.location, what);
    }
    if (target) {
      int r = node(key(target->file, target->fn->name, kReturn), owner);
      edge(r, id, EdgeKind::return_out, call.location, Message{Why::returned_by, 0, &call.text, nullptr});
    }
    return id;
  }

  void declare(const std::string& file, const FileFlows& ff) {
    for (const auto& imp : ff.imports)
      if (!imp.name.empty()) imported_names.insert(imp.alias.empty() ? imp.name : imp.alias);
    for (const auto& f : ff.functions) {
      file_defs.insert(key(file, "", f.name));
      defined_names.insert(f.name);
      if (auto [fit, fresh] = function_of.emplace(key(file, "", f.name), FunctionRef{file, &f}); fresh) {
        const auto dot = f.name.rfind('.');
        auto [m, first] = methods_by_file[file].try_emplace(dot == std::string::npos ? f.name : f.name.substr(dot + 1), &fit->second);
        if (!first) m->second = nullptr;
      }
      if (ff.language == "c" || ff.language == "cpp") global_names[f.name].push_back(file);
      for (size_t i = 0; i < f.params.size(); ++i) {
        locals.insert(key(file, f.name, f.params[i]));
        if (i < f.param_types.size())
          if (auto t = normalise_type(f.param_types[i]); !t.empty()) types[key(file, f.name, f.params[i])] = t;
      }
    }
    for (const auto& a : ff.assignments) {
      if (a.kind == AssignKind::ret || a.target.kind != ValueKind::name) continue;
      const std::string& name = a.target.text;
      if (a.function.empty()) {
        if (a.kind == AssignKind::assign && file_defs.contains(key(file, "", name))) continue;
        file_defs.insert(key(file, "", name));
        defined_names.insert(name);
        if (a.kind == AssignKind::macro) macros.insert(key(file, "", name));
        else if (ff.language == "c" || ff.language == "cpp" || ff.language == "nginx") global_names[name].push_back(file);  // nginx: upstream names
        if (auto t = normalise_type(a.type); !t.empty()) types[key(file, "", name)] = t;
      } else if (a.kind == AssignKind::definition) {
        locals.insert(key(file, a.function, name));
        if (auto t = normalise_type(a.type); !t.empty()) types[key(file, a.function, name)] = t;
      }
    }
    // Without declarations (Python, Ruby; JS/Go `x = …` after a file-level binding is not), an
    // assignment inside a function binds a local.
    if (ff.language == "c" || ff.language == "cpp") return;
    for (const auto& a : ff.assignments)
      if (a.kind == AssignKind::assign && !a.function.empty() && a.target.kind == ValueKind::name &&
          (ff.language == "python" || ff.language == "ruby" || !file_defs.contains(key(file, "", a.target.text))))
        locals.insert(key(file, a.function, a.target.text));
  }

  void connect(const std::string& file, const FileFlows& ff) {
    const std::string lang = ff.language;
    for (const auto& a : ff.assignments) {
      const std::string& fn = a.function;
      int target = -1;
      Message what;
      if (a.kind == AssignKind::ret) {
        target = node(key(file, fn, kReturn), key(file, fn, ""));
        what = Message{Why::returned_from, 0, &fn, nullptr};
      } else if (a.target.kind == ValueKind::name) {
        target = resolve(file, fn, a.target.text);
        if (target < 0) target = node(key(file, "", a.target.text));  // a global no parsed file declares
        what = Message{a.kind == AssignKind::macro ? Why::macro : Why::assigned, 0, &a.target.text, nullptr};
      } else if (a.target.kind == ValueKind::field) {
        target = field_node(a.target, file, fn);
        what = Message{Why::field_store, 0, &a.target.text, nullptr};
      } else {
        continue;
      }
      add_def(target, Def{&a.value, intern(file), intern(fn), &a.location, what});
      auto srcs = sources(a.value, file, fn);
      for (int s : srcs) edge(s, target, EdgeKind::plain, a.location, what);
      if (a.target.kind == ValueKind::field) {
        int obj = base_object(a.target, file, fn);
        for (int s : srcs) edge(s, obj, EdgeKind::plain, a.location, what);
      }
    }
    for (const auto& c : ff.calls) sources(c.call, file, c.function);
  }

  // --- values ---------------------------------------------------------------------------------

  // "line N: " first: the stderr summary groups notes by what follows it, so a hundred files that hit
  // the same bound are one line, and -v still lists each place.
  void note(const std::string& file, const std::string& message) { notes.insert(Notification{file, message, "note"}); }

  void add_capped(std::vector<ResolvedValue>& out, ResolvedValue r, const Location& at) {
    for (const auto& o : out)
      if (o.value == r.value && o.file_content == r.file_content) return;
    if (static_cast<int>(out.size()) >= options.max_values) {
      note(at.file, "line " + std::to_string(at.line) + ": flow: more than " + std::to_string(options.max_values) +
                        " values reach one expression; the rest are not judged");
      return;
    }
    out.push_back(std::move(r));
  }

  std::vector<ResolvedValue> eval_node(int id, int depth, const Location& at) {
    visit(id);
    if (auto it = memo.find(id); it != memo.end()) return it->second;
    if (evaluating.count(id)) return {};  // a cycle adds no new value
    evaluating.insert(id);
    std::vector<ResolvedValue> out;
    // Copies of the definitions there are now: evaluation may add nodes and definitions.
    std::vector<Def> now;
    for (int i = nodes[id].first_def, last = nodes[id].last_def; i >= 0; i = i == last ? -1 : defs[i].next) now.push_back(defs[i]);
    bool cut = false;
    for (const auto& d : now) {
      searched(d.file);
      if (!d.value) continue;
      const std::string message = d.message.str();
      if (d.value->kind == ValueKind::literal) {
        ResolvedValue r{d.value->text, false, {}};
        if (!message.empty()) r.steps.push_back({*d.at, message});
        add_capped(out, std::move(r), at);
        continue;
      }
      for (auto r : eval(*d.value, *d.file, *d.fn, depth + 1, *d.at, cut)) {
        r.steps.insert(r.steps.begin(), Step{*d.at, message});
        add_capped(out, std::move(r), at);
      }
    }
    evaluating.erase(id);
    if (!cut) memo[id] = out;  // a result cut by depth depends on where the search started
    return out;
  }

  std::vector<ResolvedValue> eval(const Value& v, const std::string& file, const std::string& fn, int depth, const Location& at,
                                  bool& cut) {
    if (depth > options.max_depth) {
      cut = true;
      note(at.file.empty() ? file : at.file.str(),
           "line " + std::to_string(at.line) + ": flow: a value was not followed beyond depth " + std::to_string(options.max_depth));
      return {};
    }
    switch (v.kind) {
      case ValueKind::literal: return {ResolvedValue{v.text, false, {}}};
      case ValueKind::name: {
        int id = resolve(file, fn, v.text);
        if (id < 0) return {};
        return eval_node(id, depth, at);
      }
      case ValueKind::field: return eval_node(field_node(v, file, fn), depth, at);
      case ValueKind::call: {
        const FunctionRef* target = callee(file, fn, v.text);
        if (!target) return {};
        const int ret = ids.find(key(target->file, target->fn->name, kReturn));
        if (ret < 0) return {};
        auto out = eval_node(ret, depth, at);
        for (auto& r : out) r.steps.insert(r.steps.begin(), Step{v.location, "returned by " + v.text});
        return out;
      }
      case ValueKind::concat: {
        std::vector<ResolvedValue> acc{ResolvedValue{}};
        for (const auto& p : v.parts) {
          auto part = eval(p, file, fn, depth + 1, at, cut);
          if (part.empty()) return {};
          std::vector<ResolvedValue> next;
          for (const auto& a : acc)
            for (const auto& b : part) {
              ResolvedValue r{a.value + b.value, false, a.steps};
              r.steps.insert(r.steps.end(), b.steps.begin(), b.steps.end());
              add_capped(next, std::move(r), at);
            }
          acc = std::move(next);
        }
        return acc;
      }
      case ValueKind::file_read: {
        if (v.parts.empty()) return {};
        auto out = eval(v.parts[0], file, fn, depth + 1, at, cut);
        for (auto& r : out) {
          r.file_content = true;
          r.steps.insert(r.steps.begin(), Step{v.location, "file read here"});
        }
        return out;
      }
      case ValueKind::env: {
        if (v.parts.empty()) return {};
        auto out = eval(v.parts[0], file, fn, depth + 1, at, cut);
        for (auto& r : out) r.steps.insert(r.steps.begin(), Step{v.location, "default of environment variable " + v.text});
        return out;
      }
      case ValueKind::unknown: return {};
    }
    return {};
  }

  // --- links ----------------------------------------------------------------------------------

  struct Visit {
    int parent = -1;       // index into the visit list
    int node = -1;
    // The edge taken (from edge_owner, backward or forward): its index in Impl::edges; indices stay
    // valid when later queries append edges, pointers would not.
    int edge_owner = -1;
    int edge_index = -1;
    int entered = 0;  // function entered through a parameter (forward) or a return (backward): owner id, 0 = none
    int depth = 0;
    bool forward = false;
    int steps = 0;  // edges from the anchor
    int source = 0;  // which anchor of a multi-anchor search it comes from
  };

  std::vector<int> origins(const Anchor& a) {
    const std::string fn = function_at(a.file, a.at);
    std::vector<int> out;
    if (!a.object.empty()) {
      const Value& o = kept.emplace_back(parse_object_text(a.object));
      if (o.kind != ValueKind::unknown) {
        auto s = sources(o, a.file, fn);
        out.insert(out.end(), s.begin(), s.end());
        if (o.kind == ValueKind::field)
          if (int b = base_object(o, a.file, fn); b >= 0) out.push_back(b);
      }
    }
    if (a.value.kind != ValueKind::unknown) {
      auto s = sources(kept.emplace_back(a.value), a.file, fn);
      out.insert(out.end(), s.begin(), s.end());
    }
    if (a.at.line > 0)
      if (auto it = literals.find(a.file); it != literals.end()) {
        const auto start = std::make_pair(a.at.line, a.at.column);
        const auto end = std::make_pair(a.at.end_line ? a.at.end_line : a.at.line, a.at.end_column ? a.at.end_column : 1 << 30);
        const auto& by_start = it->second;
        // Inside the anchor: literals that start in its range.
        for (auto l = by_start.lower_bound(start); l != by_start.end() && l->first <= end; ++l) {
          const Location& loc = *l->second.first;
          if (std::make_pair(loc.end_line, loc.end_column) <= end) out.push_back(l->second.second);
        }
        // Around it: literals do not overlap, so only those of the nearest earlier start can hold it.
        auto l = by_start.upper_bound(start);
        if (l != by_start.begin()) {
          const auto nearest = std::prev(l)->first;
          for (auto r = by_start.equal_range(nearest); r.first != r.second; ++r.first) {
            const Location& loc = *r.first->second.first;
            if (std::make_pair(loc.end_line, loc.end_column) >= std::make_pair(a.at.end_line, a.at.end_column)) out.push_back(r.first->second.second);
          }
        }
      }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Backward to what the anchor was built from, then forward to everything that uses it.
  // Backward to what the anchors were built from, then forward to everything that uses it. `start`
  // pairs a node with the anchor it belongs to; several anchors share one search (the first anchor
  // to reach a node owns it).
  // `toward`: when given, the forward phase only enters nodes it marks (see `reaching`).
  std::vector<Visit> closure(const std::vector<std::pair<int, int>>& start, const std::vector<const Anchor*>& anchors,
                             const std::vector<char>* toward = nullptr) {
    auto wanted = [&](int n) { return !toward || (static_cast<size_t>(n) < toward->size() && (*toward)[n]); };
    std::vector<Visit> visits;
    // (node, function entered) pairs already queued, one number each.
    std::unordered_set<std::uint64_t> seen_back, seen_fwd;
    auto pair_key = [](int node, int entered) { return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(node)) << 32) | static_cast<std::uint32_t>(entered); };
    std::deque<int> queue;
    for (const auto& [s, source] : start) {
      if (seen_back.insert(pair_key(s, 0)).second) {
        visits.push_back(Visit{-1, s, -1, -1, 0, 0, false, 0, source});
        queue.push_back(static_cast<int>(visits.size()) - 1);
      }
    }
    std::set<int> limited;  // anchors whose search hit the depth bound
    while (!queue.empty()) {
      int vi = queue.front();
      queue.pop_front();
      const Visit cur = visits[vi];
      visit(cur.node);
      if (cur.depth >= options.max_depth) {
        if (nodes[cur.node].first_in >= 0) limited.insert(cur.source);
        continue;
      }
      for (int ei = nodes[cur.node].first_in; ei >= 0; ei = edges[ei].next_in) {
        const Edge e = edges[ei];
        int entered = cur.entered;
        if (e.kind == EdgeKind::return_out) entered = nodes[e.from].owner;  // into the callee through its return
        if (e.kind == EdgeKind::param_in && cur.entered != 0 && nodes[cur.node].owner == cur.entered) continue;
        if (!seen_back.insert(pair_key(e.from, entered)).second) continue;
        searched(&edge_info[ei].at->file.str());
        visits.push_back(Visit{vi, e.from, cur.node, ei, entered, cur.depth + 1, false, cur.steps + 1, cur.source});
        queue.push_back(static_cast<int>(visits.size()) - 1);
      }
    }
    const size_t back_count = visits.size();
    for (size_t i = 0; i < back_count; ++i) {
      if (!wanted(visits[i].node) || !seen_fwd.insert(pair_key(visits[i].node, 0)).second) continue;
      queue.push_back(static_cast<int>(i));
    }
    // Forward visits restart the depth count: the two phases are bounded separately.
    while (!queue.empty()) {
      int vi = queue.front();
      queue.pop_front();
      const Visit cur = visits[vi];
      visit(cur.node);
      const int d = cur.forward ? cur.depth : 0;
      if (d >= options.max_depth) {
        if (nodes[cur.node].first_out >= 0) limited.insert(cur.source);
        continue;
      }
      for (int ei = nodes[cur.node].first_out; ei >= 0; ei = edges[ei].next_out) {
        const Edge e = edges[ei];
        int entered = cur.forward ? cur.entered : 0;
        if (e.kind == EdgeKind::param_in) entered = nodes[e.to].owner;
        if (e.kind == EdgeKind::return_out && entered != 0 && nodes[cur.node].owner == entered) continue;
        if (!wanted(e.to) || !seen_fwd.insert(pair_key(e.to, entered)).second) continue;
        searched(&edge_info[ei].at->file.str());
        visits.push_back(Visit{vi, e.to, cur.node, ei, entered, d + 1, true, cur.steps + 1, cur.source});
        queue.push_back(static_cast<int>(visits.size()) - 1);
      }
    }
    for (int source : limited) {
      const Anchor& a = *anchors[source];
      note(a.file, "line " + std::to_string(a.at.line) + ": flow: a search stopped at depth " + std::to_string(options.max_depth) +
                       "; links beyond it are not followed");
    }
    return visits;
  }

  // Steps from the anchor to visit `vi`, in order.
  std::vector<Step> path_to(const std::vector<Visit>& visits, int vi) {
    std::vector<Step> back, fwd;
    for (int i = vi; i >= 0 && visits[i].edge_owner >= 0; i = visits[i].parent) {
      const EdgeInfo& e = edge_info[visits[i].edge_index];
      Step step{*e.at, e.message.str()};
      auto& list = visits[i].forward ? fwd : back;
      if (list.empty() || !(list.back() == step)) list.push_back(std::move(step));
    }
    // Collected from the meeting point back to the anchor: backward steps in the order they were
    // taken from the anchor, then forward steps in flow order.
    std::reverse(fwd.begin(), fwd.end());
    std::vector<Step> out(back.rbegin(), back.rend());
    out.insert(out.end(), fwd.begin(), fwd.end());
    return out;
  }

  // Visits of a search, and for each node its visit with the fewest steps outside any function
  // entered through a parameter or a return (a meeting there would join unrelated callers of a
  // shared helper).
  struct Closure {
    std::vector<Visit> visits;
    std::unordered_map<int, int> first;
  };

  Closure closure_of(const std::vector<const Anchor*>& anchors, const std::vector<char>* toward = nullptr) {
    Closure c;
    std::vector<std::pair<int, int>> start;
    for (size_t i = 0; i < anchors.size(); ++i) {
      searched(intern(anchors[i]->file));
      for (int o : origins(*anchors[i])) start.push_back({o, static_cast<int>(i)});
    }
    if (!start.empty()) c.visits = closure(start, anchors, toward);
    for (size_t i = 0; i < c.visits.size(); ++i) {
      if (c.visits[i].entered != 0) continue;
      auto [f, fresh] = c.first.emplace(c.visits[i].node, static_cast<int>(i));
      if (!fresh && c.visits[i].steps < c.visits[f->second].steps) f->second = static_cast<int>(i);
    }
    return c;
  }

  // The shortest meeting of two searches: the visit of each, or nullopt.
  std::optional<std::pair<int, int>> meet(const Closure& ca, const Closure& cb) const {
    const auto& va = ca.visits;
    const auto& vb = cb.visits;
    if (va.empty() || vb.empty()) return std::nullopt;
    int best_a = -1, best_b = -1, best_len = 1 << 30;
    for (const auto& [node_id, i] : ca.first) {
      auto it = cb.first.find(node_id);
      if (it == cb.first.end()) continue;
      int len = va[i].steps + vb[it->second].steps;
      if (len < best_len || (len == best_len && node_id < va[best_a].node)) {
        best_len = len;
        best_a = i;
        best_b = it->second;
      }
    }
    if (best_a < 0) return std::nullopt;
    return std::make_pair(best_a, best_b);
  }

  Link joined(const Closure& ca, int a, const Closure& cb, int b) {
    Link l;
    l.steps = path_to(ca.visits, a);
    auto tail = path_to(cb.visits, b);
    std::reverse(tail.begin(), tail.end());
    for (auto& s : tail)
      if (l.steps.empty() || !(l.steps.back() == s)) l.steps.push_back(std::move(s));
    return l;
  }

  std::optional<Link> link(const Anchor& a, const Anchor& b) {
    const Closure ca = closure_of({&a});
    const Closure cb = closure_of({&b});
    auto m = meet(ca, cb);
    if (!m) return std::nullopt;
    return joined(ca, m->first, cb, m->second);
  }

  // One search over every target anchor, made once: the judge asks about each trust setting and all
  // S3/CloudFront endpoints of the scan, so pairwise searches would be quadratic.
  std::vector<Anchor> target_anchors;
  std::optional<Closure> target_closure;

  std::optional<TargetLink> link_to_targets(const Anchor& a) {
    if (!target_closure) {
      std::vector<const Anchor*> ptrs;
      for (const auto& t : target_anchors) ptrs.push_back(&t);
      target_closure = closure_of(ptrs);
      reaching.assign(nodes.size(), 0);
      reaching_on = true;
      for (const auto& [node_id, visit] : target_closure->first) mark_reaching(node_id);
    }
    const Closure ca = closure_of({&a}, &reaching);
    auto m = meet(ca, *target_closure);
    if (!m) return std::nullopt;
    return TargetLink{static_cast<size_t>(target_closure->visits[m->second].source), joined(ca, m->first, *target_closure, m->second)};
  }

  // Functions of a file by start, each with the innermost function around it: the innermost
  // function holding a place is found by a search and a walk up the nesting, not a scan of the file.
  struct FunctionSpans {
    std::vector<std::pair<std::pair<int, int>, const Function*>> by_start;
    std::vector<int> parent;  // index into by_start, -1 = none
  };
  mutable std::unordered_map<std::string, FunctionSpans> spans;

  static bool holds(const Location& r, const Location& at) {
    return std::make_pair(r.line, r.column) <= std::make_pair(at.line, at.column) &&
           std::make_pair(r.end_line, r.end_column) >= std::make_pair(at.line, at.column);
  }

  const FunctionSpans& spans_of(const std::string& file, const FileFlows& ff) const {
    auto [it, fresh] = spans.try_emplace(file);
    if (!fresh) return it->second;
    FunctionSpans& fs = it->second;
    for (const auto& f : ff.functions) fs.by_start.push_back({{f.range.line, f.range.column}, &f});
    // Same start: the larger range first, so that it is the parent of the smaller one.
    stable_sort_vector(fs.by_start, [](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first < b.first;
      return std::make_pair(a.second->range.end_line, a.second->range.end_column) >
             std::make_pair(b.second->range.end_line, b.second->range.end_column);
    });
    fs.parent.assign(fs.by_start.size(), -1);
    std::vector<int> open;  // functions whose range is still open, outermost first
    for (size_t i = 0; i < fs.by_start.size(); ++i) {
      const Location& r = fs.by_start[i].second->range;
      while (!open.empty() && !holds(fs.by_start[open.back()].second->range, Location{"", r.line, r.column, 0, 0})) open.pop_back();
      fs.parent[i] = open.empty() ? -1 : open.back();
      open.push_back(static_cast<int>(i));
    }
    return fs;
  }

  std::string function_at(const std::string& file, const Location& at) const {
    auto it = file_index.find(file);
    if (it == file_index.end() || it->second->functions.empty()) return "";
    const FunctionSpans& fs = spans_of(file, *it->second);
    auto after = std::upper_bound(fs.by_start.begin(), fs.by_start.end(), std::make_pair(at.line, at.column),
                                  [](const auto& pos, const auto& e) { return pos < e.first; });
    int i = static_cast<int>(after - fs.by_start.begin()) - 1;
    // The last function starting before `at`, else the functions around it, innermost first; among
    // functions of the same start the smallest holding `at` wins.
    while (i >= 0 && !holds(fs.by_start[i].second->range, at)) i = fs.parent[i];
    if (i < 0) return "";
    int best = i;
    for (int j = i + 1; j < static_cast<int>(fs.by_start.size()) && fs.by_start[j].first == fs.by_start[i].first; ++j)
      if (holds(fs.by_start[j].second->range, at)) best = j;
    return fs.by_start[best].second->name;
  }
};

namespace {
// Adds the wall time of the outermost public call to `total` (queries call each other).
class Timed {
 public:
  Timed(double& total, int& depth) : total_(total), depth_(depth), start_(std::chrono::steady_clock::now()) { ++depth_; }
  ~Timed() {
    if (--depth_ == 0) total_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  double& total_;
  int& depth_;
  std::chrono::steady_clock::time_point start_;
};
}  // namespace

Solver::Solver(const std::vector<FlowFile>& files, SolverOptions options) : impl_(std::make_unique<Impl>()) {
  Timed timed(impl_->seconds, impl_->timing_depth);
  const auto start = std::chrono::steady_clock::now();
  impl_->options = options;
  std::vector<std::string> paths;
  for (const auto& f : files)
    if (f.flows) {
      impl_->files[f.file] = f.flows;
      impl_->file_index[f.file] = f.flows;
      paths.push_back(f.file);
    }
  impl_->modules = ModuleIndex(paths);
  // The key maps sized once from the record count: grown one key at a time they rehash every key again
  // and again (python tree: graph 0.35 → 0.31 s).
  size_t records = 0;
  for (const auto& [file, ff] : impl_->files) records += ff->assignments.size() + ff->calls.size() + ff->functions.size();
  // From the counts of the four real trees of bench/real.sh: nodes 1.0-1.2 per record, file-scope
  // lookups about a third. An index's table is written whole when sized, so it is not sized larger.
  impl_->ids.reserve(records + records / 4);
  // Reserved, not grown: each doubling copied every node (three vectors each) into fresh pages, and
  // the page faults were a fifth of the build. Pages reserved and never used cost nothing.
  impl_->nodes.reserve(records * 2);
  impl_->edge_info.reserve(records * 2);
  impl_->edges.reserve(records * 2);
  impl_->defs.reserve(records + records / 2);
  impl_->file_lookups.reserve(records / 2);
  impl_->strings.reserve(records);
  for (const auto& [file, ff] : impl_->files) impl_->declare(file, *ff);
  for (const auto& [file, ff] : impl_->files) impl_->connect(file, *ff);
  impl_->build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Solver::~Solver() = default;

std::string Solver::function_at(const std::string& file, const Location& at) const {
  Timed timed(impl_->seconds, impl_->timing_depth);
  return impl_->function_at(file, at);
}

double Solver::seconds() const { return impl_->seconds; }
double Solver::build_seconds() const { return impl_->build_seconds; }

size_t Solver::visited_node_count() const { return impl_->visited_count; }

std::vector<std::string> Solver::visited_files() const {
  std::unordered_map<std::string_view, const std::string*> by_id;
  for (const auto& [file, id] : impl_->file_ids) by_id.emplace(id, &file);
  std::set<std::string> out;
  for (const std::string* f : impl_->searched_files) out.insert(*f);
  for (size_t n = 0; n < impl_->visited.size(); ++n)
    if (impl_->visited[n])
      if (const std::string* f = impl_->file_of_node(static_cast<int>(n), by_id)) out.insert(*f);
  return {out.begin(), out.end()};
}

std::vector<ResolvedValue> Solver::values_of(const std::string& file, const Location& at, const Value& v) {
  Timed timed(impl_->seconds, impl_->timing_depth);
  bool cut = false;
  Location where = at;
  where.file = file;
  impl_->searched(impl_->intern(file));
  return impl_->eval(v, file, function_at(file, at), 0, where, cut);
}

std::optional<Link> Solver::link(const Anchor& a, const Anchor& b) {
  Timed timed(impl_->seconds, impl_->timing_depth);
  Anchor x = a, y = b;
  x.at.file = x.file;
  y.at.file = y.file;
  return impl_->link(x, y);
}

void Solver::set_targets(const std::vector<Anchor>& targets) {
  impl_->target_anchors = targets;
  for (auto& t : impl_->target_anchors) t.at.file = t.file;
  impl_->target_closure.reset();
  impl_->reaching.clear();
  impl_->reaching_on = false;
}

std::optional<TargetLink> Solver::link_to_targets(const Anchor& a) {
  Timed timed(impl_->seconds, impl_->timing_depth);
  Anchor x = a;
  x.at.file = x.file;
  return impl_->link_to_targets(x);
}

std::vector<Notification> Solver::notifications() const { return {impl_->notes.begin(), impl_->notes.end()}; }

size_t Solver::node_count() const { return impl_->nodes.size(); }
size_t Solver::edge_count() const { return impl_->edges.size(); }

Value parse_object_text(const std::string& raw) {
  std::string t;
  for (char c : raw)
    if (!std::isspace(static_cast<unsigned char>(c))) t.push_back(c);
  while (!t.empty() && (t[0] == '&' || t[0] == '*' || t[0] == '(')) t.erase(0, 1);
  while (!t.empty() && t.back() == ')') t.pop_back();
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '.' || (t[i] == '-' && i + 1 < t.size() && t[i + 1] == '>')) {
      parts.push_back(cur);
      cur.clear();
      if (t[i] == '-') ++i;
      continue;
    }
    if (!(std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == '_' || t[i] == '$')) return Value{};
    cur.push_back(t[i]);
  }
  parts.push_back(cur);
  for (const auto& p : parts)
    if (p.empty()) return Value{};
  Value v = Value::name(parts[0]);
  for (size_t i = 1; i < parts.size(); ++i) {
    Value f = Value::of(ValueKind::field, parts[i], {v});
    v = std::move(f);
  }
  return v;
}

std::string_view to_string(ValueKind k) {
  switch (k) {
    case ValueKind::literal: return "literal";
    case ValueKind::name: return "name";
    case ValueKind::field: return "field";
    case ValueKind::call: return "call";
    case ValueKind::concat: return "concat";
    case ValueKind::file_read: return "file_read";
    case ValueKind::env: return "env";
    case ValueKind::unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace atscan::flow
