#!/usr/bin/env node
/**
 * Attribution for the file pass: reads every tracked file of the monorepo into memory once, then
 * times each file-pass check's scanner (accepts + file) alone over the texts — CPU only, no reads.
 *   node bench/scanners-cpu.mjs [DIR] [check,check] [ROUNDS]
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
const { classifyUnder } = await lib('repo/classify.js');

const dir = process.argv[2] || path.join(os.tmpdir(), 'preflight-monorepo-7-40000');
const only = process.argv[3] ? new Set(process.argv[3].split(',')) : null;
const rounds = Number(process.argv[4] ?? 1);
const list = await listFiles(dir);
classifyUnder(list.base ?? '');
const texts = new Map();
for (const f of list.files) {
  try { const b = fs.readFileSync(path.join(list.root, f)); if (b.length < 1 << 20 && !b.includes(0)) texts.set(f, b.toString('utf8')); } catch { /* skip */ }
}
console.log(`${texts.size} texts in memory`);
for (let r = 0; r < rounds; r++) {
  let sum = 0;
  for (const check of CHECKS) {
    if (!check.scan || (only && !only.has(check.id))) continue;
    const sc = check.scan(parseOptions(check, {}));
    let accepted = 0, kept = 0;
    const t = performance.now();
    for (const [f, text] of texts) {
      if (!sc.accepts(f)) continue;
      accepted++;
      if (sc.file(f, text) !== undefined) kept++;
    }
    const ms = performance.now() - t;
    sum += ms;
    console.log(`${check.id.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms  accepted ${accepted}  kept ${kept}`);
  }
  console.log(`total ${sum.toFixed(0)} ms`);
}
