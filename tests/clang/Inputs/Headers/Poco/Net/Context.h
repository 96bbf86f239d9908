// Mock of POCO Net's TLS context and handlers (names and shapes only).
#pragma once
#include <string>
namespace Poco {
template <typename T>
class SharedPtr {
 public:
  SharedPtr(T* p);
  template <typename U>
  SharedPtr(U* p);
};
namespace Net {
class Context {
 public:
  enum Usage { TLS_CLIENT_USE, TLS_SERVER_USE };
  enum VerificationMode { VERIFY_NONE = 0x00, VERIFY_RELAXED = 0x01, VERIFY_STRICT = 0x03, VERIFY_ONCE = 0x05 };
  Context(Usage usage, const std::string& privateKeyFile, const std::string& certificateFile, const std::string& caLocation,
          VerificationMode verificationMode = VERIFY_RELAXED, int verificationDepth = 9, bool loadDefaultCAs = false,
          const std::string& cipherList = "ALL");
  Context(Usage usage, const std::string& caLocation, VerificationMode verificationMode = VERIFY_RELAXED,
          int verificationDepth = 9, bool loadDefaultCAs = false, const std::string& cipherList = "ALL");
  typedef SharedPtr<Context> Ptr;
};
class InvalidCertificateHandler {
 public:
  explicit InvalidCertificateHandler(bool handleErrorsOnServerSide);
  virtual ~InvalidCertificateHandler();
};
class AcceptCertificateHandler : public InvalidCertificateHandler {
 public:
  explicit AcceptCertificateHandler(bool handleErrorsOnServerSide);
};
class ConsoleCertificateHandler : public InvalidCertificateHandler {
 public:
  explicit ConsoleCertificateHandler(bool handleErrorsOnServerSide);
};
class SSLManager {
 public:
  static SSLManager& instance();
  void initializeClient(void* passphraseHandler, SharedPtr<InvalidCertificateHandler> certificateHandler, Context::Ptr context);
};
class HTTPSClientSession {
 public:
  HTTPSClientSession(const std::string& host, unsigned short port, Context::Ptr context);
};
}  // namespace Net
}  // namespace Poco
