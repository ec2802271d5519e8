import { describe, expect, it } from 'vitest';
import { httpsRedirect } from '../../src/probes/https-redirect.js';
import { evaluate, failures, obsOf, res } from './helpers.js';

const plain = (status: number, location?: string) => obsOf({ plainHttp: { url: 'http://app.example/', response: res(status, location ? { location } : {}, '', 'http://app.example/') } });

describe('https-redirect', () => {
  it.each([[301, 'https://app.example/'], [308, 'https://app.example:8443/path?q=1'], [302, 'https://app.example/']])('passes %i to %s', (s, l) => {
    expect(evaluate(httpsRedirect, plain(s, l))).toEqual({ findings: [] });
  });
  it('fails a 200 over plain HTTP', () => {
    const f = failures(evaluate(httpsRedirect, plain(200)), httpsRedirect);
    expect(f).toEqual([expect.objectContaining({ severity: 'high', url: 'http://app.example/' })]);
    expect(f[0]!.message).toMatch(/HTTP 200/);
  });
  it('fails a redirect that stays on http://', () => {
    expect(failures(evaluate(httpsRedirect, plain(301, '/login')), httpsRedirect)[0]!.message).toMatch(/not to https/);
  });
  it('an off-host first hop is low', () => {
    const f = failures(evaluate(httpsRedirect, plain(301, 'https://www.app.example/')), httpsRedirect);
    expect(f.map((x) => x.severity)).toEqual(['low']);
  });
  it('no listener is an info note; a timeout is an error', () => {
    const refused = evaluate(httpsRedirect, obsOf({ plainHttp: { url: 'http://app.example/', error: 'connection refused by app.example:80' } }));
    expect(refused.findings).toEqual([expect.objectContaining({ note: true })]);
    expect(evaluate(httpsRedirect, obsOf({ plainHttp: { url: 'http://app.example/', error: 'no answer from app.example:80 within 10 s (timeout)' } })).error).toMatch(/timeout/);
  });
});
