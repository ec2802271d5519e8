import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 45 (probes19): the options a health item states beyond its paths. D2: "returns 200, not 301" / "(no redirect)" is a
// promise that the path answers 2xx itself (follow-redirects: false), which the probe, following redirects by default, did
// not keep.

const items = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks, i.options ?? null]);
const one = (line: string) => items(`## Monitoring\n- [ ] ${line}\n`)[0]!;

describe('D2: a health item saying its path must not redirect', () => {
  it.each([
    ['`/health` returns 200, not 301', '/health'],
    ['Load balancer health check path `/health` returns 200 (no redirect)', '/health'],
    ['`/healthz` returns 200 without a redirect', '/healthz'],
    ['`/healthz` answers 200 and does not redirect', '/healthz'],
    ['`/healthz` returns 200 directly (no redirects)', '/healthz'],
    ['`/ready` returns 200 (not a 3xx)', '/ready'],
    ['`/health` never redirects and returns 200', '/health'],
  ])('%s binds follow-redirects: false', (line, path) => {
    expect(one(line)).toEqual([expect.any(String), ['health-endpoint'], { paths: [path], 'follow-redirects': false }]);
  });
  it('lookalikes keep following redirects: a plain promise, and a redirect the item says is followed', () => {
    expect(one('`/healthz` returns 200')).toEqual([expect.any(String), ['health-endpoint'], { paths: ['/healthz'] }]);
    expect(one('`/health` returns 200 after the redirect to `/health/`')[2]).not.toHaveProperty('follow-redirects');
    expect(one('`/health` or `/healthz` returns 200')[2]).toEqual({ paths: ['/health', '/healthz'], require: 'any' });
  });
});

// D3: "`/health/deep` returns 200 in < 500 ms" lost its bound: only health-endpoint was bound, so a 900 ms endpoint passed.
describe('D3: a stated path that must answer within a bound binds response-time on that path too', () => {
  it.each([
    ['`/health/deep` returns 200 in < 500 ms', '/health/deep', 500],
    ['`/api/health` returns 200 within 500ms', '/api/health', 500],
    ['`/health/deep` returns 200 in under 500ms', '/health/deep', 500],
    ['`/health/deep` returns 200 (<500ms)', '/health/deep', 500],
    ['`/healthz` answers 200 OK in under 1.5 s', '/healthz', 1500],
  ])('%s', (line, path, ms) => {
    expect(one(line)).toEqual([expect.any(String), ['health-endpoint', 'response-time'], { 'health-endpoint': { paths: [path] }, 'response-time': { 'max-ms': ms, path } }]);
  });
  it.each([
    ['`/health/deep` responds in under 500ms', '/health/deep'],
    ['Health check `/health/deep` responds within 500 ms', '/health/deep'],
  ])('%s (no status stated) binds response-time on that path', (line, path) => {
    expect(one(line)).toEqual([expect.any(String), ['response-time'], { 'max-ms': 500, path }]);
  });
  it('lookalikes: no bound, another percentile, or two paths (one timing cannot verify them) do not bind response-time', () => {
    expect(one('`/login` returns 401 within 5 s')[1]).toEqual([]);
    expect(one('`/health` responds within 500 ms (p99)')[1]).toEqual([]);
    expect(one('`/healthz` returns 200')[1]).toEqual(['health-endpoint']);
    expect(one('`/health` returns 200 — p95 under 500 ms')[1]).toEqual(['health-endpoint']);
    expect(one('`/health` and `/ready` return 200 in < 500 ms')[1]).toEqual(['health-endpoint']);
    expect(one('`/health` returns 200; alert if latency over 500 ms')[1]).not.toContain('response-time');
  });
});

// D5: "`/health` returns HTTP 200 with `{"status": "ok"}`" passed a `{"status":"down"}` answer: the body promised is now the
// probe's `body` option.
describe('D5: a health item promising a JSON body', () => {
  it('binds body with the object as written', () => {
    expect(one('`/health` returns HTTP 200 with `{"status": "ok"}`')).toEqual([expect.any(String), ['health-endpoint'], { paths: ['/health'], body: '{"status": "ok"}' }]);
  });
  it('lookalikes: a body refused, text that is no JSON object, and no body keep no body option', () => {
    expect(one('`/health` returns 200 and never `{"status":"down"}`')[2]).toEqual({ paths: ['/health'] });
    expect(one('`/health` returns 200 with {status: ok}')[2]).toEqual({ paths: ['/health'] });
    expect(one('`/healthz` returns 200')[2]).toEqual({ paths: ['/healthz'] });
  });
});
