/**
 * The lowercase of a file's text, computed once per file: scanners that look for a word in any
 * case (`cookie`, `cors`) share it. `toLowerCase` plus `indexOf` is several times faster than a
 * case-insensitive regex over the text, and it never misses: a non-Unicode `/word/i` matches only
 * ASCII letters, whose lowercase is the word. (It may say yes where the regex says no, e.g. for
 * the Kelvin sign; callers use it as a gate before their exact patterns.)
 */
let lastText: string | null = null;
let lastLower = '';

export function lowerText(text: string): string {
  if (text !== lastText) { lastLower = text.toLowerCase(); lastText = text; }
  return lastLower;
}

/**
 * Source text quoted in a finding message, on one line (messages are one line in every report):
 * whitespace runs (line breaks, indentation) become one space, the space just inside brackets and a
 * trailing comma before a closing bracket go (`[\n    "*",\n]` → `["*"]`), and text longer than
 * `max` characters is cut with `…`.
 */
export function quoteSource(text: string, max = 60): string {
  const one = text.trim().replace(/\s+/g, ' ').replace(/([[({]) /g, '$1').replace(/,? ?([\])}])/g, '$1');
  const chars = [...one];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : one;
}

/** `text` with every line break (and the whitespace around it) turned into one space: a name or value read from a file may hold one. */
export function oneLine(text: string): string {
  return /[\r\n\v\f\u2028\u2029]/.test(text) ? text.replace(/\s*[\r\n\v\f\u2028\u2029]\s*/g, ' ') : text;
}

/**
 * A word to look for, with an optional `anchor`: a part of it that starts with a rarer character.
 * `indexOf` stops at every occurrence of the first character of what it looks for, and `c` or
 * `a` occur everywhere in code: `cookie` is found 2.5× faster by its `kie`.
 */
export type Word = string | { word: string; anchor: string };

/** Whether `lower` contains `word`: every occurrence of the anchor is checked for the whole word around it. */
function includesWord(lower: string, w: Word): boolean {
  if (typeof w === 'string') return lower.includes(w);
  const offset = w.word.indexOf(w.anchor);
  if (offset < 0) return lower.includes(w.word);
  for (let i = lower.indexOf(w.anchor, offset), guard = 0; i !== -1 && guard <= lower.length; i = lower.indexOf(w.anchor, i + 1), guard++) {
    if (lower.startsWith(w.word, i - offset)) return true;
  }
  return false;
}

/** Whether `text` contains one of `words` (lowercase) in any case. */
export function containsAnyCase(text: string, ...words: Word[]): boolean {
  const lower = lowerText(text);
  return words.some((w) => includesWord(lower, w));
}

/** Whether `source` compiles as a case-insensitive regular expression (option validation). */
export function isRegExp(source: string): boolean {
  try { new RegExp(source, 'i'); return true; } catch { return false; }
}

/**
 * Words of session-like cookie names, as case-insensitive regular expressions: `sid` and `auth` only
 * as a word of the name (`connect.sid`, `auth_token`; not `sidebar_state`, `author_filter`), the rest
 * anywhere (`PHPSESSID`, `authToken`). The cookie-flags check and the cookie-security probe share them.
 */
export const SESSION_COOKIE_WORDS: readonly string[] = ['sess', '(?:^|[-_.])sid(?:$|[-_.])', '(?:^|[-_.])auth(?!or)', 'token', 'jwt', 'remember', 'login', 'user_?id'];

/** The 1-based line and column of an offset into a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: offset - text.lastIndexOf('\n', offset - 1) };
}
