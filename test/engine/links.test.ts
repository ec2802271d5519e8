import { describe, expect, it } from 'vitest';
import { listFiles, stagedEntries } from '../../src/repo/files.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

/** A git repository whose `links` are committed as symlinks (link → target, relative like `ln -s` writes them); `untracked` written after. */
const repoWithLinks = (files: Record<string, string>, links: Record<string, string>, untracked: Record<string, string> = {}): string => makeRepo(files, untracked, links);

const COMPOSE = 'services:\n  db:\n    image: postgres:16.2\n    ports:\n      - "5432:5432"\n    restart: always\n    environment:\n      POSTGRES_PASSWORD: changeme\n';
const CHECKLIST = 'version: 1\nitems:\n  - id: db\n    check: database-port-exposed\n  - id: creds\n    check: default-credentials\n  - id: env\n    check: env-file-committed\n';

describe('a tracked symlink to another tracked file', () => {
  it('git ls-files with modes (-s, or --format): paths once each (a conflicted file has one entry per stage), symlinks by their mode', () => {
    const out = ['100644 e69de29 0\ta.txt', '120000 1b2c3d4 0\tdocker-compose.yml', '100644 aaaaaaa 1\tx.yml', '100644 bbbbbbb 2\tx.yml', '100644 ccccccc 3\tx.yml', ''].join('\0');
    expect(stagedEntries(out)).toEqual({ files: ['a.txt', 'docker-compose.yml', 'x.yml'], links: ['docker-compose.yml'], gitlinks: [] });
    // `--format='%(objectmode) %(path)'` (git 2.38+): the mode, a space, the path (which may hold spaces and tabs).
    const formatted = ['100644 a b.txt', '120000 docker-compose.yml', '100644 x\ty.yml', '100644 x\ty.yml', ''].join('\0');
    expect(stagedEntries(formatted, ' ')).toEqual({ files: ['a b.txt', 'docker-compose.yml', 'x\ty.yml'], links: ['docker-compose.yml'], gitlinks: [] });
  });

  it('a finding read through the link is told once, at the target; the listing names the link', async () => {
    const dir = repoWithLinks({ 'deploy/compose.prod.yml': COMPOSE, '.github/preflight.yml': CHECKLIST }, { 'docker-compose.yml': 'deploy/compose.prod.yml' });
    expect((await listFiles(dir)).links).toEqual(['docker-compose.yml']);
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const at = (check: string) => report.findings.filter((f) => f.check === check).map((f) => `${f.file}:${f.line}`);
    expect(at('database-port-exposed')).toEqual(['deploy/compose.prod.yml:5']);
    expect(at('default-credentials')).toEqual(['deploy/compose.prod.yml:8']);
  });

  it('what only the link brings stays: a compose name on a target that is not one, a .env name on a plain file', async () => {
    const dir = repoWithLinks({ 'deploy/prod-stack': COMPOSE, 'config/production': 'SECRET_KEY=abc\n', '.github/preflight.yml': CHECKLIST }, { 'docker-compose.yml': 'deploy/prod-stack', '.env': 'config/production' });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.filter((f) => f.check === 'database-port-exposed').map((f) => f.file)).toEqual(['docker-compose.yml']);
    expect(report.findings.filter((f) => f.check === 'env-file-committed').map((f) => f.file)).toEqual(['.env']);
  });

  it('a second copy of the file (not a link) is judged on its own', async () => {
    const dir = repoWithLinks({ 'deploy/compose.prod.yml': COMPOSE, 'compose.yaml': COMPOSE, '.github/preflight.yml': CHECKLIST }, {});
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.filter((f) => f.check === 'database-port-exposed').map((f) => f.file).sort()).toEqual(['compose.yaml', 'deploy/compose.prod.yml']);
  });

  it('a link from compose.yml to docker-compose.yml: one file, judged as production (each made the other\'s findings notes: the gate passed — QA32 robust5 D1)', async () => {
    const compose = 'services:\n  web:\n    image: app:1.2.0\n    restart: always\n    environment:\n      DJANGO_DEBUG: "True"\n';
    const dir = repoWithLinks({ 'docker-compose.yml': compose, '.github/preflight.yml': 'version: 1\nitems:\n  - id: debug\n    check: debug-mode\n' }, { 'compose.yml': 'docker-compose.yml' });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.severity}${f.note ? ' note' : ''}`)).toEqual(['docker-compose.yml:6 critical']);
    expect(report.items[0]!.status).toBe('fail');
  });

  it('two base compose files of one folder (not a link): neither overrides the other; the legacy docker-compose.yml, which docker compose up does not load beside compose.yml, gives a note (QA52 compose D6)', async () => {
    const compose = 'services:\n  web:\n    image: app:1.2.0\n    restart: always\n    environment:\n      DJANGO_DEBUG: "True"\n';
    const dir = repoWithLinks({ 'docker-compose.yml': compose, 'compose.yml': compose, '.github/preflight.yml': 'version: 1\nitems:\n  - id: debug\n    check: debug-mode\n' }, {});
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.severity}${f.note ? ' note' : ''}`).sort()).toEqual(['compose.yml:6 critical', 'docker-compose.yml:6 info note']);
  });

  it('a link from docker-compose.yml to compose.yaml: one file, judged as production (QA52 compose D6: the link is the shadowed name, its target the loaded file)', async () => {
    const compose = 'services:\n  web:\n    image: app:1.2.0\n    restart: always\n    environment:\n      DJANGO_DEBUG: "True"\n';
    const dir = repoWithLinks({ 'compose.yaml': compose, '.github/preflight.yml': 'version: 1\nitems:\n  - id: debug\n    check: debug-mode\n' }, { 'docker-compose.yml': 'compose.yaml' });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.severity}${f.note ? ' note' : ''}`)).toEqual(['compose.yaml:6 critical']);
    expect(report.items[0]!.status).toBe('fail');
  });

  it('a Dockerfile linked to Dockerfile.dev: the production verdict the link\'s name gives is kept, at the target (QA32 robust5 D5)', async () => {
    const dir = repoWithLinks({ 'docker/Dockerfile.dev': 'FROM python:latest\nCMD ["gunicorn", "app:app"]\n', '.github/preflight.yml': 'version: 1\nitems:\n  - id: pinned\n    check: image-tag-pinned\n' }, { Dockerfile: 'docker/Dockerfile.dev' });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.severity}${f.note ? ' note' : ''}`)).toEqual(['docker/Dockerfile.dev:1 high']);
    expect(report.items[0]!.status).toBe('fail');
  });

  it('a .env linked to .env.defaults: the committed .env (critical, the check\'s own severity) outranks the low by-design note of the defaults', async () => {
    const dir = repoWithLinks({ '.env.defaults': 'API_URL=https://api.example.com\n', '.github/preflight.yml': 'version: 1\nitems:\n  - id: env\n    check: env-file-committed\n' }, { '.env': '.env.defaults' });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.filter((f) => f.check === 'env-file-committed').map((f) => `${f.file}:${f.line} ${f.severity}`)).toEqual(['.env.defaults:1 critical']);
    expect(report.items[0]!.status).toBe('fail');
  });

  it('a tracked link to a file git does not track (ignored) is not judged as committed content (QA32 robust5 D4)', async () => {
    const key = ['sk_live_', '51Hq8ZtK2mVx7RbN4cWpYd3J'].join('');
    const dir = repoWithLinks({ '.gitignore': '.secrets/\n', '.github/preflight.yml': 'version: 1\nitems:\n  - id: secrets\n    check: hardcoded-secret\n', 'config/tracked.env.example': 'A=1\n' }, { 'config/settings.py': '../.secrets/settings.py' }, { '.secrets/settings.py': `STRIPE_KEY = "${key}"\n` });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.filter((f) => f.check === 'hardcoded-secret')).toEqual([]);
    expect(report.items[0]!.status).toBe('pass');
  });
});
