#pragma once
// Vectorscan databases compiled at build time for what the shipped rules ask for: the prefilter's
// trigger literals and patterns and the queries' regular expressions (scanners/prefilter/generator).
// Compiling them cost every run tens of ms (the prefilter's patterns 55 ms, and a worker that met a
// file without literals waited for them; the regexes of a one-file C scan 35 ms). A database is looked
// up by its exact expressions and flags, and used only when it loads and scans on this machine; anything
// else is compiled as before.
#include <hs/hs.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace atscan {

struct PrebuiltDatabase {
  const unsigned char* key;  // database_key() of the expressions it was compiled from
  size_t key_size;
  const unsigned char* bytes;  // hs_serialize_database()
  size_t size;
};

// Called by the generated table (linked into the atscan command and the unit tests) as it loads.
// Keys must be sorted (find_prebuilt_database searches them).
void register_prebuilt_databases(const PrebuiltDatabase* table, size_t count);

// The table registered last (tests put their own in place and restore this one).
std::pair<const PrebuiltDatabase*, size_t> registered_prebuilt_databases();

// The serialized database for `key`, or empty.
std::string_view find_prebuilt_database(std::string_view key);

// A serialized database (the build's, or another process's) that loads and scans on this machine;
// nullptr when it does not (another CPU or vectorscan release, damaged bytes). The caller frees it.
hs_database_t* load_database(std::string_view bytes);

// What identifies a database: every expression with its flags, in order.
std::string database_key(const std::vector<std::string>& expressions, const std::vector<unsigned int>& flags);

}  // namespace atscan
