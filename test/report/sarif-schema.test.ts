import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { toSarif } from '../../src/report/sarif.js';
import { repoFromFolder } from '../helpers/repo.js';
import { sampleReport } from './sample-report.js';

/**
 * SARIF against the official OASIS SARIF 2.1.0 JSON schema (rtm.5, as shipped by Microsoft's
 * @microsoft/jest-sarif): the sample report, and real runs over every corpus repository with
 * every static check (files, lines, columns, notes, suppressions, secrets, parse errors).
 */
const require = createRequire(import.meta.url);
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
// The schema's language pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not valid with the `u` flag.
const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus');

function expectValid(log: unknown, what: string) {
  const ok = validate(log);
  expect(ok ? [] : validate.errors!.slice(0, 5).map((e) => `${e.instancePath} ${e.message}`), what).toEqual([]);
}

describe('SARIF output against the official 2.1.0 schema', () => {
  it('the schema is the real one and rejects a broken log', () => {
    expect(String(schema['title'])).toMatch(/SARIF\) Version 2\.1\.0/);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {} }] }] })).toBe(false);
  });

  it('the sample report', () => {
    expectValid(toSarif(sampleReport(), { checklistFile: 'PRODUCTION_CHECKLIST.md' }), 'sample');
  });

  // QA32 sarif2 D2/D4/D5: originalUriBaseIds, invocations with notifications, reserved rules without security-severity,
  // an error item's fingerprint, paths under a submodule's prefix.
  it('the sample report with a root, a path prefix, error items and a config finding', () => {
    const report = sampleReport({
      items: sampleReport().items.map((i) => (i.id === 'tls' ? { ...i, source: { file: 'PRODUCTION_CHECKLIST.md', line: 14 } } : i)),
      findings: [...sampleReport().findings, { check: 'config', item: null, severity: 'low', message: "suppression of 'x' names no check", file: 'app.py', line: 2, column: 1, url: null, fingerprint: 'fp-config' }],
    });
    const log = toSarif(report, { checklistFile: 'vendor/lib/PRODUCTION_CHECKLIST.md', pathPrefix: 'vendor/lib', root: path.join(path.sep, 'home', 'runner', 'work', 'app') });
    expectValid(log, 'sample+');
    expect(log.runs[0]!.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe('file:///home/runner/work/app/');
    expect(log.runs[0]!.invocations?.[0]?.executionSuccessful).toBe(true);
    expect(log.runs[0]!.results!.find((r) => r.ruleId === 'tls-version')?.partialFingerprints?.['preflight/v1']).toMatch(/^[0-9a-f]{32}$/);
    // Without a place for it (no checklist file), the error item is a notification only: still valid.
    expectValid(toSarif(sampleReport(), { checklistFile: null }), 'unplaced');
  });

  const repos = fs.readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  it.each(repos)('a full static run over the %s corpus repository', async (name) => {
    const dir = repoFromFolder(path.join(CORPUS, name));
    const { report } = await run({ dir, cwd: dir, checklist: path.join(CORPUS, 'all-static.yml'), probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const log = toSarif(report, { checklistFile: report.checklist.file });
    expectValid(log, name);
    // The checklist lies outside the repository (as here): a static check's finding without a file is anchored at
    // the file its fix belongs in (`.gitignore`), so every failure is a result; a probe's would be a run notification.
    // Notes are passes: code scanning would open them as alerts (it ignores `kind`), so they are left out.
    const notes = (log.runs[0]!.invocations?.[0]?.toolExecutionNotifications ?? []).length;
    expect(notes).toBe(0);
    expect((log.runs[0]!.results ?? []).length).toBe(report.findings.filter((f) => !f.note).length);
  });
});
