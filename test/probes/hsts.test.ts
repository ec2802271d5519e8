import { describe, expect, it } from 'vitest';
import { hsts, parseHsts } from '../../src/probes/hsts.js';
import { evaluate, failures, mainOf, obsOf, res } from './helpers.js';

const withHsts = (v: string | string[]) => obsOf(mainOf(res(200, { 'strict-transport-security': v })));

describe('hsts', () => {
  it.each([
    'max-age=31536000; includeSubDomains; preload',
    'max-age=15552000',
    'max-age="63072000"',
    'MAX-AGE=31536000 ; includesubdomains',
    // A quoted string may hold ';' and escaped quotes (RFC 6797 §6.1, RFC 7230 quoted-string).
    'foo="a;b \\" c"; max-age=31536000',
    '  max-age = 31536000 ;includeSubDomains ;',
  ])('passes %s', (v) => {
    const out = evaluate(hsts, withHsts(v));
    expect(out.error).toBeUndefined();
    expect(failures(out, hsts)).toEqual([]);
  });

  it.each([
    ['max-age=0', /max-age=0/],
    ['max-age=abc', /invalid.*not a number/],
    ['max-age=86400', /max-age=86400, below 15552000/],
    ['includeSubDomains', /no max-age/],
    ['max-age=31536000; max-age=31536000', /appears twice/],
    // One comma-joined header is several values, not a header sent more than once (QA round 33).
    ['max-age=31536000, max-age=31536000', /sends Strict-Transport-Security with several values in one header \('max-age=31536000, max-age=31536000', as a proxy joins two\); browsers may ignore it: send exactly one$/],
    ['max-age=31536000, includeSubDomains', /with a comma: its directives are separated by ';'/],
    ['max-age=31536000; foo="bar', /invalid.*quoted string is not terminated/],
    ['max-age="31536000', /invalid.*quoted string is not terminated/],
    ['max-age=31536000; foo=bar baz', /invalid.*neither a token nor a quoted string/],
    ['max-age=31536000; foo=', /invalid.*neither a token nor a quoted string/],
  ])('fails %s', (v, msg) => {
    const f = failures(evaluate(hsts, withHsts(v)), hsts);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(msg);
    expect(f[0]!.severity).toBe('high');
    expect(f[0]!.url).toBe('https://app.example/');
  });

  it('fails two headers, and a missing one', () => {
    expect(failures(evaluate(hsts, withHsts(['max-age=31536000', 'max-age=31536000'])), hsts)[0]!.message).toMatch(/more than once/);
    expect(failures(evaluate(hsts, obsOf(mainOf(res(200)))), hsts)[0]!.message).toMatch(/no Strict-Transport-Security/);
  });

  it('honours min-max-age', () => {
    expect(failures(evaluate(hsts, withHsts('max-age=86400'), { 'min-max-age': 3600 }), hsts)).toEqual([]);
    expect(failures(evaluate(hsts, withHsts('max-age=31536000'), { 'min-max-age': 63072000 }), hsts)).toHaveLength(1);
  });

  it('honours include-subdomains and preload (what hstspreload.org requires)', () => {
    const judge = (v: string, o: Record<string, unknown>) => failures(evaluate(hsts, withHsts(v), o), hsts).map((f) => f.message);
    expect(judge('max-age=31536000; includeSubDomains', { 'include-subdomains': true })).toEqual([]);
    expect(judge('max-age=31536000', { 'include-subdomains': true })[0]).toMatch(/without includeSubDomains; add includeSubDomains$/);
    expect(judge('max-age=63072000; includeSubDomains; preload', { preload: true })).toEqual([]);
    expect(judge('max-age=63072000; preload', { preload: true })[0]).toMatch(/without includeSubDomains, which the HSTS preload list requires/);
    expect(judge('max-age=63072000; includeSubDomains', { preload: true })[0]).toMatch(/without preload/);
    expect(judge('max-age=63072000', { preload: true })[0]).toMatch(/without includeSubDomains and preload/);
    expect(judge('max-age=15552000; includeSubDomains; preload', { preload: true })[0]).toMatch(/below the 31536000 s \(one year\) the HSTS preload list requires/);
    // QA28: every unmet preload requirement at once, so that following the advice passes.
    expect(judge('max-age=15552000', { preload: true })).toEqual([expect.stringMatching(/'max-age=15552000' without includeSubDomains and preload, which the HSTS preload list requires, and its max-age=15552000 is below 31536000 s \(one year, which the preload list requires too\); add includeSubDomains; preload and raise max-age to 31536000$/)]);
    expect(judge('max-age=86400; preload', { preload: true })).toEqual([expect.stringMatching(/without includeSubDomains, which the HSTS preload list requires, and its max-age=86400 is below 31536000 s \(one year, which the preload list requires too\); add includeSubDomains and raise max-age to 31536000$/)]);
    expect(judge('max-age=86400', { 'include-subdomains': true })).toEqual([expect.stringMatching(/without includeSubDomains, and its max-age=86400 is below 15552000 s; add includeSubDomains and raise max-age to 15552000$/)]);
    expect(judge('max-age=86400; includeSubDomains; preload', { preload: true })).toEqual([expect.stringMatching(/max-age=86400, below the 31536000 s \(one year\) the HSTS preload list requires; raise it$/)]);
    expect(judge('max-age=86400; includeSubDomains; preload', { preload: true, 'min-max-age': 63072000 })).toEqual([expect.stringMatching(/max-age=86400, below 63072000 s; raise it$/)]);
    expect(judge('max-age=31536000; includeSubDomains', { preload: true, 'min-max-age': 63072000 })).toEqual([expect.stringMatching(/without preload, which the HSTS preload list requires, and its max-age=31536000 is below 63072000 s; add preload and raise max-age to 63072000$/)]);
    const none = (o: Record<string, unknown>) => failures(evaluate(hsts, obsOf(mainOf(res(200))), o), hsts).map((f) => f.message);
    expect(none({ preload: true })).toEqual([expect.stringMatching(/sends no Strict-Transport-Security header; add max-age=31536000; includeSubDomains; preload$/)]);
    expect(none({ 'include-subdomains': true })).toEqual([expect.stringMatching(/; add max-age=31536000; includeSubDomains$/)]);
    expect(none({})).toEqual([expect.stringMatching(/; add max-age=31536000$/)]);
    // Without the options the directives are not required.
    expect(judge('max-age=31536000', {})).toEqual([]);
  });

  it('fails an http:// target and errors when nothing answered', () => {
    const plain = evaluate(hsts, { ...obsOf(), url: 'http://app.example/', main: { start: 'http://app.example/', hops: [res(200, {}, '', 'http://app.example/')] } });
    expect(failures(plain, hsts)[0]!.message).toMatch(/plain HTTP/);
    const down = evaluate(hsts, obsOf({ main: { start: 'https://app.example/', hops: [], error: 'connection refused by app.example:443' } }));
    expect(down.error).toMatch(/refused/);
    expect(down.findings).toEqual([]);
  });

  it('judges the last HTTPS hop of a same-host chain', () => {
    const obs = obsOf({ main: { start: 'https://app.example/', hops: [
      res(301, { location: '/home', 'strict-transport-security': 'max-age=31536000' }),
      res(200, {}, '', 'https://app.example/home'),
    ] } });
    expect(failures(evaluate(hsts, obs), hsts)[0]!.url).toBe('https://app.example/home');
  });

  it('parses directives per RFC 6797', () => {
    expect(parseHsts('max-age=10; includeSubDomains')).toEqual({ maxAge: 10, includeSubDomains: true, preload: false });
    expect(parseHsts('max-age=10; Preload')).toEqual({ maxAge: 10, includeSubDomains: false, preload: true });
    expect(parseHsts('max-age=-1')).toHaveProperty('invalid');
    expect(parseHsts('max-age=1.5')).toHaveProperty('invalid');
  });
});

describe('hsts behind a gateway whose application is down', () => {
  it("a 502/503/504 without the header is an error (the gateway's page says nothing of the application's); one that carries it is judged", () => {
    const down = evaluate(hsts, obsOf(mainOf(res(502, { server: 'nginx' }, '<h1>502 Bad Gateway</h1>'))));
    expect(down.error).toMatch(/answers 502 \(bad gateway\).*without Strict-Transport-Security; probe again/);
    expect(failures(down, hsts)).toEqual([]);
    expect(failures(evaluate(hsts, obsOf(mainOf(res(503, { 'strict-transport-security': 'max-age=86400' })))), hsts)).toEqual([expect.objectContaining({ message: expect.stringMatching(/max-age=86400, below/) })]);
    expect(failures(evaluate(hsts, obsOf(mainOf(res(500, {})))), hsts)).toEqual([expect.objectContaining({ message: expect.stringMatching(/sends no Strict-Transport-Security/) })]);
  });
});
