// tests/core/obapi: isLastPage, SPEC §15.3's end-of-list rule, on decoded fixture bodies and
// on pages built here.
#include "core/obapi/pagination.hpp"

#include <gtest/gtest.h>

#include "core/obapi/decode.hpp"
#include "support/fixture_files.hpp"

namespace fiche::core {
namespace {

// A reply that sent `sent` entries (all with ids) and the given pagination.
InterventionPage pageOf(std::size_t sent, Pagination pagination = {}, bool hasPagination = true) {
  InterventionPage page;
  for (std::size_t i = 0; i < sent; ++i) page.items.push_back({.id = std::to_string(i + 1)});
  page.itemsInReply = sent;
  page.pagination = pagination;
  page.hasPagination = hasPagination;
  return page;
}

InterventionPage decoded(std::string_view fixture) {
  const Result<InterventionPage> page = decodeInterventionPage(test::fixtureFile(fixture));
  EXPECT_TRUE(page.ok()) << fixture;
  return page.ok() ? page.value() : InterventionPage{};
}

TEST(IsLastPage, EmptyPageEnds) {
  EXPECT_TRUE(isLastPage(pageOf(0), 1, 50));
  EXPECT_TRUE(isLastPage(pageOf(0, {.page = 1, .perPage = 50, .totalPages = 9}), 1, 50))
      << "even when total_pages says otherwise";
  EXPECT_TRUE(isLastPage(decoded("obapi/list_empty.json"), 4, 50));
}

TEST(IsLastPage, ShortPageEnds) {
  EXPECT_TRUE(isLastPage(pageOf(49), 1, 50));
  EXPECT_FALSE(isLastPage(pageOf(50), 1, 50));
  EXPECT_FALSE(isLastPage(pageOf(51), 1, 50)) << "a server sending more than asked";
}

TEST(IsLastPage, TheRepliesOwnPageSizeWins) {
  // Asked for 500, the server clamped to 200 and says so: 200 is a full page.
  EXPECT_FALSE(isLastPage(pageOf(200, {.page = 1, .perPage = 200}), 1, 500));
  EXPECT_TRUE(isLastPage(pageOf(199, {.page = 1, .perPage = 200}), 1, 500));
  // A reply without a usable per_page: the requested size decides.
  EXPECT_TRUE(isLastPage(pageOf(20, {.page = 1, .perPage = 0}), 1, 50));
  EXPECT_TRUE(isLastPage(pageOf(20, {.page = 1, .perPage = -5}), 1, 50));
}

TEST(IsLastPage, TotalPagesEndsWhenReached) {
  const Pagination ofThree{.page = 1, .perPage = 2, .totalItems = 6, .totalPages = 3};
  EXPECT_FALSE(isLastPage(pageOf(2, ofThree), 1, 2));
  EXPECT_FALSE(isLastPage(pageOf(2, ofThree), 2, 2));
  EXPECT_TRUE(isLastPage(pageOf(2, ofThree), 3, 2));
  EXPECT_TRUE(isLastPage(pageOf(2, ofThree), 4, 2));
  // total_pages 0 (no items at all) ends at once.
  EXPECT_TRUE(isLastPage(pageOf(2, {.perPage = 2, .totalPages = 0}), 1, 2));
}

TEST(IsLastPage, ThePageAskedForCountsNotThePageTheReplyNames) {
  // A server that ignores `page` and always answers "page 1 of 2" still ends at page 2.
  const Pagination alwaysFirst{.page = 1, .perPage = 2, .totalItems = 4, .totalPages = 2};
  EXPECT_FALSE(isLastPage(pageOf(2, alwaysFirst), 1, 2));
  EXPECT_TRUE(isLastPage(pageOf(2, alwaysFirst), 2, 2));
}

TEST(IsLastPage, WithoutPaginationOnlyTheItemCountDecides) {
  const InterventionPage full = pageOf(50, {}, false);
  EXPECT_FALSE(isLastPage(full, 1, 50));
  EXPECT_FALSE(isLastPage(full, 1000, 50)) << "no total_pages: keep going while pages are full";
  EXPECT_TRUE(isLastPage(pageOf(3, {}, false), 1, 50));
  const InterventionPage fixture = decoded("obapi/list_without_pagination.json");
  EXPECT_TRUE(isLastPage(fixture, 1, 50));
  EXPECT_FALSE(isLastPage(fixture, 1, 2));
}

TEST(IsLastPage, PaginationGivenAsStrings) {
  // "page": "2", "per_page": "50", "total_items": "51", "total_pages": "2", one item.
  const InterventionPage page = decoded("obapi/list_pagination_strings.json");
  EXPECT_TRUE(isLastPage(page, 2, 50));
  EXPECT_EQ(page.pagination.totalPages, 2);
}

TEST(IsLastPage, UnusablePaginationFallsBackToTheItemCount) {
  // per_page -50 and total_pages "many": neither is used.
  InterventionPage page = decoded("obapi/list_pagination_unusable.json");
  EXPECT_TRUE(isLastPage(page, 1, 50)) << "one item of 50";
  EXPECT_FALSE(isLastPage(page, 1, 1)) << "one item of one: maybe more";
  EXPECT_FALSE(isLastPage(decoded("obapi/list_pagination_partial.json"), 3, 1));
}

TEST(IsLastPage, SkippedEntriesStillMakeAPageFull) {
  // Three entries sent, two of them unusable (no id): the page was full, more may follow.
  const InterventionPage page = decodeInterventionPage(
                                    R"({"items": [{"id": "1"}, {"ref": "no id"}, 7],
                                        "pagination": {"page": 1, "per_page": 3}})")
                                    .value();
  EXPECT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.itemsInReply, 3u);
  EXPECT_FALSE(isLastPage(page, 1, 3));
}

TEST(IsLastPage, UnknownPageSizeLeavesOnlyTheOtherRules) {
  EXPECT_FALSE(isLastPage(pageOf(5), 1, 0));
  EXPECT_TRUE(isLastPage(pageOf(0), 1, 0));
  EXPECT_TRUE(isLastPage(pageOf(5, {.totalPages = 1}), 1, 0));
}

}  // namespace
}  // namespace fiche::core
