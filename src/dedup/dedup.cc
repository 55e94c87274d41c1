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
#include "base/hash.h"
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

namespace {

using Pairs = std::vector<std::pair<uint32_t, uint32_t>>;

// Today's articles and, with an index, the archived ones they may reprint:
// what every step after loading works on. Filled in place (it refers to
// itself), never moved.
struct DayRun {
  std::unique_ptr<dedup::ArchiveIndex> index;
  Corpus corpus;
  std::unique_ptr<dedup::CorpusColumns> columns;  // of `corpus`
  dedup::ArchiveMatches matches;
  Articles articles() const { return Articles{corpus, matches}; }
};

Status OpenIndex(const DedupOptions& options, dedup::IndexAccess access, DayRun* run,
                 DedupStats* stats) {
  if (options.index_dir.empty()) return Status::OK();
  StatusOr<std::unique_ptr<dedup::ArchiveIndex>> opened = dedup::ArchiveIndex::Open(
      options.index_dir, {options.signature, options.band_rows}, access);
  if (!opened.ok()) return opened.status();
  run->index = std::move(*opened);
  stats->archived = run->index->rows();
  return Status::OK();
}

// Takes the loaded corpus and finds the archived articles it matches.
Status SetCorpus(Corpus corpus, const DedupOptions& options, ThreadPool* pool, DayRun* run,
                 DedupStats* stats) {
  run->corpus = std::move(corpus);
  run->columns = std::make_unique<dedup::CorpusColumns>(run->corpus);
  stats->articles = run->corpus.docs.size();
  stats->signatures_loaded = run->corpus.signatures_loaded;
  if (run->index) {
    StatusOr<dedup::ArchiveMatches> found =
        dedup::FindArchiveMatches(*run->index, run->corpus, *run->columns, options, pool);
    if (!found.ok()) return found.status();
    run->matches = std::move(*found);
  }
  stats->archive_matches = run->matches.refs.size();
  return Status::OK();
}

// The candidate pairs of bands [band_begin, band_end) (step 2).
StatusOr<Pairs> Candidates(const DayRun& run, const DedupOptions& options, int band_begin,
                           int band_end, ThreadPool* pool) {
  const Articles articles = run.articles();
  const size_t n = run.corpus.docs.size(), total = articles.size();
  const std::vector<dedup::RankKey> keys = articles.Keys();
  std::vector<uint32_t> sizes(total);
  const std::vector<uint32_t> priority = dedup::Priority(keys);
  for (size_t i = 0; i < total; ++i) sizes[i] = keys[i].shingles;
  const dedup::DayAndArchiveColumns columns(*run.columns, run.matches,
                                            options.signature.num_perm);
  dedup::SignatureTable table{total, &columns, sizes.data(), priority.data()};
  dedup::CandidateParams params = dedup::CandidateParamsFor(options);
  params.band_begin = band_begin;
  params.band_end = band_end;
  StatusOr<Pairs> pairs = dedup::FindCandidates(table, params, pool);
  if (!pairs.ok()) return pairs.status();
  // Archived articles are never compared with each other: they were all
  // kept, each an original of its own.
  std::erase_if(*pairs, [n](const std::pair<uint32_t, uint32_t>& p) { return p.first >= n; });
  return pairs;
}

// Steps 3 and 4: verifies `pairs` (sorted, no repeats), clusters the
// verified edges and writes the outputs (`out` is outputs.articles, opened).
Status VerifyClusterWrite(DayRun& run, Pairs pairs, OutputFile* out, const DedupOutputs& outputs,
                          const DedupOptions& options, ThreadPool* pool, DedupStats* stats) {
  const Corpus& c = run.corpus;
  const size_t n = c.docs.size();
  const Articles articles = run.articles();
  const size_t total = articles.size();
  stats->candidates = pairs.size();
  std::unique_ptr<dedup::VerifyInput> verify_input;
  if (run.index) {
    verify_input = std::make_unique<dedup::DayAndArchiveVerifyInput>(c, *run.index, run.matches);
  } else {
    verify_input = std::make_unique<dedup::CorpusVerifyInput>(c);
  }
  StatusOr<std::vector<dedup::VerifiedEdge>> verified = dedup::VerifyPairs(
      *verify_input, pairs, options, MemoryBudget(options), pool, &stats->verify_chunks);
  if (!verified.ok()) return verified.status();
  pairs = {};
  stats->verified = verified->size();
  std::vector<dedup::Edge> edges;
  edges.reserve(verified->size());
  for (const dedup::VerifiedEdge& e : *verified) edges.push_back(e.edge);
  const std::vector<uint32_t> order = dedup::OriginalFirst(articles.Keys(), *verified);
  *verified = {};
  const dedup::Clusters cl = dedup::ClusterWithoutChaining(total, order, edges);

  Writer w(articles, cl, options);
  constexpr size_t kChunk = 512;
  Status status;
  OrderedParallelMap<StatusOr<std::string>>(
      pool, (n + kChunk - 1) / kChunk,
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
        status = text.ok() ? out->Write(*text) : text.status();
      });
  BAOKAN_RETURN_IF_ERROR(status);
  BAOKAN_RETURN_IF_ERROR(out->Commit());
  std::vector<uint32_t> kept;  // today's originals, for the index
  for (uint32_t i = 0; i < n; ++i) {
    if (cl.head[i] != i) {
      ++stats->folded;
      stats->folded_into_archive += articles.archived(cl.head[i]);
    } else {
      if (c.docs[i].shingles > 0 && (!run.index || !run.matches.already_archived[i])) {
        kept.push_back(i);
      }
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
  if (run.index) {
    for (uint8_t a : run.matches.already_archived) stats->already_indexed += a;
    BAOKAN_RETURN_IF_ERROR(
        dedup::AddToIndex(run.index.get(), c, *run.columns, kept, pool));
    stats->indexed = kept.size();
  }
  return Status::OK();
}

// The pairs file of FindDedupCandidates: kPairsMagic, the articles the
// numbers refer to (today's count and a digest of the archived ids, 8 bytes
// each), the count (8 bytes), then the pairs as two 4-byte article numbers,
// little-endian, ascending.
constexpr char kPairsMagic[8] = {'B', 'K', 'P', 'A', 'I', 'R', 'S', '2'};

// What the article numbers of a pairs file mean: today's articles, then the
// archived ones matched (which change when the index does).
struct PairsBasis {
  uint64_t day = 0;
  uint64_t archive_digest = 0;
  bool operator==(const PairsBasis&) const = default;
};

PairsBasis BasisOf(const DayRun& run) {
  PairsBasis b{run.corpus.docs.size(), run.matches.ids.size()};  // the count seeds the digest
  for (const std::string& id : run.matches.ids) {
    b.archive_digest = Mix64(b.archive_digest ^ SignatureIdHash(id));
  }
  return b;
}

void AppendLittleEndian(uint64_t v, int bytes, std::string* out) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

uint64_t ReadLittleEndian(const char* p, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= static_cast<uint64_t>(static_cast<uint8_t>(p[i])) << (8 * i);
  return v;
}

Status WritePairs(const std::string& path, const PairsBasis& basis, const Pairs& pairs) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
  if (!out.ok()) return out.status();
  std::string bytes(kPairsMagic, sizeof kPairsMagic);
  AppendLittleEndian(basis.day, 8, &bytes);
  AppendLittleEndian(basis.archive_digest, 8, &bytes);
  AppendLittleEndian(pairs.size(), 8, &bytes);
  for (const auto& [a, b] : pairs) {
    AppendLittleEndian(a, 4, &bytes);
    AppendLittleEndian(b, 4, &bytes);
  }
  BAOKAN_RETURN_IF_ERROR((*out)->Write(bytes));
  return (*out)->Commit();
}

// Adds the pairs of `path` to *pairs; an error unless they were found
// among the articles of `basis` (n of them in all).
Status ReadPairs(const std::string& path, const PairsBasis& basis, size_t n, Pairs* pairs) {
  StatusOr<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  const std::string& b = *bytes;
  constexpr size_t kMagic = sizeof kPairsMagic, kHeader = kMagic + 24, kPair = 8;
  if (b.size() < kHeader || b.compare(0, kMagic, kPairsMagic, kMagic) != 0 ||
      ReadLittleEndian(b.data() + kMagic + 16, 8) != (b.size() - kHeader) / kPair ||
      (b.size() - kHeader) % kPair != 0) {
    return Status::DataError(path + ": not a candidate pairs file, or cut short");
  }
  const PairsBasis found{ReadLittleEndian(b.data() + kMagic, 8),
                         ReadLittleEndian(b.data() + kMagic + 8, 8)};
  if (!(found == basis)) {
    return Status::DataError(path +
                             ": found among other articles (the shards or the archive index "
                             "changed since); find the candidates again");
  }
  for (size_t at = kHeader; at < b.size(); at += kPair) {
    const uint32_t a = static_cast<uint32_t>(ReadLittleEndian(b.data() + at, 4));
    const uint32_t c = static_cast<uint32_t>(ReadLittleEndian(b.data() + at + 4, 4));
    if (a >= c || c >= n) {
      return Status::DataError(path + ": pair (" + std::to_string(a) + ", " + std::to_string(c) +
                               ") out of range; were the shards fingerprinted again?");
    }
    pairs->emplace_back(a, c);
  }
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
  DayRun run;
  BAOKAN_RETURN_IF_ERROR(OpenIndex(options, dedup::IndexAccess::kWrite, &run, stats));
  StatusOr<Corpus> corpus =
      dedup::LoadCorpus(inputs, options, run.index != nullptr, &pool, on_error);
  if (!corpus.ok()) return corpus.status();
  BAOKAN_RETURN_IF_ERROR(SetCorpus(std::move(*corpus), options, &pool, &run, stats));
  StatusOr<Pairs> pairs = Candidates(run, options, 0, DedupBandCount(options), &pool);
  if (!pairs.ok()) return pairs.status();
  return VerifyClusterWrite(run, std::move(*pairs), out->get(), outputs, options, &pool, stats);
}

Status FingerprintDedupShard(const DedupShardFiles& shard, const DedupOptions& options,
                             const std::function<void(const std::string&)>& on_error) {
  BAOKAN_RETURN_IF_ERROR(ValidateDedupOptions(options));
  ThreadPool pool(options.threads);
  return dedup::FingerprintShard(shard, options.signature, &pool, on_error);
}

int DedupBandCount(const DedupOptions& options) { return options.signature.num_perm; }

Status FindDedupCandidates(const std::vector<DedupShardFiles>& shards, int group, int groups,
                           const std::string& pairs_path, const DedupOptions& options) {
  BAOKAN_RETURN_IF_ERROR(ValidateDedupOptions(options));
  if (groups < 1 || groups > DedupBandCount(options) || group < 0 || group >= groups) {
    return Status::InvalidArgument("band group " + std::to_string(group) + " of " +
                                   std::to_string(groups) + ": there are " +
                                   std::to_string(DedupBandCount(options)) + " bands");
  }
  ThreadPool pool(options.threads);
  DedupStats stats;
  DayRun run;
  BAOKAN_RETURN_IF_ERROR(OpenIndex(options, dedup::IndexAccess::kRead, &run, &stats));
  StatusOr<Corpus> corpus = dedup::LoadShardKeys(shards, options);
  if (!corpus.ok()) return corpus.status();
  BAOKAN_RETURN_IF_ERROR(SetCorpus(std::move(*corpus), options, &pool, &run, &stats));
  int begin = 0, end = 0;
  dedup::BandGroupRange(DedupBandCount(options), groups, group, &begin, &end);
  StatusOr<Pairs> pairs = Candidates(run, options, begin, end, &pool);
  if (!pairs.ok()) return pairs.status();
  return WritePairs(pairs_path, BasisOf(run), *pairs);
}

Status DedupFromCandidates(const std::vector<DedupShardFiles>& shards,
                           const std::vector<std::string>& pairs_paths,
                           const DedupOutputs& outputs, const DedupOptions& options,
                           const std::function<void(const std::string&)>& on_error,
                           DedupStats* stats) {
  BAOKAN_RETURN_IF_ERROR(ValidateDedupOptions(options));
  DedupStats local;
  if (stats == nullptr) stats = &local;
  *stats = DedupStats();
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(outputs.articles);
  if (!out.ok()) return out.status();
  ThreadPool pool(options.threads);
  DayRun run;
  BAOKAN_RETURN_IF_ERROR(OpenIndex(options, dedup::IndexAccess::kWrite, &run, stats));
  std::vector<std::string> inputs;
  for (const DedupShardFiles& s : shards) inputs.push_back(s.articles);
  for (const DedupShardFiles& s : shards) inputs.push_back(s.signatures);
  StatusOr<Corpus> corpus =
      dedup::LoadCorpus(inputs, options, run.index != nullptr, &pool, on_error);
  if (!corpus.ok()) return corpus.status();
  BAOKAN_RETURN_IF_ERROR(SetCorpus(std::move(*corpus), options, &pool, &run, stats));
  Pairs pairs;
  for (const std::string& path : pairs_paths) {
    BAOKAN_RETURN_IF_ERROR(ReadPairs(path, BasisOf(run), run.articles().size(), &pairs));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return VerifyClusterWrite(run, std::move(pairs), out->get(), outputs, options, &pool, stats);
}

}  // namespace baokan
