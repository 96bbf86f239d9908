// The result cache writes facts with CborWriter and reads them with nlohmann::json::from_cbor: every
// length and integer form the writer picks must read back as written.
#include "core/util/cbor_writer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

namespace atscan {
namespace {

nlohmann::json read(const CborWriter& w) { return nlohmann::json::from_cbor(w.bytes()); }

TEST(CborWriter, IntegersOfEveryWidthReadBack) {
  const std::int64_t values[] = {0, 1, 23, 24, 255, 256, 65535, 65536, 4294967295LL, 4294967296LL,
                                 std::numeric_limits<std::int64_t>::max(), -1, -24, -25, -256, -257, -65536, -65537,
                                 std::numeric_limits<std::int64_t>::min()};
  for (std::int64_t v : values) {
    CborWriter w;
    w.integer(v);
    EXPECT_EQ(read(w).get<std::int64_t>(), v) << v;
  }
  CborWriter small;
  small.integer(10);
  EXPECT_EQ(small.bytes(), (std::vector<std::uint8_t>{0x0A}));  // the shortest form
  CborWriter wide;
  wide.integer(500);
  EXPECT_EQ(wide.bytes(), (std::vector<std::uint8_t>{0x19, 0x01, 0xF4}));
}

TEST(CborWriter, TextOfEveryLengthFormReadsBack) {
  for (size_t n : {0u, 1u, 23u, 24u, 255u, 256u, 65535u, 65536u}) {
    const std::string s(n, 'x');
    CborWriter w;
    w.text(s);
    EXPECT_EQ(read(w).get<std::string>(), s) << n;
  }
}

TEST(CborWriter, NestedMapsAndArraysOfIndefiniteLengthReadBack) {
  CborWriter w;
  w.begin_map();
  w.text("file");
  w.text("a.py");
  w.text("list");
  w.begin_array();
  w.integer(-3);
  w.boolean(true);
  w.boolean(false);
  w.begin_map();
  w.end();
  w.begin_array();
  w.end();
  w.end();
  w.end();
  EXPECT_EQ(read(w), nlohmann::json::parse(R"({"file": "a.py", "list": [-3, true, false, {}, []]})"));
}

}  // namespace
}  // namespace atscan
