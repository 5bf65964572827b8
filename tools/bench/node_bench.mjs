#!/usr/bin/env node
// tools/bench/node_bench.mjs — the wasm benchmark module and the JavaScript implementation
// under Node, on the fixture files. Run with --no-experimental-fetch (TOOLCHAIN.md).
//   node --no-experimental-fetch tools/bench/node_bench.mjs PAGES.jsonl [DETAILS.jsonl]
//        [--repeats N] [--only wasm|js] [--module fiche_bench.js] [--label wasm-node]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runWasm, runJs } from "./bench_js.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const repeats = Number(option("--repeats", "5"));
const only = option("--only", "");
const modulePath = option("--module", path.join(root, "build/web-release/bench/fiche_bench.js"));
const label = option("--label", "wasm-node");
const [pagesFile, detailsFile] = args;
const pagesBytes = readFileSync(pagesFile);
const detailsBytes = detailsFile ? readFileSync(detailsFile) : null;
const print = (line) => console.log(line);

if (only !== "js") {
  const require = createRequire(import.meta.url);
  const createFicheBench = require(path.resolve(modulePath));
  await runWasm({ createFicheBench, pagesBytes, detailsBytes, platform: label, repeats, print });
}
if (only !== "wasm") runJs({ pagesBytes, detailsBytes, platform: "js-node", repeats, print });
