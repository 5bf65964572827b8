// ui: turns an error into words for the person in front of the screen.
#pragma once

#include <string>

#include "core/util/result.hpp"

namespace fiche::ui {

// What was being done when the error happened; the same status means different things.
enum class Subject { Connection, List, Detail, Document };

// A sentence saying what went wrong and what to do. Decided on the error's kind, HTTP
// status and API code only; the server's own message is shown separately, as untrusted text.
// crossOrigin: the API is on another origin than the page, so a network failure may be the
// browser blocking it (CORS).
std::string userMessage(const core::Error& error, Subject subject = Subject::List,
                        bool crossOrigin = false);

// Whether retrying the same request may help (network trouble, timeouts, 429, 5xx).
bool isRetryable(const core::Error& error);

}  // namespace fiche::ui
