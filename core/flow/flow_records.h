#pragma once
// Flow records: what a front-end knows about how values move in one file, in a form no language owns.
// The solver (solver.h) joins the records of every file of a scan; the judge asks it which values
// reach a trust sink and whether a trust setting and an endpoint meet in the same client.
//
// Identity is scoped: a name means file + function + name (function "" = file scope) and is resolved
// like the language would (local, then file, then the files it includes or imports); a field is
// `Type.field` when the base's declared type is known, otherwise the field of that one scoped object.
#include <string>
#include <vector>

#include "core/model/location.h"

namespace atscan::flow {

// The shapes of an expression the solver understands; everything else is `unknown`.
enum class ValueKind {
  literal,    // text = the string value, unescaped
  name,       // text = an identifier as written ("a.b" = b of the module/namespace imported as a)
  field,      // text = the field name; parts[0] = the base expression (a.f, a->f, self.f)
  call,       // text = the callee as written ("connect", "mod.make_client"); parts = the arguments in order
  concat,     // parts joined: adjacent literals, '+' of strings, a macro body of several pieces
  file_read,  // the content of the file whose path is parts[0] (open().read(), os.ReadFile, fopen+PEM_read…)
  env,        // text = an environment variable; parts[0] = the default when it is unset, if given
  unknown,    // text = the source text, for messages
};

struct Value {
  ValueKind kind = ValueKind::unknown;
  std::string text;
  std::vector<Value> parts;
  Location location;
  std::string label;  // an argument passed by keyword (Python f(cafile=…)): bound to the parameter of that name

  static Value literal(std::string s, Location at = {}) { return {ValueKind::literal, std::move(s), {}, std::move(at), {}}; }
  static Value of(ValueKind k, std::string text, std::vector<Value> parts = {}, Location at = {}) {
    return {k, std::move(text), std::move(parts), std::move(at), {}};
  }
  static Value name(std::string s, Location at = {}) { return {ValueKind::name, std::move(s), {}, std::move(at), {}}; }
  bool operator==(const Value&) const = default;
};

// A function, method or lambda with a name. Its range decides which records and facts belong to it.
struct Function {
  std::string name;                      // as the language spells it; methods may be "Type.method"
  std::vector<std::string> params;       // in order; a method's receiver is not a parameter
  std::vector<std::string> param_types;  // declared types, "" when not written ("NetworkCredentials_t *")
  Location range;                        // the whole definition
  bool operator==(const Function&) const = default;
};

enum class AssignKind {
  definition,  // a declaration with its initial value: constant, local, static final, struct-field initializer
  macro,       // #define NAME body
  assign,      // target = value later on
  ret,         // return value (target unused)
};

// target = value in `function` ("" = file scope). A field store has a `field` target.
struct Assignment {
  AssignKind kind = AssignKind::assign;
  std::string function;
  Value target;       // name or field
  Value value;
  std::string type;   // declared type of a definition, when written
  Location location;
  bool operator==(const Assignment&) const = default;
};

// A call whose result is not assigned (an expression statement): calls inside assignments and
// arguments are found in their values.
struct Call {
  std::string function;  // the caller ("" = file scope)
  Value call;            // kind call
  bool operator==(const Call&) const = default;
};

// #include "x.h", import a.b, from a import b as c, require("./a"), import x from "./a".
struct Import {
  std::string module;  // as written: "config.h", "pkg.mod", "./util", "../lib/x"
  std::string name;    // one imported name ("" = the whole module, or every name for includes/star)
  std::string alias;   // the local name it is bound to ("" = name, or the module's last component)
  bool include = false;  // textual inclusion (C/C++): every file-scope name of the target is visible
  Location location;
  bool operator==(const Import&) const = default;
};

// A file the build puts somewhere: CMake file(DOWNLOAD url dest), curl -o / wget -O, COPY, a volume.
// documented: a README section that names hosts (source) beside the files it describes (dest: the
// section's text); the judge reads it for certificate files of the README's folder.
// written: a script writes a trust directive into a configuration file (`echo "js_fetch_trusted_certificate
// …;" >> dest`); the trust fact at `location` is what the file holds, wherever it is included.
enum class ProducerKind { download, copy, volume, documented, written };
struct Producer {
  ProducerKind kind = ProducerKind::download;
  std::string source;  // URL for downloads; a tree path for COPY and volumes; a host for documented
  std::string dest;    // where the file appears (build or container path); the section text for documented
  Location location;
  bool operator==(const Producer&) const = default;
};

// The label of a call part that is the call's receiver built in place (new URL(u).openConnection()),
// not an argument: it binds no parameter.
inline constexpr const char* kReceiverLabel = "\x01receiver";

// Everything one file yields, beside its facts.
struct FileFlows {
  std::string language;  // "c", "cpp", "python", … (name lookup rules differ slightly)
  std::vector<Function> functions;
  std::vector<Assignment> assignments;
  std::vector<Call> calls;
  std::vector<Import> imports;
  std::vector<Producer> producers;

  bool operator==(const FileFlows&) const = default;
  bool empty() const {
    return functions.empty() && assignments.empty() && calls.empty() && imports.empty() && producers.empty();
  }
};

std::string_view to_string(ValueKind k);

}  // namespace atscan::flow
