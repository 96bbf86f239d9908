// Benchmark corpus: an HTTPS client over libcurl with the usual standard-library baggage.
#include <curl/curl.h>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace corpus {

class HttpClient {
 public:
  explicit HttpClient(std::string ca_file) : ca_file_(std::move(ca_file)), curl_(curl_easy_init()) {
    if (!curl_) throw std::runtime_error("curl_easy_init failed");
  }
  ~HttpClient() { curl_easy_cleanup(curl_); }
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  std::string get(const std::string& url, const std::map<std::string, std::string>& headers) {
    std::string body;
    curl_slist* list = nullptr;
    for (const auto& [k, v] : headers) list = curl_slist_append(list, (k + ": " + v).c_str());
    curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl_, CURLOPT_CAINFO, ca_file_.c_str());
    curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, &HttpClient::write);
    curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &body);
    CURLcode rc = curl_easy_perform(curl_);
    curl_slist_free_all(list);
    if (rc != CURLE_OK) throw std::runtime_error(curl_easy_strerror(rc));
    return body;
  }

 private:
  static size_t write(char* data, size_t size, size_t n, void* user) {
    static_cast<std::string*>(user)->append(data, size * n);
    return size * n;
  }
  std::string ca_file_;
  CURL* curl_;
};

std::vector<std::string> fetch_all(const std::vector<std::string>& urls) {
  HttpClient client("/etc/corp/ca.pem");
  std::vector<std::string> out;
  out.reserve(urls.size());
  for (const auto& u : urls) out.push_back(client.get(u, {{"Accept", "application/json"}}));
  return out;
}

void insecure_probe(const char* url) {
  CURL* c = curl_easy_init();
  curl_easy_setopt(c, CURLOPT_URL, url);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  curl_easy_perform(c);
  curl_easy_cleanup(c);
}

}  // namespace corpus
