import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA51 ignore D2: a real env file on disk, neither tracked nor ignored (`git status` `??`), was judged by neither check,
// though the next `git add .` commits it. env-file-not-ignored reports it now, saying it is untracked.

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

describe('a real env file on disk that git neither tracks nor ignores is reported (D2)', () => {
  it('`.env*` then `!.env.*`, an untracked .env.production: reported as untracked, with the negation named', async () => {
    const r = await scan({ '.gitignore': '.env*\n!.env.*\n', '.env.example': 'A=\n' }, { '.env.production': SECRET });
    expect(r.status('committed')).toBe('pass');
    expect(r.failing).toHaveLength(1);
    const m = r.failing[0]!.message;
    expect(m).toContain(".gitignore does not ignore '.env.production'");
    expect(m).toContain("'.env.production' is in the working tree, untracked and not ignored (`git status` lists it with ??): the next `git add .` commits it");
    expect(m).toContain("the negation '!.env.*' (.gitignore:2)");
  });

  it('a `.env` rule only, an untracked .env.production: reported, with the rules to add', async () => {
    const r = await scan({ '.gitignore': '.env\n', '.env.example': 'A=\n' }, { '.env.production': SECRET });
    expect(r.failing).toHaveLength(1);
    expect(r.failing[0]!.message).toMatch(/^\.gitignore does not ignore '\.env\.production'; '\.env\.production' is in the working tree, untracked/);
    expect(r.failing[0]!.message).toContain("add '.env' and '.env.*' (with '!.env.example') to .gitignore");
  });

  it('an untracked env file git ignores (a .gitignore rule, .git/info/exclude) and an untracked template: pass', async () => {
    const r = await scan({ '.gitignore': '.env\n.env.local\n', '.env.example': 'A=\n' }, { '.env.local': SECRET, '.env.staging': SECRET, 'api/.env.example': 'A=\n', 'api/.gitignore': '.env\n' }, {}, (dir) => {
      fs.appendFileSync(path.join(dir, '.git', 'info', 'exclude'), '.env.staging\n');
    });
    expect(r.failing).toEqual([]);
  });
});
