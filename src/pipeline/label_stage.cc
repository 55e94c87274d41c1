// The label stage: region and subject on a stream of article records, page
// group by page group (the region tagger needs all articles of a page at once
// for the page's home region), in parallel batches written in input order.

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include "baokan/parallel.h"
#include "baokan/pipeline.h"
#include "pipeline/classifier_text.h"

namespace baokan {
namespace {

// Page groups are labelled in batches of about this many records.
constexpr size_t kBatchRecords = 4096;

// The fields the region tagger reads, in the order their errors are reported.
constexpr const char* kRegionFields[] = {"title", "dateline", "text", "byline"};

// The string fields of one record that the label stage reads, each read once.
class RecordFields {
 public:
  // Reads the region fields (when `tagger`) and then the classifier's; a field
  // of the wrong type is noted in `errors` and read as absent.
  RecordFields(const JsonRecord& record, const LabelStageOptions& options) {
    if (options.tagger != nullptr) {
      for (const char* key : kRegionFields) Read(record, key);
    }
    if (options.classifier != nullptr) {
      for (const std::string& key : options.classifier_fields) Read(record, key);
    }
  }

  // The value of `key`, when read and a non-null string.
  const std::optional<std::string>& Get(const std::string& key) const {
    static const std::optional<std::string> kAbsent;
    auto it = values_.find(key);
    return it == values_.end() ? kAbsent : it->second;
  }
  std::string_view View(const std::string& key) const {
    const std::optional<std::string>& v = Get(key);
    return v ? std::string_view(*v) : std::string_view();
  }
  // The value of `key`, moved out (the field reads as absent afterwards).
  std::optional<std::string> Take(const std::string& key) {
    auto it = values_.find(key);
    return it == values_.end() ? std::nullopt : std::move(it->second);
  }
  // (field, message) of the fields of the wrong type, in the order read.
  const std::vector<std::pair<std::string, std::string>>& errors() const { return errors_; }

 private:
  void Read(const JsonRecord& record, const std::string& key) {
    if (values_.count(key)) return;
    Status s = record.GetString(key, &values_[key]);
    if (!s.ok()) errors_.emplace_back(key, s.message());
  }

  std::map<std::string, std::optional<std::string>> values_;
  std::vector<std::pair<std::string, std::string>> errors_;
};

bool IsClassifierField(const std::string& key, const LabelStageOptions& options) {
  const std::vector<std::string>& f = options.classifier_fields;
  return options.classifier != nullptr && std::find(f.begin(), f.end(), key) != f.end();
}

}  // namespace

LabelledGroup LabelGroup(PageGroup&& group, const LabelStageOptions& options) {
  LabelledGroup out;
  std::vector<RecordFields> fields;
  std::vector<JsonRecord> kept;
  std::vector<bool> text_line;
  for (size_t i = 0; i < group.records.size(); ++i) {
    RecordFields f(group.records[i], options);
    bool drop = false;
    for (const auto& [key, message] : f.errors()) {
      if (options.drop_bad_records && IsClassifierField(key, options)) {
        out.errors.push_back(group.where[i] + ": " + message);
        drop = true;
        break;
      }
      out.errors.push_back(group.where[i] + ": " + message + "; read as absent");
    }
    if (drop) continue;
    out.text_bytes += f.View("title").size() + f.View("dateline").size() + f.View("text").size();
    fields.push_back(std::move(f));
    kept.push_back(std::move(group.records[i]));
    text_line.push_back(i < group.text_line.size() && group.text_line[i]);
  }
  const size_t n = kept.size();
  if (options.tagger != nullptr) {
    std::vector<RegionInput> inputs;
    for (const RecordFields& f : fields) {
      inputs.push_back(
          RegionInput{f.View("title"), f.View("dateline"), f.View("text"), f.View("byline")});
    }
    out.regions = options.tagger->TagPage(inputs);
    for (size_t i = 0; i < n; ++i) {
      kept[i].SetRaw("region", RegionToJson(out.regions[i]));
      out.placed += !out.regions[i].empty();
    }
  }
  if (options.classifier != nullptr) {
    out.subjects.resize(n);
    std::string input;
    std::vector<std::optional<std::string>> values;
    for (size_t i = 0; i < n; ++i) {
      values.clear();
      if (text_line[i]) {  // {"text": LINE}, whatever the classifier fields
        values.emplace_back();
        (void)kept[i].GetString("text", &values.back());
      } else {
        // The values are moved out, as nothing reads them after this (a
        // long text is not copied once more); a field listed twice is
        // copied but for its last time. (Not `again ? Get : Take`: that
        // expression is a const value, which push_back copies.)
        const std::vector<std::string>& keys = options.classifier_fields;
        for (auto key = keys.begin(); key != keys.end(); ++key) {
          if (std::find(key + 1, keys.end(), *key) != keys.end()) {
            values.push_back(fields[i].Get(*key));
          } else {
            values.push_back(fields[i].Take(*key));
          }
        }
      }
      pipeline::JoinClassifierText(&values, &input);
      values.clear();
      options.classifier->Predict(input, options.predict, &out.subjects[i]);
      kept[i].SetRaw("subject", SubjectJson(out.subjects[i], options.classifier->taxonomy()));
    }
  }
  out.records = std::move(kept);
  fields.clear();  // the copies of the fields read, before the lines are made
  if (options.serialize) {
    for (const JsonRecord& r : out.records) {
      std::string line = r.Serialize();
      if (out.lines.empty()) {
        out.lines = std::move(line);  // a long record is not copied once more
      } else {
        out.lines += line;
      }
      out.lines += '\n';
    }
  }
  return out;
}

void LabelRecords(const std::vector<std::string>& inputs, const LabelStageOptions& options,
                  const PipelineLog& log, const std::function<bool(LabelledGroup&&)>& sink) {
  std::vector<PageGroup> batch;
  size_t batched = 0, records = 0;
  std::string last_key;
  bool go_on = true;
  ThreadPool pool(options.threads);  // one for all batches
  auto flush = [&] {
    OrderedParallelMap<LabelledGroup>(
        &pool, batch.size(),
        [&](size_t i) { return LabelGroup(std::move(batch[i]), options); },
        [&](size_t, LabelledGroup&& g) {
          for (const std::string& e : g.errors) log.Error(e);
          if (go_on) go_on = sink(std::move(g));
        });
    batch.clear();
    batched = 0;
    log.Progress(std::to_string(records) + " articles");
  };
  auto add = [&](JsonRecord& record, const std::string& path, size_t line, bool text_line) {
    std::optional<std::string> page;
    if (!record.GetString("page", &page).ok()) page.reset();
    std::string key = path + '\n' + page.value_or("");
    if (batch.empty() || key != last_key || !page) {
      if (batched >= kBatchRecords) flush();
      batch.emplace_back();
      last_key = key;
    }
    batch.back().where.push_back((path == "-" ? "<stdin>" : path) + ":" + std::to_string(line));
    batch.back().records.push_back(std::move(record));
    batch.back().text_line.push_back(text_line);
    ++batched;
    ++records;
    return go_on;
  };
  ForEachParsedRecord(inputs, options.text_lines, &pool, log, add);
  flush();
  log.EndProgress();
}

Status LabelToFile(const std::vector<std::string>& inputs, const LabelStageOptions& options,
                   OutputFile* out, const PipelineLog& log, LabelTotals* totals,
                   const std::function<void(const LabelledGroup&)>& on_group) {
  Status written;
  LabelStageOptions serialized = options;
  serialized.serialize = true;  // on the workers
  LabelRecords(inputs, serialized, log, [&](LabelledGroup&& g) {
    if (on_group) on_group(g);
    totals->records += g.records.size();
    totals->placed += g.placed;
    totals->text_bytes += g.text_bytes;
    written = out->Write(g.lines);
    return written.ok();
  });
  return written;
}

StatusOr<Labellers> LoadLabellers(const std::string& models_dir, const std::string& model) {
  StatusOr<std::unique_ptr<Gazetteer>> gazetteer = Gazetteer::Load(models_dir);
  if (!gazetteer.ok()) return gazetteer.status();
  StatusOr<std::unique_ptr<Classifier>> classifier =
      !model.empty() ? Classifier::Load(model)
                     : Classifier::Lexicon(models_dir + "/subject_lexicon.tsv",
                                           models_dir + "/subjects.tsv");
  if (!classifier.ok()) return classifier.status();
  Labellers out;
  out.gazetteer = std::move(gazetteer).value();
  out.classifier = std::move(classifier).value();
  return out;
}

}  // namespace baokan
