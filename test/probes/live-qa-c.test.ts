import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { startHttp, type Running } from '../servers/node.js';
import { failuresOf, probeLive } from './helpers.js';

/**
 * QA-C A4 against a Node server on 127.0.0.1 (port 0) like the report's srv2.js: `/api/health` and `/` answer
 * 200, everything else 404. The item "Health check endpoint (`/health` or `/api/health`) responds with 200"
 * promises that either path answers.
 */
const servers: Running[] = [];
afterAll(async () => { await Promise.all(servers.map((s) => s.close())); });
const up = async () => {
  const s = await startHttp((req, res) => {
    const ok = req.url === '/api/health' || req.url === '/';
    res.writeHead(ok ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(ok ? 'ok' : 'not found');
  });
  servers.push(s);
  return s;
};

describe('health-endpoint: alternatives an item names (QA-C A4)', () => {
  it('"`/health` or `/api/health` responds with 200" passes when /api/health answers, with the options the import writes', async () => {
    const srv = await up();
    const [item] = parseMarkdownChecklist('CHECKLIST.md', '## Health & Availability\n\n- [ ] Health check endpoint (`/health` or `/api/health`) responds with 200').items;
    expect(item!.checks).toEqual(['health-endpoint']);
    const { get } = await probeLive({ url: srv.url }, ['health-endpoint'], { 'health-endpoint': item!.options! });
    expect(get('health-endpoint')).toEqual({ findings: [] });
  });
  it('every path is required without require: any, and when none of the alternatives answers', async () => {
    const srv = await up();
    const all = await probeLive({ url: srv.url }, ['health-endpoint'], { 'health-endpoint': { paths: ['/health', '/api/health'] } });
    expect(failuresOf(all.get('health-endpoint'), 'health-endpoint').map((f) => [f.severity, f.message])).toEqual([['critical', 'health endpoint /health answered HTTP 404 instead of 2xx']]);
    const none = await probeLive({ url: srv.url }, ['health-endpoint'], { 'health-endpoint': { paths: ['/health', '/healthz'], require: 'any' } });
    expect(failuresOf(none.get('health-endpoint'), 'health-endpoint').map((f) => f.message)).toEqual([
      'health endpoint /health answered HTTP 404 instead of 2xx (none of the 2 alternatives answered 2xx)',
      'health endpoint /healthz answered HTTP 404 instead of 2xx (none of the 2 alternatives answered 2xx)',
    ]);
  });
});
