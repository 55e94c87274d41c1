// ShuffleLines (classify/internal.h): training data in a fixed pseudo-random
// order before fastText reads it.

#include <filesystem>
#include <fstream>
#include <numeric>

#include "baokan/io.h"
#include "classify/internal.h"

namespace baokan {

Status classify::ShuffleLines(const std::string& path, uint64_t seed) {
  std::vector<uint64_t> starts;  // offset of each line; the file's size last
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path + ": cannot open");
    std::string line;
    uint64_t pos = 0;
    while (std::getline(in, line)) {
      starts.push_back(pos);
      pos += line.size() + 1;
    }
    starts.push_back(pos);
  }
  const size_t n = starts.size() - 1;
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  SplitMix64 rng(seed);
  for (size_t i = n; i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);

  std::ifstream in(path, std::ios::binary);
  const std::string shuffled = path + ".shuffled";
  {
    std::ofstream out(shuffled, std::ios::binary);
    std::string line;
    for (size_t i : order) {
      in.seekg(static_cast<std::streamoff>(starts[i]));
      std::getline(in, line);
      out << line << '\n';
    }
    if (!in || !out) return Status::IOError(path + ": cannot shuffle the lines (disk full?)");
  }
  std::error_code ec;
  std::filesystem::rename(shuffled, path, ec);
  return ec ? Status::IOError(path + ": " + ec.message()) : Status::OK();
}

}  // namespace baokan
