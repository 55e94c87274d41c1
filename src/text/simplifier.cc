#include "text/simplifier.h"

#include <cstdlib>
#include <exception>
#include <memory>
#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/Exception.hpp>
#include <opencc/Lexicon.hpp>
#include <vector>

#include "base/utf8.h"

namespace baokan::text {
namespace {

// OpenCC's t2s configuration: in $BAOKAN_OPENCC_DIR when set, else where
// the build found OpenCC.
std::string ConfigPath() {
  const char* dir = std::getenv("BAOKAN_OPENCC_DIR");
  return std::string(dir != nullptr && *dir != '\0' ? dir : BAOKAN_OPENCC_DIR) + "/t2s.json";
}

// The corner brackets and their replacements, as UTF-8.
constexpr std::string_view kBrackets[][2] = {{"「", "“"}, {"」", "”"}, {"『", "‘"}, {"』", "’"}};

std::shared_ptr<opencc::Converter> LoadConverter(const std::string& path, std::string* error) {
  try {
    opencc::Config config;
    return config.NewFromFile(path);
  } catch (const opencc::Exception& e) {  // not a std::exception
    *error = e.what();
  } catch (const std::exception& e) {
    *error = e.what();
  } catch (...) {
    *error = "unknown error";
  }
  return nullptr;
}

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(NextCodePoint(s, &i));
  return out;
}

// The characters a change needs: of every OpenCC entry whose conversion
// differs from its key, the key's characters that the conversion replaces
// (all of them when key and conversion differ in length); and the corner
// brackets. An entry that changes text can only match where one of them
// stands, so a line without one is unchanged whatever the segmentation.
// Mostly traditional characters: most simplified lines hold none.
class Triggers {
 public:
  Triggers() : bits_(0x110000 / 64, 0) {}
  void Add(char32_t c) {
    if (c < 0x110000) bits_[c >> 6] |= uint64_t{1} << (c & 63);
  }
  // Adds the characters of `key` that `value` replaces.
  void AddChanged(std::string_view key, std::string_view value) {
    const std::u32string k = CodePoints(key), v = CodePoints(value);
    for (size_t i = 0; i < k.size(); ++i) {
      if (k.size() != v.size() || k[i] != v[i]) Add(k[i]);
    }
  }
  bool Has(char32_t c) const { return c < 0x110000 && (bits_[c >> 6] >> (c & 63)) & 1; }
  bool AnyIn(std::string_view s) const {
    for (size_t i = 0; i < s.size();) {
      if (Has(NextCodePoint(s, &i))) return true;
    }
    return false;
  }

 private:
  std::vector<uint64_t> bits_;
};

struct Shared {
  std::string config_path;
  Status status;
  Triggers triggers;
};

const Shared& SharedInstance() {
  static const Shared* const instance = [] {
    auto* s = new Shared();
    s->config_path = ConfigPath();
    std::string error;
    std::shared_ptr<opencc::Converter> converter = LoadConverter(s->config_path, &error);
    if (converter == nullptr) {
      s->status = Status::NotFound(
          s->config_path + ": cannot load OpenCC's traditional-to-simplified conversion (" + error +
          "); install Debian's libopencc-data, or set $BAOKAN_OPENCC_DIR to "
          "OpenCC's data directory");
      return s;
    }
    for (const opencc::ConversionPtr& conversion :
         converter->GetConversionChain()->GetConversions()) {
      const opencc::LexiconPtr lexicon = conversion->GetDict()->GetLexicon();  // may be a copy
      for (const std::unique_ptr<opencc::DictEntry>& entry : *lexicon) {
        s->triggers.AddChanged(entry->Key(), entry->GetDefault());
      }
    }
    for (const auto& bracket : kBrackets) s->triggers.AddChanged(bracket[0], bracket[1]);
    return s;
  }();
  return *instance;
}

// This thread's converter: OpenCC does not promise that one converter may
// be shared between threads.
const opencc::Converter* ThreadConverter() {
  thread_local std::shared_ptr<opencc::Converter> local;
  if (local == nullptr) {
    std::string error;
    local = LoadConverter(SharedInstance().config_path, &error);
  }
  return local.get();
}

void AppendConvertedLine(const opencc::Converter& converter, std::string_view line,
                         std::string* out) {
  std::string converted = converter.Convert(std::string(line));
  for (const auto& [from, to] : kBrackets) {
    for (size_t at = converted.find(from); at != std::string::npos;
         at = converted.find(from, at + to.size())) {
      converted.replace(at, from.size(), to);
    }
  }
  out->append(converted);
}

}  // namespace

Status SimplifierStatus() { return SharedInstance().status; }

std::string ToSimplified(std::string_view in) {
  const Shared& shared = SharedInstance();
  const opencc::Converter* converter = shared.status.ok() ? ThreadConverter() : nullptr;
  if (converter == nullptr) return std::string(in);
  std::string out;
  out.reserve(in.size());
  for (;;) {
    const size_t end = in.find('\n');
    const std::string_view line = in.substr(0, end);
    if (shared.triggers.AnyIn(line)) {
      try {
        AppendConvertedLine(*converter, line, &out);
      } catch (...) {  // OpenCC throws on invalid UTF-8, not always a std::exception
        out.append(line);
      }
    } else {
      out.append(line);
    }
    if (end == std::string_view::npos) break;
    out.push_back('\n');
    in.remove_prefix(end + 1);
  }
  return out;
}

}  // namespace baokan::text
