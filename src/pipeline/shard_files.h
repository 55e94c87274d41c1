// File helpers of a sharded run (baokan/sharded_run.h): joining shards,
// cutting a record file into shards, a stage's part of the ledger.

#ifndef BAOKAN_SRC_PIPELINE_SHARD_FILES_H_
#define BAOKAN_SRC_PIPELINE_SHARD_FILES_H_

#include <string>
#include <vector>

#include "baokan/report.h"
#include "baokan/status.h"

namespace baokan::pipeline {

// Writes the bytes of `inputs`, one after another, to `out_path`
// (atomically, through OutputFile). Errors name the file.
Status ConcatenateFiles(const std::vector<std::string>& inputs, const std::string& out_path);

// Cuts the JSON Lines file `in_path` into outs.size() consecutive pieces of
// nearly equal size in bytes, each cut made only where the `page` field
// changes, so that a page's records (one label group) stay together.
// Joined again in order, the pieces are `in_path`. A piece may be empty.
Status CutAtPageBoundaries(const std::string& in_path, const std::vector<std::string>& outs);

// A stage's part of the ledger as one JSON object (field: count), written
// atomically; ReadLedgerFile adds the counts it reads to *ledger.
Status WriteLedgerFile(const std::string& path, const RunLedger& ledger);
Status ReadLedgerFile(const std::string& path, RunLedger* ledger);

}  // namespace baokan::pipeline

#endif  // BAOKAN_SRC_PIPELINE_SHARD_FILES_H_
