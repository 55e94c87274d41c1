// baokan::Dedup: candidates from signatures, exact verification, clustering
// without chaining, and the merged output. See docs/dedup.md.

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>

#include "baokan/dedup.h"
#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/parallel.h"
#include "dedup/article_fields.h"
#include "dedup/candidates.h"
#include "dedup/cluster.h"
#include "dedup/corpus.h"
#include "dedup/index_run.h"
#include "dedup/shingle.h"
#include "dedup/verify.h"

namespace baokan {
namespace {

using dedup::Corpus;
using dedup::Doc;

double Round4(double x) { return std::round(x * 10000.0) / 10000.0; }

// The articles a run clusters: today's (0 .. n-1, canonical order), then the
// archived ones they were compared with (n .. n+m-1).
struct Articles {
  const Corpus& day;
  const dedup::ArchiveMatches& archive;
  size_t size() const { return day.docs.size() + archive.refs.size(); }
  bool archived(uint32_t i) const { return i >= day.docs.size(); }
  std::string_view id(uint32_t i) const {
    return archived(i) ? std::string_view(archive.ids[i - day.docs.size()]) : day.id(i);
  }
  std::vector<dedup::RankKey> Keys() const {
    std::vector<dedup::RankKey> keys;
    for (const Doc& d : day.docs) keys.push_back({false, d.marked, d.shingles});
    keys.insert(keys.end(), archive.keys.begin(), archive.keys.end());
    return keys;
  }
};

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
  // Members are listed head by head (member_start_[h] .. member_start_[h+1]),
  // in id order: 8 bytes per article in all. Clusters are numbered in output
  // order, then the archived originals that gained reprints, in id order.
  Writer(const Articles& a, const dedup::Clusters& cl, const DedupOptions& o)
      : a_(a), c_(a.day), cl_(cl), o_(o), member_start_(a.size() + 1, 0),
        cluster_no_(a.size(), 0) {
    const uint32_t n = static_cast<uint32_t>(a.size());
    for (uint32_t i = 0; i < n; ++i) {
      if (cl.head[i] != i) ++member_start_[cl.head[i] + 1];
    }
    for (uint32_t i = 0; i < n; ++i) member_start_[i + 1] += member_start_[i];
    members_.resize(member_start_[n]);
    std::vector<uint32_t> fill(member_start_.begin(), member_start_.end() - 1);
    for (uint32_t i = 0; i < n; ++i) {
      if (cl.head[i] != i) members_[fill[cl.head[i]]++] = i;
    }
    uint32_t next = 0;
    for (uint32_t i = 0; i < n; ++i) {
      if (cl.head[i] == i && (!a.archived(i) || !members(i).empty())) cluster_no_[i] = ++next;
    }
  }

  std::span<const uint32_t> members(uint32_t i) const {
    return std::span<const uint32_t>(members_).subspan(member_start_[i],
                                                       member_start_[i + 1] - member_start_[i]);
  }
  uint32_t cluster_no(uint32_t i) const { return cluster_no_[cl_.head[i]]; }

  // The output line of article i ("" when it is folded away).
  StatusOr<std::string> Line(uint32_t i) const {
    const bool head = cl_.head[i] == i;
    if (!head && !o_.keep_all) return std::string();
    StatusOr<JsonRecord> rec = Record(i);
    if (!rec.ok()) return rec.status();
    if (head) {
      std::string list = ArrayElements(rec->Raw("reprints"));
      for (uint32_t m : members(i)) BAOKAN_RETURN_IF_ERROR(AppendEntry(m, &list));
      rec->SetRaw("reprints", "[" + list + "]");
    }
    if (o_.keep_all) {
      JsonRecord dup;
      dup.SetInt("cluster", cluster_no(i));
      dup.SetBool("canonical", head);
      dup.SetString("of", std::string(a_.id(cl_.head[i])));
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
    StatusOr<JsonRecord> rec = Record(m);
    if (!rec.ok()) return rec.status();
    dedup::ArticleFields f;
    BAOKAN_RETURN_IF_ERROR(dedup::ReadArticleFields(*rec, false, &f));
    JsonRecord e;
    e.SetString("id", f.id);
    e.SetString("page", f.page);
    e.SetOptionalString("source", f.source);
    e.SetNumber("similarity", Round4(cl_.similarity[m]));
    e.SetNumber("containment", Round4(cl_.containment[m]));
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

  const Articles& a_;
  const Corpus& c_;
  const dedup::Clusters& cl_;
  const DedupOptions& o_;
  std::vector<uint32_t> member_start_;
  std::vector<uint32_t> members_;
  std::vector<uint32_t> cluster_no_;
};

// The clusters of two or more articles; an archived original's role is
// `archived` (it is not in this run's output).
Status WriteClusters(const std::string& path, const Articles& a, const dedup::Clusters& cl,
                     const Writer& w) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
  if (!out.ok()) return out.status();
  std::string text = "cluster\tid\trole\tsimilarity\tcontainment\n";
  for (uint32_t i = 0; i < a.size(); ++i) {
    if (cl.head[i] != i || w.members(i).empty()) continue;
    const std::string no = std::to_string(w.cluster_no(i));
    text += no + "\t" + std::string(a.id(i)) +
            (a.archived(i) ? "\tarchived\t1\t1\n" : "\toriginal\t1\t1\n");
    for (uint32_t m : w.members(i)) {
      text += no + "\t" + std::string(a.id(m)) + "\treprint\t" + JsonNumber(Round4(cl.similarity[m])) +
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

// The bytes verification may hold at once: options.memory_bytes, or
// DefaultDedupMemory() when it is 0.
size_t MemoryBudget(const DedupOptions& o) {
  if (o.memory_bytes > 0) return o.memory_bytes;
  return DefaultDedupMemory();
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

size_t DefaultDedupMemory() {
  constexpr size_t kFallback = size_t{1} << 30;  // when the system does not say
  const long pages = sysconf(_SC_PHYS_PAGES);
  const long page_size = sysconf(_SC_PAGE_SIZE);
  if (pages <= 0 || page_size <= 0) return kFallback;
  return static_cast<size_t>(pages) * static_cast<size_t>(page_size) / kDefaultMemoryFraction;
}

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
  std::unique_ptr<dedup::ArchiveIndex> index;
  if (!options.index_dir.empty()) {
    StatusOr<std::unique_ptr<dedup::ArchiveIndex>> opened =
        dedup::ArchiveIndex::Open(options.index_dir, {options.signature, options.band_rows});
    if (!opened.ok()) return opened.status();
    index = std::move(*opened);
    stats->archived = index->rows();
  }
  StatusOr<Corpus> corpus = dedup::LoadCorpus(inputs, options, index != nullptr, &pool, on_error);
  if (!corpus.ok()) return corpus.status();
  const Corpus& c = *corpus;
  const size_t n = c.docs.size();
  stats->articles = n;
  stats->signatures_loaded = c.signatures_loaded;
  const dedup::CorpusColumns day_columns(c);
  dedup::ArchiveMatches matches;
  if (index) {
    StatusOr<dedup::ArchiveMatches> found =
        dedup::FindArchiveMatches(*index, c, day_columns, options, &pool);
    if (!found.ok()) return found.status();
    matches = std::move(*found);
  }
  stats->archive_matches = matches.refs.size();
  const Articles articles{c, matches};
  const size_t total = articles.size();
  const std::vector<dedup::RankKey> keys = articles.Keys();

  std::vector<uint32_t> sizes(total), priority = dedup::Priority(keys);
  for (size_t i = 0; i < total; ++i) sizes[i] = keys[i].shingles;
  const dedup::DayAndArchiveColumns columns(day_columns, matches, options.signature.num_perm);
  dedup::SignatureTable table{total, &columns, sizes.data(), priority.data()};
  const dedup::CandidateParams params = dedup::CandidateParamsFor(options);
  StatusOr<std::vector<std::pair<uint32_t, uint32_t>>> pairs =
      dedup::FindCandidates(table, params, &pool);
  if (!pairs.ok()) return pairs.status();
  // Archived articles are never compared with each other: they were all
  // kept, each an original of its own.
  std::erase_if(*pairs, [n](const std::pair<uint32_t, uint32_t>& p) { return p.first >= n; });
  stats->candidates = pairs->size();
  priority = std::vector<uint32_t>();

  std::unique_ptr<dedup::VerifyInput> verify_input;
  if (index) {
    verify_input = std::make_unique<dedup::DayAndArchiveVerifyInput>(c, *index, matches);
  } else {
    verify_input = std::make_unique<dedup::CorpusVerifyInput>(c);
  }
  StatusOr<std::vector<dedup::VerifiedEdge>> verified = dedup::VerifyPairs(
      *verify_input, *pairs, options, MemoryBudget(options), &pool, &stats->verify_chunks);
  if (!verified.ok()) return verified.status();
  *pairs = {};
  stats->verified = verified->size();
  std::vector<dedup::Edge> edges;
  edges.reserve(verified->size());
  for (const dedup::VerifiedEdge& e : *verified) edges.push_back(e.edge);
  const std::vector<uint32_t> order = dedup::OriginalFirst(keys, *verified);
  *verified = {};
  const dedup::Clusters cl = dedup::ClusterWithoutChaining(total, order, edges);

  Writer w(articles, cl, options);
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
  std::vector<uint32_t> kept;  // today's originals, for the index
  for (uint32_t i = 0; i < n; ++i) {
    if (cl.head[i] != i) {
      ++stats->folded;
      stats->folded_into_archive += articles.archived(cl.head[i]);
    } else {
      if (c.docs[i].shingles > 0 && (!index || !matches.already_archived[i])) kept.push_back(i);
      ++stats->kept;
      stats->clusters += !w.members(i).empty();
    }
  }
  for (uint32_t i = static_cast<uint32_t>(n); i < total; ++i) {
    stats->clusters += !w.members(i).empty();
  }
  if (options.keep_all) stats->kept = n;
  if (!outputs.clusters.empty()) {
    BAOKAN_RETURN_IF_ERROR(WriteClusters(outputs.clusters, articles, cl, w));
  }
  if (index) {
    for (uint8_t a : matches.already_archived) stats->already_indexed += a;
    BAOKAN_RETURN_IF_ERROR(dedup::AddToIndex(index.get(), c, day_columns, kept, &pool));
    stats->indexed = kept.size();
  }
  return Status::OK();
}

}  // namespace baokan
