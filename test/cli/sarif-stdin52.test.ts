// QA52 review R5: `--checklist -` with `--format sarif` anchored every finding without a file at `<stdin>` (the report's
// name for standard input), a file the checkout does not have, so code scanning showed those alerts nowhere. A checklist
// read from standard input (or from a FIFO) is no anchor: such a finding goes to its fix file when the repository has
// it, else to the workflow running Preflight, else it is a run notification.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { sarifChecklistFile, toSarif } from '../../src/report/sarif.js';
import { makeRepo } from '../helpers/repo.js';
import { sampleReport } from '../report/sample-report.js';

type Sarif = { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]; invocations: { toolExecutionNotifications?: { associatedRule: { id: string } }[] }[] }[] };

const CHECKLIST = 'version: 1\nitems:\n  - id: backups\n    title: Backups restored in a drill\n  - id: env\n    check: env-file-not-ignored\n';
const where = (s: Sarif, rule: string) => s.runs[0]!.results.filter((r) => r.ruleId === rule).map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`);
const notified = (s: Sarif, rule: string) => (s.runs[0]!.invocations[0]!.toolExecutionNotifications ?? []).filter((n) => n.associatedRule.id === rule).length;
const WORKFLOW = 'on: [push]\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: preflight --checklist - --format sarif < list.yml\n';
const ACTIONS = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/shop', GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ci.yml@refs/heads/main', GITHUB_JOB: 'gate' };

async function sarif(args: string[], cwd: string, env: Record<string, string> = {}, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--format', 'sarif', '--no-probes', '--fail-on', 'none'], { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd, ...(stdin === undefined ? {} : { stdin: () => stdin }) });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return { log: JSON.parse(stdout) as Sarif };
}

describe('SARIF of a checklist read from standard input or a FIFO (QA52 review R5)', () => {
  it('sarifChecklistFile: <stdin> and a FIFO are no anchor; a file of the repository is', () => {
    const root = makeRepo({ 'list.yml': CHECKLIST });
    execFileSync('mkfifo', [path.join(root, 'gen')]);
    expect(sarifChecklistFile('<stdin>')).toBeNull();
    expect(sarifChecklistFile('<stdin>', root)).toBeNull();
    expect(sarifChecklistFile('gen', root)).toBeNull();
    expect(sarifChecklistFile('../team.yml', root)).toBeNull();
    expect(sarifChecklistFile('list.yml', root)).toBe('list.yml');
    // A tracked checklist a sparse checkout leaves out stays the repository's file.
    expect(sarifChecklistFile('missing.yml', root)).toBe('missing.yml');
    const r = sampleReport({ checklist: { file: '<stdin>', format: 'yaml' } });
    r.items.push({ id: 'env', title: 'env', kind: 'static', check: 'env-file-not-ignored', severity: 'medium', status: 'fail', source: { file: '<stdin>', line: 5 } } as (typeof r.items)[number]);
    r.findings.push({ check: 'env-file-not-ignored', item: 'env', severity: 'medium', message: "no .gitignore ignores '.env'", file: null, line: null, column: null, url: null, fingerprint: 'fp-gi' });
    const log = toSarif(r, { checklistFile: '<stdin>', exists: () => false }) as Sarif;
    expect(JSON.stringify(log.runs[0]!.results)).not.toContain('stdin');
    expect(where(log, 'env-file-not-ignored')).toEqual([]);
    expect(notified(log, 'env-file-not-ignored')).toBe(1);
  });

  it('--checklist -: no <stdin> URI; the fix file, else the workflow, else a notification', async () => {
    const bare = makeRepo({ 'app.py': 'print(1)\n' }, { '.env': 'SECRET_KEY=abc\n' });
    const none = await sarif(['--checklist', '-'], bare, {}, CHECKLIST);
    expect(JSON.stringify(none.log.runs[0]!.results)).not.toMatch(/%3Cstdin%3E|<stdin>/);
    expect(where(none.log, 'env-file-not-ignored')).toEqual([]);
    expect(notified(none.log, 'env-file-not-ignored')).toBe(1);

    const withIgnore = makeRepo({ 'app.py': 'print(1)\n', '.gitignore': 'node_modules/\n' }, { '.env': 'SECRET_KEY=abc\n' });
    const fix = await sarif(['--checklist', '-'], withIgnore, {}, CHECKLIST);
    expect(JSON.stringify(fix.log.runs[0]!.results)).not.toMatch(/%3Cstdin%3E|<stdin>/);
    expect(where(fix.log, 'env-file-not-ignored')).toEqual(['.gitignore:1']);

    const inActions = makeRepo({ 'app.py': 'print(1)\n', '.github/workflows/ci.yml': WORKFLOW }, { '.env': 'SECRET_KEY=abc\n' });
    const wf = await sarif(['--checklist', '-'], inActions, ACTIONS, CHECKLIST);
    expect(JSON.stringify(wf.log.runs[0]!.results)).not.toMatch(/%3Cstdin%3E|<stdin>/);
    expect(where(wf.log, 'env-file-not-ignored')).toEqual(['.github/workflows/ci.yml:1']);
  });

  it('--checklist FIFO: the FIFO is no anchor either', async () => {
    const dir = makeRepo({ 'app.py': 'print(1)\n', '.github/workflows/ci.yml': WORKFLOW }, { '.env': 'SECRET_KEY=abc\n' });
    execFileSync('mkfifo', [path.join(dir, 'gen')]);
    const writer = spawn('sh', ['-c', `exec 3<>gen; echo ready; sleep 0.2; printf '%s' "$0" >&3; exec 3>&-`, CHECKLIST], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => writer.stdout!.once('data', () => resolve()));
    try {
      const run = await sarif(['--checklist', 'gen'], dir, ACTIONS);
      expect(where(run.log, 'env-file-not-ignored')).toEqual(['.github/workflows/ci.yml:1']);
    } finally { writer.kill(); }
  });
});
