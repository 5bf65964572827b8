// app: boot files.
#include "app/boot.hpp"

namespace fiche::app {

void Boot::start() {
  m_configRequest = m_http.send({.url = m_files.config, .headers = {}, .timeoutMs = 10000});
  m_fontRequest = m_http.send({.url = m_files.font, .headers = {}, .timeoutMs = 20000});
  m_iconFontRequest = m_http.send({.url = m_files.iconFont, .headers = {}, .timeoutMs = 20000});
}

bool Boot::poll() {
  m_completed.clear();
  m_http.poll(m_completed);
  for (const core::HttpResponse& response : m_completed) {
    if (response.id == m_configRequest) onConfig(response);
    if (response.id == m_fontRequest) {
      m_fontDone = true;
      onFont(response, m_font);
    }
    if (response.id == m_iconFontRequest) {
      m_iconFontDone = true;
      onFont(response, m_iconFont);
    }
  }
  return !m_completed.empty();
}

void Boot::onConfig(const core::HttpResponse& response) {
  m_configDone = true;
  const bool ok = response.transport == core::Transport::Ok && response.status == 200;
  if (!ok) {
    // No config.json is a normal deployment: the connection screen asks instead.
    if (response.status != 404) m_configProblem = "config.json could not be loaded.";
    return;
  }
  core::Result<core::AppConfig> parsed = core::parseConfig(response.body);
  if (!parsed) {
    m_configProblem = "config.json is not valid and was ignored: " + parsed.error().message;
    return;
  }
  m_config = std::move(parsed).value();
  for (const std::string& warning : m_config.warnings) {
    m_configProblem += (m_configProblem.empty() ? "config.json: " : " ") + warning;
  }
}

void Boot::onFont(const core::HttpResponse& response, std::vector<unsigned char>& into) {
  if (response.transport != core::Transport::Ok || response.status != 200) return;
  into.assign(response.body.begin(), response.body.end());
}

}  // namespace fiche::app
