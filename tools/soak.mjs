#!/usr/bin/env node
// tools/soak.mjs — a kiosk-style endurance run: Fiche refreshes every second against serve.py
// injecting faults at random, for a long time; prints the wasm and JS heaps as it goes. A
// benchmark, not a test: it prints figures and asserts nothing. Results in docs/robustness.md.
//
//   tools/soak.mjs [--minutes 30] [--fail-rate 0.2] [--mode browse|kiosk] [--sample-seconds 60]
//
// Needs the web build (tools/build-web) and the test packages (tools/setup test).
// - serve.py: refresh_seconds 1 (a kiosk's minute, 60 times faster; in kiosk mode the board's
//   refresh and page intervals are 1 s too) and timeout_seconds 5 in the generated config.json; --fail-rate R with every kind of fault (503 with Retry-After,
//   500, 502 HTML, 429, reset mid-body, truncated body, slow drip, hang).
// - Each sample: wasm memory (only grows), bytes malloc holds, JS heap after a forced GC
//   (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), API requests the page sent,
//   requests still open, list status, frames drawn.
import { startServer, launchBrowser, waitForState } from "../tests/browser/support.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const minutes = Number(option("--minutes", 30));
const failRate = Number(option("--fail-rate", 0.2));
const mode = option("--mode", "browse");
const sampleSeconds = Number(option("--sample-seconds", 60));
const faults = "503:1,500,502,429,reset,truncate,drip:2000:0.05,hang";

const server = await startServer([
  "--fail-rate", String(failRate), "--faults", faults,
  // The board has its own intervals: both at 1 s, so it also turns a page every second.
  "--config-json", JSON.stringify({ mode, refresh_seconds: 1, timeout_seconds: 5,
                                    kiosk: { refresh_seconds: 1, page_seconds: 1 } }),
]);
const browser = await launchBrowser();
const page = await browser.newPage();
let sent = 0;
page.on("request", (request) => {
  if (request.url().includes("/obapi/v1/")) sent += 1;
});
const errors = [];
page.on("pageerror", (error) => errors.push(error.message));
await page.goto(`${server.url}?test=1`);
await waitForState(page, (s) => s.frames > 0 && s.connection.status === "ok", 60000);
const cdp = await page.context().newCDPSession(page);

async function sample(elapsedS) {
  await cdp.send("HeapProfiler.collectGarbage");
  const js = await cdp.send("Runtime.getHeapUsage");
  const figures = await page.evaluate(() => {
    const m = window.fiche.metrics();
    const s = window.fiche.state();
    const kiosk = s.kiosk;  // null in browse mode
    return { wasm: m.wasm_memory_bytes, malloc: m.malloc_in_use_bytes, frames: m.frames_drawn,
             status: kiosk ? `board ${kiosk.status} round ${kiosk.rounds}` : s.list.status,
             stale: kiosk ? kiosk.stale : s.list.stale, open: s.net.api_in_flight,
             retries: s.net.retries_sent };
  });
  return { t: elapsedS, jsUsed: js.usedSize, jsTotal: js.totalSize, sent, ...figures };
}

const kb = (bytes) => (bytes / 1024).toFixed(0).padStart(8);
console.log(`soak: ${minutes} min, refresh every 1 s, fail rate ${failRate}, faults ${faults}, mode ${mode}`);
console.log("     t(s)  wasm KB malloc KB  JS used KB  JS total  requests retries open  list");
const started = Date.now();
const samples = [];
for (;;) {
  const elapsed = Math.round((Date.now() - started) / 1000);
  const s = await sample(elapsed);
  samples.push(s);
  console.log(`${String(s.t).padStart(9)} ${kb(s.wasm)} ${kb(s.malloc)} ${kb(s.jsUsed)}   ${kb(s.jsTotal)} ` +
              `${String(s.sent).padStart(8)} ${String(s.retries).padStart(7)} ${String(s.open).padStart(4)}  ` +
              `${s.status}${s.stale ? " (stale)" : ""}`);
  if (elapsed >= minutes * 60) break;
  await page.waitForTimeout(sampleSeconds * 1000);
}
const first = samples[1] ?? samples[0];  // the first sample after a full minute of refreshes
const last = samples.at(-1);
const delta = (key) => `${kb(first[key])} KB -> ${kb(last[key])} KB (${((last[key] - first[key]) / 1024).toFixed(0)} KB)`;
console.log(`wasm memory:  ${delta("wasm")}`);
console.log(`malloc:       ${delta("malloc")}`);
console.log(`JS heap used: ${delta("jsUsed")}`);
console.log(`requests: ${last.sent} in ${last.t} s; automatic retries: ${last.retries}; page errors: ${errors.length}`);
for (const error of errors.slice(0, 5)) console.log(`  page error: ${error}`);
await browser.close();
await server.stop();
