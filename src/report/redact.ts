import type { Logger, Report } from '../types.js';

// Words of a name under which any value is a secret (`Authorization`, `X-Api-Key`, `PREFLIGHT_TOKEN`,
// `x-vercel-protection-bypass`, `?authToken=`, `?sessionId=`; not `PREFLIGHT_API_PORT`, `X-Author`, `?keyword=`):
// whole words, split at `-`, `_`, `.` and camelCase. `key` is one such word, or a credential's compound written as one
// (`apikey`, `accesskey`), never any word that ends in it (`monkey`, `hotkey`, `turkey`). The one list for header names,
// `${PREFLIGHT_*}` variables and query parameters (see `credentialParam`).
const SECRET_WORDS = /^(?:(?!author(?:s|ed|ing|ship|ity|ities)?$)auth\w*|\w*token|(?:api|access|secret|private|auth|app|client|master|shared|signing|encryption|license|licence|subscription|pass|dev|user|service|consumer|account)?key|secrets?|pass(?:word|wd|phrase)?|pwd|pw|cookies?|j?session\w*|phpsessid|sid|sig|signature|signing|hmac|cred(?:ential)?s?|bearer|jwt|otp|pat|ticket|bypass|private|cert\w*)$/;
const nameWords = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
export const secretLikeName = (name: string) => nameWords(name).some((w) => SECRET_WORDS.test(w));

/**
 * Whether a named value the caller hands Preflight (a probe header, a `${PREFLIGHT_*}` variable) is
 * masked: always under a secret-like name, else from 6 characters — masking `X-Env: https` or a
 * `PREFLIGHT_PORT` of `8443` would blank every URL in the report, and hides nothing secret. A `Host`
 * header's value never is: it names the site (`--header "Host: app.example.com"` for an address probed
 * before DNS names it), which the report is about, as it is about the URL's host.
 */
/** Whether a header name is `Host` (any case, spaces around it). */
export const isHostHeader = (name: string): boolean => name.trim().toLowerCase() === 'host';

export function masksValue(name: string, value: string): boolean {
  return value.length > 0 && !isHostHeader(name) && (secretLikeName(name) || value.length >= 6);
}

/**
 * Whether a `${PREFLIGHT_*}` value substituted into a probe URL is masked: only under a secret-like name
 * (`${PREFLIGHT_TOKEN}`). A deployment's address (`${PREFLIGHT_URL}`, `${PREFLIGHT_HOST}`) is what the report is
 * about; the URL's password and credential query parameters are masked whatever their source.
 */
export function masksUrlValue(name: string, value: string): boolean {
  return value.length > 0 && secretLikeName(name);
}

/** An HTTP auth scheme before a credential (`Bearer x`): the credential alone is a secret too. */
const AUTH_SCHEME = /^\s*(Bearer|Basic|Token|Digest)\s+/i;

/** The values of `named` under secret-like names (`Authorization`, `X-Api-Key`), without an auth scheme: credentials. */
export function namedCredentials(named: Readonly<Record<string, string>>): string[] {
  return Object.entries(named).filter(([k, v]) => v && secretLikeName(k)).map(([, v]) => v.replace(AUTH_SCHEME, ''));
}

/**
 * Masks every case-insensitive run of at least `min` characters of a credential (as written or
 * percent-encoded): a server that echoes a token cut short or lower-cased (`Server: nginx (Zq7Kx9Wm4PtR)`,
 * a redirect to `/next/bearer%20zq7k…`). Only for credentials: fragments of an ordinary value
 * (`production`) would blank words.
 */
export function fragmentRedactor(credentials: Iterable<string>, min = 10): (text: string) => string {
  const grams = new Set<string>();
  for (const c of credentials) {
    // The forms a server may echo it in (`encodings`: percent- and form-encoded; a lone surrogate never throws).
    for (const form of encodings(c)) {
      const l = form.toLowerCase();
      for (let i = 0; i + min <= l.length && i < 4096; i++) grams.add(l.slice(i, i + min));
    }
  }
  if (!grams.size) return (text) => text;
  return (text) => {
    if (text.length < min) return text;
    const lower = text.toLowerCase();
    let out = '';
    let from = 0;
    let runEnd = -1;
    let runStart = -1;
    for (let i = 0; i + min <= lower.length; i++) {
      if (!grams.has(lower.slice(i, i + min))) continue;
      if (runStart >= 0 && i <= runEnd) { runEnd = i + min; continue; }
      if (runStart >= 0) { out += `${text.slice(from, runStart)}***`; from = runEnd; }
      runStart = i;
      runEnd = i + min;
    }
    if (runStart < 0) return text;
    return `${out}${text.slice(from, runStart)}***${text.slice(runEnd)}`;
  };
}

/** The values of `named` (header name or variable → value) that {@link masksValue} masks. */
export function namedSecrets(named: Readonly<Record<string, string>>): string[] {
  return Object.entries(named).filter(([k, v]) => masksValue(k, v)).map(([, v]) => v);
}

/**
 * The one redaction of secret values (tokens, probe header values, substituted `${PREFLIGHT_*}`
 * values, URL passwords) used by the pipeline, the probes, the action and its logger.
 *
 * Values shorter than 3 characters are left alone (masking `1` would garble every number and hide
 * nothing, which is also what the runner does); a value with an auth scheme (`Bearer x`) is hidden
 * whole and by its credential alone; longer values go first, so a secret that is a prefix of
 * another cannot leave part of the longer one visible.
 */
export function secretsOf(values: Iterable<string | undefined>): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (!v || v.length < 3) continue;
    const cred = v.replace(AUTH_SCHEME, '');
    for (const s of cred !== v && cred.length >= 4 ? [v, cred] : [v]) for (const e of encodings(s)) out.add(e);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * A value as written and as a server may echo it in a URL (a redirect's `Location: …?token=…`):
 * percent-encoded (`encodeURIComponent`, upper- and lower-case hex) and form-encoded (space as `+`,
 * `!'()` escaped too).
 */
function encodings(value: string): string[] {
  const out = new Set([value]);
  let uri: string;
  try { uri = encodeURIComponent(value); } catch { return [value]; } // a lone surrogate
  const form = new URLSearchParams({ v: value }).toString().slice(2);
  for (const e of [uri, uri.replace(/%20/g, '+'), form]) {
    out.add(e);
    out.add(e.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()));
  }
  return [...out];
}

/** A function that replaces every secret value (see `secretsOf`) in a text by `***`. */
export function redactor(values: Iterable<string | undefined>): (text: string) => string {
  return replacing(secretsOf(values));
}

const replacing = (secrets: string[]) => (text: string): string => secrets.reduce((s, secret) => s.split(secret).join('***'), text);

/** `text` with every secret value replaced by `***`. */
export function redactText(text: string, values: Iterable<string | undefined>): string {
  return redactor(values)(text);
}

/**
 * Fields of the report whose values are Preflight's own vocabulary (result, levels, statuses, kinds,
 * check ids, hashes), never text a secret could reach: a header value or URL password that happens
 * to read `pass`, `critical` or `secret` must not turn `"result": "pass"` into `"***"` (the CLI's
 * exit status and the action's outputs are read from the redacted report) or a check id into `hardcoded-***`.
 */
const VOCABULARY_KEYS = new Set(['tool', 'result', 'failOn', 'severity', 'status', 'kind', 'check', 'fingerprint', 'format', 'uncovered', 'event']);

/** The fields of the report's items (and a finding's `item`, an item's id) that hold the team's own checklist text. */
const AUTHORED_ITEM_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'group']);
const FINDING_ITEM_KEY: ReadonlySet<string> = new Set(['item']);

/**
 * The report with every secret value replaced by `***` in its string values (never in keys or
 * in the vocabulary fields above, so a secret that happens to read `high` cannot break the report).
 * The team's own checklist text — an item's id, title and group, a finding's `item` — is masked of `authored` only (by
 * default all of `values`): a target URL's parameter value (`--url …?code=SUMMER24`) is masked in `target.url` and
 * wherever the probes show it, but an item titled `Promo page …/promo?code=SUMMER24 loads` keeps its title, which a
 * pull request's sign-off tick must match (a header value or a URL password is masked there too).
 */
export function redactReport(report: Report, values: Iterable<string | undefined>, authored?: Iterable<string | undefined>): Report {
  const secrets = secretsOf(values);
  if (!secrets.length) return report;
  const hide = replacing(secrets);
  const hideAuthored = authored === undefined ? hide : replacing(secretsOf(authored));
  const walk = (v: unknown, depth: number, own = false): unknown => {
    if (typeof v === 'string') return own ? hideAuthored(v) : hide(v);
    if (depth > 64) return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1, own));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, VOCABULARY_KEYS.has(k) ? x : walk(x, depth + 1)]));
    return v;
  };
  // An item's or a finding's fields, those of the team's own text apart.
  const entry = (v: unknown, ownKeys: ReadonlySet<string>): unknown => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, VOCABULARY_KEYS.has(k) ? x : walk(x, 3, ownKeys.has(k))]))
    : walk(v, 2));
  return Object.fromEntries(Object.entries(report).map(([k, x]) => [k,
    VOCABULARY_KEYS.has(k) ? x
      : k === 'items' && Array.isArray(x) ? x.map((it) => entry(it, AUTHORED_ITEM_KEYS))
        : k === 'findings' && Array.isArray(x) ? x.map((f) => entry(f, FINDING_ITEM_KEY))
          : walk(x, 1)])) as unknown as Report;
}

/** A logger that redacts `values` from every message before passing it on. */
export function redactingLogger(logger: Logger, values: Iterable<string | undefined>): Logger {
  const secrets = secretsOf(values);
  if (!secrets.length) return logger;
  const hide = replacing(secrets);
  return { info: (m) => logger.info(hide(m)), warn: (m, where) => logger.warn(hide(m), where), debug: (m) => logger.debug(hide(m)), notice: (m) => (logger.notice ?? logger.warn)(hide(m)) };
}

/**
 * Last words that make a secret-like parameter name one about the secret, not the secret (`?token_type=Bearer`,
 * `?key_id=`, `?auth_mode=`, `?session_expires=`): masking `Bearer` would blank that word in every message. A session's
 * id is the session itself (`?sessionId=`, `?session_id=`).
 */
const ABOUT_SECRET = /^(?:types?|hints?|expires?|expiry|expiration|exp|ttl|lifetime|length|len|min|max|names?|url|uri|endpoint|method|mode|format|version|alg|algorithm|id|ids|count|index)$/;
/**
 * Keys that are no credential: a record's, a cache's, a translation's, a public half (`?sort_key=`, `?site_key=`). Not a
 * `primary_key`, `storage_key` or `search_key`: Azure's account, Cosmos, Maps and Search keys are named so (sweep R1).
 */
const RECORD_KEY = /^(?:sort|partition|range|hash|foreign|cache|i18n|translation|message|idempotency|public|site|gpg|pgp|group|order|lookup|query|row|column|object|s3|map)$/;
/** Values no credential has: a flag (`?x-vercel-set-bypass-cookie=true`, `?private=false`). */
const FLAG_VALUE = /^(?:true|false|yes|no|on|off|null|none|undefined)$/i;
/**
 * The shortest query-parameter value masked: a real credential is longer, and a short one is an ordinary word
 * (`?sid=web`, `?pat=img`) that masking would blank in every path and message of the report (`services/***` /Dockerfile).
 */
const MIN_PARAM_SECRET = 6;

/**
 * Whether a query parameter's value is a credential: a secret-like name (see `SECRET_WORDS`: `?token=`, `?api_key=`,
 * `?authToken=`, `?id_token=`, `?X-Amz-Signature=`, `?sig=`, `?sessionId=`, Vercel's `?x-vercel-protection-bypass=`…)
 * whose last word is not about the secret (`?token_type=`), OAuth's authorization `?code=`, or a share link's (`?_vercel_share=…`, which opens a
 * protected preview deployment to anyone holding it; not `?share=twitter`).
 */
export function credentialParam(name: string): boolean {
  if (/[-_.]share$/i.test(name)) return true;
  // OAuth's authorization code (RFC 6749 §4.1.2: `/callback?code=…&state=…`), exchanged for tokens; not `?promo_code=`.
  if (/^\s*code\s*$/i.test(name)) return true;
  const words = nameWords(name);
  if (!words.some((w) => SECRET_WORDS.test(w))) return false;
  const last = words.at(-1)!;
  // A record's or a public key (`?sort_key=name`, `?site_key=` of reCAPTCHA) is no credential.
  if (last === 'key' && words.length > 1 && RECORD_KEY.test(words.at(-2)!) && !words.slice(0, -1).some((w) => SECRET_WORDS.test(w))) return false;
  return !ABOUT_SECRET.test(last) || (/^ids?$/.test(last) && /^(?:j?session\w*|sid)$/.test(words.at(-2) ?? ''));
}

/**
 * The parts of a URL's authority read by hand, for a URL `new URL` refuses (an error says why, without its password): the
 * userinfo runs to the authority's last `@` (as URL parsers read it: `u:p@ss@host`), the host and port follow it. Null
 * without a `scheme://`.
 */
export function authorityParts(url: string): { userinfo: string; hostPort: string } | null {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url.trim())?.[1];
  if (authority === undefined) return null;
  const at = authority.lastIndexOf('@');
  return { userinfo: at < 0 ? '' : authority.slice(0, at), hostPort: authority.slice(at + 1) };
}

/**
 * The secrets of a URL (as written and decoded): its password and the values of credential query
 * parameters (`?token=…`, see `credentialParam`), of a fragment (`#access_token=…`) and of path parameters
 * (`;jsessionid=…`), masked wherever the URL is shown.
 */
export function urlPassword(url: string): string[] {
  const { password, params } = urlSecretParts(url);
  return [...new Set([...password, ...params])];
}

/**
 * The secrets of a URL (see `urlPassword`) by kind. `password`: its password and the values of its parameters (query,
 * fragment, path) whose names say secret (`?token=`, `#access_token=`, `;jsessionid=`), masked everywhere, the team's own
 * checklist text included. `params`: the values of a bare `code` parameter (OAuth's authorization code, and as often a promo
 * or invite code), masked wherever the URL is shown but not in the team's own checklist text (an item titled `Promo page
 * …/promo?code=SUMMER24 loads` is not rewritten by `--url …?code=SUMMER24`: see `redactReport`; review 47 R1 kept `?token=`).
 */
export function urlSecretParts(url: string): { password: string[]; params: string[] } {
  let password: string;
  let query = '';
  let path = '';
  let hash = '';
  try {
    const u = new URL(url);
    password = u.password;
    query = u.search;
    path = u.pathname;
    hash = u.hash;
  } catch {
    // A URL that does not parse (`https://u:pw@host:99999/`) is shown in the error that says so:
    // its password and query are still secrets.
    // The password runs from the userinfo's first `:`.
    const userinfo = authorityParts(url)?.userinfo ?? '';
    password = userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : '';
    query = /\?([^#]*)/.exec(url)?.[1] ?? '';
    path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url.trim())?.[1] ?? '';
    hash = /#([\s\S]*)/.exec(url)?.[1] ?? '';
  }
  // Written without a scheme (`deploy:pw@example.com/`): URL reads `deploy:` as the scheme and the rest as a path, but
  // a reader sees a user and a password, and the error that says the URL is invalid shows it.
  const bare = /^[^\s/@:?#]+:([^\s/@?#]+)@/.exec(url.trim());
  if (bare && !/^[a-z][\w+.-]*:\/\//i.test(url.trim()) && !/^(?:mailto|tel|sms|urn|data|javascript|file|news|xmpp|sip):/i.test(url.trim()) && !password) password = bare[1]!;
  const secret: string[] = [];
  if (password) secret.push(password, decodeParam(password, false));
  const out: string[] = [];
  // The query's parameters, a fragment's (`#access_token=…`) and path parameters (`/app;jsessionid=…`): see `maskUrlCredentials`.
  const pairs = [
    ...query.replace(/^\?/, '').split('&'),
    ...hash.replace(/^#/, '').split(/[&?]/),
    ...path.split('/').flatMap((segment) => segment.split(';').slice(1)),
  ];
  for (const pair of pairs.slice(0, 1000)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const raw = pair.slice(eq + 1);
    const name = pair.slice(0, eq);
    if (credentialPair(name, raw)) (BARE_CODE.test(decodeParam(name, true)) ? out : secret).push(raw, decodeParam(raw, true), decodeParam(raw, false));
  }
  return { password: [...new Set(secret)], params: [...new Set(out)] };
}

/** A parameter named `code` alone (see credentialParam). */
const BARE_CODE = /^\s*code\s*$/i;

/** A URL part decoded as written (`form`: `+` read as a space, as in a query); the raw text when it does not decode. */
function decodeParam(raw: string, form: boolean): string {
  try { return decodeURIComponent(form ? raw.replace(/\+/g, ' ') : raw); } catch { return raw; }
}

/**
 * Whether a URL parameter, name and value as written, holds a credential: a credential name (`credentialParam`) with a value
 * of at least MIN_PARAM_SECRET characters that is no flag (`?sid=web`, `?private=false` stay). The one rule of `urlPassword`
 * and `maskUrlCredentials`.
 */
function credentialPair(rawName: string, rawValue: string): boolean {
  const value = decodeParam(rawValue, true).trim();
  return credentialParam(decodeParam(rawName, true)) && value.length >= MIN_PARAM_SECRET && !FLAG_VALUE.test(value);
}

/**
 * A parameter of a URL written in a text: after `?`, `&` (a query) or `#` (a fragment: OAuth's `#access_token=`), or after
 * `;` (a path parameter: Tomcat's `;jsessionid=`), a name, `=` and its value, which runs to white space, the next
 * separator (`/` too for a path parameter) or a character URLs do not hold raw (quotes, brackets). A name has at most 128
 * characters.
 */
const URL_PARAM = /([?&#])([^\s=&?#;/'"`<>()[\]{}|\\^]{1,128})=([^\s&?#;'"`<>()[\]{}|\\^]*)|(;)([^\s=&?#;/'"`<>()[\]{}|\\^]{1,128})=([^\s&?#;/'"`<>()[\]{}|\\^]*)/g;

/**
 * `text` with the value of every credential parameter of the URLs it holds replaced by `***`: the rule of the target URL
 * (see `urlPassword`) for any URL that reaches output, whatever its source (a redirect's `Location`, a final URL reached
 * through redirects, the `url` of a finding): `/home?session_token=***&lang=en`, `/app;jsessionid=***`,
 * `#access_token=***`. A value shorter than 6 characters or a flag (`?sid=web`, `?private=false`) stays, as in the target
 * URL, and so does punctuation that ends a sentence after it (`…?token=***, but`).
 */
export function maskUrlCredentials(text: string): string {
  if (!/[?&#;][^=\s]{1,128}=/.test(text)) return text;
  return text.replace(URL_PARAM, (whole, qs?: string, qn?: string, qv?: string, ps?: string, pn?: string, pv?: string) => {
    const sep = qs ?? ps!;
    const name = qn ?? pn!;
    let value = qv ?? pv!;
    const tail = /[.,:!]+$/.exec(value)?.[0] ?? '';
    value = value.slice(0, value.length - tail.length);
    if (!credentialPair(name, value)) return whole;
    return `${sep}${name}=***${tail}`;
  });
}
