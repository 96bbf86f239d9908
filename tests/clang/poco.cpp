// POCO Net: Context CA locations and verification modes, the accept-all certificate handler.
#include <Poco/Net/Context.h>

using Poco::Net::Context;

void custom_ca_location() {
  Context::Ptr ctx = new Context(Context::TLS_CLIENT_USE, "", "", "certs/corp-ca.pem", Context::VERIFY_RELAXED, 9, false);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: custom CA bundle replaces system trust (Context caLocation certs/corp-ca.pem) [ats-custom-ca-bundle]
  Poco::Net::HTTPSClientSession session("s3.amazonaws.com", 443, ctx);
}

void short_form_ca_location() {
  Context::Ptr ctx = new Context(Context::TLS_CLIENT_USE, "/etc/corp/ca");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: custom CA bundle replaces system trust (Context caLocation /etc/corp/ca) [ats-custom-ca-bundle]
}

void verify_none() {
  Context::Ptr ctx = new Context(Context::TLS_CLIENT_USE, "", Context::VERIFY_NONE, 9, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: certificate verification is disabled (Context(VERIFY_NONE)) [ats-verification-disabled]
}

void accept_all_handler() {
  Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> handler = new Poco::Net::AcceptCertificateHandler(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:71: warning: certificate verification is disabled (AcceptCertificateHandler) [ats-verification-disabled]
  Context::Ptr ctx = new Context(Context::TLS_CLIENT_USE, "", Context::VERIFY_RELAXED, 9, true);
  Poco::Net::SSLManager::instance().initializeClient(nullptr, handler, ctx);
}

// Valid: default CAs loaded (an extra location is additive), strict verification, the console handler.
void Valid() {
  Context::Ptr defaults = new Context(Context::TLS_CLIENT_USE, "", Context::VERIFY_STRICT, 9, true);
  Context::Ptr extra = new Context(Context::TLS_CLIENT_USE, "", "", "extra-ca.pem", Context::VERIFY_STRICT, 9, true);
  Context::Ptr no_location = new Context(Context::TLS_CLIENT_USE, "", "", "");
  Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> handler = new Poco::Net::ConsoleCertificateHandler(false);
  Poco::Net::HTTPSClientSession session("s3.amazonaws.com", 443, extra);
}
