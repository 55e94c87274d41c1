#include <cstdio>
#include <string>

#include "baokan/deferred_signals.h"
#include "baokan/report.h"

namespace baokan {

Status RunLedger::Check() const {
  if (page_lines != article_lines + noise_lines) {
    return Status::DataError("ledger does not balance: " + std::to_string(page_lines) +
                             " page lines != " + std::to_string(article_lines) +
                             " in articles + " + std::to_string(noise_lines) + " in noise");
  }
  if (articles_split != articles_written + reprints_folded + jumps_joined) {
    return Status::DataError("ledger does not balance: " + std::to_string(articles_split) +
                             " articles split != " + std::to_string(articles_written) +
                             " written + " + std::to_string(reprints_folded) +
                             " folded into their originals + " + std::to_string(jumps_joined) +
                             " continuations joined");
  }
  return Status::OK();
}

Status PublishIfBalanced(const RunLedger& ledger, const std::vector<FileMove>& moves) {
  BAOKAN_RETURN_IF_ERROR(ledger.Check());
  DeferredSignals hold;
  return PublishFiles(moves);
}

std::string RunLedger::ToText() const {
  const std::pair<const char*, size_t> rows[] = {
      {"pages read", pages_found - pages_failed},
      {"pages that failed", pages_failed},
      {"non-blank page lines", page_lines},
      {"  in articles", article_lines},
      {"  in noise", noise_lines},
      {"noise blocks", noise_blocks},
      {"articles split", articles_split},
      {"continuations joined", jumps_joined},
      {"reprints folded", reprints_folded},
      {"articles written", articles_written},
  };
  std::string out;
  char line[128];
  for (const auto& [label, n] : rows) {
    std::snprintf(line, sizeof line, "  %-22s %10zu\n", label, n);
    out += line;
  }
  return out;
}

}  // namespace baokan
