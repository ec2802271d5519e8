export const id = 979;
export const ids = [979,251];
export const modules = {

/***/ 23979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oG: () => (/* binding */ assertChecklistText),
  _x: () => (/* binding */ loadPreset),
  nn: () => (/* binding */ parseYamlChecklist),
  lP: () => (/* binding */ presetHint),
  QL: () => (/* binding */ resolveExtends)
});

// UNUSED EXPORTS: PRESET_NAMES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/repo/yaml.js
var yaml = __webpack_require__(52365);
// EXTERNAL MODULE: ./lib/generated/presets.js
var presets = __webpack_require__(79321);
// EXTERNAL MODULE: ./lib/catalogue.js + 11 modules
var catalogue = __webpack_require__(19714);
// EXTERNAL MODULE: ./lib/types.js
var types = __webpack_require__(64170);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./lib/checks/util/option-entry.js
var option_entry = __webpack_require__(37660);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
;// CONCATENATED MODULE: ./lib/checklist/schema.js




/** The YAML checklist (version 1). Unknown keys are errors, never silently ignored. */
// Levels in any case (`High`), as the CLI flags and action inputs take them.
const lower = (v) => (typeof v === 'string' ? v.toLowerCase() : v);
const severitySettingSchema = schemas/* preprocess */.vkY(lower, schemas/* enum */.k5n([...types/* SEVERITIES */.oC, 'off']));
const failOnSchema = schemas/* preprocess */.vkY(lower, schemas/* enum */.k5n([...types/* SEVERITIES */.oC, 'none']));
const stringList = schemas/* array */.YOg(schemas/* string */.YjP().min(1));
// Globs over repository paths: a `..` segment could only ever match nothing (nothing outside is read).
// An absolute glob (`/etc/**`) would silently match nothing too: repository paths never start with `/`.
const globList = schemas/* array */.YOg(schemas/* string */.YjP().min(1)
    .refine((g) => !/(?:^|\/)\.\.(?:\/|$)/.test(g), 'expected a glob relative to the repository (no `..` segment: nothing outside the repository is read)')
    .refine((g) => !/^(?:\/|[A-Za-z]:[\\/])/.test(g), 'expected a glob relative to the repository root (`k8s/**`, not `/k8s/**`): paths are matched as git lists them')
    // A Windows path (`services\api\**`): in a glob `\` escapes the next character, so it would silently match
    // nothing and leave the item `skipped`. A `\` before a character that needs no escaping (a letter, digit, `.`,
    // `-`, `_`, `/`, a space, the end) is one; escaping a glob character (`\*`, `\[`) or a backslash (`\\`) is fine.
    .superRefine((g, ctx) => {
    if (windowsSeparator(g))
        ctx.addIssue({ code: 'custom', message: `expected \`/\` between folders, as git lists paths: in a glob \`\\\` escapes the next character, so '${g}' matches nothing; use / in globs ('${g.replace(/\\/g, '/')}')` });
})
    // An unbalanced bracket or brace (`**/*.{yml`, `[abc`) is taken literally by picomatch and would silently
    // match nothing, leaving the item `skipped`: a typo, reported with picomatch's own message (the rule a check's glob
    // options share, globEntry).
    .superRefine(option_entry/* refineGlob */.WP));
/** Whether a glob holds a `\` that escapes nothing a glob needs escaped: a Windows folder separator. */
function windowsSeparator(g) {
    for (let i = 0; i < g.length; i++) {
        if (g[i] !== '\\')
            continue;
        const next = g[i + 1];
        if (next === undefined || /[A-Za-z0-9._\- /]/.test(next))
            return true;
        i++; // an escaped character (`\*`, `\\`): skipped
    }
    return false;
}
const itemSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id of letters, digits, ".", "_" or "-"'),
    title: schemas/* string */.YjP().min(1).regex(/\S/, 'expected a title with text, not only spaces').optional(),
    check: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).superRefine((ids, ctx) => {
            // At the repeat (`check: [hsts, https-redirect, hsts]`: the second `hsts`), not at the list.
            const dup = ids.findIndex((id, j) => ids.indexOf(id) !== j);
            if (dup >= 0)
                ctx.addIssue({ code: 'custom', message: `expected each check once (a check listed twice would report every finding twice): '${ids[dup]}' is listed again`, path: [dup] });
        })]).optional(),
    severity: severitySettingSchema.optional(),
    paths: globList.optional(),
    ignore: globList.optional(),
    options: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    group: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), stringList]).optional(),
    'signed-off': schemas/* boolean */.zMY().optional(),
});
const probesSchema = schemas/* strictObject */.rej({
    url: schemas/* string */.YjP().min(1).optional(),
    health: ((path) => schemas/* union */.KCZ([path, schemas/* array */.YOg(path).min(1)]))(schemas/* string */.YjP().regex(/^\/(?![\t\n\r]*[/\\])/, 'expected a path on the target\'s host: one leading "/", not "//" or "/\\" (which name another host)')).optional(),
    timeout: schemas/* number */.aig().positive().max(settings/* MAX_TIMEOUT_SECONDS */.Pe).optional(),
    wait: schemas/* number */.aig().min(0).max(settings/* MAX_WAIT_SECONDS */.ZI).optional(),
    headers: schemas/* record */.g1P(schemas/* string */.YjP().regex(settings/* HEADER_NAME */.EQ, 'an HTTP header name (letters, digits and !#$%&\'*+-.^_`|~: no spaces, no colon)'), schemas/* string */.YjP()).optional(),
    'http-url': schemas/* string */.YjP().min(1).optional(),
    ca: schemas/* string */.YjP().min(1).optional(),
    'allow-self-signed': schemas/* boolean */.zMY().optional(),
});
const checklistSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1),
    extends: schemas/* union */.KCZ([schemas/* string */.YjP(), stringList]).optional(),
    'fail-on': failOnSchema.optional(),
    probes: probesSchema.optional(),
    ignore: globList.optional(),
    baseline: schemas/* string */.YjP().min(1).optional(),
    items: schemas/* array */.YOg(itemSchema).optional(),
});

// EXTERNAL MODULE: ./lib/checklist/options.js
var options = __webpack_require__(41006);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(26749);
// EXTERNAL MODULE: ./lib/checks/util/secrets.js
var secrets = __webpack_require__(71399);
// EXTERNAL MODULE: ./lib/user-file.js
var user_file = __webpack_require__(62595);
// EXTERNAL MODULE: ./lib/repo/read.js
var read = __webpack_require__(18650);
// EXTERNAL MODULE: ./lib/checklist/issue.js
var checklist_issue = __webpack_require__(58343);
// EXTERNAL MODULE: ./lib/checklist/types.js
var checklist_types = __webpack_require__(90965);
// EXTERNAL MODULE: ./lib/checklist/title.js
var title = __webpack_require__(78890);
// EXTERNAL MODULE: ./lib/checklist/matcher.js + 1 modules
var matcher = __webpack_require__(94639);
;// CONCATENATED MODULE: ./lib/checklist/load.js

















const PRESET_NAMES = Object.keys(presets/* PRESETS */.f);
/**
 * Refuses checklist text that is not UTF-8 (see textEncodingProblem): UTF-16 (Windows editors' "Unicode"), NUL bytes,
 * or another encoding (Windows-1252 `\u00e9`), whose titles would never match a pull request's ticks.
 */
function assertChecklistText(file, text) {
    const problem = (0,user_file/* textEncodingProblem */.Iy)(text, 'the checklist');
    if (problem)
        throw new types/* ConfigError */.xL(problem.message, { file, line: problem.line, column: problem.column });
}
/** A Markdown task list (`- [ ] \u2026`) in a file read as YAML (`checklist.txt`): its errors say how Markdown checklists are read. */
const MARKDOWN_TASK = /^[ \t]{0,3}[-*+][ \t]+\[[ xX]\][ \t]/m;
/**
 * Parses a YAML checklist. Every problem is a ConfigError naming file:line:column and what was
 * expected. `file` is the repository-relative path used in messages and item sources.
 */
function parseYamlChecklist(file, text, context = {}) {
    try {
        return parseYaml(file, text, context);
    }
    catch (e) {
        if (e instanceof types/* ConfigError */.xL && !/\.(?:ya?ml|json)$/i.test(file) && MARKDOWN_TASK.test(text)) {
            e.message += ` (${file} holds a Markdown task list but is read as YAML: a Markdown checklist is read as Markdown when its name ends in .md or .markdown, so rename it)`;
        }
        throw e;
    }
}
function parseYaml(file, text, context) {
    // The precise parser: checklist errors quote the `yaml` library's messages and positions.
    const y = (0,yaml/* parseYamlPrecise */.ie)(file, text);
    if (y.errors.length) {
        const e = y.errors[0];
        // The parser recursing into thousands of nested `[[[\u2026`: say what is wrong, not what broke.
        const message = /maximum call stack/i.test(e.message) ? 'nested too deeply' : e.message;
        // `- id: b` then `     check: x` one column too deep (the error names the line that moved): say how to mend it.
        if (/nested mappings are not allowed in compact mappings/i.test(e.message)) {
            const lines = text.replace(/^\uFEFF/, '').split('\n');
            const content = (l) => l !== undefined && l.trim() !== '' && !l.trimStart().startsWith('#');
            let above = e.line - 2;
            while (above >= 0 && !content(lines[above]))
                above--;
            const moved = lines[e.line - 1];
            const indent = moved === undefined ? 0 : moved.length - moved.trimStart().length;
            // Where the keys of the line above start: past its indentation and any `- ` of list items.
            const keysAt = above >= 0 ? lines[above].length - lines[above].replace(/^[ \t]*(?:-[ \t]+)*/, '').length : -1;
            // Only a key under a `key: value` line is misplaced (`items:` opens what is below it; `a: b: c` is wrong on its own line).
            const underScalar = above >= 0 && /^[ \t]*(?:-[ \t]+)*[^#\s][^#]*?:[ \t]+[^\s#]/.test(lines[above]);
            if (content(moved) && underScalar && !/^[ \t]*-(?:[ \t]|$)/.test(moved) && indent > keysAt) {
                throw new types/* ConfigError */.xL(`invalid YAML: this line is indented ${indent} spaces, deeper than the keys of the item above it (line ${above + 1}): align it with them`, { file, line: e.line, column: indent + 1 });
            }
        }
        // The `yaml` library does not say which key is repeated (`version:` twice, `check:` twice in one item): name it.
        if (/^Map keys must be unique/.test(message)) {
            const at = (text.replace(/^\uFEFF/, '').split('\n')[e.line - 1] ?? '').slice(e.column - 1);
            const key = /^(?:"([^"]*)"|'([^']*)'|([^\s:#,{}[\]][^:#,{}[\]]*?))[ \t]*:/.exec(at);
            const name = key?.[1] ?? key?.[2] ?? key?.[3];
            if (name !== undefined)
                throw new types/* ConfigError */.xL(`invalid YAML: duplicate key '${name}' (each key may appear once in a mapping)`, { file, line: e.line, column: e.column });
        }
        throw new types/* ConfigError */.xL(`invalid YAML: ${message}`, { file, line: e.line, column: e.column });
    }
    const doc = y.docs[0];
    if (!doc || doc.value === undefined || doc.value === null)
        throw new types/* ConfigError */.xL('empty checklist: expected `version: 1` and `items:`', { file, line: 1, column: 1 });
    if (y.docs.length > 1)
        throw new types/* ConfigError */.xL('a checklist is a single YAML document', { file, line: y.docs[1].loc([])?.line ?? 1, column: 1 });
    // Over MAX_CHECKLIST_ITEMS items: said at the first item past the cap, before the schema and the checks of each item.
    const allItems = (0,checklist_issue/* valueAt */.f)(doc.value, ['items']);
    if (Array.isArray(allItems) && allItems.length > checklist_types/* MAX_CHECKLIST_ITEMS */.Z)
        throw new types/* ConfigError */.xL((0,checklist_types/* itemCapMessage */.F)(), where(file, doc, ['items', checklist_types/* MAX_CHECKLIST_ITEMS */.Z], false));
    // A tag the YAML library does not know (`check: !include checks.yml`, a habit from other tools) is dropped by it,
    // leaving the bare value (`checks.yml`): said, rather than read silently or blamed on the value.
    const tags = unknownTags(file, text);
    const res = checklistSchema.safeParse(doc.value);
    // Every mistake is reported in one run (at most MAX_CONFIG_ERRORS), in file order: unknown check ids (read from
    // the raw items, so they are found beside the schema's complaints), what the schema refuses, then the rest below.
    // Each kind is found in file order, so only its first MAX_CONFIG_ERRORS are worded and located; the rest are counted.
    const errors = [];
    let unknownChecks = 0;
    // Duplicate item ids and unknown presets, from the raw file too: said beside the schema's complaints (a misspelt
    // severity elsewhere must not hide them until it is fixed).
    let rawErrors = 0;
    // Ids are unique as a pull request's sign-off reads them (normaliseTitle: case and markup do not count), so one
    // ticked `backup` never attests two items (`backup`, `Backup`): the key is the id so read, with where it was first.
    const seen = new Map();
    const rawItems = (0,checklist_issue/* valueAt */.f)(doc.value, ['items']);
    if (Array.isArray(rawItems))
        rawItems.forEach((it, i) => {
            const check = (0,checklist_issue/* valueAt */.f)(it, ['check']);
            const list = Array.isArray(check) ? check : [check];
            list.forEach((c, j) => {
                if (typeof c !== 'string' || !c || (0,catalogue/* getDef */.Gt)(c))
                    return;
                if (unknownChecks++ >= types/* MAX_CONFIG_ERRORS */.YA)
                    return;
                errors.push(new types/* ConfigError */.xL(`unknown check '${c}'${(0,catalogue/* didYouMean */.au)((0,catalogue/* suggestIds */.BW)(c))}; run \`preflight list\` for the catalogue`, where(file, doc, Array.isArray(check) ? ['items', i, 'check', j] : ['items', i, 'check'], false)));
            });
            const id = (0,checklist_issue/* valueAt */.f)(it, ['id']);
            if (typeof id !== 'string')
                return;
            // An id is shown as written in every report and message (a title's secret is hidden, see the items below): one that holds
            // a token or a URL's password is refused at once, alone, so that no other message repeats it.
            const hidden = (0,secrets/* redactSecretsInText */.X5)(id);
            if (hidden !== id)
                throw new types/* ConfigError */.xL(`item id '${hidden}' holds a secret (hidden here), and ids are shown in every report: choose an id without it, and rotate the secret`, where(file, doc, ['items', i, 'id'], false));
            const first = seen.get((0,title.normaliseTitle)(id));
            if (first) {
                rawErrors++;
                const same = first.id === id ? '' : ` as '${first.id}'; ids that differ only in case or markup are the same id, as a pull request's sign-off ticks them`;
                errors.push(new types/* ConfigError */.xL(`duplicate item id '${id}' (first at line ${first.line}${same})`, where(file, doc, ['items', i, 'id'], false)));
            }
            else
                seen.set((0,title.normaliseTitle)(id), { id, line: where(file, doc, ['items', i], false).line });
        });
    const rawExtends = (0,checklist_issue/* valueAt */.f)(doc.value, ['extends']);
    (typeof rawExtends === 'string' ? [rawExtends] : Array.isArray(rawExtends) ? rawExtends : []).forEach((name, i) => {
        if (typeof name !== 'string' || name in presets/* PRESETS */.f)
            return;
        rawErrors++;
        errors.push(unknownPreset(name, where(file, doc, Array.isArray(rawExtends) ? ['extends', i] : ['extends'], false)));
    });
    // A probe setting naming a variable that is never substituted (`${GITHUB_TOKEN}`, `${{ secrets.X }}`): an error
    // whatever else is given, so said with the file's other mistakes (the run checks it again before probing).
    const rawProbes = (0,checklist_issue/* valueAt */.f)(doc.value, ['probes']);
    const probeValues = [[['url'], (0,checklist_issue/* valueAt */.f)(rawProbes, ['url'])], [['http-url'], (0,checklist_issue/* valueAt */.f)(rawProbes, ['http-url'])]];
    const rawHeaders = (0,checklist_issue/* valueAt */.f)(rawProbes, ['headers']);
    if (rawHeaders && typeof rawHeaders === 'object' && !Array.isArray(rawHeaders))
        for (const [k, v] of Object.entries(rawHeaders))
            probeValues.push([['headers', k], v]);
    for (const [key, value] of probeValues) {
        const problem = typeof value === 'string' ? (0,settings/* unsubstitutedProblem */.lu)(value) : undefined;
        if (!problem)
            continue;
        rawErrors++;
        errors.push(new types/* ConfigError */.xL(`probes.${key.join('.')} ${problem}`, where(file, doc, ['probes', ...key], false)));
    }
    // A `probes.url` or `probes.http-url` that is no URL (`staging.example.com`): a mistake of the file, said with its
    // others whether or not this run probes (`--no-probes`) or uses it (`--url` given). One that holds a ${PREFLIGHT_*}
    // variable is judged once substituted, by the run.
    for (const key of ['url', 'http-url']) {
        const value = (0,checklist_issue/* valueAt */.f)(rawProbes, [key]);
        if (typeof value !== 'string' || !value.trim() || value.includes('${'))
            continue;
        const problem = (0,settings/* probeUrlProblem */.$L)(value, key === 'http-url');
        if (!problem)
            continue;
        rawErrors++;
        errors.push(new types/* ConfigError */.xL((0,redact/* redactText */.Rd)(problem, (0,redact/* urlPassword */.Ds)(value)), where(file, doc, ['probes', key], false)));
    }
    // File paths the checklist names that leave the repository (DESIGN: they must stay inside it, used or not), or that
    // point into a `.git` folder: git's metadata (a checkout's token in `.git/config`), not repository content.
    for (const key of [['baseline'], ['probes', 'ca']]) {
        const value = (0,checklist_issue/* valueAt */.f)(doc.value, key);
        if (typeof value !== 'string' || !value)
            continue;
        const outside = context.outside?.(value);
        if (!outside && !(0,read/* inGitFolder */.Kv)(external_node_path_.posix.normalize(value)))
            continue;
        rawErrors++;
        errors.push(new types/* ConfigError */.xL(outside
            ? `${key.join('.')} '${value}' points outside the repository (paths in the checklist are relative to the checklist file and must stay inside the repository)`
            : `${key.join('.')} '${value}' points into a .git folder, which holds git's metadata, not repository content: name a file of the repository (paths in the checklist are relative to the checklist file)`, where(file, doc, key, false)));
    }
    // The unknown tags, and none of what follows from the bare value they leave (`unknown check 'checks.yml'`, at the
    // value after the tag on its line).
    const afterTag = (e) => tags.some((t) => e.where?.line === t.where.line && (e.where?.column ?? 0) > t.where.column);
    // The options of the items that are whole, when the file has other mistakes: said with them, not once they are fixed
    // (the options are validated with the plan otherwise). An item whose own structure is broken, or that names an
    // unknown check, skips its own. Each error flat, with how many there are in all (shown or counted).
    const optionErrors = () => {
        const found = [];
        let count = 0;
        if (Array.isArray(rawItems))
            rawItems.forEach((raw, i) => {
                // Read from the item's own `check` and `options` (a misspelt severity or an unknown key beside them hides nothing).
                if (!raw || typeof raw !== 'object' || Array.isArray(raw))
                    return;
                const check = itemSchema.shape.check.safeParse((0,checklist_issue/* valueAt */.f)(raw, ['check']));
                const opts = itemSchema.shape.options.safeParse((0,checklist_issue/* valueAt */.f)(raw, ['options']));
                if (!check.success || !opts.success)
                    return;
                // No `check` beside a key the item does not have (`chek: hsts`): that key may well be the check, misspelt, so
                // its options are not judged as a manual item's.
                if (check.data === undefined && Object.keys(raw).some((k) => !ITEM_KEYS.includes(k)))
                    return;
                const checks = check.data === undefined ? [] : Array.isArray(check.data) ? check.data : [check.data];
                if (checks.some((c) => !(0,catalogue/* getDef */.Gt)(c)))
                    return;
                const rawId = (0,checklist_issue/* valueAt */.f)(raw, ['id']);
                try {
                    (0,options/* itemOptions */.a)({ id: typeof rawId === 'string' ? rawId : `#${i + 1}`, checks, options: opts.data, optionsAt: (p, key) => where(file, doc, ['items', i, 'options', ...p], key) }, where(file, doc, ['items', i], false));
                }
                catch (e) {
                    if (!(e instanceof types/* ConfigError */.xL))
                        throw e;
                    const each = e.all();
                    count += each.length + e.omitted;
                    for (const x of each) {
                        x.more = [];
                        x.omitted = 0;
                        found.push(x);
                    }
                }
            });
        return { errors: found, count };
    };
    /** Throws every error found, the items' options' too, in file order; `counted`: how many of the others there are (worded or not). */
    const throwAll = (counted) => {
        const options = optionErrors();
        const found = [...errors, ...options.errors];
        const kept = found.filter((e) => !afterTag(e));
        const all = (0,types/* configErrors */.kV)((0,types/* inFileOrder */.w$)([...kept, ...tags]));
        // Each kind beyond its first MAX_CONFIG_ERRORS was counted, not made: counted here too.
        all.omitted = counted + options.count - (found.length - kept.length) + tags.length - all.all().length;
        throw all;
    };
    if (!res.success) {
        // One mistake per place: a value that fails several rules (an empty glob is no non-empty string and no valid glob) is said once, by the first.
        const said = new Set();
        const found = res.error.issues
            .filter((issue) => issue.code === 'unrecognized_keys' || !said.has(JSON.stringify(issue.path)) && !!said.add(JSON.stringify(issue.path)))
            .flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ issue, key })) : [{ issue, key: undefined }]));
        // The schema lists an object's unknown keys after its fields' mistakes (a top-level `failon` after every item's):
        // sorted by where each is written before the first MAX_CONFIG_ERRORS are kept, so the cut keeps the file's first.
        const located = found.map(({ issue, key }) => {
            const path = issue.path.filter((p) => typeof p !== 'symbol');
            // A key the schema refuses (`headers: { "Bad Name": v }`) is pointed at itself, not at its value.
            return { issue, key, path, at: key !== undefined ? where(file, doc, [...path, key], true) : where(file, doc, path, issue.code === 'invalid_key') };
        }).sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
        errors.push(...located.slice(0, types/* MAX_CONFIG_ERRORS */.YA).map(({ issue, key, path, at }) => {
            if (key !== undefined) {
                const known = knownKeys(path);
                return new types/* ConfigError */.xL(`unknown key '${key}'${(0,catalogue/* didYouMean */.au)((0,catalogue/* suggestIds */.BW)(key, known))}; expected one of: ${known.join(', ')}`, at);
            }
            // An empty key (`headers: { "": v }`) shown as written, not as a trailing dot.
            const name = path.length ? path.map((p) => (p === '' ? '""' : p)).join('.') : 'checklist';
            return new types/* ConfigError */.xL(`${name}: ${describeIssue(issue, (0,checklist_issue/* valueAt */.f)(doc.value, path))}`, at);
        }));
        return throwAll(unknownChecks + found.length + rawErrors);
    }
    const data = res.data;
    const items = [];
    const warnings = [];
    (data.items ?? []).forEach((it, i) => {
        const at = where(file, doc, ['items', i], false);
        const checks = it.check === undefined ? [] : Array.isArray(it.check) ? it.check : [it.check];
        // A sign-off attests a manual item only: on a checked item the check still runs (as a Markdown `[x]` on a bound
        // item), so the key changes nothing there \u2014 said rather than silently ignored.
        if (it['signed-off'] && checks.length) {
            const s = where(file, doc, ['items', i, 'signed-off'], true);
            warnings.push(`${file}:${s.line}:${s.column}: item '${it.id}' is signed off but runs ${checks.join(', ')}: a sign-off attests manual items only, the check still runs (remove \`signed-off\`, or \`--severity ${it.id}=off\` to disable the check)`);
        }
        // A scope that can do nothing is said rather than silently accepted: `paths`/`ignore` choose the repository files a
        // static check judges, so they change nothing on a manual item or one that runs live probes only; `paths: []` scopes
        // nothing, so the item judges the whole repository.
        const scopeNote = scopeKeysWithoutEffect(checks);
        for (const key of ['paths', 'ignore']) {
            if (it[key] === undefined)
                continue;
            const k = where(file, doc, ['items', i, key], true);
            const said = scopeNote ? ` ${scopeNote.what}, so \`${key}\` has no effect (${scopeNote.why}): remove \`${key}\`${scopeNote.fix}`
                : key === 'paths' && !it.paths.length ? ': `paths: []` names no file, so the item is not scoped: it judges the whole repository (remove `paths`, or list the globs of its scope)' : null;
            if (said)
                warnings.push(`${file}:${k.line}:${k.column}: item '${it.id}'${said}`);
        }
        // A secret written in a title or a group (a token, a URL's password) is hidden here, where they enter the model, as
        // hardcoded-secret shows it (`ghp_\u2026`), so every report inherits it; a pull request's ticks are read so too (markdown.ts's
        // plainText), so a tick of the title as written still signs the item off.
        const group = it.group === undefined ? undefined : (Array.isArray(it.group) ? it.group : [it.group]).map(secrets/* redactSecretsInText */.X5);
        const title = it.title === undefined ? undefined : (0,secrets/* redactSecretsInText */.X5)(it.title);
        // A manual item whose title carries a not-done status and names what a check verifies ("Debug mode is off in production
        // \u2014 pending", as `preflight import` keeps a Markdown item's title): no tick in the pull request signs it off, as in the
        // Markdown checklist (see ChecklistItem.notDoneChecks).
        const notDone = !checks.length && !it['signed-off'] && title !== undefined ? (0,matcher.notDoneChecksOfTitle)(title, group) : undefined;
        items.push({
            id: it.id,
            title: title ?? null,
            checks,
            severity: it.severity,
            paths: it.paths,
            ignore: it.ignore,
            options: it.options,
            group,
            signedOff: it['signed-off'],
            ...(notDone ? { notDoneChecks: notDone } : {}),
            source: at,
            optionsAt: (p, key) => where(file, doc, ['items', i, 'options', ...p], key),
            pathsAt: (j) => where(file, doc, ['items', i, 'paths', j], false),
            ignoreAt: (j) => where(file, doc, ['items', i, 'ignore', j], false),
        });
    });
    // Unknown presets were reported above, where they are written (not at line 1 when extends resolves).
    const extendsOf = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    if (errors.length || tags.length)
        return throwAll(unknownChecks + rawErrors);
    const p = data.probes ?? {};
    return {
        file,
        format: 'yaml',
        extends: extendsOf,
        ...(extendsOf.length ? { extendsAt: extendsOf.map((_, i) => where(file, doc, Array.isArray(data.extends) ? ['extends', i] : ['extends'], false)) } : {}),
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
                ...(p['http-url'] !== undefined ? { httpUrl: where(file, doc, ['probes', 'http-url'], false) } : {}),
                ...(p.headers ? { headers: Object.fromEntries(Object.keys(p.headers).map((k) => [k, where(file, doc, ['probes', 'headers', k], false)])) } : {}),
            },
        },
        ignore: data.ignore ?? [],
        ignoreAt: (j) => where(file, doc, ['ignore', j], false),
        ...(data.baseline !== undefined ? { baseline: { path: data.baseline, where: where(file, doc, ['baseline'], false) } } : {}),
        items,
        manualSeverity: 'high',
        ...(warnings.length ? { warnings } : {}),
    };
}
/**
 * Why `paths`/`ignore` can do nothing on an item (they choose the repository files its static checks judge): a manual
 * item judges no file, live probes judge the deployed URL. Null for an item that runs a static check.
 */
function scopeKeysWithoutEffect(checks) {
    if (!checks.length)
        return { what: 'is a manual item (no `check`)', why: 'a manual item judges no file: its sign-off is not per file', fix: ', or add `check:` to run a check on those files' };
    if (checks.some((c) => (0,catalogue/* getDef */.Gt)(c)?.kind !== 'probe'))
        return null;
    return { what: `runs only live probes (${checks.join(', ')})`, why: 'probes judge the deployed URL, not repository files', fix: '' };
}
/**
 * A ConfigError for each tag the YAML library cannot resolve (`!include`, `!env`, `!foo`), in file order. The standard
 * ones it resolves (`!!str`, `!!int`\u2026) are plain YAML. Read again only when the text holds a `!` at all.
 */
function unknownTags(file, text) {
    if (!text.includes('!'))
        return [];
    const lineCounter = new dist/* LineCounter */.HN();
    const out = [];
    try {
        for (const d of (0,dist/* parseAllDocuments */.hR)(text.replace(/^\uFEFF/, ''), { lineCounter, merge: true, uniqueKeys: true, logLevel: 'silent' })) {
            for (const w of d.warnings) {
                if (w.code !== 'TAG_RESOLVE_FAILED')
                    continue;
                const tag = /^Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? text.replace(/^\uFEFF/, '').slice(w.pos[0], w.pos[1]);
                const p = lineCounter.linePos(w.pos[0]);
                out.push(new types/* ConfigError */.xL(`unknown YAML tag '${tag}': checklists do not support tags (no \`!include\` either: the value after the tag would be read as plain text); remove it (to build on other checklists, \`extends\` names presets)`, { file, line: p.line, column: p.col }));
            }
        }
    }
    catch { /* the precise parse already said what is wrong */ }
    return out;
}
/** The location of `path` in the checklist (its nearest existing ancestor when it is missing). */
function where(file, doc, path, key) {
    let p = [...path];
    // A value given by an alias, or reached through one, is judged where it is used (`ignore: [*p]` with `&p` on a list;
    // `options: *opts` with a bad option in `&opts`, shared by several items): the alias's line, one per use.
    let pos = doc.aliasAt?.(p, key) ?? doc.loc(p, key);
    while (!pos && p.length) {
        p = p.slice(0, -1);
        pos = doc.loc(p, false);
    }
    return { file, line: pos?.line ?? 1, column: pos?.column ?? 1 };
}
const ITEM_KEYS = ['id', 'title', 'check', 'severity', 'paths', 'ignore', 'options', 'group', 'signed-off'];
function knownKeys(path) {
    if (path[0] === 'items' && path.length === 2)
        return ITEM_KEYS;
    if (path[0] === 'probes')
        return ['url', 'health', 'timeout', 'wait', 'headers', 'http-url', 'ca', 'allow-self-signed'];
    return ['version', 'extends', 'fail-on', 'probes', 'ignore', 'baseline', 'items'];
}
// What a key that takes one value or a list expects (zod says only "Invalid input" for a union).
const EITHER = {
    check: 'expected a check id or a list of check ids (`check: hsts` or `check: [hsts, https-redirect]`)',
    group: 'expected a group name or a list of names (`group: Security` or `group: [Security, TLS]`)',
    extends: 'expected a preset name or a list of preset names (`extends: recommended`)',
    health: 'expected a URL path starting with "/" or a list of them (`health: /healthz`)',
};
function describeIssue(issue, value) {
    const key = issue.path?.at(-1);
    if (issue.code === 'invalid_union' && typeof key === 'string' && EITHER[key])
        return EITHER[key];
    // `probes.timeout: 0`, `probes.wait: 7200`: in seconds, in words (zod says `expected number to be >0`).
    if (issue.path?.[0] === 'probes' && (key === 'timeout' || key === 'wait') && typeof value === 'number') {
        const inclusive = issue.inclusive !== false;
        if (issue.code === 'too_small')
            return `expected a number of seconds ${inclusive ? `of at least ${String(issue.minimum)}` : `greater than ${String(issue.minimum)}`}, got ${value}`;
        if (issue.code === 'too_big')
            return `expected a number of seconds of at most ${String(issue.maximum)}, got ${value}`;
    }
    return (0,checklist_issue/* issueWording */.s)(issue, value);
}
/**
 * For a checklist path that was not found: when it names a built-in preset (`--checklist docker`, the action's
 * `checklist: docker`, `checklists/docker.yml`), how presets are used \u2014 a checklist file that extends it. Else empty.
 */
function presetHint(given) {
    // The last segment: the action resolves its input against `working-directory` (`app/docker`), and the presets'
    // own files in Preflight's repository (`checklists/docker.yml`) are no path in the user's.
    const name = given.trim().split(/[\\/]/).pop().replace(/\.ya?ml$/i, '');
    if (!PRESET_NAMES.includes(name))
        return '';
    return `; '${name}' is a built-in preset's name, not a file: to use the built-in preset, write a checklist with \`extends: [${name}]\` (in .github/preflight.yml: \`version: 1\` and \`extends: [${name}]\`)`;
}
/** Loads a built-in preset by name. */
function loadPreset(name) {
    const text = presets/* PRESETS */.f[name];
    if (text === undefined)
        throw unknownPreset(name);
    const list = parseYamlChecklist(`checklists/${name}.yml`, text);
    // A preset's globs are written for every repository: one that matches nothing here is no typo to warn about.
    const { ignoreAt: _, ...rest } = list;
    return { ...rest, format: 'preset', file: null, items: list.items.map(({ pathsAt: _p, ignoreAt: _i, ...it }) => ({ ...it, preset: name })) };
}
function unknownPreset(name, where) {
    return new types/* ConfigError */.xL(`unknown preset '${name}'${(0,catalogue/* didYouMean */.au)((0,catalogue/* suggestIds */.BW)(name, PRESET_NAMES))}; presets: ${PRESET_NAMES.join(', ')}`, where);
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
    const warnings = [...(list.warnings ?? [])];
    // Inherited ids as a pull request's sign-off reads them (see the duplicate ids in parseYamlChecklist).
    const read = new Map();
    const add = (it, own) => {
        const at = index.get(it.id);
        const like = read.get((0,title.normaliseTitle)(it.id));
        if (at === undefined && like !== undefined && own && depth === 0) {
            // `Pinned-Images` beside the preset's `pinned-images`: two items a tick cannot tell apart, or a replacement mistyped.
            throw new types/* ConfigError */.xL(`item id '${it.id}' differs from the id of the preset's item '${like}' only in case or markup, and ids are unique as a pull request's sign-off ticks them: write '${like}' to replace that item, or choose another id`, it.source.line ? { file: it.source.file, line: it.source.line, column: it.source.column ?? 1 } : it.source.file ? { file: it.source.file } : undefined);
        }
        if (at === undefined) {
            index.set(it.id, merged.length);
            read.set((0,title.normaliseTitle)(it.id), it.id);
            merged.push(it);
            return;
        }
        // Replacing a preset's checked item with one that names no check makes it a manual item: legal, rarely meant
        // (`- { id: pinned-images, severity: critical }` to raise a severity). Said, with the way to keep the check.
        const was = merged[at];
        if (own && depth === 0 && !it.checks.length && was.checks.length) {
            const at2 = it.source.line ? `${it.source.file}:${it.source.line}${it.source.column ? `:${it.source.column}` : ''}: ` : '';
            warnings.push(`${at2}item '${it.id}' replaces the preset's item of that id, which runs ${was.checks.join(', ')}; it names no check, so it is a manual item now: add \`check: ${was.checks.length === 1 ? was.checks[0] : `[${was.checks.join(', ')}]`}\` to keep the check (or \`--severity ${it.id}=LEVEL\` to change only the severity)`);
        }
        merged[at] = it;
    };
    list.extends.forEach((name, k) => {
        // A parsed checklist's `extends` names known presets only (parseYamlChecklist says where not). The checklist file's
        // own entry is where each item it brings in is anchored when a result has no file of its own (SARIF).
        const via = depth === 0 && list.file !== null ? list.extendsAt?.[k] : undefined;
        resolveExtends(loadPreset(name), depth + 1).items.forEach((it) => add(via ? { ...it, inheritedAt: via } : it, false));
    });
    list.items.forEach((it) => add(it, true));
    return { ...list, items: merged, ...(warnings.length ? { warnings } : {}) };
}


/***/ }),

/***/ 94639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_TITLE_READ: () => (/* binding */ MAX_TITLE_READ),
  PATH_WITH_REMARKS: () => (/* binding */ PATH_WITH_REMARKS),
  URL_PATH: () => (/* binding */ URL_PATH),
  bindChecklist: () => (/* binding */ bindChecklist),
  isStatusAlone: () => (/* binding */ isStatusAlone),
  matchItem: () => (/* binding */ matchItem),
  notDoneChecksOfTitle: () => (/* binding */ notDoneChecksOfTitle),
  notDoneReading: () => (/* binding */ notDoneReading),
  pathItem: () => (/* binding */ pathItem),
  statusSpelled: () => (/* binding */ statusSpelled),
  titleRead: () => (/* binding */ titleRead),
  uncoveredChecks: () => (/* binding */ uncoveredChecks)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/catalogue.js + 11 modules
var catalogue = __webpack_require__(19714);
// EXTERNAL MODULE: ./lib/generated/presets.js
var presets = __webpack_require__(79321);
// EXTERNAL MODULE: ./lib/checklist/shortcodes.js
var shortcodes = __webpack_require__(12414);
// EXTERNAL MODULE: ./lib/repo/classify.js
var classify = __webpack_require__(84592);
// EXTERNAL MODULE: ./lib/checks/database-port-exposed.js
var database_port_exposed = __webpack_require__(13307);
// EXTERNAL MODULE: ./lib/probes/security-headers.js
var security_headers = __webpack_require__(82674);
// EXTERNAL MODULE: ./lib/probes/server-version-leak.js
var server_version_leak = __webpack_require__(77281);
// EXTERNAL MODULE: ./lib/checklist/phrases.js
var phrases = __webpack_require__(24330);
// EXTERNAL MODULE: ./lib/checklist/title.js
var title = __webpack_require__(78890);
;// CONCATENATED MODULE: ./lib/checklist/translate.js
/**
 * German, French, Spanish and Portuguese items read in English: a small vocabulary of the words checklists use for the
 * catalogue's promises ("Keine `.env`-Dateien im Repository" reads "no .env files in the repository", "Redirection HTTP
 * vers HTTPS" "redirect http to https", "L\u00edmites de memoria en todos los contenedores" "memory limits on all containers").
 * The English reading then goes through every English rule and veto: negations, deferrals, other environments, knowledge
 * ("dokumentiert" reads "documented", "\u00fcberwacht" "monitored", "plus tard" "later"), so a reading in English binds no
 * more than the English twin of the item would. The matcher reads it only when the item as written binds nothing.
 */
/** A word boundary that knows accented letters (`\b` does not). */
const B = String.raw `(?<![\p{L}\p{N}_./-])`;
// Or the phrase ends in an apostrophe or a space ("pas d'", "il n'y a pas de ").
const E = String.raw `(?:(?<=['\s])|(?![\p{L}\p{N}_/]))`;
/**
 * Foreign words and phrases and their English reading, tried in order (phrases before the words they hold). Each
 * left side is a regular expression over the lower-cased, markup-free item text, matched as whole words.
 */
const VOCABULARY = [
    // Deferrals and conditions that English rules read as such.
    [String.raw `nicht vor (?:dem|der) (?:launch|go-?live|release|livegang)`, 'after launch'],
    [String.raw `pas avant (?:le|la) (?:lancement|mise en production|release)`, 'after launch'],
    [String.raw `no antes del? (?:lanzamiento|go-?live|release)`, 'after launch'],
    [String.raw `n${"\u00e3"}o antes do (?:lan${"\u00e7"}amento|go-?live|release)`, 'after launch'],
    [String.raw `noch nicht|pas encore|todav${"\u00ed"}a no|todavia no|a${"\u00fa"}n no|aun no|ainda n${"\u00e3"}o|ainda nao`, 'not yet'],
    // Images that do not use the `latest` tag (before the negations: the words around them say which tag).
    [String.raw `(?:verwenden|nutzen) (?:nicht|kein(?:en)?) (?:das )?(?:tag )?latest(?:-tag| tag)?|n'utilisent pas (?:le )?(?:tag|l'${"\u00e9"}tiquette|l'etiquette) latest|no usan (?:la )?(?:etiqueta|tag) latest|(?:n${"\u00e3"}o|nao) usam (?:a )?tag latest`, "don't use the latest tag"],
    // The tag named after its word, as these languages order them: "la etiqueta `latest`", "le tag `latest`", "a tag `latest`",
    // "das `latest`-Tag" ("No usar la etiqueta `latest` en las im\u00e1genes" reads "no use the latest tag in the images").
    [String.raw `(?:(?:la|el|le|l'|a|o) )?(?:etiqueta|${"\u00e9"}tiquette|etiquette|tag) latest|(?:das |den )?latest-tag`, 'the latest tag'],
    [String.raw `ne pas`, 'do not'],
    [String.raw `usar|utilizar|utiliser|verwenden|nutzen`, 'use'],
    // Permissions refused and origins restricted (CORS): "CORS n'autorise pas toutes les origines", "CORS no permite todos los
    // or\u00edgenes", "CORS limit\u00e9 \u00e0 nos domaines", "CORS restringido a nuestros dominios", "CORS restrito aos nossos dom\u00ednios".
    [String.raw `n'autorisen?t? pas|no permiten?|(?:n${"\u00e3"}o|nao) permitem?|erlaubt nicht`, "doesn't allow"],
    [String.raw `autorisen?t?|permiten?|permitem`, 'allows'],
    // "CORS n\u00e3o permite qualquer origem", "CORS no permite cualquier origen", "n'importe quelle origine", "beliebige Origins".
    [String.raw `qualquer|cualquier(?:a)?|n'importe (?:quelle|quel)|beliebige[nmrs]?`, 'any'],
    [String.raw `(?:limit${"\u00e9"}e?s?|restreinte?s?) (?:${"\u00e0"}|aux)|(?:limitad[oa]s?|restringid[oa]s?|restrit[oa]s?) (?:a|a los|a las|aos|${"\u00e0"}s|as)|(?:beschr${"\u00e4"}nkt|eingeschr${"\u00e4"}nkt|begrenzt) auf`, 'restricted to'],
    [String.raw `limit${"\u00e9"}e?s?|restreinte?s?|limitad[oa]s?|restringid[oa]s?|restrit[oa]s?|beschr${"\u00e4"}nkt|eingeschr${"\u00e4"}nkt|begrenzt`, 'restricted'],
    [String.raw `nos|nuestr[oa]s|noss[oa]s|unsere[nmrs]?`, 'our'],
    [String.raw `domaines|dominios|dom${"\u00ed"}nios`, 'domains'],
    [String.raw `domaine|dominio|dom${"\u00ed"}nio`, 'domain'],
    [String.raw `origines|or${"\u00ed"}genes|origenes|origens`, 'origins'],
    [String.raw `origine|origen|origem`, 'origin'],
    // "Redis nicht aus dem Internet erreichbar" (in English word order).
    [String.raw `nicht (?:aus dem|vom|von au${"\u00df"}en aus dem) internet erreichbar`, 'not reachable from the internet'],
    // What a header gives away, refused: "Server-Header verr\u00e4t keine Versionsnummer", "L'en-t\u00eate Server ne r\u00e9v\u00e8le pas la version",
    // "El encabezado Server no revela la versi\u00f3n", "O cabe\u00e7alho Server n\u00e3o revela a vers\u00e3o".
    [String.raw `verr${"\u00e4"}t kein(?:e|en)?|verraet kein(?:e|en)?|ne r${"\u00e9"}v${"\u00e8"}le pas(?: (?:la|le|les|l'))?|ne revele pas(?: (?:la|le|les|l'))?|no revela(?: (?:la|el|los|las))?|(?:n${"\u00e3"}o|nao) revela(?: (?:a|o|os|as))?`, 'does not reveal the '],
    // Negations.
    [String.raw `es gibt keine?n?|il n'y a (?:pas|aucune?) (?:de |d')?|no hay|n${"\u00e3"}o h${"\u00e1"}|nao ha`, 'no'],
    [String.raw `^(?:kein(?:e|en|em|er|es)?|aucune?|ning${"\u00fa"}n|ninguna|ningun[oa]?|nenhum(?:a)?|sin|sem|sans|ohne|pas de|pas d')`, 'no'],
    [String.raw `kein(?:e|en|em|er|es)?|aucune?|ning${"\u00fa"}n|ninguna|ningun[oa]?|nenhum(?:a)?|pas de|pas d'`, 'no'],
    [String.raw `ohne|sans|sin|sem`, 'without'],
    [String.raw `n'(?:est|sont) pas`, 'is not'],
    [String.raw `ne (?:sont|est) pas`, 'is not'],
    [String.raw `n'est jamais|ne sont jamais`, 'is never'],
    [String.raw `no (?:est${"\u00e1"}|est${"\u00e1"}n|esta|estan|es|son)`, 'is not'],
    [String.raw `n${"\u00e3"}o (?:est${"\u00e1"}|est${"\u00e3"}o|esta|estao|${"\u00e9"}|s${"\u00e3"}o)`, 'is not'],
    [String.raw `nicht|n${"\u00e3"}o|nao`, 'not'],
    // A negated participle: French "non versionn\u00e9s", "non expos\u00e9e", "non d\u00e9fini"; Spanish "no versionados", "no definidos" (not
    // "non-root", nor a "no" before a noun, which stays "no").
    [String.raw `non (?=\p{L}+(?:${"\u00e9"}|${"\u00e9"}e|${"\u00e9"}s|${"\u00e9"}es)(?![\p{L}\p{N}_])|(?:d${"\u00e9"}finie?s?|definie?s?|requise?s?)(?![\p{L}\p{N}_]))|no (?=(?:definid|declarad|establecid|configurad|activad|habilitad|usad|utilizad|implementad|aplicad|fijad|versionad|commitead|subid|incluid|guardad|publicad)[oa]s?(?![\p{L}\p{N}_]))`, 'not '],
    [String.raw `niemals|nie|jamais|nunca|jam${"\u00e1"}s`, 'never'],
    [String.raw `ni`, 'or'],
    [String.raw `renouvellement(?: automatique)?|renouvel${"\u00e9"}e?s? automatiquement|(?:automatische )?erneuerung|automatisch erneuert|renovaci${"\u00f3"}n(?: autom${"\u00e1"}tica)?|renovacion(?: automatica)?|renovad[oa]s? autom${"\u00e1"}ticamente|renova${"\u00e7\u00e3"}o(?: autom${"\u00e1"}tica)?|renovacao(?: automatica)?|renovad[oa]s? automaticamente`, 'auto-renewed'],
    // What the items are about.
    [String.raw `(?:-| )?(?:dateien|datei)|fichiers?|archivos?|ficheros?|arquivos?`, ' files'],
    [String.raw `im (?:git-?)?(?:repository|repo)|dans le (?:d${"\u00e9"}p${"\u00f4"}t|depot|repository|repo)|en el (?:repositorio|repo)|no (?:reposit${"\u00f3"}rio|repositorio|repo)`, 'in the repository'],
    [String.raw `im (?:quell)?code|dans le code(?: source)?|en el c${"\u00f3"}digo(?: fuente)?|en el codigo|no c${"\u00f3"}digo(?:[ -]fonte)?|no codigo(?:[ -]fonte)?`, 'in the code'],
    [String.raw `versionn${"\u00e9"}e?s?|versioniert|eingecheckt|committ?ed|commit${"\u00e9"}s?|commit(?:e|t)?ad[oa]s?|comitad[oa]s?|versionad[oa]s?`, 'committed'],
    // Image tags that do not move: "Imagens com tag fixa", "Im\u00e1genes con tags fijos", "Images avec tags fixes", "feste Image-Tags".
    [String.raw `tags? fix[oa]s?|tags? fij[oa]s?|(?:tags?|${"\u00e9"}tiquettes?|etiquettes?) fixes?|etiquetas? fijas?|feste[nr]? (?:image-)?tags?`, 'pinned tags'],
    // "Im\u00e1genes con versi\u00f3n fija", "Images avec version fixe", "Imagens com vers\u00e3o fixa", "Images mit fester Version".
    [String.raw `versi(?:${"\u00f3"}n|on)(?:es)? fij[oa]s?|versions? fixes?|vers(?:${"\u00e3"}o|ao|${"\u00f5"}es|oes) fix[oa]s?|feste[nr]? versions?(?:en)?`, 'fixed version'],
    // In plain text, after the secret: "Aucun secret en clair dans le d\u00e9p\u00f4t", "Keine Passw\u00f6rter im Klartext im Repository",
    // "Ning\u00fan secreto en texto plano en el repositorio", "Nenhum segredo em texto claro no reposit\u00f3rio".
    [String.raw `en clair|im klartext|in klartext|en texto (?:plano|claro)|em texto (?:plano|claro|puro)`, 'in plaintext'],
    [String.raw `en dur|fest ?codiert|hartcodiert|hardcodiert|codificad[oa]s? (?:de forma fija|en duro)|en duro|fixos?`, 'hard-coded'],
    // Default passwords: German writes them as one word ("Standardpassw\u00f6rter", "Standard-Kennwort"), the others after the noun
    // ("mots de passe par d\u00e9faut", "contrase\u00f1as por defecto", "senhas padr\u00e3o"), put before it below.
    [String.raw `(?:standard|default|voreingestellte?n?)-?(?:passw${"\u00f6"}rter|passwort|kennw${"\u00f6"}rter|kennwort)`, 'default passwords'],
    [String.raw `(?:standard|default)-?(?:zugangsdaten|anmeldedaten)`, 'default credentials'],
    // Examples and templates, which default-credentials' English vetoes read ("Keine Standardpassw\u00f6rter in Beispielen").
    [String.raw `beispiele?n?|beispieldateien|exemples?|ejemplos?|exemplos?`, 'examples'],
    [String.raw `vorlagen?|plantillas?`, 'templates'],
    [String.raw `(?:beim |bei der )?(?:ersten|erster) (?:login|anmeldung|anmelden)|(?:${"\u00e0"} la |a la |lors de la )?premi${"\u00e8"}re connexion|(?:en el |al )?primer (?:inicio de sesi${"\u00f3"}n|inicio de sesion|login|acceso)|(?:no |ao )?primeiro (?:login|acesso)`, 'first login'],
    [String.raw `${"\u00e4"}ndern|aendern|alterar|cambiar|modifier|modificar|trocar`, 'change'],
    [String.raw `ge${"\u00e4"}ndert|geaendert|alterad[oa]s?|cambiad[oa]s?|modifi${"\u00e9"}e?s?|modificad[oa]s?|trocad[oa]s?`, 'changed'],
    [String.raw `ersetzen|remplacer|reemplazar|substituir`, 'replace'],
    [String.raw `ersetzt|remplac${"\u00e9"}e?s?|reemplazad[oa]s?|substitu${"\u00ed"}d[oa]s?|substituid[oa]s?`, 'replaced'],
    [String.raw `par d${"\u00e9"}faut|par defaut|por defecto|predeterminad[oa]s?|por padr${"\u00e3"}o|por padrao|padr${"\u00e3"}o|padrao|padr${"\u00f5"}es|padroes`, 'default'],
    [String.raw `passw${"\u00f6"}rter|passwort|kennw${"\u00f6"}rter|kennwort|mots de passe|mot de passe|contrase${"\u00f1"}as?|senhas?`, 'passwords'],
    [String.raw `api-schl${"\u00fc"}ssel|api-schluessel|cl${"\u00e9"}s d'api|cl${"\u00e9"}s api|claves de api|claves api|chaves de api|chaves api`, 'api keys'],
    [String.raw `geheimnisse|secretos|segredos`, 'secrets'],
    [String.raw `geheimnis|secreto|segredo`, 'secret'],
    [String.raw `zugangsdaten|identifiants|credenciales|credenciais`, 'credentials'],
    [String.raw `(?:wird|werden) (?:von )?http auf https (?:um|weiter)geleitet`, 'http is redirected to https'],
    // Sentence forms: "Alle HTTP-Anfragen werden auf HTTPS umgeleitet", "Todas las peticiones HTTP se redirigen a HTTPS".
    [String.raw `http-anfragen`, 'http requests'],
    [String.raw `(?:wird|werden) auf https (?:um|weiter)geleitet`, 'are redirected to https'],
    [String.raw `anfragen|requ${"\u00ea"}tes|requetes|peticiones|solicitudes|requisi${"\u00e7\u00f5"}es|requisicoes|pedidos`, 'requests'],
    [String.raw `se redirigen|se redireccionan`, 'are redirected'],
    [String.raw `se redirige|se redirecciona`, 'is redirected'],
    // "Alle Container haben ein Speicherlimit", "Chaque conteneur a une limite de m\u00e9moire", "Cada cont\u00eainer tem um limite de mem\u00f3ria".
    [String.raw `(?:haben|hat|a|ont|tiene|tienen|tem|t${"\u00ea"}m) (?:ein(?:e|en)? |une |un |uma |um )?(?:speicher-?limit|arbeitsspeicher-?limit|limite de m${"\u00e9"}moire|limite de memoire|l${"\u00ed"}mite de memoria|limite de memoria|limite de mem${"\u00f3"}ria)`, 'have a memory limit'],
    [String.raw `chaque|cada|jede[rsn]?`, 'every'],
    [String.raw `todos os|todas as|todos los|todas las|tous les|toutes les`, 'all'],
    // "Redis nicht aus dem Internet erreichbar", "Puerto \u2026 no expuesto a internet".
    [String.raw `no (?:expuest[oa]s?|accesibles?)`, 'not exposed'],
    [String.raw `servicios|servi${"\u00e7"}os|servicos|(?:compose-)?dienste[n]?`, 'services'],
    [String.raw `(?:tls|ssl)-zertifikat`, 'tls certificate'],
    // Session cookies and their attributes: "Cookies de sesi\u00f3n con `Secure` y `HttpOnly`", "Cookies de session marqu\u00e9s `Secure` et
    // `HttpOnly`", "Cookies de sess\u00e3o com Secure e HttpOnly", "Sitzungs-Cookies mit Secure und HttpOnly".
    [String.raw `cookies? de (?:sesi${"\u00f3"}n|sesion|session|sess${"\u00e3"}o|sessao)|sitzungs-?cookies?|session-cookies?`, 'session cookies'],
    [String.raw `marqu${"\u00e9"}e?s?(?: comme)?|marcad[oa]s?(?: como)?|markiert(?: als)?`, 'marked'],
    [String.raw `attributs|atributos|attribute`, 'attributes'],
    // The server and what it gives away: "Serveur de production (gunicorn), pas le serveur de d\u00e9veloppement Flask", "Server-Header
    // verr\u00e4t keine Versionsnummer", "El encabezado Server no revela la versi\u00f3n".
    [String.raw `serveur de (?:production|prod)|servidor de (?:producci${"\u00f3"}n|produccion|produ${"\u00e7\u00e3"}o|producao)|produktions-?server`, 'production server'],
    [String.raw `serveur de (?:d${"\u00e9"}veloppement|developpement|dev)|servidor de (?:desarrollo|desenvolvimento|dev)|entwicklungs-?server`, 'development server'],
    [String.raw `pas (?:le|la|les|l')`, 'not the'],
    [String.raw `server-header`, 'server header'],
    [String.raw `verr${"\u00e4"}t|verraet|r${"\u00e9"}v${"\u00e8"}le|revele|revela`, 'reveals'],
    [String.raw `versionsnummer(?:n)?|num${"\u00e9"}ro de version|numero de version|n${"\u00fa"}mero de versi${"\u00f3"}n|numero de version|n${"\u00fa"}mero de vers${"\u00e3"}o|numero de versao`, 'version number'],
    [String.raw `dienst`, 'service'],
    // The health endpoint: "Health-Endpoint antwortet mit 200", "Endpoint de salud responde 200", "Point de terminaison de sant\u00e9
    // r\u00e9pond 200", "Endpoint de sa\u00fade retorna 200".
    [String.raw `health-?(?:check-?)?endpoints?|healthcheck-endpoints?|gesundheits-?endpunkte?|endpunkt (?:f${"\u00fc"}r|fuer) (?:den )?health-?checks?|(?:endpoints?|points? de terminaison|rutas?|routes?|rotas?) (?:de )?(?:salud|sant${"\u00e9"}|sante|sa${"\u00fa"}de|saude|health(?:check)?)`, 'health endpoint'],
    [String.raw `antwortet|antworten|r${"\u00e9"}pond|repond|r${"\u00e9"}pondent|repondent|responde|responden|respondem|retorna|retornam|devuelve|devuelven|renvoie|renvoient|liefert|liefern`, 'responds'],
    [String.raw `(?:um|weiter)leitung (?:von )?http (?:auf|zu|nach) https|http-zu-https-(?:um|weiter)leitung|redirection (?:de )?http vers https|redirecci${"\u00f3"}n (?:de )?http a https|redireccion (?:de )?http a https|redirecionamento (?:de )?http para https`, 'redirect http to https'],
    [String.raw `http (?:wird|werden) auf https (?:um|weiter)geleitet|http (?:est )?redirig${"\u00e9"}e? vers https|http redirige vers https|http (?:se )?redirige a https|http (?:es )?redirigido a https|http (?:${"\u00e9"} )?redirecionado para https|http redireciona para https`, 'http is redirected to https'],
    // "HTTP leitet auf HTTPS um" (the verb's particle after its object).
    [String.raw `(?:leitet|leiten) (?:von )?(?:auf|nach|zu) https (?:um|weiter)`, 'redirects to https'],
    [String.raw `erzwungen|forc${"\u00e9"}e?s?|forzad[oa]s?|for${"\u00e7"}ad[oa]s?|obligatoire|obligatori[oa]|obrigat${"\u00f3"}ri[oa]|obrigatori[oa]`, 'enforced'],
    [String.raw `(?:auf|nach|vers|a|para) (?=https(?![\p{L}\p{N}_:/-]))`, 'to '],
    [String.raw `(?:umgeleitet|weitergeleitet|redirig${"\u00e9"}e?s?|redirigid[oa]s?|redirecionad[oa]s?)`, 'redirected'],
    [String.raw `sicherheits-?header|security-header|en-t${"\u00ea"}tes de s${"\u00e9"}curit${"\u00e9"}|en-tetes de securite|ent${"\u00ea"}tes de s${"\u00e9"}curit${"\u00e9"}|cabeceras de seguridad|encabezados de seguridad|cabe${"\u00e7"}alhos de seguran${"\u00e7"}a|cabecalhos de seguranca`, 'security headers'],
    [String.raw `speicher-?limits?|speicherlimiten|speicherbegrenzungen|speicherbegrenzung|arbeitsspeicher-?limits?|limites (?:de )?m${"\u00e9"}moire|limites (?:de )?memoire|l${"\u00ed"}mites de memoria|limites de memoria|limites de mem${"\u00f3"}ria`, 'memory limits'],
    // (German writes the English words as one: "Restart-Policy".)
    [String.raw `neustart-?richtlinien?|neustart-?policy|restart-polic(?:y|ies)|politique de red${"\u00e9"}marrage|politique de redemarrage|pol${"\u00ed"}tica de reinicio|politica de reinicio|pol${"\u00ed"}tica de rein${"\u00ed"}cio|pol${"\u00ed"}tica de reinicializa${"\u00e7\u00e3"}o|politica de reinicio`, 'restart policy'],
    [String.raw `zertifikat|certificat|certificado`, 'certificate'],
    // Response time and its bound: "Antwortzeit unter 500 ms", "Die Antwortzeit liegt unter 500 ms", "Temps de r\u00e9ponse inf\u00e9rieur \u00e0
    // 500 ms", "Tiempo de respuesta inferior a 500 ms", "Tempo de resposta abaixo de 500 ms", "Latenz unter 200 ms"; a bound only
    // before a number ("unter Last" is under load, which the English rule reads as such).
    [String.raw `antwortzeit(?:en)?|reaktionszeit(?:en)?|temps de r${"\u00e9"}ponse|temps de reponse|tiempos? de respuesta|tempos? de resposta`, 'response time'],
    [String.raw `latenz(?:en)?|latence|latencia|lat${"\u00ea"}ncia`, 'latency'],
    [String.raw `(?:der|de la|de l'|du|de|da|do) (?:startseite|homepage|page d'accueil|p${"\u00e1"}gina de inicio|pagina de inicio|p${"\u00e1"}gina inicial|pagina inicial)`, 'of the home page'],
    [String.raw `(?:in unter|unter|weniger als|h${"\u00f6"}chstens|hoechstens|maximal|innerhalb(?: von)?|(?:en )?moins de|inf${"\u00e9"}rieure?s? ${"\u00e0"}|inferieure?s? a|sous|au plus|au maximum|(?:en )?menos de|menor(?:es)? (?:a|que|de)|por debajo de|inferior(?:es)? a|como m${"\u00e1"}ximo|como maximo|(?:em )?menos de|abaixo de|menor(?:es)? (?:do )?que|no m${"\u00e1"}ximo|no maximo)(?= ?\d)`, 'under'],
    [String.raw `liegt|liegen`, 'is'],
    [String.raw `(?<=\d ?)(?:millisekunden|millisecondes?|milisegundos?|milissegundos?)`, 'ms'],
    [String.raw `(?<=\d ?)(?:sekunden?|secondes?|segundos?)`, 'seconds'],
    [String.raw `restlaufzeit|restg${"\u00fc"}ltigkeit|de validit${"\u00e9"} restante|de validez restante|de validade restante|restants?|restantes`, 'remaining'],
    [String.raw `g${"\u00fc"}ltig|valide|v${"\u00e1"}lid[oa]|valid[oa]`, 'valid'],
    [String.raw `datenbank-port|port de la base de donn${"\u00e9"}es|puerto de la base de datos|porta do banco de dados`, 'database port'],
    [String.raw `datenbanken|datenbank|bases? de donn${"\u00e9"}es|bases? de datos|bancos? de dados|bases? de dados`, 'database'],
    [String.raw `${"\u00f6"}ffentlich|publiquement|p${"\u00fa"}blicamente|publicamente`, 'publicly'],
    [String.raw `erreichbar|accessibles?|accesibles?|acess${"\u00ed"}ve(?:l|is)|acessive(?:l|is)`, 'reachable'],
    [String.raw `exponiert|expos${"\u00e9"}e?s?|expuest[oa]s?|expost[oa]s?`, 'exposed'],
    [String.raw `(?:aus dem|vom|von au${"\u00df"}en aus dem) internet|(?:depuis|de) l'internet|depuis internet|desde (?:el )?internet|da internet|a partir da internet`, 'from the internet'],
    [String.raw `(?:${"\u00e0"}|a|sur|en|na|ao) internet|(?:im|ins|zum) internet|${"\u00e0"} l'internet`, 'to the internet'],
    [String.raw `image-tags?|${"\u00e9"}tiquettes? d'image|etiquetas? de imagen|tags? de imagen|tags? de imagem|tags? d'image`, 'image tags'],
    [String.raw `(?<=image tags )(?:fij[oa]s|fix[oa]s|fixes)`, 'pinned'],
    [String.raw `im${"\u00e1"}genes|imagens|imagem`, 'images'],
    [String.raw `conteneurs?|contenedores|contenedor|cont${"\u00ea"}ineres|cont${"\u00ea"}iner|conteineres|conteiner`, 'containers'],
    [String.raw `(?:f${"\u00fc"}r|pour|para) (?:alle|jeden|chaque|tous les|toutes les|todos los|todas las|todos os|todas as|cada)`, 'for all'],
    // ("tous les" and the like already read "all" above: "Limites m\u00e9moire sur tous les services" reads "memory limits on all services".)
    [String.raw `(?:in|auf|sur|dans|en|em|nos|nas) (?:allen|tous les|toutes les|todos los|todas las|todos os|todas as)|(?:auf|sur|dans|en|em|nos|nas) all`, 'on all'],
    [String.raw `(?:mindestens|au moins|al menos|pelo menos|no m${"\u00ed"}nimo)`, 'at least'],
    [String.raw `tage|jours|d${"\u00ed"}as|dias`, 'days'],
    [String.raw `m${"\u00ed"}nimo|minimo|m${"\u00ed"}nima|minima|minimale?`, 'minimum'],
    [String.raw `o superior|ou sup${"\u00e9"}rieur|ou superior|oder h${"\u00f6"}her|oder neuer|ou plus`, 'or higher'],
    [String.raw `nur|uniquement|seulement|${"\u00fa"}nicamente|unicamente|solo|s${"\u00f3"}lo|somente|apenas`, 'only'],
    [String.raw `erlaubt|zugelassen|autoris${"\u00e9"}e?s?|permitid[oa]s?|autorizad[oa]s?`, 'allowed'],
    [String.raw `gesetzt|definiert|d${"\u00e9"}finie?s?|definid[oa]s?`, 'set'],
    [String.raw `konfiguriert|eingerichtet|configur${"\u00e9"}e?s?|configurad[oa]s?`, 'configured'],
    [String.raw `deaktiviert|abgeschaltet|ausgeschaltet|d${"\u00e9"}sactiv${"\u00e9"}e?s?|desactivad[oa]s?|deshabilitad[oa]s?|desativad[oa]s?|desabilitad[oa]s?`, 'disabled'],
    [String.raw `aktiviert|activ${"\u00e9"}e?s?|activad[oa]s?|habilitad[oa]s?|ativad[oa]s?`, 'enabled'],
    // Other environments, clients and activities: vetoed in English as they are ("uniquement en pr\u00e9production", "apenas em
    // homologa\u00e7\u00e3o", "in der Mobile-App", "Schulung f\u00fcr das Frontend-Team").
    [String.raw `pr${"\u00e9"}-?production|pre-?production|pr${"\u00e9"}-?prod|pre-?prod|preproducci${"\u00f3"}n|preproduccion|pre-?producci${"\u00f3"}n|pr${"\u00e9"}-?produ${"\u00e7\u00e3"}o|pre-?producao|pr${"\u00e9"}-?produ${"\u00e7\u00e3"}o`, 'pre-production'],
    [String.raw `(?:en |sur l'environnement de |environnement de |na |em |no ambiente de |ambiente de |en el entorno de |entorno de )?(?:recette|homologa${"\u00e7\u00e3"}o|homologacao|homologaci${"\u00f3"}n|homologacion)|staging-umgebung|testumgebung|environnement de test|entorno de pruebas|ambiente de testes?`, 'on staging'],
    [String.raw `mobile-?apps?|app mobile|application mobile|appli mobile|aplicaci${"\u00f3"}n m${"\u00f3"}vil|aplicacion movil|app m${"\u00f3"}vil|app movil|aplicativo m${"\u00f3"}vel|aplicativo movel|app m${"\u00f3"}vel|app movel`, 'mobile app'],
    [String.raw `site institucional|sitio institucional|site vitrine|site corporativo|sitio corporativo`, 'marketing site'],
    [String.raw `schulung(?:en)?|formation|formaci${"\u00f3"}n|formacion|capacitaci${"\u00f3"}n|capacitacion|treinamento|forma${"\u00e7\u00e3"}o|formacao`, 'training'],
    // Knowledge, observation and review: vetoed in English as they are.
    [String.raw `dokumentiert|document${"\u00e9"}e?s?|documentad[oa]s?`, 'documented'],
    [String.raw `${"\u00fc"}berwacht|ueberwacht|surveill${"\u00e9"}e?s?|supervis${"\u00e9"}e?s?|monitorizad[oa]s?|monitoread[oa]s?|monitorad[oa]s?`, 'monitored'],
    [String.raw `(?:${"\u00fc"}ber)?pr${"\u00fc"}fen|(?:${"\u00fc"}ber)?gepr${"\u00fc"}ft|v${"\u00e9"}rifi${"\u00e9"}e?s?|revisad[oa]s?|verificad[oa]s?|examin${"\u00e9"}e?s?|revue?s?|(?:${"\u00e0"} |a )?(?:revoir|r${"\u00e9"}viser|reviser|v${"\u00e9"}rifier)|(?:por |a )?revisar|(?:a )?rever|${"\u00fc"}berarbeiten`, 'reviewed'],
    [String.raw `sp${"\u00e4"}ter|spaeter|plus tard|m${"\u00e1"}s tarde|m${"\u00e1"}s adelante|mas adelante|mais tarde|mais adiante`, 'later'],
    // The version alone, after "versi\u00f3n fija" and the like above ("El encabezado Server no revela la versi\u00f3n").
    [String.raw `versi${"\u00f3"}n|vers${"\u00e3"}o|versao`, 'version'],
    // Small words.
    [String.raw `und|et|y`, 'and'],
    [String.raw `oder|ou`, 'or'],
    [String.raw `f${"\u00fc"}r|pour|para|pendant|durant|durante|w${"\u00e4"}hrend`, 'for'],
    // "Certificado v\u00e1lido por pelo menos 30 dias", "\u2026 por al menos 30 d\u00edas", "\u2026 por 30 d\u00edas": a duration ("por defecto", "por padr\u00e3o"
    // are read above; "por" elsewhere is "by", left as written).
    [String.raw `por(?= (?:at least|minimum|\d))`, 'for'],
    [String.raw `mit|avec|con|com`, 'with'],
    [String.raw `vers`, 'to'],
    [String.raw `alle|tous|toutes|todos|todas`, 'all'],
    [String.raw `wird|est|es|est${"\u00e1"}|${"\u00e9"}`, 'is'],
    [String.raw `werden|sind|sont|son|est${"\u00e1"}n|s${"\u00e3"}o`, 'are'],
    [String.raw `im|in der|in den|dans le|dans la|dans les|en el|en la|en los|en las`, 'in the'],
    [String.raw `en`, 'in'],
    [String.raw `el|la|los|las|le|les|der|die|das|den|dem`, 'the'],
    [String.raw `l'`, 'the '],
];
const WORDS = VOCABULARY.map(([from, to]) => [new RegExp(from.startsWith('^') ? `${from}${E}` : `${B}(?:${from})${E}`, 'gu'), to]);
/**
 * Words that say the item is German, French, Spanish or Portuguese (not English): read in English only then. A word
 * both languages have (`image`, `container`, `code`) never decides.
 */
const FOREIGN = new RegExp(`${B}(?:certificat|zertifikat|antwortzeit(?:en)?|reaktionszeit(?:en)?|latenz(?:en)?|respuesta|resposta|tiempos?|unter|nuestr[oa]s|noss[oa]s|unsere[nmrs]?|fichiers?|archivos?|ficheros?|arquivos?|imagens|tls-zertifikat|valide|g\u00fcltig|mindestens|haben|conteneurs?|contenedor(?:es)?|dienste?|jede[rsn]?|speicherlimits?|verr\u00e4t|anfragen|peticiones|kein(?:e|en|em|er|es)?|nicht|und|oder|qualquer|cualquier(?:a)?|f\u00fcr|wird|werden|sind|im|der|das|mit|auf|aucune?|pas|sans|avec|dans|pour|vers|les|des|une?|est|sont|le|la|ning\u00fan|ninguna|sin|con|en|el|los|las|para|hay|est\u00e1|nenhum(?:a)?|n\u00e3o|nao|sem|em|ao|\u00e9|s\u00e3o|de|o superior|ou superior|oder h\u00f6her|redirige|redireciona|umgeleitet|weitergeleitet|solo|nur|gesetzt|neustart-?richtlinien?|pendant|durante|etiqueta|usar|utiliser|versi\u00f3n|deshabilitad[oa]s?|desactivad[oa]s?|desativad[oa]s?|desabilitad[oa]s?|habilitad[oa]s?|activad[oa]s?|ativad[oa]s?|configurad[oa]s?|deaktiviert|aktiviert|konfiguriert|erzwungen|forzad[oa]s?|antwortet|responde|respondem|retorna|r\u00e9pond|fij[oa]s?|fix[oa]s|versiones|obligatoire|obligatori[oa]|uniquement|seulement|\u00fanicamente|unicamente|somente|apenas|obrigat\u00f3ri[oa]|por defecto|par d\u00e9faut|padr\u00e3o|padrao|standard-?(?:passw\u00f6rter|passwort|kennw\u00f6rter|kennwort|zugangsdaten)|senhas?|contrase\u00f1as?)${E}`, 'u');
/**
 * The checks whose promises the vocabulary reads. Others (debug mode, non-root, HSTS\u2026) have rules of their own in these
 * languages, which the item as written already met or missed on purpose.
 */
const READ_IN_ENGLISH = new Set(['certificate', 'cookie-flags', 'cookie-security', 'dockerfile-secrets-in-env', 'production-server', 'server-version-leak', 'cors-policy', 'cors-wildcard', 'database-port-exposed', 'default-credentials', 'env-file-committed', 'hardcoded-secret', 'health-endpoint', 'https-redirect', 'image-tag-pinned', 'resource-limits', 'response-time', 'restart-policy', 'security-headers', 'tls-protocols-config', 'tls-version']);
/**
 * In a Portuguese item "no", "na", "nos" and "nas" are "em" and the article, "in the", never a negation (Portuguese says "n\u00e3o",
 * "sem", "nenhum"): "Qualquer origem permitida no CORS" grants any origin in CORS. Except before the words the vocabulary reads
 * with them ("no reposit\u00f3rio", "no c\u00f3digo", "no m\u00ednimo", "no ambiente de homologa\u00e7\u00e3o", "no primeiro login", "na internet",
 * "nos todos os").
 */
const PORTUGUESE_IN_THE = new RegExp(String.raw `${B}n(?:o|a|os|as) (?!(?:reposit${"\u00f3"}rio|repositorio|repo|c${"\u00f3"}digo|codigo|m${"\u00ed"}nimo|minimo|ambiente|primeiro|primeira|internet|todos|todas)${E})`, 'gu');
/**
 * `text` (lower-cased, markup-free) read in English, or undefined when it is no German, French, Spanish or Portuguese.
 * `portuguese`: the item is Portuguese (its "no" is "in the").
 */
function inEnglish(text, portuguese = false) {
    if (!FOREIGN.test(text) && !/[\u00e0-\u00f6\u00f8-\u00ff]/.test(text))
        return undefined;
    // "`.env`-Dateien": the file names before the word for files.
    let out = (portuguese ? text.replace(PORTUGUESE_IN_THE, 'in the ') : text).replace(/(?<=\S)-(?=dateien?(?![\p{L}]))/gu, ' ')
        // German word order: "CORS auf unsere Domains beschr\u00e4nkt" reads "CORS beschr\u00e4nkt auf unsere Domains", "Das Zertifikat ist
        // mindestens 30 Tage g\u00fcltig" "\u2026 g\u00fcltig f\u00fcr mindestens 30 Tage", "Zertifikat l\u00e4uft fr\u00fchestens in 30 Tagen ab" "\u2026 expires in at
        // least 30 days".
        .replace(/(?<![\p{L}])auf ([^,;()]+?) (beschr\u00e4nkt|eingeschr\u00e4nkt|begrenzt)(?![\p{L}])/u, '$2 auf $1')
        .replace(/(?<![\p{L}])(?:(noch) )?(mindestens|wenigstens) (\d{1,4}) (tage|wochen|monate) (g\u00fcltig|gueltig)(?![\p{L}])/u, (_m, still, _least, n, unit) => `g\u00fcltig f\u00fcr mindestens ${n} ${unit}${still ? ' remaining' : ''}`)
        .replace(/(?<![\p{L}])l\u00e4uft (?:fr\u00fchestens|fruehestens|erst|nicht vor) (?:in )?(\d{1,4}) (tagen|wochen|monaten) ab(?![\p{L}])/u, (_m, n, unit) => `expires in at least ${n} ${{ tagen: 'days', wochen: 'weeks', monaten: 'months' }[unit]}`);
    // A phrase that ends in an apostrophe ("pas d'", "l'") leaves a space before the next word ("l'\u00e9quipe" reads "the \u00e9quipe").
    for (const [re, to] of WORDS)
        out = out.replace(re, (m) => (m.endsWith("'") && !to.endsWith(' ') ? `${to} ` : to));
    out = out
        .replace(/ {2,}/g, ' ')
        // English word order: "fichier .env" / "archivos .env" \u2192 ".env files", "certificado TLS" \u2192 "TLS certificate".
        .replace(/\bfiles (\.env[\w.-]*)/g, '$1 files')
        .replace(/\bcertificate (tls|ssl|https)\b/g, '$1 certificate')
        // "Im\u00e1genes Docker" \u2192 "Docker images", "contenedores Docker" \u2192 "Docker containers"; "contrase\u00f1as por defecto" \u2192 "default passwords".
        .replace(/\b(images?|containers?|image tags?) docker\b/g, 'docker $1')
        .replace(/\b(passwords?|credentials?|accounts?|users?|logins?|secrets?|keys?) default\b/g, 'default $1')
        .trim();
    return out === text ? undefined : out;
}

;// CONCATENATED MODULE: ./lib/checklist/matcher.js











const HEALTH = 'health-endpoint';
const PROBES = 'k8s-probes';
const SECURITY = 'security-headers';
/**
 * An env file an item names as a word (`.env.local`, `` `backend/.env.production` ``, `prod.env`), not a glob
 * (`.env.*`, `*.env`, `.env*`) nor a part of one.
 */
const ENV_FILE_NAMED = /(?<![\w.\/*~-])((?:[\w-]+\/)*(?:\.env(?:\.[\w-]+)*|[\w-]+\.env))(?![\w*\/-]|\.[\w*])/g;
/**
 * A URL query after a path (`?q=shoes`, `?page=1&sort=-price`): characters a query holds, ending on none that closes a
 * sentence (a `.`, `:` or `?` after it is the sentence's).
 */
const QUERY = String.raw `\?[\w\-.~%!$&*+=:@/?,]*[\w\-~%$&*+=/]`;
/**
 * A URL path standing as a word in an item's text (`/healthz`, `` `/api/health` ``), not inside a URL or `24/7`, with its
 * query if it has one (`/search?q=shoes`: the page the item promises something of, as a probe's `path` takes it).
 */
const STATED_PATH = new RegExp(String.raw `(?:^|[\s\`'"(])(\/[\w\-./~%]*${QUERY}(?=$|[\s\`'"),;:.!?])|\/[\w\-./~%]+(?=$|[\s\`'"),;:]))`, 'g');
/** A stated path's query, in the text the rules read: the rules read the path (`/healthz?full=1 returns 200` as `/healthz returns 200`). */
const PATH_QUERY = new RegExp(String.raw `((?:^|[\s'"(])\/[\w\-./~%]*)${QUERY}(?=$|[\s'"),;:.!?])`, 'g');
/**
 * Status, deferral, not-applicable and opt-out words in the languages written in other scripts, per language: what the
 * English, German, French, Spanish and Portuguese words of DEFERRED_ANYWHERE, DEFERRAL_STATUS, NOT_APPLICABLE,
 * NOT_A_PROMISE_CONTEXT, NEGATOR and OFF say, for Russian, Ukrainian, Japanese, Chinese and Korean, and the plainest of them
 * in Greek, Hebrew, Arabic and Hindi (letters `\b` does not bound). Each entry is a regex source:
 * - `deferred`: defers or declines the item wherever it stands in it, as "later", "postponed", "not needed", "out of scope" do
 *   ("HSTS \u2014 \u043e\u0442\u043b\u043e\u0436\u0435\u043d\u043e", "HSTS \ub098\uc911\uc5d0", "HSTS \u2014 \u6682\u7f13", "HSTS \u043d\u0435 \u043d\u0443\u0436\u0435\u043d").
 * - `status`: a status that defers the item only as its state, as DEFERRING_STATUS reads "pending" or "WIP": opening an
 *   aside, after a dash or a label ("HSTS \u2014 \u672a\u5bfe\u5fdc", "HSTS\uff08\u4fdd\u7559\uff09", "HSTS \u2014 \u043d\u0435 \u0441\u0434\u0435\u043b\u0430\u043d\u043e"); elsewhere it may state a promise
 *   ("TLS 1.0 \u306f\u672a\u5bfe\u5fdc": TLS 1.0 unsupported).
 * - `statusAtEnd`: a status word that is an everyday word too, read as the item's state only where a `status` word is and
 *   ending it ("HSTS\uff08\u4fdd\u7559\uff09", "HSTS \u2014 \u043e\u0436\u0438\u0434\u0430\u0435\u0442"; not "HSTS \u2014 \u4fdd\u7559 max-age" (keep max-age), "/healthz \u2014 \u043e\u0436\u0438\u0434\u0430\u0435\u0442 200" (expects 200),
 *   "\u0432 \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u0435 \u0441\u0431\u043e\u0440\u043a\u0438" (during the build), "HSTS \u2014 \ub300\uae30 \uc2dc\uac04" (wait time)).
 * - `notDone`, `notDoneAtEnd`: the `status` and `statusAtEnd` words that say the work is unfinished (pending, on hold, in
 *   progress, not done, not started), as NOT_DONE_STATUS's are, read where those are: not a decision or a plan ("\u4e0d\u8981" not
 *   needed, "\u5ef6\u671f" postponed, "\u4e88\u5b9a" planned, "\u691c\u8a0e\u4e2d" under consideration, "\u5bfe\u8c61\u5916" exempt). They defer as the others do, and
 *   a tick beside one does not sign off an item that names a check (see notDoneReading).
 * - `headings`: a heading (or parent item) that is only that word keeps its items manual ("## \u4fdd\u7559", "## \u041d\u0435 \u043f\u0440\u0438\u043c\u0435\u043d\u0438\u043c\u043e").
 * - `context`: anywhere in a heading (or parent item), keeps its items manual, as NOT_A_PROMISE_CONTEXT's "deferred", "out of
 *   scope", "backlog" do ("## \u0411\u0435\u0437\u043e\u043f\u0430\u0441\u043d\u043e\u0441\u0442\u044c (\u0432\u043d\u0435 \u0441\u043a\u043e\u0443\u043f\u0430)"); the other `deferred` words do not ("## \u0411\u0435\u0437\u043e\u043f\u0430\u0441\u043d\u043e\u0441\u0442\u044c (\u0434\u043b\u044f
 *   \u0432\u043d\u0443\u0442\u0440\u0435\u043d\u043d\u0438\u0445 API CSP \u043d\u0435 \u043d\u0443\u0436\u0435\u043d)" is a remark about CSP, as "(CSP not needed for internal APIs)" is).
 * - `notApplicable`: "not applicable", read as NOT_APPLICABLE is ("CSP: \u043d\u0435 \u043f\u0440\u0438\u043c\u0435\u043d\u0438\u043c\u043e", "CSP: \u5bfe\u8c61\u5916", "CSP: \ud574\ub2f9 \uc5c6\uc74c").
 * - `negator`: opts out of a check's safeguard before it, as "no", "disable" do ("\u0411\u0435\u0437 HSTS", "\u041e\u0442\u043a\u043b\u044e\u0447\u0438\u0442\u044c HSTS", "\u4e0d\u542f\u7528 HSTS").
 * - `off`: opts out after it, as "disabled", "not configured" do ("HSTS \u043d\u0435 \u043d\u0430\u0441\u0442\u0440\u0430\u0438\u0432\u0430\u0435\u043c", "HSTS \u306f\u8a2d\u5b9a\u3057\u306a\u3044", "HSTS \u65e0\u9700\u914d\u7f6e",
 *   "HSTS \ubbf8\uc801\uc6a9").
 * Words of the languages written with spaces are matched as whole words (no letter either side); Japanese and Chinese, written without
 * spaces, as phrases, each excluding the compounds that hold it as part of another word ("\u6700\u5f8c\u3067" is "at the end" and "\u76f4\u5f8c\u3067"
 * "right after", not "\u5f8c\u3067"; "\u4ee5\u540e\u7aef" is "by the back end", not "\u4ee5\u540e").
 */
const ABROAD = {
    ru: {
        deferred: ['\u043f\u043e\u0437\u0436\u0435', '\u043f\u043e\u0442\u043e\u043c', '\u043e\u0442\u043b\u043e\u0436(?:\u0435\u043d\u043e|\u0435\u043d|\u0435\u043d\u0430|\u0435\u043d\u044b|\u0438\u043c|\u0438\u043b\u0438)', '\u043f\u0435\u0440\u0435\u043d\u0435\u0441\u0435\u043d[\u043e\u0430\u044b]?', '\u0432 \u0441\u043b\u0435\u0434\u0443\u044e\u0449(?:\u0435\u043c|\u0435\u0439) (?:\u0440\u0435\u043b\u0438\u0437\u0435|\u0441\u043f\u0440\u0438\u043d\u0442\u0435|\u0432\u0435\u0440\u0441\u0438\u0438|\u043a\u0432\u0430\u0440\u0442\u0430\u043b\u0435|\u0438\u0442\u0435\u0440\u0430\u0446\u0438\u0438)', '\u043f\u043e\u0441\u043b\u0435 (?:\u0440\u0435\u043b\u0438\u0437\u0430|\u0437\u0430\u043f\u0443\u0441\u043a\u0430|\u043c\u0438\u0433\u0440\u0430\u0446\u0438\u0438)', '(?<!(?:\u0435\u0441\u043b\u0438|\u043a\u043e\u0433\u0434\u0430|\u0433\u0434\u0435) )\u043d\u0435 (?:\u043d\u0443\u0436(?:\u0435\u043d|\u043d\u0430|\u043d\u043e|\u043d\u044b)|\u0442\u0440\u0435\u0431\u0443\u0435\u0442\u0441\u044f|\u0442\u0440\u0435\u0431\u0443\u044e\u0442\u0441\u044f|\u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b(?:\u0435\u043d|\u044c\u043d\u043e|\u044c\u043d\u0430|\u044c\u043d\u044b))', '\u0432\u043d\u0435 (?:\u0441\u043a\u043e\u0443\u043f\u0430|\u0440\u0430\u043c\u043e\u043a)', '\u0432 \u0431\u044d\u043a\u043b\u043e\u0433\u0435'],
        status: ['\u0437\u0430\u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d[\u043e\u0430\u044b]?'],
        statusAtEnd: [],
        notDone: ['\u043d\u0435 \u0441\u0434\u0435\u043b\u0430\u043d[\u043e\u0430\u044b]?', '\u043d\u0435 \u0433\u043e\u0442\u043e\u0432[\u043e\u0430\u044b]?', '\u043d\u0435 \u043d\u0430\u0447\u0430\u0442[\u043e\u0430\u044b]?', '\u0432 \u0440\u0430\u0431\u043e\u0442\u0435', '\u0432 \u043e\u0436\u0438\u0434\u0430\u043d\u0438\u0438', '\u043e\u0436\u0438\u0434\u0430\u0435\u0442 (?:\u0440\u0435\u0448\u0435\u043d\u0438\u044f|\u043e\u0442\u0432\u0435\u0442\u0430|\u0441\u043e\u0433\u043b\u0430\u0441\u043e\u0432\u0430\u043d\u0438\u044f)', '(?:\u0435\u0449\u0435|\u043f\u043e\u043a\u0430) \u043d\u0435\u0442', '\u043d\u0430 \u043f\u0430\u0443\u0437\u0435'],
        notDoneAtEnd: ['\u0432 \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u0435', '\u043e\u0436\u0438\u0434\u0430\u0435\u0442'],
        headings: ['\u043f\u043e\u0437\u0436\u0435', '\u043f\u043e\u0442\u043e\u043c', '\u043e\u0442\u043b\u043e\u0436\u0435\u043d\u043e', '\u043d\u0435 \u043f\u0440\u0438\u043c\u0435\u043d\u0438\u043c\u043e', '\u0431\u044d\u043a\u043b\u043e\u0433', '\u0438\u0441\u043a\u043b\u044e\u0447\u0435\u043d\u0438\u044f', '\u0432\u043d\u0435 \u0441\u043a\u043e\u0443\u043f\u0430'],
        context: ['\u043e\u0442\u043b\u043e\u0436(?:\u0435\u043d\u043e|\u0435\u043d|\u0435\u043d\u0430|\u0435\u043d\u044b)', '\u0432\u043d\u0435 (?:\u0441\u043a\u043e\u0443\u043f\u0430|\u0440\u0430\u043c\u043e\u043a)', '\u0432 \u0431\u044d\u043a\u043b\u043e\u0433\u0435', '\u0431\u044d\u043a\u043b\u043e\u0433'],
        notApplicable: ['\u043d\u0435 \u043f\u0440\u0438\u043c\u0435\u043d\u0438\u043c\u043e', '\u043d\u0435\u043f\u0440\u0438\u043c\u0435\u043d\u0438\u043c\u043e', '\u043d\u0435 \u043f\u0440\u0438\u043c\u0435\u043d\u044f\u0435\u0442\u0441\u044f'],
        negator: ['\u0431\u0435\u0437', '\u043d\u0435\u0442', '\u043e\u0442\u043a\u043b\u044e\u0447(?:\u0438\u0442\u044c|\u0430\u0435\u043c|\u0438\u0442\u0435|\u0435\u043d\u043e|\u0435\u043d|\u0435\u043d\u0430)', '\u0432\u044b\u043a\u043b\u044e\u0447(?:\u0438\u0442\u044c|\u0430\u0435\u043c|\u0438\u0442\u0435)', '\u0443\u0431\u0440\u0430\u0442\u044c', '\u0443\u0434\u0430\u043b(?:\u0438\u0442\u044c|\u044f\u0435\u043c)', '\u043d\u0435 (?:\u0438\u0441\u043f\u043e\u043b\u044c\u0437|\u0432\u043a\u043b\u044e\u0447\u0430|\u043d\u0430\u0441\u0442\u0440\u0430\u0438\u0432\u0430|\u043f\u043e\u0434\u043a\u043b\u044e\u0447\u0430|\u0434\u043e\u0431\u0430\u0432\u043b\u044f|\u0437\u0430\u0434\u0430\u0432\u0430)(?:\u0442\u044c|\u0435\u043c)'],
        off: ['(?:\u043e\u0442|\u0432\u044b)\u043a\u043b\u044e\u0447[\u0435\u0451]\u043d[\u0430\u043e\u044b]?', '\u043d\u0435 (?:\u0432\u043a\u043b\u044e\u0447[\u0435\u0451]\u043d[\u0430\u043e\u044b]?|\u043d\u0430\u0441\u0442\u0440\u043e[\u0435\u0451]\u043d[\u0430\u043e\u044b]?|\u0438\u0441\u043f\u043e\u043b\u044c\u0437\u0443\u0435\u0442\u0441\u044f|\u0438\u0441\u043f\u043e\u043b\u044c\u0437\u0443\u044e\u0442\u0441\u044f|\u0438\u0441\u043f\u043e\u043b\u044c\u0437\u0443\u0435\u043c|\u043d\u0430\u0441\u0442\u0440\u0430\u0438\u0432\u0430(?:\u0435\u043c|\u0435\u0442\u0441\u044f|\u044e\u0442\u0441\u044f)|\u0432\u043a\u043b\u044e\u0447\u0430\u0435\u043c|\u043f\u043e\u0434\u043a\u043b\u044e\u0447[\u0435\u0451]\u043d[\u0430\u043e\u044b]?|\u0437\u0430\u0434\u0430\u043d[\u0430\u043e\u044b]?|\u043d\u0443\u0436(?:\u0435\u043d|\u043d\u0430|\u043d\u043e|\u043d\u044b)|\u0442\u0440\u0435\u0431\u0443\u0435\u0442\u0441\u044f|\u0442\u0440\u0435\u0431\u0443\u044e\u0442\u0441\u044f|\u043f\u0440\u0438\u043c\u0435\u043d\u044f(?:\u0435\u0442\u0441\u044f|\u044e\u0442\u0441\u044f))', '\u043e\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0443(?:\u0435\u0442|\u044e\u0442)', '\u0443\u0431\u0440\u0430\u043d[\u0430\u043e\u044b]?', '\u0443\u0434\u0430\u043b[\u0435\u0451]\u043d[\u0430\u043e\u044b]?'],
    },
    uk: {
        deferred: ['\u043f\u0456\u0437\u043d\u0456\u0448\u0435', '\u043f\u043e\u0442\u0456\u043c', '\u0432\u0456\u0434\u043a\u043b\u0430\u0434\u0435\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)', '\u043f\u0435\u0440\u0435\u043d\u0435\u0441\u0435\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)', '[\u0443\u0432] \u043d\u0430\u0441\u0442\u0443\u043f\u043d\u043e\u043c\u0443 (?:\u0440\u0435\u043b\u0456\u0437\u0456|\u0441\u043f\u0440\u0438\u043d\u0442\u0456|\u043a\u0432\u0430\u0440\u0442\u0430\u043b\u0456)', '\u043f\u0456\u0441\u043b\u044f (?:\u0440\u0435\u043b\u0456\u0437\u0443|\u0437\u0430\u043f\u0443\u0441\u043a\u0443|\u043c\u0456\u0433\u0440\u0430\u0446\u0456\u0457)', '(?<!(?:\u044f\u043a\u0449\u043e|\u043a\u043e\u043b\u0438) )\u043d\u0435 (?:\u043f\u043e\u0442\u0440\u0456\u0431\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)|\u043f\u043e\u0442\u0440\u0456\u0431\u0435\u043d|\u043e\u0431\u043e\u0432.\u044f\u0437\u043a\u043e\u0432(?:\u043e|\u0438\u0439|\u0430|\u0456))'],
        status: ['\u0437\u0430\u043f\u043b\u0430\u043d\u043e\u0432\u0430\u043d\u043e'],
        statusAtEnd: [],
        notDone: ['\u043d\u0435 \u0437\u0440\u043e\u0431\u043b\u0435\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)', '\u043d\u0435 \u0433\u043e\u0442\u043e\u0432(?:\u043e|\u0438\u0439|\u0430|\u0456)', '\u043d\u0435 \u0440\u043e\u0437\u043f\u043e\u0447\u0430\u0442(?:\u043e|\u0438\u0439|\u0430|\u0456)', '[\u0443\u0432] \u0440\u043e\u0431\u043e\u0442\u0456', '(?:\u0449\u0435|\u043f\u043e\u043a\u0438) \u043d\u0456', '\u043d\u0430 \u043f\u0430\u0443\u0437\u0456'],
        notDoneAtEnd: ['[\u0443\u0432] \u043f\u0440\u043e\u0446\u0435\u0441\u0456'],
        headings: ['\u043f\u0456\u0437\u043d\u0456\u0448\u0435', '\u043f\u043e\u0442\u0456\u043c', '\u0432\u0456\u0434\u043a\u043b\u0430\u0434\u0435\u043d\u043e', '\u043d\u0435 \u0437\u0430\u0441\u0442\u043e\u0441\u043e\u0432\u0443\u0454\u0442\u044c\u0441\u044f', '\u0432\u0438\u043d\u044f\u0442\u043a\u0438'],
        context: ['\u0432\u0456\u0434\u043a\u043b\u0430\u0434\u0435\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)', '\u043f\u043e\u0437\u0430 (?:\u0441\u043a\u043e\u0443\u043f\u043e\u043c|\u043c\u0435\u0436\u0430\u043c\u0438)', '[\u0443\u0432] \u0431\u0435\u043a\u043b\u043e\u0437\u0456', '\u0431\u0435\u043a\u043b\u043e\u0433'],
        notApplicable: ['\u043d\u0435 \u0437\u0430\u0441\u0442\u043e\u0441\u043e\u0432\u0443\u0454\u0442\u044c\u0441\u044f', '\u043d\u0435 \u0437\u0430\u0441\u0442\u043e\u0441\u043e\u0432\u043d\u043e', '\u043d\u0435\u0437\u0430\u0441\u0442\u043e\u0441\u043e\u0432\u043d\u043e'],
        negator: ['\u0431\u0435\u0437', '\u0432\u0438\u043c\u043a\u043d(?:\u0443\u0442\u0438|\u0435\u043c\u043e|\u0456\u0442\u044c)', '\u043f\u0440\u0438\u0431\u0440\u0430\u0442\u0438', '\u0432\u0438\u0434\u0430\u043b\u0438\u0442\u0438', '\u043d\u0435 (?:\u0432\u0438\u043a\u043e\u0440\u0438\u0441\u0442\u043e\u0432\u0443|\u0432\u043c\u0438\u043a\u0430|\u043d\u0430\u043b\u0430\u0448\u0442\u043e\u0432\u0443|\u0434\u043e\u0434\u0430\u0432\u0430)(?:\u0442\u0438|\u0454\u043c\u043e)'],
        off: ['\u0432\u0438\u043c\u043a\u043d\u0435\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)', '\u043d\u0435 (?:\u0443\u0432\u0456\u043c\u043a\u043d\u0435\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)|\u0432\u0432\u0456\u043c\u043a\u043d\u0435\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)|\u043d\u0430\u043b\u0430\u0448\u0442\u043e\u0432\u0430\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)|\u0432\u0438\u043a\u043e\u0440\u0438\u0441\u0442\u043e\u0432\u0443(?:\u0454\u0442\u044c\u0441\u044f|\u044e\u0442\u044c\u0441\u044f|\u0454\u043c\u043e)|\u043d\u0430\u043b\u0430\u0448\u0442\u043e\u0432\u0443\u0454\u043c\u043e|\u043f\u043e\u0442\u0440\u0456\u0431\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)|\u043f\u043e\u0442\u0440\u0456\u0431\u0435\u043d|\u0437\u0430\u0441\u0442\u043e\u0441\u043e\u0432\u0443(?:\u0454\u0442\u044c\u0441\u044f|\u044e\u0442\u044c\u0441\u044f))', '\u0432\u0456\u0434\u0441\u0443\u0442\u043d(?:\u0456\u0439|\u044f|\u0454|\u0456)', '\u043f\u0440\u0438\u0431\u0440\u0430\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)', '\u0432\u0438\u0434\u0430\u043b\u0435\u043d(?:\u043e|\u0438\u0439|\u0430|\u0456)'],
    },
    ja: {
        deferred: ['(?<![\u6700\u76f4\u524d\u5348\u80cc])\u5f8c\u3067', '\u5f8c\u65e5', '\u5f8c\u56de\u3057', '\u4eca\u5f8c(?:\u306e)?\u5bfe\u5fdc', '\u6b21(?:\u56de|\u671f)?(?:\u306e)?(?:\u30ea\u30ea\u30fc\u30b9|\u30b9\u30d7\u30ea\u30f3\u30c8|\u30d0\u30fc\u30b8\u30e7\u30f3|\u30d5\u30a7\u30fc\u30ba)', '\u898b\u9001\u308a', '\u5148\u9001\u308a', '\u8a72\u5f53\u306a\u3057', '\u5fc5\u8981(?:\u306a\u3057|\u306a\u3044|\u3042\u308a\u307e\u305b\u3093)'],
        // "\u5ef6\u671f" is a status only: in Chinese "\u8bc1\u4e66\u5ef6\u671f" extends a certificate.
        status: ['(?:\u5bfe\u5fdc|\u5b9f\u65bd|\u5c0e\u5165)\u4e88\u5b9a', '\u691c\u8a0e\u4e2d', '\u4e0d\u8981', '\u5ef6\u671f'],
        // "\u4fdd\u7559" is "keep" in Chinese ("\u4fdd\u7559 max-age"), "\u5bfe\u8c61\u5916" is "exempt from" ("\u8a8d\u8a3c\u306e\u5bfe\u8c61\u5916").
        statusAtEnd: ['\u5bfe\u8c61\u5916'],
        notDone: ['\u672a\u5bfe\u5fdc', '\u672a\u7740\u624b', '\u672a\u5b9f\u65bd', '\u672a\u5b8c\u4e86', '\u5bfe\u5fdc\u4e2d', '\u4f5c\u696d\u4e2d', '\u9032\u884c\u4e2d', '\u5bfe\u5fdc\u5f85\u3061'],
        // "\u4fdd\u7559\u671f\u9593" is a retention period: "\u4fdd\u7559" is a status only ending the state.
        notDoneAtEnd: ['\u4fdd\u7559(?:\u4e2d)?'],
        headings: ['\u4fdd\u7559', '\u5bfe\u8c61\u5916', '\u5f8c\u3067(?:\u5bfe\u5fdc)?', '\u4eca\u5f8c(?:\u306e\u5bfe\u5fdc)?', '\u5ef6\u671f', '\u898b\u9001\u308a', '\u5c06\u6765(?:\u306e)?(?:\u5bfe\u5fdc)?', '\u672a\u5bfe\u5fdc', '\u5bfe\u5fdc\u4e88\u5b9a', '\u691c\u8a0e\u4e2d', '\u30d0\u30c3\u30af\u30ed\u30b0', '\u4f8b\u5916'],
        context: ['\u7bc4\u56f2\u5916', '\u30b9\u30b3\u30fc\u30d7\u5916', '\u898b\u9001\u308a', '\u30d0\u30c3\u30af\u30ed\u30b0'],
        notApplicable: ['\u5bfe\u8c61\u5916', '\u8a72\u5f53\u306a\u3057', '\u8a72\u5f53\u3057\u306a\u3044', '\u9069\u7528\u5916'],
        negator: [],
        // After the safeguard and a particle, "for now", "temporarily", "still" allowed before ("CSP \u306f\u4e00\u65e6\u7121\u52b9\u5316", "HSTS \u306f\u307e\u3060\u7121\u52b9").
        off: ['(?:(?:\u4e00\u65e6|\u3044\u3063\u305f\u3093|\u5f53\u9762|\u5f53\u5206|\u66ab\u5b9a\u7684\u306b|\u4e00\u6642\u7684\u306b|\u4eca\u306f|\u73fe\u5728\u306f?|\u3057\u3070\u3089\u304f|\u307e\u3060) ?)?(?:\u7121\u52b9(?!\u306b(?:\u3057\u306a\u3044|\u3057\u307e\u305b\u3093|\u3057\u3066\u306f))|\u672a\u8a2d\u5b9a|\u672a\u5bfe\u5fdc|\u306a\u3057|\u7121\u3057|\u4f7f\u308f\u306a\u3044|\u4f7f\u3044\u307e\u305b\u3093|\u30aa\u30d5|\u4e0d\u8981|\u5165\u308c\u306a\u3044|(?:\u8a2d\u5b9a|\u5c0e\u5165|\u8ffd\u52a0|\u4f7f\u7528|\u5229\u7528|\u9069\u7528|\u69cb\u6210|\u8a18\u8ff0|\u9001\u4fe1|\u6709\u52b9\u5316|\u6709\u52b9\u306b)?(?:\u3057\u306a\u3044|\u3057\u307e\u305b\u3093|\u305b\u305a))'],
    },
    zh: {
        deferred: ['\u4ee5\u540e(?![\u7aef\u53f0])', '\u7a0d\u540e', '(?:\u4e4b\u540e|\u4ee5\u540e)\u518d(?:\u505a|\u5904\u7406|\u8bf4|\u770b)', '\u4e0b(?:\u4e2a|\u4e00\u4e2a?)(?:\u8fed\u4ee3|\u51b2\u523a|\u7248\u672c|\u53d1\u5e03|\u5b63\u5ea6|\u9636\u6bb5|\u91cc\u7a0b\u7891)', '\u5ef6\u540e', '\u63a8\u8fdf', '\u6682\u7f13', '\u8303\u56f4\u5916'],
        status: ['\u8ba1\u5212\u4e2d', '\u8a08\u5283\u4e2d', '\u4e0d\u9700\u8981', '\u65e0\u9700', '\u7121\u9700'],
        // "\u5f85\u5b9a" is "pending" ("\u5f85\u5b9a\u8ba2\u5355": pending orders), "\u4e0d\u9002\u7528" "not applicable" ("\u4e0d\u9002\u7528\u7f13\u5b58\u7684\u9875\u9762": pages caching does not apply to).
        statusAtEnd: ['\u5f85\u5b9a', '\u4e0d\u9002\u7528', '\u4e0d\u9069\u7528'],
        // "\u5f85\u5904\u7406\u7684\u8bf7\u6c42" (pending requests) describes the topic: no Han letter may follow (see STATUS_ABROAD).
        notDone: ['\u672a\u5b8c\u6210', '\u5f85\u529e', '\u5f85\u8fa6', '\u5f85\u5904\u7406', '\u5f85\u8655\u7406', '\u672a\u5904\u7406', '\u672a\u8655\u7406', '\u8fdb\u884c\u4e2d', '\u9032\u884c\u4e2d', '\u672a\u5b9e\u65bd', '\u672a\u5be6\u65bd', '\u672a\u5f00\u59cb', '\u672a\u958b\u59cb'],
        // "\u6682\u7f13" (on hold) is a deferral anywhere; ending the state it is also the item's not-done status.
        notDoneAtEnd: ['\u6682\u7f13', '\u66ab\u7de9'],
        headings: ['\u4ee5\u540e(?:\u518d\u505a|\u518d\u8bf4|\u5904\u7406)?', '\u7a0d\u540e', '\u6682\u7f13', '\u5ef6\u671f', '\u5ef6\u540e', '\u63a8\u8fdf', '\u5f85\u529e', '\u4e0d\u9002\u7528', '\u540e\u7eed(?:\u5de5\u4f5c|\u8ba1\u5212|\u4f18\u5316)?', '\u5f85\u5b9a', '\u4f8b\u5916'],
        context: ['\u8303\u56f4\u5916', '\u7bc4\u570d\u5916', '\u6682\u7f13', '\u5ef6\u540e', '\u63a8\u8fdf'],
        notApplicable: ['\u4e0d\u9002\u7528', '\u4e0d\u9069\u7528'],
        negator: ['\u4e0d(?:\u542f\u7528|\u555f\u7528|\u4f7f\u7528|\u5f00\u542f|\u958b\u555f|\u914d\u7f6e|\u8bbe\u7f6e|\u8a2d\u7f6e|\u9700\u8981)?', '\u6ca1\u6709', '\u6c92\u6709', '\u65e0\u9700', '\u7121\u9700', '\u7981\u7528', '\u5173\u95ed', '\u95dc\u9589'],
        off: ['(?:(?:\u6682\u65f6|\u66ab\u6642|\u76ee\u524d) ?)?(?:(?:\u5df2|\u88ab)?(?:\u7981\u7528|\u5173\u95ed|\u95dc\u9589|\u505c\u7528)|\u672a\u542f\u7528|\u672a\u555f\u7528|\u672a\u5f00\u542f|\u672a\u958b\u555f|\u672a\u914d\u7f6e|\u4e0d\u542f\u7528|\u4e0d\u555f\u7528|\u4e0d\u4f7f\u7528|\u4e0d\u9700\u8981|\u65e0\u9700|\u7121\u9700)'],
    },
    ko: {
        deferred: ['\ub098\uc911\uc5d0', '\ucd94\ud6c4(?:\uc5d0)?', '\ub2e4\uc74c (?:\ub9b4\ub9ac\uc2a4|\ub9b4\ub9ac\uc988|\uc2a4\ud504\ub9b0\ud2b8|\ubc84\uc804|\ubd84\uae30)(?:\uc5d0|\uc5d0\uc11c)?', '\uc5f0\uae30(?:\ub428|\ud568)?', '\ubcf4\ub958(?: ?\uc911)?', '\ud574\ub2f9 ?\uc5c6\uc74c', '\ubd88\ud544\uc694', '\ud544\uc694 ?\uc5c6\uc74c', '\ubc94\uc704 ?\uc678', '\ubc31\ub85c\uadf8'],
        status: ['(?:\uc801\uc6a9|\uc124\uc815|\ub3c4\uc785|\uc791\uc5c5) ?\uc608\uc815', '\uc608\uc815'],
        statusAtEnd: [],
        notDone: ['\ubbf8\uc644\ub8cc', '\ubbf8\ucc29\uc218', '\uc9c4\ud589 ?\uc911', '\uc791\uc5c5 ?\uc911', '\ub300\uae30 ?\uc911'],
        // "\ub300\uae30 \uc2dc\uac04" is a wait time (latency), "\ubcf4\ub958" a deferral anywhere: ending the state they are the item's not-done status.
        notDoneAtEnd: ['\ub300\uae30', '\ubcf4\ub958(?: ?\uc911)?'],
        headings: ['\ub098\uc911\uc5d0', '\ucd94\ud6c4', '\ubcf4\ub958', '\uc5f0\uae30', '\ud574\ub2f9 ?\uc5c6\uc74c', '\ubc31\ub85c\uadf8', '\uc608\uc678'],
        context: ['\uc5f0\uae30\ub428', '\ubc94\uc704 ?\uc678', '\ubc31\ub85c\uadf8'],
        notApplicable: ['\ud574\ub2f9 ?\uc5c6\uc74c', '\ud574\ub2f9 ?\uc0ac\ud56d ?\uc5c6\uc74c', '\uc801\uc6a9 ?\ub300\uc0c1 ?\uc544\ub2d8'],
        negator: [],
        off: ['\ubbf8\uc801\uc6a9', '\ubbf8\uc0ac\uc6a9', '(?:\uc0ac\uc6a9|\uc801\uc6a9|\uc124\uc815) ?\uc548 ?\ud568', '(?:\uc0ac\uc6a9|\uc801\uc6a9|\uc124\uc815)\ud558\uc9c0 \uc54a(?:\uc74c|\ub294\ub2e4|\uc2b5\ub2c8\ub2e4|\uc544\uc694)', '\ube44\ud65c\uc131\ud654?(?:\ub428)?', '\uaebc\uc9d0', '\uc5c6\uc74c', '\uc5c6\uc774'],
    },
    // Greek, Hebrew, Arabic and Hindi: the plainest words only (later, postponed, not applicable, without, disabled).
    el: {
        deferred: ['\u03b1\u03c1\u03b3\u03cc\u03c4\u03b5\u03c1\u03b1', '\u03b1\u03bd\u03b1\u03b2\u03bb\u03ae\u03b8\u03b7\u03ba\u03b5', '\u03c3\u03b5 \u03b1\u03bd\u03b1\u03b2\u03bf\u03bb\u03ae', '\u03c3\u03b5 \u03b5\u03c0\u03cc\u03bc\u03b5\u03bd\u03b7 (?:\u03ad\u03ba\u03b4\u03bf\u03c3\u03b7|\u03ba\u03c5\u03ba\u03bb\u03bf\u03c6\u03bf\u03c1\u03af\u03b1)'],
        status: [],
        statusAtEnd: [],
        notDone: ['\u03c3\u03b5 \u03b5\u03be\u03ad\u03bb\u03b9\u03be\u03b7', '\u03b5\u03ba\u03ba\u03c1\u03b5\u03bc\u03b5\u03af', '\u03b5\u03ba\u03ba\u03c1\u03b5\u03bc\u03ae\u03c2'],
        notDoneAtEnd: [],
        headings: ['\u03b1\u03c1\u03b3\u03cc\u03c4\u03b5\u03c1\u03b1', '\u03b1\u03bd\u03b1\u03b2\u03bf\u03bb\u03ae'],
        context: ['\u03b1\u03bd\u03b1\u03b2\u03bb\u03ae\u03b8\u03b7\u03ba\u03b5', '\u03c3\u03b5 \u03b1\u03bd\u03b1\u03b2\u03bf\u03bb\u03ae'],
        notApplicable: ['\u03b4\u03b5\u03bd \u03b5\u03c6\u03b1\u03c1\u03bc\u03cc\u03b6\u03b5\u03c4\u03b1\u03b9', '\u03bc\u03b7 \u03b5\u03c6\u03b1\u03c1\u03bc\u03cc\u03c3\u03b9\u03bc\u03bf'],
        negator: ['\u03c7\u03c9\u03c1\u03af\u03c2', '\u03b1\u03c0\u03b5\u03bd\u03b5\u03c1\u03b3\u03bf\u03c0\u03bf\u03af\u03b7\u03c3\u03b7'],
        off: ['\u03b1\u03c0\u03b5\u03bd\u03b5\u03c1\u03b3\u03bf\u03c0\u03bf\u03b9\u03b7\u03bc\u03ad\u03bd(?:\u03bf|\u03bf\u03c2|\u03b7|\u03b1)', '\u03b1\u03bd\u03b5\u03bd\u03b5\u03c1\u03b3(?:\u03cc|\u03cc\u03c2|\u03ae)'],
    },
    he: {
        deferred: ['\u05de\u05d0\u05d5\u05d7\u05e8 \u05d9\u05d5\u05ea\u05e8', '\u05d1\u05d4\u05de\u05e9\u05da', '\u05e0\u05d3\u05d7\u05d4', '\u05e0\u05d3\u05d7\u05ea\u05d4', '\u05d1\u05d2\u05e8\u05e1\u05d4 \u05d4\u05d1\u05d0\u05d4'],
        status: [],
        statusAtEnd: [],
        notDone: ['\u05d1\u05ea\u05d4\u05dc\u05d9\u05da', '\u05de\u05de\u05ea\u05d9\u05df', '\u05de\u05de\u05ea\u05d9\u05e0\u05d4'],
        notDoneAtEnd: [],
        headings: ['\u05de\u05d0\u05d5\u05d7\u05e8 \u05d9\u05d5\u05ea\u05e8', '\u05e0\u05d3\u05d7\u05d4'],
        context: ['\u05e0\u05d3\u05d7\u05d4', '\u05e0\u05d3\u05d7\u05ea\u05d4'],
        notApplicable: ['\u05dc\u05d0 \u05e8\u05dc\u05d5\u05d5\u05e0\u05d8\u05d9', '\u05dc\u05d0 \u05d9\u05e9\u05d9\u05dd'],
        negator: ['\u05dc\u05dc\u05d0', '\u05d1\u05dc\u05d9'],
        off: ['\u05de\u05d5\u05e9\u05d1\u05ea', '\u05de\u05d5\u05e9\u05d1\u05ea\u05ea', '\u05db\u05d1\u05d5\u05d9', '\u05dc\u05d0 \u05de\u05d5\u05e4\u05e2\u05dc'],
    },
    ar: {
        deferred: ['\u0644\u0627\u062d\u0642(?:\u064b\u0627|\u0627\u064b|\u0627)', '\u0645\u0624\u062c\u0644', '\u0645\u0624\u062c\u0644\u0629', '\u062a\u0645 \u062a\u0623\u062c\u064a\u0644\u0647', '\u0641\u064a \u0627\u0644\u0625\u0635\u062f\u0627\u0631 \u0627\u0644\u0642\u0627\u062f\u0645'],
        status: [],
        statusAtEnd: [],
        notDone: ['\u0642\u064a\u062f \u0627\u0644\u062a\u0646\u0641\u064a\u0630', '\u0642\u064a\u062f \u0627\u0644\u0627\u0646\u062a\u0638\u0627\u0631'],
        notDoneAtEnd: [],
        headings: ['\u0644\u0627\u062d\u0642(?:\u064b\u0627|\u0627\u064b|\u0627)', '\u0645\u0624\u062c\u0644'],
        context: ['\u0645\u0624\u062c\u0644', '\u0645\u0624\u062c\u0644\u0629'],
        notApplicable: ['\u063a\u064a\u0631 \u0645\u0646\u0637\u0628\u0642', '\u0644\u0627 \u064a\u0646\u0637\u0628\u0642'],
        negator: ['\u0628\u062f\u0648\u0646', '\u062f\u0648\u0646', '\u0628\u0644\u0627'],
        off: ['\u0645\u0639\u0637\u0644', '\u0645\u0639\u0637\u0644\u0629', '\u063a\u064a\u0631 \u0645\u0641\u0639\u0644', '\u063a\u064a\u0631 \u0645\u0641\u0639\u0644\u0629'],
    },
    hi: {
        deferred: ['\u092c\u093e\u0926 \u092e\u0947\u0902', '\u0938\u094d\u0925\u0917\u093f\u0924', '\u0905\u0917\u0932\u0940 \u0930\u093f\u0932\u0940\u091c\\S* \u092e\u0947\u0902'],
        status: [],
        statusAtEnd: [],
        notDone: ['\u092a\u094d\u0930\u0917\u0924\u093f \u092e\u0947\u0902', '\u0932\u0902\u092c\u093f\u0924'],
        notDoneAtEnd: [],
        headings: ['\u092c\u093e\u0926 \u092e\u0947\u0902', '\u0938\u094d\u0925\u0917\u093f\u0924'],
        context: ['\u0938\u094d\u0925\u0917\u093f\u0924'],
        notApplicable: ['\u0932\u093e\u0917\u0942 \u0928\u0939\u0940\u0902'],
        negator: ['\u092c\u093f\u0928\u093e'],
        off: ['\u0905\u0915\u094d\u0937\u092e', '\u092c\u0902\u0926', '\u0928\u093f\u0937\u094d\u0915\u094d\u0930\u093f\u092f'],
    },
};
/** Letters of the scripts ABROAD bounds as words (ASCII word characters too), for regexes without the `u` flag. */
const SPACED_LETTER = String.raw `\w${"\u0430"}-${"\u044f\u0451\u0456\u0457\u0454\u0491"}\uac00-\ud7a3\u0370-\u03ff\u1f00-\u1fff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f`;
/** Letters of Japanese and Chinese (kana, Han). */
const CJK_LETTER = String.raw `\u3040-\u30ff\u3400-\u9fff`;
/**
 * One kind (or several) of ABROAD's words of every language, as one alternation: a Cyrillic or Korean word with no letter
 * either side (`bounded`), a Japanese or Chinese phrase as it stands.
 */
function abroad(kinds, bounded = true) {
    const of = (w) => (typeof kinds === 'string' ? [kinds] : kinds).flatMap((k) => w[k]);
    return Object.entries(ABROAD).filter(([, w]) => of(w).length).map(([lang, w]) => (bounded && lang !== 'ja' && lang !== 'zh' ? `(?<![${SPACED_LETTER}])(?:${of(w).join('|')})(?![${SPACED_LETTER}])` : `(?:${of(w).join('|')})`)).join('|');
}
/** ABROAD's `deferred` words, anywhere in the item (or its context). */
const DEFERRED_ABROAD = new RegExp(abroad('deferred'));
/**
 * ABROAD's `status` words (and `notDone`) as the item's state: opening an aside (`(\u2026)`, `\uff08\u2026\uff09`, `\u3010\u2026\u3011`), after a dash (spaced,
 * or an em or en dash unspaced, as Japanese and Chinese write it: "HSTS\u2014\u672a\u5bfe\u5fdc") or a label (`:`, `\uff1a`), a tick or cross mark
 * may stand before ("\u2014 \u274c \u672a\u5b9f\u65bd"), and ending there ("\u672a\u5bfe\u5fdc\u3067\u3059", "\u4fdd\u7559\u4e2d" in Japanese; no other word run into it: "\u5f85\u529e\u4e8b\u9879"
 * is a to-do list, "\u5f85\u5904\u7406\u7684\u8bf7\u6c42" pending requests). Read in the text as NFKC folds it (`\uff08`, `\uff1a` are `(`, `:`).
 */
const STATUS_AT = String.raw `(?:[(${"\u3010"}]\s*|\s[${"\u2014\u2013"}-]\s*|[${"\u2014\u2013"}]\s*|^[^:;()]*?\s?:\s*)[^\s${SPACED_LETTER}${CJK_LETTER}()${"\u3010\u3011"}]{0,4}\s*`;
const statusAbroad = (status, atEnd, flags = '') => new RegExp(String.raw `${STATUS_AT}(?:(?:${status})(?:${"\u3067\u3059"}|${"\u3060"}|${"\u306e\u307e\u307e"})?(?![${CJK_LETTER}])|(?:${atEnd})(?:${"\u3067\u3059"}|${"\u3060"}|${"\u306e\u307e\u307e"})?\s*(?:$|[),.;!?${"\u3002\u3001\u3011"}]))`, flags);
const STATUS_ABROAD = statusAbroad(abroad(['status', 'notDone']), abroad(['statusAtEnd', 'notDoneAtEnd']));
/** ABROAD's not-done statuses (`notDone`, `notDoneAtEnd`) as the item's state, read as STATUS_ABROAD reads a status (see notDoneReading). */
const NOT_DONE_ABROAD = statusAbroad(abroad('notDone'), abroad('notDoneAtEnd'), 'i');
/** ABROAD's `context` words, anywhere in a heading or parent item. */
const CONTEXT_ANYWHERE_ABROAD = new RegExp(abroad('context'));
/** A heading or parent item that is one of ABROAD's `headings` (after a section number, before a bracketed remark). */
const CONTEXT_ABROAD = new RegExp(String.raw `(?:^|\/ )(?:(?:\d+(?:\.\d+)*[.)]?|[ivx]{1,4}[.)])\s+)?(?:${abroad('headings', false)})\s*[:.!?]*\s*(?:\([^)]*\))?\s*(?= \/|$)`);
// "HSTS later, after the migration" defers the topic; "(max-age 300 for now, raise later)" defers a step; so do
// "HSTS (skip for now)" and "HSTS \u2014 descoped" ("for now" alone is no deferral: "max-age 300 for now" is the promise).
// "not required" declines the topic, "when not required" is the condition of an action ("Remove the Postgres port
// when not required").
/**
 * "Not needed" in German, French, Spanish and Portuguese, read as the item's status, where the English words are read
 * anywhere: a status is what these words say there, elsewhere they may be part of the promise ("Contenedores endurecidos,
 * sin paquetes innecesarios": no unnecessary packages; "Imagens com vers\u00e3o fixa, sem tags desnecess\u00e1rias"; "keine unn\u00f6tig
 * offenen Header"; "Fermer les ports non n\u00e9cessaires"). Any of them after a dash or a label or opening an aside ("HSTS \u2014 no
 * necesario", "HSTS (nicht n\u00f6tig)", "HSTS: pas n\u00e9cessaire", "HSTS \u2014 innecesario para la API interna"); the forms that can
 * only say it of the topic (NOT_NEEDED_SAID) also ending the item or a clause, or before what it is said of or why ("CSP
 * nicht n\u00f6tig", "HSTS n\u00e3o \u00e9 necess\u00e1rio", "HSTS no es necesario para la API interna"; not "pas n\u00e9cessaire de rebuild": no
 * rebuild needed). Not as the condition of an action ("wenn nicht n\u00f6tig", "si no es necesario", "quand pas n\u00e9cessaire", "se
 * n\u00e3o for necess\u00e1rio") nor in a relative clause ("los puertos que no son necesarios", "les ports qui ne sont pas
 * n\u00e9cessaires").
 */
// German uninflected (an attribute is inflected: "unn\u00f6tige Pakete"), French "pas", and the others with their verb.
const NOT_NEEDED_SAID = String.raw `nicht (?:n${"\u00f6"}tig|noetig|notwendig|erforderlich|ben${"\u00f6"}tigt|benoetigt|gebraucht)|unn${"\u00f6"}tig|unnoetig|pas (?:n${"\u00e9"}cessaire|necessaire|requise?|utile)s?|no (?:es|son) (?:necesari[oa]s?|requerid[oa]s?)|no hace falta|(?:es|son) innecesari[oa]s?|(?:n${"\u00e3"}o|nao) (?:${"\u00e9"}|e|s${"\u00e3"}o|sao) (?:necess${"\u00e1"}ri[oa]s?|necessari[oa]s?|requerid[oa]s?)|(?:n${"\u00e3"}o|nao) (?:(?:${"\u00e9"}|e) )?precis[oa]|(?:${"\u00e9"}|s${"\u00e3"}o) desnecess${"\u00e1"}ri[oa]s?|(?:${"\u00e9"}|s${"\u00e3"}o) desnecessari[oa]s?`;
// Also an attribute ("paquetes innecesarios", "ports non n\u00e9cessaires", "servi\u00e7os n\u00e3o necess\u00e1rios"): only as a status.
const NOT_NEEDED_ATTRIBUTE = String.raw `no (?:necesari[oa]s?|requerid[oa]s?)|innecesari[oa]s?|non (?:n${"\u00e9"}cessaire|necessaire|requise?|utile)s?|(?:n${"\u00e3"}o|nao) (?:necess${"\u00e1"}ri[oa]s?|necessari[oa]s?|requerid[oa]s?)|desnecess${"\u00e1"}ri[oa]s?|desnecessari[oa]s?`;
const NOT_NEEDED_STATUS_SOURCE = String.raw `${STATUS_AT}(?:${NOT_NEEDED_SAID}|${NOT_NEEDED_ATTRIBUTE})(?![\w${"\u00e0"}-${"\u00ff"}])`;
// Or after the topic as the whole item ("CSP no necesario", "HSTS innecesario", "HSTS non n\u00e9cessaire"), said of one thing: the
// plural is what is taken out ("Quitar servicios innecesarios"), so is what a "sin" or "sem" goes with ("Imagen sin software innecesario").
const NOT_NEEDED_OF_TOPIC = String.raw `^(?!(?:[\w${"\u00e0"}-${"\u00ff"}.-]+ ){0,2}(?:sin|sem|sans|ohne|kein\w*|without|ningun\w*|nenhum\w*|aucun\w*) )[\w${"\u00e0"}-${"\u00ff"}.-]+(?: [\w${"\u00e0"}-${"\u00ff"}.-]+){0,2} (?:no (?:necesari[oa]|requerid[oa])|innecesari[oa]|non (?:n${"\u00e9"}cessaire|necessaire|requise?|utile)|(?:n${"\u00e3"}o|nao) (?:necess${"\u00e1"}ri[oa]|necessari[oa]|requerid[oa])|desnecess${"\u00e1"}ri[oa]|desnecessari[oa])\s*[.!]*\s*$`;
const NOT_NEEDED_TRANSLATED = String.raw `${NOT_NEEDED_STATUS_SOURCE}|${NOT_NEEDED_OF_TOPIC}|(?<![\w${"\u00e0"}-${"\u00ff"}])(?<!(?<![\w${"\u00e0"}-${"\u00ff"}])(?:wenn|falls|sofern|soweit|si|s'il|cuando|quand|lorsque|lorsqu'il|se|quando|caso|que|qui)\s(?:ne\s|n')?(?:[\w${"\u00e0"}-${"\u00ff"}]+\s)?)(?:${NOT_NEEDED_SAID})(?:\s*(?:$|[),;:.!${"\u2014\u2013"}]|-\s)|\s+(?:f${"\u00fc"}r|fuer|bei|im|in|auf|da|weil|hier|dort|wegen|pour|car|parce|puisque|ici|dans|sur|chez|para|porque|pues|ya|aqu${"\u00ed"}|aqui|en|por|pois|j${"\u00e1"}|em|no|na|nos|nas)(?![\w${"\u00e0"}-${"\u00ff"}]))`;
/** NOT_NEEDED_TRANSLATED's status: after a dash or a label, or opening an aside ("(nicht n\u00f6tig)", "(no necesario, API interna)"). */
const NOT_NEEDED_STATUS = new RegExp(NOT_NEEDED_STATUS_SOURCE);
const DEFERRED_ANYWHERE = new RegExp(String.raw `^[\w.-]+(?: [\w.-]+){0,2}\s*[:${"\u2014\u2013"}-]?\s*(?<!\b(?:or|and) )later\b|\b(?:in a (?:later|future) release|next (?:sprint|quarter|release|month|year|version)|deferred|postponed|de-?scoped|skip(?:ped|ping)?\b[^;]{0,40}\b(?:for now|this (?:time|release|sprint))|nice[- ]to[- ]have|post-launch|not (?:a )?(?:launch[- ])?(?:gate|blocking|blocker)|known (?:issue|limitation)|by design|(?<!\b(?:no|without|any|never) )(?:waiv(?:ed|ers?)|risk[- ]accepted|accepted risk)|intentionally|don't care|won'?t ?fix|will not fix|out of scope|backlog|(?<!\b(?:when|if|where|unless|wherever) )not (?:required|needed|necessary)|none needed|after the (?:[\w-]+ ){0,3}(?:migration|launch|release|upgrade|cutover))\b|\bonce\b[^;]*\b(?:is|are) (?:set up|ready|in place|done|live|migrated|moved|finished|complete|known|available|confirmed|decided|agreed|signed|approved|settled)\b|(?:^|[\s(])(?:sp${"\u00e4"}ter|spaeter|erst nach|nach der migration|(?:im )?n${"\u00e4"}chste[nmrs]? (?:sprint|release|quartal)|(?:im )?naechste[nmrs]? (?:sprint|release|quartal)|plus tard|${"\u00e0"} faire|apr${"\u00e8"}s la migration|(?:au )?prochain(?:e)? (?:sprint|release|version|trimestre)|m${"\u00e1"}s tarde|m${"\u00e1"}s adelante|mas adelante|despu${"\u00e9"}s de|(?:en el )?pr${"\u00f3"}ximo sprint|(?:en el )?proximo sprint|mais tarde|mais adiante|depois da migra${"\u00e7\u00e3"}o|(?:na )?pr${"\u00f3"}xima sprint|(?:no )?pr${"\u00f3"}ximo sprint)(?=[\s),.;:]|$)|${NOT_NEEDED_TRANSLATED}`);
/**
 * Items that are no promise about this deployment, whatever topic words they carry: an open question
 * ("Do we need HSTS preload?", "security headers?? maybe next sprint"), something deferred or declined
 * ("HSTS later, after the migration", "SSL certificate not installed yet", "no liveness probe (by design)"),
 * another environment only ("TLS 1.0 disabled on staging only"), a third-party service or client
 * ("Stripe: TLS 1.2+", "iOS ATS enforces HTTPS", "Sentry SDK debug=False"), or knowledge about the topic
 * ("Runbook explains how to roll back HSTS", "Health endpoint documented in the runbook"). Precision beats
 * recall: such an item stays manual.
 */
const NOT_A_PROMISE = [
    // A capability to undo the topic ("HTTPS redirect can be disabled via feature flag", "HSTS can be rolled back") is a rollback plan.
    /\bcan (?:quickly |easily |safely )?be (?:disabled|turned off|switched off|toggled(?: off)?|rolled back|reverted|removed)\b/,
    /\?\s*\?|\?\s*(?:maybe|tbd)\b|\b(?:do we (?:need|want|have to)|should (?:we|it|they|the|our|all|containers?|cookies?|pods?|services?|health)\b|(?:is|are) (?:it|this|that|they|[\w-]+(?: [\w-]+)?) (?:needed|necessary|required)\b[^;.]*\?|maybe\b|tbd\b|to be decided|decide (?:later|whether|if))/,
    DEFERRED_ANYWHERE,
];
/**
 * Open questions in other languages: "do we need / should we / must we" in German, French, Spanish and Portuguese before
 * a `?` ("Brauchen wir HSTS preload?", "\u00bfNecesitamos HSTS en el panel?", "Faut-il activer HSTS ?", "Precisamos de HSTS?";
 * without the `?` "Necesitamos HSTS" is a statement), and any question in Chinese, Japanese or Russian ("HSTS\u306f\u5fc5\u8981\uff1f",
 * "\u9700\u8981\u542f\u7528 HSTS \u5417\uff1f", "\u041d\u0443\u0436\u0435\u043d \u043b\u0438 HSTS?"; a full-width `\uff1f` reads as `?`), whose state words no rule reads. A question
 * whose state the rules read ("Debug-Modus deaktiviert?", "\u00bfModo debug desactivado?") asks to verify it, as in English.
 */
const FOREIGN_QUESTION = /(?:^|[\s\u00bf])(?:brauchen wir|ben\u00f6tigen wir|m\u00fcssen wir|sollten wir|sollen wir|wollen wir|faut-il|faudrait-il|devons-nous|devrions-nous|doit-on|avons-nous besoin|est-ce qu'il faut|necesitamos|hace falta|debemos|deber\u00edamos|deberiamos|queremos|precisamos|devemos|dever\u00edamos|deveriamos)(?![\w\u00e0-\u00ff])[^?]*\?|[\u3040-\u30ff\u3400-\u9fff\u0400-\u04ff][^?]*\?|\?[^?]*[\u3040-\u30ff\u3400-\u9fff\u0400-\u04ff]/;
/**
 * Deferrals read in the item's main clause only (an aside defers something else: "Debug mode off \u2014 confirmed
 * before and after go-live", "Containers run as non-root (the sidecar is N/A)"): "Enable HSTS after go-live",
 * "in v2", "eventually", "(optional)", "waiting on the platform team", "\u2014 blocked by the CDN", "N/A".
 */
const DEFERRED_MAIN = /\b(?:yet|after (?:launch|go-?live|go live|release|cutover|the (?:go-?live|launch|release))|(?<!\bv\d+ and )(?:in|for) v\d+(?:\.\d+)*$|in a follow-?up(?: pr| ticket| sprint)?|eventually|in the future|someday|(?:by|in) q[1-4]|waiting on|waiting for (?:the )?(?:[\w-]+ )?(?:team|approval|sign-?off|vendor|budget)|blocked on|stretch goal)\b|(?:^|\s)n\/a\b|(?<![\w\u00e0-\u00ff])(?:wartet auf|warten auf|en attente (?:de|d'|du|des)|en espera de|pendiente de|aguardando|pendente de)(?![\w\u00e0-\u00ff])/;
/**
 * A deferral at the end of the item's main clause, whatever the topic: "Redirect HTTP to HTTPS later",
 * "TLS 1.2+ later", "Add memory limits to containers soon", "HSTS in phase 2", "Restart policy later on".
 * Not a minimum ("TLS 1.2 or later", "TLS 1.2 and later") nor a promise about expiry ("Certificate not expiring soon").
 */
const DEFERRED_END = /(?:(?<!\b(?:or|and|nor|&) (?:any )?)\blater(?: on)?|(?<!\b(?:expir\w*|renew\w*|due) (?:too |any |very )?)\bsoon|\bat a later (?:date|stage|point|time)|\b(?:in|for|during|with|until) phase (?:[2-9]|two|three|four|ii|iii|iv))\s*[.!]*\s*$/;
/**
 * The same at the item's start ("Later: HSTS", "Phase 2 \u2014 TLS 1.3 only", "TODO: HSTS" as "HSTS enabled (TODO)", "Skip: HSTS",
 * "Skipped: HSTS", "SKIP - HSTS" as "HSTS (skipped)"; not "Skip-to-content link") or as its last word after a comma ("HSTS,
 * later").
 */
const DEFERRED_START = /^(?:later|soon|(?:in )?phase (?:[2-9]|two|three|four|ii|iii|iv))\s*(?:[:,\u2014\u2013-]|$)|^(?:to[- ]?do|tbd|fixme)\s*[:\u2014\u2013-]|^skip(?:ped)?(?:\s*[:\u2014\u2013]|\s+-\s)|[,:]\s*(?:later|soon)\s*[.!]*\s*$/;
/**
 * A clause after the main one that defers what it names, as the main clause's deferrals do ("TLS 1.2+ enforced; HSTS soon",
 * "\u2026; HSTS in phase 2", "\u2026; HSTS in v2", "\u2026; HSTS N/A", "\u2026; HSTS next sprint", "\u2026; HSTS TBD", "\u2026; HSTS waived (SEC-12)",
 * "\u2026; HSTS after the domain migration", "\u2026; HSTS once the CDN is migrated"): it defers only its own topic, so a check
 * matched there does not bind, and the item's other clauses still promise theirs (read with its brackets dropped).
 */
const DEFERRED_CLAUSE = new RegExp(String.raw `${DEFERRED_END.source}|${DEFERRED_MAIN.source}|${DEFERRED_ANYWHERE.source}|\b(?:in|for) v\d+(?:\.\d+)*\b|\bin a (?:later|future) (?:version|release)\b|\b(?:tbd|not applicable)\b`);
/** Whether `clause` (after the item's main one) defers something. */
const defersClause = (clause) => {
    const plain = clause.replace(/\([^)]*\)/g, ' ').trim();
    return DEFERRED_CLAUSE.test(plain) || TRACKED_IN_TICKET.test(plain);
};
/**
 * An item retired from the list, as a heading over it or as its state: it no longer applies ("No longer applicable", "\u2014 no
 * longer applies", "\u2014 no longer needed"), or it is deprecated, obsolete, retired or archived ("## Deprecated", "## Obsolete",
 * "## Retired", "## Archive", "\u2014 deprecated", "(obsolete)"). One list for both: RETIRED_HEADING reads a heading of that
 * work, WITHDRAWN_STATUS the words that always withdraw the item they are the state of, RETIRED_STATUS the words that may
 * describe the topic instead ("Disable TLS 1.0 (deprecated)": TLS 1.0 is deprecated, see retiredWithdraws).
 */
const NO_LONGER_APPLIES = String.raw `no longer (?:applicable|applies|apply|relevant|needed|required|necessary)`;
const RETIRED_WORDS = String.raw `deprecated|obsolete|retired|archived|superseded`;
const RETIRED_HEADING = String.raw `${NO_LONGER_APPLIES}|${RETIRED_WORDS}|archive`;
/**
 * Statuses that withdraw the item, as a tracker's resolution says it: waived, out of scope, not needed, won't fix (a GitHub
 * label writes it "wontfix"), won't do, not doing, not planned, cancelled, abandoned, skip or skipped (a decision, as "(skip for
 * now)" and "\u2014 descoped" are: "\u2014 skipped", ": skipped", "(skip)"; not where it says where the topic is skipped: "Debug toolbar:
 * skipped in production"); in German, French, Spanish and Portuguese too ("gestrichen", "verworfen",
 * "abgesagt", "annul\u00e9", "abandonn\u00e9", "cancelado", "descartado"). Read as the other statuses are (see DEFERRING_STATUS): the
 * item's state only, opening an aside, after a dash or a label. ("Dropped" is DROPPED_STATUS's: it may be the promise.)
 */
const WITHDRAWN_STATUS = String.raw `${NO_LONGER_APPLIES}|waived|risk[- ]accepted|out of scope|de-?scoped|not (?:needed|required|necessary|applicable|relevant)|won'?t ?fix|will not fix|won'?t do|will not do|not doing|not planned|cancell?ed|canceled|abandoned|skip(?:ped)?(?!\s+(?:in|on|at|from|during|while|when|if|unless|under|with|without|behind)(?![\w${"\u00e0"}-${"\u00ff"}]))|gestrichen|verworfen|abgesagt|abgebrochen|annul${"\u00e9"}e?s?|abandonn${"\u00e9"}e?s?|cancelad[oa]s?|descartad[oa]s?`;
/**
 * A to-do that is only to verify the promise ("(todo: verify on staging)", "\u2014 to do: double-check in prod"): a verification
 * note, as "(yet to verify on staging)" is, so no deferral.
 */
const VERIFY_NOTE = String.raw `(?:re-?|double[- ])?(?:verif|check|test|confirm|validat|smoke[- ]test)`;
/**
 * Statuses that say the work is not done yet (pending, on hold, work in progress, not started, to do; in German, French,
 * Spanish, Portuguese, Italian, Dutch and Polish too; other scripts: ABROAD's `notDone`): of DEFERRAL_STATUS, those that say
 * nothing was decided, only that the work is unfinished (not "deferred", "waived", "won't fix": a decision a tick may sign
 * off). A tick beside one on an item that names a check does not sign the item off: the check decides it (see
 * notDoneReading). "Not yet", "nog niet" and "oczekuje" (awaits, expects) only alone ("\u2014 nog niet op staging" names another
 * place, "/healthz \u2014 oczekuje 200" expects a 200).
 */
const ALONE = String.raw `(?=\s*(?:[),:;.!${"\u2014\u2013"}-]|$))`;
const NOT_DONE_STATUS = String.raw `pending|on hold|wip|work in progress|in progress|not (?:yet|started|done)${ALONE}|to[- ]?do${ALONE}(?!\s*[:${"\u2014\u2013"}-]\s*${VERIFY_NOTE})|ausstehend|(?:noch )?offen|in arbeit|in bearbeitung|en attente|en cours|pendiente|en curso|pendente|em andamento|in sospeso|da fare|in corso|nog niet(?: (?:gedaan|klaar|begonnen|gestart))?${ALONE}|bezig|in behandeling|openstaand|w toku|do zrobienia|oczekuje${ALONE}`;
/**
 * Statuses that defer whatever they are the state of: pending, on hold, work in progress, in German, French, Spanish and
 * Portuguese too ("ausstehend", "en attente", "en cours", "pendiente", "pendente", "em andamento"); "not yet" only alone ("(not
 * yet, SEC-88)": "(not yet on staging)" names another place).
 */
const DEFERRAL_STATUS = String.raw `${NOT_DONE_STATUS}|deferred|postponed|${WITHDRAWN_STATUS}|zur${"\u00fc"}ckgestellt|zurueckgestellt|aufgeschoben|report${"\u00e9"}e?s?|diff${"\u00e9"}r${"\u00e9"}e?s?|aplazad[oa]s?|pospuest[oa]s?|adiad[oa]s?`;
/**
 * Deferring asides: "Restart policies \u2014 waiting on platform team", "HSTS \u2014 blocked by the CDN", "(optional)"; in German,
 * French, Spanish and Portuguese too ("HSTS \u2014 en attente de l'\u00e9quipe plateforme", "\u2014 wartet auf das Plattform-Team"). After
 * a dash, a time after launch that is the aside's whole state ("HSTS header configured \u2014 after launch", "\u2014 depois do
 * lan\u00e7amento (SEC-9)"; not "Debug mode off \u2014 confirmed before and after go-live"). A to-do only to verify the promise is
 * no deferral (see VERIFY_NOTE): "Debug mode off \u2014 todo: verify on staging".
 */
const DEFERRING_ASIDE = /\b(?:where|when|wherever) (?:possible|feasible|applicable|practical|practicable)\b|\bif (?:applicable|possible|feasible|needed|practical)\b|\s[\u2014\u2013-]\s*(?:waiting on|waiting for|blocked (?:on|by)|pending|later|not(?: \w+){0,2} yet|tbd|n\/a|won'?t do|to-?do(?![\w\u00e0-\u00ff])(?!\s*[:\u2014\u2013-]\s*(?:re-?|double[- ])?(?:verif|check|test|confirm|validat|smoke[- ]test))|wartet auf|warten auf|blockiert durch|en attente|bloqu\u00e9 par|pendiente|en espera|bloqueado por|pendente|aguardando)(?![\w\u00e0-\u00ff])|\s[\u2014\u2013-]\s*(?:after (?:the )?(?:launch|go-?live|release|cutover)|nach dem (?:launch|go-?live|release|livegang)|apr\u00e8s (?:le )?lancement|apr\u00e8s la mise en production|despu\u00e9s del lanzamiento|depois do lan\u00e7amento|ap\u00f3s o lan\u00e7amento)\s*[.!]*\s*(?:$|[(;,])|\((?:optional|stretch|later|not yet|pending|to-?do|phase [2-9]|skip(?:ped)?)\)|:\s*(?:to-?do|tbd|later)\s*$/;
/**
 * A tracker's status label before the status (Jira, Confluence, Linear: "(Status: To Do)", "(status: pending)", "\u2014 Status:
 * pending", "\u2014 status pending", "(Estado: Pendiente)", "(Status: offen)"): the status after it is the item's state, read as
 * it is without the label ("(pending)", "\u2014 pending").
 */
const STATUS_LABEL = String.raw `(?:status|state|estado|statut|[${"\u00e9"}e]tat|situa[${"\u00e7"}c][${"\u00e3"}a]o)(?:\s*[:=]\s*|\s+)`;
/**
 * A tracker's open statuses (Jira's "Open", "Backlog", "New", "Reopened", "Selected for development", "In review"), only
 * after a status label with its colon ("(Status: Open)", "\u2014 Status: New", "; status: backlog") and as the label's whole state:
 * after it the end, a bracket, a separator or a ticket ("(Status: Open, OPS-12)"). Elsewhere they are the topic's state
 * ("Port 443 (open)", "Postgres port not exposed (state: open on the VPN only)", "Health endpoint \u2014 status new").
 * "Open" is never a status of an item about a port or an exposure (see PORT_OR_EXPOSURE): "Database port (status:
 * open)" states the port.
 */
const trackerOpenStatus = (open) => String.raw `(?<=(?:status|state|estado|statut|[${"\u00e9"}e]tat|situa[${"\u00e7"}c][${"\u00e3"}a]o)\s*[:=]\s*)(?:${open ? 'open|opened|' : ''}re-?opened|new|backlog|in review|selected for development|ready for (?:dev(?:elopment)?|work)|not (?:yet )?(?:started|done))(?![\w${"\u00e0"}-${"\u00ff"}-])(?=\s*(?:$|[),;.!]|[${"\u2014\u2013"}-](?:\s|$)|[A-Za-z]+-\d+|#\d+))`;
/** An item about a port or an exposure, where "open" is the topic's state, never a tracker's status. */
const PORT_OR_EXPOSURE = /\b(?:ports?|expos\w*|firewall\w*|publicly|reachable|accessible|listen\w*|ingress|egress|security groups?|inbound|outbound)\b/;
/**
 * A status that defers the item, standing as its state: opening an aside ("(pending SEC-12)", "(on hold until Q3)",
 * "(WIP)", "\u2014 on hold", "\u2014 WIP") or right after a label ("Security headers: pending", "TLS 1.2+: pending (SEC-12)", "CSP: WIP",
 * "HSTS : en attente", "Restart-Policy: ausstehend"), in the languages the rules read. Only when the status opens the aside
 * or the label's state: one that qualifies another thing keeps the item a promise ("HSTS enabled, 1 year (preload
 * pending)", "Non-root containers (curl removed)"). And only a status that is the whole state: after it, the end, a
 * bracket, a separator, a ticket ("pending SEC-12") or what it waits for ("on hold until Q3", "pending the CDN migration");
 * one followed by another noun qualifies that noun ("returns 503 (pending migrations)", "Readiness probe: pending requests
 * drained before shutdown"). "Off" and "disabled" are no status here: they switch the topic's
 * safeguard off (see optOutOf), and state the promise for a risk ("Debug mode: off").
 */
const deferringStatus = (open, statuses = DEFERRAL_STATUS, flags = '') => new RegExp(String.raw `(?:\(\s*|\s[${"\u2014\u2013"}-]\s*|^[^:;()]*?\s?:\s*)(?:${STATUS_LABEL})?(?:${statuses}|${trackerOpenStatus(open)})(?![\w${"\u00e0"}-${"\u00ff"}-])${String.raw `(?=\s*(?:$|[),;:.!${"\u2014\u2013"}(-]|[A-Za-z]+-\d+|#\d+|@[\w-]|(?:until|till|by|on|for|from|since|as of|due|in|at|after|before|while|waiting|the|a|an|our|their|its|this|that|de|du|des|la|le|von|bis|auf|hasta|at${"\u00e9"}|por|par|fino|entro|tot|door|met|na|do|przez)(?![\w${"\u00e0"}-${"\u00ff"}])))`}`, flags);
const DEFERRING_STATUS = deferringStatus(true);
const DEFERRING_STATUS_NOT_OPEN = deferringStatus(false);
/** A not-done status (see NOT_DONE_STATUS) standing as the item's state, as DEFERRING_STATUS reads one, in the item as written. */
const NOT_DONE = deferringStatus(true, NOT_DONE_STATUS, 'i');
const NOT_DONE_NOT_OPEN = deferringStatus(false, NOT_DONE_STATUS, 'i');
/**
 * The item (`text`, as written) without the not-done statuses that stand as its state ("Debug mode disabled \u2014 not done",
 * "Containers run as a non-root user (Status: To Do)", "Security headers: pending", "HSTS\uff08\u5bfe\u5fdc\u4e2d\uff09", "CSP \u2014 \u0432 \u0440\u0430\u0431\u043e\u0442\u0435",
 * "HSTS\u3010\u8fdb\u884c\u4e2d\u3011"): the aside, or the label's state, that holds each (at most three), so the matcher can say which checks
 * the item names; "blocked" is one too, where BLOCKED_STATUS reads it ("\u2014 blocked by OPS-12", "(blocked)", "\u2014 Status: Blocked";
 * not "DB ports \u2014 blocked by the firewall"). A ticket or an owner before or beside the status is a remark, as where the deferrals read ("\u2014 [OPS-1]
 * pending", "(JIRA-42: in progress)", "\u2014 OPS-12 WIP", "- see #123, pending"), and goes with it. Undefined when it has none
 * ("Rotated keys (OPS-1)": a reference alone is no status).
 */
function notDoneReading(title) {
    // `title` as the readers pass it, in its first MAX_TITLE_READ characters (see titleRead).
    const spelled = statusSpelled(title).normalize('NFKC');
    let out = spelled.replace(REFERENCES_BRACKETED_AS_WRITTEN, '').replace(REFERENCES_FIRST_AS_WRITTEN, '$1');
    let found = false;
    for (let k = 0; k < 3; k++) {
        const lower = out.toLowerCase();
        const m = (PORT_OR_EXPOSURE.test(lower) ? NOT_DONE_NOT_OPEN : NOT_DONE).exec(out) ?? NOT_DONE_ABROAD.exec(out) ?? (BLOCKED_IS_THE_PROMISE.test(lower) && !BLOCKED_ON_REFERENCE.test(spelled) ? null : BLOCKED_AS_WRITTEN.exec(out));
        if (!m)
            break;
        found = true;
        const opened = /^[(\u3010]/.exec(m[0])?.[0];
        if (opened) {
            const close = out.indexOf(opened === '(' ? ')' : '\u3011', m.index);
            out = `${out.slice(0, m.index)} ${close < 0 ? '' : out.slice(close + 1)}`;
        }
        else if (/^\s*[\u2014\u2013-]/.test(m[0]))
            out = out.slice(0, m.index);
        else
            out = out.slice(0, m.index + m[0].indexOf(':'));
        out = out.replace(/\s{2,}/g, ' ').trim();
    }
    return found ? out : undefined;
}
/**
 * The most characters of an item's title (a Markdown item's promise, a YAML item's title) the status and phrase rules read.
 * A status stands beside a title of a line or two, and the status regexes scan from each "blocked" or "root" on, so a 1 MB
 * title would take minutes (review 48 B1).
 */
const MAX_TITLE_READ = 2000;
/**
 * An item's title as the rules read it: its first MAX_TITLE_READ characters. The one cap, where a title enters the reading
 * (bindChecklist for a Markdown item, notDoneChecksOfTitle for a YAML one); the readings after it (statusSpelled,
 * notDoneReading, matchItem) take the text as given.
 */
const titleRead = (title) => (title.length > MAX_TITLE_READ ? title.slice(0, MAX_TITLE_READ) : title);
/** Whether `text` (or an aside of an item about `topic`) has a status that defers it (see DEFERRING_STATUS). */
const defersByStatus = (text, topic = text) => (PORT_OR_EXPOSURE.test(topic) ? DEFERRING_STATUS_NOT_OPEN : DEFERRING_STATUS).test(text);
/**
 * "Blocked" as the same status ("(blocked by MOB-233)", "(blocked: legacy image)", "\u2014 blocked (MOB-233)", "Security headers:
 * blocked"): a safeguard that is blocked is not in place. Not for an item about something blocked from outside (an
 * exposure, a path, a port, an origin, legacy TLS), nor one that says what enforces the block ("(blocked: runAsNonRoot
 * enforced by admission)"), nor a risk blocked ("Privileged containers: blocked"): there "blocked" is the promise ("Port
 * 5432 (blocked by the firewall)", "`/.git` (blocked)"; debug endpoints and routes, not debug mode: "Debug mode off \u2014 blocked by
 * OPS-12" is the status). As for the other statuses, only one that is the whole state, after a status label too ("\u2014 Status:
 * Blocked", "(Status: Blocked)"), in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian and Ukrainian too
 * ("blockiert", "bloqu\u00e9", "bloqueado", "bloccato", "geblokkeerd", "zablokowane", "\u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d\u043e"). It is a not-done state (Jira's
 * Blocked), no decision: a tick beside it does not sign off an item that names a check (see notDoneReading).
 */
const BLOCKED_WORDS = String.raw `blocked|blockiert|bloqu${"\u00e9"}e?s?|bloquead[oa]s?|bloccat[oaie]|geblokkeerd|zablokowan[yae]|${"\u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d"}[${"\u043e\u0430\u044b"}]?|${"\u0437\u0430\u0431\u043b\u043e\u043a\u043e\u0432\u0430\u043d\u043e"}|${"\u0437\u0430\u0431\u043b\u043e\u043a\u043e\u0432\u0430\u043d"}[${"\u0430\u0456"}]?`;
const blockedStatus = (flags = '') => new RegExp(String.raw `(?:\(\s*|\s[${"\u2014\u2013"}-]\s*|^[^:;()]*?\s?:\s*)(?:${STATUS_LABEL})?(?:${BLOCKED_WORDS})(?![\w${"\u00e0"}-${"\u00ff\u0430"}-${"\u044f\u0456\u0457\u0454"}-])${String.raw `(?=\s*(?:$|[),;:.!${"\u2014\u2013"}(-]|[A-Za-z]+-\d+|#\d+|@[\w-]|(?:until|till|by|on|for|from|since|due|in|at|after|before|while|waiting|the|a|an|our|their|its|this|that|durch|par|por|da|door|przez)(?![\w${"\u00e0"}-${"\u00ff"}])))`}`, flags);
const BLOCKED_STATUS = blockedStatus();
/** BLOCKED_STATUS in the item as written (see notDoneReading). */
const BLOCKED_AS_WRITTEN = blockedStatus('i');
/**
 * Ways of writing a status that say what "\u2014 pending" says, read as it (see statusSpelled): a status or a ticket mark emoji or
 * a GitHub shortcode (`:hourglass:`).
 */
const MARK_EMOJI = String.raw `(?:[\p{Extended_Pictographic}${"\u2713\u2714\u2717\u2718\u2716"}](?:\uFE0F|\u200D[\p{Extended_Pictographic}])*|:[a-z][a-z\d_+-]*:)`;
/** The emoji that say "in progress" on their own ("\u2014 \u23f3", "(\ud83d\udea7)", "Status: \u23f3"), and those that say "not done" after a status label ("Status: \u274c"). */
const IN_PROGRESS_EMOJI = (0,shortcodes/* markPattern */.Q)('\u23f3\u231b\ud83d\udea7');
const CROSS_EMOJI = (0,shortcodes/* markPattern */.Q)('\u274c\u274e\u2717\u2718\u2716');
/** A status and nothing else: what a bracket (`[WIP]`) or an emphasis (`_pending_`) holds when it is the item's status. */
const STATUS_ALONE = new RegExp(String.raw `^\s*(?:${STATUS_LABEL})?(?:${DEFERRAL_STATUS}|${BLOCKED_WORDS}|later|tbd|n\/a)\s*$`, 'i');
/** Whether `text` is a status and nothing more ("WIP", "pending", "Status: Blocked", "to do"): see STATUS_ALONE. */
const isStatusAlone = (text) => text.length <= 40 && STATUS_ALONE.test(text);
const SPELLINGS = [
    // An ASCII double dash is a dash ("HSTS -- pending"); not an option ("--no-debug").
    [/(?<=\S)\s+--\s+(?=\S)/g, ' \u2014 '],
    // A status in square brackets is an aside ("HSTS [WIP]", "[TODO] HSTS", "[Status: Blocked]"); not a tag that names a topic
    // ("[API] Health endpoint answers"), a link or a reference definition.
    [/\[\s*([^[\]\n]{1,40}?)\s*\](?!\s*[(:[])/g, (whole, inner) => (isStatusAlone(inner) ? `(${inner})` : whole)],
    // An emoji alone as the state: \u23f3, \ud83d\udea7 say in progress; \u274c says not done after a status label (after a dash it may answer no:
    // "Debug mode \u2014 \u274c").
    [new RegExp(String.raw `(\(\s*|\s[${"\u2014\u2013"}-]\s*|:\s*)${IN_PROGRESS_EMOJI}(?=\s*(?:$|[),;.]))`, 'gu'), '$1in progress'],
    [new RegExp(String.raw `((?:status|state)\s*[:=]\s*)${CROSS_EMOJI}(?=\s*(?:$|[),;.]))`, 'giu'), '$1not done'],
    // A mark before the status ("\u2014 \u23f3 pending", "(\ud83d\udea7 WIP)", "\u2014 \u274c not done", "\u2014 :hourglass: pending", "Status: \u23f3 in progress").
    [new RegExp(String.raw `(\(\s*|\s[${"\u2014\u2013"}-]\s*|:\s+)(?:${MARK_EMOJI}\s*)+(?=\p{L})`, 'gu'), '$1'],
    // An in-progress mark after a word ends nothing new ("\u2014 pending \u23f3").
    [new RegExp(String.raw `(?<=\p{L})\s*${IN_PROGRESS_EMOJI}(?=\s*(?:$|\)))`, 'gu'), ''],
    // A bare TODO or WIP in capitals opening or ending the item, as a tag ("TODO Debug mode is off", "Image tags pinned WIP").
    [/^(TODO|WIP)\s+(?=\p{Lu})/u, '($1) '],
    [/(?<=\p{L})\s+(TODO|WIP)\s*[.!]*\s*$/u, ' ($1)'],
];
/**
 * The item (`text`, as written) with its status spelled as "\u2014 pending" and "(WIP)" are, so that every reading of a status
 * (deferral, not-done, withdrawal) reads it the same: a status mark or shortcode before it ("\u2014 \u23f3 pending", "\u2014 \ud83d\udea7 WIP", "\u2014 \u274c
 * not done", "(\u23f3 pending)", "\u2014 :hourglass: pending"), an in-progress emoji alone ("\u2014 \u23f3", "Status: \ud83d\udea7") or a cross after a
 * status label ("\u2014 Status: \u274c"), a status in square brackets, ending or opening the item ("HSTS [TODO]", "[WIP] HSTS
 * enabled"), an ASCII `--` ("HSTS -- pending"), a bare TODO or WIP in capitals as a tag ("TODO HSTS enabled", "HSTS enabled
 * WIP"). (An emphasised status, "HSTS _pending_", is read as an aside by the Markdown parser.) Decorative emoji are left alone:
 * a lock or a tick before the topic ("\ud83d\udd12 HSTS enabled", "\u2705 Health endpoint answers") states no status, and a tick keeps its
 * meaning ("CSP? \u2705").
 */
function statusSpelled(text) {
    let out = text;
    for (const [re, to] of SPELLINGS)
        out = out.replace(re, to);
    return out;
}
const BLOCKED_IS_THE_PROMISE = /\b(?:expos\w*|reachab\w*|accessib\w*|access(?:ed)?|public(?:ly)?|internet|outside|external(?:ly)?|inbound|ports?|paths?|urls?|endpoints?|routes?|requests?|traffic|origins?|wildcards?|listing|served|serving|ips?|admin|debug(?! mode)|firewalls?|waf|security groups?|network ?polic(?:y|ies)|tls ?v?1\.[01]|ssl ?v?[23]|sslv[23])\b|(?:^|[\s(])\.(?:env|git)\b|(?:^|[\s(])\/[\w.]|\bblocked\b(?:(?!\b(?:waiting|until|once|pending|after)\b)[^;])*\b(?:enforc\w*|admission\w*|gatekeeper|kyverno|pod security|psa|psp)\b|^(?![^:(\u2014\u2013]*\b(?:no|not|non|never|without)\b)[^:(\u2014\u2013]*\b(?:root|privileged|latest)\b[^:(\u2014\u2013]*(?::|\(|\s[\u2014\u2013-])\s*blocked\b/;
/**
 * "Dropped" as the item's state, as DEFERRING_STATUS reads a status ("HSTS header configured \u2014 dropped", "CSP (dropped)",
 * "Security headers: dropped, see SEC-12"): the item is withdrawn. Not when the item names only a risk, with no state or
 * action of its own: then the risk dropped is the promise ("TLS 1.0 and 1.1 \u2014 dropped", "`X-Powered-By` header (dropped)",
 * "`:latest` tags \u2014 dropped"), see DROPPED_IS_THE_PROMISE.
 */
const DROPPED_STATUS = new RegExp(String.raw `(?:\(\s*|\s[${"\u2014\u2013"}-]\s*|^[^:;()]*?\s?:\s*)(?:dropped)(?![\w${"\u00e0"}-${"\u00ff"}-])${String.raw `(?=\s*(?:$|[),;:.!${"\u2014\u2013"}(-]|[A-Za-z]+-\d+|#\d+|@[\w-]|(?:as of|in|since|for|from|on|by|after|per|with|due|because|the|a|an|our|this|that)(?![\w${"\u00e0"}-${"\u00ff"}])))`}`);
/** What names a risk whose removal is a promise: old protocols and ciphers, banners, debug, root, `latest`, defaults, secrets, ports, paths. */
const RISK_NAMED = /\b(?:tls ?v?1(?:\.[01])?|ssl ?v?[23]|sslv[23]|legacy|old|weak|insecure|deprecated|obsolete|outdated|ciphers?|x-powered-by|server (?:headers?|tokens?|banners?|versions?)|banners?|version (?:headers?|info\w*)|debug\w*|root|privileg\w*|capabilit\w*|latest|wildcards?|defaults?|passwords?|secrets?|credentials?|keys?|tokens?|ports?|listings?|sudo|shells?|inspector|jdwp|http(?! ?(?:\u2192|->|to|=>) ?https))\b|(?:^|[\s(])[.:/][\w.]/;
/** A state or an action the item states of its topic ("configured", "enable", "set"): "dropped" after it is the item's status. */
const STATE_OR_ACTION = /(?<![\p{L}\p{N}_])(?:enabled?|configured?|set(?: up)?|sent|present|pinned|pin|in place|enforced?|active|on|required|require|implemented|implement|added|add|applied|apply|disabled?|turn(?:ed)? off|returns?|redirects?|valid|secure|use[ds]?|install(?:ed)?|rotated?|changed?|replaced?|restricted|restrict|limited|limit)(?![\p{L}\p{N}_])/u;
/** Whether the item's status is "dropped" (see DROPPED_STATUS), the item naming more than a risk that a drop removes. */
function droppedWithdraws(text) {
    const m = DROPPED_STATUS.exec(text);
    if (!m)
        return false;
    const topic = text.slice(0, m.index).replace(/\([^()]*\)/g, ' ');
    return STATE_OR_ACTION.test(topic) || !RISK_NAMED.test(topic);
}
/**
 * "Deprecated", "obsolete", "retired", "archived" or "superseded" as the item's state, as DEFERRING_STATUS reads a status ("Set
 * up container restart policies \u2014 deprecated", "(obsolete since the k8s move)", "Security headers: retired"): the item is
 * retired from the list (see RETIRED_WORDS).
 */
const RETIRED_STATUS = new RegExp(String.raw `(?:\(\s*|\s[${"\u2014\u2013"}-]\s*|^[^:;()]*?\s?:\s*)(${RETIRED_WORDS})(?![\w${"\u00e0"}-${"\u00ff"}-])(?=\s*(?:$|[),;:.!${"\u2014\u2013"}(-]|[A-Za-z]+-\d+|#\d+|@[\w-]|(?:as of|in|since|for|from|on|by|after|per|with|due|because|when|the|a|an|our|this|that)(?![\w${"\u00e0"}-${"\u00ff"}])))`, 'g');
/** What is deprecated or obsolete itself: old protocols and ciphers, legacy headers ("Disable TLS 1.0 (deprecated)"). */
const DEPRECATED_THING = /\b(?:tls ?v?1(?:\.[01])?|ssl ?v?[23]|sslv[23]|legacy|old(?:er)?|weak|insecure|outdated|ciphers?|cipher suites?|protocols?|x-xss-protection|expect-ct|hpkp|public-key-pins|feature-policy|p3p)\b/;
/**
 * Whether the item's state is "deprecated", "obsolete"\u2026 (see RETIRED_STATUS): the item is retired, unless what it names before
 * that word is something deprecated itself, which the word describes ("TLS 1.0 and 1.1 disabled (deprecated)", "SSLv3 \u2014
 * obsolete"): then the item still promises.
 */
function retiredWithdraws(text) {
    return [...text.matchAll(RETIRED_STATUS)].some((m) => !keptFor(m[1], text.slice(m.index + m[0].length, m.index + m[0].length + 120).split(/[);]/)[0]) && !DEPRECATED_THING.test(text.slice(0, m.index).replace(/\([^()]*\)/g, ' ')));
}
/**
 * What follows "archived", "retired" or "superseded" when the word tells what is done with the topic, not the item's state:
 * how long or how often it is kept ("No `latest` image tags (archived in ECR for 90 days)", "Logs: archived for 90 days",
 * "Audit logs \u2014 retired after 1 year", "\u2014 archived nightly") or where ("(archived in S3)"). After "deprecated" or
 * "obsolete" only a retention right after the word ("API keys \u2014 deprecated after 90 days"): "deprecated in v2" is the
 * item's state. A reason, a date or a release of its own still is the state ("(retired since the k8s move)", "\u2014
 * superseded by CSP", "(archived in favour of the CDN policy)", "\u2014 retired in Q3").
 */
const RETENTION_AFTER = /^\s*(?:for|after|within|every|once|older than)\s+(?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)\s)/;
const PLACE_AFTER = /^\s*(?:in|into|to|on|at|under|onto)\s+(?!favou?r of\b|(?:q[1-4]|h[12]|\d{4}|v\d[\w.]*|(?:the )?(?:next|last|previous) (?:sprint|release|quarter|version))(?![\w-]))/;
const RETENTION_ANYWHERE = /\b\d+\s*-?\s*(?:d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?|h|hrs?|hours?)\b(?!\s+ago\b)|\b(?:nightly|daily|weekly|monthly|quarterly|yearly|annually)\b/;
function keptFor(word, after) {
    if (RETENTION_AFTER.test(after))
        return true;
    return /^(?:archived|retired|superseded)$/.test(word) && (PLACE_AFTER.test(after) || RETENTION_ANYWHERE.test(after));
}
/**
 * A ticket, pull request or owner reference: "OPS-1", "JIRA OPS-1", "#412", "PR #412", "@bob". A remark, as after a health path
 * ("/readyz \u2014 SRE-142"): it changes nothing of what the item says (a version, "tls-1.2", is no ticket).
 */
const REFERENCE = String.raw `(?:(?:pr|mr|issue|ticket|jira) ?)?#\d+|(?:(?:jira|ticket|issue) )?[a-z][a-z\d]*-\d+(?![\w-]|\.\d)|@[\w-]+(?![\w-])`;
/**
 * "Blocked" on a ticket or a person ("\u2014 blocked by OPS-12", "(blocked on @infra)", "\u2014 blocked (OPS-12)", "(blocked: #412)"): the
 * item's status, whatever the item names (BLOCKED_IS_THE_PROMISE aside: "CORS allows no origin \u2014 blocked by OPS-12").
 */
const BLOCKED_ON_REFERENCE = new RegExp(String.raw `(?:\(\s*|\s[${"\u2014\u2013"}-]\s*|:\s*)(?:${STATUS_LABEL})?(?:${BLOCKED_WORDS})(?:\s+(?:by|on|durch|par|por|da|door|przez)\s+|\s*[(:,]\s*|\s+)\[?\s*(?:${REFERENCE})`, 'i');
/**
 * Work tracked in a ticket rather than done: "Non-root containers migration tracked in JIRA-123", "tracked as a Linear issue",
 * "filed in the backlog"; as the item's state after a dash, a comma or a label or opening an aside ("Non-root containers \u2014
 * tracked in JIRA-123", "(tracked in OPS-1)"), or in its main clause. In a later clause it defers that clause's topic only
 * ("HSTS enabled; CSP tracked in SEC-12"). Not a file tracked in git ("`.env` is not tracked in git").
 */
const TRACKED_IN_TICKET = new RegExp(String.raw `\b(?:tracked|ticketed|filed|raised) (?:in|as|under|via|by|on|with) (?:(?:a|an|the|our) )?(?:(?:jira|linear|github|gitlab|shortcut|asana|trello|youtrack)(?: (?:issues?|tickets?|epics?|stor(?:y|ies)|cards?|boards?|projects?))?|tickets?|issues?|epics?|stor(?:y|ies)|cards?|backlog|${REFERENCE})(?![\w-])`);
const TRACKED_STATUS = new RegExp(String.raw `(?:\(\s*|,\s*|\s[${"\u2014\u2013"}-]\s*|^[^:;()]*?\s?:\s*)${TRACKED_IN_TICKET.source}`);
/**
 * A list of references ("OPS-1, OPS-2", "#1 #2", "@alice & #412"). Each separator reads one way only (a `,`, `/` or `&`
 * with the spaces around it, or spaces alone), so a list that fails to match after it is given up in one pass: a
 * separator that two spans of spaces could share doubled the work with every reference (a gate hung on one line).
 */
const REFERENCES = String.raw `(?:${REFERENCE})(?:(?:\s*[,/&]\s*|\s+)(?:${REFERENCE}))*`;
/**
 * References opening an aside or a label's state, before its words ("\u2014 [OPS-1] pending", "\u2014 #412 pending", "(@bob: WIP)",
 * "\u2014 see #123, pending", "(cf. OPS-1: in progress)").
 */
const REFERENCES_FIRST = new RegExp(String.raw `(\(\s*|\s[${"\u2014\u2013"}-]\s*|:\s*)(?:(?:see|cf\.?|ref\.?|siehe|voir)\s+)?(?:\[\s*${REFERENCES}\s*\]|${REFERENCES})(?:\s*[,:]\s*|\s*)(?=\p{L})`, 'gu');
/**
 * A bracket that holds references only ("(OPS-1)", "[OPS-1]", "(@alice, #412)"), with the spaces before it: from the first
 * of them only (a match tried from each space of a long run read the run again each time).
 */
const REFERENCES_BRACKETED = new RegExp(String.raw `(?<!\s)\s*(?:\(\s*${REFERENCES}\s*\)|\[\s*${REFERENCES}\s*\])`, 'g');
/** REFERENCES_FIRST and REFERENCES_BRACKETED in the item as written, its case kept (see notDoneReading). */
const REFERENCES_FIRST_AS_WRITTEN = new RegExp(REFERENCES_FIRST.source, 'giu');
const REFERENCES_BRACKETED_AS_WRITTEN = new RegExp(REFERENCES_BRACKETED.source, 'gi');
/**
 * `text` without its references (see REFERENCE) where the status and deferral vetoes read: a status after a ticket or an
 * owner ("\u2014 [OPS-1] pending", "\u2014 OPS-1 pending", "\u2014 #412 pending", "\u2014 @bob in progress", "\u2014 not started (OPS-1)") is the
 * item's state as it is without them ("\u2014 pending", "\u2014 not started").
 */
function withoutReferences(text) {
    return text.replace(REFERENCES_BRACKETED, '').replace(REFERENCES_FIRST, '$1');
}
/**
 * What the item's main clause (before `;`, `(`, `,`, a dash) is about, when it is not this deployment:
 * knowledge of the topic ("Runbook explains how to roll back HSTS", "Health endpoint documented in the
 * runbook") or a third-party service or client ("Stripe: TLS 1.2+", "iOS ATS enforces HTTPS"). An aside
 * ("HSTS enabled (documented and enforced)", "TLS 1.2+ on the public API (iOS app included)") is not.
 */
/**
 * Oversight of the topic as the promise: "Security headers documented", "HTTPS redirect monitored", "CSP reviewed by security"
 * (see ABOUT_SOMETHING_ELSE). Not after a state promised beside it ("HSTS enabled and monitored").
 */
const OVERSIGHT = /(?<!\b(?:enabled|disabled|enforced|set|pinned|configured|on|off|in place|active|required|present|blocked|restricted|limited|redirected|rotated) and )\b(?:documented|monitored|reviewed|audited)\b/;
/**
 * A review or an audit whose result is stated after it, in an aside or after a colon or a spaced dash: "Dockerfile reviewed
 * (non-root user)", "Dockerfile reviewed: runs as non-root user", "Dockerfile audited \u2014 no root user". `[1]`: the stated
 * part. It is a verification of that state, as "Review Dockerfile security (non-root user)" is (see PAPERWORK), when the
 * stated part names a check's topic on its own; a reviewer, a schedule or an owner is no state ("CSP reviewed (by security)",
 * "CSP reviewed: quarterly").
 */
const REVIEWED_STATE = /^[^():;\u2014\u2013]*?\b(?:reviewed|audited)\s*(?:\(([^()]+)\)\s*$|:\s*([^;]+)$|\s[\u2014\u2013-]\s+([^;]+)$)/;
function reviewOfStatedState(text) {
    const m = REVIEWED_STATE.exec(text);
    const stated = (m?.[1] ?? m?.[2] ?? m?.[3])?.trim();
    if (!stated || /^(?:by|with|per|for|at|on|in|every|each|monthly|weekly|quarterly|yearly|annually|daily|before|after|during)\b/.test(stated) || OVERSIGHT.test(stated))
        return false;
    return rules().some(([, list]) => list.some((r) => r.pattern.test(stated)));
}
const ABOUT_SOMETHING_ELSE = [
    // A plan, an agreement or a discussion about the topic, not its state: "HSTS rollout plan agreed with the web team", "CSP
    // rollout plan agreed", "HTTPS redirect discussed with the CDN vendor", "Health endpoint spec agreed with the mobile team"
    // (not "as agreed with security", which says why the state is what it is).
    // (A pod spec is Kubernetes' own: "Runs as non-root in the Dockerfile and in the Kubernetes pod spec".)
    /(?<!\b(?:per|in|by|following|according to|under|from|with|see|as) (?:the |our |a )?(?:[\w-]+ ){0,2})\b(?:(?:rollout|roll-out|migration|implementation|adoption|enablement|remediation|action|upgrade|transition) plans?|(?:plans?|(?<!\bpod )specs?|specifications?|proposals?|designs?|rfcs?|adrs?|strateg(?:y|ies)))(?= *$| (?:(?:is|are|was|were|has been|have been) )?(?:agreed|approved|drafted|written|signed off|accepted|discussed|reviewed|circulated|shared|finali[sz]ed|ready|in place|created|documented|defined|prepared|done)\b)|(?<!\bas )\b(?:discussed|agreed|negotiated) (?:with|on|upon|between)\b/,
    // The topic put on a dashboard, a status page or a monitoring tool, not the deployment's state: "Health endpoint dashboard
    // added to Grafana", "Health endpoint added to the status page" ("Response time under 800 ms on the Grafana dashboard" still
    // promises the time).
    /\b(?:added|published|shown|displayed|listed|graphed|plotted|wired(?: up)?|hooked up|registered|exported) (?:to|on|in|into|with) (?:the |our |an? )?(?:[\w-]+ )?(?:grafana|kibana|datadog|new relic|cloudwatch|prometheus|status ?pages?|statuspage(?:\.io)?|statuscake|pingdom|uptime ?robot|better ?(?:uptime|stack)|honeycomb|splunk|dashboards?|monitoring|alerting)\b|(?<!\b(?:admin|user|users'|customer|merchant|partner|account|web|main|app|seller|vendor) )\bdashboards?(?: (?:is|are|was|were|has been|have been))? (?:added|created|set up|built|configured|in place|ready|published|live|updated)\b/,
    // A dependency bot set up, as the subject: "Renovate configured to bump pinned image tags", "Dependabot enabled for base
    // images" (not what it keeps: "Dependabot keeps base images pinned").
    /^(?:the )?(?:renovate|dependabot)(?: bot)?(?: (?:is|are|was|has been))? (?:configured|enabled|set up|installed|added|runs?|running|opens?|raises?|bumps?|updates?|upgrades?|scheduled|turned on)\b/,
    // Observability about the topic: "Alert if the HSTS header disappears", "Dashboard panel for response time", "Grafana
    // dashboard for response time under 200 ms", "Latency graph in Kibana", "SLO: p50 under 300 ms" (a monitoring tool or
    // metric named before the dashboard; "Admin dashboard loads in 2 s" is a page of the deployment).
    /^(?:(?:set up|configure|add|create|have|build) )?(?:an? |the )?(?:(?:grafana|kibana|datadog|new relic|cloudwatch|prometheus|honeycomb|splunk|monitoring|observability|metrics?|latency|performance|response[- ]times?|uptime|slo|sli) )?(?:alerts?|alerting|dashboards?|(?:dashboard |grafana )?panels?|graphs?|charts?|uptime (?:checks?|monitors?)|synthetic (?:checks?|monitors?|tests?))\b|^(?:an? |the )?(?:slos?|slis?)\b|\balert(?:s|ing)? (?:if|when|on|for)\b/,
    // Documents as the subject or the place of the topic: "Customer-facing docs explain how to enable HSTS on custom domains",
    // "Remove the `latest` tag example from the README", "No `latest` tags in the docs" (not a path: "`/docs` not public").
    /(?<![\w\/.-])(?:runbooks?|playbooks?|wiki|docs|documentation|readme|faqs?|guides?|help (?:cent(?:er|re)s?(?: pages?| articles?)?|pages?|articles?))(?:\.md)? (?:explain|describe|cover|mention|list|show|tell|say|document|walk|link)(?:s|ed|ing)?\b|\b(?:explain|describe|document)(?:s|ed|ing)? how\b|\b(?:in|from|to|into|on) (?:the |our )?(?:[\w-]+ )?(?<![\/.-])(?:readme|docs|documentation|wiki|runbook|changelog|handbook|tutorial|blog(?: post)?|confluence|notion)\b(?:\.md)?(?![\/-])/,
    // Tests of the topic: "Unit tests cover the HSTS middleware", "Integration tests check CORS" (a test suite, not the deployment).
    /\b(?:unit|integration|e2e|end-to-end|regression|contract|snapshot|acceptance|component) tests? (?:for|of|on|cover|covers|covering|check|checks|checking|verify|verifies|assert|asserts|exercise|exercises)\b/,
    /^(?:the )?(?:runbooks?|playbooks?|wiki|docs?|documentation|on-call)\b|\b(?:documented (?:in|on|at|for)|documents|explains|describes|knows where|quotes? for|get quotes|trained (?:on|in|about|for)|explained (?:to|in|for)|blog (?:posts?|articles?)|walk-?throughs?|for new hires|onboarding (?:docs?|sessions?|guides?)|training (?:on|about|for|sessions?|materials?)|knows? (?:how|about|what|why|when|where)|understands?|understood|(?:is |are )?aware of|awareness|post-?mortems?|(?:rollback|roll-back|incident|escalation) (?:procedures?|plans?|process(?:es)?|steps))\b/,
    // Oversight of the topic as the promise: "Security headers documented", "HTTPS redirect monitored", "HSTS enabled and
    // monitored", "CSP reviewed by security", "TLS config audited" (a check proves the state, not that anyone documented,
    // watches or reviewed it; as the reading in English of other languages has it). In an aside it is a remark: "HSTS
    // enabled (reviewed by security)" binds, and so does a state promised beside it ("HSTS enabled and monitored": the
    // check proves the state; the oversight is a remark, as an aside is).
    OVERSIGHT,
    // A mobile client ("Security headers in the mobile app"), not the API it calls ("\u2026 on the API used by the mobile app").
    /(?<!\b(?:for|by|from|to|serving|behind) (?:the |our |a )?(?:ios |android |native )?)\bmobile[- ]apps?\b/,
    // Not an image named for it ("CUDA base image pinned", "Base image pinned: `nvidia/cuda:12.4.1-runtime`"): that is the
    // deployment's. Nor the user named for it ("Image runs as `airflow` user (not root)"): the deployment's user.
    // Nor a service's keys or passwords, which the deployment holds ("Stripe keys come from SSM, not from `serverless.yml`", "No
    // SendGrid API keys in the repo", "RDS master password not in `config.yml`"): not a mobile platform's (iOS signing keys), nor
    // those of services a client app holds keys for (Firebase, OneSignal, Sentry: "OneSignal API key not hard-coded in the app").
    /(?<!\/)\b(?:s3(?: bucket)?|auth0|okta|sendgrid|mailgun|postmark|stripe|twilio|apns|push notifications?|ios|android|app transport security|ats|react native|jupyter|datadog|uptime ?robot|pingdom|statuspage|sentry(?: sdk)?|pagerduty|firebase|spark|airflow|cuda|pytorch|tensorflow|cloudfront|webflow|onesignal|zendesk|shopify|intercom|hubspot|rds|aurora|cloud sql|elasticache|network_security_config|cleartext ?traffic\w*|their (?:api|servers?))\b(?!:\d| (?:(?:base|docker|container|runtime|gpu) )*images?\b)(?<!\bas (?:the |an? )?\w+(?= users?\b))(?!(?<=\b(?:auth0|okta|sendgrid|mailgun|postmark|stripe|twilio|datadog|pagerduty|zendesk|shopify|intercom|hubspot|s3|rds|aurora|cloud sql|elasticache))(?: (?:live|test|secret|restricted|api|webhook|signing|access|auth|master|admin|service(?: account)?|production|prod|server|private|client))* (?:keys?|secrets?|tokens?|credentials?|passwords?)\b)/,
];
const mainClause = (text) => text.split(/;|\(|,|\s[\u2014\u2013-]\s/)[0];
/** The clause of `text` (split at `;`, `,`, a spaced dash) that holds offset `at`. */
function clauseAt(text, at) {
    return clauseSpanAt(text, at).clause;
}
const CLAUSE_SPLIT = /;|,|\s[\u2014\u2013-]\s/g;
/** The clause of `text` that holds offset `at`, and whether it is the first one. */
function clauseSpanAt(text, at) {
    let start = 0;
    for (const m of text.matchAll(CLAUSE_SPLIT)) {
        if (m.index >= at)
            return { clause: text.slice(start, m.index), first: start === 0 };
        start = m.index + m[0].length;
    }
    return { clause: text.slice(start), first: start === 0 };
}
/** The spans of the clauses of `text` after its first one (split as clauseAt splits). */
function laterClauses(text) {
    const out = [];
    let start = -1;
    for (const m of text.matchAll(CLAUSE_SPLIT)) {
        if (start >= 0)
            out.push([start, m.index]);
        start = m.index + m[0].length;
    }
    if (start >= 0)
        out.push([start, text.length]);
    return out;
}
/**
 * Another environment named without production: "on staging only", "locally", "on localhost" (not local env files, which
 * are `.env.local` and friends: "`.gitignore` covers local env files").
 */
const OTHER_ENVIRONMENT = /\b(?:staging|pre-?prod(?:uction)?|locally|localhost|local (?:dev(?:elopment)?|env(?:ironment)?(?! files?\b)|machines?|compose|docker)|dev (?:env(?:ironment)?|cluster)|development (?:env(?:ironment)?|cluster)|qa env(?:ironment)?|sandbox|preview env(?:ironment)?s?)\b/;
/** A ticket, PR or owner reference anywhere in an aside ("staging, OPS-1", "OPS-1 staging"; see REFERENCE). */
const REFERENCE_IN_ASIDE = new RegExp(String.raw `(?<![\w-])(?:${REFERENCE})`, 'g');
/**
 * A date in an aside ("2025-03-01", "2025-03", "03/01/2025", "1.3.2025", "1 March 2025", "March 1st, 2025", "Q3 2025",
 * "2025"): when, not a value of the promise's own ("2048-bit", "6 months" are).
 */
const MONTH = String.raw `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_IN_ASIDE = new RegExp(String.raw `(?<![\w.-])(?:\d{4}-\d{1,2}(?:-\d{1,2})?|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?: \d{4})?|${MONTH} \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|q[1-4](?: \d{4})?|(?:19|20)\d{2})(?![\w-]|\.\d)`, 'g');
/**
 * An aside as ENVIRONMENT_REMARK reads it: without its tickets, PRs, owners and dates, which are remarks on the item ("\u2014
 * [OPS-1] staging", "(staging, OPS-1)", "(staging, 2025-03-01)" name staging alone, as "\u2014 staging" does), not a value of
 * its own there ("(6 months on staging)").
 */
function environmentAside(piece) {
    return piece.replace(REFERENCE_IN_ASIDE, ' ').replace(DATE_IN_ASIDE, ' ');
}
/**
 * An aside or a clause after the main one that names another environment as a remark on a promise about this deployment, not
 * as its scope: what holds there too ("\u2014 also on staging", "(staging too)"), a value of its own there ("(6 months on staging)",
 * "\u2014 300 s on staging"), its exception ("(except staging)", "(not yet on staging)"), or a sentence of its own ("; staging uses
 * a shorter max-age"). Not one that says "only" ("(staging only)", "\u2014 only on staging"): that is the scope.
 */
const ENVIRONMENT_REMARK = /^(?!.*\bonly\b)(?:.*\b(?:also|too|as well|likewise|in addition|additionally|not|except|excluding|apart from|other than|besides)\b|.*(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|\s*(?:the |our )?(?:staging|pre-?prod(?:uction)?|sandbox|qa|uat|dev|development)(?: env(?:ironment)?| cluster| site| server)? (?:uses|has|gets|keeps|runs|is|are|stays|remains|shares|mirrors|follows|will|can|may|does|sets|serves|sends)\b)/;
/**
 * `said` without the asides and later clauses that are ENVIRONMENT_REMARKs: what is left names the promise's scope. In one
 * pass over the text (a separator is inside brackets when the next bracket after it closes one: read from the end once,
 * not looked ahead to the end from every separator).
 */
function withoutEnvironmentRemarks(said) {
    const remark = (piece) => OTHER_ENVIRONMENT.test(piece) && ENVIRONMENT_REMARK.test(environmentAside(piece));
    const kept = said.replace(/\(([^()]*)\)/g, (m, inner) => (remark(inner) ? ' ' : m));
    // Whether the next bracket at or after each offset closes one.
    const closes = new Uint8Array(kept.length + 1);
    for (let i = kept.length - 1; i >= 0; i--)
        closes[i] = kept[i] === ')' ? 1 : kept[i] === '(' ? 0 : closes[i + 1];
    // Split at the separators outside brackets; the first part is the main clause.
    let out = '';
    let start = 0;
    const piece = (end) => (start > 0 && remark(kept.slice(start, end)) ? ' ' : kept.slice(start, end));
    for (const m of kept.matchAll(/;|,|\s[\u2014\u2013-]\s/g)) {
        const end = m.index + m[0].length;
        if (closes[end])
            continue;
        out += piece(m.index) + m[0];
        start = end;
    }
    return out + piece(kept.length);
}
// (Not "pre-production", which is another environment.)
const PRODUCTION = /(?<!\bpre-)\b(?:production|prod|live)\b/;
/**
 * Localhost as the address a service binds to ("MongoDB only bound to localhost", "Redis listens on localhost"): a
 * promise about the deployment, read as 127.0.0.1 is, not another environment.
 */
const BOUND_TO_LOCALHOST = /\b((?:bound|binds?|binding|listen(?:s|ing)?|published|publish(?:es)?)(?: only)? (?:on|to)(?: the)?) localhost\b/g;
/**
 * A HEALTHCHECK instruction written out ("`HEALTHCHECK CMD wget -qO- http://localhost:3000/healthz || exit 1`"): every
 * HEALTHCHECK probes its container from inside, so the localhost it calls names no other environment.
 */
const HEALTHCHECK_INSTRUCTION = /\bhealthcheck (?:--[\w-]+(?:=\S+)? )*(?:cmd|curl|wget)\b.*$/;
/**
 * Machines other than the deployment, in the main clause, production or not: "Memory limits on the CI runners", "\u2026 on
 * the developer laptops' Docker Desktop" (a heading such as "Kubernetes" does not make them the cluster's).
 */
const OTHER_MACHINES_MAIN = /\b(?:ci runners?|(?:github actions|gitlab|self-hosted|build) runners?|build (?:agents?|machines?|servers?)|ci (?:agents?|machines?|workers?|servers?)|(?:developer|developers'|developer's|dev|engineer|engineers') (?:laptops?|machines?|workstations?)|laptops?|docker desktop)\b/;
/** Other environments and sites, in the main clause: "Debug mode off in CI", "the test environment", "the docs site", "review apps", "UAT". */
const OTHER_ENVIRONMENT_MAIN = /\b(?:(?:in|on) (?:the )?ci(?: (?:test )?runs?| preview builds?)?$|ci (?:test )?runs?|ci preview builds?|test env(?:ironment)?s?|(?:marketing|docs|documentation|blog) (?:site|website)s?|preview (?:deployments?|builds?)|uat|review apps?|per-pr env(?:ironment)?s?|ephemeral env(?:ironment)?s?)\b/;
/**
 * A parent item or heading that says its items are no launch promise ("Deferred to v2", "Questions for security", "Local
 * development"), a section number aside ("3. Later", "4) Post-launch", "5.2 Future work", "III. Later", "B) Optional").
 * The headings that withdraw or defer their items ("Not applicable", "Not relevant", "Not needed", "Dropped", "Won't fix",
 * "Deferred") in German, French, Spanish and Portuguese too ("Nicht relevant", "Entf\u00e4llt", "Zur\u00fcckgestellt", "Sans objet",
 * "Report\u00e9", "No aplica", "Fuera de alcance", "N\u00e3o se aplica", "Adiado"), as the English ones; the headings of retired work
 * ("Deprecated", "Obsolete", "No longer applicable", "Retired", "Archive", see RETIRED_HEADING); a heading that scopes its items
 * to another environment only ("Staging only", "Only on staging", "Staging (only)", "QA (not production)"), or to the developers' own ("Development", "Dev environment",
 * "Test environment", "Sandbox"). Not a heading that is only "Pending" (nor "Ausstehend", "En attente", "Pendiente",
 * "Pendente"): its items are the work still to do, which the gate checks. Nor one that merely names an environment a deploy
 * goes to ("# Staging", "## Staging environment", "## QA", "## UAT", "## Pre-production"): a per-environment checklist is judged
 * as any checklist, the run's target deciding what is judged, not the file's title.
 */
const ENVIRONMENT_NAMED = String.raw `(?:development|dev|test|testing|staging|sandbox|qa|uat|preview|pre-?prod(?:uction)?)(?: (?:environment|env|setup|cluster))?`;
/**
 * A remark after an environment's name, bracketed or after a dash, that scopes the section to it: "only", "staging only",
 * "not for production", "not prod", "non-prod" ("## Staging (only)", "## QA (not production)", "## Staging \u2014 not
 * production"). Not another remark ("## Staging (QA team)", "## Staging [OPS-1]"): the heading merely names the environment.
 */
const ENVIRONMENT_ONLY_REMARK = String.raw `(?:${ENVIRONMENT_NAMED} )?only|only (?:on |in |for )?(?:the )?${ENVIRONMENT_NAMED}|not (?:for |in |on )?(?:the )?(?:prod|production|live)(?: env(?:ironment)?| use)?|non-?prod(?:uction)?(?: only)?`;
const ANOTHER_ENVIRONMENT_ONLY = String.raw `${ENVIRONMENT_NAMED} only|only (?:on |in |for )?(?:the )?${ENVIRONMENT_NAMED}|${ENVIRONMENT_NAMED} ?(?:\(\s*(?:${ENVIRONMENT_ONLY_REMARK})\s*\)|\[\s*(?:${ENVIRONMENT_ONLY_REMARK})\s*\]|(?:[${"\u2014\u2013"}:]|- ) ?(?:${ENVIRONMENT_ONLY_REMARK}))|(?:development|dev|test|testing|sandbox) (?:environment|env|setup)|development|dev|sandbox`;
const NOT_A_PROMISE_CONTEXT = new RegExp(String.raw `(?<![\w${"\u00e0"}-${"\u00ff"}])(?:zur${"\u00fc"}ckgestellt|zurueckgestellt|aufgeschoben|au${"\u00df"}erhalb des (?:umfangs|scopes)|report${"\u00e9"}e?s?|diff${"\u00e9"}r${"\u00e9"}e?s?|hors (?:du )?(?:p${"\u00e9"}rim${"\u00e8"}tre|perimetre|scope)|aplazad[oa]s?|pospuest[oa]s?|fuera (?:del? )?alcance|adiad[oa]s?|fora do escopo)(?![\w${"\u00e0"}-${"\u00ff"}])|\b(?:deferred|postponed|not blocking|no bloquea(?:nte)?|n${"\u00e3"}o bloqueia(?:nte)?|nicht blockierend|non bloquant(?:e)?|backlog|out of scope|wishlist|ideas|questions (?:for|to)(?![^/]*\b(?:answered|resolved|closed)\b)|open questions(?! left| answered| resolved| \(answered)|local development|local dev|not (?:a )?(?:launch[- ]|release[- ]|go-?live )?(?:gate|blocker))\b|(?:^|\/ )(?:(?:\d+(?:\.\d+)*[.)]?|[ivx]{1,4}[.)]|[a-h][.)])\s+)?(?:later|optional|future(?: work| improvements| ideas)?|follow[- ]?ups?|won'?t do|will not do|(?:open )?questions|to discuss|discussion|known (?:issues|limitations)|someday|stretch(?: goals?)?|parking lot|icebox|tbd|nice[- ]to[- ]haves?|post[- ]launch|not for launch|phase [2-9]|roadmap|next release|accepted risks?|risks? accepted(?: for (?:launch|now|this release|go-?live))?|post[- ]?mvp|won'?t fix|to-?do|not in (?:this|the (?:first|initial)) release|tech(?:nical)? debt|exceptions|unresolved|known gaps?|waiv(?:ers?|ed)(?: (?:items|controls|checks))?|(?:(?:approved|granted|active|open|current|signed|temporary|security|launch) )?waivers?|risk acceptances?|exempt(?:ions?|ed)(?: (?:items|controls|checks))?|not applicable|n\/a|not in scope|de-?scoped(?: items)?|wont ?fix|not doing|excluded(?: items)?|not (?:for|in) (?:v1|mvp|the mvp|launch|go-?live)|${ANOTHER_ENVIRONMENT_ONLY}|${RETIRED_HEADING}|sp${"\u00e4"}ter|spaeter|plus tard|m${"\u00e1"}s tarde|m${"\u00e1"}s adelante|mas adelante|mais tarde|mais adiante|post-lanzamiento|post lanzamiento|despu${"\u00e9"}s del lanzamiento|p${"\u00f3"}s-lan${"\u00e7"}amento|pos-lancamento|p${"\u00f3"}s lan${"\u00e7"}amento|depois do lan${"\u00e7"}amento|ap${"\u00f3"}s o lan${"\u00e7"}amento|nach dem launch|apr${"\u00e8"}s le lancement|post-lancement|ausnahmen|excepciones|exce${"\u00e7\u00f5"}es|excecoes|not relevant|irrelevant|not (?:needed|required|necessary|planned)|dropped|cancell?ed|canceled|nicht anwendbar|nicht zutreffend|entf[a${"\u00e4"}]llt|entfaellt|nicht relevant|nicht (?:n${"\u00f6"}tig|noetig|notwendig|erforderlich|geplant)|zur${"\u00fc"}ckgestellt|zurueckgestellt|aufgeschoben|verschoben|zuk${"\u00fc"}nftig|zukunft|gestrichen|verworfen|au${"\u00df"}erhalb des (?:umfangs|scopes)|nicht im (?:umfang|scope)|akzeptierte risiken|non applicable|sans objet|non pertinents?|pas pertinents?|non n${"\u00e9"}cessaires?|pas n${"\u00e9"}cessaires?|report${"\u00e9"}e?s?|diff${"\u00e9"}r${"\u00e9"}e?s?|optionnel(?:le)?s?|facultatifs?|hors (?:du )?(?:p${"\u00e9"}rim${"\u00e8"}tre|perimetre|scope|champ)|abandonn${"\u00e9"}e?s?|annul${"\u00e9"}e?s?|risques accept${"\u00e9"}s|no aplica|no aplicable|no relevante|no necesarios?|innecesarios?|aplazad[oa]s?|pospuest[oa]s?|diferid[oa]s?|opcional(?:es)?|fuera (?:del? )?alcance|cancelad[oa]s?|descartad[oa]s?|riesgos aceptados|(?:n${"\u00e3"}o|nao) se aplica|(?:n${"\u00e3"}o|nao) aplic${"\u00e1"}vel|(?:n${"\u00e3"}o|nao) aplicavel|(?:n${"\u00e3"}o|nao) relevante|(?:n${"\u00e3"}o|nao) necess${"\u00e1"}rio|desnecess${"\u00e1"}rio|adiad[oa]s?|opcionais|fora do escopo|riscos aceitos)\s*[:.!?]*\s*(?:\((?![^)]*\b(?:now|done|fixed|resolved|answered|required|must|this release|in production|before launch)\b)[^)]*\))?\s*(?= \/|$)`);
/**
 * A heading (or parent item) over waived work that qualifies its noun: "Security exceptions", "Known exceptions",
 * "Approved exceptions", "Exceptions granted", "Temporary exemptions", "Exceptions for this release",
 * "Policy exceptions (signed by the CISO)", "Genehmigte Ausnahmen", "Exceptions de s\u00e9curit\u00e9", "Excepciones aprobadas",
 * "Exce\u00e7\u00f5es aprovadas"; and "Not in scope for this release" / "\u2026 for v1" (NOT_A_PROMISE_CONTEXT takes the bare words). Not
 * a heading about the code's exceptions: "Exception handling", "Error handling and exceptions", "Unhandled exceptions".
 */
const WAIVER_QUALIFIER = String.raw `(?:known|approved|accepted|agreed|granted|documented|temporary|time-?boxed|security|policy|compliance|launch|release|go-?live|active|open|current|signed(?:[- ]off)?|standing|existing|outstanding|listed|authori[sz]ed|permitted|allowed|recorded|tracked|registered|risk|sanctioned)`;
const WAIVER_NOUN = String.raw `(?:exceptions?|exemptions?|waivers?)`;
const WAIVER_STATE = String.raw `(?:granted|approved|accepted|agreed|authori[sz]ed|signed(?: off)?|in (?:effect|force|place)|on file|register|list)`;
const WAIVER_RELEASE = String.raw `(?:(?:this|the|our|next|first|initial|upcoming) )*(?:release|launch|go-?live|cutover|mvp|pilot|beta|v\d[\w.]*|version \d[\w.]*|now|sprint|quarter|q[1-4](?: \d{4})?|20\d\d|phase \d)`;
const WAIVER_FOR = String.raw `(?: (?:for|until|in|through) ${WAIVER_RELEASE}| to (?:the |our |this )?(?:[\w-]+ )?(?:policy|policies|standards?|baseline|checklist|rules?|requirements?|controls?))`;
const WAIVED_HEADING = new RegExp(String.raw `(?:^|\/ )(?:(?:\d+(?:\.\d+)*[.)]?|[ivx]{1,4}[.)]|[a-h][.)])\s+)?(?:(?:(?:${WAIVER_QUALIFIER}(?:,? (?:and |& |or )?|-))+${WAIVER_NOUN}(?: ${WAIVER_STATE})?|${WAIVER_NOUN} ${WAIVER_STATE})${WAIVER_FOR}?|${WAIVER_NOUN}${WAIVER_FOR}|not in scope (?:for|in|of) [\w.-]+(?: [\w.-]+){0,4}|(?:genehmigte|bekannte|akzeptierte|befristete|tempor${"\u00e4"}re|dokumentierte|erteilte) ausnahmen|sicherheitsausnahmen|exceptions (?:approuv${"\u00e9"}es|accord${"\u00e9"}es|connues|accept${"\u00e9"}es|document${"\u00e9"}es|temporaires|de s${"\u00e9"}curit${"\u00e9"})|excepciones (?:aprobadas|concedidas|conocidas|aceptadas|documentadas|temporales|de seguridad)|exce(?:${"\u00e7\u00f5"}es|coes) (?:aprovadas|concedidas|conhecidas|aceitas|documentadas|tempor${"\u00e1"}rias|temporarias|de seguran${"\u00e7"}a|de seguranca))\s*[:.!?]*\s*(?:\([^)]*\))?\s*(?= \/|$)`);
/**
 * A main clause that names a topic and states nothing of it: "HSTS", "\u274c HSTS", "Security headers" (at most three words, no
 * state, negation, verb or participle: not "HSTS aktiviert").
 */
const BARE_TOPIC = /^[^\p{L}\p{N}]*(?!.*(?<![\p{L}\p{N}_])(?:disabled|enabled|off|on|only|pinned|set|returns?|answers?|under|below|blocked|valid|trusted|secure|present|configured|enforced|redirects?|no|not|never|without|nor|is|are|be|run|runs|use|uses|has|have|yes|ok|done|aktiv|actif|active|activo|ativo|an|aus|ja|oui|s\u00ed|sim|\p{L}+(?:ed|iert|\u00e9|\u00e9e|\u00e9s|\u00e9es|ad[oa]s?|id[oa]s?))(?![\p{L}\p{N}_])|.*n't\b)[\w./-]+(?: [\w./-]+){0,2}$/u;
/**
 * `text` with the aside of a bare topic read as its state: "\u274c HSTS (not enabled, see SEC-88)" reads "\u274c HSTS not enabled, see
 * SEC-88", "HSTS (n/a for the internal API)" "HSTS n/a for the internal API" (the only statement about the topic is
 * there); other texts as they are.
 */
function asideAsState(text) {
    return asideOfBareTopic(text)?.text ?? text;
}
/** `text` read as asideAsState has it, and where the aside starts in that reading; undefined when it is read as it is. */
function asideOfBareTopic(text) {
    const m = /^([^(;]*?)\s*\(([^()]*)\)(.*)$/.exec(text);
    return m && BARE_TOPIC.test(m[1]) ? { text: `${m[1]} ${m[2]}${m[3]}`, at: m[1].length + 1 } : undefined;
}
/** An aside about verifying ("(yet to verify on staging)"): its deferral or environment withdraws nothing. */
const VERIFICATION_ASIDE = /\([^)]*\b(?:verif\w*|check(?:ed)?|test(?:ed)?)\b[^)]*\)/g;
/** Words that state a topic's state in a question or a label: "Debug mode? off", "Image tags pinned?". */
const TOPIC_STATE_WORDS = 'disabled|enabled|off|on|only|pinned|set|returns?|answers?|under|below|blocked|valid|trusted|secure|present|configured|enforced|redirects?';
/**
 * A note after a bare topic's `?` that answers it: yes, done, ok, a tick mark (\u2705 \u2714 \u2713 \u2611), "in place", yes in German, French,
 * Spanish, Portuguese or Italian, GitHub's shortcode for a tick (`:white_check_mark:`), or a URL path ("Health endpoint?
 * /healthz", "Health endpoint? GET /healthz", "\u2026 at /healthz"). Not "no", "not yet", "ask Bob", nor an unfilled template ("y/n", "Y / N",
 * a bare "/").
 */
const ANSWERED = String.raw `(?:(?:yes|yep|yeah|yup|done|ok|okay|true|confirmed|in place|ja|oui|s${"\u00ed"}|s${"\u00ec"}|sim|fait|erledigt|hecho|listo|feito|pronto|fatto)(?![\w${"\u00e0"}-${"\u00ff"}])|y(?=\s*$))(?!\s*\/\s*(?:n|no|nein|non|n${"\u00e3"}o|nao)(?![\w${"\u00e0"}-${"\u00ff"}]))|[${"\u2705\u2714\u2713\u2611"}]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):|(?:(?:get|head|at) )?\/[\w\-.~%][\w\-./~%]*(?![\w\-./~%])`;
/**
 * What may stand between a bare topic's `?` and its answer: spaces and a dash, colon, arrow or opening bracket ("HSTS? \u2014
 * yes", "HSTS? -> yes", "HSTS?: yes", "HSTS? (yes, 1 year)", "HSTS? \u2192 done").
 */
const ANSWER_LEAD = String.raw `[\s${"\u2014\u2013"}:=>${"\u2192"}(\[-]*`;
/**
 * A note after a bare topic's colon or dash that leaves it open: someone to ask, a team to check with, something to check,
 * confirm or clarify, "unknown", "not sure", "?" ("HSTS: ask Bob", "HSTS \u2014 check with infra", "CSP: to be confirmed"; not a
 * tool to check with: "Secrets: check with gitleaks" says how).
 */
const OPEN_NOTE = String.raw `(?:ask|(?:check|confirm|verify|clarify)(?:ing)? with (?:the |our |a )?(?:[\w-]+ ){0,3}(?:team|infra|infrastructure|ops|devops|sre|security|secops|platform|dba|network|networking|vendor|provider|owners?|lead|manager|admins?|folks|people|cto|ciso)|need(?:s)? to (?:check|confirm|verify|ask|clarify|decide|find out)|to (?:be )?(?:check|confirm|verif|clarif|decid|discuss)\w*|tbc|unknown|unclear|not sure|unsure|no idea)(?![\w${"\u00e0"}-${"\u00ff"}])|\?`;
/**
 * An open question: an item ending in `?` that asks what to do rather than to verify a state \u2014 a bare
 * topic ("HSTS?", "security headers?"), an action ("Enable HSTS?"), the future or a plan ("Will HSTS be
 * enabled before\u2026?", "Can we\u2026?", "Are we enabling\u2026?", "Is it OK to\u2026?", "\u2026planned\u2026?") \u2014 or that asks
 * whether ("Ask infra whether HSTS is on"; not "Verify whether debug mode is off"). "Is debug mode off in
 * production?", "TLS 1.0/1.1 disabled?", "/health returns 200?" ask to verify a state: they bind. A bare topic's question
 * followed by a note that states nothing of it ("HSTS? ask Bob", "HSTS? \u2014 check with the CDN team") is still open; one
 * whose note answers it (see ANSWERED: "HSTS? yes", "HSTS? done", "CSP? \u2705", "Health endpoint? /healthz") is not, as "Debug
 * mode? off" is not; a note that ends in "?" leaves it open ("HSTS? ask Bob?", "HSTS? ok?"). A bare topic with a note after a colon or a dash that leaves it open ("HSTS: ask Bob", "HSTS \u2014 check
 * with infra", see OPEN_NOTE) is open as its "?" form is; other notes state it ("HSTS: max-age 1 year", "Health endpoint:
 * /healthz"). An inquiry is open too: "Audit which subdomains lack HSTS", "Review which services lack health checks", "Find
 * what listens on 5432" (not "Check what is enabled": the state it names is read).
 */
const OPEN_QUESTION = new RegExp(String.raw `^[${"\u00bf\u00a1"}]?(?:(?![^?]*\b(?:${TOPIC_STATE_WORDS})\b)[\w./-]+(?: [\w./-]+){0,2}\s*|(?:enable|add|use|disable|turn on|turn off|set up|configure|implement|introduce|require|move|switch|migrate)\b[^?]*|(?:can|could|will|would|shall|should) [^?]*|(?:is|are) (?:we|it (?:ok|okay|fine|possible|worth))\b[^?]*|[^?]*\b(?:planned|planning|considered|worth it)\b[^?]*)\?\s*$|^(?:ask|investigate|find out|figure out|look into|explore)\b|^(?:audit|review|check|find|list|identify|inventory|survey|determine)(?: (?:for|out|to see))? (?:which|what)\b(?! (?:is|are) (?:enabled|disabled|set|configured|on|off|in place|required)\b)|(?<!\b(?:check|verify|confirm|test|ensure|validate))\s+whether\b|^[${"\u00bf\u00a1"}]?(?![^;]*\b(?:${TOPIC_STATE_WORDS})\b)[\w./-]+(?: [\w./-]+){0,2}\s*\?(?!${ANSWER_LEAD}(?:${ANSWERED}))\s*[^\s?][^?;]*$|^[${"\u00bf\u00a1"}]?(?![^;]*\b(?:${TOPIC_STATE_WORDS})\b)[\w./-]+(?: [\w./-]+){0,2}\s*\?[^;]*\?\s*$|^[${"\u00bf\u00a1"}]?(?![^;:${"\u2014\u2013"}]*\b(?:${TOPIC_STATE_WORDS})\b)[\w./-]+(?: [\w./-]+){0,2}\s*(?::|\s[${"\u2014\u2013"}-])\s*(?:${OPEN_NOTE})`);
/** "Not applicable" in English, Spanish, French, Portuguese, German, Dutch and Italian ("n/a", "no aplica", "sans objet", "entf\u00e4llt"). */
const NOT_APPLICABLE = String.raw `n\/a|n\.a\.|not applicable|no (?:se )?aplica|no corresponde|no aplicable|sans objet|non applicable|ne s'applique pas|(?:n${"\u00e3"}o|nao) se aplica|(?:n${"\u00e3"}o|nao) (?:${"\u00e9"} )?aplic[a${"\u00e1"}]vel|entf[a${"\u00e4"}]llt|entfaellt|nicht zutreffend|nicht anwendbar|trifft nicht zu|not relevant|irrelevant|nicht relevant|no relevante|non pertinente?|pas pertinente?|(?:n${"\u00e3"}o|nao) relevante|n\.v\.t\.?|niet van toepassing|non si applica|non applicabile|non pertinente|${abroad('notApplicable')}`;
/**
 * An item declared not applicable: "not applicable" (in any of those languages) after a label or a dash, or opening an
 * aside, and ending there or before its reason ("Restart policy: not applicable (cron)", "Pol\u00edtica de reinicio: no aplica",
 * "No exposed databases (n/a, managed RDS)", "Only our own domains \u2014 not applicable, public API"), or an aside that answers
 * no ("Only our own domains (public API, so no)"). Not one that names what it does not apply to ("Debug mode off (n/a for
 * the worker)") nor one about another part ("Containers run as non-root (the sidecar is N/A)", "Containers run as non-root; sidecar: n/a",
 * "Image tags pinned (v1.2: n/a)"): the label or dash must follow the item's topic alone, the aside must open with it. The topic
 * may hold a bracketed aside of its own ("Enable HSTS (Strict-Transport-Security) \u2014 no aplica"): it says what the topic is.
 */
const DECLARED_NOT_APPLICABLE = new RegExp(String.raw `(?:^(?:(?:[^:;(${"\u2014\u2013"}]|\([^():;]*\))*(?::|\s[${"\u2014\u2013"}-]))?|\()\s*(?:${NOT_APPLICABLE})(?=\s*(?:$|[),;:.!(${"\u2014\u2013"}-]))|\((?:[^()]*\b(?:so|thus|hence|therefore),? )?(?:no|nope)\)`);
/**
 * An aside that says how the promise is verified or enforced, bracketed or after a dash ("(run gitleaks locally)", "(scan
 * locally with gitleaks before pushing)", "(pre-commit hook runs locally)", "\u2014 tested locally with `docker stats`"): the
 * environment it names is where the check runs, not the scope of the promise ("HSTS enabled (staging only)" is).
 */
const METHOD_ASIDE = /\([^)]*\b(?:verif\w*|check(?:ed|s)?|test(?:ed|s)?|scan(?:ned|s)?|detect\w*|pre-commit|hooks?|gitleaks|trufflehog|detect-secrets|lint\w*)\b[^)]*\)|\s[\u2014\u2013-]\s(?:[^;()\u2014\u2013]*\s)?(?:verif\w*|check(?:ed)?|test(?:ed)?|scan(?:ned)?)\b[^;()\u2014\u2013]*/g;
/** A piece of such an aside (split at commas) that says how: only that piece goes, not a scope beside it. */
const METHOD_PIECE = /\b(?:verif\w*|check(?:ed|s)?|test(?:ed|s)?|scan(?:ned|s)?|detect\w*|pre-commit|hooks?|gitleaks|trufflehog|detect-secrets|lint\w*)\b/;
/**
 * Removes the method of each METHOD_ASIDE, keeping what stands beside it in the aside: "(staging only, hooks pending)" keeps
 * "staging only", "\u2014 on staging only, checked with curl" keeps "on staging only", so the scope still reads.
 */
function withoutMethod(text) {
    return text.replace(METHOD_ASIDE, (m) => {
        const bracket = m.startsWith('(');
        const body = bracket ? m.slice(1, -1) : m.replace(/^\s[\u2014\u2013-]\s/, '');
        const kept = body.split(/[,;]/).filter((piece) => !METHOD_PIECE.test(piece)).map((piece) => piece.trim()).filter(Boolean);
        if (kept.length === 0)
            return ' ';
        return bracket ? ` (${kept.join(', ')}) ` : ` \u2014 ${kept.join(', ')}`;
    });
}
/**
 * A purpose clause ("\u2026 so that a rebuild next month produces the same artefact", "\u2026 in order to \u2026"): it says why the
 * promise matters, so a time it names ("next month") defers nothing. Read to the end of its clause (`;`).
 */
const PURPOSE_CLAUSE = /\b(?:so that|in order (?:to|that))\b[^;]*/g;
/** "next month too", "next month as well": the promise holds then also, it is not put off. */
const ALSO_THEN = /\b(next (?:sprint|quarter|release|month|year|version)) (?:too|as well|also)\b/g;
/**
 * `text` with the clauses after its main one blanked that defer a topic of their own ("TLS 1.2+ enforced; HSTS next
 * sprint"): their deferral is theirs (see DEFERRED_CLAUSE), not the item's. A clause that defers and names no check's
 * topic ("Memory limits, next sprint", "HSTS enabled; rollout next sprint") may speak of the main clause: it is kept.
 */
function withoutDeferredClauses(text) {
    let out = text;
    for (const [start, end] of laterClauses(text)) {
        const clause = text.slice(start, end).replace(/\([^)]*\)/g, ' ').trim();
        if (defersClause(clause) && rules().some(([, list]) => list.some((r) => r.pattern.test(clause))))
            out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
    }
    return out;
}
/**
 * Whether the item (`text`, as the rules read it) defers, waives or withdraws itself, or says it does not apply: a deferral
 * anywhere in it ("HSTS later, after the migration", "\u2014 waived for launch (SEC-1234)", "won't fix", "not needed"), one in its
 * main clause ("Enable HSTS after go-live", "N/A"), an aside or a status that is its state ("\u2014 pending", "(WIP)", "\u2014
 * cancelled", "\u2014 dropped", "\u2014 blocked by the CDN"), or "not applicable" after its topic ("\u2014 no aplica", "(n/a, managed RDS)").
 * Such an item promises nothing now (and, read as parentDefers reads it, neither do its sub-items).
 */
function defersItself(said, plainSaid = withoutDeferredClauses(said.replace(VERIFICATION_ASIDE, ' '))) {
    // A ticket, PR or owner before or beside a status is a remark ("\u2014 [OPS-1] pending" is "\u2014 pending").
    const text = withoutReferences(said);
    const plain = withoutReferences(plainSaid);
    const deferral = plain.replace(PURPOSE_CLAUSE, ' ').replace(ALSO_THEN, ' ');
    if (DEFERRED_ANYWHERE.test(deferral) || DEFERRED_ABROAD.test(deferral))
        return true;
    if (DECLARED_NOT_APPLICABLE.test(text) || STATUS_ABROAD.test(text))
        return true;
    const main = mainClause(text);
    return DEFERRED_MAIN.test(main) || DEFERRED_MAIN.test(mainClause(asideAsState(text))) || TRACKED_IN_TICKET.test(main) || TRACKED_STATUS.test(said) || DEFERRING_ASIDE.test(text) || defersByStatus(text) || droppedWithdraws(text) || retiredWithdraws(text) || (BLOCKED_STATUS.test(text) && (!BLOCKED_IS_THE_PROMISE.test(text) || BLOCKED_ON_REFERENCE.test(said))) || DEFERRED_END.test(main.trim()) || DEFERRED_START.test(text);
}
/**
 * Whether a parent item (`text`, as the rules read it) defers, waives or withdraws itself, so its sub-items with it (see
 * bindChecklist): read without its bracketed asides ("Security headers \u2014 waived for launch (SEC-1234)", "HSTS \u2014 not applicable
 * (internal tool)"), or with an aside that opens with its state ("TLS hardening (pending SEC-88)", "Security headers (n/a,
 * internal API)"). An aside that remarks on another topic defers that topic, not the parent's sub-items ("Security (CSP not
 * needed for internal APIs)", "\u0411\u0435\u0437\u043e\u043f\u0430\u0441\u043d\u043e\u0441\u0442\u044c (\u0434\u043b\u044f \u0432\u043d\u0443\u0442\u0440\u0435\u043d\u043d\u0438\u0445 API CSP \u043d\u0435 \u043d\u0443\u0436\u0435\u043d)"), as in a heading.
 */
function parentDefers(said) {
    const text = withoutReferences(said);
    if (defersItself(text.replace(/\([^()]*\)/g, ' ').replace(/ {2,}/g, ' ').trim()))
        return true;
    return [...text.matchAll(/\(([^()]*)\)/g)].some(([aside]) => defersByStatus(aside, text) || TRACKED_STATUS.test(aside) || NOT_NEEDED_STATUS.test(aside) || DECLARED_NOT_APPLICABLE.test(aside) || DEFERRING_ASIDE.test(aside) || STATUS_ABROAD.test(aside) || droppedWithdraws(aside) || retiredWithdraws(aside) || (BLOCKED_STATUS.test(aside) && (!BLOCKED_IS_THE_PROMISE.test(text) || BLOCKED_ON_REFERENCE.test(said))));
}
/**
 * Whether the title of a box the item is in (see BindingHint.containers) defers, waives or withdraws its items, read as a
 * heading over them is ("Later", "Not in scope for this release", "Post-launch", "Waivers").
 */
function containerDefers(title) {
    const where = matchText(title);
    return where !== '' && (NOT_A_PROMISE_CONTEXT.test(where) || WAIVED_HEADING.test(where) || CONTEXT_ABROAD.test(where) || CONTEXT_ANYWHERE_ABROAD.test(where));
}
function isNoPromise(text, where, raw) {
    const plain = withoutDeferredClauses(text.replace(VERIFICATION_ASIDE, ' '));
    if (defersItself(text, plain))
        return true;
    if (NOT_A_PROMISE.some((re) => re !== DEFERRED_ANYWHERE && re.test(plain)))
        return true;
    if (OPEN_QUESTION.test(text) || FOREIGN_QUESTION.test(text))
        return true;
    const main = mainClause(text);
    if (ABOUT_SOMETHING_ELSE.some((re) => re.test(main) && (re !== OVERSIGHT || !reviewOfStatedState(text))))
        return true;
    // Read with its URLs (`http://localhost`), which the rules see as their scheme only.
    const said = withoutMethod(raw).replace(BOUND_TO_LOCALHOST, '$1 127.0.0.1').replace(HEALTHCHECK_INSTRUCTION, (m) => m.replace(/\blocalhost\b/g, '127.0.0.1'));
    if (OTHER_ENVIRONMENT.test(said) && OTHER_ENVIRONMENT.test(withoutEnvironmentRemarks(said)) && !PRODUCTION.test(said))
        return true;
    const saidMain = mainClause(said);
    if (OTHER_ENVIRONMENT_MAIN.test(saidMain) && !PRODUCTION.test(saidMain))
        return true;
    if (OTHER_MACHINES_MAIN.test(saidMain) || TRAINING.test(said.replace(/\([^)]*\)/g, ' ')))
        return true;
    return NOT_A_PROMISE_CONTEXT.test(where) || WAIVED_HEADING.test(where) || CONTEXT_ABROAD.test(where) || CONTEXT_ANYWHERE_ABROAD.test(where);
}
/**
 * Teaching the topic, anywhere but in a bracketed aside: "Security headers \u2014 training for the frontend team", "Security
 * headers workshop for the frontend team" (not a model's training: "\u2026 on the ML training cluster").
 */
const TRAINING = /(?<!\b(?:model|ml|ai|llm|gpu) )\b(?:trainings?|workshops?|lunch[- ]and[- ]learns?|brown[- ]bag sessions?)\b/;
// Items about paperwork or plans promise a document or a decision, which no check verifies. So do ongoing watches, which
// promise that someone keeps an eye on the topic ("Monitor the HSTS preload list status monthly", "Track HSTS rollout in
// Jira", "Watch for root containers"), and tests to write ("Add a unit test for the HSTS middleware", "Write integration tests
// for CORS"): a check proves the deployment's state, not the task. (A review or an audit of a stated state is a verification
// step, as "Check" is: "Review Dockerfile security (non-root user)"; one that asks which or whether is an inquiry, see
// OPEN_QUESTION.)
const PAPERWORK = /^(?:document|plan|discuss|consider|evaluate|research|decide|explain|train|teach|announce|communicate|write (?:up|down|a|an|the|adrs?|rfcs?|docs?|documentation|runbooks?|guides?)|monitor|track|watch|(?:add|write|create|implement|extend|build|set up)(?: (?:an?|the|more|some|new|missing|our))?(?: [\w-]+){0,2} (?:tests?|test cases?|test coverage)(?![\w-]))\b/;
// A nested item that is nothing but a URL path ("/health/ready") under a health-endpoint item.
const URL_PATH = /^\/[\w\-./~%]*$/;
/**
 * A URL path with only remarks about it: a method before it ("GET /ping"), and after it the status it answers ("\u2192 200"),
 * then tick marks (\u2705), tickets ("#123", "SRE-142", "[JIRA OPS-42]"), owners ("@ops"), bracketed remarks ("(owner: @ops)",
 * "(added in 2.3)") or a remark after a dash ("\u2014 SRE-142", "\u2014 returns JSON"). `[1]`: the path.
 * Each part has one way to match (the path ends where its characters do, but before a `->`; a ticket, an owner or a number
 * ends before a letter, a digit or a dash; a remark after a dash runs to the end), so a line that does not match fails in
 * steps linear in its length.
 */
const PATH_WITH_REMARKS = /^(?:(?:get|head)\s+)?(\/(?:[\w./~%]|-(?!>))*)(?![\w./~%]|-(?!>))(?:\s*(?:(?:\u2192|->|=>|:)\s*)?(?:2\d\d|2xx)(?:\s+ok)?(?![\w.]))?((?:\s*(?:\([^()]*\)|\[[^[\]]*\]|\s[\u2014\u2013-]\s[^]*|[\u2014\u2013]\s*[^]*|#\d+(?![\w-])|[a-z][a-z\d]*-\d+(?![\w-])|@[\w-]+(?![\w-])|[\u2705\u2714\u2713\u2611]\uFE0F?|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):))*)\s*$/i;
/**
 * A remark that takes the path back, as its state: it is off, gone, broken or not there yet. The state opens the remark (or
 * a clause of it): "/readyz (disabled)", "/readyz \u2014 not yet", "/readyz \u2014 isn't deployed", "/readyz (no)"; or the path answers
 * an error ("/readyz \u2014 \u274c 404", "\u2014 returns 503"; not a time: "\u2014 timeout 500 ms"). Ordinary remarks keep the path: "(no auth)",
 * "\u2014 not cached", "\u2014 off the main port (8081)", "\u2014 returns 200, not 204".
 */
const PATH_WITHDRAWN = /[\u274c\u2717\u2718\u26d4\ud83d\udeab\ud83d\udea7]|\b(?:404|5\d\d)\b(?!\s*(?:ms|s|sec|secs|seconds?|milliseconds?)\b)|(?:^|[([:,;\u2014\u2013]|\s-\s)\s*(?:disabled|removed|dropped|deprecated|missing|broken|fail(?:s|ing|ed)?|never|no longer|not yet|(?:not|isn't|is not|aren't|are not|doesn't|does not|won't|will not)(?: (?:be|been|yet|currently))* (?:there|live|implemented|available|deployed|working|work|done|ready|exposed|enabled|served|reachable|responding|respond|exist|exists|set up|in use|used|added|built)|planned|todo|to-?do|tbd|wip|pending|coming(?: soon)?|(?:not|no|off|down|none)(?=\s*(?:$|[),.;!\]])))\b|(?:^|[([:,;\u2014\u2013]|\s-\s)\s*(?:\u672a\u5b9f\u88c5|\u672a\u5bfe\u5fdc|\u672a\u5b9f\u65bd|\u672a\u5b8c\u4e86|\u4e88\u5b9a|\u8a08\u753b\u4e2d|\u672a\u5b9e\u73b0|\u672a\u5be6\u73fe|\u672a\u5b8c\u6210|\u8ba1\u5212\u4e2d|\u8a08\u5283\u4e2d|\u5f85\u5b9e\u73b0|\u5f85\u5b9a|\ubbf8\uad6c\ud604|\ubbf8\uc644\ub8cc|\uc608\uc815|\u043d\u0435 (?:\u0440\u0435\u0430\u043b\u0438\u0437\u043e\u0432\u0430\u043d[\u043e\u0430\u044b]?|\u0433\u043e\u0442\u043e\u0432[\u043e\u0430\u044b]?|\u0441\u0434\u0435\u043b\u0430\u043d[\u043e\u0430\u044b]?)|\u043f\u043b\u0430\u043d\u0438\u0440\u0443\u0435\u0442\u0441\u044f|\u0432 \u043f\u043b\u0430\u043d\u0430\u0445|\u043d\u0435 (?:\u0440\u0435\u0430\u043b\u0456\u0437\u043e\u0432\u0430\u043d[\u043e\u0430\u0456]?|\u0437\u0440\u043e\u0431\u043b\u0435\u043d[\u043e\u0430\u0456]?)|\u0437\u0430\u043f\u043b\u0430\u043d\u043e\u0432\u0430\u043d\u043e|\u0437\u0430\u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d[\u043e\u0430\u044b]?)/i;
/**
 * The URL path a nested item names when it is a bare path or a path with only remarks about it (see PATH_WITH_REMARKS:
 * "/healthz (owner: @ops)", "/readyz \u2014 SRE-142", "GET /ping", "/livez \u2705"), as written (case kept); undefined for any
 * other item, and for one whose remarks take the path back or make it no promise ("/readyz (disabled)", "/readyz \u2014 later",
 * "/readyz (staging only)", "/readyz \u2014 \u672a\u5bfe\u5fdc"). A ticket or an owner after a path does not change what is probed.
 */
function pathItem(title) {
    const t = title.trim();
    if (URL_PATH.test(t))
        return t;
    // A path with remarks is a short line: the remarks of a longer one say more than what is probed (and it is not read).
    if (t.length > MATCH_CHARS)
        return undefined;
    const m = PATH_WITH_REMARKS.exec(t);
    if (!m || !m[2].trim() && m[0].trim() === m[1])
        return m?.[1];
    const text = matchText(t);
    if (PATH_WITHDRAWN.test(m[2]) || isNoPromise(text, '', normalised(t)) || isNoPromise(asideAsState(text), '', normalised(t)))
        return undefined;
    return m[1];
}
// A URL in an item stands for its scheme word: its host and path are names, not words of the
// promise ("Enforce MFA for the admin console (https://admin.example.com)" says nothing of HTTPS).
const URL_IN_TEXT = /\b([a-z][a-z\d+.-]*):\/\/[^\s()<>"'`]*/g;
// Typographic apostrophes ("don\u2019t", "Let\u2019s Encrypt"), which NFKC keeps, read as ASCII ones.
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
/** The text phrase rules read: `normaliseTitle`, then apostrophes made ASCII and URLs reduced to their scheme. */
function matchText(text) {
    // Headings and parent items are read again for each item under them: their reading is kept (a bounded, pure cache).
    const hit = MATCH_TEXTS.get(text);
    if (hit !== undefined)
        return hit;
    const out = ruleText(normalised(text));
    if (text.length <= 1_000) {
        if (MATCH_TEXTS.size >= 512)
            MATCH_TEXTS.clear();
        MATCH_TEXTS.set(text, out);
    }
    return out;
}
const MATCH_TEXTS = new Map();
// A promise is a sentence: the phrase rules read at most MATCH_CHARS of it (and of its context),
// which bounds their cost on a pathological 20,000-character item.
const normalised = (text) => (0,title.normaliseTitle)(text.slice(0, MATCH_CHARS * 4));
const ruleText = (norm) => norm.replace(APOSTROPHES, "'").replace(URL_IN_TEXT, urlWords).replace(PATH_QUERY, '$1').slice(0, MATCH_CHARS);
/**
 * A URL's words: its scheme, and the path it names unless it is a reference ("(see https://\u2026/health)"): a promise about
 * a page of the deployment ("https://shop.example.com/.env returns 404", "https://shop.example.com/healthz returns 200")
 * reads as the bare path does ("https /.env returns 404"). The host and the query stay out.
 */
function urlWords(url, scheme, at, text) {
    if (REFERENCE_BEFORE.test(text.slice(Math.max(0, at - 12), at)))
        return scheme;
    const path = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*(\/[^?#]*)/.exec(url)?.[1]?.replace(/[.,;:!]+$/, '');
    return path && path.length > 1 && URL_PATH.test(path) ? `${scheme} ${path}` : scheme;
}
/** Words before a URL that make it a reference to another page: "(see \u2026", "cf. \u2026", "runbook: \u2026", "docs: \u2026". */
const REFERENCE_BEFORE = /(?:\(|\bsee:?|\bcf\.?|\bruns?book:?|\bdocs?:?|\bdashboard:?)\s*$/i;
const MATCH_CHARS = 400;
/**
 * Words only Portuguese has among the languages the rules read (not Spanish, French, German or English): `\u00e3`/`\u00f5`
 * ("homologa\u00e7\u00e3o", "n\u00e3o"), a word ending in "\u00e7o" ("servi\u00e7o"), "cabe\u00e7alho", and "com", "em", "uma", "ao", "pelo",
 * "tamb\u00e9m", "ano", "m\u00eas", "\u00e9", "s\u00e3o", "qualquer", "origem", "continua", "ativado"\u2026 \u2014 as words, not the first label of a dotted name
 * (`com.acme.billing`, a Java package in an English item).
 */
const PORTUGUESE = /[\u00e3\u00f5]|\u00e7os?(?![\w\u00e0-\u00ff])|\u00e7alho|(?<![\w\u00e0-\u00ff.])(?:com|em|uma|uns|umas|ao|aos|pelo|pela|pelos|pelas|tamb\u00e9m|ano|anos|m\u00eas|\u00e9|s\u00e3o|qualquer|quaisquer|origem|origens|(?<!ci\u00f3n )continuam?|ativ[oa]s?|ativad[oa]s?|desativad[oa]s?)(?![\w\u00e0-\u00ff]|[./][\w*])/;
/**
 * In a Portuguese item "no" is "em" + "o", "in the" ("HSTS ativado no Nginx", "No ambiente de homologa\u00e7\u00e3o usamos a tag
 * `:latest`", "max-age de no m\u00ednimo 1 ano"), never the English or Spanish negation (Portuguese says "n\u00e3o", "sem", "nenhum"):
 * the rules read it as "em". An item with no Portuguese word keeps its "no" ("No `:latest` tags", "No usamos HSTS").
 */
function portugueseInThe(text) {
    return PORTUGUESE.test(text) ? text.replace(/(?<![\w\u00e0-\u00ff])no(?![\w\u00e0-\u00ff'-])/g, 'em') : text;
}
// "Ensure", "Verify (that)", "Make sure", "We", "Always" only introduce the promise that follows: the rules
// read the rest, so "Ensure the site is HTTPS-only" reads as "the site is https-only" (a rule anchored at
// the start knows that one) and "We plan to\u2026" as the plan it is. At most three ("We always make sure\u2026").
const PREAMBLE = /^(?:(?:ensure|verify|make sure|confirm)(?: that)?|we|always) (?=\S)/;
function withoutPreamble(text) {
    let t = text;
    for (let i = 0; i < 3 && PREAMBLE.test(t); i++)
        t = t.replace(PREAMBLE, '');
    return t;
}
/**
 * The paths an item states are alternatives ("`/health` or `/api/health` responds with 200", "Either /healthz or
 * /health returns 200", "`/health` / `/healthz` answers"): every word between two stated paths is "or" or a
 * separator (`,` `/` `|`), at least one of them "or", "/" or "|" (or the item says "either"), and none "and".
 */
function alternatives(title) {
    const at = [...title.matchAll(STATED_PATH)].filter((m) => m[1].length > 1);
    if (at.length < 2)
        return false;
    const between = at.slice(1).map((m, i) => title.slice(at[i].index + at[i][0].length, m.index + m[0].indexOf(m[1])));
    if (!between.every((b) => /^[\s`'"),(]*(?:(?:,\s*)?(?:or|\/|\|)|,)?[\s`'"(]*$/i.test(b)))
        return false;
    return /\beither\b/i.test(title) || between.some((b) => /\bor\b|[/|]/i.test(b));
}
/**
 * The URL paths an item names, as written (case kept): `/health` as a word, or the path of a URL it names
 * ("https://app.example.com/healthz returns 200": the probes ask the target's origin), each with its query if it has one
 * ("Response time under 200 ms for `/search?q=shoes`" times that search, not `/search` nor `/`), at most 10.
 */
function statedPaths(title) {
    const stated = [...title.matchAll(STATED_PATH)].map((m) => m[1].replace(/[.,;:]+$/, ''));
    for (const m of title.matchAll(/\bhttps?:\/\/[^\s()<>"'`]+/gi)) {
        // A reference ("(see https://status.example.com/health)", "runbook: https://\u2026") names another page.
        if (REFERENCE_BEFORE.test(title.slice(Math.max(0, m.index - 12), m.index)))
            continue;
        try {
            const url = new URL(m[0].replace(/[.,;:!?]+$/, ''));
            stated.push(decodeURI(url.pathname) + (url.search.length > 1 ? url.search : ''));
        }
        catch { /* not a URL */ }
    }
    return [...new Set(stated.filter((p) => p.length > 1 && URL_PATH.test(p.split('?')[0]) && !p.startsWith('//')))].slice(0, 10);
}
/** Words naming a banner other than X-Powered-By: the Server header, a web server, the ASP.NET or generator headers, banners in general. */
const OTHER_BANNER = /\b(?:server|server_tokens|nginx|apache|iis|banners?|x-aspnet(?:mvc)?-version|x-generator|x-jenkins|all headers|any headers|response headers)\b/;
const DAY = 86_400;
const NUMBER_WORDS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// An amount: digits (thousands separated by commas or not) or a number word ("one year", "a year").
const AMOUNT = `(\\d{1,3}(?:,\\d{3})+|\\d{1,10}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = 'seconds?|secs?|s|days?|weeks?|months?|years?|yrs?';
/**
 * Seconds in a stated amount and unit; digits without a unit are seconds, a number word needs a unit. Twelve
 * months are a year (365 days: "12 months" and "1 year" promise the same max-age), other months 30 days
 * ("6 months" is the hsts probe's own 15552000).
 */
function duration(amount, unit) {
    const n = NUMBER_WORDS[amount] ?? Number(amount.replace(/,/g, ''));
    if (!Number.isSafeInteger(n) || n <= 0 || (!unit && amount in NUMBER_WORDS))
        return undefined;
    const u = unit ?? 's';
    if (/^(?:s|sec)/.test(u))
        return n;
    if (u.startsWith('d'))
        return n * DAY;
    if (u.startsWith('w'))
        return n * 7 * DAY;
    if (u.startsWith('m'))
        return n % 12 === 0 ? (n / 12) * 365 * DAY : n * 30 * DAY;
    return n * 365 * DAY;
}
// Whole days left on a certificate: "at least 60 days", "more than 2 weeks", "expires in more than 45 days", "expiry > 1
// month", "not expiring within 60 days", "does not expire in (or within) the next 45 days", "valid for 2+ weeks" (first that
// matches; "valid for 90 days" is a lifetime, which a 90-day certificate never has left, and so is "90+ days": N+ is a
// minimum of days left only below 90 days, the shortest lifetime of a public certificate that people state).
// The probe passes when the whole days left are \u2265 min-days, that is when more than min-days days are left:
// "more than N" is min-days N as much as "at least N" is.
const CERT_DAYS = [
    new RegExp(`(?:\\b(?:at least|more than|over|longer than|no less than|minimum(?: of)?)|\u2265|>=|>) ?${AMOUNT} ?-?(days?|weeks?|months?)\\b`),
    new RegExp(`(?:\\bnot|\\bnever|n't|\\bwon't) (?:be )?expir\\w* (?:within(?: the (?:next|coming))?|in(?: the (?:next|coming)| less than| under)?) ?${AMOUNT} ?-?(days?|weeks?|months?)\\b`),
    new RegExp(`(?<![\\d.,])(\\d{1,4})\\+ ?-?(days?|weeks?|months?)\\b`),
];
/** An "N+" horizon ("valid for 2+ weeks") is days left below this many days; from there on, a lifetime ("90+ days"). */
const CERT_PLUS_DAYS_BELOW = 90;
// The max-age an HSTS item states (first that matches), kept even below the probe's default: "max-age 300
// for now" is the promise. Django's SECURE_HSTS_SECONDS; "max-age at least 31536000", "max-age \u2265 1 year",
// "max-age of 63072000 seconds", "max-age at least 12 months"; "a one-year max-age"; "HSTS for at least 365 days".
const HSTS_MAX_AGE = [
    new RegExp(`\\bsecure_hsts_seconds ?(?:(?:=|:|\u2265|>=|is|set to|to|of|at least|must be|no less than|minimum) ?){0,4}${AMOUNT}(?: ?-?(${UNIT}))?\\b`),
    // (The ingress-nginx annotation quotes its value: `nginx.ingress.kubernetes.io/hsts-max-age: "31536000"`.)
    new RegExp(`\\bmax-age ?(?:(?:=|:|\u2265|>=|is|of|at least|set to|must be|no less than|minimum|with|temporarily|(?:reduced|lowered|raised|increased|decreased|dropped|bumped|changed) to) ?){0,4}["']?${AMOUNT}(?: ?-?(${UNIT}))?\\b`),
    new RegExp(`\\b${AMOUNT} ?-?(${UNIT}) max-age\\b`),
    new RegExp(`\\bhsts\\b[^;]*?(?:\\b(?:at least|no less than|minimum(?: of)?)|\u2265|>=) ?${AMOUNT} ?-?(${UNIT})\\b`),
];
/**
 * HttpOnly and SameSite as a framework's option or setting names them, with a space, a hyphen, an underscore or nothing
 * between the words: `HttpOnly`, `http-only` (Spring), `http_only` (Laravel), `httponly:` (Rails), `same_site: :lax` (Rails),
 * `sameSite` (Express), `SESSION_COOKIE_SAMESITE` (Django), `cookies_same_site_protection` (Rails).
 */
const COOKIE_HTTPONLY_NAMED = /(?<![a-z\d])(?:[a-z\d]+_)*http[ _-]?only(?![a-z\d])/;
const COOKIE_SAMESITE_NAMED = /(?<![a-z\d])(?:[a-z\d]+_)*same[ _-]?site(?![a-z\d])/;
/** A cookie attribute's name, as cookieAttributes reads them. */
const COOKIE_ATTRIBUTE_NAMED = new RegExp(`\\bsecure\\b|${COOKIE_HTTPONLY_NAMED.source}|${COOKIE_SAMESITE_NAMED.source}`, 'i');
/** A clause that puts its attribute off or refuses it: "Secure later", "no SameSite (legacy SSO)", "Secure not possible on the legacy app". */
const ATTRIBUTE_PUT_OFF = new RegExp(`\\b(?:no|not|never|without)\\b|n't\\b|${phrases/* COOKIE_IMPOSSIBLE */.z7.source}`, 'i');
/**
 * `text` without its clauses after the main one that put an attribute off ("HttpOnly on session cookies; Secure later",
 * "Secure, HttpOnly, no SameSite"): the item does not promise that attribute, so it is not judged.
 */
function withoutAttributesPutOff(text) {
    let out = text;
    for (const [start, end] of laterClauses(text)) {
        const clause = text.slice(start, end).replace(/\([^)]*\)/g, ' ').trim();
        if (COOKIE_ATTRIBUTE_NAMED.test(clause) && (defersClause(clause.toLowerCase()) || ATTRIBUTE_PUT_OFF.test(clause)))
            out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
    }
    return out;
}
/**
 * The cookie attributes an item names (secure, httponly, samesite). "Secure" is the attribute when the item says
 * so ("Secure flag", "marked Secure", a setting's name: `SESSION_COOKIE_SECURE`, Symfony's `cookie_secure`, beside HttpOnly or SameSite) or capitalises it after "is"/"are" ("Session
 * cookies are Secure"); "Session cookie is secure" in lower case may mean safe, which is every attribute.
 */
function cookieAttributes(said, saidTitle) {
    const text = withoutAttributesPutOff(said);
    const title = withoutAttributesPutOff(saidTitle);
    const httponly = COOKIE_HTTPONLY_NAMED.test(text);
    const samesite = COOKIE_SAMESITE_NAMED.test(text);
    const secure = /\bsecure\b[^;]*\b(?:flags?|attributes?)\b|\b(?:marked|flagged|set with|with the|have|has|carry|carries|use|uses|get|gets) (?:the )?secure\b|(?:\b|_)cookie_secure\b|\bsecure ?[:=] ?true\b/.test(text)
        || ((httponly || samesite) && /\bsecure\b/.test(text))
        || /\b(?:are|is|be) (?:always |all )?Secure\b/.test(title);
    return [...(secure ? ['secure'] : []), ...(httponly ? ['httponly'] : []), ...(samesite ? ['samesite'] : [])];
}
/** The default ports of database-port-exposed that an item states as numbers ("does not publish 5432"). */
function databasePortsStated(text) {
    const defaults = new Set(((0,catalogue/* catalogue */.sW)().get('database-port-exposed')?.options.parse({})).ports);
    const ports = [...new Set([...text.matchAll(/(?<![\w.:])(\d{4,5})(?!\w|\.\w)/g)].map((m) => Number(m[1])))].filter((p) => defaults.has(p));
    return ports.length ? { ports } : undefined;
}
/** "X-Frame-Options: DENY or CSP frame-ancestors": the CSP directive is framing protection, not the whole CSP. */
const framing = (t) => t.replace(/\b(?:content[- ]security[- ]policy|csp)(?: header)?(?:'s)?:? ?frame-ancestors\b/g, 'frame-ancestors');
/** The headers `text` leaves out (see HEADER_LEFT_OUT). */
const headersLeftOut = (text) => security_headers/* SECURITY_HEADERS */.ok.filter((h) => HEADER_LEFT_OUT[h].test(framing(text)));
/** `text` without the phrases that leave a header out ("CSP disabled", "no CSP"): what it says of the headers as a whole. */
const withoutHeadersLeftOut = (text) => security_headers/* SECURITY_HEADERS */.ok.reduce((t, h) => t.replace(new RegExp(HEADER_LEFT_OUT[h].source, 'g'), ' '), framing(text)).replace(/\(\s*\)/g, ' ');
/** Words before a header that leave it out: "except CSP", "without CSP", "no CSP", "CSP aside". */
const HEADER_LEFT_OUT_BEFORE = String.raw `(?:except(?: for)?|excluding|apart from|other than|but not|not|no|without|minus|sans|ohne|au(?:${"\u00df"}|ss)er|sauf|excepto|salvo|exceto|kein(?:e|en)?|pas de|sin|sem) (?:the |a |an |any )?`;
/**
 * A state after a header that leaves it out, right after it (a colon, "header", "is", "still", "for now" between): off,
 * disabled, deferred, pending, relaxed ("CSP still off", "CSP pending", "CSP: later", "CSP relaxed for now", "CSP is not yet
 * enforced"). Not a state of something the header names ("CSP without unsafe-inline", "Clickjacking blocked").
 */
const HEADER_LEFT_OUT_AFTER = String.raw `(?: ?:| headers?| is| are| still| currently| temporarily| for now| stays?| remains?| kept| left)* (?:off|disabled|removed|dropped|omitted|skipped|excluded|missing|relaxed|loosened|weakened|pending|later|deferred|postponed|on hold|wip|in progress|to-?do|tbd|n\/a|not (?:yet|set|enabled|configured|in place|sent|enforced)|out of scope|(?:(?:is|are) )?(?:optional|waived))(?![\w-])`;
/**
 * A header's name that modifies another noun ("No CSP nonce needed", "not CSP-report-only"): that thing is refused, not
 * the header.
 */
const HEADER_AS_MODIFIER = String.raw `(?![- ]?(?:report[- ]only|nonces?|hash(?:es)?|directives?|violations?|reports?|reporting|sources?|allow-?lists?|exceptions?|errors?|warnings?)\b)`;
const HEADER_LEFT_OUT = Object.fromEntries(security_headers/* SECURITY_HEADERS */.ok.map((h) => [h, new RegExp(`${HEADER_LEFT_OUT_BEFORE}(?:${security_headers/* HEADER_NAMED */.Yu[h].source})${HEADER_AS_MODIFIER}|(?:${security_headers/* HEADER_NAMED */.Yu[h].source})${HEADER_LEFT_OUT_AFTER}`)]));
/**
 * The headers a security-headers item promises: undefined for all four, else those it names (fewer than all: "X-Content-Type-Options:
 * nosniff", "CSP and X-Frame-Options headers"), none when it leaves out every one it names ("CSP relaxed for now"). "Security
 * headers" as a whole keeps them all, unless the item lists which in brackets or after a colon ("Security headers set
 * (X-Frame-Options, X-Content-Type-Options, CSP)", "Security headers: CSP, nosniff"); examples ("e.g.", "such as", "including",
 * "etc.") keep them all. A header the item says is off, deferred, relaxed or excepted is left out, wherever it stands ("HSTS
 * + security headers (CSP still off)", "X-Frame-Options DENY, X-Content-Type-Options nosniff \u2014 CSP pending", "Security
 * headers except CSP"): the probe does not judge what the team left out.
 */
function judgedHeaders(text) {
    const plain = framing(text);
    const left = headersLeftOut(text);
    let named = security_headers/* SECURITY_HEADERS */.ok;
    if (/\bsecurity headers?\b/.test(text)) {
        const list = /\bsecurity headers?\b[^(:;]*?(?:\(([^)]*)\)|:([^;]*))/.exec(text);
        if (list && !/\b(?:e\.? ?g\b|eg\b|such as|including|incl\b|like|for (?:example|instance)|etc\b|among others|and (?:more|others|so on)|at least|minimum)|\.\.\.|\u2026/.test(text)) {
            const listed = security_headers/* SECURITY_HEADERS */.ok.filter((h) => security_headers/* HEADER_NAMED */.Yu[h].test(framing(list[1] ?? list[2] ?? '')) && !left.includes(h));
            // A list of only what is left out ("Security headers (CSP still off)") leaves the others.
            if (listed.length)
                named = listed;
        }
    }
    else {
        // An item that names no header ("`helmet()` enabled") promises them all.
        const stated = security_headers/* SECURITY_HEADERS */.ok.filter((h) => security_headers/* HEADER_NAMED */.Yu[h].test(plain));
        if (stated.length)
            named = stated;
    }
    const judged = named.filter((h) => !left.includes(h));
    return judged.length < security_headers/* SECURITY_HEADERS */.ok.length ? judged : undefined;
}
/**
 * "for `/`", "of /", "on GET /": the root path named as the page an item times; not the slash of a list of methods ("for
 * GET / POST requests").
 */
const ROOT_TIMED = /(?:^|\s)(?:for|of|on|at)(?: get)? [`'"]?\/[`'"]?(?=$|[\s,;:.!?)])(?! ?(?:get|head|post|put|patch|delete|options)\b)/i;
const PROBE_KINDS = ['readiness', 'liveness'];
/** A waiving word that stands before what it waives ("without readiness", "no readiness probes"). */
const PROBE_REFUSED_BEFORE = /^(?:no|none|nor|without|instead|avoid\w*)$/;
/**
 * A part of a probes item that waives what it names rather than promising it: refused, removed, put off, or said to be done by
 * something else or to have caused trouble ("no readiness probes", "readiness not required", "readiness handled by the mesh",
 * "liveness probes caused restart storms").
 */
const PROBE_WAIVED = /\b(?:no|not|never|none|nor|without|disabled?|removed?|dropped|skip(?:ped)?|instead|unnecessary|optional|avoid\w*|handled|caused|causes|break(?:s)?|broke|later|pending|deferred)\b|n't\b/;
/**
 * The probes a Kubernetes probes item promises, read part by part (split at `;`, `,`, `:`, brackets, a spaced dash): a probe
 * named in a part that does not waive it, less those a part waives; a part that says "only" of one probe promises that one
 * alone ("Readiness probes only (liveness probes caused restart storms)" \u2192 readiness). A part that waives probes without naming
 * which ("(probes disabled for now)") promises none.
 */
function promisedProbes(text) {
    const promised = new Set();
    const waived = new Set();
    let only;
    for (const part of text.split(/[;,:()]|\s[\u2014\u2013-]\s/).slice(0, 20)) {
        const named = PROBE_KINDS.filter((p) => new RegExp(`\\b${p}\\b`).test(part));
        const waiving = PROBE_WAIVED.exec(part);
        if (waiving) {
            if (!named.length && /\bprobes?\b/.test(part))
                return [];
            // A refusal before its noun ("without readiness", "no readiness probes") waives what follows it; what stands before it
            // is promised ("Liveness probes without readiness"). A state after it ("readiness not required") waives the part's probes.
            const before = PROBE_REFUSED_BEFORE.test(waiving[0]) ? part.slice(0, waiving.index) : '';
            for (const p of named)
                (new RegExp(`\\b${p}\\b`).test(before) ? promised : waived).add(p);
            continue;
        }
        if (named.length === 1 && /\bonly\b/.test(part))
            only ??= named[0];
        for (const p of named)
            promised.add(p);
    }
    if (only)
        return waived.has(only) ? [] : [only];
    return [...promised].filter((p) => !waived.has(p));
}
/**
 * Numbers an item states that a check takes as options: without them the check would verify a
 * different promise ("valid for at least 60 days" is not the probe's default of 30).
 */
/** A JSON member value that says a service is healthy (a health body's promise): `ok`, `up`, `healthy`, `pass`, `UP`. */
const HEALTHY_WORD = /^(?:ok|okay|up|healthy|pass(?:ed|ing)?|green|alive|ready|available|running|success(?:ful)?|good|serving)$/i;
const OPTION_READERS = {
    // "`/health` returns 200", "GET /api/healthz responds": the paths the item names, as written (case kept).
    // "\u2026 returns 200, not 301", "\u2026 (no redirect)", "\u2026 without a redirect", "does not redirect", "never redirects", "(not a 3xx)":
    // the path must answer 2xx itself (follow-redirects: false), as a load balancer's health check requires; not a redirect
    // the item names to be followed ("redirects to /health/ and returns 200").
    [HEALTH]: (text, title) => {
        const paths = statedPaths(title);
        const direct = /(?:\b(?:no|not|never|without)|n't)(?: (?:be|get|getting|being|an?|any))* (?:30[1278]|3xx|redirect(?:s|ed|ing|ion|ions)?)\b(?![ -](?:loops?|chains?|cycles?|to|back|elsewhere|away|off-site|offsite|across)\b)/.test(text) ? { 'follow-redirects': false } : {};
        // "\u2026 returns 200 with `{"status": "ok"}`": the JSON body promised (the first JSON object written, not one refused: "never
        // `{"status":"down"}`"), which the probe compares member by member.
        for (const m of title.matchAll(/\{[^{}]*(?:\{[^{}]*\}[^{}]*){0,5}\}/g)) {
            if (/(?:\b(?:not|never|no|without|nor)|n't)(?: [\w-]+){0,2} ?[:(]? ?$/i.test(title.slice(0, m.index)))
                continue;
            // An illustration ("e.g. `{\u2026}`", "for example", "such as", "like"): a sample response, no promise of its every member.
            if (/\b(?:e\.\s?g\.?|for example|for instance|such as|like|sample|example)[\s:,(`'"]*$/i.test(title.slice(0, m.index)))
                continue;
            let body;
            try {
                body = JSON.parse(m[0]);
            }
            catch {
                continue;
            }
            if (!body || typeof body !== 'object' || Array.isArray(body) || !Object.keys(body).length || m[0].length > 1000)
                continue;
            // Only the members that say the service is healthy (`"status": "ok"`, `"healthy": true`) are promised: a version, an
            // uptime or a timestamp written beside them changes with every release (review S2).
            const health = Object.entries(body).filter(([, v]) => typeof v === 'boolean' || (typeof v === 'string' && HEALTHY_WORD.test(v)));
            if (!health.length)
                continue;
            // One of several bodies (`{"status":"ok"}` or `{"status":"degraded"}`): no one of them is promised (sweep R2).
            if (/^[`'"]?\s*(?:or|\/|\|)\s*[`'"]?\s*\{/i.test(title.slice(m.index + m[0].length)) || /\}\s*[`'"]?\s*(?:or|\/|\|)\s*[`'"]?\s*$/i.test(title.slice(0, m.index)))
                break;
            direct.body = health.length === Object.keys(body).length ? m[0] : JSON.stringify(Object.fromEntries(health));
            break;
        }
        if (!paths.length)
            return Object.keys(direct).length ? direct : undefined;
        return paths.length > 1 && alternatives(title) ? { paths, require: 'any', ...direct } : { paths, ...direct };
    },
    // "`.env.local` files are in `.gitignore`", "`.env` and `.env.production` are git-ignored": the env files the item
    // names, when it names another than `.env` (bare `.env` keeps the default, which also tests templates' real names).
    // A glob (`.env*`, `.env.*.local`) names no file the check can test: the plain names beside it are taken.
    'env-file-not-ignored': (_text, title) => {
        const named = [...title.matchAll(ENV_FILE_NAMED)].map((m) => m[1]).filter((n) => !(0,classify/* isTemplate */.Fl)(n));
        const names = [...new Set(named)];
        return names.some((n) => n !== '.env') ? { names: names.slice(0, 20) } : undefined;
    },
    certificate: (text) => {
        let m = null;
        let plus = false;
        for (const [i, re] of CERT_DAYS.entries())
            if ((m = re.exec(text))) {
                plus = i === CERT_DAYS.length - 1;
                break;
            }
        const seconds = m ? duration(m[1], m[2]) : undefined;
        if (!seconds || (plus && seconds >= CERT_PLUS_DAYS_BELOW * DAY))
            return undefined;
        return { 'min-days': Math.round(seconds / DAY) };
    },
    // "max-age \u2265 1 year", "includeSubDomains", "preload" (a policy the preload list accepts: it implies includeSubDomains).
    hsts: (text) => {
        let m = null;
        for (const re of HSTS_MAX_AGE)
            if ((m = re.exec(text)))
                break;
        const seconds = m ? duration(m[1], m[2]) : undefined;
        const out = {
            ...(seconds ? { 'min-max-age': seconds } : {}),
            // Django's `SECURE_HSTS_INCLUDE_SUBDOMAINS`/`SECURE_HSTS_PRELOAD` name them after an underscore.
            // Not the ingress-nginx annotation set false (`hsts-include-subdomains: "false"`), nor subdomains put off ("enabling after
            // we verify all subdomains", "subdomains later").
            ...(/(?:\b|_)include_?subdomains\b|(?<!\b(?:after|once|until|till|before|when|pending|not yet)\b[^;,():\u2014\u2013]*)\bsubdomains?\b(?! ?[:=] ?["']?(?:false|no|off)\b)(?![^;,()]*\b(?:later|next|pending|not yet|eventually|tbd)\b)/.test(text) ? { 'include-subdomains': true } : {}),
            // Not a refused or deferred preload ("no preload yet", "HSTS sans preload", "ohne Preload", "preload pending").
            ...(/(?<!\b(?:no|not|without|nor|sans|pas de|ohne|kein|keine|sin|sem) (?:the |hsts |de |la |le )?)(?:\b|_)preload(?![^;]*\b(?:later|next|evaluated|considered|tbd|to come|eventually|yet|pending|blocked|deferred|postponed|on hold|wip)\b)/.test(text) ? { preload: true } : {}),
        };
        return Object.keys(out).length ? out : undefined;
    },
    // "Redis is not exposed to the internet", "Postgres port 5432 is not published": the products the item names.
    // An item that names no product but a database's port ("The `db` service does not publish 5432"): that port.
    'database-port-exposed': (text) => (0,database_port_exposed/* databaseOptionsNamed */.rm)(text) ?? databasePortsStated(text),
    // "Readiness probes configured": the probe the item names, when it names one only (the check wants both by default), or
    // promises one only and waives the other ("Readiness probes only (liveness probes caused restart storms)", "Liveness probes
    // only \u2014 readiness handled by the mesh"; see promisedProbes).
    'k8s-probes': (text) => {
        const promised = promisedProbes(text);
        if (promised.length === 1)
            return { probes: promised };
        const readiness = /\breadiness\b/.test(text);
        const liveness = /\bliveness\b/.test(text);
        return readiness !== liveness ? { probes: [readiness ? 'readiness' : 'liveness'] } : undefined;
    },
    // "Session cookies are HttpOnly", "Secure and HttpOnly flags on cookies": the attributes the item names, when
    // it names fewer than the three the probe judges. "Secure cookies" alone is the whole promise.
    'cookie-security': (text, title) => {
        const named = cookieAttributes(text, title);
        return named.length && named.length < 3 ? { attributes: named } : undefined;
    },
    // "`CSRF_COOKIE_SECURE = True`": the Django/Flask settings the item names, as cookies and attributes (fewer than all
    // of them), so an item about one setting is not failed by another setting's finding. Without settings, the
    // attribute the item names as the probe reads it ("Session cookies are HttpOnly" \u2192 flags [httponly]).
    'cookie-flags': (text, title) => {
        const named = [...text.matchAll(/\b(?:flask_|django_)?(session|csrf|remember)_cookie_(secure|httponly)\b/g)];
        if (!named.length) {
            const flags = cookieAttributes(text, title).filter((a) => a !== 'samesite');
            return flags.length === 1 ? { flags } : undefined;
        }
        const cookies = [...new Set(named.map((m) => m[1]))];
        const flags = [...new Set(named.map((m) => m[2]))];
        const o = { ...(cookies.length < 3 ? { cookies } : {}), ...(flags.length < 2 ? { flags } : {}) };
        return Object.keys(o).length ? o : undefined;
    },
    // "X-Content-Type-Options: nosniff", "CSP and X-Frame-Options headers": the headers named, when fewer than all four.
    // "Security headers" as a whole keeps them all, unless the item lists which in brackets or after a colon ("Security
    // headers set (X-Frame-Options, X-Content-Type-Options, CSP)", "Security headers: CSP, nosniff"); examples ("e.g.",
    // "such as", "including", "etc.") keep them all.
    'security-headers': (text) => {
        const headers = judgedHeaders(text);
        return headers?.length ? { headers } : undefined;
    },
    // "`X-Powered-By` header removed", "Express `app.disable('x-powered-by')`": the header must not be sent at all (the probe
    // passes `X-Powered-By: Express` by default, which such an item rules out).
    // An item about X-Powered-By alone reads that header only (`headers`), as a security-headers item naming one header does:
    // the `Server` banner's version is another item's finding.
    // PHP's `expose_php = Off` is about X-Powered-By alone too (PHP names its version there, nowhere else).
    'server-version-leak': (text) => {
        const onlyPoweredBy = /\bx-powered-by\b|\bexpose_php\b/.test(text) && !OTHER_BANNER.test(text);
        if (server_version_leak/* X_POWERED_BY_ABSENT */.cJ.test(text) && !server_version_leak/* X_POWERED_BY_VERSION_ONLY */.mr.test(text))
            return { absent: ['x-powered-by'], ...(onlyPoweredBy ? { headers: ['x-powered-by'] } : {}) };
        return onlyPoweredBy ? { headers: ['x-powered-by'] } : undefined;
    },
    // "Response time under 300 ms for `/api/orders`": the bound, and the path it is promised for (as health items'
    // paths are; timing `/` instead would pass a slow endpoint). An item naming several paths stays manual (the rule's
    // `unless`): the probe times one.
    'response-time': (text, title) => {
        const m = /(?:under|below|less than|within|<|\u2264) ?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?(ms|milliseconds?|s|secs?|seconds?)\b/.exec(text);
        const ms = m ? Number(m[1].replace(/,/g, '')) * (m[2].startsWith('m') ? 1 : 1000) : 0;
        // The root named as the page timed ("Median response time for `/` stays under 300 ms") is a path too, as "/api/orders" is.
        // The root named beside another path is one of two pages ("at / and /api/orders"): no single page is timed.
        const paths = statedPaths(title);
        if (ROOT_TIMED.test(title))
            paths.push('/');
        const o = { ...(ms > 0 ? { 'max-ms': ms } : {}), ...(paths.length === 1 ? { path: paths[0] } : {}) };
        return Object.keys(o).length ? o : undefined;
    },
};
/**
 * Opting out of a check: an item that states the check's safeguard (its `safeguard`, see CheckDef) absent \u2014 negated
 * ("No liveness probes", "We don't pin image tags", "We don't expose a health endpoint", "Remove the HSTS header",
 * "Deployments run without readiness probes"; at most three filler words between: articles, a verb such as set, define,
 * send, expose, a word such as HTTPS or container) or switched off ("`SESSION_COOKIE_SECURE` is False", "`runAsNonRoot:
 * false`", "readiness probes disabled on the batch jobs", "probes not configured for the cron job") \u2014 or that grants the
 * risk it guards against (its `waiver`: "CORS allows all origins") declares an exception, not a promise. A negation
 * before it in its clause makes a double negative, which is a promise ("No Deployment without readiness probes", "Never
 * remove the HSTS header", "HSTS is never disabled", "CORS doesn't allow all origins"), and so does a refusal after it
 * ("Containers without memory limits are rejected by the admission controller").
 */
/**
 * The same in German, French, Spanish and Portuguese ("Kein HSTS", "HSTS ohne \u2026", "Pas de HSTS", "Sans CSP", "Sin HSTS",
 * "Sem HSTS", "N\u00e3o usamos HSTS"). Spanish "no" is the English word.
 */
const NEGATOR_TRANSLATED = String.raw `kein(?:e|en|em|er|es)?|nicht|nie(?:mals)?|ohne|pas(?: de| d')?|sans|jamais|aucune?|sin|nunca|jam${"\u00e1"}s|ning${"\u00fa"}n|ninguna|sem|n${"\u00e3"}o|nao|nenhum(?:a)?|(?:deaktivier|entfern)(?:e|en|t)|d${"\u00e9"}sactiv(?:e|er|ez|${"\u00e9"}|${"\u00e9"}e)|supprim(?:e|er|ez|${"\u00e9"}|${"\u00e9"}e)|desactiv(?:a|ar|ado|ada)|quit(?:a|ar|ado|ada)|desativ(?:a|ar|ado|ada)|remov(?:a|er|ido|ida)`;
/**
 * The same in Dutch ("Geen HSTS", "zonder HSTS"), Polish ("Bez HSTS na razie", "Brak CSP"), and ABROAD's `negator` words:
 * Russian and Ukrainian ("\u0411\u0435\u0437 HSTS", "\u043d\u0435\u0442 HSTS", "\u041e\u0442\u043a\u043b\u044e\u0447\u0438\u0442\u044c HSTS", "\u0412\u0438\u043c\u043a\u043d\u0443\u0442\u0438 HSTS") and Chinese ("\u4e0d\u542f\u7528 HSTS", "\u6ca1\u6709 HSTS", "\u7981\u7528 HSTS").
 */
const NEGATOR_OTHER_SCRIPTS = String.raw `\b(?:geen|zonder|bez|brak)\b|${abroad('negator')}`;
const NEGATOR = String.raw `(?:${NEGATOR_OTHER_SCRIPTS}|\b(?:no|not|never|nor|without|don't|do not|doesn't|does not|didn't|did not|won't|will not|isn't|aren't|can't|cannot|skip(?:s|ped|ping)?|disabl(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|drop(?:s|ped|ping)?|omit(?:s|ted|ting)?|(?:turn|switch)(?:s|es|ed|ing)? off|opt(?:s|ed)? out of|exempt(?:ed)? from|${NEGATOR_TRANSLATED}))`;
// Filler words between the negation and the safeguard ("We don't expose a health endpoint", "No HTTP \u2192 HTTPS redirect").
const FILLER = String.raw `(?:a|an|the|any|our|its|their|this|that|these|those|it|them|to|be|been|have|has|had|need|needs|want|use|using|set|setting|add|adding|define|defining|declare|declaring|configure|configuring|send|sending|expose|exposing|enable|enabling|run|running|enforce|enforcing|apply|applying|provide|providing|serve|serving|ship|shipping|require|requiring|bother|do|really|currently|explicit|explicitly|separate|custom|extra|https?(?: ?(?:to|${"\u2192"}|->|=>) ?https)?|plain|cors|images?|containers?|pods?|docker|kubernetes|k8s|der|die|das|den|dem|ein|eine|einen|le|la|les|un|une|du|el|los|las|una|o|os|um|uma|hay|h${"\u00e1"}|tem|temos|tenemos|gibt es|es gibt|il y a|y a|usamos|verwenden|nutzen|utilisons)`;
const NEGATION = /\b(?:no|not|never|nor|without|nothing|none|cannot|forbid\w*|prohibit\w*|ban(?:s|ned)?|avoid\w*|prevent\w*|refus\w*|reject\w*|block\w*|fail\w*|kein(?:e|en|em|er|es)?|nicht|nie(?:mals)?|ohne|verboten|jamais|sans|aucune?|interdit\w*|nunca|sin|ningun[oa]?|prohibid[oa]s?|sem|nenhum[a]?|proibid[oa]s?)\b|n't\b|\b(?:jam\u00e1s|ning\u00fan|n\u00e3o|nao)(?![\w\u00e0-\u00ff])|\b(?:nooit|niet|geen|zonder)\b|(?<![\w\u0430-\u044f\u0451\u0456\u0457\u0454\u0491])(?:\u043d\u0435|\u043d\u0435\u0442|\u0431\u0435\u0437|\u043d\u0438\u043a\u043e\u0433\u0434\u0430|\u043d\u0456\u043a\u043e\u043b\u0438)(?![\w\u0430-\u044f\u0451\u0456\u0457\u0454\u0491])|\u4e0d|\u6ca1\u6709|\u6c92\u6709/;
/**
 * The state written after a label ("Health endpoint: disabled on the worker", "**HTTPS redirect:** disabled (TLS
 * terminates at the proxy)", "Readiness probes \u2014 disabled on the batch jobs", "CSP: n/a"): a colon or a dash, then a
 * state that takes no object ("Security headers: X-Powered-By removed" promises the headers; "removed"/"dropped" after
 * the label are left out: "HSTS: removed `max-age=0`" is no opt-out of HSTS).
 */
const LABEL_STATE = String.raw ` ?(?::| [${"\u2014\u2013"}-]) ?(?:disabled|off|none|n\/a|not applicable|not (?:set|configured|enabled|used|in place|required|needed|implemented)|skipped|waived|omitted|unset|absent|missing|turned off|switched off|deactivated)(?![\w/-])`;
// A word between the safeguard and its state: no negation ("HSTS is never disabled"), no other topic ("\u2026 and debug off").
const STATE_GAP = String.raw `(?: (?!(?:no|not|never|nor|none|without|nothing|cannot|and|or|but|while|where|which|except|nicht|nie|niemals|kein\w*|und|oder|aber|jamais|pas|et|ou|mais|nunca|jam${"\u00e1"}s|y|pero|n${"\u00e3"}o|nao|e|mas|nooit|niet|geen|maar|${"\u043d\u0435"}|${"\u043d\u0435\u0442"}|${"\u043d\u0438"}|${"\u043d\u0438\u043a\u043e\u0433\u0434\u0430"}|${"\u0438"}|${"\u0438\u043b\u0438"}|${"\u043d\u043e"}|${"\u0430"}|${"\u043d\u0456"}|${"\u043d\u0456\u043a\u043e\u043b\u0438"}|${"\u0430\u0431\u043e"}|${"\u0442\u0430"}|${"\u0456"})(?![\w${"\u00e0"}-${"\u00ff\u0430"}-${"\u044f\u0451\u0456\u0457\u0454\u0491"}])|[\w'-]*n't\b)[\w${"\u00e0"}-${"\u00ff\u0430"}-${"\u044f\u0451\u0456\u0457\u0454\u0491"}./'-]+){0,4}?`;
/**
 * Switched off in German, French, Spanish and Portuguese: "HSTS ist deaktiviert", "CSP ist noch nicht aktiv", "CSP
 * d\u00e9sactiv\u00e9e", "HSTS n'est pas activ\u00e9", "HSTS desactivado", "Cabe\u00e7alho HSTS removido"; the negation after the safeguard
 * too ("Healthcheck non d\u00e9fini dans le Dockerfile", "CSP non configur\u00e9e", "HEALTHCHECK im Dockerfile nicht definiert",
 * "Healthcheck no definido", "Healthcheck n\u00e3o definido", Italian "HSTS non abilitato", Polish "HSTS wy\u0142\u0105czony na razie", "CSP
 * tymczasowo wy\u0142\u0105czona", "HSTS nie jest w\u0142\u0105czony").
 */
const OFF_TRANSLATED = String.raw `(?:deaktiviert|ausgeschaltet|abgeschaltet|entfernt|auskommentiert|nicht (?:aktiv|aktiviert|eingeschaltet|gesetzt|gesendet|konfiguriert|eingerichtet|vorhanden|gepinnt|definiert|deklariert|festgelegt|hinterlegt|verwendet|genutzt|umgesetzt)|(?:d${"\u00e9"}sactiv${"\u00e9"}|supprim${"\u00e9"}|retir${"\u00e9"}|inactif|inactive)(?:e|s|es)?|(?:pas|non) (?:activ${"\u00e9"}e?s?|actifs?|active|configur${"\u00e9"}e?s?|d${"\u00e9"}finie?s?|d${"\u00e9"}clar${"\u00e9"}e?s?|envoy${"\u00e9"}e?s?|utilis${"\u00e9"}e?s?|mise?s? en place|impl${"\u00e9"}ment${"\u00e9"}e?s?|appliqu${"\u00e9"}e?s?|${"\u00e9"}pingl${"\u00e9"}e?s?|fix${"\u00e9"}e?s?)|(?:desactivad|deshabilitad|eliminad|quitad|inactiv|desativad|desabilitad|removid|desligad|inativ)[oa]s?|no (?:est${"\u00e1"} |est${"\u00e1"}n )?(?:activad|habilitad|configurad|activ|definid|declarad|establecid|usad|utilizad|implementad|aplicad|fijad)[oa]s?|(?:n${"\u00e3"}o|nao) (?:est${"\u00e1"} |est${"\u00e3"}o )?(?:ativad|habilitad|configurad|ativ|definid|declarad|usad|utilizad|implementad|aplicad|fixad)[oa]s?|non (?:${"\u00e8"} |sono )?(?:abilitat|attivat|configurat|definit|impostat|dichiarat|usat|utilizzat|applicat)[oaie]|(?:disabilitat|disattivat)[oaie]|uitgeschakeld|verwijderd|niet (?:ingeschakeld|actief|geconfigureerd|ingesteld|gebruikt|gedefinieerd)|wy${"\u0142\u0105"}czon[yaeo]|nie (?:jest |s${"\u0105"} )?(?:w${"\u0142\u0105"}czon|skonfigurowan|ustawion|u${"\u017c"}ywan|wdro${"\u017c"}on)[yaeo])`;
/**
 * Switched off in Russian, Ukrainian, Japanese, Chinese and Korean (ABROAD's `off` words), written after the safeguard with or
 * without a space or particle: "HSTS \u043e\u0442\u043a\u043b\u044e\u0447\u0451\u043d", "HSTS \u043d\u0435 \u043d\u0430\u0441\u0442\u0440\u0430\u0438\u0432\u0430\u0435\u043c", "HSTS \u043d\u0435 \u0443\u0432\u0456\u043c\u043a\u043d\u0435\u043d\u043e", "HSTS \u306f\u7121\u52b9", "HSTS \u306f\u8a2d\u5b9a\u3057\u306a\u3044",
 * "HSTS \u672a\u8a2d\u5b9a", "HSTS \u5df2\u7981\u7528", "HSTS \u65e0\u9700\u914d\u7f6e", "HSTS \ubbf8\uc801\uc6a9"; "for now", "temporarily", "still" before the state too ("CSP \u306f\u4e00\u65e6\u7121\u52b9\u5316",
 * "HSTS \u306f\u5f53\u9762\u7121\u52b9", "HSTS \u306f\u307e\u3060\u7121\u52b9").
 */
const OFF_CJK = String.raw ` ?(?:${"\u306f"}|${"\u304c"}|${"\u3092"}|${"\u3082"}|${"\uc740"}|${"\ub294"}|${"\uc774"}|${"\uac00"}|${"\uc744"}|${"\ub97c"}|${"\uc5d0"})? ?(?:${abroad('off')})`;
const OFF = String.raw ` ?(?:(?:(?:is|are|was|were|be|stays?|remains?|kept|left|set to)\b|[=:]) ?["']?(?:false|off|none|no(?= ?(?:$|[,.;()])))\b|(?: (?:is|are|was|were|stays?|remains?|kept|left|been))? (?:disabled|removed|omitted|skipped|dropped|unset|absent|missing|turned off|switched off|commented out|not (?:set|defined|declared|configured|used|enabled|added|sent|present|applied|enforced|pinned|required|in place))\b|(?: (?:ist|sind|bleibt|bleiben|wird|werden|wurde|est|sont|reste|restent|es|son|est${"\u00e1"}|est${"\u00e1"}n|queda|${"\u00e9"}|s${"\u00e3"}o|fica|ficam))? ${OFF_TRANSLATED}(?![\w${"\u00e0"}-${"\u00ff"}])|${OFF_CJK}|${LABEL_STATE})`;
// What follows an opt-out and refuses or undoes it: "Containers without memory limits are rejected", "`CORS_ALLOW_ALL_ORIGINS
// = True` removed from settings".
const REFUSED_AFTER = /\b(?:reject\w*|block\w*|refus\w*|den(?:y|ied|ies)|fail\w*|forbidden|banned|prohibited|disallowed|not (?:allowed|permitted|deployed|merged|accepted|admitted)|never (?:deployed|merged|shipped|allowed)|remov(?:ed|ing)|delet(?:ed|ing)|dropped|disabled|reverted|turned off|switched off|commented out|abgelehnt|blockiert|verboten|refus\u00e9e?s?|rejet\u00e9e?s?|bloqu\u00e9e?s?|interdite?s?|rechazad[oa]s?|bloquead[oa]s?|prohibid[oa]s?|recusad[oa]s?|proibid[oa]s?)(?![\w\u00e0-\u00ff])/;
const CLAUSE_END = /;|,|\s[\u2014\u2013-]\s|\(|\)/g;
let optOutTable = null;
function optOutRules() {
    if (optOutTable)
        return optOutTable;
    optOutTable = new Map();
    for (const [id, def] of (0,catalogue/* catalogue */.sW)()) {
        const list = [];
        if (def.safeguard) {
            const s = def.safeguard.source;
            list.push(new RegExp(`${NEGATOR}(?: ${FILLER}){0,3} (?:${s})`, 'g'), new RegExp(`(?:${s})${STATE_GAP}${OFF}`, 'g'));
        }
        if (def.waiver)
            list.push(new RegExp(def.waiver.source, 'g'));
        if (list.length)
            optOutTable.set(id, list);
    }
    return optOutTable;
}
/**
 * Where `text` opts out of check `id` (its `safeguard` or `waiver`, read as the comment on NEGATOR says): 'main' when
 * in its main clause (before `;`, `(`, `,`, a dash), 'aside' elsewhere, undefined when nowhere.
 */
function optOutOf(text, id, asideAt) {
    let found;
    const mainEnd = mainClause(text).length;
    for (const re of optOutRules().get(id) ?? []) {
        for (const m of text.matchAll(re)) {
            if (asideAt !== undefined && m.index + m[0].length > asideAt) {
                // Read past a bare topic into its aside (see asideAsState): only the aside's own words opt out ("Security headers
                // (X-Powered-By removed)" removes a header, "Non-root containers (curl removed)" a tool, which is the aside's
                // remark), unless the aside is the topic's state alone ("HSTS (disabled)", "Healthcheck (removed)").
                if (m.index >= asideAt) {
                    found = 'aside';
                    continue;
                }
                if (!ASIDE_OWN_STATE.test(text.slice(asideAt - 1))) {
                    // The skipped match may have swallowed the aside's own opt-out ("HSTS (HSTS header removed)", "Liveness probes
                    // (probes dropped)"): one that starts the aside, the topic itself switched off, opts out; one qualified by
                    // another word does not ("Liveness probes (exec probe removed)", "Resource limits (old limits removed)").
                    if (asideOptsOut(text, re, asideAt))
                        found = 'aside';
                    continue;
                }
            }
            let start = 0;
            let end = text.length;
            for (const b of text.matchAll(CLAUSE_END)) {
                if (b.index < m.index)
                    start = b.index + b[0].length;
                else if (b.index >= m.index + m[0].length) {
                    end = b.index;
                    break;
                }
            }
            if (NEGATION.test(text.slice(start, m.index)) || REFUSED_AFTER.test(text.slice(m.index + m[0].length, end)))
                continue;
            if (m.index < mainEnd)
                return 'main';
            found = 'aside';
        }
    }
    return found;
}
/**
 * A state that switches a safeguard off, all its words: "off", "(\u274c off)", "currently off", "disabled for now", "not enabled".
 * Only for a topic that names the check's safeguard ("HSTS", "Security headers", "HTTPS redirect"): "off" is the promise
 * of a risk ("Debug mode (off)", "TLS 1.0 (off)", "Directory listing: off").
 */
const SWITCHED_OFF = /^[^\p{L}\p{N}]*(?:(?:is|are|currently|still|now|temporarily|for now) )*(?:off|disabled|not enabled|not set|switched off|turned off)(?![\p{L}\p{N}_-])/u;
/** Whether `state` (an aside or a nested item) switches off the safeguard of check `id` that `topic` names. */
function switchedOffBy(topic, state, id) {
    const safeguard = (0,catalogue/* catalogue */.sW)().get(id)?.safeguard;
    return !!safeguard && safeguard.test(topic) && SWITCHED_OFF.test(state);
}
/**
 * Whether `re` (an opt-out rule) matches at the start of the aside at `asideAt`, after at most an article and the place
 * ("the", "Dockerfile HEALTHCHECK removed").
 */
function asideOptsOut(text, re, asideAt) {
    const sticky = new RegExp(re.source, 'y');
    sticky.lastIndex = asideAt + (ASIDE_ARTICLE.exec(text.slice(asideAt))?.[0].length ?? 0);
    const m = sticky.exec(text);
    if (!m)
        return false;
    const end = text.slice(m.index + m[0].length).search(CLAUSE_END);
    return !REFUSED_AFTER.test(text.slice(m.index + m[0].length, end < 0 ? undefined : m.index + m[0].length + end));
}
const ASIDE_ARTICLE = /^(?:(?:the|our|its|their|all(?: (?:the|our))?) )?(?:(?:dockerfile|docker|kubernetes|k8s)(?:'s)? )?/;
/**
 * An aside that is only the state of the topic before it: after words such as "is", "currently" or "still", a state
 * that switches it off ("(disabled)", "(removed)", "(not enabled, see SEC-88)", "(currently turned off)").
 */
const ASIDE_OWN_STATE = new RegExp(String.raw `^(?: (?:is|are|was|were|been|has|have|it's|it is|they're|they are|currently|still|now|temporarily|for now|intentionally|deliberately|explicitly|fully|completely|entirely|globally|already|also|always|everywhere))*${OFF}`);
// Items already judged: binding twice must not undo an explicit `manual`.
const settled = new WeakSet();
let table = null;
function rules() {
    if (table)
        return table;
    const byId = new Map();
    for (const [id, def] of (0,catalogue/* catalogue */.sW)())
        if (def.match?.length)
            byId.set(id, def.match);
    return (table = [...byId].sort(([a], [b]) => a.localeCompare(b)));
}
/**
 * Matches one item text against every check's phrase rules. A rule matches when its `pattern`
 * finds the lower-cased, markup-free item text (URLs reduced to their scheme: "https://a.example/x"
 * reads "https"; typographic apostrophes made ASCII), its `context` (if any) finds the heading path or
 * the parent item's text, its `unless` (if any) does not find the item text, and its `nearUnless` (if any)
 * finds neither the nearest heading nor the parent item. The item binds
 * to every check with a matching rule; `matchedBy` quotes the words that matched, per check.
 * A leading "Ensure", "Verify that", "Make sure", "We" or "Always" is read past: the rules see the promise
 * after it. Items that start with a paperwork verb ("Document the HSTS policy", "Plan\u2026") never bind.
 */
function matchItem(written, context) {
    // A status is read however it is spelled ("\u2014 \u23f3 pending", "[WIP]", "-- pending" as "\u2014 pending", "(WIP)"): see statusSpelled.
    const item = statusSpelled(written);
    const raw = normalised(item);
    // Read in English once, when first asked (by matchAsWritten for the vetoes of a terse item under a topic, or below).
    let read;
    // A Portuguese item's "no" is "in the" there too ("Qualquer origem permitida no CORS" grants any origin in CORS).
    const inEnglishOnce = () => (read ??= { english: inEnglish(raw, PORTUGUESE.test(raw)) }).english;
    const m = matchAsWritten(item, context, raw, inEnglishOnce);
    if (m.checks.length)
        return m;
    // Preflight's own wording for a check (a shipped preset's item title, or the check's catalogue title), copied as the item:
    // written for that check, it binds it whatever the heading, unless a veto stopped the item ("\u2014 deferred", a question).
    const own = stopped.has(m) ? undefined : ownTitles().get(ownTitleKey(raw));
    if (own)
        return { checks: [own.check], matchedBy: `Preflight's own title for ${own.check} (${own.from})` };
    // `HEALTHCHECK` in capitals, as the Dockerfile spells its instruction ("HEALTHCHECK configured"), is the Dockerfile's: read
    // so when the item binds nothing as written (every veto applying; an all-capitals title says nothing by its case).
    // Not another system's health check named so ("Load balancer HEALTHCHECK configured", "Consul HEALTHCHECK").
    if (DOCKERFILE_INSTRUCTION.test(item) && /[a-z]/.test(item) && !OTHER_HEALTH_CHECKER.test(raw)) {
        const inDockerfile = matchAsWritten(item.replace(DOCKERFILE_INSTRUCTION, 'HEALTHCHECK in the Dockerfile'), context);
        if (inDockerfile.checks.length)
            return { ...inDockerfile, matchedBy: `${inDockerfile.matchedBy} (HEALTHCHECK read as the Dockerfile instruction)` };
    }
    // A German, French, Spanish or Portuguese item that binds nothing as written is read in English (see inEnglish), every
    // English rule and veto applying; one the vetoes stopped as written (a deferral, a question) is not read again.
    const english = stopped.has(m) ? undefined : inEnglishOnce();
    // The reading is word for word: a deferral, a negation of it or knowledge anywhere in it keeps the item manual.
    if (!english || READ_IN_ENGLISH_UNLESS.test(english))
        return m;
    // Its heading and parent item are read in English too ("Pol\u00edtica de reinicio configurada" under "## Contenedores" is
    // under a containers heading, as under "## Containers").
    const inEn = matchAsWritten(english, contextInEnglish(context));
    return inEn.checks.length && inEn.checks.every((id) => READ_IN_ENGLISH.has(id)) ? { ...inEn, matchedBy: `${inEn.matchedBy} (read in English: "${english}")` } : m;
}
/**
 * `context` with its headings and parent item read in English where they are German, French, Spanish or Portuguese; one
 * that already says its items are no promise ("N\u00e3o bloqueante", "Nicht blockierend") is kept as written, which says so.
 */
function contextInEnglish(context) {
    const en = (t) => (NOT_A_PROMISE_CONTEXT.test(matchText(t)) ? t : inEnglish(normalised(t), PORTUGUESE.test(normalised(t))) ?? t);
    return { headings: context.headings.map(en), parent: context.parent === undefined ? undefined : en(context.parent), titled: context.titled };
}
/** An own title's key: normalised, without its closing punctuation. */
const ownTitleKey = (normalisedTitle) => normalisedTitle.replace(/[\s.!;:]+$/, '');
let ownTitleMap;
/**
 * Preflight's own titles, normalised as items are (matchItem): each shipped preset's item titles (checklists/*.yml, bundled as
 * PRESETS) and each check's catalogue title, with the check each is written for. A title two checks share binds neither.
 */
function ownTitles() {
    if (ownTitleMap)
        return ownTitleMap;
    const found = new Map();
    const add = (title, check, from) => {
        if (typeof title !== 'string' || typeof check !== 'string' || !(0,catalogue/* catalogue */.sW)().has(check))
            return;
        const key = ownTitleKey(normalised(title));
        if (!key)
            return;
        const had = found.get(key);
        found.set(key, had === undefined || had?.check === check ? had ?? { check, from } : null);
    };
    for (const def of (0,catalogue/* catalogue */.sW)().values())
        add(def.title, def.id, 'its catalogue title');
    for (const [name, text] of Object.entries(presets/* PRESETS */.f)) {
        let doc;
        try {
            doc = (0,dist/* parse */.qg)(text);
        }
        catch {
            continue;
        }
        const items = doc?.items;
        if (Array.isArray(items))
            for (const it of items)
                if (it && typeof it === 'object')
                    add(it['title'], it['check'], `the '${name}' preset`);
    }
    ownTitleMap = new Map([...found].filter((e) => e[1] !== null));
    return ownTitleMap;
}
/** Words that keep an item read in English manual wherever they stand (its asides are read word for word too). */
const READ_IN_ENGLISH_UNLESS = /\b(?:documented|monitored|reviewed|later|after launch|not yet|auto-renewed)\b/;
/** The Dockerfile instruction HEALTHCHECK, in capitals as Dockerfiles write it, not already said to be the Dockerfile's. */
const DOCKERFILE_INSTRUCTION = /(?<![\w-])(?<!\b(?:dockerfile|Dockerfile|DOCKERFILE)\s)HEALTHCHECK(?![\w-])/;
const OTHER_HEALTH_CHECKER = /\b(?:load ?balancers?|alb|elb|nlb|lb|target groups?|uptime|monitor\w*|pingdom|route ?53|consul|nomad|ecs|task definitions?|kubernetes|k8s|pods?|probes?|synthetic)\b/;
/** Results of matchAsWritten for an item that isNoPromise or PAPERWORK stopped. */
const stopped = new WeakSet();
/** `raw`: `item` normalised; `english`: its reading in English (see inEnglish), asked only when the item binds nothing as written. */
function matchAsWritten(item, context, raw = normalised(item), english = () => inEnglish(raw)) {
    // Normalised once: the rules read it with URLs reduced to their scheme, the environment veto with them.
    const text = portugueseInThe(withoutPreamble(ruleText(raw)));
    const where = contextText(context);
    // The nearest heading and the parent item, each on its own.
    const near = [context.headings.at(-1), context.parent].filter((t) => !!t).map(matchText);
    if (!text || PAPERWORK.test(text) || isNoPromise(text, where, raw)) {
        const none = { checks: [], matchedBy: '' };
        stopped.add(none);
        return none;
    }
    // The same text with its quoted markers (`allow_origins=["*"]`), to quote the words that matched as the item has them.
    const shown = portugueseInThe(withoutPreamble(ruleText((0,title.normaliseTitle)(item.slice(0, MATCH_CHARS * 4), true))));
    const own = matchRules(text, where, near, undefined, shown === text ? undefined : shown);
    if (own.checks.length)
        return own;
    // A label and its state ("Image tags: pinned", "**TLS**: 1.2+ only", "Hardcoded secrets: none", "**Secrets** \u2014 none in
    // git") is the promise written without the colon or dash ("image tags pinned", "no hardcoded secrets"), every veto applying.
    for (const read of labelReadings(text)) {
        if (isNoPromise(read, where, read))
            continue;
        const m = matchRules(read, where, near);
        // The label switched off as written ("HTTPS redirect - off for /health", "CSP: n/a") opts out (see LABEL_STATE).
        if (m.checks.some((id) => optOutOf(text, id)))
            break;
        if (m.checks.length)
            return { ...m, matchedBy: `${m.matchedBy} (the label read with its state)` };
    }
    if (URL_PATH.test(text)) {
        // A bare path under a health heading ("## Health endpoint" \u203a "`/healthz`") is the path its health check probes, as one
        // nested under a health item is (see bindChecklist); not under a container's or a monitor's heading.
        const heading = context.parent === undefined ? topicOf(context.headings.at(-1)) : undefined;
        // Only a path that looks like a health check's: "/metrics" or "/api/v1/users" under "## Health endpoint" is no promise
        // that it answers 200 (the check is critical).
        if (!heading || !HEALTH_TOPIC.test(heading) || !HEALTH_PATH.test(text) || NOT_THE_DEPLOYMENTS_HEALTH.test(where) || monitorsSection([...context.headings, context.parent ?? '']))
            return own;
        return { checks: [HEALTH], matchedBy: `path under "${context.headings.at(-1).trim()}" \u2192 ${HEALTH}` };
    }
    // A terse item names no topic of its own: its parent item or nearest heading does ("Not exposed to the internet"
    // under "Database", "Enabled with max-age \u2265 1 year" under "### HSTS", "Secure flag set" under "### Cookies"). It is
    // read as the topic followed by the item ("database not exposed to the internet"), every rule and veto applying,
    // by the checks that do not read headings themselves: one with a `context` rule (Docker, Kubernetes, CORS, TLS\u2026)
    // already says which terse items a heading makes its own, with vetoes the plain reading lacks. Words the topic
    // alone matches ("HSTS", "Security headers") bind only an item that states the topic's state ("Header present",
    // "Enabled with max-age \u2265 1 year"), not one about something else ("Configure Content Security Policy (CSP)").
    // A German, French, Spanish or Portuguese item meets the vetoes of its reading in English here too ("Redirection HTTPS pas
    // encore activ\u00e9e", "\u2026 document\u00e9e dans le wiki", "\u2026 uniquement en pr\u00e9production" under "## HTTPS"), as it does read alone.
    const inEn = english();
    if (inEn && READ_IN_ENGLISH_UNLESS.test(inEn))
        return own;
    for (const said of [context.parent, context.headings.at(-1)]) {
        const topic = topicOf(said);
        if (!topic)
            continue;
        // A TLS version without the word under a TLS topic ("1.0 and 1.1 disabled", "Only 1.2 and 1.3" under "## TLS") reads
        // with it, every rule applying (the TLS checks read headings themselves, so the reading below leaves them out).
        if (TLS_TOPIC.test(topic) && BARE_TLS_VERSION.test(text)) {
            const versions = text.replace(BARE_TLS_VERSION, '$1tls $2');
            if (!isNoPromise(versions, where, versions)) {
                const m = matchRules(versions, where, near);
                if (m.checks.length)
                    return { checks: m.checks, matchedBy: `${m.matchedBy} (the item read under "${said.trim()}")`, readAs: `${topicTitle(said)} ${item}` };
            }
        }
        // "Tags pinned" under "Docker images" reads "docker image tags pinned".
        const read = `${topic} ${text}`.replace(/\bimages (?=(?:tags?|digests?)\b)/, 'image ');
        if (isNoPromise(read, where, `${topic} ${raw}`))
            continue;
        if (inEn && isNoPromise(`${topic} ${inEn}`, where, `${topic} ${inEn}`))
            continue;
        const m = matchRules(read, where, near, { reachFrom: TOPIC_STATE.test(text) || ATTRIBUTE_OF_TOPIC.test(read) || (HEALTH_TOPIC.test(topic) && HEALTH_ANSWER.test(text)) ? 0 : topic.length + 1 });
        if (m.checks.length)
            return { checks: m.checks, matchedBy: `${m.matchedBy} (the item read under "${said.trim()}")`, readAs: `${topicTitle(said)} ${item}` };
    }
    return own;
}
/**
 * A label of at most four words, then a colon or a dash, then its state: "image tags: pinned", "tls \u2014 1.2+ only",
 * "hardcoded secrets: none". Not a label with a bracket, a verb or a clause of its own before the separator.
 */
const LABEL_AND_STATE = /^([\w./`*-]+(?: [\w./`*-]+){0,3}):? ?(?:(?<=:) ?| [\u2014\u2013-] |[\u2014\u2013] ?)(?!\/\/)(.{2,})$/;
/** A state that says the label's thing is absent: "none", "none committed", "none in git", "nothing hardcoded", "zero". */
const NONE_STATE = /^(?:none|nothing|zero|0)(?![\w-])[.,]?\s*/;
/**
 * The readings of an item written as a label and its state (see LABEL_AND_STATE): the label followed by its state ("image
 * tags pinned", "tls 1.2+ only"), or, for a state that says it is absent, the label refused ("no hardcoded secrets", "no
 * secrets committed", "no secrets in git"). None for an item of another shape.
 */
function labelReadings(text) {
    const m = LABEL_AND_STATE.exec(text);
    if (!m)
        return [];
    const [, label, state] = m;
    if (/^(?:no|not|never|none)\b/.test(label))
        return [];
    const none = NONE_STATE.exec(state);
    return [none ? `no ${label} ${state.slice(none[0].length)}`.trim() : `${label} ${state}`];
}
/**
 * The headings and the parent item as the rules' `context` reads them, one path. A document title that names the team's own
 * service (see OWN_SERVICE_TITLE: "# Payments API \u2014 PCI-DSS Go-Live Checklist") is read without the word that would make it
 * another system's: its TLS and certificate items are the deployment's, as under "# Checkout API". A section heading keeps it
 * ("## Payments" is the payment provider's).
 */
function contextText(context) {
    const where = matchText([...context.headings, context.parent ?? ''].join(' / '));
    // The title is the path's first part: the word is read at its start.
    return context.titled && context.headings.length ? where.replace(phrases/* OWN_SERVICE_TITLE */._R, '$1') : where;
}
/** An item that states only the state of its topic: "Enabled with max-age \u2265 1 year", "Header present", "All set". */
const TOPIC_STATE = /^(?:(?:the )?(?:header|headers|flag|flags|setting|settings) )?(?:(?:is|are|must be|should be|always|all|both) )*(?:enabled|turned on|switched on|on|set|present|configured|in place|sent|active|enforced|required|implemented|added|applied)\b/;
/** The answer a health endpoint gives, stated alone under a health topic: "Responds with 200 OK", "Returns HTTP 200". */
const HEALTH_ANSWER = /^(?:returns?|responds?|answers?)(?: with)? (?:(?:an? |http |status )+)?(?:200|2xx)\b/;
/**
 * A URL path that looks like a health check's: a segment such as health, healthz, healthy, healthcheck, livez, liveness,
 * readyz, readiness, ping, status, up, heartbeat, alive, hc, with leading underscores ("/_health") too: "/healthz",
 * "/api/health", "/health/ready", "/-/healthy", "/actuator/health"; not "/", "/metrics", "/api/v1/users".
 */
const HEALTH_PATH = /(?:^|\/)_*(?:health(?:z|y|checks?|-checks?|_checks?)?|livez?|liveness|live|readyz?|readiness|ping|status|up|heartbeat|alive|hc)(?:\/|$)/;
/** A topic that names TLS ("TLS", "SSL/TLS", "TLS versions", "TLS configuration"). */
const TLS_TOPIC = /^(?:tls|ssl|tls\/ssl|ssl\/tls|ssl \/ tls|tls \/ ssl)(?: (?:versions?|protocols?|protocol versions?|config(?:uration)?|settings))?$/;
/** An item that starts with a TLS version number: "1.0 and 1.1 disabled", "Only 1.2 and 1.3", "At least 1.2". */
const BARE_TLS_VERSION = /^((?:only |at least |minimum(?: of)? )?)(v?1\.[0-3](?![\d.]))/;
/** A topic that names a health endpoint or health checks: "Health endpoint", "Health checks", "Healthcheck URLs". */
const HEALTH_TOPIC = /^health ?-?(?:checks?|check (?:endpoints?|routes?|urls?|paths?)|endpoints?|routes?|urls?|paths?)?$/;
/**
 * An item that states the topic's own attribute: "Max-age \u2265 1 year", "includeSubDomains", "Preload" under "HSTS" (or
 * "Strict-Transport-Security", "HSTS enabled").
 */
const ATTRIBUTE_OF_TOPIC = /^(?:hsts|strict-transport-security)(?: header)?(?: (?:is |are )?(?:enabled|on|set|sent|present|configured|in place|enforced))? (?:max-age|include_?subdomains|include subdomains|preload)\b/;
/** The topic a parent item or heading names, as written (its section number and trailing punctuation dropped). */
const topicTitle = (text) => (text ?? '').trim().replace(/^(?:\d+[.)]?)+\s*/, '').replace(/[\s:.!\u2014\u2013-]+$/, '');
/**
 * A parent item or heading that names a topic rather than a promise: at most four words once a section number and
 * trailing punctuation are dropped ("Database", "PostgreSQL", "3.2 HSTS", "CORS Configuration", "Cookies:").
 */
function topicOf(text) {
    if (!text)
        return undefined;
    const t = matchText(text).replace(/^(?:\d+[.)]?)+\s*/, '').replace(/[\s:.!\u2014\u2013-]+$/, '');
    return t && t.split(' ').length <= 4 ? t : undefined;
}
/** A topic as BARE_TOPIC reads it: a redirect that ends it names it ("HTTPS redirect"), as "redirection" does, not its state. */
const topicNoun = (topic) => topic.replace(/\bredirects?$/, 'redirection');
/** A bracketed aside within an item: "(Stripe, OpenAI)". */
const ASIDE = /\s*\([^()]*\)/g;
/**
 * A risk negated before the noun it qualifies, at the start of a clause: "No exposed databases", "No publicly reachable
 * Redis", "No committed `.env` files", "\u2026 , no exposed databases". Read as the English rules have it, after the noun:
 * "databases not exposed", ".env files not committed". The noun ends before a conjoined risk ("No exposed databases
 * and no committed `.env` files" reads both).
 */
const RISK_BEFORE_NOUN = /(^|[,;:] ?|\b(?:and|or|nor) )no ((?:publicly |externally |internet[- ])?(?:exposed|reachable|accessible|published)|committed|checked[- ]in|tracked)((?:(?! (?:and|or|nor) no\b)[^,;:()])+)/g;
/** The same with a word whose opposite is the safeguard: "No unpinned images" is "images pinned", "No insecure cookies" "cookies secure". */
const UNSAFE_BEFORE_NOUN = /(^|[,;:] ?|\b(?:and|or|nor) )no (?:un-?(pinned)|in(secure))((?:(?! (?:and|or|nor) no\b)[^,;:()])+)/g;
/**
 * Where a noun phrase's head ends: a preposition, a relative pronoun or a spaced dash ("Redis keys | in the frontend bundle",
 * "`.env.example` | without placeholder values").
 */
const HEAD_END = /\s(?:in|on|to|from|at|for|of|with|without|that|which|who|containing|inside|within|via|through|by|under|behind|outside|except|beyond|across|into|over|unless|lacking|missing|[\u2014\u2013-])(?=\s|$)/;
/** Qualifiers that pick some of what the head names ("\u2026 without placeholder values", "\u2026 that are not encrypted"): not all of it, as the checks read. */
const RESTRICTING = /^(?:with|without|that|which|who|containing|unless|lacking|missing)$/;
/** Words after a database that still name it ("database ports", "Redis instances", "Postgres servers"). */
const OF_A_DATABASE = / (?:ports?|servers?|instances?|services?|clusters?|nodes?|containers?|hosts?)$/;
/** A path or a dot-file, alone or as a folder, file or endpoint ("`.git` folder", "`/admin` endpoint", "`.env` files"). */
const PATH_HEAD = /(?:^|\s)[./][\w./-]*(?: (?:folders?|directories|directory|dirs?|files?|paths?|endpoints?|routes?))?$/;
/** An env file named as a word (`.env`, `.env.local`, `prod.env`) or env files in general ("env files", "dotenv files"). */
const ENV_FILE_HEAD = /(?:^|\s)((?:[\w-]+\/)*(?:\.env(?:\.[\w-]+)*|[\w-]+\.env))(?: files?)?$|(?:^|\s)(?:dotenv|env|environment) files?$/;
/** Secrets a commit can hold ("secrets", "credentials", "private keys", "API tokens", "`.pem` files"). */
const SECRET_HEAD = /(?:^|\s)(?:secrets?|credentials?|passwords?|tokens?|keys?|certificates?|certs?|keystores?|keyfiles?|\.pem(?: files?)?|\.key(?: files?)?)$/;
/**
 * Whether a risk negated before its noun ("No exposed \u2026", "No committed \u2026") is about what the checks read, so reading it
 * after the noun keeps its meaning: something exposed is a database (its ports, servers, instances) or a path; something
 * committed an env file (not a template: "No committed `.env.example` \u2026" is about the template's values) or a secret. The
 * head of the noun phrase decides, not a word before it ("No exposed Redis keys in the frontend bundle" is about keys in
 * a bundle, not Redis's port), and a qualifier that picks some of them keeps the item manual.
 */
function riskOfTheNoun(risk, noun) {
    const phrase = noun.trim();
    const end = HEAD_END.exec(phrase);
    if (end && RESTRICTING.test(end[0].trim()))
        return false;
    const head = (end ? phrase.slice(0, end.index) : phrase).trim();
    if (/^(?:committed|checked[- ]in|tracked)$/.test(risk)) {
        const env = ENV_FILE_HEAD.exec(head);
        if (env)
            return !(env[1] && (0,classify/* isTemplate */.Fl)(env[1]));
        return SECRET_HEAD.test(head);
    }
    const last = head.replace(OF_A_DATABASE, '').split(' ').at(-1) ?? '';
    return /^(?:databases?|dbs?|datastores?)$/.test(last) || !!(0,database_port_exposed/* databaseOptionsNamed */.rm)(last) || /\b(?:sql server|elastic search|oracle (?:db|database))$/.test(head) || PATH_HEAD.test(head);
}
/**
 * "Unprivileged" as teams write non-root ("Container runs unprivileged", "Containers run as an unprivileged user",
 * "Unprivileged containers"): read as "non-root" too, every non-root rule applying, where it says how a container or
 * process runs (see unprivilegedAsNonRoot). Not an unprivileged port, user namespace or mode (kernel and network settings).
 */
const UNPRIVILEGED = /\bunprivileged\b(?! (?:ports?|user ?namespaces?|userns|e?bpf|mode|clone|ping|icmp|containers? (?:runtime|mode))\b)/g;
/** What runs unprivileged, just before the word: "Container runs unprivileged", "run as an unprivileged user", "Containers are unprivileged". */
const RUNS_UNPRIVILEGED = /(?:\b(?:runs?|running|ran|executes?|executing|executed|started|starts?)(?: as)?(?: an?| the)?(?: (?:dedicated|separate|custom|specific|distinct|regular|normal|ordinary|non-login|system))?|\b(?:app|apps|application|process|processes|containers?|pods?|workloads?) (?:are|is|must be|should be|stay|stays|remain|remains)(?: all| always)?) $/;
/**
 * The container or process named unprivileged ("Unprivileged containers", "unprivileged processes only"), not negated or
 * refused later in its clause ("Unprivileged containers (LXC) are not used").
 */
const UNPRIVILEGED_CONTAINERS = /^ (?:containers?|pods?|process(?:es)?|workloads?)\b(?![^;]*(?:\b(?:not|never|no longer|without)\b|n't\b))/;
/**
 * Whether "unprivileged" at `at` in `text` says how the container or process runs, so it is read as "non-root": after a
 * run verb or a container as subject, or before the container's noun. Not an app permission or another subject: "Unprivileged
 * users cannot access the admin panel", "The unprivileged user cannot read the secrets file", "Unprivileged API tokens \u2026".
 */
function unprivilegedAsNonRoot(text, at) {
    return RUNS_UNPRIVILEGED.test(text.slice(Math.max(0, at - 60), at)) || UNPRIVILEGED_CONTAINERS.test(text.slice(at + 'unprivileged'.length));
}
/**
 * A qualifier between "no" and a secret ("No plaintext secrets in the repo", "No production credentials in git", "No real or
 * live API keys committed"): the secret checks read secret values whatever the qualifier, so the item is read without it too.
 */
const QUALIFIED_SECRETS = /\bno (?:(?:plain[- ]?text|clear[- ]?text|unencrypted|raw|real|live|production|prod|actual|sensitive|literal|static)(?:,? (?:or|and|nor) |\/| ))+(?=(?:(?:api|private|secret|access|aws|cloud|ssh) )?(?:secrets?|credentials?|passwords?|keys|tokens?)\b)/g;
/**
 * The same qualifier after the secret ("No secrets in plaintext in the repo", "No passwords in clear text in git", French
 * "Aucun secret en clair dans le d\u00e9p\u00f4t" read in English): read without it too.
 */
const SECRETS_QUALIFIED_AFTER = /\b(no (?:(?:api|private|secret|access|aws|cloud|ssh) )?(?:secrets?|credentials?|passwords?|keys|tokens?)) (?:in (?:plain[- ]?text|clear[- ]?text|the clear|clear)|unencrypted)(?= (?:in|committed|checked|pushed)\b)/g;
/**
 * The texts the rules read for `text`: itself, with its synonyms read as the rules' words (see UNPRIVILEGED, QUALIFIED_SECRETS,
 * SECRETS_QUALIFIED_AFTER),
 * without its bracketed asides, with its risks negated before the noun read after it.
 */
function readings(said) {
    const text = said.replace(UNPRIVILEGED, (m, at, all) => (unprivilegedAsNonRoot(all, at) ? 'non-root' : m)).replace(QUALIFIED_SECRETS, 'no ').replace(SECRETS_QUALIFIED_AFTER, '$1');
    const out = text === said ? [text] : [said, text];
    if (text.includes('('))
        out.push(text.replace(ASIDE, ' ').replace(/ {2,}/g, ' '));
    const after = text.replace(RISK_BEFORE_NOUN, (m, lead, risk, noun) => (riskOfTheNoun(risk.replace(/^(?:publicly|externally|internet[- ]) /, ''), noun) ? `${lead}${noun.trimStart()} not ${risk}` : m))
        .replace(UNSAFE_BEFORE_NOUN, (_m, lead, pinned, secure, noun) => `${lead}${noun.trimStart()} ${pinned ?? secure}`);
    if (after !== text)
        out.push(after);
    return out;
}
/**
 * Every check whose rules bind `text` (see matchItem), with the words that matched. `underTopic`: only checks without
 * a `context` rule, each match reaching past `reachFrom` (into the item).
 */
function matchRules(text, where, near, underTopic, shown) {
    const checks = [];
    const why = [];
    const reachFrom = underTopic?.reachFrom ?? 0;
    // A health item that states its answer ("/healthz returns 200 without hitting the DB", "\u2026 (no DB query)") is vetoed by what
    // the endpoint does, not by a dependency it names only to refuse (see HEALTH_DEPENDENCY_REFUSED).
    const healthVetoText = phrases/* HEALTH_ANSWER_STATED */.Id.test(text) ? text.replace(phrases/* HEALTH_DEPENDENCY_REFUSED */.O1, ' ') : text;
    // A bracketed aside inside the promise withdraws nothing: "No API keys (Stripe, OpenAI) hard-coded in the repo" is
    // read as "No API keys hard-coded in the repo" too (the vetoes still read the whole item).
    // A risk negated before its noun is read after it too: "No exposed databases" as "databases not exposed".
    // (The same readings for every check: made once per text.)
    const reads = underTopic ? [text] : readings(text);
    for (const [id, list] of rules()) {
        if (underTopic && list.some((r) => r.context))
            continue;
        for (const said of reads) {
            if (checks.at(-1) === id)
                break;
            for (const rule of list) {
                const m = rule.pattern.exec(said);
                // The match must reach past `reachFrom` (into the item, when it is read under a topic).
                if (!m || m.index + m[0].length <= reachFrom)
                    continue;
                if (rule.context && !rule.context.test(where))
                    continue;
                if (rule.nearUnless && near.some((t) => rule.nearUnless.test(t)))
                    continue;
                if (rule.scopeUnless?.test(where ? `${text} / ${where}` : text))
                    continue;
                if (rule.unless?.test(id === HEALTH ? healthVetoText : text))
                    continue;
                // An aside in brackets speaks of something else ("HSTS header present (we will raise max-age later)").
                if (rule.clauseUnless?.test(clauseAt(said, m.index).replace(/\([^)]*\)/g, ' ')))
                    continue;
                // A clause after the main one that defers its topic ("TLS 1.2+ enforced; HSTS soon") promises nothing of it.
                const at = clauseSpanAt(said, m.index);
                if (!at.first && defersClause(at.clause))
                    continue;
                checks.push(id);
                const words = shown !== undefined && said === text ? shownSpan(text, shown, m.index, m.index + m[0].length) : m[0];
                why.push(`"${words.length > 48 ? `${words.slice(0, 45)}\u2026` : words}" \u2192 ${id}`);
                break;
            }
        }
    }
    // An item that opts out of a check it speaks of does not bind it; one whose main clause does is a declared exception,
    // its asides the reason ("No `HEALTHCHECK` in the Dockerfile (Kubernetes probes are used instead)"): it binds nothing.
    const stated = asideOfBareTopic(text);
    const headers = checks.includes(SECURITY) ? judgedHeaders(text) : undefined;
    // A topic and its aside ("HTTPS redirect (off for now)").
    const asideOf = /^([^(;]*?)\s*\(([^()]*)\)/.exec(text);
    const topicAside = asideOf && BARE_TOPIC.test(topicNoun(asideOf[1])) ? { topic: asideOf[1], state: asideOf[2] } : undefined;
    const out = checks.map((id) => {
        // Every header the item names left out ("CSP relaxed for now") opts out; some of them narrow the check (its options),
        // whatever opts them out ("Security headers: CSP disabled", "X-Frame-Options set, CSP off for now").
        // What the item says of security headers as a whole still opts out ("No security headers; CSP disabled"), read
        // without the phrases that leave a header out (or "Security headers: CSP disabled" would read as headers disabled).
        if (id === SECURITY && headers) {
            if (!headers.length)
                return 'aside';
            if (headersLeftOut(text).length)
                return optOutOf(withoutHeadersLeftOut(text), id);
        }
        // A topic naming the safeguard whose aside says it is off ("HSTS (off for now)", "HTTPS redirect (\u274c off)").
        if (topicAside && switchedOffBy(topicAside.topic, topicAside.state, id))
            return 'main';
        const optOut = stated ? optOutOf(stated.text, id, stated.at) : optOutOf(text, id);
        // One probe promised and the other waived beside it ("Liveness probes (no readiness probes: the mesh handles it)",
        // "Every Deployment has a liveness probe; readiness probes are not used"): the check binds with that probe alone.
        return optOut === 'aside' && id === PROBES && promisedProbes(text).length === 1 ? undefined : optOut;
    });
    if (out.includes('main'))
        return { checks: [], matchedBy: '' };
    return { checks: checks.filter((_, i) => !out[i]), matchedBy: why.filter((_, i) => !out[i]).join(', ') };
}
/**
 * The span `start`\u2013`end` of `text` as `shown` has it: `shown` is `text` with quoted markers kept (see normaliseTitle), so
 * the two differ only by characters `shown` has in addition.
 */
function shownSpan(text, shown, start, end) {
    let j = 0;
    let from = 0;
    for (let i = 0; i < end; i++, j++) {
        while (j < shown.length && shown[j] !== text[i])
            j++;
        if (i === start)
            from = j;
    }
    // Not aligned (not expected): the words as the rules read them.
    return j <= shown.length && (end === start || shown[j - 1] === text[end - 1]) ? shown.slice(from, j) : text.slice(start, end);
}
/**
 * Fills `checks` and `matchedBy` of every item without an explicit binding. `hints` (from the
 * Markdown parser) give the parent item and say which items were bound or kept manual explicitly;
 * without a hint, an item that already has checks is left alone. Numbers the item states become
 * options ("valid for at least 60 days" \u2192 certificate `min-days: 60`), on explicitly bound items
 * too (`<!-- preflight: ID -->` chooses the check, not its threshold). Bare URL paths nested under an
 * item bound to `health-endpoint` bind to it with `options.paths`, and the parent checks them all; a parent
 * that names health checks alone ("Health checks") is bound by the paths under it.
 * Idempotent: an item is judged once (`parseMarkdownChecklist` already calls this), so a second
 * call cannot bind an item that `<!-- preflight: manual -->` kept manual.
 */
function bindChecklist(checklist, hints = new Map()) {
    const fresh = new Set();
    const children = new Map();
    for (const [child, hint] of hints)
        if (hint.parentItem)
            children.set(hint.parentItem, [...(children.get(hint.parentItem) ?? []), child]);
    // Items that defer, waive or withdraw themselves (see parentDefers: "Security headers \u2014 waived for launch (SEC-1234)",
    // "HSTS \u2014 not applicable"), and the sub-items under them: a sub-item is part of its parent's promise, so it is deferred
    // with it (as under a heading for deferred work), whatever it names ("Content-Security-Policy without `unsafe-inline`").
    // An explicitly bound sub-item keeps its binding (the author's), and a parent explicitly bound to checks defers nothing (the
    // author says what it promises); a parent kept manual explicitly (`<!-- preflight: manual -->`) whose text defers, waives or
    // withdraws itself defers its sub-items as any other such parent does, as does an explicitly bound sub-item kept manual.
    const deferred = new Set();
    for (const item of checklist.items) {
        const hint = hints.get(item);
        if (settled.has(item))
            continue;
        settled.add(item);
        fresh.add(item);
        if (hint ? hint.explicit : item.checks.length) {
            // Bound by `<!-- preflight: ID -->`: the binding is the author's, the numbers stated still count.
            if (hint?.explicit && item.checks.length)
                readStatedOptions(item, hint.promise);
            else if (hint?.parentItem && deferred.has(hint.parentItem))
                deferred.add(item);
            else if (hint?.explicit && parentDefers(portugueseInThe(withoutPreamble(matchText(statusSpelled(titleRead(hint.promise ?? item.title ?? '')))))))
                deferred.add(item);
            continue;
        }
        // Its status read however it is spelled ("\u2014 \u23f3 pending", "[WIP] \u2026", "-- pending"): see statusSpelled.
        const text = statusSpelled(titleRead(hint?.promise ?? item.title ?? ''));
        if ((hint?.parentItem && deferred.has(hint.parentItem)) || hint?.containers?.some(containerDefers)) {
            deferred.add(item);
            continue;
        }
        if (parentDefers(portugueseInThe(withoutPreamble(matchText(text)))))
            deferred.add(item);
        const context = { headings: hint?.headings ?? item.group ?? [], parent: hint?.parent, titled: hint?.headings !== undefined };
        let m = matchItem(text, context);
        // "Add security headers in settings.py:" followed by `- SECURE_SSL_REDIRECT = True`\u2026: the bullets are the promise.
        if (hint?.details?.length && /:\s*$/.test(text)) {
            const parts = hint.details.map((d) => matchItem(d, { headings: context.headings, parent: text, titled: context.titled }));
            const checks = [...new Set(parts.flatMap((p) => p.checks))];
            // Their numbers and names are the item's too (`SECURE_HSTS_SECONDS = 31536000` \u2192 hsts min-max-age).
            if (checks.length)
                m = { checks, matchedBy: parts.map((p) => p.matchedBy).filter(Boolean).join(', '), readAs: [text, ...hint.details].join('; ') };
        }
        if (m.checks.length)
            m = stateFromChildren(text, m, children.get(item) ?? []);
        if (!m.checks.length) {
            // A not-done status ("\u2014 not done", "(Status: To Do)") keeps the item manual and pending. When the item names a check
            // but for it, a tick does not sign it off: a tick in the checklist claims the work done, and the check decides it
            // (DESIGN: on a bound item the check still runs); a tick in the pull request signs nothing off (see notDoneChecks).
            const rest = notDoneReading(text);
            const named = rest ? matchItem(rest, context) : undefined;
            if (named?.checks.length) {
                if (item.signedOff) {
                    applyBinding(item, named.checks, `${named.matchedBy} (ticked: the check decides it, not the status beside the box)`);
                    readStatedOptions(item, named.readAs ?? rest);
                }
                else
                    item.notDoneChecks = named.checks;
            }
            continue;
        }
        applyBinding(item, m.checks, m.matchedBy);
        readStatedOptions(item, m.readAs ?? hint?.promise);
    }
    // "Health checks" with bare URL paths under it (task items or plain bullets): the paths say which health checks they are.
    const withPaths = new Set(checklist.items.filter((i) => pathItem(i.title ?? '') !== undefined && !hints.get(i)?.explicit).map((i) => hints.get(i)?.parentItem));
    for (const item of fresh) {
        const hint = hints.get(item);
        if (!hint || hint.explicit || item.checks.length || item.withdrawn || !(hint.paths?.length || withPaths.has(item)) || !healthChecksNamed(item, hint))
            continue;
        applyBinding(item, [HEALTH], `"${matchText(item.title ?? '')}" with URL paths under it \u2192 ${HEALTH}`);
    }
    const paths = new Map();
    for (const [item, hint] of hints) {
        if (fresh.has(item) && hint.paths?.length && item.checks.includes(HEALTH))
            paths.set(item, [...hint.paths]);
    }
    for (const item of checklist.items) {
        const parent = hints.get(item)?.parentItem;
        const path = parent?.checks.includes(HEALTH) && !hints.get(item)?.explicit ? pathItem(item.title ?? '') : undefined;
        if (!parent || path === undefined)
            continue;
        // A path item bound by its own words ("/readyz \u2192 200") is one of the parent's paths too.
        if (item.checks.length && !(item.checks.length === 1 && item.checks[0] === HEALTH))
            continue;
        if (!item.checks.length) {
            applyBinding(item, [HEALTH], `path under "${parent.title}" \u2192 ${HEALTH}`);
            item.options = { paths: [path] };
        }
        paths.set(parent, [...(paths.get(parent) ?? []), path]);
    }
    // The parent checks every path listed under it, beside any option its text stated.
    for (const [parent, list] of paths) {
        const own = (parent.options ?? {});
        // Beside the paths its own text names.
        const merged = (stated) => [...new Set([...(Array.isArray(stated) ? stated : []), ...list])];
        const nested = own[HEALTH];
        parent.options = parent.checks.length === 1 ? { ...own, paths: merged(own['paths']) } : { ...own, [HEALTH]: { ...nested, paths: merged(nested?.['paths']) } };
    }
    return checklist;
}
/**
 * A nested item that is only a status ("Pending", "Blocked by MOB-233", "WIP \u2014 SEC-12", "Not yet (SEC-88)", "Later", "[OPS-1]
 * pending": a ticket or an owner before it too), or a
 * state switching the safeguard off ("Off for now (SEC-88)", "Disabled"), under a bare topic ("- [ ] HSTS" / "  - [ ] Off
 * for now"): it is the topic's state, as an aside is ("HSTS (off for now)"). Only the status, a ticket or a bracketed
 * reason: a sub-task or a scope note that starts with one ("TODO: add DB check to it", "N/A for the internal admin host")
 * is another item.
 */
const STATUS_REST = String.raw `(?:(?:\s*[:,${"\u2014\u2013"}-]\s*|\s*)(?:\([^()]*\)|[\p{L}]+-\d+|#\d+|@[\w-]+(?![\w-])|for now|yet))*\s*[.!]*$`;
/**
 * What stands between the references before a status ("[OPS-1] \u2014 @bob: pending"): no letter or digit, and no `#` or `@`
 * that opens a reference, so each reference is read one way only (the filler taking the `@_` a reference takes made a
 * failing match try every split).
 */
const STATUS_FILLER = String.raw `(?:[^\p{L}\p{N}@#]|#(?!\d)|@(?![\w-]))*`;
const STATUS_ITEM = new RegExp(String.raw `^${STATUS_FILLER}(?:(?:${REFERENCE})${STATUS_FILLER})*(?:${DEFERRAL_STATUS}|not yet|later|to-?do|tbd|n\/a|skip(?:ped)?)(?![\p{L}\p{N}_-])${STATUS_REST}`, 'iu');
/** "Blocked" alone, with a ticket, or with what blocks it ("Blocked by MOB-233", "Blocked on the CDN migration"). */
const BLOCKED_ITEM = new RegExp(String.raw `^[^\p{L}\p{N}]*(?:blocked|blockiert|bloqu${"\u00e9"}e?s?|bloquead[oa]s?)(?![\p{L}\p{N}_-])(?:\s+(?:by|on|durch|par|por)\s[^;]+$|${STATUS_REST})`, 'iu');
/** `m` without the checks a bare topic's nested status items defer or switch off (see STATUS_ITEM). */
function stateFromChildren(text, m, children) {
    const topic = matchText(text);
    if (!children.length || !BARE_TOPIC.test(topicNoun(topic)))
        return m;
    const states = children.map((c) => matchText(c.title ?? ''));
    if (states.some((s) => STATUS_ITEM.test(s) || (BLOCKED_ITEM.test(s) && !BLOCKED_IS_THE_PROMISE.test(`${topic} ${s}`))))
        return { checks: [], matchedBy: '' };
    const off = m.checks.filter((id) => states.some((s) => switchedOffBy(topic, s, id)));
    if (!off.length)
        return m;
    return { ...m, checks: m.checks.filter((id) => !off.includes(id)), matchedBy: m.matchedBy.split(/, (?=")/).filter((w) => !off.some((id) => w.endsWith(`\u2192 ${id}`) || w.includes(`\u2192 ${id} (the item read under `))).join(', ') };
}
/** An item that names health checks and nothing more: "Health checks", "Healthchecks:", "3. Health". */
const HEALTH_CHECKS_ONLY = /^(?:health|health ?-?checks?)$/;
/** What makes health checks a container's or a monitor's: Docker's HEALTHCHECK, Kubernetes probes, an uptime monitor. */
const NOT_THE_DEPLOYMENTS_HEALTH = /\b(?:docker\w*|containers?|kubernetes|k8s|pods?|helm|compose)\b/;
/**
 * What a monitoring section names beside monitoring and still is one: "Monitoring & alerting", "Logging and monitoring",
 * "Metrics, dashboards and alerts", "Health checks and monitoring".
 */
const MONITORING_KIN = /^(?:(?:the |our )?(?:logging|logs?|log management|metrics|dashboards?|tracing|telemetry|on-?call|paging|pager ?duty|incidents?(?: response| management)?|slos?|slis?|slas?|error (?:tracking|reporting)|apm|notifications?|status pages?|health(?: ?-?checks?)?)|)$/;
/**
 * Whether one of the headings or the parent item (`texts`, each one's text on its own: a heading may hold " / " itself) is
 * about monitoring alone ("Monitoring", "Uptime monitoring", "Monitoring with Datadog", "Monitoring & alerting",
 * "Observability (Datadog)"): its health checks are an uptime monitor's. One that names monitoring beside another subject
 * is that subject's too ("Monitoring and server management", the Google SRE launch checklist's; "Ops & monitoring", "Ops /
 * Monitoring"): a "Health checks" item with paths under it there is the deployment's, as under "## Ops".
 */
function monitorsSection(texts) {
    return texts.some((text) => {
        const heading = matchText(text);
        if (!phrases/* MONITORING */.Rp.test(heading))
            return false;
        const parts = heading.replace(/\([^()]*\)/g, ' ').replace(/^[^\p{L}\p{N}]*(?:\d+[.)]?)*\s*/u, '').replace(/[\s:.!\u2014\u2013-]+$/, '')
            .split(/\s*(?:[,&+;]|\/|\b(?:and|or|und|et|y|e)\b)\s*/);
        return parts.every((part) => phrases/* MONITORING */.Rp.test(part) || MONITORING_KIN.test(part.trim()));
    });
}
/**
 * Whether a parent item names health checks alone, outside a container's or a monitor's section and a section of no
 * promises ("## Later"): with bare URL paths under it ("- [ ] Health checks" / "  - [ ] `/health/live`") it promises
 * that those paths answer, as "Health endpoints" with paths under it does.
 */
function healthChecksNamed(item, hint) {
    const text = topicOf(item.title ?? undefined);
    if (!text || !HEALTH_CHECKS_ONLY.test(text))
        return false;
    const around = [...(hint.headings ?? item.group ?? []), hint.parent ?? ''];
    const where = matchText(around.join(' / '));
    if (NOT_THE_DEPLOYMENTS_HEALTH.test(where) || monitorsSection(around))
        return false;
    return !isNoPromise(text, where, normalised(item.title ?? ''));
}
/**
 * German, French, Spanish and Portuguese: the number words one to twelve (as English NUMBER_WORDS has them) and the units
 * of time. A number word is read only before a unit of its own language ("einem Jahr", "un an", "dos a\u00f1os", "sechs
 * Monate", "doze meses"): not "once an hour" (Spanish eleven, French year) nor Portuguese "dos dias" (of the days).
 */
const FOREIGN_LANGUAGES = [
    {
        numbers: { ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, f\u00fcnf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zw\u00f6lf: 12, zwoelf: 12 },
        years: String.raw `jahr(?:e|en|es)?`, months: String.raw `monat(?:e|en|s)?`, weeks: String.raw `wochen?`, days: String.raw `tag(?:e|en|es)?`,
    },
    {
        numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
        years: String.raw `ans?|ann${"\u00e9"}es?`, months: 'mois', weeks: String.raw `semaines?`, days: String.raw `jours?`,
    },
    {
        numbers: { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 },
        years: String.raw `a${"\u00f1"}os?`, months: String.raw `mes(?:es)?`, weeks: String.raw `semanas?`, days: String.raw `d${"\u00ed"}as?`,
    },
    {
        numbers: { um: 1, uma: 1, dois: 2, duas: 2, tr\u00eas: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12 },
        years: String.raw `anos?`, months: String.raw `m${"\u00ea"}s|mes(?:es)?`, weeks: String.raw `semanas?`, days: String.raw `dias?`,
    },
];
const FOREIGN_NUMBER_WORDS = Object.assign({}, ...FOREIGN_LANGUAGES.map((l) => l.numbers));
const FOREIGN_AMOUNT_WORD = new RegExp(FOREIGN_LANGUAGES.map((l) => `(?<![\\w\u00e0-\u00ff])(?:${Object.keys(l.numbers).join('|')}) (?=(?:${[l.years, l.months, l.weeks, l.days].join('|')})(?![\\w\u00e0-\u00ff]))`).join('|'), 'g');
const UNIT_NAMES = ['years', 'months', 'weeks', 'days'];
// A digit, then one group per unit, in any of those languages: "1 Jahr" \u2192 "1 years", "6 meses" \u2192 "6 months".
const FOREIGN_UNIT_AFTER_DIGITS = new RegExp(`(\\d) ?(?:${UNIT_NAMES.map((u) => `(${FOREIGN_LANGUAGES.map((l) => l[u]).join('|')})`).join('|')})(?![\\w\u00e0-\u00ff])`, 'g');
/**
 * Japanese and Chinese amounts of time: digits or a numeral one to twelve (\u4e00\u2026\u5341\u4e8c, \u4e24) before a unit ("1 \u5e74", "1\u5e74", "\u4e00\u5e74",
 * "6 \u304b\u6708", "6\u30f6\u6708", "\u516d\u4e2a\u6708", "2 \u9031\u9593", "30 \u5929", "30 \u65e5\u9593", "300 \u79d2"; "\u534a\u5e74" is 6 months), with "at least" before it
 * ("\u81f3\u5c11", "\u4e0d\u5c11\u4e8e", "\u6700\u4f4e", "\u5c11\u306a\u304f\u3068\u3082") or after it ("\u4ee5\u4e0a"). A month needs its counter ("6\u6708" is June), a day in Japanese its
 * "\u9593" or "\u4ee5\u4e0a" ("30\u65e5" is a date).
 */
const CJK_NUMBERS = { \u4e00: 1, \u4e8c: 2, \u4e24: 2, \u5169: 2, \u4e09: 3, \u56db: 4, \u4e94: 5, \u516d: 6, \u4e03: 7, \u516b: 8, \u4e5d: 9, \u5341: 10, \u5341\u4e00: 11, \u5341\u4e8c: 12 };
const CJK_DURATION = /(\u81f3\u5c11|\u4e0d\u5c11\u4e8e|\u4e0d\u5c11\u65bc|\u4e0d\u4f4e\u4e8e|\u4e0d\u4f4e\u65bc|\u6700\u5c11|\u6700\u4f4e\u3067\u3082|\u6700\u4f4e|\u5c11\u306a\u304f\u3068\u3082)?\s?(\d{1,10}|\u5341[\u4e00\u4e8c]?|[\u4e00\u4e8c\u4e24\u5169\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d]|\u534a)\s?(\u5e74(?:\u9593|(?!\s?\d{1,2}\s?\u6708))|(?:\u4e2a|\u500b|\u304b|\u30f6|\u30b1|\u30ab|\u30f5|\u7b87)\u6708\u9593?|\u5468|\u9031\u9593?|\u661f\u671f|\u5929|\u65e5\u9593|\u65e5(?=\s?\u4ee5\u4e0a)|\u79d2)(?:\s?(?:\u6216|\u53ca)?\u4ee5\u4e0a)?/g;
const CJK_UNITS = [[/^\u5e74/, 'years'], [/\u6708/, 'months'], [/^(?:\u5468|\u9031|\u661f\u671f)/, 'weeks'], [/^(?:\u5929|\u65e5)/, 'days'], [/^\u79d2/, 's']];
/** `text` with its Japanese and Chinese amounts of time in English (see CJK_DURATION); "max-age \u306f/\u4e3a \u2026" as "max-age \u2026". */
function cjkAmountsInEnglish(text) {
    if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(text))
        return text;
    return text
        .replace(CJK_DURATION, (m, least, amount, unit) => {
        const after = /\u4ee5\u4e0a$/.test(m);
        const n = amount === '\u534a' ? (unit.startsWith('\u5e74') ? 6 : undefined) : CJK_NUMBERS[amount] ?? Number(amount);
        const name = amount === '\u534a' ? 'months' : CJK_UNITS.find(([re]) => re.test(unit))?.[1];
        return n === undefined || name === undefined ? m : ` ${least || after ? 'at least ' : ''}${n} ${name} `;
    })
        .replace(/\bmax-age\s?(?:\u306f|\u3092|\u304c|\u306e|\u4e3a|\u70ba|\u662f|\u8bbe\u4e3a|\u8a2d\u70ba|\u8bbe\u7f6e\u4e3a|\u8a2d\u7f6e\u70ba|\uff1a)\s?/g, 'max-age ');
}
/**
 * Amounts stated in German, French, Spanish or Portuguese read as English ones: "max-age mindestens 1 Jahr" as "max-age
 * at least 1 year", "al menos 6 meses" as "at least 6 months", "au moins 30 jours" as "at least 30 days"; in words too
 * ("mindestens einem Jahr", "au moins un an", "dos a\u00f1os", "sechs Monate"). "max-age von/de/d'/da/do" is "max-age of".
 */
function amountsInEnglish(text) {
    return cjkAmountsInEnglish(text)
        .replace(FOREIGN_AMOUNT_WORD, (m) => `${FOREIGN_NUMBER_WORDS[m.trimEnd()]} `)
        .replace(/\bmax-age (?:(?:von|de|da|do) |d')(?=\d|mindestens|au moins|al menos|pelo menos|no m\u00ednimo)/g, 'max-age of ')
        .replace(/\b(?:mindestens|au moins|al menos|pelo menos|no m\u00ednimo|(?:fr\u00fchestens|fruehestens) in)(?= ?\d)/g, 'at least')
        // A response-time bound: "unter 300 ms", "inf\u00e9rieur \u00e0 300 ms", "por debajo de 300 ms", "abaixo de 300 ms".
        .replace(/(?<![\w\u00e0-\u00ff])(?:in unter|unter|weniger als|h\u00f6chstens|hoechstens|maximal|innerhalb(?: von)?|(?:en )?moins de|inf\u00e9rieure?s? \u00e0|inferieure?s? a|sous|au plus|au maximum|(?:en )?menos de|menor(?:es)? (?:a|que|de)|por debajo de|inferior(?:es)? a|como m\u00e1ximo|(?:em )?menos de|abaixo de|menor(?:es)? (?:do )?que|no m\u00e1ximo)(?= ?\d)/g, 'under')
        .replace(/(\d) ?(?:millisekunden|millisecondes?|milisegundos?|milissegundos?)(?![\w\u00e0-\u00ff])/g, '$1 ms')
        .replace(/(\d) ?(?:sekunden?|secondes?|segundos?)(?![\w\u00e0-\u00ff])/g, '$1 s')
        .replace(FOREIGN_UNIT_AFTER_DIGITS, (_m, digit, ...units) => `${digit} ${UNIT_NAMES[units.slice(0, UNIT_NAMES.length).findIndex(Boolean)]}`);
}
/**
 * Numbers an item states become options of the checks it is bound to ("at least 60 days" \u2192 min-days).
 * Read from what it promises: struck-through words (`~~300~~ 31536000`) state nothing.
 */
function readStatedOptions(item, promise) {
    if (item.options)
        return;
    const said = promise ?? item.title ?? '';
    const text = amountsInEnglish(matchText(said));
    const options = Object.fromEntries(item.checks.flatMap((id) => {
        const o = OPTION_READERS[id]?.(text, said);
        return o ? [[id, o]] : [];
    }));
    const keys = Object.keys(options);
    if (keys.length)
        item.options = item.checks.length === 1 ? options[keys[0]] : options;
}
function applyBinding(item, checks, matchedBy) {
    item.checks = checks;
    item.matchedBy = matchedBy;
    // A tick on a bound item is only shown: the check decides, not the box.
    if (item.signedOff) {
        delete item.signedOff;
        item.ticked = true;
    }
}
/** Catalogue checks that no item of the checklist binds: the summary lists them for the team. */
function uncoveredChecks(checklist) {
    const covered = new Set(checklist.items.flatMap((i) => i.checks));
    return [...(0,catalogue/* catalogue */.sW)().keys()].filter((id) => !covered.has(id)).sort();
}
/**
 * The checks a manual YAML item's title names but for a not-done status standing as its state ("Debug mode is off in
 * production \u2014 pending", as `preflight import` writes a Markdown item's title): read as bindChecklist reads a Markdown
 * item (notDoneReading, then the matcher on the rest, under the item's group), so a tick in the pull request does not sign
 * it off in YAML either (see ChecklistItem.notDoneChecks). Undefined when the title has no such status or names no check.
 */
function notDoneChecksOfTitle(title, group = []) {
    const rest = notDoneReading(titleRead(title));
    const named = rest ? matchItem(rest, { headings: group }) : undefined;
    return named?.checks.length ? named.checks : undefined;
}


/***/ }),

/***/ 41006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ checkOptions),
/* harmony export */   a: () => (/* binding */ itemOptions)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19714);
/* harmony import */ var _engine_execute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14877);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64170);



/**
 * Validates an item's `options` against the schemas of its checks and returns each check's options, in the order of
 * `item.checks`. Every mistake of the item is reported in one run, in file order: options on a manual item, each key of
 * a several-check item's options that names none of its checks, and each check's own option errors.
 */
function itemOptions(item, where) {
    // Options of an item that names no check would be silently ignored.
    if (!item.checks.length && item.options && Object.keys(item.options).length) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`options given for item '${item.id}', which names no check (a manual item): add \`check:\` or remove \`options\``, item.optionsAt?.([], true) ?? where);
    }
    const several = item.checks.length > 1;
    const errors = [];
    if (several && item.options) {
        for (const stray of Object.keys(item.options).filter((k) => !item.checks.includes(k))) {
            errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`options of an item with several checks are keyed by check id; '${stray}' is not one of ${item.checks.join(', ')}`, item.optionsAt?.([stray], true) ?? where));
        }
    }
    const options = item.checks.map((id) => {
        const def = (0,_catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .getDef */ .Gt)(id);
        if (!def) {
            errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`unknown check '${id}'`, where));
            return undefined;
        }
        const { raw, locate } = checkOptions(item, id);
        try {
            return (0,_engine_execute_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptions */ .A)(def, raw ?? {}, where, locate);
        }
        catch (e) {
            if (!(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL))
                throw e;
            errors.push(e);
            return undefined;
        }
    });
    const err = item.optionsAt ? (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrorsInFileOrder */ .hj)(errors) : (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrors */ .kV)(errors);
    if (err)
        throw err;
    return options;
}
/**
 * The options an item gives one of its checks, as written (an item with several checks keys them by check id), and where
 * its checklist file writes a path of them (when it locates its options: a YAML item's own).
 */
function checkOptions(item, id) {
    const several = item.checks.length > 1;
    const at = item.optionsAt;
    return {
        raw: several ? item.options?.[id] : item.options,
        ...(at ? { locate: (p, key) => at(several ? [id, ...p] : p, key) } : {}),
    };
}


/***/ }),

/***/ 12414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markPattern),
/* harmony export */   n: () => (/* binding */ SHORTCODES)
/* harmony export */ });
/**
 * GitHub's shortcodes (gemoji names) of the emoji that checklist titles carry \u2014 checks and crosses, status circles, warnings,
 * locks, tools, clocks, documents \u2014 each to its emoji without variation selector. A shortcode not here stands for no emoji.
 * One table for every reader of checklist marks: the sign-off matcher (a `:shortcode:` tick for a title's emoji,
 * gate/attest.ts), the status spellings (`\u2014 :hourglass: pending`, matcher.ts) and a table's status cells (markdown.ts).
 */
const SHORTCODES = new Map([
    [':white_check_mark:', '\u{2705}'], [':heavy_check_mark:', '\u{2714}'], [':ballot_box_with_check:', '\u{2611}'],
    [':x:', '\u{274C}'], [':negative_squared_cross_mark:', '\u{274E}'], [':heavy_multiplication_x:', '\u{2716}'], [':warning:', '\u{26A0}'],
    [':rocket:', '\u{1F680}'], [':lock:', '\u{1F512}'], [':unlock:', '\u{1F513}'], [':key:', '\u{1F511}'],
    [':closed_lock_with_key:', '\u{1F510}'], [':lock_with_ink_pen:', '\u{1F50F}'], [':fire:', '\u{1F525}'],
    [':bug:', '\u{1F41B}'], [':construction:', '\u{1F6A7}'], [':rotating_light:', '\u{1F6A8}'], [':memo:', '\u{1F4DD}'],
    [':pencil:', '\u{1F4DD}'], [':pencil2:', '\u{270F}'], [':bell:', '\u{1F514}'], [':no_bell:', '\u{1F515}'],
    [':eyes:', '\u{1F440}'], [':+1:', '\u{1F44D}'], [':thumbsup:', '\u{1F44D}'], [':-1:', '\u{1F44E}'],
    [':thumbsdown:', '\u{1F44E}'], [':tada:', '\u{1F389}'], [':sparkles:', '\u{2728}'], [':star:', '\u{2B50}'],
    [':zap:', '\u{26A1}'], [':boom:', '\u{1F4A5}'], [':bomb:', '\u{1F4A3}'], [':hammer:', '\u{1F528}'],
    [':wrench:', '\u{1F527}'], [':gear:', '\u{2699}'], [':hammer_and_wrench:', '\u{1F6E0}'], [':shield:', '\u{1F6E1}'],
    [':mag:', '\u{1F50D}'], [':mag_right:', '\u{1F50E}'], [':bar_chart:', '\u{1F4CA}'],
    [':chart_with_upwards_trend:', '\u{1F4C8}'], [':chart_with_downwards_trend:', '\u{1F4C9}'],
    [':clipboard:', '\u{1F4CB}'], [':calendar:', '\u{1F4C6}'], [':date:', '\u{1F4C5}'],
    [':spiral_calendar:', '\u{1F5D3}'], [':hourglass:', '\u{231B}'], [':hourglass_flowing_sand:', '\u{23F3}'],
    [':stopwatch:', '\u{23F1}'], [':alarm_clock:', '\u{23F0}'], [':package:', '\u{1F4E6}'], [':whale:', '\u{1F433}'],
    [':globe_with_meridians:', '\u{1F310}'], [':link:', '\u{1F517}'], [':email:', '\u{1F4E7}'],
    [':envelope:', '\u{2709}'], [':computer:', '\u{1F4BB}'], [':floppy_disk:', '\u{1F4BE}'],
    [':file_folder:', '\u{1F4C1}'], [':open_file_folder:', '\u{1F4C2}'], [':card_file_box:', '\u{1F5C3}'],
    [':books:', '\u{1F4DA}'], [':book:', '\u{1F4D6}'], [':bookmark:', '\u{1F516}'], [':pushpin:', '\u{1F4CC}'],
    [':round_pushpin:', '\u{1F4CD}'], [':paperclip:', '\u{1F4CE}'], [':heavy_plus_sign:', '\u{2795}'],
    [':heavy_minus_sign:', '\u{2796}'], [':question:', '\u{2753}'], [':grey_question:', '\u{2754}'],
    [':exclamation:', '\u{2757}'], [':heavy_exclamation_mark:', '\u{2757}'], [':grey_exclamation:', '\u{2755}'],
    [':bangbang:', '\u{203C}'], [':no_entry:', '\u{26D4}'], [':no_entry_sign:', '\u{1F6AB}'],
    [':stop_sign:', '\u{1F6D1}'], [':red_circle:', '\u{1F534}'], [':large_blue_circle:', '\u{1F535}'],
    [':blue_circle:', '\u{1F535}'], [':green_circle:', '\u{1F7E2}'], [':yellow_circle:', '\u{1F7E1}'],
    [':orange_circle:', '\u{1F7E0}'], [':white_circle:', '\u{26AA}'], [':black_circle:', '\u{26AB}'],
    [':green_heart:', '\u{1F49A}'], [':heart:', '\u{2764}'], [':new:', '\u{1F195}'], [':sos:', '\u{1F198}'],
    [':information_source:', '\u{2139}'], [':bulb:', '\u{1F4A1}'], [':recycle:', '\u{267B}'],
    [':arrows_counterclockwise:', '\u{1F504}'], [':repeat:', '\u{1F501}'], [':arrow_right:', '\u{27A1}'],
    [':arrow_left:', '\u{2B05}'], [':arrow_up:', '\u{2B06}'], [':arrow_down:', '\u{2B07}'],
    [':point_right:', '\u{1F449}'], [':muscle:', '\u{1F4AA}'], [':pray:', '\u{1F64F}'], [':clap:', '\u{1F44F}'],
    [':cloud:', '\u{2601}'], [':sunny:', '\u{2600}'], [':snowflake:', '\u{2744}'], [':police_officer:', '\u{1F46E}'],
    [':cop:', '\u{1F46E}'], [':robot:', '\u{1F916}'], [':busts_in_silhouette:', '\u{1F465}'],
    [':bust_in_silhouette:', '\u{1F464}'], [':speech_balloon:', '\u{1F4AC}'], [':loudspeaker:', '\u{1F4E2}'],
    [':mega:', '\u{1F4E3}'], [':satellite:', '\u{1F4E1}'], [':test_tube:', '\u{1F9EA}'], [':microscope:', '\u{1F52C}'],
    [':toolbox:', '\u{1F9F0}'], [':chains:', '\u{26D3}'], [':scroll:', '\u{1F4DC}'], [':page_facing_up:', '\u{1F4C4}'],
    [':trophy:', '\u{1F3C6}'], [':checkered_flag:', '\u{1F3C1}'], [':triangular_flag_on_post:', '\u{1F6A9}'],
    [':vertical_traffic_light:', '\u{1F6A6}'], [':traffic_light:', '\u{1F6A5}'], [':moneybag:', '\u{1F4B0}'],
    [':skull:', '\u{1F480}'], [':skull_and_crossbones:', '\u{2620}'], [':ambulance:', '\u{1F691}'],
    [':fire_engine:', '\u{1F692}'], [':ship:', '\u{1F6A2}'], [':airplane:', '\u{2708}'], [':hospital:', '\u{1F3E5}'],
    [':dart:', '\u{1F3AF}'], [':label:', '\u{1F3F7}'], [':inbox_tray:', '\u{1F4E5}'], [':outbox_tray:', '\u{1F4E4}']
]);
/**
 * A regex source for one of `marks` (emoji, each optionally followed by the emoji variation selector) or a shortcode GitHub
 * renders as one of them (SHORTCODES); for a regex with the `u` flag.
 */
function markPattern(marks) {
    const chars = new Set([...marks]);
    const names = [...SHORTCODES].filter(([, emoji]) => chars.has(emoji)).map(([code]) => code.slice(1, -1).replace(/[+-]/g, '\\$&'));
    return `(?:[${marks}]\uFE0F?${names.length ? `|:(?:${names.join('|')}):` : ''})`;
}


/***/ }),

/***/ 78890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   normaliseTitle: () => (/* binding */ normaliseTitle)
/* harmony export */ });
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52907);
/** Titles compared the way people write them: markup, case and spacing do not count. */

/**
 * Normalises a title, an id or a checkbox text for comparison: character references are decoded
 * (`R&amp;D` as the Markdown parser reads it: `R&D`), HTML comments and tags, link and
 * image syntax, code spans, backslash escapes, emphasis and strikethrough markers are removed;
 * Unicode is NFKC-normalised; a control character that is no white space is read as its `\xNN` spelling (as reports
 * show it); case is folded, and \u0451 read as \u0435; runs of white space collapse to one space.
 * Word-internal underscores (`SESSION_COOKIE_SECURE`) are kept. `keepQuoted`: a marker that is all a pair of quotes holds
 * (`allow_origins=["*"]`) is kept too, for showing the words a phrase rule matched as the item has them (the rules read
 * the text without it).
 */
function normaliseTitle(text, keepQuoted = false) {
    return (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeCharacterReferences */ .yC)(text)
        .normalize('NFKC')
        // A control character that is no white space (a YAML title's `\e`, `\a`) as the summaries show it, `\x1b`: a tick of
        // the line they give signs the item off.
        .replace(/[\x00-\x08\x0e-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
        .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
        // Link text holds no `[` (a run of thousands of `[` would be scanned to the end from each one: quadratic).
        .replace(/!?\[([^[\]]*)\]\([^)]*\)/g, '$1')
        .replace(/!?\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
        // Escapes go first: the Markdown parser has already resolved them in a checklist title.
        .replace(/\\([!-/:-@[-`{-~])/g, '$1')
        .replace(/`+/g, '')
        .replace(/\*\*|__|~~/g, '')
        // An opening marker touches the word it emphasises; a lone `*` ("no `*`", "(no *)") is text.
        .replace(/(^|[\s([{"'])[*_~]+(?=[\p{L}\p{N}[(`'"])/gu, (run, lead, at, s) => (keepQuoted && quoted(s, at + lead.length, run.length - lead.length) ? run : lead))
        // A `*` after `=` is a value (`CORS_ORIGINS=*`), not a closing marker.
        .replace(/(?<=[^\s=])[*_~]+(?=$|[\s)\]}"'.,:;!?])/g, (run, at, s) => (keepQuoted && quoted(s, at, run.length) ? run : ''))
        .toLowerCase()
        // Russian writes \u0451 as \u0435 as often as not (most keyboards): "\u043e\u0431\u043d\u043e\u0432\u043b\u0435\u043d" is "\u043e\u0431\u043d\u043e\u0432\u043b\u0451\u043d".
        .replace(/\u0451/g, '\u0435')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Whether the marker run at `at` (of `length` characters) is all that a pair of quotes holds: `"*"`, `'*'`. */
function quoted(s, at, length) {
    const before = s[at - 1];
    return (before === '"' || before === "'") && s[at + length] === before;
}


/***/ }),

/***/ 90965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ itemCapMessage),
/* harmony export */   Z: () => (/* binding */ MAX_CHECKLIST_ITEMS)
/* harmony export */ });
/**
 * The most items a checklist (YAML or Markdown) may hold: realistic lists hold under 500, and binding a Markdown list
 * costs time and memory per item, so a larger one is a configuration error before that work (see itemCapMessage).
 */
const MAX_CHECKLIST_ITEMS = 10_000;
/** The error for a checklist over MAX_CHECKLIST_ITEMS items, at the first item past the cap: what the cap is, what to do. */
function itemCapMessage() {
    return `the checklist holds more than ${MAX_CHECKLIST_ITEMS.toLocaleString('en-US')} items (this is item ${(MAX_CHECKLIST_ITEMS + 1).toLocaleString('en-US')}): a checklist may hold at most ${MAX_CHECKLIST_ITEMS.toLocaleString('en-US')}; split it into smaller checklists, or cover many files with one item's \`paths\` rather than an item per file`;
}


/***/ }),

/***/ 14877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseOptions),
/* harmony export */   Q: () => (/* binding */ executeCheck)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9691);
/* harmony import */ var _checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52907);
/* harmony import */ var _checks_util_option_entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37660);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64170);
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19714);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70289);
/* harmony import */ var _checklist_issue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58343);







/**
 * Validates an item's options against a check's schema; unknown keys are errors. Every mistake is reported (one per
 * place, each unknown key at itself), in the order they are written when `locate` says where, else the schema's.
 * `where` names the checklist location for the message.
 */
function parseOptions(def, raw, where, locate) {
    let schema = def.options;
    if (schema instanceof zod__WEBPACK_IMPORTED_MODULE_6__/* .ZodObject */ .bvH)
        schema = schema.strict();
    const res = schema.safeParse(raw ?? {});
    if (res.success)
        return res.data;
    const errors = [];
    const said = new Set();
    for (const issue of res.error.issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            // Like unknown checklist keys: each one at itself, with the nearest known option and the ones there are.
            const known = optionKeys(def.options, path);
            for (const key of issue.keys) {
                const hint = known.length ? `${(0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .au)((0,_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .suggestIds */ .BW)(key, known))}; expected ${known.length === 1 ? `'${known[0]}'` : `one of: ${known.join(', ')}`}` : '';
                errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`unknown option '${key}' for check '${def.id}'${hint}`, locate?.([...path, key], true) ?? where));
            }
            continue;
        }
        // One mistake per place: a value failing several rules is said once, by the first.
        if (said.has(JSON.stringify(path)))
            continue;
        said.add(JSON.stringify(path));
        // An empty key (`imagePorts: { "": \u2026 }`) shown as written, not as a trailing dot.
        const at = path.length ? `options.${path.map((p) => (p === '' ? '""' : p)).join('.')}` : 'options';
        // The offending value, where the checklist says where.
        // A key the schema refuses (`imagePorts: { "": [5432] }`) is pointed at itself, not at its value.
        errors.push(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${at} for check '${def.id}': ${(0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_5__/* .issueWording */ .s)(issue, (0,_checklist_issue_js__WEBPACK_IMPORTED_MODULE_5__/* .valueAt */ .f)(raw ?? {}, path))}`, locate?.(path, issue.code === 'invalid_key') ?? where));
    }
    throw (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .configErrors */ .kV)(locate ? (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .inFileOrder */ .w$)(errors) : errors);
}
/** The keys of the options object at `path` of a check's options schema (empty when it is not an object). */
function optionKeys(schema, path) {
    let at = (0,_checks_util_option_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .optionsObject */ .Me)(schema);
    for (const key of path)
        at = at && typeof key === 'string' ? (0,_checks_util_option_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .optionsObject */ .Me)(at.shape[key]) : null;
    return at ? Object.keys(at.shape).sort() : [];
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
            // The file pass the pipeline runs, on this thread, over this view: one chunk.
            let next = 0;
            const pass = (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanChunks */ .Qc)(view.files, Math.max(1, view.files.length), [{ check: def.id, options }], new Map([[def.id, def]]), (f) => view.text(f) ?? null, () => next++, (f) => view.chunks(f));
            if (pass.errors[0])
                return { findings, error: pass.errors[0] };
            rows = pass.results[0].map(([i, data]) => ({ file: view.files[i], data }));
        }
        await def.run({
            snapshot: view,
            options,
            scanned: rows,
            now,
            // Messages are one line in every report, whatever names or source a check quotes, and printable (no control character a file holds).
            report: (f) => { const message = (0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)((0,_checks_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(f.message)); findings.push(message === f.message ? f : { ...f, message }); },
            skip: (reason) => { skipped = reason; },
        });
    }
    catch (e) {
        return { findings, error: `check '${def.id}' failed: ${e?.message ?? String(e)}` };
    }
    return findings.length ? { findings } : { findings, skipped };
}


/***/ }),

/***/ 79321:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ PRESETS)
/* harmony export */ });
// Generated by scripts/gen.mjs from checklists/*.yml \u2014 do not edit.
const PRESETS = {
    "django": "# Django projects.\nversion: 1\nitems:\n  - { id: production-server, title: \"Django runs under gunicorn/uvicorn (not runserver)\", check: production-server }\n  - { id: debug-mode, title: \"DEBUG is False in production settings\", check: debug-mode }\n  - { id: cors-wildcard, title: \"django-cors-headers does not allow all origins\", check: cors-wildcard }\n  - { id: cookie-flags, title: \"Session and CSRF cookies are Secure and HttpOnly\", check: cookie-flags }\n  - { id: hardcoded-secret, title: \"SECRET_KEY is not hard-coded\", check: hardcoded-secret }\n  - { id: default-credentials, title: \"No insecure or placeholder SECRET_KEY and passwords\", check: default-credentials }\n  - { id: dev-server-exposed, title: \"Django debug pages are not exposed\", check: dev-server-exposed }\n  - { id: hsts, title: \"HSTS is enabled\", check: hsts }\n",
    "docker": "# Container hygiene: Dockerfiles and compose files.\nversion: 1\nitems:\n  - { id: image-tag-pinned, title: \"Container images use pinned tags\", check: image-tag-pinned }\n  - { id: dockerfile-non-root, title: \"Containers do not run as root\", check: dockerfile-non-root }\n  - { id: dockerfile-healthcheck, title: \"Images declare a HEALTHCHECK\", check: dockerfile-healthcheck }\n  - { id: dockerfile-secrets-in-env, title: \"No secrets baked into image ENV/ARG\", check: dockerfile-secrets-in-env }\n  - { id: production-server, title: \"Production runs a production server\", check: production-server }\n  - { id: database-port-exposed, title: \"Database ports are not published\", check: database-port-exposed }\n  - { id: resource-limits, title: \"Services have memory limits\", check: resource-limits }\n  - { id: restart-policy, title: \"Services have a restart policy\", check: restart-policy }\n  - { id: env-file-committed, title: \"No .env files are committed\", check: env-file-committed }\n",
    "flask": "# Flask applications.\nversion: 1\nitems:\n  - { id: production-server, title: \"Flask runs under gunicorn (not flask run)\", check: production-server }\n  - { id: debug-mode, title: \"Flask debug mode is off\", check: debug-mode }\n  - { id: cors-wildcard, title: \"Flask-CORS does not allow any origin\", check: cors-wildcard }\n  - { id: cookie-flags, title: \"Session cookies are Secure and HttpOnly\", check: cookie-flags }\n  - { id: hardcoded-secret, title: \"SECRET_KEY is not hard-coded\", check: hardcoded-secret }\n  - { id: default-credentials, title: \"No default or placeholder credentials\", check: default-credentials }\n  - { id: dev-server-exposed, title: \"Werkzeug dev server and debugger are not exposed\", check: dev-server-exposed }\n  - { id: security-headers, title: \"Security headers are set\", check: security-headers }\n",
    "kubernetes": "# Kubernetes workloads.\nversion: 1\nitems:\n  - { id: image-tag-pinned, title: \"Container images use pinned tags\", check: image-tag-pinned }\n  - { id: k8s-run-as-non-root, title: \"Pods run as non-root\", check: k8s-run-as-non-root }\n  - { id: k8s-probes, title: \"Workloads have readiness and liveness probes\", check: k8s-probes }\n  - { id: resource-limits, title: \"Containers have memory limits\", check: resource-limits }\n  - { id: hardcoded-secret, title: \"No literal Secret manifests or hard-coded secrets\", check: hardcoded-secret }\n  - { id: default-credentials, title: \"No default or placeholder credentials in deploy config\", check: default-credentials }\n  - { id: database-port-exposed, title: \"Databases are not exposed by LoadBalancer/NodePort Services\", check: database-port-exposed }\n  - { id: debug-mode, title: \"Debug mode is off in production\", check: debug-mode }\n",
    "node": "# Node.js services.\nversion: 1\nitems:\n  - { id: production-server, title: \"Production does not run a dev server (nodemon, next dev, vite)\", check: production-server }\n  - { id: debug-mode, title: \"NODE_ENV is not development in deploy config\", check: debug-mode }\n  - { id: cors-wildcard, title: \"Express cors() does not allow any origin\", check: cors-wildcard }\n  - { id: cookie-flags, title: \"Session cookies are Secure and HttpOnly\", check: cookie-flags }\n  - { id: tls-protocols-config, title: \"TLS servers refuse TLS 1.0/1.1\", check: tls-protocols-config }\n  - { id: hardcoded-secret, title: \"No secrets are hard-coded\", check: hardcoded-secret }\n  - { id: server-version-leak, title: \"Responses do not reveal server versions\", check: server-version-leak }\n",
    "recommended": "# The default checklist: what every production deployment should satisfy.\n# Item ids are stable; an item in your checklist with the same id replaces the preset's.\nversion: 1\nitems:\n  - { id: env-file-committed, title: \"No .env files are committed\", check: env-file-committed }\n  - { id: env-file-not-ignored, title: \".env is ignored by git\", check: env-file-not-ignored }\n  - { id: hardcoded-secret, title: \"No secrets are hard-coded in the repository\", check: hardcoded-secret }\n  - { id: default-credentials, title: \"No default or placeholder credentials in deploy config\", check: default-credentials }\n  - { id: image-tag-pinned, title: \"Container images use pinned tags\", check: image-tag-pinned }\n  - { id: dockerfile-non-root, title: \"Containers do not run as root\", check: dockerfile-non-root }\n  - { id: dockerfile-secrets-in-env, title: \"No secrets baked into image ENV/ARG\", check: dockerfile-secrets-in-env }\n  - { id: production-server, title: \"Production runs a production server\", check: production-server }\n  - { id: debug-mode, title: \"Debug mode is off in production\", check: debug-mode }\n  - { id: cors-wildcard, title: \"CORS does not allow any origin\", check: cors-wildcard }\n  - { id: cookie-flags, title: \"Session cookies are Secure and HttpOnly\", check: cookie-flags }\n  - { id: tls-protocols-config, title: \"TLS servers refuse TLS 1.0/1.1\", check: tls-protocols-config }\n  - { id: database-port-exposed, title: \"Database ports are not published\", check: database-port-exposed }\n  - { id: health-endpoint, title: \"Health endpoint answers\", check: health-endpoint }\n  - { id: https-redirect, title: \"HTTP redirects to HTTPS\", check: https-redirect }\n  - { id: hsts, title: \"HSTS is enabled\", check: hsts }\n  - { id: tls-version, title: \"Only TLS 1.2+ is accepted\", check: tls-version }\n  - { id: certificate, title: \"Certificate is valid and not expiring\", check: certificate }\n  - { id: security-headers, title: \"Security headers are set\", check: security-headers }\n  - { id: cors-policy, title: \"CORS policy does not trust foreign origins\", check: cors-policy }\n  - { id: cookie-security, title: \"Cookies are Secure, HttpOnly and SameSite\", check: cookie-security }\n  - { id: dev-server-exposed, title: \"No development server or debugger is exposed\", check: dev-server-exposed }\n  - { id: sensitive-paths, title: \"No .env or .git served over HTTP\", check: sensitive-paths }\n",
};


/***/ })

};
