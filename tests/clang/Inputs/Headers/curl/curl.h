// Mock of the libcurl declarations the atscan fixtures use.
#pragma once
#ifdef __cplusplus
extern "C" {
#endif
typedef void CURL;
typedef enum { CURLE_OK = 0 } CURLcode;
#define CURLOPTTYPE_LONG 0
#define CURLOPTTYPE_OBJECTPOINT 10000
#define CURLOPTTYPE_FUNCTIONPOINT 20000
#define CURLOPTTYPE_BLOB 40000
typedef enum {
  CURLOPT_URL = CURLOPTTYPE_OBJECTPOINT + 2,
  CURLOPT_SSL_VERIFYPEER = CURLOPTTYPE_LONG + 64,
  CURLOPT_CAINFO = CURLOPTTYPE_OBJECTPOINT + 65,
  CURLOPT_SSL_VERIFYHOST = CURLOPTTYPE_LONG + 81,
  CURLOPT_CAPATH = CURLOPTTYPE_OBJECTPOINT + 97,
  CURLOPT_SSL_CTX_FUNCTION = CURLOPTTYPE_FUNCTIONPOINT + 108,
  CURLOPT_PINNEDPUBLICKEY = CURLOPTTYPE_OBJECTPOINT + 230,
  CURLOPT_PROXY_CAINFO = CURLOPTTYPE_OBJECTPOINT + 246,
  CURLOPT_PROXY_SSL_VERIFYPEER = CURLOPTTYPE_LONG + 248,
  CURLOPT_SSL_OPTIONS = CURLOPTTYPE_LONG + 216,
  CURLOPT_CAINFO_BLOB = CURLOPTTYPE_BLOB + 309,
} CURLoption;
#define CURLSSLOPT_NATIVE_CA (1 << 4)
#define CURL_BLOB_COPY 1
struct curl_blob {
  void* data;
  __SIZE_TYPE__ len;
  unsigned int flags;
};
CURL* curl_easy_init(void);
CURLcode curl_easy_setopt(CURL* curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL* curl);
void curl_easy_cleanup(CURL* curl);
#ifdef __cplusplus
}
#endif
