import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 ignore D6: git (2.32 and later) does not follow a .gitignore that is a symlink. Its rules were read here, so `.env`
// passed while git would commit it. It is not read now, and a note (or the finding) says so.

const CHECKLIST = 'version: 1\nitems:\n  - { id: committed, check: env-file-committed }\n  - { id: ignored, check: env-file-not-ignored }\n';
const logger = { debug: () => {}, info: () => {}, warn: () => {}, notice: () => {} };
const SECRET = 'DB_PASSWORD=Sup3rS3cretValue\n';

async function scan(files: Record<string, string>, untracked: Record<string, string> = {}, links: Record<string, string> = {}, setup?: (dir: string) => void) {
  const dir = makeRepo({ 'preflight.yml': CHECKLIST, ...files }, untracked, links);
  setup?.(dir);
  const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger });
  const status = (id: string) => report.items.find((i) => i.id === id)?.status;
  const found = report.findings.filter((f) => f.check === 'env-file-not-ignored');
  return { status, failing: found.filter((f) => !f.note), notes: found.filter((f) => f.note) };
}

describe('a .gitignore that is a symlink is not read, as git does not read it (D6)', () => {
  it('.gitignore -> shared/ignore (`.env`), an untracked .env: reported, the message says the link is not followed', async () => {
    const r = await scan({ 'shared/ignore': '.env\n', '.env.example': 'A=\n' }, { '.env': 'SECRET_KEY=real\n' }, { '.gitignore': 'shared/ignore' });
    expect(r.failing).toHaveLength(1);
    expect(r.failing[0]!.message).toContain("no .gitignore ignores '.env'");
    expect(r.failing[0]!.message).toContain('.gitignore is a symlink, which git (2.32 and later) does not follow');
  });

  it('a nested symlinked .gitignore no finding names gets a note', async () => {
    const r = await scan({ '.gitignore': '.env\n', 'shared/ignore': 'dist\n', 'web/.env.example': 'A=\n' }, {}, { 'web/.gitignore': '../shared/ignore' });
    expect(r.failing).toEqual([]);
    expect(r.notes.map((n) => n.file)).toEqual(['web/.gitignore']);
    expect(r.notes[0]!.message).toMatch(/^web\/\.gitignore is a symlink, which git \(2\.32 and later\) does not follow/);
  });
});
