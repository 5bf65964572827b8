// Network faults, end to end: serve.py injects them (its --test-control plans), the real page
// in Chromium lives through them. Each test checks what the user sees (message, countdown,
// stale marker, the rows kept) and what the browser sent (same GET again, backoff, nothing
// left open, the token only where it belongs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startServer, launchBrowser, serverPages, openFiche, listRequests, clickItem, findItem, state, waitForState,
  demoToken, freePort,
} from "./support.mjs";

const timeoutSeconds = 3; // config.json's timeout_seconds for this suite (a hung request)
const serverArgs = (port) => [
  "--test-control", "--port", String(port),
  "--config-json", JSON.stringify({ timeout_seconds: timeoutSeconds }),
];

let port;
let server;
let browser;

before(async () => {
  port = await freePort();
  server = await startServer(serverArgs(port));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function plan(...entries) {
  const response = await fetch(`${server.url}__fiche/faults`, {
    method: "POST",
    body: JSON.stringify({ plan: entries }),
  });
  assert.equal(response.status, 200, await response.text());
}

// Counts the page's XMLHttpRequests to the API (emscripten_fetch uses XHR): sent, finished,
// aborted. `open` is what has not finished: a leak if it stays above zero at rest.
async function countXhr(page) {
  await page.addInitScript(() => {
    const counts = { sent: 0, ended: 0, aborted: 0 };
    window.__xhr = counts;
    const send = XMLHttpRequest.prototype.send;
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (method, url, ...rest) {
      this.__api = String(url).includes("/obapi/");
      return open.call(this, method, url, ...rest);
    };
    XMLHttpRequest.prototype.send = function (...args) {
      if (this.__api) {
        counts.sent += 1;
        this.addEventListener("loadend", () => { counts.ended += 1; });
        this.addEventListener("abort", () => { counts.aborted += 1; });
      }
      return send.apply(this, args);
    };
  });
}

const xhr = (page) => page.evaluate(() => ({ ...window.__xhr, open: window.__xhr.sent - window.__xhr.ended }));

// Every text of the state that could leak the token.
function assertNoToken(snapshot, problems, page) {
  assert.ok(!JSON.stringify(snapshot).includes(demoToken), "the token is not in fiche.state()");
  assert.ok(!problems.join("\n").includes(demoToken), "the token is not in the console");
  assert.ok(!page.url().includes(demoToken), "the token is not in the URL");
}

// The requests that carried the token all went to the API's origin.
function assertTokenOnlyToTheApi(requests) {
  const api = new URL(server.url).origin;
  for (const request of requests) {
    if (request.authorization) assert.equal(new URL(request.url).origin, api, request.url);
  }
}

const hasMessage = (s, part) => s.messages.some((m) => m.includes(part));

test("503 and 429 with Retry-After are waited for, shown with a countdown, and the rows stay", async () => {
  const { page, problems, requests } = await openFiche(browser, server, { hash: serverPages, init: countXhr });
  const before = await state(page);
  const rows = before.list.rows.map((r) => r.ref);
  const sentBefore = listRequests(requests).length;
  await plan({ kind: "503", retry_after: 2, count: 1, match: "list" },
    { kind: "429", retry_after: 1, count: 1, match: "list" });
  await clickItem(page, "Refresh");
  let s = await waitForState(page, (st) => st.list.retry && st.list.retry.in_ms > 0);
  assert.ok(hasMessage(s, "Retrying in"), s.messages.join(" | "));
  assert.ok(hasMessage(s, "(attempt 2 of 4)"));
  assert.ok(hasMessage(s, "temporarily unavailable"), "the server's own words are shown");
  assert.ok(s.list.stale, "the rows are marked as not up to date");
  assert.ok(hasMessage(s, "Not up to date: showing the interventions as of"));
  assert.deepEqual(s.list.rows.map((r) => r.ref), rows, "the last good rows stay on screen");
  assert.ok(s.list.retry.in_ms > 1000, `Retry-After 2 is honoured (${s.list.retry.in_ms} ms left)`);
  s = await waitForState(page, (st) => st.list.retry?.error?.http_status === 429, 10000);
  assert.ok(hasMessage(s, "The server is busy (too many requests)"), s.messages.join(" | "));
  assert.ok(hasMessage(s, "(attempt 3 of 4)"));
  s = await waitForState(page, (st) => st.list.status === "ok" && !st.list.stale, 10000);
  const sent = listRequests(requests).slice(sentBefore);
  assert.equal(sent.length, 3, "two failed GETs, then the one that worked");
  assert.ok(sent.every((request) => request.url === sent[0].url), "the same GET again");
  assert.ok(sent[1].at - sent[0].at >= 1900, `waited ${sent[1].at - sent[0].at} ms for Retry-After 2`);
  assert.ok(sent[2].at - sent[1].at >= 900, `waited ${sent[2].at - sent[1].at} ms for Retry-After 1`);
  for (const request of sent) assert.equal(request.authorization, `Bearer ${demoToken}`);
  assert.equal(s.net.api_in_flight, 0);
  assert.equal((await xhr(page)).open, 0, "no fetch left open");
  assertNoToken(s, problems, page);
  await page.close();
});

test("500, 502 (a proxy's HTML page) and 429 without Retry-After: backoff, then the final error with Retry", async () => {
  const { page, problems, requests } = await openFiche(browser, server, { hash: serverPages });
  const rows = (await state(page)).list.rows.length;
  const sentBefore = listRequests(requests).length;
  await plan({ kind: "500", count: 1, match: "list" }, { kind: "502", count: 1, match: "list" },
    { kind: "429", count: 2, match: "list" });
  await clickItem(page, "Refresh");
  let s = await waitForState(page, (st) => st.list.retry?.error?.http_status === 502, 10000);
  assert.ok(hasMessage(s, "The server had a problem (HTTP 502)"), s.messages.join(" | "));
  s = await waitForState(page, (st) => st.list.status === "failed", 20000);
  assert.equal(s.list.error.http_status, 429);
  assert.ok(hasMessage(s, "The server is busy (too many requests)"));
  assert.equal(s.list.rows.length, rows, "the rows stay");
  assert.ok(s.list.stale);
  assert.ok(s.list.recover_in_ms > 0, "it will try again by itself");
  assert.ok(hasMessage(s, "Fiche tries again by itself in"));
  const sent = listRequests(requests).slice(sentBefore);
  assert.equal(sent.length, 4, "four attempts in all");
  const gaps = sent.slice(1).map((r, i) => r.at - sent[i].at);
  // Equal jitter: retry n waits between half and all of 1 s, 2 s, 4 s.
  [1000, 2000, 4000].forEach((step, i) => {
    assert.ok(gaps[i] >= step / 2 - 50 && gaps[i] <= step + 400, `gap ${i + 1}: ${gaps[i]} ms`);
  });
  // Retry now: the next attempt goes through.
  await clickItem(page, "Retry now");
  s = await waitForState(page, (st) => st.list.status === "ok" && !st.list.stale);
  assertNoToken(s, problems, page);
  assertTokenOnlyToTheApi(requests);
  await page.close();
});

test("a request that never answers ends after the timeout with a message, and is retried", async () => {
  const { page, requests } = await openFiche(browser, server, { hash: serverPages });
  await plan({ kind: "hang", count: 1, match: "list" });
  const started = Date.now();
  await clickItem(page, "Refresh");
  let s = await waitForState(page, (st) => st.list.retry?.error?.kind === "timeout", 15000);
  const waited = Date.now() - started;
  assert.ok(waited >= timeoutSeconds * 1000 - 200 && waited < timeoutSeconds * 1000 + 4000,
    `ended after ${waited} ms`);
  assert.ok(hasMessage(s, "The server took too long to answer"), s.messages.join(" | "));
  s = await waitForState(page, (st) => st.list.status === "ok" && !st.list.stale, 15000);
  assert.equal(s.net.api_in_flight, 0);
  await page.close();
});

test("a reset mid-body and a truncated or non-JSON body keep the rows and recover", async () => {
  const { page } = await openFiche(browser, server, { hash: serverPages });
  const rows = (await state(page)).list.rows.map((r) => r.ref);
  await plan({ kind: "reset", count: 1, match: "list" });
  await clickItem(page, "Refresh");
  let s = await waitForState(page, (st) => st.list.retry?.error?.kind === "network");
  assert.ok(hasMessage(s, "The server could not be reached"), s.messages.join(" | "));
  s = await waitForState(page, (st) => st.list.status === "ok" && !st.list.stale, 10000);

  for (const kind of ["truncate", "html-200"]) {
    await plan({ kind, count: 1, match: "list" });
    await clickItem(page, "Refresh");
    s = await waitForState(page, (st) => st.list.status === "failed");
    assert.equal(s.list.error.kind, "decode", kind);
    assert.ok(hasMessage(s, "could not be read"), s.messages.join(" | "));
    assert.deepEqual(s.list.rows.map((r) => r.ref), rows, `${kind}: the previous rows stay`);
    assert.ok(s.list.stale);
    await clickItem(page, "Retry now");
    s = await waitForState(page, (st) => st.list.status === "ok" && !st.list.stale);
  }
  await page.close();
});

test("a slow drip keeps the page responsive; superseded requests are closed and change nothing", async () => {
  const { page, requests } = await openFiche(browser, server, { hash: serverPages, init: countXhr });
  const first = (await state(page)).list.rows[0];
  const sentBefore = listRequests(requests).length;
  // Every list answer (about 5 KB) trickles for about two seconds: slow, within the timeout.
  await plan({ kind: "drip", count: 0, match: "list", drip_bytes: 400, drip_interval: 0.15 });
  for (const label of ["Draft", "Validated", "Done"]) {
    await clickItem(page, label);
    await page.waitForTimeout(300);
  }
  let s = await state(page);
  assert.equal(s.route.status, "done");
  assert.ok(s.net.api_in_flight <= 1, `in flight: ${s.net.api_in_flight}`);
  // The page answers meanwhile: a row of the (dimmed) old list opens its detail.
  await clickItem(page, first.ref);
  s = await waitForState(page, new Function("st", `return st.detail.status === "ok" && st.detail.id === ${JSON.stringify(first.id)}`));
  let counts = await xhr(page);
  assert.ok(counts.aborted >= 2, `superseded requests were aborted: ${JSON.stringify(counts)}`);
  assert.ok(counts.open <= 1, JSON.stringify(counts));
  await plan();
  s = await waitForState(page, (st) => st.list.status === "ok", 20000);
  await page.waitForTimeout(500);
  s = await state(page);
  assert.equal(s.list.query.status, "done");
  assert.ok(s.list.rows.every((row) => row.status === "done"), "only the last choice's rows");
  counts = await xhr(page);
  assert.equal(counts.open, 0, `nothing left open: ${JSON.stringify(counts)}`);
  assert.equal(s.net.api_in_flight, 0);
  const sent = listRequests(requests).slice(sentBefore);
  assert.equal(sent.length, 3, "one request per click, no retries of cancelled ones");
  assert.equal(s.route.open, first.id, "what the user selected is kept");
  await page.close();
});

test("Stop ends the retries; what is on screen stays and Retry still works", async () => {
  const { page, requests } = await openFiche(browser, server, { hash: serverPages });
  await plan({ kind: "503", count: 0, match: "list" });
  await clickItem(page, "Refresh");
  await waitForState(page, (st) => st.list.retry && st.list.retry.in_ms > 0);
  await clickItem(page, "Stop");
  let s = await waitForState(page, (st) => st.list.status === "failed" && !st.list.retry);
  assert.equal(s.list.recover_in_ms, null);
  assert.ok(s.list.stale);
  const sent = listRequests(requests).length;
  await page.waitForTimeout(3000);
  assert.equal(listRequests(requests).length, sent, "nothing more is sent after Stop");
  await plan();
  await clickItem(page, "Retry");
  s = await waitForState(page, (st) => st.list.status === "ok" && !st.list.stale);
  await page.close();
});

test("an expired token leads to the connection screen with the filters kept", async () => {
  const { page, problems, requests } = await openFiche(browser, server, { hash: "#/interventions?paging=server&status=validated&page=2" });
  await plan({ kind: "expired-token", count: 0, match: "api" });
  await clickItem(page, "Refresh");
  let s = await waitForState(page, (st) => st.connection.status === "failed");
  assert.equal(s.connection.error.code, "EXPIRED_TOKEN");
  assert.ok(hasMessage(s, "The access token has expired. Enter a new one."), s.messages.join(" | "));
  assert.equal(s.route.status, "validated");
  assert.equal(s.route.page, 2);
  await plan();
  await clickItem(page, "Access token");
  await page.keyboard.type(demoToken);
  await clickItem(page, "Connect");
  s = await waitForState(page, (st) => st.connection.status === "ok" && st.list.status === "ok");
  const last = listRequests(requests).at(-1);
  assert.equal(last.params.get("status"), "validated");
  assert.equal(last.params.get("page"), "2");
  assertNoToken(s, problems, page);
  await page.close();
});

test("a server that restarts is picked up again by itself", async () => {
  const { page } = await openFiche(browser, server, { hash: serverPages });
  const rows = (await state(page)).list.rows.map((r) => r.ref);
  await server.stop();
  await clickItem(page, "Refresh");
  let s = await waitForState(page, (st) => st.list.status === "failed" && st.list.recover_in_ms > 0, 20000);
  assert.equal(s.list.error.kind, "network");
  assert.ok(s.list.stale);
  assert.deepEqual(s.list.rows.map((r) => r.ref), rows);
  server = await startServer(serverArgs(port));
  s = await waitForState(page, (st) => st.list.status === "ok" && !st.list.stale, 30000);
  assert.deepEqual(s.list.rows.map((r) => r.ref), rows, "the same rows, fresh");
  await page.close();
});

test("?api= naming another origin is shown before anything, the token above all, is sent there", async () => {
  const otherPort = await freePort();
  const other = await startServer(["--port", String(otherPort)]);
  const page = await browser.newPage();
  const sent = [];
  page.on("request", (request) => {
    if (new URL(request.url()).port === String(otherPort)) sent.push(request.url());
  });
  await page.goto(`${server.url}?test=1&api=${encodeURIComponent(`http://127.0.0.1:${otherPort}`)}`);
  let s = await waitForState(page, (st) => st.frames > 2 && st.connection.link_root !== "");
  await page.waitForTimeout(1000);
  assert.equal(sent.length, 0, "nothing was sent to the link's origin");
  assert.equal(s.connection.status, "idle");
  assert.ok(hasMessage(s, "not the one this page is set up for"), s.messages.join(" | "));
  await clickItem(page, "Use the configured server");
  s = await waitForState(page, (st) => st.list.status === "ok");
  assert.equal(sent.length, 0);
  assert.ok(s.connection.api.startsWith(server.url.replace(/\/$/, "")));
  await page.close();
  await other.stop();
});
