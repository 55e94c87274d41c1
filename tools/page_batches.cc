#include "page_batches.h"

#include <optional>
#include <utility>

#include "baokan/models.h"
#include "baokan/parallel.h"
#include "cli_io.h"

namespace baokan::cli {

LabelledGroup LabelGroup(PageGroup&& group, const RegionTagger* tagger,
                         const Classifier* classifier, const PredictOptions& predict) {
  LabelledGroup out;
  const size_t n = group.records.size();
  std::vector<std::optional<std::string>> title(n), dateline(n), text(n), byline(n);
  std::vector<RegionInput> inputs;
  auto view = [](const std::optional<std::string>& s) {
    return s ? std::string_view(*s) : std::string_view();
  };
  for (size_t i = 0; i < n; ++i) {
    const JsonRecord& r = group.records[i];
    for (auto [key, slot] : {std::pair{"title", &title[i]},
                             {"dateline", &dateline[i]},
                             {"text", &text[i]},
                             {"byline", &byline[i]}}) {
      Status s = r.GetString(key, slot);
      if (!s.ok()) out.errors.push_back(group.where[i] + ": " + s.message() + "; read as absent");
    }
    inputs.push_back(
        RegionInput{view(title[i]), view(dateline[i]), view(text[i]), view(byline[i])});
    out.text_bytes += title[i].value_or("").size() + dateline[i].value_or("").size() +
                      text[i].value_or("").size();
  }
  if (tagger != nullptr) {
    out.regions = tagger->TagPage(inputs);
    for (size_t i = 0; i < n; ++i) {
      group.records[i].SetRaw("region", RegionToJson(out.regions[i]));
      out.placed += !out.regions[i].empty();
    }
  }
  if (classifier != nullptr) {
    out.subjects.resize(n);
    for (size_t i = 0; i < n; ++i) {
      std::string input = title[i].value_or("");
      if (!input.empty()) input += '\n';
      input += text[i].value_or("");
      classifier->Predict(input, predict, &out.subjects[i]);
      group.records[i].SetRaw("subject", SubjectJson(out.subjects[i], classifier->taxonomy()));
    }
  }
  out.records = std::move(group.records);
  return out;
}

void LabelRecords(const std::vector<std::string>& inputs, const RegionTagger* tagger,
                  const Classifier* classifier, const PredictOptions& predict, Env* env,
                  const std::function<bool(LabelledGroup&&)>& sink) {
  constexpr size_t kBatchRecords = 4096;
  std::vector<PageGroup> batch;
  size_t batched = 0, records = 0;
  std::string last_key;
  bool go_on = true;
  auto flush = [&] {
    OrderedParallelMap<LabelledGroup>(
        batch.size(), env->threads(),
        [&](size_t i) { return LabelGroup(std::move(batch[i]), tagger, classifier, predict); },
        [&](size_t, LabelledGroup&& g) {
          for (const std::string& e : g.errors) env->Error(e);
          if (go_on) go_on = sink(std::move(g));
        });
    batch.clear();
    batched = 0;
    env->Progress(env->command() + ": " + std::to_string(records) + " articles");
  };
  ForEachRecord(inputs, env, [&](JsonRecord& record, const std::string& path, size_t line) {
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
    ++batched;
    ++records;
    return go_on;
  });
  flush();
  env->EndProgress();
}

bool LoadLabellers(const po::variables_map& vm, Env* env, Labellers* out) {
  const std::string models =
      vm.count("gazetteer") ? vm["gazetteer"].as<std::string>() : ModelsDir();
  StatusOr<std::unique_ptr<Gazetteer>> gazetteer = Gazetteer::Load(models);
  if (!gazetteer.ok()) {
    const bool missing = gazetteer.status().code() == Status::Code::kNotFound;
    env->Error(gazetteer.status().message() +
               (missing ? "; give the models directory with --gazetteer DIR" : ""));
    return false;
  }
  StatusOr<std::unique_ptr<Classifier>> classifier =
      vm.count("model")
          ? Classifier::Load(vm["model"].as<std::string>())
          : Classifier::Lexicon(models + "/subject_lexicon.tsv", models + "/subjects.tsv");
  if (!classifier.ok()) {
    env->Error(classifier.status());
    return false;
  }
  out->gazetteer = std::move(gazetteer).value();
  out->classifier = std::move(classifier).value();
  return true;
}

}  // namespace baokan::cli
