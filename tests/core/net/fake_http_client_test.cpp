// tests/core/net: the scripted fake keeps the HttpClient contract the controller relies on.
#include "support/fake_http_client.hpp"

#include <gtest/gtest.h>

namespace fiche::test {
namespace {

using core::HttpRequest;
using core::HttpResponse;
using core::Transport;

TEST(FakeHttpClient, RecordsRequestsAndDeliversOnlyOnPoll) {
  FakeHttpClient http;
  const auto a = http.send(HttpRequest{.url = "https://e.x/a", .headers = {{"Accept", "x"}}});
  const auto b = http.send(HttpRequest{.url = "https://e.x/b"});
  EXPECT_NE(a, core::kNoRequest);
  EXPECT_NE(a, b);
  EXPECT_EQ(http.requests().size(), 2u);
  EXPECT_EQ(http.find(a)->request.url, "https://e.x/a");
  EXPECT_EQ(http.find(a)->header("accept"), "x");
  EXPECT_EQ(http.inFlight(), 2u);

  ASSERT_TRUE(http.complete(b, 200, "B", {{"Content-Type", "text/plain"}}));
  ASSERT_TRUE(http.fail(a, Transport::Timeout));
  EXPECT_FALSE(http.complete(b, 200, "again"));
  std::vector<HttpResponse> out;
  http.poll(out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].id, b);  // in completion order, not send order
  EXPECT_EQ(out[0].body, "B");
  EXPECT_EQ(out[0].header("content-type"), "text/plain");
  EXPECT_EQ(out[1].id, a);
  EXPECT_EQ(out[1].transport, Transport::Timeout);
  EXPECT_EQ(http.inFlight(), 0u);
  http.poll(out);
  EXPECT_EQ(out.size(), 2u);  // nothing more, and poll appends
}

TEST(FakeHttpClient, CancelDropsEvenQueuedReplies) {
  FakeHttpClient http;
  const auto a = http.send(HttpRequest{.url = "a"});
  const auto b = http.send(HttpRequest{.url = "b"});
  ASSERT_TRUE(http.complete(a, 200, "A"));
  http.cancel(a);
  http.cancel(b);
  http.cancel(b);   // twice counts once
  http.cancel(99);  // unknown: ignored
  EXPECT_EQ(http.cancellations(), 2);
  EXPECT_FALSE(http.complete(b, 200, "B"));
  std::vector<HttpResponse> out;
  http.poll(out);
  EXPECT_TRUE(out.empty());
  EXPECT_EQ(http.inFlight(), 0u);
}

TEST(FakeHttpClient, ReportsProgressOnlyWhileInFlight) {
  FakeHttpClient http;
  const auto a = http.send(HttpRequest{.url = "a"});
  EXPECT_EQ(http.progress(a), core::TransferProgress{});
  http.setProgress(a, {.received = 10, .total = 100});
  EXPECT_EQ(http.progress(a), (core::TransferProgress{.received = 10, .total = 100}));
  EXPECT_EQ(http.progress(99), core::TransferProgress{});
  ASSERT_TRUE(http.complete(a, 200, "A"));
  EXPECT_EQ(http.progress(a), core::TransferProgress{}) << "finished: no longer tracked";
  const auto b = http.send(HttpRequest{.url = "b"});
  http.setProgress(b, {.received = 1});
  http.cancel(b);
  EXPECT_EQ(http.progress(b), core::TransferProgress{});
}

}  // namespace
}  // namespace fiche::test
