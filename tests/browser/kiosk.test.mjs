// Kiosk mode end to end: the wallboard in Chromium against serve.py. The expected figures are
// computed here from the API itself; the board must page by itself, refresh in place, dim
// and say since when when every request fails, recover alone, send nothing while hidden,
// hide the cursor, stay idle between its timers — and it is photographed at four sizes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import {
  startServer, launchBrowser, watchConsole, waitForState, screenshotPath, recordApiRequests,
  demoToken, repoRoot,
} from "./support.mjs";

// A Friday: this week has five days of data, last week is whole.
const anchor = "2026-06-19";
const pageClock = `${anchor}T10:00:00`;
// 5000 demo interventions (about 30 this week, so the list has pages), generated once
// into build/ and reused by later runs.
const dataArgs = ["--count", "5000", "--anchor", anchor,
  "--data-dir", path.join(repoRoot, "build", "test-data")];

let quiet;  // default kiosk settings (refresh every minute): figures, idleness, screenshots
let busy;   // fast timers and fault plans: paging, refresh, staleness, visibility
let browser;

before(async () => {
  [quiet, busy] = await Promise.all([
    startServer([...dataArgs, "--config-json", JSON.stringify({ mode: "kiosk" })]),
    startServer([...dataArgs, "--test-control", "--config-json", JSON.stringify({
      mode: "kiosk", kiosk: { refresh_seconds: 2, page_seconds: 5 },
    })]),
  ]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all([quiet?.stop(), busy?.stop()]);
});

async function openBoard(server, { viewport = { width: 1280, height: 800 }, init } = {}) {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  if (init) await init(page);
  await page.clock.setFixedTime(new Date(pageClock));
  const problems = watchConsole(page);
  const requests = recordApiRequests(page);
  await page.goto(`${server.url}?test=1`);
  const state = await waitForState(page, (s) => s.kiosk?.board && s.kiosk.shown.refs.length > 0,
    60000);
  return { page, problems, requests, state };
}

const kiosk = async (page) => (await page.evaluate(() => window.fiche.state())).kiosk;

async function plan(...entries) {
  const response = await fetch(`${busy.url}__fiche/faults`, {
    method: "POST", body: JSON.stringify({ plan: entries }),
  });
  assert.equal(response.status, 200, await response.text());
}

// Every item of one query, straight from the API (as the board's expectations must not come
// from the code under test).
async function allItems(server, query) {
  const items = [];
  for (let page = 1; ; page += 1) {
    const response = await fetch(`${server.url}obapi/v1/interventions?${query}&per_page=200&page=${page}`,
      { headers: { Authorization: `Bearer ${demoToken}` } });
    assert.equal(response.status, 200);
    const body = await response.json();
    items.push(...body.items);
    if (page >= body.pagination.total_pages) return items;
  }
}

const addDays = (iso, days) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const hhmm = (seconds) => `${Math.floor(seconds / 3600)}:${String(Math.floor(seconds % 3600 / 60)).padStart(2, "0")}`;
const sum = (items) => items.reduce((total, item) => total + Math.max(0, item.duration), 0);

test("the board shows the demo data's figures, computed here from the API", async () => {
  const monday = addDays(anchor, -4);
  const lastMonday = addDays(monday, -7);
  const period = await allItems(quiet, `date_start=${lastMonday}&date_end=${anchor}`);
  const validated = await allItems(quiet, "status=validated");
  const week = period.filter((i) => i.date_intervention >= monday && i.date_intervention <= anchor);
  const today = week.filter((i) => i.date_intervention === anchor);
  const yesterday = period.filter((i) => i.date_intervention === addDays(anchor, -1));
  const lastWeek = period.filter((i) => i.date_intervention >= lastMonday && i.date_intervention < monday);
  const lastWeekToDate = lastWeek.filter((i) => i.date_intervention <= addDays(anchor, -7));
  const waiting = validated.filter((i) => i.date_intervention < addDays(anchor, -7));
  const oldest = [...waiting].sort((a, b) => a.date_intervention.localeCompare(b.date_intervention) ||
    a.ref.localeCompare(b.ref))[0];
  const ageDays = (iso) => Math.round((Date.parse(`${anchor}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / 86400000);
  assert.ok(today.length > 0 && waiting.length > 0, "the demo data has today's and waiting ones");

  const { page, problems } = await openBoard(quiet);
  const board = await kiosk(page);
  const shown = board.shown;
  assert.equal(shown.figures.today, String(today.length));
  assert.deepEqual(shown.details.today, [`${hhmm(sum(today))} h logged`,
    `Yesterday ${yesterday.length} · ${hhmm(sum(yesterday))} h`]);
  assert.equal(shown.figures.week_hours, hhmm(sum(week)));
  assert.deepEqual(shown.details.week_hours, [`Last week ${hhmm(sum(lastWeek))}`,
    `Mon–Fri last week ${hhmm(sum(lastWeekToDate))}`]);
  assert.equal(shown.figures.waiting, waiting.length.toLocaleString("en").replace(/,/g, "\u2009"));
  assert.equal(shown.details.waiting[1], `Oldest ${ageDays(oldest.date_intervention)} days · ${oldest.ref}`);
  for (const status of ["draft", "validated", "done", "billed"]) {
    const count = week.filter((i) => i.status === status).length;
    assert.ok(shown.status_counts.includes(`${status} ${count}`), `${status} ${count} in ${shown.status_counts}`);
  }
  // The list: this week's, newest day first, ref order within a day; the first page on screen.
  const rows = [...week].sort((a, b) => b.date_intervention.localeCompare(a.date_intervention) ||
    a.ref.localeCompare(b.ref)).map((i) => i.ref);
  assert.equal(board.board.rows.length, rows.length);
  assert.deepEqual(shown.refs, rows.slice(0, board.rows_per_page));
  assert.equal(shown.clock, "10:00");
  assert.equal(shown.as_of, "as of 10:00");
  assert.equal(shown.dimmed, false);
  // 127.0.0.1 is a secure context: Chromium grants the Screen Wake Lock to the visible page.
  assert.equal(board.wake_lock, "on");
  assert.match(shown.footer, /Updated every minute \| Screen kept on/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("between its timers the board draws nothing", async () => {
  const { page } = await openBoard(quiet);
  // Let the first frames settle and the cursor hide (3 s), then count frames for 5 s: the
  // next page is 15 s away, the next refresh 60 s, the clock's minute is fixed.
  await waitForState(page, (s) => s.kiosk.cursor_hidden, 10000);
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => window.fiche.metrics().frames_drawn);
  await page.waitForTimeout(5000);
  const frames = (await page.evaluate(() => window.fiche.metrics().frames_drawn)) - before;
  assert.ok(frames <= 3, `${frames} frames in 5 s of an unchanging board (continuous: ~300)`);
  const next = (await kiosk(page)).next_wake_in_ms;
  assert.ok(next > 1000, `the next wake is not imminent (${next} ms)`);
  await page.close();
});

test("the cursor hides after a few seconds without movement and comes back", async () => {
  const { page } = await openBoard(quiet);
  const cursor = () => page.evaluate(() => document.getElementById("canvas").style.cursor);
  await page.mouse.move(300, 300);
  await page.waitForTimeout(300);
  assert.notEqual(await cursor(), "none");
  await waitForState(page, (s) => s.kiosk.cursor_hidden, 6000);
  await page.waitForTimeout(200);
  assert.equal(await cursor(), "none");
  await page.mouse.move(320, 310);
  await waitForState(page, (s) => !s.kiosk.cursor_hidden, 3000);
  await page.waitForTimeout(200);
  assert.notEqual(await cursor(), "none");
  await page.close();
});

test("screenshots at 1366×768, 1920×1080, 3840×2160 and portrait 1080×1920", async () => {
  const { page } = await openBoard(quiet, { viewport: { width: 1366, height: 768 } });
  for (const [width, height] of [[1366, 768], [1920, 1080], [1080, 1920], [3840, 2160]]) {
    await page.setViewportSize({ width, height });
    // The board is laid out and its fonts rebuilt for the new size.
    await page.waitForFunction((w) => window.fiche.state().input.display_w === w, width,
      { timeout: 30000, polling: 100 });
    await page.waitForTimeout(300);
    const board = await kiosk(page);
    assert.equal(board.portrait, height > width);
    assert.ok(board.text_px >= Math.min(width, height) / 50, `type scales: ${board.text_px} px`);
    assert.ok(board.atlas.width * board.atlas.height <= 2048 * 2048,
      `font atlas ${board.atlas.width}×${board.atlas.height}`);
    // Every part of the board lies inside the screen.
    const items = (await page.evaluate(() => window.fiche.items())).filter((i) => i.label.startsWith("kiosk:"));
    assert.ok(items.length > 10);
    for (const item of items) {
      assert.ok(item.x >= 0 && item.y >= 0 && item.x + item.w <= width && item.y + item.h <= height,
        `${item.label} inside ${width}×${height}`);
    }
    await page.screenshot({ path: screenshotPath(`kiosk-${width}x${height}.png`) });
  }
  await page.close();
});

test("the list pages by itself and a refresh never resets the page or empties the board", async () => {
  const { page, problems } = await openBoard(busy);
  const first = await kiosk(page);
  assert.ok(first.pages >= 2, `this week's ${first.board.rows.length} rows need pages (${first.rows_per_page} a page)`);
  assert.equal(first.page, 0);
  await waitForState(page, (s) => s.kiosk.page === 1, 8000);
  // Until the next page turns (5 s), refreshes (every 2 s) replace the board in place.
  const versions = new Set();
  const started = Date.now();
  while (Date.now() - started < 3500) {
    const now = await kiosk(page);
    assert.equal(now.page, 1, "the page stays put across refreshes");
    assert.ok(now.shown.refs.length > 0 && now.shown.figures.today !== undefined, "never empty");
    versions.add(now.board_version);
    await page.waitForTimeout(100);
  }
  assert.ok(versions.size >= 2, `the board was refreshed meanwhile (versions ${[...versions]})`);
  await waitForState(page, (s) => s.kiosk.page === 0 && s.kiosk.rounds > 2, 8000);  // round again
  assert.deepEqual(problems, []);
  await page.close();
});

test("failing refreshes dim the whole board with the time of its data; it recovers alone", async () => {
  const { page, problems } = await openBoard(busy);
  try {
    await plan({ kind: "reset", match: "api", count: 0 });
    // Stale once no board arrived for two refresh intervals (4 s); the reason is known once
    // the automatic retries of the failing request gave up.
    const stale = await waitForState(page, (s) => s.kiosk.stale && s.kiosk.shown.dimmed &&
      s.kiosk.error !== null, 30000);
    assert.match(stale.kiosk.shown.banner, /^\S+ Data from 10:00 — the server is not answering/);
    assert.ok(stale.kiosk.shown.refs.length > 0, "the last data stays on screen, dimmed");
    await page.screenshot({ path: screenshotPath("kiosk-stale-1280x800.png") });
    assert.equal(stale.kiosk.status === "failed" || stale.kiosk.status === "loading", true);
    const version = stale.kiosk.board_version;
    await plan();
    const back = await waitForState(page, (s) => !s.kiosk.stale && !s.kiosk.shown.dimmed &&
      s.kiosk.status === "done", 30000);
    assert.ok(back.kiosk.board_version > version, "a new board arrived");
    assert.equal(back.kiosk.error, null);
  } finally {
    await plan();
  }
  // Reset connections show up as console errors of the failed requests only.
  assert.ok(problems.every((p) => /Failed to load|ERR_|net::/.test(p)), problems.join("\n"));
  await page.close();
});

test("while the page is hidden nothing is sent; shown again, it refreshes at once", async () => {
  const { page, requests } = await openBoard(busy);
  await waitForState(page, (s) => s.kiosk.status === "done" && s.net.api_in_flight === 0, 10000);
  const setHidden = (hidden) => page.evaluate((value) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (value ? "hidden" : "visible") });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => value });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
  await setHidden(true);
  await waitForState(page, (s) => s.net.page_visible === false, 3000);
  const sent = requests.length;
  await page.waitForTimeout(5000);  // two and a half refresh intervals
  assert.equal(requests.length, sent, "no request while hidden");
  await setHidden(false);
  const shown = await waitForState(page, (s) => s.net.page_visible === true, 3000);
  assert.equal(shown.kiosk.stale, false, "hidden time does not count against the data");
  await waitForState(page, () => true, 100);
  const deadline = Date.now() + 1500;
  while (requests.length === sent && Date.now() < deadline) await page.waitForTimeout(50);
  assert.ok(requests.length > sent, "the overdue refresh is sent at once");
  await page.close();
});
