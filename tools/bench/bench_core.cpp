// tools/bench: decode and query benchmarks over the same bytes on every platform.
#include "bench_core.hpp"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>

#include "core/app/list_store.hpp"
#include "core/obapi/decode.hpp"

namespace fiche::bench {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Spread {
  double median = 0;
  double p95 = 0;
  double max = 0;
  std::size_t samples = 0;
};

Spread spread(std::vector<double> values) {
  if (values.empty()) return {};
  std::sort(values.begin(), values.end());
  const auto at = [&](double q) {
    return values[std::min(
        values.size() - 1,
        static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5))];
  };
  return {.median = at(0.5), .p95 = at(0.95), .max = values.back(), .samples = values.size()};
}

std::size_t totalBytes(const std::vector<std::string_view>& bodies) {
  std::size_t bytes = 0;
  for (const std::string_view body : bodies) bytes += body.size();
  return bytes;
}

void printDecode(std::string_view platform, const char* kind, std::size_t bytes, std::size_t items,
                 const std::vector<double>& ms) {
  const Spread s = spread(ms);
  std::printf(
      "bench decode platform=%.*s kind=%s bytes=%zu items=%zu runs=%zu median_ms=%.1f "
      "mb_s=%.1f items_s=%.0f\n",
      static_cast<int>(platform.size()), platform.data(), kind, bytes, items, s.samples, s.median,
      static_cast<double>(bytes) / 1e6 / (s.median / 1e3),
      static_cast<double>(items) / (s.median / 1e3));
  std::fflush(stdout);
}

void benchDecode(const Input& input, std::string_view platform) {
  std::size_t items = 0;
  std::vector<double> ms;
  for (int run = 0; run < input.repeats; ++run) {
    items = 0;
    const Clock::time_point start = Clock::now();
    for (const std::string_view body : input.pages) {
      const core::Result<core::InterventionPage> page = core::decodeInterventionPage(body);
      if (page) items += page.value().items.size();
    }
    ms.push_back(msSince(start));
  }
  printDecode(platform, "list", totalBytes(input.pages), items, ms);

  if (input.details.empty()) return;
  ms.clear();
  for (int run = 0; run < std::max(1, input.repeats / 2); ++run) {
    items = 0;
    const Clock::time_point start = Clock::now();
    for (const std::string_view body : input.details) {
      if (core::decodeIntervention(body)) ++items;
    }
    ms.push_back(msSince(start));
  }
  printDecode(platform, "detail", totalBytes(input.details), items, ms);
}

// What a user types, one character at a time. Summaries only know refs; hydrated rows also
// contract and customer refs, descriptions, notes and lines.
struct Typed {
  const char* text;
  bool hydratedOnly;
};
constexpr Typed kQueries[] = {
    {"fi2505-01", false},         {"2504-00", false}, {"fi26", false},        {"onduleur", true},
    {"electrique tableau", true}, {"ct25", true},     {"lyon gerland", true}, {"srv-diag", true},
};

const core::SortSpec kSort = {{.column = core::SortColumn::Date, .descending = true},
                              {.column = core::SortColumn::Ref, .descending = true}};

struct KeystrokeTimes {
  std::vector<double> typing;  // each keystroke after the previous one (narrowing when it can)
  std::vector<double> cold;    // each prefix from an empty box (every row tested)
};

// One keystroke = setSearch + refresh (filter over the cached sorted order, groups, totals)
// + reading the totals, as the frame after the keystroke would.
double keystroke(core::ListStore& store, std::string_view text, std::int64_t& sink) {
  const Clock::time_point start = Clock::now();
  store.setSearch(text);
  store.refresh();
  sink += store.totals().durationSeconds + static_cast<std::int64_t>(store.size());
  return msSince(start);
}

KeystrokeTimes typeQueries(core::ListStore& store, bool hydrated, int repeats, std::int64_t& sink) {
  KeystrokeTimes times;
  for (int run = 0; run < repeats; ++run) {
    for (const Typed& query : kQueries) {
      if (query.hydratedOnly && !hydrated) continue;
      const std::string_view text = query.text;
      store.setSearch("");
      store.refresh();
      for (std::size_t length = 1; length <= text.size(); ++length) {
        if (text[length - 1] == ' ') continue;  // same words as before: nothing to do
        times.typing.push_back(keystroke(store, text.substr(0, length), sink));
      }
      for (std::size_t length = 1; length <= text.size(); ++length) {
        if (text[length - 1] == ' ') continue;
        store.setSearch("");
        store.refresh();
        times.cold.push_back(keystroke(store, text.substr(0, length), sink));
      }
    }
  }
  return times;
}

void printQuery(std::string_view platform, const char* rows, const char* grouping, const char* mode,
                const std::vector<double>& ms) {
  const Spread s = spread(ms);
  std::printf(
      "bench query platform=%.*s rows=%s group=%s mode=%s samples=%zu median_ms=%.3f "
      "p95_ms=%.3f max_ms=%.3f\n",
      static_cast<int>(platform.size()), platform.data(), rows, grouping, mode, s.samples, s.median,
      s.p95, s.max);
  std::fflush(stdout);
}

// The final result of each query, to check that every implementation found the same rows.
void printChecks(std::string_view platform, const char* rows, core::ListStore& store,
                 bool hydrated) {
  for (const Typed& query : kQueries) {
    if (query.hydratedOnly && !hydrated) continue;
    store.setSearch(query.text);
    store.refresh();
    std::printf("bench check platform=%.*s rows=%s query=\"%s\" count=%zu duration_s=%lld\n",
                static_cast<int>(platform.size()), platform.data(), rows, query.text,
                store.totals().count, static_cast<long long>(store.totals().durationSeconds));
  }
  std::fflush(stdout);
}

void benchQueries(core::ListStore& store, std::string_view platform, const char* rows,
                  bool hydrated, int repeats) {
  std::int64_t sink = 0;
  store.setGroupBy(core::GroupBy::None);
  store.refresh();
  KeystrokeTimes plain = typeQueries(store, hydrated, repeats, sink);
  printQuery(platform, rows, "none", "typing", plain.typing);
  printQuery(platform, rows, "none", "cold", plain.cold);
  store.setGroupBy(core::GroupBy::Month);
  store.refresh();
  KeystrokeTimes grouped = typeQueries(store, hydrated, repeats, sink);
  printQuery(platform, rows, "month", "typing", grouped.typing);
  printQuery(platform, rows, "month", "cold", grouped.cold);
  store.setGroupBy(core::GroupBy::None);

  // A click on a header: every row sorted again by a new spec, with a search active.
  std::vector<double> sorts;
  store.setSearch("fi");
  store.refresh();
  const core::SortSpec specs[] = {
      {{.column = core::SortColumn::Duration, .descending = true},
       {.column = core::SortColumn::Ref}},
      {{.column = core::SortColumn::Status}, {.column = core::SortColumn::Date}},
      {{.column = hydrated ? core::SortColumn::ContractRef : core::SortColumn::Ref}},
      kSort};
  for (int run = 0; run < repeats; ++run) {
    for (const core::SortSpec& spec : specs) {
      const Clock::time_point start = Clock::now();
      store.setSort(spec);
      store.refresh();
      sink += store.totals().durationSeconds;
      sorts.push_back(msSince(start));
    }
  }
  printQuery(platform, rows, "none", "sort-change", sorts);
  printChecks(platform, rows, store, hydrated);
  if (sink == 42) std::printf("\n");  // keeps the work observable
}

void benchEngine(const Input& input, std::string_view platform) {
  // Loading: every page appended as the background loader will, one refresh per page.
  std::vector<std::vector<core::InterventionSummary>> pages;
  for (const std::string_view body : input.pages) {
    core::Result<core::InterventionPage> page = core::decodeInterventionPage(body);
    if (page) pages.push_back(std::move(page.value().items));
  }
  core::ListStore store;
  store.setSort(kSort);
  Clock::time_point start = Clock::now();
  std::vector<double> perPage;
  for (std::vector<core::InterventionSummary>& items : pages) {
    const Clock::time_point pageStart = Clock::now();
    store.upsert(std::move(items));
    store.refresh();
    perPage.push_back(msSince(pageStart));
  }
  const double loadMs = msSince(start);
  const Spread pageSpread = spread(perPage);
  std::printf(
      "bench load platform=%.*s rows=%zu pages=%zu total_ms=%.1f page_median_ms=%.3f "
      "page_p95_ms=%.3f page_max_ms=%.3f\n",
      static_cast<int>(platform.size()), platform.data(), store.loadedCount(), pages.size(), loadMs,
      pageSpread.median, pageSpread.p95, pageSpread.max);
  std::fflush(stdout);
  benchQueries(store, platform, "summaries", false, input.repeats);

  if (input.details.empty()) return;
  store.setSort(kSort);
  store.setSearch("");
  store.refresh();
  std::vector<core::Intervention> details;
  details.reserve(input.details.size());
  for (const std::string_view body : input.details) {
    core::Result<core::Intervention> detail = core::decodeIntervention(body);
    if (detail) details.push_back(std::move(detail.value()));
  }
  // Hydration in batches of 50 per frame, one refresh each, as a scheduler would.
  start = Clock::now();
  std::vector<double> perBatch;
  for (std::size_t first = 0; first < details.size(); first += 50) {
    const Clock::time_point batchStart = Clock::now();
    for (std::size_t i = first; i < std::min(details.size(), first + 50); ++i) {
      store.attachDetail(std::move(details[i]));
    }
    store.refresh();
    perBatch.push_back(msSince(batchStart));
  }
  const double hydrateMs = msSince(start);
  const Spread batchSpread = spread(perBatch);
  std::printf(
      "bench hydrate platform=%.*s rows=%zu hydrated=%zu total_ms=%.1f batch50_median_ms=%.3f "
      "batch50_p95_ms=%.3f\n",
      static_cast<int>(platform.size()), platform.data(), store.loadedCount(),
      store.hydratedCount(), hydrateMs, batchSpread.median, batchSpread.p95);
  std::fflush(stdout);
  benchQueries(store, platform, "hydrated", true, input.repeats);
}

}  // namespace

std::vector<std::string_view> lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    if (end > 0) out.push_back(text.substr(0, end));
    text.remove_prefix(std::min(text.size(), end + 1));
  }
  return out;
}

void run(const Input& input, std::string_view platform) {
  benchDecode(input, platform);
  benchEngine(input, platform);
}

}  // namespace fiche::bench
