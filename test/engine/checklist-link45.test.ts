import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

const SECRET = 'wJalrXUtnFEMIK7MDENGbPxRfiCYzQ9a8b7c6d5';
const ENVIRON = `AWS_SECRET_ACCESS_KEY=${SECRET}\nGITHUB_TOKEN=ghp_Zq8v3KxW9mT2pL7nR4sY6uB1cD5eF0gH2jK4\n`;
const CHECKLIST = 'version: 1\nitems:\n  - id: outside-item\n    check: image-tag-pinned\n';

/** Runs with `--checklist <checklist>` from the repository root; the error's message, or null when it ran. */
async function checklistError(dir: string, checklist: string): Promise<string | null> {
  try {
    await run({ dir, cwd: dir, checklist, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

function outsideDir(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-outside45-'));
  fs.writeFileSync(path.join(out, 'environ'), ENVIRON);
  fs.writeFileSync(path.join(out, 'preflight.yml'), CHECKLIST);
  return out;
}

describe('--checklist / the checklist input naming a path in the repository that leads out of it (robust1 D2)', () => {
  it('refuses a tracked symlink out of the repository, file or folder, and shows none of its content', async () => {
    const out = outsideDir();
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12\n' }, {}, {
      '.github/preflight.yml': path.join(out, 'environ'),
      'valid.yml': path.join(out, 'preflight.yml'),
      'conf': out,
    });
    for (const c of ['.github/preflight.yml', 'valid.yml', 'conf/preflight.yml', './conf/environ']) {
      const msg = await checklistError(dir, c);
      expect(msg, c).toMatch(/cannot be read: symlink pointing outside the repository/);
      expect(msg, c).not.toContain('wJal');
    }
  });

  it("refuses a path into the repository's .git folder, named or through a link", async () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12\n' }, {}, { '.github/preflight.yml': '../.git/config', 'gc.md': '.git/config' });
    expect(await checklistError(dir, '.github/preflight.yml')).toMatch(/symlink pointing into the repository's \.git folder/);
    expect(await checklistError(dir, 'gc.md')).toMatch(/symlink pointing into the repository's \.git folder/);
    expect(await checklistError(dir, '.git/config')).toMatch(/in a \.git folder/);
  });

  it('still reads a checklist outside the repository named as such, and a link that stays inside', async () => {
    const out = outsideDir();
    const dir = makeRepo({ 'Dockerfile': 'FROM python:latest\n', 'ci/preflight.yml': CHECKLIST }, {}, { '.github/preflight.yml': '../ci/preflight.yml' });
    for (const c of [path.join(out, 'preflight.yml'), path.relative(dir, path.join(out, 'preflight.yml')), '.github/preflight.yml']) {
      const { report } = await run({ dir, cwd: dir, checklist: c, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
      expect(report.findings.filter((f) => f.check === 'image-tag-pinned').map((f) => f.file), c).toEqual(['Dockerfile']);
    }
  });

  it('quotes no value of an env file named as the checklist, only its first name', async () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12\n', 'env.yml': ENVIRON, 'token.yml': 'ghp_Zq8v3KxW9mT2pL7nR4sY6uB1cD5eF0gH2jK4 is the token\n' });
    const env = await checklistError(dir, 'env.yml');
    // (Review S1: a whole document that is a string is not quoted at all: an env file, a `.pgpass`, a URL with a password.)
    expect(env).toMatch(/got a string of \d+ characters \(not YAML: is this the right file\?\)/);
    expect(env).not.toContain('wJal');
    const token = await checklistError(dir, 'token.yml');
    expect(token).toMatch(/got a string of \d+ characters/);
    expect(token).not.toContain('Zq8v');
  });

  it('a string value inside the checklist is quoted with its secrets masked: assignments anywhere, URL passwords, tokens', async () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:3.12\n', 'a.yml': 'version: 1\nitems:\n  - id: a\n    check: hsts\n    options:\n      min-max-age: "export PGPASSWORD=Hunter2Hunter2x!"\n', 'b.yml': 'version: 1\nitems:\n  - id: a\n    check: hsts\n    options:\n      min-max-age: "redis://:Hunter2Hunter2x@cache:6379/0"\n' });
    const a = await checklistError(dir, 'a.yml');
    expect(a).toContain('got the string "export PGPASSWORD=…"');
    const b = await checklistError(dir, 'b.yml');
    expect(b).toContain('got the string "redis://:…@cache:6379/0"');
    for (const e of [a, b]) expect(e).not.toContain('Hunter2');
  });
});
