#pragma once
// A stable sort of a vector without std::stable_sort: libstdc++ 12 implements that with
// std::get_temporary_buffer, deprecated in C++20, and the warning fails the warnings-as-errors build
// (`ci` preset). Sorting positions with the original position as the last key gives exactly the
// order std::stable_sort gives: equal elements keep their order.
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace atscan {

template <class T, class Less>
void stable_sort_vector(std::vector<T>& v, Less less) {
  std::vector<std::size_t> order(v.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (less(v[a], v[b])) return true;
    if (less(v[b], v[a])) return false;
    return a < b;
  });
  std::vector<T> sorted;
  sorted.reserve(v.size());
  for (std::size_t i : order) sorted.push_back(std::move(v[i]));
  v = std::move(sorted);
}

}  // namespace atscan
