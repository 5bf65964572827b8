// tests/core/app: a Controller wired to fakes (HTTP, clock, documents, credentials), and the
// helpers its tests share.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/app/controller.hpp"
#include "support/fake_clock.hpp"
#include "support/fake_credential_store.hpp"
#include "support/fake_document_sink.hpp"
#include "support/fake_http_client.hpp"
#include "support/fixtures.hpp"

namespace fiche::core::controller_testing {

namespace fx = fiche::test::fixtures;

inline constexpr std::string_view kToken = "s3cr3t-T0KEN-value";
inline constexpr std::string_view kRoot = "https://erp.example/16";
inline constexpr std::string_view kListBase = "https://erp.example/16/obapi/v1/interventions";
// The first list request after discovery A: its default page size, newest first.
inline constexpr std::string_view kFirstPageUrl =
    "https://erp.example/16/obapi/v1/interventions?page=1&per_page=50&sort=date_desc";

struct Row {
  std::string id;
  std::string ref;
  std::string date = "2024-05-18";
  long long duration = 7200;
  std::string status = "done";
};

// A list reply holding `rows` (in this order), with pagination for `totalPages` pages.
std::string listBody(const std::vector<Row>& rows, int page = 1, int totalPages = 1,
                     long long totalItems = -1);
// A list reply with one row.
std::string pageBody(std::string_view id, std::string_view ref);
// A detail reply for `id`, with two lines of one hour each.
std::string detailBody(std::string_view id, std::string_view ref);

// Every string AppState holds, so tests can assert the token is in none of them.
std::string everyString(const AppState& state);

// The URL of the list request for `query` after "interventions?".
std::string listUrl(std::string_view query);

// Most tests exercise server paging (one page per request, the interventions browser of issue
// 3); the whole history has its own tests (controller_history_test.cpp).
class ControllerTest : public ::testing::Test {
 protected:
  ControllerTest() { controller.apply(NavigateIntent{Route{.serverPages = true}}); }
  void connect(std::string_view root = kRoot, std::string_view token = kToken,
               bool remember = false) {
    controller.apply(ConnectIntent{
        .apiRoot = std::string(root), .token = std::string(token), .remember = remember});
  }
  // Connects and answers discovery with `body`; returns with the list request (if any) sent.
  void connectWithDiscovery(std::string_view body = fx::kDiscoveryA) {
    connect();
    answerDiscovery(body);
  }
  void answerDiscovery(std::string_view body = fx::kDiscoveryA) {
    ASSERT_TRUE(http.complete(http.lastId(), 200, std::string(body)));
    ASSERT_TRUE(controller.poll());
  }
  // Connected, first page loaded with `rows`; no request pending.
  void connectWithRows(const std::vector<Row>& rows) {
    connectWithDiscovery();
    ASSERT_EQ(http.last().request.url, kFirstPageUrl);
    ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(rows)));
    ASSERT_TRUE(controller.poll());
    ASSERT_EQ(state().list.status, LoadStatus::Ok);
    ASSERT_EQ(http.inFlight(), 0u);
  }
  // Answers the request sent last, and each automatic retry of it, with `status` and `body`
  // (transport Ok) or with `transport`, moving the clock to each retry's time. Returns the
  // number of attempts answered; the final answer has been applied when it returns.
  int answerEveryAttempt(int status, std::string_view body, std::vector<Header> headers = {}) {
    return everyAttempt(
        [&](RequestId id) { return http.complete(id, status, std::string(body), headers); });
  }
  int failEveryAttempt(Transport transport) {
    return everyAttempt([&](RequestId id) { return http.fail(id, transport); });
  }
  // The retry now waiting for its time, if any (connection, list or detail).
  const RetryInfo* waitingRetry() const {
    for (const std::optional<RetryInfo>* retry :
         {&state().connection.retry, &state().list.retry, &state().detail.retry}) {
      if (*retry && (*retry)->atMs > 0) return &**retry;
    }
    return nullptr;
  }
  void navigate(Route route) { controller.apply(NavigateIntent{std::move(route)}); }
  // The route now on screen with `change` applied to it.
  template <class Change>
  Route routeWith(Change change) const {
    Route route = state().route;
    change(route);
    return route;
  }
  // Refs of the rows in display order.
  std::vector<std::string> shownRefs() const {
    std::vector<std::string> refs;
    for (std::size_t i = 0; i < state().list.store.size(); ++i) {
      refs.push_back(state().list.store.at(i).ref);
    }
    return refs;
  }
  std::size_t requestCount() const { return http.requests().size(); }
  template <class Answer>
  int everyAttempt(Answer answer) {
    for (int attempts = 1;; ++attempts) {
      EXPECT_TRUE(answer(http.lastId()));
      controller.poll();
      const RetryInfo* retry = waitingRetry();
      if (retry == nullptr || attempts > 20) return attempts;
      clock.advance(retry->atMs - clock.monotonicMs());
      controller.poll();  // sends the retry
    }
  }
  const AppState& state() const { return controller.state(); }

  fiche::test::FakeHttpClient http;
  fiche::test::FakeClock clock;
  fiche::test::FakeDocumentSink documents;
  fiche::test::FakeCredentialStore credentials;
  Controller controller{ControllerServices{
      .http = http, .documents = documents, .credentials = credentials, .clock = clock}};
};

// Three rows in the server's order (newest first), with distinct durations and statuses.
inline std::vector<Row> threeRows() {
  return {{.id = "3", .ref = "FI-C", .date = "2024-05-20", .duration = 3600, .status = "billed"},
          {.id = "2", .ref = "FI-A", .date = "2024-05-19", .duration = 10800, .status = "draft"},
          {.id = "1", .ref = "FI-B", .date = "2024-05-18", .duration = 1800, .status = "done"}};
}

}  // namespace fiche::core::controller_testing
