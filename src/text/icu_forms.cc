#include "text/icu_forms.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace baokan::text {
namespace {

// Characters NFKC must not touch in Normalize (see docs/normalize.md).
constexpr char16_t kKeptPattern[] =
    u"[[:Zs:]\\u0009"
    // decided by context in Normalize, never by NFKC
    u"\\uFF01\\uFF08\\uFF09\\uFF0C\\uFF1A\\uFF1B\\uFF1F"
    // leaders and the ellipsis, ‼ ⁇ ⁈ ⁉
    u"\\u2024-\\u2026\\u203C\\u2047-\\u2049"
    // m² H₂O ① ½ ㎡ keep their meaning
    u"[:dt=super:][:dt=sub:][:dt=circle:][:dt=fraction:][:dt=square:]"
    // ⑴ ⒈ ⒜ and ㈠ (parenthesized and numbered list markers), ℃ ℉
    u"\\u2474-\\u24B5\\u3200-\\u3243\\u2103\\u2109"
    // radicals: mapped by our own table from EquivalentUnifiedIdeograph.txt
    u"\\u2E80-\\u2FDF]";

class Nfkc {
 public:
  Nfkc() {
    UErrorCode err = U_ZERO_ERROR;
    nfkc_ = icu::Normalizer2::getNFKCInstance(err);
    kept_ = icu::UnicodeSet(icu::UnicodeString(kKeptPattern), err);
    // Spacing accents (¨ ´ ¸ ˘ ﹉ ...): NFKC makes them a space plus a
    // combining mark, which space folding would then tear apart.
    icu::UnicodeSet compat(u"[[:dt=compat:][:dt=small:][:dt=wide:][:dt=narrow:]]", err);
    for (int32_t r = 0; U_SUCCESS(err) && r < compat.getRangeCount(); ++r) {
      for (UChar32 c = compat.getRangeStart(r); c <= compat.getRangeEnd(r); ++c) {
        const icu::UnicodeString n = nfkc_->normalize(icu::UnicodeString(c), err);
        if (n.length() > 1 && n.charAt(0) == u' ') kept_.add(c);
      }
    }
    applied_.addAll(kept_).complement().freeze();
    kept_.freeze();
    inert_.assign(0x10000 / 64, 0);
    for (UChar32 c = 0; c < 0x10000; ++c) {
      const bool quick_yes = u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES &&
                             u_getCombiningClass(c) == 0;
      if (quick_yes || kept_.contains(c)) inert_[c >> 6] |= uint64_t{1} << (c & 63);
    }
    filtered_ = std::make_unique<icu::FilteredNormalizer2>(*nfkc_, applied_);
    ok_ = U_SUCCESS(err);
  }

  bool Kept(char32_t c) const { return kept_.contains(static_cast<UChar32>(c)); }
  const uint64_t* Inert() const { return inert_.data(); }

  void Append(std::string_view in, std::string* out) const {
    if (!ok_) {
      out->append(in);
      return;
    }
    UErrorCode err = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(out, static_cast<int32_t>(in.size()));
    filtered_->normalizeUTF8(0, icu::StringPiece(in.data(), static_cast<int32_t>(in.size())), sink,
                             nullptr, err);
  }

 private:
  const icu::Normalizer2* nfkc_ = nullptr;
  icu::UnicodeSet kept_;
  icu::UnicodeSet applied_;  // FilteredNormalizer2 keeps a reference
  std::unique_ptr<icu::FilteredNormalizer2> filtered_;
  std::vector<uint64_t> inert_;  // bitmap over the BMP, see NfkcInertBits
  bool ok_ = false;
};

const Nfkc& NfkcInstance() {
  static const Nfkc* const instance = new Nfkc();  // never destroyed: used at exit
  return *instance;
}

}  // namespace

bool KeptFromNfkc(char32_t c) { return NfkcInstance().Kept(c); }

void AppendNfkc(std::string_view in, std::string* out) { NfkcInstance().Append(in, out); }

const uint64_t* NfkcInertBits() { return NfkcInstance().Inert(); }

}  // namespace baokan::text
