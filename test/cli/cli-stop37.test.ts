import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp, type Running } from '../servers/node.js';

async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd });
  return { code, stdout, stderr };
}

type Doc = { result: string; items: { id: string; title: string; preset?: string; source?: { file: string } }[]; findings: { check: string; message: string }[] };

// QA stop 37, CLI contract (cli7 D2): `--url` replaced the checklist's probes.url, but the redirect probe still went to the
// checklist's probes.http-url, another host (staging judged instead of the preview under test), with no word said.
describe("a checklist's probes.http-url goes with its probes.url", () => {
  let target: Running;
  let decoy: Running;
  let decoyHits = 0;
  beforeAll(async () => {
    target = await startHttp((_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'); });
    decoy = await startHttp((_req, res) => { decoyHits++; res.writeHead(301, { location: 'https://staging.example.com/' }); res.end(); });
  });
  afterAll(async () => { await target.close(); await decoy.close(); });
  const decoyPort = () => new URL(decoy.url).port;
  const checklist = (host: string) => `version: 1\nprobes:\n  url: https://staging.example.com\n  http-url: http://${host}:${decoyPort()}\nitems:\n  - { id: r, check: https-redirect }\n`;

  it('is dropped with a warning when --url names another host, and the redirect probe asks the --url origin', async () => {
    const repo = makeRepo({ 'c.yml': checklist('localhost') });
    decoyHits = 0;
    const run = await cli(['--checklist', 'c.yml', '--url', `${target.url}/`, '--format', 'json'], repo);
    expect(decoyHits).toBe(0);
    expect(run.stderr).toMatch(/c\.yml:4:\d+: probes\.http-url is for host localhost, but --url names 127\.0\.0\.1/);
    const doc = JSON.parse(run.stdout) as Doc;
    // The target answers 200 over plain HTTP (an http:// --url is its own plain-HTTP origin): that is what is judged.
    expect(doc.findings.filter((f) => f.check === 'https-redirect').map((f) => f.message).join('\n')).toContain(target.url.replace(/^http:\/\//, ''));
  });

  it('is kept when it names the same host (another port), and an explicit --http-url always wins', async () => {
    const same = makeRepo({ 'c.yml': checklist('127.0.0.1') });
    decoyHits = 0;
    const kept = await cli(['--checklist', 'c.yml', '--url', `${target.url}/`, '--format', 'json'], same);
    expect(kept.stderr).not.toMatch(/http-url is for host/);
    expect(decoyHits).toBe(1);
    const other = makeRepo({ 'c.yml': checklist('localhost') });
    const explicit = await cli(['--checklist', 'c.yml', '--url', `${target.url}/`, '--http-url', `http://localhost:${decoyPort()}/`, '--format', 'json'], other);
    expect(explicit.stderr).not.toMatch(/http-url is for host/);
    expect(decoyHits).toBe(2);
  });

  it('is kept when --url restates the checklist URL (a www/apex pair), and a trailing dot names the same host', async () => {
    const repo = makeRepo({ 'c.yml': `version: 1\nprobes:\n  url: ${target.url}/\n  http-url: http://localhost:${decoyPort()}\nitems:\n  - { id: r, check: https-redirect }\n` });
    decoyHits = 0;
    const restated = await cli(['--checklist', 'c.yml', '--url', `${target.url}/`, '--format', 'json'], repo);
    expect(restated.stderr).not.toMatch(/http-url is for host/);
    expect(decoyHits).toBe(1);
    const dotted = makeRepo({ 'c.yml': checklist('localhost') });
    const run = await cli(['--checklist', 'c.yml', '--url', `${target.url.replace('127.0.0.1', 'localhost.')}/`, '--format', 'json'], dotted);
    expect(run.stderr).not.toMatch(/http-url is for host/);
    expect(decoyHits).toBe(2);
  });

  it('is used as written when no --url replaces the checklist URL', async () => {
    const repo = makeRepo({ 'c.yml': `version: 1\nprobes:\n  url: ${target.url}/\n  http-url: http://localhost:${decoyPort()}\nitems:\n  - { id: r, check: https-redirect }\n` });
    decoyHits = 0;
    const run = await cli(['--checklist', 'c.yml', '--format', 'json'], repo);
    expect(run.stderr).not.toMatch(/http-url is for host/);
    expect(decoyHits).toBe(1);
  });
});

// cli7 D3: blank titles.
describe('an item needs a title with text', () => {
  it('rejects a YAML title of spaces like an empty one, at the title', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: man\n    title: "   "\n' });
    const run = await cli(['--checklist', 'c.yml', '--no-probes'], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/c\.yml:4:12: items\.0\.title: expected a title with text, not only spaces/);
  });

  it('says a Markdown box holding only a comment or stray emphasis is no item, as an empty box is', async () => {
    const repo = makeRepo({ 'c.md': '## Sign-off\n- [ ] Backups tested\n- [ ] <!-- fill in -->\n- [ ] **  **\n' });
    const run = await cli(['--checklist', 'c.md', '--no-probes', '--format', 'json'], repo);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.items.map((i) => i.title)).toEqual(['Backups tested']);
    expect(run.stderr).toMatch(/c\.md:3:1: a checkbox with no text is not an item/);
    expect(run.stderr).toMatch(/c\.md:4:1: a checkbox with no text is not an item/);
  });
});

// cli7 D4: a preset item's source is a file of Preflight's package, not of the repository: marked.
describe("a preset's items name their preset", () => {
  it('sets items[].preset on inherited items only', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nextends: [docker]\nitems:\n  - { id: own, title: Backups tested }\n' });
    const run = await cli(['--checklist', 'c.yml', '--no-probes', '--format', 'json'], repo);
    const doc = JSON.parse(run.stdout) as Doc;
    const own = doc.items.find((i) => i.id === 'own')!;
    expect(own.preset).toBeUndefined();
    expect(own.source?.file).toBe('c.yml');
    const inherited = doc.items.filter((i) => i.id !== 'own');
    expect(inherited.length).toBeGreaterThan(0);
    expect(inherited.every((i) => i.preset === 'docker' && i.source?.file === 'checklists/docker.yml')).toBe(true);
  });
});

// cli7 D1: `counts.info` includes notes (DESIGN: counts counts every finding); the console no longer says "no findings".
describe('a run with only notes', () => {
  it('says "no failures" and the notes, not "no findings"', async () => {
    const repo = makeRepo({ Dockerfile: 'FROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER app\nHEALTHCHECK NONE\nCMD ["gunicorn", "app:app"]\n', 'c.yml': 'version: 1\nitems:\n  - { id: hc, check: dockerfile-healthcheck }\n' });
    const run = await cli(['--checklist', 'c.yml', '--no-probes', '--fail-on', 'info'], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Preflight passed: no failures; 1 note — fail-on: info/);
    const md = await cli(['--checklist', 'c.yml', '--no-probes', '--fail-on', 'info', '--format', 'markdown'], repo);
    expect(md.stdout).toContain('0 low · 1 info (1 note: passes, never gating)');
  });
});

// Sweep 2 R6: `Content-Length: 00` is a length of 0, which the probes' GET requests may carry.
describe('a Content-Length header of zero', () => {
  it('is accepted however many zeros it is written with; another length is refused', async () => {
    const { parseHeaders } = await import('../../src/settings.js');
    expect(parseHeaders(['Content-Length: 00'], '--header', () => {})).toEqual({ 'Content-Length': '00' });
    expect(() => parseHeaders(['Content-Length: 10'], '--header', () => {})).toThrow(/a length other than 0/);
  });
});
