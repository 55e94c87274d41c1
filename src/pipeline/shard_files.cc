#include "pipeline/shard_files.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <system_error>

#include "baokan/io.h"
#include "baokan/json.h"

namespace baokan::pipeline {
namespace {

namespace fs = std::filesystem;

constexpr size_t kCopyChunkBytes = 1 << 20;

// The ledger's fields by name, as the ledger files write them.
constexpr std::pair<const char*, size_t RunLedger::*> kLedgerFields[] = {
    {"pages_found", &RunLedger::pages_found},
    {"pages_failed", &RunLedger::pages_failed},
    {"page_lines", &RunLedger::page_lines},
    {"article_lines", &RunLedger::article_lines},
    {"noise_lines", &RunLedger::noise_lines},
    {"noise_blocks", &RunLedger::noise_blocks},
    {"articles_split", &RunLedger::articles_split},
    {"jumps_joined", &RunLedger::jumps_joined},
    {"reprints_folded", &RunLedger::reprints_folded},
    {"articles_written", &RunLedger::articles_written},
};

Status AppendFile(const std::string& path, OutputFile* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::string chunk(kCopyChunkBytes, '\0');
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    BAOKAN_RETURN_IF_ERROR(out->Write(std::string_view(chunk.data(), in.gcount())));
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  return Status::OK();
}

// The raw `page` value of a record line ("" when absent or not a record).
std::string PageOf(std::string_view line) {
  StatusOr<JsonRecord> r = JsonRecord::Parse(line);
  if (!r.ok()) return "";
  const std::string* page = r->Raw("page");
  return page == nullptr ? "" : *page;
}

}  // namespace

Status ConcatenateFiles(const std::vector<std::string>& inputs, const std::string& out_path) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(out_path);
  if (!out.ok()) return out.status();
  for (const std::string& path : inputs) BAOKAN_RETURN_IF_ERROR(AppendFile(path, out->get()));
  return (*out)->Commit();
}

Status CutAtPageBoundaries(const std::string& in_path, const std::vector<std::string>& outs) {
  std::error_code ec;
  const uintmax_t total = fs::file_size(in_path, ec);
  if (ec) return Status::IOError(in_path + ": " + ec.message());
  StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(in_path);
  if (!reader.ok()) return reader.status();
  std::vector<std::unique_ptr<OutputFile>> files;
  for (const std::string& path : outs) {
    StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
    if (!out.ok()) return out.status();
    files.push_back(std::move(*out));
  }
  size_t piece = 0;
  uintmax_t written = 0;
  std::string previous_page;
  std::string_view line;
  while ((*reader)->Next(&line)) {
    std::string page = PageOf(line);
    // Piece k ends once it reaches (k+1)/n of the bytes, at a page change.
    const uintmax_t end_of_piece = total * (piece + 1) / files.size();
    if (piece + 1 < files.size() && written >= end_of_piece && page != previous_page) ++piece;
    BAOKAN_RETURN_IF_ERROR(files[piece]->Write(line));
    BAOKAN_RETURN_IF_ERROR(files[piece]->Write("\n"));
    written += line.size() + 1;
    previous_page = std::move(page);
  }
  BAOKAN_RETURN_IF_ERROR((*reader)->status());
  for (const auto& file : files) BAOKAN_RETURN_IF_ERROR(file->Commit());
  return Status::OK();
}

Status WriteLedgerFile(const std::string& path, const RunLedger& ledger) {
  JsonRecord r;
  for (const auto& [name, field] : kLedgerFields) {
    r.SetInt(name, static_cast<int64_t>(ledger.*field));
  }
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
  if (!out.ok()) return out.status();
  BAOKAN_RETURN_IF_ERROR((*out)->Write(r.Serialize() + "\n"));
  return (*out)->Commit();
}

Status ReadLedgerFile(const std::string& path, RunLedger* ledger) {
  StatusOr<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) return bytes.status();
  StatusOr<JsonRecord> r = JsonRecord::Parse(*bytes);
  if (!r.ok()) return Status::DataError(path + ":1: " + r.status().message());
  for (const auto& [name, field] : kLedgerFields) {
    std::optional<double> n;
    const Status s = r->GetNumber(name, &n);
    if (!s.ok() || !n || *n < 0) {
      return Status::DataError(path + ":1: " + name + " missing or not a count");
    }
    ledger->*field += static_cast<size_t>(*n);
  }
  return Status::OK();
}

}  // namespace baokan::pipeline
