// Browser-test support: starts serve.py (the reference OBAPI server + static host) and
// Debian's Chromium (headless, WebGL2 through SwiftShader), and opens Fiche in a page.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const artifactsDir = path.join(repoRoot, "tests", "artifacts");
export const webDir = process.env.FICHE_WEB_DIR ?? path.join(repoRoot, "build/web-release/out");
export const demoToken = "fiche-browser-test-token";

// Starts serve.py on a free port; resolves to { url, stop() } once it prints its address.
export async function startServer(extraArgs = []) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "fiche-data-"));
  const child = spawn("python3", [
    "serve.py", "--no-build", "--port", "0", "--web-dir", webDir, "--count", "600",
    "--anchor", "2026-06-15", "--data-dir", dataDir, "--token", demoToken, ...extraArgs,
  ], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => { stderr += chunk; });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`serve.py did not start:\n${stderr}`)), 30000);
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /^Fiche: (http:\/\/\S+)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`serve.py exited (${code}):\n${stderr}`)));
  });
  return {
    url,
    stop: () => new Promise((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGINT");
    }),
  };
}

// Debian's Chromium, headless. The closed network makes background services fail noisily,
// so they are turned off; SwiftShader gives WebGL2 without a GPU.
export async function launchBrowser() {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "fiche-chromium-"));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.FICHE_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--no-sandbox",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

// Collects console errors and page errors, so a test can assert there were none.
export function watchConsole(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

// Waits until the app's test surface reports `predicate(state)` true.
// The predicate's source is wrapped here, in Node, into the function Playwright compiles with
// its own (exempt) evaluation: compiling it in the page (eval, new Function, a string
// predicate) is what the page's Content-Security-Policy forbids.
export async function waitForState(page, predicate, timeoutMs = 20000) {
  const check = new Function(
    `return window.fiche !== undefined && (${predicate.toString()})(window.fiche.state());`);
  await page.waitForFunction(check, undefined, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => window.fiche.state());
}

export function screenshotPath(name) {
  mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}

// The route of the interventions browser's list, one server page at a time (the app's default
// loads the whole history instead; tests of paging and of request lifecycles use this).
export const serverPages = "#/interventions?paging=server";

// The demo data's "today" (serve.py --anchor): the page's clock is fixed to it, so date presets
// select known data.
export const demoToday = "2026-06-15T10:00:00";

// Opens Fiche in a new page of `context` with the test surface, at `hash` (a route), and waits
// until the list is loaded. `init(page)` runs before the page loads (e.g. addInitScript).
// Returns { page, problems, requests }.
export async function openFiche(context, server, { hash = "", viewport, init } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  if (init) await init(page);
  await page.clock.setFixedTime(new Date(demoToday));
  const problems = watchConsole(page);
  const requests = recordApiRequests(page);
  await page.goto(`${server.url}?test=1${hash}`);
  await waitForState(page, (s) => s.list.status === "ok" && s.frames > 0);
  return { page, problems, requests };
}

// Every OBAPI request the page makes: { url, path, params, authorization, at }, in order; `at`
// is when it was sent (Date.now() in the test process).
export function recordApiRequests(page) {
  const requests = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!url.pathname.includes("/obapi/v1")) return;
    const entry = { url: request.url(), path: url.pathname, params: url.searchParams, at: Date.now() };
    requests.push(entry);
    // A page closed with requests in flight rejects this: nothing to record then.
    request.allHeaders().then((headers) => { entry.authorization = headers.authorization; })
      .catch(() => {});
  });
  return requests;
}

// List requests only (GET .../obapi/v1/interventions).
export function listRequests(requests) {
  return requests.filter((r) => r.path.endsWith("/obapi/v1/interventions"));
}

// The widget with that label in the last frame (throws when absent).
export async function findItem(page, label, { last = false } = {}) {
  const items = await page.evaluate(() => window.fiche.items());
  const matches = items.filter((item) => item.label === label);
  if (matches.length === 0) {
    const labels = items.map((item) => item.label).filter(Boolean).join(", ");
    throw new Error(`no item labelled "${label}" (have: ${labels})`);
  }
  return last ? matches[matches.length - 1] : matches[0];
}

// Waits until a widget with that label is drawn (a popup opening, a row arriving).
export async function waitForItem(page, label, timeoutMs = 10000) {
  await page.waitForFunction(
    (wanted) => window.fiche !== undefined && window.fiche.items().some((item) => item.label === wanted),
    label, { timeout: timeoutMs, polling: 50 });
}

// Clicks the middle of that widget with the real mouse, after hovering it for a moment as a
// person would (ImGui's overlapping widgets, e.g. table headers, need a hovered frame first).
export async function clickItem(page, label, options) {
  const item = await findItem(page, label, options);
  await page.mouse.move(item.x + item.w / 2, item.y + item.h / 2);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await page.mouse.up();
}

// A TCP port that was free a moment ago (for a server that must come back on the same port).
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function state(page) {
  return page.evaluate(() => window.fiche.state());
}

// Collects every Content-Security-Policy violation in any page of `context` (popups included):
// { directive, blocked, page }. Chromium also logs each one as a console error.
export async function watchCspViolations(context) {
  const violations = [];
  await context.exposeBinding("ficheTestCspViolation", (source, violation) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.ficheTestCspViolation({
        directive: event.effectiveDirective, blocked: event.blockedURI, page: document.URL,
      });
    });
  });
  return violations;
}

// The smoke scenario, against any deployment of Fiche (`site.url`: the page's address, ending
// in '/'): the list loads, a row opens its detail, its PDF downloads (real PDF bytes) and opens
// in a new tab. Returns what the pages reported: { problems, requests }.
export async function smokeScenario(context, site) {
  const { page, problems, requests } = await openFiche(context, site, {
    hash: "#/interventions?status=done",
  });
  let s = await state(page);
  if (s.list.rows.length === 0) throw new Error("smoke: the list of done interventions is empty");
  const row = s.list.rows[0];
  await clickItem(page, row.ref);
  s = await waitForState(page, (st) => st.detail.status === "ok");
  if (s.detail.id !== row.id || s.detail.lines.length === 0) {
    throw new Error(`smoke: detail of ${row.ref} not shown: ${JSON.stringify(s.detail)}`);
  }
  const [download] = await Promise.all([page.waitForEvent("download"),
    clickItem(page, "Download PDF")]);
  const bytes = readFileSync(await download.path());
  if (download.suggestedFilename() !== `${row.ref}.pdf` ||
      bytes.subarray(0, 5).toString("latin1") !== "%PDF-") {
    throw new Error(`smoke: the download is not ${row.ref}.pdf with PDF bytes`);
  }
  const [tab] = await Promise.all([context.waitForEvent("page"), clickItem(page, "Open PDF")]);
  problems.push(...watchConsole(tab));
  await tab.waitForURL(/^blob:/);
  // The tab holds the PDF as a document, shown by Chromium's viewer (an extension frame): the
  // blob inherits the page's policy, which must not stop it.
  if (await tab.evaluate(() => document.contentType) !== "application/pdf") {
    throw new Error("smoke: the opened tab is not a PDF document");
  }
  await tab.waitForEvent("frameattached", {
    predicate: (frame) => frame.url().startsWith("chrome-extension:"), timeout: 10000,
  }).catch(() => {});
  if (!tab.frames().some((frame) => frame.url().startsWith("chrome-extension:"))) {
    throw new Error("smoke: no PDF viewer in the opened tab");
  }
  s = await waitForState(page, (st) => st.downloads.length === 2 &&
                                       st.downloads.every((d) => d.status === "ok"));
  await tab.close();
  await page.close();
  return { problems, requests };
}
