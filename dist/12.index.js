export const id = 12;
export const ids = [12,25,239,926];
export const modules = {

/***/ 15012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: checklistNotDiscoveredNotice, defaultCheckName, rootChecklistNotice, stickyKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core_core = __webpack_require__(88532);
// EXTERNAL MODULE: ./lib/types.js
var types = __webpack_require__(64170);
// EXTERNAL MODULE: ./lib/settings.js
var settings = __webpack_require__(3390);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(26749);
// EXTERNAL MODULE: ./lib/report/workflow-anchor.js
var workflow_anchor = __webpack_require__(4239);
;// CONCATENATED MODULE: ./lib/gate/attesters.js
/**
 * Who may sign off manual items in a pull request (the action's `attesters` input): GitHub logins and author associations.
 * Pure: the action reads the pull request and its reviews (src/github/pulls.ts) and asks these functions which of them
 * count. Without attesters anyone who can edit the description signs off (DESIGN: the description's ticks attest).
 */

/** GitHub's `author_association` values, as the API spells them. */
const AUTHOR_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE'];
/**
 * What to write for a role word that is no author association (`members`, `owners`, `maintainers`, `admin`, `write`): the
 * association it most likely means, said as advice; undefined for any other word. A plural of an association
 * (`members`, `COLLABORATORS`) means that association.
 */
function roleWord(entry) {
    const word = entry.toUpperCase().replace(/[\s-]+/g, '_');
    const plural = AUTHOR_ASSOCIATIONS.find((a) => `${a}S` === word);
    if (plural)
        return `write ${plural} for the association`;
    if (/^(?:ADMINS?|ADMINISTRATORS?|MAINTAINERS?|MAINTAIN|WRITE|WRITERS?|PUSH|COMMITTERS?|REVIEWERS?|TEAM|STAFF|CORE)$/.test(word)) {
        return `GitHub's author associations are ${AUTHOR_ASSOCIATIONS.join(', ')} (OWNER for the repository's owner, MEMBER for the organisation's members, COLLABORATOR for invited collaborators), or list the logins`;
    }
    return undefined;
}
/** A GitHub login: letters, digits and single inner hyphens, at most 39 characters; an app's bot account ends in `[bot]`. */
const LOGIN = /^(?=.{1,39}(?:\[bot\])?$)[a-z\d](?:-?[a-z\d])*(?:\[bot\])?$/i;
const EXPECTED = `expected a GitHub login (\`alice\`, \`@alice\`) or an author association as GitHub spells it (${AUTHOR_ASSOCIATIONS.join(', ')})`;
/**
 * Parses the entries of the `attesters` input, given line by line with the label an error names (`input 'attesters' line 2`);
 * a line may hold several entries separated by commas. An entry in capitals that GitHub uses as an `author_association`
 * (`MEMBER`) is that association; any other is a login, with an optional leading `@` (`@member` is the user `member`).
 * An association spelt otherwise without the `@` (`owner`, `Member`, `first-timer`) is a configuration error: it may be
 * meant either way, and read as a login it would hand the sign-off to whoever owns that account.
 * A team (`@org/team`) is a configuration error: its members can be listed only with an organisation token.
 */
function parseAttesters(lines) {
    const logins = new Set();
    const associations = new Set();
    const written = [];
    for (const { text, label } of lines) {
        for (const raw of text.split(',')) {
            const entry = raw.trim();
            if (!entry)
                continue;
            const spelt = entry.startsWith('@') ? undefined : AUTHOR_ASSOCIATIONS.find((a) => a === entry.toUpperCase().replace(/[\s-]+/g, '_'));
            const role = entry.startsWith('@') || spelt ? undefined : roleWord(entry);
            if (AUTHOR_ASSOCIATIONS.includes(entry)) {
                associations.add(entry);
            }
            else if (spelt && LOGIN.test(entry)) {
                // `owner`, `Member`, `first-timer`: a login to GitHub, but almost certainly meant as the association. Read as the
                // login, anyone who registered that account would sign off (anyone may approve a public repository's pull request).
                throw new types/* ConfigError */.xL(`${label}: ${quote(entry)} spells the author association ${spelt} in other letters: write ${spelt} for the association, or @${entry} for the login`);
            }
            else if (role && LOGIN.test(entry)) {
                // `members`, `maintainers`, `admin`, `write`: a role or permission, which GitHub's author associations only approximate;
                // read as a login it would hand the sign-off to whoever owns that account, and no member or maintainer would count.
                throw new types/* ConfigError */.xL(`${label}: ${quote(entry)} names a role, not a login: ${role}; or write @${entry} for the login`);
            }
            else if (URLISH.test(entry) && !/\/orgs\/[^/]+\/teams\//i.test(entry)) {
                // A profile's address (`https://github.com/bob`), no team (a team's page, `\u2026/orgs/acme/teams/sre`, is told as a team
                // below): say to write the login it names.
                const login = profileLogin(entry);
                throw new types/* ConfigError */.xL(`${label}: ${quote(entry)} is a URL: ${login ? `write the login alone (\`${login}\`)` : EXPECTED}`);
            }
            else if (entry.includes('/')) {
                throw new types/* ConfigError */.xL(`${label}: ${quote(entry)} is a team: teams are not supported (reading a team's members needs an organisation token with read:org, which the job's GITHUB_TOKEN does not have); list its members' logins, or use an author association such as MEMBER (the organisation's members) or COLLABORATOR`);
            }
            else if (LOGIN.test(entry.replace(/^@/, ''))) {
                logins.add(entry.replace(/^@/, '').toLowerCase());
            }
            else {
                const association = AUTHOR_ASSOCIATIONS.find((a) => a === entry.toUpperCase().replace(/[\s-]+/g, '_'));
                throw new types/* ConfigError */.xL(`${label}: ${quote(entry)} is neither a login nor an author association: ${EXPECTED}${association ? ` \u2014 the association is written ${association}` : ''}`);
            }
            written.push(entry);
        }
    }
    if (!written.length)
        throw new types/* ConfigError */.xL(`${lines[0]?.label ?? "input 'attesters'"}: no entry: ${EXPECTED}, separated by commas or newlines`);
    return { logins, associations, written };
}
/** An entry written as an address: a scheme (`https://\u2026`), or GitHub's host (`github.com/bob`, `www.github.com/bob`). */
const URLISH = /^(?:[a-z][a-z\d+.-]*:\/\/|(?:www\.)?github\.com(?:\/|$))/i;
/** The login a GitHub profile's address names (`https://github.com/bob/` \u2192 `bob`), or null when it names none. */
function profileLogin(entry) {
    let url;
    try {
        url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(entry) ? entry : `https://${entry}`);
    }
    catch {
        return null;
    }
    const segments = url.pathname.split('/').filter(Boolean);
    let login = '';
    try {
        if (segments.length === 1)
            login = decodeURIComponent(segments[0]).replace(/^@/, '');
    }
    catch {
        return null;
    }
    return LOGIN.test(login) ? login : null;
}
const quote = (s) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}\u2026` : s);
/** Whether a user (login and the author association GitHub gives them on the pull request) is one of the attesters. */
function isAttester(attesters, login, association) {
    if (login && attesters.logins.has(login.toLowerCase()))
        return true;
    return association !== null && attesters.associations.has(association);
}
/**
 * The author association GitHub gives `login` on a pull request, from what the run has read: the pull request's own when
 * `login` is its author, else the one its latest review by `login` carries (the reviews API gives one per review; an
 * `edited` event's `sender` gives none). Null when neither tells it.
 */
function associationOf(login, pull, reviews) {
    const lower = login.toLowerCase();
    if (pull.author?.toLowerCase() === lower)
        return pull.association;
    return chronological(reviews).reverse().find((r) => r.login?.toLowerCase() === lower && r.association)?.association ?? null;
}
/** The review states that set where a reviewer stands (COMMENTED and PENDING change nothing, as on GitHub). */
const STANDING_STATES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** A task-list line, ticked or not (`- [ ] Backups restored`, `* [x] \u2026`). */
const TASK_LINE = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/m;
/**
 * The reviews whose ticks sign manual items off, latest first: the approvals of attesters who stand approving, as GitHub's
 * own required reviews count them, by each reviewer's latest review that sets a state. A reviewer whose latest such review
 * requests changes or was dismissed (a dismissed review reads DISMISSED: an approval, or a change request the author
 * dismissed, which does not bring an earlier approval back) signs nothing off; one who stands approving signs off with the
 * latest approval since their last change request or dismissal that holds a task list (a plain re-approval after new
 * commits keeps the earlier ticks; one that unticks an item withdraws it).
 * Each carries its reviewer, who is the item's attester.
 */
function standingApprovals(reviews, attesters) {
    const ordered = chronological(reviews);
    const counted = countedApprovals(ordered, attesters);
    return [...counted].sort((x, y) => y - x).map((i) => ({ body: ordered[i].body, by: ordered[i].login }));
}
/**
 * The indexes (in `ordered`, chronological) of the approvals that sign off (see standingApprovals): per reviewer who is
 * an attester and whose latest state-setting review approves, their latest approval since their last change request or
 * dismissal that holds a task list.
 */
function countedApprovals(ordered, attesters) {
    const byReviewer = new Map();
    for (const [at, r] of ordered.entries()) {
        if (!r.login || !STANDING_STATES.has(r.state))
            continue;
        const login = r.login.toLowerCase();
        byReviewer.set(login, [...(byReviewer.get(login) ?? []), at]);
    }
    const out = new Set();
    for (const list of byReviewer.values()) {
        let since = list.length;
        while (since > 0 && ordered[list[since - 1]].state === 'APPROVED')
            since--;
        // The latest of those approvals that holds a checklist (ticked or not) is the reviewer's word: one that unticks an
        // item withdraws the earlier tick, and a plain "LGTM" re-approval keeps it.
        const latest = list.slice(since).reverse().find((i) => TASK_LINE.test(ordered[i].body));
        if (latest !== undefined && isAttester(attesters, ordered[latest].login, ordered[latest].association))
            out.add(latest);
    }
    return out;
}
/** Oldest first as GitHub lists them; a review's submission time orders them when given. */
const chronological = (reviews) => reviews.map((r, i) => ({ r, i })).sort((a, b) => (a.r.submittedAt && b.r.submittedAt && a.r.submittedAt !== b.r.submittedAt ? (a.r.submittedAt < b.r.submittedAt ? -1 : 1) : a.i - b.i)).map(({ r }) => r);
/** The latest state-setting review (APPROVED, CHANGES_REQUESTED, DISMISSED) of the reviewer of `ordered[i]`. */
const latestStateOf = (ordered, i) => {
    const login = ordered[i].login?.toLowerCase();
    return ordered.filter((r) => r.login?.toLowerCase() === login && STANDING_STATES.has(r.state)).at(-1)?.state;
};
/** The first change request or dismissed review of the reviewer of `ordered[i]` after it (its state), if any. */
const withdrawnAfter = (ordered, i) => {
    const login = ordered[i].login?.toLowerCase();
    return ordered.slice(i + 1).find((r) => r.login?.toLowerCase() === login && (r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED'))?.state;
};
/** A submitted review as a message names it, by its state. */
const REVIEW_KINDS = { APPROVED: 'approving review', COMMENTED: 'comment review', CHANGES_REQUESTED: 'review requesting changes', DISMISSED: 'dismissed review' };
/**
 * The submitted reviews with a body that sign nothing off, latest first (the others are {@link standingApprovals}): by
 * someone who is no attester, a comment review, a review requesting changes, a dismissed one, an approval whose reviewer
 * no longer stands approving (their latest review requests changes or was dismissed), or one a later approval of theirs
 * with a task list replaced. The action says so of those that tick a pending item: the reviewer meant to sign it off.
 */
function reviewsNotCounted(reviews, attesters) {
    const ordered = chronological(reviews);
    const counted = countedApprovals(ordered, attesters);
    const out = [];
    const approving = 'only a review approving the pull request signs off';
    for (const [i, r] of ordered.entries()) {
        if (!r.login || !r.body.trim() || counted.has(i))
            continue;
        const why = !isAttester(attesters, r.login, r.association) ? `@${r.login} is not among the attesters (input 'attesters')`
            : r.state === 'COMMENTED' || r.state === 'CHANGES_REQUESTED' ? approving
                : r.state === 'DISMISSED' ? 'it was dismissed, so it no longer counts'
                    : r.state !== 'APPROVED' ? null
                        : latestStateOf(ordered, i) !== 'APPROVED' ? `@${r.login}'s latest review ${latestStateOf(ordered, i) === 'DISMISSED' ? 'was dismissed' : 'requests changes'}, so the approval no longer stands`
                            : withdrawnAfter(ordered, i) ? `@${r.login} ${withdrawnAfter(ordered, i) === 'DISMISSED' ? 'had a later review dismissed' : 'requested changes'} after it, so its ticks no longer count: an approval since then signs off with the ticks it holds`
                                : TASK_LINE.test(r.body) ? `a later approval by @${r.login} with its own checklist replaces it`
                                    : null;
        const kind = REVIEW_KINDS[r.state];
        // (A PENDING review is not submitted: only its author sees it.)
        if (why && kind)
            out.push({ by: r.login, review: `the ${kind} by ${describeUser(r.login, r.association)}`, body: r.body, why });
    }
    return out.reverse();
}
/** How an author is named in a message: `@mallory (FIRST_TIME_CONTRIBUTOR)`. */
function describeUser(login, association) {
    return `${login ? `@${login}` : 'an unknown user'}${association ? ` (${association})` : ''}`;
}

;// CONCATENATED MODULE: ./lib/action/inputs.js








/** Names of the action's inputs, as declared in action.yml. */
const INPUT_NAMES = [
    'checklist', 'fail-on', 'severity-overrides', 'url', 'http-url', 'ca', 'allow-self-signed',
    'headers', 'timeout', 'wait', 'github-token', 'check-name', 'annotations', 'comment', 'sarif',
    'baseline', 'working-directory', 'attesters',
];
const optional = (s) => (s?.trim() ? s.trim() : undefined);
/** The values `core.getBooleanInput` accepts (after trimming), and nothing else. */
const BOOLEAN_VALUES = { true: ['true', 'True', 'TRUE'], false: ['false', 'False', 'FALSE'] };
/** The inputs of action.yml that take `true` or `false`. */
const BOOLEAN_INPUTS = (/* unused pure expression or super */ null && (['allow-self-signed', 'comment']));
const bool = (name) => schemas/* string */.YjP().optional().transform((v, ctx) => {
    const s = optional(v);
    if (s === undefined)
        return undefined;
    if (BOOLEAN_VALUES.true.includes(s))
        return true;
    if (BOOLEAN_VALUES.false.includes(s))
        return false;
    // As @actions/core's getBooleanInput: `yes`, `on`, `1` are not booleans in a workflow either.
    ctx.addIssue({ code: 'custom', message: `input '${name}' must be a YAML 1.2 boolean: one of ${[...BOOLEAN_VALUES.true, ...BOOLEAN_VALUES.false].join(', ')}; got '${s.slice(0, 40)}'` });
    return core_core/* NEVER */.tm;
});
/** Runs a shared settings parser inside a zod transform: its ConfigError becomes the issue. */
const via = (parse) => schemas/* string */.YjP().optional().transform((v, ctx) => {
    const s = optional(v);
    if (s === undefined)
        return undefined;
    try {
        return parse(s);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof types/* ConfigError */.xL ? e.message : String(e) });
        return core_core/* NEVER */.tm;
    }
});
/**
 * An input that takes one value (a path, a URL, a name): a value written over several lines (a `|` block holding two
 * URLs, two SARIF paths) is a configuration error naming the input, not a nonsense host or a file name with a newline.
 * The value itself is not repeated (a URL may carry a password).
 */
const single = (name, hint) => schemas/* string */.YjP().optional().transform((v, ctx) => {
    const s = optional(v);
    if (s === undefined || !/[\r\n]/.test(s))
        return s;
    ctx.addIssue({ code: 'custom', message: `input '${name}' takes one value on one line; got ${s.split(/\r\n|\r|\n/).filter((l) => l.trim()).length} lines (${hint})` });
    return core_core/* NEVER */.tm;
});
const ONE_URL = 'one deployment per run: a workflow matrix probes several';
/**
 * The entries of a list input written one per line (`headers`, `severity-overrides`), each with the label its error
 * names: blank lines and full-line `#` comments (users comment a `|` block: YAML keeps them in the value) are left out;
 * the label carries the line's number (from the top of the `|` block) when the value has more than one line.
 */
function listLines(value, name) {
    const lines = value.split(/\r\n|\r|\n/);
    const many = lines.filter((l) => l.trim()).length > 1;
    return lines.flatMap((text, i) => (!text.trim() || isComment(text) ? [] : [{ text, label: `input '${name}'${many ? ` line ${i + 1}` : ''}` }]));
}
/** The inputs written one entry per line, read with listLines. */
const LIST_INPUTS = ['headers', 'severity-overrides', 'attesters'];
/** A full-line comment of a list input. */
const isComment = (line) => line.trimStart().startsWith('#');
/** A list input parsed line by line (see listLines); `undefined` when it holds no entry. */
const list = (name, parse) => schemas/* string */.YjP().optional().transform((v, ctx) => {
    const entries = listLines(v ?? '', name);
    if (!entries.length)
        return undefined;
    try {
        return parse(entries);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e instanceof types/* ConfigError */.xL ? e.message : String(e) });
        return core_core/* NEVER */.tm;
    }
});
const inputSchema = schemas/* object */.Ikc({
    'checklist': single('checklist', 'one checklist file: it can `extends` others'),
    'fail-on': via((v) => (0,settings/* parseFailOn */.XV)(v, "input 'fail-on':")),
    'severity-overrides': list('severity-overrides', (entries) => {
        // One id given two different levels on two lines is an error naming both lines (see parseSeverityOverrides).
        const given = new Map();
        return Object.assign({}, ...entries.map(({ text, label }) => {
            // `id=off  # why`: a comment after an entry is not one (an id has no `#`): say where comments go.
            if (text.includes('#'))
                throw new types/* ConfigError */.xL(`${label}: ${text.trim()}: expected ID=LEVEL; a comment goes on a line of its own, starting with #`);
            return (0,settings/* parseSeverityOverrides */.AD)([text], `${label}:`, given);
        }));
    }).transform((v) => v ?? {}),
    'url': single('url', ONE_URL),
    'http-url': single('http-url', ONE_URL),
    'ca': single('ca', 'one PEM file: it may hold several certificates'),
    'allow-self-signed': bool('allow-self-signed'),
    // Headers with an empty value (a secret this run cannot read) are not sent; their names are kept for a warning.
    'headers': list('headers', (entries) => {
        const empty = [];
        const repeated = [];
        const onEmpty = (name, scheme) => empty.push(scheme ? `${name} (only '${scheme}', no credential)` : name);
        // Line by line, so an error names the line (it never shows the value); a later line wins per name (in any case), said.
        const headers = {};
        for (const { text, label } of entries) {
            for (const [name, value] of Object.entries((0,settings/* parseHeaders */.QG)([text], label, onEmpty)))
                (0,settings/* setHeader */.WH)(headers, name, value, (n) => { if (!repeated.includes(n))
                    repeated.push(n); });
        }
        return { headers, empty, repeated };
    }),
    'timeout': via((v) => (0,settings/* parseSeconds */.fL)(v, "input 'timeout':", true, settings/* MAX_TIMEOUT_SECONDS */.Pe)),
    'wait': via((v) => (0,settings/* parseSeconds */.fL)(v, "input 'wait':", false, settings/* MAX_WAIT_SECONDS */.ZI)),
    'github-token': schemas/* string */.YjP().optional().transform((v) => optional(v) ?? ''),
    'check-name': single('check-name', 'one check run name').transform((v) => v ?? 'Preflight'),
    'annotations': schemas/* string */.YjP().optional().transform((v, ctx) => {
        const s = optional(v)?.toLowerCase() ?? 'all';
        if (s === 'all' || s === 'changed')
            return s;
        ctx.addIssue({ code: 'custom', message: `input 'annotations' must be all or changed; got '${s}'` });
        return core_core/* NEVER */.tm;
    }),
    'comment': bool('comment').transform((b) => b ?? false),
    'sarif': single('sarif', 'one SARIF file path'),
    'baseline': single('baseline', 'one baseline file path'),
    'working-directory': single('working-directory', 'one folder per run: a workflow matrix scans several').transform((v) => v ?? '.'),
    // Who may sign off manual items (logins, author associations); empty: anyone who can edit the description, as before.
    'attesters': list('attesters', (entries) => parseAttesters(entries)).transform((v) => v ?? null),
}).transform(({ headers, ...rest }) => ({ ...rest, headers: headers?.headers ?? {}, emptyHeaders: headers?.empty ?? [], repeatedHeaders: headers?.repeated ?? [] }));
/** The inputs that name a path (relative to the workspace or to working-directory). */
const PATH_INPUTS = ['working-directory', 'checklist', 'baseline', 'ca', 'sarif'];
/**
 * What an error about a path adds when the path input it names holds a `\` on a POSIX runner (`services\web`, a
 * Windows habit): there `\` is part of a file name, not a separator, so the path was looked for as written. Empty when
 * no such input is named in `message`, or on Windows (where `\` is a separator).
 */
function backslashHint(inputs, message, platform = process.platform) {
    if (!inputs || platform === 'win32')
        return '';
    for (const name of PATH_INPUTS) {
        const v = inputs[name];
        if (typeof v === 'string' && v.includes('\\') && message.includes(v)) {
            return ` (input '${name}' holds a \`\\\`, which is part of a file name on this runner, not a separator: use / in paths \u2014 \`${v.replace(/\\/g, '/')}\`)`;
        }
    }
    return '';
}
/** Validates raw input strings (as the runner passes them); throws ConfigError naming the input. */
function parseInputs(raw) {
    const res = inputSchema.safeParse(raw);
    if (res.success)
        return res.data;
    throw new types/* ConfigError */.xL(res.error.issues[0]?.message ?? 'invalid input');
}
// Internal knob for the end-to-end tests only: not an input, not documented for users.
const TEST_RETRY_MS = 'PREFLIGHT_TEST_RETRY_MS';
const TEST_API_TIMEOUT_MS = 'PREFLIGHT_TEST_API_TIMEOUT_MS';
/** A repository's `owner/name`: two non-empty parts without slashes or spaces. */
const OWNER_NAME = /^[^/\s]+\/[^/\s]+$/;
/** Builds the runner context from an environment (`process.env` in the action). */
function parseRunnerContext(env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    let payload = {};
    let eventProblem = null;
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath) {
        // A missing or unreadable payload leaves the PR-only features off; the gate still runs, and
        // the log says why.
        let text = null;
        try {
            text = readFile(eventPath);
        }
        catch (e) {
            eventProblem = `the event payload ${eventPath} cannot be read (${e.code === 'ENOENT' ? 'it does not exist' : e.message})`;
        }
        if (text !== null) {
            try {
                const parsed = JSON.parse(text);
                if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                    payload = parsed;
                else
                    eventProblem = `the event payload ${eventPath} is not a JSON object`;
            }
            catch (e) {
                eventProblem = `the event payload ${eventPath} is not valid JSON (${text.trim() ? e.message.split('\n')[0] : 'it is empty'})`;
            }
        }
    }
    // GITHUB_REPOSITORY, else the payload's `repository` (as @actions/github's `context.repo` falls back to
    // it): a runner without the variable (act, a hand-made environment) still gets its check run.
    const payloadRepo = payload.repository && typeof payload.repository === 'object' ? payload.repository : {};
    // A value that is no `owner/name` (`acme`, a hand-made environment's typo) is not used: the payload's is, as when unset.
    const ownerName = (v) => (typeof v === 'string' && OWNER_NAME.test(v) ? v : '');
    const envRepository = env.GITHUB_REPOSITORY ?? '';
    const fromPayload = ownerName(payloadRepo.full_name)
        || (typeof payloadRepo.owner?.login === 'string' && typeof payloadRepo.name === 'string' ? ownerName(`${payloadRepo.owner.login}/${payloadRepo.name}`) : '');
    const fullName = ownerName(envRepository) || fromPayload;
    const repositoryProblem = envRepository && !ownerName(envRepository)
        ? `GITHUB_REPOSITORY (${JSON.stringify(envRepository)}) is not \`owner/name\`${fromPayload ? `: the repository is the event payload's (${fromPayload})` : ', and the event payload names no repository: the GitHub API is not used (no check run, no pull request read)'}`
        : null;
    const [owner, repo] = fullName.split('/');
    const preflightEnv = {};
    for (const [k, v] of Object.entries(env)) {
        if (k.startsWith('PREFLIGHT_') && k !== TEST_RETRY_MS && k !== TEST_API_TIMEOUT_MS && v !== undefined)
            preflightEnv[k] = v;
    }
    const retry = Number(env[TEST_RETRY_MS]);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        eventProblem,
        repository: owner && repo ? { owner, repo } : null,
        repositoryProblem,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        // Empty when unset (outside GitHub's runner): the report then goes to the OS temp folder, with a warning.
        runnerTemp: env.RUNNER_TEMP ?? '',
        debug: env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true',
        preflightEnv,
        workflowFile: (0,workflow_anchor.workflowFileOf)(env.GITHUB_WORKFLOW_REF, fullName || undefined),
        job: env.GITHUB_JOB ?? '',
        step: env.GITHUB_ACTION ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        retryMs: Number.isFinite(retry) && retry >= 0 && env[TEST_RETRY_MS] !== '' && env[TEST_RETRY_MS] !== undefined ? retry : 1000,
        apiTimeoutMs: Number(env[TEST_API_TIMEOUT_MS]) > 0 ? Number(env[TEST_API_TIMEOUT_MS]) : 30_000,
    };
}
/**
 * What is wrong with the API URL (GITHUB_API_URL, trailing slashes cut), or null when it is an http(s) URL. The runner
 * always sets a valid one; a hand-made environment (act, a container job's `env:`) may not.
 */
function apiUrlProblem(apiUrl) {
    const url = URL.canParse(apiUrl) ? new URL(apiUrl) : null;
    if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname)
        return null;
    return `GITHUB_API_URL (${JSON.stringify(apiUrl)}) is not an http(s) URL: expected the GitHub API's URL with its scheme, such as https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server (the runner sets it; check the job's or container's env)`;
}
/** Secret values among the raw inputs: the token and the header values masksValue keeps. */
function inputSecrets(raw) {
    const values = [raw['github-token'] ?? ''];
    for (const line of (raw.headers ?? '').split(/\r\n|\r|\n/)) {
        const i = line.indexOf(':');
        // A comment is not sent and not masked (masking `# staging auth` would hide those words in every log line); a
        // commented-out header under a secret-like name (`# Authorization: Bearer \u2026`) still has its value masked.
        if (isComment(line)) {
            const name = i < 0 ? '' : line.slice(0, i).trim().replace(/^#+\s*/, '');
            const value = line.slice(i + 1).trim();
            if (settings/* HEADER_NAME */.EQ.test(name) && (0,redact/* secretLikeName */.n1)(name) && !(0,settings/* credentialless */.rd)(name, value))
                values.push(value);
            continue;
        }
        // A value without a name is kept whole (it may be a malformed secret); named ones follow masksValue.
        if (i < 0) {
            values.push(line.trim());
            continue;
        }
        const value = line.slice(i + 1).trim();
        // `Authorization: Bearer` (the secret after it missing) is not sent, and masking `Bearer` would hide the word everywhere.
        if ((0,settings/* credentialless */.rd)(line.slice(0, i).trim(), value))
            continue;
        if ((0,redact/* masksValue */.Hc)(line.slice(0, i).trim(), value))
            values.push(value);
    }
    // A password in the `url`/`http-url` input (`https://deploy:pw@host/`) is a secret in every later line, an error about
    // a URL that does not parse included.
    for (const name of ['url', 'http-url'])
        values.push(...(0,redact/* urlPassword */.Ds)(raw[name] ?? ''));
    // The same rule as every other redaction: short values skipped, a bare `Bearer` credential added.
    return (0,redact/* secretsOf */.Fj)(values);
}
const masked = new Set();
/** `core.setSecret` once per value: the runner needs one `::add-mask::` line, and each is a line of the log. */
function maskOnce(value) {
    if (masked.has(value))
        return;
    masked.add(value);
    core/* setSecret */.Pq(value);
}
/**
 * Reads and validates every input (via `core.getInput`) and the runner environment. Secret inputs
 * are registered with `core.setSecret` before validation, so no later message can print them.
 */
function readSettings() {
    const raw = readRawInputs();
    for (const secret of inputSecrets(raw))
        maskOnce(secret);
    return { inputs: parseInputs(raw), runner: parseRunnerContext(process.env) };
}
/** The inputs as the runner passes them (via `core.getInput`), before validation. */
function readRawInputs() {
    const raw = {};
    // The list inputs untrimmed: an error's line number counts from the top of the `|` block, leading blank lines included.
    for (const name of INPUT_NAMES)
        raw[name] = core/* getInput */.V4(name, { trimWhitespace: !LIST_INPUTS.includes(name) });
    // The runner always passes `github-token` (its default is the job's token; an explicit '' stays ''). A
    // step run without it at all (a hand-made environment, `env: GITHUB_TOKEN`) uses GITHUB_TOKEN, as most actions do.
    if (process.env['INPUT_GITHUB-TOKEN'] === undefined && process.env.GITHUB_TOKEN)
        raw['github-token'] = process.env.GITHUB_TOKEN.trim();
    return raw;
}

;// CONCATENATED MODULE: ./lib/action/check-names.js
/**
 * Check run names this job has already used (QA49 action16 D1). GitHub's checks list, the merge box and branch protection
 * show only the latest check run of a name on a commit: a second Preflight step of the job writing the same name (an
 * advisory `fail-on: none` step after the gate, a probes-only step) would hide the first one's run, a failure under a
 * green check.
 *
 * Each step that writes a check run records its name, its conclusion and whether it gated (`fail-on` other than `none`)
 * in a small file under RUNNER_TEMP, keyed by repository, commit, workflow run, attempt and job. A later step of the same
 * job that finds the name taken picks another when its run would hide the earlier one's verdict (QA50 misc S1): a green
 * run over a failure, or an advisory run over a gate. A gating step after an advisory one, or a failing run after a
 * passing one, keeps the name: its run is the one the name should show (branch protection requires the name, and a gate
 * that ran second must not have its failure under a name nobody requires). RUNNER_TEMP is the
 * right scope: the runner gives every job one temporary folder, shared by its steps and emptied when the job starts, so
 * the steps of one job see each other's records and nothing else does (not a matrix's other jobs, which run with the
 * same GITHUB_JOB and step ids but their own RUNNER_TEMP, not an earlier job on a self-hosted runner). It costs no API
 * request and no permission (a lookup of the commit's check runs could not tell one job's steps from a matrix's jobs).
 */


/** The record's file under RUNNER_TEMP. */
const CLAIMS_FILE = 'preflight-check-runs.json';
/** At most this many records are kept (a job with more Preflight steps than that is not a real one). */
const MAX_CLAIMS = 200;
/** At most this many numbered names are tried (`Preflight (2)` \u2026 ). */
const MAX_ORDINAL = MAX_CLAIMS + 2;
const sameScope = (a, b) => a.repo.toLowerCase() === b.repo.toLowerCase() && a.sha.toLowerCase() === b.sha.toLowerCase() && a.run === b.run && a.attempt === b.attempt && a.job === b.job;
const isClaim = (v) => {
    if (!v || typeof v !== 'object')
        return false;
    const c = v;
    return ['repo', 'sha', 'run', 'attempt', 'job', 'name', 'step', 'folder'].every((k) => typeof c[k] === 'string')
        && (c.conclusion === undefined || c.conclusion === 'success' || c.conclusion === 'failure')
        && (c.gates === undefined || typeof c.gates === 'boolean');
};
/** An earlier record's verdict: one without it (written by an older Preflight) is taken for a failing gate, which nothing replaces. */
const verdictOf = (c) => ({ conclusion: c.conclusion ?? 'failure', gates: c.gates ?? true });
const rank = (c) => (c === 'failure' ? 1 : 0);
/**
 * Whether a later run (`later`) may be the latest of a name an earlier run (`earlier`) holds: GitHub then shows only it
 * (the checks list, the merge box, branch protection), so it may only when that hides no verdict that gates \u2014 its
 * conclusion is worse (a failure after a success), or as bad and it gates where the earlier run did not (a gate after an
 * advisory `fail-on: none` step). A run as bad as a gate's, or better, gets a name of its own, so both stay in view.
 */
function supersedes(later, earlier) {
    const d = rank(later.conclusion) - rank(earlier.conclusion);
    return d > 0 || (d === 0 && later.gates && !earlier.gates);
}
/** The records under `runnerTemp` (none when there is no file, or it cannot be read). */
function readClaims(runnerTemp) {
    if (!runnerTemp)
        return [];
    try {
        const parsed = JSON.parse(external_node_fs_.readFileSync(external_node_path_.join(runnerTemp, CLAIMS_FILE), 'utf8'));
        return Array.isArray(parsed) ? parsed.filter(isClaim).slice(-MAX_CLAIMS) : [];
    }
    catch {
        return [];
    }
}
/** Adds a record; false when it could not be written (no RUNNER_TEMP, or an unwritable one). */
function recordClaim(runnerTemp, claim) {
    if (!runnerTemp)
        return false;
    try {
        const all = [...readClaims(runnerTemp), claim].slice(-MAX_CLAIMS);
        const file = external_node_path_.join(runnerTemp, CLAIMS_FILE);
        const tmp = `${file}.${process.pid}.tmp`;
        external_node_fs_.writeFileSync(tmp, `${JSON.stringify(all)}\n`);
        external_node_fs_.renameSync(tmp, file);
        return true;
    }
    catch {
        return false;
    }
}
/** A step id the workflow gave (`id: advisory`), not one the runner made up (`__preflight-gate_preflight`, `__run_2`). */
const ownStepId = (step) => /^[A-Za-z_][\w-]*$/.test(step) && !step.startsWith('__');
/**
 * Null when no earlier step of this job (`scope`) used `name`. Else, when this step's run (`verdict`, a failing gate when
 * not given) supersedes the latest run of the name (see supersedes), the name itself with `kept`; else the name this
 * step's check run gets instead, the first one not used yet of: the folder it scans when the earlier run's was another
 * (`Preflight (services/api)`), the step's own id (`Preflight (advisory)`), a number (`Preflight (2)`).
 */
function uniqueName(name, scope, claims, step, folder, verdict = { conclusion: 'failure', gates: true }) {
    const here = claims.filter((c) => sameScope(c, scope));
    // The latest run of the name: the one GitHub shows.
    const earlier = here.findLast((c) => c.name === name);
    if (!earlier)
        return null;
    if (supersedes(verdict, verdictOf(earlier)))
        return { name, earlier, kept: true };
    const taken = new Set(here.map((c) => c.name));
    const candidates = [
        ...(folder && folder !== earlier.folder ? [`${name} (${folder})`] : []),
        ...(ownStepId(step) ? [`${name} (${step})`] : []),
    ];
    // Numbered as the runs of the job are: the second `(2)`, the third `(3)`.
    for (let n = here.length + 1; n <= here.length + MAX_ORDINAL; n++)
        candidates.push(`${name} (${n})`);
    return { name: candidates.find((c) => !taken.has(c)) ?? `${name} (${here.length + 1})`, earlier };
}
/** The notice for a step that keeps a name an earlier step of the job used: its run is now the one shown. */
function supersededNotice(original, r, sha, verdict) {
    const by = ownStepId(r.earlier.step) ? `step \`${r.earlier.step}\`` : 'an earlier Preflight step';
    const was = verdictOf(r.earlier);
    const why = verdict.gates && !was.gates
        ? `that step did not gate (\`fail-on: none\`) and this one does, so its ${verdict.conclusion}`
        : `this step's run failed where that one succeeded, so its failure`;
    return `${by[0].toUpperCase()}${by.slice(1)} of this job already wrote a check run named \`${original}\` on ${sha.slice(0, 12)} (${was.conclusion}). GitHub shows only the latest check run of a name (the checks list, the merge box and branch protection), and ${why} is what \`${original}\` shows from now on: the earlier run is still on the commit but no longer in view. To keep both in view, set \`check-name\` on the earlier step (e.g. \`check-name: ${original} (${ownStepId(r.earlier.step) ? r.earlier.step : 'advisory'})\`).`;
}
/** The warning for a renamed check run. */
function renamedWarning(original, r, sha) {
    const by = ownStepId(r.earlier.step) ? `step \`${r.earlier.step}\`` : 'an earlier Preflight step';
    return `${by[0].toUpperCase()}${by.slice(1)} of this job already wrote a check run named \`${original}\` on ${sha.slice(0, 12)}: GitHub shows only the latest check run of a name (the checks list, the merge box and branch protection), so this step's run would have hidden that one. This step's check run is named \`${r.name}\` instead; set \`check-name\` on one of the steps (e.g. \`check-name: ${r.name}\`) so each keeps a name of its own, and name the one that gates in branch protection.`;
}

// EXTERNAL MODULE: ./lib/words.js
var words = __webpack_require__(44842);
;// CONCATENATED MODULE: ./lib/action/context.js

/** Events whose payload carries `pull_request`: the check run goes on its head, the workspace must hold it. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Pull request events GitHub runs with a read-only GITHUB_TOKEN (and no secrets) when the pull
 * request comes from a fork: all of them but pull_request_target, which runs in the base repository.
 */
const FORK_READ_ONLY_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Events whose run belongs to the code it checks: the workflow itself comes from that code (the pull request's merge
 * commit, the pushed or queued commit, the deployed commit), so whoever could change its checklist could change the
 * workflow as well, and a fork's pull request events run with a read-only token and no secrets. On every other event
 * (issue_comment, workflow_run, workflow_dispatch, schedule\u2026) GitHub runs the workflow of GITHUB_SHA (the default
 * branch, or the ref dispatched) with the repository's secrets and a write token, whoever triggered it (anyone may
 * comment on a pull request): a checked-out commit outside GITHUB_SHA's history (a pull request's head) is code the
 * workflow does not vouch for, and its checklist, baseline and CA file are read from GITHUB_SHA instead, as
 * pull_request_target reads them from its base commit.
 */
const OWN_CODE_EVENTS = new Set([...FORK_READ_ONLY_EVENTS, 'push', 'merge_group', 'deployment_status']);
/**
 * Whether the event is one whose workflow runs from GITHUB_SHA for code it may not vouch for (see OWN_CODE_EVENTS):
 * any named event but those and pull_request_target (whose base commit is the payload's). An empty name is no
 * runner's event (a hand-made run).
 */
function runsFromGithubSha(event) {
    return event !== '' && event !== 'pull_request_target' && !OWN_CODE_EVENTS.has(event);
}
/** The events Preflight is built for (DESIGN), as the notice for any other names them. */
const BUILT_FOR = ['pull_request', 'pull_request_target', 'push', 'merge_group', 'workflow_dispatch', 'deployment_status'];
/** Those, the review events of a pull request, and the runs outside a pull request docs/action.md describes. */
const KNOWN_EVENTS = new Set([...BUILT_FOR, ...PULL_REQUEST_EVENTS, 'schedule', 'workflow_run']);
const obj = (v) => v && typeof v === 'object' && !Array.isArray(v) ? v : {};
const str = (v) => (typeof v === 'string' && v ? v : null);
const context_int = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null);
/** The PR number in a merge queue ref: `refs/heads/gh-readonly-queue/main/pr-123-<sha>`. */
function prFromMergeQueueRef(ref) {
    const m = ref ? /\/pr-(\d+)-[0-9a-f]+$/i.exec(ref) : null;
    return m ? Number(m[1]) : null;
}
/** The PR number in a pull request's ref: `refs/pull/123/merge` (or `/head`). */
function prFromPullRef(ref) {
    const m = ref ? /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref) : null;
    return m ? Number(m[1]) : null;
}
/**
 * Resolves head sha, PR number, fork status and deployment URL for any event; never throws. `envRef`
 * (GITHUB_REF) names the pull request when the payload does not (a missing or truncated event file);
 * `envRepository` (GITHUB_REPOSITORY, `owner/name`) is the base repository when the payload omits it.
 */
function resolveEvent(event, payload, envSha, envRef = '', envRepository = '') {
    const ctx = {
        event, headSha: envSha, pullRequest: null, fork: false, readOnly: false, author: null, body: null, baseSha: null, environmentUrl: null,
    };
    if (PULL_REQUEST_EVENTS.has(event)) {
        const pr = obj(payload.pull_request);
        const head = obj(pr.head);
        const base = obj(pr.base);
        ctx.headSha = str(head.sha) ?? envSha;
        ctx.headFromPayload = str(head.sha) !== null;
        ctx.pullRequest = context_int(pr.number) ?? context_int(payload.number) ?? prFromPullRef(envRef);
        ctx.author = str(obj(pr.user).login);
        const association = str(pr.author_association);
        if (association)
            ctx.association = association;
        ctx.body = typeof pr.body === 'string' ? pr.body : null;
        ctx.baseSha = str(base.sha);
        const headRepo = str(obj(head.repo).full_name);
        // A pull request event always runs in its base repository: the workflow's own (`repository`,
        // GITHUB_REPOSITORY) names it when a trimmed payload leaves `base.repo` out.
        const baseRepo = str(obj(base.repo).full_name) ?? str(obj(payload.repository).full_name) ?? str(envRepository);
        // A deleted fork has `head.repo: null`: still a fork. A payload without `head.repo` at all (trimmed)
        // says nothing: the check run is attempted, and a read-only token's 403 degrades like a fork's.
        // (`head.repo.fork` says only that the head repository is some fork, maybe the base itself: not used.)
        ctx.fork = Object.keys(pr).length > 0 && (head.repo === null || (headRepo !== null && baseRepo !== null && headRepo.toLowerCase() !== baseRepo.toLowerCase()));
        ctx.readOnly = ctx.fork && FORK_READ_ONLY_EVENTS.has(event);
    }
    else if (event === 'merge_group') {
        const group = obj(payload.merge_group);
        ctx.headSha = str(group.head_sha) ?? envSha;
        ctx.pullRequest = prFromMergeQueueRef(str(group.head_ref)) ?? prFromMergeQueueRef(envRef);
    }
    else if (event === 'deployment_status') {
        const deployment = obj(payload.deployment);
        const status = obj(payload.deployment_status);
        ctx.headSha = str(deployment.sha) ?? envSha;
        ctx.deploymentState = str(status.state);
        if (status.state === 'success')
            ctx.environmentUrl = str(status.environment_url);
    }
    else if (event === 'push') {
        // GITHUB_SHA is the commit the run checked out (DESIGN); `after` can name an annotated tag's
        // object rather than its commit. Without GITHUB_SHA, `after` (never a deletion's zeros).
        ctx.headSha = envSha || (str(payload.after) && !/^0+$/.test(String(payload.after)) ? String(payload.after) : '');
    }
    return ctx;
}
/**
 * The description edit a `pull_request` (or `pull_request_target`) `edited` event reports: who made it (`sender`) and the
 * description before it (`changes.body.from`). Null for any other event, or an edit of the title or base alone. The REST
 * API says nowhere else who last edited a description: this event is the one run that knows.
 */
function descriptionEdit(event, payload) {
    if ((event !== 'pull_request' && event !== 'pull_request_target') || payload.action !== 'edited')
        return null;
    const from = obj(obj(obj(payload.changes).body)).from;
    const by = str(obj(payload.sender).login);
    return typeof from === 'string' && by ? { by, from } : null;
}
/** The pull request an `issue_comment` event's comment is on (`issue.pull_request` set), else null. */
function commentedPullOf(event, payload) {
    const issue = obj(payload.issue);
    return event === 'issue_comment' && Object.keys(obj(issue.pull_request)).length > 0 ? context_int(issue.number) : null;
}
/**
 * What to say when the run comes from an event Preflight is not built for (`issue_comment`, `release`,
 * `check_suite`\u2026): it still gates the commit the workspace holds (`scanned`), and the log says so. A
 * comment on a pull request whose head was not checked out gets the hint to check it out: `commentedHead` is that pull
 * request's head as the API gives it (then the hint only when it is not `scanned`), or `{ problem }` when it could not be
 * read (then the hint says the head could not be compared). Null for a known event (or none, outside a runner).
 */
function unsupportedEventNotice(event, payload, scanned, pullRequest, commentedHead) {
    if (!event || KNOWN_EVENTS.has(event))
        return null;
    const at = /^[0-9a-f]{40,64}$/i.test(scanned) ? `commit ${scanned.slice(0, 12)}` : 'commit';
    const as = pullRequest ? `as part of pull request #${pullRequest}, the pull request of that commit` : 'as outside a pull request (pending manual items do not gate)';
    let text = `Preflight is not built for the '${event}' event (it runs on ${(0,words/* andList */.c)(BUILT_FOR)}): it scanned the checked-out ${at} and reports on it ${as}; the check run goes on that commit.`;
    const commentedPull = commentedPullOf(event, payload);
    if (commentedPull !== null && commentedPull !== pullRequest) {
        const fix = `check out its head (\`ref: refs/pull/${commentedPull}/head\`) in the step before Preflight, or run Preflight on pull_request.`;
        if (typeof commentedHead === 'object') {
            text += ` The comment is on pull request #${commentedPull}, whose head could not be read (${commentedHead.problem}), so Preflight cannot tell whether the workspace holds it: if it does not, ${fix}`;
        }
        else if (commentedHead === undefined || commentedHead.toLowerCase() !== scanned.toLowerCase()) {
            const head = commentedHead ? ` (its head is ${commentedHead.slice(0, 12)})` : '';
            text += ` The comment is on pull request #${commentedPull}, which was not scanned${head}: ${fix}`;
        }
    }
    return text;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./lib/checks/util/text.js
var util_text = __webpack_require__(52907);
;// CONCATENATED MODULE: ./lib/github/client.js





// Passes every job straight through: used instead of the 1 s spacing between writes when tests
// shrink the timing (our writes are already serial).
const immediate = { key: () => ({ schedule: (_opts, fn, ...args) => Promise.resolve(fn(...args)) }) };
/**
 * An octokit client with @octokit/plugin-retry (5xx) and @octokit/plugin-throttling (primary and
 * secondary rate limits, writes spaced out). Never logs the token.
 */
function createClient(opts) {
    const retryMs = opts.retryMs ?? 1000;
    const retries = opts.retries ?? 3;
    const fast = retryMs < 1000;
    let waited = 0;
    const waitFor = (what, after, options, count) => {
        const why = count >= retries ? `retried ${count} time${count === 1 ? '' : 's'} already`
            : after > RATE_WAIT_MAX_S ? `it lifts in ${after} s, and Preflight waits only for limits that lift within ${RATE_WAIT_MAX_S} s`
                : waited + after > RATE_WAIT_TOTAL_S ? `Preflight has waited ${waited} s for rate limits in this run and waits ${RATE_WAIT_TOTAL_S} s at most`
                    : null;
        if (!why)
            waited += after;
        opts.logger.info(`GitHub API ${what} on ${options.method} ${options.url}; ${why ? `giving up (${why})` : `retrying in ${after} s`}`);
        return !why;
    };
    const octokit = (0,github/* getOctokit */.Q)(opts.token, {
        baseUrl: opts.baseUrl,
        // Named in GitHub's logs and an Enterprise Server's audit log (octokit adds its own name after it).
        userAgent: `preflight/${version/* VERSION */.xv}`,
        log: { debug: () => { }, info: () => { }, warn: (m) => opts.logger.debug(m), error: (m) => opts.logger.debug(m) },
        // Rate limits are the throttling plugin's alone (403 and 429: it waits as GitHub says, Retry-After or
        // x-ratelimit-reset, under the policy above): plugin-retry would also retry a 429, on its own fixed back-off of
        // 1, 4, 9 s \u2014 blind to Retry-After, and after the throttling plugin had given up.
        retry: { retryAfterBaseValue: retryMs, retries, doNotRetry: [...NOT_RETRIED] },
        throttle: {
            retryAfterBaseValue: retryMs,
            fallbackSecondaryRateRetryAfter: 60,
            ...(fast ? { write: immediate, notifications: immediate } : {}),
            // A limit is waited for only when it lifts within RATE_WAIT_MAX_S, at most `retries` times per request and
            // RATE_WAIT_TOTAL_S in all: the verdict is known before anything is posted, and a job held for minutes by a
            // reporting call is worse than a report that says what could not be posted. Said in the log, retry or not:
            // when the client gives up, the request fails with the rate-limit error and its caller says what could not be
            // done and why, in one warning (GitHub shows 10 warnings per step, and the fallback annotations share them).
            onRateLimit: (after, options, _o, count) => waitFor('rate limit reached', after, options, count),
            onSecondaryRateLimit: (after, options, _o, count) => waitFor('secondary rate limit', after, options, count),
        },
    }, dist_bundle/* retry */.L, limitNamed, plugin_throttling_dist_bundle/* throttling */.A);
    policies.set(octokit, { retries, retryMs });
    // Both plugins count retries in `options.request.retryCount`, and that object is shared with the
    // client's defaults: after one retried request every later one would start counting where it
    // stopped (retry waits of 25 s, then 36 s\u2026 for a request that failed once). Each request gets
    // its own copy. Every hook sees the same options object, so it is replaced in place; this wrap
    // is registered last, so it runs before the plugins' wraps.
    //
    // Each attempt is bounded (an API that accepts connections and never answers would otherwise
    // hold the job until the runner's 6-hour limit), through the fetch the client already uses (the
    // runner's proxy settings). A timed-out attempt is retried like any other failure (one hung
    // request must not cost the check run), but after SILENT_AFTER timed-out attempts in a row, with
    // no answer in between, the API is taken for gone and later attempts fail at once: the run
    // completes, says what could not be posted, and sets its exit status.
    const timeoutMs = opts.timeoutMs ?? 30_000;
    let timeouts = 0;
    // Once the API is taken for gone (SILENT_AFTER timed-out attempts in a row) the error says so (`apiGone`): neither the
    // retry plugin nor createOnce waits to retry it, as every later attempt fails at once (QA45 action14 D4: 56 s of
    // back-off waits with no request made). `sent`: whether this attempt reached the API (timed out) or was never made.
    const gone = (sent) => Object.assign(new Error(`the GitHub API did not answer within ${Math.round(timeoutMs / 1000)} s (timed out${timeouts > 1 ? ` ${timeouts} times in a row` : ''})`), timeouts >= SILENT_AFTER ? { apiGone: sent ? 'sent' : 'unsent' } : {});
    //
    // A connection that fails for a reason a retry cannot change (the API's certificate is not trusted, the proxy
    // refuses the tunnel) is not retried: the request's `retries` (read by the retry plugin when the attempt fails) is
    // set to 0 before the failure goes on.
    octokit.hook.wrap('request', (request, options) => {
        const inner = options.request?.fetch ?? fetch;
        const req = { ...options.request };
        const bounded = async (url, init) => {
            if (timeouts >= SILENT_AFTER) {
                req.retries = 0;
                throw gone(false);
            }
            const timer = AbortSignal.timeout(timeoutMs);
            try {
                const res = await inner(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timer]) : timer });
                timeouts = 0;
                return res;
            }
            catch (err) {
                if (timer.aborted) {
                    timeouts++;
                    if (timeouts >= SILENT_AFTER)
                        req.retries = 0;
                    throw gone(true);
                }
                if (isLastingNetworkError(err))
                    req.retries = 0;
                throw err;
            }
        };
        req.fetch = bounded;
        options.request = req;
        return request(options);
    });
    // Every endpoint the action calls answers JSON. A 2xx whose body is not (a proxy's or captive portal's HTML page
    // served as 200: octokit then hands over the text as `data`) would read as an empty answer: a pull request with no
    // description, a check run taken as written. It is a failure instead, which each caller says as it says an HTTP 500.
    octokit.hook.after('request', (response) => {
        const data = response.data;
        if (response.status === 204 || response.status === 205 || (data !== null && typeof data === 'object' && !(data instanceof ArrayBuffer)))
            return;
        throw new UnreadableAnswer(response.status, data, String(response.headers['content-type'] ?? ''));
    });
    return octokit;
}
/**
 * A 2xx answer of the GitHub API whose body is not JSON (an HTML page from a proxy in front of it, an empty body): what
 * was asked cannot be read from it, and a write cannot be confirmed. Its `status` is the answer's own.
 */
class UnreadableAnswer extends Error {
    status;
    constructor(status, data, contentType) {
        const text = typeof data === 'string' ? data : '';
        const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
        const what = /^\s*<(?:!doctype\s+html|html)\b/i.test(text) ? `an HTML page${title ? ` ("${(0,util_text/* printable */.g$)(title)}")` : ''}`
            : text.trim() || (data instanceof ArrayBuffer && data.byteLength) ? `${typeof data === 'string' ? data.length : data.byteLength} bytes that are not JSON`
                : 'an empty body';
        super(`${what}${contentType ? ` (content-type ${(0,util_text/* printable */.g$)(contentType.slice(0, 100))})` : ''} instead of the API's JSON: a proxy in front of the API?`);
        this.name = 'UnreadableAnswer';
        this.status = status;
    }
}
/**
 * A write whose outcome is not known: its answer did not say (a 2xx that is not what the write makes), or it failed with
 * a server error (GitHub may have carried it out all the same) and whether it took effect could not be looked up. It is
 * not sent again (that could leave a second check run or comment): the caller says it is not confirmed.
 */
class Unconfirmed extends Error {
    constructor(message) {
        super(message);
        this.name = 'Unconfirmed';
    }
}
/**
 * Sends a create that GitHub may carry out and still answer with a server error (its front end's 502), or whose answer may
 * be lost, so that a retry never makes a second one. The client's own retries must be off for `create` (`request: {
 * retries: 0 }`): it is retried here, on the client's policy (retryPolicy: up to `retries` more times, waits of 1, 4, 9\u2026
 * times `retryMs`). Before each retry, `made` looks whether the failed attempt made it after all (what it made, or null:
 * not made); a lookup that fails (it throws) is tried again after the next wait, and nothing is created again until a
 * lookup has said "not made". When no lookup could say, by the last wait, {@link Unconfirmed} is thrown. A 4xx (a
 * refusal, a rate limit the client already waited for) is final, as is a connection no retry can make (an untrusted
 * certificate, a proxy that refuses the tunnel); so is a server error on the last attempt (its error is thrown). `what` and
 * `doneWhat` name the write and its effect in that message (an annotation batch appended to a check run, too).
 */
async function createOnce(client, create, made, what = 'the create', doneWhat = 'GitHub made it') {
    const { retries, retryMs } = retryPolicy(client);
    let attempt = 0;
    for (;;) {
        let failure;
        try {
            return await create();
        }
        catch (err) {
            const status = statusOf(err);
            // The API taken for gone: a lookup would fail at once, as would a retry. A write that reached it (timed out) may
            // have been carried out: not confirmed; one never made failed.
            const gone = apiGone(err);
            if (gone === 'sent')
                throw new Unconfirmed(`${what} failed (${describeError(err)}), and whether ${doneWhat} after all cannot be looked up (the API is taken for gone after ${SILENT_AFTER} timed-out attempts in a row), so it was not sent again`);
            if (status === null || status < 500 || attempt >= retries || isLastingNetworkError(err) || gone)
                throw err;
            failure = err;
        }
        for (;;) {
            let lookup;
            attempt++;
            await new Promise((resolve) => setTimeout(resolve, attempt ** 2 * retryMs));
            try {
                const found = await made();
                if (found !== null)
                    return found;
                break;
            }
            catch (err) {
                lookup = err;
            }
            if (attempt >= retries || apiGone(lookup)) {
                throw new Unconfirmed(`${what} failed (${describeError(failure)}), and whether ${doneWhat} after all could not be looked up (${describeError(lookup)}), so it was not sent again`);
            }
        }
    }
}
/** Statuses plugin-retry leaves alone: its defaults (400, 401, 403, 404, 410, 422, 451) and 429, a rate limit. */
const NOT_RETRIED = [400, 401, 403, 404, 410, 422, 429, 451];
/**
 * GitHub answers a rate limit with 403 or 429: a primary one with `x-ratelimit-remaining: 0`, a secondary one with a
 * message naming it (and `Retry-After`, or else "wait at least a minute"). plugin-throttling waits only for those two
 * shapes; a 429 that names neither (a proxy's, an Enterprise Server's) would be neither waited for nor retried, so its
 * message is given the words the plugin reads: it is then waited for as a secondary limit (`Retry-After`, else 60 s),
 * under the same policy. A `Retry-After` that is an HTTP date is given as its seconds (retryAfterSeconds). Registered
 * between the retry and throttling plugins, so the throttling plugin sees the named error.
 */
function limitNamed(octokit) {
    octokit.hook.error('request', (err) => {
        const e = err;
        // `Retry-After` may be an HTTP date (RFC 9110), as a proxy or gateway in front of the API sends it: the plugin reads
        // only seconds (a date would count as none: 60 s). Given as the seconds it stands for, waited for under the policy.
        const headers = e?.response?.headers;
        if (headers && (e.status === 403 || e.status === 429)) {
            const seconds = retryAfterSeconds(headers['retry-after'], headers['date']);
            if (seconds !== null)
                headers['retry-after'] = String(seconds);
        }
        if (e && e.status === 429 && !SECONDARY.test(String(e.message ?? '')) && String(e.response?.headers?.['x-ratelimit-remaining'] ?? '') !== '0') {
            try {
                e.message = `${String(e.message ?? '')} (a secondary rate limit)`;
            }
            catch { /* a read-only message: said as it is */ }
        }
        throw err;
    });
}
const SECONDARY = /\bsecondary rate\b/i;
/**
 * The seconds a `Retry-After` given as an HTTP date (`Sun, 06 Dec 2026 11:38:43 GMT`) stands for, counted from the
 * answer's own `Date` when it has one (the server's clock, as the date is), else from now; at least 1 (a date already
 * past: retry at once, never "no Retry-After"). Null for any other value (seconds, as GitHub sends them, are read as
 * they are; nothing readable is no `Retry-After`).
 */
function retryAfterSeconds(value, date, now = Date.now()) {
    if (typeof value !== 'string' || !/[a-z]/i.test(value))
        return null;
    const at = Date.parse(value);
    if (!Number.isFinite(at))
        return null;
    const sent = typeof date === 'string' ? Date.parse(date) : Number.NaN;
    return Math.max(1, Math.ceil((at - (Number.isFinite(sent) ? sent : now)) / 1000));
}
const policies = new WeakMap();
/**
 * How often, and after what base delay, the client retries a failed request (5xx): for a caller that retries a
 * non-idempotent write itself, looking first whether the failed attempt took effect.
 */
function retryPolicy(client) {
    return policies.get(client) ?? { retries: 3, retryMs: 1000 };
}
/** A rate limit (primary or secondary) is waited for only when it lifts within this many seconds. */
const RATE_WAIT_MAX_S = 60;
/** The most time one run spends waiting for rate limits, all requests together (seconds). */
const RATE_WAIT_TOTAL_S = 120;
/** Timed-out API attempts in a row after which the API is taken for gone. */
const SILENT_AFTER = 3;
/** HTTP status of an octokit error, if any. */
function statusOf(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : null;
}
/**
 * True when GitHub refused because of a rate limit: 429, or a 403 whose message names a
 * (secondary) rate limit or whose `x-ratelimit-remaining` is 0. Not a permission problem.
 */
function isRateLimited(err) {
    const s = statusOf(err);
    if (s === 429)
        return true;
    if (s !== 403)
        return false;
    const e = err;
    return /\brate limit/i.test(String(e.message ?? '')) || String(e.response?.headers?.['x-ratelimit-remaining'] ?? '') === '0';
}
/**
 * True when the token may not do this: 403 "Resource not accessible by integration" (fork PRs,
 * missing `permissions:`) \u2014 a rate-limit 403 is not one (see {@link isRateLimited}).
 */
function isForbidden(err) {
    return statusOf(err) === 403 && !isRateLimited(err);
}
/** A short, token-free description of an API error for logs. */
function describeError(err) {
    // Its message is made of described errors already, and says what is not known.
    if (err instanceof Unconfirmed)
        return err.message;
    const s = statusOf(err);
    const full = String(err?.message ?? err);
    // A proxy's or load balancer's HTML error page (a 502 from a GitHub Enterprise Server's front end): its title says what
    // happened, its first line (`<!DOCTYPE html>`) nothing.
    const page = /^\s*<(?:!doctype\s+html|html)\b/i.test(full) ? (/<title[^>]*>([^<]{1,200})<\/title>/i.exec(full)?.[1]?.replace(/\s+/g, ' ').trim() ?? '') : null;
    const msg = page !== null ? (page ? `an HTML error page ("${page}") instead of the API's JSON` : 'an HTML error page instead of the API\'s JSON') : full.split('\n')[0].slice(0, 300);
    // Octokit reports a request that never got an answer as status 500 without a response: no server said 500, so the
    // failure of the connection is said instead (what failed, and for a certificate or a proxy, what to look at).
    const cause = networkCause(err);
    if (cause) {
        const why = String(cause.message || cause.code || msg).split('\n')[0].slice(0, 300);
        const proxy = PROXY_REFUSED.exec(why);
        if (proxy)
            return `the proxy refused the connection to the GitHub API, answering its CONNECT with HTTP ${proxy[1]}: check HTTPS_PROXY/HTTP_PROXY, or add the API's host to NO_PROXY if it is to be reached directly`;
        if (isCertificateError(cause))
            return `the GitHub API's TLS certificate was not accepted: ${why} \u2014 a GitHub Enterprise Server whose certificate comes from a private CA needs that CA on the runner (NODE_EXTRA_CA_CERTS)`;
        return /^the GitHub API\b/.test(why) ? why : `no answer from the GitHub API: ${why}`;
    }
    if (s === 500 && NO_ANSWER.test(msg))
        return `no answer from the GitHub API: ${msg}`;
    return s ? `HTTP ${s}: ${msg}` : msg;
}
// Failures of the connection itself (refused, DNS, reset, TLS, the request timeout).
const NO_ANSWER = /\b(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|EPIPE|CERT_|fetch failed|other side closed|aborted|timed? ?out)\b/i;
// undici's error when a proxy answers a CONNECT with anything but 200.
const PROXY_REFUSED = /^Proxy response \((\d{3})\) !== 200\b/;
/**
 * The innermost error of a request that got no HTTP answer: octokit wraps a failed fetch (a TypeError "fetch failed"
 * whose cause is the socket's, TLS's or the proxy's error) in a RequestError with status 500 and no response.
 * Null for an answer from the server (a real 500 has its response).
 */
function networkCause(err) {
    if (statusOf(err) !== 500 || err?.response)
        return null;
    return innermost(err);
}
function innermost(err) {
    if (!(err instanceof Error))
        return null;
    let cur = err;
    for (let i = 0; i < 8 && cur.cause instanceof Error; i++)
        cur = cur.cause;
    return cur;
}
/**
 * Whether a request failed because the API is taken for gone (timed-out attempts in a row): `sent` when this attempt
 * reached it and timed out, `unsent` when it was failed at once; null for any other failure.
 */
function apiGone(err) {
    for (let cur = err, i = 0; cur instanceof Error && i < 8; cur = cur.cause, i++) {
        const mark = cur.apiGone;
        if (mark === 'sent' || mark === 'unsent')
            return mark;
    }
    return null;
}
/** A TLS certificate the runner does not trust (a private CA, self-signed, expired, another host's name). */
function isCertificateError(e) {
    return /^(?:CERT_|UNABLE_TO_(?:VERIFY|GET_ISSUER)|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED|ERR_TLS_CERT)/.test(String(e.code ?? ''));
}
/**
 * A failed connection that a retry cannot mend: the API's certificate is not trusted, or the proxy refuses the tunnel
 * with a 4xx (forbidden, authentication required). Takes the raw fetch error or octokit's wrapping of it.
 */
function isLastingNetworkError(err) {
    if (err?.response)
        return false;
    const cause = innermost(err);
    if (!cause)
        return false;
    return isCertificateError(cause) || /^4/.test(PROXY_REFUSED.exec(String(cause.message ?? ''))?.[1] ?? '');
}

;// CONCATENATED MODULE: ./lib/github/pulls.js
/** Most files the PR files API lists for one pull request. */
const MAX_PR_FILES = 3000;
/** Paths a pull request changes (PR files API, paginated; GitHub lists at most 3,000). */
async function changedFiles(client, r, pull) {
    const files = new Set();
    for await (const page of client.paginate.iterator(client.rest.pulls.listFiles, { ...r, pull_number: pull, per_page: 100 })) {
        for (const f of page.data)
            files.add(f.filename);
        // GitHub lists at most 3,000 files of a pull request: past that the list says nothing about the rest.
        if (files.size >= MAX_PR_FILES)
            throw new Error(`the pull request changes ${MAX_PR_FILES} files or more, and GitHub lists only the first ${MAX_PR_FILES}`);
    }
    return files;
}
/** The pull request's current description and author, with the author's `author_association` (the event payload may be stale). */
async function fetchPull(client, r, pull) {
    const { data } = await client.rest.pulls.get({ ...r, pull_number: pull });
    return { body: data.body ?? '', author: data.user?.login ?? null, association: typeof data.author_association === 'string' ? data.author_association : null, headSha: data.head?.sha ?? null };
}
/** Most reviews read of one pull request (10 pages of 100). */
const MAX_REVIEWS = 1000;
/**
 * The reviews of a pull request, oldest first (`GET /repos/{owner}/{repo}/pulls/{n}/reviews`, paginated). A pull request
 * with more than {@link MAX_REVIEWS} is an error: GitHub lists the oldest first, so the ones left unread are the latest.
 */
async function pullReviews(client, r, pull) {
    const reviews = [];
    for await (const page of client.paginate.iterator(client.rest.pulls.listReviews, { ...r, pull_number: pull, per_page: 100 })) {
        for (const v of page.data) {
            reviews.push({ login: v.user?.login ?? null, association: typeof v.author_association === 'string' ? v.author_association : null, state: v.state, body: v.body ?? '', submittedAt: v.submitted_at ?? null });
        }
        if (reviews.length > MAX_REVIEWS)
            throw new Error(`the pull request has more than ${MAX_REVIEWS.toLocaleString('en-US')} reviews, and the latest would be left unread`);
    }
    return reviews;
}
/**
 * The pull request a commit belongs to (push, deployment, dispatch): the PR that merged it (its merge or squash commit
 * is this commit: the push is that merge), else an open PR whose head is the commit, else null. A merge commit can
 * also be the head of an open PR opened from the target branch (a `develop \u2192 main` release PR): the sign-offs of the
 * change are on the merged PR, not on that one.
 */
async function pullForCommit(client, r, sha) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ ...r, commit_sha: sha, per_page: 30 });
    // An open PR's merge_commit_sha is GitHub's test merge (refs/pull/N/merge), never a pushed commit; only a merged one counts.
    const merged = data.find((p) => p.merge_commit_sha === sha && p.merged_at);
    const open = data.find((p) => p.state === 'open' && p.head.sha === sha);
    return (merged ?? open)?.number ?? null;
}
/** The entry at `path` of the commit `ref` via the contents API (see {@link RefEntry}); null when it does not exist there. */
async function entryAtRef(client, r, path, ref) {
    try {
        const { data } = await client.rest.repos.getContent({ ...r, path, ref });
        if (Array.isArray(data))
            return { type: 'dir' };
        if (data.type === 'symlink' && 'target' in data && typeof data.target === 'string')
            return { type: 'symlink', target: data.target };
        if (data.type !== 'file' || !('content' in data))
            return { type: 'other', what: data.type };
        return { type: 'file', text: Buffer.from(data.content, data.encoding || 'base64').toString('utf8') };
    }
    catch (err) {
        if (err.status === 404)
            return null;
        throw err;
    }
}
/** A file's text at a commit via the contents API, or null when no file is there (a symlink it does not follow, a folder: null too). */
async function fileAtRef(client, r, path, ref) {
    const entry = await entryAtRef(client, r, path, ref);
    return entry?.type === 'file' ? entry.text : null;
}
/** Most files the compare API lists for one comparison: past that its list says nothing about the rest. */
const MAX_COMPARE_FILES = 300;
/**
 * The files changed from commit `from` to commit `to` (`GET /repos/{owner}/{repo}/compare/{from}...{to}`: the changes
 * from their merge base, which is `from` itself when `from` is an ancestor of `to`, as a pull request's head is of its
 * merge commit). Null when the list may be incomplete (GitHub lists at most {@link MAX_COMPARE_FILES} files).
 */
async function comparedFiles(client, r, from, to) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${from}...${to}` });
    const files = data.files;
    if (!Array.isArray(files) || files.length >= MAX_COMPARE_FILES)
        return null;
    return files.map((f) => ({ filename: f.filename, status: f.status, changes: f.changes, ...(typeof f.patch === 'string' ? { patch: f.patch } : {}) }));
}

// EXTERNAL MODULE: ./lib/run.js
var run = __webpack_require__(63926);
// EXTERNAL MODULE: ./lib/repo/read.js
var read = __webpack_require__(18650);
// EXTERNAL MODULE: ./lib/repo/git-env.js
var git_env = __webpack_require__(43466);
;// CONCATENATED MODULE: ./lib/action/base-checklist.js










const base_checklist_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The base commit's checklist could not be read (the API failed with something other than "not
 * found"). Falling back to the built-in preset would quietly weaken the gate: the run fails.
 */
class BaseChecklistError extends Error {
    what;
    /** What could not be read: `checklist` or `baseline`. */
    constructor(message, what = 'checklist') {
        super(message);
        this.what = what;
        this.name = 'BaseChecklistError';
    }
}
// Runs git with the workspace marked safe for this command only: in container jobs git refuses a
// workspace owned by another user, and a silent fallback would hide it.
async function git(cwd, args, safe = [cwd]) {
    const trust = safe.flatMap((d) => ['-c', `safe.directory=${d}`]);
    const { stdout } = await base_checklist_run('git', [...trust, '-C', cwd, ...args], { env: (0,git_env/* gitEnv */.g)(cwd), timeout: 15_000, maxBuffer: 8 * 1024 * 1024 });
    return stdout;
}
/** The commit checked out in `root` and its parents, or null when it is not a git work tree. */
async function workspaceCommit(root) {
    try {
        const head = (await git(root, ['rev-parse', 'HEAD'])).trim();
        if (!/^[0-9a-f]{40,64}$/i.test(head))
            return null;
        // The commit object's own parent lines: a shallow clone (actions/checkout's default depth 1) grafts the
        // merge commit's parents away from `rev-list`, but the object still names them.
        const raw = await git(root, ['cat-file', '-p', head]);
        const parents = [...raw.split('\n\n')[0].matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]);
        return { head, parents };
    }
    catch {
        return null;
    }
}
/** `owner/repo` named by a remote URL (`https://github.com/o/r(.git)`, `git@github.com:o/r.git`), lower-cased; null otherwise. */
function remoteRepository(url) {
    const m = /[/:]([^/:\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}`.toLowerCase() : null;
}
/**
 * The checkouts of the run's repository below `dir`, a folder that is in no git work tree: actions/checkout's `path: app`
 * with Preflight's working-directory left at the workspace. Folders holding a `.git` (a folder, or a gitdir file) are looked
 * for three levels down at most (not inside `node_modules` or through symlinks; at most 2,000 folders read, 16 repositories
 * asked). One is the run's repository when its `origin` remote names `repository` (actions/checkout sets it) or its HEAD
 * is one of `shas` (the pull request's head, GITHUB_SHA); when none is, a single repository that is all `dir` holds is.
 * Another repository in the workspace (a tool cloned by an earlier step) is none of these.
 */
async function checkoutsBelow(dir, repository, shas) {
    const MAX_DEPTH = 3;
    const MAX_DIRS = 2_000;
    const MAX_REPOS = 16;
    const found = [];
    const queue = [{ at: dir, depth: 0 }];
    let read = 0;
    while (queue.length && read < MAX_DIRS && found.length < MAX_REPOS) {
        const { at, depth } = queue.shift();
        read++;
        let entries;
        try {
            entries = external_node_fs_.readdirSync(at, { withFileTypes: true });
        }
        catch {
            continue;
        }
        if (depth > 0 && entries.some((e) => e.name === '.git' && (e.isDirectory() || e.isFile()))) {
            found.push(at);
            continue;
        }
        if (depth >= MAX_DEPTH)
            continue;
        for (const e of entries) {
            if (e.isDirectory() && e.name !== '.git' && e.name !== 'node_modules')
                queue.push({ at: external_node_path_.join(at, e.name), depth: depth + 1 });
        }
    }
    const wanted = repository ? repository.toLowerCase() : null;
    const expected = shas.filter((s) => /^[0-9a-f]{40,64}$/i.test(s)).map((s) => s.toLowerCase());
    const out = [];
    const heads = new Map();
    for (const repo of found) {
        const head = (await workspaceCommit(repo))?.head.toLowerCase() ?? null;
        heads.set(repo, head);
        let origin = null;
        try {
            origin = remoteRepository(await git(repo, ['config', '--get', 'remote.origin.url']));
        }
        catch {
            origin = null;
        }
        if (wanted && origin === wanted)
            out.push({ dir: repo, why: 'origin', head });
        else if (head && expected.includes(head))
            out.push({ dir: repo, why: 'commit', head });
    }
    if (!out.length && found.length === 1) {
        // Nothing but that repository in `dir` (its folder, or the folders leading to it): it is what was checked out.
        const only = found[0];
        const rel = external_node_path_.relative(dir, only).split(external_node_path_.sep);
        let alone = true;
        for (let i = 0, cur = dir; i < rel.length && alone; cur = external_node_path_.join(cur, rel[i]), i++) {
            try {
                alone = external_node_fs_.readdirSync(cur).every((n) => n === rel[i]);
            }
            catch {
                alone = false;
            }
        }
        if (alone)
            out.push({ dir: only, why: 'only', head: heads.get(only) ?? null });
    }
    return out;
}
/** Whether the repository at `root` has the commit `sha` (false for a malformed or unknown one). */
async function hasCommit(root, sha) {
    if (!/^[0-9a-f]{40,64}$/i.test(sha))
        return false;
    try {
        await git(root, ['cat-file', '-e', `${sha}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether commit `ancestor` is an ancestor of commit `sha` in the repository at `root` (false when either is unknown here). */
async function isAncestor(root, ancestor, sha) {
    if (!/^[0-9a-f]{40,64}$/i.test(ancestor) || !/^[0-9a-f]{40,64}$/i.test(sha))
        return false;
    try {
        await git(root, ['merge-base', '--is-ancestor', ancestor, sha]);
        return true;
    }
    catch {
        return false;
    }
}
/** The git top level of `dir`, or `fallback` when it is not a git work tree. */
async function gitRoot(dir, fallback) {
    try {
        // safe.directory names the top level, which is the workspace when `dir` is a sub-folder.
        return (await git(dir, ['rev-parse', '--show-toplevel'], [dir, fallback])).trim() || fallback;
    }
    catch {
        return fallback;
    }
}
/**
 * The repository of the workspace when `root` (the git top level of the working-directory) is a submodule of it
 * (or a submodule of a submodule\u2026): the superproject that GITHUB_WORKSPACE checks out, whose commit the run is
 * about and whose paths annotations take. Null when `root` is the workspace's repository itself, or not one of
 * its submodules (a second repository checked out in a sub-folder of a workspace that is none is its own).
 */
async function superprojectOf(root, workspace) {
    let wsTop;
    try {
        wsTop = (await git(workspace, ['rev-parse', '--show-toplevel'], [workspace])).trim();
    }
    catch {
        return null;
    }
    if (!wsTop)
        return null;
    const target = (0,read.safeRealpath)(wsTop);
    let cur = (0,read.safeRealpath)(root);
    if (cur === target || !(0,read/* isWithin */.UO)(target, cur))
        return null;
    for (let depth = 0; depth < 8; depth++) {
        let up;
        try {
            up = (await git(cur, ['rev-parse', '--show-superproject-working-tree'], [cur, workspace])).trim();
        }
        catch {
            return null;
        }
        if (!up)
            return null;
        cur = (0,read.safeRealpath)(up);
        if (cur === target)
            return wsTop;
        if (!(0,read/* isWithin */.UO)(target, cur))
            return null;
    }
    return null;
}
/** Maps a path relative to `dir` to one relative to the repository `root` (absolute when outside it). */
function rootRelative(root, dir) {
    const realRoot = (0,read.safeRealpath)(root);
    const realDir = (0,read.safeRealpath)(dir);
    return (p) => {
        if (p === undefined)
            return undefined;
        const abs = external_node_path_.resolve(realDir, p);
        if (!(0,read/* isWithin */.UO)(realRoot, abs))
            return abs;
        return external_node_path_.relative(realRoot, abs).split(external_node_path_.sep).join('/') || '.';
    };
}
const PULL_REQUEST_TARGET_RULE = { when: 'on pull_request_target', from: 'the base branch' };
/** `on pull_request_target the baseline is read from the base branch`. */
function baseRuleText(rule, what) {
    return `${rule.when} the ${what} is read from ${rule.from}`;
}
/**
 * Reads files of the base commit: git (`ls-tree`, `cat-file`) when the commit is in the clone (asked once), else the
 * contents API. Symlinks are followed inside the commit as a checkout follows them ({@link resolveInCommit}). Null when
 * the file does not exist there. A symlink at the path that leads nowhere (its target missing, a loop, out of the
 * repository, a folder) is a {@link ConfigError} naming the link and its target, as in the working tree; any other
 * failure throws {@link BaseChecklistError} (`what` names the file's role in the message).
 */
function baseReader(base) {
    let local = null;
    // The commit never changes: each path is looked up once per run (discovery asks for the same folders again).
    const seen = new Map();
    const short = base.baseSha.slice(0, 12);
    return async (file, what = 'checklist') => {
        local ??= git(base.root, ['cat-file', '-e', `${base.baseSha}^{commit}`]).then(() => true, () => false);
        const inClone = await local;
        // A shallow checkout without the base commit: ask the contents API.
        if (!inClone && (!base.client || !base.repo)) {
            throw new BaseChecklistError(`The ${what} could not be read from the base commit ${short} (${file}): the commit is not in the clone and there is no GitHub token to ask the contents API. Check out the base commit (actions/checkout with \`fetch-depth: 0\`) or pass \`github-token\`.`, what);
        }
        const lookup = (p) => {
            let hit = seen.get(p);
            if (!hit) {
                hit = inClone ? gitEntry(base, p, what) : apiEntry(base, p, what);
                seen.set(p, hit);
            }
            return hit;
        };
        const got = await resolveInCommit(lookup, file);
        if (got && 'problem' in got)
            throw new types/* ConfigError */.xL(`the ${what} cannot be read from the base commit ${short}: ${got.problem}`, { file });
        return got?.text ?? null;
    };
}
/** Most symlinks followed on the way to one file of the base commit. */
const MAX_LINKS = 8;
/**
 * The text of `file` (a repository path) in a commit whose entries `lookup` gives, symlinks followed as a checkout
 * follows them: a symlink resolves relative to its own folder, links may chain (at most {@link MAX_LINKS}), and a
 * folder on the way may be a link (`.github -> ../ci/.github`). Null when no file is there: nothing at the path, or a
 * folder on the way that is missing, not a folder, or a link leading nowhere inside the repository (as discovery in a
 * checkout passes over it). When the path itself is a symlink, what it leads to must be a file of the repository: a
 * target missing, a loop, a target out of the repository (a pull request must not make Preflight read outside it) or a
 * folder is `problem`, worded as the working-tree reader words it (`symlink target missing (it points to \u2026)`).
 */
async function resolveInCommit(lookup, file) {
    let want = external_node_path_.posix.normalize(file).replace(/\/+$/, '').replace(/^\.$/, '');
    if (want === '..' || want.startsWith('../') || want.startsWith('/'))
        return { problem: 'path outside the repository' };
    const named = want;
    const hops = [];
    // Whether a symlink at the path itself (not only a folder on the way) was followed: then nothing there is an error.
    let linked = false;
    const broken = (what) => ({
        problem: `${what} (${hops.map((h, k) => (k === 0 && h.link === named ? `it points to ${h.target}` : `${h.link} points to ${h.target}`)).join(', ')})`,
    });
    // The paths looked for so far: resolving is deterministic, so meeting one again is a loop.
    const visited = new Set([want]);
    /** Where the link at `link` leads with `rest` below it (a repository path, '' for the root), or why it cannot be followed. */
    const follow = (link, target, rest = '') => {
        hops.push({ link, target });
        if (hops.length > MAX_LINKS)
            return { stop: `more than ${MAX_LINKS} symlinks in a row` };
        if (target === '')
            return { stop: 'symlink target missing' };
        const to = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(link), target)).replace(/\/+$/, '');
        if (target.startsWith('/') || to === '..' || to.startsWith('../'))
            return { stop: 'symlink pointing outside the repository' };
        const next = [to === '.' ? '' : to, rest].filter(Boolean).join('/');
        if (visited.has(next))
            return { stop: 'symlink loop' };
        visited.add(next);
        return next;
    };
    for (;;) {
        const entry = want === '' ? { type: 'dir' } : await lookup(want);
        if (entry?.type === 'file')
            return { text: await entry.read() };
        if (entry?.type === 'symlink') {
            linked = true;
            const to = follow(want, entry.target);
            if (typeof to !== 'string')
                return broken(to.stop);
            want = to;
            continue;
        }
        if (entry) {
            const kind = entry.type === 'dir' ? 'folder' : entry.what;
            return linked ? broken(`symlink to a ${kind}, not a file`) : { problem: `a ${kind}, not a file` };
        }
        // Nothing at the path: a folder on the way may be a symlink.
        const parts = want.split('/');
        let next = null;
        for (let k = 1; k < parts.length && next === null; k++) {
            const folder = parts.slice(0, k).join('/');
            const at = await lookup(folder);
            if (at?.type === 'dir')
                continue;
            if (at?.type !== 'symlink')
                break;
            const to = follow(folder, at.target, parts.slice(k).join('/'));
            // A folder link out of the repository, or looping: nothing of this commit is there.
            if (typeof to !== 'string')
                return linked ? broken(to.stop) : null;
            next = to;
        }
        if (next === null)
            return linked ? broken('symlink target missing') : null;
        want = next;
    }
}
/** The entry at `p` of the base commit in the clone (`git ls-tree`: its mode tells a symlink, 120000, from a file). */
async function gitEntry(base, p, what) {
    const fail = (err) => {
        const msg = (err.stderr || err.message || String(err)).trim().split('\n')[0];
        throw new BaseChecklistError(`The ${what} could not be read from the base commit ${base.baseSha.slice(0, 12)}: git failed for ${p} (${msg}). Re-run the job; if it persists, check the checkout of the base commit.`, what);
    };
    // --full-tree: paths from the top level whatever folder git runs in; --literal-pathspecs: a path is taken as written (a leading `:` is no pathspec magic, no globs).
    const out = await git(base.root, ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', base.baseSha, '--', p]).catch(fail);
    for (const record of out.split('\0')) {
        const m = /^(\d+) (\w+) ([0-9a-f]+)\t([\s\S]*)$/.exec(record);
        if (!m || m[4] !== p)
            continue;
        const [, mode, type, oid] = m;
        const blob = () => git(base.root, ['cat-file', 'blob', oid]).catch(fail);
        if (type === 'tree')
            return { type: 'dir' };
        if (type === 'commit')
            return { type: 'other', what: 'submodule' };
        if (mode === '120000')
            return { type: 'symlink', target: await blob() };
        return { type: 'file', read: blob };
    }
    return null;
}
/** The entry at `p` of the base commit via the contents API; a failure other than "not found" is a {@link BaseChecklistError}. */
async function apiEntry(base, p, what) {
    let entry;
    try {
        entry = await entryAtRef(base.client, base.repo, p, base.baseSha);
    }
    catch (err) {
        const rule = base.rule ?? PULL_REQUEST_TARGET_RULE;
        const when = rule.when.charAt(0).toUpperCase() + rule.when.slice(1);
        throw new BaseChecklistError(`The ${what} could not be read from the base commit ${base.baseSha.slice(0, 12)}: the contents API failed for ${p} (${describeError(err)}). `
            + (what === 'checklist'
                ? `${when} the checklist comes from ${rule.from}, and Preflight does not fall back to the built-in preset when it cannot tell whether one exists (that could weaken the gate). `
                : `${when} the ${what} comes from ${rule.from} (the code under check must not be able to change what gates it). `)
            + 'Re-run the job; if it persists, give the job `contents: read` or check out the base commit (actions/checkout with `fetch-depth: 0`) so git can read it.', what);
    }
    if (entry?.type !== 'file')
        return entry;
    const { text } = entry;
    return { type: 'file', read: async () => text };
}
/**
 * On `pull_request_target` the checklist must come from the base commit, never from the pull
 * request's head (`read`: a {@link baseReader}); so must it, from GITHUB_SHA, on an event whose workflow runs from
 * GITHUB_SHA with another commit checked out (`rule` says which, for the messages). `checklist` is the input as a repository path
 * (undefined: discovery, `discovered` maps each DISCOVERY path). Returns null when no checklist
 * exists there (the built-in preset applies). A failure other than "not found" throws at once: the
 * next discovery path is not tried, and the preset never stands in for a checklist that could not
 * be read.
 */
async function readBaseChecklist(read, checklist, discovered, baseSha, rule = PULL_REQUEST_TARGET_RULE) {
    const candidates = checklist !== undefined ? [checklist] : run.DISCOVERY.map(discovered);
    for (const file of candidates) {
        if (file.startsWith('..') || external_node_path_.isAbsolute(file))
            throw new types/* ConfigError */.xL(`checklist ${file} is outside the repository`);
        const text = await read(file);
        if (text !== null)
            return { file, text };
    }
    if (checklist !== undefined)
        throw new types/* ConfigError */.xL(`checklist ${checklist} not found in the base commit ${baseSha.slice(0, 12)} (${baseRuleText(rule, 'checklist')})`, { file: checklist });
    return null;
}

;// CONCATENATED MODULE: ./lib/action/lines.js

/** A hunk header, `@@ -a[,b] +c[,d] @@` (a count left out is 1), as `git diff` and the compare API's patches write it. */
function hunkHeader(line) {
    const h = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    return h ? { oldStart: Number(h[1]), oldCount: h[2] === undefined ? 1 : Number(h[2]), newStart: Number(h[3]), newCount: h[4] === undefined ? 1 : Number(h[4]) } : null;
}
/** What a `git diff --unified=0` output says per old path: its hunks, or null when the file is gone at the new commit. */
function parseHunks(diff) {
    const out = new Map();
    let current = null;
    let oldPath = null;
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ')) {
            current = null;
            oldPath = null;
            continue;
        }
        if (line.startsWith('--- ')) {
            // The old side names the file whose lines are mapped.
            const p = path(line.slice(4));
            oldPath = p === null ? null : p.replace(/^a\//, '');
            current = null;
            continue;
        }
        if (line.startsWith('+++ ')) {
            if (oldPath === null)
                continue;
            // Gone at the new commit (deleted, or renamed: renames are off): nothing there to annotate.
            if (path(line.slice(4)) === null) {
                out.set(oldPath, null);
                continue;
            }
            current = [];
            out.set(oldPath, current);
            continue;
        }
        const h = hunkHeader(line);
        if (h && current)
            current.push(h);
    }
    return out;
}
/**
 * A path of a `---`/`+++` line: a trailing tab (git adds one after a path with a space) dropped,
 * C-style quoting (`"a/r\303\251glages.py"`) undone; null for /dev/null.
 */
function path(raw) {
    const p = raw.replace(/\t$/, '');
    if (p === '/dev/null')
        return null;
    if (!p.startsWith('"') || !p.endsWith('"'))
        return p;
    const bytes = [];
    const body = p.slice(1, -1);
    const ESC = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            for (const b of Buffer.from(c, 'utf8'))
                bytes.push(b);
            continue;
        }
        const o = /^[0-7]{3}/.exec(body.slice(i + 1));
        if (o) {
            bytes.push(parseInt(o[0], 8));
            i += 3;
            continue;
        }
        const e = ESC[body[i + 1] ?? ''];
        if (e !== undefined) {
            bytes.push(e);
            i++;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/**
 * Where line `line` of the old file is in the new one: shifted by the hunks before it; null for a line
 * inside a changed region, which the new file does not have (between a pull request's merge commit and
 * its head, those are the base branch's changes: a finding there is not the head's to annotate).
 */
function mapLine(hunks, line) {
    let offset = 0;
    for (const h of hunks) {
        if (h.oldCount === 0) {
            // Lines inserted after old line oldStart.
            if (line <= h.oldStart)
                break;
            offset += h.newCount;
            continue;
        }
        if (line < h.oldStart)
            break;
        if (line < h.oldStart + h.oldCount)
            return null;
        offset += h.newCount - h.oldCount;
    }
    return Math.max(1, line + offset);
}
async function lineMapper(root, from, to, files) {
    if (!files.length)
        return { line: (_f, line) => line, gone: () => false };
    // Prefixes set here: a user's `diff.noprefix`/`diff.mnemonicPrefix` must not change what parseHunks reads. Past
    // 2,000 paths (an argument list's limit) the whole diff is read instead: no file is left out and mapped as unchanged.
    const paths = files.length <= 2000 ? ['--', ...files] : [];
    const diff = async () => git(root, ['-c', 'core.quotepath=off', 'diff', '--no-color', '--no-renames', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', '--unified=0', from, to, ...paths]);
    let out;
    try {
        out = await diff();
    }
    catch {
        // A shallow clone (actions/checkout's default) has the merge commit but not the head: fetch it once.
        try {
            await git(root, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', to]);
            out = await diff();
        }
        catch {
            return null;
        }
    }
    return lineMapOf(parseHunks(out));
}
/**
 * The hunks of one file's unified diff with context (the compare API's `patch`: `@@ -a,b +c,d @@` then ` `, `-`, `+`
 * lines) as `git diff --unified=0` gives them: each run of changed lines is a hunk, and a side with no lines starts at
 * the line before (`-5,0`: inserted after old line 5). Bounded by the patch's lines.
 */
function patchHunks(patch) {
    const out = [];
    let oldLine = 0;
    let newLine = 0;
    let cur = null;
    const flush = () => {
        if (cur)
            out.push({ ...cur, oldStart: cur.oldCount ? cur.oldStart : cur.oldStart - 1, newStart: cur.newCount ? cur.newStart : cur.newStart - 1 });
        cur = null;
    };
    for (const line of patch.split('\n')) {
        const h = hunkHeader(line);
        if (h) {
            flush();
            // A side of no lines names the line before it (`-0,0` for a new file): the next line is the one after.
            oldLine = h.oldStart + (h.oldCount === 0 ? 1 : 0);
            newLine = h.newStart + (h.newCount === 0 ? 1 : 0);
            continue;
        }
        if (line.startsWith('-')) {
            cur ??= { oldStart: oldLine, oldCount: 0, newStart: newLine, newCount: 0 };
            cur.oldCount++;
            oldLine++;
        }
        else if (line.startsWith('+')) {
            cur ??= { oldStart: oldLine, oldCount: 0, newStart: newLine, newCount: 0 };
            cur.newCount++;
            newLine++;
        }
        else if (line.startsWith(' ')) {
            flush();
            oldLine++;
            newLine++;
        }
        // `\ No newline at end of file`, and the empty string after a final line end: no line of either side.
    }
    flush();
    return out;
}
/**
 * The line map of {@link lineMapper} (merge commit \u2192 head) from the compare API's files of the comparison the other way
 * (head \u2192 merge commit: `compare/{head}...{merge}`), for the repository paths `files`: a file listed as added (or copied,
 * or renamed to it) is one the head does not have; a modified one maps through its patch's hunks, sides swapped; one not
 * listed is unchanged. Null when a file of `files` is changed but has no patch (binary, or a diff GitHub leaves out).
 */
function compareLineMap(compared, files) {
    const byName = new Map(compared.map((f) => [f.filename, f]));
    const hunks = new Map();
    for (const file of files) {
        const f = byName.get(file);
        if (!f)
            continue;
        if (f.status === 'added' || f.status === 'copied' || f.status === 'renamed') {
            hunks.set(file, null);
            continue;
        }
        if (f.patch === undefined) {
            if (f.changes > 0)
                return null;
            continue;
        }
        hunks.set(file, patchHunks(f.patch).map((h) => ({ oldStart: h.newStart, oldCount: h.newCount, newStart: h.oldStart, newCount: h.oldCount })));
    }
    return lineMapOf(hunks);
}
/** The LineMap of hunks per old path (null: the file is gone at the new commit; a path not listed is unchanged). */
function lineMapOf(hunks) {
    return {
        line(file, line) {
            const h = hunks.get(file);
            return h === undefined ? line : h === null ? null : mapLine(h, line);
        },
        gone: (file) => hunks.get(file) === null,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/github/sanitize.js

/**
 * GitHub's limits: one malformed annotation makes it reject the whole request (422). GitHub measures them in UTF-8
 * bytes (a check run's `text` over the limit gets "text exceeds a maximum bytesize of 65535"), not in the UTF-16 units
 * of a JS string's `length`: every cut here is by bytes (a byte count is never below the string's length, so a text
 * within the bytes is within the characters too). `title`: a check run's and an annotation's; `text`: a check run's
 * `summary` and `text`; `messageBytes`: an annotation's `message` (and `raw_details`).
 */
const LIMITS = { title: 255, messageBytes: 64 * 1024, text: 65_535, annotationsPerRequest: 50, annotationsPerRun: 1000 };
/**
 * A title within GitHub's limit (255 bytes), with `\u2026` where it was cut, never inside a character (an emoji cut in
 * two prints U+FFFD).
 */
const cutTitle = (title) => cutBytes(title, LIMITS.title);
/** Cuts a string to at most `maxBytes` UTF-8 bytes, `suffix` marking the cut, never inside a character or a surrogate pair. */
function cutBytes(s, maxBytes, suffix = '\u2026') {
    if (Buffer.byteLength(s) <= maxBytes)
        return s;
    const budget = maxBytes - Buffer.byteLength(suffix);
    let out = Buffer.from(s).subarray(0, Math.max(0, budget)).toString('utf8');
    // A cut multi-byte character decodes to U+FFFD: drop it.
    out = out.replace(/\uFFFD$/, '');
    while (Buffer.byteLength(out) > budget)
        out = out.slice(0, -1);
    return out + suffix;
}
/**
 * A repository-relative `/` path, or null when the path cannot be one (absolute outside the
 * workspace, `..` segments, empty). A `\` is a separator on Windows only: elsewhere it is part of a
 * name git tracks (`\back/Dockerfile`), and GitHub takes the path as it is.
 */
function repoPath(file, workspace, platform = process.platform) {
    const slashes = (s) => (platform === 'win32' ? s.replace(/\\/g, '/') : s);
    let p = slashes(file);
    const ws = workspace === undefined ? undefined : slashes(workspace).replace(/\/+$/, '');
    if (ws && (p === ws || p.startsWith(`${ws}/`)))
        p = p.slice(ws.length);
    else if (/^\//.test(p) || (platform === 'win32' && /^[a-z]:\//i.test(p)))
        return null;
    p = p.replace(/^(\.?\/)+/, '');
    const parts = p.split('/').filter((s) => s !== '' && s !== '.');
    if (!parts.length || parts.includes('..'))
        return null;
    return parts.join('/');
}
const positiveInt = (n) => typeof n === 'number' && Number.isFinite(n) && n >= 1 ? Math.floor(n) : null;
/** Turns an annotation into a valid Checks API annotation, or null when it has no repository file. */
function toCheckAnnotation(a, workspace) {
    if (!a.file)
        return null;
    const path = repoPath(a.file, workspace);
    if (!path)
        return null;
    const start = positiveInt(a.line) ?? 1;
    const end = Math.max(start, positiveInt(a.endLine) ?? start);
    const out = {
        path,
        start_line: start,
        end_line: end,
        annotation_level: a.level,
        message: cutBytes(a.message.trim() || a.title, LIMITS.messageBytes),
        title: cutTitle(a.title),
    };
    const col = positiveInt(a.column);
    if (col && start === end) {
        out.start_column = col;
        out.end_column = col;
    }
    return out;
}
/**
 * Control characters a job log would show raw from a workflow command: @actions/core escapes only `%`, CR and LF (and
 * `:` and `,` in properties), so an ESC or BEL of a file name (`Dockerfile.\x1b]0;pwned\x07`: a pull request names its
 * files) would reach the log and drive the terminal that shows it. A tab too: it drives nothing, but core writes it raw,
 * and in a name it reads as spaces (`tab<TAB>name.env` as `tab    name.env`), where the CLI's reports show `\x09`.
 */
const LOG_UNSAFE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
/** A workflow command's message or title with its control characters, tab too, as `\xNN` (CR and LF are core's: `%0D`, `%0A`). */
const logText = (s) => {
    const t = (0,util_text/* printable */.g$)(s);
    return t.includes('\t') ? t.replace(/\t/g, '\\x09') : t;
};
/**
 * A workflow command's message and properties with no control character left for the log: in the message and title
 * written as `\xNN`, as the CLI's reports write them (printable; a tab too); a `file` holding one cannot be written so (GitHub
 * matches `file=` against the real path), so the annotation is not pointed at it: the file, its control characters
 * written out, and line lead the message instead, and the annotation stays in the log and the run's list. Idempotent.
 */
function commandSafe(message, props) {
    let text = logText(message);
    if (!props)
        return { message: text };
    const out = { ...props };
    if (out.title !== undefined)
        out.title = logText(out.title);
    if (out.file !== undefined && LOG_UNSAFE.test(out.file)) {
        text = `${(0,util_text/* printablePath */.Vj)(out.file)}${out.startLine ? `:${out.startLine}` : ''}: ${text}`;
        delete out.file;
        delete out.startLine;
        delete out.endLine;
        delete out.startColumn;
        delete out.endColumn;
    }
    return { message: text, props: out };
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
;// CONCATENATED MODULE: ./lib/github/check-run.js




/**
 * Creates the completed check run with the first 50 annotations (a create that fails with 5xx is retried only after
 * looking whether it made the run after all, so a retry never leaves two), then appends the rest in batches
 * of 50 with PATCH, one request at a time (concurrent writes trip GitHub's secondary limits).
 * An error creating the run propagates (the caller decides whether a 403 means falling back to
 * workflow commands) \u2014 {@link Unconfirmed} when the run may exist but nothing confirms it (a 5xx whose outcome could not
 * be looked up, a 2xx answer that is not a check run) \u2014, except a 422 on a request carrying annotations: GitHub rejected that first batch, so the
 * run is created without it and the batch counts as not posted. Once the run exists it is never lost: a batch GitHub rejects (422) is skipped,
 * any other failure stops the batches (retrying them would only prolong an outage or a rate
 * limit), and the summary is rewritten once \u2014 without retries, and not under a rate limit \u2014 to count what was not posted.
 */
async function publishCheckRun(client, input) {
    const annotations = input.annotations.slice(0, LIMITS.annotationsPerRun);
    const batches = [];
    for (let i = 0; i < annotations.length; i += LIMITS.annotationsPerRequest) {
        batches.push(annotations.slice(i, i + LIMITS.annotationsPerRequest));
    }
    // GitHub limits `summary` and `text` in UTF-8 bytes (a text of 65,535 characters with `\u2014`, `\u2026` or `\u2705` in it is
    // over, and the whole request is refused): cut by bytes, with a note, at a line.
    const summary = (unposted) => (0,markdown.cutText)(typeof input.summary === 'function' ? input.summary(unposted) : input.summary, LIMITS.text, LIMITS.text);
    // Rendered once for every batch (a render lays out every finding); again only to correct a count.
    const posted = summary(0);
    const text = input.text ? (0,markdown.cutText)(input.text, LIMITS.text, LIMITS.text) : '';
    const output = (batch, unposted = 0) => ({
        title: cutTitle(input.title) || 'Preflight',
        summary: unposted ? summary(unposted) : posted,
        ...(text ? { text } : {}),
        ...(batch?.length ? { annotations: batch } : {}),
    });
    // GitHub may create the run and still answer 5xx (or the answer may be lost): a create retried blindly could leave
    // two runs of this name on the commit. So the create is retried by createOnce, not by the client, and before each
    // retry the commit's runs of this name are searched for the one this call made (its `external_id`, unique per call);
    // when that search cannot answer, the run is not created again but said not to be confirmed (Unconfirmed).
    const externalId = `preflight-${(0,external_node_crypto_.randomUUID)()}`;
    const create = async (batch) => {
        const made = await createOnce(client, async () => {
            const res = await client.rest.checks.create({
                owner: input.owner,
                repo: input.repo,
                name: input.name,
                head_sha: input.headSha,
                external_id: externalId,
                status: 'completed',
                conclusion: input.conclusion,
                completed_at: new Date().toISOString(),
                output: output(batch),
                request: { retries: 0 },
            });
            return { data: res.data, status: res.status };
        }, async () => {
            // One attempt: createOnce spaces out the lookups as it does the creates. An answer that is not a list of
            // runs cannot say the run is not there: it fails (TypeError), as an HTTP error does.
            const { data: found } = await client.rest.checks.listForRef({ owner: input.owner, repo: input.repo, ref: input.headSha, check_name: input.name, filter: 'all', per_page: 100, request: { retries: 0 } });
            const run = found.check_runs.find((r) => r.external_id === externalId);
            if (run && !isId(run.id))
                throw new Error('the check run found has no id');
            return run ? { data: run, status: 200 } : null;
        });
        // A 2xx whose JSON is not a check run (a proxy's `{"message": "accepted"}`): nothing says the run was made, and
        // without its id no annotation batch can be appended to it.
        if (!isId(made.data?.id)) {
            throw new Unconfirmed(`GitHub's answer to the create (HTTP ${made.status}) is not a check run: it has no id \u2014 a proxy in front of the API?`);
        }
        return made;
    };
    let failed = 0;
    let failedBatches = 0;
    let error = null;
    let data;
    try {
        ({ data } = await create(batches[0]));
    }
    catch (err) {
        // 422 with annotations: GitHub may have rejected the first batch's content (one malformed annotation rejects the
        // whole request). The run itself matters more than those 50: create it without them, as a later batch is lost.
        if (statusOf(err) !== 422 || !batches[0]?.length)
            throw err;
        ({ data } = await create(undefined));
        error = err;
        failed += batches[0].length;
        failedBatches++;
    }
    let stopped = null;
    // Annotations the run holds so far. GitHub may append a batch and still answer 5xx (its front end's 502): a batch
    // resent blindly would annotate each of its findings twice. So a batch is retried by createOnce, not by the client, and
    // before each retry the run's `output.annotations_count` says whether the batch landed (QA45 action14 D3); when that
    // cannot be read, the batch is not sent again and counts as not posted (Unconfirmed), and the batches stop.
    let held = batches[0]?.length && !failedBatches ? batches[0].length : 0;
    for (const batch of batches.slice(1)) {
        if (!stopped) {
            try {
                const before = held;
                await createOnce(client, async () => {
                    await client.rest.checks.update({ owner: input.owner, repo: input.repo, check_run_id: data.id, output: output(batch), request: { retries: 0 } });
                    return true;
                }, async () => {
                    const { data: run } = await client.rest.checks.get({ owner: input.owner, repo: input.repo, check_run_id: data.id, request: { retries: 0 } });
                    const count = run.output?.annotations_count;
                    if (typeof count !== 'number' || !Number.isSafeInteger(count))
                        throw new Error('the check run read has no annotations_count');
                    if (count === before)
                        return null;
                    if (count === before + batch.length)
                        return true;
                    throw new Error(`the check run holds ${count} annotations, neither ${before} nor ${before + batch.length}`);
                }, `appending ${batch.length} annotations`, 'GitHub appended them');
                held += batch.length;
                continue;
            }
            catch (err) {
                error ??= err;
                // 422: GitHub rejected this batch's content; the next batches may well be fine.
                if (statusOf(err) !== 422)
                    stopped = err;
            }
        }
        failed += batch.length;
        failedBatches++;
    }
    let summaryUpdated = null;
    // Stopped by a rate limit the client gave up waiting for: one more write now would only be refused (and GitHub
    // asks for no requests until the limit lifts), so the summary is left as it is.
    if (failed && isRateLimited(stopped))
        summaryUpdated = false;
    else if (failed) {
        try {
            // The run keeps its conclusion: only the output changes. One attempt, no retries.
            await client.rest.checks.update({ owner: input.owner, repo: input.repo, check_run_id: data.id, output: output(undefined, failed), request: { retries: 0 } });
            summaryUpdated = true;
        }
        catch {
            summaryUpdated = false;
        }
    }
    return {
        id: data.id,
        url: data.html_url ?? null,
        annotated: annotations.length - failed,
        omitted: input.annotations.length - annotations.length,
        failed,
        batches: batches.length,
        failedBatches,
        error: stopped ?? error,
        summaryUpdated,
        app: data.app?.slug ?? null,
    };
}
/** A check run's id as the API gives it: a positive integer. */
function isId(id) {
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}

;// CONCATENATED MODULE: ./lib/github/comment.js


/**
 * GitHub's limit on an issue comment body ("maximum is 65536 characters"). The body is cut to as many UTF-8 bytes:
 * GitHub's other text limits count bytes, and a byte count is never below the characters', so the cut body is
 * within the limit whichever GitHub counts.
 */
const COMMENT_LIMIT = 65_536;
/** Who writes with the default `GITHUB_TOKEN`. */
const ACTIONS_BOT = 'github-actions[bot]';
/** The hidden marker that identifies the sticky comment of one check name. */
function commentMarker(checkName) {
    return `<!-- preflight:sticky-comment ${checkName.replace(/-->/g, '')} -->`;
}
/**
 * The login that comments written with this token carry, so the sticky comment is looked for
 * among the token's own comments only (anyone can write the marker into a comment).
 *
 * - A check run created in this job names its GitHub App (only Apps can create check runs): the
 *   token writes as `<slug>[bot]` \u2014 `github-actions[bot]` for `GITHUB_TOKEN`.
 * - Otherwise `GET /user` answers for a personal access token with its user's login.
 * - An installation token cannot read `/user` (403): some App's bot \u2014 `GITHUB_TOKEN`'s
 *   `github-actions[bot]`, or the App of an `actions/create-github-app-token` token: null, which
 *   `upsertComment` reads as "any `[bot]` author" (preferring `github-actions[bot]`).
 *
 * A user login cannot contain `[` or `]`, so no user can pose as a `[bot]` author.
 */
async function commentAuthor(client, checkRunApp) {
    if (checkRunApp)
        return `${checkRunApp}[bot]`;
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (data.login)
            return data.login;
    }
    catch {
        // An installation token (403 "Resource not accessible by integration").
    }
    return null;
}
/**
 * A failure of upsertComment, with the request that failed: `read`, listing the pull request's comments (needs
 * `pull-requests: read` or `issues: read`), or `write`, editing or creating the comment (`pull-requests: write`, which
 * includes the read).
 * `error`: the API's error, as thrown.
 */
class CommentError extends Error {
    step;
    error;
    constructor(step, error) {
        super(String(error?.message ?? error));
        this.step = step;
        this.error = error;
        this.name = 'CommentError';
    }
}
/** Bot comments starting with the marker tried at most, with the token's identity unknown (each refused edit is one request). */
const MAX_CANDIDATES = 5;
/**
 * Keeps one sticky comment per check name on a pull request: finds it among the comments `author`
 * wrote that start with its hidden marker (as Preflight writes it: never one somebody else planted
 * the marker in, nor one that quotes it), updates it in place, does nothing when the body is
 * unchanged, creates it otherwise. `author` null (an App installation token whose App is unknown):
 * `github-actions[bot]`'s comment first, then other `[bot]` authors' \u2014 still only comments that
 * start with the marker. A failed request throws a {@link CommentError} saying which one.
 */
async function upsertComment(client, r, pull, marker, body, author) {
    const text = (0,markdown.cutText)(body.startsWith(marker) ? body : `${marker}\n${body}`, COMMENT_LIMIT - 1, COMMENT_LIMIT - 1);
    // A known author: that login only. Unknown (an App's installation token): any bot, never a user.
    const ours = (login) => login !== undefined && (author === null ? login.endsWith('[bot]') : login.toLowerCase() === author.toLowerCase());
    // GitHub may normalise line endings and trailing space of a stored body.
    const same = (c) => c.body != null && c.body.replace(/\r\n/g, '\n').trim() === text.trim();
    let first;
    const others = [];
    try {
        for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...r, issue_number: pull, per_page: 100 })) {
            for (const c of page.data) {
                // Preflight's comment starts with the marker: one quoting it further down (Renovate's, a person's own) is not it.
                if (!ours(c.user?.login) || !c.body?.trimStart().startsWith(marker))
                    continue;
                if (author !== null || c.user?.login === ACTIONS_BOT) {
                    first = c;
                    break;
                }
                if (others.length < MAX_CANDIDATES)
                    others.push(c);
            }
            if (first)
                break;
        }
    }
    catch (err) {
        throw new CommentError('read', err);
    }
    for (const existing of (first ? [first, ...others] : others).slice(0, MAX_CANDIDATES)) {
        if (same(existing))
            return 'unchanged';
        try {
            await client.rest.issues.updateComment({ ...r, comment_id: existing.id, body: text });
            return 'updated';
        }
        catch (err) {
            // With the token's identity unknown, a bot's comment with our marker may be another app's (Renovate quoting
            // it): GitHub refuses the edit, and the next candidate is tried \u2014 ours may come later. None editable: a new
            // comment, not a false "needs pull-requests: write" (and not one more on every run: ours is found next time).
            const status = statusOf(err);
            if (author !== null || (status !== 403 && status !== 404))
                throw new CommentError('write', err);
        }
    }
    // GitHub may store the comment and still answer 5xx (its front end's 502), or the answer may be lost: a create retried
    // blindly would leave two sticky comments, the second never updated again. So the create is retried by createOnce, not
    // by the client, and before each retry the comments are looked through for the one it would make (ours, this very
    // body: none was there above, else it was left unchanged), as a check run's create is (src/github/check-run.ts); when
    // they cannot be read, the comment is not posted again but said not to be confirmed (Unconfirmed).
    try {
        await createOnce(client, async () => {
            await client.rest.issues.createComment({ ...r, issue_number: pull, body: text, request: { retries: 0 } });
            return true;
        }, async () => {
            // One attempt: createOnce spaces out the lookups as it does the creates.
            for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...r, issue_number: pull, per_page: 100, request: { retries: 0 } })) {
                if (page.data.some((c) => ours(c.user?.login) && same(c)))
                    return true;
            }
            return null;
        });
        return 'created';
    }
    catch (err) {
        throw new CommentError('write', err);
    }
}

;// CONCATENATED MODULE: ./lib/report/annotations.js

const LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
/**
 * The level of a finding per DESIGN.md "Severities": at or above the threshold \u2192 `failure`; below
 * it, critical/high/medium \u2192 `warning`, low/info \u2192 `notice`. Notes and baseline-known findings
 * never gate, so they never show as `failure` (a green check never shows red annotations).
 */
function annotationLevel(f, failOn) {
    if (!f.note && !f.baseline && (0,types/* atLeast */.jZ)(f.severity, failOn))
        return 'failure';
    return (0,types/* severityRank */.qs)(f.severity) <= (0,types/* severityRank */.qs)('medium') && !f.note ? 'warning' : 'notice';
}
/**
 * Findings \u2192 annotations, most severe first (level, new before baseline-known and notes, then severity, then file and line);
 * suppressed findings are excluded. Probe findings have no file: callers decide where they go.
 */
function toAnnotations(report) {
    const titles = new Map(report.items.map((i) => [i.id, i.title]));
    const out = [];
    // Within a level, what the run found new comes before what a baseline already knows and notes: the
    // first annotations GitHub shows (10 per level on forks) are the ones the pull request is about.
    for (const f of report.findings) {
        if (f.suppressed)
            continue;
        const item = f.item ? titles.get(f.item) : undefined;
        const tag = f.baseline ? ' (known, in baseline)' : f.note ? ' (note)' : '';
        out.push({
            file: f.file,
            line: f.line,
            endLine: f.endLine ?? null,
            column: f.column,
            level: annotationLevel(f, report.failOn),
            severity: f.severity,
            check: f.check,
            title: `${f.severity} \u00b7 ${item ?? f.check} [${f.check}]${tag}`,
            message: [f.message, f.url ? `URL: ${f.url}` : '', f.fix ? `Fix: ${f.fix}` : ''].filter(Boolean).join('\n'),
            known: Boolean(f.baseline || f.note),
        });
    }
    return out
        .map((a, i) => ({ a, i }))
        .sort((x, y) => LEVEL_RANK[x.a.level] - LEVEL_RANK[y.a.level]
        || Number(Boolean(x.a.known)) - Number(Boolean(y.a.known))
        || (0,types/* severityRank */.qs)(x.a.severity) - (0,types/* severityRank */.qs)(y.a.severity)
        || (x.a.file ?? '\uffff').localeCompare(y.a.file ?? '\uffff')
        || (x.a.line ?? 0) - (y.a.line ?? 0)
        || x.i - y.i)
        .map(({ a }) => a);
}
/**
 * At most `cap` of `list` (ordered by toAnnotations), most severe first, as GitHub keeps only the first 1,000 of a check
 * run: whole tiers (level, new before known, severity) while they fit; of the tier the cap cuts, each check's in turn
 * (its first, then every check's second\u2026), so 1,000 compose findings of one check do not hide another check's four high
 * ones in a Dockerfile. The kept annotations stay in their order.
 */
function capAnnotations(list, cap) {
    if (list.length <= cap)
        return [...list];
    const keep = new Set();
    const tierOf = (a) => `${a.level}|${Boolean(a.known)}|${a.severity}`;
    let i = 0;
    while (i < list.length && keep.size < cap) {
        let j = i;
        const tier = tierOf(list[i]);
        while (j < list.length && tierOf(list[j]) === tier)
            j++;
        if (keep.size + (j - i) <= cap) {
            for (let k = i; k < j; k++)
                keep.add(list[k]);
        }
        else {
            // The tier the cap cuts: round robin over its checks, in the order they first appear.
            const byCheck = new Map();
            for (let k = i; k < j; k++) {
                const a = list[k];
                const group = byCheck.get(a.check);
                if (group)
                    group.push(a);
                else
                    byCheck.set(a.check, [a]);
            }
            const groups = [...byCheck.values()];
            for (let round = 0; keep.size < cap; round++) {
                let took = false;
                for (const g of groups) {
                    if (keep.size >= cap)
                        break;
                    const a = g[round];
                    if (a !== undefined) {
                        keep.add(a);
                        took = true;
                    }
                }
                if (!took)
                    break;
            }
        }
        i = j;
    }
    return list.filter((a) => keep.has(a));
}

;// CONCATENATED MODULE: ./lib/github/fallback.js



/** GitHub shows at most this many workflow-command annotations of each type per step. */
const PER_LEVEL = 10;
const METHOD = { failure: 'error', warning: 'warning', notice: 'notice' };
/**
 * Emits annotations as workflow commands when no check run can be written (fork PRs, read-only
 * tokens): most severe first (the list is already ordered), at most 10 per level (each check in turn in the severity the cap
 * cuts: capAnnotations), then one notice
 * saying how many more there are and where they are listed (`listedIn`: the job summary when it
 * holds every finding, by default). Returns how many were left out.
 */
function emitFallbackAnnotations(annotations, sink, opts = {}) {
    const total = { failure: 0, warning: 0, notice: 0 };
    for (const a of annotations)
        total[a.level]++;
    // Slots the caller needs for its own lines (the failed-step error, the degrade warning).
    const room = (l) => PER_LEVEL - (opts.reserved?.[l] ?? 0);
    const overflow = Object.keys(total).some((l) => total[l] > room(l));
    // The closing notice is itself a notice: keep a slot for it.
    const cap = (l) => Math.max(0, room(l) - (l === 'notice' && overflow ? 1 : 0));
    // Which ones, per level: the most severe first and, of the severity the cap cuts, each check in turn (capAnnotations), so ten
    // findings of one check never hide another check's.
    const keep = new Set(Object.keys(total).flatMap((l) => capAnnotations(annotations.filter((a) => a.level === l), cap(l))));
    let omitted = 0;
    for (const a of annotations) {
        if (!keep.has(a)) {
            omitted++;
            continue;
        }
        const file = a.file ? repoPath(a.file, opts.workspace) : null;
        const props = { title: cutTitle(a.title) };
        if (file) {
            props.file = file;
            props.startLine = a.line && a.line >= 1 ? a.line : 1;
            if (a.endLine && a.endLine > props.startLine)
                props.endLine = a.endLine;
            else if (a.column && a.column >= 1)
                props.startColumn = a.column;
        }
        // A file GitHub cannot be pointed at (no repository path): the message names it, so the annotation still says where.
        // No control character reaches the log (commandSafe: a file name holding one is named in the message, escaped).
        const safe = commandSafe(a.file && !file ? `${(0,util_text/* printablePath */.Vj)(a.file)}: ${a.message}` : a.message, props);
        sink[METHOD[a.level]](safe.message, safe.props ?? {});
    }
    if (omitted) {
        sink.notice(`${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated here (GitHub shows ${PER_LEVEL} annotations per level): see ${opts.listedIn ?? 'the job summary for the full report'}.`, { title: 'Preflight: more findings in the summary' });
    }
    return omitted;
}

// EXTERNAL MODULE: ./lib/report/sarif.js
var report_sarif = __webpack_require__(20123);
// EXTERNAL MODULE: ./lib/report/json.js
var json = __webpack_require__(97406);
// EXTERNAL MODULE: ./lib/report/summary.js
var summary = __webpack_require__(43394);
// EXTERNAL MODULE: ./lib/checklist/load.js + 2 modules
var load = __webpack_require__(54160);
// EXTERNAL MODULE: ./lib/gate/attest.js
var attest = __webpack_require__(34270);
// EXTERNAL MODULE: ./lib/mkdirs.js
var mkdirs = __webpack_require__(40015);
// EXTERNAL MODULE: ./lib/user-file.js
var user_file = __webpack_require__(62595);
;// CONCATENATED MODULE: ./lib/action/main.js
































/** A full commit id (SHA-1, or SHA-256 repositories). */
const COMMIT_SHA = /^[0-9a-f]{40,64}$/i;
const ISSUES_URL = 'https://github.com/preflight-gate/preflight/issues';
/** Job-summary room kept for the notes added once the check run is written (degrade, counts). */
const NOTE_ROOM = 8 * 1024;
/**
 * Workflow-command annotations this step has printed, per type: GitHub shows 10 of each per step,
 * and the fallback annotations get what is left (every `::error`/`::warning` goes through `say`).
 */
const printed = { error: 0, warning: 0, notice: 0 };
// No control character of a file name or a message reaches the log raw (commandSafe).
const say = {
    error: (message, props) => { printed.error++; const c = commandSafe(message, props); core/* error */.z3(c.message, c.props); },
    warning: (message, props) => { printed.warning++; const c = commandSafe(message, props); core/* warning */.$e(c.message, c.props); },
    notice: (message, props) => { printed.notice++; const c = commandSafe(message, props); core/* notice */.lm(c.message, c.props); },
};
/**
 * A folder that holds no file \u2014 nothing at all, empty folders, or a `.git` of a repository with nothing checked out (`git init`
 * only): what GITHUB_WORKSPACE is when no step checked anything out. Bounded: it stops at the first file, and a folder with more
 * than MAX_PEEK entries in all is taken to hold one.
 */
function holdsNoFile(dir) {
    const MAX_PEEK = 1_000;
    const queue = [dir];
    let seen = 0;
    while (queue.length) {
        let entries;
        try {
            entries = external_node_fs_.readdirSync(queue.shift(), { withFileTypes: true });
        }
        catch {
            return false;
        }
        for (const e of entries) {
            if (++seen > MAX_PEEK)
                return false;
            if (e.isDirectory()) {
                if (e.name !== '.git')
                    queue.push(external_node_path_.join(e.parentPath, e.name));
            }
            else if (e.name !== '.git')
                return false;
        }
    }
    return true;
}
/**
 * A logger over `core` that also scrubs known secret values itself: the runner masks them in the
 * log, but the raw stream (and anyone reading it outside a runner) should not carry them either.
 */
function makeLogger(secrets, onChecklistWarning) {
    return (0,redact/* redactingLogger */.S)({
        // Plain log lines too: no control character of a file name or a message reaches the log raw (printable, as say's commandSafe).
        info: (m) => core/* info */.pq((0,util_text/* printable */.g$)(m)),
        // Only a warning located in a checklist file (`where`: a checklist warning) is titled and annotated as one; any
        // other (the file walk, probes) is a plain `::warning` with its own wording.
        warn: (m, where) => {
            if (!where) {
                say.warning(m);
                return;
            }
            say.warning(m, whereProps(where, 'Preflight checklist warning'));
            onChecklistWarning?.(m);
        },
        debug: (m) => core/* debug */.Yz((0,util_text/* printable */.g$)(m)),
        notice: (m) => say.notice(m),
    }, secrets);
}
/**
 * Annotation properties for a file:line:column (a configuration error, a checklist warning): annotation paths are
 * repository-relative (act() hands run() root-relative paths); a file outside the repository is named in the
 * message only.
 */
function whereProps(w, title) {
    const file = w?.file && !external_node_path_.isAbsolute(w.file) && !w.file.startsWith('../') ? w.file.split(external_node_path_.sep).join('/') : null;
    return {
        title,
        ...(file ? { file } : {}),
        ...(file && w?.line ? { startLine: w.line } : {}),
        ...(file && w?.column ? { startColumn: w.column } : {}),
    };
}
/**
 * The action: read inputs, run the pipeline on the workspace, publish the check run (or fall back
 * to workflow-command annotations), job summary, SARIF, sticky comment and outputs, and fail the
 * step when the gate fails. Never throws: errors become `::error` lines and a failed step.
 */
async function main() {
    let debug = false;
    let settings;
    const reached = {};
    try {
        createRunnerFiles();
        // The workspace is GITHUB_WORKSPACE, else the current directory (a run outside the runner): one that no longer exists
        // (deleted by an earlier step) is the environment's problem, said as such, not an internal error.
        if (!process.env.GITHUB_WORKSPACE && (0,user_file/* currentDirectory */.n9)() === null)
            throw new types/* ConfigError */.xL('GITHUB_WORKSPACE is not set and the current directory no longer exists (deleted or moved after the step started in it): set GITHUB_WORKSPACE to the checked-out repository, or run the step from it');
        settings = withBomTolerantPayload(readSettings());
        debug = settings.runner.debug;
        await act(settings, reached);
    }
    catch (err) {
        // Preflight could not judge: the gate did not pass (a workflow that reads `result` must not see it empty).
        try {
            core/* setOutput */.uH('result', 'fail');
        }
        catch { /* GITHUB_OUTPUT unwritable: the failed step still says it */ }
        if (err instanceof types/* ConfigError */.xL) {
            // One ::error line: the annotation carries file and line, the log line reads file:line: message.
            // A `\` in a path input on a POSIX runner: the path was looked for as written, and the error says to use `/`.
            // The runner masks the secrets it was told of; the raw stream (and any reader outside a runner) gets none either:
            // an error may quote an input's line.
            const hide = (0,redact/* redactor */.$p)(errorSecrets(settings));
            // Each error as the log, the check run and the summary say it (with its backslash hint), worded once.
            const errors = err.all().map((one) => {
                const hint = backslashHint(settings?.inputs, one.format());
                return { text: `${one.format()}${hint}`, message: `${one.message}${hint}`, where: one.where };
            });
            for (const e of errors)
                say.error(hide(e.text), whereProps(e.where, 'Preflight configuration error'));
            if (err.omitted)
                say.error(`\u2026 and ${err.omitted} more configuration error${err.omitted === 1 ? '' : 's'} (fix these first)`, { title: 'Preflight configuration error' });
            process.exitCode = 1;
            // The pull request shows why its check is red (or why a required `Preflight` is not green), not only the log.
            await reportCouldNotRun({
                heading: 'configuration error',
                title: 'Configuration error',
                errors,
                omitted: err.omitted,
            }, settings, reached);
            return;
        }
        if (err instanceof BaseChecklistError) {
            say.error((0,redact/* redactor */.$p)(errorSecrets(settings))(err.message), { title: `Preflight: the base ${err.what} could not be read` });
            process.exitCode = 1;
            await reportCouldNotRun({ heading: `the base ${err.what} could not be read`, title: `The base ${err.what} could not be read`, errors: [{ text: err.message, message: err.message }], omitted: 0 }, settings, reached);
            return;
        }
        const msg = err?.message ?? String(err);
        say.error(`Preflight failed unexpectedly: ${msg.split('\n')[0]}\nThis is a bug in Preflight: please report it at ${ISSUES_URL} (re-run with debug logging for details).`, { title: 'Preflight internal error' });
        if (debug && err instanceof Error && err.stack)
            core/* info */.pq(err.stack);
        process.exitCode = 1;
    }
}
/**
 * The settings with an event payload written behind a UTF-8 byte-order mark read after all (an editor's or a
 * tool's payload file: JSON.parse refuses the mark, and the payload names the pull request whose sign-offs gate).
 */
function withBomTolerantPayload(settings) {
    if (!settings.runner.eventProblem)
        return settings;
    const runner = parseRunnerContext(process.env, (p) => external_node_fs_.readFileSync(p, 'utf8').replace(/^\uFEFF/, ''));
    return runner.eventProblem ? settings : { ...settings, runner };
}
async function act({ inputs, runner }, reached) {
    // Values a checklist may substitute into probe headers: masked before anything runs.
    for (const v of (0,redact/* secretsOf */.Fj)((0,redact/* namedSecrets */.pr)(runner.preflightEnv)))
        maskOnce(v);
    // The checklist's warnings, for the summaries too (the `::warning` annotations are not the whole report's place).
    const checklistWarnings = [];
    const logger = makeLogger([inputs['github-token'], ...(0,redact/* namedSecrets */.pr)(inputs.headers), ...(0,redact/* namedSecrets */.pr)(runner.preflightEnv)], (m) => checklistWarnings.push(m));
    // `Name: ${{ secrets.X }}` where the secret is not available (a fork's pull request, Dependabot): the probes would
    // meet the protection the header was meant to pass, with no hint why. The value is empty, so the name is all there is to say.
    if (inputs.emptyHeaders.length) {
        const names = inputs.emptyHeaders.join(', ');
        // Values that are only an auth scheme (`Bearer ` with the secret missing) are named with it ("only 'Bearer', no credential"), not called empty.
        const what = inputs.emptyHeaders.every((h) => h.endsWith(', no credential)')) ? ['is', 'are'] : ['has an empty value, so it is', 'have empty values, so they are'];
        say.warning(`input 'headers': ${names} ${inputs.emptyHeaders.length === 1 ? what[0] : what[1]} not sent \u2014 a secret not available to this run (e.g. on a pull request from a fork, or a Dependabot run)?`, { title: 'Preflight: empty header value' });
    }
    // A header on two lines with different values (`X-Api-Key` twice, in any case): the last line's is sent, said by name only.
    if (inputs.repeatedHeaders.length) {
        const n = inputs.repeatedHeaders.length;
        say.warning(`input 'headers': ${inputs.repeatedHeaders.join(', ')} ${n === 1 ? 'is' : 'are'} given on two lines with different values: only the last line's value is sent (the values are not shown)`, { title: 'Preflight: header given twice' });
    }
    if (runner.repositoryProblem)
        say.warning(`${runner.repositoryProblem}.`, { title: 'Preflight: GITHUB_REPOSITORY not usable' });
    const ev = resolveEvent(runner.eventName, runner.payload, runner.sha, runner.ref, runner.repository ? `${runner.repository.owner}/${runner.repository.repo}` : '');
    reached.ev = ev;
    const prEvent = PULL_REQUEST_EVENTS.has(ev.event);
    // A pull request event whose payload has no `pull_request` (unusable, or trimmed): its description, and so its
    // sign-offs, can only come from the API. The gate fails closed: pending manual items still gate.
    const payloadPull = runner.payload['pull_request'];
    const noPullInPayload = prEvent && (typeof payloadPull !== 'object' || payloadPull === null);
    const hasToken = Boolean(inputs['github-token'] && runner.repository);
    if (runner.eventProblem) {
        const effect = !prEvent ? 'running without the event\'s details (no pull request, sign-offs or deployment URL from it)'
            : ev.pullRequest === null ? 'running without the event\'s details'
                : hasToken ? `running without the event's details: pull request #${ev.pullRequest} is named by GITHUB_REF (${runner.ref}), and its head commit and description are read through the API`
                    : `running without the event's details: pull request #${ev.pullRequest} is named by GITHUB_REF (${runner.ref}), but without a github-token its description cannot be read, so no sign-off counts and pending manual items stay pending (they gate)`;
        say.warning(`${runner.eventProblem}: ${effect}.`, { title: 'Preflight: event payload unusable' });
    }
    else if (noPullInPayload && ev.pullRequest !== null && !hasToken) {
        say.warning(`The ${ev.event} event's payload has no pull_request: pull request #${ev.pullRequest} is named by GITHUB_REF (${runner.ref}), but without a github-token its description cannot be read, so no sign-off counts and pending manual items stay pending (they gate).`, { title: 'Preflight: no pull request in the event' });
    }
    // A deployment that did not succeed has nothing to probe, and a check run from it would stand beside (or
    // replace) the one of the successful deployment of the same commit: say so and stop.
    if (ev.event === 'deployment_status' && ev.deploymentState && ev.deploymentState !== 'success') {
        core/* notice */.lm(`deployment_status '${ev.deploymentState}': Preflight gates successful deployments only (it probes their environment_url); nothing was run. Add \`if: github.event.deployment_status.state == 'success'\` to the job to skip it.`, { title: 'Preflight: deployment not successful' });
        return;
    }
    if (ev.event === 'merge_group' && ev.pullRequest === null) {
        // The queue gates a merge, as a pull request does (fail closed): its sign-offs cannot be read, so its pending
        // manual items gate, as when the pull request named by the queue ref cannot be read.
        const headRef = runner.payload['merge_group']?.['head_ref'];
        const named = typeof headRef === 'string' && headRef ? `head_ref ${JSON.stringify(headRef)}` : runner.ref ? `no head_ref, and GITHUB_REF is ${JSON.stringify(runner.ref)}` : 'no head_ref, and GITHUB_REF is not set';
        say.warning(`The merge_group event names no pull request (${named}; a merge queue ref ends in \`pr-<N>-<sha>\`): its sign-offs cannot be read, so pending manual items stay pending and gate the queue as on the pull request.`, { title: 'Preflight: no pull request in the merge group' });
    }
    if (prEvent && ev.pullRequest === null) {
        // Still a pull request's run (fail closed): its sign-offs cannot be read, so its pending manual items gate.
        say.warning(`The ${ev.event} event's payload names no pull request${runner.ref ? `, nor does GITHUB_REF (${runner.ref})` : ' and GITHUB_REF is not set'}: no sign-off can be read, so pending manual items stay pending and gate as on any pull request (the check run goes on ${ev.headSha ? ev.headSha.slice(0, 12) : 'GITHUB_SHA'}).`, { title: 'Preflight: no pull request in the event' });
    }
    // pull_request_target runs with a write token on a checkout that may hold the pull request's
    // files: without the base commit the checklist cannot be read from the base branch, and the
    // workspace's is never trusted.
    if (ev.event === 'pull_request_target' && !ev.baseSha) {
        throw new BaseChecklistError('The pull_request_target payload has no base commit (pull_request.base.sha), so the checklist cannot be read from the base branch; Preflight does not fall back to the workspace\'s checklist, which the pull request may have changed.');
    }
    const repo = runner.repository;
    // The API is used only with a token and a repository: then a GITHUB_API_URL that is no URL is a configuration error
    // (said before the scan, as every other), not a crash or a request to a guessed host.
    const badApiUrl = inputs['github-token'] && repo ? apiUrlProblem(runner.apiUrl) : null;
    if (badApiUrl)
        throw new types/* ConfigError */.xL(badApiUrl);
    const client = inputs['github-token'] && repo
        ? createClient({ token: inputs['github-token'], baseUrl: runner.apiUrl, logger, retryMs: runner.retryMs, timeoutMs: runner.apiTimeoutMs })
        : null;
    reached.client = client;
    // A payload without the pull request's head (the PR named by GITHUB_REF only): GITHUB_SHA is the merge
    // commit, never where the check run goes; ask the API for the head.
    if (PULL_REQUEST_EVENTS.has(ev.event) && ev.pullRequest && ev.headFromPayload === false && client && repo) {
        try {
            const fresh = await fetchPull(client, repo, ev.pullRequest);
            if (fresh.headSha)
                ev.headSha = fresh.headSha;
        }
        catch (err) {
            say.warning(`Could not read pull request #${ev.pullRequest} for its head commit (${describeError(err)}); the check run goes on ${ev.headSha ? ev.headSha.slice(0, 12) : 'GITHUB_SHA'}.`);
        }
    }
    let dir = external_node_path_.resolve(runner.workspace, inputs['working-directory']);
    // actions/checkout puts repositories under GITHUB_WORKSPACE: a folder outside it is no repository of this run.
    let inside = external_node_path_.relative(runner.workspace, dir);
    // A workspace that is itself a symlink (self-hosted runners) may be named by its real path (`$(pwd -P)`).
    if ((inside.startsWith('..') || external_node_path_.isAbsolute(inside)) && external_node_fs_.existsSync(dir)) {
        const viaReal = external_node_path_.relative((0,read.safeRealpath)(runner.workspace), external_node_fs_.realpathSync.native(dir));
        if (!viaReal.startsWith('..') && !external_node_path_.isAbsolute(viaReal))
            inside = viaReal;
    }
    if (inside.startsWith('..') || external_node_path_.isAbsolute(inside))
        throw new types/* ConfigError */.xL(`input 'working-directory' (${inputs['working-directory']}) points outside the workspace (${runner.workspace}): expected a folder of the checked-out repository, relative to GITHUB_WORKSPACE`);
    // The same with real paths: a working-directory that is (or goes through) a symlink out of the workspace.
    if (external_node_fs_.existsSync(dir)) {
        const real = external_node_fs_.realpathSync.native(dir);
        if (!(0,read/* isWithin */.UO)((0,read.safeRealpath)(runner.workspace), real))
            throw new types/* ConfigError */.xL(`input 'working-directory' (${inputs['working-directory']}) goes through a symlink to ${real}, outside the workspace (${runner.workspace}): expected a folder of the checked-out repository, relative to GITHUB_WORKSPACE`);
        // From here on real paths, as git gives its top level: a symlinked workspace then reads as a plain one.
        dir = real;
    }
    // An output path that cannot be written (a directory, a file in the way) is a configuration error found before the
    // scan: the step then fails as any configuration error does (`result: fail`, no other output, no check run).
    if (inputs.sarif) {
        const blocker = (0,mkdirs/* writeBlocker */.e)(external_node_path_.resolve(dir, inputs.sarif));
        if (blocker)
            throw new types/* ConfigError */.xL(sarifWriteProblem(inputs.sarif, blocker));
    }
    const root = await gitRoot(dir, (0,read.safeRealpath)(runner.workspace));
    reached.root = root;
    // Input paths are relative to working-directory; run() gets them relative to the repository root
    // (with the root as its cwd), so every error names a file as annotations do: from the root.
    const fromRoot = rootRelative(root, dir);
    // The check run goes on the pull request's head: the workspace must hold it (or be a merge commit of it,
    // refs/pull/N/merge, what actions/checkout gives on pull_request). On pull_request_target actions/checkout
    // checks out the base branch unless told otherwise: scanning it would post a green check on the head for
    // files nobody scanned. Outside pull requests the check run goes on the commit the workspace holds.
    // A working-directory in a submodule: the run is about the superproject GITHUB_WORKSPACE checks out (its commit
    // is GITHUB_SHA or the pull request's), and annotations take its paths (`vendor/lib/Dockerfile`).
    const superproject = await superprojectOf(root, runner.workspace);
    const repoRoot = superproject ?? root;
    const submodulePath = superproject ? external_node_path_.relative((0,read.safeRealpath)(superproject), (0,read.safeRealpath)(root)).split(external_node_path_.sep).join('/') : '';
    // The folder scanned, from the root of the repository the run is about ('' for the root): a monorepo's matrix runs one
    // job per folder. The sticky comment's marker and the reports name it, so the jobs of one pull request neither
    // overwrite each other's comment nor read alike. The check run keeps its name (DESIGN.md's default `Preflight`; each
    // job creates a run of its own, never updating one by name): a matrix sets `check-name` per folder, said below.
    const folder = scannedFolder(repoRoot, dir);
    let checkName = defaultCheckName(inputs['check-name'], ev.event, folder);
    Object.assign(reached, { checkName, folder, submodulePath });
    const at = await workspaceCommit(repoRoot);
    // The repository checked out into a sub-folder (actions/checkout with `path: app`) and the working-directory left at the
    // workspace, which is then no git checkout: scanned as a plain folder, every annotation and link would take the folder as
    // a prefix (`app/Dockerfile`, a path the repository does not have), the repository's `.gitignore` and checklist would not
    // be read as its own, and no commit could be verified. A configuration error naming the folder (QA45 action14 D1).
    if (at === null) {
        const repoName = repo ? `${repo.owner}/${repo.repo}` : null;
        const nested = await checkoutsBelow(dir, repoName, [ev.headSha, runner.sha ?? '']);
        if (nested.length) {
            const ws = (0,read.safeRealpath)(runner.workspace);
            const rel = (d) => external_node_path_.relative(ws, d).split(external_node_path_.sep).join('/');
            const first = rel(nested[0].dir);
            const why = (n) => n.why === 'origin' ? `its origin is ${repoName}` : n.why === 'commit' ? `it holds ${n.head.slice(0, 12)}, the commit this run is about` : 'it is all the working-directory holds';
            const named = nested.length === 1
                ? `\`${first}\` holds the repository's checkout (${why(nested[0])})`
                : `${(0,words/* andList */.c)(nested.map((n) => `\`${rel(n.dir)}\``))} hold checkouts of the repository`;
            const where = dir === ws ? 'the workspace' : `the working-directory ${inputs['working-directory']}`;
            const set = nested.length === 1 ? `Set \`working-directory: ${first}\` (or a folder inside it) on the Preflight step, or leave \`path:\` out of actions/checkout.` : `Set \`working-directory:\` on the Preflight step to the checkout of the commit to gate (or a folder inside it).`;
            throw new types/* ConfigError */.xL(`${where} is not a git checkout, but ${named}; actions/checkout was given \`path: ${first}\`${nested.length > 1 ? ' (or the like)' : ''}. Scanned from ${where}, findings would be annotated under \`${first}/\u2026\`, paths the repository does not have, and the repository's .gitignore and checklist would not be read as its own. ${set}`);
        }
    }
    // No checkout at all (a workflow without actions/checkout): a workspace without a file (a `.git` with nothing checked out at
    // most). A green check for files nobody scanned would let the pull request through, so it is a configuration error, unless a
    // URL is probed (a probes-only job).
    if (at === null && holdsNoFile(dir)) {
        const where = dir === external_node_path_.resolve(runner.workspace) || dir === (0,read.safeRealpath)(runner.workspace) ? `The workspace (${runner.workspace})` : `The working-directory ${inputs['working-directory']} (${dir})`;
        // A probes-only run: a URL from the inputs or the deployment, or a checklist given from outside the workspace (its probes.url).
        if (!inputs.url && !ev.environmentUrl && !inputs.checklist)
            throw new types/* ConfigError */.xL(`${where} is empty: nothing is checked out, so Preflight would scan nothing and pass. Add an actions/checkout step before Preflight (or give the url input for a probes-only run).`);
        say.warning(`${where} is empty: nothing is checked out, so no static check runs (they are skipped) and only the probes gate, if any. Add an actions/checkout step before Preflight to scan the repository.`, { title: 'Preflight: nothing checked out' });
    }
    const same = (a, b) => a.toLowerCase() === b.toLowerCase();
    // refs/pull/N/merge: the workspace is a merge commit of the head (annotations are mapped to the head's lines below):
    // two parents or more, one of them the head. A single-parent child of the head is no merge commit: a commit on top
    // of it (a `ref: ${{ github.head_ref }}` checkout after a later push, a commit a step before Preflight made).
    const mergeOfHead = at !== null && !same(at.head, ev.headSha) && at.parents.length >= 2 && at.parents.some((p) => same(p, ev.headSha));
    if (PULL_REQUEST_EVENTS.has(ev.event) && ev.pullRequest && COMMIT_SHA.test(ev.headSha)) {
        const target = ev.event === 'pull_request_target' ? 'on pull_request_target actions/checkout checks out the base branch' : 'the workflow checked out another commit';
        if (at === null)
            say.warning(`The workspace is not a git checkout, so Preflight cannot verify it holds the pull request's head ${ev.headSha.slice(0, 12)}: check out \`ref: \${{ github.event.pull_request.head.sha }}\`.`, { title: 'Preflight: workspace not verified' });
        // On pull_request the runner hands over GITHUB_SHA (refs/pull/N/merge): a workspace at it is what the run was given to scan.
        else if (!same(at.head, ev.headSha) && !mergeOfHead && !(ev.event === 'pull_request' && runner.sha && same(at.head, runner.sha))) {
            // A commit on top of the head (its only parent is the head, or the head is among its ancestors) holds changes
            // the pull request does not: provably not what the head's check run may report, whatever GITHUB_SHA says.
            // On pull_request_target a workspace at the base branch (GITHUB_SHA or the payload's base) is the checkout's
            // default, even when the base already holds the head (after a merge): "checks out the base branch" says why.
            const atBase = ev.event === 'pull_request_target' && [runner.sha, ev.baseSha].some((sha) => !!sha && same(at.head, sha));
            const onTop = !atBase && (at.parents.some((p) => same(p, ev.headSha)) || await isAncestor(repoRoot, ev.headSha, at.head));
            // On pull_request a workspace that provably holds another commit (GITHUB_SHA is in the repository and is not
            // the workspace, or a commit on top of the head) is refused; one that cannot be checked (GITHUB_SHA unset or
            // unknown here) is reported with a warning.
            if (onTop) {
                const how = at.parents.length === 1 && same(at.parents[0], ev.headSha) ? 'its only parent is the head' : 'the head is among its ancestors';
                const instead = ev.event === 'pull_request' ? ', or leave `ref:` out: actions/checkout\'s default on pull_request is the merge commit' : '';
                throw new types/* ConfigError */.xL(`the workspace is at ${at.head.slice(0, 12)}, a commit on top of the pull request's head ${ev.headSha.slice(0, 12)} (${how}), not the head nor a merge commit of it: it holds changes the pull request's head does not, and its results would go on the head's check run. A \`ref:\` naming the branch (\`github.head_ref\`) checks out commits pushed after this event, and a step before Preflight may have committed. Check out the head in the step before Preflight (\`ref: \${{ github.event.pull_request.head.sha }}\`${instead}).`);
            }
            // A commit below the head (the base branch checked out with `ref: main` and `fetch-depth: 0`, the head fetched with it):
            // git shows how the workspace relates to the head, so it is refused as a commit on top is: it misses the pull
            // request's changes, and a green check on the head would let them through unscanned (QA44 action13 D1).
            if (!atBase && await isAncestor(repoRoot, at.head, ev.headSha)) {
                throw new types/* ConfigError */.xL(`the workspace is at ${at.head.slice(0, 12)}, an ancestor of the pull request's head ${ev.headSha.slice(0, 12)} (the base branch or an older commit of the pull request), not the head nor a merge commit of it: it misses changes the pull request makes, and its results would go on the head's check run. Check out the head in the step before Preflight (\`ref: \${{ github.event.pull_request.head.sha }}\`${ev.event === 'pull_request' ? ', or leave `ref:` out: actions/checkout\'s default on pull_request is the merge commit' : '; Preflight only reads its files, and the checklist still comes from the base branch'}).`);
            }
            if (ev.event === 'pull_request' && !(runner.sha && await hasCommit(repoRoot, runner.sha))) {
                say.warning(`The workspace is at ${at.head.slice(0, 12)}, which is neither the pull request's head ${ev.headSha.slice(0, 12)} nor a merge commit of it, and GITHUB_SHA ${runner.sha ? `(${runner.sha.slice(0, 12)}) is not in the repository` : 'is not set'}: Preflight reports what the workspace holds on the head's check run. Check out the pull request (actions/checkout's default, or \`ref: \${{ github.event.pull_request.head.sha }}\`).`, { title: 'Preflight: workspace not verified' });
            }
            else
                throw new types/* ConfigError */.xL(`the workspace is at ${at.head.slice(0, 12)}, not the pull request's head ${ev.headSha.slice(0, 12)} (nor a merge commit of it): ${target}, so the pull request's files would not be scanned. Check out the head in the step before Preflight (\`ref: \${{ github.event.pull_request.head.sha }}\`${ev.event === 'pull_request_target' ? '; Preflight only reads its files, and the checklist still comes from the base branch' : ''}).`);
        }
    }
    else if (ev.event === 'merge_group' && COMMIT_SHA.test(ev.headSha)) {
        // The queue gates the merge as a pull request does: the check run goes on merge_group.head_sha, and a workspace
        // at another commit (a checkout with a fixed `ref:`) would post a green check on the queue commit for files nobody
        // scanned. Refused when the queue commit is in the repository (provably another commit); reported otherwise.
        const fix = 'Check out the queue commit in the step before Preflight (actions/checkout\'s default on merge_group, or `ref: ${{ github.event.merge_group.head_sha }}`).';
        if (at === null)
            say.warning(`The workspace is not a git checkout, so Preflight cannot verify it holds the merge queue commit ${ev.headSha.slice(0, 12)}: ${fix}`, { title: 'Preflight: workspace not verified' });
        else if (!same(at.head, ev.headSha)) {
            if (!await hasCommit(repoRoot, ev.headSha)) {
                say.warning(`The workspace is at ${at.head.slice(0, 12)}, not the merge queue commit ${ev.headSha.slice(0, 12)} (merge_group.head_sha), which is not in the repository: Preflight reports what the workspace holds on the queue commit's check run. ${fix}`, { title: 'Preflight: workspace not verified' });
            }
            else
                throw new types/* ConfigError */.xL(`the workspace is at ${at.head.slice(0, 12)}, not the merge queue commit ${ev.headSha.slice(0, 12)} (merge_group.head_sha): the workflow checked out another commit, so the files the queue would merge would not be scanned. ${fix}`);
        }
    }
    else if (at !== null && ev.event === 'push' && ev.headSha && !same(at.head, ev.headSha)) {
        // DESIGN: on push the check run goes on GITHUB_SHA, the commit that was pushed.
        say.warning(`The workspace holds ${at.head.slice(0, 12)}, not the pushed commit ${ev.headSha.slice(0, 12)} (GITHUB_SHA): the check run goes on the pushed commit but reports what the workspace holds.`, { title: 'Preflight: workspace is not GITHUB_SHA' });
    }
    else if (at !== null && ev.event === 'deployment_status' && ev.headSha && !same(at.head, ev.headSha)) {
        // The check run goes on the deployed commit (the probes judge its deployment), as on push: say when the
        // static checks read another one (e.g. `ref: ${{ github.event.deployment.ref }}`, a branch that moved on).
        say.warning(`The workspace holds ${at.head.slice(0, 12)}, not the deployed commit ${ev.headSha.slice(0, 12)} (deployment.sha): the check run goes on the deployed commit but its static findings are what the workspace holds. Check out \`ref: \${{ github.event.deployment.sha }}\` in the step before Preflight.`, { title: 'Preflight: workspace is not the deployed commit' });
    }
    else if (at !== null && !['merge_group', 'deployment_status'].includes(ev.event) && !same(at.head, ev.headSha)) {
        // workflow_run after checking out workflow_run.head_sha, a dispatch on another ref: report on what was scanned.
        ev.headSha = at.head;
    }
    // The checklist, the baseline and the CA file come from a base commit, never from the checked-out code, when a pull
    // request's code may be checked out on a run with the repository's secrets and a write token: pull_request_target's
    // base commit, and GITHUB_SHA on an event whose workflow runs from it (issue_comment, workflow_run\u2026: see
    // OWN_CODE_EVENTS) when the workspace holds a commit outside its history \u2014 `ref: refs/pull/N/head`,
    // workflow_run.head_sha. One rule: the code under check must not choose what gates it, nor where the probes send
    // PREFLIGHT_* secrets (QA50 action17 D1).
    let base = null;
    if (ev.event === 'pull_request_target' && ev.baseSha)
        base = { sha: ev.baseSha, rule: PULL_REQUEST_TARGET_RULE };
    else if (await outsideGithubSha(ev.event, runner.sha, at, repoRoot, dir)) {
        const sha = runner.sha.slice(0, 12);
        base = { sha: runner.sha, rule: { when: `on ${ev.event}, with a commit outside GITHUB_SHA's history checked out,`, from: `GITHUB_SHA ${sha}, the commit this workflow runs from` } };
        const held = at ? `${at.head.slice(0, 12)}, which is neither GITHUB_SHA ${sha} nor in its history` : `files that are no git checkout, so Preflight cannot tell whether they are GITHUB_SHA ${sha}'s`;
        say.notice(`The workspace holds ${held} (a pull request's head?). On '${ev.event}' GitHub runs this workflow from GITHUB_SHA with the repository's secrets and a write token, whoever triggered it, so the checked-out code does not choose what gates it: the checklist, the baseline and the CA file are read from GITHUB_SHA ${sha}, as pull_request_target reads them from the base branch (the scanned files are still the workspace's).`, { title: 'Preflight: checklist read from GITHUB_SHA' });
    }
    else if (at !== null && runsFromGithubSha(ev.event) && COMMIT_SHA.test(runner.sha) && ![inputs.checklist, inputs.baseline].some((p) => p && external_node_path_.isAbsolute(fromRoot(p)))) {
        // GITHUB_SHA (or a commit merged into it) checked out: that commit vouches for its checklist, not the files a later step
        // added or changed in the working tree (a fork's build artifact downloaded into `pr/` and scanned with working-directory:
        // pr, a patch applied over `.github/preflight.yml`): they are read from the commit too (QA50 review B1). A checklist or
        // baseline the workflow itself names outside the repository (`checklist: ${{ runner.temp }}/org-checklist.yml`) keeps the
        // working tree's files its choice; a CA file outside it is read from disk either way (readBaseCa).
        base = { sha: at.head, rule: { when: `on ${ev.event},`, from: `the checked-out commit ${at.head.slice(0, 12)}, not files added or changed in the working tree after the checkout` } };
        core/* debug */.Yz(`${ev.event}: the checklist, the baseline and the CA file are read from the checked-out commit ${at.head.slice(0, 12)}, not the working tree`);
    }
    if (ev.event === 'deployment_status' && !ev.environmentUrl && !inputs.url) {
        // Through `say`: counted, so the fallback annotations leave room for it (GitHub shows 10 notices per step).
        say.notice('The successful deployment names no environment_url and the url input is empty: the probes run only if the checklist sets probes.url (otherwise they are skipped and only the static checks gate).', { title: 'Preflight: no deployment URL' });
    }
    let pr = await pullRequestOf(ev, client, repo);
    // A comment on a pull request (ChatOps on issue_comment) that the commit's lookup did not name: the workspace may still be
    // its head (`ref: refs/pull/N/head`, a head GitHub's commit\u2192pull request association does not list). Its head is read
    // before the notice says it was not scanned; when the workspace holds it, the run is that pull request's, as when the
    // lookup names it (QA44 action13 D2).
    const commented = commentedPullOf(ev.event, runner.payload);
    let commentedHead;
    let commentedFresh;
    if (commented !== null && commented !== pr.number) {
        if (!client || !repo)
            commentedHead = { problem: 'the GitHub API is not available to this run: no token or no repository' };
        else {
            try {
                commentedFresh = await fetchPull(client, repo, commented);
                commentedHead = commentedFresh.headSha ?? { problem: 'GitHub named no head commit' };
            }
            catch (err) {
                commentedHead = { problem: describeError(err) };
            }
        }
        if (typeof commentedHead === 'string' && at !== null && same(commentedHead, at.head))
            pr = { number: commented };
    }
    const unsupported = unsupportedEventNotice(ev.event, runner.payload, ev.headSha, pr.number, commentedHead);
    if (unsupported)
        say.notice(unsupported, { title: `Preflight: event '${ev.event}'` });
    const described = pr.number ? await attestationOf(ev, pr.number, client, repo, pr.number === commented ? commentedFresh : undefined) : null;
    let attestation = described ? { body: described.body, by: described.by } : null;
    // With `attesters`, the description signs off only when its author is one of them, and approving reviews by them sign off
    // too (read only then: no other API call, no other permission). Why the description's ticks count for nothing is said.
    let reviewAttestations;
    let reviewsSigningNothing;
    let notCounted;
    const authorAttests = Boolean(described && inputs.attesters && isAttester(inputs.attesters, described.author, described.association));
    if (inputs.attesters && pr.number) {
        // The reviews first: besides their sign-offs they give reviewers' author associations, an editor's among them (below).
        let reviews;
        ({ approvals: reviewAttestations, notCounted: reviewsSigningNothing, reviews } = await reviewAttestationsOf(pr.number, client, repo, inputs.attesters));
        if (described && !authorAttests) {
            if ((0,attest.parseAttestations)(described.body).size) {
                notCounted = `sign-offs in the description of #${pr.number} are not counted: its author ${describeUser(described.author, described.association)} is not among the attesters (input 'attesters')`;
                say.warning(`${notCounted.charAt(0).toUpperCase()}${notCounted.slice(1)}: an attester signs manual items off by approving the pull request with a review whose body ticks them.`, { title: 'Preflight: sign-offs not counted' });
            }
            attestation = null;
        }
        // An edit of an attester's description by someone else who is no attester (anyone with write access may edit it):
        // the ticks it added sign nothing off. Only this event says who edited; later runs count the description as its author's.
        const edit = described && authorAttests && attestation ? descriptionEdit(ev.event, runner.payload) : null;
        // The event names the editor's login, not their author association: the pull request gives its author's, and a review
        // of theirs gives theirs (a member who reviewed, then ticked the description of another member's pull request).
        const editorAssociation = edit ? associationOf(edit.by, described, reviews ?? []) : null;
        if (edit && attestation && edit.by.toLowerCase() !== described.author?.toLowerCase() && !isAttester(inputs.attesters, edit.by, editorAssociation)) {
            const before = (0,attest.parseAttestations)(edit.from);
            const added = [...(0,attest.parseAttestations)(attestation.body)].filter((tick) => !before.has(tick));
            if (added.length) {
                attestation = { ...attestation, before: edit.from };
                // With no association known, only an attester named by login counts: said, with why none is known.
                const byLogin = !inputs.attesters.associations.size || editorAssociation ? ''
                    : ` by login (their author association is unknown: this event does not give it, and ${reviews ? `@${edit.by} has no review on #${pr.number}, which would` : `the reviews of #${pr.number}, which would, could not be read`})`;
                notCounted = `ticks added to the description of #${pr.number} by @${edit.by} are not counted: ${describeUser(edit.by, editorAssociation)} edited it, and is neither its author ${describeUser(described.author, described.association)} nor among the attesters${byLogin} (input 'attesters')`;
                const shown = added.slice(0, 3).map((tick) => `"${tick}"`).join(', ');
                say.warning(`${notCounted.charAt(0).toUpperCase()}${notCounted.slice(1)}: ${shown}${added.length > 3 ? ` and ${added.length - 3} more` : ''}. An attester signs them off by approving the pull request with a review whose body ticks them. GitHub's API does not say who last edited a description, so later runs read it as its author's again: its author should untick what they do not sign off.`, { title: 'Preflight: sign-offs not counted' });
            }
        }
    }
    // A description past the bound is read in part: ticks in the rest sign nothing off, and the log says so.
    const cut = attestation ? (0,attest/* descriptionCut */.v8)(attestation.body) : null;
    if (cut) {
        // Reading stops at the last line end within MAX_BODY: what is read is whole lines (none when the first line alone is longer).
        const n = (v) => v.toLocaleString('en-US');
        const length = attestation.body.length;
        const read = length - cut.unread;
        const what = cut.lines
            ? `only its first ${n(cut.lines)} line${cut.lines === 1 ? '' : 's'} (${n(read)} characters, up to the last line end within ${n(attest/* MAX_BODY */._D)}) ${cut.lines === 1 ? 'is' : 'are'} read for sign-offs, so a tick in the ${n(cut.unread)} characters after line ${n(cut.lines)} signs nothing off`
            : `its first line alone is longer than the ${n(attest/* MAX_BODY */._D)} characters read for sign-offs, so none of it is read and no tick in it signs anything off`;
        say.warning(`The description of pull request #${pr.number} is ${n(length)} characters: ${what} (GitHub allows 65,536 characters: put the sign-off lines near the top).`, { title: 'Preflight: pull request description read in part' });
    }
    // From the base commit (pull_request_target, or GITHUB_SHA: `base` above) the checklist comes from there; with none
    // there, the preset \u2014 never a checklist the pull request adds (null tells run() exactly that). The baseline and the
    // files the checklist names are read from there too (run() asks `readBase`): a pull request must not be able to
    // baseline its own new findings away.
    let checklistSource;
    let readBase;
    if (base) {
        readBase = baseReader({ root, baseSha: base.sha, client, repo, rule: base.rule });
        checklistSource = await readBaseChecklist(readBase, fromRoot(inputs.checklist), (p) => fromRoot(p), base.sha, base.rule) ?? null;
    }
    // A `checklist` input resolved against a working-directory (a monorepo's `services/web`) that names no file there.
    if (inputs.checklist && checklistSource === undefined) {
        const missing = checklistInputMissing(inputs.checklist, inputs['working-directory'], dir, root, fromRoot(inputs.checklist));
        if (missing)
            throw missing;
    }
    const result = await (0,run.run)({
        dir,
        cwd: root,
        checklist: checklistSource === undefined ? fromRoot(inputs.checklist) : undefined,
        checklistSource,
        failOn: inputs['fail-on'],
        severity: inputs['severity-overrides'],
        severityFrom: "input 'severity-overrides':",
        url: inputs.url ?? ev.environmentUrl ?? undefined,
        ...(!inputs.url && ev.environmentUrl ? { urlFrom: "the deployment's environment_url" } : {}),
        httpUrl: inputs['http-url'],
        headers: inputs.headers,
        timeout: inputs.timeout,
        wait: inputs.wait,
        ca: fromRoot(inputs.ca),
        allowSelfSigned: inputs['allow-self-signed'],
        baseline: fromRoot(inputs.baseline),
        ...(readBase && base ? { readBase, readBaseWhy: (what) => baseRuleText(base.rule, what) } : {}),
        attestation,
        ...(reviewAttestations ? { reviewAttestations } : {}),
        ...(reviewsSigningNothing?.length ? { reviewsNotCounted: reviewsSigningNothing } : {}),
        // A pull request event, or a merge queue, gates its manual items even when the pull request cannot be named (fail closed).
        gatesManual: pr.number !== null || prEvent || ev.event === 'merge_group',
        event: ev.event,
        pullRequest: pr.number,
        env: runner.preflightEnv,
        logger,
    });
    // The preset ran because working-directory has no checklist: say so when the repository root has one (it is not used).
    if (!inputs.checklist && !result.report.checklist?.file) {
        const unused = rootChecklistNotice(inputs['working-directory'], dir, root, result.report.failOn);
        if (unused)
            say.notice(unused, { title: 'Preflight: repository checklist not used' });
        else {
            // The team's checklist under a name discovery does not look for (`.github/PRODUCTION_CHECKLIST.md`): said, not dropped silently.
            const near = checklistNotDiscoveredNotice(inputs['working-directory'], dir, result.report.failOn, root);
            if (near)
                say.notice(near, { title: 'Preflight: checklist not discovered' });
        }
    }
    // The same values the report was redacted with (run() redacts it), under the same rule.
    for (const m of (0,redact/* secretsOf */.Fj)(result.masks))
        maskOnce(m);
    // The runner masks logs, not files or API bodies: every output is built from the redacted
    // report; the token never reaches run(), so it is the one value left to take out.
    const report = (0,redact/* redactReport */.a5)(result.report, [inputs['github-token']]);
    // SARIF anchors probe findings to the checklist, else (the preset, a checklist outside the repository) to the workflow
    // that configured the URL when it is a file of the repository. Its paths are the superproject's in a submodule, as the
    // annotations' (upload-sarif resolves them against the checkout).
    const ownChecklist = (0,report_sarif.sarifChecklistFile)(report.checklist?.file, result.root);
    const checklistFile = ownChecklist && submodulePath ? external_node_path_.posix.normalize(`${submodulePath}/${ownChecklist}`) : ownChecklist;
    const sarifRoot = superproject ?? result.root;
    const reportDir = reportFolder(runner.runnerTemp);
    const reportPath = external_node_path_.join(reportDir, 'report.json');
    external_node_fs_.writeFileSync(reportPath, (0,json.toJson)(report));
    let sarifPath = '';
    // Findings the SARIF file leaves out (code scanning's cap on results): then it is not named as holding every finding.
    let sarifLeftOut = 0;
    // A `sarif` path that could not be written although nothing was seen in its way before the scan (a full disk, a
    // device): said as a configuration error, the step fails with `result: fail`, and every other report is still written.
    let sarifProblem = null;
    if (inputs.sarif) {
        const target = external_node_path_.resolve(dir, inputs.sarif);
        try {
            (0,mkdirs/* makeDirs */.X)(external_node_path_.dirname(target));
            const workflow = checklistFile ? null : (0,workflow_anchor.workflowAnchor)(sarifRoot, runner.workflowFile, { job: runner.job, step: runner.step });
            const sarif = (0,report_sarif.toSarif)(report, { checklistFile, workflow, pathPrefix: submodulePath, root: sarifRoot, exists: (0,report_sarif.checkoutFiles)(sarifRoot), ...(result.inheritedAt ? { inheritedAt: result.inheritedAt } : {}) });
            external_node_fs_.writeFileSync(target, `${JSON.stringify(sarif, null, 2)}\n`);
            sarifPath = target;
            sarifLeftOut = (0,report_sarif/* sarifResultsLeftOut */.RP)(sarif);
        }
        catch (err) {
            sarifProblem = sarifWriteProblem(inputs.sarif, err);
            say.error(sarifProblem, { title: 'Preflight configuration error' });
        }
    }
    const linkBase = repo && /^[0-9a-f]{40}$/i.test(ev.headSha) ? `${runner.serverUrl}/${repo.owner}/${repo.repo}/blob/${ev.headSha}` : undefined;
    // On pull_request the workspace is the merge commit (refs/pull/N/merge) while annotations, links and
    // summaries speak of the head: their lines are mapped from the one to the other (a base-branch change
    // above a finding would shift it). The JSON report and SARIF keep the scanned commit's lines.
    // In a submodule the report's paths (from its top level) are given the submodule's path in the superproject.
    let shown = submodulePath ? { ...report, findings: report.findings.map((f) => (f.file ? { ...f, file: `${submodulePath}/${f.file}` } : f)) } : report;
    // Files the head does not have (added or renamed on the base branch only): not annotated on the head.
    const notAtHead = new Set();
    // Findings on lines the head does not have (the base branch's changes in the merge commit): listed, not annotated or linked.
    const unmapped = new Set();
    // The merge commit's lines could not be mapped to the head's: the summaries say their lines are the merge commit's.
    let mergeLines = false;
    // (A submodule's files are not in the superproject's diff: its lines stay as they are.)
    if (at && mergeOfHead && PULL_REQUEST_EVENTS.has(ev.event) && !submodulePath) {
        const rel = (f) => (f.file && f.line ? repoPath(f.file, result.root) : null);
        const files = [...new Set(report.findings.flatMap((f) => rel(f) ?? []))];
        // A shallow clone (actions/checkout's default depth 1) whose origin does not serve the head: GitHub's compare API
        // gives the same changes (head...merge commit: the merge commit's changes from the head, its parent).
        const map = await lineMapper(root, at.head, ev.headSha, files) ?? await compareMapper(client, repo, ev.headSha, at.head, files);
        if (!map) {
            core/* info */.pq(`Annotation lines are the merge commit's: the pull request's head ${ev.headSha.slice(0, 12)} could not be compared with it, neither by git nor by GitHub's compare API (fetch it, or use fetch-depth: 0).`);
            mergeLines = true;
        }
        else {
            shown = {
                ...report,
                findings: report.findings.map((f) => {
                    const file = rel(f);
                    if (!file)
                        return f;
                    if (map.gone(file)) {
                        notAtHead.add(file);
                        return f;
                    }
                    const line = map.line(file, f.line);
                    if (line === null) {
                        unmapped.add(f);
                        return f;
                    }
                    const endLine = f.endLine ? Math.max(line, map.line(file, f.endLine) ?? line) : f.endLine;
                    return line === f.line && endLine === f.endLine ? f : { ...f, line, endLine };
                }),
            };
        }
    }
    // Findings from the base branch (their line or file is not in the head): listed with the merge commit's lines, unlinked
    // and unannotated, and the summaries say why (GitHub's code scanning and reviewdog's default leave them out altogether).
    const fromBase = (f) => unmapped.has(f) || (f.file !== null && notAtHead.has(repoPath(f.file, result.root) ?? ''));
    // Ticks of the description that nearly name a pending item: shown next to it (the log has each as a warning).
    const hide = (0,redact/* redactor */.$p)([inputs['github-token'], ...(0,redact/* namedSecrets */.pr)(inputs.headers), ...(0,redact/* namedSecrets */.pr)(runner.preflightEnv), ...result.masks]);
    const signoffHints = (result.signoffHints ?? []).map((h) => ({ ...h, tick: hide(h.tick) }));
    // Annotations: all of them, or only those on files the pull request changes.
    let annotations = toAnnotations(unmapped.size ? { ...shown, findings: shown.findings.filter((f) => !unmapped.has(f)) } : shown).filter((a) => !a.file || !notAtHead.has(repoPath(a.file, result.root) ?? ''));
    let notAnnotated = 0;
    if (inputs.annotations === 'changed' && pr.number && client && repo) {
        try {
            const changed = await changedFiles(client, repo, pr.number);
            const keep = annotations.filter((a) => !a.file || changed.has(repoPath(a.file, result.root) ?? ''));
            notAnnotated = annotations.length - keep.length;
            annotations = keep;
        }
        catch (err) {
            say.warning(`annotations: changed \u2014 could not list the pull request's files (${describeError(err)}); annotating every finding.`);
        }
    }
    // GitHub keeps 1,000 annotations a run: which ones, chosen fairly across checks (capAnnotations); the rest are counted as omitted.
    const placed = annotations.map((a) => ({ ...a, placed: toCheckAnnotation(a, result.root) })).filter((a) => a.placed !== null);
    const checkAnnotations = capAnnotations(placed, LIMITS.annotationsPerRun).map((a) => a.placed);
    const omitted = placed.length - checkAnnotations.length;
    // Where a reader finds every finding when a text lists fewer. The JSON report always has them;
    // the job summary only when it fits whole (measured with room for the notes added later).
    const jsonAt = `the JSON report at the step's \`report\` output${!sarifPath ? ''
        : sarifLeftOut ? ` (the SARIF file at its \`sarif\` output has all but the ${sarifLeftOut} least severe finding${sarifLeftOut === 1 ? '' : 's'}: code scanning takes ${report_sarif/* SARIF_MAX_RESULTS */.mH.toLocaleString('en-US')} results at most)`
            : ' and the SARIF file at its `sarif` output'}`;
    const baselineFixed = result.baselineFixed;
    // Who may sign off, for the pending sign-offs' instructions (and why the description's ticks did not count).
    const signoffNote = inputs.attesters ? { written: inputs.attesters.written, descriptionCounts: authorAttests, ...(notCounted ? { notCounted } : {}), ...(result.reviewNotices ? { reviews: result.reviewNotices } : {}) } : undefined;
    const jobOptions = { folder, baselineFixed, maxBytes: markdown.JOB_SUMMARY_BYTES, notAnnotated, linkBase, fromBase, mergeLines, signoffHints, fullReportAt: jsonAt, checklistWarnings, notScanned: result.notScanned, attesters: signoffNote };
    const jobComplete = (0,markdown.renderMarkdownFit)(shown, { ...jobOptions, maxBytes: markdown.JOB_SUMMARY_BYTES - NOTE_ROOM, annotationsOmitted: omitted }).complete;
    const elsewhere = jobComplete ? `the workflow run's job summary and ${jsonAt}` : jsonAt;
    // The check run is the rich report; the job's own status is the gate.
    // pull_request and the review events of a fork's pull request run with a read-only token (pull_request_target does not).
    const readOnly = ev.readOnly;
    let degraded;
    let annotationsFailed = 0;
    let app = null;
    if (!client || !repo) {
        // Say what is missing: the token (the input set to '' or no GITHUB_TOKEN), the repository, or both.
        const missing = !inputs['github-token'] && !repo ? 'No GitHub token and no repository (GITHUB_REPOSITORY, or the event payload\'s `repository`)'
            : !inputs['github-token'] ? 'No GitHub token (the github-token input is empty)'
                : runner.repositoryProblem ? 'No repository (GITHUB_REPOSITORY is not `owner/name`, and the event payload names none)'
                    : 'No repository (GITHUB_REPOSITORY is not set, and the event payload names none)';
        degraded = `${missing}: the check run was not written; findings are annotated in the workflow run.`;
    }
    else if (readOnly) {
        degraded = 'Pull request from a fork: its token is read-only, so the check run was not written; findings are annotated in the workflow run and listed here.';
    }
    else {
        // An earlier Preflight step of this job wrote a check run of this name on this commit: GitHub shows the latest one
        // only, so this step's would hide it (QA49 action16 D1). It gets another name, unless its run is the one the name
        // should show: a gate after an advisory step, a failure after a success (QA50 misc S1).
        const claim = claimCheckName(checkName, folder, runner, ev.headSha, repo, { conclusion: shown.result === 'fail' ? 'failure' : 'success', gates: shown.failOn !== 'none' });
        checkName = claim.name;
        // Every job of a matrix that keeps the default name publishes a check run named `Preflight` on the same commit: the
        // merge box and branch protection show the latest one, so one folder's passing run can hide another's failure.
        if (folder && checkName === 'Preflight') {
            say.notice(`working-directory ${folder}: the check run is named \`Preflight\`, the check-name default, as is the run of every other folder scanned on this commit; set check-name per folder (e.g. \`Preflight (\${{ matrix.dir }})\`) so a matrix's check runs stand apart.`, { title: 'Preflight: check-name' });
        }
        const out = await writeCheckRun(client, {
            ...repo, name: checkName, folder, headSha: ev.headSha, report: shown, annotations: checkAnnotations,
            // GitHub's prefixes of a user's tokens: classic and fine-grained personal access tokens, OAuth and user-to-server tokens.
            userToken: /^(?:ghp_|github_pat_|gho_|ghu_)/.test(inputs['github-token'] ?? ''),
            // GitHub's limit on a check run's summary and text counts UTF-8 bytes.
            summary: (unposted) => (0,markdown.renderMarkdown)(shown, { folder, baselineFixed, maxBytes: LIMITS.text, annotationsOmitted: omitted, annotationsFailed: unposted, notAnnotated, linkBase, fromBase, mergeLines, signoffHints, fullReportAt: elsewhere, checklistWarnings, notScanned: result.notScanned, attesters: signoffNote }),
            text: (0,markdown.renderFindingList)(shown, { maxChars: LIMITS.text, maxBytes: LIMITS.text, linkBase, fromBase, fullReportAt: elsewhere }),
        });
        if (out.written) {
            claim.record();
            reached.checkRunWritten = true;
            annotationsFailed = out.failed;
            app = out.app;
            if (out.warning)
                say.warning(out.warning, { title: 'Preflight: annotations missing from the check run' });
        }
        else {
            degraded = out.warning;
        }
    }
    // The sticky comment before the job summary, which says when it could not be written (as it says of the check run).
    const commentProblem = inputs.comment
        ? await writeComment({ ev, readOnly, number: pr.number, client, repo, app, folder, body: (marker) => (0,markdown.renderMarkdown)(shown, { folder, baselineFixed, maxBytes: 65_000, marker, quietMentions: true, notAnnotated, linkBase, fromBase, mergeLines, signoffHints, fullReportAt: elsewhere, checklistWarnings, notScanned: result.notScanned, attesters: signoffNote }), checkName })
        : undefined;
    // The job summary first: where the fallback annotations send their readers depends on whether it was written.
    const summaryWritten = await writeJobSummary((0,markdown.renderMarkdown)(shown, { ...jobOptions, annotationsOmitted: degraded ? 0 : omitted, annotationsFailed, degraded, commentProblem }), !degraded);
    if (degraded) {
        say.warning(degraded, { title: 'Preflight: check run not written' });
        // Keep room for every warning and error already printed (the degrade warning above, rate-limit retries, a
        // pull request that could not be read\u2026) and the failed-step error at the end.
        emitFallbackAnnotations(annotations, say, {
            workspace: result.root,
            // (A pull request comment that could not be written was said before them: counted in `printed`.)
            reserved: { warning: printed.warning, failure: printed.error + (report.result === 'fail' || sarifProblem ? 1 : 0), notice: printed.notice },
            listedIn: !summaryWritten ? `${jsonAt}, which has all of them` : jobComplete ? 'the job summary, which lists every finding' : `the job summary (not every finding fits there) and ${jsonAt}, which has all of them`,
        });
    }
    setOutputs(report, reportPath, sarifPath, sarifProblem !== null);
    const line = (0,summary.summaryLine)(report);
    if (report.result === 'fail')
        core/* setFailed */.C1(line);
    else if (sarifProblem)
        core/* setFailed */.C1(`${line} \u2014 but the SARIF file was not written`);
    else
        core/* info */.pq(line);
}
/**
 * Keeps the sticky pull request comment (`comment: true`): what went wrong when it could not be written (also a
 * warning; the job summary says it too), else undefined. A run with no pull request to comment on (a push, a
 * schedule\u2026) gets one notice saying so; a fork's read-only token, an info line (the check-run warning said why).
 */
async function writeComment(x) {
    if (x.readOnly) {
        core/* info */.pq('No pull request comment: a fork pull request\'s token is read-only.');
        return undefined;
    }
    if (!PULL_REQUEST_EVENTS.has(x.ev.event)) {
        say.notice(`No pull request comment: \`comment: true\` comments on pull request events (pull_request, pull_request_target and the review events), and this run is ${(0,util_text/* withArticle */.vJ)(x.ev.event || 'non-pull-request')} event.`, { title: 'Preflight: no pull request comment' });
        return undefined;
    }
    if (!x.number) {
        say.notice('No pull request comment: the pull request\'s number could not be read from the event.', { title: 'Preflight: no pull request comment' });
        return undefined;
    }
    // No token or repository: the check-run warning said what is missing.
    if (!x.client || !x.repo) {
        core/* info */.pq('No pull request comment: no GitHub token or repository.');
        return undefined;
    }
    try {
        const marker = commentMarker(stickyKey(x.checkName, x.folder));
        const author = await commentAuthor(x.client, x.app);
        const outcome = await upsertComment(x.client, x.repo, x.number, marker, x.body(marker), author);
        core/* info */.pq(`Pull request comment ${outcome}.`);
        return undefined;
    }
    catch (thrown) {
        const reading = thrown instanceof CommentError && thrown.step === 'read';
        const err = thrown instanceof CommentError ? thrown.error : thrown;
        const hint = isRateLimited(err) ? ': a GitHub rate limit, not a permission problem \u2014 re-run the job later'
            // `pull-requests: write` includes the read: naming the read alone would fail again on the write.
            : reading && (isForbidden(err) || statusOf(err) === 404) ? ': the token needs `pull-requests: write` (it includes the read of the comments, which failed)'
                : isForbidden(err) ? ': the token needs `pull-requests: write` (fork pull requests never have it)' : '';
        const problem = reading
            ? `Could not read pull request #${x.number}'s comments, so the sticky comment was not written (${describeError(err)})${hint}.`
            : `Could not write the pull request comment (${describeError(err)})${hint}.`;
        say.warning(problem);
        return problem;
    }
}
/**
 * The merge commit \u2192 head line map from GitHub's compare API (`compare/{head}...{merge}`), for a clone git cannot compare
 * them in; null without a token, or when the API cannot say (an error, a list of files cut short, a changed file without a patch).
 */
async function compareMapper(client, repo, head, merge, files) {
    if (!client || !repo)
        return null;
    try {
        const compared = await comparedFiles(client, repo, head, merge);
        if (!compared)
            core/* debug */.Yz(`compare ${head.slice(0, 12)}...${merge.slice(0, 12)}: GitHub lists ${MAX_COMPARE_FILES} files or more, so the list may be incomplete`);
        return compared ? compareLineMap(compared, files) : null;
    }
    catch (err) {
        core/* debug */.Yz(`compare ${head.slice(0, 12)}...${merge.slice(0, 12)}: ${describeError(err)}`);
        return null;
    }
}
/**
 * Whether the workspace holds code that the workflow does not vouch for: on an event whose workflow runs from GITHUB_SHA
 * (runsFromGithubSha), a checkout of a commit that is neither GITHUB_SHA nor in its history (an ancestor: merged code),
 * or a workspace of files that is no git checkout at all (an artifact a workflow_run downloaded?). Without GITHUB_SHA (a
 * hand-made run: GitHub's runner always sets it) there is nothing to compare with. A shallow clone that lacks GITHUB_SHA
 * cannot show the history: then the commit is taken as outside it (fail closed).
 */
async function outsideGithubSha(event, sha, at, repoRoot, dir) {
    if (!runsFromGithubSha(event) || !COMMIT_SHA.test(sha))
        return false;
    if (at === null)
        return !holdsNoFile(dir);
    return at.head.toLowerCase() !== sha.toLowerCase() && !(await isAncestor(repoRoot, at.head, sha));
}
async function pullRequestOf(ev, client, repo) {
    if (ev.pullRequest || PULL_REQUEST_EVENTS.has(ev.event) || ev.event === 'merge_group')
        return { number: ev.pullRequest };
    // push, dispatch, deployments: the commit's pull request, when the API knows one.
    if (!client || !repo || !/^[0-9a-f]{40}$/i.test(ev.headSha))
        return { number: null };
    try {
        return { number: await pullForCommit(client, repo, ev.headSha) };
    }
    catch (err) {
        // Most failures mean "no pull request" (a 404, a token without pull-requests: read); a rate limit is said, as
        // the client leaves it to its callers.
        if (isRateLimited(err))
            say.warning(`Could not look up the pull request of ${ev.headSha.slice(0, 12)} (${describeError(err)}): a GitHub rate limit, so no sign-off is read and manual items do not gate \u2014 re-run the job later.`);
        else
            core/* debug */.Yz(`no pull request for ${ev.headSha}: ${describeError(err)}`);
        return { number: null };
    }
}
async function attestationOf(ev, pull, client, repo, read) {
    const described = (body, author, association) => ({ body, by: author ?? 'unknown', author, association });
    // Already read this run (the head of a commented pull request): not asked twice.
    if (read)
        return read.author ? described(read.body, read.author, read.association) : described(read.body, ev.author, ev.association ?? null);
    // The payload's body may be stale (a re-run after an edit): read it fresh.
    if (client && repo) {
        try {
            const fresh = await fetchPull(client, repo, pull);
            return fresh.author ? described(fresh.body, fresh.author, fresh.association) : described(fresh.body, ev.author, ev.association ?? null);
        }
        catch (err) {
            // A merge_group (or push) event carries no description: then no sign-off can be read.
            const fallback = ev.body !== null
                ? 'using the event\'s copy of its description for sign-offs'
                : `its description cannot be read, so no sign-off counts and pending manual items stay pending${ev.event === 'merge_group' ? ' (a merge_group event carries no description)' : ''}`;
            const hint = isRateLimited(err) ? ' That is a GitHub rate limit, not a missing permission: re-run the job later.'
                : isForbidden(err) ? ' Give the job `pull-requests: read`.'
                    // A private repository answers 404, not 403, to a token without read access to its pull requests.
                    : statusOf(err) === 404 ? ' In a private repository this means the job lacks `pull-requests: read`.' : '';
            say.warning(`Could not read pull request #${pull} (${describeError(err)}); ${fallback}.${hint}`);
        }
    }
    return ev.body !== null ? described(ev.body, ev.author, ev.association ?? null) : null;
}
/**
 * The bodies of the reviews approving pull request `pull` whose ticks sign manual items off (attesters' standing
 * approvals, latest first: see standingApprovals), and the reviews read (their reviewers' author associations tell an
 * editor's: associationOf). None, with a warning, and `reviews` null, when the reviews cannot be read.
 */
async function reviewAttestationsOf(pull, client, repo, attesters) {
    const none = { approvals: [], notCounted: [], reviews: null };
    if (!client || !repo) {
        say.warning(`Without a github-token the reviews of pull request #${pull} cannot be read, so no approving review signs anything off (input 'attesters').`);
        return none;
    }
    try {
        const reviews = await pullReviews(client, repo, pull);
        // The reviews that sign nothing off too: one that ticks a pending item is said (the reviewer meant to sign it off).
        return { approvals: standingApprovals(reviews, attesters), notCounted: reviewsNotCounted(reviews, attesters), reviews };
    }
    catch (err) {
        const hint = isRateLimited(err) ? ' That is a GitHub rate limit, not a missing permission: re-run the job later.'
            : isForbidden(err) || statusOf(err) === 404 ? ' Give the job `pull-requests: read`.' : '';
        say.warning(`Could not read the reviews of pull request #${pull} (${describeError(err)}), so no approving review signs anything off (input 'attesters').${hint}`);
        return none;
    }
}
/**
 * The name this step's check run gets (`name`, unless an earlier step of this job used it on this commit: see
 * check-names.ts, with a warning saying to set `check-name`), and `record`, to call once the run is written.
 */
function claimCheckName(name, folder, runner, sha, repo, verdict) {
    const scope = { repo: `${repo.owner}/${repo.repo}`, sha, run: runner.runId ?? '', attempt: runner.runAttempt ?? '', job: runner.job ?? '' };
    const renamed = uniqueName(name, scope, readClaims(runner.runnerTemp), runner.step ?? '', folder, verdict);
    if (renamed?.kept)
        say.notice(supersededNotice(name, renamed, sha, verdict), { title: 'Preflight: check-name already used in this job' });
    else if (renamed)
        say.warning(renamedWarning(name, renamed, sha), { title: 'Preflight: check-name already used in this job' });
    const final = renamed?.name ?? name;
    return {
        name: final,
        record: () => {
            if (!recordClaim(runner.runnerTemp, { ...scope, name: final, step: runner.step ?? '', folder, ...verdict }))
                core/* debug */.Yz(`check run name '${final}' not recorded under RUNNER_TEMP (${runner.runnerTemp || 'unset'})`);
        },
    };
}
/** The secret values an error's text may quote: the inputs' (the token, header values, a URL's password) and the `PREFLIGHT_*` variables'. */
function errorSecrets(settings) {
    try {
        const preflightEnv = settings?.runner.preflightEnv ?? parseRunnerContext(process.env).preflightEnv;
        return [...inputSecrets(readRawInputs()), ...(settings ? (0,redact/* namedSecrets */.pr)(settings.inputs.headers) : []), ...(0,redact/* namedSecrets */.pr)(preflightEnv)];
    }
    catch {
        return [];
    }
}
/** A fenced code block of `text`, its fence longer than any run of backticks in it. */
function fenced(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}text\n${text}\n${fence}`;
}
/**
 * When Preflight could not run: a completed check run with conclusion `failure` (when there is a token, a repository and a
 * commit, and the token can write), its title saying why, the errors in its summary and an annotation at each error's
 * file:line:column when it names a file of the repository; and the job summary with the errors. Without them a pull request
 * whose branch protection requires the check shows it missing, with no word why. Secrets are taken out of every text (an
 * error may quote an input). Never throws: an API failure is a warning.
 */
async function reportCouldNotRun(what, settings, reached) {
    try {
        const raw = readRawInputs();
        const runner = settings?.runner ?? parseRunnerContext(process.env);
        const secrets = errorSecrets(settings);
        const hide = (0,redact/* redactor */.$p)(secrets);
        const folder = reached.folder ?? '';
        const n = what.errors.length + what.omitted;
        const markdown = [
            `## \u274c Preflight: ${what.heading}${folder ? ` in \`${folder}\`` : ''}`,
            '',
            `Preflight could not run, so nothing was checked and the step fails (\`result: fail\`). Fix ${n === 1 ? 'this' : 'these'} and re-run the job:`,
            '',
            ...what.errors.flatMap((e) => [fenced((0,util_text/* printable */.g$)(hide(e.text))), '']),
            ...(what.omitted ? [`\u2026 and ${what.omitted} more configuration error${what.omitted === 1 ? '' : 's'} (fix these first).`, ''] : []),
        ].join('\n');
        const repo = runner.repository;
        const token = settings ? settings.inputs['github-token'] : (raw['github-token'] ?? '').trim();
        const ev = reached.ev ?? resolveEvent(runner.eventName, runner.payload, runner.sha, runner.ref, repo ? `${repo.owner}/${repo.repo}` : '');
        // A fork's read-only token cannot write one (said nowhere else: the log has the error), nor is there one for a
        // deployment that did not succeed (act() runs nothing then).
        const canWrite = !reached.checkRunWritten && token && repo && !ev.readOnly && !(ev.event === 'deployment_status' && ev.deploymentState !== 'success');
        let client = reached.client ?? null;
        if (canWrite && !client && !apiUrlProblem(runner.apiUrl)) {
            client = createClient({ token, baseUrl: runner.apiUrl, logger: makeLogger(secrets), retryMs: runner.retryMs, timeoutMs: runner.apiTimeoutMs });
        }
        if (canWrite && client) {
            let headSha = ev.headSha;
            // A pull request named only by GITHUB_REF: its head is asked for, as act() does (GITHUB_SHA is the merge commit).
            if (!reached.ev && PULL_REQUEST_EVENTS.has(ev.event) && ev.pullRequest && ev.headFromPayload === false) {
                try {
                    headSha = (await fetchPull(client, repo, ev.pullRequest)).headSha ?? '';
                }
                catch {
                    headSha = '';
                }
            }
            if (COMMIT_SHA.test(headSha)) {
                const rawName = raw['check-name']?.trim();
                const name = reached.checkName ?? defaultCheckName(settings?.inputs['check-name'] ?? (rawName && !/[\r\n]/.test(rawName) ? rawName : 'Preflight'), ev.event, folder);
                // Preflight did not run, and the step fails: a failing gate.
                const claim = claimCheckName(name, folder, runner, headSha, repo, { conclusion: 'failure', gates: true });
                const root = reached.root ?? runner.workspace;
                const annotations = what.errors.flatMap((e) => {
                    const file = e.where?.file ? repoPath(e.where.file) : null;
                    // Only a file of the repository (a missing checklist names none).
                    if (!file || !external_node_fs_.statSync(external_node_path_.join(root, file), { throwIfNoEntry: false })?.isFile())
                        return [];
                    const line = e.where.line && e.where.line >= 1 ? e.where.line : 1;
                    const column = e.where.line && e.where.column && e.where.column >= 1 ? e.where.column : null;
                    return [{
                            path: reached.submodulePath ? `${reached.submodulePath}/${file}` : file,
                            start_line: line,
                            end_line: line,
                            ...(column ? { start_column: column, end_column: column } : {}),
                            annotation_level: 'failure',
                            title: 'Preflight configuration error',
                            message: cutBytes((0,util_text/* printable */.g$)(hide(e.message)).trim(), LIMITS.messageBytes) || what.heading,
                        }];
                }).slice(0, LIMITS.annotationsPerRequest);
                try {
                    const res = await publishCheckRun(client, {
                        owner: repo.owner,
                        repo: repo.repo,
                        name: claim.name,
                        headSha,
                        conclusion: 'failure',
                        title: `${what.title}: Preflight did not run${folder ? ` \u2014 ${folder}` : ''}`,
                        summary: markdown,
                        annotations,
                    });
                    claim.record();
                    core/* info */.pq(`Check run '${claim.name}' written on ${headSha.slice(0, 12)} with the ${what.heading}${res.url ? `: ${res.url}` : ''}.`);
                }
                catch (err) {
                    const hint = isRateLimited(err) ? ' (a GitHub rate limit, not a missing permission)'
                        : isForbidden(err) ? ': give the job `permissions: checks: write` (only a GitHub App\'s token, such as the default `${{ github.token }}`, can write check runs)' : '';
                    say.warning(`The check run reporting the ${what.heading} could not be written (${describeError(err)})${hint}; the error is in the log and the job summary.`, { title: 'Preflight: check run not written' });
                }
            }
        }
        await writeJobSummary(markdown, false);
    }
    catch (err) {
        core/* debug */.Yz(`the ${what.heading} could not be reported beyond the log: ${err?.message ?? String(err)}`);
    }
}
async function writeCheckRun(client, x) {
    const conclusion = x.report.result === 'fail' ? 'failure' : 'success';
    let res;
    try {
        res = await publishCheckRun(client, {
            owner: x.owner,
            repo: x.repo,
            name: x.name,
            headSha: x.headSha,
            conclusion,
            title: x.folder ? `${(0,markdown.renderTitle)(x.report)} \u2014 ${x.folder}` : (0,markdown.renderTitle)(x.report),
            summary: x.summary,
            ...(x.text ? { text: x.text } : {}),
            annotations: x.annotations,
        });
    }
    catch (err) {
        if (isRateLimited(err)) {
            return { written: false, failed: 0, app: null, warning: `GitHub's rate limit stopped the check run (${describeError(err)}; Preflight waits only for limits that lift within a minute, and two minutes in all): this is not a missing permission \u2014 re-run the job later. Findings are annotated in the workflow run instead.` };
        }
        if (isForbidden(err)) {
            // Only a GitHub App's installation token can write check runs: a user's token (a personal access token, classic or
            // fine-grained, an OAuth token) is refused whatever the job's `permissions:` say (QA45 action14 D2).
            if (x.userToken || /authenticate via a GitHub App|personal access token/i.test(describeError(err))) {
                return { written: false, failed: 0, app: null, warning: `GitHub refused the check run (${describeError(err)}): only a GitHub App's token can write check runs, and the github-token input is a user's token (a personal access token), which no \`permissions:\` setting changes. Leave github-token at its default (\`\${{ github.token }}\`, with \`checks: write\`) or pass a GitHub App's installation token (actions/create-github-app-token). Findings are annotated in the workflow run instead (workflow-command annotations and the job summary); the gate is unchanged.` };
            }
            return { written: false, failed: 0, app: null, warning: `The token cannot write check runs (${describeError(err)}): give the job \`permissions: checks: write\`. Findings are annotated in the workflow run instead.` };
        }
        // A 2xx whose body could not be read: GitHub may have made the run, but nothing says so (no id, no link).
        if (err instanceof UnreadableAnswer) {
            return { written: false, failed: 0, app: null, warning: `The check run could not be confirmed written: GitHub's answer could not be read (${describeError(err)}). Findings are annotated in the workflow run instead.` };
        }
        // GitHub may have made the run, but nothing says so: it is not created again (a second run), nor taken as written.
        if (err instanceof Unconfirmed) {
            return { written: false, failed: 0, app: null, warning: `The check run could not be confirmed written: ${err.message}. Findings are annotated in the workflow run instead.` };
        }
        return { written: false, failed: 0, app: null, warning: `The check run could not be written (${describeError(err)}). Findings are annotated in the workflow run instead.` };
    }
    const s = (n) => (n === 1 ? '' : 's');
    core/* info */.pq(`Check run '${x.name}' written on ${x.headSha.slice(0, 12)} with ${res.annotated} annotation${s(res.annotated)}${res.url ? `: ${res.url}` : ''}.`);
    if (!res.failed)
        return { written: true, failed: 0, app: res.app };
    const sent = res.annotated + res.failed;
    const why = `${describeError(res.error)}${isRateLimited(res.error) ? ' \u2014 a GitHub rate limit, not a missing permission' : ''}`;
    const summary = res.summaryUpdated
        ? 'Its summary counts the findings left without an annotation.'
        : `Its summary ${isRateLimited(res.error) ? 'was not corrected (GitHub asks for no requests until its rate limit lifts)' : 'could not be corrected'} and undercounts the findings left without an annotation; the job summary has the right count.`;
    return {
        written: true,
        failed: res.failed,
        app: res.app,
        warning: `The check run '${x.name}' was written with its conclusion (${conclusion}) and ${res.annotated} of ${sent} annotations: ${res.failedBatches} of ${res.batches} annotation batches (${res.failed} annotation${s(res.failed)}) could not be posted (${why}). ${summary}`,
    };
}
/** Writes the job summary; false when it could not be (no GITHUB_STEP_SUMMARY, or an unwritable one). */
async function writeJobSummary(markdown, checkRunWritten) {
    try {
        await core/* summary */.z.addRaw(markdown).write();
        return true;
    }
    catch (err) {
        // No GITHUB_STEP_SUMMARY (local runs): the log still has the verdict. One that is set but cannot be
        // written is worth a warning (through `say`: counted, so fallback annotations leave room for it).
        if (process.env['GITHUB_STEP_SUMMARY'])
            say.warning(`The job summary could not be written (${err.message}); ${checkRunWritten ? 'the check run and ' : ''}the report output still ${checkRunWritten ? 'have' : 'has'} the findings.`);
        else
            core/* debug */.Yz(`job summary not written: ${err.message}`);
        return false;
    }
}
/**
 * A new folder for the JSON report under RUNNER_TEMP, made first when it is missing (a hand-made environment naming a
 * folder that does not exist yet). One that cannot be made or written to costs no report: the OS temp folder is used,
 * with a warning (through `say`: counted, so the fallback annotations leave room for it).
 */
function reportFolder(runnerTemp) {
    if (!runnerTemp) {
        // GitHub's runner always sets RUNNER_TEMP: only a hand-made environment leaves it out.
        const fallback = external_node_os_.tmpdir();
        say.warning(`RUNNER_TEMP is not set (GitHub's runner always sets it: a hand-made environment?): the JSON report is written under ${fallback} instead.`, { title: 'Preflight: RUNNER_TEMP not usable' });
        return external_node_fs_.mkdtempSync(external_node_path_.join(fallback, 'preflight-'));
    }
    try {
        (0,mkdirs/* makeDirs */.X)(runnerTemp);
        return external_node_fs_.mkdtempSync(external_node_path_.join(runnerTemp, 'preflight-'));
    }
    catch (err) {
        const fallback = external_node_os_.tmpdir();
        if (external_node_path_.resolve(fallback) === external_node_path_.resolve(runnerTemp))
            throw err;
        const e = err;
        const why = e.code === 'ENOTDIR' && e.path && external_node_path_.resolve(e.path) === external_node_path_.resolve(runnerTemp) ? 'it is a file, not a folder' : (0,types/* writeProblem */.bi)(err, runnerTemp);
        say.warning(`RUNNER_TEMP (${runnerTemp}) cannot hold the JSON report (${why}): it is written under ${fallback} instead.`, { title: 'Preflight: RUNNER_TEMP not usable' });
        return external_node_fs_.mkdtempSync(external_node_path_.join(fallback, 'preflight-'));
    }
}
/** The scanned folder `dir` from the root of the repository the run is about, with `/` ('' for the root, or a folder outside it). */
function scannedFolder(repoRoot, dir) {
    const rel = external_node_path_.relative((0,read.safeRealpath)(repoRoot), (0,read.safeRealpath)(dir));
    return !rel || rel.startsWith('..') || external_node_path_.isAbsolute(rel) ? '' : rel.split(external_node_path_.sep).join('/');
}
/**
 * The check run's name: the input, except its default (`Preflight`) on deployment_status, which is `Preflight (deployment)`
 * (DESIGN.md) so it does not overwrite the pull request's check run. The folder does not change it: a sub-folder's run keeps
 * the name (DESIGN.md's default, which branch protection names; a notice asks a matrix to set `check-name` per folder), and
 * the sticky comment's marker names the folder whatever the name (stickyKey), so the jobs never overwrite each other's comment.
 */
function defaultCheckName(input, event, _folder) {
    return input === 'Preflight' && event === 'deployment_status' ? 'Preflight (deployment)' : input;
}
/**
 * What the sticky comment's marker names: the check name, and the folder when the name does not say it already (a
 * `check-name` of the team's own, shared by a matrix's jobs), so each folder's run keeps its own comment.
 */
function stickyKey(checkName, folder) {
    return folder && !checkName.endsWith(`(${folder})`) ? `${checkName} (${folder})` : checkName;
}
/** `to` from working-directory `dir`, as a `checklist` input would name it (`../../.github/preflight.yml`). */
const fromDir = (dir, to) => external_node_path_.relative((0,read.safeRealpath)(dir), (0,read.safeRealpath)(to)).split(external_node_path_.sep).join('/');
/**
 * When working-directory (`dir`, a sub-folder of the repository at `root`) has no checklist, so the built-in preset ran,
 * and the repository root has one (`.github/` is repository-level by convention): the notice saying it was not used
 * and how to use it, and naming a file in working-directory that looks like the team's checklist under another name (see
 * checklistsNotDiscovered) when there is one. Null when working-directory is the root, or the root has no checklist either.
 */
function rootChecklistNotice(workingDirectory, dir, root, failOn) {
    const found = (0,run.rootChecklistUnused)(dir, root);
    if (!found)
        return null;
    // A checklist of working-directory's own under another name is named too: it may be the one the team meant.
    const here = (0,run.checklistsNotDiscovered)(dir);
    const own = here.length ? ` ${(0,run.lookalikeNotice)(here, ' in working-directory')} instead, set the checklist input to \`${here[0]}\` (relative to working-directory), or rename it to one of the names discovery looks for (${run.DISCOVERY.join(', ')}).` : '';
    return `No checklist in working-directory ${workingDirectory} (a checklist is discovered there only), so the built-in recommended preset ran (fail-on: ${failOn}). ${found} at the repository root was not used: to use it, set the checklist input to \`${fromDir(dir, external_node_path_.join(root, found))}\` (relative to working-directory).${own}`;
}
/**
 * When no checklist was discovered in working-directory (`dir`), so the built-in preset ran, and a file there looks like the
 * team's checklist under another name (see checklistsNotDiscovered), or, working-directory being a sub-folder with none, a
 * file at the repository `root` does (`.github/PRODUCTION_CHECKLIST.md`): the notice naming it and how to use it. Null when
 * there is none.
 */
function checklistNotDiscoveredNotice(workingDirectory, dir, failOn, root = dir) {
    const here = (0,run.checklistsNotDiscovered)(dir);
    const atRoot = !here.length && (0,read.safeRealpath)(dir) !== (0,read.safeRealpath)(root);
    const near = atRoot ? (0,run.checklistsNotDiscovered)(root) : here;
    if (!near.length)
        return null;
    const where = workingDirectory === '.' || workingDirectory === '' ? 'the repository' : `working-directory ${workingDirectory}`;
    if (atRoot)
        return `No checklist discovered in ${where} (discovery looks for ${run.DISCOVERY.join(', ')} there only), so the built-in recommended preset ran (fail-on: ${failOn}). ${(0,run.lookalikeNotice)(near, ' at the repository root', true)}, set the checklist input to \`${fromDir(dir, external_node_path_.join(root, near[0]))}\` (relative to working-directory).`;
    return `No checklist discovered in ${where} (discovery looks for ${run.DISCOVERY.join(', ')}), so the built-in recommended preset ran (fail-on: ${failOn}). ${(0,run.lookalikeNotice)(near, '')}, set the checklist input to \`${near[0]}\`${where === 'the repository' ? '' : ' (relative to working-directory)'}, or rename it to one of those names.`;
}
/**
 * The configuration error of a `checklist` input that names no file, when working-directory is a sub-folder: says the
 * path was resolved against it and, when the same path names a file from the repository root, what to write instead.
 * Null when the file exists or working-directory is the root (run() says "not found" then).
 */
function checklistInputMissing(checklist, workingDirectory, dir, root, shown) {
    const abs = external_node_path_.resolve(dir, checklist);
    if (external_node_fs_.existsSync(abs) || (0,read.safeRealpath)(dir) === (0,read.safeRealpath)(root))
        return null;
    const atRoot = external_node_path_.resolve(root, checklist);
    const hint = !external_node_path_.isAbsolute(checklist) && atRoot !== abs && external_node_fs_.statSync(atRoot, { throwIfNoEntry: false })?.isFile()
        ? `; the repository root has ${checklist}: to use it, write \`checklist: ${fromDir(dir, atRoot)}\``
        : '';
    return new types/* ConfigError */.xL(`checklist ${shown} not found: the checklist input is relative to working-directory (${workingDirectory}), so ${checklist} was looked for at ${shown}${hint || (0,load/* presetHint */.lP)(checklist)}`, { file: shown });
}
/** The configuration error of a `sarif` path that cannot be written. */
function sarifWriteProblem(sarif, err) {
    return `input 'sarif': ${sarif} could not be written (${(0,types/* writeProblem */.bi)(err, sarif)}); expected a file path relative to working-directory, such as \`preflight.sarif\``;
}
/** The step's outputs; `result` is `fail` also when the step fails for a SARIF file that could not be written. */
function setOutputs(report, reportPath, sarifPath, sarifFailed) {
    try {
        core/* setOutput */.uH('result', sarifFailed ? 'fail' : report.result);
        for (const s of types/* SEVERITIES */.oC)
            if (s !== 'info')
                core/* setOutput */.uH(s, String(report.counts[s]));
        core/* setOutput */.uH('findings', String(report.findings.filter((f) => !f.suppressed && !f.baseline).length));
        core/* setOutput */.uH('report', reportPath);
        core/* setOutput */.uH('sarif', sarifPath);
    }
    catch (err) {
        // GITHUB_OUTPUT names a file that cannot be written (a folder, a read-only place): the verdict is still the step's.
        say.warning(`The step outputs could not be written (${err.message}); the step's result, the log and the report file still have the verdict.`);
    }
}
/**
 * The runner creates the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name before a step starts, and @actions/core refuses
 * one that does not exist. A runner that only names them (act-like runners, scripts) gets them created, as GitHub's runner
 * would; one that cannot be created is said where it is written (setOutputs, writeJobSummary).
 */
function createRunnerFiles() {
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
        const file = process.env[name];
        if (!file || external_node_fs_.existsSync(file))
            continue;
        try {
            external_node_fs_.closeSync(external_node_fs_.openSync(file, 'a'));
        }
        catch { /* said where it is written */ }
    }
}


/***/ }),

/***/ 69211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOnEngineThread: () => (/* binding */ runOnEngineThread),
/* harmony export */   serveEngine: () => (/* binding */ serveEngine),
/* harmony export */   wantsEngineThread: () => (/* binding */ wantsEngineThread)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78877);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64170);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70289);
/* harmony import */ var _workers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10053);






/**
 * Large scans run on an engine thread whose young generation is bounded: under a scan's
 * allocation rate V8 grows the main thread's to 64 MB, most of a run's peak memory, and heap
 * flags cannot be set once a process runs. Small scans stay on the calling thread: starting a
 * thread costs ~40 ms.
 */
const ENGINE_YOUNG_MB = 8;
/** Whether `run()` hands a scan of `files` files to an engine thread. */
function wantsEngineThread(files, env) {
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.isMainThread || !(0,_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .workerEntry */ .xA)())
        return false;
    const set = env['PREFLIGHT_ENGINE_THREAD'];
    if (set === '0' || set === '1')
        return set === '1';
    return files >= _workers_js__WEBPACK_IMPORTED_MODULE_5__/* .LARGE_REPO_FILES */ .Vq;
}
/** Runs the pipeline after listing (src/engine/pipeline.ts) on an engine thread; logs come back as messages. */
function runOnEngineThread(opts, listing, logger) {
    const { logger: _own, ...plain } = opts;
    // Engine and scan threads run small young generations (see above), so they scavenge often; on a
    // runner with few cores, V8's parallel scavenging spends more on waking helper threads (busy
    // with the other scan thread) than it saves: measured on 2 vCPUs, 230 \u2192 150 ms of scavenge
    // pauses per 40,000-file scan. Read at each scavenge, so setting it now takes effect.
    node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString('--no-parallel-scavenge');
    // When the engine and its scan workers take every core, V8's background optimizing compiler
    // waits for one while the function it optimizes keeps running unoptimized: compiling on the
    // thread that asked is faster (measured on 2 vCPUs: 1.33 \u2192 1.25 s and 8% less CPU per
    // 40,000-file scan). Read when an isolate starts, so the threads started below compile in place.
    if (1 + (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__.threadCount)(listing.files.length, opts.env ?? process.env) >= node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism())
        node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString('--no-concurrent-recompilation');
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (f) => { if (!settled) {
            settled = true;
            f();
            void worker.terminate();
        } };
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker((0,_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .workerEntry */ .xA)(), {
            workerData: { [_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .ENGINE_WORKER */ .kQ]: { opts: plain, listing } },
            resourceLimits: { maxYoungGenerationSizeMb: ENGINE_YOUNG_MB },
            // Everything the run says goes through `logger`; nothing may reach stdout on its own.
            stdout: true,
            stderr: true,
        });
        worker.on('message', (m) => {
            if (m.log) {
                if (m.log.level === 'warn')
                    logger.warn(m.log.message, m.log.where);
                else
                    (logger[m.log.level] ?? logger.warn)(m.log.message);
            }
            else if (m.result) {
                const result = m.result;
                settle(() => resolve(result));
            }
            else if (m.error) {
                const e = m.error;
                // The engine's stack, not this handler's: `--debug` must show where the error happened.
                const err = e.config ? Object.assign(new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(e.message, e.where), { more: (e.more ?? []).map((m) => new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(m.message, m.where)), omitted: e.omitted ?? 0 }) : Object.assign(new Error(e.message), e.stack ? { stack: e.stack } : {});
                settle(() => reject(err));
            }
        });
        worker.once('error', (e) => settle(() => reject(e)));
        worker.once('exit', () => settle(() => reject(new Error('the engine thread stopped without a result'))));
    });
}
/** The engine thread's side: runs the scan it was given and posts the result (or the error). */
async function serveEngine() {
    const { opts, listing } = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData[_workers_js__WEBPACK_IMPORTED_MODULE_5__/* .ENGINE_WORKER */ .kQ];
    const post = (m) => node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.postMessage(m);
    const logger = {
        info: (message) => post({ log: { level: 'info', message } }),
        warn: (message, where) => post({ log: { level: 'warn', message, ...(where ? { where } : {}) } }),
        notice: (message) => post({ log: { level: 'notice', message } }),
        debug: (message) => post({ log: { level: 'debug', message } }),
    };
    // The scan workers start first: they load the checks while this thread loads the pipeline,
    // parses the checklist and plans, and get their jobs when the plan is known.
    const { prestartWorkers, threadCount } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70289));
    const pool = prestartWorkers({ root: listing.root, base: listing.base, files: listing.files, textLinks: listing.textLinks ?? {} }, threadCount(listing.files.length, opts.env ?? process.env));
    try {
        const { runListed } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(298), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(763), __webpack_require__.e(343), __webpack_require__.e(670), __webpack_require__.e(364), __webpack_require__.e(414), __webpack_require__.e(139), __webpack_require__.e(926)]).then(__webpack_require__.bind(__webpack_require__, 60139));
        const result = await runListed({ ...opts, logger }, listing, pool);
        post({ result });
    }
    catch (e) {
        pool.release();
        const err = e;
        post({ error: { config: e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL, message: err?.message ?? String(e), ...(err?.stack ? { stack: err.stack } : {}), ...(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL && e.where ? { where: e.where } : {}), ...(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL && e.more.length ? { more: e.more.map((m) => ({ message: m.message, ...(m.where ? { where: m.where } : {}) })), omitted: e.omitted } : {}) } });
    }
}


/***/ }),

/***/ 40015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ makeDirs),
/* harmony export */   e: () => (/* binding */ writeBlocker)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * `mkdir -p` for the parent folder of a file Preflight writes (`--output`, the action's `sarif`).
 * Node's own `fs.mkdirSync(dir, { recursive: true })` never returns when a parent cannot be
 * created although its own parent exists (`/proc/nope`: mkdir says ENOENT, the walk goes up,
 * finds `/proc`, comes back down, forever), so the walk is done here, bounded by the number of
 * path segments: find the nearest existing ancestor, then create each missing folder once, top
 * down. The first failure is thrown as is (ENOENT, EACCES, EROFS\u2026); an ancestor that is a file is
 * ENOTDIR.
 */
function makeDirs(dir) {
    const missing = [];
    let cur = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);
    // Each step goes one segment up, so the loop ends at the root at the latest.
    for (;;) {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(cur);
        }
        catch (e) {
            const code = e.code;
            if (code !== 'ENOENT')
                throw e;
        }
        if (st) {
            if (!st.isDirectory())
                throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${cur}'`), { code: 'ENOTDIR', path: cur });
            break;
        }
        missing.push(cur);
        const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(cur);
        if (up === cur)
            break;
        cur = up;
    }
    for (const d of missing.reverse()) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(d);
        }
        catch (e) {
            // Someone else made it meanwhile: fine if it is a folder.
            if (e.code === 'EEXIST' && node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(d).isDirectory())
                continue;
            throw e;
        }
    }
}
/**
 * Why a file could not be written at `file` (creating its missing folders as `makeDirs` does), found without writing
 * anything: an errno-style error (EISDIR, ENOTDIR, EACCES\u2026) for `writeProblem`, or null when nothing stands in the
 * way that can be seen beforehand (the write itself may still fail: a full disk, a device).
 */
function writeBlocker(file) {
    const err = (code, at) => Object.assign(new Error(`${code}: ${at}`), { code, path: at });
    let cur = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file);
    for (;;) {
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(cur);
        }
        catch (e) {
            const code = e.code;
            // ENOTDIR: an ancestor is a file; the walk up finds it.
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                return e;
        }
        if (st) {
            if (cur === node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)) {
                if (st.isDirectory())
                    return err('EISDIR', cur);
            }
            else if (!st.isDirectory())
                return err('ENOTDIR', cur);
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync(cur, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
            }
            catch (e) {
                return e;
            }
            return null;
        }
        const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(cur);
        if (up === cur)
            return null;
        cur = up;
    }
}


/***/ }),

/***/ 97406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toJson: () => (/* binding */ toJson)
/* harmony export */ });
/** The JSON report (version 1): the items without the gate's internal `notDone` mark (the contract has no such field). */
function toJson(report) {
    const items = report.items.some((i) => i.notDone !== undefined) ? report.items.map(({ notDone: _notDone, ...item }) => item) : report.items;
    return `${JSON.stringify(items === report.items ? report : { ...report, items }, null, 2)}\n`;
}


/***/ }),

/***/ 4239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workflowAnchor: () => (/* binding */ workflowAnchor),
/* harmony export */   workflowFileOf: () => (/* binding */ workflowFileOf)
/* harmony export */ });
/* unused harmony export stepUrlLine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18650);
/* harmony import */ var _repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52365);
/**
 * Where SARIF places findings that have no file when no checklist file of the repository can hold them (the built-in
 * preset, a checklist outside the repository): the workflow file that runs Preflight, at the line of the step's URL
 * (the action's `url:` input, the CLI's `--url`), else line 1. Code scanning rejects a result without a location, so
 * without such a file these findings stay the run's tool notifications.
 */




/** Most bytes of a workflow file read to find the step's line (GitHub's own limit on a workflow is far lower). */
const MAX_WORKFLOW_BYTES = 1 << 20;
/** Most steps looked at per job (GitHub allows 1,000 steps in a job). */
const MAX_STEPS = 1000;
/**
 * `acme/shop/.github/workflows/ci.yml@refs/heads/main` (GITHUB_WORKFLOW_REF) \u2192 `.github/workflows/ci.yml`, only when the
 * workflow is `repository`'s own (a workflow required by an organisation ruleset lives in another repository).
 */
function workflowFileOf(ref, repository) {
    const m = ref ? /^([^/]+\/[^/]+)\/(.+?)@/.exec(ref) : null;
    return m && repository && m[1].toLowerCase() === repository.toLowerCase() ? m[2] : null;
}
/**
 * The SARIF anchor for the workflow file `file` (repository-relative, from {@link workflowFileOf}) when it is a file of
 * the repository at `root`; null otherwise (then findings without a file stay notifications). `job` and `step` are
 * GITHUB_JOB and GITHUB_ACTION: the running step when its `id:` is that, else the first step that runs Preflight with a
 * URL (in that job when it is in the file).
 */
function workflowAnchor(root, file, where = {}) {
    if (!file || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(file) || file.split(/[\\/]/).some((s) => s === '..' || s === ''))
        return null;
    let st;
    try {
        st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, file));
    }
    catch {
        return null;
    }
    // A symlink is anchored (it is the repository's path) but not followed out of the repository to find a line; nor is
    // a file reached through a symlinked folder (`.github` \u2192 elsewhere) that leaves it.
    if (st.isSymbolicLink() || !(0,_repo_read_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)((0,_repo_read_js__WEBPACK_IMPORTED_MODULE_2__.safeRealpath)(root), (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_2__.safeRealpath)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, file))))
        return { file, line: null };
    if (!st.isFile())
        return null;
    let line = null;
    if (st.size <= MAX_WORKFLOW_BYTES) {
        try {
            line = stepUrlLine(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, file), 'utf8'), where);
        }
        catch {
            line = null;
        }
    }
    return { file, line };
}
/**
 * The 1-based line of the URL given to the step that runs Preflight in a workflow's text: the `url:` key of the
 * action's `with:` (a step whose `uses:` names preflight), or the line of `--url` in a `run:` that runs preflight.
 * The step whose `id:` is `where.step` wins (null when it gives no URL: its URL comes from elsewhere); else the first
 * such step, in `where.job` when the file has that job. Null when none is found or the file is not a workflow.
 */
function stepUrlLine(text, where = {}) {
    const doc = (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)('workflow', text).docs[0];
    if (!doc || !(0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(doc.value) || !(0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(doc.value.jobs))
        return null;
    const jobs = doc.value.jobs;
    const lines = text.split(/\r?\n/);
    const jobIds = where.job && (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(jobs[where.job]) ? [where.job] : Object.keys(jobs);
    let first = null;
    for (const job of jobIds) {
        const spec = jobs[job];
        const steps = (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(spec) ? spec.steps : undefined;
        if (!Array.isArray(steps))
            continue;
        for (let i = 0; i < steps.length && i < MAX_STEPS; i++) {
            const step = steps[i];
            if (!(0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(step))
                continue;
            const own = !!where.step && step.id === where.step;
            const line = urlLineOfStep(doc, lines, ['jobs', job, 'steps', i], step, own);
            if (own)
                return line;
            if (first === null && line !== null)
                first = line;
        }
    }
    return first;
}
/** The line of the URL a step gives Preflight (see {@link stepUrlLine}); `own`: the step is known to be the running one. */
function urlLineOfStep(doc, lines, at, step, own) {
    const names = (v) => typeof v === 'string' && /preflight/i.test(v);
    if (typeof step.uses === 'string' && (own || names(step.uses))) {
        return (0,_repo_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(step.with) && 'url' in step.with ? doc.loc([...at, 'with', 'url'], true)?.line ?? null : null;
    }
    if (typeof step.run === 'string' && (own || names(step.run)) && /--url\b/.test(step.run)) {
        const key = doc.loc([...at, 'run'], true);
        if (!key)
            return null;
        // The run's lines: from its key to the next line (not blank) indented no deeper than the key.
        for (let k = key.line - 1; k < lines.length; k++) {
            const l = lines[k];
            if (k > key.line - 1 && l.trim() && l.length - l.trimStart().length < key.column)
                break;
            if (/(?:^|[\s"'])--url(?:[=\s"']|$)/.test(k === key.line - 1 ? l.slice(key.column - 1) : l))
                return k + 1;
        }
    }
    return null;
}


/***/ }),

/***/ 63926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DISCOVERY: () => (/* binding */ DISCOVERY),
/* harmony export */   checklistsNotDiscovered: () => (/* binding */ checklistsNotDiscovered),
/* harmony export */   lookalikeNotice: () => (/* binding */ lookalikeNotice),
/* harmony export */   r: () => (/* binding */ checklistFormatOf),
/* harmony export */   rootChecklistUnused: () => (/* binding */ rootChecklistUnused),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17763);
/* harmony import */ var _repo_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18650);
/* harmony import */ var _engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69211);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64170);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44842);







/** Where the checklist is looked for when none is named (relative to the scanned directory). */
const DISCOVERY = ['.github/preflight.yml', '.github/preflight.yaml', 'preflight.yml', 'PRODUCTION_CHECKLIST.md', 'docs/PRODUCTION_CHECKLIST.md'];
/**
 * The checklist at the repository `root` (the first of DISCOVERY there) when the scanned folder `dir` is a sub-folder of
 * it, so discovery (in the scanned folder only) did not see it: a run that fell back to the preset says it was not used.
 * Null when `dir` is the root, or the root has none either.
 */
function rootChecklistUnused(dir, root) {
    if ((0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(dir) === (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(root))
        return null;
    return DISCOVERY.find((p) => node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, p), { throwIfNoEntry: false })?.isFile()) ?? null;
}
/** Folders of the scanned folder where a checklist named otherwise than DISCOVERY has it is looked for (see checklistsNotDiscovered). */
const NEAR_MISS_FOLDERS = ['', '.github', 'docs', 'doc'];
/** The words a file name uses for a production or launch checklist (`production`, `launch`, `go-live`, `preflight`\u2026). */
const CHECKLIST_WORD = '(?:production|prod|launch|deploy(?:ment)?|release|go-?live|production-?readiness|readiness|pre-?flight)';
/**
 * A file name that looks like the team's checklist, written otherwise than DISCOVERY has it: DISCOVERY's stems
 * (`preflight`, `PRODUCTION_CHECKLIST`) and other words for such a checklist (`launch-checklist`, `deploy_checklist`,
 * `go-live-checklist`, `preflight-checklist`), in any case, with any separator or none, with or without a leading dot
 * (dot-file configuration, as `.hadolint.yaml`: `.preflight.yml`), in either format and with either extension
 * (`.md`/`.markdown`, `.yml`/`.yaml`). Whether it is one is then read from its text (looksLikeChecklist).
 */
const NEAR_MISS = new RegExp(`^\\.?(?:${CHECKLIST_WORD}[-_ .]?check-?list|pre-?flight)\\.(?:md|markdown|ya?ml)$`, 'i');
/**
 * A YAML checklist's own top-level keys (`items:`, `extends:`), also quoted (`"items":`), as a complex key (`? items`) or in
 * a flow mapping or JSON (`{"version": 1, "items": [...]}`): another tool's `preflight.yaml` (a Kubernetes `kind: Preflight`
 * spec) has neither.
 */
const YAML_CHECKLIST_KEY = /^(?:["']?(?:items|extends)["']?[ \t]*:|\?[ \t]+["']?(?:items|extends)["']?[ \t]*$)|^[ \t]*\{[^]*?["']?\b(?:items|extends)\b["']?[ \t]*:/m;
/** A Markdown task-list item (`- [ ] \u2026`, `* [x] \u2026`, `1. [ ] \u2026`): what a Markdown checklist is read from. */
const MARKDOWN_TASK = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\][ \t]/m;
/**
 * The format of checklist text that has no file name to tell it by (standard input, a FIFO): YAML when it has a YAML
 * checklist's top-level keys, else Markdown when it holds a task list, else YAML (whose errors then say what is wrong).
 */
function checklistFormatOf(text) {
    const t = text.replace(/^\uFEFF/, '');
    return !YAML_CHECKLIST_KEY.test(t) && !/^["']?version["']?[ \t]*:/m.test(t) && MARKDOWN_TASK.test(t) ? 'markdown' : 'yaml';
}
/** How much of a look-alike is read to tell whether it is a checklist. */
const NEAR_MISS_HEAD = 64 * 1024;
/**
 * Whether the file `abs`, named like a checklist, reads as one in its format: a YAML file with a checklist's top-level
 * keys, a Markdown file with a task list (its first NEAR_MISS_HEAD bytes). A symlink is taken by its name (its target is
 * not read: it may leave the repository).
 */
function looksLikeChecklist(abs) {
    const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(abs, O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0));
    }
    catch (e) {
        return e.code === 'ELOOP';
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile())
            return false;
        const buf = Buffer.alloc(Math.min(st.size, NEAR_MISS_HEAD));
        // NULs out: a UTF-16 file's ASCII reads as text (the loader then says to save it as UTF-8).
        const text = buf.toString('utf8', 0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, 0, buf.length, 0)).replace(/\0/g, '').replace(/^\uFEFF/, '');
        return (/\.ya?ml$/i.test(abs) ? YAML_CHECKLIST_KEY : MARKDOWN_TASK).test(text);
    }
    catch {
        return false;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
/**
 * The files of the scanned folder `dir` (at its top, in `.github/`, `docs/` or `doc/`) that look like the team's checklist
 * but are none of DISCOVERY's names (`.github/PRODUCTION_CHECKLIST.md`, `production_checklist.md`,
 * `docs/production-checklist.md`, `.preflight.yml`, `.github/preflight-checklist.yml`), so discovery left them unused: a
 * run that fell back to the preset says so, naming them. Paths relative to `dir`, at most 3.
 */
function checklistsNotDiscovered(dir) {
    const out = [];
    for (const folder of NEAR_MISS_FOLDERS) {
        let names;
        try {
            names = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, folder)).sort();
        }
        catch {
            continue;
        }
        for (const name of names) {
            const rel = folder ? `${folder}/${name}` : name;
            if (!NEAR_MISS.test(name) || DISCOVERY.includes(rel) || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel), { throwIfNoEntry: false })?.isFile() || !looksLikeChecklist(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, rel)))
                continue;
            out.push(rel);
            if (out.length === 3)
                return out;
        }
    }
    return out;
}
/**
 * The start of the notice the CLI and the action give about files checklistsNotDiscovered found: "`a.md` and `b.md` at the
 * repository root look like a checklist but are not read there: to use one" (`where`: after the names, with its space;
 * `there`: not read in that folder at all, else not read under those names). Each caller says how to use it next.
 */
function lookalikeNotice(names, where, there = false) {
    const one = names.length === 1;
    return `${(0,_words_js__WEBPACK_IMPORTED_MODULE_6__/* .andList */ .c)(names)}${where} ${one ? 'looks' : 'look'} like a checklist but ${one ? 'is' : 'are'} not read ${there ? 'there' : `under ${one ? 'that name' : 'those names'}`}: to use ${one ? 'it' : 'one'}`;
}
/**
 * Runs the whole pipeline: checklist \u2192 plan \u2192 snapshot \u2192 checks and probes \u2192 gate \u2192 report.
 * Lists the files first: a large scan continues on an engine thread (src/engine/engine-thread.ts).
 * This module stays light so deciding that loads none of the checks.
 */
async function run(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const logger = opts.logger ?? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .silentLogger */ .qq;
    const env = opts.env ?? process.env;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, opts.dir);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir) || !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dir).isDirectory())
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`${opts.dir} is not a directory (--dir, or the working-directory input)`);
    // A folder reached through a symlink that leaves its repository (a pull request can turn a service
    // folder into one) would be scanned as if it were the repository: refused, as `../elsewhere` is.
    // The check follows the path as named: from the shell's logical PWD when it is the cwd (`cd` into such
    // a link leaves process.cwd() already resolved).
    const pwd = env.PWD;
    const logical = pwd && node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(pwd) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(opts.dir) && (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(pwd) === (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(cwd) ? pwd : cwd;
    const escape = await (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .symlinkOutOfRepository */ .Tv)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(logical, opts.dir));
    if (escape) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`${opts.dir} goes through the symlink ${escape.link}, which points outside the repository ${escape.repository} (to ${escape.target}): expected a folder of the repository (--dir, or the working-directory input). To scan that folder on purpose, name it by its real path.`);
    }
    const listing = await (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .listFiles */ .CS)(dir);
    // Every file git tracks in the repository, asked of git once (the listing already is that list at the repository root).
    let tracked;
    const allTracked = () => (tracked ??= listing.base ? (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .trackedFiles */ .O)(listing.root) : Promise.resolve(listing.files));
    // A tracked symlink to a file git does not track (`config/secrets.env -> ../.secrets/prod.env`, ignored): its content
    // is not in the repository (a checkout has no such file), so it is not judged as committed content.
    // (When git cannot list them now, every link is read as before rather than all of them being left out.)
    const known = listing.git && listing.links?.length ? await allTracked() : null;
    if (known && listing.links?.length) {
        const { linkedOutside, linkTarget } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 99099));
        const all = new Set(known);
        const realRoot = (0,_repo_read_js__WEBPACK_IMPORTED_MODULE_3__.safeRealpath)(listing.root);
        // A link checked out as a plain file (core.symlinks=false) by where its text leads, by the same rule. A link out of
        // the repository or into `.git` (no target here) stays: the reader refuses it and says why, whichever the checkout.
        const targets = {};
        const untracked = new Set(listing.links.filter((link) => {
            const target = linkTarget(listing, link, realRoot);
            const out = target !== null && !all.has(target) && node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(listing.root, target), { throwIfNoEntry: false })?.isFile() === true;
            if (out)
                targets[link] = target;
            return out;
        }));
        if (untracked.size) {
            // Still named (env-file-committed says what git holds of a tracked env file that is such a link: only the path).
            listing.untrackedLinks = targets;
            logger.debug(`not read: ${[...untracked].join(', ')} (symlinks to files git does not track)`);
            listing.files = listing.files.filter((f) => !untracked.has(f));
            listing.links = listing.links.filter((f) => !untracked.has(f));
        }
        // A sub-folder's links to tracked files outside it (`services/api/Dockerfile -> ../../docker/Dockerfile`): those files
        // are read too, so what a link gives is reported at the file it points to, as a run at the root reports it.
        const linked = linkedOutside(listing, all);
        if (linked.length) {
            logger.debug(`symlinks: ${linked.length} files outside ${opts.dir} that its tracked symlinks point to (${linked.slice(0, 5).join(', ')}${linked.length > 5 ? ', \u2026' : ''})`);
            listing.files = [...listing.files, ...linked];
        }
    }
    // A sub-folder's kustomize overlays build on bases outside it: those are read too (`kustomize build` does).
    if (listing.git && listing.base) {
        const { kustomizeReach, MAX_KUSTOMIZATIONS } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 99099));
        const reached = await kustomizeReach(listing, allTracked);
        if (reached.truncated)
            logger.warn(`${opts.dir}: more than ${MAX_KUSTOMIZATIONS.toLocaleString('en')} kustomizations on the way to its bases; the rest were not followed (their manifests are not checked)`);
        if (reached.files.length) {
            logger.debug(`kustomize: ${reached.files.length} files outside ${opts.dir} that its kustomizations build on`);
            listing.files = [...listing.files, ...reached.files];
        }
    }
    if (listing.quoted?.length) {
        const shown = listing.quoted.slice(0, 5).join(', ') + (listing.quoted.length > 5 ? ` and ${listing.quoted.length - 5} more` : '');
        logger.warn(`${listing.quoted.length === 1 ? 'a file name is' : `${listing.quoted.length} file names are`} not UTF-8 (${shown}): checked, and named here as git quotes ${listing.quoted.length === 1 ? 'it' : 'them'} (\\ and three octal digits for each byte that is not UTF-8); rename ${listing.quoted.length === 1 ? 'it' : 'them'} to UTF-8${listing.git ? ' (git mv)' : ''}, as other tools and GitHub show such names garbled`);
    }
    // Tracked files nothing reads (a sparse checkout, a submodule not checked out): said here and in the action's summaries.
    const notScanned = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .notScannedWarnings */ .vW)(listing);
    for (const w of notScanned)
        logger.warn(w);
    for (const name of listing.quoteClashes ?? [])
        logger.warn(`${name}: two tracked files have this name as shown here (one of them not UTF-8, quoted as git quotes it): only one of them is checked; rename the one that is not UTF-8 (git mv)`);
    if (listing.truncated)
        logger.warn(`${opts.dir} is not a git repository and holds more than ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} files: only the first ${_repo_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_WALK */ .dT.toLocaleString('en')} are checked`);
    let result;
    // The engine thread is handed data only: a reader of the base commit (`readBase`, a function of the caller's: on
    // pull_request_target, or GITHUB_SHA's on an event that runs from it) cannot cross to it, so such a run stays on this
    // thread (its scan workers still run), rather than fail to start the thread (QA50: a DataCloneError on 4,000 files).
    if (!opts.readBase && (0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.wantsEngineThread)(listing.files.length, env)) {
        logger.debug(`engine thread: ${listing.files.length} files`);
        result = await (0,_engine_engine_thread_js__WEBPACK_IMPORTED_MODULE_4__.runOnEngineThread)(opts, listing, logger);
    }
    else {
        result = await (await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(935), __webpack_require__.e(365), __webpack_require__.e(976), __webpack_require__.e(406), __webpack_require__.e(343), __webpack_require__.e(670), __webpack_require__.e(364), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 60139))).runListed(opts, listing);
    }
    return notScanned.length ? { ...result, notScanned } : result;
}


/***/ })

};
