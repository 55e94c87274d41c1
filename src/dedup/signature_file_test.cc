#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "baokan/dedup.h"
#include "support/test_util.h"

namespace baokan {
namespace {

class SignatureFileTest : public ::testing::Test {
 protected:
  std::string WriteFile(const SignatureOptions& o, const std::vector<std::string>& texts) {
    const std::string path = dir_ + "/shard.sig";
    auto w = SignatureFileWriter::Create(path, o);
    EXPECT_TRUE(w.ok()) << w.status().message();
    for (size_t i = 0; i < texts.size(); ++i) {
      SignatureRecord r;
      r.id_hash = SignatureIdHash("p#" + std::to_string(i + 1));
      r.text_hash = SignatureTextHash(texts[i]);
      r.signature = ComputeSignature(texts[i], o);
      EXPECT_TRUE((*w)->Add(r).ok());
    }
    EXPECT_TRUE((*w)->Commit().ok());
    return path;
  }

  testing_util::TempDir tmp_;  // under $TMPDIR, removed with the fixture
  const std::string dir_ = tmp_.path();
};

TEST_F(SignatureFileTest, RoundTrip) {
  SignatureOptions o;
  o.num_perm = 64;
  const std::vector<std::string> texts = {"马鞍山市全科社工", "农户点点数字屏种杨梅", ""};
  const std::string path = WriteFile(o, texts);
  EXPECT_TRUE(IsSignatureFile(path));
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  EXPECT_EQ(static_cast<size_t>(f.tellg()), 64u + 3u * (24u + 8u * 64u));

  auto r = SignatureFileReader::Open(path, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ((*r)->record_count(), 3u);
  SignatureRecord rec;
  for (size_t i = 0; i < texts.size(); ++i) {
    ASSERT_TRUE((*r)->Next(&rec));
    EXPECT_EQ(rec.id_hash, SignatureIdHash("p#" + std::to_string(i + 1)));
    EXPECT_EQ(rec.text_hash, SignatureTextHash(texts[i]));
    const Signature expected = ComputeSignature(texts[i], o);
    EXPECT_EQ(rec.signature.values, expected.values);
    EXPECT_EQ(rec.signature.shingle_count, expected.shingle_count);
  }
  EXPECT_FALSE((*r)->Next(&rec));
  EXPECT_TRUE((*r)->status().ok());
}

TEST_F(SignatureFileTest, HeaderIsLittleEndian) {
  SignatureOptions o;
  o.shingle_size = 4;
  o.num_perm = 32;
  o.seed = 0x0102030405060708ULL;
  const std::string path = WriteFile(o, {"一二三四五"});
  std::ifstream f(path, std::ios::binary);
  std::string h(64, '\0');
  f.read(h.data(), 64);
  EXPECT_EQ(h.substr(0, 5), "BKSIG");
  EXPECT_EQ(h[8], 1);    // version
  EXPECT_EQ(h[12], 4);   // k
  EXPECT_EQ(h[16], 32);  // K
  EXPECT_EQ(h[24], 8);   // seed, lowest byte first
  EXPECT_EQ(h[31], 1);
  EXPECT_EQ(h[32], 2);   // scheme: traditional characters folded
}

TEST_F(SignatureFileTest, ReadAtReadsAnyRecord) {
  SignatureOptions o;
  const std::string path = WriteFile(o, {"一二三四五六", "七八九十", "甲乙丙丁戊己"});
  auto r = SignatureFileReader::Open(path, o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  SignatureRecord first, third, next;
  ASSERT_TRUE((*r)->ReadAt(2, &third).ok());
  ASSERT_TRUE((*r)->ReadAt(0, &first).ok());
  ASSERT_TRUE((*r)->Next(&next));
  EXPECT_EQ(next.signature.values, first.signature.values);  // Next() is not moved
  EXPECT_EQ(third.signature.values, ComputeSignature("甲乙丙丁戊己", o).values);
  EXPECT_FALSE((*r)->ReadAt(3, &next).ok());
}

TEST_F(SignatureFileTest, SchemeOneFilesAreRefused) {
  SignatureOptions o;
  const std::string path = WriteFile(o, {"一二三四五"});
  {
    std::fstream f(path, std::ios::binary | std::ios::in | std::ios::out);
    f.seekp(32);
    f.put(1);  // a file from before the traditional folding
  }
  auto r = SignatureFileReader::Open(path, o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("scheme 1"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("run fingerprint again"), std::string::npos);
}

TEST_F(SignatureFileTest, OtherSettingsAreAClearError) {
  SignatureOptions made;
  made.shingle_size = 4;
  made.num_perm = 64;
  const std::string path = WriteFile(made, {"一二三四五六"});
  SignatureOptions wanted;  // k=5, K=128
  auto r = SignatureFileReader::Open(path, wanted);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(path), std::string::npos);
  EXPECT_NE(r.status().message().find("k=4, K=64"), std::string::npos);
  EXPECT_NE(r.status().message().find("k=5, K=128"), std::string::npos);
}

TEST_F(SignatureFileTest, TruncatedAndForeignFiles) {
  SignatureOptions o;
  const std::string path = WriteFile(o, {"一二三四五六", "七八九十"});
  ASSERT_EQ(truncate(path.c_str(), 64 + 1048 + 100), 0);
  auto r = SignatureFileReader::Open(path, o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cut short"), std::string::npos);

  const std::string other = dir_ + "/articles.jsonl";
  std::ofstream(other) << "{\"id\": \"a#1\", \"text\": \"x\"}\n";
  EXPECT_FALSE(IsSignatureFile(other));
  EXPECT_FALSE(SignatureFileReader::Open(other, o).ok());
  EXPECT_FALSE(SignatureFileWriter::Create(dir_ + "/x.sig.gz", o).ok());
}

}  // namespace
}  // namespace baokan
