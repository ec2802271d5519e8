import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { reportSchema } from '../../src/report/schema.js';

async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd });
  return { code, stdout, stderr };
}

const BAD = {
  'Dockerfile': 'FROM python:latest\nCMD ["flask", "run"]\n',
  '.env': 'A=1\n',
};

describe('cli', () => {
  it('exits 1 with findings at file:line when the gate fails, 0 when it passes', async () => {
    const repo = makeRepo(BAD);
    const bad = await cli(['--no-probes'], repo);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Dockerfile:1');
    expect(bad.stdout).toMatch(/Preflight FAILED/);
    const good = await cli(['--fail-on', 'none'], repo);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/Preflight passed/);
  });

  it('the default recommended preset judges session cookie flags and TLS protocol config (static counterparts of its probes)', async () => {
    const repo = makeRepo({
      'nginx.conf': 'events {}\nhttp {\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n  }\n}\n',
      'settings.py': 'SESSION_COOKIE_SECURE = False\n',
    });
    const doc = JSON.parse((await cli(['--format', 'json', '--no-probes'], repo)).stdout);
    const items = new Map(doc.items.map((i: { id: string; status: string }) => [i.id, i.status]));
    expect(items.get('tls-protocols-config')).toBe('fail');
    expect(items.get('cookie-flags')).toBe('fail');
    expect(doc.findings.some((f: { check: string; file: string; line: number }) => f.check === 'tls-protocols-config' && f.file === 'nginx.conf' && f.line === 5)).toBe(true);
  });

  it('--format json prints only a schema-valid JSON document', async () => {
    const repo = makeRepo(BAD);
    const r = await cli(['--format', 'json'], repo);
    const doc = JSON.parse(r.stdout);
    expect(reportSchema.safeParse(doc).success).toBe(true);
    expect(doc.version).toBe(1);
    expect(doc.result).toBe('fail');
    expect(doc.findings.some((f: { check: string; file: string; line: number }) => f.check === 'env-file-committed' && f.file === '.env' && f.line === 1)).toBe(true);
  });

  it('--output writes the report to a file and prints the one-line summary', async () => {
    const repo = makeRepo(BAD);
    const r = await cli(['--format', 'json', '--output', 'out/report.json'], repo);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'out/report.json'), 'utf8')).version).toBe(1);
  });

  it('reports paths relative to the git top level when scanning a sub-folder', async () => {
    const repo = makeRepo({ 'services/api/Dockerfile': 'FROM node\n', 'Dockerfile': 'FROM node:20\n' });
    const r = await cli(['--dir', 'services/api', '--format', 'json', '--checklist', 'c.yml'], repo).catch(() => null);
    fs.writeFileSync(path.join(repo, 'c.yml'), 'version: 1\nitems:\n  - { id: pin, check: image-tag-pinned }\n');
    const r2 = await cli(['--dir', 'services/api', '--format', 'json', '--checklist', 'c.yml'], repo);
    expect(r).not.toBeNull();
    const doc = JSON.parse(r2.stdout);
    expect(doc.findings.map((f: { file: string }) => f.file)).toEqual(['services/api/Dockerfile']);
    expect(doc.items).toEqual([expect.objectContaining({ id: 'pin', title: expect.any(String), kind: 'static', check: 'image-tag-pinned', severity: 'high', status: 'fail' })]);
  });

  it('usage errors exit 2 with one line', async () => {
    const repo = makeRepo({});
    for (const args of [['--nope'], ['--fail-on', 'severe'], ['--format', 'xml'], ['--severity', 'x'], ['frobnicate'], ['toString'], ['constructor'], ['--timeout', 'abc'], ['--timeout', '0'], ['--url']]) {
      const r = await cli(args, repo);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^preflight: [^\n]+\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('an empty value of any value-taking flag is a usage error naming the flag and what it expects (QA31 cli4 D1)', async () => {
    const repo = makeRepo(BAD);
    for (const [args, msg] of [
      [['--severity', ''], /^preflight: --severity is empty \(an environment variable that is not set\?\): expected ID=LEVEL/],
      [['--output', ''], /^preflight: --output is empty [^\n]*: expected the file to write to; omit --output to print to stdout/],
      [['--output=', '--format', 'json'], /^preflight: --output is empty/],
      [['--fail-on', ''], /^preflight: --fail-on is empty [^\n]*: expected one of critical, high, medium, low, info, none/],
      [['--format', ''], /^preflight: --format is empty [^\n]*: expected one of text, json, sarif, markdown/],
      [['--timeout', ' '], /^preflight: --timeout is empty [^\n]*: expected a positive number of seconds/],
      [['--wait', ''], /^preflight: --wait is empty/],
      [['--dir', ''], /^preflight: --dir is empty [^\n]*: expected the repository directory to scan/],
      [['--checklist', ''], /^preflight: --checklist is empty/],
      [['--url', ''], /^preflight: --url is empty/],
      [['--http-url', ''], /^preflight: --http-url is empty/],
      [['--ca', ''], /^preflight: --ca is empty [^\n]*: expected a PEM file/],
      [['--baseline', ''], /^preflight: --baseline is empty/],
      [['--severity', 'hsts=low', '--severity', ''], /^preflight: --severity is empty/],
      [['list', '--format', ''], /^preflight: --format is empty [^\n]*: expected one of text, json \(/],
      [['baseline', '--output', ''], /^preflight: --output is empty/],
      [['import', 'c.md', '--output', ''], /^preflight: --output is empty/],
      // An empty file argument (an unset variable): the usage, not ":  is a directory".
      [['import', ''], /^preflight: import takes exactly one Markdown file/],
      // A flag given last with no value at all: worded the same way.
      [['--output'], /^preflight: --output needs a value: the file to write to/],
    ] as const) {
      const r = await cli([...args], repo);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(msg);
      expect(r.stdout, args.join(' ')).toBe('');
    }
    // An empty --header, like a header with an empty value (a secret a fork's run lacks), is not sent, with a warning.
    const h = await cli(['--header', '', '--no-probes', '--fail-on', 'none'], repo);
    expect(h.code).toBe(0);
    expect(h.stderr).toMatch(/--header is empty, so no header is sent/);
    // Values that are not empty are untouched.
    expect((await cli(['--severity', 'image-tag-pinned=low', '--fail-on', 'none', '--no-probes'], repo)).code).toBe(0);
  });

  it('a mistyped option names the nearest one and where the options are listed (QA31 cli4 D3)', async () => {
    const repo = makeRepo({});
    for (const [args, msg] of [
      [['--failon', 'high'], /^preflight: unknown option '--failon' \(did you mean '--fail-on'\?\); 'preflight --help' lists the options\n$/],
      [['--failon=high'], /unknown option '--failon' \(did you mean '--fail-on'\?\)/],
      [['--no-probe'], /unknown option '--no-probe' \(did you mean '--no-probes'\?\)/],
      [['--Fail-On', 'high'], /unknown option '--Fail-On' \(did you mean '--fail-on'\?\)/],
      [['--out', 'x.json'], /unknown option '--out' \(did you mean '--output'\?\)/],
      [['--sevrity', 'a=low'], /unknown option '--sevrity' \(did you mean '--severity'\?\)/],
      // Nothing near: no guess.
      [['--xyzzy'], /^preflight: unknown option '--xyzzy'; 'preflight --help' lists the options\n$/],
      [['-x'], /^preflight: unknown option '-x'; 'preflight --help' lists the options\n$/],
    ] as const) {
      const r = await cli([...args], repo);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
  });

  it('a command given a flag it does not use, or a stray argument, is a usage error', async () => {
    const repo = makeRepo({ 'c.md': '- [ ] HSTS enabled\n' });
    for (const [args, msg] of [
      [['list', '--fail-on', 'high'], /'list' does not take --fail-on \(it takes --format\)/],
      [['import', 'c.md', '--url', 'http://x'], /'import' does not take --url/],
      [['baseline', '--format', 'sarif'], /'baseline' does not take --format/],
      [['list', 'extra'], /'list' takes no argument, got 'extra'/],
      [['--wait', '-1'], /--wait needs a value; a value that starts with '-' is written --wait=VALUE/],
      // The checklist's bounds (probes.timeout ≤ 600, probes.wait ≤ 3600): a larger timeout overflowed Node's timers.
      [['--timeout', '2200000'], /^preflight: --timeout 2200000: expected at most 600 seconds \(see 'preflight --help'\)\n$/],
      [['--timeout', '1e9'], /--timeout 1e9: expected at most 600 seconds/],
      [['--wait', '3000000'], /--wait 3000000: expected at most 3600 seconds/],
      [['--timeout', 'Infinity'], /--timeout Infinity: expected a positive number of seconds/],
    ] as const) {
      const r = await cli([...args], repo);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
    // --debug is every command's.
    expect((await cli(['list', '--debug'], repo)).code).toBe(0);
  });

  it('a checklist naming a missing file, or a bad checklist, exits 2 naming file:line:column', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nitems:\n  - id: a\n    check: hst\n' });
    const missing = await cli(['--checklist', 'nope.yml'], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yml');
    const bad = await cli(['--checklist', 'c.yml'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/c\.yml:4:12: unknown check 'hst' \(did you mean 'hsts'\?\)/);
  });

  it('a missing checklist named like a built-in preset says how presets are used (QA28 inputs)', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:3.12-slim\n' });
    for (const name of ['docker', 'kubernetes.yml', 'app/node', 'checklists/docker.yml']) {
      const r = await cli(['--checklist', name], repo);
      expect(r.code).toBe(2);
      const preset = name.replace('.yml', '').split('/').pop()!;
      expect(r.stderr).toBe(`preflight: checklist ${name} not found; '${preset}' is a built-in preset's name, not a file: to use the built-in preset, write a checklist with \`extends: [${preset}]\` (in .github/preflight.yml: \`version: 1\` and \`extends: [${preset}]\`)\n`);
    }
    // Not for another missing name, or a file that exists (a repository's own docker.yml is read).
    for (const name of ['dockr', 'docker/preflight.yml', 'docker.md']) expect((await cli(['--checklist', name], repo)).stderr).toBe(`preflight: checklist ${name} not found\n`);
    const own = makeRepo({ 'docker.yml': 'version: 1\nitems:\n  - { id: a, check: hst }\n' });
    expect((await cli(['--checklist', 'docker.yml'], own)).stderr).toMatch(/^preflight: docker\.yml:3:21: unknown check 'hst'/);
  });

  it('checklist errors say what is wrong in words: encoding, nesting, case, single allowed values', async () => {
    const repo = makeRepo({
      'deep.yml': `version: 1\nitems:\n  - id: a\n    check: hsts\n    options: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      'case.yml': 'version: 1\nfail-on: High\nitems:\n  - id: a\n    check: HSTS\n    severity: Low\n',
      'v2.yml': 'version: 2\nitems: []\n',
    });
    // Written as raw bytes: a UTF-16 file with its byte-order mark.
    fs.writeFileSync(path.join(repo, 'utf16.yml'), Buffer.from('\uFEFFversion: 1\nitems: []\n', 'utf16le'));
    fs.writeFileSync(path.join(repo, 'fakebom.yml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\n')]));
    const cases: [string, RegExp][] = [
      ['utf16.yml', /utf16\.yml:1:1: the checklist starts with a UTF-16 byte-order mark: save it as UTF-8/],
      ['fakebom.yml', /fakebom\.yml:1:1: the checklist starts with a UTF-16 byte-order mark/],
      ['deep.yml', /deep\.yml:5:\d+: invalid YAML: nested too deeply/],
      ['case.yml', /case\.yml:5:12: unknown check 'HSTS' \(did you mean 'hsts'\?\)/],
      ['v2.yml', /v2\.yml:1:10: version: expected 1$/m],
    ];
    for (const [file, msg] of cases) {
      const r = await cli(['--checklist', file, '--no-probes'], repo);
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toMatch(msg);
    }
    // Levels in any case, as the flags take them.
    fs.writeFileSync(path.join(repo, 'case.yml'), 'version: 1\nfail-on: High\nitems:\n  - id: a\n    check: hsts\n    severity: Low\n');
    const ok = await cli(['--checklist', 'case.yml', '--no-probes', '--format', 'json'], repo);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ failOn: 'high', items: [{ id: 'a', severity: 'low' }] });
  });

  it('import says what a run says: not UTF-8 text (UTF-16, Windows-1252), table-row checkboxes, a binding without its colon', async () => {
    const repo = makeRepo({
      'table.md': '# Launch\n\n- [ ] HSTS enabled\n\n| Task | Owner |\n| --- | --- |\n| - [ ] WAF rules deployed | sec |\n',
      'colon.md': '- [ ] Edge is hardened <!-- preflight hsts -->\n',
      'twice.md': '- [ ] Edge is hardened <!-- preflight: hsts, hsts -->\n',
    });
    fs.writeFileSync(path.join(repo, 'latin1.md'), Buffer.from('## Caf\xe9\n\n- [ ] Sauvegardes test\xe9es\n', 'latin1'));
    fs.writeFileSync(path.join(repo, 'utf16.md'), Buffer.from('\uFEFF- [ ] Backups tested\n', 'utf16le'));
    const table = await cli(['import', 'table.md'], repo);
    expect(table.code).toBe(0);
    expect(table.stderr).toMatch(/warning: table\.md:7:3: a checkbox in a table row is not a task-list item, so 'WAF rules deployed' is not checked/);
    for (const [file, msg] of [
      ['latin1.md', /latin1\.md:1:7: the checklist is not UTF-8 text \(a byte that is no UTF-8 character/],
      ['utf16.md', /utf16\.md:1:1: the checklist starts with a UTF-16 byte-order mark/],
      ['colon.md', /colon\.md:1:\d+: expected `<!-- preflight: ID -->` \(a colon after `preflight`\)/],
      ['twice.md', /twice\.md:1:\d+: check 'hsts' is listed twice/],
    ] as const) {
      for (const args of [['import', file], ['--checklist', file, '--no-probes']]) {
        const r = await cli(args, repo);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stderr, args.join(' ')).toMatch(msg);
      }
    }
  });

  it('an invalid probes.url or a missing probes.ca exits 2 at its line in the checklist', async () => {
    const repo = makeRepo({ ...BAD, '.github/preflight.yml': 'version: 1\nprobes:\n  url: ftp://example.com\nitems:\n  - id: h\n    check: hsts\n' });
    const r = await cli([], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^preflight: \.github\/preflight\.yml:3:8: invalid URL 'ftp:\/\/example\.com'/);
    const ca = makeRepo({ ...BAD, '.github/preflight.yml': 'version: 1\nprobes:\n  url: https://example.com\n  ca: certs/missing.pem\nitems:\n  - id: h\n    check: hsts\n' });
    const c = await cli([], ca);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/^preflight: \.github\/preflight\.yml:4:7: probes\.ca 'certs\/missing\.pem' not found/);
    // A CA outside the repository is wrong in the checklist itself: refused without a URL, probes or not.
    const outside = makeRepo({ ...BAD, '.github/preflight.yml': 'version: 1\nprobes:\n  ca: ../../ca.pem\nitems:\n  - id: h\n    check: hsts\n' });
    for (const args of [[], ['--no-probes']]) {
      const o = await cli(args, outside);
      expect(o.code).toBe(2);
      expect(o.stderr).toMatch(/^preflight: \.github\/preflight\.yml:3:7: probes\.ca '\.\.\/\.\.\/ca\.pem' points outside the repository/);
    }
  });

  it('a device or FIFO named as the checklist, baseline, CA or import file exits 2 at once instead of reading forever (QA29 robust3 D8)', async () => {
    const dir = makeRepo(BAD);
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const [args, what] of [[['--no-probes', '--checklist', '/dev/zero'], 'checklist /dev/zero'], [['--no-probes', '--baseline', '/dev/zero'], 'baseline /dev/zero'], [['--url', 'https://127.0.0.1:1/', '--ca', '/dev/urandom'], 'CA file /dev/urandom \\(--ca\\)'], [['import', '/dev/zero'], '/dev/zero']] as const) {
      const r = await cli([...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${what} is not a regular file \\(a device or socket`));
    }
    // A FIFO is read as a stream since QA 52 (`<(…)`): one nobody writes to is said after a bounded wait for a writer (10 s), never waited on forever.
    const r = await cli(['--no-probes', '--checklist', 'pipe'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/checklist pipe is a FIFO with nothing written to it/);
  });

  it('a discovered checklist that is UTF-16 or binary is an error at file:1:1 (QA29 robust3 D10)', async () => {
    const utf16 = makeRepo(BAD);
    fs.writeFileSync(path.join(utf16, 'PRODUCTION_CHECKLIST.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('- [ ] HSTS is on\n', 'utf16le')]));
    const u = await cli(['--no-probes'], utf16);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/^preflight: PRODUCTION_CHECKLIST\.md:1:1: the checklist cannot be read: UTF-16 text/);
    const bin = makeRepo(BAD);
    fs.writeFileSync(path.join(bin, 'PRODUCTION_CHECKLIST.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
    const b = await cli(['--no-probes'], bin);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/^preflight: PRODUCTION_CHECKLIST\.md:1:1: the checklist cannot be read: binary/);
  });

  it('a discovered checklist that is a directory or links out of the repository exits 2, never crashes', async () => {
    const dir = makeRepo(BAD);
    fs.mkdirSync(path.join(dir, '.github/preflight.yml'), { recursive: true });
    const r = await cli(['--no-probes'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^preflight: \.github\/preflight\.yml: the checklist cannot be read/);
    const outside = fs.mkdtempSync(path.join(path.dirname(dir), 'outside-'));
    fs.writeFileSync(path.join(outside, 'list.yml'), 'version: 1\nitems: []\n');
    const link = makeRepo(BAD);
    fs.mkdirSync(path.join(link, '.github'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'list.yml'), path.join(link, '.github/preflight.yml'));
    const l = await cli(['--no-probes'], link);
    expect(l.code).toBe(2);
    expect(l.stderr).toMatch(/the checklist cannot be read: symlink pointing outside the repository/);
  });

  it('a tracked Dockerfile that is a symlink out of the repository is not read, and the skip reasons say so (QA 30 paths D7)', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-outside-'));
    fs.writeFileSync(path.join(outside, 'Dockerfile'), 'FROM python:latest\nCMD ["flask", "run"]\n');
    const dir = makeRepo({ 'README.md': '# app\n' });
    fs.symlinkSync(path.join(outside, 'Dockerfile'), path.join(dir, 'Dockerfile'));
    execFileSync('git', ['add', 'Dockerfile'], { cwd: dir });
    execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-qm', 'link'], { cwd: dir });
    const r = await cli(['--no-probes', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout);
    const item = report.items.find((i: { check: string }) => i.check === 'dockerfile-non-root');
    expect(item.status).toBe('skipped');
    expect(item.reason).toBe('no Dockerfile could be read: Dockerfile: not read (symlink pointing outside the repository)');
    // Nothing of the outside file was judged.
    expect(report.findings.filter((f: { file: string }) => f.file === 'Dockerfile')).toEqual([]);
  });

  it('--dir through a symlink that leaves the repository exits 2, as ../elsewhere would (QA27 D1)', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-outside-'));
    fs.mkdirSync(path.join(outside, 'secrets'));
    fs.writeFileSync(path.join(outside, 'Dockerfile'), 'FROM python:latest\nCMD ["flask", "run"]\n');
    fs.writeFileSync(path.join(outside, 'secrets/prod.env'), 'A=1\n');
    const repo = makeRepo({ ...BAD, 'services/api/Dockerfile': 'FROM python:latest\nCMD ["flask", "run"]\n' });
    fs.symlinkSync(outside, path.join(repo, 'services/shared'));
    fs.symlinkSync('api', path.join(repo, 'services/api-link'));
    execFileSync('git', ['add', '-A'], { cwd: repo });
    for (const dir of ['services/shared', 'services/shared/secrets', path.join(repo, 'services/shared'), './services/../services/shared']) {
      const r = await cli(['--no-probes', '--dir', dir], repo);
      expect(r.code, dir).toBe(2);
      expect(r.stderr).toMatch(/goes through the symlink .*services\/shared, which points outside the repository .* \(to .*pf-outside-[^/]*\)/);
      expect(r.stdout).toBe('');
    }
    // `cd services/shared && preflight`: the shell's logical PWD shows the link process.cwd() has resolved.
    const cd = await cli(['--no-probes'], fs.realpathSync(outside), { PWD: path.join(repo, 'services/shared') });
    expect(cd.code).toBe(2);
    expect(cd.stderr).toMatch(/goes through the symlink/);
    // A symlink inside the repository to a folder of it is fine; so is the real folder named outright,
    // and a repository reached through a symlink above it.
    const inside = await cli(['--no-probes', '--format', 'json', '--dir', 'services/api-link'], repo);
    expect(inside.code).toBe(1);
    expect(JSON.parse(inside.stdout).findings.map((f: { file: string }) => f.file)).toContain('services/api/Dockerfile');
    expect((await cli(['--no-probes', '--dir', outside], repo)).code).toBe(1);
    const above = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pf-above-')), 'repo');
    fs.symlinkSync(repo, above);
    expect((await cli(['--no-probes', '--dir', path.join(above, 'services/api')], repo)).code).toBe(1);
  });

  it('--severity overrides and off change the verdict', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:latest\nUSER app\n' });
    const list = 'version: 1\nitems:\n  - { id: pin, check: image-tag-pinned }\n';
    fs.writeFileSync(path.join(repo, 'c.yml'), list);
    expect((await cli(['--checklist', 'c.yml'], repo)).code).toBe(0); // high < critical
    expect((await cli(['--checklist', 'c.yml', '--severity', 'image-tag-pinned=critical'], repo)).code).toBe(1);
    expect((await cli(['--checklist', 'c.yml', '--severity', 'pin=critical'], repo)).code).toBe(1);
    const off = await cli(['--checklist', 'c.yml', '--fail-on', 'low', '--severity', 'image-tag-pinned=off', '--format', 'json'], repo);
    expect(off.code).toBe(0);
    expect(JSON.parse(off.stdout).items[0].status).toBe('skipped');
  });

  it('--severity ITEM beats --severity CHECK in either order; an item switched off keeps its severity (QA 26 D3, D4)', async () => {
    const repo = makeRepo({ 'api/Dockerfile': 'FROM python:latest\n', 'web/Dockerfile': 'FROM node:latest\n', 'c.yml': 'version: 1\nitems:\n  - { id: pinned-api, title: API images pinned, check: image-tag-pinned, severity: critical, paths: [api/**] }\n  - { id: pinned-web, check: image-tag-pinned, paths: [web/**] }\n' });
    for (const args of [['--severity', 'image-tag-pinned=low', '--severity', 'pinned-api=medium'], ['--severity', 'pinned-api=medium', '--severity', 'image-tag-pinned=low']]) {
      const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--format', 'json', ...args], repo)).stdout);
      expect(doc.items.map((i: { id: string; severity: string }) => [i.id, i.severity])).toEqual([['pinned-api', 'medium'], ['pinned-web', 'low']]);
    }
    const off = await cli(['--checklist', 'c.yml', '--severity', 'pinned-api=off', '--fail-on', 'none'], repo);
    expect(off.stdout).toContain('API images pinned [pinned-api] critical skipped — item switched off (--severity pinned-api=off)');
    const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--format', 'json', '--severity', 'pinned-api=off'], repo)).stdout);
    expect(doc.items[0]).toMatchObject({ id: 'pinned-api', severity: 'critical', status: 'skipped', reason: 'item switched off (--severity pinned-api=off)' });
    expect(doc.items[1]).toMatchObject({ id: 'pinned-web', severity: 'high', status: 'fail' });
  });

  it('--severity ITEM=off switches a manual item off: not pending, not counted, not gating', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nfail-on: high\nitems:\n  - id: backups\n    title: Backups restored in a drill\n' });
    const on = await cli(['--checklist', 'c.yml', '--format', 'json'], repo);
    expect(on.code).toBe(1);
    expect(JSON.parse(on.stdout).items[0].status).toBe('pending');
    const off = await cli(['--checklist', 'c.yml', '--format', 'json', '--severity', 'backups=off'], repo);
    expect(off.code).toBe(0);
    const report = JSON.parse(off.stdout);
    expect(report.items[0]).toMatchObject({ status: 'skipped', reason: 'item switched off (--severity backups=off)' });
    expect(report.counts.high).toBe(0);
  });

  it('a --severity override naming no check or item is a usage error with a suggestion', async () => {
    const repo = makeRepo(BAD);
    const r = await cli(['--no-probes', '--severity', 'image-tag-pined=off'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--severity image-tag-pined=\w+: no check or checklist item has that id \(did you mean 'image-tag-pinned'\?\)/);
  });

  it('a --severity override of a real check that no item runs warns that it changes nothing (QA stop 27, D5)', async () => {
    const repo = makeRepo({ ...BAD, 'c.yml': 'version: 1\nitems:\n  - { id: pin, check: image-tag-pinned }\n' });
    const r = await cli(['--no-probes', '--checklist', 'c.yml', '--severity', 'resource-limits=high', '--severity', 'image-tag-pinned=low'], repo);
    expect(r.stderr.trim().split('\n')).toEqual(["preflight: --severity resource-limits=high: no item of c.yml runs check 'resource-limits', so the override changes nothing (add an item with `check: resource-limits` to run it)"]);
    expect(r.code).toBe(0);
    // `off` asks for what happens anyway; an item id and a check an item runs are no-ops to warn of neither.
    expect((await cli(['--no-probes', '--checklist', 'c.yml', '--severity', 'resource-limits=off', '--severity', 'pin=high'], repo)).stderr).toBe('');
  });

  it('Markdown HTML comments suppress; a suppression that binds nothing is reported (QA stop 27, D3/D4)', async () => {
    const repo = makeRepo({
      'OPERATIONS.md': '# Operations\n\n<!-- preflight-ignore hardcoded-secret: example in docs -->\nUse `export GITHUB_TOKEN=ghp_Aa7Lm2Rt9vBn4Kp8Zs1Wd6Yc3Hf5Jg0Ub3Fq` to release.\n',
      'compose.yaml': 'services:\n  db:  # preflight-ignore database-port-exposed: BI tooling needs it\n    image: postgres:16.3\n    restart: always\n    ports:\n      - "5432:5432"\n',
      'main.py': 'from fastapi import FastAPI\napp = FastAPI()\n\n# preflight-ignore cors-wildcard: public API\napp.add_middleware(\n    CORSMiddleware,\n    allow_origins=["*"],\n)\n',
      // A comment above a blank line binds nothing there (the finding is further down).
      'api.py': 'from flask_cors import CORS\n# preflight-ignore cors-wildcard: stale\n\nCORS(app, origins="*", supports_credentials=True)\n',
      'c.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: secrets, check: hardcoded-secret }\n  - { id: ports, check: database-port-exposed }\n  - { id: cors, check: cors-wildcard }\n',
    });
    const r = await cli(['--no-probes', '--checklist', 'c.yml', '--format', 'json'], repo);
    const got = JSON.parse(r.stdout).findings.map((f: { check: string; file: string; line: number; suppressed?: boolean }) => `${f.check} ${f.file}:${f.line}${f.suppressed ? ' suppressed' : ''}`);
    // The comment above the multi-line `add_middleware(` call covers the whole call (its finding is on line 7).
    expect(got.sort()).toEqual(['config api.py:2', 'cors-wildcard api.py:4', 'cors-wildcard main.py:7 suppressed', 'database-port-exposed compose.yaml:6 suppressed', 'hardcoded-secret OPERATIONS.md:4 suppressed']);
    expect(r.code).toBe(1);
  });

  it('list prints every check with its severity; --version and --help work', async () => {
    const repo = makeRepo({});
    const l = await cli(['list', '--format', 'json'], repo);
    const ids = JSON.parse(l.stdout).map((d: { id: string }) => d.id);
    expect(ids).toContain('image-tag-pinned');
    expect((await cli(['--version'], repo)).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect((await cli(['--help'], repo)).stdout).toContain('--fail-on');
  });

  it('baseline records findings; with --baseline known findings do not fail, new ones do', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:latest\nUSER app\n', 'c.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: pin, check: image-tag-pinned }\n' });
    const b = await cli(['baseline', '--checklist', 'c.yml', '--output', 'baseline.json'], repo);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/Recorded 1 finding/);
    const known = await cli(['--checklist', 'c.yml', '--baseline', 'baseline.json', '--format', 'json'], repo);
    expect(known.code).toBe(0);
    expect(JSON.parse(known.stdout).findings[0].baseline).toBe(true);
    // The same line moved down: still known (fingerprints ignore line numbers).
    fs.writeFileSync(path.join(repo, 'Dockerfile'), '# syntax=docker/dockerfile:1\n\nFROM python:latest\nUSER app\n');
    expect((await cli(['--checklist', 'c.yml', '--baseline', 'baseline.json'], repo)).code).toBe(0);
    fs.writeFileSync(path.join(repo, 'Dockerfile'), 'FROM python:latest\nFROM node AS x\nUSER app\n');
    expect((await cli(['--checklist', 'c.yml', '--baseline', 'baseline.json'], repo)).code).toBe(1);
    // Fixed: the text report says the baseline can shrink.
    fs.writeFileSync(path.join(repo, 'Dockerfile'), 'FROM python:3.12\nUSER app\n');
    const fixed = await cli(['--checklist', 'c.yml', '--baseline', 'baseline.json'], repo);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('1 baseline entry is fixed');
  });

  describe('a baseline knows a finding by what its check judged, not by the text of its line', () => {
    // QA (D1): a Renovate bump of the final stage's base image, a digest pinned there, `--platform`/`AS app` added to an
    // untagged FROM, a compose port's quote style or another port in its flow list brought back baselined findings
    // whose subject had not changed: the stage still runs as root without a HEALTHCHECK, `node` is still untagged, port
    // 5432 of service db is still published. A Dependabot base-image PR must not fail on accepted debt.
    const checklist = 'version: 1\nfail-on: low\nitems:\n  - { id: pin, check: image-tag-pinned }\n  - { id: root, check: dockerfile-non-root }\n  - { id: hc, check: dockerfile-healthcheck }\n  - { id: db, check: database-port-exposed }\n  - { id: dbg, check: debug-mode }\n  - { id: env, check: dockerfile-secrets-in-env }\n';
    const before = {
      'c.yml': checklist,
      Dockerfile: 'FROM node AS build\nRUN npm ci\nFROM python:3.11\nARG NPM_TOKEN\nENV NPM_TOKEN=$NPM_TOKEN\nENV FLASK_DEBUG=1\nENV API_TOKEN=q7Xv2LpR9sKd4TzW8mNc\nCOPY --from=build /app /app\n',
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n  web:\n    image: nginx:1.27\n    environment:\n      FLASK_DEBUG: "1"\n',
    };
    const DIGEST = `sha256:${'6ec5aa99dc335666'.repeat(4)}`;
    // Each edit on a finding's line leaves what the check judged unchanged.
    const edited = {
      Dockerfile: `FROM --platform=linux/amd64 node AS build\nRUN npm ci\nFROM python:3.11.9@${DIGEST} AS app\nARG NPM_TOKEN\nENV NPM_TOKEN=\${NPM_TOKEN}\nENV FLASK_DEBUG="1"\nENV API_TOKEN=q7Xv2LpR9sKd4TzW8mNc\nCOPY --from=build /app /app\n`,
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16.4\n    ports: [\'5432:5432\', "9187:9187"]\n  web:\n    image: nginx:1.27\n    environment:\n      FLASK_DEBUG: \'1\'  # flask\n',
    };
    const write = (repo: string, files: Record<string, string>) => { for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(repo, f), t); };
    const fresh = async (repo: string, baseline: string) => {
      const r = await cli(['--checklist', 'c.yml', '--baseline', baseline, '--format', 'json'], repo);
      const doc = JSON.parse(r.stdout);
      return { code: r.code, fresh: doc.findings.filter((f: { note?: boolean; baseline?: boolean }) => !f.note && !f.baseline).map((f: { check: string; message: string }) => `${f.check}: ${f.message.split(';')[0]}`) };
    };

    it('keeps each finding known across unrelated edits on its line; a new stage, image, port or secret value is new', async () => {
      const repo = makeRepo(before);
      const b = await cli(['baseline', '--checklist', 'c.yml', '--output', 'baseline.json'], repo);
      expect(b.stdout).toMatch(/Recorded 8 findings/);
      expect(JSON.parse(fs.readFileSync(path.join(repo, 'baseline.json'), 'utf8')).version).toBe(2);
      write(repo, edited);
      expect(await fresh(repo, 'baseline.json')).toEqual({ code: 0, fresh: [] });
      // Genuinely new: another image, another service's database port or debug setting, another value of a secret.
      write(repo, {
        Dockerfile: edited.Dockerfile.replace('FROM python', 'FROM redis AS cache\nFROM python').replace('q7Xv2LpR9sKd4TzW8mNc', 'Zr4Kp9Lw2Qx7Vn3Tb8Hd'),
        'docker-compose.yml': `${edited['docker-compose.yml']}  cache:\n    image: redis:7.2\n    ports: ["6379:6379"]\n    environment:\n      FLASK_DEBUG: "1"\n`,
      });
      const added = await fresh(repo, 'baseline.json');
      expect(added.code).toBe(1);
      expect(added.fresh.sort()).toEqual([
        "database-port-exposed: compose service 'cache' publishes database port 6379 (Redis) on host port 6379 of all interfaces",
        "debug-mode: service 'cache' sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution)",
        'dockerfile-secrets-in-env: ENV API_TOKEN bakes a literal value into the image (readable with docker inspect)',
        "image-tag-pinned: FROM redis has no tag, so it pulls 'latest'",
      ]);
    });

    it('a stage a compose service builds as its target is another stage than the final one', async () => {
      const repo = makeRepo(before);
      await cli(['baseline', '--checklist', 'c.yml', '--output', 'baseline.json'], repo);
      write(repo, { 'docker-compose.yml': `${before['docker-compose.yml']}  api:\n    build: .\n  worker:\n    build: { context: ., target: build }\n` });
      const r = await fresh(repo, 'baseline.json');
      expect(r.fresh.sort()).toEqual([
        "dockerfile-healthcheck: build target 'build' (FROM node), which service 'worker' in docker-compose.yml builds, declares no HEALTHCHECK",
        "dockerfile-non-root: build target 'build' (service 'worker' in docker-compose.yml) has no USER, so it runs as root (base image node)",
      ]);
    });

    it('a baseline written before (version 1, line-text fingerprints) keeps working, across the same edits', async () => {
      const repo = makeRepo(before);
      // Written by `preflight baseline` before fingerprints knew subjects, on `before`.
      const v1 = ([
        ['debug-mode', 'docker-compose.yml', '1267c12132c60cb315c392f9d3c5ad04', "service 'web' sets FLASK_DEBUG=1, which turns on Flask debug mode (Werkzeug debugger: remote code execution); remove it from deploy config (debug must default to off)"],
        ['debug-mode', 'Dockerfile', '9982c7a1fa772a5956238d7354aeae17', 'ENV FLASK_DEBUG=1 in the image turns on Flask debug mode (Werkzeug debugger: remote code execution); remove it from deploy config (debug must default to off)'],
        ['database-port-exposed', 'docker-compose.yml', 'ba6ecb08502e46bc86b56377aea0ca85', "compose service 'db' publishes database port 5432 (PostgreSQL) on host port 5432 of all interfaces; remove the mapping, use expose:, or bind to 127.0.0.1"],
        ['image-tag-pinned', 'Dockerfile', '0e583496221446bd1c026cdf6999124a', "FROM node has no tag, so it pulls 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)"],
        ['dockerfile-non-root', 'Dockerfile', '30f643b0a75a85d2092b4132f31f7c4b', 'the final stage has no USER, so it runs as root (base image python:3.11); add an unprivileged user and end with USER 10001:10001'],
        ['dockerfile-secrets-in-env', 'Dockerfile', '4d7037b2f39560c23dd87e509699a81a', "ENV NPM_TOKEN copies build argument 'NPM_TOKEN' into the image, so the value passed with --build-arg ships with it; use RUN --mount=type=secret or inject it at run time"],
        ['dockerfile-secrets-in-env', 'Dockerfile', 'ec759f39d902c0e53f2788616642844c', 'ENV API_TOKEN bakes a literal value into the image (readable with docker inspect); inject it at run time instead'],
        ['dockerfile-healthcheck', 'Dockerfile', '05a9646a329cdef633b9b112480e77a0', 'the final stage (FROM python:3.11) declares no HEALTHCHECK; add one so a hung server is detected and restarted'],
      ] as const).map(([check, file, fingerprint, message]) => ({ check, file, fingerprint, message }));
      fs.writeFileSync(path.join(repo, 'v1.json'), JSON.stringify({ version: 1, tool: 'preflight', findings: v1 }, null, 2));
      // Unchanged: every entry matches by the line form it was written with.
      expect(await fresh(repo, 'v1.json')).toEqual({ code: 0, fresh: [] });
      // Edited: found by the entry that says the same of the same check and file (image tags and digests aside).
      write(repo, edited);
      expect(await fresh(repo, 'v1.json')).toEqual({ code: 0, fresh: [] });
      // …but a finding whose line-text entry is gone and which says something else is new: the secret's value (hashed), the image.
      write(repo, { Dockerfile: edited.Dockerfile.replace('q7Xv2LpR9sKd4TzW8mNc', 'Zr4Kp9Lw2Qx7Vn3Tb8Hd').replace('linux/amd64 node', 'linux/amd64 nodejs') });
      expect((await fresh(repo, 'v1.json')).fresh.sort()).toEqual([
        'dockerfile-secrets-in-env: ENV API_TOKEN bakes a literal value into the image (readable with docker inspect)',
        "image-tag-pinned: FROM nodejs has no tag, so it pulls 'latest'",
      ]);
    });
  });

  it('a parse error can be recorded in a baseline like any finding; a new unparsable file still fails', async () => {
    const repo = makeRepo({ 'docker-compose.yml': 'services:\n  web: [unclosed\n', 'c.yml': 'version: 1\nfail-on: low\nitems:\n  - { id: rl, check: restart-policy }\n' });
    expect((await cli(['--checklist', 'c.yml'], repo)).code).toBe(1);
    const b = await cli(['baseline', '--checklist', 'c.yml', '--output', 'baseline.json'], repo);
    expect(b.stdout).toMatch(/Recorded 1 finding/);
    const known = await cli(['--checklist', 'c.yml', '--baseline', 'baseline.json', '--format', 'json'], repo);
    expect(known.code).toBe(0);
    expect(JSON.parse(known.stdout).findings.map((f: { check: string; baseline?: boolean }) => [f.check, f.baseline])).toEqual([['parse-error', true]]);
    // Fingerprinted by the line's text, not its number: a comment added above keeps it known.
    fs.writeFileSync(path.join(repo, 'docker-compose.yml'), '# web service\nservices:\n  web: [unclosed\n');
    expect((await cli(['--checklist', 'c.yml', '--baseline', 'baseline.json'], repo)).code).toBe(0);
    fs.writeFileSync(path.join(repo, 'compose.prod.yml'), 'services: {web: [\n');
    execFileSync('git', ['add', 'compose.prod.yml'], { cwd: repo });
    expect((await cli(['--checklist', 'c.yml', '--baseline', 'baseline.json'], repo)).code).toBe(1);
  });

  it('a checklist names its own baseline, relative to itself; the flag wins; outside the repository is an error at its line', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:latest\nUSER app\n', 'ops/c.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: pin, check: image-tag-pinned }\n' });
    expect((await cli(['baseline', '--checklist', 'ops/c.yml', '--output', 'ops/known.json'], repo)).code).toBe(0);
    fs.writeFileSync(path.join(repo, 'ops/c.yml'), 'version: 1\nfail-on: high\nbaseline: known.json\nitems:\n  - { id: pin, check: image-tag-pinned }\n');
    const known = await cli(['--checklist', 'ops/c.yml', '--format', 'json'], repo);
    expect(known.code, known.stderr).toBe(0);
    expect(JSON.parse(known.stdout).findings[0].baseline).toBe(true);
    // Recording again with the checklist naming it (before or after the file exists) records every finding.
    fs.rmSync(path.join(repo, 'ops/known.json'));
    const again = await cli(['baseline', '--checklist', 'ops/c.yml', '--output', 'ops/known.json'], repo);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'ops/known.json'), 'utf8')).findings).toHaveLength(1);
    fs.writeFileSync(path.join(repo, 'empty.json'), '{"version":1,"tool":"preflight","findings":[]}\n');
    expect((await cli(['--checklist', 'ops/c.yml', '--baseline', 'empty.json'], repo)).code).toBe(1);
    fs.writeFileSync(path.join(repo, 'ops/c.yml'), 'version: 1\nbaseline: ../../elsewhere.json\nitems:\n  - { id: pin, check: image-tag-pinned }\n');
    const out = await cli(['--checklist', 'ops/c.yml'], repo);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/ops\/c\.yml:2:11: baseline '\.\.\/\.\.\/elsewhere\.json' points outside the repository/);
    // A discovered checklist over 1 MiB: the limit said in words (checklists7 D4).
    const big = makeRepo({ Dockerfile: 'FROM python:3.12\n', 'preflight.yml': `version: 1\n${'# padding\n'.repeat(110_000)}items: []\n` });
    const tooBig = await cli([], big);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toBe('preflight: preflight.yml: the checklist cannot be read: larger than 1048576 bytes (1 MiB, the most a discovered checklist may be)\n');
    // With `probes.ca` outside too and a schema mistake: all three in one run, in file order (checklists7 D1, c49/c52),
    // whether or not the baseline is used (`--baseline` given: the checklist's own is wrong all the same).
    fs.writeFileSync(path.join(repo, 'ops/c.yml'), 'version: 1\nbaseline: ../../elsewhere.json\nprobes:\n  url: https://127.0.0.1:1\n  ca: /etc/ssl/certs/ca.pem\nitems:\n  - { id: pin, check: image-tag-pinned, severity: hgh }\n');
    for (const args of [['--checklist', 'ops/c.yml'], ['--checklist', 'ops/c.yml', '--baseline', 'empty.json', '--no-probes']]) {
      const every = await cli(args, repo);
      expect(every.code).toBe(2);
      expect(every.stderr.trim().split('\n').map((l) => l.replace(/^preflight: /, '').split(': ')[0])).toEqual(['ops/c.yml:2:11', 'ops/c.yml:5:7', 'ops/c.yml:7:51']);
    }
  });

  it('inline suppressions leave the gate; unknown ids and expired ones are reported', async () => {
    const repo = makeRepo({
      'Dockerfile': '# preflight-ignore image-tag-pinned: vendor image has no tags\nFROM vendor/tool\nFROM python:latest\n',
      'compose.yml': 'services:\n  db:\n    # preflight-ignore image-tag-pinned until 2020-01-01: temporary\n    image: postgres\n  x:\n    image: redis # preflight-ignore no-such-check: typo\n',
      'c.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: pin, check: image-tag-pinned }\n',
    });
    const r = await cli(['--checklist', 'c.yml', '--format', 'json'], repo);
    const doc = JSON.parse(r.stdout);
    const pin = doc.findings.filter((f: { check: string }) => f.check === 'image-tag-pinned');
    expect(pin.find((f: { line: number; file: string }) => f.file === 'Dockerfile' && f.line === 2).suppressed).toBe(true);
    expect(pin.find((f: { line: number; file: string }) => f.file === 'compose.yml' && f.line === 4).suppressed).toBeUndefined();
    const config = doc.findings.filter((f: { check: string }) => f.check === 'config');
    expect(config.map((f: { line: number; message: string }) => f.line).sort()).toEqual([3, 6]);
    expect(config.every((f: { item: unknown; severity: string }) => f.item === null && f.severity === 'low')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('QA 27 newrules D5: an unused suppression is reported only in a file its check judges (not a test folder\'s Dockerfile)', async () => {
    const fixture = '# preflight-ignore image-tag-pinned: fixture\nFROM alpine\nCMD ["sh"]\n';
    const repo = makeRepo({
      'Dockerfile': '# preflight-ignore image-tag-pinned: we track the LTS line\nFROM node:20.14.0-bookworm-slim\nUSER node\n',
      'tests/fixtures/Dockerfile': fixture,
      'examples/demo/Dockerfile': fixture,
      'tests/compose.yml': 'services:\n  db:\n    # preflight-ignore database-port-exposed: test database\n    image: postgres:16.3\n',
      'tests/k8s/deploy.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: t\nspec:\n  containers:\n    # preflight-ignore k8s-probes: test pod\n    - name: t\n      image: busybox:1.36\n',
      // A docs site's Dockerfile is judged (deployed), as is the Dockerfile a production compose service builds from tests/.
      'docs/Dockerfile': fixture,
      'tests/e2e/Dockerfile': fixture,
      'compose.yml': 'services:\n  e2e:\n    build:\n      context: .\n      dockerfile: tests/e2e/Dockerfile\n    image: acme/e2e:1.0.0\n',
      'c.yml': 'version: 1\nfail-on: low\nitems:\n  - { id: pin, check: image-tag-pinned }\n  - { id: port, check: database-port-exposed }\n  - { id: probes, check: k8s-probes }\n',
    });
    const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--format', 'json', '--no-probes'], repo)).stdout);
    const config = doc.findings.filter((f: { check: string }) => f.check === 'config').map((f: { file: string; line: number; message: string }) => `${f.file}:${f.line} ${f.message.slice(0, 60)}`);
    // Only above the pinned FROM of a judged Dockerfile: the test folders' files are not judged.
    expect(config).toEqual(['Dockerfile:1 preflight-ignore image-tag-pinned matched no finding on the ']);
    // The docs site's and the compose-built Dockerfile are judged: `FROM alpine` is a finding there, which the suppression mutes.
    expect(doc.findings.filter((f: { check: string; file: string }) => f.check === 'image-tag-pinned').map((f: { file: string; suppressed?: boolean }) => `${f.file} ${f.suppressed ?? false}`).sort()).toEqual(['docs/Dockerfile true', 'tests/e2e/Dockerfile true']);
  });

  it('suppression comments stacked above one line all apply to it', async () => {
    const repo = makeRepo({
      'Dockerfile': '# preflight-ignore image-tag-pinned: vendor image\n# preflight-ignore dockerfile-non-root: the vendor image drops privileges itself\nFROM vendor/tool\n',
      'c.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: pin, check: image-tag-pinned }\n  - { id: root, check: dockerfile-non-root }\n',
    });
    const r = await cli(['--checklist', 'c.yml', '--format', 'json'], repo);
    const doc = JSON.parse(r.stdout);
    const got = doc.findings.filter((f: { note?: boolean }) => !f.note).map((f: { check: string; line: number; suppressed?: boolean }) => [f.check, f.line, f.suppressed ?? false]);
    expect(got.sort()).toEqual([['dockerfile-non-root', 3, true], ['image-tag-pinned', 3, true]]);
    expect(r.code).toBe(0);
  });

  it('env-file-not-ignored judges the env files in an item\'s scope, whose .gitignore may sit above it (QA stop 23)', async () => {
    const status = async (files: Record<string, string>, checklist: string) => {
      const repo = makeRepo({ ...files, 'c.yml': checklist });
      const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--format', 'json', '--no-probes'], repo)).stdout);
      return doc.items.map((i: { id: string; status: string }) => `${i.id} ${i.status}`).concat(doc.findings.filter((f: { check: string }) => f.check === 'env-file-not-ignored').map((f: { file: string | null; message: string }) => `${f.file} ${/'[^']+'/g.exec(f.message)?.[0]}`));
    };
    // A service folder without a rule: its .env is not ignored, though the finding belongs in the root .gitignore.
    const web = { '.gitignore': 'node_modules/\n', 'services/web/.env.example': 'A=\n', 'services/api/.gitignore': '.env\n', 'services/api/.env.example': 'A=\n', 'README.md': 'x\n' };
    expect(await status(web, 'version: 1\nitems:\n  - { id: web, check: env-file-not-ignored, paths: ["services/web/**"] }\n  - { id: api, check: env-file-not-ignored, paths: ["services/api/**"] }\n'))
      .toEqual(['web fail', 'api pass', ".gitignore 'services/web/.env'"]);
    // The top-level ignore leaves a folder out: its template asks for nothing.
    const legacy = { '.gitignore': '/.env\n', 'legacy/app/.env.example': 'A=\n', 'app.py': 'x = 1\n' };
    expect(await status(legacy, 'version: 1\nignore: ["legacy/**"]\nitems:\n  - { id: env, check: env-file-not-ignored }\n')).toEqual(['env pass']);
    expect(await status(legacy, 'version: 1\nitems:\n  - { id: env, check: env-file-not-ignored }\n')).toEqual(['env fail', ".gitignore 'legacy/app/.env'"]);
    // A negation in a .gitignore outside the scope that re-includes an env file inside it is read too.
    const negated = { '.gitignore': '.env*\n!services/web/.env.production\n', 'services/web/app.js': 'x\n', 'README.md': 'x\n' };
    expect(await status(negated, 'version: 1\nitems:\n  - { id: web, check: env-file-not-ignored, paths: ["services/web/**"] }\n'))
      .toEqual(['web fail', ".gitignore 'services/web/.env.production'"]);
  });

  it('in YAML a suppression above a block covers the block: ports, a service, a container (QA stop 22)', async () => {
    const repo = makeRepo({
      'compose.yml': [
        'services:',
        '  db:',
        '    image: postgres:16',
        '    # preflight-ignore database-port-exposed: the host firewall allows only the VPN',
        '    ports:',
        '      - "5432:5432"',
        '',
        '      # the replica',
        '      - "5433:5432"',
        '    restart: always',
        '  cache:',
        '    image: redis:7',
        '    ports:',
        '      - "6379:6379"',
        '    restart: always',
        '  # preflight-ignore database-port-exposed, image-tag-pinned: a throwaway search node',
        '  search:',
        '    image: elasticsearch',
        '    ports: ["9200:9200"]',
        '    restart: always',
        '',
      ].join('\n'),
      'k8s/deploy.yaml': [
        'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers:',
        '        # preflight-ignore image-tag-pinned: mirrored by the registry',
        '        - name: web',
        '          image: nginx',
        '        - name: sidecar',
        '          image: envoy',
        '',
      ].join('\n'),
      'c.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: db, check: database-port-exposed }\n  - { id: pin, check: image-tag-pinned }\n',
    });
    const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--format', 'json'], repo)).stdout);
    const got = doc.findings.filter((f: { note?: boolean }) => !f.note).map((f: { check: string; file: string; line: number; suppressed?: boolean }) => `${f.check} ${f.file}:${f.line}${f.suppressed ? ' suppressed' : ''}`);
    expect(got.sort()).toEqual([
      'database-port-exposed compose.yml:14',
      'database-port-exposed compose.yml:19 suppressed',
      'database-port-exposed compose.yml:6 suppressed',
      'database-port-exposed compose.yml:9 suppressed',
      'image-tag-pinned compose.yml:18 suppressed',
      'image-tag-pinned k8s/deploy.yaml:11 suppressed',
      'image-tag-pinned k8s/deploy.yaml:13',
    ]);
  });

  it('a checklist with no items says nothing is checked (QA stop 18)', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\n', '.env': 'A=1\n' });
    const r = await cli(['--checklist', 'c.yml'], repo);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/c\.yml has no items and extends no preset: nothing is checked/);
  });

  it('a suppression above a Dockerfile instruction covers its continuation lines, and only them', async () => {
    const repo = makeRepo({
      'Dockerfile': 'FROM python:3.12-slim\n# preflight-ignore dockerfile-secrets-in-env: rotated test key, see docs\nENV APP_ENV=production \\\n    # the signing key\n    SECRET_KEY=f3c9a1b7e2d84c6a9b0e1f2a3b4c5d6e\nENV API_TOKEN=9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e\nUSER 1000\n',
      'c.yml': 'version: 1\nitems:\n  - { id: env, check: dockerfile-secrets-in-env }\n',
    });
    const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--format', 'json'], repo)).stdout);
    const got = doc.findings.filter((f: { check: string }) => f.check === 'dockerfile-secrets-in-env').map((f: { line: number; suppressed?: boolean }) => [f.line, f.suppressed ?? false]);
    expect(got).toEqual([[5, true], [6, false]]);
    // A comment right above a continuation line is the one that applies there (its reason is recorded).
    fs.writeFileSync(path.join(repo, 'Dockerfile'), 'FROM python:3.12-slim\n# preflight-ignore dockerfile-secrets-in-env: the whole block\nENV APP_ENV=production \\\n    # preflight-ignore dockerfile-secrets-in-env: sandbox key\n    SECRET_KEY=f3c9a1b7e2d84c6a9b0e1f2a3b4c5d6e\nUSER 1000\n');
    const again = JSON.parse((await cli(['--checklist', 'c.yml', '--format', 'json'], repo)).stdout);
    expect(again.findings.filter((f: { check: string }) => f.check === 'dockerfile-secrets-in-env').map((f: { line: number; suppressedBy?: string }) => [f.line, f.suppressedBy])).toEqual([[5, 'sandbox key']]);
  });

  it('an until that is not a date is reported and not applied; parse errors can be suppressed', async () => {
    const repo = makeRepo({
      'Dockerfile': '# preflight-ignore image-tag-pinned until 2026-2-1: typo in the date\nFROM python:latest\n',
      'compose.yml': 'services:\n  a:\n    image: x:1\n    image: y:1 # preflight-ignore parse-error: known duplicate, fixed upstream\n',
      'c.yml': 'version: 1\nfail-on: high\nitems:\n  - { id: pin, check: image-tag-pinned }\n',
    });
    const doc = JSON.parse((await cli(['--checklist', 'c.yml', '--format', 'json'], repo)).stdout);
    const pin = doc.findings.find((f: { check: string; file: string }) => f.check === 'image-tag-pinned' && f.file === 'Dockerfile');
    expect(pin.suppressed).toBeUndefined();
    const config = doc.findings.filter((f: { check: string }) => f.check === 'config');
    expect(config.map((f: { file: string; line: number; message: string }) => `${f.file}:${f.line} ${f.message.slice(0, 50)}`)).toEqual(["Dockerfile:1 preflight-ignore until '2026-2-1': expected a date"]);
    const parse = doc.findings.find((f: { check: string }) => f.check === 'parse-error');
    expect(parse).toMatchObject({ file: 'compose.yml', line: 4, suppressed: true, suppressedBy: 'known duplicate, fixed upstream' });
  });

  it('manual items: pending gates at their severity; signed-off passes', async () => {
    const repo = makeRepo({ 'c.yml': 'version: 1\nfail-on: high\nitems:\n  - id: backups\n    title: Backups tested\n  - { id: dr, title: DR drill done, severity: low }\n  - { id: pen, title: Pen test, signed-off: true }\n' });
    const r = await cli(['--checklist', 'c.yml', '--format', 'json'], repo);
    const doc = JSON.parse(r.stdout);
    expect(doc.items.map((i: { status: string; severity: string }) => `${i.status}/${i.severity}`)).toEqual(['pending/high', 'pending/low', 'attested/high']);
    expect(doc.counts.high).toBe(1);
    expect(r.code).toBe(1);
  });

  it('malformed files become parse-error findings, never a crash', async () => {
    const repo = makeRepo({ 'compose.yml': 'services:\n  web:\n    image: [unclosed\n', 'k8s.yaml': 'apiVersion: v1\nkind: Pod\nkind: Pod\n' });
    const r = await cli(['--format', 'json'], repo);
    const doc = JSON.parse(r.stdout);
    const pe = doc.findings.filter((f: { check: string }) => f.check === 'parse-error');
    expect(pe.map((f: { file: string }) => f.file).sort()).toEqual(['compose.yml', 'k8s.yaml']);
    expect(pe.every((f: { line: number }) => f.line >= 1)).toBe(true);
    // One per file, however many complaints the parser has (tabs in YAML give several).
    const tabs = makeRepo({ 'k8s/tabs.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n\tcontainers:\n\t- name: a\n\t  image: x:1\n', 'docker-compose.yml': 'services:\n\tweb:\n\t\timage: x\n\t\tports: ["5432:5432"]\n' });
    const many = JSON.parse((await cli(['--format', 'json'], tabs)).stdout).findings.filter((f: { check: string }) => f.check === 'parse-error');
    expect(many.map((f: { file: string }) => f.file).sort()).toEqual(['docker-compose.yml', 'k8s/tabs.yaml']);
  });

  it('QA compose D4: each compose service docker compose refuses is reported at its own key; the well-formed ones are judged', async () => {
    const repo = makeRepo({
      'docker-compose.yml': 'services:\n  proxy: "nginx:1.25"\n  db:\n    image: postgres:16\n    restart: always\n    mem_limit: 1g\n    ports: "5432:5432"\n    environment: POSTGRES_PASSWORD=postgres\n  api:\n    image: ghcr.io/acme/api:latest\n    restart: always\n    mem_limit: 256m\n',
      'b/docker-compose.yml': 'services:\n  web:\n    extends:\n      file: base/common.yml\n      service: webapp\n  api:\n    extends:\n      service: nope\n    image: nginx:latest\n  ok:\n    image: redis:latest\n',
    });
    const doc = JSON.parse((await cli(['--format', 'json', '--no-probes', '--fail-on', 'none'], repo)).stdout);
    const at = (check: string) => doc.findings.filter((f: { check: string }) => f.check === check).map((f: { file: string; line: number; column: number; message: string }) => `${f.file}:${f.line}:${f.column} ${f.message}`);
    expect(at('parse-error')).toEqual([
      "b/docker-compose.yml:3:5 could not parse b/docker-compose.yml: services.web.extends names file base/common.yml, which is not in the repository: docker compose refuses the file",
      "b/docker-compose.yml:7:5 could not parse b/docker-compose.yml: services.api.extends names service 'nope', which this file does not define: docker compose refuses the file",
      'docker-compose.yml:2:3 could not parse docker-compose.yml: services.proxy is a string, not a mapping: docker compose refuses the file',
      'docker-compose.yml:7:5 could not parse docker-compose.yml: services.db.ports is a string, not a list: docker compose refuses the file',
    ]);
    // The well-formed services are judged; the refused ones are not.
    expect(at('image-tag-pinned').map((s: string) => s.split(' ')[0])).toEqual(['b/docker-compose.yml:11:12', 'docker-compose.yml:10:12']);
    // A file that does not parse at all still has one parse error, however many complaints follow.
    const tabs = makeRepo({ 'docker-compose.yml': 'services:\n  a: "x"\n\tweb:\n\t\timage: x\n  b: "y"\n' });
    expect(JSON.parse((await cli(['--format', 'json', '--fail-on', 'none'], tabs)).stdout).findings.filter((f: { check: string }) => f.check === 'parse-error')).toHaveLength(1);
  });

  it('a manifest too large to parse is said in an info note, never skipped silently', async () => {
    const crd = `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: big\nspec:\n  description: "${'x'.repeat(1_100_000)}"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ctl\nspec:\n  template:\n    spec:\n      containers:\n        - name: ctl\n          image: example/controller:latest\n`;
    const repo = makeRepo({ 'deploy/install.yaml': crd });
    const doc = JSON.parse((await cli(['--format', 'json'], repo)).stdout);
    const notes = doc.findings.filter((f: { check: string }) => f.check === 'parse-error');
    // At the file's start, with a column like every other located finding (a strict consumer's schema may want an integer).
    expect(notes).toEqual([expect.objectContaining({ file: 'deploy/install.yaml', line: 1, column: 1, severity: 'info', note: true, message: expect.stringMatching(/was not checked: it is larger than 1048576 bytes/) })]);
  });

  it('a Helm template that does not parse is noted at the line where reading it stops, with why (QA32 helm D12)', async () => {
    const repo = makeRepo({ 'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n', 'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  {{- range $k, $v := .Values.env }}\n  {{ $k }}: {{ $v | quote }}\n  {{- end }}\n' });
    const doc = JSON.parse((await cli(['--format', 'json'], repo)).stdout);
    expect(doc.findings.filter((f: { check: string }) => f.check === 'parse-error')).toEqual([expect.objectContaining({ file: 'chart/templates/cm.yaml', line: 5, column: 1, severity: 'info', note: true, message: 'chart/templates/cm.yaml was not checked: templated manifest that does not parse as YAML before rendering (line 5: an action in a key, or followed by YAML structure)' })]);
  });

  it('a compose file too large to parse is said in an info note too (QA parity round, YAML)', async () => {
    const big = `services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n    labels:\n      blob: "${'x'.repeat(1_100_000)}"\n`;
    const doc = JSON.parse((await cli(['--format', 'json'], makeRepo({ 'docker-compose.yml': big }))).stdout);
    expect(doc.findings.filter((f: { check: string }) => f.check === 'parse-error')).toEqual([expect.objectContaining({ file: 'docker-compose.yml', line: 1, column: 1, severity: 'info', note: true, message: expect.stringMatching(/was not checked: it is larger than 1048576 bytes \(a compose file/) })]);
  });

  it('a templated manifest that does not parse is skipped with an info note, not a parse error', async () => {
    // An action spread over lines has a shape only rendering tells (action-only lines and action values are read around).
    const repo = makeRepo({ 'chart/templates/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  {{- include "x" .\n      | nindent 2 }}\n  replicas: {{ .Values.n }}\n' });
    const doc = JSON.parse((await cli(['--format', 'json'], repo)).stdout);
    const notes = doc.findings.filter((f: { check: string }) => f.check === 'parse-error');
    expect(notes).toEqual([expect.objectContaining({ file: 'chart/templates/deploy.yaml', line: 4, severity: 'info', note: true, item: null, message: expect.stringMatching(/\(line 4: an action spread over lines\)$/) })]);
    expect(doc.counts.low).toBe(doc.findings.filter((f: { severity: string; suppressed?: boolean }) => f.severity === 'low' && !f.suppressed).length);
  });
});

describe('cli: colour (QA 27 sarif D5)', () => {
  it('FORCE_COLOR=1 colours the text report without a terminal; never a report written with --output', async () => {
    const repo = makeRepo(BAD);
    const ESC = '\x1b[';
    expect((await cli(['--no-probes'], repo)).stdout).not.toContain(ESC);
    const forced = await cli(['--no-probes'], repo, { FORCE_COLOR: '1' });
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain(ESC);
    expect((await cli(['--no-probes'], repo, { FORCE_COLOR: '0' })).stdout).not.toContain(ESC);
    // Other formats are never coloured.
    expect((await cli(['--no-probes', '--format', 'markdown'], repo, { FORCE_COLOR: '3' })).stdout).not.toContain(ESC);
    const out = await cli(['--no-probes', '--output', 'report.txt'], repo, { FORCE_COLOR: '1' });
    expect(fs.readFileSync(path.join(repo, 'report.txt'), 'utf8')).not.toContain(ESC);
    expect(out.stdout).not.toContain(ESC);
  });
});

describe('cli: errors name the real cause (QA stop 17)', () => {
  it('a checklist that is a directory, an output under a file, a NUL byte at its column', async () => {
    const repo = makeRepo(BAD);
    fs.mkdirSync(path.join(repo, 'cldir'));
    const dir = await cli(['--checklist', 'cldir', '--no-probes'], repo);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/checklist cldir is a directory \(expected a YAML or Markdown checklist file\)/);
    fs.writeFileSync(path.join(repo, 'c.yml'), 'version: 1\nitems: []\n');
    const out = await cli(['--no-probes', '--output', 'c.yml/x.json'], repo);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/cannot write c\.yml\/x\.json: a parent of c\.yml\/x\.json is a file, not a directory/);
    // A folder whose parent exists but which cannot be made (procfs): Node's recursive mkdir loops
    // forever there; the report says so and exits 2 (QA 26 D8).
    if (fs.existsSync('/proc/self')) {
      const proc = await cli(['--no-probes', '--output', '/proc/nope/x.txt'], repo);
      expect(proc.code).toBe(2);
      expect(proc.stderr).toMatch(/cannot write \/proc\/nope\/x\.txt: the folder \/proc\/nope cannot be created/);
      const deep = await cli(['baseline', '--output', '/proc/nope/a/b/known.json'], repo);
      expect(deep.code).toBe(2);
      expect(deep.stderr).toMatch(/the folder \/proc\/nope cannot be created/);
    }
    // Missing folders are still made, several levels deep.
    expect((await cli(['--no-probes', '--output', 'a/b/c/r.txt'], repo)).code).toBe(1);
    expect(fs.existsSync(path.join(repo, 'a/b/c/r.txt'))).toBe(true);
    fs.writeFileSync(path.join(repo, 'nul.yml'), 'version: 1\nitems:\n  - id: a\n    check: de\0bug-mode\n');
    const nul = await cli(['--checklist', 'nul.yml', '--no-probes'], repo);
    expect(nul.code).toBe(2);
    expect(nul.stderr).toMatch(/nul\.yml:4:14: the checklist is not UTF-8 text/);
  });
});

describe('cli: several configuration errors (QA 26 D2)', () => {
  it('are printed one a line, exit 2', async () => {
    const repo = makeRepo({ ...BAD, 'preflight.yml': 'version: 1\nfail-on: hihg\nitems:\n  - id: pinned\n    check: image-tag-pined\n  - id: root\n    check: dockerfile-non-root\n    serverity: high\n' });
    const r = await cli(['--no-probes'], repo);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean).map((l) => l.slice(0, 30))).toEqual(['preflight: preflight.yml:2:10:', 'preflight: preflight.yml:5:12:', 'preflight: preflight.yml:8:5: ']);
  });
});

describe('cli: checklist warnings (QA 26 D6)', () => {
  it('a preset item replaced without `check` is warned once, at file:line:column', async () => {
    const repo = makeRepo({ ...BAD, 'preflight.yml': 'version: 1\nextends: [recommended]\nitems:\n  - { id: image-tag-pinned, severity: low }\n  - id: database-port-exposed\n    severity: off\n' });
    const r = await cli(['--no-probes', '--fail-on', 'none'], repo);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes("replaces the preset's item"));
    expect(lines.map((l) => l.slice(0, l.indexOf(' replaces')))).toEqual([
      "preflight: preflight.yml:4:5: item 'image-tag-pinned'",
      "preflight: preflight.yml:5:5: item 'database-port-exposed'",
    ]);
  });
});

describe('cli: checklist warnings in --format markdown (QA 26 action3 D2)', () => {
  it('lists a Markdown checklist\'s warnings in the Markdown report, not only on stderr', async () => {
    const repo = makeRepo({ ...BAD, 'PRODUCTION_CHECKLIST.md': '# C\n\n- [ ] Docker images use pinned version tags\n\n```bash\n- [ ] Rollback plan documented\n' });
    const r = await cli(['--no-probes', '--fail-on', 'none', '--format', 'markdown', '--checklist', 'PRODUCTION_CHECKLIST.md'], repo);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/PRODUCTION_CHECKLIST\.md:5/);
    expect(r.stdout).toMatch(/### ⚠️ Checklist warnings \(1\)\n\n- `PRODUCTION_CHECKLIST\.md:5`: /);
  });
});

describe('cli: suppression comments that are not understood are reported (QA stop 17)', () => {
  it('snake_case ids, a missing colon or no id: a config finding each; a well-formed one in any case still works', async () => {
    const repo = makeRepo({
      'docker-compose.yml': [
        'services:',
        '  cache:',
        '    # preflight-ignore image_tag_pinned: vendor image, pinned upstream',
        '    image: redis',
        '    restart: always',
        '  queue:',
        '    # preflight-ignore image-tag-pinned vendor image, pinned upstream',
        '    image: rabbitmq',
        '    restart: always',
        '  search:',
        '    # Preflight-Ignore IMAGE-TAG-PINNED: vendor image, pinned upstream',
        '    image: elasticsearch',
        '    restart: always',
        '  mail:',
        '    # preflight-ignore: no id at all',
        '    image: mailhog',
        '    restart: always',
        '',
      ].join('\n'),
      'preflight.yml': 'version: 1\nitems:\n  - { id: pinned, check: image-tag-pinned }\n',
    });
    const r = await cli(['--format', 'json', '--no-probes'], repo);
    const doc = JSON.parse(r.stdout);
    const notUnderstood = doc.findings.filter((f: { check: string }) => f.check === 'config').map((f: { line: number; message: string }) => `${f.line} ${f.message}`);
    expect(notUnderstood).toEqual([3, 7, 15].map((l) => expect.stringMatching(new RegExp(`^${l} preflight-ignore comment not understood, so nothing is suppressed: expected \`preflight-ignore CHECK-ID: reason\``))));
    const pinned = doc.findings.filter((f: { check: string }) => f.check === 'image-tag-pinned').map((f: { line: number; suppressed?: boolean }) => `${f.line}${f.suppressed ? ' suppressed' : ''}`);
    expect(pinned).toEqual(['4', '8', '12 suppressed', '16']);
  });
});

describe('cli: item scopes and the top-level ignore (QA stop 17)', () => {
  const app = {
    'docker/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\nWORKDIR /app\nCOPY src/ /app/\nCMD ["python", "app.py"]\n',
    'src/app.py': 'from flask import Flask\napp = Flask(__name__)\n\n@app.get("/")\ndef index():\n    return "hi"\n\napp.run(host="0.0.0.0", port=8000)\n',
  };
  it('a scope judges its files, and what they run is read wherever it is', async () => {
    const repo = makeRepo({ ...app, 'preflight.yml': 'version: 1\nitems:\n  - id: prod-server\n    check: production-server\n    paths: ["docker/**"]\n' });
    const r = await cli(['--format', 'json', '--no-probes'], repo);
    const doc = JSON.parse(r.stdout);
    expect(doc.items.map((i: { status: string }) => i.status)).toEqual(['fail']);
    expect(doc.findings.map((f: { check: string; file: string; line: number }) => `${f.check} ${f.file}:${f.line}`)).toEqual(['production-server docker/Dockerfile:5']);
    // A scope with nothing to judge stays skipped; findings outside the scope are not its.
    const elsewhere = makeRepo({ ...app, 'preflight.yml': 'version: 1\nitems:\n  - id: prod-server\n    check: production-server\n    paths: ["src/**"]\n' });
    const e = JSON.parse((await cli(['--format', 'json', '--no-probes'], elsewhere)).stdout);
    expect(e.items.map((i: { status: string }) => i.status)).toEqual(['skipped']);
  });
  it('files the top-level ignore leaves out are not reported as unparsable', async () => {
    const repo = makeRepo({
      'test/fixtures/broken/docker-compose.yml': 'services: [\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    restart: always\n',
      'preflight.yml': 'version: 1\nfail-on: low\nignore: ["test/fixtures/**"]\nitems:\n  - { id: pinned, check: image-tag-pinned }\n',
    });
    const r = await cli(['--format', 'json', '--no-probes'], repo);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings.filter((f: { check: string }) => f.check === 'parse-error')).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('cli: a directory named where a file is expected (QA stop 17)', () => {
  it('--baseline DIR and import DIR say it is a directory', async () => {
    const repo = makeRepo(BAD);
    fs.mkdirSync(path.join(repo, 'known'));
    const b = await cli(['--no-probes', '--baseline', 'known'], repo);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/baseline known is a directory \(expected a file\)/);
    const i = await cli(['import', 'known'], repo);
    expect(i.code).toBe(2);
    expect(i.stderr).toMatch(/known is a directory \(expected a file\)/);
  });
});

describe('cli: a repository that tracks no file yet (QA28 robust2 D7)', () => {
  const HINT = /git tracks no file in the scanned folder \(nothing committed or staged yet\), though files are there: .*Run `git add` first/;
  it('warns once on stderr (the JSON on stdout stays clean) that nothing was checked; staged or committed files, or an empty folder, get no warning', async () => {
    const fresh = makeRepo({}, { 'Dockerfile': 'FROM python:latest\nCMD ["flask", "run"]\n' });
    const r = await cli(['--no-probes', '--format', 'json'], fresh);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.stderr.match(new RegExp(HINT.source, 'g'))).toHaveLength(1);
    const sub = await cli(['--no-probes', '--dir', 'app'], makeRepo({}, { 'app/Dockerfile': 'FROM python:latest\n' }));
    expect(sub.stderr).toMatch(/git tracks no file in app \(nothing committed/);
    execFileSync('git', ['add', 'Dockerfile'], { cwd: fresh });
    const staged = await cli(['--no-probes'], fresh);
    expect(staged.code).toBe(1);
    expect(staged.stderr).not.toMatch(/git tracks no file/);
    expect((await cli(['--no-probes'], makeRepo({}))).stderr).not.toMatch(/git tracks no file/);
  });
});

describe('cli: end to end, CR-only files and Git LFS pointers (QA28 robust2 D1, D3)', () => {
  it('a CR-only compose file and .env are judged (not parse errors, not "no variables"); a Dockerfile that is an LFS pointer says so', async () => {
    const repo = makeRepo({
      '.gitignore': '.env\n',
      'docker-compose.yml': 'services:\r  db:\r    image: postgres:16\r    restart: always\r    ports:\r      - "5432:5432"\r',
      '.env': 'DEBUG=1\rFLASK_ENV=production\r',
      'Dockerfile': 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 312\n',
    });
    const doc = JSON.parse((await cli(['--no-probes', '--format', 'json'], repo)).stdout);
    const found = doc.findings.map((f: { check: string; file: string; line: number; column: number; severity: string; message: string }) => `${f.check} ${f.file}:${f.line}:${f.column} ${f.severity} ${f.message}`);
    expect(found).toContainEqual(expect.stringMatching(/^database-port-exposed docker-compose\.yml:6:10 high /));
    expect(found).toContainEqual(expect.stringMatching(/^env-file-committed \.env:1:null critical \.env is committed with 2 variables/));
    expect(found).toContainEqual('parse-error Dockerfile:1:1 low could not parse Dockerfile: a Git LFS pointer: the file\'s content is not checked out (actions/checkout needs `lfs: true`)');
    expect(found.filter((f: string) => f.startsWith('parse-error'))).toHaveLength(1);
  });
});

describe('cli: contract details (QA34 cli5)', () => {
  it('D4: a checklist whose probes.url is no URL is a configuration error whatever the flags (--url, --no-probes)', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n', 'c.yml': 'version: 1\nprobes:\n  url: staging.example.com\nitems:\n  - id: h\n    check: health-endpoint\n' });
    for (const extra of [[], ['--no-probes'], ['--url', 'http://127.0.0.1:1/', '--timeout', '1']]) {
      const r = await cli(['--checklist', 'c.yml', ...extra], repo);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toBe("preflight: c.yml:3:8: invalid URL 'staging.example.com': expected http:// or https://\n");
    }
  });

  it('D5: a missing file is named once; a switch given a value, a mistyped command and a format in capitals are worded like the rest', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n' });
    expect((await cli(['import', 'cl/nope.md'], repo)).stderr).toBe('preflight: cl/nope.md not found\n');
    expect((await cli(['--checklist', 'cl/nope.yml'], repo)).stderr).toBe('preflight: checklist cl/nope.yml not found\n');
    expect((await cli(['--baseline', 'cl/nope.json', '--no-probes'], repo)).stderr).toBe('preflight: baseline cl/nope.json not found\n');
    for (const flag of ['--no-probes', '--allow-self-signed']) {
      const r = await cli([`${flag}=true`], repo);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`preflight: option ${flag} takes no value (see 'preflight --help')\n`);
    }
    for (const [typo, near] of [['lst', 'list'], ['imprt', 'import'], ['baselin', 'baseline']]) {
      expect((await cli([typo!], repo)).stderr).toBe(`preflight: unknown command '${typo}' (did you mean '${near}'?) (expected list, import or baseline) (see 'preflight --help')\n`);
    }
    expect((await cli(['.'], repo)).stderr).toBe(`preflight: unknown command '.' (expected list, import or baseline) (see 'preflight --help')\n`);
    const json = await cli(['--format', 'JSON', '--no-probes'], repo);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).result).toBe('pass');
    expect(JSON.parse((await cli(['list', '--format', 'Json'], repo)).stdout).length).toBeGreaterThan(10);
    expect((await cli(['--format', 'XML'], repo)).stderr).toBe(`preflight: --format XML: expected text, json, sarif, markdown (see 'preflight --help')\n`);
  });

  it('D2: a sub-folder scan that runs the preset says on stderr that the repository root\'s checklist was not used', async () => {
    const repo = makeRepo({ '.github/preflight.yml': 'version: 1\nextends: [docker]\n', 'services/web/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n' });
    const note = /^preflight: no checklist in services\/web \(a checklist is discovered in the scanned folder only\), so the built-in recommended preset ran \(fail-on: critical\); \.github\/preflight\.yml at the repository root was not used: to use it, add --checklist \.github\/preflight\.yml\n$/;
    const r = await cli(['--dir', 'services/web', '--no-probes', '--format', 'json'], repo);
    expect(r.stderr).toMatch(note);
    expect(JSON.parse(r.stdout).checklist).toMatchObject({ file: null, format: 'preset' });
    // From inside the folder: the --checklist that would use it, relative to there.
    const inside = await cli(['--no-probes'], path.join(repo, 'services/web'));
    expect(inside.stderr).toMatch(/^preflight: no checklist in the current directory .*add --checklist \.\.\/\.\.\/\.github\/preflight\.yml\n$/);
    expect(inside.stdout).not.toMatch(/repository root/);
    // Not at the root, not with --checklist, not when the folder has its own, not when the root has none.
    expect((await cli(['--no-probes'], repo)).stderr).toBe('');
    expect((await cli(['--dir', 'services/web', '--checklist', '.github/preflight.yml', '--no-probes'], repo)).stderr).toBe('');
    fs.mkdirSync(path.join(repo, 'services/web/.github'));
    fs.writeFileSync(path.join(repo, 'services/web/.github/preflight.yml'), 'version: 1\nextends: [docker]\n');
    expect((await cli(['--dir', 'services/web', '--no-probes'], repo)).stderr).toBe('');
    const bare = makeRepo({ 'services/web/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n' });
    expect((await cli(['--dir', 'services/web', '--no-probes'], bare)).stderr).toBe('');
  });

  it('D1: with no git on PATH, a repository is refused with exit 2 (not walked with untracked files judged); a plain folder is walked', async () => {
    const repo = makeRepo({ 'Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n' }, { 'prod.env': 'SECRET=1\n' });
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-plain-'));
    fs.writeFileSync(path.join(plain, 'prod.env'), 'SECRET=1\n');
    const saved = process.env['PATH'];
    process.env['PATH'] = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-nogit-'));
    try {
      const r = await cli(['--no-probes', '--format', 'json'], repo);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^preflight: \S+ is in a git repository \(\S+\.git\), but git was not found on PATH: Preflight reads the files git tracks/);
      const walked = await cli(['--no-probes', '--format', 'json'], plain);
      expect(walked.code).toBe(1);
      expect(JSON.parse(walked.stdout).findings.map((f: { check: string; file: string }) => `${f.check} ${f.file}`)).toContain('env-file-committed prod.env');
    } finally {
      process.env['PATH'] = saved;
    }
  });
});
