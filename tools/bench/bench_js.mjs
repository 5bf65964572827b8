// tools/bench/bench_js.mjs — runs in Node and in the benchmark page alike: the wasm build of
// tools/bench (decode + query benchmarks, timed inside the module) and the JavaScript
// counterparts on the same bytes (JSON.parse, query.mjs). Prints "bench ..." lines; asserts
// nothing.
import { fold, prepareRows, hydrate, comparator, runQuery, runPresorted } from "./query.mjs";

// The keystrokes of bench_core.cpp, in the same order.
const QUERIES = [
  ["fi2505-01", false], ["2504-00", false], ["fi26", false],
  ["onduleur", true], ["electrique tableau", true], ["ct25", true],
  ["lyon gerland", true], ["srv-diag", true],
];
const SORT = [{ column: "date", descending: true }, { column: "ref", descending: true }];

function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], samples: sorted.length };
}

function splitLines(bytes) {
  const text = new TextDecoder().decode(bytes);
  return text.split("\n").filter((line) => line.length > 0);
}

function byteLength(bytes) {
  let newlines = 0;
  for (let i = 0; i < bytes.length; ++i) if (bytes[i] === 10) ++newlines;
  return bytes.length - newlines;
}

// The wasm module: fixtures copied into its memory, then its own timed run.
export async function runWasm({ createFicheBench, pagesBytes, detailsBytes, platform, repeats, print }) {
  const module = await createFicheBench({ print, printErr: (line) => print(`stderr: ${line}`) });
  const copy = (bytes) => {
    const pointer = module._malloc(Math.max(1, bytes.length));
    module.HEAPU8.set(bytes, pointer);
    return pointer;
  };
  const pages = copy(pagesBytes);
  const details = detailsBytes ? copy(detailsBytes) : 0;
  const labelSize = module.lengthBytesUTF8(platform) + 1;
  const label = module._malloc(labelSize);
  module.stringToUTF8(platform, label, labelSize);
  module._fiche_bench_run(pages, pagesBytes.length, details, detailsBytes ? detailsBytes.length : 0,
    repeats, label);
}

// As in bench_core.cpp: run -1 warms up (JIT tiers) and is not timed; throughput of the fastest
// run (the machine is shared, preemption only adds time) and of the median run.
function timeDecode(kind, platform, bodies, bytes, repeats, print, decode) {
  const ms = [];
  let items = 0;
  for (let run = -1; run < repeats; ++run) {
    items = 0;
    const start = performance.now();
    for (const body of bodies) items += decode(body);
    if (run >= 0) ms.push(performance.now() - start);
  }
  const { median, samples } = spread(ms);
  const best = Math.min(...ms);
  print(`bench decode platform=${platform} kind=${kind} bytes=${bytes} items=${items} ` +
    `runs=${samples} best_ms=${best.toFixed(1)} median_ms=${median.toFixed(1)} ` +
    `mb_s=${(bytes / 1e6 / (best / 1e3)).toFixed(1)} items_s=${Math.round(items / (best / 1e3))} ` +
    `mb_s_median=${(bytes / 1e6 / (median / 1e3)).toFixed(1)}`);
}

// cases[k] = the times of keystroke case k over the runs; as printCases in bench_core.cpp.
function printCases(platform, rows, group, mode, cases, print) {
  const best = cases.map((runs) => Math.min(...runs));
  const s = spread(best);
  print(`bench query platform=${platform} rows=${rows} group=${group} mode=${mode} ` +
    `cases=${s.samples} runs=${cases[0]?.length ?? 0} median_ms=${s.median.toFixed(3)} ` +
    `p95_ms=${s.p95.toFixed(3)} max_ms=${s.max.toFixed(3)} all_median_ms=${spread(cases.flat()).median.toFixed(3)}`);
}

function typeQueries(hydrated, repeats, keystroke) {
  const cases = [];
  for (let run = -1; run < repeats; ++run) { // run -1: warm-up, not timed
    let k = 0;
    for (const [text, hydratedOnly] of QUERIES) {
      if (hydratedOnly && !hydrated) continue;
      for (let length = 1; length <= text.length; ++length) {
        if (text[length - 1] === " ") continue;
        const start = performance.now();
        keystroke(text.slice(0, length));
        const ms = performance.now() - start;
        if (run >= 0) (cases[k] ??= []).push(ms);
        ++k;
      }
    }
  }
  return cases;
}

function benchQueries(rows, platform, label, hydrated, repeats, print) {
  let sink = 0;
  for (const group of ["none", "month"]) {
    const idiomatic = typeQueries(hydrated, repeats, (text) => {
      const result = runQuery(rows, text, SORT, group);
      sink += result.count + result.duration;
    });
    printCases(platform, label, group, "idiomatic", idiomatic, print);
    const sorted = [...rows].sort(comparator(SORT));
    const presorted = typeQueries(hydrated, repeats, (text) => {
      const result = runPresorted(sorted, text, group);
      sink += result.count + result.duration;
    });
    printCases(platform, label, group, "presorted", presorted, print);
  }
  const sorts = [[], [], [], []];
  const specs = [
    [{ column: "duration", descending: true }, { column: "ref", descending: false }],
    [{ column: "status", descending: false }, { column: "date", descending: false }],
    [{ column: hydrated ? "contract" : "ref", descending: false }],
    SORT,
  ];
  for (let run = 0; run < repeats; ++run) {
    specs.forEach((spec, k) => {
      const start = performance.now();
      const result = runQuery(rows, "fi", spec);
      sink += result.count;
      sorts[k].push(performance.now() - start);
    });
  }
  printCases(platform, label, "none", "sort-change", sorts, print);
  for (const [text, hydratedOnly] of QUERIES) {
    if (hydratedOnly && !hydrated) continue;
    const result = runQuery(rows, text, SORT);
    print(`bench check platform=${platform} rows=${label} query="${text}" count=${result.count} ` +
      `duration_s=${result.duration}`);
  }
  if (sink === 42) print("");
}

export function runJs({ pagesBytes, detailsBytes, platform, repeats, print }) {
  const pageTexts = splitLines(pagesBytes);
  const pageBytes = byteLength(pagesBytes);
  timeDecode("list", platform, pageTexts, pageBytes, repeats, print,
    (text) => JSON.parse(text).items.length);
  // What response.json() does: UTF-8 decoding and parsing.
  const pageArrays = [];
  for (let start = 0; start < pagesBytes.length;) {
    let end = pagesBytes.indexOf(10, start);
    if (end < 0) end = pagesBytes.length;
    if (end > start) pageArrays.push(pagesBytes.subarray(start, end));
    start = end + 1;
  }
  const decoder = new TextDecoder();
  timeDecode("list+utf8", platform, pageArrays, pageBytes, repeats, print,
    (bytes) => JSON.parse(decoder.decode(bytes)).items.length);
  const pages = pageTexts.map((text) => JSON.parse(text));
  let detailTexts = [];
  if (detailsBytes) {
    detailTexts = splitLines(detailsBytes);
    timeDecode("detail", platform, detailTexts, byteLength(detailsBytes),
      Math.max(1, Math.floor(repeats / 2)), print, (text) => (JSON.parse(text).intervention ? 1 : 0));
  }

  let start = performance.now();
  const rows = prepareRows(pages);
  print(`bench prepare platform=${platform} rows=${rows.length} fold_ms=${(performance.now() - start).toFixed(1)}`);
  benchQueries(rows, platform, "summaries", false, repeats, print);
  if (!detailsBytes) return;
  const details = detailTexts.map((text) => JSON.parse(text));
  detailTexts = null;
  start = performance.now();
  hydrate(rows, details);
  print(`bench hydrate platform=${platform} rows=${rows.length} fold_ms=${(performance.now() - start).toFixed(1)}`);
  benchQueries(rows, platform, "hydrated", true, repeats, print);
}

export { fold };
