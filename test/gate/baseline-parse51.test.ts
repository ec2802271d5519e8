import { describe, expect, it } from 'vitest';
import { cli, run, recorded, write } from './baseline51-cli.js';

const DOCKERFILE = 'FROM python:latest\nUSER 1000\nHEALTHCHECK CMD true\nCMD ["gunicorn", "app:app"]\n';

describe('baseline: entries of a file that no longer parses are not fixed (adoption D1)', () => {
  it('a compose file broken by a mis-indented key keeps its entries: not fixed, the parse error is new', async () => {
    const compose = 'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: postgres\n    ports:\n      - "5432:5432"\n';
    const repo = await recorded({ 'docker-compose.yml': compose, Dockerfile: DOCKERFILE, '.gitignore': '.env\n' });
    write(repo, 'docker-compose.yml', compose.replace('    environment:', '   environment:'));
    const r = await run(repo);
    expect(r.fresh).toContain('parse-error docker-compose.yml:4');
    expect(r.doc.baselineFixed).toBe(0);
    const text = await cli(['--baseline', 'base.json'], repo);
    expect(text.stdout + text.stderr).not.toMatch(/fixed/);
    // Repaired: every problem is known again, none new.
    write(repo, 'docker-compose.yml', compose);
    const again = await run(repo);
    expect(again.fresh).toEqual([]);
    expect(again.doc.baselineFixed).toBe(0);
  });

  it('a file that parses and lost its problem still counts its entry as fixed', async () => {
    const compose = 'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: postgres\n    ports:\n      - "5432:5432"\n';
    const repo = await recorded({ 'docker-compose.yml': compose, Dockerfile: DOCKERFILE, '.gitignore': '.env\n' });
    write(repo, 'docker-compose.yml', compose.replace('image: postgres', 'image: postgres:16.4'));
    const r = await run(repo);
    expect(r.fresh).toEqual([]);
    expect(r.doc.baselineFixed).toBe(1);
    expect((await cli(['--baseline', 'base.json'], repo)).stdout).toMatch(/1 baseline entry is fixed \(image-tag-pinned at docker-compose\.yml:3\)/);
  });
});
