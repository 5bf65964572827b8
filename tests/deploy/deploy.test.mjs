// The release folder (tools/build-release) served by Debian's nginx under /portal/ with the
// very configurations of docs/deploy/ (only ports and paths replaced): precompressed files,
// caching and security headers, then the browser smoke scenario without a CSP violation —
// variant A with the API on another origin (serve.py and its CORS), variant B behind a
// same-origin proxy. Also the size budget of a first visit.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import {
  chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync,
} from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import {
  repoRoot, startServer, launchBrowser, waitForState, smokeScenario, watchCspViolations, demoToken,
} from "../browser/support.mjs";

const releaseDir = process.env.FICHE_RELEASE_DIR ?? path.join(repoRoot, "build/release");
const subPath = "/portal/";
const budgetBytes = 400 * 1000;  // brotli bytes of a first visit (issue 6)

// GET with exactly these request headers; the body as sent (not decoded).
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({
        status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks),
      }));
    });
    request.on("error", reject);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// The documented file with its site-specific values replaced; each must be there, so the doc
// and this test cannot drift apart unnoticed.
function configFrom(docFile, replacements) {
  let text = readFileSync(path.join(repoRoot, "docs/deploy", docFile), "utf8");
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${docFile} no longer contains "${from}"`);
    text = text.split(from).join(to);
  }
  return text;
}

// Starts nginx in the foreground on `config`; resolves once it answers. stop() ends it.
async function startNginx(dir, config, port) {
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, config);
  // Workers run as this test's user, not nginx's default `nobody`: a checkout may sit where
  // nobody cannot reach it (a 0700 home, or a chroot whose root is 0700, as fresh-machine's
  // is). The documented file is left as it is; a non-root run gets a warning and no change.
  const globals = `daemon off; user ${userInfo().username};`;
  const child = spawn("nginx", ["-c", file, "-g", globals], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => { output += chunk; });
  child.stderr.on("data", (chunk) => { output += chunk; });
  let exited = false;
  child.on("exit", () => { exited = true; });
  const started = Date.now();
  for (;;) {
    if (exited) throw new Error(`nginx exited:\n${output}\n${readLog(dir)}`);
    try {
      await get(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      if (Date.now() - started > 10000) throw new Error(`nginx did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    stop: () => new Promise((resolve) => {
      if (exited) return resolve();
      child.once("exit", resolve);
      child.kill("SIGTERM");
    }),
    log: () => `${output}\n${readLog(dir)}`,
  };
}

function readLog(dir) {
  try {
    return readFileSync(path.join(dir, "error.log"), "utf8");
  } catch {
    return "";
  }
}

// A copy of the release, with this run's config.json.
function siteWith(dir, config) {
  const site = path.join(dir, "release");
  cpSync(releaseDir, site, { recursive: true });
  writeFileSync(path.join(site, "config.json"), JSON.stringify(config));
  return site;
}

// The names index.html and boot.js's file table give the hashed files.
function releaseNames() {
  const index = readFileSync(path.join(releaseDir, "index.html"), "utf8");
  const boot = /src="(boot\.[0-9a-f]{10}\.js)"/.exec(index)[1];
  const table = JSON.parse(/const files = (\{.*\});/.exec(
    readFileSync(path.join(releaseDir, boot), "utf8"))[1]);
  const css = /href="(app\.[0-9a-f]{10}\.css)"/.exec(index)[1];
  return { boot, css, ...table };
}

function nginxReplacements(dir, port) {
  return [
    ["listen 8080;", `listen 127.0.0.1:${port};`],
    ["/srv/fiche/release/", `${path.join(dir, "release")}/`],
    ["/run/fiche-nginx.pid", path.join(dir, "nginx.pid")],
    ["/var/log/nginx/fiche-", `${dir}/`],
    ["/var/lib/nginx/fiche-", `${dir}/temp-`],
  ];
}

function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "fiche-nginx-"));
  chmodSync(dir, 0o755);
  return dir;
}

let api;      // serve.py: the OBAPI server (its static side is not used)
let browser;
let violations;

before(async () => {
  statSync(path.join(releaseDir, "index.html"));  // built by `tests/run deploy`
  api = await startServer();
  browser = await launchBrowser();
  violations = await watchCspViolations(browser);
});

after(async () => {
  await browser?.close();
  await api?.stop();
});

// What both variants must get right before a browser is involved.
async function checkHeaders(base, expectedPolicy) {
  const names = releaseNames();
  const redirect = await get(base.replace(/\/$/, ""));
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.location, subPath);

  for (const file of ["", "index.html", "config.json"]) {
    const response = await get(base + file);
    assert.equal(response.status, 200, file);
    assert.equal(response.headers["cache-control"], "no-cache", file);
    assert.equal(response.headers["content-security-policy"], expectedPolicy, file);
    assert.equal(response.headers["x-content-type-options"], "nosniff", file);
    assert.equal(response.headers["referrer-policy"], "no-referrer", file);
  }
  assert.match((await get(base)).headers["content-type"], /^text\/html/);
  assert.match((await get(`${base}config.json`)).headers["content-type"], /^application\/json/);

  const types = {
    "fiche.wasm": /^application\/wasm$/, "fiche.js": /^text\/javascript/, boot: /^text\/javascript/,
    css: /^text\/css/, "fonts/inter.otf": /^font\/otf$/, "fonts/icons.ttf": /^font\/ttf$/,
  };
  for (const [key, type] of Object.entries(types)) {
    const file = names[key];
    const raw = readFileSync(path.join(releaseDir, file));
    const plain = await get(base + file);
    assert.equal(plain.status, 200, file);
    assert.match(plain.headers["content-type"], type, file);
    assert.equal(plain.headers["cache-control"], "public, max-age=31536000, immutable", file);
    assert.equal(plain.headers["content-encoding"], undefined, file);
    assert.ok(plain.body.equals(raw), `${file}: raw bytes without Accept-Encoding`);
    for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
      const response = await get(base + file, { "Accept-Encoding": encoding });
      assert.equal(response.headers["content-encoding"], encoding, `${file} ${encoding}`);
      assert.match(response.headers["content-type"], type, `${file} ${encoding}`);
      assert.equal(response.headers.vary, "Accept-Encoding", `${file} ${encoding}`);
      assert.equal(response.headers["cache-control"], "public, max-age=31536000, immutable");
      assert.ok(response.body.equals(readFileSync(path.join(releaseDir, file + suffix))),
                `${file}: the precompressed ${suffix} twin, as it is`);
    }
    const both = await get(base + file, { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(both.headers["content-encoding"], "br", `${file}: brotli preferred`);
  }
}

// The smoke scenario in Chromium; every API request must go to `apiPrefix`.
async function checkBrowser(base, apiPrefix) {
  violations.length = 0;
  const encodings = new Map();
  const recordEncoding = (response) => {
    if (response.url().endsWith(".wasm")) {
      encodings.set("wasm", response.headers()["content-encoding"] ?? "identity");
    }
  };
  browser.on("response", recordEncoding);
  try {
    const { problems, requests } = await smokeScenario(browser, { url: base });
    assert.deepEqual(violations, [], "no CSP violation");
    assert.deepEqual(problems, []);
    assert.ok(requests.length >= 3, "list, detail and PDF requests seen");
    for (const request of requests) assert.ok(request.url.startsWith(apiPrefix), request.url);
  } finally {
    browser.off("response", recordEncoding);
  }
  // Chromium asks for br from secure origins, which include http://127.0.0.1.
  assert.equal(encodings.get("wasm"), "br");
}

describe("variant A: API on another origin (CORS)", () => {
  let dir;
  let nginx;
  let base;
  let policy;
  before(async () => {
    dir = tempDir();
    const port = await freePort();
    const apiOrigin = new URL(api.url).origin;
    siteWith(dir, { api: apiOrigin, token: demoToken });
    const config = configFrom("nginx-cross-origin.conf", [
      ...nginxReplacements(dir, port), ["https://obapi.example.com", apiOrigin],
    ]);
    policy = /add_header Content-Security-Policy "([^"]*)"/.exec(config)[1];
    assert.match(policy, new RegExp(`connect-src 'self' ${apiOrigin}$`));
    nginx = await startNginx(dir, config, port);
    base = `http://127.0.0.1:${port}${subPath}`;
  });
  after(async () => {
    await nginx?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("hashed files precompressed and cached forever, index.html and config.json not", async () => {
    await checkHeaders(base, policy);
  });

  test("smoke scenario: list, detail, PDF download and open; no CSP violation", async () => {
    await checkBrowser(base, `${new URL(api.url).origin}/obapi/v1`);
  });

  test(`size budget: a first visit transfers at most ${budgetBytes / 1000} KB (brotli)`, async () => {
    // Bytes on the wire, as Chromium's network layer counts them (headers included), for
    // every file of the page; the API's answers are not part of the app's size.
    const page = await browser.newPage();
    const cdp = await browser.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const urls = new Map();
    const wire = new Map();
    cdp.on("Network.responseReceived", ({ requestId, response }) => {
      const headers = Object.fromEntries(
        Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]));
      urls.set(requestId, { url: response.url, encoding: headers["content-encoding"] });
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      wire.set(requestId, encodedDataLength);
    });
    await page.goto(`${base}?test=1`);
    await waitForState(page, (s) => s.list.status === "ok" && s.frames > 0);
    await page.waitForTimeout(300);
    await page.close();

    const files = new Map();  // release file -> { wire, encoding }
    for (const [id, { url, encoding }] of urls) {
      const { pathname } = new URL(url);
      if (!pathname.startsWith(subPath)) continue;
      files.set(pathname.slice(subPath.length) || "index.html", { wire: wire.get(id), encoding });
    }
    const names = releaseNames();
    for (const key of ["fiche.wasm", "fiche.js", "boot", "css", "fonts/inter.otf", "fonts/icons.ttf"]) {
      assert.ok(files.has(names[key]), `${names[key]} is part of the first visit`);
    }
    let raw = 0;
    let brotli = 0;
    let onWire = 0;
    for (const [file, sent] of files) {
      const size = statSync(path.join(releaseDir, file)).size;
      raw += size;
      try {
        brotli += statSync(path.join(releaseDir, `${file}.br`)).size;
        assert.equal(sent.encoding, "br", `${file} sent as brotli`);
      } catch (error) {
        if (error.code !== "ENOENT") throw error;
        brotli += size;  // no twin (config.json): sent as it is
      }
      onWire += sent.wire;
    }
    console.log(`first visit: ${files.size} files, ${raw} bytes raw, ${brotli} bytes of ` +
                `brotli bodies, ${onWire} bytes on the wire with headers`);
    assert.ok(brotli <= budgetBytes, `first visit: ${brotli} bytes brotli > ${budgetBytes}`);
    assert.ok(onWire <= budgetBytes, `first visit: ${onWire} bytes transferred > ${budgetBytes}`);
  });
});

describe("variant B: API behind a same-origin proxy", () => {
  let dir;
  let nginx;
  let base;
  let policy;
  before(async () => {
    dir = tempDir();
    const port = await freePort();
    base = `http://127.0.0.1:${port}${subPath}`;
    siteWith(dir, { api: base.replace(/\/$/, ""), token: demoToken });
    const config = configFrom("nginx-same-origin.conf", [
      ...nginxReplacements(dir, port),
      ["https://erp.example.com/16/obapi/", `${new URL(api.url).origin}/obapi/`],
    ]);
    policy = /add_header Content-Security-Policy "([^"]*)"/.exec(config)[1];
    assert.match(policy, /connect-src 'self'$/);
    nginx = await startNginx(dir, config, port);
  });
  after(async () => {
    await nginx?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("hashed files precompressed and cached forever, index.html and config.json not", async () => {
    await checkHeaders(base, policy);
  });

  test("the API answers through the proxy, with its own caching and no CORS", async () => {
    const response = await get(`${base}obapi/v1/interventions?per_page=1`,
                               { Authorization: `Bearer ${demoToken}` });
    assert.equal(response.status, 200);
    assert.equal(response.headers["cache-control"], "no-store");
    assert.equal(response.headers["access-control-allow-origin"], undefined);
    assert.equal(JSON.parse(response.body).items.length, 1);
    assert.equal((await get(`${base}obapi/v1/interventions`)).status, 401);
  });

  test("smoke scenario: list, detail, PDF download and open; no CSP violation", async () => {
    await checkBrowser(base, `${base}obapi/v1`);
  });
});
