import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { toJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { toSarif } from '../../src/report/sarif.js';
import { toText } from '../../src/report/text.js';
import { run } from '../../src/run.js';
import { atLeast, ConfigError, SEVERITIES, type Report } from '../../src/types.js';
import { fuzzOptions, fuzzTimeout, RUNS } from './arbitraries.js';
import { repo, writeRepo } from './repos.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-fuzz-gate-'));
afterAll(() => { fs.rmSync(tmp, { recursive: true, force: true }); });
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/report.schema.json'), 'utf8')) as object);

const severity = fc.constantFrom(...SEVERITIES, 'off');
const item = fc.record({
  check: fc.oneof(fc.constantFrom(...CHECKS.map((c) => c.id)), fc.uniqueArray(fc.constantFrom(...CHECKS.map((c) => c.id)), { minLength: 1, maxLength: 3 }), fc.constant(undefined)),
  severity: fc.option(severity, { nil: undefined }),
  paths: fc.option(fc.array(fc.constantFrom('**', 'k8s/**', '*.py', '**/Dockerfile*', '.env*'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  'signed-off': fc.option(fc.boolean(), { nil: undefined }),
});
/** A valid checklist (so the run reaches the gate): extends, threshold and items vary. */
const checklist = fc.record({
  extends: fc.option(fc.constantFrom('recommended', 'docker', 'kubernetes'), { nil: undefined }),
  failOn: fc.constantFrom(...SEVERITIES, 'none'),
  items: fc.array(item, { maxLength: 6 }),
}).map(({ extends: ext, failOn, items }) => [
  'version: 1', ext ? `extends: [${ext}]` : '', `fail-on: ${failOn}`, 'items:' + (items.length ? '' : ' []'),
  ...items.map((it, i) => [`  - id: item-${i}`, `    title: Item ${i}`, it.check ? `    check: ${JSON.stringify(it.check)}` : '', it.severity ? `    severity: ${it.severity}` : '',
    it.paths ? `    paths: ${JSON.stringify(it.paths)}` : '', it['signed-off'] !== undefined ? `    signed-off: ${it['signed-off']}` : ''].filter(Boolean).join('\n')),
].filter(Boolean).join('\n') + '\n');

describe('the whole pipeline on fuzzed repositories and checklists', () => {
  it('yields a schema-valid report whose counts and result follow the gate rules, and every reporter renders it', async () => {
    let reports = 0;
    let failed = 0;
    await fc.assert(fc.asyncProperty(repo, checklist, async (files, list) => {
      const dir = writeRepo(tmp, { ...files, '.github/preflight.yml': list });
      let report: Report;
      try {
        ({ report } = await run({ dir, cwd: dir, env: {}, probes: false, now: new Date('2026-12-01T00:00:00Z') }));
      } catch (e) {
        // Only a configuration problem may stop the run (e.g. an option the fuzzer cannot know).
        expect(e, String((e as Error)?.stack)).toBeInstanceOf(ConfigError);
        return;
      }
      reports++;
      if (report.result === 'fail') failed++;
      const json = JSON.parse(toJson(report)) as unknown;
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      // counts: every finding (suppressed and baseline-known aside), error item and pending manual item.
      const counted = [...report.findings.filter((f) => !f.suppressed && !f.baseline).map((f) => f.severity),
        ...report.items.filter((i) => i.status === 'error' || i.status === 'pending').map((i) => i.severity)];
      expect(report.counts).toEqual(Object.fromEntries(SEVERITIES.map((s) => [s, counted.filter((c) => c === s).length])));
      // The gate: failures (never notes), error items and, where manual items gate, pending ones.
      const reached = report.findings.some((f) => !f.note && !f.suppressed && !f.baseline && atLeast(f.severity, report.failOn))
        || report.items.some((i) => (i.status === 'error' || (i.status === 'pending' && report.context?.gatesManual !== false)) && atLeast(i.severity, report.failOn));
      expect(report.result).toBe(reached ? 'fail' : 'pass');
      for (const f of report.findings) {
        if (f.file !== null) { expect(f.file.startsWith('/') || f.file.split('/').includes('..')).toBe(false); expect(f.line ?? 1).toBeGreaterThanOrEqual(1); }
      }
      const sarif = toSarif(report, { checklistFile: '.github/preflight.yml' }) as unknown as { version: string; runs: { results: { locations?: { physicalLocation?: { region?: { startLine?: number } } }[] }[] }[] };
      expect(sarif.version).toBe('2.1.0');
      for (const r of sarif.runs[0]!.results) for (const l of r.locations ?? []) { const line = l.physicalLocation?.region?.startLine; if (line !== undefined) expect(line).toBeGreaterThanOrEqual(1); }
      expect(toText(report, { color: false }).length).toBeGreaterThan(0);
      expect(renderMarkdown(report).length).toBeGreaterThan(0);
    }), fuzzOptions(Math.max(15, Math.round(RUNS / 5))));
    // Most runs must reach the gate, and both verdicts must occur, or the property proves little.
    expect(reports).toBeGreaterThan(Math.max(15, Math.round(RUNS / 5)) / 2);
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(reports);
  }, fuzzTimeout(400));
});
