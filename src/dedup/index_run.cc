#include "dedup/index_run.h"

#include <algorithm>
#include <iterator>

#include "baokan/json.h"
#include "dedup/even_sort.h"

namespace baokan::dedup {
namespace {

uint64_t Pack(uint32_t segment, uint32_t row) { return (uint64_t{segment} << 32) | row; }

// Today's signatures row by row (n x K): the lookup compares each band match
// on the whole signature at once.
class DayRows {
 public:
  static StatusOr<DayRows> Read(const ColumnSource& columns, size_t n, int k) {
    DayRows rows;
    rows.k_ = static_cast<size_t>(k);
    rows.values_.resize(n * rows.k_);
    std::vector<uint32_t> column;
    for (int p = 0; p < k; ++p) {
      BAOKAN_RETURN_IF_ERROR(columns.Column(p, &column));
      for (size_t i = 0; i < n; ++i) rows.values_[i * rows.k_ + p] = column[i];
    }
    return rows;
  }
  uint32_t value(size_t i, int p) const { return values_[i * k_ + p]; }

 private:
  size_t k_ = 0;
  std::vector<uint32_t> values_;
};

// A band match is packed as (archive ordinal << kDayBits) | (day article -
// first of its chunk): the day is looked up in chunks of 2^kDayBits articles.
constexpr int kDayBits = 24;
constexpr size_t kDayChunk = size_t{1} << kDayBits;
// How many keys ahead the walk asks for the memory it will read.
constexpr size_t kPrefetchAhead = 8;
// A segment's keys of a band are copied (Segment::BandKeys) rather than
// walked in place when today's probes are at most this many keys apart: a
// page of keys (1 024) or less, so that the walk would map nearly every page.
constexpr size_t kCopyBelowGap = 1024;

// The band matches (packed, sorted, without repeats) of band `band` between
// today's articles [first, last) and the archive, whose segment s starts at
// ordinal base[s]. The probes go in key order, so that each segment's sorted
// keys are read front to back (nearby pages, few TLB misses), not at random.
Status MatchBand(const ArchiveIndex& index, const Corpus& day, const ColumnSource& day_columns,
                 const DedupOptions& o, int band, size_t first, size_t last,
                 const std::vector<uint64_t>& base, std::vector<uint32_t>* buffer,
                 std::vector<uint64_t>* out) {
  const int k = o.signature.num_perm;
  out->clear();
  // The band keys, computed column by column (a row-major table read at one
  // position per row would miss the cache at every row).
  std::vector<uint64_t> keys(last - first, kBandKeySeed);
  std::vector<uint32_t> column;
  for (int r = 0; r < o.band_rows; ++r) {
    BAOKAN_RETURN_IF_ERROR(day_columns.Column((band + r) % k, &column));
    for (size_t i = first; i < last; ++i) {
      keys[i - first] = BandKeyStep(keys[i - first], column[i], r);
    }
  }
  std::vector<std::pair<uint64_t, uint32_t>> probes;  // (band key, article - first)
  probes.reserve(last - first);
  for (size_t i = first; i < last; ++i) {
    if (day.docs[i].shingles > 0) probes.push_back({keys[i - first], static_cast<uint32_t>(i - first)});
  }
  std::vector<std::pair<uint64_t, uint32_t>> scratch;
  SortEvenly(&probes, [](const std::pair<uint64_t, uint32_t>& p) { return p.first; }, &scratch);
  // Matches an article may still take in this band: segments are taken in
  // order, at most max_bucket in all.
  std::vector<uint32_t> left(last - first, static_cast<uint32_t>(o.max_bucket));
  const auto& segments = index.segments();
  for (uint32_t s = 0; s < segments.size(); ++s) {
    const Segment& seg = *segments[s];
    if (probes.empty()) break;
    StatusOr<const uint32_t*> keys =
        seg.BandKeys(band, seg.rows() / probes.size() <= kCopyBelowGap, buffer);
    if (!keys.ok()) return keys.status();
    size_t from = 0;  // where the keys probed so far end
    for (size_t j = 0; j < probes.size(); ++j) {
      if (j + kPrefetchAhead < probes.size()) {
        seg.PrefetchBand(*keys, from, probes[j + kPrefetchAhead].first);
      }
      const uint32_t i = probes[j].second;
      from = seg.FindBand(band, *keys, probes[j].first, from, left[i], [&](uint32_t row) {
        --left[i];
        out->push_back(((base[s] + row) << kDayBits) | i);
      });
    }
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  return Status::OK();
}

// The archived articles (Pack()ed, sorted) of the band matches of today's
// articles [first, ...) that pass the candidate screen on the whole
// signature: the others could only make pairs that FindCandidates drops.
std::vector<uint64_t> Screened(const ArchiveIndex& index, const Corpus& day,
                               const DayRows& day_rows, const DedupOptions& o,
                               const std::vector<uint64_t>& base, size_t first,
                               const std::vector<uint64_t>& matches, ThreadPool* pool) {
  const CandidateParams params = CandidateParamsFor(o);
  std::vector<uint64_t> refs(matches.size(), ~uint64_t{0});
  ParallelFor(pool, matches.size(), [&](size_t m) {
    const uint64_t ordinal = matches[m] >> kDayBits;
    const size_t i = first + (matches[m] & (kDayChunk - 1));
    const uint32_t s = static_cast<uint32_t>(std::upper_bound(base.begin(), base.end(), ordinal) -
                                             base.begin() - 1);
    const uint32_t row = static_cast<uint32_t>(ordinal - base[s]);
    const Segment& seg = *index.segments()[s];
    size_t agree = 0;
    for (int p = 0; p < o.signature.num_perm; ++p) agree += seg.value(p, row) == day_rows.value(i, p);
    if (PassesScreen(agree, day.docs[i].shingles, seg.shingles(row), params)) refs[m] = Pack(s, row);
  });
  std::erase(refs, ~uint64_t{0});
  std::sort(refs.begin(), refs.end());
  refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
  return refs;
}

// Marks today's articles whose ids the index holds; returns the archived
// copies (Pack()ed, sorted), which are left out of the matches.
std::vector<uint64_t> SameIds(const ArchiveIndex& index, const Corpus& day,
                              std::vector<uint8_t>* already) {
  std::vector<uint64_t> same;
  already->assign(day.docs.size(), 0);
  ArchivedRecord r;
  const auto& segments = index.segments();
  for (size_t i = 0; i < day.docs.size(); ++i) {
    const std::string_view id = day.id(i);
    for (uint32_t s = 0; s < segments.size(); ++s) {
      segments[s]->FindId(SignatureIdHash(id), [&](uint32_t row) {
        if (DecodeArchivedRecord(segments[s]->record(row), &r) && r.id == id) {
          (*already)[i] = 1;
          same.push_back(Pack(s, row));
        }
      });
    }
  }
  std::sort(same.begin(), same.end());
  return same;
}

}  // namespace

StatusOr<ArchiveMatches> FindArchiveMatches(const ArchiveIndex& index, const Corpus& day,
                                            const ColumnSource& day_columns,
                                            const DedupOptions& o, ThreadPool* pool) {
  ArchiveMatches m;
  const std::vector<uint64_t> same = SameIds(index, day, &m.already_archived);
  StatusOr<DayRows> day_rows = DayRows::Read(day_columns, day.docs.size(), o.signature.num_perm);
  if (!day_rows.ok()) return day_rows.status();
  std::vector<uint64_t> base(1, 0);  // where each segment's ordinals start
  for (const auto& seg : index.segments()) base.push_back(base.back() + seg->rows());
  std::vector<uint64_t> all;
  std::vector<std::vector<uint32_t>> buffers(std::max<size_t>(1, pool->workers()));
  for (size_t first = 0; first < day.docs.size(); first += kDayChunk) {
    const size_t last = std::min(day.docs.size(), first + kDayChunk);
    StatusOr<std::vector<uint64_t>> matches = UnionOverBands(
        0, o.signature.num_perm, pool, [&](size_t worker, int band, std::vector<uint64_t>* out) {
          return MatchBand(index, day, day_columns, o, band, first, last, base, &buffers[worker],
                           out);
        });
    if (!matches.ok()) return matches.status();
    const std::vector<uint64_t> refs = Screened(index, day, *day_rows, o, base, first, *matches, pool);
    all.insert(all.end(), refs.begin(), refs.end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  std::vector<uint64_t> merged;
  std::set_difference(all.begin(), all.end(), same.begin(), same.end(),
                      std::back_inserter(merged));
  const int k = o.signature.num_perm;
  // In id order, as today's articles are, so that ties break the same way.
  struct Found {
    ArchiveMatches::Ref ref;
    std::string id;
    RankKey key;
  };
  std::vector<Found> matches(merged.size());
  const auto& segments = index.segments();
  ParallelFor(pool, merged.size(), [&](size_t i) {
    Found& f = matches[i];
    f.ref = {static_cast<uint32_t>(merged[i] >> 32), static_cast<uint32_t>(merged[i])};
    const Segment& s = *segments[f.ref.segment];
    ArchivedRecord r;
    DecodeArchivedRecord(s.record(f.ref.row), &r);
    f.id = std::move(r.id);
    f.key = {true, r.source.has_value(), s.shingles(f.ref.row)};
  });
  std::stable_sort(matches.begin(), matches.end(),
                   [](const Found& a, const Found& b) { return IdLess(a.id, b.id); });
  m.values.resize(matches.size() * static_cast<size_t>(k));
  for (size_t i = 0; i < matches.size(); ++i) {
    const Segment& s = *segments[matches[i].ref.segment];
    for (int p = 0; p < k; ++p) m.values[i * k + p] = s.value(p, matches[i].ref.row);
    m.refs.push_back(matches[i].ref);
    m.ids.push_back(std::move(matches[i].id));
    m.keys.push_back(matches[i].key);
  }
  return m;
}

Status DayAndArchiveColumns::Column(int p, std::vector<uint32_t>* out) const {
  BAOKAN_RETURN_IF_ERROR(day_.Column(p, out));
  for (size_t i = 0; i < archive_.refs.size(); ++i) out->push_back(archive_.values[i * k_ + p]);
  return Status::OK();
}

uint32_t DayAndArchiveVerifyInput::shingles(uint32_t a) const {
  if (a < day_.size()) return day_.shingles(a);
  return archive_.keys[a - day_.size()].shingles;
}

uint64_t DayAndArchiveVerifyInput::position(uint32_t a) const {
  if (a < day_.size()) return day_.position(a);
  const ArchiveMatches::Ref& r = archive_.refs[a - day_.size()];
  // After every spool offset; segment by segment, row by row.
  return (uint64_t{1} << 63) | (uint64_t{r.segment} << 32) | r.row;
}

Status DayAndArchiveVerifyInput::Read(uint32_t a, ArticleFields* out) const {
  if (a < day_.size()) return day_.Read(a, out);
  const ArchiveMatches::Ref& r = archive_.refs[a - day_.size()];
  const Segment& s = *index_.segments()[r.segment];
  if (!DecodeArchivedFields(s.record(r.row), out)) {
    return Status::DataError(s.path() + ": archive record " + std::to_string(r.row) +
                             " does not decode; rebuild the index");
  }
  return Status::OK();
}

namespace {

// The columns of some of today's articles.
class SelectedColumns : public ColumnSource {
 public:
  SelectedColumns(const ColumnSource& all, const std::vector<uint32_t>& docs)
      : all_(all), docs_(docs) {}
  Status Column(int p, std::vector<uint32_t>* out) const override {
    std::vector<uint32_t> column;
    BAOKAN_RETURN_IF_ERROR(all_.Column(p, &column));
    out->resize(docs_.size());
    for (size_t i = 0; i < docs_.size(); ++i) (*out)[i] = column[docs_[i]];
    return Status::OK();
  }

 private:
  const ColumnSource& all_;
  const std::vector<uint32_t>& docs_;
};

}  // namespace

Status AddToIndex(ArchiveIndex* index, const Corpus& day, const ColumnSource& day_columns,
                  const std::vector<uint32_t>& docs, ThreadPool* pool) {
  const SelectedColumns columns(day_columns, docs);
  std::vector<uint32_t> shingles(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) shingles[i] = day.docs[docs[i]].shingles;
  SegmentRows rows;
  rows.count = docs.size();
  rows.columns = &columns;
  rows.shingles = shingles.data();
  rows.record = [&](size_t row, std::string* out) { return ReadCompared(day, docs[row], out); };
  return index->Append(rows, pool);
}

}  // namespace baokan::dedup
