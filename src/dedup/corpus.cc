#include "dedup/corpus.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <optional>

#include "baokan/io.h"
#include "baokan/json.h"
#include "dedup/article_fields.h"
#include "dedup/batch_reader.h"
#include "dedup/index_segment.h"
#include "dedup/match_form.h"
#include "dedup/signature.h"

namespace baokan::dedup {
namespace {

// Bytes of input records parsed and fingerprinted per parallel batch.
constexpr size_t kBatchBytes = 16 << 20;

// Signatures from files, found by id and text together. Memory: 16 bytes per
// record; the values are read from the file when an article asks for them.
class SignatureStore {
 public:
  // Indexes one file; returns false (after reporting) when it is unusable.
  bool Load(const std::string& path, const SignatureOptions& options,
            const std::function<void(const std::string&)>& on_error) {
    StatusOr<std::unique_ptr<SignatureFileReader>> r = SignatureFileReader::Open(path, options);
    if (!r.ok()) {
      on_error(r.status().message() + " (its articles are fingerprinted again)");
      return false;
    }
    const uint32_t file = static_cast<uint32_t>(files_.size());
    const size_t before = index_.size();
    SignatureRecord rec;
    for (uint32_t i = 0; (*r)->Next(&rec); ++i) {
      index_.push_back({Key(rec.id_hash, rec.text_hash), file, i});
    }
    if (!(*r)->status().ok()) {
      on_error((*r)->status().message());
      index_.resize(before);
      return false;
    }
    files_.push_back(std::move(*r));
    return true;
  }

  // Sorts the index; call after the last Load. The first record of a key
  // (in file order) wins.
  void Seal() {
    std::stable_sort(index_.begin(), index_.end(),
                     [](const Entry& a, const Entry& b) { return a.key < b.key; });
  }

  // Copies the stored signature of (id, text) to out[0..K) and returns its
  // shingle count, or returns nullopt (also when the file cannot be read).
  std::optional<uint32_t> Find(const std::string& id, const std::string& text,
                               uint32_t* out) const {
    if (index_.empty()) return std::nullopt;
    const uint64_t key = Key(SignatureIdHash(id), SignatureTextHash(text));
    auto it = std::lower_bound(index_.begin(), index_.end(), key,
                               [](const Entry& e, uint64_t k) { return e.key < k; });
    if (it == index_.end() || it->key != key) return std::nullopt;
    SignatureRecord rec;
    if (!files_[it->file]->ReadAt(it->record, &rec).ok()) return std::nullopt;
    for (size_t i = 0; i < rec.signature.values.size(); ++i) {
      out[i] = static_cast<uint32_t>(rec.signature.values[i]);
    }
    return rec.signature.shingle_count;
  }

 private:
  struct Entry {
    uint64_t key;
    uint32_t file;
    uint32_t record;
  };
  static uint64_t Key(uint64_t id_hash, uint64_t text_hash) {
    return id_hash ^ (text_hash * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL);
  }
  std::vector<std::unique_ptr<SignatureFileReader>> files_;
  std::vector<Entry> index_;
};

bool IsNumber(std::string_view s) {
  return !s.empty() && s.size() < 19 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One parsed and fingerprinted input line.
struct Parsed {
  std::optional<Doc> doc;
  std::string id;
  bool loaded = false;  // signature from a file
  std::string compared;  // EncodeArchivedRecord, when asked for
  uint64_t text_hash = 0;  // SignatureTextHash of `text`, when asked for
  std::string error;
};

Parsed ParseLine(const RawLine& line, const BatchReader& reader, const SignatureStore& store,
                 const SignatureOptions& options, bool keep_compared, bool want_text_hash,
                 uint32_t* values) {
  Parsed r;
  if (line.text.size() > UINT32_MAX) {
    r.error = reader.Where(line.file, line.line) + ": record longer than 4 GB";
    return r;
  }
  StatusOr<JsonRecord> rec = JsonRecord::Parse(line.text);
  ArticleFields f;
  Status s = rec.ok() ? ReadArticleFields(*rec, false, &f) : rec.status();
  if (!s.ok()) {
    r.error = reader.Where(line.file, line.line) + ": " + s.message();
    return r;
  }
  Doc d;
  d.marked = f.source.has_value();
  d.line_hash = XXH3_64bits(line.text.data(), line.text.size());
  d.length = static_cast<uint32_t>(line.text.size());
  d.file = line.file;
  d.line = line.line;
  if (want_text_hash) r.text_hash = SignatureTextHash(f.text);
  if (std::optional<uint32_t> n = store.Find(f.id, f.text, values)) {
    d.shingles = *n;
    r.loaded = true;
  } else {
    // The compared form is hashed as it is made (faster than hashing the
    // kept form below, which is made again only when kept).
    const Signature sig = CompareFormSignature(ComparableText(f.text, nullptr), options);
    d.shingles = sig.shingle_count;
    for (size_t j = 0; j < sig.values.size(); ++j) values[j] = static_cast<uint32_t>(sig.values[j]);
  }
  if (keep_compared) {
    r.compared = EncodeArchivedRecord({f.id, std::move(f.page), std::move(f.source),
                                       std::move(f.paper), CompareForm(ComparableText(f.text, nullptr))});
  }
  r.id = std::move(f.id);
  r.doc = d;
  return r;
}

}  // namespace

bool IdLess(std::string_view a, std::string_view b) {
  const size_t ha = a.rfind('#'), hb = b.rfind('#');
  const std::string_view pa = a.substr(0, ha);
  const std::string_view pb = b.substr(0, hb);
  if (pa != pb) return pa < pb;
  const std::string_view na = ha == std::string_view::npos ? "" : a.substr(ha + 1);
  const std::string_view nb = hb == std::string_view::npos ? "" : b.substr(hb + 1);
  if (IsNumber(na) && IsNumber(nb) && na.size() != nb.size()) return na.size() < nb.size();
  return na < nb;
}

void SortCanonically(Corpus* c) {
  auto id_of = [&](const Doc& d) {
    return std::string_view(c->ids).substr(d.id_offset, d.id_length);
  };
  std::sort(c->docs.begin(), c->docs.end(), [&](const Doc& a, const Doc& b) {
    const std::string_view ia = id_of(a), ib = id_of(b);
    if (ia != ib) return IdLess(ia, ib);
    return a.line_hash < b.line_hash;
  });
}

Status CorpusColumns::Column(int p, std::vector<uint32_t>* out) const {
  std::vector<uint32_t> by_row;
  BAOKAN_RETURN_IF_ERROR(c_.columns->Column(p, &by_row));
  out->resize(c_.docs.size());
  for (size_t i = 0; i < c_.docs.size(); ++i) (*out)[i] = by_row[c_.docs[i].row];
  return Status::OK();
}

Status ReadCompared(const Corpus& c, size_t doc, std::string* out) {
  const uint32_t row = c.docs[doc].row;
  return c.compared->Read(c.compared_at[row],
                          static_cast<uint32_t>(c.compared_at[row + 1] - c.compared_at[row]), out);
}

StatusOr<Corpus> LoadCorpus(const std::vector<std::string>& inputs, const DedupOptions& options,
                            bool keep_compared, ThreadPool* pool,
                            const std::function<void(const std::string&)>& on_error) {
  const size_t k = static_cast<size_t>(options.signature.num_perm);
  SignatureStore store;
  std::vector<std::string> article_inputs;
  for (const std::string& path : inputs) {
    if (IsSignatureFile(path)) {
      store.Load(path, options.signature, on_error);
    } else {
      article_inputs.push_back(path);
    }
  }
  store.Seal();
  Corpus in;
  StatusOr<std::unique_ptr<Spool>> spool = Spool::Create(options.temp_dir);
  if (!spool.ok()) return spool.status();
  in.spool = std::move(*spool);
  StatusOr<std::unique_ptr<ColumnSpool>> columns =
      ColumnSpool::Create(options.temp_dir, options.signature.num_perm);
  if (!columns.ok()) return columns.status();
  in.columns = std::move(*columns);
  if (keep_compared) {
    StatusOr<std::unique_ptr<Spool>> compared = Spool::Create(options.temp_dir);
    if (!compared.ok()) return compared.status();
    in.compared = std::move(*compared);
    in.compared_at.push_back(0);
  }

  BatchReader reader(article_inputs, on_error);
  std::vector<RawLine> batch;
  std::vector<Parsed> results;
  std::vector<uint32_t> values, kept_values;
  while (reader.Next(kBatchBytes, &batch)) {
    results.assign(batch.size(), Parsed());
    values.resize(batch.size() * k);
    ParallelFor(pool, batch.size(), [&](size_t i) {
      results[i] = ParseLine(batch[i], reader, store, options.signature, keep_compared, false,
                             values.data() + i * k);
    }, 16);
    kept_values.clear();
    for (size_t i = 0; i < batch.size(); ++i) {
      Parsed& r = results[i];
      if (!r.doc) {
        on_error(r.error);
        continue;
      }
      StatusOr<uint64_t> offset = in.spool->Append(batch[i].text);
      if (!offset.ok()) return offset.status();
      r.doc->offset = *offset;
      if (keep_compared) {
        StatusOr<uint64_t> at = in.compared->Append(r.compared);
        if (!at.ok()) return at.status();
        in.compared_at.push_back(*at + r.compared.size());
      }
      r.doc->row = static_cast<uint32_t>(in.docs.size());
      r.doc->id_offset = in.ids.size();
      r.doc->id_length = static_cast<uint32_t>(r.id.size());
      in.ids += r.id;
      in.signatures_loaded += r.loaded;
      in.docs.push_back(*r.doc);
      kept_values.insert(kept_values.end(), values.begin() + i * k, values.begin() + (i + 1) * k);
    }
    BAOKAN_RETURN_IF_ERROR(in.columns->Append(kept_values.data(), kept_values.size() / k));
  }
  BAOKAN_RETURN_IF_ERROR(in.spool->Finish());
  if (keep_compared) BAOKAN_RETURN_IF_ERROR(in.compared->Finish());
  BAOKAN_RETURN_IF_ERROR(in.columns->Finish());
  in.ids.shrink_to_fit();
  in.docs.shrink_to_fit();

  SortCanonically(&in);
  for (size_t i = 1; i < in.docs.size(); ++i) {
    if (in.id(i) == in.id(i - 1)) {
      const Doc& d = in.docs[i];
      const Doc& e = in.docs[i - 1];
      on_error(reader.Where(d.file, d.line) + ": duplicate id \"" + std::string(in.id(i)) +
               "\" (also at " + reader.Where(e.file, e.line) + "); both records are kept");
    }
  }
  return in;
}

Status FingerprintShard(const DedupShardFiles& files, const SignatureOptions& options,
                        ThreadPool* pool,
                        const std::function<void(const std::string&)>& on_error) {
  StatusOr<std::unique_ptr<SignatureFileWriter>> sigs =
      SignatureFileWriter::Create(files.signatures, options);
  if (!sigs.ok()) return sigs.status();
  StatusOr<std::unique_ptr<OutputFile>> keys = OutputFile::Create(files.keys);
  if (!keys.ok()) return keys.status();
  const size_t k = static_cast<size_t>(options.num_perm);
  const SignatureStore none;
  BatchReader reader({files.articles}, on_error);
  std::vector<RawLine> batch;
  std::vector<Parsed> results;
  std::vector<uint32_t> values;
  SignatureRecord rec;
  rec.signature.values.resize(k);
  while (reader.Next(kBatchBytes, &batch)) {
    results.assign(batch.size(), Parsed());
    values.resize(batch.size() * k);
    ParallelFor(pool, batch.size(), [&](size_t i) {
      results[i] = ParseLine(batch[i], reader, none, options, false, true, values.data() + i * k);
    }, 16);
    std::string text;
    for (size_t i = 0; i < batch.size(); ++i) {
      const Parsed& r = results[i];
      if (!r.doc) {
        on_error(r.error);
        continue;
      }
      rec.id_hash = SignatureIdHash(r.id);
      rec.text_hash = r.text_hash;
      rec.signature.shingle_count = r.doc->shingles;
      std::copy(values.begin() + i * k, values.begin() + (i + 1) * k, rec.signature.values.begin());
      BAOKAN_RETURN_IF_ERROR((*sigs)->Add(rec));
      char hash[17];
      std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(r.doc->line_hash));
      JsonRecord line;
      line.SetString("id", r.id);
      line.SetString("line_hash", hash);
      line.SetInt("marked", r.doc->marked ? 1 : 0);
      line.SetInt("shingles", r.doc->shingles);
      text += line.Serialize() + "\n";
    }
    BAOKAN_RETURN_IF_ERROR((*keys)->Write(text));
  }
  BAOKAN_RETURN_IF_ERROR((*sigs)->Commit());
  return (*keys)->Commit();
}

namespace {

// Reads one line of a keys file into *d and appends its id to c->ids.
Status ReadKeyLine(std::string_view line, Doc* d, Corpus* c) {
  StatusOr<JsonRecord> r = JsonRecord::Parse(line);
  if (!r.ok()) return r.status();
  std::optional<std::string> id, hash;
  std::optional<double> marked, shingles;
  BAOKAN_RETURN_IF_ERROR(r->GetString("id", &id));
  BAOKAN_RETURN_IF_ERROR(r->GetString("line_hash", &hash));
  BAOKAN_RETURN_IF_ERROR(r->GetNumber("marked", &marked));
  BAOKAN_RETURN_IF_ERROR(r->GetNumber("shingles", &shingles));
  constexpr size_t kHashDigits = 16;
  const Status bad = Status::DataError("not a dedup key line (id, line_hash, marked, shingles)");
  if (!id || !hash || !marked || !shingles || hash->size() != kHashDigits) return bad;
  char* end = nullptr;
  d->line_hash = std::strtoull(hash->c_str(), &end, 16);
  if (*end != '\0') return bad;
  d->marked = *marked != 0;
  d->shingles = static_cast<uint32_t>(*shingles);
  d->id_offset = c->ids.size();
  d->id_length = static_cast<uint32_t>(id->size());
  c->ids += *id;
  return Status::OK();
}

}  // namespace

StatusOr<Corpus> LoadShardKeys(const std::vector<DedupShardFiles>& shards,
                               const DedupOptions& options) {
  constexpr size_t kRowsPerAppend = 4096;
  const size_t k = static_cast<size_t>(options.signature.num_perm);
  Corpus in;
  StatusOr<std::unique_ptr<ColumnSpool>> columns =
      ColumnSpool::Create(options.temp_dir, options.signature.num_perm);
  if (!columns.ok()) return columns.status();
  in.columns = std::move(*columns);
  std::vector<uint32_t> values;
  for (size_t s = 0; s < shards.size(); ++s) {
    StatusOr<std::unique_ptr<SignatureFileReader>> sigs =
        SignatureFileReader::Open(shards[s].signatures, options.signature);
    if (!sigs.ok()) return sigs.status();
    StatusOr<std::unique_ptr<LineReader>> keys = LineReader::Open(shards[s].keys);
    if (!keys.ok()) return keys.status();
    SignatureRecord rec;
    std::string_view line;
    while ((*keys)->Next(&line)) {
      const std::string where = shards[s].keys + ":" + std::to_string((*keys)->line_number());
      if (!(*sigs)->Next(&rec)) {
        BAOKAN_RETURN_IF_ERROR((*sigs)->status());
        return Status::DataError(where + ": no signature for it in " + shards[s].signatures);
      }
      Doc d;
      const Status read = ReadKeyLine(line, &d, &in);
      if (!read.ok()) return Status::DataError(where + ": " + read.message());
      d.row = static_cast<uint32_t>(in.docs.size());
      d.file = static_cast<uint32_t>(s);
      d.line = static_cast<uint32_t>((*keys)->line_number());
      in.docs.push_back(d);
      for (uint64_t v : rec.signature.values) values.push_back(static_cast<uint32_t>(v));
      if (values.size() >= kRowsPerAppend * k) {
        BAOKAN_RETURN_IF_ERROR(in.columns->Append(values.data(), values.size() / k));
        values.clear();
      }
    }
    BAOKAN_RETURN_IF_ERROR((*keys)->status());
    if ((*sigs)->Next(&rec)) {
      return Status::DataError(shards[s].signatures + ": more signatures than " + shards[s].keys +
                               " has keys");
    }
  }
  BAOKAN_RETURN_IF_ERROR(in.columns->Append(values.data(), values.size() / k));
  BAOKAN_RETURN_IF_ERROR(in.columns->Finish());
  SortCanonically(&in);
  return in;
}

}  // namespace baokan::dedup
