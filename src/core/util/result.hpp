// core/util: the error model and Result<T>, how every fallible core function reports failure.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace fiche::core {

// What went wrong, coarse enough for the UI to pick a message and a remedy. Unsupported: the
// server works but does not offer what Fiche needs (e.g. no "interventions" capability).
enum class ErrorKind { Network, Timeout, Cancelled, Http, Api, Decode, InvalidInput, Unsupported };

std::string_view toString(ErrorKind kind);

// Members of core's aggregates all carry an initializer ({} when the default is empty) so
// designated initialisers may omit any of them under g++ 12's -Wmissing-field-initializers.
//
// httpStatus is 0 when no HTTP status was received. apiType/apiCode come from an OBAPI error
// body and are what callers branch on. message is either our own words or the server's
// error.message: untrusted text, to be displayed verbatim and never interpreted.
struct Error {
  ErrorKind kind = ErrorKind::InvalidInput;
  int httpStatus = 0;
  std::string apiType{};
  std::string apiCode{};
  std::string message{};
};

// A value or an Error, without exceptions. Check ok() first: value() on an error, or error()
// on a value, is a programmer error (asserted in debug builds).
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}      // NOLINT: implicit
  Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit

  bool ok() const { return m_data.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& {
    assert(ok());
    return *std::get_if<0>(&m_data);
  }
  T& value() & {
    assert(ok());
    return *std::get_if<0>(&m_data);
  }
  T&& value() && {
    assert(ok());
    return std::move(*std::get_if<0>(&m_data));
  }
  const Error& error() const {
    assert(!ok());
    return *std::get_if<1>(&m_data);
  }

 private:
  std::variant<T, Error> m_data;
};

}  // namespace fiche::core
