// The release folder tools/build-release wrote: names are content hashes, references are
// rewritten and relative, twins decompress to their file; and the command refuses to wipe a
// folder that is not a release.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { repoRoot } from "../browser/support.mjs";

const releaseDir = process.env.FICHE_RELEASE_DIR ?? path.join(repoRoot, "build/release");
const kept = ["index.html", "config.json", "fonts/inter-LICENSE.txt", "fonts/icons-LICENSE.txt"];

function files(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory()
    ? files(path.join(dir, entry.name), `${prefix}${entry.name}/`)
    : [`${prefix}${entry.name}`]);
}

test("every file but index.html, config.json and the licences is named after its content", () => {
  const all = files(releaseDir).filter((f) => !f.endsWith(".br") && !f.endsWith(".gz"));
  const hashed = all.filter((f) => !kept.includes(f));
  assert.deepEqual(all.filter((f) => kept.includes(f)).sort(), [...kept].sort());
  assert.equal(hashed.length, 7, hashed.join(", "));
  for (const file of hashed) {
    const match = /\.([0-9a-f]{10})\.[a-z]+$/.exec(file);
    assert.ok(match, `${file} has a hash in its name`);
    const digest = createHash("sha256").update(readFileSync(path.join(releaseDir, file)));
    assert.equal(match[1], digest.digest("hex").slice(0, 10), file);
  }
});

test("index.html and boot.js name only files of the release, by relative URLs", () => {
  const index = readFileSync(path.join(releaseDir, "index.html"), "utf8");
  const references = [...index.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
  assert.equal(references.length, 6);
  const boot = references.find((r) => /^boot\.[0-9a-f]{10}\.js$/.test(r));
  const table = JSON.parse(/const files = (\{.*\});/.exec(
    readFileSync(path.join(releaseDir, boot), "utf8"))[1]);
  assert.deepEqual(Object.keys(table).sort(),
                   ["fiche.js", "fiche.wasm", "fonts/icons.ttf", "fonts/inter.otf"]);
  for (const url of [...references, ...Object.values(table)]) {
    assert.ok(!url.startsWith("/") && !url.includes(":"), `${url} is relative`);
    assert.ok(existsSync(path.join(releaseDir, url)), `${url} exists`);
    assert.ok(!kept.includes(url), `${url} is a hashed file`);
  }
});

test("each compressible file has .br and .gz twins of its bytes; config.json has none", () => {
  const all = files(releaseDir);
  for (const file of all.filter((f) => !f.endsWith(".br") && !f.endsWith(".gz"))) {
    if (file === "config.json") {
      assert.ok(!all.includes("config.json.br") && !all.includes("config.json.gz"));
      continue;
    }
    const raw = readFileSync(path.join(releaseDir, file));
    const br = readFileSync(path.join(releaseDir, `${file}.br`));
    const gz = readFileSync(path.join(releaseDir, `${file}.gz`));
    assert.ok(brotliDecompressSync(br).equals(raw), `${file}.br`);
    assert.ok(gunzipSync(gz).equals(raw), `${file}.gz`);
    assert.equal(gz.readUInt32LE(4), 0, `${file}.gz carries no timestamp (gzip -n)`);
  }
});

test("tools/build-release refuses to replace a folder that is not a release", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "fiche-not-a-release-"));
  writeFileSync(path.join(dir, "keep.txt"), "mine");
  const run = spawnSync(path.join(repoRoot, "tools/build-release"), ["--no-build", dir],
                        { encoding: "utf8" });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, /not an earlier release: not replacing it/);
  assert.equal(readFileSync(path.join(dir, "keep.txt"), "utf8"), "mine");
  rmSync(dir, { recursive: true });
});
