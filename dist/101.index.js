export const id = 101;
export const ids = [101,148];
export const modules = {

/***/ 77101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runListed: () => (/* binding */ runListed)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
// EXTERNAL MODULE: ./lib/repo/files.js
var files = __webpack_require__(17763);
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
const isTemplated = (text) => /\{\{[^}]*\}\}/.test(text);
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
            const y = (0,yaml/* parseYaml */.hN)(p, t);
            if (y.errors.length && isTemplated(t))
                this.skip(p, TEMPLATED_SKIP);
            else
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
                const y = this.yaml(f);
                if (!y)
                    continue;
                // Templated (Helm): what parses is judged; a template that does not was skipped by yaml().
                if (y.errors.length && isTemplated(t))
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
        // Root first (by depth), as gitIgnores expects: deeper files override shallower ones.
        this.gitignoreRules ??= this.files.filter((f) => (0,classify/* basename */.P8)(f) === '.gitignore')
            .map((f) => ({ dir: (0,classify/* dirname */.pD)(f), ig: ignore().add(this.text(f) ?? '') }))
            .sort((a, b) => (a.dir ? a.dir.split('/').length : 0) - (b.dir ? b.dir.split('/').length : 0));
        return (0,files/* gitIgnores */.a)(this.gitignoreRules, p);
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
    // Unknown presets are reported where they are written, not at line 1 when extends resolves.
    const extendsOf = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    extendsOf.forEach((name, i) => {
        if (name in PRESETS)
            return;
        const near = (0,catalogue/* nearestId */.OA)(name, PRESET_NAMES);
        throw new types/* ConfigError */.xL(`unknown preset '${name}'${near ? ` (did you mean '${near}'?)` : ''}; presets: ${PRESET_NAMES.join(', ')}`, where(file, doc, Array.isArray(data.extends) ? ['extends', i] : ['extends'], false));
    });
    const p = data.probes ?? {};
    return {
        file,
        format: 'yaml',
        extends: extendsOf,
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
    // An override naming nothing would silently change nothing: a typo must not pass unnoticed.
    const itemIds = list.items.map((i) => i.id);
    for (const key of Object.keys(overrides)) {
        if ((0,catalogue/* getDef */.Gt)(key) || itemIds.includes(key))
            continue;
        const near = (0,catalogue/* nearestId */.OA)(key, [...(0,catalogue/* catalogue */.sW)().keys(), ...itemIds]);
        throw new types/* ConfigError */.xL(`severity override '${key}': no check or checklist item has that id${near ? ` (did you mean '${near}'?)` : ''}`);
    }
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
    const findings = [];
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
            if (!applies || !s.ids.includes(f.check) || !validUntil(s))
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
    // Findings outside items (parse errors, notes) honour `preflight-ignore parse-error` too.
    for (const f of input.extra) {
        const sup = suppressionFor(f);
        findings.push(sup ? { ...f, suppressed: true, suppressedBy: sup.reason || 'preflight-ignore' } : f);
    }
    // Suppressions naming ids that do not exist, or an `until` that is not a date, are reported,
    // never silently ignored (an unparsable date would never expire).
    for (const s of input.suppressions) {
        if (!validUntil(s))
            findings.push(configFinding(`preflight-ignore until '${s.until}': expected a date (YYYY-MM-DD); the suppression is not applied`, s.file, s.line, s.column));
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
/** A suppression without `until`, or with a real calendar date written YYYY-MM-DD. */
function validUntil(s) {
    if (s.until === null)
        return true;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.until))
        return false;
    const d = new Date(`${s.until}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.until;
}

// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(26749);
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
    const secrets = (0,redact/* secretsOf */.Fj)([...Object.values(config.headers), ...(0,redact/* urlPassword */.Ds)(config.url)]);
    const hide = (s) => (0,redact/* redactText */.Rd)(s, secrets);
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

// EXTERNAL MODULE: ./lib/gate/baseline.js
var gate_baseline = __webpack_require__(1148);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: ./lib/run.js
var run = __webpack_require__(63926);
;// CONCATENATED MODULE: ./lib/engine/pipeline.js















/**
 * The pipeline after listing: checklist → plan → snapshot → checks and probes → gate → report.
 * Called by `run()` (src/run.ts), on the calling thread or on an engine thread.
 */
async function runListed(opts, listing) {
    const cwd = opts.cwd ?? process.cwd();
    const logger = opts.logger ?? types/* silentLogger */.qq;
    const env = opts.env ?? process.env;
    const now = opts.now ?? new Date();
    const dir = external_node_path_.resolve(cwd, opts.dir);
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
        const found = run/* DISCOVERY */.D.map((p) => external_node_path_.join(dir, p)).find((p) => external_node_fs_.existsSync(p));
        if (found) {
            // Repository content (a pull request can change it): read like any repository file, so a
            // directory, a link out of the repository or a huge file is a clear error, never a crash.
            const file = rel(found);
            const got = snapshot.reader.readNamed(file);
            if (!('text' in got))
                throw new types/* ConfigError */.xL(`the checklist cannot be read: ${got.reason}`, { file });
            checklist = await parseChecklist(file, got.text);
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
    const probeConfig = resolveProbeConfig(opts, checklist, checklistAbs, snapshot, cwd, env, masks, logger);
    // From here on no message, log line or report value may carry a secret value (header values,
    // substituted ${PREFLIGHT_*} values, a URL password): the report is redacted once, below.
    const log = (0,redact/* redactingLogger */.S)(logger, masks);
    const staticOutcomes = await runStatic(planned, snapshot, now, env, log);
    const probeOutcomes = await runProbeItems(planned, probeConfig, opts.probes !== false, log);
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
        baseline = (0,gate_baseline/* readBaseline */.m)(external_node_path_.resolve(cwd, opts.baseline), opts.baseline);
    let attested = null;
    if (opts.attestation?.body) {
        const { parseAttestations, normaliseTitle } = await __webpack_require__.e(/* import() */ 270).then(__webpack_require__.bind(__webpack_require__, 34270));
        attested = { keys: parseAttestations(opts.attestation.body), by: opts.attestation.by, normalise: normaliseTitle };
    }
    const core = gate({
        version: version/* VERSION */.x,
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
    const report = (0,redact/* redactReport */.a5)({
        ...core,
        checklist: {
            file: checklist.file,
            format: checklist.format,
            ...(checklist.format === 'markdown' ? { uncovered: (await __webpack_require__.e(/* import() */ 714).then(__webpack_require__.bind(__webpack_require__, 40714))).uncoveredChecks(checklist) } : {}),
        },
        target: { url: probeConfig.config?.url ?? null },
        context: { event: opts.event, pullRequest: opts.pullRequest ?? null, gatesManual: opts.gatesManual ?? true },
    }, masks);
    return { report, root: listing.root, masks, snapshot };
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
function resolveProbeConfig(opts, list, checklistAbs, snapshot, cwd, env, masks, logger) {
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
    // A password in the URL is a secret wherever the URL is shown (report, logs, errors).
    masks.push(...(0,redact/* urlPassword */.Ds)(url));
    try {
        const u = new URL(url);
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new Error('scheme');
    }
    catch {
        throw new types/* ConfigError */.xL(`invalid URL '${(0,redact/* redactText */.Rd)(url, masks)}': expected http:// or https://`, list.file && !nonEmpty(opts.url) ? (p.where?.url ?? { file: list.file }) : undefined);
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
        // A pull request's checklist must not make Preflight read outside the repository, symlinks
        // included: the CA is read like any repository file.
        const abs = external_node_path_.resolve(checklistAbs ? external_node_path_.dirname(checklistAbs) : snapshot.root, p.ca);
        const file = external_node_path_.relative(snapshot.root, abs).split(external_node_path_.sep).join('/');
        const at = list.file ? (p.where?.ca ?? { file: list.file }) : undefined;
        const got = snapshot.reader.readNamed(file);
        if (!('text' in got)) {
            const outside = /outside the repository/.test(got.reason) || file.startsWith('..') || external_node_path_.isAbsolute(file);
            throw new types/* ConfigError */.xL(outside ? `probes.ca '${p.ca}' points outside the repository` : `probes.ca '${p.ca}' ${got.reason.startsWith('not found') ? got.reason : `cannot be read: ${got.reason}`} (paths are relative to the checklist file)`, at);
        }
        ca = got.text;
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


/***/ }),

/***/ 70289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ threadCount),
/* harmony export */   Qc: () => (/* binding */ scanChunks),
/* harmony export */   yF: () => (/* binding */ startScan)
/* harmony export */ });
/* unused harmony export chunkSize */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var _repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77941);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10053);




/**
 * Files per chunk: threads claim chunks one at a time, so a fast thread takes more of them.
 * About eight chunks per thread, 16 to 256 files each.
 */
function chunkSize(files, threads) {
    return Math.max(16, Math.min(256, Math.ceil(files / ((threads + 1) * 8))));
}
/**
 * Scans the chunks `claim` hands out (until it returns an index past the end): reads each file
 * that at least one scanner accepts, once, and hands the text to every scanner that accepts it;
 * inline suppressions are collected on the way. Pure apart from the reads. A scanner that throws
 * is dropped for the rest of the pass and its job reports the error.
 */
function scanChunks(files, chunk, jobs, defs, read, claim) {
    const errors = jobs.map(() => null);
    const fail = (j, e) => { errors[j] = `check '${jobs[j].check}' failed: ${e?.message ?? String(e)}`; };
    const scanners = jobs.map((job, j) => {
        try {
            const def = defs.get(job.check);
            if (!def?.scan)
                throw new Error('no file scanner');
            return def.scan(job.options);
        }
        catch (e) {
            fail(j, e);
            return null;
        }
    });
    const results = jobs.map(() => []);
    const suppressions = [];
    const chunks = [];
    const wants = [];
    const total = Math.ceil(files.length / chunk);
    for (let guard = 0; guard <= total; guard++) {
        const c = claim();
        if (c < 0 || c >= total)
            break;
        chunks.push(c);
        const end = Math.min(files.length, (c + 1) * chunk);
        for (let i = c * chunk; i < end; i++) {
            const file = files[i];
            wants.length = 0;
            for (let j = 0; j < scanners.length; j++) {
                const sc = scanners[j];
                if (!sc)
                    continue;
                try {
                    if (sc.accepts(file))
                        wants.push(j);
                }
                catch (e) {
                    fail(j, e);
                    scanners[j] = null;
                }
            }
            if (!wants.length)
                continue;
            const text = read(file);
            if (text === null)
                continue;
            const sup = (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_2__/* .findSuppressions */ .A)(file, text);
            if (sup.length)
                suppressions.push([i, sup]);
            for (const j of wants) {
                const sc = scanners[j];
                if (!sc)
                    continue;
                try {
                    const data = sc.file(file, text);
                    if (data !== undefined)
                        results[j].push([i, data]);
                }
                catch (e) {
                    fail(j, e);
                    scanners[j] = null;
                }
            }
        }
    }
    return { results, errors, suppressions, chunks, skipped: [], reads: 0 };
}
/**
 * How many worker threads help a pass over `files` files: `PREFLIGHT_THREADS` when set (0 = none),
 * else none for small repositories (starting a worker costs more than it saves) and one per CPU
 * beyond the first for large ones, at most 2: the calling thread scans too, and each worker costs
 * ~20 MB of memory (peak memory is a target: ≤ 200 MB on a 40,000-file monorepo).
 */
function threadCount(files, env = process.env) {
    const set = env['PREFLIGHT_THREADS'];
    if (set !== undefined && /^\d+$/.test(set.trim()))
        return Math.min(Number(set), 16);
    if (files < _workers_js__WEBPACK_IMPORTED_MODULE_3__/* .LARGE_REPO_FILES */ .Vq)
        return 0;
    return Math.max(0, Math.min(node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism() - 1, MAX_AUTO_THREADS));
}
const MAX_AUTO_THREADS = 2;
/**
 * Starts the file pass for `jobs`. With `workers` > 0 (and a registered entry module, see
 * workers.ts) worker threads start scanning right away, claiming chunks of files from a shared
 * counter; `finish()` makes the calling thread claim chunks too (with `read`), so whichever thread
 * is free does the work. Chunks of a worker that failed (out of memory, crash) are redone on the
 * calling thread: a pass always completes with the same results, whatever the threads did.
 */
function startScan(input, defs, workers, read) {
    const { files, jobs } = input;
    const entry = (0,_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .workerEntry */ .xA)();
    const chunk = chunkSize(files.length, workers);
    const total = Math.ceil(files.length / chunk);
    const n = jobs.length && entry ? Math.min(workers, total - 1) : 0;
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const claim = () => Atomics.add(counter, 0, 1);
    const started = n > 0 ? spawn(n, entry, { root: input.root, realRoot: input.realRoot, files, chunk, jobs, counter }) : [];
    return {
        async finish() {
            const mine = scanChunks(files, chunk, jobs, defs, read, claim);
            const theirs = (await Promise.all(started)).filter((p) => p !== null);
            const parts = [mine, ...theirs];
            const done = new Set(parts.flatMap((p) => p.chunks));
            const missing = Array.from({ length: total }, (_, c) => c).filter((c) => !done.has(c));
            if (missing.length) {
                let k = 0;
                parts.push(scanChunks(files, chunk, jobs, defs, read, () => (k < missing.length ? missing[k++] : total)));
            }
            return merge(files, jobs.length, parts, theirs.length);
        },
    };
}
function spawn(n, entry, data) {
    return Array.from({ length: n }, () => new Promise((resolve) => {
        let settled = false;
        const settle = (p) => { if (!settled) {
            settled = true;
            resolve(p);
        } };
        try {
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, {
                workerData: { [_workers_js__WEBPACK_IMPORTED_MODULE_3__/* .SCAN_WORKER */ .js]: true, ...data },
                // A worker holds one file at a time; a bounded heap keeps the pass's memory bounded.
                resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 4 },
                // Nothing a worker prints may reach the report on stdout (or the log).
                stdout: true,
                stderr: true,
            });
            worker.once('message', (part) => { settle(part); void worker.terminate(); });
            worker.once('error', () => settle(null));
            worker.once('exit', () => settle(null));
        }
        catch {
            settle(null);
        }
    }));
}
/** Back to paths, in file order. */
function merge(files, jobCount, parts, threads) {
    const results = Array.from({ length: jobCount }, () => []);
    const errors = Array.from({ length: jobCount }, () => null);
    const suppressions = [];
    const skipped = [];
    let reads = 0;
    for (const part of parts) {
        part.results.forEach((rows, j) => { for (const row of rows)
            results[j].push(row); });
        part.errors.forEach((e, j) => { errors[j] ??= e; });
        suppressions.push(...part.suppressions);
        skipped.push(...part.skipped);
        reads += part.reads;
    }
    const byIndex = (a, b) => a[0] - b[0];
    for (const r of results)
        r.sort(byIndex);
    suppressions.sort(byIndex);
    return {
        results: results.map((rows) => rows.map(([i, data]) => ({ file: files[i], data }))),
        errors,
        suppressions: suppressions.map(([i, sup]) => [files[i], sup]),
        skipped,
        reads,
        threads,
    };
}


/***/ }),

/***/ 1148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readBaseline),
/* harmony export */   toBaseline: () => (/* binding */ toBaseline)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64170);



const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    tool: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('preflight').optional(),
    findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ check: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(), fingerprint: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() })),
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
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(abs, 'utf8');
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline ${shown} not found`, { file: shown });
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`baseline is not valid JSON: ${e.message}`, { file: shown, line: 1 });
    }
    const res = baselineSchema.safeParse(data);
    if (!res.success)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`not a Preflight baseline: ${res.error.issues[0].path.join('.')}: ${res.error.issues[0].message}`, { file: shown, line: 1 });
    const m = new Map();
    for (const f of res.data.findings)
        m.set(f.fingerprint, (m.get(f.fingerprint) ?? 0) + 1);
    return m;
}


/***/ }),

/***/ 18650:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wp: () => (/* binding */ RepoReader)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, safeRealpath, isWithin */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84592);



const MAX_FILE_BYTES = 1024 * 1024;
const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
/** Open flags that refuse a symlink as the last component (ELOOP) and never block on a FIFO. */
const OPEN_FLAGS = O_NOFOLLOW !== undefined ? O_RDONLY | O_NOFOLLOW | (O_NONBLOCK ?? 0) : null;
const DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
/**
 * Reads repository files as text, safely: never outside the root (no `..` or absolute paths, every
 * symlinked component resolved), never binary files or files over 1 MiB (recorded in `skipped`).
 * One shared buffer per thread serves every read, so tens of thousands of files allocate one
 * Buffer, and a regular file costs one open, usually one read and one close (no stat).
 */
class RepoReader {
    root;
    realRoot;
    skipped = [];
    /** Files read (for benchmarks and the "read once" test). */
    reads = 0;
    realDirs = new Map();
    constructor(root, realRoot = safeRealpath(root)) {
        this.root = root;
        this.realRoot = realRoot;
    }
    /** The text of `file` (a repository path), or null when it cannot or must not be read. */
    read(file) {
        if (!isInside(file)) {
            this.skip(file, 'path outside the repository');
            return null;
        }
        // Every directory on the way is resolved (once per directory): a symlinked directory must not
        // lead out of the repository; the file itself is resolved only when it is a link.
        const dir = this.realDir((0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .dirname */ .pD)(file));
        if (dir === false)
            return null;
        if (dir === null) {
            this.skip(file, 'symlink pointing outside the repository');
            return null;
        }
        let real = `${dir}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${(0,_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .basename */ .P8)(file)}`;
        let fd;
        try {
            fd = this.open(real);
        }
        catch (e) {
            if (e.code !== 'ELOOP' && OPEN_FLAGS !== null)
                return null;
            // The last component is a symlink: follow it only when it stays inside the repository.
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(real);
                if (!isWithin(this.realRoot, real)) {
                    this.skip(file, 'symlink pointing outside the repository');
                    return null;
                }
                fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, OPEN_FLAGS === null ? 'r' : O_RDONLY | (O_NONBLOCK ?? 0));
            }
            catch {
                return null;
            }
        }
        let n;
        try {
            n = readInto(fd);
        }
        catch {
            return null;
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        }
        if (n > MAX_FILE_BYTES) {
            this.skip(file, `larger than ${MAX_FILE_BYTES} bytes`);
            return null;
        }
        this.reads++;
        const buf = SHARED.subarray(0, n);
        if (buf.subarray(0, 8000).includes(0)) {
            this.skip(file, 'binary');
            return null;
        }
        return DECODER.decode(buf);
    }
    /** Like `read`, for a file a user named (a checklist, a CA): the text, or why it cannot be read. */
    readNamed(file) {
        const before = this.skipped.length;
        const text = this.read(file);
        if (text !== null)
            return { text };
        return { reason: this.skipped.slice(before).find((s) => s.file === file)?.reason ?? 'not found (or not a file)' };
    }
    open(real) {
        if (OPEN_FLAGS !== null)
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, OPEN_FLAGS);
        // No O_NOFOLLOW (Windows): look before opening.
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(real).isSymbolicLink())
            throw Object.assign(new Error('symlink'), { code: 'ELOOP' });
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, 'r');
    }
    /** The real path of a repository directory; null when it resolves outside the root, false when it does not exist. */
    realDir(dir) {
        const hit = this.realDirs.get(dir);
        if (hit !== undefined)
            return hit;
        let real;
        if (dir === '')
            real = this.realRoot;
        else {
            try {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, dir));
                if (!isWithin(this.realRoot, real))
                    real = null;
            }
            catch {
                real = false;
            }
        }
        this.realDirs.set(dir, real);
        return real;
    }
    skip(file, reason) { this.skipped.push({ file, reason }); }
}
/** One buffer per thread, one byte longer than the limit: a full buffer means "too large". */
const SHARED = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
/** Reads a file into the shared buffer (at most MAX_FILE_BYTES + 1 bytes); returns the length. */
function readInto(fd) {
    let n = 0;
    // A short read of a regular file means end of file: usually one read call per file.
    while (n < SHARED.length) {
        const want = SHARED.length - n;
        const got = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, SHARED, n, want, null);
        n += got;
        if (got === 0 || got < want)
            break;
    }
    return n;
}
function isInside(p) {
    if (p === '' || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(p) || /^[A-Za-z]:/.test(p))
        return false;
    return !p.includes('..') || !p.split(/[\\/]/).includes('..');
}
function safeRealpath(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(p);
    }
    catch {
        return p;
    }
}
function isWithin(root, p) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}


/***/ }),

/***/ 77941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ findSuppressions)
/* harmony export */ });
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84592);

// Only the head is a regex (linear: no optional groups around `\s*` runs); the tail — `until DATE`
// and `: reason` — is parsed with string operations, so adversarial lines cannot backtrack.
const HEAD = /(#|\/\/|\/\*|<!--|--|;)[ \t]*preflight-ignore[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*)/i;
function parseTail(rest) {
    let tail = rest.trim().replace(/(\*\/|-->)$/, '').trim();
    let until = null;
    if (/^until\s/i.test(tail)) {
        tail = tail.slice(5).trimStart();
        const sp = tail.search(/[\s:]/);
        until = sp < 0 ? tail : tail.slice(0, sp);
        tail = sp < 0 ? '' : tail.slice(sp).trimStart();
    }
    if (tail === '')
        return { until, reason: '' };
    if (!tail.startsWith(':'))
        return null;
    return { until, reason: tail.slice(1).trim() };
}
/** Finds suppression comments in a file's lines (cheap prefilter on the literal marker). */
function findSuppressions(file, text) {
    if (!text.includes('preflight-ignore'))
        return [];
    const trailingAllowed = !((0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isDockerfile */ .pZ)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .isEnvFile */ .qb)(file) || (0,_classify_js__WEBPACK_IMPORTED_MODULE_0__/* .basename */ .P8)(file).startsWith('.env'));
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        if (!l.includes('preflight-ignore'))
            continue;
        const m = HEAD.exec(l);
        if (!m)
            continue;
        const tail = parseTail(l.slice(m.index + m[0].length));
        if (!tail)
            continue;
        const before = l.slice(0, m.index).trim();
        const wholeLine = before === '';
        if (!wholeLine && !trailingAllowed)
            continue;
        out.push({
            file, line: i + 1, column: m.index + 1,
            ids: m[2].split(',').map((s) => s.trim().toLowerCase()),
            until: tail.until,
            reason: tail.reason,
            wholeLine,
        });
    }
    return out;
}


/***/ }),

/***/ 26749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ urlPassword),
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   S: () => (/* binding */ redactingLogger),
/* harmony export */   a5: () => (/* binding */ redactReport)
/* harmony export */ });
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
        out.add(v);
        const cred = v.replace(/^\s*(Bearer|Basic|Token|Digest)\s+/i, '');
        if (cred !== v && cred.length >= 4)
            out.add(cred);
    }
    return [...out].sort((a, b) => b.length - a.length);
}
/** `text` with every secret value replaced by `***`. */
function redactText(text, values) {
    return secretsOf(values).reduce((s, secret) => s.split(secret).join('***'), text);
}
/**
 * The report with every secret value replaced by `***` in its string values (never in keys, so a
 * secret that happens to read `high` cannot break the report).
 */
function redactReport(report, values) {
    const secrets = secretsOf(values);
    if (!secrets.length)
        return report;
    const walk = (v) => {
        if (typeof v === 'string')
            return secrets.reduce((s, secret) => s.split(secret).join('***'), v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(report);
}
/** A logger that redacts `values` from every message before passing it on. */
function redactingLogger(logger, values) {
    const secrets = secretsOf(values);
    if (!secrets.length)
        return logger;
    const hide = (m) => secrets.reduce((s, secret) => s.split(secret).join('***'), m);
    return { info: (m) => logger.info(hide(m)), warn: (m) => logger.warn(hide(m)), debug: (m) => logger.debug(hide(m)) };
}
/** The password of a URL (as written and decoded): a secret wherever the URL is shown. */
function urlPassword(url) {
    try {
        const u = new URL(url);
        if (!u.password)
            return [];
        try {
            return [u.password, decodeURIComponent(u.password)];
        }
        catch {
            return [u.password];
        }
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 13411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool version (kept in step with package.json by a test). */
const VERSION = '0.1.0';


/***/ })

};
