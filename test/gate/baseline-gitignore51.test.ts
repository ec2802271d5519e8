import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/gate/gate.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 ignore D4: env-file-not-ignored's finding (one per .gitignore, listing every path it fails to ignore) was known to a
// baseline by check and .gitignore alone: a later negation re-including `.env.production` inherited the known status of the
// old "'.env' not ignored" entry, and the gate passed. The paths a negation re-includes are part of its identity now; rules
// added on top (and a newly committed env file, env-file-committed's) keep it known, as entries written before do.

const CHECKLIST = 'version: 1\nitems:\n  - { id: ignored, check: env-file-not-ignored }\n';
const logger = { debug: () => {}, info: () => {}, warn: () => {}, notice: () => {} };

function commit(dir: string, file: string, text: string) {
  fs.writeFileSync(path.join(dir, file), text);
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', 'commit', '-qam', 'change'], { cwd: dir });
}
const scan = async (dir: string, baseline?: string) => (await run({ dir, cwd: dir, probes: false, env: {}, logger, failOn: 'medium', ...(baseline ? { baseline } : {}) })).report;
async function record(dir: string): Promise<string> {
  const report = await scan(dir);
  const file = path.join(dir, 'base.json');
  const findings = report.findings.filter((f) => f.check === 'env-file-not-ignored').map((f) => ({ check: f.check, file: f.file, fingerprint: f.fingerprint, message: f.message, line: f.line }));
  fs.writeFileSync(file, JSON.stringify({ version: 2, findings }));
  return file;
}
const found = (r: Awaited<ReturnType<typeof scan>>) => r.findings.filter((f) => f.check === 'env-file-not-ignored');

describe("a baseline's env-file-not-ignored entry", () => {
  it('does not absorb a later negation that re-includes a real env file', async () => {
    const dir = makeRepo({ 'preflight.yml': CHECKLIST, '.gitignore': 'node_modules\n', '.env.example': 'A=\n' });
    const base = await record(dir);
    commit(dir, '.gitignore', '.env.*\n!.env.production\nnode_modules\n');
    const r = await scan(dir, base);
    expect(found(r)).toHaveLength(1);
    expect(found(r)[0]!.baseline ?? false).toBe(false);
    expect(r.result).toBe('fail');
  });

  it('still knows the finding when rules are added on top and the paths are the same', async () => {
    const dir = makeRepo({ 'preflight.yml': CHECKLIST, '.gitignore': 'node_modules\n', '.env.example': 'A=\n' });
    const base = await record(dir);
    commit(dir, '.gitignore', '# deps\ndist\nnode_modules\n');
    const r = await scan(dir, base);
    expect(found(r)).toHaveLength(1);
    expect(found(r)[0]!.baseline).toBe(true);
    expect(r.result).toBe('pass');
  });

  it('written by the previous release (subject `the file`): still known without a negation, new once one re-includes a real env file', async () => {
    const dir = makeRepo({ 'preflight.yml': CHECKLIST, '.gitignore': 'node_modules\n', '.env.example': 'A=\n' });
    const f = found(await scan(dir))[0]!;
    // The fingerprint an earlier version gave it: check, file and the subject `the file`.
    const old = fingerprint('env-file-not-ignored', '.gitignore', '\0subject\0the file');
    expect(f.fingerprint).toBe(old);
    const base = path.join(dir, 'old.json');
    fs.writeFileSync(base, JSON.stringify({ version: 2, findings: [{ check: f.check, file: f.file, fingerprint: old, message: f.message }] }));
    commit(dir, '.gitignore', '.env.local\nnode_modules\n');
    expect(found(await scan(dir, base))[0]!.baseline).toBe(true);
    commit(dir, '.gitignore', '.env.*\n!.env.production\nnode_modules\n');
    const later = await scan(dir, base);
    expect(found(later)[0]!.baseline ?? false).toBe(false);
    expect(later.result).toBe('fail');
  });
});
