// A header: no compile command of its own, so the tree-sitter fallback scans it (confidence "low").
#pragma once
static const char kCorporateBundle[] = "certs/corporate-ca.pem";
inline void insecure_probe(CURL* curl) { curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L); }
