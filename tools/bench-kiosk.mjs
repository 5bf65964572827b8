#!/usr/bin/env node
// tools/bench-kiosk.mjs — prints how fast the kiosk wallboard comes up and how quiet it is,
// in headless Debian Chromium (SwiftShader WebGL2) against serve.py's demo server in kiosk
// mode. A benchmark, not a test: it prints figures and asserts nothing. Figures are
// recorded in docs/kiosk.md.
//
//   tools/bench-kiosk.mjs [--loads 5] [--latency-ms 0] [--idle-seconds 10]
//
// Needs the web build (tools/build-web) and the test packages (tools/setup test).
//  1. Time from navigation start to the first frame showing a complete board (every page of
//     both queries loaded), over several loads at 1920×1080, with the moments the page sent
//     discovery and the board's first and last requests (Resource Timing).
//  2. The font atlas the board builds at each screen size of issue 6.
//  3. Idle: frames drawn and main-thread CPU (CDP TaskDuration) in N s of an unchanging board.
import path from "node:path";
import { startServer, launchBrowser, waitForState, repoRoot } from "../tests/browser/support.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const loads = option("--loads", 5);
const latency = option("--latency-ms", 0);
const idleSeconds = option("--idle-seconds", 10);

// No fake clock here: Playwright's clock replaces performance.now and Resource Timing too.
// The demo data is anchored on the real today instead.
const anchor = new Date().toLocaleDateString("en-CA");  // YYYY-MM-DD, local
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
};
const ms = (value) => `${Math.round(value)} ms`;

async function openBoard(browser, url, viewport) {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url);
  await waitForState(page, (s) => s.kiosk?.board && s.kiosk.shown.refs.length > 0, 120000);
  return page;
}

async function firstBoard(browser, url) {
  const page = await openBoard(browser, url, { width: 1920, height: 1080 });
  const metrics = await page.evaluate(() => window.fiche.metrics());
  const timing = await page.evaluate(() => performance.getEntriesByType("resource")
    .filter((e) => e.name.includes("/obapi/v1"))
    .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })));
  const wasm = await page.evaluate(() => performance.getEntriesByType("resource")
    .filter((e) => e.name.endsWith(".wasm")).map((e) => e.responseEnd)[0] ?? NaN);
  await page.close();
  const board = timing.filter((t) => t.name.endsWith("/interventions"));
  const discovery = timing.find((t) => !t.name.endsWith("/interventions"));
  return {
    firstBoard: metrics.first_board_ms,
    wasmLoaded: wasm,
    discoverySent: discovery ? discovery.start : NaN,
    boardRequests: board.length,
    firstRequest: Math.min(...board.map((t) => t.start)),
    lastAnswer: Math.max(...board.map((t) => t.end)),
  };
}

async function atlases(browser, url) {
  const page = await openBoard(browser, url, { width: 1366, height: 768 });
  const sizes = [];
  for (const [width, height] of [[1366, 768], [1920, 1080], [1080, 1920], [3840, 2160]]) {
    await page.setViewportSize({ width, height });
    await page.waitForFunction((w) => window.fiche.state().input.display_w === w, width,
      { timeout: 60000, polling: 100 });
    await page.waitForTimeout(300);
    const kiosk = (await page.evaluate(() => window.fiche.state())).kiosk;
    sizes.push({ width, height, text: kiosk.text_px, figure: kiosk.figure_px,
      rows: kiosk.rows_per_page, atlas: kiosk.atlas });
  }
  await page.close();
  return sizes;
}

async function idle(browser, url) {
  const page = await openBoard(browser, url, { width: 1920, height: 1080 });
  await waitForState(page, (s) => s.kiosk.cursor_hidden, 10000);
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const task = async () => (await cdp.send("Performance.getMetrics")).metrics
    .find((m) => m.name === "TaskDuration").value;
  const framesBefore = await page.evaluate(() => window.fiche.metrics().frames_drawn);
  const cpuBefore = await task();
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
  const elapsed = (Date.now() - started) / 1000;
  const cpu = (await task()) - cpuBefore;
  const frames = (await page.evaluate(() => window.fiche.metrics().frames_drawn)) - framesBefore;
  await page.close();
  return { frames, cpu, percent: (100 * cpu) / elapsed };
}

const server = await startServer(["--count", "5000", "--anchor", anchor, "--latency-ms", String(latency),
  "--data-dir", path.join(repoRoot, "build", "test-data"),
  "--config-json", JSON.stringify({ mode: "kiosk" })]);
const browser = await launchBrowser();
try {
  const url = `${server.url}?test=1`;
  console.log(`Fiche kiosk benchmark — headless Chromium ${browser.browser()?.version() ?? ""}, SwiftShader WebGL2,`);
  console.log(`serve.py: 5000 demo interventions, anchor ${anchor}, API latency ${latency} ms`);

  const runs = [];
  for (let i = 0; i < loads; i += 1) runs.push(await firstBoard(browser, url));
  const median = (key) => quantile(runs.map((r) => r[key]), 0.5);
  console.log(`\n1. Navigation start → first frame with a complete board, 1920×1080, ${runs.length} loads`);
  console.log(`   median ${ms(median("firstBoard"))} (min ${ms(Math.min(...runs.map((r) => r.firstBoard)))}, max ${ms(Math.max(...runs.map((r) => r.firstBoard)))})`);
  console.log(`   medians: wasm downloaded ${ms(median("wasmLoaded"))}, discovery sent ${ms(median("discoverySent"))}, ` +
    `first board request ${ms(median("firstRequest"))}, last board answer ${ms(median("lastAnswer"))}; ` +
    `${median("boardRequests")} board requests`);

  console.log("\n2. Board type and font atlas per screen (CSS px, DPR 1)");
  for (const size of await atlases(browser, url)) {
    const bytes = size.atlas.width * size.atlas.height * 4;
    console.log(`   ${`${size.width}×${size.height}`.padEnd(10)} text ${size.text} px, figures ${size.figure} px, ` +
      `${size.rows} rows a page; atlas ${size.atlas.width}×${size.atlas.height} = ${(bytes / 1048576).toFixed(1)} MB RGBA`);
  }

  const quiet = await idle(browser, url);
  console.log(`\n3. Idle, ${idleSeconds} s of an unchanging board (cursor hidden, next page in 15 s at most)`);
  console.log(`   ${quiet.frames} frames, ${(quiet.cpu * 1000).toFixed(1)} ms CPU = ${quiet.percent.toFixed(3)} %`);
} finally {
  await browser.close();
  await server.stop();
}
