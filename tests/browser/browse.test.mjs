// The interventions browser, end to end: the built page served by serve.py, driven with real
// mouse and keyboard events in Chromium. Each control must send exactly one list request
// (with the bearer token) and show the rows the server sent back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  startServer, launchBrowser, serverPages, openFiche, listRequests, clickItem, findItem, state, waitForState,
  screenshotPath, demoToken,
} from "./support.mjs";

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Time for a stray second request to show up before counting.
const settle = (page) => page.waitForTimeout(250);

// Clicks `label`, waits for the list to be loaded for the query `expect` describes, and checks
// that exactly one list request was sent, with the token. Returns [state, request].
async function clickAndLoad(page, requests, label, expect) {
  const before = listRequests(requests).length;
  const generation = (await state(page)).list.generation;
  await clickItem(page, label);
  const after = await waitForState(
    page, new Function("s", `return s.list.status === "ok" && s.list.generation > ${generation}`));
  await settle(page);
  const sent = listRequests(requests).slice(before);
  assert.equal(sent.length, 1, `"${label}" sends exactly one list request`);
  assert.equal(sent[0].authorization, `Bearer ${demoToken}`);
  for (const [key, value] of Object.entries(expect)) {
    assert.equal(sent[0].params.get(key), value, `"${label}": ${key}`);
  }
  return [after, sent[0]];
}

test("filters, sort headers and paging each send one request and show its rows", async () => {
  const { page, problems, requests } = await openFiche(browser, server, { hash: serverPages });
  let s = await state(page);
  assert.deepEqual(Object.fromEntries(listRequests(requests)[0].params),
                   { page: "1", per_page: "50", sort: "date_desc" });
  assert.equal(s.list.rows.length, 50);
  const totalAll = s.list.total_items;

  // Status.
  [s] = await clickAndLoad(page, requests, "Done", { status: "done", page: "1" });
  assert.ok(s.list.rows.length > 0);
  assert.ok(s.list.rows.every((row) => row.status === "done"));
  assert.ok(s.list.total_items < totalAll);
  assert.equal(s.route.status, "done");

  // Period preset, from the combo.
  await clickItem(page, "Period");
  await page.waitForTimeout(100);
  [s] = await clickAndLoad(page, requests, "This month",
                           { date_start: "2026-06-01", date_end: "2026-06-30", status: "done" });
  assert.ok(s.list.rows.every((row) => row.date >= "2026-06-01" && row.date <= "2026-06-30"));
  await page.screenshot({ path: screenshotPath("browse-filtered.png") });

  // Back to everything with one click.
  [s] = await clickAndLoad(page, requests, "Clear filters", { page: "1" });
  assert.equal(listRequests(requests).at(-1).params.get("status"), null);
  assert.equal(listRequests(requests).at(-1).params.get("date_start"), null);
  assert.equal(s.list.total_items, totalAll);

  // Server-side sort from the headers.
  [s] = await clickAndLoad(page, requests, "Ref", { sort: "ref_asc", page: "1" });
  let refs = s.list.rows.map((row) => row.ref);
  assert.deepEqual(refs, [...refs].sort());
  [s] = await clickAndLoad(page, requests, "Ref", { sort: "ref_desc" });
  refs = s.list.rows.map((row) => row.ref);
  assert.deepEqual(refs, [...refs].sort().reverse());

  // Duration cannot be sorted by the server: no request, the page's rows are reordered.
  const sentBefore = listRequests(requests).length;
  await clickItem(page, "Duration");
  s = await waitForState(page, (st) => st.route.client_sort === "duration_asc");
  await settle(page);
  assert.equal(listRequests(requests).length, sentBefore, "a client-side sort sends nothing");
  const durations = s.list.rows.map((row) => row.duration);
  assert.deepEqual(durations, [...durations].sort((a, b) => a - b));

  // Paging.
  [s] = await clickAndLoad(page, requests, "Next", { page: "2", sort: "ref_desc" });
  assert.equal(s.list.page, 2);
  [s] = await clickAndLoad(page, requests, "Last", { page: String(s.list.total_pages) });
  assert.equal(s.list.page, s.list.total_pages);
  [s] = await clickAndLoad(page, requests, "Previous", { page: String(s.list.total_pages - 1) });
  [s] = await clickAndLoad(page, requests, "First", { page: "1" });

  // Page size.
  await clickItem(page, "Per page");
  await page.waitForTimeout(100);
  [s] = await clickAndLoad(page, requests, "100", { per_page: "100", page: "1" });
  assert.equal(s.list.rows.length, 100);

  const totalShown = s.list.rows.reduce((sum, row) => sum + row.duration, 0);
  assert.equal(s.list.total_duration, totalShown);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a row opens its detail with lines; keys move, open and close", async () => {
  const { page, problems, requests } = await openFiche(browser, server, { hash: serverPages });
  let s = await state(page);
  const first = s.list.rows[0];
  await clickItem(page, first.ref);
  s = await waitForState(page, (st) => st.detail.status === "ok");
  assert.equal(s.detail.id, first.id);
  assert.equal(s.detail.ref, first.ref);
  assert.ok(s.detail.lines.length > 0, "lines shown");
  const detailRequest = requests.find((r) => r.path.endsWith(`/interventions/${first.id}`));
  assert.ok(detailRequest, "GET /interventions/{id} sent");
  assert.equal(detailRequest.authorization, `Bearer ${demoToken}`);
  assert.equal(s.route.open, first.id);
  await page.waitForTimeout(200);
  await page.screenshot({ path: screenshotPath("browse-detail.png") });

  // Copy ref: one click puts the ref on the system clipboard.
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await clickItem(page, "Copy ref");
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), first.ref);

  // Escape closes, Down moves to the next row, Enter opens it.
  await page.keyboard.press("Escape");
  s = await waitForState(page, (st) => st.route.open === "" && st.detail.status === "idle");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  s = await waitForState(page, (st) => st.detail.status === "ok");
  assert.equal(s.detail.id, s.list.rows[1].id);
  assert.deepEqual(problems, []);
  await page.close();
});

test("Download PDF saves <ref>.pdf with PDF bytes; a draft shows the server's message", async () => {
  const { page, problems } = await openFiche(browser, server, { hash: "#/interventions?paging=server&status=done" });
  let s = await state(page);
  const done = s.list.rows[0];
  await clickItem(page, done.ref);
  await waitForState(page, (st) => st.detail.status === "ok");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    clickItem(page, "Download PDF"),
  ]);
  assert.equal(download.suggestedFilename(), `${done.ref}.pdf`);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
  s = await waitForState(page, (st) => st.downloads.length === 1 && st.downloads[0].status === "ok");
  assert.equal(s.downloads[0].file_name, `${done.ref}.pdf`);

  // Drafts have no report: the server's 404 DOCUMENT_NOT_FOUND is shown in words. (Editing the
  // hash is a same-page navigation: the app follows it.)
  await page.goto(`${server.url}?test=1#/interventions?paging=server&status=draft`);
  s = await waitForState(page, (st) => st.list.status === "ok" && st.list.query.status === "draft");
  assert.ok(s.list.rows.length > 0 && s.list.rows.every((row) => row.status === "draft"));
  await clickItem(page, s.list.rows[0].ref);
  await waitForState(page, (st) => st.detail.status === "ok");
  await clickItem(page, "Download PDF");
  s = await waitForState(page, (st) => st.downloads.some((d) => d.status === "failed"));
  const failed = s.downloads.find((d) => d.status === "failed");
  assert.equal(failed.error.http_status, 404);
  assert.equal(failed.error.code, "DOCUMENT_NOT_FOUND");
  await page.waitForTimeout(100);
  s = await state(page);
  assert.ok(s.messages.includes("No PDF report is available for this intervention."), s.messages);
  assert.ok(s.messages.includes("No document available for this intervention"), s.messages);
  await page.screenshot({ path: screenshotPath("browse-pdf-missing.png") });
  // Chromium logs every 4xx answer; that one was expected.
  assert.deepEqual(problems.filter((p) => !p.includes("status of 404")), []);
  await page.close();
});

test("Open PDF shows the report in a new tab", async () => {
  const { page, problems } = await openFiche(browser, server, { hash: "#/interventions?paging=server&status=billed" });
  let s = await state(page);
  await clickItem(page, s.list.rows[0].ref);
  await waitForState(page, (st) => st.detail.status === "ok");
  const [tab] = await Promise.all([browser.waitForEvent("page"), clickItem(page, "Open PDF")]);
  await tab.waitForURL(/^blob:/);
  s = await waitForState(page, (st) => st.downloads.length === 1 && st.downloads[0].status === "ok");
  assert.equal(s.downloads[0].action, "open");
  assert.equal(s.downloads[0].open_blocked, false);
  await tab.close();
  assert.deepEqual(problems, []);
  await page.close();
});

test("?api= in the page URL overrides config.json; a token in the URL is ignored", async () => {
  const page = await browser.newPage();
  await page.route("**/config.json", (route) => route.fulfill({
    contentType: "application/json", body: JSON.stringify({ api: "http://127.0.0.1:9" }),
  }));
  const root = server.url.replace(/\/$/, "");
  await page.goto(`${server.url}?test=1&api=${encodeURIComponent(root)}&token=${demoToken}`);
  const s = await waitForState(page, (st) => st.connection.status === "failed");
  assert.equal(s.connection.api, root, "the URL's root was used");
  assert.equal(s.connection.has_token, false, "the URL's token was not");
  assert.equal(s.connection.error.http_status, 401);
  await page.close();
});

test("Back, Forward and reload restore filters, page and the open detail", async () => {
  const { page, requests } = await openFiche(browser, server, { hash: serverPages });
  let [s] = await clickAndLoad(page, requests, "Done", { status: "done" });
  assert.ok(s.list.total_pages >= 2);
  [s] = await clickAndLoad(page, requests, "Next", { page: "2", status: "done" });
  const row = s.list.rows[3];
  await clickItem(page, row.ref);
  s = await waitForState(page, (st) => st.detail.status === "ok");
  assert.equal(await page.evaluate(() => location.hash),
               `#/interventions?status=done&paging=server&page=2&open=${row.id}`);
  assert.ok(!(await page.evaluate(() => location.href)).includes("token"));

  await page.goBack();
  s = await waitForState(page, (st) => st.route.open === "" && st.list.status === "ok");
  assert.equal(s.route.page, 2);
  await page.goBack();
  s = await waitForState(page, (st) => st.route.page === 1 && st.list.status === "ok");
  assert.equal(s.list.query.page, 1);
  assert.equal(s.route.status, "done");
  await page.goForward();
  s = await waitForState(page, (st) => st.route.page === 2 && st.list.status === "ok");
  await page.goForward();
  s = await waitForState(page, (st) => st.detail.status === "ok");
  assert.equal(s.detail.id, row.id);

  await page.reload();
  s = await waitForState(page, (st) => st.list.status === "ok" && st.detail.status === "ok");
  assert.equal(s.route.status, "done");
  assert.equal(s.route.page, 2);
  assert.equal(s.detail.id, row.id);
  assert.ok(s.list.rows.some((r) => r.id === row.id));
  await page.close();
});

test("a rejected token leads to the connection screen; the right one connects", async () => {
  const page = await browser.newPage();
  await page.route("**/config.json", (route) => route.fulfill({
    contentType: "application/json",
    body: JSON.stringify({ api: server.url.replace(/\/$/, ""), token: "not-the-token" }),
  }));
  await page.goto(`${server.url}?test=1#/interventions?paging=server&status=done`);
  let s = await waitForState(page, (st) => st.connection.status === "failed");
  assert.equal(s.connection.error.http_status, 401);
  await page.waitForTimeout(100);
  s = await state(page);
  assert.ok(s.messages.includes("The access token was rejected. Enter a valid token."), s.messages);
  await page.screenshot({ path: screenshotPath("browse-token-rejected.png") });

  await clickItem(page, "Access token");
  await page.keyboard.type(demoToken);
  await clickItem(page, "Connect");
  s = await waitForState(page, (st) => st.list.status === "ok");
  assert.equal(s.route.status, "done", "the filters survived the reconnection");
  // Layout and theme settings are kept; credentials only with the user's opt-in.
  const stored = await page.evaluate(() => Object.entries(localStorage));
  assert.equal(stored.some(([key]) => key === "fiche.credentials"), false, "no credentials stored");
  assert.equal(stored.some(([, value]) => value.includes(demoToken)), false, "no token stored");
  await page.close();
});

test("an unreachable API on another origin explains CORS and the proxy", async () => {
  const page = await browser.newPage();
  await page.route("**/config.json", (route) => route.fulfill({
    contentType: "application/json",
    body: JSON.stringify({ api: "http://127.0.0.1:9", token: "x" }),
  }));
  await page.goto(`${server.url}?test=1${serverPages}`);
  let s = await waitForState(page, (st) => st.connection.status === "failed");
  assert.equal(s.connection.cross_origin, true);
  await page.waitForTimeout(100);
  s = await state(page);
  assert.ok(s.messages.some((m) => m.includes("CORS") && m.includes("serve.py --upstream")),
            s.messages);
  await page.close();
});

test("on a phone, list and detail take turns, with a Back control", async () => {
  const { page, problems } = await openFiche(browser, server, {
    hash: serverPages, viewport: { width: 390, height: 844 },
  });
  let s = await state(page);
  assert.equal(s.layout, "narrow");
  await page.screenshot({ path: screenshotPath("browse-phone-list.png") });
  await clickItem(page, s.list.rows[0].ref);
  s = await waitForState(page, (st) => st.detail.status === "ok");
  await page.waitForTimeout(100);
  await assert.rejects(findItem(page, "Next"), "the list is hidden while the detail shows");
  await page.screenshot({ path: screenshotPath("browse-phone-detail.png") });
  await clickItem(page, "Back");
  s = await waitForState(page, (st) => st.route.open === "");
  await page.waitForTimeout(100);
  await findItem(page, "Next");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a server that refuses sort: asked again without it, each page sorted here", async () => {
  const noSort = await startServer(["--no-sort"]);
  try {
    const { page, problems, requests } = await openFiche(browser, noSort, { hash: serverPages });
    let s = await state(page);
    assert.equal(s.list.server_sort_unsupported, true);
    const sent = listRequests(requests);
    assert.equal(sent.length, 2, "the refused request, then one without sort");
    assert.equal(sent[0].params.get("sort"), "date_desc");
    assert.equal(sent[1].params.get("sort"), null);
    // The server lists by ref; the page is shown newest first all the same.
    const dates = s.list.rows.map((row) => row.date);
    assert.deepEqual(dates, [...dates].sort().reverse());

    // Sorting by ref is now done on the page: no request.
    await clickItem(page, "Ref");
    s = await waitForState(page, (st) => st.route.client_sort === "ref_asc");
    await settle(page);
    assert.equal(listRequests(requests).length, 2);
    const refs = s.list.rows.map((row) => row.ref);
    assert.deepEqual(refs, [...refs].sort());
    // Chromium logs the refused request's 400.
    assert.deepEqual(problems.filter((p) => !p.includes("status of 400")), []);
    await page.close();
  } finally {
    await noSort.stop();
  }
});
