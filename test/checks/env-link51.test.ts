import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 ignore D7: tracked env-file symlinks were judged two ways: `.env.production -> /etc/app/prod.env` (target missing) was
// critical with "rotate any secret it held", `.env.local -> config/.env` (an ignored, untracked file) got no finding at all.
// Both are tracked env files, reported alike now, saying that git holds only the link's path (nothing to rotate).

const CHECKLIST = 'version: 1\nitems:\n  - { id: committed, check: env-file-committed }\n';
const logger = { debug: () => {}, info: () => {}, warn: () => {}, notice: () => {} };
async function scan(files: Record<string, string>, links: Record<string, string>, untracked: Record<string, string> = {}) {
  const dir = makeRepo({ 'preflight.yml': CHECKLIST, ...files }, untracked, links);
  const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger });
  return { item: report.items.find((i) => i.id === 'committed')!, found: report.findings.filter((f) => f.check === 'env-file-committed') };
}

describe('a tracked env file that is a symlink', () => {
  it('to a server-side path that is missing here: reported as a link, no "rotate any secret it held"', async () => {
    const r = await scan({ '.gitignore': '.env\n' }, { '.env.production': '/etc/preflight-test-missing/prod.env' });
    expect(r.found).toHaveLength(1);
    expect(r.found[0]!.note ?? false).toBe(false);
    expect(r.found[0]!.message).toMatch(/^\.env\.production is tracked by git as a symlink, though its content could not be read here \(a symlink whose target is missing/);
    expect(r.found[0]!.message).toContain('git holds only the path it points to, not its values (nothing to rotate); remove it from git (git rm --cached .env.production)');
    expect(r.found[0]!.message).not.toContain('rotate any secret');
    expect(r.item.status).toBe('fail');
  });

  it('to an ignored, untracked file in the repository: reported alike, naming the target (it was not reported at all)', async () => {
    const r = await scan({ '.gitignore': '.env\n/config/\n' }, { '.env.local': 'config/.env' }, { 'config/.env': 'DB_PASSWORD=Sup3rS3cretValue\n' });
    expect(r.found.map((f) => f.file)).toEqual(['.env.local']);
    expect(r.found[0]!.message).toBe('.env.local is tracked by git as a symlink to config/.env, which git does not track; git holds only the path it points to, not its values (nothing to rotate); remove it from git (git rm --cached .env.local) so no env file is committed, and keep config/.env out of git');
    expect(r.item.status).toBe('fail');
  });

  it('allowed by name: no finding', async () => {
    const dir = makeRepo({ 'preflight.yml': 'version: 1\nitems:\n  - { id: committed, check: env-file-committed, options: { allow: [.env.local] } }\n', '.gitignore': '.env\n/config/\n' }, { 'config/.env': 'A=1\n' }, { '.env.local': 'config/.env' });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger });
    expect(report.findings.filter((f) => f.check === 'env-file-committed')).toEqual([]);
  });

  it('to a tracked env file: that file is judged, the link is not judged again', async () => {
    const r = await scan({ '.gitignore': '.env\n', 'config/prod.env': 'DB_PASSWORD=Sup3rS3cretValue\n' }, { '.env.production': 'config/prod.env' });
    expect(r.found.filter((f) => !f.note).map((f) => f.file)).toEqual(['config/prod.env']);
  });
});
