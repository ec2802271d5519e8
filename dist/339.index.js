export const id = 339;
export const ids = [339];
export const modules = {

/***/ 24330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ CORS_ALLOW_LIST_UNDER_HEADING),
/* harmony export */   Lf: () => (/* binding */ TLS_MINIMUM),
/* harmony export */   Lr: () => (/* binding */ TLS_NOT_WEB),
/* harmony export */   Pi: () => (/* binding */ CORS_ALLOW_LIST),
/* harmony export */   Rp: () => (/* binding */ MONITORING),
/* harmony export */   Xo: () => (/* binding */ WEB_TLS_CONTEXT),
/* harmony export */   Xt: () => (/* binding */ HEALTH_CHECK_BEYOND_DECLARED),
/* harmony export */   g5: () => (/* binding */ CORS_ANY_ORIGIN),
/* harmony export */   gH: () => (/* binding */ OTHER_SYSTEMS),
/* harmony export */   lP: () => (/* binding */ CORS_WILDCARD_UNDER_HEADING)
/* harmony export */ });
/**
 * Checklist phrases that a static check and a live probe both answer ("CORS does not allow any
 * origin" is read in the code by cors-wildcard and tried on the deployment by cors-policy). Each
 * side writes its own `note`; the patterns live here once so the two cannot drift apart.
 */
/**
 * An item that grants the wildcard rather than forbids it ("CORS wildcard allowed for the public API",
 * "Allow any origin on /public/* via CORS"): a word of permission and no word of refusal anywhere. The
 * header name Access-Control-Allow-Origin is no permission (its "allow" follows "control-").
 */
const CORS_PERMITTED = /^(?!.*\b(?:no|not|never|nor|don't|doesn't|isn't|aren't|won't|without|avoid\w*|remov\w*|drop\w*|disabl\w*|disallow\w*|forbid\w*|prohibit\w*|bann(?:ed|ing)|bans?|block\w*|reject\w*|exclud\w*|replac\w*|den(?:y|ies|ied)|restrict\w*|limited to (?:the )?(?:known|trusted|specific|explicit|listed|our(?: own)?|production|prod)\b)\b).*\b(?<!access-control-)(?:allow(?:s|ed|ing)?|permit(?:s|ted)?|enabled?|ok|okay|fine|acceptable|only|required|intentional(?:ly)?|intended|expected|deliberate(?:ly)?|on purpose|kept|keep|retained|reviewed|accepted|approved|exception|waived|(?:is|are) set|use[ds]?|using|can (?:call|access|read))\b/;
/**
 * Words that make a "health checks" item more than that they are declared: what a health check does or whether
 * it passes, how often something runs, a script, a monitor's or an alert's checks, dependencies ("Health checks
 * pass in CI", "Uptime health checks configured", "Health checks verify database connectivity"). The Dockerfile's
 * HEALTHCHECK and the Kubernetes probes rules share it.
 */
const HEALTH_CHECK_BEYOND_DECLARED = /\b(?:pass(?:es|ing)?|returns?|intervals?|script|\.sh|daily|regularly|weekly|monitor\w*|uptime|alert\w*|all services|ci|depend\w*|verif(?:y|ies|ied)|connectivity)\b/;
/**
 * A nearest heading or parent item about monitoring ("Monitoring", "Uptime", "Observability", "Alerting", French
 * "Surveillance"/"Supervision", German "Überwachung", Spanish "Monitoreo"): its health checks are an uptime
 * monitor's, not a Dockerfile HEALTHCHECK nor a Kubernetes probe.
 */
const MONITORING = /\b(?:monitor\w*|uptime|observability|alert(?:s|ing)?|surveillance|supervision|überwachung|ueberwachung|monitoreo|monitorización|monitorizacion)\b/;
/**
 * Any-origin CORS stated as a promise: `CORS … no wildcard`, `Access-Control-Allow-Origin … *`, "CORS restricted to
 * known origins / our domains / the known frontend URLs" (an allow-list: no wildcard, no foreign origin reflected).
 */
const CORS_ANY_ORIGIN = {
    pattern: /\bcors\b[^;]*(?<!\b(?:not|never|isn't|aren't) (?:yet |be )?)\b(?:restricted|limited|locked down) to (?:the )?(?:known|trusted|specific|allowed|explicit|listed|our(?: own)?|production|prod)\b[^;]*\b(?:origins?|domains?|(?:frontend|front-end|client|app) urls?)\b|\bcors\b[^;]*(?:\bwildcards?\b|\*|\bany origins?\b|\ball origins\b)|(?:\bwildcards?\b|\*|\bany origins?\b|\ball origins\b)[^;]*\bcors\b|\baccess-control-allow-origin\b[^;]*\*/,
    unless: CORS_PERMITTED,
};
/** What a CORS allow-list names: an origin URL (read as its scheme word), a host name, origins, domains, our front end. */
const CORS_ORIGIN_NAMED = String.raw `(?:\bhttps?\b|\b[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\b|\b(?:origins?|domains?|hosts?|(?:front-?ends?|front ends?|clients?|web ?apps?|apps?|sites?|spas?)(?: urls?)?)\b)`;
/**
 * CORS limited to the origins the item names: "Restrict CORS to `https://shop.example.com`", "CORS only allows our
 * domains", "CORS origins limited to the production frontend", "`CORS_ALLOWED_ORIGINS` lists only our domains",
 * "Configure `CORS_ORIGINS` to only include production domains", "CORS allowed origins: only `https://app.example.com`",
 * "CORS origins set to production domains only", "Update CORS_ORIGINS to production URLs only" (the list named, then "only").
 * An allow-list admits no wildcard and reflects no foreign origin: what cors-wildcard reads and cors-policy tries. An
 * item that names the wildcard or any origin is CORS_ANY_ORIGIN's to read (a wildcard "only allowed" is granted); one
 * negated in its clause ("CORS is not restricted to our domains yet") promises nothing.
 */
const CORS_ALLOW_LIST = {
    pattern: new RegExp(String.raw `\bcors(?:_\w+)?\b[^;]*?\b(?:(?:restricted|limited|locked down|scoped|pinned) to|only (?:allows?|permits?|accepts?|contains?|includes?|lists?|has|trusts?)|(?:allows?|permits?|accepts?|contains?|includes?|lists?|has|trusts?) only)\b[^;]*?${CORS_ORIGIN_NAMED}|\b(?:restrict|limit|lock down|scope|pin)(?: the)? cors(?:_\w+)?(?: origins?| policy| config(?:uration)?| headers?)? to\b[^;]*?${CORS_ORIGIN_NAMED}|\bcors(?:_\w+)?\b[^;]*?\b(?:allowed|permitted|trusted) origins?\b[^;]*?\bonly\b|\bcors(?:_\w+)?\b[^;]*?\bonly\b[^;]*?${CORS_ORIGIN_NAMED}[^;]*?\b(?:allowed|permitted|accepted|trusted)\b|\bcors(?:_\w+)?\b[^;]*?(?<!\b(?:all|any|every) )\b(?:origins?|domains?|hosts?|host ?names?|urls?) only\b`),
    unless: /\bwildcards?\b|\*|\bany origins?\b|\ball origins\b|\bevery origin\b|allow_all|\bregex/,
    clauseUnless: /\b(?:not|isn't|aren't|wasn't|never|no longer|unrestricted|unlimited)\b/,
};
/**
 * The same under a CORS heading or parent item, the item naming no CORS itself: "Allowed origins: only
 * `https://app.example.com`", "Only `https://app.example.com` allowed", "Restricted to our domains".
 */
const CORS_ALLOW_LIST_UNDER_HEADING = {
    pattern: new RegExp(String.raw `\b(?:allowed|permitted|trusted) origins?\b[^;]*?\bonly\b|^(?:origins? )?(?:(?:are |is )?(?:restricted|limited|locked down|scoped) to|only (?:allows?|permits?|accepts?)|allows? only)\b[^;]*?${CORS_ORIGIN_NAMED}|\bonly\b[^;]*?${CORS_ORIGIN_NAMED}[^;]*?\b(?:allowed|permitted|accepted|trusted)\b`),
    context: /\bcors\b|\bcross-origin\b/,
    unless: CORS_ALLOW_LIST.unless,
    clauseUnless: CORS_ALLOW_LIST.clauseUnless,
};
/** A wildcard item under a CORS heading. */
// (A wildcard DNS record or certificate under a "Cross-origin & domains" heading is no CORS wildcard.)
const CORS_WILDCARD_UNDER_HEADING = { pattern: /\bwildcards?\b|(?:^|\s)\*(?:\s|$)|\bany origins?\b|\ball origins\b/, context: /\bcors\b|\bcross-origin\b/, unless: new RegExp(`${CORS_PERMITTED.source}|\\b(?:dns|records?|certificates?|certs?|subdomains?|domains?|tls|ssl)\\b`) };
/**
 * TLS 1.2+ only / old protocols disabled. "Do not disable TLS 1.0 yet" and "TLS 1.0 is not disabled"
 * say the opposite: a negated disable (the lookbehinds) is no promise of a minimum.
 */
const TLS_MINIMUM = /\btls ?v?1\.[23] ?\+|\bonly tls ?v?1\.[23]\b|\btls ?v?1\.[23]\b[^;]*\b(?:only|minimum|enforced|required|or (?:higher|later|above|newer))\b|\b(?<!\b(?:not|don't|never) (?:yet )?)(?:disable|disabled|no|refuse)\b[^;]*\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b|\b(?:ssl ?v?[23]|tls ?v?1\.[01])\b[^;]*\b(?<!\bnot (?:yet )?)(?:disabled|off|refused)\b/;
/**
 * Systems other than the deployment's web front whose TLS or certificates a checklist speaks of: brokers,
 * search clusters, mail, directories, VPNs, the traffic between microservices.
 */
const OTHER_SYSTEMS = /\b(?:microservices?|kafka|brokers?|zookeeper|elasticsearch|opensearch|rabbitmq|amqp|mqtt|nats|ldaps?|active directory|vpn|etcd|e-?mail|mail|smtp|imap|pop3|relay|s?ftp|replication|message (?:bus|queue)s?|ca-certificates|ca certificates package|outbound)\b/;
/**
 * TLS of something other than the web server is not the deployment's: a database, mail, or a connection
 * the service makes itself or makes inside the cluster (to a payment gateway, between services, in the mesh),
 * or one it makes to another party ("for the payment provider integration", "third-party APIs accessed over
 * TLS 1.2+", "webhooks to partners").
 */
const TLS_NOT_WEB = new RegExp(`\\b(?:database|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?|smtp|email|outbound|outgoing|egress|upstream|gateway|mesh|internal|service-to-service|between services|mtls|(?:connections?|calls?) to|(?:customers?|clients?|users?|visitors?|browsers?) (?:that |who )?still|third[- ]party|3rd[- ]party|external (?:apis?|services?|calls?|systems?|endpoints?|providers?)|partners?|payment (?:providers?|processors?)|processors?|integrations?|webhooks?)\\b|${OTHER_SYSTEMS.source}`);
/**
 * A `context` that holds unless a heading (or the parent item) is about another system than the web front: the
 * TLS and certificate items under "## Database", "## Email (SMTP)", "## Mobile app (iOS/Android)" or
 * "## Third-party services" are that system's. Only a heading that starts with the system's name counts
 * ("## Security & database" still speaks of the deployment).
 */
const WEB_TLS_CONTEXT = /^(?!(?:.*\/ )?[^\w/]*(?:\d[\d.]*\.? )?(?:the |our )?(?:databases?|db|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|e-?mails?|smtp|mail(?: server)?|mobile(?: apps?)?|ios|android|third[- ]party|3rd[- ]party|external (?:services|apis|integrations)|integrations|payments?(?: providers?)?|kafka|rabbitmq|message (?:queues?|brokers?)|vpn|ldap|internal (?:services|traffic))\b)/;


/***/ }),

/***/ 3339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ CHECKS)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./lib/checks/define.js
/** Defines a static check: metadata plus a pure function from a snapshot to findings. */
function defineCheck(def) {
    return { ...def, kind: 'static' };
}

// EXTERNAL MODULE: ./lib/repo/classify.js
var classify = __webpack_require__(84592);
// EXTERNAL MODULE: ./lib/repo/compose.js
var repo_compose = __webpack_require__(82588);
// EXTERNAL MODULE: ./lib/repo/k8s.js
var repo_k8s = __webpack_require__(50976);
// EXTERNAL MODULE: ./lib/repo/dockerfile.js
var dockerfile = __webpack_require__(35444);
// EXTERNAL MODULE: ./lib/repo/snapshot.js
var snapshot = __webpack_require__(37650);
// EXTERNAL MODULE: ./lib/checks/util/text.js
var util_text = __webpack_require__(52907);
// EXTERNAL MODULE: ./lib/repo/yaml.js
var yaml = __webpack_require__(52365);
;// CONCATENATED MODULE: ./lib/checks/util/platform.js
/**
 * Hosting platforms' deploy files, read once for every check: the environment they set for the production
 * process (fly.toml `[env]`, render.yaml `envVars`) and the command they start (render.yaml and Railway
 * `startCommand`, fly.toml `[processes]` and `[experimental] cmd`). Templates and test folders are skipped.
 */



/** Bounds: entries per file. */
const MAX_ENTRIES = 2_000;
/** A platform deploy file of the repository's deployment (not a template or a test fixture): `fly`, `render`, `railway` or null. */
function platformFile(file) {
    const name = (0,classify/* basename */.P8)(file);
    const kind = name === 'fly.toml' ? 'fly' : /^render\.ya?ml$/.test(name) ? 'render' : /^railway\.(?:json|toml)$/.test(name) ? 'railway' : null;
    return kind && !(0,classify/* isTemplate */.Fl)(file) && !(0,classify/* isTestFile */.hl)(file) ? kind : null;
}
const platformEnv = (0,snapshot/* perView */.DN)(function platformEnv(snapshot) {
    const out = [];
    for (const f of snapshot.files) {
        const kind = platformFile(f);
        if (kind === 'fly')
            out.push(...flyEnv(f, snapshot.lines(f) ?? []));
        else if (kind === 'render')
            out.push(...renderEnv(snapshot, f));
    }
    return out;
});
/** The single-line `key = value` entries of a TOML file, with the table each is in (multi-line values are not read). */
function tomlEntries(lines) {
    const out = [];
    let section = '';
    lines.forEach((l, i) => {
        if (out.length >= MAX_ENTRIES)
            return;
        const sec = /^\s*\[{1,2}\s*([\w.-]+)\s*\]{1,2}\s*(?:#.*)?$/.exec(l);
        if (sec) {
            section = sec[1];
            return;
        }
        const m = /^\s*(?:"([^"]+)"|'([^']+)'|([\w.-]+))\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([\w.+-]+)|\[(.*)\])\s*(?:#.*)?$/.exec(l);
        if (!m)
            return;
        const value = m[4] ?? m[5] ?? m[6] ?? [...m[7].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]).join(' ');
        out.push({ section, key: (m[1] ?? m[2] ?? m[3]), value, line: i + 1, column: l.length - l.trimStart().length + 1 });
    });
    return out;
}
/** fly.toml `[env]`: `KEY = "value"` (quoted key, single quotes, numbers and booleans too). */
function flyEnv(file, lines) {
    return tomlEntries(lines).filter((e) => e.section === 'env').map((e) => ({ key: e.key, value: e.value, file, line: e.line, column: e.column, where: 'fly.toml [env]', dev: (0,classify/* isDevOnly */.uL)(file) }));
}
/**
 * The commands platforms start: render.yaml `services[].startCommand`, Railway `startCommand` (railway.toml's
 * `[deploy]`, railway.json read by line), fly.toml `[processes]` and `[experimental] cmd`; at the key.
 */
const platformCommands = (0,snapshot/* perView */.DN)(function platformCommands(snapshot) {
    const out = [];
    const add = (file, line, column, where, command, rootDir) => {
        if (typeof command !== 'string' || !command.trim())
            return;
        // `rootDir: frontend`, `./frontend/` (where it leads is resolved, and checked to stay inside the repository, by joinPath).
        const root = typeof rootDir === 'string' ? rootDir.trim() : '';
        out.push({ file, line, column, where, command, ...(root && !root.startsWith('/') ? { rootDir: root } : {}) });
    };
    for (const f of snapshot.files) {
        const kind = platformFile(f);
        if (kind === 'fly') {
            for (const e of tomlEntries(snapshot.lines(f) ?? [])) {
                if (e.section === 'processes')
                    add(f, e.line, e.column, `fly.toml process '${e.key}'`, e.value);
                else if (e.section === 'experimental' && e.key === 'cmd')
                    add(f, e.line, e.column, 'fly.toml [experimental] cmd', e.value);
            }
        }
        else if (kind === 'render') {
            for (const doc of snapshot.yaml(f)?.docs ?? []) {
                const services = (0,yaml/* isObject */.Gv)(doc.value) ? doc.value['services'] : undefined;
                if (!Array.isArray(services))
                    continue;
                services.forEach((svc, i) => {
                    const at = (0,yaml/* isObject */.Gv)(svc) ? doc.loc(['services', i, 'startCommand'], true) : null;
                    if (at && (0,yaml/* isObject */.Gv)(svc))
                        add(f, at.line, at.column, 'render.yaml startCommand', svc['startCommand'], svc['rootDir']);
                });
            }
        }
        else if (kind === 'railway') {
            if (f.endsWith('.toml')) {
                for (const e of tomlEntries(snapshot.lines(f) ?? []))
                    if (e.key === 'startCommand')
                        add(f, e.line, e.column, 'Railway startCommand', e.value);
                continue;
            }
            (snapshot.lines(f) ?? []).forEach((l, i) => {
                const m = /^\s*"startCommand"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(l);
                if (m)
                    add(f, i + 1, l.search(/\S/) + 1, 'Railway startCommand', m[1]);
            });
        }
    }
    return out;
});
/** render.yaml `services[].envVars[]` and `envVarGroups[].envVars[]` with a literal `value`. */
function renderEnv(snapshot, file) {
    const out = [];
    for (const doc of snapshot.yaml(file)?.docs ?? []) {
        if (!(0,yaml/* isObject */.Gv)(doc.value))
            continue;
        for (const listKey of ['services', 'envVarGroups']) {
            const list = doc.value[listKey];
            if (!Array.isArray(list))
                continue;
            list.forEach((svc, si) => {
                if (!(0,yaml/* isObject */.Gv)(svc) || !Array.isArray(svc['envVars']))
                    return;
                const owner = typeof svc['name'] === 'string' ? svc['name'] : String(si);
                svc['envVars'].forEach((e, ei) => {
                    if (out.length >= MAX_ENTRIES || !(0,yaml/* isObject */.Gv)(e) || typeof e['key'] !== 'string' || e['value'] === undefined || e['value'] === null || typeof e['value'] === 'object')
                        return;
                    const at = doc.loc([listKey, si, 'envVars', ei, 'value']) ?? doc.loc([listKey, si, 'envVars', ei], true);
                    if (!at)
                        return;
                    out.push({ key: e['key'], value: String(e['value']), file, line: at.line, column: at.column, where: `render.yaml ${listKey === 'services' ? 'service' : 'env group'} '${owner}'`, dev: (0,classify/* isDevOnly */.uL)(file) });
                });
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/util/code.js
/**
 * Comment- and string-aware scanning of Python and JavaScript/TypeScript source. Not a parser: a
 * lexer that blanks comments and string contents (keeping offsets and line numbers), so checks can
 * match code patterns with regexes that never fire inside a comment or a string, then read the
 * real literal values back from the original text at the same offsets.
 */







/** The language of a file by name, or null for anything else. */
function langOf(file) {
    return (0,classify/* isPython */.r2)(file) ? 'python' : (0,classify/* isJavaScript */.eh)(file) ? 'js' : null;
}
/** A Helm chart template (`…/templates/*.yaml` with `{{ }}`): values come from values files, so it is not judged. */
function isHelmTemplate(file, text) {
    return /(^|\/)templates\//.test(file) && text !== undefined && text.includes('{{');
}
/** Source files a code check should read: Python or JS/TS, not vendored, not tests. */
const isCodeFile = (0,classify/* pathFact */.IJ)((file) => langOf(file) !== null && !(0,classify/* isVendoredOrGenerated */.Gk)(file) && !(0,classify/* isTestFile */.hl)(file));
const blank = (s) => s.replace(/[^\n]/g, ' ');
const PY_SPECIAL = /[#'"]/g;
const JS_SPECIAL = /[/'"`]/g;
const isWordCode = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
/** Lexes a file into its comment-free and string-free views. Never throws; unterminated tokens run to the end. */
function scanSource(file, text, lang = langOf(file) ?? 'js') {
    const code = [];
    const bare = [];
    const n = text.length;
    let i = 0;
    let last = ''; // last significant character, for JS regex-literal detection
    let lastWord = '';
    const push = (c, b) => { code.push(c); bare.push(b); };
    while (i < n) {
        const ch = text[i];
        if (lang === 'python' && ch === '#') {
            const end = text.indexOf('\n', i);
            const stop = end < 0 ? n : end;
            const chunk = blank(text.slice(i, stop));
            push(chunk, chunk);
            i = stop;
            continue;
        }
        if (lang === 'js' && ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
            const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
            const stop = end < 0 ? n : text[i + 1] === '/' ? end : end + 2;
            const chunk = blank(text.slice(i, stop));
            push(chunk, chunk);
            i = stop;
            continue;
        }
        if (lang === 'js' && ch === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last) || /^(return|typeof|case|in|of|void|delete|throw|new)$/.test(lastWord))) {
            const stop = scanRegex(text, i);
            if (stop > 0) {
                const chunk = text.slice(i, stop);
                push(chunk, `/${blank(chunk.slice(1, -1))}/`.slice(0, chunk.length));
                i = stop;
                last = '/';
                lastWord = '';
                continue;
            }
        }
        const str = stringAt(text, i, lang);
        if (str) {
            const chunk = text.slice(i, str.end);
            const inner = blank(text.slice(str.contentStart, str.contentEnd));
            push(chunk, text.slice(i, str.contentStart) + inner + text.slice(str.contentEnd, str.end));
            i = str.end;
            last = '"';
            lastWord = '';
            continue;
        }
        // Plain code up to the next character that may open a comment, string or regex: copied as one
        // slice (per-character pushes made this the scan's hot spot and its main source of garbage).
        const special = lang === 'python' ? PY_SPECIAL : JS_SPECIAL;
        special.lastIndex = i + 1;
        const next = special.exec(text);
        let stop = next ? next.index : n;
        if (lang === 'python' && next && next[0] !== '#') {
            // Keep a string prefix (r'', b"", f'') with its string.
            while (stop > i + 1 && /[rRbBfFuU]/.test(text[stop - 1]) && stop - 1 >= next.index - 2)
                stop--;
        }
        const run = text.slice(i, stop);
        push(run, run);
        if (lang === 'js') {
            for (let k = 0; k < run.length; k++) {
                const c = run.charCodeAt(k);
                if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12)
                    continue;
                const w = isWordCode(c);
                if (w)
                    lastWord = last !== '' && isWordCode(last.charCodeAt(0)) ? lastWord + run[k] : run[k];
                else
                    lastWord = '';
                last = run[k];
            }
        }
        i = stop;
    }
    const starts = [0];
    for (let k = 0; k < n; k++)
        if (text[k] === '\n')
            starts.push(k + 1);
    return {
        file, lang, text, code: code.join(''), bare: bare.join(''),
        lineAt(offset) {
            let lo = 0, hi = starts.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >> 1;
                if (starts[mid] <= offset)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return lo + 1;
        },
        columnAt(offset) {
            return offset - starts[this.lineAt(offset) - 1] + 1;
        },
    };
}
/** A JS regex literal starting at `i`, or -1 when this `/` is not one (stays on one line). */
function scanRegex(text, i) {
    let k = i + 1;
    let cls = false;
    while (k < text.length && text[k] !== '\n') {
        const c = text[k];
        if (c === '\\') {
            k += 2;
            continue;
        }
        if (c === '[')
            cls = true;
        else if (c === ']')
            cls = false;
        else if (c === '/' && !cls) {
            k++;
            while (k < text.length && /[a-z]/i.test(text[k]))
                k++;
            return k;
        }
        k++;
    }
    return -1;
}
/** A string literal at `i`: offsets of its content and its end; null when none starts here. */
function stringAt(text, i, lang) {
    let k = i;
    if (lang === 'python') {
        // String prefixes (r, b, f, u and combinations) count only when not part of a longer name.
        const m = /^[rRbBfFuU]{1,2}(?=['"])/.exec(text.slice(i, i + 3));
        if (m && (i === 0 || !/[A-Za-z0-9_]/.test(text[i - 1])))
            k = i + m[0].length;
    }
    const q = text[k];
    if (q !== '"' && q !== "'" && !(lang === 'js' && q === '`'))
        return null;
    const raw = lang === 'python' && /[rR]/.test(text.slice(i, k));
    if (lang === 'python' && text.startsWith(q.repeat(3), k)) {
        const close = findClose(text, k + 3, q.repeat(3), raw, true);
        return { contentStart: k + 3, contentEnd: close, end: Math.min(text.length, close + 3) };
    }
    const close = findClose(text, k + 1, q, raw, q === '`');
    return { contentStart: k + 1, contentEnd: close, end: Math.min(text.length, close + 1) };
}
function findClose(text, from, quote, raw, multiline) {
    let k = from;
    while (k < text.length) {
        const c = text[k];
        if (c === '\\') {
            k += raw && text[k + 1] !== quote[0] && text[k + 1] !== '\\' ? 1 : 2;
            continue;
        }
        if (!multiline && c === '\n')
            return k;
        if (text.startsWith(quote, k))
            return k;
        k++;
    }
    return text.length;
}
/** Offset of the bracket matching the one at `open` in `bare` (or -1). Bounded by the text length. */
function matchBracket(src, open) {
    const pairs = { '(': ')', '[': ']', '{': '}' };
    const stack = [];
    for (let k = open; k < src.bare.length; k++) {
        const c = src.bare[k];
        if (c in pairs)
            stack.push(pairs[c]);
        else if (c === ')' || c === ']' || c === '}') {
            if (stack.pop() !== c)
                return -1;
            if (!stack.length)
                return k;
        }
    }
    return -1;
}
/**
 * Calls whose callee's last name matches `name` (`CORS` matches `CORS(` and `flask_cors.CORS(`),
 * with arguments split at top-level commas. Calls spanning lines are found whole.
 */
function findCalls(src, name) {
    const pattern = typeof name === 'string' ? (0,util_text/* escapeRegExp */.Nt)(name) : name.source;
    const re = new RegExp(`(?<![A-Za-z0-9_$])((?:[A-Za-z_$][A-Za-z0-9_$]*\\s*\\.\\s*)*(?:${pattern}))\\s*\\(`, 'g');
    const out = [];
    for (const m of src.bare.matchAll(re)) {
        const open = m.index + m[0].length - 1;
        const close = matchBracket(src, open);
        if (close < 0)
            continue;
        out.push({ callee: m[1].replace(/\s+/g, ''), start: m.index, open, close, line: src.lineAt(m.index), args: splitList(src, open + 1, close) });
    }
    return out;
}
/**
 * Calls of a module required inline (`app.use(require('cors')())`, `require('express-session')({…})`):
 * the callee is the `require(…)` itself, named `module` in the result.
 */
function requireCalls(src, modules) {
    const mods = modules.map((m) => (0,util_text/* escapeRegExp */.Nt)(m)).join('|');
    const out = [];
    for (const m of src.code.matchAll(new RegExp(`(?<![A-Za-z0-9_$.])require\\(\\s*(['"])(${mods})\\1\\s*\\)\\s*\\(`, 'g'))) {
        if (src.bare[m.index] !== src.code[m.index])
            continue; // inside a comment or string
        const open = m.index + m[0].length - 1;
        const close = matchBracket(src, open);
        if (close < 0)
            continue;
        out.push({ callee: m[2], start: m.index, open, close, line: src.lineAt(m.index), args: splitList(src, open + 1, close) });
    }
    return out;
}
/** Whether an argument is `require('<one of modules>')`. */
function isRequireOf(value, modules) {
    const m = /^require\(\s*(['"])([^'"]+)\1\s*\)$/.exec(value.trim());
    return m !== null && modules.includes(m[2]);
}
/** Splits `[from, to)` at top-level commas into arguments (`name=value` and `name: value` keep the name). */
function splitList(src, from, to) {
    const out = [];
    let depth = 0;
    let s = from;
    const flush = (e) => {
        const raw = src.code.slice(s, e);
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body) {
            const start = s + lead;
            const bareBody = src.bare.slice(start, start + body.length);
            // Python keyword (`a=1`, not `a==1`), JS/dict key (`a: 1`, `'a': 1`, `"a": 1`); not a Rust/C++ path (`tower_http::cors::Any`).
            const kw = /^([A-Za-z_$][A-Za-z0-9_$]*)\s*=(?!=)\s*/.exec(bareBody) ?? /^([A-Za-z_$][A-Za-z0-9_$]*|[rRuUbB]?(['"])\s*\2)\s*:(?!:)\s*/.exec(bareBody);
            let name = null;
            let vs = start;
            if (kw) {
                name = kw[2] ? stringValue(body.slice(0, kw[1].length)) : kw[1];
                vs = start + kw[0].length;
            }
            out.push({ name, value: src.code.slice(vs, start + body.length), start: vs, end: start + body.length });
        }
        s = e + 1;
    };
    for (let k = from; k < to; k++) {
        const c = src.bare[k];
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}')
            depth--;
        else if (c === ',' && depth === 0)
            flush(k);
    }
    flush(to);
    return out;
}
/** The value of a single string literal (`'*'`, `"x"`, `r"/*"`, `` `x` ``), or null when `expr` is anything else. */
function stringValue(expr) {
    const m = /^(?:[rRuUbB]{0,2})(['"`])([^]*)\1$/.exec(expr.trim());
    if (!m || m[2].includes(m[1]) || (m[1] === '`' && m[2].includes('${')))
        return null;
    return m[2].replace(/\\(.)/g, '$1');
}
/** The elements of a list/tuple/set literal (`["a", "*"]`) as trimmed expressions, or null. */
function listElements(expr) {
    const t = expr.trim();
    if (!/^[[(]/.test(t))
        return null;
    const src = scanSource('', t, 'python');
    const close = matchBracket(src, 0);
    if (close !== t.length - 1)
        return null;
    return splitList(src, 1, close).map((a) => a.value.trim());
}
/** Whether `expr` is the wildcard literal `'*'` or a list literal containing it. */
function isWildcard(expr) {
    if (stringValue(expr) === '*')
        return true;
    return (listElements(expr) ?? []).some((e) => stringValue(e) === '*');
}
/** Offset just after the logical statement starting at `from` (brackets balanced, stops at a newline or `;`). */
function statementEnd(src, from) {
    let depth = 0;
    for (let k = from; k < src.bare.length; k++) {
        const c = src.bare[k];
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            if (depth === 0)
                return k;
            depth--;
        }
        else if ((c === '\n' || c === ';') && depth === 0 && !(src.lang === 'python' && src.bare[k - 1] === '\\'))
            return k;
    }
    return src.bare.length;
}
/** Python assignments to names matching `names` (`X = v`, `X: T = v`, `self.X = v`), with their value expression. */
function pythonAssignments(src, names) {
    const out = [];
    const re = new RegExp(`^([ \\t]*)(?:[A-Za-z_][A-Za-z0-9_]*\\.)?(${names.source})\\s*(?::[^=\\n]+)?=(?!=)[ \\t]*`, 'gm');
    for (const m of src.bare.matchAll(re)) {
        // `NAME=value` inside brackets is a keyword argument, not an assignment.
        if (depthAt(src, m.index) > 0)
            continue;
        const start = m.index + m[0].length;
        const end = statementEnd(src, start);
        out.push({ name: m[2], value: src.code.slice(start, end).trim(), line: src.lineAt(m.index + m[1].length), start, className: m[1].length ? enclosingClass(src, m.index) : null });
    }
    return out;
}
const depths = new WeakMap();
/** Bracket nesting depth at `offset` (computed once per source). */
function depthAt(src, offset) {
    let d = depths.get(src);
    if (!d) {
        d = new Int32Array(src.bare.length + 1);
        let depth = 0;
        for (let k = 0; k < src.bare.length; k++) {
            d[k] = depth;
            const c = src.bare[k];
            if (c === '(' || c === '[' || c === '{')
                depth++;
            else if ((c === ')' || c === ']' || c === '}') && depth > 0)
                depth--;
        }
        d[src.bare.length] = depth;
        depths.set(src, d);
    }
    return d[Math.min(Math.max(offset, 0), src.bare.length)];
}
/** The name of the Python class whose body contains the line at `offset` (by indentation), or null. */
function enclosingClass(src, offset) {
    for (const h of enclosingHeaders(src, offset)) {
        const m = /^\s*class\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(h);
        if (m)
            return m[1];
    }
    return null;
}
/**
 * Headers of the blocks enclosing `offset`, innermost first: Python lines with less indentation
 * (`class X:`, `if DEBUG:`), JS text before each unclosed `{` (`if (isDev) {`). Comment-free.
 */
function enclosingHeaders(src, offset) {
    const out = [];
    if (src.lang === 'python')
        return pythonHeaders(src, offset);
    let depth = 0;
    for (let k = offset - 1; k >= 0 && out.length < 32; k--) {
        const c = src.bare[k];
        if (c === '}')
            depth++;
        else if (c === '{') {
            if (depth) {
                depth--;
                continue;
            }
            let h = k - 1;
            while (h >= 0 && k - h < 300 && !';{}'.includes(src.bare[h]))
                h--;
            out.push(src.code.slice(h + 1, k).trim());
        }
    }
    return out;
}
/** Words of a class name that make it development/test-only (`DevelopmentConfig`, `TestingConfig`, `CIConfig`, `E2E_Settings`). */
const DEV_CLASS_WORDS = new Set(['dev', 'devel', 'develop', 'development', 'debug', 'test', 'tests', 'testing', 'local', 'ci', 'e2e']);
/**
 * The words of a class name, split at underscores and CamelCase boundaries, lower-cased: `CIConfig` → ci config,
 * `E2EConfig` → e2e config, `DeviceGatewayConfig` → device gateway config (`Dev` is not a word of `Device`).
 */
function classNameWords(name) {
    return name.split('_').flatMap((part) => part.match(/[A-Za-z]\d[A-Za-z](?![a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((w) => w.toLowerCase());
}
/** `class DevelopmentConfig(Config):`, `class CIConfig:`, `class E2EConfig:`; not `class DeviceGatewayConfig:`, `class LocalizationSettings:`, `class DevOpsConfig:`. */
function isDevClass(header) {
    const m = /^class\s+([A-Za-z_]\w*)/.exec(header);
    if (!m)
        return false;
    const words = classNameWords(m[1]);
    return words.some((w, i) => DEV_CLASS_WORDS.has(w) && !(w === 'dev' && words[i + 1] === 'ops'));
}
const NODE_DEV = /NODE_ENV\s*={2,3}\s*['"](development|dev|test)['"]|NODE_ENV\s*!==?\s*['"]production['"]/;
/** A condition that holds in development only: `DEBUG`, `isDev`, ASP.NET Core's `env.IsDevelopment()` / `IsEnvironment("Development")`. */
const DEV_CONDITION = /\b(DEBUG|debug|is_?dev\w*|isDev\w*|IsDevelopment|__DEV__|TESTING|testing|development|dev|local)\b|\bIsEnvironment\(\s*"(?:Development|Local)"\s*\)/;
/**
 * `if DEBUG:`, `elif settings.TESTING:`, `if (isDev) {`, `if (process.env.NODE_ENV === 'development')`; negated
 * conditions are not, nor a disjunction with anything else (`IsDevelopment() || IsStaging()` runs on staging too).
 */
function isDevCondition(header) {
    const m = /^(?:else\s+)?(?:el)?if\b(.*)$/s.exec(header);
    if (!m)
        return NODE_DEV.test(header);
    const cond = m[1];
    const parts = cond.split(/\|\||\bor\b/);
    if (parts.length > 1)
        return parts.every((p) => isDevCondition(`if ${p}`));
    if (NODE_DEV.test(cond))
        return true;
    if (/!|\bnot\b|\bis\s+False\b|={2,3}\s*false\b/.test(cond))
        return false;
    return DEV_CONDITION.test(cond);
}
/** Whether a block header (from enclosingHeaders) opens development-only code: `class DevelopmentConfig:`, `if DEBUG:`. */
function isDevHeader(header) {
    return isDevClass(header) || isDevCondition(header);
}
/** Whether the code at `offset` sits in a development-only branch (`if DEBUG:`, `class DevelopmentConfig:`, `if (NODE_ENV === 'development') {`). */
function inDevBranch(src, offset) {
    if (enclosingHeaders(src, offset).some(isDevHeader))
        return true;
    // A braceless one-line branch: `if (process.env.NODE_ENV === 'development') app.use(cors());`.
    const lineStart = src.code.lastIndexOf('\n', offset - 1) + 1;
    const before = src.code.slice(lineStart, offset);
    const m = /^\s*(?:\}\s*else\s+)?(if\s*\((?:[^()]|\([^()]*\))*\))\s*(?:$|[^\s{])/.exec(before);
    if (m !== null)
        return isDevCondition(m[1]);
    // Or the branch's condition alone on the line before (C#, Java, Go style): `if (env.IsDevelopment())\n    app.UseDeveloperExceptionPage();`.
    if (src.lang !== 'js' || before.trim() || lineStart < 2)
        return false;
    const prevStart = src.code.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = /^\s*(?:\}\s*)?(?:else\s+)?(if\s*\((?:[^()]|\([^()]*\))*\))\s*$/.exec(src.code.slice(prevStart, lineStart - 1));
    return prev !== null && isDevCondition(prev[1]);
}
/** Source files in other languages read by code checks: C-like comments and strings, Ruby (and Rack's `config.ru`) `#` comments, PHP both. */
const OTHER_CODE = /\.(php|go|java|kt|kts|scala|groovy|cs|rb|ru|rs|ex|exs)$/i;
/** A source in another language (OTHER_CODE), lexed with the lexer whose comments and strings it shares (PHP `#` comments blanked). */
function otherSource(file, text) {
    // Ruby and Elixir: `#` comments, quoted strings.
    if (/\.(rb|ru|ex|exs)$/i.test(file))
        return scanSource(file, text, 'python');
    // PHP `#` comments: a whole line, or after a statement (`$x = 1; # header(…)`); `#[` is an attribute.
    // Rust lifetimes (`&'a str`, `'static`) are no string openers: their quote is blanked.
    const body = /\.php$/i.test(file) ? text.replace(/(^[ \t]*|;[ \t]*)#(?!\[).*$/gm, (l, lead) => lead + ' '.repeat(l.length - lead.length))
        : /\.rs$/i.test(file) ? text.replace(/'(?=[A-Za-z_]\w*\b(?!'))/g, ' ') : text;
    return scanSource(file, body, 'js');
}
const pyBlocks = new WeakMap();
/**
 * enclosingHeaders for Python source: from a table of each line's block header made once per source
 * (one pass with an indentation stack, lines inside brackets continuing their statement), so a
 * caller asking about every line of a file stays linear.
 */
function pythonHeaders(src, offset) {
    let t = pyBlocks.get(src);
    if (!t) {
        const bare = src.bare.split('\n');
        const parent = new Int32Array(bare.length).fill(-1);
        const stack = []; // [line, indent]
        let at = 0;
        for (let i = 0; i < bare.length; at += bare[i].length + 1, i++) {
            const l = bare[i];
            if (!l.trim())
                continue;
            const ind = /^[ \t]*/.exec(l)[0].length;
            // A line inside brackets continues a statement (Black's `class X(\n    Base,\n):`): no block of its own.
            if (depthAt(src, at + ind) > 0) {
                parent[i] = stack.length ? parent[stack.at(-1)[0]] : -1;
                continue;
            }
            while (stack.length && stack.at(-1)[1] >= ind)
                stack.pop();
            parent[i] = stack.length ? stack.at(-1)[0] : -1;
            stack.push([i, ind]);
        }
        t = { parent, code: src.code.split('\n') };
        pyBlocks.set(src, t);
    }
    const out = [];
    for (let i = t.parent[src.lineAt(offset) - 1] ?? -1; i >= 0 && out.length < 64; i = t.parent[i])
        out.push(t.code[i].trim());
    return out;
}
/** Python settings whose name matches `names` (anchored), in all the forms Flask and Django use. */
function pythonSettings(src, names) {
    const anchored = new RegExp(`^(?:${names.source})$`);
    const out = pythonAssignments(src, names).map((a) => ({ name: a.name, value: a.value, line: a.line, start: a.start, runtime: false, className: a.className }));
    for (const m of src.bare.matchAll(/\[\s*[rRuU]?(['"])[^'"\n]*\1\s*\]\s*=(?!=)[ \t]*/g)) {
        const key = stringValue(src.code.slice(m.index + 1, m.index + m[0].indexOf(']')).trim());
        if (key === null || !anchored.test(key))
            continue;
        const start = m.index + m[0].length;
        out.push({ name: key, value: src.code.slice(start, statementEnd(src, start)).trim(), line: src.lineAt(start), start, runtime: true, className: null });
    }
    for (const call of findCalls(src, /update|dict|setdefault|from_mapping/)) {
        const args = call.args.length === 1 && call.args[0].value.trim().startsWith('{') ? splitList(src, call.args[0].start + 1, matchBracket(src, call.args[0].start)) : call.args;
        for (const a of args)
            if (a.name !== null && anchored.test(a.name))
                out.push({ name: a.name, value: a.value.trim(), line: src.lineAt(a.start), start: a.start, runtime: true, className: null });
    }
    return out;
}
function pythonConfigLoads(src) {
    return findCalls(src, /from_object|from_pyfile|from_envvar|from_file|from_prefixed_env/).filter((c) => /config\./.test(c.callee)).map((c) => {
        const arg = c.args.find((a) => a.name === null || a.name === 'obj' || a.name === 'filename')?.value.trim() ?? '';
        const text = stringValue(arg) ?? (/^[A-Za-z_][\w.]*$/.test(arg) ? arg : null);
        const fn = c.callee.slice(c.callee.lastIndexOf('.') + 1);
        if (text === null || fn === 'from_envvar' || fn === 'from_prefixed_env')
            return { start: c.start, target: null };
        const target = fn === 'from_object' ? text.slice(text.lastIndexOf('.') + 1) : (0,classify/* basename */.P8)(text).replace(/\.[^.]*$/, '');
        return { start: c.start, target: target || null };
    });
}
/** Class names a Python source defines (config classes that a `from_object` may name). */
function pythonClasses(src) {
    return [...src.bare.matchAll(/^[ \t]*class\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]);
}
/**
 * Whether two files belong to the same project, so that a setting in one may override the other: the
 * same folder (a settings package: `proj/settings/base.py` and `production.py`), or one folder inside the
 * other (`services/api/config.py` and `services/api/app/__init__.py`; a root `config.py` and
 * `app/__init__.py`). Files in sibling folders (`flaskapp/app.py`, `proj/settings/production.py`) are
 * separate applications.
 */
function sameProject(a, b) {
    const da = (0,classify/* dirname */.pD)(a);
    const db = (0,classify/* dirname */.pD)(b);
    if (da === db)
        return true;
    // The repository root holds the whole tree: a root `config.py` configures `app/__init__.py`
    // (the most common Flask layout).
    const inside = (outer, inner) => outer === '' || inner.startsWith(`${outer}/`);
    return inside(da, db) || inside(db, da);
}
/** A settings package's production module (`settings/production.py`): what the package's `base.py` defaults give way to. */
const SETTINGS_PROD = /^(prod|production|live|deploy)\.py$/i;
const PRODUCTION_WORDS = new Set(['prod', 'production', 'live', 'deploy', 'deployment']);
/** The words of a setting's place: its class's name, else its module's (`ProductionConfig` → production config, `__init__.py` → init). */
function placeWords(ref) {
    const name = ref.className ?? (0,classify/* basename */.P8)(ref.file).replace(/\.py$/i, '');
    return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.-]+/).filter(Boolean);
}
/**
 * Whether a setting is in production code: a class named for production (`ProductionConfig`, `ProdConfig`,
 * `Production`) or a module named so (`settings/production.py`, `prod.py`, `settings_prod.py`, `config/live.py`).
 */
function isProductionPlace(ref) {
    return placeWords(ref).some((w) => PRODUCTION_WORDS.has(w));
}
/** Words of a place's name that say it configures: they leave the rest of the name to say which configuration. */
const CONFIG_WORDS = new Set(['config', 'configs', 'configuration', 'settings', 'setting', 'conf', 'cfg']);
/** Names of the configuration every environment builds on. */
const BASE_WORDS = new Set(['base', 'common', 'default', 'defaults', 'shared', 'core', 'global', 'globals', 'init', 'main', 'app', 'application', 'project', 'site']);
/**
 * Whether a setting is in the base configuration production code builds on, so that production may override it: a module or
 * class whose name, its config/settings words aside, is empty or says base (`settings/base.py`, `settings/common.py`,
 * `settings.py`, `config.py`, `settings/__init__.py`, `class Config`, `class BaseConfig`). A module or class named for another
 * environment (`settings/staging.py`, `heroku.py`, `class StagingConfig`, `class DockerConfig(ProductionConfig)`) is deployed
 * there as it is: production code overrides nothing in it.
 */
function isBasePlace(ref) {
    return placeWords(ref).every((w) => CONFIG_WORDS.has(w) || BASE_WORDS.has(w));
}
/**
 * Whether an insecure Python setting (`hit`) is an overridden default: production code sets the same
 * setting to something else (`safe`: non-development assignments of any setting). A module or class
 * default is overridden by a safe value in the same project (sameProject) — not by an earlier one of the
 * same module or class. A runtime assignment (`app.config["X"] = False`) replaces what was loaded before
 * it, so only something later in its own file overrides it: a later safe runtime assignment, or a later
 * config load (`loads`, by file) of a class or module that sets it safely; a load of a computed object is
 * trusted when a config class of the same project (or the repository root) sets it safely.
 * `classes`: the class names each file defines.
 */
function overriddenSetting(hit, safe, loads, classes) {
    if (!hit.runtime)
        return overridingSetting(hit, safe) !== undefined;
    const same = safe.filter((s) => s.name === hit.name);
    if (same.some((s) => s.file === hit.file && s.runtime && s.start > hit.start))
        return true;
    const moduleOf = (f) => (0,classify/* basename */.P8)(f).replace(/\.py$/i, '');
    const known = (t) => [...classes.values()].some((cs) => cs.includes(t)) || safe.some((s) => moduleOf(s.file) === t);
    return (loads.get(hit.file) ?? []).some((l) => {
        if (l.start < hit.start)
            return false;
        if (l.target !== null && known(l.target))
            return same.some((s) => !s.runtime && (s.className === l.target || (s.className === null && moduleOf(s.file) === l.target)));
        return same.some((s) => !s.runtime && s.className !== null && (sameProject(s.file, hit.file) || (0,classify/* dirname */.pD)(s.file) === ''));
    });
}
/**
 * What overrides a module or class default (`hit`, not a runtime assignment) in production, or undefined: a later
 * assignment in the same class or module, or a safe value (`safe`) production code of the same project (sameProject) sets —
 * when the default is base configuration (isBasePlace: `settings/base.py`, `class Config`). Production code's own value is
 * what deploys (a base's safe value does not undo it), and a module or class of another environment (`settings/staging.py`,
 * `settings/heroku.py`, `class StagingConfig`) is judged on its own. The one rule of debug-mode, cookie-flags, cors-wildcard
 * and default-credentials.
 */
function overridingSetting(hit, safe) {
    const same = safe.filter((s) => s.name === hit.name && !s.runtime);
    const later = same.find((s) => s.file === hit.file && s.className === hit.className && s.start > hit.start);
    if (later)
        return later;
    if (isProductionPlace(hit) || !isBasePlace(hit))
        return undefined;
    return same.find((s) => sameProject(s.file, hit.file) && isProductionPlace(s) && !(s.file === hit.file && s.className === hit.className));
}
/**
 * Local names bound to a JS module (`const x = require('m')`, `import x from 'm'`,
 * `import * as x from 'm'`, `import { default as x } from 'm'`).
 */
function jsImports(src, modules) {
    const names = new Set();
    const mods = modules.map((m) => (0,util_text/* escapeRegExp */.Nt)(m)).join('|');
    const res = [
        new RegExp(`(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*require\\(\\s*['"](?:${mods})['"]\\s*\\)`, 'g'),
        // A declaration chained with commas: `var express = require('express'),\n    cors = require('cors');`.
        new RegExp(`,\\s*([A-Za-z_$][\\w$]*)\\s*=\\s*require\\(\\s*['"](?:${mods})['"]\\s*\\)`, 'g'),
        new RegExp(`import\\s+([A-Za-z_$][\\w$]*)\\s*(?:,\\s*\\{[^}]*\\})?\\s*from\\s*['"](?:${mods})['"]`, 'g'),
        new RegExp(`import\\s+\\*\\s+as\\s+([A-Za-z_$][\\w$]*)\\s+from\\s*['"](?:${mods})['"]`, 'g'),
        new RegExp(`import\\s*\\{\\s*default\\s+as\\s+([A-Za-z_$][\\w$]*)\\s*\\}\\s*from\\s*['"](?:${mods})['"]`, 'g'),
        new RegExp(`import\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*require\\(\\s*['"](?:${mods})['"]\\s*\\)`, 'g'),
    ];
    // Import statements are matched on `code` (module names are strings) but must start in code.
    for (const re of res)
        for (const m of src.code.matchAll(re))
            if (src.bare[m.index] === src.code[m.index])
                names.add(m[1]);
    return [...names];
}
/**
 * Local names of the export `exported` of `modules`, imported by name: `import { cors } from 'hono/cors'`,
 * `import { cors as c, … } from`, `const { cors } = require(…)`.
 */
function jsNamedImports(src, modules, exported) {
    const names = new Set();
    const mods = modules.map((m) => (0,util_text/* escapeRegExp */.Nt)(m)).join('|');
    const res = [
        new RegExp(`import\\s*(?:[A-Za-z_$][\\w$]*\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*['"](?:${mods})['"]`, 'g'),
        new RegExp(`(?:const|let|var)\\s*\\{([^}]*)\\}\\s*=\\s*require\\(\\s*['"](?:${mods})['"]\\s*\\)`, 'g'),
    ];
    for (const re of res) {
        for (const m of src.code.matchAll(re)) {
            if (src.bare[m.index] !== src.code[m.index])
                continue;
            for (const part of m[1].split(',')) {
                const b = /^\s*(?:type\s+)?([A-Za-z_$][\w$]*)\s*(?:(?:as|:)\s*([A-Za-z_$][\w$]*))?\s*$/.exec(part);
                if (b && b[1] === exported)
                    names.add(b[2] ?? b[1]);
            }
        }
    }
    return [...names];
}
/** The `{...}` object literal an expression denotes: itself, or a same-file `const name = {...}`. Offsets of the braces. */
function objectLiteral(src, expr) {
    const t = expr.value.trim();
    if (t.startsWith('{')) {
        const open = expr.start + expr.value.indexOf('{');
        const close = matchBracket(src, open);
        return close > 0 ? { open, close } : null;
    }
    if (!/^[A-Za-z_$][\w$]*$/.test(t))
        return null;
    const m = new RegExp(`(?:const|let|var)\\s+${t.replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=\\s*\\{`).exec(src.bare);
    if (!m)
        return null;
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    return close > 0 ? { open, close } : null;
}
/** Properties of an object literal (`{ a: 1, 'b': 2 }`); shorthand properties have value equal to the name. */
function objectProps(src, obj) {
    return splitList(src, obj.open + 1, obj.close);
}
/**
 * The kustomization files of the deployment (templates and test folders aside) with the literals their
 * `configMapGenerator`/`secretGenerator` entries generate, read once per view for every check that judges them.
 */
const kustomizeEnv = (0,snapshot/* perView */.DN)(function kustomizeEnv(snapshot) {
    const out = [];
    for (const file of snapshot.files) {
        if (!(0,repo_k8s/* isKustomizationFile */.yi)(file) || (0,classify/* isTemplate */.Fl)(file) || (0,classify/* isTestFile */.hl)(file))
            continue;
        const yaml = snapshot.yaml(file);
        const text = snapshot.text(file);
        if (yaml && text !== undefined)
            out.push({ file, dev: (0,classify/* isDevOnly */.uL)(file), literals: (0,repo_k8s/* kustomizeLiterals */.y_)(yaml.docs, text) });
    }
    return out;
});
/**
 * Environment variables with literal values set in deploy configuration: `.env` files, compose
 * `environment`, Kubernetes container `env` and ConfigMap `data`, kustomize generator literals, fly.toml `[env]` and render.yaml `envVars`,
 * and the final Dockerfile stage's `ENV`; a compose `env_file` whatever its name. Templates and test folders are skipped.
 */
const configEnv = (0,snapshot/* perView */.DN)(function configEnv(snapshot) {
    const out = [];
    for (const f of snapshot.envFiles()) {
        if ((0,classify/* isTemplate */.Fl)(f.path) || (0,classify/* isTestFile */.hl)(f.path))
            continue;
        for (const e of f.entries)
            out.push({ key: e.key, value: e.value, file: f.path, line: e.line, column: e.valueColumn, dev: (0,classify/* isDevOnly */.uL)(f.path) });
    }
    // Compose values once per location, where they are written (an `extends` base or a merge-key anchor
    // serves several services); development-only when every service reaching it is (file or profile).
    const composed = new Map();
    for (const cf of snapshot.composeFiles()) {
        if ((0,classify/* isTemplate */.Fl)(cf.path) || (0,classify/* isTestFile */.hl)(cf.path))
            continue;
        for (const svc of cf.services) {
            const dev = (0,repo_compose/* composeDevOnly */.kZ)(svc) !== null;
            for (const e of (0,repo_compose/* composeEnvironment */.EX)(svc)) {
                if (e.value === null)
                    continue;
                const at = svc.origin(e.path);
                if ((0,classify/* isTemplate */.Fl)(at.file) || (0,classify/* isTestFile */.hl)(at.file))
                    continue;
                const key = `${at.file}:${at.line}:${at.column}`;
                const prev = composed.get(key);
                if (prev) {
                    prev.dev &&= dev || (0,classify/* isDevOnly */.uL)(at.file);
                    continue;
                }
                composed.set(key, { key: e.key, value: e.value, file: at.file, line: at.line, column: at.column, dev: dev || (0,classify/* isDevOnly */.uL)(at.file) });
            }
            // An `env_file` not named like an env file (cookiecutter-django's `.envs/.production/.django`): read as one.
            for (const p of (0,repo_compose/* composeEnvFiles */.Df)(svc)) {
                const f = (0,classify/* isEnvFile */.qb)(p) || (0,classify/* isTemplate */.Fl)(p) || (0,classify/* isTestFile */.hl)(p) ? undefined : snapshot.envFileAt(p);
                for (const e of f?.entries ?? []) {
                    const key = `${p}:${e.line}:${e.valueColumn}`;
                    const prev = composed.get(key);
                    if (prev) {
                        prev.dev &&= dev || (0,classify/* isDevOnly */.uL)(p);
                        continue;
                    }
                    composed.set(key, { key: e.key, value: e.value, file: p, line: e.line, column: e.valueColumn, dev: dev || (0,classify/* isDevOnly */.uL)(p) });
                }
            }
        }
    }
    out.push(...composed.values());
    for (const obj of snapshot.k8sObjects()) {
        if ((0,classify/* isTemplate */.Fl)(obj.file) || (0,classify/* isTestFile */.hl)(obj.file))
            continue;
        for (const e of (0,repo_k8s/* configMapData */.LS)(obj))
            out.push({ key: e.key, value: e.value, file: obj.file, line: e.line, column: e.column, dev: false });
        for (const e of (0,repo_k8s/* containerEnv */.jY)(obj))
            out.push({ key: e.name, value: e.value, file: obj.file, line: e.line, column: e.column, dev: false });
    }
    // What kustomize generates (`configMapGenerator`/`secretGenerator` literals: `- CORS_ALLOWED_ORIGINS=*`), read like a ConfigMap's data.
    for (const k of kustomizeEnv(snapshot))
        for (const e of k.literals)
            out.push({ key: e.key, value: e.value, file: k.file, line: e.line, column: e.column, dev: k.dev });
    for (const e of platformEnv(snapshot))
        out.push({ key: e.key, value: e.value, file: e.file, line: e.line, column: e.column, dev: e.dev });
    for (const df of snapshot.dockerfiles()) {
        if (!df.final || (0,classify/* isTemplate */.Fl)(df.path) || (0,classify/* isTestFile */.hl)(df.path))
            continue;
        // The last ENV of each name: a later `ENV CORS_ORIGINS=https://app.example.com` replaces an inherited `*`.
        for (const e of (0,dockerfile/* shippedEnv */.pN)(df, df.final))
            if (e.value !== null)
                out.push({ key: e.name, value: e.value, file: df.path, line: e.line, column: e.column, dev: (0,classify/* isDevOnly */.uL)(df.path) });
    }
    return out;
});

;// CONCATENATED MODULE: ./lib/checks/util/spring.js
/**
 * Spring Boot configuration files (`application.properties`, `application-prod.yml`): their settings as
 * flat canonical keys (`server.ssl.enabled-protocols`), with lines and the profile each applies to.
 */


const SPRING_CONFIG = /^application(?:-([^/]+))?\.(?:properties|ya?ml)$/i;
/** `application.properties`, `application.yml`, `application-prod.yaml`. */
const isSpringConfig = (path) => SPRING_CONFIG.test((0,classify/* basename */.P8)(path));
/** The profile a Spring configuration file is for by name (`application-prod.yml` → `prod`), or null for the base file. */
function springFileProfile(path) {
    return SPRING_CONFIG.exec((0,classify/* basename */.P8)(path))?.[1] ?? null;
}
const DEV_PROFILE_WORD = classify/* DEV_WORD */.b3;
/**
 * Whether a profile (or profile expression) is for development or tests only: `dev`, `local`, `dev-alice`,
 * `dev,local`, `dev & docker`. Not `prod`, `!prod`, `dev | prod`.
 */
function isDevProfile(profile) {
    if (profile === null || profile.includes('!'))
        return false;
    const alternatives = profile.split(/[|,]/).map((a) => a.trim()).filter(Boolean);
    return alternatives.length > 0 && alternatives.every((a) => a.split(/[\s&()]+/).some((w) => w.split(/[-_.]/).some((p) => DEV_PROFILE_WORD.test(p))));
}
/** Spring's relaxed binding: `enabledProtocols`, `enabled_protocols` and `ENABLED-PROTOCOLS` are `enabled-protocols`. */
const canonical = (key) => key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/_/g, '-');
/** The keys that put a document under a profile. */
const PROFILE_KEY = /^spring\.(?:config\.activate\.on-profile|profiles)$/;
/** Bounds on a YAML walk: depth and settings per file. */
const MAX_DEPTH = 32;
const MAX_SETTINGS = 20_000;
/** The settings of a Spring configuration file (properties or YAML, every document). Never throws. */
function springSettings(path, text) {
    const docs = /\.properties$/i.test(path) ? propertiesDocs(text) : yamlDocs(path, text);
    const out = [];
    for (const doc of docs) {
        const profile = doc.find((s) => PROFILE_KEY.test(s.key))?.value ?? null;
        for (const s of doc)
            out.push({ ...s, profile });
    }
    return out;
}
/** `key=value`, `key: value`, `key value`; `#`/`!` comments; `#---` separates documents; `\` continues a line. */
function propertiesDocs(text) {
    const docs = [[]];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const first = i;
        let l = lines[i];
        if (/^[#!]---\s*$/.test(l)) {
            docs.push([]);
            continue;
        }
        if (/^\s*(?:[#!]|$)/.test(l))
            continue;
        while (/(?:^|[^\\])(?:\\\\)*\\$/.test(l) && i + 1 < lines.length)
            l = l.slice(0, -1) + lines[++i].trimStart();
        const m = /^(\s*)((?:[^\s=:\\]|\\.)+)\s*[=:\s]\s*(.*)$/.exec(l) ?? /^(\s*)((?:[^\s=:\\]|\\.)+)()$/.exec(l);
        if (!m)
            continue;
        docs.at(-1).push({ key: canonical(m[2]), value: m[3].trim(), line: first + 1, column: m[1].length + 1 });
    }
    return docs;
}
/** Every scalar of every document under its dotted key; a list of scalars is one setting (`a, b`) at its key. */
function yamlDocs(path, text) {
    const docs = [];
    for (const doc of (0,yaml/* parseYaml */.hN)(path, text).docs) {
        const out = [];
        const walk = (value, keys, depth) => {
            if (depth > MAX_DEPTH || out.length >= MAX_SETTINGS)
                return;
            const at = () => doc.loc(keys, true);
            if ((0,yaml/* isObject */.Gv)(value)) {
                for (const [k, v] of Object.entries(value))
                    walk(v, [...keys, k], depth + 1);
            }
            else if (Array.isArray(value)) {
                if (value.every((v) => v === null || typeof v !== 'object')) {
                    const loc = at();
                    if (loc)
                        out.push({ key: spring_name(keys), value: value.filter((v) => v !== null).join(', '), ...loc });
                }
                else {
                    value.forEach((v, i) => walk(v, [...keys, i], depth + 1));
                }
            }
            else if (value !== null && value !== undefined && keys.length) {
                const loc = at();
                if (loc)
                    out.push({ key: spring_name(keys), value: String(value), ...loc });
            }
        };
        walk(doc.value, [], 0);
        docs.push(out);
    }
    return docs;
}
function spring_name(keys) {
    let out = '';
    for (const k of keys)
        out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${canonical(k)}`;
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/util/groups.js







/**
 * Env files that configure a deployed environment by name: `.env.production`, `.env.prod`, `.env.staging`,
 * `.env.live` (and their `.local` variants), `production.env`, `prod.env`, `staging.env`. The checks that read
 * deploy env files (`debug-mode`, `default-credentials`) share this one list.
 */
const PROD_ENV_FILE = /^(?:\.env\.(?:prod|production|staging|live)(?:\.local)?|(?:prod|production|staging)\.env)$/i;
const isProductionEnvFile = (path) => PROD_ENV_FILE.test((0,classify/* basename */.P8)(path));
/**
 * Compose services grouped by directory and service name: `docker-compose.yml` and the overlays
 * next to it (`docker-compose.prod.yml`) describe the same service and are merged at deploy time.
 * Files reached only through `extends.file` are bases, judged through the services that extend them.
 * The first member is the one to point at (the base file's definition).
 */
/**
 * The compose files whose services run: named like compose files, `include:`d by one, or compose files by
 * content (`production.yml`); not templates or test fixtures (a compose file named for tests is judged as development-only). Files reached only through `extends.file` are bases,
 * judged through the services that extend them.
 */
const judgedComposeFiles = (0,snapshot/* perView */.DN)(function judgedComposeFiles(snapshot) {
    return snapshot.composeFiles().filter((cf) => ((0,classify/* isComposeFile */.Pv)(cf.path) || cf.includedBy || cf.byContent) && !cf.extendedBy && !(0,classify/* isTemplate */.Fl)(cf.path) && (!(0,classify/* isTestFile */.hl)(cf.path) || testByNameOnly(cf.path)));
});
/**
 * A compose file that is a test file only by its name (`docker-compose.test.yml`, not one under `tests/`):
 * development-only like `.dev`/`.ci`, so it is judged and its findings are notes.
 */
const testByNameOnly = (path) => (0,classify/* isComposeFile */.Pv)(path) && (0,classify/* isDevOnly */.uL)(path) && !(0,classify/* isTestFile */.hl)((0,classify/* dirname */.pD)(path) ? `${(0,classify/* dirname */.pD)(path)}/compose.yml` : 'compose.yml');
/**
 * The variables compose interpolates a compose file with (`${PG_PORT:-5432}`): the committed `.env`
 * beside it, in its project directory (the shell environment at deploy time is not known here).
 */
function composeDotenv(snapshot, composeFile) {
    return new Map((composeDotenvFile(snapshot, composeFile)?.entries ?? []).map((e) => [e.key, e.value]));
}
/** The committed `.env` compose interpolates `composeFile` with (see `composeDotenv`), with its positions. */
function composeDotenvFile(snapshot, composeFile) {
    const d = (0,classify/* dirname */.pD)(composeFile);
    return snapshot.envFileAt(d ? `${d}/.env` : '.env');
}
/**
 * The `.env` entry a compose value that is one whole variable reference takes its value from
 * (`POSTGRES_PASSWORD: ${POSTGRES_PW}`, `$DB_PASSWORD`, `${DB_PASSWORD:-x}` when `.env` sets it non-empty),
 * or of the entry's own `key` when it has no value (`- POSTGRES_PASSWORD`); null: a value with text around the
 * reference, or a variable `.env` does not set.
 */
function dotenvEntryFor(value, dotenv, key) {
    if (!dotenv)
        return null;
    // A bare entry (`- POSTGRES_PASSWORD`, `POSTGRES_PASSWORD:`) takes its value from the shell or the project's `.env`
    // (Compose docs, "Set environment variables"), as `${POSTGRES_PASSWORD}` does.
    const m = value === null ? null : /^\s*\$(?:\{([A-Za-z_]\w*)(?::?[-?][^}]*)?\}|([A-Za-z_]\w*))\s*$/.exec(value);
    const name = value === null ? key : m ? m[1] ?? m[2] : undefined;
    if (name === undefined)
        return null;
    const entry = dotenv.entries.filter((e) => e.key === name).at(-1);
    return entry && entry.value !== '' ? entry : null;
}
/**
 * How a message names the compose services that reach one value (a YAML anchor merged into several, an
 * `extends` base, a shared env_file): `service 'web'`, `services 'web', 'worker'`.
 */
const namedServices = (names) => `${names.length > 1 ? 'services' : 'service'} ${names.map((n) => `'${n}'`).join(', ')}`;
/**
 * Compose values gathered by where they are written: a value several services reach (a YAML anchor merged with
 * `<<:`, an `extends` base, a shared `env_file`) is one entry there, naming every service that uses it. The first
 * service's `data` stays; the entry is development-only (`dev`: why) until a production service reaches it.
 */
function reachedByLocation() {
    const byPlace = new Map();
    return {
        add(at, envFile, service, dev, data) {
            const place = `${at.file}:${at.line}:${at.column}:${envFile}`;
            const prev = byPlace.get(place);
            if (!prev) {
                byPlace.set(place, { file: at.file, line: at.line, column: at.column, envFile, data, services: [{ name: service.name, file: service.file }], dev });
                return;
            }
            if (!prev.services.some((o) => o.name === service.name && o.file === service.file))
                prev.services.push({ name: service.name, file: service.file });
            if (dev === null)
                prev.dev = null;
        },
        values: () => [...byPlace.values()],
    };
}
const composeServiceGroups = (0,snapshot/* perView */.DN)(function composeServiceGroups(snapshot) {
    const groups = new Map();
    const included = includedProjects(snapshot);
    for (const cf of judgedComposeFiles(snapshot)) {
        // An `include:`d file's services join the including project: its overlays (`docker-compose.prod.yml`) merge over them.
        const project = included.get(cf.path) ?? (0,classify/* dirname */.pD)(cf.path);
        for (const svc of cf.services) {
            const key = `${project}\u0000${svc.name}`;
            groups.set(key, [...(groups.get(key) ?? []), svc]);
        }
    }
    const rank = (f) => ((0,classify/* isMainComposeFile */.AI)(f) || included.has(f) ? 0 : 1);
    return [...groups.values()].map((g) => g.sort((a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file)));
});
/** The project folder (the outermost including file's) of each compose file read because another names it in `include:`. */
const includedProjects = (0,snapshot/* perView */.DN)(function includedProjects(snapshot) {
    const by = new Map(snapshot.composeFiles().flatMap((cf) => (cf.includedBy ? [[cf.path, cf.includedBy]] : [])));
    const out = new Map();
    for (const [file, first] of by) {
        let top = first;
        for (let i = 0; i < 32 && by.has(top) && by.get(top) !== file; i++)
            top = by.get(top);
        out.set(file, (0,classify/* dirname */.pD)(top));
    }
    return out;
});
/** Each service's group (composeServiceGroups), looked up per service and variable: a map, not a scan of every group. */
const composeGroupOf = (0,snapshot/* perView */.DN)((snapshot) => new Map(composeServiceGroups(snapshot).flatMap((g) => g.map((s) => [s, g]))));
/**
 * The production overlay (`docker-compose.prod.yml` beside `docker-compose.yml`) that replaces what the
 * base file's service sets, as `has` asks of it (its command, an environment variable…): deployed
 * together (`-f docker-compose.yml -f docker-compose.prod.yml`), the base's value never runs in
 * production. Null for a service that is not in a base file, or that no production overlay overrides.
 */
function overriddenInProduction(snapshot, svc, has) {
    if (!(0,classify/* isMainComposeFile */.AI)(svc.file) && !includedProjects(snapshot).has(svc.file))
        return null;
    const group = composeGroupOf(snapshot).get(svc);
    const over = group?.find((m) => m !== svc && m.file !== svc.file && !(0,classify/* isDevOnly */.uL)(m.file) && !m.devEnvironment && has(m));
    return over ? over.file : null;
}
/** How checks that judge compose environment values document {@link composeEnvReach} (one wording for their docs). */
const COMPOSE_ENV_REACH_DOC = 'Compose values are judged as they reach the container: a variable the service\'s own `environment:` sets (with a value; a bare `- KEY` passes the deploy shell\'s through) replaces what its `env_file` gives, and a later env_file replaces an earlier one, so the replaced value is not judged; one that a production overlay (`docker-compose.prod.yml` beside `docker-compose.yml`) sets again is an `info` note; on a service that `extends` another, `!override`/`!reset` replace or remove what the base sets (`environment: !override {…}`).';
/**
 * Which of the values a compose service's environment is written with reach its container, for the checks that
 * judge those values (`debug-mode`, `default-credentials`), the way compose merges them: the service's own
 * `environment:` wins over its `env_file:` for the same variable, a later env_file over an earlier one, and a
 * production overlay's `environment:` (`docker-compose.prod.yml` beside `docker-compose.yml`, see
 * overriddenInProduction) over the base file's values.
 */
function composeEnvReach(snapshot, svc) {
    // A bare `- KEY` takes its value from the deploy shell: it may be unset there, so it replaces nothing for sure.
    const own = new Set((0,repo_compose/* composeEnvironment */.EX)(svc).filter((e) => e.value !== null).map((e) => e.key));
    const files = (0,repo_compose/* composeEnvFiles */.Df)(svc);
    const production = (key) => {
        const over = overriddenInProduction(snapshot, svc, (m) => (0,repo_compose/* composeEnvironment */.EX)(m).some((e) => e.key === key));
        return over ? `overridden by ${over} for production` : null;
    };
    return {
        environment: production,
        envFile(file, key) {
            if (own.has(key))
                return false;
            if (files.slice(files.lastIndexOf(file) + 1).some((p) => snapshot.envFileAt(p)?.entries.some((e) => e.key === key)))
                return false;
            return production(key);
        },
    };
}
/** Dockerfiles production compose services build from (`build.dockerfile`, relative to the build context). */
const composeBuilt = (0,snapshot/* perView */.DN)(function composeBuilt(snapshot) {
    const out = new Set();
    // Production's: not a development-only file (docker-compose.dev.yml, .ci.yml, the override) nor a development profile's service.
    for (const cf of judgedComposeFiles(snapshot))
        for (const svc of cf.services) {
            if ((0,classify/* isDevOnly */.uL)(cf.path) || (0,repo_compose/* composeDevOnly */.kZ)(svc) !== null)
                continue;
            const b = (0,repo_compose/* composeBuild */.FI)(cf.path, svc);
            if (b)
                out.add(b.dockerfile);
        }
    return out;
});
/**
 * A Dockerfile that builds no production image: under a test or example folder (isTestDockerfile), unless a
 * judged compose file builds a service from it (`build.dockerfile: tests/docker/Dockerfile` is production's).
 */
function isIllustrationDockerfile(snapshot, path) {
    return (0,classify/* isTestDockerfile */.ZT)(path) && !composeBuilt(snapshot).has(path);
}
/**
 * The members of a group that speak for production (a development overlay does not), or the whole
 * group when it is development-only (`dev`: its findings are notes; `devReason` says why, for
 * messages). A group whose production members put the service only in development/tooling
 * profiles (`profiles: [dev]`, see composeDevOnly) is development-only too.
 */
function judgedServices(group) {
    const prod = group.filter((s) => !(0,classify/* isDevOnly */.uL)(s.file) && !s.devEnvironment);
    // No production member: each is in a development file or environment, and composeDevOnly says which.
    if (!prod.length)
        return { judged: group, dev: true, devReason: (0,repo_compose/* composeDevOnly */.kZ)(group[0]) };
    // Overlays replace `profiles`: the members that declare them decide.
    const declaring = prod.filter((s) => Array.isArray(s.value['profiles']) && s.value['profiles'].length > 0);
    const profiled = declaring.length > 0 && declaring.every((s) => (0,repo_compose/* devProfiles */.Iu)(s.value) !== null) ? (0,repo_compose/* composeDevOnly */.kZ)(declaring[0]) : null;
    return { judged: prod, dev: profiled !== null, devReason: profiled };
}
/**
 * Judges compose groups for a property: production files must provide it (a development overlay
 * does not count for production). Returns the failing groups' target service and whether the
 * whole group is development-only (→ note, `devReason` saying why).
 */
function composeMissing(snapshot, has) {
    const out = [];
    for (const group of composeServiceGroups(snapshot)) {
        const { judged, dev, devReason } = judgedServices(group);
        if (judged.some(has))
            continue;
        out.push({ svc: judged[0], dev, devReason });
    }
    return out;
}
function addVariant(set, w) {
    if (!w.overlays.length)
        set.solo = true;
    for (const o of w.overlays)
        if (!set.overlays.includes(o))
            set.overlays.push(o);
}
/**
 * How a message names the kustomize overlays that deploy a workload variant (` in kustomize overlay
 * overlays/staging`), so a reviewer knows which overlay to fix; '' for a definition judged on its own
 * (or a finding that holds for it too).
 */
function overlayNote(w) {
    if (!w.overlays.length || w.solo)
        return '';
    const names = w.overlays.map((o) => o || '.');
    return ` in kustomize overlay${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
}
/**
 * Strategic merge of one field over layers, later layers winning: a value replaces what was there,
 * `null` or `$patch: delete` removes it, `$patch: replace` on a mapping drops what earlier layers
 * set under it, and a mapping replaces a non-mapping value written before it. `removed` says which
 * layer removed a value an earlier one set, when the field ends up unset that way.
 */
function mergeField(layers, keys) {
    let out = null;
    let removed = null;
    for (const layer of layers) {
        let node = layer.node;
        for (let d = 0; d < keys.length; d++) {
            if (node['$patch'] === 'replace' && out) {
                out = null;
                removed = { object: layer.object, path: [...layer.path, ...keys.slice(0, d), '$patch'] };
            }
            const v = node[keys[d]];
            if (v === undefined)
                break;
            if (v === null || ((0,yaml/* isObject */.Gv)(v) && v['$patch'] === 'delete')) {
                if (out)
                    removed = { object: layer.object, path: [...layer.path, ...keys.slice(0, d + 1)] };
                out = null;
                break;
            }
            const path = [...layer.path, ...keys.slice(0, d + 1)];
            if (d === keys.length - 1 || !(0,yaml/* isObject */.Gv)(v)) {
                out = { setting: { value: v, object: layer.object, path, readable: d === keys.length - 1 }, depth: d };
                removed = null;
                break;
            }
            if (out && !out.setting.readable && out.depth === d)
                out = null;
            node = v;
        }
    }
    return { setting: out?.setting ?? null, removed: out ? null : removed };
}
const mergedField = (layers, keys) => mergeField(layers, keys).setting;
/** Merges a workload's objects in order (definition first) into what the cluster runs. */
function mergeWorkload(objects, template, overlays = []) {
    const pods = [];
    const merged = new Map();
    for (const obj of objects) {
        const ps = (0,repo_k8s/* podSpec */.f0)(obj);
        if (!ps)
            continue;
        pods.push({ node: ps.spec, object: obj, path: ps.path });
        for (const field of ['initContainers', 'containers']) {
            const list = ps.spec[field];
            // `- $patch: replace` in a patch's list: its containers replace the earlier ones.
            if (!Array.isArray(list) || !list.some((e) => (0,yaml/* isObject */.Gv)(e) && e['$patch'] === 'replace'))
                continue;
            for (const key of [...merged.keys()])
                if (key.startsWith(`${field === 'initContainers'}\u0000`))
                    merged.delete(key);
        }
        for (const c of (0,repo_k8s/* containers */.l8)(obj)) {
            const key = `${c.init}\u0000${c.name}`;
            if (c.container['$patch'] === 'delete') {
                merged.delete(key);
                continue;
            }
            merged.set(key, [...(merged.get(key) ?? []), c]);
        }
    }
    return {
        object: objects[0],
        objects,
        template,
        overlays,
        pod: (...keys) => mergedField(pods, keys),
        podRemoved: (...keys) => mergeField(pods, keys).removed,
        containers: [...merged.values()].map((parts) => {
            const layers = parts.map((c) => ({ node: c.container, object: c.object, path: c.path }));
            return { name: parts[0].name, init: parts[0].init, at: parts[0], parts, get: (...keys) => mergedField(layers, keys), removed: (...keys) => mergeField(layers, keys).removed };
        }),
    };
}
/** Files that a kustomization applies as strategic-merge patches → the folder of that kustomization (the overlay). */
const kustomizePatchFiles = (0,snapshot/* perView */.DN)(function kustomizePatchFiles(snapshot) {
    const out = new Map();
    for (const f of snapshot.files) {
        if (!(0,repo_k8s/* isKustomizationFile */.yi)(f))
            continue;
        const dir = (0,classify/* dirname */.pD)(f);
        for (const doc of snapshot.yaml(f)?.docs ?? []) {
            const v = doc.value;
            if (!(0,yaml/* isObject */.Gv)(v))
                continue;
            const refs = [];
            if (Array.isArray(v['patchesStrategicMerge']))
                refs.push(...v['patchesStrategicMerge']);
            if (Array.isArray(v['patches']))
                for (const p of v['patches'])
                    if ((0,yaml/* isObject */.Gv)(p))
                        refs.push(p['path']);
            for (const ref of refs) {
                // An inline patch (a YAML string in the kustomization) is not read.
                if (typeof ref !== 'string' || ref.includes('\n'))
                    continue;
                const file = (0,classify/* joinPath */.uJ)(dir, ref);
                if (file !== null && !out.has(file))
                    out.set(file, dir);
            }
        }
    }
    return out;
});
/**
 * Kustomizations by folder → the paths their `resources` (and `bases`) name, resolved from that
 * folder (remote and unresolvable references dropped). A kustomization named as a resource by
 * another one is an intermediate layer (a base or a shared overlay), not a deployment of its own.
 */
const kustomizations = (0,snapshot/* perView */.DN)(function kustomizations(snapshot) {
    const refs = new Map();
    // `components:` (kind: Component): patches that apply to the kustomization that lists them, never deployed alone.
    const components = new Map();
    const isComponent = new Set();
    for (const f of snapshot.files) {
        if (!(0,repo_k8s/* isKustomizationFile */.yi)(f))
            continue;
        const dir = (0,classify/* dirname */.pD)(f);
        const list = refs.get(dir) ?? [];
        for (const doc of snapshot.yaml(f)?.docs ?? []) {
            const v = doc.value;
            if (!(0,yaml/* isObject */.Gv)(v))
                continue;
            if (v['kind'] === 'Component')
                isComponent.add(dir);
            for (const field of ['resources', 'bases', 'components']) {
                const entries = v[field];
                if (!Array.isArray(entries))
                    continue;
                for (const r of entries) {
                    if (typeof r !== 'string' || r.includes('://') || r.includes('\n'))
                        continue;
                    const path = (0,classify/* joinPath */.uJ)(dir, r);
                    if (path === null)
                        continue;
                    list.push(path);
                    if (field === 'components')
                        components.set(dir, [...(components.get(dir) ?? []), path]);
                }
            }
        }
        refs.set(dir, list);
    }
    for (const list of components.values())
        for (const c of list)
            isComponent.add(c);
    const referenced = new Set();
    for (const list of refs.values())
        for (const r of list)
            if (refs.has(r))
                referenced.add(r);
    return { refs, referenced, components, isComponent };
});
/**
 * The repository files each kustomization (by folder) renders: its `resources`/`bases`/`components`
 * files, the files of the kustomizations they name (transitively, bounded), the files under a named
 * folder that has no kustomization, and the files it applies as patches. Its `images:` apply to these.
 */
const kustomizeRendered = (0,snapshot/* perView */.DN)(function kustomizeRendered(snapshot) {
    const kz = kustomizations(snapshot);
    const patches = new Map();
    for (const [file, dir] of kustomizePatchFiles(snapshot))
        patches.set(dir, [...(patches.get(dir) ?? []), file]);
    const out = new Map();
    const render = (dir, depth, seen) => {
        const done = out.get(dir);
        if (done)
            return done;
        const files = new Set(patches.get(dir) ?? []);
        if (depth > 16 || seen.has(dir))
            return files;
        seen.add(dir);
        for (const r of kz.refs.get(dir) ?? []) {
            if (snapshot.has(r))
                files.add(r);
            else if (kz.refs.has(r))
                for (const f of render(r, depth + 1, seen))
                    files.add(f);
            else
                for (const f of snapshot.files)
                    if (f.startsWith(`${r}/`) || r === '')
                        files.add(f);
        }
        seen.delete(dir);
        if (depth === 0)
            out.set(dir, files);
        return files;
    };
    for (const dir of kz.refs.keys())
        render(dir, 0, new Set());
    return out;
});
/**
 * The kustomizations between `from` and the base folder `base`, innermost first, when `from`
 * renders what `base` holds (directly, through a file of it, or through other kustomizations), else null.
 */
function kustomizeRoute(refs, from, base, files, seen = new Set()) {
    if (from === base)
        return [from];
    if (seen.has(from))
        return null;
    seen.add(from);
    for (const r of refs.get(from) ?? []) {
        if (files.has(r)) {
            if ((0,classify/* dirname */.pD)(r) === base)
                return [from];
            continue;
        }
        if (refs.has(r)) {
            const inner = kustomizeRoute(refs, r, base, files, seen);
            if (inner)
                return [...inner, from];
        }
        else if (within(r, base))
            return [from];
    }
    return null;
}
/** The overlay folder of a kustomize layout (`deploy/overlays/prod`) that a file lies in, or null. */
const overlayDir = (file) => /^((?:.*\/)?overlays\/[^/]+)\//.exec(file)?.[1] ?? null;
const within = (dir, inner) => dir === '' || inner === dir || inner.startsWith(`${dir}/`);
/**
 * The production variants of one workload (its objects across files, same kind and name). Full
 * definitions (objects that name a container image, outside `overlays/`, not applied as a patch by a
 * kustomization) are bases; the rest are patches, grouped by overlay (the kustomization that
 * applies them, else their `overlays/<name>` folder, else their folder). Each overlay's patches are
 * merged over the bases of its folder or above it (else over every base). Every other production
 * kustomization that renders a base through `resources` (an overlay with no patch for it, or only
 * patches that are not read) yields the base with the patches of the kustomizations in
 * between (possibly none); a base that nothing patches or renders stands alone. Identical variants
 * are kept once. Overlays made only of development files (`overlays/dev/`) are not production.
 */
function workloadVariants(members, patchFiles, kz, files) {
    const hasImage = (o) => (0,repo_k8s/* containers */.l8)(o).some((c) => typeof c.container['image'] === 'string');
    const full = members.filter((o) => !patchFiles.has(o.file) && hasImage(o));
    const outside = full.filter((o) => overlayDir(o.file) === null);
    const bases = outside.length ? outside : full.length ? full : [members[0]];
    // Full definitions chain per file and namespace: `web` in `staging` and `web` in `production`
    // in one file are two workloads, never one merged over the other; so are `deployment.staging.yaml`
    // and `deployment.production.yaml` in one folder (kubectl applies each whole, kustomize refuses
    // duplicates). Within one file the later full definition wins whole, as `kubectl apply` leaves it
    // (what only the earlier one set is gone: a pod `runAsNonRoot` there protects nothing).
    const chains = new Map();
    const chainKey = (o) => `${(0,classify/* dirname */.pD)(o.file)}\u0000${(0,repo_k8s/* namespaceOf */.N6)(o)}\u0000${o.file}`;
    const chainDir = (key) => key.slice(0, key.indexOf('\u0000'));
    for (const o of bases)
        chains.set(chainKey(o), [o]);
    const overlays = new Map();
    for (const o of members) {
        if (bases.includes(o))
            continue;
        const key = patchFiles.get(o.file) ?? overlayDir(o.file) ?? (0,classify/* dirname */.pD)(o.file);
        overlays.set(key, [...(overlays.get(key) ?? []), o]);
    }
    const out = [];
    const patched = new Set();
    // The patches of the components a kustomization lists (`components: [../../components/security]`) apply with its own.
    const withComponents = (dir) => [...(overlays.get(dir) ?? []), ...(kz.components.get(dir) ?? []).flatMap((c) => (c === dir ? [] : overlays.get(c) ?? []))];
    for (const [key] of overlays) {
        // A component is no deployment of its own: it is judged with the kustomizations that list it.
        if (kz.isComponent.has(key))
            continue;
        const patches = withComponents(key);
        if (patches.every((p) => (0,classify/* isDevOnly */.uL)(p.file)))
            continue;
        const related = [...chains.keys()].filter((c) => within(chainDir(c), key));
        for (const c of related.length ? related : [...chains.keys()]) {
            patched.add(c);
            out.push(mergeWorkload([...chains.get(c), ...patches], false, [key]));
        }
    }
    // Every other production kustomization that renders a base (`resources: [../../base]`, with no
    // patch of its own for this workload, or only patches not read) deploys it as the layers on its
    // way leave it: the base plus the patches of the kustomizations in between, possibly none.
    for (const k of kz.refs.keys()) {
        if (overlays.has(k) || kz.isComponent.has(k) || (0,classify/* isDevOnly */.uL)(`${k}/kustomization.yaml`))
            continue;
        if (kz.referenced.has(k) && overlayDir(`${k}/kustomization.yaml`) === null)
            continue;
        for (const c of chains.keys()) {
            if (k === chainDir(c))
                continue;
            const route = kustomizeRoute(kz.refs, k, chainDir(c), files);
            if (!route)
                continue;
            const patches = route.flatMap((d) => withComponents(d)).filter((p) => !(0,classify/* isDevOnly */.uL)(p.file));
            patched.add(c);
            out.push(mergeWorkload([...chains.get(c), ...patches], false, [k]));
        }
    }
    for (const [c, chain] of chains)
        if (!patched.has(c))
            out.push(mergeWorkload(chain, false));
    // One variant per distinct set of layers: overlays that render the same thing are judged once.
    const id = (o) => `${o.file}\u0000${o.docIndex}\u0000${o.item ?? ''}`;
    const distinct = new Map();
    for (const w of out) {
        const key = w.objects.map(id).join('\u0001');
        const seen = distinct.get(key);
        if (!seen)
            distinct.set(key, w);
        else
            for (const o of w.overlays)
                if (!seen.overlays.includes(o))
                    seen.overlays.push(o);
    }
    return [...distinct.values()];
}
/**
 * Helm chart templates that do not parse before rendering (skipped with an `info` note) and whose
 * text names a workload kind `kinds` matches (`kind: Deployment`): for skip reasons, which must not
 * say there is nothing to check when there is something that could not be read.
 */
function unparsedChartTemplates(snapshot, kinds) {
    snapshot.k8sObjects();
    return snapshot.files.filter((f) => {
        if (!/(?:^|\/)templates\/[^]*\.ya?ml$/i.test(f) || (0,classify/* isTemplate */.Fl)(f) || (0,classify/* isTestFile */.hl)(f))
            return false;
        const t = snapshot.text(f);
        if (t === undefined || !isHelmTemplate(f, t) || !t.includes('apiVersion'))
            return false;
        const m = /^[ \t]*kind:[ \t]*["']?(\w+)/m.exec(t);
        return m !== null && kinds.test(m[1]) && (snapshot.yaml(f)?.errors.length ?? 0) > 0;
    });
}
/** How a skip reason names chart templates that could not be read. */
function unparsedNote(files) {
    return `${files.length === 1 ? `a Helm chart template (${files[0]}) that does not` : `${files.length} Helm chart templates (${files[0]}, …) that do not`} parse before rendering, which ${files.length === 1 ? 'is' : 'are'} not judged`;
}
const json6902Patches = (0,snapshot/* perView */.DN)(function json6902Patches(snapshot) {
    const out = [];
    for (const f of snapshot.files) {
        if (!(0,repo_k8s/* isKustomizationFile */.yi)(f) || (0,classify/* isTemplate */.Fl)(f) || (0,classify/* isTestFile */.hl)(f))
            continue;
        const dir = (0,classify/* dirname */.pD)(f);
        for (const doc of snapshot.yaml(f)?.docs ?? []) {
            const v = doc.value;
            if (!(0,yaml/* isObject */.Gv)(v))
                continue;
            for (const field of ['patches', 'patchesJson6902']) {
                const entries = v[field];
                if (!Array.isArray(entries))
                    continue;
                entries.forEach((e, i) => {
                    const target = (0,yaml/* isObject */.Gv)(e) ? e['target'] : undefined;
                    if (!(0,yaml/* isObject */.Gv)(e) || !(0,yaml/* isObject */.Gv)(target) || typeof target['kind'] !== 'string' || typeof target['name'] !== 'string')
                        return;
                    let list;
                    let file = f;
                    let at = (_j) => doc.loc([field, i, 'patch'], true) ?? { line: 1, column: 1 };
                    if (typeof e['patch'] === 'string')
                        list = (0,yaml/* parseYaml */.hN)(f, e['patch']).docs[0]?.value;
                    else if (typeof e['path'] === 'string') {
                        const path = (0,classify/* joinPath */.uJ)(dir, e['path']);
                        const pdoc = path !== null ? snapshot.yaml(path)?.docs[0] : undefined;
                        if (!pdoc || path === null)
                            return;
                        file = path;
                        list = pdoc.value;
                        at = (j) => pdoc.loc([j]) ?? { line: 1, column: 1 };
                    }
                    // A strategic-merge patch (a mapping) is not an op list: those are read as objects.
                    if (!Array.isArray(list))
                        return;
                    const ops = list.flatMap((o, j) => ((0,yaml/* isObject */.Gv)(o) && typeof o['op'] === 'string' && typeof o['path'] === 'string' ? [{ op: o['op'], path: o['path'], value: o['value'], ...at(j) }] : []));
                    if (ops.length)
                        out.push({ kind: target['kind'], name: target['name'], group: typeof target['group'] === 'string' ? target['group'] : '', version: typeof target['version'] === 'string' ? target['version'] : 'v1', file, dir, ops });
                });
            }
        }
    }
    return out;
});
/**
 * A JSON 6902 patch as the strategic-merge layer it amounts to for the fields the checks read: its
 * `add`/`replace` (value) and `remove` (`null`) ops under the pod template, containers addressed by
 * index named as in the definition (`/spec/template/spec/containers/0/resources` → container `web`).
 * Ops on lists inside a container, appends (`containers/-`) and other paths are not read. Null when
 * no op applies.
 */
function json6902Object(p, base, index) {
    const prefix = p.kind === 'Pod' ? ['spec'] : p.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec'] : ['spec', 'template', 'spec'];
    const names = { containers: (0,repo_k8s/* containers */.l8)(base).filter((c) => !c.init).map((c) => c.name), initContainers: (0,repo_k8s/* containers */.l8)(base).filter((c) => c.init).map((c) => c.name) };
    const pod = {};
    // Where each op writes (its path in the layer → the op's position), so a finding points at the op that set the value.
    const where = new Map();
    let applied = 0;
    let first = null;
    for (const op of p.ops) {
        if (op.op !== 'add' && op.op !== 'replace' && op.op !== 'remove')
            continue;
        const segs = op.path.split('/').slice(1).map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (segs.length <= prefix.length || prefix.some((k, i) => segs[i] !== k))
            continue;
        let rest = segs.slice(prefix.length);
        let node = pod;
        let written = [...prefix];
        if (rest[0] === 'containers' || rest[0] === 'initContainers') {
            const name = /^\d+$/.test(rest[1] ?? '') ? names[rest[0]][Number(rest[1])] : undefined;
            if (name === undefined)
                continue;
            const list = (Array.isArray(pod[rest[0]]) ? pod[rest[0]] : (pod[rest[0]] = []));
            let c = list.find((x) => x['name'] === name);
            if (!c)
                list.push((c = { name }));
            written = [...written, rest[0], list.indexOf(c)];
            rest = rest.slice(2);
            if (!rest.length) {
                if (op.op !== 'remove' && (0,yaml/* isObject */.Gv)(op.value))
                    Object.assign(c, op.value, { name });
                where.set(JSON.stringify(written), op);
                applied++;
                first ??= op;
                continue;
            }
            node = c;
        }
        if (rest.some((k) => /^(?:\d+|-)$/.test(k)))
            continue;
        for (const k of rest.slice(0, -1))
            node = ((0,yaml/* isObject */.Gv)(node[k]) ? node[k] : (node[k] = {}));
        node[rest[rest.length - 1]] = op.op === 'remove' ? null : op.value;
        where.set(JSON.stringify([...written, ...rest]), op);
        applied++;
        first ??= op;
    }
    if (!applied || !first)
        return null;
    let value = pod;
    for (const k of [...prefix].reverse())
        value = { [k]: value };
    // A finding about a setting points at the op that wrote it or the mapping holding it (inline ops: the `patch:` key).
    const loc = (path) => {
        for (let n = path.length; n > 0; n--) {
            const op = where.get(JSON.stringify(path.slice(0, n)));
            if (op)
                return { line: op.line, column: op.column };
        }
        return { line: first.line, column: first.column };
    };
    return { file: p.file, docIndex: 100000 + index, apiVersion: p.group ? `${p.group}/${p.version}` : p.version, kind: p.kind, name: p.name, item: null, value: { ...value, metadata: { name: p.name } }, line: first.line, loc };
}
/**
 * Inline strategic-merge patches of kustomizations (`patches: [{ patch: |- <a manifest> }]`), as objects
 * of the kustomization file, located in its text (a block scalar's lines; else at the `patch:` key).
 */
const inlinePatchObjects = (0,snapshot/* perView */.DN)(function inlinePatchObjects(snapshot) {
    const out = [];
    for (const f of snapshot.files) {
        if (!(0,repo_k8s/* isKustomizationFile */.yi)(f) || (0,classify/* isTemplate */.Fl)(f) || (0,classify/* isTestFile */.hl)(f))
            continue;
        const lines = snapshot.lines(f) ?? [];
        for (const doc of snapshot.yaml(f)?.docs ?? []) {
            const v = doc.value;
            if (!(0,yaml/* isObject */.Gv)(v) || !Array.isArray(v['patches']))
                continue;
            v['patches'].forEach((e, i) => {
                if (!(0,yaml/* isObject */.Gv)(e) || typeof e['patch'] !== 'string')
                    return;
                const inner = (0,yaml/* parseYaml */.hN)(f, e['patch']).docs[0];
                if (!inner || !(0,yaml/* isObject */.Gv)(inner.value) || Array.isArray(inner.value))
                    return;
                const value = inner.value;
                const target = (0,yaml/* isObject */.Gv)(e['target']) ? e['target'] : {};
                const meta = (0,yaml/* isObject */.Gv)(value['metadata']) ? value['metadata'] : {};
                // With a target, kustomize patches the objects it names (and of its kind), whatever the patch's own metadata says.
                if (typeof target['name'] === 'string')
                    value['metadata'] = { ...meta, name: target['name'] };
                if (typeof target['kind'] === 'string')
                    value['kind'] = target['kind'];
                const key = doc.loc(['patches', i, 'patch'], true) ?? { line: 1, column: 1 };
                const block = /:\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(lines[key.line - 1] ?? '');
                const indent = block ? (/^\s*/.exec(lines[key.line] ?? '')?.[0].length ?? 0) : 0;
                const loc = (path, k) => {
                    const at = block ? inner.loc(path, k) : null;
                    return at ? { line: key.line + at.line, column: indent + at.column } : key;
                };
                const obj = (0,repo_k8s/* toK8sObject */.z)(f, { index: 200000 + i, value, loc, tag: () => null });
                if (obj)
                    out.push(obj);
            });
        }
    }
    return out;
});
const k8sWorkloads = (0,snapshot/* perView */.DN)(function k8sWorkloads(snapshot) {
    const patchFiles = new Map(kustomizePatchFiles(snapshot));
    const kz = kustomizations(snapshot);
    const groups = new Map();
    for (const obj of [...snapshot.k8sObjects(), ...inlinePatchObjects(snapshot)]) {
        if ((0,classify/* isTemplate */.Fl)(obj.file) || (0,classify/* isTestFile */.hl)(obj.file) || !(0,repo_k8s/* podSpec */.f0)(obj))
            continue;
        // An inline patch of a kustomization belongs to that kustomization's overlay.
        if ((0,repo_k8s/* isKustomizationFile */.yi)(obj.file) && !patchFiles.has(obj.file))
            patchFiles.set(obj.file, (0,classify/* dirname */.pD)(obj.file));
        const solo = `\u0001${obj.file}\u0000${obj.docIndex}\u0000${obj.item ?? ''}`;
        if (isHelmTemplate(obj.file, snapshot.text(obj.file))) {
            groups.set(solo, mergeWorkload([obj], true));
            continue;
        }
        const key = obj.name === null ? solo : `${(0,repo_k8s/* isKnative */.vh)(obj) ? 'knative:' : ''}${obj.kind}\u0000${obj.name}`;
        const g = groups.get(key);
        if (Array.isArray(g))
            g.push(obj);
        else
            groups.set(key, [obj]);
    }
    // JSON 6902 patches join the workload they target, as a layer of the kustomization that applies them.
    json6902Patches(snapshot).forEach((p, i) => {
        const g = groups.get(`${p.kind}\u0000${p.name}`);
        const base = Array.isArray(g) ? g.find((o) => (0,repo_k8s/* containers */.l8)(o).some((c) => typeof c.container['image'] === 'string')) : undefined;
        const obj = base ? json6902Object(p, base, i) : null;
        if (!obj || !Array.isArray(g))
            return;
        g.push(obj);
        if (!patchFiles.has(p.file))
            patchFiles.set(p.file, p.dir);
    });
    return [...groups.values()].flatMap((g) => (Array.isArray(g) ? workloadVariants(g, patchFiles, kz, snapshot) : [g]));
});

;// CONCATENATED MODULE: ./lib/checks/util/commands.js









function shellParts(script) {
    const out = [];
    let words = [];
    let word = '';
    let inWord = false;
    let joiner = ';';
    const endWord = () => { if (inWord)
        words.push(word); word = ''; inWord = false; };
    const endCommand = (next) => {
        endWord();
        if (words.length)
            out.push({ argv: words, joiner });
        words = [];
        joiner = next;
    };
    for (let i = 0; i < script.length; i++) {
        const c = script[i];
        if (c === '\\') {
            const n = script[i + 1];
            if (n === '\n') {
                i++;
                continue;
            }
            if (n !== undefined) {
                word += n;
                inWord = true;
                i++;
            }
            continue;
        }
        if (c === "'" || c === '"') {
            let stop = i + 1;
            while (stop < script.length && script[stop] !== c)
                stop += c === '"' && script[stop] === '\\' ? 2 : 1;
            stop = Math.min(stop, script.length);
            let body = script.slice(i + 1, stop);
            if (c === '"')
                body = body.replace(/\\(["\\$`])/g, '$1');
            word += body;
            inWord = true;
            i = stop;
            continue;
        }
        if (c === '#' && !inWord) {
            const nl = script.indexOf('\n', i);
            i = nl < 0 ? script.length : nl - 1;
            continue;
        }
        if ((c === '&' || c === '|') && script[i + 1] === c) {
            endCommand(c === '&' ? '&&' : '||');
            i++;
            continue;
        }
        if (c === '|') {
            endCommand('|');
            continue;
        }
        if (c === ';' || c === '&' || c === '\n' || c === '\r' || c === '(' || c === ')') {
            endCommand(';');
            continue;
        }
        if (c === ' ' || c === '\t') {
            endWord();
            continue;
        }
        word += c;
        inWord = true;
    }
    endCommand(';');
    return out;
}
/**
 * Splits a shell script into simple commands (POSIX-ish: quotes, backslashes, `&&`, `||`, `;`,
 * `|`, `&`, newlines, comments). Never throws; an unterminated quote ends the word.
 */
function shellCommands(script) {
    return shellParts(script).map((p) => p.argv);
}
const TEST_CMD = /^(\[|\[\[|test)$/;
/** `base` then `cd dir`: the folder reached (absolute when either is), `..` kept for the caller to resolve. */
const cdJoin = (base, dir) => (base === undefined ? dir : posixJoin(base, dir));
/**
 * The commands a script always runs: commands inside `if`/`case`/loops, after `||`, or after
 * `[ … ] &&` are dropped — a start script that runs `flask run` only in a development branch
 * does not start it in production (precision over recall). A `cd DIR` the script always runs moves
 * the commands after it (`cwd`); a `cd` to a computed folder (`cd "$(dirname "$0")"`) is not followed.
 */
function unconditional(parts) {
    const out = [];
    let depth = 0;
    let guarded = false;
    let cwd;
    for (const { argv, joiner } of parts) {
        const w = argv[0];
        if (joiner === ';' || joiner === '|')
            guarded = false;
        if (joiner === '||')
            guarded = true;
        if (/^(if|case|while|until|for|select)$/.test(w))
            depth++;
        else if (/^(fi|esac|done)$/.test(w))
            depth = Math.max(0, depth - 1);
        else if (TEST_CMD.test(w))
            guarded = true;
        else if (w === 'cd' && depth === 0 && !guarded) {
            const dir = skipOptions(argv.slice(1))[0];
            if (dir !== undefined && dir !== '-' && !/[$`~*?]/.test(dir))
                cwd = cdJoin(cwd, dir);
        }
        else if (depth === 0 && !guarded && !/^(then|else|elif|do|\{|\}|set|export|echo|printf|cd|source|\.)$/.test(w))
            out.push(cwd === undefined ? { argv } : { argv, cwd });
    }
    return out;
}
const SHELLS = /^(sh|bash|dash|ash|zsh)$/;
const HELP = ['-h', '--help', '--version'];
/** Whether option word `w` consumes the next word as its value. */
function takesValue(w, spec, unknown) {
    if (w.includes('='))
        return false;
    if (spec.values?.includes(w))
        return true;
    if (spec.flags?.includes(w) || w.startsWith('--no-'))
        return false;
    // `-p3000`: a short value option with its value attached.
    if (!w.startsWith('--') && w.length > 2 && spec.values?.includes(w.slice(0, 2)))
        return false;
    return unknown;
}
/** Indices of the operands (sub-command and arguments) of `args` under each reading of its options; one list when the readings agree. */
function operandReadings(args, spec = {}) {
    const read = (unknown) => {
        const out = [];
        for (let i = 0; i < args.length; i++) {
            const w = args[i];
            if (w === '--') {
                for (let j = i + 1; j < args.length; j++)
                    out.push(j);
                break;
            }
            if (w.length < 2 || w[0] !== '-') {
                out.push(i);
                continue;
            }
            const next = args[i + 1];
            if (next !== undefined && !next.startsWith('-') && takesValue(w, spec, unknown))
                i++;
        }
        return out;
    };
    const mode = spec.unknown ?? 'either';
    if (mode !== 'either')
        return [read(mode === 'value')];
    const asFlags = read(false);
    const asValues = read(true);
    return asFlags.join() === asValues.join() ? [asFlags] : [asFlags, asValues];
}
/** The operand words of `args` under each reading of its options. */
function operands(args, spec = {}) {
    return operandReadings(args, spec).map((r) => r.map((i) => args[i]));
}
/** Whether `test` holds for the sub-command (first operand, undefined when none) under every reading of the options. */
function subIs(args, spec, test) {
    return operands(args, spec).every((ops) => test(ops[0]));
}
/** The options before the first operand (a script or a sub-command), under each reading. */
function leadingOptions(args, spec) {
    return operandReadings(args, spec).map((r) => args.slice(0, r[0] ?? args.length).filter((w) => w.startsWith('-')));
}
/** Drops a wrapper's leading options (and their values, per `spec`; undeclared ones take none unless `unknown: 'value'`) up to the command it runs; `--` ends them. */
function skipOptions(args, spec = {}) {
    let i = 0;
    while (i < args.length && args[i].length > 1 && args[i].startsWith('-')) {
        if (args[i] === '--')
            return args.slice(i + 1);
        const next = args[i + 1];
        i += next !== undefined && !next.startsWith('-') && takesValue(args[i], spec, spec.unknown === 'value') ? 2 : 1;
    }
    return args.slice(i);
}
/** Wrappers followed directly by the command they run. */
const PLAIN_WRAPPERS = new Set(['exec', 'nohup', 'time', 'ddtrace-run', 'opentelemetry-instrument', 'newrelic-admin', 'run-program', 'npx', 'bunx', 'catchsegv', 'stdbuf', 'nice', 'ionice', 'setsid', 'cross-env', 'with-contenv']);
/** Wrappers whose first argument is a user or a value, then the command. */
const ONE_ARG_WRAPPERS = new Set(['gosu', 'su-exec', 'setuidgid', 'chroot', 's6-setuidgid']);
/** Wrappers that run a command given after `--` (or after their own options). */
const DASHDASH_WRAPPERS = new Set(['dotenv', 'tini', 'dumb-init', 'doppler', 'op', 'infisical', 'wait-for-it', 'wait-for-it.sh', 'wait-for', 'dockerize', 'chamber', 'aws-vault', 'envconsul', 'berglas', 'secrets-init', 'catatonit', 'pid1']);
/** Task runners: `poetry run X`, `uv run X`, `bundle exec X`, `pnpm exec X`. */
const RUNNERS = { poetry: 'run', pipenv: 'run', uv: 'run', pdm: 'run', hatch: 'run', rye: 'run', bundle: 'exec', pnpm: 'exec', yarn: 'exec', conda: 'run' };
/** Options of wrappers and runners that take a value (`nice -n 10 cmd`, `npx -p pkg cmd`, `conda run -n env cmd`). */
const WRAPPER_OPTIONS = {
    npx: { values: ['-p', '--package', '-c', '--call', '-w', '--workspace', '--prefix', '--registry', '--cache', '--userconfig'] },
    bunx: { values: ['-p', '--package'] },
    nice: { values: ['-n', '--adjustment'] },
    ionice: { values: ['-c', '--class', '-n', '--classdata', '-p', '--pid', '-P', '--pgid', '-u', '--uid'] },
    stdbuf: { values: ['-i', '-o', '-e', '--input', '--output', '--error'] },
    time: { values: ['-f', '--format', '-o', '--output'] },
    // Every option of opentelemetry-instrument sets a configuration value (`--traces_exporter otlp`).
    'opentelemetry-instrument': { flags: [...HELP], unknown: 'value' },
    dotenv: { values: ['-e', '-v', '-p'] },
    tini: { values: ['-p', '-e'] },
    'dumb-init': { values: ['-r', '--rewrite'] },
    // Go `flag` packages: everything but the booleans takes a value (`-wait tcp://db:5432 -timeout 60s`).
    dockerize: { flags: ['-no-overwrite', '-version', '-poll', '-help'], unknown: 'value' },
    envconsul: { flags: ['-once', '-pristine', '-sanitize', '-upcase', '-v', '-version', '-help'], unknown: 'value' },
    'secrets-init': { values: ['--provider', '-p', '--google-project'] },
    poetry: { values: ['-C', '--directory', '-P', '--project'] },
    uv: { values: ['--with', '--with-editable', '--with-requirements', '--python', '-p', '--env-file', '--extra', '--group', '--only-group', '--no-group', '--package', '--directory', '--project', '--index', '--index-url', '--default-index', '--extra-index-url', '--find-links', '-f', '--cache-dir', '--config-file', '--exclude-newer'] },
    pdm: { values: ['-p', '--project', '-g'] },
    conda: { values: ['-n', '--name', '-p', '--prefix', '--cwd'] },
    pnpm: { values: ['-C', '--dir', '--filter', '-F'] },
    bundle: { values: ['--gemfile'] },
};
const exeName = (w) => (0,classify/* basename */.P8)(w).replace(/\.exe$/i, '');
/**
 * Reduces one argv to the commands it really runs: leading assignments become `env`, wrappers
 * (`exec`, `env`, `tini --`, `gosu user`, `poetry run`…) are peeled off with their options (and
 * the options' values), and `sh -c "…"` scripts are split into their simple commands. Bounded in depth.
 */
function unwrap(argv, depth = 0) {
    const env = {};
    let a = [...argv];
    const script = (body) => unconditional(shellParts(body)).flatMap((part) => unwrap(part.argv, depth + 1).map((c) => {
        const cwd = c.cwd === undefined ? part.cwd : cdJoin(part.cwd, c.cwd);
        return { argv: c.argv, env: { ...env, ...c.env }, ...(cwd === undefined ? {} : { cwd }) };
    }));
    for (let guard = 0; guard < 16 && a.length; guard++) {
        const w = a[0];
        const name = exeName(w);
        const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w);
        if (assign) {
            env[assign[1]] = assign[2];
            a = a.slice(1);
            continue;
        }
        if (name === 'env') {
            a = skipOptions(a.slice(1), { values: ['-u', '--unset', '-C', '--chdir'] });
            continue;
        }
        if (SHELLS.test(name) && depth < 4) {
            const ci = a.findIndex((x, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(x));
            if (ci > 0 && a[ci + 1] !== undefined)
                return script(a[ci + 1]);
            // `sh start.sh args`: the script is the command (`bash -o pipefail start.sh`: `pipefail` is an option's value).
            const rest = skipOptions(a.slice(1), { values: ['-o', '-O', '--rcfile', '--init-file'] });
            if (rest.length) {
                a = rest;
                continue;
            }
            break;
        }
        if (PLAIN_WRAPPERS.has(name)) {
            const spec = WRAPPER_OPTIONS[name] ?? {};
            if (name === 'exec') {
                a = a.slice(1);
                while (a.length && /^-[acl]+$/.test(a[0]))
                    a = a.slice(a[0] === '-a' ? 2 : 1);
                continue;
            }
            // `npx -c 'vite --host'` runs a command line.
            if (name === 'npx' && depth < 4) {
                const i = a.findIndex((x, k) => k > 0 && (x === '-c' || x === '--call' || x.startsWith('--call=')));
                if (i > 0 && skipOptions(a.slice(1, i), spec).length === 0) {
                    const body = a[i].startsWith('--call=') ? a[i].slice(7) : a[i + 1];
                    if (body !== undefined)
                        return script(body);
                }
            }
            a = skipOptions(a.slice(1), spec);
            continue;
        }
        if (ONE_ARG_WRAPPERS.has(name)) {
            a = a.slice(2);
            continue;
        }
        if (DASHDASH_WRAPPERS.has(name)) {
            const dd = a.indexOf('--');
            if (dd > 0) {
                a = a.slice(dd + 1);
                continue;
            }
            a = skipOptions(a.slice(1), WRAPPER_OPTIONS[name]);
            continue;
        }
        if (RUNNERS[name] && a[1] === RUNNERS[name]) {
            a = skipOptions(a.slice(2), WRAPPER_OPTIONS[name]);
            continue;
        }
        break;
    }
    return a.length ? [{ argv: a, env }] : [];
}
const VALUE_OPTS_PY = new Set(['-W', '-X', '-Q']);
const isPythonExe = (n) => /^python(\d+(\.\d+)?)?$/.test(n) || n === 'pypy3' || n === 'pypy';
/** The first of `flags` given (`--flag` or `--flag=value`), as its name. */
const firstFlag = (argv, ...flags) => argv.map((x) => x.split('=')[0]).find((x) => flags.includes(x));
const hasFlag = (argv, ...flags) => firstFlag(argv, ...flags) !== undefined;
/**
 * How the dev-server CLIs read their options (from their documentation and argument parsers:
 * cac/mri, commander, yargs, click, argparse, cobra). Only what decides the sub-command matters:
 * options that take a value, and the flags that would otherwise be ambiguous.
 */
const CLI = {
    vite: {
        values: ['--host', '--port', '--config', '-c', '--base', '--logLevel', '--log-level', '-l', '--mode', '-m', '--filter', '-f', '--debug', '-d', '--open', '--outDir', '--out-dir', '--assetsDir', '--assets-dir', '--assetsInlineLimit', '--ssr', '--sourcemap', '--minify', '--manifest', '--ssrManifest', '--target', '--configLoader', '--config-loader'],
        flags: ['--strictPort', '--strict-port', '--cors', '--force', '--clearScreen', '--clear-screen', '--emptyOutDir', '--empty-out-dir', '--watch', '-w', '--app', '--profile', '-v', ...HELP],
    },
    next: {
        values: ['-p', '--port', '-H', '--hostname', '--keepAliveTimeout', '--experimental-https-key', '--experimental-https-cert', '--experimental-https-ca', '--experimental-upload-trace'],
        flags: ['--turbo', '--turbopack', '--webpack', '--experimental-https', '--inspect', '-d', '--debug', '--profile', '--experimental-app-only', '-v', ...HELP],
    },
    nuxt: { values: ['--cwd', '--rootDir', '--port', '-p', '--host', '--dotenv', '--envName', '--logLevel', '--extends', '-e', '--config-file'], flags: ['--https', '--open', '-o', '--public', '--qr', '--clipboard', '--tunnel', '--fork', ...HELP] },
    'webpack-dev-server': { values: ['--config', '-c', '--mode', '--env', '--port', '--host', '--static'] },
    webpack: { values: ['--mode', '--config', '-c', '--env', '--entry', '-o', '--output-path', '--port', '--host', '--node-env', '--config-name', '--name', '--target', '-t', '--devtool', '-d'], flags: ['--watch', '-w', '--hot', '--open', '--progress', '--merge', '-m', ...HELP] },
    ng: { values: ['--host', '--port', '--configuration', '-c', '--project', '--proxy-config', '--base-href', '--deploy-url', '--public-host', '--ssl-key', '--ssl-cert', '--serve-path', '--build-target', '--allowed-hosts'], flags: ['--open', '-o', '--ssl', '--watch', '--live-reload', '--hmr', '--verbose', ...HELP] },
    'vue-cli-service': { values: ['--mode', '--port', '--host', '--public', '--dest', '--target', '--name', '--filename', '--skip-plugins'], flags: ['--open', '--copy', '--https', '--watch', '--report', '--modern', ...HELP] },
    astro: { values: ['--root', '--config', '--host', '--port', '--site', '--base', '--mode'], flags: ['--open', '--verbose', '--silent', '--force', ...HELP] },
    remix: { values: ['--port', '-p', '--config', '-c'], flags: ['--manual', ...HELP] },
    wrangler: { values: ['--port', '--ip', '--env', '-e', '--config', '-c', '--local-protocol', '--inspector-port', '--persist-to', '--var', '--define', '--compatibility-date', '--name', '--main'], flags: ['--local', '--remote', '--live-reload', ...HELP] },
    gatsby: { values: ['-H', '--host', '-p', '--port', '--open-tracing-config-file'], flags: ['-o', '--open', '-S', '--https', '--verbose', ...HELP] },
    ember: { values: ['--port', '-p', '--host', '--environment', '-e', '--proxy', '--live-reload-port', '--output-path', '--path'], flags: ['--live-reload', '--ssl', ...HELP] },
    parcel: { values: ['--port', '-p', '--host', '--dist-dir', '-d', '--public-url', '--cache-dir', '--config', '--target', '--log-level', '--cert', '--key', '--hmr-port', '--hmr-host', '--reporter', '--watch-dir', '--watch-backend', '--out-dir', '-o', '--out-file'], flags: ['--https', '--open', '--no-hmr', '--no-cache', '--no-source-maps', '--no-autoinstall', '--no-content-hash', '--no-optimize', '--no-scope-hoist', '--profile', '--trace', '--lazy', '--watch-for-stdin', '-V', ...HELP] },
    docusaurus: { values: ['--port', '--host', '--locale', '--config', '--out-dir', '--dir'], flags: ['--hot-only', '--no-open', '--no-minify', '--poll', ...HELP] },
    symfony: { values: ['--port', '--dir', '--document-root', '--passthru', '--p12', '--listen-ip'], flags: ['-d', '--daemon', '--no-tls', '--allow-http', '--allow-all-ip', '--no-humanize', '--use-gzip', '--no-workers', '--allow-cors', '-q', '--quiet', ...HELP] },
    hugo: { values: ['-s', '--source', '-d', '--destination', '--config', '-e', '--environment', '--themesDir', '-b', '--baseURL', '--cacheDir', '--contentDir', '-c', '--logLevel', '-t', '--theme', '--bind', '-p', '--port', '--configDir', '--layoutDir'], flags: ['-D', '--buildDrafts', '-F', '--buildFuture', '-E', '--buildExpired', '--minify', '--gc', '-w', '--watch', '--disableFastRender', '--navigateToChanged', '--appendPort', ...HELP] },
    jekyll: { values: ['-s', '--source', '-d', '--destination', '--config', '-H', '--host', '-P', '--port', '-b', '--baseurl', '--livereload-port', '--plugins', '-p', '--layouts'], flags: ['-w', '--watch', '-l', '--livereload', '-I', '--incremental', '-D', '--drafts', '--future', '-t', '--trace', '--safe', ...HELP] },
    dotnet: { values: ['--roll-forward', '--additionalprobingpath', '--depsfile', '--runtimeconfig', '--fx-version', '--additional-deps'], flags: ['-d', '--diagnostics', '--info', '--list-sdks', '--list-runtimes', ...HELP] },
    // fastify-cli (`fastify start [opts] app.js`): its watch mode restarts the server on every file change.
    fastify: { values: ['-p', '--port', '-a', '--address', '-s', '--socket', '-x', '--prefix', '-l', '--log-level', '-L', '--logging-module', '-r', '--require', '-i', '--import', '-T', '--plugin-timeout', '--body-limit', '--ignore-watch', '--debug-port', '--debug-host', '-c', '--close-grace-delay', '--method', '--trust-proxy'], flags: ['-w', '--watch', '-d', '--debug', '-P', '--pretty-logs', '-o', '--options', ...HELP] },
    nest: { values: ['-c', '--config', '-p', '--path', '--entryFile', '--sourceRoot', '--exec', '-e', '-b', '--builder', '--env-file'], flags: ['-w', '--watch', '-d', '--debug', '--watchAssets', '--preserveWatchOutput', '--tsc', '--webpack', ...HELP] },
    tsx: { values: ['--tsconfig', '--import', '--require', '-r', '--include', '--exclude', '--env-file'], flags: ['--clear-screen', '--no-cache', ...HELP] },
    bun: { values: ['--cwd', '-r', '--preload', '--env-file', '--config', '-c', '--filter', '-F', '--port'], flags: ['--watch', '--hot', '--bun', '-b', '--silent', '--smol', '-i', '--no-install', '--if-present', ...HELP] },
    rails: { values: ['-e', '--environment', '-p', '--port', '-b', '--binding', '-c', '--config', '-P', '--pid', '-u', '--using'], flags: ['-d', '--daemon', '--dev-caching', '--no-dev-caching', '--early-hints', '--log-to-stdout', ...HELP] },
    litestar: { values: ['--app', '--app-dir', '--pdb'], flags: ['--debug', '-d', ...HELP] },
    fastapi: { values: ['--host', '--port', '--app', '--entrypoint', '-e', '--root-path', '--proxy-headers'], flags: ['--reload', '--no-reload', '--verbose', '--no-verbose', ...HELP] },
    flask: { values: ['--app', '-A', '-e', '--env-file'], flags: ['--debug', '--no-debug', ...HELP] },
    django: { values: ['--settings', '--pythonpath', '-v', '--verbosity'], flags: ['--traceback', '--no-color', '--force-color', '--skip-checks', ...HELP] },
    php: { values: ['-d', '-c', '-z', '-f', '-r', '-B', '-R', '-F', '-E', '-t', '-S'], flags: ['-n', '-q', '-e', '-H', '-i', '-l', '-m', '-s', '-v', '-w', '-a'] },
    artisan: { values: ['--env'], flags: ['-q', '--quiet', '-v', '-vv', '-vvv', '--verbose', '-n', '--no-interaction', '--ansi', '--no-ansi', ...HELP] },
    node: {
        values: ['-r', '--require', '--import', '--loader', '--experimental-loader', '-e', '--eval', '-p', '--print', '-C', '--conditions', '--env-file', '--env-file-if-exists', '--watch-path', '--title', '--input-type', '--inspect-port', '--redirect-warnings', '--disable-warning', '--experimental-config-file', '--dns-result-order', '--openssl-config', '--icu-data-dir', '--diagnostic-dir', '--report-dir', '--stack-trace-limit', '--test-reporter', '--test-reporter-destination'],
        unknown: 'flag',
    },
    npm: { values: ['--prefix', '-w', '--workspace', '--userconfig', '--cache', '--registry', '--loglevel'], flags: ['-s', '--silent', '-q', '--quiet', '--if-present', '--ignore-scripts', '--ws', '--workspaces', '-ws', '--include-workspace-root', '-y', '--yes', '--verbose', '-d', '-dd', '--foreground-scripts', ...HELP] },
    yarn: { values: ['--cwd', '--modules-folder', '--cache-folder', '--mutex', '--network-timeout', '--registry'], flags: ['-s', '--silent', '--verbose', '--frozen-lockfile', '--production', '--offline', '--non-interactive', '--ignore-engines', '-T', '--top-level', ...HELP] },
    pnpm: { values: ['-C', '--dir', '--filter', '-F', '--workspace-dir', '--reporter', '--loglevel', '--store-dir'], flags: ['-r', '--recursive', '-w', '--workspace-root', '--parallel', '--stream', '-s', '--silent', '--if-present', '--aggregate-output', '--sort', '--reverse', '--shell-mode', ...HELP] },
};
CLI['nuxi'] = CLI['nuxt'];
CLI['react-scripts'] = {};
/** Create React App and the tools that wrap its scripts. */
const CRA_RUNNERS = ['react-scripts', 'react-app-rewired', 'craco', 'rescripts'];
/** WSGI/ASGI servers: nearly every option takes a value, so undeclared ones are read as taking one; these are the flags. */
const SERVER_FLAGS = {
    gunicorn: { flags: ['-v', '--reload', '--preload', '-D', '--daemon', '--check-config', '--print-config', '--spew', '--no-sendfile', '--reuse-port', '-R', '--enable-stdio-inheritance', '--capture-output', '--strip-header-spaces', '--suppress-ragged-eofs', '--do-handshake-on-connect', '--disable-redirect-access-to-syslog', '--proxy-protocol', '--initgroups', '--log-syslog', '-h', '--help', '--version'], unknown: 'value' },
    uvicorn: { flags: ['--reload', '--factory', '--use-colors', '--access-log', '--proxy-headers', '--server-header', '--date-header', ...HELP], unknown: 'value' },
    hypercorn: { flags: ['--reload', '--debug', ...HELP], unknown: 'value' },
    granian: { flags: ['--reload', '--ws', '--log', '--access-log', '--factory', '--opt', '--respawn-failed-workers', '--reload-ignore-worker-failure', '--websockets', ...HELP], unknown: 'value' },
    'waitress-serve': { flags: ['--call', '--ipv4', '--ipv6', '--expose-tracebacks', '--asyncore-use-poll', ...HELP], unknown: 'value' },
    daphne: { flags: ['--proxy-headers', ...HELP], unknown: 'value' },
};
const MODULE_ATTR = /^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*(\(.*\))?$/;
const MODULE = /^[A-Za-z_][\w.]*$/;
const asksForHelp = (args) => args.some((x) => x === '-h' || x === '--help' || x === '-v' || x === '-V' || x === '--version');
/** Classifies one unwrapped command: a known dev server, a Python script to inspect, a WSGI/ASGI server target, a package script, or anything else. */
function commands_classify(argv) {
    const a = [...argv];
    const n = exeName(a[0] ?? '');
    const rest = a.slice(1);
    const spec = CLI[n] ?? {};
    /** Whether the sub-command is one of `names` under every reading of the options. */
    const subIn = (...names) => subIs(rest, spec, (s) => s !== undefined && names.includes(s));
    if (n === 'flask') {
        // click: group options (`--app x`, `-e file`, `--debug`) come before the sub-command.
        const readings = operandReadings(rest, spec);
        if (readings.every((r) => r[0] !== undefined && rest[r[0]] === 'run')) {
            const i = readings[0][0];
            // `--debug` (debug mode) and `run --debugger` (the Werkzeug debugger) turn debugging on; `--reload` is only the reloader.
            const debugFlag = hasFlag(rest.slice(0, i), '--debug') || hasFlag(rest.slice(i), '--debug') ? '--debug' : hasFlag(rest.slice(i), '--debugger') ? '--debugger' : undefined;
            return { kind: 'dev', what: 'flask run', debug: debugFlag !== undefined, ...(debugFlag ? { debugFlag } : {}) };
        }
    }
    if (isPythonExe(n)) {
        let i = 0;
        while (i < rest.length && rest[i].startsWith('-') && rest[i] !== '-m' && rest[i] !== '-c')
            i += VALUE_OPTS_PY.has(rest[i]) ? 2 : 1;
        if (rest[i] === '-c')
            return { kind: 'other' };
        if (rest[i] === '-m') {
            const mod = rest[i + 1] ?? '';
            const tail = rest.slice(i + 2);
            if (mod === 'flask') {
                const v = commands_classify(['flask', ...tail]);
                return v.kind === 'dev' ? { ...v, what: 'python -m flask run' } : { kind: 'other' };
            }
            if (mod === 'django')
                return subIs(tail, CLI['django'], (s) => s === 'runserver' || s === 'runserver_plus') ? { kind: 'dev', what: 'django runserver' } : { kind: 'other' };
            if (mod === 'http.server' || mod === 'SimpleHTTPServer')
                return { kind: 'dev', what: `python -m ${mod}` };
            if (['uvicorn', 'gunicorn', 'hypercorn', 'waitress', 'daphne', 'granian', 'sanic', 'litestar'].includes(mod))
                return commands_classify([mod === 'waitress' ? 'waitress-serve' : mod, ...tail]);
            // `python -m debugpy --listen 0.0.0.0:5678 [--wait-for-client] -m uvicorn app.main:app --reload`: the debugger
            // launches the program after its own options (a module with `-m`, or a script); that program is what serves.
            if (mod === 'debugpy') {
                let k = 0;
                while (k < tail.length && tail[k].startsWith('-') && tail[k] !== '-m' && tail[k] !== '-c')
                    k += /^--(?:listen|connect|log-to|configure-[\w-]+|parent-session-pid|adapter-access-token|pid)$/.test(tail[k]) ? 2 : 1;
                return k < tail.length && tail[k] !== '-c' ? commands_classify([n, ...tail.slice(k)]) : { kind: 'other' };
            }
            if (mod)
                return { kind: 'python-script', path: mod, module: true };
        }
        else if (rest[i] !== undefined) {
            const script = rest[i];
            if (exeName(script) === 'manage.py')
                return commands_classify(['manage.py', ...rest.slice(i + 1)]);
            if (/\.py$/.test(script))
                return { kind: 'python-script', path: script, module: false };
        }
        return { kind: 'other' };
    }
    // Django's sub-command is the first operand (`--settings x` is an option with its value).
    // A Flask project's `manage.py` built on `FlaskGroup` (testdrivenio's flask-on-docker): `run` is `flask run`.
    if (n === 'manage.py' && subIs(rest, CLI['flask'], (s) => s === 'run'))
        return { kind: 'dev', what: 'manage.py run (flask run through FlaskGroup)' };
    if ((n === 'manage.py' || n === 'django-admin') && subIs(rest, CLI['django'], (s) => s === 'runserver' || (n === 'manage.py' && s === 'runserver_plus'))) {
        // Name the command as written (`runserver_plus`, django-extensions' Werkzeug-based variant).
        const plus = subIs(rest, CLI['django'], (s) => s === 'runserver_plus');
        return { kind: 'dev', what: `${n} ${plus ? 'runserver_plus' : 'runserver'}` };
    }
    if (SERVER_FLAGS[n]) {
        if (n !== 'gunicorn' && hasFlag(rest, '--reload'))
            return { kind: 'dev', what: `${n} --reload` };
        const words = operands(rest, SERVER_FLAGS[n])[0];
        const target = words.find((x) => MODULE_ATTR.test(x)) ?? (n === 'waitress-serve' ? undefined : words.find((x) => MODULE.test(x)));
        const mod = target?.split(':')[0];
        return mod ? { kind: 'wsgi', server: n, module: mod } : { kind: 'other' };
    }
    // Without a sub-command, `next` runs `next dev` (its default command).
    if (n === 'next' && !asksForHelp(rest) && subIs(rest, spec, (s) => s === undefined || s === 'dev'))
        return { kind: 'dev', what: 'next dev' };
    if (n === 'fastapi') {
        if (subIn('dev'))
            return { kind: 'dev', what: 'fastapi dev' };
        if (subIn('run') && hasFlag(rest, '--reload'))
            return { kind: 'dev', what: 'fastapi run --reload' };
    }
    // Litestar's and Sanic's CLIs: their reloader and debug/dev modes are development servers.
    const litestar = n === 'litestar' && subIn('run') ? firstFlag(rest, '--reload', '-r', '--debug', '-d') : undefined;
    // Their debug mode (`--debug`, Sanic's `--dev`/`-d`) has no interactive debugger: `debugFlag` names it, `debug` stays off.
    const withDebug = (flag) => (flag ? { debugFlag: flag } : {});
    if (litestar)
        return { kind: 'dev', what: `litestar run ${litestar}`, ...withDebug(firstFlag(rest, '--debug', '-d')) };
    const sanic = n === 'sanic' ? firstFlag(rest, '--dev', '-d', '--debug', '--auto-reload', '-r') : undefined;
    if (sanic)
        return { kind: 'dev', what: `sanic ${sanic}`, ...withDebug(firstFlag(rest, '--debug', '--dev', '-d')) };
    if (n === 'nest' && subIn('start') && hasFlag(rest, '--watch', '-w', '--debug', '-d'))
        return { kind: 'dev', what: 'nest start --watch' };
    if (n === 'fastify' && subIn('start') && hasFlag(rest, '--watch', '-w'))
        return { kind: 'dev', what: 'fastify start --watch' };
    if (n === 'deno' && hasFlag(rest, '--watch', '--watch-hmr'))
        return { kind: 'dev', what: `deno${subIn('run') ? ' run' : subIn('serve') ? ' serve' : subIn('task') ? ' task' : ''} ${hasFlag(rest, '--watch-hmr') ? '--watch-hmr' : '--watch'}` };
    if ((n === 'nuxt' || n === 'nuxi') && subIn('dev'))
        return { kind: 'dev', what: `${n} dev` };
    // `vite [root]` serves `root` in development: every sub-command but `build` (and the old `optimize`) is a server.
    if (n === 'vite' && !asksForHelp(rest) && subIs(rest, spec, (s) => s !== 'build' && s !== 'optimize'))
        return { kind: 'dev', what: subIn('preview') ? 'vite preview' : 'vite' };
    if (['nodemon', 'ts-node-dev', 'tsnd', 'webpack-dev-server', 'supervisor', 'node-dev'].includes(n))
        return { kind: 'dev', what: n };
    // pm2's watch mode restarts the app whenever a file changes, as nodemon does (`pm2-runtime server.js --watch`,
    // `pm2 start app.js --watch --no-daemon`); what follows `--` is the app's own arguments.
    if (n === 'pm2-runtime' || n === 'pm2-docker' || (n === 'pm2' && subIn('start', 'restart', 'reload'))) {
        const own = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
        if (hasFlag(own, '--watch'))
            return { kind: 'dev', what: `${n === 'pm2' ? 'pm2 start' : n} --watch` };
    }
    // Options after the script are the script's own arguments: only `node --watch app.js` watches.
    if ((n === 'node' || n === 'nodejs') && leadingOptions(rest, spec).every((o) => hasFlag(o, '--watch', '--watch-path')))
        return { kind: 'dev', what: 'node --watch' };
    if ((n === 'tsx' || n === 'bun') && subIn('watch'))
        return { kind: 'dev', what: `${n} watch` };
    if (n === 'bun' && hasFlag(rest, '--watch', '--hot'))
        return { kind: 'dev', what: hasFlag(rest, '--hot') ? 'bun --hot' : 'bun --watch' };
    if (n === 'webpack') {
        if (subIn('serve', 'server', 's'))
            return { kind: 'dev', what: 'webpack serve' };
        if (hasFlag(rest, '--watch', '-w'))
            return { kind: 'dev', what: 'webpack --watch' };
    }
    if (n === 'ng' && subIn('serve', 's'))
        return { kind: 'dev', what: 'ng serve' };
    // react-scripts runs the first of its scripts named anywhere on the line (`react-scripts --max_old_space_size=4096 start`);
    // the Create React App wrappers (react-app-rewired, CRACO, rescripts) run react-scripts' own scripts the same way.
    if (CRA_RUNNERS.includes(n) && rest.find((x) => x === 'build' || x === 'eject' || x === 'start' || x === 'test') === 'start')
        return { kind: 'dev', what: `${n} start` };
    // Parcel serves by default (`parcel index.html`, `parcel serve`); `build` and `watch` (no server) are not servers.
    if (n === 'parcel' && !asksForHelp(rest) && subIs(rest, spec, (s) => s !== 'build' && s !== 'watch' && s !== 'help'))
        return { kind: 'dev', what: subIn('serve') ? 'parcel serve' : 'parcel' };
    if (n === 'docusaurus' && subIn('start'))
        return { kind: 'dev', what: 'docusaurus start' };
    // The Symfony CLI's local web server ("not meant for production").
    if (n === 'symfony' && subIn('serve', 'server:start', 'local:server:start'))
        return { kind: 'dev', what: 'symfony serve' };
    if (n === 'vue-cli-service' && subIn('serve'))
        return { kind: 'dev', what: 'vue-cli-service serve' };
    if ((n === 'astro' || n === 'remix' || n === 'svelte-kit' || n === 'wrangler') && subIn('dev', 'vite:dev'))
        return { kind: 'dev', what: `${n} dev` };
    if (n === 'gatsby' && subIn('develop'))
        return { kind: 'dev', what: 'gatsby develop' };
    if (n === 'ember' && subIn('serve', 'server', 's'))
        return { kind: 'dev', what: 'ember serve' };
    if (n === 'php') {
        if (rest.some((x) => x === '-S' || /^-S./.test(x)))
            return { kind: 'dev', what: 'php -S' };
        const readings = operandReadings(rest, spec);
        const serve = readings.every((r) => r[0] !== undefined && exeName(rest[r[0]]) === 'artisan' && subIs(rest.slice(r[0] + 1), CLI['artisan'], (s) => s === 'serve'));
        if (serve)
            return { kind: 'dev', what: 'php artisan serve' };
    }
    if (n === 'artisan' && subIs(rest, CLI['artisan'], (s) => s === 'serve'))
        return { kind: 'dev', what: 'php artisan serve' };
    // Laravel Octane's file watcher ("should only be used in local development").
    if ((n === 'php' || n === 'artisan') && rest.includes('octane:start') && hasFlag(rest, '--watch'))
        return { kind: 'dev', what: 'php artisan octane:start --watch' };
    if (n === 'rails' && subIn('server', 's')) {
        const i = rest.findIndex((x) => x === '-e' || x === '--environment');
        const envArg = i >= 0 ? rest[i + 1] : rest.find((x) => x.startsWith('--environment=') || /^-e./.test(x))?.replace(/^--environment=|^-e=?/, '');
        if (envArg === 'development')
            return { kind: 'dev', what: 'rails server -e development' };
    }
    if (n === 'hugo' && subIn('server', 'serve'))
        return { kind: 'dev', what: 'hugo server' };
    if (n === 'jekyll' && subIn('serve', 's', 'server'))
        return { kind: 'dev', what: 'jekyll serve' };
    if (n === 'air' || n === 'reflex')
        return { kind: 'dev', what: n };
    if (n === 'dotnet' && subIn('watch'))
        return { kind: 'dev', what: 'dotnet watch' };
    // Spring Boot's build-tool launchers run the app from the build (DevTools restart and LiveReload on when present,
    // which a packaged `java -jar` disables): development runs, not a deploy (`mvn spring-boot:run`, `./gradlew bootRun`).
    if ((n === 'mvn' || n === 'mvnw') && rest.some((x) => /^(?:[\w.-]+:)?spring-boot(?:-maven-plugin)?(?::[\w.-]+)?:run$/.test(x)))
        return { kind: 'dev', what: `${n} spring-boot:run` };
    if ((n === 'gradle' || n === 'gradlew') && rest.some((x) => /^(?::[\w-]+)*:?bootRun$/.test(x)))
        return { kind: 'dev', what: `${n} bootRun` };
    // cargo-watch rebuilds and restarts on every change (`cargo watch -x run`).
    if ((n === 'cargo' && rest[0] === 'watch') || n === 'cargo-watch')
        return { kind: 'dev', what: 'cargo watch' };
    if (n === 'npm' || n === 'yarn' || n === 'pnpm' || n === 'bun') {
        // The sub-command and the script name under every reading of the options; readings that disagree judge nothing.
        const named = new Set(operands(rest, spec).map((ops) => {
            const [sub, next] = ops;
            if (sub === undefined)
                return null;
            if (sub === 'run' || sub === 'run-script')
                return next === undefined ? null : next;
            // `yarn workspace @acme/web dev` (or `… run dev`): the script of the workspace package of that name.
            if (n === 'yarn' && sub === 'workspace')
                return (ops[2] === 'run' ? ops[3] : ops[2]) ?? null;
            if (sub === 'start' || (n !== 'npm' && !['install', 'add', 'exec', 'dlx', 'x', 'ci', 'build', 'test', 'i', 'remove', 'upgrade', 'create', 'init', 'link', 'publish'].includes(sub)))
                return sub;
            return null;
        }));
        const [script] = [...named];
        if (named.size === 1 && script) {
            const flags = n === 'npm' ? ['--prefix'] : n === 'pnpm' ? ['-C', '--dir'] : ['--cwd'];
            const i = rest.findIndex((x) => flags.includes(x));
            const cwd = i >= 0 ? rest[i + 1] : rest.find((x) => flags.some((f) => x.startsWith(`${f}=`)))?.replace(/^[^=]*=/, '');
            const workspace = n === 'yarn' ? operands(rest, spec).find((ops) => ops[0] === 'workspace')?.[1] : optionValue(rest, n === 'npm' ? ['-w', '--workspace'] : n === 'pnpm' ? ['--filter', '-F'] : []);
            return { kind: 'package-script', tool: n, script, ...(cwd ? { cwd } : {}), ...(workspace ? { workspace } : {}) };
        }
    }
    return { kind: 'other' };
}
/** The value of the first of `names` given (`-w web`, `--workspace=web`), if any. */
function optionValue(args, names) {
    for (let i = 0; i < args.length && args[i] !== '--'; i++) {
        const w = args[i];
        if (names.includes(w))
            return args[i + 1];
        const eq = w.indexOf('=');
        if (eq > 0 && names.includes(w.slice(0, eq)))
            return w.slice(eq + 1);
    }
    return undefined;
}
/** Script names that are development servers by convention when `package.json` cannot be read. */
const DEV_SCRIPT_NAMES = /^(dev|develop|start:dev|dev:server|serve:dev|watch|start:watch)$/;
/** Strips comments and string contents from Python source, keeping one entry per line. Identifier-like string contents (`"DEBUG"`, `"__main__"`) are kept. */
function pythonCode(text) {
    const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    let out = '';
    for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === '#') {
            const nl = src.indexOf('\n', i);
            i = (nl < 0 ? src.length : nl) - 1;
            continue;
        }
        if (c === '"' || c === "'") {
            const triple = src.startsWith(c.repeat(3), i);
            const q = triple ? c.repeat(3) : c;
            let j = i + q.length;
            while (j < src.length && !src.startsWith(q, j) && (triple || src[j] !== '\n'))
                j += src[j] === '\\' ? 2 : 1;
            const body = src.slice(i + q.length, Math.min(j, src.length));
            out += /^[\w.-]*$/.test(body) ? `"${body}"` : `""${'\n'.repeat((body.match(/\n/g) ?? []).length)}`;
            i = Math.min(j + q.length, src.length) - 1;
            continue;
        }
        out += c;
    }
    return out.split('\n');
}
const ASSIGNED_CALL = /^\s*([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:[\w.]*\.)?([A-Za-z_]\w*)\s*\(/;
/** Constructors whose `.run()` is the Werkzeug/Quart development server. */
const DEV_APP_FACTORIES = new Set(['Flask', 'Quart', 'APIFlask', 'Dash', 'FlaskApp', 'create_app']);
/** Finds Flask-style development-server calls (`app.run(...)`, `app.run_server(...)`, `uvicorn.run(..., reload=True)`) and where they sit. */
function pythonRunCalls(text) {
    const lines = pythonCode(text);
    // `app`/`application` are Flask apps unless the module builds them from something else (Sanic's `app.run` is production-grade).
    const devApps = new Set();
    const otherApps = new Set();
    const socketNames = new Set(['socketio']);
    const sanicApps = new Set();
    // A module that uses Flask and builds its app from a class of its own (`app = Application(__name__)`, a
    // `Flask` subclass defined elsewhere in the project) runs Werkzeug too; one that imports another
    // framework with a production-grade `run` (Sanic, aiohttp, Tornado…) does not.
    const usesFlask = lines.some((l) => /^\s*(?:from\s+flask(?:\.\w+)*\s+import\b|import\s+flask\b)/.test(l));
    const otherFramework = lines.some((l) => /^\s*(?:from|import)\s+(?:sanic|aiohttp|tornado|bottle|cherrypy|twisted|gevent|eventlet|waitress|gunicorn|uvicorn|hypercorn|fastapi|starlette|litestar|falcon|pyramid|cheroot)\b/.test(l));
    for (const l of lines) {
        const m = ASSIGNED_CALL.exec(l);
        if (!m)
            continue;
        if (DEV_APP_FACTORIES.has(m[2]) || (usesFlask && !otherFramework && /^[A-Z]/.test(m[2]) && (m[1] === 'app' || m[1] === 'application')))
            devApps.add(m[1]);
        else if (m[2] === 'SocketIO')
            socketNames.add(m[1]);
        else {
            otherApps.add(m[1]);
            // `app = Sanic("api")` (or `sanic.Sanic(…)`) in a module that imports sanic.
            if (m[2] === 'Sanic' && lines.some((x) => /^\s*(?:from|import)\s+sanic\b/.test(x)))
                sanicApps.add(m[1]);
        }
    }
    const appNames = new Set([...['app', 'application'].filter((n) => !otherApps.has(n)), ...devApps]);
    const out = [];
    // Block stack by indentation: which def / main guard encloses each line.
    const stack = [];
    const calledAtModule = new Set();
    const calledInMain = new Set();
    const pending = [];
    // `app.debug = True`, `app.config["DEBUG"] = True`, `app.config.update(DEBUG=True)` outside functions, by app name
    // (a later `= False` switches it off again): `run()` without `debug=` takes the app's own setting.
    const debugSet = new Map();
    let depth = 0;
    lines.forEach((l, idx) => {
        if (depth > 0 || !l.trim()) {
            depth = Math.max(0, depth + parenDelta(l));
            return;
        }
        const indent = l.length - l.trimStart().length;
        while (stack.length && stack[stack.length - 1].indent >= indent)
            stack.pop();
        const fn = [...stack].reverse().find((s) => s.kind === 'def')?.name ?? null;
        const body = l.trim();
        const def = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/.exec(body);
        const guard = /^if\s+(?:__name__\s*==\s*["']__main__["']|["']__main__["']\s*==\s*__name__)\s*:/.test(body);
        const inMain = guard || stack.some((s) => s.kind === 'main');
        if (def)
            stack.push({ indent, kind: 'def', name: def[1] });
        else if (guard)
            stack.push({ indent, kind: 'main', name: '' });
        else if (/:\s*$/.test(body) || /^(class|if|elif|else|for|while|try|except|finally|with)\b/.test(body))
            stack.push({ indent, kind: 'other', name: '' });
        if (!fn && !def)
            for (const m of body.matchAll(/\b([A-Za-z_]\w*)\s*\(/g))
                (inMain ? calledInMain : calledAtModule).add(m[1]);
        const stmt = joinStatement(lines, idx);
        const set = fn || def ? null : /^([A-Za-z_]\w*)\.(?:debug\s*=\s*(\w+)|config\s*\[\s*(["'])DEBUG\3\s*\]\s*=\s*(\w+)|config\.(?:update|from_mapping)\s*\((?=[^)]*\bDEBUG\s*=\s*(\w+)))/.exec(body);
        if (set && appNames.has(set[1])) {
            const v = set[2] ?? set[4] ?? set[5];
            debugSet.set(set[1], v === 'True' || v === '1' ? { line: idx + 1, column: indent + 1, what: body.replace(/\s*#.*$/, '') } : null);
        }
        for (const m of body.matchAll(/\b([A-Za-z_]\w*)\.(run|run_server)\s*\(/g)) {
            const recv = m[1];
            const args = argsOf(stmt, stmt.indexOf(m[0]) + m[0].length);
            const appSet = /\bdebug\s*=/.test(args) || sanicApps.has(recv) ? undefined : debugSet.get(recv) ?? undefined;
            const debug = /\bdebug\s*=\s*(True|1)\b/.test(args) || !!appSet;
            let dev = false;
            if (sanicApps.has(recv) && m[2] === 'run') {
                // Sanic: `dev=True` is debug plus the auto-reloader, `auto_reload=True` the reloader, `debug=True` debug mode
                // (as the `sanic` CLI's `--dev`, `--auto-reload`, `--debug`); without them `app.run` is its production server (no call listed).
                const flag = /\b(dev|auto_reload|debug)\s*=\s*True\b/.exec(args);
                if (flag)
                    pending.push({ call: { line: idx + 1, column: indent + 1 + body.indexOf(m[0]), call: `${recv}.run`, debug: false, dev: true, scope: fn ? 'function' : inMain ? 'main' : 'module', framework: 'sanic', flag: `${flag[1]}=True`, appDebug: /\b(?:dev|debug)\s*=\s*True\b/.test(args) }, fn });
                continue;
            }
            if (recv === 'uvicorn' || recv === 'hypercorn')
                dev = /\breload\s*=\s*True\b/.test(args);
            // Flask-SocketIO refuses Werkzeug in production unless told to.
            else if (socketNames.has(recv))
                dev = /\ballow_unsafe_werkzeug\s*=\s*True\b/.test(args) || debug;
            else if (appNames.has(recv))
                dev = true;
            else
                continue;
            const call = { line: idx + 1, column: indent + 1 + body.indexOf(m[0]), call: `${recv}.${m[2]}`, debug, dev, scope: fn ? 'function' : inMain ? 'main' : 'module', ...(appSet && appNames.has(recv) ? { debugSet: appSet } : {}) };
            pending.push({ call, fn });
        }
        depth = Math.max(0, parenDelta(l));
    });
    for (const { call, fn } of pending) {
        // A function that the module (or its main guard) calls counts as run from there.
        if (fn && calledAtModule.has(fn))
            call.scope = 'module';
        else if (fn && calledInMain.has(fn))
            call.scope = 'main';
        out.push(call);
    }
    return out;
}
function parenDelta(l) {
    let d = 0;
    for (const c of l) {
        if (c === '(' || c === '[' || c === '{')
            d++;
        else if (c === ')' || c === ']' || c === '}')
            d--;
    }
    return d;
}
function joinStatement(lines, start) {
    let s = '';
    let d = 0;
    for (let i = start; i < lines.length && i < start + 50; i++) {
        s += `${lines[i]} `;
        d += parenDelta(lines[i]);
        if (d <= 0)
            break;
    }
    return s;
}
function argsOf(stmt, from) {
    let d = 1;
    for (let i = from; i < stmt.length; i++) {
        if (stmt[i] === '(')
            d++;
        else if (stmt[i] === ')' && --d === 0)
            return stmt.slice(from, i);
    }
    return stmt.slice(from);
}
/** The parenthesised remark of a development-only entry point's findings (`development-only file`). */
const devRemark = (entry) => entry.devReason ?? 'development-only file';
const posixJoin = (base, rel) => (rel.startsWith('/') ? rel : `${base.replace(/\/+$/, '')}/${rel}`);
function normalizeAbs(p) {
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return `/${out.join('/')}`;
}
/** Replays WORKDIR and COPY/ADD (not `--from`) of a final stage and the stages it inherits from. */
function layoutOf(stage, contexts, df) {
    let workdir = null;
    const copies = [];
    for (const i of (0,dockerfile/* effectiveInstructions */.VH)(stage)) {
        if (i.keyword === 'WORKDIR' && i.argv[0])
            workdir = normalizeAbs(posixJoin(workdir ?? '/', i.argv[0]));
        else if ((i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags['from'] === undefined && i.argv.length >= 2) {
            const dest = i.argv[i.argv.length - 1];
            copies.push({ srcs: i.argv.slice(0, -1), dest: normalizeAbs(posixJoin(workdir ?? '/', dest)) });
        }
    }
    const fromContext = (i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags['from'] === undefined;
    const sealed = df !== undefined && !df.stages.some((st) => st.instructions.some(fromContext));
    return { contexts, copies, workdir, ...(sealed ? { sealed } : {}) };
}
/** The stage of `df` a compose `build.target` names (stage names are case-insensitive), if any. */
const stageNamed = (df, target) => df.stages.find((st) => st.name?.toLowerCase() === target.toLowerCase());
/** Stage names that say they are for production (`FROM … AS production`). */
const PROD_STAGE = /^(?:prod|production|release|runtime|final)$/i;
/** A stage named for development (`development`, `dev-envs`, `local`): what a compose service builds from it is development-only. */
const devStage = (stage) => !!stage.name?.split(/[-_.]/).some((w) => classify/* DEV_WORD */.b3.test(w));
/**
 * The final stage of every Dockerfile, then the other stages compose services build as their target (once per view).
 * Dockerfiles under test and example folders (`tests/`, `e2e/`, `examples/`…) build no production image: left out.
 */
const shippedStages = (0,snapshot/* perView */.DN)(function shippedStages(snapshot) {
    const dockerfiles = snapshot.dockerfiles().filter((df) => df.final && !(0,classify/* isTemplate */.Fl)(df.path) && !isIllustrationDockerfile(snapshot, df.path));
    // The stages production compose services build, per Dockerfile: when there are some and the final
    // stage is not one of them nor built on one (a `development` stage last, production building
    // `target: production`), the final stage is what nothing in production runs: development-only.
    const builtInProduction = new Map();
    for (const cf of snapshot.composeFiles()) {
        // Compose files of test and illustration folders are not the deployment: what they build says nothing of production.
        if ((0,classify/* isTemplate */.Fl)(cf.path) || (0,classify/* isTestFile */.hl)(cf.path))
            continue;
        for (const svc of cf.services) {
            const b = (0,repo_compose/* composeBuild */.FI)(cf.path, svc);
            const df = b ? dockerfiles.find((d) => d.path === b.dockerfile) : undefined;
            if (!df || !b || (0,repo_compose/* composeDevOnly */.kZ)(svc) !== null)
                continue;
            const stage = (b.target ? stageNamed(df, b.target) : undefined) ?? df.final;
            // A service building a stage named for development (`target: development`, awesome-compose's `dev-envs`)
            // is a development setup: it says nothing of what production builds (Kamal, CI build the final stage).
            if (devStage(stage))
                continue;
            const seen = builtInProduction.get(df.path) ?? { stages: new Set(), by: `service '${svc.name}' in ${cf.path} builds target '${b.target ?? 'the final stage'}'` };
            seen.stages.add(stage);
            builtInProduction.set(df.path, seen);
        }
    }
    const finalReason = (df) => {
        if ((0,classify/* isDevOnly */.uL)(df.path))
            return 'development-only file';
        const built = builtInProduction.get(df.path);
        // A final stage built on a stage production builds runs what that stage runs: still judged; so is
        // one named for production (`FROM … AS production`), whatever compose builds.
        if (df.final.name && PROD_STAGE.test(df.final.name))
            return null;
        if (built && !(0,dockerfile/* lineage */.OZ)(df.final).some((st) => built.stages.has(st)))
            return `not the stage production builds: ${built.by}`;
        // …but not one named for development (awesome-compose's `FROM builder AS dev-envs`) when production builds another.
        if (built && !built.stages.has(df.final) && devStage(df.final))
            return `development stage '${df.final.name}', not the stage production builds: ${built.by}`;
        return null;
    };
    const out = dockerfiles.map((df) => ({ df, stage: df.final, target: null, devReason: finalReason(df) }));
    const targets = new Map();
    for (const cf of snapshot.composeFiles()) {
        // Compose files of test and illustration folders are not the deployment: what they build says nothing of production.
        if ((0,classify/* isTemplate */.Fl)(cf.path) || (0,classify/* isTestFile */.hl)(cf.path))
            continue;
        for (const svc of cf.services) {
            const b = (0,repo_compose/* composeBuild */.FI)(cf.path, svc);
            const df = b?.target ? dockerfiles.find((d) => d.path === b.dockerfile) : undefined;
            const stage = df && stageNamed(df, b.target);
            if (!df || !stage || stage === df.final)
                continue;
            const devReason = (0,classify/* isDevOnly */.uL)(df.path) ? 'development-only file' : (0,repo_compose/* composeDevOnly */.kZ)(svc) ?? (devStage(stage) ? `development stage '${stage.name}'` : null);
            const prev = targets.get(stage);
            if (prev && (prev.devReason === null || devReason !== null))
                continue;
            targets.set(stage, { df, stage, target: { service: svc.name, file: cf.path }, devReason });
        }
    }
    // Production stages first: a start command a production target shares with a development-only
    // final stage is judged once, as production's.
    return [...out.filter((s) => s.devReason === null), ...targets.values(), ...out.filter((s) => s.devReason !== null)];
});
/** How a shipped stage is named in messages: `build target 'development' (service 'web' in docker-compose.yml)`. */
const stageLabel = (s) => (s.target ? `build target '${s.stage.name}' (service '${s.target.service}' in ${s.target.file})` : 'the image');
/** Collects every production entry point of the snapshot (once per view: two checks read them). */
const entryPoints = (0,snapshot/* perView */.DN)(function entryPoints(snapshot) {
    const out = [];
    const dockerfiles = snapshot.dockerfiles();
    const composeFiles = snapshot.composeFiles();
    // Compose names the build context of a Dockerfile that lives elsewhere (`compose/production/django/Dockerfile` built from `.`),
    // and the stage it builds (`build.target`; the final stage when none is named).
    const buildOf = (cf, svc) => {
        const b = (0,repo_compose/* composeBuild */.FI)(cf.path, svc);
        const df = b ? dockerfiles.find((d) => d.path === b.dockerfile) ?? null : null;
        const stage = df && b?.target ? stageNamed(df, b.target) ?? df.final : df?.final ?? null;
        return b && { ctx: b.context, df, stage };
    };
    const contextsOf = new Map();
    for (const cf of composeFiles)
        for (const svc of cf.services) {
            const b = buildOf(cf, svc);
            if (b?.df)
                contextsOf.set(b.df.path, [...(contextsOf.get(b.df.path) ?? []), b.ctx]);
        }
    // A build target that inherits its start command from a stage the final stage also inherits it from starts the same process: judged once.
    const started = new Set();
    for (const shipped of shippedStages(snapshot)) {
        const { df, stage } = shipped;
        const chain = (0,dockerfile/* lineage */.OZ)(stage);
        let entry;
        let cmd;
        for (const i of (0,dockerfile/* effectiveInstructions */.VH)(stage)) {
            if (i.keyword === 'ENTRYPOINT') {
                entry = i;
                if (cmd && stageOf(chain, cmd) !== stageOf(chain, i))
                    cmd = undefined;
            }
            else if (i.keyword === 'CMD')
                cmd = i;
        }
        const form = (i) => (i.exec ? i.argv : ['/bin/sh', '-c', i.args]);
        const dir = (0,classify/* dirname */.pD)(df.path);
        // The final stage's reason is its file's (devRemark words it) unless production builds another stage.
        const devReason = shipped.target || (shipped.devReason !== null && shipped.devReason !== 'development-only file') ? shipped.devReason : null;
        const known = contextsOf.get(df.path) ?? [];
        const layout = layoutOf(stage, [...new Set([...known, dir, ''])], df);
        const exists = (p) => p !== null && (snapshot.has(p) || foldersOf(snapshot).has(p));
        const fromRoot = known.includes('') || layout.copies.some((c) => c.srcs.some((src) => !/[*?[]/.test(src) && exists((0,classify/* joinPath */.uJ)('', src)) && !exists((0,classify/* joinPath */.uJ)(dir, src))));
        if (dir && !fromRoot)
            layout.confined = [dir, ...known];
        const base = { file: df.path, dir, layout, devOnly: shipped.devReason !== null, ...(devReason ? { devReason } : {}) };
        // A compose build target is named with the instruction: `CMD of build target 'development' (service 'web' in docker-compose.yml)`.
        const of = (what) => (shipped.target ? `${what} of ${stageLabel(shipped)}` : what);
        const key = `${df.path}:${entry?.line}:${cmd?.line}`;
        if (started.has(key))
            continue;
        started.add(key);
        if (entry && !entry.exec)
            out.push({ ...base, line: entry.line, column: entry.column, where: of('ENTRYPOINT'), argv: form(entry) });
        // With an exec-form ENTRYPOINT, CMD is its argument list (an entrypoint script usually ends with `exec "$@"`).
        else if (entry && cmd)
            out.push({ ...base, line: cmd.line, column: cmd.column, where: of('ENTRYPOINT + CMD'), argv: [...entry.argv, ...form(cmd)] });
        else if (entry)
            out.push({ ...base, line: entry.line, column: entry.column, where: of('ENTRYPOINT'), argv: entry.argv });
        else if (cmd)
            out.push({ ...base, line: cmd.line, column: cmd.column, where: of('CMD'), argv: form(cmd) });
    }
    for (const cf of composeFiles) {
        // Test and illustration folders' compose files and manifests start nothing in production.
        if ((0,classify/* isTestFile */.hl)(cf.path))
            continue;
        for (const svc of cf.services) {
            // A service only in development/tooling profiles does not start with `docker compose up`; a base
            // file's command that a production overlay replaces never runs in production.
            const over = overriddenInProduction(snapshot, svc, (m) => m.value['command'] !== undefined || m.value['entrypoint'] !== undefined);
            const devReason = (0,repo_compose/* composeDevOnly */.kZ)(svc) ?? (over ? `overridden by ${over} for production` : null);
            const devOnly = devReason !== null;
            const toArgv = (v) => (typeof v === 'string' ? shellCommands(v)[0] ?? null : Array.isArray(v) ? v.map(String) : null);
            const ep = toArgv(svc.value['entrypoint']);
            const cmd = toArgv(svc.value['command']);
            if (!ep && !cmd)
                continue;
            const b = buildOf(cf, svc);
            const composeDir = (0,classify/* dirname */.pD)(cf.path);
            const layout = b?.stage && b.df ? layoutOf(b.stage, [b.ctx], b.df) : { contexts: [b?.ctx ?? composeDir], copies: [], workdir: null };
            if (typeof svc.value['working_dir'] === 'string')
                layout.workdir = normalizeAbs(svc.value['working_dir']);
            const volumes = Array.isArray(svc.value['volumes']) ? svc.value['volumes'] : [];
            for (const v of volumes) {
                const m = typeof v === 'string' ? /^(\.{1,2}(?:\/[^:]*)?):(\/[^:]*)/.exec(v) : null;
                const src = m ? (0,classify/* joinPath */.uJ)(composeDir, m[1]) : null;
                if (m && src !== null)
                    layout.copies.push({ srcs: [src || '.'], dest: normalizeAbs(m[2]) });
            }
            if (volumes.length) {
                layout.contexts = [...new Set([...layout.contexts, ''])];
                delete layout.sealed;
            }
            const key = cmd ? 'command' : 'entrypoint';
            const at = svc.loc([key]);
            out.push({ file: cf.path, line: at.line, column: at.column, where: `service '${svc.name}' ${key}`, argv: [...(ep ?? []), ...(cmd ?? [])], dir: b?.ctx ?? composeDir, layout, devOnly, ...(devReason ? { devReason } : {}) });
        }
    }
    for (const f of snapshot.files) {
        if (!(0,classify/* isProcfile */.RN)(f) || (0,classify/* isTemplate */.Fl)(f))
            continue;
        (snapshot.lines(f) ?? []).forEach((l, i) => {
            const m = /^\s*web\s*:\s*(.+)$/.exec(l);
            if (m)
                out.push({ file: f, line: i + 1, column: 1, where: 'Procfile web', argv: ['/bin/sh', '-c', m[1]], dir: (0,classify/* dirname */.pD)(f), layout: { contexts: [(0,classify/* dirname */.pD)(f)], copies: [], workdir: null }, devOnly: (0,classify/* isDevOnly */.uL)(f) });
        });
    }
    // Platform configs that name the start command (render.yaml, Railway, fly.toml: see platformCommands).
    // render.yaml's `rootDir` is where Render runs the command (`rootDir: frontend` reads `frontend/package.json`).
    for (const c of platformCommands(snapshot)) {
        const dir = c.rootDir ? (0,classify/* joinPath */.uJ)((0,classify/* dirname */.pD)(c.file), c.rootDir) ?? (0,classify/* dirname */.pD)(c.file) : (0,classify/* dirname */.pD)(c.file);
        out.push({ file: c.file, line: c.line, column: c.column, where: c.where, argv: ['/bin/sh', '-c', c.command], dir, layout: { contexts: [dir], copies: [], workdir: null }, devOnly: (0,classify/* isDevOnly */.uL)(c.file) });
    }
    // systemd units (`deploy/app.service`): `ExecStart=` of the `[Service]` section, with its `Environment=` assignments.
    for (const f of snapshot.files) {
        if (!/\.service$/.test(f) || (0,classify/* isTemplate */.Fl)(f))
            continue;
        let section = '';
        const env = [];
        const envAt = {};
        const starts = [];
        (snapshot.lines(f) ?? []).forEach((l, i) => {
            const sec = /^\s*\[([^\]]+)\]\s*$/.exec(l);
            if (sec) {
                section = sec[1];
                return;
            }
            if (section !== 'Service')
                return;
            const e = /^\s*Environment\s*=\s*(.+)$/.exec(l);
            if (e) {
                for (const w of shellCommands(e[1])[0] ?? []) {
                    const kv = /^([A-Za-z_]\w*)=(.*)$/s.exec(w);
                    if (!kv)
                        continue;
                    env.push(w);
                    // The last `NAME=` on the line that starts a word (not `APP_NAME=`): a later assignment wins.
                    const at = [...l.matchAll(new RegExp(`(^|[\\s"'])${kv[1]}=`, 'g'))].at(-1);
                    envAt[kv[1]] = { line: i + 1, column: at ? at.index + at[1].length + 1 : 1, value: kv[2] };
                }
                return;
            }
            // systemd's prefixes (`-`, `@`, `+`, `!`, `!!`, `:`) change how the command runs, not what it is.
            const m = /^\s*ExecStart\s*=\s*[-@+!:]*\s*(\S.*)$/.exec(l);
            if (m)
                starts.push({ line: i + 1, command: m[1] });
        });
        // `Environment=` applies to every command of the section, wherever it is written.
        for (const x of starts)
            out.push({ file: f, line: x.line, column: 1, where: 'systemd ExecStart', argv: [...(env.length ? ['env', ...env] : []), '/bin/sh', '-c', x.command], dir: (0,classify/* dirname */.pD)(f), layout: { contexts: [(0,classify/* dirname */.pD)(f)], copies: [], workdir: null }, devOnly: (0,classify/* isDevOnly */.uL)(f), ...(env.length ? { envAt } : {}) });
    }
    for (const obj of snapshot.k8sObjects()) {
        if ((0,classify/* isTemplate */.Fl)(obj.file) || (0,classify/* isTestFile */.hl)(obj.file))
            continue;
        for (const c of (0,repo_k8s/* containers */.l8)(obj)) {
            if (c.init)
                continue;
            const list = (v) => (Array.isArray(v) ? v.map(String) : null);
            const command = list(c.container['command']);
            const args = list(c.container['args']);
            if (!command && !args)
                continue;
            const at = obj.loc([...c.path, command ? 'command' : 'args'], true);
            const wd = typeof c.container['workingDir'] === 'string' ? normalizeAbs(c.container['workingDir']) : null;
            out.push({ file: obj.file, line: at.line, column: at.column, where: `container '${c.name}' ${command ? 'command' : 'args'}`, argv: [...(command ?? []), ...(args ?? [])], dir: (0,classify/* dirname */.pD)(obj.file), layout: { contexts: [(0,classify/* dirname */.pD)(obj.file)], copies: [], workdir: wd }, devOnly: (0,classify/* isDevOnly */.uL)(obj.file) });
        }
    }
    return out;
});
function stageOf(chain, i) {
    return chain.find((s) => s.instructions.includes(i));
}
const byNameCache = new WeakMap();
/** Files by base name, built once per file list: suffix look-ups must not scan the whole tree. */
function filesByName(snapshot) {
    let m = byNameCache.get(snapshot.files);
    if (!m) {
        m = new Map();
        for (const f of snapshot.files) {
            const b = (0,classify/* basename */.P8)(f);
            const list = m.get(b);
            if (list)
                list.push(f);
            else
                m.set(b, [f]);
        }
        byNameCache.set(snapshot.files, m);
    }
    return m;
}
const dirsCache = new WeakMap();
/** Folders that hold a file, built once per file list. */
function foldersOf(snapshot) {
    let s = dirsCache.get(snapshot.files);
    if (!s) {
        s = new Set(['']);
        for (const f of snapshot.files)
            for (let d = (0,classify/* dirname */.pD)(f); d && !s.has(d); d = (0,classify/* dirname */.pD)(d))
                s.add(d);
        dirsCache.set(snapshot.files, s);
    }
    return s;
}
const isUnder = (f, root) => root === '' || f === root || f.startsWith(`${root}/`);
/**
 * Finds the repository file a container path names (`/app/src/app.py`, `app.py`, `/start`):
 * first by replaying the image's COPY/ADD (and compose bind mounts) from the candidate build
 * contexts, then by ever shorter path suffixes anywhere in the repository — preferring files
 * under `entry.dir`, then files whose dev-only status matches the entry's, then shorter paths.
 * When a COPY/ADD of plain repository paths puts something at the path, the image's copy is
 * known: a suffix match must then lie in what that copy takes from its build context (a file of a
 * sibling folder outside the context is not in the image); an image that takes nothing from its
 * build context (`layout.sealed`) holds no file of another folder.
 */
function resolveFile(snapshot, path, entry, fallback = true) {
    const { layout } = entry;
    const abs = normalizeAbs(posixJoin(layout.workdir ?? '/', path));
    // Where the copies that cover `abs` take their files from; null once one of them is not a plain repository path.
    let roots = [];
    const folders = fallback ? foldersOf(snapshot) : null;
    for (const copy of [...layout.copies].reverse()) {
        const d = copy.dest === '/' ? '' : copy.dest;
        const rel = abs === d ? '' : abs.startsWith(`${d}/`) ? abs.slice(d.length + 1) : null;
        if (rel === null)
            continue;
        for (const src of copy.srcs) {
            if (/[*?[]/.test(src) || /^[a-z]+:\/\//i.test(src)) {
                roots = null;
                continue;
            }
            let from = null;
            for (const ctx of layout.contexts) {
                const s = (0,classify/* joinPath */.uJ)(ctx, src);
                if (s === null)
                    continue;
                for (const c of [rel ? (0,classify/* joinPath */.uJ)(s, rel) : s, rel === (0,classify/* basename */.P8)(s) ? s : null])
                    if (c && snapshot.has(c))
                        return c;
                if (from === null && folders && (snapshot.has(s) || folders.has(s)))
                    from = s;
            }
            // A source found in no candidate context comes from a context we cannot see: nothing is known.
            if (from === null)
                roots = null;
            else
                roots?.push(from);
        }
    }
    const parts = abs.split('/').filter(Boolean);
    if (!parts.length || !fallback)
        return null;
    const inImage = (f) => (!layout.sealed || isUnder(f, entry.dir)) && (!layout.confined || layout.confined.some((c) => isUnder(f, c))) && (!roots?.length || roots.some((r) => isUnder(f, r)));
    for (let k = 0; k < parts.length; k++) {
        const suffix = parts.slice(k).join('/');
        const direct = entry.dir ? `${entry.dir}/${suffix}` : suffix;
        if (snapshot.has(direct) && inImage(direct))
            return direct;
        const hits = (filesByName(snapshot).get((0,classify/* basename */.P8)(suffix)) ?? []).filter((f) => (f === suffix || f.endsWith(`/${suffix}`)) && inImage(f));
        if (!hits.length)
            continue;
        const rank = (f) => (entry.dir && !f.startsWith(`${entry.dir}/`) ? 2 : 0) + ((0,classify/* isDevOnly */.uL)(f) !== entry.devOnly ? 1 : 0);
        return hits.sort((a, b) => rank(a) - rank(b) || a.length - b.length)[0];
    }
    return null;
}
/**
 * The module file for a dotted Python module name (`pkg.app` → `pkg/app.py` or `pkg/app/__init__.py`, `__main__.py` for `-m`):
 * a module or package the image's COPY/ADD put in place beats a path-suffix match elsewhere.
 */
function resolveModule(snapshot, mod, entry, main) {
    const base = mod.replace(/\./g, '/');
    const candidates = [`${base}.py`, `${base}/${main ? '__main__' : '__init__'}.py`];
    for (const c of candidates) {
        const f = resolveFile(snapshot, c, entry, false);
        if (f)
            return f;
    }
    for (const c of candidates) {
        const f = resolveFile(snapshot, c, entry);
        if (f)
            return f;
    }
    return null;
}
/**
 * Follows an entry point to what it really runs: unwraps shells and wrappers, reads
 * `package.json` scripts and shell scripts it names (bounded depth), and inspects the Python
 * modules it runs (`python app.py`) or serves (`gunicorn app:app`).
 */
function analyseEntry(snapshot, entry) {
    // Entry points are shared per view (entryPoints), so their analysis is too.
    const known = launches.get(entry);
    if (known)
        return known;
    const launch = { entry, dev: null, calls: [], env: {}, scripts: [], pythonScripts: [], commands: [] };
    const seen = new Set();
    const inspectPython = (file, via, server, shown) => {
        if (file && via === 'script' && !launch.pythonScripts.includes(file))
            launch.pythonScripts.push(file);
        if (!file || seen.has(file))
            return;
        seen.add(file);
        const text = snapshot.text(file);
        if (text === undefined)
            return;
        for (const call of pythonRunCalls(text)) {
            launch.calls.push({ file, call, via });
            if (!call.dev)
                continue;
            const at = { debug: call.debug, file, line: call.line, column: call.column };
            if (via === 'script' && call.scope !== 'function')
                launch.dev ??= { what: `${shown ?? `python ${(0,classify/* basename */.P8)(file)}`} calling ${call.framework === 'sanic' ? `Sanic ${call.call}(${call.flag})` : `${call.call}()`}`, ...at };
            // Unguarded at module level, the dev server starts as soon as the server imports the module.
            else if (via === 'import' && call.scope === 'module')
                launch.dev ??= { what: `${call.call}() at module level, run when ${server} imports ${(0,classify/* basename */.P8)(file)}`, ...at };
        }
    };
    // `ctx`: the entry point as the command sees it (a `cd` earlier in its script moves its working directory).
    // `file`: the repository file the commands are written in (a start script, `package.json`), when not the entry point.
    const visit = (argv, from, depth, ctx = entry, writtenIn) => {
        if (depth > 4)
            return;
        for (const cmd of unwrap(argv)) {
            launch.commands.push({ argv: cmd.argv, ...(writtenIn ? { file: writtenIn } : {}) });
            const { here, dir } = cmd.cwd === undefined ? { here: ctx, dir: from } : chdir(ctx, from, cmd.cwd);
            Object.assign(launch.env, cmd.env);
            const v = commands_classify(cmd.argv);
            if (v.kind === 'dev') {
                launch.dev ??= { what: v.what, debug: !!v.debug, ...(v.debugFlag ? { debugFlag: v.debugFlag } : {}) };
                continue;
            }
            if (v.kind === 'python-script') {
                inspectPython(v.module ? resolveModule(snapshot, v.path, { ...here, dir }, true) : resolveFile(snapshot, v.path, { ...here, dir }), 'script', 'python', v.module ? `python -m ${v.path}` : undefined);
                continue;
            }
            if (v.kind === 'wsgi') {
                inspectPython(resolveModule(snapshot, v.module, { ...here, dir }, false), 'import', v.server);
                continue;
            }
            if (v.kind === 'package-script') {
                // A workspace's script runs in that package (found by its name, or its folder); one not in the repository is judged by the script's name.
                const pkg = v.workspace === undefined ? packageJson(snapshot, here, dir, v.cwd) : workspacePackage(snapshot, here, v.tool, v.workspace, v.cwd === undefined ? dir : (0,classify/* joinPath */.uJ)(dir, v.cwd) ?? dir);
                const body = pkg ? scriptOf(snapshot.text(pkg), v.script) : undefined;
                if (body === undefined) {
                    if (DEV_SCRIPT_NAMES.test(v.script))
                        launch.dev ??= { what: `${v.tool} run ${v.script}`, debug: false };
                    continue;
                }
                const key = `${pkg}#${v.script}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const before = launch.dev;
                visit(['/bin/sh', '-c', body], (0,classify/* dirname */.pD)(pkg), depth + 1, here, pkg);
                if (launch.dev && launch.dev !== before && !launch.dev.file)
                    launch.dev = { ...launch.dev, what: `${v.tool} ${v.script === 'start' ? 'start' : `run ${v.script}`}${v.workspace === undefined ? '' : ` (workspace ${v.workspace}: ${pkg})`} → ${launch.dev.what}` };
                continue;
            }
            // pm2 started with a process file (`pm2-runtime ecosystem.config.js`, `pm2 start process.yml --no-daemon`): each app it
            // starts is judged like a command of its own, and a dev server found is pointed at on the app's `args`/`script`/`watch` line.
            const processFile = pm2ProcessFile(cmd.argv);
            if (processFile && 'argv' in processFile) {
                visit(processFile.argv, dir, depth + 1, here, writtenIn);
                continue;
            }
            if (processFile) {
                const file = resolveFile(snapshot, processFile.path, { ...here, dir });
                if (!file || seen.has(file))
                    continue;
                seen.add(file);
                for (const app of pm2Apps(snapshot, file)) {
                    if (processFile.only && !processFile.only.includes(app.name))
                        continue;
                    const before = launch.dev;
                    const argv = pm2Argv(app);
                    const appDir = (0,classify/* dirname */.pD)(file);
                    const moved = app.cwd === undefined ? { here, dir: appDir } : chdir(here, appDir, app.cwd);
                    if (argv)
                        visit(argv, moved.dir, depth + 1, moved.here, file);
                    if (!launch.dev && app.watch)
                        launch.dev = { what: `pm2 watch: ${app.watch.shown}`, debug: false };
                    if (launch.dev && launch.dev !== before && !launch.dev.file && !launch.dev.at) {
                        const at = launch.dev.what.startsWith('pm2 watch: ') ? app.watch?.at : app.commandAt;
                        launch.dev = { ...launch.dev, ...(at ? { at: { file, ...at, via: `pm2 app '${app.name}'` } } : {}) };
                    }
                }
                continue;
            }
            const n = cmd.argv[0] ?? '';
            if (exeName(n) === 'supervisord') {
                const i = cmd.argv.findIndex((x) => x === '-c' || x === '--configuration');
                const conf = i > 0 ? cmd.argv[i + 1] : cmd.argv.find((x) => x.startsWith('--configuration='))?.slice(16);
                const file = conf ? resolveFile(snapshot, conf, { ...here, dir }) : ['/etc/supervisor/conf.d/supervisord.conf', '/etc/supervisord.conf', '/etc/supervisor/supervisord.conf'].map((p) => resolveFile(snapshot, p, { ...here, dir }, false)).find(Boolean) ?? null;
                const text = file && !seen.has(file) ? snapshot.text(file) : undefined;
                if (file)
                    seen.add(file);
                // Each `[program:x]` command is a process production starts; a dev server found there is pointed at on its line.
                for (const m of (text ?? '').matchAll(/^([ \t]*)command[ \t]*=[ \t]*(.+)$/gm)) {
                    const before = launch.dev;
                    visit(['/bin/sh', '-c', m[2]], dir, depth + 1, here, file ?? undefined);
                    if (file && launch.dev && launch.dev !== before && !launch.dev.file && !launch.dev.at) {
                        const head = text.slice(0, m.index);
                        const program = /\[program:([^\]\s]+)\][^[]*$/.exec(head)?.[1];
                        launch.dev = { ...launch.dev, at: { file, line: head.split('\n').length, column: m[1].length + 1, via: `supervisord${program ? ` program '${program}'` : ''}` } };
                    }
                }
                continue;
            }
            // A bare name is a start script only when the image copies it onto the PATH; a name with a slash is a path
            // the shell runs as it is (`./start.sh`, `/start`, and relative ones: Heroku's `web: bin/start`).
            const onPath = n.includes('/') ? null : PATH_DIRS.map((d) => resolveFile(snapshot, `${d}/${n}`, { ...here, dir }, false)).find(Boolean) ?? null;
            if (onPath || /\.sh$/.test(n) || n.includes('/') || /entrypoint/i.test(n)) {
                // A start script: read it when it is in the repository, then judge the rest of the argv (`exec "$@"`).
                const file = onPath ?? resolveFile(snapshot, n, { ...here, dir });
                const text = file && !seen.has(file) ? snapshot.text(file) : undefined;
                const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text ?? '');
                const interpreter = shebang ? exeName(shebang[1]) === 'env' ? shebang[2] ?? '' : exeName(shebang[1]) : 'sh';
                if (file && text !== undefined && isPythonExe(interpreter))
                    inspectPython(file, 'script', 'python');
                else if (file && text !== undefined && SHELLS.test(interpreter)) {
                    seen.add(file);
                    launch.scripts.push(file);
                    const before = launch.dev;
                    visit(['/bin/sh', '-c', text.replace(/\r\n?/g, '\n')], dir, depth + 1, here, file);
                    // A dev server the script starts: named at its line there (the finding stays at the entry point that runs the script).
                    if (launch.dev && launch.dev !== before && !launch.dev.file && !launch.dev.at) {
                        const at = lineNaming(text, launch.dev.what);
                        if (at)
                            launch.dev = { ...launch.dev, file, line: at.line, column: at.column };
                    }
                }
                if (cmd.argv.length > 1)
                    visit(cmd.argv.slice(1), dir, depth + 1, here, writtenIn);
            }
        }
    };
    visit(entry.argv, entry.dir, 0);
    launches.set(entry, launch);
    return launch;
}
const launches = new WeakMap();
/** The first uncommented line of a script holding every word of `what` (`manage.py runserver`), with the column of the first. */
function lineNaming(text, what) {
    const words = what.split(/\s+/).filter((w) => w.length > 1 && !/^(?:→|python|calling)$/.test(w) && !w.endsWith('()'));
    if (!words.length)
        return null;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < Math.min(lines.length, 5000); i++) {
        const l = lines[i];
        if (/^\s*#/.test(l) || !words.every((w) => l.includes(w)))
            continue;
        return { line: i + 1, column: l.indexOf(words[0]) + 1 };
    }
    return null;
}
/**
 * The entry point as a command after `cd cwd` sees it: the container's working directory moves (so the image's
 * COPY/ADD still place files), and so does the repository folder a relative `cd` names (`cd spa` → `spa/package.json`).
 */
function chdir(ctx, from, cwd) {
    const dir = cwd.startsWith('/') ? from : (0,classify/* joinPath */.uJ)(from, cwd) ?? from;
    return { here: { ...ctx, dir, layout: { ...ctx.layout, workdir: normalizeAbs(posixJoin(ctx.layout.workdir ?? '/', cwd)) } }, dir };
}
const PATH_DIRS = ['/usr/local/bin', '/usr/local/sbin', '/usr/bin', '/bin'];
/**
 * The `package.json` a package script runs from: in the container's working directory (the entry point's
 * own folder), the one the image's COPY/ADD or the compose bind mounts put there (`./frontend:/app` with
 * `working_dir: /app` → `frontend/package.json`); else the nearest one up from the folder. `cwd`: a folder
 * the tool is told to run in (`npm --prefix frontend start`), relative to the working directory.
 */
function packageJson(snapshot, entry, dir, cwd) {
    const rel = cwd ? `${cwd.replace(/\/+$/, '')}/package.json` : 'package.json';
    if (dir === entry.dir) {
        const placed = resolveFile(snapshot, rel, entry, false);
        if (placed)
            return placed;
    }
    if (cwd === undefined)
        return findUp(snapshot, dir, 'package.json');
    if (cwd.startsWith('/'))
        return resolveFile(snapshot, rel, { ...entry, dir }, false);
    const d = (0,classify/* joinPath */.uJ)(dir, cwd);
    return d === null ? null : findUp(snapshot, d, 'package.json');
}
/** pm2's options that take a value (its commander definitions); `--watch [paths]` takes one optionally, so it is read both ways. */
const PM2 = {
    values: ['--env', '--only', '-n', '--name', '-i', '--instances', '--interpreter', '--interpreter-args', '--node-args', '--cwd', '-o', '--output', '-e', '--error', '-l', '--log', '--log-type', '--log-date-format', '--max-memory-restart', '-c', '--cron', '--cron-restart', '--restart-delay', '--exp-backoff-restart-delay', '--kill-timeout', '--listen-timeout', '--ignore-watch', '--watch-delay', '--namespace', '-p', '--pid', '--uid', '--gid', '--max-restarts', '--min-uptime', '--stop-exit-codes', '--filter-env', '--public', '--secret', '--machine-name'],
    flags: ['--no-daemon', '--no-autorestart', '--merge-logs', '-f', '--force', '--update-env', '--time', '--wait-ready', '--no-vizion', '--no-pmx', '--no-automation', '--shutdown-with-message', '--source-map-support', '--disable-source-map-support', '--deep-monitoring', '--trace', '--disable-trace', '--format', '--json', '--raw', '-s', '--silent', '--attach', ...HELP],
};
/**
 * The process file pm2 is started with (`pm2-runtime [start] ecosystem.config.js`, `pm2 start|restart|reload|startOrRestart
 * process.yml`; pm2 takes a name holding `.json`, `.yml`, `.yaml`, `.config.js`, `.config.cjs` or `.config.mjs` for one), and the
 * apps `--only` selects. Null when the command is not that, or when the readings of its options disagree on the file.
 */
function pm2ProcessFile(argv) {
    const n = exeName(argv[0] ?? '');
    if (n !== 'pm2' && n !== 'pm2-runtime' && n !== 'pm2-docker')
        return null;
    const dd = argv.indexOf('--');
    const rest = argv.slice(1, dd > 0 ? dd : argv.length);
    const targets = new Set(operands(rest, PM2).map((ops) => {
        const sub = ops[0];
        return (n === 'pm2' ? (/^(?:start|restart|reload|startOrRestart|startOrReload|startOrGracefulReload)$/.test(sub ?? '') ? ops[1] : undefined) : sub === 'start' ? ops[1] : sub) ?? null;
    }));
    const [target] = [...targets];
    if (targets.size !== 1 || !target)
        return null;
    if (!/\.(?:json|ya?ml)|\.config\.[cm]?js/.test(target)) {
        // `pm2-runtime start npm -- run dev`, `pm2 start app.py --interpreter python3`: the app pm2 starts, its own arguments after `--`.
        const interpreter = optionValue(rest, ['--interpreter']);
        const script = target.includes(' ') ? ['/bin/sh', '-c', target] : pm2Argv({ name: target, script: target, args: dd > 0 ? argv.slice(dd + 1) : [], ...(interpreter ? { interpreter } : {}), interpreterArgs: words(optionValue(rest, ['--node-args', '--interpreter-args'])) ?? [], watch: null });
        return script ? { argv: script } : null;
    }
    const only = optionValue(rest, ['--only']);
    return { path: target, only: only === undefined ? null : only.split(',').map((x) => x.trim()) };
}
const words = (v) => (typeof v === 'string' ? shellCommands(v).flat() : Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number') ? v.map(String) : v === undefined ? [] : null);
/** The apps of a pm2 process file: `apps` of a JS module (`module.exports = { apps: [...] }`, `export default`), JSON or YAML file (or a list of apps, or one app). */
const pm2Apps = (snapshot, file) => {
    const text = snapshot.text(file);
    if (text === undefined)
        return [];
    return /\.[cm]?js$/.test(file) ? pm2AppsJs(scanSource(file, text, 'js')) : pm2AppsData(snapshot, file, text);
};
function pm2AppsData(snapshot, file, text) {
    const doc = snapshot.yaml(file)?.docs[0];
    let value = doc?.value;
    if (value === undefined && /\.json$/.test(file)) {
        try {
            value = JSON.parse(text);
        }
        catch {
            return [];
        }
    }
    const [list, base] = (0,yaml/* isObject */.Gv)(value) && Array.isArray(value['apps']) ? [value['apps'], ['apps']] : Array.isArray(value) ? [value, []] : (0,yaml/* isObject */.Gv)(value) && value['script'] !== undefined ? [[value], []] : [[], []];
    const out = [];
    list.forEach((app, i) => {
        if (!(0,yaml/* isObject */.Gv)(app))
            return;
        const at = (key) => (doc?.loc([...base, ...(base.length || Array.isArray(value) ? [i] : []), key], true) ?? undefined);
        const str = (key) => (typeof app[key] === 'string' ? app[key] : undefined);
        const w = app['watch'];
        const watchOn = w === true || (typeof w === 'string' && w !== '' && w !== 'false') || (Array.isArray(w) && w.length > 0);
        const script = str('script');
        out.push({
            name: str('name') ?? (script ? (0,classify/* basename */.P8)(script).replace(/\.[^.]*$/, '') : 'app'), ...(script ? { script } : {}),
            args: words(app['args']), ...(str('interpreter') ? { interpreter: str('interpreter') } : {}),
            interpreterArgs: words(app['interpreter_args'] ?? app['node_args']) ?? [], ...(str('cwd') ? { cwd: str('cwd') } : {}),
            watch: watchOn ? { shown: JSON.stringify(w), ...(at('watch') ? { at: at('watch') } : {}) } : null,
            ...((at('args') && app['args'] !== undefined) || at('script') ? { commandAt: app['args'] !== undefined ? at('args') ?? at('script') : at('script') } : {}),
        });
    });
    return out;
}
function pm2AppsJs(src) {
    // `apps: [` as a property (not in a comment or string), else `const apps = [` for `module.exports = { apps }`.
    let open = -1;
    for (const m of src.code.matchAll(/(?<![\w$.])(?:apps|(['"])apps\1)\s*:\s*\[|(?:const|let|var)\s+apps\s*=\s*\[/g)) {
        if (src.bare[m.index] !== src.code[m.index])
            continue;
        open = m.index + m[0].length - 1;
        break;
    }
    if (open < 0)
        return [];
    const close = matchBracket(src, open);
    if (close < 0)
        return [];
    const out = [];
    for (const el of splitList(src, open + 1, close)) {
        const obj = objectLiteral(src, el);
        if (!obj)
            continue;
        const props = new Map();
        for (const p of objectProps(src, obj))
            if (p.name !== null && !props.has(p.name))
                props.set(p.name, p);
        const at = (key) => {
            const p = props.get(key);
            if (!p)
                return undefined;
            const k = src.code.lastIndexOf(key, p.start);
            const start = k >= 0 && /['"`]/.test(src.code[k - 1] ?? '') ? k - 1 : Math.max(k, 0);
            return { line: src.lineAt(start), column: src.columnAt(start) };
        };
        const str = (key) => { const p = props.get(key); return p ? stringValue(p.value) ?? undefined : undefined; };
        const list = (key) => {
            const p = props.get(key);
            if (!p)
                return undefined;
            const s = stringValue(p.value);
            if (s !== null)
                return s;
            const els = listElements(p.value);
            const vals = els?.map((e) => stringValue(e) ?? (/^\d+$/.test(e) ? e : null));
            return vals && vals.every((x) => x !== null) ? vals : null;
        };
        const w = props.get('watch')?.value.trim();
        const wl = w !== undefined && w.startsWith('[') ? list('watch') : undefined;
        const ws = w === undefined ? null : stringValue(w);
        const watchOn = w === 'true' || (Array.isArray(wl) && wl.length > 0) || (ws !== null && ws !== '' && ws !== 'false');
        const script = str('script');
        const name = str('name') ?? (script ? (0,classify/* basename */.P8)(script).replace(/\.[^.]*$/, '') : 'app');
        const commandAt = props.has('args') ? at('args') : at('script');
        out.push({
            name, ...(script ? { script } : {}), args: words(list('args')), ...(str('interpreter') ? { interpreter: str('interpreter') } : {}),
            interpreterArgs: words(list('interpreter_args') ?? list('node_args')) ?? [], ...(str('cwd') ? { cwd: str('cwd') } : {}),
            watch: watchOn ? { shown: w.replace(/\s+/g, ' '), ...(at('watch') ? { at: at('watch') } : {}) } : null,
            ...(commandAt ? { commandAt } : {}),
        });
    }
    return out;
}
/**
 * The command line pm2 runs for an app: its `interpreter` (`none`: the script itself), else by the script's extension
 * (`.js` → node, `.py` → python, `.sh` → bash), else the script as a command (`npm`, `node_modules/.bin/next`: pm2 runs
 * those with node, and they do what they would from the shell). Null when the script or its arguments are not literals.
 */
function pm2Argv(app) {
    const { script, args, interpreter } = app;
    if (!script || !args)
        return null;
    if (interpreter && interpreter !== 'none')
        return [interpreter, ...app.interpreterArgs, script, ...args];
    if (interpreter === 'none')
        return [script, ...args];
    if (/\.[cm]?[jt]s$/.test(script))
        return ['node', ...app.interpreterArgs, script, ...args];
    if (/\.py$/.test(script))
        return ['python', script, ...args];
    if (/\.sh$/.test(script))
        return ['bash', script, ...args];
    return [script, ...args];
}
/** The `package.json` files of the repository by package `name` (node_modules and templates aside), read once per view. */
const packagesByName = (0,snapshot/* perView */.DN)(function packagesByName(snapshot) {
    const out = new Map();
    for (const f of filesByName(snapshot).get('package.json') ?? []) {
        if (/(^|\/)node_modules\//.test(f) || (0,classify/* isTemplate */.Fl)(f))
            continue;
        const text = snapshot.text(f);
        let name;
        try {
            name = text === undefined ? undefined : JSON.parse(text)?.name;
        }
        catch {
            name = undefined;
        }
        if (typeof name === 'string' && name)
            out.set(name, [...(out.get(name) ?? []), f]);
    }
    return out;
});
/**
 * The `package.json` of the workspace a package manager is told to run a script in: npm's `-w` names a package
 * or its folder, yarn's `workspace` a package, pnpm's `--filter` a package (its scope optional when no package has
 * the bare name) or a folder (`./apps/web`, `{apps/web}`). Patterns (`@acme/*`, `web...`) select no single package: null.
 * `dir`: where the command runs (folders are relative to it). Several packages of one name: the one under `dir`, then the shortest path.
 */
function workspacePackage(snapshot, entry, tool, selector, dir) {
    const sel = tool === 'pnpm' ? selector.replace(/^\{(.*)\}$/, '$1') : selector;
    if (/[*?!^[\]]|\.\.\./.test(sel))
        return null;
    if (tool !== 'yarn' && (sel.startsWith('.') || (!sel.startsWith('@') && sel.includes('/')) || selector !== sel)) {
        // The folder as the image holds it (its COPY/ADD from the build context), else from where the command runs.
        const rel = `${sel.replace(/\/+$/, '')}/package.json`;
        const placed = resolveFile(snapshot, rel, { ...entry, dir }, false);
        if (placed)
            return placed;
        const p = (0,classify/* joinPath */.uJ)(dir, rel);
        if (p && snapshot.has(p))
            return p;
        if (sel.startsWith('.') || selector !== sel)
            return null;
    }
    const byName = packagesByName(snapshot);
    let hits = byName.get(sel) ?? [];
    if (!hits.length && tool === 'pnpm' && !sel.startsWith('@')) {
        const scoped = [...byName.keys()].filter((k) => k.startsWith('@') && k.endsWith(`/${sel}`));
        if (scoped.length === 1)
            hits = byName.get(scoped[0]);
    }
    const rank = (f) => (isUnder(f, dir) ? 0 : 2) + ((0,classify/* isTestFile */.hl)(f) ? 1 : 0);
    return [...hits].sort((a, b) => rank(a) - rank(b) || a.length - b.length)[0] ?? null;
}
function findUp(snapshot, dir, name) {
    let d = dir;
    for (let i = 0; i < 32; i++) {
        const p = d ? `${d}/${name}` : name;
        if (snapshot.has(p))
            return p;
        if (!d)
            return null;
        d = (0,classify/* dirname */.pD)(d);
    }
    return null;
}
function scriptOf(text, name) {
    if (text === undefined)
        return undefined;
    try {
        const pkg = JSON.parse(text);
        const scripts = (0,yaml/* isObject */.Gv)(pkg) && (0,yaml/* isObject */.Gv)(pkg['scripts']) ? pkg['scripts'] : {};
        const s = scripts[name];
        if (typeof s === 'string')
            return s;
        // npm start without a script runs `node server.js`.
        return name === 'start' ? 'node server.js' : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A deploy environment value as deployed when nothing else sets its variables (compose's `${X:-false}` is `false`,
 * and so is it in an env file that compose's `env_file`, python-dotenv or dotenv-expand reads),
 * trimmed and unquoted; null when a variable in it has no default (its value is not known here).
 */
function deployedValue(value) {
    const v = value.includes('$') ? composeDefaults(value) : value;
    return v === null ? null : v.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
}
/** Expands `${VAR:-default}` / `${VAR-default}` compose-style interpolation using only the defaults; null when a variable has no default. */
function composeDefaults(value) {
    return (0,dockerfile/* substitute */.V2)(value.replace(/\$\$/g, '\u0000'), new Map())?.replace(/\u0000/g, '$') ?? null;
}

;// CONCATENATED MODULE: ./lib/checks/cookie-flags.js







/** Session-like cookie names (CSRF cookies included: they must be Secure, HttpOnly is not asked of them). */
const SESSION_NAMES = [...util_text/* SESSION_COOKIE_WORDS */.Ip, 'csrf', 'xsrf'].join('|');
const SETTING = /(SESSION|CSRF|REMEMBER)_COOKIE_(SECURE|HTTPONLY)/;
const FALSE_PY = /^False$/;
const FALSE_ENV = /^(false|0|no|off)$/i;
/** CSRF tokens are meant to be read by JavaScript (double-submit pattern): HttpOnly does not apply. */
const isCsrfHttpOnly = (name) => /csrf|xsrf/i.test(name) && /httponly/i.test(name);
function python(src, sessionNames, secured) {
    const hits = [];
    for (const s of pythonSettings(src, SETTING)) {
        if (isCsrfHttpOnly(s.name))
            continue;
        if (!FALSE_PY.test(s.value)) {
            if (!inDevBranch(src, s.start) && !(0,classify/* isDevOnly */.uL)(src.file))
                secured.push({ name: s.name, start: s.start, runtime: s.runtime, className: s.className });
            continue;
        }
        hits.push({ offset: s.start, what: `${s.name} = False`, setting: { name: s.name, runtime: s.runtime, className: s.className } });
    }
    for (const call of findCalls(src, 'set_cookie')) {
        const name = stringValue(call.args[0]?.value ?? '') ?? stringValue(call.args.find((a) => a.name === 'key')?.value ?? '');
        if (name === null || !sessionNames.test(name))
            continue;
        for (const a of call.args) {
            if ((a.name === 'secure' || (a.name === 'httponly' && !/csrf|xsrf/i.test(name))) && FALSE_PY.test(a.value.trim()))
                hits.push({ offset: a.start, what: `set_cookie('${name}', …, ${a.name}=False)` });
        }
    }
    return hits;
}
function falseProps(src, opts, label, csrf) {
    const obj = opts && objectLiteral(src, opts);
    if (!obj)
        return [];
    return objectProps(src, obj)
        .filter((p) => (p.name === 'secure' || (p.name === 'httpOnly' && !csrf)) && p.value.trim() === 'false')
        .map((p) => ({ offset: p.start, what: `${label} ${p.name}: false` }));
}
function javascript(src, sessionNames) {
    const hits = [];
    // The express-session README pattern: `cookie: { secure: false }`, then `sess.cookie.secure = true` in production.
    const flipped = /\bcookie\s*\.\s*(secure|httpOnly)\s*=(?!=)/.exec(src.bare)?.[1];
    const sessionCalls = [...jsImports(src, ['express-session']).flatMap((name) => findCalls(src, name).filter((c) => c.callee === name)), ...requireCalls(src, ['express-session'])];
    for (const call of sessionCalls) {
        const obj = call.args[0] && objectLiteral(src, call.args[0]);
        const cookie = obj ? objectProps(src, obj).find((p) => p.name === 'cookie') : undefined;
        hits.push(...falseProps(src, cookie, 'express-session cookie', false).filter((h) => !flipped || !h.what.endsWith(`${flipped}: false`)));
    }
    for (const name of jsImports(src, ['cookie-session'])) {
        for (const call of findCalls(src, name))
            if (call.callee === name)
                hits.push(...falseProps(src, call.args[0], 'cookie-session', false));
    }
    for (const call of requireCalls(src, ['cookie-session']))
        hits.push(...falseProps(src, call.args[0], 'cookie-session', false));
    for (const call of findCalls(src, 'cookie')) {
        if (!call.callee.includes('.') || call.args.length < 3)
            continue;
        const name = stringValue(call.args[0].value);
        if (name === null || !sessionNames.test(name))
            continue;
        hits.push(...falseProps(src, call.args[2], `cookie '${name}'`, /csrf|xsrf/i.test(name)));
    }
    // Express's `res.cookie` in other frameworks: Fastify `reply.setCookie(name, value, options)`, Koa
    // `ctx.cookies.set(name, value, options)`, and h3 (Nuxt) / Hono `setCookie(event, name, value, options)`.
    for (const call of findCalls(src, /setCookie|cookies\s*\.\s*set/)) {
        const first = call.callee.includes('.') ? 0 : 1;
        if (call.args.length < first + 3)
            continue;
        const name = stringValue(call.args[first].value);
        if (name === null || !sessionNames.test(name))
            continue;
        hits.push(...falseProps(src, call.args[first + 2], `cookie '${name}'`, /csrf|xsrf/i.test(name)));
    }
    return hits;
}
/** The cookies and attributes the check judges (its `cookies` and `flags` options). */
const COOKIE_KINDS = ['session', 'csrf', 'remember'];
const COOKIE_FLAGS = ['secure', 'httponly'];
/** Session and CSRF cookies are not explicitly configured insecure. */
const cookieFlags = defineCheck({
    id: 'cookie-flags',
    title: 'Session cookies are not configured insecure',
    severity: 'medium',
    description: 'Session/CSRF cookies are not explicitly configured without Secure or HttpOnly (Flask, Django, Express, Rails, Laravel, Spring Boot).',
    match: [
        {
            pattern: /\b(?:session|csrf)_cookie_(?:secure|httponly)\b|\bcookie\.(?:secure|httponly)\b/,
            note: 'a promise about Flask/Django cookie settings: the check fails when they are set insecure',
        },
        {
            // "Secure cookies", "Cookies have the Secure flag", "Cookies use Secure, HttpOnly and SameSite attributes",
            // "All cookies are set with Secure and HttpOnly"; the flags may come as a list.
            pattern: /\bsecure cookies?\b|\bcookies?\b[^;]*\b(?:secure|httponly)(?:,? (?:and )?(?:secure|httponly|samesite))* (?:flags?|attributes?)\b|\bcookies? (?:are |is )?(?:marked |set |set with |flagged )?(?:secure|httponly)\b|\bcookies? (?:uses?|ha(?:ve|s)|carr(?:y|ies)|gets?) (?:the )?(?:secure|httponly)\b|\b(?:httponly|secure|samesite)(?:,? (?:and )?(?:httponly|secure|samesite)){1,2} cookies?\b/,
            // Cookies of a mobile app's WebView are not the deployment's config.
            unless: /\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/,
            note: 'a promise that cookies carry Secure/HttpOnly: the check reads cookie config',
        },
        {
            // express-session's options as written ("Session cookie has `secure: true` and `httpOnly: true`",
            // "`cookie: { secure: true, httpOnly: true }` in express-session"): the check fails them set false.
            pattern: /\b(?:cookies?|session)\b[^;]*\b(?:secure|httponly) ?[:=] ?true\b/,
            // A session store's TLS (`secure: true` to Redis) is not the cookie's.
            unless: /\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android|redis|memcached|database|db)\b|\bsession (?:stores?|storage|cache|tables?)\b|\b(?:not|never|no)\b/,
            note: 'a promise that cookies are configured Secure/HttpOnly: the check reads cookie config',
        },
        {
            // express-session's `secure: false` / `httpOnly: false` refused: what the check reads.
            pattern: /\b(?:cookies?|session)\b[^;]*\b(?:not|never|no)\b[^;]*\b(?:secure|httponly) ?[:=] ?false\b|\b(?:not|never|no)\b[^;]*\b(?:cookies?|session)\b[^;]*\b(?:secure|httponly) ?[:=] ?false\b/,
            note: 'a promise that cookies are not configured insecure: the check reads cookie config',
        },
    ],
    docs: {
        why: 'A session cookie without `Secure` is sent over plain HTTP and can be stolen on the network; without `HttpOnly` any XSS can read it and take over the session.',
        fix: 'Remove the override (or set it to True/true in production): `SESSION_COOKIE_SECURE = True`, `cookie: { secure: true, httpOnly: true }`.',
        details: [
            'Only explicit insecure settings are reported (defaults vary by framework and are checked live by the `cookie-security` probe).',
            'Python (Flask, Flask-Login, Django): `SESSION_COOKIE_SECURE`, `SESSION_COOKIE_HTTPONLY`, `CSRF_COOKIE_SECURE`, `REMEMBER_COOKIE_SECURE`, `REMEMBER_COOKIE_HTTPONLY` set to `False` as a module or class assignment, `app.config["…"] = False`, `app.config.update(…)`/`from_mapping(…)`; `set_cookie(<session-like name>, …, secure=False | httponly=False)`.',
            'JavaScript: `express-session` `cookie: { secure: false | httpOnly: false }`, `cookie-session` `{ secure: false | httpOnly: false }`, `res.cookie(<session-like name>, value, { secure: false | httpOnly: false })` and the same options given to Fastify `reply.setCookie(name, value, {…})`, Koa `ctx.cookies.set(name, value, {…})` and h3/Hono `setCookie(event, name, value, {…})` (options in a same-file `const` are followed). `secure: process.env.NODE_ENV === "production"` is not a literal and passes.',
            'A Python setting set to `False` as a default (a base settings module, a base `Config` class) and to anything else in production code of the same project (`settings/production.py` next to `settings/base.py`, `class ProductionConfig`) is an overridden default and passes; only production code overrides, and only base configuration (a module or class whose name, config/settings words aside, is empty or says base: `base.py`, `common.py`, `settings.py`, `class Config`, `class BaseConfig`; a staging, Heroku or other environment\'s module or class, `settings/staging.py`, `class StagingConfig`, is judged on its own: the rule `debug-mode` shares), and a value production code sets is what deploys, whatever the base sets. Same project: the same folder, or one folder inside the other (the repository root holds every folder: a root `config.py` configures `app/__init__.py`); a sibling application\'s settings (`proj/settings/production.py` for `flaskapp/app.py`) override nothing. A runtime assignment (`app.config["SESSION_COOKIE_SECURE"] = False`, `app.config.update(…)`) replaces what was loaded before it, so it fails unless its own file later sets the setting again or loads a config (`app.config.from_object(ProductionConfig)`) that sets it.',
            'Rails: `config.session_store :cookie_store, …, secure: false` / `httponly: false` (in `config/environments/development.rb` a note; test is not read). Laravel `config/session.php`: `\'secure\' => false`, `\'secure\' => env(\'SESSION_SECURE_COOKIE\', false)` (Laravel 5\'s stock line: its false default stands unless the deploy environment sets the variable to another value), `\'http_only\' => false` (Laravel\'s stock `env(\'SESSION_SECURE_COOKIE\')` without a default is not explicit and passes).',
            'Spring Boot: `server.servlet.session.cookie.secure` / `http-only` (also `server.reactive.session.cookie.*` and Boot 1\'s `server.session.cookie.*`, any relaxed spelling such as `httpOnly`) set to `false`, or to a placeholder whose default is false (`${COOKIE_SECURE:false}`, unless the deploy environment sets that variable to another value), in `application.properties`/`.yml` and profile files; `-dev`/`-local` profile files and documents activated only for such profiles give `info` notes, test resources are not read. A value in the base file or document (no profile) that a `prod`/`production` profile of the same folder sets to anything else (a `---` document with `on-profile: prod`, `application-prod.yml`) is an overridden default and passes; another profile (`application-staging.yml`) is judged on its own. Java/Kotlin: Spring Session `DefaultCookieSerializer` `setUseSecureCookie(false)` / `setUseHttpOnlyCookie(false)` and the servlet `getSessionCookieConfig().setSecure(false)` / `setHttpOnly(false)`.',
            'Deploy config: `SESSION_COOKIE_SECURE=False` (also with `FLASK_`/`DJANGO_` prefixes, and the HTTPONLY/CSRF/REMEMBER variants), Laravel\'s `SESSION_SECURE_COOKIE=false` / `SESSION_HTTP_ONLY=false` (the variables `config/session.php` reads) and Spring Boot\'s `SERVER_SERVLET_SESSION_COOKIE_SECURE=false` / `…_HTTP_ONLY=false` in `.env` files, compose, Kubernetes env, fly.toml `[env]`, render.yaml `envVars`, Dockerfile `ENV`.',
            '`CSRF_COOKIE_HTTPONLY` and `httpOnly: false` on CSRF/XSRF cookies are not reported: the double-submit pattern needs JavaScript to read them. `SESSION_COOKIE_SAMESITE = None` is not reported (browsers default to Lax). Development-only files (`settings/local.py`, `.env.development`), compose services only in development/tooling profiles (`profiles: [dev]`…), `DevelopmentConfig`/`TestConfig` classes and `if DEBUG:` / `NODE_ENV === "development"` branches give `info` notes; tests and templates are not read.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({
        sessionNames: schemas/* string */.YjP().refine(util_text/* isRegExp */.gd, 'expected a valid regular expression').default(SESSION_NAMES).describe('Regular expression (case-insensitive) for session-like cookie names'),
        cookies: schemas/* array */.YOg(schemas/* enum */.k5n(COOKIE_KINDS)).min(1).default([...COOKIE_KINDS]).describe('The cookies the item promises about: session, csrf, remember (remember-me); an item naming `CSRF_COOKIE_SECURE` alone is not broken by `SESSION_COOKIE_SECURE = False`'),
        flags: schemas/* array */.YOg(schemas/* enum */.k5n(COOKIE_FLAGS)).min(1).default([...COOKIE_FLAGS]).describe('The attributes the item promises: secure, httponly'),
    }),
    scan(options) {
        const sessionNames = sessionPattern(options.sessionNames);
        return {
            accepts: (file) => !(0,classify/* isTemplate */.Fl)(file) && (isCodeFile(file) || ((RAILS_SESSION_FILE.test(file) || LARAVEL_SESSION_FILE.test(file) || SPRING_CODE.test(file) || isSpringConfig(file)) && !(0,classify/* isTestFile */.hl)(file) && !(0,classify/* isVendoredOrGenerated */.Gk)(file))),
            file(file, text) {
                if (isSpringConfig(file) && !isCodeFile(file))
                    return springConfig(file, text);
                if (SPRING_CODE.test(file))
                    return springCode(file, text);
                if (!isCodeFile(file))
                    return railsOrLaravel(file, text);
                if (!(0,util_text/* containsAnyCase */.q$)(text, { word: 'cookie', anchor: 'kie' }))
                    return undefined;
                const src = scanSource(file, text);
                const secured = [];
                const hits = src.lang === 'python' ? python(src, sessionNames, secured) : javascript(src, sessionNames);
                if (!hits.length && !secured.length)
                    return undefined;
                const py = src.lang === 'python';
                return {
                    hits: hits.map((hit) => ({ line: src.lineAt(hit.offset), column: src.columnAt(hit.offset), start: hit.offset, what: hit.what, setting: hit.setting ?? null, dev: (0,classify/* isDevOnly */.uL)(file) || inDevBranch(src, hit.offset) })),
                    secured,
                    loads: py ? pythonConfigLoads(src) : [],
                    classes: py ? pythonClasses(src) : [],
                };
            },
        };
    },
    run({ snapshot, options, scanned, report, skip }) {
        const emit = (file, line, column, what, dev) => {
            const kind = /csrf|xsrf/i.test(what) ? 'csrf' : /remember/i.test(what) ? 'remember' : 'session';
            const flag = /http[-_]?only/i.test(what) ? 'httponly' : 'secure';
            // An item promising about some cookies or attributes only is not broken by the others'.
            if (!options.cookies.includes(kind) || !options.flags.includes(flag))
                return;
            const cookie = `the ${kind === 'csrf' ? 'CSRF' : kind === 'remember' ? 'remember-me' : 'session'} cookie`;
            const message = `${what} ${flag === 'httponly' ? `makes ${cookie} readable by JavaScript` : `sends ${cookie} over plain HTTP`}; remove the override or set it to true in production`;
            report(dev ? { file, line, column, note: true, message: `${message} (development-only)` } : { file, line, column, message });
        };
        const env = configEnv(snapshot);
        // A Rails or Laravel app is judged by its session configuration (`config/application.rb`, `config/session.php`) even when it is clean.
        if (!scanned.length && !snapshot.files.some((f) => isCodeFile(f) || FRAMEWORK_APP.test(f) || (isSpringConfig(f) && !(0,classify/* isTestFile */.hl)(f) && !(0,classify/* isTemplate */.Fl)(f))) && !env.length) {
            skip('no code it reads (Python, JavaScript/TypeScript, Rails or Laravel session config, Spring config) and no deploy environment');
            return;
        }
        // Settings secured in production code of the same project (settings/production.py, class ProductionConfig)
        // make an insecure base value an overridden default, not the production configuration.
        const secured = scanned.flatMap((s) => s.data.secured.map((x) => ({ ...x, file: s.file })));
        const loads = new Map(scanned.map((s) => [s.file, s.data.loads]));
        const classes = new Map(scanned.map((s) => [s.file, s.data.classes]));
        // Spring Boot: a base value (`application.yml`, no profile) that a production profile of the same resources folder sets securely is a default.
        const springSecured = scanned.flatMap((s) => (s.data.spring ?? []).filter((x) => x.prod).map((x) => `${(0,classify/* dirname */.pD)(s.file)}\0${x.key}`));
        for (const { file, data } of scanned) {
            for (const hit of data.hits) {
                if (hit.setting && !hit.dev && overriddenSetting({ file, start: hit.start, ...hit.setting }, secured, loads, classes))
                    continue;
                if (hit.springKey && springSecured.includes(`${(0,classify/* dirname */.pD)(file)}\0${hit.springKey}`))
                    continue;
                // `env('SESSION_SECURE_COOKIE', false)`, `${COOKIE_SECURE:false}`: the false default is dead when the deploy
                // environment sets the variable to something else (a false value there is reported where it is written).
                // A compose `${SESSION_SECURE_COOKIE:-false}` deploys its default; `${SESSION_SECURE_COOKIE}` hands the deploy's own value through.
                if (hit.envKey && env.some((e) => { const v = deployedValue(e.value); return !e.dev && e.key === hit.envKey && (v === null || (v !== '' && !FALSE_ENV.test(v))); }))
                    continue;
                emit(file, hit.line, hit.column, hit.what, hit.dev);
            }
        }
        for (const e of env) {
            // Flask/Django names (with their prefixes), and the variables Laravel's config/session.php reads.
            // Spring Boot reads SERVER_SERVLET_SESSION_COOKIE_SECURE (relaxed binding) as server.servlet.session.cookie.secure.
            const m = /^(?:FLASK_|DJANGO_)?((SESSION|CSRF|REMEMBER)_COOKIE_(SECURE|HTTPONLY))$|^(SESSION_SECURE_COOKIE|SESSION_HTTP_ONLY|SERVER_(?:SERVLET_|REACTIVE_)?SESSION_COOKIE_(?:SECURE|HTTP_?ONLY))$/i.exec(e.key);
            if (!m || isCsrfHttpOnly(m[1] ?? m[4]) || !FALSE_ENV.test(e.value.trim()))
                continue;
            emit(e.file, e.line, e.column, `${e.key}=${e.value.trim()}`, e.dev);
        }
    },
});
/** Ruby files that may configure Rails' session cookie; Laravel's session configuration. */
const RAILS_SESSION_FILE = /\.rb$/i;
const LARAVEL_SESSION_FILE = /(?:^|\/)config\/session\.php$/;
/** The files that make a repository a Rails or Laravel application. */
const FRAMEWORK_APP = /(?:^|\/)config\/(?:application\.rb|session\.php)$/;
/** Rails `config.session_store :cookie_store, key: '…', secure: false` (also `httponly: false`, `=>` hashes), to the end of the call. */
const RAILS_STORE = /\bsession_store\b/g;
const RAILS_FLAG = /(?<![\w:])(?::?(secure|httponly)\s*(?::|=>)\s*)false\b/g;
/** Laravel `'secure' => false`, `'secure' => env('SESSION_SECURE_COOKIE', false)`, `'http_only' => false`. */
const LARAVEL_FLAG = /(['"])(secure|http_only)\1\s*=>\s*(?:false|env\(\s*(['"])(\w+)\3\s*,\s*false\s*\))/gi;
/** Rails environments that never deploy (development gives notes; test is not read). */
const RAILS_ENV_FILE = /(?:^|\/)config\/environments\/([\w-]+)\.rb$/;
/** Rails' and Laravel's explicit insecure session cookie settings (their defaults are judged live by `cookie-security`). */
function railsOrLaravel(file, text) {
    const laravel = LARAVEL_SESSION_FILE.test(file);
    if (laravel ? !text.includes('=>') : !text.includes('session_store'))
        return undefined;
    const env = RAILS_ENV_FILE.exec(file)?.[1]?.toLowerCase();
    if (env === 'test')
        return undefined;
    const src = otherSource(file, text);
    const found = [];
    if (laravel) {
        for (const m of src.code.matchAll(LARAVEL_FLAG)) {
            if (src.bare[m.index] !== src.code[m.index])
                continue; // inside a comment
            found.push({ offset: m.index, what: `config/session.php ${(0,util_text/* quoteSource */.IU)(m[0])}`, ...(m[4] ? { envKey: m[4] } : {}) });
        }
    }
    else {
        for (const m of src.bare.matchAll(RAILS_STORE)) {
            // The call: its parenthesised arguments, or the line and the lines its trailing commas continue onto.
            let end = src.bare.indexOf('\n', m.index);
            for (let guard = 0; guard < 20 && end !== -1 && /,\s*$/.test(src.bare.slice(m.index, end)); guard++)
                end = src.bare.indexOf('\n', end + 1);
            const call = src.code.slice(m.index, end === -1 ? src.code.length : end);
            for (const f of call.matchAll(RAILS_FLAG))
                found.push({ offset: m.index + f.index, what: `Rails session_store ${f[1]}: false` });
        }
    }
    if (!found.length)
        return undefined;
    const dev = (env !== undefined && classify/* DEV_WORD */.b3.test(env)) || (0,classify/* isDevOnly */.uL)(file);
    return {
        hits: found.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, setting: null, dev: dev || inDevBranch(src, h.offset), ...(h.envKey ? { envKey: h.envKey } : {}) })),
        secured: [],
        loads: [],
        classes: [],
    };
}
/** Options are validated (isRegExp) before a check runs: the source always compiles here. */
function sessionPattern(source) {
    return new RegExp(source, 'i');
}
/** Spring Boot's session cookie settings (servlet, reactive, and Boot 1's `server.session`). */
const SPRING_COOKIE_KEY = /^server\.(?:servlet\.|reactive\.)?session\.cookie\.(secure|http-only)$/;
/** A boolean Spring binds as false, also as the default of a placeholder (`${COOKIE_SECURE:false}`). */
const SPRING_FALSE = /^(?:false|no|off|0|\$\{[^}:]+:(?:false|no|off|0)\})$/i;
/** Profiles production runs (`application-prod.yml`, `on-profile: production`). */
const SPRING_PROD = /^(?:prod|production|live)$/i;
/** `server.servlet.session.cookie.secure: false` (and `http-only`) in `application*.properties`/`.yml`. */
function springConfig(file, text) {
    if (!(0,util_text/* lowerText */.tq)(text).includes('cookie'))
        return undefined;
    const fileProfile = springFileProfile(file);
    const hits = [];
    const spring = [];
    for (const s of springSettings(file, text)) {
        const m = SPRING_COOKIE_KEY.exec(s.key);
        if (!m)
            continue;
        const profile = s.profile ?? fileProfile;
        if (!SPRING_FALSE.test(s.value.trim())) {
            spring.push({ key: m[1], prod: profile !== null && profile.split(/[\s,|&!()]+/).some((w) => SPRING_PROD.test(w)) });
            continue;
        }
        const dev = (0,classify/* isDevOnly */.uL)(file) || isDevProfile(fileProfile) || isDevProfile(s.profile);
        const placeholder = /^\$\{([^}:]+):/.exec(s.value.trim());
        hits.push({ line: s.line, column: s.column, start: 0, what: `Spring Boot ${s.key}=${s.value.trim()}`, setting: null, dev, ...(profile === null ? { springKey: m[1] } : {}), ...(placeholder ? { envKey: placeholder[1].trim() } : {}) });
    }
    return hits.length || spring.length ? { hits, secured: [], loads: [], classes: [], spring } : undefined;
}
/** Java/Kotlin sources: Spring Session's DefaultCookieSerializer and the servlet SessionCookieConfig set insecure. */
const SPRING_CODE = /\.(?:java|kt)$/i;
const SPRING_SETTER = /\b(?:setUse(Secure|HttpOnly)Cookie|(?:getSessionCookieConfig\s*\(\s*\)|sessionCookieConfig)\s*\.\s*set(Secure|HttpOnly))\s*\(\s*false\s*\)/g;
function springCode(file, text) {
    if (!text.includes('Cookie'))
        return undefined;
    const src = otherSource(file, text);
    const hits = [];
    for (const m of src.bare.matchAll(SPRING_SETTER)) {
        const flag = (m[1] ?? m[2]);
        const what = m[1] ? `Spring Session cookie serializer setUse${flag}Cookie(false)` : `servlet session cookie config set${flag}(false)`;
        hits.push({ line: src.lineAt(m.index), column: src.columnAt(m.index), start: m.index, what, setting: null, dev: (0,classify/* isDevOnly */.uL)(file) || inDevBranch(src, m.index) });
    }
    return hits.length ? { hits, secured: [], loads: [], classes: [] } : undefined;
}

;// CONCATENATED MODULE: ./lib/checks/util/env-bool.js
/**
 * Python boolean settings read from the environment (`DEBUG = env.bool("DEBUG", default=True)`): what they are
 * when the variable is unset. Shared by debug-mode and cors-wildcard.
 */
/** A Python literal as the environment would hand it over: `"True"` → `True`, `1` → `1`; null for anything else. */
function pyLiteral(expr) {
    const m = /^(?:(['"])([\w.-]*)\1|(True|False|None|-?\d+))$/.exec(expr.trim());
    return m ? (m[2] ?? m[3]) : null;
}
const TRUTHY_TEXT = /^(1|true|yes|on|y|t)$/i;
/** Variables a hosting platform sets itself: a deploy cannot forget them. */
const PLATFORM_SET = /^(?:RENDER|DYNO|FLY_APP_NAME|FLY_ALLOC_ID|RAILWAY_ENVIRONMENT(?:_NAME)?|VERCEL|K_SERVICE|AWS_LAMBDA_FUNCTION_NAME|AWS_EXECUTION_ENV|WEBSITE_HOSTNAME|WEBSITE_SITE_NAME|KUBERNETES_SERVICE_HOST|GAE_ENV|GAE_APPLICATION|ECS_CONTAINER_METADATA_URI(?:_V4)?|PYTHONANYWHERE_DOMAIN|DIGITALOCEAN_APP_(?:ID|NAME)|NETLIFY|CF_PAGES)$/;
/**
 * The environment variable whose absence makes a Python boolean setting True (`DEBUG = …`, `CORS_ALLOW_ALL_ORIGINS = …`), or null: the
 * expression read with the variable unset, i.e. with the read's default (`os.environ.get("DEBUG", "True") == "True"`,
 * `os.getenv("DEBUG", "1").lower() in ("1", "true")`, `bool(int(os.getenv("DEBUG", "1")))`,
 * `strtobool(os.getenv("DEBUG", "yes"))`, `env.bool("DEBUG", default=True)`, `config("DEBUG", default=True, cast=bool)`,
 * `os.environ.get("DEBUG", True)`). Anything it cannot evaluate is null (precision over recall).
 */
function trueWhenUnset(expr) {
    const e = expr.trim().replace(/\s+/g, ' ');
    // `True if os.environ.get("DEBUG", "True") == "True" else False`: the condition itself.
    const ternary = /^True if (.+) else False$/.exec(e);
    if (ternary)
        return trueWhenUnset(ternary[1].replace(/^\((.*)\)$/, '$1'));
    // `False if os.getenv("ENVIRONMENT") == "production" else True`: on unless the condition holds, i.e. the negated
    // comparison (`!=`, `not in`); other conditions are not negated here (null).
    const inverse = /^False if (.+) else True$/.exec(e);
    if (inverse) {
        const cond = inverse[1].replace(/^\((.*)\)$/, '$1');
        const cmp = /^(.+?)\s*(==|!=)\s*([^=!]+)$/.exec(cond) ?? /^(.+?)\s+(not\s+in|in)\s+([([{].*)$/.exec(cond);
        if (!cmp)
            return null;
        const op = { '==': '!=', '!=': '==' }[cmp[2]] ?? (/^not/.test(cmp[2]) ? 'in' : 'not in');
        return trueWhenUnset(`${cmp[1]} ${op} ${cmp[3]}`);
    }
    // django-environ, python-decouple, environs: typed reads with a default.
    // A project's own helper named for booleans reads the same way (Saleor's `get_bool_from_env("DEBUG", True)`).
    // Keywords in either order: `config("DEBUG", cast=bool, default=True)`.
    const typed = /^(?:env\.bool|env|environ\.Env\(\)\.bool|config|env_bool|getenv_bool|(?:[A-Za-z_]\w*\.)?\w*bool\w*)\(\s*"(\w+)"\s*,\s*(?:cast\s*=\s*bool\s*,\s*default\s*=\s*|(?:default\s*=\s*)?)([^,()]+?)\s*(?:,\s*cast\s*=\s*bool\s*)?\)$/i.exec(e);
    if (typed) {
        const d = pyLiteral(typed[2]);
        const bool = /^[^(]*bool/i.test(e) || /cast\s*=\s*bool/.test(e) || d === 'True' || d === 'False';
        return bool && d !== null && (d === 'True' || TRUTHY_TEXT.test(d)) ? typed[1] : null;
    }
    // Presence tests: `"PRODUCTION" not in os.environ` is True when the variable is unset — unless the platform
    // sets it (Render's documented `DEBUG = "RENDER" not in os.environ`, Heroku's DYNO, Fly, Cloud Run…).
    const presence = /^"(\w+)"\s+(not\s+in|in)\s+os\.environ$/.exec(e);
    if (presence)
        return presence[2] !== 'in' && !PLATFORM_SET.test(presence[1]) ? presence[1] : null;
    const READ = /(?:os\.environ\.get|os\.getenv|environ\.get|getenv)\(\s*"(\w+)"\s*(?:,\s*(?:default\s*=\s*)?([^,()]+?)\s*)?\)/;
    const r = READ.exec(e);
    if (!r)
        return null;
    const name = r[1];
    const before = e.slice(0, r.index).replace(/\s/g, '');
    let after = e.slice(r.index + r[0].length).trim();
    if (r[2] === undefined) {
        // No default: the read is None when unset. `os.environ.get("DJANGO_DEBUG") != "0"` and `not os.getenv("PRODUCTION")`
        // are then True; `== "1"`, `in (…)` and the bare read are off; methods and casts of None raise (not judged).
        if (PLATFORM_SET.test(name))
            return null;
        if (before === 'not' && !after)
            return name;
        // `os.environ.get("PRODUCTION") is None`: True when unset.
        if (!before && /^is\s+None$/.test(after))
            return name;
        if (before)
            return null;
        const cmp = /^(==|!=)\s*(.+)$/.exec(after);
        if (cmp)
            return pyLiteral(cmp[2]) !== null && cmp[1] === '!=' ? name : null;
        const member = /^(not\s+in|in)\s*[([{](.*)[)\]}]$/.exec(after);
        return member && member[1] !== 'in' && !/\bNone\b/.test(member[2]) ? name : null;
    }
    const d = pyLiteral(r[2]);
    if (d === null)
        return null;
    if (before === 'not' && !after) {
        const quoted = /^['"]/.test(r[2].trim());
        // `not os.getenv("PRODUCTION", "")`: on when the default is falsy.
        return (quoted ? d === '' : d === 'False' || d === 'None' || d === '0') ? name : null;
    }
    // String methods that normalise the value.
    let value = d;
    for (let m; (m = /^\.(lower|upper|strip|casefold)\(\)/.exec(after)); after = after.slice(m[0].length).trim())
        value = m[1] === 'upper' ? value.toUpperCase() : m[1] === 'strip' ? value.trim() : m[1] === 'lower' || m[1] === 'casefold' ? value.toLowerCase() : value;
    if (!before) {
        // The read itself: `os.environ.get("DEBUG", True)` is True when unset; so is any non-empty string
        // default (`"False"` and `"0"` included: Python, Django and Flask take a non-empty string as true).
        if (!after) {
            const quoted = /^['"]/.test(r[2].trim());
            return quoted ? (d !== '' ? name : null) : d === 'True' || (/^-?\d+$/.test(d) && Number(d) !== 0) ? name : null;
        }
        const cmp = /^(==|!=)\s*(.+)$/.exec(after);
        if (cmp) {
            const lit = pyLiteral(cmp[2]);
            if (lit === null)
                return null;
            return (value === lit) === (cmp[1] === '==') ? name : null;
        }
        const member = /^(not\s+in|in)\s*[([{](.*)[)\]}]$/.exec(after);
        if (member) {
            const lits = member[2].split(',').map((x) => x.trim()).filter(Boolean).map(pyLiteral);
            if (lits.some((x) => x === null))
                return null;
            return lits.includes(value) === (member[1] === 'in') ? name : null;
        }
        return null;
    }
    // Casts: `bool(int(read))`, `int(read)`, `strtobool(read)`, `bool(strtobool(read))`, `bool(distutils.util.strtobool(read))`.
    if (after.replace(/\s/g, '') !== ')'.repeat((before.match(/\(/g) ?? []).length))
        return null;
    const casts = before.split('(').filter(Boolean).map((c) => c.slice(c.lastIndexOf('.') + 1));
    if (!casts.length || !casts.every((c) => c === 'bool' || c === 'int' || c === 'strtobool'))
        return null;
    const inner = casts.at(-1);
    if (inner === 'int')
        return /^-?\d+$/.test(value) && Number(value) !== 0 ? name : null;
    if (inner === 'strtobool')
        return TRUTHY_TEXT.test(value) ? name : null;
    // `bool(os.getenv("DEBUG", "False"))`: a non-empty string is True, so debug is on whenever the variable is unset
    // (and whatever it is set to: "False" too). An unquoted default is the value itself.
    if (casts.length === 1 && inner === 'bool')
        return /^['"]/.test(r[2].trim()) ? (value !== '' ? name : null) : value === 'True' || (/^-?\d+$/.test(value) && Number(value) !== 0) ? name : null;
    return null;
}
/**
 * django-environ's scheme (`env = environ.Env(DEBUG=(bool, True))`): a read without its own default
 * (`env("DEBUG")`, `env.bool("DEBUG")`) takes the scheme's default when the variable is unset. Returns the
 * expression with that default written out (`env.bool("DEBUG", default=True)`), or the expression unchanged.
 */
function withEnvScheme(expr, text) {
    const read = /^\s*(\w+)(?:\.bool)?\(\s*["'](\w+)["']\s*\)\s*$/.exec(expr);
    if (!read || !text.includes('Env('))
        return expr;
    for (const m of text.matchAll(new RegExp(`\\b${read[1]}\\s*=\\s*(?:environ\\.)?Env\\(`, 'g'))) {
        // The call's arguments, up to its balanced closing parenthesis.
        let depth = 1, i = m.index + m[0].length;
        for (; i < text.length && depth; i++)
            depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
        const d = new RegExp(`\\b${read[2]}\\s*=\\s*\\(\\s*bool\\s*,\\s*([^,()]+?)\\s*\\)`).exec(text.slice(m.index + m[0].length, i));
        if (d)
            return `env.bool("${read[2]}", default=${d[1]})`;
    }
    return expr;
}
/**
 * The environment variable whose every non-empty value makes a Python setting true, or null: the string read
 * itself (`os.environ.get("DEBUG")`, `os.getenv("DEBUG", default=0)`, `os.environ["DEBUG"]`) or `bool(…)` of it
 * (`bool(os.environ.get("DEBUG", default=0))`, the testdriven.io pattern). Set to `0` or `False`, the variable
 * holds the string "0" or "False", which Python (and Django, and Flask) take as true; only unset (with a
 * falsy default) or empty is off. What it is with the variable unset is {@link trueWhenUnset}'s question.
 * Typed reads (`env.bool`, `strtobool`, `int(…)`, `== "1"`, `in ("1", "true")`) are not string reads: null.
 */
function trueWhenSet(expr) {
    const e = expr.trim().replace(/\s+/g, ' ').replace(/'/g, '"').replace(/^True if (.+) else False$/, '$1').replace(/^\((.*)\)$/, '$1');
    const m = /^(bool\(\s*)?(?:(?:os\.environ\.get|os\.getenv|environ\.get|getenv)\(\s*"(\w+)"\s*(?:,\s*(?:default\s*=\s*)?[^,()]+?\s*)?\)|(?:os\.)?environ\[\s*"(\w+)"\s*\])(\s*\))?$/.exec(e);
    if (!m || Boolean(m[1]) !== Boolean(m[4]))
        return null;
    return m[2] ?? m[3];
}

// EXTERNAL MODULE: ./lib/checklist/phrases.js
var phrases = __webpack_require__(24330);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./lib/checks/util/nginx.js



const nginx_MAX_DEPTH = 64;
function tokenize(text) {
    const out = [];
    let i = 0;
    let line = 1;
    let col = 1;
    const n = text.length;
    const advance = (k) => {
        for (let j = 0; j < k && i < n; j++, i++) {
            if (text[i] === '\n') {
                line++;
                col = 1;
            }
            else
                col++;
        }
    };
    while (i < n) {
        const c = text[i];
        if (/\s/.test(c)) {
            advance(1);
            continue;
        }
        if (c === '#') {
            const end = text.indexOf('\n', i);
            advance((end < 0 ? n : end) - i);
            continue;
        }
        const start = { line, column: col };
        if (c === '{' || c === '}' || c === ';') {
            out.push({ value: c, raw: c, ...start, quoted: false });
            advance(1);
            continue;
        }
        if (c === '"' || c === "'") {
            let k = i + 1;
            let value = '';
            while (k < n && text[k] !== c) {
                if (text[k] === '\\' && k + 1 < n) {
                    value += text[k + 1] === c || text[k + 1] === '\\' ? text[k + 1] : `\\${text[k + 1]}`;
                    k += 2;
                    continue;
                }
                value += text[k];
                k++;
            }
            const raw = text.slice(i, Math.min(n, k + 1));
            out.push({ value, raw, ...start, quoted: true });
            advance(raw.length);
            continue;
        }
        let k = i;
        let value = '';
        while (k < n) {
            const d = text[k];
            if (/\s/.test(d) || d === ';' || d === '}')
                break;
            if (d === '{') {
                // `${name}` is part of a word; any other `{` opens a block.
                if (text[k - 1] === '$' && k > i) {
                    const end = text.indexOf('}', k);
                    if (end > 0) {
                        value += text.slice(k, end + 1);
                        k = end + 1;
                        continue;
                    }
                }
                break;
            }
            if (d === '\\' && k + 1 < n) {
                value += text[k + 1];
                k += 2;
                continue;
            }
            value += d;
            k++;
        }
        out.push({ value, raw: text.slice(i, k), ...start, quoted: false });
        advance(k - i);
    }
    return out;
}
/** Parses nginx configuration text into a tree of directives. */
function parseNginx(text) {
    const tokens = tokenize(text);
    let pos = 0;
    const parseBlock = (context, depth, parent) => {
        const out = [];
        while (pos < tokens.length) {
            const t = tokens[pos];
            if (!t.quoted && t.value === '}') {
                pos++;
                if (depth > 0)
                    return out;
                continue;
            }
            if (!t.quoted && (t.value === ';' || t.value === '{')) {
                pos++;
                continue;
            }
            const d = { name: t.value, args: [], line: t.line, column: t.column, context, ...(parent ? { parent } : {}) };
            pos++;
            while (pos < tokens.length) {
                const a = tokens[pos];
                if (!a.quoted && (a.value === ';' || a.value === '{' || a.value === '}'))
                    break;
                d.args.push({ value: a.value, raw: a.raw, line: a.line, column: a.column });
                pos++;
            }
            const end = tokens[pos];
            if (end && !end.quoted && end.value === ';')
                pos++;
            else if (end && !end.quoted && end.value === '{') {
                pos++;
                d.block = depth < nginx_MAX_DEPTH ? parseBlock([...context, d.name], depth + 1, d) : [];
            }
            out.push(d);
        }
        return out;
    };
    return parseBlock([], 0);
}
/** Every directive of a tree, depth first, in source order. */
function walkNginx(tree) {
    const out = [];
    const visit = (list) => { for (const d of list) {
        out.push(d);
        if (d.block)
            visit(d.block);
    } };
    visit(tree);
    return out;
}
/** Extensions of public static assets: web fonts, images, styles and scripts. */
const STATIC_EXT = /^(?:eot|otf|ttf|ttc|woff2?|png|jpe?g|gif|svgz?|webp|avif|ico|cur|bmp|css|js|mjs|map)$/i;
/**
 * Whether a directive sits in a `location` that serves only public static assets: an extension match
 * (`location ~* \.(?:eot|otf|tt[cf]|woff2?)$`, h5bp's fonts and images) or a prefix such as `/static/`,
 * `/fonts/`, `/assets/`. An included snippet counts when every include of it sits in one.
 */
function inStaticLocation(d, config) {
    for (let p = d.parent; p; p = p.parent)
        if (p.name === 'location' && isStaticLocation(p))
            return true;
    return !d.parent && (config?.includedBy?.length ?? 0) > 0 && config.includedBy.every((inc) => inStaticLocation(inc));
}
function isStaticLocation(loc) {
    const pattern = loc.args.at(-1)?.value ?? '';
    const ext = /^\\?\.\((?:\?:)?([^()]+)\)\$$/.exec(pattern) ?? /^\\?\.([a-z0-9]+)\$$/i.exec(pattern);
    if (ext && loc.args.length >= 2 && /^~\*?$/.test(loc.args[0].value))
        return ext[1].split('|').every((e) => STATIC_EXT.test(e.replace(/\[(.)[^\]]*\]/g, '$1').replace(/\?/g, '')));
    // A prefix (`location /static/`, `location ^~ /fonts/`) or a regex anchored at one (`location ~ ^/assets/`).
    return /^\^?\/(?:static|fonts?|assets|images?|img|css|js)\/?$/i.test(pattern);
}
/** nginx's usual install prefixes: `include /etc/nginx/snippets/ssl-params;` names the repository's copy of that folder. */
const NGINX_PREFIX = /^\/(?:etc\/nginx|usr\/local\/nginx\/conf|usr\/local\/etc\/nginx|etc\/openresty|usr\/local\/openresty\/nginx\/conf)\//;
/**
 * The nginx configuration files a check judges, each parsed once per view: not tests, not vendored,
 * not templates — except `*.conf.template`, which the official nginx image renders into its
 * configuration at start — and the files they `include` (`include snippets/ssl-params;`,
 * `include sites-available/*;`, `include /etc/nginx/snippets/ssl-params;`) whatever their names: tracked
 * files, resolved from the including file's folder or the nearest folder above it that holds them, globs
 * matched, a few levels deep.
 */
const deployedNginxConfigs = (0,snapshot/* perView */.DN)(function deployedNginxConfigs(snapshot) {
    const parse = (file) => ({ file, directives: walkNginx(parseNginx(snapshot.text(file) ?? '')) });
    const out = snapshot.nginxFiles().filter((f) => !((0,classify/* isTemplate */.Fl)(f) && !f.endsWith('.conf.template')) && !(0,classify/* isTestFile */.hl)(f) && !(0,classify/* isVendoredOrGenerated */.Gk)(f)).map(parse);
    const seen = new Set(out.map((c) => c.file));
    const tracked = new Set(snapshot.files);
    const includers = new Map();
    // A glob is tried from each folder up to the root: match each pattern once, and only the files below its folder.
    const globbed = new Map();
    const glob = (pattern, dir) => {
        const isMatch = picomatch(pattern, { dot: true });
        return snapshot.files.filter((f) => (!dir || f.startsWith(`${dir}/`)) && isMatch(f));
    };
    for (let depth = 0, todo = out; depth < 4 && todo.length; depth++) {
        const next = [];
        for (const { file, directives } of todo) {
            for (const d of directives) {
                if (d.name !== 'include' || !d.args[0])
                    continue;
                const target = d.args[0].value.replace(/^\.\//, '').replace(NGINX_PREFIX, '');
                if (target.startsWith('/') || target.includes('..') || target.includes('$'))
                    continue;
                // nginx resolves a relative include against its prefix (the folder of nginx.conf), which holds
                // `conf.d/` and `sites-enabled/`: the including file's folder first, then the folders above it.
                let matches = [];
                for (let dir = (0,classify/* dirname */.pD)(file); !matches.length; dir = (0,classify/* dirname */.pD)(dir)) {
                    const path = dir ? `${dir}/${target}` : target;
                    if (/[*?[]/.test(target))
                        matches = globbed.get(path) ?? globbed.set(path, glob(path, dir)).get(path);
                    else if (tracked.has(path))
                        matches = [path];
                    if (!dir)
                        break;
                }
                for (const m of matches) {
                    if ((0,classify/* isTestFile */.hl)(m))
                        continue;
                    (includers.get(m) ?? includers.set(m, []).get(m)).push(d);
                    if (!seen.has(m)) {
                        seen.add(m);
                        next.push(parse(m));
                    }
                }
            }
        }
        out.push(...next);
        todo = next;
    }
    for (const c of out) {
        const by = includers.get(c.file);
        if (by)
            c.includedBy = by;
    }
    return out;
});

;// CONCATENATED MODULE: ./lib/checks/cors-wildcard.js










const ACAO_WORD = { word: 'access-control-allow-origin', anchor: '-allow-' };
const TRUE = /^(True|true)$/;
const ANY_REGEX = new Set(['*', '.*', '^.*$', '.+', '^.+$', '(.*)']);
const isAnyOrigin = (expr) => isWildcard(expr) || (listElements(expr) ?? [expr]).some((e) => ANY_REGEX.has(stringValue(e) ?? ''));
/** A keyword argument; a bare name is followed to its module-level assignment in the same file (`origins = ["*"]`). */
function argNamed(src, call, name) {
    const arg = call.args.find((a) => a.name === name);
    if (!arg || src.lang !== 'python' || !/^[A-Za-z_]\w*$/.test(arg.value.trim()))
        return arg;
    const def = pythonAssignments(src, new RegExp(arg.value.trim())).filter((a) => a.className === null && a.start < call.start).at(-1);
    return def ? { ...arg, value: def.value, start: def.start } : arg;
}
/**
 * Flask-CORS `CORS(app, …)` / `cors.init_app(app, …)` / `@cross_origin(…)`: origins default to `*`.
 * Hits that rely on that default are marked `defaultOrigins` (a `CORS_ORIGINS` setting elsewhere
 * replaces the default). `local`: the names this module binds to `CORS()` ({@link corsInstances}).
 */
function flaskCors(src, local) {
    const imported = importedCorsInits(src).filter((h) => !local.includes(h.instance));
    if (!/\bflask_cors\b/.test(src.bare))
        return imported;
    const calls = findCalls(src, /CORS|cross_origin/).filter((c) => /(^|\.)(CORS|cross_origin)$/.test(c.callee));
    // `cors = CORS()` then `cors.init_app(app, …)`: the options travel with init_app.
    for (const name of local)
        calls.push(...findCalls(src, `${name}.init_app`));
    return [...flaskCorsCalls(src, calls), ...imported];
}
/** Names a module binds to a bare Flask-CORS extension (`cors = CORS()`), to be set up later with `init_app`. */
function corsInstances(src) {
    if (!/\bflask_cors\b/.test(src.bare))
        return [];
    return [...src.bare.matchAll(/\b([A-Za-z_]\w*)\s*=\s*(?:flask_cors\.)?CORS\(\s*\)/g)].map((m) => m[1]);
}
/**
 * The application-factory layout: `cors = CORS()` in `extensions.py`, `from .extensions import cors` and
 * `cors.init_app(app)` in `create_app()`. Each `<imported name>.init_app(…)` is judged as Flask-CORS, marked
 * with the name it was imported as (run keeps it only when a module of the project binds that name to `CORS()`).
 */
function importedCorsInits(src) {
    if (!/\binit_app\b/.test(src.bare))
        return [];
    // One walk over the `….init_app(` calls, each matched to the names imported (not one walk per imported name).
    const inits = findCalls(src, 'init_app');
    if (!inits.length)
        return [];
    const hits = [];
    for (const m of src.bare.matchAll(/^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm)) {
        for (const part of m[1].replace(/[()\\]/g, ' ').split(',')) {
            const [name, local = name] = part.trim().split(/\s+as\s+/);
            if (!name || !/^[A-Za-z_]\w*$/.test(name) || !/^[A-Za-z_]\w*$/.test(local))
                continue;
            const calls = inits.filter((c) => c.callee === `${local}.init_app` || c.callee.endsWith(`.${local}.init_app`));
            hits.push(...flaskCorsCalls(src, calls).map((h) => ({ ...h, instance: name })));
        }
    }
    return hits;
}
function flaskCorsCalls(src, calls) {
    const hits = [];
    for (const call of calls) {
        const isCors = call.callee.endsWith('CORS');
        if (isCors && !call.args.length)
            continue;
        const credentials = TRUE.test(argNamed(src, call, 'supports_credentials')?.value.trim() ?? '');
        const origins = argNamed(src, call, 'origins');
        if (origins) {
            if (isAnyOrigin(origins.value))
                hits.push({ offset: origins.start, what: `Flask-CORS origins=${(0,util_text/* quoteSource */.IU)(origins.value)} allows any origin`, credentials });
            continue;
        }
        // From here on the origins are Flask-CORS's default.
        const dflt = (h) => { hits.push({ ...h, defaultOrigins: true }); };
        const resources = argNamed(src, call, 'resources');
        if (!resources) {
            dflt({ offset: call.start, what: `${(0,util_text/* quoteSource */.IU)(call.callee)}(…) without origins allows any origin (Flask-CORS defaults to '*')`, credentials });
            continue;
        }
        const r = resources.value.trim();
        if (stringValue(r) !== null || listElements(r)) {
            dflt({ offset: resources.start, what: `Flask-CORS resources without origins allow any origin (the default is '*')`, credentials });
            continue;
        }
        if (!r.startsWith('{'))
            continue;
        const close = matchBracket(src, resources.start);
        if (close < 0)
            continue;
        for (const entry of splitList(src, resources.start + 1, close)) {
            const v = entry.value.trim();
            if (!v.startsWith('{'))
                continue;
            const inner = splitList(src, entry.start + entry.value.indexOf('{') + 1, matchBracket(src, entry.start + entry.value.indexOf('{')));
            const o = inner.find((a) => a.name === 'origins');
            const cred = credentials || TRUE.test(inner.find((a) => a.name === 'supports_credentials')?.value.trim() ?? '');
            if (!o)
                dflt({ offset: entry.start, what: 'a Flask-CORS resource without origins allows any origin (the default is \'*\')', credentials: cred });
            // Written out: per-resource options override CORS_ORIGINS, so this is no default.
            else if (isAnyOrigin(o.value))
                hits.push({ offset: o.start, what: `Flask-CORS resource origins ${(0,util_text/* quoteSource */.IU)(o.value)} allows any origin`, credentials: cred });
        }
    }
    return hits;
}
/**
 * Flask-SocketIO / python-socketio / python-engineio `cors_allowed_origins="*"`: the server echoes the caller's
 * origin and allows credentials unless `cors_credentials=False` (its default is True).
 */
function socketioCors(src) {
    if (!src.bare.includes('cors_allowed_origins'))
        return [];
    const hits = [];
    for (const call of findCalls(src, /SocketIO|AsyncServer|Server|init_app/)) {
        const origins = argNamed(src, call, 'cors_allowed_origins');
        if (!origins || !isAnyOrigin(origins.value))
            continue;
        const credentials = argNamed(src, call, 'cors_credentials')?.value.trim() !== 'False';
        hits.push({ offset: origins.start, what: `Socket.IO cors_allowed_origins=${(0,util_text/* quoteSource */.IU)(origins.value.trim())} accepts any origin`, credentials });
    }
    return hits;
}
/** FastAPI/Starlette `CORSMiddleware` with `allow_origins=["*"]` or an any-origin regex. */
function starlette(src) {
    if (!/\bCORSMiddleware\b/.test(src.bare))
        return [];
    const hits = [];
    for (const call of findCalls(src, /add_middleware|Middleware|CORSMiddleware/)) {
        if (!call.callee.endsWith('CORSMiddleware') && !call.args.some((a) => a.name === null && /(^|\.)CORSMiddleware$/.test(a.value.trim())))
            continue;
        const credentials = TRUE.test(argNamed(src, call, 'allow_credentials')?.value.trim() ?? '');
        const origins = argNamed(src, call, 'allow_origins');
        const regex = argNamed(src, call, 'allow_origin_regex');
        if (origins && isWildcard(origins.value))
            hits.push({ offset: origins.start, what: `CORSMiddleware allow_origins=${(0,util_text/* quoteSource */.IU)(origins.value)} allows any origin`, credentials });
        else if (regex && ANY_REGEX.has(stringValue(regex.value) ?? ''))
            hits.push({ offset: regex.start, what: `CORSMiddleware allow_origin_regex=${(0,util_text/* quoteSource */.IU)(regex.value)} matches any origin`, credentials });
    }
    return hits;
}
/**
 * A Python environment read whose fallback is `*` (white space removed): `os.getenv("CORS_ORIGINS", "*")`,
 * `os.environ.get(…, "*").split(",")`, `env.list("CORS_ORIGINS", default=["*"])`, `config("X", default="*")`, `os.getenv("X") or "*"`.
 */
const PY_ENV_STAR = /^(?:os\.(?:getenv|environ\.get)|(?:env|environ\.Env\(\))(?:\.(?:str|list))?|config)\((['"])(\w+)\1(?:,(?:default=)?\[?(['"])\*\3\]?(?:,[^()]*)?\)|\)or(['"])\*\4)(?:\.split\([^()]*\))?$/;
/** Django/Flask settings: `CORS_ALLOW_ALL_ORIGINS = True`, `CORS_ORIGIN_ALLOW_ALL = True`, `CORS_ORIGINS = "*"`. */
function pySettings(src, restricted) {
    const hits = [];
    // `CORS_ALLOW_ALL_ORIGINS = DEBUG`: another setting of the module, read at its literal value (`DEBUG = True`).
    let literals = null;
    const valueOf = (v) => {
        if (!/^[A-Z][A-Z0-9_]*$/.test(v.trim()))
            return v;
        literals ??= new Map(pythonSettings(src, /[A-Z][A-Z0-9_]*/).filter((x) => !x.runtime && x.className === null && /^(?:True|False|(['"]).*\1)$/.test(x.value.trim())).map((x) => [x.name, x.value.trim()]));
        return literals.get(v.trim()) ?? v;
    };
    // django-cors-headers' regexes (`CORS_ALLOWED_ORIGIN_REGEXES`, formerly `CORS_ORIGIN_REGEX_WHITELIST`): `r".*"` matches every origin.
    // A prefixed name (`BACKEND_CORS_ORIGINS`, the FastAPI full-stack template's pydantic setting handed to CORSMiddleware)
    // holds the same list: judged like `CORS_ORIGINS`, as the env-file rule reads `*CORS_ORIGINS=*`.
    for (const s of pythonSettings(src, /CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL|(?:[A-Z][A-Z0-9]*_)*CORS_ORIGINS|CORS_ALLOW_ORIGINS?|CORS_ALLOWED_ORIGIN_REGEXES|CORS_ORIGIN_REGEX_WHITELIST/)) {
        const allowAll = /ALLOW_ALL/.test(s.name);
        const ref = { name: s.name, runtime: s.runtime, className: s.className };
        // `env.bool("CORS_ALLOW_ALL", default=True)`: on whenever the deploy does not set the variable.
        // `os.getenv("CORS_ORIGINS", "*")`: any origin whenever the deploy does not set the variable.
        const unset = allowAll ? trueWhenUnset(withEnvScheme(s.value, src.text).replace(/'/g, '"')) : PY_ENV_STAR.exec(s.value.replace(/\s+/g, ''))?.[2] ?? null;
        if (allowAll ? TRUE.test(valueOf(s.value)) : isAnyOrigin(valueOf(s.value)))
            hits.push({ offset: s.start, what: `${s.name} = ${(0,util_text/* quoteSource */.IU)(s.value)} allows any origin`, setting: ref });
        else if (unset)
            hits.push({ offset: s.start, what: `${s.name} = ${(0,util_text/* quoteSource */.IU)(s.value)} allows any origin whenever ${unset} is unset`, setting: ref, envKey: unset });
        else if (!(0,classify/* isDevOnly */.uL)(src.file) && !inDevBranch(src, s.start))
            restricted.push({ ...ref, start: s.start });
    }
    if (!hits.length)
        return hits;
    // django-cors-headers and Flask-CORS reflect the origin when credentials are allowed.
    const cred = pythonSettings(src, /CORS_ALLOW_CREDENTIALS|CORS_SUPPORTS_CREDENTIALS/).some((s) => TRUE.test(s.value));
    return hits.map((h) => ({ ...h, credentials: cred }));
}
/** An origin callback's parameters: `(origin, cb) =>`, `function (origin: string, callback: Fn) {`. */
const JS_ORIGIN_CALLBACK_HEAD = /^(?:async\s+)?(?:function\s*[\w$]*\s*)?\(\s*([\w$]+)\s*(?::\s*[\w$<>| ]+)?,\s*([\w$]+)\s*(?::\s*[^)]*)?\)\s*(?:=>)?\s*/;
/**
 * Whether an origin callback allows every origin: each call of its callback is `cb(null, true)`, `cb(null, origin)`
 * (the caller's origin echoed back) or `cb(null, '*')` — `(origin, cb) => cb(null, true)`,
 * `function (origin, callback) { if (origin) callback(null, origin); else callback(null, "*"); }`. A callback that
 * ever refuses (`cb(new Error(…))`, `cb(null, false)`), decides by a list (`cb(null, allowed.includes(origin))`) or
 * hands the callback on to other code is not judged.
 */
function originCallbackAllowsAll(value) {
    const head = JS_ORIGIN_CALLBACK_HEAD.exec(value);
    if (!head)
        return false;
    const [, param, cb] = head;
    const body = scanSource('origin-callback.js', value.slice(head[0].length));
    const allowed = new Set(['true', param, "'*'", '"*"', '`*`', `${param}||'*'`, `${param}||"*"`, `${param}??'*'`, `${param}??"*"`]);
    // Every mention of the callback is a call of it: one passed on (`check(origin, cb)`) is not judged.
    const mentions = [...body.bare.matchAll(new RegExp(`(?<![\\w$.])${(0,util_text/* escapeRegExp */.Nt)(cb)}(?![\\w$])`, 'g'))].length;
    const calls = findCalls(body, cb).filter((c) => c.callee === cb);
    return calls.length > 0 && calls.length === mentions
        && calls.every((c) => c.args.length === 2 && /^(?:null|undefined)$/.test(c.args[0].value.trim()) && allowed.has(c.args[1].value.replace(/\s+/g, '')));
}
/** Other JS CORS middlewares: their modules, how they answer (see JsCorsLib), and the label of a finding. */
const OTHER_JS_CORS = [
    [['@koa/cors', 'kcors'], 'koa', '@koa/cors'],
    [['hono/cors'], 'star', 'Hono cors()'],
    [['@elysiajs/cors'], 'elysia', '@elysiajs/cors'],
];
/** `process.env.CORS_ORIGIN || '*'` (also `??`, `import.meta.env`): an environment read whose fallback is `*`. */
const JS_ENV_STAR = /^(?:process\.env|import\.meta\.env)\.([A-Za-z_]\w*)\s*(?:\|\||\?\?)\s*(['"`])\*\2$/;
/** Express `cors()`, NestJS `enableCors()`/`{ cors: true }`, Fastify `register(cors)`, Koa, Hono and Elysia `cors()`: any origin by default. */
function jsCors(src) {
    const hits = [];
    const judge = (call, opts, label, lib = 'star') => {
        if (!opts) {
            if (lib === 'elysia')
                hits.push({ offset: call.start, what: `${label} without options (its defaults: origin true, credentials true) accepts any origin`, credentials: true });
            else
                hits.push({ offset: call.start, what: `${label} without options allows any origin` });
            return;
        }
        const obj = objectLiteral(src, opts);
        if (!obj)
            return; // a variable or a function: not judged
        const props = objectProps(src, obj);
        const origin = props.find((p) => p.name === 'origin');
        // Only `origin: true` reflects the caller's origin, unless the library echoes it for `*` with credentials.
        const credentialsProp = props.find((p) => p.name === 'credentials');
        const credentials = credentialsProp ? credentialsProp.value.trim() === 'true' : lib === 'elysia';
        const starCredentials = lib === 'koa' && credentials;
        if (!origin)
            hits.push({ offset: call.start, what: lib === 'elysia' ? `${label} without an origin option reflects any origin` : `${label} without an origin option allows any origin`, credentials: starCredentials || (lib === 'elysia' && credentials) });
        else if (isWildcard(origin.value))
            hits.push({ offset: origin.start, what: `${label} origin ${(0,util_text/* quoteSource */.IU)(origin.value)} allows any origin`, credentials: starCredentials });
        else if (origin.value.trim() === 'true')
            hits.push({ offset: origin.start, what: `${label} origin: true reflects any origin`, credentials });
        else if (originCallbackAllowsAll(origin.value.trim()))
            hits.push({ offset: origin.start, what: `${label} origin callback that allows every origin (${(0,util_text/* quoteSource */.IU)(origin.value.trim())}) reflects any origin`, credentials });
        else {
            // `origin: process.env.CORS_ORIGIN || '*'`: the `*` deploys whenever the variable is unset.
            const fb = JS_ENV_STAR.exec(origin.value.trim());
            if (fb)
                hits.push({ offset: origin.start, what: `${label} origin falls back to * when ${fb[1]} is unset (${(0,util_text/* quoteSource */.IU)(origin.value)}) and allows any origin`, envKey: fb[1] });
        }
    };
    for (const name of jsImports(src, ['cors'])) {
        for (const call of findCalls(src, name))
            if (call.callee === name)
                judge(call, call.args[0], `cors()`);
    }
    // `app.use(require('cors')())`: the module called where it is required.
    for (const call of requireCalls(src, ['cors']))
        judge(call, call.args[0], 'cors()');
    for (const [modules, lib, label] of OTHER_JS_CORS) {
        for (const name of [...jsImports(src, modules), ...jsNamedImports(src, modules, 'cors')])
            for (const call of findCalls(src, name))
                if (call.callee === name)
                    judge(call, call.args[0], label, lib);
        for (const call of requireCalls(src, modules))
            judge(call, call.args[0], label, lib);
    }
    const FASTIFY = ['@fastify/cors', 'fastify-cors'];
    const fastify = jsImports(src, FASTIFY);
    if (fastify.length || src.code.includes('require(')) {
        for (const call of findCalls(src, 'register')) {
            const plugin = call.args[0]?.value.trim();
            if (plugin !== undefined && (fastify.includes(plugin) || isRequireOf(plugin, FASTIFY)))
                judge(call, call.args[1], '@fastify/cors');
        }
    }
    for (const call of findCalls(src, 'enableCors'))
        if (call.callee.includes('.'))
            judge(call, call.args[0], 'enableCors()');
    // Socket.IO hands its `cors` option to the `cors` package (without one it sends no CORS headers at all), and NestJS
    // gateways hand theirs to Socket.IO: `new Server(http, { cors: { origin: '*' } })`, `require('socket.io')(http, { cors })`,
    // `@WebSocketGateway({ cors: true })` (`true` is the `cors` package's defaults: any origin).
    const socketCors = (call, label) => {
        const opts = call.args.slice(0, 2).find((a) => objectLiteral(src, a) !== null);
        const obj = opts && objectLiteral(src, opts);
        const cors = obj ? objectProps(src, obj).find((p) => p.name === 'cors') : undefined;
        if (!cors)
            return;
        if (cors.value.trim() === 'true')
            hits.push({ offset: cors.start, what: `${label} cors: true allows any origin` });
        else if (objectLiteral(src, cors))
            judge(call, cors, label);
    };
    if (src.code.includes('socket.io')) {
        const io = jsImports(src, ['socket.io']);
        for (const name of jsNamedImports(src, ['socket.io'], 'Server'))
            for (const call of findCalls(src, name))
                if (call.callee === name)
                    socketCors(call, 'Socket.IO Server');
        for (const name of io)
            for (const call of findCalls(src, name))
                if (call.callee === name || call.callee === `${name}.Server`)
                    socketCors(call, 'Socket.IO Server');
        for (const call of requireCalls(src, ['socket.io']))
            socketCors(call, 'Socket.IO Server');
    }
    for (const name of jsNamedImports(src, ['@nestjs/websockets'], 'WebSocketGateway'))
        for (const call of findCalls(src, name))
            if (call.callee === name)
                socketCors(call, '@WebSocketGateway');
    for (const call of findCalls(src, 'create')) {
        if (!/NestFactory\.create$/.test(call.callee))
            continue;
        const obj = call.args[1] && objectLiteral(src, call.args[1]);
        const cors = obj ? objectProps(src, obj).find((p) => p.name === 'cors') : undefined;
        if (cors?.value.trim() === 'true')
            hits.push({ offset: cors.start, what: 'NestFactory.create({ cors: true }) allows any origin' });
    }
    return hits;
}
/** A call that sets a response header: `setHeader(`, `header(` (PHP), `Header().Set(` (Go), `Headers.Add(` (C#), `send_header(`… */
const HEADER_SETTER = /(?:(?:set_?header|add_?header|append_?header|header|withHeader|withAddedHeader|set|add|append|setdefault|writeHead|TryAddWithoutValidation|put_resp_header)\s*\(|(?:(?:set|append)ResponseHeader|put_resp_header)\s*\(\s*[\w.$]+\s*,|(?:insert|append)_header\s*\(\s*\()\s*$/i;
/**
 * A literal `Access-Control-Allow-Origin: *` response header: `headers[…] = '*'` (also Go's `= []string{"*"}`),
 * `setHeader/header/set/add/append(…, '*')` in any case (`w.Header().Set`, `Headers.Add`), PHP's one-string
 * `header("Access-Control-Allow-Origin: *")`, a `{ 'Access-Control-Allow-Origin': '*' }` object in a file that
 * builds responses (`statusCode`: serverless handlers) or given to a response-header call (`res.writeHead(200, {…})`,
 * `res.set({…})`), or Next.js's `{ key: 'Access-Control-Allow-Origin', value: '*' }`. The same object passed as a
 * *request* header (a common beginner mistake, harmless) is not reported.
 */
/** Nuxt and Nitro configuration, whose `routeRules` set response headers. */
const ROUTE_RULES_FILE = /(?:^|\/)(?:nuxt|nitro)\.config\.[cm]?[jt]s$/;
function headerLiteral(src) {
    const hits = [];
    // A serverless response (`statusCode: 200`, Python's `"statusCode": 200`).
    const builds = /\bstatusCode\b/.test(src.bare) || /(['"])statusCode\1\s*:/.test(src.code);
    // An object literal given to a response-header call: `res.writeHead(200, { … })`, `res.set({ … })`.
    const RESPONSE_CALL = /(?:writeHead|setHeaders?|set|header|headers)\s*\(\s*(?:[^(),]*,\s*)?$/i;
    // `new Response(body, { headers: { … } })`, `NextResponse.json(data, { headers: { … } })`: the init object's headers.
    const RESPONSE_INIT = /(?:new\s+(?:Next)?Response|(?:Next)?Response\.json)\s*\([^;]*,\s*$/;
    /** The offset of the `{` that opens the object literal around `at`, or -1. */
    const openingBrace = (at) => {
        let depth = 0;
        for (let i = at - 1; i >= Math.max(0, at - 600); i--) {
            const c = src.bare[i];
            if (c === '}')
                depth++;
            else if (c === '{') {
                if (depth === 0)
                    return i;
                depth--;
            }
        }
        return -1;
    };
    const inResponseCall = (at) => {
        const i = openingBrace(at);
        if (i < 0)
            return false;
        const before = src.bare.slice(Math.max(0, i - 80), i);
        if (RESPONSE_CALL.test(before))
            return true;
        if (!/\bheaders\s*:\s*$/.test(before))
            return false;
        // Nuxt/Nitro `routeRules: { '/api/**': { headers: { … } } }`: response headers of the routes.
        if (ROUTE_RULES_FILE.test(src.file))
            return true;
        const outer = openingBrace(i);
        return outer >= 0 && RESPONSE_INIT.test(src.bare.slice(Math.max(0, outer - 200), outer));
    };
    const what = 'the Access-Control-Allow-Origin header is set to *';
    const setterBefore = (at) => HEADER_SETTER.test(src.bare.slice(Math.max(0, at - 40), at));
    // A Ruby hash of response headers: Rails `config.action_dispatch.default_headers = { … }` (or `.merge!({ … })`),
    // `response.headers.merge!({ … })`, a Rack response `[200, { … }, body]`.
    const rubyHeaders = (at) => {
        // A brace-less hash argument: `response.headers.merge!('Access-Control-Allow-Origin' => '*')`.
        if (/\b(?:default_)?headers\s*\.\s*(?:merge!?|update|reverse_merge!?)\s*\(\s*$/.test(src.bare.slice(Math.max(0, at - 80), at)))
            return true;
        const i = openingBrace(at);
        if (i < 0)
            return false;
        const before = src.bare.slice(Math.max(0, i - 80), i);
        return RESPONSE_CALL.test(before) || /\bdefault_headers\s*(?:=|\.\s*(?:merge!?|update|reverse_merge!?)\s*\(?)\s*$/.test(before)
            || /\bheaders\s*\.\s*(?:merge!|update)\s*\(?\s*$/.test(before) || /\[\s*\d{3}\s*,\s*$/.test(before);
    };
    for (const m of src.code.matchAll(/(['"`])access-control-allow-origin\1(\s*\]\s*=\s*(?:\[\]string\s*\{\s*)?|\s*(?:[:,]|=>)\s*)(['"`])\*\3/gi)) {
        const star = m.index + m[0].length - 2;
        // Both literals must be real strings (not text inside a longer string or a comment).
        if (src.bare[m.index] !== m[1] || src.bare[star] !== ' ' || src.bare[star - 1] !== m[3])
            continue;
        const sep = m[2].trim();
        if (sep === ':' ? !builds && !inResponseCall(m.index) : sep === ',' ? !setterBefore(m.index) : sep === '=>' ? !rubyHeaders(m.index) : false)
            continue;
        hits.push({ offset: m.index, what });
    }
    hits.push(...reflectedOrigin(src, setterBefore));
    // Next.js `headers()` (and the same shape elsewhere): `{ key: 'Access-Control-Allow-Origin', value: '*' }`.
    for (const m of src.code.matchAll(/\bkey\s*:\s*(['"`])access-control-allow-origin\1\s*,\s*value\s*:\s*(['"`])\*\2/gi)) {
        if (src.bare[m.index] !== 'k')
            continue;
        hits.push({ offset: m.index + m[0].indexOf(m[1]), what });
    }
    // The whole header line in one string, given to a setter: PHP `header("Access-Control-Allow-Origin: *")`.
    for (const m of src.code.matchAll(/(['"])access-control-allow-origin\s*:\s*\*\s*\1/gi)) {
        const end = m.index + m[0].length - 1;
        if (src.bare[m.index] !== m[1] || src.bare[end] !== m[1] || src.bare[m.index + 1] !== ' ' || !setterBefore(m.index))
            continue;
        hits.push({ offset: m.index, what });
    }
    return hits;
}
/**
 * The request's Origin header read in code: `req.headers.origin`, `req.header('Origin')`, `request.getHeader("Origin")`,
 * Go `r.Header.Get("Origin")`, PHP `$_SERVER['HTTP_ORIGIN']`, Python `request.headers.get('Origin')`, C# `Request.Headers["Origin"]`,
 * Ruby `request.headers['Origin']` / `request.env['HTTP_ORIGIN']`.
 */
const ORIGIN_READ = /^(?:[\w$.]*\.(?:headers?|Header|META|env)\s*(?:\.\s*get\s*\(\s*|\[\s*)(['"])(?:http_)?origin\1\s*[\])]|[\w$.]*\.headers\.origin\b|[\w$.]*\.(?:getHeader|header|get)\s*\(\s*(['"])origin\2\s*\)|\$_SERVER\s*\[\s*(['"])HTTP_ORIGIN\3\s*\]|(?:request|req)\.origin\b|[\w$.]*\.Headers\.Origin\b)/i;
/** `Access-Control-Allow-Credentials: true` set in the same file (any of the setter shapes). */
const CREDENTIALS_HEADER = /access-control-allow-credentials(?::\s*)?['"`]?\s*(?:,|\]\s*=|:|=>)?\s*['"`]?true\b/i;
/** A conditional that looks at the origin before the header is set (an allow-list check): the reflection is guarded. */
const ORIGIN_CHECK = /\b(?:if|elif|elsif|unless|when|case|switch)\b[^\n]*origin|\b(?:includes|indexOf|contains|ContainsKey|in_array|has|test|match(?:es)?)\s*\([^)\n]*origin|origin[^\n]*\b(?:in|not in)\b\s*[\w[(]/i;
/**
 * Hand-written CORS that echoes the caller's Origin into Access-Control-Allow-Origin without checking it (a
 * "SimpleCORSFilter", an Express or Go middleware): any origin is allowed, and with
 * `Access-Control-Allow-Credentials: true` any site can make authenticated requests. A reflection under a
 * conditional that looks at the origin (an allow-list) is a check and passes.
 */
function reflectedOrigin(src, setterBefore) {
    const hits = [];
    const credentials = CREDENTIALS_HEADER.test(src.code);
    for (const m of src.code.matchAll(/(['"`])access-control-allow-origin(:\s*)?\1\s*(,|\]\s*=|\.)\s*/gi)) {
        if (src.bare[m.index] !== m[1])
            continue;
        const sep = m[3].replace(/\s+/g, '');
        // PHP's one-string form concatenates: `header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN'])`.
        if ((sep === '.') !== (m[2] !== undefined) || (sep === ',' && !setterBefore(m.index)) || (sep === '.' && !setterBefore(m.index)))
            continue;
        const value = m.index + m[0].length;
        const direct = ORIGIN_READ.exec(src.code.slice(value, value + 120))?.[0].replace(/\s+/g, '');
        const read = direct ?? originVariable(src, value, Math.max(0, m.index - 600));
        if (!read)
            continue;
        const headers = enclosingHeaders(src, m.index);
        const before = src.bare.slice(Math.max(0, m.index - 600), m.index);
        if (headers.some((h) => /origin/i.test(h)) || ORIGIN_CHECK.test(before))
            continue;
        hits.push({ offset: m.index, what: `the Access-Control-Allow-Origin header echoes the request's Origin (${read}) unchecked, which allows any origin`, credentials, reflected: true });
    }
    return hits;
}
/**
 * The header's value is a local variable whose last assignment in the lines before (`from`…`at`) reads the request's
 * Origin header: Go `origin := r.Header.Get("Origin")`, `const origin = req.headers.origin`, PHP `$origin = $_SERVER['HTTP_ORIGIN']`,
 * Python `origin = request.headers.get('Origin')`. Returns the read, or null (any other value, or a later reassignment).
 */
function originVariable(src, at, from) {
    const name = /^(\$?[A-Za-z_][\w$]*)\s*(?:[),;]|\r?\n|$)/.exec(src.code.slice(at, at + 80))?.[1];
    if (!name || /^(?:true|false|null|nil|None|undefined)$/.test(name))
        return null;
    const escaped = name.replace(/\$/g, '\\$');
    let last;
    for (const a of src.bare.slice(from, at).matchAll(new RegExp(`(?<![\\w$.])${escaped}\\s*(?::=|=(?![=>~]))\\s*`, 'g')))
        last = a;
    // A function declared in between is another scope: its variable of the same name is not this one.
    if (!last || /\b(?:func|function|def)\b/.test(src.bare.slice(from + last.index, at)))
        return null;
    const rhs = from + last.index + last[0].length;
    const read = ORIGIN_READ.exec(src.code.slice(rhs, rhs + 120));
    return read ? `${name} = ${read[0].replace(/\s+/g, '')}` : null;
}
/** Apache configuration: `.htaccess` and `*.conf` (nginx `*.conf` files hold no `Header` directive). */
const isApacheCandidate = (file) => (0,classify/* basename */.P8)(file) === '.htaccess' || /\.conf$/i.test(file);
/** Files the scan reads: Python/JS code, other languages' code, Spring Boot configuration, Apache configuration; never templates, tests or vendored files. */
const isCorsFile = (file) => !(0,classify/* isTemplate */.Fl)(file) && (isCodeFile(file) || ((OTHER_CODE.test(file) || cors_wildcard_SPRING_CONFIG.test(file) || isApacheCandidate(file)) && !(0,classify/* isVendoredOrGenerated */.Gk)(file) && !(0,classify/* isTestFile */.hl)(file)));
/** Apache `Header [always] set|add|append|merge|setifempty Access-Control-Allow-Origin "*"`, by line (comments start a line). */
const APACHE_ACAO = /^([ \t]*)(Header[ \t]+(?:(?:always|onsuccess)[ \t]+)?(?:set|add|append|merge|setifempty))[ \t]+Access-Control-Allow-Origin[ \t]+(["']?)\*\3(?=[ \t]|$)/gim;
function apacheHeaders(text) {
    const out = [];
    for (const m of text.matchAll(APACHE_ACAO)) {
        out.push({ line: text.slice(0, m.index).split('\n').length, column: m[1].length + 1, start: m.index, what: `Apache ${m[2].replace(/[ \t]+/g, ' ')} Access-Control-Allow-Origin * allows any origin` });
    }
    return out;
}
/** A `'*'`/`"*"` string literal (or Spring's `CorsConfiguration.ALL`) in code between `from` and `to`. */
function hasStar(src, from, to) {
    const code = src.code.slice(from, to);
    for (let i = code.indexOf('*'); i >= 0; i = code.indexOf('*', i + 1)) {
        const q = code[i - 1];
        if ((q === '"' || q === "'") && code[i + 1] === q && src.bare[from + i - 1] === q && src.bare[from + i] === ' ')
            return true;
    }
    return CORS_ALL.test(src.bare.slice(from, to));
}
const CORS_ALL = /\bCorsConfiguration\s*\.\s*ALL\b/;
/** A Ruby regex literal (`/.*\/`, `%r{.*}`) or PHP pattern (`'/.*\/'`, `'#.*#'`, `'.*'`) that matches any origin. */
const REGEX_BODY = /^(?:\/(.*)\/|%r\{(.*)\}|#(.*)#)[a-z]*$/s;
const isAnyRegex = (pattern) => ANY_REGEX.has(pattern) || ANY_REGEX.has(REGEX_BODY.exec(pattern)?.slice(1).find((g) => g !== undefined) ?? '');
const RUBY_ALLOW = /^([ \t]*)allow\b[ \t]*(do\b|\{)/gm;
const RUBY_END = /[ \t]*end\b/y;
const RUBY_ORIGINS = /^[ \t]*origins\b[ \t]*/gm;
const RUBY_CREDENTIALS = /(?:\bcredentials:|:credentials\s*=>)\s*true\b/;
const RUBY_TRUE_BLOCK = /^\{\s*(?:\|[^|]*\|)?\s*true\s*\}$/;
/** `ENV.fetch('CORS_ORIGINS', '*')`: the `*` default stands unless the deploy environment sets the variable. */
const RUBY_ENV_STAR = /\bENV\.fetch\(\s*(['"])([A-Za-z_]\w*)\1\s*,\s*(['"])\*\3\s*\)/;
/**
 * rack-cors `allow do … origins '*' … end` (Rails `config/initializers/cors.rb`, `config.ru`): `'*'` in the
 * origins, an any-origin regex (`/.*\/`) or a block that returns `true`. `credentials: true` in the block
 * makes a regex or block critical; rack-cors refuses to boot with `'*'` and credentials, so that stays `high`.
 */
function rackCors(src) {
    const hits = [];
    let last = 0;
    for (const m of src.bare.matchAll(RUBY_ALLOW)) {
        // `allow` blocks do not nest: one that starts inside the last (whose `end` was not found) is read with it.
        if (m.index < last)
            continue;
        const body = m.index + m[0].length;
        let end = src.bare.length;
        if (m[2] === '{')
            end = Math.max(body, matchBracket(src, body - 1));
        else {
            // The block ends at the first `end` indented no deeper than `allow`.
            for (let nl = src.bare.indexOf('\n', body); nl >= 0; nl = src.bare.indexOf('\n', nl + 1)) {
                RUBY_END.lastIndex = nl + 1;
                if (RUBY_END.test(src.bare) && RUBY_END.lastIndex - (nl + 1) - 'end'.length <= m[1].length) {
                    end = nl + 1;
                    break;
                }
            }
        }
        last = end;
        const block = src.bare.slice(body, end);
        const credentials = RUBY_CREDENTIALS.test(block);
        for (const o of block.matchAll(RUBY_ORIGINS)) {
            let from = body + o.index + o[0].length;
            let to;
            if (src.bare[from] === '(') {
                to = matchBracket(src, from);
                from++;
                if (to < 0)
                    continue;
            }
            else {
                to = statementEnd(src, from);
                // `origins 'https://a.example.com',\n        'https://b.example.com'`: a trailing comma continues the call.
                for (let guard = 0; guard < 64 && to < end && src.bare.slice(from, to).trimEnd().endsWith(','); guard++)
                    to = statementEnd(src, to + 1);
            }
            for (const arg of splitList(src, from, Math.min(to, end))) {
                const v = arg.value.trim();
                const values = listElements(v) ?? [v];
                if (values.some((e) => stringValue(e) === '*'))
                    hits.push({ offset: arg.start, what: `rack-cors origins ${(0,util_text/* quoteSource */.IU)(v)} allows any origin` });
                else if (values.some((e) => isAnyRegex(e)))
                    hits.push({ offset: arg.start, what: `rack-cors origins ${(0,util_text/* quoteSource */.IU)(v)} matches any origin`, credentials });
                else if (RUBY_TRUE_BLOCK.test(v))
                    hits.push({ offset: arg.start, what: `rack-cors origins ${(0,util_text/* quoteSource */.IU)(v)} accepts any origin`, credentials });
                else {
                    const env = RUBY_ENV_STAR.exec(v);
                    if (env)
                        hits.push({ offset: arg.start, what: `rack-cors origins default to * (${(0,util_text/* quoteSource */.IU)(env[0])}) and allow any origin`, envKey: env[2] });
                }
            }
        }
    }
    return hits;
}
const PHP_ORIGINS = /(['"])(allowed_?origins(?:_?patterns)?)\1\s*=>\s*/gi;
const PHP_CREDENTIALS = /(['"])supports_?credentials\1\s*=>\s*true\b/gi;
const PHP_ENV_STAR = /\benv\(\s*(['"])([A-Za-z_]\w*)\1\s*,\s*(['"])\*\3\s*\)/;
/**
 * Laravel `config/cors.php` (fruitcake/php-cors; barryvdh/laravel-cors's camelCase keys too): `'allowed_origins' => ['*']`,
 * an any-origin `'allowed_origins_patterns'`, or `env('CORS_ALLOWED_ORIGINS', '*')` whose default is `*` (unless the
 * deploy environment sets that variable). `'supports_credentials' => true` makes the library reflect the origin.
 */
function laravelCors(src) {
    const hits = [];
    const credentials = [...src.code.matchAll(PHP_CREDENTIALS)].some((m) => src.bare[m.index] === m[1] && src.bare[m.index + 1] === ' ');
    let last = 0;
    for (const m of src.code.matchAll(PHP_ORIGINS)) {
        // Not a key in code, or inside the last value (whose end was not found).
        if (src.bare[m.index] !== m[1] || src.bare[m.index + 1] !== ' ' || m.index < last)
            continue;
        const start = m.index + m[0].length;
        // The value runs to the next top-level `,` or the array's closing bracket.
        let depth = 0;
        let k = start;
        for (; k < src.bare.length; k++) {
            const c = src.bare[k];
            if (c === '(' || c === '[' || c === '{')
                depth++;
            else if (c === ')' || c === ']' || c === '}') {
                if (depth === 0)
                    break;
                depth--;
            }
            else if ((c === ',' || c === ';') && depth === 0)
                break;
        }
        last = k;
        const value = src.code.slice(start, k).trim();
        const patterns = /patterns/i.test(m[2]);
        const inner = /^(?:array\s*\(|\[)([^]*)[\])]$/i.exec(value)?.[1];
        const elements = inner === undefined ? [] : splitList(scanSource('', inner, 'js'), 0, inner.length).map((a) => stringValue(a.value) ?? '');
        const env = PHP_ENV_STAR.exec(value);
        const key = (0,util_text/* quoteSource */.IU)(m[0].replace(/\s*=>\s*$/, ''));
        if (elements.some((e) => (patterns ? isAnyRegex(e) : e === '*')))
            hits.push({ offset: start, what: `Laravel ${key} => ${(0,util_text/* quoteSource */.IU)(value)} allows any origin`, credentials });
        else if (env && !patterns)
            hits.push({ offset: start, what: `Laravel ${key} defaults to * (${(0,util_text/* quoteSource */.IU)(env[0])}) and allows any origin`, credentials, envKey: env[2] });
    }
    return hits;
}
const SPRING_CALLS = /allowedOrigins|allowedOriginPatterns|addAllowedOrigin|addAllowedOriginPattern|setAllowedOrigins|setAllowedOriginPatterns|addMapping|applyPermitDefaultValues/;
const SPRING_PROPERTY = /\b(allowedOrigins|allowedOriginPatterns)\s*=(?!=)\s*/g;
const SPRING_CREDENTIALS = /\b(?:set)?[aA]llowCredentials\s*(?:\(\s*true\s*\)|=\s*(?:true\b|"true"))/g;
const CROSS_ORIGIN = /@CrossOrigin\b\s*(\()?/g;
const SPRING_SETS_ORIGINS = /\b(?:allowedOrigins|allowedOriginPatterns|addAllowedOrigin|addAllowedOriginPattern|setAllowedOrigins|setAllowedOriginPatterns)\b/;
/** The end of a Java/Kotlin call chain starting at `from`: `;`, an unopened closing bracket, or a line break not followed by `.`. */
function chainEnd(src, from) {
    let depth = 0;
    for (let k = from; k < src.bare.length; k++) {
        const c = src.bare[k];
        if (c === '(' || c === '[' || c === '{')
            depth++;
        else if (c === ')' || c === ']' || c === '}') {
            if (depth === 0)
                return k;
            depth--;
        }
        else if (c === ';' && depth === 0)
            return k;
        else if (c === '\n' && depth === 0 && !/^\s*\./.test(src.bare.slice(k + 1, k + 200)))
            return k;
    }
    return src.bare.length;
}
/**
 * Spring (Java/Kotlin): `allowedOrigins("*")`, `allowedOriginPatterns("*")`, `CorsConfiguration` setters with `"*"`
 * (`CorsConfiguration.ALL`), Kotlin `allowedOrigins = listOf("*")`, `registry.addMapping(…)` without origins and
 * `applyPermitDefaultValues()` (both default to any origin), `@CrossOrigin("*")` and a `@CrossOrigin` without origins.
 * Credentials (`allowCredentials(true)` in the file, `allowCredentials = "true"` on the annotation) make only the
 * pattern forms critical: Spring 5.3+ rejects `"*"` origins with credentials at request time.
 */
function springCors(src) {
    const hits = [];
    const credentials = [...src.code.matchAll(SPRING_CREDENTIALS)].some((m) => src.bare[m.index] === src.code[m.index]);
    const setsOrigins = SPRING_SETS_ORIGINS.test(src.bare);
    const registry = /\bCorsRegistry\b/.test(src.bare);
    for (const call of findCalls(src, SPRING_CALLS)) {
        const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
        const pattern = name.endsWith('Pattern') || name.endsWith('Patterns');
        if (name === 'addMapping') {
            // Only a CorsRegistry mapping (ModelMapper has an addMapping too).
            if (registry && !SPRING_SETS_ORIGINS.test(src.bare.slice(call.close, chainEnd(src, call.close + 1))))
                hits.push({ offset: call.start, what: `Spring ${(0,util_text/* quoteSource */.IU)(src.code.slice(call.start, call.close + 1))} without allowedOrigins allows any origin (the registration defaults to all origins)` });
        }
        else if (name === 'applyPermitDefaultValues') {
            if (!setsOrigins)
                hits.push({ offset: call.start, what: 'Spring CorsConfiguration.applyPermitDefaultValues() without origins allows any origin' });
        }
        else if (hasStar(src, call.open, call.close)) {
            hits.push({ offset: call.open + 1, what: `Spring ${name}(${(0,util_text/* quoteSource */.IU)(src.code.slice(call.open + 1, call.close))}) ${pattern ? 'matches' : 'allows'} any origin`, credentials: pattern && credentials });
        }
    }
    for (const m of src.bare.matchAll(SPRING_PROPERTY)) {
        const start = m.index + m[0].length;
        const end = statementEnd(src, start);
        if (hasStar(src, start, end))
            hits.push({ offset: start, what: `Spring ${m[1]} = ${(0,util_text/* quoteSource */.IU)(src.code.slice(start, end))} allows any origin`, credentials: m[1] === 'allowedOriginPatterns' && credentials });
    }
    for (const m of src.bare.matchAll(CROSS_ORIGIN)) {
        const open = m[1] ? m.index + m[0].length - 1 : -1;
        const close = open < 0 ? -1 : matchBracket(src, open);
        const args = close < 0 ? [] : splitList(src, open + 1, close);
        const origins = args.filter((a) => a.name === null || a.name === 'value' || a.name === 'origins' || a.name === 'originPatterns');
        if (!origins.length)
            hits.push({ offset: m.index, what: `${(0,util_text/* quoteSource */.IU)(src.code.slice(m.index, close < 0 ? m.index + 12 : close + 1))} without origins allows any origin (Spring's default)` });
        else {
            const star = origins.find((a) => hasStar(src, a.start, a.end));
            if (star)
                hits.push({ offset: star.start, what: `@CrossOrigin(${star.name ? `${star.name} = ` : ''}${(0,util_text/* quoteSource */.IU)(star.value)}) allows any origin`, credentials: star.name === 'originPatterns' && credentials });
        }
    }
    return hits;
}
const ASPNET_TRUE_LAMBDA = /^(?:isOriginAllowed\s*:\s*)?(?:\(\s*(?:\w+\s+)?\w*\s*\)|\w+)\s*=>\s*(?:true|\{\s*return\s+true\s*;\s*\})$/;
/**
 * ASP.NET Core: `.AllowAnyOrigin()`, `.WithOrigins("*")`, `.SetIsOriginAllowed(_ => true)`. With `.AllowCredentials()` in
 * the file the lambda reflects any origin with credentials (critical); ASP.NET Core refuses `AllowAnyOrigin` with credentials.
 */
function aspNetCors(src) {
    const hits = [];
    const calls = findCalls(src, /AllowAnyOrigin|WithOrigins|SetIsOriginAllowed|AllowCredentials/);
    const credentials = calls.some((c) => c.callee.endsWith('AllowCredentials'));
    for (const call of calls) {
        const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
        if (name === 'AllowAnyOrigin')
            hits.push({ offset: call.start, what: 'ASP.NET Core AllowAnyOrigin() allows any origin' });
        else if (name === 'WithOrigins' && call.args.some((a) => stringValue(a.value) === '*'))
            hits.push({ offset: call.open + 1, what: 'ASP.NET Core WithOrigins("*") allows any origin' });
        else if (name === 'SetIsOriginAllowed') {
            // The whole argument text: splitList would read `origin => true` as a keyword `origin=`.
            const lambda = src.code.slice(call.open + 1, call.close).trim();
            if (ASPNET_TRUE_LAMBDA.test(lambda))
                hits.push({ offset: call.open + 1, what: `ASP.NET Core SetIsOriginAllowed(${(0,util_text/* quoteSource */.IU)(lambda)}) accepts any origin`, credentials });
        }
    }
    return hits;
}
const GO_IMPORT = /(?:^|[\s(])(?:([A-Za-z_]\w*)[ \t]+)?"github\.com\/(gin-contrib|rs|go-chi)\/cors"/gm;
const GO_LITERAL = /(?<![\w.])([A-Za-z_]\w*)\s*\.\s*(Config|Options)\s*\{/g;
const GO_ASSIGN = /\.\s*(AllowAllOrigins|AllowOrigins|AllowedOrigins|AllowOriginFunc|AllowCredentials)\s*=(?!=)\s*/g;
const GO_TRUE_FUNC = /^func\s*\([^()]*\)\s*bool\s*\{\s*return\s+true\s*;?\s*\}$/;
const GO_ORIGIN_FUNCS = new Set(['AllowOriginFunc', 'AllowOriginRequestFunc', 'AllowOriginVaryRequestFunc']);
/**
 * Go: gin-contrib/cors `cors.Default()`, `cors.Config{AllowAllOrigins: true}` / `AllowOrigins: []string{"*"}` (also assigned
 * to a `DefaultConfig()`); rs/cors and go-chi/cors `cors.Default()`, `cors.AllowAll()`, `cors.Options{AllowedOrigins:
 * []string{"*"}}` or without AllowedOrigins (their default is all origins); an `AllowOriginFunc` that returns `true`.
 * rs/cors and go-chi/cors reflect the origin when credentials are allowed, and any origin-func does; gin sends a literal
 * `*`, which browsers refuse with credentials.
 */
function goCors(src) {
    const libs = new Map();
    for (const m of src.code.matchAll(GO_IMPORT)) {
        const name = m[1] === undefined || m[1] === 'import' ? 'cors' : m[1];
        if (name !== '_')
            libs.set(name, m[2] === 'gin-contrib' ? 'gin' : 'rs');
    }
    if (!libs.size)
        return [];
    const hits = [];
    const assigned = new Map();
    for (const m of src.bare.matchAll(GO_ASSIGN)) {
        const start = m.index + m[0].length;
        assigned.set(m[1], { start, value: src.code.slice(start, statementEnd(src, start)).trim() });
    }
    const fileCredentials = assigned.get('AllowCredentials')?.value === 'true';
    const star = (v) => hasStar(src, v.start, v.start + v.value.length);
    for (const call of findCalls(src, /Default|AllowAll/)) {
        const [pkg, fn] = call.callee.split('.');
        if (!pkg || !libs.has(pkg) || call.args.length)
            continue;
        if (fn === 'Default')
            hits.push({ offset: call.start, what: `${call.callee}() allows any origin` });
        else if (fn === 'AllowAll' && libs.get(pkg) === 'rs')
            hits.push({ offset: call.start, what: `${call.callee}() allows any origin` });
    }
    for (const m of src.bare.matchAll(GO_LITERAL)) {
        const lib = libs.get(m[1]);
        if (!lib || (lib === 'gin') !== (m[2] === 'Config'))
            continue;
        const open = m.index + m[0].length - 1;
        const close = matchBracket(src, open);
        if (close < 0)
            continue;
        const props = objectProps(src, { open, close });
        const prop = (n) => props.find((p) => p.name === n);
        const credentials = prop('AllowCredentials')?.value.trim() === 'true' || fileCredentials;
        const func = props.find((p) => p.name !== null && GO_ORIGIN_FUNCS.has(p.name));
        const origins = prop(lib === 'gin' ? 'AllowOrigins' : 'AllowedOrigins');
        const label = `${m[1]}.${m[2]}`;
        if (func && GO_TRUE_FUNC.test(func.value.trim()))
            hits.push({ offset: func.start, what: `${label} ${func.name} returning true accepts any origin`, credentials });
        else if (lib === 'gin' && prop('AllowAllOrigins')?.value.trim() === 'true')
            hits.push({ offset: prop('AllowAllOrigins').start, what: `${label} AllowAllOrigins: true allows any origin` });
        else if (origins && star(origins))
            hits.push({ offset: origins.start, what: `${label} ${origins.name}: ${(0,util_text/* quoteSource */.IU)(origins.value)} allows any origin`, credentials: lib === 'rs' && credentials });
        else if (lib === 'rs' && !origins && !func && !assigned.has('AllowedOrigins') && !assigned.has('AllowOriginFunc')) {
            hits.push({ offset: m.index, what: `${label}{…} without AllowedOrigins allows any origin (the default is all origins)`, credentials });
        }
    }
    // gin's `config := cors.DefaultConfig()` then `config.AllowAllOrigins = true` / `config.AllowOrigins = []string{"*"}`.
    if ([...libs.values()].includes('gin')) {
        const all = assigned.get('AllowAllOrigins');
        const origins = assigned.get('AllowOrigins');
        if (all?.value === 'true')
            hits.push({ offset: all.start, what: 'gin-contrib/cors AllowAllOrigins = true allows any origin' });
        else if (origins && star(origins))
            hits.push({ offset: origins.start, what: `gin-contrib/cors AllowOrigins = ${(0,util_text/* quoteSource */.IU)(origins.value)} allows any origin` });
    }
    return hits;
}
const ECHO_IMPORT = /(?:^|[\s(])(?:([A-Za-z_]\w*)[ \t]+)?"github\.com\/labstack\/echo(?:\/v\d+)?\/middleware"/gm;
const FIBER_IMPORT = /(?:^|[\s(])(?:([A-Za-z_]\w*)[ \t]+)?"github\.com\/gofiber\/fiber(?:\/v\d+)?\/middleware\/cors"/gm;
/**
 * Go: Echo `middleware.CORS()` and `middleware.CORSWithConfig(middleware.CORSConfig{…})` without `AllowOrigins` or
 * with `"*"` (its default is all origins; with `AllowCredentials` and `UnsafeWildcardOriginWithAllowCredentials`
 * it echoes the caller's origin); Fiber `cors.New()` and `cors.New(cors.Config{…})` without `AllowOrigins` or with
 * `"*"`, or an `AllowOriginsFunc` returning true (which echoes the origin, with credentials too).
 */
function echoFiberCors(src) {
    const hits = [];
    const imported = (re, dflt) => [...src.code.matchAll(re)].map((m) => (m[1] === undefined || m[1] === 'import' ? dflt : m[1])).filter((n) => n !== '_');
    const literal = (call, type) => {
        const arg = call.args[0];
        const t = arg?.value.trim() ?? '';
        const m = new RegExp(`^&?[A-Za-z_]\\w*\\.${type}\\s*\\{`).exec(t);
        if (!arg || !m)
            return null;
        const open = arg.start + arg.value.indexOf(t) + m[0].length - 1;
        const close = matchBracket(src, open);
        return close < 0 ? null : objectProps(src, { open, close });
    };
    for (const pkg of imported(ECHO_IMPORT, 'middleware')) {
        for (const call of findCalls(src, /CORS(?:WithConfig)?/)) {
            if (call.callee === `${pkg}.CORS` && !call.args.length) {
                hits.push({ offset: call.start, what: `Echo ${pkg}.CORS() allows any origin (its default)` });
                continue;
            }
            if (call.callee !== `${pkg}.CORSWithConfig`)
                continue;
            const props = literal(call, 'CORSConfig');
            if (!props)
                continue;
            const prop = (n) => props.find((p) => p.name === n);
            const origins = prop('AllowOrigins');
            const credentials = prop('AllowCredentials')?.value.trim() === 'true' && prop('UnsafeWildcardOriginWithAllowCredentials')?.value.trim() === 'true';
            if (prop('AllowOriginFunc'))
                continue;
            if (!origins)
                hits.push({ offset: call.start, what: `Echo ${pkg}.CORSConfig without AllowOrigins allows any origin (the default is all origins)`, credentials });
            else if (hasStar(src, origins.start, origins.start + origins.value.length))
                hits.push({ offset: origins.start, what: `Echo AllowOrigins: ${(0,util_text/* quoteSource */.IU)(origins.value)} allows any origin`, credentials });
        }
    }
    for (const pkg of imported(FIBER_IMPORT, 'cors')) {
        for (const call of findCalls(src, 'New')) {
            if (call.callee !== `${pkg}.New`)
                continue;
            if (!call.args.length) {
                hits.push({ offset: call.start, what: `Fiber ${pkg}.New() allows any origin (its default)` });
                continue;
            }
            const props = literal(call, 'Config');
            if (!props)
                continue;
            const prop = (n) => props.find((p) => p.name === n);
            const origins = prop('AllowOrigins');
            const func = prop('AllowOriginsFunc');
            const credentials = prop('AllowCredentials')?.value.trim() === 'true';
            if (func && GO_TRUE_FUNC.test(func.value.trim()))
                hits.push({ offset: func.start, what: 'Fiber cors AllowOriginsFunc returning true accepts any origin', credentials });
            else if (!origins && !func)
                hits.push({ offset: call.start, what: `Fiber ${pkg}.Config without AllowOrigins allows any origin (the default is all origins)` });
            else if (origins && hasStar(src, origins.start, origins.start + origins.value.length))
                hits.push({ offset: origins.start, what: `Fiber AllowOrigins: ${(0,util_text/* quoteSource */.IU)(origins.value)} allows any origin` });
        }
    }
    return hits;
}
const RUST_PATH_CALL = /(?<![\w:])(?:[A-Za-z_]\w*::)*(CorsLayer::(?:very_)?permissive|Cors::permissive|AllowOrigin::(?:any|mirror_request)|AllowedOrigins::all)\s*\(/g;
const RUST_ANY = /^(?:(?:tower_http::)?(?:cors::)?Any|"\*")$/;
/**
 * Rust: tower-http `CorsLayer::permissive()` and `.allow_origin(Any)` / `AllowOrigin::any()` (a literal `*`),
 * `CorsLayer::very_permissive()` and `AllowOrigin::mirror_request()` (they echo the caller's origin; with
 * `.allow_credentials(true)` — very_permissive's own default — any site makes authenticated requests);
 * actix-cors `Cors::permissive()` (echoes any origin, credentials on) and `.allow_any_origin()` (with
 * `.supports_credentials()` it echoes too); rocket_cors `AllowedOrigins::all()` (echoed, so with
 * `allow_credentials: true` too).
 */
function rustCors(src) {
    const hits = [];
    const credentials = /\.allow_credentials\s*\(\s*true\s*\)|\.supports_credentials\s*\(\s*\)|\ballow_credentials\s*:\s*true\b/.test(src.bare);
    for (const m of src.bare.matchAll(RUST_PATH_CALL)) {
        const at = m.index;
        switch (m[1]) {
            case 'CorsLayer::very_permissive':
                hits.push({ offset: at, what: 'tower-http CorsLayer::very_permissive() echoes any origin', credentials: true });
                break;
            case 'CorsLayer::permissive':
                hits.push({ offset: at, what: 'tower-http CorsLayer::permissive() allows any origin' });
                break;
            case 'Cors::permissive':
                hits.push({ offset: at, what: 'actix-cors Cors::permissive() echoes any origin', credentials: true });
                break;
            case 'AllowOrigin::any':
                hits.push({ offset: at, what: 'tower-http AllowOrigin::any() allows any origin' });
                break;
            case 'AllowOrigin::mirror_request':
                hits.push({ offset: at, what: 'tower-http AllowOrigin::mirror_request() reflects any origin', credentials });
                break;
            default: hits.push({ offset: at, what: 'rocket_cors AllowedOrigins::all() allows any origin', credentials });
        }
    }
    for (const call of findCalls(src, /allow_any_origin|allow_origin/)) {
        const name = call.callee.split('.').pop();
        const arg = call.args[0];
        if (name === 'allow_any_origin')
            hits.push({ offset: call.start, what: 'actix-cors .allow_any_origin() allows any origin', credentials });
        else if (name === 'allow_origin' && arg && RUST_ANY.test(arg.value.trim()))
            hits.push({ offset: arg.start, what: `tower-http .allow_origin(${(0,util_text/* quoteSource */.IU)(arg.value.trim())}) allows any origin` });
    }
    return hits;
}
/** Spring Boot, Quarkus and Micronaut configuration: `application.properties`, `application-prod.yml`… */
const cors_wildcard_SPRING_CONFIG = /(?:^|\/)application[^/]*\.(?:properties|ya?ml)$/i;
/** A properties line; Quarkus profile prefixes (`%prod.`, `%dev,test.`) are part of the key. */
const SPRING_PROPS_LINE = /^[ \t]*([%A-Za-z0-9_.,[\]~-]+)[ \t]*[=:][ \t]*(.*)$/;
/** A YAML line: indent, list dash, a (possibly quoted: `"%prod":`) key and its value. */
const YAML_KEY_LINE = /^( *)(?:(-)[ \t]+)?(?:(["']?)([%A-Za-z0-9_.[\]~-]+)\3[ \t]*:(?:[ \t]+|$))?(.*)$/;
const ACTUATOR_CORS = 'management.endpoints.web.cors.';
/** A relaxed-binding key (`allowed-origins`, `allowedOrigins`, `allowed_origins[0]`) in one form. */
const canonKey = (key) => key.toLowerCase().replace(/\[\d+\]/g, '').replace(/[-_]/g, '');
const ACTUATOR_KEY = canonKey(ACTUATOR_CORS);
/** The settings of an `application*.properties`/`.yml` file (nested YAML keys joined with `.`, list elements, `---` documents restart the nesting); comments are skipped. */
function configEntries(file, text) {
    const yaml = /\.ya?ml$/i.test(file);
    const out = [];
    const stack = [];
    let listOf = null;
    const lines = text.split('\n');
    let at = 0;
    for (let i = 0; i < lines.length; at += lines[i].length + 1, i++) {
        const raw = lines[i].replace(/\r$/, '');
        const trimmed = raw.trim();
        if (!trimmed || trimmed.startsWith('#') || (!yaml && trimmed.startsWith('!')))
            continue;
        if (!yaml) {
            const m = SPRING_PROPS_LINE.exec(raw);
            if (m)
                out.push({ path: m[1], value: m[2], line: i + 1, column: raw.indexOf(m[2], raw.indexOf(m[1]) + m[1].length) + 1, start: at, item: false });
            continue;
        }
        if (trimmed === '---') {
            stack.length = 0;
            listOf = null;
            continue;
        }
        // A trailing comment (` # …`); found with `search`, which stays linear on long runs of blanks.
        const hash = raw.search(/[ \t]#/);
        const m = YAML_KEY_LINE.exec(hash < 0 ? raw : raw.slice(0, hash));
        if (!m)
            continue;
        const indent = m[1].length;
        const column = raw.length - raw.trimStart().length + 1;
        const value = m[5].trim();
        if (m[2] && !m[4]) {
            // A list item: an element of the last key with no value.
            if (listOf && indent >= listOf.indent)
                out.push({ path: listOf.path, value, line: i + 1, column: column + 2, start: at, item: true });
            continue;
        }
        if (!m[4])
            continue;
        while (stack.length && stack.at(-1).indent >= indent)
            stack.pop();
        stack.push({ indent, key: m[4] });
        const path = stack.map((s) => s.key).join('.');
        listOf = value ? null : { path, indent };
        if (value)
            out.push({ path, value, line: i + 1, column: raw.indexOf(value, indent + m[4].length) + 1, start: at, item: false });
    }
    return out;
}
/** A configuration value without quotes; a YAML flow list (`[a, b]`) or comma-separated value split into its items. */
const unquote = (v) => v.trim().replace(/^(["'])(.*)\1$/, '$2');
const configItems = (value) => { const v = unquote(value.trimEnd()); return (/^\[.*\]$/.test(v) ? v.slice(1, -1) : v).split(',').map(unquote).filter((x) => x !== ''); };
/**
 * Spring Boot Actuator `management.endpoints.web.cors.allowed-origins=*` (or `allowed-origin-patterns`), in
 * `application*.properties` and `application*.yml` (nested keys, lists, comma-separated values).
 */
function cors_wildcard_springConfig(entries) {
    const found = [];
    let credentials = false;
    for (const e of entries) {
        const canon = canonKey(e.path);
        if (!canon.startsWith(ACTUATOR_KEY))
            continue;
        const name = canon.slice(ACTUATOR_KEY.length);
        if (name === 'allowcredentials') {
            credentials ||= /^true$/i.test(unquote(e.value));
            continue;
        }
        if (name !== 'allowedorigins' && name !== 'allowedoriginpatterns')
            continue;
        if (configItems(e.value).includes('*'))
            found.push({ line: e.line, column: e.column, start: e.start, what: `Spring Boot ${(0,util_text/* quoteSource */.IU)(e.path)}: ${(0,util_text/* quoteSource */.IU)(e.value)} allows any origin to the actuator endpoints`, pattern: name === 'allowedoriginpatterns' });
    }
    return found.map((f) => ({ line: f.line, column: f.column, start: f.start, what: f.what, credentials: f.pattern && credentials }));
}
/** A Quarkus key's profiles (`%prod.` → ['prod'], `%dev,test.` → ['dev', 'test']; none: every profile) and the key without them. */
function quarkusKey(path) {
    const m = /^%([\w,-]+)\.(.*)$/.exec(path);
    const key = (m ? m[2] : path).replace(/\.~$/, '').toLowerCase();
    return { profiles: m ? m[1].split(',').map((p) => p.toLowerCase()) : null, key };
}
/**
 * Quarkus: `quarkus.http.cors.origins=*` (alone) or an any-origin regex (`/.*\/`) where the CORS filter is on
 * (`quarkus.http.cors=true`, Quarkus 3's `quarkus.http.cors.enabled=true`) for the same profile (`%prod.` overrides the
 * unprefixed value, as Quarkus does). A `%dev.` value (or one only the dev profile enables) is a note; `%test.` is not read.
 * An unset `origins` is not judged: it allowed any origin before Quarkus 2.16 and only the same origin since.
 */
function quarkusConfig(entries) {
    const enabled = new Map();
    const origins = new Map();
    const scope = (profiles) => profiles ?? [''];
    for (const e of entries) {
        const { profiles, key } = quarkusKey(e.path);
        if (key === 'quarkus.http.cors' || key === 'quarkus.http.cors.enabled')
            for (const p of scope(profiles))
                enabled.set(p, /^true$/i.test(unquote(e.value)));
        else if (key === 'quarkus.http.cors.origins') {
            for (const p of scope(profiles)) {
                const prev = origins.get(p);
                if (e.item && prev && prev.entry.path === e.path)
                    prev.items.push(...configItems(e.value));
                else
                    origins.set(p, { entry: e, items: configItems(e.value) });
            }
        }
    }
    const anyOrigin = (items) => (items.length === 1 && items[0] === '*') || items.some((o) => /^\/.*\/$/.test(o) && ANY_REGEX.has(o.slice(1, -1)));
    const on = (p) => enabled.get(p) ?? enabled.get('') ?? false;
    const effective = (p) => origins.get(p) ?? origins.get('');
    const hits = [];
    const seen = new Set();
    const hit = (o, dev) => {
        if (seen.has(o.entry))
            return;
        seen.add(o.entry);
        hits.push({ line: o.entry.line, column: o.entry.column, start: o.entry.start, what: `Quarkus ${(0,util_text/* quoteSource */.IU)(o.entry.path)}=${(0,util_text/* quoteSource */.IU)(o.items.join(','))} allows any origin`, credentials: false, dev });
    };
    const isDevProfile = (p) => classify/* DEV_WORD */.b3.test(p);
    for (const [p, o] of origins) {
        if (!anyOrigin(o.items))
            continue;
        if (p === '') {
            // The unprefixed value: what the prod profile runs unless `%prod.` replaces it.
            if (on('prod') && effective('prod') === o)
                hit(o, false);
            else if (on('dev') && effective('dev') === o)
                hit(o, true);
        }
        else if (/^(?:test|tests|testing)$/.test(p))
            continue;
        else if (on(p))
            hit(o, isDevProfile(p));
    }
    return hits;
}
const MICRONAUT_CORS = 'micronaut.server.cors.';
const MICRONAUT_KEY = canonKey(MICRONAUT_CORS);
const MICRONAUT_CONFIGURATIONS_KEY = canonKey(`${MICRONAUT_CORS}configurations.`);
/**
 * Micronaut: `micronaut.server.cors.enabled: true` without `configurations` (its wide-open default: any origin, the
 * request's origin echoed with credentials) or with a configuration that sets neither `allowed-origins` nor
 * `allowed-origins-regex` (any origin) or whose `allowed-origins-regex` matches any origin (`.*`). Credentials are on
 * unless the configuration sets `allow-credentials: false`: the origin is echoed, so that is `critical`. The enabling
 * switch is read from the same file; a literal `allowed-origins: "*"` is not judged (Micronaut 4 compares origins literally).
 */
function micronautConfig(entries) {
    let enabled = null;
    const configs = new Map();
    for (const e of entries) {
        const canon = canonKey(e.path);
        if (!canon.startsWith(MICRONAUT_KEY))
            continue;
        const rest = e.path.slice(MICRONAUT_CORS.length);
        const name = canonKey(rest);
        if (name === 'enabled') {
            enabled = /^true$/i.test(unquote(e.value)) ? e : null;
            continue;
        }
        const m = /^configurations\.([^.]+)\.(.+)$/.exec(rest);
        if (!m)
            continue;
        const c = configs.get(m[1]) ?? { first: e, origins: false, regex: null, credentials: true };
        configs.set(m[1], c);
        const key = canonKey(m[2]);
        if (key === 'allowedorigins')
            c.origins = true;
        else if (key === 'allowedoriginsregex')
            c.regex = e;
        else if (key === 'allowcredentials')
            c.credentials = !/^false$/i.test(unquote(e.value));
    }
    if (!enabled)
        return [];
    const hits = [];
    if (!configs.size) {
        hits.push({ line: enabled.line, column: enabled.column, start: enabled.start, what: `Micronaut ${(0,util_text/* quoteSource */.IU)(enabled.path)}: true without configurations allows any origin (its wide-open default echoes the request's origin, credentials allowed)`, credentials: true, micronautOpen: true });
    }
    for (const [name, c] of configs) {
        if (c.regex && ANY_REGEX.has(unquote(c.regex.value)))
            hits.push({ line: c.regex.line, column: c.regex.column, start: c.regex.start, what: `Micronaut CORS configuration '${name}' allowed-origins-regex ${(0,util_text/* quoteSource */.IU)(c.regex.value.trim())} matches any origin`, credentials: c.credentials });
        else if (!c.regex && !c.origins)
            hits.push({ line: c.first.line, column: c.first.column, start: c.first.start, what: `Micronaut CORS configuration '${name}' without allowed-origins allows any origin (the default)`, credentials: c.credentials });
    }
    return hits;
}
/** Whether a Micronaut configuration file defines CORS `configurations` (another file of the folder may restrict what one file enables). */
const micronautConfigures = (entries) => entries.some((e) => canonKey(e.path).startsWith(MICRONAUT_CONFIGURATIONS_KEY));
const KTOR_INSTALL = /\binstall\s*\(\s*(?:[\w.]+\.)?CORS\s*\)\s*\{/g;
const KTOR_TRUE_LAMBDA = /^\{\s*(?:\w+\s*->\s*)?true\s*\}$/;
/**
 * Ktor (Kotlin): an `install(CORS) { … }` block that calls `anyHost()`, `allowHost("*")` (Ktor 1's `host("*")`), both
 * of which Ktor turns into any host, or `allowOrigins { true }`. With `allowCredentials = true` in the block Ktor sends
 * the request's origin back instead of `*` (and `allowOrigins` always does), so any site makes authenticated requests.
 */
function ktorCors(src) {
    const hits = [];
    for (const m of src.bare.matchAll(KTOR_INSTALL)) {
        const open = m.index + m[0].length - 1;
        const close = matchBracket(src, open);
        if (close < 0)
            continue;
        const block = src.bare.slice(open, close);
        const credentials = /(?<![\w.])allowCredentials\s*=\s*true\b/.test(block);
        for (const call of findCalls(src, /anyHost|allowHost|host|allowOrigins/)) {
            // Calls of the block itself (not of a nested block's receiver).
            if (call.start < open || call.close > close || !/^(?:this\.)?(?:anyHost|allowHost|host|allowOrigins)$/.test(call.callee))
                continue;
            const name = call.callee.replace(/^this\./, '');
            if (name === 'anyHost' && !call.args.length)
                hits.push({ offset: call.start, what: 'Ktor CORS anyHost() allows any origin', credentials });
            else if ((name === 'allowHost' || name === 'host') && call.args[0] && stringValue(call.args[0].value) === '*')
                hits.push({ offset: call.start, what: `Ktor CORS ${name}("*") allows any origin (Ktor reads it as anyHost())`, credentials });
        }
        // `allowOrigins { true }` / `allowOrigins { _ -> true }`: a trailing lambda, no parentheses.
        for (const a of block.matchAll(/(?<![\w.])allowOrigins\s*(?:\(\s*\))?\s*\{/g)) {
            const lambdaOpen = open + a.index + a[0].length - 1;
            const lambdaClose = matchBracket(src, lambdaOpen);
            if (lambdaClose > 0 && KTOR_TRUE_LAMBDA.test(src.code.slice(lambdaOpen, lambdaClose + 1)))
                hits.push({ offset: open + a.index, what: 'Ktor CORS allowOrigins { true } accepts any origin and echoes it', credentials });
        }
    }
    return hits;
}
const MAX_FRAMEWORK_HITS = 50;
/** A cheap literal each framework reader needs before a file in its language is lexed, and the reader. */
function frameworkReader(file, text) {
    const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
    if (ext === 'rb' || ext === 'ru')
        return text.includes('origins') ? rackCors : null;
    if (ext === 'php')
        return (0,util_text/* containsAnyCase */.q$)(text, 'allowed_origins', 'allowedorigins') ? laravelCors : null;
    if (ext === 'java' || ext === 'kt' || ext === 'kts') {
        const spring = text.includes('llowedOrigin') || text.includes('CrossOrigin') || text.includes('addMapping') || text.includes('applyPermitDefaultValues');
        const ktor = ext !== 'java' && text.includes('CORS') && /\b(?:anyHost|allowHost|host|allowOrigins)\b/.test(text);
        return spring && ktor ? (src) => [...springCors(src), ...ktorCors(src)] : spring ? springCors : ktor ? ktorCors : null;
    }
    if (ext === 'cs')
        return text.includes('AllowAnyOrigin') || text.includes('SetIsOriginAllowed') || text.includes('WithOrigins') ? aspNetCors : null;
    if (ext === 'rs')
        return text.includes('CorsLayer') || text.includes('AllowOrigin') || text.includes('Cors::') || text.includes('allow_any_origin') ? rustCors : null;
    if (ext === 'go') {
        const echo = text.includes('labstack/echo') || text.includes('gofiber/fiber');
        if (text.includes('/cors"'))
            return echo ? (src) => [...goCors(src), ...echoFiberCors(src)] : goCors;
        return echo ? echoFiberCors : null;
    }
    return null;
}
/** Development-only code in other stacks: `if (env.IsDevelopment())`, `@Profile("dev")`. */
const OTHER_DEV_HEADER = /(?<!!\s*(?:[\w.]+\.)?)\bIsDevelopment\(\)|@Profile\(\s*(?:value\s*=\s*)?[{[]?\s*"(?:dev|devel|development|local)"/;
/** Development configuration files of other stacks: Rails `config/environments/development.rb`, Spring `application-dev.yml`. */
const OTHER_DEV_FILE = /(?:^|\/)(?:config\/environments\/development\.rb|application-(?:dev|devel|develop|development|local|debug)\.(?:properties|ya?ml))$/i;
const devCode = (src, at) => inDevBranch(src, at) || (src.lang === 'js' && enclosingHeaders(src, at).some((h) => OTHER_DEV_HEADER.test(h)));
/** Any-origin CORS in code and config. */
const corsWildcard = defineCheck({
    id: 'cors-wildcard',
    title: 'CORS does not allow any origin',
    severity: 'high',
    description: 'No any-origin CORS in code or config (Flask-CORS, Django, FastAPI/Starlette, Express, NestJS, Fastify, Socket.IO, rack-cors, Laravel, Spring, Ktor, Quarkus, Micronaut, Play, ASP.NET Core, Go gin/rs/chi cors, a literal Access-Control-Allow-Origin: * header in any language, nginx, Apache, CORS_ORIGINS=*).',
    match: [
        {
            ...phrases/* CORS_ANY_ORIGIN */.g5,
            note: 'a promise that CORS config allows no wildcard: the check reads CORS settings',
        },
        { ...phrases/* CORS_WILDCARD_UNDER_HEADING */.lP, note: 'wildcard under a CORS heading' },
        { ...phrases/* CORS_ALLOW_LIST */.Pi, note: 'a promise that CORS allows only the origins it names: the check fails a wildcard or reflected origin' },
        { ...phrases/* CORS_ALLOW_LIST_UNDER_HEADING */.B1, note: 'allowed origins named under a CORS heading' },
        {
            // Django's switch named and turned off. Only this check: the live probe would also pass an
            // any-origin regex (CORS_ALLOWED_ORIGIN_REGEXES) that the promise does not speak of.
            // Also the switch turned on and refused: "no `CORS_ALLOW_ALL_ORIGINS = True`", "Never set `CORS_ORIGIN_ALLOW_ALL = True`",
            // "`CORS_ALLOW_ALL_ORIGINS = True` removed" (as debug-mode reads `DEBUG = True` refused).
            pattern: /\bcors_(?:allow_all_origins|origin_allow_all)\b[^;]*\b(?:false|off|disabled|not (?:set|enabled|true))\b|\b(?:no|not|never|without|remov\w*|delet\w*|drop(?:s|ped|ping)?)\b[^;]*\bcors_(?:allow_all_origins|origin_allow_all) ?= ?true\b|\bcors_(?:allow_all_origins|origin_allow_all) ?= ?true\b[^;]*\b(?:not|never|removed|deleted|dropped|gone)\b/,
            note: 'a promise that Django\'s allow-all switch is off: the check reads the setting',
        },
    ],
    docs: {
        why: 'Any-origin CORS lets every website read your API\'s responses from a visitor\'s browser; combined with credentials the browser sends cookies and any site can act as the logged-in user.',
        fix: 'List the allowed origins explicitly (`origins=["https://app.example.com"]`, `allow_origins=[…]`, `cors({ origin: […] })`, rack-cors `origins \'https://app.example.com\'`, Spring `allowedOrigins("https://app.example.com")`, ASP.NET Core `WithOrigins(…)`).',
        details: [
            'Python: Flask-CORS `CORS(app)`/`cors.init_app(app)` (also of a `cors = CORS()` bound in another module of the project: `extensions.py`)/`@cross_origin()` without `origins` (the library default is `*`) unless the repository configures `CORS_ORIGINS`/`CORS_RESOURCES` anywhere; `origins="*"`, `["*"]` or an any-origin regex (`.*`); `resources={r"/*": {"origins": "*"}}` or a resource without origins. Django `CORS_ALLOW_ALL_ORIGINS = True` / `CORS_ORIGIN_ALLOW_ALL = True` (also read from the environment with a true default, `env.bool("CORS_ALLOW_ALL", default=True)`, unless the deploy environment sets the variable), an any-origin regex in `CORS_ALLOWED_ORIGIN_REGEXES` (`[r".*"]`, formerly `CORS_ORIGIN_REGEX_WHITELIST`); `CORS_ORIGINS = "*"` (or a prefixed name: pydantic `BACKEND_CORS_ORIGINS: list[str] = ["*"]`) in settings, `app.config[…]` or `app.config.update(…)`, also as the fallback of an environment read (`CORS_ORIGINS = os.getenv("CORS_ORIGINS", "*")`, unless the deploy environment sets the variable). FastAPI/Starlette `CORSMiddleware` with `allow_origins=["*"]` or `allow_origin_regex=".*"`, calls spanning lines included. Flask-SocketIO and python-socketio `cors_allowed_origins="*"` (they echo the origin with credentials unless `cors_credentials=False`: `critical`).',
            'JavaScript/TypeScript: the `cors` package called without options, without `origin`, or with `origin: "*"`/`origin: true` or an origin callback that allows every origin (`(origin, cb) => cb(null, true)`, or one that answers `cb(null, origin)` or `cb(null, \'*\')` on every path: the caller\'s origin echoed back; one that ever refuses or checks a list passes), or `origin: process.env.CORS_ORIGIN || "*"` (unless the deploy environment sets the variable; options in a same-file `const` are followed); NestJS `app.enableCors()` likewise and `NestFactory.create(…, { cors: true })`; Fastify `register(cors)` from `@fastify/cors` (a module required inline counts too: `app.use(require(\'cors\')())`); Koa `@koa/cors` and Hono `cors()` (`hono/cors`) without an origin or with `\'*\'`; Elysia `@elysiajs/cors` without an origin (its defaults are origin `true` and credentials `true`: it echoes any origin with credentials, `critical`). Socket.IO servers (`new Server(http, { cors: { origin: \'*\' } })` from `socket.io`, `require(\'socket.io\')(http, { cors })`) and NestJS `@WebSocketGateway({ cors })`: their `cors` option goes to the `cors` package and is judged like it (`cors: true` is its defaults: any origin; no `cors` option sends no CORS headers and passes). Any language: a literal `Access-Control-Allow-Origin` header set to `*` (`res.setHeader(…, \'*\')`, `headers[…] = \'*\'`, h3/Nuxt `setResponseHeader(event, …, \'*\')`, Nuxt/Nitro `routeRules` `headers`, an object given to `res.writeHead`/`res.set`, a `new Response(…, { headers })` or returned with a `statusCode`, Next.js `{ key, value: \'*\' }`; PHP `header("Access-Control-Allow-Origin: *")`, Go `w.Header().Set(…, "*")`, Java `response.setHeader`, C# `Headers.Add`, Ruby `headers[…] = \'*\'` and a headers hash `{ \'Access-Control-Allow-Origin\' => \'*\' }` (Rails `config.action_dispatch.default_headers`, `headers.merge!`, a Rack response), Elixir `put_resp_header(conn, …, "*")`, Rust actix `insert_header((…, "*"))`, in `.py`, JS/TS, `.php`, `.go`, `.java`, `.kt`, `.scala`, `.groovy`, `.cs`, `.rb`, `.rs`, `.ex`/`.exs` files).',
            'Ruby: rack-cors `allow do … end` blocks (`config/initializers/cors.rb`, `config/application.rb`, `config.ru`) whose `origins` include `\'*\'`, an any-origin regex (`/.*/`), a block that returns `true`, or `ENV.fetch(\'CORS_ORIGINS\', \'*\')` (unless the deploy environment sets the variable). PHP: Laravel `config/cors.php` `\'allowed_origins\' => [\'*\']`, `\'allowed_origins_patterns\' => [\'.*\']`, or `env(\'CORS_ALLOWED_ORIGINS\', \'*\')` whose `*` default stands unless the deploy environment sets the variable (barryvdh/laravel-cors\'s `allowedOrigins` too). Java/Kotlin (Spring): `allowedOrigins("*")`, `allowedOriginPatterns("*")`, `CorsConfiguration` `addAllowedOrigin`/`addAllowedOriginPattern`/`setAllowedOrigins(List.of("*"))` (`CorsConfiguration.ALL` too; Kotlin `allowedOrigins = listOf("*")`), `registry.addMapping(…)` without origins and `applyPermitDefaultValues()` (both default to all origins), `@CrossOrigin("*")`, `@CrossOrigin(origins = "*")` and a `@CrossOrigin` without origins; Spring Boot `management.endpoints.web.cors.allowed-origins=*` (or `allowed-origin-patterns`) in `application*.properties`/`.yml`. Ktor (Kotlin): an `install(CORS) { … }` block calling `anyHost()`, `allowHost("*")` (Ktor 1 `host("*")`; Ktor reads both as any host) or `allowOrigins { true }`; with `allowCredentials = true` in the block Ktor echoes the request\'s origin instead of `*` (`allowOrigins` always echoes it): `critical`. Quarkus: `quarkus.http.cors.origins=*` (alone) or an any-origin regex (`/.*/`) where `quarkus.http.cors=true` (or `quarkus.http.cors.enabled=true`) turns the filter on for the same profile, in `application*.properties`/`.yaml` (`%prod.` values replace unprefixed ones; a `%dev.` value, or an unprefixed one only dev runs, is a note; `%test.` is not read); an unset `origins` is not judged (it allowed any origin before Quarkus 2.16, only the same origin since). Micronaut: `micronaut.server.cors.enabled: true` without `configurations` (its wide-open default, unless another configuration file of the folder defines them) or with a configuration that sets neither `allowed-origins` nor `allowed-origins-regex`, or whose `allowed-origins-regex` matches any origin (`.*`); Micronaut echoes the origin with credentials unless `allow-credentials: false`, so these are `critical` (a literal `allowed-origins: "*"` is not judged: Micronaut 4 compares origins literally). Play Framework (`conf/*.conf`, HOCON, nested objects too): `play.filters.cors.allowedOrigins = null` (all origins) or `["*"]` (any origin since Play 2.9), and `play.filters.enabled += "play.filters.cors.CORSFilter"` where no conf file of the folder sets `allowedOrigins` (its default is null); with `supportsCredentials` (on unless set to false) Play echoes the origin with credentials: `critical` (`["*"]` stays `high`). A CORS filter enabled in Scala/Java code (`CORSComponents`) is not judged. Symfony: NelmioCorsBundle `allow_origin: [\'*\']` (or an any-origin regex with `origin_regex: true`) in `config/packages/nelmio_cors.yaml`, under `defaults` or a path (`config/packages/dev/…` gives a note). C#: ASP.NET Core `AllowAnyOrigin()`, `WithOrigins("*")`, `SetIsOriginAllowed(_ => true)`. Go: gin-contrib/cors `cors.Default()`, `cors.Config{AllowAllOrigins: true}` or `AllowOrigins: []string{"*"}` (also assigned to a `DefaultConfig()`); rs/cors and go-chi/cors `cors.Default()`, `cors.AllowAll()`, `cors.Options{AllowedOrigins: []string{"*"}}` or without `AllowedOrigins` (their default); an `AllowOriginFunc` that returns `true`; Echo `middleware.CORS()` and `CORSWithConfig` without `AllowOrigins` or with `"*"`; Fiber `cors.New()` and a `cors.Config` without `AllowOrigins`, with `"*"`, or with an `AllowOriginsFunc` returning `true`. Rust: tower-http `CorsLayer::permissive()`, `.allow_origin(Any)`, `AllowOrigin::any()`, `CorsLayer::very_permissive()` and `AllowOrigin::mirror_request()` (these echo the origin: `critical` with credentials, very_permissive\'s own default), actix-cors `Cors::permissive()` (echoes, credentials on: `critical`) and `.allow_any_origin()`, rocket_cors `AllowedOrigins::all()`. Only files that contain the library\'s names are lexed; an explicit allow-list passes.',
            'Config: `*CORS_ORIGINS=*` (and `CORS_ALLOWED_ORIGINS`, `CORS_ORIGIN`) or `CORS_ALLOW_ALL_ORIGINS=true` in `.env` files, compose, Kubernetes env and ConfigMaps, kustomize `configMapGenerator`/`secretGenerator` literals, fly.toml `[env]`, render.yaml `envVars` and Dockerfile `ENV`; nginx `add_header Access-Control-Allow-Origin *` (quoted too) and `more_set_headers`; Apache `Header [always] set Access-Control-Allow-Origin "*"` in `.htaccess` and `*.conf`; static hosts\' header rules (`vercel.json` `headers`, `netlify.toml` `[[headers]]`, `_headers`).',
            'With credentials allowed (`supports_credentials=True`, `allow_credentials=True`, `CORS_ALLOW_CREDENTIALS = True`) the Python libraries reflect the caller\'s origin, so any site can make authenticated requests: `critical`; so does the JavaScript `cors` package (and NestJS, @fastify/cors) with `origin: true` and `credentials: true` — without `origin: true` it sends a literal `*`, which browsers refuse with credentials, so that stays `high`. Likewise NelmioCorsBundle with `allow_credentials: true` (it echoes the origin), @koa/cors with `credentials: true` (it then echoes the origin for `*`), Echo with `AllowCredentials` and `UnsafeWildcardOriginWithAllowCredentials`, Fiber\'s `AllowOriginsFunc` returning `true` with `AllowCredentials`, rack-cors with a regex or block and `credentials: true` in its `allow` block, Laravel with `\'supports_credentials\' => true`, Spring origin patterns (`allowedOriginPatterns("*")`) with `allowCredentials(true)` in the same file, ASP.NET Core `SetIsOriginAllowed(_ => true)` with `AllowCredentials()`, rs/cors and go-chi/cors with `AllowCredentials: true`, and any Go `AllowOriginFunc` returning `true` with credentials. Where the library refuses or defuses the combination it stays `high`: rack-cors will not boot with `\'*\'` and credentials, Spring 5.3+ rejects `allowedOrigins("*")` with credentials, ASP.NET Core rejects `AllowAnyOrigin()` with `AllowCredentials()`, and gin sends a literal `*`, which browsers refuse with credentials.',
            'A Python setting that allows any origin as a default (a base settings module or `Config` class) and is restricted in production code of the same project (`settings/production.py` next to `settings/base.py`, `class ProductionConfig`) is an overridden default and passes; only production code overrides, and only base configuration (a module or class whose name, config/settings words aside, is empty or says base: `base.py`, `common.py`, `settings.py`, `class Config`, `class BaseConfig`; a staging, Heroku or other environment\'s module or class, `settings/staging.py`, `class StagingConfig`, is judged on its own: the rule `debug-mode` shares), and a value production code sets is what deploys, whatever the base sets. Same project: the same folder, or one folder inside the other (the repository root holds every folder: a root `config.py` configures `app/__init__.py`); a sibling application\'s settings override nothing, and a `CORS_ORIGINS`/`CORS_RESOURCES` setting replaces Flask-CORS\'s default only for code of its own project. A runtime assignment (`app.config["CORS_ORIGINS"] = "*"`) replaces what was loaded before it: it fails unless its own file later sets it again or loads a config (`app.config.from_object(ProductionConfig)`) that restricts it.',
            'Comments, strings, tests, templates are never read; development-only files (`settings/local.py`, `.env.development`, dev compose files, Rails `config/environments/development.rb`, Spring `application-dev.yml`/`application-local.properties`) and compose services only in development/tooling profiles (`profiles: [dev]`…) and code under `if DEBUG:`, a `DevelopmentConfig`/`TestConfig` class, or `if (NODE_ENV === "development")`, `if Rails.env.development?`, `if (app.Environment.IsDevelopment())` or a Spring `@Profile("dev")` class or bean give `info` notes. nginx\'s `*` in a `location` that serves only public static assets (`location ~* \\.(?:eot|otf|tt[cf]|woff2?)$`, h5bp\'s font and image locations and the snippets they include, `/static/`, `/fonts/`, `/assets/`) is an `info` note: web fonts and images loaded cross-origin need it. nginx `add_header Access-Control-Allow-Origin $http_origin` reflects any origin (`critical` when the file also adds `Access-Control-Allow-Credentials: true`) unless the configuration checks the origin (`if ($http_origin ~* …)` or `map $http_origin …`). Hand-written code that sets `Access-Control-Allow-Origin` to the request\'s Origin header as read (`req.headers.origin`, `req.header(\'Origin\')`, `request.getHeader("Origin")`, Go `r.Header.Get("Origin")`, PHP `\'Access-Control-Allow-Origin: \' . $_SERVER[\'HTTP_ORIGIN\']`, `request.headers.get(\'Origin\')`, C# `Request.Headers["Origin"]`) allows any origin (`critical` when the same file sets `Access-Control-Allow-Credentials: true`), also through a local variable assigned from it just before (Go `origin := r.Header.Get("Origin")`, `const origin = req.headers.origin`), unless a conditional that looks at the origin (an allow-list check) encloses or precedes it; a variable holding anything else is not judged.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    scan: () => ({
        accepts: isCorsFile,
        file(file, text) {
            if (!isCodeFile(file)) {
                const dev = (0,classify/* isDevOnly */.uL)(file) || OTHER_DEV_FILE.test(file);
                const only = (hits) => (hits.length ? { hits, restricted: [], configures: false, loads: [], classes: [] } : undefined);
                const plain = { setting: null, defaultOrigins: false, envKey: null, dev };
                if (cors_wildcard_SPRING_CONFIG.test(file)) {
                    if (!(0,util_text/* containsAnyCase */.q$)(text, 'cors'))
                        return undefined;
                    const entries = configEntries(file, text);
                    const hits = [...cors_wildcard_springConfig(entries), ...quarkusConfig(entries), ...micronautConfig(entries)].map((h) => ({ ...h, ...plain, dev: dev || (h.dev ?? false) }));
                    const configures = micronautConfigures(entries);
                    return hits.length || configures ? { hits, restricted: [], configures: false, loads: [], classes: [], ...(configures ? { micronautConfigures: true } : {}) } : undefined;
                }
                // Other languages and Apache: a literal header, or a framework whose cheap literal occurs, opens the file.
                const header = (0,util_text/* containsAnyCase */.q$)(text, ACAO_WORD);
                const framework = OTHER_CODE.test(file) ? frameworkReader(file, text) : null;
                if (!header && !framework)
                    return undefined;
                if (!OTHER_CODE.test(file))
                    return only(apacheHeaders(text).map((h) => ({ ...h, credentials: false, ...plain })));
                const src = otherSource(file, text);
                // A real file configures CORS a few times: the cap bounds the development-branch lookups (each scans back through the file).
                const found = [...(header ? headerLiteral(src) : []), ...(framework ? framework(src).slice(0, MAX_FRAMEWORK_HITS) : [])];
                return only(found.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, credentials: h.credentials ?? false, setting: null, defaultOrigins: false, envKey: h.envKey ?? null, dev: dev || devCode(src, h.offset), ...(h.reflected ? { reflected: true } : {}) })));
            }
            if (!(0,util_text/* containsAnyCase */.q$)(text, 'cors', ACAO_WORD))
                return undefined;
            const src = scanSource(file, text);
            const restricted = [];
            const instances = src.lang === 'python' ? corsInstances(src) : [];
            const hits = src.lang === 'python' ? [...flaskCors(src, instances), ...starlette(src), ...socketioCors(src), ...pySettings(src, restricted)] : jsCors(src);
            hits.push(...headerLiteral(src));
            const configures = src.lang === 'python' && /\bCORS_(ORIGINS|RESOURCES)\b/.test(src.code);
            // Credentials allowed in this file (a setting, or a Flask-CORS call's supports_credentials=True): a
            // setting elsewhere in the project that allows any origin is then reflected with them.
            const credentials = src.lang === 'python' && !(0,classify/* isDevOnly */.uL)(file)
                && (pythonSettings(src, /CORS_ALLOW_CREDENTIALS|CORS_SUPPORTS_CREDENTIALS/).some((x) => TRUE.test(x.value) && !inDevBranch(src, x.start))
                    || [...src.bare.matchAll(/\bsupports_credentials\s*=\s*True\b/g)].some((m) => !inDevBranch(src, m.index)));
            if (!hits.length && !restricted.length && !configures && !credentials && !instances.length)
                return undefined;
            const py = src.lang === 'python';
            return {
                credentials,
                ...(instances.length ? { instances } : {}),
                hits: hits.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, credentials: h.credentials ?? false, setting: h.setting ?? null, defaultOrigins: h.defaultOrigins ?? false, envKey: h.envKey ?? null, dev: (0,classify/* isDevOnly */.uL)(file) || inDevBranch(src, h.offset), ...(h.reflected ? { reflected: true } : {}), ...(h.instance ? { instance: h.instance } : {}) })),
                restricted,
                configures,
                loads: py ? pythonConfigLoads(src) : [],
                classes: py ? pythonClasses(src) : [],
            };
        },
    }),
    run({ snapshot, scanned, report, skip }) {
        const env = configEnv(snapshot);
        if (!snapshot.files.some((f) => isCorsFile(f) || NELMIO_FILE.test(f) || HOSTING_HEADERS.some(([name]) => name.test(f))) && !env.length && !snapshot.nginxFiles().length) {
            skip('no application code, nginx config or deploy environment');
            return;
        }
        // A CORS_ORIGINS/CORS_RESOURCES setting in the deploy environment, or in Python code of the same project,
        // replaces Flask-CORS's any-origin default. Only production configuration replaces the default: a dev-only
        // compose or settings file does not.
        const configuring = scanned.filter((s) => s.data.configures && !(0,classify/* isDevOnly */.uL)(s.file)).map((s) => s.file);
        const envConfigured = env.some((e) => !e.dev && /^CORS_(ORIGINS|RESOURCES)$/i.test(e.key));
        const configured = (file) => envConfigured || configuring.some((f) => sameProject(f, file));
        // A setting restricted in production code of the same project (settings/production.py, class ProductionConfig)
        // makes an any-origin default an overridden default.
        const restricted = scanned.flatMap((s) => s.data.restricted.map((r) => ({ ...r, file: s.file })));
        const loads = new Map(scanned.map((s) => [s.file, s.data.loads]));
        const credentialFiles = scanned.filter((s) => s.data.credentials).map((s) => s.file);
        const classes = new Map(scanned.map((s) => [s.file, s.data.classes]));
        // Flask-CORS extensions bound in one module (`cors = CORS()`) and set up in another (`cors.init_app(app)`).
        const instances = scanned.flatMap((s) => (s.data.instances ?? []).map((name) => ({ name, file: s.file })));
        for (const { file, data } of scanned) {
            for (const h of data.hits) {
                if (h.instance !== undefined && !instances.some((i) => i.name === h.instance && sameProject(i.file, file)))
                    continue;
                // Micronaut's wide-open default applies only when no configuration file of the folder (`application-prod.yml`) defines `configurations`.
                if (h.micronautOpen && scanned.some((s) => s.data.micronautConfigures && (0,classify/* dirname */.pD)(s.file) === (0,classify/* dirname */.pD)(file)))
                    continue;
                if (h.defaultOrigins && configured(file))
                    continue;
                // Replaced by a value that is no wildcard itself (compose's `${CORS_ORIGINS:-*}` deploys `*`; `${CORS_ORIGINS}` hands the deploy's own value through).
                if (h.envKey !== null && env.some((e) => { const v = deployedValue(e.value); return !e.dev && e.key === h.envKey && (v === null || (v !== '' && v !== '*' && !isWildcard(v))); }))
                    continue;
                if (h.setting && !h.dev && overriddenSetting({ file, start: h.start, ...h.setting }, restricted, loads, classes))
                    continue;
                // `CORS_ORIGINS = "*"` in config.py with `CORS(app, supports_credentials=True)` in app/__init__.py.
                const credentials = h.credentials || (h.setting !== null && credentialFiles.some((f) => sameProject(f, file)));
                emit(report, file, h.line, h.column, h.what, credentials, h.dev, h.reflected);
            }
        }
        for (const e of env) {
            const v = deployedValue(e.value) ?? e.value.trim();
            const any = /(^|_)CORS_(ALLOWED_|ALLOW_)?ORIGINS?$/i.test(e.key) && (v === '*' || isWildcard(v));
            const all = /(^|_)CORS_(ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)$/i.test(e.key) && /^(true|1|yes|on)$/i.test(v);
            if (any || all)
                emit(report, e.file, e.line, e.column, `${e.key}=${(0,util_text/* quoteSource */.IU)(v)} allows any origin`, false, e.dev);
        }
        for (const h of nelmioCors(snapshot))
            emit(report, h.file, h.line, h.column, h.what, h.credentials, h.dev);
        for (const h of playCors(snapshot))
            emit(report, h.file, h.line, h.column, h.what, h.credentials, h.dev);
        for (const h of hostingHeaders(snapshot))
            emit(report, h.file, h.line, h.column, h.what, false, false);
        // `add_header Access-Control-Allow-Origin $http_origin` echoes any caller's origin, unless the config
        // looks at the origin (`if ($http_origin ~* …)`, `map $http_origin $cors { … }` in any file): an allow-list.
        const nginxConfigs = deployedNginxConfigs(snapshot);
        const originChecked = nginxConfigs.some((c) => c.directives.some((d) => (d.name === 'if' || d.name === 'map') && d.args.some((a) => /\$\{?http_origin\b/i.test(a.value))));
        for (const config of nginxConfigs) {
            const { file, directives } = config;
            const credentials = directives.some((d) => d.name.toLowerCase() === 'add_header' && d.args[0]?.value.toLowerCase() === 'access-control-allow-credentials' && d.args[1]?.value.toLowerCase() === 'true');
            for (const d of directives) {
                const name = d.name.toLowerCase();
                if (!originChecked && name === 'add_header' && d.args[0]?.value.toLowerCase() === 'access-control-allow-origin' && /^\$(?:http_origin|\{http_origin\})$/i.test(d.args[1]?.value ?? '')) {
                    emit(report, file, d.line, d.column, 'nginx add_header Access-Control-Allow-Origin $http_origin reflects any origin', credentials, false, true);
                    continue;
                }
                const any = (name === 'add_header' && d.args[0]?.value.toLowerCase() === 'access-control-allow-origin' && d.args[1]?.value === '*')
                    || (name === 'more_set_headers' && d.args.some((a) => /^access-control-allow-origin:\s*\*$/i.test(a.value.trim())));
                if (!any)
                    continue;
                // Web fonts and images loaded cross-origin need it (h5bp's font and image locations): public by design.
                if (inStaticLocation(d, config))
                    report({ file, line: d.line, column: d.column, note: true, message: `nginx ${d.name} Access-Control-Allow-Origin * serves public static assets only (a location for fonts, images, styles or scripts): fine there; keep it off the application's routes` });
                else
                    emit(report, file, d.line, d.column, `nginx ${d.name} Access-Control-Allow-Origin * allows any origin`, false, false);
            }
        }
    },
});
/** Static hosts' header rules: Vercel's `vercel.json`, Netlify's `netlify.toml` and `_headers` (Cloudflare Pages too). */
const HOSTING_HEADERS = [
    [/(?:^|\/)vercel\.json$/, /"key"\s*:\s*"access-control-allow-origin"\s*,\s*"value"\s*:\s*"\*"/gi, 'vercel.json headers'],
    [/(?:^|\/)netlify\.toml$/, /^[ \t]*"?access-control-allow-origin"?[ \t]*=[ \t]*"\*"/gim, 'netlify.toml headers'],
    [/(?:^|\/)_headers$/, /^[ \t]+access-control-allow-origin:[ \t]*\*[ \t]*\r?$/gim, '_headers'],
];
/** `Access-Control-Allow-Origin: *` in a static host's header rules. */
function hostingHeaders(snapshot) {
    const out = [];
    for (const file of snapshot.files) {
        const kind = HOSTING_HEADERS.find(([name]) => name.test(file));
        if (!kind || (0,classify/* isTemplate */.Fl)(file) || (0,classify/* isTestFile */.hl)(file) || (0,classify/* isVendoredOrGenerated */.Gk)(file))
            continue;
        const text = snapshot.text(file);
        if (text === undefined || !(0,util_text/* containsAnyCase */.q$)(text, ACAO_WORD))
            continue;
        for (const m of text.matchAll(kind[1])) {
            out.push({ file, ...(0,util_text/* lineColumnAt */.IX)(text, m.index + m[0].search(/\S/)), what: `${kind[2]} set Access-Control-Allow-Origin: * (any origin)` });
        }
    }
    return out;
}
/** Symfony's NelmioCorsBundle configuration: `config/packages/nelmio_cors.yaml`, and per environment `config/packages/<env>/nelmio_cors.yaml`. */
const NELMIO_FILE = /(?:^|\/)config\/packages\/(?:([^/]+)\/)?nelmio_cors\.ya?ml$/;
/**
 * NelmioCorsBundle blocks (`defaults`, and each of `paths`) whose `allow_origin` lists `'*'` (or, with
 * `origin_regex: true`, an any-origin regex); a path without its own `allow_origin` or `origin_regex`
 * takes the `defaults`' (judged there). The bundle echoes the request's origin, so with
 * `allow_credentials: true` (the block's or the defaults') any site makes authenticated requests.
 */
function nelmioCors(snapshot) {
    const out = [];
    for (const file of snapshot.files) {
        const m = NELMIO_FILE.exec(file);
        if (!m || (0,classify/* isTemplate */.Fl)(file) || (0,classify/* isTestFile */.hl)(file) || (0,classify/* isVendoredOrGenerated */.Gk)(file))
            continue;
        const dev = m[1] !== undefined && classify/* DEV_WORD */.b3.test(m[1]);
        for (const doc of snapshot.yaml(file)?.docs ?? []) {
            const cfg = (0,yaml/* isObject */.Gv)(doc.value) ? doc.value['nelmio_cors'] : undefined;
            if (!(0,yaml/* isObject */.Gv)(cfg))
                continue;
            const defaults = (0,yaml/* isObject */.Gv)(cfg['defaults']) ? cfg['defaults'] : {};
            const blocks = [[['defaults'], defaults]];
            if ((0,yaml/* isObject */.Gv)(cfg['paths']))
                for (const [p, v] of Object.entries(cfg['paths']))
                    if ((0,yaml/* isObject */.Gv)(v))
                        blocks.push([['paths', p], v]);
            for (const [where, block] of blocks) {
                const own = 'allow_origin' in block;
                const regex = (block['origin_regex'] ?? defaults['origin_regex']) === true;
                // A path that only turns origin_regex on judges the defaults' origins as regexes.
                if (!own && !(where[0] === 'paths' && 'origin_regex' in block && regex && defaults['origin_regex'] !== true))
                    continue;
                const origins = own ? block['allow_origin'] : defaults['allow_origin'];
                const list = Array.isArray(origins) ? origins : [origins];
                const any = list.find((o) => o === '*' || (regex && typeof o === 'string' && isAnyRegex(o)));
                if (any === undefined)
                    continue;
                const at = doc.loc(['nelmio_cors', ...where, own ? 'allow_origin' : 'origin_regex']);
                const name = where[0] === 'defaults' ? 'defaults' : `paths '${where[1]}'`;
                out.push({ file, line: at?.line ?? 1, column: at?.column ?? null, what: `NelmioCorsBundle ${name} allow_origin '${String(any)}'${regex ? ' (a regex)' : ''} allows any origin`, credentials: (block['allow_credentials'] ?? defaults['allow_credentials']) === true, dev });
            }
        }
    }
    return out;
}
/** Play Framework configuration: HOCON files in `conf/` (`conf/application.conf`, `conf/prod.conf`). */
const PLAY_CONF = /(?:^|\/)conf\/[^/]+\.conf$/i;
const PLAY_CORS = 'play.filters.cors.';
const PLAY_FILTER = 'play.filters.cors.CORSFilter';
/** A HOCON line: a (dotted, possibly quoted) key, then `{` opening an object, or `=`/`:`/`+=` and a value. */
const HOCON_LINE = /^[ \t]*((?:"[^"\n]*"|[\w-]+)(?:\.(?:"[^"\n]*"|[\w-]+))*)[ \t]*(\+=|=|:|(?=\{))[ \t]*(.*)$/;
/** The settings of a HOCON file: each key's full path (enclosing objects joined), operator, value (a multi-line array read to its `]`) and line. */
function hoconEntries(text) {
    const out = [];
    const stack = [];
    const lines = text.split('\n').map((l) => l.replace(/\r$/, '').replace(/(^|[ \t,\[{])(?:#|\/\/).*$/, '$1'));
    for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        for (;;) {
            const close = /^[ \t]*\}/.exec(line);
            if (!close)
                break;
            stack.pop();
            line = line.slice(close[0].length);
        }
        const m = HOCON_LINE.exec(line);
        if (!m)
            continue;
        const key = [...m[1].matchAll(/"([^"]*)"|([\w-]+)/g)].map((k) => k[1] ?? k[2]);
        let value = m[3].trim();
        if (value.startsWith('{')) {
            // An object: its keys nest under this one (a one-line `{ … }` is opened and closed here).
            if (!/\}[ \t]*,?$/.test(value))
                stack.push(key);
            continue;
        }
        if (value.startsWith('[') && !value.includes(']')) {
            for (let j = i + 1; j < lines.length && j < i + 200; j++) {
                value += ` ${lines[j].trim()}`;
                if (lines[j].includes(']'))
                    break;
            }
        }
        out.push({ path: [...stack.flat(), ...key].join('.'), op: m[2], value, line: i + 1, column: line.indexOf(m[1]) + 1 });
    }
    return out;
}
/**
 * Play Framework's CORS filter (`conf/*.conf`): `play.filters.cors.allowedOrigins = null` (all origins, Play's default)
 * or `["*"]` (Play 2.9+: any origin), and `play.filters.enabled += "play.filters.cors.CORSFilter"` where no conf file of
 * the folder sets `allowedOrigins` (the `null` default). With `supportsCredentials` (true unless set to false) the filter
 * echoes the request's origin with `Access-Control-Allow-Credentials: true`: `critical`.
 */
function playCors(snapshot) {
    const out = [];
    const confs = snapshot.files.filter((f) => PLAY_CONF.test(f) && !(0,classify/* isTemplate */.Fl)(f) && !(0,classify/* isTestFile */.hl)(f) && !(0,classify/* isVendoredOrGenerated */.Gk)(f));
    const parsed = new Map();
    for (const file of confs) {
        const text = snapshot.text(file);
        if (text !== undefined && (0,util_text/* containsAnyCase */.q$)(text, 'cors'))
            parsed.set(file, hoconEntries(text));
    }
    const setsOrigins = (dir) => [...parsed].some(([f, entries]) => (0,classify/* dirname */.pD)(f) === dir && entries.some((e) => e.path === `${PLAY_CORS}allowedOrigins`));
    for (const [file, entries] of parsed) {
        // A conf file named for development, tests or CI (`dev.conf`, `application.local.conf`, `ci.conf`): the words DEV_WORD knows.
        const dev = (0,classify/* basename */.P8)(file).replace(/\.conf$/i, '').split(/[._-]/).some((w) => classify/* DEV_WORD */.b3.test(w));
        const credentials = !entries.some((e) => e.path === `${PLAY_CORS}supportsCredentials` && /^false$/i.test(unquote(e.value)));
        const origins = entries.filter((e) => e.path === `${PLAY_CORS}allowedOrigins`).at(-1);
        if (origins) {
            const v = origins.value.replace(/,$/, '').trim();
            const items = /^\[.*\]$/.test(v) ? v.slice(1, -1).split(',').map(unquote) : null;
            if (v === 'null')
                out.push({ file, line: origins.line, column: origins.column, what: 'Play play.filters.cors.allowedOrigins = null allows all origins', credentials, dev });
            else if (items?.includes('*'))
                out.push({ file, line: origins.line, column: origins.column, what: `Play play.filters.cors.allowedOrigins = ${(0,util_text/* quoteSource */.IU)(v)} allows any origin`, credentials: false, dev });
            continue;
        }
        const enables = entries.find((e) => e.path === 'play.filters.enabled' && e.value.includes(PLAY_FILTER));
        if (enables && !setsOrigins((0,classify/* dirname */.pD)(file)))
            out.push({ file, line: enables.line, column: enables.column, what: 'Play CORSFilter enabled without play.filters.cors.allowedOrigins allows all origins (its default is null: all origins)', credentials, dev });
    }
    return out;
}
function emit(report, file, line, column, what, credentials, dev, reflected = false) {
    const fix = 'list the allowed origins explicitly';
    if (dev) {
        report({ file, line, column, note: true, message: `${what} (development-only; make sure production lists its origins)` });
        return;
    }
    const reflects = reflected ? 'the caller\'s origin is reflected' : 'the library reflects the caller\'s origin';
    if (credentials)
        report({ file, line, column, severity: 'critical', message: `${what} with credentials: ${reflects}, so any site can make authenticated requests; ${fix}` });
    else
        report({ file, line, column, message: `${what}; ${fix}` });
}

;// CONCATENATED MODULE: ./lib/checks/database-port-exposed.js







/** Ports that only databases, caches and search engines listen on, with the product for messages. */
const DATABASE_PORTS = {
    5432: 'PostgreSQL', 6432: 'PgBouncer', 3306: 'MySQL/MariaDB', 33060: 'MySQL X', 27017: 'MongoDB', 27018: 'MongoDB', 27019: 'MongoDB',
    6379: 'Redis', 9200: 'Elasticsearch', 9300: 'Elasticsearch transport', 1433: 'SQL Server', 1521: 'Oracle', 11211: 'Memcached',
    5984: 'CouchDB', 9042: 'Cassandra CQL', 26257: 'CockroachDB', 7687: 'Neo4j Bolt', 8529: 'ArangoDB', 28015: 'RethinkDB', 2379: 'etcd',
};
/** Ports that are databases only when the image says so (7000, 8086, 9000 are common app ports too). */
const IMAGE_PORTS = { cassandra: [7000, 7001, 7199], scylla: [7000, 7001], influxdb: [8086], clickhouse: [8123, 9000], neo4j: [7474] };
/** Product names for messages, by `imagePorts` key (a key added by the `imagePorts` option is named as written). */
const IMAGE_PRODUCTS = { cassandra: 'Cassandra', scylla: 'ScyllaDB', influxdb: 'InfluxDB', clickhouse: 'ClickHouse', neo4j: 'Neo4j' };
/**
 * Database products by image repository name (the last path component, tag and digest dropped),
 * with their default ports: a service on the host network listens there on every host interface.
 * Exact names only, so UIs and exporters (`redis-commander`, `mongo-express`, `postgres-exporter`) are not databases.
 */
const DB_IMAGES = [
    { name: /^(postgres(ql)?|postgis|timescaledb(-ha)?|pgvector)$/, product: 'PostgreSQL', ports: [5432] },
    { name: /^pgbouncer$/, product: 'PgBouncer', ports: [6432] },
    { name: /^(mysql(-server)?|mariadb|percona(-server)?)$/, product: 'MySQL/MariaDB', ports: [3306] },
    { name: /^mongo(db)?(-community-server)?$/, product: 'MongoDB', ports: [27017] },
    { name: /^(redis(-stack(-server)?)?|valkey|keydb|dragonfly)$/, product: 'Redis', ports: [6379] },
    { name: /^(elasticsearch|opensearch)$/, product: 'Elasticsearch', ports: [9200] },
    { name: /^memcached$/, product: 'Memcached', ports: [11211] },
    { name: /^mssql\/server$/, product: 'SQL Server', ports: [1433] },
    { name: /^(oracle-(xe|free)|database\/(express|free|enterprise))$/, product: 'Oracle', ports: [1521] },
    { name: /^couchdb$/, product: 'CouchDB', ports: [5984] },
    { name: /^(cassandra|scylla)$/, product: 'Cassandra CQL', ports: [9042] },
    { name: /^cockroach$/, product: 'CockroachDB', ports: [26257] },
    { name: /^neo4j$/, product: 'Neo4j Bolt', ports: [7687] },
    { name: /^arangodb$/, product: 'ArangoDB', ports: [8529] },
    { name: /^rethinkdb$/, product: 'RethinkDB', ports: [28015] },
    { name: /^etcd$/, product: 'etcd', ports: [2379] },
    { name: /^influxdb$/, product: 'InfluxDB', ports: [8086] },
    { name: /^clickhouse(-server)?$/, product: 'ClickHouse', ports: [8123, 9000] },
];
/** An image's repository path without tag or digest, lower-cased, in parts (`ghcr.io/a/redis:7` → `ghcr.io`, `a`, `redis`). */
const repositoryParts = (image) => image.trim().toLowerCase().replace(/@.*$/, '').replace(/:[^/]*$/, '').split('/');
/** Its last part (`redis`). */
const repositoryName = (image) => repositoryParts(image).at(-1) ?? '';
/** The database product an image names, by its repository's last path component (or last two: `mssql/server`). */
function imageDatabase(image) {
    const parts = repositoryParts(image);
    const last = parts.at(-1) ?? '';
    const two = parts.slice(-2).join('/');
    return DB_IMAGES.find((d) => d.name.test(last) || (parts.length > 1 && d.name.test(two))) ?? null;
}
/** A command that binds the database to loopback itself (`redis-server --bind 127.0.0.1`, `-c listen_addresses=localhost`). */
const LOOPBACK_BIND = /(?:--bind(?:_ip|-address)?|listen_addresses|network\.host|--host)[\s=:'"]+(?:127\.\d+\.\d+\.\d+|localhost|::1)\b/i;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|0:0:0:0:0:0:0:1)$/i;
const PRIVATE = /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|f[cd][0-9a-f]{2}:.*)$/i;
/**
 * Interpolates as compose does, with `vars` (the project's `.env`): `${VAR}`/`$VAR`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:+alt}`, `${VAR:?error}`; a variable without a value and without a default becomes `?` (unknown).
 */
function interpolate(s, vars) {
    return s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, op, word, bare) => {
        const value = vars.get((braced ?? bare)) ?? null;
        const set = value !== null && (!op?.startsWith(':') || value !== '');
        if (op?.endsWith('-'))
            return set ? value : word ?? '';
        if (op?.endsWith('+'))
            return set ? word ?? '' : '';
        return set ? value : '?';
    });
}
function range(s) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(s.trim());
    if (!m)
        return null;
    return [Number(m[1]), Number(m[2] ?? m[1])];
}
/** Parses compose `ports:` entries: short syntax (`[ip:][host:]container[/proto]`) and long syntax. */
function parsePort(entry, vars = new Map()) {
    if (typeof entry === 'number')
        return { hostIp: null, published: null, target: [entry, entry] };
    if ((0,yaml/* isObject */.Gv)(entry)) {
        const target = range(interpolate(String(entry['target'] ?? ''), vars));
        if (!target || !tcpOrListening(String(entry['protocol'] ?? 'tcp'), target))
            return null;
        const ip = entry['host_ip'] === undefined || entry['host_ip'] === null ? null : interpolate(String(entry['host_ip']), vars).replace(/^\[|\]$/g, '');
        return { hostIp: ip, published: entry['published'] === undefined || entry['published'] === null ? null : interpolate(String(entry['published']), vars), target };
    }
    if (typeof entry !== 'string')
        return null;
    const proto = /\/(tcp|udp|sctp)$/i.exec(entry.trim())?.[1] ?? 'tcp';
    let s = interpolate(entry.trim(), vars).replace(/\/(tcp|udp|sctp)$/i, '');
    let hostIp = null;
    const v6 = /^\[([^\]]*)\]:(.*)$/.exec(s);
    if (v6) {
        hostIp = v6[1];
        s = v6[2];
    }
    const parts = s.split(':');
    if (!v6 && parts.length === 3)
        hostIp = parts.shift();
    else if (!v6 && parts.length > 3) {
        hostIp = parts.slice(0, -2).join(':');
        parts.splice(0, parts.length - 2);
    }
    const target = range(parts.at(-1));
    if (!target || !tcpOrListening(proto, target))
        return null;
    return { hostIp: hostIp === '' ? null : hostIp, published: parts.length > 1 ? parts[0] : null, target };
}
/**
 * Databases listen on TCP: a UDP mapping of their port (`5432/udp`) reaches nothing, except
 * memcached's UDP listener on 11211 (the amplification-attack port).
 */
function tcpOrListening(proto, target) {
    const p = proto.toLowerCase();
    return p === 'tcp' || (p === 'udp' && target[0] <= 11211 && 11211 <= target[1]);
}
/** Compose and Kubernetes Services do not publish database ports on all interfaces. */
const databasePortExposed = defineCheck({
    id: 'database-port-exposed',
    title: 'Database ports are not published',
    severity: 'high',
    description: 'Compose does not publish database/cache ports on all interfaces; Kubernetes LoadBalancer/NodePort Services (or ones with externalIPs), host-network pods and hostPorts do not expose them.',
    match: [
        {
            // "Postgres is not exposed", "Databases are not exposed via LoadBalancer services", "Do not expose the
            // database port", "We never expose Redis publicly", "No database ports are published", "Remove the PostgreSQL
            // external port (`5432`)", "Close the MySQL port".
            // "Postgres only reachable from the app network", "Redis is only accessible inside the cluster".
            pattern: /\b(?:databases?|dbs?|redis|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elasticsearch|memcached)(?: ports?)?\b[^;]*\bonly (?:be )?(?:reachable|accessible|exposed|available|listens?|bound) (?:from|on|within|inside|in|to)\b|\b(?:databases?|dbs?|redis|postgres(?:ql)?|mysql|mongo(?:db)?|elasticsearch|memcached)(?: ports?)?\b[^;]*\b(?:not|isn't|aren't|never) (?:be )?(?:exposed|published|public|publicly (?:accessible|reachable|exposed)|reachable|open)\b|\b(?:don't|do not|never|must not) (?:expose|publish) (?:the |any |our )?(?:databases?|dbs?|redis|postgres(?:ql)?|mysql|mongo(?:db)?|elasticsearch|memcached)(?: ports?)?\b|\bno (?:databases?|db|redis|postgres(?:ql)?|mysql|mongo(?:db)?) ports? (?:are |is )?(?:exposed|published|public|open)\b|\b(?:remove|delete|drop|close|unpublish)(?: the| any| all| our)? (?:databases?|dbs?|redis|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|elasticsearch|memcached)(?: (?:external|public|host|published|exposed))? (?:ports?|port mappings?)\b/,
            // The check reads ports and Services: authentication, backups and snapshots, and what an admin UI
            // shows are other promises ("Redis is not open without a password", "DB backups are not public").
            unless: /\b(?:passwords?|auth\w*|credentials?|backups?|snapshots?|dumps?|buckets?|admin ui|ui|search)\b/,
            note: 'a promise that databases are not exposed: the check reads compose ports and Services',
        },
    ],
    docs: {
        why: 'A database port published on all interfaces is reachable by anyone who can reach the host (Docker bypasses ufw/iptables INPUT rules); exposed Redis, MongoDB and Elasticsearch instances are found and wiped by scanners within hours.',
        fix: 'Drop the `ports:` mapping (services reach the database over the compose network), use `expose:`, or bind to loopback: `"127.0.0.1:5432:5432"`.',
        details: [
            'Compose `ports:` in short syntax (`"5432:5432"`, `"5432"`, `"0.0.0.0:5432:5432"`, `"[::1]:5432:5432"`, ranges `"5432-5433:5432-5433"`, `/tcp` suffixes; variables interpolated as compose does, from the committed `.env` beside the compose file, else their defaults: `${PG_PORT:-5432}` with `PG_PORT=15432` in `.env` is host port 15432, a variable with neither is unknown) and long syntax (`target`, `published`, `host_ip`) are read, in every compose file and the files they `include:` (whatever their names). A `/udp` mapping of a database port reaches nothing (databases listen on TCP) and passes, except memcached\'s `11211/udp`. The **container** port (target) is judged, so `"15432:5432"` fails and `"5432:8080"` passes; the published port is shown.',
            'Bound to loopback (`127.0.0.1`, `::1`, `localhost`) or to a private address (10/8, 172.16/12, 192.168/16, fc00::/7) is an `info` note; a host address that is an unresolved variable is an `info` note (unverifiable). `expose:` never publishes anything and is fine.',
            'Default ports: PostgreSQL 5432, PgBouncer 6432, MySQL 3306/33060, MongoDB 27017-27019, Redis 6379, Elasticsearch 9200/9300, SQL Server 1433, Oracle 1521, Memcached 11211, CouchDB 5984, Cassandra 9042, CockroachDB 26257, Neo4j 7687, ArangoDB 8529, RethinkDB 28015, etcd 2379. Ports that are also common application ports count only when the image names the product (`imagePorts`: Cassandra/Scylla 7000/7001, InfluxDB 8086, ClickHouse 8123/9000, Neo4j 7474). Message brokers (RabbitMQ 5672, Kafka 9092) are not databases and are not in the list; add them with the `ports` option.',
            'Kubernetes: Services of type LoadBalancer or NodePort whose `port` or numeric `targetPort` is a database port fail, at the port entry. An internal load balancer (cloud `…internal` annotations) or `loadBalancerSourceRanges` without `0.0.0.0/0` is an `info` note. ClusterIP Services are fine, unless they list `externalIPs` (every node answers on those addresses): public ones fail, private ones (10/8, 172.16/12, 192.168/16, fc00::/7) are an `info` note.',
            'Kubernetes pods with `hostNetwork: true` whose container runs a database (by its image, as for compose, or a declared `containerPort`), and database ports mapped to a `hostPort`: the database answers on every address of its node, outside Services and NetworkPolicies.',
            'Compose `network_mode: host`: the container shares the host\'s network, so a database listens on every host interface (`ports:` is ignored). A service on the host network fails, at `network_mode`, when its image names a database product (exact repository names: `postgres`, `postgis`, `timescaledb`, `mysql`, `mariadb`, `mongo`, `redis`, `valkey`, `elasticsearch`, `opensearch`, `memcached`, `mssql/server`, `couchdb`, `cassandra`, `cockroach`, `neo4j`, `etcd`, `influxdb`, `clickhouse-server`…; not UIs or exporters such as `redis-commander`) or its `ports`/`expose` name a database port. A command that binds the database to loopback (`--bind 127.0.0.1`, `listen_addresses=localhost`) is an `info` note.',
            'Development-only compose files (`docker-compose.override.yml`, `docker-compose.dev.yml`; also named `.local`, `.test`, `.ci`, `.e2e`, `.integration`, `.debug`) and services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…: they do not start with `docker compose up`), and every service of Laravel Sail\'s `docker-compose.yml` (its app built from `vendor/laravel/sail/runtimes/…`, image `sail-<version>/app`: a local environment) get `info` notes. A production overlay (`docker-compose.prod.yml` beside `docker-compose.yml`) whose service replaces the base\'s mappings (`ports: !reset []`, `ports: !override [...]`; a plain list is appended, as compose does) makes the base\'s mappings `info` notes.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({
        ports: schemas/* array */.YOg(schemas/* number */.aig().int().min(1).max(65535)).default(Object.keys(DATABASE_PORTS).map(Number)),
        imagePorts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* number */.aig().int().min(1).max(65535))).default(IMAGE_PORTS),
    }),
    run({ snapshot, options, report, skip }) {
        const compose = judgedComposeFiles(snapshot);
        const services = snapshot.k8sObjects().filter((o) => o.kind === 'Service' && !(0,classify/* isTemplate */.Fl)(o.file) && !(0,classify/* isTestFile */.hl)(o.file));
        const workloads = snapshot.k8sObjects().filter((o) => !(0,classify/* isTemplate */.Fl)(o.file) && !(0,classify/* isTestFile */.hl)(o.file) && (0,repo_k8s/* podSpec */.f0)(o) !== null);
        // A compose file that could not be parsed has no services (its parse-error says why): nothing was judged.
        if (!compose.some((c) => c.services.length) && !services.length && !workloads.length) {
            skip('no compose services or Kubernetes Services');
            return;
        }
        const base = new Set(options.ports);
        const imageEntries = (image) => Object.entries(options.imagePorts).filter(([name]) => image.toLowerCase().includes(name.toLowerCase()));
        const dbPortsFor = (image) => [...base, ...imageEntries(image).flatMap(([, ports]) => ports)];
        const label = (p) => (DATABASE_PORTS[p] ? `${p} (${DATABASE_PORTS[p]})` : String(p));
        // A port that is a database port because of the image is named after the product the image names.
        const labelFor = (image) => (p) => {
            const product = DATABASE_PORTS[p] ? undefined : imageEntries(image).find(([, ports]) => ports.includes(p))?.[0];
            return product === undefined ? label(p) : `${p} (${IMAGE_PRODUCTS[product.toLowerCase()] ?? product})`;
        };
        // One finding per location (a `network_mode` written in an `extends` base is shared).
        const reported = new Set();
        const once = (f) => {
            const key = `${f.file}:${f.line}:${f.column}`;
            if (reported.has(key))
                return;
            reported.add(key);
            report(f);
        };
        const judgedPaths = new Set(compose.map((c) => c.path));
        for (const cf of compose) {
            const doc = snapshot.yaml(cf.path)?.docs[0]?.value;
            const raw = (0,yaml/* isObject */.Gv)(doc) && (0,yaml/* isObject */.Gv)(doc['services']) ? doc['services'] : {};
            const vars = composeDotenv(snapshot, cf.path);
            for (const svc of cf.services) {
                const own = (0,yaml/* isObject */.Gv)(raw[svc.name]) ? raw[svc.name] : {};
                const image = typeof svc.value['image'] === 'string' ? svc.value['image'] : '';
                const dev = (0,repo_compose/* composeDevOnly */.kZ)(svc);
                // On the host network `ports:` does not apply (compose ignores it): the network mode is judged instead.
                // Only an exact repository name speaks for a database here (`cassandra`, not `cassandra_exporter`).
                if (hostNetwork(svc))
                    judgeHostNetwork(svc, image, dbPortsFor(image), labelFor(image), imageEntries(image).filter(([name]) => repositoryName(image) === name.toLowerCase()).flatMap(([, ports]) => ports), dev, vars, once);
                else {
                    // Compose appends an overlay's `ports` to the base's; `ports: !reset []` (or `!override [...]`) in a
                    // production overlay replaces them, so the base's mappings are not deployed.
                    const reset = dev ? null : overriddenInProduction(snapshot, svc, (m) => RESET_TAGS.has(snapshot.yaml(m.file)?.docs[0]?.tag(['services', m.name, 'ports']) ?? ''));
                    judgeService(svc, own, judgedPaths, dbPortsFor(image), labelFor(image), dev ?? (reset ? `replaced by ports: !reset/!override in ${reset} for production` : null), vars, once);
                }
            }
        }
        // Pods on the node's network (`hostNetwork: true`) or mapping a database port to a `hostPort`: the
        // database answers on the node's own addresses, outside any Service or NetworkPolicy's reach.
        for (const obj of workloads) {
            const ps = (0,repo_k8s/* podSpec */.f0)(obj);
            const label = `${obj.kind} '${obj.name ?? '?'}'`;
            for (const c of (0,repo_k8s/* containers */.l8)(obj)) {
                const image = typeof c.container['image'] === 'string' ? c.container['image'] : '';
                const dbPorts = dbPortsFor(image);
                const ports = Array.isArray(c.container['ports']) ? c.container['ports'] : [];
                const declared = ports.flatMap((p) => ((0,yaml/* isObject */.Gv)(p) && typeof p['containerPort'] === 'number' && dbPorts.includes(p['containerPort']) ? [p['containerPort']] : []));
                ports.forEach((p, i) => {
                    if (!(0,yaml/* isObject */.Gv)(p) || typeof p['hostPort'] !== 'number' || ps.spec['hostNetwork'] === true)
                        return;
                    const target = typeof p['containerPort'] === 'number' ? p['containerPort'] : p['hostPort'];
                    if (!dbPorts.includes(target))
                        return;
                    const at = obj.loc([...c.path, 'ports', i, 'hostPort'], true);
                    once({ file: obj.file, line: at.line, column: at.column, message: `container '${c.name}' of ${label} maps database port ${labelFor(image)(target)} to hostPort ${p['hostPort']} on every address of its node; drop hostPort and reach it through a ClusterIP Service` });
                });
                if (ps.spec['hostNetwork'] !== true)
                    continue;
                // The same port choice as compose's network_mode: host (declared, the image's product, the imagePorts option).
                const port = declared[0] ?? imageDatabase(image)?.ports[0] ?? imageEntries(image).filter(([name]) => repositoryName(image) === name.toLowerCase()).flatMap(([, ports]) => ports)[0];
                if (port === undefined)
                    continue;
                const at = obj.loc([...ps.path, 'hostNetwork'], true);
                const what = `${label} runs on the node's network (hostNetwork: true), so database port ${labelFor(image)(port)} of container '${c.name}' listens on every address of its node`;
                if (bindsLoopback(c.container['command'], c.container['args']))
                    once({ file: obj.file, line: at.line, column: at.column, note: true, message: `${what}, but its command binds it to loopback` });
                else
                    once({ file: obj.file, line: at.line, column: at.column, message: `${what}; drop hostNetwork and reach it through a ClusterIP Service` });
            }
        }
        for (const obj of services) {
            const spec = (0,yaml/* isObject */.Gv)(obj.value['spec']) ? obj.value['spec'] : {};
            const type = spec['type'];
            // `externalIPs` makes every node answer on those addresses for the Service's ports, whatever its type.
            const externalIPs = Array.isArray(spec['externalIPs']) ? spec['externalIPs'].map((ip) => String(ip).trim()).filter(Boolean) : [];
            if (type !== 'LoadBalancer' && type !== 'NodePort') {
                if (!externalIPs.length || type === 'ExternalName')
                    continue;
                const ports = Array.isArray(spec['ports']) ? spec['ports'] : [];
                const db = new Set(base);
                const privateOnly = externalIPs.every((ip) => PRIVATE.test(ip) || LOOPBACK.test(ip));
                ports.forEach((p, i) => {
                    if (!(0,yaml/* isObject */.Gv)(p))
                        return;
                    const hit = [p['port'], p['targetPort']].find((x) => typeof x === 'number' && db.has(x));
                    if (hit === undefined)
                        return;
                    const at = obj.loc(['spec', 'ports', i]);
                    const what = `Service '${obj.name ?? '?'}' exposes database port ${label(hit)} on its externalIPs (${externalIPs.join(', ')})`;
                    if (privateOnly)
                        report({ file: obj.file, line: at.line, column: at.column, note: true, message: `${what}, private addresses only` });
                    else
                        report({ file: obj.file, line: at.line, column: at.column, message: `${what}; drop externalIPs and reach it from inside the cluster or through a bastion` });
                });
                continue;
            }
            const ports = Array.isArray(spec['ports']) ? spec['ports'] : [];
            const meta = (0,yaml/* isObject */.Gv)(obj.value['metadata']) ? obj.value['metadata'] : {};
            const annotations = (0,yaml/* isObject */.Gv)(meta['annotations']) ? meta['annotations'] : {};
            const internal = Object.entries(annotations).some(([k, v]) => /internal|load-balancer-type|lb-type|scheme/i.test(k) && /^(true|internal)$/i.test(String(v).trim()));
            const sources = Array.isArray(spec['loadBalancerSourceRanges']) ? spec['loadBalancerSourceRanges'].map(String) : null;
            const restricted = type === 'LoadBalancer' && sources !== null && sources.length > 0 && !sources.some((r) => r === '0.0.0.0/0' || r === '::/0');
            const db = new Set(base);
            ports.forEach((p, i) => {
                if (!(0,yaml/* isObject */.Gv)(p))
                    return;
                const hit = [p['port'], p['targetPort']].find((x) => typeof x === 'number' && db.has(x));
                if (hit === undefined)
                    return;
                const at = obj.loc(['spec', 'ports', i]);
                const what = `Service '${obj.name ?? '?'}' of type ${type} exposes database port ${label(hit)}`;
                if (type === 'LoadBalancer' && (internal || restricted))
                    report({ file: obj.file, line: at.line, column: at.column, note: true, message: `${what} through an ${internal ? 'internal load balancer' : 'address-restricted load balancer'}` });
                else
                    report({ file: obj.file, line: at.line, column: at.column, message: `${what} outside the cluster; use a ClusterIP Service (reach it from inside the cluster or through a bastion)` });
            });
        }
    },
});
/**
 * Judges a service's published ports. `own` is the service as written (before `extends`): its own entries
 * point at their lines; entries inherited through `extends` are reported where the base writes them, and only
 * when the base lives in a file that is not judged itself (`judged`: a same-file base, or one in a judged
 * compose file, is judged as a service of its own).
 */
function judgeService(svc, own, judged, dbPorts, label, dev, vars, report) {
    const ports = svc.value['ports'];
    if (!Array.isArray(ports))
        return;
    const inherited = ports.length - (Array.isArray(own['ports']) ? own['ports'].length : 0);
    const ext = own['extends'];
    const baseFile = (0,yaml/* isObject */.Gv)(ext) && typeof ext['file'] === 'string' ? (0,classify/* joinPath */.uJ)((0,classify/* dirname */.pD)(svc.file), ext['file']) : svc.file;
    const baseJudged = baseFile !== null && judged.has(baseFile);
    ports.forEach((entry, i) => {
        if (i < inherited && baseJudged)
            return;
        const p = parsePort(entry, vars);
        if (!p)
            return;
        const hit = dbPorts.find((d) => d >= p.target[0] && d <= p.target[1]);
        if (hit === undefined)
            return;
        // An entry inherited from a base that is no compose file (judged nowhere else) is shown where it is written.
        const where = i < inherited ? svc.origin(['ports', i]) : { file: svc.file, ...svc.loc(['ports', i - inherited]) };
        const pub = !p.published ? 'a random host port' : p.published.includes('?') ? 'an unknown host port (a variable without a value)' : `host port ${p.published}`;
        const ip = p.hostIp?.replace(/^\[|\]$/g, '') ?? null;
        const what = `compose service '${svc.name}' publishes database port ${label(hit)} on ${pub}`;
        if (ip !== null && LOOPBACK.test(ip)) {
            report({ ...where, note: true, message: `${what}, bound to loopback ${ip} only` });
            return;
        }
        if (ip !== null && PRIVATE.test(ip)) {
            report({ ...where, note: true, message: `${what}, bound to private address ${ip}` });
            return;
        }
        if (ip !== null && ip.includes('?')) {
            report({ ...where, note: true, message: `${what}, bound to a host address set by a variable (unverifiable)` });
            return;
        }
        const scope = ip && ip !== '0.0.0.0' && ip !== '::' ? `address ${ip}` : 'all interfaces';
        const message = `${what} of ${scope}; remove the mapping, use expose:, or bind to 127.0.0.1`;
        report(dev ? { ...where, note: true, message: `${message} (${dev})` } : { ...where, message });
    });
}
/** Whether a container's command (compose `command`/`entrypoint`, Kubernetes `command`/`args`) binds the database to loopback. */
const bindsLoopback = (...parts) => LOOPBACK_BIND.test(parts.map((v) => (Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '')).join(' '));
/** The tags of a `ports:` list that replaces the base file's (`ports: !reset []`, `ports: !override [...]`). */
const RESET_TAGS = new Set(['!reset', '!override']);
const hostNetwork = (svc) => typeof svc.value['network_mode'] === 'string' && svc.value['network_mode'].trim().toLowerCase() === 'host';
/**
 * `network_mode: host` on a database service (its image names a database product, or its
 * `ports`/`expose` name a database port): the database listens on every host interface.
 * `imagePorts`: the ports the `imagePorts` option gives the image (database ports by its image).
 */
function judgeHostNetwork(svc, image, dbPorts, label, imagePorts, dev, vars, report) {
    const declared = [...(Array.isArray(svc.value['ports']) ? svc.value['ports'] : []), ...(Array.isArray(svc.value['expose']) ? svc.value['expose'] : [])]
        .map((e) => parsePort(e, vars))
        .flatMap((p) => (p ? dbPorts.filter((d) => d >= p.target[0] && d <= p.target[1]) : []));
    const port = declared[0] ?? imageDatabase(image)?.ports[0] ?? imagePorts[0];
    if (port === undefined)
        return;
    const at = svc.origin(['network_mode'], true);
    const where = { file: at.file, line: at.line, column: at.column };
    const what = `compose service '${svc.name}' uses network_mode: host, so database port ${label(port)} listens on every host interface${Array.isArray(svc.value['ports']) && svc.value['ports'].length ? ' (its ports: mapping does not apply)' : ''}`;
    if (bindsLoopback(svc.value['command'], svc.value['entrypoint'])) {
        report({ ...where, note: true, message: `${what}, but its command binds it to loopback` });
        return;
    }
    const message = `${what}; use the compose network (drop network_mode: host) and reach it by service name, or bind the database to 127.0.0.1`;
    report(dev ? { ...where, note: true, message: `${message} (${dev})` } : { ...where, message });
}

;// CONCATENATED MODULE: ./lib/checks/util/once.js
/**
 * One finding per location (`file:line:column`), for checks that reach one place along several
 * paths (a Dockerfile stage built by two compose services, a USER in a shared base, a setting two
 * entry points load): the first stands, except that a failure replaces a note — a place reached
 * from production fails even when a development-only path reached it first.
 */
function onePerLocation() {
    const found = new Map();
    return {
        put(f) {
            const key = `${f.file}:${f.line}:${f.column ?? 0}`;
            const prev = found.get(key);
            if (!prev || (prev.note && !f.note))
                found.set(key, f);
        },
        findings: () => [...found.values()],
    };
}

;// CONCATENATED MODULE: ./lib/checks/debug-mode.js














const TRUTHY = /^(1|true|yes|on)$/i;
/** Env settings that switch a framework into debug mode: key → predicate on the (trimmed) value, and what it does. */
const DEBUG_VARS = [
    { key: /^FLASK_DEBUG$/i, on: (v) => TRUTHY.test(v), effect: 'Flask debug mode (Werkzeug debugger: remote code execution)' },
    { key: /^FLASK_ENV$/i, on: (v) => /^development$/i.test(v), effect: 'Flask development mode (debugger on)' },
    { key: /^(DJANGO_)?DEBUG$/i, on: (v) => TRUTHY.test(v), effect: 'debug mode (stack traces and settings shown to visitors)' },
    // Laravel's env() reads `(true)` as true.
    { key: /^APP_DEBUG$/i, on: (v) => TRUTHY.test(v) || /^\(true\)$/i.test(v), effect: 'Laravel/app debug mode (stack traces and environment shown to visitors)' },
    { key: /^NODE_ENV$/i, on: (v) => /^(development|dev)$/i.test(v), effect: 'Node development mode (verbose errors, no view caching)' },
    { key: /^(RAILS_ENV|RACK_ENV)$/i, on: (v) => /^development$/i.test(v), effect: 'Rails/Rack development mode' },
    { key: /^ASPNETCORE_ENVIRONMENT$/i, on: (v) => /^development$/i.test(v), effect: 'ASP.NET Core developer exception page' },
    { key: /^GIN_MODE$/i, on: (v) => /^debug$/i.test(v), effect: 'Gin debug mode' },
    // Litestar reads it when the app is built without debug= (`os.getenv("LITESTAR_DEBUG", "0") == "1"`: only "1").
    { key: /^LITESTAR_DEBUG$/i, on: (v) => v === '1', effect: 'Litestar debug mode (tracebacks shown to visitors)' },
];
/** The hit as a sentence of its own: `FLASK_DEBUG=1 turns on …`. */
const clause = (h) => `${h.setting} ${h.effect}`;
/** The hit set by `who`: `container 'api' sets FLASK_DEBUG=1, which turns on …` (`services 'web', 'worker' set …`). */
const setBy = (who, h) => `${who} ${/^services /.test(who) ? 'set' : 'sets'} ${h.setting}, which ${h.effect}`;
/** The compose services that reach a value, by file: `service 'web' in docker-compose.yml`, `services 'web', 'worker' in production.yml`. */
function servicesIn(services) {
    const byFile = new Map();
    for (const s of services)
        byFile.set(s.file, [...new Set([...(byFile.get(s.file) ?? []), s.name])]);
    return [...byFile].map(([file, names]) => `${namedServices(names)} in ${file}`).join(', ');
}
function debugSetting(key, value) {
    if (value === null)
        return null;
    const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    for (const d of DEBUG_VARS)
        if (d.key.test(key) && d.on(v))
            return { setting: `${key}=${v}`, effect: `turns on ${d.effect}` };
    return null;
}
const isSettingsFile = (p, text) => /(^|\/)settings\.py$/.test(p) || /(^|\/)settings\/[^/]+\.py$/.test(p) || SETTINGS_PROD.test((0,classify/* basename */.P8)(p))
    || ((text.includes('INSTALLED_APPS') || text.includes('ROOT_URLCONF')) && /^(INSTALLED_APPS|ROOT_URLCONF)\s*=/m.test(text));
function moduleDebug(text) {
    let last = null;
    pythonCode(text).forEach((l, i) => {
        // `DEBUG = TEMPLATE_DEBUG = True`, `TEMPLATE_DEBUG = DEBUG = True`: chained assignments.
        const m = /^(?:[A-Z_][A-Z0-9_]*\s*=\s*)*DEBUG\s*(?::\s*bool\s*)?=\s*(?:[A-Z_][A-Z0-9_]*\s*=(?!=)\s*)*(.+?)\s*$/.exec(l);
        if (m)
            last = { line: i + 1, column: l.indexOf(m[1], l.indexOf('=')) + 1, expr: m[1], literalTrue: /^(True|1)$/.test(m[1]), unsetOn: trueWhenUnset(withEnvScheme(m[1], text).replace(/'/g, '"')), setOn: trueWhenSet(m[1]) };
    });
    return last;
}
/** A config class's header: its name or a base names a config or settings class (`class ProductionConfig(Config):`, `class Prod(Configuration):`). */
const CONFIG_CLASS = /^class\s+\w*(?:config|settings|configuration)\w*\s*[(:]|^class\s+\w+\s*\([^)]*(?:config|settings|configuration)/i;
/** An indented assignment to a name that says debug (`    DEBUG = …`, `    app_debug: bool = …`). */
const INDENTED_DEBUG = { word: /(?:DEBUG|[Dd]ebug)\w*[ \t]*(?::[^=\n]*)?=(?!=)/g, before: /^[ \t]+\w*$/ };
/** A module-level one, in any case (`DEBUG = …`, `APP_DEBUG: bool = …`, `isDebug = …`). */
const TOP_LEVEL_DEBUG = { word: /debug\w*[ \t]*(?::[^=\n]+)?=(?!=)/gi, before: /^\w*$/ };
/**
 * Whether a line assigns a name that says debug, found from the word (a regex anchored at every line start with `\w*`
 * before the word cost ~180 ms over the bench monorepo's Python); `before`: what may precede the word on its line.
 */
function debugAssignment(text, { word, before }) {
    word.lastIndex = 0;
    for (let m, n = 0; n < 100_000 && (m = word.exec(text)) !== null; n++) {
        if (before.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)))
            return true;
    }
    return false;
}
/** The class-level `DEBUG = …` of a Python file's config classes (tests and templates are not read). */
function classDebug(file, text, lex) {
    // An indented `DEBUG =` (not `logging.DEBUG`) before the lexer runs: most Python files never hold one.
    if ((0,classify/* isTestFile */.hl)(file) || !debugAssignment(text, INDENTED_DEBUG))
        return [];
    const src = lex();
    const out = [];
    for (const a of pythonAssignments(src, /\w*(?:DEBUG|[Dd]ebug)\w*/)) {
        if (a.className === null)
            continue;
        const header = enclosingHeaders(src, a.start).find((h) => /^class\s/.test(h));
        if (!header || !CONFIG_CLASS.test(header))
            continue;
        // Read as a module constant is (a django-environ scheme's default included).
        const { on, unsetOn } = debugValue(a.value, text);
        out.push({ className: a.className, name: a.name, line: src.lineAt(a.start), column: src.columnAt(a.start), start: a.start, expr: a.value, on: on || unsetOn !== null, unsetOn, dev: inDevBranch(src, a.start), pydantic: /^class\s+\w+\s*\([^)]*\bBaseSettings\b/.test(header) });
    }
    return out;
}
/** `True`, `1`, or pydantic's `Field(True, …)` / `Field(default=True, …)`: a value that is on as written. */
const isOnLiteral = (expr) => /^(True|1)$/.test(expr.trim()) || /^Field\(\s*(?:default\s*=\s*)?(?:True|1)\s*[,)]/.test(expr.trim());
const debugValue = (expr, text) => {
    const e = expr.trim().replace(/\s+/g, ' ');
    return { expr: e, on: isOnLiteral(e), unsetOn: trueWhenUnset(withEnvScheme(e, text).replace(/'/g, '"')), setOn: trueWhenSet(e) };
};
function debugConstants(src) {
    const last = new Map();
    for (const m of src.bare.matchAll(/^([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=(?!=)[ \t]*/gm)) {
        if (!/debug/i.test(m[1]) || depthAt(src, m.index) > 0)
            continue;
        const start = m.index + m[0].length;
        const v = debugValue(src.code.slice(start, statementEnd(src, start)), src.text);
        last.set(m[1], { name: m[1], line: src.lineAt(start), column: src.columnAt(start), ...v });
    }
    return [...last.values()].filter((c) => c.on || c.unsetOn || c.setOn);
}
/** The frameworks a module imports (`from litestar import Litestar`, `import fastapi`, `from django.conf import settings`). */
const APP_IMPORT = /^[ \t]*(?:from[ \t]+(fastapi|starlette|litestar|starlite|sanic|django\.conf)(?:\.[\w.]+)?[ \t]+import\b|import[ \t]+(fastapi|starlette|litestar|starlite|sanic|django\.conf)\b)/gm;
const ASGI_APP = /\b(?:FastAPI|Starlette|Litestar|Starlite)\s*\(/;
/** A module that serves a site (a single-file Django app), not a test runner's or a docs build's `settings.configure(…)`. */
const DJANGO_SERVES = /^urlpatterns\s*=|\bget_[wa]sgi_application\s*\(/m;
const MAIN_GUARD = /^if\s+(?:__name__\s*==\s*(['"])__main__\1|(['"])__main__\2\s*==\s*__name__)\s*:/;
/** The module a name is imported as or from in a Python module (`from app.config import DEBUG`, `from . import config`, `import app.config as config`). */
function importedModule(src, file, name) {
    const toPath = (mod) => {
        const dots = /^\.*/.exec(mod)[0].length;
        if (!dots)
            return { path: mod.replace(/\./g, '/'), exact: false };
        const parts = file.split('/').slice(0, -1);
        parts.splice(Math.max(0, parts.length - (dots - 1)));
        return { path: [...parts, ...mod.slice(dots).split('.').filter(Boolean)].join('/'), exact: true };
    };
    for (const m of src.code.matchAll(/^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm)) {
        for (const item of m[2].replace(/[()\\]/g, ' ').split(',')) {
            const [orig, alias] = item.trim().split(/\s+as\s+/);
            if ((alias ?? orig) !== name)
                continue;
            // `from app import config` imports a module (or a package's attribute); `from app.config import DEBUG` a name of app.config.
            return toPath(m[1]);
        }
    }
    return null;
}
/** The module a name stands for (`from . import config`, `import config`, `import app.config as config`), or null. */
function moduleNamed(src, file, name) {
    for (const m of src.code.matchAll(/^[ \t]*import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?[ \t]*$/gm))
        if ((m[2] ?? m[1]) === name)
            return { path: m[1].replace(/\./g, '/'), exact: false };
    const from = importedModule(src, file, name);
    if (!from)
        return null;
    return { path: from.path ? `${from.path}/${name}` : name, exact: from.exact };
}
function asgiDebug(file, text, lex) {
    const none = { uses: [], consts: [] };
    if ((0,classify/* isTestFile */.hl)(file) || (0,classify/* isVendoredOrGenerated */.Gk)(file))
        return none;
    // Sanic's `app.run(dev=True)` says no debug; the words are looked for only where the framework's name is.
    const sanic = text.includes('Sanic');
    if (!/debug/i.test(text) && !(sanic && /\bdev\s*=/.test(text)))
        return none;
    // Most modules that say debug only log with it: lex only those with a module-level debug constant or an app constructor.
    const app = ASGI_APP.test(text) || sanic || (text.includes('settings.configure') && text.includes('DEBUG'));
    if (!app && !debugAssignment(text, TOP_LEVEL_DEBUG))
        return none;
    const src = lex();
    const consts = debugConstants(src);
    if (!app)
        return { uses: [], consts };
    const imported = new Set([...src.code.matchAll(APP_IMPORT)].map((m) => m[1] ?? m[2]));
    const asgi = [...(imported.has('fastapi') || imported.has('starlette') ? ['FastAPI', 'Starlette'] : []), ...(imported.has('litestar') || imported.has('starlite') ? ['Litestar', 'Starlite'] : [])];
    const django = imported.has('django.conf') && src.bare.includes('settings.configure') && DJANGO_SERVES.test(src.bare);
    if (!asgi.length && !imported.has('sanic') && !django)
        return { uses: [], consts };
    const uses = [];
    const devOf = (at, close = at) => {
        // `app = FastAPI(debug=True) if settings.ENV == "local" else FastAPI()`: a conditional expression is a branch too.
        const ternary = /^\s*if\s+([^\n]+?)\s+else\b/.exec(src.code.slice(close + 1, statementEnd(src, close + 1)));
        if (inDevBranch(src, at) || (ternary && isDevHeader(`if ${ternary[1]}:`)))
            return 'in a development-only branch';
        return enclosingHeaders(src, at).some((h) => MAIN_GUARD.test(h)) ? 'under if __name__ == "__main__": runs only when the module is run as a script' : null;
    };
    const refOf = (expr) => {
        const bare = /^[A-Za-z_]\w*$/.exec(expr);
        if (bare) {
            if (consts.some((c) => c.name === expr))
                return { kind: 'const', name: expr, module: null };
            const mod = importedModule(src, file, expr);
            return mod ? { kind: 'const', name: expr, module: mod } : null;
        }
        const attr = /^([A-Za-z_]\w*)(\(\))?\.([A-Za-z_]\w*)$/.exec(expr);
        if (!attr)
            return null;
        // `config.DEBUG` of a module `config`, or `settings.debug` of a settings object (imported or not): resolved in run.
        return { kind: 'attr', name: attr[3], module: attr[2] ? null : moduleNamed(src, file, attr[1]) };
    };
    const add = (framework, at, what, expr, close, script) => {
        const v = debugValue(expr, text);
        const ref = v.on || v.unsetOn || v.setOn ? null : refOf(v.expr);
        if (!ref && !v.on && !v.unsetOn && !v.setOn)
            return false;
        uses.push({ line: src.lineAt(at), column: src.columnAt(at), what, ...v, ref, dev: devOf(at, close), framework, ...(script ? { script } : {}) });
        return true;
    };
    /** The name a call's result is assigned to (`app = FastAPI(…)`, `self.app = Sanic(…)`), or null. */
    const assignedTo = (start) => {
        const lineStart = src.bare.lastIndexOf('\n', start - 1) + 1;
        return /^[ \t]*(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*$/.exec(src.bare.slice(lineStart, start))?.[1] ?? null;
    };
    // `app = FastAPI(…)`, `app = Litestar(…)`: the name `app.debug = …` may switch later (Sanic's `debug` has no setter).
    const apps = new Map();
    if (asgi.length) {
        for (const call of findCalls(src, new RegExp(asgi.join('|')))) {
            const framework = /(?:Litestar|Starlite)$/.test(call.callee) ? 'litestar' : 'starlette';
            const name = assignedTo(call.start);
            if (name)
                apps.set(name, framework);
            const arg = call.args.find((a) => a.name === 'debug');
            if (arg)
                add(framework, src.bare.lastIndexOf('debug', arg.start), `${call.callee}(debug={})`, arg.value, call.close);
        }
        for (const m of src.bare.matchAll(/^[ \t]*([A-Za-z_]\w*)\.debug[ \t]*=(?!=)[ \t]*/gm)) {
            const framework = apps.get(m[1]);
            if (!framework || depthAt(src, m.index) > 0)
                continue;
            const start = m.index + m[0].length;
            const at = m.index + m[0].length - m[0].trimStart().length;
            add(framework, at, `${m[1]}.debug = {}`, src.code.slice(start, statementEnd(src, start)));
        }
    }
    if (imported.has('sanic')) {
        // Sanic's own server (`app.run`, `app.prepare` before `Sanic.serve()`): `debug=True` (or `dev=True`, debug plus the
        // reloader) puts the traceback in every error response. `app`/`application` of a Sanic module, or a name a Sanic app is assigned to.
        const names = new Set(['app', 'application']);
        for (const call of findCalls(src, /Sanic(?:\s*\.\s*get_app)?/)) {
            const name = assignedTo(call.start);
            if (name)
                names.add(name);
        }
        for (const call of findCalls(src, /run|prepare/)) {
            const parts = call.callee.split('.');
            if (parts.length !== 2 || !names.has(parts[0]))
                continue;
            const headers = enclosingHeaders(src, call.start);
            const script = headers.some((h) => MAIN_GUARD.test(h) || /^(?:async\s+)?def\s/.test(h));
            for (const arg of call.args) {
                if (!(arg.name === 'debug' || arg.name === 'dev') || !add('sanic', src.bare.lastIndexOf(arg.name, arg.start), `${call.callee}(${arg.name}={})`, arg.value, call.close, script))
                    continue;
                const u = uses[uses.length - 1];
                const fn = headers.map((h) => /^(?:async\s+)?def\s+(\w+)/.exec(h)?.[1]).find(Boolean);
                if (script && u.dev === null)
                    u.dev = `inside ${fn}(): runs only when it is called`;
                // A development branch stays development-only whoever runs the module.
                if (u.dev?.startsWith('in a development-only branch'))
                    delete u.script;
                break;
            }
        }
    }
    if (django) {
        // A single-file Django app: `settings.configure(DEBUG=True, ROOT_URLCONF=__name__, …)` is its settings module.
        for (const call of findCalls(src, 'configure')) {
            if (!/(?:^|\.)settings\.configure$/.test(call.callee))
                continue;
            const arg = call.args.find((a) => a.name === 'DEBUG');
            if (arg)
                add('django', src.bare.lastIndexOf('DEBUG', arg.start), `${call.callee}(DEBUG={})`, arg.value, call.close);
        }
    }
    return { uses, consts };
}
/** Names of environments, profiles and files that are for development or tests: not judged (their debug switches are the point). */
const DEV_ENV_NAME = classify/* DEV_WORD */.b3;
/** Rails `config/environments/<env>.rb`: the environment's name. */
const debug_mode_RAILS_ENV_FILE = /(?:^|\/)config\/environments\/([^/]+)\.rb$/;
/** Phoenix `config/<env>.exs` of a deployed environment (`prod.exs`, `staging.exs`; not `config.exs`, `runtime.exs`, dev or test). */
const PHOENIX_ENV_FILE = /(?:^|\/)config\/([\w-]+)\.exs$/;
const PHOENIX_DEBUG = /\bdebug_errors\s*:\s*true\b/g;
/** Laravel's `config/app.php`. */
const LARAVEL_APP = /(?:^|\/)config\/app\.php$/;
/** `appsettings.json`, `appsettings.Production.json`: the environment's name, or '' for the base file. */
const APPSETTINGS = /^appsettings(?:\.([^/]+))?\.json$/i;
/** Other frameworks' files the scan reads: by name, not for development or tests, not vendored or templates. */
function isOtherDebugFile(file) {
    if ((0,classify/* isTemplate */.Fl)(file) || (0,classify/* isTestFile */.hl)(file) || (0,classify/* isVendoredOrGenerated */.Gk)(file))
        return false;
    if (/\.cs$/i.test(file) || LARAVEL_APP.test(file))
        return true;
    const rails = debug_mode_RAILS_ENV_FILE.exec(file);
    if (rails)
        return !DEV_ENV_NAME.test(rails[1]);
    const phoenix = PHOENIX_ENV_FILE.exec(file);
    if (phoenix)
        return !DEV_ENV_NAME.test(phoenix[1]) && !/^(?:config|runtime)$/i.test(phoenix[1]);
    const app = APPSETTINGS.exec((0,classify/* basename */.P8)(file));
    if (app)
        return !DEV_ENV_NAME.test(app[1] ?? '');
    return isSpringConfig(file) && !isDevProfile(springFileProfile(file));
}
const RAILS_LOCAL = /\bconsider_all_requests_local\s*=(?!=)\s*true\b/g;
/** `'debug' => …` in a PHP array: the key's quotes (its content is blanked in `bare`). */
const PHP_DEBUG_KEY = /(['"])debug\1\s*=>\s*/g;
/** The value: `true`, or `env('APP_DEBUG', <default>)` (optionally `(bool)`-cast). */
const PHP_DEBUG_VALUE = /^(?:\(\s*bool\s*\)\s*)?(?:(true)\b|env\s*\(\s*(['"])(\w+)\2\s*,\s*(true|false|null|-?\d+|(['"])[^'"\n]*\5)\s*\))/i;
/** PHP truthiness of a literal default: `true`, a non-zero number, a string other than '' and '0' (Laravel's `env()` returns a default as written). */
const phpTruthy = (lit) => /^true$/i.test(lit) || (/^-?\d+$/.test(lit) && Number(lit) !== 0) || (/^['"]/.test(lit) && lit.length > 2 && lit.slice(1, -1) !== '0');
const DETAILED_ERRORS = /^([ \t]*)"DetailedErrors"[ \t]*:[ \t]*(true|"true")(?=[\s,}]|$)/gim;
/** `Configure<Env>` / `Startup<Env>`: ASP.NET Core's per-environment startup conventions, run only in that environment. */
const ASPNET_DEV_CONVENTION = /\b(?:Configure|Startup)Development\b/;
/**
 * A framework file's debug switches: [] when the file was judged and found clean (the check then applies and passes),
 * undefined when it holds nothing to judge (C# code that never calls the developer exception page).
 */
function otherDebug(file, text) {
    const hits = [];
    if (/\.cs$/i.test(file)) {
        if (!text.includes('UseDeveloperExceptionPage'))
            return undefined;
        const src = otherSource(file, text);
        for (const call of findCalls(src, 'UseDeveloperExceptionPage')) {
            // The template's `if (app.Environment.IsDevelopment()) { app.UseDeveloperExceptionPage(); }` is the fix, not a finding.
            if (inDevBranch(src, call.start) || enclosingHeaders(src, call.start).some((h) => ASPNET_DEV_CONVENTION.test(h)))
                continue;
            hits.push({ line: call.line, column: src.columnAt(call.start), message: `${call.callee}() outside an IsDevelopment() check shows the developer exception page (stack traces, source lines, headers) to every visitor in production; call it only inside if (app.Environment.IsDevelopment())` });
        }
    }
    else if (LARAVEL_APP.test(file)) {
        if (!text.includes('debug'))
            return hits;
        const src = otherSource(file, text);
        for (const m of src.code.matchAll(PHP_DEBUG_KEY)) {
            if (src.bare[m.index] !== m[1] || src.bare[m.index + 1] !== ' ')
                continue;
            const start = m.index + m[0].length;
            const v = PHP_DEBUG_VALUE.exec(src.code.slice(start, start + 200));
            if (!v || (!v[1] && !phpTruthy(v[4])))
                continue;
            const fix = "read it from the environment with a false default ('debug' => (bool) env('APP_DEBUG', false))";
            hits.push({
                line: src.lineAt(start), column: src.columnAt(start),
                message: v[1]
                    ? `'debug' => true in Laravel config/app.php shows stack traces and environment variables to visitors; ${fix}`
                    : `debug defaults to on when ${v[3]} is unset (Laravel config/app.php): a deploy that forgets the variable shows stack traces and environment variables to visitors; ${fix}`,
            });
        }
    }
    else if (PHOENIX_ENV_FILE.test(file)) {
        if (!text.includes('debug_errors'))
            return hits;
        const src = scanSource(file, text, 'python');
        const env = PHOENIX_ENV_FILE.exec(file)[1];
        for (const m of src.bare.matchAll(PHOENIX_DEBUG)) {
            const at = m.index + m[0].length - 4;
            hits.push({ line: src.lineAt(at), column: src.columnAt(at), message: `debug_errors: true in config/${env}.exs shows Phoenix's debug error page (stack traces, code, params) to every visitor; remove it (it belongs in config/dev.exs)` });
        }
    }
    else if (debug_mode_RAILS_ENV_FILE.test(file)) {
        if (!text.includes('consider_all_requests_local'))
            return hits;
        const src = scanSource(file, text, 'python');
        const env = debug_mode_RAILS_ENV_FILE.exec(file)[1];
        for (const m of src.bare.matchAll(RAILS_LOCAL)) {
            const at = m.index + m[0].length - 4;
            hits.push({ line: src.lineAt(at), column: src.columnAt(at), message: `config.consider_all_requests_local = true in the ${env} environment shows full error reports (stack traces, request details) to every visitor; set it to false` });
        }
    }
    else if (APPSETTINGS.test((0,classify/* basename */.P8)(file))) {
        if (!text.includes('DetailedErrors'))
            return hits;
        for (const m of text.matchAll(DETAILED_ERRORS)) {
            const line = text.slice(0, m.index).split('\n').length;
            hits.push({ line, column: m[0].length - m[2].length + 1, message: `"DetailedErrors": ${m[2]} in ${(0,classify/* basename */.P8)(file)} shows detailed exception messages to clients (startup errors, Blazor circuit errors); remove it (keep it in appsettings.Development.json)` });
        }
    }
    else {
        if (!(0,util_text/* lowerText */.tq)(text).includes('stacktrace'))
            return hits;
        for (const st of springSettings(file, text)) {
            if (st.key !== 'server.error.include-stacktrace' || isDevProfile(st.profile))
                continue;
            const v = st.value.trim().toLowerCase().replace(/_/g, '-');
            const when = v === 'always' ? 'every error response' : v === 'on-param' || v === 'on-trace-param' ? 'the error response of any request that adds ?trace=true' : null;
            if (when)
                hits.push({ line: st.line, column: st.column, message: `server.error.include-stacktrace=${st.value.trim()} puts the stack trace in ${when} (Spring Boot); remove it (never is the default)` });
        }
    }
    return hits;
}
/**
 * Sanic's and Litestar's CLIs started in debug mode: `sanic server:app --debug` (`--dev`/`-d`: debug plus the reloader),
 * `litestar run --debug` (`-d`), also through `python -m`. Their reloader alone (`--reload`) is production-server's.
 */
function cliDebug(argv) {
    // The commands' own reading of those CLIs (option values skipped, `python -m` unwrapped) names the flag.
    const v = commands_classify(argv);
    if (v.kind !== 'dev' || !v.debugFlag)
        return null;
    const cli = /^(sanic|litestar)\b/.exec(v.what)?.[1];
    return cli ? { what: cli === 'sanic' ? 'Sanic' : 'Litestar', flag: v.debugFlag } : null;
}
/** What each framework's debug mode does, for messages. */
const APP_EFFECT = {
    starlette: "turns on Starlette's debug mode: any unhandled error answers the visitor with the full traceback (source lines of every frame)",
    litestar: "turns on Litestar's debug mode: any unhandled error answers the visitor with its traceback",
    sanic: "turns on Sanic's debug mode: any unhandled error answers the visitor with its traceback (Sanic's documentation: DO NOT enable debug mode in production)",
    django: "turns on Django's debug mode: error pages show the traceback with local variables, and the settings, to every visitor",
};
const APP_LABEL = { starlette: 'FastAPI/Starlette', litestar: 'Litestar', sanic: 'Sanic', django: 'Django' };
/** Debug switched on in deploy config: env settings, Django settings, `app.run(debug=True)` on the production path, FastAPI/Starlette `debug=True`. */
const debugMode = defineCheck({
    id: 'debug-mode',
    title: 'Debug mode is off in production',
    severity: 'critical',
    description: 'No debug switch in deploy config: FLASK_DEBUG/DEBUG/NODE_ENV=development in Dockerfile, compose, Kubernetes, .env.production; DEBUG = True in Django settings (and settings.configure) and config classes; app.run(debug=True) that production runs; FastAPI/Starlette/Litestar debug=True; Sanic app.run(debug=True) and sanic --debug; Rails consider_all_requests_local, Phoenix debug_errors, Laravel app.debug, ASP.NET Core developer exception page, Spring Boot include-stacktrace.',
    match: [
        {
            // The negation governs debug itself ("Disable (Flask) debug mode", "No debug in production", "Debug mode
            // must not be enabled", "Never run with debug enabled", "`app.run(debug=True)` is not used"), not a later
            // word; so does a removal of the switch ("`app.run(debug=True)` removed", "Removed `DEBUG = True` from settings").
            // Bare "debug" after the negation must end the promise or precede in/on/for: "No debug pages",
            // "No debug endpoints", "No deploys while debug sessions are open" speak of other things.
            // A prohibition is the promise too ("You must never enable debug in production", Django's deployment checklist;
            // "Don't enable DEBUG in production"), and the switch may be a prefixed variable ("Never set `FLASK_DEBUG=1`"):
            // `_debug` counts where `debug` does. A negated disable is no promise ("We do not (yet) disable debug").
            pattern: /\bdebug(?: mode)?\b[^;]*\b(?:disabled|off|false|turned off|(?:not|never) (?:be )?(?:enabled|on|true|turned on))\b|(?<!(?:\bnot|\bnever|n't) (?:yet |ever |always )?)\b(?:disable|turn off|no)(?: (?:the|flask|django|app|application|framework))* debug(?: mode\b|(?=$| ?[(.,;:!]| (?:in|on|for) ))|\b(?:never|don't|do not|must not|mustn't|should not|shouldn't|cannot|can't)(?: ever)? (?:enable|turn on|switch on|activate|leave on|allow)(?: (?:the|flask|django|app|application|framework))* debug(?: mode\b|(?=$| ?[(.,;:!]| (?:in|on|for) ))|\b(?:never|not|don't|do not|must not)\b[^;]*\b(?:with|in) debug(?: mode)? (?:on|enabled|true)\b|(?:\b|_)debug ?= ?(?:false|0)\b|\b(?:no|not|never|remov\w*|delet\w*|drop(?:s|ped|ping)?|strip(?:s|ped|ping)?|eliminat\w*|get rid of)\b[^;]*(?:\b|_)debug ?= ?(?:true|1)\b|(?:\b|_)debug ?= ?(?:true|1)\b[^;]*\b(?:not|never|removed|deleted|dropped|stripped|eliminated|gone)\b/,
            // Debug logging, symbols, toolbars and debug pages/endpoints are not the debug switch the check reads
            // (a reachable debug page is dev-server-exposed's).
            // A mobile app's debug switch is not the deployment's.
            unless: /\b(?:log|logs|logging|level|symbols|toolbar|debugger|mobile|android|ios|iphone|apk|testflight|(?:app|play) store)\b|\bdebug (?:pages?|endpoints?|routes?|urls?|views?|ports?|console|info(?:rmation)?|output|builds?|sessions?|apis?|panels?|screens?|messages?)\b/,
            note: 'a promise that debug mode is off: the check reads deploy config and settings',
        },
        {
            // …or that the development setting is refused ("Don't set `NODE_ENV=development` in prod", "`RAILS_ENV=development` is never used").
            pattern: /\b(?:flask_env|node_env)\b[^;]*\b(?:production|not (?:set to )?(?:development|dev))\b|\bflask_debug\b[^;]*\b(?:0|false|off|unset)\b|\b(?:no|not|never|don't|do not|must not|mustn't|should not|shouldn't)\b[^;]*\b(?:flask_env|node_env|rails_env|rack_env) ?(?:=|:|to) ?(?:development|dev)\b|\b(?:flask_env|node_env|rails_env|rack_env) ?[=:] ?(?:development|dev)\b[^;]*\b(?:not|never|removed|deleted|dropped|gone)\b/,
            note: 'a promise that the framework runs in production mode: the check fails development settings',
        },
    ],
    docs: {
        why: 'Debug mode leaks stack traces, settings and secrets to any visitor, and the Werkzeug debugger executes arbitrary code.',
        fix: 'Remove the debug setting from deploy config and read it from the environment with a false default (DEBUG = os.environ.get("DEBUG") == "1").',
        details: [
            '- Env settings judged: `FLASK_DEBUG`=1/true/yes/on, `FLASK_ENV=development`, `DEBUG`/`DJANGO_DEBUG`=true/1/yes/on, `APP_DEBUG`=true,',
            '  `NODE_ENV=development`, `RAILS_ENV`/`RACK_ENV=development`, `ASPNETCORE_ENVIRONMENT=Development`, `GIN_MODE=debug`, `LITESTAR_DEBUG=1` (only `1`, as Litestar reads it). Conservative on',
            '  purpose: `APP_ENV`/`ENVIRONMENT` are not judged, and `DEBUG=*`/`DEBUG=app:*` (the npm `debug` logger) is not a debug switch.',
            '  `APP_DEBUG=(true)` is true, as Laravel reads it. An env file\'s `${DJANGO_DEBUG:-True}` is judged by its default (compose\'s `env_file`,',
            '  python-dotenv and dotenv-expand expand it so when the variable is unset); a compose value that is one variable (`FLASK_DEBUG: ${FLASK_DEBUG}`)',
            '  is judged as compose interpolates it from the committed `.env` beside the compose file.',
            '- Where: Dockerfile `ENV` of the final stage and of a stage a compose service builds as its `build.target` (inherited through',
            '  stage names; `ARG` is build-time only and not judged, but an `ENV` built from variables is judged by what it resolves to: `ENV NODE_ENV=$NODE_ENV`\n  after `ARG NODE_ENV=development`, `ENV NODE_ENV=${NODE_ENV:-development}`; a development-only compose file or profile makes a target a note); compose',
            '  `environment` (list and map; `${VAR:-default}` judged by its default) and the files its `env_file` names; Kubernetes container',
            '  `env[].value`, `ConfigMap` `data` and kustomize `configMapGenerator`/`secretGenerator` `literals`; deployed-environment env files (`.env.production`, `.env.prod`, `.env.staging`, `.env.live`, `production.env`, `staging.env`: the list `default-credentials` reads); hosting platforms\' deploy files (fly.toml `[env]`, render.yaml `envVars` with a literal `value`); `VAR=…` prefixes on the production command and a systemd unit\'s `Environment=` (reported at that line)',
            '  line (`FLASK_DEBUG=1 gunicorn …`) and `flask run --debug`/`--debugger` (`--reload` alone turns on only the reloader: not debug mode).',
            '- Django: the last module-level `DEBUG = True` (or `1`) in settings modules (`settings.py`, `settings/*.py`, `production.py`/`prod.py`,',
            '  or a module defining `INSTALLED_APPS`/`ROOT_URLCONF`). Comments, strings and assignments inside functions do not count.',
            '  `DEBUG` read from the environment passes when it is off with the variable unset (`DEBUG = os.environ.get("DEBUG") == "1"`,',
            '  `os.environ.get("DEBUG", "False") == "True"`, `env.bool("DEBUG", default=False)`) and fails when it defaults to on:',
            '  `os.environ.get("DEBUG", "True") == "True"`, `os.getenv("DEBUG", "1").lower() in ("1", "true")`, `bool(int(os.getenv("DEBUG", "1")))`,',
            '  `strtobool(os.getenv("DEBUG", "yes"))`, `env.bool("DEBUG", default=True)`, `env("DEBUG")` under django-environ\'s `environ.Env(DEBUG=(bool, True))`, `config("DEBUG", default=True, cast=bool)`, `False if os.getenv("ENV") == "production" else True`, a project\'s own boolean helper (`get_bool_from_env("DEBUG", True)`),',
            '  `os.environ.get("DEBUG", True)`, `os.environ.get("DJANGO_DEBUG") != "0"`, `not os.environ.get("PRODUCTION")`, `os.environ.get("PRODUCTION") is None`, `"PRODUCTION" not in os.environ` (not a variable the hosting platform sets itself: `RENDER`, `DYNO`, `FLY_APP_NAME`, `K_SERVICE`…), and a bare read (or `bool(…)` of one) with a non-empty string default (`os.getenv("DEBUG", "False")`: a non-empty',
            '  string is true to Python, so debug is on whatever the default says). Debug is on whenever a deploy forgets the variable.',
            '  A string read (`DEBUG = os.environ.get("DEBUG")`, `os.getenv("DEBUG", default=0)`, `os.environ["DEBUG"]`) or `bool(…)` of one (`bool(os.environ.get("DEBUG", default=0))`,',
            '  `bool(os.getenv("DEBUG"))`) is true for any non-empty value: it fails at the settings line when the deploy environment this check reads (compose',
            '  `environment` and `env_file`, Dockerfile `ENV` of a shipped stage, Kubernetes env, ConfigMap data and kustomize generator literals, the deployed-environment env files, a `VAR=…` prefix of',
            '  the production command) sets that variable to a non-empty value that is not itself reported — `0`, `False`, `off` (`bool("0")` is `True`) —, naming where;',
            '  set only by development-only config it is an `info` note. Unset or empty, it is off and passes; a value reported where it is written (`DEBUG=1`) is not',
            '  reported again here. Typed reads (`env.bool`, `strtobool`, `int(…)`, `== "1"`, `in ("1", "true")`) are judged by their default only, as above.',
            '  Production code overrides base configuration only (the rule `cookie-flags`, `cors-wildcard` and `default-credentials` share): with a production module of the same project (`settings/production.py`/`prod.py`) whose own DEBUG is none of these, a `DEBUG = True` in a base module (`base.py`, `common.py`, `defaults.py`, `settings.py`, `__init__.py`) is overridden and only an `info` note; a module of another environment (`staging.py`, `heroku.py`, `qa.py`…) deploys as it is and fails, and a development module (`local.py`, `dev.py`, `test.py`) is an `info` note as development-only.',
            '- Deploy config that sets `DJANGO_SETTINGS_MODULE` to a settings module with `DEBUG = True` fails where it is set, naming that line; a `preflight-ignore debug-mode` on the `DEBUG` line covers both findings.',
            '- Config classes (Flask\'s `class ProductionConfig(Config): DEBUG = True`, django-configurations\' `class Prod(Configuration)`, any class whose name or base names a config/settings class): a class-level `DEBUG = True` (or `1`, or a read that is on when the variable is unset) fails in a production class, in another environment\'s class (`StagingConfig`) and in a base class (`Config`, `BaseConfig`) unless a production class of the same project sets `DEBUG` off; `DevelopmentConfig`/`TestingConfig` classes give `info` notes. Test files are not read.',
            '- Flask (and Quart, APIFlask, Dash: Werkzeug-style development servers): `app.run(debug=True)` fails only when production runs it: `python app.py` (module level, `__main__` guard or a function',
            '  called from it), or unguarded at module level in the module gunicorn imports. Under `if __name__ == "__main__"` in a module that',
            '  production serves with gunicorn it is not run: `production-server` adds an `info` note there, this check stays silent. An `app.run()` without',
            '  `debug=` takes the app\'s own setting: `app.debug = True`, `app.config["DEBUG"] = True` or `app.config.update(DEBUG=True)` outside functions',
            '  before it starts the debugger just the same, reported at that line (a later `False` or `run(debug=False)` turns it off).',
            '- FastAPI/Starlette: `FastAPI(debug=True)`, `Starlette(debug=True)` (also `fastapi.FastAPI(…)`, in an app factory, a call spanning lines) and',
            '  `app.debug = True` on such an app: Starlette then answers every unhandled error with the traceback page, under any server, so it fails',
            '  anywhere in production code (reported at `debug=`); tests, `examples/`/`docs/` and templates are not read, a development-only file, a development',
            '  branch (`if settings.ENV == "local":`, `FastAPI(debug=True) if ENV == "development" else FastAPI()`) or the `if __name__ == "__main__":` guard make it an `info` note. Only modules that import fastapi or starlette',
            '  are read. A value read from the environment is judged like Django\'s DEBUG above (`debug=os.getenv("DEBUG", "false") == "true"` passes, a true',
            '  default fails, a string read fails when the deploy environment sets the variable). A name is followed to where it is set and reported there:',
            '  a module constant (`DEBUG = True`, `DEBUG = config("DEBUG", cast=bool, default=True)`) of the same module or the module it is imported from',
            '  (`from app.config import DEBUG`, `config.DEBUG`), and a settings field (`debug=settings.debug`, `get_settings().debug`): a config class field of that',
            '  name in the same project (`debug: bool = True`, `Field(default=True)`; fields other than `DEBUG` are judged only where an app reads them).',
            '- Litestar (and Starlite): `Litestar(debug=True)` and `app.debug = True` on such an app, judged exactly as FastAPI above (the error response',
            '  carries the traceback under any server); only modules that import litestar are read. `litestar run --debug` (`-d`) in a deploy command fails there.',
            '- Sanic: `app.run(debug=True)`, `app.run(dev=True)` (debug plus the reloader) and `app.prepare(…)` of a Sanic module\'s app: every unhandled error',
            '  answers with its traceback (Sanic\'s documentation: "DO NOT enable debug mode in production"). Sanic\'s own server is production-grade, so',
            '  `python server.py` is how it is deployed: under the `if __name__ == "__main__":` guard (or in a function) the call fails when a production',
            '  entry point runs the module as a script (`python server.py`, `python -m app.server`, also from a start script), and is an `info` note otherwise',
            '  (`sanic server:app` imports the module without running the guard); unguarded at module level it fails. Values are judged as FastAPI\'s above',
            '  (constants followed, env reads by their default). `sanic server:app --debug`/`--dev`/`-d` (also `python -m sanic`) in a deploy command fails',
            '  there; `--reload` alone is not debug mode. `sentry_sdk.init(debug=True)` and other libraries\' debug options are not read.',
            '- Django single-file apps: `settings.configure(DEBUG=True, …)` (or a constant or env read passed as `DEBUG=`, judged as the settings `DEBUG`',
            '  above) in a module that serves a site (`urlpatterns = …` or `get_wsgi_application()`); a module that configures settings without serving one',
            '  (a `runtests.py` test runner, a docs build) and tests are not read; under the `__main__` guard it is an `info` note.',
            '- Phoenix: `debug_errors: true` in a deployed environment\'s `config/<env>.exs` (`prod.exs`, `staging.exs`; not `dev.exs`/`test.exs`).',
            '- Rails: `config.consider_all_requests_local = true` in `config/environments/<env>.rb` for deployed environments (`production.rb`, `staging.rb`…;',
            '  `development.rb`, `test.rb` and `local.rb` are development or test by name and not read). `config/application.rb` is not judged.',
            '- Laravel: `\'debug\' => true` in `config/app.php`, and `\'debug\' => (bool) env(\'APP_DEBUG\', true)` (with or without the cast) whose default',
            '  turns debug on when the variable is unset: `true`, a non-zero number, or any string but `\'\'` and `\'0\'` (`env()` returns a default as written, so',
            '  `\'false\'` is on too). `APP_DEBUG=true` in deployed env files is the env-setting rule above.',
            '- ASP.NET Core: `app.UseDeveloperExceptionPage()` in `.cs` files unless it runs only in development: inside `if (env.IsDevelopment())` /',
            '  `if (app.Environment.IsDevelopment())` (braced or the next line), `IsEnvironment("Development")`, or a `ConfigureDevelopment`/`StartupDevelopment`',
            '  convention method or class (silent: that is the fix). Its `else` branch and negated checks (`if (!env.IsDevelopment())`) fail. `"DetailedErrors": true`',
            '  in `appsettings.json` and `appsettings.<Env>.json` except `Development`/`Local`.',
            '- Spring Boot: `server.error.include-stacktrace=always` (and `on-param`/`on_param`, which any request can trigger with `?trace=true`) in',
            '  `application.properties`/`.yml` and non-development profile files (`application-prod.yml`); `-dev`/`-local` profile files and documents activated',
            '  only for such profiles are not read.',
            `- ${COMPOSE_ENV_REACH_DOC}`,
            '- Dev-only files (`settings/local.py`, `settings/dev*.py`, `docker-compose.override.yml`, `Dockerfile.dev`, test settings) and compose',
            '  services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…) give `info` notes; a compose value several',
            '  services reach (a YAML anchor merged with `<<:`, an `extends` base, a shared `env_file`) is reported once, where it is written, naming every service',
            '  that uses it (a failure when any production service reaches it); template files (`.env.production.example`) are exempt. Skipped when no deploy config, settings or framework configuration it reads exist (a clean `config/app.php`, `production.rb`,\n  `appsettings.json` or `application.properties` is judged and passes).',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    // Django settings modules, wherever they are: the last module-level DEBUG of each.
    scan: () => ({
        accepts: (file) => ((0,classify/* isPython */.r2)(file) && !(0,classify/* isTemplate */.Fl)(file)) || isOtherDebugFile(file),
        file(file, text) {
            if ((0,classify/* isPython */.r2)(file)) {
                // Lexed once, by whichever reader needs it first (most Python files need neither).
                let src;
                const lex = () => (src ??= scanSource(file, text, 'python'));
                const classes = classDebug(file, text, lex);
                const { uses, consts } = asgiDebug(file, text, lex);
                const asgi = uses.length || consts.length ? { asgi: uses, consts } : {};
                if (isSettingsFile(file, text))
                    return { kind: 'settings', debug: moduleDebug(text), classes, ...asgi };
                return classes.length || uses.length || consts.length ? { kind: 'settings', debug: undefined, classes, ...asgi } : undefined;
            }
            const hits = otherDebug(file, text);
            return hits ? { kind: 'config', hits } : undefined;
        },
    }),
    run({ snapshot, scanned, report, skip }) {
        let sources = 0;
        // Settings modules (`debug` undefined: a Python file read only for its config classes).
        const settings = scanned.flatMap((s) => (s.data.kind === 'settings' && s.data.debug !== undefined ? [{ file: s.file, debug: s.data.debug }] : []));
        const configClasses = scanned.flatMap((s) => (s.data.kind === 'settings' ? s.data.classes.map((c) => ({ ...c, file: s.file })) : []));
        // FastAPI/Starlette apps' debug= values: as written, or the constant or settings field they name (followed to the module
        // imported from, or a config class field of that name in the same project).
        const asgiUses = scanned.flatMap((s) => (s.data.kind === 'settings' ? (s.data.asgi ?? []).map((u) => ({ ...u, file: s.file })) : []));
        const constsOf = new Map(scanned.flatMap((s) => (s.data.kind === 'settings' && s.data.consts?.length ? [[s.file, s.data.consts]] : [])));
        const moduleFile = (m, from) => {
            const names = [`${m.path}.py`, `${m.path}/__init__.py`];
            const found = names.flatMap((n) => (filesByName(snapshot).get((0,classify/* basename */.P8)(n)) ?? []).filter((f) => f === n || (!m.exact && f.endsWith(`/${n}`))));
            return found.find((f) => sameProject(f, from)) ?? found[0];
        };
        const asgiConsts = [];
        const fieldUses = new Map();
        for (const u of asgiUses) {
            if (!u.ref)
                continue;
            const mf = u.ref.module ? moduleFile(u.ref.module, u.file) : u.ref.kind === 'const' ? u.file : undefined;
            if (mf) {
                const c = (0,classify/* isTestFile */.hl)(mf) ? undefined : constsOf.get(mf)?.find((k) => k.name === u.ref.name);
                if (c)
                    asgiConsts.push({ use: u, file: mf, c });
            }
            else if (u.ref.kind === 'attr') {
                for (const c of configClasses)
                    if (c.name === u.ref.name && sameProject(c.file, u.file))
                        fieldUses.set(`${c.file}:${c.start}`, [...(fieldUses.get(`${c.file}:${c.start}`) ?? []), u]);
            }
        }
        const usesOf = (c) => fieldUses.get(`${c.file}:${c.start}`) ?? [];
        // The class fields judged: DEBUG, and any other (`debug: bool = True`, `app_debug`) only where an app's debug= reads it.
        const judgedClasses = configClasses.filter((c) => c.name === 'DEBUG' || usesOf(c).length);
        const shownUse = (u) => `${u.what.replace('{}', u.expr)} at ${u.file}:${u.line}`;
        // DJANGO_SETTINGS_MODULE naming a settings module that sets DEBUG = True is debug mode by selection.
        const judge = (key, value) => {
            const direct = debugSetting(key, value);
            if (direct || key !== 'DJANGO_SETTINGS_MODULE' || !value)
                return direct;
            const mod = value.trim().replace(/^(["'])(.*)\1$/, '$2');
            const suffix = `${mod.replace(/\./g, '/')}.py`;
            const hit = settings.find((st) => (st.file === suffix || st.file.endsWith(`/${suffix}`)) && st.debug?.literalTrue);
            return hit ? { setting: `DJANGO_SETTINGS_MODULE=${mod}`, effect: `selects ${hit.file} (DEBUG = True at line ${hit.debug.line})`, cause: { file: hit.file, line: hit.debug.line } } : null;
        };
        // One finding per location; a failure (reached from a production entry point) beats a dev-only note.
        // `dev`: development-only, with why when it is not the file's name (`only in compose profile 'dev'`).
        const once = onePerLocation();
        // `hit`: a value that only selects the real switch (DJANGO_SETTINGS_MODULE) names it, so its suppression covers this too.
        const emit = (f, dev, hit) => {
            const g = hit?.cause ? { ...f, cause: hit.cause } : f;
            once.put(dev ? { ...g, note: true, message: `${f.message} (${dev === true ? 'development-only file' : dev})` } : g);
        };
        const entryDev = (entry) => entry.devOnly && devRemark(entry);
        const advice = '; remove it from deploy config (debug must default to off)';
        // What the deploy environment sets the variables that a settings module reads as a string
        // (`DEBUG = bool(os.environ.get("DEBUG", default=0))`): any non-empty value turns debug on there, `0` and
        // `False` included. A value already reported where it is written (`DEBUG=1`) is not recorded. One per
        // place; a production value replaces a development-only one.
        const stringReads = new Set([
            ...settings.flatMap((st) => (st.debug?.setOn ? [st.debug.setOn] : [])),
            ...asgiUses.flatMap((u) => (u.setOn ? [u.setOn] : [])),
            ...asgiConsts.flatMap((a) => (a.c.setOn ? [a.c.setOn] : [])),
        ]);
        const deployValues = new Map();
        const given = (key, value, at, via, dev, hit) => {
            if (hit || value === null || !stringReads.has(key))
                return;
            const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
            if (!v)
                return;
            const place = `${at.file}:${at.line}:${key}`;
            const prev = deployValues.get(place);
            if (!prev || (prev.dev !== null && dev === null))
                deployValues.set(place, { key, value: v, file: at.file, line: at.line, via, dev });
        };
        // The final stage of each Dockerfile, and the stages compose services build as their `build.target`.
        for (const shipped of shippedStages(snapshot)) {
            const { df, stage } = shipped;
            sources++;
            // What the image ships: the last ENV of each name (a later `ENV NODE_ENV=production` wins), resolved:
            // `ENV NODE_ENV=$NODE_ENV` after `ARG NODE_ENV=development`, `ENV FLASK_DEBUG=${DEBUG:-1}` are what the image
            // gets unless a build argument says otherwise (as `${X:-default}` does in compose).
            for (const e of (0,dockerfile/* shippedEnv */.pN)(df, stage)) {
                const hit = judge(e.name, e.value);
                const byArg = [...(e.raw ?? '').matchAll(/\$\{?(\w+)/g)].some((m) => e.buildArgs.has(m[1]));
                const from = e.value !== e.raw ? ` (resolved from ${e.raw}${byArg ? ': the ARG default, unless a --build-arg overrides it' : ''})` : '';
                if (hit)
                    emit({ file: df.path, line: e.line, column: e.column, message: `ENV ${hit.setting}${from} in ${stageLabel(shipped)} ${hit.effect}${advice}` }, shipped.devReason, hit);
                given(e.name, e.value, { file: df.path, line: e.line }, `ENV in ${stageLabel(shipped)}`, shipped.devReason, hit);
            }
        }
        // Compose values by where they are written: a value several services reach (a YAML anchor merged with `<<:`,
        // an `extends` base, a shared env_file) is one finding there, naming every service that uses it; it fails
        // when a production service reaches it (development-only services alone make it a note).
        const reached = reachedByLocation();
        // Only the repository's own deployment: not the compose files of test and illustration folders, not `extends` bases
        // (their values are reached through the services that extend them).
        for (const cf of judgedComposeFiles(snapshot)) {
            sources++;
            // `DJANGO_DEBUG: ${DJANGO_DEBUG}` takes its value from the committed `.env` compose interpolates with.
            const dotenv = composeDotenvFile(snapshot, cf.path);
            for (const svc of cf.services) {
                const dev = (0,repo_compose/* composeDevOnly */.kZ)(svc);
                const reach = composeEnvReach(snapshot, svc);
                for (const { key, value, path } of (0,repo_compose/* composeEnvironment */.EX)(svc)) {
                    const fromDotenv = dotenvEntryFor(value, dotenv, key);
                    const resolved = fromDotenv ? fromDotenv.value : value === null ? null : composeDefaults(value);
                    const hit = judge(key, resolved);
                    // A production overlay that sets the variable again replaces the base file's value.
                    const over = (hit || stringReads.has(key)) && !dev ? reach.environment(key) : null;
                    // Where the value is written (an `extends` base, a merge-key anchor): one finding per location.
                    reached.add(svc.origin(path), false, svc, dev ?? over, { key, value: resolved, ...(fromDotenv && dotenv ? { from: `${dotenv.path}:${fromDotenv.line}` } : {}) });
                }
                for (const p of (0,repo_compose/* composeEnvFiles */.Df)(svc)) {
                    const env = snapshot.envFileAt(p);
                    if (!env || (0,classify/* isTemplate */.Fl)(p))
                        continue;
                    sources++;
                    for (const e of env.entries) {
                        // As compose's env_file expands it: `${DJANGO_DEBUG:-True}` is its default when the variable is unset.
                        const value = deployedValue(e.value);
                        if (!judge(e.key, value) && !stringReads.has(e.key))
                            continue;
                        // A value the service's `environment:` (or a later env_file) replaces never reaches the container.
                        const over = reach.envFile(p, e.key);
                        if (over === false)
                            continue;
                        reached.add({ file: p, line: e.line, column: e.column }, true, svc, (0,classify/* isDevOnly */.uL)(p) ? 'development-only file' : dev ?? over, { key: e.key, value });
                    }
                }
            }
        }
        for (const r of reached.values()) {
            const { key, value, from } = r.data;
            const hit = judge(key, value);
            const via = r.envFile ? `env_file of ${servicesIn(r.services)}` : namedServices([...new Set(r.services.map((o) => o.name))]);
            const source = from ? ` (interpolated from ${from})` : '';
            if (hit)
                emit({ file: r.file, line: r.line, column: r.column, message: r.envFile ? `${clause(hit)} (${via})${advice}` : `${setBy(via, hit)}${source}${advice}` }, r.dev, hit);
            given(key, value, r, via, r.dev, hit);
        }
        for (const obj of snapshot.k8sObjects()) {
            if ((0,classify/* isTemplate */.Fl)(obj.file) || (0,classify/* isTestFile */.hl)(obj.file))
                continue;
            sources++;
            const dev = (0,classify/* isDevOnly */.uL)(obj.file);
            for (const e of (0,repo_k8s/* configMapData */.LS)(obj)) {
                const hit = judge(e.key, e.value);
                if (hit)
                    emit({ file: obj.file, line: e.line, column: e.column, message: `${setBy(`ConfigMap '${obj.name ?? '?'}'`, hit)}${advice}` }, dev, hit);
                given(e.key, e.value, { file: obj.file, line: e.line }, `ConfigMap '${obj.name ?? '?'}'`, dev ? 'development-only file' : null, hit);
            }
            for (const e of (0,repo_k8s/* containerEnv */.jY)(obj)) {
                const hit = judge(e.name, e.value);
                if (hit)
                    emit({ file: obj.file, line: e.line, column: e.column, message: `${setBy(`container '${e.container.name}'`, hit)}${advice}` }, dev, hit);
                given(e.name, e.value, { file: obj.file, line: e.line }, `container '${e.container.name}'`, dev ? 'development-only file' : null, hit);
            }
        }
        // What kustomize generates (`configMapGenerator`/`secretGenerator` literals), read like a ConfigMap's data.
        for (const { file: f, dev, literals } of kustomizeEnv(snapshot)) {
            sources++;
            for (const e of literals) {
                const hit = judge(e.key, e.value);
                const via = `kustomize ${e.generator} '${e.name}'`;
                if (hit)
                    emit({ file: f, line: e.line, column: e.column, message: `${setBy(via, hit)}${advice}` }, dev, hit);
                given(e.key, e.value, { file: f, line: e.line }, via, dev ? 'development-only file' : null, hit);
            }
        }
        for (const f of snapshot.files) {
            const env = isProductionEnvFile(f) && !(0,classify/* isTemplate */.Fl)(f) && !(0,classify/* isTestFile */.hl)(f) ? snapshot.envFileAt(f) : undefined;
            if (!env)
                continue;
            sources++;
            for (const e of env.entries) {
                // python-dotenv and dotenv-expand expand `${DJANGO_DEBUG:-True}` to its default when the variable is unset.
                const value = deployedValue(e.value);
                const hit = judge(e.key, value);
                if (hit)
                    emit({ file: f, line: e.line, column: e.column, message: `${clause(hit)}${advice}` }, false, hit);
                given(e.key, value, { file: f, line: e.line }, '', null, hit);
            }
        }
        // Hosting platforms' deploy files: fly.toml [env], render.yaml envVars.
        for (const e of platformEnv(snapshot)) {
            sources++;
            const hit = judge(e.key, e.value);
            if (hit)
                emit({ file: e.file, line: e.line, column: e.column, message: `${setBy(e.where, hit)}${advice}` }, e.dev, hit);
            given(e.key, e.value, e, e.where, e.dev ? 'development-only file' : null, hit);
        }
        // The Python files production entry points run as scripts (`python server.py`, `python -m app.server`): Sanic's
        // `app.run` under the `__main__` guard runs there.
        const scriptRunners = new Map();
        for (const entry of entryPoints(snapshot)) {
            sources++;
            const launch = analyseEntry(snapshot, entry);
            for (const f of launch.pythonScripts)
                scriptRunners.set(f, [...(scriptRunners.get(f) ?? []), entry]);
            for (const { argv, file: script } of launch.commands) {
                const cli = cliDebug(argv);
                if (cli)
                    emit({ file: entry.file, line: entry.line, column: entry.column, message: `${entry.where}${script ? ` (through ${script})` : ''} starts ${cli.what} with ${cli.flag}: debug mode answers every unhandled error with its traceback; remove ${cli.flag}` }, entryDev(entry));
            }
            for (const [k, v] of Object.entries(launch.env)) {
                const hit = judge(k, v);
                // A variable set on a line of its own (systemd `Environment=`) is reported there, unless the command sets it again.
                const own = entry.envAt?.[k]?.value === v ? entry.envAt[k] : undefined;
                if (hit)
                    emit({ file: entry.file, line: own?.line ?? entry.line, column: own?.column ?? entry.column, message: `${setBy(entry.where, hit)}${advice}` }, entryDev(entry), hit);
                given(k, v, entry, entry.where, entry.devOnly ? devRemark(entry) : null, hit);
            }
            if (launch.dev?.debug && !launch.dev.file) {
                const at = launch.dev.at;
                const who = at ? `${at.via} (run by ${entry.where} in ${entry.file}:${entry.line})` : entry.where;
                emit({ file: at?.file ?? entry.file, line: at?.line ?? entry.line, column: at?.column ?? entry.column, message: `${who} starts ${launch.dev.what} with debug on (interactive debugger: remote code execution); remove ${launch.dev.debugFlag ?? '--debug'}` }, entryDev(entry));
            }
            for (const { file, call, via } of launch.calls) {
                if (!call.debug || call.scope === 'function' || (via === 'import' && call.scope !== 'module'))
                    continue;
                const set = call.debugSet;
                if (set)
                    emit({ file, line: set.line, column: set.column, message: `${set.what} switches debug on for ${call.call}() (line ${call.line}), which runs in production (${entry.where} in ${entry.file}:${entry.line}): the Werkzeug debugger allows remote code execution; remove it and serve the app with gunicorn` }, entryDev(entry));
                else
                    emit({ file, line: call.line, column: call.column, message: `${call.call}(debug=True) runs in production (${entry.where} in ${entry.file}:${entry.line}): the Werkzeug debugger allows remote code execution; remove debug=True and serve the app with gunicorn` }, entryDev(entry));
            }
        }
        // The deploy values of a variable read as a string; `prod`: only those production gets.
        const valuesOf = (key, prod = false) => (key === null ? [] : [...deployValues.values()].filter((d) => d.key === key && (!prod || d.dev === null)));
        // Whether a settings module's DEBUG is on in production: True, on when unset, or a string the deploy environment sets.
        const on = (d) => d.literalTrue || d.unsetOn !== null || valuesOf(d.setOn, true).length > 0;
        // Where DEBUG is off outside development code, for the override rule every settings check shares (overridingSetting):
        // production code (`settings/production.py`, `class ProductionConfig`) that sets it off overrides a base module's or
        // class's DEBUG (`settings/base.py`, `class Config`); a staging, Heroku or other environment's module is judged on its own.
        // (`start` is the line of a module's last DEBUG, the offset of a class's: each is compared only within its own module or class.)
        const offSettings = [
            ...settings.flatMap((o) => (o.debug && !on(o.debug) && !(0,classify/* isDevOnly */.uL)(o.file) && !(0,classify/* isTestFile */.hl)(o.file) ? [{ file: o.file, name: 'DEBUG', start: o.debug.line, runtime: false, className: null }] : [])),
            ...judgedClasses.flatMap((c) => (!c.on && !c.dev && !(0,classify/* isDevOnly */.uL)(c.file) ? [{ file: c.file, name: 'DEBUG', start: c.start, runtime: false, className: c.className }] : [])),
        ];
        const lineOf = (o) => (o.className === null ? o.start : configClasses.find((c) => c.file === o.file && c.start === o.start)?.line ?? 0);
        const overriddenBy = (hit) => {
            const o = overridingSetting(hit, offSettings);
            return o && `${o.file}:${lineOf(o)}${o.className === null ? '' : ` (${o.className})`}`;
        };
        for (const s of settings) {
            sources++;
            const d = s.debug;
            const set = d ? valuesOf(d.setOn) : [];
            if (!d || (!d.literalTrue && !d.unsetOn && !set.length))
                continue;
            const dev = (0,classify/* isDevOnly */.uL)(s.file) || (0,classify/* isTestFile */.hl)(s.file);
            const prod = dev ? undefined : overriddenBy({ file: s.file, name: 'DEBUG', start: d.line, runtime: false, className: null });
            const what = d.literalTrue ? 'DEBUG = True' : d.unsetOn ? `DEBUG defaulting to on when ${d.unsetOn} is unset` : `DEBUG read as a string from ${d.setOn}`;
            if (prod) {
                emit({ file: s.file, line: d.line, column: d.column, note: true, message: `${what} here is overridden by ${prod} for production` }, false);
                continue;
            }
            const fix = 'read it from the environment with a false default (DEBUG = os.environ.get("DJANGO_DEBUG") == "1")';
            if (!d.literalTrue && !d.unsetOn) {
                // Set in production, or (a note) only by development-only config.
                const prodSet = set.filter((g) => g.dev === null);
                const shown = prodSet.length ? prodSet : set;
                const list = shown.slice(0, 3).map((g) => `${g.key}=${g.value} in ${g.file}:${g.line}${g.via ? ` (${g.via})` : ''}`).join(', ') + (shown.length > 3 ? ` and ${shown.length - 3} more` : '');
                emit({
                    file: s.file, line: d.line, column: d.column,
                    message: `DEBUG = ${d.expr} is true for any non-empty ${d.setOn} (a non-empty string is true to Python: "0" and "False" too), and the deploy environment sets ${list}: debug is on, showing stack traces and settings to visitors; read it as a boolean: DEBUG = os.environ.get("${d.setOn}") == "1" (or env.bool("${d.setOn}", default=False))`,
                }, dev || (prodSet.length ? null : `${d.setOn} is set only by development-only config: ${shown[0].dev}`));
                continue;
            }
            emit({
                file: s.file, line: d.line, column: d.column,
                message: d.literalTrue
                    ? `DEBUG = True in Django settings shows stack traces and settings to visitors; ${fix}`
                    : `debug defaults to on when ${d.unsetOn} is unset: a deploy that forgets the variable shows stack traces and settings to visitors; ${fix}`,
            }, dev);
        }
        // Config classes (Flask's `class ProductionConfig(Config): DEBUG = True`): a production class, a base class no
        // production class overrides, or a class of another environment fails; development and test classes give notes.
        for (const c of judgedClasses) {
            sources++;
            const used = usesOf(c);
            if (!c.on)
                continue;
            const dev = c.dev || (0,classify/* isDevOnly */.uL)(c.file);
            const prod = dev ? undefined : overriddenBy({ file: c.file, name: 'DEBUG', start: c.start, runtime: false, className: c.className });
            const what = c.unsetOn ? `${c.name} defaulting to on when ${c.unsetOn} is unset` : `${c.name} = ${c.expr}`;
            if (prod) {
                emit({ file: c.file, line: c.line, column: c.column, note: true, message: `${what} in config class ${c.className} is overridden by ${prod} for production` }, false);
                continue;
            }
            emit({
                file: c.file, line: c.line, column: c.column,
                message: `${what} in config class ${c.className} turns on debug mode (${used.length ? `${APP_LABEL[used[0].framework]}: tracebacks with source lines shown to visitors; read by ${used.slice(0, 2).map(shownUse).join(', ')}${used.length > 2 ? ` and ${used.length - 2} more` : ''}` : c.pydantic ? 'FastAPI/Starlette with debug=settings.DEBUG: tracebacks with source lines shown to visitors' : 'Flask: the Werkzeug debugger, remote code execution; stack traces shown to visitors'}); ${c.pydantic || used.length ? `default it to False (${c.name}: bool = False; a pydantic settings class still reads ${c.name.toUpperCase()} from the environment, so development can turn it on)` : `set ${c.name} = True only in a development config class, or read it from the environment with a false default`}`,
            }, dev ? (c.dev ? `development config class ${c.className}` : true) : c.name !== 'DEBUG' && used.every((u) => u.dev || (0,classify/* isDevOnly */.uL)(u.file)) ? `read only by an app ${used[0].dev ?? 'in a development-only file'}` : false);
        }
        // FastAPI/Starlette: `FastAPI(debug=True)` is on under any server (uvicorn, gunicorn workers), so it fails anywhere in
        // production code; a value from a constant is reported where the constant is set (settings fields: the class rule above).
        /** What a value does and the fix, or null when it is off: the tail of a message. */
        const asgiTail = (v, framework) => {
            const ASGI_EFFECT = APP_EFFECT[framework];
            const kw = framework === 'django' ? 'DEBUG' : 'debug';
            const asgiFix = (name) => `read it from the environment with a false default (${kw}=os.getenv("${name}") == "1")`;
            if (v.on)
                return { text: `${ASGI_EFFECT}; remove it, or ${asgiFix('DEBUG')}`, dev: null };
            if (v.unsetOn)
                return { text: `defaults to on when ${v.unsetOn} is unset: a deploy that forgets the variable ${ASGI_EFFECT}; ${asgiFix(v.unsetOn)}`, dev: null };
            const set = valuesOf(v.setOn);
            if (!set.length)
                return null;
            const prodSet = set.filter((g) => g.dev === null);
            const shown = prodSet.length ? prodSet : set;
            const list = shown.slice(0, 3).map((g) => `${g.key}=${g.value} in ${g.file}:${g.line}${g.via ? ` (${g.via})` : ''}`).join(', ') + (shown.length > 3 ? ` and ${shown.length - 3} more` : '');
            return { text: `is true for any non-empty ${v.setOn} (a non-empty string is true to Python: "0" and "False" too), and the deploy environment sets ${list}: it ${ASGI_EFFECT}; read it as a boolean: ${kw}=os.getenv("${v.setOn}") == "1"`, dev: prodSet.length ? null : `${v.setOn} is set only by development-only config: ${shown[0].dev}` };
        };
        // Sanic's `app.run(debug=True)` under the `__main__` guard (or in a function) runs when production runs the module as a
        // script (`python server.py`: Sanic's own server is production-grade, so that is how it is deployed); otherwise it is a note.
        const runBy = (u) => (u.script ? scriptRunners.get(u.file)?.find((e) => !e.devOnly) : undefined);
        const ranBy = (e) => (e ? ` (run by ${e.where} in ${e.file}:${e.line})` : '');
        for (const u of asgiUses) {
            if (u.ref)
                continue;
            sources++;
            const tail = asgiTail(u, u.framework);
            if (!tail)
                continue;
            const subject = u.what.replace('{}', u.unsetOn ? '…' : u.expr);
            const by = runBy(u);
            emit({ file: u.file, line: u.line, column: u.column, message: `${subject}${ranBy(by)} ${tail.text}` }, (by ? null : u.dev) ?? ((0,classify/* isDevOnly */.uL)(u.file) || tail.dev));
        }
        for (const { use, file, c } of asgiConsts) {
            sources++;
            const tail = asgiTail(c, use.framework);
            if (!tail)
                continue;
            const text = c.on ? `it ${tail.text}` : c.unsetOn ? `debug ${tail.text}` : `${c.name} ${tail.text}`;
            const by = runBy(use);
            emit({ file, line: c.line, column: c.column, message: `${c.name} = ${c.expr} is passed to ${shownUse(use)}${ranBy(by)}: ${text}` }, (by ? null : use.dev) ?? ((0,classify/* isDevOnly */.uL)(use.file) || (0,classify/* isDevOnly */.uL)(file) || tail.dev));
        }
        // Rails, Laravel, ASP.NET Core and Spring Boot switches, as the scan found them.
        for (const { file, data } of scanned) {
            if (data.kind !== 'config')
                continue;
            sources++;
            for (const h of data.hits)
                emit({ file, line: h.line, column: h.column, message: h.message }, (0,classify/* isDevOnly */.uL)(file));
        }
        for (const f of once.findings())
            report(f);
        if (!sources)
            skip('no deploy config, production env file, settings module or framework configuration');
    },
});

;// CONCATENATED MODULE: ./lib/checks/util/secrets.js

const isExampleToken = (v) => /example|EXAMPLE|x{8,}|X{8,}|0{8,}|(?:abcd|1234){3,}/.test(v) || isSequentialDummy(v) || DOCUMENTED_EXAMPLES.has(v);
/** Also a run of 8 equal characters (`AAAAAAAA…`): never in a random token body, the usual hand-made filler. */
const isFillerToken = (v) => isExampleToken(v) || /(.)\1{7,}/.test(v);
/**
 * A token whose secret part is masked in the line (`xoxp-572370529330-573807301142-572331691188-####################`:
 * gitleaks' false positive): the match stops where the mask (`#`, `*`, `•`, `…`) begins.
 */
const isMaskedToken = (v, line) => {
    const at = line.indexOf(v);
    return at !== -1 && /^-?[#*•…]{3,}/.test(line.slice(at + v.length));
};
/**
 * Whether a value is mostly counting runs: letters or digits that step by one, up or down
 * (case-insensitive; `…7890` wraps), in runs of at least 4, making up at least 60% of its
 * letters and digits: `ghp_1234567890abcdefghijklmnopqrstuvwxyz`, `AKIAABCDEFGHIJKLMNOP`.
 * Random tokens almost never hold a run of 4; reaching 60% by chance is out of the question.
 */
function isSequentialDummy(value) {
    const chars = value.toLowerCase();
    let alnum = 0;
    let inRuns = 0;
    let run = 0;
    let dir = 0;
    const end = () => { if (run >= 4)
        inRuns += run; run = 0; dir = 0; };
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (!/[a-z0-9]/.test(c)) {
            end();
            continue;
        }
        alnum++;
        const prev = run ? chars[i - 1] : '';
        const step = prev ? (prev === '9' && c === '0' ? 1 : prev === '0' && c === '9' ? -1 : c.charCodeAt(0) - prev.charCodeAt(0)) : 0;
        const sameClass = prev !== '' && /[0-9]/.test(prev) === /[0-9]/.test(c);
        if (sameClass && (step === 1 || step === -1) && (dir === 0 || step === dir)) {
            run++;
            dir = step;
            continue;
        }
        // A digit run may flow into a letter run (`…7890abc…`): a new run starts at this character.
        end();
        run = 1;
    }
    end();
    return alnum >= 8 && inRuns / alnum >= 0.6;
}
/**
 * Token formats, re-expressed from gitleaks' `config/gitleaks.toml` and the secretlint
 * recommended preset (`@secretlint/secretlint-rule-*`). Kept to formats with a distinctive prefix
 * so a match is high-confidence on its own.
 */
const TOKEN_RULES = [
    // secretlint-rule-aws / gitleaks aws-access-token; AKIAIOSFODNN7EXAMPLE is AWS's documented example.
    { id: 'aws-access-key-id', label: 'AWS access key id', prefix: 'AKIA', prefixLength: 4, re: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, reject: isExampleToken },
    // secretlint-rule-aws: only the AWS_SECRET_ACCESS_KEY-named form (a bare 40-char string is not distinctive).
    { id: 'aws-secret-access-key', label: 'AWS secret access key', prefix: '', re: /aws_?secret_?access_?key["'`]?\]?\s*(?::=|=>|[:=])\s*["'`]?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi, reject: isExampleToken },
    // secretlint-rule-github
    { id: 'github-token', label: 'GitHub token', prefix: 'gh', prefixLength: 4, re: /(?<![A-Za-z0-9_])((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g, reject: isExampleToken },
    { id: 'github-fine-grained-token', label: 'GitHub fine-grained token', prefix: 'github_pat_', re: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g, reject: isExampleToken },
    // gitleaks gitlab-pat
    { id: 'gitlab-token', label: 'GitLab personal access token', prefix: 'glpat-', re: /(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,})/g, reject: isExampleToken },
    // secretlint-rule-slack / gitleaks slack-*-token, slack-webhook-url
    { id: 'slack-token', label: 'Slack token', prefix: 'xox', prefixLength: 5, re: /(?<![A-Za-z0-9])(xox[abposre]-(?:\d{6,}-)+[A-Za-z0-9-]{8,})/g, reject: (v, line) => isExampleToken(v) || isMaskedToken(v, line) },
    { id: 'slack-webhook', label: 'Slack webhook URL', prefix: 'https://hooks.slack.com/', re: /(https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_]{6,}\/[A-Za-z0-9_]{16,})/g, reject: isExampleToken },
    // gitleaks stripe-access-token (live keys only: test-mode keys cannot move money).
    { id: 'stripe-live-key', label: 'Stripe live secret key', prefix: 'sk_live_', prefixLength: 8, re: /(?<![A-Za-z0-9_])((?:sk|rk)_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])/g, reject: isExampleToken },
    // secretlint-rule-gcp / gitleaks gcp-api-key
    { id: 'google-api-key', label: 'Google API key', prefix: 'AIza', re: /(?<![A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
    // secretlint-rule-sendgrid
    { id: 'sendgrid-key', label: 'SendGrid API key', prefix: 'SG.', re: /(?<![A-Za-z0-9_-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
    // secretlint-rule-npm
    { id: 'npm-token', label: 'npm access token', prefix: 'npm_', re: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])/g, reject: isExampleToken },
    // secretlint-rule-openai (project/service-account/admin keys and the legacy T3BlbkFJ form)
    { id: 'openai-key', label: 'OpenAI API key', prefix: 'sk-', re: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
    // secretlint-rule-anthropic
    { id: 'anthropic-key', label: 'Anthropic API key', prefix: 'sk-ant-', re: /(?<![A-Za-z0-9_-])(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,130})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
    // gitleaks twilio-api-key
    { id: 'twilio-key', label: 'Twilio API key', prefix: 'SK', re: /(?<![A-Za-z0-9_])(SK[0-9a-f]{32})(?![A-Za-z0-9_])/g, reject: isExampleToken },
    // gitleaks shopify-*
    { id: 'shopify-token', label: 'Shopify access token', prefix: 'shp', prefixLength: 6, re: /(?<![A-Za-z0-9_])(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9])/g, reject: isExampleToken },
    // gitleaks gitlab-* (docs.gitlab.com "Token prefixes"); job tokens (`glcbt-`, valid only while a job runs) and feature-flag client tokens are left out.
    ...[
        ['gitlab-deploy-token', 'GitLab deploy token', 'gldt-', /(?<![A-Za-z0-9_-])(gldt-[A-Za-z0-9_-]{20,})/g],
        ['gitlab-runner-token', 'GitLab runner authentication token', 'glrt-', /(?<![A-Za-z0-9_-])(glrt-[A-Za-z0-9_-]{20,})/g],
        ['gitlab-feed-token', 'GitLab feed token', 'glft-', /(?<![A-Za-z0-9_-])(glft-[A-Za-z0-9_-]{20,})/g],
        ['gitlab-trigger-token', 'GitLab pipeline trigger token', 'glptt-', /(?<![A-Za-z0-9_-])(glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/g],
        ['gitlab-oauth-secret', 'GitLab OAuth application secret', 'gloas-', /(?<![A-Za-z0-9_-])(gloas-[A-Za-z0-9_-]{64,})/g],
        ['gitlab-mail-token', 'GitLab incoming mail token', 'glimt-', /(?<![A-Za-z0-9_-])(glimt-[A-Za-z0-9_-]{25,})/g],
        ['gitlab-scim-token', 'GitLab SCIM token', 'glsoat-', /(?<![A-Za-z0-9_-])(glsoat-[A-Za-z0-9_-]{20,})/g],
        ['gitlab-agent-token', 'GitLab agent for Kubernetes token', 'glagent-', /(?<![A-Za-z0-9_-])(glagent-[A-Za-z0-9_-]{50,})/g],
    ].map(([id, label, prefix, re]) => ({ id, label, prefix, re, reject: isFillerToken })),
    // gitleaks slack-app-token: `xapp-<n>-<app id>-<number>-<secret>`.
    { id: 'slack-app-token', label: 'Slack app-level token', prefix: 'xapp-', re: /(?<![A-Za-z0-9])(xapp-\d-[A-Z0-9]{8,}-\d{8,}-[A-Za-z0-9]{32,})(?![A-Za-z0-9])/g, reject: isFillerToken },
    // gitleaks pypi-upload-token: a macaroon whose base64 always starts with the `pypi.org` location.
    { id: 'pypi-token', label: 'PyPI upload token', prefix: 'pypi-', re: /(?<![A-Za-z0-9_-])(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/g, reject: isExampleToken },
    // gitleaks digitalocean-pat / -access-token / -refresh-token.
    { id: 'digitalocean-token', label: 'DigitalOcean token', prefix: 'do', prefixLength: 7, re: /(?<![A-Za-z0-9_])(do[por]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/g, reject: isFillerToken },
    // secretlint-rule-hashicorp-vault / gitleaks vault-service-token, vault-batch-token (Vault 1.10+ formats).
    { id: 'vault-token', label: 'HashiCorp Vault token', prefix: 'hv', prefixLength: 4, re: /(?<![A-Za-z0-9_.-])(hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
    // trufflehog azure_storage: a 512-bit key is 86 base64 characters and `==`, the last one of `AQgw`
    // (Cosmos DB account keys have the same shape). The storage and Cosmos DB emulators' published keys pass.
    { id: 'azure-account-key', label: 'Azure storage/Cosmos DB account key', prefix: 'AccountKey=', re: /AccountKey=([A-Za-z0-9+/]{85}[AQgw]==)(?![A-Za-z0-9+/=])/g, reject: (v) => isFillerToken(v) || v.startsWith('Eby8vdM02xNOcqFl') || v.startsWith('C2y6yDjf5/R+ob0N') },
    // secretlint-rule-huggingface: 34 random letters, so both cases appear (an identifier `hf_…` with 34 lower-case letters is not a token).
    { id: 'huggingface-token', label: 'Hugging Face access token', prefix: 'hf_', re: /(?<![A-Za-z0-9_])(hf_[A-Za-z]{34})(?![A-Za-z0-9_])/g, reject: (v) => isFillerToken(v) || !/[A-Z]/.test(v.slice(3)) || !/[a-z]/.test(v.slice(3)) },
    // trufflehog telegrambottoken / gitleaks telegram-bot-api-token: `<bot id>:` and 35 characters, which start with `AA`.
    // Telegram's documented example (`110201543:AAHdqTcv…`, 34 characters) is too short to match.
    { id: 'telegram-bot-token', label: 'Telegram bot token', prefix: '', re: /(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
    // gitleaks postman-api-token.
    { id: 'postman-key', label: 'Postman API key', prefix: 'PMAK-', re: /(?<![A-Za-z0-9_-])(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
    // gitleaks new-relic-user-api-key.
    { id: 'newrelic-user-key', label: 'New Relic user API key', prefix: 'NRAK-', re: /(?<![A-Za-z0-9_-])(NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
    // secretlint-rule-grafana / gitleaks grafana-cloud-api-token, grafana-service-account-token.
    { id: 'grafana-cloud-token', label: 'Grafana Cloud token', prefix: 'glc_', re: /(?<![A-Za-z0-9_])(glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])/g, reject: isFillerToken },
    { id: 'grafana-service-account-token', label: 'Grafana service account token', prefix: 'glsa_', re: /(?<![A-Za-z0-9_])(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])/g, reject: isFillerToken },
    // gitleaks age-secret-key: bech32 (no `1`, `b`, `i`, `o` after the separator), upper case.
    { id: 'age-secret-key', label: 'age secret key', prefix: 'AGE-SECRET-KEY-1', re: /(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/g, reject: isFillerToken },
    // trufflehog doppler (personal, service with its config slug, CLI, service account tokens).
    { id: 'doppler-token', label: 'Doppler token', prefix: 'dp.', prefixLength: 6, re: /(?<![A-Za-z0-9_.-])(dp\.(?:pt|ct|sa|st(?:\.[a-z0-9_-]{2,35})?)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/g, reject: isFillerToken },
    // gitleaks linear-api-key.
    { id: 'linear-key', label: 'Linear API key', prefix: 'lin_api_', re: /(?<![A-Za-z0-9_])(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])/g, reject: isFillerToken },
    // gitleaks square-access-token (`sq0atp-`) and Square OAuth application secrets (`sq0csp-`).
    { id: 'square-token', label: 'Square access token or application secret', prefix: 'sq0', prefixLength: 7, re: /(?<![A-Za-z0-9_-])(sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
    // gitleaks atlassian-api-token (the 2023+ `ATATT3` format, 192 characters).
    { id: 'atlassian-token', label: 'Atlassian API token', prefix: 'ATATT3', re: /(?<![A-Za-z0-9_=-])(ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])/g, reject: isFillerToken },
    // gitleaks sentry-org-token (base64 JSON claims, `_`, 43-character secret) and sentry-user-token.
    { id: 'sentry-token', label: 'Sentry auth token', prefix: 'sntry', prefixLength: 7, re: /(?<![A-Za-z0-9_])(sntrys_eyJ[A-Za-z0-9+/]{20,400}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/_=])/g, reject: isFillerToken },
    // The Supabase CLI's own access-token pattern (`sbp_`, optionally `sbp_oauth_`, 40 hex).
    { id: 'supabase-token', label: 'Supabase access token', prefix: 'sbp_', re: /(?<![A-Za-z0-9_])(sbp_(?:oauth_)?[a-f0-9]{40})(?![A-Za-z0-9_])/g, reject: isFillerToken },
    // gitleaks planetscale-api-token / -password / -oauth-token (a trailing `.` is punctuation, not the token).
    { id: 'planetscale-token', label: 'PlanetScale token or password', prefix: 'pscale_', re: /(?<![A-Za-z0-9_])(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{31,63}[A-Za-z0-9_=-])(?![A-Za-z0-9_=-])/g, reject: isFillerToken },
    // gitleaks stripe-access-token's webhook form: a webhook signing secret lets anyone forge Stripe events.
    { id: 'stripe-webhook-secret', label: 'Stripe webhook signing secret', prefix: 'whsec_', re: /(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/]{32,100})(?![A-Za-z0-9+/])/g, reject: isFillerToken },
    // gitleaks gcp-client-secret… Google OAuth client secrets (`GOCSPX-` and 28 characters).
    { id: 'google-oauth-client-secret', label: 'Google OAuth client secret', prefix: 'GOCSPX-', re: /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
    // gitleaks heroku-api-key-v2.
    { id: 'heroku-key', label: 'Heroku API key', prefix: 'HRKU-', re: /(?<![A-Za-z0-9_-])(HRKU-AA[0-9A-Za-z_-]{58})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
    // gitleaks cloudflare-origin-ca-key.
    { id: 'cloudflare-origin-ca-key', label: 'Cloudflare Origin CA key', prefix: 'v1.0-', re: /(?<![A-Za-z0-9_.-])(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9])/g, reject: isFillerToken },
    // gitleaks mailgun-private-api-token (the documented example is DOCUMENTED_EXAMPLES').
    { id: 'mailgun-key', label: 'Mailgun API key', prefix: 'key-', re: /(?<![A-Za-z0-9_-])(key-[a-f0-9]{32})(?![A-Za-z0-9_-])/g, reject: (v) => isFillerToken(v) || isExampleToken(v) },
    // gitleaks discord-webhook… a Discord webhook URL posts to the channel as the bot.
    { id: 'discord-webhook', label: 'Discord webhook URL', prefix: 'discord', re: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/[A-Za-z0-9_-]{60,})/g, reject: isFillerToken },
    // trufflehog dockerhub (v2): a Docker Hub personal access token (`dckr_pat_` and 27 characters) pushes images as its owner.
    { id: 'dockerhub-pat', label: 'Docker Hub personal access token', prefix: 'dckr_pat_', re: /(?<![A-Za-z0-9_])(dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g, reject: isFillerToken },
    // gitleaks azure-ad-client-secret: 3 characters, a digit, `Q~`, 31–34 characters.
    { id: 'azure-ad-client-secret', label: 'Azure AD client secret', prefix: 'Q~', re: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g, reject: isFillerToken },
];
/**
 * Literal prefilter, the readable definition: a line is looked at for tokens only when it holds
 * one of these token prefixes, the start of a URL with credentials or the private-key armour
 * (case-sensitive: the formats are). Assignments are prefiltered separately by the name before
 * each `=`/`:`. The scan runs TOKEN_LINE_PREFILTER (below), held to select the same lines.
 */
const TOKEN_PREFILTER = /dckr_pat_|AKIA|ASIA|ABIA|ACCA|A3T|gh[pousr]_|github_pat_|gl(?:pat|dt|rt|ft|ptt|oas|imt|soat|agent)-|xox[abposre]-|xapp-|hooks\.slack\.com|[sr]k_live_|AIza|SG\.|npm_|sk-|SK[0-9a-f]{4}|shp(?:at|ca|pa|ss)_|pypi-AgEIcHlwaS5vcmc|do[por]_v1_|hv[sb]\.|AccountKey=|hf_|[0-9]:AA|PMAK-|NRAK-|gl(?:c|sa)_|AGE-SECRET-KEY-1|dp\.(?:pt|st|ct|sa)\.|lin_api_|sq0(?:atp|csp)-|ATATT3|sntry[su]_|sbp_|pscale_(?:tkn|pw|oauth)_|whsec_|GOCSPX-|HRKU-|v1\.0-|key-|discord(?:app)?\.com\/api\/webhooks\/|[0-9]Q~|-----BEGIN|[Aa][Ww][Ss]_?[Ss][Ee][Cc][Rr][Ee][Tt]|:\/\/[^\s/:@]{0,100}:[^\s/@]{0,200}@/g;
/**
 * The lines TOKEN_PREFILTER matches, found far faster (the costliest regex of a scan). Most of
 * its alternatives start with a common letter (`g`, `s`, `a`, `h`, `n`, `x`, `d`, `p`), so V8 had
 * to try them at almost every position. Here every alternative starts at one of a few rarer
 * characters: `A`, `S`, the `_` or `-` inside the prefix, the `.` of `hvs.`/`dp.pt.`/`.slack.com`,
 * the `@` of URL credentials, the `W` of `aws_secret`; the part before that character is checked
 * by a lookbehind, one per anchor character holding every prefix that ends there (`(?<=(?:npm|hf|…)_)`).
 * The cost grows with how often the anchor characters occur, not with the number of prefixes:
 * a format whose prefix holds no rare character has no rule here (Databricks' `dapi` + 32 hex: its
 * cheapest anchor, `p`, added a third to this regex's time on a 97 MB monorepo). A match lies on the same line as the
 * original's (no lookbehind crosses a line break), so both select the same lines; a property
 * test holds them to that (test/fuzz/prefilters.test.ts).
 */
const TOKEN_LINE_PREFILTER = /A(?:KIA|SIA|BIA|CCA|3T|Iza|ccountKey=|GE-SECRET-KEY-1|TATT3|gEIcHlwaS5vcmc(?<=pypi-AgEIcHlwaS5vcmc)|A(?<=[0-9]:AA))|S(?:G\.|K[0-9a-f]{4})|_(?<=(?:gh[pousr]|github(?=_pat_)|dckr_pat|[sr]k(?=_live_)|npm|shp(?:at|ca|pa|ss)|do[por]_v1|hf|gl(?:c|sa)|lin_api|sntry[su]|sbp|pscale_(?:tkn|pw|oauth)|whsec)_)|-(?:(?<=(?:gl(?:pat|dt|rt|ft|ptt|oas|imt|soat|agent)|xox[abposre]|xapp|sk|PMAK|NRAK|sq0(?:atp|csp)|GOCSPX|HRKU|v1\.0|key)-)|----BEGIN)|\.(?:(?<=(?:hv[sb]|dp(?=\.(?:pt|st|ct|sa)\.))\.)|slack\.com(?<=hooks\.slack\.com)|com\/api\/webhooks\/(?<=discord(?:app)?\.com\/api\/webhooks\/))|~(?<=[0-9]Q~)|@(?<=:\/\/[^\s/:@]{0,100}:[^\s/@]{0,200}@)|[Ww][Ss]_?[Ss][Ee][Cc][Rr][Ee][Tt](?<=[Aa][Ww][Ss]_?[Ss][Ee][Cc][Rr][Ee][Tt])/g;
const SECRET_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'pw', 'passphrase', 'secret', 'token', 'credential', 'credentials', 'creds', 'apikey', 'accesskey', 'secretkey', 'privatekey', 'authtoken', 'accesstoken', 'refreshtoken', 'apitoken', 'bearertoken', 'sessiontoken', 'authkey', 'signingkey', 'encryptionkey', 'masterkey', 'clientsecret']);
/** Qualifiers that make a following `key` secret (`API_KEY`, `PRIVATE_KEY`, `APP_KEY`). */
const KEY_QUALIFIERS = new Set(['api', 'private', 'secret', 'access', 'auth', 'signing', 'encryption', 'master', 'app', 'hmac', 'jwt', 'session', 'crypt', 'cipher', 'license', 'service', 'client', 'webhook']);
/**
 * Which key of a qualified set a name means (`ENCRYPTION_PRIMARY_KEY`, `ENCRYPTION_DETERMINISTIC_KEY`, Supabase's
 * `SERVICE_ROLE_KEY`): the qualifier before them still applies, and without one they are no secret (`PRIMARY_KEY`).
 */
const KEY_ROLES = new Set(['primary', 'deterministic', 'role']);
/**
 * Words before a final `key` that say which record, entry, field or public half it names, not a credential:
 * database and table keys (`PRIMARY_KEY`, `FOREIGN_KEY`, `SORT_KEY`, `PARTITION_KEY`), cache, storage and lookup
 * keys (`CACHE_KEY`, `STORAGE_KEY`, `QUERY_KEY`, `IDEMPOTENCY_KEY`), message and translation keys (`I18N_KEY`,
 * `LABEL_KEY`), UI keys (`EVENT_KEY`, `SHIFT_KEY`), public halves (`PUBLIC_KEY`, `SITE_KEY`: reCAPTCHA's) and
 * signature key ids (`GPG_KEY`: the official images' fingerprint).
 */
const NOT_CREDENTIAL_KEY_QUALIFIERS = new Set([
    'primary', 'foreign', 'unique', 'composite', 'compound', 'natural', 'surrogate', 'sort', 'sorting', 'order', 'partition', 'range', 'hash', 'row', 'column', 'col',
    'table', 'record', 'entity', 'entry', 'item', 'object', 'data', 'document', 'doc', 'node', 'child', 'parent', 'group', 'list', 'array', 'map', 'dict',
    'lookup', 'index', 'idx', 'upload', 'download', 'cache', 'cached', 'caching', 'storage', 'store', 'state', 'context', 'ctx', 'injection', 'query', 'filter', 'field', 'attr',
    'attribute', 'property', 'prop', 'param', 'value', 'label', 'name', 'display', 'title', 'text', 'message', 'msg', 'string', 'i18n', 'l10n',
    'translation', 'locale', 'lang', 'language', 'route', 'routing', 'path', 'url', 'file', 'image', 'bucket', 'blob', 'prefix', 'event', 'action',
    'active', 'selected', 'expanded', 'meta', 'ctrl', 'shift', 'alt', 'hot', 'keyboard', 'shortcut', 'lock', 'mutex', 'dedup', 'dedupe', 'idempotency',
    'correlation', 'request', 'trace', 'tracking', 'metric', 'counter', 'rate', 'limit', 'queue', 'topic', 'stream', 'shard', 'feature', 'flag',
    'toggle', 'experiment', 'config', 'setting', 'settings', 'option', 'env', 'namespace', 'version', 'schema', 'type', 'kind', 'id', 'form', 'input',
    'public', 'pub', 'publishable', 'site', 'vapid', 'write', 'verify', 'verification', 'gpg', 'pgp', 'gnupg', 'apt', 'react', 'vue',
    // Supabase's anon key ships to browsers (`SUPABASE_ANON_KEY`); an `ANON_SECRET` or `DB_ANON_PASSWORD` is still a secret.
    'anon',
    // Which member of a response holds the page (the AWS SDK's paginator definitions: `"result_key": "Reservations"`).
    'result', 'results', 'output',
]);
/**
 * Whether the `key` at `i` of a name's tokens names a credential: after a qualifier (`API_KEY`, `APP_KEY`, also through a
 * role: `ENCRYPTION_PRIMARY_KEY`, `SERVICE_ROLE_KEY`), or as the last word after a vendor's or a purpose's name
 * (`STRIPE_KEY`, `OPENAI_KEY`, `MAILGUN_KEY`, `FERNET_KEY`): the notion a Kubernetes Secret's keys share, there without
 * the exceptions (a Secret says its values are secret). Not after a word for a record, entry or public half
 * ({@link NOT_CREDENTIAL_KEY_QUALIFIERS}: `PRIMARY_KEY`, `CACHE_KEY`, `PUBLIC_KEY`), nor a bare `KEY`.
 */
function isCredentialKey(t, i) {
    if (t[i] !== 'key' || i === 0)
        return false;
    const before = t[i - 1];
    if (KEY_QUALIFIERS.has(before) || (KEY_ROLES.has(before) && i > 1 && KEY_QUALIFIERS.has(t[i - 2])))
        return true;
    return i === t.length - 1 && !KEY_ROLES.has(before) && !NOT_CREDENTIAL_KEY_QUALIFIERS.has(before) && /^[a-z][a-z0-9]+$/.test(before);
}
/**
 * Personal access tokens by their usual abbreviation (`GITHUB_PAT`, `GH_PAT`, `AZURE_DEVOPS_PAT`): after a qualifier only,
 * since a bare `pat` is Python's usual name for a regular expression (and `PATH` is another word).
 */
const isPat = (t, i) => t[i] === 'pat' && i > 0;
/**
 * A secret word followed by one of these names something *about* the secret (its file, length,
 * lifetime, name…), not the secret itself: `PASSWORD_FILE`, `PASSWORD_MIN_LENGTH`, `TOKEN_URL`.
 */
const META_WORDS = new Set(['file', 'files', 'path', 'paths', 'dir', 'directory', 'name', 'names', 'url', 'uri', 'urls', 'endpoint', 'host', 'port', 'id', 'ids', 'arn', 'ref', 'user', 'username', 'login', 'email', 'length', 'len', 'min', 'max', 'size', 'count', 'ttl', 'timeout', 'expiry', 'expires', 'expire', 'expiration', 'lifetime', 'age', 'seconds', 'secs', 'sec', 'minutes', 'mins', 'hours', 'days', 'ms', 'header', 'headers', 'type', 'types', 'kind', 'algorithm', 'algorithms', 'alg', 'enabled', 'enable', 'disabled', 'disable', 'required', 'require', 'policy', 'validators', 'validator', 'hashers', 'hasher', 'hash', 'hashed', 'field', 'fields', 'param', 'params', 'prefix', 'suffix', 'format', 'mode', 'version', 'provider', 'backend', 'class', 'location', 'regex', 'pattern', 'env', 'var', 'key_name', 'store', 'manager', 'label', 'placeholder', 'hint', 'reset', 'rotation', 'strength', 'chars', 'charset', 'digits', 'scope', 'scopes', 'audience', 'issuer', 'cookie', 'storage', 'lifespan', 'retries', 'attempts', 'command', 'cmd', 'generator', 'template', 'mount', 'volume', 'source', 'ssm', 'vault', 'keyvault', 'selector', 'config', 'path_prefix', 'bucket', 'region', 'sha', 'checksum', 'fingerprint', 'pub', 'public', 'usage', 'limit', 'rate', 'interval', 'level', 'index', 'tokens', 'prefilter', 're', 'regexp', 'rule', 'rules', 'cache', 'digest', 'etag',
    // What serves, checks or shapes the secret, not the secret: `TOKEN_SERVICE`, `TOKEN_SERVER`, `TOKEN_INTROSPECTION`, `PASSWORD_ENCODER`,
    // `TOKEN_MODEL` (an LLM tokenizer's), `AWS_CREDENTIALS_PROFILE`, `JWT_TOKEN_LEEWAY`, `TOKEN_STRATEGY`.
    'service', 'services', 'server', 'servers', 'hosts', 'hostname', 'introspection', 'introspect', 'model', 'models', 'encoding', 'encodings',
    'encoder', 'encoders', 'strategy', 'strategies', 'profile', 'profiles', 'algo', 'leeway',
    // When the secret was used or changed: `PasswordLastUsed` (IAM), `password_changed_at`, `TOKEN_CREATED_DATE`.
    'last', 'used', 'changed', 'updated', 'created', 'date', 'timestamp',
    // Where secrets are kept apart: oauth2client's `_SECRET_NAMESPACE = 'oauth2client:secrets#ns'`.
    'namespace', 'ns']);
/**
 * Keys made to ship to browsers, by vendor and the secret word that names them: Mixpanel's project
 * token (`MIXPANEL_TOKEN`), Pusher's app key (`VITE_PUSHER_APP_KEY`; `PUSHER_APP_SECRET` stays secret),
 * Amplitude's API key (`AMPLITUDE_SECRET_KEY` stays secret: see CONFIDENTIAL_WORDS). Segment's write key (`SEGMENT_WRITE_KEY`) is no
 * secret name in the first place: `write` does not qualify `key`.
 */
const CLIENT_SIDE_KEYS = new Map([
    ['mixpanel', new Set(['token'])],
    ['pusher', new Set(['key', 'apikey'])],
    ['amplitude', new Set(['key', 'apikey'])],
]);
/** Words that keep a vendor's key secret (`AMPLITUDE_SECRET_KEY`, `MIXPANEL_SERVICE_ACCOUNT_TOKEN`). */
const CONFIDENTIAL_WORDS = new Set(['secret', 'private', 'master', 'admin', 'personal', 'server', 'service', 'management']);
/** Words before `token` that make it a pagination cursor or a request nonce ({@link isSecretName}). */
const PAGING_TOKEN_WORDS = new Set(['next', 'page', 'continuation', 'pagination', 'cursor', 'change', 'idempotency', 'input', 'output']);
/** Splits a name into lower-case tokens on `_`, `-`, `.`, spaces and camelCase boundaries. */
function nameTokens(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/**
 * Last words of a secret-like name that make it a setting about the secret, not the secret: `PASSWORD_ENCODER`,
 * `AWS_CREDENTIALS_PROFILE`, `TOKEN_STRATEGY`, `AUTH_TOKEN_LEEWAY`, `JWT_SECRET_ENCODING`, `VAULT_TOKEN_RENEWAL`.
 */
const SETTING_WORDS = new Set([
    'encoder', 'encoders', 'encoding', 'profile', 'strategy', 'algorithm', 'algo', 'alg', 'provider', 'backend', 'mode', 'type',
    'leeway', 'skew', 'tolerance', 'ttl', 'length', 'renewal', 'signing', 'method', 'scheme', 'cipher', 'hashing', 'validity', 'duration',
    'margin', 'complexity', 'strength', 'policy', 'engine', 'mount', 'interval', 'timeout', 'retries',
]);
/** Last words of a name for a text about the secret: `PASSWORD_PROMPT`, `PASSWORD_MISMATCH`, `PASSWORD_HELP_TEXT`, `TOKEN_EXPIRED`. */
const TEXT_WORDS = new Set([
    'message', 'messages', 'msg', 'prompt', 'title', 'label', 'text', 'error', 'errors', 'err', 'hint', 'help', 'placeholder',
    'description', 'desc', 'caption', 'tooltip', 'warning', 'notice', 'subject', 'heading', 'mismatch', 'expired', 'invalid', 'incorrect',
    // What a log scrubber writes in place of a secret: `PASSWORD_MASK = "********"`, `TOKEN_REDACTION = "[REDACTED]"`.
    'mask', 'masked', 'redacted', 'redaction', 'replacement', 'sentinel',
]);
/** First words of a name for a text (or a test value) about the secret: `INVALID_PASSWORD`, `WRONG_PASSWORD`, `MISSING_SECRET`, `MASKED_PASSWORD`. */
const TEXT_FIRST_WORDS = new Set(['invalid', 'wrong', 'incorrect', 'missing', 'expired', 'bad', 'mismatched', 'masked', 'redacted']);
/**
 * Whether a secret-like name is about the secret rather than the secret: a setting (`PASSWORD_ENCODER`,
 * `TOKEN_STRATEGY`, `AUTH_TOKEN_LEEWAY`) or a text shown to users (`PASSWORD_PROMPT`, `INVALID_PASSWORD`).
 */
function isAboutSecretName(name) {
    const t = nameTokens(name);
    const last = t.at(-1) ?? '';
    return SETTING_WORDS.has(last) || TEXT_WORDS.has(last) || TEXT_FIRST_WORDS.has(t[0] ?? '');
}
/** Words before a final `.key` that make a dotted name a setting (`stripe.api.key`, `app.encryption.key`), not a key file. */
const DOTTED_KEY_SETTING = /(?:^|\.)(?:api|access|auth|app|signing|encryption|master|hmac|jwt|session|crypt|cipher|license|webhook)\.key$/i;
/**
 * Whether a name ending in `.key` is a `.properties`/Spring setting rather than a file name: `api.key`, `app.api.key`,
 * `jwt.signing.key`, or any path of three or more parts ending in a qualified key (`app.secret.key`, `jwt.private.key`).
 * `server.key`, `tls.key`, `client.key`, `private.key` stay file names.
 */
function isDottedKeySetting(name) {
    if (DOTTED_KEY_SETTING.test(name))
        return true;
    const parts = name.split('.');
    return parts.length >= 3 && parts.at(-1).toLowerCase() === 'key' && KEY_QUALIFIERS.has(parts.at(-2).toLowerCase());
}
/**
 * Whether a variable/key name denotes a secret, by token match: `DB_PASSWORD`, `apiKey`,
 * `SECRET_KEY_BASE`, `client_secret`, `NPM_TOKEN`. Names about a secret rather than the secret
 * (`PASSWORD_FILE`, `PASSWORD_MIN_LENGTH`, `TOKEN_URL`, `SECRET_NAME`) and public keys are not.
 */
function isSecretName(name) {
    // A numbered word is still the word: a second credential or a rotation's (`DB_PASSWORD2`, `password2`, `apiSecret2`), and so
    // are the words around it (`csrfToken2` is a CSRF token, `password_hash2` a hash).
    const t = nameTokens(name).map((w) => w.replace(/^([a-z]{4,})\d{1,2}$/, '$1'));
    if (!t.length || t.length > 12)
        return false;
    if (t.includes('public') || t.includes('pub') || t.includes('publishable'))
        return false;
    // Keys made to ship to browsers: Algolia's search-only key (`ALGOLIA_SEARCH_API_KEY`, `algoliaSearchKey`).
    if (t.includes('search') && (t.includes('key') || t.includes('apikey')))
        return false;
    if (name === 'PWD' || name === 'OLDPWD')
        return false;
    // A file name (`hardcoded-secret.test.ts`, `client_secret.json`) is not a variable.
    if (/\.(?:[cm]?[jt]sx?|py|json|ya?ml|md|txt|pem|crt|key|env|toml|ini|cfg|conf|sh|rb|go|html?)$/i.test(name) && !isDottedKeySetting(name))
        return false;
    let hit = -1;
    for (let i = 0; i < t.length; i++) {
        const w = t[i];
        // Rails' `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY`/`…_DETERMINISTIC_KEY`: which of the encryption keys, between the qualifier and
        // `key` (a bare `PRIMARY_KEY` is a database column's, no secret); `STRIPE_KEY`, `FERNET_KEY`: a vendor's or purpose's key.
        if (SECRET_WORDS.has(w) || isCredentialKey(t, i) || isPat(t, i) || /^[a-z]+(?:password|passwd|secret)$/.test(w) || /^(?:api|private|secret|access)key$/.test(w))
            hit = i;
    }
    if (hit < 0)
        return false;
    if (t.some((w) => CLIENT_SIDE_KEYS.get(w)?.has(t[hit])) && !t.some((w) => CONFIDENTIAL_WORDS.has(w)))
        return false;
    // Only what follows the last secret word can turn the name into metadata about it.
    const after = t.slice(hit + 1);
    if (after.some((w) => META_WORDS.has(w)))
        return false;
    // A CSRF/XSRF token (`csrfToken`, `csrf-token`, `X-XSRF-TOKEN`) is a per-session anti-forgery nonce a page carries,
    // no credential (gitleaks allowlists it); the key that signs them stays secret (`WTF_CSRF_SECRET_KEY`, `CSRF_SECRET`).
    if (t[hit] === 'token' && t.slice(0, hit).some((w) => w === 'csrf' || w === 'xsrf'))
        return false;
    // Pagination cursors and request nonces an API hands back, no credential: `NextToken`, `nextPageToken`,
    // `NextContinuationToken` (S3), `ChangeToken` (WAF), `ClientRequestToken`/`IdempotencyToken` (retry dedup), the
    // paginators' `input_token`/`output_token`.
    if (t[hit] === 'token' && hit > 0 && (PAGING_TOKEN_WORDS.has(t[hit - 1]) || (t[hit - 1] === 'request' && t[hit - 2] === 'client')))
        return false;
    // `MAX_TOKENS`, `TOKEN_LIMIT`: counting tokens (LLM/tokenizer settings), not holding one.
    if (t.slice(0, hit).some((w) => w === 'max' || w === 'min' || w === 'num'))
        return false;
    return true;
}
/**
 * Whether a value is named after its key, not a secret: it only spells words of the key's name, the name of a lookup key
 * (`STORAGE_V1_CLIENT_KEY = 'storage_v1_client'`, the Cloud SDK's api client registry; `SESSION_TOKEN_KEY = "sessionToken"`),
 * or it is an identifier built from words, one of them a word of the name: a type, session or dict key named after what
 * it holds (the Kubernetes client's `'secret': 'V1SecretVolumeSource'`, oauth2client's `_CREDENTIALS_KEY =
 * 'google_oauth2_credentials'`, `_PKCS12_KEY = '_private_key_pkcs12'`). An identifier's words may carry a version or a
 * one- or two-digit suffix (`v1`, `oauth2`, `pkcs12`); a longer number (`Password2024`) or any other character keeps the
 * value a candidate.
 */
function namedAfterKey(name, value) {
    if (!/^[A-Za-z0-9_.-]{1,100}$/.test(value))
        return false;
    const words = nameTokens(value);
    if (words.length < 2)
        return false;
    const own = new Set(nameTokens(name));
    if (words.every((w) => own.has(w)))
        return true;
    return /^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(value) && words.every((w) => /^(?:[a-z]{2,}\d{0,2}|v\d{1,2})$/.test(w))
        && words.some((w) => w.length > 2 && own.has(w));
}
/** Whether a value is a regular expression or a character alphabet (urllib3's `_HEX_PAT = "[0-9A-Fa-f]{1,4}"`), not a token. */
function isPatternLiteral(value) {
    return /\(\?[:=!<]|\[[^\]]{1,200}\][*+?{]|\\[dwsbDWS]|\{\d+,\d*\}/.test(value) || /ABCDEFGHIJKLMNOPQRSTUVWXYZ|abcdefghijklmnopqrstuvwxyz/.test(value);
}
/** Shannon entropy in bits per character. */
function shannonEntropy(s) {
    if (!s)
        return 0;
    const counts = new Map();
    for (const ch of s)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let h = 0;
    const n = [...s].length;
    for (const c of counts.values()) {
        const p = c / n;
        h -= p * Math.log2(p);
    }
    return h;
}
/**
 * Redacts a value for output: at most the token type's public prefix, never any of the secret
 * part. Without a rule, nothing of the value is shown.
 */
function redact(value, rule) {
    if (rule?.prefixLength && value.length > rule.prefixLength * 4)
        return `${value.slice(0, rule.prefixLength)}…`;
    return rule?.prefix ? `${rule.prefix}…` : '…';
}
/**
 * A key, certificate, keystore or credentials file by its path, also relative without `./`
 * (`certs/tls-2048.key`, `keys/jwt.pem`, `/certs/ca.crt`): at least one directory and a file
 * extension at the end. A base64 secret may hold `/` but never `.`, so it cannot pass for one.
 */
const KEY_FILE_PATH_RE = /^(?:\/|~\/|\.{1,2}\/)?(?:[\w@-][\w.@-]*\/)+[\w@-][\w.@-]*\.(?:pem|key|crt|cer|p12|pfx|jks|der|pub|json|txt|p8|keystore|truststore|jceks)$/i;
/**
 * A relative path to a file (`uploads/2024/06/3f9a1c2b-avatar.png`, an object key under `UPLOAD_KEY`/`S3_KEY`): folders joined
 * by `/` and a name with an extension. Base64 may hold `/` but never `.`, a JWT `.` but never `/`: no secret has this shape.
 */
const RELATIVE_FILE_RE = /^(?:[\w@-][\w.@-]*\/)+[\w@-][\w@-]*(?:\.[\w-]+)*\.[A-Za-z][A-Za-z0-9]{0,4}$/;
/**
 * An absolute or relative file path of two or more segments (`/run/secrets/db`, `./certs/key.pem`),
 * or a key/certificate file by its path (`certs/tls.key`): where a secret is mounted, not the secret.
 */
function isFilePath(v) {
    return /^(?:\/|~\/|\.{1,2}\/)[\w.@+-]+(?:\/[\w.@+-]+)+\/?$/.test(v) || KEY_FILE_PATH_RE.test(v);
}
/**
 * A value that points elsewhere rather than holding a secret: `${VAR}`, `$VAR`, `{{ .Values.x }}`,
 * `os.environ[...]`, `process.env.X`, secret-manager references, mounted files.
 */
function isReference(value) {
    const v = value.trim();
    // Spring resource locations (`classpath:keys/jwt.pem`, `classpath*:`, `file:/etc/…`), GCP Secret Manager
    // resource names (`projects/p/secrets/db-password/versions/7`), key files by their path.
    if (/^(?:classpath\*?|file):|^projects\/[\w.-]+\/secrets\/[\w.-]+(?:\/versions\/[\w.-]+)?$/.test(v) || KEY_FILE_PATH_RE.test(v))
        return true;
    return /\$\{|\$\(|^\$[A-Za-z_]|\{\{|\{%|<%|%\(|%\{|#\{|\$\$|@Microsoft\.KeyVault|^(?:op|sm|vault|ref\+\w+|awssm|gcpsm|azkv|arn:aws):|process\.env|import\.meta\.env|os\.environ|getenv|env\(|ENV\[|System\.getenv|secrets\.|\/run\/secrets\/|^\/(?:run|var|etc|home|tmp|opt|usr|app|srv|secrets|data|mnt|config)\/|^\.{1,2}\/|^~\//.test(v);
}
/** Substrings that mark a value as an illustration rather than a real secret. */
const EXAMPLE_RE = /example|dummy|fake|sample|placeholder|redacted|changeme|change[-_]me|replace|your[-_]|<[\w .-]{1,40}>|<%[\s\S]*%>|<<[A-Z_-]|x{4,}|\*{3,}|\.{3}|…|lorem|foobar|not[-_]?a[-_]?real|notsecret|insecure|todo|fixme|test/i;
/**
 * Example values published in specifications (RFC 6749, RFC 5849) and vendor docs (Mailgun's API key, which Laravel's
 * `config/services.php` once shipped as a fallback; GitHub's example token from "Behind GitHub's new authentication token
 * formats", github.blog 2021-04-05, the canonical fake in secret scanners' and redactors' test suites). Token rules reject them too.
 */
const DOCUMENTED_EXAMPLES = new Set(['key-3ax6xnjp29jd6fds4gc373sgvjxteol0', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'SplxlOBeZQQYbYS6WxSbIA', 'mF_9.B5f-4.1JqM', 'ad180jjd733klru7', 'hh5s93j4hdidpola', 'nnch734d00sl2jdk', 'pfkkdhi9sl3r4s00', 'kd94hf93k423kf44', 'dj201hal0wf0lm0j',
    // RFC 6749's client credentials `s6BhdRkqt3:gX1fBat3bV` as its Basic header carries them, and RFC 6750's bearer token.
    'czZCaGRSa3F0MzpnWDFmQmF0M2JW', 'h480djs93hd8']);
/** Whether a value is an illustration (`EXAMPLE`, `xxxx`, `dummy`, `<your-key>`, RFC examples) rather than a secret. */
function isExampleValue(value) {
    return EXAMPLE_RE.test(value) || DOCUMENTED_EXAMPLES.has(value);
}
const DEFAULT_WORDS = new Set([
    'changeme', 'change_me', 'change-me', 'changeit', 'change_it', 'changethis', 'change_this', 'change-this',
    'admin', 'administrator', 'admin123', 'admin1234', 'adminadmin', 'password', 'passw0rd', 'password1', 'password123', 'p@ssw0rd', 'p@ssword',
    'pass', 'pass123', 'passwd', 'postgres', 'postgrespassword', 'postgres_password', 'mysql', 'root', 'rootpassword', 'root123', 'toor',
    'secret', 'secret123', 'secretkey', 'secret_key', 'secret-key', 'mysecret', 'mysecretkey', 'supersecret', 'super_secret', 'super-secret',
    'supersecretkey', 's3cr3t', 's3cret', 'mypassword', 'mypass', 'letmein', 'qwerty', 'default', 'guest', 'test', 'testing', 'test123',
    'user', 'demo', 'dev', 'development', 'local', 'example', 'dummy', 'foobar', 'foo', 'bar', 'minioadmin', 'rabbitmq', 'redis', 'mongo',
    'sa', 'oracle', 'elastic', 'changeme123', 'token', 'apikey', 'api_key', 'insecure', 'notsecret', 'not-secret', 'keyboard cat',
    // express-session's README secret, written as one word.
    'keyboardcat', 'keyboard-cat', 'keyboard_cat',
    // The product's own name, as Docker's samples set it (awesome-compose `GF_SECURITY_ADMIN_PASSWORD=grafana`, the WordPress quickstart's
    // `WORDPRESS_DB_PASSWORD: wordpress`), like `postgres`, `rabbitmq` and `redis` above.
    'grafana', 'wordpress', 'mariadb', 'keycloak',
    // redis.conf's own example (`# requirepass foobared`), uncommented as is.
    'foobared',
    // Flask's and Flask-SocketIO's documentation values.
    'super secret key', 'secret!',
    // Tutorial defaults: Flask Web Development's `SECRET_KEY`, the Flask Mega-Tutorial's.
    'hard to guess string', 'hard-to-guess-string', 'you-will-never-guess',
    // Microsoft's SQL Server container docs (`MSSQL_SA_PASSWORD`), copied into countless compose files.
    'yourstrong@passw0rd', 'yourstrong!passw0rd', 'yourstrong(!)password', 'yourpassword123',
    '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '1234567890', '000000', '111111',
]);
const DEFAULT_PATTERNS = [
    /^<[^>]*>$/, // <generate-a-key>, <your password>
    /^\[[^\]]+\]$/, // [secret], [your key]; an empty `[]` is an empty list (oauth2client's `CREDENTIAL_INFO_REQUEST_JSON = '[]'`)
    /^(?:your|my|some|a|random|strong|secure|another)[-_ ]?(?:super[-_ ]?)?(?:secret|password|pass|token|api[-_ ]?key|key)(?:[-_ ]?(?:key|here|value|goes[-_ ]?here))*$/i,
    // `my-super-secret-jwt-key`: words only (letters), never a random tail (`my_key_Zx8Kq2…`).
    /^(?:your|my|some)[-_ ](?:[a-z]+[-_ ])*(?:secret|password|pass|token|key)(?:[-_ ][a-z]+)*$/i,
    /(?:^|[-_ ])here$/i, // your-secret-key-here, put-token-here
    /^django-insecure-/i,
    /^(?:please[-_ ]?)?(?:change|replace|set|update|generate|insert|fill)[-_ ]?(?:me|this|it|in|later)?\b/i,
    /^x{3,}$/i,
    /^\*{3,}$/,
    // A vendor prefix filled with x's or stars: `sk_test_xxxxxxxxxxxxxxxx`, `ghp_XXXXXXXXXXXX`, `AKIA************`.
    /^[A-Za-z][A-Za-z0-9]{0,15}(?:[-_.][A-Za-z0-9]{1,15}){0,3}[-_.]?(?:x{6,}|X{6,}|\*{6,})$/,
    /^(?:todo|tbd|fixme|none|null|nil|undefined|empty|placeholder|redacted)$/i,
    // `dev-secret`, `test_123`, `example_123` (awesome-compose's `MSSQL_SA_PASSWORD`, which hardcoded-secret leaves alone as an example value).
    /^(?:dev|development|local|test|example|insecure|default|debug|unsafe)[-_ ]?(?:secret|key|password|pass|token)?(?:[-_ ]?key)?(?:[-_ ]?\d+)?$/i,
    /^(?:super[-_ ]?)?(?:secret|password|pass|token)(?:[-_ ]?key)?[-_ ]?\d*$/i,
    // Node tutorials' JWT and session secrets, made only of these words: `jwtsecret`, `jwt_secret`, `supersecretjwtkey`, `ThisIsASecret`.
    /^(?=.*secret)(?:(?:my|the|this|is|a|super|very|jwt|session|cookie|app|auth|token|key|secret)[-_ ]?)+$/i,
    /^sh{3,}$/i, // jsonwebtoken's README: `jwt.sign(payload, 'shhhhh')`
];
/**
 * Sample passwords published in vendors' documentation and copied into compose files as they are
 * (lower case): SQL Server's (`yourStrong(!)Password`, `YourStrong@Passw0rd`, `Your_password123`),
 * eShopOnContainers' `Pass@word`, the postgres and mysql images' (`mysecretpassword`, `my-secret-pw`),
 * Laravel's old `SomeRandomString`, and the usual leetspeak variants of "password".
 */
const SAMPLE_PASSWORDS = new Set([
    'yourstrong(!)password', 'yourstrong@passw0rd', 'yourstrong!passw0rd', 'yourstrongpassw0rd', 'yournewstrong@passw0rd', 'yourstrong@password',
    'your_password123', 'yourpassword123', 'pass@word', 'pass@word1', 'mysecretpassword', 'my-secret-pw', 'somerandomstring',
    // Docker's WordPress quickstart (`MYSQL_ROOT_PASSWORD: somewordpress`).
    'somewordpress',
    'p@ssw0rd!', 'p@ssw0rd1', 'passw0rd!', 'password1!', 'password123!', 'p@ssword1', 'p@ssword123', 'pa$$w0rd', 'pa55w0rd', 'pa55word',
]);
/** Placeholder words with no vowel that still read as words (`your-jwt-secret`, `your_db_pwd`). */
const PLACEHOLDER_ABBREVIATIONS = new Set(['pwd', 'pw', 'jwt', 'db', 'sql', 'mssql', 'psql', 'pg', 'smtp', 'ssh', 'hmac', 'rsa', 'sha', 'mq', 'crm', 'cms', 'tls', 'ssl', 'xml', 'http', 'pgp', 'gpg', 'vpn', 'ftp', 'sftp', 'dns', 'cdn', 'gcp', 'sdk', 'cli']);
const PLACEHOLDER_SECRETS = new Set(['password', 'passwords', 'passwd', 'pass', 'pwd', 'pw', 'passphrase', 'secret', 'secrets', 'key', 'keys', 'token', 'tokens', 'apikey', 'credential', 'credentials', 'creds']);
/** `replace`/`change`… followed by one of these is an instruction, not a value (`replace_with_real_password`, `change_me_please`). */
const PLACEHOLDER_VERBS = new Set(['replace', 'change', 'set', 'update', 'generate', 'insert', 'fill', 'enter', 'put']);
const PLACEHOLDER_OBJECTS = new Set(['me', 'this', 'it', 'with', 'in', 'later', 'before', 'to', 'your', 'the', 'a', 'an', 'real', 'value', 'now', 'please', 'here', 'for', 'secret', 'password', 'key', 'token']);
/** Inside a value, `change`/`replace` followed by one of these tells the reader to change it (`…-change-in-production`, `…_replace_me`). */
const CHANGE_OBJECTS = new Set(['me', 'this', 'it', 'in', 'before', 'for', 'later', 'now', 'please', 'on', 'asap']);
/** The same instruction written as one word. */
const CHANGE_WORDS = new Set(['changeme', 'changeit', 'changethis', 'replaceme']);
/** A value's words: split at non-alphanumerics, camelCase and letter/digit boundaries (`yourStrong(!)Password` → your strong password). */
function valueWords(v) {
    return v
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/([A-Za-z])([0-9])/g, '$1 $2')
        .replace(/([0-9])([A-Za-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/**
 * Whether a value is a placeholder written as words: `your…password/secret/key/token`
 * (`Your_password123`, `yourStrong(!)Password`, `your-256-bit-secret`: jwt.io's default),
 * `replace…`/`change…` instructions (`replace_with_real_password`, `change_this`, and after other words:
 * `dev-secret-key-change-in-production`), and vendors'
 * documented sample passwords. Words only: every part reads as a word (a vowel, or a known
 * abbreviation like `jwt`) and at most one short number, so a random tail (`your_key_Zx8Kq2Lm…`)
 * is never a placeholder.
 */
function isPlaceholderCredential(value) {
    const v = value.trim();
    if (!v || v.length > 100)
        return false;
    if (SAMPLE_PASSWORDS.has(v.toLowerCase()))
        return true;
    // A placeholder is one token (`your_password`, `change_me`); words separated by white space are a sentence
    // shown to a user ("Your password is incorrect", "Enter your API key", "Change your password").
    if (/\s/.test(v))
        return false;
    const words = valueWords(v);
    if (words.length < 2 || words.length > 10)
        return false;
    const numbers = words.filter((w) => /^[0-9]+$/.test(w));
    if (numbers.length > 1 || numbers.some((n) => n.length > 4))
        return false;
    if (!words.every((w) => /^[0-9]+$/.test(w) || (w.length >= 2 && (/[aeiouy]/.test(w) || PLACEHOLDER_ABBREVIATIONS.has(w)))))
        return false;
    const i = words[0] === 'please' ? 1 : 0;
    const first = words[i];
    if (first === 'your')
        return words.slice(i + 1).some((w) => PLACEHOLDER_SECRETS.has(w));
    if (PLACEHOLDER_VERBS.has(first) && PLACEHOLDER_OBJECTS.has(words[i + 1] ?? ''))
        return true;
    // A value that says to change it, later in its words: `dev-secret-key-change-in-production`, `supersecret-changeme`.
    return words.some((w, j) => j > i && (CHANGE_WORDS.has(w) || ((w === 'change' || w === 'replace') && CHANGE_OBJECTS.has(words[j + 1] ?? ''))));
}
/** The placeholders that hold white space: `<your password>`, `[secret]`, `change me`, `please replace this`, `fill me in`. */
const SPACED_PLACEHOLDER_RE = /^(?:<[^<>]*>|\[[^[\]]*\]|(?:please\s+)?(?:change|replace|set|update|generate|fill|insert)\s+(?:me|this|it)(?:\s+(?:in|please|now|later|first))*)$/i;
/** cookiecutter-django's `!!!SET DJANGO_SECRET_KEY!!!`: a fill-in shouted between exclamation marks. */
const BANG_PLACEHOLDER_RE = /^!{2,}[^!\n]{1,80}!{2,}$/;
/**
 * Whether a value is a well-known default or placeholder credential (`changeme`, `admin`,
 * `postgres`, `<generate…>`, `your-secret-key-here`, `django-insecure-…`, `Your_password123`).
 * Empty values are not.
 */
function isDefaultCredential(value) {
    const v = value.trim().replace(/^["']|["']$/g, '');
    if (!v)
        return false;
    if (DEFAULT_WORDS.has(v.toLowerCase()))
        return true;
    // White space makes a sentence, not a placeholder ("Set a new password", "Please enter your password"): only the exact
    // defaults above (`keyboard cat`), a bracketed fill-in (`<your password>`) and an instruction about the value itself
    // (`change me please`) count.
    if (BANG_PLACEHOLDER_RE.test(v))
        return true;
    if (/\s/.test(v))
        return SPACED_PLACEHOLDER_RE.test(v);
    return DEFAULT_PATTERNS.some((re) => re.test(v)) || isPlaceholderCredential(v);
}
/** Helm's `checksum/config` annotations (and `sha256/…`, `hash/…`): a digest of rendered files, never a secret. */
const DIGEST_KEY_RE = /^(?:checksums?|hash(?:es)?|digests?|sha\d*|md5|etag|fingerprints?)\//i;
const DIGEST_WORD_RE = /^(?:checksums?|hash(?:es|ed)?|digests?|sha\d*|md5|etag|fingerprints?)$/;
/** A hex digest (MD5, SHA-1, SHA-224/256/384/512), optionally with its algorithm: `sha256:…`. */
const HEX_DIGEST_RE = /^(?:(?:sha(?:1|224|256|384|512)|md5)[:=-])?(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
/**
 * Whether a key/value pair holds a digest, not a secret: a `checksum/…` key (whatever its value),
 * or a name with checksum/hash/hashed/digest/sha/etag/fingerprint/cache-key whose value is a hex digest.
 */
function isDigest(name, value) {
    if (DIGEST_KEY_RE.test(name))
        return true;
    const t = nameTokens(name);
    const digestName = t.some((w, i) => DIGEST_WORD_RE.test(w) || (w === 'cache' && /^keys?$/.test(t[i + 1] ?? '')));
    return digestName && HEX_DIGEST_RE.test(value.trim());
}
/**
 * What kind of default a value is, for messages that must not print it: "a placeholder value",
 * "a 'django-insecure-' development key" (the public prefix only) or "a well-known default value".
 */
function describeDefault(value) {
    const v = value.trim();
    if (/^django-insecure-/i.test(v))
        return "a 'django-insecure-' development key";
    if (/^[<[]|here$|^(?:your|my)[-_ ]|change|replace|generate|insert|x{3}|\*{3}|todo|tbd|fixme|placeholder|redacted/i.test(v) || isPlaceholderCredential(v))
        return 'a placeholder value';
    return 'a well-known default value';
}
/** Character classes present: lower, upper, digit, other. */
function classes(v) {
    return (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/[0-9]/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0);
}
/** Keyboard runs and counting sequences that people type as dummy values (`abc123xyz456`). */
const DUMMY_RUNS = /abc|def|ghi|123|456|789|xyz|qwer(?:ty)?|asdf|0000|1111|aaaa/gi;
/**
 * Whether a value is made of such runs (`abc123`, `qwerty123`, `abcdef123456`, `test_abc_123`): at most a
 * quarter of its letters and digits (or 3) are left once they are taken out. A real password or token
 * that merely contains one (`SecureAdminPass123!`, `7f3a9c123e4b8d1f…`) is no dummy.
 */
function isDummyValue(v) {
    const alnum = v.replace(/[^A-Za-z0-9]/g, '');
    const rest = alnum.replace(DUMMY_RUNS, '');
    return rest.length < alnum.length && rest.length <= Math.max(3, alnum.length / 4);
}
/**
 * Whether a literal assigned to a secret-like name looks like a real secret: long enough,
 * random-looking (Shannon entropy), letters and digits mixed, no spaces, not an example,
 * placeholder, default or reference.
 */
function looksLikeSecretValue(value, minLength = 12) {
    const v = value.trim();
    if (v.length < minLength || v.length > 4096)
        return false;
    if ((/\s/.test(v) && !randomWithSpaces(v)) || !/[A-Za-z]/.test(v) || (!/[0-9]/.test(v) && !randomLetters(v)) || classes(v) < 2)
        return false;
    if (isReference(v) || isExampleValue(v) || isDefaultCredential(v) || isDummyValue(v) || isCiphertextOrHash(v) || isPublicKeyValue(v))
        return false;
    if (isUrlWithoutSecret(v) || isKebabIdentifier(v) || RELATIVE_FILE_RE.test(v))
        return false;
    // Words joined by separators with a trailing number (`token_v2_name`, `password123`, `SuperStrongPassword2024`) are not
    // random; a random mixed-case run that happens to end in digits (`PrRpBBXuDghCfmiK98`) is.
    if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)*[-_.]?\d{0,4}$/.test(v) && v.split(/[-_.\d]+/).every(readsAsWords))
        return false;
    // The name of an environment variable (`GOOGLE_OAUTH2_CLIENT_SECRET`, `AWS_S3_ACCESS_KEY_ID`): upper-case words.
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && v.split('_').filter((w) => /^[A-Z]{3,}$/.test(w)).length >= 2)
        return false;
    // Versions, dates, IPs, plain numbers.
    if (/^v?\d+(?:[.\-:]\d+)+$/.test(v) || /^[\d.,:-]+$/.test(v))
        return false;
    const h = shannonEntropy(v);
    return v.length >= 20 ? h >= 3.2 : h >= 3.0;
}
/**
 * A value of letters only that is random, not names: a generator's letters-only output (about 3% of random 20-character
 * alphanumeric secrets hold no digit: `jZFalVtwLTLCLQjnbMWt`). 16+ letters that do not read as words, about as many upper-
 * as lower-case (30–70%: camelCase and PascalCase names are mostly lower-case), switching case at least every fourth
 * letter, and with fewer vowels than words have (under a quarter). Measured: ~62% of random 20-letter values, ~1% of
 * names built from short tech words and acronyms (`KeyHTTPSlackSslUi`), none of the usual identifiers.
 */
function randomLetters(v) {
    if (v.length < 16 || !/^[A-Za-z]+$/.test(v))
        return false;
    let switches = 0;
    let upper = 0;
    let vowels = 0;
    for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c < 97)
            upper++;
        if (VOWEL[c | 32] === 1)
            vowels++;
        if (i > 0 && (c < 97) !== (v.charCodeAt(i - 1) < 97))
            switches++;
    }
    return upper >= v.length * 0.3 && upper <= v.length * 0.7 && switches >= Math.max(6, v.length / 4) && vowels < v.length / 4;
}
const VOWEL = new Uint8Array(128).map((_, c) => ('aeiou'.includes(String.fromCharCode(c)) ? 1 : 0));
/**
 * Whether a run of letters reads as words: one case (`token`, `API`), or capitalised/camelCase words and acronyms
 * (`Password`, `SuperStrongPassword`, `MyAPIKey`), every word holding a vowel. A random mixed-case run
 * (`PrRpBBXuDghCfmiK`: `Pr`, `Rp`, `Dgh`) does not.
 */
function readsAsWords(letters) {
    if (/^(?:[a-z]*|[A-Z]*)$/.test(letters))
        return true;
    return letters.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).every((w) => /^[A-Z]+$/.test(w) || /^[A-Z]?[a-z]+$/.test(w) && /[aeiouy]/i.test(w));
}
/**
 * A random value that happens to hold spaces (WordPress salts from its generator, keys typed from a password
 * manager), not prose: long, no plain word between the spaces, and more random than a secret without spaces.
 */
function randomWithSpaces(v) {
    if (v.length < 24)
        return false;
    const parts = v.split(/\s+/).filter(Boolean);
    if (parts.some((w) => /^[A-Za-z]{3,}[.,:;!?'"]?$/.test(w)))
        return false;
    return shannonEntropy(v) >= 4;
}
/** A URL: its authority (userinfo, host, port) and the rest. */
const URL_PARTS_RE = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)(\S*)$/i;
/** A query or fragment parameter that may carry a secret (`?token=…`, `&api_key=…`, `&sig=…`). */
const SECRET_PARAM_RE = /[?&#;][\w.-]*(?:token|key|secret|pass|pwd|sig|auth|cred)[\w.-]*=/i;
/**
 * Whether a value is a URL that carries no secret: no password in its userinfo (a URL password is
 * the URL rule's finding) and no secret-named query parameter. `http://token-service.internal:8081`
 * under `TOKEN_SERVICE` is where tokens come from; a Sentry DSN's user part is a public key.
 */
function isUrlWithoutSecret(v) {
    const m = URL_PARTS_RE.exec(v);
    if (!m)
        return false;
    const authority = m[1];
    const at = authority.lastIndexOf('@');
    if (at !== -1 && authority.slice(0, at).includes(':'))
        return false;
    return !SECRET_PARAM_RE.test(m[2]);
}
/**
 * Whether a value is a lower-case identifier of words and numbers joined by `-`, `.` or `/`: a model
 * (`text-embedding-3-small`, `gpt-4o-mini-2024-07-18`, `qwen2.5-72b-instruct`), a slug or a version
 * name, not a generated secret. Every part is a number, a word (4+ letters with a vowel; at least one
 * is needed), a short part (`gpt`, `en`, `4o`, `v2`, `72b`), a word with its number (`llama3`) or a
 * size (`128k`). Random groups mix letters and digits (`9dad`, `k29d`, a UUID's, a Mailgun key's):
 * under 1% of random 4- to 6-character lower-case groups pass.
 */
function isKebabIdentifier(v) {
    if (v.length > 100 || !/^[a-z0-9]+(?:[-./][a-z0-9]+)+$/.test(v))
        return false;
    let word = false;
    for (const part of v.split(/[-./]/)) {
        if (/^[0-9]+$/.test(part))
            continue;
        if (/^[a-z]{4,}[0-9]{0,2}$/.test(part) && /[aeiouy]/.test(part))
            word = true;
        else if (part.length > 3 && !/^[0-9]{1,3}[a-z]$/.test(part))
            return false;
    }
    return word;
}
/**
 * The lower bar for a dotenv file, whose whole purpose is holding real secrets: any secret-named
 * literal of 8+ characters that is not a reference, number, URL, example, placeholder or default.
 */
function looksLikeEnvSecret(value) {
    const v = value.trim();
    if (v.length < 8 || v.length > 4096 || /\s/.test(v) || !/[A-Za-z]/.test(v))
        return false;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(?:true|false|yes|no|on|off|null|none)$/i.test(v))
        return false;
    return !isReference(v) && !isExampleValue(v) && !isDefaultCredential(v) && !isDummyValue(v) && !isCiphertextOrHash(v) && !isPublicKeyValue(v) && !RELATIVE_FILE_RE.test(v);
}
/**
 * Values that are safe to commit although a secret-named key holds them: ciphertext. dotenvx
 * `encrypted:…`, sops `ENC[…]`, Puppet hiera-eyaml `ENC[PKCS7,…]`/`ENC[GPG,…]`, Shopify EJSON `EJ[1:…]`, Jasypt `ENC(…)` (Spring), a base64 OpenPGP message (Renovate's `encrypted` host rules: a
 * public-key encrypted session key packet, `wcFMA`/`wcBMA`/`wV4D`…). Keys made for browsers are
 * {@link isPublicKeyValue}'s.
 */
const NOT_SECRET_RE = /^(?:encrypted:[A-Za-z0-9+/=]{16,}$|ENC\[(?:AES256_GCM|PGP|PKCS7|GPG)(?:,|$)|EJ\[1:[A-Za-z0-9+/=]{16,}:|ENC\([A-Za-z0-9+/=]{16,}\)?$|(?:wcFMA|wcBMA|wcDMA|wV4D|wYwD)[A-Za-z0-9+/=]{80,}$)/;
/**
 * One-way password hashes, which a user store keeps instead of the password and which are made to be stored: modular
 * crypt (`$6$…` sha512-crypt, as Ansible's `user` module and cloud-init's `passwd` take it; `$2b$` bcrypt, `$apr1$`
 * htpasswd, `$y$` yescrypt, `$argon2id$`), Django's (`pbkdf2_sha256$…`, `argon2$argon2id$…`, `bcrypt_sha256$…`, legacy
 * `sha1$salt$hex`), Werkzeug's (`pbkdf2:sha256:600000$…`, `scrypt:32768:8:1$…`) and LDAP's (`{SSHA}…`). gitleaks and Trivy
 * do not report them either.
 */
const PASSWORD_HASH_RE = /^(?:\$(?:1|2[abxy]|5|6|7|y|gy|apr1|md5|sha1|argon2(?:i|d|id)|scrypt|pbkdf2(?:-sha(?:1|256|512))?)\$[^\s$]{0,100}\$\S{8,}|(?:pbkdf2_sha(?:1|256|512)|argon2|bcrypt(?:_sha256)?|scrypt|sha1|md5|unsalted_md5|unsalted_sha1)\$\S{16,}|(?:pbkdf2:sha(?:1|256|512)(?::\d{1,7})?|scrypt:\d{1,7}:\d{1,3}:\d{1,3})\$[^\s$]{1,100}\$[0-9a-f]{32,}|\{(?:SSHA|SHA|SSHA256|SSHA512|SHA256|SHA512|SMD5|MD5|CRYPT|PBKDF2(?:-SHA(?:1|256|512))?|ARGON2)\}\S{8,})$/;
/** An htpasswd line (`admin:$apr1$…`): a user name and its hash. */
const HTPASSWD_LINE_RE = /^[\w.@-]{1,100}:(\S{8,})$/;
/**
 * Whether a value is ciphertext or one-way password hashes (one hash, or htpasswd lines `user:hash` — ingress-nginx's
 * basic-auth Secret `auth`, Traefik's `users`): safe to commit under a secret-named key ({@link NOT_SECRET_RE},
 * {@link PASSWORD_HASH_RE}).
 */
function isCiphertextOrHash(value) {
    const v = value.trim();
    if (NOT_SECRET_RE.test(v) || PASSWORD_HASH_RE.test(v))
        return true;
    if (!v.includes(':') || !v.includes('$'))
        return false;
    const lines = v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    return lines.length > 0 && lines.length <= 1000 && lines.every((l) => { const m = HTPASSWD_LINE_RE.exec(l); return m !== null && PASSWORD_HASH_RE.test(m[1]); });
}
/**
 * Keys public by design, whatever name holds them: Stripe publishable keys (`pk_live_…`, `pk_test_…`;
 * secret ones are `sk_`/`rk_`), PostHog project API keys (`phc_…`; personal keys are `phx_`), Mapbox
 * public tokens (`pk.eyJ…`; secret ones are `sk.`).
 */
const BROWSER_KEY_RE = /^(?:pk\.eyJ[A-Za-z0-9_.-]{20,}|pk_(?:live|test)_[A-Za-z0-9]{16,}|phc_[A-Za-z0-9]{20,})$/;
/**
 * The public half of a key pair, whatever name holds it (`JWT_VERIFY_KEY`, `DEPLOY_KEY`): a PEM public key, an OpenSSH
 * public key line (`ssh-ed25519 AAAA… user@host`), or the base64 of a DER SubjectPublicKeyInfo (RSA, P-256, P-384, Ed25519:
 * the prefixes their fixed headers encode to; a private key's PKCS#8 encoding starts otherwise).
 */
const PUBLIC_HALF_RE = /^(?:-----BEGIN (?:RSA |EC |SSH2 )?PUBLIC KEY-----|(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d{3}|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/]{20,}={0,3}(?:[ \t]|$)|(?:MII[BC]IjANBgkqhkiG9w0BAQEFAAOC|MIGfMA0GCSqGSIb3DQEBAQUAA4GN|MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE|MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE|MCowBQYDK2VwAyEA)[A-Za-z0-9+/]+={0,2}$)/;
/** Whether a value is a key made for browsers ({@link BROWSER_KEY_RE}) or the public half of a key pair ({@link PUBLIC_HALF_RE}): never a secret, under any name (also in a Kubernetes Secret). */
function isPublicKeyValue(value) {
    const v = value.trim();
    return BROWSER_KEY_RE.test(v) || PUBLIC_HALF_RE.test(v);
}
/** Whether a URL's inline password looks real (not empty, a variable, a placeholder or a default). */
function looksLikeUrlPassword(user, password) {
    let p = password;
    try {
        p = decodeURIComponent(password);
    }
    catch { /* keep raw */ }
    if (p.length < 8 || p === user || isReference(p) || /^[{$%<[]/.test(p))
        return false;
    if (isExampleValue(p) || isDefaultCredential(p) || isDummyValue(p))
        return false;
    // A secret word and a count (`key_1234`, dotenv-vault's documented `dotenv://:key_1234@dotenvx.com/vault/.env.vault`).
    if (/^(?:key|pass(?:word)?|pwd|secret|token)[_-]?\d{1,6}$/i.test(p))
        return false;
    if (classes(p) < 2)
        return false;
    return shannonEntropy(p) >= 2.5;
}
/** URL with inline credentials (scheme, user, password, host). The user may be empty: `redis://:password@host` (Redis AUTH without ACL users). */
const URL_CREDENTIALS_RE = /\b([a-z][a-z0-9+.-]{1,30}):\/\/([^\s:/?#@'"`<>]{0,100}):([^\s/?#@'"`<>]{1,200})@([^\s/?#'"`<>:]{1,253})/gi;
/** A URL in a line: [1] its authority (userinfo, host, port), [2] the rest (path, query, fragment; JDBC's `;key=value` options). */
const URL_IN_LINE_RE = /\b[a-z][a-z0-9+.-]{1,30}:\/\/([^\s/?#;'"`<>]{0,500})([^\s'"`<>]{0,2000})/gi;
/** A query parameter (`?k=v`, `&k=v`) or a JDBC option (`;k=v`): [1] name, [2] raw value. */
const QUERY_PARAM_RE = /[?&;]([A-Za-z_][\w.-]{0,100})=([^&;#\s'"`<>]{1,1000})/g;
/**
 * The secret-named query parameters of the URLs in a line (`?password=…`, `&api_key=…`, `?access_token=…`, JDBC's
 * `;password=…`), by {@link isSecretName}: their values are judged as an assignment's would be.
 */
function secretQueryParams(line) {
    const out = [];
    for (const u of line.matchAll(URL_IN_LINE_RE)) {
        const authority = u[1];
        const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
        const restAt = u.index + u[0].length - u[2].length;
        for (const q of u[2].matchAll(QUERY_PARAM_RE)) {
            const [, name, raw] = q;
            if (!isSecretName(name))
                continue;
            // A Firebase Storage download token is the capability `getDownloadURL()` hands out for `<img src>`: public by design.
            if (host === 'firebasestorage.googleapis.com' && name === 'token')
                continue;
            let value = raw;
            try {
                value = decodeURIComponent(raw);
            }
            catch { /* keep raw */ }
            out.push({ name, value, raw, index: restAt + q.index + q[0].length - raw.length, host });
        }
    }
    return out;
}
/** Hosts that mark a URL as local or documentation. */
function isLocalOrExampleHost(host) {
    return /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)$/i.test(host) || /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i.test(host);
}
/**
 * `${VAR:-lit}`, `${VAR-lit}`, `${VAR:=lit}`, `${VAR=lit}` (shell, compose) and Spring's `${VAR:lit}`;
 * not `${VAR:?message}` nor `${VAR:+alternative}`. A literal holding `$`, braces, quotes or spaces is left alone.
 */
// Names may hold `-` (Spring's `${app.jwt-secret:…}`): the longest name that an operator follows wins,
// so `${DB_PASSWORD-x}` still reads as the shell's `-` default.
const SUBST_FALLBACK_RE = /\$\{([A-Za-z_][\w.-]{0,100})(?::-|:=|-|=|:(?![?+]))([^\s{}$'"`]{1,1000})\}/g;
/**
 * `os.environ.get("X", "lit")`, `os.getenv("X", default="lit")`, `env.str("X", "lit")`, `os.environ.setdefault(…)`, `os.getenv("X") or "lit"`;
 * Ruby's `ENV.fetch("X") { "lit" }` (a block default) and `ENV["X"] || "lit"`.
 */
const PY_FALLBACK_RE = /\b(?:(?:os\.environ\.(?:get|setdefault)|os\.getenv|environ\.get|System\.get_env|ENV\.fetch|getenv|env(?:\.str)?)\(|ENV\[)\s*(['"])([\w.-]{1,100})\1\s*(?:,\s*(?:default\s*=\s*)?|\)\s*(?:or\s+|\|\|\s*|\{\s*)|\]\s*\|\|\s*)(['"])((?:(?!\3)[^\\\n]|\\.){0,1000})\3/g;
/**
 * python-decouple's `config("SECRET_KEY", default="lit")` / `config("DB_PASSWORD", "lit")` (`cast=…` before the default too):
 * Django's other common environment reader. Only a bare `config(` (not a method: `app.config(…)`) naming an
 * upper-case variable, so Laravel's `config('app.key', …)` (a dotted configuration key) is not read as one.
 */
const PY_DECOUPLE_FALLBACK_RE = /(?<![\w.$>:])config\(\s*(['"])([A-Z][A-Z0-9_]{0,99})\1\s*,\s*(?:cast\s*=\s*[\w.]+\s*,\s*)?(?:default\s*=\s*)?(['"])((?:(?!\3)[^\\\n]|\\.){0,1000})\3/g;
/** `process.env.X || "lit"`, `process.env["X"] ?? 'lit'`, `import.meta.env.X || "lit"`. */
const JS_FALLBACK_RE = /\b(?:process|import\.meta)\.env(?:\.(\w+)|\[\s*(['"`])(\w+)\2\s*\])\s*(?:\|\||\?\?)\s*(['"`])((?:(?!\4)[^\\\n]|\\.){0,1000})\4/g;
/** The name assigned just before an expression: `KEY: `, `KEY=`, `"key": "`, `const key = `. */
const KEY_BEFORE_RE = /([A-Za-z_$][\w.$-]{0,100})["'`]?\]?\s*(?::=|=>|=|:)\s*["'`]?$/;
/** Literal fallbacks of environment reads on one line, in order. `kinds`: which forms to look for. */
function literalFallbacks(line, kinds = ['substitution', 'python', 'js']) {
    const out = [];
    const keyBefore = (at) => KEY_BEFORE_RE.exec(line.slice(Math.max(0, at - 200), at).trimEnd())?.[1] ?? null;
    if (kinds.includes('substitution') && line.includes('${')) {
        for (const m of line.matchAll(SUBST_FALLBACK_RE)) {
            const value = m[2];
            out.push({ name: m[1], key: keyBefore(m.index), value, column: m.index + m[0].length - value.length, exprColumn: m.index + 1, kind: 'substitution' });
        }
    }
    if (kinds.includes('python') && (line.includes('env') || line.includes('ENV'))) {
        for (const m of line.matchAll(PY_FALLBACK_RE)) {
            const value = m[4];
            out.push({ name: m[2], key: keyBefore(m.index), value, column: m.index + m[0].length - value.length, exprColumn: m.index + 1, kind: 'python' });
        }
    }
    if (kinds.includes('python') && line.includes('config(')) {
        for (const m of line.matchAll(PY_DECOUPLE_FALLBACK_RE)) {
            const value = m[4];
            out.push({ name: m[2], key: keyBefore(m.index), value, column: m.index + m[0].length - value.length, exprColumn: m.index + 1, kind: 'python' });
        }
    }
    if (kinds.includes('js') && line.includes('.env')) {
        for (const m of line.matchAll(JS_FALLBACK_RE)) {
            const value = m[5];
            out.push({ name: m[1] ?? m[3], key: keyBefore(m.index), value, column: m.index + m[0].length - value.length, exprColumn: m.index + 1, kind: 'js' });
        }
    }
    return out.sort((a, b) => a.exprColumn - b.exprColumn);
}
/**
 * An environment read whose literal fallback is on the next line (the layout `phx.new` writes in `config/runtime.exs`:
 * `System.get_env("SECRET_KEY_BASE") ||` then the literal; Python `os.environ.get(` with its arguments below, as Black
 * wraps a long call; JS `process.env.JWT_SECRET ||`): the line and the next (or the next two, for a call's arguments) read as one.
 */
const SPLIT_READ_RE = /(?:get_env|getenv|environ|process\.env|ENV\.fetch|\benv)\b[^\n]*?(?:\|\||\?\?|\bor|[(,])[ \t]*\r?\n/g;
/**
 * `get_env|getenv|environ|process\.env|ENV\.fetch|\benv\(`, each alternative starting at its `v`/`V`
 * (a search stops at every `e` of the text for the plain alternation: 3.5× slower over the monorepo).
 */
const ENV_READ_RE = /v(?:(?<=get_env|getenv|process\.env)|(?<=env)iron|(?<=\benv)\()|V(?<=ENV)\.fetch/;
/**
 * The literal fallbacks of environment reads whose literal is on a later line than the read (`os.environ.get(\n    "X", "…"\n)`,
 * environs' `env("X",\n    "…")`, `env(\n    "X",\n    default="…",\n)`, `process.env.X ||\n  "…"`), in order, each once. A fallback
 * on the read's own line is {@link literalFallbacks}' (the line scans of both secret checks find it): it is not repeated here.
 * The one reading of split calls that `hardcoded-secret` (random literals) and `default-credentials` (weak ones) share.
 */
function splitLiteralFallbacks(text, kinds = ['python', 'js']) {
    const out = [];
    if (!ENV_READ_RE.test(text))
        return out;
    const seen = new Set();
    for (const m of text.matchAll(SPLIT_READ_RE)) {
        const start = text.lastIndexOf('\n', m.index - 1) + 1;
        const ends = [m.index + m[0].length];
        for (let k = 0; k < 2; k++) {
            const e = text.indexOf('\n', ends[ends.length - 1]);
            ends.push(e === -1 ? text.length : e + 1);
            if (e === -1)
                break;
        }
        // The lines joined by single spaces (later lines without their indentation); offsets map back through the pieces.
        const bounds = [start, ...ends];
        const pieces = [];
        let joined = '';
        for (let i = 0; i + 1 < bounds.length; i++) {
            const raw = text.slice(bounds[i], bounds[i + 1]).replace(/\r?\n$/, '');
            const body = i === 0 ? raw : raw.trimStart();
            if (i > 0)
                joined += ' ';
            pieces.push({ from: bounds[i] + (raw.length - body.length), joinedAt: joined.length });
            joined += body;
        }
        let readLine = 0;
        const pieceAt = (idx) => { let piece = 0; for (let i = 1; i < pieces.length; i++)
            if (pieces[i].joinedAt <= idx)
                piece = i; return piece; };
        for (const f of literalFallbacks(joined, kinds)) {
            const idx = f.column - 1;
            const piece = pieceAt(idx);
            // The read and its literal on one line (also a later one: `"USER": os.environ.get("U", "u"),` ends with the `,` that
            // joins the next line): the line scan's.
            if (piece === pieceAt(f.exprColumn - 1))
                continue;
            const offset = pieces[piece].from + (idx - pieces[piece].joinedAt);
            // A read that continues over two matched lines (`process.env.A ||\n process.env.B ||\n "…"`) is joined twice.
            if (seen.has(offset))
                continue;
            seen.add(offset);
            readLine ||= (0,util_text/* lineColumnAt */.IX)(text, start).line;
            out.push({ fallback: f, ...(0,util_text/* lineColumnAt */.IX)(text, offset), readLine });
        }
    }
    return out;
}
/**
 * Last words of a key (a Kubernetes Secret's, a compose secret's name) that name where, who or what kind rather than the secret (`username`, `DB_HOST`,
 * `DB_PORT`, `SPRING_DATASOURCE_USERNAME`, a bootstrap token's `token-id`, `expiration` and `auth-extra-groups`,
 * a service binding's `type`/`provider`): a Secret holds them beside the password. Judged by the key's name tokens
 * whatever its case or separators; a key with a secret word ({@link isSecretName}: `token-secret`, `DB_PASSWORD`)
 * or ending in `key` (`STRIPE_KEY`, `DB_KEY`) is never one of them.
 */
const NOT_SECRET_KEY_WORDS = new Set([
    'user', 'users', 'username', 'usernames', 'login', 'email', 'mail', 'host', 'hosts', 'hostname', 'port', 'database', 'db', 'dbname',
    'schema', 'namespace', 'region', 'zone', 'endpoint', 'sslmode', 'driver', 'dialect', 'type', 'kind', 'provider', 'id', 'ids', 'name',
    'expiration', 'expiry', 'expires', 'group', 'groups', 'project', 'tenant', 'bucket', 'cluster', 'version',
]);
/** Keys holding a URL or DSN (`DATABASE_URL`, `SENTRY_DSN`): a secret only when the URL embeds a password. */
const URL_KEY_WORDS = new Set(['url', 'uri', 'urls', 'dsn']);
/** Decodes base64 (Kubernetes `data:`); null when the text is not valid base64. */
function decodeBase64(s) {
    const t = s.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 === 1)
        return null;
    return Buffer.from(t, 'base64').toString('utf8');
}
/**
 * The lines of `text` that contain at least one of `needles` (case-sensitive), with 1-based
 * numbers, in order, each once. One regex pass over the text (an alternation of the needles,
 * resuming at the next line after a hit): far cheaper than splitting every file into lines, and
 * half the cost of one indexOf pass per needle (measured on 20,000 Python files, 135 → 64 ms).
 */
function linesContaining(text, needles) {
    const re = needleRegex(needles);
    const out = [];
    if (re === null)
        return out;
    let lineNo = 1;
    let counted = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = text.lastIndexOf('\n', m.index - 1) + 1;
        for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1))
            lineNo++;
        counted = start;
        const end = text.indexOf('\n', m.index);
        out.push({ line: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, ''), lineNo, start });
        if (end === -1)
            break;
        re.lastIndex = end + 1;
    }
    return out;
}
const needleRegexes = new WeakMap();
/** The alternation of `needles` (made once per needle list; null for no non-empty needle). */
function needleRegex(needles) {
    let re = needleRegexes.get(needles);
    if (re === undefined) {
        // Each needle starts at its rarest character: the search skips the common ones.
        const source = (0,util_text/* anchoredAlternation */.u8)(needles);
        re = source ? new RegExp(source, 'g') : null;
        needleRegexes.set(needles, re);
    }
    return re;
}
/**
 * Offsets where Python triple-quoted strings open and close, in order. A heuristic (a triple quote
 * inside a comment or a one-line string counts too), enough to tell docstrings from code.
 */
function tripleQuoteBounds(text) {
    const bounds = [];
    const re = /"""|'''/g;
    let open = null;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (open === null) {
            open = m[0];
            bounds.push(m.index);
        }
        else if (open === m[0]) {
            open = null;
            bounds.push(m.index);
        }
    }
    return bounds;
}
/** Whether `offset` lies inside a triple-quoted string: an odd number of bounds precede it. */
function insideBounds(bounds, offset) {
    let n = 0;
    while (n < bounds.length && bounds[n] < offset)
        n++;
    return n % 2 === 1;
}
const TF_VARIABLE_RE = /^[ \t]*variable[ \t]+"([^"\n]{1,100})"[ \t]*\{/gm;
const TF_DEFAULT_RE = /(?:^|\{)[ \t]*default[ \t]*=[ \t]*"((?:[^"\\\n]|\\.){1,4096})"/m;
/** The literal string defaults of a Terraform file's secret-named variables (`variable "db_password" { default = "…" }`), at the value. */
function terraformVariableDefaults(text) {
    const out = [];
    if (!text.includes('variable'))
        return out;
    TF_VARIABLE_RE.lastIndex = 0;
    let line = 1;
    let counted = 0;
    for (let m, guard = 0; (m = TF_VARIABLE_RE.exec(text)) !== null && guard < 10_000; guard++) {
        const name = m[1];
        if (!isSecretName(name))
            continue;
        const open = m.index + m[0].length;
        const d = TF_DEFAULT_RE.exec(text.slice(open, hclBlockEnd(text, open)));
        if (!d)
            continue;
        const at = open + d.index + d[0].length - d[1].length - 1;
        for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
            line++;
            counted = i + 1;
        }
        out.push({ name, value: d[1], line, column: at - (text.lastIndexOf('\n', at - 1) + 1) + 1 });
    }
    return out;
}
/** Where the HCL block whose body starts at `from` closes (its `}`), quoted strings and comments skipped; at most 8,000 characters on. */
function hclBlockEnd(text, from) {
    let depth = 1;
    const end = Math.min(text.length, from + 8000);
    for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            for (i++; i < end && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 10; i++)
                if (text.charCodeAt(i) === 92)
                    i++;
        }
        else if (c === 35 /* # */ || (c === 47 && text.charCodeAt(i + 1) === 47)) {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? end : nl;
        }
        else if (c === 123)
            depth++;
        else if (c === 125 && --depth === 0)
            return i;
    }
    return end;
}
/**
 * The password of a connection string: ADO.NET/ODBC/JDBC-style `Server=db;User Id=sa;Password=…;`
 * (`Pwd=` too) and StackExchange.Redis `host:6380,password=…,ssl=True`; null for anything else.
 * `index` is where the password starts in `value`.
 */
function connectionStringPassword(value) {
    // Redis: `host[:port],option=value,…` — commas separate its options.
    const redis = !value.includes(';') && REDIS_CONN_RE.test(value);
    const m = (redis ? COMMA_PASSWORD_RE : SEMI_PASSWORD_RE).exec(value);
    if (!m || (!redis && !value.includes(';') && !CONN_KEYS_RE.test(value)))
        return null;
    const raw = m[2].trim();
    const password = raw.replace(/^(['"])(.*)\1$/, '$2');
    return password ? { password, index: m.index + m[0].indexOf(m[2]) + raw.indexOf(password) } : null;
}
const REDIS_CONN_RE = /^[\w.-]+(?::\d{1,5})?,(?:[\w.-]+(?::\d{1,5})?,)*\w+=/;
const SEMI_PASSWORD_RE = /(?:^|;)\s*(password|pwd)\s*=\s*([^;]{1,500})/i;
const COMMA_PASSWORD_RE = /(?:^|,)\s*(password)\s*=\s*([^,]{1,500})/i;
const CONN_KEYS_RE = /\b(?:server|data source|host|database|user id|uid|initial catalog)\s*=/i;
/** A Helm template's literal fallback: `{{ .Values.x | default "lit" }}` or `{{ default "lit" .Values.x }}`. */
const HELM_DEFAULT = /\{\{-?[^}]*?(?:\|\s*default\s+(["'])([^"'{}]{1,200})\1|\bdefault\s+(["'])([^"'{}]{1,200})\3\s+[.$(])/;
const HELM_KEY = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z_][\w.-]*)["']?[ \t]*:/;
/**
 * The literal fallbacks of a Helm chart template, each with the key it sets (a `- name: X` / `value: …` pair
 * names X): what every install that sets no value runs with. hardcoded-secret judges the random-looking ones,
 * default-credentials the well-known defaults.
 */
function helmFallbacks(text) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((l, i) => {
        const m = HELM_DEFAULT.exec(l);
        if (!m)
            return;
        let key = HELM_KEY.exec(l)?.[1];
        if (key === 'value')
            key = /^[ \t]*-?[ \t]*name:[ \t]*["']?([A-Za-z_][\w.-]*)/.exec(lines[i - 1] ?? '')?.[1];
        const value = m[2] ?? m[4];
        if (key)
            out.push({ line: i + 1, column: l.indexOf(value) + 1, key, value });
    });
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/util/credentials.js
/**
 * Where the two secret checks meet. `hardcoded-secret` reports committed secrets, `default-credentials`
 * weak ones (defaults, placeholders, a password equal to its user name); a value is one check's finding,
 * never both. What both read the same way, and the rules that hand a value from one to the other, live
 * here so the two cannot disagree.
 */







/** Keys that hold a user name (`POSTGRES_USER`, `DB_USERNAME`, `spring.datasource.username`, `ADMIN_LOGIN`). */
const USER_KEY = /(?:^|[_.-])(?:USER|USERNAME|LOGIN)$/i;
/** Keys that hold a password (`POSTGRES_PASSWORD`, `RABBITMQ_DEFAULT_PASS`, `DB_PWD`). */
const PASSWORD_KEY = /(?:PASSWORD|PASSWD|PASS|PWD)$/i;
/** A value as deployed when nothing is set: the literal, or the default of `${VAR:-default}` / `${VAR-default}`; null for other references. */
function literalOrDefault(value) {
    const t = value.trim();
    const m = /^\$\{[A-Za-z_]\w*:?-([^}$]*)\}$/.exec(t);
    if (m)
        return m[1].trim() || null;
    return t && !t.includes('$') ? t : null;
}
/**
 * The hand-off rule for a password equal to a user name set beside it in the same environment
 * (`POSTGRES_USER: app` with `POSTGRES_PASSWORD: app`, also as a `${VAR:-default}` default): anyone who
 * knows the user knows the password. It is a default credential, which `default-credentials` reports;
 * `hardcoded-secret` never reports it, however random the value looks. Keyed by the entry's index in `env`.
 */
function passwordsEqualToUser(env) {
    const out = new Map();
    env.forEach((e, i) => {
        if (e.value === null || !PASSWORD_KEY.test(e.key) || !isSecretName(e.key) || isAboutSecretName(e.key))
            return;
        const v = literalOrDefault(e.value);
        if (!v)
            return;
        const user = env.find((u) => u.value !== null && USER_KEY.test(u.key) && literalOrDefault(u.value) === v);
        // Airflow's `_AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}` beside a user that defaults to `airflow`.
        if (user)
            out.set(i, { user: user.key, value: v, unset: /^\$\{([A-Za-z_]\w*)/.exec(e.value.trim())?.[1] ?? null });
    });
    return out;
}
/**
 * Where {@link passwordsEqualToUser} holds in the environments of a snapshot, as `hardcoded-secret` leaves them to
 * `default-credentials`: every env file (and every file a compose service names in `env_file`), each on its own; every
 * compose service's `environment` (`extends` and merge keys resolved, a value located where it is written); every
 * Kubernetes container's `env` and ConfigMap's `data`; every Dockerfile stage's `ENV`/`ARG` with the stages it inherits from. The same
 * groupings `default-credentials` judges, so a value is handed over exactly when that check can see its user beside it.
 */
function userNamePasswordSites(snapshot) {
    // Read only when a value is asked about (a repository without findings parses nothing here).
    let sites = null;
    return { has: (file, line, value) => (sites ??= collectSites(snapshot)).has(`${file}:${line}\0${value.trim()}`) };
}
function collectSites(snapshot) {
    const sites = new Set();
    const put = (file, line, value) => sites.add(`${file}:${line}\0${value}`);
    const judge = (env, at) => {
        for (const [i, p] of passwordsEqualToUser(env)) {
            const { file, line } = at(env[i]);
            put(file, line, p.value);
        }
    };
    const envFiles = new Set();
    const envFile = (path) => {
        if (envFiles.has(path))
            return;
        envFiles.add(path);
        const ef = snapshot.envFileAt(path);
        if (ef)
            judge(ef.entries, (e) => ({ file: path, line: e.line }));
    };
    for (const ef of snapshot.envFiles())
        envFile(ef.path);
    for (const cf of snapshot.composeFiles()) {
        for (const svc of cf.services) {
            judge((0,repo_compose/* composeEnvironment */.EX)(svc), (e) => svc.origin(e.path));
            for (const p of (0,repo_compose/* composeEnvFiles */.Df)(svc))
                envFile(p);
        }
    }
    for (const obj of snapshot.k8sObjects()) {
        const data = obj.kind === 'ConfigMap' && obj.apiVersion === 'v1' ? obj.value['data'] : undefined;
        if ((0,yaml/* isObject */.Gv)(data)) {
            const entries = Object.entries(data).map(([key, value]) => ({ key, value: typeof value === 'string' ? value : null }));
            judge(entries, (e) => ({ file: obj.file, line: obj.loc(['data', e.key], true).line }));
            continue;
        }
        const env = (0,repo_k8s/* containerEnv */.jY)(obj);
        for (const c of new Set(env.map((e) => e.container)))
            judge(env.filter((e) => e.container === c).map((e) => ({ ...e, key: e.name })), (e) => ({ file: obj.file, line: e.line }));
    }
    for (const df of snapshot.dockerfiles()) {
        for (const stage of df.stages) {
            const props = (0,dockerfile/* lineage */.OZ)(stage).flatMap((s) => s.instructions.filter((ins) => ins.keyword === 'ENV' || ins.keyword === 'ARG').flatMap((ins) => ins.properties));
            judge(props.map((p) => ({ key: p.name, value: p.value, line: p.line })), (p) => ({ file: df.path, line: p.line }));
        }
    }
    return sites;
}
/**
 * The committed files of compose file-based secrets (Docker's documented layout): each holds one secret and no
 * name for an assignment rule to see. Each file once (the first compose file naming it), unless `skip` says so
 * of it or of its compose file. `hardcoded-secret` reports the ones holding a real value, `default-credentials`
 * the ones holding a default or placeholder (`changeme`, `mysecretpassword`): `isDefaultCredential` decides.
 */
function composeSecretFiles(snapshot, skip) {
    const out = [];
    const seen = new Set();
    for (const cf of snapshot.composeFiles()) {
        if (skip(cf.path))
            continue;
        for (const doc of snapshot.yaml(cf.path)?.docs ?? []) {
            const secrets = (0,yaml/* isObject */.Gv)(doc.value) ? doc.value['secrets'] : undefined;
            if (!(0,yaml/* isObject */.Gv)(secrets))
                continue;
            for (const [name, def] of Object.entries(secrets)) {
                const rel = (0,yaml/* isObject */.Gv)(def) && typeof def['file'] === 'string' ? def['file'] : null;
                const file = rel === null || rel.includes('$') ? null : (0,classify/* joinPath */.uJ)((0,classify/* dirname */.pD)(cf.path), rel);
                if (!file || seen.has(file) || skip(file) || !snapshot.has(file))
                    continue;
                seen.add(file);
                const text = snapshot.text(file) ?? '';
                const value = text.trim();
                if (value)
                    out.push({ name, composeFile: cf.path, file, value, ...(0,util_text/* lineColumnAt */.IX)(text, text.indexOf(value)) });
            }
        }
    }
    return out;
}
/**
 * Redis passwords: `requirepass`/`masterauth` in a redis.conf, `sentinel auth-pass <master> …`, and
 * `redis-server --requirepass …` written into a command (a compose `command:`, a Dockerfile `CMD`, a script).
 * A real value is hardcoded-secret's, a default or placeholder (`--requirepass changeme`) default-credentials'.
 */
const REDIS_CONF_PASSWORD_RE = /^[ \t]*(?:requirepass|masterauth|sentinel[ \t]+auth-pass[ \t]+\S+)[ \t]+(["']?)([^\s"']{1,200})\1[ \t]*\r?$/gm;
// (the argument after a space or `=`, the next item of a JSON array `["--requirepass", "…"]` or of a YAML list `- --requirepass` / `- …`)
const REDIS_ARG_PASSWORD_RE = /(?<![\w-])--(?:requirepass|masterauth)(?:[ \t]+|=|["'][ \t]*,[ \t]*|["']?[ \t]*\r?\n[ \t]*-[ \t]+)(["']?)([^\s"',\]]{1,200})\1/g;
/** The Redis passwords of `text` (none on a commented-out line: `# requirepass foobared`, `# redis-server --requirepass …`). */
function redisPasswords(file, text) {
    const out = [];
    if (!text.includes('requirepass') && !text.includes('masterauth') && !text.includes('auth-pass'))
        return out;
    for (const re of file.endsWith('.conf') ? [REDIS_CONF_PASSWORD_RE, REDIS_ARG_PASSWORD_RE] : [REDIS_ARG_PASSWORD_RE]) {
        for (const m of text.matchAll(re)) {
            const at = m.index + m[0].length - m[2].length - m[1].length;
            if (/^[ \t]*#/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at)))
                continue;
            out.push({ ...(0,util_text/* lineColumnAt */.IX)(text, at), value: m[2] });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/default-credentials.js














/** Last words of a name for where a secret is kept: `PASSWORD_KEY`, `TOKEN_QUERY_ARG`, `PASSWORD_COLUMN`. */
// (`_NAME`, `_FIELD`, `_PARAM`, `_HEADER` names are never secret names at all: isSecretName's META_WORDS.)
const FIELD_WORDS = new Set(['key', 'arg', 'args', 'attr', 'attribute', 'column', 'col', 'prop', 'property']);
/** Secret words that a trailing `KEY` turns into a field name (`PASSWORD_KEY`, `TOKEN_KEY`), unlike `SECRET_KEY` or `API_KEY`. */
const FIELD_KEY_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'pw', 'passphrase', 'token', 'tokens', 'credential', 'credentials', 'creds']);
const canonicalWord = (w) => (/^(?:passwd|pwd|pass|pw)$/.test(w) ? 'password' : w === 'creds' || w === 'credential' ? 'credentials' : w === 'tokens' ? 'token' : w);
/**
 * Whether `NAME = value` names a field that holds a secret rather than setting one: a name ending in
 * `_KEY`/`_ARG`/`_ATTR`/`_COLUMN`/`_PROP` whose value is a bare identifier made of
 * the name's own words (`PASSWORD_KEY = "password"`, `TOKEN_QUERY_ARG = "token"`). `SECRET_KEY`, `API_KEY` hold a
 * key, and `TOKEN_KEY = "secret"` (a JWT signing key in many tutorials) is no field name.
 */
/** Words of a name for a member of an enumeration (`K8S_VOLUME_TYPE_VALUE_SECRET = "secret"`, `AUTH_KIND_PASSWORD`). */
const ENUM_WORDS = new Set(['type', 'types', 'value', 'values', 'kind', 'kinds', 'enum', 'option', 'options', 'choice', 'choices']);
/** Whether a constant is an enumeration member whose value spells the end of its name (`SIGN_IN_TYPE_VALUE_PASSWORD = "password"`). */
function enumMember(name, value) {
    const t = nameTokens(name);
    const v = nameTokens(value);
    return v.length > 0 && v.length < t.length && t.some((w) => ENUM_WORDS.has(w)) && t.slice(-v.length).join('_') === v.join('_');
}
function namesField(name, value) {
    const t = nameTokens(name);
    const last = t.at(-1) ?? '';
    if (!FIELD_WORDS.has(last) || (last === 'key' && !FIELD_KEY_WORDS.has(t.at(-2) ?? '')))
        return false;
    if (!/^[A-Za-z_][\w.-]{0,63}$/.test(value))
        return false;
    const own = new Set(t.slice(0, -1).map(canonicalWord));
    return nameTokens(value).some((w) => own.has(canonicalWord(w)));
}
/**
 * Why a name/value pair uses a default credential, or null. Never includes the value. `fallbackOf`:
 * the value is the literal an environment read falls back to (`os.getenv('X', 'dev')`), named by its
 * variable ('' for "the variable"): it deploys whatever it spells, so it is never a field name.
 */
function defaultReason(name, value, fallbackOf) {
    const v = value.trim();
    if (!v)
        return null;
    if (isSecretName(name) && !isAboutSecretName(name) && (fallbackOf !== undefined || !namesField(name, v))) {
        const falls = (lit, variable) => ({ reason: `falls back to ${describeDefault(lit)} when ${variable || 'the variable'} is unset`, secret: lit });
        if (fallbackOf !== undefined)
            return isDefaultCredential(v) ? falls(v, fallbackOf) : null;
        // `${DB_PASSWORD:-changeme}`, Spring's `${DB_PASSWORD:changeme}`: the default deploys whenever the variable is unset.
        if (v.includes('${')) {
            for (const f of literalFallbacks(v, ['substitution']))
                if (isDefaultCredential(f.value))
                    return falls(f.value, f.name);
        }
        else if (isDefaultCredential(v))
            return { reason: `is set to ${describeDefault(v)}`, secret: v };
    }
    // `Server=sql;User Id=sa;Password=YourStrong@Passw0rd` (any key: `ConnectionStrings__Default`).
    const conn = v.includes('=') ? connectionStringPassword(v) : null;
    if (conn && !conn.password.includes('$') && isDefaultCredential(conn.password)) {
        return { reason: `holds a connection string whose password is ${describeDefault(conn.password)}`, secret: conn.password };
    }
    if (v.includes('://')) {
        // `postgres://app:${DB_PASSWORD:-postgres}@db/app`: the default is what the URL holds whenever the variable is unset.
        const fallback = new Map();
        const url = v.includes('${') ? v.replace(/\$\{([A-Za-z_]\w*)(?::?[-=])([^}$'"\s]*)\}/g, (_m, name, lit) => { fallback.set(lit, name); return lit; }) : v;
        URL_CREDENTIALS_RE.lastIndex = 0;
        for (const m of url.matchAll(URL_CREDENTIALS_RE)) {
            const user = m[2];
            let password = m[3];
            try {
                password = decodeURIComponent(password);
            }
            catch { /* keep raw */ }
            if (password.includes('$') || password.includes('{'))
                continue;
            if (isDefaultCredential(password) || password === user) {
                const unset = fallback.has(m[3]) ? ` when ${fallback.get(m[3])} is unset` : '';
                return { reason: `embeds ${password === user ? 'a password equal to its user name' : describeDefault(password)} in its ${m[1].toLowerCase()}:// URL${unset}`, secret: password };
            }
        }
    }
    return null;
}
/**
 * Whether an entry at `at` whose value is a `<…>` placeholder sits inside a string of the line: prose describing a
 * format (firebase-tools' `` throw invalid(`${name} must be a string … or {"secret": "<secret name>"}.`) ``), not a
 * setting. A placeholder entry of a committed configuration is not inside another string and is still reported.
 */
function describedFormat(line, at, value) {
    if (!/^<[^>]*>$/.test(value))
        return false;
    let quote = 0;
    for (let i = 0; i < at; i++) {
        const c = line.charCodeAt(i);
        if (c === 92 /* \\ */)
            i++;
        else if (quote) {
            if (c === quote)
                quote = 0;
        }
        else if (c === 34 || c === 39 || c === 96)
            quote = c;
    }
    return quote !== 0;
}
// Django/Flask/pydantic settings: constants at module level or in a class body (`SECRET_KEY = 'dev'`,
// `class Config:\n    SECRET_KEY = 'dev'`, annotated `PASSWORD: str = 'changethis'`), and keyword arguments
// (`app.config.from_mapping(\n    SECRET_KEY='dev',`). Indented `X = '…'` in a function body is a local variable.
/** A method named like a setting in a class body (`@property def SECRET_KEY(self):`): the class sets that setting. */
const PY_PROPERTY_RE = /^([ \t]+)def\s+([A-Z][A-Z0-9_]*)\s*\(/;
/**
 * The settings class whose body holds offset `at` (`class Config:`, `class ProductionConfig(Config):`), with why it is
 * development-only (`class DevelopmentConfig`, a class under `if DEBUG:`); null outside a class body and for an Enum's
 * members (`class AuthType(str, Enum): API_KEY = "apikey"`, Django `TextChoices`), which are labels, not settings.
 */
function settingsClassAt(src, at) {
    const headers = enclosingHeaders(src, at);
    const cm = /^class\s+([A-Za-z_]\w*)/.exec(headers[0] ?? '');
    if (!cm || ENUM_BASES.test(headers[0]))
        return null;
    return { name: cm[1], dev: headers.some(isDevHeader) ? 'development-only class' : null };
}
const PY_ASSIGN_RE = /^([ \t]*)([A-Z][A-Z0-9_]*)\s*(?::\s*[\w.[\], |]+?\s*)?=(?!=)[ \t]*(.*)$/;
// A literal, with a Python string prefix or not (`b"dev"`, `r'…'`, the Flask docs' `app.secret_key = b'…'`).
const PY_LITERAL_RE = /^(?:[rRbBuU]{1,2})?(['"])(.*?)\1\s*(?:#.*)?$/;
const PY_KWARG_RE = /^\s+([A-Z][A-Z0-9_]*)=(['"])(.*?)\2\s*,\s*(?:#.*)?$/;
const PY_ATTR_RE = /\.(secret_key)\s*=\s*(?:[rRbBuU]{1,2})?(['"])(.*?)\2|\.config\[\s*(['"])(\w+)\4\s*\]\s*=\s*(?:[rRbBuU]{1,2})?(['"])(.*?)\6/;
// Every Python/JS pattern below needs one of these literals on its line (cheap indexOf prefilter):
// a secret-like upper-case name, the attribute/config forms, an environment read (any name case:
// `os.environ.get("db_password", …)`; `env(` also covers `getenv(`), or a URL, whose password
// counts whatever its key.
const PY_NEEDLES = ['SECRET', 'PASS', 'TOKEN', 'KEY', 'PWD', 'CRED', 'AUTH', '.secret_key', '.config[', 'environ', 'env(', '://'];
const JS_NEEDLES = ['process.env', 'secret', 'Secret', 'SECRET', 'password', 'Password', 'PASSWORD', 'passwd'];
/** A Python dict entry with a quoted key and a literal value (`'PASSWORD': 'changeme'` in Django's `DATABASES`). */
const PY_DICT_RE = /(['"])([A-Za-z_][\w-]*)\1\s*:\s*(?:[rRbBuU]{1,2})?(['"])((?:(?!\3)[^\\\n])*)\3/g;
/** A JS/TS constant set to a literal (`const JWT_SECRET = 'secret'`, `export const adminPassword: string = "admin"`). */
const JS_CONST_RE = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>[\]| ]+)?=\s*(['"`])((?:(?!\2)[^\\\n$])*)\2\s*;?\s*$/;
/** A JS/TS object entry set to a literal (`session({ secret: 'keyboard cat' })`, `{ password: 'postgres' }`). */
const JS_ENTRY_RE = /(?<![\w$.])(?:(['"])([A-Za-z_$][\w$-]*)\1|([A-Za-z_$][\w$]*))\s*:\s*(['"`])((?:(?!\4)[^\\\n$])*)\4/g;
/**
 * A login entry (`user: 'app'`, `host: 'db'`) whose value is not its own name: an object holding one beside
 * `password: 'password'` configures a connection (pg's `new Pool({…})`, a knexfile), not a map of field names.
 */
const JS_LOGIN_ENTRY_RE = /(?<![\w$.])(['"]?)(user|username|userName|user_name|host|hostname)\1\s*:\s*(['"`])([^'"`\s]+)\3/g;
/** Whether the lines around a JS object entry (three either side) set a login, see JS_LOGIN_ENTRY_RE. */
function besideLogin(text, start, length) {
    let from = start;
    let to = start + length;
    for (let i = 0; i < 3 && from > 0; i++)
        from = text.lastIndexOf('\n', from - 2) + 1;
    for (let i = 0; i < 3 && to < text.length; i++) {
        const n = text.indexOf('\n', to + 1);
        to = n < 0 ? text.length : n;
    }
    for (const m of text.slice(from, to).matchAll(JS_LOGIN_ENTRY_RE))
        if (nameTokens(m[4]).join('_') !== nameTokens(m[2]).join('_'))
            return true;
    return false;
}
/** Laravel's `env('DB_PASSWORD', 'secret')` (config files read it at boot) and `getenv(…)`. */
const PHP_NEEDLES = ['env('];
/** `${DB_PASSWORD:-postgres}`, `: "${SECRET_KEY:=changeme}"` in a container's entrypoint script. */
const SHELL_NEEDLES = ['${'];
/** Ruby's `ENV.fetch("SECRET_KEY_BASE", "changeme")` (also `{ "changeme" }` and `ENV["X"] || "changeme"`) and Elixir's `System.get_env("ADMIN_PASSWORD", "admin")` / `|| "…"`. */
const RUBY_NEEDLES = ['ENV.fetch(', 'ENV['];
const ELIXIR_NEEDLES = ['System.get_env('];
/**
 * Development configuration by name: Rails and Phoenix (`config/environments/development.rb`, `config/dev.exs`) and the
 * per-environment files of Node's `config` package and Sails (`config/development.js`, `config/local.ts`,
 * `config/env/development.js`): defaults there are notes.
 */
const DEV_CONFIG = /(?:^|\/)config\/(?:(?:environments\/)?(?:dev|development|local)\.(?:rb|exs)|(?:env\/)?(?:dev|development|local|local-development)\.[cm]?[jt]s)$/;
function fallbackKind(file) {
    if ((0,classify/* isVendoredOrGenerated */.Gk)(file) || (0,classify/* isTestFile */.hl)(file))
        return null;
    if (file.endsWith('.php') && !file.endsWith('.blade.php'))
        return 'php';
    if (/\.(?:rb|rake)$/.test(file))
        return 'ruby';
    if (/\.exs?$/.test(file))
        return 'elixir';
    if (/\.(?:tf|tfvars)$/i.test(file))
        return 'terraform';
    return /(?:^|[/_.-])entrypoint(?:[._-][\w-]+)*(?:\.(?:sh|bash))?$/i.test(file) && !/\.(?:py|[cm]?[jt]s|rb|go|php|ps1)$/i.test(file) ? 'shell' : null;
}
/** A script named for development (`entrypoint.dev.sh`, `docker-entrypoint.local.sh`, `scripts/dev-start.sh`): its defaults are notes. */
const devScript = (file) => /\.(?:sh|bash)$|entrypoint/i.test(file) && /(?:^|[/._-])(?:dev|development|local|test|testing|ci|e2e|debug)(?=[/._-]|$)/i.test(file) ? 'development-only script' : null;
/** Spring Boot's configuration files; group 1: the profile (`application-prod.yml` → `prod`). */
const default_credentials_SPRING_CONFIG = /(?:^|\/)(?:application|bootstrap)(?:-([\w.]+))?\.(?:ya?ml|properties)$/;
/** Profiles for local development (`application-dev.yml`, `on-profile: local`). */
const SPRING_DEV_PROFILE = /^(?:dev|devel|develop|development|local|localhost|default-local|docker-local|h2)$/i;
/** Bases of enumerations: `class X(str, Enum):`, `(IntEnum)`, `(enum.StrEnum)`, `(Flag)`, Django `(models.TextChoices)`. */
const ENUM_BASES = /^class\s+\w+\s*\([^)]*\b(?:(?:Str|Int)?Enum|(?:Int)?Flag|(?:Text|Integer)?Choices)\b/;
/** The environment fallbacks of a PHP file or an entrypoint script that deploy a default credential. */
function fallbacksOnly(text, kind) {
    const hits = [];
    if (kind === 'terraform') {
        // `variable "admin_password" { default = "changeme" }`: the default deploys whenever no value is given.
        const seen = new Set();
        for (const d of terraformVariableDefaults(text)) {
            const r = defaultReason(d.name, d.value);
            seen.add(d.line);
            if (r)
                hits.push({ line: d.line, column: d.column, name: `Terraform variable '${d.name}'`, reason: `has a default: it ${r.reason}`, secret: r.secret, dev: null, setting: null });
        }
        // Arguments and `.tfvars` values: `password = "password123"` in an `aws_db_instance`, `db_password = "changeme"`.
        for (const { line, lineNo } of linesContaining(text, ['='])) {
            const m = TF_ATTRIBUTE_RE.exec(line);
            if (!m || seen.has(lineNo))
                continue;
            const r = defaultReason(m[1], m[2]);
            if (r)
                hits.push({ line: lineNo, column: line.indexOf(`"${m[2]}"`, m[1].length) + 2, name: m[1], reason: r.reason, secret: r.secret, dev: null, setting: null });
        }
        return hits.length ? { hits, secured: [] } : undefined;
    }
    const needles = kind === 'php' ? PHP_NEEDLES : kind === 'ruby' ? RUBY_NEEDLES : kind === 'elixir' ? ELIXIR_NEEDLES : SHELL_NEEDLES;
    const reads = linesContaining(text, needles);
    for (const { line, lineNo } of reads) {
        if (line.length > 1000 || /^\s*(?:#|\/\/|\*|\/\*)/.test(line))
            continue;
        // A guard tests the default to refuse it (`if [ "${SECRET_KEY:-changeme}" = "changeme" ]; then exit 1`): nothing deploys it.
        if (kind === 'shell' && /^\s*(?:if|elif|while|until|case|\[\[?|test)\b|^\s*\[/.test(line))
            continue;
        for (const f of literalFallbacks(line, [kind === 'shell' ? 'substitution' : 'python'])) {
            // `\${SECRET_KEY:-secret}` is text (echoed help), not an expansion.
            if (kind === 'shell' && line[f.exprColumn - 2] === '\\')
                continue;
            const r = defaultReason(f.name, f.value, '');
            if (r) {
                hits.push({ line: lineNo, column: f.exprColumn, name: f.name, reason: r.reason, secret: r.secret, dev: null, setting: null });
                break;
            }
        }
    }
    // A read whose literal is on a later line (`System.get_env("SECRET_KEY_BASE") ||` then the literal, as `phx.new` writes
    // `config/runtime.exs`; `env(\n    'DB_PASSWORD',\n    'secret'\n)`): reported at the literal.
    if (kind !== 'shell' && reads.length) {
        for (const { fallback: f, line, column, readLine } of splitLiteralFallbacks(text, ['python'])) {
            const r = COMMENT_LINE.test(reads.find((l) => l.lineNo === readLine)?.line ?? '') ? null : defaultReason(f.name, f.value, '');
            if (r)
                hits.push({ line, column, name: f.name, reason: r.reason, secret: r.secret, dev: null, setting: null });
        }
    }
    return hits.length ? { hits, secured: [] } : undefined;
}
/** A line that starts a comment (`#`, `//`, `/*`, ` * `). */
const COMMENT_LINE = /^\s*(?:#|\/\/|\*|\/\*)/;
/** `lines` (a line list in order, as linesContaining gives) with the lines numbered `more` that it lacks added, in order. */
function withLines(text, lines, more) {
    const have = new Set(lines.map((l) => l.lineNo));
    const want = [...more].filter((n) => !have.has(n)).sort((a, b) => a - b);
    if (!want.length)
        return lines;
    const extra = [];
    let lineNo = 1;
    let pos = 0;
    for (const n of want) {
        for (; lineNo < n; lineNo++) {
            const nl = text.indexOf('\n', pos);
            if (nl === -1)
                break;
            pos = nl + 1;
        }
        if (lineNo !== n)
            break;
        const end = text.indexOf('\n', pos);
        extra.push({ line: text.slice(pos, end === -1 ? text.length : end).replace(/\r$/, ''), lineNo: n, start: pos });
    }
    return [...lines, ...extra].sort((a, b) => a.lineNo - b.lineNo);
}
/** A Terraform argument or `.tfvars` assignment of a quoted literal: `  master_password = "changeme"`. */
const TF_ATTRIBUTE_RE = /^\s*([A-Za-z_][\w-]{0,100})\s*=\s*"([^"$\\]{1,200})"\s*(?:#.*|\/\/.*)?$/;
const RAILS_DEV_ENV = /^(?:development|dev|test|testing|local|ci|cucumber)$/i;
const HELM_DEV_VALUES = /^values[.-](?:dev|development|local|test|testing|kind|minikube|k3d|ci|e2e|sandbox)(?:[.-][\w-]+)?\.ya?ml$/i;
/** Deploy configuration read as a structure: Helm values beside a Chart.yaml, ASP.NET Core appsettings (not the development ones), Rails' database.yml. */
function structuredConfig(file, has) {
    const b = (0,classify/* basename */.P8)(file);
    const dir = (0,classify/* dirname */.pD)(file);
    if (/^values(?:[.-][\w.-]+)?\.ya?ml$/i.test(b) && has(`${dir ? `${dir}/` : ''}Chart.yaml`))
        return { kind: 'helm', dev: HELM_DEV_VALUES.test(b) ? 'development values file' : null };
    const app = (0,classify/* aspNetSettings */.Bt)(file);
    if (app)
        return app.dev ? null : { kind: 'appsettings', dev: null };
    if (/(?:^|\/)config\/database\.ya?ml$/.test(file))
        return { kind: 'rails', dev: null };
    return null;
}
/** Official database images' switches that turn password authentication off (any non-empty value enables the MySQL/MariaDB ones; `no`, `false` and `0` are taken at their word). */
const AUTH_OFF = [
    [/^POSTGRES_HOST_AUTH_METHOD$/, (v) => v.trim().toLowerCase() === 'trust', 'turns password authentication off: any client that reaches the database logs in as any user'],
    [/^(?:MYSQL_ALLOW_EMPTY_PASSWORD|MARIADB_ALLOW_EMPTY_ROOT_PASSWORD|MARIADB_ALLOW_EMPTY_PASSWORD)$/, (v) => !/^(?:|no|false|0)$/i.test(v.trim()), 'lets the database run without a password'],
    // Bitnami's redis, postgresql, mysql, mariadb, mongodb… images (their `is_boolean_yes`: yes, true or 1).
    [/^ALLOW_EMPTY_PASSWORD$/, (v) => /^(?:yes|true|1)$/i.test(v.trim()), 'lets the database run without a password'],
];
/**
 * What an environment (a compose service's, a container's, an image's, an env file's) says beyond each value on its
 * own: a switch that turns authentication off, or a password equal to a user name set beside it
 * (`POSTGRES_USER: app` with `POSTGRES_PASSWORD: app`: the hand-off rule hardcoded-secret shares, util/credentials.ts).
 * Keyed by the entry's index in `env`.
 */
function environmentReasons(env) {
    const out = new Map();
    env.forEach((e, i) => {
        const off = e.value === null ? undefined : AUTH_OFF.find(([key, on]) => key.test(e.key) && on(e.value));
        if (off)
            out.set(i, { reason: `is '${e.value.trim()}', which ${off[2]}`, secret: '' });
    });
    for (const [i, p] of passwordsEqualToUser(env)) {
        if (!out.has(i))
            out.set(i, { reason: p.unset ? `falls back to the user name of ${p.user} when ${p.unset} is unset` : `is set to the user name of ${p.user}`, secret: p.value });
    }
    return out;
}
/**
 * Placeholder or well-known default values (`changeme`, `admin`, `postgres`, `<generate…>`,
 * `django-insecure-…`) for secret-named keys in deploy configuration.
 */
const defaultCredentials = defineCheck({
    id: 'default-credentials',
    title: 'Deploy configuration uses no default or placeholder credentials',
    severity: 'high',
    description: 'Placeholder or default values (changeme, admin, password, postgres, secret, <generate…>, django-insecure-…) for secret-named keys in compose, Kubernetes, Dockerfile, settings and production .env files.',
    match: [
        {
            // "No default passwords", "Change all default passwords", "`SECRET_KEY` is not the default
            // `django-insecure-` key", "Database password is not `postgres`", "`SECRET_KEY` changed from the default",
            // "`SECRET_KEY` (not the default)".
            pattern: /\bdefault (?:(?:postgres(?:ql)?|mysql|admin|root|database|db|redis|rabbitmq|grafana|jwt) )?(?:passwords?|credentials?|keys?|secrets?|secret keys?|api keys?|tokens?)\b|\b(?:placeholder|changeme) (?:passwords?|secrets?|credentials?|values)\b|\bdjango-insecure\b|\bkeyboard cat\b|(?:\b|_)(?:passwords?|secrets?|credentials?|keys?|tokens?) \(?(?:(?:is|are|has been|have been|was|were) )?(?:not (?:the |a |its |their )?defaults?|changed from (?:the |its |their )?defaults?)\b|\b(?:database|db|postgres(?:ql)?|mysql|admin|root) password (?:is )?not (?:the default |a default )?[\"'“‘]?(?:changeme|postgres|admin|password|root|secret)\b/,
            // Network hardware and devices keep their passwords outside the repository, and a password changed at
            // first login is a user's, not deploy config. Rotation, templates and sandboxes are not what the check
            // reads. And the promise must refuse defaults (the last alternative: no word of refusal or of change
            // anywhere vetoes): "Default API keys for the sandbox are documented", "Default secret rotation period
            // is 90 days", ".env.example is committed with placeholder values" promise nothing about deploy config.
            unless: /\b(?:network|switches|routers?|firewalls?|printers?|devices?|hardware|appliances?|access points?|ipmi|bmc)\b|\bfirst (?:login|log-?in|sign-?in|use)\b|\brotat\w*|\b(?:examples?|templates?|samples?|sandbox)\b|^(?!.*\b(?:no|not|never|none|don't|doesn't|isn't|aren't|do not|must not|without|avoid\w*|chang\w*|replac\w*|remov\w*|reset)\b)/,
            note: 'a promise that no default or placeholder secret is deployed: the check reads deploy config',
        },
    ],
    docs: {
        why: 'Default credentials are the first thing an attacker tries, and a placeholder that reaches production means the real secret was never set.',
        fix: 'Generate a strong value per environment and inject it from a secret store; remove the fallback default so a missing secret fails loudly.',
        details: [
            'Looks at secret-named keys (token match: `POSTGRES_PASSWORD`, `MYSQL_ROOT_PASSWORD`, `SECRET_KEY`, `API_TOKEN`…; not `*_FILE`, `*_USER`, `PASSWORD_MIN_LENGTH`) in:',
            '- compose `environment` (list and map, `extends`/merge keys resolved; a value is reported once, where it is written: in the `extends` base or the merge-key anchor, naming every service that uses it; a value that is one variable, `POSTGRES_PASSWORD: ${POSTGRES_PW}`, is judged as compose interpolates it from the committed `.env` beside the compose file, and reported at that `.env` line), and the files its `env_file` names, whatever their names (`.envs/.production/.postgres`, `db.env`);',
            '- Kubernetes container `env` `value:`, `Secret` `stringData`/`data` (base64 decoded) and `ConfigMap` `data` (a container environment: a password equal to the user name beside it counts), and the `literals` of a kustomization\'s `secretGenerator`/`configMapGenerator` (`- password=changeme`: the Secret kustomize generates);',
            '- Dockerfile `ENV`/`ARG` of the final stage and the stages it inherits from;',
            "- Python settings: upper-case constants at module level and in class bodies, annotated or not (`SECRET_KEY = 'dev'`, `class Config:` / `class ProdConfig(Config):` `SECRET_KEY = 'dev'`, pydantic `FIRST_SUPERUSER_PASSWORD: str = 'changethis'`), keyword arguments (`app.config.from_mapping(SECRET_KEY='dev')`), `app.secret_key = …`, `app.config['SECRET_KEY'] = …`, and `os.environ.get('SECRET_KEY', 'dev')` / `os.getenv(…)` / `os.getenv('SECRET_KEY') or 'dev'` / python-decouple `config('SECRET_KEY', default='dev')` fallbacks, also with the arguments on the lines below the call as Black wraps it (`os.environ.get(\\n    \"SECRET_KEY\", \"django-insecure-…\"\\n)`, environs' `env('SECRET_KEY',\\n    '…')`, `env(\\n    \"API_TOKEN\",\\n    default=\"changeme\",\\n)`; reported at the literal). Assignments in function bodies are local variables and are not read;",
            "- Python dict entries with a quoted secret-named key (`'PASSWORD': 'changeme'` in Django's `DATABASES`);",
            "- JavaScript/TypeScript `process.env.JWT_SECRET || 'secret'` (and `?? 'secret'`, also with the literal on the next line) fallbacks, constants set to a literal (`const JWT_SECRET = 'secret'`) and object entries (`session({ secret: 'keyboard cat' })`, `{ password: 'postgres' }`; `password: 'password'` too when the object sets a login beside it, `{ host: 'db', user: 'app', password: 'password' }`, and is otherwise a map of field names); an enumeration member whose value spells the end of its name (`AUTH_TYPE_VALUE_PASSWORD = 'password'`) is a label;",
            "- PHP `env('DB_PASSWORD', 'secret')` fallbacks (Laravel's `config/*.php`), Ruby `ENV.fetch(\"SECRET_KEY_BASE\", \"changeme\")` (or `{ \"changeme\" }`, `ENV[\"SECRET_KEY_BASE\"] || \"changeme\"`) and Elixir `System.get_env(\"ADMIN_PASSWORD\", \"admin\")` / `System.get_env(\"DATABASE_URL\") || \"ecto://postgres:postgres@…\"` fallbacks, also with the literal on a line below the read (`System.get_env(\"SECRET_KEY_BASE\") ||` then the literal, as `phx.new` writes `config/runtime.exs`) (Rails and Phoenix development configuration — `config/environments/development.rb`, `config/dev.exs` — gives notes), and `${DB_PASSWORD:-postgres}` / `${SECRET_KEY:=changeme}` defaults in container entrypoint scripts (`docker-entrypoint.sh`, `entrypoint.sh`, `entrypoint.prod.sh`, and any shell script a Dockerfile `ENTRYPOINT`/`CMD`, compose `command` or Procfile starts; other shell scripts are too often local tooling to judge). A guard that tests the default to refuse it (`if [ \"${SECRET_KEY:-changeme}\" = \"changeme\" ]`, `case`) and escaped text (`\\${…}`) deploy nothing; scripts named for development (`entrypoint.dev.sh`, `scripts/dev-start.sh`) or started only by development entry points give notes;",
            '- production env files (`.env.production`, `.env.prod`, `.env.staging`, `production.env`), whether a compose service names them or not, judged like an environment (a password equal to the user name beside it, the switches below), and so are hosting platforms\' deploy files (fly.toml `[env]`, render.yaml `envVars` with a literal `value`; `generateValue` and `fromDatabase` hold none);',
            "- the committed files of compose file-based secrets (top-level `secrets: { db-password: { file: db/password.txt } }`) holding a default or placeholder (`changeme`, `mysecretpassword`), reported at the value; a secret named for a user, e-mail or host (`db_user`, `admin_email`) holds a name, not a password. A real value there is `hardcoded-secret`'s;",
            '- Terraform variables with a literal `default` (`variable "admin_password" { default = "changeme" }`: used whenever no value is given), arguments and `.tfvars` values (`password = "password123"` in an `aws_db_instance`, `db_password = "changeme"`);',
            '- Helm chart templates: a secret-named value whose `default` is a well-known one (`{{ .Values.db.password | default \"postgres\" }}`; a random-looking fallback is `hardcoded-secret`\'s);',
            '- Helm `values*.yaml` beside a `Chart.yaml` (development values files give notes), ASP.NET Core `appsettings.json`/`appsettings.<Environment>.json` (not Development; a base value an environment\'s file sets again is not judged), Rails `config/database.yml` (the sections other than development and test, `<<: *default` merged; an ERB read\'s fallback, `<%= ENV.fetch(\"DB_PASSWORD\", \"postgres\") %>`, is judged as the value);',
            '- Redis told to require a default password: `redis-server --requirepass changeme` in a compose `command`, a Dockerfile `CMD` or Kubernetes `args` (also as the next item of a JSON array or YAML list), `requirepass foobared` (redis.conf\'s own example) in a `.conf` file; a real value there is `hardcoded-secret`\'s;',
            '- database images told to run without a password: `POSTGRES_HOST_AUTH_METHOD=trust`, `MYSQL_ALLOW_EMPTY_PASSWORD`, `MARIADB_ALLOW_EMPTY_(ROOT_)PASSWORD`, Bitnami\'s `ALLOW_EMPTY_PASSWORD=yes` (compose, Kubernetes, Dockerfile environments); a password equal to a user name set beside it (`POSTGRES_USER: app` with `POSTGRES_PASSWORD: app`): a default credential however random it looks, which `hardcoded-secret` leaves to this check (one shared rule, `src/checks/util/credentials.ts`);',
            "- Spring Boot configuration (`application.yml`, `application-prod.properties`, `bootstrap.yml`): every key whose dotted path is secret-named (`spring.datasource.password: postgres`), literals and the default of `${JWT_SECRET:changeme}`; development profiles (`application-dev.yml`, `application-local.properties`, a document with `spring.config.activate.on-profile: dev`, Quarkus `%dev.` keys) give notes, test resources and Quarkus `%test.` keys are exempt.",
            'Names about a secret rather than the secret are not judged: settings (a last word encoder, encoding, profile, strategy, algorithm, provider, backend, mode, type, leeway, skew, TTL, length, renewal, signing, method, scheme, cipher…: `PASSWORD_ENCODER: default`, `AWS_CREDENTIALS_PROFILE: default`, `TOKEN_STRATEGY: local`), texts shown to users (a last word message, msg, prompt, title, label, text, error, hint, help, placeholder, description, mismatch, expired, invalid…, or a first word invalid, wrong, incorrect, missing, expired, bad: `PASSWORD_PROMPT`, `INVALID_PASSWORD`), what a log scrubber writes in a secret\'s place (a last word mask, masked, redacted, redaction, or a first word masked, redacted: `PASSWORD_MASK = "********"`, `MASKED_PASSWORD`), and field names: a name ending in `_ARG`/`_ATTR`/`_COLUMN`/`_PROP`, or `_KEY` after a password/token/credential word (`PASSWORD_KEY`, `TOKEN_KEY`; not `SECRET_KEY`, `API_KEY`), whose value is an identifier made of the name\'s own words (`PASSWORD_KEY = "password"`, `TOKEN_QUERY_ARG = "token"`). In code a constant whose value is its own name (`PASSWORD = "password"`, `API_KEY = "apiKey"`: compared by words, ignoring case, `_`, `-` and camelCase) names a field too. `DB_PASSWORD = "password"`, `SECRET_KEY = "dev"`, `TOKEN_KEY = "secret"`, `CLIENT_SECRET = "secret"` still fail.',
            'Any URL value (`DATABASE_URL=postgres://postgres:postgres@db/app`) whose password is a default or equals the user name counts too, whatever its key, and so does a connection string whose `Password=` is a default (`ConnectionStrings__Default=Server=sql;User Id=sa;Password=YourStrong@Passw0rd`: Microsoft\'s documentation example).',
            'Defaults: `changeme`, `change_me`, `admin`, `password`, `postgres`, `root`, `secret`, `123456`, `guest`, `minioadmin`, `keyboard cat` (`keyboardcat`), jsonwebtoken\'s `shhhhh`, `<generate…>`, `your-secret-key-here`, `django-insecure-…`, `dev`, `test`, … (see `src/checks/util/secrets.ts`).',
            'Placeholders written as words are recognised too: `your…password/secret/key/token` (`Your_password123`, `yourStrong(!)Password`, jwt.io\'s `your-256-bit-secret`), `replace…`/`change…` instructions (`replace_with_real_password`, `change_this`, `change me please`), also after other words (`dev-secret-key-change-in-production`, `supersecret-changeme`), Node tutorials\' secrets made only of the words my/this/is/a/super/very/jwt/session/cookie/app/auth/token/key around `secret` (`jwtsecret`, `jwt_secret`, `supersecretjwtkey`, `ThisIsASecret`), and vendors\' documented sample passwords (SQL Server\'s `YourStrong@Passw0rd`, the postgres and mysql images\' `mysecretpassword`, `my-secret-pw`, `Pass@word1`…). Only values made of words (at most one short number) count: a random tail (`your_key_Zx8Kq2…`) is a real value, not a placeholder. A placeholder is one token: a value with white space is a sentence shown to users (`Your password is incorrect`, `Enter your API key`, `Change your password`) and never a placeholder, except the exact defaults above (`keyboard cat`), a bracketed fill-in (`<your password>`) and an instruction about the value itself (`change me`, `change me please`).',
            "A compose/Dockerfile default `${DB_PASSWORD:-changeme}` counts: it is what deploys whenever the variable is unset. The same holds for `os.environ.get('SECRET_KEY', 'dev')`.",
            COMPOSE_ENV_REACH_DOC,
            'Development-only files by name (`docker-compose.override.yml`, `docker-compose.dev.yml`, `Dockerfile.dev`, `settings/local.py`, `settings/dev*.py`, node-config\'s and Sails\' `config/development.js`, `config/local.js`, `config/env/development.js`…), compose services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…) or in Laravel Sail\'s `docker-compose.yml`, and Python development classes (a whole word of the class name, split at `_` and CamelCase, is dev, development, debug, test(s), testing, local, CI or E2E: `DevelopmentConfig`, `TestConfig`, `LocalConfig`, `CIConfig`, `E2EConfig`; not `DeviceGatewayConfig`, `LocalizationSettings`, `DevOpsConfig`) get `info` notes: defaults are how local development works. Template files (`*.example`, `*.sample`, `*.template`) and tests are exempt, test-environment configuration too (`settings/test.py`, `settings/testing.py`, `config/test.exs`, `application-test.yml`…).',
            "A settings package's base default that its production module (`settings/production.py`, `prod.py`, `live.py`, `deploy.py`) sets to something else (`from .base import *` then `SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]`) is an `info` note, as in `debug-mode`.",
            "A class default that production code of the same project sets to something else (`class Config: SECRET_KEY = 'dev'` with `class ProductionConfig(Config): SECRET_KEY = os.environ['SECRET_KEY']`, or a `@property def SECRET_KEY(self)` there) is an overridden default and passes; a production class that inherits it unchanged deploys it and fails, and so does a value the production class or module sets itself (a base class's safe value does not undo it).",
            'Values are never printed; the message says what kind of default it is.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    // Code: constants (module level and class bodies) and environment fallbacks, one file at a time.
    scan: () => ({
        accepts: (file) => (isCodeFile(file) || fallbackKind(file) !== null) && !(0,classify/* isTemplate */.Fl)(file),
        file(file, text) {
            const other = isCodeFile(file) ? null : fallbackKind(file);
            if (other)
                return fallbacksOnly(text, other);
            const py = (0,classify/* isPython */.r2)(file);
            const hits = [];
            const secured = [];
            let docs = null;
            let src = null;
            // Environment reads whose literal is on a later line (Black's `os.environ.get(\n    "X", "…"\n)`, environs'
            // `env("X",\n    "…")`, `process.env.X ||\n  "…"`), by the line the read starts on: judged with that line, the
            // statement's (where the constant and its class are), and reported at the literal.
            // (Looked for only when a candidate line reads the environment: a file without one is not searched again.)
            const candidates = linesContaining(text, py ? PY_NEEDLES : JS_NEEDLES);
            const split = new Map();
            if (candidates.some((l) => ENV_READ_RE.test(l.line))) {
                for (const f of splitLiteralFallbacks(text, [py ? 'python' : 'js']))
                    split.set(f.readLine, [...(split.get(f.readLine) ?? []), f]);
            }
            for (const { line, lineNo, start } of split.size ? withLines(text, candidates, split.keys()) : candidates) {
                if (line.length > 1000)
                    continue;
                // A docstring shows usage (`SECRET_KEY = "changeme"` in a module's docs): it sets nothing.
                if (py && insideBounds((docs ??= tripleQuoteBounds(text)), start))
                    continue;
                // [name, value, column, is an environment fallback, is a settings dict entry (`'PASSWORD': …`: a value, never a field name)]
                // (a sixth element marks a JS object entry: one beside a login is a value too, see besideLogin)
                const found = [];
                // A constant this line sets (module level or class body): what a class default may be overridden by.
                let setting = null;
                if (py) {
                    const kw = PY_KWARG_RE.exec(line);
                    const am = kw ? null : PY_ASSIGN_RE.exec(line);
                    if (kw)
                        found.push([kw[1], kw[3], line.indexOf(kw[2] + kw[3]) + 2]);
                    else if (am) {
                        const indent = am[1].length;
                        const at = start + indent;
                        let className = null;
                        let dev = null;
                        let place = indent === 0 ? 'module' : null;
                        if (place === null) {
                            // Indented: a keyword argument spread over lines, a class body (`class Config:`), or function code (skipped).
                            src ??= scanSource(file, text, 'python');
                            if (depthAt(src, at) > 0)
                                place = 'argument';
                            else {
                                const cls = settingsClassAt(src, at);
                                if (cls) {
                                    place = 'class';
                                    className = cls.name;
                                    dev = cls.dev;
                                }
                            }
                        }
                        if (place !== null) {
                            const lit = PY_LITERAL_RE.exec(am[3]);
                            if (lit)
                                found.push([am[2], lit[2], line.length - am[3].length + 2 + (/^[rRbBuU]{1,2}/.exec(am[3])?.[0].length ?? 0)]);
                            if (place !== 'argument')
                                setting = { name: am[2], start: at, className, dev };
                        }
                    }
                    // `@property def SECRET_KEY(self):` in a config class sets the setting as surely as an assignment (a production
                    // class that reads the variable and refuses to start without it overrides the base's default).
                    const pm = kw || am ? null : PY_PROPERTY_RE.exec(line);
                    if (pm) {
                        src ??= scanSource(file, text, 'python');
                        const at = start + pm[1].length;
                        const cls = settingsClassAt(src, at);
                        if (cls)
                            setting = { name: pm[2], start: at, className: cls.name, dev: cls.dev };
                    }
                    const m = PY_ATTR_RE.exec(line);
                    if (m)
                        found.push(m[1] ? ['SECRET_KEY', m[3], line.indexOf(m[2] + m[3], m.index) + 2] : [m[5], m[7], line.indexOf(m[6] + m[7], m.index) + 2]);
                }
                // `os.environ.get('X', 'dev')`, `os.getenv('X') or 'dev'`, `process.env.X || 'secret'`.
                for (const f of literalFallbacks(line, [py ? 'python' : 'js']))
                    found.push([f.name, f.value, f.exprColumn, true]);
                // Dict and object entries (`'PASSWORD': 'changeme'`, `secret: 'keyboard cat'`) and JS constants, outside comments.
                if (!found.length && !/^\s*(?:#|\/\/|\*|\/\*)/.test(line)) {
                    if (py) {
                        for (const m of line.matchAll(PY_DICT_RE))
                            if (!describedFormat(line, m.index, m[4]))
                                found.push([m[2], m[4], m.index + m[0].length - m[4].length, false, /^[A-Z][A-Z0-9_]*$/.test(m[2])]);
                    }
                    else {
                        const c = JS_CONST_RE.exec(line);
                        if (c)
                            found.push([c[1], c[3], line.lastIndexOf(c[2] + c[3] + c[2]) + 2]);
                        else
                            for (const m of line.matchAll(JS_ENTRY_RE))
                                if (!describedFormat(line, m.index, m[5]))
                                    found.push([m[2] ?? m[3], m[5], m.index + m[0].length - m[5].length, false, false, true]);
                    }
                }
                // A line that sets no constant of its own (a call's argument under `X = wrap(`, as Black lays it out) is
                // development-only when a block around it is: `class DevelopmentConfig:`, `if DEBUG:`.
                let around;
                const devAround = () => {
                    if (around !== undefined)
                        return around;
                    const indent = /^\s*/.exec(line)[0].length;
                    if (!py || setting || indent === 0)
                        return (around = null);
                    src ??= scanSource(file, text, 'python');
                    return (around = enclosingHeaders(src, start + indent).some(isDevHeader) ? 'development-only class' : null);
                };
                const hitAt = (at, column, name, r) => ({ line: at, column, name, reason: r.reason, secret: r.secret, dev: setting?.dev ?? devAround(), setting: setting && setting.className !== null ? { start: setting.start, className: setting.className } : null, ...(setting && setting.className === null ? { module: setting.name } : {}) });
                const lineHits = [];
                for (const [name, value, column, fallback, settingEntry, objectEntry] of found) {
                    // `PASSWORD = "password"`, `API_KEY = "apiKey"` name a field (an enum of keys), they do not set one;
                    // a fallback (`process.env.SECRET || 'secret'`) is the value itself, whatever it spells, and so is
                    // `password: 'password'` beside `user: 'app'` (a connection's options, not field names).
                    if (!fallback && !settingEntry && (nameTokens(value).join('_') === nameTokens(name).join('_') || enumMember(name, value))
                        && !(objectEntry && value === value.toLowerCase() && besideLogin(text, start, line.length)))
                        continue;
                    const r = defaultReason(name, value, fallback ? '' : undefined);
                    if (!r)
                        continue;
                    lineHits.push(hitAt(lineNo, column, name, r));
                    break;
                }
                // A read this line starts whose literal is below it: a fallback, at the literal (a commented-out call sets nothing).
                if (!COMMENT_LINE.test(line)) {
                    for (const { fallback: f, line: at, column } of split.get(lineNo) ?? []) {
                        const r = defaultReason(f.name, f.value, '');
                        if (r)
                            lineHits.push(hitAt(at, column, f.name, r));
                    }
                }
                if (lineHits.length)
                    hits.push(...lineHits);
                else if (setting && !setting.dev && !(0,classify/* isDevOnly */.uL)(file) && isSecretName(setting.name))
                    secured.push({ name: setting.name, start: setting.start, runtime: false, className: setting.className });
            }
            return hits.length || secured.length ? { hits, secured } : undefined;
        },
    }),
    run({ snapshot, scanned, report }) {
        // One finding per location: a value shared through compose `extends` or merge keys is reported
        // once, where it is written; a failure beats a note (a development-only service reaching it).
        const once = onePerLocation();
        const emit = (file, line, column, name, hit, where, devReason = (0,classify/* isDevOnly */.uL)(file) ? 'development-only file' : null) => {
            // A switch that turns authentication off (`POSTGRES_HOST_AUTH_METHOD=trust`) holds no secret to replace.
            const message = `${name}${where} ${hit.reason}; ${hit.secret ? 'set a strong generated secret from a secret store instead' : 'remove it and require a strong password from a secret store'}`;
            // A switch (`POSTGRES_HOST_AUTH_METHOD=trust`) holds no secret to redact.
            const secret = hit.secret ? { secret: hit.secret } : {};
            once.put(devReason ? { file, line, column, ...secret, note: true, message: `${message} (${devReason})` } : { file, line, column, message, ...secret });
        };
        const skipFile = (f) => (0,classify/* isTemplate */.Fl)(f) || (0,classify/* isTestFile */.hl)(f);
        // A value several services reach (an `extends` base that is itself a service, a shared env_file)
        // is one finding where it is written, naming every service that uses it; a production service makes it a failure.
        const composeHits = reachedByLocation();
        // `POSTGRES_PASSWORD: ${POSTGRES_PW}` with `POSTGRES_PW=changeit` in the committed `.env` compose interpolates
        // with: reported at the `.env` line, where the value is written (once, even when an env_file reads that line too).
        const dotenvHits = reachedByLocation();
        // The repository's own deployment: not test or illustration folders, not `extends` bases (reached through the
        // services that extend them). A value a production overlay replaces is a note; one the service's own
        // `environment:` replaces (over its env_file) never reaches the container.
        for (const cf of judgedComposeFiles(snapshot)) {
            const dotenv = composeDotenvFile(snapshot, cf.path);
            for (const svc of cf.services) {
                const dev = (0,repo_compose/* composeDevOnly */.kZ)(svc);
                const reach = composeEnvReach(snapshot, svc);
                const env = (0,repo_compose/* composeEnvironment */.EX)(svc);
                const fromDotenv = env.map((e) => dotenvEntryFor(e.value, dotenv, e.key));
                const beside = environmentReasons(env.map((e, i) => ({ key: e.key, value: fromDotenv[i]?.value ?? e.value })));
                for (const [i, e] of env.entries()) {
                    const own = e.value === null ? null : defaultReason(e.key, e.value);
                    const via = own ? null : fromDotenv[i];
                    const hit = own ?? (via ? defaultReason(e.key, via.value) : null) ?? beside.get(i);
                    if (!hit)
                        continue;
                    const devWhy = (file) => dev ?? ((0,classify/* isDevOnly */.uL)(file) ? 'development-only file' : reach.environment(e.key));
                    if (via && dotenv)
                        dotenvHits.add({ file: dotenv.path, line: via.line, column: via.valueColumn }, false, svc, devWhy(svc.origin(e.path).file), { name: via.key, hit, into: e.key });
                    else {
                        const at = svc.origin(e.path);
                        if (!skipFile(at.file))
                            composeHits.add(at, false, svc, devWhy(at.file), { name: e.key, hit });
                    }
                }
                // The files its env_file names (`.envs/.production/.postgres`, `db.env`): its environment too.
                for (const p of (0,repo_compose/* composeEnvFiles */.Df)(svc)) {
                    const ef = skipFile(p) ? undefined : snapshot.envFileAt(p);
                    if (!ef)
                        continue;
                    const near = environmentReasons(ef.entries.map((e) => ({ key: e.key, value: e.value })));
                    ef.entries.forEach((e, i) => {
                        const hit = defaultReason(e.key, e.value) ?? near.get(i);
                        const over = hit ? reach.envFile(p, e.key) : null;
                        if (hit && over !== false)
                            composeHits.add({ file: p, line: e.line, column: e.valueColumn }, true, svc, dev ?? ((0,classify/* isDevOnly */.uL)(p) ? 'development-only file' : over), { name: e.key, hit });
                    });
                }
            }
        }
        // A `.env` line that services read through env_file and others through interpolation is one finding naming them all.
        const at = (h) => `${h.file}:${h.line}:${h.column}`;
        const interpolated = new Map(dotenvHits.values().map((h) => [at(h), h]));
        const who = (h) => namedServices([...new Set(h.services.map((o) => o.name))]);
        const into = (h) => `interpolated into ${h.data.into} of ${who(h)}`;
        for (const h of composeHits.values()) {
            const also = interpolated.get(at(h));
            interpolated.delete(at(h));
            const reached = [h.envFile ? `env_file of ${who(h)}` : who(h), ...(also ? [into(also)] : [])].join(', and ');
            emit(h.file, h.line, h.column, h.data.name, h.data.hit, ` (${reached})`, h.dev === null || also?.dev === null ? null : h.dev);
        }
        for (const h of interpolated.values())
            emit(h.file, h.line, h.column, h.data.name, h.data.hit, ` (${into(h)})`, h.dev);
        for (const obj of snapshot.k8sObjects()) {
            if (skipFile(obj.file))
                continue;
            if ((obj.kind === 'Secret' || obj.kind === 'ConfigMap') && obj.apiVersion === 'v1') {
                for (const field of obj.kind === 'Secret' ? ['stringData', 'data'] : ['data']) {
                    const data = obj.value[field];
                    if (!(0,yaml/* isObject */.Gv)(data))
                        continue;
                    // A ConfigMap is a container's environment (`envFrom`): a password equal to the user name beside it is a
                    // default credential, as in `env`. (A Secret's literal values are hardcoded-secret's, whatever they are.)
                    const entries = Object.entries(data);
                    const beside = obj.kind === 'ConfigMap' ? environmentReasons(entries.map(([key, raw]) => ({ key, value: typeof raw === 'string' ? raw : null }))) : null;
                    for (const [i, [key, raw]] of entries.entries()) {
                        if (typeof raw !== 'string')
                            continue;
                        const value = obj.kind === 'Secret' && field === 'data' ? decodeBase64(raw) : raw;
                        const hit = value === null ? null : defaultReason(key, value) ?? beside?.get(i);
                        if (hit) {
                            const at = obj.loc([field, key], true);
                            emit(obj.file, at.line, at.column, key, hit, ` (${obj.kind} '${obj.name ?? '?'}')`);
                        }
                    }
                }
                continue;
            }
            const env = (0,repo_k8s/* containerEnv */.jY)(obj);
            for (const container of new Set(env.map((e) => e.container))) {
                const own = env.filter((e) => e.container === container);
                const beside = environmentReasons(own.map((e) => ({ key: e.name, value: e.value })));
                own.forEach((e, i) => {
                    const hit = defaultReason(e.name, e.value) ?? beside.get(i);
                    if (hit)
                        emit(obj.file, e.line, e.column, e.name, hit, ` (container '${container.name}')`);
                });
            }
        }
        // The ConfigMaps and Secrets kustomize generates from `literals` (`- password=changeme`), read like written ones.
        for (const { file: f, literals } of kustomizeEnv(snapshot)) {
            for (const e of literals) {
                const hit = defaultReason(e.key, e.value);
                if (hit)
                    emit(f, e.line, e.column, e.key, hit, ` (kustomize ${e.generator} '${e.name}')`);
            }
        }
        for (const df of snapshot.dockerfiles()) {
            if (!df.final || skipFile(df.path))
                continue;
            const props = (0,dockerfile/* lineage */.OZ)(df.final).flatMap((stage) => stage.instructions.filter((ins) => ins.keyword === 'ENV' || ins.keyword === 'ARG').flatMap((ins) => ins.properties.map((p) => ({ ins, p }))));
            const beside = environmentReasons(props.map(({ p }) => ({ key: p.name, value: p.value })));
            for (const [i, { ins, p }] of props.entries()) {
                const hit = (p.value === null ? null : defaultReason(p.name, p.value)) ?? beside.get(i);
                if (hit)
                    emit(df.path, p.line, p.column, p.name, hit, ` (${ins.keyword})`);
            }
        }
        // Redis told to require a default password (`command: redis-server --requirepass changeme`, `requirepass foobared`
        // in a redis.conf): the deployed server's password, whatever key it sits under (a real one is hardcoded-secret's).
        const redisFiles = new Set([...judgedComposeFiles(snapshot).map((cf) => cf.path), ...snapshot.k8sObjects().map((o) => o.file),
            ...snapshot.dockerfiles().filter((df) => df.final).map((df) => df.path), ...snapshot.files.filter((f) => f.endsWith('.conf') && !(0,classify/* isVendoredOrGenerated */.Gk)(f))]);
        for (const file of redisFiles) {
            const text = skipFile(file) ? undefined : snapshot.text(file);
            if (text === undefined)
                continue;
            for (const r of redisPasswords(file, text)) {
                if (!isDefaultCredential(r.value))
                    continue;
                emit(file, r.line, r.column, 'the Redis password (requirepass)', { reason: `is set to ${describeDefault(r.value)}`, secret: r.value }, '');
            }
        }
        // Production env files, whether or not a compose service names them (`.env.production` read by the app, a platform):
        // judged like a service's environment, a password equal to the user name beside it included.
        for (const ef of snapshot.envFiles()) {
            if (skipFile(ef.path) || !isProductionEnvFile(ef.path))
                continue;
            const near = environmentReasons(ef.entries);
            ef.entries.forEach((e, i) => {
                const hit = defaultReason(e.key, e.value) ?? near.get(i);
                if (hit)
                    emit(ef.path, e.line, e.valueColumn, e.key, hit, '');
            });
        }
        // Hosting platforms' deploy files (fly.toml [env], render.yaml envVars): the production process's environment.
        const platform = platformEnv(snapshot).filter((e) => !skipFile(e.file));
        for (const file of new Set(platform.map((e) => e.file))) {
            const rows = platform.filter((e) => e.file === file);
            const near = environmentReasons(rows);
            rows.forEach((e, i) => {
                const hit = defaultReason(e.key, e.value) ?? near.get(i);
                if (hit)
                    emit(e.file, e.line, e.column, e.key, hit, ` (${e.where})`, e.dev ? 'development-only file' : null);
            });
        }
        // The committed files of compose file-based secrets (`secrets: { db-password: { file: db/password.txt } }`) holding a
        // default or placeholder; a real value there is hardcoded-secret's (both read the files alike: util/credentials.ts).
        // A secret named for who or where (`db_user`, `admin-email`, `db_host`) holds a name: its default-looking value (`postgres`, `admin`) is no password.
        const namesWhereOrWho = (name) => { const last = nameTokens(name).at(-1) ?? ''; return NOT_SECRET_KEY_WORDS.has(last) || URL_KEY_WORDS.has(last); };
        for (const s of composeSecretFiles(snapshot, skipFile)) {
            if (/[\r\n]/.test(s.value) || namesWhereOrWho(s.name) || !isDefaultCredential(s.value))
                continue;
            emit(s.file, s.line, s.column, `the compose secret '${s.name}'`, { reason: `is set to ${describeDefault(s.value)}`, secret: s.value }, ` (${s.composeFile})`, (0,classify/* isDevOnly */.uL)(s.composeFile) || (0,classify/* isDevOnly */.uL)(s.file) ? 'development-only file' : null);
        }
        // Helm chart templates: a secret-named value falling back to a well-known default
        // (`{{ .Values.db.password | default "postgres" }}`) is what every install that sets no value runs with.
        for (const file of snapshot.files) {
            if (!/(?:^|\/)templates\/[^/]+\.(?:ya?ml|tpl)$/i.test(file) || skipFile(file))
                continue;
            const text = snapshot.text(file);
            if (text === undefined || !isHelmTemplate(file, text))
                continue;
            for (const f of helmFallbacks(text)) {
                if (!isSecretName(f.key) || isAboutSecretName(f.key))
                    continue;
                const hit = defaultReason(f.key, f.value);
                if (hit)
                    emit(file, f.line, f.column, f.key, hit, ' (the chart\'s `default`)');
            }
        }
        // Spring Boot configuration (`application.yml`, `application-prod.properties`, `bootstrap.yml`):
        // `spring.datasource.password: postgres`, `jwt.secret=${JWT_SECRET:changeme}` (the default after
        // the variable's `:` is what runs whenever it is unset). Development profiles are notes.
        for (const file of snapshot.files) {
            const m = default_credentials_SPRING_CONFIG.exec(file);
            if (!m || skipFile(file))
                continue;
            const fileDev = (0,classify/* isDevOnly */.uL)(file) ? 'development-only file' : m[1] && SPRING_DEV_PROFILE.test(m[1]) ? `Spring profile '${m[1]}'` : null;
            // The settings of a file (or YAML document), judged each on its own and beside the others: a
            // `spring.datasource.password` equal to its `username` (also as the default of `${DB_PASSWORD:payments}`).
            const judgeAll = (rows, dev) => {
                const beside = environmentReasons(rows.map((r) => ({ key: r.key, value: /^\$\{[\w.-]+:([^}$]*)\}$/.exec(r.value.trim())?.[1] ?? r.value })));
                rows.forEach((r, i) => {
                    const hit = defaultReason(r.key.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase(), r.value) ?? beside.get(i);
                    if (hit)
                        emit(file, r.line, r.column, r.key, hit, '', dev ?? fileDev);
                });
            };
            if (file.endsWith('.properties')) {
                // Quarkus profile keys (`%dev.quarkus.datasource.password=quarkus`): each profile judged on its own,
                // development profiles as notes, test profiles not at all (like `application-test.properties`).
                const byProfile = new Map();
                (snapshot.lines(file) ?? []).forEach((l, i) => {
                    const pm = /^\s*([^\s#!=:][^=:\s]*)\s*[=:]\s*(.*?)\s*$/d.exec(l);
                    if (!pm)
                        return;
                    const profile = /^%([\w-]+)\./.exec(pm[1]);
                    const rows = byProfile.get(profile?.[1] ?? '') ?? [];
                    rows.push({ key: profile ? pm[1].slice(profile[0].length) : pm[1], value: pm[2], line: i + 1, column: pm.indices[2][0] + 1 });
                    byProfile.set(profile?.[1] ?? '', rows);
                });
                for (const [profile, rows] of byProfile) {
                    if (/^(?:test|testing|it|integration-?test)$/i.test(profile))
                        continue;
                    judgeAll(rows, profile && SPRING_DEV_PROFILE.test(profile) ? `Quarkus profile '${profile}'` : null);
                }
                continue;
            }
            for (const doc of snapshot.yaml(file)?.docs ?? []) {
                // A document activated only for a development profile (`spring.config.activate.on-profile: dev`).
                const spring = (0,yaml/* isObject */.Gv)(doc.value) && (0,yaml/* isObject */.Gv)(doc.value['spring']) ? doc.value['spring'] : null;
                const activate = spring && (0,yaml/* isObject */.Gv)(spring['config']) && (0,yaml/* isObject */.Gv)(spring['config']['activate']) ? spring['config']['activate']['on-profile'] : spring?.['profiles'];
                const docDev = typeof activate === 'string' && SPRING_DEV_PROFILE.test(activate) ? `Spring profile '${activate}'` : null;
                const rows = [];
                const walk = (v, path, depth) => {
                    if (depth > 32)
                        return;
                    if (typeof v === 'string' && typeof path.at(-1) === 'string') {
                        const at = doc.loc(path);
                        if (at)
                            rows.push({ key: path.filter((x) => typeof x === 'string').join('.'), value: v, ...at });
                    }
                    else if (Array.isArray(v))
                        v.forEach((x, i) => walk(x, [...path, i], depth + 1));
                    else if ((0,yaml/* isObject */.Gv)(v))
                        for (const [k, x] of Object.entries(v))
                            walk(x, [...path, k], depth + 1);
                };
                walk(doc.value, [], 0);
                judgeAll(rows, docDev);
            }
        }
        // Structured deploy configuration: Helm values beside a Chart.yaml, ASP.NET Core appsettings, Rails'
        // config/database.yml. Every secret-named key's string value (and any connection string or URL).
        for (const file of snapshot.files) {
            const kind = structuredConfig(file, (f) => snapshot.has(f));
            if (!kind || skipFile(file))
                continue;
            const fileDev = (0,classify/* isDevOnly */.uL)(file) ? 'development-only file' : kind.dev;
            // The base appsettings.json gives way to what an environment's file (appsettings.Production.json) sets.
            const overrides = kind.kind === 'appsettings' && /^appsettings\.json$/i.test((0,classify/* basename */.P8)(file))
                ? snapshot.files.filter((f) => (0,classify/* dirname */.pD)(f) === (0,classify/* dirname */.pD)(file) && f !== file && structuredConfig(f, (x) => snapshot.has(x))?.kind === 'appsettings').map((f) => snapshot.yaml(f)?.docs[0]?.value)
                : [];
            const overridden = (path) => overrides.some((o) => { let v = o; for (const k of path)
                v = (0,yaml/* isObject */.Gv)(v) ? v[String(k)] : undefined; return v !== undefined; });
            for (const doc of snapshot.yaml(file)?.docs ?? []) {
                const judge = (key, value, path, dev, beside) => {
                    if (overridden(path))
                        return;
                    // ERB and Helm template expressions are set at run time; an ERB read's literal fallback (`<%= ENV.fetch("DB_PASSWORD", "postgres") %>`,
                    // `<%= ENV["DB_PASSWORD"] || "postgres" %>`) is what runs whenever the variable is unset.
                    let judged = value;
                    if (value.includes('<%') || value.includes('{{')) {
                        // One ERB output tag holding one read (literalFallbacks reads Ruby's `ENV.fetch`/`ENV[]` as for .rb files).
                        const erb = /^\s*<%=([^%]*)%>\s*$/.exec(value)?.[1];
                        const fallbacks = erb ? literalFallbacks(erb, ['python']) : [];
                        if (fallbacks.length !== 1)
                            return;
                        judged = fallbacks[0].value;
                    }
                    const hit = defaultReason(key, judged) ?? (judged === value ? beside : undefined) ?? null;
                    const at = hit ? doc.loc(path) : undefined;
                    if (hit && at)
                        emit(file, at.line, at.column, path.join('.'), hit, '', dev ?? fileDev);
                };
                const walk = (v, path, depth, dev) => {
                    if (depth > 32)
                        return;
                    const key = path.at(-1);
                    if (typeof v === 'string' && typeof key === 'string')
                        judge(key, v, path, dev);
                    else if (Array.isArray(v))
                        v.forEach((x, i) => walk(x, [...path, i], depth + 1, dev));
                    else if ((0,yaml/* isObject */.Gv)(v)) {
                        // `username: app` beside `password: app`: a password equal to the user name.
                        const entries = Object.entries(v);
                        const beside = environmentReasons(entries.map(([k, x]) => ({ key: k, value: typeof x === 'string' ? x : null })));
                        entries.forEach(([k, x], i) => (typeof x === 'string' ? judge(k, x, [...path, k], dev, beside.get(i)) : walk(x, [...path, k], depth + 1, dev)));
                    }
                };
                if (kind.kind !== 'rails' || !(0,yaml/* isObject */.Gv)(doc.value)) {
                    walk(doc.value, [], 0, null);
                    continue;
                }
                // database.yml: the environments' sections (`<<: *default` merged); a value a section takes from
                // the shared one is reported where it is written. Development and test sections are not deployed.
                const sections = doc.value;
                for (const [env, section] of Object.entries(sections)) {
                    if (!(0,yaml/* isObject */.Gv)(section) || RAILS_DEV_ENV.test(env) || env === 'default')
                        continue;
                    const entries = Object.entries(section);
                    const beside = environmentReasons(entries.map(([k, x]) => ({ key: k, value: typeof x === 'string' ? x : null })));
                    entries.forEach(([k, v], i) => {
                        if (typeof v !== 'string')
                            return;
                        const from = doc.loc([env, k]) ? env : Object.keys(sections).find((o) => o !== env && (0,yaml/* isObject */.Gv)(sections[o]) && sections[o][k] === v) ?? env;
                        judge(k, v, [from, k], null, beside.get(i));
                    });
                }
            }
        }
        // Shell scripts production starts (a Dockerfile ENTRYPOINT/CMD, compose command, Procfile) are entrypoint
        // scripts whatever their names (`ENTRYPOINT ["/app/start.sh"]`); those named so are the file pass's.
        // The scripts are the ones the entry-point analysis reads (PATH lookups, `cd DIR &&`, `exec`, shebangs resolved).
        const startedBy = new Map();
        for (const entry of entryPoints(snapshot)) {
            for (const file of analyseEntry(snapshot, entry).scripts) {
                if (fallbackKind(file) !== null || skipFile(file))
                    continue;
                // Started by production somewhere: judged as production; only by development entry points: notes.
                const dev = entry.devOnly ? devRemark(entry) : null;
                if (!startedBy.has(file) || dev === null)
                    startedBy.set(file, dev);
            }
        }
        for (const [file, dev] of startedBy) {
            const text = snapshot.text(file);
            for (const h of (text === undefined ? undefined : fallbacksOnly(text, 'shell'))?.hits ?? [])
                emit(file, h.line, h.column, h.name, h, '', dev ?? devScript(file));
        }
        // A class default (`class Config: SECRET_KEY = 'dev'`) that production code of the same project sets to
        // something else (`class ProductionConfig(Config): SECRET_KEY = os.environ['SECRET_KEY']`) is overridden.
        const secured = scanned.flatMap((s) => s.data.secured.map((x) => ({ ...x, file: s.file })));
        for (const { file, data } of scanned) {
            for (const h of data.hits) {
                if (h.setting && !h.dev && !(0,classify/* isDevOnly */.uL)(file) && overriddenSetting({ file, name: h.name, start: h.setting.start, runtime: false, className: h.setting.className }, secured, new Map(), new Map()))
                    continue;
                // A settings package's base module (`settings/base.py`) whose production module sets the value otherwise
                // (`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]` after `from .base import *`): a note, by the rule debug-mode
                // shares (a staging or other environment's module is judged on its own).
                const prod = h.module && !h.dev && !(0,classify/* isDevOnly */.uL)(file) ? overridingSetting({ file, name: h.module, start: -1, runtime: false, className: null }, secured.filter((s) => s.className === null && s.file !== file && SETTINGS_PROD.test((0,classify/* basename */.P8)(s.file)))) : undefined;
                if (prod) {
                    emit(file, h.line, h.column, h.name, h, '', `overridden by ${prod.file} for production`);
                    continue;
                }
                emit(file, h.line, h.column, h.name, h, '', h.dev ?? ((0,classify/* isDevOnly */.uL)(file) ? 'development-only file' : DEV_CONFIG.test(file) ? 'development configuration' : devScript(file)));
            }
        }
        for (const f of once.findings())
            report(f);
    },
});

;// CONCATENATED MODULE: ./lib/checks/dockerfile-healthcheck.js







/**
 * What a health check does, whether it passes, or a monitor's checks: more than that the Dockerfile declares one
 * ("Dockerfile HEALTHCHECK hits the /health endpoint", "Uptime health checks configured", "Health checks pass in CI").
 */
const HITS = new RegExp(`${phrases/* HEALTH_CHECK_BEYOND_DECLARED */.Xt.source}|\\b(?:hits?|hitting|pings?|calls?|curls?|targets?|quer(?:y|ies)|points? (?:at|to))\\b|(?:^|\\s)\\/[\\w.-]`);
/** The final stage, and each stage a compose service builds as its `build.target` (or a stage it inherits from), declares `HEALTHCHECK`. */
const dockerfileHealthcheck = defineCheck({
    id: 'dockerfile-healthcheck',
    title: 'Dockerfile declares a HEALTHCHECK',
    severity: 'medium',
    description: 'The final stage of each Dockerfile, and each stage a compose service builds as its build.target (or a stage it inherits from), declares a HEALTHCHECK.',
    match: [
        {
            // "Health check endpoint configured in Dockerfile": the Dockerfile declares a HEALTHCHECK (which calls the
            // endpoint). What it hits ("Dockerfile HEALTHCHECK hits /health") is more than the check reads.
            pattern: /\bhealth ?checks?(?: endpoints?| routes?| commands?)? (?:is |are )?(?:configured|declared|defined|set(?: up)?|added|present|in place|specified) in (?:the |each |every |all |our |its |their )?(?:dockerfiles?|docker images?|container images?)\b/,
            unless: HITS,
            note: 'a health check configured in the Dockerfile: the check reads HEALTHCHECK',
        },
        {
            // "Docker images have a health check", "Add HEALTHCHECK to Dockerfile"; not what the health check
            // does or whether it passes ("Health checks pass in CI for the docker image").
            pattern: /\b(?:dockerfiles?|containers?|images?)\b[^;]*\bhealth ?checks?\b|\bhealth ?checks?\b[^;]*\b(?:dockerfiles?|docker images?|container images?)\b|\bhealthcheck instruction\b/,
            unless: new RegExp(`\\bendpoints?\\b|${HITS.source}`),
            note: 'a promise that container images declare health checks: the check reads HEALTHCHECK',
        },
        {
            pattern: /\bhealth ?checks?\b/,
            context: /\b(?:docker|dockerfiles?|containers?)\b/,
            unless: new RegExp(`\\bendpoints?\\b|${HITS.source}`),
            // Under a closer "Monitoring" heading or parent item they are uptime checks ("Docker & Infrastructure" ›
            // "Monitoring" › "Health checks configured").
            nearUnless: phrases/* MONITORING */.Rp,
            note: 'health checks under a Docker/containers heading (not under a closer monitoring heading or parent)',
        },
    ],
    docs: {
        why: 'Without a health check Docker, Compose and Swarm only know whether the process is alive, not whether it serves: a hung server keeps receiving traffic and is never restarted.',
        fix: 'Add `HEALTHCHECK CMD curl -fsS http://localhost:8000/health || exit 1` (or a small binary probe) to the final stage.',
        details: [
            'Judges the final stage and every stage a compose service builds as its `build.target` (awesome-compose\'s `target: builder`: that stage is the image production runs), following `FROM <earlier-stage>` inheritance; a HEALTHCHECK in a builder stage that the judged stage does not inherit from does not count. When production compose services build only other stages, the final stage gets an `info` note (not the stage production builds), as in `dockerfile-non-root`; a target named for development (`target: development`, `dev-envs`) is development-only and gets notes itself.',
            'The last HEALTHCHECK that takes effect wins: `HEALTHCHECK NONE` is an explicit opt-out (for example when Kubernetes probes do the job) and passes with an `info` note. A bare `HEALTHCHECK` (neither `CMD` nor `NONE`), or a `HEALTHCHECK CMD` with no command, is no health check: Docker refuses to build it, so the Dockerfile is a `parse-error` and is not judged.',
            'A HEALTHCHECK inherited from an external base image cannot be seen and does not count; a final stage `FROM scratch` or distroless still fails (ship a static probe binary, or opt out with `HEALTHCHECK NONE`).',
            'Images that are not servers (a CLI tool, a one-shot job) and images run only on Kubernetes (which ignores HEALTHCHECK and uses its own probes) should say so with `HEALTHCHECK NONE`: the opt-out is explicit and visible in review.',
            'A compose service built from the Dockerfile that declares its own `healthcheck:` with a `test` satisfies the check for the stage it builds (with an `info` note; one that only sets `interval`/`retries` tunes the image HEALTHCHECK and runs nothing without it); for a build target, only a service building that target counts.',
            'Development-only Dockerfiles (`Dockerfile.dev`, `.devcontainer/`) and build targets only development services build (a development-only compose file or profile) get an `info` note instead of a failure; templates and Dockerfiles under test folders are not judged.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    run({ snapshot, report, skip }) {
        // The final stage of each Dockerfile, and each stage a compose service builds as its `build.target`
        // (what production runs when it names one); test Dockerfiles are not judged.
        const shipped = shippedStages(snapshot);
        if (!shipped.length) {
            skip('no Dockerfile');
            return;
        }
        const composeCovered = composeHealthchecked(snapshot, shipped);
        // A HEALTHCHECK NONE in a base two shipped stages share is one note.
        const once = onePerLocation();
        for (const s of shipped) {
            const { df, stage } = s;
            const hc = (0,dockerfile/* effectiveInstructions */.VH)(stage).filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
            const at = { file: df.path, line: stage.from.line, column: stage.from.column };
            const what = s.target ? `build target '${stage.name}'` : 'the final stage';
            if (hc) {
                if (hc.argv[0]?.toUpperCase() === 'NONE')
                    once.put({ ...at, line: hc.line, column: hc.column, note: true, message: 'HEALTHCHECK NONE explicitly disables the health check (make sure the orchestrator probes the service instead)' });
                continue;
            }
            const svc = composeCovered.get(stage);
            if (svc) {
                once.put({ ...at, note: true, message: `no HEALTHCHECK in ${what}, but compose service '${svc}' declares a healthcheck` });
                continue;
            }
            const builtBy = s.target ? `, which service '${s.target.service}' in ${s.target.file} builds,` : '';
            const message = `${what} (FROM ${stage.from.raw || '?'})${builtBy} declares no HEALTHCHECK; add one so a hung server is detected and restarted`;
            once.put(s.devReason ? { ...at, note: true, message: `${message} (${s.devReason})` } : { ...at, message });
        }
        for (const f of once.findings())
            report(f);
    },
});
/**
 * The shipped stages built by a compose service that declares a (non-disabled) healthcheck, with the
 * service name: the stage it builds (its `build.target`, else the final stage); a final stage counts
 * as covered by any service building its Dockerfile.
 */
function composeHealthchecked(snapshot, shipped) {
    const out = new Map();
    for (const cf of snapshot.composeFiles()) {
        for (const svc of cf.services) {
            const hc = svc.value['healthcheck'];
            if (!hc || typeof hc !== 'object' || hc['disable'] === true)
                continue;
            const test = hc['test'];
            // Without `test` the service only tunes the image's own HEALTHCHECK (interval, retries…): with none in the image, nothing runs.
            if (Array.isArray(test) ? !test.length || test[0] === 'NONE' : typeof test !== 'string' || !test.trim())
                continue;
            const build = (0,repo_compose/* composeBuild */.FI)(cf.path, svc);
            if (!build)
                continue;
            for (const s of shipped) {
                if (s.df.path !== build.dockerfile || out.has(s.stage))
                    continue;
                if (s.target === null || s.stage.name?.toLowerCase() === build.target?.toLowerCase())
                    out.set(s.stage, svc.name);
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/checks/image-tag-pinned.js









/** `docker.io/library/python` → `python`, `docker.io/bitnami/redis` → `bitnami/redis`. */
function normalizeImageName(name) {
    return name.toLowerCase().replace(/^(index\.)?docker\.io\//, '').replace(/^library\//, '');
}
const PLAIN_VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
const UNKNOWN = '\u0001';
/**
 * Judges one image reference. `vars` resolves `$VAR`/`${VAR:-default}`; an unresolved variable
 * only makes the reference unverifiable when it sits in the tag, the digest or the last path part.
 */
function judgeImage(raw, vars, moving, allowed) {
    // Plain references to unknown variables become a marker; `${VAR:-default}` keeps its default.
    const marked = raw.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*):?\?[^}]*\}/g, '${$1}').replace(PLAIN_VAR, (m, braced, bare) => (vars.get((braced ?? bare)) == null ? UNKNOWN : m));
    const resolved = (0,dockerfile/* substitute */.V2)(marked, vars) ?? UNKNOWN;
    const ref = (0,dockerfile/* parseImageRef */.Q)(resolved);
    const isMoving = (tag) => moving.includes(tag.toLowerCase()) || tag.toLowerCase().split(/[-_.]/).some((w) => moving.includes(w));
    const last = ref.name.slice(ref.name.lastIndexOf('/') + 1);
    if (ref.digest !== null) {
        if (ref.digest && !ref.digest.includes(UNKNOWN))
            return { verdict: 'ok' };
        // `node:20@${DIGEST}`: whatever digest is passed, the visible tag is pinned (`latest@${DIGEST}` is pinned only by the digest).
        return ref.tag && !ref.tag.includes(UNKNOWN) && !isMoving(ref.tag) && ref.name && !last.includes(UNKNOWN) ? { verdict: 'ok' } : { verdict: 'unverifiable' };
    }
    if (ref.tag?.includes(UNKNOWN) || (ref.tag === null && last.includes(UNKNOWN)) || !ref.name)
        return { verdict: 'unverifiable' };
    if (allowed(normalizeImageName(ref.name.replaceAll(UNKNOWN, '*'))))
        return { verdict: 'ok' };
    const image = resolved.replaceAll(UNKNOWN, '…');
    if (ref.tag === null || ref.tag === '')
        return { verdict: 'untagged', image, tag: null };
    // A moving tag as a word of the tag moves too (`umami:postgresql-latest`, `latest-alpine`).
    if (isMoving(ref.tag))
        return { verdict: 'moving', image, tag: ref.tag };
    return { verdict: 'ok' };
}
/**
 * Image names whose tag is set at deploy time: skaffold build artifacts (`global`), and kustomize
 * `images:` with `newTag`/`digest` (`kustomized`: the image name → the files that kustomization
 * renders, which it alone pins — not an unrelated app's manifests elsewhere in the repository).
 */
function deployTimeImages(snapshot) {
    const global = new Set();
    const kustomized = new Map();
    const rendered = kustomizeRendered(snapshot);
    for (const f of snapshot.files) {
        const b = (0,classify/* basename */.P8)(f);
        const kustomize = /^kustomization\.ya?ml$/i.test(b);
        if (!kustomize && !/^skaffold\.ya?ml$/i.test(b))
            continue;
        for (const doc of snapshot.yaml(f)?.docs ?? []) {
            const v = doc.value;
            if (!(0,yaml/* isObject */.Gv)(v))
                continue;
            const list = kustomize ? v['images'] : (0,yaml/* isObject */.Gv)(v['build']) ? v['build']['artifacts'] : undefined;
            if (!Array.isArray(list))
                continue;
            for (const i of list) {
                if (!(0,yaml/* isObject */.Gv)(i))
                    continue;
                const name = kustomize ? i['name'] : i['image'];
                if (typeof name !== 'string' || (kustomize && i['newTag'] === undefined && i['digest'] === undefined))
                    continue;
                if (!kustomize) {
                    global.add(normalizeImageName(name));
                    continue;
                }
                const files = kustomized.get(normalizeImageName(name)) ?? new Set();
                for (const r of rendered.get((0,classify/* dirname */.pD)(f)) ?? [])
                    files.add(r);
                kustomized.set(normalizeImageName(name), files);
            }
        }
    }
    return { global, kustomized };
}
/** `{ repository, tag }` objects in a Helm values document, with their paths (bounded depth). */
function helmImages(v, path, depth) {
    if (!(0,yaml/* isObject */.Gv)(v) || depth > 8)
        return [];
    if (typeof v['repository'] === 'string' && 'tag' in v)
        return [{ path, image: v }];
    // An override file (`values-production.yaml`) may set the tag alone: `image: { tag: latest }`.
    if (path.at(-1) === 'image' && 'tag' in v && (typeof v['tag'] === 'string' || typeof v['tag'] === 'number'))
        return [{ path, image: v }];
    // A whole reference as a string (`image: ghcr.io/acme/app:1.4.2`), unless a sibling gives its tag apart (`imageTag: lts`).
    const whole = v['image'];
    const own = typeof whole === 'string' && IMAGE_REF_RE.test(whole) && !Object.keys(v).some((k) => k !== 'image' && /tag|digest|version/i.test(k)) ? [{ path: [...path, 'image'], image: whole }] : [];
    return [...own, ...Object.entries(v).flatMap(([k, c]) => helmImages(c, [...path, k], depth + 1))];
}
/** What a values file's `image:` string must look like to be read as an image reference (no template, no spaces). */
const IMAGE_REF_RE = /^[a-z0-9][a-z0-9._\/-]*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/i;
/**
 * The `from=` sources of a RUN's `--mount` flags (every flag: dockerfile-ast keeps only the last), with where the
 * value is written. Only the flags before the command count: `--mount=` in the command itself is no flag.
 */
function runMountImages(lines, first, last) {
    const out = [];
    for (let n = first; n <= last; n++) {
        // A comment line inside the continuation is no part of the instruction.
        const text = n > first && /^\s*#/.test(lines[n - 1] ?? '') ? '' : (lines[n - 1] ?? '');
        // The instruction's flags: `RUN` (first line), then `--flag` words, then a continuation or the command.
        const flags = /^(\s*(?:RUN\s+)?)((?:--\S+\s*)*)/i.exec(text);
        for (const m of flags[2].matchAll(/--mount=(\S+)/gi)) {
            const opt = /(^|,)from=([^,\s]+)/i.exec(m[1]);
            if (opt)
                out.push({ from: opt[2].replace(/^["']|["']$/g, ''), line: n, column: flags[1].length + m.index + 8 + opt.index + opt[1].length + 5 + 1 });
        }
        // The command starts on this line: no more flags after it.
        if (text.slice(flags[0].length).replace(/\\\s*$/, '').trim())
            break;
    }
    return out;
}
/** Dockerfile `FROM`, compose `image:` and Kubernetes container images use a pinned tag or digest. */
const imageTagPinned = defineCheck({
    id: 'image-tag-pinned',
    title: 'Container images use pinned tags',
    severity: 'high',
    description: "Every FROM, compose image: and Kubernetes container image has a version tag or digest (not 'latest', not untagged).",
    match: [
        {
            // "Pin (Docker) base images", "Base images are pinned", "Images use explicit version tags", "No `:latest`",
            // "Image tagged with version, not just `latest`", "Every image has a version tag", "Docker images use versioned tags".
            // A tag of another kind is stronger ("Images tagged with the git SHA") unless `latest` is refused beside it.
            // `latest` counts only refused ("No `:latest` tags", "avoid the latest tag", "`:latest` is banned"): "Push the latest
            // tag v0.1.0", "Deploy the latest tag" and "Pull postgres:latest to test" speak of a git tag or a one-off pull.
            pattern: /\b(?:no|not|never|avoid\w*|don't|do not|without|instead of|rather than|ban\w*|forbid\w*|prohibit\w*|replac\w*|remov\w*|disallow\w*|eliminat\w*|drop\w*|stop using)\b[^;]{0,40}(?::latest\b|\blatest (?:image )?tags?\b|\blatest images?\b)|(?::latest\b|\blatest (?:image )?tags?\b)[^;]{0,30}\b(?:not used|never used|not allowed|forbidden|banned|avoided|prohibited|disallowed|removed|replaced)\b|\bpin(?:ned)? (?:all |the |our )?(?:(?:docker|container|base) )*images?\b|\b(?:images?|image tags|base images?) (?:are |is )?pinned\b|\bpinned (?:image )?tags?\b|\b(?:immutable|explicit) (?:version |release |image )?tags?\b|\bimages?\b[^;]*\b(?:never|not|no)(?: use| using| pull| run)? `?latest\b|\bimages? (?:uses?|has|have|carr(?:y|ies)) (?:an? )?(?:explicit|pinned|specific|fixed|immutable) (?:version )?tags?\b|\bimages?\b[^;]{0,60}\b(?:not (?:just |only |simply )?|never |instead of |rather than |other than )`?:?latest\b(?= ?(?:$|[,.;:)]|tags?\b|images?\b))|\bimages?\b[^;]{0,30}\b(?:use|uses|using|has|have|carr(?:y|ies)|with|get|gets) (?:an? |the )?(?:explicit |specific |fixed |pinned |immutable |proper |real )?(?:version(?:ed)?|semver|semantic version|release) (?:image )?tags?\b|\b(?:version(?:ed)?|semver) (?:image )?tags? (?:on|for) (?:all |every |each |our |the )?(?:docker |container |base |app )*images?\b/,
            // The check accepts a version tag: a promise of digests ("pinned by digest", "image digests recorded")
            // is stronger, unless the item accepts either ("pinned to a tag or digest").
            // …and an item that allows `latest` ("latest tag is fine for the internal tools") promises nothing.
            unless: /\b(?<!\b(?:tags?|versions?) or (?:an? |by )?)digests?\b(?! or (?:an? |by )?(?:specific |pinned |explicit |fixed )?(?:version )?(?:tags?|versions?)\b)|\bsha256\b|\b(?:fine|ok|okay|acceptable|allowed)\b/,
            note: 'a promise about image tags: the check fails untagged and `latest` images',
        },
    ],
    docs: {
        why: "An untagged or 'latest' image changes under you: builds stop being reproducible and a rollback may pull different code.",
        fix: 'Pin a version tag of that image (e.g. node:22.11-slim, python:3.12-slim) or, better, a digest (image:tag@sha256:…).',
        details: [
            '- Dockerfiles: every `FROM` is judged, builder stages included (an unpinned builder makes the build unreproducible).',
            '  `FROM <earlier stage>` and `scratch` pass; `--platform=` is skipped; `ARG` defaults declared before `FROM` are resolved',
            '  (`ARG TAG=latest` then `FROM node:${TAG}` fails). A reference whose tag stays unresolved is an `info` note (unverifiable);',
            '  an unresolved registry (`${REGISTRY}/app:1.4`) or digest (`node:20@${DIGEST}`) does not hide a visible pinned tag.',
            '- `COPY --from=<image>` and `RUN --mount=…,from=<image>` (not a stage name or index) pull an image too and are judged the same way (`COPY --from=composer` fails).',
            "- Compose: every service's `image:`, `extends` resolved, `${VAR:-default}` resolved from defaults and the `.env` beside the",
            '  compose file. A service that also has `build:` is skipped: there `image:` names the image being built, not one pulled',
            '  (Checkov and Trivy flag it anyway). An image is reported once, where it is written, naming the services that use it',
            '  (a YAML anchor merged into several services with `<<: *app`, an `extends` base).',
            "- Helm: `values*.yaml` (`values.prod.yaml`, `values-production.yaml`) beside a `Chart.yaml`: every `{ repository, tag }` block, an `image: { tag }` override and an `image:` string holding a whole reference (`image: ghcr.io/acme/app:latest` fails, `image: busybox` is untagged — unless a sibling key gives the tag, `imageTag: 2.4`) (development values files — `values-dev.yaml`, `values.local.yaml`, `values-kind.yaml`… — give notes); `tag: latest` fails, an empty tag (the chart's",
            '  `appVersion`) or a `digest` passes.',
            '- Kubernetes: `containers` and `initContainers` of every workload; Helm-style `{{ … }}` values are unverifiable notes; an image',
            '  whose tag a `kustomization.yaml` sets (`images: [{name, newTag|digest}]`) in a manifest that kustomization renders (its `resources`, transitively, and its patches; not another app\'s manifests elsewhere in the repository) or that `skaffold.yaml` builds is pinned at deploy time; the `newTag` itself is judged where it is written (`newTag: latest` is a moving tag).',
            "- A digest passes even with `latest` (`nginx:latest@sha256:…` is immutable). Registry ports are not tags (`registry:5000/app` is untagged).",
            '- Dev-only files (`docker-compose.override.yml`, `Dockerfile.dev`…) and compose services only in development/tooling profiles',
            '  (`profiles: [dev]`, `tools`, `test`…) get `info` notes; template files are exempt.',
            "- Options: `allow` — image-name globs that may float (`['scratch', 'internal.registry/**']`), matched without tag, `docker.io/library/` stripped;",
            "  `moving-tags` — tags treated like 'latest' (default `['latest']`; add `stable`, `lts`, `edge`, `nightly`, `main` to be stricter); a tag holding one as a word (`postgresql-latest`, `latest-alpine`) moves too.",
            '- Where others go wrong: hadolint DL3006 does not resolve `ARG` values, so `ARG BASE=python:3.12` + `FROM $BASE` is flagged',
            '  (hadolint#219, #979, #1078); Checkov CKV_DOCKER_7 reports only the first unpinned `FROM` of a file (checkov#6890) and',
            '  CKV_K8S_14 long failed digest-only images (checkov#535).',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({
        allow: schemas/* array */.YOg(schemas/* string */.YjP()).default(['scratch']).describe('Image-name globs allowed without a pinned tag.'),
        'moving-tags': schemas/* array */.YOg(schemas/* string */.YjP()).default(['latest']).describe("Tags treated like 'latest'."),
    }),
    run({ snapshot, options, report, skip }) {
        const allowed = picomatch(options.allow.length ? options.allow.map((a) => a.toLowerCase()) : ['\u0000'], { dot: true });
        const moving = options['moving-tags'].map((t) => t.toLowerCase());
        let seen = 0;
        const judge = (raw, vars, at, label, devReason = null) => {
            seen++;
            const v = judgeImage(raw, vars, moving, allowed);
            if (v.verdict === 'ok')
                return;
            const base = { file: at.file, line: at.line, column: at.column, message: '' };
            if (v.verdict === 'unverifiable') {
                report({ ...base, note: true, message: `${label} ${raw} is unverifiable: its tag comes from a variable without a default; make sure the value passed is a pinned version or digest` });
                return;
            }
            const shown = raw === v.image ? raw : `${raw} (resolves to ${v.image})`;
            const what = v.verdict === 'untagged' ? "has no tag, so it pulls 'latest'" : `uses the moving tag '${v.tag}'`;
            const dev = devReason ?? ((0,classify/* isDevOnly */.uL)(at.file) ? 'development-only file' : null);
            report({ ...base, note: dev !== null || undefined, message: `${label} ${shown} ${what}; pin a version tag or a digest (@sha256:…)${dev ? ` (${dev})` : ''}` });
        };
        for (const df of snapshot.dockerfiles()) {
            // A test or example folder's Dockerfile builds no production image (as the compose files and manifests there).
            if ((0,classify/* isTemplate */.Fl)(df.path) || isIllustrationDockerfile(snapshot, df.path))
                continue;
            const stageNames = new Set(df.stages.map((st) => st.name?.toLowerCase()).filter(Boolean));
            for (const st of df.stages) {
                const f = st.from;
                if (!f.stage && f.raw && f.raw.toLowerCase() !== 'scratch')
                    judge(f.raw, df.globalArgs, { file: df.path, line: f.imageLine, column: f.imageColumn }, 'FROM');
                // `FROM scratch` and `FROM <earlier stage>` are judged too, and pass: the item applies (pass, not skipped).
                else if (f.raw)
                    seen++;
                // `COPY --from=composer:2` pulls an image just like FROM does; stage names and indexes do not.
                for (const ins of st.instructions) {
                    const from = ins.keyword === 'COPY' ? ins.flags['from'] : undefined;
                    if (from && !/^\d+$/.test(from) && !stageNames.has(from.toLowerCase())) {
                        // At the image reference, like FROM's findings (when the flag is on the instruction's first line).
                        const text = snapshot.lines(df.path)?.[ins.line - 1] ?? '';
                        const flag = text.search(/--from=/i);
                        const column = flag >= 0 && text.startsWith(from, flag + 7) ? flag + 8 : ins.column;
                        judge(from, df.globalArgs, { file: df.path, line: ins.line, column }, 'COPY --from');
                    }
                    // `RUN --mount=from=ghcr.io/astral-sh/uv,source=/uv,target=/bin/uv` (uv's documented pattern) pulls that image too.
                    if (ins.keyword === 'RUN' && ins.flags['mount'] !== undefined) {
                        for (const m of runMountImages(snapshot.lines(df.path) ?? [], ins.line, ins.endLine)) {
                            if (/^\d+$/.test(m.from) || stageNames.has(m.from.toLowerCase()))
                                continue;
                            judge(m.from, df.globalArgs, { file: df.path, line: m.line, column: m.column }, 'RUN --mount from');
                        }
                    }
                }
            }
        }
        const composeImages = new Map();
        // The repository's own deployment: not test or illustration folders, not `extends` bases (judged through the services that extend them).
        for (const cf of judgedComposeFiles(snapshot)) {
            const vars = composeDotenv(snapshot, cf.path);
            for (const svc of cf.services) {
                const image = svc.value['image'];
                if (typeof image !== 'string' || svc.value['build'] !== undefined)
                    continue;
                // Where the value is written: a YAML anchor merged into several services (`<<: *app`) or an `extends` base.
                const at = svc.origin(['image']);
                if ((0,classify/* isTemplate */.Fl)(at.file))
                    continue;
                // A service only in development/tooling profiles (`profiles: [tools]`) is development-only.
                const dev = (0,repo_compose/* composeDevOnly */.kZ)(svc) ?? ((0,classify/* isDevOnly */.uL)(at.file) ? 'development-only file' : null);
                const key = `${at.file}:${at.line}:${at.column}`;
                const prev = composeImages.get(key);
                if (prev) {
                    prev.services.push(svc.name);
                    if (!dev)
                        prev.dev = null;
                    continue;
                }
                composeImages.set(key, { image, vars, at, services: [svc.name], dev });
            }
        }
        // One finding per place an image is written, naming every service that uses it; a production service makes it a failure.
        for (const { image, vars, at, services, dev } of composeImages.values()) {
            judge(image, vars, at, `${services.length > 1 ? 'services' : 'service'} ${services.map((n) => `'${n}'`).join(', ')} image`, dev);
        }
        const deployTime = deployTimeImages(snapshot);
        // The tags kustomize sets (`images: [{ name, newTag }]`) are what deploys: judged like any tag.
        for (const f of snapshot.files) {
            if (!/^kustomization\.ya?ml$/i.test((0,classify/* basename */.P8)(f)) || (0,classify/* isTemplate */.Fl)(f) || (0,classify/* isTestFile */.hl)(f))
                continue;
            for (const doc of snapshot.yaml(f)?.docs ?? []) {
                const list = (0,yaml/* isObject */.Gv)(doc.value) ? doc.value['images'] : undefined;
                if (!Array.isArray(list))
                    continue;
                list.forEach((i, k) => {
                    if (!(0,yaml/* isObject */.Gv)(i) || typeof i['name'] !== 'string' || i['digest'] !== undefined || (typeof i['newTag'] !== 'string' && typeof i['newTag'] !== 'number'))
                        return;
                    const name = typeof i['newName'] === 'string' ? i['newName'] : i['name'];
                    const at = doc.loc(['images', k, 'newTag']) ?? doc.loc(['images', k]) ?? { line: 1, column: 1 };
                    judge(`${name}:${String(i['newTag'])}`, new Map(), { file: f, ...at }, `kustomize image '${i['name']}' newTag:`);
                });
            }
        }
        for (const obj of snapshot.k8sObjects()) {
            // Test pods (a chart's `templates/tests/`, run by `helm test`) are not what deploys, as for the other Kubernetes checks.
            if ((0,classify/* isTemplate */.Fl)(obj.file) || (0,classify/* isTestFile */.hl)(obj.file))
                continue;
            for (const c of (0,repo_k8s/* containers */.l8)(obj)) {
                const image = c.container['image'];
                if (typeof image !== 'string')
                    continue;
                const imageName = normalizeImageName((0,dockerfile/* parseImageRef */.Q)(image).name);
                if (deployTime.global.has(imageName) || deployTime.kustomized.get(imageName)?.has(obj.file)) {
                    seen++;
                    continue;
                }
                const at = obj.loc([...c.path, 'image']);
                const label = `${c.init ? 'init container' : 'container'} '${c.name}' image`;
                if (/\{\{.*\}\}/.test(image)) {
                    seen++;
                    report({ file: obj.file, ...at, note: true, message: `${label} ${image} is templated and unverifiable; make sure the rendered value is a pinned version or digest` });
                    continue;
                }
                judge(image, new Map(), { file: obj.file, ...at }, label);
            }
        }
        // Helm values: `image: { repository, tag }` blocks; an empty tag falls back to the chart's appVersion.
        for (const f of snapshot.files) {
            if (!/^values(?:[.-][\w.-]+)?\.ya?ml$/i.test((0,classify/* basename */.P8)(f)) || !snapshot.has(`${(0,classify/* dirname */.pD)(f) ? `${(0,classify/* dirname */.pD)(f)}/` : ''}Chart.yaml`))
                continue;
            for (const doc of snapshot.yaml(f)?.docs ?? []) {
                for (const { path, image } of helmImages(doc.value, [], 0)) {
                    seen++;
                    // `values-dev.yaml`, `values.local.yaml`, `values-kind.yaml`: a development install's values are notes.
                    const dev = /^values[.-](?:dev|development|local|test|testing|kind|minikube|k3d|ci|e2e|sandbox)(?:[.-][\w-]+)?\.ya?ml$/i.test((0,classify/* basename */.P8)(f)) ? 'development values file' : null;
                    if (typeof image === 'string') {
                        judge(image, new Map(), { file: f, ...(doc.loc(path) ?? { line: 1, column: 1 }) }, `Helm value ${path.join('.')}`, dev);
                        continue;
                    }
                    const tag = image['tag'];
                    if (typeof image['digest'] === 'string' && image['digest'])
                        continue;
                    if (tag === undefined || tag === null || tag === '')
                        continue;
                    // A tag-only override names the repository the chart's values.yaml gives at the same place.
                    let repository = image['repository'];
                    if (typeof repository !== 'string') {
                        let base = snapshot.yaml(`${(0,classify/* dirname */.pD)(f) ? `${(0,classify/* dirname */.pD)(f)}/` : ''}values.yaml`)?.docs[0]?.value;
                        for (const k of path)
                            base = (0,yaml/* isObject */.Gv)(base) ? base[String(k)] : undefined;
                        repository = (0,yaml/* isObject */.Gv)(base) && typeof base['repository'] === 'string' ? base['repository'] : '(the chart\'s image)';
                    }
                    const ref = `${String(repository)}:${String(tag)}`;
                    judge(ref, new Map(), { file: f, ...(doc.loc([...path, 'tag']) ?? { line: 1, column: 1 }) }, `Helm value ${path.join('.') || 'image'}`, dev);
                }
            }
        }
        if (!seen)
            skip('no Dockerfile FROM, compose image or Kubernetes container image');
    },
});

;// CONCATENATED MODULE: ./lib/checks/dockerfile-non-root.js







/** Base images whose default user is not root (matched as `name:tag`, `docker.io/library/` stripped). */
const DEFAULT_NON_ROOT_IMAGES = [
    'gcr.io/distroless/*:nonroot', 'gcr.io/distroless/*:debug-nonroot', 'gcr.io/distroless/*:*-nonroot', 'gcr.io/distroless/*:nonroot-*',
    // Chainguard images run as nonroot (65532) — except `wolfi-base`, the distro base that runs as root (its apko config sets run-as 0).
    'cgr.dev/*/!(wolfi-base|wolfi-base:*)', 'cgr.dev/*/*/**',
    'mcr.microsoft.com/dotnet/**:*-chiseled*', 'mcr.microsoft.com/dotnet/**:*-chiseled',
    'nginxinc/nginx-unprivileged:*', 'ghcr.io/nginxinc/nginx-unprivileged:*',
    // Application images whose own Dockerfile ends with a non-root USER, commonly extended with config
    // only (`FROM grafana/grafana` + provisioning): Grafana (472), Keycloak (1000), Prometheus and
    // Alertmanager (nobody), Elasticsearch and Kibana (1000), Jenkins (jenkins), Airflow (airflow), n8n (node).
    'grafana/grafana:*', 'grafana/grafana-oss:*', 'grafana/grafana-enterprise:*',
    'quay.io/keycloak/keycloak:*', 'prom/prometheus:*', 'prom/alertmanager:*', 'quay.io/prometheus/prometheus:*',
    'docker.elastic.co/elasticsearch/elasticsearch:*', 'docker.elastic.co/kibana/kibana:*',
    'jenkins/jenkins:*', 'apache/airflow:*', 'n8nio/n8n:*', 'docker.n8n.io/n8nio/n8n:*',
    // Windows Nano Server (1709+) runs as ContainerUser, and so do the images built on it (.NET's,
    // docker-library's `-nanoserver` variants switch to ContainerAdministrator only for setup steps).
    'mcr.microsoft.com/windows/nanoserver', 'mcr.microsoft.com/windows/nanoserver:*', 'mcr.microsoft.com/dotnet/**:*nanoserver*', '*:*nanoserver*',
];
/** A Windows base image (Server Core, Nano Server, `mcr.microsoft.com/windows/*`, .NET Framework's), where USER takes a Windows account, not a UID. */
const isWindowsImage = (image) => {
    const ref = (0,dockerfile/* parseImageRef */.Q)(image);
    return /^mcr\.microsoft\.com\/(?:windows(?:\/|$)|dotnet\/framework\/)/i.test(ref.name) || /(?:^|[-_.])(?:windowsservercore|servercore|nanoserver|ltsc20\d\d)(?:$|[-_.])/i.test(ref.tag ?? '');
};
const WINDOWS_FIX = 'USER ContainerUser (the unprivileged Windows account; a numeric UID does not apply to Windows containers)';
/** The final stage's effective user, following stage inheritance and resolving ARG/ENV. */
const dockerfileNonRoot = defineCheck({
    id: 'dockerfile-non-root',
    title: 'Containers do not run as root',
    severity: 'high',
    description: "The final stage's effective USER (inherited through stage names) is not root, 0, root:* or 0:*.",
    match: [
        {
            // Non-root is "non-root", "not/don't/doesn't/never run as root", "runs as the `node` user, not root"; or
            // "No container runs as root", "Don't run containers as root", "Never run the app as root in Docker".
            pattern: /\bprevent (?:the |all |our )?(?:containers?|images?) from running as root\b|\bno root (?:docker )?(?:containers?|images?)\b|\b(?:dockerfiles?|containers?|images?)\b[^;]*\b(?:non-? ?root|(?:not|don't|doesn't|never) (?:runs? |running )?as root|user,? (?:and )?not (?:as )?root(?!-))\b|\b(?:non-? ?root|not (?:run(?:ning)? )?as root)\b[^;]*\b(?:dockerfiles?|containers?|images?)\b|\bno (?:docker )?(?:containers?|images?) (?:runs?|running) as root\b|\b(?:don't|do not|never|must not|should not) run(?:ning)? (?:the |our |any )?(?:docker )?(?:containers?|images?) as root\b|\b(?:don't|do not|never|not) run(?:ning)? (?:the |our )?(?:app|application|service|process) as root (?:in|inside) (?:docker|(?:the |a |our )?(?:containers?|images?))\b/,
            // A database, service or login user "non-root in containers" is not the container's USER.
            unless: /\b(?:service users?|systemd|ssh|database|db|bastion|sudo|login|(?:ci|build|self-hosted|github actions|gitlab) runners?|runner containers?|build agents?)\b/,
            note: 'a promise that containers do not run as root: the check reads the final USER',
        },
        {
            pattern: /\bnon-? ?root\b|\b(?:not|don't|doesn't|never) (?:runs? |running )?as root\b/,
            context: /\b(?:docker|dockerfiles?|containers?)\b/,
            unless: /\b(?:service users?|systemd|ssh|database|db|bastion|sudo|login|(?:ci|build|self-hosted|github actions|gitlab) runners?|runner containers?|build agents?)\b/,
            note: 'non-root under a Docker/containers heading',
        },
    ],
    docs: {
        why: 'A process running as root inside the container turns any code-execution bug into root on the container and one step from the host.',
        fix: 'Create an unprivileged user and end the final stage with a numeric `USER 10001:10001` (or use a `:nonroot` base image).',
        details: [
            '- Judged: the **final stage**, with the instructions of the stages it inherits from (`FROM builder AS final`), and every stage a compose service builds as its `build.target`; a `USER root` in a discarded builder stage is fine. When production compose services build only other stages (a `development` stage last, `target: production` in docker-compose.yml), the final stage gets notes — unless it is named for production (`AS production`, `prod`, `release`, `runtime`, `final`). A final stage named for development (`FROM builder AS dev-envs`, `AS debug`) gets notes too when production services build another stage, even one it is built on. A `build.target` named for development (`target: development`, `dev-envs`, `local`) is development-only: that stage gets notes, and it does not make the final stage "not the stage production builds" (Kamal and CI build the final stage).',
            '- The last `USER` wins. `root`, `0`, `root:<group>`, `0:<group>` (also `00`) and Windows `ContainerAdministrator` fail at that `USER` line. `ARG`/`ENV` values are resolved and quotes removed, as Docker expands the word (`USER ${UID}` with `ARG UID=10001` passes; `USER "root"` and `USER "${UID}:${UID}"` with `ARG UID=0` fail);',
            '  a value that stays unresolved is an `info` note.',
            '- No `USER` at all fails at the final `FROM`, unless the base image runs as non-root by default: option `non-root-images`',
            '  (globs on `name:tag`), default: distroless `:nonroot`/`:debug-nonroot`/`*-nonroot`, Chainguard `cgr.dev/**` (not `wolfi-base`, which runs as root), .NET `*-chiseled*`,',
            '  `nginxinc/nginx-unprivileged`, application images that set a non-root `USER` themselves (`grafana/grafana`, `quay.io/keycloak/keycloak`, `prom/prometheus`, `prom/alertmanager`, Elastic\'s `elasticsearch`/`kibana`, `jenkins/jenkins`, `apache/airflow`, `n8nio/n8n`), Windows Nano Server (`mcr.microsoft.com/windows/nanoserver`, .NET and other `*nanoserver*` tags: they run as `ContainerUser`). Add your own hardened bases there. `FROM scratch` without `USER` runs as uid 0 and fails.',
            '- Windows images (Server Core, `mcr.microsoft.com/windows/*`, `USER ContainerAdministrator`): the fix asks for `USER ContainerUser`, not a numeric UID.',
            '- A non-numeric, non-root user (`USER app`) passes with an `info` note: Kubernetes `runAsNonRoot` cannot verify a name, so prefer a numeric UID (not on Windows images, where `USER ContainerUser` is the fix and a UID does not apply).',
            '- `USER` text inside a `RUN` heredoc is not an instruction. Dev-only Dockerfiles (`Dockerfile.dev`) get notes; templates are skipped.',
            '- Where others go wrong: hadolint DL3002 only looks at an explicit `USER root`, so a Dockerfile without any `USER` passes (hadolint#328, #1025),',
            '  and it flags `USER root` in builder stages (hadolint#405); Trivy DS002 has the same multi-stage false positive (aquasecurity/appshield#147).',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({
        'non-root-images': schemas/* array */.YOg(schemas/* string */.YjP()).default(DEFAULT_NON_ROOT_IMAGES).describe('Base images (globs on name:tag) whose default user is not root.'),
    }),
    run({ snapshot, options, report, skip }) {
        const nonRoot = picomatch(options['non-root-images'].length ? options['non-root-images'].map((p) => p.toLowerCase()) : ['\u0000'], { dot: true });
        let judged = 0;
        // The final stage of each Dockerfile and each stage a compose service builds as its target; a
        // location two of them share (a USER in a common base) is reported once, as a failure if any
        // production stage fails there.
        const once = onePerLocation();
        const put = once.put;
        for (const shipped of shippedStages(snapshot)) {
            const { df, stage } = shipped;
            judged++;
            const dev = shipped.devReason !== null;
            const devNote = dev ? ` (${shipped.devReason})` : '';
            const what = shipped.target ? stageLabel(shipped) : 'the final stage';
            let user = null;
            for (const { ins, vars } of (0,dockerfile/* withVariables */.sO)(df, stage)) {
                if (ins.keyword === 'USER')
                    user = { ins, value: (0,dockerfile/* expandWord */.Vo)(ins.argv[0] ?? ins.args, vars) };
            }
            if (user) {
                const { ins, value } = user;
                const raw = ins.argv[0] ?? ins.args;
                const at = { file: df.path, line: ins.line, column: ins.column };
                if (value === null) {
                    put({ ...at, note: true, message: `USER ${raw} is unverifiable: a variable has no default; make sure it is a non-zero numeric UID` });
                    continue;
                }
                const name = value.split(':')[0].trim();
                const shown = raw === value ? raw : `${raw} (resolves to ${value})`;
                if (/^(root|containeradministrator)$/i.test(name) || /^0+$/.test(name)) {
                    const base = (0,dockerfile/* rootFrom */.FW)(stage).image;
                    const windows = /^containeradministrator$/i.test(name) || (base !== null && isWindowsImage(base));
                    const fix = windows ? `switch to ${WINDOWS_FIX} after the steps that need it` : 'switch to an unprivileged numeric user (USER 10001:10001) after the steps that need root';
                    put({ ...at, note: dev || undefined, message: `${what} runs as ${windows && !/^root$/i.test(name) ? 'an administrator' : 'root'} (USER ${shown}); ${fix}${devNote}` });
                }
                else if (!/^\d+$/.test(name) && !/^containeruser$/i.test(name) && !isWindowsImage((0,dockerfile/* rootFrom */.FW)(stage).image ?? '')) {
                    // Windows containers take an account name (`USER ContainerUser`): no UID to prefer, and runAsNonRoot does not apply.
                    put({ ...at, note: true, message: `USER ${shown} is a name: fine here, but Kubernetes runAsNonRoot cannot verify names — prefer a numeric UID (USER 10001)` });
                }
                continue;
            }
            const base = (0,dockerfile/* rootFrom */.FW)(stage);
            const at = { file: df.path, line: stage.from.line, column: stage.from.column };
            if (base.image === null) {
                put({ ...at, note: true, message: `no USER and the base image ${base.raw} is unresolved, so whether it runs as root is unverifiable; add USER 10001` });
                continue;
            }
            const ref = (0,dockerfile/* parseImageRef */.Q)(base.image);
            const name = normalizeImageName(ref.name);
            if (base.image.toLowerCase() !== 'scratch' && (nonRoot(`${name}:${ref.tag ?? 'latest'}`) || nonRoot(name)))
                continue;
            if (isWindowsImage(base.image)) {
                put({ ...at, note: dev || undefined, message: `${what} has no USER, so it runs as ContainerAdministrator, the default account of Windows Server Core images (base image ${base.image}); end with ${WINDOWS_FIX}${devNote}` });
                continue;
            }
            put({ ...at, note: dev || undefined, message: `${what} has no USER, so it runs as root (base image ${base.image}); add an unprivileged user and end with USER 10001:10001${devNote}` });
        }
        for (const f of once.findings())
            report(f);
        if (!judged)
            skip('no Dockerfile');
    },
});

;// CONCATENATED MODULE: ./lib/checks/dockerfile-secrets-in-env.js






/** Boolean-ish values: a flag's setting, not a secret. */
const FLAG_VALUE = /^(?:0|1|true|false|yes|no|on|off|enabled|disabled)$/i;
/** `$VAR`, `${VAR}`, `${VAR:-default}`/`${VAR-default}`, `${VAR:+alternative}`, `${VAR:?message}`: [1] name, [2] operator, [3] its word, [4] bare name. */
const VAR_RE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/**
 * Whether a value (or a substitution's default) is no secret: empty, a flag (`SECRET_KEY_BASE_DUMMY=1`), a file
 * path (`/run/secrets/db`) or one character repeated (`ARG TELEGRAM_TOKEN=00000000000`: a filler that says "set me").
 */
function harmless(value) {
    const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    return !v || isFilePath(v) || FLAG_VALUE.test(v) || /^(.)\1{3,}$/.test(v);
}
/**
 * Whether the text around a value's variables ships anything: not when it is only punctuation, white space and
 * an authorization scheme (`"Bearer ${API_TOKEN}"`, `${USER}:${PASSWORD}`).
 */
function literalAround(value) {
    return value.replace(VAR_RE, ' ').replace(/\b(?:bearer|basic|token|digest)\b/gi, '').replace(/[\s\p{P}\p{S}]/gu, '') !== '';
}
/**
 * Final-stage `ENV`/`ARG` with a secret-like name that bakes a value into the image: a literal, an
 * `ARG` default, or an `ENV` that copies a build argument.
 */
const dockerfileSecretsInEnv = defineCheck({
    id: 'dockerfile-secrets-in-env',
    title: 'Dockerfiles do not bake secrets into ENV or ARG',
    severity: 'high',
    description: 'Final-stage ENV/ARG with a secret-like name (password, secret, token, api key, credential…) that bakes a value into the image.',
    match: [
        {
            // "No secrets baked into the Docker image", "`NPM_TOKEN` is not baked into the image" (a secret word may be
            // a variable's name), "No secrets in environment variables baked into the image", "No secrets in `ENV`
            // lines of the Dockerfile".
            pattern: /\bno (?:secrets?|credentials?|passwords?) (?:baked )?in(?:to)? (?:the )?(?:dockerfiles?|docker images?|images?|build args?)\b|\b(?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|tokens?|keys?)\b[^;]*\bnot (?:baked |stored |kept |embedded |copied )?in(?:to)? (?:the )?(?:dockerfiles?|docker images?|container images?|images?|build args?)\b|\bno (?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|tokens?|keys?)\b[^;]*\bbaked into (?:the )?(?:docker )?images?\b|\b(?:don't|do not|never) bake (?:any )?(?:secrets?|credentials?|passwords?|tokens?) in(?:to)? (?:the )?(?:docker |container )?images?\b|\bno (?:secrets?|credentials?|passwords?|tokens?) in (?:the )?(?:env|arg)\b[^;]*\bdockerfiles?\b/,
            note: 'a promise that images bake in no secret: the check reads final-stage ENV/ARG',
        },
    ],
    docs: {
        why: 'ENV values and ARG defaults are stored in the image config and history: anyone who can pull the image reads them with `docker inspect` or `docker history`.',
        fix: 'Pass secrets at run time (orchestrator secrets, env injected at deploy) or use `RUN --mount=type=secret` during the build; point to a mounted file with `*_FILE` if the app supports it.',
        details: [
            'Judges the final stage of each Dockerfile, following `FROM <earlier-stage>` inheritance; ENV/ARG in builder stages the final stage does not inherit from do not ship and do not count.',
            'A name is secret-like by token match (split on `_`, `-`, `.` and camelCase): `PASSWORD`, `PASSWD`, `PASS`, `PWD`, `SECRET`, `TOKEN`, `CREDENTIAL(S)`, `API_KEY`/`APIKEY`, `PRIVATE_KEY`, `ACCESS_KEY`, `AUTH_KEY`, `SIGNING_KEY`, `APP_KEY`…, a vendor\'s or purpose\'s key (`STRIPE_KEY`, `OPENAI_KEY`, `FERNET_KEY`, `SUPABASE_SERVICE_ROLE_KEY`; not a key of a record, cache, message or public half: `PRIMARY_KEY`, `SORT_KEY`, `CACHE_KEY`, `STORAGE_KEY`, `I18N_KEY`, `GPG_KEY`, `SITE_KEY`), a personal access token (`GITHUB_PAT`, `GH_PAT`, `AZURE_DEVOPS_PAT`; not `PATH`). Names about a secret rather than the secret pass: `*_FILE`, `*_PATH`, `*_NAME`, `*_URL`, `*_USER`, `*_ID`, `PASSWORD_MIN_LENGTH`, `TOKEN_TTL`, anything `PUBLIC`, settings (a last word encoder, encoding, profile, strategy, algorithm, provider, backend, mode, type, leeway, skew, renewal, signing, method, scheme, cipher…: `PASSWORD_ENCODER=bcrypt`, `JWT_SECRET_ENCODING=base64`, `AUTH_TOKEN_LEEWAY=30s`) and texts (`PASSWORD_PROMPT`, `INVALID_PASSWORD`: the name words `default-credentials` uses).',
            'Fails: `ENV API_KEY=…` with a literal value; `ARG DB_PASSWORD=…` with a default; `ENV NPM_TOKEN=$NPM_TOKEN` copying a build argument into the image (the value passed with `--build-arg` is then stored in the image).',
            'A bare `ARG DB_PASSWORD` in the stage takes the default of a global `ARG DB_PASSWORD=…` declared before the first `FROM`, so that default fails too (at the stage\'s `ARG`); a global `ARG` the stage does not declare again is out of its scope and ships nothing.',
            'Passes: `ARG NPM_TOKEN` without a default (build-time only, but prefer `RUN --mount=type=secret`), empty values, flag values (`1`/`0`/`true`/`false`/`yes`/`no`/`on`/`off`/`enabled`/`disabled`: `SECRET_KEY_BASE_DUMMY=1`, the Rails build flag, is a switch, not a secret), values that reference a variable that is not a build argument (with only punctuation or an authorization scheme around it: `"Bearer ${API_TOKEN}"`, `${USER}:${PASSWORD}`), one character repeated (`00000000`, a filler), and file paths (`/run/secrets/db`, `/var/secrets/google/key.json`: an absolute or relative path of two or more segments names where a secret is mounted).',
            'The default of `${VAR:-default}`/`${VAR-default}` (and the word of `${VAR:+alternative}`) is judged as the value, since it ships whenever the variable is unset: `${SECRET_KEY:-changeme}` fails, `${TLS_PRIVATE_KEY:-/etc/ssl/private/tls.key}` (a path), `${SECRET_KEY_BASE_DUMMY:-1}` (a flag) and `${API_TOKEN:-}` pass; a reference without a default stays a reference, and the message of `${VAR:?message}` is an error text, not a value.',
            'Values are never printed. Template Dockerfiles (`*.template`, `*.example`) and those under test and example folders (`tests/`, `e2e/`, `examples/`, `samples/`) are not judged; development-only Dockerfiles are judged like the others (a secret baked into any image leaks).',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    run({ snapshot, report, skip }) {
        // Test and example folders' Dockerfiles hold illustrations (as hardcoded-secret treats their assignments).
        const dockerfiles = snapshot.dockerfiles().filter((d) => d.final && !(0,classify/* isTemplate */.Fl)(d.path) && !isIllustrationDockerfile(snapshot, d.path));
        if (!dockerfiles.length) {
            skip('no Dockerfile');
            return;
        }
        for (const df of dockerfiles) {
            for (const stage of (0,dockerfile/* lineage */.OZ)(df.final).reverse()) {
                // ARG scope ends with its stage; ENV is inherited (each stage of the lineage is judged once).
                const args = new Set();
                for (const ins of stage.instructions) {
                    if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG')
                        continue;
                    const isArg = ins.keyword === 'ARG';
                    for (const p of ins.properties) {
                        if (isArg)
                            args.add(p.name);
                        // A setting or a text about the secret is no secret: `PASSWORD_ENCODER=bcrypt`, `AUTH_TOKEN_LEEWAY=30s`.
                        // A bare `ARG X` in a stage takes the default of a global `ARG X=…` (before the first FROM): that default ships too.
                        const global = isArg && p.value === null ? (df.globalArgs.get(p.name) ?? null) : null;
                        const written = p.value ?? global;
                        if (!isSecretName(p.name) || isAboutSecretName(p.name) || written === null)
                            continue;
                        // dockerfile-ast has already removed the quotes: a value quoted twice keeps its inner quotes.
                        const value = written.trim();
                        // A file path names where the secret is mounted, not the secret (`GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key.json`).
                        // A switch is no secret: `SECRET_KEY_BASE_DUMMY=1` (Rails' build flag), `DISABLE_TOKEN_AUTH=false`.
                        if (harmless(value))
                            continue;
                        const at = { file: df.path, line: p.line, column: p.column };
                        const refs = [...value.matchAll(VAR_RE)];
                        const fromArg = refs.map((m) => m[1] ?? m[4]).find((name) => args.has(name));
                        // Text outside variables is a literal that ships, and so is the word of `${X:-default}` (what ships
                        // whenever X is unset) or `${X:+alternative}`, unless it is itself harmless (`${TLS_KEY:-/etc/ssl/private/tls.key}`,
                        // `${SECRET_KEY_BASE_DUMMY:-1}`). A `${X:?message}` message is an error text, never a value.
                        if ((refs.length ? literalAround(value) : true) || refs.some((m) => m[2] !== undefined && !m[2].endsWith('?') && !harmless(m[3]))) {
                            report({ ...at, secret: value, message: global !== null
                                    ? `ARG ${p.name} takes the default of the global ARG ${p.name} (before the first FROM), which is stored in the image history; drop the default and use RUN --mount=type=secret`
                                    : isArg
                                        ? `ARG ${p.name} has a default value, which is stored in the image history; drop the default and use RUN --mount=type=secret`
                                        : `ENV ${p.name} bakes a literal value into the image (readable with docker inspect); inject it at run time instead` });
                        }
                        else if (!isArg && fromArg) {
                            report({ ...at, message: `ENV ${p.name} copies build argument '${fromArg}' into the image, so the value passed with --build-arg ships with it; use RUN --mount=type=secret or inject it at run time` });
                        }
                    }
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./lib/checks/env-file-committed.js



/** Prefixes whose variables are compiled into client bundles by design: never secrets. */
const PUBLIC_PREFIX = /^(NEXT_PUBLIC_|VITE_|REACT_APP_|NUXT_PUBLIC_|PUBLIC_|EXPO_PUBLIC_|GATSBY_|VUE_APP_)/;
/** Env files that libraries ask to commit: dotenv-defaults' `.env.defaults`, dotenv-extended's `.env.schema` and `.env.defaults`. */
const COMMITTED_BY_DESIGN = /^\.env\.(?:defaults|schema)$/;
/**
 * Env files committed on purpose because they hold no secret in the clear: `info` notes. Each says what its values are
 * and what must stay out of git instead.
 */
/** Whole-file encryption: an encrypting tool's extension, or the header of its text output (ASCII-armoured PGP or age, `openssl enc -a`'s `Salted__` in base64). */
const ENCRYPTED_NAME = /\.(?:gpg|pgp|asc|age|enc|encrypted|crypt)$/i;
const ENCRYPTED_TEXT = /^(?:-----BEGIN (?:PGP MESSAGE|AGE ENCRYPTED FILE)-----|age-encryption\.org\/v1\n|U2FsdGVkX1|Salted__)/;
const SEALED = [
    {
        // A file encrypted whole (`gpg -c .env` → `.env.gpg`, `openssl enc -a`, age, git-crypt): no variable can be read.
        // A binary env file (gpg/openssl/age binary output; git-crypt leaves `.env` its name and checks out its ciphertext
        // while the repository is locked, as in CI) is no dotenv text: ciphertext.
        // The header decides even when the dotenv reader took a base64 line ending in `=` for a variable.
        // A file that could not be read for another reason (a symlink out of the repository, permission denied) is no ciphertext.
        holds: (name, entries, text, binary) => {
            const t = text();
            if (t !== undefined && ENCRYPTED_TEXT.test(t.trimStart()))
                return true;
            return entries.length === 0 && (t === undefined ? binary() : ENCRYPTED_NAME.test(name));
        },
        what: 'encrypted whole (gpg/age/openssl/git-crypt); keep the decryption key or passphrase out of git',
    },
    {
        // dotenv-vault's `.env.vault`; dotenvx: every value an `encrypted:` ciphertext, beside its public key.
        holds: (name, entries) => name === '.env.vault' || (entries.length > 0 && entries.every((e) => e.value.startsWith('encrypted:') || e.key.startsWith('DOTENV_PUBLIC_KEY'))),
        what: 'encrypted (dotenv-vault/dotenvx); keep the decryption keys (.env.keys, DOTENV_KEY) out of git',
    },
    {
        // sops' dotenv format: every value an `ENC[AES256_GCM,…]` ciphertext, beside sops' own plaintext `sops_*` metadata.
        holds: (_name, entries) => {
            const values = entries.filter((e) => !e.key.startsWith('sops_'));
            return values.length > 0 && values.length < entries.length && entries.some((e) => e.key === 'sops_mac' || e.key === 'sops_version') && values.every((e) => e.value.startsWith('ENC['));
        },
        what: 'encrypted (sops); keep the decryption keys (age/PGP/KMS) out of git',
    },
    {
        // 1Password's secret references (`op run --env-file .env`): every value an `op://vault/item/field` address.
        holds: (_name, entries) => entries.length > 0 && entries.every((e) => e.value.trim().startsWith('op://')),
        what: '1Password secret references (op://…) that `op run` resolves at run time; keep it that way (a plain value added later is a leaked secret)',
    },
];
const envFileCommitted = defineCheck({
    id: 'env-file-committed',
    title: 'No .env files are committed',
    severity: 'critical',
    description: 'A tracked .env, .env.<anything> or <name>.env file (templates such as .env.example excepted).',
    match: [
        {
            // ".env is not committed", "No .env in git", "Never commit .env files", "Don't check .env into git",
            // "We keep .env out of version control", ".env files are excluded from the repository", "Environment files are not checked into git".
            pattern: /(?:\.env\b|\b(?:env(?:ironment)?|dotenv) files\b)[^;]*\b(?:not|never|no)\b[^;]*\b(?:commit(?:ted)?|git|version control|repo(?:sitory)?|tracked)\b|\b(?:no|never)\b[^;]*\.env\b[^;]*\b(?:in git|in the repo(?:sitory)?|in version control|committed|checked in|tracked)\b|\b(?:never|don't|do not) commit\b[^;]*\.env\b|\b(?:never|don't|do not) (?:check|push|add)\b[^;]*\.env\b[^;]*\b(?:git|repo(?:sitory)?|version control|source control)\b|\.env\b[^;]*\b(?:out of|excluded from|left out of) (?:git|the repo(?:sitory)?|version control|source control)\b/,
            unless: /\bpermissions?\b|\bchmod\b/,
            note: 'a promise that no .env file is committed: the check fails on every tracked .env file',
        },
    ],
    docs: {
        why: 'Env files hold the secrets of a deployment; once committed they are in every clone and in the history for good.',
        fix: 'Remove the file from git (`git rm --cached FILE`), rotate its secrets, ignore it in .gitignore and commit a template (.env.example) instead.',
        details: [
            'Files: every tracked file named `.env`, `.env.<anything>` (`.env.production`, `.env.local`…) or `<name>.env` (`db.env`).',
            'Only the working tree is scanned (git-tracked files); untracked files, even if present on disk, are fine.',
            'Exempt: templates (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`, `example.env`, `.env.production.example`, `.env.dev-sample`, `.env_sample`…),',
            'the encrypted `.env.vault` of dotenv-vault, files whose every value is a dotenvx `encrypted:` ciphertext, and sops-encrypted dotenv files (every value an `ENC[AES256_GCM,…]` ciphertext beside sops\' `sops_*` metadata), files whose every value is a 1Password secret reference (`op://vault/item/field`, for `op run --env-file`), and files encrypted whole, which hold no readable variable (`.env.gpg`, `.env.production.asc`, `.env.age`, `.env.enc`, binary ciphertext such as a git-crypt-locked `.env`, or the text output of gpg/age armour or `openssl enc -a`) (all `info` notes).',
            'Development-only names (`.env.development`, `.env.local`) still fail: a leaked dev key is still a key.',
            'Sub-cases: a file that defines no variable, or only variables with a client-public prefix',
            '(`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`, `NUXT_PUBLIC_`, `PUBLIC_`, `EXPO_PUBLIC_`, `GATSBY_`, `VUE_APP_`; bundled into the browser anyway)',
            'is `low`: it is the pattern Next.js and Vite document, but the file invites secrets later.',
            'So are `.env.defaults` and `.env.schema`, which dotenv-defaults and dotenv-extended ask to commit (their values are still judged by hardcoded-secret).',
            'One finding per file at line 1 (a `# preflight-ignore env-file-committed: reason` comment on the first line suppresses it); messages name the file and the number of variables, never a value.',
            'secretlint only knows the exact name `.env`; gitleaks looks at values, not at the file being committed at all.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({
        allow: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('File paths or names committed on purpose (no finding).'),
    }),
    run({ snapshot, options, report, skip }) {
        const files = snapshot.files.filter((f) => (0,classify/* isEnvFile */.qb)(f) && !(0,classify/* isTemplate */.Fl)(f) && !options.allow.includes(f) && !options.allow.includes((0,classify/* basename */.P8)(f)));
        // No env file among the tracked files is the promise kept (a pass); only an empty scan has nothing to judge.
        if (!snapshot.files.length) {
            skip('no files');
            return;
        }
        const parsed = new Map(snapshot.envFiles().map((e) => [e.path, e]));
        for (const file of files) {
            const entries = parsed.get(file)?.entries ?? [];
            const name = (0,classify/* basename */.P8)(file);
            const sealed = SEALED.find((f) => f.holds(name, entries, () => snapshot.text(file), () => snapshot.binary(file)));
            if (sealed) {
                report({ file, line: 1, note: true, message: `${file} is committed but its values are ${sealed.what}` });
                continue;
            }
            const n = entries.length;
            if (COMMITTED_BY_DESIGN.test(name)) {
                // dotenv-defaults' `.env.defaults` and dotenv-extended's `.env.schema`/`.env.defaults` are meant to be committed:
                // no leaked deployment file, but a place secrets land in (hardcoded-secret judges its values).
                report({ file, line: 1, severity: 'low', message: `${file} is committed by design (dotenv-defaults/dotenv-extended ${name.slice(5)}, ${n} variable${n === 1 ? '' : 's'}); keep every secret out of it: real values belong in an uncommitted .env` });
                continue;
            }
            if (entries.every((e) => PUBLIC_PREFIX.test(e.key))) {
                report({ file, line: 1, severity: 'low', message: `${file} is committed (${n ? `${n} client-public variable${n > 1 ? 's' : ''}` : 'no variables'}); keep env files out of git and commit a .env.example template instead, before a secret lands in it` });
                continue;
            }
            report({ file, line: 1, message: `${file} is committed with ${n} variable${n === 1 ? '' : 's'}; remove it from git (git rm --cached ${file}), rotate any secret it held, and commit a template such as ${name}.example instead` });
        }
    },
});

;// CONCATENATED MODULE: ./lib/checks/env-file-not-ignored.js



const TEMPLATE_SUFFIX = /\.(example|sample|template|tpl|dist)$/i;
/**
 * A name the `names` option accepts: an env file name (`.env.local`, `prod.env`) or a path to one below the
 * scanned folder (`backend/.env.local`) — no glob, no `..`, no leading `/`, not a template.
 */
function envName(name) {
    if (!name || /[*?[\]\\\s]/.test(name) || name.startsWith('/') || name.endsWith('/'))
        return false;
    if (name.split('/').some((seg) => seg === '' || seg === '.' || seg === '..'))
        return false;
    return (0,classify/* isEnvFile */.qb)(name) && !(0,classify/* isTemplate */.Fl)(name);
}
/** `.gitignore` rules must ignore `.env` where env files live. */
const envFileNotIgnored = defineCheck({
    id: 'env-file-not-ignored',
    title: '.env files are git-ignored',
    severity: 'medium',
    description: '.gitignore rules do not ignore .env (or the env files named by `names`) at the repository root or next to an env file or template.',
    match: [
        {
            // ".env is listed in .gitignore", ".gitignore includes .env", "Ensure .env is gitignored". The env files
            // the item names other than `.env` (".env.local files are in .gitignore") become the option `names`.
            pattern: /\.env\b[^;]*\.?git-?ignored?\b|\.?gitignore\b[^;]*\.env\b/,
            // Negated ("`.env` is not in `.gitignore` because Render reads it", "`.env` no está en `.gitignore`",
            // ".gitignore does not list .env"): the opposite promise, or a question, not the rule.
            unless: /\b(?:not|never|isn't|aren't|no|nicht|pas)\s+(?:(?:be|been|yet|listed|included|present|added|put|kept|ignored|está|esta|estan|están|ist|sind|est|in|en|to|into|dans|im|the|a|an|de|la|el|der|die)\s+)*\.?git-?ignored?\b|\.?gitignore\b[^;]*\b(?:does not|doesn't|do not|don't|must not|should not|never|not|no)\s+(?:\w+\s+)?(?:include|includes|list|lists|contain|contains|ignore|ignores|cover|covers|mention|have|has)\b/,
            note: 'a promise that .gitignore covers .env (or the env files the item names): the check tests the ignore rules',
        },
    ],
    docs: {
        why: 'Without an ignore rule, the next `git add .` commits the real secrets that sit beside the template.',
        fix: 'Add `.env` and `.env.*` (with `!.env.example`) to .gitignore.',
        details: [
            'Paths evaluated with the repository\'s .gitignore files as git does (nested ones included, negations such as `!.env` honoured, except below a folder a shallower rule excludes: git never reads a .gitignore there):',
            '`.env` at the root of the scanned folder (the repository root, or the sub-folder `--dir` names; the `.gitignore` files above a sub-folder apply too); `.env` in every folder that holds an env file or an env template;',
            'and the real name behind each template (`.env.production.example` → `.env.production`); and every real env file a `.gitignore` negation re-includes by name (`.env*` then `!.env.production`: the repository means to commit it, which is what the rule is for).',
            'A path that is tracked is judged by `env-file-committed`, but its missing ignore rule is still reported here.',
            'An item scoped with `paths`/`ignore` (and the checklist\'s top-level `ignore`) judges the env files and templates in its scope, wherever the .gitignore that should ignore them is (`paths: ["services/web/**"]` fails for `services/web/.env` at the root .gitignore); the root `.env` only when the scope covers it.',
            'Location: one finding per .gitignore that should carry the rule — the nearest .gitignore at or above the folder',
            '(line 1), listing the paths it fails to ignore. Without any .gitignore, the finding points at the env template',
            '(or the env file) of that folder; with neither, the finding names no file (nothing in the repository lacks the rule).',
            'Option `names` (an item that names other env files: ".env.local files are in .gitignore" is bound with `names: [.env.local]`) replaces those paths:',
            'each name (`.env.local`, `prod.env`) is tested at the root of the scanned folder and in every folder that holds an env file or an env template,',
            'and a path (`backend/.env.local`) below the scanned folder only there; nothing else is judged (a Next.js `.env*.local` rule keeps `.env.local` out',
            'whether or not `.env` is ignored). Names are env file names (`.env`, `.env.<anything>`, `<name>.env`), not templates, globs, absolute paths or `..`.',
            'Patterns like `*.env` do ignore `.env` (git\'s `*` matches the empty string and leading dots are not special);',
            'naive grep-based checks for a literal `.env` line get both that and `!.env` re-includes wrong.',
        ].join('\n'),
    },
    // A finding without a file (no .gitignore anywhere): SARIF anchors it where the rule is to be added.
    fixFile: '.gitignore',
    // Scoped, it judges the env files of its scope (and the scanned folder's own `.env` when the scope covers it).
    judgesScope: true,
    options: schemas/* object */.Ikc({
        names: schemas/* array */.YOg(schemas/* string */.YjP().refine(envName, 'expected an env file name (`.env.local`, `prod.env`) or a relative path to one (`api/.env.local`): no glob, no `..`, not a template'))
            .min(1).max(20).optional()
            .describe('The env files that must be ignored, instead of `.env` and the real names behind templates: each name at the root of the scanned folder and in every folder holding an env file or template; a path with `/` only there'),
    }),
    run({ snapshot, options, report, skip }) {
        const under = (p) => (snapshot.base ? `${snapshot.base}/${p}` : p);
        const names = options.names?.filter((n) => !n.includes('/')) ?? ['.env'];
        // Each name at the scanned folder: the repository root, or the sub-folder scanned.
        // The scanned folder's own env file, unless the item's scope leaves it out (`paths: ["services/web/**"]`).
        const candidates = new Set([...names.map(under), ...(options.names?.filter((n) => n.includes('/')).map(under) ?? [])].filter((p) => snapshot.inScope(p)));
        for (const f of snapshot.files) {
            if (!(0,classify/* isEnvFile */.qb)(f) && !(0,classify/* isEnvFile */.qb)(f.replace(TEMPLATE_SUFFIX, '')))
                continue;
            const dir = (0,classify/* dirname */.pD)(f);
            for (const n of names)
                candidates.add(dir ? `${dir}/${n}` : n);
            if (options.names)
                continue;
            if ((0,classify/* isTemplate */.Fl)(f) && TEMPLATE_SUFFIX.test(f)) {
                const real = f.replace(TEMPLATE_SUFFIX, '');
                if ((0,classify/* isEnvFile */.qb)(real) && !(0,classify/* isTemplate */.Fl)(real))
                    candidates.add(real);
            }
        }
        const gitignores = snapshot.gitignoreFiles();
        // A negation that re-includes a real env file by name (`.env*` then `!.env.production`) names a
        // path the repository means to keep out, or means to commit: either way it is judged.
        for (const g of options.names ? [] : gitignores) {
            const dir = (0,classify/* dirname */.pD)(g);
            for (const raw of (snapshot.text(g) ?? '').split(/\r?\n/)) {
                const m = /^!\/?([^*?[\]\s\\]+)\s*$/.exec(raw);
                if (!m || m[1].endsWith('/'))
                    continue;
                if (!(0,classify/* isEnvFile */.qb)(m[1]) || (0,classify/* isTemplate */.Fl)(m[1]))
                    continue;
                candidates.add(dir ? `${dir}/${m[1]}` : m[1]);
            }
        }
        const byTarget = new Map();
        for (const p of [...candidates].sort()) {
            if (snapshot.gitignored(p))
                continue;
            const dir = (0,classify/* dirname */.pD)(p);
            const nearest = gitignores.filter((g) => (0,classify/* dirname */.pD)(g) === '' || dir === (0,classify/* dirname */.pD)(g) || dir.startsWith(`${(0,classify/* dirname */.pD)(g)}/`)).sort((a, b) => b.length - a.length)[0];
            // With no .gitignore and no env file there, nothing in the repository lacks the rule: the
            // finding names no file (an unrelated first file would draw an annotation on it).
            const target = nearest ?? snapshot.files.find((f) => (0,classify/* dirname */.pD)(f) === dir && (0,classify/* isTemplate */.Fl)(f) && (0,classify/* isEnvFile */.qb)(f.replace(TEMPLATE_SUFFIX, '')))
                ?? snapshot.files.find((f) => (0,classify/* dirname */.pD)(f) === dir && (0,classify/* isEnvFile */.qb)(f)) ?? '';
            byTarget.set(target, [...(byTarget.get(target) ?? []), p]);
        }
        if (!snapshot.files.length) {
            skip('no files');
            return;
        }
        for (const [file, paths] of byTarget) {
            const list = paths.map((p) => `'${p}'`).join(', ');
            const where = (0,classify/* basename */.P8)(file) === '.gitignore' ? `${file} does not ignore ${list}` : `no .gitignore ignores ${list}`;
            if (!file) {
                report({ message: `${where}; add '.env' and '.env.*' (with '!.env.example') to .gitignore so real env files are never committed` });
                continue;
            }
            report({ file, line: 1, message: `${where}; add '.env' and '.env.*' (with '!.env.example') to .gitignore so real env files are never committed` });
        }
    },
});

// EXTERNAL MODULE: ./lib/repo/env.js
var env = __webpack_require__(23503);
;// CONCATENATED MODULE: ./lib/checks/hardcoded-secret.js











const FIX = 'Revoke/rotate the secret, remove it from the repository and load it at run time from a secret store or the environment.';
// Compiled once: the scanner resets lastIndex per use, so sharing them is safe (run is synchronous).
const TOKEN_RE = new RegExp(TOKEN_LINE_PREFILTER.source, 'g');
const PRIVATE_KEY_RE = /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |PGP |ENCRYPTED |SSH2 ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----([\s\S]{0,16000}?)-----END \1-----/y;
/**
 * `key = value`, `key: value`, `"key": "value"`, `key => 'value'`, `KEY=value` (one per match). A name
 * right after `${` is a shell/compose/Spring parameter expansion (`${NAME:-default}`, `${NAME:…}`), not an
 * assignment: its default is the fallback rule's.
 */
const ASSIGNMENT_SOURCE = String.raw `(?<![\w.$-]|\$\{)([A-Za-z_$][\w.$-]{0,100}?)["'\`]?\]?\s*TYPE(?::{1,3}=|\?{1,2}=|\|\|=|=>|=(?![=~])|:(?![:/]))[ \t]*PREFIX(?:"((?:[^"\\\n]|\\.){0,1000})"|'((?:[^'\\\n]|\\.){0,1000})'|\`([^\`\n]{0,1000})\`|([^\s"'\`,;#)}\]BARE]{1,1000}))`;
/**
 * In configuration formats a `#` starts a comment only after whitespace (YAML, `.properties`, dotenv, shell,
 * Dockerfile): in `password: Xk9#mP2v…` it is part of the bare value, so after its first character the value runs on through `#`.
 */
const ASSIGNMENT_RE = new RegExp(ASSIGNMENT_SOURCE.replace('TYPE', '').replace('PREFIX', '')
    .replace(String.raw `([^\s"'\`,;#)}\]BARE]{1,1000})`, () => String.raw `([^\s"'\`,;#)}\]][^\s"'\`,;)}\]]{0,999})`), 'g');
/** In code a literal may carry a prefix: Python `b"…"`, `r"…"`, `f"…"`, `rb'…'`; C# verbatim and Objective-C `@"…"`; Go `[]byte("…")`. */
const CODE_PREFIX = String.raw `(?:[rRbBuUfF]{1,2}(?=["'])|@(?=")|\[\]byte\(\s*(?=["\`]))?`;
/**
 * A type annotation between a name and its `=`, in code: Python `API_TOKEN: str = …`, `token: Optional[str] = …`,
 * TypeScript `const apiKey: string = …`, `secret: string | undefined = …`, Kotlin/Swift/Scala `val apiKey: String = …`,
 * Rust `const API_KEY: &str = …`, `&'static str`. One level of nested brackets (`Optional[Dict[str, str]]`).
 */
const BRACKETS = String.raw `(?:[<\[][^<>\[\]=\n]{0,60}(?:[<\[][^<>\[\]=\n]{0,60}[>\]][^<>\[\]=\n]{0,60})?[>\]])?\??`;
const TYPE_ANNOTATION = String.raw `(?::[ \t]*&?(?:'[a-z]+[ \t]+)?[A-Za-z_$][\w.$]*${BRACKETS}(?:[ \t]*\|[ \t]*[A-Za-z_$][\w.$]*${BRACKETS})*[ \t]*(?==(?![=~])))?`;
/** {@link ASSIGNMENT_RE} for source code: a name may carry a type annotation. */
// In code a bare value is an expression, never judged: it ends at `(`, so a call's first keyword argument
// (`redis.Redis(password="…")`, Ruby `Redis.new(password: "…")`) is matched on its own, not swallowed by `r = redis.Redis(`.
const CODE_ASSIGNMENT_RE = new RegExp(ASSIGNMENT_SOURCE.replace('TYPE', () => TYPE_ANNOTATION).replace('BARE', '(').replace('PREFIX', () => CODE_PREFIX), 'g');
/**
 * Go writes the type after the name, without a colon: `var apiKey string = "…"`, `const signingSecret = …`
 * (typed or not), and inside `var (…)` groups a line starts with the name (`\tdbPassword string = "…"`).
 * The type (`string`, `[]byte`, `*string`, `pkg.T`) is stepped over only there: after `var`/`const`, or
 * as the first word of a line.
 */
const GO_TYPE = String.raw `(?:(?<=(?:^[ \t]*|\b(?:var|const)[ \t]+)(?!(?:var|const)\b)[A-Za-z_]\w*)[ \t]+(?:\[\]|\*)?[A-Za-z_][\w.]*[ \t]*(?==(?![=~])))?`;
const GO_ASSIGNMENT_RE = new RegExp(ASSIGNMENT_SOURCE.replace('TYPE', () => GO_TYPE).replace('BARE', '(').replace('PREFIX', () => CODE_PREFIX), 'g');
const BLOCK_SCALAR_RE = /^[|>][-+]?\d*$/;
/** Documentation, and request documentation: Postman collections, HTTP request files (`*.http`, `*.rest`: sample bodies sent to a local server) and API example files (the AWS SDK's `*.examples.json`, botocore's `examples-1.json`). */
const DOC_FILE_RE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|html?|postman_collection\.json|http|rest)$|(?:^|[/.])examples(?:-\d+)?\.json$/i;
const LONG_LINE = 1000;
/** Fallbacks of environment reads that span lines (a call's arguments below it, `||` then the literal): the shared reading, judged here like any literal. */
function splitFallbacks(text) {
    const hits = [];
    for (const { fallback: f, line, column } of splitLiteralFallbacks(text)) {
        const name = isSecretName(f.name) ? f.name : f.key !== null && isSecretName(f.key) ? f.key : null;
        if (name === null || !looksLikeSecretValue(f.value))
            continue;
        hits.push({ line, column, message: `'${name}' falls back to a hard-coded secret value when the variable is unset`, secret: f.value });
    }
    return hits;
}
/** A Dockerfile's legacy `ENV KEY value` (no `=`: the rest of the line is the value); group 1 the key, 2 the value. */
const DOCKER_ENV_SPACE_RE = /^[ \t]*ENV[ \t]+([A-Za-z_][\w.-]*)[ \t]+([^\s=\\][^\n]*?)[ \t]*\r?$/gim;
/** WordPress's authentication keys and salts (`wp-config.php`): secrets whatever their names say. */
const WORDPRESS_SALT = /^(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)$/;
/**
 * A key from WordPress's generator (api.wordpress.org/secret-key): 64 characters of a 92-character set, about 5.3 bits
 * each. Such a value holds `${`, `#{`, `{%`, `$$` or `<<A` by chance about one time in ten, which the placeholder and
 * reference rules would read as a template; no template or placeholder is this long and this random.
 */
const isGeneratedSalt = (v) => v.length >= 48 && shannonEntropy(v) >= 5;
/** PHP constants: `define('DB_PASSWORD', '…')` (WordPress `wp-config.php`). */
const PHP_DEFINE_RE = /\bdefine\(\s*(['"])([A-Za-z_]\w{0,100})\1\s*,\s*(['"])((?:(?!\3)[^\\\n]|\\.){1,1000})\3/g;
// In code, a bare value after `=` is an expression (`secretKey = reader.int32()`), not a literal.
const CODE_FILE_RE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|php|cs|c|cc|cpp|cxx|h|hpp|rs|swift|m|mm|dart|lua|pl|pm|groovy|gradle|exs?|erl|clj|vue|svelte|r|jl|fs|vb)$/i;
/** Letters of a Python string prefix (`b`, `r`, `u`, `f`, either case). */
const STRING_PREFIX = new Uint8Array(128).map((_, c) => ('rRbBuUfF@'.includes(String.fromCharCode(c)) ? 1 : 0));
const NAME_CHAR = new Uint8Array(128).map((_, c) => (/[\w.$-]/.test(String.fromCharCode(c)) ? 1 : 0));
/** Characters of a type annotation the candidate walk steps over back to its `:` (`Optional[str]`, `string | null`, `&'static str`). */
const TYPE_CHAR = new Uint8Array(128).map((_, c) => (/[\w.$[\]<>|?&' \t,]/.test(String.fromCharCode(c)) ? 1 : 0));
const SECRET_HINT = /pass|pwd|secret|token|cred|key|pw|authori[sz]ation|pat(?![a-z])/i;
/** Environment reads that may carry a literal fallback (`os.getenv("X") or "…"`, `process.env.X || "…"`). */
/** Whether the `env` at `i` is an environment read: `process.env`, `import.meta.env`, `environ`, `getenv`, `env(`, `env.str(`. */
function isEnvRead(text, i) {
    const next = text.charCodeAt(i + 3);
    if (next === 40 /* ( */)
        return true; // env(, getenv(
    if (next === 105 /* i */ && text.startsWith('environ', i))
        return true;
    if (next === 46 /* . */ && text.startsWith('env.str(', i))
        return true; // environs' env.str("X", "…")
    if (i >= 3 && text.startsWith('get', i - 3))
        return true;
    return text.charCodeAt(i - 1) === 46 /* . */ && (text.startsWith('process.', i - 8) || text.startsWith('import.meta.', i - 12));
}
/** Whether the `=` at `i` follows a type annotation (`name: Type =`) whose name is secret-like. */
function typedNameHint(text, i) {
    let k = i - 1;
    while (k >= 0 && i - k < 120 && TYPE_CHAR[text.charCodeAt(k)] === 1)
        k--;
    if (k === i - 1 || text.charCodeAt(k) !== 58 /* : */ || text.charCodeAt(k - 1) === 58)
        return false;
    let j = k - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9))
        j--;
    const end = j + 1;
    while (j >= 0 && end - j < 100 && NAME_CHAR[text.charCodeAt(j)] === 1)
        j--;
    return end - j >= 3 && SECRET_HINT.test(text.slice(j + 1, end));
}
/** Whether the `=` at `i` ends a Go declaration `NAME TYPE =` (`var apiKey string = …`) whose name is secret-like. */
function goTypedNameHint(text, i) {
    let k = i - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9))
        k--;
    const typeEnd = k;
    while (k >= 0 && typeEnd - k < 100 && (NAME_CHAR[text.charCodeAt(k)] === 1 || text.charCodeAt(k) === 42 || text.charCodeAt(k) === 91 || text.charCodeAt(k) === 93))
        k--;
    if (k === typeEnd || (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9))
        return false;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9))
        k--;
    const end = k + 1;
    while (k >= 0 && end - k < 100 && NAME_CHAR[text.charCodeAt(k)] === 1)
        k--;
    return end - k >= 3 && SECRET_HINT.test(text.slice(k + 1, end));
}
/** Whether the `=` at `i` ends a secret-like query parameter name (`?api_key=`, `&password=`, JDBC `;password=`). */
function queryParamAt(text, i) {
    let j = i - 1;
    while (j >= 0 && i - j < 100 && NAME_CHAR[text.charCodeAt(j)] === 1)
        j--;
    const c = text.charCodeAt(j);
    return i - j >= 3 && (c === 63 /* ? */ || c === 38 /* & */ || c === 59 /* ; */) && SECRET_HINT.test(text.slice(j + 1, i));
}
/** Start offsets of candidate lines → 1: token rules, 2: assignment rule (and URL query parameters), 4: fallback rule. */
function candidates(text, generic, quotedOnly, go = false, php = false, ruby = false) {
    const out = new Map();
    const collect = (re, flag) => {
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(text)) !== null) {
            const start = text.lastIndexOf('\n', m.index - 1) + 1;
            out.set(start, (out.get(start) ?? 0) | flag);
            // One hit is enough to look at a line: jump to the next one.
            const nl = text.indexOf('\n', m.index);
            if (nl === -1)
                break;
            re.lastIndex = nl + 1;
        }
    };
    /** Marks the line holding offset `i` with `flag`; returns where that line ends (the next search starts there). */
    const markLine = (i, flag) => {
        const start = text.lastIndexOf('\n', i - 1) + 1;
        out.set(start, (out.get(start) ?? 0) | flag);
        const nl = text.indexOf('\n', i);
        return nl === -1 ? text.length : nl;
    };
    collect(TOKEN_RE, 1);
    if (generic) {
        // Assignment candidates: each `=`/`:` found with indexOf (far faster than a case-insensitive
        // regex over the whole text); only the name just before it is tested.
        for (const op of ['=', ':']) {
            for (let i = text.indexOf(op); i !== -1; i = text.indexOf(op, i + 1)) {
                if (quotedOnly && op === '=' && queryParamAt(text, i)) {
                    // A secret-named query parameter inside a URL literal (`"https://…?api_key=…"`): no quote follows its `=`.
                    i = markLine(i, 2);
                    continue;
                }
                if (quotedOnly) {
                    // In code only a quoted literal can be a secret: look past `>` (`=>`) and spaces for a quote.
                    let k = i + 1;
                    if (text.charCodeAt(k) === 62)
                        k++;
                    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)
                        k++;
                    // Past a literal's prefix: Python `b"…"`/`rb'…'`/`f"…"`, C#/Objective-C `@"…"`, Go `[]byte("…")`.
                    if (text.startsWith('[]byte(', k))
                        k += 7;
                    else
                        for (let n = 0; n < 2 && STRING_PREFIX[text.charCodeAt(k)] === 1; n++)
                            k++;
                    const c = text.charCodeAt(k);
                    if (c !== 34 && c !== 39 && c !== 96)
                        continue;
                }
                let j = i - 1;
                // Go's `:=`; Makefile `::=`/`?=`, JavaScript/PHP `??=`, Ruby `||=`: the operator's first characters.
                for (let n = 0; n < 3 && (text.charCodeAt(j) === 58 || text.charCodeAt(j) === 63 || text.charCodeAt(j) === 124); n++)
                    j--;
                while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9))
                    j--;
                if (text.charCodeAt(j) === 93)
                    j--; // ]
                const q = text.charCodeAt(j);
                if (q === 34 || q === 39 || q === 96)
                    j--;
                if (text.charCodeAt(j) === 92)
                    j--; // `\"key\":` inside a double-quoted JSON string
                const end = j + 1;
                while (j >= 0 && end - j < 100 && NAME_CHAR[text.charCodeAt(j)] === 1)
                    j--;
                // In code the word before `=` may be a type (`API_TOKEN: str = "…"`): then the name is before its `:`.
                if ((end - j < 3 || !SECRET_HINT.test(text.slice(j + 1, end))) && !(quotedOnly && op === '=' && (typedNameHint(text, i) || (go && goTypedNameHint(text, i)))))
                    continue;
                i = markLine(i, 2);
            }
        }
        // PHP constants: `define('DB_PASSWORD', '…')` with a secret-like name.
        for (let i = php ? text.indexOf('define(') : -1; i !== -1; i = text.indexOf('define(', i + 7)) {
            const name = /^\s*['"]([A-Za-z_]\w{0,100})['"]/.exec(text.slice(i + 7, i + 120))?.[1];
            if (!name || !(SECRET_HINT.test(name) || WORDPRESS_SALT.test(name)))
                continue;
            const start = text.lastIndexOf('\n', i - 1) + 1;
            out.set(start, (out.get(start) ?? 0) | 2);
        }
        // Fallback candidates: `${NAME:-…}` / Spring `${NAME:…}` with a secret-like variable name, and environment reads in code.
        const mark = (i) => markLine(i, 4);
        for (let i = text.indexOf('${'); i !== -1; i = text.indexOf('${', i + 2)) {
            let j = i + 2;
            while (j < text.length && j - i < 104 && NAME_CHAR[text.charCodeAt(j)] === 1 && text.charCodeAt(j) !== 45)
                j++;
            let op = text.charCodeAt(j);
            let hinted = j - i >= 5 && (op === 58 || op === 45 || op === 61) && SECRET_HINT.test(text.slice(i + 2, j));
            if (!hinted && op === 45) {
                // Spring's kebab-case names (`${db.admin-password:…}`): read on through `-` to a `:`.
                while (j < text.length && j - i < 104 && NAME_CHAR[text.charCodeAt(j)] === 1)
                    j++;
                op = text.charCodeAt(j);
                hinted = op === 58 && SECRET_HINT.test(text.slice(i + 2, j));
            }
            if (!hinted)
                continue;
            i = mark(i) - 1; // the next search starts on the next line
        }
        // Every environment read contains `env`: one walk over its `v` (a one-character indexOf is a
        // memchr, 2.5× faster than `indexOf('env')`, whose common `e` stops it everywhere), then the
        // few characters around each hit say which read it is (a walk per needle cost a fifth of the scan).
        // Environment reads are code (`os.getenv`, `process.env`, Laravel's `env()`): configuration files,
        // where compose's `environment:` would match on every service, are not walked.
        // Ruby's `ENV.fetch("SECRET_KEY_BASE", "…")` and `ENV["SECRET_KEY_BASE"] || "…"` are upper case: their own walks, in Ruby files only.
        // (The next search starts on the next line, at its first character: a read there is not skipped.)
        for (let i = ruby ? text.indexOf('ENV.fetch(') : -1; i !== -1; i = text.indexOf('ENV.fetch(', mark(i))) { /* marked */ }
        for (let i = ruby ? text.indexOf('ENV[') : -1; i !== -1; i = text.indexOf('ENV[', mark(i))) { /* marked */ }
        // python-decouple's `config("SECRET_KEY", default="…")` (Django's other environment reader) holds no `env`: its own walk.
        for (let i = quotedOnly ? text.indexOf('config(') : -1; i !== -1; i = text.indexOf('config(', mark(i))) { /* marked */ }
        for (let v = quotedOnly ? text.indexOf('v', 2) : -1; v !== -1; v = text.indexOf('v', v + 1)) {
            if (text.charCodeAt(v - 1) !== 110 || text.charCodeAt(v - 2) !== 101 || !isEnvRead(text, v - 2))
                continue;
            v = mark(v - 2); // the next search starts at the line's end
        }
    }
    return [...out].sort((a, b) => a[0] - b[0]);
}
/**
 * Scans one file's text: literal prefilters pick candidate lines, and only those run the token,
 * URL, private-key and assignment rules.
 */
function scanText(text, mode) {
    const hits = [];
    const seen = new Set();
    const add = (h) => {
        const key = `${h.line}\0${h.secret}`;
        if (seen.has(key))
            return;
        seen.add(key);
        hits.push(h);
    };
    let lineNo = 1;
    let counted = 0;
    let skipUntil = 0;
    docBounds = null;
    for (const [lineStart, flags] of candidates(text, mode.generic, !mode.unquoted, mode.go, mode.php, mode.ruby)) {
        if (lineStart < skipUntil)
            continue;
        for (let i = text.indexOf('\n', counted); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1))
            lineNo++;
        counted = lineStart;
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1)
            lineEnd = text.length;
        const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
        const begin = flags & 1 ? line.indexOf('-----BEGIN') : -1;
        if (begin !== -1) {
            const block = privateKeyAt(text, lineStart + begin);
            if (block) {
                add({ line: lineNo, column: begin + 1, message: `a private key (${block.type}) is committed in plain text`, secret: block.body });
                skipUntil = block.end;
            }
        }
        scanLine(line, lineNo, { ...mode, tokens: (flags & 1) !== 0, generic: mode.generic && (flags & 2) !== 0, fallback: mode.generic && (flags & 6) !== 0 }, add, text, lineEnd);
    }
    if (mode.generic && !mode.unquoted)
        for (const h of splitFallbacks(text))
            add(h);
    if (mode.dockerfile && mode.generic) {
        for (const m of text.matchAll(DOCKER_ENV_SPACE_RE)) {
            const key = m[1];
            const raw = m[2];
            if (raw.endsWith('\\'))
                continue; // continued on the next line: not one value
            const value = /^(["'])(.*)\1$/.exec(raw)?.[2] ?? raw;
            if (!isSecretName(key) || !looksLikeSecretValue(value))
                continue;
            add({ ...(0,util_text/* lineColumnAt */.IX)(text, m.index + m[0].indexOf(raw, key.length + 4) + (value === raw ? 0 : 1)), message: `'${key}' is assigned a hard-coded secret value`, secret: value });
        }
        hits.sort((a, b) => a.line - b.line || a.column - b.column);
    }
    return hits;
}
const TERRAFORM_FILE_RE = /\.tf$/i;
/**
 * Terraform `variable "db_password" { default = "…" }`: a secret-named variable's literal default ships
 * with the module and is used whenever no value is given (tfsec's "sensitive variable default"). The
 * default is judged like any other value (a weak one such as `changeme` is `default-credentials`').
 */
function terraformDefaults(text) {
    return terraformVariableDefaults(text).filter((d) => looksLikeSecretValue(d.value))
        .map((d) => ({ line: d.line, column: d.column, message: `Terraform variable '${d.name}' has a hard-coded secret default`, secret: d.value }));
}
/** XML configuration: Maven `settings.xml`, `web.config`, Spring/Tomcat/Hibernate XML, `*.pubxml`. */
const XML_FILE_RE = /\.(?:xml|config|pubxml)$/i;
/** `<password>value</password>`: an element whose only content is one word. */
const XML_ELEMENT_RE = /<([A-Za-z_][\w.-]{0,100})>([^<>\s]{1,1000})<\/\1>/g;
/** .NET's named settings: `<add key="SmtpPassword" value="…" />` (web.config `appSettings`, NuGet.Config `ClearTextPassword`). */
const XML_ADD_RE = /<add\s+key\s*=\s*(["'])([^"'<>]{1,200})\1\s+value\s*=\s*(["'])([^"'<>\s]{1,1000})\3/g;
/**
 * Secret-named XML elements with a literal value (`<server><password>…</password></server>` in Maven's
 * `settings.xml`; .NET's `<add key="…Password" value="…" />`), which no `key = value` rule sees. Maven's
 * encrypted passwords (`{…}` from `mvn --encrypt-password`) and elements inside comments pass.
 */
function xmlElements(text) {
    const out = [];
    if (!text.includes('</'))
        return out;
    const judge = (index, name, raw, at) => {
        if (!isSecretName(name) || /^\{[A-Za-z0-9+/=]+\}$/.test(raw))
            return;
        if (text.lastIndexOf('<!--', index) > text.lastIndexOf('-->', index))
            return;
        const value = raw.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[e]);
        if (!looksLikeSecretValue(value))
            return;
        const { line, column } = (0,util_text/* lineColumnAt */.IX)(text, at);
        out.push({ line, column, message: `'${name}' is assigned a hard-coded secret value`, secret: value });
    };
    for (const m of text.matchAll(XML_ELEMENT_RE))
        judge(m.index, m[1], m[2], m.index + m[1].length + 2);
    for (const m of text.matchAll(XML_ADD_RE))
        judge(m.index, m[2], m[4], m.index + m[0].length - m[4].length - 1);
    return out;
}
/**
 * Compose's file-based secrets (`secrets: { db_password: { file: ./secrets/db_password.txt } }`, Docker's
 * documented layout): a committed file holds the secret itself, one value on its own line, with no
 * name for the assignment rules to see. Reported at the value; placeholders and defaults are
 * `default-credentials`' (it reads the same files: util/credentials.ts).
 */
function composeSecretFileHits(snapshot, skip) {
    return composeSecretFiles(snapshot, skip)
        .filter(({ value }) => value.length >= 8 && value.length <= 4096 && !/[\r\n]/.test(value) && !isExampleValue(value) && !isDefaultCredential(value) && !isReference(value))
        .map((s) => ({ file: s.file, line: s.line, column: s.column, message: `the compose secret '${s.name}' (${s.composeFile}) is committed in ${s.file}`, secret: s.value }));
}
/** Structured settings files whose keys are nested names: ASP.NET Core appsettings, Spring Boot YAML. */
const NESTED_SETTINGS = /(?:^|\/)(?:appsettings(?:\.[\w-]+)?\.json|application(?:-[\w.-]+)?\.ya?ml)$/i;
/**
 * A setting named by its section (`"Jwt": { "Key": "…" }`, .NET's `Jwt:Key`; Spring `jwt:\n  key: …`): the
 * key alone says nothing, the section and key together are secret-named. The line scan sees `"Key"` only.
 */
function nestedSettingNames(snapshot, skip) {
    const out = [];
    for (const file of snapshot.files) {
        if (!NESTED_SETTINGS.test(file) || skip(file))
            continue;
        for (const doc of snapshot.yaml(file)?.docs ?? []) {
            const walk = (v, path, depth) => {
                if (depth > 16 || !(0,yaml/* isObject */.Gv)(v))
                    return;
                for (const [k, x] of Object.entries(v)) {
                    if ((0,yaml/* isObject */.Gv)(x)) {
                        walk(x, [...path, k], depth + 1);
                        continue;
                    }
                    const parent = path.at(-1);
                    if (typeof x !== 'string' || parent === undefined || isSecretName(k) || !isSecretName(`${parent}_${k}`) || !looksLikeSecretValue(x))
                        continue;
                    const at = doc.loc([...path, k]);
                    if (at)
                        out.push({ file, line: at.line, column: at.column, message: `'${parent}:${k}' is assigned a hard-coded secret value`, secret: x });
                }
            };
            walk(doc.value, [], 0);
        }
    }
    return out;
}
/** Docker's `~/.docker/config.json` (and the legacy `.dockercfg`), Podman/skopeo `auth.json`: registry logins. */
const REGISTRY_AUTH_FILE = /(?:^|\/)(?:\.docker\/config\.json|\.dockercfg|(?:containers\/)?auth\.json)$/;
const REGISTRY_AUTH_RE = /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;
/** npm's legacy `_auth=<base64 of user:password>` (`//registry/:_auth=…` too) in an `.npmrc`. */
const NPMRC_FILE = /(?:^|\/)\.npmrc$/;
/** `.netrc` (curl, git, ftp, Heroku's CLI): `machine HOST login USER password SECRET`, tokens separated by any whitespace. */
const NETRC_FILE = /(?:^|\/)[._]netrc$/;
const NETRC_PASSWORD_RE = /(?:^|\s)password\s+(\S+)/g;
/**
 * Credentials written into commands and header strings, whatever the file (a deploy script, a Makefile, a CI
 * step, a compose healthcheck): `Authorization: Bearer <token>` (also `token`, `Basic`), `curl -u user:password`,
 * `docker login -p <password>`, and database and tool clients given their password as an argument ({@link CLIENT_PASSWORD_RULES}).
 */
const AUTH_HEADER_RE = /\bAuthorization:[ \t]*(?:Bearer|Token|token|Basic)[ \t]+([A-Za-z0-9._~+/=-]{12,})/g;
// A backtick ends the command (Markdown code spans and JS template literals quote commands: `curl -u user:password`).
const CURL_USER_RE = /\bcurl\b[^\n`]*?[ \t](?:-u|--user)(?:[ \t]+|=)(['"]?)([^\s:'"$`]{1,100}):([^\s'"`]{1,200})\1(?=[\s`]|$)/g;
// `docker login -u ci -p <password> registry` (also podman/buildah/skopeo/helm registry login); `--password-stdin` reads none.
const REGISTRY_LOGIN_RE = /\b(?:docker|podman|buildah|skopeo|helm[ \t]+registry)[ \t]+login\b[^\n`]*?[ \t](?:-p|--password)(?:[ \t]+|=)(['"]?)([^\s'"$`]{1,200})\1(?=[\s`]|$)/g;
/**
 * Where a client's name starts a command word: the start of the text, after white space, a quote (an exec-form
 * `["CMD", "mysqladmin", …]`) or `(`, or a `bin/` directory. Not inside a path (`/var/lib/mysql`) or a longer name
 * (`mysql-client`, `mysql_config_editor`), and not a container's name (`docker run --name mysql -p 3306:3306`).
 */
const CLIENT_START = String.raw `(?:(?<![^\s"'(])|(?<=bin\/))(?<!--(?:name|hostname|network|net|link)[ \t=])`;
/** The end of a client's name: white space, or the quote and comma of an exec-form array. */
const CLIENT_END = String.raw `(?=[\s"',])`;
/**
 * The client's other arguments up to its password flag, on one line or continued with `\`; a backtick or `;`, `|`, `&`
 * ends the command (`mysql … && tar -pczf …` is another command's `-p`).
 */
const CLIENT_ARGS = String.raw `(?:[^\n\`;|&\\]|\\[^\r\n]|\\\r?\n){0,400}?(?<=[\s"'])`;
/**
 * A flag's separate value: after white space, `=`, or in an exec form the next quoted element (`"-a", "<password>"`); an
 * unquoted next element is code (`["redis-cli", "-a", redisPassword]`), not a literal.
 */
const hardcoded_secret_FLAG_VALUE = String.raw `(?:[ \t]+|=|["'],[ \t]*(?=["']))`;
/**
 * The password: bare or quoted (a `$` makes it a variable, a command substitution or an escaped `$$`, never a literal);
 * not a redirection or the next command (`htpasswd -nb admin "$PW" > users`). A quoted one may end an array element (`"…",`, `"…"]`).
 */
const CLIENT_PASSWORD = String.raw `(?<q>['"]?)(?![-<>|&;])(?<pw>[^\s'"$\`]{1,200})\k<q>(?=[\s\`"']|$|(?<=["'])[,\])])`;
/** Between two arguments: white space, or the quotes and comma of an exec form (`"sshpass", "-p"`). */
const ARG_SEP = String.raw `(?:[ \t]+|["'],[ \t]*["'])`;
const clientRule = (prefilter, source, message, accept) => ({ prefilter: [prefilter].flat(), re: new RegExp(source, 'dg'), message, accept });
/**
 * Database and tool clients given a literal password on their command line (a backup script, a Makefile target, a CI
 * step, a Dockerfile `RUN`, a compose healthcheck, a Kubernetes container's `command`/`args` on one line):
 * - `mysql`/`mysqldump`/`mysqladmin` (and the other MySQL and MariaDB clients) `-p<password>`, `--password=<password>`:
 *   the value is attached; `-p` alone prompts, and `-p appdb` or `--password appdb` names the database;
 * - `PGPASSWORD=<password> psql` (`pg_dump`, `pg_restore`, … : the variable set for that one command);
 * - `sshpass -p <password>`; `redis-cli -a <password>` (`--pass`, also valkey-cli and keydb-cli);
 * - `mongo`/`mongosh`/`mongodump`/… `-p <password>`, `--password <password>`; `-p` followed by another flag prompts;
 * - `htpasswd -b [-c] file user <password>` (`-nb user <password>`): `-b` takes the password from the command line.
 */
const CLIENT_PASSWORD_RULES = [
    clientRule(['mysql', 'mariadb'], `${CLIENT_START}(?:mysql(?:dump|admin|import|check|show|pump|sh)?|mariadb(?:-dump|-admin|-import|-check|-show)?)${CLIENT_END}${CLIENT_ARGS}(?:-p|--password=)${CLIENT_PASSWORD}`, 'a mysql client (-p/--password=) carries a hard-coded password'),
    clientRule('PGPASSWORD=', String.raw `(?<![\w$.-])PGPASSWORD=${CLIENT_PASSWORD}[ \t]+(?:[A-Za-z_]\w*=\S*[ \t]+)*(?:\S*\/)?(?:psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|pg_isready|createdb|dropdb|createuser|dropuser|vacuumdb|reindexdb|clusterdb|pgbench)(?=[\s"'\`;|&)]|$)`, 'PGPASSWORD=… before a PostgreSQL client carries a hard-coded password'),
    // sshpass's own options come before the command it runs (`-f file`, `-d fd`, `-P prompt`, `-e`, `-v`): a `-p` after it is the command's.
    clientRule('sshpass', String.raw `${CLIENT_START}sshpass(?:${ARG_SEP}-(?:[fdP][ \t]*[^\s-]\S*|e\S*|v))*${ARG_SEP}-p(?:[ \t]*|["'],[ \t]*(?=["']))${CLIENT_PASSWORD}`, 'sshpass -p carries a hard-coded password'),
    clientRule(['redis-cli', 'valkey-cli', 'keydb-cli'], `${CLIENT_START}(?:redis|valkey|keydb)-cli${CLIENT_END}${CLIENT_ARGS}(?:-a|--pass)${hardcoded_secret_FLAG_VALUE}${CLIENT_PASSWORD}`, 'redis-cli -a carries a hard-coded password'),
    clientRule('mongo', `${CLIENT_START}mongo(?:sh|dump|restore|export|import|stat|top|files)?${CLIENT_END}${CLIENT_ARGS}(?:-p|--password)${hardcoded_secret_FLAG_VALUE}${CLIENT_PASSWORD}`, 'a MongoDB client (-p/--password) carries a hard-coded password'),
    // Options first (`-C 12` takes the bcrypt cost), then the file unless `-n`, the user and the password.
    clientRule('htpasswd', String.raw `${CLIENT_START}htpasswd[ \t]+(?<flags>(?:-[A-Za-z25]+[ \t]+(?:\d{1,2}[ \t]+)?)+)(?:(?<fq>['"]?)[^\s'"<>|&;]{1,300}\k<fq>[ \t]+)?(?<uq>['"]?)[^\s'"$\`<>|&;]{1,100}\k<uq>[ \t]+${CLIENT_PASSWORD}`, 'htpasswd -b carries a hard-coded password', 
    // `-b` takes the password from the command line; without `-n` the file comes first (`htpasswd -b user pw` is file and user).
    (g) => g.flags.includes('b') && (g.flags.includes('n') || g.fq !== undefined)),
];
/**
 * Values that are a template or a variable, not a password, in a command's position: Windows `%DB_PASS%` (`!DB_PASS!`), autoconf/CMake
 * `@DB_PASS@`, an interpolation (`{password}` of a Python f-string or `.format`), the name of an environment variable
 * (`DB_PASSWORD`, `ROOT_PASS`), docker's `-p host:port:port` mapping, and prose about a command (`htpasswd -b carries a
 * hard-coded password`: lower-case words joined by `-`).
 */
const CLIENT_PLACEHOLDER_RE = /^%\w+%$|^!\w+!$|^@\w+@$|[{}]|^[a-z]+(?:-[a-z]+)+$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^(?:[\w.-]+:)?\d{1,5}(?:-\d{1,5})?:\d{1,5}(?:-\d{1,5})?(?:\/\w+)?$/;
/**
 * Whether a file may hold client commands: any file but source code, and source code that runs commands (Python
 * `subprocess`, Node `child_process`). Most of a repository's bytes are code, and nine literal searches
 * over each file cost more than the rest of this function (measured over the bench monorepo: ~430 ms a scan).
 */
function mayRunClients(file, text) {
    if (!CODE_FILE_RE.test(file))
        return true;
    if (file.endsWith('.py'))
        return text.includes('subprocess');
    return /\.[cm]?[jt]sx?$/.test(file) && text.includes('child_process');
}
function commandCredentials(file, text) {
    const hits = [];
    if (text.includes('uthorization')) {
        for (const m of text.matchAll(AUTH_HEADER_RE)) {
            const value = m[1];
            // Judged like the written-out `"Authorization": "Bearer <token>"` entry the line scan reads.
            if (!looksLikeSecretValue(value))
                continue;
            hits.push({ ...(0,util_text/* lineColumnAt */.IX)(text, m.index + m[0].length - value.length), message: 'an Authorization header carries a hard-coded credential', secret: value });
        }
    }
    if (text.includes('curl')) {
        for (const m of text.matchAll(CURL_USER_RE)) {
            const password = m[3];
            if (!looksLikeEnvSecret(password))
                continue;
            hits.push({ ...(0,util_text/* lineColumnAt */.IX)(text, m.index + m[0].length - m[1].length - password.length), message: 'curl -u carries a hard-coded password', secret: password });
        }
    }
    if (text.includes('login')) {
        for (const m of text.matchAll(REGISTRY_LOGIN_RE)) {
            const password = m[2];
            if (!looksLikeEnvSecret(password))
                continue;
            hits.push({ ...(0,util_text/* lineColumnAt */.IX)(text, m.index + m[0].length - m[1].length - password.length), message: 'a registry login (login -p) carries a hard-coded password', secret: password });
        }
    }
    for (const rule of mayRunClients(file, text) ? CLIENT_PASSWORD_RULES : []) {
        if (!rule.prefilter.some((p) => text.includes(p)))
            continue;
        for (const m of text.matchAll(rule.re)) {
            const password = m.groups.pw;
            if (rule.accept && !rule.accept(m.groups))
                continue;
            if (CLIENT_PLACEHOLDER_RE.test(password) || !looksLikeEnvSecret(password))
                continue;
            hits.push({ ...(0,util_text/* lineColumnAt */.IX)(text, m.indices.groups.pw[0]), message: rule.message, secret: password });
        }
    }
    return hits;
}
/**
 * Private keys committed base64-encoded: a PEM block (`LS0tLS1CRUdJTi…`, a kubeconfig's `client-key-data`, a Helm
 * value) or a JSON service-account key (`ewog…`/`eyJ…` holding `"private_key": "-----BEGIN …"`, a GCP key put in a
 * `.env` as one line). Decoded only to recognise them; the encoded text is the secret.
 */
const BASE64_PEM_RE = /LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,}={0,2}/g;
/** `ewo|eyJ|ew0K|e30` (base64 of `{\n`, `{"`, `{\r\n`, `{}`), each starting at its rarer `w`, `J` or `0`. */
const BASE64_JSON_START_RE = /w(?<=ew)(?:o|0K)|J(?<=eyJ)|0(?<=e30)/;
const BASE64_JSON_RE = /\b(?:ewo|eyJ|ew0K|e30)[A-Za-z0-9+/]{300,}={0,2}/g;
function base64PrivateKeys(text) {
    const hits = [];
    const judge = (m, json) => {
        const decoded = decodeBase64(m[0]);
        if (decoded === null)
            return;
        const key = json ? /"private_key"\s*:\s*"(-----BEGIN [^"]{0,40}PRIVATE KEY-----)/.exec(decoded) : null;
        const pem = json ? null : /^-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----/.exec(decoded);
        if (!key && !pem)
            return;
        const what = json ? 'a base64-encoded service account key (its "private_key")' : `a base64-encoded private key (${pem[1]})`;
        hits.push({ ...(0,util_text/* lineColumnAt */.IX)(text, m.index), message: `${what} is committed`, secret: m[0] });
    };
    if (text.includes('LS0tLS1CRUdJTi'))
        for (const m of text.matchAll(BASE64_PEM_RE))
            judge(m, false);
    if (BASE64_JSON_START_RE.test(text))
        for (const m of text.matchAll(BASE64_JSON_RE))
            judge(m, true);
    return hits;
}
/** The passwords of a `.netrc`, judged like `.env` values (references and placeholders pass). */
function netrcPasswords(text) {
    const hits = [];
    for (const m of text.matchAll(NETRC_PASSWORD_RE)) {
        const value = m[1];
        if (!looksLikeEnvSecret(value))
            continue;
        hits.push({ ...(0,util_text/* lineColumnAt */.IX)(text, m.index + m[0].length - value.length), message: 'a .netrc login password is committed', secret: value });
    }
    return hits;
}
/** SQL and shell scripts that create database users (`docker-entrypoint-initdb.d/init.sql`, `init-user-db.sh`). */
const SQL_SCRIPT_FILE = /\.(?:sql|sh|bash)$/i;
/**
 * A database user created or altered with a literal password: PostgreSQL `CREATE USER app WITH [ENCRYPTED] PASSWORD '…'`,
 * `ALTER ROLE app PASSWORD '…'`, MySQL `CREATE USER 'app'@'%' IDENTIFIED [WITH plugin] BY '…'`, SQL Server
 * `CREATE LOGIN app WITH PASSWORD = '…'`. Groups: the user, the password.
 */
const SQL_USER_PASSWORD_RE = /\b(?:CREATE|ALTER)[ \t]+(?:USER|ROLE|LOGIN)[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?["'`\[]?([\w.$-]{1,64})["'`\]]?[^;']{0,300}?(?:'[^'\n]{0,100}'[^;']{0,100}?)?\b(?:PASSWORD[ \t]*=?|IDENTIFIED(?:[ \t]+WITH[ \t]+\w+)?[ \t]+BY)[ \t]*N?'((?:[^'\\\n]|'')*)'/gi;
/** PostgreSQL's stored verifiers: `md5` + 32 hex digits, `SCRAM-SHA-256$…` (one-way, made to be stored). */
const SQL_PASSWORD_VERIFIER_RE = /^(?:md5[a-f0-9]{32}|SCRAM-SHA-256\$)/;
/** The literal passwords of database users a SQL or shell script creates, judged like `.env` values; one equal to the user name is a default. */
function sqlUserPasswords(text) {
    const hits = [];
    for (const m of text.matchAll(SQL_USER_PASSWORD_RE)) {
        const [, user, value] = m;
        if (value === user || SQL_PASSWORD_VERIFIER_RE.test(value) || !looksLikeEnvSecret(value))
            continue;
        hits.push({ ...(0,util_text/* lineColumnAt */.IX)(text, m.index + m[0].length - value.length - 1), message: `the database user '${user}' is given a hard-coded password`, secret: value });
    }
    return hits;
}
/** Redis passwords (`requirepass`/`masterauth`, `--requirepass …`), read as default-credentials reads them (util/credentials.ts). */
function hardcoded_secret_redisPasswords(file, text) {
    return redisPasswords(file, text).filter((r) => looksLikeEnvSecret(r.value))
        .map((r) => ({ line: r.line, column: r.column, message: 'a Redis password (requirepass/masterauth) is committed', secret: r.value }));
}
const NPM_AUTH_RE = /^[ \t]*(?:\/\/[^\s=]*:)?_auth[ \t]*=[ \t]*["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*\r?$/gm;
/**
 * `"auth": "<base64 of user:password>"` entries (`re`'s first group; `what` names the login): a registry
 * login committed (decoded only to tell it from a placeholder).
 */
function registryAuths(text, re = REGISTRY_AUTH_RE, what = 'a container registry login (auth') {
    const hits = [];
    for (const m of text.matchAll(re)) {
        const decoded = decodeBase64(m[1]);
        const sep = decoded?.indexOf(':') ?? -1;
        if (decoded === null || sep < 1)
            continue;
        const password = decoded.slice(sep + 1);
        if (!password || /[\u0000-\u001f]/.test(decoded) || isExampleValue(password) || isReference(password))
            continue;
        const user = decoded.slice(0, sep);
        hits.push({ ...(0,util_text/* lineColumnAt */.IX)(text, m.index + m[0].indexOf(m[1])), message: `${what} for ${plainUserName(user, password) ? `user '${user}'` : 'a user not shown'}) is committed`, secret: m[1] });
    }
    return hits;
}
/**
 * Whether a decoded login's user name may be shown: a short plain name, not the password and not a token.
 * Some registries take a token as the user name (DigitalOcean's `auth` is base64 of `token:token`; npm's
 * `_auth` may carry an `npm_…` token): printing it would print the secret.
 */
function plainUserName(user, password) {
    if (user.length > 24 || user === password || !/^[A-Za-z][\w.@+-]*$/.test(user))
        return false;
    TOKEN_RE.lastIndex = 0;
    if (TOKEN_RE.test(user))
        return false;
    // Random-looking: long, with digits and both cases.
    return !(user.length >= 16 && /\d/.test(user) && /[a-z]/.test(user) && /[A-Z]/.test(user));
}
/**
 * Secret-named keys of a Helm chart template whose value falls back to a literal (Plausible's
 * `SECRET_KEY_BASE: {{ .Values.secretKeyBase | default "plausible-analytics" | b64enc }}`): every install
 * that sets no value signs with a key anyone can read in the chart. `- name: X` / `value: …` pairs count too.
 */
function helmDefaults(text) {
    return helmFallbacks(text)
        .filter(({ key, value }) => value.length >= 8 && isSecretName(key) && !isAboutSecretName(key) && !isExampleValue(value) && !isReference(value) && !/\s/.test(value.trim())
        // A weak fallback (`default "postgres"`, `default "changeme"`) is a default credential: default-credentials' finding, not both.
        && !isDefaultCredential(value))
        .map(({ line, column, key, value }) => ({ line, column, message: `'${key}' falls back to a hard-coded value in the chart (\`default\` in the template) when no value is given`, secret: value, template: true }));
}
/** Rails' `config/master.key` and per-environment `config/credentials/<env>.key`: 32 hex digits that decrypt the committed credentials. */
const RAILS_KEY_RE = /(?:^|\/)config\/(?:master\.key|credentials\/[^/]+\.key)$/;
function railsKey(file, text) {
    if (!RAILS_KEY_RE.test(file))
        return null;
    const value = text.trim();
    if (!/^[0-9a-f]{32}$/.test(value))
        return null;
    return { line: 1, column: text.indexOf(value) + 1, message: `the Rails key ${(0,classify/* basename */.P8)(file)} is committed: it decrypts the committed credentials (config/credentials${file.endsWith('master.key') ? '.yml.enc' : '/*.yml.enc'})`, secret: value };
}
/**
 * A PuTTY private key file (`.ppk`, as PuTTYgen saves it): `PuTTY-User-Key-File-2/3: <algorithm>` at the top, the key in
 * base64 after `Private-Lines: N`. Passphrase-protected (`Encryption: aes256-cbc`) or not, a private key has no place in
 * the repository (detect-secrets' private-key rule knows the header too).
 */
const PUTTY_KEY_RE = /^PuTTY-User-Key-File-[23]:[ \t]*(\S+)[\s\S]{0,4000}?^Encryption:[ \t]*(\S+)[\s\S]{0,20000}?^Private-Lines:[ \t]*\d+\r?\n((?:[A-Za-z0-9+/=]+(?:\r?\n|(?![\s\S]))){1,200})/m;
/** Only unmistakable fillers in a private key's body (`EXAMPLE`, `xxxxxxxx`, a long run of one character): a real base64 body may contain any short word by chance. */
const isFillerKeyBody = (body) => /EXAMPLE|x{8,}|X{8,}|(.)\1{15,}/.test(body);
function puttyKey(text) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (!text.startsWith('PuTTY-User-Key-File-', start))
        return null;
    const m = PUTTY_KEY_RE.exec(text.slice(start, start + 64_000));
    if (!m)
        return null;
    const body = m[3].replace(/\s/g, '');
    if (body.length < 32 || isFillerKeyBody(body))
        return null;
    const encrypted = m[2].toLowerCase() !== 'none';
    return { line: 1, column: 1, message: `a PuTTY private key (${m[1].slice(0, 40)}${encrypted ? ', passphrase-protected' : ', not encrypted'}) is committed`, secret: body };
}
function privateKeyAt(text, at) {
    PRIVATE_KEY_RE.lastIndex = at;
    const m = PRIVATE_KEY_RE.exec(text);
    if (!m)
        return null;
    // Body: drop armour headers and escaped newlines (keys embedded in JSON/YAML strings).
    const body = m[2]
        .replace(/\\[nr]/g, '\n')
        .split('\n')
        .filter((l) => !/^\s*[A-Za-z-]+:/.test(l))
        .join('')
        .replace(/[^A-Za-z0-9+/=]/g, '');
    // A block written into one line of prose (`For example, -----BEGIN … KEY----- MIIEpQ…R. -----END …`) whose body is cut short is an
    // illustration; a short body in a key file or with `\n` escapes is still reported (a fake key of a few lines reads as a real one).
    if (body.length < 64 || isFillerKeyBody(body) || (!/[\n\\]/.test(m[2]) && isTruncatedDer(body)))
        return null;
    return { type: m[1].replace(/ BLOCK$/, ''), body, end: m.index + m[0].length };
}
/**
 * Whether a DER body (`MII…`: a SEQUENCE with a two-byte length) holds far fewer bytes than its header declares: a key cut
 * short to illustrate the format in API docs (`For example, -----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAKCAQEAuyf/…R. -----END
 * RSA PRIVATE KEY-----`), which no tool can load. A real key's body is its whole declared length. Judged only for a block on one line.
 */
function isTruncatedDer(body) {
    if (!body.startsWith('MII'))
        return false;
    const head = Buffer.from(body.slice(0, 8), 'base64');
    if (head[0] !== 0x30 || head[1] !== 0x82)
        return false;
    const declared = 4 + ((head[2] << 8) | head[3]);
    return Math.floor((body.replace(/=+$/, '').length * 3) / 4) < declared * 0.9;
}
// Triple-quote bounds of the file being scanned (reset by scanText; scanning is synchronous).
let docBounds = null;
function scanLine(line, lineNo, mode, add, text, lineEnd) {
    const tokens = [];
    for (const rule of mode.tokens ? TOKEN_RULES : []) {
        rule.re.lastIndex = 0;
        for (const m of line.matchAll(rule.re)) {
            const value = m[1] ?? m[0];
            // Rejected matches (examples, Firebase web keys) are remembered so the assignment rule skips them too.
            tokens.push(value);
            if (rule.reject?.(value, line))
                continue;
            // Firebase configs: the web config, and the Android/iOS app configs (`google-services.json`'s `mobilesdk_app_id`,
            // `GoogleService-Info.plist`'s `GOOGLE_APP_ID`), which Firebase documents as safe to commit.
            if (rule.id === 'google-api-key' && (/firebase|authDomain/i.test(text) || /"mobilesdk_app_id"|<key>GOOGLE_APP_ID<\/key>/.test(text)))
                continue;
            const shown = rule.prefix ? ` (${redact(value, rule)})` : '';
            add({ line: lineNo, column: (m.index ?? 0) + m[0].indexOf(value) + 1, message: `${rule.label}${shown} committed in plain text`, secret: value });
        }
    }
    if (mode.tokens && line.includes('://')) {
        URL_CREDENTIALS_RE.lastIndex = 0;
        for (const m of line.matchAll(URL_CREDENTIALS_RE)) {
            const [, scheme, user, password, host] = m;
            if (tokens.some((t) => password.includes(t)))
                continue;
            if (isLocalOrExampleHost(host) || !looksLikeUrlPassword(user, password))
                continue;
            tokens.push(password);
            add({ line: lineNo, column: (m.index ?? 0) + 1, message: `a ${scheme.toLowerCase()}:// URL embeds a password`, secret: password });
        }
    }
    if (!(mode.generic || mode.fallback) || line.length > LONG_LINE)
        return;
    // In code, an assignment inside a comment is documentation (`* const apiToken = "…"`); token formats above still count.
    if (!mode.unquoted && /^\s*(?:\/\/|\/?\*|#)/.test(line))
        return;
    // Python docstrings hold usage examples (`access_token="…"` in an API's docs), not configuration.
    const inDocstring = () => mode.python === true && insideBounds((docBounds ??= tripleQuoteBounds(text)), lineEnd - line.length);
    const assignmentRe = mode.unquoted ? ASSIGNMENT_RE : mode.go ? GO_ASSIGNMENT_RE : CODE_ASSIGNMENT_RE;
    // Before the assignments: a URL under a secret-named key is then not judged again as a whole (its secret is a token of the line).
    if (mode.generic && line.includes('://'))
        queryParams();
    if (mode.generic)
        assignments(line, (i) => i, 0);
    if (mode.generic && mode.php && line.includes('define(')) {
        for (const m of line.matchAll(PHP_DEFINE_RE)) {
            const [, , key, , value] = m;
            const salt = WORDPRESS_SALT.test(key);
            if (!(isSecretName(key) || salt) || tokens.some((t) => value.includes(t)) || !(looksLikeSecretValue(value) || (salt && isGeneratedSalt(value))))
                continue;
            add({ line: lineNo, column: m.index + m[0].length - value.length, message: `'${key}' is assigned a hard-coded secret value`, secret: value });
        }
    }
    if (mode.fallback)
        fallbacks();
    /**
     * Secret-named query parameters of URLs (`jdbc:mysql://db/app?user=app&password=…`, `https://api…/v1?api_key=…`, a
     * `DATABASE_URL=…?password=…` in a dotenv file): the value judged as an assignment of that name would be (references,
     * placeholders and defaults pass), unless the host is local or documentation (as for a password in the userinfo).
     */
    function queryParams() {
        for (const q of secretQueryParams(line)) {
            if (isLocalOrExampleHost(q.host) || tokens.some((t) => q.raw.includes(t) || t.includes(q.raw)))
                continue;
            if (isReference(q.raw) || !(mode.env ? looksLikeEnvSecret(q.value) : looksLikeSecretValue(q.value)))
                continue;
            if (inDocstring())
                continue;
            tokens.push(q.raw);
            add({ line: lineNo, column: q.index + 1, message: `a URL's '${q.name}' query parameter carries a hard-coded secret value`, secret: q.raw });
        }
    }
    /**
     * Literal fallbacks (`${JWT_SECRET:-…}`, Spring `${JWT_SECRET:…}`, `os.environ.get("SECRET_KEY", "…")`,
     * `os.getenv("X") or "…"`, `process.env.JWT_SECRET || "…"`): what deploys when the variable is unset,
     * judged like any other literal. Defaults and placeholders fail the value rules: they are
     * `default-credentials`' findings, so a fallback is never reported by both checks.
     */
    function fallbacks() {
        for (const f of literalFallbacks(line)) {
            const name = isSecretName(f.name) ? f.name : f.key !== null && isSecretName(f.key) ? f.key : null;
            if (name === null || isDigest(f.key ?? f.name, f.value))
                continue;
            if (tokens.some((t) => f.value.includes(t)))
                continue;
            if (!(mode.env ? looksLikeEnvSecret(f.value) : looksLikeSecretValue(f.value)))
                continue;
            if (inDocstring())
                continue;
            add({ line: lineNo, column: f.column, message: `'${name}' falls back to a hard-coded secret value when the variable is unset`, secret: f.value });
        }
    }
    /**
     * The assignments of `s` (the line, or a quoted value inside it: `at` maps its offsets to the line's).
     * A quoted value that holds quoted entries of its own (JSON in a string: `ENV APP_CONFIG='{"db_password": "…"}'`,
     * a ConfigMap `config.json: '{…}'`) is scanned too, for entries whose value is quoted; those are judged
     * by the stricter generic rule.
     */
    function assignments(s, at, depth) {
        let consumed = 0;
        for (const m of s.matchAll(assignmentRe)) {
            if (m.index < consumed)
                continue;
            const key = m[1];
            let value = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
            const quoted = m[5] === undefined;
            const start = (m.index ?? 0) + m[0].length - value.length - (quoted ? 1 : 0);
            if (mode.env && depth === 0 && !quoted && isSecretName(key) && /^\s*(?:export\s+)?$/.test(s.slice(0, m.index)) && /^["'`]?\]?\s*=/.test(m[0].slice(key.length))) {
                // A dotenv value runs to the end of the line (trimmed, a ` #comment` removed): `SESSION_SECRET=keyboard cat`
                // is the value `keyboard cat`, and nothing after the key's `=` is another assignment. Under another
                // name the value is read on (`CONN=Server=db;Password=…;` holds a secret-named assignment).
                value = (0,env/* unquotedEnvValue */.K)(s.slice(start), /[ \t]$/.test(s.slice(0, start)));
                consumed = s.length;
            }
            if (quoted && depth < 2 && /["']\s*[:=]\s*\\?["']/.test(value)) {
                const inner = unescapeQuoted(value, m[2] !== undefined ? '"' : m[3] !== undefined ? "'" : '`');
                assignments(inner.text, (i) => at(start + inner.offset(i)), depth + 1);
            }
            if (quoted && depth === 0) {
                // A connection string (`"Server=db;User Id=sa;Password=…;"`, ADO.NET/ODBC in appsettings.json): its password part.
                const conn = connectionStringPassword(value);
                if (conn) {
                    const secret = conn.password;
                    if (!tokens.some((t) => secret.includes(t)) && looksLikeSecretValue(secret) && !inDocstring()) {
                        add({ line: lineNo, column: at(start + conn.index) + 1, message: `'${key}' holds a connection string with a hard-coded password`, secret });
                    }
                    continue;
                }
                // An Authorization header written out: `"Authorization": "Bearer <token>"`.
                const bearer = /^(?:Bearer|Token)\s+(\S{16,})$/i.exec(value);
                if (bearer && /authori[sz]ation/i.test(key)) {
                    const secret = bearer[1];
                    if (!tokens.some((t) => secret.includes(t)) && looksLikeSecretValue(secret) && !inDocstring()) {
                        add({ line: lineNo, column: at(start + value.indexOf(secret)) + 1, message: `'${key}' holds a hard-coded bearer token`, secret });
                    }
                    continue;
                }
            }
            if (!isSecretName(key))
                continue;
            if (!quoted && (depth > 0 || !mode.unquoted))
                continue;
            if (isAlgoliaSearchKey(key, value, text, lineEnd - line.length, lineEnd))
                continue;
            // An f-string that interpolates (`f"Bearer {token}"`) is an expression, not a literal.
            if (quoted && /[fF]/.test(s[start - 2] ?? '') && value.includes('{'))
                continue;
            // `checksum/secret: <sha256>` (Helm's restart-on-change annotation), `configHash: <hex digest>`.
            let k = m.index;
            while (k > 0 && /[\w.$/-]/.test(s[k - 1]))
                k--;
            if (isDigest(s.slice(k, m.index) + key, value))
                continue;
            let column = at(start) + 1;
            if (depth === 0 && mode.yaml && !quoted && BLOCK_SCALAR_RE.test(value)) {
                value = blockScalar(text, lineEnd, line.search(/\S/));
                column = (m.index ?? 0) + 1;
            }
            if (tokens.some((t) => value.includes(t)) || isPatternLiteral(value))
                continue;
            // In a dotenv file any 8+ character literal counts (`DB_PASSWORD=production_db_password` is the password); elsewhere a
            // value spelling its own name, or an identifier built from its words, is a lookup key or a type name.
            const dotenv = mode.env && depth === 0;
            if (!dotenv && namedAfterKey(key, value))
                continue;
            if (!(dotenv ? looksLikeEnvSecret(value) : looksLikeSecretValue(value)))
                continue;
            if (inDocstring())
                continue;
            add({ line: lineNo, column, message: `'${key}' is assigned a hard-coded secret value`, secret: value });
        }
    }
}
/** Algolia's keys: 32 hex digits. */
const ALGOLIA_KEY_RE = /^[a-f0-9]{32}$/;
/** What names an Algolia search config around its key: the index it searches, DocSearch, the `algolia` section. */
const ALGOLIA_CONTEXT_RE = /\b(?:indexName|index_name|INDEX_NAME|[Aa]lgolia\w*|ALGOLIA\w*|docsearch|DocSearch)\b/;
/**
 * The `apiKey` of an Algolia search config (Docusaurus' `themeConfig.algolia`, VitePress, `docsearch({…})`, MkDocs
 * Material's `extra.algolia`): a search-only key, made to ship to browsers (Docusaurus: "it is safe to commit it").
 * Only a plain `apiKey`/`api_key` holding 32 hex digits with the index name or the word Algolia/DocSearch within a few
 * lines; an `ALGOLIA_ADMIN_KEY` or `writeApiKey` is another name and stays a secret.
 */
function isAlgoliaSearchKey(key, value, text, lineStart, lineEnd) {
    if (!ALGOLIA_KEY_RE.test(value))
        return false;
    const t = nameTokens(key);
    if (!(t.length === 1 ? t[0] === 'apikey' : t.length === 2 && t[0] === 'api' && t[1] === 'key'))
        return false;
    return ALGOLIA_CONTEXT_RE.test(text.slice(Math.max(0, lineStart - 300), lineEnd + 300));
}
/**
 * A notebook's text with the lines of its markdown and raw cells blanked (line numbers kept): prose
 * showing `api_token = "…"` is documentation; code cells and their outputs are read. nbformat writes
 * `"cell_type"` before a cell's `"source"`.
 */
function codeCells(text) {
    let code = true;
    return text.split('\n').map((line) => {
        const m = /^\s*"cell_type":\s*"(\w+)"/.exec(line);
        if (m)
            code = m[1] === 'code';
        return code ? line : '';
    }).join('\n');
}
/** The column in `line` (with `\"` escapes) of column `column` of its unescaped text. */
function escapedColumn(line, column) {
    let u = 1;
    for (let i = 0; i < line.length; i++) {
        if (u === column)
            return i + 1;
        if (line[i] === '\\' && line[i + 1] === '"')
            i++;
        u++;
    }
    return column;
}
/** A quoted value's text with its escaped quotes and backslashes unescaped (`{\"k\": \"v\"}`), and a map back to offsets in the value. */
function unescapeQuoted(value, quote) {
    if (!value.includes('\\'))
        return { text: value, offset: (i) => i };
    const raw = [];
    let text = '';
    for (let i = 0; i < value.length; i++) {
        if (value[i] === '\\' && (value[i + 1] === quote || value[i + 1] === '\\'))
            i++;
        raw.push(i);
        text += value[i];
    }
    return { text, offset: (i) => raw[i] ?? value.length };
}
/** The text of a YAML block scalar that starts after `lineEnd`, joined without newlines. */
function blockScalar(text, lineEnd, indent) {
    const out = [];
    let pos = lineEnd + 1;
    for (let n = 0; n < 200 && pos < text.length; n++) {
        let end = text.indexOf('\n', pos);
        if (end === -1)
            end = text.length;
        const l = text.slice(pos, end).replace(/\r$/, '');
        pos = end + 1;
        if (!l.trim())
            continue;
        if (l.search(/\S/) <= indent)
            break;
        out.push(l.trim());
    }
    return out.join('');
}
/** Globs with a `/` match the path, others the file name (also as an exact path). */
function allowMatcher(globs) {
    if (!globs.length)
        return () => false;
    const byPath = picomatch(globs, { dot: true });
    const names = globs.filter((g) => !g.includes('/'));
    const byName = names.length ? picomatch(names, { dot: true }) : () => false;
    return (file) => byPath(file) || byName((0,classify/* basename */.P8)(file));
}
/** A SealedSecret ciphertext: base64 of an RSA-wrapped session key and the sealed value (long, base64 only). */
const SEALED_RE = /^[A-Za-z0-9+/]{32,}={0,2}$/;
/** Literal values in Kubernetes `Secret` manifests and secret-named container env values; returns the `file:line`s it judged. */
/** Values that are no secret in any Secret key: booleans (`usage-bootstrap-signing: "true"`) and ISO dates (`expiration`). */
const NOT_SECRET_VALUE = /^(?:true|false|yes|no|on|off|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)$/i;
/** How a Secret's key is judged: `skip` (it names where/who/what kind), `url` (reported only with an embedded password) or `value`. */
function secretKeyKind(key) {
    if (isSecretName(key))
        return 'value';
    const t = nameTokens(key);
    const last = t.at(-1) ?? '';
    if (last === 'key' || last === 'keys')
        return 'value';
    // A bootstrap token's `usage-bootstrap-authentication`/`usage-bootstrap-signing`: what the token may be used for.
    if (NOT_SECRET_KEY_WORDS.has(last) || t[0] === 'usage')
        return 'skip';
    return URL_KEY_WORDS.has(last) ? 'url' : 'value';
}
/** Whether a URL or connection string embeds a real password (not a variable, placeholder or default). */
function embedsPassword(value) {
    for (const m of value.matchAll(URL_CREDENTIALS_RE))
        if (looksLikeUrlPassword(m[2], m[3]))
            return true;
    const conn = connectionStringPassword(value);
    return conn !== null && looksLikeSecretValue(conn.password, 8);
}
function scanKubernetes(snapshot, skipFile, report, userNamed) {
    const handled = new Set();
    for (const obj of snapshot.k8sObjects()) {
        if (skipFile(obj.file))
            continue;
        if (obj.kind === 'SealedSecret' && obj.apiVersion.startsWith('bitnami.com/')) {
            // Ciphertext sealed for the cluster's key is meant to be committed: its lines pass, and so
            // do the template's metadata lines. (`spec.template.data` is plain text: still scanned.)
            const spec = (0,yaml/* isObject */.Gv)(obj.value['spec']) ? obj.value['spec'] : {};
            const sealed = (v) => typeof v === 'string' && SEALED_RE.test(v.replace(/\s+/g, ''));
            const pass = (path) => handled.add(`${obj.file}:${obj.loc(path, true).line}`);
            if ((0,yaml/* isObject */.Gv)(spec['encryptedData']))
                for (const [key, v] of Object.entries(spec['encryptedData']))
                    if (sealed(v))
                        pass(['spec', 'encryptedData', key]);
            // The pre-v0.7 form: one ciphertext for the whole Secret.
            if (sealed(spec['data']))
                pass(['spec', 'data']);
            const template = (0,yaml/* isObject */.Gv)(spec['template']) ? spec['template'] : {};
            const meta = template['metadata'];
            if ((0,yaml/* isObject */.Gv)(meta)) {
                for (const [key, v] of Object.entries(meta)) {
                    if (!(0,yaml/* isObject */.Gv)(v))
                        pass(['spec', 'template', 'metadata', key]);
                    else
                        for (const inner of Object.keys(v))
                            pass(['spec', 'template', 'metadata', key, inner]);
                }
            }
            continue;
        }
        if (obj.kind === 'Secret' && obj.apiVersion === 'v1') {
            for (const field of ['data', 'stringData']) {
                const data = obj.value[field];
                if (!(0,yaml/* isObject */.Gv)(data))
                    continue;
                for (const [key, raw] of Object.entries(data)) {
                    // Every key line is judged here; the line scan must not judge it again (raw base64).
                    handled.add(`${obj.file}:${obj.loc([field, key], true).line}`);
                    const kind = secretKeyKind(key);
                    // sops encrypts the values in place (`ENC[AES256_GCM,…]`, also under `data:`): ciphertext, as everywhere.
                    if (typeof raw !== 'string' || !raw.trim() || isReference(raw) || kind === 'skip' || isCiphertextOrHash(raw))
                        continue;
                    const value = field === 'data' ? (decodeBase64(raw) ?? raw) : raw;
                    // Password hashes (an ingress-nginx basic-auth Secret's htpasswd `auth`) are what a server stores, not the secret.
                    if (!value.trim() || isReference(value) || isDefaultCredential(value) || isExampleValue(value) || isPublicKeyValue(value) || isCiphertextOrHash(value) || NOT_SECRET_VALUE.test(value.trim()))
                        continue;
                    if (kind === 'url' && !embedsPassword(value))
                        continue;
                    // Certificates and CA bundles are public.
                    if (/^\s*-----BEGIN CERTIFICATE-----/.test(value) && !value.includes('PRIVATE KEY'))
                        continue;
                    const at = obj.loc([field, key], true);
                    // A multi-line value (a PEM key in a block scalar) is this finding's on all its lines: the line scan's
                    // private-key rule must not report the same value again below the key.
                    if (raw.includes('\n'))
                        for (let n = raw.replace(/\n+$/, '').split('\n').length, l = at.line + 1; l <= at.line + n; l++)
                            handled.add(`${obj.file}:${l}`);
                    const pem = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY)-----/.exec(value)?.[1];
                    report({
                        file: obj.file, line: at.line, column: at.column, secret: value,
                        message: `Secret '${obj.name ?? '?'}' commits a literal value for '${key}' in ${field}${pem ? ` (a private key, ${pem})` : ''}; use a SealedSecret, External Secrets or a secret created outside git`,
                    });
                }
            }
            continue;
        }
        for (const e of (0,repo_k8s/* containerEnv */.jY)(obj)) {
            if (!isSecretName(e.name) || !looksLikeSecretValue(e.value))
                continue;
            handled.add(`${obj.file}:${e.line}`);
            if (userNamed(obj.file, e.line, e.value))
                continue;
            report({
                file: obj.file, line: e.line, column: e.column, secret: e.value,
                message: `container '${e.container.name}' sets '${e.name}' to a hard-coded secret value; use valueFrom.secretKeyRef`,
            });
        }
    }
    return handled;
}
/**
 * High-confidence secret values in tracked files: private keys, provider tokens by format,
 * URLs with passwords, literal Kubernetes Secrets, and secret-named assignments of random-looking
 * literals. Values are never printed.
 */
const hardcodedSecret = defineCheck({
    id: 'hardcoded-secret',
    title: 'No secrets are committed to the repository',
    severity: 'critical',
    description: 'Private keys, provider tokens, passwords in URLs, literal Kubernetes Secrets and high-entropy secret-named literals in tracked files.',
    match: [
        {
            // A secret word may be a setting's name: "`SECRET_KEY` read from the environment, not hard-coded".
            pattern: /\b(?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|keys?|tokens?)\b[^;]*\b(?:not|never) hard-? ?coded\b|\b(?:no|never|not)\b[^;]*\bhard-? ?coded (?:secrets?|credentials?|passwords?|api keys?|keys?|tokens?)\b|\bno (?:secrets?|credentials?|passwords?|api keys?|keys?|tokens?) (?:are |is )?hard-? ?coded\b|\b(?:do not|don't|never) hard-? ?code (?:any )?(?:secrets?|credentials?|passwords?|api keys?|keys?|tokens?)\b/,
            note: 'a promise that no secret is hard-coded: the check scans tracked files for secret values',
        },
        {
            // "Not hard-coded" nested under a Secrets item or heading.
            pattern: /^(?:are |is )?(?:not|never) hard-? ?coded$/,
            context: /\b(?:secrets?|credentials?|passwords?|api keys?|tokens?)\b/,
            note: 'not hard-coded, under a secrets item or heading: the check scans tracked files',
        },
        {
            // "No API keys are checked into git", "No Kubernetes Secret manifests with literal values committed to git",
            // "AWS access keys are not committed", "Private keys are never checked in".
            pattern: /\b(?:secrets?|credentials?|passwords?|keys?|tokens?)\b[^;]*\b(?:not|never)\b[^;]*\b(?:in|committed to|checked into) (?:version control|git|the repo(?:sitory)?|source control|source code)\b|\bnever commit (?:secrets?|credentials?|keys?|passwords?|tokens?)\b|\bno (?:secrets?|credentials?|passwords?|(?:api |private |secret |aws |access |cloud |ssh )?keys|tokens)(?:,? (?:or|and|nor) (?:secrets?|credentials?|passwords?|(?:api |private |secret )?keys|tokens))? (?:are |is )?(?:in|committed to|checked in(?:to)?|pushed to) (?:git|the repo(?:sitory)?|version control|source control|(?:the )?source code|(?:the )?code ?base|(?:the )?code)\b|\bno (?:kubernetes |k8s )?secret manifests?\b[^;]*\b(?:literal|plain ?text|committed|in git)\b|\b(?:secrets?|credentials?|passwords?|tokens?|(?:api|private|secret|aws|access|ssh|signing|encryption|cloud) keys?)\b (?:are |is )?(?:not|never) (?:being )?(?:committed|checked in)\b/,
            // Chat, wikis, tickets, logs and URLs are not tracked files; the check reads no assignment in a comment.
            unless: /\b(?:slack|chat|wiki|tickets?|jira|emails?|logs?|logged|urls?|comments?)\b/,
            note: 'a promise that secrets stay out of the repository: the check scans tracked files',
        },
    ],
    docs: {
        why: 'A secret in git is readable by everyone with access to the repository, its forks, clones and CI logs, forever: history keeps it after the line is deleted.',
        fix: FIX,
        details: [
            '**What is found** (one finding per leaked value and line):',
            '- private key blocks (`-----BEGIN [RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED] PRIVATE KEY-----` with a real body, also inside JSON strings with `\\n` escapes), and PuTTY private key files (`PuTTY-User-Key-File-2:`/`-3:` with a key body, passphrase-protected or not);',
            '- provider tokens by their formats (from gitleaks and the secretlint recommended preset): AWS access key ids and `aws_secret_access_key` values, GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), GitLab (`glpat-`, `gldt-`, `glrt-`, `glft-`, `glptt-`, `gloas-`, `glimt-`, `glsoat-`, `glagent-`), Slack tokens (also app-level `xapp-`) and webhooks, Stripe live keys, Google API keys, SendGrid, npm, OpenAI, Anthropic, Twilio, Shopify, PyPI upload tokens, DigitalOcean (`dop_v1_`, `doo_v1_`, `dor_v1_`), HashiCorp Vault (`hvs.`, `hvb.`), Azure storage/Cosmos DB account keys in connection strings (`AccountKey=`), Hugging Face (`hf_`), Telegram bot tokens, Postman (`PMAK-`), New Relic user keys (`NRAK-`), Grafana (`glc_`, `glsa_`), age secret keys, Doppler (`dp.pt.`, `dp.st.`, `dp.ct.`, `dp.sa.`), Linear (`lin_api_`), Square (`sq0atp-`, `sq0csp-`), Atlassian API tokens (`ATATT3`), Sentry (`sntrys_`, `sntryu_`), Supabase (`sbp_`), Docker Hub personal access tokens (`dckr_pat_`), PlanetScale (`pscale_tkn_`, `pscale_pw_`, `pscale_oauth_`), Stripe webhook signing secrets (`whsec_`), Google OAuth client secrets (`GOCSPX-`), Heroku (`HRKU-`), Cloudflare Origin CA keys (`v1.0-`), Mailgun (`key-` and 32 hex), Discord webhook URLs, Azure AD client secrets (`…Q~…`);',
            '- URLs with an inline password (`postgres://app:…@db/app`, also with an empty user name: `redis://:…@cache:6379`), unless the password is a variable, a placeholder, a default (that is `default-credentials`), or the host is local/example; secret-named query parameters of a URL (`jdbc:mysql://db/app?user=app&password=…`, JDBC `;password=…`, `https://api…/v1?api_key=…`, `?token=…`, in code, configuration and `.env` files alike), whose value is judged like an assignment of that name (reported at the value; references such as `${DB_PASSWORD}` or `{API_KEY}`, placeholders, defaults and local/example hosts pass);',
            '- Terraform variables with a secret-like name and a literal `default` (`variable "db_password" { default = "…" }`: used whenever no value is given; judged like an assignment, a weak default is `default-credentials`\'); Rails\' `config/master.key` and `config/credentials/<env>.key` (32 hex digits that decrypt the committed credentials);',
            '- settings named by their section in appsettings JSON and Spring Boot YAML (`"Jwt": { "Key": "…" }`, .NET\'s `Jwt:Key`), judged like assignments;',
            '- Helm chart templates whose secret-named key falls back to a literal (`SECRET_KEY_BASE: {{ .Values.secretKeyBase | default "plausible-analytics" }}`, `{{ default "…" .Values.jwtSecret }}`): every install that sets no value uses it;',
            '- container registry logins: `"auth": "<base64 user:password>"` in `.docker/config.json`, `.dockercfg`, Podman/skopeo `auth.json`, and npm\'s `_auth=<base64 user:password>` in `.npmrc` (the user name is shown only when it is a plain name: some registries take a token as the user); `.netrc` `password` entries; database users created with a literal password in SQL and shell init scripts (`CREATE USER app WITH PASSWORD \'…\'`, MySQL `IDENTIFIED BY \'…\'`, SQL Server `CREATE LOGIN … WITH PASSWORD = N\'…\'`; psql variables, references, `md5…`/`SCRAM-SHA-256$…` verifiers, defaults and a password equal to the user name pass) and Redis passwords (`requirepass`/`masterauth` in a `.conf`, `sentinel auth-pass`, `redis-server --requirepass …` in a command, also as the next item of a JSON array or YAML list);',
            '- secret-named XML elements with a literal value (`<password>…</password>` in Maven\'s `settings.xml`, other `*.xml`/`*.config` files, and .NET\'s `<add key="SmtpPassword" value="…" />` in `web.config` `appSettings` or NuGet.Config `ClearTextPassword`; Maven\'s encrypted `{…}` passwords, references and commented-out elements pass);',
            '- private keys committed base64-encoded: a PEM block (`LS0tLS1CRUdJTi…`: a kubeconfig\'s `client-key-data`, a Helm value) or a JSON service-account key holding a `private_key` (a GCP key put into a `.env` line), on lines of any length;',
            '- files of compose file-based secrets (`secrets: { db_password: { file: ./secrets/db_password.txt } }`) that are committed with a value (one line of 8+ characters that is no placeholder or default: a default or placeholder there, `changeme`, `mysecretpassword`, is `default-credentials`\');',
            '- `kind: Secret` manifests with literal `data`/`stringData` (base64 decoded first; one finding per key, at the key, also for a private key a block scalar holds: the message names it, and its lines are not reported again; keys that name where, who or what kind rather than the secret are not reported, judged by the key\'s name tokens whatever its case or prefix — `username`, `DB_HOST`, `DB_PORT`, `SPRING_DATASOURCE_USERNAME`, `email`, a bootstrap token\'s `token-id`, `expiration`, `auth-extra-groups` and `usage-bootstrap-*`, a service binding\'s `type`/`provider` —, while a key with a secret word (`password`, `token-secret`, `credentials`) or ending in `key` (`STRIPE_KEY`) always counts; `*_URL`/`*_URI`/`*_DSN` keys count only when the URL or connection string embeds a password; certificates, placeholders, templated values, booleans and ISO dates pass);',
            '- secret-named assignments (`SECRET_KEY = "…"`, `"apiKey": "…"`, Rails\' `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY`/`…_DETERMINISTIC_KEY` (a qualified key stays one through PRIMARY/DETERMINISTIC; a bare `PRIMARY_KEY` is a column\'s), a vendor\'s or purpose\'s key (`STRIPE_KEY`, `OPENAI_KEY`, `MAILGUN_KEY`, `FERNET_KEY`, `SUPABASE_SERVICE_ROLE_KEY`: a name ending in `KEY`, unless the word before it names a record, cache, storage, message or public half — `PRIMARY_KEY`, `SORT_KEY`, `PARTITION_KEY`, `CACHE_KEY`, `STORAGE_KEY`, `QUERY_KEY`, `I18N_KEY`, `PUBLIC_KEY`, `SITE_KEY`, `GPG_KEY`), a personal access token (`GITHUB_PAT`, `GH_PAT`, `AZURE_DEVOPS_PAT`; a bare `pat` and `PATH` are not), `password: …`, `.env` `TOKEN=…`, PHP `define(\'DB_PASSWORD\', \'…\')` and WordPress\'s eight keys and salts in `wp-config.php` (`AUTH_SALT`, `NONCE_KEY`…; a generated 64-character key counts even when it happens to hold `${`, `#{` or `<<`), YAML block scalars, Kubernetes env `value:`; in code also with a type annotation: Python `API_TOKEN: str = "…"`, TypeScript `const apiKey: string = "…"`, Kotlin/Swift `val apiKey: String = "…"`, Rust `const API_KEY: &str = "…"`, Go `var apiKey string = "…"`; C# verbatim and Objective-C `@"…"` literals; conditional assignments: Makefile `DEPLOY_TOKEN ?= …`/`::=`, JavaScript/PHP `??=`, Ruby `@api_token ||= "…"`; dotted `.properties` settings ending in a qualified `.key`, `mail.api.key=…`, which a bare `server.key` file name is not) whose literal is at least 12 characters, mixes letters and digits (or is 16+ letters of random mixed case: a generator\'s output that happens to hold no digit, `jZFalVtwLTLCLQjnbMWt`; not a camelCase name), has high Shannon entropy (≥ 3.0 bits/char, ≥ 3.2 from 20 characters) and is not a reference (`${VAR}`, `os.environ`, `process.env`), placeholder or default;',
            '- literal fallbacks of environment reads, which deploy whenever the variable is unset: compose/shell `${SECRET_KEY:-…}`, `${JWT_SECRET-…}`, `${X:=…}`, Spring `${JWT_SECRET:…}` (also in `@Value("…")`), Python `os.environ.get("SECRET_KEY", "…")`, `os.getenv("X", default="…")`, `env("X", default="…")`, python-decouple `config("X", default="…")`, Laravel `env(\'X\', \'…\')`, `os.getenv("X") or "…"`, Elixir `System.get_env("X") || "…"` / `System.get_env("X", "…")` (`config/runtime.exs`), Ruby `ENV.fetch("X", "…")`, `ENV.fetch("X") { "…" }`, `ENV["X"] || "…"`, JavaScript `process.env.JWT_SECRET || "…"` / `?? "…"` (also with the literal on the next line, as `phx.new` lays out `config/runtime.exs`, or a call\'s arguments on the lines below it), when the variable or the name assigned is secret-named; the fallback literal is judged like any other value (same entropy, dummy and placeholder rules). The `:` of a parameter expansion (`${PRIVATE_KEY:-…}`, `${X:?…}`, Spring `${X:…}`) is no `key: value` assignment: such a line is reported once, for its fallback. A weak fallback (`${DB_PASSWORD:-changeme}`, `os.getenv("SECRET_KEY", "dev")`) is a default: `default-credentials` reports it, never both checks.',
            '',
            '**What passes**: documented example keys (`AKIAIOSFODNN7EXAMPLE`, GitHub\'s published example token `ghp_16C7e42F292c6912E7710c838347Ae178B4a`, values containing `EXAMPLE`, `example`, `xxxx`, `dummy`, `fake`, `<…>`; tokens made mostly of counting runs, `ghp_1234567890abcdef…`; for the newer formats also a run of 8 equal characters; the Azure storage and Cosmos DB emulator keys); names of environment variables as values (`SECRET_SETTING = "GOOGLE_OAUTH2_CLIENT_SECRET"`: upper-case words joined by `_`); Firebase API keys (public by design: a web config, and the Android/iOS configs `google-services.json` and `GoogleService-Info.plist`); Stripe test keys; CSRF/XSRF tokens (`csrfToken`, `X-XSRF-TOKEN`: per-session anti-forgery nonces; the `CSRF_SECRET` that signs them stays secret); Slack tokens whose secret part is masked (`xoxp-…-####…`); names about a secret rather than the secret (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `PASSWORD_MIN_LENGTH`, `tokenCacheKey`; also a secret word followed by SERVICE, SERVER, HOST, INTROSPECTION, MODEL, ENCODING, ENCODER, STRATEGY, PROFILE, ALGORITHM, LEEWAY, TTL, MODE, TYPE or FORMAT: `TOKEN_SERVICE`, `TOKEN_MODEL`, `PASSWORD_ENCODER`) and public keys (also as values, under any name: a PEM `PUBLIC KEY`, an OpenSSH `ssh-ed25519 AAAA…` line, a base64 RSA/EC/Ed25519 SubjectPublicKeyInfo); keys public by design: Stripe publishable keys (`pk_live_…`, `pk_test_…`) and PostHog project keys (`phc_…`) under any name, and client-side project tokens by name (`MIXPANEL_TOKEN`, Pusher app keys `PUSHER_APP_KEY`/`VITE_PUSHER_APP_KEY`, Amplitude API keys; Segment\'s `SEGMENT_WRITE_KEY` is no secret name either; `PUSHER_APP_SECRET` and the like stay secret); values that point elsewhere: URLs without a password (`http://token-service.internal:8081`; a password in a URL is the URL rule\'s, a secret-named query parameter keeps the value judged), key and certificate files by their path, also relative (`certs/tls.key`, `./keys/jwt.pem`: a `/` and a .pem/.key/.crt/.cer/.p12/.pfx/.jks/.der/.pub/.json/.txt… extension at the end; any relative path to a file, `uploads/2024/06/…-avatar.png`, an object key), Spring resource locations (`classpath:keys/jwt.pem`, `classpath*:…`, `file:/etc/…`), GCP Secret Manager resource names (`projects/…/secrets/…/versions/…`); lower-case identifiers of words and numbers joined by `-`, `.` or `/` (model names such as `text-embedding-3-small`, `gpt-4o-mini-2024-07-18`; not in dotenv files, where any 8+ character literal counts); digests: Helm\'s `checksum/secret: <sha256>` annotations (any `checksum/…`, `sha256/…`, `hash/…` key), and a hex digest (MD5, SHA-1, SHA-2, optionally `sha256:`-prefixed) under a name with checksum/hash/hashed/digest/sha/etag/fingerprint/cache-key (detect-secrets\' `.secrets.baseline` `hashed_secret`); a password equal to a user name set beside it in the same environment (`POSTGRES_USER=app` with `POSTGRES_PASSWORD=app` in an env file or a file a compose service names in `env_file`, a compose service\'s `environment:`, a container\'s `env`, a Dockerfile stage\'s `ENV`/`ARG`), however random it looks: anyone who knows the user knows it, a default credential that `default-credentials` reports (one rule both checks share, `src/checks/util/credentials.ts`).',
            '',
            '**Scope**: every tracked text file except lockfiles, minified and vendored files. Template files (`*.example`, `*.sample`, …), documentation (`*.md`, `*.rst`, `*.txt`, HTML; also request documentation: Postman collections `*.postman_collection.json`, HTTP request files `*.http`/`*.rest` and API example files: the AWS SDK\'s `*.examples.json`, botocore\'s `examples-1.json`) and test files/fixtures (also files under illustration folders — `examples/`, `samples/`, `docs/` — and test-environment configuration: `config/test.exs`, `config/environments/test.rb`, `settings/test.py`, `settings/testing.py`, `application-test.yml`/`.properties`, `appsettings.Test.json`, the dotenv files `.env.test`/`.env.testing`, which `env-file-committed` still reports) are not searched for secret-named assignments or literal Kubernetes Secrets (their values are illustrations) but are still searched for provider tokens, URL passwords and private keys: a real token format is a real leak wherever it is. Development-only files (`config/dev.exs`, `settings/local.py`, `.env.development`, `docker-compose.override.yml`) are searched like any other file and their findings stay failures: a secret committed there is still in git. Lines longer than 1,000 characters (minified code) get only the token rules. Jupyter notebooks (`.ipynb`) are read as the Python their code cells hold (JSON-escaped quotes unescaped). A quoted connection string (`"Server=db;User Id=sa;Password=…;"`, .NET `appsettings.json`, ODBC; StackExchange.Redis `"cache:6380,password=…,ssl=True"`) is judged by its `Password=`/`Pwd=` part, and a written-out `"Authorization": "Bearer <token>"` by its token, under any key; so is an `Authorization: Bearer|token|Basic <token>` header written into a command or string anywhere (`curl -H …` in a deploy script, a Makefile, a compose healthcheck), `curl -u user:password`, `docker login -p <password>` (also `--password`, podman, skopeo, `helm registry login`; `--password-stdin` reads none), and database and tool clients given a password as an argument (a backup script, a Makefile, a CI step, a Dockerfile `RUN`, a compose healthcheck also in exec form, a Kubernetes `command`/`args` line; in source code, Python that uses `subprocess` and JavaScript that uses `child_process`): `mysql`/`mysqldump`/`mysqladmin`/`mariadb` `-p<password>` or `--password=<password>` (`-p` alone prompts; `-p appdb` names the database), `PGPASSWORD=<password> psql` (`pg_dump`, `pg_restore`…), `sshpass -p`, `redis-cli -a`/`--pass`, `mongo`/`mongosh`/`mongodump` `-p`/`--password`, `htpasswd -b`. Such a value is judged like a dotenv value (8+ characters, not a placeholder or default: `-pchangeme`, `-p<password>` and `-pDB_PASSWORD` pass, default-credentials\' job); a variable, command substitution or template is no literal (`-p$MYSQL_ROOT_PASSWORD`, `-p"${PASS}"`, compose\'s `$$VAR`, `--password=$(cat /run/secrets/db)`, `%DB_PASS%`, `{{ pw }}`, an f-string\'s `{password}`).',
            '**Code versus configuration**: in source code (`.py`, `.js`, `.ts`, `.go`, …) only quoted literals count (a bare `secretKey = reader.int32()` is an expression), assignments on comment lines and inside Python docstrings are documentation, and dummy runs (`abc123`, `xyz`, `qwerty`) pass. In dotenv files, whose whole purpose is holding real secrets, an unquoted value is the rest of the line (trimmed, a ` #comment` removed, as dotenv reads it: `SESSION_SECRET=keyboard cat` is the well-known default `keyboard cat`, a `default-credentials` finding), and any secret-named literal of 8+ characters that is not a reference, URL, boolean, placeholder or default counts, whatever its entropy. Ciphertext passes everywhere: dotenvx `encrypted:…` values, sops `ENC[AES256_GCM,…]` values, Puppet hiera-eyaml `ENC[PKCS7,…]` values (also as folded block scalars), Shopify EJSON `EJ[1:…]` values, Jasypt `ENC(…)` values (also as the values of a sops-encrypted Kubernetes Secret), Bitnami SealedSecret `spec.encryptedData` and base64 OpenPGP messages (Renovate\'s `encrypted` host rules); so do one-way password hashes, which are made to be stored: modular crypt (`$6$…` for Ansible\'s `user` module or cloud-init\'s `passwd`, bcrypt `$2b$…`, htpasswd `$apr1$…`, `$argon2id$…`), Django\'s `pbkdf2_sha256$…`, Werkzeug\'s `pbkdf2:sha256:…$…`, LDAP `{SSHA}…`, and htpasswd lines `user:<hash>` (an ingress-nginx basic-auth Secret\'s `auth`); so do keys made for browsers (Mapbox `pk.` tokens, Stripe publishable keys, PostHog project keys, Algolia search-only keys: `ALGOLIA_SEARCH_API_KEY`, and the 32-hex-digit `apiKey`/`api_key` of an Algolia search config beside its `indexName` or the word Algolia/DocSearch — Docusaurus\' `themeConfig.algolia`, `docsearch({…})`, MkDocs Material\'s `extra.algolia`; an `ALGOLIA_ADMIN_KEY` stays secret). A quoted value that holds JSON (`ENV APP_CONFIG=\'{"db_password": "…"}\'`, a ConfigMap `config.json: \'{…}\'`) is read for its quoted entries too.',
            '',
            '**Speed**: one pass per file: a single combined regex of literal token prefixes, plus an indexOf walk over `=`/`:` that tests only the name before each operator (in code only when a quote follows; past a type annotation to its name, `name: Type =`, within 120 characters), and indexOf walks for `${` followed by a secret-like name and a default operator and for environment reads (`process.env`, `environ`, `getenv`, `env(`), pick candidate lines; only those run the rules. All regexes are compiled once at load.',
            '',
            '**Large files**: text files over 1 MiB (which the other checks do not read) are scanned too, their first 64 MiB, in chunks of whole lines, up to 256 MiB for all of them per scanning thread. A private key block, YAML block scalar or Python docstring that crosses a chunk boundary (every ~1 MiB) can be misread.',
            '',
            'Option `allow`: globs or file names (picomatch; a pattern without `/` matches the file name) of files a team commits by convention, e.g. `["test/certs/**"]`.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({ allow: schemas/* array */.YOg(schemas/* string */.YjP()).default([]) }),
    scan(options) {
        const allowed = allowMatcher(options.allow);
        return {
            accepts: (file) => !(0,classify/* isVendoredOrGenerated */.Gk)(file) && !allowed(file),
            file(file, text) {
                const generic = !(0,classify/* isTemplate */.Fl)(file) && !DOC_FILE_RE.test(file) && !(0,classify/* isTestFile */.hl)(file);
                // A Jupyter notebook holds its code cells as JSON strings (`"API_KEY = \"…\"\n",`): read with the quotes
                // unescaped, as the Python it is (one JSON line per source line: line numbers hold, columns shift by the escapes).
                if (file.endsWith('.ipynb')) {
                    const escaped = text.includes('\\"');
                    const hits = scanText(codeCells(escaped ? text.replace(/\\"/g, '"') : text), { generic, yaml: false, python: true });
                    // Columns in the file as written: each `\"` before the hit is one character more there.
                    const lines = escaped && hits.length ? text.split('\n') : null;
                    return hits.length ? hits.map((h) => ({ line: h.line, column: lines ? escapedColumn(lines[h.line - 1] ?? '', h.column) : h.column, message: h.message, secret: h.secret })) : undefined;
                }
                const hits = scanText(text, { generic, yaml: (0,classify/* isYamlFile */.wl)(file), unquoted: !CODE_FILE_RE.test(file), python: file.endsWith('.py'), go: file.endsWith('.go'), php: file.endsWith('.php'), ruby: file.endsWith('.rb'), env: (0,classify/* isEnvFile */.qb)(file), dockerfile: (0,classify/* isDockerfile */.pZ)(file) });
                // The structural readers add what the line scan did not find on the same line.
                const add = (more) => { for (const h of more)
                    if (!hits.some((x) => x.line === h.line))
                        hits.push(h); };
                if (generic && TERRAFORM_FILE_RE.test(file))
                    add(terraformDefaults(text));
                if (generic && XML_FILE_RE.test(file))
                    add(xmlElements(text));
                const key = railsKey(file, text) ?? puttyKey(text);
                if (key)
                    hits.push(key);
                if (generic && isHelmTemplate(file, text))
                    add(helmDefaults(text));
                if (REGISTRY_AUTH_FILE.test(file))
                    add(registryAuths(text));
                if (NPMRC_FILE.test(file))
                    add(registryAuths(text, NPM_AUTH_RE, 'an npm registry login (_auth'));
                if (generic && NETRC_FILE.test(file))
                    add(netrcPasswords(text));
                if (generic && SQL_SCRIPT_FILE.test(file) && /PASSWORD|IDENTIFIED/i.test(text))
                    add(sqlUserPasswords(text));
                if (generic)
                    add(hardcoded_secret_redisPasswords(file, text));
                if (generic)
                    add(commandCredentials(file, text));
                add(base64PrivateKeys(text));
                return hits.length ? hits.map((h) => ({ line: h.line, column: h.column, message: h.message, secret: h.secret, ...(h.template ? { template: true } : {}) })) : undefined;
            },
            // A committed `terraform.tfstate`, a dump or a bundle over 1 MiB: scanned chunk by chunk.
            largeFile(file, chunks) {
                const out = [];
                for (const c of chunks) {
                    const hits = this.file(file, c.text);
                    for (const h of hits ?? [])
                        out.push({ ...h, line: h.line + c.firstLine - 1 });
                }
                return out.length ? out : undefined;
            },
        };
    },
    run({ snapshot, options, scanned, report, skip }) {
        const allowed = allowMatcher(options.allow);
        if (!snapshot.files.some((f) => !(0,classify/* isVendoredOrGenerated */.Gk)(f) && !allowed(f))) {
            skip('no files to scan');
            return;
        }
        // Files whose values are illustrations (or that the team allows): the structural readers skip them.
        const illustrative = (f) => allowed(f) || (0,classify/* isTemplate */.Fl)(f) || (0,classify/* isTestFile */.hl)(f) || (0,classify/* isVendoredOrGenerated */.Gk)(f);
        // A password equal to the user name beside it is a default credential: default-credentials' finding, never this check's.
        const userNamed = userNamePasswordSites(snapshot);
        const structural = scanKubernetes(snapshot, illustrative, report, userNamed.has);
        const withFix = (h) => ({ ...h, message: `${h.message}; ${FIX.charAt(0).toLowerCase()}${FIX.slice(1, -1)}` });
        for (const h of [...composeSecretFileHits(snapshot, illustrative), ...nestedSettingNames(snapshot, illustrative)])
            report(withFix(h));
        for (const { file, data } of scanned) {
            for (const { template, ...h } of data)
                if ((template || !structural.has(`${file}:${h.line}`)) && !userNamed.has(file, h.line, h.secret))
                    report(withFix({ file, ...h }));
        }
    },
});

;// CONCATENATED MODULE: ./lib/checks/k8s-probes.js





/** Long-running workloads that serve: the built-in controllers, Argo Rollouts, OpenShift DeploymentConfigs, Knative Services. */
const isLongRunning = (o) => o.kind === 'Deployment' || o.kind === 'StatefulSet' || o.kind === 'DaemonSet' || (0,repo_k8s/* isExtraWorkload */.op)(o);
/** Long-running workload containers declare readiness and liveness probes. */
const k8sProbes = defineCheck({
    id: 'k8s-probes',
    title: 'Kubernetes containers have readiness and liveness probes',
    severity: 'medium',
    description: 'Long-running workload containers (Deployment, StatefulSet, DaemonSet, Argo Rollout, OpenShift DeploymentConfig; Knative: liveness only) declare a readinessProbe and a livenessProbe.',
    match: [
        {
            // Readiness and liveness only: the check does not read startupProbe. What a probe does (its
            // dependencies, what it checks, its timing) is more than that it exists: "Liveness probe does not
            // depend on downstream services" stays manual.
            pattern: /\b(?:readiness|liveness) ?probes?\b|\b(?:kubernetes|k8s|pods?|containers?)(?:'s?)? (?:health )?probes?\b|\bhealth probes?\b[^;]*\b(?:kubernetes|k8s|pods?|deployments?)\b/,
            // Relations between the probes ("no shared endpoints", "liveness values aren't the same as readiness",
            // "independent") are more than that they exist.
            unless: /\bstartup\b|\b(?:independent\w*|shared?|same|different|distinct|separate|values?|endpoints?)\b|\b(?:depend(?:s|ing|ent|enc(?:y|ies))?|verif(?:y|ies|ied)|connectivity|downstream|upstream|database|db|cache|redis|timeouts?|thresholds?|periods?|periodseconds|intervals?|delays?|initialdelayseconds|tuned)\b|\bprobes? (?:only )?(?:checks?|tests?|pings?|calls?|quer(?:y|ies)|hits?|targets?|uses?|points? (?:at|to))\b/,
            note: 'a promise about Kubernetes probes: the check reads the workload containers',
        },
        {
            // "Readiness Checks", "Liveness Checks" in a Kubernetes application checklist: the probes by the name the
            // Kubernetes docs also give them. Only under a Kubernetes heading or parent ("production readiness checks"
            // elsewhere are a launch review), and with the first rule's limits.
            pattern: /\b(?<!\b(?:production|launch|operational|release|deployment|deploy|go-live|security|service) )(?:readiness|liveness)(?: (?:and|&|\/) (?:readiness|liveness))? ?checks?\b/,
            context: /\b(?:kubernetes|k8s|pods?|helm)\b/,
            unless: /\bstartup\b|\b(?:independent\w*|shared?|same|different|distinct|separate|values?|endpoints?)\b|\b(?:depend(?:s|ing|ent|enc(?:y|ies))?|verif(?:y|ies|ied)|connectivity|downstream|upstream|database|db|cache|redis|timeouts?|thresholds?|periods?|periodseconds|intervals?|delays?|initialdelayseconds|tuned|review\w*|pass\w*|complet\w*|sign-?off)\b|\bchecks? (?:only )?(?:checks?|tests?|pings?|calls?|quer(?:y|ies)|hits?|targets?|uses?|points? (?:at|to))\b/,
            nearUnless: phrases/* MONITORING */.Rp,
            note: 'readiness/liveness checks under a Kubernetes heading: on Kubernetes they are the probes',
        },
        {
            // Under a Docker heading health checks are HEALTHCHECK (dockerfile-healthcheck), not probes.
            pattern: /\bhealth ?checks?\b/,
            context: /\b(?:kubernetes|k8s|pods?)\b/,
            // A load balancer's own health checks (an ALB target group's) are not the pods' probes, nor an uptime monitor's.
            unless: new RegExp(`\\b(?:endpoints?|dockerfiles?|alb|elb|nlb|load ?balancers?|target groups?|lb)\\b|${phrases/* HEALTH_CHECK_BEYOND_DECLARED */.Xt.source}`),
            // Under a closer "Monitoring" heading or parent item ("Kubernetes" › "Monitoring") they are uptime checks.
            nearUnless: phrases/* MONITORING */.Rp,
            note: 'health checks under a Kubernetes heading (not under a closer monitoring heading or parent): on Kubernetes they are probes',
        },
        {
            pattern: /\bhealth ?checks?\b[^;]*\b(?:pods?|kubernetes|k8s)\b|\b(?:pods?|kubernetes|k8s)\b[^;]*\bhealth ?checks?\b/,
            unless: new RegExp(`\\b(?:endpoints?|dockerfiles?)\\b|${phrases/* HEALTH_CHECK_BEYOND_DECLARED */.Xt.source}`),
            note: 'health checks on Kubernetes pods: on Kubernetes they are probes',
        },
    ],
    docs: {
        why: 'Without a readiness probe a pod receives traffic before it can serve (and during rollouts); without a liveness probe a deadlocked process is never restarted.',
        fix: 'Add `readinessProbe` and `livenessProbe` (httpGet on a health endpoint, or tcpSocket/exec/grpc) to each app container.',
        details: [
            'Judges the app containers of long-running workloads: Deployment, StatefulSet, DaemonSet, Argo Rollouts `Rollout`, OpenShift `DeploymentConfig` and Knative `Service`/`Configuration`. Knative gives the serving container a default TCP readiness probe, so a Knative container needs only a `livenessProbe`. initContainers (including native sidecars) are not judged; Jobs, CronJobs, bare Pods, ReplicaSets and other kinds with a pod template (which may run to completion) are exempt. An Argo `Rollout` with a `workloadRef` is judged through the Deployment it names. Option `probes` (default `[readiness, liveness]`) names the probes required: an item that promises readiness probes only is `[readiness]` (a Markdown item naming one probe only is bound so).',
            'A `startupProbe` does not replace either probe: it only delays them. One finding per container, at its `name:` (an unnamed container: its first key), listing what is missing.',
            'Kustomize: objects of the same kind and name across files are one workload, except that two full definitions in different files (`deployment.staging.yaml` and `deployment.production.yaml` in one folder) are two, each judged (kubectl applies each whole; kustomize refuses duplicates). Full definitions (naming a container image, outside `overlays/`, not listed as a patch by a kustomization) are bases; the rest are patches, grouped by overlay (the kustomization that lists them under `patches`/`patchesStrategicMerge`, else their `overlays/<name>` folder, else their folder). Each overlay is merged over the base the way kustomize\'s strategic merge does: pod fields, containers matched by name, the overlay\'s fields overriding the base\'s, `null` or `$patch: delete` removing a field, `$patch: replace` replacing a mapping or a container list. Each production overlay is judged on its own (one that only lists the base under `resources:` renders it unchanged and is judged too); overlays in development folders (`overlays/dev/`) are not production. The patches of a kustomize Component apply with those of each kustomization that lists it under `components:` (a Component is never judged as a deployment of its own). JSON 6902 patches (a `patches:` or `patchesJson6902:` entry with a `target`, its ops inline or in a file) are applied too: their `add`/`replace`/`remove` ops under the pod template, containers addressed by index named as in the base (`/spec/template/spec/containers/0/resources`), a finding about a value they write pointing at that op; appends (`containers/-`) and ops inside lists of a container are not read. An inline strategic-merge patch (`patch: |-` holding a manifest; with a `target`, of the object it names) is a patch of that kustomization, located in its lines. So an overlay patch that adds the probes satisfies its base, and one that sets a probe to `null` removes it: the finding then points at that `null` (or `$patch` directive) in the patch, not at the base that has the probe. A finding that holds only as overlays render the workload names them (`in kustomize overlay overlays/staging`).',
            'Helm chart templates (`templates/*.yaml` with `{{ }}`) are not judged: probes usually come from values. When every long-running workload is in a template the check is skipped and says so, naming a template that does not parse before rendering (its `info` note says it was not checked).',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({
        probes: schemas/* array */.YOg(schemas/* enum */.k5n(['readiness', 'liveness'])).min(1).default(['readiness', 'liveness']).describe('The probes every app container must declare (an item that promises readiness probes only: `[readiness]`)'),
    }),
    run({ snapshot, options, report, skip }) {
        const all = k8sWorkloads(snapshot).filter((w) => isLongRunning(w.object));
        const workloads = all.filter((w) => !w.template);
        if (!workloads.length) {
            const unparsed = all.length ? [] : unparsedChartTemplates(snapshot, /^(?:Deployment|StatefulSet|DaemonSet|Rollout|DeploymentConfig)$/);
            skip(all.length ? 'long-running workloads only in Helm chart templates, which are not judged (probes usually come from values)'
                : unparsed.length ? `long-running workloads only in ${unparsedNote(unparsed)}` : 'no Deployment, StatefulSet, DaemonSet, Rollout, DeploymentConfig or Knative Service');
            return;
        }
        // One finding per location and missing set; the overlays that deploy it are named together.
        const found = new Map();
        for (const w of workloads) {
            // Knative gives the serving container a default TCP readiness probe.
            const wanted = options.probes.map((p) => `${p}Probe`);
            const required = (0,repo_k8s/* isKnative */.vh)(w.object) ? wanted.filter((p) => p === 'livenessProbe') : wanted;
            for (const c of w.containers) {
                if (c.init)
                    continue;
                const missing = required.filter((p) => !c.get(p));
                if (!missing.length)
                    continue;
                // A probe an overlay patch removes (`livenessProbe: null`) is reported where the patch removes it.
                const removal = missing.map((p) => c.removed(p)).find((r) => r !== null) ?? null;
                const pos = removal ? { file: removal.object.file, ...removal.object.loc(removal.path, true) } : { file: c.at.object.file, line: c.at.line, column: c.at.column };
                const key = `${pos.file}:${pos.line}:${pos.column}:${missing.join()}`;
                const head = `container '${c.name}' of ${(0,repo_k8s/* workloadLabel */.Uq)(w.object)} has no ${missing.join(' and no ')}`;
                const tail = `${removal ? ` (the patch ${removal.object.file} removes ${missing.filter((p) => c.removed(p)).join(' and ')})` : ''}; add ${missing.length > 1 ? 'them' : 'it'} so Kubernetes ${missing.length > 1 ? 'routes traffic only to ready pods and restarts hung ones' : missing[0] === 'readinessProbe' ? 'routes traffic only to ready pods' : 'restarts hung pods'}`;
                const f = found.get(key) ?? { ...pos, head, tail, overlays: [], solo: false };
                addVariant(f, w);
                found.set(key, f);
            }
        }
        for (const f of found.values()) {
            // Overlays are named when the finding is theirs only (not also the definition's own).
            report({ file: f.file, line: f.line, column: f.column, message: `${f.head}${overlayNote(f)}${f.tail}` });
        }
    },
});

;// CONCATENATED MODULE: ./lib/checks/k8s-run-as-non-root.js




/**
 * Whether a container is guaranteed to run as non-root, with the container's settings overriding
 * the pod's, after the workload's patches are merged. A failure carries the setting that makes it
 * (null when nothing is set); null when a templated value cannot be read.
 */
function judge(w, c) {
    const pick = (k) => {
        const own = c.get('securityContext', k);
        if (own)
            return { ...own, from: 'container' };
        const pod = w.pod('securityContext', k);
        return pod ? { ...pod, from: 'pod' } : null;
    };
    const user = pick('runAsUser');
    const nonRoot = pick('runAsNonRoot');
    // A securityContext that is not a mapping comes from a template: not verifiable here.
    if ((user && !user.readable) || (nonRoot && !nonRoot.readable))
        return null;
    const uid = typeof user?.value === 'number' ? user.value : typeof user?.value === 'string' && /^\d+$/.test(user.value) ? Number(user.value) : null;
    // A templated value (`{{ .Values.uid }}` rendered as text) cannot be judged.
    if ((user && uid === null) || (nonRoot && typeof nonRoot.value !== 'boolean'))
        return null;
    const where = (s) => (s.object.file !== c.at.object.file ? `, set by a patch over ${c.at.object.file}` : '');
    if (uid === 0)
        return { ok: false, reason: `runs as root (${user.from} securityContext.runAsUser: 0${where(user)})`, at: user };
    if (uid !== null && uid > 0)
        return { ok: true };
    if (nonRoot?.value === true)
        return { ok: true };
    if (nonRoot?.value === false)
        return { ok: false, reason: `${nonRoot.from} securityContext sets runAsNonRoot: false${where(nonRoot)}`, at: nonRoot };
    // A setting an overlay patch removes (`runAsNonRoot: null`, `securityContext: null`) is reported where the patch removes it.
    const removed = c.removed('securityContext', 'runAsNonRoot') ?? w.podRemoved('securityContext', 'runAsNonRoot') ?? c.removed('securityContext', 'runAsUser') ?? w.podRemoved('securityContext', 'runAsUser');
    const by = removed ? ` (the patch ${removed.object.file} removes ${removed.path[removed.path.length - 1] === '$patch' ? 'it' : String(removed.path[removed.path.length - 1])})` : '';
    return { ok: false, reason: `neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0${by}`, at: null, removed };
}
/** Pod or container securityContext guarantees a non-root user. */
const k8sRunAsNonRoot = defineCheck({
    id: 'k8s-run-as-non-root',
    title: 'Kubernetes containers run as non-root',
    severity: 'high',
    description: 'The pod or container securityContext guarantees a non-root user (runAsNonRoot: true or runAsUser > 0).',
    match: [
        {
            // As dockerfile-non-root reads it: "non-root", "not/don't/doesn't/never run as root", "No container runs
            // as root", "Don't run containers as root"; or an item that names Kubernetes itself, as a heading would
            // ("Runs as non-root user in Kubernetes" under a service's heading).
            pattern: /\bprevent (?:the |all |our )?(?:containers?|pods?) from running as root\b|\bno root (?:containers?|pods?)\b|\b(?:containers?|pods?)\b[^;]*\b(?:non-? ?root|(?:not|don't|doesn't|never) (?:runs? |running )?as root)\b|\bnon-? ?root\b[^;]*\b(?:containers?|pods?)\b|\bno (?:containers?|pods?) (?:runs?|running) as root\b|\b(?:don't|do not|never|must not|should not) run(?:ning)? (?:the |our |any )?(?:containers?|pods?) as root\b|\brunasnonroot\b|\b(?:kubernetes|k8s)\b[^;]*\b(?:non-? ?root|(?:not|don't|doesn't|never) (?:runs? |running )?as root)\b|\b(?:non-? ?root|not (?:run(?:ning)? )?as root)\b[^;]*\b(?:in|on|for) (?:kubernetes|k8s)\b/,
            // A database, service or login user "non-root in containers" is not the pod's securityContext.
            unless: /\bdockerfiles?\b|\b(?:user (?:directive|instruction)|service users?|systemd|ssh|ssm|database|db|bastion|sudo|login|access to (?:the )?(?:nodes?|hosts?|servers?|vms?|instances?)|(?:ci|build|self-hosted|github actions|gitlab) runners?|runner containers?|build agents?)\b/,
            note: 'a promise that containers do not run as root: on Kubernetes, securityContext decides',
        },
        {
            pattern: /\bnon-? ?root\b|\b(?:not|don't|doesn't|never) (?:runs? |running )?as root\b/,
            context: /\b(?:kubernetes|k8s|pods?)\b/,
            unless: /\bdockerfiles?\b|\b(?:user (?:directive|instruction)|service users?|systemd|ssh|ssm|database|db|bastion|sudo|login|access to (?:the )?(?:nodes?|hosts?|servers?|vms?|instances?)|(?:ci|build|self-hosted|github actions|gitlab) runners?|runner containers?|build agents?)\b/,
            note: 'non-root under a Kubernetes heading',
        },
    ],
    docs: {
        why: 'A container running as root turns any code-execution bug or container escape into root on the node; `runAsNonRoot` makes the kubelet refuse to start an image that would run as root.',
        fix: 'Set `securityContext: { runAsNonRoot: true, runAsUser: 10001 }` on the pod (or each container) and build the image with a numeric non-root `USER`.',
        details: [
            'Workloads are Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Argo Rollouts `Rollout` (one with a `workloadRef` borrows the template of the Deployment it names, which is judged as that Deployment), OpenShift `DeploymentConfig`, Knative `Service`/`Configuration`, and any other object whose `spec.template.spec` lists `containers` (OpenKruise CloneSet, …), policy objects (Kyverno, Gatekeeper) and `PodTemplate` aside.',
            'Each container and initContainer of every workload is judged. A container passes when its effective `runAsUser` (container value, else the pod\'s) is > 0, or its effective `runAsNonRoot` is `true`; the container setting overrides the pod\'s, so a container `runAsNonRoot: false` undoes the pod\'s `true`, and `runAsUser: 0` fails even with `runAsNonRoot: true` (the kubelet would refuse to start it). A failure caused by a setting (`runAsUser: 0`, `runAsNonRoot: false`) points at that setting, once, naming every container it fails; a container with neither setting is reported at its `name:`.',
            'Kustomize: objects of the same kind and name across files are one workload, except that two full definitions in different files (`deployment.staging.yaml` and `deployment.production.yaml` in one folder) are two, each judged (kubectl applies each whole; kustomize refuses duplicates). Full definitions (naming a container image, outside `overlays/`, not listed as a patch by a kustomization) are bases; the rest are patches, grouped by overlay (the kustomization that lists them under `patches`/`patchesStrategicMerge`, else their `overlays/<name>` folder, else their folder). Each overlay is merged over the base the way kustomize\'s strategic merge does: pod fields, containers matched by name, the overlay\'s fields overriding the base\'s, `null` or `$patch: delete` removing a field, `$patch: replace` replacing a mapping or a container list. Each production overlay is judged on its own (one that only lists the base under `resources:` renders it unchanged and is judged too); overlays in development folders (`overlays/dev/`) are not production. The patches of a kustomize Component apply with those of each kustomization that lists it under `components:` (a Component is never judged as a deployment of its own). JSON 6902 patches (a `patches:` or `patchesJson6902:` entry with a `target`, its ops inline or in a file) are applied too: their `add`/`replace`/`remove` ops under the pod template, containers addressed by index named as in the base (`/spec/template/spec/containers/0/resources`), a finding about a value they write pointing at that op; appends (`containers/-`) and ops inside lists of a container are not read. An inline strategic-merge patch (`patch: |-` holding a manifest; with a `target`, of the object it names) is a patch of that kustomization, located in its lines. So a patch that sets the securityContext satisfies its base, and a root setting in an overlay (or a patch that sets `runAsNonRoot: false`) fails at that setting even over a non-root base; a patch that removes the base\'s setting (`runAsNonRoot: null`) fails at that `null`. A finding that holds only as overlays render the workload names them (`in kustomize overlay overlays/staging`).',
            'A `USER` in the Dockerfile is not a guarantee at this level (a different image tag can change it). Windows pods (`spec.os.name: windows`) and templated values that cannot be read are not judged.',
            'Helm chart templates (`templates/*.yaml` with `{{ }}`, read with lines that are only actions — `{{- include … | nindent 4 }}`, `{{- if … }}` — set aside and values that are an action quoted, so they parse line for line; one that still does not parse gets an info note) are judged only for a root setting they write literally (`runAsUser: 0`, `runAsNonRoot: false`, unless the container overrides it): a setting they leave out may come from values (`{{ toYaml .Values.securityContext }}`), so absence is not a failure there. When every workload is in a template and none writes a root setting, the check is skipped and says so, naming a template that does not parse before rendering (nothing in it is judged). (`privileged: true` is not judged by this check.)',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    run({ snapshot, report, skip }) {
        const workloads = k8sWorkloads(snapshot);
        if (!workloads.length) {
            const unparsed = unparsedChartTemplates(snapshot, /^(?:Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|ReplicationController|Rollout|DeploymentConfig)$/);
            skip(unparsed.length ? `Kubernetes workloads only in ${unparsedNote(unparsed)}` : 'no Kubernetes workloads');
            return;
        }
        // One finding per location: a pod-level `runAsUser: 0` fails every container, named together.
        const byPlace = new Map();
        for (const w of workloads) {
            if (w.pod('os', 'name')?.value === 'windows')
                continue;
            for (const c of w.containers) {
                const v = judge(w, c);
                if (!v || v.ok)
                    continue;
                // A Helm chart template leaves settings to values: only a root setting it writes fails.
                if (w.template && !v.at)
                    continue;
                const file = v.at ? v.at.object.file : v.removed ? v.removed.object.file : c.at.object.file;
                const pos = v.at ? v.at.object.loc(v.at.path, true) : v.removed ? v.removed.object.loc(v.removed.path, true) : { line: c.at.line, column: c.at.column };
                const label = (0,repo_k8s/* workloadLabel */.Uq)(w.object);
                const key = `${file}:${pos.line}:${pos.column}:${label}:${v.reason}`;
                const place = byPlace.get(key) ?? { file, line: pos.line, column: pos.column, names: [], init: [], label, reason: v.reason, overlays: [], solo: false };
                // The kustomize overlays that deploy it are named when the finding is theirs only.
                addVariant(place, w);
                byPlace.set(key, place);
                if (place.names.includes(c.name))
                    continue;
                place.names.push(c.name);
                place.init.push(c.init);
                byPlace.set(key, place);
            }
        }
        for (const p of byPlace.values()) {
            const who = p.names.length === 1
                ? `${p.init[0] ? 'init container' : 'container'} '${p.names[0]}'`
                : `containers ${p.names.map((n) => `'${n}'`).join(', ')}`;
            report({ file: p.file, line: p.line, column: p.column, message: `${who} of ${p.label}${overlayNote(p)} ${p.names.length === 1 ? 'is' : 'are'} not guaranteed to run as non-root: ${p.reason}; set runAsNonRoot: true and a numeric runAsUser` });
        }
        const failed = byPlace.size > 0;
        if (!failed && workloads.every((w) => w.template))
            skip('Kubernetes workloads only in Helm chart templates: checked for a root setting they write (runAsUser: 0, runAsNonRoot: false), not judged for missing settings (values supply them)');
    },
});

;// CONCATENATED MODULE: ./lib/checks/production-server.js




/** What to run instead, by the dev server found. */
function advice(what) {
    // The server production runs is right; the module it imports starts a second, development one.
    if (/\(\) at module level, run when /.test(what))
        return 'remove that call or guard it with if __name__ == "__main__": (the server imports the module and serves its app itself)';
    if (/http\.server|SimpleHTTPServer/.test(what))
        return 'serve static files with nginx or a CDN (or the app with a production server)';
    // An ASGI server started from Python (`uvicorn.run(app, reload=True)`) before the WSGI advice.
    // Sanic's own app.run is its production server: only the development keyword goes.
    const sanic = /Sanic \w+\.run\((\w+=True)\)/.exec(what);
    if (sanic)
        return `drop ${sanic[1]} (Sanic's app.run is production-grade without it: app.run(host="0.0.0.0", workers=4), or sanic server:app --workers 4)`;
    if (/uvicorn\.run\(\)/.test(what))
        return 'drop reload=True and start uvicorn as the server (uvicorn main:app --workers 4, or gunicorn -k uvicorn.workers.UvicornWorker)';
    if (/fastapi dev/.test(what))
        return 'use fastapi run (production mode: no reload), with several workers (fastapi run --workers 4)';
    if (/^(?:litestar|sanic)\b/.test(what))
        return `drop ${what.split(' ').pop()} (production mode: no reloader, no debug; several workers)`;
    if (/uvicorn|hypercorn|granian|fastapi/.test(what))
        return 'drop --reload (and run several workers: uvicorn --workers 4, or gunicorn -k uvicorn.workers.UvicornWorker)';
    if (/flask|python|app\.run/.test(what))
        return 'serve the WSGI app with gunicorn (gunicorn -w 4 -b 0.0.0.0:8000 app:app) or waitress';
    if (/runserver/.test(what))
        return 'serve project.wsgi with gunicorn (or project.asgi with uvicorn/daphne)';
    if (/next dev/.test(what))
        return 'build (next build) and run next start or the standalone server.js';
    if (/nuxt|astro|remix|svelte-kit/.test(what))
        return 'build the app and run its production server (node .output/server/index.mjs or equivalent)';
    if (/vite|webpack|ng serve|react-scripts|react-app-rewired|craco|rescripts|parcel|docusaurus|vue-cli|gatsby|ember/.test(what))
        return 'build the static bundle and serve it with nginx or a CDN';
    if (/octane:start --watch/.test(what))
        return 'drop --watch (Octane reloads workers on every file change)';
    if (/artisan|php -S|symfony serve/.test(what))
        return 'run php-fpm behind nginx (or FrankenPHP/Octane)';
    if (/\bcargo watch\b/.test(what))
        return 'build a release binary (cargo build --release) and run it without cargo-watch';
    if (/rails/.test(what))
        return 'run the server with RAILS_ENV=production';
    if (/spring-boot:run|bootRun/.test(what))
        return 'package the app (mvn package, ./gradlew bootJar) and run the jar (java -jar app.jar), where DevTools is off';
    if (/\bdotnet watch\b/.test(what))
        return 'publish the app (dotnet publish -c Release) and run the published output (dotnet App.dll) without the file watcher';
    if (/\bdeno\b/.test(what))
        return 'run deno without the file watcher (deno run --allow-net main.ts, or deno serve)';
    if (/\bbun (?:--watch|--hot|watch)\b/.test(what))
        return 'run bun without --watch/--hot (bun run src/index.ts, or the built output)';
    if (/^(?:air|reflex)\b|→ (?:air|reflex)\b/.test(what))
        return 'build the Go binary (go build) and run it without the live-reload tool';
    if (/hugo|jekyll/.test(what))
        return 'build the site (hugo, jekyll build) and serve the output with nginx or a CDN';
    if (/wrangler/.test(what))
        return 'deploy the worker (wrangler deploy) instead of running the local dev server';
    if (/fastify start --watch/.test(what))
        return 'drop --watch (fastify start restarts the server on every file change)';
    if (/^pm2 watch: /.test(what))
        return 'set watch: false in the process file (pm2 restarts the app on every file change); pm2-runtime without it restarts on crashes only';
    if (/\bpm2(?:-runtime|-docker| start)? --watch\b/.test(what))
        return 'drop --watch (pm2 restarts the app on every file change); pm2-runtime without it restarts on crashes only';
    if (/nodemon|ts-node-dev|node --watch|watch|supervisor|node-dev/.test(what))
        return 'run node on the built output without a file watcher (node dist/server.js)';
    if (/^(npm|yarn|pnpm|bun) /.test(what))
        return 'build the app and start it with its production script (next start, node dist/server.js…)';
    return 'run the production server the framework documents';
}
/** The process production starts must not be a development server. */
const productionServer = defineCheck({
    id: 'production-server',
    title: 'Production runs a production-grade server',
    severity: 'critical',
    description: 'The process production starts (final CMD/ENTRYPOINT, compose command, Procfile web, render/Railway startCommand, fly.toml processes, Kubernetes command/args) is not a development server.',
    match: [
        {
            // "No Flask dev server in production", "Gunicorn, not the Flask development server", "Not using the Flask
            // development server", "`next start`, not `next dev`": the negation governs the dev server itself. (The
            // server names recur below: flask run, runserver, dev server, next dev, nodemon.) A dev server kept out of
            // CI, tests or local work is no promise about production. "Production uses a WSGI server (gunicorn/uwsgi)" names the server kind.
            pattern: /\b(?:no|not) (?:using |running )?(?:the |a )?(?:flask(?:'s)? |django(?:'s)? |werkzeug(?:'s)? |built-in )?(?:dev(?:elopment)? server|flask run|runserver|next dev|nodemon|npm run dev\b|app\.run\(\))(?!\w)|\bproduction[- ](?:grade )?(?:wsgi|asgi) server\b|\b(?:uses?|using|runs? (?:on|under|behind|with)|served (?:by|with|behind)|behind) (?:a |an )?(?:real |proper )?(?:wsgi|asgi) server\b/,
            unless: /\b(?:install|installed|tune|tuned|workers?|timeouts?|ci|pipelines?|tests?|testing|local(?:ly)?|staging)\b/,
            note: 'a promise that production does not run a development server: the check reads start commands',
        },
        {
            // A negated use/run/serve whose instrument is the dev server: "Never use runserver", "Don't serve the
            // app with the development server", "Don't use nodemon in production"; not "Don't point the mobile app at
            // the dev server" nor "Do not run load tests against the development server" (nor "… for load tests").
            pattern: /\b(?:never|don't|do not|must not|should not) (?:use|run|serve|start|deploy)(?: (?:the |your )?(?:app|application|site|api|service|it|production(?: traffic)?|traffic|requests))?(?: (?:with|from|on|via|through|under|using))? (?:the |a )?(?:flask(?:'s)? |django(?:'s)? |werkzeug(?:'s)? |built-in )?(?:dev(?:elopment)? server|flask run|runserver|next dev|nodemon|npm run dev\b|app\.run\(\))(?!\w)/,
            unless: /\b(?:install|installed|tune|tuned|workers?|timeouts?|ci|pipelines?|tests?|testing|local(?:ly)?|staging)\b/,
            note: 'a promise that production does not run a development server: the check reads start commands',
        },
        {
            // "Gunicorn is used instead of the Flask dev server", "Served with gunicorn, never `manage.py runserver`",
            // "Next.js runs `next start`, never `next dev`", "gunicorn, not `python app.py`", "Stop running the Flask dev server".
            pattern: /\b(?:instead of|rather than|never|not|no longer|stop)(?: using| running| serving with| via| with| (?:be )?(?:run|served|started) (?:with|by|under|on))? (?:the |a )?(?:flask(?:'s)? |django(?:'s)? |werkzeug(?:'s)? |built-in |next\.?js(?:'s)? )?(?:dev(?:elopment)? server|flask run|(?:python )?(?:\.\/)?manage\.py runserver|runserver|next dev|nodemon|python app\.py)\b|\breplace (?:the )?(?:flask(?:'s)? |django(?:'s)? )?(?:dev(?:elopment)? server|flask run|runserver|nodemon|next dev) with (?:gunicorn|uvicorn|waitress|hypercorn|granian|next start|node|pm2)\b/,
            unless: /\b(?:install|installed|tune|tuned|workers?|timeouts?|ci|pipelines?|tests?|testing|local(?:ly)?|staging)\b/,
            note: 'a promise that production does not run a development server: the check reads start commands',
        },
        {
            // "The development server is never used in production".
            pattern: /\b(?:flask(?:'s)? |django(?:'s)? |werkzeug(?:'s)? |built-in )?(?:dev(?:elopment)? server|flask run|runserver|next dev|nodemon|npm run dev|app\.run\(\)) (?:is |are )?(?:never|not) (?:be )?(?:used|run|deployed)\b/,
            unless: /\b(?:install|installed|tune|tuned|workers?|timeouts?|ci|pipelines?|tests?|testing|local(?:ly)?|staging)\b/,
            note: 'a promise that production does not run a development server: the check reads start commands',
        },
    ],
    docs: {
        why: 'Development servers are single-process, unhardened and often ship an interactive debugger: slow under load and, with debug on, remote code execution.',
        fix: 'Run a production server (gunicorn/uvicorn workers/waitress for Python, node on the built output, nginx for static bundles).',
        details: [
            '- Entry points: the Dockerfile final stage\'s `ENTRYPOINT` + `CMD` (inherited through stage names; exec and shell form; a later-stage',
            '  `ENTRYPOINT` resets an inherited `CMD`), compose `command`/`entrypoint` (string or list), Procfile `web:`, render.yaml (run in the service\'s `rootDir`) and Railway `startCommand`, fly.toml `[processes]` (and `[experimental] cmd`), systemd units\' `ExecStart=` (`*.service`, with the section\'s `Environment=`), Kubernetes',
            '  `command` + `args` of `containers` (init containers are not servers). A stage a compose service builds as its `build.target`',
            '  (`target: web`) is judged too, at its own `CMD`/`ENTRYPOINT` (a development-only compose file or profile makes it a note;',
            '  so does a base compose file\'s `command` that a production overlay beside it — `docker-compose.prod.yml` — sets again).',
            '- Command lines are unwrapped: `sh -c "…"` scripts (split on `&&`, `;`, `|`), `exec`, `env`, leading `VAR=…`, `tini --`, `dumb-init`,',
            '  `gosu user`, `poetry run`/`uv run`/`pipenv run`, `npx`, `ddtrace-run`, `newrelic-admin run-program`, `python -m debugpy --listen … -m`. A `cd DIR` the script always',
            '  runs moves the commands after it (`web: cd spa && npm start` reads `spa/package.json`). Commands inside `if`/`case`',
            '  branches of a start script are not judged (a dev branch is not what production runs). Start scripts (`./start.sh`, `bin/start`,',
            '  `docker-entrypoint.sh`, a Python script by its shebang) are read when they are in the repository, and the rest of the argv is',
            '  judged too (`exec "$@"`). `supervisord` configs are read and every `[program:*] command=` is judged; a dev server there is',
            '  reported at its `command=` line (naming the entry point that runs supervisord). pm2 started with a process file',
            '  (`pm2-runtime [start] ecosystem.config.js`, `pm2 start ecosystem.config.cjs --no-daemon`, `.json`/`.yml` files; `--only` apps) is read the',
            '  same way: each app\'s `script` + `args` (with its `interpreter` and `cwd`; `script: npm, args: run dev` reads the package script)',
            '  is judged like a command, and `watch: true` (or a list of paths) is watch mode; a dev server is reported at the app\'s `args`',
            '  (else `script`) line, watch mode at its `watch` line, naming the entry point. An ecosystem file no entry point starts is not read.',
            '  pm2 started with a script (`pm2-runtime start npm -- run dev`, `pm2 start app.py --interpreter python3`) runs that script, its',
            '  own arguments after `--`.',
            '- Dev servers: `flask run`, `python -m flask run`, `manage.py runserver`/`runserver_plus`, `django-admin runserver`,',
            '  `manage.py run` of a Flask project\'s `FlaskGroup` (`flask run`), `uvicorn`/`hypercorn`/`granian --reload`, `litestar run --reload`/`--debug`, `sanic --dev`/`--debug`/`--auto-reload`, `python -m http.server`, `next dev` (and `next` alone: dev is its default command), `nuxt dev`,',
            '  `vite` (any sub-command but `build`: `vite`, `vite <root>`, `dev`, `serve`, `preview` — Vite documents preview as not a production',
            '  server), `nodemon`, `ts-node-dev`, `fastify start --watch`, `node --watch` (before the script: later options are the script\'s), `pm2-runtime --watch` and `pm2 start --watch` (before `--`), `tsx watch`, `webpack serve`,',
            '  `webpack-dev-server`, `ng serve`, `react-scripts start` (and the CRA wrappers `react-app-rewired`/`craco`/`rescripts start`), `vue-cli-service serve`, `astro/remix dev`, `gatsby develop`,',
            '  `parcel` (any sub-command but `build`/`watch`: it serves by default), `docusaurus start`, `php artisan serve`, `php -S`, `symfony serve`/`server:start`, `rails server -e development`, `hugo server`, `jekyll serve`, `air`, `dotnet watch`, `cargo watch`, Spring Boot\'s build-tool launchers `mvn spring-boot:run` and `gradle bootRun` (DevTools on; a packaged `java -jar` is the deploy), `php artisan octane:start --watch`,',
            '  `deno run --watch`, `bun --watch`/`--hot`; the advice names each runtime\'s own production command.',
            '- Options are read the way each tool reads them, so an option\'s value is never taken for a sub-command (`vite --host 0.0.0.0`,',
            '  `flask --app web run`, `manage.py --settings x runserver`, `nice -n 10 …`, `npx -p @angular/cli ng serve`); an option the tool is',
            '  not known to have is read both as a flag and as taking a value, and only a verdict both readings share counts.',
            '- Package scripts: `npm start`, `npm run X`, `yarn X`, `pnpm X`, `bun run X` are resolved through the `package.json` of the folder',
            '  they run in: the container\'s working directory as the image\'s `WORKDIR` and `COPY`/`ADD` or the compose service\'s `working_dir`',
            '  and bind mounts make it (`./frontend:/app` with `working_dir: /app` reads `frontend/package.json`), the folder named by',
            '  `npm --prefix`, `yarn --cwd` or `pnpm -C`, else the nearest `package.json` up from the entry point',
            '  (CRA\'s `"start": "react-scripts start"` fails; `"start": "node server.js"` passes; no `start` script means `node server.js`).',
            '  Workspace scripts (`yarn workspace @acme/web dev`, `npm run start --workspace=@acme/web`, `npm -w apps/web start`,',
            '  `pnpm --filter @acme/web start`, pnpm\'s scope-less `--filter web` and `./apps/web`) are read from the workspace\'s own',
            '  `package.json`, found by its `name` (or folder); a workspace not in the repository, or a pattern (`@acme/*`), is judged by the script name.',
            '  When `package.json` is not in the repository, script names `dev`, `develop`, `start:dev`, `watch` count as dev servers.',
            '- Files named on the command line (`python /app/app.py`, `/start`, a script copied onto the PATH) are found by replaying the',
            "  image's `WORKDIR` and `COPY`/`ADD` from the build context (compose `build.context`/`dockerfile`, else the Dockerfile's folder",
            '  or the repository root) and compose bind mounts; failing that, by path suffix, nearest to the Dockerfile first and',
            '  preferring files whose dev-only status matches the entry point (a production compose file never reads `compose/local/start`).',
            '  A Python module the image holds (`app.py` or the package `app/__init__.py`) beats a suffix match elsewhere, and when a',
            '  `COPY`/`ADD` of repository paths covers the path, a suffix match outside what it copies from the build context is not used;',
            '  an image whose Dockerfile copies nothing from its build context is never matched with a file of another folder.',
            '- `python app.py` (or `python -m pkg`) fails when the module calls the Flask dev server (`app.run(...)`, `app.run_server(...)`,',
            '  Flask-SocketIO `socketio.run(..., allow_unsafe_werkzeug=True)`, `uvicorn.run(..., reload=True)`) at module level, under',
            '  `if __name__ == "__main__"` or in a function called from there. `app` built by another framework does not count;',
            '  a Sanic app\'s `app.run(...)` is its production server except with `dev=True` (debug + auto-reload), `auto_reload=True` or `debug=True` (as `sanic --dev`).',
            '- gunicorn/uvicorn/waitress/daphne/hypercorn pass; the module they import (`app:app` → `app.py`) is read: an unguarded module-level',
            '  `app.run()` starts the dev server on import and fails; `app.run(debug=True)` under `if __name__ == "__main__"` there is only an',
            '  `info` note (it is not what production runs; `debug-mode` fails only when production does run it).',
            '- Dev-only files (`Dockerfile.dev`, `docker-compose.override.yml`, `Procfile.dev`…; compose files and Dockerfiles named for',
            '  development, tests or CI: `.dev`, `.development`, `.local`, `.test`/`.testing`, `.ci`, `.e2e`, `.integration`, `.debug`, also',
            '  `docker-compose-dev.yml` and `dev.docker-compose.yml`; `.staging`/`.prod` are production) and compose services only in development/tooling',
            '  profiles (`profiles: [dev]`, `debug`, `test`, `tools`…: they do not start with `docker compose up`) give `info` notes. Skipped when',
            '  nothing starts a process.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    run({ snapshot, report, skip }) {
        const entries = entryPoints(snapshot);
        if (!entries.length) {
            skip('no CMD/ENTRYPOINT, compose command, Procfile web, platform start command, systemd ExecStart or Kubernetes command');
            return;
        }
        const noted = new Set();
        // A dev server written outside the entry point (a supervisord program) is reported on its own line, once;
        // a failure (reached from a production entry point) beats a development-only note.
        const atLine = onePerLocation();
        // A `__main__` app.run() that a production entry point runs as a script (`python app.py`) is a failure
        // there: no "local entry point only" note for it when another entry point imports the module.
        const ranInProduction = new Set();
        const mainNotes = [];
        for (const entry of entries) {
            const launch = analyseEntry(snapshot, entry);
            if (launch.dev) {
                if (!entry.devOnly && launch.dev.file)
                    ranInProduction.add(`${launch.dev.file}:${launch.dev.line}`);
                const where = launch.dev.file ? ` (${launch.dev.file}:${launch.dev.line})` : '';
                const remark = entry.devOnly ? ` (${devRemark(entry)})` : '';
                const at = launch.dev.at;
                if (at) {
                    atLine.put({
                        file: at.file, line: at.line, column: at.column, note: entry.devOnly || undefined,
                        message: `${at.via} starts a development server: ${launch.dev.what} (run by ${entry.where} in ${entry.file}:${entry.line}); ${advice(launch.dev.what)}${remark}`,
                    });
                    continue;
                }
                report({
                    file: entry.file, line: entry.line, column: entry.column, note: entry.devOnly || undefined,
                    message: `${entry.where} starts a development server: ${launch.dev.what}${where}; ${advice(launch.dev.what)}${remark}`,
                });
                continue;
            }
            for (const { file, call, via } of launch.calls) {
                const key = `${file}:${call.line}`;
                if (via !== 'import' || !call.dev || call.scope !== 'main' || noted.has(key))
                    continue;
                noted.add(key);
                mainNotes.push({ file, line: call.line, column: call.column, note: true, message: `${call.call}(${call.debug ? 'debug=True' : '...'}) under if __name__ == "__main__" is a local entry point only: production imports this module through ${entry.where} (${entry.file}:${entry.line})` });
            }
        }
        for (const n of mainNotes)
            if (!ranInProduction.has(`${n.file}:${n.line}`))
                report(n);
        for (const f of atLine.findings())
            report(f);
    },
});

;// CONCATENATED MODULE: ./lib/checks/resource-limits.js





/** A memory limit that limits: `0` (any unit) and `-1` mean none to Docker. */
const limits = (v) => v !== undefined && v !== null && !/^(?:0+(?:\.0*)?\s*[bkmgt]?i?b?|-1)$/i.test(String(v).trim());
const hasComposeMemory = (svc) => {
    const v = svc.value;
    if (limits(v['mem_limit']))
        return true;
    const deploy = v['deploy'];
    const res = (0,yaml/* isObject */.Gv)(deploy) ? deploy['resources'] : undefined;
    const lim = (0,yaml/* isObject */.Gv)(res) ? res['limits'] : undefined;
    return (0,yaml/* isObject */.Gv)(lim) && limits(lim['memory']);
};
/** Memory limit state of a container after its patches are merged: present, missing, or not verifiable (templated `resources`). */
function k8sMemory(c) {
    const memory = c.get('resources', 'limits', 'memory');
    // `memory: 0` sets no cgroup limit (the kubelet leaves a zero limit unset; kube-score reports it as missing).
    return !memory ? 'missing' : !memory.readable ? 'unknown' : limits(memory.value) ? 'set' : 'zero';
}
/**
 * Namespaces (or '' for unspecified) that have a LimitRange giving containers a default memory limit:
 * its `default.memory`, or its `max.memory` when it sets no default (Kubernetes defaults a Container
 * item's `default` to its `max`).
 */
function limitRangeNamespaces(objects) {
    const out = new Set();
    for (const o of objects) {
        if (o.kind !== 'LimitRange')
            continue;
        const spec = o.value['spec'];
        const limits = (0,yaml/* isObject */.Gv)(spec) && Array.isArray(spec['limits']) ? spec['limits'] : [];
        if (limits.some((l) => (0,yaml/* isObject */.Gv)(l) && (l['type'] ?? 'Container') === 'Container' && [l['default'], l['max']].some((d) => (0,yaml/* isObject */.Gv)(d) && d['memory'] !== undefined && d['memory'] !== null)))
            out.add((0,repo_k8s/* namespaceOf */.N6)(o));
    }
    return out;
}
/** Compose services and Kubernetes containers declare a memory limit. */
const resourceLimits = defineCheck({
    id: 'resource-limits',
    title: 'Services have memory limits',
    severity: 'medium',
    description: 'Compose services and Kubernetes containers declare a memory limit.',
    match: [
        {
            pattern: /\b(?:resource )?requests and limits\b[^;]*\b(?:containers?|pods?|deployments?|workloads?)\b|\blimits (?:are )?set (?:on|for) (?:every|all|each) (?:containers?|pods?)\b|\b(?:resource|memory) limits?\b[^;]*\b(?:docker|compose|containers?|kubernetes|k8s|pods?)\b|\b(?:docker|compose|containers?|kubernetes|k8s|pods?)\b[^;]*\b(?:resource|memory) limits?\b|\b(?:resources\.)?limits\.memory\b|\bmem_limit\b/,
            // Alerting on usage ("alert at 90% usage") and a JVM heap inside the limit are not the limit itself.
            unless: /\b(?:alert(?:s|ed|ing)?|usage|utili[sz]ation|jvm|heap|xmx)\b|%/,
            note: 'a promise about container resource limits: the check requires a memory limit',
        },
        {
            pattern: /\b(?:resource|memory) limits?\b/,
            context: /\b(?:docker|containers?|compose|kubernetes|k8s)\b/,
            unless: /\b(?:redis|database|db|jvm|heap|xmx|upload|file descriptors?|alert(?:s|ed|ing)?|usage|utili[sz]ation)\b|%/,
            note: 'resource limits under a Docker/containers heading',
        },
    ],
    docs: {
        why: 'A service without a memory limit can exhaust the host: one leak takes every neighbour down with it, and the kernel OOM killer picks its victim at random.',
        fix: 'Set `deploy.resources.limits.memory` (or `mem_limit`) per compose service, and `resources.limits.memory` per Kubernetes container.',
        details: [
            'Compose: a service passes with `deploy.resources.limits.memory` or `mem_limit` (after `extends` and merge keys; `0` and `-1` mean no limit to Docker and fail). Compose files in one folder are merged at deploy time (`-f docker-compose.yml -f docker-compose.prod.yml`), so a limit set for the service in any production file of the folder counts; a limit set only in a development overlay does not. One finding per service, at its key in the base file.',
            'Kubernetes: every app container of every workload needs `resources.limits.memory` (`0` sets no limit and fails, at that value). Workloads are Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, Argo Rollouts `Rollout` (one with a `workloadRef` borrows the template of the Deployment it names, which is judged as that Deployment), OpenShift `DeploymentConfig`, Knative `Service`/`Configuration`, and any other object whose `spec.template.spec` lists `containers` (OpenKruise CloneSet, …), policy objects (Kyverno, Gatekeeper) and `PodTemplate` aside. initContainers are not judged: they run to completion before the app starts — except native sidecars (`restartPolicy: Always`), which run beside it and are judged. A LimitRange with a default memory limit for containers in the same namespace (or an unspecified one) satisfies every container; so does one with only a `max.memory`, which Kubernetes takes as the default. A templated `resources` value that cannot be read is not judged. Helm chart templates are not judged (values supply resources); when the only Kubernetes containers are in templates and there is no compose service, the check is skipped and says so, naming a template that does not parse before rendering.',
            'Kustomize: objects of the same kind and name across files are one workload, except that two full definitions in different files (`deployment.staging.yaml` and `deployment.production.yaml` in one folder) are two, each judged (kubectl applies each whole; kustomize refuses duplicates). Full definitions (naming a container image, outside `overlays/`, not listed as a patch by a kustomization) are bases; the rest are patches, grouped by overlay (the kustomization that lists them under `patches`/`patchesStrategicMerge`, else their `overlays/<name>` folder, else their folder). Each overlay is merged over the base the way kustomize\'s strategic merge does: pod fields, containers matched by name, the overlay\'s fields overriding the base\'s, `null` or `$patch: delete` removing a field, `$patch: replace` replacing a mapping or a container list. Each production overlay is judged on its own (one that only lists the base under `resources:` renders it unchanged and is judged too); overlays in development folders (`overlays/dev/`) are not production. The patches of a kustomize Component apply with those of each kustomization that lists it under `components:` (a Component is never judged as a deployment of its own). JSON 6902 patches (a `patches:` or `patchesJson6902:` entry with a `target`, its ops inline or in a file) are applied too: their `add`/`replace`/`remove` ops under the pod template, containers addressed by index named as in the base (`/spec/template/spec/containers/0/resources`), a finding about a value they write pointing at that op; appends (`containers/-`) and ops inside lists of a container are not read. An inline strategic-merge patch (`patch: |-` holding a manifest; with a `target`, of the object it names) is a patch of that kustomization, located in its lines. So an overlay patch that adds limits satisfies its base, and one that sets `memory: null` (or `resources: null`) removes the limit: the finding then points at that `null` in the patch, not at the base that has the limit. A finding that holds only as overlays render the workload names them (`in kustomize overlay overlays/staging`).',
            'Development-only compose files (`docker-compose.override.yml`, `docker-compose.dev.yml`, `.devcontainer/`) and services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…) get `info` notes. Files under test folders and Helm chart templates (values decide) are not judged.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    run({ snapshot, report, skip }) {
        const objects = snapshot.k8sObjects();
        const groups = composeServiceGroups(snapshot);
        const workloads = k8sWorkloads(snapshot);
        // Helm chart templates leave resources to values: not judged.
        const k8s = workloads.filter((w) => !w.template && w.containers.some((c) => !c.init));
        if (!groups.length && !k8s.length) {
            // Only when a chart template has an app container: a workload listing none is no Helm matter.
            const templated = workloads.some((w) => w.template && w.containers.some((c) => !c.init));
            const unparsed = templated ? [] : unparsedChartTemplates(snapshot, /^(?:Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|ReplicationController|Rollout|DeploymentConfig)$/);
            skip(templated ? 'no compose services; Kubernetes containers only in Helm chart templates, which are not judged (resources come from values)'
                : unparsed.length ? `no compose services; Kubernetes workloads only in ${unparsedNote(unparsed)}` : 'no compose services or Kubernetes containers');
            return;
        }
        for (const { svc, dev, devReason } of composeMissing(snapshot, hasComposeMemory)) {
            const message = `compose service '${svc.name}' has no memory limit; set deploy.resources.limits.memory (or mem_limit)`;
            report({ file: svc.file, line: svc.line, column: svc.column, message: dev ? `${message} (${devReason})` : message, note: dev || undefined });
        }
        const defaults = limitRangeNamespaces(objects);
        // One finding per location; the overlays that deploy it are named together.
        const found = new Map();
        for (const w of k8s) {
            const ns = (0,repo_k8s/* namespaceOf */.N6)(w.object);
            if (defaults.has(ns) || defaults.has('') || (ns === '' && defaults.size))
                continue;
            for (const c of w.containers) {
                // A native sidecar (an initContainer with `restartPolicy: Always`) runs for the pod's whole life.
                const state = k8sMemory(c);
                if ((c.init && c.get('restartPolicy')?.value !== 'Always') || (state !== 'missing' && state !== 'zero'))
                    continue;
                // A limit an overlay patch removes (`memory: null`, `resources: null`) is reported where the patch removes it; a zero limit where it is written.
                const removal = state === 'missing' ? c.removed('resources', 'limits', 'memory') : null;
                const zero = state === 'zero' ? c.get('resources', 'limits', 'memory') : null;
                const pos = removal ? { file: removal.object.file, ...removal.object.loc(removal.path, true) } : zero ? { file: zero.object.file, ...zero.object.loc(zero.path) } : { file: c.at.object.file, line: c.at.line, column: c.at.column };
                const key = `${pos.file}:${pos.line}:${pos.column}:${c.name}`;
                const f = found.get(key) ?? { ...pos, head: `container '${c.name}' of ${(0,repo_k8s/* workloadLabel */.Uq)(w.object)} has no memory limit`, tail: `${removal ? ` (the patch ${removal.object.file} removes it)` : zero ? ` (resources.limits.memory: ${String(zero.value)} sets none)` : ''}; set resources.limits.memory`, overlays: [], solo: false };
                addVariant(f, w);
                found.set(key, f);
            }
        }
        // Overlays are named when the finding is theirs only (not also the definition's own).
        for (const f of found.values())
            report({ file: f.file, line: f.line, column: f.column, message: `${f.head}${overlayNote(f)}${f.tail}` });
    },
});

;// CONCATENATED MODULE: ./lib/checks/restart-policy.js






const ONE_SHOT_NAME = /(^|[-_])(migrat\w*|init\w*|setup\w*|seed\w*|bootstrap\w*|provision\w*|createbuckets?|fixtures?|collectstatic|once|oneshot)([-_]|$)/i;
/** Profiles that mark opt-in tooling, not the running application: development/tooling profiles (shared, DEV_PROFILE) and one-shot tasks. */
const ONE_SHOT_PROFILE = /^(migrat\w*|seed|setup|init|admin|manage\w*|cli|scripts?|jobs?)$/i;
const isToolProfile = (p) => repo_compose/* DEV_PROFILE */.A_.test(p) || ONE_SHOT_PROFILE.test(p);
/** Swarm-only `deploy` keys: a stack deployed with `docker stack deploy` restarts tasks by default (condition `any`). */
const SWARM_KEYS = ['placement', 'update_config', 'rollback_config', 'mode', 'endpoint_mode'];
const isSwarm = (svc) => {
    const deploy = svc.value['deploy'];
    return (0,yaml/* isObject */.Gv)(deploy) && SWARM_KEYS.some((k) => deploy[k] !== undefined);
};
/** `restart:` or `deploy.restart_policy` of a service: the policy, `no` (explicitly never), or null. */
function policy(svc) {
    const r = svc.value['restart'];
    if (r !== undefined && r !== null) {
        return { kind: r === false || String(r).trim().toLowerCase() === 'no' ? 'never' : 'set', path: ['restart'] };
    }
    const deploy = svc.value['deploy'];
    const rp = (0,yaml/* isObject */.Gv)(deploy) ? deploy['restart_policy'] : undefined;
    if ((0,yaml/* isObject */.Gv)(rp))
        return { kind: String(rp['condition'] ?? 'any').toLowerCase() === 'none' ? 'never' : 'set', path: ['deploy', 'restart_policy'] };
    return null;
}
/** Compose services declare a restart policy. */
const restartPolicy = defineCheck({
    id: 'restart-policy',
    title: 'Compose services have a restart policy',
    severity: 'low',
    description: 'Compose services declare `restart:` or `deploy.restart_policy`.',
    match: [
        {
            pattern: /\b(?:containers?|docker|compose)\b[^;]*\brestart polic(?:y|ies)\b|\brestart polic(?:y|ies)\b[^;]*\b(?:containers?|docker|compose)\b|\brestart: ?(?:always|unless-stopped|on-failure)\b/,
            // Compose only: ECS, Kubernetes, Nomad and systemd restart by their own rules.
            unless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd)\b/,
            note: 'a promise about container restart policies: the check reads compose services',
        },
        {
            // "Containers restart automatically", "Docker containers are restarted on failure", "auto-restart for compose services",
            // and the container named after the promise: "Restarts automatically if the container crashes" (a service's heading).
            pattern: /\b(?:containers?|docker|compose)\b[^;]*\b(?:restart(?:s|ed)?|auto-?restart(?:s|ed)?)\b[^;]*\b(?:automatically|on (?:failure|crash(?:es)?|reboot)|after (?:a )?(?:crash(?:es)?|reboot))\b|\b(?:containers?|docker|compose)\b[^;]*\bauto-?restart|\b(?:restart(?:s|ed)?|auto-?restart(?:s|ed)?)\b[^;]*\b(?:automatically|on (?:failure|crash(?:es)?|reboot)|after (?:a )?(?:crash(?:es)?|reboot))\b[^;]*\b(?:containers?|docker|compose)\b/,
            unless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd|pods?)\b/,
            note: 'a promise that containers come back by themselves: the check reads compose restart policies',
        },
        {
            pattern: /\brestart polic(?:y|ies)\b/,
            context: /\b(?:docker|containers?|compose)\b/,
            unless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd)\b/,
            note: 'restart policies under a Docker/containers heading',
        },
    ],
    docs: {
        why: 'Without a restart policy a crashed container, or every container after a host reboot, stays down until someone notices.',
        fix: 'Add `restart: unless-stopped` (or `deploy.restart_policy`) to each long-running service.',
        details: [
            'A service passes with `restart:` (any value) or `deploy.restart_policy`, after `extends` and merge keys; a policy set for the service in any production compose file of the same folder (an overlay such as `docker-compose.prod.yml`) counts, one in a development overlay does not.',
            '`restart: "no"` (or `condition: none`) is an explicit decision: it passes with an `info` note, because one-shot tasks (migrations, seeders) rightly never restart.',
            'A Swarm stack service (`deploy.placement`, `update_config`, `rollback_config`, `mode`, `endpoint_mode`) passes without a policy: Swarm restarts tasks by default.',
            'One-shot services without any policy are not judged: services that another service waits for with `condition: service_completed_successfully`, services named like one-shot tasks (`migrate`, `init`, `setup`, `seed`, `bootstrap`, `provision`, `createbuckets`, `collectstatic`), and services only in tooling profiles: the development/tooling profiles every compose check treats as development-only (`profiles: [tools]`, `dev`, `test`, `debug`, `ci`, `e2e`, `docs`…) and one-shot ones (`migrate`, `seed`, `setup`, `init`, `admin`, `cli`, `jobs`…).',
            'Development-only compose files get `info` notes. Kubernetes is not judged (controllers restart containers by default).',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    run({ snapshot, report, skip }) {
        const groups = composeServiceGroups(snapshot);
        if (!groups.length) {
            skip('no compose services');
            return;
        }
        // Services others wait for to complete are one-shot by construction.
        const completed = new Set();
        for (const svc of groups.flat()) {
            const deps = svc.value['depends_on'];
            if (!(0,yaml/* isObject */.Gv)(deps))
                continue;
            for (const [name, spec] of Object.entries(deps))
                if ((0,yaml/* isObject */.Gv)(spec) && spec['condition'] === 'service_completed_successfully')
                    completed.add(`${(0,classify/* dirname */.pD)(svc.file)}\u0000${name}`);
        }
        for (const group of groups) {
            const { judged, dev, devReason } = judgedServices(group);
            const svc = judged[0];
            const policies = judged.map((s) => ({ s, p: policy(s) })).filter((x) => x.p);
            const set = policies.find((x) => x.p.kind === 'set');
            if (set || (!policies.length && judged.some(isSwarm)))
                continue;
            const never = policies[0];
            if (never) {
                const at = never.s.loc(never.p.path);
                report({ file: never.s.file, line: at.line, column: at.column, note: true, message: `compose service '${svc.name}' is explicitly never restarted (${never.p.path[0] === 'restart' ? 'restart: "no"' : 'deploy.restart_policy.condition: none'}); fine for a one-shot task, not for a long-running service` });
                continue;
            }
            const profiles = svc.value['profiles'];
            const tooling = Array.isArray(profiles) && profiles.length > 0 && profiles.every((p) => isToolProfile(String(p)));
            if (completed.has(`${(0,classify/* dirname */.pD)(svc.file)}\u0000${svc.name}`) || ONE_SHOT_NAME.test(svc.name) || tooling)
                continue;
            const message = `compose service '${svc.name}' has no restart policy; add restart: unless-stopped (or deploy.restart_policy)`;
            report({ file: svc.file, line: svc.line, column: svc.column, message: dev ? `${message} (${devReason})` : message, note: dev || undefined });
        }
    },
});

;// CONCATENATED MODULE: ./lib/checks/tls-protocols-config.js










const WEAK_NGINX = new Set(['sslv2', 'sslv3', 'tlsv1', 'tlsv1.1']);
const WEAK_NODE_VERSION = /^(TLSv1|TLSv1\.1|SSLv3)$/;
const WEAK_NODE_METHOD = /^(SSLv2|SSLv3|TLSv1|TLSv1_1)(_server|_client)?_method$/;
function node(src) {
    const hits = [];
    const re = /\b(minVersion|maxVersion|secureProtocol)\s*:\s*(['"`])([^'"`\n]*)\2|\bDEFAULT_(MIN|MAX)_VERSION\s*=\s*(['"`])([^'"`\n]*)\5/g;
    for (const m of src.code.matchAll(re)) {
        // The key must be code, not text inside a string or a comment.
        if (src.bare[m.index] !== src.code[m.index])
            continue;
        const key = m[1] ?? `DEFAULT_${m[4]}_VERSION`;
        const value = m[3] ?? m[6];
        if (key === 'secureProtocol' ? WEAK_NODE_METHOD.test(value) : WEAK_NODE_VERSION.test(value))
            hits.push({ offset: m.index, what: `${key}${m[1] ? ':' : ' ='} '${value}' allows ${value.replace(/(_server|_client)?_method$/, '').replace('TLSv1_1', 'TLSv1.1')}` });
    }
    return hits;
}
function tls_protocols_config_python(src) {
    const hits = [];
    // Only where a protocol is selected (a mapping table or a comparison merely names it).
    for (const m of src.bare.matchAll(/\b(?:SSLContext\s*\(\s*|ssl_version\s*=\s*)(?:ssl\s*\.\s*)?PROTOCOL_(TLSv1_1|TLSv1|SSLv3|SSLv2)\b|\b(minimum_version|maximum_version)\s*=\s*(?:ssl\s*\.\s*)?TLSVersion\s*\.\s*(SSLv3|TLSv1_1|TLSv1)\b/g)) {
        const version = (m[1] ?? m[3]).replace('TLSv1_1', 'TLSv1.1');
        hits.push({ offset: m.index, what: m[1] ? `ssl.PROTOCOL_${m[1]} selects ${version}` : `${m[2]} = TLSVersion.${m[3]} allows ${version}` });
    }
    return hits;
}
/** Protocol names as Java, Spring and Ruby write them → the name findings use. */
const WEAK_NAMED = { tlsv1: 'TLSv1', 'tlsv1.0': 'TLSv1', 'tlsv1.1': 'TLSv1.1', tlsv1_1: 'TLSv1.1', sslv3: 'SSLv3', sslv2: 'SSLv2' };
const weakName = (value) => WEAK_NAMED[value.trim().toLowerCase()];
/** Go `MinVersion: tls.VersionTLS10` (struct literal) or `cfg.MinVersion = tls.VersionTLS11`; a comparison or a table is not a setting. */
const GO_VERSION = /\b(Min|Max)Version\s*(:(?!=)|=(?!=))\s*(?:([A-Za-z_]\w*)\s*\.\s*)?Version(TLS10|TLS11|SSL30)\b/g;
const GO_NAMES = { TLS10: 'TLSv1', TLS11: 'TLSv1.1', SSL30: 'SSLv3' };
function go(src) {
    return [...src.bare.matchAll(GO_VERSION)].map((m) => ({ offset: m.index, what: `${m[1]}Version${m[2] === ':' ? ':' : ' ='} ${m[3] ? `${m[3]}.` : ''}Version${m[4]} allows ${GO_NAMES[m[4]]}` }));
}
const JAVA_CONTEXT = /\bSSLContext\s*\.\s*getInstance\s*\(\s*(["'])(TLSv1|TLSv1\.1|SSLv3|SSLv2)\1/g;
/** `setEnabledProtocols(…)` (Java) and Kotlin's `enabledProtocols = arrayOf(…)`: the protocols a socket or engine may use. */
const JAVA_ENABLED = /\bsetEnabledProtocols\s*\(|\benabledProtocols\s*=(?!=)\s*(?:arrayOf|listOf)\s*\(/g;
function java(src) {
    const hits = [];
    for (const m of src.code.matchAll(JAVA_CONTEXT)) {
        if (src.bare[m.index] !== src.code[m.index])
            continue;
        hits.push({ offset: m.index, what: `SSLContext.getInstance("${m[2]}") selects ${m[2]}` });
    }
    for (const m of src.bare.matchAll(JAVA_ENABLED)) {
        const open = m.index + m[0].length - 1;
        const close = matchBracket(src, open);
        if (close < 0)
            continue;
        const weak = new Set();
        for (const s of src.code.slice(open, close).matchAll(/(["'])([^"'\n]*)\1/g)) {
            const w = weakName(s[2]);
            if (w)
                weak.add(w);
        }
        if (weak.size)
            hits.push({ offset: m.index, what: `${m[0].replace(/\s+/g, ' ').replace(/ \($/, '(')}…) enables ${[...weak].join(', ')}` });
    }
    return hits;
}
/** .NET protocol constants; `SslProtocols.Tls12` is not `SslProtocols.Tls` (the `\b`). `SslProtocols.Default` is SSL 3.0 and TLS 1.0. */
const CS_WEAK = /\b(?:SslProtocols\s*\.\s*(Tls11|Tls|Ssl3|Ssl2|Default)|SecurityProtocolType\s*\.\s*(Tls11|Tls|Ssl3))\b/g;
const CS_NAMES = { Tls: ['TLSv1'], Tls11: ['TLSv1.1'], Ssl3: ['SSLv3'], Ssl2: ['SSLv2'], Default: ['SSLv3', 'TLSv1'] };
/** Where .NET selects protocols: `SslProtocols = …` (Kestrel, HttpClientHandler), `EnabledSslProtocols = …`, `ServicePointManager.SecurityProtocol (|)= …`. */
const CS_ASSIGN = /\b(SslProtocols|EnabledSslProtocols|SecurityProtocol)\s*(\|?=)(?!=)/g;
const CS_MAX_EXPR = 600;
/** The weak constants of an expression that selects protocols; none when it removes them (`&= ~(…)`, `X & ~SslProtocols.Tls`). */
function csWeak(expr) {
    if (expr.includes('~'))
        return { consts: [], protocols: [] };
    const consts = [];
    const protocols = new Set();
    for (const m of expr.matchAll(CS_WEAK)) {
        consts.push(m[0].replace(/\s+/g, ''));
        for (const p of CS_NAMES[(m[1] ?? m[2])])
            protocols.add(p);
    }
    return { consts, protocols: [...protocols] };
}
function csharp(src) {
    const hits = [];
    for (const m of src.bare.matchAll(CS_ASSIGN)) {
        // The right-hand side: up to the end of the statement or of the enclosing initializer or argument list.
        const start = m.index + m[0].length;
        let depth = 0;
        let k = start;
        for (; k < src.bare.length && k - start < CS_MAX_EXPR; k++) {
            const c = src.bare[k];
            if (c === '(' || c === '[' || c === '{')
                depth++;
            else if (c === ')' || c === ']' || c === '}') {
                if (!depth)
                    break;
                depth--;
            }
            else if ((c === ';' || c === ',') && !depth)
                break;
        }
        const rhs = src.code.slice(start, k);
        const { protocols } = csWeak(rhs);
        if (protocols.length)
            hits.push({ offset: m.index, what: `${m[1]} ${m[2]} ${(0,util_text/* quoteSource */.IU)(rhs, 100)} allows ${protocols.join(', ')}` });
    }
    for (const call of findCalls(src, /AuthenticateAs(?:Server|Client)(?:Async)?/)) {
        for (const a of call.args) {
            const { consts, protocols } = csWeak(a.value);
            if (protocols.length)
                hits.push({ offset: call.start, what: `${call.callee.slice(call.callee.lastIndexOf('.') + 1)} with ${consts.join(' | ')} allows ${protocols.join(', ')}` });
        }
    }
    return hits;
}
/**
 * Ruby: `ctx.ssl_version = :TLSv1` (also `"TLSv1"`, `:TLSv1_1`, `:SSLv3`), `min_version`/`max_version = OpenSSL::SSL::TLS1_VERSION`
 * (also `TLS1_1_VERSION`, `SSL3_VERSION`, `:TLS1`, `:TLS1_1`), and the same as hash options (`ssl_version: :TLSv1`, `:min_version => …`).
 */
const RUBY_SETTING = /\b(ssl_version|min_version|max_version)\s*(?:=>|=(?!=)|:(?!:))\s*(:?[A-Za-z_]\w*(?:\s*::\s*[A-Za-z_]\w*)*|(['"])[\w.]+\3)/g;
const RUBY_NAMES = { TLSv1: 'TLSv1', TLSv1_1: 'TLSv1.1', 'TLSv1.1': 'TLSv1.1', SSLv3: 'SSLv3', SSLv2: 'SSLv2', TLS1: 'TLSv1', TLS1_1: 'TLSv1.1', SSL3: 'SSLv3', TLS1_VERSION: 'TLSv1', TLS1_1_VERSION: 'TLSv1.1', SSL3_VERSION: 'SSLv3' };
function ruby(src) {
    const hits = [];
    for (const m of src.code.matchAll(RUBY_SETTING)) {
        if (src.bare[m.index] !== src.code[m.index])
            continue;
        const value = m[2].replace(/\s+/g, '');
        const bare = value.replace(/^:|^['"]|['"]$/g, '').replace(/^(?:::)?(?:OpenSSL::)?(?:SSL::)?/, '');
        const version = RUBY_NAMES[bare];
        if (!version)
            continue;
        const written = m[0].replace(/\s+/g, ' ');
        hits.push({ offset: m.index, what: `${written} ${m[1] === 'ssl_version' ? 'selects' : 'allows'} ${version}` });
    }
    return hits;
}
/** Spring Boot `server.ssl.enabled-protocols` listing a weak protocol, `server.ssl.protocol=TLSv1`. */
function spring(file, text) {
    const out = [];
    const fileDev = (0,classify/* isDevOnly */.uL)(file) || isDevProfile(springFileProfile(file));
    for (const s of springSettings(file, text)) {
        const key = s.key.replace(/\[\d+\]$/, '');
        let what = null;
        if (key === 'server.ssl.enabled-protocols') {
            const weak = [...new Set(s.value.split(/[\s,[\]]+/).map(weakName).filter((w) => w !== undefined))];
            if (weak.length)
                what = `${s.key} allows ${weak.join(', ')}`;
        }
        else if (key === 'server.ssl.protocol') {
            const w = weakName(s.value);
            if (w)
                what = `server.ssl.protocol=${s.value.trim()} selects ${w}`;
        }
        if (what)
            out.push({ line: s.line, column: s.column, what, dev: fileDev || isDevProfile(s.profile) });
    }
    return out;
}
/** Other languages' source files this check reads; the scanner picks the reader by extension. */
const OTHER_TLS = /\.(go|java|kt|kts|scala|groovy|cs|rb)$/i;
const isTlsFile = (file) => !(0,classify/* isTemplate */.Fl)(file) && (isCodeFile(file) || ((OTHER_TLS.test(file) || isSpringConfig(file)) && !(0,classify/* isVendoredOrGenerated */.Gk)(file) && !(0,classify/* isTestFile */.hl)(file)));
/** A file's reader by its language, after a literal prefilter (most files name no protocol at all); null when the file cannot hold a hit. */
function otherReader(file, text) {
    const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
    if (ext === 'go')
        return text.includes('VersionTLS1') || text.includes('VersionSSL30') ? go : null;
    if (ext === 'cs')
        return text.includes('Protocol') ? csharp : null;
    if (ext === 'rb')
        return text.includes('TLSv1') || text.includes('SSLv') || text.includes('TLS1') || text.includes('SSL3') ? ruby : null;
    return text.includes('TLSv1') || text.includes('SSLv') ? java : null;
}
/** nginx `ssl_protocols`, Apache, Node, Python, Spring Boot, Go, Java/Kotlin, C# and Ruby TLS settings do not allow SSLv3/TLS 1.0/1.1. */
const tlsProtocolsConfig = defineCheck({
    id: 'tls-protocols-config',
    title: 'TLS configuration does not allow old protocols',
    severity: 'medium',
    description: 'nginx ssl_protocols, Apache SSLProtocol, Node minVersion/secureProtocol, Python ssl, Spring Boot server.ssl, Go tls.Config, Java SSLContext, .NET SslProtocols and Ruby OpenSSL settings do not allow SSLv2/SSLv3/TLS 1.0/TLS 1.1.',
    match: [
        {
            // The probe's phrase, and nginx's directive or Node's `minVersion: 'TLSv1.2'` named outright.
            pattern: new RegExp(`${phrases/* TLS_MINIMUM */.Lf.source}|\\bssl_protocols\\b|\\bminversion\\b[^;]*\\btls ?v?1\\.[23]\\b`),
            // Not under a heading about a database, mail, a mobile app or third parties.
            context: phrases/* WEB_TLS_CONTEXT */.Xo,
            unless: phrases/* TLS_NOT_WEB */.Lr,
            note: 'a promise about TLS versions: the check reads nginx ssl_protocols / Node minVersion',
        },
    ],
    docs: {
        why: 'SSLv3, TLS 1.0 and 1.1 are deprecated (RFC 8996) and broken by known attacks (POODLE, BEAST); allowing them lets an attacker downgrade connections and fails PCI DSS.',
        fix: 'Use `ssl_protocols TLSv1.2 TLSv1.3;` in nginx and `minVersion: \'TLSv1.2\'` in Node (or drop the override: current defaults are safe).',
        details: [
            'nginx: every `ssl_protocols` directive (in `http`, `server`, `stream`, or included files: `include` directives are followed to tracked files of any name, `snippets/ssl-params`, `sites-available/*`) naming `SSLv2`, `SSLv3`, `TLSv1` or `TLSv1.1` fails at its line; a config without `ssl_protocols` is not judged (nginx ≥ 1.23.4 defaults to TLSv1.2 TLSv1.3; the `tls-version` probe checks what is actually served). Upstream-side `proxy_ssl_protocols` is not judged.',
            'Apache: `SSLProtocol` in `*.conf` and `.htaccess` files, evaluated left to right (`all` includes TLSv1 and TLSv1.1, so `all -SSLv3` fails; `-all +TLSv1.2 +TLSv1.3` passes).',
            'Node: `minVersion`/`maxVersion: \'TLSv1\' | \'TLSv1.1\'`, `secureProtocol: \'TLSv1_method\' | \'TLSv1_1_method\' | \'SSLv3_method\'`, `tls.DEFAULT_MIN_VERSION = \'TLSv1\'`; the `--tls-min-v1.0`/`--tls-min-v1.1` flags in Dockerfiles, compose files, Procfiles, `.env` files and `package.json`.',
            'Python: `ssl.SSLContext(ssl.PROTOCOL_TLSv1)` (also `TLSv1_1`, `SSLv3`), `ssl_version=ssl.PROTOCOL_TLSv1` (wrap_socket, gunicorn config), and `minimum_version = ssl.TLSVersion.TLSv1`/`TLSv1_1`; merely naming a constant (a mapping table, a comparison) is not reported.',
            'Spring Boot: `server.ssl.enabled-protocols` listing `TLSv1`, `TLSv1.1` or `SSLv3` and `server.ssl.protocol=TLSv1`/`TLSv1.1`/`SSLv3`, in `application*.properties` and `application*.yml` (flat keys, nested YAML, YAML lists and `[0]` indexes, relaxed names like `enabledProtocols`); a `-dev`/`-local` profile file or a document activated only for such a profile (`spring.config.activate.on-profile: dev`) gives an `info` note.',
            'Go: `MinVersion`/`MaxVersion` set to `tls.VersionTLS10`, `tls.VersionTLS11` or `tls.VersionSSL30` in a `tls.Config{…}` literal or by assignment (`cfg.MinVersion = tls.VersionTLS10`); comparisons and version tables are not settings.',
            'Java/Kotlin: `SSLContext.getInstance("TLSv1")` (also `"TLSv1.1"`, `"SSLv3"`), and `setEnabledProtocols(new String[]{…})` / Kotlin `enabledProtocols = arrayOf(…)` listing a weak protocol.',
            'C#: `SslProtocols.Tls`, `Tls11`, `Ssl3`, `Ssl2`, `Default` and `SecurityProtocolType.Tls`, `Tls11`, `Ssl3` where protocols are selected: assigned to `SslProtocols`, `EnabledSslProtocols` or `ServicePointManager.SecurityProtocol` (`=` or `|=`), or passed to `AuthenticateAsServer`/`AuthenticateAsClient(Async)`. `SslProtocols.Tls12`/`Tls13` pass; removing protocols (`&= ~(SecurityProtocolType.Tls | …)`) and comparisons are not reported.',
            'Ruby: `ssl_version = :TLSv1` (also `:TLSv1_1`, `:SSLv3`, strings), `min_version`/`max_version = OpenSSL::SSL::TLS1_VERSION` (also `TLS1_1_VERSION`, `SSL3_VERSION`, `:TLS1`, `:TLS1_1`), as assignments or hash options (`min_version: :TLS1`).',
            'ASP.NET Core Kestrel: `Kestrel:EndpointDefaults:SslProtocols` and `Kestrel:Endpoints:<name>:SslProtocols` in `appsettings*.json` listing `Tls`, `Tls11`, `Ssl3`, `Ssl2` or `Default` (keys matched case-insensitively; `appsettings.Development.json` gives an `info` note).',
            'Kubernetes: the ingress-nginx (or F5 NGINX Ingress) controller ConfigMap\'s `ssl-protocols` key listing `SSLv2`, `SSLv3`, `TLSv1` or `TLSv1.1` (it becomes the controller\'s `ssl_protocols`).',
            'OkHttp `ConnectionSpec`, JVM system properties (`https.protocols`, `jdk.tls.*`) and protocols held in variables are not judged.',
            'Comments and strings are never read; tests (including `src/test/…` and `application-test.*`) and templates are skipped; code in development-only branches (`if debug {`, `if (env.IsDevelopment())`, `if Rails.env.development?`) gives `info` notes.',
        ].join('\n'),
    },
    options: schemas/* object */.Ikc({}),
    scan: () => ({
        accepts: isTlsFile,
        file(file, text) {
            if (isSpringConfig(file) && !isCodeFile(file)) {
                if (!text.includes('TLSv1') && !text.includes('SSLv'))
                    return undefined;
                const hits = spring(file, text);
                return hits.length ? hits : undefined;
            }
            let src;
            let found;
            if (isCodeFile(file)) {
                if (!text.includes('TLSv1') && !text.includes('SSLv') && !text.includes('_method'))
                    return undefined;
                src = scanSource(file, text);
                found = src.lang === 'python' ? tls_protocols_config_python(src) : node(src);
            }
            else {
                const read = otherReader(file, text);
                if (!read)
                    return undefined;
                src = otherSource(file, text);
                found = read(src);
            }
            const hits = found.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), what: h.what, dev: (0,classify/* isDevOnly */.uL)(file) || inDevBranch(src, h.offset) }));
            return hits.length ? hits : undefined;
        },
    }),
    run({ snapshot, scanned, report, skip }) {
        const nginx = deployedNginxConfigs(snapshot);
        const deploy = snapshot.files.filter((f) => (0,classify/* isDockerfile */.pZ)(f) || (0,classify/* isComposeFile */.Pv)(f) || (0,classify/* isProcfile */.RN)(f) || (0,classify/* isEnvFile */.qb)(f) || (0,classify/* basename */.P8)(f) === 'package.json');
        const nginxSet = new Set(snapshot.nginxFiles());
        const apache = snapshot.files.filter((f) => ((0,classify/* isNginxCandidate */.Aj)(f) || (0,classify/* basename */.P8)(f) === '.htaccess') && !nginxSet.has(f) && !(0,classify/* isTestFile */.hl)(f) && !(0,classify/* isVendoredOrGenerated */.Gk)(f));
        if (!nginx.length && !deploy.length && !apache.length && !snapshot.files.some(isTlsFile) && !snapshot.files.some((f) => (0,classify/* aspNetSettings */.Bt)(f) !== null) && !snapshot.k8sObjects().some((o) => o.kind === 'ConfigMap')) {
            skip('no nginx config, application code or deploy files');
            return;
        }
        for (const { file, directives } of nginx) {
            for (const d of directives) {
                if (d.name !== 'ssl_protocols')
                    continue;
                const weak = d.args.filter((a) => WEAK_NGINX.has(a.value.toLowerCase())).map((a) => a.value);
                if (weak.length)
                    report({ file, line: d.line, column: d.column, message: `ssl_protocols allows ${weak.join(', ')}; use ssl_protocols TLSv1.2 TLSv1.3;` });
            }
        }
        for (const { file, data } of scanned) {
            for (const h of data) {
                const message = `${h.what}; require TLS 1.2 or later`;
                report(h.dev ? { file, line: h.line, column: h.column, note: true, message: `${message} (development-only)` } : { file, line: h.line, column: h.column, message });
            }
        }
        // The ingress-nginx (and F5 NGINX Ingress) controller ConfigMap: `ssl-protocols` becomes nginx's ssl_protocols.
        const k8s = snapshot.k8sObjects().filter((o) => o.kind === 'ConfigMap' && !(0,classify/* isTemplate */.Fl)(o.file) && !(0,classify/* isTestFile */.hl)(o.file));
        for (const obj of k8s) {
            for (const e of (0,repo_k8s/* configMapData */.LS)(obj)) {
                if (e.key !== 'ssl-protocols')
                    continue;
                const weak = e.value.split(/\s+/).filter((w) => WEAK_NGINX.has(w.toLowerCase()));
                if (!weak.length)
                    continue;
                const message = `ingress-nginx ConfigMap '${obj.name ?? '?'}' ssl-protocols allows ${weak.join(', ')}; use "TLSv1.2 TLSv1.3" (the controller's default)`;
                report((0,classify/* isDevOnly */.uL)(obj.file) ? { file: obj.file, line: e.line, column: e.column, note: true, message: `${message} (development-only file)` } : { file: obj.file, line: e.line, column: e.column, message });
            }
        }
        for (const h of kestrel(snapshot)) {
            const message = `${h.what}; require TLS 1.2 or later (list only Tls12 and Tls13, or drop the setting: the operating system's defaults are safe)`;
            report(h.dev ? { file: h.file, line: h.line, column: h.column, note: true, message: `${message} (development-only)` } : { file: h.file, line: h.line, column: h.column, message });
        }
        for (const file of deploy) {
            if ((0,classify/* isTemplate */.Fl)(file) || (0,classify/* isTestFile */.hl)(file))
                continue;
            const lines = snapshot.lines(file);
            if (!lines)
                continue;
            lines.forEach((l, i) => {
                const m = /--tls-min-v1\.[01]\b/.exec(l);
                if (!m || /^\s*(#|\/\/)/.test(l))
                    return;
                const message = `node ${m[0]} allows ${m[0].endsWith('0') ? 'TLSv1' : 'TLSv1.1'}; remove the flag (Node defaults to TLS 1.2)`;
                report((0,classify/* isDevOnly */.uL)(file) ? { file, line: i + 1, column: m.index + 1, note: true, message: `${message} (development-only file)` } : { file, line: i + 1, column: m.index + 1, message });
            });
        }
        for (const file of apache) {
            const text = snapshot.text(file);
            if (text === undefined || !/^\s*SSLProtocol\s/im.test(text))
                continue;
            text.split(/\r?\n/).forEach((l, i) => {
                const m = /^\s*SSLProtocol\s+([^#]*)/i.exec(l);
                const weak = m ? apacheWeak(m[1]) : [];
                if (weak.length)
                    report({ file, line: i + 1, column: l.search(/\S/) + 1, message: `Apache SSLProtocol allows ${weak.join(', ')}; use SSLProtocol -all +TLSv1.2 +TLSv1.3` });
            });
        }
    },
});
const CS_WEAK_NAMES = { tls: 'TLSv1', tls11: 'TLSv1.1', ssl3: 'SSLv3', ssl2: 'SSLv2', default: 'SSLv3, TLSv1' };
/** A configuration key, case-insensitively (.NET configuration keys are): the actual key and its value. */
function cfgKey(obj, name) {
    for (const [k, v] of Object.entries(obj))
        if (k.toLowerCase() === name)
            return [k, v];
    return null;
}
/**
 * Kestrel's `SslProtocols` in `appsettings*.json`: `Kestrel:EndpointDefaults:SslProtocols` and
 * `Kestrel:Endpoints:<name>:SslProtocols` listing `Tls`, `Tls11`, `Ssl3`, `Ssl2` or `Default` (a list,
 * or one comma-separated string), at the first weak entry.
 */
function kestrel(snapshot) {
    const out = [];
    for (const file of snapshot.files) {
        const settings = (0,classify/* aspNetSettings */.Bt)(file);
        if (!settings || (0,classify/* isTemplate */.Fl)(file) || (0,classify/* isTestFile */.hl)(file) || (0,classify/* isVendoredOrGenerated */.Gk)(file))
            continue;
        const { dev } = settings;
        const doc = snapshot.yaml(file)?.docs[0];
        const k = (0,yaml/* isObject */.Gv)(doc?.value) ? cfgKey(doc.value, 'kestrel') : null;
        if (!doc || !k || !(0,yaml/* isObject */.Gv)(k[1]))
            continue;
        const blocks = [];
        const defaults = cfgKey(k[1], 'endpointdefaults');
        if (defaults && (0,yaml/* isObject */.Gv)(defaults[1]))
            blocks.push([[k[0], defaults[0]], 'EndpointDefaults']);
        const endpoints = cfgKey(k[1], 'endpoints');
        if (endpoints && (0,yaml/* isObject */.Gv)(endpoints[1]))
            for (const name of Object.keys(endpoints[1]))
                blocks.push([[k[0], endpoints[0], name], `endpoint '${name}'`]);
        for (const [path, label] of blocks) {
            let node = doc.value;
            for (const seg of path)
                node = node[seg];
            const protocols = (0,yaml/* isObject */.Gv)(node) ? cfgKey(node, 'sslprotocols') : null;
            if (!protocols)
                continue;
            const items = Array.isArray(protocols[1]) ? protocols[1] : typeof protocols[1] === 'string' ? [protocols[1]] : [];
            const weak = [];
            let first = -1;
            items.forEach((item, i) => {
                if (typeof item !== 'string')
                    return;
                for (const name of item.split(',')) {
                    const w = CS_WEAK_NAMES[name.trim().toLowerCase()];
                    if (!w)
                        continue;
                    for (const p of w.split(', '))
                        if (!weak.includes(p))
                            weak.push(p);
                    if (first < 0)
                        first = i;
                }
            });
            if (!weak.length)
                continue;
            const at = doc.loc(Array.isArray(protocols[1]) ? [...path, protocols[0], first] : [...path, protocols[0]]);
            out.push({ file, line: at?.line ?? 1, column: at?.column ?? null, what: `Kestrel ${label} SslProtocols allows ${weak.join(', ')}`, dev });
        }
    }
    return out;
}
const APACHE_ALL = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** Weak protocols an Apache `SSLProtocol` value enables (`all` includes TLSv1 and TLSv1.1; `-X` removes, `+X` or `X` adds). */
function apacheWeak(value) {
    const on = new Set();
    for (const tok of value.trim().split(/\s+/).filter(Boolean)) {
        const sign = tok[0] === '-' || tok[0] === '+' ? tok[0] : '+';
        const name = tok.replace(/^[-+]/, '').toLowerCase();
        const names = name === 'all' ? APACHE_ALL : APACHE_ALL.concat('SSLv2').filter((p) => p.toLowerCase() === name);
        for (const p of names)
            if (sign === '-')
                on.delete(p);
            else
                on.add(p);
    }
    return ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1'].filter((p) => on.has(p));
}

;// CONCATENATED MODULE: ./lib/checks/index.js


















/**
 * The explicit registry of static checks, sorted by id. A check that is not listed here does not
 * exist (no glob, no side-effect registration: it must survive the bundler). Add one line per check.
 */
const CHECKS = [
    cookieFlags,
    corsWildcard,
    databasePortExposed,
    debugMode,
    defaultCredentials,
    dockerfileHealthcheck,
    dockerfileNonRoot,
    dockerfileSecretsInEnv,
    envFileCommitted,
    envFileNotIgnored,
    hardcodedSecret,
    imageTagPinned,
    k8sProbes,
    k8sRunAsNonRoot,
    productionServer,
    resourceLimits,
    restartPolicy,
    tlsProtocolsConfig,
];


/***/ }),

/***/ 52907:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ quoteSource),
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   Ip: () => (/* binding */ SESSION_COOKIE_WORDS),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Vj: () => (/* binding */ printablePath),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   gd: () => (/* binding */ isRegExp),
/* harmony export */   q$: () => (/* binding */ containsAnyCase),
/* harmony export */   tq: () => (/* binding */ lowerText),
/* harmony export */   u8: () => (/* binding */ anchoredAlternation),
/* harmony export */   yC: () => (/* binding */ decodeCharacterReferences)
/* harmony export */ });
/**
 * The lowercase of a file's text, computed once per file: scanners that look for a word in any
 * case (`cookie`, `cors`) share it. `toLowerCase` plus `indexOf` is several times faster than a
 * case-insensitive regex over the text, and it never misses: a non-Unicode `/word/i` matches only
 * ASCII letters, whose lowercase is the word. (It may say yes where the regex says no, e.g. for
 * the Kelvin sign; callers use it as a gate before their exact patterns.)
 */
let lastText = null;
let lastLower = '';
function lowerText(text) {
    if (text !== lastText) {
        lastLower = text.toLowerCase();
        lastText = text;
    }
    return lastLower;
}
/**
 * Source text quoted in a finding message, on one line (messages are one line in every report):
 * whitespace runs (line breaks, indentation) become one space, the space just inside brackets and a
 * trailing comma before a closing bracket go (`[\n    "*",\n]` → `["*"]`), and text longer than
 * `max` characters is cut with `…`.
 */
function quoteSource(text, max = 60) {
    const one = text.trim().replace(/\s+/g, ' ').replace(/([[({]) /g, '$1').replace(/,? ?([\])}])/g, '$1');
    const chars = [...one];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : one;
}
/** `text` with every line break (and the whitespace around it) turned into one space: a name or value read from a file may hold one. */
function oneLine(text) {
    return /[\r\n\v\f\u2028\u2029]/.test(text) ? text.replace(/\s*[\r\n\v\f\u2028\u2029]\s*/g, ' ') : text;
}
/**
 * Text safe to print in a report: control characters (C0 but tab and newline, DEL, C1), which a server can put in
 * its headers and a repository in its files, and which a terminal would obey (0x9B is CSI), written as `\xNN`.
 */
function printable(text) {
    return /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text) ? text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, hexEscape) : text;
}
/**
 * A repository path as a report shows it: every control character — newline and tab too, which Git allows in
 * file names — written as `\xNN`, so a crafted name can neither break a report's lines nor drive a terminal.
 */
function printablePath(path) {
    return /[\x00-\x1f\x7f-\x9f]/.test(path) ? path.replace(/[\x00-\x1f\x7f-\x9f]/g, hexEscape) : path;
}
const hexEscape = (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
/** Whether `lower` contains `word`: every occurrence of the anchor is checked for the whole word around it. */
function includesWord(lower, w) {
    if (typeof w === 'string')
        return lower.includes(w);
    const offset = w.word.indexOf(w.anchor);
    if (offset < 0)
        return lower.includes(w.word);
    for (let i = lower.indexOf(w.anchor, offset), guard = 0; i !== -1 && guard <= lower.length; i = lower.indexOf(w.anchor, i + 1), guard++) {
        if (lower.startsWith(w.word, i - offset))
            return true;
    }
    return false;
}
/** Whether `text` contains one of `words` (lowercase) in any case. */
function containsAnyCase(text, ...words) {
    const lower = lowerText(text);
    return words.some((w) => includesWord(lower, w));
}
/** Whether `source` compiles as a case-insensitive regular expression (option validation). */
function isRegExp(source) {
    try {
        new RegExp(source, 'i');
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Words of session-like cookie names, as case-insensitive regular expressions: `sid` and `auth` only
 * as a word of the name (`connect.sid`, `auth_token`; not `sidebar_state`, `author_filter`), the rest
 * anywhere (`PHPSESSID`, `authToken`). The cookie-flags check and the cookie-security probe share them.
 */
const SESSION_COOKIE_WORDS = ['sess', '(?:^|[-_.])sid(?:$|[-_.])', '(?:^|[-_.])auth(?!or)', 'token', 'jwt', 'remember', 'login', 'user_?id'];
/** The 1-based line and column of an offset into a text. */
function lineColumnAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}
/**
 * How often each ASCII character occurs in source code, per 10,000 characters (measured over the
 * Python standard library, npm packages and YAML): the anchors below start at the rarest one.
 */
const CODE_CHAR_FREQUENCY = {
    '~': 1, '^': 1, Z: 2, '@': 3, Q: 3, '%': 4, X: 4, J: 4, Y: 4, '<': 5, W: 6, G: 7, '?': 8, V: 8, '`': 8, H: 8, '\t': 10,
    U: 10, z: 10, K: 10, 7: 10, 9: 11, '*': 12, B: 12, '|': 12, '!': 12, '+': 13, j: 13, 5: 13, 6: 14, '>': 14, 8: 14, '#': 14,
    '&': 15, $: 17, 4: 17, M: 18, O: 21, F: 21, D: 22, '\\': 22, 3: 22, '/': 23, q: 26, I: 27, L: 27, ']': 28, '[': 28, A: 29,
    C: 29, '-': 29, 2: 33, S: 33, T: 37, R: 41, k: 42, w: 43, N: 45, 1: 46, E: 46, v: 46, ';': 50, '}': 52, '{': 52, x: 54, 0: 55,
    P: 60, b: 71, y: 72, "'": 84, ':': 92, g: 97, h: 111, '=': 123, m: 128, _: 135, '"': 152, p: 168, ',': 172, f: 178, d: 178,
    '.': 179, u: 180, ')': 182, '(': 182, '\n': 194, c: 212, l: 270, i: 344, o: 345, n: 362, a: 376, r: 404, s: 441, t: 512, e: 735, ' ': 1848,
};
/** `s` as a literal inside a regular expression (`/` and `-` escaped too, for use in a class or a `/…/` source). */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/**
 * A regular expression source that matches wherever one of `needles` (literal strings) occurs,
 * each written to start at its rarest character: `environ` becomes `v(?<=env)iron`. A regex
 * searching for an alternation stops at every occurrence of each alternative's first character,
 * and `e`, `p` or `:` occur everywhere in code; `v`, `K` or `[` are several times rarer. A match
 * starts at the anchor, not at the needle: callers use the match to find its line, or to test.
 * When every needle is 6 characters or more the plain alternation is kept: V8 then skips through
 * the text with a Boyer-Moore table over the needles' characters, which the lookbehinds would
 * disable (measured over the bench monorepo: Python's 12 settings needles, `KEY` and `://` among
 * them, 330 → 70 ms anchored; the 6-to-11-character JavaScript ones 125 ms either way).
 */
function anchoredAlternation(needles) {
    const some = needles.filter((n) => n !== '');
    if (some.every((n) => n.length >= 6))
        return some.map(escapeRegExp).join('|');
    return some.map((n) => {
        let at = 0;
        for (let i = 1; i < n.length; i++)
            if ((CODE_CHAR_FREQUENCY[n[i]] ?? 0) < (CODE_CHAR_FREQUENCY[n[at]] ?? 0))
                at = i;
        return at === 0 ? escapeRegExp(n) : `${escapeRegExp(n[at])}(?<=${escapeRegExp(n.slice(0, at + 1))})${escapeRegExp(n.slice(at + 1))}`;
    }).join('|');
}
const CHARACTER_NAMES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/**
 * HTML character references decoded (`&amp;`, `&lt;`, `&#39;`, `&#x2014;`, `&AMP;`): what a Markdown title or an
 * HTML attribute value stands for. Unknown names and invalid code points stay as written.
 */
function decodeCharacterReferences(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,6}));/g, (m, dec, hex, name) => {
        if (name !== undefined)
            return CHARACTER_NAMES[name] ?? (/^(?:AMP|LT|GT|QUOT)$/.test(name) ? CHARACTER_NAMES[name.toLowerCase()] : m);
        const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    });
}


/***/ }),

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

/***/ 82588:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ DEV_PROFILE),
/* harmony export */   Df: () => (/* binding */ composeEnvFiles),
/* harmony export */   EP: () => (/* binding */ composeIncludeFiles),
/* harmony export */   EX: () => (/* binding */ composeEnvironment),
/* harmony export */   FI: () => (/* binding */ composeBuild),
/* harmony export */   Iu: () => (/* binding */ devProfiles),
/* harmony export */   Qv: () => (/* binding */ composeShapeProblems),
/* harmony export */   b2: () => (/* binding */ composeExtendsFiles),
/* harmony export */   d3: () => (/* binding */ composeServices),
/* harmony export */   kZ: () => (/* binding */ composeDevOnly)
/* harmony export */ });
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52365);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84592);


const MERGE_CONCAT = new Set(['ports', 'expose', 'volumes', 'dns', 'dns_search', 'tmpfs', 'devices', 'cap_add', 'cap_drop', 'external_links', 'security_opt']);
function mergeService(base, over, replace = () => null, path = []) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const b = out[k];
        if (k === 'extends')
            continue;
        const how = replace([...path, k]);
        if (how === 'reset') {
            delete out[k];
            continue;
        }
        if (how === 'override') {
            out[k] = v;
            continue;
        }
        // Compose merges environment/labels entry by entry, whichever syntax each side uses.
        if ((k === 'environment' || k === 'labels') && b !== undefined) {
            out[k] = { ...toMap(b), ...toMap(v) };
            continue;
        }
        if (MERGE_CONCAT.has(k) && Array.isArray(b) && Array.isArray(v))
            out[k] = [...b, ...v];
        else if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(b) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
            out[k] = mergeService(b, v, replace, [...path, k]);
        else
            out[k] = v;
    }
    return out;
}
/** The `!reset`/`!override` tag a service definition puts on one of its values (compose-go honours them on `extends` too). */
function replaceTag(file, name) {
    return (path) => {
        const tag = file.docs[0]?.tag(['services', name, ...path]);
        return tag === '!reset' ? 'reset' : tag === '!override' ? 'override' : null;
    };
}
function toMap(v) {
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
        return v;
    if (!Array.isArray(v))
        return {};
    const out = {};
    for (const e of v) {
        if (typeof e !== 'string')
            continue;
        const eq = e.indexOf('=');
        out[eq < 0 ? e : e.slice(0, eq)] = eq < 0 ? null : e.slice(eq + 1);
    }
    return out;
}
/** Laravel Sail's app service: built from `vendor/laravel/sail/runtimes/…`, tagged `sail-<version>/app`. */
function isSailService(svc) {
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(svc))
        return false;
    const build = svc['build'];
    const context = typeof build === 'string' ? build : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(build) && typeof build['context'] === 'string' ? build['context'] : '';
    return /(?:^|\/)vendor\/laravel\/sail\//.test(context) || (typeof svc['image'] === 'string' && /^sail-[\w.]+\/app$/.test(svc['image']));
}
/**
 * The types the Compose specification allows for the service fields the checks read (`null` is
 * always allowed: an empty key). What else `docker compose config` refuses is not judged here.
 */
const SERVICE_FIELDS = {
    image: ['string'], restart: ['string'], mem_limit: ['string', 'number'],
    ports: ['list'], expose: ['list'], profiles: ['list'],
    environment: ['mapping', 'list'], labels: ['mapping', 'list'], env_file: ['string', 'list'],
    command: ['string', 'list'], entrypoint: ['string', 'list'],
    build: ['string', 'mapping'], extends: ['string', 'mapping'],
    deploy: ['mapping'], healthcheck: ['mapping'],
};
const DEPLOY_FIELDS = [
    [['deploy', 'resources'], ['mapping']], [['deploy', 'resources', 'limits'], ['mapping']],
    [['deploy', 'resources', 'limits', 'memory'], ['string', 'number']], [['deploy', 'restart_policy'], ['mapping']],
];
// `!!binary` values are byte arrays, no mapping.
const shapeOf = (v) => (Array.isArray(v) ? 'list' : ArrayBuffer.isView(v) ? 'binary data' : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) ? 'mapping' : typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : 'boolean');
const article = (s) => (s === 'list' || s === 'mapping' || s === 'string' || s === 'number' || s === 'boolean' ? `a ${s}` : s);
/**
 * Where a compose file has a shape `docker compose` refuses in what the checks read: `services` not
 * a mapping, a service not a mapping, or one of the fields above of another type (`ports: 5432`,
 * `mem_limit: [1]`, `image: 123`), located at the key. The message names the field and the type
 * expected, never the value. `broken` lists the services not to judge.
 */
function composeShapeProblems(file) {
    const problems = [];
    const broken = new Set();
    const doc = file.docs[0];
    if (!doc)
        return { problems, broken };
    // A file named as a compose file whose top level is a list or a scalar: docker compose refuses it whole.
    // (An empty document is an empty project: nothing to judge.)
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.value)) {
        if (doc.value !== null && doc.value !== undefined)
            problems.push({ line: 1, column: 1, message: `the top level is ${article(shapeOf(doc.value))}, not a mapping: docker compose refuses the file` });
        return { problems, broken };
    }
    const services = doc.value['services'];
    const at = (path) => doc.loc(path, true) ?? doc.loc(path) ?? { line: 1, column: 1 };
    const bad = (path, v, expected) => ({ ...at(path), message: `${path.join('.')} is ${article(shapeOf(v))}, not ${expected.map(article).join(' or ')}: docker compose refuses the file` });
    if (services === undefined || services === null) {
        // The Compose file format v1 (services at the top level, no `services:`): docker compose v2 refuses
        // it ("additional property web is not allowed"), so its services are not judged; say so, at the first.
        const v1 = Object.entries(doc.value).find(([k, v]) => !/^(?:version|name|networks|volumes|configs|secrets|include|models|x-.*)$/.test(k) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) && (v['image'] !== undefined || v['build'] !== undefined));
        if (v1)
            problems.push({ ...at([v1[0]]), message: `'${v1[0]}' is a service at the top level (the Compose file format v1, without \`services:\`): docker compose refuses the file; move the services under \`services:\`` });
        return { problems, broken };
    }
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(services)) {
        problems.push(bad(['services'], services, ['mapping']));
        return { problems, broken };
    }
    for (const [name, svc] of Object.entries(services)) {
        if (svc === null)
            continue;
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(svc)) {
            problems.push(bad(['services', name], svc, ['mapping']));
            broken.add(name);
            continue;
        }
        const checks = [...Object.entries(SERVICE_FIELDS).map(([k, t]) => [[k], t]), ...DEPLOY_FIELDS];
        for (const [path, expected] of checks) {
            let v = svc;
            for (const k of path)
                v = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) ? v[k] : undefined;
            // `!reset` removes what an extended service sets, whatever it is written with (`ports: !reset`).
            if (v === undefined || v === null || doc.tag(['services', name, ...path]) === '!reset')
                continue;
            const shape = shapeOf(v);
            if (expected.includes(shape))
                continue;
            problems.push(bad(['services', name, ...path], v, expected));
            broken.add(name);
            break;
        }
    }
    return { problems, broken };
}
/**
 * Resolves a compose file's services, following `extends` (same file or `extends.file`), with the
 * `!reset`/`!override` tags of the extending definition honoured. With `repo`, an `extends` that
 * `docker compose` refuses — a file not in the repository, a service the file does not define, a
 * cycle — is a problem at that `extends` key, and the service is not returned (not judged).
 */
function composeServices(file, loadFile, repo) {
    const doc = file.docs[0];
    if (!doc || !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.value) || !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.value['services']))
        return [];
    const services = doc.value['services'];
    const servicesOf = (f) => {
        const d = f.docs[0];
        return d && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(d.value) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(d.value['services']) ? d.value['services'] : {};
    };
    // A reference docker compose refuses, at the `extends` key of the definition that makes it.
    let broken = false;
    const refuse = (src, message) => {
        broken = true;
        const at = src.file.docs[0]?.loc(['services', src.name, 'extends'], true) ?? { line: 1, column: 1 };
        repo?.problem({ file: src.file.path, ...at, message: `services.${src.name}.extends ${message}: docker compose refuses the file` });
    };
    const resolve = (f, name, depth, chain) => {
        const svc = servicesOf(f)[name];
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(svc))
            return {};
        const src = { file: f, name, svc };
        chain.push(src);
        const ext = svc['extends'];
        if (!ext || depth > 8)
            return svc;
        const spec = typeof ext === 'string' ? { service: ext } : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ext) ? ext : {};
        const baseName = typeof spec['service'] === 'string' ? spec['service'] : null;
        if (!baseName)
            return svc;
        let baseFile = f;
        if (typeof spec['file'] === 'string') {
            const p = (0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)((0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .dirname */ .pD)(f.path), spec['file']);
            // A path leaving the repository cannot be read: not judged, not refused.
            if (p !== null && repo && !repo.has(p)) {
                refuse(src, `names file ${spec['file']}, which is not in the repository`);
                return svc;
            }
            baseFile = p ? loadFile(p) : undefined;
        }
        if (baseFile && !baseFile.errors.length && servicesOf(baseFile)[baseName] === undefined) {
            refuse(src, `names service '${baseName}', which ${baseFile === f ? 'this file' : baseFile.path} does not define`);
            return svc;
        }
        if (baseFile && chain.some((c) => c.file.path === baseFile.path && c.name === baseName)) {
            refuse(src, `leads back to service '${baseName}' (${[...chain.map((c) => c.name), baseName].join(' → ')}), a cycle`);
            return svc;
        }
        const base = baseFile ? resolve(baseFile, baseName, depth + 1, chain) : {};
        return mergeService(base, svc, replaceTag(f, name));
    };
    // Laravel Sail's docker-compose.yml: the app builds from `vendor/laravel/sail/runtimes/…` (image `sail-8.3/app`);
    // every service beside it is part of that local environment.
    const devEnvironment = Object.values(services).some(isSailService) ? "Laravel Sail's development environment" : null;
    return Object.keys(services).flatMap((name) => {
        const keyPos = doc.loc(['services', name], true) ?? { line: 1, column: 1 };
        const chain = [];
        broken = false;
        const value = resolve(file, name, 0, chain);
        if (broken && repo)
            return [];
        // Where a list `extends` concatenates (`ports`…) starts: at the nearest definition that replaces what it
        // extends (`ports: !override [...]`, `!reset`, or something other than a list), else at the deepest base.
        const listFrom = (list) => {
            const k = chain.findIndex((src, i) => i < chain.length - 1 && src.svc[list] !== undefined && (!Array.isArray(src.svc[list]) || replaceTag(src.file, src.name)([list]) !== null));
            return k < 0 ? chain.length - 1 : k;
        };
        return [{
                file: file.path,
                name,
                line: keyPos.line,
                column: keyPos.column,
                value,
                devEnvironment,
                loc(path, key = false) {
                    return doc.loc(['services', name, ...path], key) ?? keyPos;
                },
                origin(path, key = false) {
                    // An entry of a list `extends` concatenates (`ports`…): the bases' entries come first, deepest base first.
                    const [list, index] = path;
                    if (typeof list === 'string' && typeof index === 'number' && MERGE_CONCAT.has(list)) {
                        let offset = 0;
                        for (let k = listFrom(list); k >= 0; k--) {
                            const src = chain[k];
                            const own = src.svc[list];
                            const n = Array.isArray(own) ? own.length : 0;
                            if (index < offset + n) {
                                const at = src.file.docs[0]?.loc(['services', src.name, list, index - offset, ...path.slice(2)], key);
                                if (at)
                                    return { file: src.file.path, ...at };
                                break;
                            }
                            offset += n;
                        }
                    }
                    for (const src of chain) {
                        const at = src.file.docs[0]?.loc(['services', src.name, ...sourcePath(src.svc, path)], key);
                        if (at)
                            return { file: src.file.path, ...at };
                    }
                    return { file: file.path, ...keyPos };
                },
            }];
    });
}
/**
 * `path` as written in one source: `environment`/`labels` are merged entry by entry whichever
 * syntax each side uses, so a key of the merged map may be a list item (`- KEY=value`) there.
 */
function sourcePath(svc, path) {
    const [head, key, ...rest] = path;
    if ((head !== 'environment' && head !== 'labels') || typeof key !== 'string')
        return path;
    const list = svc[head];
    if (!Array.isArray(list))
        return path;
    const i = list.findIndex((e) => typeof e === 'string' && (e === key || e.startsWith(`${key}=`)));
    return i < 0 ? path : [head, i, ...rest];
}
/**
 * Profiles of development and tooling services: a service with `profiles` does not start with a
 * plain `docker compose up`, and one whose every profile is one of these is opt-in development or
 * tooling (`profiles: [dev]`, `debug`, `test`, `tools`, `ci`, `docs`…), not the running application.
 * Other profiles (`prod`, `worker`, `monitoring`) may well be what production starts: judged as usual.
 */
const DEV_PROFILE = /^(dev\w*|debug\w*|test\w*|e2e|integration|tools?|tooling|local|ci|lint\w*|docs?|storybook|mocks?)$/i;
/** The profiles of a service when they are all development/tooling profiles (see {@link DEV_PROFILE}), else null. */
function devProfiles(value) {
    const p = value['profiles'];
    if (!Array.isArray(p) || !p.length)
        return null;
    const names = p.map(String);
    return names.every((n) => DEV_PROFILE.test(n)) ? names : null;
}
/**
 * Why a compose service is development-only, for messages (`development-only file`, `only in
 * compose profile 'dev'`), or null when it may run in production: by its file's name or place
 * (isDevOnly), by its profiles (devProfiles), or by the environment its file sets up (Laravel Sail's).
 * Its findings are `info` notes.
 */
function composeDevOnly(svc) {
    if ((0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .isDevOnly */ .uL)(svc.file))
        return 'development-only file';
    if (svc.devEnvironment)
        return svc.devEnvironment;
    const p = devProfiles(svc.value);
    return p ? `only in compose profile${p.length > 1 ? 's' : ''} ${p.map((n) => `'${n}'`).join(', ')}` : null;
}
/**
 * The build context and Dockerfile of a compose service (`build: dir` or `build: { context,
 * dockerfile, target }`), as repository paths, and the stage it builds (`target`, null for the
 * final stage); null without a build, or when either leaves the repository.
 */
function composeBuild(file, svc) {
    const build = svc.value['build'];
    if (build === undefined || build === null)
        return null;
    const rel = typeof build === 'string' ? build : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(build) && typeof build['context'] === 'string' ? build['context'] : '.';
    const context = (0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)((0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .dirname */ .pD)(file), rel);
    if (context === null)
        return null;
    const dockerfile = (0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)(context, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(build) && typeof build['dockerfile'] === 'string' ? build['dockerfile'] : 'Dockerfile');
    const target = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(build) && typeof build['target'] === 'string' && build['target'].trim() ? build['target'].trim() : null;
    return dockerfile === null ? null : { context, dockerfile, target };
}
/** Paths named by `extends.file` in a compose document (they are compose files too). */
function composeExtendsFiles(file) {
    const doc = file.docs[0];
    if (!doc || !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.value) || !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.value['services']))
        return [];
    const out = [];
    for (const svc of Object.values(doc.value['services'])) {
        if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(svc) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(svc['extends']) && typeof svc['extends']['file'] === 'string') {
            const p = (0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)((0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .dirname */ .pD)(file.path), svc['extends']['file']);
            if (p)
                out.push(p);
        }
    }
    return out;
}
/**
 * Paths named by the top-level `include:` of a compose document (Compose v2.20+), resolved against
 * the including file's folder: each entry a path string, or a mapping whose `path` is a string or a
 * list of strings (`project_directory` and `env_file` do not move the path). Paths leaving the
 * repository, and remote includes (`oci://`, git URLs), are left out.
 */
function composeIncludeFiles(file) {
    const doc = file.docs[0];
    const include = doc && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.value) ? doc.value['include'] : undefined;
    if (!Array.isArray(include))
        return [];
    const out = [];
    const add = (rel) => {
        if (typeof rel !== 'string' || !rel.trim() || rel.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(rel) || /^git@/.test(rel))
            return;
        const p = (0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)((0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .dirname */ .pD)(file.path), rel.trim());
        if (p && !out.includes(p))
            out.push(p);
    };
    for (const entry of include) {
        if (typeof entry === 'string')
            add(entry);
        else if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry)) {
            const path = entry['path'];
            if (Array.isArray(path))
                path.forEach(add);
            else
                add(path);
        }
    }
    return out;
}
/**
 * The repository paths of the files a compose service's `env_file` names (a string, a list, `- path: …` entries), in
 * order, relative to the compose file that writes the `env_file` (an `extends` base in another folder resolves its own).
 */
function composeEnvFiles(svc) {
    const ef = svc.value['env_file'];
    if (ef === undefined || ef === null)
        return [];
    const list = (Array.isArray(ef) ? ef : [ef]).map((x) => ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(x) ? x['path'] : x)).filter((x) => typeof x === 'string');
    const dir = (0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .dirname */ .pD)(svc.origin(['env_file']).file);
    return list.map((rel) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)(dir, rel)).filter((p) => p !== null);
}
/** Environment of a compose service as key/value pairs (list or map syntax). */
function composeEnvironment(svc) {
    const env = svc.value['environment'];
    const out = [];
    if (Array.isArray(env)) {
        env.forEach((e, i) => {
            if (typeof e !== 'string')
                return;
            const eq = e.indexOf('=');
            out.push({ key: eq < 0 ? e : e.slice(0, eq), value: eq < 0 ? null : e.slice(eq + 1), path: ['environment', i] });
        });
    }
    else if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(env)) {
        for (const [k, v] of Object.entries(env))
            out.push({ key: k, value: v === null || v === undefined ? null : String(v), path: ['environment', k] });
    }
    return out;
}


/***/ }),

/***/ 35444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   FW: () => (/* binding */ rootFrom),
/* harmony export */   OZ: () => (/* binding */ lineage),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   V2: () => (/* binding */ substitute),
/* harmony export */   VH: () => (/* binding */ effectiveInstructions),
/* harmony export */   Vo: () => (/* binding */ expandWord),
/* harmony export */   pN: () => (/* binding */ shippedEnv),
/* harmony export */   sO: () => (/* binding */ withVariables)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78390);
/* harmony import */ var _nearest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42037);


/** The stage followed by the stages it inherits from (`FROM builder AS final` → [final, builder, …]). */
function lineage(stage) {
    const out = [];
    let s = stage;
    while (s && !out.includes(s) && out.length < 64) {
        out.push(s);
        s = s.from.stage;
    }
    return out;
}
/** All instructions that take effect in `stage`, inherited ones first. */
function effectiveInstructions(stage) {
    return lineage(stage).reverse().flatMap((s) => s.instructions);
}
/**
 * The instructions that take effect in `stage` (inherited ones first), each with the variables in scope
 * when it runs: `ARG` defaults (a bare `ARG X` takes the global default) and `ENV` values, resolved
 * as they are declared (null: a variable without a value). The map is live: read it before the next step.
 */
function* withVariables(df, stage) {
    const vars = new Map();
    for (const ins of effectiveInstructions(stage)) {
        yield { ins, vars };
        if (ins.keyword === 'ARG')
            for (const p of ins.properties)
                vars.set(p.name, p.value !== null ? substitute(p.value, vars) : (vars.get(p.name) ?? df.globalArgs.get(p.name) ?? null));
        // One ENV substitutes the values from before it (`ENV a=bye b=$a` sets b to the older a).
        else if (ins.keyword === 'ENV')
            for (const [name, value] of ins.properties.map((p) => [p.name, p.value === null ? null : substitute(p.value, vars)]))
                vars.set(name, value);
    }
}
/**
 * The environment `stage` ships: for each name the last `ENV` that sets it (a later `ENV NODE_ENV=production`
 * replaces an inherited `ENV NODE_ENV=development`), with its value resolved as Docker does (`$X`, `${X:-d}`
 * from `ARG` defaults and earlier `ENV`s; null when a variable has no value). `buildArgs`: the `ARG` names in scope.
 */
function shippedEnv(df, stage) {
    const last = new Map();
    const args = new Set();
    for (const { ins, vars } of withVariables(df, stage)) {
        if (ins.keyword === 'ARG')
            for (const p of ins.properties)
                args.add(p.name);
        if (ins.keyword !== 'ENV')
            continue;
        for (const p of ins.properties) {
            const value = p.value !== null && p.value.includes('$') ? substitute(p.value, vars) : p.value;
            last.delete(p.name);
            last.set(p.name, { name: p.name, raw: p.value, value, line: p.line, column: p.column, buildArgs: new Set(args) });
        }
    }
    return [...last.values()];
}
/** The base image (not a stage) that `stage` ultimately builds on. */
function rootFrom(stage) {
    const chain = lineage(stage);
    return chain[chain.length - 1].from;
}
const VAR_RE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/** Substitutes `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}`; null when a variable is unknown. */
function substitute(text, vars) {
    let unresolved = false;
    const out = text.replace(VAR_RE, (_m, braced, op, word, bare) => {
        const name = (braced ?? bare);
        const has = vars.has(name) && vars.get(name) !== null;
        const value = has ? vars.get(name) : undefined;
        if (op === ':-' || op === '-') {
            if (value !== undefined && (op === '-' || value !== ''))
                return value;
            return word ?? '';
        }
        if (op === ':+' || op === '+')
            return value !== undefined && (op === '+' || value !== '') ? (word ?? '') : '';
        if (value === undefined) {
            unresolved = true;
            return '';
        }
        return value;
    });
    return unresolved ? null : out;
}
/**
 * A word as Docker's shell-word expansion leaves it (`USER "${UID}:${GID}"` → `1000:1000`): variables
 * substituted outside single quotes, the quotes removed. Null when a variable is unknown.
 */
function expandWord(text, vars) {
    let out = '';
    for (const m of text.matchAll(/'([^']*)'?|"((?:[^"\\]|\\.)*)"?|[^'"]+/g)) {
        const part = m[1] !== undefined ? m[1] : substitute(m[2] !== undefined ? m[2].replace(/\\(["\\])/g, '$1') : m[0], vars);
        if (part === null)
            return null;
        out += part;
    }
    return out;
}
function pos(p) {
    return { line: p.line + 1, column: p.character + 1 };
}
/**
 * dockerfile-ast recomputes an instruction's raw arguments (a character walk that builds a Range
 * per word) on every call, and its own getArgumentsContent, getFlags and getArguments call each
 * other: five walks per instruction. The document never changes, so the first walk is kept on the
 * instance (copied per call: ModifiableInstruction.getArguments shifts the flags off its array).
 */
function cacheRawArguments(ins) {
    const own = ins;
    if (typeof own.getRawArguments !== 'function')
        return;
    const raw = own.getRawArguments();
    own.getRawArguments = () => raw.slice();
}
function toInstruction(ins) {
    cacheRawArguments(ins);
    const range = ins.getRange();
    const keyword = ins.getKeyword().toUpperCase();
    const args = (ins.getArgumentsContent() ?? '').trim();
    let argv = [];
    let exec = false;
    if (args.startsWith('[')) {
        try {
            const parsed = JSON.parse(args);
            if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) {
                argv = parsed;
                exec = true;
            }
        }
        catch { /* not JSON: shell form */ }
    }
    const flags = {};
    // dockerfile-ast keeps `--flag=value` out of the arguments of instructions that take flags.
    const withFlags = ins;
    for (const f of withFlags.getFlags?.() ?? [])
        flags[f.getName()] = f.getValue() ?? '';
    if (!exec) {
        const words = ins.getArguments().map((a) => a.getValue());
        let i = 0;
        // Leading --flags belong to the instruction (FROM --platform, COPY --chown, HEALTHCHECK --interval).
        while (i < words.length && /^--[a-z-]+(=|$)/.test(words[i]) && keyword !== 'RUN' && keyword !== 'CMD' && keyword !== 'ENTRYPOINT') {
            const [k, ...v] = words[i].slice(2).split('=');
            flags[k] = v.join('=');
            i++;
        }
        argv = words.slice(i);
    }
    const properties = [];
    if (keyword === 'ENV' || keyword === 'ARG' || keyword === 'LABEL') {
        const getProps = ins;
        const props = getProps.getProperties ? getProps.getProperties() : getProps.getProperty ? [getProps.getProperty()].filter((p) => p !== null) : [];
        for (const p of props) {
            if (!p)
                continue;
            const at = pos(p.getNameRange().start);
            properties.push({ name: p.getName(), value: p.getValue(), line: at.line, column: at.column });
        }
    }
    const start = pos(range.start);
    return { keyword, args, argv, exec, line: start.line, column: start.column, endLine: range.end.line + 1, flags, properties };
}
/** Parses a Dockerfile into stages with ARG-resolved `FROM`s and stage inheritance. Never throws. */
/** Dockerfile instructions (BuildKit's); parser directives and comments are no instructions. */
const INSTRUCTIONS = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);
/** Instructions BuildKit refuses without an argument (beyond USER, ARG and HEALTHCHECK, which have their own messages). */
const NEEDS_ARGUMENT = new Set(['MAINTAINER', 'WORKDIR', 'STOPSIGNAL', 'ENV', 'LABEL', 'ONBUILD', 'EXPOSE', 'VOLUME', 'SHELL']);
/** Instructions whose arguments BuildKit reads as a JSON array when they look like one. */
const JSON_FORM = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'ADD', 'COPY', 'VOLUME', 'SHELL']);
const jsonArrayOfOther = (text) => {
    try {
        const v = JSON.parse(text);
        return Array.isArray(v) && v.some((x) => typeof x !== 'string');
    }
    catch {
        return false;
    }
};
/** Whether `text` opens a `${` it never closes (single-quoted text is not expanded). */
const unclosedVariable = (text) => /\$\{[^}]*$/.test(text.replace(/\\./g, '').replace(/'[^']*'/g, ''));
/**
 * Why Docker refuses an instruction of a stage (null when it does not): a word that is no instruction
 * (named by its line only, as it may be anything pasted), a git merge-conflict marker, a `FROM` with
 * `AS` but no name (or extra words), an instruction without the argument it needs, a `COPY`/`ADD` without a destination,
 * a forbidden `ONBUILD` trigger, a JSON array of non-strings, a `SHELL` not in JSON form, a `USER` of several words, `${` without its `}`, an `ENV`
 * without a value or an `ENV`/`ARG` without a name, a `HEALTHCHECK` without `CMD` or `NONE`, a `CMD` without a command or a `NONE` with one.
 */
function instructionProblem(d) {
    if (/^(?:<{7}|={7}|>{7})/.test(d.keyword))
        return `line ${d.line} is a git merge-conflict marker (resolve the conflict)`;
    if (!INSTRUCTIONS.has(d.keyword)) {
        const near = /^[A-Z]{2,16}$/.test(d.keyword) ? (0,_nearest_js__WEBPACK_IMPORTED_MODULE_1__/* .nearestName */ .q)(d.keyword, INSTRUCTIONS) : null;
        return `line ${d.line} is not a Dockerfile instruction${near ? ` (did you mean ${near}?)` : ''}`;
    }
    if (d.keyword === 'FROM' && d.argv.length && !/^as$/i.test(d.argv[0]) && d.argv.length !== 1 && !(d.argv.length === 3 && /^as$/i.test(d.argv[1]))) {
        return d.argv.length === 2 && /^as$/i.test(d.argv[1]) ? 'FROM ends with AS but names no stage' : 'FROM takes an image and optionally AS <name>, nothing more';
    }
    // BuildKit's errExactlyOneArgument / errAtLeastOneArgument / errNoDestinationArgument (instructions/parse_test.go); USER, ARG and HEALTHCHECK have their own.
    if (NEEDS_ARGUMENT.has(d.keyword) && !d.args)
        return `${d.keyword} takes an argument but has none`;
    if ((d.keyword === 'COPY' || d.keyword === 'ADD') && d.argv.length < 2)
        return `${d.keyword} needs a source and a destination (${d.keyword} <src>... <dest>)`;
    if (d.keyword === 'ONBUILD') {
        const trigger = /^\S+/.exec(d.args)?.[0]?.toUpperCase();
        if (trigger === 'FROM' || trigger === 'ONBUILD' || trigger === 'MAINTAINER')
            return `ONBUILD ${trigger} is not allowed as a trigger`;
    }
    // "JSON arrays must contain only strings" (testfiles-negative/shykes-nested-json); a string that is no JSON is the shell form.
    if (JSON_FORM.has(d.keyword) && d.args.startsWith('[') && !d.exec && jsonArrayOfOther(d.args))
        return `${d.keyword} is a JSON array of something other than strings`;
    if (d.keyword === 'SHELL' && d.args && !d.exec)
        return 'SHELL must be a JSON array (SHELL ["/bin/bash", "-c"])';
    if (d.keyword === 'LABEL' && d.properties.some((p) => p.value === null))
        return 'LABEL names a label without a value (LABEL name=value)';
    if (d.keyword === 'USER' && d.argv.length > 1)
        return 'USER names more than one user (it takes one user[:group])';
    if ((d.keyword === 'USER' || d.keyword === 'FROM' || d.keyword === 'WORKDIR' || d.keyword === 'ENV' || d.keyword === 'ARG') && unclosedVariable(d.args))
        return `${d.keyword} opens a \${ without its closing }`;
    if ((d.keyword === 'ENV' || d.keyword === 'ARG' || d.keyword === 'LABEL') && d.properties.some((p) => !p.name))
        return `${d.keyword} sets ${d.keyword === 'LABEL' ? 'a label' : 'a variable'} without a name`;
    if (d.keyword === 'ENV' && d.properties.some((p) => p.value === null))
        return 'ENV names a variable without a value (ENV NAME=value)';
    if (d.keyword === 'HEALTHCHECK' && !/^(?:CMD|NONE)$/i.test(d.argv[0] ?? ''))
        return 'HEALTHCHECK names neither CMD nor NONE';
    // BuildKit: "Missing command after HEALTHCHECK CMD", "HEALTHCHECK NONE takes no arguments".
    if (d.keyword === 'HEALTHCHECK' && d.argv.length === 1 && /^CMD$/i.test(d.argv[0]))
        return 'HEALTHCHECK CMD names no command';
    if (d.keyword === 'HEALTHCHECK' && d.argv.length > 1 && /^NONE$/i.test(d.argv[0]))
        return 'HEALTHCHECK NONE takes no arguments';
    return null;
}
/**
 * BuildKit reads a word `<digits><<NAME` as a here-document on that file descriptor (`RUN 5<<EOF cat
 * /proc/self/fd/5`), and `<< NAME` / `<<- NAME` (blanks before the name: `RUN cat << EOF > /etc/motd`)
 * as one too, as is `<<eo'f'` (`eof`); dockerfile-ast knows only `<<NAME` and `<<'NAME'`, so it would read the body as
 * instructions. On RUN/COPY/ADD lines the name is quoted whole, the blanks move before the `<<` and the descriptor
 * digits become spaces (columns kept).
 */
const heredocDescriptors = (text) => text.includes('<<') ? text.replace(/^([ \t]*(?:ONBUILD[ \t]+)?(?:RUN|COPY|ADD)[ \t][^\n]*)$/gim, (line) => line
    // `<<NAME` inside a quoted word (`RUN echo "use <<EOF here"`) opens nothing for BuildKit; dockerfile-ast would read the
    // rest of the file as its body. Same length: `< NAME`.
    .replace(/'[^'\n]*'|"(?:[^"\\\n]|\\.)*"/g, (quoted) => quoted.replace(/<<(?=-?[ \t]*["']?[A-Za-z_])/g, '< '))
    // A quoted tail names the heredoc too (`<<eo'f'` is `eof`, not expanded): quoted whole, same length.
    .replace(/(?<=[ \t])(\d*<<-?)([A-Za-z_][A-Za-z0-9_]*)(["'])([A-Za-z0-9_]+)\3(?=[ \t\r]|$)/g, (_m, open, head, q, tail) => open + q + head + tail + q)
    .replace(/(?<=[ \t])(\d*<<-?)([ \t]+)((["']?)[A-Za-z_][A-Za-z0-9_]*\4)(?=[ \t\r]|$)/g, (_m, open, blanks, name) => blanks + open + name)
    .replace(/(?<=[ \t])\d+(?=<<-?["']?[A-Za-z_])/g, (d) => ' '.repeat(d.length))) : text;
/**
 * The name of a here-document `ins` opens but no line closes (BuildKit: "unterminated heredoc"; dockerfile-ast reads
 * the rest of the file as its body, hiding every instruction after it). Quoted `<<NAME` words open none: heredocDescriptors
 * has already taken them out of what dockerfile-ast parses.
 */
function unterminatedHeredoc(ins, keyword) {
    // Only RUN, COPY and ADD take here-documents; dockerfile-ast's getHeredocs throws on some malformed other
    // instructions (`FROM  \` continued onto a `\# escape=` line), and a parse must never throw.
    if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD')
        return null;
    try {
        const docs = ins.getHeredocs?.() ?? [];
        return docs.find((h) => !h.getDelimiterRange() && h.getName())?.getName() ?? null;
    }
    catch {
        return null;
    }
}
function parseDockerfile(path, text) {
    const df = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(heredocDescriptors(text.replace(/^\uFEFF/, '')));
    const instructions = df.getInstructions();
    const globalArgs = new Map();
    const stages = [];
    const problems = [];
    let current = null;
    for (const ins of instructions) {
        const d = toInstruction(ins);
        // An unknown "instruction" is named by its line only: it can be anything (`AWS_SECRET_ACCESS_KEY=…` pasted from an env file).
        if (!current && d.keyword !== 'FROM' && d.keyword !== 'ARG')
            problems.push({ line: d.line, column: d.column, message: INSTRUCTIONS.has(d.keyword) ? `${d.keyword} before the first FROM (only ARG may come first): Docker refuses to build it` : `line ${d.line} is not a Dockerfile instruction (expected FROM, or ARG before it): Docker refuses to build it` });
        if (d.keyword === 'FROM' && (!d.argv.length || /^as$/i.test(d.argv[0])))
            problems.push({ line: d.line, column: d.column, message: 'FROM names no image: Docker refuses to build it' });
        if ((d.keyword === 'USER' || d.keyword === 'ARG') && !d.args)
            problems.push({ line: d.line, column: d.column, message: `${d.keyword} names no ${d.keyword === 'USER' ? 'user' : 'variable'}: Docker refuses to build it` });
        // `USER root # temporarily`: a Dockerfile has no trailing comments, so BuildKit takes the whole rest of the line for the user
        // name; the build goes on and fails at the next RUN, or the container at its start ("unable to find user").
        else if (current && d.keyword === 'USER' && d.argv.length > 1 && d.argv[1].startsWith('#'))
            problems.push({ line: d.line, column: d.column, message: `USER '${d.args.slice(0, 80)}' holds a trailing comment, which Dockerfiles do not have: the user name is all of it, a user that does not exist (the next RUN or the container's start fails); put the comment on its own line` });
        else if (current || d.keyword === 'FROM' || d.keyword === 'ARG') {
            const p = instructionProblem(d);
            if (p)
                problems.push({ line: d.line, column: d.column, message: `${p}: Docker refuses to build it` });
        }
        const heredoc = unterminatedHeredoc(ins, d.keyword);
        if (heredoc)
            problems.push({ line: d.line, column: d.column, message: `${d.keyword} opens the here-document <<${heredoc}, but no line ${heredoc} closes it (everything after it would be its body): Docker refuses to build it` });
        if (d.keyword === 'FROM') {
            const words = d.argv;
            const raw = words[0] ?? '';
            const asIdx = words.findIndex((w) => w.toLowerCase() === 'as');
            const name = asIdx > 0 ? (words[asIdx + 1] ?? null) : null;
            const image = substitute(raw, globalArgs);
            const lower = image?.toLowerCase() ?? null;
            const stage = lower ? (stages.find((s) => s.name?.toLowerCase() === lower) ?? null) : null;
            const args = ins.getArguments();
            const imageArg = args.find((a) => !a.getValue().startsWith('--'));
            const imageColumn = imageArg ? imageArg.getRange().start.character + 1 : d.column;
            const imageLine = imageArg ? imageArg.getRange().start.line + 1 : d.line;
            current = {
                index: stages.length,
                name,
                from: { line: d.line, column: d.column, raw, image, imageColumn, imageLine, platform: d.flags['platform'] ?? null, stage },
                instructions: [],
            };
            stages.push(current);
        }
        else if (!current) {
            // Docker expands a default when it is declared (`ARG BASE=python:${PY}-slim` uses the PY above it); one that
            // names a variable without a value stays as written, for the reader to judge what it can see.
            if (d.keyword === 'ARG')
                for (const p of d.properties)
                    globalArgs.set(p.name, p.value === null ? null : (substitute(p.value, globalArgs) ?? p.value));
        }
        else {
            current.instructions.push(d);
        }
    }
    // Nothing to build: an empty file, only comments, or ARGs alone.
    if (!stages.length && !problems.length)
        problems.push({ line: 1, column: 1, message: `${instructions.length ? 'no FROM instruction' : 'no instructions (empty, or only comments)'}: Docker refuses to build it` });
    return { path, stages, final: stages[stages.length - 1] ?? null, globalArgs, problems };
}
/** Splits an image reference into registry/repository, tag and digest. Registry ports are not tags. */
function parseImageRef(ref) {
    let rest = ref.trim();
    let digest = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    let tag = null;
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { name: rest, tag, digest };
}


/***/ }),

/***/ 23503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ unquotedEnvValue),
/* harmony export */   v: () => (/* binding */ parseEnv)
/* harmony export */ });
/**
 * An unquoted dotenv value as dotenv and Compose read it: to the end of the line, a `#` after white
 * space starting a comment — also right after `=` (`KEY=   # set in vault` is empty; `afterBlank`:
 * white space stood between `=` and `rest`) — trailing blanks trimmed.
 */
function unquotedEnvValue(rest, afterBlank) {
    if (afterBlank && rest.startsWith('#'))
        return '';
    return rest.replace(/[ \t]#.*$/, '').trim();
}
/** The index in `s` of the first `q` not escaped by a backslash, from `from`; -1 when none. */
function closingQuote(s, q, from) {
    for (let i = s.indexOf(q, from); i >= 0; i = s.indexOf(q, i + 1))
        if (s[i - 1] !== '\\')
            return i;
    return -1;
}
const DOUBLE_QUOTED_ESCAPE = /\\([nrt"\\])/g;
const ESCAPED = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
function parseEnv(path, text) {
    const entries = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    /** Quote characters no later line closes (each unterminated quote then costs one scan, not one per line). */
    const unclosed = new Set();
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        // `KEY=value`, or YAML-style `KEY: value` (dotenv, Compose and the Ruby and Go loaders read it; a blank after `:`).
        const m = /^(\s*)(export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)(?:\s*=|:(?=[ \t]))([ \t]*)(.*)$/.exec(raw);
        if (!m)
            continue;
        const line = i + 1;
        let value = m[5];
        const valueColumn = raw.length - value.length + 1;
        const q = value[0];
        let close = q === '"' || q === "'" ? closingQuote(value, q, 1) : -1;
        if (close > 0)
            value = value.slice(1, close);
        else if (q === '"' || q === "'") {
            // A quoted value that goes on over the next lines, up to its closing quote; with none, the line is read unquoted.
            let j = unclosed.has(q) ? lines.length : i + 1;
            for (; j < lines.length && (close = closingQuote(lines[j], q, 0)) < 0; j++)
                ;
            if (j === lines.length)
                unclosed.add(q);
            // Only a closing quote that ends its line (a comment aside) closes a multi-line value, as dotenv requires
            // (python-dotenv drops such a binding, Compose rejects the file): `NAME='My App` then `OTHER='x'` is no value.
            else if (!/^\s*(?:#.*)?$/.test(lines[j].slice(close + 1)))
                close = -1;
            else {
                value = [value.slice(1), ...lines.slice(i + 1, j), lines[j].slice(0, close)].join('\n');
                i = j;
            }
        }
        if (close < 0)
            value = unquotedEnvValue(value, m[4] !== '');
        else if (q === '"')
            value = value.replace(DOUBLE_QUOTED_ESCAPE, (_, c) => ESCAPED[c]);
        entries.push({ key: m[3], value, line, column: m[1].length + (m[2]?.length ?? 0) + 1, valueColumn });
    }
    // The last line setting a key is the value the application gets.
    const last = new Map(entries.map((e, i) => [e.key, i]));
    return { path, entries: entries.filter((e, i) => last.get(e.key) === i) };
}


/***/ }),

/***/ 50976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ configMapData),
/* harmony export */   N6: () => (/* binding */ namespaceOf),
/* harmony export */   Uq: () => (/* binding */ workloadLabel),
/* harmony export */   Yb: () => (/* binding */ expandK8sObject),
/* harmony export */   _B: () => (/* binding */ podTemplateShapeProblem),
/* harmony export */   f0: () => (/* binding */ podSpec),
/* harmony export */   jY: () => (/* binding */ containerEnv),
/* harmony export */   l8: () => (/* binding */ containers),
/* harmony export */   op: () => (/* binding */ isExtraWorkload),
/* harmony export */   vh: () => (/* binding */ isKnative),
/* harmony export */   y_: () => (/* binding */ kustomizeLiterals),
/* harmony export */   yi: () => (/* binding */ isKustomizationFile),
/* harmony export */   z: () => (/* binding */ toK8sObject)
/* harmony export */ });
/* unused harmony export WORKLOAD_KINDS */
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52365);

const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController']);
/** The API group of an object (`apps`, `argoproj.io`; '' for the core group `v1`). */
const apiGroup = (obj) => (obj.apiVersion.includes('/') ? obj.apiVersion.slice(0, obj.apiVersion.indexOf('/')) : '');
/** A Knative Serving `Service` or `Configuration` (`serving.knative.dev`): `spec.template` is a pod template. */
const isKnative = (obj) => apiGroup(obj) === 'serving.knative.dev' && (obj.kind === 'Service' || obj.kind === 'Configuration');
/**
 * Workload kinds beyond the built-in ones whose `spec.template` is a pod template (read even in a
 * patch that has no containers): Argo Rollouts `Rollout` (with `spec.template`; one with a
 * `workloadRef` borrows the referenced Deployment's template, which is judged as that Deployment),
 * OpenShift `DeploymentConfig`, Knative `Service`/`Configuration`.
 */
function isExtraWorkload(obj) {
    const group = apiGroup(obj);
    if (obj.kind === 'Rollout')
        return group === 'argoproj.io';
    if (obj.kind === 'DeploymentConfig')
        return group === 'apps.openshift.io' || group === '';
    return isKnative(obj);
}
/** Policy and template objects that may spell a pod template without running one. */
const NOT_WORKLOAD_GROUP = /(?:^|\.)(?:kyverno\.io|gatekeeper\.sh|kubewarden\.io)$/;
const NOT_WORKLOAD_KINDS = new Set(['PodTemplate', 'PodPreset']);
/** How messages name a workload: `Deployment 'api'`, `Knative Service 'hello'`. */
function workloadLabel(obj) {
    return `${isKnative(obj) ? `Knative ${obj.kind}` : obj.kind} '${obj.name ?? '?'}'`;
}
function toK8sObject(file, doc) {
    const v = doc.value;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) || typeof v['apiVersion'] !== 'string' || typeof v['kind'] !== 'string')
        return null;
    const meta = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v['metadata']) ? v['metadata'] : {};
    const kindPos = doc.loc(['kind'], true) ?? { line: 1, column: 1 };
    const obj = {
        file,
        docIndex: doc.index,
        apiVersion: v['apiVersion'],
        kind: v['kind'],
        name: typeof meta['name'] === 'string' ? meta['name'] : null,
        item: null,
        value: v,
        line: kindPos.line,
        loc(path, key = false) {
            return doc.loc(path, key) ?? kindPos;
        },
    };
    if (isListKind(obj.kind))
        listDocs.set(obj, doc);
    return obj;
}
/** The document of each `List` object, to locate its items. */
const listDocs = new WeakMap();
/** `kind: List` (what `kubectl get -o yaml` writes) and typed lists (`DeploymentList`): wrappers whose `items` are the objects. */
const isListKind = (kind) => kind === 'List' || /^[A-Z]\w*List$/.test(kind);
/**
 * The objects a manifest object stands for: itself, or for a `List` the objects in its `items`
 * (nested lists unwrapped, bounded), each located in the same document (`items[i]…`). Items of a
 * typed list (`DeploymentList`) may omit `apiVersion`/`kind`: they inherit the list's.
 */
function expandK8sObject(obj) {
    const doc = listDocs.get(obj);
    if (!doc || !Array.isArray(obj.value['items']))
        return [obj];
    let out = expanded.get(obj);
    if (!out) {
        out = listItems(obj, doc, obj.value, [], 0);
        expanded.set(obj, out);
    }
    return out;
}
const expanded = new WeakMap();
function listItems(list, doc, container, at, depth) {
    const items = container['items'];
    if (!Array.isArray(items))
        return [];
    const listKind = typeof container['kind'] === 'string' ? container['kind'] : '';
    const listApi = typeof container['apiVersion'] === 'string' ? container['apiVersion'] : null;
    const out = [];
    items.forEach((v, i) => {
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
            return;
        const base = [...at, 'items', i];
        // Items of a typed list (`DeploymentList`) may leave out what the list says.
        const typed = listKind !== 'List';
        const kind = typeof v['kind'] === 'string' ? v['kind'] : typed ? listKind.replace(/List$/, '') : null;
        const apiVersion = typeof v['apiVersion'] === 'string' ? v['apiVersion'] : typed ? listApi : null;
        if (!kind || apiVersion === null)
            return;
        if (isListKind(kind) && Array.isArray(v['items'])) {
            if (depth < 3)
                out.push(...listItems(list, doc, v, base, depth + 1));
            return;
        }
        const meta = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v['metadata']) ? v['metadata'] : {};
        const pos = doc.loc([...base, 'kind'], true) ?? doc.loc(base) ?? list.loc(base);
        out.push({
            file: list.file,
            docIndex: list.docIndex,
            apiVersion,
            kind,
            name: typeof meta['name'] === 'string' ? meta['name'] : null,
            item: i,
            value: v,
            line: pos.line,
            loc(path, key = false) {
                return doc.loc([...base, ...path], key) ?? pos;
            },
        });
    });
    return out;
}
const TEMPLATE_SPEC = ['spec', 'template', 'spec'];
/**
 * The pod spec of a workload and its path: Pod (`spec`), CronJob (`spec.jobTemplate.spec.template.spec`),
 * the built-in controllers, Argo `Rollout`, OpenShift `DeploymentConfig` and Knative `Service`
 * (`spec.template.spec`), and any other object whose `spec.template.spec` lists `containers`
 * (OpenKruise CloneSet, Knative Eventing ContainerSource…), policy and template objects aside.
 */
function podSpec(obj) {
    const get = (path) => path.reduce((acc, k) => ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(acc) ? acc[k] : undefined), obj.value);
    let path = obj.kind === 'Pod' ? ['spec']
        : obj.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec']
            : WORKLOAD_KINDS.has(obj.kind) || isExtraWorkload(obj) ? TEMPLATE_SPEC : null;
    // The general rule: a pod template with containers, whatever the kind (not a patch: it needs `containers`).
    if (!path && !NOT_WORKLOAD_KINDS.has(obj.kind) && !NOT_WORKLOAD_GROUP.test(apiGroup(obj)) && Array.isArray(get([...TEMPLATE_SPEC, 'containers'])))
        path = TEMPLATE_SPEC;
    if (!path)
        return null;
    const spec = get(path);
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(spec) ? { spec, path } : null;
}
/** Containers and initContainers of a workload. */
function containers(obj) {
    const ps = podSpec(obj);
    if (!ps)
        return [];
    const out = [];
    for (const field of ['initContainers', 'containers']) {
        const list = ps.spec[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((c, i) => {
            // A strategic-merge directive entry (`- $patch: replace`) is not a container.
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(c) || Object.keys(c).every((k) => k.startsWith('$')))
                return;
            const path = [...ps.path, field, i];
            // An unnamed container (Knative's lone one) is located at its first key.
            const pos = 'name' in c ? obj.loc([...path, 'name'], true) : obj.loc(path);
            // Knative names a lone unnamed container `user-container`.
            const name = typeof c['name'] === 'string' ? c['name'] : isKnative(obj) && field === 'containers' && list.length === 1 ? 'user-container' : `#${i}`;
            out.push({ object: obj, container: c, path, init: field === 'initContainers', name, line: pos.line, column: pos.column });
        });
    }
    return out;
}
/** The literal env entries of every container of a workload, located at their `value:`. */
function containerEnv(obj) {
    const out = [];
    for (const c of containers(obj)) {
        const env = c.container['env'];
        if (!Array.isArray(env))
            continue;
        env.forEach((e, i) => {
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(e) || typeof e['name'] !== 'string')
                return;
            const v = e['value'];
            if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                return;
            const at = obj.loc([...c.path, 'env', i, 'value']);
            out.push({ container: c, name: e['name'], value: String(v), line: at.line, column: at.column });
        });
    }
    return out;
}
/** The scalar entries of a ConfigMap's `data` (none for other kinds), located at their values. */
function configMapData(obj) {
    const data = obj.kind === 'ConfigMap' ? obj.value['data'] : undefined;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(data))
        return [];
    const out = [];
    for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
            continue;
        const at = obj.loc(['data', key]);
        out.push({ key, value: String(value), line: at.line, column: at.column });
    }
    return out;
}
/** A kustomization file by name (`kustomization.yaml`, `kustomization.yml`, `Kustomization`). */
const isKustomizationFile = (path) => /^(?:kustomization\.ya?ml|Kustomization)$/i.test(path.slice(path.lastIndexOf('/') + 1));
/**
 * The `literals` of a kustomization's `configMapGenerator` and `secretGenerator` entries
 * (`- password=changeme`): the data of the ConfigMaps and Secrets kustomize generates, which
 * reach containers through `envFrom`/`valueFrom` like a written ConfigMap's `data`. Split at the
 * first `=` and one pair of quotes around the value removed, as kustomize reads them; positioned at
 * the value. `text` is the file's text (to step over a quoted YAML scalar).
 */
function kustomizeLiterals(docs, text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (const doc of docs) {
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.value))
            continue;
        for (const generator of ['configMapGenerator', 'secretGenerator']) {
            const entries = doc.value[generator];
            if (!Array.isArray(entries))
                continue;
            entries.forEach((entry, i) => {
                if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(entry) || !Array.isArray(entry['literals']))
                    return;
                const name = typeof entry['name'] === 'string' ? entry['name'] : '?';
                entry['literals'].forEach((literal, j) => {
                    if (typeof literal !== 'string')
                        return;
                    const eq = literal.indexOf('=');
                    if (eq <= 0)
                        return;
                    const key = literal.slice(0, eq).trim();
                    const value = literal.slice(eq + 1).replace(/^(["'])([^]*)\1$/, '$2');
                    const at = doc.loc([generator, i, 'literals', j]);
                    if (!at)
                        return;
                    const quoted = /["']/.test(lines[at.line - 1]?.charAt(at.column - 1) ?? '') ? 1 : 0;
                    out.push({ generator, name, key, value, line: at.line, column: at.column + quoted + eq + 1 });
                });
            });
        }
    }
    return out;
}
/** An object's `metadata.namespace` ('' when it names none). */
function namespaceOf(o) {
    const m = o.value['metadata'];
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(m) && typeof m['namespace'] === 'string' ? m['namespace'] : '';
}
/** Container fields the checks read that the API server decodes as mappings / as lists. */
const CONTAINER_MAPS = ['securityContext', 'resources', 'readinessProbe', 'livenessProbe', 'startupProbe'];
const CONTAINER_LISTS = ['command', 'args', 'env', 'ports'];
/**
 * The first place where a workload's pod template has a shape the API server cannot decode
 * (kubectl: "cannot unmarshal object into … []v1.Container"): a `containers` mapping (a `-` left
 * out), a `securityContext` or `resources.limits` written as a scalar, a container that is not a
 * mapping. Located at the key (an entry of a list: at the entry); the message names the field and
 * the shape expected, never the value. `null` (a patch removing a field) and a templated value
 * (`{{ … }}`, a Helm template read with its actions quoted) are not judged here.
 */
function podTemplateShapeProblem(obj) {
    const path = obj.kind === 'Pod' ? ['spec']
        : obj.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec']
            : WORKLOAD_KINDS.has(obj.kind) || isExtraWorkload(obj) ? TEMPLATE_SPEC : null;
    if (!path)
        return null;
    const shown = (p) => p.reduce((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
    const kindOf = (v) => (Array.isArray(v) ? 'a list' : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) ? 'a mapping' : 'a scalar');
    const templated = (v) => typeof v === 'string' && v.includes('{{');
    const bad = (p, v, expected, hint = '') => {
        const at = obj.loc(p, typeof p[p.length - 1] === 'string');
        return { ...at, message: `${shown(p)} of ${workloadLabel(obj)} is ${kindOf(v)}, not ${expected}${hint}: kubectl refuses it` };
    };
    // Each mapping on the way to the pod spec.
    let node = obj.value;
    for (let d = 0; d < path.length; d++) {
        const v = node[path[d]];
        if (v === undefined || v === null || templated(v))
            return null;
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
            return bad(path.slice(0, d + 1), v, 'a mapping');
        node = v;
    }
    const spec = node;
    const sc = spec['securityContext'];
    if (sc !== undefined && sc !== null && !templated(sc) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(sc))
        return bad([...path, 'securityContext'], sc, 'a mapping');
    for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
        const list = spec[field];
        if (list === undefined || list === null || templated(list))
            continue;
        if (!Array.isArray(list))
            return bad([...path, field], list, 'a list', (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(list) ? ' (is the `-` before the container missing?)' : '');
        for (let i = 0; i < list.length; i++) {
            const c = list[i];
            const at = [...path, field, i];
            if (c === null || templated(c))
                continue;
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(c))
                return bad(at, c, 'a mapping (a container)');
            for (const k of CONTAINER_MAPS) {
                const v = c[k];
                if (v !== undefined && v !== null && !templated(v) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
                    return bad([...at, k], v, 'a mapping');
            }
            for (const k of CONTAINER_LISTS) {
                const v = c[k];
                if (v !== undefined && v !== null && !templated(v) && !Array.isArray(v))
                    return bad([...at, k], v, 'a list');
            }
            const res = c['resources'];
            if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(res))
                for (const k of ['limits', 'requests']) {
                    const v = res[k];
                    if (v !== undefined && v !== null && !templated(v) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
                        return bad([...at, 'resources', k], v, 'a mapping', ' (names under it, such as `memory: 512Mi`)');
                }
        }
    }
    return null;
}


/***/ }),

/***/ 37650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ perView),
/* harmony export */   Fm: () => (/* binding */ Snapshot),
/* harmony export */   Kk: () => (/* binding */ NOTED_SKIPS)
/* harmony export */ });
/* unused harmony exports TEMPLATED_SKIP, LARGE_MANIFEST_SKIP, neutralizeTemplate, TEMPLATED_DOCKERFILE_SKIP, LARGE_DOCKERFILE_SKIP, LARGE_COMPOSE_SKIP */
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17763);
/* harmony import */ var _dockerfile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35444);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52365);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23503);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82588);
/* harmony import */ var _k8s_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50976);
/* harmony import */ var _suppress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77941);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18650);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(84592);










/** The skip reason of a templated (Helm) manifest that does not parse before rendering. */
const TEMPLATED_SKIP = 'templated manifest that does not parse as YAML before rendering';
/** A manifest (its first chunk names `apiVersion` and `kind`) too large to parse: said, not judged. */
/** The skip reason of a file of kind `what` too large to parse. */
const tooLarge = (what) => `it is larger than ${_read_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_FILE_BYTES */ .gZ} bytes (${what}: only the secret scan reads files that large)`;
const LARGE_MANIFEST_SKIP = tooLarge('a Kubernetes manifest');
const CACHE_BUDGET = 32 * 1024 * 1024;
const isTemplated = (text) => /\{\{[^}]*\}\}/.test(text);
/**
 * A Go-template YAML file (Helm) made parseable line for line, or null when it cannot be: lines that
 * are only actions (`{{- include "x.labels" . | nindent 4 }}`, `{{- if … }}`, `{{- end }}`) become
 * empty, and an unquoted value holding an action (`replicas: {{ .Values.replicaCount }}`) is quoted,
 * so it reads as the templated text the checks already treat as unverifiable. Both branches of a
 * conditional stay (a literal setting in either is written in the chart); an action in a key, or one
 * spread over lines, gives up.
 */
function neutralizeTemplate(text) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.includes('{{'))
            continue;
        if (WHOLE_ACTIONS.test(line)) {
            lines[i] = '';
            continue;
        }
        const m = VALUE_AT.exec(line);
        if (!m || !m[2].includes('{{') || (line.match(/\{\{/g) ?? []).length !== (line.match(/\}\}/g) ?? []).length)
            return null;
        let value = m[2].replace(/\s+#.*$/, '').trimEnd();
        const q = value[0];
        if (value.startsWith('{{')) {
            // An action followed by structure (`{{ .Values.x }}: [`) has a shape only rendering tells.
            if (/:\s|[[{]\s*$/.test(value.replace(/\{\{[^{}]*\}\}/g, '')))
                return null;
        }
        else if ((q === '"' || q === "'") && value.length > 1 && value.endsWith(q) && /\{\{[^}]*["'][^}]*\}\}/.test(value)) {
            // A quoted value whose actions hold quotes (`"{{ include "x.fullname" . }}-test"`): quoted again, whole.
            value = value.slice(1, -1);
        }
        else
            continue; // a plain or quoted scalar that merely contains an action reads as text already
        lines[i] = `${m[1]}'${value.replace(/'/g, "''")}'`;
    }
    return lines.join('\n');
}
/** A line made only of actions (and white space). */
const WHOLE_ACTIONS = /^\s*(?:\{\{[^{}]*\}\}\s*)+$/;
/** `key: value`, `- value` or `- key: value`, the key plain (no action in it): group 1 is everything before the value. */
const VALUE_AT = /^(\s*(?:-\s+)?(?:[\w.\/-]+\s*:\s+|-\s+|(?=\{\{)))(.*)$/;
/** The skip reasons of Dockerfiles not judged: rendered from a template first, or too large to parse. */
const TEMPLATED_DOCKERFILE_SKIP = 'templated Dockerfile (Jinja/Go template tags or a <placeholder> image in its instructions): it is rendered before it is built';
const LARGE_DOCKERFILE_SKIP = tooLarge('a Dockerfile');
/** Skips that become an `info` note (the file was not judged), not silence. */
/** A compose file too large to parse: said, not judged. */
const LARGE_COMPOSE_SKIP = tooLarge('a compose file');
const NOTED_SKIPS = new Set([TEMPLATED_SKIP, LARGE_MANIFEST_SKIP, TEMPLATED_DOCKERFILE_SKIP, LARGE_DOCKERFILE_SKIP, LARGE_COMPOSE_SKIP, _read_js__WEBPACK_IMPORTED_MODULE_7__/* .UNREADABLE_SKIP */ .CU]);
/**
 * A Dockerfile rendered from a template: a template file name, a line that is a template tag, or one in a `FROM`
 * (also a `<placeholder>` image, `FROM <valid_image_name>`: Docker refuses it as an invalid reference, so it is filled in first).
 */
const isTemplatedDockerfile = (file, text) => /\.(?:j2|jinja2?|tmpl|tpl|gotmpl)$/i.test(file)
    || /^[ \t]*\{[{%]/m.test(text) || /^[ \t]*FROM[ \t][^\n]*(?:\{\{|\{%)/im.test(text)
    || /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*<[\w .:/@-]+>/im.test(text);
/**
 * Files several checks read through the snapshot (config, and the code an entry point leads to):
 * kept after the first read, up to CACHE_BUDGET. Whole-repository reads (secrets, code patterns)
 * go through the file pass (src/engine/scan.ts) and are not kept.
 */
const SHARED_EXT = /\.(py|[cm]?[jt]sx?|ya?ml|json|toml|ini|cfg|conf|env|sh|properties|xml|template|example|sample|dist)$/i;
const isShared = (p) => SHARED_EXT.test(p) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isDockerfile */ .pZ)(p) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isEnvFile */ .qb)(p) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isProcfile */ .RN)(p) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isNginxCandidate */ .Aj)(p) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .basename */ .P8)(p) === '.gitignore' || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .basename */ .P8)(p) === '.htaccess';
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
    /** Skips the reader did not record: templated manifests. */
    extraSkips = [];
    gitignoreRules = null;
    reader;
    constructor(root, files, base = '') {
        this.root = root;
        this.base = base;
        this.files = files;
        this.fileSet = new Set(files);
        this.reader = new _read_js__WEBPACK_IMPORTED_MODULE_7__/* .RepoReader */ .Wp(root);
    }
    has(p) { return this.fileSet.has(p); }
    inScope() { return true; }
    /** A view restricted to the files `filter` accepts; parsed data is shared with the snapshot. */
    view(filter) {
        const files = this.files.filter(filter);
        const set = new Set(files);
        const self = this;
        return {
            files,
            has: (p) => set.has(p),
            // The `.gitignore` files whose rules apply are the repository's (gitignored, gitignoreFiles): their text too.
            text: (p) => (set.has(p) || self.gitignoreFiles().includes(p) ? self.text(p) : undefined),
            lines: (p) => (set.has(p) ? self.lines(p) : undefined),
            dockerfiles: () => self.dockerfiles().filter((d) => set.has(d.path)),
            composeFiles: () => self.composeFiles().filter((c) => set.has(c.path)),
            k8sObjects: () => self.k8sObjects().filter((k) => set.has(k.file)),
            envFiles: () => self.envFiles().filter((e) => set.has(e.path)),
            envFileAt: (p) => (set.has(p) ? self.envFileAt(p) : undefined),
            yaml: (p) => (set.has(p) ? self.yaml(p) : undefined),
            nginxFiles: () => self.nginxFiles().filter((f) => set.has(f)),
            gitignored: (p) => self.gitignored(p),
            gitignoreFiles: () => self.gitignoreFiles(),
            base: self.base,
            inScope: (p) => filter(p),
            chunks: (p) => (set.has(p) ? self.chunks(p) : null),
            binary: (p) => set.has(p) && self.binary(p),
        };
    }
    text(p) {
        if (this.texts.has(p))
            return this.texts.get(p) ?? undefined;
        const t = this.readText(p);
        if (t !== null && isShared(p) && this.cached + t.length <= CACHE_BUDGET) {
            this.texts.set(p, t);
            this.cached += t.length;
        }
        else if (t === null)
            this.texts.set(p, null);
        return t ?? undefined;
    }
    /** The text of `p` if the snapshot already holds it (a file pass on this thread need not read it again). */
    cachedText(p) {
        return this.texts.get(p) ?? undefined;
    }
    chunks(p) {
        return this.reader.readChunks(p, true);
    }
    binary(p) {
        return this.fileSet.has(p) && this.text(p) === undefined && this.reader.skipped.some((s) => s.file === p && s.reason === _read_js__WEBPACK_IMPORTED_MODULE_7__/* .BINARY_SKIP */ .I);
    }
    /** Lines of a file (split on demand, not kept: a line array costs more than its text). */
    lines(p) {
        return this.text(p)?.split(/\r?\n/);
    }
    readText(p) {
        const text = this.reader.read(p);
        if (text !== null && !this.suppressions.has(p)) {
            const sup = (0,_suppress_js__WEBPACK_IMPORTED_MODULE_6__/* .findSuppressions */ .A)(p, text);
            if (sup.length)
                this.suppressions.set(p, sup);
        }
        return text;
    }
    /** Files skipped (binary, too large, outside the repository) and templated manifests. */
    get skipped() { return [...this.reader.skipped, ...this.extraSkips]; }
    get reads() { return this.reader.reads; }
    /** Folds in the suppression comments a file pass (src/engine/scan.ts) found while reading files itself. */
    absorb(scan) {
        for (const [file, sup] of scan.suppressions)
            if (!this.suppressions.has(file))
                this.suppressions.set(file, sup);
        // What worker threads could not read is noted like what this thread could not.
        for (const file of scan.unreadable ?? [])
            if (!this.skipped.some((k) => k.file === file && k.reason === _read_js__WEBPACK_IMPORTED_MODULE_7__/* .UNREADABLE_SKIP */ .CU))
                this.skip(file, _read_js__WEBPACK_IMPORTED_MODULE_7__/* .UNREADABLE_SKIP */ .CU);
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
    /**
     * The Dockerfiles, parsed. Not judged, with a note: templates (rendered first) and files too large to parse;
     * not judged, as parse problems: a Dockerfile Docker itself refuses (an instruction before the first `FROM`
     * other than `ARG`, a `FROM` without an image, a `USER` without a user, a line that is no instruction…) — its checks would judge nonsense.
     */
    dockerfiles() {
        return this.memo('dockerfiles', () => this.dockerfilePaths().flatMap((f) => {
            const t = this.text(f);
            // UTF-16 (read as text for the secret scan): Docker refuses to build it.
            if (t !== undefined && this.reader.utf16.has(f)) {
                this.problem({ file: f, line: 1, column: 1, message: 'not UTF-8 text (UTF-16, with a byte-order mark): Docker refuses to build it' });
                return [];
            }
            if (t === undefined) {
                if (firstChunk(this.chunks(f)) !== undefined)
                    this.skip(f, LARGE_DOCKERFILE_SKIP);
                // A NUL byte: not text to Docker either (a Dockerfile saved as UTF-16 by a Windows editor).
                else if (this.reader.skipped.some((s) => s.file === f && s.reason === _read_js__WEBPACK_IMPORTED_MODULE_7__/* .BINARY_SKIP */ .I))
                    this.problem({ file: f, line: 1, column: 1, message: 'not UTF-8 text (NUL bytes: saved as UTF-16?): Docker refuses to build it' });
                return [];
            }
            if (isTemplatedDockerfile(f, t)) {
                this.skip(f, TEMPLATED_DOCKERFILE_SKIP);
                return [];
            }
            const model = (0,_dockerfile_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDockerfile */ .Ai)(f, t);
            const broken = model.problems[0];
            if (broken) {
                this.problem({ file: f, ...broken });
                return [];
            }
            return [model];
        }));
    }
    /**
     * The Dockerfiles: files named like one, and files a compose service builds from (`build.dockerfile`,
     * relative to the build context: `docker/Dockerfile-prod`), whatever their names.
     */
    dockerfilePaths() {
        const named = this.files.filter(_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isDockerfile */ .pZ);
        const set = new Set(named);
        // Only when some file may name a compose build: a repository without YAML files reads none here.
        if (this.files.some((f) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isComposeFile */ .Pv)(f) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isComposeCandidate */ .Ke)(f))) {
            for (const cf of this.composeFiles())
                for (const svc of cf.services) {
                    const build = (0,_compose_js__WEBPACK_IMPORTED_MODULE_4__/* .composeBuild */ .FI)(cf.path, svc);
                    if (build && this.fileSet.has(build.dockerfile) && !set.has(build.dockerfile)) {
                        set.add(build.dockerfile);
                        named.push(build.dockerfile);
                    }
                }
        }
        return named;
    }
    /**
     * A YAML file, parsed once. Its errors are parse problems, except in a templated file (`{{ }}`,
     * Helm), which is not expected to parse before rendering: it is skipped with a note instead —
     * the same whichever check asks first.
     */
    yaml(p) {
        return this.memo(`yaml:${p}`, () => {
            const t = this.text(p);
            if (t === undefined)
                return undefined;
            const y = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(p, t);
            if (!y.errors.length || !isTemplated(t)) {
                for (const e of y.errors)
                    this.problem({ file: p, line: e.line, column: e.column, message: e.message });
                return y;
            }
            // A Helm template: read with its actions set aside (lines kept), so what it writes literally is judged.
            const neutral = neutralizeTemplate(t);
            const n = neutral === null ? null : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(p, neutral);
            if (n && !n.errors.length)
                return n;
            this.skip(p, TEMPLATED_SKIP);
            return y;
        });
    }
    /**
     * YAML files that are compose files by content, whatever their names (older cookiecutter-django's
     * `production.yml`, `local.yml`, `staging.yml`, `docs.yml`; a Swarm `stack.yml`): one document whose
     * top-level keys are all compose's (`services`, `version`, `name`, `networks`, `volumes`, `configs`,
     * `secrets`, `include`, `x-…`), with a non-empty `services` mapping whose every service is a mapping
     * with an `image` string, a `build` or an `extends`. GitHub workflows, GitLab CI, Helm charts and
     * Ansible variables are not looked at (isComposeCandidate); render.yaml-style `services:` lists,
     * Kubernetes manifests (`apiVersion`, `kind`) and CI files (`jobs`, `stages`) fail the shape. A
     * file that does not parse is not one (no parse problem is recorded for it here).
     */
    composeByContent() {
        const charts = this.files.filter((f) => /^Chart\.ya?ml$/.test((0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .basename */ .P8)(f))).map((f) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .dirname */ .pD)(f));
        const inChart = (f) => charts.some((d) => d === '' || f.startsWith(`${d}/`));
        return this.files.filter((f) => {
            if ((0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isComposeFile */ .Pv)(f) || !(0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isComposeCandidate */ .Ke)(f) || inChart(f))
                return false;
            const t = this.text(f);
            if (t === undefined || !/^services[ \t]*:/m.test(t))
                return false;
            const key = `yaml:${f}`;
            const y = this.parsed.has(key) ? this.parsed.get(key) : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(f, t);
            // A clean parse is what `yaml()` would give (kept, whatever the shape: a manifest is not parsed again for
            // Kubernetes); one with errors is left to `yaml()`, which records them only for files a check reads.
            if (y && !y.errors.length && !this.parsed.has(key))
                this.parsed.set(key, y);
            return !!y && !y.errors.length && isComposeShaped(y);
        });
    }
    composeFiles() {
        return this.memo('compose', () => {
            const byContent = this.composeByContent();
            const names = new Set(this.files.filter(_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isComposeFile */ .Pv));
            // Files named by `include:` are compose files whatever their names (nested includes too,
            // bounded, each file once); `includedBy` is the nearest file including one (a compose file by
            // content included by another is an included file too).
            const includedBy = new Map();
            // Every file an `include:` names, compose-named ones too.
            const included = new Set();
            let level = [...names, ...byContent];
            for (let depth = 0; level.length && depth < 8; depth++) {
                const next = [];
                for (const f of level) {
                    const y = this.yaml(f);
                    if (!y)
                        continue;
                    for (const inc of (0,_compose_js__WEBPACK_IMPORTED_MODULE_4__/* .composeIncludeFiles */ .EP)(y)) {
                        if (this.fileSet.has(inc))
                            included.add(inc);
                        if (!this.fileSet.has(inc) || names.has(inc))
                            continue;
                        names.add(inc);
                        includedBy.set(inc, f);
                        next.push(inc);
                    }
                }
                level = next;
            }
            for (const f of byContent)
                names.add(f);
            // Files named by `extends.file` are bases, judged through the services that extend them: never
            // compose files by content, even when they look like one.
            const bases = new Map();
            for (const f of [...names])
                for (const ext of (0,_compose_js__WEBPACK_IMPORTED_MODULE_4__/* .composeExtendsFiles */ .b2)(this.yaml(f) ?? { path: f, docs: [], errors: [] }))
                    if (this.fileSet.has(ext)) {
                        names.add(ext);
                        if (ext !== f && !bases.has(ext))
                            bases.set(ext, f);
                    }
            const recognised = new Set(byContent.filter((f) => !bases.has(f) && !includedBy.has(f)));
            // A base named like a compose file (`docker-compose.base.yml`) is still a base; the folder's main file
            // (`docker-compose.yml`, which an overlay may extend) and an included file are projects of their own.
            const extendedBy = (f) => (included.has(f) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isMainComposeFile */ .AI)(f) ? undefined : bases.get(f));
            return [...names].sort().flatMap((f) => {
                const y = this.yaml(f);
                if (!y) {
                    // Too large to parse (a generated stack file): said in a note, not judged silently as absent.
                    if (firstChunk(this.chunks(f)) !== undefined)
                        this.skip(f, LARGE_COMPOSE_SKIP);
                    return [];
                }
                const by = includedBy.get(f);
                // What docker compose refuses (`ports: 5432`, `mem_limit: [1]`, `services: []`) is a parse
                // problem, and the service is not judged on it.
                const shape = y.errors.length ? { problems: [], broken: new Set() } : (0,_compose_js__WEBPACK_IMPORTED_MODULE_4__/* .composeShapeProblems */ .Qv)(y);
                for (const pr of shape.problems)
                    this.problem({ file: f, ...pr });
                // An `extends` docker compose refuses (a missing file or service, a cycle) is a parse problem too.
                const services = (0,_compose_js__WEBPACK_IMPORTED_MODULE_4__/* .composeServices */ .d3)(y, (p) => (this.fileSet.has(p) ? this.yaml(p) : undefined), { has: (p) => this.fileSet.has(p), problem: (pr) => this.problem(pr) }).filter((s) => !shape.broken.has(s.name));
                const base = extendedBy(f);
                return [{ path: f, services, ...(by ? { includedBy: by } : {}), ...(base ? { extendedBy: base } : {}), ...(recognised.has(f) ? { byContent: true } : {}) }];
            });
        });
    }
    k8sObjects() {
        return this.memo('k8s', () => {
            const compose = new Set(this.composeFiles().map((c) => c.path));
            const out = [];
            for (const f of this.files) {
                if (!(0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isYamlFile */ .wl)(f) || compose.has(f) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isWorkflowFile */ .Kr)(f))
                    continue;
                const t = this.text(f);
                if (t === undefined) {
                    // Too large to parse: a vendored install bundle is said in a note, a data dump stays quiet.
                    const head = firstChunk(this.chunks(f));
                    if (head?.includes('apiVersion') && head.includes('kind'))
                        this.skip(f, LARGE_MANIFEST_SKIP);
                    continue;
                }
                // Cheap prefilter: a manifest names both keys.
                if (!t.includes('apiVersion') || !t.includes('kind'))
                    continue;
                const y = this.yaml(f);
                if (!y)
                    continue;
                // Templated (Helm): what parses is judged; a template that does not was skipped by yaml().
                if (y.errors.length && isTemplated(t))
                    continue;
                // A `kind: List` (what `kubectl get -o yaml` writes) stands for its items. A workload whose pod
                // template kubectl cannot decode (`containers:` a mapping) is a parse problem, not judged.
                for (const d of y.docs) {
                    const o = (0,_k8s_js__WEBPACK_IMPORTED_MODULE_5__/* .toK8sObject */ .z)(f, d);
                    if (!o)
                        continue;
                    for (const item of (0,_k8s_js__WEBPACK_IMPORTED_MODULE_5__/* .expandK8sObject */ .Yb)(o)) {
                        const broken = (0,_k8s_js__WEBPACK_IMPORTED_MODULE_5__/* .podTemplateShapeProblem */ ._B)(item);
                        if (broken)
                            this.problem({ file: f, ...broken });
                        else
                            out.push(item);
                    }
                }
            }
            return out;
        });
    }
    envFiles() {
        return this.memo('env', () => this.files.filter(_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isEnvFile */ .qb).flatMap((f) => {
            const t = this.text(f);
            return t === undefined ? [] : [(0,_env_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnv */ .v)(f, t)];
        }));
    }
    envFileAt(p) {
        const named = this.envFiles().find((e) => e.path === p);
        if (named || (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isEnvFile */ .qb)(p) || !this.has(p))
            return named;
        return this.memo(`env:${p}`, () => {
            const t = this.text(p);
            return t === undefined ? undefined : (0,_env_js__WEBPACK_IMPORTED_MODULE_3__/* .parseEnv */ .v)(p, t);
        });
    }
    nginxFiles() {
        return this.memo('nginx', () => this.files.filter((f) => {
            if (!(0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .isNginxCandidate */ .Aj)(f))
                return false;
            const t = this.text(f);
            return t !== undefined && /^\s*(server|http|location|upstream|events)\b[^{;\n]*\{|^\s*(listen|server_name|ssl_protocols|add_header|proxy_pass|ssl_certificate)\s/m.test(t);
        }));
    }
    gitignored(p) {
        this.gitignoreRules ??= this.gitignoreFiles().map((f) => ({ dir: (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .dirname */ .pD)(f), ig: (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .gitignore */ .ZO)().add(this.text(f) ?? '') }));
        return (0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .gitIgnores */ .aR)(this.gitignoreRules, p);
    }
    gitignoreFiles() {
        return this.memo('gitignores', () => {
            const listed = this.files.filter((f) => (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .basename */ .P8)(f) === '.gitignore');
            // Scanning `services/api`: `.gitignore` and `services/.gitignore` still apply.
            const above = [];
            for (let d = this.base ? (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .dirname */ .pD)(this.base) : null, guard = 0; d !== null && guard < 256; d = d ? (0,_classify_js__WEBPACK_IMPORTED_MODULE_8__/* .dirname */ .pD)(d) : null, guard++) {
                const f = d ? `${d}/.gitignore` : '.gitignore';
                if (!this.fileSet.has(f) && this.text(f) !== undefined)
                    above.push(f);
            }
            // Root first (by depth), as gitIgnores expects: deeper files override shallower ones.
            const depth = (f) => f.split('/').length;
            return [...above, ...listed].sort((a, b) => depth(a) - depth(b));
        });
    }
}
/** The top-level keys of a compose file (Compose specification), besides `x-…` extensions. */
const COMPOSE_TOP_LEVEL = new Set(['version', 'name', 'services', 'networks', 'volumes', 'configs', 'secrets', 'include', 'models']);
/** Whether a parsed YAML file has a compose file's shape (see Snapshot.composeByContent). */
function isComposeShaped(y) {
    const docs = y.docs.filter((d) => d.value !== null && d.value !== undefined);
    const top = docs.length === 1 ? docs[0].value : null;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(top) || !Object.keys(top).every((k) => COMPOSE_TOP_LEVEL.has(k) || k.startsWith('x-')))
        return false;
    const services = top['services'];
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(services) || !Object.keys(services).length)
        return false;
    return Object.values(services).every((svc) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(svc) && (typeof svc['image'] === 'string' || typeof svc['build'] === 'string' || (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(svc['build']) || svc['extends'] !== undefined));
}
/** The text of the first chunk, closing the file (`return()` runs the reader's `finally`). */
function firstChunk(chunks) {
    if (!chunks)
        return undefined;
    const it = chunks[Symbol.iterator]();
    try {
        return it.next().value?.text;
    }
    finally {
        it.return?.();
    }
}
/**
 * Remembers `fn`'s answer per snapshot view: derived views several checks ask for (entry points,
 * deploy environment) are computed once. The answer must be treated as read-only.
 */
function perView(fn) {
    const memo = new WeakMap();
    return (view) => {
        if (memo.has(view))
            return memo.get(view);
        const v = fn(view);
        memo.set(view, v);
        return v;
    };
}


/***/ })

};
