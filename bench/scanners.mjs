#!/usr/bin/env node
/**
 * Attribution of the file pass: reads every tracked file of the monorepo into memory once, then
 * times each static check's per-file scanner over the files it accepts — first pass (cold JIT) and
 * a second (warm) — so read cost and scanner cost are seen apart. Uses lib/ (`npm run build`).
 *   node bench/scanners.mjs [DIR]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (p) => import(path.join(ROOT, 'lib', p));
const { CHECKS } = await lib('checks/index.js');
const { parseOptions } = await lib('engine/execute.js');
const { listFiles } = await lib('repo/files.js');
const { findSuppressions } = await lib('repo/suppress.js');

const dir = process.argv[2] ?? path.join(os.tmpdir(), 'preflight-monorepo-7-40000');
const list = await listFiles(dir);
let t = performance.now();
const texts = new Map();
for (const f of list.files) { try { const b = fs.readFileSync(path.join(list.root, f)); if (b.length < 1 << 20 && !b.subarray(0, 8000).includes(0)) texts.set(f, b.toString('utf8')); } catch {} }
console.log(`read ${texts.size} files in ${(performance.now() - t).toFixed(0)} ms`);
const time = (fn) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
const supp = () => { for (const [f, s] of texts) findSuppressions(f, s); };
console.log(`findSuppressions ${time(supp).toFixed(0)} / ${time(supp).toFixed(0)} ms`);
const lower = () => { for (const [, s] of texts) s.toLowerCase(); };
console.log(`toLowerCase ${time(lower).toFixed(0)} / ${time(lower).toFixed(0)} ms`);
for (const check of CHECKS) {
  if (!check.scan) continue;
  const sc = check.scan(parseOptions(check, {}));
  const accepted = [...texts].filter(([f]) => sc.accepts(f));
  const pass = () => { for (const [f, s] of accepted) sc.file(f, s); };
  const cold = time(pass), warm = time(pass);
  console.log(`${check.id.padEnd(24)} ${String(accepted.length).padStart(6)} files  cold ${cold.toFixed(0).padStart(5)} ms  warm ${warm.toFixed(0).padStart(5)} ms`);
}
