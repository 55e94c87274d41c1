// Jumps between pages: FindJumpJoins and JoinJumpRecords
// (include/baokan/split.h, docs/split.md "Jumps").

#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "baokan/io.h"
#include "baokan/split.h"
#include "segment/page_facts.h"
#include "segment/similarity.h"

namespace baokan {
namespace {

// Days since 1970-01-01 of an ISO date (proleptic Gregorian), or nullopt.
std::optional<long> DayNumber(const std::optional<std::string>& iso) {
  int y = 0, m = 0, d = 0;
  if (!iso || std::sscanf(iso->c_str(), "%d-%d-%d", &y, &m, &d) != 3) return std::nullopt;
  // Howard Hinnant's days_from_civil.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// Whether `next` may be dated as the continuation of `first`: the same day,
// or a page day up to kMaxDispatchLagDays after a dispatch's day. Undated
// parts pass.
bool DatesFit(const JumpEnd& first, const JumpEnd& next) {
  const std::optional<long> a = DayNumber(first.date), b = DayNumber(next.date);
  if (!a || !b) return true;
  return *b >= *a && *b - *a <= kMaxDispatchLagDays;
}

std::optional<int> RefNumber(const std::optional<std::string>& ref) {
  if (!ref) return std::nullopt;
  return segment::FindEdition(*ref);
}

}  // namespace

std::vector<JumpJoin> FindJumpJoins(const std::vector<JumpEnd>& ends) {
  std::vector<JumpJoin> joins;
  std::vector<bool> taken(ends.size(), false);
  for (size_t i = 0; i < ends.size(); ++i) {
    const JumpEnd& first = ends[i];
    const std::optional<int> to = RefNumber(first.continued_to);
    if (!to) continue;
    const segment::Bigrams title(first.title);
    double best = -1;
    size_t best_j = 0;
    for (size_t j = 0; j < ends.size(); ++j) {
      const JumpEnd& next = ends[j];
      if (j == i || taken[j] || next.group != first.group || next.edition != to) continue;
      const std::optional<int> from = RefNumber(next.continued_from);
      if (!from || !first.edition || *from != *first.edition || !DatesFit(first, next)) continue;
      const double score =
          next.title.empty() ? 0.0 : segment::Containment(segment::Bigrams(next.title), title);
      if (score > best) {
        best = score;
        best_j = j;
      }
    }
    if (best < 0) continue;
    taken[best_j] = true;
    joins.push_back({i, best_j});
  }
  return joins;
}

StatusOr<JsonRecord> JoinJumpRecords(const JsonRecord& first, const JsonRecord& next) {
  JsonRecord out = first;
  std::optional<std::string> a, b, to;
  BAOKAN_RETURN_IF_ERROR(first.GetString("text", &a));
  BAOKAN_RETURN_IF_ERROR(next.GetString("text", &b));
  BAOKAN_RETURN_IF_ERROR(next.GetString("continued_to", &to));
  std::string text = a.value_or("");
  if (b && !b->empty()) {
    if (!text.empty()) text.push_back('\n');
    text += *b;
  }
  out.SetString("text", text);
  // parts: the two arrays' elements in order.
  const std::string* pa = first.Raw("parts");
  const std::string* pb = next.Raw("parts");
  // The elements of a `parts` array as raw JSON (none for null or missing).
  auto inner = [](const std::string* raw) -> std::string {
    if (raw == nullptr || raw->size() < 2 || raw->front() != '[' || raw->back() != ']') return "";
    return raw->substr(1, raw->size() - 2);
  };
  std::string parts = inner(pa);
  const std::string more = inner(pb);
  if (!more.empty()) parts += (parts.empty() ? "" : ",") + more;
  out.SetRaw("parts", "[" + parts + "]");
  out.SetOptionalString("continued_to", to);
  return out;
}

namespace {

// A record with a jump marker: where it is in the file, and what
// FindJumpJoins needs of it.
struct JumpRecord {
  size_t line = 0;
  JsonRecord record;
};

Status AtLine(const std::string& path, size_t line, const Status& s) {
  return Status::DataError(path + ":" + std::to_string(line) + ": " + s.message());
}

// The jump facts of `r`.
Status ReadEnd(const JsonRecord& r, const std::function<std::string(const std::string&)>& group_of,
               JumpEnd* end) {
  std::optional<std::string> page, title;
  std::optional<double> edition;
  BAOKAN_RETURN_IF_ERROR(r.GetString("page", &page));
  BAOKAN_RETURN_IF_ERROR(r.GetString("title", &title));
  BAOKAN_RETURN_IF_ERROR(r.GetString("date", &end->date));
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("edition", &edition));
  BAOKAN_RETURN_IF_ERROR(r.GetString("continued_from", &end->continued_from));
  BAOKAN_RETURN_IF_ERROR(r.GetString("continued_to", &end->continued_to));
  end->group = group_of(page.value_or(""));
  end->title = title.value_or("");
  if (edition) end->edition = static_cast<int>(*edition);
  return Status::OK();
}

}  // namespace

Status StitchJumpsInFile(const std::string& in_path, const std::string& out_path,
                         const std::function<std::string(const std::string& page)>& group_of,
                         size_t* joined) {
  *joined = 0;
  // Pass 1: the records that carry a jump marker.
  std::vector<JumpRecord> marked;
  std::vector<JumpEnd> ends;
  {
    StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(in_path);
    BAOKAN_RETURN_IF_ERROR(reader.status());
    std::string_view line;
    while ((*reader)->Next(&line)) {
      // Cheap test before parsing: only records with a marker matter.
      const bool from = line.find("\"continued_from\":null") == std::string_view::npos;
      const bool to = line.find("\"continued_to\":null") == std::string_view::npos;
      if (!from && !to) continue;
      StatusOr<JsonRecord> r = JsonRecord::Parse(line);
      if (!r.ok()) return AtLine(in_path, (*reader)->line_number(), r.status());
      JumpEnd end;
      const Status s = ReadEnd(*r, group_of, &end);
      if (!s.ok()) return AtLine(in_path, (*reader)->line_number(), s);
      if (!end.continued_from && !end.continued_to) continue;
      marked.push_back({(*reader)->line_number(), std::move(*r)});
      ends.push_back(std::move(end));
    }
    BAOKAN_RETURN_IF_ERROR((*reader)->status());
  }
  // Chains (1 -> 2 -> 3) join in order: each first takes its next, and a
  // next that is itself a first brings its own continuation along.
  const std::vector<JumpJoin> joins = FindJumpJoins(ends);
  std::map<size_t, size_t> next_of;  // index in `marked` -> its continuation
  std::vector<bool> is_next(marked.size(), false);
  for (const JumpJoin& j : joins) {
    next_of[j.first] = j.next;
    is_next[j.next] = true;
  }
  std::map<size_t, std::string> replace;  // file line -> serialized record, "" to drop
  for (size_t i = 0; i < marked.size(); ++i) {
    if (is_next[i] || !next_of.count(i)) continue;
    JsonRecord whole = marked[i].record;
    for (size_t k = i; next_of.count(k); k = next_of[k]) {
      const size_t n = next_of[k];
      StatusOr<JsonRecord> r = JoinJumpRecords(whole, marked[n].record);
      if (!r.ok()) return AtLine(in_path, marked[n].line, r.status());
      whole = std::move(*r);
      replace[marked[n].line] = "";  // dropped: it is inside `whole` now
      ++*joined;
    }
    replace[marked[i].line] = whole.Serialize();
  }
  // (Parts that continue each other in a ring have no start: none is joined,
  // none dropped.)
  // Pass 2: copy, with the joined records in place of their first parts.
  StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(in_path);
  BAOKAN_RETURN_IF_ERROR(reader.status());
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(out_path);
  BAOKAN_RETURN_IF_ERROR(out.status());
  std::string_view line;
  std::string buffer;
  constexpr size_t kFlushBytes = 1 << 20;
  while ((*reader)->Next(&line)) {
    auto it = replace.find((*reader)->line_number());
    if (it == replace.end()) {
      buffer.append(line);
    } else if (it->second.empty()) {
      continue;
    } else {
      buffer.append(it->second);
    }
    buffer.push_back('\n');
    if (buffer.size() >= kFlushBytes) {
      BAOKAN_RETURN_IF_ERROR((*out)->Write(buffer));
      buffer.clear();
    }
  }
  BAOKAN_RETURN_IF_ERROR((*reader)->status());
  BAOKAN_RETURN_IF_ERROR((*out)->Write(buffer));
  return (*out)->Commit();
}

}  // namespace baokan
