#include "baokan/encoding.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <random>
#include <string>

#include "text/test_seeds.h"
#include "base/utf8.h"

namespace baokan {
namespace {

// `utf8` converted to `encoding` by ICU, stopping (empty result) at any
// character the encoding cannot represent.
std::string Encode(const std::string& utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* to = ucnv_open(encoding, &err);
  ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  // ucnv_convert substitutes; check representability with the stopping converter.
  UErrorCode check = U_ZERO_ERROR;
  std::string probe(utf8.size() * 4 + 16, '\0');
  UConverter* from = ucnv_open("UTF-8", &check);
  char* target = probe.data();
  const char* source = utf8.data();
  ucnv_convertEx(to, from, &target, probe.data() + probe.size(), &source, utf8.data() + utf8.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &check);
  ucnv_close(from);
  ucnv_close(to);
  if (U_FAILURE(err) || U_FAILURE(check)) return "";
  out.resize(n);
  return out;
}

std::string WithLf(std::string s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

DecodedText MustDecode(std::string_view bytes, const DecodeOptions& options = {}) {
  StatusOr<DecodedText> d = DecodeToUtf8(bytes, "page.txt", options);
  EXPECT_TRUE(d.ok()) << d.status().message();
  return d.ok() ? *d : DecodedText{};
}

Status DecodeError(std::string_view bytes, const DecodeOptions& options = {}) {
  StatusOr<DecodedText> d = DecodeToUtf8(bytes, "page.txt", options);
  EXPECT_FALSE(d.ok());
  return d.status();
}

TEST(DecodeTest, EmptyInput) {
  const DecodedText d = MustDecode("");
  EXPECT_EQ(d.utf8, "");
  EXPECT_EQ(d.replacements, 0u);
}

TEST(DecodeTest, Utf8WithAndWithoutBom) {
  EXPECT_EQ(MustDecode("中文 text").utf8, "中文 text");
  const DecodedText d = MustDecode("\xEF\xBB\xBF中文");
  EXPECT_EQ(d.utf8, "中文");
  EXPECT_EQ(d.encoding, "UTF-8");
}

TEST(DecodeTest, LineEndsBecomeLf) {
  EXPECT_EQ(MustDecode("a\r\nb\rc\n\r\n").utf8, "a\nb\nc\n\n");
  const std::string utf16 = Encode("一\r\n二\r三", "UTF-16LE");
  EXPECT_EQ(MustDecode("\xFF\xFE" + utf16).utf8, "一\n二\n三");
}

TEST(DecodeTest, SeedPagesInGb18030AndUtf16DecodeToTheOriginal) {
  for (const auto& [name, page] : text::testing::SeedPages()) {
    const std::string original = WithLf(page);
    const std::string gb = Encode(page, "GB18030");
    ASSERT_FALSE(gb.empty()) << name;
    DecodedText d = MustDecode(gb);
    EXPECT_EQ(d.encoding, "GB18030") << name;
    EXPECT_TRUE(d.utf8 == original) << name << " (GB18030)";

    d = MustDecode("\xFF\xFE" + Encode(page, "UTF-16LE"));
    EXPECT_EQ(d.encoding, "UTF-16LE") << name;
    EXPECT_TRUE(d.utf8 == original) << name << " (UTF-16LE with BOM)";

    d = MustDecode("\xFE\xFF" + Encode(page, "UTF-16BE"));
    EXPECT_EQ(d.encoding, "UTF-16BE") << name;
    EXPECT_TRUE(d.utf8 == original) << name << " (UTF-16BE with BOM)";

    d = MustDecode(Encode(page, "UTF-16LE"));  // no BOM: told by its NUL bytes
    EXPECT_EQ(d.encoding, "UTF-16LE") << name;
    EXPECT_TRUE(d.utf8 == original) << name << " (UTF-16LE without BOM)";
  }
}

TEST(DecodeTest, Big5Sample) {
  const std::string traditional =
      "臺灣地區今年夏天的降雨量比往年偏少，農業部門呼籲各地農民節約用水。\n"
      "據氣象單位統計，本月平均氣溫較歷年同期高出一點五度，專家表示，"
      "這與全球氣候變遷有關，民眾應注意防暑。\n"
      "報導指出，政府將於下週召開會議，討論如何協助受影響的農戶，"
      "並研究長期的水資源管理辦法。\n";
  const std::string big5 = Encode(traditional, "Big5");
  ASSERT_FALSE(big5.empty());
  const DecodedText d = MustDecode(big5);
  EXPECT_EQ(d.encoding, "Big5");
  EXPECT_EQ(d.utf8, traditional);
}

TEST(DecodeTest, GbkAndGb2312AreDecodedAsGb18030) {
  const std::string gb = Encode("中华人民共和国", "GB18030");
  DecodeOptions o;
  o.encoding = "GBK";
  DecodedText d = MustDecode(gb, o);
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(d.utf8, "中华人民共和国");
  o.encoding = "gb2312";
  EXPECT_EQ(MustDecode(gb, o).utf8, "中华人民共和国");
}

TEST(DecodeTest, InvalidUtf8NamesLineAndColumn) {
  Status s = DecodeError(
      "第一行\n第二行ab\xFF"
      "cd");
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_EQ(s.message().rfind("page.txt:2:6: invalid UTF-8 byte sequence 0xFF", 0), 0u)
      << s.message();
  DecodeOptions forced;
  forced.encoding = "utf8";
  s = DecodeError(
      "a\r\nb\r\n\xEF\xBB\xBF"
      "cd\xC3(",
      forced);
  EXPECT_EQ(s.message().rfind("page.txt:3:4: invalid UTF-8 byte sequence 0xC3", 0), 0u)
      << s.message();
}

TEST(DecodeTest, InvalidGb18030NamesLineAndColumn) {
  DecodeOptions o;
  o.encoding = "GB18030";
  const Status s = DecodeError(Encode("中文\n好", "GB18030") +
                                   "\x81\x20"
                                   "x",
                               o);
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_EQ(s.message().rfind("page.txt:2:2: invalid GB18030 byte sequence 0x81", 0), 0u)
      << s.message();
}

TEST(DecodeTest, TruncatedUtf16IsAnError) {
  DecodeOptions o;
  o.encoding = "UTF-16LE";
  const Status s = DecodeError(Encode("ab\nc", "UTF-16LE") + "d", o);
  EXPECT_NE(s.message().find("page.txt:2:2: invalid UTF-16LE"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("end of the file"), std::string::npos) << s.message();
}

TEST(DecodeTest, ReplacementsAreCounted) {
  DecodeOptions o;
  o.on_invalid = OnInvalid::kReplace;
  DecodedText d = MustDecode(
      "中文内容一二三四a\xFF"
      "b\xE4\xB8\nc\xC0\xAF",
      o);
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.utf8,
            "中文内容一二三四a\uFFFD"
            "b\uFFFD\nc\uFFFD\uFFFD");
  EXPECT_EQ(d.replacements, 4u);

  o.encoding = "GB18030";
  d = MustDecode(Encode("中文", "GB18030") +
                     "\xFF"
                     "x\x81\x20",
                 o);
  EXPECT_EQ(d.replacements, 2u);
  EXPECT_EQ(d.utf8.substr(0, 6), "中文");
  EXPECT_EQ(MustDecode("中文", {}).replacements, 0u);

  o.encoding = "UTF-16LE";  // an unpaired surrogate
  d = MustDecode(std::string("a\0\x00\xD8"
                             "b\0",
                             6),
                 o);
  EXPECT_EQ(d.utf8,
            "a\uFFFD"
            "b");
  EXPECT_EQ(d.replacements, 1u);
}

TEST(DecodeTest, BinaryInputIsRejected) {
  const Status s = DecodeError(std::string("PK\x03\x04\0\0\x01\x02\x03\x04\xFF\xFE\x10", 13));
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_EQ(s.message().rfind("page.txt: binary file", 0), 0u) << s.message();
  DecodeOptions o;
  o.encoding = "GB18030";
  EXPECT_NE(DecodeError(std::string("a\0b", 3), o).message().find("binary"), std::string::npos);
}

TEST(DecodeTest, UnknownForcedEncodingIsInvalidArgument) {
  DecodeOptions o;
  o.encoding = "no-such-encoding";
  const Status s = DecodeError("abc", o);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("no-such-encoding"), std::string::npos);
}

TEST(DecodeTest, ForcedEncodingIsUsed) {
  DecodeOptions o;
  o.encoding = "Big5";
  const DecodedText d = MustDecode(Encode("臺灣", "Big5"), o);
  EXPECT_EQ(d.utf8, "臺灣");
  EXPECT_EQ(d.encoding, "Big5");
}

// Arbitrary bytes never crash the decoder; what it accepts is valid UTF-8
// without CR, and kReplace accepts everything without NUL bytes.
TEST(DecodeTest, ArbitraryBytesAreHandled) {
  std::mt19937 rng(7);
  const std::string page = Encode(text::testing::SeedPage("001").substr(0, 600), "GB18030");
  for (int trial = 0; trial < 3000; ++trial) {
    std::string bytes;
    const int kind = trial % 3;
    const size_t n = rng() % 200;
    for (size_t k = 0; k < n; ++k) {
      bytes.push_back(static_cast<char>(kind == 0 ? rng() % 256 : 0x80 + rng() % 128));
    }
    if (kind == 2) bytes = page.substr(0, rng() % page.size()) + bytes;  // GB18030 then noise
    for (OnInvalid on_invalid : {OnInvalid::kError, OnInvalid::kReplace}) {
      DecodeOptions o;
      o.on_invalid = on_invalid;
      StatusOr<DecodedText> d = DecodeToUtf8(bytes, "x", o);
      if (d.ok()) {
        ASSERT_TRUE(IsValidUtf8(d->utf8));
        ASSERT_EQ(d->utf8.find('\r'), std::string::npos);
      } else {
        ASSERT_EQ(d.status().message().rfind("x:", 0), 0u) << d.status().message();
        ASSERT_TRUE(on_invalid == OnInvalid::kError || bytes.find('\0') != std::string::npos)
            << d.status().message();
      }
    }
  }
}

}  // namespace
}  // namespace baokan
