import { it } from 'vitest';
import { scanText } from '../../src/checks/hardcoded-secret.js';
import { PREFILTER, TOKEN_RULES } from '../../src/checks/util/secrets.js';
it('x', () => {
  const chunk = 'function add(a, b) {\n  const total = a + b; // sum\n  return total;\n}\nconst password = getPassword();\n';
  const text = chunk.repeat(Math.ceil(5_000_000 / chunk.length));
  let t0 = performance.now();
  const re = new RegExp(PREFILTER.source, 'gi'); let n = 0; while (re.exec(text)) n++;
  console.log('prefilter', n, performance.now() - t0);
  t0 = performance.now();
  const line = 'const password = getPassword();';
  for (const r of TOKEN_RULES) { const t1 = performance.now(); for (let i = 0; i < 50000; i++) { r.re.lastIndex = 0; [...line.matchAll(r.re)]; } console.log(r.id, performance.now() - t1); }
  t0 = performance.now();
  scanText(text, { generic: false, yaml: false }); console.log('nogeneric', performance.now() - t0);
  t0 = performance.now();
  scanText(text, { generic: true, yaml: false }); console.log('generic', performance.now() - t0);
});
