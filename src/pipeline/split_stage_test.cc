#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "baokan/pipeline.h"
#include "pipeline/test_pages.h"

namespace baokan {
namespace {

using namespace pipeline_testing;

// Three pages of two articles each in `dir`, by path in name order.
std::vector<std::string> ThreePages(const TempDir& dir) {
  std::vector<std::string> paths;
  for (int p = 0; p < 3; ++p) {
    const std::string path = dir / ("p" + std::to_string(p) + ".txt");
    WriteFile(path, Page({{"社区医院开展义诊活动" + std::to_string(p), Body(p)},
                          {"春耕技术送到田间地头" + std::to_string(p), Body(p + 10)}}));
    paths.push_back(path);
  }
  return paths;
}

// Splits `paths` into dir/NAME.jsonl and dir/NAME.noise.jsonl.
Status SplitTo(const std::vector<std::string>& paths, int threads, const TempDir& dir,
               const std::string& name, const PipelineLog& log, SplitTotals* totals) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(dir / (name + ".jsonl"));
  StatusOr<std::unique_ptr<OutputFile>> noise = OutputFile::Create(dir / (name + ".noise.jsonl"));
  if (!out.ok() || !noise.ok()) return Status::IOError("cannot create the outputs");
  BAOKAN_RETURN_IF_ERROR(SplitPageFiles(paths, DecodeOptions(), SplitOptions(), threads,
                                        out->get(), noise->get(), log, totals));
  BAOKAN_RETURN_IF_ERROR((*out)->Commit());
  return (*noise)->Commit();
}

TEST(SplitStageTest, WritesEveryPageInInputOrderWhateverTheThreadCount) {
  TempDir dir;
  const std::vector<std::string> paths = ThreePages(dir);
  SplitTotals one, four;
  ASSERT_TRUE(SplitTo(paths, 1, dir, "one", PipelineLog(), &one).ok());
  ASSERT_TRUE(SplitTo(paths, 4, dir, "four", PipelineLog(), &four).ok());
  EXPECT_EQ(ReadFile(dir / "one.jsonl"), ReadFile(dir / "four.jsonl"));
  const std::vector<std::string> lines = Lines(dir / "one.jsonl");
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(one.articles, 6u);
  EXPECT_EQ(one.pages, 3u);
  EXPECT_NE(lines[0].find("\"id\":\"p0#1\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[5].find("\"id\":\"p2#2\""), std::string::npos) << lines[5];
}

TEST(SplitStageTest, EveryNonBlankLineIsCountedOnceAsArticleOrNoise) {
  TempDir dir;
  SplitTotals t;
  ASSERT_TRUE(SplitTo(ThreePages(dir), 2, dir, "split", PipelineLog(), &t).ok());
  EXPECT_GT(t.page_lines, 0u);
  EXPECT_EQ(t.page_lines, t.article_lines + t.noise_lines);
}

// A one-page PDF (Helvetica, a 24-point headline over 10-point body lines),
// written object by object with its cross-reference table.
std::string TinyPdf(const std::vector<std::string>& body_lines) {
  std::string content = "BT /F1 24 Tf 20 350 Td (Harbour Works Finished Early) Tj ET\n";
  content += "BT /F1 10 Tf 20 320 Td 12 TL\n";
  for (const std::string& l : body_lines) content += "(" + l + ") Tj T*\n";
  content += "ET\n";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", off);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(SplitStageTest, APdfPageIsCountedInWordsEachInAnArticleOrInNoise) {
  // 4 headline words and 4 body lines of 6 words: 28 words on 5 lines.
  TempDir dir;
  const std::string path = dir / "page.pdf";
  WriteFile(path, TinyPdf({"The new quay opened this spring", "after two years of building work",
                           "and the first ships have docked", "there on schedule this very morning"}));
  const SplitPageOutput page = SplitPageFile(path, DecodeOptions(), SplitOptions());
  ASSERT_TRUE(page.ok) << (page.messages.empty() ? "" : page.messages[0]);
  EXPECT_EQ(page.page_lines, 28u);
  EXPECT_EQ(page.article_lines + page.noise_lines, page.page_lines);
  EXPECT_GT(page.article_lines, 0u);
}

TEST(SplitStageTest, AnUnreadablePageIsReportedCountedAndSkipped) {
  TempDir dir;
  std::vector<std::string> paths = ThreePages(dir);
  paths.insert(paths.begin() + 1, dir / "missing.txt");
  WriteFile(dir / "blank.txt", " \n\u3000\n");
  paths.push_back(dir / "blank.txt");
  CapturedLog captured;
  SplitTotals t;
  ASSERT_TRUE(SplitTo(paths, 2, dir, "split", captured.log(), &t).ok());
  EXPECT_EQ(t.failed, 2u);
  EXPECT_EQ(t.pages, 3u);
  EXPECT_EQ(Lines(dir / "split.jsonl").size(), 6u);
  ASSERT_EQ(captured.errors.size(), 2u);
  EXPECT_NE(captured.errors[0].find("missing.txt"), std::string::npos) << captured.errors[0];
  EXPECT_NE(captured.errors[1].find("empty page"), std::string::npos) << captured.errors[1];
}

TEST(SplitStageTest, FillsTheLedgerFromTheTotals) {
  TempDir dir;
  std::vector<std::string> paths = ThreePages(dir);
  paths.push_back(dir / "missing.txt");
  RunLedger ledger;
  ASSERT_TRUE(SplitStage(paths, DecodeOptions(), 2, dir / "split.jsonl", dir / "noise.jsonl",
                         PipelineLog(), &ledger)
                  .ok());
  EXPECT_EQ(ledger.pages_found, 4u);
  EXPECT_EQ(ledger.pages_failed, 1u);
  EXPECT_EQ(ledger.articles_split, Lines(dir / "split.jsonl").size());
  EXPECT_EQ(ledger.noise_blocks, Lines(dir / "noise.jsonl").size());
  EXPECT_EQ(ledger.page_lines, ledger.article_lines + ledger.noise_lines);
}

TEST(SplitStageTest, AnOutputThatCannotBeCreatedIsAnError) {
  TempDir dir;
  RunLedger ledger;
  EXPECT_FALSE(SplitStage(ThreePages(dir), DecodeOptions(), 1, dir / "no/such/dir/split.jsonl",
                          dir / "noise.jsonl", PipelineLog(), &ledger)
                   .ok());
}

}  // namespace
}  // namespace baokan
