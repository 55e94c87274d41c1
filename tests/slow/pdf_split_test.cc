// `baokan split` on PDF pages the test lays out in HTML and prints with
// Debian's Chromium (TrueType CJK font: fonts-wqy-zenhei).

#include <sys/stat.h>

#include <string>

#include "chromium.h"
#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

// Two articles on a page of three columns: the first under a headline over
// two of them, the second under its own headline in the third; a folio line
// and a photo caption in small type.
const char* const kPage = R"(<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 260mm 360mm; margin: 10mm; }
body { font-family: "WenQuanYi Zen Hei"; font-size: 10pt; line-height: 1.35; margin: 0; }
.folio { font-size: 8pt; }
.page { display: flex; gap: 6mm; }
.a { width: 150mm; } .b { width: 75mm; }
h1 { font-size: 24pt; margin: 3mm 0; font-weight: bold; }
h2 { font-size: 18pt; margin: 3mm 0; font-weight: bold; }
.cols { column-count: 2; column-gap: 6mm; }
p { margin: 0; text-indent: 2em; }
.cap { font-size: 8pt; }
</style></head><body>
<div class="folio">2024年3月12日 星期二 第5版 要闻 责任编辑：甲乙</div>
<div class="page">
<div class="a"><h1>老旧小区改造惠及三万户居民</h1>
<div>本报记者 丙丁</div>
<div class="cols">
<p>某市今年以来持续推进老旧小区改造工作，累计完成改造项目一百余个，惠及居民三万余户，改造后的小区环境整洁，设施完善，居民们纷纷表示，生活变得更加便利了。</p>
<p>改造过程中，某市坚持问需于民，每个项目开工前都召开居民议事会，听取意见建议，让改造更贴近群众需求，也让居民从旁观者变成参与者。</p>
<p>下一步，某市将继续加大投入力度，完善长效管理机制，推动老旧小区从“一时美”向“长久美”转变，让更多居民共享发展成果。</p>
</div></div>
<div class="b"><h2>春耕技术送到田间</h2>
<p>本报讯（记者 戊己）近日，某县农业农村局组织技术人员深入田间地头，指导农户开展春季田间管理，现场讲解小麦病虫害防治要点。</p>
<p>技术人员还发放技术资料五百余份，帮助农户解决生产中遇到的实际问题，受到群众欢迎。</p>
<div class="cap">图为技术人员在田间指导农户。 庚辛摄</div>
</div></div></body></html>)";

class PdfSplit : public ::testing::Test {
 protected:
  void SetUp() override {
    struct stat st;
    ASSERT_EQ(stat(kChromium, &st), 0) << "Chromium is missing: run scripts/install-deps.sh";
    dir_ = MakeTempDir();
  }
  // Prints `html` to dir/NAME.pdf; returns its path.
  std::string Print(const std::string& name, const std::string& html) {
    WriteFile(dir_ + "/" + name + ".html", html);
    const std::string pdf = dir_ + "/" + name + ".pdf";
    int status = 0;
    Shell(Chromium(dir_ + "/profile-" + name, "--no-pdf-header-footer --print-to-pdf=" + pdf +
                                                  " file://" + dir_ + "/" + name + ".html"),
          &status);
    EXPECT_EQ(status, 0);
    return pdf;
  }
  std::string dir_;
};

TEST_F(PdfSplit, ArticlesTitlesBylinesAndPageFactsFromTheLayout) {
  const std::string pdf = Print("page", kPage);
  CommandResult r = RunBaokan({"split", pdf});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("page":"page")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("title":"老旧小区改造惠及三万户居民")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("byline":"本报记者 丙丁")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("title":"春耕技术送到田间")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("byline":"记者 戊己")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("edition":5)"), std::string::npos) << r.out;
  // The first article reads on from its first column into its second.
  EXPECT_NE(r.out.find("生活变得更加便利了。\\n改造过程中"), std::string::npos) << r.out;
  // The caption is no part of an article's text.
  EXPECT_EQ(r.out.find("图为技术人员"), std::string::npos) << r.out;
  // Same bytes whatever the threads, with the PDF beside a copy of itself.
  WriteFile(dir_ + "/copy.pdf", ReadFile(pdf));
  CommandResult one = RunBaokan({"split", "--threads", "1", pdf, dir_ + "/copy.pdf"});
  CommandResult two = RunBaokan({"split", "--threads", "2", pdf, dir_ + "/copy.pdf"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
}

TEST_F(PdfSplit, PagesOfAnIssueAreNamedByNumberAndAScanIsAnError) {
  // Two pages: the second starts after a page break.
  std::string two(kPage);
  two.replace(two.find("</body>"), 7, "<div style=\"break-before: page\"></div>" +
                                          std::string(kPage).substr(std::string(kPage).find("<div class=\"folio\">")));
  CommandResult r = RunBaokan({"split", Print("issue", two)});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("page":"issue-1")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("page":"issue-2")"), std::string::npos) << r.out;
  // A page with no text layer: a clear error naming the file and the page.
  const std::string scan = Print("scan", "<html><body><div style=\"width:100mm;height:100mm;"
                                         "background:#888\"></div></body></html>");
  CommandResult bad = RunBaokan({"split", scan});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find(scan + ": page 1: no text layer"), std::string::npos) << bad.err;
}

// A headline set top to bottom (writing-mode: vertical-rl) at the right of
// its body, beside an article under an ordinary headline. Noto Sans CJK
// (fonts-noto-cjk): Chromium places its glyphs an em apart down the column
// (WenQuanYi Zen Hei's vertical glyphs all land on one spot).
const char* const kVerticalPage = R"(<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 240mm 160mm; margin: 10mm; }
body { font-family: "Noto Sans CJK SC"; font-size: 10pt; line-height: 1.4; margin: 0;
       display: flex; gap: 8mm; }
.left { width: 80mm; } .body { width: 90mm; column-count: 2; column-gap: 5mm; }
h2 { font-size: 18pt; margin: 0 0 3mm 0; }
.v { writing-mode: vertical-rl; font-size: 24pt; height: 120mm; margin: 0; }
p { margin: 0; text-indent: 2em; }
</style></head><body>
<div class="left"><h2>春耕技术送到田间</h2>
<p>本报讯（记者 戊己）近日，某县农业农村局组织技术人员深入田间地头，指导农户开展春季田间管理，现场讲解小麦病虫害防治要点，发放技术资料五百余份。</p></div>
<div class="body">
<p>某市今年以来持续推进老旧小区改造工作，累计完成改造项目一百余个，惠及居民三万余户，改造后的小区环境整洁，设施完善，居民们纷纷表示，生活变得更加便利了。</p>
<p>改造过程中，某市坚持问需于民，每个项目开工前都召开居民议事会，听取意见建议，让改造更贴近群众需求，也让居民从旁观者变成参与者。</p></div>
<h1 class="v">老旧小区改造惠及三万户</h1>
</body></html>)";

TEST_F(PdfSplit, AHeadlineSetTopToBottomIsReadDownwardsOverItsBody) {
  CommandResult r = RunBaokan({"split", Print("vertical", kVerticalPage)});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("title":"老旧小区改造惠及三万户")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("title":"春耕技术送到田间")"), std::string::npos) << r.out;
  // The body beside the vertical headline is its article's, not the other's.
  const size_t vertical = r.out.find("老旧小区改造惠及三万户");
  const size_t body = r.out.find("某市今年以来持续推进");
  const size_t other = r.out.find("春耕技术送到田间");
  ASSERT_NE(body, std::string::npos) << r.out;
  EXPECT_EQ(r.out.rfind('\n', body), r.out.rfind('\n', vertical)) << r.out;  // one record
  EXPECT_NE(r.out.rfind('\n', body), r.out.rfind('\n', other)) << r.out;
}

}  // namespace
}  // namespace baokan::testing
