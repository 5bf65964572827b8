// ui: turns an error into words for the person in front of the screen.
#pragma once

#include <string>

#include "core/util/result.hpp"

namespace fiche::ui {

// A sentence saying what went wrong and what to do. Decided on the error's kind, HTTP
// status and API code only; the server's own message is shown separately, as untrusted text.
std::string userMessage(const core::Error& error);

}  // namespace fiche::ui
