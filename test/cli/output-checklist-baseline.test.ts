// Sweep 1 of stop 38: `--output` naming the baseline file the checklist's `baseline:` names was written over (exit 0),
// though `--baseline FILE` naming it was refused; the next run then read a report as its baseline.
import fs from 'node:fs';
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

const YAML = 'version: 1\nbaseline: .preflight-baseline.json\nitems:\n  - { id: pinned, check: image-tag-pinned }\n';

describe("--output naming the checklist's baseline file", () => {
  it('is refused on a scan, and the baseline is left as it was; recording the baseline there still works', async () => {
    const dir = makeRepo({ 'preflight.yml': YAML, 'Dockerfile': 'FROM node:latest\n' });
    const recorded = await cli(['baseline', '--checklist', 'preflight.yml', '--output', '.preflight-baseline.json'], dir);
    expect(recorded.code, recorded.stderr).toBe(0);
    const before = fs.readFileSync(path.join(dir, '.preflight-baseline.json'), 'utf8');
    expect(JSON.parse(before)).toBeTruthy();
    for (const output of ['.preflight-baseline.json', './.preflight-baseline.json']) {
      const r = await cli(['--checklist', 'preflight.yml', '--no-probes', '--format', 'json', '--output', output], dir);
      expect(r.code, output).toBe(2);
      expect(r.stderr).toContain(`--output ${output} is the baseline file the checklist names (.preflight-baseline.json)`);
      expect(fs.readFileSync(path.join(dir, '.preflight-baseline.json'), 'utf8')).toBe(before);
    }
    // Another output path is fine, and the baseline still reads.
    const ok = await cli(['--checklist', 'preflight.yml', '--no-probes', '--format', 'json', '--output', 'report.json'], dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).findings.every((f: { baseline?: boolean }) => f.baseline)).toBe(true);
  });
});
