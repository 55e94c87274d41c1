#include "dedup/verify.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string>

#include "baokan/json.h"
#include "dedup/article_fields.h"
#include "dedup/index_segment.h"
#include "dedup/shingle.h"

namespace baokan::dedup {
namespace {

constexpr uint32_t kNone = ~0u;
// Bytes a loaded article costs besides its set: its Loaded and the names.
constexpr size_t kArticleOverhead = 160;

// What verification keeps of an article while its chunk lasts. The set lives
// in the chunk's pool: one buffer for all sets, allocated once and reused by
// every chunk, so that memory stays at the budget whatever the allocator does
// with the workers' freed blocks.
struct Loaded {
  size_t at = 0;    // of the set in the pool
  size_t size = 0;  // shingle keys in the set
  std::string page;
  std::optional<std::string> source, paper;
};

// An article's shingle set has at most one key per shingle position.
size_t Cost(uint32_t shingles) { return kArticleOverhead + sizeof(uint32_t) * (shingles + 1); }

// True when `copy` is marked 摘自 and names the paper of `orig` (its `paper`
// field, or when it has none, its page name).
bool Names(const Loaded& copy, const Loaded& orig) {
  if (!copy.source) return false;
  if (orig.paper) return *orig.paper == *copy.source;
  return orig.page.find(*copy.source) != std::string::npos;
}

// Reads article `doc` back and puts its set at pool[out->at ...), which has
// room for its shingles + 1 keys.
Status LoadArticle(const VerifyInput& in, uint32_t doc, const SignatureOptions& o, uint32_t* pool,
                   Loaded* out) {
  thread_local std::vector<uint32_t> set;
  ArticleFields f;
  BAOKAN_RETURN_IF_ERROR(in.Read(doc, &f));
  out->size = 0;
  ShingleSetInto(f.match_form, o.shingle_size, o.seed, &set);
  out->size = std::min<size_t>(set.size(), in.shingles(doc) + 1);
  std::copy_n(set.begin(), out->size, pool + out->at);
  out->page = std::move(f.page);
  out->source = std::move(f.source);
  out->paper = std::move(f.paper);
  if (set.capacity() > (1u << 20)) set = std::vector<uint32_t>();  // a huge text's
  return Status::OK();
}

// The chunk that starts at pairs[first]: pairs are taken in order until
// their articles' sets would pass the budget (at least one pair). Lists the
// chunk's articles in *needed and marks them in *slot (0; kNone elsewhere).
// Returns the end of the chunk.
size_t TakeChunk(const VerifyInput& in, const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
                 size_t first, size_t budget_bytes, std::vector<uint32_t>* slot,
                 std::vector<uint32_t>* needed) {
  size_t bytes = 0, end = first;
  needed->clear();
  for (; end < pairs.size(); ++end) {
    size_t more = 0;
    for (uint32_t d : {pairs[end].first, pairs[end].second}) {
      if ((*slot)[d] == kNone) more += Cost(in.shingles(d));
    }
    if (end > first && bytes + more > budget_bytes) break;
    bytes += more;
    for (uint32_t d : {pairs[end].first, pairs[end].second}) {
      if ((*slot)[d] != kNone) continue;
      (*slot)[d] = 0;
      needed->push_back(d);
    }
  }
  return end;
}

}  // namespace

Status CorpusVerifyInput::Read(uint32_t doc, ArticleFields* out) const {
  const Doc& d = c_.docs[doc];
  std::string raw;
  if (c_.compared) {
    BAOKAN_RETURN_IF_ERROR(ReadCompared(c_, doc, &raw));
    if (!DecodeArchivedFields(raw, out)) return Status::Internal("a compared record does not decode");
    return Status::OK();
  }
  BAOKAN_RETURN_IF_ERROR(c_.spool->Read(d.offset, d.length, &raw));
  StatusOr<JsonRecord> rec = JsonRecord::Parse(raw);
  if (!rec.ok() || !ReadArticleFields(*rec, true, out).ok()) *out = ArticleFields();
  return Status::OK();
}

StatusOr<std::vector<VerifiedEdge>> VerifyPairs(
    const VerifyInput& in, const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
    const DedupOptions& options, size_t budget_bytes, ThreadPool* workers, size_t* chunks) {
  const ReprintRule rule{options.min_containment, options.min_length_ratio,
                         static_cast<size_t>(std::max(0, options.min_shingles))};
  std::vector<VerifiedEdge> edges;
  std::vector<uint32_t> slot(in.size(), kNone);
  std::vector<uint32_t> needed;
  std::vector<uint32_t> pool;
  std::vector<Loaded> loaded;
  std::vector<Status> errors;
  std::vector<std::optional<VerifiedEdge>> found;
  *chunks = 0;
  for (size_t first = 0; first < pairs.size();) {
    const size_t end = TakeChunk(in, pairs, first, budget_bytes, &slot, &needed);
    // Read in storage order: one forward pass over the files.
    std::sort(needed.begin(), needed.end(),
              [&](uint32_t a, uint32_t b) { return in.position(a) < in.position(b); });
    loaded.assign(needed.size(), Loaded());
    size_t keys = 0;
    for (uint32_t i = 0; i < needed.size(); ++i) {
      slot[needed[i]] = i;
      loaded[i].at = keys;
      keys += in.shingles(needed[i]) + 1;
    }
    if (pool.size() < keys) pool.resize(keys);
    errors.assign(needed.size(), Status::OK());
    ParallelFor(workers, needed.size(), [&](size_t i) {
      errors[i] = LoadArticle(in, needed[i], options.signature, pool.data(), &loaded[i]);
    }, 16);
    for (const Status& s : errors) BAOKAN_RETURN_IF_ERROR(s);

    found.assign(end - first, std::nullopt);
    ParallelFor(workers, end - first, [&](size_t i) {
      const auto [a, b] = pairs[first + i];
      const Loaded& la = loaded[slot[a]];
      const Loaded& lb = loaded[slot[b]];
      const PairScore score = ScorePair(std::span<const uint32_t>(pool).subspan(la.at, la.size),
                                        std::span<const uint32_t>(pool).subspan(lb.at, lb.size));
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
