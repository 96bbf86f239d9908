// Qt Network: QSslConfiguration CA lists and verify modes, ignoreSslErrors.
#include <QtNetwork/QtNetwork>

void replaced_ca_list() {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.setCaCertificates(QSslCertificate::fromPath("certs/corp-ca.pem"));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: system trust is replaced (QSslConfiguration::setCaCertificates) [ats-system-trust-replaced]
  QNetworkRequest request(QUrl("https://my-bucket.s3.amazonaws.com/key"));
  request.setSslConfiguration(config);
}

void verify_none(QSslSocket& socket) {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.setPeerVerifyMode(QSslSocket::VerifyNone);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: certificate verification is disabled (setPeerVerifyMode(QSslSocket::VerifyNone)) [ats-verification-disabled]
  socket.setPeerVerifyMode(QSslSocket::VerifyNone);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: certificate verification is disabled (setPeerVerifyMode(QSslSocket::VerifyNone)) [ats-verification-disabled]
}

void ignore_every_error(QNetworkAccessManager& manager) {
  QNetworkReply* reply = manager.get(QNetworkRequest(QUrl("https://sqs.us-east-1.amazonaws.com/")));
  reply->ignoreSslErrors();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: certificate verification is disabled (QNetworkReply::ignoreSslErrors()) [ats-verification-disabled]
}

// Valid: CAs added to the system list, peer verification on, only listed errors ignored.
void Valid(QSslSocket& socket, QNetworkReply* reply) {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.addCaCertificates(QSslCertificate::fromPath("certs/extra-ca.pem"));
  config.addCaCertificate(QSslCertificate(QByteArray("-----BEGIN CERTIFICATE-----\nMIIBqt\n-----END CERTIFICATE-----\n")));
  config.setPeerVerifyMode(QSslSocket::VerifyPeer);
  socket.setPeerVerifyMode(QSslSocket::AutoVerifyPeer);
  QList<QSslError> expected;
  reply->ignoreSslErrors(expected);
  socket.ignoreSslErrors(expected);
}
