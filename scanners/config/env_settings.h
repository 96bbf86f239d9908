#pragma once
// Environment variables and JVM system properties that change a client's trust
// (SSL_CERT_FILE, AWS_CA_BUNDLE, NODE_TLS_REJECT_UNAUTHORIZED=0, -Djavax.net.ssl.trustStore=…).
// Shared by every front-end that sees assignments: Dockerfile ENV, CI YAML, .env, systemd, shell.
#include <string>
#include <string_view>

#include "core/model/facts.h"
#include "scanners/scanner.h"

namespace atscan::config {

// True when `name` is a variable this module knows (the facts, if any, are appended to `out`).
// `object` is "" for file-scope settings, or the command a prefix assignment applies to.
bool env_assignment_facts(const SourceFile& file, std::string_view name, std::string_view value, const Location& loc,
                          const std::string& object, FileFacts& out);

// One JVM option word (-Djavax.net.ssl.trustStore=…, -Dcom.amazonaws.sdk.disableCertChecking).
bool jvm_option_facts(std::string_view word, const Location& loc, const std::string& object, FileFacts& out);

// A JVM system property key/value from a .properties file or a JVM option.
bool jvm_property_facts(std::string_view key, std::string_view value, const Location& loc, const std::string& object,
                        FileFacts& out);

// Whether `word` looks like NAME=VALUE with a shell-valid name; splits it.
bool split_assignment(std::string_view word, std::string& name, std::string& value);

}  // namespace atscan::config
