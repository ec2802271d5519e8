export const id = 270;
export const ids = [270];
export const modules = {

/***/ 34270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _D: () => (/* binding */ MAX_BODY),
/* harmony export */   contextTicks: () => (/* binding */ contextTicks),
/* harmony export */   nearMisses: () => (/* binding */ nearMisses),
/* harmony export */   parseAttestations: () => (/* binding */ parseAttestations),
/* harmony export */   signsOffInContext: () => (/* binding */ signsOffInContext),
/* harmony export */   v8: () => (/* binding */ descriptionCut),
/* harmony export */   withFilledTemplates: () => (/* binding */ withFilledTemplates)
/* harmony export */ });
/* unused harmony exports tameEmphasis, differingCharacters, nearMissTicks */
/* harmony import */ var _checklist_shortcodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12414);
/* harmony import */ var _checklist_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(683);
/* harmony import */ var _checklist_title_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78890);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44842);
/**
 * Manual sign-off in a pull request: a ticked checkbox in the PR description whose text equals an
 * item's title or id attests that item. Both sides go through one normaliser (`signoffText` in a run), so matching
 * ignores case, inline Markdown markup, surrounding space and typographic punctuation (`\u2019` for `'`, `\u201c` for `"`, an en
 * or em dash for `-`). A sign-off template title's blank
 * (`Reviewed by: ____`) may be filled in, and an emoji written as its GitHub `:shortcode:` (see withFilledTemplates). A tick in a block quote (quoted
 * words: a reviewer's request, another pull request's list), struck through as a whole (withdrawn) or in a table row
 * (no task-list item) signs nothing off, and gets a hint when it names a pending item (see nearMisses).
 */




// GitHub caps a PR description at 65,536 characters; more is not a description (bounds the parse).
const MAX_BODY = 262_144;
/**
 * Where the reading of a description longer than MAX_BODY stops (at the last line end within it, as parseAttestations
 * cuts): the lines read and the characters left unread, so the caller can say that ticks after them count for
 * nothing. Null when the description is read whole.
 */
function descriptionCut(body) {
    if (body.length <= MAX_BODY)
        return null;
    // Within the first MAX_BODY characters: a line end at index MAX_BODY - 1 at the latest.
    const kept = body.lastIndexOf('\n', MAX_BODY - 1) + 1;
    let lines = 0;
    for (let i = body.indexOf('\n'); i !== -1 && i < kept; i = body.indexOf('\n', i + 1))
        lines++;
    return { lines, unread: body.length - kept };
}
/**
 * The normalised texts of the ticked checkboxes in a pull-request description, read as GitHub
 * renders it: task-list items (`[x]`/`[X]`, `-`/`*`/`+` bullets, nested, LF or CRLF). Boxes nobody
 * sees as ticks \u2014 in fenced or indented code, in HTML comments (a PR template's commented-out
 * example), in raw HTML \u2014 attest nothing. Nor do ticks in a block quote (`> - [x] \u2026`: quoted words
 * are someone else's; a GitHub alert, `> [!NOTE]`, is no quote) or struck through as a whole
 * (`- [x] ~~Title~~`: withdrawn), nor a checkbox in a table row (`| [x] | Title |`: no task-list item); they are kept
 * aside for the near-miss hints (see nearMisses). `normalise` reads each tick's text: a run passes signoffText, the one it reads
 * the titles and ids with.
 */
function parseAttestations(body, normalise = _checklist_title_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseTitle */ .B) {
    const ticks = new Set();
    const withBlank = new Set();
    const withdrawn = new Map();
    for (const t of (0,_checklist_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .tickedItems */ .BJ)(tameEmphasis(body), MAX_BODY)) {
        const text = normalise(t.text);
        if (!text)
            continue;
        if (t.table || t.quoted || t.struck || t.nospace || t.lookalike) {
            if (!withdrawn.has(text))
                withdrawn.set(text, t.nospace ? 'nospace' : t.table ? 'table' : t.quoted ? 'quoted' : t.lookalike ? `lookalike:${t.lookalike}` : 'struck');
            continue;
        }
        ticks.add(text);
        if (BLANK.test(t.text))
            withBlank.add(text);
    }
    WRITTEN_WITH_BLANK.set(ticks, withBlank);
    WITHDRAWN.set(ticks, withdrawn);
    return ticks;
}
/**
 * Of a description's ticks (as parseAttestations returns them, and the keys withFilledTemplates makes of them), the
 * ticks that sign nothing off where they stand (see Withdrawn), for the near-miss hints.
 */
const WITHDRAWN = new WeakMap();
/**
 * Of a description's ticks (as parseAttestations returns them), those written with a blank (`Date: ____`): normalising
 * drops a blank's `_` (`Date: ____` and `Date:` both read `date:`), and only the template as written signs it off by its
 * title.
 */
const WRITTEN_WITH_BLANK = new WeakMap();
/**
 * Of the keys withFilledTemplates returns, the ticks that are a sign-off template's title with its blank left empty
 * (`- [x] Date:` for `Date: ____`): they sign nothing off and get a near-miss hint (see nearMissTicks).
 */
const BLANK_LEFT_EMPTY = new WeakMap();
/** Emphasis delimiters a description may hold before its parse is defused (a sign-off list needs few). */
const MAX_DELIMITERS = 1000;
/** A line that ticks a checkbox: `- [x] \u2026`, `* [X] \u2026`, `1. [x] \u2026`, in block quotes too. */
const TICK_LINE = /^[ \t]*(?:>[ \t]*)*(?:[*+-]|\d{1,9}[.)])[ \t]+\[[xX]\][ \t]/;
/**
 * The description with runs of emphasis delimiters neutralised when it holds more than MAX_DELIMITERS
 * of them: the Markdown parser resolves `*`/`_` delimiters in quadratic time (a description of 32,000
 * `*_` took 30 s), and a pull request's author writes the description. List markers and `_` inside
 * words (`backup_restore`) are kept; sign-off texts are compared without emphasis anyway. Ticked
 * checkbox lines keep theirs, up to MAX_DELIMITERS in all (so the parse stays as bounded as an
 * untouched description): a title such as "Wildcard `*` is not used" must still match when the
 * description also holds a pasted Terraform plan with a thousand `_`.
 */
function tameEmphasis(body) {
    let n = 0;
    for (let i = body.indexOf('*'); i !== -1 && n <= MAX_DELIMITERS; i = body.indexOf('*', i + 1))
        n++;
    for (let i = body.indexOf('_'); i !== -1 && n <= MAX_DELIMITERS; i = body.indexOf('_', i + 1))
        n++;
    if (n <= MAX_DELIMITERS)
        return body;
    let kept = 0;
    return body.replace(/^([ \t]*(?:>[ \t]*)*(?:[*+-][ \t]+)?)(.*)$/gm, (line, lead, rest) => {
        if (TICK_LINE.test(line)) {
            const delimiters = rest.length - rest.replace(/[*_]/g, '').length;
            if (kept + delimiters <= MAX_DELIMITERS) {
                kept += delimiters;
                return line;
            }
        }
        return lead + rest.replace(/\*|(?<!\w)_|_(?!\w)/g, ' ');
    });
}
/** A title's letters and digits alone, each run of anything else one space. */
function wordsOnly(text) {
    return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
/** A sign-off text with what people add at its end left out: trailing punctuation, a trailing `(\u2026)` remark. */
function looseTitle(text) {
    return text.replace(/\s*\([^()]*\)\s*$/, '').replace(/[\s.!?;:,]+$/, '');
}
/**
 * A blank a sign-off template line leaves for the signer: a run of three or more `_` ("Reviewed by: ____________"), or
 * runs of two or more joined by separators, a date's, a time's or a number's (`__/__/____`, `____/____/______`, `__.__.____`,
 * `__:__`, `___-___-____`), filled in as one ("Release date: 05/06/2024", "Time: 14:00").
 */
const BLANK_SOURCE = String.raw `_{2,}(?:[ \t]*[/:.-][ \t]*_{2,})+|_{3,}`;
const BLANK = new RegExp(BLANK_SOURCE);
const BLANK_RUNS = new RegExp(BLANK_SOURCE, 'g');
/** Most blanks a template title is read with (a title with more is matched as written only). */
const MAX_BLANKS = 4;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * The normalised parts of a sign-off template title around its blanks ("Reviewed by: ____" \u2192 `["reviewed by:", ""]`),
 * or null: no blank, more than MAX_BLANKS, or no word of two letters beside them (a bare `____` is no item's name).
 * `loose`: each part without its trailing punctuation (see looseTitle), for near misses.
 */
function templateParts(title, normalise, loose = false) {
    if (!BLANK.test(title))
        return null;
    const raw = title.split(BLANK);
    if (raw.length - 1 > MAX_BLANKS)
        return null;
    const parts = raw.map((p) => (loose ? normalise(p).replace(/[\s.!?;:,]+$/, '') : normalise(p)));
    return /[\p{L}\p{N}]{2,}/u.test(parts.join(' ')) ? parts : null;
}
/** A template title as ticked with its blanks left empty (`Date: __/__/____` \u2192 `date:`), normalised. */
const blankLeftEmpty = (title, normalise) => normalise(title.replace(BLANK_RUNS, ' '));
/**
 * Whether a normalised tick is the template with every blank filled in by some text holding a letter or digit ("reviewed
 * by: maria schmidt", "date: 2025-01-14" for "Reviewed by: ____", "Date: ____"). Each part must stand as written, a word
 * not run into the text filled in ("signedoff" fills no "Signed ____"). Literal parts are found leftmost after the
 * first letter of each fill, which finds a filling whenever one exists (no backtracking over a long tick).
 */
function fillsBlanks(tick, parts) {
    const first = parts[0];
    const last = parts.at(-1);
    if (tick.length < first.length + last.length || !tick.startsWith(first) || !tick.endsWith(last))
        return false;
    const end = tick.length - last.length;
    const runOn = (at) => at > 0 && at < tick.length && WORD_CHAR.test(tick[at - 1]) && WORD_CHAR.test(tick[at]);
    let pos = first.length;
    for (let k = 1; k < parts.length; k++) {
        const part = parts[k];
        // The fill runs from `pos` to the next part: it holds a letter or digit, and no word runs into a part.
        const letter = tick.slice(pos, end).search(WORD_CHAR);
        if (letter < 0 || runOn(pos))
            return false;
        let next = end;
        if (k < parts.length - 1) {
            next = tick.indexOf(part, pos + letter + 1);
            while (next !== -1 && next + part.length <= end && part && runOn(next))
                next = tick.indexOf(part, next + 1);
            if (next === -1 || next + part.length > end)
                return false;
        }
        else if (last && runOn(end))
            return false;
        pos = next + part.length;
    }
    return true;
}
/**
 * The keys of a description's ticks with the titles of the sign-off template items they fill in added: a checklist's
 * "Reviewed by: ____________" is signed off by a tick of "Reviewed by: Maria Schmidt" (the blank, a run of `_`, filled
 * in by any text), as by its exact title or id. So are the titles a tick names with an emoji written as its
 * `:shortcode:`, or the other way round (see emojiShortcodeMatches).
 */
function withFilledTemplates(ticks, titles, normalise) {
    const keys = new Set(ticks);
    const empty = new Set();
    const list = [...titles];
    // What titles without a blank read as: a tick equal to one of them names that item, blank or not.
    const plain = new Set(list.filter((t) => !BLANK.test(t)).map(normalise));
    // A template's title with its blank left empty (`- [x] Date:`, which reads as `Date: ____` does) is not filled in:
    // it signs nothing off (only a description parseAttestations read knows how its ticks were written).
    const withBlank = WRITTEN_WITH_BLANK.get(ticks);
    for (const title of withBlank ? list : []) {
        if (!templateParts(title, normalise))
            continue;
        const key = normalise(title);
        // (A blank with separators keeps them when normalised, `Date: __/__/____` as `date: //`: left empty, it reads `date:`.)
        const left = blankLeftEmpty(title, normalise);
        // Only the blank's separators (`- [x] Date: //` for `Date: __/__/____`): the date left out is left empty too.
        if (key !== left && ticks.has(key) && !withBlank.has(key) && !plain.has(key)) {
            keys.delete(key);
            empty.add(key);
            continue;
        }
        if (!ticks.has(left) || withBlank.has(left) || plain.has(left))
            continue;
        if (left === key)
            keys.delete(key);
        empty.add(left);
    }
    for (const title of list) {
        const parts = templateParts(title, normalise);
        if (!parts)
            continue;
        for (const tick of ticks) {
            if (!fillsBlanks(tick, parts))
                continue;
            keys.add(normalise(title));
            empty.delete(blankLeftEmpty(title, normalise));
            break;
        }
    }
    for (const key of emojiShortcodeMatches(ticks, list, normalise))
        keys.add(key);
    BLANK_LEFT_EMPTY.set(keys, empty);
    const withdrawn = WITHDRAWN.get(ticks);
    if (withdrawn)
        WITHDRAWN.set(keys, withdrawn);
    return keys;
}
/**
 * An emoji or a GitHub `:shortcode:` in a normalised text: a keycap (`1\ufe0f\u20e3`), a flag, a pictograph from U+2000 up (below
 * it, `\u00a9` and `\u00ae` are letter-like symbols) with its variation selector, skin tone and zero-width-joined parts; a
 * shortcode as GitHub renders one (`:rocket:`, `:+1:`, `:rotating_light:`), standing apart from words (not `12:30:45`).
 */
const EMOJI_OR_SHORTCODE = /(?<![\w:]):[a-z0-9_+-]+:(?![\w:])|[#*0-9]\uFE0F?\u20E3|\p{Regional_Indicator}{2}|(?=[^\0-\u1fff])\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*/gu;
/** A normalised text's emoji and shortcodes, in order, and the text with each as one placeholder; null when it has none. */
function emojiShape(text) {
    const marks = [];
    const shape = text.replace(EMOJI_OR_SHORTCODE, (m) => { marks.push(m.replace(/[\uFE0E\uFE0F]/g, '')); return '\uE000'; });
    return marks.length ? { shape, marks } : null;
}
/**
 * Ticks that name a manual item's title with an emoji written as its GitHub `:shortcode:` or the other way round (`Notify
 * #ops channel :rocket:` for `Notify #ops channel \ud83d\ude80`): GitHub shows both the same. A shortcode stands only for the emoji
 * GitHub names so (SHORTCODES: `:x:` is no `\u2705`, review 47 S2; a name the table lacks stands for none), every other
 * character as the title has it, each other emoji the title's own \u2014 and the tick counts only when that fits exactly one
 * title (two titles differing only by their emoji stay unsigned, and the near-miss warning names one). The titles matched,
 * normalised; never a tick that is a title as written.
 */
function emojiShortcodeMatches(ticks, titles, normalise) {
    const byShape = new Map();
    const exact = new Set();
    for (const raw of titles) {
        const title = normalise(raw);
        exact.add(title);
        const s = emojiShape(title);
        if (!s)
            continue;
        const list = byShape.get(s.shape) ?? [];
        if (!list.some((t) => t.title === title))
            list.push({ title, marks: s.marks });
        byShape.set(s.shape, list);
    }
    if (!byShape.size)
        return [];
    const isCode = (m) => m.startsWith(':');
    /** One mark of a title and the tick's in its place: the same, or a shortcode and the emoji GitHub renders for it. */
    const same = (a, b) => a === b || (isCode(a) ? !isCode(b) && _checklist_shortcodes_js__WEBPACK_IMPORTED_MODULE_0__/* .SHORTCODES */ .n.get(a) === b : isCode(b) && _checklist_shortcodes_js__WEBPACK_IMPORTED_MODULE_0__/* .SHORTCODES */ .n.get(b) === a);
    const out = [];
    for (const tick of ticks) {
        if (exact.has(tick))
            continue;
        const s = emojiShape(tick);
        if (!s)
            continue;
        const fits = (byShape.get(s.shape) ?? []).filter(({ marks }) => marks.every((m, i) => same(m, s.marks[i])));
        if (fits.length === 1)
            out.push(fits[0].title);
    }
    return out;
}
/**
 * The separators a tick may write between an item's group and its title (`Security Officer \u203a Name: ____`, the form the
 * reports offer; `Security Officer / Name: ____`, `Security Officer: Name: ____`, `Security Officer > Name: ____`), and between
 * the parts of a longer group (`Sign-off \u203a Security Officer \u203a Name: ____`).
 */
const CONTEXT_SEPARATOR = /\s*[\u203a>/:]\s*/g;
/** Most places a tick is split at to read a group before its title (a sign-off line holds a few separators). */
const MAX_CONTEXT_SPLITS = 16;
/** A group (normalised) with each separator between its parts, and around them, read alike. */
const contextKey = (text) => text.replace(CONTEXT_SEPARATOR, ' \u203a ').trim();
function contextTicks(ticks) {
    const out = new Map();
    const withBlank = WRITTEN_WITH_BLANK.get(ticks);
    for (const tick of ticks) {
        let splits = 0;
        for (const m of tick.matchAll(CONTEXT_SEPARATOR)) {
            if (++splits > MAX_CONTEXT_SPLITS)
                break;
            const group = contextKey(tick.slice(0, m.index));
            const rest = tick.slice(m.index + m[0].length).trim();
            if (!group || !rest)
                continue;
            const list = out.get(group) ?? [];
            list.push({ tick, rest, blank: withBlank?.has(tick) ?? false });
            out.set(group, list);
        }
    }
    return out;
}
/**
 * The ticks that sign an item off by its group and title (`- [x] Security Officer \u203a Name: ____`): a sign-off that stays with
 * its role when items of the same title are added above it (an id, `name-2`, is positional). `path` is the item's context,
 * outermost first: its group (headings, plain parent bullets) and the title of the task item it is nested under; a tick
 * names its end (the nearest heading or parent item: `Security Officer`) or more of it (`Sign-off \u203a Security Officer`). The
 * title as written (with a template's blank as written, as ticking the title alone needs), or filled in (`Security Officer \u203a
 * Name: Maria Schmidt`).
 */
function signsOffInContext(ticks, path, title, normalise) {
    if (!ticks.size || !path.length)
        return [];
    const key = normalise(title);
    const parts = templateParts(title, normalise);
    const out = [];
    for (let k = path.length - 1; k >= 0; k--) {
        const group = contextKey(path.slice(k).map(normalise).join(' \u203a '));
        for (const { tick, rest, blank } of ticks.get(group) ?? []) {
            // A template's title with its blank left empty (`Security Officer \u203a Name:`) signs nothing off, as the title alone does.
            const written = rest === key && (parts === null || blank);
            if (written || (parts !== null && fillsBlanks(rest, parts)))
                out.push(tick);
        }
    }
    return out;
}
/** Most near-miss hints given for one description. */
const MAX_HINTS = 10;
/** A token before a title that marks it rather than says something: symbols and emoji, a `:shortcode:`, a label (`done:`, `ok -`). */
const MARKER = /^(?:[^\p{L}\p{N}]+|\d{1,3}[.)]|:[\w+-]+:|[\p{L}\p{N}]+[:\]\u2014\u2013-]|\[[\p{L}\p{N} ]{1,12}\])$/u;
/** A token that marks a text rather than says something: symbols and emoji, a `:shortcode:`. */
const SYMBOL = /^(?:[^\p{L}\p{N}]+|:[\w+-]+:)$/u;
/** A normalised text without the symbols, emoji and `:shortcode:`s before and after its words (at most three at each end). */
function unmarked(text) {
    const w = text.split(' ');
    let a = 0;
    let b = w.length;
    while (a < b && a < 3 && SYMBOL.test(w[a]))
        a++;
    while (b > a && w.length - b < 3 && SYMBOL.test(w[b - 1]))
        b--;
    return w.slice(a, b).join(' ');
}
/** The words of a normalised text (`game day` \u2192 2). */
const words = (text) => text.split(' ').filter(Boolean).length;
/**
 * Whether `tick` nearly names an item titled `title` (both normalised, loose: see looseTitle): the title with more after
 * it (a period, a remark, more words), the title with a marker before it (an emoji or its `:shortcode:`, a label such as "Done:", at
 * most three), the title without the markers it has before or after its words, the title with its marker moved to its other
 * end or another marker in its place (the same words, 8 characters or more), or the title cut short at a word (at least two words and half of the title's: "Game day" for
 * "Game day scheduled"). A title under 4 characters is no evidence; a cut or a prefix needs 8 (short titles recur in
 * unrelated ticks).
 */
function nearlyNames(tick, loose, title, looseT = looseTitle(title)) {
    if (title.length < 4)
        return false;
    if (looseT === loose || (tick.startsWith(title) && /^[\s.!?;:,(\u2014\u2013-]/.test(tick.slice(title.length))))
        return true;
    if (looseT.length < 8)
        return false;
    // The same words with other punctuation between them: the title's em dash typed as `-` or `--` (no key for it), a colon
    // for a dash (`Escalation policy - 24/7 coverage` for `Escalation policy \u2014 24/7 coverage`).
    if (wordsOnly(tick) === wordsOnly(title) && wordsOnly(title).length >= 8)
        return true;
    // Something before the title that is no words of its own: `:rocket: Title`, `\u2705 Title`, `Done: Title`, `[ok] \u2014 Title`
    // (not "Changelog and documentation updated" for "Documentation updated").
    if (loose.endsWith(looseT) && loose.length > looseT.length) {
        const before = loose.slice(0, -looseT.length);
        if (/\s$/.test(before) && words(before) <= 3 && before.trim().split(' ').every((w) => MARKER.test(w)))
            return true;
    }
    // The title's own marker left off, before or after it (`Pager escalation tested` for `\ud83d\udea8 Pager escalation tested` or
    // `:rotating_light: Pager escalation tested`, `Changelog written` for `Changelog written :memo:`): the words as written.
    if (loose.length >= 8 && looseT.length > loose.length) {
        const rest = looseT.startsWith(`${loose} `) ? looseT.slice(loose.length) : looseT.endsWith(` ${loose}`) ? looseT.slice(0, -loose.length) : '';
        if (rest && words(rest) <= 3 && rest.trim().split(' ').every((w) => MARKER.test(w)))
            return true;
    }
    // The title's marker moved to its other end, or another marker in its place (`Incident runbook reviewed \ud83e\uddef` for
    // `\ud83e\uddef Incident runbook reviewed`, `\u2705 Changelog written` for `Changelog written :memo:`): the same words, only markers around them.
    const bare = looseTitle(unmarked(tick));
    if (bare.length >= 8 && bare === looseTitle(unmarked(title)) && (bare !== loose || bare !== looseT))
        return true;
    // The title without its owner or due-date remark (`Runbook linked \u2014 @erin, due Friday`): however long the remark.
    const core = title.replace(OWNER_REMARK, '');
    if (core !== title && words(core) >= 2 && looseTitle(core) === loose)
        return true;
    // The title cut short at a word boundary.
    return words(loose) >= 2 && words(loose) * 2 >= words(looseT) && looseT.startsWith(`${loose} `);
}
/**
 * An owner or due-date remark after a dash that ends a title: `\u2014 @erin, due Friday`, `\u2013 due 2025-03-01`,
 * `- owner: @sam`, `\u2014 ETA next sprint` (a remark with no dash inside it).
 */
const OWNER_REMARK = /\s+(?:[\u2014\u2013]|--?)\s*(?:@[\w.-]+|(?:due|owner|owners|eta|by)\b)[^\u2014\u2013]*$/u;
/** A word that turns a promise round: a tick may not add it to a title, nor drop it from one, and still nearly name it. */
const NEGATION = /^(?:not|no|never|without|none|nothing|cannot|non)$|n['\u2019]t$/u;
/** A word compared letter by letter for a slip: letters only (a number, a version, a path must be as written). */
const LETTERS = /^\p{L}+$/u;
/**
 * Whether two different words are one slip apart: one letter added, left out, changed or two swapped ("rollbak" for
 * "rollback", "persistance" for "persistence"), both words of five letters or more; or one is the other's plural
 * ("processes" for "process", "tests" for "test"), of four letters or more. Words with digits or symbols never are.
 */
function slip(a, b) {
    if (!LETTERS.test(a) || !LETTERS.test(b))
        return false;
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length >= 4 && (long === `${short}s` || long === `${short}es`))
        return true;
    if (short.length < 5 || long.length - short.length > 1)
        return false;
    let i = 0;
    while (i < short.length && short[i] === long[i])
        i++;
    if (short.length === long.length) {
        // One letter changed, or two neighbours swapped.
        if (short.slice(i + 1) === long.slice(i + 1))
            return true;
        return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
    }
    // One letter added.
    return short.slice(i) === long.slice(i + 1);
}
/**
 * Whether a tick's words `t` (normalised, loose: see looseTitle) are a title's words `w` (loose too, `looseT` as one text,
 * 8 characters or more) with one slip: one word
 * misspelt by a letter or put in the plural ("Prepare rollbak plan", "Test backup restoration processes"), or one word added
 * or left out, three words or more staying ("Prepare the rollback plan", "Review deployment with team"; not "Tests pass" for
 * "Smoke tests pass": two words are common to many a PR template's own ticks), a negation
 * never (a ticked "Backups not tested" does not nearly promise "Backups tested"). Bounded and rare between unrelated texts:
 * every other word must be the title's, in its order.
 */
function slightlyMisnames(t, w, looseT) {
    if (looseT.length < 8 || Math.abs(t.length - w.length) > 1)
        return false;
    if (t.length === w.length) {
        let differ = -1;
        for (let k = 0; k < w.length; k++) {
            if (t[k] === w[k])
                continue;
            if (differ >= 0)
                return false;
            differ = k;
        }
        return differ >= 0 && slip(t[differ], w[differ]);
    }
    if (Math.min(t.length, w.length) < 3)
        return false;
    // One word more in the longer: the first place the two differ is that word.
    const [longer, shorter] = t.length > w.length ? [t, w] : [w, t];
    let k = 0;
    while (k < shorter.length && longer[k] === shorter[k])
        k++;
    if (NEGATION.test(longer[k]))
        return false;
    for (let j = k; j < shorter.length; j++)
        if (longer[j + 1] !== shorter[j])
            return false;
    return true;
}
/** A character as a message shows it: itself and its code point (`'\u2019' (U+2019)`), an invisible one by its code point alone. */
function charName(c) {
    const code = (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .codePoint */ .y)(c);
    return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? `'${c}' (${code})` : `an invisible ${code}`;
}
/** A character that shows as nothing: a format character (a zero-width joiner or non-joiner, a direction mark), a combining mark alone. */
const INVISIBLE_CHAR = /^[\p{Cf}\p{Mn}]$/u;
/** Most places a tick and a title may differ in and still be told apart character by character. */
const MAX_DIFFERING = 3;
/**
 * Where a tick and a title (both normalised) differ in characters a reader cannot tell apart, said: "the tick has ''' (U+0027)
 * where the title has '\u2019' (U+2019)". Only when they differ in at most MAX_DIFFERING places of at most two characters each
 * and a character that differs is no printable ASCII (a look-alike letter, a typographic mark, an invisible space): a
 * missing word or a typo is plain to see. Null otherwise.
 */
function differingCharacters(tick, title) {
    const a = Array.from(tick);
    const b = Array.from(title);
    const places = [];
    if (a.length === b.length) {
        for (let k = 0; k < a.length; k++)
            if (a[k] !== b[k])
                places.push([[a[k]], [b[k]]]);
    }
    else {
        let p = 0;
        while (p < a.length && p < b.length && a[p] === b[p])
            p++;
        let q = 0;
        while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q])
            q++;
        places.push([a.slice(p, a.length - q), b.slice(p, b.length - q)]);
    }
    if (!places.length || places.length > MAX_DIFFERING || places.some(([x, y]) => x.length > 2 || y.length > 2))
        return null;
    // An emoji, or a visible character added or left out (`\ud83d\udea8` before the words), is plain to see: only a character put for a
    // look-alike, or an invisible one added or left out, is said.
    if (places.some(([x, y]) => [...x, ...y].some((c) => /\p{Extended_Pictographic}/u.test(c)) || ((!x.length || !y.length) && ![...x, ...y].every((c) => INVISIBLE_CHAR.test(c)))))
        return null;
    if (!places.some(([x, y]) => [...x, ...y].some((c) => !/^[\x20-\x7e]$/.test(c))))
        return null;
    const side = (cs) => (cs.length ? cs.map(charName).join(' and ') : 'nothing');
    return places.map(([x, y]) => `the tick has ${side(x)} where the title has ${side(y)}`).join('; ');
}
/** Whether an item is decided by a check (bound): a tick in a pull request never signs it off (DESIGN). */
const isBound = (item) => item.kind !== undefined && item.kind !== 'manual';
/** The checks that decide a bound item, as a sentence names them ("the check hsts", "the checks cookie-flags and cookie-security"). */
function checksOf(item) {
    const checks = item.check === null || item.check === undefined ? [] : typeof item.check === 'string' ? [item.check] : item.check;
    return checks.length > 1 ? `the checks ${(0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .andList */ .c)(checks)}` : `the check ${checks[0] ?? '(none)'}`;
}
/**
 * Ticks of the description that sign nothing off but nearly name a pending item (a period added, a remark in brackets
 * after the title, the title followed by more words, an emoji or shortcode before it, the title cut short, a word
 * misspelt or put in the plural, one word more or less, the item's id with a period or more after it): the author
 * meant that item, and the contract matches titles exactly, so they get a hint saying which line to tick instead of a
 * silent "pending". Ticks unlike any item (a PR template's own checklist) say nothing.
 */
function nearMissTicks(ticks, items, normalise) {
    return nearMisses(ticks, items, normalise).map((m) => m.message);
}
/**
 * {@link nearMissTicks}, each with its tick, the pending items it was meant for and how it misses. `signed`: ticks that
 * signed an item off by its group and title (see signsOffInContext), which say nothing. `source`: what the messages say
 * holds the ticks (the description; with the action's `attesters`, an approving review's body: "the review approving
 * the pull request by @bob").
 */
function nearMisses(ticks, items, normalise, signed = new Set(), source = 'the pull request description') {
    const known = new Set();
    for (const i of items)
        known.add(normalise(i.title)).add(normalise(i.id));
    const templates = items.filter((i) => !isBound(i)).map((i) => templateParts(i.title, normalise)).filter((p) => p !== null);
    const pending = items.filter((i) => i.status === 'pending' && !isBound(i)).map((i) => {
        const title = normalise(i.title);
        const looseT = looseTitle(title);
        return { item: i, title, looseT, words: looseT.split(' '), loose: templateParts(i.title, normalise, true) };
    });
    // Items named by id: a slug-like id (with a `-` or a digit: no word of a sentence) may have more after it, any id a period.
    const ids = items.map((item) => ({ item, id: normalise(item.id) })).filter(({ id }) => id.length >= 4).sort((a, b) => b.id.length - a.id.length);
    const bound = items.filter(isBound).map((item) => ({ item, title: normalise(item.title), looseT: looseTitle(normalise(item.title)), id: normalise(item.id) }));
    const hints = [];
    const boundHints = [];
    // A tick that names (or nearly names, as a period or a remark after it does) items a check decides: said once, as a notice.
    // A title (or id) that manual items share with bound ones signs the manual ones off (DESIGN): the notice says so.
    const decidedBy = (tick, named) => {
        if (boundHints.length >= MAX_HINTS)
            return;
        const first = named[0];
        const same = named.every((item) => checksOf(item) === checksOf(first));
        const status = (0,_words_js__WEBPACK_IMPORTED_MODULE_3__/* .andList */ .c)([...new Set(named.map((item) => item.status))]);
        const by = `decided by ${same ? checksOf(first) : 'their checks'}, a tick does not change it (status: ${status}); only manual items are signed off ${source === 'the pull request description' ? 'in the description' : 'by a tick'}`;
        const signed = items.filter((item) => !isBound(item) && (normalise(item.title) === tick || normalise(item.id) === tick));
        if (signed.length) {
            const manual = signed.length > 1 ? `the manual items ${signed.map((item) => `'${item.id}'`).join(', ')}` : `the manual item '${signed[0].id}'`;
            const not = named.length > 1 ? `the items ${named.map((item) => `'${item.id}'`).join(', ')} ("${first.title}"), which are` : `the item '${first.id}' ("${first.title}"), which is`;
            boundHints.push({ tick, items: named.map((item) => item.id), kind: 'bound', signed: signed.map((item) => item.id), message: `${source} ticks "${tick}", which signs off ${manual} but not ${not} ${by}` });
            return;
        }
        const what = named.length > 1 ? `the items ${named.map((item) => `'${item.id}'`).join(', ')} ("${first.title}") are` : `the item '${first.id}' ("${first.title}") is`;
        boundHints.push({ tick, items: named.map((item) => item.id), kind: 'bound', message: `${source} ticks "${tick}", which signs nothing off: ${what} ${by}` });
    };
    const decided = (tick, loose) => {
        const named = bound.filter(({ title, looseT, id }) => title === tick || id === tick || (loose.length >= 4 && (looseT === loose || id === loose)));
        if (named.length)
            decidedBy(tick, named.map(({ item }) => item));
    };
    // A template ticked with its blank left empty (`- [x] Date:`): say which item and that the blank needs filling in.
    for (const tick of BLANK_LEFT_EMPTY.get(ticks) ?? []) {
        const meant = pending.filter(({ item, title, loose }) => loose !== null && (blankLeftEmpty(item.title, normalise) === tick || title === tick));
        if (!meant.length || hints.length >= MAX_HINTS)
            continue;
        const ids = meant.map(({ item }) => `'${item.id}'`).join(', ');
        hints.push({ tick, items: meant.map(({ item }) => item.id), kind: 'blank', message: `${source} ticks "${tick}", which signs nothing off: it leaves the blank of the pending item${meant.length > 1 ? 's' : ''} ${ids} ("${meant[0].item.title}") empty; fill the blank in (\`- [x] ${meant[0].item.title.replace(BLANK_RUNS, '\u2026')}\`) or tick the item's id` });
    }
    // A tick in a block quote, struck through or in a table row, that names a pending item (its title or id, a template filled in, or
    // nearly so): it signs nothing off where it stands.
    for (const [tick, as] of WITHDRAWN.get(ticks) ?? []) {
        const box = as.startsWith('lookalike:') ? as.slice('lookalike:'.length) : undefined;
        const why = box === undefined ? as : 'lookalike';
        if (ticks.has(tick) || hints.length >= MAX_HINTS)
            continue;
        let meant = pending.filter(({ item, title }) => {
            const parts = templateParts(item.title, normalise);
            return title === tick || normalise(item.id) === tick || (parts !== null && fillsBlanks(tick, parts));
        });
        if (!meant.length) {
            const loose = looseTitle(tick);
            meant = pending.filter((p) => (p.loose && fillsBlanks(loose, p.loose)) || nearlyNames(tick, loose, p.title, p.looseT)).slice(0, 1);
        }
        if (!meant.length)
            continue;
        const ids = meant.map(({ item }) => `'${item.id}'`).join(', ');
        const where = why === 'quoted' ? 'in a block quote' : why === 'table' ? 'in a table row' : why === 'nospace' ? 'with no space after `[x]`' : why === 'lookalike' ? `with \`${box}\`` : 'struck through';
        const fix = why === 'quoted' ? 'quoted text is someone else\'s words; tick it outside the quote'
            : why === 'table' ? 'a checkbox in a table row is not a task-list item; tick it as a list line (`- [x] \u2026`)'
                : why === 'nospace' ? 'GitHub shows `[x]` glued to the text as text, no checkbox; put a space after the box (`- [x] \u2026`)'
                    : why === 'lookalike' ? `\`${box}\` is no checkbox (only \`[x]\` ticks one), GitHub shows it as text; when the work is done, tick it as \`- [x] ${meant[0].item.title}\``
                        : 'a struck-through item is withdrawn; tick it without the strikethrough';
        hints.push({ tick, items: meant.map(({ item }) => item.id), kind: why, message: `${source} ticks "${tick}" ${where}, which signs nothing off: ${fix} to sign off the pending item${meant.length > 1 ? 's' : ''} ${ids} ("${meant[0].item.title}")` });
    }
    for (const tick of ticks) {
        // A tick that signed an item off by its group and title (`Security Officer \u203a Name: ____`) missed nothing.
        if (signed.has(tick) || hints.some((h) => h.tick === tick))
            continue;
        const loose = looseTitle(tick);
        if (known.has(tick)) {
            decided(tick, loose);
            continue;
        }
        if (hints.length >= MAX_HINTS)
            continue;
        // A filled-in template line signed its item off.
        if (templates.some((parts) => fillsBlanks(tick, parts)))
            continue;
        // An item's id with a period or more after it (`backups.`, `signature-2: Bob`): the longest id it starts with.
        const byId = ids.find(({ id }) => id === loose || (/[-\d]/.test(id) && tick.startsWith(id) && /^[\s.!?;:,(\u2014\u2013]/.test(tick.slice(id.length))));
        if (byId) {
            const { item } = byId;
            if (isBound(item))
                decidedBy(tick, [item]);
            else if (item.status === 'pending')
                hints.push({ tick, items: [item.id], kind: 'id', message: `${source} ticks "${tick}", which signs nothing off: it is the id of the pending item '${item.id}' ("${item.title}") with more after it; tick the id alone (\`- [x] ${item.id}\`) or the title as the summary lists it` });
            continue;
        }
        const filled = pending.find((p) => p.loose && fillsBlanks(loose, p.loose));
        if (filled) {
            hints.push({ tick, items: [filled.item.id], kind: 'template', message: `${source} ticks "${tick}", which signs nothing off: it nearly fills in the pending item '${filled.item.id}' ("${filled.item.title}"); tick that title with its blank filled in as written, punctuation included, or the title as the summary lists it` });
            continue;
        }
        const said = loose.split(' ');
        const meant = pending.find(({ title, looseT }) => nearlyNames(tick, loose, title, looseT)) ?? pending.find(({ looseT, words }) => slightlyMisnames(said, words, looseT));
        // Two texts that look the same (a look-alike letter, an invisible character): say which characters differ.
        const differs = meant ? differingCharacters(tick, meant.title) : null;
        if (meant)
            hints.push({ tick, items: [meant.item.id], kind: 'title', message: `${source} ticks "${tick}", which signs nothing off: it is not the title of the pending item '${meant.item.id}' ("${meant.item.title}")${differs ? ` (${differs})` : ''}; tick that title as the summary lists it (matching ignores case and markup, and reads a \`:shortcode:\` as the title's emoji in its place when only one title fits; not other emoji, spelling, extra or missing words or punctuation)`, ...(differs ? { differs } : {}) });
        else
            decided(tick, loose);
    }
    return [...hints, ...boundHints];
}


/***/ })

};
