#include "base/hash.h"

#include <gtest/gtest.h>

namespace baokan {
namespace {

// Signature files and band keys depend on these exact values.
TEST(Mix64Test, IsTheSplitmix64Finalizer) {
  EXPECT_EQ(Mix64(0), 0u);
  EXPECT_EQ(Mix64(1), 0x5692161d100b05e5ULL);
  EXPECT_EQ(Mix64(0x0123456789abcdefULL), 0xb2c058e4ebb5112cULL);
}

}  // namespace
}  // namespace baokan
