// Archive index segments: writing, mapping, and searching their sorted keys.
// Layout (docs/formats.md, "Archive index"); every number little-endian,
// every section 8-byte aligned, n rows, K positions:
//
//   head      16 bytes: magic "BKIDXSEG", version (u32), 0 (u32)
//   shingles  n u32
//   columns   K × n u32: position p of every row, then p+1 ...
//   bands     K × (n u64 keys, ascending; n u32 rows in the same order)
//   records   the rows' EncodeArchivedRecord bytes, one after another
//   offsets   n + 1 u64: where each record starts (the last: the end)
//   ids       n u64 id hashes, ascending; n u32 rows in the same order
//   footer    kFooterSize bytes: magic, settings, n, the records' size, the
//             file's size and an XXH3 checksum of the footer
//
// The footer is written last, so a file cut short has none and is refused.

#include "dedup/index_segment.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "baokan/io.h"
#include "dedup/even_sort.h"

namespace baokan::dedup {
namespace {

static_assert(std::endian::native == std::endian::little,
              "index segments are mapped as little-endian arrays");

constexpr char kSegmentMagic[8] = {'B', 'K', 'I', 'D', 'X', 'S', 'E', 'G'};
constexpr uint32_t kSegmentVersion = 1;
constexpr size_t kHeadSize = 16;
constexpr size_t kFooterSize = 128;
// Rows whose records one task encodes while a segment is written.
constexpr size_t kRecordChunk = 1024;

size_t Align8(size_t x) { return (x + 7) & ~size_t{7}; }

// Where the fixed sections of a segment of n rows and K positions start.
struct Layout {
  Layout(size_t n, int k) : rows(n), num_perm(k) {}
  size_t rows;
  int num_perm;
  size_t shingles() const { return kHeadSize; }
  size_t columns() const { return shingles() + Align8(4 * rows); }
  size_t band_stride() const { return 8 * rows + Align8(4 * rows); }
  size_t bands() const { return columns() + Align8(4 * rows * static_cast<size_t>(num_perm)); }
  size_t records() const { return bands() + band_stride() * static_cast<size_t>(num_perm); }
  // The sections after the records, given their size.
  size_t offsets(size_t record_bytes) const { return Align8(records() + record_bytes); }
  size_t ids(size_t record_bytes) const { return offsets(record_bytes) + 8 * (rows + 1); }
  size_t footer(size_t record_bytes) const { return ids(record_bytes) + band_stride(); }
  size_t file_size(size_t record_bytes) const { return footer(record_bytes) + kFooterSize; }
};

// The footer's fields, at fixed offsets.
struct Footer {
  IndexSettings settings;
  uint64_t rows = 0;
  uint64_t record_bytes = 0;
  uint64_t file_size = 0;
};
constexpr size_t kChecked = 64;  // footer bytes the checksum covers

std::string EncodeFooter(const Footer& f) {
  std::string out(kFooterSize, '\0');
  char* p = out.data();
  std::memcpy(p, kSegmentMagic, 8);
  const uint32_t small[] = {kSegmentVersion, static_cast<uint32_t>(f.settings.signature.shingle_size),
                            static_cast<uint32_t>(f.settings.signature.num_perm),
                            static_cast<uint32_t>(f.settings.band_rows)};
  std::memcpy(p + 8, small, sizeof small);
  const uint64_t big[] = {f.settings.signature.seed, f.rows, f.record_bytes, f.file_size};
  std::memcpy(p + 24, big, sizeof big);
  const uint64_t sum = XXH3_64bits(p, kChecked);
  std::memcpy(p + kChecked, &sum, 8);
  return out;
}

bool DecodeFooter(const char* p, Footer* f) {
  uint64_t sum;
  std::memcpy(&sum, p + kChecked, 8);
  if (std::memcmp(p, kSegmentMagic, 8) != 0 || sum != XXH3_64bits(p, kChecked)) return false;
  uint32_t small[4];
  uint64_t big[4];
  std::memcpy(small, p + 8, sizeof small);
  std::memcpy(big, p + 24, sizeof big);
  if (small[0] != kSegmentVersion) return false;
  f->settings.signature.shingle_size = static_cast<int>(small[1]);
  f->settings.signature.num_perm = static_cast<int>(small[2]);
  f->settings.band_rows = static_cast<int>(small[3]);
  f->settings.signature.seed = big[0];
  f->rows = big[1];
  f->record_bytes = big[2];
  f->file_size = big[3];
  return true;
}

void PutLengthPrefixed(std::string_view s, std::string* out) {
  const uint32_t n = static_cast<uint32_t>(s.size());
  out->append(reinterpret_cast<const char*>(&n), 4);
  out->append(s);
}

bool GetLengthPrefixed(std::string_view* in, std::string* out) {
  uint32_t n;
  if (in->size() < 4) return false;
  std::memcpy(&n, in->data(), 4);
  if (in->size() - 4 < n) return false;
  out->assign(in->substr(4, n));
  in->remove_prefix(4 + n);
  return true;
}

template <typename T>
std::string_view Bytes(const std::vector<T>& v) {
  return std::string_view(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

Status Pad(OutputFile* out, size_t written) {
  static const char kZeros[8] = {};
  return out->Write(std::string_view(kZeros, Align8(written) - written));
}

// Sorts `keys` (with their rows) and writes them as one band or id section.
Status WriteSortedKeys(std::vector<std::pair<uint64_t, uint32_t>>* entries, OutputFile* out) {
  std::vector<std::pair<uint64_t, uint32_t>> scratch;
  SortEvenly(entries, [](const std::pair<uint64_t, uint32_t>& e) { return e.first; }, &scratch);
  std::vector<uint64_t> keys(entries->size());
  std::vector<uint32_t> rows(entries->size());
  for (size_t i = 0; i < entries->size(); ++i) {
    keys[i] = (*entries)[i].first;
    rows[i] = (*entries)[i].second;
  }
  BAOKAN_RETURN_IF_ERROR(out->Write(Bytes(keys)));
  BAOKAN_RETURN_IF_ERROR(out->Write(Bytes(rows)));
  return Pad(out, 4 * rows.size());
}

// The band sections: K bands computed `pool` workers at a time, written in
// band order.
Status WriteBands(const IndexSettings& s, const SegmentRows& rows, ThreadPool* pool,
                  OutputFile* out) {
  const int k = s.signature.num_perm;
  const size_t workers = std::clamp<size_t>(pool->workers(), 1, static_cast<size_t>(k));
  std::vector<std::vector<std::pair<uint64_t, uint32_t>>> bands(workers);
  std::vector<Status> errors(workers);
  for (int first = 0; first < k; first += static_cast<int>(workers)) {
    const size_t count = std::min(workers, static_cast<size_t>(k - first));
    ParallelFor(pool, count, [&](size_t w) {
      std::vector<uint64_t> keys(rows.count, kBandKeySeed);
      std::vector<uint32_t> column;
      for (int r = 0; r < s.band_rows; ++r) {
        errors[w] = rows.columns->Column((first + static_cast<int>(w) + r) % k, &column);
        if (!errors[w].ok()) return;
        for (size_t i = 0; i < rows.count; ++i) keys[i] = BandKeyStep(keys[i], column[i], r);
      }
      bands[w].resize(rows.count);
      for (size_t i = 0; i < rows.count; ++i) bands[w][i] = {keys[i], static_cast<uint32_t>(i)};
    }, 1);
    for (size_t w = 0; w < count; ++w) {
      BAOKAN_RETURN_IF_ERROR(errors[w]);
      BAOKAN_RETURN_IF_ERROR(WriteSortedKeys(&bands[w], out));
    }
  }
  return Status::OK();
}

// The records, encoded on `pool` and written in row order; fills the
// offsets and the id sections' entries.
Status WriteRecords(const SegmentRows& rows, ThreadPool* pool, OutputFile* out,
                    std::vector<uint64_t>* offsets,
                    std::vector<std::pair<uint64_t, uint32_t>>* ids) {
  struct Chunk {
    Status status;
    std::string bytes;
    std::vector<uint64_t> ends;
    std::vector<uint64_t> id_hashes;
  };
  Status status;
  uint64_t at = 0;
  offsets->assign(1, 0);
  OrderedParallelMap<Chunk>(
      pool, (rows.count + kRecordChunk - 1) / kRecordChunk,
      [&](size_t c) {
        Chunk chunk;
        std::string record;
        ArchivedRecord decoded;
        for (size_t i = c * kRecordChunk; i < std::min(rows.count, (c + 1) * kRecordChunk); ++i) {
          chunk.status = rows.record(i, &record);
          if (!chunk.status.ok()) break;
          if (!DecodeArchivedRecord(record, &decoded)) {
            chunk.status = Status::Internal("an archive record does not decode");
            break;
          }
          chunk.bytes += record;
          chunk.ends.push_back(chunk.bytes.size());
          chunk.id_hashes.push_back(SignatureIdHash(decoded.id));
        }
        return chunk;
      },
      [&](size_t, Chunk&& chunk) {
        if (!status.ok()) return;
        status = chunk.status.ok() ? out->Write(chunk.bytes) : chunk.status;
        for (size_t j = 0; j < chunk.ends.size(); ++j) {
          ids->push_back({chunk.id_hashes[j], static_cast<uint32_t>(offsets->size() - 1)});
          offsets->push_back(at + chunk.ends[j]);
        }
        at += chunk.bytes.size();
      });
  return status;
}

}  // namespace

std::string IndexSettings::ToString() const {
  char buf[128];
  std::snprintf(buf, sizeof buf, "k=%d, K=%d, band_rows=%d, seed=0x%016llx",
                signature.shingle_size, signature.num_perm, band_rows,
                static_cast<unsigned long long>(signature.seed));
  return buf;
}

std::string EncodeArchivedRecord(const ArchivedRecord& r) {
  std::string out;
  PutLengthPrefixed(r.id, &out);
  PutLengthPrefixed(r.page, &out);
  out.push_back(static_cast<char>((r.source ? 1 : 0) | (r.paper ? 2 : 0)));
  PutLengthPrefixed(r.source.value_or(""), &out);
  PutLengthPrefixed(r.paper.value_or(""), &out);
  PutLengthPrefixed(r.match_form, &out);
  return out;
}

bool DecodeArchivedRecord(std::string_view in, ArchivedRecord* out) {
  std::string source, paper;
  if (!GetLengthPrefixed(&in, &out->id) || !GetLengthPrefixed(&in, &out->page) || in.empty()) {
    return false;
  }
  const unsigned flags = static_cast<unsigned char>(in.front());
  in.remove_prefix(1);
  if (!GetLengthPrefixed(&in, &source) || !GetLengthPrefixed(&in, &paper) ||
      !GetLengthPrefixed(&in, &out->match_form)) {
    return false;
  }
  out->source = (flags & 1) ? std::optional<std::string>(std::move(source)) : std::nullopt;
  out->paper = (flags & 2) ? std::optional<std::string>(std::move(paper)) : std::nullopt;
  return in.empty();
}

Status WriteSegment(const std::string& path, const IndexSettings& settings,
                    const SegmentRows& rows, ThreadPool* pool) {
  OutputOptions sync;
  sync.sync = true;
  StatusOr<std::unique_ptr<OutputFile>> file = OutputFile::Create(path, sync);
  if (!file.ok()) return file.status();
  OutputFile* out = file->get();
  std::string head(kHeadSize, '\0');
  std::memcpy(head.data(), kSegmentMagic, 8);
  std::memcpy(head.data() + 8, &kSegmentVersion, 4);
  BAOKAN_RETURN_IF_ERROR(out->Write(head));
  BAOKAN_RETURN_IF_ERROR(
      out->Write(std::string_view(reinterpret_cast<const char*>(rows.shingles), 4 * rows.count)));
  BAOKAN_RETURN_IF_ERROR(Pad(out, 4 * rows.count));
  std::vector<uint32_t> column;
  for (int p = 0; p < settings.signature.num_perm; ++p) {
    BAOKAN_RETURN_IF_ERROR(rows.columns->Column(p, &column));
    BAOKAN_RETURN_IF_ERROR(out->Write(Bytes(column)));
  }
  BAOKAN_RETURN_IF_ERROR(Pad(out, 4 * rows.count * static_cast<size_t>(settings.signature.num_perm)));
  BAOKAN_RETURN_IF_ERROR(WriteBands(settings, rows, pool, out));
  std::vector<uint64_t> offsets;
  std::vector<std::pair<uint64_t, uint32_t>> ids;
  BAOKAN_RETURN_IF_ERROR(WriteRecords(rows, pool, out, &offsets, &ids));
  const size_t record_bytes = offsets.back();
  BAOKAN_RETURN_IF_ERROR(Pad(out, record_bytes));
  BAOKAN_RETURN_IF_ERROR(out->Write(Bytes(offsets)));
  BAOKAN_RETURN_IF_ERROR(WriteSortedKeys(&ids, out));
  Footer footer{settings, rows.count, record_bytes, 0};
  footer.file_size = Layout(rows.count, settings.signature.num_perm).file_size(record_bytes);
  BAOKAN_RETURN_IF_ERROR(out->Write(EncodeFooter(footer)));
  return out->Commit();
}

StatusOr<std::unique_ptr<Segment>> Segment::Open(const std::string& path,
                                                 const IndexSettings& expected) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  struct stat st;
  const bool stat_ok = fstat(fd, &st) == 0;
  const uint64_t size = stat_ok ? static_cast<uint64_t>(st.st_size) : 0;
  Footer f;
  char footer[kFooterSize];
  const bool has_footer = size >= kHeadSize + kFooterSize &&
                          pread(fd, footer, kFooterSize, static_cast<off_t>(size - kFooterSize)) ==
                              static_cast<ssize_t>(kFooterSize) &&
                          DecodeFooter(footer, &f);
  if (!has_footer || f.file_size != size) {
    close(fd);
    return Status::DataError(path + ": not a complete archive index segment (cut short or "
                                    "overwritten); restore it or rebuild the index");
  }
  if (!(f.settings == expected)) {
    close(fd);
    return Status::DataError(path + ": segment built with " + f.settings.ToString() +
                             ", this run uses " + expected.ToString());
  }
  void* map = mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return Status::IOError(path + ": cannot map: " + std::strerror(errno));
  std::unique_ptr<Segment> s(new Segment());
  s->path_ = path;
  s->map_ = map;
  s->size_ = size;
  s->rows_ = f.rows;
  s->num_perm_ = f.settings.signature.num_perm;
  const Layout layout(s->rows_, s->num_perm_);
  const char* base = static_cast<const char*>(map);
  s->shingles_ = reinterpret_cast<const uint32_t*>(base + layout.shingles());
  s->columns_ = reinterpret_cast<const uint32_t*>(base + layout.columns());
  s->bands_ = base + layout.bands();
  s->records_ = base + layout.records();
  s->record_offsets_ = reinterpret_cast<const uint64_t*>(base + layout.offsets(f.record_bytes));
  s->id_keys_ = reinterpret_cast<const uint64_t*>(base + layout.ids(f.record_bytes));
  s->id_rows_ = reinterpret_cast<const uint32_t*>(base + layout.ids(f.record_bytes) + 8 * s->rows_);
  return s;
}

Segment::~Segment() {
  if (map_ != nullptr) munmap(map_, size_);
}

std::string_view Segment::record(size_t row) const {
  return std::string_view(records_ + record_offsets_[row],
                          record_offsets_[row + 1] - record_offsets_[row]);
}

const uint64_t* Segment::band_keys(int band) const {
  return reinterpret_cast<const uint64_t*>(
      bands_ + Layout(rows_, num_perm_).band_stride() * static_cast<size_t>(band));
}

void Segment::PrefetchBand(int band, size_t from, uint64_t key) const {
  const uint64_t* keys = band_keys(band);
  if (from >= rows_ || keys[from] >= key) return;
  const size_t guess = std::min(rows_ - 1, from + 1 + UniformGuess(key - keys[from], rows_));
  __builtin_prefetch(keys + guess);
}

size_t Segment::FindBand(int band, uint64_t key, size_t from, size_t limit,
                         const std::function<void(uint32_t)>& fn) const {
  const uint64_t* keys = band_keys(band);
  const auto* rows = reinterpret_cast<const uint32_t*>(keys + rows_);
  const size_t place = LowerBoundFrom(keys, rows_, from, key);
  for (size_t i = place; i < rows_ && keys[i] == key && limit > 0; ++i, --limit) fn(rows[i]);
  return place;
}

void Segment::FindId(uint64_t id_hash, const std::function<void(uint32_t)>& fn) const {
  for (size_t i = UniformLowerBound(id_keys_, rows_, id_hash); i < rows_ && id_keys_[i] == id_hash;
       ++i) {
    fn(id_rows_[i]);
  }
}

size_t UniformGuess(uint64_t key, size_t n) {
  return static_cast<size_t>((static_cast<unsigned __int128>(key) * n) >> 64);
}

namespace {

// The first index i in [lo, n) with keys[i] >= key, given that every key
// before lo is less than key: widens from `guess` (lo <= guess <= n) by
// doubling steps until the answer is bracketed, then searches the bracket.
size_t WidenFrom(const uint64_t* keys, size_t lo, size_t n, size_t guess, uint64_t key) {
  size_t hi = n, step = 1;
  if (guess < n && keys[guess] < key) {  // the answer is after guess: widen to the right
    lo = guess + 1;
    for (;;) {
      const size_t probe = lo - 1 + step;
      if (probe >= n) break;
      if (keys[probe] >= key) {
        hi = probe;
        break;
      }
      lo = probe + 1;
      step *= 2;
    }
  } else {  // at or before guess: widen to the left
    hi = guess;
    for (;;) {
      if (hi < lo + step) break;
      const size_t probe = hi - step;
      if (keys[probe] < key) {
        lo = probe + 1;
        break;
      }
      hi = probe;
      step *= 2;
    }
  }
  return static_cast<size_t>(std::lower_bound(keys + lo, keys + hi, key) - keys);
}

}  // namespace

size_t UniformLowerBound(const uint64_t* keys, size_t n, uint64_t key) {
  if (n == 0) return 0;
  return WidenFrom(keys, 0, n, UniformGuess(key, n), key);
}

size_t LowerBoundFrom(const uint64_t* keys, size_t n, size_t from, uint64_t key) {
  if (from >= n || keys[from] >= key) return from;
  // Between keys[from] and key lie about (key - keys[from]) / 2^64 * n keys:
  // a guess off by about the square root of that, not of n.
  const size_t guess = std::min(n, from + 1 + UniformGuess(key - keys[from], n));
  return WidenFrom(keys, from + 1, n, guess, key);
}

}  // namespace baokan::dedup
