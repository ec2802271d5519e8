import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { ConfigError } from '../../src/types.js';

/** A checklist is repository content (a pull request can change it): it must not reach outside. */
const CANARY = 'CANARY-outside-7d2f41b9';
let tmp: string;
let outside: string;

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-outside-')));
  outside = path.join(tmp, 'outside');
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret.pem'), `${CANARY}\n-----BEGIN CERTIFICATE-----\nnot a cert\n-----END CERTIFICATE-----\n`);
  fs.writeFileSync(path.join(outside, 'Dockerfile'), `FROM ${CANARY.toLowerCase()}:latest\n`);
  fs.writeFileSync(path.join(outside, 'docker-compose.yml'), `services:\n  base:\n    image: ${CANARY.toLowerCase()}:latest\n`);
  fs.writeFileSync(path.join(outside, 'evil.yml'), `version: 1\nitems:\n  - id: ${CANARY}\n    check: image-tag-pinned\n`);
});
afterAll(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

let n = 0;
function repoWith(checklist: string, extra: Record<string, string> = {}, links: Record<string, string> = {}): string {
  const root = path.join(tmp, `repo-${n++}`);
  const files: Record<string, string> = { 'Dockerfile': 'FROM node:20\nUSER node\n', '.github/preflight.yml': checklist, ...extra };
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  for (const [rel, target] of Object.entries(links)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.symlinkSync(target, path.join(root, rel));
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
  git('init', '-q'); git('add', '-A'); git('commit', '-qm', 'init');
  return root;
}

async function outcome(root: string): Promise<string> {
  try {
    const r = await run({ dir: root, cwd: root, env: {}, probes: true, timeout: 1, now: new Date('2026-12-01T00:00:00Z') });
    return JSON.stringify(r.report);
  } catch (e) {
    if (e instanceof ConfigError) return `ConfigError: ${e.format()}`;
    throw e;
  }
}

const probes = (ca: string) => `version: 1\nprobes:\n  url: http://127.0.0.1:9\n  ca: ${ca}\nitems:\n  - id: cert\n    check: certificate\n`;

describe('a checklist cannot make Preflight read outside the repository', () => {
  it('refuses a probes.ca path that climbs out with ..', async () => {
    const out = await outcome(repoWith(probes(path.relative(path.join(tmp, 'repo-x', '.github'), path.join(outside, 'secret.pem')))));
    expect(out).toMatch(/^ConfigError: .*outside the repository/);
    expect(out).not.toContain(CANARY);
  });

  it('refuses an absolute probes.ca path', async () => {
    const out = await outcome(repoWith(probes(path.join(outside, 'secret.pem'))));
    expect(out).toMatch(/^ConfigError: .*outside the repository/);
    expect(out).not.toContain(CANARY);
  });

  it('refuses a probes.ca path that is a symlink pointing outside', async () => {
    const out = await outcome(repoWith(probes('../certs/ca.pem'), {}, { 'certs/ca.pem': path.join(outside, 'secret.pem') }));
    expect(out).toMatch(/^ConfigError: .*outside the repository/);
    expect(out).not.toContain(CANARY);
  });

  it('treats extends as a preset name, never as a path', async () => {
    const out = await outcome(repoWith(`version: 1\nextends: [${path.join(outside, 'evil')}]\n`));
    expect(out).toMatch(/^ConfigError: .*unknown preset/);
    expect(out).not.toContain(CANARY);
  });

  it('never matches paths/ignore globs outside the repository', async () => {
    const list = `version: 1\nitems:\n  - id: pins\n    check: image-tag-pinned\n    paths: ["**", "**/*"]\n`;
    const out = await outcome(repoWith(list, { 'app/Dockerfile': 'FROM python:latest\n' }));
    const report = JSON.parse(out) as { findings: { file: string | null }[] };
    expect(report.findings.map((f) => f.file)).toEqual(['app/Dockerfile']);
    expect(out.toLowerCase()).not.toContain(CANARY.toLowerCase());
    // A `..` segment or an absolute glob could only match outside: the checklist is refused where it says so.
    for (const glob of ['../**', '**/../../**', '/**', `${outside}/**`]) {
      const refused = await outcome(repoWith(`version: 1\nitems:\n  - id: pins\n    check: image-tag-pinned\n    paths: ["**", "${glob}"]\n`, { 'app/Dockerfile': 'FROM python:latest\n' }));
      expect(refused).toMatch(/^ConfigError: \.github\/preflight\.yml:5:\d+: items\.0\.paths\.1: expected a glob relative to the repository/);
      expect(refused.toLowerCase()).not.toContain(CANARY.toLowerCase());
    }
  });

  it('does not follow compose extends.file outside the repository', async () => {
    const compose = `services:\n  web:\n    extends:\n      file: ${path.relative(tmp, outside).replace(/^/, '../')}/docker-compose.yml\n      service: base\n  abs:\n    extends:\n      file: ${path.join(outside, 'docker-compose.yml')}\n      service: base\n`;
    const out = await outcome(repoWith('version: 1\nitems:\n  - id: pins\n    check: image-tag-pinned\n', { 'docker-compose.yml': compose }));
    expect(out.toLowerCase()).not.toContain(CANARY.toLowerCase());
  });
});
