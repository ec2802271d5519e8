import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { startHttp, STRONG_HEADERS, type Running } from '../servers/node.js';

/**
 * Probe settings that cannot work are configuration errors (exit 2, naming the flag or the
 * checklist's file:line:column) before any request: a real server on 127.0.0.1 counts what it got.
 */
async function cli(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env, cwd });
  return { code, stdout, stderr };
}

let server: Running;
const requests: http.IncomingHttpHeaders[] = [];
beforeAll(async () => { server = await startHttp((req, res) => { requests.push(req.headers); res.writeHead(200, STRONG_HEADERS); res.end('ok'); }); });
afterAll(async () => { await server.close(); });

const HEALTH = 'items:\n  - id: up\n    check: health-endpoint\n';
const checklist = (probes: string) => ({ '.github/preflight.yml': `version: 1\nprobes:\n  url: ${server.url}/\n${probes}${HEALTH}` });

/** Runs the CLI and asserts a one-line configuration error (exit 2) and that the server saw no request. */
async function configError(args: string[], repo: string, env: Record<string, string> = {}) {
  const before = requests.length;
  const r = await cli(args, repo, env);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(/^preflight: [^\n]+\n$/);
  expect(requests.length).toBe(before);
  return r.stderr;
}

describe('probe settings that cannot work exit 2 before probing', () => {
  it('--http-url must be an http:// URL', async () => {
    const repo = makeRepo({});
    const base = ['--url', `${server.url}/`, '--checklist', 'c.yml'];
    fs.writeFileSync(path.join(repo, 'c.yml'), `version: 1\n${HEALTH}`);
    expect(await configError([...base, '--http-url', 'notaurl'], repo)).toMatch(/^preflight: --http-url 'notaurl': expected a plain http:\/\/ URL/);
    expect(await configError([...base, '--http-url', 'https://127.0.0.1:1/'], repo)).toMatch(/--http-url 'https:\/\/127\.0\.0\.1:1\/': expected a plain http:\/\/ URL .*, not https:\/\//);
    expect(await configError([...base, '--http-url', 'ftp://127.0.0.1:1/'], repo)).toMatch(/--http-url 'ftp:\/\/127\.0\.0\.1:1\/'.*not ftp:\/\//);
    // A valid one runs.
    expect((await cli([...base, '--http-url', `${server.url}/`], repo)).code).toBe(0);
  });

  it('probes.http-url must be an http:// URL, reported at its line and column', async () => {
    const repo = makeRepo(checklist('  http-url: notaurl\n'));
    expect(await configError([], repo)).toMatch(/^preflight: \.github\/preflight\.yml:4:13: probes\.http-url 'notaurl': expected a plain http:\/\/ URL/);
  });

  it('a header value with CR/LF is refused: --header, and probes.headers after substitution', async () => {
    const repo = makeRepo(checklist('  headers:\n    X-Token: "Bearer ${PREFLIGHT_TOKEN}"\n'));
    const err = await configError(['--header', 'X-Api: abc\r\nX-Injected: 1'], repo, { PREFLIGHT_TOKEN: 'ok' });
    expect(err).toMatch(/^preflight: --header X-Api: the value contains a line break \(CR\/LF\), which cannot be sent in an HTTP header \(the value is not shown\)/);
    expect(err).not.toContain('abc');
    const sub = await configError([], repo, { PREFLIGHT_TOKEN: 's3cr3t\nX-Injected: 1' });
    expect(sub).toMatch(/^preflight: \.github\/preflight\.yml:5:14: probes\.headers\.X-Token: the value contains a line break \(CR\/LF\) after substituting its \$\{PREFLIGHT_\*\} variables/);
    expect(sub).not.toContain('s3cr3t');
    // A secret stored with a trailing newline is trimmed, like a --header value, and sent.
    const before = requests.length;
    expect((await cli([], repo, { PREFLIGHT_TOKEN: 's3cr3t\n' })).code).toBe(0);
    expect(requests.slice(before).map((h) => h['x-token'])).toEqual(['Bearer s3cr3t']);
  });

  it('a CA file that is not PEM is refused, naming the file (--ca) or the key (probes.ca)', async () => {
    const repo = makeRepo({ ...checklist('  ca: ../certs/ca.pem\n'), 'certs/ca.pem': 'this is not a certificate\n', 'key.pem': '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', 'bad.pem': '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n' });
    expect(await configError([], repo)).toMatch(/^preflight: \.github\/preflight\.yml:4:7: probes\.ca '\.\.\/certs\/ca\.pem' is not a PEM certificate \(no -----BEGIN CERTIFICATE----- block/);
    expect(await configError(['--ca', 'key.pem'], repo)).toMatch(/^preflight: CA file key\.pem \(--ca\) holds no certificate \(found -----BEGIN PRIVATE KEY-----/);
    expect(await configError(['--ca', 'bad.pem'], repo)).toMatch(/^preflight: CA file bad\.pem \(--ca\) holds a certificate that cannot be parsed/);
    // A folder (`--ca certs`, the bundle's folder instead of the file) is said to be one, not "not found".
    expect(await configError(['--ca', 'certs'], repo)).toMatch(/^preflight: CA file certs \(--ca\) is a directory \(expected a PEM file\)/);
    expect(await configError(['--ca', 'nope.pem'], repo)).toMatch(/^preflight: CA file nope\.pem \(--ca\) not found/);
  });

  it('a ${…} that is not ${NAME} is an error at its location, not sent as written (a workflow expression, a shell default)', async () => {
    // A workflow's `${{ secrets.API_TOKEN }}` copied into the checklist: the literal text was the bearer token.
    const expr = makeRepo(checklist('  headers:\n    Authorization: "Bearer ${{ secrets.API_TOKEN }}"\n'));
    expect(await configError([], expr)).toMatch(/^preflight: \.github\/preflight\.yml:5:20: probes\.headers\.Authorization holds '\$\{\{ secrets\.API_TOKEN \}\}', which is not substituted: GitHub expressions are not evaluated in the checklist/);
    const dflt = makeRepo(checklist('  headers:\n    X-Api-Key: "${PREFLIGHT_KEY:-dev}"\n'));
    expect(await configError([], dflt, { PREFLIGHT_KEY: 'k3y' })).toMatch(/^preflight: \.github\/preflight\.yml:5:16: probes\.headers\.X-Api-Key holds '\$\{PREFLIGHT_KEY:-dev\}', which is not substituted: expected \$\{PREFLIGHT_NAME\}/);
    const url = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: \${ PREFLIGHT_URL }\n${HEALTH}` });
    expect(await configError([], url, { PREFLIGHT_URL: server.url })).toMatch(/^preflight: \.github\/preflight\.yml:3:8: probes\.url holds '\$\{ PREFLIGHT_URL \}'/);
    // ${PREFLIGHT_NAME} itself still works.
    const ok = makeRepo(checklist('  headers:\n    X-Api-Key: "k-${PREFLIGHT_KEY}"\n'));
    const before = requests.length;
    expect((await cli([], ok, { PREFLIGHT_KEY: 'k3y' })).code).toBe(0);
    expect(requests.slice(before).map((h) => h['x-api-key'])).toContain('k-k3y');
  });

  it('${HOME} (not ${PREFLIGHT_*}) in probes is an error at its location; an unset PREFLIGHT_ variable still skips', async () => {
    const repo = makeRepo(checklist('  headers:\n    X-Home: "${HOME}"\n'));
    expect(await configError([], repo, { HOME: '/root' })).toMatch(/^preflight: \.github\/preflight\.yml:5:13: probes\.headers\.X-Home references \$\{HOME\}: only \$\{PREFLIGHT_\*\} variables are substituted/);
    const url = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: http://\${GITHUB_TOKEN}.example/\n${HEALTH}` });
    expect(await configError([], url, { GITHUB_TOKEN: 'ghs_x' })).toMatch(/^preflight: \.github\/preflight\.yml:3:8: probes\.url references \$\{GITHUB_TOKEN\}/);
    const unset = makeRepo(checklist('  headers:\n    X-Token: "${PREFLIGHT_MISSING}"\n'));
    const before = requests.length;
    const r = await cli(['--format', 'json'], unset);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/probes skipped: header X-Token names \$\{PREFLIGHT_MISSING\}, which is not set/);
    // …said where the header is written.
    expect(r.stderr).toMatch(/\.github\/preflight\.yml:\d+:\d+: probes skipped: header X-Token/);
    // Set, but to the empty string (a secret this run cannot see): said so, not "not set" (QA29 newrules D8).
    const empty = await cli(['--format', 'json'], makeRepo(checklist('  headers:\n    X-Token: "${PREFLIGHT_TOKEN}"\n')), { PREFLIGHT_TOKEN: '' });
    expect(empty.stderr).toMatch(/probes skipped: header X-Token names \$\{PREFLIGHT_TOKEN\}, which is set to an empty value/);
    expect(JSON.parse(r.stdout).items[0]).toMatchObject({ id: 'up', status: 'skipped' });
    expect(requests.length).toBe(before);
    // With --no-probes nothing is skipped because of the variable: no warning about it.
    const off = await cli(['--format', 'json', '--no-probes'], unset);
    expect(off.code).toBe(0);
    expect(off.stderr).not.toMatch(/not set/);
    // A header given on the command line wins over the checklist's (DESIGN: the input wins per name): its unset variable skips nothing.
    const given = await cli(['--format', 'json', '--header', 'x-token: from-the-flag'], unset);
    expect(given.stderr).not.toMatch(/probes skipped/);
    expect(JSON.parse(given.stdout).items[0].status).not.toBe('skipped');
    expect(requests.slice(before).some((q) => q['x-token'] === 'from-the-flag')).toBe(true);
  });

  it('a --header with an empty value ($UNSET) is not sent, with a warning naming it (QA 28 D2)', async () => {
    const repo = makeRepo(checklist(''));
    const before = requests.length;
    const r = await cli(['--format', 'json', '--header', 'X-Bypass: ', '--header', 'X-Env: preview'], repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^preflight: --header X-Bypass: the value is empty, so the header is not sent/m);
    const got = requests.slice(before);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((q) => !('x-bypass' in q) && q['x-env'] === 'preview')).toBe(true);
    // A header with a value: no such warning.
    const ok = await cli(['--format', 'json', '--header', 'X-Bypass: b7pass-value'], repo);
    expect(ok.stderr).not.toMatch(/value is empty/);
  });

  it('a --header Authorization with only its scheme ("Bearer $UNSET") is not sent, with a warning (QA 29 events D1)', async () => {
    const repo = makeRepo(checklist(''));
    const before = requests.length;
    const r = await cli(['--format', 'json', '--header', 'Authorization: Bearer ', '--header', 'X-Env: preview'], repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^preflight: --header Authorization: the value is only 'Bearer', with no credential after it, so the header is not sent/m);
    const got = requests.slice(before);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((q) => !('authorization' in q) && q['x-env'] === 'preview')).toBe(true);
    // With the credential: sent, no warning.
    const ok = await cli(['--format', 'json', '--header', 'Authorization: Bearer t0ken-value'], repo);
    expect(ok.stderr).not.toMatch(/no credential/);
    expect(requests.slice(before).some((q) => q.authorization === 'Bearer t0ken-value')).toBe(true);
  });

  it('an invalid URL with a password is shown without it', async () => {
    const repo = makeRepo(checklist(''));
    for (const args of [['--url', 'https://user:s3cretpw@host:99999/'], ['--url', 'https://127.0.0.1/', '--http-url', 'http://u:s3cretpw@h:99999/']]) {
      const r = await cli(args, repo);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toContain('s3cretpw');
      expect(r.stderr).toMatch(/\*\*\*/);
      // The port is the problem, not the scheme.
      expect(r.stderr).toMatch(/: port 99999 is out of range \(expected 1-65535\)/);
    }
    // A host that does not parse (a space, an unclosed `[`), a password longer than the 20 characters a bad port is
    // quoted with, a password holding `@`: the userinfo is never read as a port, nor shown (QA round 30).
    for (const url of ['https://deploy:Canary99xyz@exa mple.com/', 'https://deploy:CanaryTok98765432109876543210@staging example.com/', 'https://deploy:Canary99xyz@[::1/', 'https://deploy:Can@ry99xyz@exa mple.com/']) {
      const r = await cli(['--url', url], repo);
      expect(r.code, url).toBe(2);
      expect(r.stderr, url).toMatch(/^preflight: invalid URL 'https:\/\/deploy:\*\*\*@/);
      for (const part of ['Canary99xyz', 'CanaryTok9876', 'ry99xyz', 'Can@ry']) expect(r.stderr, url).not.toContain(part);
      expect(r.stderr, url).not.toMatch(/is not a number/);
      // The scheme is right: the message names the host (QA 30 newrules D8).
      expect(r.stderr, url).toMatch(/: (?:the host '[^']*' is not a valid host name|the IPv6 address has no closing \])/);
      expect(r.stderr, url).not.toMatch(/expected http:\/\/ or https:\/\//);
    }
  });

  it('a URL whose port is out of range or not a number says so; a wrong scheme says which schemes', async () => {
    const repo = makeRepo(checklist(''));
    for (const [args, msg] of [
      [['--url', 'https://127.0.0.1:99999/'], /^preflight: invalid URL 'https:\/\/127\.0\.0\.1:99999\/' \(--url\): port 99999 is out of range \(expected 1-65535\)/],
      [['--url', 'https://127.0.0.1:8o8o/'], /invalid URL 'https:\/\/127\.0\.0\.1:8o8o\/' \(--url\): port '8o8o' is not a number/],
      [['--url', 'https://[::1]:70000/'], /port 70000 is out of range/],
      [['--url', 'ftp://127.0.0.1/'], /invalid URL 'ftp:\/\/127\.0\.0\.1\/' \(--url\): expected http:\/\/ or https:\/\//],
      [['--url', 'https://127.0.0.1/', '--http-url', 'http://127.0.0.1:65536/'], /--http-url 'http:\/\/127\.0\.0\.1:65536\/': port 65536 is out of range/],
    ] as const) {
      const r = await cli([...args], repo);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(msg);
    }
  });
});

describe('${PREFLIGHT_*} in the probe URL (QA round 25)', () => {
  it('a deployment address from ${PREFLIGHT_URL} is shown; a secret-named variable in it is masked', async () => {
    const repo = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  url: \${PREFLIGHT_URL}/?ref=\${PREFLIGHT_TOKEN}\n${HEALTH}` });
    const r = await cli(['--format', 'json'], repo, { PREFLIGHT_URL: server.url, PREFLIGHT_TOKEN: 'zq7Kx9Wm4PtR2b' });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.target.url).toBe(`${server.url}/?ref=***`);
    expect(r.stdout).not.toContain('zq7Kx9Wm4PtR2b');
  });
});
