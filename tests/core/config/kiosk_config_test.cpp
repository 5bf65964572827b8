// tests/core/config: the "kiosk" object of config.json — defaults, each setting checked on its
// own, warnings that name the setting.
#include "core/config/kiosk_config.hpp"

#include <gtest/gtest.h>

#include "core/config/config.hpp"

namespace fiche::core {
namespace {

KioskConfig parsed(std::string_view json, std::vector<std::string>* warnings = nullptr) {
  const Result<AppConfig> config = parseConfig(json);
  EXPECT_TRUE(config.ok()) << json;
  if (!config.ok()) return {};
  if (warnings != nullptr) *warnings = config.value().warnings;
  return config.value().kiosk;
}

TEST(KioskConfig, DefaultsWithoutAKioskObject) {
  std::vector<std::string> warnings;
  const KioskConfig kiosk = parsed(R"({"mode": "kiosk"})", &warnings);
  EXPECT_EQ(kiosk.refreshSeconds, 60);
  EXPECT_EQ(kiosk.pageSeconds, 15);
  EXPECT_TRUE(kiosk.statuses.empty());
  EXPECT_FALSE(kiosk.hideDrafts);
  EXPECT_TRUE(kiosk.wakeLock);
  EXPECT_EQ(kiosk.waitingDays, 7);
  EXPECT_EQ(kiosk.theme, KioskTheme::Dark);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(parsed(R"({"kiosk": null})").refreshSeconds, 60);
}

TEST(KioskConfig, EverySetting) {
  std::vector<std::string> warnings;
  const KioskConfig kiosk = parsed(R"({"kiosk": {"refresh_seconds": 30, "page_seconds": "8",
      "statuses": ["validated", "done"], "hide_drafts": true, "wake_lock": false,
      "waiting_days": 14, "theme": "Light"}})",
                                   &warnings);
  EXPECT_EQ(kiosk.refreshSeconds, 30);
  EXPECT_EQ(kiosk.pageSeconds, 8);
  EXPECT_EQ(kiosk.statuses, (std::vector<std::string>{"validated", "done"}));
  EXPECT_TRUE(kiosk.hideDrafts);
  EXPECT_FALSE(kiosk.wakeLock);
  EXPECT_EQ(kiosk.waitingDays, 14);
  EXPECT_EQ(kiosk.theme, KioskTheme::Light);
  EXPECT_TRUE(warnings.empty());
}

TEST(KioskConfig, TheTopLevelRefreshIsBrowseModesOwn) {
  const Result<AppConfig> config = parseConfig(R"({"refresh_seconds": 300})");
  ASSERT_TRUE(config.ok());
  EXPECT_EQ(config.value().refreshSeconds, 300);
  EXPECT_EQ(config.value().kiosk.refreshSeconds, 60);
}

TEST(KioskConfig, ABadSettingFallsBackToItsDefaultAloneWithAWarningNamingIt) {
  struct Case {
    const char* json;
    const char* key;
  };
  for (const Case& bad : {
           Case{R"("refresh_seconds": 0)", "refresh_seconds"},
           Case{R"("refresh_seconds": 86401)", "refresh_seconds"},
           Case{R"("refresh_seconds": "soon")", "refresh_seconds"},
           Case{R"("page_seconds": -5)", "page_seconds"},
           Case{R"("page_seconds": [15])", "page_seconds"},
           Case{R"("statuses": "validated")", "statuses"},
           Case{R"("statuses": [])", "statuses"},
           Case{R"("statuses": ["validated", 3])", "statuses"},
           Case{R"("statuses": ["Validated"])", "statuses"},
           Case{R"("statuses": ["a b"])", "statuses"},
           Case{R"("hide_drafts": "yes")", "hide_drafts"},
           Case{R"("wake_lock": 1)", "wake_lock"},
           Case{R"("waiting_days": 3651)", "waiting_days"},
           Case{R"("waiting_days": 2.5e20)", "waiting_days"},
           Case{R"("theme": "blue")", "theme"},
           Case{R"("theme": false)", "theme"},
       }) {
    // Good settings around the bad one, each a different key.
    const std::string key = bad.key;
    std::string json = R"({"api": "https://e.x", "kiosk": {)";
    if (key != "refresh_seconds") json += R"("refresh_seconds": 45, )";
    if (key != "page_seconds") json += R"("page_seconds": 9, )";
    json += bad.json;
    if (key != "waiting_days") json += R"(, "waiting_days": 3)";
    if (key != "hide_drafts") json += R"(, "hide_drafts": true)";
    json += "}}";
    const Result<AppConfig> config = parseConfig(json);
    ASSERT_TRUE(config.ok()) << json;
    EXPECT_EQ(config.value().api, "https://e.x") << json;
    ASSERT_EQ(config.value().warnings.size(), 1u) << json;
    const std::string& warning = config.value().warnings[0];
    EXPECT_NE(warning.find("\"" + key + "\""), std::string::npos) << warning;
    const KioskConfig& kiosk = config.value().kiosk;
    const KioskConfig defaults;
    EXPECT_EQ(kiosk.refreshSeconds, key == "refresh_seconds" ? defaults.refreshSeconds : 45);
    EXPECT_EQ(kiosk.pageSeconds, key == "page_seconds" ? defaults.pageSeconds : 9);
    EXPECT_EQ(kiosk.waitingDays, key == "waiting_days" ? defaults.waitingDays : 3);
    EXPECT_EQ(kiosk.hideDrafts, key == "hide_drafts" ? defaults.hideDrafts : true);
    EXPECT_EQ(kiosk.statuses, defaults.statuses) << json;
    EXPECT_EQ(kiosk.theme, defaults.theme) << json;
    EXPECT_EQ(kiosk.wakeLock, defaults.wakeLock) << json;
  }
}

TEST(KioskConfig, AKioskValueThatIsNotAnObjectGivesTheDefaultsAndAWarning) {
  for (const char* value : {"true", "\"on\"", "[1]", "60"}) {
    std::vector<std::string> warnings;
    const KioskConfig kiosk =
        parsed(std::string(R"({"mode": "kiosk", "kiosk": )") + value + "}", &warnings);
    EXPECT_EQ(kiosk.refreshSeconds, 60);
    ASSERT_EQ(warnings.size(), 1u) << value;
    EXPECT_NE(warnings[0].find("\"kiosk\""), std::string::npos);
  }
}

TEST(KioskConfig, AnUnknownKeyIsNamedInAWarning) {
  std::vector<std::string> warnings;
  const KioskConfig kiosk =
      parsed(R"({"kiosk": {"page_second": 5, "page_seconds": 6}})", &warnings);
  EXPECT_EQ(kiosk.pageSeconds, 6);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("\"page_second\""), std::string::npos);
}

TEST(KioskConfig, ShowsFollowsStatusesAndHideDrafts) {
  const KioskConfig all;
  for (const char* status : {"draft", "validated", "done", "billed", "cancelled"}) {
    EXPECT_TRUE(all.shows(status)) << status;
  }
  const KioskConfig noDrafts{.hideDrafts = true};
  EXPECT_FALSE(noDrafts.shows("draft"));
  EXPECT_TRUE(noDrafts.shows("cancelled"));
  const KioskConfig listed{.statuses = {"draft", "done"}, .hideDrafts = true};
  EXPECT_FALSE(listed.shows("draft")) << "hide_drafts wins over the list";
  EXPECT_TRUE(listed.shows("done"));
  EXPECT_FALSE(listed.shows("validated"));
  EXPECT_FALSE(listed.shows("cancelled"));
}

TEST(KioskConfig, ModeIsKioskInAnyCase) {
  EXPECT_TRUE(isKioskMode("kiosk"));
  EXPECT_TRUE(isKioskMode("KIOSK"));
  EXPECT_FALSE(isKioskMode(""));
  EXPECT_FALSE(isKioskMode("browse"));
  EXPECT_FALSE(isKioskMode("kiosk "));
}

}  // namespace
}  // namespace fiche::core
