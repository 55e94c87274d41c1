#include "dedup/corpus.h"

#include <xxhash.h>

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "baokan/json.h"
#include "dedup/article_fields.h"
#include "dedup/batch_reader.h"
#include "baokan/parallel.h"

namespace baokan::dedup {
namespace {

// Signatures from files, keyed by id and text together.
class SignatureStore {
 public:
  explicit SignatureStore(int k) : k_(k) {}

  // Loads one file; returns false (after reporting) when it is unusable.
  bool Load(const std::string& path, const SignatureOptions& options,
            const std::function<void(const std::string&)>& on_error) {
    StatusOr<std::unique_ptr<SignatureFileReader>> r = SignatureFileReader::Open(path, options);
    if (!r.ok()) {
      on_error(r.status().message() + " (its articles are fingerprinted again)");
      return false;
    }
    SignatureRecord rec;
    while ((*r)->Next(&rec)) {
      const uint64_t key = Key(rec.id_hash, rec.text_hash);
      if (index_.count(key)) continue;
      index_[key] = counts_.size();
      counts_.push_back(rec.signature.shingle_count);
      for (uint64_t v : rec.signature.values) values_.push_back(static_cast<uint32_t>(v));
    }
    if (!(*r)->status().ok()) {
      on_error((*r)->status().message());
      return false;
    }
    return true;
  }

  // Copies the stored signature of (id, text) to out[0..K) and returns its
  // shingle count, or returns nullopt.
  std::optional<uint32_t> Find(const std::string& id, const std::string& text,
                               uint32_t* out) const {
    if (index_.empty()) return std::nullopt;
    auto it = index_.find(Key(SignatureIdHash(id), SignatureTextHash(text)));
    if (it == index_.end()) return std::nullopt;
    std::copy_n(values_.begin() + it->second * k_, k_, out);
    return counts_[it->second];
  }

 private:
  static uint64_t Key(uint64_t id_hash, uint64_t text_hash) {
    return id_hash ^ (text_hash * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL);
  }
  size_t k_;
  std::unordered_map<uint64_t, size_t> index_;
  std::vector<uint32_t> counts_;
  std::vector<uint32_t> values_;
};

bool IsNumber(std::string_view s) {
  return !s.empty() && s.size() < 19 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool IdLess(const std::string& a, const std::string& b) {
  const size_t ha = a.rfind('#'), hb = b.rfind('#');
  const std::string_view pa = std::string_view(a).substr(0, ha);
  const std::string_view pb = std::string_view(b).substr(0, hb);
  if (pa != pb) return pa < pb;
  const std::string_view na = ha == std::string::npos ? "" : std::string_view(a).substr(ha + 1);
  const std::string_view nb = hb == std::string::npos ? "" : std::string_view(b).substr(hb + 1);
  if (IsNumber(na) && IsNumber(nb) && na.size() != nb.size()) return na.size() < nb.size();
  return na < nb;
}

StatusOr<Corpus> LoadCorpus(const std::vector<std::string>& inputs, const DedupOptions& options,
                            ThreadPool* pool,
                            const std::function<void(const std::string&)>& on_error) {
  const int k = options.signature.num_perm;
  SignatureStore store(k);
  std::vector<std::string> article_inputs;
  for (const std::string& path : inputs) {
    if (IsSignatureFile(path)) {
      store.Load(path, options.signature, on_error);
    } else {
      article_inputs.push_back(path);
    }
  }
  StatusOr<std::unique_ptr<Spool>> spool = Spool::Create(options.temp_dir);
  if (!spool.ok()) return spool.status();
  Corpus in;
  in.spool = std::move(*spool);

  BatchReader reader(article_inputs, on_error);
  std::vector<RawLine> batch;
  struct Result {
    std::optional<Doc> doc;
    std::vector<uint32_t> values;
    bool loaded = false;
    std::string error;
  };
  std::vector<Result> results;
  while (reader.Next(16 << 20, &batch)) {
    results.assign(batch.size(), Result());
    ParallelFor(pool, batch.size(), [&](size_t i) {
      Result& r = results[i];
      const std::string where = reader.Where(batch[i].file, batch[i].line);
      if (batch[i].text.size() > UINT32_MAX) {
        r.error = where + ": record longer than 4 GB";
        return;
      }
      StatusOr<JsonRecord> rec = JsonRecord::Parse(batch[i].text);
      ArticleFields f;
      Status s = rec.ok() ? ReadArticleFields(*rec, false, &f) : rec.status();
      if (!s.ok()) {
        r.error = where + ": " + s.message();
        return;
      }
      Doc d;
      d.id = std::move(f.id);
      d.page = std::move(f.page);
      d.source = std::move(f.source);
      d.paper = std::move(f.paper);
      d.where = where;
      d.line_hash = XXH3_64bits(batch[i].text.data(), batch[i].text.size());
      r.values.resize(k);
      if (std::optional<uint32_t> n = store.Find(d.id, f.text, r.values.data())) {
        d.shingles = *n;
        r.loaded = true;
      } else {
        ComputeMatchForm(&f);
        Signature sig = ComputeSignature(f.match_form, options.signature);
        d.shingles = sig.shingle_count;
        for (int j = 0; j < k; ++j) r.values[j] = static_cast<uint32_t>(sig.values[j]);
      }
      r.doc = std::move(d);
    }, 16);
    for (size_t i = 0; i < batch.size(); ++i) {
      Result& r = results[i];
      if (!r.doc) {
        on_error(r.error);
        continue;
      }
      StatusOr<uint64_t> offset = in.spool->Append(batch[i].text);
      if (!offset.ok()) return offset.status();
      r.doc->offset = *offset;
      r.doc->length = static_cast<uint32_t>(batch[i].text.size());
      in.signatures_loaded += r.loaded;
      in.docs.push_back(std::move(*r.doc));
      in.values.insert(in.values.end(), r.values.begin(), r.values.end());
    }
  }
  BAOKAN_RETURN_IF_ERROR(in.spool->Finish());

  // Canonical order, independent of the order of the inputs.
  std::vector<uint32_t> perm(in.docs.size());
  std::iota(perm.begin(), perm.end(), 0u);
  std::sort(perm.begin(), perm.end(), [&](uint32_t x, uint32_t y) {
    const Doc& a = in.docs[x];
    const Doc& b = in.docs[y];
    if (a.id != b.id) return IdLess(a.id, b.id);
    return a.line_hash < b.line_hash;
  });
  std::vector<Doc> docs(in.docs.size());
  std::vector<uint32_t> values(in.values.size());
  for (size_t i = 0; i < perm.size(); ++i) {
    docs[i] = std::move(in.docs[perm[i]]);
    std::copy_n(in.values.begin() + static_cast<size_t>(perm[i]) * k, k,
                values.begin() + i * k);
  }
  in.docs = std::move(docs);
  in.values = std::move(values);
  for (size_t i = 1; i < in.docs.size(); ++i) {
    if (in.docs[i].id == in.docs[i - 1].id) {
      on_error(in.docs[i].where + ": duplicate id \"" + in.docs[i].id + "\" (also at " +
               in.docs[i - 1].where + "); both records are kept");
    }
  }
  return in;
}

}  // namespace baokan::dedup
