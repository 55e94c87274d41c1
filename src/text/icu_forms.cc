#include "text/icu_forms.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <memory>

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
    filtered_ = std::make_unique<icu::FilteredNormalizer2>(*nfkc_, applied_);
    ok_ = U_SUCCESS(err);
  }

  bool Kept(char32_t c) const { return kept_.contains(static_cast<UChar32>(c)); }

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
  bool ok_ = false;
};

const Nfkc& NfkcInstance() {
  static const Nfkc* const instance = new Nfkc();  // never destroyed: used at exit
  return *instance;
}

// The shared prototype of the transliterator and the characters that
// trigger it; each thread works on its own clone.
struct Simplifier {
  std::unique_ptr<icu::Transliterator> prototype;
  // Characters at least one of which is in every text the transliterator
  // changes: those it changes when they stand alone, plus one character of
  // each rule that changes a phrase none of whose characters changes alone
  // (祇要 > 只要: 祇). The source set would do too, but it is far
  // larger (phrase rules such as 單于 > 单于 put 于 in it) and would send
  // nearly every line through the slow transliterator.
  icu::UnicodeSet trigger;
  // Line ends and punctuation that no rule mentions: no rule matches across
  // them, so the text between two of them is transliterated on its own.
  icu::UnicodeSet separators;
};

std::string_view TrimRule(std::string_view s) {
  const size_t a = s.find_first_not_of(" \n");
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(" \n") - a + 1);
}

// Adds to *trigger a character of each rule "A > B;" with A != B that holds
// no character of *trigger, and to *mentioned every character of every A.
// Returns false when a rule is not of that simple form (then the caller
// must use the whole source set and split at line ends only).
bool ReadRules(const icu::Transliterator& t, icu::UnicodeSet* trigger, icu::UnicodeSet* mentioned) {
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
    if (lhs == TrimRule(rule.substr(arrow + 3)) || lhs.empty()) continue;
    const std::string_view rhs = TrimRule(rule.substr(arrow + 3));
    const icu::UnicodeString b = icu::UnicodeString::fromUTF8(
        icu::StringPiece(rhs.data(), static_cast<int32_t>(rhs.size())));
    if (!trigger->containsNone(a)) continue;
    // The first character that differs is rarer than the first character
    // (五嶽 > 五岳: 嶽, not 五).
    int32_t i = 0;
    while (i < a.length() && i < b.length() && a.char32At(i) == b.char32At(i)) {
      i = a.moveIndex32(i, 1);
    }
    trigger->add(a.char32At(i < a.length() ? i : 0));
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
    if (s->prototype) {
      icu::UnicodeSet source;
      s->prototype->getSourceSet(source);
      for (int32_t r = 0; r < source.getRangeCount(); ++r) {
        for (UChar32 c = source.getRangeStart(r); c <= source.getRangeEnd(r); ++c) {
          icu::UnicodeString one(c);
          s->prototype->transliterate(one);
          if (one != icu::UnicodeString(c)) s->trigger.add(c);
        }
      }
      icu::UnicodeSet mentioned;
      s->separators.add(u'\n');
      if (ReadRules(*s->prototype, &s->trigger, &mentioned)) {
        s->separators.addAll(icu::UnicodeString(u"，。；：？！、,.;:?! ")).removeAll(mentioned);
      } else {
        s->trigger = source;
      }
    }
    s->trigger.freeze();
    s->separators.freeze();
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

std::string ToSimplified(std::string_view in) {
  icu::Transliterator* t = ThreadSimplifier();
  if (t == nullptr) return std::string(in);
  const Simplifier& shared = SimplifierInstance();
  std::string out;
  out.reserve(in.size());
  auto span = [&](const icu::UnicodeSet& set, size_t from, USetSpanCondition condition) {
    return from + set.spanUTF8(in.data() + from, static_cast<int32_t>(in.size() - from), condition);
  };
  size_t pos = 0;
  while (pos < in.size()) {
    const size_t start = span(shared.separators, pos, USET_SPAN_CONTAINED);
    out.append(in.substr(pos, start - pos));
    if (start == in.size()) break;
    pos = span(shared.separators, start, USET_SPAN_NOT_CONTAINED);
    const std::string_view part = in.substr(start, pos - start);
    if (shared.trigger.spanUTF8(part.data(), static_cast<int32_t>(part.size()),
                                USET_SPAN_NOT_CONTAINED) == static_cast<int32_t>(part.size())) {
      out.append(part);
      continue;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(part.data(), static_cast<int32_t>(part.size())));
    t->transliterate(u);
    u.toUTF8String(out);
  }
  return out;
}

}  // namespace baokan::text
