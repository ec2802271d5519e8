import { describe, expect, it } from 'vitest';
import { gate, type GateInput } from '../../src/gate/gate.js';
import { plan } from '../../src/gate/plan.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import type { Outcome } from '../../src/engine/execute.js';
import type { FailOn } from '../../src/types.js';
import { findSuppressions } from '../../src/repo/suppress.js';

const LIST = parseYamlChecklist('p.yml', `version: 1
items:
  - { id: hsts, check: hsts }
  - { id: cert, check: certificate, severity: medium }
  - { id: backups, title: Backups tested }
  - { id: docs, title: Runbook written, severity: low }
`);

function input(outcomes: Outcome[], failOn: FailOn = 'high', extra: Partial<GateInput> = {}): GateInput {
  const planned = plan(LIST, {});
  let k = 0;
  return {
    version: '0.0.0',
    items: planned.map((p) => ({ planned: p, outcomes: p.checks.map(() => outcomes[k++] ?? { findings: [] }) })),
    extra: [],
    failOn,
    gatesManual: true,
    attested: null,
    suppressions: [],
    baseline: null,
    lineText: () => undefined,
    now: new Date('2026-12-01T00:00:00Z'),
    ...extra,
  };
}

describe('gate', () => {
  it('a failure at or above the threshold fails; below it passes but still counts', () => {
    const r = gate(input([{ findings: [{ message: 'no HSTS', url: 'https://x' }] }, { findings: [] }], 'critical', { gatesManual: false }));
    expect(r.result).toBe('pass');
    expect(r.counts.high).toBe(2); // the hsts failure and the pending manual item
    expect(r.items[0]!.status).toBe('fail');
    expect(gate(input([{ findings: [{ message: 'no HSTS' }] }], 'high')).result).toBe('fail');
  });

  it('an item or override severity applies to every failure; sub-case severities apply otherwise; notes stay info', () => {
    const r = gate(input([{ findings: [{ message: 'a', severity: 'low' }, { message: 'n', note: true }] }, { findings: [{ message: 'expired', severity: 'critical' }] }], 'none'));
    expect(r.findings.map((f) => `${f.check}:${f.severity}`).sort()).toEqual(['certificate:medium', 'hsts:info', 'hsts:low']);
  });

  it('errors count at the item severity and block; skipped items do not', () => {
    const r = gate(input([{ findings: [], error: 'connection refused' }, { findings: [], skipped: 'no URL' }], 'high', { gatesManual: false }));
    expect(r.items.map((i) => i.status)).toEqual(['error', 'skipped', 'pending', 'pending']);
    expect(r.items[0]!.reason).toBe('connection refused');
    expect(r.result).toBe('fail');
  });

  it('pending manual items gate only when a PR context says so, and only at their severity', () => {
    expect(gate(input([], 'high', { gatesManual: true })).result).toBe('fail');
    expect(gate(input([], 'high', { gatesManual: false })).result).toBe('pass');
    expect(gate(input([], 'critical', { gatesManual: true })).result).toBe('pass');
  });

  it('ticked boxes attest manual items by title or id, case- and markup-insensitively', () => {
    const normalise = (s: string) => s.toLowerCase().replace(/[`*_]/g, '').trim();
    const r = gate(input([], 'low', { attested: { keys: new Set(['backups tested', 'docs']), by: 'octocat', normalise } }));
    expect(r.items.filter((i) => i.kind === 'manual').map((i) => `${i.status}:${i.attestedBy}`)).toEqual(['attested:octocat', 'attested:octocat']);
  });

  it('a whole-file finding at line 1 is suppressed by the comment at the top of the file (a committed .env)', () => {
    const list = parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: envc, check: env-file-committed }\n');
    const file = 'services/frontend_react/.env';
    const suppressions = findSuppressions(file, '# preflight-ignore env-file-committed: public build-time variables only\nREACT_APP_API_URL=http://localhost:5000\n');
    const run = (sups: typeof suppressions) => gate({ ...input([]), items: plan(list, {}).map((p) => ({ planned: p, outcomes: [{ findings: [{ file, line: 1, message: `${file} is committed` }] }] })), suppressions: sups });
    const r = run(suppressions);
    expect(r.findings.map((f) => [f.file, f.line, f.suppressed === true])).toEqual([[file, 1, true]]);
    expect(r.items[0]!.status).toBe('pass');
    // Another id on that line, or a comment below the finding's line, suppresses nothing.
    expect(run(findSuppressions(file, '# preflight-ignore debug-mode: x\nA=1\n')).findings[0]!.suppressed).toBeUndefined();
    expect(run(findSuppressions(file, 'A=1\n# preflight-ignore env-file-committed: x\nB=2\n')).findings[0]!.suppressed).toBeUndefined();
  });

  it('baseline-known findings report but do not gate; the baseline shrinks when fixed', () => {
    const first = gate(input([{ findings: [{ message: 'no HSTS', url: 'https://x' }] }]));
    const fp = first.findings[0]!.fingerprint!;
    const r = gate(input([{ findings: [{ message: 'no HSTS', url: 'https://x' }] }], 'high', { gatesManual: false, baseline: { version: 2, counts: new Map([[fp, 1], ['gone', 1]]) } }));
    expect(r.findings[0]!.baseline).toBe(true);
    expect(r.result).toBe('pass');
    expect(r.counts.high).toBe(1); // only the pending 'backups' item: the known finding is left out
    expect(r.baselineFixed).toBe(1);
    // The item passes, and says why: a ✅ must not read as fixed.
    expect(r.items.find((i) => i.kind !== 'manual')).toMatchObject({ status: 'pass', reason: '1 known finding from the baseline (reported, not gating)' });
  });

  it('a finding with a subject is fingerprinted by it, not by its line; a secret by its hash; others by their line (QA27 D1)', () => {
    const at = (text: string, f: Partial<NonNullable<Outcome['findings']>[number]> = {}, baseline: GateInput['baseline'] = null) =>
      gate(input([{ findings: [{ message: 'm', file: 'Dockerfile', line: 3, ...f }] }], 'high', { lineText: () => text, baseline })).findings[0]!;
    const stage = { subject: 'stage final' };
    expect(at('FROM python:3.11', stage).fingerprint).toBe(at('FROM python:3.11.9@sha256:abc AS app', stage).fingerprint);
    expect(at('FROM python:3.11', stage).fingerprint).not.toBe(at('FROM python:3.11', { subject: 'stage build' }).fingerprint);
    // Without a subject, the line's text as before; a secret's value wins over a subject.
    expect(at('FROM python:3.11').fingerprint).not.toBe(at('FROM python:3.11.9').fingerprint);
    expect(at('ENV A=x', { subject: 'ENV A', secret: 's1' }).fingerprint).not.toBe(at('ENV A=x', { subject: 'ENV A', secret: 's2' }).fingerprint);
    // A version 1 baseline holds the line form: a subject finding still matches it, or an entry saying the same (image tags
    // aside) when its line changed; a version 2 baseline only the subject form. Line-identified findings never by message.
    const v1 = (fp: string, message = 'the final stage has no USER (base image python:3.11)') =>
      ({ version: 1 as const, counts: new Map([[fp, 1]]), legacy: new Map([[`hsts\0Dockerfile\0${message.replace(/:3\.11/, '')}`, [fp]]]) });
    const old = at('FROM python:3.11').fingerprint!; // what a version 1 file recorded
    expect(at('FROM python:3.11', stage, v1(old)).baseline).toBe(true);
    expect(at('FROM python:3.11.9', { ...stage, message: 'the final stage has no USER (base image python:3.11.9)' }, v1(old)).baseline).toBe(true);
    expect(at('FROM python:3.11.9', { ...stage, message: 'the final stage has no USER (base image node:20)' }, v1(old)).baseline).toBeUndefined();
    expect(at('FROM python:3.11', stage, { version: 2, counts: new Map([[old, 1]]) }).baseline).toBeUndefined();
    expect(at('FROM python:3.11.9', { message: 'the final stage has no USER (base image python:3.11.9)' }, v1(old)).baseline).toBeUndefined();
  });

  it('an item with one check skipped and the others passing passes, saying what was not verified', () => {
    const list = parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: tls, check: [tls-protocols-config, tls-version] }\n');
    const planned = plan(list, {});
    const r = gate({ ...input([]), items: [{ planned: planned[0]!, outcomes: [{ findings: [] }, { findings: [], skipped: 'no URL given' }] }] });
    expect(r.items[0]).toMatchObject({ status: 'pass', reason: 'partly verified: no URL given' });
    const none = gate({ ...input([]), items: [{ planned: planned[0]!, outcomes: [{ findings: [], skipped: 'no nginx or Node TLS config' }, { findings: [], skipped: 'no URL given' }] }] });
    expect(none.items[0]!.status).toBe('skipped');
  });
});

describe('gate: items that promise the same check', () => {
  it('share a located finding: reported and counted once, at the most severe item, and both items fail', () => {
    const list = parseYamlChecklist('d.yml', 'version: 1\nitems:\n  - { id: debug-off, check: debug-mode, severity: high }\n  - { id: never-debug, check: debug-mode }\n');
    const planned = plan(list, {});
    const hit = { file: 'Dockerfile', line: 6, column: 5, message: 'ENV FLASK_DEBUG=1 turns debug on' };
    const r = gate({ ...input([]), items: planned.map((p) => ({ planned: p, outcomes: [{ findings: [hit] }] })), failOn: 'critical' });
    expect(r.findings.map((f) => [f.item, f.severity])).toEqual([['never-debug', 'critical']]);
    expect(r.counts.critical).toBe(1);
    expect(r.items.map((i) => i.status)).toEqual(['fail', 'fail']);
    expect(r.result).toBe('fail');
  });
});

describe('gate: which item a shared finding is reported under', () => {
  it('at equal severity the item whose title speaks of it; the other item says where its findings are', () => {
    const list = parseYamlChecklist('d.yml', 'version: 1\nitems:\n  - { id: rabbit, title: Replace default RabbitMQ credentials (guest/guest), check: default-credentials }\n  - { id: pg, title: Replace default PostgreSQL credentials with secrets, check: default-credentials }\n');
    const planned = plan(list, {});
    const hit = { file: 'docker-compose.yml', line: 14, column: 26, message: "POSTGRES_PASSWORD (service 'db') is set to a well-known default value" };
    const r = gate({ ...input([]), items: planned.map((p) => ({ planned: p, outcomes: [{ findings: [hit] }] })) });
    expect(r.findings.map((f) => f.item)).toEqual(['pg']);
    expect(r.items.map((i) => [i.id, i.status, i.reason ?? null])).toEqual([
      ['rabbit', 'fail', "fails on the findings reported under 'pg' (a problem is reported once)"],
      ['pg', 'fail', null],
    ]);
  });
});

describe('parseBaseline: the wrong file is named as what it is (QA20)', () => {
  it('a JSON report or a SARIF log passed as --baseline says so; bad JSON names its line and column', async () => {
    const { parseBaseline } = await import('../../src/gate/baseline.js');
    const err = (text: string) => { try { parseBaseline(text, 'b.json'); } catch (e) { return (e as { format(): string }).format(); } return ''; };
    expect(err('{"version": 1, "tool": {"name": "preflight", "version": "0.1.0"}, "result": "pass", "findings": []}')).toMatch(/^b\.json:1:1: a Preflight JSON report, not a baseline: expected the file `preflight baseline --output FILE` writes/);
    expect(err('{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": []}')).toMatch(/^b\.json:1:1: a SARIF log, not a baseline/);
    expect(err('[]')).toMatch(/^b\.json:1:1: not a Preflight baseline: the file: .*expected object/);
    expect(err('{\n  "version": 1,\n  "findings": [\n    {"check": "x",}\n  ]\n}\n')).toMatch(/^b\.json:4:19: baseline is not valid JSON: Expected double-quoted property name/);
    // An unexpected token (V8 names no place for it) is located by reading the text, as repository JSON is.
    expect(err('{\n  "version": 1,\n  "findings": [\n    {"check": \'x\'}\n  ]\n}\n')).toMatch(/^b\.json:4:15: baseline is not valid JSON: Unexpected token/);
    // A schema problem names where it is (the entry, or the value), not just line 1 (QA24).
    expect(err('{\n  "version": 1,\n  "findings": [\n    {"check": "image-tag-pinned", "file": "Dockerfile", "fingerprint": "a1"},\n    {"check": "hsts", "file": null}\n  ]\n}\n')).toMatch(/^b\.json:5:5: not a Preflight baseline: findings\.1\.fingerprint: .*expected string/);
    expect(err('{\n  "version": 3,\n  "findings": []\n}\n')).toMatch(/^b\.json:2:14: not a Preflight baseline: version: /);
    // A baseline still reads, BOM or not, in both versions.
    expect(parseBaseline('\uFEFF{"version": 1, "tool": "preflight", "findings": [{"check": "x", "file": null, "fingerprint": "f"}]}', 'b.json').counts.get('f')).toBe(1);
    expect(parseBaseline('{"version": 2, "tool": "preflight", "findings": [{"check": "x", "file": null, "fingerprint": "f"}]}', 'b.json')).toMatchObject({ version: 2 });
  });
});
