// Qt Network: QSslConfiguration CA lists and verify modes, ignoreSslErrors, request URLs.
#include "clang-plugin/matchers/fact_helpers.h"
#include "clang-plugin/matchers/family.h"

namespace atscan::clangfe {
namespace {

void handle(CallSite& s) {
  const std::string& n = s.name();
  const std::string obj = s.this_object();
  if (n == "QSslConfiguration::setCaCertificates")  // replaces the default (system) CA list
    return s.trust(make_fact(kSystemTrustReplaced, TrustKind::system_trust_replaced, "QSslConfiguration::setCaCertificates", obj));
  if (n.ends_with("::setPeerVerifyMode")) {
    if (auto v = s.int_arg(0); v && *v == 0) verify_off(s, "setPeerVerifyMode(QSslSocket::VerifyNone)", obj);
    return;
  }
  if (n.ends_with("::ignoreSslErrors")) {
    if (s.arg_count() == 0) verify_off(s, n.substr(0, n.find(':')) + "::ignoreSslErrors()", obj);  // every error, not a list
    return;
  }
  if (n == "QNetworkRequest::setSslConfiguration") return s.use(s.object_arg(0), obj, "the SSL configuration is set on the request here");
  if (n == "QSslSocket::setSslConfiguration") return s.use(s.object_arg(0), obj, "the SSL configuration is set on the socket here");
  if (n == "QSslSocket::connectToHostEncrypted") return host_endpoint(s, 0, n, obj);
  if (n == "QUrl" && s.kind() == SiteKind::construct) {
    if (auto v = s.string_arg(0)) s.endpoint(s.result_object(), *v, "QUrl");
    return;
  }
  if (n == "QNetworkRequest" && s.kind() == SiteKind::construct) {
    const std::string req = s.result_object();
    if (auto v = s.data_arg(0); v && !v->text.empty()) s.endpoint(req, *v, "QNetworkRequest");
    else s.use(s.object_arg(0), req);
  }
}

}  // namespace

Family qt_family() {
  return {"qt",
          {"QSslConfiguration::setCaCertificates", "QSslConfiguration::setPeerVerifyMode", "QSslSocket::setPeerVerifyMode",
           "QNetworkReply::ignoreSslErrors", "QSslSocket::ignoreSslErrors", "QNetworkRequest::setSslConfiguration",
           "QSslSocket::setSslConfiguration", "QSslSocket::connectToHostEncrypted"},
          {"QUrl", "QNetworkRequest"},
          {},
          &handle};
}

}  // namespace atscan::clangfe
