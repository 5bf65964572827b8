// Smoke test: the built page, served by serve.py, opened in headless Chromium, connects
// to the demo OBAPI server and draws a frame with the first interventions, without a
// console error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  startServer, launchBrowser, watchConsole, waitForState, screenshotPath, watchCspViolations,
  smokeScenario, clickItem, demoToken,
} from "./support.mjs";

let server;
let browser;
let violations;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  violations = await watchCspViolations(browser);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("the page loads, connects and shows the first interventions", async () => {
  const page = await browser.newPage();
  const problems = watchConsole(page);
  const apiRequests = [];
  page.on("request", (request) => {
    if (request.url().includes("/obapi/v1/interventions")) apiRequests.push(request);
  });

  await page.goto(`${server.url}?test=1`);
  // The whole history (the default): every page, then every detail, in the background.
  const state = await waitForState(page, (s) => s.list.status === "ok" && s.frames > 0 &&
    !s.list.history.loading &&
    s.list.history.hydrated + s.list.history.hydration_failed === s.list.history.hydration_known,
  60000);

  assert.equal(state.connection.status, "ok");
  assert.equal(state.connection.provider.length > 0, true, "provider name shown");
  assert.ok(state.list.rows.length > 0, "rows loaded");
  assert.equal(state.list.history.loaded_rows, state.list.history.items_total, "every page");
  assert.equal(state.list.history.hydrated, state.list.history.loaded_rows, "every detail");
  // Newest first, as the server's default order promises.
  const dates = state.list.rows.map((row) => row.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
  // The app sent the bearer token from config.json, and never put it into the URL.
  assert.ok(apiRequests.length >= 1);
  const headers = await apiRequests[0].allHeaders();
  assert.equal(headers.authorization, "Bearer fiche-browser-test-token");
  assert.ok(!apiRequests[0].url().includes("token"));
  assert.equal(JSON.stringify(state).includes("fiche-browser-test-token"), false,
               "token never in the state snapshot");

  // The loading overlay is gone and the canvas backing store matches CSS size × DPR.
  assert.equal(await page.locator("#shell").isHidden(), true);
  const canvas = await page.evaluate(() => {
    const c = document.getElementById("canvas");
    return { width: c.width, height: c.height, css: c.clientWidth, dpr: devicePixelRatio };
  });
  assert.ok(Math.abs(canvas.width - canvas.css * canvas.dpr) <= 1);

  // Widgets of the last frame are published for tests: the table's first row ref is there.
  const items = await page.evaluate(() => window.fiche.items());
  assert.ok(items.some((item) => item.label === "Refresh"), "Refresh button reported");

  await page.screenshot({ path: screenshotPath("smoke-list.png") });

  // Idle gate: with no input and nothing loading, the frame loop stops.
  const framesBefore = (await page.evaluate(() => window.fiche.state())).frames;
  await page.waitForTimeout(1500);
  const framesAfter = (await page.evaluate(() => window.fiche.state())).frames;
  assert.equal(framesAfter, framesBefore, "no frame drawn while idle");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a page without WebGL2 explains why instead of staying blank", async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === "webgl2" ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto(server.url);
  await page.waitForSelector("#shell.failed");
  const message = await page.textContent("#shell-message");
  assert.match(message, /WebGL2/);
  await page.close();
});

test("a rejected token leads to the connection form with a clear message", async () => {
  const page = await browser.newPage();
  const problems = watchConsole(page);
  const api = server.url.replace(/\/$/, "");
  await page.route("**/config.json", (route) =>
    route.fulfill({ json: { api, token: "not-the-token", mode: "browse" } }));

  await page.goto(`${server.url}?test=1`);
  const state = await waitForState(page, (s) => s.connection.status === "failed" && s.frames > 0);
  assert.equal(state.connection.error.http_status, 401);
  assert.equal(state.connection.error.code, "INVALID_TOKEN");
  const labels = (await page.evaluate(() => window.fiche.items())).map((item) => item.label);
  for (const label of ["Server address", "Access token", "Connect"]) {
    assert.ok(labels.includes(label), `${label} shown`);
  }
  await page.screenshot({ path: screenshotPath("smoke-connection-rejected.png") });
  // The browser reports the 401 itself as a failed resource load; nothing else may fail.
  assert.deepEqual(problems.filter((p) => !p.includes("401")), []);
  await page.close();
});

test("serve.py's security headers: the whole smoke scenario runs without a CSP violation", async () => {
  const response = await fetch(server.url);
  const policy = response.headers.get("content-security-policy");
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(policy, /connect-src 'self'(;|$)/);
  assert.equal(response.headers.get("x-content-type-options"), "nosniff");
  assert.equal(response.headers.get("referrer-policy"), "no-referrer");

  violations.length = 0;
  const { problems } = await smokeScenario(browser, server);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
});

test("the CSP watcher sees a violation (so an empty list means something)", async () => {
  const page = await browser.newPage();
  violations.length = 0;
  await page.goto(`${server.url}?test=1`);
  await waitForState(page, (s) => s.list.status === "ok");
  await page.evaluate(() => {
    const style = document.createElement("div");
    style.setAttribute("style", "color: red");  // an inline style: refused by style-src
    document.body.appendChild(style);
  });
  await page.waitForTimeout(200);
  assert.ok(violations.some((v) => v.directive === "style-src-attr"), JSON.stringify(violations));
  await page.close();
});

test("?api= naming a server the page's CSP does not allow: the page says so", async () => {
  // The same serve.py under another name: reachable (CORS *), but not this page's origin.
  const other = server.url.replace("127.0.0.1", "localhost").replace(/\/$/, "");
  const page = await browser.newPage();
  const problems = watchConsole(page);
  violations.length = 0;
  await page.goto(`${server.url}?test=1&api=${encodeURIComponent(other)}`);
  // The link names another origin than config.json: nothing goes there until the user says so.
  await waitForState(page, new Function("s", `return s.connection.link_root === ${JSON.stringify(other)};`));
  await clickItem(page, "Access token");
  await page.keyboard.type(demoToken);
  await clickItem(page, "Connect");
  const state = await waitForState(page, (s) => s.connection.status === "failed" &&
                                                s.page_problem !== "", 30000);
  assert.equal(state.connection.api, other);
  assert.match(state.page_problem, /security policy \(its Content-Security-Policy, connect-src\)/);
  assert.ok(state.page_problem.includes(other), state.page_problem);
  assert.ok(violations.some((v) => v.directive === "connect-src" && v.blocked.startsWith(other)),
            JSON.stringify(violations));
  assert.ok(problems.every((p) => p.includes("Content Security Policy")), problems.join("\n"));
  await page.screenshot({ path: screenshotPath("smoke-csp-blocked.png") });

  // The user types the server the page was set up for: connected, and the notice is gone.
  for (const [field, text] of [["Server address", server.url], ["Access token", demoToken]]) {
    await clickItem(page, field);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(text);
  }
  await clickItem(page, "Connect");
  const connected = await waitForState(page, (s) => s.list.status === "ok");
  assert.equal(connected.page_problem, "");
  await page.close();
});
