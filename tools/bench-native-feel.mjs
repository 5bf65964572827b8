#!/usr/bin/env node
// tools/bench-native-feel.mjs — prints how Fiche behaves in a real browser (headless
// Debian Chromium, SwiftShader WebGL2) against serve.py's demo server. A benchmark, not a
// test: it prints figures and asserts nothing. Figures are recorded in docs/native-feel.md.
//
//   tools/bench-native-feel.mjs [--idle-seconds 10] [--loads 5]
//
// Needs the web build (tools/build-web) and the test packages (tools/setup test).
//  1. Idle: frames drawn and main-thread CPU time (CDP Performance.getMetrics TaskDuration)
//     during N s without input after the list has loaded; the same page with the idle gate
//     turned off (?always-draw=1) in the same run, and the ratio.
//  2. App work per frame on the list with 200 rows (per_page rewritten to 200): the time
//     the C++ frame (ImGui, views, GL submission) takes, median and p95, while redrawing.
//  3. Time from navigation start to the first frame that shows rows, over several loads.
//  4. Every file of the first load: raw, gzip -9 and brotli -q 11 bytes.
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { startServer, launchBrowser, waitForState } from "../tests/browser/support.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const idleSeconds = option("--idle-seconds", 10);
const loads = option("--loads", 5);

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
};
const fixed = (value, digits = 2) => Number(value).toFixed(digits);

async function openList(browser, url, { perPage } = {}) {
  const page = await browser.newPage();
  if (perPage) {
    await page.route("**/obapi/v1/interventions?*", (route) => {
      const target = new URL(route.request().url());
      target.searchParams.set("per_page", String(perPage));
      route.continue({ url: target.toString() });
    });
  }
  await page.goto(url);
  await waitForState(page, (s) => s.list.status === "ok" && s.list.rows.length > 0, 60000);
  return page;
}

async function idle(browser, url, { gate }) {
  const page = await openList(browser, url);
  // With the gate, the frames requested by the last events are done once none came for a
  // second; without it they never stop, so a fixed second has to do.
  for (let last = -1; gate;) {
    const frames = await page.evaluate(() => window.fiche.metrics().frames_drawn);
    if (frames === last) break;
    last = frames;
    await page.waitForTimeout(1000);
  }
  if (!gate) await page.waitForTimeout(1000);
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
  return { frames, cpuSeconds: cpu, cpuPercent: (100 * cpu) / elapsed, elapsed };
}

async function frameCost(browser, url) {
  const page = await openList(browser, `${url}&always-draw=1`, { perPage: 200 });
  const rows = (await page.evaluate(() => window.fiche.state())).list.rows.length;
  // Hover over the list so ImGui does its usual per-frame hit testing, then sample.
  await page.mouse.move(400, 400);
  const before = await page.evaluate(() => window.fiche.metrics().frames_drawn);
  await page.waitForTimeout(5000);
  const metrics = await page.evaluate(() => window.fiche.metrics());
  const count = Math.min(metrics.frames_drawn - before, metrics.frame_ms.length);
  const samples = metrics.frame_ms.slice(-count);
  await page.close();
  return { rows, frames: samples.length, median: quantile(samples, 0.5), p95: quantile(samples, 0.95) };
}

async function firstRows(browser, url) {
  const times = [];
  for (let i = 0; i < loads; i += 1) {
    const page = await openList(browser, url);
    times.push(await page.evaluate(() => window.fiche.metrics().first_rows_ms));
    await page.close();
  }
  return times;
}

async function firstLoadFiles(browser, url) {
  const page = await browser.newPage();
  const responses = [];
  page.on("response", (response) => responses.push(response));
  await page.goto(url);
  await waitForState(page, (s) => s.list.status === "ok" && s.list.rows.length > 0, 60000);
  const files = [];
  for (const response of responses) {
    const address = new URL(response.url());
    if (address.pathname.startsWith("/obapi/")) continue;  // data, not the app
    const body = await response.body().catch(() => null);
    if (!body || response.status() !== 200) continue;
    files.push({
      name: address.pathname.replace(/^\//, "") || "index.html",
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    });
  }
  await page.close();
  return files;
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const url = `${server.url}?test=1`;
  console.log(`Fiche native-feel benchmark — headless Chromium ${browser.browser()?.version() ?? ""}, SwiftShader WebGL2`);

  const gated = await idle(browser, url, { gate: true });
  const ungated = await idle(browser, `${url}&always-draw=1`, { gate: false });
  console.log(`\n1. Idle, ${idleSeconds} s without input after the list loaded (main thread)`);
  console.log(`   idle gate on : ${gated.frames} frames, ${fixed(gated.cpuSeconds * 1000, 1)} ms CPU = ${fixed(gated.cpuPercent, 3)} %`);
  console.log(`   idle gate off: ${ungated.frames} frames, ${fixed(ungated.cpuSeconds * 1000, 1)} ms CPU = ${fixed(ungated.cpuPercent, 3)} %`);
  const ratio = gated.cpuSeconds > 0 ? ungated.cpuSeconds / gated.cpuSeconds : Infinity;
  console.log(`   ratio off/on : ${fixed(ratio, 0)}× the CPU time`);

  const cost = await frameCost(browser, url);
  console.log(`\n2. App work per frame, list with ${cost.rows} rows, ${cost.frames} frames`);
  console.log(`   median ${fixed(cost.median, 3)} ms, p95 ${fixed(cost.p95, 3)} ms`);

  const times = await firstRows(browser, url);
  console.log(`\n3. Navigation start → first frame with rows, ${times.length} loads`);
  console.log(`   median ${fixed(quantile(times, 0.5), 0)} ms (min ${fixed(Math.min(...times), 0)}, max ${fixed(Math.max(...times), 0)})`);

  const files = await firstLoadFiles(browser, url);
  console.log("\n4. Files of the first load (bytes)");
  console.log(`   ${"file".padEnd(24)} ${"raw".padStart(9)} ${"gzip -9".padStart(9)} ${"brotli 11".padStart(9)}`);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    console.log(`   ${file.name.padEnd(24)} ${String(file.raw).padStart(9)} ${String(file.gzip).padStart(9)} ${String(file.brotli).padStart(9)}`);
    for (const key of Object.keys(total)) total[key] += file[key];
  }
  console.log(`   ${"total".padEnd(24)} ${String(total.raw).padStart(9)} ${String(total.gzip).padStart(9)} ${String(total.brotli).padStart(9)}`);
} finally {
  await browser.close();
  await server.stop();
}
