import { describe, expect, it } from 'vitest';
import { gate, type GateInput } from '../../src/gate/gate.js';
import { plan } from '../../src/gate/plan.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { dockerEscape, findSuppressions, inertTrailingHint, inertTrailingIds, instructionEnd } from '../../src/repo/suppress.js';
import { isDockerfile } from '../../src/repo/classify.js';
import type { RawFinding } from '../../src/checks/define.js';

// Stop 46: the gate looked for a trailing `preflight-ignore` that suppresses nothing (a Dockerfile, a .env file) by reading
// every finding's instruction again, up to 1,000 lines each: 4,000 findings in one continued ENV instruction read millions
// of lines. Each file's comments are read once now; what the messages say is the same.

const LIST = parseYamlChecklist('c.yml', 'version: 1\nitems:\n  - { id: secrets, check: hardcoded-secret }\n  - { id: env, check: dockerfile-secrets-in-env }\n');

function run(files: Record<string, string>, findings: { check: string; f: RawFinding }[], counter?: { n: number }) {
  const split = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.split('\n')]));
  const planned = plan(LIST, {});
  const input: GateInput = {
    version: '0.0.0',
    items: planned.map((p) => ({ planned: p, outcomes: p.checks.map((c) => ({ findings: findings.filter((x) => x.check === c.def.id).map((x) => x.f) })) })),
    extra: [], failOn: 'high', gatesManual: false, attested: null,
    suppressions: Object.entries(files).flatMap(([f, t]) => findSuppressions(f, t)),
    baseline: null,
    lineText: (f, l) => { if (counter) counter.n++; return split[f]?.[l - 1]; },
    now: new Date('2026-12-01T00:00:00Z'),
  };
  return gate(input);
}

/** The rule as written before: each finding's instruction read from its line, line by line. */
function referenceHinted(file: string, text: string, check: string, line: number): boolean {
  const lines = text.split('\n');
  const at = (i: number) => lines[i];
  const last = isDockerfile(file) ? instructionEnd(at, line - 1, dockerEscape(Array.from({ length: 16 }, (_, i) => lines[i] ?? ''))) + 1 : line;
  for (let n = line; n <= last; n++) {
    const t = lines[n - 1];
    if (t === undefined) return false;
    if (inertTrailingIds(file, t).includes(check)) return true;
  }
  return false;
}

describe('inert trailing preflight-ignore comments', () => {
  it('are read once a file: 4,000 findings in one continued ENV instruction read each line a bounded number of times', () => {
    const n = 4000;
    const body = Array.from({ length: n }, (_, i) => `    X_${i}_PASSWORD=v${i}Zq8Lm2Kx9Pw4Rt`).join(' \\\n');
    const text = `FROM node:20\nENV ${body.trimStart()} # preflight-ignore hardcoded-secret: test values\nUSER node\n`;
    const findings = Array.from({ length: n }, (_, i) => ({ check: 'hardcoded-secret', f: { file: 'Dockerfile', line: i + 2, message: `X_${i}_PASSWORD holds a secret` } }));
    const counter = { n: 0 };
    const r = run({ Dockerfile: text }, findings, counter);
    const hint = inertTrailingHint('Dockerfile');
    // Within 1,000 lines of the comment the instruction reaches it (as before); farther up it does not.
    const hinted = r.findings.filter((f) => f.check === 'hardcoded-secret' && f.message.endsWith(hint)).map((f) => f.line);
    expect(hinted).toEqual(Array.from({ length: 1000 }, (_, i) => n - 998 + i));
    expect(counter.n).toBeLessThan(10 * (n + 3));
  });

  it('say what the rule as written before said, on Dockerfiles of continued instructions, comments and escapes, and .env files', () => {
    const seen = { hinted: 0, plain: 0 };
    let seed = 46;
    const rnd = (k: number) => { seed = (seed * 48271) % 2147483647; return seed % k; };
    const pieces = ['ENV A_PASSWORD=x1', 'ENV A_PASSWORD=x1 \\', 'ENV A_PASSWORD=x1 \\', '  B_TOKEN=y2 \\', '  B_TOKEN=y2 \\', '  B_TOKEN=y2', '# a comment', '',
      '# x # preflight-ignore hardcoded-secret: why', '  C_KEY=z3 # preflight-ignore hardcoded-secret: why', '  C_KEY=z3 # preflight-ignore hardcoded-secret: why',
      '  C_KEY=z3 # preflight-ignore hardcoded-secret: why \\', 'RUN x # preflight-ignore dockerfile-secrets-in-env: why', 'RUN x # preflight-ignore dockerfile-secrets-in-env: why \\',
      '  D_SECRET=w4 `', 'ENV E="a # preflight-ignore hardcoded-secret: quoted"', '# escape=`', 'FROM a'];
    for (let round = 0; round < 400; round++) {
      const files: Record<string, string> = {};
      const findings: { check: string; f: RawFinding }[] = [];
      for (const file of ['Dockerfile', 'svc/Dockerfile.prod', '.env']) {
        const lines = Array.from({ length: 1 + rnd(14) }, () => pieces[rnd(pieces.length)]!);
        files[file] = lines.join('\n');
        for (let l = 1; l <= lines.length; l++) {
          if (rnd(2)) findings.push({ check: rnd(3) ? 'hardcoded-secret' : 'dockerfile-secrets-in-env', f: { file, line: l, message: `finding ${file}:${l}` } });
        }
      }
      const r = run(files, findings);
      for (const f of r.findings.filter((x) => x.file && x.check !== 'config' && !x.suppressed)) {
        const want = referenceHinted(f.file!, files[f.file!]!, f.check, f.line!);
        expect(f.message.endsWith(inertTrailingHint(f.file!)), `${JSON.stringify(files[f.file!])} ${f.check} line ${f.line}`).toBe(want);
        seen[want ? 'hinted' : 'plain']++;
      }
    }
    // Both kinds were met, on many findings.
    expect(Math.min(seen.hinted, seen.plain), JSON.stringify(seen)).toBeGreaterThan(100);
  });
});
