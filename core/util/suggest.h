#pragma once
// "Did you mean …?" for a mistyped name: the closest candidate by edit distance, if it is close enough.
#include <string>
#include <string_view>
#include <vector>

namespace atscan {

// Levenshtein distance (bytes).
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `typed` when it is within a third of its length (at least 1, at most 3
// edits), or one that `typed` is a prefix of; "" otherwise. Ties go to the first candidate.
std::string closest_match(std::string_view typed, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace atscan
