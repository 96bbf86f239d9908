// Qt Network: QSslConfiguration CA lists and verify modes, ignoreSslErrors.
#include <QtNetwork/QtNetwork>

void replaced_ca_list() {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  // ruleid[warning]: ats-system-trust-replaced
  config.setCaCertificates(QSslCertificate::fromPath("certs/corp-ca.pem"));
  // ruleid[note]: ats-s3-endpoint
  QNetworkRequest request(QUrl("https://my-bucket.s3.amazonaws.com/key"));
  request.setSslConfiguration(config);
}

void verify_none(QSslSocket& socket) {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  // ruleid[warning]: ats-verification-disabled
  config.setPeerVerifyMode(QSslSocket::VerifyNone);
  // ruleid[warning]: ats-verification-disabled
  socket.setPeerVerifyMode(QSslSocket::VerifyNone);
}

void ignore_every_error(QNetworkAccessManager& manager) {
  QNetworkReply* reply = manager.get(QNetworkRequest(QUrl("https://sqs.us-east-1.amazonaws.com/")));
  // ruleid[warning]: ats-verification-disabled
  reply->ignoreSslErrors();
}

// Valid: CAs added to the system list, peer verification on, only listed errors ignored.
void Valid(QSslSocket& socket, QNetworkReply* reply) {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.addCaCertificates(QSslCertificate::fromPath("certs/extra-ca.pem"));
  // ok: ats-embedded-certificate
  // fallback: ruleid[note]: ats-embedded-certificate — the fallback reports it; Clang does not
  config.addCaCertificate(QSslCertificate(QByteArray("-----BEGIN CERTIFICATE-----\nMIIBqt\n-----END CERTIFICATE-----\n")));
  config.setPeerVerifyMode(QSslSocket::VerifyPeer);
  socket.setPeerVerifyMode(QSslSocket::AutoVerifyPeer);
  QList<QSslError> expected;
  reply->ignoreSslErrors(expected);
  socket.ignoreSslErrors(expected);
}
