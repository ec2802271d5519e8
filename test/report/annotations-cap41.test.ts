import { describe, expect, it } from 'vitest';
import { capAnnotations, toAnnotations } from '../../src/report/annotations.js';
import type { Finding, Report } from '../../src/types.js';

const finding = (check: string, file: string, line: number, severity: Finding['severity'] = 'high', extra: Partial<Finding> = {}): Finding =>
  ({ check, item: check, severity, file, line, column: 1, message: `${check} at ${file}:${line}`, ...extra }) as Finding;

const report = (findings: Finding[]): Pick<Report, 'findings' | 'failOn' | 'items'> =>
  ({ findings, failOn: 'critical', items: [...new Set(findings.map((f) => f.check))].map((id) => ({ id, title: id })) as Report['items'] });

// QA stop 41 (action10 O2): at GitHub's 1,000-annotation cap, 1,000 compose findings of one check hid another check's
// high findings in two Dockerfiles, of the same severity, because the kept ones were the first 1,000 in file order.
describe('capAnnotations', () => {
  it("gives each check of the tier the cap cuts a turn, after every more severe tier whole, and keeps the list's order", () => {
    const compose = Array.from({ length: 30 }, (_, i) => finding('resource-limits', 'a/compose.yml', i + 1, 'high'));
    const docker = [finding('dockerfile-non-root', 'z/Dockerfile', 3), finding('dockerfile-non-root', 'z2/Dockerfile', 1)];
    const critical = [finding('hardcoded-secret', 'm/app.py', 9, 'critical')];
    const low = [finding('restart-policy', 'a/compose.yml', 2, 'low')];
    const all = toAnnotations(report([...compose, ...docker, ...critical, ...low]));
    const kept = capAnnotations(all, 10);
    expect(kept).toHaveLength(10);
    // The critical tier whole, then both Dockerfile findings beside compose's first seven; the low tier is cut off.
    expect(kept[0]!.check).toBe('hardcoded-secret');
    expect(kept.filter((a) => a.check === 'dockerfile-non-root').map((a) => a.file)).toEqual(['z/Dockerfile', 'z2/Dockerfile']);
    expect(kept.filter((a) => a.check === 'resource-limits').map((a) => a.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(kept.some((a) => a.check === 'restart-policy')).toBe(false);
    // The order is toAnnotations' (a subsequence of it).
    const at = kept.map((a) => all.indexOf(a));
    expect(at).toEqual([...at].sort((x, y) => x - y));
  });

  it('keeps everything under the cap, and whole tiers that fit', () => {
    const list = toAnnotations(report([finding('a', 'x', 1), finding('b', 'y', 2, 'medium'), finding('b', 'y', 3, 'medium')]));
    expect(capAnnotations(list, 5)).toEqual(list);
    expect(capAnnotations(list, 1).map((a) => a.check)).toEqual(['a']);
    expect(capAnnotations(list, 2).map((a) => `${a.check}:${a.line}`)).toEqual(['a:1', 'b:2']);
  });

  it('puts notes and baseline-known findings in their own tier, after the new ones of their level', () => {
    const list = toAnnotations(report([
      finding('a', 'x', 1, 'high', { baseline: true }), finding('a', 'x', 2, 'high', { baseline: true }),
      finding('b', 'y', 1, 'high'), finding('c', 'z', 1, 'high'),
    ]));
    expect(capAnnotations(list, 3).map((a) => `${a.check}:${a.line}`)).toEqual(['b:1', 'c:1', 'a:1']);
  });
});

// Review C S2: a fork's pull request gets workflow-command annotations (10 per level): the same fairness across checks.
describe('fallback annotations share the cap fairly', () => {
  it('ten warnings of one check leave room for another check of the same severity', async () => {
    const { emitFallbackAnnotations } = await import('../../src/github/fallback.js');
    const compose = Array.from({ length: 30 }, (_, i) => finding('resource-limits', 'a/compose.yml', i + 1, 'medium'));
    const docker = [finding('dockerfile-healthcheck', 'z/Dockerfile', 1, 'medium'), finding('dockerfile-healthcheck', 'z2/Dockerfile', 1, 'medium')];
    const list = toAnnotations(report([...compose, ...docker]));
    const warnings: string[] = [];
    const omitted = emitFallbackAnnotations(list, { error: () => {}, notice: () => {}, warning: (m) => { warnings.push(m); } });
    expect(warnings).toHaveLength(10);
    expect(warnings.filter((m) => m.startsWith('dockerfile-healthcheck'))).toHaveLength(2);
    expect(omitted).toBe(22);
  });
});
