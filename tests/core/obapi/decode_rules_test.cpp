// tests/core/obapi: each tolerance rule of the decoders (issue 5, "bad data from servers")
// against a fixture body from tests/fixtures.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/obapi/decode.hpp"
#include "core/util/utf8.hpp"
#include "support/fixture_files.hpp"

namespace fiche::core {
namespace {

using test::fixtureFile;
using test::fixturePaths;

InterventionPage pageFrom(std::string_view fixture) {
  const Result<InterventionPage> page = decodeInterventionPage(fixtureFile(fixture));
  EXPECT_TRUE(page.ok()) << fixture << ": " << (page.ok() ? "" : page.error().message);
  return page.ok() ? page.value() : InterventionPage{};
}

Intervention detailFrom(std::string_view fixture) {
  const Result<Intervention> detail = decodeIntervention(fixtureFile(fixture));
  EXPECT_TRUE(detail.ok()) << fixture << ": " << (detail.ok() ? "" : detail.error().message);
  return detail.ok() ? detail.value() : Intervention{};
}

std::vector<std::string> idsOf(const InterventionPage& page) {
  std::vector<std::string> ids;
  for (const InterventionSummary& item : page.items) ids.push_back(item.id);
  return ids;
}

const std::string kFffd(kReplacementCharacter);

TEST(DecodeRules, IdsAndRefsAsStringsOrNumbersBecomeStringsWithLeadingZerosKept) {
  const InterventionPage page = pageFrom("obapi/list_ids_and_refs.json");
  EXPECT_EQ(idsOf(page), (std::vector<std::string>{"42", "43", "0044", "45", "18446744073709551615",
                                                   "-7", "1e3"}));
  ASSERT_EQ(page.items.size(), 7u);
  EXPECT_EQ(page.items[0].ref, "FI2405-0005");
  EXPECT_EQ(page.items[1].ref, "01025488");
  EXPECT_EQ(page.items[2].ref, "1025488");
  EXPECT_EQ(page.items[3].ref, "007");
  EXPECT_EQ(page.items[5].ref, "0.5");
  EXPECT_EQ(page.items[6].ref, "") << "a boolean is no ref";
}

TEST(DecodeRules, DurationsAsNumbersOrNumericStrings) {
  const InterventionPage page = pageFrom("obapi/list_durations.json");
  std::vector<std::int64_t> durations;
  for (const InterventionSummary& item : page.items) durations.push_back(item.durationSeconds);
  // 7200, "5400", " 60 ", 3600.9 (rounded down), "1800.0"; then unusable values give 0:
  // "2h", null, true, missing, "", 1e300 (out of range).
  EXPECT_EQ(durations, (std::vector<std::int64_t>{7200, 5400, 60, 3600, 1800, 0, 0, 0, 0, 0, 0}));
}

TEST(DecodeRules, NullOrMissingOptionalFieldsInAList) {
  const InterventionPage page = pageFrom("obapi/list_nulls_and_missing.json");
  // Rows without a usable id are skipped (they could not be opened); the others are kept
  // with empty fields. The skipped entries still count as sent.
  EXPECT_EQ(idsOf(page), (std::vector<std::string>{"7", "8"}));
  EXPECT_EQ(page.itemsInReply, 8u);
  for (const InterventionSummary& item : page.items) {
    EXPECT_EQ(item.ref, "");
    EXPECT_EQ(item.date, "");
    EXPECT_EQ(item.durationSeconds, 0);
    EXPECT_EQ(item.status, "");
  }
  EXPECT_TRUE(page.hasPagination);
  EXPECT_EQ(page.pagination.totalItems, -1);
  EXPECT_EQ(page.pagination.totalPages, -1);
}

TEST(DecodeRules, NullOrMissingOptionalFieldsInADetail) {
  const Intervention detail = detailFrom("obapi/detail_nulls_and_missing.json");
  EXPECT_EQ(detail.id, "42");
  EXPECT_EQ(detail.ref, "FI-1");
  for (const std::string* field :
       {&detail.customerRef, &detail.dateIntervention, &detail.dateStart, &detail.dateEnd,
        &detail.contractRef, &detail.description, &detail.validatedAt, &detail.createdAt,
        &detail.updatedAt, &detail.publicNote}) {
    EXPECT_EQ(*field, "");
  }
  EXPECT_EQ(detail.durationSeconds, 7200);
  EXPECT_TRUE(detail.lines.empty()) << "\"lines\": null is no lines";
}

TEST(DecodeRules, UnknownFieldsAreIgnoredAndUnknownStatusesKeptAsSent) {
  const InterventionPage page = pageFrom("obapi/list_unknown_fields_and_statuses.json");
  ASSERT_EQ(page.items.size(), 5u);
  EXPECT_EQ(page.items[0].status, "on_hold");
  EXPECT_EQ(page.items[1].status,
            "ANNUL\xC3\x89"
            "E");
  EXPECT_EQ(page.items[2].status, "");
  EXPECT_EQ(page.items[3].status, "3");
  EXPECT_EQ(page.items[4].status, "done");
  EXPECT_EQ(page.items[0].ref, "FI-1");
  EXPECT_EQ(page.pagination.totalItems, 5);
}

TEST(DecodeRules, EmptyLinesAndOddLines) {
  const Intervention empty = detailFrom("obapi/detail_empty_lines.json");
  EXPECT_EQ(empty.ref, "FI2405-0005");
  EXPECT_TRUE(empty.lines.empty());

  // Lines that are not objects are skipped; a line without an id is still a task done.
  const Intervention odd = detailFrom("obapi/detail_odd_lines.json");
  ASSERT_EQ(odd.lines.size(), 3u);
  EXPECT_EQ(odd.lines[0].id, "1");
  EXPECT_EQ(odd.lines[0].position, 2);
  EXPECT_EQ(odd.lines[0].durationSeconds, 60);
  EXPECT_EQ(odd.lines[0].description, "");
  EXPECT_EQ(odd.lines[0].productRef, "7");
  EXPECT_EQ(odd.lines[1].id, "");
  EXPECT_EQ(odd.lines[1].position, 1);
  EXPECT_EQ(odd.lines[1].durationSeconds, 1);
  EXPECT_EQ(odd.lines[1].date, "2024-05-18");
  EXPECT_EQ(odd.lines[2].position, 0);
}

TEST(DecodeRules, PaginationWithStringFields) {
  const InterventionPage page = pageFrom("obapi/list_pagination_strings.json");
  EXPECT_TRUE(page.hasPagination);
  EXPECT_EQ(page.pagination.page, 2);
  EXPECT_EQ(page.pagination.perPage, 50);
  EXPECT_EQ(page.pagination.totalItems, 51);
  EXPECT_EQ(page.pagination.totalPages, 2);
}

TEST(DecodeRules, PaginationWithMissingOrUnusableFields) {
  const InterventionPage partial = pageFrom("obapi/list_pagination_partial.json");
  EXPECT_TRUE(partial.hasPagination);
  EXPECT_EQ(partial.pagination.page, 3);
  EXPECT_EQ(partial.pagination.perPage, 0);
  EXPECT_EQ(partial.pagination.totalItems, -1);
  EXPECT_EQ(partial.pagination.totalPages, -1);

  // "first", -50, [], "many": each field falls back on its own.
  const InterventionPage unusable = pageFrom("obapi/list_pagination_unusable.json");
  EXPECT_TRUE(unusable.hasPagination);
  EXPECT_EQ(unusable.pagination.page, 0);
  EXPECT_EQ(unusable.pagination.perPage, -50) << "kept; isLastPage ignores non-positive sizes";
  EXPECT_EQ(unusable.pagination.totalItems, -1);
  EXPECT_EQ(unusable.pagination.totalPages, -1);
  EXPECT_EQ(unusable.items.size(), 1u);

  const InterventionPage notAnObject = pageFrom("obapi/list_pagination_not_an_object.json");
  EXPECT_FALSE(notAnObject.hasPagination);
  EXPECT_EQ(notAnObject.items.size(), 1u);
}

TEST(DecodeRules, ListsWithoutPagination) {
  const InterventionPage page = pageFrom("obapi/list_without_pagination.json");
  EXPECT_FALSE(page.hasPagination);
  EXPECT_EQ(idsOf(page), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(page.pagination.totalPages, -1);
}

TEST(DecodeRules, EmptyPage) {
  const InterventionPage page = pageFrom("obapi/list_empty.json");
  EXPECT_TRUE(page.items.empty());
  EXPECT_EQ(page.itemsInReply, 0u);
  EXPECT_EQ(page.pagination.page, 4);
}

TEST(DecodeRules, BothDiscoveryShapes) {
  const Result<Discovery> a = decodeDiscovery(fixtureFile("obapi/discovery_shape_a.json"));
  const Result<Discovery> b = decodeDiscovery(fixtureFile("obapi/discovery_shape_b.json"));
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a.value().providerName, "My Company");
  EXPECT_EQ(b.value().providerName, "Acme Corp");
  for (const Discovery& d : {a.value(), b.value()}) {
    EXPECT_EQ(d.obapiVersion, "1.0");
    EXPECT_TRUE(d.has("interventions"));
    EXPECT_TRUE(d.has("download"));
    EXPECT_EQ(d.capabilities.size(), 10u);
  }
  EXPECT_EQ(a.value().maxPerPage, 200);
  EXPECT_EQ(b.value().maxPerPage, 0) << "shape B advertises no page sizes";

  const Result<Discovery> minimal = decodeDiscovery(fixtureFile("obapi/discovery_minimal.json"));
  ASSERT_TRUE(minimal.ok());
  EXPECT_TRUE(minimal.value().has("interventions"));

  const Result<Discovery> odd = decodeDiscovery(fixtureFile("obapi/discovery_odd_values.json"));
  ASSERT_TRUE(odd.ok());
  EXPECT_EQ(odd.value().obapiVersion, "1");
  EXPECT_EQ(odd.value().providerName, "");
  EXPECT_EQ(odd.value().capabilities, (std::vector<std::string>{"interventions", "download"}));
  EXPECT_EQ(odd.value().defaultPerPage, 25);
  EXPECT_EQ(odd.value().maxPerPage, 0);
}

TEST(DecodeRules, InvalidUtf8IsShownWithReplacementCharacters) {
  const InterventionPage page = pageFrom("obapi/list_invalid_utf8.json");
  ASSERT_EQ(page.items.size(), 4u) << "one bad byte must not lose the page";
  EXPECT_EQ(page.items[0].ref, "FI-" + kFffd + "t" + kFffd);
  EXPECT_EQ(page.items[1].ref, kFffd + kFffd);
  EXPECT_EQ(page.items[1].date, "2024-05-" + kFffd + kFffd + "18");
  EXPECT_EQ(page.items[2].ref, "FI-" + kFffd + kFffd + kFffd + "-3");
  EXPECT_EQ(page.items[2].status, kFffd + kFffd + kFffd + kFffd + kFffd);
  EXPECT_EQ(page.items[3].ref, "FI-" + kFffd) << "a sequence cut by the closing quote";
  EXPECT_EQ(page.items[3].status, "\xE2\x82\xAC ok");
}

TEST(DecodeRules, LoneSurrogateEscapesAreShownWithReplacementCharacters) {
  const InterventionPage page = pageFrom("obapi/list_lone_surrogates.json");
  ASSERT_EQ(page.items.size(), 3u);
  EXPECT_EQ(page.items[0].ref, "FI-" + kFffd + "-1");
  EXPECT_EQ(page.items[1].ref, kFffd);
  EXPECT_EQ(page.items[2].ref, "\xF0\x9F\x98\x80 pair");
}

TEST(DecodeRules, ByteOrderMarkIsSkipped) {
  const InterventionPage page = pageFrom("obapi/list_with_bom.json");
  ASSERT_EQ(page.items.size(), 1u);
  EXPECT_EQ(page.items[0].ref, "FI-BOM");
}

TEST(DecodeRules, HostileTextIsKeptExactly) {
  // Decoding does not interpret or strip anything: the views must cope (tests/ui).
  const Intervention detail = detailFrom("obapi/detail_hostile_text.json");
  EXPECT_EQ(detail.ref, "FI-%s%n%x");
  EXPECT_NE(detail.description.find(std::string("NUL[\0]", 6)), std::string::npos);
  EXPECT_NE(detail.description.find("ESC[\x1B[31m]"), std::string::npos);
  EXPECT_NE(detail.description.find("\xF0\x9F\x98\x80"), std::string::npos);
  EXPECT_EQ(detail.status, std::string("%s\0\x1B", 4));
  ASSERT_EQ(detail.lines.size(), 1u);
  EXPECT_EQ(detail.lines[0].productRef, "\x1B[2J");
}

TEST(DecodeRules, SeedExamples) {
  const InterventionPage list = pageFrom("obapi/list_seed.json");
  ASSERT_EQ(list.items.size(), 1u);
  EXPECT_EQ(list.items[0].ref, "FI2405-0005");
  const Intervention detail = detailFrom("obapi/detail_seed.json");
  EXPECT_EQ(detail.lines.size(), 2u);
  EXPECT_EQ(detail.contractRef, "CT2405-0002");
}

// ---- hostile or broken bodies: a clear Decode error from every decoder ----

TEST(DecodeRules, HostileBodiesGiveADecodeErrorFromEveryDecoder) {
  const std::vector<std::string_view> paths = fixturePaths("hostile/");
  ASSERT_GE(paths.size(), 10u);
  for (const std::string_view path : paths) {
    const std::string_view body = fixtureFile(path);
    const Result<InterventionPage> page = decodeInterventionPage(body);
    const Result<Intervention> detail = decodeIntervention(body);
    ASSERT_FALSE(page.ok()) << path;
    ASSERT_FALSE(detail.ok()) << path;
    for (const Error& error : {page.error(), detail.error()}) {
      EXPECT_EQ(error.kind, ErrorKind::Decode) << path;
      EXPECT_FALSE(error.message.empty()) << path;
      EXPECT_TRUE(isValidUtf8(error.message)) << path;
    }
  }
}

TEST(DecodeRules, EachHostileBodyGetsTheMessageThatNamesItsProblem) {
  struct Case {
    const char* fixture;
    const char* listMessage;
  };
  const Case cases[] = {
      {"hostile/proxy_502.html", "The intervention list reply is not valid JSON."},
      {"hostile/login_page.html", "The intervention list reply is not valid JSON."},
      {"hostile/php_warning_before_json.json", "The intervention list reply is not valid JSON."},
      {"hostile/truncated_list.json", "The intervention list reply is not valid JSON."},
      {"hostile/truncated_in_string.json", "The intervention list reply is not valid JSON."},
      {"hostile/list_seed_verbatim.json", "The intervention list reply is not valid JSON."},
      {"hostile/trailing_garbage.json", "The intervention list reply is not valid JSON."},
      {"hostile/nul_bytes.json", "The intervention list reply is not valid JSON."},
      {"hostile/empty.json", "The intervention list reply is not valid JSON."},
      {"hostile/top_level_array.json", "The intervention list reply is not a JSON object."},
      {"hostile/top_level_string.json", "The intervention list reply is not a JSON object."},
      {"hostile/top_level_number.json", "The intervention list reply is not a JSON object."},
      {"hostile/top_level_null.json", "The intervention list reply is not a JSON object."},
      {"hostile/items_missing.json", "The intervention list reply has no \"items\"."},
      {"hostile/items_not_an_array.json",
       "The intervention list reply's \"items\" is not an array."},
      {"hostile/intervention_not_an_object.json", "The intervention list reply has no \"items\"."},
  };
  EXPECT_EQ(std::size(cases), fixturePaths("hostile/").size()) << "a hostile fixture untested";
  for (const Case& c : cases) {
    const Result<InterventionPage> page = decodeInterventionPage(fixtureFile(c.fixture));
    ASSERT_FALSE(page.ok()) << c.fixture;
    EXPECT_EQ(page.error().message, c.listMessage) << c.fixture;
  }
  const Result<Intervention> detail =
      decodeIntervention(fixtureFile("hostile/intervention_not_an_object.json"));
  ASSERT_FALSE(detail.ok());
  EXPECT_EQ(detail.error().message, "The intervention reply's \"intervention\" is not an object.");
}

TEST(DecodeRules, DiscoveryRejectsNonObjectsAndNonJson) {
  for (const char* path : {"hostile/proxy_502.html", "hostile/top_level_array.json",
                           "hostile/truncated_list.json", "hostile/empty.json"}) {
    const Result<Discovery> d = decodeDiscovery(fixtureFile(path));
    ASSERT_FALSE(d.ok()) << path;
    EXPECT_EQ(d.error().kind, ErrorKind::Decode);
  }
}

}  // namespace
}  // namespace fiche::core
