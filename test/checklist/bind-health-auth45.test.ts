import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 45 (probes19 D4): "`/healthz` returns 200 (not behind auth)" stayed manual: "behind auth" vetoed the health rule
// even when negated. A health endpoint that is not behind auth is what the probe checks (a 401 is `error: protected`).

const match = (text: string) => matchItem(text, { headings: ['Go-live'] });

describe('stop 45: a health item saying it is NOT behind auth binds health-endpoint', () => {
  it.each([
    '`/healthz` responds 200 (not behind auth)',
    '`/healthz` returns 200 (not behind auth)',
    '`/healthz` returns 200 and is not behind auth',
    "`/health` returns 200 and isn't behind authentication",
    'Health check endpoint is not behind authentication',
    'Health check endpoint is public (not behind authentication)',
  ])('%s', (text) => {
    expect(match(text).checks).toEqual(['health-endpoint']);
  });

  it.each([
    '`/healthz` returns 200 behind auth',
    '`/healthz` returns 200 behind basic auth',
    'Health endpoint behind the VPN',
    'Health check endpoint is behind authentication',
  ])('the endpoint stated behind auth stays manual: %s', (text) => {
    expect(match(text).checks).toEqual([]);
  });
});
