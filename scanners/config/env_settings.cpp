#include "scanners/config/env_settings.h"

#include <cctype>
#include <sstream>

#include "scanners/config/command_facts.h"
#include "scanners/config/config_text.h"

namespace atscan::config {
namespace {

// Variables whose value replaces the CA bundle of one or more tools.
constexpr std::string_view kBundleVars[] = {
    "AWS_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "GIT_SSL_CAINFO",
    "GIT_SSL_CAPATH", "PIP_CERT", "NPM_CONFIG_CAFILE", "GRPC_DEFAULT_SSL_ROOTS_FILE_PATH",
};
constexpr std::string_view kJvmOptionVars[] = {
    "JAVA_TOOL_OPTIONS", "JAVA_OPTS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CATALINA_OPTS",
    "MAVEN_OPTS", "GRADLE_OPTS", "SBT_OPTS", "ES_JAVA_OPTS",
};
constexpr std::string_view kEndpointVars[] = {"AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_S3_ENDPOINT", "S3_ENDPOINT"};

bool in(std::string_view name, const auto& list) {
  for (auto n : list)
    if (n == name) return true;
  return false;
}

}  // namespace

bool split_assignment(std::string_view word, std::string& name, std::string& value) {
  auto eq = word.find('=');
  if (eq == std::string_view::npos || eq == 0) return false;
  for (size_t i = 0; i < eq; ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (!(std::isalnum(c) || c == '_') || (i == 0 && std::isdigit(c))) return false;
  }
  name = std::string(word.substr(0, eq));
  value = std::string(word.substr(eq + 1));
  return true;
}

bool env_assignment_facts(const SourceFile& file, std::string_view raw_name, std::string_view raw_value,
                          const Location& loc, const std::string& object, FileFacts& out) {
  (void)file;
  // npm reads npm_config_* in any case; the rest are conventionally upper case.
  std::string name(raw_name);
  for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const std::string value = unquote(raw_value);
  if (in(name, kBundleVars)) {
    if (value.empty()) return true;  // unset: the tool's defaults apply
    out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_path, name, object, value, loc));
    out.trust.back().governs_aws = name == "AWS_CA_BUNDLE";
    return true;
  }
  if (name == "NODE_EXTRA_CA_CERTS") {
    if (!value.empty()) out.trust.push_back(trust_fact(kCustomCa, TrustKind::bundle_added, name, object, value, loc));
    return true;
  }
  if (name == "NODE_TLS_REJECT_UNAUTHORIZED" || name == "PYTHONHTTPSVERIFY") {
    if (value == "0") out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, name + "=0", object, value, loc));
    return true;
  }
  if (name == "GIT_SSL_NO_VERIFY") {
    // git only tests whether the variable is set: any value, even "false", turns verification off.
    if (!value.empty()) out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, name, object, value, loc));
    return true;
  }
  if (name == "NPM_CONFIG_STRICT_SSL") {
    if (is_falsy(value)) out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "npm_config_strict_ssl=false", object, value, loc));
    return true;
  }
  if (name == "PIP_TRUSTED_HOST" || name == "PIP_INDEX_URL" || name == "PIP_EXTRA_INDEX_URL") {
    // pip reads every option from PIP_<OPTION>; list options are whitespace-separated.
    const std::string key = lower(name.substr(4));
    std::istringstream words(value);
    for (std::string w; words >> w;) pip_setting(key == "trusted_host" ? "trusted-host" : key == "index_url" ? "index-url" : "extra-index-url", w, loc, object, out);
    return true;
  }
  if (in(name, kJvmOptionVars)) {
    std::istringstream words(value);
    for (std::string w; words >> w;) jvm_option_facts(unquote(w), loc, object, out);
    return true;
  }
  if (in(name, kEndpointVars)) {
    if (!value.empty()) out.endpoints.push_back(endpoint_fact(object, value, name, loc));
    return true;
  }
  connection_string_facts(value, loc, object, out);  // MONGO_URL=mongodb://…?tlsInsecure=true
  return false;
}

bool jvm_property_facts(std::string_view key, std::string_view raw_value, const Location& loc, const std::string& object,
                        FileFacts& out) {
  const std::string value = unquote(raw_value);
  if (key == "javax.net.ssl.trustStore") {
    // "NONE" is the PKCS#11 convention: no file, the token holds the store.
    if (!value.empty() && value != "NONE")
      out.trust.push_back(trust_fact(kCustomCa, TrustKind::keystore, "javax.net.ssl.trustStore", object, value, loc));
    return true;
  }
  if (key == "com.amazonaws.sdk.disableCertChecking") {
    // AWS SDK for Java v1: present (without "false") disables certificate checks.
    if (!is_falsy(value))
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::verify_disabled, "com.amazonaws.sdk.disableCertChecking", object, value, loc));
    return true;
  }
  if (key == "jdk.internal.httpclient.disableHostnameVerification") {
    if (!is_falsy(value))
      out.trust.push_back(trust_fact(kVerifyOff, TrustKind::hostname_check_disabled, std::string(key), object, value, loc));
    return true;
  }
  return false;
}

bool jvm_option_facts(std::string_view word, const Location& loc, const std::string& object, FileFacts& out) {
  if (word.substr(0, 2) != "-D") return false;
  word.remove_prefix(2);
  auto eq = word.find('=');
  std::string_view key = word.substr(0, eq);
  std::string_view value = eq == std::string_view::npos ? std::string_view() : word.substr(eq + 1);
  return jvm_property_facts(key, value, loc, object, out);
}

}  // namespace atscan::config
