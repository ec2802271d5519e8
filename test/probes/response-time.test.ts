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
  it('errors when a sample failed', () => {
    expect(evaluate(responseTime, obsOf({ timing: { '/': { samples: [], error: 'no answer from app.example:443 within 10 s (timeout)' } } })).error).toMatch(/timeout/);
  });
  it('needs the configured path and samples', () => {
    expect(responseTime.needs({ 'max-ms': 1, samples: 7, path: '/x' }, { health: ['/'] })).toEqual({ timing: [{ path: '/x', samples: 7 }] });
  });
});
