// tests/core/util: Result<T> holds either a value or an Error, and moves values out.
#include "core/util/result.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace fiche::core {
namespace {

Result<int> half(int n) {
  if (n % 2 != 0) return Error{.kind = ErrorKind::InvalidInput, .message = "odd"};
  return n / 2;
}

TEST(Result, HoldsValue) {
  const Result<int> r = half(8);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(static_cast<bool>(r));
  EXPECT_EQ(r.value(), 4);
}

TEST(Result, HoldsError) {
  const Result<int> r = half(3);
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(static_cast<bool>(r));
  EXPECT_EQ(r.error().kind, ErrorKind::InvalidInput);
  EXPECT_EQ(r.error().message, "odd");
  EXPECT_EQ(r.error().httpStatus, 0);
}

TEST(Result, MovesMoveOnlyValueOut) {
  Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
  std::unique_ptr<int> p = std::move(r).value();
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 7);
}

TEST(Result, ValueIsMutableInPlace) {
  Result<std::string> r(std::string("ab"));
  r.value() += "c";
  EXPECT_EQ(r.value(), "abc");
}

TEST(Result, ErrorKindNamesAreDistinct) {
  EXPECT_EQ(toString(ErrorKind::Network), "network");
  EXPECT_EQ(toString(ErrorKind::Timeout), "timeout");
  EXPECT_EQ(toString(ErrorKind::Cancelled), "cancelled");
  EXPECT_EQ(toString(ErrorKind::Http), "http");
  EXPECT_EQ(toString(ErrorKind::Api), "api");
  EXPECT_EQ(toString(ErrorKind::Decode), "decode");
  EXPECT_EQ(toString(ErrorKind::InvalidInput), "invalid-input");
}

}  // namespace
}  // namespace fiche::core
