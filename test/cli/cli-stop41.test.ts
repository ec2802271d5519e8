import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const CHECKLIST = 'version: 1\nitems:\n  - { id: env, check: env-file-committed }\n  - { id: creds, check: default-credentials }\n';

// QA stop 41, CLI contract (contract4 D4): `--output -` wrote a file named `-`; it is stdout, as without --output.
describe('--output -', () => {
  it('prints the report on stdout and creates no file named -', async () => {
    const repo = makeRepo({ 'c.yml': CHECKLIST, '.env': 'DATABASE_URL=postgres://app:s3cr3t-Pw-9@db/app\n' });
    const run = await cli(['--checklist', 'c.yml', '--no-probes', '--format', 'json', '--output', '-'], repo);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { result: string }).result).toBe('fail');
    expect(existsSync(path.join(repo, '-'))).toBe(false);
  });
});

// QA stop 41 (contract4 D3): `--dir a --dir b` scanned b alone, silently; a wrapper appending its own option could gate the wrong folder.
describe('a single-value option given twice', () => {
  it('is a usage error naming both values when they differ', async () => {
    const repo = makeRepo({ 'c.yml': CHECKLIST, 'a/x.txt': 'x\n', 'b/y.txt': 'y\n' });
    const run = await cli(['--dir', 'a', '--dir', 'b', '--checklist', 'c.yml', '--no-probes'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--dir is given twice \('a' and 'b'\); give it once/);
    const fmt = await cli(['--format', 'json', '--checklist', 'c.yml', '--format=sarif', '--no-probes'], repo);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/--format is given twice \('json' and 'sarif'\)/);
  });

  it('is accepted when both give the same value, and repeatable options stay repeatable', async () => {
    const repo = makeRepo({ 'c.yml': CHECKLIST });
    const run = await cli(['--format', 'JSON', '--format', 'json', '--fail-on', 'High', '--fail-on=high', '--checklist', 'c.yml', '--checklist', './c.yml', '--dir', '.', '--dir', './', '--timeout', '5', '--timeout', '5.0', '--no-probes', '--severity', 'env=low', '--severity', 'creds=low'], repo);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toHaveProperty('result', 'pass');
  });
});

// QA stop 41 (contract4 D2): default-credentials passed a repository with nothing it reads, where every other check is skipped.
describe('default-credentials with nothing to read', () => {
  it('is skipped, saying so, in a repository of documentation only, and judged once there is a deploy file', async () => {
    const docs = makeRepo({ 'c.yml': CHECKLIST, 'README.md': '# app\n' });
    const run = await cli(['--checklist', 'c.yml', '--no-probes', '--format', 'json'], docs);
    const item = (JSON.parse(run.stdout) as { items: { id: string; status: string; reason?: string }[] }).items.find((i) => i.id === 'creds');
    expect(item).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/^no deploy config/) });
    const withDockerfile = makeRepo({ 'c.yml': CHECKLIST, 'Dockerfile': 'FROM node:20.11-alpine\nUSER node\nCMD ["node", "server.js"]\n' });
    const judged = await cli(['--checklist', 'c.yml', '--no-probes', '--format', 'json'], withDockerfile);
    expect((JSON.parse(judged.stdout) as { items: { id: string; status: string }[] }).items.find((i) => i.id === 'creds')?.status).toBe('pass');
    // A deploy script is read for client command lines (sweep 1 R3): judged, not skipped.
    const script = makeRepo({ 'c.yml': CHECKLIST, 'deploy.sh': '#!/bin/sh\nmysql -h db.internal -u app -p"$MYSQL_PW" app < schema.sql\n' });
    const read = await cli(['--checklist', 'c.yml', '--no-probes', '--format', 'json'], script);
    expect((JSON.parse(read.stdout) as { items: { id: string; status: string }[] }).items.find((i) => i.id === 'creds')?.status).toBe('pass');
  });
});
