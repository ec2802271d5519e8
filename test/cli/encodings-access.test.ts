import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';

/** Files Windows tools write (UTF-16 with a byte-order mark) and files the runner may not read, through the bundled CLI. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = [path.join(ROOT, 'node_modules/node/bin/node'), path.join(ROOT, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const CLI = path.join(ROOT, 'dist/cli/index.js');
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => { const b = Buffer.from(s, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]); };

function run(dir: string, checklist: string, asNobody = false) {
  const list = path.join(dir, 'checklist.yml');
  fs.writeFileSync(list, checklist);
  const argv = [CLI, '--dir', dir, '--checklist', list, '--format', 'json', '--no-probes'];
  const r = asNobody && process.getuid?.() === 0
    ? spawnSync(SETPRIV!, ['--reuid=65534', '--regid=65534', '--clear-groups', NODE, ...argv], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', HOME: dir } })
    : spawnSync(NODE, argv, { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', HOME: dir } });
  return { code: r.status, report: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}
const items = (...ids: string[]) => `version: 1\nitems:\n${ids.map((id) => `  - { id: ${id}, check: ${id} }\n`).join('')}`;

describe('UTF-16 files (a byte-order mark)', () => {
  it('a UTF-16 .env.production is read: its variables and secrets are judged like UTF-8 ones; a UTF-16 Dockerfile stays a parse error', () => {
    const dir = makeRepo({ '.gitignore': '.env*\n' });
    const env = 'DATABASE_URL=postgres://app:Zq8vN2xLr7Wp4Ks@db.internal/app\r\nSECRET_KEY=9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c\r\nDEBUG=True\r\n';
    fs.writeFileSync(path.join(dir, '.env.production'), utf16le(env));
    fs.writeFileSync(path.join(dir, 'compose.yaml'), utf16be('services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n    restart: always\n'));
    fs.writeFileSync(path.join(dir, 'Dockerfile'), utf16le('FROM python:3.12\nUSER 1000\n'));
    spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '-A', '-f'], { cwd: dir });
    spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'utf16'], { cwd: dir });
    const { code, report } = run(dir, items('env-file-committed', 'hardcoded-secret', 'debug-mode', 'database-port-exposed'));
    expect(code).toBe(1);
    const by = (check: string) => report.findings.filter((f: { check: string }) => f.check === check).map((f: { file: string; line: number; severity: string; message: string }) => `${f.file}:${f.line} ${f.severity}`);
    // Before: "committed (no variables)" at low, and nothing else.
    expect(by('env-file-committed')).toEqual(['.env.production:1 critical']);
    expect(by('hardcoded-secret')).toEqual(['.env.production:1 critical', '.env.production:2 critical']);
    expect(by('debug-mode')).toEqual(['.env.production:3 critical']);
    expect(by('database-port-exposed')).toEqual(['compose.yaml:4 high']);
    expect(report.findings.filter((f: { check: string }) => f.check === 'parse-error').map((f: { file: string; message: string }) => `${f.file}: ${f.message}`)).toEqual([expect.stringMatching(/^Dockerfile: could not parse Dockerfile: not UTF-8 text \(UTF-16/)]);
    expect(JSON.stringify(report)).not.toContain('Zq8vN2xLr7Wp4Ks');
  });
});

describe.skipIf(process.getuid?.() === 0 && !SETPRIV)('a tracked file the runner may not read', () => {
  it('is noted (it was not checked), never silently passed over', () => {
    const dir = makeRepo({ 'Dockerfile': 'FROM python:latest\nCMD ["python", "-m", "flask", "run"]\n', 'app/settings.py': 'DEBUG = True\n' });
    // Readable by another user: the directories, the checklist; not the Dockerfile.
    for (let d = dir; d !== path.dirname(d) && d.startsWith(path.dirname(ROOT) === '/' ? '/tmp' : '/'); d = path.dirname(d)) { try { fs.chmodSync(d, 0o755); } catch { break; } }
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(path.join(dir, 'Dockerfile'), 0o000);
    const { code, report, stderr } = run(dir, items('image-tag-pinned', 'production-server'), true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings.map((f: { check: string; file: string; severity: string; message: string }) => `${f.check} ${f.file} ${f.severity} ${f.message}`)).toEqual([
      'parse-error Dockerfile info Dockerfile was not checked: permission denied: the file cannot be read',
    ]);
  });
});
