import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}
interface Doc { result: string; baselineFixed?: number; findings: { check: string; file: string | null; line: number | null; baseline?: boolean; suppressed?: boolean; note?: boolean }[] }
async function run(repo: string, args: string[] = []) {
  const r = await cli([...args, '--baseline', 'base.json', '--format', 'json'], repo);
  const doc = JSON.parse(r.stdout) as Doc;
  return { ...r, doc, fresh: doc.findings.filter((f) => !f.note && !f.baseline && !f.suppressed).map((f) => `${f.check} ${f.file}:${f.line}`) };
}
async function recorded(files: Record<string, string>) {
  const repo = makeRepo(files);
  const r = await cli(['baseline', '--output', 'base.json'], repo);
  expect(r.code, r.stderr).toBe(0);
  return repo;
}
const write = (repo: string, rel: string, text: string) => fs.writeFileSync(path.join(repo, rel), text);

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
