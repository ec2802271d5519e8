import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { corsPolicy } from '../../src/probes/cors-policy.js';
import { sensitivePaths } from '../../src/probes/sensitive-paths.js';
import { FOREIGN_ORIGIN } from '../../src/probes/util.js';
import { evaluate, failures, obsOf, res } from './helpers.js';

// Review C (stop 36).

// S1: "reflects any Origin" hid a crafted origin trusted WITH credentials when the foreign origin was reflected
// without them: critical dropped to high, and the default `fail-on: critical` passed.
const SUFFIX = 'https://app.example.preflight-probe.invalid';
const PREFIX = 'https://preflight-probe-app.example';
const f = (h: Record<string, string> = {}, status = 200) => ({ url: 'https://app.example/', response: res(status, h) });
const grant = (origin: string, creds = true) => ({ 'access-control-allow-origin': origin, ...(creds ? { 'access-control-allow-credentials': 'true' } : {}) });
const judge = (get: ReturnType<typeof f>, preflight: ReturnType<typeof f>, suffix: Record<string, string>, prefix: Record<string, string> = {}) =>
  failures(evaluate(corsPolicy, obsOf({ cors: {
    origin: FOREIGN_ORIGIN, get, preflight, nullOrigin: f(),
    crafted: [{ origin: SUFFIX, trick: 'suffix', get: f(suffix) }, { origin: PREFIX, trick: 'prefix', get: f(prefix) }],
  } })), corsPolicy).map((x) => [x.severity, x.message]);

describe('cors-policy: a crafted origin is hidden by "reflects any Origin" only when it adds nothing', () => {
  it('any origin reflected without credentials, a crafted one with them: both, the crafted one critical', () => {
    const out = judge(f(grant(FOREIGN_ORIGIN, false)), f(), grant(SUFFIX));
    expect(out).toEqual([
      ['high', expect.stringContaining('reflects any Origin in Access-Control-Allow-Origin (GET)')],
      ['critical', expect.stringContaining(`trusts the crafted Origin ${SUFFIX} with Access-Control-Allow-Credentials: true (GET)`)],
    ]);
  });

  it('any origin reflected with credentials, or a crafted one without: the one "reflects any Origin" finding', () => {
    expect(judge(f(grant(FOREIGN_ORIGIN)), f(), grant(SUFFIX), grant(PREFIX, false)).map(([s]) => s)).toEqual(['critical']);
    expect(judge(f(grant(FOREIGN_ORIGIN, false)), f(), grant(SUFFIX, false), grant(PREFIX, false))).toEqual([
      ['high', expect.stringContaining('reflects any Origin in Access-Control-Allow-Origin (GET)')],
    ]);
  });

  it('a GET that got no answer (a 503): a 2xx preflight echoing the foreign origin tells the server echoes everything', () => {
    const out = judge(f(grant(FOREIGN_ORIGIN), 503), f(grant(FOREIGN_ORIGIN)), grant(SUFFIX), grant(PREFIX));
    expect(out).toEqual([['critical', expect.stringContaining('reflects any Origin with Access-Control-Allow-Credentials: true (preflight)')]]);
    // A preflight that does not answer 2xx tells nothing: the crafted origins are judged.
    expect(judge(f({}, 503), f(grant(FOREIGN_ORIGIN), 405), grant(SUFFIX)).map(([s, m]) => [s, /crafted Origin/.test(m!)])).toEqual([['critical', true]]);
  });

  it('an answered GET that does not echo the foreign origin is the one read, whatever the preflight echoes', () => {
    const out = judge(f(), f(grant(FOREIGN_ORIGIN, false)), grant(SUFFIX));
    expect(out.map(([s, m]) => [s, /crafted Origin/.test(m!)])).toEqual([['high', false], ['critical', true]]);
  });
});

// N4: the phrase rule for a path the probe requests crossed clauses ("… in CI output", ", admin panel is not public"),
// missed quoted paths, and was quadratic on one long line.
const checksOf = (text: string) => matchItem(text, { headings: ['Launch'] }).checks;

describe('sensitive-paths: a path named as not reachable, in the same clause', () => {
  it.each([
    '`/actuator/env` and `/actuator/heapdump` NOT reachable from outside',
    '/server-status is not public',
    '"/server-status" is not public',
    "'/actuator/env' not reachable from the internet",
    '“/server-info” is not publicly accessible',
    '/actuator/env: not exposed',
    'GET /actuator/heapdump is not exposed',
  ])('%s binds', (text) => {
    expect(checksOf(text)).toEqual(['sensitive-paths']);
  });

  it.each([
    'The token in /.npmrc is not exposed in CI output',
    'Keys in /.env are rotated and never exposed in logs',
    '/.aws/credentials on the build agents are not accessible to fork PR builds',
    '/.htpasswd users reviewed, admin panel is not public',
    '/server-status reviewed by the ops team and the on-call engineer in the weekly meeting, the dashboard is not public',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).not.toContain('sensitive-paths');
  });

  it('has no unbounded gap, so a long line is scanned in linear time (120 KB of " /.env" took seconds)', () => {
    // (No timing assertion: an unbounded negated class between the path and the words is what backtracks.)
    const rules = sensitivePaths.match ?? [];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.pattern.source).not.toMatch(/\[\^[^\]]*\][*+]/);
    // And the bound still reads an ordinary item: the words within 60 characters of the path.
    expect(checksOf('/actuator/heapdump on every production and staging host is never exposed')).toEqual(['sensitive-paths']);
  });
});
