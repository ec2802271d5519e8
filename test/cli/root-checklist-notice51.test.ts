import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { rootChecklistNotice } from '../../src/action/main.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 docs D3: a sub-folder scan whose folder holds a misnamed checklist (`production_checklist.md`) while the repository
// root has a checklist named only the root's in its notice: the file the service team wrote was never mentioned.

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const files = {
  '.github/preflight.yml': 'version: 1\nitems:\n  - {id: pin, check: image-tag-pinned}\n',
  'services/web/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n',
  'services/web/production_checklist.md': '- [ ] HSTS enabled\n',
};

describe('D3: the preset notice names the root checklist and the folder\'s misnamed one', () => {
  it('the CLI names both, each with the --checklist that uses it', async () => {
    const repo = makeRepo(files);
    const r = await cli(['--dir', 'services/web', '--no-probes', '--format', 'json'], repo);
    expect(r.stderr).toContain('; .github/preflight.yml at the repository root was not used: to use it, add --checklist .github/preflight.yml; ');
    expect(r.stderr).toContain('production_checklist.md in services/web looks like a checklist but is not read under that name: to use it instead, add --checklist services/web/production_checklist.md (or rename it to one of the names discovery looks for: .github/preflight.yml,');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    const inside = await cli(['--no-probes', '--format', 'json'], path.join(repo, 'services/web'));
    expect(inside.stderr).toContain('add --checklist ../../.github/preflight.yml; production_checklist.md in the current directory looks like a checklist but is not read under that name: to use it instead, add --checklist production_checklist.md (or rename it');
  });

  it('without a misnamed file the notice is the one it was', async () => {
    const { 'services/web/production_checklist.md': _, ...rest } = files;
    const r = await cli(['--dir', 'services/web', '--no-probes', '--format', 'json'], makeRepo(rest));
    expect(r.stderr).toBe('preflight: no checklist in services/web (a checklist is discovered in the scanned folder only), so the built-in recommended preset ran (fail-on: critical); .github/preflight.yml at the repository root was not used: to use it, add --checklist .github/preflight.yml\n');
  });

  it('the action notice names both, relative to working-directory', () => {
    const root = fs.realpathSync(makeRepo(files));
    const notice = rootChecklistNotice('services/web', path.join(root, 'services/web'), root, 'critical')!;
    expect(notice).toContain('.github/preflight.yml at the repository root was not used: to use it, set the checklist input to `../../.github/preflight.yml` (relative to working-directory).');
    expect(notice).toContain(' production_checklist.md in working-directory looks like a checklist but is not read under that name: to use it instead, set the checklist input to `production_checklist.md` (relative to working-directory), or rename it to one of the names discovery looks for (');
  });
});
