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
