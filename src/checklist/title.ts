/** Titles compared the way people write them: markup, case and spacing do not count. */
import { decodeCharacterReferences } from '../checks/util/text.js';

/**
 * Normalises a title, an id or a checkbox text for comparison: character references are decoded
 * (`R&amp;D` as the Markdown parser reads it: `R&D`), HTML comments and tags, link and
 * image syntax, code spans, backslash escapes, emphasis and strikethrough markers are removed;
 * Unicode is NFKC-normalised; a control character that is no white space is read as its `\xNN` spelling (as reports
 * show it); case is folded, and ё read as е; runs of white space collapse to one space.
 * Word-internal underscores (`SESSION_COOKIE_SECURE`) are kept. `keepQuoted`: a marker that is all a pair of quotes holds
 * (`allow_origins=["*"]`) is kept too, for showing the words a phrase rule matched as the item has them (the rules read
 * the text without it).
 */
export function normaliseTitle(text: string, keepQuoted = false): string {
  return decodeCharacterReferences(text)
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
    .replace(/(^|[\s([{"'])[*_~]+(?=[\p{L}\p{N}[(`'"])/gu, (run: string, lead: string, at: number, s: string) => (keepQuoted && quoted(s, at + lead.length, run.length - lead.length) ? run : lead))
    // A `*` after `=` is a value (`CORS_ORIGINS=*`), not a closing marker.
    .replace(/(?<=[^\s=])[*_~]+(?=$|[\s)\]}"'.,:;!?])/g, (run: string, at: number, s: string) => (keepQuoted && quoted(s, at, run.length) ? run : ''))
    .toLowerCase()
    // Russian writes ё as е as often as not (most keyboards): "обновлен" is "обновлён".
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the marker run at `at` (of `length` characters) is all that a pair of quotes holds: `"*"`, `'*'`. */
function quoted(s: string, at: number, length: number): boolean {
  const before = s[at - 1];
  return (before === '"' || before === "'") && s[at + length] === before;
}

/**
 * Typographic punctuation read as what a keyboard types: apostrophes and primes (`’ ‘ ʼ ′`, the low `‚`) as `'`, curly
 * and low double quotes (`“ ” „`, `″`) as `"`, the hyphens, figure and en/em dashes, the minus sign as `-` (an em dash
 * typed ` -- ` or ` --- ` between words as one `-`), and zero-width spaces, word joiners and soft hyphens as nothing.
 * Non-breaking and other Unicode spaces NFKC has already made spaces. A checklist exported from Notion, Google Docs or
 * Word holds `’` where a reviewer types `'` (and macOS smart punctuation the other way round): GitHub shows both alike,
 * and an id, a slug of the title, reads them alike too (`l’équipe` and `l'équipe` are `l-equipe`).
 */
export const APOSTROPHE_LIKE = /[\u2018\u2019\u201a\u201b\u02bc\u2032\u2035]/g;
const QUOTE_LIKE = /[\u201c\u201d\u201e\u201f\u2033\u2036]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/**
 * A title, an id or a checkbox text as a pull request's sign-off compares them: normaliseTitle (case, markup, spacing do
 * not count), then typographic punctuation read as typed (see APOSTROPHE_LIKE). Both sides of every sign-off comparison
 * (a tick and an item's title or id, two titles a tick cannot tell apart, two ids) go through it.
 */
export function signoffText(text: string): string {
  return normaliseTitle(text)
    .replace(INVISIBLE, '')
    .replace(APOSTROPHE_LIKE, "'")
    .replace(QUOTE_LIKE, '"')
    .replace(DASH_LIKE, '-')
    .replace(/(^|\s)-{2,3}(?=\s|$)/g, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}
