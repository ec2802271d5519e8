/**
 * Where TOML refuses a text: the first syntax error, as a TOML parser (flyctl's, Railway's) names it, for a `parse-error` finding.
 * A syntax reading only — duplicate keys and tables redefined are not looked for, and what TOML 1.1 allows (newlines and a trailing
 * comma in an inline table, `\e` and `\xHH` escapes, times without seconds) is accepted, so that no file a parser takes is reported.
 * The values themselves are read by the line reader (platform-files.ts' tomlEntries).
 */

export interface TomlError { line: number; column: number; message: string }

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES = new Set(['b', 't', 'n', 'f', 'r', 'e', '"', '\\']);
const HEX = /^[0-9A-Fa-f]+$/;
/** An integer (decimal with `_` between digits, hexadecimal, octal or binary). */
const INTEGER = /^(?:[+-]?(?:0|[1-9](?:_?\d)*)|0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*)$/;
/** A float (a fraction, an exponent or both), `inf`, `nan`. */
const FLOAT = /^(?:[+-]?(?:0|[1-9](?:_?\d)*)(?:\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|[eE][+-]?\d(?:_?\d)*)|[+-]?(?:inf|nan))$/;
/** A date, a date and a time (`T`, `t` or a space between them), or a time; an offset or `Z` after a date-time. */
const DATE_TIME = /^(?:\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)/;

/** Bound: nesting of arrays and inline tables. */
const MAX_DEPTH = 100;

class Refused extends Error {
  constructor(readonly at: number, message: string) { super(message); }
}

/** The first place TOML refuses `text` (its line and column, 1-based, and why), or null when it reads as TOML. */
export function tomlError(text: string): TomlError | null {
  // A byte-order mark is no character of the file's first line.
  const src = text.replace(/^\uFEFF/, '');
  let i = 0;
  const fail = (at: number, message: string): never => { throw new Refused(at, message); };
  const eol = (c: string | undefined) => c === '\n' || c === '\r';
  const spaces = () => { while (src[i] === ' ' || src[i] === '\t') i++; };
  const comment = () => {
    if (src[i] !== '#') return;
    while (i < src.length && !eol(src[i])) i++;
  };
  const newline = () => { if (src[i] === '\r' && src[i + 1] === '\n') i += 2; else if (eol(src[i])) i++; };
  /** Spaces, comments and line breaks (inside an array, an inline table). */
  const blank = () => {
    for (;;) {
      spaces();
      comment();
      if (!eol(src[i])) return;
      newline();
    }
  };

  const basicString = (): void => {
    const start = i;
    const multi = src.startsWith('"""', i);
    i += multi ? 3 : 1;
    for (;;) {
      if (i >= src.length) fail(start, multi ? 'a multi-line string (""") is never closed' : 'a string is never closed (a " is missing before the end of the file)');
      const c = src[i]!;
      if (multi && src.startsWith('"""', i)) {
        // Up to two quotes may end the content just before the closing ones (`""""` is a quote and the end).
        i += 3;
        if (src[i] === '"') i++;
        if (src[i] === '"') i++;
        return;
      }
      if (!multi && c === '"') { i++; return; }
      if (!multi && eol(c)) fail(start, 'a string is not closed on its line (a " is missing)');
      if (c === '\\') {
        const e = src[i + 1];
        if (multi && (e === ' ' || e === '\t' || eol(e))) {
          // A line-ending backslash: the break and the spaces after it are trimmed.
          let j = i + 1;
          while (src[j] === ' ' || src[j] === '\t') j++;
          if (!eol(src[j])) fail(i, 'an invalid escape in a string (a \\ followed by spaces must end the line)');
          i = j;
          continue;
        }
        if (e !== undefined && ESCAPES.has(e)) { i += 2; continue; }
        const len = e === 'u' ? 4 : e === 'U' ? 8 : e === 'x' ? 2 : 0;
        if (len && HEX.test(src.slice(i + 2, i + 2 + len)) && src.slice(i + 2, i + 2 + len).length === len) { i += 2 + len; continue; }
        fail(i, `an invalid escape in a string: \\${e === undefined || eol(e) ? '' : e} (a backslash must be written \\\\)`);
      }
      i++;
    }
  };

  const literalString = (): void => {
    const start = i;
    const multi = src.startsWith("'''", i);
    i += multi ? 3 : 1;
    for (;;) {
      if (i >= src.length) fail(start, multi ? "a multi-line literal string (''') is never closed" : "a string is never closed (a ' is missing before the end of the file)");
      if (multi && src.startsWith("'''", i)) {
        i += 3;
        if (src[i] === "'") i++;
        if (src[i] === "'") i++;
        return;
      }
      if (!multi && src[i] === "'") { i++; return; }
      if (!multi && eol(src[i])) fail(start, "a string is not closed on its line (a ' is missing)");
      i++;
    }
  };

  /** A key: bare, quoted, or dotted parts of those. */
  const key = (what: string): void => {
    for (;;) {
      spaces();
      const c = src[i];
      if (c === '"') {
        if (src.startsWith('"""', i)) fail(i, 'a key cannot be a multi-line string');
        basicString();
      } else if (c === "'") {
        if (src.startsWith("'''", i)) fail(i, 'a key cannot be a multi-line string');
        literalString();
      } else if (c !== undefined && BARE_KEY.test(c)) {
        while (i < src.length && BARE_KEY.test(src[i]!)) i++;
      } else fail(i, c === undefined || eol(c) ? `${what} is missing` : `unexpected ${JSON.stringify(c)} where ${what} should be (a bare key holds only letters, digits, _ and -; quote any other)`);
      spaces();
      if (src[i] !== '.') return;
      i++;
    }
  };

  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail(i, 'arrays or inline tables nested too deeply');
    const c = src[i];
    if (c === '"') return basicString();
    if (c === "'") return literalString();
    // One never closed is reported where it opens.
    const open = i;
    if (c === '[') {
      i++;
      for (;;) {
        blank();
        if (src[i] === ']') { i++; return; }
        if (i >= src.length) fail(open, 'an array is never closed (a ] is missing)');
        value(depth + 1);
        blank();
        if (src[i] === ',') { i++; continue; }
        if (src[i] === ']') { i++; return; }
        fail(i >= src.length ? open : i, i >= src.length ? 'an array is never closed (a ] is missing)' : `expected , or ] after an array item, found ${JSON.stringify(src[i])}`);
      }
    }
    if (c === '{') {
      i++;
      blank();
      if (src[i] === '}') { i++; return; }
      for (;;) {
        if (i >= src.length) fail(open, 'an inline table is never closed (a } is missing)');
        key('a key');
        if (src[i] !== '=') fail(i, `expected = after a key in an inline table${src[i] === undefined || eol(src[i]) ? '' : `, found ${JSON.stringify(src[i])}`}`);
        i++;
        spaces();
        value(depth + 1);
        blank();
        if (src[i] === '}') { i++; return; }
        if (src[i] !== ',') fail(i >= src.length ? open : i, i >= src.length ? 'an inline table is never closed (a } is missing)' : `expected , or } after a value in an inline table, found ${JSON.stringify(src[i])}`);
        i++;
        blank();
        if (src[i] === '}') { i++; return; }
      }
    }
    // A date or time, else a word up to the next delimiter: a boolean, an integer or a float.
    const date = DATE_TIME.exec(src.slice(i, i + 40));
    if (date && /^\d{4}-|^\d{2}:/.test(date[0])) {
      // A date followed by a space and no time is the date alone (the space ends the value).
      i += date[0].trimEnd().length;
      return;
    }
    const start = i;
    while (i < src.length && !/[\s,\]}#]/.test(src[i]!)) i++;
    const word = src.slice(start, i);
    if (word === 'true' || word === 'false' || INTEGER.test(word) || FLOAT.test(word)) return;
    if (!word) fail(start, c === undefined || eol(c) ? 'a value is missing after =' : `unexpected ${JSON.stringify(c)} where a value should be`);
    fail(start, `${JSON.stringify(word.length > 40 ? `${word.slice(0, 40)}…` : word)} is not a TOML value (a string needs quotes; numbers, true, false, dates, arrays and inline tables do not)`);
  };

  try {
    while (i < src.length) {
      spaces();
      const c = src[i];
      if (c === '[') {
        const open = i;
        const array = src[i + 1] === '[';
        i += array ? 2 : 1;
        key('a table name');
        if (src[i] !== ']' || (array && src[i + 1] !== ']')) fail(eol(src[i]) || i >= src.length ? open : i, `a table header is not closed (${array ? ']]' : ']'} is missing)`);
        i += array ? 2 : 1;
      } else if (c !== undefined && c !== '#' && !eol(c)) {
        key('a key');
        if (src[i] !== '=') fail(i, `expected = after the key${src[i] === undefined || eol(src[i]) ? '' : `, found ${JSON.stringify(src[i])}`}`);
        i++;
        spaces();
        value(0);
      }
      spaces();
      comment();
      if (i < src.length && !eol(src[i])) fail(i, `unexpected ${JSON.stringify(src[i])} after the ${c === '[' ? 'table header' : 'value'} (one key = value or [table] per line)`);
      newline();
    }
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    const before = src.slice(0, Math.min(e.at, src.length));
    const line = before.split(/\r\n|\r|\n/).length;
    const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return { line, column, message: e.message };
  }
  return null;
}
