import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);

describe('QA35 sweep2a R1: an aside that switches off another thing does not opt a bare topic out', () => {
  it.each([
    ['Non-root containers (all capabilities dropped)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Non-root containers (curl removed)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Non-root containers (privilege escalation disabled)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Non-root containers (CAP_NET_RAW dropped)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Healthcheck in Dockerfile (curl removed, uses wget)', ['dockerfile-healthcheck']],
    ['Dockerfile healthcheck (apt cache removed)', ['dockerfile-healthcheck']],
    ['Security headers (X-Powered-By removed)', ['security-headers', 'server-version-leak']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text, ['Hardening'])).toEqual(want);
  });

  it.each([
    ['HSTS (disabled)', 'Launch'],
    ['HSTS (currently disabled)', 'Launch'],
    ['Healthcheck (removed)', 'Docker'],
    ['❌ HSTS (not enabled, see SEC-88)', 'Launch'],
    ['Non-root containers (disabled for the worker)', 'Hardening'],
  ])('%s stays manual: the aside is the topic\'s own state', (text, heading) => {
    expect(checksOf(text, [heading])).toEqual([]);
  });

  it('the findings of the bound items are kept: the item is not signed off', () => {
    const items = parse('## Hardening\n- [ ] Non-root containers (curl removed)\n- [x] HSTS (disabled)').items;
    expect(items[0]!.checks).toEqual(['dockerfile-non-root', 'k8s-run-as-non-root']);
    expect(items[1]!.checks).toEqual([]);
    expect(items[1]!.signedOff).toBe(true);
  });
});

describe('QA35 sweep2a R2: an answer after a dash, arrow, colon or bracket answers the question', () => {
  it.each([
    ['HSTS? — yes', ['hsts']],
    ['HSTS? - yes', ['hsts']],
    ['HSTS? -> yes', ['hsts']],
    ['HSTS? → yes', ['hsts']],
    ['HSTS? => done', ['hsts']],
    ['HSTS? – done', ['hsts']],
    ['HSTS?: yes', ['hsts']],
    ['HSTS? (yes, 1 year)', ['hsts']],
    ['HSTS? (yes)', ['hsts']],
    ['HSTS? :white_check_mark:', ['hsts']],
    ['CSP? — yes', ['security-headers']],
    ['Security headers? — yes, via helmet', ['security-headers']],
    ['Health endpoint? — /healthz', ['health-endpoint']],
    ['Health endpoint? -> /healthz', ['health-endpoint']],
    ['Health endpoint? GET /healthz', ['health-endpoint']],
    ['Health endpoint? at /healthz', ['health-endpoint']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text, ['Launch'])).toEqual(want);
  });

  it.each(['HSTS? — no', 'HSTS? - ask Bob', 'HSTS? (ask Bob)', 'HSTS? — not yet', 'HSTS? -> later', 'HSTS? — yes, later', 'HSTS? :x:', 'Health endpoint? at the LB'])(
    '%s stays manual', (text) => {
      expect(checksOf(text, ['Launch'])).toEqual([]);
    });

  it('the answered path is the health check\'s, and a ticked answered item is only shown ticked', () => {
    const items = parse('## Launch\n- [ ] Health endpoint? GET /healthz\n- [x] HSTS? — done').items;
    expect(items[0]!.options).toEqual({ paths: ['/healthz'] });
    expect(items[1]!.checks).toEqual(['hsts']);
    expect(items[1]!.signedOff).toBeUndefined();
  });
});

describe('QA35 sweep2a R3: "CORS properly configured" that grants any origin by reflection or its setting stays manual', () => {
  it.each([
    'CORS properly configured to reflect the request Origin',
    'CORS properly configured (reflects Origin for partner widgets)',
    'CORS properly configured (mirrors the origin)',
    'CORS properly configured, echoes back the Origin',
    'CORS properly configured with origin: true',
    'CORS securely configured with allow_origins=["*"]',
    'CORS securely configured with `allow_origins=["*"]`',
    "CORS properly configured with origin: '*'",
  ])('%s', (text) => {
    expect(checksOf(text, ['Security'])).toEqual([]);
  });

  it.each([
    'CORS properly configured',
    'CORS properly configured (does not reflect the origin)',
    'CORS properly configured for our frontend origins',
    'CORS properly configured (credentials: true, origins listed)',
  ])('%s still binds', (text) => {
    expect(checksOf(text, ['Security'])).toEqual(['cors-policy', 'cors-wildcard']);
  });
});
