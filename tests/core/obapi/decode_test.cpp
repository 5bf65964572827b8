// tests/core/obapi: decoding discovery, list and single-intervention bodies.
#include "core/obapi/decode.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/fixtures.hpp"

namespace fiche::core {
namespace {

namespace fx = fiche::test::fixtures;

// ---- discovery ----

TEST(DecodeDiscovery, ShapeA) {
  const auto r = decodeDiscovery(fx::kDiscoveryA);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const Discovery& d = r.value();
  EXPECT_EQ(d.providerName, "My Company");
  EXPECT_EQ(d.obapiVersion, "1.0");
  EXPECT_EQ(d.capabilities.size(), 10u);
  EXPECT_TRUE(d.has("interventions"));
  EXPECT_TRUE(d.has("download"));
  EXPECT_FALSE(d.has("tickets"));
  EXPECT_EQ(d.defaultPerPage, 50);
  EXPECT_EQ(d.maxPerPage, 200);
}

TEST(DecodeDiscovery, ShapeB) {
  const auto r = decodeDiscovery(fx::kDiscoveryB);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const Discovery& d = r.value();
  EXPECT_EQ(d.providerName, "Acme Corp");
  EXPECT_EQ(d.obapiVersion, "1.0");
  EXPECT_EQ(d.capabilities.size(), 9u);
  EXPECT_TRUE(d.has("invoices"));
  EXPECT_FALSE(d.has("interventions"));
  EXPECT_EQ(d.defaultPerPage, 0);
  EXPECT_EQ(d.maxPerPage, 0);
}

TEST(DecodeDiscovery, MinimalAndMissingFields) {
  const auto minimal =
      decodeDiscovery(R"({"obapi_version":"1.0","provider":{"name":"X"},"capabilities":[]})");
  ASSERT_TRUE(minimal.ok());
  EXPECT_EQ(minimal.value().providerName, "X");
  EXPECT_TRUE(minimal.value().capabilities.empty());
  const auto empty = decodeDiscovery("{}");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty.value().providerName.empty());
  EXPECT_EQ(empty.value().maxPerPage, 0);
}

TEST(DecodeDiscovery, ToleratesOddValues) {
  const auto r = decodeDiscovery(
      R"({"obapi_version": 1, "provider": null, "capabilities": ["interventions", 3, null, "x"],
          "pagination": {"default_per_page": "25", "max_per_page": -1}})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().obapiVersion, "1");
  EXPECT_TRUE(r.value().providerName.empty());
  EXPECT_EQ(r.value().capabilities, (std::vector<std::string>{"interventions", "x"}));
  EXPECT_EQ(r.value().defaultPerPage, 25);
  EXPECT_EQ(r.value().maxPerPage, 0);
}

TEST(DecodeDiscovery, MalformedIsDecodeError) {
  for (const char* bad : {"", "<html>Not Found</html>", "[]", "\"discovery\"", "{"}) {
    const auto r = decodeDiscovery(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().kind, ErrorKind::Decode);
    EXPECT_NE(r.error().message.find("discovery"), std::string::npos);
  }
}

// ---- list ----

TEST(DecodeInterventionPage, SeedExample) {
  const auto r = decodeInterventionPage(fx::kSeedList);
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r.value().items.size(), 1u);
  const InterventionSummary& s = r.value().items[0];
  EXPECT_EQ(s.id, "42");
  EXPECT_EQ(s.ref, "FI2405-0005");
  EXPECT_EQ(s.date, "2024-05-18");
  EXPECT_EQ(s.durationSeconds, 7200);
  EXPECT_EQ(s.status, "done");
  ASSERT_TRUE(r.value().hasPagination);
  EXPECT_EQ(r.value().pagination.page, 1);
  EXPECT_EQ(r.value().pagination.perPage, 50);
  EXPECT_EQ(r.value().pagination.totalItems, 1);
  EXPECT_EQ(r.value().pagination.totalPages, 1);
}

TEST(DecodeInterventionPage, SeedVerbatimPlaceholderIsNotJson) {
  const auto r = decodeInterventionPage(fx::kSeedListVerbatim);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Decode);
  EXPECT_NE(r.error().message.find("not valid JSON"), std::string::npos);
}

TEST(DecodeInterventionPage, NumbersAsStringsAndIdsAsNumbers) {
  const auto r = decodeInterventionPage(
      R"({"items": [{"id": 42, "ref": "01025488", "date_intervention": "2024-05-18",
                     "duration": "5400", "status": "done"},
                    {"id": "0042", "ref": 1025488, "duration": 3600.0}],
          "pagination": {"page": "2", "per_page": "50", "total_items": "51",
                         "total_pages": "2"}})");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().items.size(), 2u);
  EXPECT_EQ(r.value().items[0].id, "42");
  EXPECT_EQ(r.value().items[0].ref, "01025488");
  EXPECT_EQ(r.value().items[0].durationSeconds, 5400);
  EXPECT_EQ(r.value().items[1].id, "0042");
  EXPECT_EQ(r.value().items[1].ref, "1025488");
  EXPECT_EQ(r.value().items[1].durationSeconds, 3600);
  EXPECT_EQ(r.value().pagination.page, 2);
  EXPECT_EQ(r.value().pagination.totalItems, 51);
  EXPECT_EQ(r.value().pagination.totalPages, 2);
}

TEST(DecodeInterventionPage, MissingOrPartialPagination) {
  const auto none = decodeInterventionPage(R"({"items": []})");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none.value().hasPagination);
  EXPECT_EQ(none.value().pagination.totalItems, -1);
  EXPECT_EQ(none.value().pagination.totalPages, -1);

  const auto nullPagination = decodeInterventionPage(R"({"items": [], "pagination": null})");
  ASSERT_TRUE(nullPagination.ok());
  EXPECT_FALSE(nullPagination.value().hasPagination);

  const auto partial = decodeInterventionPage(R"({"items": [], "pagination": {"page": 3}})");
  ASSERT_TRUE(partial.ok());
  EXPECT_TRUE(partial.value().hasPagination);
  EXPECT_EQ(partial.value().pagination.page, 3);
  EXPECT_EQ(partial.value().pagination.perPage, 0);
  EXPECT_EQ(partial.value().pagination.totalItems, -1);
  EXPECT_EQ(partial.value().pagination.totalPages, -1);
}

TEST(DecodeInterventionPage, NullsAndUnknownsTolerated) {
  const auto r = decodeInterventionPage(
      R"({"items": [{"id": "7", "ref": null, "date_intervention": null, "duration": null,
                     "status": "on_hold", "technician": {"name": "A"}}],
          "extra": true})");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().items.size(), 1u);
  const InterventionSummary& s = r.value().items[0];
  EXPECT_EQ(s.ref, "");
  EXPECT_EQ(s.date, "");
  EXPECT_EQ(s.durationSeconds, 0);
  EXPECT_EQ(s.status, "on_hold");
}

TEST(DecodeInterventionPage, SkipsNonObjectsAndItemsWithoutId) {
  const auto r = decodeInterventionPage(
      R"({"items": [1, "x", null, [], {"ref": "no id"}, {"id": ""}, {"id": null},
                    {"id": "9", "ref": "kept"}]})");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().items.size(), 1u);
  EXPECT_EQ(r.value().items[0].ref, "kept");
}

TEST(DecodeInterventionPage, MalformedIsDecodeError) {
  struct Case {
    const char* body;
    const char* mentions;
  };
  for (const Case c : {Case{"", "JSON"}, Case{"<html>502</html>", "JSON"}, Case{"[]", "object"},
                       Case{"{}", "items"}, Case{R"({"items": {"0": {}}})", "array"},
                       Case{R"({"items": null})", "array"}}) {
    const auto r = decodeInterventionPage(c.body);
    ASSERT_FALSE(r.ok()) << c.body;
    EXPECT_EQ(r.error().kind, ErrorKind::Decode);
    EXPECT_NE(r.error().message.find(c.mentions), std::string::npos) << r.error().message;
  }
}

TEST(DecodeInterventionPage, DeepNestingIsDecodeError) {
  const std::string body = R"({"items": )" + std::string(100000, '[');
  const auto r = decodeInterventionPage(body);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Decode);
}

// ---- single ----

TEST(DecodeIntervention, SeedExample) {
  const auto r = decodeIntervention(fx::kSeedSingle);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const Intervention& i = r.value();
  EXPECT_EQ(i.id, "42");
  EXPECT_EQ(i.ref, "FI2405-0005");
  EXPECT_EQ(i.customerRef, "");
  EXPECT_EQ(i.dateIntervention, "2024-05-18");
  EXPECT_EQ(i.dateStart, "2024-05-18");
  EXPECT_EQ(i.dateEnd, "2024-05-18");
  EXPECT_EQ(i.contractRef, "CT2405-0002");
  EXPECT_EQ(i.description, "On-site server maintenance");
  EXPECT_EQ(i.durationSeconds, 7200);
  EXPECT_EQ(i.validatedAt, "2024-05-19T09:00:00Z");
  EXPECT_EQ(i.createdAt, "2024-05-17T14:00:00Z");
  EXPECT_EQ(i.updatedAt, "2024-05-19T09:00:00Z");
  EXPECT_EQ(i.status, "done");
  EXPECT_EQ(i.publicNote, "");
  ASSERT_EQ(i.lines.size(), 2u);
  EXPECT_EQ(i.lines[0].id, "85");
  EXPECT_EQ(i.lines[0].position, 1);
  EXPECT_EQ(i.lines[0].description, "Hardware diagnostic and repair");
  EXPECT_EQ(i.lines[0].date, "2024-05-18");
  EXPECT_EQ(i.lines[0].durationSeconds, 3600);
  EXPECT_EQ(i.lines[0].productRef, "SRV-MAINT");
  EXPECT_EQ(i.lines[1].id, "86");
  EXPECT_EQ(i.lines[1].position, 2);
  EXPECT_EQ(i.lines[1].productRef, "SRV-CONF");
}

TEST(DecodeIntervention, NullsMissingAndCoercions) {
  const auto r = decodeIntervention(
      R"({"intervention": {"id": 42, "ref": "FI-1", "validated_at": null, "duration": "7200",
          "status": "archived", "lines": [{"id": 1, "position": "2", "duration": "60"}, 5]}})");
  ASSERT_TRUE(r.ok());
  const Intervention& i = r.value();
  EXPECT_EQ(i.id, "42");
  EXPECT_EQ(i.validatedAt, "");
  EXPECT_EQ(i.contractRef, "");
  EXPECT_EQ(i.durationSeconds, 7200);
  EXPECT_EQ(i.status, "archived");
  ASSERT_EQ(i.lines.size(), 1u);
  EXPECT_EQ(i.lines[0].id, "1");
  EXPECT_EQ(i.lines[0].position, 2);
  EXPECT_EQ(i.lines[0].durationSeconds, 60);
}

TEST(DecodeIntervention, LinesNotAnArrayMeansNoLines) {
  const auto r = decodeIntervention(R"({"intervention": {"id": "1", "lines": null}})");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.value().lines.empty());
}

TEST(DecodeIntervention, MalformedIsDecodeError) {
  for (const char* bad : {"", "[]", R"({"id": "42"})", R"({"intervention": null})",
                          R"({"intervention": "42"})", R"({"intervention": [{}]})"}) {
    const auto r = decodeIntervention(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().kind, ErrorKind::Decode);
    EXPECT_FALSE(r.error().message.empty());
  }
}

}  // namespace
}  // namespace fiche::core
