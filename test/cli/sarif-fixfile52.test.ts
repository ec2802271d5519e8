// QA52 compose (observation): SARIF anchored env-file-not-ignored's finding without a file (JSON `file: null`) at `.gitignore:1`
// when the repository has no `.gitignore`: code scanning would show the alert at a file the checkout does not hold. The fix file
// is an anchor only when it exists; else the next anchor (the checklist item, the workflow) or a run notification.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { toSarif } from '../../src/report/sarif.js';
import { makeRepo } from '../helpers/repo.js';
import { sampleReport } from '../report/sample-report.js';

type Sarif = { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]; invocations: { toolExecutionNotifications?: { message: { text: string }; associatedRule: { id: string } }[] }[] }[] };

const where = (s: Sarif, rule: string) => s.runs[0]!.results.filter((r) => r.ruleId === rule).map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`);
const notified = (s: Sarif, rule: string) => (s.runs[0]!.invocations[0]!.toolExecutionNotifications ?? []).filter((n) => n.associatedRule.id === rule).length;

describe('SARIF: a finding without a file is never anchored at a fix file the repository lacks', () => {
  const report = () => {
    const r = sampleReport({ checklist: { file: null, format: 'preset' } });
    r.items.push({ id: 'gitignore', title: '.env is git-ignored', kind: 'static', check: 'env-file-not-ignored', severity: 'medium', status: 'fail' });
    r.findings.push({ check: 'env-file-not-ignored', item: 'gitignore', severity: 'medium', message: "no .gitignore ignores '.env'", file: null, line: null, column: null, url: null, fingerprint: 'fp-gi' });
    return r;
  };

  it('toSarif: .gitignore when it exists; else the checklist file, the workflow, or a run notification', () => {
    expect(where(toSarif(report(), { checklistFile: null, exists: (f) => f === '.gitignore' }) as Sarif, 'env-file-not-ignored')).toEqual(['.gitignore:1']);
    const none = toSarif(report(), { checklistFile: null, exists: () => false }) as Sarif;
    expect(where(none, 'env-file-not-ignored')).toEqual([]);
    expect(notified(none, 'env-file-not-ignored')).toBe(1);
    expect(where(toSarif(report(), { checklistFile: 'checklist.yml', exists: () => false }) as Sarif, 'env-file-not-ignored')).toEqual(['checklist.yml:1']);
    expect(where(toSarif(report(), { checklistFile: null, workflow: { file: '.github/workflows/ci.yml', line: 12 }, exists: () => false }) as Sarif, 'env-file-not-ignored')).toEqual(['.github/workflows/ci.yml:1']);
  });

  it('preflight --format sarif in a repository without .gitignore names no .gitignore', async () => {
    const dir = makeRepo({ 'app.py': 'print(1)\n' }, { '.env': 'SECRET_KEY=abc\n' });
    let stdout = '';
    const code = await main(['--dir', dir, '--format', 'sarif', '--fail-on', 'none'], { stdout: (s) => { stdout += s; }, stderr: () => {}, isTTY: false, env: {}, cwd: dir });
    expect(code).toBe(0);
    const sarif = JSON.parse(stdout) as Sarif;
    expect(JSON.stringify(sarif.runs[0]!.results)).not.toContain('.gitignore"');
    expect(notified(sarif, 'env-file-not-ignored')).toBe(1);
  });
});
