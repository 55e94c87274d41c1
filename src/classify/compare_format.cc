// Several models side by side, as text and JSON (include/baokan/classify.h:
// ComparisonText, ComparisonJson).

#include <algorithm>
#include <cstdio>
#include <set>

#include "baokan/json.h"
#include "classify/internal.h"

namespace baokan {
namespace {

std::string Format(const char* format, double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, x);
  return buf;
}

std::string Tag(size_t i) { return "[" + std::to_string(i + 1) + "]"; }

// Pads `s` to `width` display columns (CJK characters take two).
std::string PadDisplay(const std::string& s, int width) {
  int w = 0;
  for (unsigned char c : s) {
    if (c < 0x80) ++w;
    else if (c >= 0xE0) w += 2;
  }
  return s + std::string(static_cast<size_t>(std::max(1, width - w)), ' ');
}

std::string McNemarText(const McNemarResult& m) {
  std::string out = "only-first " + std::to_string(m.only_a) + ", only-this " +
                    std::to_string(m.only_b) + ", ";
  out += m.exact ? std::string("exact binomial")
                 : "chi2 (continuity-corrected) " + Format("%.2f", m.statistic);
  return out + ", p " + Format("%.3g", m.p_value);
}

const LabelScores* Find(const EvalResult& r, const std::string& label) {
  for (const LabelScores& s : r.per_label) {
    if (s.label == label) return &s;
  }
  return nullptr;
}

}  // namespace

std::string ComparisonText(const ModelComparison& c, const Taxonomy& taxonomy) {
  std::string out = PadDisplay("model", 18);
  for (size_t i = 0; i < c.results.size(); ++i) {
    out += std::string(10 - std::min<size_t>(9, Tag(i).size()), ' ') + Tag(i);
  }
  out += "\n";
  auto row = [&](const char* what, auto get) {
    out += PadDisplay(what, 18);
    for (const EvalResult& r : c.results) out += Format("%10.4f", get(r));
    out += "\n";
  };
  row("accuracy", [](const EvalResult& r) { return r.accuracy; });
  row("macro F1", [](const EvalResult& r) { return r.macro.f1; });
  row("micro F1", [](const EvalResult& r) { return r.micro.f1; });
  row("calibration ECE", [](const EvalResult& r) { return r.calibration.ece; });
  out += PadDisplay("examples", 18);
  for (const EvalResult& r : c.results) out += Format("%10.0f", static_cast<double>(r.n));
  out += "\n";

  if (!c.paired.empty()) {
    out += "\ndifference to [1] (this - first), " +
           Format("%.0f", c.bootstrap.level * 100) + " % paired bootstrap interval:\n";
    for (size_t i = 0; i < c.paired.size(); ++i) {
      const PairedComparison& p = c.paired[i];
      out += Tag(i + 1) + " accuracy " + Format("%+.4f", p.accuracy_diff) + " [" +
             Format("%+.4f", p.accuracy_ci.low) + ", " + Format("%+.4f", p.accuracy_ci.high) +
             "]  macro F1 " + Format("%+.4f", p.macro_f1_diff) + " [" +
             Format("%+.4f", p.macro_f1_ci.low) + ", " + Format("%+.4f", p.macro_f1_ci.high) +
             "]\n    McNemar: " + McNemarText(p.mcnemar) + "\n";
    }
    out += "(bootstrap: " + std::to_string(c.bootstrap.resamples) + " resamples of the " +
           "examples, seed " + std::to_string(c.bootstrap.seed) +
           ", percentile interval; McNemar: exact binomial below " +
           std::to_string(kMcNemarExactBelow) +
           " discordant examples, else chi-square with continuity correction)\n";
  }

  std::set<std::string> labels;
  for (const EvalResult& r : c.results) {
    for (const LabelScores& s : r.per_label) labels.insert(s.label);
  }
  out += "\n" + PadDisplay("label", 22);
  for (size_t i = 0; i < c.results.size(); ++i) {
    char head[64];
    std::snprintf(head, sizeof head, "%8s %6s %6s ", (Tag(i) + " P").c_str(), "R", "F1");
    out += head;
  }
  out += " support\n";
  for (const std::string& label : labels) {
    const SubjectInfo* info = taxonomy.Find(label);
    out += PadDisplay(label + (info ? " " + info->name : ""), 22);
    int64_t support = 0;
    for (const EvalResult& r : c.results) {
      const LabelScores* s = Find(r, label);
      PrfScores prf = s ? s->scores : PrfScores();
      if (s) support = s->support;
      char cells[64];
      std::snprintf(cells, sizeof cells, "%8.3f %6.3f %6.3f ", prf.precision, prf.recall, prf.f1);
      out += cells;
    }
    out += Format("%8.0f", static_cast<double>(support)) + "\n";
  }
  out += "\n";
  for (size_t i = 0; i < c.names.size(); ++i) out += Tag(i) + " " + c.names[i] + "\n";
  return out;
}

std::string ComparisonJson(const ModelComparison& c, const Taxonomy& taxonomy) {
  std::string json = "{\"models\":[";
  for (size_t i = 0; i < c.results.size(); ++i) {
    json += (i ? ",{\"model\":" : "{\"model\":") + JsonQuote(c.names[i]) +
            ",\"metrics\":" + EvalToJson(c.results[i], taxonomy);
    if (i > 0 && i - 1 < c.paired.size()) {
      json += ",\"vs_first\":" + ComparisonToJson(c.paired[i - 1], c.bootstrap);
    }
    json += "}";
  }
  return json + "]}";
}

std::string CrossValidationText(const std::string& name, const CrossValidationResult& r) {
  auto spread = [](const MeanSpread& s) {
    return Format("%.4f", s.mean) + " ± " + Format("%.4f", s.sd) + " (" + Format("%.4f", s.min) +
           " – " + Format("%.4f", s.max) + ")";
  };
  std::string out = name + ": " + std::to_string(r.per_fold.size()) +
                    "-fold cross-validation, " + std::to_string(r.pooled_result.n) +
                    " examples\n";
  out += "accuracy  " + spread(r.accuracy) + "   pooled " +
         Format("%.4f", r.pooled_result.accuracy) + "\n";
  out += "macro F1  " + spread(r.macro_f1) + "   pooled " +
         Format("%.4f", r.pooled_result.macro.f1) + "\n";
  out += "ECE (pooled) " + Format("%.4f", r.pooled_result.calibration.ece) + "\n";
  for (size_t f = 0; f < r.per_fold.size(); ++f) {
    out += "  fold " + std::to_string(f + 1) + "  n " + std::to_string(r.per_fold[f].n) +
           "  accuracy " + Format("%.4f", r.per_fold[f].accuracy) + "  macro F1 " +
           Format("%.4f", r.per_fold[f].macro.f1) + "\n";
  }
  return out;
}

std::string CrossValidationJson(const std::string& name, const CrossValidationResult& r,
                                const Taxonomy& taxonomy) {
  auto spread = [](const MeanSpread& s) {
    return "{\"mean\":" + JsonNumber(s.mean) + ",\"sd\":" + JsonNumber(s.sd) +
           ",\"min\":" + JsonNumber(s.min) + ",\"max\":" + JsonNumber(s.max) + "}";
  };
  std::string out = "{\"recipe\":" + JsonQuote(name) + ",\"accuracy\":" + spread(r.accuracy) +
                    ",\"macro_f1\":" + spread(r.macro_f1) + ",\"folds\":[";
  for (size_t f = 0; f < r.per_fold.size(); ++f) {
    out += (f ? "," : "") + std::string("{\"n\":") + std::to_string(r.per_fold[f].n) +
           ",\"accuracy\":" + JsonNumber(r.per_fold[f].accuracy) +
           ",\"macro_f1\":" + JsonNumber(r.per_fold[f].macro.f1) + "}";
  }
  return out + "],\"pooled\":" + EvalToJson(r.pooled_result, taxonomy) + "}";
}

}  // namespace baokan
