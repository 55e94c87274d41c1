// Status and StatusOr (include/baokan/status.h), header-only; tested with the
// lowest stage.

#include "baokan/status.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace baokan {
namespace {

TEST(StatusOrTest, HoldsItsValue) {
  StatusOr<std::string> s = std::string("报刊");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*s, "报刊");
  EXPECT_EQ(s->size(), 6u);
  EXPECT_EQ(s.value(), "报刊");
  StatusOr<std::unique_ptr<int>> p = std::make_unique<int>(7);
  std::unique_ptr<int> taken = std::move(p).value();
  EXPECT_EQ(*taken, 7);
}

TEST(StatusOrTest, HoldsItsError) {
  StatusOr<int> s = Status::NotFound("x.tsv: no such file");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(s.status().message(), "x.tsv: no such file");
}

TEST(StatusOrTest, MadeFromAnOkStatusItIsAnInternalErrorNotOkWithoutAValue) {
  StatusOr<int> s = Status::OK();
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kInternal);
  EXPECT_NE(s.status().message().find("OK Status"), std::string::npos) << s.status().message();
}

// Every way to reach the value of an error aborts with the error's message,
// in release builds too.
TEST(StatusOrDeathTest, ValueOfAnErrorAbortsNamingTheError) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const std::string expected = "value of a StatusOr that holds an error: bad line 3";
  EXPECT_DEATH(
      {
        StatusOr<int> s = Status::DataError("bad line 3");
        static_cast<void>(s.value());
      },
      expected);
  EXPECT_DEATH(
      {
        const StatusOr<std::string> s = Status::DataError("bad line 3");
        static_cast<void>(s->size());
      },
      expected);
  EXPECT_DEATH(
      {
        StatusOr<std::string> s = Status::DataError("bad line 3");
        static_cast<void>(std::move(s).value());
      },
      expected);
  EXPECT_DEATH(
      {
        StatusOr<int> s = Status::OK();
        static_cast<void>(*s);
      },
      "StatusOr made from an OK Status");
}

}  // namespace
}  // namespace baokan
