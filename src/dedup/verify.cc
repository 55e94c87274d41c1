#include "dedup/verify.h"

#include <algorithm>
#include <optional>
#include <string>

#include "baokan/json.h"
#include "dedup/article_fields.h"
#include "dedup/shingle.h"

namespace baokan::dedup {
namespace {

constexpr uint32_t kNone = ~0u;
// Bytes a loaded article costs besides its set: the vector and the names.
constexpr size_t kArticleOverhead = 160;

// What verification keeps of an article while its chunk lasts.
struct Loaded {
  std::vector<uint32_t> set;
  std::string page;
  std::optional<std::string> source, paper;
};

size_t Cost(const Doc& d) { return kArticleOverhead + sizeof(uint32_t) * (d.shingles + 1); }

// True when `copy` is marked 摘自 and names the paper of `orig` (its `paper`
// field, or when it has none, its page name).
bool Names(const Loaded& copy, const Loaded& orig) {
  if (!copy.source) return false;
  if (orig.paper) return *orig.paper == *copy.source;
  return orig.page.find(*copy.source) != std::string::npos;
}

Status LoadArticle(const Corpus& c, uint32_t doc, const SignatureOptions& o, Loaded* out) {
  const Doc& d = c.docs[doc];
  std::string raw;
  BAOKAN_RETURN_IF_ERROR(c.spool->Read(d.offset, d.length, &raw));
  StatusOr<JsonRecord> rec = JsonRecord::Parse(raw);
  ArticleFields f;
  if (rec.ok() && ReadArticleFields(*rec, true, &f).ok()) {
    out->set = ShingleSet(f.match_form, o.shingle_size, o.seed);
    out->page = std::move(f.page);
    out->source = std::move(f.source);
    out->paper = std::move(f.paper);
  }
  return Status::OK();
}

}  // namespace

StatusOr<std::vector<VerifiedEdge>> VerifyPairs(
    const Corpus& c, const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
    const DedupOptions& options, size_t budget_bytes, ThreadPool* pool, size_t* chunks) {
  const ReprintRule rule{options.min_containment, options.min_length_ratio,
                         static_cast<size_t>(std::max(0, options.min_shingles))};
  std::vector<VerifiedEdge> edges;
  std::vector<uint32_t> slot(c.docs.size(), kNone);
  std::vector<uint32_t> needed;
  std::vector<Loaded> loaded;
  std::vector<Status> errors;
  std::vector<std::optional<VerifiedEdge>> found;
  *chunks = 0;
  for (size_t first = 0; first < pairs.size();) {
    // The chunk: pairs [first, end) whose articles fit the budget.
    size_t bytes = 0, end = first;
    needed.clear();
    for (; end < pairs.size(); ++end) {
      size_t more = 0;
      for (uint32_t d : {pairs[end].first, pairs[end].second}) {
        if (slot[d] == kNone) more += Cost(c.docs[d]);
      }
      if (end > first && bytes + more > budget_bytes) break;
      bytes += more;
      for (uint32_t d : {pairs[end].first, pairs[end].second}) {
        if (slot[d] != kNone) continue;
        slot[d] = 0;
        needed.push_back(d);
      }
    }
    // Read in spool order: one forward pass over the file.
    std::sort(needed.begin(), needed.end(),
              [&](uint32_t a, uint32_t b) { return c.docs[a].offset < c.docs[b].offset; });
    for (uint32_t i = 0; i < needed.size(); ++i) slot[needed[i]] = i;
    loaded.assign(needed.size(), Loaded());
    errors.assign(needed.size(), Status::OK());
    ParallelFor(pool, needed.size(), [&](size_t i) {
      errors[i] = LoadArticle(c, needed[i], options.signature, &loaded[i]);
    }, 16);
    for (const Status& s : errors) BAOKAN_RETURN_IF_ERROR(s);

    found.assign(end - first, std::nullopt);
    ParallelFor(pool, end - first, [&](size_t i) {
      const auto [a, b] = pairs[first + i];
      const Loaded& la = loaded[slot[a]];
      const Loaded& lb = loaded[slot[b]];
      const PairScore score = ScorePair(la.set, lb.set);
      if (!IsReprint(score, rule)) return;
      found[i] = VerifiedEdge{{a, b, static_cast<float>(score.similarity),
                               static_cast<float>(score.containment)},
                              Names(lb, la), Names(la, lb)};
    }, 256);
    for (auto& e : found) {
      if (e) edges.push_back(*e);
    }
    for (uint32_t d : needed) slot[d] = kNone;
    first = end;
    ++*chunks;
  }
  return edges;
}

}  // namespace baokan::dedup
