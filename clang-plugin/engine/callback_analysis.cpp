// What a verification callback does: accept everything, or compare a certificate digest with
// constants (pinning). A plain walk over the body; no matcher machinery.
#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/Stmt.h>

#include "clang-plugin/engine/collector.h"
#include "clang-plugin/engine/values.h"
#include <algorithm>

namespace atscan::clangfe {
using namespace clang;

namespace {

std::string hex(const std::string& bytes) {
  static const char* d = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out += d[b >> 4];
    out += d[b & 15];
  }
  return out;
}

std::string base64(const std::string& bytes) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    unsigned n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) | static_cast<unsigned char>(bytes[i + 2]);
    out += {t[n >> 18], t[(n >> 12) & 63], t[(n >> 6) & 63], t[n & 63]};
  }
  if (i + 1 == bytes.size()) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    out += {t[n >> 18], t[(n >> 12) & 63], '=', '='};
  } else if (i + 2 == bytes.size()) {
    unsigned n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
    out += {t[n >> 18], t[(n >> 12) & 63], t[(n >> 6) & 63], '='};
  }
  return out;
}

struct Walk {
  Collector& c;
  CallbackSummary& out;
  bool spki = false;
  bool reads_issuer = false, reads_subject = false;
  std::vector<std::string> compared;  // constant byte strings given to a comparison
  std::vector<std::string> texts;     // constant texts given to a string comparison (names)
  int returns = 0, constant_true_returns = 0;

  void constant_args(const CallExpr* call, bool names_too) {
    for (const Expr* a : call->arguments())
      if (auto v = resolve_data(c, a)) {
        if (v->text.size() >= 16) compared.push_back(v->text);
        if (names_too && !v->text.empty()) texts.push_back(v->text);
      }
  }

  void visit(const Stmt* s) {
    if (!s) return;
    if (auto* r = dyn_cast<ReturnStmt>(s)) {
      ++returns;
      if (auto v = r->getRetValue() ? resolve_int(c, r->getRetValue()) : std::nullopt; v && *v != 0) ++constant_true_returns;
    }
    if (auto* call = dyn_cast<CallExpr>(s)) {
      if (auto* fd = call->getDirectCallee(); fd && fd->getIdentifier()) {
        auto n = fd->getName();
        if (n == "X509_digest" || n == "X509_pubkey_digest" || n == "SHA256" || n == "EVP_Digest" || n == "i2d_X509_PUBKEY") {
          out.computes_digest = true;
          if (n == "X509_pubkey_digest" || n == "i2d_X509_PUBKEY") spki = true;
        }
        if (n == "X509_get_issuer_name" || n == "X509_get0_issuer_name") reads_issuer = true;
        if (n == "X509_get_subject_name" || n == "X509_get0_subject_name") reads_subject = true;
        if (n == "memcmp" || n == "CRYPTO_memcmp" || n == "bcmp" || n == "equal") constant_args(call, false);
        else if (n == "strcmp" || n == "strncmp" || n == "strcasecmp" || n == "strncasecmp" || n == "strstr" || n == "strcasestr" ||
                 n == "find" || n == "compare" || n == "starts_with" || n == "ends_with" || n == "contains" || n == "rfind")
          constant_args(call, true);
      } else if (const FunctionDecl* op = call->getDirectCallee();
                 op && (op->getOverloadedOperator() == OO_EqualEqual || op->getOverloadedOperator() == OO_ExclaimEqual)) {
        constant_args(call, true);
      }
    }
    for (const Stmt* child : s->children()) visit(child);
  }
};

}  // namespace

CallbackSummary CallSite::callback_summary(const FunctionDecl* fn) const {
  CallbackSummary out;
  if (!fn || !fn->hasBody()) return out;
  Walk w{c_, out, false, false, false, {}, {}, 0, 0};
  w.visit(fn->getBody());
  // A body with only constant non-zero returns accepts every chain (preverify_ok ignored).
  out.accepts_all = w.returns > 0 && w.returns == w.constant_true_returns && !out.computes_digest;
  if (out.computes_digest)
    for (const auto& bytes : w.compared) {
      const bool printable = std::all_of(bytes.begin(), bytes.end(), [](char ch) { return ch >= 0x20 && ch < 0x7f; });
      if (printable) out.pins.push_back(bytes);  // already text: hex or base64 in the source
      else out.pins.push_back(w.spki ? "sha256/" + base64(bytes) : hex(bytes));
    }
  // Names read from the certificate and compared with constants: the callback accepts those issuers.
  if (!out.computes_digest && (w.reads_issuer || w.reads_subject))
    for (const auto& text : w.texts) {
      const bool printable = std::all_of(text.begin(), text.end(), [](char ch) { return ch >= 0x20 && ch < 0x7f; });
      if (!printable) continue;
      CallbackConstant k{w.reads_issuer ? "issuer" : "subject", text};
      if (std::find(out.names.begin(), out.names.end(), k) == out.names.end()) out.names.push_back(std::move(k));
    }
  return out;
}

}  // namespace atscan::clangfe
