// The subject taxonomy (models/subjects.tsv) and the `subject` field.

#include <memory>

#include "baokan/classify.h"
#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/models.h"
#include "base/strings.h"
#include "classify/internal.h"

namespace baokan {

using classify::ForEachTsvRow;

StatusOr<Taxonomy> Taxonomy::Load(const std::string& path) {
  std::vector<SubjectInfo> subjects;
  Status s = ForEachTsvRow(path, [&](const std::vector<std::string_view>& cols, size_t line) {
    if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) {
      return Status::DataError(path + ":" + std::to_string(line) +
                               ": expected id<TAB>name<TAB>iptc");
    }
    for (const SubjectInfo& other : subjects) {
      if (other.id == cols[0] || other.name == cols[1]) {
        return Status::DataError(path + ":" + std::to_string(line) + ": subject '" +
                                 std::string(cols[0]) + "' listed twice");
      }
    }
    subjects.push_back({std::string(cols[0]), std::string(cols[1]),
                        cols.size() > 2 ? std::string(cols[2]) : std::string()});
    return Status::OK();
  });
  if (!s.ok()) return s;
  if (subjects.empty()) return Status::DataError(path + ": no subjects");
  return Taxonomy(std::move(subjects));
}

StatusOr<Taxonomy> Taxonomy::Default() { return Load(ModelsDir() + "/subjects.tsv"); }

const SubjectInfo* Taxonomy::Find(std::string_view label) const {
  for (const SubjectInfo& s : subjects_) {
    if (s.id == label || s.name == label) return &s;
  }
  return nullptr;
}

std::string Taxonomy::Canonical(std::string_view label) const {
  const SubjectInfo* s = Find(label);
  return s != nullptr ? s->id : std::string(label);
}

std::string SubjectJson(const std::vector<LabelProb>& labels, const Taxonomy& taxonomy) {
  if (labels.empty()) return "null";
  auto rounded = [](double p) { return JsonNumber(static_cast<double>(
                                    static_cast<int64_t>(p * 10000 + 0.5)) / 10000); };
  const SubjectInfo* top = taxonomy.Find(labels[0].label);
  std::string out = "{\"label\":" + JsonQuote(labels[0].label) +
                    ",\"name\":" + (top != nullptr ? JsonQuote(top->name) : "null") +
                    ",\"prob\":" + rounded(labels[0].prob) + ",\"labels\":[";
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) out += ',';
    out += "{\"label\":" + JsonQuote(labels[i].label) + ",\"prob\":" + rounded(labels[i].prob) +
           "}";
  }
  out += "]}";
  return out;
}

Status classify::ForEachTsvRow(const std::string& path,
                     const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn) {
  StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(path);
  if (!reader.ok()) return reader.status();
  std::string_view line;
  while ((*reader)->Next(&line)) {
    if (line.empty() || line[0] == '#') continue;
    BAOKAN_RETURN_IF_ERROR(fn(SplitTsvLine(line), (*reader)->line_number()));
  }
  return (*reader)->status();
}

}  // namespace baokan
