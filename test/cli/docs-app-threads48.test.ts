/**
 * Stop 48 (monorepo27 O1): a `docs` folder that is a workspace app is judged like any app. The scan workers classify
 * files themselves, so the bundled CLI on worker threads must judge the app's code as the calling thread does.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = [path.join(ROOT, 'node_modules/node/bin/node'), path.join(ROOT, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const CLI = path.join(ROOT, 'dist/cli/index.js');

function findings(dir: string, env: Record<string, string>): string[] {
  const r = spawnSync(NODE, [CLI, '--dir', '.', '--format', 'json', '--no-probes', '--checklist', 'c.yml'], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { findings: { check: string; file: string; line: number }[] }).findings.map((f) => `${f.check} ${f.file}:${f.line}`).sort();
}

describe('a Turborepo docs app on scan worker threads', () => {
  it('has its code judged by the file pass, as on the calling thread', () => {
    const dir = makeRepo({
      'c.yml': 'version: 1\nitems:\n  - { id: cors, check: cors-wildcard }\n  - { id: secrets, check: hardcoded-secret }\n',
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['apps/*'] }),
      'apps/docs/package.json': JSON.stringify({ name: 'docs', scripts: { build: 'next build', start: 'next start' } }),
      'apps/docs/app/route.ts': 'export async function GET() {\n  return new Response("ok", { headers: { "Access-Control-Allow-Origin": "*" } });\n}\n',
      // Top-level docs stay documentation: a sample with the same header is not judged.
      'docs/examples/route.ts': 'export async function GET() {\n  return new Response("ok", { headers: { "Access-Control-Allow-Origin": "*" } });\n}\n',
    });
    try {
      const expected = ['cors-wildcard apps/docs/app/route.ts:2'];
      expect(findings(dir, { PREFLIGHT_THREADS: '0', PREFLIGHT_ENGINE_THREAD: '0' })).toEqual(expected);
      expect(findings(dir, { PREFLIGHT_THREADS: '2', PREFLIGHT_ENGINE_THREAD: '1' })).toEqual(expected);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  }, 120_000);
});
