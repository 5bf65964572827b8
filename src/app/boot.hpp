// app: loads what the page needs before the first frame: config.json, the UI and icon fonts.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/config/config.hpp"
#include "core/net/http.hpp"
#include "core/util/result.hpp"

namespace fiche::app {

// Where the boot files are, relative to index.html (so the page works under any sub-path).
// The defaults are the names of a development build; a release build gives the fonts
// content-hashed names (tools/build-release), which the page shell hands to the platform.
struct BootFiles {
  std::string config = "config.json";
  std::string font = "fonts/inter.otf";
  std::string iconFont = "fonts/icons.ttf";
};

// Missing files are not fatal: no config.json means "ask the user", and no font means
// ImGui's built-in one, no icon font means no icons.
class Boot {
 public:
  explicit Boot(core::HttpClient& http, BootFiles files = {})
      : m_http(http), m_files(std::move(files)) {}
  void start();
  // Applies finished requests; returns true when something arrived.
  bool poll();
  bool done() const { return m_configDone && m_fontDone && m_iconFontDone; }

  const core::AppConfig& config() const { return m_config; }
  // Why config.json could not be used, in words for the user (empty when it was fine).
  const std::string& configProblem() const { return m_configProblem; }
  const std::vector<unsigned char>& fontBytes() const { return m_font; }
  const std::vector<unsigned char>& iconFontBytes() const { return m_iconFont; }

 private:
  void onConfig(const core::HttpResponse& response);
  void onFont(const core::HttpResponse& response, std::vector<unsigned char>& into);

  core::HttpClient& m_http;
  BootFiles m_files;
  core::RequestId m_configRequest = 0;
  core::RequestId m_fontRequest = 0;
  core::RequestId m_iconFontRequest = 0;
  bool m_configDone = false;
  bool m_fontDone = false;
  bool m_iconFontDone = false;
  core::AppConfig m_config;
  std::string m_configProblem;
  std::vector<unsigned char> m_font;
  std::vector<unsigned char> m_iconFont;
  std::vector<core::HttpResponse> m_completed;
};

}  // namespace fiche::app
