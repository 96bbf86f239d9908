#pragma once
// One file's front-end output as JSON and back: its facts, its flow records and its notes. The result
// cache stores it and sharded scans carry it to `atscan merge`, so the solver and the judge see the
// same input as in one uncached scan. The encoding is versioned (kFactsCodecVersion); every field of
// FileFacts and the flow records is written (fields left at their default are omitted), and reading
// anything malformed throws FactsCodecError instead of guessing.
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model/facts.h"
#include "core/model/notification.h"
#include "core/util/cbor_writer.h"

namespace atscan {

// Bump when the encoding or the meaning of a field changes: older entries are then not read.
inline constexpr int kFactsCodecVersion = 4;

class FactsCodecError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The facts (a map) and the notes (an array) written as CBOR: what the result cache stores. The
// *_to_json forms read those bytes back into JSON (sharded results, the scan memo, tests).
void write_facts(CborWriter& w, const FileFacts& facts);
void write_notes(CborWriter& w, const std::vector<Notification>& notes);
nlohmann::json facts_to_json(const FileFacts& facts);
FileFacts facts_from_json(const nlohmann::json& j);

nlohmann::json notes_to_json(const std::vector<Notification>& notes);
std::vector<Notification> notes_from_json(const nlohmann::json& j);

// Text that may hold raw bytes: a string when it is UTF-8, else {"hex": …} (other codecs use these too).
nlohmann::json text_to_json(const std::string& s);
std::string text_from_json(const nlohmann::json& j);

// An integer of type T, or FactsCodecError: a damaged entry may hold a float (NaN, 1e300) or a number
// out of T's range where an integer belongs, and json::get<T>() would convert it with undefined behaviour.
template <class T>
T integer_from_json(const nlohmann::json& j) {
  if (j.is_number_unsigned()) {
    const auto v = j.get<std::uint64_t>();
    if (v <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())) return static_cast<T>(v);
  } else if (j.is_number_integer()) {
    const auto v = j.get<std::int64_t>();
    if (std::is_signed_v<T> ? (v >= static_cast<std::int64_t>(std::numeric_limits<T>::min()) &&
                               (sizeof(T) >= sizeof(std::int64_t) || v <= static_cast<std::int64_t>(std::numeric_limits<T>::max())))
                            : (v >= 0 && static_cast<std::uint64_t>(v) <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())))
      return static_cast<T>(v);
  }
  throw FactsCodecError("not an integer in range: " + j.dump());
}

}  // namespace atscan
