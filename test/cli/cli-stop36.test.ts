import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';
import { stdoutFailed } from '../../src/cli-main.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp, type Running } from '../servers/node.js';

async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd });
  return { code, stdout, stderr };
}

type Entry = { check: string; file: string | null; fingerprint: string };
const entries = (repo: string, file: string): Entry[] => (JSON.parse(fs.readFileSync(path.join(repo, file), 'utf8')) as { findings: Entry[] }).findings;

// QA stop 36, CLI and report contract (cli6 D1): `preflight baseline` ran no probes, so a team gating on probe findings
// could not adopt a baseline (it recorded 0 entries, and the next run failed on the same known findings).
describe('preflight baseline records the findings of the probes a run with the same flags makes', () => {
  let server: Running;
  const seen: (string | undefined)[] = [];
  beforeAll(async () => {
    // A bare page: no X-Content-Type-Options, no framing protection, no CSP, no Referrer-Policy (4 security-headers findings).
    server = await startHttp((req, res) => { seen.push(req.headers['x-probe-token'] as string | undefined); res.writeHead(200, { 'content-type': 'text/html' }); res.end('<p>hi</p>'); });
  });
  afterAll(async () => { await server.close(); });

  const DOCKERFILE = 'FROM python:3.12\nUSER 0\nHEALTHCHECK CMD true\n';

  it("records them when the checklist sets probes.url, and a run with that baseline knows them", async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, 'c.yml': `version: 1\nprobes:\n  url: ${server.url}/\nitems:\n  - { id: sh, check: security-headers }\n  - { id: nr, check: dockerfile-non-root }\n` });
    const b = await cli(['baseline', '--checklist', 'c.yml', '--output', 'bl.json'], repo);
    expect(b.code).toBe(0);
    const recorded = entries(repo, 'bl.json');
    expect(recorded.filter((e) => e.check === 'security-headers')).toHaveLength(4);
    expect(recorded.filter((e) => e.check === 'dockerfile-non-root')).toHaveLength(1);
    expect(b.stdout).toBe('Recorded 5 findings in bl.json\n');
    const run = await cli(['--checklist', 'c.yml', '--baseline', 'bl.json', '--fail-on', 'low', '--format', 'json'], repo);
    const doc = JSON.parse(run.stdout) as { result: string; findings: { check: string; baseline?: boolean; note?: boolean }[] };
    expect(doc.findings.filter((f) => f.check === 'security-headers' && f.baseline)).toHaveLength(4);
    expect(doc.result).toBe('pass');
    expect(run.code).toBe(0);
  });

  it('takes --url and the probe flags of the main command (--header, --timeout), and the headers reach the target', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, 'c.yml': 'version: 1\nitems:\n  - { id: sh, check: security-headers }\n' });
    seen.length = 0;
    const b = await cli(['baseline', '--checklist', 'c.yml', '--url', `${server.url}/`, '--header', 'X-Probe-Token: abc123xyz', '--timeout', '5'], repo);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    const doc = JSON.parse(b.stdout) as { findings: Entry[] };
    expect(doc.findings.map((f) => f.check)).toEqual(['security-headers', 'security-headers', 'security-headers', 'security-headers']);
    expect(doc.findings.every((f) => f.file === null)).toBe(true);
    expect(seen).toContain('abc123xyz');
    // Recorded against one host, known against another: probe fingerprints leave the scheme, host and port out.
    fs.writeFileSync(path.join(repo, 'bl.json'), b.stdout);
    const known = await cli(['--checklist', 'c.yml', '--url', `${server.url.replace('127.0.0.1', 'localhost')}/`, '--baseline', 'bl.json', '--fail-on', 'low'], repo);
    expect(known.code).toBe(0);
  });

  it('--no-probes records static findings only, and says so', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE, 'c.yml': `version: 1\nprobes:\n  url: ${server.url}/\nitems:\n  - { id: sh, check: security-headers }\n  - { id: nr, check: dockerfile-non-root }\n` });
    seen.length = 0;
    const b = await cli(['baseline', '--checklist', 'c.yml', '--no-probes', '--output', 'bl.json'], repo);
    expect(b.code).toBe(0);
    expect(entries(repo, 'bl.json').map((e) => e.check)).toEqual(['dockerfile-non-root']);
    expect(b.stderr).toBe("preflight: --no-probes: the baseline records static findings only; the findings of item 'sh' are not recorded\n");
    expect(seen).toEqual([]);
  });

  it('a probe that cannot run is said to be missing from the baseline', async () => {
    // The target answers, but behind a login (`error: protected`). A target that does not answer at all records
    // nothing (exit 2: test/cli/ra-stop36.test.ts).
    const down = await startHttp((_req, res) => { res.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }); res.end(); });
    const url = `${down.url}/`;
    const repo = makeRepo({ Dockerfile: DOCKERFILE, 'c.yml': `version: 1\nprobes:\n  url: ${url}\nitems:\n  - { id: sh, check: security-headers }\n` });
    const b = await cli(['baseline', '--checklist', 'c.yml', '--output', 'bl.json'], repo);
    expect(b.code).toBe(0);
    expect(entries(repo, 'bl.json')).toEqual([]);
    expect(b.stderr).toMatch(/^preflight: item 'sh' could not run \(.*\), so its findings are not recorded: record the baseline again once it runs\n$/);
    await down.close();
  });

  it('still refuses the flags a baseline has no use for', async () => {
    const repo = makeRepo({ Dockerfile: DOCKERFILE });
    for (const flag of [['--fail-on', 'high'], ['--format', 'json'], ['--baseline', 'x.json']]) {
      const r = await cli(['baseline', ...flag], repo);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^preflight: 'baseline' does not take ${flag[0]} `));
    }
  });
});

// cli6 D2: `backup` and `Backup` were two items, and one ticked `backup` in a pull request attested both.
describe('item ids are unique as a sign-off reads them', () => {
  it('refuses ids that differ only by case or markup, at the second one, naming the first', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: backup\n    title: Backups verified for the EU region\n  - id: Backup\n    title: Backups verified for the US region\n' });
    const r = await cli(['--checklist', 'c.yml', '--no-probes'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.yml:5:9: duplicate item id 'Backup' \(first at line 3 as 'backup'; ids that differ only in case or markup are the same id, as a pull request's sign-off ticks them\)/);
    // An exact repeat is said as before.
    const same = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: backup\n  - id: backup\n' });
    expect((await cli(['--checklist', 'c.yml', '--no-probes'], same)).stderr).toMatch(/c\.yml:4:9: duplicate item id 'backup' \(first at line 3\)\n/);
  });

  it("refuses an own item whose id is a preset item's in another case, rather than keeping both", async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nextends: [recommended]\nitems:\n  - id: Image-Tag-Pinned\n    check: image-tag-pinned\n    severity: critical\n' });
    const r = await cli(['--checklist', 'c.yml', '--no-probes'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/c\.yml:4:5: item id 'Image-Tag-Pinned' differs from the id of the preset's item 'image-tag-pinned' only in case or markup/);
    // Written exactly, it replaces the preset's item as before.
    fs.writeFileSync(path.join(repo, 'c.yml'), 'version: 1\nextends: [recommended]\nitems:\n  - id: image-tag-pinned\n    check: image-tag-pinned\n    severity: critical\n');
    const ok = await cli(['--checklist', 'c.yml', '--no-probes', '--format', 'json'], repo);
    expect(ok.code).toBe(0);
    const pinned = (JSON.parse(ok.stdout) as { items: { id: string; severity: string }[] }).items.filter((i) => i.id.toLowerCase() === 'image-tag-pinned');
    expect(pinned).toEqual([expect.objectContaining({ id: 'image-tag-pinned', severity: 'critical' })]);
  });

  it('distinct ids still load', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: backup-eu\n  - id: backup-us\n  - id: backup.us\n' });
    expect((await cli(['--checklist', 'c.yml', '--no-probes', '--fail-on', 'none'], repo)).code).toBe(0);
  });
});

// cli6 D3: the published checklist schema read `check: [one-id]` as a list (options keyed by id), the CLI as one check
// (options directly), and did not validate options keyed by check id at all.
describe('the published checklist schema accepts exactly what the CLI loads', () => {
  const cases: [string, string][] = [
    ['one check in a list, its options directly', 'check: [image-tag-pinned]\n    options: { allow: [scratch] }'],
    ['one check in a list, options keyed by its id', 'check: [image-tag-pinned]\n    options: { image-tag-pinned: { allow: [scratch] } }'],
    ['one check, its options directly', 'check: image-tag-pinned\n    options: { allow: [scratch] }'],
    ['one check, options keyed by its id', 'check: image-tag-pinned\n    options: { image-tag-pinned: { allow: [scratch] } }'],
    ['several checks, good options by id', 'check: [hsts, env-file-committed]\n    options: { hsts: { min-max-age: 31536000 } }'],
    ['several checks, an unknown option of one', 'check: [hsts, env-file-committed]\n    options: { hsts: { bogus: 1 } }'],
    ['several checks, a wrongly typed option of one', 'check: [hsts, env-file-committed]\n    options: { hsts: { min-max-age: "x" } }'],
    ['several checks, options of a check the item does not run', 'check: [hsts, env-file-committed]\n    options: { certificate: { min-days: 10 } }'],
    ['several checks, options not keyed by id', 'check: [hsts, env-file-committed]\n    options: { min-max-age: 1 }'],
    ['a manual item with options', 'title: Backups tested\n    options: { allow: [scratch] }'],
    ['a manual item with empty options', 'title: Backups tested\n    options: {}'],
  ];

  it.each(cases)('%s', async (_name, body) => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default as unknown as (a: InstanceType<typeof Ajv2020>) => void;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(new URL('../../schemas/checklist.schema.json', import.meta.url), 'utf8')) as object);
    const text = `version: 1\nitems:\n  - id: a\n    ${body}\n`;
    const repo = makeRepo({ 'c.yml': text });
    const r = await cli(['--checklist', 'c.yml', '--no-probes', '--fail-on', 'none'], repo);
    expect([0, 2]).toContain(r.code);
    expect(validate(parse(text)), `CLI exit ${r.code} ${r.stderr}; schema: ${JSON.stringify(validate.errors)}`).toBe(r.code === 0);
  });

  it('the reading of the cases above: a one-element list is one check, several checks key their options by id', async () => {
    const repo = makeRepo({ 'a.yml': `version: 1\nitems:\n  - id: a\n    ${cases[0]![1]}\n`, 'b.yml': `version: 1\nitems:\n  - id: a\n    ${cases[1]![1]}\n`, 'c.yml': `version: 1\nitems:\n  - id: a\n    ${cases[5]![1]}\n` });
    expect((await cli(['--checklist', 'a.yml', '--no-probes', '--fail-on', 'none'], repo)).code).toBe(0);
    expect((await cli(['--checklist', 'b.yml', '--no-probes'], repo)).code).toBe(2);
    expect((await cli(['--checklist', 'c.yml', '--no-probes'], repo)).code).toBe(2);
  });
});

// cli6 D4 (kept as DESIGN.md says): `counts` counts every finding, notes too (`counts.info`), while a note, a pass, never
// gates — so `--fail-on info` passes on notes alone; the markdown and text reports say the notes apart.
describe('notes: counted as DESIGN.md says, never gating', () => {
  it('a HEALTHCHECK NONE note is in counts.info, fail-on info passes; the reports say 1 note', async () => {
    const repo = makeRepo({ Dockerfile: 'FROM python:3.12\nUSER app\nHEALTHCHECK NONE\n', 'c.yml': 'version: 1\nitems:\n  - { id: hc, check: dockerfile-healthcheck }\n' });
    const json = await cli(['--checklist', 'c.yml', '--no-probes', '--fail-on', 'info', '--format', 'json'], repo);
    const doc = JSON.parse(json.stdout) as { result: string; counts: Record<string, number>; findings: { note?: boolean; severity: string }[] };
    expect(doc.findings).toEqual([expect.objectContaining({ note: true, severity: 'info' })]);
    expect(doc.counts).toEqual({ critical: 0, high: 0, medium: 0, low: 0, info: 1 });
    expect(doc.result).toBe('pass');
    expect(json.code).toBe(0);
    const md = await cli(['--checklist', 'c.yml', '--no-probes', '--fail-on', 'info', '--format', 'markdown'], repo);
    expect(md.stdout).toContain('0 critical · 0 high · 0 medium · 0 low · 1 info (1 note: passes, never gating)');
  });

  it('an info failure (not a note) is counted and fails fail-on info', async () => {
    const repo = makeRepo({ Dockerfile: 'FROM python:3.12\nUSER app\n', 'c.yml': 'version: 1\nitems:\n  - { id: hc, check: dockerfile-healthcheck, severity: info }\n' });
    const json = await cli(['--checklist', 'c.yml', '--no-probes', '--fail-on', 'info', '--format', 'json'], repo);
    const doc = JSON.parse(json.stdout) as { result: string; counts: Record<string, number> };
    expect(doc.counts['info']).toBe(1);
    expect(doc.result).toBe('fail');
    expect(json.code).toBe(1);
  });
});

// cli6 D5: a failed write to standard output (a full disk) exited 3, "a bug", while a failed --output write exits 2.
describe('a failed write to standard output', () => {
  const proc = (exitCode?: number) => {
    const calls = { stderr: '', exit: [] as number[] };
    return { calls, io: { stderr: (s: string) => { calls.stderr += s; }, exit: (c: number) => { calls.exit.push(c); }, exitCode: () => exitCode } };
  };

  it('ENOSPC and other errors: one line naming standard output, exit 2', () => {
    const full = proc();
    stdoutFailed(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), full.io);
    expect(full.calls).toEqual({ stderr: 'preflight: cannot write to standard output: no space left on the device\n', exit: [2] });
    const io = proc(1);
    stdoutFailed(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }), io.io);
    expect(io.calls).toEqual({ stderr: 'preflight: cannot write to standard output: EIO: i/o error, write\n', exit: [2] });
  });

  it('a closed pipe (`| head`) stays quiet, with the status the run has', () => {
    const closed = proc(1);
    stdoutFailed(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), closed.io);
    expect(closed.calls).toEqual({ stderr: '', exit: [1] });
    const early = proc(undefined);
    stdoutFailed(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }), early.io);
    expect(early.calls).toEqual({ stderr: '', exit: [0] });
  });
});
