// Arduino (ESP32 / ESP8266): WiFiClientSecure trust setters and HTTPClient.begin (as C++; .ino sketches are in tests/fixtures/cpp/embedded).
#include <WiFiClientSecure.h>
#include <HTTPClient.h>

extern const char* rootCACertificate;
extern const unsigned char x509_crt_bundle_start[] __asm__("_binary_x509_crt_bundle_start");

void fetch_from_s3() {
  WiFiClientSecure client;
  // ruleid[warning]: ats-custom-ca-bundle  the only root of an S3 download, contents unknown
  client.setCACert(rootCACertificate);
  HTTPClient https;
  // ruleid[note]: ats-s3-endpoint
  https.begin(client, "https://my-bucket.s3.amazonaws.com/config.json");
  https.GET();
}

void url_with_root() {
  HTTPClient http;
  // ruleid[warning]: ats-custom-ca-bundle  an intranet host
  http.begin("https://api.corp.example/v1", rootCACertificate);
}

void insecure() {
  WiFiClientSecure plain;
  // ruleid[warning]: ats-verification-disabled
  plain.setInsecure();
  plain.connect("api.corp.example", 443);
}

void bearssl_anchors() {
  BearSSL::WiFiClientSecure anchored;
  // ruleid[warning]: ats-custom-ca-bundle
  anchored.setTrustAnchors(new BearSSL::X509List(rootCACertificate));
  anchored.connect("api.corp.example", 443);
}

void bearssl_fingerprint() {
  BearSSL::WiFiClientSecure pinned;
  // ruleid[warning]: ats-certificate-pinning  a leaf SHA-1 pin breaks at every certificate renewal
  pinned.setFingerprint("5F F1 60 31 09 04 3E F2 90 D2 B0 8A 50 38 04 E8 37 9F BC 76");
  pinned.connect("api.corp.example", 443);
}

void bundle() {
  WiFiClientSecure bundled;
  // ruleid[warning]: ats-custom-ca-bundle
  bundled.setCACertBundle(x509_crt_bundle_start);
}

// Valid: Serial/WiFi begin calls are not HTTP clients; a client certificate is not a root.
void Valid() {
  Serial.begin(115200);
  // ok: ats-custom-ca-bundle
  WiFi.begin("my-ssid", "my-password");
  WiFiClientSecure mutual;
  // ok: ats-custom-ca-bundle
  mutual.setCertificate(rootCACertificate);
}
