// QA stop 44 (contract2 D3): with the built-in preset, or a checklist outside the repository, probe findings (no file)
// went to SARIF's toolExecutionNotifications: code scanning got no alert while the gate failed. Inside GitHub Actions
// they are now anchored at the workflow file that runs Preflight, at the line of the step's URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSarif } from '../../src/report/sarif.js';
import { stepUrlLine, workflowAnchor, workflowFileOf } from '../../src/report/workflow-anchor.js';
import { sampleReport } from './sample-report.js';

type Loc = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } };
type Full = { runs: { results: { ruleId: string; locations: Loc[] }[]; invocations: { toolExecutionNotifications?: { associatedRule?: { id: string } }[] }[] }[] };

const WORKFLOW = '.github/workflows/ci.yml';
const where = (sarif: unknown, rule: string) => {
  const r = (sarif as Full).runs[0]!.results.find((x) => x.ruleId === rule);
  const l = r?.locations[0]?.physicalLocation;
  return l ? `${l.artifactLocation.uri}:${l.region.startLine}` : null;
};
const notified = (sarif: unknown) => ((sarif as Full).runs[0]!.invocations[0]!.toolExecutionNotifications ?? []).map((n) => n.associatedRule?.id);

describe('toSarif with no checklist file in the repository', () => {
  const preset = sampleReport({ checklist: { file: null, format: 'preset' } });

  it('anchors probe findings and items that could not be checked at the workflow step\'s URL line', () => {
    const sarif = toSarif(preset, { checklistFile: null, workflow: { file: WORKFLOW, line: 14 } });
    expect(where(sarif, 'hsts')).toBe(`${WORKFLOW}:14`);
    expect(where(sarif, 'tls-version')).toBe(`${WORKFLOW}:14`);
    // The finding is a result, not a notification; an item that could not be checked stays listed in both (as with a checklist).
    expect(notified(sarif)).toEqual(['tls-version']);
    // Findings with a file keep their own place.
    expect(where(sarif, 'env-file-committed')).toBe('.env:1');
  });

  it('at line 1 when the step\'s URL line is not known; a static finding without a file keeps the file its fix belongs in', () => {
    const report = sampleReport({ checklist: { file: null, format: 'preset' } });
    report.items.push({ id: 'gitignore', title: '.env is git-ignored', kind: 'static', check: 'env-file-not-ignored', severity: 'medium', status: 'fail' });
    report.findings.push({ check: 'env-file-not-ignored', item: 'gitignore', severity: 'medium', message: "no .gitignore ignores '.env'", file: null, line: null, column: null, url: null, fingerprint: 'fp-gi' });
    const sarif = toSarif(report, { checklistFile: null, workflow: { file: WORKFLOW, line: null } });
    expect(where(sarif, 'hsts')).toBe(`${WORKFLOW}:1`);
    expect(where(sarif, 'env-file-not-ignored')).toBe('.gitignore:1');
  });

  it('a checklist outside the repository is replaced by the workflow file too', () => {
    for (const outside of ['/tmp/team/probes.yml', '../team/probes.yml']) {
      const sarif = toSarif(sampleReport(), { checklistFile: outside, workflow: { file: WORKFLOW, line: 9 } });
      expect(where(sarif, 'hsts'), outside).toBe(`${WORKFLOW}:9`);
    }
  });

  it('a checklist file in the repository still wins (the item\'s line), and without a workflow the findings stay notifications', () => {
    const own = toSarif(sampleReport(), { checklistFile: 'PRODUCTION_CHECKLIST.md', workflow: { file: WORKFLOW, line: 14 } });
    expect(where(own, 'hsts')).toBe('PRODUCTION_CHECKLIST.md:12');
    const none = toSarif(preset, { checklistFile: null, workflow: null });
    expect(where(none, 'hsts')).toBeNull();
    expect(notified(none)).toEqual(['hsts', 'tls-version']);
  });
});

describe('stepUrlLine', () => {
  const text = [
    'name: ci', //                                   1
    'on: [pull_request]', //                         2
    'jobs:', //                                      3
    '  lint:', //                                    4
    '    runs-on: ubuntu-latest', //                 5
    '    steps:', //                                 6
    '      - uses: some/link-checker@v2', //         7
    '        with:', //                              8
    '          url: https://docs.example.com', //    9  (another action's url input: not Preflight's)
    '      - run: curl --url https://example.com', // 10 (no preflight in it)
    '  gate:', //                                    11
    '    runs-on: ubuntu-latest', //                 12
    '    steps:', //                                 13
    '      - uses: actions/checkout@v4', //          14
    '      - id: pf', //                             15
    '        uses: preflight-gate/preflight@v1', //  16
    '        with:', //                              17
    '          sarif: preflight.sarif', //           18
    '          url: ${{ vars.STAGING_URL }}', //     19
    '  cli:', //                                     20
    '    runs-on: ubuntu-latest', //                 21
    '    steps:', //                                 22
    '      - id: scan', //                           23
    '        run: |', //                             24
    '          echo scanning', //                    25
    '          npx @preflight-gate/preflight \\', // 26
    '            --format sarif \\', //              27
    '            --url "$STAGING_URL"', //           28
    '        env:', //                               29
    '          X: --url', //                         30
    '      - id: other', //                          31
    '        run: npx @preflight-gate/preflight --no-probes', // 32
    '',
  ].join('\n');

  it('finds the url input of the action step, and the --url of a run step that runs preflight', () => {
    expect(stepUrlLine(text)).toBe(19);
    expect(stepUrlLine(text, { job: 'gate' })).toBe(19);
    expect(stepUrlLine(text, { job: 'cli' })).toBe(28);
    expect(stepUrlLine(text, { job: 'cli', step: 'scan' })).toBe(28);
  });

  it('the running step (GITHUB_ACTION is its id) without a URL gives none; other tools\' url inputs are not taken', () => {
    expect(stepUrlLine(text, { job: 'cli', step: 'other' })).toBeNull();
    expect(stepUrlLine(text, { job: 'lint' })).toBeNull();
    expect(stepUrlLine('jobs:\n  a:\n    steps:\n      - uses: preflight-gate/preflight@v1\n')).toBeNull();
    expect(stepUrlLine('not: [a workflow')).toBeNull();
  });
});

describe('workflowAnchor', () => {
  it('names the workflow file only when it is a file of the repository', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-wf44-'));
    fs.mkdirSync(path.join(root, '.github/workflows/dir.yml'), { recursive: true });
    fs.writeFileSync(path.join(root, WORKFLOW), 'jobs:\n  a:\n    steps:\n      - uses: preflight-gate/preflight@v1\n        with:\n          url: https://x.example\n');
    expect(workflowAnchor(root, WORKFLOW, { job: 'a' })).toEqual({ file: WORKFLOW, line: 6 });
    expect(workflowAnchor(root, '.github/workflows/other.yml')).toBeNull();
    expect(workflowAnchor(root, '.github/workflows/dir.yml')).toBeNull();
    expect(workflowAnchor(root, '../outside.yml')).toBeNull();
    expect(workflowAnchor(root, null)).toBeNull();
  });

  it('reads the file from GITHUB_WORKFLOW_REF only for the repository\'s own workflow', () => {
    expect(workflowFileOf('acme/shop/.github/workflows/ci.yml@refs/heads/main', 'Acme/Shop')).toBe(WORKFLOW);
    expect(workflowFileOf('acme/org-rules/.github/workflows/ci.yml@refs/heads/main', 'acme/shop')).toBeNull();
    expect(workflowFileOf(undefined, 'acme/shop')).toBeNull();
  });
});
