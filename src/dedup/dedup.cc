// baokan::Dedup: candidates from signatures, exact verification, clustering
// without chaining, and the merged output. See docs/dedup.md.

#include <algorithm>
#include <cmath>
#include <numeric>

#include "baokan/dedup.h"
#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/parallel.h"
#include "dedup/article_fields.h"
#include "dedup/candidates.h"
#include "dedup/cluster.h"
#include "dedup/corpus.h"
#include "dedup/shingle.h"

namespace baokan {
namespace {

using dedup::Corpus;
using dedup::Doc;

double Round4(double x) { return std::round(x * 10000.0) / 10000.0; }

std::vector<uint32_t> OriginalFirst(const Corpus& c, const std::vector<dedup::Edge>& edges);

// Each article's rank in the original-first order without knowing the
// clusters (no edges, so no 摘自 names a paper): not 摘自, longer, id.
std::vector<uint32_t> Priority(const Corpus& c) {
  const std::vector<uint32_t> order = OriginalFirst(c, {});
  std::vector<uint32_t> priority(order.size());
  for (uint32_t i = 0; i < order.size(); ++i) priority[order[i]] = i;
  return priority;
}

// Exact scores of the candidate pairs; returns those that are reprints.
StatusOr<std::vector<dedup::Edge>> Verify(const Corpus& c,
                                          const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
                                          const DedupOptions& options, ThreadPool* pool) {
  constexpr uint32_t kNone = ~0u;
  std::vector<uint32_t> slot(c.docs.size(), kNone);
  std::vector<uint32_t> needed;
  for (const auto& [a, b] : pairs) {
    for (uint32_t d : {a, b}) {
      if (slot[d] == kNone) {
        slot[d] = static_cast<uint32_t>(needed.size());
        needed.push_back(d);
      }
    }
  }
  std::vector<std::vector<uint32_t>> sets(needed.size());
  std::vector<Status> errors(needed.size());
  ParallelFor(pool, needed.size(), [&](size_t i) {
    const Doc& d = c.docs[needed[i]];
    std::string raw;
    errors[i] = c.spool->Read(d.offset, d.length, &raw);
    if (!errors[i].ok()) return;
    StatusOr<JsonRecord> rec = JsonRecord::Parse(raw);
    dedup::ArticleFields f;
    if (rec.ok() && dedup::ReadArticleFields(*rec, true, &f).ok()) {
      sets[i] = dedup::ShingleSet(f.match_form, options.signature.shingle_size,
                                  options.signature.seed);
    }
  }, 16);
  for (const Status& s : errors) BAOKAN_RETURN_IF_ERROR(s);

  const dedup::ReprintRule rule{options.min_containment, options.min_length_ratio,
                                static_cast<size_t>(std::max(0, options.min_shingles))};
  std::vector<dedup::PairScore> scores(pairs.size());
  ParallelFor(pool, pairs.size(), [&](size_t i) {
    scores[i] = dedup::ScorePair(sets[slot[pairs[i].first]], sets[slot[pairs[i].second]]);
  }, 256);
  std::vector<dedup::Edge> edges;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (!dedup::IsReprint(scores[i], rule)) continue;
    edges.push_back({pairs[i].first, pairs[i].second, static_cast<float>(scores[i].similarity),
                     static_cast<float>(scores[i].containment)});
  }
  return edges;
}

// The order in which articles may become originals (architecture.md): not
// 摘自; then one whose paper a 摘自 among its reprints names; then the most
// complete text; then the earliest id.
std::vector<uint32_t> OriginalFirst(const Corpus& c, const std::vector<dedup::Edge>& edges) {
  std::vector<uint8_t> named(c.docs.size(), 0);
  auto names = [&](const Doc& copy, const Doc& orig) {
    if (!copy.source) return false;
    if (orig.paper) return *orig.paper == *copy.source;
    return orig.page.find(*copy.source) != std::string::npos;
  };
  for (const dedup::Edge& e : edges) {
    if (names(c.docs[e.a], c.docs[e.b])) named[e.b] = 1;
    if (names(c.docs[e.b], c.docs[e.a])) named[e.a] = 1;
  }
  std::vector<uint32_t> order(c.docs.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Doc& x = c.docs[a];
    const Doc& y = c.docs[b];
    if (x.source.has_value() != y.source.has_value()) return !x.source.has_value();
    if (named[a] != named[b]) return named[a] > named[b];
    if (x.shingles != y.shingles) return x.shingles > y.shingles;
    return a < b;
  });
  return order;
}

// The elements of a raw JSON array, without brackets ("" when empty/null).
std::string ArrayElements(const std::string* raw) {
  if (raw == nullptr) return "";
  std::string_view s = *raw;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.size() < 2 || s.front() != '[' || s.back() != ']') return "";
  s = s.substr(1, s.size() - 2);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return std::string(s);
}

class Writer {
 public:
  Writer(const Corpus& c, const dedup::Clusters& cl, const DedupOptions& o)
      : c_(c), cl_(cl), o_(o), members_(c.docs.size()), cluster_no_(c.docs.size(), 0) {
    uint32_t next = 0;
    for (uint32_t i = 0; i < c.docs.size(); ++i) {
      if (cl.head[i] == i) {
        cluster_no_[i] = ++next;
      } else {
        members_[cl.head[i]].push_back(i);
      }
    }
  }

  const std::vector<uint32_t>& members(uint32_t i) const { return members_[i]; }
  uint32_t cluster_no(uint32_t i) const { return cluster_no_[cl_.head[i]]; }

  // The output line of article i ("" when it is folded away).
  StatusOr<std::string> Line(uint32_t i) const {
    const bool head = cl_.head[i] == i;
    if (!head && !o_.keep_all) return std::string();
    StatusOr<JsonRecord> rec = Record(i);
    if (!rec.ok()) return rec.status();
    if (head) {
      std::string list = ArrayElements(rec->Raw("reprints"));
      for (uint32_t m : members_[i]) BAOKAN_RETURN_IF_ERROR(AppendEntry(m, &list));
      rec->SetRaw("reprints", "[" + list + "]");
    }
    if (o_.keep_all) {
      JsonRecord dup;
      dup.SetInt("cluster", cluster_no(i));
      dup.SetBool("canonical", head);
      dup.SetString("of", c_.docs[cl_.head[i]].id);
      rec->SetRaw("dup", dup.Serialize());
    }
    return rec->Serialize() + "\n";
  }

 private:
  StatusOr<JsonRecord> Record(uint32_t i) const {
    std::string raw;
    BAOKAN_RETURN_IF_ERROR(c_.spool->Read(c_.docs[i].offset, c_.docs[i].length, &raw));
    return JsonRecord::Parse(raw);
  }

  Status AppendEntry(uint32_t m, std::string* list) const {
    const Doc& d = c_.docs[m];
    JsonRecord e;
    e.SetString("id", d.id);
    e.SetString("page", d.page);
    e.SetOptionalString("source", d.source);
    e.SetNumber("similarity", Round4(cl_.similarity[m]));
    e.SetNumber("containment", Round4(cl_.containment[m]));
    StatusOr<JsonRecord> rec = Record(m);
    if (!rec.ok()) return rec.status();
    if (o_.keep_text) {
      const std::string* text = rec->Raw("text");
      e.SetRaw("text", text != nullptr ? *text : "null");
    }
    if (!list->empty()) *list += ",";
    *list += e.Serialize();
    // A folded record's own reprints move along with it.
    if (!o_.keep_all) {
      const std::string inner = ArrayElements(rec->Raw("reprints"));
      if (!inner.empty()) *list += "," + inner;
    }
    return Status::OK();
  }

  const Corpus& c_;
  const dedup::Clusters& cl_;
  const DedupOptions& o_;
  std::vector<std::vector<uint32_t>> members_;
  std::vector<uint32_t> cluster_no_;
};

Status WriteClusters(const std::string& path, const Corpus& c, const dedup::Clusters& cl,
                     const Writer& w) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
  if (!out.ok()) return out.status();
  std::string text = "cluster\tid\trole\tsimilarity\tcontainment\n";
  for (uint32_t i = 0; i < c.docs.size(); ++i) {
    if (cl.head[i] != i || w.members(i).empty()) continue;
    const std::string no = std::to_string(w.cluster_no(i));
    text += no + "\t" + c.docs[i].id + "\toriginal\t1\t1\n";
    for (uint32_t m : w.members(i)) {
      text += no + "\t" + c.docs[m].id + "\treprint\t" + JsonNumber(Round4(cl.similarity[m])) +
              "\t" + JsonNumber(Round4(cl.containment[m])) + "\n";
    }
    if (text.size() > (1u << 20)) {
      BAOKAN_RETURN_IF_ERROR((*out)->Write(text));
      text.clear();
    }
  }
  BAOKAN_RETURN_IF_ERROR((*out)->Write(text));
  return (*out)->Commit();
}

Status ValidateDedupOptions(const DedupOptions& o) {
  BAOKAN_RETURN_IF_ERROR(ValidateSignatureOptions(o.signature));
  if (!(o.min_containment > 0 && o.min_containment <= 1)) {
    return Status::InvalidArgument("min_containment must be in (0, 1]");
  }
  if (!(o.min_length_ratio >= 0 && o.min_length_ratio <= 1)) {
    return Status::InvalidArgument("min_length_ratio must be in [0, 1]");
  }
  if (o.band_rows < 1 || o.band_rows > o.signature.num_perm) {
    return Status::InvalidArgument("band_rows must be between 1 and num_perm");
  }
  if (o.max_bucket < 1) return Status::InvalidArgument("max_bucket must be at least 1");
  return Status::OK();
}

}  // namespace

Status Dedup(const std::vector<std::string>& inputs, const DedupOutputs& outputs,
             const DedupOptions& options,
             const std::function<void(const std::string&)>& on_error, DedupStats* stats) {
  BAOKAN_RETURN_IF_ERROR(ValidateDedupOptions(options));
  DedupStats local;
  if (stats == nullptr) stats = &local;
  *stats = DedupStats();
  // Open the outputs first so that a bad path fails before the work.
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(outputs.articles);
  if (!out.ok()) return out.status();

  ThreadPool pool(options.threads);  // for every parallel loop below
  StatusOr<Corpus> corpus = dedup::LoadCorpus(inputs, options, &pool, on_error);
  if (!corpus.ok()) return corpus.status();
  const Corpus& c = *corpus;
  const size_t n = c.docs.size();
  stats->articles = n;
  stats->signatures_loaded = c.signatures_loaded;

  std::vector<uint32_t> sizes(n), priority = Priority(c);
  for (size_t i = 0; i < n; ++i) sizes[i] = c.docs[i].shingles;
  dedup::SignatureTable table{n, c.values.data(), sizes.data(), priority.data()};
  dedup::CandidateParams params;
  params.num_perm = options.signature.num_perm;
  params.band_rows = options.band_rows;
  params.max_bucket = options.max_bucket;
  params.min_estimated_containment = 0.6 * options.min_containment;
  params.min_length_ratio = 0.8 * options.min_length_ratio;
  const std::vector<std::pair<uint32_t, uint32_t>> pairs =
      dedup::FindCandidates(table, params, &pool);
  stats->candidates = pairs.size();

  StatusOr<std::vector<dedup::Edge>> edges = Verify(c, pairs, options, &pool);
  if (!edges.ok()) return edges.status();
  stats->verified = edges->size();
  const dedup::Clusters cl = dedup::ClusterWithoutChaining(n, OriginalFirst(c, *edges), *edges);

  Writer w(c, cl, options);
  constexpr size_t kChunk = 512;
  Status status;
  OrderedParallelMap<StatusOr<std::string>>(
      &pool, (n + kChunk - 1) / kChunk,
      [&](size_t chunk) -> StatusOr<std::string> {
        std::string text;
        for (size_t i = chunk * kChunk; i < std::min(n, (chunk + 1) * kChunk); ++i) {
          StatusOr<std::string> line = w.Line(static_cast<uint32_t>(i));
          if (!line.ok()) return line.status();
          text += *line;
        }
        return text;
      },
      [&](size_t, StatusOr<std::string>&& text) {
        if (!status.ok()) return;
        status = text.ok() ? (*out)->Write(*text) : text.status();
      });
  BAOKAN_RETURN_IF_ERROR(status);
  BAOKAN_RETURN_IF_ERROR((*out)->Commit());
  for (uint32_t i = 0; i < n; ++i) {
    if (cl.head[i] != i) {
      ++stats->folded;
    } else {
      ++stats->kept;
      stats->clusters += !w.members(i).empty();
    }
  }
  if (options.keep_all) stats->kept = n;
  if (!outputs.clusters.empty()) {
    BAOKAN_RETURN_IF_ERROR(WriteClusters(outputs.clusters, c, cl, w));
  }
  return Status::OK();
}

}  // namespace baokan
