// Fuzzes baokan::RegionTagger::Tag over the repository's gazetteer
// (models/regions.tsv, loaded once): the input is split at the first two
// '\n' into title, dateline and text; TagPage() also sees it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "baokan/region.h"

namespace {

const baokan::Gazetteer* LoadGazetteer() {
  static const baokan::Gazetteer* gazetteer = [] {
    auto loaded = baokan::Gazetteer::Load(BAOKAN_SOURCE_DIR "/models");
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
      std::abort();
    }
    return loaded->release();
  }();
  return gazetteer;
}

std::string_view TakeLine(std::string_view* rest) {
  size_t nl = rest->find('\n');
  std::string_view line = rest->substr(0, nl);
  rest->remove_prefix(nl == std::string_view::npos ? rest->size() : nl + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const baokan::RegionTagger tagger(LoadGazetteer());
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  baokan::RegionInput input;
  input.title = TakeLine(&rest);
  input.dateline = TakeLine(&rest);
  input.text = rest;
  baokan::Region region = tagger.Tag(input);
  if (region.confidence < 0 || region.confidence > 1) std::abort();
  (void)baokan::RegionToJson(region);
  std::vector<baokan::RegionInput> page = {input, input};
  if (tagger.TagPage(page).size() != 2) std::abort();
  return 0;
}
