import { z } from 'zod';
import { defineProbe } from './define.js';
import type { ProbeContext } from './define.js';
import type { CertInfo, LegacyTlsObservation, Observation, TlsObservation } from './observation.js';
import { CERT_DATE_ERRORS, CERT_WEAK_ERRORS, certWeaknesses, isPlainHttp, keyKind, plainHttpFinding, sameSession } from './util.js';
import { OTHER_SYSTEMS, WEB_TLS_CONTEXT } from '../checklist/phrases.js';
import { someOf, withArticle } from '../checks/util/text.js';

/**
 * A third party's certificate, not the one the deployment serves: "Valid TLS certificate on the partner API",
 * "Certificate issued for the partner API by their own CA", "the vendor's endpoint" (a "partner-facing" API is ours).
 */
const THIRD_PARTY = /\b(?:partners?(?!-facing)|suppliers?|third[- ]party|3rd[- ]party|their own|their (?:apis?|servers?|endpoints?|services?|ca|hosts?|domains?)|vendor(?:'s|s'| apis?| endpoints?| services?| servers?))\b/;
/** A certificate or HTTPS of a system other than the deployment (a broker, mail, a VPN…, a third party's). */
const otherSystem = (re: RegExp) => new RegExp(`${re.source}|${OTHER_SYSTEMS.source}|${THIRD_PARTY.source}`);
/** Renewal or rotation named outside a bracketed aside: another promise than the certificate served now. */
const RENEWAL = /\b(?:renew|rotat)/;
/**
 * The certificate from a public certificate authority: "Certs from a public CA (no self-signed in prod)", "Certificate issued by
 * a publicly trusted CA" (the probe fails a certificate no public root trusts, a self-signed one included).
 */
const PUBLIC_CA = String.raw`\bcert(?:ificate)?s? (?:(?:are|is) )?(?:(?:issued|signed|obtained|bought|purchased) )?(?:from|by) (?:a |an |the )?(?:public(?:ly[- ]trusted)?|trusted|well-known|recogni[sz]ed) (?:ca|certificate authority)\b|\bno self-signed (?:(?:tls |ssl )?cert(?:ificate)?s? )?(?:in (?:prod(?:uction)?|the deployment|public)|on (?:the )?(?:site|public (?:site|endpoints?)))\b`;

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Time left, in days, or in hours under a day (Caddy's internal CA issues 12-hour certificates: not "0 days"). */
function timeLeft(ms: number): string {
  if (ms >= DAY) { const d = Math.floor(ms / DAY); return `${d} day${d === 1 ? '' : 's'}`; }
  const h = Math.floor(ms / HOUR);
  return h < 1 ? 'less than an hour' : `${h} hour${h === 1 ? '' : 's'}`;
}
const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
const EXPIRY = CERT_DATE_ERRORS;
/** OpenSSL: the chain is the leaf alone and its issuer is no trusted CA (typically an intermediate the server does not send). */
const MISSING_ISSUER = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE']);
/** OpenSSL: the certificate at the end of the chain sent was issued by no trusted CA. */
const UNKNOWN_ISSUER = new Set(['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT']);
const CA_FLAG = '--ca (the action input ca, or probes.ca)';
/** The CAs added, wherever they came from (the collector knows only that some were). */
const CA_GIVEN = 'the CA given with --ca, the action input ca or probes.ca';
/**
 * OpenSSL's codes for a key or a signature below its security level; Node has no names for them
 * and reports them as UNSPECIFIED, so the chain itself says which (see `weaknesses`).
 */
const WEAK = CERT_WEAK_ERRORS;
/**
 * Why certificates of the chain are too weak for current clients (a key under the minimum size, a SHA-1 or MD5
 * signature) or ones browsers cannot use (an EdDSA key or signature), one sentence per problem about the certificate of
 * `url` (a 1024-bit RSA leaf signed with SHA-1 is two). The rules are {@link certWeaknesses}'s, which the warning about
 * withheld headers states too.
 */
export function weaknesses(chain: CertInfo[], url: string, certOf = `the certificate of ${url}`): string[] {
  return certWeaknesses(chain).map((weak) => {
    const c = weak.cert;
    // `certOf`: how the leaf is called ("the RSA certificate of url (…)" for one of a server's two certificates).
    const which = weak.index === 0 ? certOf : `the certificate ${c.subject || '(unnamed)'} in the chain of ${certOf === `the certificate of ${url}` ? url : certOf}`;
    switch (weak.kind) {
      // The handshake is signed with the leaf's key: browsers end it (handshake failure) when that key is EdDSA.
      case 'eddsa-key': return `${which} has an ${weak.algorithm} (EdDSA) key, which browsers (Chrome, Firefox, Safari) do not support: they end the handshake; reissue it with an ECDSA P-256 or an RSA (2048 bits or more) key`;
      case 'eddsa-signature': return `${which} is signed with ${weak.algorithm} (EdDSA), which browsers (Chrome, Firefox, Safari) do not support; have it issued by a CA whose key is ECDSA or RSA`;
      case 'key': return `${which} uses ${withArticle(`${weak.bits}-bit`)} ${weak.type} key, which clients refuse (at least ${weak.min} bits); reissue it with a stronger key`;
      case 'digest': return `${which} is signed with ${weak.digest} (${weak.algorithm}), which clients refuse; reissue it signed with SHA-256 or stronger`;
    }
  });
}

/** The first of {@link weaknesses}, or undefined when clients take the chain. */
export function weakness(chain: CertInfo[], url: string, certOf = `the certificate of ${url}`): string | undefined {
  return weaknesses(chain, url, certOf)[0];
}

const EKU_NAMES: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth', '1.3.6.1.5.5.7.3.2': 'clientAuth', '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection', '1.3.6.1.5.5.7.3.8': 'timeStamping', '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
};
/** Whether an extended key usage allows a TLS server (none at all, serverAuth, or anyExtendedKeyUsage). */
const allowsServer = (eku: string[] | undefined) => !eku || eku.includes('1.3.6.1.5.5.7.3.1') || eku.includes('2.5.29.37.0');
/** A certificate's CN, else its whole subject, for a message. */
const cnOf = (c: CertInfo) => /CN=([^,\n]+)/.exec(c.subject)?.[1] ?? (c.subject || '(unnamed)');

/**
 * Why OpenSSL finds the chain not valid for a TLS server (INVALID_PURPOSE), naming the certificate at fault: the leaf's
 * extended key usage, or an issuer that is not a CA or whose extended key usage leaves serverAuth out (it limits what
 * it issues), as the rest of a sentence "the certificate of url is not valid for server authentication (CODE…".
 */
function purposeFault(chain: CertInfo[], code: string): string | undefined {
  for (const [i, c] of chain.entries()) {
    const names = (c.extKeyUsage ?? []).map((o) => EKU_NAMES[o] ?? o).join(', ');
    if (i === 0) {
      if (!allowsServer(c.extKeyUsage)) return `${code}: its extended key usage does not include serverAuth); reissue it with extendedKeyUsage serverAuth`;
      continue;
    }
    const which = i === 1 ? `its issuer ${cnOf(c)}` : `${cnOf(c)}, in its chain,`;
    if (c.ca === false) return `${code}): ${which} is not a CA certificate (no basicConstraints CA:TRUE), so it cannot issue certificates; have it issued by a CA certificate, or reissue ${cnOf(c)} with basicConstraints CA:TRUE`;
    if (!allowsServer(c.extKeyUsage) && !c.selfIssued) return `${code}): ${which} has an extended key usage without serverAuth (${names}), which limits every certificate it issues; have it issued by a CA certificate whose extended key usage includes serverAuth (or that has none)`;
  }
  return undefined;
}

/** The names a certificate covers, for a wrong-host message: its subjectAltName entries (at most 5 shown), else its CN. */
function coveredNames(leaf: CertInfo): string {
  const names = (leaf.subjectAltName ?? '').split(/,\s*/).map((n) => n.replace(/^(?:DNS|IP Address):/, '').trim()).filter(Boolean);
  if (names.length) return someOf(names, 5);
  const cn = /(?:^|,\s*)CN=([^,]*)/.exec(leaf.subject)?.[1];
  return cn ? `no subjectAltName, only CN=${cn}, which browsers and current clients (Go) ignore` : 'no host name (no subjectAltName, no CN)';
}

/** The certificate is valid now, for this host, trusted, and not about to expire. */
export const certificate = defineProbe({
  id: 'certificate',
  title: 'TLS certificate is valid and trusted',
  severity: 'critical',
  description: 'The certificate is in its validity period, matches the host, is trusted and has ≥ 30 days left.',
  match: [
    {
      // Also "SSL cert works (padlock in Chrome, no warnings)".
      pattern: new RegExp(`${/\b(?:obtain|install|get)\b[^;]*\bcert(?:ificate)?s?\b|\bcert(?:ificate)?s?\b[^;]*\b(?:installed|valid|obtained|trusted|active|not (?:self-signed|expired))\b|\b(?:valid|trusted) (?:[\w'.-]+ ){0,2}cert(?:ificate)?s?\b|\bcert(?:ificate)?s? (?:works?|is working|checks? out)\b/.source}|${PUBLIC_CA}`),
      // "A valid Let's Encrypt certificate": up to two words between. The last alternative vetoes an item with no TLS wording at all: a PCI or training certificate
      // is not the one the site serves (under an SSL/TLS heading, the next rule decides); a host that serves it is TLS wording
      // ("Public hostname serves a valid certificate"). Renewal or rotation is another promise, unless only a bracketed
      // aside speaks of it ("(we renew at 30)").
      context: WEB_TLS_CONTEXT,
      unless: otherSystem(/\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing)\b|^(?!.*\b(?:tls|ssl|https|let's ?encrypt|letsencrypt|(?:host ?names?|domains?|sites?|websites?) serv(?:e|es|ed|ing)|serv(?:e|es|ed|ing) (?:an? |the |its )?(?:valid|trusted)|public(?:ly[- ]trusted)? (?:ca|certificate authority)|self-signed)\b)/),
      // A clause about renewal or rotation is another promise; the one that states the certificate still promises ("Let's
      // Encrypt cert installed, auto-renew cron checked").
      clauseUnless: RENEWAL,
      note: 'a promise that a valid TLS certificate is served: the probe checks trust, host and expiry',
    },
    {
      // "Install certificate on server" under an SSL/TLS heading ("Transport security", "Data in transit" too).
      pattern: /\b(?:obtain|install|get)\b[^;]*\bcert(?:ificate)?s?\b|\bcert(?:ificate)?s?\b[^;]*\b(?:installed|valid|obtained|trusted)\b/,
      context: /\b(?:tls|ssl|https|transport security|in transit)\b/,
      unless: otherSystem(/\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing)\b/),
      clauseUnless: RENEWAL,
      note: 'a certificate promise under an SSL/TLS/HTTPS heading: the probe checks trust, host and expiry',
    },
    {
      // The certificate issued for the site's names: "Certificate issued for acme.app and www.acme.app" under an HTTPS
      // heading or parent item. Not one to be issued, not issued yet, or issued for something else (a client, signing).
      // Nor one still to come ("Certificate issued for `*.example.com` will be requested next week") or a third party's
      // ("Certificate issued for the partner API by their own CA", "… for the vendor's endpoint").
      pattern: /\bcert(?:ificate)?s? (?:(?:is|are|was|were|has been|have been|got|gets|get) )?issued\b/,
      context: /\b(?:tls|ssl|https|transport security|in transit)\b/,
      unless: otherSystem(/\b(?:renew|rotat)(?![^()]*\))|\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing|training|compliance|pci|iso|staging)\b|\b(?:to be|will be|once|when|until|after) (?:it is |they are )?issued\b|\b(?:will|shall|going to|to be|next (?:week|month|sprint|quarter))\b/),
      clauseUnless: /\b(?:not|no|never|yet)\b|n't\b/,
      note: 'a certificate issued for the site under an SSL/TLS/HTTPS heading: the probe checks trust, host and expiry',
    },
    {
      // "Certificate valid for at least 60 days" ("valid (at least 60 days)", "valid, at least 60 days"): a validity window is the served certificate's
      // (a training or compliance certificate is not promised in days left).
      // "Not expiring within 60 days", "does not expire within the next 21 days", "more than 14 days left", "valid for 2+
      // weeks", "expiry > 1 month" state it too.
      pattern: /\bcert(?:ificate)?s?\b[^;]*\bvalid(?:,| [—–-])? \(?(?:for )?(?:at least |more than |over |(?:≥|>=?) ?)?\d{1,4}\+? ?(?:days?|weeks?|months?)\b|\bcert(?:ificate)?s?\b[^;]*\bexpir\w*(?: date)?(?: in| is)? (?:(?:at least|more than|over) |(?:≥|>=|>) ?)\d{1,4} ?(?:days?|weeks?|months?)\b|\bcert(?:ificate)?s?\b[^;]*(?:\bnot|\bnever|n't|\bwon't) (?:be )?expir\w* (?:within(?: the (?:next|coming))?|in(?: the (?:next|coming)| less than| under)?) ?\d{1,4} ?(?:days?|weeks?|months?)\b|\bcert(?:ificate)?s?\b[^;]*(?:(?:\b(?:at least|more than|over)|≥|>=|>) ?\d{1,4}|(?<![\d.,])\d{1,4}\+) ?(?:days?|weeks?|months?) (?:(?:of )?validity|left|remaining|to go)\b/,
      context: WEB_TLS_CONTEXT,
      // Renewal beside days left now is the mechanism, not another promise ("Cert renewal automated and cert has 30+ days left").
      unless: otherSystem(/\b(?:renew|rotat)(?![^()]*\))(?![^]*\b(?:left|remaining|to go)\b)(?<!\b(?:left|remaining|to go)\b[^]*)|\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing|training|compliance|pci|iso)\b/),
      note: 'a promise about the served certificate\'s validity window: the probe checks expiry (and trust, host)',
    },
    {
      // The certificate's state alone under a Certificate parent item or heading ("- [ ] Certificate" › "Valid and trusted",
      // "At least 21 days left"; "## TLS certificate" › "Not expired"), not a compliance or signing certificate's.
      pattern: /^(?:(?:is|are|must be|stays?) )?(?:valid|trusted|publicly trusted|not expired|not self-signed)(?:(?:,| and|,? and) (?:valid|trusted|publicly trusted|not expired|not self-signed|matches the host(?:name)?))*$|^(?:(?:at least|more than|over)|≥|>=|>) ?\d{1,4} ?(?:days?|weeks?|months?) (?:left|remaining|of validity)$/,
      context: new RegExp(`${WEB_TLS_CONTEXT.source}(?=[^]*\\bcert(?:ificate)?s?\\b)`),
      nearUnless: otherSystem(/\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing|code[- ]signing|training|compliance|pci|iso|soc ?2)\b/),
      note: 'the certificate\'s state under a certificate item or heading: the probe checks trust, host and expiry',
    },
    {
      pattern: /\benable (?:https|ssl|tls)\b|\bhttps (?:is )?enabled\b/,
      context: WEB_TLS_CONTEXT,
      // "Enable SSL verification (`verify=True` in all httpx clients)", "Enable SSL certificate verification": the
      // app verifying the certificates of what it calls, not the certificate it serves.
      unless: otherSystem(/\b(?:all services|database|db|internal|redis|postgres(?:ql)?|mysql|mongo(?:db)?)\b|\b(?:ssl|tls|https) (?:cert(?:ificate)?s? )?verification\b|\bverify ?= ?(?:true|false)\b/),
      note: 'HTTPS enabled: the probe requires a valid certificate on the URL',
    },
  ],
  docs: {
    why: 'Browsers and API clients refuse an expired, mismatched or untrusted certificate: the deployment is down for them.',
    fix: 'Serve a certificate for this host from a trusted CA (e.g. ACME/Let\'s Encrypt) with automatic renewal.',
    details: [
      'One finding per problem. Expired or not yet valid: `critical`. Not valid for the hostname (checked with',
      '`tls.checkServerIdentity` even when the chain is untrusted; the message lists the names the certificate',
      'covers; a certificate with no subjectAltName DNS name is valid for no host name, as browsers and Go ignore',
      'the CN that Node falls back to): `critical`. Self-signed or not chaining to a trusted CA (also checked, signatures only, when the',
      'certificate is expired: OpenSSL then reports the expiry alone): `critical`, or `low` with `allow-self-signed` (a warning the user',
      'opted into: it stays `low` even when the item or an override sets the check\'s severity, which the other failures take);',
      'a certificate sent without its intermediate certificates (`UNABLE_TO_VERIFY_LEAF_SIGNATURE`) is reported as',
      'such: the server must send the full chain (`ca` is suggested only when none was given; with `ca` given, the issuer may',
      'also be another CA than the one given, which the advice says too; `allow-self-signed` lowers it to `low` and keeps that advice), unless, with no `ca` given, the',
      'certificate names no place to fetch its issuer\'s certificate (no Authority Information Access, which publicly issued',
      'certificates carry), as a private CA signing with its root does: then the advice leads with `ca` (trust the private CA)',
      'and sending the full chain comes second (for an intermediate); a certificate',
      'OpenSSL refuses as too weak (an RSA key under 2048 bits, a SHA-1 or MD5 signature: Node reports',
      '`UNSPECIFIED`) is `critical` and named as such, whoever issued it, each weakness its own finding (a 1024-bit RSA key',
      'signed with SHA-1 is two); so is an EdDSA (Ed25519, Ed448) key or signature,',
      'which Node accepts but browsers do not support (they end the handshake): when Node is served an EdDSA certificate the',
      'handshake is made again offering only what browsers offer, and a server that holds an ECDSA or RSA certificate too is judged on that one;',
      'over TLS 1.2 (where the cipher suite picks the certificate) a handshake offering only the other key type\'s suites',
      'looks for a second certificate (nginx\'s `ssl_certificate` given for ECDSA and RSA): then both are judged, named by key type, the one',
      'browsers get (their ECDSA-first order offered) first; the other fails as hard when Node\'s default offer (RSA suites first, as',
      'Node.js clients make it) gets it, and at most `high` when only a client offering none of the first one\'s suites does;',
      'an untrusted chain sent whole (the leaf and its intermediates) names the issuer of its last certificate as the CA to trust;',
      'an untrusted chain whose intermediate certificates the server sends is checked for their dates too (an expired',
      'intermediate fails `critical` whatever CA is added, and `allow-self-signed` does not allow it); a certificate',
      'whose extended key usage does not include serverAuth (`INVALID_PURPOSE`) is `critical`, named as such, and so is one',
      'whose issuer is not a CA (basicConstraints) or has an extended key usage without serverAuth: that issuer is named;',
      '`ca` adds a private CA to Node\'s default trust store (a root or an intermediate: either is a trust anchor, as for curl, Go and browsers). Fewer than `min-days` (30) days left: `high`; so is an',
      'intermediate certificate that issued the leaf and expires before it within `min-days` (the chain breaks on that date). An',
      '`http://` target fails (no certificate is served at the URL given; when it redirects to `https://`, the message and the fix give that URL',
      'as the target to judge). An `https://` target whose redirects (its page\'s or its health paths\') lead to another port of the same host',
      '(`:443` → `:8443`) sends users to another TLS server: that certificate is judged the same way, the findings naming it and the URL that',
      'redirects there (the same certificate with the same verdict as the target\'s is judged once; a failed handshake there is an `error`). When the normal handshake fails but one offering TLS 1.0/1.1 succeeds, that',
      'handshake\'s certificate is judged too, and the item fails `critical`: current browsers and clients cannot connect. A failed',
      'handshake is an `error` with the reason.',
    ].join(' '),
  },
  options: z.object({ 'min-days': z.number().int().nonnegative().default(30) }),
  // The target's page too: where its same-host redirects lead (another port) is a TLS server users land on.
  needs: () => ({ tls: true, main: true }),
  evaluate(obs, ctx) {
    if (isPlainHttp(obs)) {
      ctx.report(plainHttpFinding(obs, 'no certificate is served', 'its certificate', 'serve it over https://'));
      return;
    }
    if (!obs.tls) { ctx.error('the TLS handshake was not made'); return; }
    judgeHandshake(obs, ctx, { url: obs.url, name: obs.url }, obs.tls, obs.legacyTls);
    // Where the target's redirects lead on its host (another port): users land there, so its certificate counts as much.
    // The same certificate, chain and verdict as the target's is judged once.
    for (const r of obs.redirectTls ?? []) {
      if (!r.tls || sameSession(r.tls, obs.tls)) continue;
      judgeHandshake(obs, ctx, { url: r.url, name: `${r.url} (where ${r.from} redirects)`, from: r.from }, r.tls, r.legacyTls);
    }
  },
});

/** Which endpoint a handshake is judged for: `name` is how messages call it; `from`, for a redirect's, where it came from. */
interface Endpoint { url: string; name: string; from?: string }

/** Judges the certificate one endpoint's handshake showed (`legacy`: the TLS 1.0/1.1 handshake, for one that speaks nothing newer). */
function judgeHandshake(obs: Observation, ctx: ProbeContext<{ 'min-days': number }>, at: Endpoint, first: TlsObservation, legacyTls: LegacyTlsObservation | undefined): void {
  const { name } = at;
  let t = first;
  if (t.error) {
    // A server that speaks only TLS 1.0/1.1 still shows its certificate (tls-version fails the protocol).
    const legacy = legacyTls?.session;
    if (!legacy) {
      // Whether a server that speaks only TLS 1.0/1.1 is there is unknown when this machine could not offer them.
      const tried = legacyTls && !legacyTls.accepted && t.error.startsWith('TLS handshake')
        ? legacyTls.local ? `; a handshake offering TLS 1.0/1.1 could not be made: ${legacyTls.error}` : '; a handshake offering TLS 1.0/1.1 failed too' : '';
      ctx.error(at.from ? `${at.from} redirects to ${at.url}, whose certificate could not be judged: ${t.error}${tried}` : `${t.error}${tried}`);
      return;
    }
    // Browsers and current clients cannot connect at all: for them there is no valid certificate.
    ctx.report({ url: at.url, severity: 'critical', message: `${name} completes a TLS handshake only with ${legacy.protocol ?? 'TLS 1.0/1.1'} (the normal one failed: ${t.error}), so current browsers and clients cannot connect; enable TLS 1.2 and 1.3 (its certificate is judged below from that handshake)` });
    t = legacy;
  }
  if (!t.chain?.[0]) { ctx.error(`${name} presented no certificate`); return; }
  const other = t.otherKey;
  const kind = keyKind(t.chain[0].keyType);
  const otherKind = keyKind(other?.session.chain?.[0]?.keyType);
  if (!other || !kind || !otherKind) { judgeCertificate(obs, ctx, at, t); return; }
  // Two certificates (ECDSA and RSA, over TLS 1.2): each is judged, named by its key type. The one browsers get first;
  // the other fails as hard when mainstream clients get it (Node's own https client, whose default offer lists RSA
  // suites first), and at most `high` when only clients offering none of the first one's suites do.
  judgeCertificate(obs, ctx, at, t, { kind, who: 'the one browsers get' });
  judgeCertificate(obs, ctx, at, other.session, other.nodeDefault
    ? { kind: otherKind, who: `served to clients that prefer ${otherKind} cipher suites, Node.js's https among them; browsers get the ${kind} one` }
    : { kind: otherKind, who: `served only to clients that offer no ${kind} cipher suite; browsers get the ${kind} one`, atMost: 'high' });
}

/**
 * One of a server's two certificates (ECDSA and RSA): its key type, which clients get it (`who`), and the most severe
 * its findings may be (`atMost`: one only rare clients get).
 */
interface KeyOf { kind: 'ECDSA' | 'RSA'; who: string; atMost?: 'high' }

/** Judges the certificate a completed handshake showed (`key`: which of a server's two certificates it is). */
function judgeCertificate(obs: Observation, ctx: ProbeContext<{ 'min-days': number }>, at: Endpoint, t: TlsObservation, key?: KeyOf): void {
  const { name } = at;
  const leaf = t.chain![0]!;
  const certOf = key ? `the ${key.kind} certificate of ${name} (${key.who})` : `the certificate of ${name}`;
  const chainSends = key ? `the certificate chain sent with ${certOf}` : `the certificate chain ${name} sends`;
  const chainOf = key ? `the chain of ${certOf}` : `the chain of ${name}`;
  const report = (f: { url: string; severity: 'critical' | 'high' | 'low'; message: string; ceiling?: 'low' }) =>
    ctx.report(key?.atMost && f.severity === 'critical' ? { ...f, severity: key.atMost } : f);
  const now = Date.parse(obs.at);
  const to = Date.parse(leaf.validTo);
  const from = Date.parse(leaf.validFrom);
  if (to < now) {
    report({ url: at.url, severity: 'critical', message: `${certOf} expired on ${leaf.validTo.slice(0, 10)}; renew it` });
  } else if (from > now) {
    report({ url: at.url, severity: 'critical', message: `${certOf} is not valid before ${leaf.validFrom.slice(0, 10)}; check the server clock or reissue it` });
  } else if (t.authorizationError && !WEAK.has(t.authorizationError)) {
    // A date error on a chain whose leaf is in its dates: an intermediate is out of its own, named when it was sent.
    // An untrusted chain hides the dates of the certificates sent with the leaf (OpenSSL stops at the missing
    // trust): an expired intermediate fails whatever CA is added later, and allow-self-signed does not allow it.
    // (A trusted chain found a valid path: an expired cross-sign it sends too is what browsers skip.)
    const stale = t.chain?.slice(1).find((c) => Date.parse(c.validTo) < now || Date.parse(c.validFrom) > now);
    if (stale) {
      const cn = cnOf(stale);
      const expired = Date.parse(stale.validTo) < now;
      report({ url: at.url, severity: 'critical', message: `${chainSends} includes ${cn}, ${expired ? `which expired on ${stale.validTo.slice(0, 10)}` : `not valid before ${stale.validFrom.slice(0, 10)}`}; update the intermediate certificates` });
    } else if (EXPIRY.has(t.authorizationError)) {
      report({ url: at.url, severity: 'critical', message: `a certificate in ${chainOf} is outside its validity period (${t.authorizationError}); update the intermediate certificates` });
    }
  }
  if (t.hostnameError) {
    // The name checked: the URL's host, or the site's name a `Host` header gave for the address (asked for by SNI).
    const host = t.servername ?? new URL(at.url).hostname.replace(/^\[|\]$/g, '');
    const names = coveredNames(leaf);
    report({ url: at.url, severity: 'critical', message: `${certOf} is not valid for ${host}: it ${names.startsWith('no ') ? 'has' : 'covers'} ${names}; serve a certificate ${names.startsWith('no ') ? `whose subjectAltName names ${host}` : `for ${host}`}` });
  }
  const code = t.authorizationError;
  // Node names a wrong host only when the chain is trusted; hostnameError covers it either way.
  // With a date error OpenSSL says nothing about the issuer: chainTrusted does.
  // OpenSSL's INVALID_PURPOSE: the chain is trusted but the certificate's extended key usage does not allow
  // a TLS server (clientAuth only). Browsers refuse it whoever issued it; the fix is the EKU, not the CA.
  // The certificate at fault is named: an issuer that is not a CA, or whose extended key usage leaves serverAuth out,
  // fails every certificate it issues (OpenSSL reports INVALID_PURPOSE, or INVALID_CA, at depth 1), however the leaf is made.
  const fault = code === 'INVALID_PURPOSE' || code === 'INVALID_CA' ? purposeFault(t.chain ?? [], code) : undefined;
  if (code === 'INVALID_PURPOSE' || fault) {
    report({ url: at.url, severity: 'critical', message: `${certOf} is not valid for server authentication (${fault ?? `${code}: a certificate of its chain has an extended key usage without serverAuth, or an issuer is not a CA); check the extendedKeyUsage and basicConstraints of the certificate and its intermediates`}` });
  }
  const untrusted = (code && !EXPIRY.has(code) && code !== 'ERR_TLS_CERT_ALTNAME_INVALID' && code !== 'INVALID_PURPOSE' && !fault) || (code && EXPIRY.has(code) && t.chainTrusted === false);
  // A weak key or signature is refused whoever issued it: saying the CA does not verify it would send
  // the user after the wrong problem (and allow-self-signed does not allow it).
  // Judged from the chain itself, whatever OpenSSL reported first (an untrusted chain hides the weak
  // key behind its trust error, a weak key hides the trust error): each is its own finding.
  // One finding per problem: a 1024-bit RSA key signed with SHA-1 is two (a stronger key from the same tooling fixes one).
  const weak = t.chain?.length ? weaknesses(t.chain, name, certOf) : [];
  for (const message of weak) report({ url: at.url, severity: 'critical', message });
  const selfByShape = leaf.selfIssued && (t.chain?.length ?? 0) === 1;
  // OpenSSL's weak-key code is the trust error itself unless the chain shows more (self-signed, untrusted).
  if (untrusted && (!(code && WEAK.has(code)) || !weak.length || selfByShape || t.chainTrusted === false)) {
    // A date or weak-key code hides the trust error (chainTrusted found no trusted CA): the chain sent tells which
    // certificate is not trusted, as OpenSSL's own code does for a leaf in its dates, so the advice names the same CA.
    const hidden = !!code && (EXPIRY.has(code) || WEAK.has(code)) && t.chainTrusted === false;
    const top = t.chain && t.chain.length > 1 ? t.chain[t.chain.length - 1] : undefined;
    // SELF_SIGNED_CERT_IN_CHAIN with a leaf some CA issued: the server sends its (untrusted) root along, the leaf itself is not self-signed.
    const rootInChain = !leaf.selfIssued && (code === 'SELF_SIGNED_CERT_IN_CHAIN' || (hidden && !!top?.selfIssued));
    // The root named is the one sent (the leaf's issuer is an intermediate when the chain is leaf → intermediate → root).
    const sentRoot = rootInChain ? t.chain?.slice(1).find((c) => c.selfIssued)?.subject : undefined;
    const self = (SELF_SIGNED.has(code!) && !rootInChain) || selfByShape;
    const issuer = leaf.issuer || '(unnamed)';
    // With a CA given (partial chains allowed, so an intermediate can be the anchor) OpenSSL reports a leaf sent
    // alone as UNABLE_TO_GET_ISSUER_CERT_LOCALLY: the leaf is all the chain there is.
    const missing = !self && (MISSING_ISSUER.has(code!) || (code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' && obs.caGiven && t.chain?.length === 1));
    // A leaf that names no place to fetch its issuer's certificate (no Authority Information Access), with no CA
    // given, is what a private CA issues (signed by its root, which no server sends): trusting that CA is the first
    // fix. Publicly issued certificates name their issuer's certificate: a missing intermediate is the server's to send.
    const privateLead = missing && !obs.caGiven && !leaf.caIssuers?.length;
    // A chain the server sends whole (the leaf and its intermediates) whose last certificate's issuer is no trusted CA
    // (a private root, UNABLE_TO_GET_ISSUER_CERT_LOCALLY): that issuer is the CA to trust, named as for a leaf sent alone.
    const sentUpTo = top && !top.selfIssued ? top : undefined;
    const unknownRoot = !self && !missing && sentUpTo && (UNKNOWN_ISSUER.has(code!) || hidden) ? sentUpTo.issuer || '(unnamed)' : undefined;
    const what = self ? 'is self-signed'
      : rootInChain ? `is not trusted: it chains to a root the server sends itself (issuer ${issuer}${sentRoot && sentRoot !== issuer ? `, root ${sentRoot}` : ''}), which is not a trusted CA`
      : privateLead ? `is not trusted (${code}): its issuer ${issuer} is not a trusted CA and the server does not send its certificate, for which the certificate names no URL (no Authority Information Access), as is usual for a private CA`
      // With a CA given, a leaf sent alone may lack an intermediate of that CA, or come from another CA altogether.
      : missing && obs.caGiven ? `is not trusted (${code}): its issuer ${issuer} is not a trusted CA (${CA_GIVEN} included), and the server does not send its certificate`
      : missing ? `is not trusted (${code}): the server sends it without the certificate of its issuer ${issuer}, which is not a trusted CA`
      : unknownRoot ? `is not trusted${hidden ? '' : ` (${code})`}: the chain the server sends ends at ${cnOf(sentUpTo!)}, whose issuer ${unknownRoot} is not a trusted CA${obs.caGiven ? ` (${CA_GIVEN} included)` : ''}`
      // A date or weak-key code hides the trust error: chainTrusted found the issuer untrusted (the leaf sent alone).
      : hidden ? `is not trusted (its issuer ${issuer} is not a trusted CA)` : `is not trusted (${code})`;
    // A missing intermediate is the server's to send; --ca is suggested only when it was not given.
    const fix = privateLead
      ? `; if ${issuer} is a private CA, pass it with ${CA_FLAG}; if it is an intermediate CA, configure the server to send the full chain (the certificate followed by its intermediate certificates)`
      : missing && obs.caGiven
      ? `; if ${issuer} is an intermediate CA under the CA given, configure the server to send the full chain (the certificate followed by its intermediate certificates); if not, the certificate is from another CA: use one the CA given issues, or add the CA that issued it to the CA given`
      : missing
      ? `; configure the server to send the full chain (the certificate followed by its intermediate certificates), or, if ${issuer} is a private CA, pass it with ${CA_FLAG}`
      : obs.caGiven ? `; use a certificate from a trusted CA (${CA_GIVEN} does not verify it)`
      : unknownRoot ? `; use a certificate from a trusted CA, or, if ${unknownRoot} is a private CA, pass it with ${CA_FLAG}`
      : `; use a certificate from a trusted CA, or pass the private CA with ${CA_FLAG}`;
    // allow-self-signed allows an untrusted CA, not a server that leaves out the chain clients need: that advice stays.
    // What the user allowed stays `low` whatever severity the item or an override gives the check (the documented
    // sub-case: a warning, never a blocker); the other certificate failures take that severity.
    report({
      url: at.url,
      severity: obs.allowSelfSigned ? 'low' : 'critical',
      ...(obs.allowSelfSigned ? { ceiling: 'low' as const } : {}),
      message: `${certOf} ${what}${obs.allowSelfSigned ? ` (allowed by allow-self-signed)${missing && !privateLead ? fix : ''}` : fix}`,
    });
  }
  const days = Math.floor((to - now) / DAY);
  if (to >= now && days < ctx.options['min-days']) {
    report({ url: at.url, severity: 'high', message: `${certOf} expires in ${timeLeft(to - now)} (${leaf.validTo.slice(0, 10)}), fewer than ${ctx.options['min-days']} days; renew it` });
  }
  // The leaf's own issuer (an intermediate, not a root) expiring before the leaf: every client's path goes
  // through it, so the site breaks on that date whatever the leaf says (testssl's "Intermediate cert validity").
  // Only the direct issuer: a cross-sign sent further up is one browsers skip for their own root.
  const issuerCert = t.chain?.[1];
  if (issuerCert && !issuerCert.selfIssued && to >= now) {
    const issuerTo = Date.parse(issuerCert.validTo);
    const issuerDays = Math.floor((issuerTo - now) / DAY);
    if (issuerTo >= now && issuerTo < to && issuerDays < ctx.options['min-days']) {
      const cn = cnOf(issuerCert);
      report({ url: at.url, severity: 'high', message: `the intermediate certificate ${cn} in ${chainOf} expires in ${timeLeft(issuerTo - now)} (${issuerCert.validTo.slice(0, 10)}), before the certificate itself and in fewer than ${ctx.options['min-days']} days: clients cannot verify the chain after that; install the CA's current intermediate certificate` });
    }
  }
}
