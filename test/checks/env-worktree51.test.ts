import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 ignore D1: git applies the working tree's .gitignore files, untracked ones too (`git check-ignore`, `git add .`). They
// were not read here: a `.env` rule not committed yet got "add '.env'", and an untracked nested `!.env` passed.

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

describe('untracked .gitignore files are read, as git reads them (D1)', () => {
  it('a root .gitignore not committed yet that ignores .env: pass', async () => {
    const r = await scan({ '.env.example': 'A=\n' }, { '.gitignore': '.env\n' });
    expect(r.failing).toEqual([]);
    expect(r.status('ignored')).toBe('pass');
  });

  it('an untracked nested .gitignore whose `!.env` re-includes a real apps/web/.env: reported at it', async () => {
    const r = await scan({ '.gitignore': '.env\n', 'apps/web/.env.example': 'A=\n' }, { 'apps/web/.gitignore': '!.env\n', 'apps/web/.env': SECRET });
    expect(r.failing).toHaveLength(1);
    expect(r.failing[0]!.file).toBe('apps/web/.gitignore');
    expect(r.failing[0]!.message).toContain("apps/web/.gitignore does not ignore 'apps/web/.env'");
    expect(r.failing[0]!.message).toContain("the negation '!.env' (apps/web/.gitignore:1) re-includes it: remove that line");
  });

  it('an uncommitted edit of a tracked .gitignore is read as before', async () => {
    const r = await scan({ '.gitignore': 'node_modules\n', '.env.example': 'A=\n' }, { '.gitignore': 'node_modules\n.env\n' });
    expect(r.failing).toEqual([]);
  });
});
