#!/usr/bin/env node
/**
 * Repository YAML parsing, old vs new: `parseYamlPrecise` (the `yaml` library, the previous
 * implementation) against `parseYaml` (js-yaml fast path with a verified position tree, falling back
 * to the precise parser). Uses the compiled lib/ (`npm run build` first).
 *
 *   node bench/yaml.mjs [--dir /tmp/preflight-monorepo-7-40000] [--runs 7]
 *
 * Reads every *.yaml / *.yml file under --dir (skipping .git and node_modules), parses each with both
 * implementations `--runs` times and prints the median total per implementation, the speed-up and
 * how many files took the fast path. Also checks that both give the same values. Not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
const DIR = path.resolve(arg('dir', '/tmp/preflight-monorepo-7-40000'));
const RUNS = Math.max(1, Number(arg('runs', 7)));

const { parseYaml, parseYamlPrecise, parseYamlFast } = await import(path.join(ROOT, 'lib/repo/yaml.js'));

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

const files = walk(DIR).sort().map((f) => ({ path: path.relative(DIR, f), text: fs.readFileSync(f, 'utf8') }));
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
if (!files.length) { console.error(`no YAML files under ${DIR}`); process.exit(1); }

// Same results (values, errors, and the position every check asks first).
let fast = 0, mismatches = 0;
for (const f of files) {
  if (parseYamlFast(f.path, f.text)) fast++;
  const a = parseYaml(f.path, f.text), b = parseYamlPrecise(f.path, f.text);
  const same = a.docs.length === b.docs.length && a.errors.length === b.errors.length &&
    a.docs.every((d, i) => isDeepStrictEqual(d.value, b.docs[i].value) && isDeepStrictEqual(d.loc(['kind'], true), b.docs[i].loc(['kind'], true)) && isDeepStrictEqual(d.loc(['services']), b.docs[i].loc(['services'])));
  if (!same) { mismatches++; console.error(`MISMATCH ${f.path}`); }
}

function time(fn) {
  const samples = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    for (const f of files) fn(f.path, f.text);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((x, y) => x - y);
  return { median: samples[samples.length >> 1], min: samples[0] };
}

// Warm both up once, then alternate so neither benefits from running last.
time(parseYamlPrecise); time(parseYaml);
const old = time(parseYamlPrecise);
const neu = time(parseYaml);

const fmt = (x) => x.toFixed(1).padStart(8);
console.log(`${files.length} YAML files, ${(bytes / 1024).toFixed(0)} KiB, ${RUNS} runs (median / min ms)`);
console.log(`old  parseYamlPrecise (yaml)   ${fmt(old.median)} ${fmt(old.min)}   ${(bytes / 1024 / 1024 / (old.median / 1000)).toFixed(1)} MB/s`);
console.log(`new  parseYaml (js-yaml fast)  ${fmt(neu.median)} ${fmt(neu.min)}   ${(bytes / 1024 / 1024 / (neu.median / 1000)).toFixed(1)} MB/s`);
console.log(`speed-up ${(old.median / neu.median).toFixed(1)}x; fast path taken for ${fast}/${files.length} files; mismatches ${mismatches}`);
if (mismatches) process.exitCode = 1;
