// Against Debian's real OpenSSL and libcurl headers (libssl-dev, libcurl4-openssl-dev), as C: curl_easy_setopt
// is a type-checking macro there and SSL_set_tlsext_host_name expands to SSL_ctrl.
// ARGS: -std=c11
#include <curl/curl.h>
#include <openssl/ssl.h>

void openssl_client(void) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  // ruleid[warning]: ats-custom-ca-bundle
  SSL_CTX_load_verify_locations(ctx, "corp-ca.pem", NULL);
  // ruleid[warning]: ats-verification-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  SSL* ssl = SSL_new(ctx);
  // ruleid[note]: ats-s3-endpoint
  SSL_set_tlsext_host_name(ssl, "assets.example.cloudfront.net");
}

void curl_client(void) {
  CURL* curl = curl_easy_init();
  // ruleid[note]: ats-s3-endpoint
  curl_easy_setopt(curl, CURLOPT_URL, "https://my-bucket.s3.us-east-1.amazonaws.com/key");
  // ruleid[warning]: ats-custom-ca-bundle
  curl_easy_setopt(curl, CURLOPT_CAPATH, "/etc/corp/certs");
  // ruleid[warning]: ats-verification-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
}

// curl_easy_setopt is a macro in the real curl.h: an unresolved argument is shown as written, not as the macro call.
void curl_unresolved_path(CURL* curl, const char* bundle_path) {
  // ruleid[warning]: ats-custom-ca-bundle
  curl_easy_setopt(curl, CURLOPT_CAINFO, bundle_path);
}

void Valid(void) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_default_verify_paths(ctx);
  // ok: ats-custom-ca-bundle
  SSL_CTX_load_verify_locations(ctx, "extra-ca.pem", NULL);
}
