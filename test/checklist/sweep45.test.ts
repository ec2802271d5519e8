import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { isChartValuesPath } from '../../src/repo/prerender.js';

// Stop 45 regression sweep: R1 "no redirect loops" / "no redirect to login" forbade every redirect (follow-redirects: false);
// R2 "`{"status":"ok"}` or `{"status":"degraded"}`" promised the first body alone; R4 a chart's sample values files
// (`example-values.yaml`, `prod-values-example.yaml`) were judged as values a release installs.

const options = (line: string) => parseMarkdownChecklist('c.md', `## Monitoring\n- [ ] ${line}\n`).items[0]!.options;

describe('health item options read from the item', () => {
  it('a redirect the item refuses by kind (a loop, to login, to another host) is no refusal of every redirect', () => {
    for (const t of ['`/health` returns 200, no redirect loops', '`/health` returns 200 (no redirect to login)', '`/health` returns 200 and never redirects to another host']) expect(options(t), t).toEqual({ paths: ['/health'] });
    for (const t of ['`/health` returns 200, not 301', '`/health` returns 200 (no redirect)', '`/health` returns 200 without redirects']) expect(options(t), t).toEqual({ paths: ['/health'], 'follow-redirects': false });
  });
  it('one of several bodies is no body promised', () => {
    expect(options('`/health` returns `{"status":"ok"}` or `{"status":"degraded"}`')).toEqual({ paths: ['/health'] });
    expect(options('`/health` returns 200 with `{"status":"ok"}`')).toEqual({ paths: ['/health'], body: '{"status":"ok"}' });
  });
});

describe('a chart\'s values files', () => {
  it('leave out samples for users to copy', () => {
    for (const p of ['chart/example-values.yaml', 'chart/sample-values.yaml', 'chart/prod-values-example.yaml', 'chart/values.sample.yaml', 'chart/values-template.yaml']) expect(isChartValuesPath(p), p).toBe(false);
    for (const p of ['chart/values.yaml', 'chart/values-prod.yaml', 'chart/values_prod.yaml', 'chart/values/production.yaml']) expect(isChartValuesPath(p), p).toBe(true);
  });
});
