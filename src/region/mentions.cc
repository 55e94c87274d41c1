#include "region/mentions.h"

#include <algorithm>

#include "text/utf8.h"

namespace baokan::region {
namespace {

// The next `n` code points at or after byte `pos`, white space skipped.
void PeekAfter(std::string_view text, size_t pos, char32_t* out, int n) {
  for (int i = 0; i < n; ++i) out[i] = 0;
  for (int i = 0; i < n && pos < text.size();) {
    char32_t c = text::NextCodePoint(text, &pos);
    if (!IsNameBreakSpace(c)) out[i++] = c;
  }
}

// True when the name ending at `end` is the first part of a street or
// similar name: 重庆路, 北京东路, 长沙大道, 南京街 (but 渝中区街道 stays).
bool FollowedByStreet(std::string_view text, size_t end) {
  char32_t c[3];
  PeekAfter(text, end, c, 3);
  auto street = [](char32_t a, char32_t b) {
    return a == U'路' || a == U'巷' || (a == U'街' && b != U'道') ||
           (a == U'大' && (b == U'街' || b == U'道')) || (a == U'胡' && b == U'同');
  };
  if (street(c[0], c[1])) return true;
  bool direction =
      c[0] == U'东' || c[0] == U'西' || c[0] == U'南' || c[0] == U'北' || c[0] == U'中';
  return direction && (c[1] == U'路' || c[1] == U'街' || c[1] == U'巷');
}

bool OnlySpaceBetween(std::string_view text, size_t from, size_t to) {
  for (size_t pos = from; pos < to;) {
    if (!IsNameBreakSpace(text::NextCodePoint(text, &pos))) return false;
  }
  return true;
}

bool HasFullForm(const Mention& m) {
  for (const NameEntry& e : m.candidates) {
    if ((e.form == Form::kFull || e.form == Form::kFormer) && !e.weak) return true;
  }
  return false;
}

// Keeps in `inner` the readings under a reading of `outer` and in `outer` the
// readings over a kept one; false (nothing changed) when none nest.
bool Nest(const Gazetteer::Impl& gaz, Mention* outer, Mention* inner) {
  std::vector<NameEntry> in, out;
  for (const NameEntry& i : inner->candidates) {
    for (const NameEntry& o : outer->candidates) {
      if (o.unit != i.unit && gaz.IsAncestorOrSelf(o.unit, i.unit)) {
        in.push_back(i);
        break;
      }
    }
  }
  if (in.empty()) return false;
  for (const NameEntry& o : outer->candidates) {
    for (const NameEntry& i : in) {
      if (gaz.IsAncestorOrSelf(o.unit, i.unit)) {
        out.push_back(o);
        break;
      }
    }
  }
  inner->candidates = std::move(in);
  outer->candidates = std::move(out);
  inner->beside_parent = true;
  outer->absorbed = true;
  return true;
}

// Drops readings that have an ancestor among the other readings.
void DropDescendants(const Gazetteer::Impl& gaz, Mention* m) {
  std::vector<NameEntry> kept;
  for (const NameEntry& e : m->candidates) {
    bool under = false;
    for (const NameEntry& o : m->candidates) {
      if (o.unit != e.unit && gaz.IsAncestorOrSelf(o.unit, e.unit)) under = true;
    }
    if (!under) kept.push_back(e);
  }
  m->candidates = std::move(kept);
}

bool OnlyTowns(const Gazetteer::Impl& gaz, int32_t pattern) {
  for (const NameEntry& e : gaz.entries[pattern]) {
    if (gaz.units[e.unit].level != Level::kTown) return false;
  }
  return !gaz.entries[pattern].empty();
}

bool NamesProvinceOrCity(const Gazetteer::Impl& gaz, int32_t pattern) {
  for (const NameEntry& e : gaz.entries[pattern]) {
    if (gaz.units[e.unit].level <= Level::kCity) return true;
  }
  return false;
}

// A town name that overlaps the end of a province's or city's name loses to
// the reading as two names: 湖南安乡 is 湖南 + 安乡, not 湖 + 南安乡, and
// 南阳镇平 is 南阳 + 镇平, not 南阳镇 + 平. `hits` are in order of their end.
void DropTownsAcrossNames(const Gazetteer::Impl& gaz, std::vector<Matcher::Hit>* hits) {
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // of province and city names
  std::vector<uint32_t> starts;                      // of all names
  for (const Matcher::Hit& h : *hits) {
    if (NamesProvinceOrCity(gaz, h.pattern)) spans.emplace_back(h.begin, h.end);
    if (!gaz.entries[h.pattern].empty()) starts.push_back(h.begin);
  }
  if (spans.empty()) return;
  std::sort(starts.begin(), starts.end());
  std::erase_if(*hits, [&](const Matcher::Hit& h) {
    if (!OnlyTowns(gaz, h.pattern)) return false;
    for (const auto& [b, e] : spans) {
      if (b <= h.begin && h.begin < e && e < h.end &&
          std::binary_search(starts.begin(), starts.end(), e)) {
        return true;
      }
    }
    return false;
  });
}

}  // namespace

void FindMentions(const Gazetteer::Impl& gaz, std::string_view text, Field field,
                  std::vector<Mention>* out, bool* local_marker) {
  std::vector<Matcher::Hit> hits;
  gaz.matcher.FindAll(text, &hits);
  std::erase_if(hits, [&](const Matcher::Hit& h) {
    if (!gaz.is_marker[h.pattern]) return false;
    *local_marker = true;
    return true;
  });
  if (hits.empty()) return;
  DropTownsAcrossNames(gaz, &hits);
  // Longest first, then names with a strong reading (北京 before 城北 in
  // 绿城北京), then leftmost; a hit overlapping an accepted one is dropped.
  auto strong = [&](const Matcher::Hit& h) {
    for (const NameEntry& e : gaz.entries[h.pattern]) {
      if (!e.weak) return true;
    }
    return gaz.entries[h.pattern].empty();  // words that hide names are strong
  };
  std::sort(hits.begin(), hits.end(), [&](const Matcher::Hit& a, const Matcher::Hit& b) {
    if (a.length != b.length) return a.length > b.length;
    bool sa = strong(a), sb = strong(b);
    return sa != sb ? sa : a.begin < b.begin;
  });
  std::vector<Matcher::Hit> accepted;
  std::vector<bool> taken(text.size(), false);
  for (const Matcher::Hit& h : hits) {
    bool free = true;
    for (uint32_t i = h.begin; i < h.end && free; ++i) free = !taken[i];
    if (!free) continue;
    for (uint32_t i = h.begin; i < h.end; ++i) taken[i] = true;
    accepted.push_back(h);
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const Matcher::Hit& a, const Matcher::Hit& b) { return a.begin < b.begin; });

  std::vector<Mention> found;
  bool previous_adjacent_ok = false;  // whether found.back() may nest with the next
  for (const Matcher::Hit& h : accepted) {
    const auto& entries = gaz.entries[h.pattern];
    if (entries.empty()) {  // a word that only contains a place name
      previous_adjacent_ok = false;
      continue;
    }
    Mention m{field, h.begin, h.end, entries, false};
    if (FollowedByStreet(text, h.end)) {
      previous_adjacent_ok = false;
      continue;
    }
    if (previous_adjacent_ok && !found.empty() &&
        OnlySpaceBetween(text, found.back().end, h.begin)) {
      Mention& prev = found.back();
      if (!Nest(gaz, &prev, &m) && HasFullForm(prev) && !HasFullForm(m)) {
        previous_adjacent_ok = false;  // 北海市重庆…: part of a proper name
        continue;
      }
    }
    DropDescendants(gaz, &m);
    found.push_back(std::move(m));
    previous_adjacent_ok = true;
  }
  for (Mention& m : found) {
    if (!m.candidates.empty()) out->push_back(std::move(m));
  }
}

}  // namespace baokan::region
