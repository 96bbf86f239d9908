// Mock of the Arduino ESP32 HTTPClient (names and shapes only).
#pragma once
class WiFiClient;
class WiFiClientSecure;
class HTTPClient {
 public:
  bool begin(WiFiClientSecure& client, const char* url);
  bool begin(const char* url);
  bool begin(const char* url, const char* CAcert);
  int GET();
};
