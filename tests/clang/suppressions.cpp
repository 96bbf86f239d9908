// The same in-source suppressions in every door: atscan:ignore[rule] reason, NOLINT(rule),
// NOLINTNEXTLINE(rule), NOLINTBEGIN(rule) … NOLINTEND(rule). Only the last call is reported.
#include <curl/curl.h>

void ignored_with_atscan_marker() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);  // atscan:ignore[ats-verification-disabled] local test server only
}

void ignored_with_marker_line_above() {
  CURL* curl = curl_easy_init();
  // atscan:ignore[ats-verification-disabled] local test server only
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
}

void ignored_with_nolint() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);  // NOLINT(ats-verification-disabled)
}

void ignored_with_nolintnextline() {
  CURL* curl = curl_easy_init();
  // NOLINTNEXTLINE(ats-verification-disabled)
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
}

// NOLINTBEGIN(ats-verification-disabled)
void ignored_in_a_region() {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
}
// NOLINTEND(ats-verification-disabled)

void another_rule_is_not_covered() {
  CURL* curl = curl_easy_init();
  // ruleid[warning]: ats-verification-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);  // atscan:ignore[ats-custom-ca-bundle] not this rule
}
