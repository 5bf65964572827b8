#!/usr/bin/env node
// tools/bench/run.mjs — benchmarks 1 and 2 of docs/whole-history.md in one run: decoding list
// pages and details (native, wasm in Node and Chromium, JSON.parse in both JS engines) and
// keystrokes in the list's query engine over every row (native, wasm in Node and Chromium, an
// idiomatic JavaScript implementation in both). Prints every figure and the ratios; asserts
// nothing.
//
//   node tools/bench/run.mjs [--count 100000] [--repeats 5] [--only native,node,chromium]
//   node tools/bench/run.mjs --report LOG...   (the tables again, from saved output)
//
// Builds what it needs (build/native-release and build/web-release, target fiche_bench), makes
// the fixtures from serve.py (tools/bench/make_fixtures.py, into build/bench/) unless present.
import { spawnSync, spawn } from "node:child_process";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const count = Number(option("--count", "100000"));
const repeats = Number(option("--repeats", "5"));
const only = option("--only", "native,node,chromium").split(",");
const pagesFile = path.join(root, `build/bench/list-pages-n${count}.jsonl`);
const detailsFile = path.join(root, `build/bench/details-n${count}.jsonl`);

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed`);
}

// Runs a command and returns its "bench ..." lines (printed as they come).
function benchLines(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on("exit", (code) => (code === 0 ? resolve(out.split("\n")) : reject(new Error(`${command} exited ${code}`))));
  });
}

async function chromiumLines() {
  const { launchBrowser } = await import("../../tests/browser/support.mjs");
  const context = await launchBrowser();
  const files = {
    "bench.html": [path.join(root, "tools/bench/bench.html"), "text/html"],
    "bench_js.mjs": [path.join(root, "tools/bench/bench_js.mjs"), "text/javascript"],
    "query.mjs": [path.join(root, "tools/bench/query.mjs"), "text/javascript"],
    "fiche_bench.js": [path.join(root, "build/web-release/bench/fiche_bench.js"), "text/javascript"],
    "pages.jsonl": [pagesFile, "application/octet-stream"],
    "details.jsonl": [detailsFile, "application/octet-stream"],
  };
  const lines = [];
  // A local server (a CDP route cannot carry a 100 MB body), on 127.0.0.1 so the page is a
  // secure context; cross-origin isolated, so performance.now() has its fine resolution
  // (5 µs instead of 100 µs) and the figures are comparable with Node's.
  const server = http.createServer((request, response) => {
    const file = files[new URL(request.url, "http://localhost").pathname.slice(1)];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": file[1],
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
    });
    createReadStream(file[0]).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    for (const part of ["wasm", "js"]) {
      const page = await context.newPage();
      let finished;
      const done = new Promise((resolve) => { finished = resolve; });
      page.on("console", (message) => {
        const text = message.text();
        if (!text.startsWith("bench ")) return;
        console.log(text);
        lines.push(text);
        if (text === "bench done" || text.startsWith("bench failed")) finished();
      });
      page.on("crash", () => { lines.push("bench failed page crashed"); finished(); });
      await page.goto(`${origin}/bench.html?repeats=${repeats}&only=${part}`);
      await done;
      await page.close();
    }
  } finally {
    await context.close();
    server.close();
  }
  return lines;
}

function parse(lines) {
  const records = [];
  for (const line of lines) {
    const match = /^bench (\w[\w-]*) (.*)$/.exec(line.trim());
    if (!match) continue;
    const record = { type: match[1] };
    for (const pair of match[2].matchAll(/(\w+)=("[^"]*"|\S+)/g)) {
      record[pair[1]] = pair[2].startsWith('"') ? pair[2].slice(1, -1) : pair[2];
    }
    records.push(record);
  }
  return records;
}

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "–");

function report(records) {
  const find = (filter) => records.find((r) => Object.entries(filter).every(([k, v]) => r[k] === v));
  console.log("\n=== Benchmark 1: decoding (MB/s, items/s; fastest run after a warm-up)");
  console.log("| what | platform | MB/s | items/s |");
  console.log("|---|---|---:|---:|");
  for (const kind of ["list", "list+utf8", "detail"]) {
    for (const platform of ["native", "wasm-node", "wasm-chromium", "js-node", "js-chromium"]) {
      const r = find({ type: "decode", kind, platform });
      if (!r) continue;
      const what = platform.startsWith("js") ? `JSON.parse (${kind})` : `decode${kind === "list" ? "InterventionPage" : "Intervention"}`;
      console.log(`| ${what} | ${platform} | ${r.mb_s} | ${Number(r.items_s).toLocaleString("en")} |`);
    }
  }
  const mb = (kind, platform) => Number(find({ type: "decode", kind, platform })?.mb_s);
  for (const kind of ["list", "detail"]) {
    console.log(`ratios (${kind}): wasm-node/native ${fixed(mb(kind, "wasm-node") / mb(kind, "native"), 2)}, ` +
      `wasm-chromium/native ${fixed(mb(kind, "wasm-chromium") / mb(kind, "native"), 2)}, ` +
      `JSON.parse/wasm in Node ${fixed(mb(kind, "js-node") / mb(kind, "wasm-node"), 2)}, ` +
      `JSON.parse/wasm in Chromium ${fixed(mb(kind, "js-chromium") / mb(kind, "wasm-chromium"), 2)}`);
  }

  console.log("\n=== Benchmark 2: one keystroke over every row (ms: median / p95 over the keystrokes, each its fastest run)");
  console.log("| rows | group | mode | native | wasm-node | wasm-chromium | js-node | js-chromium |");
  console.log("|---|---|---|---:|---:|---:|---:|---:|");
  const cell = (r) => (r ? `${fixed(Number(r.median_ms), 2)} / ${fixed(Number(r.p95_ms), 2)}` : "–");
  for (const rows of ["summaries", "hydrated"]) {
    for (const group of ["none", "month"]) {
      for (const mode of ["typing", "cold", "idiomatic", "presorted", "sort-change"]) {
        if (mode === "sort-change" && group !== "none") continue;
        const at = (platform) => find({ type: "query", rows, group, mode, platform });
        const cells = ["native", "wasm-node", "wasm-chromium", "js-node", "js-chromium"].map((p) => cell(at(p)));
        if (cells.every((c) => c === "–")) continue;
        console.log(`| ${rows} | ${group} | ${mode} | ${cells.join(" | ")} |`);
      }
    }
  }
  const median = (filter) => Number(find({ type: "query", ...filter })?.median_ms);
  for (const rows of ["summaries", "hydrated"]) {
    for (const group of ["none", "month"]) {
      const wasmCold = median({ rows, group, mode: "cold", platform: "wasm-chromium" });
      const wasmTyping = median({ rows, group, mode: "typing", platform: "wasm-chromium" });
      console.log(`ratios (${rows}, group ${group}): wasm-chromium/native cold ` +
        `${fixed(wasmCold / median({ rows, group, mode: "cold", platform: "native" }), 2)}, ` +
        `JS idiomatic/wasm cold in Chromium ${fixed(median({ rows, group, mode: "idiomatic", platform: "js-chromium" }) / wasmCold, 2)}, ` +
        `JS idiomatic/wasm typing in Chromium ${fixed(median({ rows, group, mode: "idiomatic", platform: "js-chromium" }) / wasmTyping, 2)}, ` +
        `JS presorted/wasm cold in Chromium ${fixed(median({ rows, group, mode: "presorted", platform: "js-chromium" }) / wasmCold, 2)}`);
    }
  }

  console.log("\n=== Same answers? (count and total duration of each full query)");
  const checks = records.filter((r) => r.type === "check");
  const keys = [...new Set(checks.map((r) => `${r.rows} "${r.query}"`))];
  let differences = 0;
  for (const key of keys) {
    const set = checks.filter((r) => `${r.rows} "${r.query}"` === key);
    const answers = new Set(set.map((r) => `${r.count}/${r.duration_s}`));
    if (answers.size > 1) ++differences;
    console.log(`${key}: ${set.map((r) => `${r.platform} ${r.count} rows ${r.duration_s} s`).join(", ")}` +
      (answers.size > 1 ? "  <-- DIFFERENT" : ""));
  }
  console.log(differences === 0 ? "all implementations found the same rows and totals" : `${differences} queries differ`);
  for (const r of records.filter((x) => x.type === "load" || x.type === "hydrate" || x.type === "prepare")) {
    console.log(`${r.type} ${Object.entries(r).filter(([k]) => k !== "type").map(([k, v]) => `${k}=${v}`).join(" ")}`);
  }
}

// --- main ---
// --report LOG...: only the tables, from the "bench" lines of earlier runs' output.
if (args.includes("--report")) {
  const logs = args.slice(args.indexOf("--report") + 1);
  report(parse(logs.flatMap((file) => readFileSync(file, "utf8").split("\n"))));
  process.exit(0);
}
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
  `load average ${os.loadavg().map((v) => v.toFixed(2)).join(" ")}, Node ${process.version}`);
run("python3", ["tools/bench/make_fixtures.py", "--count", String(count)]);
const env = { NODE_PATH: "/usr/share/nodejs" };
if (only.includes("native")) {
  if (!existsSync(path.join(root, "build/native-release/CMakeCache.txt"))) run("cmake", ["--preset", "native-release"]);
  run("cmake", ["--build", "build/native-release", "-j2", "--target", "fiche_bench"]);
}
if (only.includes("node") || only.includes("chromium")) {
  if (!existsSync(path.join(root, "build/web-release/CMakeCache.txt"))) run("cmake", ["--preset", "web-release"], env);
  run("cmake", ["--build", "build/web-release", "-j2", "--target", "fiche_bench"], env);
}
const lines = [];
if (only.includes("native")) {
  lines.push(...await benchLines(path.join(root, "build/native-release/tools/bench/fiche_bench"),
    [pagesFile, detailsFile, "--repeats", String(repeats)]));
}
if (only.includes("node")) {
  for (const part of ["wasm", "js"]) {
    lines.push(...await benchLines("node", ["--no-experimental-fetch", "--max-old-space-size=8192",
      "tools/bench/node_bench.mjs", pagesFile, detailsFile, "--repeats", String(repeats), "--only", part]));
  }
}
if (only.includes("chromium")) lines.push(...await chromiumLines());
report(parse(lines));
console.log(`load average after: ${os.loadavg().map((v) => v.toFixed(2)).join(" ")}`);
