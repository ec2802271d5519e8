import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = ['Security']) => matchItem(text, { headings }).checks;

describe('QA37 markdown12 D1: a deferral in a clause after the main one ("soon", "in phase 2", "in v2", "N/A") defers only that clause', () => {
  it.each<[string, string[]]>([
    ['Debug mode off in production; HSTS N/A (internal tool)', ['debug-mode']],
    ['X-Frame-Options set; HSTS soon', ['security-headers']],
    ['HTTP redirects to HTTPS; HSTS in phase 2', ['https-redirect']],
    ['TLS 1.2+ enforced; HSTS in v2', ['tls-protocols-config', 'tls-version']],
    ['TLS 1.2+ enforced, HSTS soon', ['tls-protocols-config', 'tls-version']],
    ['TLS 1.2+ enforced — HSTS soon', ['tls-protocols-config', 'tls-version']],
    ['HSTS enabled; CSP soon', ['hsts']],
    ['HSTS enabled; HTTPS redirect in phase 2', ['hsts']],
    ['HSTS enabled; security headers N/A', ['hsts']],
    ['HSTS enabled; image tags pinned soon', ['hsts']],
    ['HSTS enabled; /healthz returns 200 in v2', ['hsts']],
    // The documented example is unchanged.
    ['TLS 1.2+ enforced; HSTS later', ['tls-protocols-config', 'tls-version']],
  ])('%s binds %j only', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });

  it.each(['HSTS soon', 'HSTS N/A', 'HSTS in phase 2', 'HSTS in v2', 'HSTS enabled, soon', 'Memory limits on all containers, next sprint'])(
    'a deferral of the main clause keeps %s manual',
    (text) => {
      expect(checksOf(text)).toEqual([]);
    },
  );

  it.each<[string, string]>([
    // A minimum and an expiry are no deferrals.
    ['HSTS enabled; TLS 1.2 or later', 'tls-version'],
    ['Security headers set; certificate not expiring soon', 'security-headers'],
  ])('%s still binds %s', (text, check) => {
    expect(checksOf(text)).toContain(check);
  });
});

describe('QA37 markdown12 D2: "next sprint", "TBD", "waived", "after the … migration", "once … is migrated" in a later clause that names its own topic defer only it', () => {
  it.each<[string, string[]]>([
    ['TLS 1.2+ enforced; HSTS next sprint', ['tls-protocols-config', 'tls-version']],
    ['HTTP redirects to HTTPS; HSTS next month', ['https-redirect']],
    ['TLS 1.2+ enforced; HSTS TBD', ['tls-protocols-config', 'tls-version']],
    ['TLS 1.2+ enforced; HSTS waived (SEC-12)', ['tls-protocols-config', 'tls-version']],
    ['TLS 1.2+ enforced; HSTS after the domain migration', ['tls-protocols-config', 'tls-version']],
    ['TLS 1.2+ enforced; HSTS once the CDN is migrated', ['tls-protocols-config', 'tls-version']],
  ])('%s binds %j only', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });

  // A deferring clause that names no check's topic may speak of the main one: the item stays manual (precision first).
  it.each(['HSTS enabled; rollout next sprint', 'HSTS enabled, next sprint', 'HSTS enabled; TBD', 'HSTS next sprint'])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('QA37 markdown12 D4: the Rails and Kamal default health path `/up` is a health path', () => {
  it.each(['Rails health check `/up` returns 200', 'Health check `/up` returns 200', '`/up` returns 200', '/up responds with 200'])('%s binds health-endpoint', (text) => {
    expect(checksOf(text, ['Operations'])).toEqual(['health-endpoint']);
  });

  it.each(['`/scale/up` returns 200', '`/upload` returns 200', '`/api/up` returns 200'])('%s is no health path', (text) => {
    expect(checksOf(text, ['Operations'])).not.toContain('health-endpoint');
  });
});
