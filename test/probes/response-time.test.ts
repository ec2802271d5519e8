import { describe, expect, it } from 'vitest';
import { median, responseTime } from '../../src/probes/response-time.js';
import { evaluate, failures, obsOf } from './helpers.js';

describe('response-time', () => {
  it('computes medians', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('passes a fast median despite one slow outlier', () => {
    expect(evaluate(responseTime, obsOf({ timing: { '/': { samples: [10, 12, 5000, 11, 9] } } }))).toEqual({ findings: [] });
  });
  it('fails a slow median at medium, with the URL and options', () => {
    const f = failures(evaluate(responseTime, obsOf({ timing: { '/api': { samples: [300, 320, 310] } } }), { path: '/api', 'max-ms': 250, samples: 3 }), responseTime);
    expect(f).toEqual([expect.objectContaining({ severity: 'medium', url: 'https://app.example/api' })]);
    expect(f[0]!.message).toMatch(/took 310 ms \(median of 3\), over 250 ms/);
  });
  it('does not time samples answered 429 (the rate limiter, not the application)', () => {
    // Before: every sample an instant 429 passed.
    const all = evaluate(responseTime, obsOf({ timing: { '/': { samples: [2, 3, 2, 2, 3], statuses: [429, 429, 429, 429, 429] } } }));
    expect(all.error).toMatch(/^https:\/\/app\.example\/ answered 429 \(too many requests\) to every sample.*the target rate-limited the samples/);
    // Some samples reached the application: those are timed (the fast 429s do not pull the median down).
    const f = failures(evaluate(responseTime, obsOf({ timing: { '/': { samples: [2600, 3, 2700, 2, 2650], statuses: [200, 429, 200, 429, 200] } } })), responseTime);
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/took 2650 ms \(median of 3\), over 2000 ms/)]);
  });
  it('errors when a sample failed', () => {
    expect(evaluate(responseTime, obsOf({ timing: { '/': { samples: [], error: 'no answer from app.example:443 within 10 s (timeout)' } } })).error).toMatch(/timeout/);
  });
  it('needs the configured path and samples', () => {
    expect(responseTime.needs({ 'max-ms': 1, samples: 7, path: '/x' }, { health: ['/'] })).toEqual({ timing: [{ path: '/x', samples: 7 }] });
  });
  it('without a path, times the target URL itself (a path prefix included); a given path is origin-absolute', () => {
    expect(responseTime.needs(responseTime.options.parse({}), { health: ['/'], target: '/app/' })).toEqual({ timing: [{ path: '/app/', samples: 5 }] });
    const f = failures(evaluate(responseTime, obsOf({ url: 'https://app.example/app/', timing: { '/app/': { samples: [3000] } } }), { samples: 1 }), responseTime);
    expect(f).toEqual([expect.objectContaining({ url: 'https://app.example/app/' })]);
    expect(evaluate(responseTime, obsOf({ url: 'https://app.example/app/', timing: { '/x': { samples: [1] } } }), { path: '/x' })).toEqual({ findings: [] });
  });
  it.each(['//other.example/x', '/\\other.example/y', '/\t/other.example/z'])('refuses the path %j (it names another host)', (path) => {
    expect(() => evaluate(responseTime, obsOf(), { path })).toThrow(/a path on the target's host/);
  });
});
