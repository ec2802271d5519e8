import { describe, expect, it } from 'vitest';
import { sensitivePaths, SENSITIVE } from '../../src/probes/sensitive-paths.js';
import type { Fetched } from '../../src/probes/observation.js';
import { evaluate, failures, obsOf, res } from './helpers.js';

const SPA = '<!doctype html><html><head><title>app</title></head><body><div id="root"></div></body></html>';
function served(map: Record<string, [number, string]>, fallback: [number, string] = [404, 'Not Found']) {
  const sensitive: Record<string, Fetched> = {};
  for (const s of SENSITIVE) {
    const [status, body] = map[s.path] ?? fallback;
    sensitive[s.path] = { url: `https://app.example${s.path}`, response: res(status, {}, body, `https://app.example${s.path}`) };
  }
  return evaluate(sensitivePaths, obsOf({ sensitive }));
}

describe('sensitive-paths', () => {
  it('passes 404s and a single-page app answering 200 HTML everywhere', () => {
    expect(served({})).toEqual({ findings: [] });
    expect(served({}, [200, SPA])).toEqual({ findings: [] });
  });
  it('fails a served .env and .git, critical, without showing content', () => {
    const f = failures(served({ '/.env': [200, 'DATABASE_URL=postgres://u:hunter2@db/app\nSECRET_KEY=abc\n'], '/.git/config': [200, '[core]\n\trepositoryformatversion = 0\n'], '/.git/HEAD': [200, 'ref: refs/heads/main\n'] }), sensitivePaths);
    expect(f.map((x) => x.url).sort()).toEqual(['https://app.example/.env', 'https://app.example/.git/HEAD', 'https://app.example/.git/config']);
    expect(f.every((x) => x.severity === 'critical' && !x.message.includes('hunter2'))).toBe(true);
  });
  it('judges the body: 200 with unrelated text passes, 403 with the file passes', () => {
    expect(served({ '/.env': [200, 'Welcome to our site'], '/.git/config': [403, '[core]'] })).toEqual({ findings: [] });
  });
  it('errors when no path could be fetched', () => {
    const sensitive = Object.fromEntries(SENSITIVE.map((s) => [s.path, { url: s.path, error: 'connection refused by app.example:443' }]));
    expect(evaluate(sensitivePaths, obsOf({ sensitive })).error).toMatch(/refused/);
  });
});
