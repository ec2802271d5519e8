// QA stop 46 (probes20 D1): a credential in a URL reached through a redirect (a same-host page redirect, a health path's
// off-host redirect, the plain-HTTP origin's redirect, Tomcat's `;jsessionid=` URL rewriting) is masked in every output
// format, as the same parameter in --url is; a URL without credentials is printed unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';
import { makePki } from '../servers/certs.js';
import { startHttp, startHttps, type Running } from '../servers/node.js';

const SESSION = 'Zx9Qw8Er7Ty6Ui5Op4canary';
const ACCESS = 'Qm4Qm4Qm4Qm4Qm4Qm4canary';
const JSESSION = '9F8E7D6C5B4A39281706F5E4D3C2B1A0';
const CODE = 'SplxlOBeZQQYbYS6WxSbIAcanary';
const FRAGMENT = 'eyJhbGciOiJIUzI1NiJ9canary';
const TICKET = 'ST-1856339-aA5Yuvrxzpv8Tau1canary';
const CANARIES = [SESSION, ACCESS, JSESSION, CODE, FRAGMENT, TICKET];

let site: Running;
let plain: Running;
let ca: string;
const page = '<!doctype html><html><body>home</body></html>';

beforeAll(async () => {
  const pki = makePki();
  ca = path.join(pki.dir, 'ca.pem');
  fs.writeFileSync(ca, pki.ca);
  site = await startHttps({ key: pki.valid.key, cert: pki.valid.cert }, (req, res) => {
    const url = req.url ?? '/';
    const go = (location: string) => { res.writeHead(302, { location }); res.end(); };
    // The target: an SSO-style session in the query, Tomcat's URL rewriting, and one without any credential.
    if (url === '/') return go(`/home?session_token=${SESSION}&lang=en`);
    if (url === '/tomcat/') return go(`/app/home;jsessionid=${JSESSION}`);
    if (url === '/plain/') return go('/home?lang=en&page=2&sid=web&token_type=Bearer');
    // Health paths that redirect off-host (an access token, an OAuth code with a fragment token) or to a path parameter.
    if (url === '/health') return go(`https://app.example.net/start?access_token=${ACCESS}`);
    if (url === '/ready') return go(`https://sso.example.net/callback?code=${CODE}&state=s1#id_token=${FRAGMENT}`);
    if (url === '/live') return go(`/app/live;jsessionid=${JSESSION}`);
    if (url === '/status') return go('https://status.example.net/check?region=eu-west-1&sid=web');
    if (url.startsWith('/app/live')) { res.writeHead(503, { 'content-type': 'text/plain' }); return res.end('starting'); }
    if (url.startsWith('/home') || url.startsWith('/app/')) {
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'sessionid=1; Path=/', server: 'nginx/1.25.3' });
      return res.end(page);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  // The plain-HTTP origin sends users to a login host with a CAS ticket.
  plain = await startHttp((_req, res) => { res.writeHead(301, { location: `https://login.example.net/?ticket=${TICKET}` }); res.end(); });
}, 60_000);
afterAll(async () => { await site?.close(); await plain?.close(); });

const ITEMS = ['health-endpoint', 'hsts', 'security-headers', 'cookie-security', 'server-version-leak', 'https-redirect', 'dev-server-exposed', 'cors-policy', 'response-time']
  .map((c) => `  - { id: ${c}, check: ${c} }`).join('\n');

async function runAll(target: string, health: string[]): Promise<Record<string, string>> {
  const repo = makeRepo({ '.github/preflight.yml': `version: 1\nprobes:\n  health: [${health.join(', ')}]\nitems:\n${ITEMS}\n` });
  const out: Record<string, string> = {};
  for (const format of ['text', 'json', 'sarif', 'markdown']) {
    let text = '';
    const write = (s: string) => { text += s; };
    await main(['--format', format, '--debug', '--fail-on', 'none', '--timeout', '5', '--ca', ca, '--url', target, '--http-url', `${plain.url}/`],
      { stdout: write, stderr: write, isTTY: false, env: {}, cwd: repo });
    out[format] = text;
  }
  return out;
}

describe('stop 46: credentials in URLs a redirect named', () => {
  it('are masked in every output format and log line, wherever the URL came from', async () => {
    for (const [target, health] of [[`${site.url}/`, ['/health', '/ready', '/live']], [`${site.url}/tomcat/`, ['/health']]] as const) {
      const out = await runAll(target, [...health]);
      const all = Object.values(out).join('\n');
      for (const canary of CANARIES) expect(all, `${target}: ${canary}`).not.toContain(canary);
      // The findings name the redirected URLs (or the test proves nothing), masked by the target URL's rule.
      const report = JSON.parse(out['json']!.slice(out['json']!.indexOf('\n{') + 1)) as { findings: { check: string; url: string | null; message: string }[] };
      const urls = report.findings.map((f) => f.url ?? '');
      const messages = report.findings.map((f) => f.message).join('\n');
      if (target.endsWith('/tomcat/')) {
        expect(urls).toContain(`${site.url}/app/home;jsessionid=***`);
      } else {
        expect(urls).toContain(`${site.url}/home?session_token=***&lang=en`);
        expect(messages).toContain('https://app.example.net/start?access_token=*** (off-host)');
        expect(messages).toMatch(/\/app\/live;jsessionid=\*\*\*/);
        expect(messages).toMatch(/another host \(login\.example\.net\)/);
      }
      expect(out['text']).toContain('***');
      expect(out['sarif']).toContain('***');
      expect(out['markdown']).toContain('\\*\\*\\*');
    }
  }, 120_000);

  it('leave a URL without credentials unchanged', async () => {
    const out = await runAll(`${site.url}/plain/`, ['/status']);
    const report = JSON.parse(out['json']!.slice(out['json']!.indexOf('\n{') + 1)) as { findings: { url: string | null; message: string }[] };
    expect(report.findings.map((f) => f.url)).toContain(`${site.url}/home?lang=en&page=2&sid=web&token_type=Bearer`);
    expect(report.findings.map((f) => f.message).join('\n')).toContain('https://status.example.net/check?region=eu-west-1&sid=web (off-host)');
    expect(out['text']).toContain(`${site.url}/home?lang=en&page=2&sid=web&token_type=Bearer`);
    expect(out['text']).not.toContain('=***');
  }, 120_000);
});
