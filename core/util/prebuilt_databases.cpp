#include "core/util/prebuilt_databases.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "core/util/block_scan.h"

namespace atscan {
namespace {

struct Registry {
  const PrebuiltDatabase* table = nullptr;
  size_t count = 0;
};
// A function-local static: the generated table registers from its own static initializer.
Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

void register_prebuilt_databases(const PrebuiltDatabase* table, size_t count) {
  registry().table = table;
  registry().count = count;
}

std::pair<const PrebuiltDatabase*, size_t> registered_prebuilt_databases() { return {registry().table, registry().count}; }

std::string_view find_prebuilt_database(std::string_view key) {
  const Registry& r = registry();
  const auto key_of = [](const PrebuiltDatabase& d) { return std::string_view(reinterpret_cast<const char*>(d.key), d.key_size); };
  const PrebuiltDatabase* end = r.table + r.count;
  const PrebuiltDatabase* it = std::lower_bound(r.table, end, key, [&](const PrebuiltDatabase& d, std::string_view k) { return key_of(d) < k; });
  if (it == end || key_of(*it) != key) return {};
  return {reinterpret_cast<const char*>(it->bytes), it->size};
}

hs_database_t* load_database(std::string_view bytes) {
  hs_database_t* db = nullptr;
  if (bytes.empty() || hs_deserialize_database(bytes.data(), bytes.size(), &db) != HS_SUCCESS) return nullptr;
  // Compiled for AVX-512 (by another build) while block_scan runs the AVX2 code: that code cannot run it.
  if (compile_platform() != nullptr) {
    char* info = nullptr;
    const bool avx512 = hs_database_info(db, &info) == HS_SUCCESS && info && std::strstr(info, "AVX512");
    std::free(info);
    if (avx512) {
      hs_free_database(db);
      return nullptr;
    }
  }
  hs_scratch_t* scratch = nullptr;
  const bool scans = hs_alloc_scratch(db, &scratch) == HS_SUCCESS && [&] {
    const hs_error_t rc = block_scan(db, "", 0, scratch, [](unsigned int, unsigned long long, unsigned long long, unsigned int, void*) { return 1; }, nullptr);
    return rc == HS_SUCCESS || rc == HS_SCAN_TERMINATED;
  }();
  if (scratch) hs_free_scratch(scratch);
  if (!scans) {
    hs_free_database(db);
    return nullptr;
  }
  return db;
}

std::string database_key(const std::vector<std::string>& expressions, const std::vector<unsigned int>& flags) {
  std::string key = "vectorscan block database\n";
  for (size_t i = 0; i < expressions.size(); ++i) {
    key += std::to_string(i < flags.size() ? flags[i] : 0u);
    key += '\t';
    key += expressions[i];
    key += '\n';
  }
  return key;
}

}  // namespace atscan
