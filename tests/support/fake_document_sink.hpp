// tests/support: a DocumentSink that records what the Controller hands to the browser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/app/services.hpp"

namespace fiche::test {

// Every save() and open() call is recorded in order, with its arguments copied. open() answers
// what setOpenResult() said (true by default: the browser opened the tab).
class FakeDocumentSink : public core::DocumentSink {
 public:
  enum class Kind { Save, Open };
  struct Call {
    Kind kind = Kind::Save;
    std::string fileName{};
    std::string bytes{};
    std::string mimeType{};
  };

  void save(std::string_view fileName, const std::string& bytes,
            std::string_view mimeType) override {
    m_calls.push_back({Kind::Save, std::string(fileName), bytes, std::string(mimeType)});
  }
  bool open(std::string_view fileName, const std::string& bytes,
            std::string_view mimeType) override {
    m_calls.push_back({Kind::Open, std::string(fileName), bytes, std::string(mimeType)});
    return m_openResult;
  }

  void setOpenResult(bool opened) { m_openResult = opened; }
  const std::vector<Call>& calls() const { return m_calls; }

 private:
  std::vector<Call> m_calls;
  bool m_openResult = true;
};

}  // namespace fiche::test
