#!/usr/bin/env node
/**
 * Attribution for `npm run bench`: runs each registered static check alone, on a fresh snapshot
 * of the monorepo, through the compiled library (`npm run build` → lib/), and prints wall time,
 * files read and retained heap per check. Run with `node --expose-gc bench/per-check.mjs [DIR]`.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (p) => import(path.join(ROOT, 'lib', p));
const { CHECKS } = await lib('checks/index.js');
const { executeCheck, parseOptions } = await lib('engine/execute.js');
const { listFiles } = await lib('repo/files.js');
const { Snapshot } = await lib('repo/snapshot.js');

const dir = process.argv[2] ?? path.join(os.tmpdir(), 'preflight-monorepo-7-40000');
const only = process.argv[3] ? new Set(process.argv[3].split(',')) : null;
const gc = globalThis.gc ?? (() => {});
const t0 = performance.now();
const list = await listFiles(dir);
console.log(`listFiles: ${list.files.length} files in ${(performance.now() - t0).toFixed(0)} ms`);
const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
for (const check of CHECKS) {
  if (only && !only.has(check.id)) continue;
  gc();
  const before = process.memoryUsage().heapUsed;
  const snap = new Snapshot(list.root, list.files, list.base);
  const t = performance.now();
  const out = await executeCheck(check, snap, parseOptions(check, {}), new Date());
  const ms = performance.now() - t;
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  console.log(`${check.id.padEnd(26)} ${ms.toFixed(0).padStart(7)} ms  reads ${String(snap.reads).padStart(6)}  retained ${mb(retained).padStart(7)}  findings ${out.findings.length}${out.error ? `  ERROR ${out.error}` : ''}`);
  void snap;
}
console.log(`rss ${mb(process.memoryUsage().rss)}`);
