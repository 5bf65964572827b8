// tests/core/app: the Controller fetching PDF reports — names, checks, errors, the browser
// hand-over (save, open, popup blocked), duplicates and progress.
#include <gtest/gtest.h>

#include <string>

#include "controller_fixture.hpp"
#include "core/app/controller.hpp"

namespace fiche::core::controller_testing {
namespace {

using Kind = fiche::test::FakeDocumentSink::Kind;

constexpr std::string_view kDownload42 =
    "https://erp.example/16/obapi/v1/download/42?type=intervention";
const std::string kPdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n%%EOF\n";

class ControllerDocumentsTest : public ControllerTest {
 protected:
  void SetUp() override { connectWithRows(threeRows()); }

  void request(std::string_view id = "42", std::string_view ref = "FI2405-0005",
               DocumentAction action = DocumentAction::Save) {
    controller.apply(
        DocumentIntent{.id = std::string(id), .ref = std::string(ref), .action = action});
  }
  // Requests the PDF of 42 and answers it with `status`, `body` and `headers`.
  void fetch(int status, const std::string& body, std::vector<Header> headers = {},
             DocumentAction action = DocumentAction::Save) {
    request("42", "FI2405-0005", action);
    ASSERT_EQ(http.last().request.url, kDownload42);
    ASSERT_TRUE(http.complete(http.lastId(), status, body, std::move(headers)));
    ASSERT_TRUE(controller.poll());
    ASSERT_EQ(state().downloads.size(), 1u);
  }
  const DownloadState& download() const { return state().downloads.back(); }
};

TEST_F(ControllerDocumentsTest, RequestCarriesTheTokenAndAcceptsPdf) {
  request();
  ASSERT_EQ(requestCount(), 3u);
  const auto& sent = http.last();
  EXPECT_EQ(sent.request.url, kDownload42);
  EXPECT_EQ(sent.header("authorization"), "Bearer " + std::string(kToken));
  EXPECT_NE(sent.header("accept").find("application/pdf"), std::string_view::npos);
  EXPECT_GT(sent.request.timeoutMs, 0u) << "PDFs get their own, longer timeout";
  ASSERT_EQ(state().downloads.size(), 1u);
  EXPECT_EQ(download().status, LoadStatus::Pending);
  EXPECT_EQ(download().id, "42");
  EXPECT_EQ(download().ref, "FI2405-0005");
  EXPECT_EQ(download().bytesTotal, -1);
  EXPECT_TRUE(documents.calls().empty());
}

TEST_F(ControllerDocumentsTest, SavesUnderTheSanitisedContentDispositionName) {
  fetch(200, kPdf,
        {{"Content-Type", "application/pdf"},
         {"Content-Disposition", R"(attachment; filename="../../etc/FI 2405:05.pdf")"}});
  EXPECT_EQ(download().status, LoadStatus::Ok);
  EXPECT_EQ(download().fileName, "FI 2405_05.pdf");
  EXPECT_EQ(download().bytesReceived, kPdf.size());
  EXPECT_EQ(download().bytesTotal, static_cast<std::int64_t>(kPdf.size()));
  ASSERT_EQ(documents.calls().size(), 1u);
  const auto& call = documents.calls()[0];
  EXPECT_EQ(call.kind, Kind::Save);
  EXPECT_EQ(call.fileName, "FI 2405_05.pdf");
  EXPECT_EQ(call.bytes, kPdf);
  EXPECT_EQ(call.mimeType, "application/pdf");
}

TEST_F(ControllerDocumentsTest, ExtendedFileNameWins) {
  fetch(200, kPdf,
        {{"Content-Disposition",
          "attachment; filename=\"plain.pdf\"; filename*=UTF-8''Rapport%20%C3%A9t%C3%A9.pdf"}});
  EXPECT_EQ(download().fileName, "Rapport \xC3\xA9t\xC3\xA9.pdf");
}

TEST_F(ControllerDocumentsTest, WithoutContentDispositionTheRefNamesTheFile) {
  fetch(200, kPdf);
  EXPECT_EQ(download().fileName, "FI2405-0005.pdf");
  ASSERT_EQ(documents.calls().size(), 1u);
  EXPECT_EQ(documents.calls()[0].fileName, "FI2405-0005.pdf");
}

TEST_F(ControllerDocumentsTest, RefWithSlashesIsSanitisedToo) {
  request("7", "FI/24/7");
  ASSERT_TRUE(http.complete(http.lastId(), 200, kPdf));
  controller.poll();
  EXPECT_EQ(download().fileName, "FI_24_7.pdf");
}

TEST_F(ControllerDocumentsTest, NonPdfBodyIsADecodeErrorAndNothingIsSaved) {
  fetch(200, "<html><body>Login</body></html>", {{"Content-Type", "text/html"}});
  EXPECT_EQ(download().status, LoadStatus::Failed);
  ASSERT_TRUE(download().error);
  EXPECT_EQ(download().error->kind, ErrorKind::Decode);
  EXPECT_EQ(download().error->httpStatus, 200);
  EXPECT_TRUE(documents.calls().empty());
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
}

TEST_F(ControllerDocumentsTest, JsonErrorBodyWith200ShowsTheServerMessage) {
  fetch(200, std::string(fx::kDocumentNotFound), {{"Content-Type", "application/json"}});
  EXPECT_EQ(download().status, LoadStatus::Failed);
  ASSERT_TRUE(download().error);
  EXPECT_EQ(download().error->kind, ErrorKind::Api);
  EXPECT_EQ(download().error->apiCode, "DOCUMENT_NOT_FOUND");
  EXPECT_EQ(download().error->message, "No document available for this object");
  EXPECT_TRUE(documents.calls().empty());
}

TEST_F(ControllerDocumentsTest, NotFound404IsAnApiErrorWithTheServerMessage) {
  fetch(404, std::string(fx::kDocumentNotFound));
  EXPECT_EQ(download().status, LoadStatus::Failed);
  ASSERT_TRUE(download().error);
  EXPECT_EQ(download().error->kind, ErrorKind::Api);
  EXPECT_EQ(download().error->httpStatus, 404);
  EXPECT_EQ(download().error->apiType, "not_found");
  EXPECT_EQ(download().error->apiCode, "DOCUMENT_NOT_FOUND");
  EXPECT_EQ(download().error->message, "No document available for this object");
  EXPECT_TRUE(documents.calls().empty());
  EXPECT_EQ(state().connection.status, LoadStatus::Ok);
  EXPECT_EQ(state().list.status, LoadStatus::Ok);
}

TEST_F(ControllerDocumentsTest, Unauthorized401FailsTheConnectionAndKeepsTheRoute) {
  navigate(Route{.serverPages = true, .status = "done"});
  ASSERT_TRUE(http.complete(http.lastId(), 200, listBody(threeRows())));
  controller.poll();
  fetch(401, std::string(fx::kInvalidToken));
  EXPECT_EQ(download().status, LoadStatus::Failed);
  EXPECT_EQ(state().connection.status, LoadStatus::Failed);
  ASSERT_TRUE(state().connection.error);
  EXPECT_EQ(state().connection.error->apiCode, "INVALID_TOKEN");
  EXPECT_EQ(state().route, (Route{.serverPages = true, .status = "done"}));
}

TEST_F(ControllerDocumentsTest, OpenShowsTheFileInANewTab) {
  fetch(200, kPdf, {}, DocumentAction::Open);
  EXPECT_EQ(download().status, LoadStatus::Ok);
  EXPECT_FALSE(download().openBlocked);
  ASSERT_EQ(documents.calls().size(), 1u);
  EXPECT_EQ(documents.calls()[0].kind, Kind::Open);
  EXPECT_EQ(documents.calls()[0].fileName, "FI2405-0005.pdf");
  EXPECT_EQ(documents.calls()[0].bytes, kPdf);
  EXPECT_EQ(documents.calls()[0].mimeType, "application/pdf");
}

TEST_F(ControllerDocumentsTest, BlockedOpenSavesInsteadAndSaysSo) {
  documents.setOpenResult(false);
  fetch(200, kPdf, {}, DocumentAction::Open);
  EXPECT_EQ(download().status, LoadStatus::Ok);
  EXPECT_TRUE(download().openBlocked);
  ASSERT_EQ(documents.calls().size(), 2u);
  EXPECT_EQ(documents.calls()[0].kind, Kind::Open);
  EXPECT_EQ(documents.calls()[1].kind, Kind::Save);
  EXPECT_EQ(documents.calls()[1].fileName, "FI2405-0005.pdf");
  EXPECT_EQ(documents.calls()[1].bytes, kPdf);
}

TEST_F(ControllerDocumentsTest, DuplicateIntentWhilePendingIsIgnored) {
  request();
  const std::size_t afterFirst = requestCount();
  request();  // a double click
  EXPECT_EQ(requestCount(), afterFirst);
  EXPECT_EQ(state().downloads.size(), 1u);

  request("42", "FI2405-0005", DocumentAction::Open);  // another action is another wish
  EXPECT_EQ(requestCount(), afterFirst + 1);
  request("43", "FI-43");
  EXPECT_EQ(requestCount(), afterFirst + 2);

  ASSERT_TRUE(http.complete(http.requests()[afterFirst - 1].id, 200, kPdf));
  controller.poll();
  request();  // finished: may be fetched again
  EXPECT_EQ(requestCount(), afterFirst + 3);
}

TEST_F(ControllerDocumentsTest, RepliesFindTheirOwnDownload) {
  request("42", "FI-42");
  const RequestId first = http.lastId();
  request("43", "FI-43");
  ASSERT_TRUE(http.complete(http.lastId(), 404, std::string(fx::kDocumentNotFound)));
  ASSERT_TRUE(http.complete(first, 200, kPdf));
  controller.poll();
  ASSERT_EQ(state().downloads.size(), 2u);
  EXPECT_EQ(state().downloads[0].id, "42");
  EXPECT_EQ(state().downloads[0].status, LoadStatus::Ok);
  EXPECT_EQ(state().downloads[1].id, "43");
  EXPECT_EQ(state().downloads[1].status, LoadStatus::Failed);
  EXPECT_NE(state().downloads[0].serial, state().downloads[1].serial);
  ASSERT_EQ(documents.calls().size(), 1u);
  EXPECT_EQ(documents.calls()[0].fileName, "FI-42.pdf");
}

TEST_F(ControllerDocumentsTest, ProgressUpdatesMakePollReportAChange) {
  request();
  const RequestId id = http.lastId();
  EXPECT_FALSE(controller.poll()) << "no progress yet";
  http.setProgress(id, {.received = 4096, .total = 1'000'000});
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(download().bytesReceived, 4096u);
  EXPECT_EQ(download().bytesTotal, 1'000'000);
  EXPECT_EQ(download().status, LoadStatus::Pending);
  EXPECT_FALSE(controller.poll()) << "same progress: nothing to redraw";
  http.setProgress(id, {.received = 500'000, .total = 1'000'000});
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(download().bytesReceived, 500'000u);

  ASSERT_TRUE(http.complete(id, 200, kPdf));
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(download().status, LoadStatus::Ok);
  EXPECT_EQ(download().bytesReceived, kPdf.size());
  EXPECT_FALSE(controller.poll());
}

TEST_F(ControllerDocumentsTest, ProgressWithoutKnownTotal) {
  request();
  http.setProgress(http.lastId(), {.received = 10, .total = -1});
  EXPECT_TRUE(controller.poll());
  EXPECT_EQ(download().bytesReceived, 10u);
  EXPECT_EQ(download().bytesTotal, -1);
}

TEST_F(ControllerDocumentsTest, IgnoredWithoutIdOrConnection) {
  const std::size_t before = requestCount();
  request("", "FI");
  EXPECT_EQ(requestCount(), before);
  EXPECT_TRUE(state().downloads.empty());

  fiche::test::FakeHttpClient client;
  Controller idle{ControllerServices{
      .http = client, .documents = documents, .credentials = credentials, .clock = clock}};
  idle.apply(DocumentIntent{.id = "42", .ref = "FI"});
  EXPECT_TRUE(client.requests().empty());
  EXPECT_TRUE(idle.state().downloads.empty());
}

TEST_F(ControllerDocumentsTest, ReconnectCancelsPendingDownloads) {
  request();
  const RequestId id = http.lastId();
  connect("https://other.example");
  EXPECT_TRUE(http.find(id)->cancelled);
  ASSERT_EQ(state().downloads.size(), 1u);
  EXPECT_EQ(download().status, LoadStatus::Failed);
  ASSERT_TRUE(download().error);
  EXPECT_EQ(download().error->kind, ErrorKind::Cancelled);
  http.forceDeliver(HttpResponse{.id = id, .status = 200, .body = kPdf});
  EXPECT_FALSE(controller.poll());
  EXPECT_TRUE(documents.calls().empty());
}

TEST_F(ControllerDocumentsTest, OnlyAFewFinishedDownloadsAreKept) {
  for (int i = 0; i < 10; ++i) {
    request(std::to_string(100 + i), "R" + std::to_string(i));
    ASSERT_TRUE(http.complete(http.lastId(), 200, kPdf));
    controller.poll();
  }
  EXPECT_LE(state().downloads.size(), 6u);
  EXPECT_GE(state().downloads.size(), 1u);
  EXPECT_EQ(state().downloads.back().id, "109") << "the newest is kept";

  // Pending ones are never dropped, however many.
  for (int i = 0; i < 8; ++i) request(std::to_string(200 + i), "P");
  int pending = 0;
  for (const DownloadState& d : state().downloads) pending += d.status == LoadStatus::Pending;
  EXPECT_EQ(pending, 8);
}

TEST_F(ControllerDocumentsTest, TokenIsScrubbedFromDownloadErrors) {
  const std::string echo = R"({"error":{"type":"not_found","code":"DOCUMENT_NOT_FOUND",)"
                           R"("message":"nothing for )" +
                           std::string(kToken) + R"("}})";
  fetch(404, echo);
  ASSERT_TRUE(download().error);
  EXPECT_EQ(download().error->message, "nothing for [token]");
  EXPECT_EQ(everyString(state()).find(kToken), std::string::npos);
}

TEST_F(ControllerDocumentsTest, TokenEchoedInTheFileNameNeverReachesTheState) {
  fetch(200, kPdf,
        {{"Content-Disposition", "attachment; filename=\"" + std::string(kToken) + ".pdf\""}});
  EXPECT_EQ(everyString(state()).find(kToken), std::string::npos) << everyString(state());
}

}  // namespace
}  // namespace fiche::core::controller_testing
