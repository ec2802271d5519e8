import { describe, expect, it } from 'vitest';
import { fingerprint, gate, type GateInput } from '../../src/gate/gate.js';
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

  // QA29 rubyetc D5: a finding's own fix (another stack's advice) is its fix line; without one, the check's docs give it.
  it("a finding's fix is its own when the check gives one, else the check's docs.fix", () => {
    const r = gate(input([{ findings: [{ message: 'a', fix: 'Do this instead.' }, { message: 'b' }] }], 'none'));
    expect(r.findings.map((f) => f.fix?.startsWith('Do this instead.'))).toEqual([true, false]);
    expect(r.findings[1]!.fix).toMatch(/Strict-Transport-Security|HSTS/i);
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

  // QA32 sarif2 D3: a preview URL per pull request (another host or port) re-opened every probe alert.
  it("a probe finding's fingerprint leaves the deployment's scheme, host and port out, not the path probed or what it says", () => {
    const fp = (url: string, message: string) => gate(input([{ findings: [{ message, url }] }], 'none')).findings[0]!.fingerprint!;
    const at = (origin: string) => [
      fp(`${origin}/`, `${origin}/ sends no Strict-Transport-Security header; add max-age=31536000`),
      fp(`${origin}/.env`, `${origin}/.env serves a .env file (KEY=VALUE lines); block it`),
      fp(origin, `the certificate of ${origin} is not valid for ${new URL(origin).host}: it covers example.org`),
      fp(`${origin}/`, `health endpoint /health did not answer: connection refused by ${new URL(origin).host}`),
    ];
    const staging = at('https://staging.example.com');
    expect(new Set(staging).size).toBe(4);
    expect(at('https://pr-12.preview.example.com')).toEqual(staging);
    expect(at('http://127.0.0.1:44001')).toEqual(staging);
    expect(at('https://user:pw@[::1]:8443')).toEqual(staging);
    // The path probed and what the message says still tell findings apart.
    expect(fp('https://staging.example.com/.git/config', 'https://staging.example.com/.git/config serves a .env file (KEY=VALUE lines); block it')).not.toBe(staging[1]);
    expect(fp('https://staging.example.com/', 'https://staging.example.com/ sends no X-Frame-Options header; add max-age=31536000')).not.toBe(staging[0]);
    // A host named as something else than the deployment (a certificate's names) is kept: `example.org` vs `example.net`.
    expect(fp('https://staging.example.com', 'the certificate of https://staging.example.com is not valid for staging.example.com: it covers example.net')).not.toBe(staging[2]);
    // A static check's finding without a line keeps its fingerprint (no URL: message as it is).
    expect(gate(input([{ findings: [{ message: 'no .gitignore' }] }], 'none')).findings[0]!.fingerprint).toBe(fingerprint('hsts', null, '\0no .gitignore'));
  });

  it('a baseline recorded when probe fingerprints named the host still knows its findings; re-recording writes the new form', () => {
    const url = 'https://staging.example.com/';
    const message = 'https://staging.example.com/ sends no Strict-Transport-Security header; add max-age=31536000';
    const old = fingerprint('hsts', null, `${url}\0${message.replace(/\d+/g, '0')}`);
    for (const version of [1, 2] as const) {
      const r = gate(input([{ findings: [{ message, url }] }], 'high', { gatesManual: false, baseline: { version, counts: new Map([[old, 1]]) } }));
      expect(r.findings[0]!.fingerprint, String(version)).not.toBe(old);
      expect(r.findings[0]!.baseline, String(version)).toBe(true);
      expect(r.baselineFixed, String(version)).toBe(0);
    }
    // Taken once: the same old entry does not also know the finding at another host.
    const two = gate(input([{ findings: [{ message, url }, { message: message.replace('staging', 'other'), url: url.replace('staging', 'other') }] }], 'high', { gatesManual: false, baseline: { version: 2, counts: new Map([[old, 1]]) } }));
    expect(two.findings.map((f) => f.baseline ?? false)).toEqual([true, false]);
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

  // QA31 robust4 D1: a one-line JSON `List` of 4000 Deployments (975 KB, 12,000 findings on line 1) took 96 s: every
  // finding normalised and hashed the whole line again. Each line is now read, normalised and hashed once per run.
  it('QA31 robust4 D1: many findings on one long line read, normalise and hash that line once; fingerprints unchanged', () => {
    const line = `{"apiVersion": "v1", "kind": "List", "items": [${'{"kind":  "Deployment"}, '.repeat(4000)}]}`;
    // Counts how often the line is normalised (the gate trims it first; the line itself is a string to everything else).
    let reads = 0;
    const counted = { trim: () => { reads++; return line.trim(); } } as unknown as string;
    const lineText = (f: string, l: number) => (f === 'list.json' && l === 1 ? counted : undefined);
    const n = 500;
    const findings = Array.from({ length: n }, (_, i) => ({ message: `Deployment 'd${i}' has no probe`, file: 'list.json', line: 1, column: 50 + i }));
    const r = gate(input([{ findings: [...findings, { message: 'a note', file: 'list.json', line: 1, column: 2, note: true }] }], 'high', { lineText }));
    expect(reads).toBe(1);
    const fps = r.findings.filter((f) => f.check === 'hsts').map((f) => f.fingerprint);
    expect(fps.length).toBe(n + 1);
    // As before: the check, the file and the line's text with its whitespace collapsed; a note told apart.
    expect(new Set(fps.slice(0, n))).toEqual(new Set([fingerprint('hsts', 'list.json', line.trim().replace(/\s+/g, ' '))]));
    expect(fps[n]).toBe(fingerprint('hsts', 'list.json', `${line.trim().replace(/\s+/g, ' ')}\0note`));
    // Another line of the same file is its own line; a baseline's tie-break among equal fingerprints reads each line once too.
    reads = 0;
    const base = { version: 2 as const, counts: new Map([[fps[0]!, 2]]), entries: [{ fingerprint: fps[0]!, check: 'hsts', file: 'list.json', line: 1, lineHash: 'x' }, { fingerprint: fps[0]!, check: 'hsts', file: 'list.json', line: 1, lineHash: 'x' }] };
    const b = gate(input([{ findings }], 'high', { lineText, baseline: base }));
    expect(b.findings.filter((f) => f.baseline).length).toBe(2);
    expect(reads).toBe(1);
  });

  it('QA28 docsaudit D5: a multi-check item whose checks error for the same reason says it once', () => {
    const list = parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: edge, check: [https-redirect, hsts, tls-version] }\n');
    const planned = plan(list, {});
    const run = (outcomes: Outcome[]) => gate({ ...input([]), items: [{ planned: planned[0]!, outcomes }] }).items[0]!;
    const dns = 'DNS lookup failed for staging.example.com';
    expect(run([{ findings: [], error: dns }, { findings: [], error: dns }, { findings: [], error: dns }])).toMatchObject({ status: 'error', reason: dns });
    // Different reasons are all kept, in order.
    expect(run([{ findings: [], error: dns }, { findings: [], error: 'TLS handshake timed out' }, { findings: [], error: dns }]).reason).toBe(`${dns}; TLS handshake timed out`);
  });

  it('QA27 full D4: an item passes only when all its checks pass; one part skipped and none failed makes it skipped, saying which part passed and which did not run', () => {
    const list = parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: tls, check: [tls-protocols-config, tls-version] }\n');
    const planned = plan(list, {});
    const noUrl = 'no URL given (--url, the `url` input or probes.url)';
    const run = (outcomes: Outcome[], extra: Partial<GateInput> = {}) => gate({ ...input([]), ...extra, items: [{ planned: planned[0]!, outcomes }] });
    const r = run([{ findings: [] }, { findings: [], skipped: noUrl }]);
    expect(r.items[0]).toMatchObject({ status: 'skipped', reason: `tls-protocols-config passed; tls-version skipped: ${noUrl}` });
    // Skipped items do not gate, and are no failures in the counts.
    expect(r.result).toBe('pass');
    expect(Object.values(r.counts).every((n) => n === 0)).toBe(true);
    // A failure of the part that ran fails the item (and the gate), whatever the other part did.
    const failed = run([{ findings: [{ message: 'ssl_protocols allows TLSv1', file: 'nginx.conf', line: 3 }] }, { findings: [], skipped: noUrl }], { failOn: 'medium' });
    expect(failed.items[0]).toMatchObject({ status: 'fail' });
    expect(failed.result).toBe('fail');
    // A failure the baseline knows: the item is skipped all the same, and says so.
    const fp = run([{ findings: [{ message: 'ssl_protocols allows TLSv1', file: 'nginx.conf', line: 3 }] }, { findings: [] }]).findings[0]!.fingerprint!;
    const known = run([{ findings: [{ message: 'ssl_protocols allows TLSv1', file: 'nginx.conf', line: 3 }] }, { findings: [], skipped: noUrl }], { baseline: { version: 2, counts: new Map([[fp, 1]]) } });
    expect(known.items[0]).toMatchObject({ status: 'skipped', reason: `tls-protocols-config passed; tls-version skipped: ${noUrl}; 1 known finding from the baseline (reported, not gating)` });
    // Both parts ran: a plain pass. Both skipped: skipped, with the reasons.
    expect(run([{ findings: [] }, { findings: [] }]).items[0]).toMatchObject({ status: 'pass' });
    expect(run([{ findings: [] }, { findings: [] }]).items[0]!.reason).toBeUndefined();
    const none = run([{ findings: [], skipped: 'no nginx or Node TLS config' }, { findings: [], skipped: noUrl }]);
    expect(none.items[0]).toMatchObject({ status: 'skipped', reason: `${noUrl}; tls-protocols-config skipped: no nginx or Node TLS config` });
    // A static part with nothing of its kind to judge holds vacuously: a Dockerfile-only repository passes an item
    // that also names the Kubernetes check, and says which part had nothing to judge.
    const nonRoot = plan(parseYamlChecklist('p.yml', 'version: 1\nitems:\n  - { id: nr, check: [dockerfile-non-root, k8s-run-as-non-root] }\n'), {});
    const vac = gate({ ...input([]), items: [{ planned: nonRoot[0]!, outcomes: [{ findings: [] }, { findings: [], skipped: 'no Kubernetes workloads' }] }] });
    expect(vac.items[0]).toMatchObject({ status: 'pass', reason: 'k8s-run-as-non-root skipped: no Kubernetes workloads' });
    const bothVac = gate({ ...input([]), items: [{ planned: nonRoot[0]!, outcomes: [{ findings: [], skipped: 'no Dockerfile' }, { findings: [], skipped: 'no Kubernetes workloads' }] }] });
    expect(bothVac.items[0]).toMatchObject({ status: 'skipped', reason: 'dockerfile-non-root skipped: no Dockerfile; k8s-run-as-non-root skipped: no Kubernetes workloads' });
    // A part switched off has not passed either.
    const off = plan(list, { 'tls-version': 'off' });
    const switched = gate({ ...input([]), items: [{ planned: off[0]!, outcomes: [{ findings: [] }, { findings: [] }] }] });
    expect(switched.items[0]!.status).toBe('skipped');
    expect(switched.items[0]!.reason).toMatch(/^tls-protocols-config passed; tls-version switched off/);
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
    expect(err('[]')).toMatch(/^b\.json:1:1: not a Preflight baseline \(the file: expected an object \(\{…\}\), got an array\)/);
    expect(err('{\n  "version": 1,\n  "findings": [\n    {"check": "x",}\n  ]\n}\n')).toMatch(/^b\.json:4:19: baseline is not valid JSON: Expected double-quoted property name/);
    // An unexpected token (V8 names no place for it) is located by reading the text, as repository JSON is.
    expect(err('{\n  "version": 1,\n  "findings": [\n    {"check": \'x\'}\n  ]\n}\n')).toMatch(/^b\.json:4:15: baseline is not valid JSON: Unexpected token/);
    // A schema problem names where it is (the entry, or the value), not just line 1 (QA24).
    expect(err('{\n  "version": 1,\n  "findings": [\n    {"check": "image-tag-pinned", "file": "Dockerfile", "fingerprint": "a1"},\n    {"check": "hsts", "file": null}\n  ]\n}\n')).toMatch(/^b\.json:5:5: not a Preflight baseline \(findings\.1\.fingerprint: missing required key 'fingerprint'\)/);
    // A later format is a newer release's baseline, not "not a baseline" (QA36); a version of no format still is that.
    expect(err('{\n  "version": 3,\n  "findings": []\n}\n')).toMatch(/^b\.json:2:14: baseline written by a newer Preflight \(format 3\); this one reads format 2 and earlier — upgrade/);
    expect(err('{\n  "version": 0,\n  "findings": []\n}\n')).toMatch(/^b\.json:2:14: not a Preflight baseline \(version: expected 1 or 2, got number 0\)/);
    // A baseline still reads, BOM or not, in both versions.
    expect(parseBaseline('\uFEFF{"version": 1, "tool": "preflight", "findings": [{"check": "x", "file": null, "fingerprint": "f"}]}', 'b.json').counts.get('f')).toBe(1);
    expect(parseBaseline('{"version": 2, "tool": "preflight", "findings": [{"check": "x", "file": null, "fingerprint": "f"}]}', 'b.json')).toMatchObject({ version: 2 });
  });
});

describe('gate: a suppression that matches no finding (QA stop 27, D3)', () => {
  const lines = (text: string) => text.split('\n');
  /** Runs items over outcomes, one per check in item order; `files` gives the suppressions and line texts. */
  const run = (checklist: string, outcomes: Outcome[], files: Record<string, string>, extra: Partial<GateInput> = {}) => {
    let k = 0;
    const planned = plan(parseYamlChecklist('c.yml', checklist), {});
    return gate({
      ...input([]),
      items: planned.map((p) => ({ planned: p, outcomes: p.checks.map(() => outcomes[k++] ?? { findings: [] }) })),
      suppressions: Object.entries(files).flatMap(([f, t]) => findSuppressions(f, t)),
      lineText: (f, l) => (files[f] ? lines(files[f]!)[l - 1] : undefined),
      ...extra,
    });
  };
  const unused = (r: ReturnType<typeof gate>) => r.findings.filter((f) => f.check === 'config').map((f) => `${f.file}:${f.line} ${f.severity} ${f.message}`);
  const PIN = 'version: 1\nitems:\n  - { id: pin, check: image-tag-pinned }\n';
  const docker = '# preflight-ignore image-tag-pinned: vendor image\n\nFROM vendor/tool\n';

  it('is reported (low) when the check ran over its file: a blank line between it and the finding', () => {
    const r = run(PIN, [{ findings: [{ file: 'Dockerfile', line: 3, message: 'FROM vendor/tool has no tag' }] }], { Dockerfile: docker });
    expect(r.findings.find((f) => f.check === 'image-tag-pinned')!.suppressed).toBeUndefined();
    expect(unused(r)).toEqual(['Dockerfile:1 low preflight-ignore image-tag-pinned matched no finding on the next line or this line, so it suppresses nothing: put it on a line of its own before the finding, or remove it if the problem is gone']);
    // Also once the problem is gone (the check ran and found nothing), and per id of a comment naming several.
    const py = 'app = Flask(__name__)\nCORS(app, origins=["https://a.example"])  # preflight-ignore cors-wildcard, debug-mode: x\n';
    const two = run('version: 1\nitems:\n  - { id: cors, check: cors-wildcard }\n  - { id: dbg, check: debug-mode }\n', [{ findings: [] }, { findings: [] }], { 'app.py': py });
    expect(unused(two)).toEqual([expect.stringMatching(/^app\.py:2 low preflight-ignore cors-wildcard matched no finding/), expect.stringMatching(/^app\.py:2 low preflight-ignore debug-mode matched no finding/)]);
    expect(unused(two)[0]).toMatch(/put it on the line before the finding or at the end of its line/);
  });

  it('is not reported where the check did not judge the file: not run, switched off, skipped, failed, out of scope, unparsable', () => {
    const hit = { findings: [{ file: 'Dockerfile', line: 3, message: 'x' }] };
    // No item runs the check (another does run).
    expect(unused(run('version: 1\nitems:\n  - { id: root, check: dockerfile-non-root }\n', [{ findings: [] }], { Dockerfile: docker }))).toEqual([]);
    expect(unused(run('version: 1\nitems:\n  - { id: pin, check: image-tag-pinned, severity: off }\n', [], { Dockerfile: docker }))).toEqual([]);
    expect(unused(run(PIN, [{ findings: [], skipped: 'no Dockerfile or compose file' }], { Dockerfile: docker }))).toEqual([]);
    expect(unused(run(PIN, [{ findings: [], error: 'check failed' }], { Dockerfile: docker }))).toEqual([]);
    expect(unused(run('version: 1\nitems:\n  - { id: pin, check: image-tag-pinned, paths: [services/**] }\n', [{ findings: [] }], { Dockerfile: docker }))).toEqual([]);
    expect(unused(run('version: 1\nignore: [vendor/**]\nitems:\n  - { id: pin, check: image-tag-pinned }\n', [{ findings: [] }], { 'vendor/Dockerfile': docker }))).toEqual([]);
    // In scope of one item of two, it is judged.
    expect(unused(run('version: 1\nitems:\n  - { id: a, check: image-tag-pinned, paths: [services/**] }\n  - { id: b, check: image-tag-pinned }\n', [{ findings: [] }, { findings: [] }], { Dockerfile: docker }))).toHaveLength(1);
    const broken = { check: 'parse-error', item: null, severity: 'info' as const, note: true, message: 'Dockerfile was not checked: templated', file: 'Dockerfile', line: 1, column: 1, url: null };
    expect(unused(run(PIN, [{ findings: [] }], { Dockerfile: docker }, { extra: [broken] }))).toEqual([]);
    // A file the check deliberately does not judge (a test folder's Dockerfile: CheckDef.judges), QA 27 newrules D5.
    const fixtures = { 'tests/fixtures/Dockerfile': docker, Dockerfile: docker };
    expect(unused(run(PIN, [{ findings: [] }], fixtures, { judges: (check, file) => !(check === 'image-tag-pinned' && file.startsWith('tests/')) }))).toEqual([expect.stringMatching(/^Dockerfile:1 low /)]);
    // A reserved id (parse-error) is about no check that runs over files.
    expect(unused(run(PIN, [hit], { Dockerfile: '# preflight-ignore parse-error: x\nFROM a:1\nFROM b\n' }))).toEqual([]);
  });

  it('is not reported when it matched, expired or covered by another one too', () => {
    const hit = { findings: [{ file: 'Dockerfile', line: 2, message: 'FROM vendor/tool has no tag' }] };
    expect(unused(run(PIN, [hit], { Dockerfile: '# preflight-ignore image-tag-pinned: vendor\nFROM vendor/tool\n' }))).toEqual([]);
    // Expired: reported as expired (once), not as matching nothing.
    expect(unused(run(PIN, [hit], { Dockerfile: '# preflight-ignore image-tag-pinned until 2020-01-01: vendor\nFROM vendor/tool\n' }))).toEqual([expect.stringMatching(/^Dockerfile:1 low suppression of 'image-tag-pinned' expired on 2020-01-01; /)]);
    // QA32 baseline2 D1: one naming several checks names every one whose finding came back, not the first alone.
    const both = 'version: 1\nitems:\n  - { id: pin, check: image-tag-pinned }\n  - { id: root, check: dockerfile-non-root }\n';
    const listed = '# preflight-ignore image-tag-pinned, dockerfile-non-root until 2020-01-01: legacy base\nFROM python:latest\n';
    const rootHit = { findings: [{ file: 'Dockerfile', line: 2, message: 'the final stage runs as root' }] };
    const expired = run(both, [{ findings: [{ file: 'Dockerfile', line: 2, message: 'FROM python:latest' }] }, rootHit], { Dockerfile: listed });
    expect(expired.findings.filter((f) => f.check !== 'config').map((f) => f.suppressed)).toEqual([undefined, undefined]);
    expect(unused(expired)).toEqual(["Dockerfile:1 low suppression of 'image-tag-pinned' and 'dockerfile-non-root' expired on 2020-01-01; their findings are reported again — fix them or extend the date"]);
    // Only one of them had a finding: that one is named, the other matched nothing (said as for any suppression).
    expect(unused(run(both, [{ findings: [] }, rootHit], { Dockerfile: listed }))).toEqual([
      "Dockerfile:1 low suppression of 'dockerfile-non-root' expired on 2020-01-01; the finding is reported again — fix it or extend the date",
      expect.stringMatching(/^Dockerfile:1 low preflight-ignore image-tag-pinned matched no finding/),
    ]);
    // QA32 baseline2 D3: `until` after the colon is reason text: the suppression applies and never expires, which is said.
    const late = run(PIN, [hit], { Dockerfile: '# preflight-ignore image-tag-pinned: base image EOL until 2024-01-31\nFROM vendor/tool\n' });
    expect(late.findings.find((f) => f.check === 'image-tag-pinned')!.suppressed).toBe(true);
    expect(unused(late)).toEqual(["Dockerfile:1 low preflight-ignore 'until 2024-01-31' is after the colon, part of the reason, so the suppression never expires (it applies although that date has passed): `until` goes before the colon — `preflight-ignore image-tag-pinned until 2024-01-31: base image EOL`"]);
    expect(unused(run(PIN, [hit], { Dockerfile: '# preflight-ignore image-tag-pinned: until 2099-01-31\nFROM vendor/tool\n' }))).toEqual(["Dockerfile:1 low preflight-ignore 'until 2099-01-31' is after the colon, part of the reason, so the suppression never expires: `until` goes before the colon — `preflight-ignore image-tag-pinned until 2099-01-31: …`"]);
    // Two that both cover the finding (stacked, or one above the block and one on the line): neither is unused.
    const compose = 'services:\n  # preflight-ignore database-port-exposed: BI tooling\n  db:\n    ports:\n      - "5432:5432"  # preflight-ignore database-port-exposed: VPN only\n';
    const port = { findings: [{ file: 'compose.yml', line: 5, message: "compose service 'db' publishes 5432" }] };
    const r = run('version: 1\nitems:\n  - { id: port, check: database-port-exposed }\n', [port], { 'compose.yml': compose });
    expect(r.findings.find((f) => f.check === 'database-port-exposed')!.suppressed).toBe(true);
    expect(unused(r)).toEqual([]);
    // A trailing one on the key that opens the block suppresses the finding inside it.
    const inside = { findings: [{ file: 'compose.yml', line: 4, message: "compose service 'db' publishes 5432" }] };
    const trailing = run('version: 1\nitems:\n  - { id: port, check: database-port-exposed }\n', [inside], { 'compose.yml': 'services:\n  db:  # preflight-ignore database-port-exposed: BI tooling\n    ports:\n      - "5432:5432"\n' });
    expect(trailing.findings.map((f) => [f.check, f.suppressed ?? false])).toEqual([['database-port-exposed', true]]);
  });

  it('QA 27 newrules D4: a secret in a Markdown code block is suppressed by a comment of the block\'s language; the advice says so', () => {
    const SECRET = 'version: 1\nitems:\n  - { id: sec, check: hardcoded-secret }\n';
    const readme = [
      '# Acme', '', '```sh', '# preflight-ignore hardcoded-secret: revoked demo token', 'export GITHUB_TOKEN=ghp_x', '```', '',
      '```sh', 'export NPM_TOKEN=npm_y  # preflight-ignore hardcoded-secret: revoked', '```', '',
      '<!-- preflight-ignore hardcoded-secret: example token -->', '```sh', 'export SLACK_TOKEN=xoxb-z', '```', '',
      '```text', '# preflight-ignore CHECK-ID: reason', '```', '```sh', '# preflight-ignore CHECK-ID: reason', 'echo hi', '```', '',
      '<!-- preflight-ignore hardcoded-secret: gone -->', 'Nothing here.', '',
    ].join('\n');
    const hits = { findings: [5, 9, 14].map((line) => ({ file: 'README.md', line, message: `token on line ${line}` })) };
    const r = run(SECRET, [hits], { 'README.md': readme });
    expect(r.findings.filter((f) => f.check === 'hardcoded-secret').map((f) => [f.line, f.suppressed ?? false])).toEqual([[5, true], [9, true], [14, false]]);
    // The HTML comment above the fence names where to write it; one in prose names both placements; the syntax shown in
    // a code block (an id no check has) is not reported.
    expect(unused(r)).toEqual([
      'README.md:12 low preflight-ignore hardcoded-secret matched no finding on the next line or this line, so it suppresses nothing: put it inside the fenced code block below, as a comment of its language on the line before the finding or at the end of its line (`# preflight-ignore hardcoded-secret: …`): an HTML comment above a fence covers none of its lines, or remove it if the problem is gone',
      'README.md:25 low preflight-ignore hardcoded-secret matched no finding on the next line or this line, so it suppresses nothing: put it on the line before the finding or at the end of its line (in a fenced code block, as a comment of the block\'s language: `# preflight-ignore hardcoded-secret: …`), or remove it if the problem is gone',
    ]);
    // In a ```dotenv block, as in a .env file, only on a line of its own; a misplaced one there says so.
    const env = run(SECRET, [{ findings: [{ file: 'README.md', line: 4, message: 'token' }] }], { 'README.md': '```dotenv\n# preflight-ignore hardcoded-secret: demo\n\nTOKEN=ghp_x\n```\n' });
    expect(unused(env)).toEqual([expect.stringContaining('put it on a line of its own before the finding, or remove it')]);
    // Outside Markdown, code files keep their advice and an unknown id is reported.
    expect(unused(run(SECRET, [{ findings: [] }], { 'app.py': '# preflight-ignore hardcoded-secre: x\nKEY = 1\n' }))).toEqual([expect.stringMatching(/^app\.py:1 low preflight-ignore names unknown check 'hardcoded-secre'/)]);
  });

  it('a finding on a .env line that ends in a preflight-ignore naming its check says the comment suppresses nothing (D6)', () => {
    const env = '# preflight-ignore debug-mode: staging slot\nDEBUG=1\nFLASK_ENV=development # preflight-ignore debug-mode: legacy\nLOG=debug # preflight-ignore hardcoded-secret: x\n';
    const r = run('version: 1\nitems:\n  - { id: dbg, check: debug-mode }\n', [{ findings: [2, 3, 4].map((line) => ({ file: '.env.production', line, message: `line ${line} turns debug on` })) }], { '.env.production': env });
    expect(r.findings.filter((f) => f.check === 'debug-mode').map((f) => [f.line, f.suppressed ?? false, f.message])).toEqual([
      [2, true, 'line 2 turns debug on'],
      [3, false, 'line 3 turns debug on; the preflight-ignore at the end of the line suppresses nothing there: in a .env file a trailing # can be part of the value, so a suppression goes on a line of its own before the variable'],
      // A trailing comment naming another check is not about this finding.
      [4, false, 'line 4 turns debug on'],
    ]);
  });

  // QA27 contract D1: the README promises the same for a Dockerfile line that parses (a shell-form CMD or RUN, where the
  // `#` goes to the shell): the comment suppresses nothing and the finding says so.
  it('a finding on a Dockerfile line that ends in a preflight-ignore naming its check says the comment suppresses nothing (D1)', () => {
    const docker = [
      'FROM python:3.12-slim',
      'CMD flask run --host 0.0.0.0 # preflight-ignore production-server: trailing',
      'RUN echo "# preflight-ignore production-server: text" && flask run',
      'CMD flask run \\',
      '  --host 0.0.0.0 # preflight-ignore production-server: on the continuation',
      'CMD flask run --host 0.0.0.0 # preflight-ignore debug-mode: another check',
      'CMD flask run --host 0.0.0.0',
      'ENTRYPOINT ["x"] # preflight-ignore production-server: next instruction',
      '# preflight-ignore production-server: own line',
      'CMD flask run',
    ].join('\n');
    const r = run('version: 1\nitems:\n  - { id: srv, check: production-server }\n', [{ findings: [2, 3, 4, 6, 7, 10].map((line) => ({ file: 'Dockerfile', line, message: `line ${line} dev server` })) }], { Dockerfile: docker });
    const hint = '; the preflight-ignore at the end of the line suppresses nothing there: a Dockerfile has no trailing comments (the # and what follows are part of the instruction, a comment of its shell command in a RUN or CMD), so a suppression goes on a line of its own before the instruction';
    expect(r.findings.filter((f) => f.check === 'production-server').map((f) => [f.line, f.suppressed ?? false, f.message])).toEqual([
      [2, false, `line 2 dev server${hint}`],
      // Inside a quoted string it is text, not a comment.
      [3, false, 'line 3 dev server'],
      // On a continuation line of the same instruction.
      [4, false, `line 4 dev server${hint}`],
      // Naming another check; and the next instruction's comment is not this one's.
      [6, false, 'line 6 dev server'],
      [7, false, 'line 7 dev server'],
      // A suppression on a line of its own still suppresses.
      [10, true, 'line 10 dev server'],
    ]);
    // A message that already says it (a Dockerfile ENV value holding the comment) does not say it twice.
    const env = run('version: 1\nitems:\n  - { id: dbg, check: debug-mode }\n', [{ findings: [{ file: 'Dockerfile', line: 2, message: 'FLASK_DEBUG is on; the preflight-ignore in it suppresses nothing there: a Dockerfile suppression goes on a line of its own before the instruction' }] }], { Dockerfile: 'FROM python:3.12\nENV FLASK_DEBUG 1 # preflight-ignore debug-mode: x\n' });
    expect(env.findings.filter((f) => f.check === 'debug-mode').map((f) => f.message.match(/suppresses nothing/g)?.length)).toEqual([1]);
    // A Windows Dockerfile's escape character (`# escape=\``) continues the instruction as the suppression reader reads it.
    const win = ['# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'CMD flask run `', '  --host 0.0.0.0 # preflight-ignore production-server: on the continuation'].join('\n');
    const w = run('version: 1\nitems:\n  - { id: srv, check: production-server }\n', [{ findings: [{ file: 'Dockerfile', line: 3, message: 'line 3 dev server' }] }], { Dockerfile: win });
    expect(w.findings.filter((f) => f.check === 'production-server').map((f) => f.message)).toEqual([`line 3 dev server${hint}`]);
  });
});
