import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('QA35 review A S1: an aside that says how keeps the scope written beside the method', () => {
  it.each([
    'Debug mode off - staging only, verified by QA',
    'HSTS enabled — on staging only, checked with curl',
    'HSTS enabled (staging only, hooks pending)',
    'HSTS enabled (staging only, verified by QA)',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each([
    ['HSTS enabled (run gitleaks locally)', ['hsts']],
    ['Debug mode off — tested locally with docker stats', ['debug-mode']],
    ['Debug mode off (verified locally, production config reviewed)', ['debug-mode']],
  ])('the method alone names no scope: %s binds', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
});

describe('QA35 review A S3: "n/a" about another part does not declare the item not applicable', () => {
  it.each([
    ['Containers run as non-root; sidecar: n/a', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Containers run as non-root (sidecar: n/a)', ['dockerfile-non-root', 'k8s-run-as-non-root']],
    ['Image tags pinned (v1.2: n/a)', ['image-tag-pinned']],
  ])('binds as before: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
  it.each([
    'Restart policy: not applicable (cron)',
    'Política de reinicio: no aplica',
    'No exposed databases (n/a, managed RDS)',
    'Only our own domains — not applicable, public API',
    'Readiness probes — n/a',
  ])('the item itself declared not applicable stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('QA35 review A S5: a refusal after "until" or "because" does not refuse the CORS wildcard', () => {
  it.each([
    'CORS wildcard kept until the partner integration is replaced',
    'CORS wildcard because we cannot list partner origins',
    'CORS wildcard while we cannot list partner origins',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each(['CORS wildcard removed', 'No CORS wildcard', 'CORS: no wildcard', 'CORS wildcard removed since v2', 'No CORS wildcard while credentials are enabled'])(
    'a refused wildcard still binds: %s',
    (text) => {
      expect(checksOf(text)).toEqual(['cors-policy', 'cors-wildcard']);
    },
  );
});

describe('QA35 review A S4: an unfilled or questioning note leaves a bare topic open', () => {
  it.each(['HSTS? y/n', 'HSTS? Y / N', 'HSTS? yes/no', 'HSTS? ask Bob?', 'HSTS? ok?', 'Security headers? /'])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each([
    ['HSTS? yes', ['hsts']],
    ['HSTS? y', ['hsts']],
    ['CSP? ✅', ['security-headers']],
    ['Health endpoint? /healthz', ['health-endpoint']],
    ['Health endpoint? GET /healthz', ['health-endpoint']],
  ])('an answer binds: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
});

describe('QA35 review A S7: two conjoined negated risks are read each on its own', () => {
  it.each([
    ['No exposed databases and no committed .env files', ['database-port-exposed', 'env-file-committed']],
    ['No committed secrets and no exposed Redis', ['database-port-exposed', 'hardcoded-secret']],
    ['No unpinned images and no insecure cookies', ['cookie-flags', 'cookie-security', 'image-tag-pinned']],
    ['No exposed databases', ['database-port-exposed']],
  ])('%s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
});

describe('QA35 review A S6: the generated docs describe the binding rules', () => {
  const docs = readFileSync(new URL('../../docs/checks.md', import.meta.url), 'utf8');
  it.each([
    'Restart policy: not applicable (cron)',
    'sidecar: n/a',
    'HSTS? y/n',
    'CSP? ✅',
    'Health endpoint? /healthz',
    'HSTS: ask Bob',
    '1.0 and 1.1 disabled',
    'Tags pinned',
    'Returns 200',
    'staging only, verified by QA',
    'CORS wildcard kept until the partner integration is replaced',
    'no committed `.env` files',
  ])('docs/checks.md names %s', (example) => {
    expect(docs).toContain(example);
  });
});
