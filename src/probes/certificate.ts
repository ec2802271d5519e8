import { z } from 'zod';
import { defineProbe } from './define.js';
import { isPlainHttp } from './util.js';

const DAY = 86_400_000;
const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
const EXPIRY = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/** The certificate is valid now, for this host, trusted, and not about to expire. */
export const certificate = defineProbe({
  id: 'certificate',
  title: 'TLS certificate is valid and trusted',
  severity: 'critical',
  description: 'The certificate is in its validity period, matches the host, is trusted and has ≥ 30 days left.',
  match: [
    {
      pattern: /\b(?:obtain|install|get)\b[^;]*\bcert(?:ificate)?s?\b|\bcert(?:ificate)?s?\b[^;]*\b(?:installed|valid|obtained|trusted)\b/,
      unless: /\brenew|\brotat|\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|client|pinning|signing)\b/,
      note: 'a promise that a valid certificate is served: the probe checks trust, host and expiry',
    },
    {
      pattern: /\benable (?:https|ssl|tls)\b|\bhttps (?:is )?enabled\b/,
      unless: /\b(?:all services|database|db|internal|redis|postgres(?:ql)?|mysql|mongo(?:db)?)\b/,
      note: 'HTTPS enabled: the probe requires a valid certificate on the URL',
    },
  ],
  docs: {
    why: 'Browsers and API clients refuse an expired, mismatched or untrusted certificate: the deployment is down for them.',
    fix: 'Serve a certificate for this host from a trusted CA (e.g. ACME/Let\'s Encrypt) with automatic renewal.',
    details: [
      'Expired or not yet valid: `critical`. Not valid for the hostname (checked with `tls.checkServerIdentity` even',
      'when the chain is untrusted): `critical`. Self-signed or not chaining to a trusted CA: `critical`, or `low` with',
      '`allow-self-signed`; `ca` adds a private CA to Node\'s default trust store. Fewer than `min-days` (30) days',
      'left: `high`. An `http://` target fails. A failed handshake is an `error` with the reason.',
    ].join(' '),
  },
  options: z.object({ 'min-days': z.number().int().nonnegative().default(30) }),
  needs: () => ({ tls: true }),
  evaluate(obs, ctx) {
    if (isPlainHttp(obs)) {
      ctx.report({ message: `${obs.url} is plain HTTP: no certificate is served; serve it over https://` });
      return;
    }
    const t = obs.tls;
    if (!t) { ctx.error('the TLS handshake was not made'); return; }
    if (t.error) { ctx.error(t.error); return; }
    const leaf = t.chain?.[0];
    if (!leaf) { ctx.error(`${obs.url} presented no certificate`); return; }
    const now = Date.parse(obs.at);
    const to = Date.parse(leaf.validTo);
    const from = Date.parse(leaf.validFrom);
    if (to < now) {
      ctx.report({ severity: 'critical', message: `the certificate of ${obs.url} expired on ${leaf.validTo.slice(0, 10)}; renew it` });
    } else if (from > now) {
      ctx.report({ severity: 'critical', message: `the certificate of ${obs.url} is not valid before ${leaf.validFrom.slice(0, 10)}; check the server clock or reissue it` });
    } else if (t.authorizationError && EXPIRY.has(t.authorizationError)) {
      ctx.report({ severity: 'critical', message: `a certificate in the chain of ${obs.url} is outside its validity period (${t.authorizationError}); update the intermediate certificates` });
    }
    if (t.hostnameError) {
      ctx.report({ severity: 'critical', message: `the certificate of ${obs.url} is not valid for this host: ${t.hostnameError}` });
    }
    const code = t.authorizationError;
    // Node names a wrong host only when the chain is trusted; hostnameError covers it either way.
    if (code && !EXPIRY.has(code) && code !== 'ERR_TLS_CERT_ALTNAME_INVALID') {
      const self = SELF_SIGNED.has(code) || (leaf.selfIssued && t.chain!.length === 1);
      const what = self ? 'is self-signed' : `is not trusted (${code})`;
      ctx.report({
        severity: obs.allowSelfSigned ? 'low' : 'critical',
        message: `the certificate of ${obs.url} ${what}${obs.allowSelfSigned ? ' (allowed by allow-self-signed)' : '; use a certificate from a trusted CA, or pass the private CA with --ca (the action input ca, or probes.ca)'}`,
      });
    }
    const days = Math.floor((to - now) / DAY);
    if (to >= now && days < ctx.options['min-days']) {
      ctx.report({ severity: 'high', message: `the certificate of ${obs.url} expires in ${days} day${days === 1 ? '' : 's'} (${leaf.validTo.slice(0, 10)}), fewer than ${ctx.options['min-days']}; renew it` });
    }
  },
});
