// tests/core/app: the text keys that let a sort by ref, contract or customer ref compare
// integers — they must order texts exactly as their bytes do, or say they cannot tell.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/list/list_fixtures.hpp"
#include "core/list/list_store.hpp"
#include "core/list/row_keys.hpp"

namespace fiche::core {
namespace {

using testing::detail;
using testing::row;
using testing::Strings;

int sign(int value) {
  return (value > 0) - (value < 0);
}

// Texts around the keys' limits: empty, trailing NULs (zero padding), bytes above 0x7F
// (compared unsigned), 14 to 17 bytes sharing a prefix, and longer texts differing late.
Strings awkwardTexts() {
  const std::string sixteen = "FI2405-000512345";
  const std::string fifteen = sixteen.substr(0, 15);
  return {"",
          "a",
          std::string("a\0", 2),
          std::string("a\0\0", 3),
          "b",
          "\x7f",
          "\x80",
          "\xff",
          "\xc3\x89lectrique",
          "FI2405-0005",
          "FI2405-0006",
          sixteen.substr(0, 14),
          fifteen,
          fifteen + std::string("\0", 1),
          sixteen,
          std::string(15, '\xff'),
          std::string(16, '\xff'),
          std::string(17, '\xff'),
          sixteen + "0",
          sixteen + "1",
          sixteen + std::string("\0", 1),
          sixteen + "1" + std::string(40, 'x') + "a",
          sixteen + "1" + std::string(40, 'x') + "b"};
}

TEST(TextKeys, OrderTextsAsTheirBytesOrSayTheyCannotTell) {
  const Strings texts = awkwardTexts();
  for (const std::string& a : texts) {
    for (const std::string& b : texts) {
      const std::optional<int> order = compareTextKeys(textKeyOf(a), textKeyOf(b));
      const bool sharePrefix = a.substr(0, kTextKeyBytes) == b.substr(0, kTextKeyBytes);
      const bool beyond = a.size() > kTextKeyBytes && b.size() > kTextKeyBytes;
      if (sharePrefix && beyond) {
        EXPECT_FALSE(order.has_value()) << "keys of '" << a << "' and '" << b << "'";
      } else {
        ASSERT_TRUE(order.has_value()) << "keys of '" << a << "' and '" << b << "'";
        EXPECT_EQ(sign(*order), sign(a.compare(b))) << "'" << a << "' vs '" << b << "'";
      }
    }
  }
}

// The list's sorts give what sorting the texts themselves gives, in both directions.
TEST(TextKeys, SortsByRefContractAndCustomerMatchSortingTheTexts) {
  const Strings texts = awkwardTexts();
  std::vector<InterventionSummary> rows;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    // Listed in a scrambled order, so the sort has work to do.
    const std::size_t from = (i * 7) % texts.size();
    rows.push_back(row(std::to_string(from), texts[from], "2024-05-01", 60, "done"));
  }
  ListStore store;
  store.upsert(rows);
  for (const InterventionSummary& summary : rows) {
    store.attachDetail(detail(summary, {.contract = summary.ref, .customer = summary.ref}));
  }
  Strings expected = texts;
  std::sort(expected.begin(), expected.end());
  for (const SortColumn column :
       {SortColumn::Ref, SortColumn::ContractRef, SortColumn::CustomerRef}) {
    for (const bool descending : {false, true}) {
      store.setSort({{.column = column, .descending = descending}});
      store.refresh();
      Strings shown;
      for (std::size_t i = 0; i < store.size(); ++i) shown.push_back(store.at(i).ref);
      // Hydrated rows with an empty contract or customer ref go after those with one.
      Strings want = expected;
      if (descending) std::reverse(want.begin(), want.end());
      if (column != SortColumn::Ref) {
        std::stable_partition(want.begin(), want.end(),
                              [](const std::string& t) { return !t.empty(); });
      }
      EXPECT_EQ(shown, want) << "column " << static_cast<int>(column)
                             << (descending ? " desc" : "");
    }
  }
}

}  // namespace
}  // namespace fiche::core
