#include <string>
#include <vector>

#include "baokan/normalize.h"
#include "baokan/report.h"

namespace baokan {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The length of the sentence end at text[i..], or 0 when there is none. An
// ASCII '.' ends a sentence only after a character that is not a Latin
// letter or digit (so 3.5 and www.example.org stay whole).
size_t SentenceEndLength(std::string_view text, size_t i) {
  if (text[i] == '\n' || text[i] == '!' || text[i] == '?') return 1;
  if (text[i] == '.' && i > 0 && !IsAsciiAlnum(text[i - 1])) return 1;
  for (std::string_view end : {"。", "！", "？"}) {
    if (text.substr(i, end.size()) == end) return end.size();
  }
  return 0;
}

// Cuts text after each sentence end; closing quotes and brackets that follow
// an end stay with its sentence. Empty pieces are dropped.
std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (size_t i = 0; i < text.size();) {
    size_t end = SentenceEndLength(text, i);
    if (end == 0) {
      current += text[i++];
      continue;
    }
    current.append(text.substr(i, end));
    i += end;
    for (std::string_view closer : {"”", "’", "」", "』", "）", ")"}) {
      while (text.substr(i, closer.size()) == closer) {
        current.append(closer);
        i += closer.size();
      }
    }
    if (current.find_first_not_of(" \n") != std::string::npos) out.push_back(current);
    current.clear();
  }
  if (current.find_first_not_of(" \n") != std::string::npos) out.push_back(current);
  for (std::string& s : out) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    while (!s.empty() && (s.front() == '\n' || s.front() == ' ')) s.erase(0, 1);
  }
  return out;
}

}  // namespace

std::vector<DiffPiece> DiffSentences(std::string_view original, std::string_view reprint) {
  std::vector<std::string> a = Sentences(original);
  std::vector<std::string> b = Sentences(reprint);
  std::vector<std::string> ka, kb;
  for (const std::string& s : a) ka.push_back(MatchForm(s));
  for (const std::string& s : b) kb.push_back(MatchForm(s));
  // lcs[i][j]: length of the longest common subsequence of ka[i..] and kb[j..].
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = ka[i] == kb[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<DiffPiece> pieces;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && ka[i] == kb[j]) {
      pieces.push_back({DiffPiece::Kind::kSame, a[i]});
      ++i;
      ++j;
    } else if (j == b.size() || (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
      pieces.push_back({DiffPiece::Kind::kOnlyOriginal, a[i++]});
    } else {
      pieces.push_back({DiffPiece::Kind::kOnlyReprint, b[j++]});
    }
  }
  return pieces;
}

}  // namespace baokan
