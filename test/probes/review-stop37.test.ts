import { describe, expect, it } from 'vitest';
import { weakness } from '../../src/probes/certificate.js';
import type { CertInfo } from '../../src/probes/observation.js';
import { certWeakness, untrustedReason } from '../../src/probes/util.js';
import { credentialParam, redactText, secretLikeName, urlPassword } from '../../src/report/redact.js';

// Review C, stop 37: S3 (the withheld-headers warning states the certificate probe's weakness rules, EdDSA included) and
// S4 (credential words are whole words of a name; a short query value is never masked).

const NOW = Date.parse('2026-06-01T00:00:00.000Z');
const cert = (over: Partial<CertInfo> = {}): CertInfo => ({
  subject: 'CN=app.example', issuer: 'CN=Issuing CA', validFrom: '2026-01-01T00:00:00.000Z', validTo: '2027-01-01T00:00:00.000Z',
  selfIssued: false, keyType: 'ec', keyBits: 256, signatureAlgorithm: 'ecdsa-with-SHA256', ...over,
});
const ca = (over: Partial<CertInfo> = {}) => cert({ subject: 'CN=Issuing CA', issuer: 'CN=Root CA', ...over });
const root = (over: Partial<CertInfo> = {}) => cert({ subject: 'CN=Root CA', issuer: 'CN=Root CA', selfIssued: true, ...over });
const reason = (chain: CertInfo[]) => untrustedReason({ authorized: false, chainTrusted: false, chain }, 'app.example', false, NOW);

describe('untrustedReason and the certificate probe: one set of weakness rules', () => {
  it('an EdDSA key on the leaf, an EdDSA signature by an issuer', () => {
    expect(reason([cert({ keyType: 'ed25519', keyBits: undefined, signatureAlgorithm: 'ED25519' })])).toMatch(/^it has an Ed25519 \(EdDSA\) key, which browsers do not support; /);
    expect(reason([cert(), ca({ signatureAlgorithm: 'ED448' }), root()])).toMatch(/^the certificate Issuing CA in its chain is signed with Ed448 \(EdDSA\), which browsers do not support; /);
  });

  const CHAINS: [string, CertInfo[], RegExp | null][] = [
    ['a strong chain', [cert(), ca(), root()], null],
    ['an Ed25519 leaf', [cert({ keyType: 'ed25519', keyBits: undefined })], /Ed25519 \(EdDSA\) key/],
    ['an Ed448 signature on the leaf', [cert({ signatureAlgorithm: 'ED448' }), ca()], /signed with Ed448 \(EdDSA\)/],
    // A trust anchor's own signature is never checked, EdDSA or SHA-1.
    ['a root signed with Ed25519', [cert(), ca(), root({ signatureAlgorithm: 'ED25519' })], null],
    ['a root signed with SHA-1', [cert(), ca(), root({ signatureAlgorithm: 'sha1WithRSAEncryption', keyType: 'rsa', keyBits: 4096 })], null],
    ['a 1024-bit RSA leaf', [cert({ keyType: 'rsa', keyBits: 1024, signatureAlgorithm: 'sha256WithRSAEncryption' })], /1024-bit RSA key/],
    ['an intermediate signed with MD5', [cert(), ca({ signatureAlgorithm: 'md5WithRSAEncryption' })], /signed with MD5/],
    ['a 160-bit EC issuer', [cert(), ca({ keyBits: 160 })], /160-bit EC key/],
  ];
  it.each(CHAINS)('%s: both say the same weakness, or neither does', (_, chain, said) => {
    const probe = weakness(chain, 'https://app.example/');
    const warning = reason(chain);
    if (said === null) {
      expect(certWeakness(chain)).toBeUndefined();
      expect(probe).toBeUndefined();
      expect(warning).not.toMatch(/refuse|do not support/);
    } else {
      expect(probe).toMatch(said);
      expect(warning).toMatch(said);
    }
  });

  it("OpenSSL's weak-key code is still said when the weakness found is not the key's or digest's", () => {
    const r = untrustedReason({ authorized: false, authorizationError: 'UNSPECIFIED', chainTrusted: true, chain: [cert({ keyType: 'ed25519', keyBits: undefined })] }, 'app.example', false, NOW);
    expect(r).toBe('it has an Ed25519 (EdDSA) key, which browsers do not support; a key or signature of its chain is too weak for current clients (UNSPECIFIED)');
    const k = untrustedReason({ authorized: false, authorizationError: 'EE_KEY_TOO_SMALL', chainTrusted: true, chain: [cert({ keyType: 'rsa', keyBits: 1024 })] }, 'app.example', false, NOW);
    expect(k).toBe('it has a 1024-bit RSA key, which clients refuse');
  });
});

describe('secret-like names: credential words are whole words of the name', () => {
  it.each(['monkey', 'hotkey', 'turkey', 'whiskey', 'keyword', 'donkey_id', 'X-Hotkey'])('%s is no credential name', (name) => {
    expect(credentialParam(name)).toBe(false);
    expect(secretLikeName(name)).toBe(false);
  });
  it.each(['key', 'apikey', 'accesskey', 'secretkey', 'passkey', 'api_key', 'apiKey', 'X-Api-Key', 'sharedKey', 'license-key'])('%s is one', (name) => {
    expect(credentialParam(name)).toBe(true);
    expect(secretLikeName(name)).toBe(true);
  });
});

describe('a query value shorter than 6 characters is never masked', () => {
  it('?sid=web and ?hotkey=img leave the report\'s paths alone', () => {
    const masks = urlPassword('https://app.example.com/?view=list&sid=web&hotkey=img');
    expect(masks).toEqual([]);
    expect(redactText('services/web/Dockerfile:1: https://app.example.com/img', masks)).toBe('services/web/Dockerfile:1: https://app.example.com/img');
  });

  it('from 6 characters a credential parameter\'s value is masked, under a weak name too', () => {
    expect(urlPassword('https://app.example/?token=abcde')).toEqual([]);
    expect(urlPassword('https://app.example/?token=abcdef')).toEqual(['abcdef']);
    expect(urlPassword('https://app.example/?sid=Zq9xK2mP7v&pat=ab%20cd')).toEqual(['Zq9xK2mP7v']);
    // The URL's password is masked whatever its length.
    expect(urlPassword('https://u:pw1@app.example/?sid=web')).toEqual(['pw1']);
  });
});
