/**
 * QA48 review S1: a docs app's documentation folders (`versioned_docs/`, a chapter of pages) stay illustrations and its own
 * code is judged, on scan worker threads as on the calling thread (the bundled CLI: run after `npm run bundle`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = [path.join(ROOT, 'node_modules/node/bin/node'), path.join(ROOT, 'node_modules/.bin/node')].find((p) => fs.existsSync(p)) ?? process.execPath;
const CLI = process.env['PREFLIGHT_TEST_CLI'] ?? path.join(ROOT, 'dist/cli/index.js');

function run(dir: string, threads: string): { files: string[]; stderr: string } {
  const r = spawnSync(NODE, [CLI, '--dir', '.', '--format', 'json', '--no-probes', '--checklist', 'c.yml', '--debug'], { cwd: dir, env: { PATH: process.env['PATH'] ?? '', PREFLIGHT_THREADS: threads, PREFLIGHT_ENGINE_THREAD: threads === '0' ? '0' : '1' }, encoding: 'utf8', timeout: 90_000, maxBuffer: 1 << 26 });
  const findings = (JSON.parse(r.stdout) as { findings: { check: string; file: string; severity: string }[] }).findings.filter((f) => f.severity !== 'info');
  return { files: [...new Set(findings.map((f) => f.file.replace(/-\d+\.ts$/, '-N.ts')))].sort(), stderr: r.stderr };
}

describe('a docs app\'s documentation folders on scan worker threads', () => {
  it('stay illustrations, as on the calling thread; the app\'s code is judged', () => {
    const SECRET = 'const config = {\n  apiToken: "Zq8v2LmN4xRt7YpK3wHs9BdF",\n};\nexport default config;\n';
    const files: Record<string, string> = {
      'c.yml': 'version: 1\nitems:\n  - { id: secrets, check: hardcoded-secret }\n',
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['apps/*'] }),
      'apps/docs/package.json': JSON.stringify({ name: 'docs', scripts: { build: 'docusaurus build', start: 'docusaurus start' } }),
      'apps/docs/self-hosting/index.mdx': '# Self-hosting\n',
    };
    // Enough files for the workers to claim chunks of each folder.
    for (let i = 0; i < 150; i++) {
      files[`apps/docs/src/config-${i}.ts`] = SECRET;
      files[`apps/docs/versioned_docs/version-1.x/config-${i}.ts`] = SECRET;
      files[`apps/docs/self-hosting/config-${i}.ts`] = SECRET;
    }
    const dir = makeRepo(files);
    try {
      const expected = ['apps/docs/src/config-N.ts'];
      expect(run(dir, '0').files).toEqual(expected);
      const threaded = run(dir, '2');
      expect(threaded.stderr).toMatch(/[12] worker threads? delivered/);
      expect(threaded.files).toEqual(expected);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  }, 180_000);
});
