#include "baokan/normalize.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "text/icu_forms.h"
#include "base/utf8.h"

namespace baokan {
namespace {

std::string Simplified(std::string_view s) {
  NormalizeOptions o;
  o.simplified = true;
  return Normalize(s, o);
}

TEST(NormalizeTest, LetterSpacedLinesLoseTheirSpaces) {
  EXPECT_EQ(Normalize("“ 江 苏 厚 生 重 庆 基 地 选 择 铜\n"), "“江苏厚生重庆基地选择铜\n");
  // Latin words keep their spaces; so do lines with a few spaced names.
  EXPECT_EQ(Normalize("某 地 发 布 新 款 iPhone 15 Pro\n"), "某地发布新款 iPhone 15 Pro\n");
  EXPECT_EQ(Normalize("中国妇女报全媒体记者 耿兴敏 见习记者 崔安琪\n"),
            "中国妇女报全媒体记者 耿兴敏 见习记者 崔安琪\n");
  EXPECT_EQ(Normalize("本报讯（记者 李 弋）日前，某区举办活动。\n"),
            "本报讯（记者 李 弋）日前，某区举办活动。\n");
  const std::string once = Normalize("江 苏 厚 生\n重 庆 基 地 选 择\n");
  EXPECT_EQ(once, "江 苏 厚 生\n重庆基地选择\n");  // three pairs are not enough
  EXPECT_EQ(Normalize(once), once);
}

TEST(NormalizeTest, FullWidthLettersAndDigitsBecomeAscii) {
  EXPECT_EQ(Normalize("ＡＢＣ１２３"), "ABC123");
  EXPECT_EQ(Normalize("ｈｅｌｌｏ　ｗｏｒｌｄ"), "hello world");
  EXPECT_EQ(Normalize("增长５０％"), "增长50%");
}

TEST(NormalizeTest, OtherCompatibilityFormsAreFolded) {
  EXPECT_EQ(Normalize("ﬁle"), "file");        // ligature
  EXPECT_EQ(Normalize("ｶﾀｶﾅ"), "カタカナ");   // half-width katakana
  EXPECT_EQ(Normalize("\uF900"), "\u8C48");   // compatibility ideograph
  EXPECT_EQ(Normalize("e\u0301"), "\u00E9");  // composed
}

TEST(NormalizeTest, SymbolsWithMeaningAreKept) {
  for (const char* kept : {"面积20m²", "H₂O", "①第一", "㈠总则", "⑴甲", "半个½", "今天30℃", "120㎡",
                           "等等……", "真的‼", "x¨y"}) {
    EXPECT_EQ(Normalize(kept), kept);
  }
}

TEST(NormalizeTest, CommaAndParenthesesInChineseBecomeFullWidth) {
  EXPECT_EQ(Normalize("残疾证,我母亲(90岁)"), "残疾证，我母亲（90岁）");
  EXPECT_EQ(Normalize("日本贸易振兴机构(JETRO)、中国"), "日本贸易振兴机构（JETRO）、中国");
  EXPECT_EQ(Normalize("什么?好!!"), "什么？好！！");
  EXPECT_EQ(Normalize("内容如下:第一;第二"), "内容如下：第一；第二");
  EXPECT_EQ(Normalize("“你好,”他说"), "“你好，”他说");  // quotes are skipped
  EXPECT_EQ(Normalize("增长50%,其中"), "增长50%，其中");
  EXPECT_EQ(Normalize("(一)加强"), "（一）加强");
}

TEST(NormalizeTest, AtTheLineEndTheLatinRunDecides) {
  // A digit or letter next to the line's end: what lies past the run of
  // Latin letters and digits decides.
  EXPECT_EQ(Normalize("(1)加强管理"), "（1）加强管理");
  EXPECT_EQ(Normalize("(2023—2027年）》。要求"), "（2023—2027年）》。要求");
  EXPECT_EQ(Normalize("他说:Really?"), "他说：Really？");
  EXPECT_EQ(Normalize(",2023年"), "，2023年");
  EXPECT_EQ(Normalize("(1) and (2)"), "(1) and (2)");
  EXPECT_EQ(Normalize("see f(x)"), "see f(x)");
}

TEST(NormalizeTest, AsciiPunctuationBetweenLatinLettersAndDigitsStays) {
  EXPECT_EQ(Normalize("3.5亿元"), "3.5亿元");
  EXPECT_EQ(Normalize("A-B级"), "A-B级");
  EXPECT_EQ(Normalize("会议10:30开始"), "会议10:30开始");
  EXPECT_EQ(Normalize("比分3:2,中国队"), "比分3:2，中国队");
  EXPECT_EQ(Normalize("A，B"), "A,B");
  EXPECT_EQ(Normalize("10：30"), "10:30");
  EXPECT_EQ(Normalize("（1）"), "(1)");  // a digit and the line's ends
  EXPECT_EQ(Normalize("Really?"), "Really?");
  EXPECT_EQ(Normalize("Hello, world"), "Hello, world");
}

TEST(NormalizeTest, PunctuationWithoutDecidingContextIsUnchanged) {
  EXPECT_EQ(Normalize("α,β"), "α,β");
  EXPECT_EQ(Normalize("α，β"), "α，β");
  EXPECT_EQ(Normalize("，"), "，");
  EXPECT_EQ(Normalize("(,)"), "(,)");
}

TEST(NormalizeTest, ContextStopsAtTheLineEnd) {
  // The 中 on the next line does not decide the comma.
  EXPECT_EQ(Normalize("abc,\n中国"), "abc,\n中国");
  EXPECT_EQ(Normalize("中国,\nabc"), "中国，\nabc");
}

TEST(NormalizeTest, SpacesAreFoldedAndTrimmed) {
  EXPECT_EQ(Normalize("中国\u3000\u3000北京"), "中国 北京");
  EXPECT_EQ(Normalize("  a \t b  "), "a b");
  EXPECT_EQ(Normalize("a\u00A0\u2003b"), "a b");
  EXPECT_EQ(Normalize("  x  \n\u3000y\u3000\n"), "x\ny\n");
  EXPECT_EQ(Normalize("a\fb\vc"), "a b c");
}

TEST(NormalizeTest, ZeroWidthCharactersAreRemoved) {
  EXPECT_EQ(Normalize("中\u200B国\u2060人\uFEFF民\u00AD日\u200C报\u200D社"), "中国人民日报社");
  EXPECT_EQ(Normalize("a\x01"
                      "b\x7F"
                      "c"),
            "abc");
}

TEST(NormalizeTest, EmojiAndJoinerSequencesSurvive) {
  const std::string family = "👨\u200D👩\u200D👧";
  EXPECT_EQ(Normalize(family), family);
  EXPECT_EQ(Normalize("❤\uFE0F\u200D🔥"), "❤\uFE0F\u200D🔥");
  EXPECT_EQ(Normalize("😀,好"), "😀，好");
  EXPECT_EQ(Normalize("好\u200D😀"), "好😀");  // a joiner not between pictographs
}

TEST(NormalizeTest, RadicalLookAlikesBecomeIdeographs) {
  EXPECT_EQ(Normalize("⻄安"), "西安");      // U+2EC4
  EXPECT_EQ(Normalize("⻓江"), "长江");      // U+2ED3
  EXPECT_EQ(Normalize("⼀个⼈"), "一个人");  // Kangxi U+2F00, U+2F08
  EXPECT_EQ(Normalize("\u2E80"), "\u2E80");  // no equivalent ideograph: kept
}

TEST(NormalizeTest, LineCountIsPreserved) {
  EXPECT_EQ(Normalize("a\n\n b\r\nc\rd\n"), "a\n\nb\nc\nd\n");
  EXPECT_EQ(Normalize("\n\n\n"), "\n\n\n");
}

TEST(NormalizeTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(Normalize("a\xFF"
                      "b"),
            "a\uFFFD"
            "b");
  EXPECT_EQ(Normalize("\xE4\xB8"), "\uFFFD");
}

TEST(NormalizeTest, EdgeCases) {
  EXPECT_EQ(Normalize(""), "");
  EXPECT_EQ(Normalize("   \u3000 \t"), "");
  EXPECT_EQ(Normalize("Hello, world! 你好,世界"), "Hello, world！ 你好，世界");
  EXPECT_EQ(Normalize("iPhone 15 Pro发布,售价5999元"), "iPhone 15 Pro发布，售价5999元");
}

TEST(NormalizeTest, SimplifiedConvertsTraditionalCharacters) {
  EXPECT_EQ(Simplified("繁體中文資料庫"), "繁体中文资料库");
  EXPECT_EQ(Simplified("簡體,漢語"), "简体，汉语");
  EXPECT_EQ(Simplified("简体中文不变"), "简体中文不变");
  EXPECT_EQ(Simplified("「資料」"), "“资料”");
  EXPECT_TRUE(SimplifiedConversionStatus().ok()) << SimplifiedConversionStatus().message();
  EXPECT_EQ(Normalize("繁體"), "繁體");  // off by default
}

TEST(NormalizeTest, JoinLinesOption) {
  NormalizeOptions o;
  o.join_lines = true;
  EXPECT_EQ(Normalize("为加大长沙女性人才培训力度,服\n务经济发展\n\n第二段", o),
            "为加大长沙女性人才培训力度，服务经济发展\n\n第二段");
  // The comma's context is decided after joining.
  EXPECT_EQ(Normalize("abc,\n中国", o), "abc，中国");
  // Full-width Latin joins like ASCII.
  EXPECT_EQ(Normalize("ＡＢＣ\nＤＥＦ", o), "ABC DEF");
}

TEST(MatchFormTest, DropsPunctuationSymbolsAndSpace) {
  EXPECT_EQ(MatchForm("残疾证,我母亲(90岁)。"), "残疾证我母亲90岁");
  EXPECT_EQ(MatchForm("残疾证，我母亲（90岁）。"), "残疾证我母亲90岁");
  EXPECT_EQ(MatchForm("Hello, World\n1 2"), "HelloWorld12");
  EXPECT_EQ(MatchForm("■＋～《新闻》\t“好”"), "新闻好");
  EXPECT_EQ(MatchForm("ＡＢＣ\u3000１２３"), "ABC123");
  EXPECT_EQ(MatchForm(""), "");
  EXPECT_EQ(MatchForm("…… ——"), "");
}

// Normalize is idempotent on text built from the characters its rules
// touch, in random order (fixed seed: the test is deterministic).
TEST(NormalizeTest, IdempotentOnRandomMixes) {
  const std::vector<std::string> alphabet = {
      "中",     "文",     "a",  "Z",  "3",    ",",      "，",     "(",      "）",
      ":",      "；",     "?",  "！", ".",    "、",     "“",      "”",      " ",
      "\u3000", "\t",     "\n", "\r", "\r\n", "\u200B", "\u200D", "\uFEFF", "\u00AD",
      "😀",      "ＡＢ",   "１", "⻄", "⼀",   "e",      "\u0301", "²",      "…",
      "①",      "α",      "-",  "%",  "\xFF", "ｶ",      "ﾞ",      "\u00A8", "£",
      "\uFE10", "\uFE19", "﹐", "㈠", "\x01", "가",     "\u11A8", "\u1100", "\u1161"};
  std::mt19937 rng(20240914);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 24);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s += alphabet[pick(rng)];
    const std::string once = Normalize(s);
    ASSERT_EQ(Normalize(once), once) << "input: " << s;
    ASSERT_TRUE(IsValidUtf8(once));
    NormalizeOptions joined;
    joined.join_lines = true;
    const std::string once_joined = Normalize(s, joined);
    ASSERT_EQ(Normalize(once_joined, joined), once_joined) << "input: " << s;
    ASSERT_EQ(MatchForm(s), MatchForm(once)) << "input: " << s;
  }
}

// A long text (normalized a piece of lines at a time) comes out as its
// lines normalized one by one would: random lines of the characters the
// rules touch, traditional ones among them, with and without conversion.
TEST(NormalizeTest, LongTextAsItsLinesOneByOne) {
  const std::vector<std::string> alphabet = {
      "中", "文", "a", "3", ",", "，", "(", "）", " ", "\u3000", "\t", "\r", "\r\n",
      "\u200D", "\uFEFF", "😀", "ＡＢ", "⻄", "e", "\u0301", "\xFF", "ｶ", "ﾞ", "\u1100",
      "\u1161", "資料庫", "「", "」", "體", "江 苏 厚 生 重 庆 基 地"};
  std::mt19937 rng(20261207);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 30);
  constexpr size_t kTextBytes = 1300000;  // more than one piece
  std::string text;
  while (text.size() < kTextBytes) {
    for (int k = length(rng); k > 0; --k) text += alphabet[pick(rng)];
    text += "\n";
  }
  text += "末行";  // no line end at the end
  for (bool simplified : {false, true}) {
    NormalizeOptions o;
    o.simplified = simplified;
    std::string by_line;
    for (size_t begin = 0; begin < text.size();) {
      const size_t nl = text.find('\n', begin);
      const size_t end = nl == std::string::npos ? text.size() : nl + 1;
      by_line += Normalize(std::string_view(text).substr(begin, end - begin), o);
      begin = end;
    }
    ASSERT_EQ(Normalize(text, o), by_line) << "simplified: " << simplified;
  }
}

// Every single character: idempotent in a CJK and in a Latin context.
TEST(NormalizeTest, IdempotentForEveryCodePoint) {
  for (char32_t c = 1; c < 0x32000; ++c) {
    if (c >= 0xD800 && c < 0xE000) continue;
    std::string ch;
    AppendUtf8(c, &ch);
    for (const std::string& s : {"中" + ch + ",a" + ch + "\u0301", "x" + ch + "y"}) {
      const std::string once = Normalize(s);
      ASSERT_EQ(Normalize(once), once) << "U+" << std::hex << static_cast<uint32_t>(c);
    }
  }
}

// Normalize skips NFKC for text made only of characters NfkcInertBits
// names: each of them, beside itself and beside common neighbours, must come
// out of NFKC unchanged.
TEST(NormalizeTest, NfkcInertCharactersAreLeftAloneByNfkc) {
  const uint64_t* bits = text::NfkcInertBits();
  size_t inert = 0;
  for (char32_t c = 1; c < 0x10000; ++c) {
    if (!text::IsNfkcInert(bits, c)) continue;
    ++inert;
    std::string ch;
    AppendUtf8(c, &ch);
    for (const std::string& s : {ch + ch, "a" + ch + "中", ch + "，" + ch + " e"}) {
      std::string out;
      text::AppendNfkc(s, &out);
      ASSERT_EQ(out, s) << "U+" << std::hex << static_cast<uint32_t>(c);
    }
  }
  EXPECT_GT(inert, 40000u);
  EXPECT_FALSE(text::IsNfkcInert(bits, U'Ａ'));
  EXPECT_FALSE(text::IsNfkcInert(bits, 0x0301));  // combining acute
  EXPECT_TRUE(text::IsNfkcInert(bits, U'中'));
}

TEST(NormalizeTest, ThreadSafe) {
  const std::string text = "繁體中文,資料庫(ＡＢＣ)\u3000⻄安\n第二行,abc";
  NormalizeOptions o;
  o.simplified = true;
  const std::string expected = Normalize(text, o);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 300; ++k) {
        if (Normalize(text, o) != expected) ++mismatches[t];
        if (MatchForm(text).empty()) ++mismatches[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace baokan
