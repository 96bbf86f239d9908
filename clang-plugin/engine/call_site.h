#pragma once
// What a family handler sees of one matched node (a call, a construction or a field assignment) and
// how it records facts. Values are resolved through literals, constants, constexpr, macros,
// adjacent-literal concatenation and simple std::string building; their definitions become origins.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/facts.h"

namespace clang {
class Expr;
class FunctionDecl;
}  // namespace clang

namespace atscan::clangfe {

class Collector;

enum class SiteKind { call, construct, assign };

// A resolved value and, when it was not written at the use, where it was defined.
struct Value {
  std::string text;    // string contents, or raw bytes for an integer array (DER)
  bool bytes = false;  // from an integer array initialiser
  std::vector<Location> origins;
  bool looks_pem() const { return text.find("-----BEGIN CERTIFICATE-----") != std::string::npos; }
  bool looks_der() const { return bytes && text.size() > 4 && static_cast<unsigned char>(text[0]) == 0x30; }
};

// What a verification callback body does, judged from its statements.
struct CallbackSummary {
  bool accepts_all = false;        // every path returns a non-zero constant: verification is off
  bool computes_digest = false;    // X509_digest, X509_pubkey_digest, SHA256 over the certificate
  std::vector<std::string> pins;   // constants the digest is compared with (hex, or sha256/base64 for SPKI)
  std::vector<CallbackConstant> names;  // issuer/subject texts compared with constants (strstr, strcmp, ==)
};

class CallSite {
 public:
  CallSite(Collector& collector, SiteKind kind, std::string name, const clang::Expr* node,
           std::vector<const clang::Expr*> args, const clang::Expr* object);

  SiteKind kind() const { return kind_; }
  // The family table name that matched ("SSL_CTX_set_verify", "Aws::S3::S3Client", "…::caFile").
  const std::string& name() const { return name_; }
  bool is(std::string_view n) const { return name_ == n; }
  // Arguments; for an assignment, argument 0 is the assigned value.
  size_t arg_count() const { return args_.size(); }
  const clang::Expr* arg(size_t i) const { return i < args_.size() ? args_[i] : nullptr; }

  std::optional<Value> string_arg(size_t i) const;
  // Certificate material followed through wrappers (BIO_new_mem_buf, QByteArray, buffer(), curl_blob).
  std::optional<Value> data_arg(size_t i) const;
  std::optional<std::int64_t> int_arg(size_t i) const;
  // The enumerator an argument names, through casts ("CURLOPT_CAINFO"); "" if none.
  std::string enum_arg(size_t i) const;
  // The object an argument refers to, scoped by function ("main::ctx"); "" if none.
  std::string object_arg(size_t i) const;
  std::string text_arg(size_t i) const;
  // nullptr, NULL, 0: "use the library default" for pointers and callbacks.
  bool null_arg(size_t i) const;
  // A function or lambda passed as a callback, with its body; nullptr when it is null or unknown.
  const clang::FunctionDecl* callback_arg(size_t i) const;
  CallbackSummary callback_summary(const clang::FunctionDecl* fn) const;
  // The record type name an argument has ("boost::asio::ssl::host_name_verification"), "" if none.
  std::string arg_type(size_t i) const;

  // The implicit object of a method call, the base of an assigned field, or the constructed variable.
  std::string this_object() const;
  // The variable this call or construction initialises or is assigned to ("" if none).
  std::string result_object() const;

  // Records a trust fact at this node (rule_id, kind, api, object set by the caller). `keep_objects`:
  // more objects whose "keeps system trust" mark also makes this fact additive.
  void trust(TrustFact f, const std::optional<Value>& value = std::nullopt, std::vector<std::string> keep_objects = {});
  // The same, with a fix that inserts `text` on its own line before the statement holding this call,
  // offered only when that statement sits directly in a block.
  void trust_with_insert_fix(TrustFact f, const std::optional<Value>& value, const std::string& text, const std::string& description);
  void endpoint(const std::string& object, const Value& value, const std::string& api, bool implied = false);
  void use(const std::string& from, const std::string& to, const std::string& message = "");
  // `object` keeps the system trust (SSL_CTX_set_default_verify_paths, CURLSSLOPT_NATIVE_CA): bundle and
  // store facts on it become additive (no finding), whatever order the calls come in.
  void keeps_system_trust(const std::string& object);
  // `object` is the server end of TLS: the trust facts on it (client-certificate verification) are dropped.
  void server_side(const std::string& object);
  // `connection` was made from `context` (SSL_new): an accepting connection makes its context a server's.
  void connection_of(const std::string& context, const std::string& connection);

 private:
  Collector& c_;
  SiteKind kind_;
  std::string name_;
  const clang::Expr* node_;
  std::vector<const clang::Expr*> args_;
  const clang::Expr* object_;
};

}  // namespace atscan::clangfe
