import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROBES } from '../../src/probes/index.js';

const IDS = ['certificate', 'cookie-security', 'cors-policy', 'dev-server-exposed', 'health-endpoint', 'hsts', 'https-redirect',
  'response-time', 'security-headers', 'sensitive-paths', 'server-version-leak', 'tls-version'];
const root = path.resolve(import.meta.dirname, '../..');

describe('probe registry', () => {
  it('registers exactly the contract ids, sorted', () => {
    expect(PROBES.map((p) => p.id)).toEqual(IDS);
  });
  it.each(IDS)('%s has its file, test, docs, a strict options object and needs', (id) => {
    const p = PROBES.find((x) => x.id === id)!;
    expect(p.kind).toBe('probe');
    expect(fs.existsSync(path.join(root, 'src/probes', `${id}.ts`))).toBe(true);
    expect(fs.existsSync(path.join(root, 'test/probes', `${id}.test.ts`))).toBe(true);
    expect(p.docs.why.length).toBeGreaterThan(20);
    expect(p.docs.fix.length).toBeGreaterThan(10);
    expect(p.docs.details?.length ?? 0).toBeGreaterThan(50);
    expect(p.options).toBeInstanceOf(z.ZodObject);
    // Markdown phrase rules sit beside the meta; each says why the phrase means this probe verifies it.
    for (const r of p.match ?? []) expect(r.note, r.pattern.source).toBeTruthy();
    expect(Object.keys(p.needs(p.options.parse({}) as never, { health: ['/'] })).length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(root, 'docs/probes.md'), 'utf8')).toContain(`\`${id}\``);
  });
  it('option defaults follow DESIGN.md', () => {
    const opt = (id: string) => PROBES.find((p) => p.id === id)!.options.parse({});
    expect(opt('certificate')).toEqual({ 'min-days': 30 });
    expect(opt('hsts')).toEqual({ 'min-max-age': 15552000, 'include-subdomains': false, preload: false });
    // `path` (`/`) is the target URL itself: `/` for a target at the root, `/app/` under a prefix.
    expect(opt('response-time')).toEqual({ 'max-ms': 2000, samples: 5 });
    expect(PROBES.find((p) => p.id === 'response-time')!.needs(opt('response-time') as never, { health: ['/'] })).toEqual({ timing: [{ path: '/', samples: 5 }] });
    expect(opt('health-endpoint')).toEqual({});
  });
});
