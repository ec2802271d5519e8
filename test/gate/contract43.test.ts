import { describe, expect, it } from 'vitest';
import { gate, type GateInput } from '../../src/gate/gate.js';
import { plan } from '../../src/gate/plan.js';
import { toBaseline, type Baseline } from '../../src/gate/baseline.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { summaryLine } from '../../src/report/summary.js';
import type { Outcome } from '../../src/engine/execute.js';
import { ConfigError, SEVERITIES, atLeast, type FailOn, type Report } from '../../src/types.js';

// QA stop 43 (contract1 D1–D3): an item's status when one check fails and another could not run; a baseline of live-probe
// entries in a run without probes; the first checklist errors in file order however many there are.

function gateOf(yaml: string, outcomes: Outcome[][], failOn: FailOn, extra: Partial<GateInput> = {}) {
  const planned = plan(parseYamlChecklist('p.yml', yaml), {});
  const input: GateInput = {
    version: '0.0.0',
    items: planned.map((p, i) => ({ planned: p, outcomes: outcomes[i] ?? p.checks.map(() => ({ findings: [] })) })),
    extra: [],
    failOn,
    gatesManual: true,
    attested: null,
    suppressions: [],
    baseline: null,
    lineText: (file, line) => (file === 'nginx/site.conf' && line === 6 ? '  ssl_protocols TLSv1 TLSv1.1 TLSv1.2;' : undefined),
    now: new Date('2026-12-01T00:00:00Z'),
    ...extra,
  };
  return gate(input) as Report;
}

/** What DESIGN says `counts` and `result` are: every finding (suppressed and known aside), `error` item and pending item. */
function byTheFormula(r: Report) {
  const counted = [...r.findings.filter((f) => !f.suppressed && !f.baseline).map((f) => f.severity),
    ...r.items.filter((i) => i.status === 'error' || i.status === 'pending').map((i) => i.severity)];
  const reached = r.findings.some((f) => !f.note && !f.suppressed && !f.baseline && atLeast(f.severity, r.failOn))
    || r.items.some((i) => (i.status === 'error' || i.status === 'pending') && atLeast(i.severity, r.failOn));
  return { counts: Object.fromEntries(SEVERITIES.map((s) => [s, counted.filter((c) => c === s).length])), result: reached ? 'fail' : 'pass' };
}

const TLS = 'version: 1\nfail-on: high\nitems:\n  - id: tls\n    title: Only TLS 1.2+ (config and live)\n    check: [tls-protocols-config, tls-version]\n';
const CONFIG_FAILS: Outcome = { findings: [{ file: 'nginx/site.conf', line: 6, column: 3, message: 'ssl_protocols allows TLSv1, TLSv1.1; use ssl_protocols TLSv1.2 TLSv1.3;' }] };
const REFUSED: Outcome = { findings: [], error: 'connection refused by 127.0.0.1:49950' };

describe('an item with several checks, one failing and one that could not run (contract1 D1)', () => {
  it('is `fail`; the part that could not run is said, counts at the item severity and still blocks', () => {
    const r = gateOf(TLS, [[CONFIG_FAILS, REFUSED]], 'high');
    expect(r.items[0]).toMatchObject({ id: 'tls', severity: 'high', status: 'fail' });
    const notRun = r.findings.find((f) => f.check === 'tls-version')!;
    expect(notRun).toMatchObject({ item: 'tls', severity: 'high', file: null, message: 'tls-version could not run: connection refused by 127.0.0.1:49950' });
    // The config failure is reported as before.
    expect(r.findings.find((f) => f.check === 'tls-protocols-config')).toMatchObject({ severity: 'medium', file: 'nginx/site.conf', line: 6 });
    // An unreachable URL blocks whatever the item's other check found: the verdict is the one the outage alone gives.
    expect(r.result).toBe('fail');
    expect(gateOf(TLS, [[{ findings: [] }, REFUSED]], 'high')).toMatchObject({ result: 'fail', items: [{ status: 'error' }] });
    // counts and result are what the findings and items say (DESIGN's formula).
    expect({ counts: r.counts, result: r.result }).toEqual(byTheFormula(r));
    expect(r.counts).toMatchObject({ high: 1, medium: 1 });
    expect(summaryLine(r)).toBe('Preflight FAILED: 1 high, 1 medium (1 item could not run in full) — fail-on: high');
  });

  it('the part that could not run is never recorded in, nor known by, a baseline', () => {
    const r = gateOf(TLS, [[CONFIG_FAILS, REFUSED]], 'high');
    const recorded = (JSON.parse(toBaseline(r)) as { findings: { check: string }[] }).findings.map((f) => f.check);
    expect(recorded).toEqual(['tls-protocols-config']);
    // Even a baseline holding its fingerprint (written by hand) does not make it known.
    const fp = r.findings.find((f) => f.check === 'tls-version')!.fingerprint!;
    const baseline: Baseline = { version: 2, counts: new Map([[fp, 1]]), entries: [{ fingerprint: fp, check: 'tls-version', file: null }] };
    const b = gateOf(TLS, [[CONFIG_FAILS, REFUSED]], 'high', { baseline });
    expect(b.findings.find((f) => f.check === 'tls-version')!.baseline).toBeUndefined();
    expect(b.result).toBe('fail');
  });

  it('stays `error` when the other check found nothing to fail on (a failure suppressed or in the baseline is none)', () => {
    const r = gateOf(TLS, [[{ findings: [{ message: 'a note', note: true, file: 'nginx/site.conf', line: 6 }] }, REFUSED]], 'high');
    expect(r.items[0]).toMatchObject({ status: 'error', reason: 'connection refused by 127.0.0.1:49950' });
    expect(r.findings.some((f) => f.check === 'tls-version')).toBe(false);
    expect({ counts: r.counts, result: r.result }).toEqual(byTheFormula(r));
  });

  it('a failing probe item and another probe of it that could not run: `fail`, at the item severity set in the checklist', () => {
    const list = 'version: 1\nitems:\n  - { id: edge, check: [https-redirect, hsts, tls-version], severity: low }\n';
    const r = gateOf(list, [[{ findings: [{ message: 'http://x/ does not redirect', url: 'http://x/' }] }, { findings: [], error: 'timed out' }, { findings: [], error: 'timed out' }]], 'low');
    expect(r.items[0]!.status).toBe('fail');
    expect(r.findings.filter((f) => f.item === 'edge').map((f) => `${f.severity} ${f.message}`).sort()).toEqual([
      'low hsts and tls-version could not run: timed out',
      'low http://x/ does not redirect',
    ]);
    expect({ counts: r.counts, result: r.result }).toEqual(byTheFormula(r));
  });
});

describe('a baseline matching nothing because its checks did not run (contract1 D2)', () => {
  const LIST = 'version: 1\nitems:\n  - { id: root, check: dockerfile-non-root }\n  - { id: hsts, check: hsts }\n  - { id: cookies, check: cookie-security }\n';
  const NO_URL: Outcome = { findings: [], skipped: 'no URL given (--url, the `url` input or probes.url)' };
  const entry = (check: string, fp: string, file: string | null = null) => ({ fingerprint: fp, check, file });
  const baselineOf = (entries: ReturnType<typeof entry>[]): Baseline => ({ version: 2, counts: new Map(entries.map((e) => [e.fingerprint, 1])), entries, file: 'baseline.json' });
  const run = (baseline: Baseline) => gateOf(LIST, [[{ findings: [] }], [NO_URL], [NO_URL]], 'low', { baseline, exists: () => false, wasHere: () => false });
  const config = (r: Report) => r.findings.filter((f) => f.check === 'config').map((f) => f.message);

  it('one of live-probe entries only says nothing in a run without a URL, and fails no gate', () => {
    const r = run(baselineOf([entry('hsts', 'a'.repeat(32)), entry('cookie-security', 'b'.repeat(32)), entry('cookie-security', 'c'.repeat(32))]));
    expect(config(r)).toEqual([]);
    expect(r.result).toBe('pass');
    expect(r.baselineFixed).toBe(0);
  });

  it('one whose entries are of checks that ran and match nothing still says so, counting only those', () => {
    const other = run(baselineOf([entry('dockerfile-non-root', 'd'.repeat(32), 'api/Dockerfile')]));
    expect(config(other)).toEqual([expect.stringMatching(/^baseline baseline\.json matches nothing here: none of its 1 entry is a finding of this run or names one of its files \(recorded in another repository/)]);
    expect(other.result).toBe('fail');
    const mixed = run(baselineOf([entry('dockerfile-non-root', 'd'.repeat(32), 'api/Dockerfile'), entry('hsts', 'a'.repeat(32)), entry('cookie-security', 'b'.repeat(32))]));
    expect(config(mixed)).toEqual([expect.stringMatching(/matches nothing here: none of its 1 entry for checks this run ran \(2 more are for checks it did not run\) is a finding of this run/)]);
  });

  it('a probe that ran and found nothing of a probe-only baseline: still said', () => {
    const r = gateOf(LIST, [[{ findings: [] }], [{ findings: [] }], [NO_URL]], 'low', { baseline: baselineOf([entry('hsts', 'a'.repeat(32))]), exists: () => false, wasHere: () => false });
    expect(config(r)).toEqual([expect.stringMatching(/matches nothing here: none of its 1 entry is a finding/)]);
  });
});

describe('more than ten checklist mistakes (contract1 D3)', () => {
  it('shows the first ten in file order: a top-level mistake before the items\' ones, the rest counted', () => {
    const items = Array.from({ length: 10 }, (_, i) => `  - id: i${i}\n    check: image-tag-pined${i}\n    sevrity: low\n`).join('');
    let err: ConfigError | undefined;
    try { parseYamlChecklist('c.yml', `version: 1\nfailon: high\nitems:\n${items}`); } catch (e) { err = e as ConfigError; }
    expect(err).toBeInstanceOf(ConfigError);
    const shown = err!.all().map((e) => e.format());
    expect(shown).toHaveLength(10);
    expect(shown[0]).toMatch(/^c\.yml:2:1: unknown key 'failon' \(did you mean 'fail-on'\?\)/);
    const lines = err!.all().map((e) => e.where!.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(err!.omitted).toBe(11);
    // The same with the top-level mistake at the end of the file.
    try { parseYamlChecklist('c.yml', `version: 1\nitems:\n${items}failon: high\n`); } catch (e) { err = e as ConfigError; }
    expect(err!.all().map((e) => e.where!.line)).toEqual([4, 5, 7, 8, 10, 11, 13, 14, 16, 17]);
  });
});
