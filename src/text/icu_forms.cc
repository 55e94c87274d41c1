#include "text/icu_forms.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "text/utf8.h"

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

// A set of code points as a bitmap: one lookup per character.
class CodePointBits {
 public:
  CodePointBits() : words_(0x110000 / 64, 0) {}
  void Add(UChar32 c) { words_[c >> 6] |= uint64_t{1} << (c & 63); }
  void AddAll(const icu::UnicodeSet& set) {
    for (int32_t r = 0; r < set.getRangeCount(); ++r) {
      for (UChar32 c = set.getRangeStart(r); c <= set.getRangeEnd(r); ++c) Add(c);
    }
  }
  bool Has(char32_t c) const { return c < 0x110000 && (words_[c >> 6] >> (c & 63)) & 1; }

 private:
  std::vector<uint64_t> words_;
};

// The shared prototype of the transliterator and what tells which text it
// can change; each thread works on its own clone.
struct Simplifier {
  std::unique_ptr<icu::Transliterator> prototype;
  // The characters the transliterator changes when they stand alone. Its
  // source set is far larger (phrase rules such as 單于 > 单于 put 于 in it)
  // and would send nearly all text through the slow transliterator.
  CodePointBits trigger;
  // The phrases of the rules that change text none of whose characters
  // changes alone (祇要 > 只要), and their first characters.
  std::vector<std::string> phrases;
  CodePointBits phrase_start;
  // Line ends and punctuation that no rule mentions: no rule matches across
  // them, so the text between two of them is transliterated on its own.
  CodePointBits separator;

  // False when no rule can change `part`.
  bool MayChange(std::string_view part) const {
    bool phrase_possible = false;
    for (size_t i = 0; i < part.size();) {
      const char32_t c = NextCodePoint(part, &i);
      if (trigger.Has(c)) return true;
      phrase_possible |= phrase_start.Has(c);
    }
    if (!phrase_possible) return false;
    for (const std::string& phrase : phrases) {
      if (part.find(phrase) != std::string_view::npos) return true;
    }
    return false;
  }
};

std::string_view TrimRule(std::string_view s) {
  const size_t a = s.find_first_not_of(" \n");
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(" \n") - a + 1);
}

// Reads the rules "A > B;" of `t`: adds each A with A != B that holds no
// trigger character to s->phrases, and every character of every A to
// *mentioned. Returns false when a rule is not of that simple form.
bool ReadRules(const icu::Transliterator& t, const icu::UnicodeSet& triggers, Simplifier* s,
               icu::UnicodeSet* mentioned) {
  icu::UnicodeString rules;
  t.toRules(rules, false);
  std::string text;
  rules.toUTF8String(text);
  std::string_view rest = text;
  while (!rest.empty()) {
    const size_t end = rest.find(';');
    const std::string_view rule = TrimRule(rest.substr(0, end));
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    if (rule.empty()) continue;
    const size_t arrow = rule.find(" > ");
    if (arrow == std::string_view::npos) return false;
    const std::string_view lhs = TrimRule(rule.substr(0, arrow));
    const icu::UnicodeString a = icu::UnicodeString::fromUTF8(
        icu::StringPiece(lhs.data(), static_cast<int32_t>(lhs.size())));
    mentioned->addAll(a);
    if (lhs.empty() || lhs == TrimRule(rule.substr(arrow + 3))) continue;
    if (triggers.containsNone(a)) {
      s->phrases.emplace_back(lhs);
      s->phrase_start.Add(a.char32At(0));
    }
  }
  return true;
}

const Simplifier& SimplifierInstance() {
  static const Simplifier* const instance = [] {
    auto* s = new Simplifier();
    UErrorCode err = U_ZERO_ERROR;
    s->prototype.reset(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, err));
    if (U_FAILURE(err)) s->prototype.reset();
    s->separator.Add(U'\n');
    if (!s->prototype) return s;
    icu::UnicodeSet source, triggers, mentioned;
    s->prototype->getSourceSet(source);
    for (int32_t r = 0; r < source.getRangeCount(); ++r) {
      for (UChar32 c = source.getRangeStart(r); c <= source.getRangeEnd(r); ++c) {
        icu::UnicodeString one(c);
        s->prototype->transliterate(one);
        if (one != icu::UnicodeString(c)) triggers.add(c);
      }
    }
    if (ReadRules(*s->prototype, triggers, s, &mentioned)) {
      s->trigger.AddAll(triggers);
      icu::UnicodeSet separators(icu::UnicodeString(u"[，。；：？！、,.;:?!\\ ]"), err);
      s->separator.AddAll(separators.removeAll(mentioned));
    } else {
      s->trigger.AddAll(source);  // unknown rules: any source character may matter
      s->phrases.clear();
    }
    return s;
  }();
  return *instance;
}

icu::Transliterator* ThreadSimplifier() {
  thread_local std::unique_ptr<icu::Transliterator> local;
  if (!local) {
    const Simplifier& shared = SimplifierInstance();
    if (!shared.prototype) return nullptr;
    local.reset(shared.prototype->clone());
  }
  return local.get();
}

}  // namespace

bool KeptFromNfkc(char32_t c) { return NfkcInstance().Kept(c); }

void AppendNfkc(std::string_view in, std::string* out) { NfkcInstance().Append(in, out); }

const uint64_t* NfkcInertBits() { return NfkcInstance().Inert(); }

std::string ToSimplified(std::string_view in) {
  icu::Transliterator* t = ThreadSimplifier();
  if (t == nullptr) return std::string(in);
  const Simplifier& shared = SimplifierInstance();
  std::string out;
  out.reserve(in.size());
  auto convert = [&](std::string_view part) {
    if (!shared.MayChange(part)) {
      out.append(part);
      return;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(part.data(), static_cast<int32_t>(part.size())));
    t->transliterate(u);
    u.toUTF8String(out);
  };
  size_t start = 0;  // of the current part
  size_t i = 0;
  while (i < in.size()) {
    const size_t at = i;
    if (!shared.separator.Has(NextCodePoint(in, &i))) continue;
    convert(in.substr(start, at - start));
    out.append(in.substr(at, i - at));
    start = i;
  }
  convert(in.substr(start));
  return out;
}

}  // namespace baokan::text
