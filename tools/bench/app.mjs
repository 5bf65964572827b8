#!/usr/bin/env node
// tools/bench/app.mjs — benchmarks 3 and 4 of docs/whole-history.md, on the real app in
// headless Chromium against serve.py --count N: loading every summary with the default three
// requests at a time and with one at a time (wall time, requests, the wasm heap afterwards),
// and scrolling the fully loaded list (the app's own time per frame). Prints figures, asserts
// nothing. Details are not hydrated here (hydrate_details false): these figures are about the
// summaries.
//
//   node tools/bench/app.mjs [--count 100000] [--scrolls 120]
//
// Needs the web build (tools/build-web) and the test packages (tools/setup test). The demo
// data for N interventions is generated once into build/bench/demo (a minute or two for
// 100,000) and reused.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, waitForState } from "../../tests/browser/support.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const count = option("--count", 100000);
const scrolls = option("--scrolls", 120);
const dataDir = path.join(root, "build/bench/demo");
mkdirSync(dataDir, { recursive: true });

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
};
const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);

async function loadAll(browser, concurrency) {
  const config = { hydrate_details: false, ...(concurrency ? { load_concurrency: concurrency } : {}) };
  const server = await startServer(["--count", String(count), "--data-dir", dataDir,
    "--config-json", JSON.stringify(config)]);
  const page = await browser.newPage();
  let listRequests = 0;
  page.on("request", (request) => {
    if (request.url().includes("/obapi/v1/interventions?")) listRequests += 1;
  });
  const started = Date.now();
  await page.goto(`${server.url}?test=1`);
  const first = await waitForState(page, (s) => s.list.status === "ok", 120000);
  const firstRowsMs = Date.now() - started;
  const loaded = await waitForState(page, (s) => s.list.status === "ok" && !s.list.history.loading,
    600000);
  const wallMs = Date.now() - started;
  const metrics = await page.evaluate(() => window.fiche.metrics());
  return { server, page, firstRowsMs, wallMs, listRequests, rows: loaded.list.history.loaded_rows,
           wasm: metrics.wasm_memory_bytes, malloc: metrics.malloc_in_use_bytes, first };
}

const browser = await launchBrowser();
console.log(`bench app: ${count} interventions from serve.py, Chromium (SwiftShader), one run each`);

const single = await loadAll(browser, 1);
await single.page.close();
await single.server.stop();
const parallel = await loadAll(browser, 0);

console.log("\nBenchmark 4 — loading every summary (per_page 200)");
console.log("  requests at once | first rows (ms) | all loaded (ms) | list requests | rows | wasm memory | malloc in use");
for (const [label, run] of [["1 (load_concurrency 1)", single], ["3 (default)", parallel]]) {
  console.log(`  ${label.padEnd(22)} | ${String(run.firstRowsMs).padStart(15)} | ${String(run.wallMs).padStart(15)} | ` +
              `${String(run.listRequests).padStart(13)} | ${String(run.rows).padStart(6)} | ` +
              `${mb(run.wasm).padStart(8)} MB | ${mb(run.malloc).padStart(8)} MB`);
}
console.log(`  speed-up of 3 over 1: ${(single.wallMs / parallel.wallMs).toFixed(2)}×`);

// Benchmark 3: scroll the loaded list with the wheel over it, as a person would.
const page = parallel.page;
await page.mouse.move(640, 450);
const before = (await page.evaluate(() => window.fiche.metrics())).frames_drawn;
for (let i = 0; i < scrolls; ++i) {
  await page.mouse.wheel(0, i % 20 < 10 ? 900 : -300);
  await page.waitForTimeout(30);
}
await page.waitForTimeout(300);
const metrics = await page.evaluate(() => window.fiche.metrics());
const drawn = metrics.frames_drawn - before;
const samples = metrics.frame_ms.slice(-Math.min(drawn, metrics.frame_ms.length));
const state = await page.evaluate(() => window.fiche.state());
const listScroll = state.scroll.find((w) => w.name.includes("history")) ?? {};
console.log("\nBenchmark 3 — scrolling the list of every loaded row");
console.log(`  rows: ${state.list.row_count}; wheel events: ${scrolls}; frames drawn: ${drawn}; ` +
            `scrolled to ${Math.round(listScroll.y ?? 0)} of ${Math.round(listScroll.max_y ?? 0)} px`);
console.log(`  app time per frame (ms): median ${quantile(samples, 0.5).toFixed(2)}, ` +
            `p95 ${quantile(samples, 0.95).toFixed(2)}, max ${Math.max(...samples).toFixed(2)}`);

await browser.close();
await parallel.server.stop();
