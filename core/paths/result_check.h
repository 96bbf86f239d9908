#pragma once
// Whether a function checks a verification result on every path that needs it. After
// `cert = SSL_get_peer_certificate(ssl)`, every path that leaves the function holding a certificate
// (not null) must have asked SSL_get_verify_result: in OpenSSL's default mode (SSL_VERIFY_NONE) the
// handshake completes whatever the chain, so that result is the only verdict the program gets.
// Both C/C++ front-ends (Clang, tree-sitter) translate a function body into this small model; the
// path walk is shared so they agree.
#include <string_view>
#include <vector>

namespace atscan::paths {

// An expression, as far as the walk cares; its value matters in branch conditions, its effects anywhere.
struct Cond {
  enum class Kind {
    start,    // the call that yields the subject (the certificate); its value is the subject
    subject,  // the stored subject used as a truth value (`cert`, `cert != NULL`)
    check,    // holds a call that checks the result (value unknown)
    other,    // anything else (value unknown, no effect)
    negate,   // !kids[0]
    both,     // kids[0] && kids[1], short-circuit
    either,   // kids[0] || kids[1], short-circuit
  };
  Kind kind = Kind::other;
  std::vector<Cond> kids;
};

struct Stmt {
  enum class Kind {
    block,    // kids in order
    branch,   // if (cond) kids[0] [else kids[1]]
    plain,    // evaluates cond for its effects
    exit,     // return [cond]: the path leaves the function
    stop,     // the path ends without handing anything back (exit(), abort(), throw)
    unknown,  // a construct the walk does not follow (goto, a loop that returns or checks): no verdict
  };
  Kind kind = Kind::plain;
  Cond cond;
  std::vector<Stmt> kids;
};

enum class Outcome {
  checked,    // every path that leaves with a subject called a check first
  unchecked,  // some path leaves with a subject that no check looked at
  unknown,    // the body holds something the walk does not follow, or too many paths
};

Outcome check_paths(const Stmt& body);

// The OpenSSL-family names both front-ends use.
bool is_peer_certificate_call(std::string_view name);  // SSL_get_peer_certificate and its 0/1 and wolfSSL forms
// Whether `source` can hold such a call at all: every name above contains "_peer_certificate".
bool may_take_peer_certificate(std::string_view source);
bool is_verify_result_call(std::string_view name);     // SSL_get_verify_result, wolfSSL_get_verify_result, X509_verify_cert
bool is_verify_mode_setter(std::string_view name);     // SSL_CTX_set_verify and friends: mode is argument 1
bool is_verify_none(std::string_view mode_text);       // SSL_VERIFY_NONE, WOLFSSL_VERIFY_NONE, 0
bool is_path_end_call(std::string_view name);          // exit, abort, …: the path ends there

}  // namespace atscan::paths
