#pragma once
// Trust settings on command lines: curl, wget, aws, git, pip, npm/yarn and JVM -D options, with the
// URLs they fetch as endpoints of the same command (so `curl --cacert old.pem https://b.s3…` links).
#include <string>
#include <string_view>

#include "core/model/facts.h"
#include "scanners/config/shell_words.h"
#include "scanners/scanner.h"

namespace atscan::config {

// Where an embedded script (a YAML `run: |` block, a Dockerfile RUN) starts in its file.
struct TextOrigin {
  int line = 1;          // file line of the script's first line (block: of the indicator line)
  int column = 1;        // file column of the script's first byte (non-block)
  bool block = false;    // YAML block scalar: script line k sits on file line `line + k`
  int indent = 0;        // block scalar indentation (columns stripped from each line)
};

// Facts of one command whose words already carry file positions.
void command_facts(const SourceFile& file, const ShellCommand& words, FileFacts& out);

// Tokenizes a script and records the facts of every command in it.
void script_facts(const SourceFile& file, std::string_view script, const TextOrigin& origin, FileFacts& out);

// Tool settings shared by command lines and the tools' own config files.
// git: key as in `git config` (http.sslVerify, http.<url>.sslCAInfo).
void git_setting(const SourceFile& file, const std::string& key, const std::string& value, const Location& loc,
                 const std::string& object, FileFacts& out);
// pip: cert, trusted-host, index-url (a "global." prefix is ignored).
void pip_setting(const std::string& key, const std::string& value, const Location& loc, const std::string& object,
                 FileFacts& out);
// npm / yarn: cafile, strict-ssl, registry (and the yarn 2+ spellings caFilePath, enableStrictSsl).
void npm_setting(const std::string& tool, const std::string& key, const std::string& value, const Location& loc,
                 const std::string& object, FileFacts& out);

// MongoDB connection strings whose options turn certificate (or host-name) checks off:
// tlsAllowInvalidCertificates=true, tlsInsecure=true, tlsAllowInvalidHostnames=true and ssl… spellings.
void connection_string_facts(const std::string& value, const Location& loc, const std::string& object, FileFacts& out);

// Cheap content test: could this text hold a setting these front-ends understand? Used to let config
// files past the catalog prefilter, whose literals miss forms such as `curl -k`.
bool mentions_trust_settings(std::string_view text);

// Maps a word's script-relative position to the file.
void place_word(ShellWord& w, const TextOrigin& origin);

}  // namespace atscan::config
