// Tests of JsonRecord: exact pass-through, errors, typed access, edits.

#include <gtest/gtest.h>

#include "baokan/json.h"

namespace baokan {
namespace {

JsonRecord MustParse(std::string_view line) {
  auto r = JsonRecord::Parse(line);
  EXPECT_TRUE(r.ok()) << line << ": " << r.status().message();
  return r.ok() ? *r : JsonRecord();
}

TEST(JsonRecordTest, UnknownFieldsPassThroughByteForByte) {
  const std::string nested = R"({"nested": [1, 2.50, {"k": "\u4e2d\ud83d\ude00"}], "e": {}})";
  const std::string line = R"({ "id" : "p#1",  "extra": )" + nested +
                           R"(, "big": 1e400, "long": 123456789012345678901234567890,)" +
                           R"( "neg": -0.0E-7, "esc": "a\"b\\c\/\u00e9\n", "sp": [ 1 , 2 ] ,)" +
                           R"( "t": true, "z": null, "arr": [] } )";
  JsonRecord r = MustParse(line);
  ASSERT_EQ(r.fields().size(), 10u);
  EXPECT_EQ(*r.Raw("extra"), nested);
  EXPECT_EQ(*r.Raw("big"), "1e400");
  EXPECT_EQ(*r.Raw("long"), "123456789012345678901234567890");
  EXPECT_EQ(*r.Raw("neg"), "-0.0E-7");
  EXPECT_EQ(*r.Raw("esc"), R"("a\"b\\c\/\u00e9\n")");
  EXPECT_EQ(*r.Raw("sp"), "[ 1 , 2 ]");
  EXPECT_EQ(r.Serialize(), R"({"id":"p#1","extra":)" + nested +
                               R"(,"big":1e400,"long":123456789012345678901234567890,)" +
                               R"("neg":-0.0E-7,"esc":"a\"b\\c\/\u00e9\n","sp":[ 1 , 2 ],)" +
                               R"("t":true,"z":null,"arr":[]})");
  // Serialize is a fixed point.
  EXPECT_EQ(MustParse(r.Serialize()).Serialize(), r.Serialize());
}

TEST(JsonRecordTest, LineBreaksInsideAValueAreRemoved) {
  JsonRecord r = MustParse("{\"a\": {\n  \"b\": [1,\r\n 2],\n \"s\": \"x y\"\n}}");
  EXPECT_EQ(*r.Raw("a"), R"({"b":[1,2],"s":"x y"})");
  EXPECT_EQ(r.Serialize().find('\n'), std::string::npos);
}

TEST(JsonRecordTest, EscapedKeysAreStoredUnescaped) {
  JsonRecord r = MustParse(R"({"t\u0069tle": "x"})");
  EXPECT_TRUE(r.Has("title"));
  EXPECT_EQ(r.Serialize(), R"({"title":"x"})");
}

void ExpectError(std::string_view line, std::string_view fragment) {
  auto r = JsonRecord::Parse(line);
  ASSERT_FALSE(r.ok()) << "accepted: " << line;
  EXPECT_EQ(r.status().code(), Status::Code::kDataError);
  EXPECT_NE(r.status().message().find(fragment), std::string::npos)
      << line << " -> " << r.status().message();
}

TEST(JsonRecordTest, RejectsWhatIsNotOneCompleteObject) {
  ExpectError("", "empty");
  ExpectError("  \t", "empty");
  ExpectError(R"([1, 2])", "not a JSON object");
  ExpectError(R"("text")", "not a JSON object");
  ExpectError("42", "not a JSON object");
  ExpectError(R"({"title": "cut off)", "truncated");
  ExpectError(R"({"a": 1,)", "truncated");
  ExpectError(R"({"a": {"b": 1})", "not closed");
  ExpectError(R"({"a": [1, {"b": 2})", "not closed");
  ExpectError(R"({"a": 1} x)", "truncated JSON object, or text after it");
  ExpectError(R"({"a": 1}})", "text after the end of the object");
  ExpectError(R"({"a": 1} {"b": 2})", "text after the end of the object");
}

TEST(JsonRecordTest, RejectsSyntaxErrorsAnywhere) {
  for (const char* line : {R"({"a": tru})",     R"({"a": nul})",         R"({"a": nullx})",
                           R"({"a": 01})",      R"({"a": 1.})",          R"({"a": .5})",
                           R"({"a": +1})",      R"({"a": 1e})",          R"({"a": -})",
                           R"({"a": "\x"})",    R"({"a": "\u12"})",      R"({a: 1})",
                           R"({"a" 1})",        R"({"a": 1,})",          R"({"a": [1,,2]})",
                           R"({"a": [1 2]})",   R"({"a": {"b": nul}})",  R"({"a": [01]})",
                           R"({"a": {"b" 1}})", R"({"a": {"b": "\q"}})", R"({"a": 'x'})",
                           R"({"a": NaN})",     R"({"a": 1 2})",         "{\"a\": \"tab\there\"}",
                           "{\"a\": \"\xff\"}", "{\"a\": \"\xe4\xb8\"}"}) {
    auto r = JsonRecord::Parse(line);
    EXPECT_FALSE(r.ok()) << "accepted: " << line;
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), Status::Code::kDataError);
    }
  }
}

TEST(JsonRecordTest, ErrorsSayWhere) {
  ExpectError(R"({"a": 1, "b": tru})", "column");
  ExpectError(R"({"a": 1, "a": 2})", "duplicate key \"a\"");
  ExpectError("  {\"a\": \"x\ty\"}", "column 11: a control character");
  ExpectError("{\"a\": \"中\xff\"}", "column 11: invalid UTF-8");
  ExpectError(R"({"a": [1, 2] "b": 3})", "column 14");
}

TEST(JsonRecordTest, AcceptsSurroundingWhiteSpaceAndEmptyObject) {
  EXPECT_EQ(MustParse(" \t{\"a\":1}\r\n ").Serialize(), R"({"a":1})");
  EXPECT_EQ(MustParse("{}").Serialize(), "{}");
  EXPECT_EQ(MustParse("{ }").fields().size(), 0u);
}

TEST(JsonRecordTest, GetStringDecodesAndChecksType) {
  JsonRecord r = MustParse(
      R"({"s": "a\"\\\/\b\f\n\r\t\u4e2d\ud83d\ude00\u00e9", "n": null, "num": 5, "o": {}})");
  std::optional<std::string> v;
  ASSERT_TRUE(r.GetString("s", &v).ok());
  EXPECT_EQ(v, "a\"\\/\b\f\n\r\t中😀é");
  ASSERT_TRUE(r.GetString("n", &v).ok());
  EXPECT_FALSE(v.has_value());
  ASSERT_TRUE(r.GetString("absent", &v).ok());
  EXPECT_FALSE(v.has_value());
  Status s = r.GetString("num", &v);
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_NE(s.message().find("\"num\""), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("a number"), std::string::npos) << s.message();
  EXPECT_NE(r.GetString("o", &v).message().find("an object"), std::string::npos);
}

TEST(JsonRecordTest, GetNumberReadsAnyMagnitudeItCan) {
  JsonRecord r =
      MustParse(R"({"a": 1.5, "b": -2e3, "tiny": 1e-400, "huge": 1e400, "s": "1", "z": null})");
  std::optional<double> v;
  ASSERT_TRUE(r.GetNumber("a", &v).ok());
  EXPECT_EQ(v, 1.5);
  ASSERT_TRUE(r.GetNumber("b", &v).ok());
  EXPECT_EQ(v, -2000.0);
  ASSERT_TRUE(r.GetNumber("tiny", &v).ok());
  EXPECT_EQ(v, 0.0);
  ASSERT_TRUE(r.GetNumber("z", &v).ok());
  EXPECT_FALSE(v.has_value());
  Status huge = r.GetNumber("huge", &v);
  EXPECT_EQ(huge.code(), Status::Code::kDataError);
  EXPECT_NE(huge.message().find("\"huge\""), std::string::npos);
  Status str = r.GetNumber("s", &v);
  EXPECT_NE(str.message().find("should be a number, found a string"), std::string::npos);
}

TEST(JsonRecordTest, SettersReplaceInPlaceOrAppend) {
  JsonRecord r = MustParse(R"({"a": 1, "keep": {"x": [true]}, "b": "old"})");
  r.SetString("b", "新\n");
  r.SetNumber("a", 0.25);
  r.SetInt("count", -7);
  r.SetBool("flag", false);
  r.SetOptionalString("opt", std::nullopt);
  r.SetOptionalString("empty", std::string());
  r.SetRaw("raw", R"([1,"two"])");
  EXPECT_EQ(r.Serialize(), R"({"a":0.25,"keep":{"x": [true]},"b":"新\n","count":-7,)"
                           R"("flag":false,"opt":null,"empty":"","raw":[1,"two"]})");
  r.Erase("keep");
  r.Erase("not there");
  r.SetNull("a");
  EXPECT_EQ(r.fields().front().first, "a");
  EXPECT_EQ(*r.Raw("a"), "null");
  EXPECT_FALSE(r.Has("keep"));
  EXPECT_TRUE(MustParse(r.Serialize()).Has("raw"));
}

TEST(JsonRecordTest, HugeRecordThenSmallOnes) {
  std::string text(40 << 20, 'x');
  JsonRecord r = MustParse("{\"text\": \"" + text + "\", \"n\": [1]}");
  EXPECT_EQ(r.Raw("text")->size(), text.size() + 2);
  EXPECT_EQ(*r.Raw("n"), "[1]");
  EXPECT_EQ(MustParse(R"({"a": "b"})").Serialize(), R"({"a":"b"})");
  ExpectError(R"({"a": [})", "invalid JSON");
}

TEST(JsonRecordTest, LongValuesParse) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "报刊\\n\\\"";
  JsonRecord r = MustParse("{\"text\": \"" + text + "\"}");
  std::optional<std::string> v;
  ASSERT_TRUE(r.GetString("text", &v).ok());
  EXPECT_EQ(v->size(), 200000u * 8);
}

}  // namespace
}  // namespace baokan
