// Test helpers: placing text with the shipped gazetteer (private to the
// region tests).

#ifndef BAOKAN_SRC_REGION_TEST_REGION_H_
#define BAOKAN_SRC_REGION_TEST_REGION_H_

#include <optional>
#include <string>
#include <string_view>

#include "baokan/region.h"
#include "gtest/gtest.h"

namespace baokan::testing_region {

// The gazetteer of the source tree's models/, loaded once.
inline const Gazetteer& Gaz() {
  static const Gazetteer* g = [] {
    auto loaded = Gazetteer::Load(BAOKAN_SOURCE_DIR "/models");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value().release() : nullptr;
  }();
  return *g;
}

inline std::string Code(const std::optional<RegionUnit>& u) { return u ? u->code : "-"; }

// "province/city/county" codes, "-" for an unset level.
inline std::string Codes(const Region& r) {
  return Code(r.province) + "/" + Code(r.city) + "/" + Code(r.county);
}

// The region of an article with this dateline, title and text.
inline Region Place(std::string_view dateline, std::string_view title, std::string_view text) {
  RegionTagger tagger(&Gaz());
  return tagger.Tag(RegionInput{title, dateline, text, {}});
}

// The region of an article that is only body text.
inline Region PlaceText(std::string_view text) { return Place("", "", text); }

}  // namespace baokan::testing_region

#endif  // BAOKAN_SRC_REGION_TEST_REGION_H_
