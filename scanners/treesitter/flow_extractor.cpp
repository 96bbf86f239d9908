#include "scanners/treesitter/flow_extractor.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <set>

#include "scanners/treesitter/match_facts.h"
#include "scanners/treesitter/string_values.h"

namespace atscan::ts {
namespace {

using flow::AssignKind;
using flow::Value;
using flow::ValueKind;

bool is(TSNode n, std::initializer_list<const char*> types) {
  if (ts_node_is_null(n)) return false;
  const char* t = ts_node_type(n);
  for (const char* x : types)
    if (std::strcmp(t, x) == 0) return true;
  return false;
}
// Every helper accepts a null node (a missing field): tree-sitter's own accessors do not.
// Field ids by name, per grammar on this thread, keyed by the address of `name` (a string literal, never
// a temporary's text): ts_node_child_by_field_name compares the name with the grammar's field names on
// every call, and the walk asks for fields at most nodes.
TSNode field(TSNode n, const char* name) {
  if (ts_node_is_null(n)) return n;
  thread_local const TSLanguage* language = nullptr;
  thread_local std::vector<std::pair<const char*, TSFieldId>> ids;
  const TSLanguage* l = ts_node_language(n);
  if (l != language) {
    language = l;
    ids.clear();
  }
  for (const auto& [known, id] : ids)
    if (known == name) return ts_node_child_by_field_id(n, id);
  const TSFieldId id = ts_language_field_id_for_name(l, name, static_cast<uint32_t>(std::strlen(name)));
  ids.emplace_back(name, id);
  return ts_node_child_by_field_id(n, id);
}
// A yes/no answer per grammar symbol, decided once per symbol by `decide` and kept (one per question and
// thread): the walk asks its questions of every node, and the answers depend on the node's type alone.
class SymbolAnswers {
 public:
  template <typename Decide>
  bool of(TSNode n, Decide&& decide) {
    const TSLanguage* l = ts_node_language(n);
    if (l != language_) {
      language_ = l;
      known_.assign(ts_language_symbol_count(l) + 1, -1);
    }
    const TSSymbol sym = ts_node_symbol(n);
    if (sym >= known_.size()) known_.resize(sym + 1, -1);
    if (known_[sym] < 0) known_[sym] = decide(n) ? 1 : 0;
    return known_[sym] == 1;
  }

 private:
  const TSLanguage* language_ = nullptr;
  std::vector<int8_t> known_;  // by symbol: -1 not yet seen, 0 no, 1 yes
};
bool is_comment(TSNode n) {
  thread_local SymbolAnswers answers;
  return answers.of(n, [](TSNode k) { return is(k, {"comment", "line_comment", "block_comment"}); });
}
// Children through a cursor: ts_node_named_child(n, i) walks from the first child every time, which
// is quadratic on a translation unit of thousands of declarations (device headers).
// One cursor per thread, reset for each call (creating one allocates its stack).
struct ThreadCursor {
  TSTreeCursor c{};
  bool made = false;
  ~ThreadCursor() {
    if (made) ts_tree_cursor_delete(&c);
  }
  TSTreeCursor* at(TSNode n) {
    if (!made) c = ts_tree_cursor_new(n);
    else ts_tree_cursor_reset(&c, n);
    made = true;
    return &c;
  }
};
void named_children_into(TSNode n, std::vector<TSNode>& out) {
  out.clear();
  if (ts_node_is_null(n) || ts_node_child_count(n) == 0) return;
  thread_local ThreadCursor tc;
  TSTreeCursor* c = tc.at(n);
  if (ts_tree_cursor_goto_first_child(c)) {
    do {
      TSNode k = ts_tree_cursor_current_node(c);
      if (ts_node_is_named(k) && !is_comment(k)) out.push_back(k);
    } while (ts_tree_cursor_goto_next_sibling(c));
  }
}
std::vector<TSNode> named_children(TSNode n) {
  std::vector<TSNode> out;
  named_children_into(n, out);
  return out;
}
std::vector<TSNode> children_by_field(TSNode n, const char* name) {
  std::vector<TSNode> out;
  if (ts_node_is_null(n) || ts_node_child_count(n) == 0) return out;
  TSTreeCursor c = ts_tree_cursor_new(n);
  if (ts_tree_cursor_goto_first_child(&c)) {
    do {
      const char* f = ts_tree_cursor_current_field_name(&c);
      if (f && std::strcmp(f, name) == 0) out.push_back(ts_tree_cursor_current_node(&c));
    } while (ts_tree_cursor_goto_next_sibling(&c));
  }
  ts_tree_cursor_delete(&c);
  return out;
}

const std::set<std::string, std::less<>> kLiteralTypes = {
    "string", "string_literal", "interpreted_string_literal", "raw_string_literal", "template_string", "verbatim_string_literal",
    "line_string_literal", "multi_line_string_literal", "multiline_string_literal", "text_block", "concatenated_string"};
const std::set<std::string, std::less<>> kCTypeWords = {"char", "short", "int", "long", "unsigned", "signed", "float", "double",
                                                          "void", "const", "volatile", "static", "extern", "struct", "union", "enum",
                                                          "bool", "auto", "register", "inline", "_Bool"};
const std::set<std::string, std::less<>> kNameTypes = {"identifier", "field_identifier", "property_identifier", "shorthand_property_identifier",
                                          "simple_identifier", "type_identifier", "package_identifier", "constant"};
const std::set<std::string, std::less<>> kCallTypes = {"call_expression", "call", "method_invocation", "object_creation_expression", "new_expression"};
const std::set<std::string, std::less<>> kFunctionTypes = {"function_definition", "function_declaration", "method_declaration", "method_definition",
                                              "constructor_declaration", "generator_function_declaration"};
// Every other node type Walk::record() has a branch for. A type outside these and the two sets above
// gives no record, so the walk passes it by without the chain of comparisons (most nodes of a file:
// names, literals, argument lists). A new branch in record() must add its type here.
const std::set<std::string, std::less<>> kOtherRecordTypes = {
    "class_definition", "class_declaration", "class_specifier", "struct_specifier", "class", "preproc_def", "preproc_include",
    "import_statement", "import_from_statement", "import_spec", "import_declaration", "declaration", "field_declaration",
    "local_variable_declaration", "variable_declarator", "var_spec", "const_spec", "short_var_declaration", "assignment_statement",
    "assignment", "assignment_expression", "augmented_assignment", "return_statement"};

// Whether record() may act on `n`'s type, cached per grammar symbol on this thread.
bool record_type(TSNode n) {
  thread_local SymbolAnswers answers;
  return answers.of(n, [](TSNode k) {
    const std::string_view t = ts_node_type(k);
    return kFunctionTypes.count(t) || kCallTypes.count(t) || kOtherRecordTypes.count(t);
  });
}

std::string last_part(const std::string& callee) {
  auto cut = callee.find_last_of(".:>");
  return cut == std::string::npos ? callee : callee.substr(cut + 1);
}

// Callees whose result is the content of the file named by their first argument.
bool reads_file(const std::string& callee) {
  static const std::set<std::string> full = {"open", "io.open", "fopen", "BIO_new_file", "os.ReadFile", "ioutil.ReadFile", "fs.readFileSync",
                                             "readFileSync", "fs.readFile", "fsPromises.readFile", "File.ReadAllText", "File.ReadAllBytes",
                                             "new FileInputStream", "Files.readAllBytes", "Files.readString", "Paths.get", "Path.of"};
  return full.count(callee) > 0;
}
// Callees and methods that hand their first argument (or receiver) on unchanged for our purposes:
// the certificate parsed from a file handle is that file's content, Path(p) is p.
bool passes_through(const std::string& callee) {
  static const std::set<std::string> last = {"PEM_read_X509", "PEM_read_bio_X509", "PEM_read_X509_AUX", "PEM_read_bio_X509_AUX", "d2i_X509_fp",
                                             "BIO_new_mem_buf", "d2i_X509_bio", "aws_byte_cursor_from_c_str", "aws_byte_cursor_from_array",
                                             "aws_byte_buf_from_c_str", "aws_byte_buf_from_array",
                                             "Path", "PurePath", "str", "bytes", "String", "Buffer.from", "strdup", "c_str", "data",
                                             "encode", "decode", "toString", "trim", "strip", "expanduser", "abspath", "realpath"};
  for (const char* cast : {"const_cast<", "static_cast<", "reinterpret_cast<"})  // C++ casts parse as calls
    if (callee.rfind(cast, 0) == 0) return true;
  return last.count(callee) || last.count(last_part(callee));
}
// Methods whose result is their receiver re-encoded or trimmed: s.decode("ascii") is s, not "ascii".
bool passes_receiver(const std::string& method) {
  return method == "encode" || method == "decode" || method == "strip" || method == "trim" || method == "toString" || method == "c_str" ||
         method == "data";
}
// Methods that read what their receiver names (open(p).read(), Path(p).read_text()).
bool reads_receiver(const std::string& method) {
  return method == "read" || method == "read_text" || method == "read_bytes" || method == "readlines" || method == "readAllBytes";
}
bool env_read(const std::string& callee) {
  return callee == "getenv" || callee == "os.getenv" || callee == "os.Getenv" || callee == "os.environ.get" || callee == "System.getenv" ||
         callee == "secure_getenv" || callee == "os.LookupEnv" || callee == "ENV.fetch";
}

// "_binary_aws_root_ca_pem_start" → "aws_root_ca.pem" (the last '_' was the dot); "" when none.
std::string embedded_file_symbol(const std::string& declaration) {
  auto at = declaration.find("\"_binary_");
  if (at == std::string::npos) return "";
  auto end = declaration.find('"', at + 1);
  if (end == std::string::npos) return "";
  std::string sym = declaration.substr(at + 9, end - at - 9);
  for (const char* suffix : {"_start", "_end"})
    if (sym.size() > std::strlen(suffix) && sym.ends_with(suffix)) sym.resize(sym.size() - std::strlen(suffix));
  auto dot = sym.rfind('_');
  if (dot == std::string::npos || dot == 0) return "";
  sym[dot] = '.';
  return sym;
}

}  // namespace

bool has_flow_support(const std::string& language) {
  static const std::set<std::string> supported = {"c", "cpp", "python", "go", "javascript", "typescript", "tsx", "java"};
  return supported.count(language) > 0;
}

FlowExtractor::FlowExtractor(std::string language, std::string_view source, std::string file)
    : language_(std::move(language)), source_(source), file_(std::move(file)) {}

std::string FlowExtractor::text(TSNode n) const {
  if (ts_node_is_null(n)) return {};
  uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
  if (e > source_.size() || b > e) return {};
  return std::string(source_.substr(b, e - b));
}
Location FlowExtractor::where(TSNode n) const { return ts_node_is_null(n) ? Location{file_, 0, 0, 0, 0} : location_of(n, file_); }

Value macro_body_value(std::string_view body, const Location& at) {
  // Tokens: "…" literals, identifiers, and the punctuation of parentheses and casts (ignored).
  std::vector<Value> parts;
  std::string pending_literal;
  bool have_literal = false;
  auto flush = [&] {
    if (have_literal) parts.push_back(Value::literal(pending_literal, at));
    pending_literal.clear();
    have_literal = false;
  };
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '\\' && i + 1 < body.size() && (body[i + 1] == '\n' || body[i + 1] == '\r')) {
      i += 2;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == ')' || c == '*') {
      ++i;
      continue;
    }
    if (c == '/' && i + 1 < body.size() && (body[i + 1] == '/' || body[i + 1] == '*')) break;  // trailing comment
    if (c == '"' || ((c == 'L' || c == 'u' || c == 'U') && i + 1 < body.size() && body[i + 1] == '"')) {
      size_t start = c == '"' ? i : i + 1;
      size_t j = start + 1;
      while (j < body.size() && body[j] != '"') j += body[j] == '\\' ? 2 : 1;
      if (j >= body.size()) return Value{ValueKind::unknown, {}, {}, at, ""};
      auto v = unquote_literal(body.substr(start, j - start + 1));
      if (!v) return Value{ValueKind::unknown, {}, {}, at, ""};
      pending_literal += *v;
      have_literal = true;
      i = j + 1;
      continue;
    }
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t j = i;
      while (j < body.size() && (std::isalnum(static_cast<unsigned char>(body[j])) || body[j] == '_')) ++j;
      std::string word(body.substr(i, j - i));
      i = j;
      // a cast's type words: (const char *) "…", (uint8_t *) NAME
      static const std::set<std::string> casts = {"const", "char", "unsigned", "signed", "uint8_t", "int8_t", "void", "volatile", "static"};
      if (casts.count(word)) continue;
      flush();
      parts.push_back(Value::name(word, at));
      continue;
    }
    return Value{ValueKind::unknown, {}, {}, at, ""};  // an operator: not a plain value
  }
  flush();
  if (parts.empty()) return Value{ValueKind::unknown, {}, {}, at, ""};
  if (parts.size() == 1) return parts[0];
  return Value{ValueKind::concat, "", std::move(parts), at, ""};
}

Value FlowExtractor::value(TSNode n, int depth) const {
  if (ts_node_is_null(n) || depth > 64) return {};
  const std::string_view type = ts_node_type(n);
  const Location at = where(n);
  auto unknown = [&] { return Value{ValueKind::unknown, {}, {}, at, ""}; };  // no text: nothing reads it

  if (kLiteralTypes.count(type)) {
    ValueResolver plain(source_, nullptr);
    if (auto v = plain.resolve(n)) return Value::literal(*v, at);
    // Interpolated: f"…{x}", `…${x}`, "…#{x}": the literal pieces and the names, joined
    Value joined{ValueKind::concat, "", {}, at, ""};
    for (TSNode c : named_children(n)) {
      const std::string ct = ts_node_type(c);
      if (ct.find("fragment") != std::string::npos || ct.find("content") != std::string::npos) {
        joined.parts.push_back(Value::literal(text(c), where(c)));
      } else if (ct == "template_substitution" || ct == "interpolation" || ct == "interpolated_expression") {
        auto kids = named_children(c);
        joined.parts.push_back(kids.empty() ? unknown() : value(kids[0], depth + 1));
      }
    }
    return joined.parts.empty() ? unknown() : joined;
  }
  if (type == "preproc_arg") return macro_body_value(text(n), at);
  if (kNameTypes.count(type)) return Value::name(text(n), at);
  if (type == "this" || type == "self") return Value::name(text(n), at);
  if (type == "parenthesized_expression" || type == "await_expression" || type == "as_expression" || type == "non_null_expression" ||
      type == "satisfies_expression" || type == "type_assertion_expression" || type == "expression_statement") {
    auto kids = named_children(n);
    return kids.empty() ? unknown() : value(kids[0], depth + 1);
  }
  if (type == "cast_expression") return value(field(n, "value"), depth + 1);
  if (type == "pointer_expression" || (type == "unary_expression" && text(n).rfind("&", 0) == 0)) {
    TSNode a = field(n, "argument");
    if (ts_node_is_null(a)) a = field(n, "operand");
    return value(a, depth + 1);
  }
  // Aggregates built in place (Go T{K: v}, JS { ca: v }, Python dict(…)/{…}, C { .f = v }): a value
  // like a constructor call, so what is put in meets what the aggregate is handed to.
  if (type == "composite_literal" || type == "object" || type == "dictionary" || type == "literal_value") {
    TSNode body = field(n, "body");
    std::string callee = type == "composite_literal" ? text(field(n, "type")) + "{…}" : std::string("{…}");
    Value agg{ValueKind::call, callee, {}, at, ""};
    for (TSNode item : named_children(ts_node_is_null(body) ? n : body)) {
      TSNode v = field(item, "value");
      TSNode k = field(item, "key");
      if (is(item, {"keyed_element"})) {  // Go: key/value are literal_element wrappers
        auto kids = named_children(item);
        if (kids.size() == 2) {
          k = kids[0];
          v = kids[1];
        }
      }
      Value part = value(ts_node_is_null(v) ? item : v, depth + 1);
      if (!ts_node_is_null(k)) part.label = text(k);
      agg.parts.push_back(std::move(part));
    }
    return agg;
  }
  if (type == "initializer_list") {  // { 0x30, 0x82, … }: bytes (a DER certificate in a C array)
    std::string bytes;
    auto kids = named_children(n);
    for (TSNode k : kids) {
      if (!is(k, {"number_literal", "char_literal"})) return unknown();
      const std::string t = text(k);
      bytes.push_back(static_cast<char>(std::strtol(t.c_str(), nullptr, 0)));
    }
    if (bytes.size() < 16) return unknown();
    return Value::literal(bytes, at);
  }
  if (type == "literal_element") {
    auto kids = named_children(n);
    return kids.empty() ? unknown() : value(kids[0], depth + 1);
  }
  if (type == "keyword_argument") {  // Python f(cafile=…)
    Value v = value(field(n, "value"), depth + 1);
    v.label = text(field(n, "name"));
    return v;
  }
  // Fields: C a.b / a->b, Python a.b, Go a.b, JS a.b, Java a.b
  if (type == "field_expression" || type == "attribute" || type == "selector_expression" || type == "member_expression" || type == "field_access") {
    TSNode base = field(n, "argument");
    if (ts_node_is_null(base)) base = field(n, "object");
    if (ts_node_is_null(base)) base = field(n, "operand");
    TSNode f = field(n, "field");
    if (ts_node_is_null(f)) f = field(n, "attribute");
    if (ts_node_is_null(f)) f = field(n, "property");
    if (ts_node_is_null(base) || ts_node_is_null(f)) return unknown();
    const std::string base_text = text(base);
    if (base_text == "process.env") return Value{ValueKind::env, text(f), {}, at, ""};
    return Value{ValueKind::field, text(f), {value(base, depth + 1)}, at, ""};
  }
  if (type == "subscript_expression" || type == "subscript") {  // os.environ["X"], process.env["X"]
    TSNode base = field(n, "value");
    if (ts_node_is_null(base)) base = field(n, "object");
    TSNode idx = field(n, "subscript");
    if (ts_node_is_null(idx)) idx = field(n, "index");
    const std::string bt = ts_node_is_null(base) ? "" : text(base);
    if ((bt == "os.environ" || bt == "process.env") && !ts_node_is_null(idx)) {
      Value k = value(idx, depth + 1);
      if (k.kind == ValueKind::literal) return Value{ValueKind::env, k.text, {}, at, ""};
    }
    return unknown();
  }
  if (type == "binary_expression" || type == "binary_operator" || type == "additive_expression") {
    TSNode l = field(n, "left"), r = field(n, "right");
    if (ts_node_is_null(l) || ts_node_is_null(r)) return unknown();
    std::string all = text(n), lt = text(l), rt = text(r);
    if (all.size() < lt.size() + rt.size()) return unknown();
    auto op = all.substr(lt.size(), all.size() - lt.size() - rt.size());
    if (op.find('+') == std::string::npos) return unknown();
    return Value{ValueKind::concat, "", {value(l, depth + 1), value(r, depth + 1)}, at, ""};
  }
  if (kCallTypes.count(type)) {
    std::string callee;
    TSNode fn = field(n, "function");
    TSNode receiver{};
    if (type == "method_invocation") {  // Java obj.name(args)
      TSNode obj = field(n, "object");
      callee = (ts_node_is_null(obj) ? "" : text(obj) + ".") + text(field(n, "name"));
      receiver = obj;
    } else if (type == "object_creation_expression" || type == "new_expression") {
      TSNode t = field(n, "type");
      if (ts_node_is_null(t)) t = field(n, "constructor");
      callee = "new " + text(t);
    } else if (!ts_node_is_null(fn)) {
      callee = text(fn);
      for (const char* f : {"argument", "object", "operand"})
        if (ts_node_is_null(receiver)) receiver = field(fn, f);
    }
    callee.erase(std::remove_if(callee.begin(), callee.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }), callee.end());
    Value call{ValueKind::call, callee, {}, at, ""};
    TSNode args = field(n, "arguments");
    if (!ts_node_is_null(args))
      for (TSNode a : named_children(args)) call.parts.push_back(value(a, depth + 1));
    if (reads_file(callee) && !call.parts.empty()) return Value{ValueKind::file_read, callee, {call.parts[0]}, at, ""};
    if (env_read(callee) && !call.parts.empty() && call.parts[0].kind == ValueKind::literal) {
      Value env{ValueKind::env, call.parts[0].text, {}, at, ""};
      if (call.parts.size() > 1) env.parts.push_back(call.parts[1]);
      return env;
    }
    if (callee == "os.path.join" || callee == "path.join" || callee == "filepath.Join" || callee == "path.resolve") {
      Value joined{ValueKind::concat, "", {}, at, ""};
      for (size_t i = 0; i < call.parts.size(); ++i) {
        if (i) joined.parts.push_back(Value::literal("/", at));
        joined.parts.push_back(call.parts[i]);
      }
      return joined;
    }
    if (!ts_node_is_null(receiver) && call.parts.empty() && reads_receiver(last_part(callee))) {
      Value r = value(receiver, depth + 1);
      if (r.kind == ValueKind::file_read) return r;
      return Value{ValueKind::file_read, callee, {r}, at, ""};
    }
    if (!ts_node_is_null(receiver) && passes_receiver(last_part(callee))) return value(receiver, depth + 1);
    if (passes_through(callee)) {
      if (!call.parts.empty()) return call.parts[0];
      if (!ts_node_is_null(receiver)) return value(receiver, depth + 1);
    }
    // A receiver that is itself built in place (new URL(u).openConnection(), Session().get(…)): its value
    // takes part in the call, labelled so that it binds no parameter. A named receiver is found by name.
    if (!ts_node_is_null(receiver) && kCallTypes.count(ts_node_type(receiver))) {
      Value r = value(receiver, depth + 1);
      if (r.kind != ValueKind::unknown) {
        r.label = flow::kReceiverLabel;
        call.parts.push_back(std::move(r));
      }
    }
    return call;
  }
  return unknown();
}

// The walk over statements, carrying the enclosing function and class.
struct FlowExtractor::Walk {
  // Nesting followed at most this deep: the walk recurses once per level, and a file of 20,000 nested
  // parentheses or blocks would otherwise exhaust the stack. Deeper parts give no records.
  static constexpr int kMaxDepth = 256;
  struct Depth {
    int now = 0;
    bool cut = false;
  };

  const FlowExtractor& x;
  flow::FileFlows& out;
  std::string fn;
  std::string cls;
  Depth* depth;

  // A declared variable's name. A type word is never one in C/C++: a declaration behind a macro the
  // grammar does not know (CURL_EXTERN int CURL_DEPRECATED(…) f(…);  extern float f __P((int, float));)
  // parses with the word as its declarator, and every file with such a line would define a global "int".
  std::string declared_variable(TSNode d) const {
    std::string s = declared_name(d);
    if ((x.language_ == "c" || x.language_ == "cpp") && kCTypeWords.count(s)) return "";
    return s;
  }

  std::string declared_name(TSNode d) const {
    // C declarators nest: pointer_declarator → array_declarator → identifier; JS/Java use "name".
    for (int guard = 0; guard < 16 && !ts_node_is_null(d); ++guard) {
      const std::string t = ts_node_type(d);
      if (kNameTypes.count(t) || t == "qualified_identifier" || t == "destructor_name" || t == "operator_name") {
        std::string s = x.text(d);
        auto cut = s.rfind("::");
        return cut == std::string::npos ? s : s.substr(cut + 2);
      }
      TSNode next = field(d, "declarator");
      if (ts_node_is_null(next)) next = field(d, "name");
      if (ts_node_is_null(next)) next = field(d, "pattern");
      if (ts_node_is_null(next)) next = field(d, "left");
      if (ts_node_is_null(next)) {
        auto kids = named_children(d);
        if (kids.empty()) return "";
        next = kids[0];
      }
      d = next;
    }
    return "";
  }
  bool pointer_declarator(TSNode d) const { return is(d, {"pointer_declarator"}); }

  void assign(AssignKind kind, Value target, Value v, TSNode at, std::string type = "") {
    if (kind != AssignKind::ret && target.kind != ValueKind::name && target.kind != ValueKind::field) return;
    out.assignments.push_back(flow::Assignment{kind, fn, std::move(target), std::move(v), std::move(type), x.where(at)});
  }

  // C struct initializers: T v = { .field = value, … } stores into v.field.
  // Structs that only point at data (curl_blob, gnutls_datum_t): the data is what a sink receives.
  static bool data_wrapper(std::string type) {
    for (const char* q : {"const ", "struct "})
      if (type.rfind(q, 0) == 0) type.erase(0, std::strlen(q));
    return type == "curl_blob" || type == "gnutls_datum_t" || type == "gnutls_datum";
  }
  // { data, len, … } or { .data = data, … }: the data member.
  Value wrapped_data(TSNode list) const {
    auto kids = named_children(list);
    for (TSNode item : kids)
      if (is(item, {"initializer_pair"}) && x.text(field(item, "designator")).find("data") != std::string::npos)
        return x.value(field(item, "value"));
    if (!kids.empty() && !is(kids[0], {"initializer_pair"})) return x.value(kids[0]);
    return Value{};
  }

  void initializer(const std::string& var, TSNode list, TSNode at) {
    for (TSNode item : named_children(list)) {
      if (!is(item, {"initializer_pair"})) continue;
      TSNode des = field(item, "designator");
      std::string f = x.text(des);
      f.erase(0, f.find_first_not_of(". \t"));
      if (f.empty() || (!std::isalpha(static_cast<unsigned char>(f[0])) && f[0] != '_')) continue;
      TSNode val = field(item, "value");
      if (is(val, {"initializer_list"})) continue;  // nested structs: one level of fields
      assign(AssignKind::assign, Value{ValueKind::field, f, {Value::name(var)}, x.where(des), ""}, x.value(val), item);
    }
  }

  void function(TSNode n) {
    std::string name;
    TSNode nm = field(n, "name");
    if (!ts_node_is_null(nm)) name = x.text(nm);
    else name = declared_name(field(n, "declarator"));  // C/C++: the function_declarator's name
    if (name.empty()) return;
    flow::Function f{name, {}, {}, x.where(n)};
    TSNode params = field(n, "parameters");
    if (ts_node_is_null(params)) {
      // C: function_definition → declarator (function_declarator) → parameters
      for (TSNode d = field(n, "declarator"); !ts_node_is_null(d); d = field(d, "declarator")) {
        if (is(d, {"function_declarator"})) {
          params = field(d, "parameters");
          break;
        }
      }
    }
    std::vector<std::pair<std::string, std::string>> receivers;
    if (!ts_node_is_null(params)) {
      for (TSNode p : named_children(params)) {
        if (is(p, {"parameter_declaration"}) && x.language_ == "go") {  // Go: a, b string
          for (TSNode id : children_by_field(p, "name")) {
            f.params.push_back(x.text(id));
            f.param_types.push_back(x.text(field(p, "type")));
          }
          continue;
        }
        std::string pname = kNameTypes.count(std::string(ts_node_type(p))) ? x.text(p) : declared_name(p);
        if (pname.empty() || pname == "void") continue;
        TSNode t = field(p, "type");
        std::string ptype = ts_node_is_null(t) ? "" : x.text(t);
        if (pointer_declarator(field(p, "declarator"))) ptype += " *";
        f.params.push_back(pname);
        f.param_types.push_back(ptype);
      }
    }
    // A method's receiver is not a positional parameter: Python self/cls, Go (c *Client).
    if (x.language_ == "python" && !cls.empty() && !f.params.empty() && (f.params[0] == "self" || f.params[0] == "cls")) {
      receivers.push_back({f.params[0], cls});
      f.params.erase(f.params.begin());
      f.param_types.erase(f.param_types.begin());
    }
    if (x.language_ == "go") {
      TSNode recv = field(n, "receiver");
      if (!ts_node_is_null(recv))
        for (TSNode p : named_children(recv))
          for (TSNode id : children_by_field(p, "name")) receivers.push_back({x.text(id), x.text(field(p, "type"))});
    }
    out.functions.push_back(f);
    Walk inner{x, out, name, cls, depth};
    for (const auto& [r, t] : receivers)
      out.assignments.push_back(flow::Assignment{AssignKind::definition, name, Value::name(r), Value{}, t, x.where(n)});
    TSNode body = field(n, "body");
    if (!ts_node_is_null(body)) inner.visit(body);
  }

  void imports(TSNode n) {
    const std::string_view t = ts_node_type(n);
    auto unquote = [&](TSNode s) {
      auto v = unquote_literal(x.text(s));
      return v ? *v : x.text(s);
    };
    if (t == "preproc_include") {
      TSNode p = field(n, "path");
      if (is(p, {"string_literal"})) out.imports.push_back(flow::Import{unquote(p), "", "", true, x.where(n)});
    } else if (t == "import_statement" && x.language_ == "python") {
      for (TSNode c : children_by_field(n, "name")) {
        if (is(c, {"aliased_import"})) out.imports.push_back(flow::Import{x.text(field(c, "name")), "", x.text(field(c, "alias")), false, x.where(n)});
        else out.imports.push_back(flow::Import{x.text(c), "", "", false, x.where(n)});
      }
    } else if (t == "import_from_statement") {
      const std::string module = x.text(field(n, "module_name"));
      bool any = false;
      for (TSNode c : children_by_field(n, "name")) {
        any = true;
        if (is(c, {"aliased_import"})) out.imports.push_back(flow::Import{module, x.text(field(c, "name")), x.text(field(c, "alias")), false, x.where(n)});
        else out.imports.push_back(flow::Import{module, x.text(c), "", false, x.where(n)});
      }
      if (!any) out.imports.push_back(flow::Import{module, "", "", true, x.where(n)});  // from m import *
    } else if (t == "import_spec") {
      TSNode nm = field(n, "name");
      out.imports.push_back(flow::Import{unquote(field(n, "path")), "", ts_node_is_null(nm) ? "" : x.text(nm), false, x.where(n)});
    } else if (t == "import_statement") {  // JS/TS
      const std::string module = unquote(field(n, "source"));
      for (TSNode clause : named_children(n)) {
        if (!is(clause, {"import_clause"})) continue;
        for (TSNode c : named_children(clause)) {
          if (is(c, {"identifier"})) out.imports.push_back(flow::Import{module, "default", x.text(c), false, x.where(n)});
          else if (is(c, {"namespace_import"})) {
            auto kids = named_children(c);
            if (!kids.empty()) out.imports.push_back(flow::Import{module, "", x.text(kids[0]), false, x.where(n)});
          } else if (is(c, {"named_imports"})) {
            for (TSNode s : named_children(c)) {
              TSNode alias = field(s, "alias");
              out.imports.push_back(flow::Import{module, x.text(field(s, "name")), ts_node_is_null(alias) ? "" : x.text(alias), false, x.where(n)});
            }
          }
        }
      }
    } else if (t == "import_declaration" && x.language_ == "go") {  // import ( "a"; b "c" )
      for (TSNode c : named_children(n)) {
        if (is(c, {"import_spec"})) imports(c);
        else
          for (TSNode spec : named_children(c))
            if (is(spec, {"import_spec"})) imports(spec);
      }
    } else if (t == "import_declaration") {  // Java
      for (TSNode c : named_children(n))
        if (is(c, {"scoped_identifier", "identifier"})) out.imports.push_back(flow::Import{x.text(c), "", "", false, x.where(n)});
    }
  }

  // JS: const x = require("./m") / const { a, b: c } = require("./m")
  bool require(TSNode name, TSNode value, TSNode at) {
    if (!is(value, {"call_expression"}) || x.text(field(value, "function")) != "require") return false;
    auto args = named_children(field(value, "arguments"));
    if (args.empty()) return false;
    auto m = unquote_literal(x.text(args[0]));
    if (!m) return false;
    if (is(name, {"identifier"})) out.imports.push_back(flow::Import{*m, "", x.text(name), false, x.where(at)});
    else if (is(name, {"object_pattern"}))
      for (TSNode p : named_children(name)) {
        if (is(p, {"shorthand_property_identifier_pattern"})) out.imports.push_back(flow::Import{*m, x.text(p), "", false, x.where(at)});
        else if (is(p, {"pair_pattern"})) out.imports.push_back(flow::Import{*m, x.text(field(p, "key")), x.text(field(p, "value")), false, x.where(at)});
      }
    return true;
  }

  void visit(TSNode n) {
    if (depth->now >= kMaxDepth) {
      depth->cut = true;
      return;
    }
    ++depth->now;
    if (!record_type(n) || record(n)) {
      // One vector per depth, kept for the thread: a walk visits every node of the file, and a vector
      // allocated per node was a tenth of the walk. Nested visits use deeper slots only.
      thread_local std::array<std::vector<TSNode>, kMaxDepth + 1> scratch;
      auto& kids = scratch[depth->now];
      named_children_into(n, kids);
      for (size_t i = 0; i < kids.size(); ++i) visit(kids[i]);
    }
    --depth->now;
  }

  // The records `n` gives; true when the walk goes on into its children. Not inlined: its frame is
  // large, and plain nesting (blocks, parentheses, operators) must not carry it once per level.
  [[gnu::noinline]] bool record(TSNode n) {
    const std::string_view t = ts_node_type(n);
    if (kFunctionTypes.count(t)) {
      function(n);
      return false;
    }
    if (t == "class_definition" || t == "class_declaration" || t == "class_specifier" || t == "struct_specifier" || t == "class") {
      TSNode nm = field(n, "name");
      Walk inner{x, out, fn, ts_node_is_null(nm) ? cls : x.text(nm), depth};
      for (TSNode c : named_children(n)) inner.visit(c);
      return false;
    }
    if (t == "preproc_def") {
      TSNode v = field(n, "value");
      // A macro that is not a string, a name or a concatenation of them (a number, an expression)
      // carries nothing a trust decision depends on: device headers define tens of thousands.
      if (Value body = ts_node_is_null(v) ? Value{} : x.value(v); body.kind != ValueKind::unknown)
        assign(AssignKind::macro, Value::name(x.text(field(n, "name"))), std::move(body), n);
      return false;
    }
    if (t == "preproc_include" || t == "import_statement" || t == "import_from_statement" || t == "import_spec" || t == "import_declaration") {
      imports(n);
      return false;
    }
    if (t == "declaration" || t == "field_declaration" || t == "local_variable_declaration") {
      TSNode type = field(n, "type");
      const std::string ty = ts_node_is_null(type) ? "" : x.text(type);
      for (TSNode d : children_by_field(n, "declarator")) {
        if (is(d, {"function_declarator"})) continue;  // a prototype
        if (is(d, {"init_declarator"}) || is(d, {"variable_declarator"})) {
          TSNode name = field(d, "declarator");
          if (ts_node_is_null(name)) name = field(d, "name");
          const std::string var = declared_variable(name);
          TSNode val = field(d, "value");
          const std::string vt = ty + (pointer_declarator(name) ? " *" : "");
          // Without a name nothing is declared: the value's own records only.
          if (!var.empty()) {
            if (!ts_node_is_null(val) && is(val, {"initializer_list"})) {
              Value bytes = x.value(val);
              // A data wrapper (curl_blob ca = {pem, len, flags}, gnutls_datum_t d = {pem, len}): its value is
              // the data it points to, the first member (or .data).
              if (bytes.kind != ValueKind::literal && data_wrapper(ty)) bytes = wrapped_data(val);
              assign(AssignKind::definition, Value::name(var), bytes.kind == ValueKind::unknown ? Value{} : bytes, d, vt);
              initializer(var, val, d);
            } else {
              assign(AssignKind::definition, Value::name(var), ts_node_is_null(val) ? Value{} : x.value(val), d, vt);
            }
          }
          if (!ts_node_is_null(val)) visit(val);
        } else if (auto sym = embedded_file_symbol(x.text(n)); !sym.empty()) {
          // ESP-IDF: extern const char x_start[] asm("_binary_ca_cert_pem_start") is the content of
          // the file the build embeds (EMBED_TXTFILES certs/ca_cert.pem): named by its mangled name.
          const std::string var = declared_variable(d);
          if (!var.empty())
            assign(AssignKind::definition, Value::name(var),
                   Value{ValueKind::file_read, "embedded file", {Value::literal(sym, x.where(n))}, x.where(n), ""}, d, ty);
        } else if (t != "field_declaration" || x.language_ == "java") {
          const std::string var = declared_variable(d);
          if (!var.empty()) assign(AssignKind::definition, Value::name(var), Value{}, d, ty + (pointer_declarator(d) ? " *" : ""));
        }
      }
      return false;
    }
    if (t == "variable_declarator" || t == "var_spec" || t == "const_spec") {  // JS, Go
      if (x.language_ == "go") {
        auto names = children_by_field(n, "name");
        TSNode vals = field(n, "value");
        auto vs = ts_node_is_null(vals) ? std::vector<TSNode>{} : named_children(vals);
        for (size_t i = 0; i < names.size(); ++i)
          assign(AssignKind::definition, Value::name(x.text(names[i])), i < vs.size() ? x.value(vs[i]) : Value{}, n, x.text(field(n, "type")));
        for (TSNode v : vs) visit(v);
        return false;
      }
      TSNode name = field(n, "name"), val = field(n, "value");
      if (!ts_node_is_null(val) && is(val, {"arrow_function", "function_expression", "function"})) {
        // const f = (a) => …: a function named by its variable
        flow::Function f{x.text(name), {}, {}, x.where(n)};
        TSNode params = field(val, "parameters");
        if (ts_node_is_null(params)) params = field(val, "parameter");
        if (!ts_node_is_null(params)) {
          if (is(params, {"identifier"})) f.params.push_back(x.text(params));
          else
            for (TSNode p : named_children(params)) f.params.push_back(kNameTypes.count(ts_node_type(p)) ? x.text(p) : declared_name(p));
        }
        f.param_types.resize(f.params.size());
        out.functions.push_back(f);
        Walk inner{x, out, f.name, cls, depth};
        TSNode body = field(val, "body");
        if (!ts_node_is_null(body)) {
          if (is(body, {"statement_block"})) inner.visit(body);
          else inner.assign(AssignKind::ret, Value{}, x.value(body), body);
        }
        return false;
      }
      if (!ts_node_is_null(val) && require(name, val, n)) return false;
      if (!ts_node_is_null(name) && is(name, {"identifier"})) assign(AssignKind::definition, Value::name(x.text(name)), ts_node_is_null(val) ? Value{} : x.value(val), n);
      if (!ts_node_is_null(val)) visit(val);
      return false;
    }
    if (t == "short_var_declaration" || t == "assignment_statement") {  // Go: a, err := f(x)
      auto ls = named_children(field(n, "left")), rs = named_children(field(n, "right"));
      const AssignKind k = t == "short_var_declaration" ? AssignKind::definition : AssignKind::assign;
      if (rs.size() == ls.size()) {
        for (size_t i = 0; i < ls.size(); ++i) assign(k, x.value(ls[i]), x.value(rs[i]), n);
      } else if (rs.size() == 1 && !ls.empty()) {
        assign(k, x.value(ls[0]), x.value(rs[0]), n);  // the first result carries the value (data, err)
        for (size_t i = 1; i < ls.size(); ++i) assign(k, x.value(ls[i]), Value{}, n);
      }
      for (TSNode r : rs) visit(r);
      return false;
    }
    if (t == "assignment" || t == "assignment_expression" || t == "augmented_assignment") {
      TSNode l = field(n, "left"), r = field(n, "right");
      if (!ts_node_is_null(l) && !ts_node_is_null(r)) {
        // module.exports = … and exports.x = … name what other files import: keep them as fields
        assign(AssignKind::assign, x.value(l), x.value(r), n);
        visit(r);
      }
      return false;
    }
    if (t == "return_statement") {
      auto kids = named_children(n);
      if (!kids.empty()) {
        TSNode v = kids[0];
        if (is(v, {"expression_list"})) {
          auto vs = named_children(v);
          if (!vs.empty()) v = vs[0];
        }
        assign(AssignKind::ret, Value{}, x.value(v), n);
        visit(kids[0]);
      }
      return false;
    }
    if (kCallTypes.count(t)) {
      Value c = x.value(n);
      if (c.kind == ValueKind::call || c.kind == ValueKind::file_read) out.calls.push_back(flow::Call{fn, c.kind == ValueKind::call ? c : Value{ValueKind::call, c.text, c.parts, c.location, ""}});
      // keep walking: nested calls and callbacks in arguments get their own records (the solver merges duplicates)
    }
    return true;
  }
};

bool FlowExtractor::extract(TSNode root, flow::FileFlows& out) const {
  out.language = language_ == "typescript" || language_ == "tsx" ? "javascript" : language_;
  Walk::Depth depth;
  Walk w{*this, out, "", "", &depth};
  w.visit(root);
  return !depth.cut;
}

}  // namespace atscan::ts
