import { describe, expect, it } from 'vitest';
import { certificate } from '../../src/probes/certificate.js';
import type { TlsObservation } from '../../src/probes/observation.js';
import { AT, evaluate, failures, obsOf } from './helpers.js';

const DAY = 86_400_000;
const iso = (days: number) => new Date(Date.parse(AT) + days * DAY).toISOString();
const leaf = (from: number, to: number, selfIssued = false) => ({ subject: 'CN=app.example', issuer: selfIssued ? 'CN=app.example' : 'CN=CA', validFrom: iso(from), validTo: iso(to), selfIssued });
const tlsObs = (t: Partial<TlsObservation>) => ({ protocol: 'TLSv1.3', authorized: true, chain: [leaf(-10, 200)], ...t });
const run = (t: Partial<TlsObservation>, allowSelfSigned = false, options = {}) => evaluate(certificate, obsOf({ tls: tlsObs(t), allowSelfSigned }), options);

describe('certificate', () => {
  it('passes a trusted certificate with time left', () => {
    const out = run({});
    expect(out.error).toBeUndefined();
    expect(out.findings).toEqual([]);
  });
  it('fails expired as critical', () => {
    const f = failures(run({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chain: [leaf(-400, -10)] }), certificate);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'critical', url: 'https://app.example/' });
    expect(f[0]!.message).toMatch(/expired on/);
  });
  it('fails not-yet-valid as critical', () => {
    const f = failures(run({ authorized: false, authorizationError: 'CERT_NOT_YET_VALID', chain: [leaf(10, 400)] }), certificate);
    expect(f.map((x) => x.severity)).toEqual(['critical']);
    expect(f[0]!.message).toMatch(/not valid before/);
  });
  it('fails fewer than min-days as high, and honours the option', () => {
    const f = failures(run({ chain: [leaf(-300, 10)] }), certificate);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'high' });
    expect(f[0]!.message).toMatch(/expires in 10 days/);
    expect(run({ chain: [leaf(-300, 10)] }, false, { 'min-days': 7 }).findings).toEqual([]);
  });
  it("fails the leaf's intermediate expiring before it within min-days as high (Apache serving a chain whose intermediate has 10 days left)", () => {
    const cert = (subject: string, issuer: string, from: number, to: number) => ({ subject, issuer, validFrom: iso(from), validTo: iso(to), selfIssued: subject === issuer });
    const root = cert('CN=QA Root CA', 'CN=QA Root CA', -2000, 2000);
    const f = failures(run({ chain: [leaf(-1, 300), cert('CN=QA Short Intermediate', 'CN=QA Root CA', -1000, 10), root] }), certificate);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['high', expect.stringMatching(/^the intermediate certificate QA Short Intermediate in the chain of https:\/\/app\.example\/ expires in 10 days \(\d{4}-\d\d-\d\d\), before the certificate itself and in fewer than 30 days: clients cannot verify the chain after that/)]]);
    expect(run({ chain: [leaf(-1, 300), cert('CN=QA Short Intermediate', 'CN=QA Root CA', -1000, 10), root] }, false, { 'min-days': 7 }).findings).toEqual([]);
    // A healthy intermediate, a leaf that expires first (its own finding only), a cross-sign further up the chain
    // (browsers use their own root) and a root expiring soon are not the intermediate's problem.
    expect(run({ chain: [leaf(-1, 300), cert('CN=R3', 'CN=ISRG Root X1', -500, 400), root] }).findings).toEqual([]);
    expect(failures(run({ chain: [leaf(-300, 5), cert('CN=R3', 'CN=ISRG Root X1', -500, 10), root] }), certificate).map((x) => x.message)).toEqual([expect.stringMatching(/^the certificate of .* expires in 5 days/)]);
    expect(run({ chain: [leaf(-1, 300), cert('CN=R3', 'CN=ISRG Root X1', -500, 400), cert('CN=ISRG Root X1', 'CN=DST Root CA X3', -1500, 10)] }).findings).toEqual([]);
    expect(run({ chain: [leaf(-1, 300), cert('CN=Old Root', 'CN=Old Root', -5000, 10)] }).findings).toEqual([]);
  });
  it('says hours, not "0 days", for a certificate with less than a day left (Caddy `tls internal` issues 12-hour leaves)', () => {
    const hours = (h: number) => ({ subject: 'CN=localhost', issuer: 'CN=Caddy Local Authority - ECC Intermediate', validFrom: iso(-0.1), validTo: new Date(Date.parse(AT) + h * 3_600_000 + 60_000).toISOString(), selfIssued: false });
    expect(failures(run({ chain: [hours(11)] }), certificate).map((x) => [x.severity, x.message])).toEqual([['high', expect.stringMatching(/expires in 11 hours \(\d{4}-\d\d-\d\d\), fewer than 30 days; renew it$/)]]);
    expect(failures(run({ chain: [hours(0)] }), certificate)[0]!.message).toMatch(/expires in less than an hour/);
    expect(failures(run({ chain: [leaf(-300, 1)] }), certificate)[0]!.message).toMatch(/expires in 1 day \(/);
  });
  it('fails a wrong host as critical even with allow-self-signed', () => {
    const f = failures(run({ authorized: false, hostnameError: "Hostname/IP does not match certificate's altnames" }, true), certificate);
    expect(f.map((x) => x.severity)).toEqual(['critical']);
    expect(f[0]!.message).toMatch(/not valid for app\.example: it has no subjectAltName, only CN=app\.example, which browsers and current clients \(Go\) ignore; serve a certificate whose subjectAltName names app\.example$/);
  });
  it('fails self-signed as critical, low with allow-self-signed', () => {
    const self = { authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT', chain: [leaf(-1, 300, true)] };
    expect(failures(run(self), certificate).map((x) => [x.severity, /self-signed/.test(x.message)])).toEqual([['critical', true]]);
    expect(failures(run(self, true), certificate).map((x) => x.severity)).toEqual(['low']);
  });
  it('fails an unknown issuer as untrusted', () => {
    const f = failures(run({ authorized: false, authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), certificate);
    expect(f[0]!.message).toMatch(/not trusted \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/);
    expect(f[0]!.severity).toBe('critical');
  });
  it('a leaf sent without its intermediate: the server must send the full chain; --ca only suggested when not given', () => {
    const noInt = { authorized: false, authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' };
    const withCa = failures(evaluate(certificate, obsOf({ tls: tlsObs(noInt), caGiven: true })), certificate);
    expect(withCa.map((x) => x.severity)).toEqual(['critical']);
    // The CA given (from --ca, the action input or probes.ca: the probe cannot tell which) is named neutrally; the
    // issuer may be an intermediate of it the server leaves out, or another CA (QA 29 certs D3, D5).
    expect(withCa[0]!.message).toBe('the certificate of https://app.example/ is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE): its issuer CN=CA is not a trusted CA (the CA given with --ca, the action input ca or probes.ca included), and the server does not send its certificate; if CN=CA is an intermediate CA under the CA given, configure the server to send the full chain (the certificate followed by its intermediate certificates); if not, the certificate is from another CA: use one the CA given issues, or add the CA that issued it to the CA given');
    // allow-self-signed lowers it, and keeps the advice: a chain the server leaves out breaks clients whoever the CA is.
    const allowed = failures(evaluate(certificate, obsOf({ tls: tlsObs(noInt), caGiven: true, allowSelfSigned: true })), certificate);
    expect(allowed.map((x) => [x.severity, x.message])).toEqual([['low', expect.stringMatching(/ \(allowed by allow-self-signed\); if CN=CA is an intermediate CA under the CA given, configure the server to send the full chain/)]]);
    expect(withCa[0]!.message).not.toMatch(/pass .*--ca/);
    // A leaf naming its issuer's certificate (Authority Information Access, as publicly issued ones do): the intermediate is missing.
    const without = failures(run({ ...noInt, chain: [{ ...leaf(-10, 200), caIssuers: ['http://ca.example/int.crt'] }] }), certificate);
    expect(without[0]!.message).toMatch(/the server sends it without the certificate of its issuer CN=CA, which is not a trusted CA; configure the server to send the full chain .*, or, if CN=CA is a private CA, pass it with --ca/);
    // Other trust failures with --ca given do not suggest passing --ca either.
    const int = { subject: 'CN=CA', issuer: 'CN=Root', validFrom: iso(-10), validTo: iso(1000), selfIssued: false };
    const other = failures(evaluate(certificate, obsOf({ tls: tlsObs({ authorized: false, authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', chain: [leaf(-10, 200), int] }), caGiven: true })), certificate);
    // With a CA given (partial chains allowed) OpenSSL reports a leaf sent alone with this code: still the missing intermediate.
    const aloneWithCa = failures(evaluate(certificate, obsOf({ tls: tlsObs({ authorized: false, authorizationError: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' }), caGiven: true })), certificate);
    expect(aloneWithCa[0]!.message).toMatch(/not trusted \(UNABLE_TO_GET_ISSUER_CERT_LOCALLY\): its issuer CN=CA is not a trusted CA \(the CA given with --ca, the action input ca or probes\.ca included\), and the server does not send its certificate; if CN=CA is an intermediate CA under the CA given, configure the server to send the full chain/);
    // The chain sent whole names the CA at its end (QA stop 39, probes13 D3).
    expect(other[0]!.message).toMatch(/not trusted \(UNABLE_TO_GET_ISSUER_CERT_LOCALLY\): the chain the server sends ends at CA, whose issuer CN=Root is not a trusted CA \(the CA given with --ca, the action input ca or probes\.ca included\); use a certificate from a trusted CA \(the CA given with --ca, the action input ca or probes\.ca does not verify it\)$/);
  });
  it('a leaf naming no issuer URL (no AIA), no --ca given: a private CA\'s root signed it, so the advice leads with --ca (QA round 27)', () => {
    const f = failures(run({ authorized: false, authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), certificate);
    expect(f.map((x) => x.severity)).toEqual(['critical']);
    expect(f[0]!.message).toBe('the certificate of https://app.example/ is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE): its issuer CN=CA is not a trusted CA and the server does not send its certificate, for which the certificate names no URL (no Authority Information Access), as is usual for a private CA; if CN=CA is a private CA, pass it with --ca (the action input ca, or probes.ca); if it is an intermediate CA, configure the server to send the full chain (the certificate followed by its intermediate certificates)');
    // allow-self-signed: low, without advice.
    expect(failures(run({ authorized: false, authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }, true), certificate).map((x) => [x.severity, /\(allowed by allow-self-signed\)$/.test(x.message)])).toEqual([['low', true]]);
  });
  it('fails an http:// target and errors on a failed handshake', () => {
    expect(failures(evaluate(certificate, { ...obsOf(), url: 'http://app.example/' }), certificate)).toHaveLength(1);
    expect(evaluate(certificate, obsOf({ tls: { error: 'TLS handshake with app.example:443 failed (alert)' } })).error).toMatch(/handshake/);
  });
});

describe('certificate: what OpenSSL does not say, and where the certificate came from', () => {
  it('expired and untrusted is two findings (OpenSSL reports only the expiry)', () => {
    const expired = { authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chain: [leaf(-400, -10)] };
    expect(failures(run({ ...expired, chainTrusted: false }), certificate).map((f) => f.message)).toEqual([
      expect.stringMatching(/expired on/), expect.stringMatching(/is not trusted \(its issuer CN=CA is not a trusted CA\)/),
    ]);
    expect(failures(run({ ...expired, chainTrusted: true }), certificate)).toHaveLength(1);
  });
  it('lists at most five names a wrong-host certificate covers', () => {
    const many = { ...leaf(-10, 200), subjectAltName: Array.from({ length: 7 }, (_, i) => `DNS:h${i}.example`).join(', ') };
    const f = failures(run({ authorized: false, hostnameError: 'x', chain: [many] }), certificate);
    expect(f[0]!.message).toMatch(/it covers h0\.example, h1\.example, h2\.example, h3\.example, h4\.example and 2 more;/);
  });
  it('fails a server only a TLS 1.0/1.1 handshake reaches, judging that certificate too; else says both failed', () => {
    const legacy = { accepted: true, protocol: 'TLSv1.1', session: tlsObs({ protocol: 'TLSv1.1', chain: [leaf(-400, -10)], authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chainTrusted: true }) };
    const out = evaluate(certificate, obsOf({ tls: { error: 'TLS handshake with app.example:443 failed (unsupported protocol)' }, legacyTls: legacy }));
    expect(out.findings.map((f) => [!!f.note, f.message])).toEqual([
      [false, expect.stringMatching(/completes a TLS handshake only with TLSv1\.1 \(the normal one failed: TLS handshake.*cannot connect/)], [false, expect.stringMatching(/expired on/)],
    ]);
    const both = evaluate(certificate, obsOf({ tls: { error: 'TLS handshake with app.example:443 failed (alert)' }, legacyTls: { accepted: false } }));
    expect(both.error).toMatch(/failed \(alert\); a handshake offering TLS 1\.0\/1\.1 failed too$/);
  });
});

describe('certificate: Node verification codes', () => {
  it("a trusted chain for the wrong host is one finding, not two", () => {
    const f = failures(run({ authorized: false, authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID', hostnameError: 'Hostname/IP does not match' }), certificate);
    expect(f).toHaveLength(1);
  });
  it('names the expired intermediate the server sends when OpenSSL reports only CERT_HAS_EXPIRED (the CA given)', () => {
    const int = { subject: 'CN=QA Expired Intermediate', issuer: 'CN=QA Root CA', validFrom: iso(-700), validTo: iso(-2), selfIssued: false };
    const f = failures(run({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chainTrusted: true, chain: [leaf(-3, 365), int] }), certificate);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['critical', `the certificate chain https://app.example/ sends includes QA Expired Intermediate, which expired on ${iso(-2).slice(0, 10)}; update the intermediate certificates`]]);
    // Not sent (an expired CA in the trust store): the code is all there is.
    expect(failures(run({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chainTrusted: true, chain: [leaf(-3, 365)] }), certificate).map((x) => x.message))
      .toEqual([expect.stringMatching(/^a certificate in the chain of https:\/\/app\.example\/ is outside its validity period \(CERT_HAS_EXPIRED\)/)]);
  });
  it('an expired intermediate with an empty subject is named (unnamed), not left blank', () => {
    const int = { subject: '', issuer: 'CN=QA Root CA', validFrom: iso(-700), validTo: iso(-2), selfIssued: false };
    const f = failures(run({ authorized: false, authorizationError: 'CERT_HAS_EXPIRED', chainTrusted: true, chain: [leaf(-3, 365), int] }), certificate);
    expect(f.map((x) => x.message)).toEqual([`the certificate chain https://app.example/ sends includes (unnamed), which expired on ${iso(-2).slice(0, 10)}; update the intermediate certificates`]);
  });
  it('names the root the server sends along with an untrusted chain, not only the leaf\'s issuer', () => {
    const int = { subject: 'CN=QA Intermediate CA', issuer: 'CN=QA Root CA', validFrom: iso(-10), validTo: iso(1000), selfIssued: false };
    const root = { subject: 'CN=QA Root CA', issuer: 'CN=QA Root CA', validFrom: iso(-10), validTo: iso(3000), selfIssued: true };
    const f = failures(run({ authorized: false, authorizationError: 'SELF_SIGNED_CERT_IN_CHAIN', chain: [{ ...leaf(-1, 365), issuer: 'CN=QA Intermediate CA' }, int, root] }), certificate);
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^the certificate of https:\/\/app\.example\/ is not trusted: it chains to a root the server sends itself \(issuer CN=QA Intermediate CA, root CN=QA Root CA\), which is not a trusted CA;/)]);
  });
  it('an untrusted chain for the wrong host is two findings', () => {
    const f = failures(run({ authorized: false, authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', hostnameError: 'Hostname/IP does not match' }), certificate);
    expect(f.map((x) => x.message).join('\n')).toMatch(/not valid for app\.example[\s\S]*not trusted/);
  });
  it('names a key or signature too weak for clients (UNSPECIFIED in Node), critical even with allow-self-signed', () => {
    const small = { ...leaf(-10, 200), keyType: 'rsa', keyBits: 1024, signatureAlgorithm: 'sha256WithRSAEncryption' };
    const f = failures(run({ authorized: false, authorizationError: 'UNSPECIFIED', chain: [small] }, true), certificate);
    expect(f).toEqual([expect.objectContaining({ severity: 'critical', message: 'the certificate of https://app.example/ uses a 1024-bit RSA key, which clients refuse (at least 2048 bits); reissue it with a stronger key' })]);
    const sha1 = { ...leaf(-10, 200), keyType: 'rsa', keyBits: 2048, signatureAlgorithm: 'sha1WithRSAEncryption' };
    expect(failures(run({ authorized: false, authorizationError: 'CA_MD_TOO_WEAK', chain: [sha1] }), certificate)[0]!.message).toMatch(/is signed with SHA-1 \(sha1WithRSAEncryption\), which clients refuse/);
    // An intermediate signed with SHA-1 is named; a root's own SHA-1 self-signature does not count.
    const root = { ...leaf(-10, 2000, true), subject: 'CN=Root', issuer: 'CN=Root', signatureAlgorithm: 'sha1WithRSAEncryption' };
    const int = { ...leaf(-10, 2000), subject: 'CN=Int', signatureAlgorithm: 'sha1WithRSAEncryption' };
    expect(failures(run({ authorized: false, authorizationError: 'UNSPECIFIED', chain: [leaf(-10, 200), int, root] }), certificate)[0]!.message).toMatch(/the certificate CN=Int in the chain of .* is signed with SHA-1/);
    // OpenSSL reports the weak key instead of the untrusted issuer (leaf + intermediate sent, root unknown):
    // chainTrusted says which, and that is a finding of its own (lowered by allow-self-signed).
    const untrusted = failures(run({ authorized: false, authorizationError: 'UNSPECIFIED', chainTrusted: false, chain: [small, int] }, true), certificate);
    expect(untrusted.map((x) => [x.severity, x.message])).toEqual([
      ['critical', expect.stringMatching(/uses a 1024-bit RSA key/)],
      // The intermediate's SHA-1 signature is a problem of its own (one finding per problem, QA 51).
      ['critical', expect.stringMatching(/the certificate CN=Int in the chain of .* is signed with SHA-1/)],
      ['low', 'the certificate of https://app.example/ is not trusted: the chain the server sends ends at Int, whose issuer CN=CA is not a trusted CA (allowed by allow-self-signed)'],
    ]);
    expect(failures(run({ authorized: false, authorizationError: 'UNSPECIFIED', chainTrusted: true, chain: [small, int] }), certificate)).toHaveLength(2);
    // EdDSA, which browsers do not support (QA 29 certs D1): a leaf's key, or a signature by an Ed25519 intermediate; a root's own signature does not count.
    const edLeaf = { ...leaf(-10, 200), keyType: 'ed25519', signatureAlgorithm: 'ecdsa-with-SHA256' };
    expect(failures(run({ chain: [edLeaf] }), certificate).map((x) => [x.severity, x.message])).toEqual([['critical', expect.stringMatching(/has an Ed25519 \(EdDSA\) key, which browsers \(Chrome, Firefox, Safari\) do not support/)]]);
    const edSigned = { ...leaf(-10, 200), keyType: 'ec', keyBits: 256, signatureAlgorithm: 'ED25519' };
    const edInt = { ...leaf(-10, 2000), subject: 'CN=Ed Int', keyType: 'ed25519', signatureAlgorithm: 'ecdsa-with-SHA256' };
    expect(failures(run({ chain: [edSigned, edInt] }), certificate).map((x) => x.message)).toEqual([expect.stringMatching(/^the certificate of .* is signed with Ed25519 \(EdDSA\), which browsers .* do not support; have it issued by a CA whose key is ECDSA or RSA$/)]);
    expect(run({ chain: [{ ...leaf(-10, 200), keyType: 'ec', keyBits: 256 }, { ...root, signatureAlgorithm: 'ED448', keyType: 'ec', keyBits: 256 }] }).findings).toEqual([]);
    // UNSPECIFIED with nothing weak to show keeps the generic message.
    expect(failures(run({ authorized: false, authorizationError: 'UNSPECIFIED', chain: [leaf(-10, 200), root] }), certificate)[0]!.message).toMatch(/is not trusted \(UNSPECIFIED\)/);
  });
});
