// Benchmark corpus: ordinary service code with no trust configuration at all (the common case).
#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

namespace corpus {

using Value = std::variant<std::monostate, bool, long, double, std::string>;

struct Record {
  std::string id;
  std::map<std::string, Value> fields;
  std::chrono::system_clock::time_point updated;
};

class Store {
 public:
  void put(Record r) { by_id_[r.id] = std::move(r); }
  std::optional<Record> get(const std::string& id) const {
    auto it = by_id_.find(id);
    if (it == by_id_.end()) return std::nullopt;
    return it->second;
  }
  std::vector<Record> where(const std::function<bool(const Record&)>& pred) const {
    std::vector<Record> out;
    for (const auto& [_, r] : by_id_)
      if (pred(r)) out.push_back(r);
    std::sort(out.begin(), out.end(), [](const Record& a, const Record& b) { return a.id < b.id; });
    return out;
  }

 private:
  std::unordered_map<std::string, Record> by_id_;
};

std::string render(const Value& v) {
  std::ostringstream os;
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) os << "null";
        else if constexpr (std::is_same_v<T, bool>) os << (x ? "true" : "false");
        else os << x;
      },
      v);
  return os.str();
}

std::string dump(const Store& s) {
  std::string out;
  for (const auto& r : s.where([](const Record& r) { return !r.fields.empty(); })) {
    out += r.id + ":";
    for (const auto& [k, v] : r.fields) out += " " + k + "=" + render(v);
    out += "\n";
  }
  return out;
}

}  // namespace corpus
