// Archive index segments: writing, mapping, and searching their sorted keys.
// Layout (docs/formats.md, "Archive index"); every number little-endian,
// every section 8-byte aligned, n rows, K positions:
//
//   head      16 bytes: magic "BKIDXSEG", version (u32), 0 (u32)
//   shingles  n u32
//   columns   K × n u32: position p of every row, then p+1 ...
//   bands     K × (n u32 keys: the high 32 bits of the band keys, in the
//             order of the whole keys, ascending; n u32 rows in that order)
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
// 2: 32-bit band keys (version 1 stored all 64 bits).
constexpr uint32_t kSegmentVersion = 2;
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
  size_t band_stride() const { return 2 * Align8(4 * rows); }
  size_t id_stride() const { return 8 * rows + Align8(4 * rows); }
  size_t bands() const { return columns() + Align8(4 * rows * static_cast<size_t>(num_perm)); }
  size_t records() const { return bands() + band_stride() * static_cast<size_t>(num_perm); }
  // The sections after the records, given their size.
  size_t offsets(size_t record_bytes) const { return Align8(records() + record_bytes); }
  size_t ids(size_t record_bytes) const { return offsets(record_bytes) + 8 * (rows + 1); }
  size_t footer(size_t record_bytes) const { return ids(record_bytes) + id_stride(); }
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

// The high half of a band key, which a segment stores.
uint32_t ShortKey(uint64_t key) { return static_cast<uint32_t>(key >> 32); }

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

// False when `p` is no footer; *version is the format it was written in.
bool DecodeFooter(const char* p, Footer* f, uint32_t* version) {
  uint64_t sum;
  std::memcpy(&sum, p + kChecked, 8);
  if (std::memcmp(p, kSegmentMagic, 8) != 0 || sum != XXH3_64bits(p, kChecked)) return false;
  uint32_t small[4];
  uint64_t big[4];
  std::memcpy(small, p + 8, sizeof small);
  std::memcpy(big, p + 24, sizeof big);
  *version = small[0];
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

// Sorts `entries` (keys with their rows; equal keys keep their order) and
// writes them as one band or id section, each key cut to a Key (the band
// keys to their high half).
template <typename Key>
Status WriteSortedKeys(std::vector<std::pair<uint64_t, uint32_t>>* entries, OutputFile* out) {
  std::vector<std::pair<uint64_t, uint32_t>> scratch;
  SortEvenly(entries, [](const std::pair<uint64_t, uint32_t>& e) { return e.first; }, &scratch);
  std::vector<Key> keys(entries->size());
  std::vector<uint32_t> rows(entries->size());
  for (size_t i = 0; i < entries->size(); ++i) {
    keys[i] = static_cast<Key>((*entries)[i].first >> (64 - 8 * sizeof(Key)));
    rows[i] = (*entries)[i].second;
  }
  BAOKAN_RETURN_IF_ERROR(out->Write(Bytes(keys)));
  BAOKAN_RETURN_IF_ERROR(Pad(out, sizeof(Key) * keys.size()));
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
      BAOKAN_RETURN_IF_ERROR(WriteSortedKeys<uint32_t>(&bands[w], out));
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

bool DecodeArchivedFields(std::string_view bytes, ArticleFields* out) {
  ArchivedRecord r;
  if (!DecodeArchivedRecord(bytes, &r)) return false;
  *out = ArticleFields{std::move(r.id), std::move(r.page), std::move(r.source),
                       std::move(r.paper), std::string(), std::move(r.match_form)};
  return true;
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
  BAOKAN_RETURN_IF_ERROR(WriteSortedKeys<uint64_t>(&ids, out));
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
  uint32_t version = 0;
  char footer[kFooterSize];
  const bool has_footer = size >= kHeadSize + kFooterSize &&
                          pread(fd, footer, kFooterSize, static_cast<off_t>(size - kFooterSize)) ==
                              static_cast<ssize_t>(kFooterSize) &&
                          DecodeFooter(footer, &f, &version);
  if (has_footer && version != kSegmentVersion) {
    close(fd);
    return Status::DataError(path + ": an archive index segment of format " +
                             std::to_string(version) + " (this baokan reads format " +
                             std::to_string(kSegmentVersion) + "): rebuild the index");
  }
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
  if (map == MAP_FAILED) {
    close(fd);
    return Status::IOError(path + ": cannot map: " + std::strerror(errno));
  }
  std::unique_ptr<Segment> s(new Segment());
  s->fd_ = fd;
  s->path_ = path;
  s->map_ = map;
  s->size_ = size;
  s->rows_ = f.rows;
  s->num_perm_ = f.settings.signature.num_perm;
  s->band_rows_ = f.settings.band_rows;
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
  if (fd_ >= 0) close(fd_);
}

std::string_view Segment::record(size_t row) const {
  return std::string_view(records_ + record_offsets_[row],
                          record_offsets_[row + 1] - record_offsets_[row]);
}

const uint32_t* Segment::band_keys(int band) const {
  return reinterpret_cast<const uint32_t*>(
      bands_ + Layout(rows_, num_perm_).band_stride() * static_cast<size_t>(band));
}

StatusOr<const uint32_t*> Segment::BandKeys(int band, bool copy,
                                            std::vector<uint32_t>* buffer) const {
  const uint32_t* keys = band_keys(band);
  if (!copy) return keys;
  buffer->resize(rows_);
  const size_t bytes = 4 * rows_;
  const off_t at = reinterpret_cast<const char*>(keys) - static_cast<const char*>(map_);
  for (size_t done = 0; done < bytes;) {
    const ssize_t got = pread(fd_, reinterpret_cast<char*>(buffer->data()) + done, bytes - done,
                              at + static_cast<off_t>(done));
    if (got <= 0) {
      return Status::IOError(path_ + ": cannot read band " + std::to_string(band) + ": " +
                             (got < 0 ? std::strerror(errno) : "the file is shorter than it was"));
    }
    done += static_cast<size_t>(got);
  }
  return buffer->data();
}

uint64_t Segment::BandKey(int band, size_t row) const {
  uint64_t key = kBandKeySeed;
  for (int r = 0; r < band_rows_; ++r) key = BandKeyStep(key, value((band + r) % num_perm_, row), r);
  return key;
}

void Segment::PrefetchBand(const uint32_t* keys, size_t from, uint64_t key) const {
  const uint32_t short_key = ShortKey(key);
  if (from >= rows_ || keys[from] >= short_key) return;
  const size_t guess =
      std::min(rows_ - 1, from + 1 + UniformGuess(short_key - keys[from], rows_));
  __builtin_prefetch(keys + guess);
}

size_t Segment::FindBand(int band, const uint32_t* keys, uint64_t key, size_t from, size_t limit,
                         const std::function<void(uint32_t)>& fn) const {
  const uint32_t* rows = band_keys(band) + Align8(4 * rows_) / 4;
  const uint32_t short_key = ShortKey(key);
  const size_t place = LowerBoundFrom(keys, rows_, from, short_key);
  // Rows whose keys share the high half are told apart by the whole key,
  // recomputed from their signature (one in 2^32 / n probes meets such a row).
  for (size_t i = place; i < rows_ && keys[i] == short_key && limit > 0; ++i) {
    if (BandKey(band, rows[i]) != key) continue;
    fn(rows[i]);
    --limit;
  }
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

size_t UniformGuess(uint32_t key, size_t n) {
  return static_cast<size_t>((static_cast<uint64_t>(key) * n) >> 32);
}

namespace {

// The first index i in [lo, n) with keys[i] >= key, given that every key
// before lo is less than key: widens from `guess` (lo <= guess <= n) by
// doubling steps until the answer is bracketed, then searches the bracket.
template <typename Key>
size_t WidenFrom(const Key* keys, size_t lo, size_t n, size_t guess, Key key) {
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

// Keys a forward scan reads at a time: a fixed-size block whose keys below
// `key` are counted, which the compiler turns into vector compares.
constexpr size_t kScanBlock = 16;
// A key expected at most this many keys ahead is found by scanning forward
// (sequential reads, which the processor fetches ahead by itself) rather
// than by a search (reads that wait on each other); a scan that goes on for
// kScanGiveUp keys falls back to the search from where it stopped.
constexpr size_t kScanAhead = 512;
constexpr size_t kScanGiveUp = 4 * kScanAhead;

// The first index i in [from, n) with keys[i] >= key, found by scanning at
// most about kScanGiveUp keys; n when the scan gave up (*stopped: where).
template <typename Key>
size_t ScanForward(const Key* keys, size_t n, size_t from, Key key, size_t* stopped) {
  size_t i = from;
  const size_t stop = std::min(n, from + kScanGiveUp);
  while (i + kScanBlock <= stop) {
    size_t below = 0;
    for (size_t j = 0; j < kScanBlock; ++j) below += keys[i + j] < key;
    if (below < kScanBlock) return i + below;  // sorted: the first `below` are the smaller
    i += kScanBlock;
  }
  for (; i < stop; ++i) {
    if (keys[i] >= key) return i;
  }
  *stopped = i;
  return n;
}

template <typename Key>
size_t LowerBoundFromImpl(const Key* keys, size_t n, size_t from, Key key) {
  if (from >= n || keys[from] >= key) return from;
  // Between keys[from] and key lie about (key - keys[from]) / 2^bits * n
  // keys: a guess off by about the square root of that, not of n.
  const size_t ahead = UniformGuess(static_cast<Key>(key - keys[from]), n);
  if (ahead <= kScanAhead) {
    size_t stopped = n;
    const size_t found = ScanForward(keys, n, from + 1, key, &stopped);
    if (found < n || stopped == n) return found;
    from = stopped - 1;  // keys[from] < key
  }
  const size_t guess = std::min(n, from + 1 + UniformGuess(static_cast<Key>(key - keys[from]), n));
  return WidenFrom(keys, from + 1, n, guess, key);
}

}  // namespace

size_t UniformLowerBound(const uint64_t* keys, size_t n, uint64_t key) {
  if (n == 0) return 0;
  return WidenFrom(keys, 0, n, UniformGuess(key, n), key);
}

size_t LowerBoundFrom(const uint64_t* keys, size_t n, size_t from, uint64_t key) {
  return LowerBoundFromImpl(keys, n, from, key);
}

size_t LowerBoundFrom(const uint32_t* keys, size_t n, size_t from, uint32_t key) {
  return LowerBoundFromImpl(keys, n, from, key);
}

}  // namespace baokan::dedup
