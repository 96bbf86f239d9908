// Benchmark corpus: the integration fixture (real OpenSSL and libcurl headers) as C.
#include <curl/curl.h>
#include <openssl/ssl.h>

void openssl_client(void) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_load_verify_locations(ctx, "corp-ca.pem", NULL);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  SSL* ssl = SSL_new(ctx);
  SSL_set_tlsext_host_name(ssl, "assets.example.cloudfront.net");
}

void curl_client(void) {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "https://my-bucket.s3.us-east-1.amazonaws.com/key");
  curl_easy_setopt(curl, CURLOPT_CAPATH, "/etc/corp/certs");
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
}

void Valid(void) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_default_verify_paths(ctx);
  SSL_CTX_load_verify_locations(ctx, "extra-ca.pem", NULL);
}
