/**
 * QA stop 38 (robust9 D3): `--output` naming the input file silently overwrote it and exited 0 — `preflight import
 * CHECKLIST.md --output CHECKLIST.md` replaced the team's Markdown checklist, and a scan's report replaced its
 * `--checklist` (the next run then failed on it). Such an `--output` is now a usage error (exit 2), the input untouched,
 * whichever way the same file is named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { makeRepo } from './helpers/repo.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

const MARKDOWN = '# Production checklist\n\n- [ ] Container images use pinned tags\n- [ ] No secrets are hard-coded\n';
const YAML = 'version: 1\nitems:\n  - { id: pinned, check: image-tag-pinned }\n';

describe('--output naming an input file', () => {
  it("is refused for import's Markdown file, however it is spelled, and the file is left as it was", async () => {
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': MARKDOWN, 'docs/readme.txt': 'x\n' });
    fs.symlinkSync('PRODUCTION_CHECKLIST.md', path.join(dir, 'link.md'));
    fs.linkSync(path.join(dir, 'PRODUCTION_CHECKLIST.md'), path.join(dir, 'hard.md'));
    for (const output of ['PRODUCTION_CHECKLIST.md', './PRODUCTION_CHECKLIST.md', 'docs/../PRODUCTION_CHECKLIST.md', path.join(dir, 'PRODUCTION_CHECKLIST.md'), 'link.md', 'hard.md']) {
      const r = await cli(['import', 'PRODUCTION_CHECKLIST.md', '--output', output], dir);
      expect(r.code, output).toBe(2);
      expect(r.stderr).toContain(`--output ${output} is the Markdown file being imported`);
      expect(fs.readFileSync(path.join(dir, 'PRODUCTION_CHECKLIST.md'), 'utf8')).toBe(MARKDOWN);
    }
    // The input named through the link: the same file too.
    expect((await cli(['import', 'link.md', '--output', 'PRODUCTION_CHECKLIST.md'], dir)).code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'PRODUCTION_CHECKLIST.md'), 'utf8')).toBe(MARKDOWN);
  });

  it("is refused for a scan's --checklist, before the scan runs", async () => {
    const dir = makeRepo({ 'preflight.yml': YAML, 'Dockerfile': 'FROM node:latest\n' });
    const r = await cli(['--checklist', 'preflight.yml', '--format', 'json', '--output', './preflight.yml', '--no-probes'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output \.\/preflight\.yml is the checklist \(--checklist\): writing the report there would overwrite it; choose another path/);
    expect(fs.readFileSync(path.join(dir, 'preflight.yml'), 'utf8')).toBe(YAML);
  });

  it('is refused for the checklist a run discovered, and for --baseline', async () => {
    const dir = makeRepo({ 'sub/PRODUCTION_CHECKLIST.md': MARKDOWN, 'sub/Dockerfile': 'FROM node:latest\n', 'bl.json': '{"version":1,"findings":[]}\n' });
    const scan = await cli(['--dir', 'sub', '--format', 'json', '--output', 'sub/PRODUCTION_CHECKLIST.md', '--no-probes'], dir);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toContain('is the checklist this run read (sub/PRODUCTION_CHECKLIST.md)');
    const baseline = await cli(['baseline', '--dir', 'sub', '--output', 'sub/PRODUCTION_CHECKLIST.md', '--no-probes'], dir);
    expect(baseline.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'sub/PRODUCTION_CHECKLIST.md'), 'utf8')).toBe(MARKDOWN);
    const bl = await cli(['--dir', 'sub', '--baseline', 'bl.json', '--output', 'bl.json', '--no-probes'], dir);
    expect(bl.code).toBe(2);
    expect(bl.stderr).toContain('is the baseline file it reads (--baseline)');
    expect(fs.readFileSync(path.join(dir, 'bl.json'), 'utf8')).toBe('{"version":1,"findings":[]}\n');
  });

  it('is written as before when it names another file', async () => {
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': MARKDOWN, 'preflight.yml': YAML, 'Dockerfile': 'FROM node:latest\n' });
    expect((await cli(['import', 'PRODUCTION_CHECKLIST.md', '--output', 'out/checklist.yml'], dir)).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out/checklist.yml'), 'utf8')).toMatch(/^# Imported from PRODUCTION_CHECKLIST\.md/);
    const scan = await cli(['--checklist', 'preflight.yml', '--format', 'json', '--output', 'report.json', '--fail-on', 'high', '--no-probes'], dir);
    expect(scan.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).result).toBe('fail');
    // An existing report is replaced, as --output always did.
    expect((await cli(['--checklist', 'preflight.yml', '--format', 'json', '--output', 'report.json', '--fail-on', 'high', '--no-probes'], dir)).code).toBe(1);
  });
});
