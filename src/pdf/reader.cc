// ReadPdfPages: the words of every page of a PDF through poppler's C++
// interface (include/baokan/pdf.h).

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "baokan/pdf.h"

namespace baokan {
namespace {

std::vector<PdfWord> PageWords(const poppler::page& page) {
  std::vector<PdfWord> words;
  std::vector<std::string> fonts;  // the font of each word
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf r = box.bbox();
    const poppler::byte_array utf8 = box.text().to_utf8();
    PdfWord w;
    w.x0 = r.x();
    w.y0 = r.y();
    w.x1 = r.x() + r.width();
    w.y1 = r.y() + r.height();
    w.text.assign(utf8.begin(), utf8.end());
    w.size = box.has_font_info() ? box.get_font_size() : r.height();
    w.space_after = box.has_space_after();
    // A word that shows nothing (spaces) would sit on a blank line, which
    // holds no word of the ledger's count.
    if (w.text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    fonts.push_back(box.has_font_info() ? box.get_font_name() : std::string());
    words.push_back(std::move(w));
  }
  JoinVerticalRuns(&fonts, &words);
  CorrectScaledFonts(fonts, &words);
  for (size_t i = 0; i < words.size(); ++i) words[i].font = std::move(fonts[i]);
  return words;
}

}  // namespace

StatusOr<std::vector<PdfPage>> ReadPdfPages(const std::string& path) {
  // poppler reports problems on stderr by default; the errors below say
  // them. The setting is global: made once, whatever the threads.
  static std::once_flag quiet;
  std::call_once(quiet, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  });
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
  if (!doc) return Status::DataError(path + ": cannot be read as a PDF");
  if (doc->is_locked()) return Status::DataError(path + ": the PDF is encrypted");
  const std::string stem = std::filesystem::path(path).stem().string();
  const int n = doc->pages();
  if (n <= 0) return Status::DataError(path + ": the PDF has no pages");
  std::vector<PdfPage> pages;
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) return Status::DataError(path + ": page " + std::to_string(i + 1) + " cannot be read");
    std::vector<PdfWord> words = PageWords(*page);
    if (words.empty()) {
      return Status::DataError(path + ": page " + std::to_string(i + 1) +
                               ": no text layer (a scanned page needs OCR first)");
    }
    PdfPage p;
    p.name = n == 1 ? stem : stem + "-" + std::to_string(i + 1);
    p.words = words.size();
    PdfPageText laid = LayOutPdfPage(words);
    p.text = std::move(laid.text);
    p.headline_lines = std::move(laid.headline_lines);
    p.title_lines = std::move(laid.title_lines);
    p.line_words = std::move(laid.line_words);
    pages.push_back(std::move(p));
  }
  return pages;
}

}  // namespace baokan
