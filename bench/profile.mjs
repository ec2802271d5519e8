#!/usr/bin/env node
/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): the functions with the most self time.
 *   node bench/profile.mjs FILE.cpuprofile [TOP]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Top `n` call frames by self time (ms), idle time left out of the total. */
export function summarize(file, n = 15) {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((x) => [x.id, x]));
  const self = new Map();
  prof.samples.forEach((id, i) => {
    const cf = byId.get(id).callFrame;
    if (cf.functionName === '(idle)') return;
    const key = `${cf.functionName || '(anonymous)'} ${cf.url ? `${path.basename(cf.url)}:${cf.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total, top: [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([frame, ms]) => ({ frame, ms: Math.round(ms), pct: Number((100 * ms / total).toFixed(1)) })) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { total, top } = summarize(process.argv[2], Number(process.argv[3] ?? 20));
  console.log(`${Math.round(total)} ms busy`);
  for (const t of top) console.log(`${String(t.ms).padStart(7)} ms ${String(t.pct).padStart(5)}%  ${t.frame}`);
}
