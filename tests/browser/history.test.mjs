// The whole history, end to end: every page of serve.py's data loaded in the background while
// the user keeps working, totals checked against a sum computed from the API itself, a word
// found only in a task line once details are indexed, exact refs, selection sums.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startServer, launchBrowser, openFiche, clickItem, findItem, state, waitForState, waitForItem,
  demoToken,
} from "./support.mjs";

let big;    // 10,000 interventions, no detail hydration (loading is what is tested there)
let small;  // the usual 600, with hydration
let browser;

before(async () => {
  [big, small] = await Promise.all([
    startServer(["--count", "10000", "--config-json", JSON.stringify({ hydrate_details: false })]),
    startServer(),
  ]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await big?.stop();
  await small?.stop();
});

// Every item of the list for `params`, page by page, straight from the API.
async function apiItems(server, params = {}) {
  const items = [];
  for (let page = 1; ; ++page) {
    const query = new URLSearchParams({ ...params, page: String(page), per_page: "200" });
    const response = await fetch(`${server.url}obapi/v1/interventions?${query}`, {
      headers: { Authorization: `Bearer ${demoToken}` },
    });
    assert.equal(response.status, 200);
    const body = await response.json();
    items.push(...body.items);
    if (page >= body.pagination.total_pages) return items;
  }
}

async function apiDetail(server, id) {
  const response = await fetch(`${server.url}obapi/v1/interventions/${id}`, {
    headers: { Authorization: `Bearer ${demoToken}` },
  });
  return (await response.json()).intervention;
}

// Waits until every page is in (and, with `details`, every detail indexed).
function untilLoaded(page, { details = false, timeout = 30000 } = {}) {
  return waitForState(page, details
    ? (st) => st.list.status === "ok" && !st.list.history.loading &&
      st.list.history.hydrated + st.list.history.hydration_failed === st.list.history.hydration_known
    : (st) => st.list.status === "ok" && !st.list.history.loading, timeout);
}

test("10,000 interventions load in the background, three pages at a time, while the user keeps working", async () => {
  const { page, problems, requests } = await openFiche(browser, big, {
    init: (p) => {
      // Count list requests in flight as the browser sees them.
      p.inFlight = 0;
      p.maxInFlight = 0;
      p.on("request", (r) => {
        if (!r.url().includes("/obapi/v1/interventions?")) return;
        p.maxInFlight = Math.max(p.maxInFlight, ++p.inFlight);
      });
      const done = (r) => { if (r.url().includes("/obapi/v1/interventions?")) p.inFlight -= 1; };
      p.on("requestfinished", done);
      p.on("requestfailed", done);
    },
  });
  let s = await state(page);
  assert.ok(s.list.history.loading, "the first page is on screen before the rest has arrived");
  assert.ok(s.list.history.loaded_rows < 10000);

  // The user works meanwhile: groups by month, types a search, sorts by duration.
  await clickItem(page, "Group by");
  await waitForItem(page, "Month");  // the popup opens over the next frames
  await page.waitForTimeout(100);    // and is hovered once before a press, as a person does
  await clickItem(page, "Month");
  s = await waitForState(page, (st) => st.route.group === "month");
  await clickItem(page, "Search");
  await page.keyboard.type("FI26");
  s = await waitForState(page, (st) => st.route.search === "FI26");
  await clickItem(page, "Duration");
  s = await waitForState(page, (st) => st.route.order === "duration_asc");
  const duringLoad = s.list.history.loading;

  s = await untilLoaded(page, { timeout: 60000 });
  assert.equal(s.list.history.loaded_rows, 10000);
  assert.equal(s.list.history.items_total, 10000);
  assert.ok(duringLoad || s.list.history.pages_total > 1, "the clicks happened while it loaded");
  const pages = requests.filter((r) => r.path.endsWith("/interventions")).map((r) => r.params.get("page"));
  assert.deepEqual([...pages].sort((a, b) => a - b), Array.from({ length: 50 }, (_, i) => String(i + 1)),
    "each of the 50 pages of 200 asked for once");
  assert.ok(page.maxInFlight <= 3, `at most three list requests at once (saw ${page.maxInFlight})`);
  assert.ok(page.maxInFlight >= 2, "and more than one");
  // The query over the full set: FI26… refs only, sorted by duration, grouped by month.
  const durations = s.list.rows.map((row) => row.duration);
  assert.ok(s.list.rows.every((row) => row.ref.startsWith("FI26")));
  assert.ok(s.list.history.groups.length > 1);
  const perGroup = s.list.history.groups.reduce((sum, g) => sum + g.totals.count, 0);
  assert.equal(perGroup, s.list.history.totals.count, "subtotals add up to the total");
  assert.ok(durations.length > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("totals match a sum computed independently from the server's data", async () => {
  const { page } = await openFiche(browser, small);
  let s = await untilLoaded(page);
  const all = await apiItems(small);
  const sum = (items) => items.reduce((total, item) => total + item.duration, 0);
  assert.equal(s.list.history.totals.count, all.length);
  assert.equal(s.list.history.totals.duration, sum(all));

  await clickItem(page, "Done");
  s = await waitForState(page, (st) => st.list.status === "ok" && !st.list.history.loading &&
    st.list.query.status === "done", 30000);
  const done = await apiItems(small, { status: "done" });
  assert.equal(s.list.history.totals.count, done.length);
  assert.equal(s.list.history.totals.duration, sum(done));
  assert.ok(s.messages.some((m) => m.startsWith(`Total: ${done.length} interventions`)), s.messages);
  await page.close();
});

test("a word found only in a task line is found once the details are indexed", async () => {
  // A word of some intervention's line that none of its other texts, and no ref, holds.
  const items = await apiItems(small);
  let target;
  let word;
  for (const item of items.slice(0, 40)) {
    const detail = await apiDetail(small, item.id);
    const elsewhere = [detail.ref, detail.description, detail.public_note, detail.contract_ref,
      detail.customer_ref].join(" ").toLowerCase();
    for (const line of detail.lines) {
      const candidate = line.description.split(/[^\p{L}]+/u)
        .find((w) => w.length >= 6 && !elsewhere.includes(w.toLowerCase()));
      if (candidate) {
        target = item;
        word = candidate;
        break;
      }
    }
    if (word) break;
  }
  assert.ok(word, "the demo data has such a word");
  assert.ok(items.every((item) => !item.ref.toLowerCase().includes(word.toLowerCase())));

  const { page } = await openFiche(browser, small);
  let s = await untilLoaded(page, { details: true, timeout: 60000 });
  assert.equal(s.list.history.hydrated, items.length, "every detail indexed");
  await clickItem(page, "Search");
  await page.keyboard.type(word.toUpperCase());  // any case
  s = await waitForState(page, new Function("st", `return st.route.search === ${JSON.stringify(word.toUpperCase())};`));
  assert.ok(s.list.rows.some((row) => row.id === target.id),
    `"${word}" finds ${target.ref} through its task line`);
  assert.ok(s.list.rows.length < items.length);
  await page.close();
});

test("typing an exact ref opens it; ctrl-click selects rows and the status bar sums them", async () => {
  const { page } = await openFiche(browser, small);
  let s = await untilLoaded(page);
  const [first, second] = s.list.rows;
  await clickItem(page, "Search");
  await page.keyboard.type(second.ref.toLowerCase());
  s = await waitForState(page, new Function("st", `return st.detail.status === "ok" && st.detail.id === ${JSON.stringify(second.id)};`));
  assert.equal(s.route.open, second.id);

  await page.keyboard.press("Control+A");
  await page.keyboard.press("Backspace");
  s = await waitForState(page, (st) => st.route.search === "");
  await clickItem(page, first.ref);
  await page.keyboard.down("Control");
  await clickItem(page, second.ref);
  await page.keyboard.up("Control");
  s = await waitForState(page, (st) => st.list.history.selection.count === 2);
  assert.equal(s.list.history.selection.duration, first.duration + second.duration);
  await findItem(page, "Copy");
  assert.ok(s.messages.some((m) => m.startsWith("Selected: 2 interventions · ")), s.messages);
  await page.close();
});
