export const id = 364;
export const ids = [364];
export const modules = {

/***/ 93364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ gate),
/* harmony export */   MF: () => (/* binding */ lineFormPrint),
/* harmony export */   Rj: () => (/* binding */ fingerprint)
/* harmony export */ });
/* unused harmony exports filelessContent, legacyFilelessContent, lineKey, stableSubject, configFinding, notDoneReason */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77941);
/* harmony import */ var _repo_classify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84592);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19714);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64170);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1104);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1148);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(44842);
/* harmony import */ var _checks_util_programs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62805);










/** The order `localeCompare` gives (same default locale and options), without building it per comparison. */
const COLLATOR = new Intl.Collator();
/**
 * Stable fingerprint: check, file and what identifies the finding there, never the line number: the secret's hash, else
 * the subject its check judged (`RawFinding.subject`), else the normalised content of its line.
 */
function fingerprint(check, file, content) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${check}\0${file ?? ''}\0${content}`).digest('hex').slice(0, 32);
}
/**
 * What a finding without a line is fingerprinted by: its URL and message. A probe's message carries what it
 * measured ("expires in 12 days", "took 2345 ms"): its numbers are left out, so tomorrow's run (11 days) is the
 * same finding \u2014 one code-scanning alert, not one a day. (Static findings keep theirs: baselines hold them.)
 * The deployment probed is left out too \u2014 the URL's scheme, host and port, wherever the message names them \u2014 so
 * a preview URL per pull request (`pr-12.preview.example.com`) or staging under another name keeps one alert per
 * problem: the path probed and what the message says of it are what the finding is about.
 */
function filelessContent(url, message) {
    const at = url ? parseUrl(url) : null;
    if (!at)
        return legacyFilelessContent(url, message);
    return `\0path\0${at.pathname}${at.search}\0${withoutOrigin(message, at).replace(/\d+/g, '0')}`;
}
/** `filelessContent` before it left the deployment out: an alias by which a baseline written then knows a probe finding. */
function legacyFilelessContent(url, message) {
    return `${url ?? ''}\0${url ? message.replace(/\d+/g, '0') : message}`;
}
const parseUrl = (url) => { try {
    return new URL(url);
}
catch {
    return null;
} };
const escRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message with the probed origin (`https://host:8443`, any scheme, credentials) and then its bare host (`host:8443`) replaced by placeholders. */
function withoutOrigin(message, at) {
    if (!at.hostname)
        return message;
    const host = escRe(at.hostname);
    return message
        .replace(new RegExp(`[a-z][a-z0-9+.-]*://(?:[^@\\s/]*@)?${host}(?::\\d+)?`, 'gi'), '<origin>')
        .replace(new RegExp(`(?<![\\w.-])${host}(?::\\d+)?(?![\\w-]|\\.[\\w-])`, 'gi'), '<host>');
}
/** Applies policy in one place: severities, suppressions, baseline, attestations, the verdict. */
/**
 * A setting's name: an identifier with an underscore (`FLASK_ENV`, `SESSION_COOKIE_SECURE`; not a file name such as
 * `app_config.py`, nor a path's part), or one given a value (`debug=True`, `DEBUG = False`, `app.debug = True`).
 */
const SETTING_NAMES = /(?<![\w$/-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w-]|\.[A-Za-z])|(?<![\w$/-])[A-Za-z][A-Za-z0-9]*(?= ?=(?![=>]))/g;
/** A name written in capitals in a title ("**DEBUG** mode disabled"): a setting when a finding's message names it. */
const CAPITALS = /(?<![\w-])[A-Z][A-Z0-9]{2,}(?![\w-])/g;
const settingNames = (text) => [...new Set((text.match(SETTING_NAMES) ?? []).map((n) => n.toLowerCase()))];
/**
 * A camel-case name (`DetailedErrors`, `UseDeveloperExceptionPage`, `runAsNonRoot`): in a title, which has lost its code
 * spans, any such word; in a message, only one written as code: a member or a call (`app.UseDeveloperExceptionPage()`), or
 * quoted (`"DetailedErrors": true`), so a product's name in prose is none.
 */
const CAMEL = String.raw `[A-Za-z][a-z0-9]+[A-Z][A-Za-z0-9]*`;
const TITLE_CAMEL = new RegExp(String.raw `(?<![\w$-])${CAMEL}(?![\w-])`, 'g');
const CODE_CAMEL = new RegExp(String.raw `(?<=[."'\x60])${CAMEL}(?![\w$])|(?<![\w$])${CAMEL}(?=\(|["'\x60])`, 'g');
const camelNames = (text, re) => [...new Set((text.match(re) ?? []).map((n) => n.toLowerCase()))];
/** Whether a title's setting `t` is the message's setting `m`: the same name, or a word of it (`DEBUG` of `FLASK_DEBUG`). */
const sameSetting = (t, m) => t === m || (!t.includes('_') && m.split('_').includes(t)) || (!m.includes('_') && t.split('_').includes(m));
/**
 * Which item a finding several items share is about: first the settings the title names ("`FLASK_ENV` set to production"
 * is about a `FLASK_ENV=development` finding, "`DEBUG` mode disabled" about `app.run(debug=True)` and `FLASK_DEBUG=1`; a
 * title that names only other settings is about it least, one that names none in between), then how many words (4+
 * letters) of the title the message shares (before its advice).
 */
function relevance(title, message) {
    // The words of what the finding is about, not of its advice after the first `; ` ("\u2026 is set to the user name of
    // datasources.default.username; set a strong generated secret \u2026" is about the datasource password, not a secret).
    const said = message.split('; ')[0].toLowerCase().match(/[a-z]{4,}/g) ?? [];
    const words = new Set(title.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const shared = [...words].filter((w) => said.some((m) => m.startsWith(w) || w.startsWith(m))).length;
    const inMessage = [...settingNames(message), ...camelNames(message, CODE_CAMEL)];
    const named = settingNames(title);
    const capitals = (title.match(CAPITALS) ?? []).map((n) => n.toLowerCase());
    // A camel-case name in the title ("`DetailedErrors` is false") makes it about a message naming that setting; naming another
    // one does not make it about a message less (a product's name, "GitHub", reads as one).
    const tier = [...named, ...capitals, ...camelNames(title, TITLE_CAMEL)].some((t) => inMessage.some((m) => sameSetting(t, m))) ? 2 : named.length && inMessage.length ? 0 : 1;
    return tier * 1000 + shared;
}
/**
 * Whether an item's title names a folder the finding's file lies in ("Worker has a healthcheck" for
 * `services/worker/Dockerfile`, "Billing API\u2026" for `services/billing-api/`): a word of the title, a plural's singular,
 * or two adjacent words joined (`billing-api`, `billing_api`, `billingapi`) equal to a folder's name, case aside.
 */
function namesFolderOf(title, file) {
    if (!file || !file.includes('/'))
        return false;
    const dirs = new Set(file.toLowerCase().split('/').slice(0, -1));
    const words = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const names = new Set();
    words.forEach((w, i) => {
        if (w.length < 3)
            return;
        names.add(w);
        if (w.length > 3 && w.endsWith('s'))
            names.add(w.slice(0, -1));
        const next = words[i + 1];
        if (next)
            for (const j of ['-', '_', ''])
                names.add(`${w}${j}${next}`);
    });
    return [...dirs].some((d) => names.has(d));
}
/**
 * The deploy files a title names, by kind or by name: the Procfile ("Procfile `web:` runs gunicorn"), a systemd unit ("The systemd
 * unit runs gunicorn", "No password in the unit file", `blog.service`), a Dockerfile, the compose file, or a configuration file
 * by its name (`app.json`, `fly.toml`, `framework.yaml`, `application.yml`, `prod.exs`, `.env.production`). Not a program's or
 * a script's name (`manage.py runserver`, `server.js`): one names what runs, not where.
 */
const FILE_KINDS = [
    // The file kinds as the repository classifier knows them (a title's words, the classifier's file test).
    { title: /\bprocfiles?\b/, file: _repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .isProcfile */ .RN },
    { title: /\bsystemd\b|\bunit files?\b|\bservice units?\b/, file: _repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .isSystemdUnit */ .Qe },
    { title: /\b(?:docker|container)files?\b/, file: _repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .isDockerfile */ .pZ },
    { title: /\b(?:docker[- ])?compose(?: files?)?\b/, file: _repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .isComposeFile */ .Pv },
];
const FILE_NAMED = /(?<![\w.\/-])((?:[\w.-]+\/)*(?:\.env(?:\.[\w-]+)*|\.?[\w-][\w.-]*\.(?:json|jsonc|ya?ml|toml|ini|cfg|conf|properties|service|hcl|tf|xml|exs?|env)))(?![\w\/-]|\.[\w])/g;
/** What `title` names of the deploy files (see FILE_KINDS), as matchers of a finding's file; empty when it names none. */
function filesNamed(title) {
    const t = title.toLowerCase();
    const out = FILE_KINDS.filter((k) => k.title.test(t)).map((k) => k.file);
    for (const m of t.matchAll(FILE_NAMED)) {
        const name = m[1];
        out.push((file) => { const f = file.toLowerCase(); return f === name || f.endsWith(`/${name}`); });
    }
    return out;
}
/**
 * Whether a title speaks of the finding's file: 1 when it names it (see filesNamed), -1 when it names other deploy files only
 * ("No default admin password in `app.json`" for a finding in `settings/base.py`), 0 when it names none.
 */
function fileRank(title, file) {
    const named = filesNamed(title);
    if (!named.length || !file)
        return 0;
    return named.some((is) => is(file)) ? 1 : -1;
}
/**
 * Why an item whose title scopes it to programs (programScope) passes over failures about other programs: `judged on granian
 * only (what its title names): the failures about flask are not this item's`. Empty when none was left out.
 */
function otherProgramsReason(programs, others) {
    if (!programs || !others.size)
        return '';
    return `judged on ${(0,_words_js__WEBPACK_IMPORTED_MODULE_8__/* .andList */ .c)(programs)} only (what its title names): the failures about ${(0,_words_js__WEBPACK_IMPORTED_MODULE_8__/* .andList */ .c)([...others])} are not this item's`;
}
function gate(input) {
    const today = input.now.toISOString().slice(0, 10);
    const findings = [];
    const located = new Map();
    const titles = new Map(input.items.map(({ planned }) => [planned.item.id, planned.title]));
    const itemKeys = new Map();
    const dockerfileAt = dockerfileComments(input);
    /** The failing items a part of which could not run (each has its `notRunFinding`). */
    const notRunItems = new Set();
    const items = [];
    const signers = input.attested === null ? [] : Array.isArray(input.attested) ? input.attested : [input.attested];
    const supByFile = new Map();
    for (const s of input.suppressions)
        supByFile.set(s.file, [...(supByFile.get(s.file) ?? []), s]);
    /** Expired suppressions, each with the checks whose findings it no longer mutes (all named in its one `config` finding). */
    const expiredReported = new Map();
    // Where a finding derives from, elsewhere (RawFinding.cause): kept out of the report.
    const causes = new WeakMap();
    // Findings fingerprinted by a secret's value (RawFinding.secret): another value is another secret (see MovedEntry).
    const bySecret = new WeakSet();
    const suppressionFor = (f) => {
        if (!f.file || !f.line)
            return null;
        const cause = causes.get(f);
        return suppressionAt(f, f.file, f.line, f.column) ?? (cause ? suppressionAt(f, cause.file, cause.line, null) : null);
    };
    /** The ids of each suppression that some finding fell under (expired or not): the others matched nothing. */
    const matched = new Map();
    // A whole-line comment also covers a finding on its own line: a whole-file finding sits at line 1
    // (a committed .env), where the suppression the user writes at the top of the file is.
    // (In a notebook several lines of a cell's Python can share a line of the file: there a suppression covers its columns.)
    const within = (span, column) => !span || (column !== null && column >= span[0] && column <= span[1]);
    const covers = (s, check, line, column) => ((s.wholeLine && line === s.line && within(s.columns?.own, column)) || (line >= s.appliesTo && line <= (s.appliesToEnd ?? s.appliesTo) && within(s.columns?.applies, column))) && s.ids.includes(check) && validUntil(s);
    const suppressionAt = (f, file, line, column) => {
        const covering = (supByFile.get(file) ?? []).filter((s) => covers(s, f.check, line, column));
        for (const s of covering)
            matched.set(s, (matched.get(s) ?? new Set()).add(f.check));
        // The comment right above the line first, then one above the whole instruction the line continues.
        for (const s of [...covering.filter((x) => x.appliesTo === line), ...covering.filter((x) => x.appliesTo !== line)]) {
            if (s.until && s.until < today) {
                expiredReported.set(s, (expiredReported.get(s) ?? new Set()).add(f.check));
                continue;
            }
            return s;
        }
        return null;
    };
    /** Whether an unexpired suppression covers a check's finding at a line (nothing recorded: see `suppressionAt`). */
    const mutedAt = (check, file, line, column) => !!file && !!line && (supByFile.get(file) ?? []).some((s) => covers(s, check, line, column) && !(s.until && s.until < today));
    const baseline = input.baseline ? new Map(input.baseline.counts) : null;
    /** Takes one entry of `fp` from the baseline (a multiset): whether one was left. */
    const takeBaseline = (fp) => {
        const n = baseline?.get(fp) ?? 0;
        if (n <= 0)
            return false;
        baseline.set(fp, n - 1);
        return true;
    };
    /**
     * Takes an entry whose line was the finding's `f`, reformatted (`lineKey`): one recorded with that `form`, or one recorded
     * from a line that was already written so (its fingerprint is the form, when that is not the finding's own).
     */
    const takeForm = (f, form) => (input.baseline?.forms?.get(form) ?? []).some(takeBaseline) || (form !== f.fingerprint && takeBaseline(form));
    // Each check's findings as the report has them, computed once, before any is judged: the baseline's entries of a
    // fingerprint several findings share go to the findings nearest the lines they were recorded at.
    const converted = input.items.map(({ planned, outcomes }) => (planned.kind === 'manual' ? [] : planned.checks.map((pc, i) => {
        const out = outcomes[i];
        return !out || pc.off ? [] : out.findings.map((raw) => ({ raw, ...toFinding(raw, pc, planned, input) }));
    })));
    const nearest = baseline ? nearestLines(input, input.baseline, converted.flat(2).filter(({ raw, finding: f }) => !f.note && !mutedAt(f.check, f.file, f.line, f.column) && !(raw.cause && mutedAt(f.check, raw.cause.file, raw.cause.line, null)))) : new Map();
    /**
     * Whether a finding is known: by its fingerprint (where several findings share one and the entries say where they
     * were, only the findings nearest those lines), else by a fingerprint it had before (`aliases`: a version 1 file's
     * line text, the subject with its line numbers, a probe finding's form with its URL's origin), else (version 1) by an entry of the same check and file that says the
     * same (a message names its subject: the stage and its base image, the service and port; image tags aside).
     * Re-recording the baseline writes today's fingerprints.
     */
    const isKnown = (f, aliases, forms = []) => {
        // An outage is never known, whatever a baseline holds (one recorded without its message: by fingerprint).
        if (!f.fingerprint || (0,_baseline_js__WEBPACK_IMPORTED_MODULE_6__/* .saysNoAnswer */ .Sk)(f))
            return false;
        const near = nearest.get(f.fingerprint);
        const at = `${f.line ?? ''}\0${f.column ?? ''}`;
        if (!near) {
            if (takeBaseline(f.fingerprint))
                return true;
        }
        else if ((near.get(at) ?? 0) > 0 && takeBaseline(f.fingerprint)) {
            near.set(at, near.get(at) - 1);
            return true;
        }
        return takeFormer(f, aliases, forms);
    };
    /** Takes the entry a finding had before today's fingerprint (see isKnown), if there is one. */
    const takeFormer = (f, aliases, forms) => {
        if (aliases.some(takeBaseline) || forms.some((k) => takeForm(f, k)))
            return true;
        // (By what it says only for a check's findings: a probe's aliases are its fingerprint before it left the origin out.)
        if (input.baseline?.version !== 1 || !aliases.length || (f.url !== null && f.file === null))
            return false;
        return (input.baseline.legacy?.get((0,_baseline_js__WEBPACK_IMPORTED_MODULE_6__/* .legacyKey */ .jz)(f.check, f.file, f.message)) ?? []).some(takeBaseline);
    };
    // Findings a `preflight-ignore` mutes (with the fingerprints they had before): still there, so the baseline entries that
    // are theirs are not fixed. They take their entries after every other finding took its own (a copy left unmuted stays known).
    const mutedFindings = [];
    // Where each static check ran cleanly (not switched off, not failed, not skipped for want of anything to judge):
    // the scopes of the items that ran it. A suppression of a check that judged its file and matched no finding is
    // reported (as ESLint reports an unused disable comment): it sits where it binds nothing, or its problem is gone.
    const ranIn = new Map();
    // The live probes that ran (a baseline entry of one is fixed only when it ran and found nothing).
    const ranProbes = new Set();
    // Where each static check ran or was skipped for want of anything to judge (no Dockerfile left): a baseline entry of a
    // file gone from the scanned folder is fixed where its check was asked for (not switched off, not failed).
    const askedIn = new Map();
    for (const [itemIndex, { planned, outcomes }] of input.items.entries()) {
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
            ...(planned.item.preset ? { preset: planned.item.preset } : {}),
        };
        if (planned.kind === 'manual') {
            if (planned.off || planned.item.severity === 'off') {
                report.status = 'skipped';
                report.reason = planned.offReason ?? 'switched off';
            }
            else if (planned.item.signedOff) {
                report.status = 'attested';
                report.attestedBy = 'checklist';
            }
            // Struck through in full in the checklist: withdrawn, neither pending nor signed off by a tick.
            else if (planned.item.withdrawn) {
                report.status = 'skipped';
                report.reason = 'withdrawn: struck through in full in the checklist (remove the strikethrough to make it an item again)';
            }
            // Its status says the work is not done, though it names what a check verifies: no tick in the pull request signs it
            // off (DESIGN: ticks never attest what a check decides); ticked in the checklist, or without the status, the check decides.
            else if (planned.item.notDoneChecks?.length) {
                report.status = 'pending';
                report.notDone = true;
                report.reason = notDoneReason(planned.item.notDoneChecks, /\.(?:md|markdown)$/i.test(planned.item.source.file));
            }
            else {
                // The first of the sign-offs (the description, then approving reviews, latest first) that ticks the item signs it.
                const signer = signers.find((a) => a.keys.has(a.normalise(planned.title)) || a.keys.has(a.normalise(planned.item.id))
                    || a.inContext?.([...(planned.item.group ?? []), ...(planned.item.parent ? [planned.item.parent] : [])], planned.title)
                    // The group alone, as the reports offer the line (groupSignoff: `Security \u203a Name: ____` for an item nested under a task item).
                    || (planned.item.parent !== undefined && a.inContext?.(planned.item.group ?? [], planned.title)));
                if (signer) {
                    report.status = 'attested';
                    report.attestedBy = signer.by;
                }
                else
                    report.status = 'pending';
            }
            items.push(report);
            continue;
        }
        let failures = 0;
        // An item about how the programs its title names run ("Granian runs without `--reload`") is judged on the findings about
        // them (programScope): a finding about another program (`flask run` in the Procfile) is not its own \u2014 it stays the finding
        // of the check's other items, whose titles do not scope them so. The programs of the failures left out, for its reason.
        const programs = (0,_checks_util_programs_js__WEBPACK_IMPORTED_MODULE_7__/* .programScope */ .p)(planned.title);
        const otherPrograms = new Set();
        // The located findings this item fails on (some may end up reported under another item).
        const keys = new Set();
        itemKeys.set(report, keys);
        let errors = [];
        // The checks that could not run, by id (an item that also fails says which part could not run).
        const erroredIds = [];
        let skipped = [];
        // The checks that ran (found something or judged cleanly) and those skipped, by id: an item with several checks
        // says which part was verified.
        const passedIds = [];
        const skippedParts = [];
        const vacuous = [];
        // Failures the baseline knows or a suppression mutes: the item passes, and says why (a \u2705 on a committed .env must not read as fixed).
        let known = 0;
        let muted = 0;
        planned.checks.forEach((pc, i) => {
            const out = outcomes[i];
            if (!out || pc.off) {
                skipped.push(pc.offReason ?? `${pc.def.id} switched off`);
                skippedParts.push(pc.offReason ?? `${pc.def.id} switched off`);
                return;
            }
            if (!out.error && pc.def.kind === 'static')
                askedIn.set(pc.def.id, [...(askedIn.get(pc.def.id) ?? []), planned.scope]);
            if (out.error) {
                errors.push(out.error);
                erroredIds.push(pc.def.id);
            }
            // A static check with nothing of its kind to judge (no Kubernetes manifests for an item that also names the
            // Dockerfile check) holds vacuously: it does not keep the item from passing. A probe that did not run does.
            else if (out.skipped && !out.findings.length && pc.def.kind === 'static') {
                vacuous.push(`${pc.def.id} skipped: ${out.skipped}`);
                if (planned.checks.length === 1)
                    skipped.push(out.skipped);
            }
            else if (out.skipped && !out.findings.length) {
                skipped.push(out.skipped);
                skippedParts.push(`${pc.def.id} skipped: ${out.skipped}`);
            }
            else {
                passedIds.push(pc.def.id);
                if (pc.def.kind === 'static')
                    ranIn.set(pc.def.id, [...(ranIn.get(pc.def.id) ?? []), planned.scope]);
                else
                    ranProbes.add(pc.def.id);
            }
            for (const { raw, finding: f, aliases, forms } of converted[itemIndex][i]) {
                if (programs && raw.program !== undefined && !programs.includes(raw.program)) {
                    if (!f.note)
                        otherPrograms.add(raw.program);
                    continue;
                }
                if (raw.cause)
                    causes.set(f, raw.cause);
                if (raw.secret !== undefined)
                    bySecret.add(f);
                // Items that promise the same check (a Markdown list often words one promise twice) share its
                // findings: one located problem is reported and counted once, at the most severe item's severity.
                const key = `${f.check}\0${f.file ?? ''}\0${f.line ?? ''}\0${f.column ?? ''}\0${f.url ?? ''}\0${f.message}`;
                const prior = located.get(key);
                if (prior) {
                    if (!prior.note && !prior.suppressed && !prior.baseline)
                        failures++;
                    // Under the most severe item; at equal severity, under the item whose title names a folder the file lies in
                    // ("Worker has a healthcheck" for `services/worker/Dockerfile`), then not under one whose title names other files only
                    // ("The systemd unit runs gunicorn" for `deploy/blog.service`, not "Procfile `web:` runs gunicorn"; see fileRank: between
                    // a title naming the file and one naming none, what the message says decides),
                    // then under the one whose title speaks of it ("Replace default PostgreSQL credentials" for a POSTGRES_PASSWORD finding).
                    const rank = (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(f.severity) - (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(prior.severity);
                    const priorTitle = titles.get(prior.item ?? '') ?? '';
                    const byFolder = Number(namesFolderOf(planned.title, f.file)) - Number(namesFolderOf(priorTitle, f.file));
                    const byFile = Math.min(0, fileRank(planned.title, f.file)) - Math.min(0, fileRank(priorTitle, f.file));
                    if (rank < 0 || (rank === 0 && (byFolder > 0 || (byFolder === 0 && (byFile > 0 || (byFile === 0 && relevance(planned.title, f.message) > relevance(priorTitle, f.message))))))) {
                        prior.severity = f.severity;
                        prior.item = f.item;
                    }
                    keys.add(key);
                    continue;
                }
                keys.add(key);
                located.set(key, f);
                const sup = suppressionFor(f);
                if (sup) {
                    f.suppressed = true;
                    f.suppressedBy = sup.reason || 'preflight-ignore';
                    if (!f.note)
                        mutedFindings.push({ finding: f, aliases, forms });
                }
                else {
                    explainInert(f, input, dockerfileAt);
                    if (!f.note && isKnown(f, aliases, forms))
                        f.baseline = true;
                }
                if (!f.note && !f.suppressed && !f.baseline)
                    failures++;
                else if (f.baseline)
                    known++;
                else if (f.suppressed && !f.note)
                    muted++;
                findings.push(f);
            }
        });
        // An item passes only when all of its checks pass (DESIGN): one whose checks found nothing to fail on while some
        // were skipped (a probe without a URL, a check switched off) is `skipped`, saying which part passed and which did not run.
        // One with a failure is `fail` (DESIGN's first rule), also when another of its checks could not run (`error` is for
        // an item that could not run and found no failure): the part that could not run is then a finding of the item, at the
        // item's severity, as an `error` item counts, so an unreachable production URL still blocks the merge whatever the
        // item's other checks found (`counts` and the gate stay what its findings and items say).
        const status = failures ? 'fail' : errors.length ? 'error' : skipped.length || (!passedIds.length && vacuous.length) ? 'skipped' : 'pass';
        report.status = status;
        if (status === 'fail' && errors.length) {
            notRunItems.add(report.id);
            findings.push(notRunFinding(planned, [...new Set(erroredIds)], [...new Set(errors)].join('; ')));
        }
        const baselineOrMuted = [
            known ? `${known} known finding${known === 1 ? '' : 's'} from the baseline (reported, not gating)` : '',
            muted ? `${muted} finding${muted === 1 ? '' : 's'} suppressed by preflight-ignore` : '',
        ].filter(Boolean);
        // Probes of one item fail for the same reason (DNS, a refused connection): said once.
        if (status === 'error')
            report.reason = [...new Set(errors)].join('; ');
        else if (status === 'skipped' && !passedIds.length)
            report.reason = [...new Set([...skipped, ...(planned.checks.length > 1 ? vacuous : [])])].join('; ');
        else if (status === 'skipped')
            report.reason = [`${passedIds.join(', ')} passed`, ...new Set(skippedParts), ...vacuous, ...baselineOrMuted].join('; ');
        else if (status === 'pass' && (vacuous.length || baselineOrMuted.length || otherPrograms.size))
            report.reason = [...vacuous, ...baselineOrMuted, otherProgramsReason(programs, otherPrograms)].filter(Boolean).join('; ');
        items.push(report);
    }
    // An item that fails on findings reported under another item (items promising the same check) says so. An item whose title
    // names deploy files (see filesNamed: "Procfile `web:` runs gunicorn (never `runserver`)") is judged on what it names: a
    // finding in another file that an item naming that file carries ("The systemd unit runs gunicorn, not `manage.py
    // runserver`" for `deploy/blog.service`) is that item's, not this one's (the finding, reported once, still gates there).
    // A finding of another item whose title names no file, or one caused by a file this title names, stays shared.
    for (const [report, keys] of itemKeys) {
        if (report.status !== 'fail' || report.reason)
            continue;
        const owners = new Set();
        const elsewhere = new Map();
        // Its own finding of a part that could not run is its own.
        let own = notRunItems.has(report.id);
        const named = filesNamed(report.title);
        for (const k of keys) {
            const f = located.get(k);
            if (f.note || f.suppressed || f.baseline)
                continue;
            if (f.item === report.id) {
                own = true;
                continue;
            }
            if (!f.item)
                continue;
            const cause = causes.get(f);
            const inNamed = (file) => !!file && named.some((is) => is(file));
            if (named.length && f.file && !inNamed(f.file) && !inNamed(cause?.file) && fileRank(titles.get(f.item) ?? '', f.file) > 0) {
                elsewhere.set(f.item, (elsewhere.get(f.item) ?? new Set()).add(f.file));
                continue;
            }
            owners.add(f.item);
        }
        const quote = (ids) => [...ids].map((id) => `'${id}'`).join(', ');
        const files = [...new Set([...elsewhere.values()].flatMap((set) => [...set]))];
        const notHere = elsewhere.size ? `the findings in ${files.join(', ')} are reported under ${quote(elsewhere.keys())}, whose title names ${files.length === 1 ? 'that file' : 'those files'}` : '';
        if (!own && !owners.size && elsewhere.size) {
            report.status = 'pass';
            report.reason = `nothing to fail in what it names: ${notHere}`;
            continue;
        }
        if (owners.size)
            report.reason = `${own ? 'also fails on' : 'fails on'} the findings reported under ${quote(owners)} (a problem is reported once)${notHere ? `; ${notHere}` : ''}`;
    }
    // Findings outside items (parse errors, notes) honour `preflight-ignore parse-error` too.
    // A file that cannot be parsed today can be recorded in a baseline like any finding (adoption on a repository with
    // a template Preflight cannot read); `config` findings are the checklist's and suppressions' own mistakes and are not.
    // Like any finding's, never by line number: the offending line's text and the message without its numbers
    // ("line 2 is not a Dockerfile instruction" stays known when a line is added above it).
    const parseErrorPrint = (f) => fingerprint('parse-error', f.file, `${f.file && f.line ? lineContent(input, f.file, f.line) : ''}\0${f.message.replace(/\d+/g, '0')}`);
    for (const f of input.extra) {
        const sup = suppressionFor(f);
        if (sup) {
            // A muted parse error keeps its entry too (its fingerprint is not reported: a suppressed one never was).
            if (f.check === 'parse-error' && !f.note)
                mutedFindings.push({ finding: { ...f, fingerprint: parseErrorPrint(f) }, aliases: [], forms: [] });
            findings.push({ ...f, suppressed: true, suppressedBy: sup.reason || 'preflight-ignore' });
            continue;
        }
        if (f.check !== 'parse-error' || f.note) {
            findings.push(f);
            continue;
        }
        const fp = parseErrorPrint(f);
        findings.push({ ...f, fingerprint: fp, ...(takeBaseline(fp) ? { baseline: true } : {}) });
    }
    // A suppressed finding is not a fixed one: its entry is taken (not counted as fixed), though it is not reported as known.
    if (baseline) {
        for (const { finding: f, aliases, forms } of mutedFindings) {
            if (f.fingerprint && !(0,_baseline_js__WEBPACK_IMPORTED_MODULE_6__/* .saysNoAnswer */ .Sk)(f) && !takeBaseline(f.fingerprint))
                takeFormer(f, aliases, forms);
        }
    }
    const judged = (check, file) => (ranIn.get(check) ?? []).some((scope) => !scope || scope(file)) && (input.judges?.(check, file) ?? true);
    // Files no check could read (templated, too large, unparsable): a suppression there may be right.
    const unread = new Set(input.extra.filter((f) => f.check === 'parse-error' && f.file).map((f) => f.file));
    // Suppressions naming ids that do not exist, or an `until` that is not a date, are reported,
    // never silently ignored (an unparsable date would never expire).
    // One per expired comment, naming every check it listed whose findings came back (`preflight-ignore a, b until \u2026`).
    for (const [s, checks] of expiredReported) {
        const ids = s.ids.filter((id) => checks.has(id));
        const named = ids.map((id) => `'${id}'`);
        const list = (0,_words_js__WEBPACK_IMPORTED_MODULE_8__/* .andList */ .c)(named);
        findings.push(configFinding(`suppression of ${list} expired on ${s.until}; ${ids.length > 1 ? 'their findings are' : 'the finding is'} reported again \u2014 fix ${ids.length > 1 ? 'them' : 'it'} or extend the date`, s.file, s.line, s.column));
    }
    // The `until DATE` a reason holds (the one suppress.ts found), with the space before it.
    const UNTIL_AFTER_SPACE = new RegExp(`[ \\t]*${_repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__/* .UNTIL_IN_REASON */ .yA.source}`, 'i');
    for (const s of input.suppressions) {
        // At the end of a .gitignore line: no suppression, and part of the pattern to git (`node_modules # preflight-ignore \u2026`
        // ignores no `node_modules` any more).
        if (s.gitignoreTrailing) {
            findings.push(configFinding(`preflight-ignore ${s.gitignoreTrailing.join(', ')} at the end of a .gitignore line suppresses nothing, and git reads it as part of that line's pattern, so the rule no longer ignores what it did (a .gitignore has no trailing comments: only a line starting with # is one): put the rule back on its own and the suppression on a line of its own right before the finding, the file's first line for a finding on line 1 (\`# preflight-ignore ${s.gitignoreTrailing.join(', ')}: \u2026\`)`, s.file, s.line, s.column));
            continue;
        }
        if (s.malformed) {
            findings.push(configFinding('preflight-ignore comment not understood, so nothing is suppressed: expected `preflight-ignore CHECK-ID: reason` (check ids with hyphens, e.g. image-tag-pinned; several separated by commas; optionally `until YYYY-MM-DD` before the colon)', s.file, s.line, s.column));
            continue;
        }
        // `preflight-ignore ID: EOL until 2024-01-31`: the date is part of the reason, and the suppression never expires.
        if (s.untilInReason) {
            const rest = s.reason.replace(UNTIL_AFTER_SPACE, '').trim() || '\u2026';
            const passed = s.untilInReason.replace(/-(\d)(?=-|$)/g, '-0$1') < today ? ' (it applies although that date has passed)' : '';
            findings.push(configFinding(`preflight-ignore 'until ${s.untilInReason}' is after the colon, part of the reason, so the suppression never expires${passed}: \`until\` goes before the colon \u2014 \`preflight-ignore ${s.ids.join(', ')} until ${s.untilInReason}: ${rest}\``, s.file, s.line, s.column));
        }
        if (!validUntil(s))
            findings.push(configFinding(`preflight-ignore until '${s.until}': expected a date (YYYY-MM-DD); the suppression is not applied`, s.file, s.line, s.column));
        for (const id of s.ids) {
            if ((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .getDef */ .Gt)(id) || _catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .RESERVED_IDS */ .O4.includes(id)) {
                if (validUntil(s) && !matched.get(s)?.has(id) && !unread.has(s.file) && judged(id, s.file)) {
                    findings.push(configFinding(`preflight-ignore ${id} matched no finding on the next line or this line, so it suppresses nothing: put it ${(0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__/* .placementAdvice */ .QB)(s, id)}, or remove it if the problem is gone`, s.file, s.line, s.column));
                }
                continue;
            }
            // In a Markdown code block, an id no check has is text showing the syntax (`# preflight-ignore CHECK-ID: reason`).
            if (s.code)
                continue;
            findings.push(configFinding(`preflight-ignore names unknown check '${id}'${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .suggestIds */ .BW)(id))}`, s.file, s.line, s.column));
        }
    }
    const ran = (check, file) => ((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .getDef */ .Gt)(check)?.kind === 'probe' ? ranProbes.has(check) : file ? judged(check, file) : ranIn.has(check));
    // A file gone from the scanned folder (deleted, renamed) took its findings with it: its check, asked for there, found none.
    const inFolder = (file) => !input.base || file.startsWith(`${input.base}/`);
    const exists = (file) => input.exists?.(file) ?? input.lineText(file, 1) !== undefined;
    const gone = (check, file) => inFolder(file) && !exists(file) && (askedIn.get(check) ?? []).some((scope) => !scope || scope(file)) && (input.judges?.(check, file) ?? true);
    // Whether this run could have found an entry's finding at all: its check ran, or (a static check) was asked for and had
    // nothing to judge. An entry of a check that did not run (a live probe in a run without a URL, a check the checklist
    // does not run, switches off, or that failed) is not counted, so it never makes a baseline "match nothing here".
    const tried = (check) => check === 'parse-error' || ((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .getDef */ .Gt)(check)?.kind === 'probe' ? ranProbes.has(check) : askedIn.has(check));
    // Whether the run read what an entry's finding was about: not a file it could not parse or skipped (a compose file broken
    // by a mis-indented key: its checks judged nothing in it, so its entries are not fixed; a parse error's own entry aside),
    // nor, where its message names other files (`FILE:N`: the compose service whose command runs an app.py), one of those
    // that it could not parse or, a sub-folder's run, does not read (outside the folder): the run could not have found it.
    const read = (e) => e.check === 'parse-error' || ((!e.file || !unread.has(e.file))
        && (e.message === undefined || filesNamedIn(e.message).every((p) => p === e.file || (!unread.has(p) && !input.outside?.(p)))));
    const fixed = baseline ? baselineFixed(input, baseline, (check, file) => ran(check, file) || (!!file && (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .getDef */ .Gt)(check)?.kind === 'static' && gone(check, file)), read, tried, findings, exists, inFolder, (f) => bySecret.has(f)) : undefined;
    const counts = Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
    let fail = false;
    for (const f of findings) {
        if (f.suppressed || f.baseline)
            continue;
        counts[f.severity]++;
        if (!f.note && (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(f.severity, input.failOn))
            fail = true;
    }
    for (const it of items) {
        if (it.status === 'error' || it.status === 'pending') {
            counts[it.severity]++;
            if ((0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .atLeast */ .jZ)(it.severity, input.failOn) && (it.status === 'error' || input.gatesManual))
                fail = true;
        }
    }
    findings.sort((a, b) => (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(a.severity) - (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .severityRank */ .qs)(b.severity) || COLLATOR.compare(a.file ?? '~', b.file ?? '~') || (a.line ?? 0) - (b.line ?? 0) || COLLATOR.compare(a.check, b.check));
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
/**
 * How many baseline entries are fixed: those no finding took whose check ran over their file this run (its item ran
 * it, the file in the item's scope and in the scanned folder; a parse error's file in the scanned folder; a repository-wide
 * entry, without a file, in a sub-folder's run: when its message names a path below the folder), or whose file is gone
 * from the scanned folder (deleted or renamed) where its check was asked for, even when the check was skipped for want of
 * anything to judge. An entry for a file outside `--dir`, for a check the checklist does not run or switches off, for a
 * file the run could not parse or skipped (`read`), or for a probe that did not run was not checked, so it is not fixed. A baseline none of whose entries matched a finding or names
 * a file here or one that was (another repository's, another folder's) says so in a `config` finding instead of calling
 * its entries fixed \u2014 when some entry is of a check this run tried (`tried`: one of live probes only, in a run without a
 * URL, could match nothing and says nothing). An entry whose check has a new finding in its file is not called fixed either (`onMoved`): it may be
 * that finding, its line's text changed.
 */
function baselineFixed(input, left, ran, read, tried, findings, exists, inFolder, secret) {
    const entries = input.baseline.entries;
    // Written by hand (tests): every entry left is fixed.
    if (!entries)
        return [...left.values()].reduce((a, b) => a + b, 0);
    const remaining = new Map(left);
    // A repository-wide entry (a static check's, without a file) is about the paths its message names: a sub-folder's run
    // checked it only when they are below that folder (a root `.env` is another folder's, not fixed by this run).
    const checked = (e) => e.check === 'parse-error' ? !!e.file && (input.judges?.(e.check, e.file) ?? true)
        : !e.file && input.base && (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .getDef */ .Gt)(e.check)?.kind === 'static' ? e.message !== undefined && (0,_baseline_js__WEBPACK_IMPORTED_MODULE_6__/* .namesPathBelow */ .V0)(e.message, input.base) && ran(e.check, null)
            : ran(e.check, e.file) && read(e);
    const fixedEntries = [];
    for (const e of entries) {
        const n = remaining.get(e.fingerprint) ?? 0;
        if (n <= 0)
            continue;
        remaining.set(e.fingerprint, n - 1);
        if (checked(e))
            fixedEntries.push(e);
    }
    const matchedAny = [...left.values()].reduce((a, b) => a + b, 0) < entries.length;
    // Another repository's (or folder's) baseline: nothing matched, no file it names is here, and none was (a file of the
    // folder deleted or renamed here: git history has it; outside git, its folder still holds files). Only the entries of
    // checks this run tried count: one holding live-probe findings only matches nothing in a run without a URL (a pull
    // request's), and is this repository's all the same.
    const judgeable = entries.filter((e) => tried(e.check)).length;
    if (judgeable && !matchedAny && !entries.some((e) => e.file && (exists(e.file) || (inFolder(e.file) && input.wasHere?.(e.file))))) {
        const untried = entries.length - judgeable;
        const which = `${judgeable} entr${judgeable === 1 ? 'y' : 'ies'}${untried ? ` for checks this run ran (${untried} more ${untried === 1 ? 'is' : 'are'} for checks it did not run)` : ''}`;
        findings.push(configFinding(`${input.baseline.file ? `baseline ${input.baseline.file}` : 'the baseline'} matches nothing here: none of its ${which} is a finding of this run or names one of its files (recorded in another repository, or for another --dir / working-directory?), so none is counted as fixed; record the baseline for this folder with 'preflight baseline'${input.shallowHistory ? " (this clone's git history is shallow, so a file of the baseline deleted before its first commit is not seen: fetch the whole history, actions/checkout's fetch-depth: 0, to count such entries as fixed)" : ''}`, null, null));
        return 0;
    }
    // An entry whose check has a new finding in its file (production-server's `CMD` given `--port`: the line's text, its
    // identity, changed) may be that finding: not called fixed, each paired with the nearest new finding left.
    const fresh = new Map();
    for (const f of findings) {
        if (!f.file || f.baseline || f.suppressed || f.note)
            continue;
        const k = `${f.check}\0${f.file}`;
        fresh.set(k, [...(fresh.get(k) ?? []), f]);
    }
    const moved = [];
    const kept = fixedEntries.filter((e) => {
        const left = e.file ? fresh.get(`${e.check}\0${e.file}`) : undefined;
        if (!left?.length)
            return true;
        let at = 0;
        if (e.line !== undefined)
            left.forEach((f, i) => { if (Math.abs((f.line ?? 0) - e.line) < Math.abs((left[at].line ?? 0) - e.line))
                at = i; });
        moved.push({ entry: e, line: left[at].line, ...(secret(left[at]) ? { secret: true } : {}) });
        left.splice(at, 1);
        return false;
    });
    if (moved.length)
        input.onMoved?.(moved);
    if (kept.length)
        input.onFixed?.(kept);
    return kept.length;
}
/**
 * Where the baseline entries of a fingerprint that more findings share than it has entries go (a known secret pasted
 * again above its line): to the findings nearest the lines the entries were recorded at, in order (the least total
 * distance). Fingerprint \u2192 `line\0column` \u2192 how many entries go there. Only for entries that say where they were
 * (files written before did not): the others go in file order.
 */
function nearestLines(input, base, candidates) {
    const out = new Map();
    const byFp = new Map();
    const seen = new Set();
    for (const { finding: f } of candidates) {
        if (!f.fingerprint || !base.counts.has(f.fingerprint))
            continue;
        const key = `${f.fingerprint}\0${f.line ?? ''}\0${f.column ?? ''}\0${f.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        byFp.set(f.fingerprint, [...(byFp.get(f.fingerprint) ?? []), f]);
    }
    const entryLines = new Map();
    for (const e of base.entries ?? [])
        entryLines.set(e.fingerprint, [...(entryLines.get(e.fingerprint) ?? []), e]);
    for (const [fp, found] of byFp) {
        const es = entryLines.get(fp) ?? [];
        if (!es.length || found.length <= es.length || es.some((x) => x.line === undefined) || found.some((f) => !f.line) || found.length * es.length > 250_000)
            continue;
        const e = es.slice().sort((a, b) => a.line - b.line);
        const c = found.slice().sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
        const hashes = c.map((f) => lineContentHash(input, f.file, f.line));
        // The recorded line itself (its text unchanged) first, then the nearest line.
        const dist = (i, j) => (e[i].lineHash && e[i].lineHash !== hashes[j] ? 1e6 : 0) + Math.abs(e[i].line - c[j].line);
        // cost[i][j]: the least total distance matching the first i entries among the first j findings, in order.
        const k = e.length, n = c.length;
        const cost = Array.from({ length: k + 1 }, (_, i) => new Array(n + 1).fill(i ? Infinity : 0));
        for (let i = 1; i <= k; i++) {
            for (let j = i; j <= n; j++)
                cost[i][j] = Math.min(cost[i][j - 1], cost[i - 1][j - 1] + dist(i - 1, j - 1));
        }
        const take = new Map();
        // Back from the last finding; of two at the same distance the later one (a copy pasted above pushed the original down).
        for (let i = k, j = n; i > 0; j--) {
            if (cost[i - 1][j - 1] + dist(i - 1, j - 1) !== cost[i][j])
                continue;
            const at = `${c[j - 1].line}\0${c[j - 1].column ?? ''}`;
            take.set(at, (take.get(at) ?? 0) + 1);
            i--;
        }
        out.set(fp, take);
    }
    return out;
}
/** What a located finding is fingerprinted by: its line's text, whitespace collapsed (not its line number). */
function lineContent(input, file, line) {
    const memo = lineMemo(input);
    const key = `${file}\0${line}`;
    let text = memo.contents.get(key);
    if (text === undefined) {
        text = (input.lineText(file, line) ?? '').trim().replace(/\s+/g, ' ');
        memo.contents.set(key, text);
    }
    return text;
}
/**
 * A line's text (`lineContent`: trimmed, whitespace collapsed) without what no tool reads, by which a baseline entry knows
 * its finding's line reformatted (`BaselineEntry.form`): the spacing around `,` `[` `]` `(` `)` `{` `}` `=` `:` outside
 * quotes (`CMD ["flask", "run"]` is `CMD ["flask","run"]` to Docker, `X = False` is `X=False`) and a trailing comment where
 * the file's language has one that can never be part of a value (Python `#`, YAML ` #`, JavaScript/TypeScript `//`; never
 * a Dockerfile's or a `.env`'s `#`, which may be the value's). A line that is a comment keeps its text.
 */
function lineKey(file, text) {
    const comment = /\.(?:py|pyw|pyi)$/i.test(file) ? '#' : (0,_repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .isYamlFile */ .wl)(file) ? ' #' : /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/i.test(file) ? '//' : null;
    let out = '';
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            out += c;
            if (c === '\\' && i + 1 < text.length)
                out += text[++i];
            else if (c === quote)
                quote = null;
            continue;
        }
        if (c === '"' || c === "'" || c === '`') {
            quote = c;
            out += c;
            continue;
        }
        if ((comment === '#' && c === '#') || (comment === ' #' && c === '#' && (i === 0 || /\s/.test(text[i - 1]))) || (comment === '//' && c === '/' && text[i + 1] === '/')) {
            if (!out.trim())
                return text;
            break;
        }
        if (/\s/.test(c) && (SPACELESS.has(out[out.length - 1] ?? '') || SPACELESS.has(text[i + 1] ?? '')))
            continue;
        out += c;
    }
    return out.trimEnd();
}
const SPACELESS = new Set([',', '[', ']', '(', ')', '{', '}', '=', ':']);
/**
 * What a baseline entry records as its `form` when recorded: the fingerprint its finding has by its line's key (`lineKey`),
 * when it is known by its line's text (`fp` is that text's fingerprint: no secret, no subject) and the key is another text.
 */
function lineFormPrint(check, file, text) {
    const collapsed = text.trim().replace(/\s+/g, ' ');
    const key = lineKey(file, collapsed);
    return { byText: fingerprint(check, file, collapsed), byKey: key === collapsed ? undefined : fingerprint(check, file, key) };
}
/**
 * Per gate run, what is computed from a finding's line, once per line: its normalised text, and the fingerprints and
 * hashes made of it. A one-line file (minified JSON, a Kubernetes `List` written by `json.dumps`) is the line of every
 * finding in it: normalising and hashing that line again for each finding made the gate quadratic (4000 Deployments,
 * 975 KB on one line: 90 s).
 */
const lineMemos = new WeakMap();
function lineMemo(input) {
    let memo = lineMemos.get(input);
    if (!memo) {
        memo = { contents: new Map(), keys: new Map(), fingerprints: new Map(), hashes: new Map() };
        lineMemos.set(input, memo);
    }
    return memo;
}
/** `lineKey(file, lineContent(\u2026))`, once per line. */
function lineKeyAt(input, file, line) {
    const memo = lineMemo(input).keys;
    const key = `${file}\0${line}`;
    let text = memo.get(key);
    if (text === undefined) {
        text = lineKey(file, lineContent(input, file, line));
        memo.set(key, text);
    }
    return text;
}
/**
 * `fingerprint(check, file, lineContent(\u2026) + tail)`, computed once per check, line and tail; `byKey`: by the line's key
 * (`lineKey`) instead, the form a baseline entry knows it by reformatted.
 */
function lineFingerprint(input, check, file, line, tail, byKey = false) {
    const memo = lineMemo(input).fingerprints;
    const key = `${check}\0${file}\0${line}\0${tail}\0${byKey ? 'key' : ''}`;
    let fp = memo.get(key);
    if (fp === undefined) {
        fp = fingerprint(check, file, `${byKey ? lineKeyAt(input, file, line) : lineContent(input, file, line)}${tail}`);
        memo.set(key, fp);
    }
    return fp;
}
/** `lineHash(lineContent(\u2026))`, computed once per line. */
function lineContentHash(input, file, line) {
    const memo = lineMemo(input).hashes;
    const key = `${file}\0${line}`;
    let h = memo.get(key);
    if (h === undefined) {
        h = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_6__/* .lineHash */ .Hw)(lineContent(input, file, line));
        memo.set(key, h);
    }
    return h;
}
/**
 * What a subject says of where its finding is, without line numbers: a message-derived subject (a debug setting that a
 * Dockerfile's DJANGO_SETTINGS_MODULE selects "(DEBUG = True at line 9)", "run by \u2026 in Procfile:3") names the lines of
 * other files, which an edit above them moves. `line N` and a repository file's `FILE:N` lose their numbers.
 */
function stableSubject(subject, isFile) {
    return fileLinesAside(subject.replace(/\blines? \d+(?:\s*[-\u2013]\s*\d+)?/g, 'line #'), isFile);
}
/** The paths a text names as `PATH:N` (or `PATH:N:M`), whether or not they are files: a finding's message naming what it derives from. */
function filesNamedIn(text) {
    const out = [];
    fileLinesAside(text, (p) => { out.push(p); return false; });
    return out;
}
/** A `:N` or `:N:M` right after a word (what `FILE:N` puts after the file). */
const LINE_SUFFIX = /:\d+(?::\d+)?\b/y;
const PATH_STOP = /[\s()'"`,;:]/;
/**
 * `text.replace(/([^\s()'"`,;:]+):\d+(?::\d+)?\b/g, \u2026)` turning a repository file's `FILE:N` into `FILE:#`, in one pass:
 * that regex tries every start inside a long run of path characters again (seconds on a 100 KB word).
 */
function fileLinesAside(text, isFile) {
    let out = '';
    let last = 0; // where the regex would search on from: the end of the last match
    let run = 0; // where the current run of path characters starts (never before `last`)
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (!PATH_STOP.test(c))
            continue;
        if (c === ':' && i > run) {
            LINE_SUFFIX.lastIndex = i;
            if (LINE_SUFFIX.exec(text)) {
                const end = LINE_SUFFIX.lastIndex;
                const path = text.slice(run, i);
                out += text.slice(last, run) + (isFile(path) ? `${path}:#` : text.slice(run, end));
                last = run = end;
                i = end - 1;
                continue;
            }
        }
        run = i + 1;
    }
    return last ? out + text.slice(last) : text;
}
/**
 * Checks whose findings (some of them) had no subject when version 2 files were first written: a committed .env and a
 * .gitignore were known by their first line, Django settings' DEBUG by its line. A version 2 entry of theirs may hold
 * the line form; any other check's version 2 entries hold subjects only.
 */
const SUBJECT_SINCE = new Set(['env-file-committed', 'env-file-not-ignored', 'debug-mode']);
/**
 * A check's finding as the report has it, and the fingerprints it had before (`aliases`), by which a baseline written
 * then still knows it: its line's text (version 1 files; and findings whose check gave them a subject since, a committed
 * .env, Django settings' DEBUG), and its subject with its line numbers (before they were left out).
 */
function toFinding(raw, pc, planned, input) {
    const note = raw.note === true;
    const severity = note ? 'info' : (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .failureSeverity */ .qF)(pc, raw);
    const file = raw.file ?? null;
    const line = raw.line ?? null;
    const tail = note ? '\0note' : '';
    // The fingerprint by the line's text (once per line: see lineMemos), or for a finding without a line by its URL and message.
    const lineForm = () => (file && line ? lineFingerprint(input, pc.def.id, file, line, tail) : fingerprint(pc.def.id, file, `${filelessContent(raw.url ?? null, raw.message)}${tail}`));
    const bySubject = raw.secret === undefined && raw.subject !== undefined;
    const subject = bySubject ? stableSubject(raw.subject, (p) => input.lineText(p, 1) !== undefined) : '';
    // The subject is told apart from any line's text by its prefix (a line cannot hold a NUL).
    const fp = raw.secret !== undefined
        ? fingerprint(pc.def.id, file, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(raw.secret).digest('hex')}${tail}`)
        : bySubject ? fingerprint(pc.def.id, file, `\0subject\0${subject}${tail}`) : lineForm();
    const lineAlias = input.baseline?.version === 1 || SUBJECT_SINCE.has(pc.def.id);
    // A probe's finding recorded before its fingerprint left the deployment's origin out: known by that form too.
    const urlAlias = () => {
        if (raw.secret !== undefined || bySubject || (file && line) || !raw.url)
            return [];
        const old = fingerprint(pc.def.id, file, `${legacyFilelessContent(raw.url, raw.message)}${tail}`);
        return old === fp ? [] : [old];
    };
    // A repository-wide finding of a sub-folder's run (no file, no URL: no .gitignore at all) names the folder's paths from
    // the root ('services/web/.env'): known too by the form a run at the root gives the same problem ('.env').
    const folderAlias = () => {
        if (file || raw.url || !input.base || raw.secret !== undefined || bySubject)
            return [];
        const old = fingerprint(pc.def.id, null, `${filelessContent(null, (0,_baseline_js__WEBPACK_IMPORTED_MODULE_6__/* .folderRelativeMessage */ .AB)(raw.message, input.base))}${tail}`);
        return old === fp ? [] : [old];
    };
    const aliases = !input.baseline || note ? []
        : bySubject ? [...(subject !== raw.subject ? [fingerprint(pc.def.id, file, `\0subject\0${raw.subject}${tail}`)] : []), ...(lineAlias ? [lineForm()] : [])]
            : [...urlAlias(), ...folderAlias()];
    // A finding known by its line: its fingerprint by the line's key too (`lineKey`) \u2014 by which an entry knows its line
    // reformatted (`BaselineEntry.form`), or (another text) an entry recorded from a line written so.
    const byKey = !input.baseline || note || raw.secret !== undefined || bySubject || !file || !line ? null : lineFingerprint(input, pc.def.id, file, line, tail, true);
    const forms = byKey ? [byKey] : [];
    const finding = {
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
        fingerprint: fp,
        fix: raw.fix ?? pc.def.docs.fix,
    };
    return { finding, aliases, forms };
}
/**
 * A finding in a `.env` file or a Dockerfile whose line ends in a `preflight-ignore` naming its check: that comment
 * suppresses nothing (a trailing `#` can be part of the value; a Dockerfile has only whole-line comments), and the message
 * says so. In a Dockerfile the instruction's continuation lines count too (`CMD flask run \` then `--host 0.0.0.0 # \u2026`);
 * a message that already says it (a Dockerfile ENV value holding the comment) is left as it is.
 */
function explainInert(f, input, dockerfileAt) {
    if (!f.file || !f.line || f.message.includes('suppresses nothing'))
        return;
    const file = f.file;
    if (!(0,_repo_classify_js__WEBPACK_IMPORTED_MODULE_2__/* .isDockerfile */ .pZ)(file)) {
        const text = input.lineText(file, f.line);
        if (text !== undefined && (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__/* .inertTrailingIds */ .Ty)(file, text).includes(f.check))
            f.message += (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__/* .inertTrailingHint */ .sI)(file);
        return;
    }
    if (dockerfileAt(file).inert(f.check, f.line))
        f.message += (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__/* .inertTrailingHint */ .sI)(file);
}
/**
 * The inert comments of each Dockerfile, each line read once (for thousands of findings in one instruction, its lines are
 * not read again for each): the instruction read from the finding's line ends where `instructionSpans` says (the
 * Dockerfile's continuation rules, stated there once). Lines are read as far as findings need them.
 */
function dockerfileComments(input) {
    const memo = new Map();
    const read = (file) => {
        const escape = (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerEscape */ .w2)(Array.from({ length: 16 }, (_, i) => input.lineText(file, i + 1) ?? ''));
        const spans = (0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__/* .instructionSpans */ .Qn)((i) => input.lineText(file, i + 1), escape);
        // By check, the indexes (ascending) of lines whose trailing comment names it, for the lines read so far.
        const byCheck = new Map();
        let scanned = 0;
        let ended = false;
        const ensure = (upTo) => {
            for (; !ended && scanned <= upTo; scanned++) {
                const l = input.lineText(file, scanned + 1);
                if (l === undefined) {
                    ended = true;
                    break;
                }
                for (const id of new Set((0,_repo_suppress_js__WEBPACK_IMPORTED_MODULE_1__/* .inertTrailingIds */ .Ty)(file, l))) {
                    const at = byCheck.get(id);
                    if (at)
                        at.push(scanned);
                    else
                        byCheck.set(id, [scanned]);
                }
            }
        };
        return {
            inert: (check, line) => {
                const from = line - 1;
                const end = spans.end(from);
                ensure(end);
                const at = byCheck.get(check) ?? [];
                // The first line at or below the finding's whose comment names the check (binary search): inert when the
                // instruction reaches it.
                let lo = 0;
                let hi = at.length;
                while (lo < hi) {
                    const mid = (lo + hi) >> 1;
                    if (at[mid] < from)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                return at[lo] !== undefined && at[lo] <= end;
            },
        };
    };
    return (file) => {
        let d = memo.get(file);
        if (!d) {
            d = read(file);
            memo.set(file, d);
        }
        return d;
    };
}
/**
 * The part of a failing item that could not run (`check: [tls-protocols-config, tls-version]` whose config fails while
 * the URL refuses connections): a finding of the item at its severity, never one a baseline records or knows
 * (`saysNoAnswer`). Fingerprinted as the SARIF result of an item that could not run: one alert while it lasts.
 */
function notRunFinding(planned, ids, reason) {
    return {
        check: ids[0], item: planned.item.id, severity: planned.severity,
        message: (0,_baseline_js__WEBPACK_IMPORTED_MODULE_6__/* .notRunMessage */ .Wr)(ids, reason),
        file: null, line: null, column: null, url: null,
        fingerprint: fingerprint(ids[0], null, `\0error\0${planned.item.id}`),
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
/**
 * Why an item whose status says the work is not done, and that names what `checks` verify, stays pending (see
 * ChecklistItem.notDoneChecks): what to do instead of ticking it in the pull request. In a Markdown checklist a tick in
 * it or the status dropped binds the item; a YAML item (`preflight import` keeps the status in its title) is bound by `check`.
 */
function notDoneReason(checks, markdown = true) {
    const by = checks.length > 1 ? `the checks ${(0,_words_js__WEBPACK_IMPORTED_MODULE_8__/* .andList */ .c)(checks)} decide` : `the check ${checks[0]} decides`;
    if (!markdown) {
        const key = checks.length > 1 ? `check: [${checks.join(', ')}]` : `check: ${checks[0]}`;
        return `its status says the work is not done, so no tick in the pull request signs it off; when it is done, remove the status from its title and add \`${key}\` to the item, and ${by} it`;
    }
    return `its status says the work is not done, so no tick in the pull request signs it off; when it is done, tick its box in the checklist or remove the status, and ${by} it`;
}


/***/ }),

/***/ 1104:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   et: () => (/* binding */ plan),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   qF: () => (/* binding */ failureSeverity)
/* harmony export */ });
/* unused harmony export defaultTitle */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19714);
/* harmony import */ var _checks_util_file_globs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82064);
/* harmony import */ var _checklist_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41006);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64170);





/**
 * The severity the gate gives a failure of a planned check: the one forced on the check (item severity or override),
 * else the finding's sub-case's, else the check's; never above the finding's `ceiling` (a sub-case the user opted into).
 */
function failureSeverity(pc, f) {
    const s = pc.forced ?? f.severity ?? pc.def.severity;
    return f.ceiling && (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(s) < (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(f.ceiling) ? f.ceiling : s;
}
/**
 * Turns checklist items into a plan: resolves each check's severity (catalogue \u2192 item \u2192
 * override; `off` disables), validates options against the check's schema, compiles scopes.
 * Of the overrides, the more specific wins: one naming the item beats one naming its check
 * (`--severity pinned-api=medium --severity image-tag-pinned=low`: pinned-api is medium), in either order.
 * `overridesFrom` names where the overrides came from in errors (`--severity`, the action's input).
 */
function plan(list, overrides, overridesFrom = '--severity') {
    // An override naming nothing would silently change nothing: a typo must not pass unnoticed.
    const itemIds = list.items.map((i) => i.id);
    for (const key of Object.keys(overrides)) {
        if ((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .getDef */ .Gt)(key) || itemIds.includes(key))
            continue;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${overridesFrom} ${key}=${overrides[key]}: no check or checklist item has that id${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .suggestIds */ .BW)(key, [...(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .catalogue */ .sW)().keys(), ...itemIds]))}`);
    }
    const globalIgnore = list.ignore.length ? globMatcher(list.ignore) : null;
    // Every item's mistakes (options, globs) are reported in one run, not one per run.
    const errors = [];
    const planned = list.items.map((item) => {
        try {
            return planItem(item);
        }
        catch (e) {
            if (!(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
                throw e;
            errors.push(e);
            return null;
        }
    });
    const err = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrors */ .kV)(errors);
    if (err)
        throw err;
    return planned;
    function planItem(item) {
        const where = { file: item.source.file, line: item.source.line, column: item.source.column };
        const itemOverride = overrides[item.id];
        // Every mistake of the item's options, in one run.
        const parsed = (0,_checklist_options_js__WEBPACK_IMPORTED_MODULE_1__/* .itemOptions */ .a)(item, where);
        const checks = item.checks.map((id, k) => {
            const def = (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .getDef */ .Gt)(id);
            const options = parsed[k];
            // The item's override, then the check's, then the item's own severity (the most specific first).
            const from = overridesFrom.replace(/:$/, '');
            const chain = [
                [itemOverride, `item switched off (${from} ${item.id}=off)`],
                [overrides[id], `${id} switched off (${from} ${id}=off)`],
                [item.severity, 'item switched off (severity: off)'],
            ];
            const winner = chain.find(([s]) => s !== undefined);
            const setting = winner?.[0];
            const off = setting === 'off';
            const forced = setting && setting !== 'off' ? setting : null;
            // Off, it still shows a severity: the next one set below the `off`, else the catalogue's.
            const shown = forced ?? (chain.map(([s]) => s).find((s) => s !== undefined && s !== 'off') ?? def.severity);
            return { def, options, forced, severity: shown, off, ...(off ? { offReason: winner[1] } : {}) };
        });
        const kind = checks.length === 0 ? 'manual' : checks.every((c) => c.def.kind === 'probe') ? 'probe' : 'static';
        const manualSetting = itemOverride ?? item.severity;
        // Off, a manual item still shows the severity it would otherwise have, as a check does: its own `severity: critical`
        // under `--severity ITEM=off`, else the checklist's manual default.
        const manualShown = [itemOverride, item.severity].find((s) => s !== undefined && s !== 'off') ?? list.manualSeverity;
        const severity = kind === 'manual'
            ? manualShown
            : (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .maxSeverity */ .eL)(checks.filter((c) => !c.off).map((c) => c.severity), (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .maxSeverity */ .eL)(checks.map((c) => c.severity)));
        const include = item.paths?.length ? globMatcher(item.paths) : null;
        const exclude = item.ignore?.length ? globMatcher(item.ignore) : null;
        // Each list judged with its own negations: a `!` re-include in the checklist's `ignore` does not undo the item's.
        const excluded = exclude || globalIgnore ? (f) => !!exclude?.(f) || !!globalIgnore?.(f) : null;
        const scope = include || excluded
            ? (f) => (!include || include(f)) && !excluded?.(f)
            : null;
        return { item, title: item.title ?? defaultTitle(item.id, checks), kind, checks, severity, scope, excluded, ...(kind === 'manual' && manualSetting === 'off' ? { off: true, offReason: itemOverride === 'off' ? `item switched off (${overridesFrom.replace(/:$/, '')} ${item.id}=off)` : 'item switched off (severity: off)' } : {}) };
    }
}
/**
 * The title of an item written without one: its check's title; with several checks, their titles in the item's order
 * joined by `; ` ("Container images use pinned tags; Containers do not run as root": the item gates on each, so its title
 * names each); a manual item written without one has none to borrow and is titled by its id.
 */
function defaultTitle(id, checks) {
    return checks.length ? checks.map((c) => c.def.title).join('; ') : id;
}
/**
 * A matcher for checklist globs (`paths`, `ignore`): dotfiles included, and a glob that ends in `/` (`test/`,
 * written as in .gitignore) means everything under that folder (`test/**`), instead of matching nothing.
 * So does a plain path without wildcards (`ignore: [vendor]`, `paths: [services/api]`): as in .gitignore
 * and Trivy's `--skip-dirs`, naming a folder names what is in it (it still matches a file of that name).
 */
function globMatcher(globs) {
    // `!glob` excludes, as in .gitignore and Checkov's skip paths: `[services/**, '!services/legacy/**']`. Handed to
    // picomatch in the same list it would match every file outside the negated glob, widening the scope to the whole
    // repository (or, under `ignore`, ignoring it). With only negations, everything else matches.
    const neg = globs.filter((g) => g.startsWith('!') && g.length > 1).map((g) => g.slice(1));
    const pos = globs.filter((g) => !g.startsWith('!'));
    const include = pos.length ? picomatch__WEBPACK_IMPORTED_MODULE_3__((0,_checks_util_file_globs_js__WEBPACK_IMPORTED_MODULE_4__/* .folderGlobs */ .e)(pos), { dot: true }) : () => true;
    if (!neg.length)
        return include;
    const exclude = picomatch__WEBPACK_IMPORTED_MODULE_3__((0,_checks_util_file_globs_js__WEBPACK_IMPORTED_MODULE_4__/* .folderGlobs */ .e)(neg), { dot: true });
    return (file) => include(file) && !exclude(file);
}


/***/ })

};
