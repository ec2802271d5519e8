import { z } from 'zod';
import { defineProbe } from './define.js';
import { botChallenge, CERT_WEAK_ERRORS, CHALLENGE_ADVICE, CLIENT_CERT_ADVICE, clientCertWall, clip, describeStop, errorPageHint, gatewayDown, headerValues, isPlainHttp, isRedirectLoop, plainHttpFinding, tlsAt } from './util.js';

/** OpenSSL verification codes in words, for the note on a header served over a refused certificate. */
const CERT_CODE_WORDS: Record<string, string> = {
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
function directives(value: string): string[] | undefined {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quoted && c === '\\') { cur += c + (value[++i] ?? ''); continue; }
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  if (quoted) return undefined;
  out.push(cur);
  return out;
}

/**
 * Parses one Strict-Transport-Security value; returns max-age or why it is invalid (RFC 6797 §6.1:
 * `directive-name [ "=" directive-value ]`, a value being a token or a quoted-string; a header that
 * does not follow that grammar is ignored by browsers as a whole).
 */
export function parseHsts(value: string): { maxAge: number; includeSubDomains: boolean; preload: boolean } | { invalid: string } {
  const seen = new Set<string>();
  let maxAge: number | undefined;
  const list = directives(value);
  if (!list) return { invalid: 'a quoted string is not terminated' };
  for (const raw of list) {
    const d = raw.trim();
    if (!d) continue;
    const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*(?:=\s*(.*))?$/.exec(d);
    if (!m) return { invalid: `unparsable directive '${clip(d, 40)}'` };
    const name = m[1]!.toLowerCase();
    const v = m[2]?.trim();
    if (v !== undefined && !TOKEN.test(v) && !QUOTED.test(v)) return { invalid: `the value of '${name}' is neither a token nor a quoted string ('${clip(v, 20)}')` };
    if (seen.has(name)) return { invalid: `directive '${name}' appears twice` };
    seen.add(name);
    if (name === 'max-age') {
      const n = (v ?? '').replace(/^"(.*)"$/, '$1');
      if (!/^\d+$/.test(n)) return { invalid: `max-age '${clip(n, 20)}' is not a number of seconds` };
      maxAge = Number(n);
    }
  }
  if (maxAge === undefined) return { invalid: 'no max-age directive' };
  return { maxAge, includeSubDomains: seen.has('includesubdomains'), preload: seen.has('preload') };
}

/** The HSTS preload list's minimum max-age (hstspreload.org: one year). */
const PRELOAD_MIN_AGE = 31536000;

/** Exactly one Strict-Transport-Security header with a parsable max-age ≥ the minimum. */
export const hsts = defineProbe({
  id: 'hsts',
  title: 'HSTS is enabled with a long max-age',
  // The header: "Remove the HSTS header before the domain migration" ("HSTS is never disabled" is the promise).
  safeguard: /\bhsts\b|\bstrict[- _]transport[- _]security\b|\bsecure_hsts_seconds\b/,
  severity: 'high',
  description: 'Exactly one Strict-Transport-Security header with max-age ≥ 15552000 (six months).',
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
      '`"`…), is ignored by browsers, so it fails here (MDN Observatory accepts `max-age=abc`).',
      'Two headers (or one joined with a comma by a proxy) fail. `max-age=0` deletes the policy and fails. Option',
      '`min-max-age` (seconds, default 15552000). Option `include-subdomains: true` also requires the `includeSubDomains`',
      'directive; `preload: true` requires what the HSTS preload list (hstspreload.org) does: `includeSubDomains`, `preload` and',
      'max-age ≥ 31536000 (one year). An `http://` target fails: HSTS is only honoured over HTTPS (when it redirects to `https://`, the message and',
      'the fix give that URL as the target to judge). A 502, 503 or',
      '504 answer without the header (a gateway whose application did not answer) is an `error`, not a missing header.',
      'So is a CDN\'s bot challenge answering instead of the site (Cloudflare\'s `cf-mitigated: challenge`, AWS WAF\'s `x-amzn-waf-action: challenge|captcha`) without the header: allow-list the runner or pass a bypass header.',
      'So is a client-certificate wall without the header (nginx\'s `ssl_verify_client on` answering 400 "No required SSL certificate was sent": mutual TLS, which Preflight does not present; nginx adds headers to its own error pages only with `always`); a header it does send is judged.',
      'A passing header served over a certificate browsers refuse (untrusted, expired, for another host; the certificate of the origin that',
      'answered, another port the redirects led to included) gets an `info` note: browsers ignore HSTS from such',
      'a connection (RFC 6797 §8.1; MDN Observatory fails it), and the `certificate` item fails that certificate.',
    ].join(' '),
  },
  options: z.object({
    'min-max-age': z.number().int().nonnegative().default(15552000),
    'include-subdomains': z.boolean().default(false),
    preload: z.boolean().default(false),
  }),
  // The handshake says whether browsers would take the header at all (a certificate error voids it).
  needs: () => ({ main: true, tls: true }),
  evaluate(obs, ctx) {
    if (isPlainHttp(obs)) {
      ctx.report(plainHttpFinding(obs, 'HSTS is only honoured over HTTPS', 'its Strict-Transport-Security header', 'serve the site over https:// with Strict-Transport-Security'));
      return;
    }
    const chain = obs.main;
    if (!chain) { ctx.error('the target was not fetched'); return; }
    const res = [...chain.hops].reverse().find((h) => h.url.startsWith('https:'));
    if (!res) { ctx.error(chain.error ?? `no HTTPS response from ${obs.url}`); return; }
    // A chain cut at the hop limit (not a loop, whose responses only repeat) had more to go: browsers follow more
    // redirects than the collector does, so its last response is an intermediate redirect, not the final page.
    if (chain.stopped?.reason === 'limit' && !isRedirectLoop(chain)) {
      ctx.error(`${chain.start} ${describeStop(chain)}, so the final page, whose Strict-Transport-Security is judged, was not reached; fix the redirects so the page answers in fewer hops`);
      return;
    }
    const url = res.url;
    const min = ctx.options['min-max-age'];
    const values = headerValues(res, 'strict-transport-security');
    if (values.length === 0) {
      // A gateway's error page (the application is down behind it) often lacks headers the application's pages carry.
      const down = gatewayDown(res);
      if (down) { ctx.error(`${down}, without Strict-Transport-Security; probe again when it is up`); return; }
      const challenge = botChallenge(res);
      if (challenge) { ctx.error(`${challenge}, without Strict-Transport-Security; ${CHALLENGE_ADVICE}`); return; }
      // nginx's page for a missing client certificate (mutual TLS) is its own error page, served before the application,
      // without the headers added without `always`: the application's pages were not reached.
      const certWall = clientCertWall(res);
      if (certWall) { ctx.error(`protected: ${certWall}, without Strict-Transport-Security; the application's pages were not reached: ${CLIENT_CERT_ADVICE}`); return; }
      // A redirect loop (Django's SECURE_SSL_REDIRECT behind a proxy that does not pass X-Forwarded-Proto) never reaches
      // the page, which may well send the header: redirects without it are not the page judged (one the loop's redirects
      // do send is judged above and below, as browsers take it from them).
      if (isRedirectLoop(chain)) { ctx.error(`${chain.start} ${describeStop(chain)}, so the page, whose Strict-Transport-Security is judged, was not reached (its redirects send none); fix the redirects so the page answers`); return; }
      // The whole policy the item asks for: following the advice passes.
      const { preload } = ctx.options;
      const directives = [...(ctx.options['include-subdomains'] || preload ? ['includeSubDomains'] : []), ...(preload ? ['preload'] : [])];
      ctx.report({ url, message: `${url} sends no Strict-Transport-Security header${errorPageHint(res)}; add max-age=${Math.max(min, 31536000)}${directives.map((d) => `; ${d}`).join('')}` });
      return;
    }
    // Two headers arrive as two values, or joined with a comma by a proxy (each part then a whole policy with its
    // own max-age); a comma inside one policy is a typo for `;` (`max-age=31536000, includeSubDomains`).
    const joined = values.length === 1 && values[0]!.includes(',') && values[0]!.split(',').filter((p) => /^\s*max-age\s*=/i.test(p)).length >= 2;
    if (values.length > 1 || joined) {
      // One header holding several policies is not "sent more than once": said as it came.
      const how = joined ? ` with several values in one header ('${clip(values[0]!, 80)}', as a proxy joins two)` : ' more than once';
      ctx.report({ url, message: `${url} sends Strict-Transport-Security${how}; browsers may ignore it: send exactly one` });
      return;
    }
    if (values[0]!.includes(',')) {
      ctx.report({ url, message: `${url} sends Strict-Transport-Security '${clip(values[0]!, 80)}' with a comma: its directives are separated by ';' (max-age=31536000; includeSubDomains), so browsers ignore it` });
      return;
    }
    const parsed = parseHsts(values[0]!);
    if ('invalid' in parsed) {
      ctx.report({ url, message: `${url} sends an invalid Strict-Transport-Security header (${parsed.invalid}); browsers ignore it` });
    } else if (parsed.maxAge === 0) {
      ctx.report({ url, message: `${url} sends Strict-Transport-Security max-age=0, which turns HSTS off; use max-age ≥ ${min}` });
    } else {
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
        // RFC 6797 §8.1: a browser takes the header only from a connection without certificate errors (MDN Observatory fails
        // it). The certificate item fails that certificate already: a note, so that the pass is not read as HSTS in effect.
        // The handshake of the origin that answered: the target's, or another port its redirects led to.
        const t = tlsAt(obs, url);
        if (t && !t.error && t.authorized === false) {
          const code = t.authorizationError && t.authorizationError !== 'ERR_TLS_CERT_ALTNAME_INVALID' ? t.authorizationError : null;
          // OpenSSL's code in words where it is a common one; a weak key or signature is reported as UNSPECIFIED.
          const said = code === null ? null : CERT_WEAK_ERRORS.has(code) ? 'a weak key or signature' : CERT_CODE_WORDS[code] ?? code;
          const why = [...(said ? [said] : []), ...(t.hostnameError ? ['not valid for this host name'] : [])].join('; ') || 'not valid';
          ctx.report({ url, note: true, message: `${url} sends a valid Strict-Transport-Security header, but over a certificate browsers refuse (${why}): they ignore HSTS from such a connection (RFC 6797 §8.1), so it takes effect only once the certificate is valid (see the certificate item)` });
        }
        return;
      }
      if (!missing.length && !preloadAge) ctx.report({ url, message: `${url} sends Strict-Transport-Security max-age=${parsed.maxAge}, below ${need} s; raise it` });
      else if (!missing.length) ctx.report({ url, message: `${url} sends Strict-Transport-Security max-age=${parsed.maxAge}, below the ${PRELOAD_MIN_AGE} s (one year) the HSTS preload list requires; raise it` });
      else {
        const age = short ? `, and its max-age=${parsed.maxAge} is below ${need} s${preloadAge ? ' (one year, which the preload list requires too)' : ''}` : '';
        ctx.report({ url, message: `${url} sends Strict-Transport-Security '${clip(values[0]!, 80)}' without ${missing.join(' and ')}${preload ? ', which the HSTS preload list requires' : ''}${age}; add ${missing.join('; ')}${short ? ` and raise max-age to ${need}` : ''}` });
      }
    }
  },
});
