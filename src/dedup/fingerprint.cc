// baokan::Fingerprint: a shard of articles into a signature file.

#include <optional>

#include "baokan/dedup.h"
#include "baokan/json.h"
#include "dedup/article_fields.h"
#include "dedup/batch_reader.h"
#include "dedup/signature.h"
#include "baokan/parallel.h"

namespace baokan {

Status Fingerprint(const std::vector<std::string>& inputs, const std::string& output,
                   const FingerprintOptions& options,
                   const std::function<void(const std::string&)>& on_error,
                   FingerprintStats* stats) {
  BAOKAN_RETURN_IF_ERROR(ValidateSignatureOptions(options.signature));
  StatusOr<std::unique_ptr<SignatureFileWriter>> writer =
      SignatureFileWriter::Create(output, options.signature);
  if (!writer.ok()) return writer.status();
  FingerprintStats local;
  if (stats == nullptr) stats = &local;
  *stats = FingerprintStats();

  dedup::BatchReader reader(inputs, on_error);
  std::vector<dedup::RawLine> batch;
  struct Result {
    std::optional<SignatureRecord> record;
    std::string error;
    size_t text_bytes = 0;
  };
  std::vector<Result> results;
  ThreadPool pool(options.threads);  // one for all batches
  while (reader.Next(16 << 20, &batch)) {
    results.assign(batch.size(), Result());
    ParallelFor(&pool, batch.size(), [&](size_t i) {
      Result& r = results[i];
      StatusOr<JsonRecord> rec = JsonRecord::Parse(batch[i].text);
      dedup::ArticleFields f;
      Status s = rec.ok() ? dedup::ReadArticleFields(*rec, false, &f) : rec.status();
      if (!s.ok()) {
        r.error = reader.Where(batch[i].file, batch[i].line) + ": " + s.message();
        return;
      }
      r.record.emplace();
      r.record->id_hash = SignatureIdHash(f.id);
      r.record->text_hash = SignatureTextHash(f.text);
      r.record->signature =
          dedup::CompareFormSignature(ComparableText(f.text, nullptr), options.signature);
      r.text_bytes = f.text.size();
    }, 16);
    for (Result& r : results) {
      if (!r.record) {
        on_error(r.error);
        continue;
      }
      BAOKAN_RETURN_IF_ERROR((*writer)->Add(*r.record));
      ++stats->records;
      stats->text_bytes += r.text_bytes;
    }
  }
  stats->input_bytes = reader.bytes_read();
  return (*writer)->Commit();
}

}  // namespace baokan
