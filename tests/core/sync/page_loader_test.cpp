// tests/core/app: PageLoader over the scripted fake network — order, concurrency, stop rules,
// cancellation, failures and resuming.
#include "core/sync/page_loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "support/fake_http_client.hpp"

namespace fiche::core {
namespace {

// A page body with `count` items numbered from `firstId`, and optional pagination.
std::string pageBody(int firstId, int count, int page, int perPage, int totalPages,
                     long long totalItems, bool withPagination = true) {
  std::string items;
  for (int i = 0; i < count; ++i) {
    if (!items.empty()) items += ",";
    const std::string id = std::to_string(firstId + i);
    items += R"({"id":")" + id + R"(","ref":"FI-)" + id +
             R"(","date_intervention":"2024-05-18","duration":60,"status":"done"})";
  }
  std::string body = R"({"items":[)" + items + "]";
  if (withPagination) {
    body += R"(,"pagination":{"page":)" + std::to_string(page) + R"(,"per_page":)" +
            std::to_string(perPage) + R"(,"total_items":)" + std::to_string(totalItems) +
            R"(,"total_pages":)" + std::to_string(totalPages) + "}";
  }
  return body + "}";
}

class PageLoaderTest : public ::testing::Test {
 protected:
  void start(int perPage = 3, int concurrency = 2) {
    loader.start(InterventionQuery{.page = 7, .perPage = perPage, .status = "done"}, concurrency,
                 [this](const InterventionQuery& query) {
                   sentPages.push_back(query.page);
                   EXPECT_EQ(query.status, "done");
                   return http.send({.url = "page=" + std::to_string(query.page)});
                 });
  }
  // Answers the pending request for `page` and delivers it to the loader.
  void answer(int page, const std::string& body, int status = 200) {
    const RequestId id = idOf(page);
    ASSERT_NE(id, kNoRequest) << "no request pending for page " << page;
    ASSERT_TRUE(http.complete(id, status, body));
    deliver();
  }
  void failPage(int page, Transport transport) {
    const RequestId id = idOf(page);
    ASSERT_NE(id, kNoRequest);
    ASSERT_TRUE(http.fail(id, transport));
    deliver();
  }
  void deliver() {
    std::vector<HttpResponse> completed;
    http.poll(completed);
    for (const HttpResponse& response : completed) {
      if (loader.owns(response.id)) loader.onResponse(response);
    }
  }
  RequestId idOf(int page) const {
    for (const RequestId id : http.pendingIds()) {
      if (http.find(id)->request.url == "page=" + std::to_string(page)) return id;
    }
    return kNoRequest;
  }
  std::vector<int> pendingPages() const {
    std::vector<int> pages;
    for (const RequestId id : http.pendingIds()) {
      pages.push_back(std::stoi(http.find(id)->request.url.substr(5)));
    }
    std::sort(pages.begin(), pages.end());
    return pages;
  }

  test::FakeHttpClient http;
  PageLoader loader{http};
  std::vector<int> sentPages;
};

TEST_F(PageLoaderTest, PageOneGoesAloneThenTheRestWithinTheConcurrencyCap) {
  start(/*perPage=*/3, /*concurrency=*/2);
  EXPECT_EQ(pendingPages(), (std::vector<int>{1})) << "page 1 first, whatever the query said";
  EXPECT_EQ(loader.status(), PageLoader::Status::Loading);
  answer(1, pageBody(1, 3, 1, 3, 4, 11));
  EXPECT_EQ(pendingPages(), (std::vector<int>{2, 3}));
  EXPECT_EQ(loader.progress().pagesTotal, 4);
  EXPECT_EQ(loader.progress().itemsTotal, 11);
  answer(3, pageBody(7, 3, 3, 3, 4, 11));
  EXPECT_EQ(pendingPages(), (std::vector<int>{2, 4})) << "never more than two in flight";
  answer(4, pageBody(10, 2, 4, 3, 4, 11));
  answer(2, pageBody(4, 3, 2, 3, 4, 11));
  EXPECT_EQ(loader.status(), PageLoader::Status::Done);
  EXPECT_EQ(loader.progress().itemsLoaded, 11);
  EXPECT_EQ(loader.progress().pagesLoaded, 4);
  EXPECT_EQ(sentPages, (std::vector<int>{1, 2, 3, 4})) << "each page asked once";

  const std::vector<LoadedPage> pages = loader.takePages();
  ASSERT_EQ(pages.size(), 4u);
  EXPECT_EQ(pages[1].page, 3) << "in the order they arrived";
  EXPECT_EQ(pages[1].first, 6) << "with their place in the server's order";
  EXPECT_EQ(pages[1].items.front().id, "7");
  EXPECT_TRUE(loader.takePages().empty());
  EXPECT_EQ(http.inFlight(), 0u);
}

TEST_F(PageLoaderTest, WithoutTotalsItStopsAtTheFirstShortPageAndCancelsWhatLiesBeyond) {
  start(/*perPage=*/3, /*concurrency=*/3);
  answer(1, pageBody(1, 3, 0, 0, 0, 0, /*withPagination=*/false));
  EXPECT_EQ(pendingPages(), (std::vector<int>{2, 3, 4})) << "asked ahead of the answers";
  EXPECT_EQ(loader.progress().pagesTotal, -1);
  answer(2, pageBody(4, 1, 0, 0, 0, 0, false));  // short: the last one
  EXPECT_EQ(pendingPages(), (std::vector<int>{})) << "pages 3 and 4 are cancelled";
  EXPECT_EQ(http.cancellations(), 2);
  EXPECT_EQ(loader.status(), PageLoader::Status::Done);
  EXPECT_EQ(loader.progress().itemsLoaded, 4);
  EXPECT_EQ(loader.progress().pagesTotal, 2);
}

TEST_F(PageLoaderTest, AnEmptyPageEndsTheLoadToo) {
  start(3, 2);
  answer(1, pageBody(1, 3, 1, 3, -1, -1));  // pagination without totals
  answer(2, pageBody(4, 3, 2, 3, -1, -1));
  answer(3, R"({"items":[]})");
  EXPECT_EQ(loader.status(), PageLoader::Status::Done);
  EXPECT_TRUE(pendingPages().empty());
  EXPECT_EQ(loader.progress().itemsLoaded, 6);
}

TEST_F(PageLoaderTest, AShortPageBeforeTheAnnouncedEndWins) {
  start(3, 1);
  answer(1, pageBody(1, 3, 1, 3, 10, 30));
  answer(2, pageBody(4, 2, 2, 3, 10, 30));
  EXPECT_EQ(loader.status(), PageLoader::Status::Done) << "SPEC §15.3: stop on a short page";
  EXPECT_TRUE(pendingPages().empty());
}

TEST_F(PageLoaderTest, APageWithABrokenRowStillCountsAsFull) {
  start(/*perPage=*/3, 2);
  answer(1, R"({"items":[{"id":"1"},{"ref":"no id"},{"id":"3"}]})");  // no totals
  EXPECT_EQ(loader.status(), PageLoader::Status::Loading) << "three entries: a full page";
  EXPECT_EQ(loader.progress().itemsLoaded, 2) << "the row without an id is not kept";
  EXPECT_FALSE(pendingPages().empty());
}

TEST_F(PageLoaderTest, TheServersPageSizeCountsWhenItClampedOurs) {
  start(/*perPage=*/500, 2);
  answer(1, pageBody(1, 3, 1, 3, 2, 6));  // asked 500, the server gives 3 per page
  ASSERT_EQ(pendingPages(), (std::vector<int>{2}));
  answer(2, pageBody(4, 3, 2, 3, 2, 6));
  const std::vector<LoadedPage> pages = loader.takePages();
  EXPECT_EQ(pages[1].first, 3);
  EXPECT_EQ(loader.status(), PageLoader::Status::Done);
}

TEST_F(PageLoaderTest, AnEmptyFirstPageIsDone) {
  start(3, 2);
  answer(1, pageBody(0, 0, 1, 3, 0, 0));
  EXPECT_EQ(loader.status(), PageLoader::Status::Done);
  EXPECT_EQ(loader.progress().itemsLoaded, 0);
  ASSERT_EQ(loader.takePages().size(), 1u);
}

TEST_F(PageLoaderTest, AbsurdTotalsAreCapped) {
  start(3, 2);
  answer(1, pageBody(1, 3, 1, 3, 2'000'000'000, 6'000'000'000LL));
  EXPECT_EQ(loader.progress().pagesTotal, kMaxPages);
  EXPECT_TRUE(loader.progress().capped);
  EXPECT_EQ(loader.progress().itemsTotal, 6'000'000'000LL);
}

TEST_F(PageLoaderTest, AFailedPageStopsTheLoadKeepsWhatArrivedAndResumeAsksForTheRest) {
  start(3, 2);
  answer(1, pageBody(1, 3, 1, 3, 4, 12));
  answer(3, pageBody(7, 3, 3, 3, 4, 12));
  failPage(2, Transport::NetworkError);
  EXPECT_EQ(loader.status(), PageLoader::Status::Failed);
  ASSERT_TRUE(loader.error());
  EXPECT_EQ(loader.error()->kind, ErrorKind::Network);
  EXPECT_TRUE(pendingPages().empty()) << "page 4 was cancelled";
  EXPECT_EQ(loader.takePages().size(), 2u);
  loader.resume();
  EXPECT_EQ(loader.status(), PageLoader::Status::Loading);
  EXPECT_EQ(pendingPages(), (std::vector<int>{2, 4})) << "only the missing pages";
  answer(2, pageBody(4, 3, 2, 3, 4, 12));
  answer(4, pageBody(10, 3, 4, 3, 4, 12));
  EXPECT_EQ(loader.status(), PageLoader::Status::Done);
  EXPECT_EQ(loader.progress().itemsLoaded, 12);
}

TEST_F(PageLoaderTest, HttpErrorsAndUndecodablePagesFailWithTheirStatus) {
  start(3, 1);
  answer(1, R"({"error":{"type":"authentication_error","code":"EXPIRED_TOKEN"}})", 401);
  ASSERT_TRUE(loader.error());
  EXPECT_EQ(loader.error()->httpStatus, 401);
  EXPECT_EQ(loader.error()->apiCode, "EXPIRED_TOKEN");
  start(3, 1);
  answer(1, "<html>proxy</html>");
  ASSERT_TRUE(loader.error());
  EXPECT_EQ(loader.error()->kind, ErrorKind::Decode);
  EXPECT_EQ(loader.error()->httpStatus, 200);
}

TEST_F(PageLoaderTest, CancelAndRestartCloseEverythingAndDropLateAnswers) {
  start(3, 2);
  answer(1, pageBody(1, 3, 1, 3, 5, 15));
  const RequestId stale = idOf(2);
  start(3, 2);  // a new filter
  EXPECT_EQ(http.cancellations(), 2);
  EXPECT_EQ(pendingPages(), (std::vector<int>{1}));
  EXPECT_TRUE(loader.takePages().empty()) << "pages of the old load are dropped";
  EXPECT_FALSE(loader.owns(stale));
  loader.cancel();
  EXPECT_EQ(loader.status(), PageLoader::Status::Idle);
  EXPECT_EQ(http.inFlight(), 0u);
  EXPECT_EQ(loader.requestsInFlight(), 0u);
}

}  // namespace
}  // namespace fiche::core
