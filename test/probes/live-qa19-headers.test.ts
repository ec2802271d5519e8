import { afterAll, describe, expect, it } from 'vitest';
import { startHttp, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

/** Regressions of QA round 19 (teams' own Markdown checklists), against a Node server on 127.0.0.1. */
const servers: Running[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });

describe('security-headers option headers: an item naming one header is judged on that header only', () => {
  it('a server sending only nosniff passes "X-Content-Type-Options: nosniff" and fails "Configure CSP" on the CSP alone', async () => {
    const srv = await startHttp((_q, r) => { r.writeHead(200, { 'content-type': 'text/html', 'x-content-type-options': 'nosniff' }); r.end('<!doctype html><p>hi'); });
    servers.push(srv);
    const items = parseMarkdownChecklist('CHECKLIST.md', '## Security headers\n- [ ] X-Content-Type-Options: nosniff\n- [ ] Configure Content Security Policy (CSP)\n- [ ] Security headers set\n').items;
    const messages = async (options: Record<string, unknown> | undefined) =>
      failuresOf((await probeLive({ url: `${srv.url}/` }, ['security-headers'], options ? { 'security-headers': options } : {})).get('security-headers'), 'security-headers').map((f) => f.message.split(';')[0]);
    expect(items.map((i) => i.checks)).toEqual([['security-headers'], ['security-headers'], ['security-headers']]);
    expect(await messages(items[0]!.options)).toEqual([]);
    expect(await messages(items[1]!.options)).toEqual(['no Content-Security-Policy header']);
    // The whole set: framing, CSP and Referrer-Policy are missing.
    expect(await messages(items[2]!.options)).toHaveLength(3);
  });
  it('x-frame-options is framing protection: CSP frame-ancestors blocks framing without X-Frame-Options', async () => {
    const srv = await startHttp((_q, r) => { r.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "frame-ancestors 'none'" }); r.end('<!doctype html><p>hi'); });
    servers.push(srv);
    const run = async (headers: string[]) => failuresOf((await probeLive({ url: `${srv.url}/` }, ['security-headers'], { 'security-headers': { headers } })).get('security-headers'), 'security-headers').map((f) => f.message.split(' ')[0]);
    expect(await run(['x-frame-options'])).toEqual([]);
    expect(await run(['x-frame-options', 'content-security-policy', 'referrer-policy'])).toEqual(['Content-Security-Policy', 'Referrer-Policy']);
  });
});
