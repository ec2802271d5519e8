import { describe, expect, it } from 'vitest';
import { tlsVersion } from '../../src/probes/tls-version.js';
import { evaluate, failures, obsOf } from './helpers.js';

describe('tls-version', () => {
  it('passes TLS 1.2/1.3 with legacy refused', () => {
    for (const protocol of ['TLSv1.2', 'TLSv1.3']) {
      const out = evaluate(tlsVersion, obsOf({ tls: { protocol, authorized: true, chain: [] }, legacyTls: { accepted: false } }));
      expect(out).toEqual({ findings: [] });
    }
  });
  it('fails when TLS 1.0 or 1.1 is accepted', () => {
    const f = failures(evaluate(tlsVersion, obsOf({ tls: { protocol: 'TLSv1.3' }, legacyTls: { accepted: true, protocol: 'TLSv1' } })), tlsVersion);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/accepts TLSv1 \(TLS 1\.0\);/);
    expect(f[0]!.severity).toBe('high');
  });
  it('spells out TLS 1.0, which OpenSSL names TLSv1, in every message', () => {
    const both = failures(evaluate(tlsVersion, obsOf({ tls: { protocol: 'TLSv1.3' }, legacyTls: { accepted: true, protocol: 'TLSv1.1', protocols: ['TLSv1', 'TLSv1.1'] } })), tlsVersion);
    expect(both[0]!.message).toMatch(/accepts TLSv1 \(TLS 1\.0\) and TLSv1\.1; allow only TLS 1\.2 and 1\.3$/);
    const negotiated = failures(evaluate(tlsVersion, obsOf({ tls: { protocol: 'TLSv1' }, legacyTls: { accepted: false } })), tlsVersion);
    expect(negotiated[0]!.message).toMatch(/negotiated TLSv1 \(TLS 1\.0\);/);
  });
  it('fails a legacy-only server even though the default handshake failed', () => {
    const f = failures(evaluate(tlsVersion, obsOf({ tls: { error: 'TLS handshake failed' }, legacyTls: { accepted: true, protocol: 'TLSv1.1' } })), tlsVersion);
    expect(f[0]!.message).toMatch(/TLSv1\.1/);
  });
  it('errors when it could not test (never passes)', () => {
    expect(evaluate(tlsVersion, obsOf({ tls: { error: 'connection refused by app.example:443' }, legacyTls: { accepted: false, error: 'connection refused' } })).error).toMatch(/refused/);
    expect(evaluate(tlsVersion, obsOf({ tls: { protocol: 'TLSv1.3' }, legacyTls: { accepted: false, error: 'no answer within 10 s (timeout)' } })).error).toMatch(/could not test.*timeout/);
  });
  it('fails an http:// target', () => {
    expect(failures(evaluate(tlsVersion, { ...obsOf(), url: 'http://app.example/' }), tlsVersion)[0]!.message).toMatch(/plain HTTP/);
  });
});
