// app: loads what the page needs before the first frame: config.json, the UI and icon fonts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/config/config.hpp"
#include "core/net/http.hpp"
#include "core/util/result.hpp"

namespace fiche::app {

// The files sit beside index.html and are fetched with relative URLs, so the page works
// under any sub-path. Missing files are not fatal: no config.json means "ask the user", and
// no font means ImGui's built-in one, no icon font means no icons.
class Boot {
 public:
  static constexpr const char* kConfigUrl = "config.json";
  static constexpr const char* kFontUrl = "fonts/inter.otf";
  static constexpr const char* kIconFontUrl = "fonts/icons.ttf";

  explicit Boot(core::HttpClient& http) : m_http(http) {}
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
