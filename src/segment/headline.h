// Headline groups: who is column, kicker, title, subtitle (private to
// src/segment).

#ifndef BAOKAN_SRC_SEGMENT_HEADLINE_H_
#define BAOKAN_SRC_SEGMENT_HEADLINE_H_

#include <string>
#include <vector>

#include "segment/layout.h"

namespace baokan::segment {

// Consecutive items of a headline group that form one unit: the lines of one
// headline block (kHead), a dateline (kDateline) or a jump marker (kJump).
struct HeadBlock {
  ItemKind kind = ItemKind::kHead;
  std::vector<int> items;  // indices into PageModel::items
};

// The text of a block (lines joined without separator).
std::string HeadBlockText(const PageModel& m, const HeadBlock& b);

// Gives `d` the headline printed above its body: datelines, jump markers,
// column, kicker(s), title, subtitle. Blocks left over (photo captions next
// to the picture's gap, extra lines) go to `noise`.
void AssignLeadingHeadline(const PageModel& m, const std::vector<HeadBlock>& blocks, Draft* d,
                           std::vector<NoisePiece>* noise);

// Gives `d` the headline printed below its body: title, then subtitle; more
// lines are captions.
void AssignTrailingHeadline(const PageModel& m, const std::vector<HeadBlock>& blocks, Draft* d,
                            std::vector<NoisePiece>* noise);

// A title's value: its lines joined (with a space when d.title_spaced), each
// space-separated part undoubled; as printed when `printed` (PrintedText),
// else as analysed.
std::string TitleValue(const PageModel& m, const Draft& d, bool printed = false);

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_HEADLINE_H_
