// Browser-test support: starts serve.py (the reference OBAPI server + static host) and
// Debian's Chromium (headless, WebGL2 through SwiftShader), and opens Fiche in a page.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync } from "node:fs";
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
export async function waitForState(page, predicate, timeoutMs = 20000) {
  await page.waitForFunction(
    (source) => {
      if (!window.fiche) return false;
      const check = new Function("state", `return (${source})(state);`);
      return check(window.fiche.state());
    },
    predicate.toString(),
    { timeout: timeoutMs, polling: 100 },
  );
  return page.evaluate(() => window.fiche.state());
}

export function screenshotPath(name) {
  mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}
