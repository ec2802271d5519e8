export const id = 482;
export const ids = [482];
export const modules = {

/***/ 99085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O4: () => (/* binding */ RESERVED_IDS),
  sW: () => (/* binding */ catalogue),
  Gt: () => (/* binding */ getDef),
  OA: () => (/* binding */ nearestId)
});

// EXTERNAL MODULE: ./lib/checks/index.js + 24 modules
var checks = __webpack_require__(6942);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./lib/probes/define.js
/** Defines a live probe: metadata plus a pure judgement over the collector's observation. */
function defineProbe(def) {
    return { ...def, kind: 'probe' };
}

// EXTERNAL MODULE: ./lib/probes/util.js
var util = __webpack_require__(37439);
;// CONCATENATED MODULE: ./lib/probes/certificate.js



const DAY = 86_400_000;
const SELF_SIGNED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN']);
const EXPIRY = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
/** The certificate is valid now, for this host, trusted, and not about to expire. */
const certificate = defineProbe({
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
    options: schemas/* object */.Ikc({ 'min-days': schemas/* number */.aig().int().nonnegative().default(30) }),
    needs: () => ({ tls: true }),
    evaluate(obs, ctx) {
        if ((0,util/* isPlainHttp */.fq)(obs)) {
            ctx.report({ message: `${obs.url} is plain HTTP: no certificate is served; serve it over https://` });
            return;
        }
        const t = obs.tls;
        if (!t) {
            ctx.error('the TLS handshake was not made');
            return;
        }
        if (t.error) {
            ctx.error(t.error);
            return;
        }
        const leaf = t.chain?.[0];
        if (!leaf) {
            ctx.error(`${obs.url} presented no certificate`);
            return;
        }
        const now = Date.parse(obs.at);
        const to = Date.parse(leaf.validTo);
        const from = Date.parse(leaf.validFrom);
        if (to < now) {
            ctx.report({ severity: 'critical', message: `the certificate of ${obs.url} expired on ${leaf.validTo.slice(0, 10)}; renew it` });
        }
        else if (from > now) {
            ctx.report({ severity: 'critical', message: `the certificate of ${obs.url} is not valid before ${leaf.validFrom.slice(0, 10)}; check the server clock or reissue it` });
        }
        else if (t.authorizationError && EXPIRY.has(t.authorizationError)) {
            ctx.report({ severity: 'critical', message: `a certificate in the chain of ${obs.url} is outside its validity period (${t.authorizationError}); update the intermediate certificates` });
        }
        if (t.hostnameError) {
            ctx.report({ severity: 'critical', message: `the certificate of ${obs.url} is not valid for this host: ${t.hostnameError}` });
        }
        const code = t.authorizationError;
        // Node names a wrong host only when the chain is trusted; hostnameError covers it either way.
        if (code && !EXPIRY.has(code) && code !== 'ERR_TLS_CERT_ALTNAME_INVALID') {
            const self = SELF_SIGNED.has(code) || (leaf.selfIssued && t.chain.length === 1);
            const what = self ? 'is self-signed' : `is not trusted (${code})`;
            ctx.report({
                severity: obs.allowSelfSigned ? 'low' : 'critical',
                message: `the certificate of ${obs.url} ${what}${obs.allowSelfSigned ? ' (allowed by allow-self-signed)' : '; use a certificate from a trusted CA, or pass the private CA with --ca'}`,
            });
        }
        const days = Math.floor((to - now) / DAY);
        if (to >= now && days < ctx.options['min-days']) {
            ctx.report({ severity: 'high', message: `the certificate of ${obs.url} expires in ${days} day${days === 1 ? '' : 's'} (${leaf.validTo.slice(0, 10)}), fewer than ${ctx.options['min-days']}; renew it` });
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/cookie-security.js



/** Parses a Set-Cookie header, keeping the name and lower-cased attributes, never the value. */
function parseSetCookie(line) {
    const [pair, ...rest] = line.split(';');
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? '' : pair.slice(0, eq)).trim();
    if (!name)
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
const SESSION_PATTERNS = ['sess', '^sid$', '[-_.]sid$', 'auth', 'token', 'jwt', 'remember', 'login', 'user_?id'];
// CSRF tokens are meant to be read by scripts (double-submit): never demand HttpOnly on them.
const CSRF = /csrf|xsrf/i;
/** Cookies set by the target carry Secure, HttpOnly (session-like names) and a valid SameSite. */
const cookieSecurity = defineProbe({
    id: 'cookie-security',
    title: 'Cookies are Secure, HttpOnly and SameSite',
    severity: 'medium',
    description: 'Cookies carry Secure (over HTTPS), HttpOnly (session-like names) and a valid SameSite.',
    match: [
        {
            // cookie-flags catches the setting written as False; only the live cookie shows it is really set.
            pattern: /\b(?:session|csrf)_cookie_(?:secure|httponly|samesite)\b/,
            note: 'a promise about Flask/Django cookie settings: the probe reads the session cookie the deployment sets',
        },
        {
            pattern: /\bsecure cookies?\b|\bcookies?\b[^;]*\b(?:secure|httponly) (?:and (?:httponly|secure) )?(?:flags?|attributes?)\b|\bcookies? (?:are |is )?(?:marked |set )?(?:secure|httponly|samesite)\b/,
            unless: /\b(?:polic(?:y|ies)|consent|banner)\b|_cookie_/,
            note: 'a promise that cookies carry Secure/HttpOnly/SameSite: the probe reads Set-Cookie',
        },
    ],
    docs: {
        why: 'A session cookie without Secure leaks over plain HTTP, without HttpOnly it is readable by injected scripts, and without SameSite it rides along on cross-site requests.',
        fix: 'Set session cookies with `Secure; HttpOnly; SameSite=Lax` (or Strict).',
        details: [
            'Every Set-Cookie on the target\'s same-host redirect chain is judged (deletions — Max-Age ≤ 0 or an Expires',
            'in the past — are skipped). Over HTTPS each cookie needs `Secure`; session-like names (option',
            '`session-patterns`, case-insensitive regular expressions; default sess, sid, auth, token, jwt, remember,',
            'login, user_id) need `HttpOnly`, except CSRF tokens, which scripts must read; every cookie needs',
            '`SameSite=Strict|Lax|None`, and `None` requires `Secure`. One finding per cookie; values are never shown.',
            'A 401 or login redirect is `error: protected`.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({ 'session-patterns': schemas/* array */.YOg(schemas/* string */.YjP()).default(SESSION_PATTERNS) }),
    needs: () => ({ main: true }),
    evaluate(obs, ctx) {
        if (!(0,util/* targetResponse */.v)(obs, ctx, true))
            return;
        const patterns = ctx.options['session-patterns'].flatMap((p) => { try {
            return [new RegExp(p, 'i')];
        }
        catch {
            return [];
        } });
        const host = new URL(obs.url).hostname;
        const now = Date.parse(obs.at);
        const seen = new Set();
        for (const hop of obs.main.hops) {
            const https = hop.url.startsWith('https:');
            if (new URL(hop.url).hostname !== host)
                continue;
            for (const line of (0,util/* headerValues */.UE)(hop, 'set-cookie')) {
                const c = parseSetCookie(line);
                if (!c || seen.has(c.name))
                    continue;
                seen.add(c.name);
                const maxAge = c.attrs.get('max-age');
                const expires = c.attrs.get('expires');
                if ((maxAge !== undefined && Number(maxAge) <= 0) || (expires && Date.parse(expires) < now))
                    continue;
                const problems = [];
                const secure = c.attrs.has('secure');
                if (https && !secure)
                    problems.push('Secure');
                if (!c.attrs.has('httponly') && !CSRF.test(c.name) && patterns.some((p) => p.test(c.name)))
                    problems.push('HttpOnly');
                const sameSite = c.attrs.get('samesite')?.toLowerCase();
                if (!sameSite || !['strict', 'lax', 'none'].includes(sameSite))
                    problems.push('a valid SameSite');
                else if (sameSite === 'none' && !secure)
                    problems.push('Secure (required by SameSite=None)');
                if (problems.length) {
                    ctx.report({ url: hop.url, message: `cookie '${c.name}' is set without ${problems.join(', ')}; add ${problems.map((p) => p.replace(/^a valid /, '').replace(/ \(.*$/, '')).join('; ')}` });
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/cors-policy.js



/** A foreign Origin must not be granted credentialed access. */
const corsPolicy = defineProbe({
    id: 'cors-policy',
    title: 'CORS does not trust arbitrary origins',
    severity: 'high',
    description: 'A foreign Origin (GET and preflight) is not reflected; `null`/reflected with credentials is critical.',
    match: [
        {
            pattern: /\bcors\b[^;]*(?:\bwildcard\b|\*|\bany origins?\b|\ball origins\b)|(?:\bwildcard\b|\*|\bany origins?\b|\ball origins\b)[^;]*\bcors\b|\baccess-control-allow-origin\b[^;]*\*/,
            note: 'a promise that CORS does not allow any origin: the probe sends a foreign Origin',
        },
        {
            pattern: /\bwildcard\b|(?:^|\s)\*(?:\s|$)|\bany origins?\b|\ball origins\b/,
            context: /\bcors\b|\bcross-origin\b/,
            note: 'wildcard under a CORS heading',
        },
    ],
    docs: {
        why: 'A server that reflects any Origin with credentials lets every website read its users\' data with their cookies.',
        fix: 'Allow-list the exact origins that need access; never echo the request Origin or allow `null` together with credentials.',
        details: [
            `Three requests to the target: GET and an OPTIONS preflight with \`Origin: ${util/* FOREIGN_ORIGIN */.oc}\`, and GET with`,
            '`Origin: null` (sandboxed iframes and local files send it). The foreign origin or `null` reflected in',
            '`Access-Control-Allow-Origin` with `Access-Control-Allow-Credentials: true` is `critical`; reflected without',
            'credentials is `high` (any site reads the responses, and one flag away from critical); `*` is `low` (public',
            'data only: browsers never send credentials to `*`). Judged even behind a login wall: the headers are the finding.',
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
        const all = [
            ['GET', cors.get, cors.origin], ['preflight', cors.preflight, cors.origin], ['GET with Origin: null', cors.nullOrigin, 'null'],
        ];
        const answered = all.filter(([, f]) => f?.response);
        if (!answered.length) {
            ctx.error(all.find(([, f]) => f?.error)?.[1]?.error ?? `no response from ${obs.url}`);
            return;
        }
        const found = new Map();
        for (const [kind, f, origin] of answered) {
            const res = f.response;
            const acao = (0,util/* header */.wx)(res, 'access-control-allow-origin')?.trim();
            if (!acao)
                continue;
            const creds = (0,util/* header */.wx)(res, 'access-control-allow-credentials')?.toLowerCase() === 'true';
            let key;
            let finding;
            if (acao === origin && origin === 'null') {
                key = `null:${creds}`;
                finding = creds
                    ? { severity: 'critical', message: `${obs.url} allows Origin: null with credentials (${kind}); any sandboxed page can read users' data` }
                    : { severity: 'low', message: `${obs.url} allows Origin: null (${kind}); sandboxed pages of any site can read responses` };
            }
            else if (acao === origin) {
                key = `reflect:${creds}`;
                finding = creds
                    ? { severity: 'critical', message: `${obs.url} reflects any Origin with Access-Control-Allow-Credentials: true (${kind}); any website can read users' data` }
                    : { severity: 'high', message: `${obs.url} reflects any Origin in Access-Control-Allow-Origin (${kind}); allow-list the origins that need access` };
            }
            else if (acao === '*') {
                key = 'star';
                finding = { severity: 'low', message: `${obs.url} sends Access-Control-Allow-Origin: * (${kind}); fine for public data only — allow-list origins otherwise` };
            }
            else
                continue;
            if (!found.has(key))
                found.set(key, finding);
        }
        for (const f of found.values())
            ctx.report(f);
    },
});

;// CONCATENATED MODULE: ./lib/probes/dev-server-exposed.js



/** Banners of development servers and debug pages, by header or body. */
const DEV_SIGNALS = [
    { what: 'the Werkzeug development server (flask run)', header: ['server', /werkzeug/i] },
    { what: 'the Werkzeug interactive debugger', body: /Werkzeug Debugger|__debugger__|The debugger caught an exception/ },
    { what: "Django's development server (runserver)", header: ['server', /WSGIServer\/[\d.]+ CPython/i] },
    { what: "Django's DEBUG page", body: /You(?:'|&#x27;|&#39;)re seeing this error because you have <code>DEBUG = True<\/code>/ },
    { what: "Python's http.server", header: ['server', /^(SimpleHTTP|BaseHTTP)\//i] },
    { what: "Rails' development error page", body: /Action Controller: Exception caught|<h1>Routing Error<\/h1>[\s\S]*Rails\.root/ },
    { what: "Laravel's debug page (Whoops/Ignition)", body: /<title>Whoops! There was an error\.<\/title>|window\.ignite\b|Illuminate\\Foundation/ },
    { what: "the Symfony profiler", header: ['x-debug-token-link', /./] },
    { what: 'the Next.js development server', body: /\/_next\/static\/development\/|\/_next\/webpack-hmr|"buildId":"development"/ },
    { what: 'the Vite development server', body: /\/@vite\/client/ },
    { what: 'webpack-dev-server', body: /webpack-dev-server\/client|__webpack_dev_server_client__/ },
    { what: 'an Express stack trace (NODE_ENV is not production)', body: /<pre>\w*Error: [^<]*<br> &nbsp; &nbsp;at / },
    { what: "ASP.NET's developer exception page", body: /<h1>An unhandled exception occurred while processing the request\.<\/h1>|Server Error in '\/' Application/ },
];
/** Which dev-server/debug signals a response shows. */
function devSignals(res) {
    const byHeader = (s) => {
        if (!s.header)
            return false;
        const v = (0,util/* header */.wx)(res, s.header[0]);
        return v !== undefined && s.header[1].test(v);
    };
    return DEV_SIGNALS.filter((s) => byHeader(s) || (s.body?.test(res.body) ?? false)).map((s) => s.what);
}
/** No development server or debug page is exposed. */
const devServerExposed = defineProbe({
    id: 'dev-server-exposed',
    title: 'No development server or debug page is exposed',
    severity: 'critical',
    description: 'No Werkzeug/runserver banner, interactive debugger, Django DEBUG page or other debug banner.',
    match: [
        {
            pattern: /\bwerkzeug\b|\b(?:debugger|debug console|debug toolbar|debug page)s?\b[^;]*\b(?:not|disabled|off|removed)\b|\b(?:no|not|never)\b[^;]*\b(?:debugger|debug console|debug toolbar|debug page)s?\b/,
            note: 'a promise that no debugger or dev server is reachable: the probe looks for their banners',
        },
    ],
    docs: {
        why: "Development servers are single-threaded and unhardened, and debug pages leak settings and source; Werkzeug's debugger is remote code execution.",
        fix: 'Run a production server (gunicorn, uvicorn workers, node server.js behind a proxy) with debug off.',
        details: [
            'Looks at the target\'s responses (redirect chain included) and at a GET of a random path that cannot exist',
            "(where Django's DEBUG 404 page and Rails' routing error appear): `Server: Werkzeug…`, `WSGIServer/… CPython`",
            "(Django runserver), Python's http.server, the Werkzeug debugger, Django/Rails/Laravel/ASP.NET debug pages,",
            'Symfony\'s profiler header, Next.js/Vite/webpack dev bundles, Express stack traces. `error` when neither',
            'request got an answer.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ main: true, notFound: true }),
    evaluate(obs, ctx) {
        const responses = [...(obs.main?.hops ?? []), ...(obs.notFound?.response ? [obs.notFound.response] : [])];
        if (!responses.length) {
            ctx.error(obs.main?.error ?? obs.notFound?.error ?? `no response from ${obs.url}`);
            return;
        }
        const seen = new Set();
        for (const res of responses) {
            for (const what of devSignals(res)) {
                if (seen.has(what))
                    continue;
                seen.add(what);
                ctx.report({ url: res.url, message: `${res.url} exposes ${what}; run a production server with debug off` });
            }
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/health-endpoint.js



/** Each health path answers 2xx to GET within the timeout (polling until `wait` runs out). */
const healthEndpoint = defineProbe({
    id: 'health-endpoint',
    title: 'Health endpoint answers',
    severity: 'critical',
    description: 'Each health path answers 2xx to GET (polled until `wait` runs out).',
    match: [
        {
            pattern: /\bhealth ?(?:check )?(?:endpoints?|routes?|urls?)\b/,
            unless: /\b(?:regularly|daily|weekly|monthly|schedule|monitor(?:ing|ed)?)\b/,
            note: 'a promise that health endpoints answer: the probe GETs them',
        },
        {
            pattern: /\bhealth ?checks? (?:pass|passes|passing|return|returns|respond|responds|succeed|succeeds|are green|ok)\b/,
            unless: /\b(?:script|\.sh|regularly|daily|weekly)\b/,
            note: 'a promise that health checks pass: the probe GETs the health paths',
        },
    ],
    docs: {
        why: 'A deployment whose health endpoint does not answer is down or not ready; merging on top of it hides the outage.',
        fix: 'Make the health path answer 200 to GET without authentication, or name the right path in probes.health.',
        details: [
            'Each path gets a GET (never HEAD: many frameworks route HEAD differently) and may follow at most 5',
            'redirects on the same host. With `wait`, the collector polls about every 2 s like a Kubernetes readiness',
            'probe: 5xx answers and refused connections are retried until the deadline, a 4xx answer is final. A 401 or',
            'a redirect to a login/SSO page is reported as `error: protected` (give headers), never as "down".',
            'Option `paths` defaults to the checklist\'s `probes.health`, else `["/"]`.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({ paths: schemas/* array */.YOg(schemas/* string */.YjP().startsWith('/')).min(1).optional() }),
    needs: (o, d) => ({ health: o.paths ?? d.health }),
    evaluate(obs, ctx) {
        const paths = ctx.options.paths ?? obs.defaultHealthPaths;
        const guarded = [];
        let failed = false;
        for (const path of paths) {
            const h = obs.health?.[path];
            if (!h) {
                ctx.error(`${path} was not polled`);
                return;
            }
            const url = h.chain.start;
            const waited = h.attempts > 1 ? ` (after ${h.attempts} attempts over ${Math.round(h.waitedMs / 1000)} s)` : '';
            const last = h.chain.hops.at(-1);
            if (h.chain.error || !last) {
                failed = true;
                ctx.report({ url, message: `health endpoint ${path} did not answer: ${h.chain.error ?? 'no response'}${waited}` });
                continue;
            }
            const why = (0,util/* protectedReason */.zN)(h.chain);
            if (why) {
                guarded.push(why);
                continue;
            }
            if (last.status >= 200 && last.status < 300)
                continue;
            failed = true;
            if (h.chain.stopped) {
                ctx.report({ url, message: `health endpoint ${path} redirects to ${h.chain.stopped.location} (${h.chain.stopped.reason}); it must answer 2xx on the same host` });
            }
            else {
                ctx.report({ url, message: `health endpoint ${path} answered HTTP ${last.status}${last.url !== url ? ` at ${last.url}` : ''} instead of 2xx${waited}` });
            }
        }
        if (guarded.length && !failed)
            ctx.error(`protected — give headers (--header): ${guarded.join('; ')}`);
    },
});

;// CONCATENATED MODULE: ./lib/probes/hsts.js



/** Parses one Strict-Transport-Security value; returns max-age or why it is invalid (RFC 6797 §6.1). */
function parseHsts(value) {
    const seen = new Set();
    let maxAge;
    for (const raw of value.split(';')) {
        const d = raw.trim();
        if (!d)
            continue;
        const m = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*(?:=\s*(.*))?$/.exec(d);
        if (!m)
            return { invalid: `unparsable directive '${d.slice(0, 40)}'` };
        const name = m[1].toLowerCase();
        if (seen.has(name))
            return { invalid: `directive '${name}' appears twice` };
        seen.add(name);
        if (name === 'max-age') {
            const v = (m[2] ?? '').trim().replace(/^"(.*)"$/, '$1');
            if (!/^\d+$/.test(v))
                return { invalid: `max-age '${v.slice(0, 20)}' is not a number of seconds` };
            maxAge = Number(v);
        }
    }
    if (maxAge === undefined)
        return { invalid: 'no max-age directive' };
    return { maxAge, includeSubDomains: seen.has('includesubdomains') };
}
/** Exactly one Strict-Transport-Security header with a parsable max-age ≥ the minimum. */
const hsts = defineProbe({
    id: 'hsts',
    title: 'HSTS is enabled with a long max-age',
    severity: 'high',
    description: 'Exactly one Strict-Transport-Security header with max-age ≥ 15552000 (six months).',
    match: [
        {
            pattern: /\bhsts\b|\bstrict-transport-security\b/,
            unless: /\bpreload(?:ed|ing)? list\b|\bsubmit/,
            note: 'a promise about HSTS: the probe reads Strict-Transport-Security',
        },
    ],
    docs: {
        why: 'Without HSTS a network attacker can strip HTTPS from the first request of every visit.',
        fix: 'Send `Strict-Transport-Security: max-age=31536000; includeSubDomains` once, on every HTTPS response.',
        details: [
            'The final HTTPS response of the target (same-host redirects followed) must carry exactly one',
            '`Strict-Transport-Security` header. Per RFC 6797 a value with an unparsable or missing `max-age`, or a',
            'directive given twice, is ignored by browsers, so it fails here (MDN Observatory accepts `max-age=abc`).',
            'Two headers (or one joined with a comma by a proxy) fail. `max-age=0` deletes the policy and fails. Option',
            '`min-max-age` (seconds, default 15552000). An `http://` target fails: HSTS is only honoured over HTTPS.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({ 'min-max-age': schemas/* number */.aig().int().nonnegative().default(15552000) }),
    needs: () => ({ main: true }),
    evaluate(obs, ctx) {
        if ((0,util/* isPlainHttp */.fq)(obs)) {
            ctx.report({ message: `${obs.url} is plain HTTP: HSTS is only honoured over HTTPS; serve the site over https:// with Strict-Transport-Security` });
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
        const url = res.url;
        const min = ctx.options['min-max-age'];
        const values = (0,util/* headerValues */.UE)(res, 'strict-transport-security');
        if (values.length === 0) {
            ctx.report({ url, message: `${url} sends no Strict-Transport-Security header; add max-age=${Math.max(min, 31536000)}` });
            return;
        }
        if (values.length > 1 || values.some((v) => v.includes(','))) {
            ctx.report({ url, message: `${url} sends Strict-Transport-Security more than once; browsers may ignore it: send exactly one` });
            return;
        }
        const parsed = parseHsts(values[0]);
        if ('invalid' in parsed) {
            ctx.report({ url, message: `${url} sends an invalid Strict-Transport-Security header (${parsed.invalid}); browsers ignore it` });
        }
        else if (parsed.maxAge === 0) {
            ctx.report({ url, message: `${url} sends Strict-Transport-Security max-age=0, which turns HSTS off; use max-age ≥ ${min}` });
        }
        else if (parsed.maxAge < min) {
            ctx.report({ url, message: `${url} sends Strict-Transport-Security max-age=${parsed.maxAge}, below ${min} s; raise it` });
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/https-redirect.js



/** The plain-HTTP origin's first hop redirects to https:// on the same host. */
const httpsRedirect = defineProbe({
    id: 'https-redirect',
    title: 'Plain HTTP redirects to HTTPS',
    severity: 'high',
    description: 'The first hop from plain HTTP is a redirect to https:// on the same host.',
    match: [
        {
            pattern: /\b(?:force|forced|enforce|enforced|redirects?|redirected)\b[^;]*\bhttps\b|\bhttps\b[^;]*\b(?:enforced|forced|redirects?|redirected|only)\b/,
            unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|internal|all services)\b/,
            note: 'a promise that plain HTTP redirects to HTTPS: the probe follows the first hop',
        },
    ],
    docs: {
        why: 'Users and links that arrive over plain HTTP must be moved to HTTPS before any cookie or page is sent in the clear.',
        fix: 'Answer every plain-HTTP request with a 301/308 to https://<same host><same path>.',
        details: [
            'Only the first hop from the plain-HTTP origin (`--http-url`, default the target host on port 80) is judged,',
            'and it is never followed. A redirect to https:// on the same hostname passes; a redirect to another host first',
            '(then maybe to https) is `low`: the first request still leaves over plain HTTP to a third party. A 200, or a',
            'redirect that stays on http://, fails. No plain-HTTP listener at all (connection refused) passes with an `info`',
            'note; a timeout is an `error` (it cannot be told apart from a slow server).',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ plainHttp: true }),
    evaluate(obs, ctx) {
        const p = obs.plainHttp;
        if (!p) {
            ctx.error('the plain-HTTP origin was not fetched');
            return;
        }
        const url = p.url;
        if (p.error || !p.response) {
            if (p.error?.startsWith('connection refused')) {
                ctx.report({ url, note: true, message: `no plain-HTTP listener at ${url} (${p.error}): nothing to redirect` });
            }
            else
                ctx.error(p.error ?? `no response from ${url}`);
            return;
        }
        const res = p.response;
        const location = res.headers.location?.[0];
        if (![301, 302, 303, 307, 308].includes(res.status) || !location) {
            ctx.report({ url, message: `${url} answered HTTP ${res.status} over plain HTTP instead of redirecting to https://` });
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
        if (next.hostname !== host || (0,util/* isMetadataHost */.SF)(next.hostname)) {
            ctx.report({ url, severity: 'low', message: `${url} first redirects to another host (${next.host}); redirect to https://${host} first` });
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
/** The median of several GETs (after a warm-up) stays under a limit. */
const responseTime = defineProbe({
    id: 'response-time',
    title: 'Responses are fast enough',
    severity: 'medium',
    description: 'The median of several GETs (after a warm-up) is ≤ max-ms (2000).',
    match: [
        {
            pattern: /\bresponse times? (?:is |are |stays? )?(?:under|below|less than|within|<|≤) ?\d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?)\b/,
            unless: /\b(?:p9\d|percentile|under (?:peak |heavy )?load|monitor|alert)\b/,
            note: 'a stated response-time bound: the probe measures the median of several GETs against it',
        },
    ],
    docs: {
        why: 'A deployment that is already slow on an idle loopback of requests will be slower under real load.',
        fix: 'Profile the slow path (database queries, cold caches, synchronous calls) or raise max-ms if the endpoint is meant to be slow.',
        details: [
            'One warm-up GET (connection set-up, lazy initialisation), then `samples` (5) sequential GETs of `path` (`/`)',
            'over one keep-alive connection, each timed to the end of the (capped) body; the median must be ≤ `max-ms`',
            '(2000). Sequential on purpose: they run after the other probes so they measure the server, not our load.',
            'A failed request is an `error`.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({
        'max-ms': schemas/* number */.aig().positive().default(2000),
        samples: schemas/* number */.aig().int().min(1).max(50).default(5),
        path: schemas/* string */.YjP().startsWith('/').default('/'),
    }),
    needs: (o) => ({ timing: [{ path: o.path, samples: o.samples }] }),
    evaluate(obs, ctx) {
        const t = obs.timing?.[ctx.options.path];
        if (!t) {
            ctx.error('the response time was not measured');
            return;
        }
        if (t.error) {
            ctx.error(t.error);
            return;
        }
        if (!t.samples.length) {
            ctx.error('no response-time sample');
            return;
        }
        const med = median(t.samples.slice(0, ctx.options.samples));
        if (med > ctx.options['max-ms']) {
            const url = new URL(ctx.options.path, obs.url).href;
            ctx.report({ url, message: `${url} took ${Math.round(med)} ms (median of ${t.samples.length}), over ${ctx.options['max-ms']} ms` });
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/security-headers.js



const REFERRER_TOKENS = new Set(['no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin', 'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url']);
const SAFE_REFERRER = new Set(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']);
const ANY_SOURCE = new Set(['*', 'http:', 'https:', 'data:']);
/** Parses a CSP header value (possibly several comma-joined policies) into directive maps. */
function parseCsp(value) {
    return value.split(',').map((policy) => {
        const map = new Map();
        for (const d of policy.split(';')) {
            const [name, ...sources] = d.trim().split(/\s+/);
            // The first occurrence of a directive wins (CSP3 §2.2.1).
            if (name && !map.has(name.toLowerCase()))
                map.set(name.toLowerCase(), sources);
        }
        return map;
    });
}
/** Why a policy's script sources are weak, or undefined when they are strict. */
function weakScripts(policy) {
    const sources = policy.get('script-src') ?? policy.get('default-src');
    if (!sources)
        return 'it has neither script-src nor default-src';
    const lower = sources.map((s) => s.toLowerCase());
    const nonceOrHash = lower.some((s) => /^'(nonce-|sha256-|sha384-|sha512-)/.test(s));
    if (lower.includes("'unsafe-inline'") && !nonceOrHash)
        return "script sources allow 'unsafe-inline'";
    if (lower.includes("'unsafe-eval'"))
        return "script sources allow 'unsafe-eval'";
    // With 'strict-dynamic' (and a nonce/hash), browsers ignore host and scheme sources.
    const strictDynamic = lower.includes("'strict-dynamic'") && nonceOrHash;
    const any = lower.find((s) => ANY_SOURCE.has(s));
    if (any && !strictDynamic)
        return `script sources allow any origin (${any})`;
    return undefined;
}
/** nosniff, framing blocked, a strict CSP for scripts, a safe Referrer-Policy. */
const securityHeaders = defineProbe({
    id: 'security-headers',
    title: 'Security headers are set',
    severity: 'medium',
    description: 'X-Content-Type-Options, framing protection, a script-restricting CSP and a safe Referrer-Policy.',
    match: [
        {
            pattern: /\bsecurity headers?\b/,
            unless: /\b(?:review|audit|scan)\b/,
            note: 'a promise about security headers: the probe reads them from the response',
        },
    ],
    docs: {
        why: 'These headers turn whole classes of attacks (MIME sniffing, clickjacking, injected scripts, leaked URLs) into browser-enforced failures.',
        fix: "Send X-Content-Type-Options: nosniff, a CSP with frame-ancestors 'none' and script-src without unsafe-inline/eval, and Referrer-Policy: strict-origin-when-cross-origin.",
        details: [
            'Judged on the target\'s final response (same-host redirects followed); one finding per weak header.',
            '`X-Content-Type-Options` must be `nosniff`. Framing is blocked by CSP `frame-ancestors` without `*`/scheme',
            'wildcards, or, when no CSP sets frame-ancestors (browsers then ignore X-Frame-Options), by',
            '`X-Frame-Options: DENY|SAMEORIGIN` (`ALLOW-FROM` is obsolete). The CSP (enforced header,',
            'not Report-Only; with several policies the strictest counts) must restrict scripts through `script-src` or',
            "`default-src` with no `'unsafe-inline'` (unless a nonce or hash makes browsers ignore it), no `'unsafe-eval'`",
            "and no `*`, `http:`, `https:`, `data:` (unless `'strict-dynamic'` with a nonce/hash). `Referrer-Policy` may be",
            'a list; browsers use the last token they know, which must be one of no-referrer, same-origin, strict-origin,',
            'strict-origin-when-cross-origin; a missing header fails (the promise is an explicit policy). A 401 or',
            'login redirect is `error: protected`.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ main: true }),
    evaluate(obs, ctx) {
        const res = (0,util/* targetResponse */.v)(obs, ctx, true);
        if (!res)
            return;
        const url = res.url;
        const xcto = (0,util/* header */.wx)(res, 'x-content-type-options');
        if (xcto?.toLowerCase() !== 'nosniff') {
            ctx.report({ url, message: xcto ? `X-Content-Type-Options is '${xcto.slice(0, 40)}', not 'nosniff'` : 'X-Content-Type-Options: nosniff is missing; browsers may MIME-sniff responses into scripts' });
        }
        const policies = (0,util/* headerValues */.UE)(res, 'content-security-policy').flatMap(parseCsp);
        const ancestors = policies.map((p) => p.get('frame-ancestors')).filter((a) => a !== undefined);
        const framingByCsp = ancestors.some((a) => a.length > 0 && !a.some((s) => ANY_SOURCE.has(s.toLowerCase())));
        const xfo = (0,util/* header */.wx)(res, 'x-frame-options')?.toLowerCase();
        // Browsers ignore X-Frame-Options when a CSP sets frame-ancestors (CSP3 §6.4.2).
        const framingByXfo = ancestors.length === 0 && (xfo === 'deny' || xfo === 'sameorigin');
        if (!framingByCsp && !framingByXfo) {
            ctx.report({ url, message: `framing is not blocked (${xfo ? `X-Frame-Options '${xfo.slice(0, 40)}'` : 'no X-Frame-Options'}, ${ancestors.length ? 'CSP frame-ancestors allows any site' : 'no CSP frame-ancestors'}); send frame-ancestors 'none' or X-Frame-Options: DENY` });
        }
        if (!policies.length) {
            ctx.report({ url, message: 'no Content-Security-Policy header; add one that restricts script-src' });
        }
        else {
            const reasons = policies.map(weakScripts);
            if (reasons.every((r) => r !== undefined))
                ctx.report({ url, message: `Content-Security-Policy does not restrict scripts: ${reasons[0]}` });
        }
        const rp = (0,util/* header */.wx)(res, 'referrer-policy');
        const tokens = (rp ?? '').split(',').map((t) => t.trim().toLowerCase()).filter((t) => REFERRER_TOKENS.has(t));
        const last = tokens.at(-1);
        if (!last || !SAFE_REFERRER.has(last)) {
            ctx.report({ url, message: rp ? `Referrer-Policy '${rp.slice(0, 60)}' leaks full URLs to other sites; use strict-origin-when-cross-origin` : 'Referrer-Policy is missing; send strict-origin-when-cross-origin (or stricter)' });
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/sensitive-paths.js


const KEY_VALUE = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*\s*=/m;
/** Files that must never be served, each with a test on the body that proves it is the real file. */
const SENSITIVE = [
    { path: '/.env', what: 'a .env file (KEY=VALUE lines)', content: KEY_VALUE },
    { path: '/.env.production', what: 'a .env file (KEY=VALUE lines)', content: KEY_VALUE },
    { path: '/.git/config', what: 'the git configuration ([core] section)', content: /^\s*\[core\]/m },
    { path: '/.git/HEAD', what: 'the git HEAD (the repository can be downloaded)', content: /^(ref: refs\/|[0-9a-f]{40}\s*$)/ },
    { path: '/.aws/credentials', what: 'AWS credentials', content: /aws_access_key_id\s*=/i },
    { path: '/.npmrc', what: 'an .npmrc with a registry token', content: /_auth(Token)?\s*=/ },
    { path: '/.htpasswd', what: 'an htpasswd file', content: /^[^:\s<]+:(\$apr1\$|\$2[aby]\$|\{SHA\}|\$[156]\$)/m },
    { path: '/server-status', what: "Apache's server-status page", content: /<title>Apache Status<\/title>|Apache Server Status for/ },
    { path: '/actuator/env', what: "Spring Boot's environment endpoint", content: /"propertySources"\s*:/ },
    { path: '/phpinfo.php', what: 'phpinfo()', content: /<title>(PHP \d[^<]*- )?phpinfo\(\)<\/title>/ },
];
// A single-page app answers 200 with its HTML shell everywhere: that is not the file.
const looksHtml = (body) => /^\s*(<!doctype html|<html|<head|<body)/i.test(body);
/** Well-known secret files and debug endpoints are not served. */
const sensitivePaths = defineProbe({
    id: 'sensitive-paths',
    title: 'Sensitive files are not served',
    severity: 'critical',
    description: '/.env, /.git/config, /.git/HEAD… are not served (judged on the body, not the status).',
    match: [
        {
            pattern: /(?:\.env|\.git|sensitive (?:files|paths)|dotfiles)\b[^;]*\bnot (?:served|accessible|reachable|exposed|downloadable|public(?:ly accessible)?)\b|\b(?:block|deny|forbid)\b[^;]*(?:\.env|\.git|dotfiles|hidden files)\b/,
            unless: /gitignore|\bcommit/,
            note: 'a promise that secrets files are not served: the probe requests /.env, /.git/config…',
        },
    ],
    docs: {
        why: 'A served .env or .git leaks credentials and source code to anyone who asks.',
        fix: 'Serve only the build output directory; deny dot-files at the proxy (nginx: `location ~ /\\. { deny all; }`).',
        details: [
            `Paths: ${SENSITIVE.map((s) => `\`${s.path}\``).join(', ')}. A path fails only when it answers 2xx with a body`,
            'that matches the file (KEY=VALUE lines, a `[core]` section, a `ref:` line…), so a single-page app answering',
            '200 with its HTML shell everywhere passes. Redirects are not followed. The body is never shown. `error`',
            'when no path could be fetched.',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ sensitive: SENSITIVE.map((s) => s.path) }),
    evaluate(obs, ctx) {
        const got = obs.sensitive ?? {};
        const fetched = SENSITIVE.map((s) => [s, got[s.path]]);
        if (!fetched.some(([, f]) => f?.response)) {
            ctx.error(fetched.find(([, f]) => f?.error)?.[1]?.error ?? 'the sensitive paths were not fetched');
            return;
        }
        for (const [s, f] of fetched) {
            const res = f?.response;
            if (!res || res.status < 200 || res.status >= 300 || looksHtml(res.body) || !s.content.test(res.body))
                continue;
            ctx.report({ url: res.url, message: `${res.url} serves ${s.what}; block it at the web server and rotate any secret it held` });
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/server-version-leak.js



const HEADERS = ['server', 'x-powered-by', 'x-aspnet-version', 'x-aspnetmvc-version', 'x-generator'];
// "nginx/1.25.3", "PHP/8.2", "Werkzeug/3.0.1 Python/3.11", "Microsoft-IIS/10.0", "4.0.30319".
const VERSION = /\/\s*v?\d|\bv?\d+\.\d+/i;
/** `Server`/`X-Powered-By` and friends do not reveal product versions. */
const serverVersionLeak = defineProbe({
    id: 'server-version-leak',
    title: 'Server banners hide versions',
    severity: 'low',
    description: 'Server/X-Powered-By (and X-AspNet-Version…) do not reveal product versions.',
    match: [
        {
            pattern: /\bserver_tokens\b|\b(?:hide|remove|suppress|no|not)\b[^;]*\b(?:server (?:version|banner|header|tokens?)|x-powered-by|version (?:number|header|info))s?\b|\b(?:server (?:version|banner)|x-powered-by)\b[^;]*\b(?:hidden|removed|suppressed|not (?:leaked|exposed|disclosed|shown))\b/,
            note: 'a promise that server versions are not disclosed: the probe reads Server/X-Powered-By',
        },
    ],
    docs: {
        why: 'A version number tells an attacker which known vulnerabilities to try first.',
        fix: 'nginx: `server_tokens off;`; Express: `app.disable("x-powered-by")`; PHP: `expose_php = Off`; remove X-AspNet-Version.',
        details: 'Every response of the target\'s redirect chain; a product name alone (`nginx`, `Express`) passes, a version (`nginx/1.25.3`, `PHP/8.2`) fails. One finding per header value.',
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ main: true }),
    evaluate(obs, ctx) {
        const hops = obs.main?.hops ?? [];
        if (!hops.length) {
            ctx.error(obs.main?.error ?? `no response from ${obs.url}`);
            return;
        }
        const seen = new Set();
        for (const res of hops) {
            for (const name of HEADERS) {
                for (const v of (0,util/* headerValues */.UE)(res, name)) {
                    if (!VERSION.test(v) || seen.has(`${name}:${v}`))
                        continue;
                    seen.add(`${name}:${v}`);
                    ctx.report({ url: res.url, message: `${res.url} reveals its version in ${name}: '${v.slice(0, 80)}'; hide it` });
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./lib/probes/tls-version.js



/** The server refuses TLS 1.0/1.1 and negotiates TLS 1.2 or newer. */
const tlsVersion = defineProbe({
    id: 'tls-version',
    title: 'Only TLS 1.2 or newer is accepted',
    severity: 'high',
    description: 'The server refuses TLS 1.0 and 1.1 and negotiates TLS 1.2+.',
    match: [
        {
            pattern: /\btls ?v?1\.[23] ?\+|\btls ?v?1\.[23]\b[^;]*\b(?:only|minimum|or (?:higher|later|above|newer))\b|\b(?:disable|disabled|no|refuse)\b[^;]*\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b|\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b[^;]*\b(?:disabled|off|refused)\b/,
            unless: /\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|smtp|email)\b/,
            note: 'a promise about TLS versions: the probe offers TLS 1.0/1.1 and expects a refusal',
        },
    ],
    docs: {
        why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996); clients that still negotiate them are exposed to downgrade and cipher attacks.',
        fix: 'Allow only TLSv1.2 and TLSv1.3 (nginx: `ssl_protocols TLSv1.2 TLSv1.3;`; Node: `minVersion: "TLSv1.2"`).',
        details: [
            'Two handshakes: one with Node\'s defaults (records the negotiated version), one offering only TLS 1.0–1.1',
            'with `ciphers: DEFAULT@SECLEVEL=0` — Node\'s defaults refuse the old versions, so a naive client reports a',
            'false pass. The legacy handshake succeeding fails the probe. A refused or failed default handshake is an',
            '`error` unless the legacy one succeeded. An `http://` target fails (nothing is served over TLS).',
        ].join(' '),
    },
    options: schemas/* object */.Ikc({}),
    needs: () => ({ tls: true, legacyTls: true }),
    evaluate(obs, ctx) {
        if ((0,util/* isPlainHttp */.fq)(obs)) {
            ctx.report({ message: `${obs.url} is plain HTTP: nothing is served over TLS; serve it over https:// with TLS 1.2+` });
            return;
        }
        const { tls, legacyTls } = obs;
        if (!tls || !legacyTls) {
            ctx.error('the TLS handshakes were not made');
            return;
        }
        if (legacyTls.accepted) {
            ctx.report({ message: `${obs.url} accepts ${legacyTls.protocol ?? 'TLS 1.0/1.1'}; allow only TLS 1.2 and 1.3` });
            return;
        }
        if (tls.error) {
            ctx.error(tls.error);
            return;
        }
        if (legacyTls.error) {
            ctx.error(`could not test TLS 1.0/1.1: ${legacyTls.error}`);
            return;
        }
        if (tls.protocol !== 'TLSv1.2' && tls.protocol !== 'TLSv1.3') {
            ctx.report({ message: `${obs.url} negotiated ${tls.protocol ?? 'an unknown protocol'}; allow only TLS 1.2 and 1.3` });
        }
    },
});

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
    securityHeaders,
    sensitivePaths,
    serverVersionLeak,
    tlsVersion,
];

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
    let best = null;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = levenshtein(id, c);
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== null && bestD <= Math.max(2, Math.floor(id.length / 3)) ? best : null;
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

/***/ 37439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SF: () => (/* binding */ isMetadataHost),
/* harmony export */   UE: () => (/* binding */ headerValues),
/* harmony export */   fq: () => (/* binding */ isPlainHttp),
/* harmony export */   oc: () => (/* binding */ FOREIGN_ORIGIN),
/* harmony export */   v: () => (/* binding */ targetResponse),
/* harmony export */   wx: () => (/* binding */ header),
/* harmony export */   zN: () => (/* binding */ protectedReason)
/* harmony export */ });
/* unused harmony export finalOf */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);

/** Every value of a header (names are case-insensitive), trimmed. */
function headerValues(res, name) {
    return (res.headers[name.toLowerCase()] ?? []).map((v) => v.trim());
}
/** The one value of a header, joined the way a browser would when it is repeated. */
function header(res, name) {
    const all = headerValues(res, name);
    return all.length ? all.join(', ') : undefined;
}
const LOGIN_PATH = /\/(log[-_]?in|sign[-_]?in|sign[-_]?on|sso|saml2?|oauth2?|openid(-connect)?|auth(orize|enticate)?|cas\/login|adfs|login\.srf|idp)(\/|\?|#|\.|$)/i;
const IDP_HOST = /(^|\.)(accounts\.google\.com|login\.microsoftonline\.com|login\.live\.com|okta\.com|oktapreview\.com|auth0\.com|onelogin\.com|pingidentity\.com|github\.com\/login|cloudflareaccess\.com|amazoncognito\.com)$/i;
/** Why a chain ends on a login wall (401, or a redirect to a login/SSO page), if it does. */
function protectedReason(chain) {
    const last = chain.hops.at(-1);
    if (!last)
        return undefined;
    if (last.status === 401 || last.status === 407)
        return `${last.url} answers ${last.status} (authentication required)`;
    const urls = [...chain.hops.slice(1).map((h) => h.url), ...(chain.stopped ? [chain.stopped.location] : [])];
    for (const u of urls) {
        let url;
        try {
            url = new URL(u);
        }
        catch {
            continue;
        }
        if (LOGIN_PATH.test(url.pathname) || IDP_HOST.test(url.hostname))
            return `${chain.start} redirects to a login page (${url.origin}${url.pathname})`;
    }
    return undefined;
}
/** The last response of a chain. */
const finalOf = (chain) => chain.hops.at(-1);
/**
 * The target's final response for header-judging probes, or `undefined` after reporting why it
 * cannot be judged (no answer → error; login wall → `error: protected` when `guarded`).
 */
function targetResponse(obs, ctx, guarded) {
    const chain = obs.main;
    if (!chain) {
        ctx.error('the target was not fetched');
        return undefined;
    }
    const last = finalOf(chain);
    if (!last || chain.error) {
        ctx.error(chain.error ?? `no response from ${obs.url}`);
        return undefined;
    }
    if (guarded) {
        const why = protectedReason(chain);
        if (why) {
            ctx.error(`protected: ${why}; give headers (--header) so the probe can see the application${obs.headersWithheld ? ' (custom headers were withheld: the certificate is not trusted)' : ''}`);
            return undefined;
        }
        // A redirect's own headers say nothing about the application's pages.
        if (chain.stopped) {
            const { location, reason } = chain.stopped;
            if (reason === 'limit') {
                const loop = chain.hops.some((h) => h.url === location);
                ctx.error(`${chain.start} ${loop ? 'is in a redirect loop' : `redirects more than ${chain.hops.length - 1} times`} (last to ${location}); fix the redirects so the page answers`);
            }
            else
                ctx.error(`${chain.start} redirects to ${location} (${reason}), which is not followed; probe that URL directly`);
            return undefined;
        }
    }
    return last;
}
/** True when the target URL is plain HTTP. */
const isPlainHttp = (obs) => obs.url.toLowerCase().startsWith('http:');
/** The foreign origin sent by the CORS requests (a reserved, never-resolving name). */
const FOREIGN_ORIGIN = 'https://preflight-probe.invalid';
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


/***/ }),

/***/ 33482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run_run)
});

// UNUSED EXPORTS: DISCOVERY

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
;// CONCATENATED MODULE: ./lib/repo/files.js





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function git(cwd, args) {
    // safe.directory per command: container jobs run as another user than the checkout's owner.
    const { stdout } = await run('git', ['-c', `safe.directory=*`, ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
}
/** Lists the files to scan: `git ls-files` in a repository, else a `.gitignore`-aware walk. */
async function listFiles(dir, opts = {}) {
    const abs = external_node_path_.resolve(dir);
    let top = null;
    try {
        top = (await git(abs, ['rev-parse', '--show-toplevel'])).trim() || null;
    }
    catch {
        top = null;
    }
    if (top) {
        const root = await external_node_fs_.promises.realpath(top);
        const real = await external_node_fs_.promises.realpath(abs);
        const base = external_node_path_.relative(root, real).split(external_node_path_.sep).join('/');
        const out = await git(real, ['ls-files', '-z', '--full-name', '--', '.']);
        const files = out.split('\0').filter(Boolean);
        return { root, base, files, git: true };
    }
    return { root: abs, base: '', files: await walk(abs, opts.maxWalk ?? 200_000), git: false };
}
async function walk(root, max) {
    const files = [];
    const stack = [{ dir: '', ig: [] }];
    while (stack.length && files.length < max) {
        const { dir, ig } = stack.pop();
        const absDir = external_node_path_.join(root, dir);
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(absDir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        const here = [...ig];
        const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
        if (gi) {
            try {
                const rules = ignore().add(await external_node_fs_.promises.readFile(external_node_path_.join(absDir, '.gitignore'), 'utf8'));
                rules.__base = dir;
                here.push(rules);
            }
            catch { /* unreadable .gitignore: ignore it */ }
        }
        const ignored = (rel, isDir) => here.some((r) => {
            const b = r.__base;
            const sub = b ? rel.slice(b.length + 1) : rel;
            return sub !== '' && r.ignores(isDir ? `${sub}/` : sub);
        });
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const rel = dir ? `${dir}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!ignored(rel, true))
                    stack.push({ dir: rel, ig: here });
            }
            else if ((e.isFile() || e.isSymbolicLink()) && !ignored(rel, false))
                files.push(rel);
        }
    }
    return files.sort();
}

// EXTERNAL MODULE: ./lib/engine/engine-thread.js
var engine_thread = __webpack_require__(69211);
// EXTERNAL MODULE: ./lib/repo/dockerfile.js
var dockerfile = __webpack_require__(35444);
// EXTERNAL MODULE: ./lib/repo/yaml.js
var yaml = __webpack_require__(52365);
;// CONCATENATED MODULE: ./lib/repo/env.js
function parseEnv(path, text) {
    const entries = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, i) => {
        const m = /^(\s*)(export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(raw);
        if (!m)
            return;
        let value = m[4];
        const valueColumn = raw.length - value.length + 1;
        const q = value[0];
        if ((q === '"' || q === "'") && value.lastIndexOf(q) > 0)
            value = value.slice(1, value.lastIndexOf(q));
        else
            value = value.trimEnd();
        entries.push({ key: m[3], value, line: i + 1, column: m[1].length + (m[2]?.length ?? 0) + 1, valueColumn });
    });
    return { path, entries };
}

// EXTERNAL MODULE: ./lib/repo/compose.js
var compose = __webpack_require__(82588);
// EXTERNAL MODULE: ./lib/repo/k8s.js
var k8s = __webpack_require__(50976);
// EXTERNAL MODULE: ./lib/repo/suppress.js
var suppress = __webpack_require__(77941);
// EXTERNAL MODULE: ./lib/repo/read.js
var read = __webpack_require__(18650);
// EXTERNAL MODULE: ./lib/repo/classify.js
var classify = __webpack_require__(84592);
;// CONCATENATED MODULE: ./lib/repo/snapshot.js










/** The skip reason of a templated (Helm) manifest that does not parse before rendering. */
const TEMPLATED_SKIP = 'templated manifest that does not parse as YAML before rendering';
const CACHE_BUDGET = 32 * 1024 * 1024;
/**
 * Files several checks read through the snapshot (config, and the code an entry point leads to):
 * kept after the first read, up to CACHE_BUDGET. Whole-repository reads (secrets, code patterns)
 * go through the file pass (src/engine/scan.ts) and are not kept.
 */
const SHARED_KINDS = /(\.(py|[cm]?[jt]sx?|ya?ml|json|toml|ini|cfg|conf|env|sh|properties|xml|template|example|sample|dist)|(^|\/)(Dockerfile[^/]*|Containerfile[^/]*|[^/]*\.Dockerfile|Procfile[^/]*|\.env[^/]*|[^/]*\.env|\.gitignore))$/i;
/**
 * The repository as the checks see it: tracked files, read at most once here and parsed at most
 * once. (A file pass may read a file the snapshot also reads: a config file scanned for secrets.)
 */
class Snapshot {
    root;
    base;
    files;
    fileSet;
    texts = new Map();
    cached = 0;
    parsed = new Map();
    problems = [];
    problemKeys = new Set();
    suppressions = new Map();
    /** Skips the reader did not record: templated manifests, and what a file pass reported. */
    extraSkips = [];
    gitignoreRules = null;
    reader;
    constructor(root, files, base = '') {
        this.root = root;
        this.base = base;
        this.files = files;
        this.fileSet = new Set(files);
        this.reader = new read/* RepoReader */.Wp(root);
    }
    has(p) { return this.fileSet.has(p); }
    /** A view restricted to the files `filter` accepts; parsed data is shared with the snapshot. */
    view(filter) {
        const files = this.files.filter(filter);
        const set = new Set(files);
        const self = this;
        return {
            files,
            has: (p) => set.has(p),
            text: (p) => (set.has(p) ? self.text(p) : undefined),
            lines: (p) => (set.has(p) ? self.lines(p) : undefined),
            dockerfiles: () => self.dockerfiles().filter((d) => set.has(d.path)),
            composeFiles: () => self.composeFiles().filter((c) => set.has(c.path)),
            k8sObjects: () => self.k8sObjects().filter((k) => set.has(k.file)),
            envFiles: () => self.envFiles().filter((e) => set.has(e.path)),
            yaml: (p) => (set.has(p) ? self.yaml(p) : undefined),
            nginxFiles: () => self.nginxFiles().filter((f) => set.has(f)),
            gitignored: (p) => self.gitignored(p),
        };
    }
    text(p) {
        if (this.texts.has(p))
            return this.texts.get(p) ?? undefined;
        const t = this.readText(p);
        if (t !== null && SHARED_KINDS.test(p) && this.cached + t.length <= CACHE_BUDGET) {
            this.texts.set(p, t);
            this.cached += t.length;
        }
        else if (t === null)
            this.texts.set(p, null);
        return t ?? undefined;
    }
    /** Lines of a file (split on demand, not kept: a line array costs more than its text). */
    lines(p) {
        return this.text(p)?.split(/\r?\n/);
    }
    readText(p) {
        const text = this.reader.read(p);
        if (text !== null && !this.suppressions.has(p)) {
            const sup = (0,suppress/* findSuppressions */.A)(p, text);
            if (sup.length)
                this.suppressions.set(p, sup);
        }
        return text;
    }
    /** Files skipped (binary, too large, outside the repository) and templated manifests. */
    get skipped() { return [...this.reader.skipped, ...this.extraSkips]; }
    get reads() { return this.reader.reads; }
    /** Folds in what a file pass (src/engine/scan.ts) learnt while reading files itself. */
    absorb(scan) {
        for (const [file, sup] of scan.suppressions)
            if (!this.suppressions.has(file))
                this.suppressions.set(file, sup);
        const seen = new Set(this.skipped.map((s) => `${s.file}\0${s.reason}`));
        for (const s of scan.skipped)
            if (!seen.has(`${s.file}\0${s.reason}`)) {
                seen.add(`${s.file}\0${s.reason}`);
                this.extraSkips.push(s);
            }
    }
    skip(file, reason) { this.extraSkips.push({ file, reason }); }
    memo(key, fn) {
        if (this.parsed.has(key))
            return this.parsed.get(key);
        const v = fn();
        this.parsed.set(key, v);
        return v;
    }
    /** Records a parse problem once per location. */
    problem(pr) {
        const key = `${pr.file}:${pr.line}:${pr.column}:${pr.message}`;
        if (this.problemKeys.has(key))
            return;
        this.problemKeys.add(key);
        this.problems.push(pr);
    }
    dockerfiles() {
        return this.memo('dockerfiles', () => this.files.filter(classify/* isDockerfile */.pZ).flatMap((f) => {
            const t = this.text(f);
            return t === undefined ? [] : [(0,dockerfile/* parseDockerfile */.Ai)(f, t)];
        }));
    }
    yaml(p) {
        return this.memo(`yaml:${p}`, () => {
            const t = this.text(p);
            if (t === undefined)
                return undefined;
            const y = (0,yaml/* parseYaml */.hN)(p, t);
            for (const e of y.errors)
                this.problem({ file: p, line: e.line, column: e.column, message: e.message });
            return y;
        });
    }
    composeFiles() {
        return this.memo('compose', () => {
            const names = new Set(this.files.filter(classify/* isComposeFile */.Pv));
            for (const f of [...names])
                for (const ext of (0,compose/* composeExtendsFiles */.b2)(this.yaml(f) ?? { path: f, docs: [], errors: [] }))
                    if (this.fileSet.has(ext))
                        names.add(ext);
            return [...names].sort().flatMap((f) => {
                const y = this.yaml(f);
                return y ? [{ path: f, services: (0,compose/* composeServices */.d3)(y, (p) => (this.fileSet.has(p) ? this.yaml(p) : undefined)) }] : [];
            });
        });
    }
    k8sObjects() {
        return this.memo('k8s', () => {
            const compose = new Set(this.composeFiles().map((c) => c.path));
            const out = [];
            for (const f of this.files) {
                if (!(0,classify/* isYamlFile */.wl)(f) || compose.has(f) || (0,classify/* isWorkflowFile */.Kr)(f))
                    continue;
                const t = this.text(f);
                // Cheap prefilter: a manifest names both keys.
                if (t === undefined || !t.includes('apiVersion') || !t.includes('kind'))
                    continue;
                if (/\{\{[^}]*\}\}/.test(t)) {
                    // Templated (Helm): parse what parses; a template that does not is skipped with a note.
                    // Parsed once and shared (memo), but its errors are not parse problems: templates are
                    // expected not to parse before rendering.
                    const y = this.memo(`yaml:${f}`, () => (0,yaml/* parseYaml */.hN)(f, t));
                    if (y.errors.length) {
                        this.skip(f, TEMPLATED_SKIP);
                        continue;
                    }
                    for (const d of y.docs) {
                        const o = (0,k8s/* toK8sObject */.z)(f, d);
                        if (o)
                            out.push(o);
                    }
                    continue;
                }
                const y = this.yaml(f);
                if (!y)
                    continue;
                for (const d of y.docs) {
                    const o = (0,k8s/* toK8sObject */.z)(f, d);
                    if (o)
                        out.push(o);
                }
            }
            return out;
        });
    }
    envFiles() {
        return this.memo('env', () => this.files.filter(classify/* isEnvFile */.qb).flatMap((f) => {
            const t = this.text(f);
            return t === undefined ? [] : [parseEnv(f, t)];
        }));
    }
    nginxFiles() {
        return this.memo('nginx', () => this.files.filter((f) => {
            if (!(0,classify/* isNginxCandidate */.Aj)(f))
                return false;
            const t = this.text(f);
            return t !== undefined && /^\s*(server|http|location|upstream|events)\b[^{;\n]*\{|^\s*(listen|server_name|ssl_protocols|add_header|proxy_pass|ssl_certificate)\s/m.test(t);
        }));
    }
    gitignored(p) {
        if (!this.gitignoreRules) {
            this.gitignoreRules = this.files.filter((f) => (0,classify/* basename */.P8)(f) === '.gitignore').map((f) => ({ dir: (0,classify/* dirname */.pD)(f), ig: ignore().add(this.text(f) ?? '') }));
        }
        let ignoredNow = false;
        // Rules in deeper .gitignore files take precedence; evaluate from the root down.
        for (const { dir, ig } of [...this.gitignoreRules].sort((a, b) => a.dir.length - b.dir.length)) {
            if (dir && !p.startsWith(`${dir}/`))
                continue;
            const rel = dir ? p.slice(dir.length + 1) : p;
            const r = ig.test(rel);
            if (r.ignored)
                ignoredNow = true;
            else if (r.unignored)
                ignoredNow = false;
        }
        return ignoredNow;
    }
}

// EXTERNAL MODULE: ./lib/engine/scan.js
var scan = __webpack_require__(70289);
// EXTERNAL MODULE: ./lib/checks/index.js + 24 modules
var checks = __webpack_require__(6942);
;// CONCATENATED MODULE: ./lib/generated/presets.js
// Generated by scripts/gen.mjs from checklists/*.yml — do not edit.
const PRESETS = {
    "django": "# Django projects.\nversion: 1\nitems:\n  - { id: production-server, title: \"Django runs under gunicorn/uvicorn (not runserver)\", check: production-server }\n  - { id: debug-mode, title: \"DEBUG is False in production settings\", check: debug-mode }\n  - { id: cors-wildcard, title: \"django-cors-headers does not allow all origins\", check: cors-wildcard }\n  - { id: cookie-flags, title: \"Session and CSRF cookies are Secure and HttpOnly\", check: cookie-flags }\n  - { id: hardcoded-secret, title: \"SECRET_KEY is not hard-coded\", check: hardcoded-secret }\n  - { id: default-credentials, title: \"No insecure or placeholder SECRET_KEY and passwords\", check: default-credentials }\n  - { id: dev-server-exposed, title: \"Django debug pages are not exposed\", check: dev-server-exposed }\n  - { id: hsts, title: \"HSTS is enabled\", check: hsts }\n",
    "docker": "# Container hygiene: Dockerfiles and compose files.\nversion: 1\nitems:\n  - { id: image-tag-pinned, title: \"Container images use pinned tags\", check: image-tag-pinned }\n  - { id: dockerfile-non-root, title: \"Containers do not run as root\", check: dockerfile-non-root }\n  - { id: dockerfile-healthcheck, title: \"Images declare a HEALTHCHECK\", check: dockerfile-healthcheck }\n  - { id: dockerfile-secrets-in-env, title: \"No secrets baked into image ENV/ARG\", check: dockerfile-secrets-in-env }\n  - { id: production-server, title: \"Production runs a production server\", check: production-server }\n  - { id: database-port-exposed, title: \"Database ports are not published\", check: database-port-exposed }\n  - { id: resource-limits, title: \"Services have memory limits\", check: resource-limits }\n  - { id: restart-policy, title: \"Services have a restart policy\", check: restart-policy }\n  - { id: env-file-committed, title: \"No .env files are committed\", check: env-file-committed }\n",
    "flask": "# Flask applications.\nversion: 1\nitems:\n  - { id: production-server, title: \"Flask runs under gunicorn (not flask run)\", check: production-server }\n  - { id: debug-mode, title: \"Flask debug mode is off\", check: debug-mode }\n  - { id: cors-wildcard, title: \"Flask-CORS does not allow any origin\", check: cors-wildcard }\n  - { id: cookie-flags, title: \"Session cookies are Secure and HttpOnly\", check: cookie-flags }\n  - { id: hardcoded-secret, title: \"SECRET_KEY is not hard-coded\", check: hardcoded-secret }\n  - { id: default-credentials, title: \"No default or placeholder credentials\", check: default-credentials }\n  - { id: dev-server-exposed, title: \"Werkzeug dev server and debugger are not exposed\", check: dev-server-exposed }\n  - { id: security-headers, title: \"Security headers are set\", check: security-headers }\n",
    "kubernetes": "# Kubernetes workloads.\nversion: 1\nitems:\n  - { id: image-tag-pinned, title: \"Container images use pinned tags\", check: image-tag-pinned }\n  - { id: k8s-run-as-non-root, title: \"Pods run as non-root\", check: k8s-run-as-non-root }\n  - { id: k8s-probes, title: \"Workloads have readiness and liveness probes\", check: k8s-probes }\n  - { id: resource-limits, title: \"Containers have memory limits\", check: resource-limits }\n  - { id: hardcoded-secret, title: \"No literal Secret manifests or hard-coded secrets\", check: hardcoded-secret }\n  - { id: default-credentials, title: \"No default or placeholder credentials in deploy config\", check: default-credentials }\n  - { id: database-port-exposed, title: \"Databases are not exposed by LoadBalancer/NodePort Services\", check: database-port-exposed }\n  - { id: debug-mode, title: \"Debug mode is off in production\", check: debug-mode }\n",
    "node": "# Node.js services.\nversion: 1\nitems:\n  - { id: production-server, title: \"Production does not run a dev server (nodemon, next dev, vite)\", check: production-server }\n  - { id: debug-mode, title: \"NODE_ENV is not development in deploy config\", check: debug-mode }\n  - { id: cors-wildcard, title: \"Express cors() does not allow any origin\", check: cors-wildcard }\n  - { id: cookie-flags, title: \"Session cookies are Secure and HttpOnly\", check: cookie-flags }\n  - { id: tls-protocols-config, title: \"TLS servers refuse TLS 1.0/1.1\", check: tls-protocols-config }\n  - { id: hardcoded-secret, title: \"No secrets are hard-coded\", check: hardcoded-secret }\n  - { id: server-version-leak, title: \"Responses do not reveal server versions\", check: server-version-leak }\n",
    "recommended": "# The default checklist: what every production deployment should satisfy.\n# Item ids are stable; an item in your checklist with the same id replaces the preset's.\nversion: 1\nitems:\n  - { id: env-file-committed, title: \"No .env files are committed\", check: env-file-committed }\n  - { id: env-file-not-ignored, title: \".env is ignored by git\", check: env-file-not-ignored }\n  - { id: hardcoded-secret, title: \"No secrets are hard-coded in the repository\", check: hardcoded-secret }\n  - { id: default-credentials, title: \"No default or placeholder credentials in deploy config\", check: default-credentials }\n  - { id: image-tag-pinned, title: \"Container images use pinned tags\", check: image-tag-pinned }\n  - { id: dockerfile-non-root, title: \"Containers do not run as root\", check: dockerfile-non-root }\n  - { id: dockerfile-secrets-in-env, title: \"No secrets baked into image ENV/ARG\", check: dockerfile-secrets-in-env }\n  - { id: production-server, title: \"Production runs a production server\", check: production-server }\n  - { id: debug-mode, title: \"Debug mode is off in production\", check: debug-mode }\n  - { id: cors-wildcard, title: \"CORS does not allow any origin\", check: cors-wildcard }\n  - { id: database-port-exposed, title: \"Database ports are not published\", check: database-port-exposed }\n  - { id: health-endpoint, title: \"Health endpoint answers\", check: health-endpoint }\n  - { id: https-redirect, title: \"HTTP redirects to HTTPS\", check: https-redirect }\n  - { id: hsts, title: \"HSTS is enabled\", check: hsts }\n  - { id: tls-version, title: \"Only TLS 1.2+ is accepted\", check: tls-version }\n  - { id: certificate, title: \"Certificate is valid and not expiring\", check: certificate }\n  - { id: security-headers, title: \"Security headers are set\", check: security-headers }\n  - { id: cors-policy, title: \"CORS policy does not trust foreign origins\", check: cors-policy }\n  - { id: cookie-security, title: \"Cookies are Secure, HttpOnly and SameSite\", check: cookie-security }\n  - { id: dev-server-exposed, title: \"No development server or debugger is exposed\", check: dev-server-exposed }\n  - { id: sensitive-paths, title: \"No .env or .git served over HTTP\", check: sensitive-paths }\n",
};

// EXTERNAL MODULE: ./lib/catalogue.js + 14 modules
var catalogue = __webpack_require__(99085);
// EXTERNAL MODULE: ./lib/types.js
var types = __webpack_require__(64170);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./lib/checklist/schema.js


/** The YAML checklist (version 1). Unknown keys are errors, never silently ignored. */
const severitySettingSchema = schemas/* enum */.k5n([...types/* SEVERITIES */.oC, 'off']);
const failOnSchema = schemas/* enum */.k5n([...types/* SEVERITIES */.oC, 'none']);
const stringList = schemas/* array */.YOg(schemas/* string */.YjP().min(1));
const itemSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id of letters, digits, ".", "_" or "-"'),
    title: schemas/* string */.YjP().min(1).optional(),
    check: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)]).optional(),
    severity: severitySettingSchema.optional(),
    paths: stringList.optional(),
    ignore: stringList.optional(),
    options: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    group: schemas/* union */.KCZ([schemas/* string */.YjP(), stringList]).optional(),
    'signed-off': schemas/* boolean */.zMY().optional(),
});
const probesSchema = schemas/* strictObject */.rej({
    url: schemas/* string */.YjP().min(1).optional(),
    health: schemas/* union */.KCZ([schemas/* string */.YjP().startsWith('/'), schemas/* array */.YOg(schemas/* string */.YjP().startsWith('/')).min(1)]).optional(),
    timeout: schemas/* number */.aig().positive().max(600).optional(),
    wait: schemas/* number */.aig().min(0).max(3600).optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'an HTTP header name'), schemas/* string */.YjP()).optional(),
    'http-url': schemas/* string */.YjP().min(1).optional(),
    ca: schemas/* string */.YjP().min(1).optional(),
    'allow-self-signed': schemas/* boolean */.zMY().optional(),
});
const checklistSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    extends: schemas/* union */.KCZ([schemas/* string */.YjP(), stringList]).optional(),
    'fail-on': failOnSchema.optional(),
    probes: probesSchema.optional(),
    ignore: stringList.optional(),
    items: schemas/* array */.YOg(itemSchema).optional(),
});

;// CONCATENATED MODULE: ./lib/checklist/load.js





const PRESET_NAMES = Object.keys(PRESETS);
/**
 * Parses a YAML checklist. Every problem is a ConfigError naming file:line:column and what was
 * expected. `file` is the repository-relative path used in messages and item sources.
 */
function parseYamlChecklist(file, text) {
    // The precise parser: checklist errors quote the `yaml` library's messages and positions.
    const y = (0,yaml/* parseYamlPrecise */.ie)(file, text);
    if (y.errors.length) {
        const e = y.errors[0];
        throw new types/* ConfigError */.xL(`invalid YAML: ${e.message}`, { file, line: e.line, column: e.column });
    }
    const doc = y.docs[0];
    if (!doc || doc.value === undefined || doc.value === null)
        throw new types/* ConfigError */.xL('empty checklist: expected `version: 1` and `items:`', { file, line: 1, column: 1 });
    if (y.docs.length > 1)
        throw new types/* ConfigError */.xL('a checklist is a single YAML document', { file, line: y.docs[1].loc([])?.line ?? 1, column: 1 });
    const res = checklistSchema.safeParse(doc.value);
    if (!res.success) {
        const issue = res.error.issues[0];
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            const key = issue.keys[0];
            const known = knownKeys(path);
            const near = (0,catalogue/* nearestId */.OA)(key, known);
            throw new types/* ConfigError */.xL(`unknown key '${key}'${near ? ` (did you mean '${near}'?)` : ''}; expected one of: ${known.join(', ')}`, where(file, doc, [...path, key], true));
        }
        const name = path.length ? path.join('.') : 'checklist';
        throw new types/* ConfigError */.xL(`${name}: ${describeIssue(issue)}`, where(file, doc, path, false));
    }
    const data = res.data;
    const items = [];
    const seen = new Map();
    (data.items ?? []).forEach((it, i) => {
        const at = where(file, doc, ['items', i], false);
        if (seen.has(it.id))
            throw new types/* ConfigError */.xL(`duplicate item id '${it.id}' (first at line ${seen.get(it.id)})`, where(file, doc, ['items', i, 'id'], false));
        seen.set(it.id, at.line);
        const checks = it.check === undefined ? [] : Array.isArray(it.check) ? it.check : [it.check];
        checks.forEach((c, j) => {
            if ((0,catalogue/* getDef */.Gt)(c))
                return;
            const near = (0,catalogue/* nearestId */.OA)(c);
            throw new types/* ConfigError */.xL(`unknown check '${c}'${near ? ` (did you mean '${near}'?)` : ''}; run \`preflight list\` for the catalogue`, where(file, doc, Array.isArray(it.check) ? ['items', i, 'check', j] : ['items', i, 'check'], false));
        });
        items.push({
            id: it.id,
            title: it.title ?? null,
            checks,
            severity: it.severity,
            paths: it.paths,
            ignore: it.ignore,
            options: it.options,
            group: it.group === undefined ? undefined : Array.isArray(it.group) ? it.group : [it.group],
            signedOff: it['signed-off'],
            source: at,
        });
    });
    const p = data.probes ?? {};
    return {
        file,
        format: 'yaml',
        extends: data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends],
        failOn: data['fail-on'],
        probes: {
            url: p.url,
            health: p.health === undefined ? undefined : Array.isArray(p.health) ? p.health : [p.health],
            timeout: p.timeout,
            wait: p.wait,
            headers: p.headers,
            httpUrl: p['http-url'],
            ca: p.ca,
            allowSelfSigned: p['allow-self-signed'],
            where: {
                ...(p.url !== undefined ? { url: where(file, doc, ['probes', 'url'], false) } : {}),
                ...(p.ca !== undefined ? { ca: where(file, doc, ['probes', 'ca'], false) } : {}),
            },
        },
        ignore: data.ignore ?? [],
        items,
        manualSeverity: 'high',
    };
}
/** The location of `path` in the checklist (its nearest existing ancestor when it is missing). */
function where(file, doc, path, key) {
    let p = [...path];
    let pos = doc.loc(p, key);
    while (!pos && p.length) {
        p = p.slice(0, -1);
        pos = doc.loc(p, false);
    }
    return { file, line: pos?.line ?? 1, column: pos?.column ?? 1 };
}
function knownKeys(path) {
    if (path[0] === 'items' && path.length === 2)
        return ['id', 'title', 'check', 'severity', 'paths', 'ignore', 'options', 'group', 'signed-off'];
    if (path[0] === 'probes')
        return ['url', 'health', 'timeout', 'wait', 'headers', 'http-url', 'ca', 'allow-self-signed'];
    return ['version', 'extends', 'fail-on', 'probes', 'ignore', 'items'];
}
function describeIssue(issue) {
    if (issue.code === 'invalid_value' && Array.isArray(issue.values))
        return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    return issue.message.replace(/^Invalid input: /, '');
}
/** Loads a built-in preset by name. */
function loadPreset(name) {
    const text = PRESETS[name];
    if (text === undefined) {
        const near = (0,catalogue/* nearestId */.OA)(name, PRESET_NAMES);
        throw new types/* ConfigError */.xL(`unknown preset '${name}'${near ? ` (did you mean '${near}'?)` : ''}; presets: ${PRESET_NAMES.join(', ')}`);
    }
    return { ...parseYamlChecklist(`checklists/${name}.yml`, text), format: 'preset', file: null };
}
/**
 * Resolves `extends`: preset items first (in order), then the file's own items; an item with the
 * id of an inherited item replaces it in place. A checklist without `extends` runs only its items.
 */
function resolveExtends(list, depth = 0) {
    if (!list.extends.length)
        return list;
    if (depth > 8)
        throw new types/* ConfigError */.xL('`extends` nests too deeply', list.file ? { file: list.file } : undefined);
    const merged = [];
    const index = new Map();
    const add = (it) => {
        const at = index.get(it.id);
        if (at === undefined) {
            index.set(it.id, merged.length);
            merged.push(it);
        }
        else
            merged[at] = it;
    };
    for (const name of list.extends) {
        let preset;
        try {
            preset = resolveExtends(loadPreset(name), depth + 1);
        }
        catch (e) {
            if (e instanceof types/* ConfigError */.xL && !e.where && list.file)
                throw new types/* ConfigError */.xL(e.message, { file: list.file, line: 1 });
            throw e;
        }
        preset.items.forEach(add);
    }
    list.items.forEach(add);
    return { ...list, items: merged };
}
/** The severity a manual item has when none is written. */
function manualSeverity(list, item) {
    return item.severity && item.severity !== 'off' ? item.severity : list.manualSeverity;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./lib/engine/execute.js


/**
 * Validates an item's options against a check's schema; unknown keys are errors.
 * `where` names the checklist location for the message.
 */
function parseOptions(def, raw, where) {
    let schema = def.options;
    if (schema instanceof schemas/* ZodObject */.bvH)
        schema = schema.strict();
    const res = schema.safeParse(raw ?? {});
    if (res.success)
        return res.data;
    const issue = res.error.issues[0];
    const at = issue.path.length ? `options.${issue.path.join('.')}` : 'options';
    const msg = issue.code === 'unrecognized_keys'
        ? `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')} for check '${def.id}'`
        : `${at} for check '${def.id}': ${issue.message}`;
    throw new types/* ConfigError */.xL(msg, where);
}
/**
 * Runs one static check over a view of the snapshot. Exceptions become an `error` outcome.
 * `scanned` is what the check's file scanner produced in a file pass (src/engine/scan.ts) for
 * the files of the view; without it the scanner runs here, over the view.
 */
async function executeCheck(def, view, options, now, scanned) {
    const findings = [];
    let skipped;
    try {
        let rows = scanned ?? [];
        if (def.scan && !scanned) {
            const scanner = def.scan(options);
            const out = [];
            for (const file of view.files) {
                if (!scanner.accepts(file))
                    continue;
                const text = view.text(file);
                const data = text === undefined ? undefined : scanner.file(file, text);
                if (data !== undefined)
                    out.push({ file, data });
            }
            rows = out;
        }
        await def.run({
            snapshot: view,
            options,
            scanned: rows,
            now,
            report: (f) => { findings.push(f); },
            skip: (reason) => { skipped = reason; },
        });
    }
    catch (e) {
        return { findings, error: `check '${def.id}' failed: ${e?.message ?? String(e)}` };
    }
    return findings.length ? { findings } : { findings, skipped };
}

;// CONCATENATED MODULE: ./lib/gate/plan.js




/**
 * Turns checklist items into a plan: resolves each check's severity (catalogue → item →
 * override; `off` disables), validates options against the check's schema, compiles scopes.
 */
function plan(list, overrides) {
    const globalIgnore = list.ignore.length ? picomatch(list.ignore, { dot: true }) : null;
    return list.items.map((item) => {
        const where = { file: item.source.file, line: item.source.line, column: item.source.column };
        const itemOverride = overrides[item.id];
        const checks = item.checks.map((id) => {
            const def = (0,catalogue/* getDef */.Gt)(id);
            if (!def)
                throw new types/* ConfigError */.xL(`unknown check '${id}'`, where);
            const raw = item.checks.length > 1 ? item.options?.[id] : item.options;
            if (item.checks.length > 1 && item.options) {
                const stray = Object.keys(item.options).filter((k) => !item.checks.includes(k));
                if (stray.length)
                    throw new types/* ConfigError */.xL(`options of an item with several checks are keyed by check id; '${stray[0]}' is not one of ${item.checks.join(', ')}`, where);
            }
            const options = parseOptions(def, raw ?? {}, where);
            const setting = overrides[id] ?? itemOverride ?? item.severity;
            const off = setting === 'off';
            const forced = setting && setting !== 'off' ? setting : null;
            return { def, options, forced, severity: forced ?? def.severity, off };
        });
        const kind = checks.length === 0 ? 'manual' : checks.every((c) => c.def.kind === 'probe') ? 'probe' : 'static';
        const manualSetting = itemOverride ?? item.severity;
        const severity = kind === 'manual'
            ? (manualSetting && manualSetting !== 'off' ? manualSetting : list.manualSeverity)
            : (0,types/* maxSeverity */.eL)(checks.filter((c) => !c.off).map((c) => c.severity), checks[0].severity);
        const include = item.paths?.length ? picomatch(item.paths, { dot: true }) : null;
        const exclude = item.ignore?.length ? picomatch(item.ignore, { dot: true }) : null;
        const scope = include || exclude || globalIgnore
            ? (f) => (!include || include(f)) && !(exclude && exclude(f)) && !(globalIgnore && globalIgnore(f))
            : null;
        return { item, title: item.title ?? (checks[0]?.def.title ?? item.id), kind, checks, severity, scope };
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/gate/gate.js




/** Stable fingerprint: check, file and normalised content of the line (or the secret's hash), never the line number. */
function fingerprint(check, file, content) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${check}\0${file ?? ''}\0${content}`).digest('hex').slice(0, 32);
}
/** Applies policy in one place: severities, suppressions, baseline, attestations, the verdict. */
function gate(input) {
    const today = input.now.toISOString().slice(0, 10);
    const findings = [...input.extra];
    const items = [];
    const supByFile = new Map();
    for (const s of input.suppressions)
        supByFile.set(s.file, [...(supByFile.get(s.file) ?? []), s]);
    const expiredReported = new Set();
    const suppressionFor = (f) => {
        if (!f.file || !f.line)
            return null;
        for (const s of supByFile.get(f.file) ?? []) {
            const applies = s.wholeLine ? s.line === f.line - 1 : s.line === f.line;
            if (!applies || !s.ids.includes(f.check))
                continue;
            if (s.until && s.until < today) {
                if (!expiredReported.has(s)) {
                    expiredReported.add(s);
                    findings.push(configFinding(`suppression of '${f.check}' expired on ${s.until}; the finding is reported again — fix it or extend the date`, s.file, s.line, s.column));
                }
                continue;
            }
            return s;
        }
        return null;
    };
    const baseline = input.baseline ? new Map(input.baseline) : null;
    for (const { planned, outcomes } of input.items) {
        const report = {
            id: planned.item.id,
            title: planned.title,
            kind: planned.kind,
            check: planned.item.checks.length === 0 ? null : planned.item.checks.length === 1 ? planned.item.checks[0] : planned.item.checks,
            severity: planned.severity,
            status: 'pass',
            ...(planned.item.group?.length ? { group: planned.item.group } : {}),
            ...(planned.item.ticked ? { ticked: true } : {}),
            source: planned.item.source,
        };
        if (planned.kind === 'manual') {
            const setting = planned.item.severity;
            if (setting === 'off') {
                report.status = 'skipped';
                report.reason = 'switched off';
            }
            else if (planned.item.signedOff) {
                report.status = 'attested';
                report.attestedBy = 'checklist';
            }
            else if (input.attested && (input.attested.keys.has(input.attested.normalise(planned.title)) || input.attested.keys.has(input.attested.normalise(planned.item.id)))) {
                report.status = 'attested';
                report.attestedBy = input.attested.by;
            }
            else
                report.status = 'pending';
            items.push(report);
            continue;
        }
        let failures = 0;
        let errors = [];
        let skipped = [];
        let ran = 0;
        planned.checks.forEach((pc, i) => {
            const out = outcomes[i];
            if (!out || pc.off) {
                skipped.push(`${pc.def.id} switched off`);
                return;
            }
            if (out.error)
                errors.push(out.error);
            else if (out.skipped && !out.findings.length)
                skipped.push(out.skipped);
            else
                ran++;
            for (const raw of out.findings) {
                const f = toFinding(raw, pc, planned, input);
                const sup = suppressionFor(f);
                if (sup) {
                    f.suppressed = true;
                    f.suppressedBy = sup.reason || 'preflight-ignore';
                }
                else if (!f.note && baseline && f.fingerprint && (baseline.get(f.fingerprint) ?? 0) > 0) {
                    baseline.set(f.fingerprint, baseline.get(f.fingerprint) - 1);
                    f.baseline = true;
                }
                if (!f.note && !f.suppressed && !f.baseline)
                    failures++;
                findings.push(f);
            }
        });
        const status = errors.length ? 'error' : failures ? 'fail' : ran === 0 && skipped.length ? 'skipped' : 'pass';
        report.status = status;
        if (status === 'error')
            report.reason = errors.join('; ');
        else if (status === 'skipped')
            report.reason = [...new Set(skipped)].join('; ');
        // An item whose other checks passed while one could not apply passes, but says what was not verified.
        else if (status === 'pass' && skipped.length)
            report.reason = `partly verified: ${[...new Set(skipped)].join('; ')}`;
        items.push(report);
    }
    // Suppressions naming ids that do not exist are reported, never silently ignored.
    for (const s of input.suppressions) {
        for (const id of s.ids) {
            if ((0,catalogue/* getDef */.Gt)(id) || catalogue/* RESERVED_IDS */.O4.includes(id))
                continue;
            findings.push(configFinding(`preflight-ignore names unknown check '${id}'`, s.file, s.line, s.column));
        }
    }
    const counts = Object.fromEntries(types/* SEVERITIES */.oC.map((s) => [s, 0]));
    let fail = false;
    for (const f of findings) {
        if (f.suppressed || f.baseline)
            continue;
        counts[f.severity]++;
        if (!f.note && (0,types/* atLeast */.jZ)(f.severity, input.failOn))
            fail = true;
    }
    for (const it of items) {
        if (it.status === 'error' || it.status === 'pending') {
            counts[it.severity]++;
            if ((0,types/* atLeast */.jZ)(it.severity, input.failOn) && (it.status === 'error' || input.gatesManual))
                fail = true;
        }
    }
    findings.sort((a, b) => (0,types/* severityRank */.qs)(a.severity) - (0,types/* severityRank */.qs)(b.severity) || (a.file ?? '~').localeCompare(b.file ?? '~') || (a.line ?? 0) - (b.line ?? 0) || a.check.localeCompare(b.check));
    const fixed = baseline ? [...baseline.values()].reduce((a, b) => a + b, 0) : undefined;
    return {
        version: 1,
        tool: { name: 'preflight', version: input.version },
        result: fail ? 'fail' : 'pass',
        failOn: input.failOn,
        counts,
        items,
        findings,
        ...(fixed !== undefined ? { baselineFixed: fixed } : {}),
    };
}
function toFinding(raw, pc, planned, input) {
    const note = raw.note === true;
    const severity = note ? 'info' : (pc.forced ?? raw.severity ?? pc.def.severity);
    const file = raw.file ?? null;
    const line = raw.line ?? null;
    const content = raw.secret !== undefined
        ? (0,external_node_crypto_.createHash)('sha256').update(raw.secret).digest('hex')
        : file && line ? (input.lineText(file, line) ?? '').trim().replace(/\s+/g, ' ') : `${raw.url ?? ''}\0${raw.message}`;
    return {
        check: pc.def.id,
        item: planned.item.id,
        severity,
        message: raw.message,
        file,
        line,
        column: raw.column ?? null,
        ...(raw.endLine ? { endLine: raw.endLine } : {}),
        url: raw.url ?? null,
        ...(note ? { note: true } : {}),
        fingerprint: fingerprint(pc.def.id, file, `${content}${note ? '\0note' : ''}`),
        fix: pc.def.docs.fix,
    };
}
/** A `config` finding (low): a problem with Preflight's own configuration in the repository. */
function configFinding(message, file, line, column = null) {
    return { check: 'config', item: null, severity: 'low', message, file, line, column, url: null, fingerprint: fingerprint('config', file, message) };
}

;// CONCATENATED MODULE: ./lib/probes/run.js
/** The union of what the tasks need, so the collector does each request once. */
function mergeNeeds(list) {
    const out = {};
    for (const n of list) {
        for (const k of ['tls', 'legacyTls', 'main', 'plainHttp', 'cors', 'notFound'])
            if (n[k])
                out[k] = true;
        if (n.health)
            out.health = [...new Set([...(out.health ?? []), ...n.health])];
        if (n.sensitive)
            out.sensitive = [...new Set([...(out.sensitive ?? []), ...n.sensitive])];
        for (const t of n.timing ?? []) {
            const prev = (out.timing ??= []).find((x) => x.path === t.path);
            if (prev)
                prev.samples = Math.max(prev.samples, t.samples);
            else
                out.timing.push({ ...t });
        }
    }
    return out;
}
/**
 * Replaces every configured header value (a secret) in `text`. Values shorter than 3 characters
 * are left alone: masking `1` would garble every number and hides nothing.
 */
function mask(text, headers) {
    let out = text;
    for (const v of Object.values(headers)) {
        if (!v || v.length < 3)
            continue;
        out = out.split(v).join('***');
        // Auth schemes carry the secret after the scheme word; mask the credential alone too.
        const cred = v.replace(/^\s*(Bearer|Basic|Token|Digest)\s+/i, '');
        if (cred.length >= 4 && cred !== v)
            out = out.split(cred).join('***');
    }
    return out;
}
function urlSecrets(url) {
    try {
        const u = new URL(url);
        return u.password ? { password: u.password, decoded: decodeURIComponent(u.password) } : {};
    }
    catch {
        return {};
    }
}
/** Runs one probe's judgement over an observation; exceptions become an `error` outcome. */
function judge(probe, options, obs) {
    const findings = [];
    let error;
    let skipped;
    try {
        probe.evaluate(obs, {
            options,
            report: (f) => { findings.push({ url: obs.url, ...f }); },
            error: (reason) => { error ??= reason; },
            skip: (reason) => { skipped ??= reason; },
        });
    }
    catch (e) {
        return { findings: [], error: `probe '${probe.id}' failed: ${e?.message ?? String(e)}` };
    }
    if (error)
        return { findings: [], error };
    return findings.length ? { findings } : { findings, skipped };
}
/** Collects one observation of the deployment and lets every probe judge it. Never throws. */
async function runProbes(tasks, config, logger) {
    const out = new Map();
    // Header values and a password in the URL are secrets: masked in every message and URL.
    const secrets = { ...config.headers, ...urlSecrets(config.url) };
    const hide = (s) => mask(s, secrets);
    const secret = (o) => ({
        ...o,
        ...(o.error ? { error: hide(o.error) } : {}),
        ...(o.skipped ? { skipped: hide(o.skipped) } : {}),
        findings: o.findings.map((f) => ({ ...f, message: hide(f.message), ...(f.url ? { url: hide(f.url) } : {}) })),
    });
    try {
        if (!tasks.length)
            return out;
        const target = new URL(config.url);
        if (target.protocol !== 'http:' && target.protocol !== 'https:')
            throw new Error(`the URL must be http:// or https://, not ${target.protocol}`);
        const defaults = { health: config.health?.length ? config.health : ['/'] };
        const needs = mergeNeeds(tasks.map((t) => t.probe.needs(t.options, defaults)));
        const t0 = performance.now();
        // The collector pulls in undici and node:tls; `preflight list` should not pay for them.
        const { collect } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(65)]).then(__webpack_require__.bind(__webpack_require__, 68065));
        const obs = await collect(config, needs, logger);
        logger.debug(`probes: observed ${config.url} in ${Math.round(performance.now() - t0)} ms`);
        for (const t of tasks)
            out.set(t.key, secret(judge(t.probe, t.options, obs)));
    }
    catch (e) {
        const reason = hide(`probing ${config.url} failed: ${e?.message ?? String(e)}`);
        for (const t of tasks)
            if (!out.has(t.key))
                out.set(t.key, { error: reason, findings: [] });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/gate/baseline.js



const baselineSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    tool: schemas/* literal */.euz('preflight').optional(),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({ check: schemas/* string */.YjP(), file: schemas/* string */.YjP().nullable().optional(), fingerprint: schemas/* string */.YjP(), message: schemas/* string */.YjP().optional() })),
});
/** A baseline: today's findings by fingerprint, so adoption can start without fixing everything. */
function toBaseline(report) {
    const findings = report.findings
        .filter((f) => !f.note && !f.suppressed && f.fingerprint && f.item !== null)
        .map((f) => ({ check: f.check, file: f.file, fingerprint: f.fingerprint, message: f.message }));
    return `${JSON.stringify({ version: 1, tool: 'preflight', findings }, null, 2)}\n`;
}
/** Reads a baseline file into a multiset of fingerprints. */
function readBaseline(abs, shown) {
    let text;
    try {
        text = external_node_fs_.readFileSync(abs, 'utf8');
    }
    catch {
        throw new types/* ConfigError */.xL(`baseline ${shown} not found`, { file: shown });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new types/* ConfigError */.xL(`baseline is not valid JSON: ${e.message}`, { file: shown, line: 1 });
    }
    const res = baselineSchema.safeParse(data);
    if (!res.success)
        throw new types/* ConfigError */.xL(`not a Preflight baseline: ${res.error.issues[0].path.join('.')}: ${res.error.issues[0].message}`, { file: shown, line: 1 });
    const m = new Map();
    for (const f of res.data.findings)
        m.set(f.fingerprint, (m.get(f.fingerprint) ?? 0) + 1);
    return m;
}

;// CONCATENATED MODULE: ./lib/version.js
/** The tool version (kept in step with package.json by a test). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/run.js















const DISCOVERY = ['.github/preflight.yml', '.github/preflight.yaml', 'preflight.yml', 'PRODUCTION_CHECKLIST.md', 'docs/PRODUCTION_CHECKLIST.md'];
/** Runs the whole pipeline: checklist → plan → snapshot → checks and probes → gate → report. */
async function run_run(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const logger = opts.logger ?? types/* silentLogger */.qq;
    const env = opts.env ?? process.env;
    const now = opts.now ?? new Date();
    const dir = external_node_path_.resolve(cwd, opts.dir);
    if (!external_node_fs_.existsSync(dir) || !external_node_fs_.statSync(dir).isDirectory())
        throw new types/* ConfigError */.xL(`--dir ${opts.dir}: not a directory`);
    const listing = opts.listing ?? await listFiles(dir);
    if (!opts.listing && (0,engine_thread.wantsEngineThread)(listing.files.length, env)) {
        logger.debug(`engine thread: ${listing.files.length} files`);
        return (0,engine_thread.runOnEngineThread)(opts, listing, logger);
    }
    const snapshot = new Snapshot(listing.root, listing.files, listing.base);
    const rel = (abs) => {
        const r = external_node_path_.relative(listing.root, abs);
        return r.startsWith('..') || external_node_path_.isAbsolute(r) ? abs : r.split(external_node_path_.sep).join('/');
    };
    // Checklist: explicit path (relative to cwd), content given by the caller, discovery (relative to dir), preset.
    let checklist;
    let checklistAbs = null;
    if (opts.checklistSource === null) {
        checklist = loadPreset('recommended');
    }
    else if (opts.checklistSource) {
        checklist = await parseChecklist(opts.checklistSource.file, opts.checklistSource.text);
        checklistAbs = external_node_path_.join(listing.root, opts.checklistSource.file);
    }
    else if (opts.checklist) {
        const abs = external_node_path_.resolve(cwd, opts.checklist);
        let text;
        try {
            text = external_node_fs_.readFileSync(abs, 'utf8');
        }
        catch {
            throw new types/* ConfigError */.xL(`checklist ${opts.checklist} not found`, { file: opts.checklist });
        }
        checklist = await parseChecklist(rel(abs), text);
        checklistAbs = abs;
    }
    else {
        const found = DISCOVERY.map((p) => external_node_path_.join(dir, p)).find((p) => external_node_fs_.existsSync(p));
        if (found) {
            checklist = await parseChecklist(rel(found), external_node_fs_.readFileSync(found, 'utf8'));
            checklistAbs = found;
        }
        else {
            checklist = loadPreset('recommended');
        }
    }
    checklist = resolveExtends(checklist);
    logger.debug(`checklist: ${checklist.file ?? 'recommended preset'} (${checklist.items.length} items)`);
    const failOn = opts.failOn ?? checklist.failOn ?? 'critical';
    const planned = plan(checklist, opts.severity ?? {});
    // Probe settings: a non-empty input/flag, then the checklist, then the defaults.
    const masks = [];
    const extra = [];
    const probeConfig = resolveProbeConfig(opts, checklist, checklistAbs, listing.root, cwd, env, masks, logger);
    const staticOutcomes = await runStatic(planned, snapshot, now, env, logger);
    const probeOutcomes = await runProbeItems(planned, probeConfig, opts.probes !== false, logger);
    const items = planned.map((p, i) => ({
        planned: p,
        outcomes: p.checks.map((c, j) => (c.off ? null : c.def.kind === 'static' ? staticOutcomes.get(`${i}:${j}`) : probeOutcomes.get(`${i}:${j}`))),
    }));
    // Templated manifests are skipped, not failed: an info note says they were not judged.
    for (const sk of snapshot.skipped) {
        if (sk.reason !== TEMPLATED_SKIP)
            continue;
        extra.push({ check: 'parse-error', item: null, severity: 'info', note: true, message: `${sk.file} was not checked: ${sk.reason}`, file: sk.file, line: 1, column: null, url: null });
    }
    for (const pr of snapshot.problems) {
        extra.push({ check: 'parse-error', item: null, severity: 'low', message: `could not parse ${pr.file}: ${pr.message}`, file: pr.file, line: pr.line, column: pr.column, url: null });
    }
    let baseline = null;
    if (opts.baseline)
        baseline = readBaseline(external_node_path_.resolve(cwd, opts.baseline), opts.baseline);
    let attested = null;
    if (opts.attestation?.body) {
        const { parseAttestations, normaliseTitle } = await __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 34270));
        attested = { keys: parseAttestations(opts.attestation.body), by: opts.attestation.by, normalise: normaliseTitle };
    }
    const core = gate({
        version: VERSION,
        items,
        extra,
        failOn,
        gatesManual: opts.gatesManual ?? true,
        attested,
        suppressions: [...snapshot.suppressions.values()].flat(),
        baseline,
        lineText: (file, line) => snapshot.lines(file)?.[line - 1],
        now,
    });
    const report = {
        ...core,
        checklist: {
            file: checklist.file,
            format: checklist.format,
            ...(checklist.format === 'markdown' ? { uncovered: (await __webpack_require__.e(/* import() */ 714).then(__webpack_require__.bind(__webpack_require__, 40714))).uncoveredChecks(checklist) } : {}),
        },
        target: { url: probeConfig.config?.url ?? null },
        context: { event: opts.event, pullRequest: opts.pullRequest ?? null, gatesManual: opts.gatesManual ?? true },
    };
    return { report, checklistFile: checklist.file, root: listing.root, masks, snapshot };
}
async function parseChecklist(file, text) {
    if (/\.(md|markdown)$/i.test(file)) {
        // The parser binds items (explicit comments, then the matcher) itself.
        const { parseMarkdownChecklist } = await Promise.all(/* import() */[__webpack_require__.e(884), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 683));
        return parseMarkdownChecklist(file, text);
    }
    return parseYamlChecklist(file, text);
}
async function runStatic(planned, snapshot, now, env, logger) {
    const out = new Map();
    // Checks with a file scanner: one job per (check, options); items with equal options share it.
    const jobs = [];
    const jobKeys = new Map();
    const later = [];
    const direct = [];
    planned.forEach((p, i) => {
        const view = p.scope ? snapshot.view(p.scope) : snapshot;
        p.checks.forEach((c, j) => {
            if (c.off || c.def.kind !== 'static')
                return;
            const def = c.def;
            const key = `${i}:${j}`;
            if (!def.scan) {
                direct.push({ key, def, view, options: c.options });
                return;
            }
            const jobKey = `${def.id}\0${JSON.stringify(c.options)}`;
            let job = jobKeys.get(jobKey);
            if (job === undefined) {
                job = jobs.push({ check: def.id, options: c.options }) - 1;
                jobKeys.set(jobKey, job);
            }
            later.push({ key, def, view, options: c.options, job });
        });
    });
    // The file pass runs on worker threads while this thread runs the checks that need no pass.
    const defs = new Map(later.map((c) => [c.def.id, c.def]));
    // Workers know the registered checks only; a check defined elsewhere (a test's) runs here.
    const registered = [...defs.values()].every((d) => checks/* CHECKS */.u.includes(d));
    const threads = registered ? (0,scan/* threadCount */.Cc)(snapshot.files.length, env) : 0;
    const pass = jobs.length
        ? (0,scan/* startScan */.yF)({ root: snapshot.root, realRoot: snapshot.reader.realRoot, files: snapshot.files, jobs }, defs, threads, (f) => snapshot.reader.read(f))
        : null;
    for (const c of direct)
        out.set(c.key, await executeCheck(c.def, c.view, c.options, now));
    if (pass) {
        const t0 = performance.now();
        const scan = await pass.finish();
        snapshot.absorb(scan);
        logger.debug(`file pass: ${snapshot.files.length} files, ${jobs.length} scanner${jobs.length === 1 ? '' : 's'}, ${scan.threads} worker thread${scan.threads === 1 ? '' : 's'} delivered, ${scan.reads} files read by workers (${Math.round(performance.now() - t0)} ms after the other checks)`);
        for (const c of later) {
            const error = scan.errors[c.job];
            if (error) {
                out.set(c.key, { findings: [], error });
                continue;
            }
            const rows = c.view === snapshot ? scan.results[c.job] : scan.results[c.job].filter((r) => c.view.has(r.file));
            out.set(c.key, await executeCheck(c.def, c.view, c.options, now, rows));
        }
    }
    return out;
}
function resolveProbeConfig(opts, list, checklistAbs, root, cwd, env, masks, logger) {
    const p = list.probes;
    const subst = (s) => {
        let missing = false;
        const out = s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name) => {
            const v = name.startsWith('PREFLIGHT_') ? env[name] : undefined;
            if (v === undefined || v === '') {
                missing = true;
                return '';
            }
            masks.push(v);
            return v;
        });
        return missing ? null : out;
    };
    const nonEmpty = (v) => (v === undefined || v === '' ? undefined : v);
    const rawUrl = nonEmpty(opts.url) ?? p.url;
    if (!rawUrl)
        return { config: null, reason: 'no URL given (--url, the `url` input or probes.url)' };
    const url = nonEmpty(opts.url) ?? subst(rawUrl);
    if (url === null) {
        logger.warn('probes skipped: probes.url names an unset variable (only ${PREFLIGHT_*} variables are substituted)');
        return { config: null, reason: 'probes.url names an unset ${PREFLIGHT_*} variable' };
    }
    try {
        const u = new URL(url);
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new Error('scheme');
    }
    catch {
        throw new types/* ConfigError */.xL(`invalid URL '${url}': expected http:// or https://`, list.file && !nonEmpty(opts.url) ? (p.where?.url ?? { file: list.file }) : undefined);
    }
    const headers = {};
    for (const [k, v] of Object.entries(p.headers ?? {})) {
        const value = subst(v);
        if (value === null) {
            logger.warn(`probes skipped: header ${k} names an unset variable (only \${PREFLIGHT_*} variables are substituted)`);
            return { config: null, reason: `probes.headers.${k} names an unset \${PREFLIGHT_*} variable` };
        }
        headers[k] = value;
    }
    for (const [k, v] of Object.entries(opts.headers ?? {})) {
        for (const existing of Object.keys(headers))
            if (existing.toLowerCase() === k.toLowerCase())
                delete headers[existing];
        headers[k] = v;
    }
    for (const v of Object.values(headers))
        if (v)
            masks.push(v);
    let ca;
    if (opts.ca) {
        try {
            ca = external_node_fs_.readFileSync(external_node_path_.resolve(cwd, opts.ca), 'utf8');
        }
        catch {
            throw new types/* ConfigError */.xL(`CA file ${opts.ca} not found`);
        }
    }
    else if (p.ca) {
        const base = checklistAbs ? external_node_path_.dirname(checklistAbs) : root;
        const abs = external_node_path_.resolve(base, p.ca);
        // A pull request's checklist must not make Preflight read outside the repository, symlinks included.
        let real = abs;
        try {
            real = external_node_fs_.realpathSync(abs);
        }
        catch { /* missing: reported below */ }
        const r = external_node_path_.relative(external_node_fs_.realpathSync(root), real);
        const at = list.file ? (p.where?.ca ?? { file: list.file }) : undefined;
        if (r.startsWith('..') || external_node_path_.isAbsolute(r))
            throw new types/* ConfigError */.xL(`probes.ca '${p.ca}' points outside the repository`, at);
        try {
            ca = external_node_fs_.readFileSync(real, 'utf8');
        }
        catch {
            throw new types/* ConfigError */.xL(`probes.ca '${p.ca}' not found (paths are relative to the checklist file)`, at);
        }
    }
    const httpUrl = nonEmpty(opts.httpUrl) ?? (p.httpUrl ? subst(p.httpUrl) ?? undefined : undefined);
    return {
        reason: '',
        config: {
            url,
            httpUrl,
            health: p.health,
            timeoutMs: Math.round((opts.timeout ?? p.timeout ?? 10) * 1000),
            waitMs: Math.round((opts.wait ?? p.wait ?? 0) * 1000),
            headers,
            ca,
            allowSelfSigned: opts.allowSelfSigned ?? p.allowSelfSigned ?? false,
        },
    };
}
async function runProbeItems(planned, resolved, enabled, logger) {
    const out = new Map();
    const tasks = [];
    planned.forEach((p, i) => p.checks.forEach((c, j) => {
        if (c.off || c.def.kind !== 'probe')
            return;
        const key = `${i}:${j}`;
        if (!enabled)
            out.set(key, { findings: [], skipped: 'probes disabled (--no-probes)' });
        else if (!resolved.config)
            out.set(key, { findings: [], skipped: resolved.reason });
        else
            tasks.push({ key, probe: c.def, options: c.options });
    }));
    if (tasks.length && resolved.config) {
        const results = await runProbes(tasks, resolved.config, logger);
        for (const t of tasks) {
            const r = results.get(t.key) ?? { error: 'probe did not run', findings: [] };
            out.set(t.key, r.error ? { findings: r.findings, error: r.error } : r.skipped && !r.findings.length ? { findings: [], skipped: r.skipped } : { findings: r.findings });
        }
    }
    return out;
}


/***/ })

};
