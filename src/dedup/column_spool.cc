#include "dedup/column_spool.h"

#include <cstring>
#include <string_view>

namespace baokan::dedup {

StatusOr<std::unique_ptr<ColumnSpool>> ColumnSpool::Create(const std::string& dir, int num_perm) {
  StatusOr<std::unique_ptr<Spool>> spool = Spool::Create(dir);
  if (!spool.ok()) return spool.status();
  return std::unique_ptr<ColumnSpool>(new ColumnSpool(std::move(*spool), num_perm));
}

Status ColumnSpool::Append(const uint32_t* values, size_t count) {
  if (count == 0) return Status::OK();
  const size_t k = static_cast<size_t>(k_);
  transposed_.resize(k * count);
  for (size_t i = 0; i < count; ++i) {
    for (size_t p = 0; p < k; ++p) transposed_[p * count + i] = values[i * k + p];
  }
  StatusOr<uint64_t> offset = spool_->Append(std::string_view(
      reinterpret_cast<const char*>(transposed_.data()), transposed_.size() * sizeof(uint32_t)));
  if (!offset.ok()) return offset.status();
  blocks_.push_back({*offset, static_cast<uint32_t>(count)});
  rows_ += count;
  return Status::OK();
}

Status ColumnSpool::Finish() {
  transposed_ = std::vector<uint32_t>();
  return spool_->Finish();
}

Status ColumnSpool::Column(int p, std::vector<uint32_t>* out) const {
  out->resize(rows_);
  std::string bytes;
  size_t at = 0;
  for (const Block& b : blocks_) {
    const uint32_t length = b.count * static_cast<uint32_t>(sizeof(uint32_t));
    BAOKAN_RETURN_IF_ERROR(spool_->Read(b.offset + static_cast<uint64_t>(p) * length, length, &bytes));
    std::memcpy(out->data() + at, bytes.data(), length);
    at += b.count;
  }
  return Status::OK();
}

}  // namespace baokan::dedup
