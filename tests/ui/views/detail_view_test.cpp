// tests/ui/views: the detail — fields and lines, closing, copying the ref, the PDF actions
// and how a download went.
#include "ui/views/detail_view.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <variant>

#include "ui/imgui_harness.hpp"
#include "view_states.hpp"
#include "view_test.hpp"

namespace fiche::ui {
namespace {

using testing::fullScreenWindow;
using testing::onlyRoute;

class DetailViewTest : public testing::ViewTest {
 protected:
  void drawView() override {
    fullScreenWindow([this] { view.draw(state, replacesList, sink); });
  }
  core::DocumentIntent onlyDocumentIntent() {
    std::vector<core::Intent> intents = sink.take();
    EXPECT_EQ(intents.size(), 1u);
    const auto* document =
        intents.empty() ? nullptr : std::get_if<core::DocumentIntent>(&intents[0]);
    EXPECT_NE(document, nullptr);
    return document ? *document : core::DocumentIntent{};
  }
  void addDownload(core::DownloadState download) {
    download.id = "2";
    download.ref = "FI-2";
    state.downloads.push_back(std::move(download));
  }

  DetailView view;
  IntentSink sink;
  core::AppState state = testing::stateWithDetail();
  bool replacesList = false;  // true: "Back" instead of "Close"
};

TEST_F(DetailViewTest, ShowsFieldsAndLinesWithTheirSum) {
  show();
  for (const char* text :
       {"FI-2", "PO-77", "CT-9", "2024-05-19 08:00 UTC", "Boiler service", "Call before coming",
        "Burner cleaning", "Pressure test", "SRV-CLEAN", "SRV-TEST"}) {
    EXPECT_TRUE(harness.showsText(text)) << text << " in:\n" << harness.text();
  }
  EXPECT_TRUE(harness.showsText("Sum of lines: 1:30"));
  EXPECT_TRUE(harness.showsText("the intervention says 2:00")) << "both durations when they differ";
  EXPECT_TRUE(sink.empty());
}

TEST_F(DetailViewTest, MatchingSumShowsOneDuration) {
  state.detail.intervention.durationSeconds = 5400;
  show();
  EXPECT_TRUE(harness.showsText("Sum of lines: 1:30"));
  EXPECT_FALSE(harness.showsText("the intervention says"));
}

TEST_F(DetailViewTest, NoLinesSaysSo) {
  state.detail.intervention.lines.clear();
  show();
  EXPECT_TRUE(harness.showsText("No lines."));
}

TEST_F(DetailViewTest, CloseEmitsTheRouteWithoutOpenId) {
  state.route.status = "billed";
  show();
  clickLabel("Close");
  const auto route = onlyRoute(sink);
  ASSERT_TRUE(route);
  EXPECT_EQ(route->openId, "");
  EXPECT_EQ(route->status, "billed");
}

TEST_F(DetailViewTest, DownloadAndOpenEmitDocumentIntents) {
  show();
  clickLabel("Download PDF");
  core::DocumentIntent intent = onlyDocumentIntent();
  EXPECT_EQ(intent.id, "2");
  EXPECT_EQ(intent.ref, "FI-2");
  EXPECT_EQ(intent.action, core::DocumentAction::Save);

  clickLabel("Open PDF");
  intent = onlyDocumentIntent();
  EXPECT_EQ(intent.id, "2");
  EXPECT_EQ(intent.action, core::DocumentAction::Open);
}

TEST_F(DetailViewTest, CopyRefPutsItOnTheClipboard) {
  show();
  EXPECT_EQ(harness.clipboard(), "");
  clickLabel("Copy ref");
  EXPECT_EQ(harness.clipboard(), "FI-2");
  harness.frame(draw);
  EXPECT_TRUE(harness.showsText("Copied")) << "the button confirms it";
  EXPECT_TRUE(sink.empty()) << "copying changes nothing in the app";
}

TEST_F(DetailViewTest, PendingDownloadShowsProgress) {
  addDownload({.serial = 1,
               .status = core::LoadStatus::Pending,
               .bytesReceived = 512 * 1024,
               .bytesTotal = 2048 * 1024});
  show();
  EXPECT_TRUE(harness.showsText("512 of 2048 KB")) << harness.text();
}

TEST_F(DetailViewTest, PendingDownloadWithoutSizeCountsWhatArrived) {
  addDownload({.serial = 1, .status = core::LoadStatus::Pending, .bytesReceived = 3072});
  show();
  EXPECT_TRUE(harness.showsText("3 KB")) << harness.text();
}

TEST_F(DetailViewTest, FinishedDownloadNamesTheFile) {
  addDownload({.serial = 1, .status = core::LoadStatus::Ok, .fileName = "FI-2.pdf"});
  show();
  EXPECT_TRUE(harness.showsText("Downloaded FI-2.pdf"));
}

TEST_F(DetailViewTest, BlockedOpenSaysTheFileWasDownloaded) {
  addDownload({.serial = 1,
               .action = core::DocumentAction::Open,
               .status = core::LoadStatus::Ok,
               .fileName = "FI-2.pdf",
               .openBlocked = true});
  show();
  EXPECT_TRUE(harness.showsText("The browser blocked the new tab; the PDF was downloaded instead"));
}

TEST_F(DetailViewTest, MissingDocumentShowsOurWordsAndTheServerMessage) {
  addDownload({.serial = 1,
               .status = core::LoadStatus::Failed,
               .error = core::Error{.kind = core::ErrorKind::Api,
                                    .httpStatus = 404,
                                    .apiCode = "DOCUMENT_NOT_FOUND",
                                    .message = "No document available for this intervention"}});
  show();
  EXPECT_TRUE(harness.showsMessage("No PDF report is available for this intervention."));
  EXPECT_TRUE(harness.showsMessage("No document available for this intervention"));
}

TEST_F(DetailViewTest, OnlyTheLatestAttemptForThisInterventionCounts) {
  addDownload({.serial = 1,
               .status = core::LoadStatus::Failed,
               .error = core::Error{.kind = core::ErrorKind::Timeout}});
  addDownload({.serial = 2, .status = core::LoadStatus::Ok, .fileName = "FI-2.pdf"});
  state.downloads.push_back({.serial = 3,
                             .id = "99",
                             .status = core::LoadStatus::Failed,
                             .error = core::Error{.kind = core::ErrorKind::Network}});
  show();
  EXPECT_TRUE(harness.showsText("Downloaded FI-2.pdf"));
  EXPECT_TRUE(harness.messages().empty());
}

TEST_F(DetailViewTest, NotFound404OnTheDetail) {
  state.detail.status = core::LoadStatus::Failed;
  state.detail.intervention = {};
  state.detail.error = core::Error{.kind = core::ErrorKind::Http, .httpStatus = 404};
  show();
  EXPECT_TRUE(
      harness.showsMessage("This intervention no longer exists, or this token cannot see it."));
  EXPECT_EQ(harness.find("Retry"), nullptr) << "retrying a 404 will not help";
  EXPECT_EQ(harness.find("Download PDF"), nullptr);
  EXPECT_NE(harness.find("Close"), nullptr) << "the way out stays";
}

TEST_F(DetailViewTest, RetryableDetailErrorOffersRetry) {
  state.detail.status = core::LoadStatus::Failed;
  state.detail.error = core::Error{.kind = core::ErrorKind::Timeout};
  show();
  clickLabel("Retry");
  std::vector<core::Intent> intents = sink.take();
  ASSERT_EQ(intents.size(), 1u);
  EXPECT_TRUE(std::holds_alternative<core::RefreshIntent>(intents[0]));
}

TEST_F(DetailViewTest, AFailedRefreshKeepsTheInterventionReceivedBefore) {
  state.detail.status = core::LoadStatus::Failed;
  state.detail.error = core::Error{.kind = core::ErrorKind::Network};
  show();
  EXPECT_TRUE(
      harness.showsMessage("The server could not be reached. Check the address and your "
                           "connection, then retry."));
  EXPECT_TRUE(harness.showsText("Showing this intervention as it was received before."));
  EXPECT_NE(harness.find("Download PDF"), nullptr);
  EXPECT_TRUE(harness.showsText("PO-77")) << "its fields are still there";
}

TEST_F(DetailViewTest, LoadingShowsNoActions) {
  state.detail.status = core::LoadStatus::Pending;
  state.detail.intervention = {};
  show();
  EXPECT_TRUE(harness.showsText("Loading…"));
  EXPECT_EQ(harness.find("Download PDF"), nullptr);
  EXPECT_EQ(harness.find("Copy ref"), nullptr);
}

}  // namespace
}  // namespace fiche::ui
