import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { findSuppressions, placementAdvice } from '../../src/repo/suppress.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 ignore D5: git has no trailing comments in a .gitignore (only a line starting with # is one), so
// `node_modules # preflight-ignore env-file-not-ignored: …` is a pattern that matches nothing to git. Preflight accepted it as a
// suppression, and even advised writing it there ("or at the end of its line"). Now it suppresses nothing and is reported, and
// the advice names only a line of its own before the finding.

const CHECKLIST = 'version: 1\nitems:\n  - { id: ignored, check: env-file-not-ignored }\n';
const logger = { debug: () => {}, info: () => {}, warn: () => {}, notice: () => {} };
async function scan(files: Record<string, string>) {
  const dir = makeRepo({ 'preflight.yml': CHECKLIST, '.env.example': 'A=\n', ...files });
  return (await run({ dir, cwd: dir, probes: false, env: {}, logger })).report;
}

describe('a preflight-ignore in a .gitignore', () => {
  it('at the end of a rule suppresses nothing, and the finding and a config finding say git reads it as part of the pattern', async () => {
    const report = await scan({ '.gitignore': 'node_modules # preflight-ignore env-file-not-ignored: secrets come from Vault\n' });
    const f = report.findings.find((x) => x.check === 'env-file-not-ignored');
    expect(f, JSON.stringify(report.findings)).toBeDefined();
    expect(f!.suppressed ?? false).toBe(false);
    expect(f!.message).toContain('git reads it as part of that line\'s pattern');
    const config = report.findings.find((x) => x.check === 'config' && x.file === '.gitignore');
    expect(config, JSON.stringify(report.findings)).toBeDefined();
    expect(config!.line).toBe(1);
    expect(config!.message).toMatch(/^preflight-ignore env-file-not-ignored at the end of a \.gitignore line suppresses nothing, and git reads it as part of that line's pattern/);
    expect(config!.message).not.toContain('at the end of its line');
  });

  it('at the end of a later rule is reported too', async () => {
    const report = await scan({ '.gitignore': '# deps\nnode_modules\ndist # preflight-ignore env-file-not-ignored: Vault\n' });
    const config = report.findings.filter((x) => x.check === 'config' && x.file === '.gitignore');
    expect(config.map((c) => c.line)).toEqual([3]);
    expect(config[0]!.message).toContain('at the end of a .gitignore line suppresses nothing');
    expect(report.findings.find((x) => x.check === 'env-file-not-ignored')?.suppressed ?? false).toBe(false);
  });

  it('on a line of its own at the top suppresses the finding on line 1', async () => {
    const report = await scan({ '.gitignore': '# preflight-ignore env-file-not-ignored: secrets come from Vault\nnode_modules\n' });
    expect(report.findings.find((x) => x.check === 'env-file-not-ignored')?.suppressed).toBe(true);
    expect(report.findings.filter((x) => x.check === 'config' && x.file === '.gitignore')).toEqual([]);
  });

  it('misplaced on a line of its own: the advice is a line of its own before the finding, never the end of a line', async () => {
    const report = await scan({ '.gitignore': 'node_modules\n# preflight-ignore env-file-not-ignored: secrets come from Vault\n' });
    const config = report.findings.find((x) => x.check === 'config' && x.file === '.gitignore');
    expect(config, JSON.stringify(report.findings)).toBeDefined();
    expect(config!.message).toContain('matched no finding');
    expect(config!.message).toContain("on a line of its own right before the finding, the file's first line for a finding on line 1");
    expect(config!.message).not.toContain('at the end of its line');
  });

  it('is read as git reads the file: a trailing marker is no suppression, in nested .gitignore files too', () => {
    for (const file of ['.gitignore', 'apps/web/.gitignore']) {
      const sup = findSuppressions(file, 'node_modules # preflight-ignore env-file-not-ignored: x\n');
      expect(sup).toHaveLength(1);
      expect(sup[0]!.ids).toEqual([]);
      expect(sup[0]!.gitignoreTrailing).toEqual(['env-file-not-ignored']);
      const own = findSuppressions(file, '# preflight-ignore env-file-not-ignored: x\nnode_modules\n');
      expect(own[0]!.ids).toEqual(['env-file-not-ignored']);
      expect(placementAdvice(own[0]!, 'env-file-not-ignored')).not.toContain('end of its line');
    }
  });
});
