// Mock of the Arduino ESP32/ESP8266 secure clients (names and shapes only).
#pragma once
#include <stddef.h>
#include <stdint.h>
class WiFiClientSecure {
 public:
  void setCACert(const char* rootCA);
  void setCACertBundle(const uint8_t* bundle);
  void setCertificate(const char* client_ca);
  void setInsecure();
  int connect(const char* host, uint16_t port);
};
struct HardwareSerial {
  void begin(unsigned long baud);
};
extern HardwareSerial Serial;
struct WiFiClass {
  int begin(const char* ssid, const char* passphrase);
};
extern WiFiClass WiFi;
namespace BearSSL {
class X509List {
 public:
  explicit X509List(const char* pem);
};
class WiFiClientSecure {
 public:
  void setTrustAnchors(const X509List* ta);
  bool setFingerprint(const char* fpStr);
  void setInsecure();
  int connect(const char* host, uint16_t port);
};
}  // namespace BearSSL
