import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { redactReport, urlPassword, urlSecretParts } from '../../src/report/redact.js';
import type { Report } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

// QA46 sweep R5: `--url …?code=SUMMER24` registered SUMMER24 as a secret masked everywhere, checklist item titles included:
// `Promo page https://shop.example.com/promo?code=*** loads`, while the id still carried the value and the CLI's copy-paste
// sign-off line no longer matched the title. A URL parameter's value is masked in target.url and the probes' output, never
// in the team's own item text; true secrets (a header value, a URL password) still are, anywhere.

let server: http.Server;
let port = 0;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    // A redirect that carries the URL's query on: probe evidence that shows the parameter.
    if (req.url?.startsWith('/promo')) { res.writeHead(302, { location: `/landing${req.url.slice('/promo'.length)}` }); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html>ok</html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

const CODE = 'SUMMER24XY';
const HEADER = 'hdrsecret-5e1b9c77aa';
const PASSWORD = 'pwsecret-42f0d1';

const checklist = [
  '# Checklist',
  `- [ ] Promo page https://shop.example.com/promo?code=${CODE} loads`,
  `- [ ] Old key ${HEADER} is rotated`,
  `- [ ] Nobody uses ${PASSWORD} any more`,
  '- [ ] HTTPS redirect is on <!-- preflight: https-redirect -->',
  '',
].join('\n');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const repo = makeRepo({ 'PRODUCTION_CHECKLIST.md': checklist });
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, isTTY: false, env: {}, cwd: repo });
  return { code, out, err };
}

describe('a target URL parameter is not masked in checklist item titles (QA46 sweep R5)', () => {
  it('the title, its id and the copy-paste sign-off line keep the value; target.url and the probes mask it; header values and URL passwords stay masked', async () => {
    const url = `http://u:${PASSWORD}@127.0.0.1:${port}/promo?code=${CODE}`;
    const json = await run(['--format', 'json', '--url', url, '--header', `X-Api-Key: ${HEADER}`, '--timeout', '5']);
    const report = JSON.parse(json.out) as Report;
    const promo = report.items.find((i) => i.title.startsWith('Promo page'))!;
    expect(promo.title).toBe(`Promo page https://shop.example.com/promo?code=${CODE} loads`);
    expect(promo.id).toContain(CODE.toLowerCase());
    expect(report.target.url).toBe(`http://127.0.0.1:${port}/promo?code=***`);
    // True secrets are masked in titles too.
    expect(report.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Old key *** is rotated', 'Nobody uses *** any more']));
    // Nowhere else does the parameter's value show (the probes ran: their findings name the URL, masked).
    const rest = JSON.stringify({ ...report, items: report.items.map((i) => ({ ...i, id: '', title: '' })), findings: report.findings.map((f) => ({ ...f, item: '' })) });
    expect(rest).toContain(`127.0.0.1:${port}`);
    expect(rest).not.toContain(CODE);
    expect(JSON.stringify(report) + json.err).not.toContain(HEADER);
    expect(JSON.stringify(report) + json.err).not.toContain(PASSWORD);

    const text = await run(['--url', url, '--no-probes']);
    expect(text.out).toContain(`    - [ ] Promo page https://shop.example.com/promo?code=${CODE} loads\n`);
    expect(text.out).not.toContain('?code=***');
  }, 60_000);

  it('redactReport masks URL parameter values outside the team\'s text only; a value that is also a true secret is masked there too', () => {
    const report = {
      version: 1, tool: { name: 'preflight', version: '0' }, result: 'pass', failOn: 'critical',
      items: [{ id: 'promo-code-summer24xy', title: `Promo ?code=${CODE} and ${HEADER}`, kind: 'manual', check: null, severity: 'info', status: 'pending', group: [`G ${CODE}`], reason: `why ${CODE}` }],
      findings: [{ check: 'hsts', item: `i-${CODE}`, severity: 'high', message: `at /?code=${CODE}`, file: null, line: null, column: null, url: `http://h/?code=${CODE}`, fingerprint: 'x' }],
      target: { url: `http://h/?code=${CODE}` },
    } as unknown as Report;
    const params = urlSecretParts(`http://h/?code=${CODE}`).params;
    expect(params).toContain(CODE);
    const out = redactReport(report, [HEADER, ...params], [HEADER]);
    expect(out.items[0]!.title).toBe(`Promo ?code=${CODE} and ***`);
    expect(out.items[0]!.group).toEqual([`G ${CODE}`]);
    expect(out.items[0]!.reason).toBe('why ***');
    expect(out.findings[0]!.item).toBe(`i-${CODE}`);
    expect(out.findings[0]!.message).toBe('at /?code=***');
    expect(out.target.url).toBe('http://h/?code=***');
    // The JSON keeps its key order.
    expect(Object.keys(out)).toEqual(Object.keys(report));
    expect(Object.keys(out.items[0]!)).toEqual(Object.keys(report.items[0]!));
    // Without an authored list, everything is masked as before.
    expect(redactReport(report, [CODE]).items[0]!.title).toBe('Promo ?code=*** and ' + HEADER);
    // urlPassword is the union of the parts.
    expect(urlPassword(`http://u:${PASSWORD}@h/?code=${CODE}`).sort()).toEqual([...new Set([PASSWORD, CODE])].sort());
  });
});
