// tests/core/app: Hydrator over the scripted fake network — priority, concurrency, pausing,
// failures, 401 and resets.
#include "core/sync/hydrator.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/fake_http_client.hpp"

namespace fiche::core {
namespace {

std::vector<InterventionSummary> rows(std::initializer_list<const char*> ids) {
  std::vector<InterventionSummary> list;
  for (const char* id : ids) list.push_back({.id = id, .ref = std::string("FI-") + id});
  return list;
}

std::string detail(const std::string& id) {
  return R"({"intervention":{"id":")" + id + R"(","ref":"FI-)" + id +
         R"(","contract_ref":"CT-1","lines":[{"id":"9","description":"Onduleur"}]}})";
}

class HydratorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    hydrator.setSend([this](const std::string& id) { return http.send({.url = id}); });
  }
  // Ids of the pending requests, in the order they were sent.
  std::vector<std::string> pending() const {
    std::vector<std::string> ids;
    for (const RequestId request : http.pendingIds())
      ids.push_back(http.find(request)->request.url);
    return ids;
  }
  void answer(const std::string& id, int status = 200, std::string body = "") {
    for (const RequestId request : http.pendingIds()) {
      if (http.find(request)->request.url != id) continue;
      ASSERT_TRUE(http.complete(request, status, body.empty() ? detail(id) : body));
      std::vector<HttpResponse> completed;
      http.poll(completed);
      for (const HttpResponse& response : completed) {
        if (hydrator.owns(response.id)) hydrator.onResponse(response);
      }
      hydrator.pump();
      return;
    }
    FAIL() << "no request pending for " << id;
  }

  test::FakeHttpClient http;
  Hydrator hydrator{http, 2};
};

TEST_F(HydratorTest, TheBacklogGoesInListOrderTwoAtATime) {
  hydrator.enqueue(rows({"1", "2", "3", "4"}));
  hydrator.pump();
  EXPECT_EQ(pending(), (std::vector<std::string>{"1", "2"}));
  answer("1");
  EXPECT_EQ(pending(), (std::vector<std::string>{"2", "3"}));
  const std::vector<Intervention> details = hydrator.takeDetails();
  ASSERT_EQ(details.size(), 1u);
  EXPECT_EQ(details[0].contractRef, "CT-1");
  EXPECT_EQ(details[0].lines.at(0).description, "Onduleur");
  EXPECT_EQ(hydrator.progress().hydrated, 1u);
  EXPECT_EQ(hydrator.progress().known, 4u);
}

TEST_F(HydratorTest, RowsOnScreenJumpTheQueue) {
  hydrator.enqueue(rows({"1", "2", "3", "4", "5", "6"}));
  hydrator.pump();
  hydrator.setVisible({"5", "2", "6"});
  answer("1");
  EXPECT_EQ(pending(), (std::vector<std::string>{"2", "5"}));
  answer("2");
  EXPECT_EQ(pending(), (std::vector<std::string>{"5", "6"})) << "2 was already asked: skipped";
  answer("5");
  answer("6");
  EXPECT_EQ(pending(), (std::vector<std::string>{"3", "4"})) << "then back to the backlog";
}

TEST_F(HydratorTest, NothingIsAskedTwiceEvenWhenEnqueuedAgain) {
  hydrator.enqueue(rows({"1", "2"}));
  hydrator.pump();
  answer("1");
  answer("2");
  hydrator.enqueue(rows({"1", "2", "3"}));  // a refresh brings the same rows again
  hydrator.pump();
  EXPECT_EQ(pending(), (std::vector<std::string>{"3"}));
  EXPECT_EQ(hydrator.progress().known, 3u);
  hydrator.forget("1");  // its row changed: ask again
  hydrator.pump();
  EXPECT_EQ(pending(), (std::vector<std::string>{"3", "1"}));
}

TEST_F(HydratorTest, PausedMeansNothingNewIsSent) {
  hydrator.enqueue(rows({"1", "2", "3"}));
  hydrator.setPaused(true);
  hydrator.pump();
  EXPECT_TRUE(pending().empty()) << "the user's own request goes first";
  hydrator.setPaused(false);
  hydrator.pump();
  EXPECT_EQ(pending().size(), 2u);
}

TEST_F(HydratorTest, FailuresAreCountedAndNotRetried) {
  hydrator.enqueue(rows({"1", "2", "3"}));
  hydrator.pump();
  answer("1", 404, R"({"error":{"type":"not_found","code":"OBJECT_NOT_FOUND"}})");
  answer("2", 200, "<html>oops</html>");
  answer("3", 200, detail("99"));  // the wrong intervention
  EXPECT_EQ(hydrator.progress().failed, 3u);
  EXPECT_EQ(hydrator.progress().hydrated, 0u);
  EXPECT_TRUE(hydrator.takeDetails().empty());
  EXPECT_TRUE(pending().empty());
  EXPECT_FALSE(hydrator.hasWork());
}

TEST_F(HydratorTest, A401StopsEverything) {
  hydrator.enqueue(rows({"1", "2", "3"}));
  hydrator.pump();
  answer("1", 401, R"({"error":{"type":"authentication_error","code":"EXPIRED_TOKEN"}})");
  ASSERT_TRUE(hydrator.stopped());
  EXPECT_EQ(hydrator.stopped()->apiCode, "EXPIRED_TOKEN");
  EXPECT_TRUE(pending().empty()) << "request 2 was cancelled, 3 never sent";
  hydrator.pump();
  EXPECT_TRUE(pending().empty());
}

TEST_F(HydratorTest, ResetCancelsAndForgets) {
  hydrator.enqueue(rows({"1", "2", "3"}));
  hydrator.pump();
  hydrator.reset();
  EXPECT_EQ(http.cancellations(), 2);
  EXPECT_EQ(hydrator.requestsInFlight(), 0u);
  EXPECT_EQ(hydrator.progress().known, 0u);
  hydrator.enqueue(rows({"1"}));
  hydrator.pump();
  EXPECT_EQ(pending(), (std::vector<std::string>{"1"})) << "asked again after a reset";
}

}  // namespace
}  // namespace fiche::core
