import { describe, expect, it } from 'vitest';
import { httpsRedirect } from '../../src/probes/https-redirect.js';
import { evaluate, failures, obsOf, res } from './helpers.js';

const plain = (location: string) => obsOf({ plainHttp: { url: 'http://app.example/', response: res(302, { location }, '', 'http://app.example/') } });

describe('https-redirect: a first hop to a location that is no web address (stop 40)', () => {
  // Before: "first redirects to another host ()" at low, so an unfixed redirect no longer blocked at fail-on: high.
  it.each([
    ['file:///etc/passwd', 'file:'],
    ['javascript:alert(1)', 'javascript:'],
    ['data:text/html,<h1>hi</h1>', 'data:'],
    ['ftp://app.example/', 'ftp:'],
    ['mailto:ops@app.example', 'mailto:'],
  ])('%s fails at the probe severity, naming the scheme', (location, scheme) => {
    const f = failures(evaluate(httpsRedirect, plain(location)), httpsRedirect);
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['high', `http://app.example/ redirects to a location with the ${scheme} scheme, which is not a web address; redirect to https://app.example`],
    ]);
  });
  it('still passes https:// on the same host and keeps an off-host https:// hop low', () => {
    expect(evaluate(httpsRedirect, plain('HTTPS://app.example/')).findings).toEqual([]);
    expect(failures(evaluate(httpsRedirect, plain('https://www.app.example/')), httpsRedirect).map((x) => x.severity)).toEqual(['low']);
    expect(failures(evaluate(httpsRedirect, plain('//www.app.example/')), httpsRedirect).map((x) => x.severity)).toEqual(['low']);
  });
});
