export const id = 414;
export const ids = [414];
export const modules = {

/***/ 42037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ levenshtein),
/* harmony export */   q: () => (/* binding */ nearestName)
/* harmony export */ });
/** "Did you mean": the nearest of some names by edit distance (check ids, checklist keys, Dockerfile instructions). */
/** The candidate nearest to `name` (case counts for nothing: `HSTS` is nearest to `hsts`), or null when nothing is close. */
function nearestName(name, candidates) {
    let best = null;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = levenshtein(name.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== null && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}
function levenshtein(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}


/***/ }),

/***/ 26749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   Co: () => (/* binding */ namedCredentials),
/* harmony export */   Ds: () => (/* binding */ urlPassword),
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   Hc: () => (/* binding */ masksValue),
/* harmony export */   Ql: () => (/* binding */ authorityParts),
/* harmony export */   Rc: () => (/* binding */ fragmentRedactor),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   S: () => (/* binding */ redactingLogger),
/* harmony export */   SW: () => (/* binding */ masksUrlValue),
/* harmony export */   UM: () => (/* binding */ isHostHeader),
/* harmony export */   Yh: () => (/* binding */ urlSecretParts),
/* harmony export */   a5: () => (/* binding */ redactReport),
/* harmony export */   gn: () => (/* binding */ maskUrlCredentials),
/* harmony export */   n1: () => (/* binding */ secretLikeName),
/* harmony export */   pr: () => (/* binding */ namedSecrets)
/* harmony export */ });
/* unused harmony export credentialParam */
// Words of a name under which any value is a secret (`Authorization`, `X-Api-Key`, `PREFLIGHT_TOKEN`,
// `x-vercel-protection-bypass`, `?authToken=`, `?sessionId=`; not `PREFLIGHT_API_PORT`, `X-Author`, `?keyword=`):
// whole words, split at `-`, `_`, `.` and camelCase. `key` is one such word, or a credential's compound written as one
// (`apikey`, `accesskey`), never any word that ends in it (`monkey`, `hotkey`, `turkey`). The one list for header names,
// `${PREFLIGHT_*}` variables and query parameters (see `credentialParam`).
const SECRET_WORDS = /^(?:(?!author(?:s|ed|ing|ship|ity|ities)?$)auth\w*|\w*token|(?:api|access|secret|private|auth|app|client|master|shared|signing|encryption|license|licence|subscription|pass|dev|user|service|consumer|account)?key|secrets?|pass(?:word|wd|phrase)?|pwd|pw|cookies?|j?session\w*|phpsessid|sid|sig|signature|signing|hmac|cred(?:ential)?s?|bearer|jwt|otp|pat|ticket|bypass|private|cert\w*)$/;
const nameWords = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
const secretLikeName = (name) => nameWords(name).some((w) => SECRET_WORDS.test(w));
/**
 * Whether a named value the caller hands Preflight (a probe header, a `${PREFLIGHT_*}` variable) is
 * masked: always under a secret-like name, else from 6 characters \u2014 masking `X-Env: https` or a
 * `PREFLIGHT_PORT` of `8443` would blank every URL in the report, and hides nothing secret. A `Host`
 * header's value never is: it names the site (`--header "Host: app.example.com"` for an address probed
 * before DNS names it), which the report is about, as it is about the URL's host.
 */
/** Whether a header name is `Host` (any case, spaces around it). */
const isHostHeader = (name) => name.trim().toLowerCase() === 'host';
function masksValue(name, value) {
    return value.length > 0 && !isHostHeader(name) && (secretLikeName(name) || value.length >= 6);
}
/**
 * Whether a `${PREFLIGHT_*}` value substituted into a probe URL is masked: only under a secret-like name
 * (`${PREFLIGHT_TOKEN}`). A deployment's address (`${PREFLIGHT_URL}`, `${PREFLIGHT_HOST}`) is what the report is
 * about; the URL's password and credential query parameters are masked whatever their source.
 */
function masksUrlValue(name, value) {
    return value.length > 0 && secretLikeName(name);
}
/** An HTTP auth scheme before a credential (`Bearer x`): the credential alone is a secret too. */
const AUTH_SCHEME = /^\s*(Bearer|Basic|Token|Digest)\s+/i;
/** The values of `named` under secret-like names (`Authorization`, `X-Api-Key`), without an auth scheme: credentials. */
function namedCredentials(named) {
    return Object.entries(named).filter(([k, v]) => v && secretLikeName(k)).map(([, v]) => v.replace(AUTH_SCHEME, ''));
}
/**
 * Masks every case-insensitive run of at least `min` characters of a credential (as written or
 * percent-encoded): a server that echoes a token cut short or lower-cased (`Server: nginx (Zq7Kx9Wm4PtR)`,
 * a redirect to `/next/bearer%20zq7k\u2026`). Only for credentials: fragments of an ordinary value
 * (`production`) would blank words.
 */
function fragmentRedactor(credentials, min = 10) {
    const grams = new Set();
    for (const c of credentials) {
        // The forms a server may echo it in (`encodings`: percent- and form-encoded; a lone surrogate never throws).
        for (const form of encodings(c)) {
            const l = form.toLowerCase();
            for (let i = 0; i + min <= l.length && i < 4096; i++)
                grams.add(l.slice(i, i + min));
        }
    }
    if (!grams.size)
        return (text) => text;
    return (text) => {
        if (text.length < min)
            return text;
        const lower = text.toLowerCase();
        let out = '';
        let from = 0;
        let runEnd = -1;
        let runStart = -1;
        for (let i = 0; i + min <= lower.length; i++) {
            if (!grams.has(lower.slice(i, i + min)))
                continue;
            if (runStart >= 0 && i <= runEnd) {
                runEnd = i + min;
                continue;
            }
            if (runStart >= 0) {
                out += `${text.slice(from, runStart)}***`;
                from = runEnd;
            }
            runStart = i;
            runEnd = i + min;
        }
        if (runStart < 0)
            return text;
        return `${out}${text.slice(from, runStart)}***${text.slice(runEnd)}`;
    };
}
/** The values of `named` (header name or variable \u2192 value) that {@link masksValue} masks. */
function namedSecrets(named) {
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
function secretsOf(values) {
    const out = new Set();
    for (const v of values) {
        if (!v || v.length < 3)
            continue;
        const cred = v.replace(AUTH_SCHEME, '');
        for (const s of cred !== v && cred.length >= 4 ? [v, cred] : [v])
            for (const e of encodings(s))
                out.add(e);
    }
    return [...out].sort((a, b) => b.length - a.length);
}
/**
 * A value as written and as a server may echo it in a URL (a redirect's `Location: \u2026?token=\u2026`):
 * percent-encoded (`encodeURIComponent`, upper- and lower-case hex) and form-encoded (space as `+`,
 * `!'()` escaped too).
 */
function encodings(value) {
    const out = new Set([value]);
    let uri;
    try {
        uri = encodeURIComponent(value);
    }
    catch {
        return [value];
    } // a lone surrogate
    const form = new URLSearchParams({ v: value }).toString().slice(2);
    for (const e of [uri, uri.replace(/%20/g, '+'), form]) {
        out.add(e);
        out.add(e.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()));
    }
    return [...out];
}
/** A function that replaces every secret value (see `secretsOf`) in a text by `***`. */
function redactor(values) {
    return replacing(secretsOf(values));
}
const replacing = (secrets) => (text) => secrets.reduce((s, secret) => s.split(secret).join('***'), text);
/** `text` with every secret value replaced by `***`. */
function redactText(text, values) {
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
const AUTHORED_ITEM_KEYS = new Set(['id', 'title', 'group']);
const FINDING_ITEM_KEY = new Set(['item']);
/**
 * The report with every secret value replaced by `***` in its string values (never in keys or
 * in the vocabulary fields above, so a secret that happens to read `high` cannot break the report).
 * The team's own checklist text \u2014 an item's id, title and group, a finding's `item` \u2014 is masked of `authored` only (by
 * default all of `values`): a target URL's parameter value (`--url \u2026?code=SUMMER24`) is masked in `target.url` and
 * wherever the probes show it, but an item titled `Promo page \u2026/promo?code=SUMMER24 loads` keeps its title, which a
 * pull request's sign-off tick must match (a header value or a URL password is masked there too).
 */
function redactReport(report, values, authored) {
    const secrets = secretsOf(values);
    if (!secrets.length)
        return report;
    const hide = replacing(secrets);
    const hideAuthored = authored === undefined ? hide : replacing(secretsOf(authored));
    const walk = (v, depth, own = false) => {
        if (typeof v === 'string')
            return own ? hideAuthored(v) : hide(v);
        if (depth > 64)
            return v;
        if (Array.isArray(v))
            return v.map((x) => walk(x, depth + 1, own));
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, VOCABULARY_KEYS.has(k) ? x : walk(x, depth + 1)]));
        return v;
    };
    // An item's or a finding's fields, those of the team's own text apart.
    const entry = (v, ownKeys) => (v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, VOCABULARY_KEYS.has(k) ? x : walk(x, 3, ownKeys.has(k))]))
        : walk(v, 2));
    return Object.fromEntries(Object.entries(report).map(([k, x]) => [k,
        VOCABULARY_KEYS.has(k) ? x
            : k === 'items' && Array.isArray(x) ? x.map((it) => entry(it, AUTHORED_ITEM_KEYS))
                : k === 'findings' && Array.isArray(x) ? x.map((f) => entry(f, FINDING_ITEM_KEY))
                    : walk(x, 1)]));
}
/** A logger that redacts `values` from every message before passing it on. */
function redactingLogger(logger, values) {
    const secrets = secretsOf(values);
    if (!secrets.length)
        return logger;
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
 * `?authToken=`, `?id_token=`, `?X-Amz-Signature=`, `?sig=`, `?sessionId=`, Vercel's `?x-vercel-protection-bypass=`\u2026)
 * whose last word is not about the secret (`?token_type=`), OAuth's authorization `?code=`, or a share link's (`?_vercel_share=\u2026`, which opens a
 * protected preview deployment to anyone holding it; not `?share=twitter`).
 */
function credentialParam(name) {
    if (/[-_.]share$/i.test(name))
        return true;
    // OAuth's authorization code (RFC 6749 \u00a74.1.2: `/callback?code=\u2026&state=\u2026`), exchanged for tokens; not `?promo_code=`.
    if (/^\s*code\s*$/i.test(name))
        return true;
    const words = nameWords(name);
    if (!words.some((w) => SECRET_WORDS.test(w)))
        return false;
    const last = words.at(-1);
    // A record's or a public key (`?sort_key=name`, `?site_key=` of reCAPTCHA) is no credential.
    if (last === 'key' && words.length > 1 && RECORD_KEY.test(words.at(-2)) && !words.slice(0, -1).some((w) => SECRET_WORDS.test(w)))
        return false;
    return !ABOUT_SECRET.test(last) || (/^ids?$/.test(last) && /^(?:j?session\w*|sid)$/.test(words.at(-2) ?? ''));
}
/**
 * The parts of a URL's authority read by hand, for a URL `new URL` refuses (an error says why, without its password): the
 * userinfo runs to the authority's last `@` (as URL parsers read it: `u:p@ss@host`), the host and port follow it. Null
 * without a `scheme://`.
 */
function authorityParts(url) {
    const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url.trim())?.[1];
    if (authority === undefined)
        return null;
    const at = authority.lastIndexOf('@');
    return { userinfo: at < 0 ? '' : authority.slice(0, at), hostPort: authority.slice(at + 1) };
}
/**
 * The secrets of a URL (as written and decoded): its password and the values of credential query
 * parameters (`?token=\u2026`, see `credentialParam`), of a fragment (`#access_token=\u2026`) and of path parameters
 * (`;jsessionid=\u2026`), masked wherever the URL is shown.
 */
function urlPassword(url) {
    const { password, params } = urlSecretParts(url);
    return [...new Set([...password, ...params])];
}
/**
 * The secrets of a URL (see `urlPassword`) by kind. `password`: its password and the values of its parameters (query,
 * fragment, path) whose names say secret (`?token=`, `#access_token=`, `;jsessionid=`), masked everywhere, the team's own
 * checklist text included. `params`: the values of a bare `code` parameter (OAuth's authorization code, and as often a promo
 * or invite code), masked wherever the URL is shown but not in the team's own checklist text (an item titled `Promo page
 * \u2026/promo?code=SUMMER24 loads` is not rewritten by `--url \u2026?code=SUMMER24`: see `redactReport`; review 47 R1 kept `?token=`).
 */
function urlSecretParts(url) {
    let password;
    let query = '';
    let path = '';
    let hash = '';
    try {
        const u = new URL(url);
        password = u.password;
        query = u.search;
        path = u.pathname;
        hash = u.hash;
    }
    catch {
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
    if (bare && !/^[a-z][\w+.-]*:\/\//i.test(url.trim()) && !/^(?:mailto|tel|sms|urn|data|javascript|file|news|xmpp|sip):/i.test(url.trim()) && !password)
        password = bare[1];
    const secret = [];
    if (password)
        secret.push(password, decodeParam(password, false));
    const out = [];
    // The query's parameters, a fragment's (`#access_token=\u2026`) and path parameters (`/app;jsessionid=\u2026`): see `maskUrlCredentials`.
    const pairs = [
        ...query.replace(/^\?/, '').split('&'),
        ...hash.replace(/^#/, '').split(/[&?]/),
        ...path.split('/').flatMap((segment) => segment.split(';').slice(1)),
    ];
    for (const pair of pairs.slice(0, 1000)) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        const raw = pair.slice(eq + 1);
        const name = pair.slice(0, eq);
        if (credentialPair(name, raw))
            (BARE_CODE.test(decodeParam(name, true)) ? out : secret).push(raw, decodeParam(raw, true), decodeParam(raw, false));
    }
    return { password: [...new Set(secret)], params: [...new Set(out)] };
}
/** A parameter named `code` alone (see credentialParam). */
const BARE_CODE = /^\s*code\s*$/i;
/** A URL part decoded as written (`form`: `+` read as a space, as in a query); the raw text when it does not decode. */
function decodeParam(raw, form) {
    try {
        return decodeURIComponent(form ? raw.replace(/\+/g, ' ') : raw);
    }
    catch {
        return raw;
    }
}
/**
 * Whether a URL parameter, name and value as written, holds a credential: a credential name (`credentialParam`) with a value
 * of at least MIN_PARAM_SECRET characters that is no flag (`?sid=web`, `?private=false` stay). The one rule of `urlPassword`
 * and `maskUrlCredentials`.
 */
function credentialPair(rawName, rawValue) {
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
 * URL, and so does punctuation that ends a sentence after it (`\u2026?token=***, but`).
 */
function maskUrlCredentials(text) {
    if (!/[?&#;][^=\s]{1,128}=/.test(text))
        return text;
    return text.replace(URL_PARAM, (whole, qs, qn, qv, ps, pn, pv) => {
        const sep = qs ?? ps;
        const name = qn ?? pn;
        let value = qv ?? pv;
        const tail = /[.,:!]+$/.exec(value)?.[0] ?? '';
        value = value.slice(0, value.length - tail.length);
        if (!credentialPair(name, value))
            return whole;
        return `${sep}${name}=***${tail}`;
    });
}


/***/ }),

/***/ 3390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ probeUrlProblem),
/* harmony export */   AD: () => (/* binding */ parseSeverityOverrides),
/* harmony export */   EQ: () => (/* binding */ HEADER_NAME),
/* harmony export */   Ez: () => (/* binding */ plainUrlReason),
/* harmony export */   Pe: () => (/* binding */ MAX_TIMEOUT_SECONDS),
/* harmony export */   QG: () => (/* binding */ parseHeaders),
/* harmony export */   WH: () => (/* binding */ setHeader),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   ZI: () => (/* binding */ MAX_WAIT_SECONDS),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   kX: () => (/* binding */ headerValueProblem),
/* harmony export */   lu: () => (/* binding */ unsubstitutedProblem),
/* harmony export */   mF: () => (/* binding */ headerNameProblem),
/* harmony export */   ml: () => (/* binding */ httpUrlReason),
/* harmony export */   rd: () => (/* binding */ credentialless)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64170);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26749);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44842);



/**
 * Parsers for the settings both front doors take (CLI flags and action inputs), so the two
 * accept exactly the same values. Each throws a ConfigError whose message starts with `label`.
 */
const LEVELS = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, 'none'];
const SETTINGS = [..._types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC, 'off'];
/** A gate threshold: a severity or `none` (case-insensitive). */
function parseFailOn(value, label) {
    const s = value.trim().toLowerCase();
    if (s === 'none' || (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeverity */ ._Z)(s))
        return s;
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected ${LEVELS.join(', ')}`);
}
/** The largest per-request timeout and health wait, in seconds (the checklist's `probes.timeout` and `probes.wait` too). */
const MAX_TIMEOUT_SECONDS = 600;
const MAX_WAIT_SECONDS = 3600;
/** A number of seconds up to `max`; a timeout must be positive, a wait may be 0. */
function parseSeconds(value, label, positive, max) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (positive && n === 0)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected a ${positive ? 'positive ' : ''}number of seconds`);
    }
    if (n > max)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${value}: expected at most ${max} seconds`);
    return n;
}
/**
 * `ID=LEVEL` entries, each string possibly holding several separated by newlines or commas. One id given two different
 * levels (`--severity pin=critical --severity pin=off`, a wrapper appending its own) is an error naming both: which one
 * is meant is unknown, and the last taken silently would decide the gate by the order. The same level twice (`high`,
 * `HIGH`) is no conflict. `given`: the entries already read under other labels (the action's input, line by line), so
 * a conflict between them is found too.
 */
function parseSeverityOverrides(list, label, given = new Map()) {
    const out = {};
    for (const entry of list.flatMap((l) => l.split(/[\n,]/)).map((s) => s.trim()).filter(Boolean)) {
        const m = /^([A-Za-z0-9._-]+)\s*=\s*([A-Za-z]+)$/.exec(entry);
        const level = m?.[2].toLowerCase();
        if (!m || !SETTINGS.includes(level)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${entry}: expected ID=LEVEL with LEVEL one of ${SETTINGS.join(', ')}`);
        }
        const id = m[1];
        const before = given.get(id);
        if (before && before.level !== level) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${before.said} and ${label} ${entry} give '${id}' two different levels: expected one level per id (which one is meant is unknown, and none is taken silently); remove one`);
        }
        if (!before)
            given.set(id, { level: level, said: `${label} ${entry}` });
        out[id] = level;
    }
    return out;
}
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/**
 * Why a header value cannot be sent, or undefined. RFC 9110 \u00a75.5 allows no control character but
 * HTAB (CR/LF would split the request), and undici refuses anything above U+00FF: such a value
 * would make every request fail. The reason never echoes the value (it may be a secret).
 */
function headerValueProblem(value) {
    const bad = /[^\t\x20-\x7e\x80-\xff]/.exec(value)?.[0];
    if (bad === undefined)
        return undefined;
    const code = (0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .codePoint */ .y)(bad);
    const what = bad === '\r' || bad === '\n' ? `a line break (CR/LF)` : bad.charCodeAt(0) < 0x20 || bad === '\x7f' ? `a control character (${code})` : `a character HTTP headers cannot carry (${code})`;
    return `the value contains ${what}`;
}
/**
 * Why a custom probe header cannot be sent as given, or undefined: headers about the connection or the request body,
 * which the HTTP client (undici) sets itself and refuses (`Keep-Alive`, `Upgrade`, `Transfer-Encoding`, `Expect`; over
 * HTTP/2 `Proxy-Connection`, `HTTP2-Settings` and a `TE` other than `trailers` too). Sent, each would fail every request
 * before it leaves, which the probes would report as a target that does not answer. `Connection` (a list of options
 * such as `keep-alive` or `close`, what curl and Postman send) and `Host` are sent. The reason never echoes the value.
 */
function headerNameProblem(name, value) {
    const n = name.toLowerCase();
    const hopByHop = 'a connection-specific (hop-by-hop) header, which the HTTP client manages itself and refuses to send (RFC 9110 \u00a77.6.1)';
    if (n === 'keep-alive' || n === 'upgrade' || n === 'proxy-connection' || n === 'http2-settings')
        return hopByHop;
    if (n === 'te' && value.trim().toLowerCase() !== 'trailers')
        return `${hopByHop}; only \`TE: trailers\` can be sent`;
    if (n === 'connection' && !value.split(',').every((t) => HEADER_NAME.test(t.trim())))
        return 'expected a comma-separated list of connection options (`keep-alive`, `close`), which the HTTP client requires';
    if (n === 'transfer-encoding')
        return 'a header about the request body, which the HTTP client sets itself and refuses to send: the probes send GET requests without a body';
    if (n === 'content-length' && !/^0+$/.test(value.trim()))
        return 'a header about the request body, which the HTTP client sets itself: the probes send GET requests without a body (a length other than 0 would leave the server waiting for one)';
    if (n === 'expect')
        return 'asks the server to accept a request body (`100-continue`), which the HTTP client refuses to send: the probes send GET requests without a body';
    return undefined;
}
/**
 * The auth scheme an `Authorization` (`Proxy-Authorization`, `X-Serverless-Authorization`\u2026) value consists of, with no
 * credential after it (`Authorization: Bearer ${{ secrets.X }}` where the secret is not available: `Bearer`), or undefined.
 * Such a value is empty in effect: sent, it only earns a 401; masked, it would hide a common word in every log line.
 */
function credentialless(name, value) {
    if (!/(?:^|-)authorization$/i.test(name))
        return undefined;
    return /^(?:bearer|basic|token|digest|negotiate|bot|jwt|apikey|api-key)$/i.exec(value.trim())?.[0];
}
/**
 * `Name: value` headers. The message never echoes the value: it may carry a secret. A header whose value is empty
 * (`X-Bypass: ${{ secrets.X }}` where the secret is not available, `--header "X-Bypass: $UNSET"`), or an
 * authorization header holding only its scheme (`Authorization: Bearer ${{ secrets.X }}`, see `credentialless`), is
 * not sent: `onEmpty` gets its name (and that scheme), for the caller to say so.
 */
function parseHeaders(list, label, onEmpty, onRepeat) {
    const out = {};
    for (const h of list) {
        if (!h.trim())
            continue;
        const i = h.indexOf(':');
        const name = i > 0 ? h.slice(0, i).trim() : '';
        if (!HEADER_NAME.test(name))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label}: expected "Name: value" (the value is not shown)`);
        const value = h.slice(i + 1).trim();
        if (!value) {
            onEmpty(name);
            continue;
        }
        const scheme = credentialless(name, value);
        if (scheme) {
            onEmpty(name, scheme);
            continue;
        }
        const problem = headerValueProblem(value);
        if (problem)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${name}: ${problem}, which cannot be sent in an HTTP header (the value is not shown)`);
        const nameProblem = headerNameProblem(name, value);
        if (nameProblem)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${label} ${name}: ${nameProblem}; remove it`);
        setHeader(out, name, value, onRepeat);
    }
    return out;
}
/**
 * Sets header `name` in `out`, replacing any of the same name in any case (`X-A`, `x-a`: one HTTP header). The last
 * value wins (`--header` over `--header`, a caller's header over the checklist's `probes.headers`); `onRepeat` hears the name (never a value) when it replaced a different value, so a header
 * given twice is not dropped silently (curl would send both).
 */
function setHeader(out, name, value, onRepeat) {
    let replaced = false;
    for (const before of Object.keys(out)) {
        if (before.toLowerCase() !== name.toLowerCase())
            continue;
        if (out[before] !== value)
            replaced = true;
        delete out[before];
    }
    if (replaced)
        onRepeat?.(name);
    out[name] = value;
}
/**
 * Why a checklist's probe setting (`probes.url`, `probes.http-url`, a `probes.headers` value) would not be sent as
 * meant, said after its name, or undefined. Only `${PREFLIGHT_*}` variables are substituted, by design: a checklist a
 * pull request changes must not be able to send the runner's other secrets (GITHUB_TOKEN, cloud keys\u2026) to a URL it
 * picks. Any other `${\u2026}` would be sent as written (`Bearer ${{ secrets.TOKEN }}`, `${PREFLIGHT_TOKEN:-x}`): the
 * probes would authenticate with the literal text and report a protected site. Found where the checklist is read,
 * with its other mistakes, and checked again before anything is sent.
 */
function unsubstitutedProblem(value) {
    const m = /\$\{(?!PREFLIGHT_)([A-Za-z_][A-Za-z0-9_]*)\}/.exec(value);
    if (m)
        return `references \${${m[1]}}: only \${PREFLIGHT_*} variables are substituted (a checklist must not read the runner's other secrets): write \${PREFLIGHT_${m[1]}} and set PREFLIGHT_${m[1]} in the step's env`;
    const odd = /\$\{(?![A-Za-z_][A-Za-z0-9_]*\})(\{[^}]*\}?\}?|[^}]*\}?)/.exec(value);
    if (!odd)
        return undefined;
    const hint = odd[1].startsWith('{')
        ? `GitHub expressions are not evaluated in the checklist: write \${PREFLIGHT_NAME} and set PREFLIGHT_NAME: ${odd[0]} in the step's env`
        : 'expected ${PREFLIGHT_NAME} (no defaults, spaces or other shell forms: a variable that is not set skips the probes)';
    return `holds '${odd[0]}', which is not substituted: ${hint}`;
}
/**
 * Why an http(s) URL does not parse because of its host (a space, an unclosed `[`, no host at all), if that is why: the
 * scheme is right, so "expected http:// or https://" would point at the wrong part.
 */
function badHost(url) {
    const parts = /^https?:/i.test(url.trim()) ? (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .authorityParts */ .Ql)(url) : null;
    if (!parts)
        return undefined;
    const host = parts.hostPort.replace(/:\d*$/, '');
    if (host === '')
        return 'no host after the scheme (expected https://HOST/\u2026)';
    if (host.startsWith('[') && !host.includes(']'))
        return 'the IPv6 address has no closing ] (expected https://[::1]:PORT/)';
    return `the host '${host.slice(0, 60)}' is not a valid host name (letters, digits, '-' and '.'; an IPv6 address in [ ])`;
}
/** Why a URL with a scheme and a host does not parse because of its port (`https://host:99999/`), if that is why. */
function badPort(url) {
    // The host and port follow the userinfo (a password), which is never shown as a port.
    const hostPort = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .authorityParts */ .Ql)(url)?.hostPort;
    if (hostPort === undefined)
        return undefined;
    const port = /^(?:\[[^\]]*\]|[^:@[\]]*):(.*)$/.exec(hostPort)?.[1];
    if (port === undefined || port === '')
        return undefined;
    if (!/^\d+$/.test(port))
        return `port '${port.slice(0, 20)}' is not a number`;
    return Number(port) > 65535 ? `port ${port} is out of range (expected 1-65535)` : undefined;
}
/** Why `value` is no http(s) URL the probes can request (its port, its host, else its scheme); undefined when it is one. */
function httpUrlReason(value) {
    try {
        const u = new URL(value);
        if (u.protocol === 'http:' || u.protocol === 'https:')
            return undefined;
    }
    catch { /* below */ }
    return badPort(value) ?? badHost(value) ?? 'expected http:// or https://';
}
/** Why `value` is no plain http:// URL (the https-redirect probe's origin), said after its label; undefined when it is one. */
function plainUrlReason(value) {
    let u;
    try {
        u = new URL(value);
    }
    catch { /* below */ }
    if (u && u.protocol === 'http:')
        return undefined;
    return `${(!u && badPort(value)) || 'expected a plain http:// URL'} (the plain-HTTP origin the https-redirect probe requests)${u ? `, not ${u.protocol}//` : ''}`;
}
/**
 * Why a checklist's `probes.url` (or, `plain`, `probes.http-url`) is no URL the probes can request, worded as the run
 * words it; undefined when it is one.
 */
function probeUrlProblem(value, plain) {
    const why = plain ? plainUrlReason(value) : httpUrlReason(value);
    return why === undefined ? undefined : plain ? `probes.http-url '${value}': ${why}` : `invalid URL '${value}': ${why}`;
}


/***/ }),

/***/ 62595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ readUserFile),
/* harmony export */   Iy: () => (/* binding */ textEncodingProblem),
/* harmony export */   _D: () => (/* binding */ readUserInput),
/* harmony export */   bv: () => (/* binding */ readStream),
/* harmony export */   n9: () => (/* binding */ currentDirectory),
/* harmony export */   p: () => (/* binding */ STDIN_NAME)
/* harmony export */ });
/* unused harmony exports MAX_STREAM_BYTES, FIFO_WRITER_WAIT_MS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var _repo_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39580);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18650);




/**
 * Reads a file named on the command line or in the action's inputs (a checklist, a baseline, a CA file, a Markdown
 * file to import) as UTF-8. A regular file is read, and a FIFO as a stream (readStream: to its end, at most 1 MiB); a
 * device or socket (`--checklist /dev/zero`) would never end, so it fails with the code `ENOTREG`, which readProblem words. Other errors are Node's (ENOENT, EISDIR, EACCES).
 * A file whose line breaks are lone CRs (classic Mac OS) reads with LF ones, as the repository reader reads every
 * file (crLineBreaks): the same checklist gives the same items, lines and columns whether it is named or discovered.
 */
function readUserFile(abs) {
    return readUserInput(abs).text;
}
/**
 * readUserFile, and whether the file was read as a stream (a FIFO: its format is told from its text, it has no name to
 * tell it by). One stat decides both, so the read and the format guess cannot disagree (a path replaced in between).
 */
function readUserInput(abs) {
    const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(abs);
    // A FIFO (`--checklist <(generate)`, `/dev/stdin` fed by a pipe) is read as a stream, to its end or the cap.
    if (st.isFIFO())
        return { text: readStream(abs), stream: true };
    if (!st.isFile() && !st.isDirectory())
        throw Object.assign(new Error(`${abs} is not a regular file`), { code: 'ENOTREG' });
    return { text: (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__/* .crLineBreaks */ .wA)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(abs, 'utf8')), stream: false };
}
/** What standard input is called in messages (`<stdin>:3:7: \u2026`) and reports: a checklist read from it (`--checklist -`), `import -`. */
const STDIN_NAME = '<stdin>';
/** The most read from a stream (`-`, a FIFO): as much as a discovered checklist may hold. */
const MAX_STREAM_BYTES = _repo_read_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .gZ;
/**
 * How long a named FIFO is waited on for a writer: `mkfifo p; generate > p & preflight --checklist p` may start the
 * writer a moment after the read, as `cat p` waits for it (bounded: a FIFO nobody writes to is an error after it).
 */
const FIFO_WRITER_WAIT_MS = 10_000;
/** Sleeps `ms` on this thread: a read that would block waits as a blocking read would, without spinning. */
const pause = (ms) => { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms); };
/**
 * Reads a stream to its end as UTF-8: standard input (`0`: `--checklist -`, `import -`) or a FIFO at a path. At most
 * MAX_STREAM_BYTES (more, `<(yes)`, is the code ETOOBIG, which readProblem words); a terminal on standard input is ETTY
 * at once (nothing was piped in: reading would wait for typing). A named FIFO is waited on for a writer up to `writerWaitMs`
 * (FIFO_WRITER_WAIT_MS), as `cat` waits in open(): one that gets none by then is ENOWRITER (its `waitedMs` says how
 * long). A pipe whose writer was there and wrote nothing (`<(true)`, an empty `gen | \u2026 /dev/stdin`) reads as empty at
 * once, as `-` does: the caller says "empty checklist". Line breaks as readUserFile reads them.
 */
function readStream(source, writerWaitMs = FIFO_WRITER_WAIT_MS) {
    // Non-blocking: a named FIFO opens at once, without a writer, so the wait for one is bounded (a blocking open would
    // wait forever). While it is open for reading, a writer's open() does not block either.
    const fd = source === 0 ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(source, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        // (node:tty is loaded only here: at the top it would cost every start of the CLI some 3 ms of loading Node's stream modules.)
        if (source === 0 && (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url)('node:tty').isatty(0))
            throw Object.assign(new Error('standard input is a terminal'), { code: 'ETTY' });
        const chunks = [];
        const buf = Buffer.alloc(64 * 1024);
        let total = 0;
        // A non-blocking read of a FIFO no process has opened for writing yet reads 0, as its end does: until a writer is
        // seen (data, or EAGAIN: a writer with nothing written yet), 0 means "not yet", up to the deadline. Standard input
        // has its writer (or is a file) from the start, and so has an anonymous pipe (`<(gen)`, `/dev/stdin` fed by a pipe):
        // both its ends are made at once, so its 0 is the end, the writer gone.
        let writer = source === 0 || anonymousPipe(fd);
        const deadline = Date.now() + writerWaitMs;
        for (;;) {
            let n;
            try {
                n = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, 0, buf.length, null);
            }
            catch (e) {
                const code = e.code;
                // A writer with nothing written yet (or a non-blocking pipe inherited from the parent): wait a little, as a blocking read would.
                if (code === 'EAGAIN') {
                    writer = true;
                    pause(10);
                    continue;
                }
                if (code === 'EOF')
                    break;
                throw e;
            }
            if (n === 0) {
                if (!writer && Date.now() < deadline) {
                    pause(10);
                    continue;
                }
                break;
            }
            writer = true;
            total += n;
            if (total > MAX_STREAM_BYTES)
                throw Object.assign(new Error('stream too large'), { code: 'ETOOBIG' });
            chunks.push(Buffer.from(buf.subarray(0, n)));
        }
        // A named FIFO no writer was seen on by the deadline (`mkfifo pipe` alone): said so, rather than "an empty checklist".
        // One whose writer was seen, and closed with nothing written, is empty, as `-` is.
        if (!writer)
            throw Object.assign(new Error('FIFO with no writer'), { code: 'ENOWRITER', waitedMs: writerWaitMs });
        return (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__/* .crLineBreaks */ .wA)(Buffer.concat(chunks).toString('utf8'));
    }
    finally {
        if (source !== 0)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/**
 * Whether `fd` is an anonymous pipe (`<(gen)`, `/dev/stdin` fed by `gen |`) rather than a named FIFO (mkfifo): Linux
 * names it `pipe:[inode]` in /proc/self/fd. Elsewhere (no /proc) false: such a pipe is then waited on as a named FIFO is.
 */
function anonymousPipe(fd) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync(`/proc/self/fd/${fd}`).startsWith('pipe:');
    }
    catch {
        return false;
    }
}
/**
 * The current directory, or null when it cannot be had: it no longer exists (deleted or moved after the shell entered
 * it, as a CI script that removes its temporary folder and goes on leaves it) or cannot be read \u2014 `process.cwd()` throws
 * then, even for a command that needs no directory.
 */
function currentDirectory() {
    try {
        return process.cwd();
    }
    catch {
        return null;
    }
}
/** UTF-16 text without a byte-order mark: a NUL every other byte from the start (LE `a\0b\0`, BE `\0a\0b`), not any binary. */
const UTF16_LIKE = /^(?:\uFFFD\uFFFD|\uFEFF)?(?:(?:[^\0]\0){2}|(?:\0[^\0]){2})/;
/**
 * Why text read as UTF-8 (bad bytes are U+FFFD) is not UTF-8 text, where, or undefined: UTF-16 (Windows editors'
 * "Unicode", PowerShell's `>`: a byte-order mark, a NUL every other byte), NUL bytes, or another encoding
 * (Windows-1252 `\u00e9`). `what` names the file in the message (`the checklist`, `the baseline`).
 */
function textEncodingProblem(text, what) {
    if (text.startsWith('\uFFFD\uFFFD'))
        return { message: `${what} starts with a UTF-16 byte-order mark: save it as UTF-8`, line: 1, column: 1 };
    const nul = text.indexOf('\0');
    if (nul >= 0)
        return { message: `${what} is not UTF-8 text (a NUL byte${UTF16_LIKE.test(text) ? '; it looks like UTF-16' : ''}): save it as UTF-8`, ...(0,_repo_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumnAt */ .IX)(text, nul) };
    const bad = text.indexOf('\uFFFD');
    if (bad >= 0)
        return { message: `${what} is not UTF-8 text (a byte that is no UTF-8 character, as Windows-1252 or Latin-1 files have): save it as UTF-8`, ...(0,_repo_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumnAt */ .IX)(text, bad) };
    return undefined;
}


/***/ }),

/***/ 13411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f2: () => (/* binding */ CHECKS_DOC_URL),
/* harmony export */   ld: () => (/* binding */ REPOSITORY_URL),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool version (kept in step with package.json by a test). */
const VERSION = '0.1.0';
/** The repository's page (package.json `repository`), where the docs live for whoever runs the CLI from anywhere. */
const REPOSITORY_URL = 'https://github.com/preflight-gate/preflight';
/** The catalogue's documentation: `preflight list` and `--help` point here, never at a path inside the package. */
const CHECKS_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/checks.md`;


/***/ }),

/***/ 44842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ andList),
/* harmony export */   y: () => (/* binding */ codePoint)
/* harmony export */ });
/** Names as a sentence lists them: "a", "a and b", "a, b and c" ('' for none). */
function andList(names) {
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0] ?? '';
}
/** A character's code point as Unicode writes it (`U+2019`, `U+000D`): how a message names a character it should not show. */
function codePoint(c) {
    return `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}


/***/ })

};
