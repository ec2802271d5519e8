export const id = 343;
export const ids = [343];
export const modules = {

/***/ 19714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O4: () => (/* binding */ RESERVED_IDS),
  sW: () => (/* binding */ catalogue),
  au: () => (/* binding */ didYouMean),
  Gt: () => (/* binding */ getDef),
  BW: () => (/* binding */ suggestIds)
});

// UNUSED EXPORTS: nearestId

// EXTERNAL MODULE: ./lib/checks/index.js + 34 modules
var checks = __webpack_require__(27406);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./lib/probes/define.js
var probes_define = __webpack_require__(63852);
// EXTERNAL MODULE: ./lib/probes/util.js
var util = __webpack_require__(37439);
// EXTERNAL MODULE: ./lib/checklist/phrases.js
var phrases = __webpack_require__(24330);
// EXTERNAL MODULE: ./lib/checks/util/text.js
var util_text = __webpack_require__(52907);
;// CONCATENATED MODULE: ./lib/probes/certificate.js





/**
 * A third party's certificate, not the one the deployment serves: "Valid TLS certificate on the partner API",
 * "Certificate issued for the partner API by their own CA", "the vendor's endpoint" (a "partner-facing" API is ours).
 */
const THIRD_PARTY = /\b(?:partners?(?!-facing)|suppliers?|third[- ]party|3rd[- ]party|their own|their (?:apis?|servers?|endpoints?|services?|ca|hosts?|domains?)|vendor(?:'s|s'| apis?| endpoints?| services?| servers?))\b/;
/** A certificate or HTTPS of a system other than the deployment (a broker, mail, a VPN\u2026, a third party's). */
const otherSystem = (re) => new RegExp(`${re.source}|${phrases/* OTHER_SYSTEMS */.gH.source}|${THIRD_PARTY.source}`);
/** Renewal or rotation named outside a bracketed aside: another promise than the certificate served now. */
const RENEWAL = /\b(?:renew|rotat)/;
/**
 * The certificate from a public certificate authority: "Certs from a public CA (no self-signed in prod)", "Certificate issued by
 * a publicly trusted CA" (the probe fails a certificate no public root trusts, a self-signed one included).
 */
const PUBLIC_CA = String.raw `\bcert(?:ificate)?s? (?:(?:are|is) )?(?:(?:issued|signed|obtained|bought|purchased) )?(?:from|by) (?:a |an |the )?(?:public(?:ly[- ]trusted)?|trusted|well-known|recogni[sz]ed) (?:ca|certificate authority)\b|\bno self-signed (?:(?:tls |ssl )?cert(?:ificate)?s? )?(?:in (?:prod(?:uction)?|the deployment|public)|on (?:the )?(?:site|public (?:site|endpoints?)))\b`;
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Time left, in days, or in hours under a day (Caddy's internal CA issues 12-hour certificates: not "0 days"). */
function timeLeft(ms) {
    if (ms >= DAY) {
        const d = Math.floor(ms / DAY);
        return `${d} day${d === 1 ? '' : 's'}`;
    }
    const h = Math.floor(ms / HOUR);
    return h < 1 ? 'less than an hour' : `${h} hour${h === 1 ? '' : 's'}`;
}
const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
const EXPIRY = util/* CERT_DATE_ERRORS */.uz;
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
const WEAK = util/* CERT_WEAK_ERRORS */.I6;
/**
 * Why certificates of the chain are too weak for current clients (a key under the minimum size, a SHA-1 or MD5
 * signature) or ones browsers cannot use (an EdDSA key or signature), one sentence per problem about the certificate of
 * `url` (a 1024-bit RSA leaf signed with SHA-1 is two). The rules are {@link certWeaknesses}'s, which the warning about
 * withheld headers states too.
 */
function weaknesses(chain, url, certOf = `the certificate of ${url}`) {
    return (0,util/* certWeaknesses */.u8)(chain).map((weak) => {
        const c = weak.cert;
        // `certOf`: how the leaf is called ("the RSA certificate of url (\u2026)" for one of a server's two certificates).
        const which = weak.index === 0 ? certOf : `the certificate ${c.subject || '(unnamed)'} in the chain of ${certOf === `the certificate of ${url}` ? url : certOf}`;
        switch (weak.kind) {
            // The handshake is signed with the leaf's key: browsers end it (handshake failure) when that key is EdDSA.
            case 'eddsa-key': return `${which} has an ${weak.algorithm} (EdDSA) key, which browsers (Chrome, Firefox, Safari) do not support: they end the handshake; reissue it with an ECDSA P-256 or an RSA (2048 bits or more) key`;
            case 'eddsa-signature': return `${which} is signed with ${weak.algorithm} (EdDSA), which browsers (Chrome, Firefox, Safari) do not support; have it issued by a CA whose key is ECDSA or RSA`;
            case 'key': return `${which} uses ${(0,util_text/* withArticle */.vJ)(`${weak.bits}-bit`)} ${weak.type} key, which clients refuse (at least ${weak.min} bits); reissue it with a stronger key`;
            case 'digest': return `${which} is signed with ${weak.digest} (${weak.algorithm}), which clients refuse; reissue it signed with SHA-256 or stronger`;
        }
    });
}
/** The first of {@link weaknesses}, or undefined when clients take the chain. */
function weakness(chain, url, certOf = `the certificate of ${url}`) {
    return weaknesses(chain, url, certOf)[0];
}
const EKU_NAMES = {
    '1.3.6.1.5.5.7.3.1': 'serverAuth', '1.3.6.1.5.5.7.3.2': 'clientAuth', '1.3.6.1.5.5.7.3.3': 'codeSigning',
    '1.3.6.1.5.5.7.3.4': 'emailProtection', '1.3.6.1.5.5.7.3.8': 'timeStamping', '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
};
/** Whether an extended key usage allows a TLS server (none at all, serverAuth, or anyExtendedKeyUsage). */
const allowsServer = (eku) => !eku || eku.includes('1.3.6.1.5.5.7.3.1') || eku.includes('2.5.29.37.0');
/** A certificate's CN, else its whole subject, for a message. */
const cnOf = (c) => /CN=([^,\n]+)/.exec(c.subject)?.[1] ?? (c.subject || '(unnamed)');
/**
 * Why OpenSSL finds the chain not valid for a TLS server (INVALID_PURPOSE), naming the certificate at fault: the leaf's
 * extended key usage, or an issuer that is not a CA or whose extended key usage leaves serverAuth out (it limits what
 * it issues), as the rest of a sentence "the certificate of url is not valid for server authentication (CODE\u2026".
 */
function purposeFault(chain, code) {
    for (const [i, c] of chain.entries()) {
        const names = (c.extKeyUsage ?? []).map((o) => EKU_NAMES[o] ?? o).join(', ');
        if (i === 0) {
            if (!allowsServer(c.extKeyUsage))
                return `${code}: its extended key usage does not include serverAuth); reissue it with extendedKeyUsage serverAuth`;
            continue;
        }
        const which = i === 1 ? `its issuer ${cnOf(c)}` : `${cnOf(c)}, in its chain,`;
        if (c.ca === false)
            return `${code}): ${which} is not a CA certificate (no basicConstraints CA:TRUE), so it cannot issue certificates; have it issued by a CA certificate, or reissue ${cnOf(c)} with basicConstraints CA:TRUE`;
        if (!allowsServer(c.extKeyUsage) && !c.selfIssued)
            return `${code}): ${which} has an extended key usage without serverAuth (${names}), which limits every certificate it issues; have it issued by a CA certificate whose extended key usage includes serverAuth (or that has none)`;
    }
    return undefined;
}
/** The names a certificate covers, for a wrong-host message: its subjectAltName entries (at most 5 shown), else its CN. */
function coveredNames(leaf) {
    const names = (leaf.subjectAltName ?? '').split(/,\s*/).map((n) => n.replace(/^(?:DNS|IP Address):/, '').trim()).filter(Boolean);
    if (names.length)
        return (0,util_text/* someOf */.yU)(names, 5);
    const cn = /(?:^|,\s*)CN=([^,]*)/.exec(leaf.subject)?.[1];
    return cn ? `no subjectAltName, only CN=${cn}, which browsers and current clients (Go) ignore` : 'no host name (no subjectAltName, no CN)';
}
/** The certificate is valid now, for this host, trusted, and not about to expire. */
const certificate = (0,probes_define/* defineProbe */._)({
    id: 'certificate',
    title: 'TLS certificate is valid and trusted',
    severity: 'critical',
    description: 'The certificate is in its validity period, matches the host, is trusted and has \u2265 30 days left.',
    match: [
        {
            // Also "SSL cert works (padlock in Chrome, no warnings)".
            pattern: new RegExp(`${/\b(?:obtain|install|get)\b[^;]*\bcert(?:ificate)?s?\b|\bcert(?:ificate)?s?\b[^;]*\b(?:installed|valid|obtained|trusted|active|not (?:self-signed|expired))\b|\b(?:valid|trusted) (?:[\w'.-]+ ){0,2}cert(?:ificate)?s?\b|\bcert(?:ificate)?s? (?:works?|is working|checks? out)\b/.source}|${PUBLIC_CA}`),
            // "A valid Let's Encrypt certificate": up to two words between. The last alternative vetoes an item with no TLS wording at all: a PCI or training certificate
            // is not the one the site serves (under an SSL/TLS heading, the next rule decides); a host that serves it is TLS wording
            // ("Public hostname serves a valid certificate"). Renewal or rotation is another promise, unless only a bracketed
            // aside speaks of it ("(we renew at 30)").
            context: phrases/* WEB_TLS_CONTEXT */.Xo,
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
            // ("Certificate issued for the partner API by their own CA", "\u2026 for the vendor's endpoint").
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
            pattern: /\bcert(?:ificate)?s?\b[^;]*\bvalid(?:,| [\u2014\u2013-])? \(?(?:for )?(?:at least |more than |over |(?:\u2265|>=?) ?)?\d{1,4}\+? ?(?:days?|weeks?|months?)\b|\bcert(?:ificate)?s?\b[^;]*\bexpir\w*(?: date)?(?: in| is)? (?:(?:at least|more than|over) |(?:\u2265|>=|>) ?)\d{1,4} ?(?:days?|weeks?|months?)\b|\bcert(?:ificate)?s?\b[^;]*(?:\bnot|\bnever|n't|\bwon't) (?:be )?expir\w* (?:within(?: the (?:next|coming))?|in(?: the (?:next|coming)| less than| under)?) ?\d{1,4} ?(?:days?|weeks?|months?)\b|\bcert(?:ificate)?s?\b[^;]*(?:(?:\b(?:at least|more than|over)|\u2265|>=|>) ?\d{1,4}|(?<![\d.,])\d{1,4}\+) ?(?:days?|weeks?|months?) (?:(?:of )?validity|left|remaining|to go)\b/,
            context: phrases/* WEB_TLS_CONTEXT */.Xo,
            // Renewal beside days left now is the mechanism, not another promise ("Cert renewal automated and cert has 30+ days left").
            unless: otherSystem(/\b(?:renew|rotat)(?![^()]*\))(?![^]*\b(?:left|remaining|to go)\b)(?<!\b(?:left|remaining|to go)\b[^]*)|\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing|training|compliance|pci|iso)\b/),
            note: 'a promise about the served certificate\'s validity window: the probe checks expiry (and trust, host)',
        },
        {
            // The certificate's state alone under a Certificate parent item or heading ("- [ ] Certificate" \u203a "Valid and trusted",
            // "At least 21 days left"; "## TLS certificate" \u203a "Not expired"), not a compliance or signing certificate's.
            pattern: /^(?:(?:is|are|must be|stays?) )?(?:valid|trusted|publicly trusted|not expired|not self-signed)(?:(?:,| and|,? and) (?:valid|trusted|publicly trusted|not expired|not self-signed|matches the host(?:name)?))*$|^(?:(?:at least|more than|over)|\u2265|>=|>) ?\d{1,4} ?(?:days?|weeks?|months?) (?:left|remaining|of validity)$/,
            context: new RegExp(`${phrases/* WEB_TLS_CONTEXT */.Xo.source}(?=[^]*\\bcert(?:ificate)?s?\\b)`),
            nearUnless: otherSystem(/\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing|code[- ]signing|training|compliance|pci|iso|soc ?2)\b/),
            note: 'the certificate\'s state under a certificate item or heading: the probe checks trust, host and expiry',
        },
        {
            pattern: /\benable (?:https|ssl|tls)\b|\bhttps (?:is )?enabled\b/,
            context: phrases/* WEB_TLS_CONTEXT */.Xo,
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
            '(`:443` \u2192 `:8443`) sends users to another TLS server: that certificate is judged the same way, the findings naming it and the URL that',
            'redirects there (the same certificate with the same verdict as the target\'s is judged once; a failed handshake there is an `error`). When the normal handshake fails but one offering TLS 1.0/1.1 succeeds, that',
            'handshake\'s certificate is judged too, and the item fails `critical`: current browsers and clients cannot connect. A failed',
            'handshake is an `error` with the reason.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({ 'min-days': schemas/* number */.aig().int().nonnegative().default(30) }),
    // The target's page too: where its same-host redirects lead (another port) is a TLS server users land on.
    needs: () => ({ tls: true, main: true }),
    evaluate(obs, ctx) {
        if ((0,util/* isPlainHttp */.yN)(obs)) {
            ctx.report((0,util/* plainHttpFinding */.cR)(obs, 'no certificate is served', 'its certificate', 'serve it over https://'));
            return;
        }
        if (!obs.tls) {
            ctx.error('the TLS handshake was not made');
            return;
        }
        judgeHandshake(obs, ctx, { url: obs.url, name: obs.url }, obs.tls, obs.legacyTls);
        // Where the target's redirects lead on its host (another port): users land there, so its certificate counts as much.
        // The same certificate, chain and verdict as the target's is judged once.
        for (const r of obs.redirectTls ?? []) {
            if (!r.tls || (0,util/* sameSession */.Bo)(r.tls, obs.tls))
                continue;
            judgeHandshake(obs, ctx, { url: r.url, name: `${r.url} (where ${r.from} redirects)`, from: r.from }, r.tls, r.legacyTls);
        }
    },
});
/** Judges the certificate one endpoint's handshake showed (`legacy`: the TLS 1.0/1.1 handshake, for one that speaks nothing newer). */
function judgeHandshake(obs, ctx, at, first, legacyTls) {
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
    if (!t.chain?.[0]) {
        ctx.error(`${name} presented no certificate`);
        return;
    }
    const other = t.otherKey;
    const kind = (0,util/* keyKind */.qp)(t.chain[0].keyType);
    const otherKind = (0,util/* keyKind */.qp)(other?.session.chain?.[0]?.keyType);
    if (!other || !kind || !otherKind) {
        judgeCertificate(obs, ctx, at, t);
        return;
    }
    // Two certificates (ECDSA and RSA, over TLS 1.2): each is judged, named by its key type. The one browsers get first;
    // the other fails as hard when mainstream clients get it (Node's own https client, whose default offer lists RSA
    // suites first), and at most `high` when only clients offering none of the first one's suites do.
    judgeCertificate(obs, ctx, at, t, { kind, who: 'the one browsers get' });
    judgeCertificate(obs, ctx, at, other.session, other.nodeDefault
        ? { kind: otherKind, who: `served to clients that prefer ${otherKind} cipher suites, Node.js's https among them; browsers get the ${kind} one` }
        : { kind: otherKind, who: `served only to clients that offer no ${kind} cipher suite; browsers get the ${kind} one`, atMost: 'high' });
}
/** Judges the certificate a completed handshake showed (`key`: which of a server's two certificates it is). */
function judgeCertificate(obs, ctx, at, t, key) {
    const { name } = at;
    const leaf = t.chain[0];
    const certOf = key ? `the ${key.kind} certificate of ${name} (${key.who})` : `the certificate of ${name}`;
    const chainSends = key ? `the certificate chain sent with ${certOf}` : `the certificate chain ${name} sends`;
    const chainOf = key ? `the chain of ${certOf}` : `the chain of ${name}`;
    const report = (f) => ctx.report(key?.atMost && f.severity === 'critical' ? { ...f, severity: key.atMost } : f);
    const now = Date.parse(obs.at);
    const to = Date.parse(leaf.validTo);
    const from = Date.parse(leaf.validFrom);
    if (to < now) {
        report({ url: at.url, severity: 'critical', message: `${certOf} expired on ${leaf.validTo.slice(0, 10)}; renew it` });
    }
    else if (from > now) {
        report({ url: at.url, severity: 'critical', message: `${certOf} is not valid before ${leaf.validFrom.slice(0, 10)}; check the server clock or reissue it` });
    }
    else if (t.authorizationError && !WEAK.has(t.authorizationError)) {
        // A date error on a chain whose leaf is in its dates: an intermediate is out of its own, named when it was sent.
        // An untrusted chain hides the dates of the certificates sent with the leaf (OpenSSL stops at the missing
        // trust): an expired intermediate fails whatever CA is added later, and allow-self-signed does not allow it.
        // (A trusted chain found a valid path: an expired cross-sign it sends too is what browsers skip.)
        const stale = t.chain?.slice(1).find((c) => Date.parse(c.validTo) < now || Date.parse(c.validFrom) > now);
        if (stale) {
            const cn = cnOf(stale);
            const expired = Date.parse(stale.validTo) < now;
            report({ url: at.url, severity: 'critical', message: `${chainSends} includes ${cn}, ${expired ? `which expired on ${stale.validTo.slice(0, 10)}` : `not valid before ${stale.validFrom.slice(0, 10)}`}; update the intermediate certificates` });
        }
        else if (EXPIRY.has(t.authorizationError)) {
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
    for (const message of weak)
        report({ url: at.url, severity: 'critical', message });
    const selfByShape = leaf.selfIssued && (t.chain?.length ?? 0) === 1;
    // OpenSSL's weak-key code is the trust error itself unless the chain shows more (self-signed, untrusted).
    if (untrusted && (!(code && WEAK.has(code)) || !weak.length || selfByShape || t.chainTrusted === false)) {
        // A date or weak-key code hides the trust error (chainTrusted found no trusted CA): the chain sent tells which
        // certificate is not trusted, as OpenSSL's own code does for a leaf in its dates, so the advice names the same CA.
        const hidden = !!code && (EXPIRY.has(code) || WEAK.has(code)) && t.chainTrusted === false;
        const top = t.chain && t.chain.length > 1 ? t.chain[t.chain.length - 1] : undefined;
        // SELF_SIGNED_CERT_IN_CHAIN with a leaf some CA issued: the server sends its (untrusted) root along, the leaf itself is not self-signed.
        const rootInChain = !leaf.selfIssued && (code === 'SELF_SIGNED_CERT_IN_CHAIN' || (hidden && !!top?.selfIssued));
        // The root named is the one sent (the leaf's issuer is an intermediate when the chain is leaf \u2192 intermediate \u2192 root).
        const sentRoot = rootInChain ? t.chain?.slice(1).find((c) => c.selfIssued)?.subject : undefined;
        const self = (SELF_SIGNED.has(code) && !rootInChain) || selfByShape;
        const issuer = leaf.issuer || '(unnamed)';
        // With a CA given (partial chains allowed, so an intermediate can be the anchor) OpenSSL reports a leaf sent
        // alone as UNABLE_TO_GET_ISSUER_CERT_LOCALLY: the leaf is all the chain there is.
        const missing = !self && (MISSING_ISSUER.has(code) || (code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' && obs.caGiven && t.chain?.length === 1));
        // A leaf that names no place to fetch its issuer's certificate (no Authority Information Access), with no CA
        // given, is what a private CA issues (signed by its root, which no server sends): trusting that CA is the first
        // fix. Publicly issued certificates name their issuer's certificate: a missing intermediate is the server's to send.
        const privateLead = missing && !obs.caGiven && !leaf.caIssuers?.length;
        // A chain the server sends whole (the leaf and its intermediates) whose last certificate's issuer is no trusted CA
        // (a private root, UNABLE_TO_GET_ISSUER_CERT_LOCALLY): that issuer is the CA to trust, named as for a leaf sent alone.
        const sentUpTo = top && !top.selfIssued ? top : undefined;
        const unknownRoot = !self && !missing && sentUpTo && (UNKNOWN_ISSUER.has(code) || hidden) ? sentUpTo.issuer || '(unnamed)' : undefined;
        const what = self ? 'is self-signed'
            : rootInChain ? `is not trusted: it chains to a root the server sends itself (issuer ${issuer}${sentRoot && sentRoot !== issuer ? `, root ${sentRoot}` : ''}), which is not a trusted CA`
                : privateLead ? `is not trusted (${code}): its issuer ${issuer} is not a trusted CA and the server does not send its certificate, for which the certificate names no URL (no Authority Information Access), as is usual for a private CA`
                    // With a CA given, a leaf sent alone may lack an intermediate of that CA, or come from another CA altogether.
                    : missing && obs.caGiven ? `is not trusted (${code}): its issuer ${issuer} is not a trusted CA (${CA_GIVEN} included), and the server does not send its certificate`
                        : missing ? `is not trusted (${code}): the server sends it without the certificate of its issuer ${issuer}, which is not a trusted CA`
                            : unknownRoot ? `is not trusted${hidden ? '' : ` (${code})`}: the chain the server sends ends at ${cnOf(sentUpTo)}, whose issuer ${unknownRoot} is not a trusted CA${obs.caGiven ? ` (${CA_GIVEN} included)` : ''}`
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
            ...(obs.allowSelfSigned ? { ceiling: 'low' } : {}),
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

// EXTERNAL MODULE: ./lib/checks/util/option-entry.js
var option_entry = __webpack_require__(37660);
// EXTERNAL MODULE: ./lib/words.js
var words = __webpack_require__(44842);
;// CONCATENATED MODULE: ./lib/probes/cookie-security.js







/** Parses a Set-Cookie header, keeping the name and lower-cased attributes, never the value. */
function parseSetCookie(line) {
    const [pair, ...rest] = line.split(';');
    const eq = pair.indexOf('=');
    // No `=`: a nameless cookie whose value is the pair (RFC 6265bis \u00a75.6; browsers store it). Nothing at all: ignored.
    const name = (eq < 0 ? '' : pair.slice(0, eq)).trim();
    if (!name && !pair.trim().replace(/^=/, '').trim())
        return undefined;
    const attrs = new Map();
    for (const a of rest) {
        const i = a.indexOf('=');
        const k = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
        if (k)
            attrs.set(k, i < 0 ? '' : a.slice(i + 1).trim());
    }
    return { name, attrs };
}
/** Default session-like cookie names (case-insensitive regular expressions). */
// CSRF tokens are meant to be read by scripts (double-submit): never demand HttpOnly on them.
const CSRF = /csrf|xsrf/i;
/**
 * Load balancers' sticky-session cookies name a backend, not a user: `heroku-session-affinity` (Heroku's router) matches
 * "sess" but carries no credential, and scripts reading it learn nothing (MDN Observatory exempts it too). Secure and
 * SameSite are still judged.
 */
const AFFINITY = /^heroku-session-affinity$/i;
/**
 * Cookies a load balancer or platform router adds with attributes nobody can configure: sticky-session cookies that name
 * a backend server, not a user (the provider sends a `\u2026CORS`/`\u2026SameSite` twin with `SameSite=None; Secure` for
 * cross-site requests). "Add Secure" is advice the site cannot follow there: what is missing is reported at `low`, said to
 * be the load balancer's, with what can be done about it (turn the stickiness off where the application keeps no
 * per-instance state). Load balancers whose cookie attributes can be configured (HAProxy, F5 BIG-IP, ingress-nginx\u2026)
 * are judged like any cookie.
 */
const LB_COOKIES = [
    { name: /^AWSALB(?:CORS)?$/, by: "the AWS Application Load Balancer's duration-based stickiness", fix: 'turn stickiness off on the target group (stickiness.enabled=false)' },
    { name: /^AWSALBAPP(?:-\d+)?$/, by: "the AWS Application Load Balancer's application-based stickiness", fix: 'turn stickiness off on the target group (stickiness.enabled=false)' },
    { name: /^AWSALBTG(?:CORS)?$/, by: "the AWS Application Load Balancer's target group stickiness (weighted forwarding)", fix: "turn target group stickiness off in the listener rule's forward action" },
    { name: /^AWSELB(?:CORS)?$/, by: "the AWS Classic Load Balancer's stickiness", fix: "remove the stickiness policy from the load balancer's listener" },
    { name: /^GCLB$/, by: "Google Cloud Load Balancing's generated-cookie session affinity", fix: "set the backend service's session affinity to NONE" },
    { name: /^ARRAffinity(?:SameSite)?$/, by: "Azure App Service's ARR affinity", fix: "turn Session affinity off in the app's general settings (clientAffinityEnabled: false)" },
    { name: /^ApplicationGatewayAffinity(?:CORS)?$/, by: "Azure Application Gateway's cookie-based affinity", fix: 'turn cookie-based affinity off in its backend settings' },
];
/**
 * Whether the target answered and only a login wall (a 401/407, a redirect to a login/SSO page, a 403 sign-in page) kept
 * the probe from the application: the cookies set on the way are the target's and are judged. Not a bot challenge or a
 * client-certificate wall (the CDN's or the TLS terminator's page, not the target's), a gateway error or a failed request.
 */
function loginWallOnly(obs) {
    const chain = obs.main;
    const last = chain?.hops.at(-1);
    if (!chain || !last || chain.error || util/* GATEWAY_DOWN */.Is.has(last.status) || (0,util/* botChallenge */.fq)(last) || (0,util/* clientCertWall */.Ww)(last))
        return false;
    return (0,util/* protectedReason */.zN)(chain) !== undefined;
}
/** The cookie attributes the probe judges (option `attributes`). */
const COOKIE_ATTRIBUTES = ['secure', 'httponly', 'samesite'];
/** Cookies set by the target carry Secure, HttpOnly (session-like names) and a valid SameSite. */
const cookieSecurity = (0,probes_define/* defineProbe */._)({
    id: 'cookie-security',
    title: 'Cookies are Secure, HttpOnly and SameSite',
    // The cookie attributes: "`SESSION_COOKIE_SECURE` is False for the HTTP-only intranet", "cookies without the Secure flag on the intranet".
    safeguard: phrases/* COOKIE_SAFEGUARD */.aJ,
    severity: 'medium',
    description: 'Cookies carry Secure (over HTTPS), HttpOnly (session-like names) and a valid SameSite.',
    match: [
        {
            // cookie-flags catches the setting written as False; only the live cookie shows it is really set.
            // Symfony's `framework.session` keys as written too (`cookie_secure: true`, `cookie_samesite: lax`).
            pattern: /\b(?:session|csrf)_cookie_(?:secure|httponly|samesite)\b|\bcookie_(?:secure|httponly|samesite)\b/,
            // One said impossible ("`SESSION_COOKIE_SECURE` can't be enabled on the intranet") is an opt-out.
            unless: phrases/* COOKIE_IMPOSSIBLE */.z7,
            note: 'a promise about Flask/Django/Symfony cookie settings: the probe reads the session cookie the deployment sets',
        },
        {
            // Quoted as OWASP ASVS V3.4.1\u2013V3.4.3 quote them: "cookie-based session tokens have the 'HttpOnly' attribute set".
            pattern: new RegExp(String.raw `\bsecure cookies?\b|\bcookies?\b[^;]*\b(?:secure|httponly|samesite)["']?(?:,? (?:and )?["']?(?:secure|httponly|samesite)["']?)* (?:flags?|attributes?)\b|\bcookies?${phrases/* COOKIE_NAMED */.rT} (?:are |is )?(?:marked |set |set with |flagged |with (?:the )?(?:(?:attributes?|flags?) )?)?(?:secure|httponly|samesite)\b|\bcookies?${phrases/* COOKIE_NAMED */.rT} (?:uses?|ha(?:ve|s)|carr(?:y|ies)|gets?) (?:the )?(?:secure|httponly|samesite)\b|\bcookies?\b[^;]*\bsamesite ?= ?(?:lax|strict)\b|\b(?:httponly|secure|samesite)(?:,? (?:and )?(?:httponly|secure|samesite)){1,2} (?:(?:session|auth(?:entication)?|login|csrf|remember-me) )?cookies?\b|\b(?:secure|httponly|samesite)(?:,? (?:and |& )?(?:secure|httponly|samesite))* (?:flags?|attributes?) (?:on|for|of|in) (?:all |every |the |our |session )*cookies?\b`),
            // Cookies of a mobile app's WebView are not the deployment's.
            unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b|_cookie_/.source}|${phrases/* COOKIE_IMPOSSIBLE */.z7.source}`),
            note: 'a promise that cookies carry Secure/HttpOnly/SameSite: the probe reads Set-Cookie',
        },
        {
            // The attributes listed on cookies, however joined or labelled: "Cookies: Secure + HttpOnly + SameSite on session cookies".
            pattern: (0,phrases/* cookieAttributesOnCookies */._J)(String.raw `secure|http[ _-]?only|same[ _-]?site`),
            unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/.source}|${phrases/* COOKIE_IMPOSSIBLE */.z7.source}`),
            note: 'Secure/HttpOnly/SameSite listed on cookies: the probe reads Set-Cookie',
        },
        {
            // The attributes stated of the cookie in any order, each with its verb: "Session cookie uses `same_site` and is `secure`".
            pattern: (0,phrases/* cookieAttributesStated */.BG)(String.raw `secure|(?:[a-z\d]+_)*http[ _-]?only|(?:[a-z\d]+_)*same[ _-]?site`),
            unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/.source}|${phrases/* COOKIE_IMPOSSIBLE */.z7.source}`),
            note: 'a promise that cookies carry Secure/HttpOnly/SameSite: the probe reads Set-Cookie',
        },
        {
            // express-session's options as written ("Session cookie has `secure: true` and `httpOnly: true`", Laravel's `'http_only' => true`).
            pattern: /\b(?:cookies?|session)\b[^;]*\b(?:secure|http[ _-]?only)["']? ?(?:[:=]|=>) ?true\b/,
            // A session store's TLS (`secure: true` to Redis) is not the cookie's.
            unless: /\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android|redis|memcached|database|db)\b|\bsession (?:stores?|storage|cache|tables?)\b|\b(?:not|never|no)\b/,
            note: 'a promise that cookies are configured Secure/HttpOnly: the probe reads Set-Cookie',
        },
    ],
    docs: {
        why: 'A session cookie without Secure leaks over plain HTTP, without HttpOnly it is readable by injected scripts, and without SameSite it rides along on cross-site requests.',
        fix: 'Set session cookies with `Secure; HttpOnly; SameSite=Lax` (or Strict).',
        details: [
            'Every Set-Cookie on the target\'s same-host redirect chain is judged (deletions \u2014 Max-Age \u2264 0 or an Expires',
            'in the past, a Max-Age that is not an integer being ignored as browsers do \u2014 are skipped). Over HTTPS each cookie needs `Secure`; session-like names (option',
            '`session-patterns`, case-insensitive regular expressions that replace the default \u2014 sess, sid, auth (also `CF_Authorization`), token, jwt, remember,',
            'login, user_id, identity, and the login cookies of ASP.NET (`.AspNetCore.Identity.Application`, `.AspNetCore.Cookies`, `.ASPXAUTH`),',
            'oauth2-proxy (`_oauth2_proxy`), Pomerium (`_pomerium`) and WordPress (`wordpress_<hash>`, `wordpress_sec_<hash>`, `wordpress_logged_in_<hash>`); at least one) need `HttpOnly`, except CSRF tokens, which scripts must read, and Heroku\'s router affinity cookie',
            '(`heroku-session-affinity`, which names a backend, not a user); every cookie needs',
            '`SameSite=Strict|Lax|None`, and `None` requires `Secure`. A cookie set again (a later hop, a later',
            'Set-Cookie of the same response, another `Path`) is judged again: one finding per offending Set-Cookie (the',
            'same finding once); values are never shown. An `https://` target whose chain drops to plain `http://` on',
            'the same host still needs `Secure` on the cookies set there.',
            'A load balancer\'s sticky-session cookie whose attributes cannot be configured (AWS ALB `AWSALB`, `AWSALBAPP-*`, `AWSALBTG`,',
            'Classic ELB `AWSELB`, their `\u2026CORS` twins, Google Cloud `GCLB`, Azure App Service `ARRAffinity`/`ARRAffinitySameSite`,',
            'Azure Application Gateway `ApplicationGatewayAffinity`) is judged too, but what it lacks is `low` (it names a backend server, not a user;',
            'MDN Observatory judges it like any cookie) and the message names the load balancer and what can be done there:',
            'turn the stickiness off where the application keeps no per-instance state; load balancers whose cookie attributes can be set',
            '(HAProxy, F5 BIG-IP, ingress-nginx) are judged like the application\'s cookies.',
            'Option `attributes` (default `["secure", "httponly", "samesite"]`) limits the judgement to the attributes an item promises: a Markdown item that names only some of them ("Session cookies are HttpOnly", "Secure and HttpOnly flags on cookies", "Session cookies are Secure" with a capital S: in lower case "secure" may mean safe, every attribute) is bound with those.',
            'A login wall (a 401, a redirect to a login page, a 403 sign-in page) makes the item `error: protected` (DESIGN.md: the login page is not judged; give headers to reach the application): the cookies the target sets on its way there \u2014 on the same-host redirects and on the login page or 401 itself \u2014 are read all the same, and the error names the first two that lack an attribute (a pre-login session cookie without Secure or HttpOnly), or says they were well flagged. So is a client-certificate wall (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": mutual TLS, which Preflight does not present); a 502, 503 or 504 answer (a gateway whose application did not answer) is an `error`, and so is a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`).',
            'A target that sets no cookie on GET (also one whose Set-Cookie headers only delete cookies) leaves nothing to judge: the item is `skipped` (cookies set only after a login or a form post are not seen; headers that reach a page that sets them let the probe judge them).',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({
        // At least one: an empty list would demand HttpOnly of no cookie (an item about HttpOnly alone would judge nothing).
        'session-patterns': schemas/* array */.YOg((0,option_entry/* regexEntry */.eG)('a regular expression for session-like cookie names (`^sid$`)')).min(1).default([...util_text/* SESSION_COOKIE_WORDS */.Ip]),
        attributes: schemas/* array */.YOg(schemas/* enum */.k5n(COOKIE_ATTRIBUTES)).min(1).default([...COOKIE_ATTRIBUTES]),
    }),
    needs: () => ({ main: true }),
    evaluate(obs, ctx) {
        // A login wall (a 401, a redirect to a login page, a 403 sign-in page) is the outcome (`error: protected`, with its
        // advice); the cookies the target did set on the way (a pre-login session cookie, the login form's CSRF cookie) are
        // read so that the error can say what they showed.
        let wall;
        if (!(0,util/* targetResponse */.v)(obs, { ...ctx, error: (reason) => { wall = reason; } }, true) && (wall === undefined || !loginWallOnly(obs))) {
            ctx.error(wall ?? `no response from ${obs.url}`);
            return;
        }
        // Validated by the options schema: every pattern compiles.
        const patterns = ctx.options['session-patterns'].map((p) => new RegExp(p, 'i'));
        // The attributes the item promises (all three unless it names fewer: "Cookies are marked HttpOnly").
        const want = new Set(ctx.options.attributes);
        const host = new URL(obs.url).hostname;
        // An https:// target whose chain drops to plain HTTP still sends its users' cookies there: Secure is required.
        const httpsTarget = obs.url.toLowerCase().startsWith('https:');
        const now = Date.parse(obs.at);
        let cookies = 0;
        // Set-Cookie lines that only delete a cookie: they set none.
        let deletions = 0;
        // Every Set-Cookie counts (a later one replaces an earlier one of the same name, and another Path is
        // another cookie); the same finding twice (the same cookie set again) is reported once.
        const reported = new Set();
        // The load balancers' own cookies, reported after the application's (whose fix is the one to read first).
        const platform = [];
        for (const [i, hop] of obs.main.hops.entries()) {
            const https = hop.url.startsWith('https:');
            if (new URL(hop.url).hostname !== host)
                continue;
            // A URL a redirect named is shown without its query (a login page's `?next=\u2026`, a token).
            const at = i ? (0,util/* shownUrl */.zA)(hop.url, '', true) : hop.url;
            for (const line of (0,util/* headerValues */.UE)(hop, 'set-cookie')) {
                const c = parseSetCookie(line);
                if (!c)
                    continue;
                // A Max-Age that is not an integer is ignored, as browsers do (RFC 6265 \u00a75.2.2): Expires decides then.
                const maxAge = c.attrs.get('max-age');
                const validMaxAge = maxAge !== undefined && /^-?\d+$/.test(maxAge) ? maxAge : undefined;
                const expires = c.attrs.get('expires');
                // A deletion (RFC 6265 \u00a75.3: Max-Age, when present, wins over Expires).
                if (validMaxAge !== undefined ? Number(validMaxAge) <= 0 : expires !== undefined && Date.parse(expires) < now) {
                    deletions++;
                    continue;
                }
                cookies++;
                const problems = [];
                const secure = c.attrs.has('secure');
                if (want.has('secure') && (https || httpsTarget) && !secure)
                    problems.push('Secure');
                if (want.has('httponly') && !c.attrs.has('httponly') && !CSRF.test(c.name) && !AFFINITY.test(c.name) && patterns.some((p) => p.test(c.name)))
                    problems.push('HttpOnly');
                const sameSite = c.attrs.get('samesite')?.toLowerCase();
                if (!want.has('samesite')) { /* not promised */ }
                else if (!sameSite || !['strict', 'lax', 'none'].includes(sameSite))
                    problems.push('a valid SameSite');
                else if (sameSite === 'none' && !secure) {
                    // One problem, said once: over HTTPS Secure is already missing; SameSite=None requires it anyway.
                    const i = problems.indexOf('Secure');
                    if (i >= 0)
                        problems[i] = 'Secure (required by SameSite=None)';
                    else
                        problems.push('Secure (required by SameSite=None)');
                }
                if (problems.length) {
                    const add = [...new Set(problems.map((p) => p.replace(/^a valid /, '').replace(/ \(.*$/, '')))];
                    // A cookie on another path is another cookie: its path tells the two apart.
                    const path = c.attrs.get('path');
                    const which = `${c.name ? `cookie '${c.name}'` : 'a nameless cookie (no name=value: browsers store its value)'}${path && path !== '/' ? ` (Path=${(0,util/* clip */.$Q)(path, 60)})` : ''}`;
                    const where = !https && httpsTarget ? ` over plain HTTP (by ${at}, after the https:// target redirected there)` : '';
                    // A list each item of which reads on its own: "without Secure and without a valid SameSite".
                    const without = problems.map((p) => `without ${p}`);
                    const list = (0,words/* andList */.c)(without);
                    const lb = LB_COOKIES.find((l) => l.name.test(c.name));
                    const message = lb
                        ? `${which} is set${where} ${list} by the load balancer (${lb.by}), which does not let its attributes be configured; it names a backend server, not a user: where the application keeps no per-instance state, ${lb.fix}`
                        : `${which} is set${where} ${list}; add ${add.join('; ')}`;
                    if (reported.has(message))
                        continue;
                    reported.add(message);
                    if (lb)
                        platform.push({ url: at, severity: 'low', message, fix: `The load balancer sets this cookie with attributes nobody can configure: where the application keeps no per-instance state, ${lb.fix}.` });
                    else
                        ctx.report({ url: at, message });
                }
            }
        }
        for (const f of platform)
            ctx.report(f);
        if (wall !== undefined) {
            // DESIGN.md: a login wall makes the cookie probe `error: protected` rather than judging the login page. The cookies
            // set on the way there were read all the same, and the error says what they showed, so that a wall's insecure
            // pre-login cookie is not lost (an error fails the gate at any threshold).
            const seen = [...reported];
            const shown = seen.slice(0, 2).map((m) => m.replace(/; add .*$/, '')).join('; ');
            ctx.error(!cookies ? wall : seen.length
                ? `${wall}; on the way there ${shown}${seen.length > 2 ? ` (and ${seen.length - 2} more)` : ''}`
                : `${wall}; the ${cookies === 1 ? 'cookie' : `${cookies} cookies`} set on the way there ${cookies === 1 ? 'is' : 'are'} well flagged, the application's behind it were not seen`);
            return;
        }
        // Nothing judged is no pass: cookies set only after a login or a POST are not seen by GETs.
        // A response that only deletes cookies (a logout, a cleared session) sets none either.
        if (!cookies && deletions)
            ctx.skip(`${obs.url} sets no cookie on GET, it only deletes ${deletions === 1 ? 'one' : deletions} (Max-Age \u2264 0 or an Expires in the past); cookies set only after a login or a form post are not seen: give headers that reach a page that sets them`);
        else if (!cookies)
            ctx.skip(`${obs.url} sets no cookie on GET (cookies set only after a login or a form post are not seen: give headers that reach a page that sets them)`);
    },
});

;// CONCATENATED MODULE: ./lib/probes/cors-policy.js




/** What a reflected crafted origin says of the allow-list. */
const TRICKS = {
    suffix: "the site's host followed by a foreign domain: the allow-list matches the start of the origin (a regex without its `$`, a startsWith or substring test)",
    prefix: "a foreign name ending in the site's domain: the allow-list matches the end of the origin with no dot before the domain (endsWith, a regex without `^` or `\\.`, a substring test)",
};
/** A foreign Origin must not be granted credentialed access. */
const corsPolicy = (0,probes_define/* defineProbe */._)({
    id: 'cors-policy',
    title: 'CORS does not trust arbitrary origins',
    // The allow-list, and a grant of any origin: "CORS allows all origins (public API, no cookies)" ("No wildcard CORS" is the promise).
    safeguard: phrases/* CORS_SAFEGUARD */.XN,
    waiver: phrases/* CORS_WAIVER */.XL,
    severity: 'high',
    description: 'A foreign Origin (GET and preflight) is not reflected; `null`/reflected with credentials is critical.',
    match: [
        {
            ...phrases/* CORS_ANY_ORIGIN */.g5,
            note: 'a promise that CORS does not allow any origin: the probe sends a foreign Origin',
        },
        { ...phrases/* CORS_WILDCARD_UNDER_HEADING */.lP, note: 'wildcard under a CORS heading' },
        { ...phrases/* CORS_ALLOW_LIST */.Pi, note: 'a promise that CORS allows only the origins it names: the probe sends a foreign Origin' },
        { ...phrases/* CORS_ALLOW_LIST_UNDER_HEADING */.B1, note: 'allowed origins named under a CORS heading' },
        { ...phrases/* CORS_CONFIGURED_PROPERLY */.fG, note: 'CORS said to be properly configured or locked down: the probe sends a foreign Origin' },
        { ...phrases/* CORS_NOT_REFLECTED */.RG, note: 'a promise that a foreign origin is not echoed: the probe sends one' },
        { ...phrases/* CORS_NOT_PERMISSIVE */.ai, note: 'a promise that CORS is not permissive or wide open: the probe sends a foreign Origin' },
    ],
    docs: {
        why: 'A server that reflects any Origin with credentials lets every website read its users\' data with their cookies.',
        fix: 'Allow-list the exact origins that need access; never echo the request Origin, never allow `null`.',
        details: [
            `Five requests to the target (four for an IPv4 address, three for IPv6): GET and an OPTIONS preflight with \`Origin: ${util/* FOREIGN_ORIGIN */.oc}\`, GET with`,
            '`Origin: null` (sandboxed iframes and local files send it), and two GETs with origins made from the target\'s host (the site\'s name when a `Host` header names it for the address), for allow-lists',
            'that match by prefix, suffix or substring (CORS scanners\' bypass origins): the host followed by a foreign domain',
            '(`https://app.example.com.preflight-probe.invalid`: a regex without its `$`, `startsWith`) and a foreign name ending in the',
            'site\'s domain (`https://preflight-probe-example.com`: `endsWith(\'example.com\')`, a regex without `^` or a dot before the domain; the domain is',
            'the host\'s last two labels, three under `co.uk`-style suffixes (a heuristic, not the Public Suffix List), so not one of the site\'s own sub-domains; an IPv4 address gets the first only, an IPv6 address neither).',
            'A crafted origin reflected is judged like the foreign one (`critical` with credentials, else `high`) and named in the message; when the',
            'foreign origin is reflected too (by the GET, or by a 2xx preflight when the GET got no answer), "reflects any Origin" says it all, unless only the crafted one gets credentials. A 502/503/504 answer (a gateway whose application did not answer) counts as no answer, and so does a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`). A preflight that does not answer 2xx is not judged',
            '(browsers act on none other); a request that got no answer is named in a note when the others pass. A same-host redirect',
            'that grants nothing itself (no `Access-Control-Allow-Origin`) is followed, up to 5 hops, with the same request: another site can call the',
            'URL it points to directly, so that answer is judged and named. The foreign origin or `null` reflected in',
            '`Access-Control-Allow-Origin` with `Access-Control-Allow-Credentials: true` is `critical`; either reflected without',
            'credentials (or with another value such as `True`: browsers honour exactly `true` only) is `high` (any site reads the responses \u2014 any site can give a sandboxed iframe the `null` origin \u2014',
            'and one flag away from critical; a `null` or echoed origin is never an intended allow-list); `*` is `low` (public',
            'data only: browsers never send credentials to `*`). Judged even behind a login wall: the headers are the finding.',
            'When every answer is a same-host redirect still redirecting after 5 hops (a redirect loop) that granted nothing, the page was never reached: an `error`, not a pass.',
            'When every answer is a client-certificate wall (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": mutual TLS, which Preflight does not present) granting nothing, the application was never reached: `error: protected`, not a pass.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ cors: true }),
    evaluate(obs, ctx) {
        const cors = obs.cors;
        if (!cors) {
            ctx.error('the CORS requests were not made');
            return;
        }
        // Last, the GETs with origins made from the target's host (an allow-list matching by prefix, suffix or substring).
        const all = [
            ['GET', cors.get, cors.origin], ['preflight', cors.preflight, cors.origin], ['GET with Origin: null', cors.nullOrigin, 'null'],
            ...(cors.crafted ?? []).map((c) => [`GET with Origin: ${c.origin}`, c.get, c.origin, c.trick]),
        ];
        // A gateway's error page (502/503/504) is not the application's answer: judged as no answer.
        // \u2026nor is a CDN's bot challenge.
        const answered = all.filter(([, f]) => f?.response && !util/* GATEWAY_DOWN */.Is.has(f.response.status) && !(0,util/* botChallenge */.fq)(f.response));
        const down = all.map(([, f]) => f?.response).find((r) => r && util/* GATEWAY_DOWN */.Is.has(r.status));
        const challenged = all.map(([, f]) => f?.response).find((r) => r && (0,util/* botChallenge */.fq)(r));
        if (!answered.length && challenged) {
            ctx.error(`${(0,util/* botChallenge */.fq)(challenged)}; ${util/* CHALLENGE_ADVICE */.$q}`);
            return;
        }
        if (!answered.length && down) {
            ctx.error(`${(0,util/* gatewayDown */.X$)(down)}; probe again when it is up`);
            return;
        }
        if (!answered.length) {
            ctx.error(all.find(([, f]) => f?.error)?.[1]?.error ?? `no response from ${obs.url}`);
            return;
        }
        const found = new Map();
        // A server that reflects the unrelated origin reflects the crafted ones too: "reflects any Origin" says it all,
        // unless a crafted origin is also granted credentials the foreign one was not. The GET tells; when it got no
        // answer (a gateway error, a challenge), a 2xx preflight does.
        const foreign = answered.find(([kind]) => kind === 'GET')
            ?? answered.find(([kind, f]) => kind === 'preflight' && f.response.status >= 200 && f.response.status < 300);
        const reflectsAny = !!foreign && (0,util/* header */.wx)(foreign[1].response, 'access-control-allow-origin')?.trim() === foreign[2];
        const anyCreds = reflectsAny && (0,util/* header */.wx)(foreign[1].response, 'access-control-allow-credentials') === 'true';
        for (const [kind, f, origin, trick] of answered) {
            const res = f.response;
            // Reached through same-host redirects that granted nothing: the URL that answered is named.
            const where = f.redirectedFrom ? `${f.url} (redirected from ${f.redirectedFrom})` : obs.url;
            // Browsers act on a preflight only when it answers 2xx: a 405 that reflects the origin opens nothing.
            if (kind === 'preflight' && (res.status < 200 || res.status >= 300))
                continue;
            const acao = (0,util/* header */.wx)(res, 'access-control-allow-origin')?.trim();
            if (!acao)
                continue;
            // Fetch honours credentials only for the exact value `true` (not `True`, not `true, true`).
            const acac = (0,util/* header */.wx)(res, 'access-control-allow-credentials');
            const creds = acac === 'true';
            const ignored = acac !== undefined && !creds ? `; Access-Control-Allow-Credentials '${(0,util/* clip */.$Q)(acac, 20)}' is not honoured by browsers (only exactly 'true' is), so responses to requests made with cookies stay unreadable` : '';
            let key;
            let finding;
            if (trick) {
                // Only a reflection of the crafted origin tells of a loose allow-list (`*` and a fixed origin are judged above);
                // skipped when "reflects any Origin" already says as much (its credentials, or none here).
                if (acao !== origin || (reflectsAny && (anyCreds || !creds)))
                    continue;
                key = `crafted:${origin}:${creds}`;
                const how = TRICKS[trick];
                finding = creds
                    ? { severity: 'critical', message: `${where} trusts the crafted Origin ${origin} with Access-Control-Allow-Credentials: true (GET), ${how}; any site that registers such a name can read users' data \u2014 compare the Origin with exact origins` }
                    : { severity: 'high', message: `${where} reflects the crafted Origin ${origin} in Access-Control-Allow-Origin (GET)${ignored}, ${how}; compare the Origin with exact origins` };
            }
            else if (acao === origin && origin === 'null') {
                key = `null:${creds}`;
                finding = creds
                    ? { severity: 'critical', message: `${where} allows Origin: null with credentials (${kind}); any sandboxed page can read users' data` }
                    // Any site can give its page the `null` origin (a sandboxed iframe): as wide as a reflected foreign origin.
                    : { severity: 'high', message: `${where} allows Origin: null (${kind})${ignored}; any site can read responses from a sandboxed iframe \u2014 never allow null` };
            }
            else if (acao === origin) {
                key = `reflect:${creds}`;
                finding = creds
                    ? { severity: 'critical', message: kind === 'preflight'
                            // A preflight grants sending, not reading: the actual response needs its own header to be readable.
                            ? `${where} reflects any Origin with Access-Control-Allow-Credentials: true (preflight); any website can send credentialed requests of any method (PUT, DELETE, JSON POST) with its users' cookies, whatever the responses say`
                            : `${where} reflects any Origin with Access-Control-Allow-Credentials: true (${kind}); any website can read users' data` }
                    : { severity: 'high', message: `${where} reflects any Origin in Access-Control-Allow-Origin (${kind})${ignored}; allow-list the origins that need access` };
            }
            else if (acao === '*') {
                key = 'star';
                finding = { severity: 'low', message: `${where} sends Access-Control-Allow-Origin: * (${kind}); fine for public data only \u2014 allow-list origins otherwise` };
            }
            else
                continue;
            if (!found.has(key))
                found.set(key, finding);
        }
        // Every answer was a client-certificate wall (nginx's `ssl_verify_client on` 400 page, served before the application
        // runs) that granted nothing: the application's CORS policy was never reached, so no pass. A wall that reflects the
        // Origin is judged above: the headers are the finding, as behind a login wall.
        // Every answer a same-host redirect still redirecting at the hop limit (a loop: Django's SECURE_SSL_REDIRECT behind a
        // proxy that does not pass X-Forwarded-Proto), granting nothing: the page whose CORS policy is judged was never reached.
        const cut = answered.map(([, f]) => f).filter((f) => f.stopped?.reason === 'limit');
        if (!found.size && cut.length === answered.length) {
            const f = cut[0];
            const chain = { start: f.redirectedFrom ?? f.url, hops: [...(f.hops ?? []), f.response], stopped: f.stopped };
            ctx.error(`${chain.start} ${(0,util/* describeStop */.Cw)(chain)}, so the page whose CORS policy is judged was not reached; fix the redirects so the page answers`);
            return;
        }
        const walled = answered.map(([, f]) => (0,util/* clientCertWall */.Ww)(f.response));
        if (!found.size && walled.every((w) => w !== undefined)) {
            ctx.error(`protected: ${walled[0]}, so the application's CORS policy was not reached; ${util/* CLIENT_CERT_ADVICE */.M6}`);
            return;
        }
        for (const f of found.values())
            ctx.report(f);
        // A request that got no answer was not judged: said, so a pass is not read as covering it.
        const unanswered = all.filter(([, f]) => f && !f.response && f.error);
        if (unanswered.length && !found.size) {
            ctx.report({ note: true, message: `${obs.url}: the CORS ${unanswered.map(([kind]) => kind).join(' and ')} request${unanswered.length > 1 ? 's' : ''} got no answer (${unanswered[0][1].error}): judged on the other answers only` });
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/dev-server-exposed.js



/**
 * A chain that ends on a redirect not followed because it leads to another host (or a metadata address): what it leads
 * to was not seen. A login wall there (an SSO portal, an identity provider) is what the public gets: that is judged.
 */
const leadsElsewhere = (chain) => (chain.stopped?.reason === 'off-host' || chain.stopped?.reason === 'metadata') && !(0,util/* protectedReason */.zN)(chain);
/** A fetch with the same-host redirects it followed, as a chain. */
const chainOf = (f) => ({ start: f.redirectedFrom ?? f.url, hops: [...(f.hops ?? []), ...(f.response ? [f.response] : [])], ...(f.stopped ? { stopped: f.stopped } : {}) });
/**
 * A not-found fetch that ends on a redirect to another host keeping its random path (`/preflight-probe-x` \u2192
 * `https://www.example.com/preflight-probe-x`): the not-found page is there, unseen. One to a fixed URL that drops the
 * path (every unknown path \u2192 `https://www.example.com/`) is the application's answer to that path, and it shows no debug page.
 */
const notFoundElsewhere = (f) => {
    const chain = chainOf(f);
    return leadsElsewhere(chain) && (0,util/* keepsPath */.ck)(chain.stopped.location, `/${new URL(f.url).pathname.split('/').pop() ?? ''}`);
};
/**
 * A response as findings name it: its URL, or, reached through redirects (`from`: the URL first asked), the URL reached,
 * printed as a redirect's URL (no password, no query), and the one asked.
 */
const named = (a) => (a.from ? { url: (0,util/* shownUrl */.zA)(a.res.url, '', true), where: `${(0,util/* shownUrl */.zA)(a.res.url)} (redirected from ${a.from})` } : { url: a.res.url, where: a.res.url });
/** At most this many script elements of a page are looked at (a page has tens). */
const MAX_SCRIPTS = 10_000;
/**
 * The script elements of an HTML page (`<script \u2026>` to `</script>`, or to the end of a page cut short), in one pass:
 * text HTML-escaped (`&lt;script&gt;`) or quoted in a `<pre><code>` is none. Linear in the body.
 */
let lastScripts;
function scriptsOf(body) {
    // The signals of one response ask for the same body's scripts in turn: found once.
    if (lastScripts?.body === body)
        return lastScripts.scripts;
    const scripts = findScripts(body);
    lastScripts = { body, scripts };
    return scripts;
}
function findScripts(body) {
    const lower = body.toLowerCase();
    const out = [];
    let at = 0;
    while (out.length < MAX_SCRIPTS) {
        const open = lower.indexOf('<script', at);
        if (open < 0)
            break;
        // `<scripts>`, `<script-x>`: another element.
        if (!/[\s>/]/.test(lower[open + 7] ?? '')) {
            at = open + 7;
            continue;
        }
        const gt = lower.indexOf('>', open);
        if (gt < 0)
            break;
        const close = lower.indexOf('</script', gt + 1);
        const end = close < 0 ? body.length : close;
        out.push({ tag: body.slice(open, Math.min(gt + 1, open + 4096)), text: body.slice(gt + 1, end), start: gt + 1, end });
        if (close < 0)
            break;
        at = close + 8;
    }
    return out;
}
/** A script element that runs JavaScript: no `type`, or a JavaScript one (not `text/plain`, `text/template`, JSON\u2026). */
const runsJs = (tag) => {
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(tag)?.[1];
    return type === undefined || /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|module)?$/i.test(type);
};
/**
 * Whether a match of `re` (global) in `body` is markup, not text: inside a tag (an attribute: `src="/@vite/client"`) or
 * inside a script element (`self.__next_f.push(\u2026)`, `__NEXT_DATA__`). Text quoting it (prose, `<pre><code>`, HTML-escaped
 * `&lt;script src=\u2026&gt;`) is neither. The first 1000 matches are looked at, each over a bounded window.
 */
function inMarkup(body, re) {
    let n = 0;
    for (const m of body.matchAll(re)) {
        if (++n > 1000)
            return false;
        const i = m.index;
        // Inside a tag: the nearest `<` before it opens one (`<x`) and no `>` closes it in between.
        const from = Math.max(0, i - 4096);
        const before = body.slice(from, i);
        const lt = before.lastIndexOf('<');
        if (lt >= 0 && lt > before.lastIndexOf('>') && /^<[a-z]/i.test(before.slice(lt, lt + 2)))
            return true;
        if (scriptsOf(body).some((s) => i >= s.start && i < s.end))
            return true;
    }
    return false;
}
/**
 * The Werkzeug debugger page's own markers (traceback or console), never text about it: its script's settings
 * (`var \u2026 CONSOLE_MODE = false, EVALEX = true`) inside a script element, its resources loaded by a real `<script src>`
 * or `<link href>` (`?__debugger__=yes&amp;cmd=resource&amp;f=debugger.js`), or its title (`\u2026 // Werkzeug Debugger`).
 * A post quoting the settings line in a `<pre><code>` or HTML-escaped (`&lt;script&gt;`) shows none of them.
 * Undefined when it is not the debugger's page; else whether its console runs code (`EVALEX = true`) or not
 * (`use_evalex=False`: the traceback and source only).
 */
const WERKZEUG_SETTINGS = /\bCONSOLE_MODE\s*=\s*(true|false)\s*,\s*EVALEX\s*=\s*(\w*)/;
const WERKZEUG_TITLE = /<title>[^<]*\/\/\s*Werkzeug Debugger\s*<\/title>/;
/** The debugger's resource URL as the page's `<script src>`/`<link href>` loads it (a path before the query allowed). */
const WERKZEUG_RESOURCE = /^<(?:script|link)\b[^>]*\s(?:src|href)\s*=\s*["']?[^"'\s>]{0,300}$/i;
function werkzeugResource(body) {
    let from = 0;
    for (let n = 0; n < 1000; n++) {
        const i = body.indexOf('?__debugger__=yes&', from);
        if (i < 0)
            return false;
        from = i + 1;
        if (!/^\?__debugger__=yes&(?:amp;)?cmd=resource/.test(body.slice(i, i + 40)))
            continue;
        // The open tag it is an attribute of: the last `<` before it, with no `>` in between.
        const before = body.slice(Math.max(0, i - 2000), i);
        const head = before.slice(before.lastIndexOf('<'));
        if (head.startsWith('<') && !head.includes('>') && WERKZEUG_RESOURCE.test(head))
            return true;
    }
    return false;
}
function werkzeugDebugger(body) {
    if (!body.includes('Werkzeug Debugger') && !body.includes('CONSOLE_MODE') && !body.includes('__debugger__'))
        return undefined;
    const settings = body.includes('CONSOLE_MODE')
        ? scriptsOf(body).filter((s) => runsJs(s.tag)).map((s) => WERKZEUG_SETTINGS.exec(s.text)).find((m) => m)
        : undefined;
    if (settings)
        return { evalex: settings[2] !== 'false' };
    return WERKZEUG_TITLE.test(body) || werkzeugResource(body) ? { evalex: !EVALEX_OFF.test(body) } : undefined;
}
/** The Werkzeug debugger page's settings with code execution off (`app.run(debug=True, use_evalex=False)`). */
const EVALEX_OFF = /\bEVALEX\s*=\s*false\b/;
/**
 * ASP.NET Core's developer exception page, which `app.UseDeveloperExceptionPage()` or the Development environment (the
 * default of `dotnet run` through launchSettings.json, `ASPNETCORE_ENVIRONMENT=Development`) turns on.
 */
const ASPNETCORE_FIX = {
    advice: 'run the app with ASPNETCORE_ENVIRONMENT=Production (the default when unset) and UseDeveloperExceptionPage() only in Development',
    fix: 'Run the app with `ASPNETCORE_ENVIRONMENT=Production` (the default when unset; `dotnet run` takes Development from launchSettings.json), call `app.UseDeveloperExceptionPage()` only under `app.Environment.IsDevelopment()`, and use `app.UseExceptionHandler(\u2026)` in production.',
};
/** Flask's debug mode, which the Werkzeug debugger (its traceback page and `/console`) comes with. */
const WERKZEUG_DEBUG_FIX = {
    advice: "turn Flask's debug mode off (no app.run(debug=True), FLASK_DEBUG or flask run --debug) and serve the app with a WSGI server such as gunicorn",
    fix: 'Turn debug mode off: remove `debug=True` (and `use_debugger=True`) from `app.run()`, unset `FLASK_DEBUG` and drop `flask run --debug`, and serve the app with a WSGI server such as gunicorn.',
};
/**
 * Where a Node.js frame points on the server: a script position (`/app/app.js:9:41`, `C:\app\x.js:1:2`, `file:///app/x.mjs:3:7`)
 * or a built-in module's (`node:internal/\u2026`, `node:net:1607:16`, `node:dns:81:26`, `node:events:519:28`: a database or cache
 * that cannot be reached shows only these). A bare `node:` in prose has no line and column.
 */
const NODE_POSITION = String.raw `(?:\.[cm]?[jt]sx?:\d+:\d+|\bnode:(?:internal\/|[\w/.-]{1,100}:\d+:\d+))`;
/**
 * A stack frame's server position, in parentheses (`at fn (/app/x.js:1:2)`) or bare (`at /app/x.js:1:2`,
 * `at async /app/x.js:1:2`); a browser's frame names a URL (`https://shop.example/assets/index.js:12:3`), never a server.
 */
const NODE_SERVER_FRAME = String.raw `(?:[^<\n(]{0,300}\((?!https?:\/\/)[^()<\n]{0,300}?|(?:async )?(?!https?:\/\/)[^\s<]{0,300}?)${NODE_POSITION}`;
/** A Node.js stack in a `<pre>` (`Error: \u2026` then frames `<br> &nbsp; &nbsp;at \u2026` or `\n    at \u2026`), up to a frame with a server position. */
const NODE_PRE_STACK = String.raw `<pre>\s*\w*Error\b(?::(?:[^<]|<br>){0,2000}?)?(?:<br> &nbsp; &nbsp;|\r?\n {4})at ${NODE_SERVER_FRAME}`;
/**
 * A Node.js stack trace as Express shows it outside production, on its page's own structure: finalhandler's default
 * page, whose body is the `<pre>` alone (`<body>\n<pre>NotFoundError: Not Found<br> &nbsp; &nbsp;at \u2026</pre>\n</body>`,
 * `Error<br> &nbsp; &nbsp;at \u2026` for an error without a message), and express-generator's error view, the message and
 * status (empty for a thrown error) right before the stack (`<h1>Not Found</h1><h2>404</h2><pre>NotFoundError: \u2026\n    at \u2026`,
 * in any layout). A page quoting a stack in a `<pre>` among its own content (a post, a status page) is neither.
 * (A body cut at the collector's cap inside the `<pre>` still counts as the whole body.)
 */
const EXPRESS_STACK = new RegExp(String.raw `<h1>[^<]{0,2000}<\/h1>\s*<h2>(?:\d{3})?<\/h2>\s*${NODE_PRE_STACK}|(?:^|<body\b[^>]*>)\s*${NODE_PRE_STACK}(?:[^<]|<br>)*(?:<\/pre>\s*(?:<\/body>|$)|$)`);
/**
 * Django's technical 404/500 pages (DEBUG = True): the "You're seeing this error because you have
 * <code>DEBUG = True</code>" paragraph opening the page's `#explanation` element (`<div id="explanation">`,
 * `<footer id="explanation">` since Django 4), with the apostrophe straight, typographic (Django \u2265 3) or escaped\u2026
 */
const DJANGO_EXPLANATION = /\bid=["']?explanation\b["']?[^>]*>\s*<p>\s*You(?:'|\u2019|&#x27;|&#39;|&rsquo;|&#8217;|&#x2019;)re seeing this error because you have <code>DEBUG = True<\/code>/i;
/** \u2026on a page with the template's own structure: its `Page not found at /\u2026` title, its `#summary` header or its `#traceback`. */
const DJANGO_PAGE = /<title>Page not found at \/|\bid=["']?(?:summary|traceback)\b/;
/** A Java stack frame as `Throwable.printStackTrace` writes it (`at com.acme.Foo.bar(Foo.java:42)`, `at java.base/\u2026`, `&lt;init&gt;` escaped). */
const JAVA_FRAME = String.raw `[\w$/.@-]+\.(?:[\w$]+|&lt;c?init&gt;|<c?init>)\((?:[\w$-]+\.(?:java|kt|scala|groovy):\d+|Native Method|Unknown Source)\)`;
/**
 * Spring Boot's Whitelabel error page with its stack trace (`server.error.include-stacktrace`): the trace in the
 * page's `white-space:pre-wrap` div, frames `\tat \u2026(File.java:N)`. Without the trace the page is only a banner.
 */
const SPRING_WHITELABEL_TRACE = new RegExp(String.raw `<h1>Whitelabel Error Page<\/h1>[\s\S]{0,20000}?<div style='white-space:pre-wrap;'>[^<]{0,20000}?\r?\n\tat ${JAVA_FRAME}`);
/** Spring Boot's JSON error body with its `trace` field (`"trace":"java.lang.\u2026Exception\u2026\n\tat \u2026(File.java:N)`). */
const SPRING_JSON_TRACE = new RegExp(String.raw `"trace"\s*:\s*"(?:[^"\\]|\\.){0,20000}?(?:\\r)?\\n\\tat ${JAVA_FRAME}`);
/**
 * Tomcat's default error report (ErrorReportValve, `showReport` on by default) with a stack trace: its
 * `HTTP Status 500 \u2013 \u2026` heading, then a `<pre>` whose frames are `\tcom.acme.Foo.bar(Foo.java:42)` (Tomcat \u2265 7) or `\tat \u2026`.
 */
const TOMCAT_TRACE = new RegExp(String.raw `<h1>HTTP Status \d{3} [${"\u2013"}-][\s\S]{0,20000}?<pre>[^<]{0,20000}?\r?\n\t(?:at )?${JAVA_FRAME}`);
/**
 * A Python traceback as the whole response (`Traceback (most recent call last):` first, then `File "\u2026", line N`):
 * what Starlette/FastAPI's debug mode answers a client that does not ask for HTML, and Tornado's `serve_traceback`.
 * A page that quotes a traceback (in a `<pre>`, an article) does not start with it.
 */
const PYTHON_TRACEBACK_BODY = /^\s*(?:\+ Exception Group )?Traceback \(most recent call last\):\r?\n[ \t|]*File "[^"\r\n]+", line \d+/;
/**
 * A Node.js stack in a JSON error body (a NestJS exception filter or Express error handler that returns
 * `err.stack`): `"stack":"TypeError: \u2026\n    at OrdersService.find (/usr/src/app/dist/orders.service.js:21:27)"`;
 * or a plain body that is the stack itself.
 */
const NODE_STACK_JSON = new RegExp(String.raw `"stack"\s*:\s*"(?:[^"\\]|\\.){0,20000}?\\n {4}at (?:[^"\\\n]|\\.){0,300}?${NODE_POSITION}`);
const NODE_STACK_BODY = new RegExp(String.raw `^\s*[\w$.]*Error\b[^\n]{0,2000}\r?\n {4}at [^\n]{0,300}?${NODE_POSITION}`);
/**
 * The `errorhandler` middleware's development page (expressjs/errorhandler, Connect's errorHandler before it), as it
 * answers a client accepting HTML or any type: the stack's frames as a list, `<ul id="stacktrace"><li> &nbsp; &nbsp;at \u2026</li>\u2026`,
 * up to a frame that names a script position (`account.js:14:31`) or Node's internals. A frame list, never a word;
 * and the page's own, not one shown inside a post's `<article>`, a `<figure>` or a `<blockquote>`.
 */
const ERRORHANDLER_STACK = new RegExp(String.raw `<ul id=["']?stacktrace["']?>(?:\s*<li>[^<]{0,2000}<\/li>){0,50}?\s*<li>(?:\s|&nbsp;)*at [^<]{0,300}?${NODE_POSITION}`);
/** Elements that quote or illustrate (a post's `<article>`, a `<figure>`, a `<blockquote>`): the errorhandler page has none around its list. */
const QUOTING = ['article', 'figure', 'blockquote'];
const openIn = (html, tag) => (html.match(new RegExp(`<${tag}[\\s>]`, 'gi'))?.length ?? 0) > (html.match(new RegExp(`</${tag}\\s*>`, 'gi'))?.length ?? 0);
const errorhandlerPage = (body) => {
    const m = ERRORHANDLER_STACK.exec(body);
    return m !== null && !QUOTING.some((t) => openIn(body.slice(0, m.index), t));
};
/**
 * Plug.Debugger's page (Phoenix's `debug_errors: true`, `use Plug.Debugger`): its exception header
 * (`<header class="exception-info"><h5 class="struct">Phoenix.Router.NoRouteError <small>at GET</small>`, the struct
 * and the request's method), on a page that lists Elixir frames (`lib/phoenix/router.ex:491`, or the file with its
 * `<span class="line">:491</span>`).
 */
const PLUG_DEBUGGER_HEADER = /<header class=["']?exception-info["']?>\s*<h5 class=["']?struct["']?>[^<]{1,300}<small>at [A-Z]{3,10}<\/small>/;
const ELIXIR_FRAME = /[\w./-]+\.exs?(?:<span class=["']?line["']?>)?:\d+/;
/**
 * A .NET stack frame as `Exception.ToString()` writes it: three spaces, `at`, the method with its type's namespace and its
 * parameters, then the file and line when symbols are deployed (`   at Api.Program.<>c.<<Main>$>b__0_1() in
 * /src/Api/Program.cs:line 31`, `   at lambda_method3(Closure, IServiceProvider, Object[])`). Java writes `\tat`, Node four spaces.
 */
const DOTNET_METHOD = String.raw `[\w$.<>\x60|+\[\],]{1,500}`;
const DOTNET_FRAME = String.raw ` {3}at ${DOTNET_METHOD}\([^()\r\n]{0,1000}\)`;
/**
 * A .NET exception as the whole body (`System.InvalidOperationException: \u2026`, its inner exceptions' ` ---> \u2026` lines, then
 * frames): what ASP.NET Core's developer exception page answers a client that does not ask for HTML (one accepting any type), and
 * an error handler that writes `exception.ToString()`. A page quoting one does not start with it.
 */
const DOTNET_TRACE = String.raw `^\s*(?:[\w\x60]+\.)*[\w\x60]*Exception\b[^\r\n]{0,2000}(?:\r?\n(?! {3}at )[^\r\n]{0,2000}){0,50}?\r?\n${DOTNET_FRAME}`;
const DOTNET_TRACE_BODY = new RegExp(DOTNET_TRACE);
/** \u2026followed by the request's headers, as the developer exception page's plain-text form lists them (`HEADERS` / `=======`). */
const ASPNETCORE_DEV_PAGE_TEXT = new RegExp(String.raw `${DOTNET_TRACE}[\s\S]{0,200000}?\r?\n\r?\nHEADERS\r?\n=======\r?\n`);
/**
 * ASP.NET Core's developer exception page (its `ErrorPage.cshtml`), by its heading, or by its exception title
 * (`<div class="titleerror">`) with the page's own stack: its Stack/Query/Cookies/Headers tabs (`<ul id="header"> <li
 * id="stack"`), its `#stackpage` or its frames (`<li class="frame" id="frame1">`).
 */
const ASPNETCORE_DEV_PAGE_HTML = /<h1>An unhandled exception occurred while processing the request\.<\/h1>|<div class=["']?titleerror["']?>[\s\S]{0,200000}?(?:<ul id=["']?header["']?>\s*<li id=["']?stack["']?|<div id=["']?stackpage["']?|<li class=["']?frame["']? id=["']?frame\d)/;
/** Classic ASP.NET's "Server Error in '/App' Application." page with its details, or the comment of its verbose form. */
const ASPNET_CLASSIC_DETAILS = /Server Error in '[^'<]{0,200}' Application\.?[\s\S]{0,4000}?<b>\s*(?:Exception Details|Stack Trace|Source Error|Version Information):\s*<\/b>|This error page might contain sensitive information because ASP\.NET is configured to show verbose error messages/;
/**
 * A .NET stack in a JSON error's string (an error handler returning `exception.ToString()` or `exception.StackTrace`,
 * ASP.NET Core 8's developer problem details `"exception":{"details":"System.\u2026Exception: \u2026\r\n   at \u2026"}`): a value that is the
 * stack, from its exception's name then a frame, or from its first frame when a second one follows (System.Text.Json writes
 * `<` and `>` as `\u003C`, `\u003E`). A single "   at x(y)" in a string is prose, not a stack.
 */
const DOTNET_JSON_METHOD = String.raw `(?:[\w$.<>\x60|+\[\],]|\\u00[\da-fA-F]{2}){1,500}`;
const DOTNET_JSON_FRAME = String.raw ` {3}at ${DOTNET_JSON_METHOD}\((?:[^()"\\]|\\.){0,1000}\)`;
const DOTNET_STACK_JSON = new RegExp(String.raw `:\s*"(?:(?:[\w\x60]+\.)*[\w\x60]*Exception\b(?:[^"\\]|\\.){0,20000}?(?:\\r)?\\n${DOTNET_JSON_FRAME}|${DOTNET_JSON_FRAME}(?: in (?:[^"\\]|\\[^rn]){0,1000}?)?(?:\\r)?\\n${DOTNET_JSON_FRAME})`);
/**
 * A JSON response: its `Content-Type` (`application/json`, `application/problem+json`, any `+json`), or a body that is a
 * JSON object or array. An HTML page (API docs quoting a sample error, a Next.js `__NEXT_DATA__` blob) is none.
 */
const JSON_TYPE = /^[\w.+-]+\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const isJson = (res) => JSON_TYPE.test((0,util/* header */.wx)(res, 'content-type') ?? '') || /^\s*[{[]/.test(res.body);
/** A script tag whose `src` is exactly the file named (after an optional path prefix). */
const scriptSrc = (file) => new RegExp(String.raw `<script\b[^>]*\bsrc=["']?(?:[^"'\s>]*\/)?${file}["'\s>]`, 'i');
/**
 * Create React App's dev server (`react-scripts start`, webpack-dev-server): its page loads the unhashed
 * `/static/js/bundle.js` (a production build loads `/static/js/main.<hash>.js`). The name alone could be any site's
 * own bundle under a `/static/` root (Django's static files, an Express app's own webpack output), so it counts only
 * on CRA's `public/index.html` shell (its empty `<div id="root"></div>` or its "You need to enable JavaScript to run
 * this app." noscript) and with the dev server's Express (`X-Powered-By: Express`) or, before CRA 5, the unhashed
 * `main.chunk.js` it loads alongside.
 */
const CRA_BUNDLE = scriptSrc(String.raw `static\/js\/bundle\.js`);
const CRA4_CHUNK = scriptSrc(String.raw `static\/js\/(?:vendors~)?main\.chunk\.js`);
const CRA_SHELL = /<div id=["']?root["']?\s*>\s*<\/div>|<noscript>\s*You need to enable JavaScript to run this app\.\s*<\/noscript>/i;
const expressHeader = (res) => /^Express$/i.test((0,util/* header */.wx)(res, 'x-powered-by') ?? '');
const craDev = (res) => CRA_BUNDLE.test(res.body) && CRA_SHELL.test(res.body) && (expressHeader(res) || CRA4_CHUNK.test(res.body));
/**
 * Angular CLI's webpack dev server (`ng serve` before v17's Vite server, which `/@vite/client` already shows): the
 * unhashed `runtime.js`, `polyfills.js` and `main.js` (`-es2015`/`-es5` with v8\u201310's differential loading) in one
 * folder (the page's own, `/`, or a `--deploy-url` such as `/app/`) with the development build's unextracted
 * `styles.js`, or with its `vendor.js` chunk from the dev server's Express (`X-Powered-By: Express`). A production build
 * hashes them (`main.<hash>.js`); one built with `--output-hashing none` has no styles.js (and is served by
 * something other than the dev server) and passes, with or without a vendor chunk.
 */
const NG_SCRIPT = /^(runtime|polyfills|main|vendor|styles)(?:-es2015|-es5)?\.js$/;
const SCRIPT_SRC = /<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi;
const angularDev = (res) => {
    const byFolder = new Map();
    for (const [, src] of res.body.matchAll(SCRIPT_SRC)) {
        const cut = src.lastIndexOf('/') + 1;
        const name = NG_SCRIPT.exec(src.slice(cut))?.[1];
        if (!name)
            continue;
        const folder = src.slice(0, cut).replace(/^\.\//, '');
        byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(name));
    }
    return [...byFolder.values()].some((n) => n.has('runtime') && n.has('polyfills') && n.has('main') && (n.has('styles') || (n.has('vendor') && expressHeader(res))));
};
/**
 * Rails' development error page (`consider_all_requests_local`): its layout's title (`<title>Action Controller: Exception
 * caught</title>`), or the routing error's heading followed by the trace's `<code>Rails.root: \u2026</code>`. The phrase in a
 * post (prose, an escaped `&lt;title&gt;`) is no page. Linear: one search each.
 */
const RAILS_TITLE = /<title>\s*Action Controller: Exception caught\s*<\/title>/;
const railsErrorPage = (body) => {
    if (RAILS_TITLE.test(body))
        return true;
    const h1 = body.indexOf('<h1>Routing Error</h1>');
    return h1 >= 0 && body.indexOf('<code>Rails.root: ', h1) > h1;
};
/**
 * Laravel's debug pages (APP_DEBUG=true), by their own markup or by the framework's stack in an error response, never the
 * framework's namespace in text: a post or a docs page about `Illuminate\Foundation` (or quoting a trace) is no page.
 * - Whoops (Laravel 4, 5.5\u20135.8): its `<title>Whoops! There was an error.</title>`;
 * - Ignition (Laravel 6\u201310): `window.ignite(` inside a (JavaScript) script element, which starts its page;
 * - any other renderer (Laravel 11+'s own exception page, 5.0\u20135.4's Symfony debug page, the JSON `trace` an API request
 *   gets): an error response (status 400 or more: the debug page answers an exception, a post answers 200) listing two
 *   frames or more of the framework: an `Illuminate\u2026` class called (`Illuminate\Foundation\Http\Kernel->handle`, `::`, the Symfony page's `<abbr title="Illuminate\u2026">Kernel</abbr>->handle`)
 *   or with its line (`\u2026\Kernel:175`), or a file of `laravel/framework/src/Illuminate/\u2026` with its line (`\u2026/Kernel.php:175`,
 *   `(175)`, ` line 175`, JSON's `"line": 175`), in the page's text (tags taken out, entities decoded) or its markup
 *   (an attribute such as `title="\u2026/Kernel.php line 116"`).
 */
const WHOOPS_TITLE = /<title>Whoops! There was an error\.<\/title>/;
const IGNITION_START = /\bwindow\.ignite\s*\(/;
/**
 * A frame of the framework: a class called or with its line, or its file with its line. Backslashes single or
 * JSON-escaped. No word boundary before it: the page's text with its tags taken out runs one element's text into the next.
 */
const ILLUMINATE_FRAME = /Illuminate(?:\\{1,2}[A-Za-z_]\w{0,100}){1,12}(?:["']>\w{1,100}<\/abbr>)?\s{0,20}(?:->|-&gt;|::)\s{0,20}[A-Za-z_]\w{0,100}|Illuminate(?:\\{1,2}[A-Za-z_]\w{0,100}){1,12}\s{0,20}:\d+|laravel\\?\/framework\\?\/src\\?\/Illuminate(?:\\?\/\w{1,100}){1,12}\.php(?::\d+|\(\d+\)|\s{1,20}(?:on\s+)?line\s+\d+|"\s{0,20},\s{0,20}"line"\s{0,20}:\s{0,20}\d+)/g;
const ENTITIES = { '&gt;': '>', '&lt;': '<', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#039;': "'", '&#x27;': "'", '&#92;': '\\', '&#x5c;': '\\', '&#x5C;': '\\' };
/** The distinct framework frames `text` lists (at most `max`: only whether there are two matters). */
function illuminateFrames(text, into, max) {
    for (const m of text.matchAll(ILLUMINATE_FRAME)) {
        into.add(m[0].replace(/\\\\/g, '\\').replace(/-&gt;/g, '->').replace(/\s+/g, ''));
        if (into.size >= max)
            return;
    }
}
const laravelDebugPage = (res) => {
    const body = res.body;
    if (WHOOPS_TITLE.test(body))
        return true;
    if (body.includes('ignite') && scriptsOf(body).some((s) => runsJs(s.tag) && IGNITION_START.test(s.text)))
        return true;
    if (res.status < 400 || !body.includes('Illuminate'))
        return false;
    const frames = new Set();
    illuminateFrames(body, frames, 2);
    if (frames.size < 2)
        illuminateFrames(body.replace(/<[^<>]{0,4096}>/g, '').replace(/&(?:gt|lt|amp|quot|#0?39|#x27|#92|#x5[cC]);/g, (e) => ENTITIES[e] ?? e), frames, 2);
    return frames.size >= 2;
};
/** Banners of development servers and debug pages, by header or body. */
const DEV_SIGNALS = [
    // The header names the server, not how it was started (`flask run`, `app.run()`, `python app.py`).
    { what: 'the Werkzeug development server (flask run or app.run())', header: ['server', /werkzeug/i] },
    // The debugger page's own markers (its resources, its script's settings, its title), never a phrase:
    // a page may well write about "the Werkzeug Debugger".
    // Its traceback page says whether the console runs code (`EVALEX = true`); `use_evalex=False` shows the traceback and
    // source only: still debug mode, not code execution.
    { what: 'the Werkzeug interactive debugger', ...WERKZEUG_DEBUG_FIX, body: (b) => werkzeugDebugger(b)?.evalex === true },
    { what: "the Werkzeug debugger's traceback page (debug mode on, console off: the source and traceback are shown)", ...WERKZEUG_DEBUG_FIX, body: (b) => werkzeugDebugger(b)?.evalex === false },
    // Django's runserver is built on wsgiref, whose simple_server sends the same header.
    { what: "a wsgiref development server (Django's runserver or wsgiref.simple_server)", header: ['server', /WSGIServer\/[\d.]+ CPython/i] },
    // Django \u2265 3 writes a typographic apostrophe (U+2019) in its 404 and 500 templates.
    // By the template's structure, never the sentence alone: a blog or tutorial may quote it (`DEBUG = True` in backticks).
    { what: "Django's DEBUG page", advice: 'set DEBUG = False in the production settings (e.g. read from a DJANGO_DEBUG environment variable that production leaves unset)', fix: "Set `DEBUG = False` in Django's production settings (for example `DEBUG = os.environ.get('DJANGO_DEBUG') == '1'`, unset in production), whatever server runs it, and list the site's host names in `ALLOWED_HOSTS`, which Django then enforces.", body: (b) => DJANGO_EXPLANATION.test(b) && DJANGO_PAGE.test(b) },
    { what: "Python's http.server", header: ['server', /^(SimpleHTTP|BaseHTTP)\//i] },
    // Ruby's standard-library server (`ruby -run -e httpd`, `rails s` before Puma): the analogue of http.server.
    { what: "Ruby's WEBrick (a development server)", header: ['server', /^WEBrick\//i] },
    { what: "Rails' development error page", advice: 'run the app with RAILS_ENV=production, where config.consider_all_requests_local = false', fix: 'Run the app with `RAILS_ENV=production` and keep `config.consider_all_requests_local = false` in `config/environments/production.rb`: the development error page shows the source, the request, the routes and the backtrace.', body: railsErrorPage },
    { what: "Phoenix/Plug's debug error page (Plug.Debugger, debug_errors: true)", advice: 'run a release built with MIX_ENV=prod, whose endpoint has debug_errors: false', fix: 'Run a release built with `MIX_ENV=prod`: the endpoint\'s `debug_errors: true` belongs in `config/dev.exs` only, and `use Plug.Debugger` stays out of production (`if Mix.env() == :dev`).', body: (b) => PLUG_DEBUGGER_HEADER.test(b) && ELIXIR_FRAME.test(b) },
    { what: "Laravel's debug page (Whoops/Ignition)", advice: 'set APP_DEBUG=false (and APP_ENV=production) in the production .env', fix: 'Set `APP_DEBUG=false` and `APP_ENV=production` in the production `.env` (then `php artisan config:cache`): with debug on, Laravel answers errors with Ignition/Whoops, showing the source, the environment and the request.', response: laravelDebugPage },
    { what: "the Symfony profiler", advice: 'run the app with APP_ENV=prod and APP_DEBUG=0, without the dev dependencies', fix: 'Run the app with `APP_ENV=prod` and `APP_DEBUG=0`, installed with `composer install --no-dev`: the web profiler (`X-Debug-Token-Link`) records every request with its headers, session, queries and configuration.', header: ['x-debug-token-link', /./] },
    // Pages Router dev pages; App Router dev pages load unhashed chunks with a cache-busting `?v=` timestamp
    // (`/_next/static/chunks/webpack.js?v=\u2026`, a production build serves `webpack-<hash>.js`) and name their modules.
    { what: 'the Next.js development server', body: (b) => inMarkup(b, /\/_next\/static\/development\/|\/_next\/webpack-hmr|"buildId":"development"|\/_next\/static\/chunks\/(?:webpack|main-app|main|app-pages-internals|polyfills)\.js\?v=\d|\(app-pages-browser\)\/\.\/node_modules\/next\//g) },
    { what: 'the Vite development server', body: (b) => inMarkup(b, /\/@vite\/client/g) },
    { what: 'webpack-dev-server', body: (b) => inMarkup(b, /webpack-dev-server\/client|__webpack_dev_server_client__/g) },
    { what: "Create React App's development server (react-scripts start)", response: craDev },
    { what: "Angular CLI's development server (ng serve)", response: angularDev },
    { what: 'an Express stack trace (NODE_ENV is not production)', advice: 'set NODE_ENV=production where the app runs', fix: "Set `NODE_ENV=production` in the environment the app runs in (Express's default error handler sends the stack trace unless it is), and keep custom error handlers from sending `err.stack`.", body: EXPRESS_STACK },
    { what: "the errorhandler middleware's stack trace (Express/Connect's development error handler)", advice: 'mount errorhandler() in development only and set NODE_ENV=production where the app runs', fix: "Mount `errorhandler()` in development only (`if (process.env.NODE_ENV === 'development') app.use(errorhandler())`), set `NODE_ENV=production` where the app runs, and answer errors in production with a handler that never sends `err.stack`.", body: errorhandlerPage },
    { what: 'a Node.js stack trace', inResponse: true, advice: 'stop sending err.stack to clients and set NODE_ENV=production where the app runs', fix: 'Answer errors without the stack: an error handler (Express\'s, a NestJS exception filter) must send a message, never `err.stack`; one that sends the stack in development only needs `NODE_ENV=production` set where the app runs.', body: (b) => NODE_STACK_JSON.test(b) || NODE_STACK_BODY.test(b) },
    { what: "Starlette/FastAPI's debug page (debug=True)", advice: 'create the app with debug=False (the default) in production', fix: 'Create the app with `debug=False`, the default (`FastAPI(debug=False)`, `Starlette(debug=False)`), and do not turn it on from a production setting or environment variable: debug mode answers errors with the traceback and source.', body: /<title>Starlette Debugger<\/title>[\s\S]{0,20000}?class=["']traceback-container["']/ },
    { what: 'a Python traceback (a debug mode such as FastAPI/Starlette debug=True or Tornado serve_traceback)', advice: "turn the framework's debug mode off (FastAPI/Starlette debug=False; Tornado debug=False and serve_traceback=False)", fix: "Turn the framework's debug mode off in production: `FastAPI(debug=False)`/`Starlette(debug=False)` (the default), Tornado's `Application(debug=False, serve_traceback=False)`; and keep error handlers from returning `traceback.format_exc()`.", body: PYTHON_TRACEBACK_BODY },
    { what: "Spring Boot's error page with a stack trace (server.error.include-stacktrace)", advice: 'set server.error.include-stacktrace=never (the default) and keep spring-boot-devtools out of the production build', fix: 'Set `server.error.include-stacktrace=never` (the default; not `always` or `on-param`) in the production configuration, and keep `spring-boot-devtools`, which turns it on, out of the production artifact (`<optional>true</optional>` in Maven, `developmentOnly` in Gradle).', body: (b) => SPRING_WHITELABEL_TRACE.test(b) || SPRING_JSON_TRACE.test(b) },
    { what: "Tomcat's error report with a stack trace (ErrorReportValve showReport)", advice: 'set showReport="false" and showServerInfo="false" on Tomcat\'s ErrorReportValve', fix: 'In Tomcat\'s `server.xml`, add `<Valve className="org.apache.catalina.valves.ErrorReportValve" showReport="false" showServerInfo="false"/>` to the `<Host>` (or map an `<error-page>` for `java.lang.Throwable` in `web.xml`), so an exception is answered without its stack trace.', body: TOMCAT_TRACE },
    // Puma in development (`-e development`, RACK_ENV=development) answers an application error with its backtrace;
    // in production it says only "An unhandled lowlevel error occurred".
    { what: "Puma's development error page with a backtrace (RACK_ENV=development)", advice: 'run Puma with RACK_ENV=production (RAILS_ENV=production for Rails)', fix: 'Run Puma with `RACK_ENV=production` (`puma -e production`; for Rails also `RAILS_ENV=production`): in development Puma answers an unhandled error with its backtrace.', body: /^Puma caught this error: [^\n]*\n\S[^\n]*:\d+:in / },
    // ASP.NET Core's developer exception page; classic ASP.NET's "Server Error in '/App' Application." page only with
    // details (customErrors Off): its exception, stack, source or version lines. The same heading over "Runtime Error"
    // ("The current custom error settings \u2026 prevent the details \u2026 from being viewed remotely") is the safe production page.
    // The detailed page also carries a comment saying it is verbose (ZAP's debug-error marker).
    // ASP.NET Core's page in HTML (a browser) or as plain text with the request's headers (any other client).
    // The same name for both, each with its own setting: ASP.NET Core's environment, classic ASP.NET's customErrors.
    { what: "ASP.NET's developer exception page", ...ASPNETCORE_FIX, body: (b) => ASPNETCORE_DEV_PAGE_HTML.test(b) || ASPNETCORE_DEV_PAGE_TEXT.test(b) },
    { what: "ASP.NET's developer exception page", advice: 'set customErrors mode="RemoteOnly" (or "On") in web.config', fix: 'In `web.config` set `<customErrors mode="RemoteOnly"/>` (or `"On"`, with a `defaultRedirect` page) under `<system.web>`, never `"Off"`: the detailed page shows the exception, the stack, the source and the framework version.', body: (b) => ASPNET_CLASSIC_DETAILS.test(b) && !ASPNETCORE_DEV_PAGE_HTML.test(b) && !ASPNETCORE_DEV_PAGE_TEXT.test(b) },
    // Stack traces by their frames: a .NET exception as the whole body (not the developer page's text form, said above) or in a JSON error.
    { what: 'a .NET stack trace', inResponse: true, advice: 'stop sending the exception to clients and set ASPNETCORE_ENVIRONMENT=Production where the app runs', fix: 'Answer errors without the exception: error handlers must not send `exception.ToString()` or `StackTrace` (ASP.NET Core: `app.UseExceptionHandler(\u2026)` with `AddProblemDetails()`, and `ASPNETCORE_ENVIRONMENT=Production`, under which the developer page and its problem details are off).', response: (r) => (DOTNET_TRACE_BODY.test(r.body) && !ASPNETCORE_DEV_PAGE_TEXT.test(r.body)) || (isJson(r) && DOTNET_STACK_JSON.test(r.body)) },
];
/**
 * The Werkzeug debugger's console page (`/console`), PIN-locked or not: its title, or its console-mode script
 * (`CONSOLE_MODE = true` inside a script element: a page quoting it in a code block is none).
 */
const WERKZEUG_CONSOLE_TITLE = /<title>Console \/\/ Werkzeug Debugger<\/title>/;
const werkzeugConsole = (body) => WERKZEUG_CONSOLE_TITLE.test(body)
    || (body.includes('CONSOLE_MODE') && scriptsOf(body).some((s) => runsJs(s.tag) && /\bCONSOLE_MODE\s*=\s*true\b/.test(s.text)));
/** Which dev-server/debug signals a response shows. */
function signalsOf(res) {
    const byHeader = (s) => {
        if (!s.header)
            return false;
        const v = (0,util/* header */.wx)(res, s.header[0]);
        return v !== undefined && s.header[1].test(v);
    };
    const byBody = (s) => (s.body === undefined ? false : typeof s.body === 'function' ? s.body(res.body) : s.body.test(res.body));
    return DEV_SIGNALS.filter((s) => byHeader(s) || byBody(s) || (s.response?.(res) ?? false));
}
/** A signal as a response showed it: a stack trace in an error response, or in a page of another status (a 200 JSON body). */
const said = (s, res) => (s.inResponse ? `${s.what} ${res.status >= 400 ? 'in the error response' : `in its ${res.status} response`}` : s.what);
/** Which dev-server/debug signals a response shows, as said in findings. */
function devSignals(res) {
    return signalsOf(res).map((s) => said(s, res));
}
/** No development server or debug page is exposed. */
const devServerExposed = (0,probes_define/* defineProbe */._)({
    id: 'dev-server-exposed',
    title: 'No development server or debug page is exposed',
    severity: 'critical',
    description: 'No Werkzeug/runserver banner, interactive debugger, Django DEBUG page, stack trace or other debug banner.',
    match: [
        {
            // Werkzeug named alone ("Upgrade Werkzeug to 3.0.3") is no promise; its debugger or server negated is.
            // Debug pages ("The Django debug 404 page is not shown") are what the probe looks for; a debug toolbar
            // or custom debug endpoints/routes are not (it knows no Django Debug Toolbar, no /debug routes).
            pattern: /\bno werkzeug (?:dev(?:elopment)? )?server\b|\b(?:debugger|debug console|debug (?:404 |500 |error )?page)s?\b[^;]*\b(?:not|never|disabled|off|removed)\b|\b(?:no|not|never)\b[^;]*\b(?:debugger|debug console|debug (?:404 |500 |error )?page)s?\b/,
            // `debugger;` statements in a bundle are code hygiene, not a reachable debugger.
            unless: /\binstall\w*|\btoolbar\b|\bremote debugg|\bstatements?\b|\bbundles?\b/,
            note: 'a promise that no debugger or dev server is reachable: the probe looks for their banners',
        },
        // Not "No developer exception page in production" nor "Stack traces are never returned to clients" (debug-mode's): a
        // developer exception page or a stack trace shows only on an unhandled exception, which the probe cannot cause (it
        // fetches the target's page and a not-found page), so a pass here would stand for a promise it never saw tested.
    ],
    docs: {
        why: "Development servers are single-threaded and unhardened, and debug pages leak settings and source; Werkzeug's debugger is remote code execution.",
        fix: 'Run a production server (gunicorn, uvicorn workers, node server.js behind a proxy) with debug off.',
        details: [
            'A debug page a framework setting shows carries that setting as its fix, whatever server serves it: Django\'s DEBUG page `DEBUG = False`',
            '(e.g. from a `DJANGO_DEBUG` variable), the Werkzeug debugger (its console too) Flask\'s debug mode off (no `app.run(debug=True)`, `FLASK_DEBUG` or',
            '`flask run --debug`), an Express stack trace `NODE_ENV=production`, the `errorhandler` page `errorhandler()` in development only and `NODE_ENV=production`,',
            'a Node.js stack in a JSON error no `err.stack` in responses (and `NODE_ENV=production`), Rails\' error page `RAILS_ENV=production` (`config.consider_all_requests_local = false`),',
            'Puma\'s `RACK_ENV=production`, Laravel\'s `APP_DEBUG=false`, the Symfony profiler `APP_ENV=prod`/`APP_DEBUG=0`, Phoenix\'s a `MIX_ENV=prod` release (`debug_errors` in dev only),',
            'Starlette/FastAPI\'s `debug=False`, a Python traceback the framework\'s debug mode off (Tornado `serve_traceback=False` too), Spring Boot\'s `server.error.include-stacktrace=never`',
            '(and no `spring-boot-devtools` in the artifact), Tomcat\'s `ErrorReportValve` `showReport="false"`, ASP.NET Core\'s developer exception page `ASPNETCORE_ENVIRONMENT=Production`',
            '(`UseDeveloperExceptionPage()` in Development only), classic ASP.NET\'s detailed page `<customErrors mode="RemoteOnly"/>`, a .NET stack no exception text in responses;',
            'a development server\'s banner or bundle keeps "run a production server with debug off".',
            'Looks at the target\'s responses (redirect chain included) and at a GET of a random path that cannot exist',
            "(where Django's DEBUG 404 page and Rails' routing error appear): `Server: Werkzeug\u2026`, `WSGIServer/\u2026 CPython`",
            "(wsgiref: Django runserver or wsgiref.simple_server; the header names the server, not the command that started it), Python's http.server, Ruby's WEBrick, the Werkzeug debugger (by its page's own markup: its",
            '`?__debugger__=yes&cmd=resource` resources loaded by a `<script src>` or `<link href>`, its `CONSOLE_MODE`/`EVALEX` settings inside a (JavaScript) `<script>` element, its `\u2026 // Werkzeug Debugger`',
            'title; a page that merely names it, or quotes those markers in a `<pre><code>` block or HTML-escaped (`&lt;script&gt;`), is no finding; its traceback page with `EVALEX = false`, `use_evalex=False`, is named the debugger\'s traceback page (debug mode on, console off), still `critical`), Django\'s DEBUG 404/500 pages by their template\'s structure: the',
            '"You\'re seeing this error because you have `DEBUG = True`" paragraph opening its `#explanation` element (apostrophe straight, typographic or escaped) on a page with its `Page not found at /\u2026` title, `#summary` or `#traceback`',
            '(a blog or tutorial quoting the sentence is no finding), Rails\' development error page (its `Action Controller: Exception caught` `<title>`, or the routing error\'s `<h1>Routing Error</h1>` with the trace\'s `<code>Rails.root: \u2026`; the phrase in prose is no page), Laravel\'s debug pages by their own markup or the framework\'s stack, never its namespace in text (Whoops\' `<title>Whoops! There was an error.</title>`, Ignition\'s `window.ignite(` inside a script element, or, for Laravel 11+\'s own exception page, the older Symfony debug page and the JSON `trace` an API request gets, an error response of status 400 or more listing two frames or more of the framework: `Illuminate\\Foundation\\Http\\Kernel->handle`, `\u2026\\Kernel:175`, `laravel/framework/src/Illuminate/\u2026/Kernel.php:175`; a post or docs page naming `Illuminate\\Foundation`, or quoting a trace in a 200 page, passes), ASP.NET debug pages (classic ASP.NET\'s "Server Error in \u2026 Application" page only with its exception, stack, source or version details: the "Runtime Error" page of `customErrors` hides them and passes), Puma\'s development error page (`Puma caught this error: \u2026` and its backtrace),',
            'ASP.NET Core\'s developer exception page in both its forms: the HTML page a browser gets (its `<h1>An unhandled exception occurred while processing the request.</h1>`, or its `<div class="titleerror">` with the page\'s Stack/Query/Cookies/Headers tabs, `#stackpage` or `<li class="frame">` frames) and the plain-text form any other client gets (the probe asks for any type): the exception and its .NET frames, then the request\'s `HEADERS` / `=======` section;',
            'a .NET stack trace by its frames (`   at Ns.Type.Method(\u2026)`, ` in /src/Api/Program.cs:line 31` when symbols are deployed) as the whole body, from the exception\'s name (`System.InvalidOperationException: \u2026`), or, in a JSON response (a JSON `Content-Type` such as `application/problem+json`, or a body that is a JSON object or array), as a string value that is the stack: from the exception\'s name, or two frames (`exception.ToString()`, `exception.StackTrace`, ASP.NET Core 8\'s developer problem details `"exception":{"details":\u2026}`); an exception named without frames, a lone `   at x(y)` in a string, the production Error view ("An error occurred while processing your request.") and a page quoting a stack (an HTML page showing a sample error, a Next.js `__NEXT_DATA__` blob) pass;',
            'Phoenix\'s development error page (Plug.Debugger with `debug_errors: true`: its `exception-info` header naming the exception `at GET` on a page of Elixir frames such as `lib/phoenix/router.ex:491`; a production "Not Found" passes),',
            'Symfony\'s profiler header, Next.js/Vite/webpack dev bundles by their URLs in the page\'s markup, a tag\'s attribute or a script element (`<script src="/@vite/client">`, `/_next/static/development/`, `"buildId":"development"` in `__NEXT_DATA__`; named in prose or a code block, as a post about them does, they are no finding) (webpack-dev-server\'s client; Create React App\'s `react-scripts start` by its unhashed `/static/js/bundle.js` on CRA\'s page shell (the empty `<div id="root"></div>` or its "You need to enable JavaScript to run this app." noscript) together with the dev server\'s `X-Powered-By: Express` or CRA 4\'s unhashed `main.chunk.js`, so a site\'s own `bundle.js` under `/static/` from another server, or on a page of its own, passes;',
            'Angular\'s webpack `ng serve` before v17 by its unhashed `runtime.js`, `polyfills.js` and `main.js` in one folder (the page\'s own, `/` or a `--deploy-url` prefix such as `/app/`) with the dev build\'s `styles.js`, or with its `vendor.js` from the dev server\'s `X-Powered-By: Express`, so a production build, hashed or built with `--output-hashing none` (with or without a vendor chunk), passes), Express stack traces on their page\'s own structure (finalhandler\'s default page, the stack\'s `<pre>` as its whole body, and express-generator\'s error view, `<h1>` message and `<h2>` status right before the stack\'s `<pre>`, which shows the stack on every 404 unless NODE_ENV=production; frames at server paths such as `/app/x.js:10:5` (`at async /app/x.js:10:5` too) or in Node\'s built-in modules (`node:internal/\u2026`, `node:net:1607:16`, `node:dns:81:26`: the ECONNREFUSED/ENOTFOUND page of an unreachable database), not a browser\'s `https://\u2026` URLs nor a bare `node:` in prose; a post or status page quoting a stack in a `<pre>` passes;',
            'the `errorhandler` middleware\'s page by its `<ul id="stacktrace">` of frames such as `at fn (/app/x.js:10:5)`, not inside a post\'s `<article>`, a `<figure>` or a `<blockquote>`),',
            'and stack traces by their frames, never a keyword: a Node.js stack (`\\n    at \u2026 (/app/x.js:N:N)`) in a JSON error\'s `"stack"` field or as the whole body; Starlette/FastAPI\'s debug page (`<title>Starlette Debugger</title>` and its traceback container) and a body that is a Python traceback',
            '(`Traceback (most recent call last):` first, then `File "\u2026", line N`: what `debug=True` answers a client not asking for HTML; an article quoting one passes); Spring Boot\'s Whitelabel page or JSON error with its stack trace (`server.error.include-stacktrace`: `\\tat \u2026(X.java:N)` frames; the Whitelabel page without a trace is only a banner and passes);',
            'Tomcat\'s default error report (`HTTP Status 500 \u2013 \u2026` with a `<pre>` of `\u2026(X.java:N)` frames; its status report without one passes). A GET of `/console`',
            'finds the Werkzeug debugger console by its page (title, console-mode script inside a `<script>` element), not by',
            'its status (also when the page breaks off after its markers arrived); a target with a path (`https://host/app/`) gets the random path and `/console` under it too (`/app/console`: an application mounted there). Found',
            'even behind a proxy that hides `Server: Werkzeug`. The not-found path and `/console` follow same-host redirects as the page does (an `http://` target sending every path to its `https://` side is judged there, each hop looked at; a finding there names the URL asked too, and a URL a redirect named is printed without its password or query). `error` when neither the target nor the not-found path answered, or only a gateway\'s 502/503/504 error pages or a CDN\'s bot challenge (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action`) did (the answers the redirects led to, not the redirects), or both answered only with a redirect to another host (not followed; a login wall there aside; the not-found path\'s only when it keeps that path: a fixed URL that drops it, every unknown path \u2192 `https://www.example.com/`, is the application\'s answer) or led to an `https://` side that did not answer, or when the page is in a redirect loop (every path redirecting to itself: Django\'s `SECURE_SSL_REDIRECT` behind a proxy that does not pass `X-Forwarded-Proto`) or still redirects after 5 hops and the not-found path shows no page either: only redirects were seen (unless a signal or `/console` already showed the debugger).',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ main: true, notFound: true, console: true }),
    evaluate(obs, ctx) {
        // The not-found paths with the same-host redirects followed to them (`http://` \u2192 `https://`): each hop is looked at.
        const notFounds = [obs.notFound, obs.notFoundUnder].flatMap((f) => (f ? [f] : []));
        // Each with the URL first asked when redirects led to it: a finding there names both (the one reached printed as a
        // redirect's URL: no password, no query), as sensitive-paths does.
        const answers = [obs.main, ...notFounds.map(chainOf)].flatMap((c) => (c ? c.hops.map((res, i) => ({ res, from: i ? c.start : undefined })) : []));
        const responses = answers.map((a) => a.res);
        // The answers the chains ended on (the page's, unless it failed after its redirects; the not-found paths'): whether only a
        // gateway or a bot challenge answered is judged on them, not on the redirects followed there (an `http://` target's 301s).
        const finals = [...(obs.main && !obs.main.error ? [obs.main.hops.at(-1)] : []), ...notFounds.map((f) => f.response)].filter((r) => r !== undefined);
        // Judged on the page, never the status: an app may answer 200 (its shell) or 404 on /console.
        // A console page cut short after its markers arrived (`partial`) was served all the same.
        const consoles = [obs.console, obs.consoleUnder].flatMap((f) => { const r = f?.response ?? f?.partial; return r && werkzeugConsole(r.body) ? [{ res: r, from: f.redirectedFrom }] : []; });
        const consoleFound = consoles.length > 0;
        for (const c of consoles) {
            const { url, where } = named(c);
            ctx.report({ url, message: `${where} serves the Werkzeug debugger console (Python code execution, guarded at most by the PIN); ${WERKZEUG_DEBUG_FIX.advice}`, fix: WERKZEUG_DEBUG_FIX.fix });
        }
        // Without the target's page or the not-found page nothing clears the deployment: an error,
        // unless /console alone already showed the worst.
        if (!responses.length) {
            if (!consoleFound)
                ctx.error(obs.main?.error ?? obs.notFound?.error ?? obs.console?.error ?? `no response from ${obs.url}`);
            return;
        }
        const seen = new Set();
        for (const a of answers) {
            for (const s of signalsOf(a.res)) {
                if (seen.has(s))
                    continue;
                seen.add(s);
                const { url, where } = named(a);
                ctx.report({ url, message: `${where} exposes ${said(s, a.res)}; ${s.advice ?? 'run a production server with debug off'}`, ...(s.fix ? { fix: s.fix } : {}) });
            }
        }
        // Only a gateway's error pages (502/503/504) answered: the application was never seen, so nothing clears it.
        const down = finals.length && finals.every((r) => util/* GATEWAY_DOWN */.Is.has(r.status)) ? (0,util/* gatewayDown */.X$)(finals.at(-1)) : undefined;
        if (down && !seen.size && !consoleFound) {
            ctx.error(`${down}; probe again when it is up`);
            return;
        }
        // Only a CDN's bot challenge (or gateways) answered: neither the page nor the not-found page was the application's.
        const challenged = finals.find((r) => (0,util/* botChallenge */.fq)(r));
        if (challenged && finals.every((r) => util/* GATEWAY_DOWN */.Is.has(r.status) || (0,util/* botChallenge */.fq)(r)) && !seen.size && !consoleFound) {
            ctx.error(`${(0,util/* botChallenge */.fq)(challenged)}; ${util/* CHALLENGE_ADVICE */.$q}`);
            return;
        }
        if (seen.size || consoleFound)
            return;
        // Nothing of the application was seen when the page and the not-found path answered only with a redirect to another
        // host (not followed: an `http://` target sending every path elsewhere; for the not-found path one keeping its path,
        // as a fixed URL dropping it is the application's answer) or failed on the way (the `https://` side of a same-host
        // redirect did not answer): never a pass, as security-headers says of such a target.
        // A chain cut at the hop limit (a redirect loop: Django's SECURE_SSL_REDIRECT behind a proxy that does not pass
        // X-Forwarded-Proto answers every path with a redirect to itself) showed redirects only, never a page: not seen.
        const main = obs.main;
        const reached = (c) => c.stopped?.reason !== 'limit';
        const pageSeen = main !== undefined && main.hops.length > 0 && main.error === undefined && !leadsElsewhere(main) && reached(main);
        if (pageSeen || notFounds.some((f) => f.response && !notFoundElsewhere(f) && reached(chainOf(f))))
            return;
        if (main && !reached(main)) {
            ctx.error(`${main.start} ${(0,util/* describeStop */.Cw)(main)}, so neither the page nor a not-found page of the application was reached, where a development server or debug page would show; fix the redirects so the page answers`);
            return;
        }
        const away = [...(main && leadsElsewhere(main) ? [main] : []), ...notFounds.filter(notFoundElsewhere).map(chainOf)].map((c) => ({ from: c.start, ...c.stopped }))[0];
        if (!away) {
            const hop = main && (0,util/* failedHopOf */.Mk)(main);
            ctx.error(hop ? `${main.hops.length > 1 ? (0,util/* shownUrl */.zA)(main.hops.at(-1).url) : main.hops.at(-1).url} redirects to ${(0,util/* shownUrl */.zA)(hop)}, which did not answer: ${main.error}` : main?.error ?? notFounds.find((f) => f.error)?.error ?? `no page of ${obs.url} was seen`);
            return;
        }
        const advice = away.reason === 'metadata' ? 'a redirect to a cloud metadata address is never followed: fix the redirect' : 'probe that URL directly';
        ctx.error(`${away.from} redirects to ${(0,util/* shownUrl */.zA)(away.location)} (${away.reason}), which is not followed, and neither the page nor a not-found page of the application answered on ${new URL(obs.url).host}; ${advice}`);
    },
});

;// CONCATENATED MODULE: ./lib/probes/health-endpoint.js



/**
 * A stated path said not to answer, or an endpoint removed or moved ("`/ping` no longer returns 200 \u2014 moved to `/up`",
 * "`/status` does not return 200 as the health check any more", "`/legacy/status` returns 200 \u2014 decommissioned health
 * check") or said not to be the health check ("`/up` returns 200, but it is not our health check", "Sidekiq `/sidekiq`
 * returns 200 behind basic auth \u2014 not a health check", "`/healthz` returns 200; `/ping` no longer does"): the paths it names are no promise, and every path an item names
 * becomes the probe's `paths`. An error refused is the promise ("`/healthz` never returns 500").
 */
const NOT_THE_HEALTH_PATH = /(?:\b(?:no longer|not|never|stopped|ceased to)|n't)(?: (?:be|been|always|actually|really|yet))? (?:returns?|answers?|responds?|gives?|serves?)\b(?! (?:with )?(?:an? )?(?:http )?(?:[45]\d\d|[45]xx|errors?)\b)|\b(?:no longer|decommission\w*|deprecated|retired|obsolete|defunct|sunset|moved (?:to|from)|replaced (?:by|with))\b|(?:\bnot|n't) (?:(?:used|meant|intended) as |(?:a|the|our|any) )(?:\w+ )?health ?-?checks?\b|(?<!\b(?:not|never|isn't|aren't) )\bbehind (?:basic |http )?auth\w*/;
/**
 * Where an answer's body breaks a `body` expectation, as the rest of a sentence; undefined when it keeps it. A JSON object
 * expected (`{"status": "ok"}`) must be in a JSON body: each of its members present with the same value (other members,
 * spacing and key order free); any other text must be in the body as written.
 */
function bodyMismatch(expected, body) {
    let want;
    try {
        want = JSON.parse(expected);
    }
    catch {
        want = undefined;
    }
    if (want === null || typeof want !== 'object' || Array.isArray(want))
        return body.includes(expected) ? undefined : `does not contain ${expected}`;
    let got;
    try {
        got = JSON.parse(body);
    }
    catch {
        return 'is not JSON';
    }
    const shown = (v) => { const t = JSON.stringify(v); return t !== undefined && t.length <= 40 ? t : typeof v === 'object' && v !== null ? (Array.isArray(v) ? 'an array' : 'an object') : 'another value'; };
    // Depth-first over what is expected (bounded by its own size); the first member that differs is named.
    const walk = (w, g, at) => {
        if (w !== null && typeof w === 'object' && !Array.isArray(w)) {
            if (g === null || typeof g !== 'object' || Array.isArray(g))
                return at.length ? `has ${at.join('.')} = ${shown(g)}, not an object` : 'is not a JSON object';
            for (const [k, v] of Object.entries(w)) {
                if (!Object.hasOwn(g, k))
                    return `has no ${[...at, k].join('.')}`;
                const why = walk(v, g[k], [...at, k]);
                if (why)
                    return why;
            }
            return undefined;
        }
        return JSON.stringify(w) === JSON.stringify(g) ? undefined : `has ${at.join('.')} = ${shown(g)}, not ${shown(w)}`;
    };
    return walk(want, got, []);
}
/** Each health path answers 2xx to GET within the timeout (polling until `wait` runs out). */
const healthEndpoint = (0,probes_define/* defineProbe */._)({
    id: 'health-endpoint',
    title: 'Health endpoint answers',
    // The endpoint: "We don't expose a health endpoint on the worker", "No `/healthz` on the cron runner".
    safeguard: /\bhealth ?(?:check )?(?:endpoints?|routes?|urls?|paths?|pages?)\b|\/(?:[\w.-]+\/)*(?:health\w*|livez|readyz)\b/,
    severity: 'critical',
    description: 'Each health path answers 2xx to GET (polled until `wait` runs out).',
    match: [
        {
            // "`/healthz` returns 200", "/api/health answers 200 after deploy", "Hit /healthz and confirm 200": a stated
            // health path and the answer it must give (the path becomes the probe's `paths`).
            // Readiness and liveness paths too ("`/ready` returns 200", "`/live`", "`/ping`"). Green is healthy ("`/healthz` is green").
            // A segment after the health one counts too ("`/health/ready` returns 200", "`/health/detailed/` retorna 200").
            pattern: /(?:^|\s)\/(?:[\w.-]+\/)*(?:health\w*|livez|readyz|ready|readiness|live|liveness|alive|ping)(?:\/[\w.-]+)*\/?(?=$|[\s,;:])[^;]*\b(?:200|2xx|ok|healthy|(?:is|are|stays?|remains?) green)\b/,
            // A HEALTHCHECK in the Dockerfile ("Dockerfile HEALTHCHECK hits the /health endpoint") is the image's, not the deployment's answer.
            // A word inside a URL path (`/health/db`, `/health/redis`) names the endpoint, not what it does.
            // A load balancer's own health check ("The load balancer health check hits `/healthz` and expects 200") is another
            // system's request, inside the network, as in the rule below.
            unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/(?<!\/)\b(?:database|db|dependenc\w*|depend\w*|downstream|leak\w*|reveal\w*|private|internal(?:ly)?|monitor\w*|regularly|daily|weekly|script|ci|pipeline|dockerfiles?|healthcheck instructions?)\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b|\b(?:only (?:reachable|accessible|available|exposed|served|open) (?:from|within|inside|on|via|to|in)|(?<!\b(?:not|never|n't) )requires? (?:an? )?(?:auth\w*|tokens?|login|credentials?|api keys?)|(?<!\b(?:not|never|isn't|aren't) )behind (?:auth\w*|(?:the |a )?vpn|(?:the |a )?login)|remov\w*|public router|vpc|allow-?list\w*|ip (?:allow|white)list\w*)\b|\b(?:load ?balancers?|alb|elb|nlb|lb)(?:'s)? health ?-?checks?\b|\btarget groups?\b/.source}`),
            note: 'a stated health path that must answer: the probe GETs it',
        },
        {
            // The same promise with no status written: "`/health` or `/api/health` responds", "`/healthz` answers", "`/readyz`
            // replies", "`/up` is up" (the paths become the probe's `paths`; alternatives `require: any`). The verb ends what is
            // said of the path, or a remark follows it ("after deploy", "(no auth)"): an answer that is not 2xx ("responds with
            // 503 when the DB is down"), one of another kind ("answers with the build SHA") or a speed ("responds in under
            // 500 ms", the response-time rule's; "responds quickly") is another promise, and an item naming two kinds of path
            // ("`/healthz` is up and `/metrics` responds") is not only about its health path.
            pattern: /(?:^|\s)(?:\/(?:[\w.-]+\/)*(?:health\w*|livez|readyz|ready|readiness|live|liveness|alive|ping)(?:\/[\w.-]+)*|\/up)\/?(?=$|[\s,;:])[^;]*?\b(?:respond(?:s|ing)?|answer(?:s|ing)?|repl(?:y|ies|ying)|(?:is|are|stays?|remains?) up)\b(?! (?:with|by|slow\w*|fast\w*|quick\w*|too|in under|in less|within|under|below|to (?!(?:get|head|http|https|(?:every |all |any |unauthenticated |anonymous |plain )?(?:requests?|probes?|pings?|calls?))\b))\b)(?!-)/,
            unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/(?<!\/)\b(?:replac\w*|database|db|dependenc\w*|depend\w*|downstream|leak\w*|reveal\w*|private|internal(?:ly)?|monitor\w*|regularly|daily|weekly|script|ci|pipeline|dockerfiles?|healthcheck instructions?)\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b|\b(?:only (?:reachable|accessible|available|exposed|served|open) (?:from|within|inside|on|via|to|in)|(?<!\b(?:not|never|n't) )requires? (?:an? )?(?:auth\w*|tokens?|login|credentials?|api keys?)|(?<!\b(?:not|never|isn't|aren't) )behind (?:auth\w*|(?:the |a )?vpn|(?:the |a )?login)|remov\w*|public router|vpc|allow-?list\w*|ip (?:allow|white)list\w*)\b|\b(?:load ?balancers?|alb|elb|nlb|lb)(?:'s)? health ?-?checks?\b|\btarget groups?\b|\b(?:[1345]\d\d|[1345]xx|errors?|unhealthy|down|slow\w*|latency|p\d{2,3})\b|\d ?(?:ms|milliseconds?|s|secs?|seconds?)\b|(?:^|\s)\/(?!(?:[\w.-]+\/)*(?:health\w*|livez|readyz|ready|readiness|live|liveness|alive|ping|up)(?:\/[\w.-]+)*\/?(?=$|[\s,;:]))[\w.-]+/.source}`),
            note: 'a stated health path that must respond (responds, answers, replies, is up): the probe GETs it',
        },
        {
            // Rails' and Kamal's default health path `/up`, as the whole path only ("`/up` returns 200", "Health check `/up`
            // returns 200"; not "/scale/up"). A short word, so a remark that it replaced another path keeps the item manual too.
            pattern: /(?:^|\s)\/up\/?(?=$|[\s,;:])[^;]*\b(?:200|2xx|ok|healthy|(?:is|are|stays?|remains?) green)\b/,
            unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/(?<!\/)\b(?:replac\w*|database|db|dependenc\w*|depend\w*|downstream|leak\w*|reveal\w*|private|internal(?:ly)?|monitor\w*|regularly|daily|weekly|script|ci|pipeline|dockerfiles?|healthcheck instructions?|remov\w*|load ?balancers?|alb|elb|nlb|lb|target groups?)\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b/.source}`),
            note: "Rails' default health path `/up` that must answer: the probe GETs it",
        },
        {
            // Any stated path that must answer and that the item calls a health check: "`/up` returns 200 (Rails 7.1 health
            // check)", "`/status` answers 200 \u2014 our healthcheck" (the path becomes the probe's `paths`).
            pattern: /(?:^|\s)\/[\w.-]+(?:\/[\w.-]+)*\/?(?=$|[\s,;:)])[^;]*\b(?:returns?|answers?|responds?|gives?) (?:with )?(?:http )?(?:200|2xx|ok)\b[^;]*\bhealth ?-?checks?\b/,
            unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/\b(?:database|db|depend\w*|downstream|leak\w*|reveal\w*|private|internal(?:ly)?|monitor\w*|regularly|daily|weekly|script|ci|pipeline|dockerfiles?|healthcheck instructions?|documented|reviewed|load ?balancers?|alb|elb|target groups?)\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b/.source}`),
            note: 'a stated path that the item calls a health check and that must answer: the probe GETs it',
        },
        {
            // "Health check path `/up` returns 200" (Rails' default health route) names its path too.
            pattern: /\bhealth ?(?:check )?(?:endpoints?|routes?|urls?|paths?)\b/,
            // What the endpoint does ("verifies database and cache connectivity", "depends on\u2026") or must not do
            // ("is not publicly exposed", "does not leak version info") is more than that it answers; a schedule
            // of checks is monitoring. How it is logged, rate-limited, cached or scraped for metrics ("Health endpoint
            // excluded from access logs", "Rate limit the health endpoint") is another promise about it.
            // "Health check endpoint configured in Dockerfile" is the Dockerfile's HEALTHCHECK (dockerfile-healthcheck).
            // A path segment (`/health/db` in "Health check endpoints (`/health`, `/health/db`)") is an endpoint to probe, not what it does.
            unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/(?<!\/)\b(?:dockerfiles?|healthcheck instructions?|regularly|daily|weekly|monthly|schedule|monitor(?:ing|ed)?|verif(?:ies|ied|ying)|connectivity|depend\w*|downstream|upstream|dependenc(?:y|ies)|database|db|cache[ds]?|caching|redis|leak\w*|reveal\w*|private|internal(?:ly)?|(?:access )?logs?|logg(?:ed|ing)|rate[- ]?limit\w*|throttl\w*|metrics|prometheus|scrap(?:e|ed|es|ing))\b|\b(?:endpoints?|routes?) (?:also )?(?:checks?|tests?|pings?|calls?|quer(?:y|ies))\b|\bnot (?:publicly )?(?:exposed|public|accessible|reachable)\b|\b(?:only (?:reachable|accessible|available|exposed|served|open) (?:from|within|inside|on|via|to|in)|(?<!\b(?:not|never|n't) )requires? (?:an? )?(?:auth\w*|tokens?|login|credentials?|api keys?)|(?<!\b(?:not|never|isn't|aren't) )behind (?:auth\w*|(?:the |a )?vpn|(?:the |a )?login)|remov\w*|public router|vpc|allow-?list\w*|ip (?:allow|white)list\w*)\b/.source}`),
            note: 'a promise that health endpoints answer: the probe GETs them',
        },
        {
            pattern: /\bhealth ?checks? (?:pass|passes|passing|return|returns|respond|responds|succeed|succeeds|are green|ok)\b/,
            // Health checks passing in CI or for an image are not the deployment's endpoints.
            // A load balancer's target-group checks, or every service's, are other systems than the URL the probe reaches.
            unless: new RegExp(`${NOT_THE_HEALTH_PATH.source}|${/\b(?:script|\.sh|regularly|daily|weekly|ci|pipeline|builds?|images?|dockerfiles?|containers?|pods?|alb|elb|nlb|lb|load ?balancers?|target groups?|all services|every service)\b/.source}`),
            note: 'a promise that health checks pass: the probe GETs the health paths',
        },
    ],
    docs: {
        why: 'A deployment whose health endpoint does not answer is down or not ready; merging on top of it hides the outage.',
        fix: 'Make the health path answer 200 to GET without authentication, or name the right path in probes.health.',
        details: [
            'Each path gets a GET (never HEAD: many frameworks route HEAD differently) and may follow at most 5',
            'redirects on the same host. With `wait`, the collector polls about every 2 s like a Kubernetes readiness',
            'probe (attempts start 2 s apart) and makes a last attempt at the deadline itself, so a deployment ready',
            'just before it is found (the run takes at most `wait` plus that attempt): 5xx answers and refused',
            'connections are retried, a 4xx answer is final. A 401 or',
            'a redirect to a login/SSO page is reported as `error: protected` (give headers), never as "down"; a CDN\'s bot challenge (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action`) answering instead of the site is an `error` too.',
            'With the default `require: all`, every path\'s outcome is reported: when another path fails, the item fails and each',
            'path that could not be judged (protected, a bot challenge) is an info note with its reason; when none fails, the',
            '`error` names each such path.',
            'Option `paths` defaults to the checklist\'s `probes.health`, else the target URL itself (its path:',
            '`https://host/app/` checks `/app/`). Configured paths are on the target\'s origin as written (`/healthz`',
            'is `https://host/healthz` whatever the target\'s path) and must start with a single `/`: `//host/x` or',
            '`/\\host/x` would name another host and is a configuration error.',
            'Option `require` (default `all`: every path must answer 2xx) set to `any` passes when one of the paths answers 2xx;',
            'a Markdown item that names its paths as alternatives ("`/health` or `/api/health` responds with 200", "either',
            '`/healthz` or `/health`", "`/health` / `/healthz`") is bound with it. When none answers, each failing path is reported.',
            'With `wait`, every path is still polled until it answers or the deadline passes.',
            'Option `follow-redirects` (default `true`) set to `false` fails a path whose own answer is a redirect, wherever it leads (AWS ALB and GCP',
            'health checks count a 3xx as unhealthy); a Markdown item that says so ("`/health` returns 200, not 301", "\u2026 (no redirect)",',
            '"without redirecting") is bound with it. A redirect to a login page is still `error: protected`.',
            'Option `body` (default: none, the status alone is judged) names what a 2xx answer\'s body must hold: a JSON object',
            '(`{"status": "ok"}`) is compared member by member with a JSON body (a `{"status":"down"}` answer fails, naming the',
            'member), other text must appear as written; a Markdown item promising a JSON body ("`/health` returns 200 with `{"status": "ok"}`") is bound with it.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({
        paths: schemas/* array */.YOg((0,util/* originPath */.MJ)()).min(1).optional(),
        'follow-redirects': schemas/* boolean */.zMY().optional().describe('`true` (the default): same-host redirects are followed and the page they lead to must answer 2xx; `false`: a path answering with a redirect fails (an item that says "`/health` returns 200, not 301" or "(no redirect)": load balancers\' health checks count a redirect as unhealthy)'),
        body: schemas/* string */.YjP().min(1).max(1000).optional().describe('What a 2xx answer\'s body must hold: a JSON object (`{"status": "ok"}`: each member present with that value, in a JSON body; other members, spacing and order free), else text that must appear as written. An item that promises the body ("`/health` returns 200 with `{"status": "ok"}`") is bound with it'),
        require: schemas/* enum */.k5n(['all', 'any']).optional().describe('`all` (the default): every path must answer 2xx; `any`: one path answering 2xx is enough (an item that names alternatives: "`/health` or `/api/health` responds")'),
    }),
    needs: (o, d) => ({ health: o.paths ?? d.health }),
    evaluate(obs, ctx) {
        const paths = ctx.options.paths ?? obs.defaultHealthPaths;
        const any = ctx.options.require === 'any' && paths.length > 1;
        const guarded = [];
        const guardedChains = [];
        const problems = [];
        // Each path that could not be judged (not asked, a proxy's refusal, a bot challenge, a login wall), with why.
        const unjudged = [];
        let answered = false;
        let cannot;
        for (const path of paths) {
            const h = obs.health?.[path];
            if (!h) {
                cannot ??= `${path} was not polled`;
                unjudged.push({ message: `${path} was not polled` });
                continue;
            }
            const url = h.chain.start;
            const waited = h.attempts > 1 ? ` (after ${h.attempts} attempts over ${Math.round(h.waitedMs / 1000)} s)` : '';
            const last = h.chain.hops.at(-1);
            // A proxy that refuses the tunnel says nothing about the deployment: the probe could not run.
            if (h.chain.error && h.chain.proxyFailed) {
                const why = `health endpoint ${path} could not be asked: ${h.chain.error}`;
                cannot ??= why;
                unjudged.push({ url, message: why });
                continue;
            }
            if (h.chain.error || !last) {
                const hop = (0,util/* failedHopOf */.Mk)(h.chain);
                problems.push({ url, message: hop ? `health endpoint ${path} redirects to ${hop}, which did not answer: ${h.chain.error}${waited}` : `health endpoint ${path} did not answer: ${h.chain.error ?? 'no response'}${waited}` });
                continue;
            }
            // A CDN's bot challenge answered, not the deployment: whether it is up is unknown.
            const challenge = (0,util/* botChallenge */.fq)(last);
            if (challenge) {
                const why = `health endpoint ${path} could not be judged: ${challenge}; ${util/* CHALLENGE_ADVICE */.$q}`;
                cannot ??= why;
                unjudged.push({ url, message: why });
                continue;
            }
            const why = (0,util/* protectedReason */.zN)(h.chain);
            if (why) {
                guarded.push(why);
                guardedChains.push(h.chain);
                unjudged.push({ url, message: `health endpoint ${path} could not be judged: protected \u2014 ${(0,util/* protectedAdvice */.Hp)(obs, [h.chain])}: ${why}`, wall: true });
                continue;
            }
            // `follow-redirects: false` (an item saying "not 301", "no redirect"): the path must answer 2xx itself. A load balancer's
            // health check (AWS ALB, GCP) counts a redirect as unhealthy, so reaching 2xx after one keeps no such promise.
            const first = h.chain.hops[0];
            if (ctx.options['follow-redirects'] === false && first && util/* REDIRECTS */.eT.has(first.status)) {
                const to = h.chain.hops[1]?.url ?? h.chain.stopped?.location ?? (0,util/* failedHopOf */.Mk)(h.chain) ?? first.headers.location?.[0];
                problems.push({ url, message: `health endpoint ${path} answered HTTP ${first.status} (a redirect${to ? ` to ${(0,util/* shownUrl */.zA)(to)}` : ''}) instead of 2xx itself, and it must not redirect (follow-redirects: false; load balancers' health checks count a redirect as unhealthy): serve ${path} itself with 2xx, or name the path it redirects to${waited}` });
                continue;
            }
            if (last.status >= 200 && last.status < 300) {
                // `body` (an item promising `{"status": "ok"}`): a 2xx whose body says otherwise (`{"status":"down"}`) is no healthy answer.
                const expected = ctx.options.body;
                const why = expected !== undefined ? bodyMismatch(expected, last.body) : undefined;
                if (why && expected !== undefined) {
                    const cut = last.truncated ? ` (read up to the ${Math.round(last.body.length / 1024)} KiB cap)` : '';
                    const json = expected.trimStart().startsWith('{') && !why.startsWith('does not contain');
                    problems.push({ url, message: `health endpoint ${path} answered HTTP ${last.status}${last.url !== url ? ` at ${(0,util/* shownUrl */.zA)(last.url)}` : ''}, but its body${cut} ${why}${json ? ` (expected ${expected})` : ''}: make it answer ${expected} when healthy, or change the expected body (option body)${waited}` });
                    continue;
                }
                answered = true;
                continue;
            }
            if (h.chain.stopped) {
                problems.push({ url, message: `health endpoint ${path} ${(0,util/* describeStop */.Cw)(h.chain)}; it must answer 2xx${h.chain.stopped.reason === 'off-host' ? ' on the same host' : ''}` });
            }
            else {
                const mtls = (0,util/* clientCertPage */.dP)(last);
                // A 4xx answered to a request the custom headers were withheld from (an untrusted certificate) may be what they were given to pass.
                const withheld = !mtls && obs.headersWithheld && last.status >= 400 && last.status < 500 ? ' (the custom headers given were withheld: the certificate is not trusted)' : '';
                const hint = mtls ? ` (its page says "${mtls}": the server requires a client certificate (mutual TLS), which Preflight does not present; probe a URL that does not require one)` : withheld;
                problems.push({ url, message: `health endpoint ${path} answered HTTP ${last.status}${last.url !== url ? ` at ${last.url}` : ''} instead of 2xx${hint}${waited}` });
            }
        }
        const protectedText = () => `protected \u2014 ${(0,util/* protectedAdvice */.Hp)(obs, guardedChains)}: ${guarded.join('; ')}`;
        if (any) {
            // One path answering 2xx keeps the promise, whatever the others answer. Without one, a path that could
            // not be asked or that is protected may be the one that answers: the probe could not judge.
            if (answered)
                return;
            if (cannot) {
                ctx.error(cannot);
                return;
            }
            if (guarded.length) {
                ctx.error(protectedText());
                return;
            }
            for (const p of problems)
                ctx.report({ url: p.url, message: `${p.message} (none of the ${paths.length} alternatives answered 2xx)` });
            return;
        }
        // Every path must answer: one that fails fails the item, and each path that could not be judged is still reported
        // (a note), so it is not learnt of only once the failing one is fixed.
        if (problems.length) {
            for (const p of problems)
                ctx.report(p);
            for (const u of unjudged)
                ctx.report({ ...(u.url ? { url: u.url } : {}), note: true, message: u.message });
            return;
        }
        // Nothing failed, something could not be judged: the probe could not tell, and says why for each such path.
        const reasons = [...unjudged.filter((u) => !u.wall).map((u) => u.message), ...(guarded.length ? [protectedText()] : [])];
        if (reasons.length)
            ctx.error(reasons.join('; '));
    },
});

;// CONCATENATED MODULE: ./lib/probes/hsts.js



/** OpenSSL verification codes in words, for the note on a header served over a refused certificate. */
const CERT_CODE_WORDS = {
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'its chain ends in an untrusted root',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is not trusted, or the chain is incomplete',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is not trusted, or the chain is incomplete',
    CERT_HAS_EXPIRED: 'expired',
    CERT_NOT_YET_VALID: 'not yet valid',
    INVALID_PURPOSE: 'not issued for TLS servers',
};
const TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const QUOTED = /^"(?:[^"\\]|\\[\s\S])*"$/;
/** Splits a header value at `;` outside quoted strings; undefined when a quoted string is not terminated. */
function directives(value) {
    const out = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (quoted && c === '\\') {
            cur += c + (value[++i] ?? '');
            continue;
        }
        if (c === '"')
            quoted = !quoted;
        if (c === ';' && !quoted) {
            out.push(cur);
            cur = '';
            continue;
        }
        cur += c;
    }
    if (quoted)
        return undefined;
    out.push(cur);
    return out;
}
/**
 * Parses one Strict-Transport-Security value; returns max-age or why it is invalid (RFC 6797 \u00a76.1:
 * `directive-name [ "=" directive-value ]`, a value being a token or a quoted-string; a header that
 * does not follow that grammar is ignored by browsers as a whole).
 */
function parseHsts(value) {
    const seen = new Set();
    let maxAge;
    const list = directives(value);
    if (!list)
        return { invalid: 'a quoted string is not terminated' };
    for (const raw of list) {
        const d = raw.trim();
        if (!d)
            continue;
        const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*(?:=\s*(.*))?$/.exec(d);
        if (!m)
            return { invalid: `unparsable directive '${(0,util/* clip */.$Q)(d, 40)}'` };
        const name = m[1].toLowerCase();
        const v = m[2]?.trim();
        if (v !== undefined && !TOKEN.test(v) && !QUOTED.test(v))
            return { invalid: `the value of '${name}' is neither a token nor a quoted string ('${(0,util/* clip */.$Q)(v, 20)}')` };
        if (seen.has(name))
            return { invalid: `directive '${name}' appears twice` };
        seen.add(name);
        if (name === 'max-age') {
            const n = (v ?? '').replace(/^"(.*)"$/, '$1');
            if (!/^\d+$/.test(n))
                return { invalid: `max-age '${(0,util/* clip */.$Q)(n, 20)}' is not a number of seconds` };
            maxAge = Number(n);
        }
    }
    if (maxAge === undefined)
        return { invalid: 'no max-age directive' };
    return { maxAge, includeSubDomains: seen.has('includesubdomains'), preload: seen.has('preload') };
}
/** The HSTS preload list's minimum max-age (hstspreload.org: one year). */
const PRELOAD_MIN_AGE = 31536000;
/** Exactly one Strict-Transport-Security header with a parsable max-age \u2265 the minimum. */
const hsts = (0,probes_define/* defineProbe */._)({
    id: 'hsts',
    title: 'HSTS is enabled with a long max-age',
    // The header: "Remove the HSTS header before the domain migration" ("HSTS is never disabled" is the promise).
    safeguard: /\bhsts\b|\bstrict[- _]transport[- _]security\b|\bsecure_hsts_seconds\b/,
    severity: 'high',
    description: 'Exactly one Strict-Transport-Security header with max-age \u2265 15552000 (six months).',
    match: [
        {
            // Django's SECURE_HSTS_SECONDS set to a positive number is HSTS enabled (the number becomes min-max-age);
            // `SECURE_HSTS_INCLUDE_SUBDOMAINS = True` and `SECURE_HSTS_PRELOAD = True` are its options (`include-subdomains`, `preload`).
            // Named alone ("`SECURE_HSTS_SECONDS` is set", "SECURE_HSTS_SECONDS set to one year") as SECURE_SSL_REDIRECT is for
            // https-redirect; set to 0 (HSTS off) or removed it promises no header.
            // Rails' `config.force_ssl = true` sends HSTS (with the redirect and secure cookies) unless told otherwise.
            // Flask-Talisman's `strict_transport_security=True` too; set to False it promises no header.
            pattern: /\bhsts\b|\bstrict[- ]transport[- ]security\b|\bstrict_transport_security\b(?! ?(?:(?:=|:|is|set|to) ?){0,3}["']?(?:false|0|no|off|none)\b)|\bsecure_hsts_seconds\b(?! ?(?:(?:=|:|is|set|to|of) ?){0,3}0\b)(?![^;]*\b(?:removed|unset|deleted|dropped|commented out)\b)|\bsecure_hsts_(?:include_subdomains|preload)\b(?! ?(?:(?:=|:|is|set|to) ?){0,3}["']?(?:false|0|no|off|none)\b)(?![^;]*\b(?:removed|unset|deleted|dropped|commented out|disabled)\b)|\b(?:config\.|rails_)?force_ssl\b(?! ?(?:(?:=|:|is|set|to) ?){0,3}["']?(?:false|0|no|off)\b)(?![^;]*\b(?:removed|unset|deleted|dropped|commented out|disabled)\b)/,
            // includeSubDomains and preload become the probe's options (`include-subdomains`, `preload`; preloading put off,
            // "preload later", is no option); the submission itself ("submit to hstspreload.org", "HSTS preload list
            // submission") is procedural.
            // An item that says HSTS is not (yet) on, or must not be, promises no header at all.
            // (The ingress-nginx annotation quotes its value: `hsts-max-age: "0"` switches HSTS off as `max-age=0` does.)
            unless: /\bmax-age ?(?:=|:|of|to|at|set to)? ?["']?0\b(?![.,]\d)|\bsubmi(?:t|ssion)/,
            // Read in the HSTS clause only: "HSTS enabled, TLS 1.0/1.1 disabled" and "HSTS set at nginx, not in
            // the app" promise HSTS; "max-age not lower than 6 months" is a minimum, not a negation.
            // A deferral there too ("Security headers set; HSTS later", "HSTS after the CDN change", "except HSTS"); a
            // double negative is a promise ("HSTS is never disabled", "sent once (no duplicates)", "Never remove the HSTS header",
            // "Don't disable HSTS").
            clauseUnless: /\b(?:not|never|no|don't|without)\b(?! (?:lower|less|shorter|below|under|duplicates?|disabled|optional|removed|(?:remov|disabl|delet)(?:e|es|ing)|drop(?:s|ping)?|strip(?:s|ping)?)\b)|(?<!\b(?:never|not|isn't|n't|no) (?:be )?)\bdisabl\w*|\bturn(?:ed)? off\b|\b(?:later|pending|after|until|once (?:the|we|it|our|this)|except|excluding|off|tbd|eventually)\b/,
            note: 'a promise about HSTS: the probe reads Strict-Transport-Security',
        },
    ],
    docs: {
        why: 'Without HSTS a network attacker can strip HTTPS from the first request of every visit.',
        fix: 'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` once, on every HTTPS response.',
        details: [
            'The final HTTPS response of the target (same-host redirects followed) must carry exactly one',
            '`Strict-Transport-Security` header (a chain cut at the redirect limit, 5 hops and not a loop, did not reach that',
            'response: an `error`, not a missing header; a redirect loop, whose responses only repeat, is judged on the header its',
            'redirects send, and when they send none it is an `error` too, the page not reached). Per RFC 6797 a value with an unparsable or missing `max-age`, a',
            'directive given twice, or a directive value that is neither a token nor a quoted string (an unterminated',
            '`"`\u2026), is ignored by browsers, so it fails here (MDN Observatory accepts `max-age=abc`).',
            'Two headers (or one joined with a comma by a proxy) fail. `max-age=0` deletes the policy and fails. Option',
            '`min-max-age` (seconds, default 15552000). Option `include-subdomains: true` also requires the `includeSubDomains`',
            'directive; `preload: true` requires what the HSTS preload list (hstspreload.org) does: `includeSubDomains`, `preload` and',
            'max-age \u2265 31536000 (one year). An `http://` target fails: HSTS is only honoured over HTTPS (when it redirects to `https://`, the message and',
            'the fix give that URL as the target to judge). A 502, 503 or',
            '504 answer without the header (a gateway whose application did not answer) is an `error`, not a missing header.',
            'So is a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`) without the header: allow-list the runner or pass a bypass header.',
            'So is a client-certificate wall without the header (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": mutual TLS, which Preflight does not present; nginx adds headers to its own error pages only with `always`); a header it does send is judged.',
            'A passing header served over a certificate browsers refuse (untrusted, expired, for another host; the certificate of the origin that',
            'answered, another port the redirects led to included) gets an `info` note: browsers ignore HSTS from such',
            'a connection (RFC 6797 \u00a78.1; MDN Observatory fails it), and the `certificate` item fails that certificate.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({
        'min-max-age': schemas/* number */.aig().int().nonnegative().default(15552000),
        'include-subdomains': schemas/* boolean */.zMY().default(false),
        preload: schemas/* boolean */.zMY().default(false),
    }),
    // The handshake says whether browsers would take the header at all (a certificate error voids it).
    needs: () => ({ main: true, tls: true }),
    evaluate(obs, ctx) {
        if ((0,util/* isPlainHttp */.yN)(obs)) {
            ctx.report((0,util/* plainHttpFinding */.cR)(obs, 'HSTS is only honoured over HTTPS', 'its Strict-Transport-Security header', 'serve the site over https:// with Strict-Transport-Security'));
            return;
        }
        const chain = obs.main;
        if (!chain) {
            ctx.error('the target was not fetched');
            return;
        }
        const res = [...chain.hops].reverse().find((h) => h.url.startsWith('https:'));
        if (!res) {
            ctx.error(chain.error ?? `no HTTPS response from ${obs.url}`);
            return;
        }
        // A chain cut at the hop limit (not a loop, whose responses only repeat) had more to go: browsers follow more
        // redirects than the collector does, so its last response is an intermediate redirect, not the final page.
        if (chain.stopped?.reason === 'limit' && !(0,util/* isRedirectLoop */.dp)(chain)) {
            ctx.error(`${chain.start} ${(0,util/* describeStop */.Cw)(chain)}, so the final page, whose Strict-Transport-Security is judged, was not reached; fix the redirects so the page answers in fewer hops`);
            return;
        }
        const url = res.url;
        const min = ctx.options['min-max-age'];
        const values = (0,util/* headerValues */.UE)(res, 'strict-transport-security');
        if (values.length === 0) {
            // A gateway's error page (the application is down behind it) often lacks headers the application's pages carry.
            const down = (0,util/* gatewayDown */.X$)(res);
            if (down) {
                ctx.error(`${down}, without Strict-Transport-Security; probe again when it is up`);
                return;
            }
            const challenge = (0,util/* botChallenge */.fq)(res);
            if (challenge) {
                ctx.error(`${challenge}, without Strict-Transport-Security; ${util/* CHALLENGE_ADVICE */.$q}`);
                return;
            }
            // nginx's page for a missing client certificate (mutual TLS) is its own error page, served before the application,
            // without the headers added without `always`: the application's pages were not reached.
            const certWall = (0,util/* clientCertWall */.Ww)(res);
            if (certWall) {
                ctx.error(`protected: ${certWall}, without Strict-Transport-Security; the application's pages were not reached: ${util/* CLIENT_CERT_ADVICE */.M6}`);
                return;
            }
            // A redirect loop (Django's SECURE_SSL_REDIRECT behind a proxy that does not pass X-Forwarded-Proto) never reaches
            // the page, which may well send the header: redirects without it are not the page judged (one the loop's redirects
            // do send is judged above and below, as browsers take it from them).
            if ((0,util/* isRedirectLoop */.dp)(chain)) {
                ctx.error(`${chain.start} ${(0,util/* describeStop */.Cw)(chain)}, so the page, whose Strict-Transport-Security is judged, was not reached (its redirects send none); fix the redirects so the page answers`);
                return;
            }
            // The whole policy the item asks for: following the advice passes.
            const { preload } = ctx.options;
            const directives = [...(ctx.options['include-subdomains'] || preload ? ['includeSubDomains'] : []), ...(preload ? ['preload'] : [])];
            ctx.report({ url, message: `${url} sends no Strict-Transport-Security header${(0,util/* errorPageHint */.J3)(res)}; add max-age=${Math.max(min, 31536000)}${directives.map((d) => `; ${d}`).join('')}` });
            return;
        }
        // Two headers arrive as two values, or joined with a comma by a proxy (each part then a whole policy with its
        // own max-age); a comma inside one policy is a typo for `;` (`max-age=31536000, includeSubDomains`).
        const joined = values.length === 1 && values[0].includes(',') && values[0].split(',').filter((p) => /^\s*max-age\s*=/i.test(p)).length >= 2;
        if (values.length > 1 || joined) {
            // One header holding several policies is not "sent more than once": said as it came.
            const how = joined ? ` with several values in one header ('${(0,util/* clip */.$Q)(values[0], 80)}', as a proxy joins two)` : ' more than once';
            ctx.report({ url, message: `${url} sends Strict-Transport-Security${how}; browsers may ignore it: send exactly one` });
            return;
        }
        if (values[0].includes(',')) {
            ctx.report({ url, message: `${url} sends Strict-Transport-Security '${(0,util/* clip */.$Q)(values[0], 80)}' with a comma: its directives are separated by ';' (max-age=31536000; includeSubDomains), so browsers ignore it` });
            return;
        }
        const parsed = parseHsts(values[0]);
        if ('invalid' in parsed) {
            ctx.report({ url, message: `${url} sends an invalid Strict-Transport-Security header (${parsed.invalid}); browsers ignore it` });
        }
        else if (parsed.maxAge === 0) {
            ctx.report({ url, message: `${url} sends Strict-Transport-Security max-age=0, which turns HSTS off; use max-age \u2265 ${min}` });
        }
        else {
            // What the item promises beyond max-age: subdomains covered, and a policy the preload list accepts. Every unmet
            // requirement is named at once, so that following the advice passes.
            const { preload } = ctx.options;
            const need = preload ? Math.max(min, PRELOAD_MIN_AGE) : min;
            const missing = [
                ...((ctx.options['include-subdomains'] || preload) && !parsed.includeSubDomains ? ['includeSubDomains'] : []),
                ...(preload && !parsed.preload ? ['preload'] : []),
            ];
            const short = parsed.maxAge < need;
            // The preload list, not `min-max-age`, sets the bar.
            const preloadAge = preload && PRELOAD_MIN_AGE > min;
            if (!missing.length && !short) {
                // RFC 6797 \u00a78.1: a browser takes the header only from a connection without certificate errors (MDN Observatory fails
                // it). The certificate item fails that certificate already: a note, so that the pass is not read as HSTS in effect.
                // The handshake of the origin that answered: the target's, or another port its redirects led to.
                const t = (0,util/* tlsAt */.jo)(obs, url);
                if (t && !t.error && t.authorized === false) {
                    const code = t.authorizationError && t.authorizationError !== 'ERR_TLS_CERT_ALTNAME_INVALID' ? t.authorizationError : null;
                    // OpenSSL's code in words where it is a common one; a weak key or signature is reported as UNSPECIFIED.
                    const said = code === null ? null : util/* CERT_WEAK_ERRORS */.I6.has(code) ? 'a weak key or signature' : CERT_CODE_WORDS[code] ?? code;
                    const why = [...(said ? [said] : []), ...(t.hostnameError ? ['not valid for this host name'] : [])].join('; ') || 'not valid';
                    ctx.report({ url, note: true, message: `${url} sends a valid Strict-Transport-Security header, but over a certificate browsers refuse (${why}): they ignore HSTS from such a connection (RFC 6797 \u00a78.1), so it takes effect only once the certificate is valid (see the certificate item)` });
                }
                return;
            }
            if (!missing.length && !preloadAge)
                ctx.report({ url, message: `${url} sends Strict-Transport-Security max-age=${parsed.maxAge}, below ${need} s; raise it` });
            else if (!missing.length)
                ctx.report({ url, message: `${url} sends Strict-Transport-Security max-age=${parsed.maxAge}, below the ${PRELOAD_MIN_AGE} s (one year) the HSTS preload list requires; raise it` });
            else {
                const age = short ? `, and its max-age=${parsed.maxAge} is below ${need} s${preloadAge ? ' (one year, which the preload list requires too)' : ''}` : '';
                ctx.report({ url, message: `${url} sends Strict-Transport-Security '${(0,util/* clip */.$Q)(values[0], 80)}' without ${missing.join(' and ')}${preload ? ', which the HSTS preload list requires' : ''}${age}; add ${missing.join('; ')}${short ? ` and raise max-age to ${need}` : ''}` });
            }
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/https-redirect.js




// The 400 pages of nginx ("The plain HTTP request was sent to HTTPS port"), Apache ("You're speaking plain HTTP to an
// SSL-enabled server port") and Caddy ("Client sent an HTTP request to an HTTPS server").
const TLS_PORT_PAGE = /plain HTTP request was sent to HTTPS port|speaking plain HTTP to an SSL-enabled server port|sent an HTTP request to an HTTPS server/i;
/** A failure of the target's own request after the server answered (the collector's wording): the host is up. */
const TARGET_ANSWERED = /\banswered something that is not valid HTTP\b|\bsent response headers larger than\b|\bsent more than \d+ response header fields\b|\bin the middle of the body\b|\banswered with an interim 100 Continue\b|\bresponse did not complete within\b/;
/**
 * The target's own TLS handshake failing on what the server sent (an alert, such as the `protocol version` one of a server
 * that speaks only TLS 1.0/1.1, bytes that are no TLS record, a version the client will not take): the server answered.
 * A handshake through the proxy (`TLS handshake with the proxy \u2026`) says nothing of the target.
 */
const TLS_ANSWERED = /^TLS handshake with (?!the proxy\b)\S+ failed \((?!no (?:protocols|ciphers) available\b)/i;
/**
 * Whether the target answered, by what the run saw of it: its page (something came back, even unreadable), or its TLS
 * handshakes (the normal one, or the TLS 1.0/1.1 one other probes of the run made, completed; or a handshake failing on
 * what the server sent).
 */
function targetAnswered(obs) {
    const { main, tls, legacyTls } = obs;
    if (main === undefined || main.hops?.length || main.error === undefined)
        return true;
    if (TARGET_ANSWERED.test(main.error) || TLS_ANSWERED.test(main.error))
        return true;
    return (tls !== undefined && (!tls.error || TLS_ANSWERED.test(tls.error))) || legacyTls?.accepted === true;
}
/** `host:port` of a URL, the scheme's default port written out (`app.example:443` for `https://app.example/`). */
const hostPort = (u) => `${u.hostname.replace(/\.$/, '')}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`;
/**
 * What says `url`'s `host:port` is a TLS listener: the https:// target's own (`the target's host and port`), or an https://
 * origin the target's redirects reached where a handshake completed; undefined when none does.
 */
function knownTlsListener(obs, url) {
    if (!URL.canParse(url) || !URL.canParse(obs.url))
        return undefined;
    const at = hostPort(new URL(url));
    const target = new URL(obs.url);
    if (target.protocol === 'https:' && hostPort(target) === at)
        return `the https:// target's own host and port`;
    const reached = obs.redirectTls?.find((r) => URL.canParse(r.url) && hostPort(new URL(r.url)) === at && ((r.tls && !r.tls.error) || r.legacyTls?.accepted));
    return reached ? `the host and port of ${new URL(reached.url).origin}, where the target redirects` : undefined;
}
/** The plain-HTTP origin's first hop redirects to https:// on the same host. */
const httpsRedirect = (0,probes_define/* defineProbe */._)({
    id: 'https-redirect',
    title: 'Plain HTTP redirects to HTTPS',
    // The redirect: "We don't redirect HTTP to HTTPS on the status page", "No HTTPS redirect on the ACME challenge path".
    safeguard: /\bredirect(?:s|ed|ing|ion)?\b|\bsecure_ssl_redirect\b|\b(?:config\.|rails_)?force_ssl\b|\bforce_https\b|\bhttps[- ]only\b/,
    severity: 'high',
    description: 'The first hop from plain HTTP is a redirect to https:// on the same host.',
    match: [
        {
            // Django's `SECURE_SSL_REDIRECT = True` (a `check --deploy` topic), Rails' `config.force_ssl = true` (or
            // `RAILS_FORCE_SSL`), Flask-Talisman's `force_https=True`: the redirect the probe checks. Set to False or
            // removed, the switch promises no redirect.
            pattern: /\b(?:secure_ssl_redirect|(?:config\.|rails_)?force_ssl|force_https)\b(?! ?(?:(?:=|:|is|set|to) ?){0,3}["']?(?:false|0|no|off)\b)(?![^;]*\b(?:removed|unset|deleted|dropped|commented out|disabled)\b)/,
            note: 'Django SECURE_SSL_REDIRECT, Rails force_ssl, Flask-Talisman force_https: the probe checks that plain HTTP redirects to HTTPS',
        },
        {
            // The ingress-nginx annotations set true: "Ingress annotation `nginx.ingress.kubernetes.io/ssl-redirect: \"true\"`",
            // "`force-ssl-redirect: true` on the Ingress", the value quoted or not. Set false or refused, no redirect.
            pattern: /\b(?:force-)?ssl-redirect ?[:=] ?["']?(?:true|yes)\b/,
            clauseUnless: /\b(?:not|no|never|without|removed|unset|deleted|dropped|commented out|disabled)\b|n't\b/,
            // Set false after all in another clause ("`ssl-redirect: \"true\"` breaks the ACME challenge, so it is set to false").
            unless: /\b(?:set|changed|switched|turned|flipped|reverted|kept|left) (?:it |back )?(?:to |at )?["']?false\b|\bbr(?:eaks?|eaking|oke|oken)\b/,
            note: 'the ingress-nginx ssl-redirect annotation set: the probe checks that plain HTTP redirects to HTTPS',
        },
        {
            // OWASP ASVS 4.0.3 V9.1.1: "Verify that TLS is used for all client connectivity, and does not fall back to insecure or
            // unencrypted communications": a client that comes over plain HTTP is sent to HTTPS, which the probe checks.
            pattern: /\b(?:tls|https) is used for all (?:client )?(?:connectivity|connections|communications?)\b[^;]*?(?:\b(?:not|never)|n't) falls? ?back to (?:insecure|unencrypted|plain)/,
            note: 'OWASP ASVS V9.1.1 (TLS for all client connectivity, no fallback): the probe checks that plain HTTP redirects to HTTPS',
        },
        {
            // The redirect must be from HTTP to HTTPS ("to", "\u2192", "->" alike): "Redirect (all) HTTP (traffic) to
            // HTTPS", "Redirect all traffic to HTTPS", "HTTP is redirected to HTTPS", "HTTP \u2192 HTTPS redirect",
            // "Redirect (HTTP \u2192 HTTPS)", "Redirect from HTTP to HTTPS", "Visiting `http` should redirect to `https`";
            // not "Redirect old URLs to the HTTPS domain".
            // Or plain HTTP answered with a redirect status: "Plain HTTP requests get a 301 to HTTPS", "Requests over plain HTTP receive a
            // 301 redirect to the same URL over HTTPS", "HTTP is redirected to the HTTPS version".
            pattern: /\bhttp(?: traffic| requests?)? (?:gets?|receives?|returns?|answers?(?: with)?|responds? with) (?:an? )?(?:30[1278]|(?:permanent )?redirect)(?: redirect)? to (?:https\b|(?:the |its )?(?:same (?:url|uri|path|page|location|address|host) (?:over|on|via|with|using) https\b|https (?:version|url|uri|site|equivalent|counterpart|location|address|host)\b))|\bredirect(?:s|ed|ing)? (?:all )?(?:plain )?(?:http|web|traffic|requests|http traffic|http requests|web traffic)(?: to | ?(?:\u2192|->|=>) ?)https\b|\b(?:plain )?http(?: traffic| requests?)?,? (?:(?:is|are|always|must be|should be|should|must|will) )?(?:redirects?|redirected|redirecting)(?: to | ?(?:\u2192|->|=>) ?)https\b|\b(?:plain )?http(?: traffic| requests?)?,? (?:(?:is|are|always|must be|should be|should|must|will) )?(?:redirects?|redirected|redirecting) to (?:the |its )?(?:same (?:url|uri|path|page|location|address|host) (?:over|on|via|with|using) https\b|https (?:version|url|uri|site|equivalent|counterpart|location|address|host)\b)|\bhttp(?: to | ?(?:\u2192|->|=>) ?)https\b[^;]*\bredirect|\bredirect[^;]*\bhttp ?(?:\u2192|->|=>) ?https\b|\bredirect(?:s|ion)? from http to https\b|\bhttps[- ]redirect(?:s|ion)?\b(?! (?:urls?|uris?|loops?))/,
            // \u2026and another site's redirect ("HTTPS redirect for the old marketing domain").
            unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b|\b(?:old|legacy|marketing|docs|blog|other|vanity|parked) (?:[\w-]+ )?(?:domains?|sites?|hosts?|websites?)\b/,
            note: 'a promise that plain HTTP redirects to HTTPS: the probe follows the first hop',
        },
        {
            // Other words for the same redirect: "http:// goes to https:// automatically" (a URL reads as its scheme), "Port 80
            // redirects to 443", "HTTP 301 to HTTPS", "Port 80 only serves the ACME challenge and redirects everything else to
            // HTTPS", "Redirect all other requests to HTTPS".
            pattern: /\bhttp(?: traffic| requests?)? (?:goes|is sent|gets sent|is forwarded|is bounced|bounces) (?:straight )?to https\b|\bport 80\b(?: traffic| requests)?,? (?:(?:is|are|always|only|must be|should|must|will) )?(?:redirects?|redirected|redirecting|forwards?|forwarded)(?: to | ?(?:\u2192|->|=>) ?)(?:port )?(?:443|https)\b|\bhttp (?:30[1278]|redirects?)(?: redirects?)?(?: to | ?(?:\u2192|->|=>) ?)https\b|\bredirect(?:s|ed|ing)? (?:everything|all (?:other |remaining )?(?:traffic|requests)|the rest)(?: else)?(?: to | ?(?:\u2192|->|=>) ?)https\b/,
            unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b|\b(?:old|legacy|marketing|docs|blog|other|vanity|parked) (?:[\w-]+ )?(?:domains?|sites?|hosts?|websites?)\b/,
            note: 'a promise that plain HTTP redirects to HTTPS: the probe follows the first hop',
        },
        {
            // The shorthand: "HTTP\u2192HTTPS", "HTTP \u2192 HTTPS on every public hostname", "Plain HTTP disabled (redirect only)".
            pattern: phrases/* HTTP_TO_HTTPS_SHORTHAND */.Bi,
            // Nor one limited to less than the site: "Plain HTTP disabled in dev only", "HTTP disabled for the health check port",
            // "HTTP requests blocked by the WAF for /admin" (see HTTP_SCOPE_NARROWER).
            unless: new RegExp(`${/\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services|api clients?|outbound|webhooks?|callbacks?)\b|\b(?:old|legacy|marketing|docs|blog|other|vanity|parked) (?:[\w-]+ )?(?:domains?|sites?|hosts?|websites?)\b/.source}|${phrases/* HTTP_SCOPE_NARROWER */.bQ.source}`),
            note: 'a promise that plain HTTP goes to HTTPS, written as a shorthand: the probe follows the first hop',
        },
        {
            // HTTPS itself forced: "Force HTTPS (redirect)", "HTTPS enforced"; not "Enforce MFA \u2026 (https)". Or the
            // item is nothing but the redirect: "Redirect to HTTPS", "HTTPS redirect configured".
            // "Enforce SSL in Production" (Rails guides say SSL for HTTPS) too; not SSL pinning or certificate verification.
            pattern: /\b(?:force[ds]?|forcing|enforce[ds]?|enforcing|enforcement of) (?:the use of )?(?:https\b|ssl\b(?![- \/](?:\/?tls )?(?:pinning|certs?|certificates?|verif\w*|validation|checks?|mode)\b))|\bhttps (?:is |must be |should be )?(?:enforced|forced)\b|\bhttps enforcement\b|^(?:(?:set up|enable|configure|add) )?(?:(?:an |the )?https redirect(?:ion)?(?: (?:is )?(?:enabled|configured|in place|set up|working))?|redirects? to https)(?=$| ?[(.,;:!])/,
            // What HSTS does ("`Strict-Transport-Security` (HSTS) \u2014 enforces HTTPS") is the hsts item's explanation, not a redirect.
            unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b|\b(?:hsts|strict-transport-security)\b(?: header)?(?: \(hsts\))?(?: header)? ?(?:[\u2014\u2013:-] ?|, ?)?(?:which |that |to |it |so browsers )?(?:enforces?|forces?) https\b/,
            note: 'a promise that HTTPS is forced: the probe requires plain HTTP to redirect (or not to answer)',
        },
        {
            // The site over HTTPS only (the item says nothing else: "HTTPS only (no plain HTTP)", "Site served over
            // HTTPS only"), or all traffic over HTTPS ("Use HTTPS everywhere."); not logs, webhooks or URLs "over HTTPS only".
            pattern: /^(?:(?:the )?(?:site|website|web ?app|app|application|api|frontend) (?:is |must be |should be )?(?:served |reachable |available )?(?:over |via |on )?|serve (?:the (?:site|app) )?(?:over )?)?https[- ]only(?=$| ?[(.,;:!]| in production\b)|^(?:use |enforce |serve (?:the (?:site|app) )?(?:over )?)?https everywhere(?=$| ?[(.,;:!])|\b(?:all|public) (?:web |http |external |incoming )?traffic (?:is |goes |must go )?(?:served )?(?:over|via|through) https\b/,
            unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b/,
            note: 'a promise that the site answers over HTTPS only: the probe fails a plain-HTTP page',
        },
        {
            // The same in other words: "API only accepts HTTPS", "The site accepts HTTPS connections only", "The server accepts
            // connections only over HTTPS" (the clause ends there: "The API only accepts HTTPS URLs for callbacks" is about input),
            // or HTTPS accepted and plain HTTP refused: "Backend accepts HTTPS, refuses plain HTTP", "API accepts HTTPS; plain HTTP
            // is rejected". HTTPS accepted alone says only that HTTPS works ("API accepts HTTPS", "The API accepts HTTPS; plain
            // HTTP stays open for legacy clients"). And plain HTTP redirected with a status in an item that names HTTPS: "API only
            // accepts HTTPS; `http://` requests are redirected with 301", "HTTP requests are redirected with a 301 to the HTTPS site".
            pattern: /^(?:the |our )?(?:site|website|web ?app|app|application|api|server|frontend|backend|service)s? (?:only accepts? (?:only )?https(?: (?:connections?|requests?|traffic))?(?: only)?|accepts? (?:only https(?: (?:connections?|requests?|traffic))?|https(?: (?:connections?|requests?|traffic))? only|(?:connections?|requests?|traffic) (?:only (?:over|via) https|(?:over|via) https only))|accepts? https(?: (?:connections?|requests?|traffic))?(?: ?[,;\u2014\u2013-] (?:and )?| and | \()(?:(?:rejects?|refuses?|blocks?|denies|drops?) (?:all )?(?:plain(?:[- ]text)? |unencrypted |clear-?text |insecure )?http(?: traffic| requests?| connections?)?|(?:all )?(?:plain(?:[- ]text)? |unencrypted |clear-?text |insecure )?http(?: traffic| requests?| connections?)? (?:(?:is|are|gets?) )?(?:rejected|refused|blocked|denied|dropped|disabled|closed|not accepted)))(?=$| ?[().,;:!\u2014\u2013-])|\bhttp(?: traffic| requests?)? (?:(?:is|are|gets?) )?redirected (?:with|via|using|by) (?:an? )?(?:30[1278]|permanent redirect)\b(?=[^]*\bhttps\b)|(?<=\bhttps\b[^]*)\bhttp(?: traffic| requests?)? (?:(?:is|are|gets?) )?redirected (?:with|via|using|by) (?:an? )?(?:30[1278]|permanent redirect)\b/,
            unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b|\b(?:old|legacy|marketing|docs|blog|other|vanity|parked) (?:[\w-]+ )?(?:domains?|sites?|hosts?|websites?)\b/,
            note: 'a promise that plain HTTP is refused or redirected to HTTPS: the probe follows the first hop',
        },
    ],
    docs: {
        why: 'Users and links that arrive over plain HTTP must be moved to HTTPS before any cookie or page is sent in the clear.',
        fix: 'Answer every plain-HTTP request with a 301/308 to https://<same host><same path>.',
        details: [
            'Only the first hop from the plain-HTTP origin (`--http-url`; default: an `http://` target itself, else the',
            'target host on port 80) is judged,',
            'and it is never followed; it is judged on its status and `Location`, as browsers follow it once its headers are in (a body cut off or still arriving changes nothing, and a redirect\'s body is not read). A redirect to https:// on the same hostname passes (the site\'s name a `Host` header given for the target names is the target\'s hostname too); a redirect to another host first',
            '(then maybe to https) is `low`: the first request still leaves over plain HTTP to a third party. A 200, a',
            'redirect that stays on http://, or one to a location that is no web address (`file:`, `javascript:`, `data:`, `ftp:`, `ws:`: any scheme but http and https), fails. No plain-HTTP listener at all (connection refused) passes with an `info`',
            'note, and so does a listener that closes the connection without any answer, also when asked again on a new connection (nginx `return 444`; a port that speaks only TLS does the same): nothing is served over plain HTTP',
            '(unless the target does not answer either: the host is down, an `error`; a target that answers something that is not valid HTTP, or ends a TLS handshake with an alert of its own, as a server that speaks only TLS 1.0/1.1 does, did answer); a timeout is an `error` (it cannot be told apart from a slow server), and so is a 502, 503 or 504 (a',
            'gateway or proxy answering for an origin it could not reach), a plain-HTTP URL on another port than 80 that answers it speaks TLS (nginx\'s "plain HTTP request was sent to HTTPS port": the URL names the HTTPS listener), a plain-HTTP URL on the https:// target\'s own host and port (or on an https:// origin its redirects reached, where a handshake completed) that drops the connection (a Node, Go or Envoy TLS listener: it is the HTTPS listener, not a `return 444`), or a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`). A same-host redirect from',
            '`https://` back to plain `http://` fails too (`high`, naming the hop, also when that http:// hop does not answer): it sends its users back to plain HTTP;',
            'on an `https://` target\'s own redirects, or later in an `http://` target\'s chain (http:// \u2192 https:// \u2192 http://: the first hop passes, the chain does not end on HTTPS),',
            'and so do the redirects of the health paths the run fetched (for `health-endpoint` or `wait`), each hop named once.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ plainHttp: true, main: true }),
    evaluate(obs, ctx) {
        // A redirect chain that reached HTTPS and then (same host) goes back to http:// sends its users, and their cookies, to
        // plain HTTP: on the target's page, or on a health path the run fetched (a framework's trailing-slash redirect behind a
        // proxy it does not trust). The same for an http:// target, whose chain first goes to https:// (the first hop judged
        // below) and may then come back: the scheme the user typed changes nothing of where the site sends its users.
        let downgraded = false;
        const chains = [obs.main, ...Object.values(obs.health ?? {}).map((h) => h.chain)];
        const steps = [];
        const seen = new Set();
        for (const chain of chains) {
            if (!chain?.hops.length)
                continue;
            const { hops } = chain;
            // The hops fetched, and the one the chain could not fetch (an http:// origin with no listener still gets the redirect).
            const failedHop = (0,util/* failedHopOf */.Mk)(chain);
            for (const step of [
                ...hops.slice(1).map((hop, i) => [hops[i].url, hop.url]),
                ...(failedHop ? [[hops.at(-1).url, failedHop, chain.error]] : []),
            ]) {
                // The same hop seen by the page's chain and a health path's (the target's path polled) is told once.
                const key = `${step[0]}\0${step[1]}`;
                if (!seen.has(key)) {
                    seen.add(key);
                    steps.push(step);
                }
            }
        }
        for (const [from, to, failed] of steps) {
            if (!to.startsWith('http:') || !(0,util/* isTargetHost */.Qg)(obs, new URL(to).hostname) || !from.startsWith('https:'))
                continue;
            downgraded = true;
            ctx.report({ url: from, message: `${from} redirects to ${to}, leaving HTTPS for plain HTTP${failed ? ` (which did not answer: ${failed})` : ''}; redirect to https:// only (behind a TLS-terminating proxy, make the application trust X-Forwarded-Proto)` });
        }
        // Could not judge the plain-HTTP origin: an error, unless the downgrade already fails the item.
        const fail = (reason) => { if (!downgraded)
            ctx.error(reason); };
        const p = obs.plainHttp;
        if (!p) {
            fail('the plain-HTTP origin was not fetched');
            return;
        }
        const url = p.url;
        // An http:// target's own page (not another origin's first hop).
        const targetItself = (0,util/* isPlainHttp */.yN)(obs) && URL.canParse(url) && new URL(obs.url).origin === new URL(url).origin;
        // A first hop whose answer broke off mid-body (or was still arriving at the timeout) is judged on its status and headers
        // (what arrived): whether it redirects, and where, is known before its body, as browsers know it. The same for an
        // http:// target's own page as for the plain-HTTP origin of an https:// target (`--http-url`): which flag named the
        // URL changes nothing of what it answered.
        const res = p.response ?? p.partial;
        if (!res) {
            // Refused by the proxy (HTTP_PROXY) says nothing about the listener: the probe could not run.
            // An http:// target refusing connections is the target down, not a site without plain HTTP.
            // The target itself not answering either (the host is down): a refused port 80 says nothing then. A target that
            // answered something unreadable (not valid HTTP, headers too large, a body cut off) is up: it did answer. So is one
            // whose TLS handshake failed on what it sent (a server that speaks only TLS 1.0/1.1 alerts `protocol version`), or
            // that completed a handshake other probes of the run made (the legacy one of tls-version and certificate).
            const targetDown = !targetAnswered(obs);
            // A listener that takes the request and closes (or resets) the connection without any answer, on a new connection
            // too (nginx `return 444`, a port that speaks only TLS): nothing is served over plain HTTP, as with no listener.
            const refused = p.error?.startsWith('connection refused') === true;
            const dropped = p.dropped === true && !refused;
            if (targetDown && (refused || dropped) && !targetItself) {
                fail(`${p.error}, and the target did not answer either (${obs.main.error}): whether plain HTTP redirects to https:// could not be judged`);
                return;
            }
            // The URL names a listener known to speak TLS (the https:// target's own host and port, or an https:// origin its
            // redirects reached): a TLS server (Node, Go, Envoy) drops plain bytes as nginx's `return 444` does, so the
            // plain-HTTP listener was never reached. An error, as nginx's 400 on its TLS port is.
            const tlsListener = dropped && !p.proxyFailed && !targetItself ? knownTlsListener(obs, url) : undefined;
            if (tlsListener) {
                fail(`${url} is the HTTPS listener (${tlsListener}: it drops plain HTTP), so whether plain HTTP redirects to https:// could not be judged: name the plain-HTTP one with --http-url (probes.http-url)`);
                return;
            }
            if ((refused || dropped) && !p.proxyFailed && !targetItself) {
                // A URL naming another port than 80 may name the HTTPS listener by mistake (a TLS server drops plain bytes).
                const tlsHint = URL.canParse(url) && new URL(url).port !== '' ? ` (if that port is the HTTPS listener, which drops plain HTTP too, name the plain-HTTP one with --http-url or probes.http-url)` : '';
                ctx.report({
                    url, note: true,
                    message: refused ? `no plain-HTTP listener at ${url} (${p.error}): nothing to redirect`
                        : `${url} closes connections without answering (as nginx \`return 444\` does; asked twice, the second time on a new connection): nothing is served over plain HTTP, so there is nothing to redirect${tlsHint}`,
                });
            }
            else
                fail(p.error ?? `no response from ${url}`);
            return;
        }
        // A gateway's (or an HTTP proxy's) error page: the plain-HTTP origin itself did not answer.
        const down = (0,util/* gatewayDown */.X$)(res);
        if (down) {
            fail(`${down}; whether plain HTTP redirects to https:// could not be judged`);
            return;
        }
        const challenge = (0,util/* botChallenge */.fq)(res);
        if (challenge) {
            fail(`${challenge}; whether plain HTTP redirects to https:// could not be judged: ${util/* CHALLENGE_ADVICE */.$q}`);
            return;
        }
        const location = res.headers.location?.[0];
        if (!util/* REDIRECTS */.eT.has(res.status) || !location) {
            // nginx, Apache and Caddy answer plain HTTP on a TLS port with a 400 that says so: the URL names the HTTPS listener.
            const tlsPort = res.status === 400 && TLS_PORT_PAGE.test(res.body);
            // A URL naming another port than 80 (`--http-url http://host:8443/`, an http:// target on the TLS port) names the
            // HTTPS listener by mistake: the plain-HTTP listener was not reached, so nothing was judged. Port 80 itself
            // speaking TLS is what users typing the bare name get: a failure.
            if (tlsPort && URL.canParse(url) && new URL(url).port !== '') {
                fail(`${url} speaks TLS (its page says so: plain HTTP was sent to an HTTPS port), so whether plain HTTP redirects to https:// could not be judged: name the plain-HTTP listener with ${obs.url.toLowerCase().startsWith('http:') ? 'an https:// target URL (the http:// one names the TLS port)' : '--http-url (probes.http-url)'}`);
                return;
            }
            ctx.report({ url, message: `${url} answered HTTP ${res.status} over plain HTTP instead of redirecting to https://${tlsPort ? ` (its page says this port speaks TLS: name the plain-HTTP listener with ${obs.url.toLowerCase().startsWith('http:') ? 'the target URL' : '--http-url (probes.http-url)'})` : ''}` });
            return;
        }
        let next;
        try {
            next = new URL(location, url);
        }
        catch {
            ctx.report({ url, message: `${url} redirects to an unparsable location; redirect to https:// on the same host` });
            return;
        }
        const host = new URL(url).hostname;
        // A location that is no web address (`file:`, `javascript:`, `data:`, `ftp:`) names no host to redirect to: it is not a
        // detour through another host but no redirect to HTTPS at all, as an unparsable one is (its scheme only is named).
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            ctx.report({ url, message: `${url} redirects to a location with the ${next.protocol} scheme, which is not a web address; redirect to https://${host}` });
            return;
        }
        // The site's own name (a `Host` header given for the target's address) is the target's host too.
        const sameHost = next.hostname === host || ((0,util/* isTargetHost */.Qg)(obs, host) && (0,util/* isTargetHost */.Qg)(obs, next.hostname));
        if (!sameHost || (0,util/* isMetadataHost */.SF)(next.hostname)) {
            // Still `low` (the first hop only is judged), but a hop to another host over http:// keeps the user on plain
            // HTTP (http://example.com \u2192 http://www.example.com): said, so it is not read as a detour through HTTPS.
            const plainHop = next.protocol === 'http:' ? `, still over plain HTTP: ${next.origin}` : '';
            ctx.report({ url, severity: 'low', message: `${url} first redirects to another host (${next.host}${plainHop}); redirect to https://${host} first` });
        }
        else if (next.protocol !== 'https:') {
            ctx.report({ url, message: `${url} redirects to ${next.protocol}//${next.host}${next.pathname}, not to https://; redirect to https://${host}` });
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/response-time.js



/** The median of a list of numbers. */
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/**
 * What one median of one path does not verify: another percentile (p95, "for 95% of requests"; "p50", "p50." and "p50.0" are
 * the median), a bound under load or for a cold start, a monitor, alert or dashboard watching it (an SLO), or several paths.
 */
const NOT_ONE_MEDIAN = /\b(?:p(?!50(?!\d|\.0*[1-9]))\d{2,3}(?:\.\d+)?|percentile|under (?:peak |heavy )?load|monitor(?:s|ing)?|alert(?:s|ing)?|slos?|slis?)\b|\b(?:dashboards?|graphs?|charts?|panels?) (?:for|of|showing|shows|tracking|tracks|to (?:track|show|watch))\b|\b\d{1,2}(?:\.\d+)? ?% of\b|^[^;]*\bcold[- ]?starts?\b|(?:^|[\s'"(])\/[\w\-.~%]+[^;]*?[\s'"(]\/[\w\-.~%]+/;
/** The median of several GETs (after a warm-up) stays under a limit. */
const responseTime = (0,probes_define/* defineProbe */._)({
    id: 'response-time',
    title: 'Responses are fast enough',
    severity: 'medium',
    description: 'The median of several GETs (after a warm-up) is \u2264 max-ms (2000).',
    match: [
        {
            // Also "Homepage loads in under 2 seconds", "API responds within 300 ms", "Latency below 200 ms", "TTFB under 500 ms".
            pattern: /\b(?:response times?|latency|ttfb|time to first byte|(?:(?:home ?page|pages?|site|app|api|endpoints?|server|service|requests?)\b[^;]{0,40}\b(?:loads?|responds?|answers?|returns?|renders?)(?: in)?))(?: (?:for|of|on|at) (?:get )?(?:\/[\w\-./~%]*|(?:the |our )?(?:home ?page|landing page|front ?page|index page)))?(?: \(?(?:p50(?:\.0+)?|median)\)?:?)? (?:is |are |stays? )?(?:under|below|less than|within|<|\u2264) ?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(?:ms|milliseconds?|s|secs?|seconds?)\b/,
            // "Response time p50 < 1s" is the median the probe measures; another percentile promise (p95, p75, "for 95% of
            // requests") is not what one median measures ("p50." ending a sentence and "p50.0" are the median; "p50.5" is not).
            // \u2026nor is a cold start (the first request while a model or a lambda loads).
            // A path the item names becomes the `path` option, before the bound too ("Median response time for `/` stays under
            // 300 ms", "Latency of `/api/orders` below 200 ms"); several ("for /api/orders and /api/search") are more than one
            // timing verifies.
            // Monitoring (a monitor, an alert, a dashboard, an SLO) watches a bound, it does not state the deployment meets it
            // ("\u2026 under 300 ms (monitored)" still does: the participle says it is watched, not that only a watch is set up).
            unless: NOT_ONE_MEDIAN,
            note: 'a stated response-time bound: the probe measures the median of several GETs against it',
        },
        {
            // A stated path that answers with a status within a bound: "`/health/deep` returns 200 in < 500 ms", "`/api/health`
            // returns 200 within 500ms", "`/healthz` answers 200 OK in under 300 ms", "`/ready` returns 200 (<500ms)", "`/health/deep`
            // responds in under 500ms" (no status). The status is
            // health-endpoint's (or another item's) promise; the bound is this probe's, on that path (its `path` option). Not a
            // bare duration without a bound word ("returns 200 in 500 ms" may be a measurement) nor a timeout ("times out after 5 s").
            pattern: /(?:^|\s)\/[\w\-./~%]*(?=$|[\s,;:])[^;]{0,40}?\b(?:returns?|answers?|responds?|replies)(?:(?: with)?(?: (?:http|status))? (?:200|2xx|ok)(?: ok)?)?,? ?(?:\(|[\u2014\u2013-] )?(?:in |(?:with)?in )?(?:(?:under|below|less than|within) ?|[<\u2264] ?)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(?:ms|milliseconds?|s|secs?|seconds?)\b/,
            unless: NOT_ONE_MEDIAN,
            note: 'a stated path that must answer within a bound: the probe measures the median of several GETs of that path against it',
        },
        {
            // The check's title, no bound stated: "Responses are fast enough" (the probe's default `max-ms`).
            pattern: /^(?:(?:all|http|api|server) )?(?:responses?|response times?) (?:are|is) (?:fast enough|acceptably fast)$/,
            note: 'responses fast enough, no bound stated: the probe measures the median of several GETs against its default max-ms',
        },
    ],
    docs: {
        why: 'A deployment that is already slow on an idle loopback of requests will be slower under real load.',
        fix: 'Profile the slow path (database queries, cold caches, synchronous calls) or raise max-ms if the endpoint is meant to be slow.',
        details: [
            'One warm-up GET (connection set-up, lazy initialisation), then `samples` (5) sequential GETs of `path`',
            '(default: the target URL itself, so `https://host/app/` times `/app/`; a configured `path` is on the',
            'target\'s origin as written and must start with a single `/`)',
            'over one keep-alive connection, each following same-host redirects as a browser does (`/` \u2192 `/en/`: the redirect and the page are timed together) and timed to the end of the (capped) body; the median must be \u2264 `max-ms`',
            '(2000). Sequential on purpose: they run after the other probes so they measure the server, not our load.',
            'A request the server drops without an answer on the reused connection (a server or load balancer that silently closes idle keep-alive connections) is asked again once over a new connection, as browsers do, and that answer is timed; dropped there too, it is an `error`.',
            'A page that never answered in the burst, whose requests the target left unanswered as it stalled (every page hanging while `/health` answers), is not asked again (an `error`: each request would wait out another timeout); one that answered there is timed like any other, and the warm-up, when it goes unanswered within the timeout while the target may still be working through burst requests Preflight gave up on (a single worker answering them one after another) and the page or the timed path answered in the burst, is asked once more.',
            'A sample answered 429 (rate limited: the collector honours Retry-After or backs off and asks again, within one timeout) is not timed; when every sample was, the probe is an `error` (the limiter answered, not the application).',
            'A failed request is an `error`, and so are a redirect loop, a login wall (401, a redirect to a login page: `error: protected`, give headers), a client-certificate wall (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": `error: protected`, mutual TLS), a redirect to another host, a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`) and a 502, 503 or 504 answer (a gateway whose application did not answer: its error page answers fast whatever the application does).',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({
        'max-ms': schemas/* number */.aig().positive().default(2000),
        samples: schemas/* number */.aig().int().min(1).max(50).default(5),
        // No default here: without one the target URL itself is timed (its path may be a prefix, `/app/`).
        path: (0,util/* originPath */.MJ)('/api/orders').optional(),
    }),
    needs: (o, d) => ({ timing: [{ path: o.path ?? d.target ?? '/', samples: o.samples }] }),
    evaluate(obs, ctx) {
        const path = ctx.options.path ?? (0,util/* targetPath */.Bd)(obs.url);
        const t = obs.timing?.[path];
        if (!t) {
            ctx.error('the response time was not measured');
            return;
        }
        if (t.error) {
            ctx.error(t.error);
            return;
        }
        if (t.unjudged) {
            const last = t.unjudged.hops.at(-1);
            const why = (0,util/* protectedReason */.zN)(t.unjudged) || (last && (0,util/* clientCertWall */.Ww)(last)) ? ", so the application's response time was not measured" : t.unjudged.stopped?.reason === 'limit' ? ', so its response time cannot be measured' : ', so its response time was not measured';
            ctx.error((0,util/* notThePage */.ux)(t.unjudged, obs, why));
            return;
        }
        if (!t.samples.length) {
            ctx.error('no response-time sample');
            return;
        }
        const url = new URL(path, new URL(obs.url).origin).href;
        // A gateway's error page (502/503/504) answers fast whatever the application does: nothing to time.
        const down = t.statuses?.find((s) => util/* GATEWAY_DOWN */.Is.has(s));
        if (down !== undefined) {
            ctx.error(`${(0,util/* gatewayDown */.X$)({ status: down, url })}, so its response time was not measured`);
            return;
        }
        // A 429 is the rate limiter's answer (after the collector waited and asked again), not the application's: untimed.
        const taken = t.samples.slice(0, ctx.options.samples).filter((_, i) => t.statuses?.[i] !== 429);
        if (!taken.length) {
            ctx.error(`${url} answered 429 (too many requests) to every sample, also when asked again after a pause: the target rate-limited the samples, so the application's response time was not measured; allow-list the runner in the rate limit or probe a path it does not limit`);
            return;
        }
        const med = median(taken);
        if (med > ctx.options['max-ms']) {
            ctx.report({ url, message: `${url} took ${Math.round(med)} ms (median of ${taken.length}), over ${ctx.options['max-ms']} ms` });
        }
    },
});

// EXTERNAL MODULE: ./lib/probes/security-headers.js
var security_headers = __webpack_require__(82674);
;// CONCATENATED MODULE: ./lib/probes/sensitive-paths.js




/** A `.env` line: `KEY=value` (`export KEY=value`), the key a shell name (dotted only written tight, `spring.profile=x`). */
const ENV_LINE = /^(?:export\s+)?(?:[A-Za-z_][A-Za-z0-9_]*\s*=|[A-Za-z_][A-Za-z0-9_.-]*=)(?!=)/;
/**
 * A .env file: its first meaningful line (blank lines and `#` comments aside) and at least half of
 * them are KEY=VALUE lines (a quoted value may span lines: a PEM key). One `KEY = value`-looking line
 * among others (`window.dataLayer = window.dataLayer || [];` in an HTML shell) is not one.
 */
function looksEnv(body) {
    let first;
    let env = 0;
    let other = 0;
    let open;
    for (const raw of body.split(/\r?\n/)) {
        const line = raw.trim();
        if (open) {
            if (line.includes(open))
                open = undefined;
            continue;
        }
        if (!line || line.startsWith('#'))
            continue;
        const isEnv = ENV_LINE.test(line);
        first ??= isEnv;
        if (!isEnv) {
            other++;
            continue;
        }
        env++;
        const value = line.slice(line.indexOf('=') + 1).trim();
        const q = value[0];
        if ((q === '"' || q === "'") && !value.slice(1).includes(q))
            open = q;
    }
    return first === true && env >= other;
}
/** A body with the path (and query) it was requested at blanked out, trimmed: a catch-all may echo it. */
function withoutPath(body, url) {
    let path;
    try {
        const u = new URL(url);
        path = u.pathname + u.search;
    }
    catch {
        return body.trim();
    }
    const spellings = new Set([path, (0,util/* decodeSafe */.oG)(path)].filter((p) => p.length > 1));
    let out = body;
    for (const p of spellings)
        out = out.split(p).join('\u0000');
    return out.trim();
}
/** PHP's phpinfo() page: its title (`PHP 8.1.2 - phpinfo()`). */
const PHPINFO = /<title>(PHP \d[^<]*- )?phpinfo\(\)<\/title>/;
/** nginx's `stub_status` (plain text): `Active connections: 2`, then `server accepts handled requests` and the counters. */
const STUB_STATUS_RE = /^\s*Active connections: \d+\s*\r?\nserver accepts handled requests\s*\r?\n\s*\d+ \d+ \d+/;
const STUB_STATUS_FIX = 'restrict it to the monitoring host (nginx: `allow 127.0.0.1; deny all;` in its location)';
/** The advice for a status or configuration page (no file that held a secret): restrict it, nothing to rotate. */
const STATUS_PAGE_FIX = 'allow it only from localhost or the monitoring network at the web server (Apache `Require local`/`Require ip`, lighttpd `$HTTP["remoteip"]`, HAProxy `stats` on an internal bind), or switch it off';
/** The fixes of the paths that are no dot-files (the probe's own fix, deny dot-files at the proxy, blocks none of them). */
const STUB_STATUS = { advice: STUB_STATUS_FIX, fix: 'Restrict nginx\'s stub_status location to the monitoring host (`allow 127.0.0.1; deny all;`).' };
const STATUS_PAGE = { advice: STATUS_PAGE_FIX, fix: 'Allow the status page only from localhost or the monitoring network (Apache `Require local`, lighttpd `$HTTP["remoteip"]`, HAProxy `stats` on an internal bind), or switch it off.' };
const ACTUATOR_FIX = 'Expose only the health endpoint over HTTP (Spring Boot `management.endpoints.web.exposure.include=health`), or serve the actuator on a management port that is not routed publicly (`management.server.port`).';
const ASPNET_FIX = 'Turn it off for remote clients (ELMAH `allowRemoteAccess="false"`, `<trace enabled="false" />` or `localOnly="true"` in web.config), or require authentication for it.';
const PHPINFO_FIX = 'Delete the phpinfo() file from the document root.';
/**
 * Spring Boot's `/actuator/env` with every value masked (`"value": "******"`, Spring Boot 3's default `show-values: never`): it still
 * names every property, profile and property source, but holds no secret to rotate.
 */
const maskedEnv = (body) => {
    const values = body.match(/"value"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[^,}\s]+)/g) ?? [];
    return values.length > 0 && values.every((v) => /:\s*"\*+"$/.test(v));
};
/** Files that must never be served, each with a test on the body that proves it is the real file. */
const SENSITIVE = [
    { path: '/.env', what: 'a .env file (KEY=VALUE lines)', content: looksEnv },
    { path: '/.env.production', what: 'a .env file (KEY=VALUE lines)', content: looksEnv },
    { path: '/.git/config', what: 'the git configuration ([core] section)', content: /^\s*\[core\]/m },
    { path: '/.git/HEAD', what: 'the git HEAD (the repository can be downloaded)', content: /^(ref: refs\/|[0-9a-f]{40}\s*$)/ },
    { path: '/.aws/credentials', what: 'AWS credentials', content: /aws_access_key_id\s*=/i },
    { path: '/.npmrc', what: 'an .npmrc with a registry token', content: /_auth(Token)?\s*=/ },
    { path: '/.htpasswd', what: 'an htpasswd file', content: /^[^:\s<]+:(\$apr1\$|\$2[aby]\$|\{SHA\}|\$[156]\$)/m },
    { path: '/server-status', what: "Apache's server-status page", content: /<title>Apache Status<\/title>|<h1>Apache Server Status for /, html: true, ...STATUS_PAGE },
    // lighttpd's mod_status at the URL its docs use: like Apache's, it lists the current connections (client addresses, hosts, URLs).
    { path: '/server-status', what: "lighttpd's server-status page (current connections: client addresses and URLs)", content: /<h1>Server-Status \(lighttpd\//, html: true, ...STATUS_PAGE },
    // nginx's stub_status: connection counters only, so low.
    { path: '/server-status', what: "nginx's stub_status page (connection counters)", content: STUB_STATUS_RE, severity: 'low', ...STUB_STATUS },
    { path: '/nginx_status', what: "nginx's stub_status page (connection counters)", content: STUB_STATUS_RE, severity: 'low', ...STUB_STATUS },
    // mod_info prints the whole loaded configuration (`?config`), next to server-status in many Apache setups.
    { path: '/server-info', what: "Apache's server-info page (the server's configuration)", content: /<title>Server Information<\/title>[\s\S]*Apache Server Information|<h1[^>]*>Apache Server Information<\/h1>/, html: true, ...STATUS_PAGE },
    // HAProxy's statistics page at its default URI (`stats enable` without `stats uri`).
    { path: '/haproxy?stats', what: "HAProxy's statistics page", content: /<title>Statistics Report for HAProxy<\/title>/, html: true, ...STATUS_PAGE },
    // ASP.NET's error log (ELMAH) and trace viewer list recent requests with their cookies (session ids) and headers.
    { path: '/elmah.axd', what: 'the ELMAH error log (requests with their cookies and session ids)', content: /<h1\b[^>]*>\s*Error Log for\b|<title>Error log for [^<]*\(Page #\d+\)<\/title>/i, html: true, fix: ASPNET_FIX },
    { path: '/trace.axd', what: "ASP.NET's trace viewer (requests with their cookies and headers)", content: /<h1\b[^>]*>\s*(?:<span\b[^>]*>\s*)?Application Trace\b|<title>\s*Application Trace\s*<\/title>/i, html: true, fix: ASPNET_FIX },
    { path: '/actuator/env', what: "Spring Boot's environment endpoint", content: /"propertySources"\s*:/, fix: ACTUATOR_FIX },
    // A heap dump holds whatever the application has in memory (credentials, tokens, session data). Judged on its first
    // bytes, HotSpot's HPROF header (`JAVA PROFILE 1.0.2` and a NUL) or OpenJ9's PHD header (a 2-byte length, `portable
    // heap dump`): the body is read up to 64 KiB and dropped. Control bytes reach the probe written `\x00` (made printable).
    { path: '/actuator/heapdump', what: "Spring Boot's heap dump endpoint (the application's memory, with every secret in it)", content: /^(?:JAVA PROFILE 1\.0\.\d(?:\\x00|\0)|(?:\\x[0-9a-f]{2}|[\0-\x1f]){2}portable heap dump)/, fix: ACTUATOR_FIX },
    { path: '/phpinfo.php', what: 'phpinfo()', content: PHPINFO, html: true, fix: PHPINFO_FIX },
    { path: '/info.php', what: 'phpinfo()', content: PHPINFO, html: true, fix: PHPINFO_FIX },
];
/** The paths requested, each once (several entries may share one). */
const SENSITIVE_PATHS = [...new Set(SENSITIVE.map((s) => s.path))];
/**
 * A directory listing (nginx `autoindex`, Apache `Options +Indexes`, lighttpd `dir-listing`, Python's `http.server`): its
 * `Index of /\u2026` title and the same `Index of /\u2026` heading (`<h1>`; lighttpd's `<h2>`), or Python's `Directory listing for /\u2026`.
 */
const DIRECTORY_LISTING = /<title>(Index of|Directory listing for) (\/[^<]{0,1000})<\/title>[\s\S]{0,5000}?<h[12]>\1 \2<\/h[12]>/;
/** A listing's title: `Index of /\u2026`, Python's `Directory listing for /\u2026`, serve-index's `listing directory /\u2026`. */
const LISTING_TITLE = /<title>\s*(?:Index of|Directory listing for|listing directory) \/[^<]{0,1000}<\/title>/;
/**
 * Which server made the directory listing the page is, or undefined when it is none. Besides the title and heading
 * above: `npx http-server` (ecstatic's `show-dir`), whose `Index of /\u2026` title comes before some 65 KB of inline icon CSS
 * (its `i.icon` and `td.display-name` rules), so that its `<h1>` lies past the 64 KiB read limit; Express/connect's
 * `serve-index`, titled `listing directory /\u2026`, its files in `<ul id="files">`. A page cut at the read limit before its
 * `<head>` ended that has a listing title is one too: nothing else was seen to say otherwise (a page merely titled
 * "Index of \u2026" whose body was read shows no listing and passes).
 */
function directoryListing(page) {
    const body = page.body;
    const title = LISTING_TITLE.exec(body);
    if (!title)
        return undefined;
    const after = body.slice(title.index);
    if (/^<title>\s*Index of /.test(title[0]) && /<style\b[^>]*>\s*i\.icon\s*\{[^}]*\}[\s\S]{0,2000}?\btd\.display-name\s*\{/.test(after))
        return 'http-server';
    if (/^<title>\s*listing directory /.test(title[0]) && /<ul id="files" class="view-[a-z]+">/.test(after))
        return 'serve-index';
    if (DIRECTORY_LISTING.test(body))
        return 'listing';
    if (page.truncated === true && !/<\/head\s*>|<body\b/i.test(after))
        return 'listing';
    return undefined;
}
const matches = (s, body) => (typeof s.content === 'function' ? s.content(body) : s.content.test(body));
/**
 * A single-page app answers 200 with its HTML shell everywhere: that is not the file (unless the
 * file is an HTML page itself: server-status, phpinfo() are then judged by their markers). A BOM,
 * whitespace and comments (`<!-- build 2026.12.01 -->`) may come first, and a shell may start with
 * any of its head's elements.
 */
function looksHtml(body) {
    let rest = body.replace(/^\uFEFF/, '');
    for (let i = 0; i < 100; i++) {
        rest = rest.trimStart();
        if (!rest.startsWith('<!--'))
            break;
        const end = rest.indexOf('-->', 4);
        // An unterminated comment is still HTML: no secrets file starts with `<!--`.
        if (end < 0)
            return true;
        rest = rest.slice(end + 3);
    }
    return /^<(?:!doctype html|html|head|body|meta|title|link|script|style|base|noscript|div)\b/i.test(rest);
}
/**
 * Where the answer `res` of `f` (asked for `path`) leads when it is a redirect to another host (or a cloud metadata address)
 * that was not followed and keeps the path: the file may be served there (`http://example.com/.env` \u2192
 * `https://www.example.com/.env`), so the path is unjudged. One that drops the path (a catch-all to a fixed URL) is the file
 * not served; a redirect to a login wall there (an SSO portal, an identity provider) refuses the file like a 401: neither is this.
 */
function elsewhereOf(f, res, path) {
    const stopped = f.stopped;
    if (!stopped || res !== f.response || (stopped.reason !== 'off-host' && stopped.reason !== 'metadata'))
        return undefined;
    if (!(0,util/* keepsPath */.ck)(stopped.location, path))
        return undefined;
    if ((0,util/* protectedReason */.zN)({ start: f.redirectedFrom ?? f.url, hops: [...(f.hops ?? []), res], stopped }))
        return undefined;
    return { location: stopped.location, reason: stopped.reason };
}
/** The origin of a URL (`https://www.example.com/`). */
const originOf = (url) => { try {
    return `${new URL(url).origin}/`;
}
catch {
    return url;
} };
/** Query parameters that sign a link or carry a token (`X-Amz-Signature`, `X-Goog-Credential`, `Signature`, `sig`, `token`, `hmac`\u2026). */
const SIGNING_PARAM = /(?:^|[-_])(?:signature|sig|token|credential|hmac)$|^(?:key-pair-id|hdnts|__token__)$/;
/**
 * Whether a URL is a signed link, or one carrying a token in its query: an S3 or GCS presigned URL (`X-Amz-Signature`,
 * `X-Goog-Signature`), CloudFront's (`Signature`, `Key-Pair-Id`), an Azure SAS (`sig`), Akamai's (`hdnts`, `__token__`),
 * nginx's secure_link (`md5` with `expires`), a `token`. Whoever holds it gets what it points to; the same URL without
 * its query does not, so probing its host cannot judge the file.
 */
function signedLink(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return false;
    }
    const names = [...u.searchParams.keys()].map((k) => k.toLowerCase());
    return names.some((k) => SIGNING_PARAM.test(k)) || (names.includes('md5') && names.includes('expires'));
}
/**
 * The folder a redirect keeping the path asked serves it under (`https://static.example.com/assets/` of `/.env` \u2192
 * `https://static.example.com/assets/.env`): the URL to probe instead, under which the probe asks every path (a mount).
 */
function folderOf(location, path) {
    try {
        const u = new URL(location);
        const at = (0,util/* decodeSafe */.oG)(u.pathname).replace(/\/+$/, '');
        const asked = (0,util/* decodeSafe */.oG)(new URL(path, 'http://x').pathname).replace(/\/+$/, '');
        if (!at.toLowerCase().endsWith(asked.toLowerCase()))
            return originOf(location);
        const folder = new URL(u.origin);
        folder.pathname = `${at.slice(0, at.length - asked.length)}/`;
        return folder.href;
    }
    catch {
        return originOf(location);
    }
}
/**
 * What to do about a path answered only by a redirect to another host that keeps it (`base`: the path asked, at the root),
 * after the error's sentence: probe the folder it leads to; a signed link cannot be probed (the signature is needed), so
 * block the path; a metadata address is never followed.
 */
function elsewhereAdvice(to) {
    if (to.reason === 'metadata')
        return '; a redirect to a cloud metadata address is never followed: fix the redirect';
    if (signedLink(to.location))
        return `; that is a signed link (its query, left out here, carries a signature or token): whoever is sent there gets what it points to, and a probe of ${originOf(to.location)} without the signature cannot tell what that is, so block ${to.path} at the web server`;
    return `; probe ${folderOf(to.location, to.base)} directly`;
}
/** The query a path asks (`stats` of `/haproxy?stats`; '' for most). */
const queryOf = (path) => new URL(path, 'http://x').search.slice(1);
/** Well-known secret files and debug endpoints are not served. */
const sensitivePaths = (0,probes_define/* defineProbe */._)({
    id: 'sensitive-paths',
    title: 'Sensitive files are not served',
    severity: 'critical',
    description: '/.env, /.git/config, /.git/HEAD\u2026 are not served (judged on the body, not the status).',
    match: [
        {
            // "`.env` is not served", "Block dotfiles", "`/.git/` and `/.env` are blocked in nginx", "Access to `.git` is denied" (not
            // "\u2026 is not blocked"), "`/.env` returns 404" (a full URL reads as its path), "No sensitive
            // files (.env, .git) exposed over HTTP" (said of the site: not a bucket, an image or a repository), "No `.git` directory
            // served by nginx". Gaps bounded (200 characters): a long line is scanned in linear time.
            pattern: /(?:\.env|\.git|sensitive (?:files|paths)|dotfiles)\b[^;]{0,200}\bnot (?:be )?(?:served|accessible|reachable|exposed|downloadable|public(?:ly accessible)?)\b|\b(?:block\w*|den(?:y|ies|ied)|forbid\w*)\b[^;]{0,200}(?:\.env|\.git|dotfiles|hidden files)\b|(?:\.env|\.git|dotfiles|hidden files)\b[^;]{0,200}(?<!\b(?:not|never|not yet)|n't) (?:blocked|denied|forbidden)\b(?! (?:from|in|by|via) (?:being )?(?:the |a |our )?(?:docker\w*|builds?|commit\w*|git|repo(?:sitory)?|ci|pre-commit|push\w*)\b)|(?:^|\s)\/\.(?:env|git)\b[^;]{0,200}\b(?:returns?|answers?|gives?|responds? with) (?:an? )?(?:http )?(?:403|404|forbidden|not found)\b|\bno (?:\.env|\.git)(?: files?| director(?:y|ies)| folders?| repo(?:sitory)?)?\b[^;]{0,200}\b(?:served|accessible|reachable|exposed|downloadable)\b|\bno (?:sensitive|secrets?|private|hidden) (?:files?|paths?)\b[^;]{0,200}\b(?:exposed|served|accessible|reachable|downloadable)\b[^;]{0,200}\b(?:over|via|through|on|from) (?:the )?(?:https?|web|web ?server|site|website)\b/,
            // Keeping files out of git or out of an image (.dockerignore) is not what the site serves.
            unless: /gitignore|dockerignore|\bcommit|\bimages?\b/,
            note: 'a promise that secrets files are not served: the probe requests /.env, /.git/config\u2026',
        },
        {
            // A path the probe requests, named as not reachable: "`/actuator/env` and `/actuator/heapdump` NOT reachable from
            // outside", "`/server-status` is not public", "'/actuator/env': not exposed" (not `/`, which every site serves).
            // The words follow in the same clause, within 60 characters (no `,;:?!` nor a sentence's full stop between):
            // "/.htpasswd users reviewed, admin panel is not public" is another promise, and the bound keeps the scan linear
            // on a long line. Said of CI, logs or builds ("The token in /.npmrc is not exposed in CI output"), not of the site.
            pattern: new RegExp(String.raw `(?:^|[\s("'${"\u201c\u2018"}])(?:${SENSITIVE_PATHS.filter((p) => p.length > 1).map((p) => (0,util_text/* escapeRegExp */.Nt)(p.toLowerCase())).join('|')})(?![\w/.-])["'${"\u201d\u2019"}]?:?(?:[^;,:?!.]|\.(?=\w)){0,60}?\b(?:not|never) (?:be )?(?:served|accessible|reachable|exposed|public(?:ly accessible)?)\b`),
            unless: /gitignore|dockerignore|\bcommit|\bimages?\b|\b(?:ci|logs?|output|builds?)\b/,
            note: 'a promise that a path the probe requests is not served: the probe requests it',
        },
    ],
    docs: {
        why: 'A served .env or .git leaks credentials and source code to anyone who asks.',
        fix: 'Serve only the build output directory; deny dot-files at the proxy (nginx: `location ~ /\\. { deny all; }`).',
        details: [
            `Paths: ${SENSITIVE_PATHS.map((p) => `\`${p}\``).join(', ')}. A path fails only when it answers 2xx with a body`,
            'that matches the file (KEY=VALUE lines, a `[core]` section, a `ref:` line\u2026), so a single-page app answering',
            '200 with its HTML shell everywhere passes: an HTML body never counts as one of the files. The HTML',
            "pages, Apache's or lighttpd's `/server-status` and Apache's `/server-info`, HAProxy's `/haproxy?stats` (its default stats URI), ASP.NET's `/elmah.axd` and `/trace.axd` and `/phpinfo.php` or `/info.php`, are judged by their own markers (the `Apache Status`",
            'title or `Apache Server Status for` heading, lighttpd\'s `Server-Status (lighttpd/\u2026)` heading, the `Apache Server Information` heading, the `Statistics Report for HAProxy` title, ELMAH\'s `Error Log for` heading, the `Application Trace` heading, the `phpinfo()` title).',
            'nginx\'s `stub_status` at `/nginx_status` or `/server-status` (`Active connections: N` and its counters) is `low`: it shows counters only. Spring Boot\'s `/actuator/heapdump` is judged on its first bytes (the HPROF `JAVA PROFILE 1.0.x` header, OpenJ9\'s `portable heap dump`); like every body it is read up to 64 KiB and the connection dropped, never downloaded whole. Spring Boot\'s `/actuator/env` whose every value is masked (`"value": "******"`, Spring Boot 3\'s default) is `high`, not `critical`: it still names every property, profile and property source, but holds no secret to rotate. The status pages, the actuator endpoints, ELMAH/trace.axd and phpinfo() findings carry their own fix (restrict or switch off the page, expose only `health`, delete the file): denying dot-files blocks none of them.',
            'The target\'s own page is looked at too (no extra request): a directory listing there (nginx `autoindex`, Apache `Options +Indexes`, lighttpd `dir-listing`: its `Index of /\u2026` title and the same heading; Python\'s `http.server`: `Directory listing for /\u2026`; `npx http-server`: its `Index of /\u2026` title and its icon style rules (`i.icon`, `td.display-name`), its heading lying past the 64 KiB read limit; Express/connect `serve-index`: its `listing directory /\u2026` title and `<ul id="files">`; any page with such a title cut at the 64 KiB read limit before its `<head>` ended, nothing else seen) is `medium`, since it names every file served there (backups, uploads). A compressed body (`Content-Encoding`',
            'gzip, deflate, br, zstd) is decoded first; a body that does not decode is judged as the bytes came (a plain file',
            'labelled gzip is what curl shows), and one in an unknown coding that does not read as the file is unjudged.',
            'A 429 answer (rate limited), or a 503 with a `Retry-After` that fits the timeout, is asked again after a pause: the collector then paces its requests to the host, honours `Retry-After` (seconds or a date; any other value is as if absent) or backs off (0.5, 1, 2 s), at most three times a request and within one timeout in all.',
            'A 429 that remains, a 502, 503 or 504 answer (a gateway whose application did not answer), or a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`), judges nothing: with no path served the probe is `error`, never a pass. Each path follows same-host redirects (an `http://` target sending `/.env` to its `https://` side is judged there; the finding names the URL that served the file and the one asked; `/.env` \u2192 `/login` is judged on the login page, no file); a path answered only by a redirect to another host, not followed, that keeps the path (`/.env` \u2192 `https://www.example.com/.env`, `\u2026/site/.env`) is unjudged (`error` naming the folder to probe instead when no file was found, `https://www.example.com/site/`; a signed link, whose query carries a signature or token such as S3\'s `X-Amz-Signature`, cannot be probed without it: the advice is to block the path), unless it leads to a login wall there (refused, like a 401); one to a fixed URL that drops the path (every unknown path \u2192 a marketing site\'s `/`) is the file not served, and so is a path still redirecting after five hops (a loop) or to an invalid location. A URL a redirect named is printed without its password, query (`?\u2026`) or fragment. The body is never shown. Leading',
            'whitespace, a BOM and comments (`<!-- build \u2026 -->`) do not hide an HTML shell, and a .env must look like',
            'one (its first line and at least half of them `KEY=VALUE` with shell-style keys; a',
            '`window.dataLayer = \u2026;` line is not). A body identical to what a random path that cannot exist answers',
            '(a catch-all; the path each echoes aside) is not the file. A path whose connection the server closes or resets without an answer (nginx `return 444`), twice (it is asked again, over a new connection: a server that silently drops reused keep-alive connections must not let a file pass),',
            'is refused, so not served (an `info` note lists them, naming the origin that refused them), when that origin was seen answering (the page, a redirect, another path); an `https://` side a redirect leads to that drops every connection (a broken TLS listener) is not there, and the paths are unjudged. A target with a path (`https://host/app/`) gets every path under it as well',
            '(`/app/.env`: an application mounted there), judged against the not-found answer under it. `error` when no path could be',
            'judged: nothing answered, or every path was dropped by an origin that answered nothing. A response that breaks off mid-body (the connection closed, a timeout) is judged on what arrived:',
            'a .env sent before the drop was served (curl shows it too); cut before it reads as the file, the path is unjudged.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    // The target itself (a server that drops every request is down, not safe) and a path that cannot
    // exist (a catch-all answering the same body everywhere serves no file).
    needs: () => ({ sensitive: SENSITIVE_PATHS, main: true, notFound: true }),
    evaluate(obs, ctx) {
        const got = obs.sensitive ?? {};
        const under = obs.sensitiveUnder;
        // Each path at the origin's root, and under the target's path when it has one (an application mounted there).
        const mount = (0,util/* mountPath */.JK)(obs.url);
        // Each path once, with the files it may be (`/server-status`: Apache's, lighttpd's or nginx's).
        const kindsAt = (path) => SENSITIVE.filter((s) => s.path === path);
        const fetched = [
            ...SENSITIVE_PATHS.map((p) => [kindsAt(p), got[p], p, obs.notFound]),
            ...(under ? SENSITIVE_PATHS.map((p) => [kindsAt(p), under[p], `${mount}${p}`, obs.notFoundUnder]) : []),
        ];
        // The target's own page a directory listing: found whatever the paths did.
        const page = obs.main?.hops.at(-1);
        const listed = page !== undefined && page.status >= 200 && page.status < 300 ? directoryListing(page) : undefined;
        if (listed) {
            // Reached through redirects: printed as a redirect's URL (no password, no query).
            const at = obs.main.hops.length > 1 ? (0,util/* shownUrl */.zA)(page.url, '', true) : page.url;
            // The server that made it, when its page says so: its own switch.
            const how = listed === 'http-server' ? 'turn them off in http-server (`http-server -d false`, or serve the build with a web server)'
                : listed === 'serve-index' ? 'remove the `serve-index` middleware (`app.use(serveIndex(\u2026))`) or restrict it to trusted users'
                    : 'turn listings off (nginx `autoindex off`, Apache `Options -Indexes`, lighttpd `dir-listing.activate = "disable"`; a `python -m http.server` lists every folder without an index.html: serve the site with a web server instead)';
            const fix = listed === 'http-server' ? 'Turn directory listings off: start http-server with `-d false`, or serve the folder with a web server.'
                : listed === 'serve-index' ? 'Remove the `serve-index` middleware (`app.use(serveIndex(\u2026))`), or mount it only behind authentication.'
                    : 'Turn directory listings off (nginx `autoindex off`, Apache `Options -Indexes`, lighttpd `dir-listing.activate = "disable"`), or serve the folder with a web server instead of `python -m http.server`.';
            ctx.report({ severity: 'medium', url: at, message: `${at} is a directory listing${listed === 'listing' ? '' : ` (${listed})`}: it names every file served there (backups, uploads); ${how}`, fix });
        }
        // A path whose request the server drops (nginx `return 444`) is refused: not served. Only by a server seen answering
        // (the origin that dropped it answered the page, a redirect or another path): one that drops every connection (an
        // `http://` target's `https://` side whose TLS listener is broken, a port that speaks something else) is not there.
        const originAt = (url) => { try {
            return originOf(new URL(url, obs.url).href);
        }
        catch {
            return url;
        } };
        const answeredBy = new Set();
        const heard = (r) => { if (r)
            answeredBy.add(originAt(r.url)); };
        obs.main?.hops.forEach(heard);
        for (const f of [obs.notFound, obs.notFoundUnder, ...fetched.map(([, f]) => f)]) {
            f?.hops?.forEach(heard);
            heard(f?.response ?? f?.partial);
        }
        const refused = (f) => !!f?.dropped && answeredBy.has(originAt(f.url));
        // A fetch is answered, dropped (refused by closing the connection: only ever without a response) or unjudged.
        const dropped = fetched.filter(([, f]) => refused(f));
        const unjudged = fetched.filter(([, f]) => !f?.response && !refused(f));
        // A response that broke off mid-body (`partial`) is judged on what arrived: a file sent before the drop was served.
        if (!fetched.some(([, f]) => f?.response ?? f?.partial) && !dropped.length) {
            // A same-host redirect followed to a side that did not answer (an `http://` target's `https://` side) says so.
            const failed = fetched.find(([, f]) => f?.error)?.[1];
            const via = failed?.hops?.at(-1);
            if (!listed)
                ctx.error(failed?.error !== undefined && via ? `${(0,util/* shownUrl */.zA)(via.url)} redirects to ${(0,util/* shownUrl */.zA)(failed.url)}, which did not answer: ${failed.error}` : failed?.error ?? 'the sensitive paths were not fetched');
            return;
        }
        let served = 0;
        // Answered but not judged: rate limited or unavailable (429, 503: asked again later the file may come), or a
        // 2xx body that could not be decoded and does not read as the file either.
        const unanswered = [];
        // Answered only by a redirect to another host, not followed: where each led (the file may be served there).
        const elsewhere = [];
        for (const [kinds, f, path, notFound] of fetched) {
            const res = f?.response ?? f?.partial;
            if (!res)
                continue;
            // Which of the files that may be at this path the body is (none: not served).
            const s = res.status >= 200 && res.status < 300 ? kinds.find((k) => (k.html || !looksHtml(res.body)) && matches(k, res.body)) : undefined;
            // Cut short and not (yet) the file: unjudged (counted above), never a pass.
            if (!f?.response && !s)
                continue;
            // A same-host redirect was followed (`http://` \u2192 `https://`, `/.env` \u2192 `/login`): its answer is judged. One to
            // another host keeping the path was not: unjudged, never a pass (a redirect to another path, of the same host or
            // a fixed URL elsewhere, is the file not served).
            const base = kinds[0].path;
            const to = elsewhereOf(f, res, base);
            if (to) {
                elsewhere.push({ path, base, ...to });
                unanswered.push([path, `it redirects to ${(0,util/* shownUrl */.zA)(to.location, queryOf(base))} (${to.reason}), which is not followed`]);
                continue;
            }
            // A CDN's bot challenge answered instead of the site: whether the file is served is unknown.
            if ((0,util/* botChallenge */.fq)(res)) {
                unanswered.push([path, `answered ${res.status}: a CDN's bot challenge, not the site`]);
                continue;
            }
            // A 429 here was answered again after the collector's pauses (Retry-After or a back-off, within one timeout).
            if (res.status === 429) {
                unanswered.push([path, 'answered 429: rate limited, also when asked again after a pause']);
                continue;
            }
            if (util/* GATEWAY_DOWN */.Is.has(res.status)) {
                unanswered.push([path, `answered ${res.status}`]);
                continue;
            }
            if (res.status < 200 || res.status >= 300)
                continue;
            if (!s) {
                if (res.bodyError)
                    unanswered.push([path, res.bodyError]);
                continue;
            }
            const soft404 = notFound?.response ?? notFound?.partial;
            // What a path that cannot exist answers too is the server's catch-all, not the file (also when
            // it echoes the path it was asked for: `error=not_found` / `path=/.env`).
            if (soft404?.body.trim() && withoutPath(res.body, res.url) === withoutPath(soft404.body, soft404.url))
                continue;
            // Spring Boot 3 masks every value by default: the names and profiles leak, there is no secret to rotate (high, not critical).
            // Judged on the whole body only: one cut at the 64 KiB cap may hide a plaintext value after masked ones.
            const masked = s.path === '/actuator/env' && !res.truncated && !res.bodyError && maskedEnv(res.body);
            const advice = s.advice ?? (masked ? 'its values are masked (`******`), but it names every property, profile and property source: block it at the web server' : 'block it at the web server and rotate any secret it held');
            const severity = s.severity ?? (masked ? 'high' : undefined);
            // Reached through same-host redirects (an `http://` target's `https://` side): the URL asked first is named too, and
            // the one reached as a redirect URL is printed (no password, no query but the path's own).
            const url = f?.redirectedFrom ? (0,util/* shownUrl */.zA)(res.url, queryOf(kinds[0].path), true) : res.url;
            const where = f?.redirectedFrom ? `${(0,util/* shownUrl */.zA)(res.url, queryOf(kinds[0].path))} (redirected from ${f.redirectedFrom})` : res.url;
            ctx.report({ url, message: `${where} serves ${s.what}; ${advice}`, ...(severity ? { severity } : {}), ...(s.fix ? { fix: s.fix } : {}) });
            served++;
        }
        // A path that could not be fetched (a timeout, a broken response) or was answered without the file being
        // judgeable was not judged: never a pass.
        const notJudged = [...unjudged.map(([, f, path]) => [path, `could not be fetched: ${f?.error ?? 'not requested'}`]), ...unanswered.map(([path, why]) => [path, `could not be judged: ${why}`])];
        if (notJudged.length && !served && !listed) {
            const several = notJudged.length > 1;
            // Redirected to another host: where it leads is what to probe (a metadata address never is: the redirect is wrong).
            if (elsewhere.length === notJudged.length && several) {
                // Every unjudged path only redirected elsewhere (an `http://` target sending each path to another host): said once.
                const to = elsewhere[0];
                const which = elsewhere.length === fetched.length ? `every path asked (${fetched.length})` : elsewhere.map((e) => e.path).join(', ');
                ctx.error(`${obs.url} redirects ${which} to another host, which is not followed (${to.path} to ${(0,util/* shownUrl */.zA)(to.location, queryOf(to.base))}, \u2026), so whether the files are served there is unknown${elsewhereAdvice(to)}`);
                return;
            }
            // The advice of the path whose reason is given (not another's, answered 429 or 502).
            const to = elsewhere.find((e) => e.path === notJudged[0][0]);
            ctx.error(`${notJudged.map(([p]) => p).join(', ')} ${notJudged[0][1].replace(/: /, ' (')}${several ? ', \u2026' : ''}), so whether ${several ? 'they are' : 'it is'} served is unknown${to ? elsewhereAdvice(to) : ''}`);
            return;
        }
        // Each origin that refused paths is named: the target's URL, or the origin a redirect led to (its `https://` side).
        const refusers = new Map();
        for (const [, f, path] of dropped) {
            const origin = originAt(f.url);
            const at = origin === originAt(obs.url) ? obs.url : origin;
            refusers.set(at, [...(refusers.get(at) ?? []), path]);
        }
        for (const [at, paths] of refusers) {
            ctx.report({ note: true, url: at, message: `${at} closed the connection without an answer for ${paths.join(', ')} (refused, like nginx \`return 444\`): not served` });
        }
    },
});

// EXTERNAL MODULE: ./lib/probes/server-version-leak.js
var server_version_leak = __webpack_require__(77281);
;// CONCATENATED MODULE: ./lib/probes/tls-version.js




/**
 * OpenSSL's name for a protocol, with the version spelled out where the name hides it: OpenSSL calls
 * TLS 1.0 `TLSv1`, which readers (and the checklist, "refuse TLS 1.0") do not recognise as 1.0.
 */
const protocolName = (p) => (p === 'TLSv1' ? 'TLSv1 (TLS 1.0)' : p);
/** The server refuses TLS 1.0/1.1 and negotiates TLS 1.2 or newer. */
const tlsVersion = (0,probes_define/* defineProbe */._)({
    id: 'tls-version',
    title: 'Only TLS 1.2 or newer is accepted',
    severity: 'high',
    description: 'The server refuses TLS 1.0 and 1.1 and negotiates TLS 1.2+.',
    match: [
        {
            pattern: phrases/* TLS_MINIMUM */.Lf,
            // Not under a heading about a database, mail, a mobile app or third parties.
            context: phrases/* WEB_TLS_CONTEXT */.Xo,
            // An item that names the configuration tls-protocols-config reads ("SSLv3 disabled in the nginx config", nginx's
            // `ssl_protocols`, Node's `minVersion`) promises that file, as "Node `minVersion: 'TLSv1.2'`" does: the static check's.
            unless: new RegExp(`${phrases/* TLS_NOT_WEB */.Lr.source}|\\bssl_protocols\\b|\\bminversion\\b|\\bnginx(?:\\.conf\\b| (?:config(?:uration)?|conf)(?: files?)?\\b)`),
            note: 'a promise about TLS versions: the probe offers TLS 1.0/1.1 and expects a refusal',
        },
    ],
    docs: {
        why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); clients that still negotiate them are exposed to downgrade and cipher attacks.',
        fix: 'Allow only TLSv1.2 and TLSv1.3 (nginx: `ssl_protocols TLSv1.2 TLSv1.3;`; Node: `minVersion: "TLSv1.2"`).',
        details: [
            'Two handshakes: one with Node\'s defaults (records the negotiated version), one offering only TLS 1.0\u20131.1',
            'with `ciphers: DEFAULT@SECLEVEL=0` \u2014 Node\'s defaults refuse the old versions, so a naive client reports a',
            'false pass; when it gets TLS 1.1, a third offers TLS 1.0 alone, so the finding lists every legacy version',
            'accepted; when the 1.0\u20131.1 offer is refused, TLS 1.0 is offered alone too (a server with TLS 1.0 on and 1.1 off,',
            '`ssl_protocols TLSv1 TLSv1.2`, can refuse the combined offer). The legacy handshake succeeding fails the probe. A',
            'legacy offer that fails on this machine before the server answers (its TLS library cannot offer TLS 1.0/1.1: OpenSSL\'s',
            '"no protocols available", a build or crypto policy without them) tested nothing: an `error`, never a pass. A refused or failed default handshake is an',
            '`error` unless the legacy one succeeded. An `http://` target fails (nothing is served over TLS at the URL given; when it redirects to',
            '`https://`, the message and the fix give that URL as the target to judge). Another port of the same host that an `https://` target\'s',
            'redirects lead to is another TLS server users connect to: its versions are judged the same way, the findings naming it.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    // The target's page too: where its same-host redirects lead (another port) is a TLS server users land on.
    needs: () => ({ tls: true, legacyTls: true, main: true }),
    evaluate(obs, ctx) {
        if ((0,util/* isPlainHttp */.yN)(obs)) {
            ctx.report((0,util/* plainHttpFinding */.cR)(obs, 'nothing is served over TLS', 'its TLS version support', 'serve it over https:// with TLS 1.2+'));
            return;
        }
        const { tls, legacyTls } = obs;
        if (!tls || !legacyTls) {
            ctx.error('the TLS handshakes were not made');
            return;
        }
        judgeVersions(ctx, { url: obs.url, name: obs.url }, tls, legacyTls);
        // Where the target's redirects lead on its host (another port) is another TLS server users connect to.
        for (const r of obs.redirectTls ?? []) {
            // The same server on another port (the same certificate and answers) is judged once, as certificate does.
            if (r.tls && r.legacyTls && !(0,util/* sameSession */.Bo)(r.tls, tls, r.legacyTls, legacyTls))
                judgeVersions(ctx, { url: r.url, name: `${r.url} (where ${r.from} redirects)`, from: r.from }, r.tls, r.legacyTls);
        }
    },
});
/** Judges the TLS versions one endpoint accepts (`name`: how messages call it; `from`: for a redirect's, where it came from). */
function judgeVersions(ctx, at, tls, legacyTls) {
    const { name } = at;
    const unjudged = (why) => ctx.error(at.from ? `${at.from} redirects to ${at.url}, whose TLS versions could not be judged: ${why}` : why);
    if (legacyTls.accepted) {
        const versions = legacyTls.protocols?.length ? legacyTls.protocols : legacyTls.protocol ? [legacyTls.protocol] : ['TLS 1.0/1.1'];
        ctx.report({ url: at.url, message: `${name} accepts ${versions.map(protocolName).join(' and ')}; allow only TLS 1.2 and 1.3` });
        return;
    }
    // This machine unable to offer TLS 1.0/1.1 tested nothing: that is no refusal (DESIGN: could not run is never a pass).
    const untested = legacyTls.error && legacyTls.local ? legacyTls.error : undefined;
    if (tls.error) {
        unjudged(untested ? `${tls.error}; ${untested}` : tls.error);
        return;
    }
    if (legacyTls.error) {
        unjudged(untested ?? `could not test TLS 1.0/1.1: ${legacyTls.error}`);
        return;
    }
    if (tls.protocol !== 'TLSv1.2' && tls.protocol !== 'TLSv1.3') {
        ctx.report({ url: at.url, message: `${name} negotiated ${tls.protocol ? protocolName(tls.protocol) : 'an unknown protocol'}; allow only TLS 1.2 and 1.3` });
    }
}

;// CONCATENATED MODULE: ./lib/probes/index.js












/** The explicit registry of live probes, sorted by id. Add one line per probe. */
const PROBES = [
    certificate,
    cookieSecurity,
    corsPolicy,
    devServerExposed,
    healthEndpoint,
    hsts,
    httpsRedirect,
    responseTime,
    security_headers/* securityHeaders */.BP,
    sensitivePaths,
    server_version_leak/* serverVersionLeak */.fb,
    tlsVersion,
];

// EXTERNAL MODULE: ./lib/nearest.js
var nearest = __webpack_require__(42037);
;// CONCATENATED MODULE: ./lib/catalogue.js



/** Ids outside the catalogue, for problems of Preflight's own inputs (`item: null`). */
const RESERVED_IDS = ['parse-error', 'config'];
let byId = null;
/** Every check and probe by id. */
function catalogue() {
    if (!byId)
        byId = new Map([...checks/* CHECKS */.u, ...PROBES].map((d) => [d.id, d]));
    return byId;
}
function getDef(id) {
    return catalogue().get(id);
}
/** The known id nearest to `id` (for "did you mean"), or null when nothing is close. */
function nearestId(id, candidates = catalogue().keys()) {
    return (0,nearest/* nearestName */.q)(id, candidates);
}
/**
 * Known ids to suggest for an unknown check id: the nearest by spelling, else (at most two) ids that
 * contain it or share its words (`healthcheck` \u2192 dockerfile-healthcheck, `non-root` \u2192
 * dockerfile-non-root and k8s-run-as-non-root, `hsts-header` \u2192 hsts). Empty when nothing is close.
 */
function suggestIds(id, candidates = catalogue().keys()) {
    // Each name once: an item and the check it is bound to may share an id (`image-tag-pinned`).
    const all = [...new Set(candidates)];
    const near = nearestId(id, all);
    if (near)
        return [near];
    const flat = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    const words = (s) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 || /\d/.test(w)));
    const own = flat(id);
    const mine = words(id);
    if (own.length < 3)
        return [];
    const scored = all.map((c) => {
        const theirs = words(c);
        const shared = [...mine].filter((w) => theirs.has(w)).length;
        return { c, score: (flat(c).includes(own) ? 10 : 0) + shared, d: (0,nearest/* levenshtein */.e)(id.toLowerCase(), c.toLowerCase()) };
    }).filter((x) => x.score > 0);
    scored.sort((a, b) => b.score - a.score || a.d - b.d);
    const top = scored[0]?.score;
    return scored.filter((x) => x.score === top).slice(0, 2).map((x) => x.c);
}
/** "(did you mean 'a'?)", "(did you mean 'a' or 'b'?)", or '' for no suggestion, with a leading space. */
function didYouMean(names) {
    return names.length ? ` (did you mean ${names.map((n) => `'${n}'`).join(' or ')}?)` : '';
}


/***/ }),

/***/ 58343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ valueAt),
/* harmony export */   s: () => (/* binding */ issueWording)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19714);

/** The value at `path` in `root` (the parsed checklist, an item's options), or undefined. */
function valueAt(root, path) {
    let v = root;
    for (const p of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[p];
    }
    return v;
}
const KIND = {
    string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list',
    object: 'a mapping (`key: value`)', record: 'a mapping (`key: value`)',
};
/** The same in the words of a JSON file (a baseline): `{\u2026}` is an object, `[\u2026]` an array. */
const JSON_KIND = { ...KIND, array: 'an array ([\u2026])', object: 'an object ({\u2026})', record: 'an object ({\u2026})' };
/** Whether zod wrote `message` itself (`Too small: expected number to be >=1`), rather than the schema (`expected a glob\u2026`). */
const zodWording = (message) => /^(?:Too (?:small|big)|Invalid (?:input|key|element|string|number|option|value|type)|Unrecognized key)/.test(message);
/** What a value is; a string is quoted, except under `headers` (probe headers carry credentials: `Authorization: Bearer \u2026`). */
/**
 * A string value as an error message quotes it: at most 40 characters, and never what may be a secret \u2014 content that is
 * no YAML (an env file named as the checklist: `AWS_SECRET_ACCESS_KEY=\u2026`) is quoted up to its first `=` only, and a
 * long run of token characters (a key, a token) only by its first 4.
 */
function excerpt(v) {
    const assignment = /^[^\s=]{1,60}[ \t]*=(?=[ \t]*\S)/.exec(v);
    const masked = assignment ? `${assignment[0]}\u2026` : v
        // A URL's password (`redis://:pw@cache`), an assignment anywhere on the line (`export PGPASSWORD=\u2026`), a long token.
        .replace(/(:\/\/[^\s:/@]*:)[^\s/@]+@/g, '$1\u2026@')
        .replace(/([A-Za-z_][\w.-]{0,60}[ \t]*=[ \t]*)\S+/g, '$1\u2026')
        .replace(/[A-Za-z0-9+/_-]{20,}/g, (m) => `${m.slice(0, 4)}\u2026`);
    return masked.length > 40 ? `${masked.slice(0, 37)}\u2026` : masked;
}
function kindOf(v, path = [], json = false) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return json ? 'an array' : 'a list';
    if (typeof v === 'object')
        return json ? 'an object' : 'a mapping';
    // The whole document a string (an env file, a `.pgpass` named as the checklist: not YAML): not quoted, as it may be all secret.
    if (typeof v === 'string')
        return path.includes('headers') ? 'a string' : path.length === 0 && !json ? `a string of ${[...v].length} characters (not YAML: is this the right file?)` : `the string ${JSON.stringify(excerpt(v))}`;
    return `${typeof v} ${String(v)}`;
}
/**
 * The end of a message for `issue` about `value` (the value the checklist gave): a missing key is named as missing, a
 * wrong type says what was expected and what was given, a value outside a list of words gets the nearest word
 * (`fail-on: hihg` \u2192 did you mean 'high'?).
 */
function issueWording(issue, value, json = false) {
    const key = issue.path?.at(-1);
    const kinds = json ? JSON_KIND : KIND;
    if (issue.code === 'invalid_value' && Array.isArray(issue.values)) {
        const words = issue.values.map(String);
        // The word itself in another type (`version: "1"` for 1) is said as that, not "did you mean '1'".
        const sameWord = typeof value === 'string' && words.includes(value);
        const near = typeof value === 'string' && !sameWord ? (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestIds */ .BW)(value.toLowerCase(), words)) : '';
        const got = sameWord ? `, got ${kindOf(value, issue.path)} (write it without quotes)` : '';
        // A required key left out (`version:`), worded as every missing key is.
        if (value === undefined && typeof key === 'string')
            return `missing required key '${key}' (${issue.values.length === 1 ? `expected ${JSON.stringify(issue.values[0])}` : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`})`;
        return `${issue.values.length === 1 ? `expected ${JSON.stringify(issue.values[0])}` : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}${got}${near}`;
    }
    if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
        if (value === undefined && typeof key === 'string')
            return `missing required key '${key}'`;
        const want = kinds[issue.expected];
        // A number that is not whole where a whole one is wanted (`min-days: 12.5`).
        if (want && issue.expected === 'int' && typeof value === 'number')
            return `expected a whole number, got ${value}`;
        if (want)
            return `expected ${want}, got ${kindOf(value, issue.path, json)}`;
    }
    // What the schema itself says (`expected an image-name glob\u2026, not an empty string`), when it says something.
    if (!zodWording(issue.message) && issue.code !== 'invalid_key' && issue.code !== 'invalid_union')
        return issue.message;
    if (issue.code === 'too_small' && issue.origin === 'array')
        return `expected at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
    if (issue.code === 'too_big' && issue.origin === 'array')
        return `expected at most ${String(issue.maximum)} entr${issue.maximum === 1 ? 'y' : 'ies'}`;
    if (issue.code === 'too_small' && issue.origin === 'string')
        return issue.minimum === 1 ? 'expected a non-empty string' : `expected at least ${String(issue.minimum)} characters`;
    if (issue.code === 'too_big' && issue.origin === 'string')
        return `expected at most ${String(issue.maximum)} characters`;
    // A number out of range (`samples: 0`, `min-max-age: 1e30`): the bound in words, and the value given.
    if ((issue.code === 'too_small' || issue.code === 'too_big') && (issue.origin === 'number' || issue.origin === 'int') && typeof value === 'number') {
        const what = issue.origin === 'int' ? 'a whole number' : 'a number';
        const inclusive = issue.inclusive !== false;
        const bound = issue.code === 'too_small'
            ? (inclusive ? `of at least ${String(issue.minimum)}` : issue.minimum === 0 ? 'greater than 0' : `greater than ${String(issue.minimum)}`)
            // The largest whole number a YAML or JSON reader keeps exact (zod's bound for every whole number).
            : issue.maximum === Number.MAX_SAFE_INTEGER ? `of at most ${String(issue.maximum)} (2^53 - 1, the largest kept exact)` : inclusive ? `of at most ${String(issue.maximum)}` : `less than ${String(issue.maximum)}`;
        return `expected ${what} ${bound}, got ${value}`;
    }
    if (issue.code === 'not_multiple_of' && typeof value === 'number')
        return `expected a multiple of ${String(issue.divisor)}, got ${value}`;
    // A key of a mapping the schema refuses (`headers: { "Bad Name": v }`): what its own rule says keys must be.
    if (issue.code === 'invalid_key') {
        const inner = issue.issues?.find((i) => !zodWording(i.message))?.message;
        return inner ? `expected the key to be ${inner.replace(/^expected /, '')}` : 'expected another key (this one is not valid here)';
    }
    // A value that fits none of a union's types (`group: 5`, `version: "2"`): each type the union takes.
    if (issue.code === 'invalid_union' && issue.errors?.length) {
        const wants = issue.errors.map((branch) => {
            const top = branch.find((i) => !i.path?.length);
            if (top?.code === 'invalid_type' && typeof top.expected === 'string')
                return kinds[top.expected];
            if (top?.code === 'invalid_value' && top.values?.length === 1)
                return JSON.stringify(top.values[0]);
            return undefined;
        });
        if (wants.every((w) => w !== undefined))
            return `expected ${[...new Set(wants)].join(' or ')}, got ${kindOf(value, issue.path, json)}`;
    }
    if (issue.code === 'invalid_format' && issue.format === 'regex' && typeof issue.pattern === 'string')
        return `expected text matching ${issue.pattern}, got ${kindOf(value, issue.path, json)}`;
    return issue.message.replace(/^Invalid input: /, '').replace(/^Too (small|big): /, '');
}


/***/ }),

/***/ 63852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ defineProbe)
/* harmony export */ });
/** Defines a live probe: metadata plus a pure judgement over the collector's observation. */
function defineProbe(def) {
    return { ...def, kind: 'probe' };
}


/***/ }),

/***/ 82674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ securityHeaders),
/* harmony export */   Yu: () => (/* binding */ HEADER_NAMED),
/* harmony export */   ok: () => (/* binding */ SECURITY_HEADERS)
/* harmony export */ });
/* unused harmony exports anySource, parseCsp, metaTags, xfoBlocks, weakScripts */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63852);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37439);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52907);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44842);





const REFERRER_TOKENS = new Set(['no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url']);
const SAFE_REFERRER = new Set(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']);
/** The legacy keywords HTML maps in `<meta name="referrer">` (never in the header): `never` is no-referrer, `always` unsafe-url. */
const LEGACY_META_REFERRER = { never: 'no-referrer', default: 'strict-origin-when-cross-origin', always: 'unsafe-url', 'origin-when-crossorigin': 'origin-when-cross-origin' };
const ANY_SOURCE = new Set(['*', 'http:', 'https:', 'data:']);
// A host-source whose host is `*` (any scheme, port and path): `https://*`, `http://*:443`, `*:*`, `https://*/js/`.
const ANY_HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?\*(?::(?:\d+|\*))?(?:\/\S*)?$/;
/** A nonce- or hash-source as CSP3 defines it: an empty or malformed one (`'nonce-'`) is ignored by browsers. */
const NONCE_OR_HASH = /^'(?:nonce|sha256|sha384|sha512)-[a-z0-9+/_-]+={0,2}'$/i;
/** A source expression that allows every origin: `*`, `http:`, `https:`, `data:`, or a `*` host (`https://*`). */
function anySource(source) {
    const s = source.toLowerCase();
    return ANY_SOURCE.has(s) || ANY_HOST.test(s);
}
/** Parses a CSP header value (possibly several comma-joined policies) into directive maps. */
function parseCsp(value) {
    return value.split(',').map((policy) => {
        const map = new Map();
        for (const d of policy.split(';')) {
            const [name, ...sources] = d.trim().split(/\s+/);
            // The first occurrence of a directive wins (CSP3 \u00a72.2.1).
            if (name && !map.has(name.toLowerCase()))
                map.set(name.toLowerCase(), sources);
        }
        return map;
    });
}
/**
 * Whether an X-Frame-Options value (occurrences comma-joined) blocks cross-origin framing, as the
 * HTML standard processes it: the values form a set, so `DENY, DENY` is `DENY`, and conflicting
 * values that include deny/sameorigin/allowall block framing altogether.
 */
/** Whether the response is an HTML page (its Content-Type, or a body that starts like one when none is sent). */
function isHtml(res) {
    const type = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(res, 'content-type');
    return type ? /\bhtml\b/i.test(type) : /^\s*(?:<!doctype html|<html\b|<head\b)/i.test(res.body);
}
/**
 * The attributes of the `<meta>` elements of an HTML page (names lower-cased, values with character references
 * decoded), up to its `</head>` or `<body>`: where browsers read policies from. At most 64.
 */
function metaTags(html) {
    const head = html.slice(0, Math.max(0, html.search(/<\/head\s*>|<body\b/i)) || html.length);
    const out = [];
    for (const m of head.matchAll(/<meta\b([^>]*)>/gi)) {
        if (out.length >= 64)
            break;
        const attrs = {};
        for (const a of m[1].matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
            const name = a[1].toLowerCase();
            if (!(name in attrs))
                attrs[name] = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeCharacterReferences */ .yC)(a[2] ?? a[3] ?? a[4] ?? '');
        }
        out.push(attrs);
    }
    return out;
}
function xfoBlocks(value) {
    const set = new Set(value.split(',').map((v) => v.trim().toLowerCase()));
    if (set.size > 1)
        return ['deny', 'sameorigin', 'allowall'].some((v) => set.has(v));
    return set.has('deny') || set.has('sameorigin');
}
/** The weaknesses of one source list: inline scripts, eval, any origin (`hosts`: host sources count). */
function weaknessesOf(sources, what) {
    const lower = sources.map((s) => s.toLowerCase());
    const nonceOrHash = lower.some((s) => NONCE_OR_HASH.test(s));
    const weak = [];
    if (lower.includes("'unsafe-inline'") && !nonceOrHash)
        weak.push("'unsafe-inline'");
    if (what.eval && lower.includes("'unsafe-eval'"))
        weak.push("'unsafe-eval'");
    // With 'strict-dynamic' (and a nonce/hash), browsers ignore host and scheme sources.
    const strictDynamic = lower.includes("'strict-dynamic'") && nonceOrHash;
    const any = [...new Set(lower.filter(anySource))];
    if (what.hosts && any.length && !strictDynamic)
        weak.push(`any origin (${any.join(' ')})`);
    return weak;
}
/**
 * Why a policy's script sources are weak, or undefined when they are strict. CSP3's fallbacks:
 * `<script>` elements obey `script-src-elem`, inline event handlers `script-src-attr`, each falling
 * back to `script-src`, then `default-src`; eval obeys `script-src`/`default-src` only. The
 * `script-src` (or `default-src`) list is judged whole (browsers without -elem/-attr use it for
 * everything), and `script-src-elem` / `script-src-attr` too when the policy sets them.
 */
function weakScripts(policy) {
    const base = policy.has('script-src') ? 'script-src' : 'default-src';
    const sources = policy.get(base);
    if (!sources)
        return 'it has neither script-src nor default-src';
    // Every weakness is named, once, with the directives that allow it: fixing the one reported would leave the next one.
    const where = new Map();
    const note = (weaknesses, directive) => { for (const w of weaknesses)
        where.set(w, [...(where.get(w) ?? []), directive]); };
    note(weaknessesOf(sources, { eval: true, hosts: true }), base);
    const elem = policy.get('script-src-elem');
    if (elem)
        note(weaknessesOf(elem, { eval: false, hosts: true }), 'script-src-elem');
    // Attributes are inline code: only 'unsafe-inline' (without a nonce/hash) lets them run.
    const attr = policy.get('script-src-attr');
    if (attr)
        note(weaknessesOf(attr, { eval: false, hosts: false }), 'script-src-attr');
    // A weakness of the main list alone is named bare (`'unsafe-inline'`), one of -elem/-attr alone with its directive
    // (`'unsafe-inline' in script-src-elem`), one that several allow once with all of them (`'unsafe-inline' (default-src,
    // script-src-elem)`, `any origin (* in script-src, script-src-elem)`), not the same source twice.
    const weak = [...where].map(([w, ds]) => {
        if (ds.length === 1)
            return ds[0] === base ? w : `${w} in ${ds[0]}`;
        return w.endsWith(')') ? `${w.slice(0, -1)} in ${ds.join(', ')})` : `${w} (${ds.join(', ')})`;
    });
    if (!weak.length)
        return undefined;
    return `script sources allow ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .andList */ .c)(weak)}`;
}
/** The headers the probe judges (its `headers` option); `x-frame-options` is framing protection, by it or by CSP frame-ancestors. */
const SECURITY_HEADERS = ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'referrer-policy'];
/**
 * What a framing promise refuses to let others frame: the site, the app, its pages or content ("The content of a web
 * application", "Pages", "The app").
 */
const FRAMED_SUBJECT = String.raw `(?:sites?|websites?|web ?apps?|apps?|applications?|pages?|content|ui|frontend|screens?|views?|dashboards?|panels?|portals?|html|documents?|responses?|forms?)`;
/**
 * Framing refused in words, what X-Frame-Options or CSP frame-ancestors does: OWASP ASVS 14.4.7 "The content of a web
 * application cannot be embedded in a third-party site by default", "Pages cannot be framed by other sites", "Framing by
 * other origins is blocked", "Block cross-origin framing". The site, the app or its pages must be what is not framed: not
 * content kept out of something else ("API keys must not be embedded in the bundle", "Third-party scripts are not
 * embedded in our pages", "Customer data must not be displayed on third-party sites", "PII cannot be included in other
 * pages"), not "framed as" ("Incidents must never be framed as individual blame"), nor embedding granted ("The widget can
 * be embedded in partner sites").
 */
const FRAMING_REFUSED = new RegExp(String.raw `(?<=\b${FRAMED_SUBJECT}(?: (?:is|are))? )(?:cannot|can ?not|can't|must not|mustn't|should not|shouldn't|may not|won't|will not|(?:(?:must|should|will|can|may|shall) )?never)(?: be)? (?:(?:embedded|loaded|displayed|rendered|included|shown) (?:in|into|within|inside|on|by) (?:an? |any |the )?(?:(?:third[- ]party|other|another|foreign|cross-origin|external|untrusted|malicious|arbitrary|unknown) (?:sites?|websites?|origins?|domains?|pages?)|i?frames?)|i?framed\b(?! as\b))|`
    + /\b(?:framing|embedding) (?:(?:by|in|on|from) (?:third[- ]party|other|another|foreign|cross-origin|external|untrusted|malicious) (?:sites?|websites?|origins?|domains?|pages?) )?(?:is |are )?(?:blocked|denied|prevented|disallowed|forbidden|refused)\b|\b(?:block|blocks|deny|denies|prevent|prevents|disallow|disallows|forbid|forbids)(?: all)? (?:cross-origin |third[- ]party )?(?:framing|iframing|being framed)\b|\banti-?framing\b/.source);
/**
 * How a checklist item names each header (its name, Django's setting, what it protects against): the phrase rule
 * binds on any of them, and the matcher reads which ones an item names into the `headers` option.
 */
const HEADER_NAMED = {
    'x-content-type-options': /\bx-content-type-options\b|\bnosniff\b|\bsecure_content_type_nosniff\b/,
    'x-frame-options': new RegExp(`${/\bx-frame-options\b|\bx_frame_options\b|\bclickjacking\b|\bframe-ancestors\b/.source}|${FRAMING_REFUSED.source}`),
    'content-security-policy': /\bcontent[- ]security[- ]polic(?:y|ies)\b|\bcsp\b/,
    'referrer-policy': /\breferrer[- ]policy\b|\bsecure_referrer_policy\b/,
};
/** nosniff, framing blocked, a strict CSP for scripts, a safe Referrer-Policy. */
const securityHeaders = (0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineProbe */ ._)({
    id: 'security-headers',
    title: 'Security headers are set',
    // The headers: "No security headers on the internal metrics endpoint", "No CSP for now", "X-Frame-Options disabled on /embed".
    safeguard: new RegExp([/(?<!-|transport )\bsecurity headers?\b/.source, ...Object.values(HEADER_NAMED).map((re) => re.source)].join('|')),
    severity: 'medium',
    description: 'X-Content-Type-Options, framing protection, a script-restricting CSP and a safe Referrer-Policy.',
    match: [
        {
            // `Strict-Transport-Security header` and `Content-Security header` name one header, not the set.
            pattern: /(?<!-|transport )\bsecurity headers?\b/,
            // A review, audit, scan or pentest of the headers is an activity, not the headers; headers "not required"
            // somewhere are no promise.
            unless: /\b(?:review(?:s|ed|ing)?|audit(?:s|ed|ing)?|scan(?:s|ned|ning)?|pen-? ?test(?:s|ed|ing|ers?)?|penetration test(?:s|ed|ing)?)\b|\bnot (?:required|needed|necessary)\b|\btests? (?:runs?|suites?|pass(?:es)?|cases?)\b/,
            note: 'a promise about security headers: the probe reads them from the response',
        },
        {
            // Express's security-headers middleware named as set up: "`helmet()` middleware enabled", "`app.use(helmet())`",
            // "Use helmet", "Helmet is configured". Its defaults send the headers the probe judges. One of them switched off
            // ("`helmet({ contentSecurityPolicy: false })`"), helmet refused or something else about it (an upgrade, a review)
            // promises nothing the probe can verify. Its call's brackets end the main clause the generic vetoes read
            // ("`helmet()` later" reads as "helmet"), so the rule vetoes deferrals and other environments itself: "`helmet()`
            // later", "\u2026 in phase 2", "\u2026 after go-live", "\u2026 enabled in CI", "\u2026 in the test environment", "\u2026 in the Storybook dev
            // server only"; not in a bracketed aside: "`helmet()` enabled (checked in CI)").
            pattern: /\bhelmet\(\)|\bapp\.use\(helmet\b|\bhelmet(?:\.js)? (?:middleware|package)\b[^;]*\b(?:enabled|used|configured|applied|registered|mounted|added|in place|on)\b|\b(?:use|uses|using|enable|enables|add|adds|apply|applies|register|mount)(?: the)? helmet\b|\bhelmet(?:\.js)? (?:is |are )?(?:enabled|used|configured|applied|registered|mounted|added|in place)\b/,
            unless: /\b(?:false|disabled?|off|no|not|never|without|instead|remov\w*|replac\w*|drop\w*|skip\w*|upgrad\w*|updat\w*|bump\w*|version|review(?:s|ed|ing)?|audit(?:s|ed|ing)?)\b|n't\b|\b(?:later(?: on)?|soon|(?:in|for|during|with|until) phase (?:[2-9]|two|three|four|ii|iii|iv))\s*[.!]*\s*(?:$|[;,(]|\s[\u2014\u2013-]\s)|\b(?:yet|eventually|after (?:the )?(?:go-?live|go live|launch|release|cutover)|(?:in|on) (?:the )?ci|ci (?:runs?|builds?|pipelines?|jobs?)|test env(?:ironment)?s?|storybook|(?:dev|development|local) servers?)\b(?![^()]*\))/,
            note: 'Express\'s helmet() middleware set up: the probe reads the headers it sends from the response',
        },
        {
            // One header, or a few, named ("X-Content-Type-Options: nosniff", "`X_FRAME_OPTIONS = 'DENY'`", "CSP header set",
            // "Referrer-Policy configured", "Clickjacking protection"): the probe judges those only (its `headers` option).
            pattern: new RegExp(Object.values(HEADER_NAMED).map((re) => re.source).join('|')),
            // Reporting endpoints and report-only rollouts are operations, not the enforced header (report-only refused is the
            // enforced header: "CSP enabled (not report-only)"); reviews and audits are activities.
            unless: /(?<!\b(?:not|no|never|without|no longer) (?:in )?(?:a |the )?)\breport-only\b|\breport-(?:uri|to)\b|\bviolation reports?\b|\bmonitor(?:ed|ing)?\b|\b(?:review(?:s|ed|ing)?|audit(?:s|ed|ing)?|scan(?:s|ned|ning)?)\b|\bnot (?:required|needed|necessary)\b/,
            note: 'a promise about named security headers: the probe reads those from the response',
        },
    ],
    docs: {
        why: 'These headers turn whole classes of attacks (MIME sniffing, clickjacking, injected scripts, leaked URLs) into browser-enforced failures.',
        fix: "Send X-Content-Type-Options: nosniff, a CSP with frame-ancestors 'none' and script-src without unsafe-inline/eval, and Referrer-Policy: strict-origin-when-cross-origin.",
        details: [
            'Judged on the target\'s final response (same-host redirects followed); one finding per weak header.',
            '`X-Content-Type-Options` must be `nosniff`. Framing is blocked by CSP `frame-ancestors` without `*`/scheme',
            'wildcards, or, when no CSP sets frame-ancestors (browsers ignore X-Frame-Options when one does), by',
            '`X-Frame-Options: DENY|SAMEORIGIN` (`ALLOW-FROM` is obsolete); a frame-ancestors that allows any site is the one thing',
            'to fix then, and the finding says an `X-Frame-Options: DENY` sent beside it is ignored. The CSP (enforced header,',
            'not Report-Only, which blocks nothing: a page sending only that is told so; with several policies the strictest counts) must restrict scripts through `script-src` or',
            "`default-src` with no `'unsafe-inline'` (unless a valid nonce or hash makes browsers ignore it: an empty",
            "`'nonce-'` does not), no `'unsafe-eval'` and no source allowing any origin: `*`, `http:`, `https:`, `data:`",
            "or a `*` host such as `https://*` (unless `'strict-dynamic'` with a nonce/hash). `script-src-elem` (used for",
            "`<script>` elements) is judged the same way, and `script-src-attr` (inline event handlers) must not allow",
            "`'unsafe-inline'`, when the policy sets them. `frame-ancestors` with such a source does not block framing (an empty one, like `'none'`, does). `Referrer-Policy` may be",
            'a list; browsers use the last token they know, which must be one of no-referrer, same-origin, strict-origin,',
            'strict-origin-when-cross-origin; a missing header fails (the promise is an explicit policy). An HTML page\'s',
            '`<meta http-equiv="Content-Security-Policy">` counts for scripts as browsers enforce it (not for framing: browsers',
            'ignore frame-ancestors there), and its `<meta name="referrer">` as its Referrer-Policy (with the legacy keywords HTML maps there:',
            '`never` is no-referrer, `default` strict-origin-when-cross-origin, `always` unsafe-url). A 401, a',
            'login redirect or a client-certificate wall (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": mutual TLS, which Preflight does not present; its error page is not the application\'s) is `error: protected`; a 502, 503 or 504 answer (a gateway whose application did not answer) is an `error` too, and so is a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`): its headers are the CDN\'s.',
            'Option `headers` judges some of them only (a checklist item naming one header, "X-Content-Type-Options: nosniff",',
            'binds with it): `x-content-type-options`, `x-frame-options` (framing protection: X-Frame-Options or CSP frame-ancestors),',
            '`content-security-policy` (scripts restricted), `referrer-policy`.',
        ].join(' '),
    },
    options: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
        headers: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(SECURITY_HEADERS)).min(1).default([...SECURITY_HEADERS]).describe('The headers judged: x-content-type-options, x-frame-options (framing protection, by it or CSP frame-ancestors), content-security-policy, referrer-policy'),
    }),
    needs: () => ({ main: true }),
    evaluate(obs, ctx) {
        const res = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .targetResponse */ .v)(obs, ctx, true);
        if (!res)
            return;
        const url = res.url;
        const judged = new Set(ctx.options.headers);
        const xcto = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(res, 'x-content-type-options');
        // Fetch ("determine nosniff"): browsers split the (comma-joined) header and use the first value only.
        const xctoValues = (xcto ?? '').split(',').map((v) => v.trim());
        if (!judged.has('x-content-type-options')) { /* not promised */ }
        else if (xctoValues[0].toLowerCase() !== 'nosniff') {
            ctx.report({ url, message: xcto ? `X-Content-Type-Options is '${(0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(xcto, 40)}', not 'nosniff'` : `X-Content-Type-Options: nosniff is missing${(0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .errorPageHint */ .J3)(res)}; browsers may MIME-sniff responses into scripts` });
        }
        else if (xctoValues.length > 1) {
            ctx.report({ url, note: true, message: `X-Content-Type-Options is '${(0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(xcto, 40)}' (sent more than once, e.g. by a proxy and the application): browsers use the first value, nosniff; send it once` });
        }
        const headerPolicies = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValues */ .UE)(res, 'content-security-policy').flatMap(parseCsp);
        // An HTML page may carry its policy in <meta http-equiv="Content-Security-Policy">: browsers enforce it,
        // except frame-ancestors (CSP3 \u00a74.2: ignored in a meta element), so it restricts scripts but never framing.
        const meta = isHtml(res) ? metaTags(res.body) : [];
        // An HTML page cut at the collector's read limit (64 KiB) before its <head> ended (inline CSS or scripts first): a <meta>
        // policy later in the <head> was not read, so a missing one is said to be unseen, not asserted absent.
        const headCut = isHtml(res) && res.truncated === true && !/<\/head\s*>|<body\b/i.test(res.body)
            ? ` (the page was cut at the ${Math.max(1, Math.round(Buffer.byteLength(res.body) / 1024))} KiB read limit before its <head> ended, so a <meta> policy after that was not read: send it as a header, or move the <meta> element to the top of the <head>)` : '';
        const metaPolicies = meta.filter((m) => m['http-equiv']?.toLowerCase() === 'content-security-policy' && m.content !== undefined).flatMap((m) => parseCsp(m.content));
        const policies = [...headerPolicies, ...metaPolicies];
        const ancestors = headerPolicies.map((p) => p.get('frame-ancestors')).filter((a) => a !== undefined);
        // An empty source list matches nothing (CSP3): a bare `frame-ancestors` is `frame-ancestors 'none'`.
        const framingByCsp = ancestors.some((a) => !a.some(anySource));
        const xfoRaw = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(res, 'x-frame-options');
        const xfo = xfoRaw?.toLowerCase();
        // Browsers ignore X-Frame-Options when a CSP sets frame-ancestors (CSP3 \u00a76.4.2).
        const framingByXfo = ancestors.length === 0 && xfo !== undefined && xfoBlocks(xfo);
        if (judged.has('x-frame-options') && !framingByCsp && !framingByXfo) {
            // Set in the page's <meta> elements, where browsers ignore both: said, or the finding reads as a false positive.
            const inMeta = [
                ...(metaPolicies.some((p) => p.has('frame-ancestors')) && !ancestors.length ? ['frame-ancestors'] : []),
                ...(meta.some((m) => m['http-equiv']?.toLowerCase() === 'x-frame-options') && !xfoRaw ? ['X-Frame-Options'] : []),
            ];
            const metaHint = inMeta.length ? `; browsers ignore ${inMeta.join(' and ')} in a <meta> element: send ${inMeta.length > 1 ? 'them as headers' : 'it as a header'}` : '';
            // A CSP that sets frame-ancestors makes browsers ignore X-Frame-Options: the fix is frame-ancestors alone (an
            // X-Frame-Options: DENY already sent, or added, does not help), and an X-Frame-Options that would block is said to be ignored.
            const xfoShown = xfoRaw ? `X-Frame-Options '${(0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(xfoRaw, 40)}'${ancestors.length && xfoBlocks(xfo) ? ', ignored by browsers while the CSP sets frame-ancestors' : ''}` : 'no X-Frame-Options';
            const fix = ancestors.length ? "set frame-ancestors 'none' (or the origins allowed to frame the site)" : "send frame-ancestors 'none' or X-Frame-Options: DENY";
            const none = !xfoRaw && !ancestors.length ? (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .errorPageHint */ .J3)(res) : '';
            ctx.report({ url, message: `framing is not blocked (${xfoShown}, ${ancestors.length ? 'CSP frame-ancestors allows any site' : 'no CSP frame-ancestors'}${metaHint})${none}; ${fix}` });
        }
        if (!judged.has('content-security-policy')) { /* not promised */ }
        else if (!policies.length) {
            // A Report-Only policy only reports: said, or a team that rolled one out reads the finding as a missed header.
            const reportOnly = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValues */ .UE)(res, 'content-security-policy-report-only').some((v) => v.trim() !== '');
            ctx.report({ url, message: reportOnly
                    ? 'no Content-Security-Policy header: only Content-Security-Policy-Report-Only is sent, which reports violations and blocks nothing; send the policy as Content-Security-Policy too, restricting script-src'
                    : `no Content-Security-Policy header${headCut || (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .errorPageHint */ .J3)(res)}; add one that restricts script-src` });
        }
        else {
            const reasons = policies.map(weakScripts);
            if (reasons.every((r) => r !== undefined))
                ctx.report({ url, message: `Content-Security-Policy${headerPolicies.length ? '' : ' (in a <meta> element)'} does not restrict scripts: ${reasons[0]}` });
        }
        // A <meta name="referrer"> sets the page's policy when no header does (a header and a meta element: the header's tokens come first).
        const metaReferrer = meta.filter((m) => m.name?.toLowerCase() === 'referrer' && m.content !== undefined).map((m) => m.content).at(-1);
        const rpHeader = (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(res, 'referrer-policy');
        const rp = [rpHeader, metaReferrer].filter((v) => v !== undefined).join(', ') || undefined;
        const split = (v) => (v ?? '').split(',').map((t) => t.trim().toLowerCase());
        const tokens = [...split(rpHeader), ...split(metaReferrer).map((t) => LEGACY_META_REFERRER[t] ?? t)].filter((t) => REFERRER_TOKENS.has(t));
        const last = tokens.at(-1);
        if (judged.has('referrer-policy') && (!last || !SAFE_REFERRER.has(last))) {
            // Why it is weak, as browsers read it: no token they know (the browser default applies), a policy that
            // sends the full URL to other sites, or one that sends the origin over plain HTTP too.
            const why = !rp ? '' : !last ? 'has no policy browsers know (a typo? the browser default applies)'
                : last === 'unsafe-url' || last === 'no-referrer-when-downgrade' ? 'sends full URLs to other sites'
                    : last === 'origin-when-cross-origin' ? 'sends the origin to other sites, over plain HTTP too'
                        : 'sends the origin to every site, over plain HTTP too';
            ctx.report({ url, message: rp ? `Referrer-Policy '${(0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(rp, 60)}' ${why}; use strict-origin-when-cross-origin`
                    // Sent empty (`add_header Referrer-Policy "" always`): no policy, the browser default applies.
                    : rpHeader !== undefined || metaReferrer !== undefined ? 'Referrer-Policy is sent empty (no policy: the browser default applies); send strict-origin-when-cross-origin (or stricter)'
                        : `Referrer-Policy is missing${headCut || (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .errorPageHint */ .J3)(res)}; send strict-origin-when-cross-origin (or stricter)` });
        }
    },
});


/***/ }),

/***/ 77281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cJ: () => (/* binding */ X_POWERED_BY_ABSENT),
/* harmony export */   fb: () => (/* binding */ serverVersionLeak),
/* harmony export */   mr: () => (/* binding */ X_POWERED_BY_VERSION_ONLY)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63852);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37439);



const HEADERS = ['server', 'x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version', 'x-generator', 'x-jenkins'];
/** How the headers are written in messages (HTTP/2 and Node give them lower case). */
const DISPLAY = { server: 'Server', 'x-powered-by': 'X-Powered-By', 'x-aspnet-version': 'X-AspNet-Version', 'x-aspnetmvc-version': 'X-AspNetMvc-Version', 'x-generator': 'X-Generator', 'x-jenkins': 'X-Jenkins' };
// "nginx/1.25.3", "PHP/8.2", "Werkzeug/3.0.1 Python/3.11", "Microsoft-IIS/10.0", "4.0.30319".
const VERSION = /\/\s*v?\d|\bv?\d+\.\d+/i;
/** A CMS names its major version after a space: `X-Generator: Drupal 10 (https://www.drupal.org)`. */
const GENERATOR_VERSION = /^[A-Za-z][\w!.-]*\s+v?\d+\b/;
/**
 * An item that promises `X-Powered-By` is not sent at all ("`X-Powered-By` header removed", "Express
 * `app.disable('x-powered-by')`", "Responses don't expose `X-Powered-By: Express`", "No X-Powered-By header"): it binds
 * with `absent: [x-powered-by]`, so the probe fails the header whatever its value. Removal refused ("We don't remove
 * X-Powered-By", "X-Powered-By is not removed") is no promise.
 */
const X_POWERED_BY_ABSENT = /\bx-powered-by\b(?: headers?)?[^;]*?\b(?<!\b(?:not|never|n't) (?:be |been )?)(?:removed|disabled|hidden|suppressed|stripped|dropped|absent|turned off)\b|\bx-powered-by\b(?: headers?)?(?: is| are)? (?:not|never) (?:sent|set|exposed|present|returned|shown|included|emitted)\b|(?<!\b(?:not|never|n't|don't|do not|won't) )\b(?:remove|removes|disable|disables|hide|hides|suppress|suppresses|strip|strips|drop|drops)\b[^;]*?\bx-powered-by\b|\b(?:no|never|doesn't|don't|do not|does not|not|without)\b (?:(?:send|sends|expose|exposes|return|returns|reveal|reveals|include|includes|emit|emits|set|sets|show|shows|leak|leaks) )?(?:an? |the |any )?x-powered-by\b/;
/** What makes an X-Powered-By item about its version (the first rule) or an upgrade, not the header's absence. */
const X_POWERED_BY_VERSION_ONLY = /\b(?:versions?|older|newer|below|above|at least|minimum|upgrad\w*|outdated)\b/;
/**
 * Server banners of a CDN or load balancer in front of the site, which the site cannot hide and which
 * name no product version of its own: Edgecast's node id (`ECS (dcb/7F84)`; `ECAcc`, `ECD`, `EOS` for its
 * cache, dynamic and origin-storage nodes), AWS ELB's own pages (`awselb/2.0`), Azure Application Gateway's
 * SKU (`Microsoft-Azure-Application-Gateway/v2`: its tier, not a software version), Fly.io's edge proxy (`Fly/6f5b2b8e2
 * (2024-05-01)`: the build of Fly's proxy, which every app it hosts sends and none can remove). Banners of platforms
 * that name no version at all (`Vercel`, `Netlify`, `cloudflare`, `Google Frontend`, `AmazonS3`) pass anyway.
 */
const PLATFORM_BANNERS = [/^(?:ECS|ECAcc|ECD|EOS) \([a-z]{3}\/[0-9a-f]{1,6}\)$/i, /^awselb\/\d+(?:\.\d+)?$/i, /^Microsoft-Azure-Application-Gateway\/v\d$/i,
    /^Fly\/[0-9a-f]{6,40} \(\d{4}-\d{2}-\d{2}\)$/i];
/** `Server`/`X-Powered-By` and friends do not reveal product versions. */
const serverVersionLeak = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineProbe */ ._)({
    id: 'server-version-leak',
    title: 'Server banners hide versions',
    // Hiding the version: "We don't hide the server version" ("Server version is not exposed" is the promise).
    safeguard: /\bhid(?:e|es|den|ing)\b|\bsuppress(?:es|ed|ing)?\b|\bmask(?:s|ed|ing)?\b|\bconceal(?:s|ed|ing)?\b/,
    severity: 'low',
    description: 'Server/X-Powered-By (and X-AspNet-Version\u2026) do not reveal product versions.',
    match: [
        {
            // Versions only: the probe passes `Server: nginx` and `X-Powered-By: Express` by default, so an item that removes or
            // hides the Server header itself ("Server banner hidden") stays manual; X-Powered-By removed is the next rule's.
            // Hidden versions: "Server version is not disclosed", "No version numbers in Server/X-Powered-By
            // headers", "Hide the nginx version", "Server header does not reveal version", "Web server does not expose
            // its version number" (not a `/version` endpoint it serves); nginx's `server_tokens off` sends the name without the version
            // ("server tokens" alone may be API tokens of a server: only with off/disabled/hidden); PHP's `expose_php = Off` leaves the
            // PHP version out of X-Powered-By.
            // "Server banners hide versions" (the check's title), "Nginx hides its version".
            pattern: /\b(?:server|nginx|apache|banners?)\b[^;]*\b(?:hide|hides|conceal|conceals|omit|omits|strip|strips|suppress(?:es)?) (?:the |their |its |all |any )?(?:(?:server|software|product) )?versions?\b|\bserver_tokens\b|\bserver tokens (?:off|disabled|hidden)\b|\bexpose_php ?(?:=|:)? ?["']?(?:off|0|false)\b|\b(?:server|nginx|apache|php|x-powered-by)\b[^;]*\bversions?\b[^;]*\b(?:not|never|hidden|removed|suppressed|off)\b|\b(?:hide|hides|remove|suppress|no|not|never|don't|do not|doesn't|does not|without)\b[^;]*\b(?<!\bapi )versions?\b[^;]*\b(?:server|headers?|banners?|x-powered-by)\b|\b(?:hide|hides|remove|suppress|no|not|never|don't|do not|doesn't|does not|without)\b[^;]*\b(?:server|nginx|apache|php) versions?\b|\b(?:server|nginx|apache|php|x-powered-by)\b[^;]*\b(?:not|never|doesn't|does not|don't|do not|won't)\b (?:reveal|disclose|expose|leak|show|advertise|display|include|contain|send)s? (?:the |its |their |any |a )?(?:(?:server|software|product|nginx|apache|php) )?versions?\b(?! ?(?:endpoints?|routes?|apis?|paths?|files?)\b)/,
            // A minimum version ("nginx version is not older than 1.25.3", "Postgres server version not below 14") is about upgrades.
            unless: /\b(?:older|newer|below|above|at least|minimum|upgrad\w*|outdated|latest|old)\b/,
            note: 'a promise that server versions are not disclosed: the probe reads Server/X-Powered-By',
        },
        {
            // OWASP ASVS V14.3.3: "HTTP headers or any part of the HTTP response do not expose detailed version information of
            // system components".
            pattern: /\b(?:http )?(?:response )?headers?\b[^;]*(?:\b(?:not|never)|n't) (?:expose|reveal|disclose|leak|contain|include)s? (?:any )?(?:detailed )?version (?:information|info|numbers?|details)\b/,
            unless: /\b(?:older|newer|below|above|at least|minimum|upgrad\w*|outdated|latest|old|review\w*|audit\w*|document\w*|monitor\w*)\b/,
            note: 'a promise that response headers disclose no versions: the probe reads Server/X-Powered-By',
        },
        {
            pattern: X_POWERED_BY_ABSENT,
            // An upgrade of the framework is not the header; a version hidden in it ("Hide the version in X-Powered-By") is the rule above's.
            unless: X_POWERED_BY_VERSION_ONLY,
            note: 'a promise that X-Powered-By is not sent: the probe fails the header (option `absent`)',
        },
    ],
    docs: {
        why: 'A version number tells an attacker which known vulnerabilities to try first.',
        fix: 'nginx: `server_tokens off;`; Express: `app.disable("x-powered-by")`; PHP: `expose_php = Off`; remove X-AspNet-Version.',
        details: 'Headers read: `Server`, `X-Powered-By`, `X-AspNet-Version`, `X-AspNetMvc-Version`, `X-Generator` and `X-Jenkins`, on every response of the target\'s redirect chain; a product name alone (`nginx`, `Express`) passes, a version (`nginx/1.25.3`, `PHP/8.2`, and in `X-Generator` a major version after the name: `Drupal 10 (https://www.drupal.org)`) fails. One finding per header value. Option `absent` (headers that must not be sent at all: a checklist item "`X-Powered-By` header removed", "Express `app.disable(\'x-powered-by\')`" or "Responses don\'t expose `X-Powered-By: Express`" binds with `absent: [x-powered-by]`) fails those headers whatever their value; such an item names no other header, so it binds with `headers: [x-powered-by]` too (option `headers`: the headers read, all by default), and a version in the `Server` banner is not its finding. The `Server` banners of a CDN or load balancer that the site cannot hide and that name no version of its software pass: Edgecast\'s node ids (`ECS (dcb/7F84)`, `ECAcc (nyb/1D13)`, `ECD \u2026`, `EOS \u2026`), AWS ELB\'s own pages (`awselb/2.0`), Azure Application Gateway\'s tier (`Microsoft-Azure-Application-Gateway/v2`) and Fly.io\'s edge proxy (`Fly/6f5b2b8e2 (2024-05-01)`: the build of Fly\'s proxy, not of the site\'s software); banners that name no version (`Vercel`, `Netlify`, `cloudflare`, `Google Frontend`, `gws`, `AmazonS3`) pass like any product name.',
    },
    options: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        absent: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(HEADERS)).min(1).optional()
            .describe('Headers that must not be sent at all, whatever their value (a checklist item "X-Powered-By header removed" binds with [x-powered-by])'),
        headers: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(HEADERS)).min(1).default([...HEADERS])
            .describe('The headers read for versions (the `absent` ones are read too): an item about X-Powered-By only binds with [x-powered-by], so the Server banner is not its finding'),
    }),
    needs: () => ({ main: true }),
    evaluate(obs, ctx) {
        const hops = obs.main?.hops ?? [];
        if (!hops.length) {
            ctx.error(obs.main?.error ?? `no response from ${obs.url}`);
            return;
        }
        const seen = new Set();
        const absent = new Set(ctx.options.absent ?? []);
        const read = new Set([...ctx.options.headers, ...absent]);
        for (const res of hops) {
            for (const name of HEADERS) {
                if (!read.has(name))
                    continue;
                for (const v of (0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .headerValues */ .UE)(res, name)) {
                    if (absent.has(name)) {
                        if (seen.has(`${name}:${v}`))
                            continue;
                        seen.add(`${name}:${v}`);
                        ctx.report({ url: res.url, message: `${res.url} sends ${DISPLAY[name] ?? name}: '${(0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(v, 80)}'; remove the header` });
                        continue;
                    }
                    if (!(VERSION.test(v) || (name === 'x-generator' && GENERATOR_VERSION.test(v))) || seen.has(`${name}:${v}`) || (name === 'server' && PLATFORM_BANNERS.some((b) => b.test(v))))
                        continue;
                    seen.add(`${name}:${v}`);
                    ctx.report({ url: res.url, message: `${res.url} reveals its version in ${DISPLAY[name] ?? name}: '${(0,_util_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(v, 80)}'; hide it` });
                }
            }
        }
    },
});


/***/ }),

/***/ 37439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   $q: () => (/* binding */ CHALLENGE_ADVICE),
/* harmony export */   Bd: () => (/* binding */ targetPath),
/* harmony export */   Bo: () => (/* binding */ sameSession),
/* harmony export */   Cw: () => (/* binding */ describeStop),
/* harmony export */   H: () => (/* binding */ craftedOrigins),
/* harmony export */   Hp: () => (/* binding */ protectedAdvice),
/* harmony export */   I6: () => (/* binding */ CERT_WEAK_ERRORS),
/* harmony export */   Is: () => (/* binding */ GATEWAY_DOWN),
/* harmony export */   J3: () => (/* binding */ errorPageHint),
/* harmony export */   JK: () => (/* binding */ mountPath),
/* harmony export */   LO: () => (/* binding */ withQuoteMask),
/* harmony export */   Ls: () => (/* binding */ redirectedOrigins),
/* harmony export */   M6: () => (/* binding */ CLIENT_CERT_ADVICE),
/* harmony export */   MJ: () => (/* binding */ originPath),
/* harmony export */   Mk: () => (/* binding */ failedHopOf),
/* harmony export */   PQ: () => (/* binding */ pemBlocks),
/* harmony export */   Qg: () => (/* binding */ isTargetHost),
/* harmony export */   R7: () => (/* binding */ hostOverride),
/* harmony export */   SF: () => (/* binding */ isMetadataHost),
/* harmony export */   TK: () => (/* binding */ headerText),
/* harmony export */   UE: () => (/* binding */ headerValues),
/* harmony export */   Ww: () => (/* binding */ clientCertWall),
/* harmony export */   X$: () => (/* binding */ gatewayDown),
/* harmony export */   Yj: () => (/* binding */ defaultHealthPaths),
/* harmony export */   cR: () => (/* binding */ plainHttpFinding),
/* harmony export */   ck: () => (/* binding */ keepsPath),
/* harmony export */   dP: () => (/* binding */ clientCertPage),
/* harmony export */   dp: () => (/* binding */ isRedirectLoop),
/* harmony export */   eT: () => (/* binding */ REDIRECTS),
/* harmony export */   fq: () => (/* binding */ botChallenge),
/* harmony export */   jo: () => (/* binding */ tlsAt),
/* harmony export */   lw: () => (/* binding */ untrustedReason),
/* harmony export */   oG: () => (/* binding */ decodeSafe),
/* harmony export */   oc: () => (/* binding */ FOREIGN_ORIGIN),
/* harmony export */   qp: () => (/* binding */ keyKind),
/* harmony export */   u8: () => (/* binding */ certWeaknesses),
/* harmony export */   ux: () => (/* binding */ notThePage),
/* harmony export */   uz: () => (/* binding */ CERT_DATE_ERRORS),
/* harmony export */   v: () => (/* binding */ targetResponse),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   yN: () => (/* binding */ isPlainHttp),
/* harmony export */   zA: () => (/* binding */ shownUrl),
/* harmony export */   zN: () => (/* binding */ protectedReason)
/* harmony export */ });
/* unused harmony exports finalOf, certWeakness */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26749);



const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * A response header value as the server wrote it. undici reads header bytes as latin1, so UTF-8 text
 * (`X-Frame-Options: \u201cDENY\u201d`, pasted with typographic quotes) would read `\u00e2DENY\u00e2` with C1 control
 * characters inside: bytes that form valid UTF-8 are read as UTF-8 (as curl and browsers' devtools show
 * them); any other value is kept as it came.
 */
function headerText(value) {
    if (!/[\x80-\xff]/.test(value) || /[^\x00-\xff]/.test(value))
        return value;
    try {
        return UTF8.decode(Buffer.from(value, 'latin1'));
    }
    catch {
        return value;
    }
}
/** The masking of secrets that `clip` applies before it cuts (set by `withQuoteMask` while a probe judges). */
let quoteMask;
/**
 * Runs `fn` (a probe's judgement) with `mask` applied by `clip` to every value before it is cut: probes judge what
 * the server sent as it came, and only the text they show is masked. A secret echoed into a header and then cut
 * short in a message (`X-Frame-Options 'AbCdEf-SeCr\u2026'`) would escape a later replace of the whole value.
 */
function withQuoteMask(mask, fn) {
    const outer = quoteMask;
    quoteMask = mask;
    try {
        return fn();
    }
    finally {
        quoteMask = outer;
    }
}
/**
 * A value quoted in a message, cut to `max` characters with an ellipsis when longer (so a cut value never reads as
 * whole); secrets in it are masked first (see `withQuoteMask`).
 */
function clip(value, max) {
    const chars = [...(quoteMask ? quoteMask(value) : value)];
    return chars.length > max ? `${chars.slice(0, max).join('')}\u2026` : value;
}
/** Every value of a header (names are case-insensitive), trimmed. */
function headerValues(res, name) {
    return (res.headers[name.toLowerCase()] ?? []).map((v) => v.trim());
}
/** The one value of a header, joined the way a browser would when it is repeated. */
function header(res, name) {
    const all = headerValues(res, name);
    return all.length ? all.join(', ') : undefined;
}
// A path segment of a login page anywhere: `/login`, `/users/sign_in`, `/wp-login.php` (WordPress),
// `/session/new` (Rails, GitHub), `/Account/Logon` (ASP.NET), `/cas/login`\u2026
const LOGIN_PATH = /\/(log[-_]?in|log[-_]?on|wp-login|sign[-_]?in|sign[-_]?on|sessions?\/new|cas\/login|login\.srf)(\/|\?|#|\.|$)/i;
// Identity-provider words (`/oauth2/authorize`, `/saml/SSO`, `/auth/realms/\u2026`) are a login wall as the first
// segment or under an account/auth segment; elsewhere they name a page about them (`/features/sso`, `/docs/oauth2`).
const IDP_SEGMENT = /^(?:sso|saml2?|oauth2?|openid(?:-connect)?|auth(?:orize|enticate)?|adfs|idp)(?:\.\w+)?$/i;
const AUTH_PARENT = /^(?:\.?auth|account|accounts|user|users|identity|id|connect|protocol|api|v\d+|oauth2?|saml2?|sso|idp|adfs)$/i;
const isLoginPath = (pathname) => {
    if (LOGIN_PATH.test(pathname))
        return true;
    const segs = pathname.split('/').filter(Boolean);
    return segs.some((s, i) => IDP_SEGMENT.test(s) && (i === 0 || AUTH_PARENT.test(segs[i - 1])));
};
const IDP_HOST = /(^|\.)(accounts\.google\.com|login\.microsoftonline\.com|login\.live\.com|okta\.com|oktapreview\.com|auth0\.com|onelogin\.com|pingidentity\.com|github\.com\/login|cloudflareaccess\.com|amazoncognito\.com)$/i;
/**
 * A CDN's or WAF's bot challenge that answered instead of the site, by the marker its vendor documents: Cloudflare's
 * challenge pages (`cf-mitigated: challenge`, a 403 "Just a moment..."), AWS WAF's Challenge (202) and CAPTCHA (405)
 * (`x-amzn-waf-action: challenge|captcha`). Its headers, body and timing are the CDN's, not the application's.
 */
function botChallenge(res) {
    const values = (name) => (res.headers[name] ?? []).map((v) => v.trim().toLowerCase());
    const aws = values('x-amzn-waf-action').find((v) => v === 'challenge' || v === 'captcha');
    const who = values('cf-mitigated').includes('challenge') ? "Cloudflare's bot challenge (cf-mitigated: challenge)"
        : aws ? `AWS WAF's ${aws === 'captcha' ? 'CAPTCHA' : 'bot challenge'} (x-amzn-waf-action: ${aws})` : undefined;
    return who && `${res.url} answers ${res.status} with ${who} instead of the site`;
}
/** nginx's 400 pages for `ssl_verify_client on` without (or with a bad) client certificate. */
const CLIENT_CERT_PAGE = /No required SSL certificate was sent|The SSL certificate error/i;
/** CLIENT_CERT_PAGE in a page's title, as nginx's error page writes it. */
const CLIENT_CERT_TITLE = new RegExp(`<title>[^<]{0,40}?(${CLIENT_CERT_PAGE.source})`, 'i');
/** nginx's error page is ~0.2 KB (~0.8 KB with its padding for browsers' friendly error pages): a larger page is an application's. */
const CLIENT_CERT_PAGE_MAX = 4096;
/** What to do about a client-certificate wall (mutual TLS): Preflight presents no client certificate. */
const CLIENT_CERT_ADVICE = 'probe a URL that does not require one';
/**
 * What nginx's 400 page for a missing or bad client certificate says ("No required SSL certificate was sent"), if `res` is
 * that page: short and saying it in its title (`<title>400 No required SSL certificate was sent</title>`). An application's
 * page that merely quotes the phrase (a FAQ) is not. The one test health-endpoint's hint and the page probes' wall share.
 */
function clientCertPage(res) {
    if (res.status !== 400 || res.body.length > CLIENT_CERT_PAGE_MAX)
        return undefined;
    return CLIENT_CERT_TITLE.exec(res.body)?.[1];
}
/**
 * A client-certificate wall that answered instead of the application, if the response is one: nginx's 400 page for
 * `ssl_verify_client on` ("No required SSL certificate was sent"), which the TLS terminator serves before any
 * application runs. Its headers, cookies and timing are the server's, not the application's (as a login wall's are not).
 */
function clientCertWall(res) {
    const said = clientCertPage(res);
    return said && `${res.url} answers 400 with a page that says "${said}": the server requires a client certificate (mutual TLS), which Preflight does not present`;
}
/** What to do about a bot challenge. */
const CHALLENGE_ADVICE = 'allow-list the runner in the CDN\'s bot rules, or pass the bypass header it accepts with --header (the action input headers, or probes.headers)';
/**
 * Gateway answers for an application that did not answer (502 bad gateway, 503 unavailable, 504 gateway
 * timeout): the proxy's error page, nothing of the application to judge.
 */
const GATEWAY_DOWN = new Map([[502, 'bad gateway'], [503, 'service unavailable'], [504, 'gateway timeout']]);
/** Why a response is a gateway's error page rather than the application's, if it is. */
function gatewayDown(res) {
    const what = GATEWAY_DOWN.get(res.status);
    return what === undefined ? undefined : `${res.url} answers ${res.status} (${what}): the application behind it did not answer`;
}
/**
 * An off-host URL that carries the start's own URL in its query (`https://auth.example.com/?rd=https://app.example.com/`:
 * Authelia; `\u2026/application/o/authorize/?redirect_uri=https://app\u2026/outpost.goauthentik.io/callback`: authentik): a
 * forward-auth or SSO portal, which must know where to send the user back.
 */
function returnsTo(url, start) {
    if (url.hostname === start.hostname)
        return false;
    for (const value of url.searchParams.values()) {
        if (!/^https?:\/\//i.test(value))
            continue;
        try {
            if (new URL(value).hostname === start.hostname)
                return true;
        }
        catch { /* not a URL */ }
    }
    return false;
}
/**
 * The login path a 403 page sends its visitor to, if it is a sign-in page: a form whose `action` is a login/SSO
 * path (oauth2-proxy's default sign-in page: 403 with `<form method="GET" action="/oauth2/start">`) or a meta
 * refresh to one (Jenkins: 403 with `<meta http-equiv='refresh' content='1;url=/login?from=%2F'/>`).
 */
function signInTarget(res) {
    if (res.status !== 403)
        return undefined;
    const head = res.body.slice(0, 16384);
    const targets = [
        ...[...head.matchAll(/<form\b[^>]*?\saction\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]),
        ...[...head.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*content\s*=\s*["']?\s*\d*\s*;?\s*url\s*=\s*([^"'\s>]+)/gi)].map((m) => m[1]),
    ];
    for (const t of targets) {
        let url;
        try {
            url = new URL(t.replace(/&amp;/g, '&'), res.url);
        }
        catch {
            continue;
        }
        if (isLoginPath(url.pathname))
            return url.pathname;
    }
    return undefined;
}
/** Why a chain ends on a login wall (401, a redirect to a login/SSO page, a 403 sign-in page), if it does. */
function protectedReason(chain) {
    return loginWall(chain)?.reason;
}
/**
 * The login wall a chain ends on: why, and the URL of the response that put it up (the 401 or the 403 sign-in page
 * itself, or the hop that redirected to the login page): what decided whether the request may see the application.
 */
function loginWall(chain) {
    const last = chain.hops.at(-1);
    if (!last)
        return undefined;
    if (last.status === 401 || last.status === 407)
        return { reason: `${last.url} answers ${last.status} (authentication required)`, by: last.url };
    const signIn = signInTarget(last);
    if (signIn)
        return { reason: `${last.url} answers 403 with a sign-in page (to ${signIn})`, by: last.url };
    let start;
    try {
        start = new URL(chain.start);
    }
    catch { /* judged by path and host only */ }
    // Each URL redirected to, with the response that redirected there.
    const urls = [...chain.hops.slice(1).map((h, i) => [h.url, chain.hops[i].url]), ...(chain.stopped ? [[chain.stopped.location, last.url]] : [])];
    for (const [u, by] of urls) {
        let url;
        try {
            url = new URL(u);
        }
        catch {
            continue;
        }
        if (isLoginPath(url.pathname) || IDP_HOST.test(url.hostname) || (start && returnsTo(url, start)))
            return { reason: `${chain.start} redirects to a login page (${url.origin}${url.pathname})`, by };
    }
    return undefined;
}
/** The last response of a chain. */
const finalOf = (chain) => chain.hops.at(-1);
/**
 * Where the chain's last redirect led when fetching that hop failed (`chain.error` is then that hop's, not the
 * start's): an https:// page redirecting to an http:// origin that does not answer (an application behind a
 * TLS-terminating proxy, no plain-HTTP listener) says so instead of blaming the page.
 */
function failedHopOf(chain) {
    const last = chain.hops.at(-1);
    const location = last?.headers.location?.[0];
    if (!chain.error || !last || !REDIRECTS.has(last.status) || location === undefined)
        return undefined;
    try {
        return new URL(location, last.url).href;
    }
    catch {
        return undefined;
    }
}
/**
 * The target's final response for header-judging probes, or `undefined` after reporting why it
 * cannot be judged (no answer \u2192 error; login wall or client-certificate wall \u2192 `error: protected` when `guarded`).
 */
function targetResponse(obs, ctx, guarded) {
    const chain = obs.main;
    if (!chain) {
        ctx.error('the target was not fetched');
        return undefined;
    }
    const last = finalOf(chain);
    if (!last || chain.error) {
        const hop = failedHopOf(chain);
        ctx.error(hop ? `${last.url} redirects to ${hop}, which did not answer: ${chain.error}` : chain.error ?? `no response from ${obs.url}`);
        return undefined;
    }
    if (guarded) {
        const down = gatewayDown(last);
        if (down) {
            ctx.error(`${down}; probe again when it is up`);
            return undefined;
        }
        const why = notThePage(chain, obs);
        if (why) {
            ctx.error(why);
            return undefined;
        }
    }
    return last;
}
/**
 * Said of a header missing from the page judged when that page is an error page (4xx/5xx: a target URL the site has no
 * route for, an API without a `/` route): servers often leave headers off error pages, so the header may be configured
 * for the site's pages. nginx's `add_header` without `always` is named only when the response says nginx answered
 * (`Server: nginx\u2026`, OpenResty's too); any other server (Express's own 500, Kestrel, a hidden `Server`) gets the general
 * rule. Empty for a 1xx\u20133xx answer.
 */
function errorPageHint(res) {
    if (res.status < 400)
        return '';
    const nginx = (res.headers?.server ?? []).some((v) => /^\s*(?:nginx|openresty)\b/i.test(v));
    return nginx
        ? ` (the page judged answered HTTP ${res.status}, an error page: nginx adds headers to error pages only with \`always\`, so add \`always\` if the header is configured, or probe a URL that answers 2xx)`
        : ` (the page judged answered HTTP ${res.status}, an error page: the server or proxy may leave headers off error responses, so send the header on every response if it is configured, or probe a URL that answers 2xx)`;
}
/**
 * Why a chain that answered did not end on the application's page, as an error: a login wall (`protected: \u2026`, with
 * the advice to give headers), a client-certificate wall (`protected: \u2026`, mutual TLS) or a redirect not followed (a loop, another host, a metadata address); undefined when
 * it did. A redirect's or a login page's headers and timing say nothing about the application.
 */
function notThePage(chain, obs, what = '') {
    const last = chain.hops.at(-1);
    const challenge = last && botChallenge(last);
    if (challenge)
        return `${challenge}${what}; ${CHALLENGE_ADVICE}`;
    // A client-certificate wall (mutual TLS) is a wall no header given opens: its own advice.
    const certWall = last && clientCertWall(last);
    if (certWall)
        return `protected: ${certWall}${what}; ${CLIENT_CERT_ADVICE}`;
    const why = protectedReason(chain);
    if (why)
        return `protected: ${why}${what}; ${protectedAdvice(obs, [chain])}`;
    if (!chain.stopped)
        return undefined;
    const advice = chain.stopped.reason === 'limit' ? 'fix the redirects so the page answers' : chain.stopped.reason === 'metadata' ? 'a redirect to a cloud metadata address is never followed: fix the redirect' : 'probe that URL directly';
    return `${chain.start} ${describeStop(chain)}${what}; ${advice}`;
}
/** Whether a chain stopped at the hop limit by going round: its next location is one it already answered from. */
function isRedirectLoop(chain) {
    const location = chain.stopped?.location;
    return chain.stopped?.reason === 'limit' && chain.hops.some((h) => h.url === location);
}
/** Why a redirect chain stopped, as the rest of a sentence about its start ("\u2026 is in a redirect loop (last to \u2026)"). */
function describeStop(chain) {
    if (!chain.stopped)
        return 'answered';
    const { location, reason } = chain.stopped;
    if (reason !== 'limit')
        return `redirects to ${location} (${reason}), which is not followed`;
    return `${isRedirectLoop(chain) ? 'is in a redirect loop' : `redirects more than ${chain.hops.length - 1} times`} (last to ${location})`;
}
/** True when the target URL is plain HTTP. */
/** The path an application is mounted under, from the target URL (`https://host/app/` \u2192 `/app`; '' at the root). */
/** `s` percent-decoded, or `s` itself when it is no valid encoding (`%zz`). */
function decodeSafe(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/**
 * Whether the redirect's `location` keeps the path asked (`/.env` \u2192 `https://www.example.com/.env`, `\u2026/site/.env`,
 * `\u2026/.env/`): what is there may be that file. A fixed URL that drops it (every unknown path \u2192 `https://www.example.com/`,
 * a marketing site's or an SSO portal's root) cannot be serving that file, as a same-host redirect to `/` or `/login` is
 * not. Compared decoded and case-insensitively at a segment boundary, a trailing slash aside; a query the path has
 * (`/haproxy?stats`) must be kept too. A location that cannot be read keeps it (unjudged, never a pass).
 */
function keepsPath(location, path) {
    let to;
    let asked;
    try {
        to = new URL(location);
        asked = new URL(path, 'http://x');
    }
    catch {
        return true;
    }
    const norm = (p) => decodeSafe(p).toLowerCase().replace(/\/+$/, '');
    if (!norm(to.pathname).endsWith(norm(asked.pathname)))
        return false;
    const query = decodeSafe(asked.search.slice(1)).toLowerCase();
    return !query || decodeSafe(to.search.slice(1)).toLowerCase().includes(query);
}
/**
 * A URL that a redirect named (a `Location` the target sent, or a URL reached through one), as findings and errors print it:
 * its origin and path, never a password (`user:pw@`), a query or a fragment, which may hold a secret (a CDN-signed link's
 * `X-Amz-Signature`, a token): `?\u2026` says a query was left out. `query`: the query the path asked carries (`stats` of
 * `/haproxy?stats`), printed when the URL's is exactly that. `bare`: without the `?\u2026` (a finding's `url`).
 */
function shownUrl(url, query = '', bare = false) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        const cut = url.replace(/^([a-z][\w+.-]*:\/\/)[^/?#]*@/i, '$1').replace(/[?#][\s\S]*$/, '');
        return cut === url || bare ? cut : `${cut}?\u2026`;
    }
    const q = u.search.slice(1);
    const kept = !q ? '' : query && decodeSafe(q).toLowerCase() === decodeSafe(query).toLowerCase() ? u.search : bare ? '' : '?\u2026';
    return `${u.origin}${u.pathname}${kept}`;
}
const mountPath = (url) => new URL(url).pathname.replace(/\/+$/, '');
const isPlainHttp = (obs) => obs.url.toLowerCase().startsWith('http:');
/**
 * Why an `http://` target fails a TLS probe, as a finding, in words that fit the deployment: `none` says what the target
 * lacks ("no certificate is served"), `what` what the probe judges ("its certificate"), `fix` what to do for a site
 * served over plain HTTP alone. When the target's own redirects lead to `https://` on the same host (seen when
 * another probe fetched the target: no request is made for this), the HTTPS side exists but is not the target the TLS
 * probes judge: the fix is the URL given.
 */
function plainHttpFinding(obs, none, what, fix) {
    const https = obs.main?.hops.map((h) => h.url).find((u) => u.toLowerCase().startsWith('https://'));
    if (!https)
        return { message: `${obs.url} is plain HTTP: ${none}; ${fix}` };
    return {
        message: `${obs.url} is plain HTTP (${none}), so this item fails for the target given. It redirects to ${https}, but the TLS probes judge the URL given, not where it redirects: give ${https} as the target to have ${what} judged`,
        fix: `Give ${https} as the target (--url, the action input url or probes.url): the TLS probes judge the URL given, and ${obs.url} is plain HTTP.`,
    };
}
/**
 * The `https://` origins other than the target's that chains reached (same-host redirects to another port), each once,
 * in the order reached: the first URL reached there and the URL that redirected to it. A hop whose request failed
 * (`failedHopOf`) counts: users are sent there.
 */
function redirectedOrigins(chains, target) {
    const out = new Map();
    let origin;
    try {
        origin = new URL(target).origin;
    }
    catch {
        return [];
    }
    for (const chain of chains) {
        if (!chain)
            continue;
        const failed = failedHopOf(chain);
        const urls = [...chain.hops.map((h) => h.url), ...(failed ? [failed] : [])];
        for (const [i, u] of urls.entries()) {
            let url;
            try {
                url = new URL(u);
            }
            catch {
                continue;
            }
            if (i === 0 || url.protocol !== 'https:' || url.origin === origin || out.has(url.origin))
                continue;
            out.set(url.origin, { url: url.href, from: urls[i - 1] });
        }
    }
    return [...out.values()];
}
/**
 * The handshake of the origin a URL is on: the target's, or that of another origin its redirects reached; undefined
 * when none was made there.
 */
function tlsAt(obs, url) {
    let origin;
    try {
        origin = new URL(url).origin;
    }
    catch {
        return undefined;
    }
    if (origin === new URL(obs.url).origin)
        return obs.tls;
    return obs.redirectTls?.find((r) => new URL(r.url).origin === origin)?.tls;
}
/** The foreign origin sent by the CORS requests (a reserved, never-resolving name). */
const FOREIGN_ORIGIN = 'https://preflight-probe.invalid';
/** Second-level labels under a country code that registries sell names under (`example.co.uk`, `shop.com.au`). */
const CC_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org']);
/**
 * Foreign origins made from the target's host, for allow-lists that match by prefix, suffix or substring (an unanchored
 * regex, `startsWith`, `endsWith`, `includes`): `suffix`, the host followed by a foreign domain
 * (`https://app.example.com.preflight-probe.invalid`, let in by `^https://(.*\.)?example\.com` without its `$`); `prefix`,
 * a foreign name ending in the site's domain (`https://preflight-probe-example.com`, let in by `endsWith('example.com')`).
 * The domain is the host's last two labels (three under `co.uk`-style suffixes): never a sub-domain of the site itself,
 * which an allow-list of its sub-domains rightly trusts. A heuristic, not the Public Suffix List: registry suffixes such as
 * `ne.jp` or `me.uk` are missed (a prefix origin the site's allow-list may not be tested with). An IPv4 address gets the
 * first only, an IPv6 address neither.
 */
function craftedOrigins(target) {
    const host = target.hostname.toLowerCase().replace(/\.$/, '');
    if (!host || host.startsWith('[') || node_net__WEBPACK_IMPORTED_MODULE_0__.isIP(host))
        return node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4(host) ? [{ origin: `${target.protocol}//${host}.preflight-probe.invalid`, trick: 'suffix' }] : [];
    const labels = host.split('.');
    const n = labels.length >= 3 && labels.at(-1).length === 2 && CC_SECOND_LEVEL.has(labels.at(-2)) ? 3 : 2;
    const domain = labels.slice(-n).join('.');
    return [
        { origin: `${target.protocol}//${host}.preflight-probe.invalid`, trick: 'suffix' },
        { origin: `${target.protocol}//preflight-probe-${domain}`, trick: 'prefix' },
    ];
}
/**
 * The site's name a `Host` header given for the target names when it is not the URL's own host (`--header "Host:
 * app.example.com"` with `--url https://10.0.0.5/`: a load balancer's or a server's address probed before DNS names it):
 * its hostname as URLs write it (lower-case, no trailing dot, IPv6 in brackets) and the port it names, if any. Undefined
 * without such a header, or when its value is no `host[:port]`.
 */
function hostOverride(headers, target) {
    const value = Object.entries(headers).find(([k]) => (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .isHostHeader */ .UM)(k))?.[1]?.trim();
    if (!value || /[\s/\\?#@]/.test(value))
        return undefined;
    let u;
    try {
        u = new URL(`${target.protocol}//${value}/`);
    }
    catch {
        return undefined;
    }
    const hostname = u.hostname.replace(/\.$/, '');
    if (!hostname || hostname === target.hostname.replace(/\.$/, ''))
        return undefined;
    // `URL` drops a port that is its scheme's default (`app.example.com:443` on https): named all the same.
    const port = /:(\d+)$/.exec(value)?.[1];
    return { hostname, ...(port !== undefined ? { port: String(Number(port)) } : {}) };
}
/**
 * Whether `hostname` is the target's host: the target URL's own, or the site's name a `Host` header given for it
 * named (`obs.virtualHost`, see {@link hostOverride}).
 */
function isTargetHost(obs, hostname) {
    const h = hostname.toLowerCase().replace(/\.$/, '');
    return h === new URL(obs.url).hostname.replace(/\.$/, '') || (obs.virtualHost !== undefined && h === obs.virtualHost);
}
/** Link-local and cloud metadata hosts: redirects there are never followed. */
function isMetadataHost(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
    if (['metadata.google.internal', 'metadata', 'instance-data', 'metadata.azure.internal'].includes(h))
        return true;
    if (node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4(h)) {
        const [a, b] = h.split('.').map(Number);
        return (a === 169 && b === 254) || h === '100.100.100.200' || h === '192.0.0.192';
    }
    if (node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6(h)) {
        const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
        if (mapped)
            return isMetadataHost(mapped[1]);
        // WHATWG URLs print IPv4-mapped addresses in hex (::ffff:a9fe:a9fe).
        const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
        if (hex) {
            const [hi, lo] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
            return isMetadataHost(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
        }
        return /^fe[89ab][0-9a-f]:/.test(h) || h === 'fd00:ec2::254';
    }
    return false;
}
/** HTTP statuses that redirect (with a Location). */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * The target URL's own path and query (`https://host/app/?x=1` \u2192 `/app/?x=1`): what "the target"
 * means where a path is not configured, so a deployment under a path prefix is probed there.
 */
function targetPath(url) {
    try {
        const u = new URL(url ?? '');
        return `${u.pathname || '/'}${u.search}`;
    }
    catch {
        return '/';
    }
}
/**
 * The health paths probed when an item names none: the checklist's `probes.health` (paths on the
 * target's origin, as written), else the target URL itself.
 */
function defaultHealthPaths(config) {
    return config.health?.length ? config.health : [targetPath(config.url)];
}
/**
 * A configured path stays on the target's origin: it starts with one `/`. `//host/x` and `/\host/x`
 * (tabs and newlines between are dropped by URL parsers) name another host when resolved.
 */
const ORIGIN_PATH = /^\/(?![\t\n\r]*[/\\])/;
/** The option schema of a path on the target's origin (see `ORIGIN_PATH`); `example` shows one in the error. */
const originPath = (example = '/healthz') => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^\//, { message: `expected a URL path starting with "/" (e.g. ${example})`, abort: true })
    .regex(ORIGIN_PATH, 'expected a path on the target\'s host: one leading "/", not "//" or "/\\" (which name another host)');
/** OpenSSL's verify errors about a certificate's dates: they say nothing of who issued it. */
const CERT_DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
/**
 * OpenSSL's codes for a key or a signature below its security level (Node has no names for some and
 * reports them as UNSPECIFIED): like a date error, reported instead of whether the issuer is trusted.
 */
const CERT_WEAK_ERRORS = new Set(['EE_KEY_TOO_SMALL', 'CA_KEY_TOO_SMALL', 'CA_MD_TOO_WEAK', 'UNSPECIFIED']);
/** Minimum key sizes clients accept (OpenSSL security level 2, browsers): RSA/DSA 2048 bits, EC 224. */
const MIN_BITS = { rsa: 2048, 'rsa-pss': 2048, dsa: 2048, ec: 224 };
const WEAK_DIGEST = /(?:sha-?1|md[245])(?!\d)/i;
/** EdDSA, which no browser supports in certificates (Chrome, Firefox and Safari offer no Ed25519/Ed448 signature algorithm). */
const EDDSA = { ed25519: 'Ed25519', ed448: 'Ed448' };
const EDDSA_SIGNATURE = /^ed(25519|448)$/i;
/**
 * The weakness rules of the `certificate` probe, in one place (the probe and {@link untrustedReason} say the same): the
 * leaf's EdDSA key, an EdDSA signature, a key under the minimum size, a SHA-1 or MD5 signature. A trust anchor's own
 * signature (a self-issued certificate above the leaf) is never checked: only the certificates it vouches for count.
 * Every problem is one entry, in chain order (a 1024-bit RSA leaf signed with SHA-1 is two: reissuing it with a stronger
 * key from the same SHA-1 tooling fixes one); a self-signed EdDSA leaf's own EdDSA signature is its key's problem, said once.
 */
function certWeaknesses(chain) {
    const out = [];
    for (const [index, cert] of chain.entries()) {
        const anchor = index > 0 && cert.selfIssued;
        const ed = index === 0 && cert.keyType ? EDDSA[cert.keyType] : undefined;
        if (ed)
            out.push({ index, cert, kind: 'eddsa-key', algorithm: ed });
        const edSig = cert.signatureAlgorithm ? EDDSA_SIGNATURE.exec(cert.signatureAlgorithm) : null;
        if (edSig && !anchor && !(ed && cert.selfIssued))
            out.push({ index, cert, kind: 'eddsa-signature', algorithm: `Ed${edSig[1]}` });
        const min = cert.keyType ? MIN_BITS[cert.keyType] : undefined;
        if (min && cert.keyBits && cert.keyBits < min)
            out.push({ index, cert, kind: 'key', bits: cert.keyBits, type: cert.keyType === 'ec' ? 'EC' : cert.keyType.toUpperCase(), min });
        if (cert.signatureAlgorithm && WEAK_DIGEST.test(cert.signatureAlgorithm) && !anchor) {
            out.push({ index, cert, kind: 'digest', digest: /md[245]/i.test(cert.signatureAlgorithm) ? 'MD5' : 'SHA-1', algorithm: cert.signatureAlgorithm });
        }
    }
    return out;
}
/** The first of {@link certWeaknesses}: the first certificate's first problem, or undefined for a chain clients take. */
function certWeakness(chain) {
    return certWeaknesses(chain)[0];
}
/**
 * Why a completed handshake's certificate is not trusted, in words, for the warning that custom headers are withheld:
 * the same facts the `certificate` probe reports (expired, not yet valid, not valid for the host, a weak key or
 * signature, self-signed, an issuer that is not trusted), not a guess. `caGiven`: a CA was added (`--ca`\u2026). `now`: ms.
 */
function untrustedReason(t, host, caGiven, now) {
    const code = t.authorizationError;
    const chain = t.chain ?? [];
    const leaf = chain[0];
    const reasons = [];
    if (leaf && Date.parse(leaf.validTo) < now)
        reasons.push(`it expired on ${leaf.validTo.slice(0, 10)}`);
    else if (leaf && Date.parse(leaf.validFrom) > now)
        reasons.push(`it is not valid before ${leaf.validFrom.slice(0, 10)}`);
    else if (code && CERT_DATE_ERRORS.has(code))
        reasons.push(`a certificate of its chain is outside its validity period (${code})`);
    if (t.hostnameError)
        reasons.push(`it is not valid for ${host.replace(/^\[|\]$/g, '')}`);
    // Each weakness, as the probe reports each.
    const weaks = certWeaknesses(chain);
    for (const weak of weaks) {
        const which = weak.index === 0 ? 'it' : `the certificate ${/CN=([^,\n]+)/.exec(weak.cert.subject)?.[1] ?? 'of an issuer'} in its chain`;
        reasons.push(weak.kind === 'eddsa-key' ? `${which} has an ${weak.algorithm} (EdDSA) key, which browsers do not support`
            : weak.kind === 'eddsa-signature' ? `${which} is signed with ${weak.algorithm} (EdDSA), which browsers do not support`
                : weak.kind === 'key' ? `${which} has a ${weak.bits}-bit ${weak.type} key, which clients refuse`
                    : `${which} is signed with ${weak.digest}, which clients refuse`);
    }
    // OpenSSL's code for a weak key or signature, when no weakness found is that (none, or EdDSA, which it accepts).
    if (code && CERT_WEAK_ERRORS.has(code) && !weaks.some((w) => w.kind === 'key' || w.kind === 'digest'))
        reasons.push(`a key or signature of its chain is too weak for current clients (${code})`);
    const selfIssued = leaf?.selfIssued && chain.length === 1;
    // A self-issued certificate the CA given does sign (it is that CA), failing only on its name, is trusted: the name says it all.
    if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || (selfIssued && code && !CERT_DATE_ERRORS.has(code) && !CERT_WEAK_ERRORS.has(code) && code !== 'ERR_TLS_CERT_ALTNAME_INVALID'))
        reasons.push(`it is self-signed${caGiven ? ' and the CA given does not sign it' : ''}`);
    else if (code === 'INVALID_PURPOSE' || code === 'INVALID_CA')
        reasons.push(`it is not valid for server authentication (${code})`);
    else if (code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE')
        reasons.push(`its issuer ${leaf?.issuer || '(unnamed)'} is not a trusted CA${caGiven ? ' (the CA given included)' : ''} and the server does not send its certificate`);
    else if ((code && !CERT_DATE_ERRORS.has(code) && !CERT_WEAK_ERRORS.has(code) && code !== 'ERR_TLS_CERT_ALTNAME_INVALID') || t.chainTrusted === false) {
        // A date or weak-key code hides the trust error (chainTrusted found no trusted CA): that code is no reason for it.
        const trustCode = t.chainTrusted === false && code && (CERT_DATE_ERRORS.has(code) || CERT_WEAK_ERRORS.has(code)) ? undefined : code;
        // A chain sent with its intermediates, whose last one's issuer is unknown: that is the CA to trust, whatever the leaf's dates or key.
        const top = (trustCode === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' || trustCode === 'UNABLE_TO_GET_ISSUER_CERT' || (t.chainTrusted === false && !trustCode)) && chain.length > 1 && !chain[chain.length - 1].selfIssued ? chain[chain.length - 1] : undefined;
        const unknown = top ? `the chain it is sent with ends at ${top.subject || '(unnamed)'}, whose issuer ${top.issuer || '(unnamed)'} is not a trusted CA` : `its issuer ${leaf?.issuer || '(unnamed)'} is not a trusted CA`;
        reasons.push(caGiven ? `the CA given does not sign it${trustCode ? ` (${trustCode})` : ''}` : `${unknown}${trustCode ? ` (${trustCode})` : ''}`);
    }
    return reasons.length ? reasons.join('; ') : code ?? 'its chain could not be verified';
}
/** The certificates of a PEM text (every BEGIN CERTIFICATE block). */
const pemBlocks = (pem) => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
/**
 * What to do about a login wall: give headers, or why the ones given did not get through. `chains`: the chains that
 * ended on it. Custom headers go only to the exact origin given: a wall put up by another origin (an http:// target
 * redirected to https://, another port) never received them, whatever was given.
 */
function protectedAdvice(obs, chains = []) {
    const where = '--header, the action input headers, or probes.headers';
    let target;
    try {
        target = new URL(obs.url);
    }
    catch { /* no origin to compare */ }
    for (const chain of chains) {
        const by = loginWall(chain)?.by;
        let at;
        try {
            at = new URL(by ?? '');
        }
        catch {
            continue;
        }
        if (!target || at.origin === target.origin)
            continue;
        // The first URL the chain reached on that origin is the one to give as the target.
        const landed = chain.hops.map((h) => h.url).find((u) => { try {
            return new URL(u).origin === at.origin;
        }
        catch {
            return false;
        } }) ?? at.href;
        const untrusted = obs.headersWithheld ? ' (the target itself got none either: its certificate is not trusted)' : '';
        return obs.headersGiven
            ? `the headers given were withheld at the redirect to ${at.origin}, which answered: custom headers go only to the exact origin given (${target.origin})${untrusted}; give ${landed} as the target so they are sent there`
            : `give ${landed} as the target, with headers (${where}), so the probe can see the application: custom headers go only to the exact origin given (${target.origin}), not to ${at.origin}, where it redirects`;
    }
    if (obs.headersWithheld)
        return `give headers (${where}) so the probe can see the application (custom headers were withheld: the certificate is not trusted)`;
    if (obs.headersGiven)
        return `the headers given were sent and not accepted: check their values (${where})`;
    return `give headers (${where}) so the probe can see the application`;
}
/** How TLS names a certificate's key type for the cipher suites it serves (`ECDSA`, `RSA`); undefined for others (EdDSA). */
function keyKind(keyType) {
    return keyType === 'ec' ? 'ECDSA' : keyType === 'rsa' || keyType === 'rsa-pss' ? 'RSA' : undefined;
}
/**
 * The same certificate chain with the same verdict and, when both are given, the same TLS 1.0/1.1 answer: one server on two
 * ports (the target and where it redirects), judged once by certificate and tls-version.
 */
function sameSession(a, b, legacyA, legacyB) {
    const one = (t) => [t.error ?? null, t.authorizationError ?? null, t.hostnameError ?? null, t.chainTrusted ?? null, (t.chain ?? []).map((c) => c.fingerprint256 ?? c.subject)];
    // A second certificate (ECDSA and RSA, over TLS 1.2) counts too.
    const key = (t) => JSON.stringify([...one(t), t.otherKey ? [...one(t.otherKey.session), t.otherKey.nodeDefault] : null]);
    const legacy = (l) => JSON.stringify(l ? [l.accepted ?? null, l.protocols ?? null, l.protocol ?? null, l.error ?? null] : null);
    return key(a) === key(b) && legacy(legacyA) === legacy(legacyB) && (!legacyA || a.protocol === b.protocol);
}


/***/ })

};
