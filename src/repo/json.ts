/**
 * Where strict JSON text breaks, for a parse problem's location: V8's `JSON.parse` names the line and column of most errors
 * (`… in JSON at position 62 (line 5 column 3)`) but not of an unexpected token (`Unexpected token 's', "…" is not valid JSON`,
 * whose quoted excerpt of the text is no place for a value to be shown). Iterative (no recursion on deep nesting); bounded by the text.
 */
export function jsonErrorOffset(s: string): number {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const ws = () => { while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++; };
  /** Reads a string at `i` (at its quote); false when it is not one. */
  const str = (): boolean => {
    if (s[i] !== '"') return false;
    i++;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x22) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) { i++; return false; } i += 6; continue; }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) { i++; return false; }
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  /** Whether the last value read opened a container (its first member, or its close, comes next). */
  let opened = false;
  /** Reads a scalar value or opens a container at `i`; false when nothing valid starts there. */
  const value = (): boolean => {
    ws();
    const c = s[i];
    opened = c === '{' || c === '[';
    if (opened) { stack.push(c as '{' | '['); i++; return true; }
    if (c === '"') return str();
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
    if (num) { i += num[0].length; return true; }
    for (const lit of ['true', 'false', 'null']) if (s.startsWith(lit, i)) { i += lit.length; return true; }
    return false;
  };
  if (!value()) return i;
  for (let guard = 0; guard <= s.length; guard++) {
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < s.length ? i : -1;
    const close = top === '{' ? '}' : ']';
    if (s[i] === close) { stack.pop(); i++; opened = false; continue; }
    if (!opened) {
      // After a member: `,` before the next (a trailing comma is an error at the close).
      if (s[i] !== ',') return i;
      i++;
      ws();
    }
    if (top === '{') {
      if (!str()) return i;
      ws();
      if (s[i] !== ':') return i;
      i++;
    }
    if (!value()) return i;
  }
  return i;
}

/**
 * Where a JSON text first nests deeper than `max` levels of `[`/`{` (brackets inside strings aside), or null: a manifest
 * that deep is refused as the YAML reader refuses one (JSON.parse reads it, but no configuration nests so).
 */
export function jsonTooDeep(s: string, max: number): { line: number; column: number } | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) { line++; lineStart = i + 1; continue; }
    if (c === 0x22) {
      // A string, to its closing quote (escapes skipped).
      for (i++; i < s.length; i++) {
        const d = s.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
        else if (d === 10) { line++; lineStart = i + 1; }
      }
      continue;
    }
    if (c === 0x5b || c === 0x7b) { if (++depth > max) return { line, column: i - lineStart + 1 }; continue; }
    if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

/**
 * The 1-based line and column of an offset into a text (the one reckoning of the project: checks use it too): lines end
 * at `\n`. The first call on a text counts its way there; a second call on the same text indexes the line starts once,
 * so many findings in one file (a minified one-line bundle, thousands of lines) are located in O(log n) each, not by
 * counting from the start every time.
 */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  if (text !== indexed.text) { indexed.text = text; indexed.starts = null; indexed.calls = 0; }
  if (indexed.starts === null && indexed.calls++ === 0) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    return { line, column: offset - (offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1) };
  }
  if (indexed.starts === null) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    indexed.starts = starts;
  }
  const starts = indexed.starts;
  // The last line start at or before the offset (a line starts after its `\n`, so a `\n` at the offset is still this line's).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
/** The text lineColumnAt was last asked about, and its line starts once asked twice. */
const indexed: { text: string | null; starts: number[] | null; calls: number } = { text: null, starts: null, calls: 0 };

/**
 * Where and why `JSON.parse(body)` failed, from its error: V8 says where (`… in JSON at position 62 (line 5 column 3)`),
 * except for an unexpected token, whose message quotes the text around it instead (no place for a value): that excerpt
 * is dropped and the place found by reading the text.
 */
export function jsonParseProblem(body: string, e: unknown): { line: number; column: number; message: string } {
  const msg = ((e as Error)?.message ?? String(e)).replace(/^(Unexpected token .{1,4}?),\s.*$/s, '$1').replace(/ (?:in|after) JSON at position \d+/, '');
  const at = /\s*\(line (\d+) column (\d+)\)/.exec(msg);
  const pos = at ? { line: Number(at[1]), column: Number(at[2]) } : lineColumnAt(body, Math.max(0, jsonErrorOffset(body)));
  return { ...pos, message: msg.replace(/\s*\(line \d+ column \d+\)/, '') };
}

/**
 * Why a JSONC text (ASP.NET Core's appsettings, read as .NET's JSON configuration reads it: comments and trailing commas allowed)
 * is not JSON, with the JSON parser's message and place (jsonParseProblem; lines and columns the file's), or null when it is. The
 * one reading of such files: the snapshot's parse problem and the checks that read them without the snapshot agree.
 */
export function jsoncProblem(text: string): { line: number; column: number; message: string } | null {
  const body = blankJsonc(text.replace(/^\uFEFF/, ''));
  try { JSON.parse(body); return null; } catch (e) { return jsonParseProblem(body, e); }
}

/**
 * JSONC (deno.json/deno.jsonc, tsconfig-style, ASP.NET Core's appsettings): JSON with `//` and block comments and trailing
 * commas. Comments and the trailing commas before a `}` or `]` are dropped outside strings, then the text is parsed strictly;
 * undefined when it is still not JSON.
 */
export function parseJsonc(text: string): unknown {
  try { return JSON.parse(blankJsonc(text.replace(/^\uFEFF/, ''))); } catch { return undefined; }
}

/**
 * A JSONC text with its comments and trailing commas (outside strings) turned into spaces, line breaks kept: plain JSON
 * whose lines and columns are the file's (for a reader that gives positions, such as the YAML one).
 */
export function blankJsonc(s: string): string {
  let out = '';
  const blank = (from: number, to: number) => s.slice(from, to).replace(/[^\r\n]/g, ' ');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"' && s[j] !== '\n') j += s[j] === '\\' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '/' && s[i + 1] === '/') { const nl = s.indexOf('\n', i); const stop = nl < 0 ? s.length : nl; out += blank(i, stop); i = stop - 1; continue; }
    if (c === '/' && s[i + 1] === '*') { const end = s.indexOf('*/', i + 2); const stop = end < 0 ? s.length : end + 2; out += blank(i, stop); i = stop - 1; continue; }
    if (c === ',') {
      // A trailing comma: only whitespace and comments before the closing bracket.
      let j = i + 1;
      for (;;) {
        while (j < s.length && /\s/.test(s[j]!)) j++;
        if (s.startsWith('//', j)) { const nl = s.indexOf('\n', j); j = nl < 0 ? s.length : nl; continue; }
        if (s.startsWith('/*', j)) { const end = s.indexOf('*/', j + 2); j = end < 0 ? s.length : end + 2; continue; }
        break;
      }
      if (s[j] === '}' || s[j] === ']') { out += ' '; continue; }
    }
    out += c;
  }
  return out;
}

/**
 * A value of a JSON text with where it is (offsets into the text read): an object (its members by key; a key given twice,
 * its last value), an array, a string (`raw`: its text as written between the quotes, escapes and all, starting at offset
 * `at`), or another literal (`x`: a number, `true`, `false`, `null`); `start`/`end` its span, quotes and brackets included.
 */
export type JsonNode = { start: number; end: number } & ({ t: 'o'; keys: Map<string, JsonNode> } | { t: 'a'; items: JsonNode[] } | { t: 's'; raw: string; at: number } | { t: 'x' });
/** A JSON literal other than a string: a number, `true`, `false`, `null` (and Python's `NaN`, `Infinity`, which `json.dump` writes). */
const JSON_LITERAL = /-?[0-9a-zA-Z.+-]+/y;
/** The deepest nesting parseJsonNodes reads. */
const JSON_NODES_MAX_DEPTH = 100;

/**
 * A JSON text read with the place of each value, whatever its layout (pretty-printed, or compact on one line): for readers
 * that report at a value (a notebook's cells, a Terraform state's outputs and attributes). Pass the text without its
 * byte-order mark; offsets are into the text given. Lenient where writers are (a literal is any run of word characters:
 * Python's `NaN`), strict where positions depend on it (a string holds no raw line break). Null when it is no JSON, or
 * nests deeper than 100 levels. Iterative over members, recursive over nesting (bounded by that depth).
 */
export function parseJsonNodes(body: string): JsonNode | null {
  let i = 0;
  const ws = () => { while (i < body.length && (body[i] === ' ' || body[i] === '\n' || body[i] === '\r' || body[i] === '\t')) i++; };
  const str = (): (JsonNode & { t: 's' }) | null => {
    const start = i++;
    while (i < body.length && body[i] !== '"') {
      if (body[i] === '\n') return null;
      i += body[i] === '\\' ? 2 : 1;
    }
    if (i >= body.length) return null;
    i++;
    return { t: 's', raw: body.slice(start + 1, i - 1), at: start + 1, start, end: i };
  };
  const value = (depth: number): JsonNode | null => {
    if (depth > JSON_NODES_MAX_DEPTH) return null;
    ws();
    const start = i;
    const c = body[i];
    if (c === '"') return str();
    if (c === '{' || c === '[') {
      i++;
      const keys = new Map<string, JsonNode>();
      const items: JsonNode[] = [];
      ws();
      const close = c === '{' ? '}' : ']';
      if (body[i] !== close) {
        for (;;) {
          ws();
          let key = '';
          if (c === '{') {
            if (body[i] !== '"') return null;
            const k = str();
            if (!k) return null;
            try { key = JSON.parse(`"${k.raw}"`) as string; } catch { return null; }
            ws();
            if (body[i++] !== ':') return null;
          }
          const v = value(depth + 1);
          if (!v) return null;
          if (c === '{') keys.set(key, v); else items.push(v);
          ws();
          if (body[i] === ',') { i++; continue; }
          break;
        }
      }
      if (body[i++] !== close) return null;
      return c === '{' ? { t: 'o', keys, start, end: i } : { t: 'a', items, start, end: i };
    }
    JSON_LITERAL.lastIndex = i;
    if (!JSON_LITERAL.test(body)) return null;
    i = JSON_LITERAL.lastIndex;
    return { t: 'x', start, end: i };
  };
  const root = value(0);
  ws();
  return root && i === body.length ? root : null;
}

/** A string node's text, its escapes decoded (`"code"`), or undefined (no string, or an escape that is no JSON). */
export function jsonStringValue(n: JsonNode | undefined): string | undefined {
  if (n?.t !== 's') return undefined;
  try { return JSON.parse(`"${n.raw}"`) as string; } catch { return undefined; }
}

/**
 * The offset in a JSON string's raw text (`a\tb\u00e9`) of offset `index` of its decoded text; counted from raw offset `from`
 * (where a decoded character starts) when given: `index` characters further on.
 */
export function jsonRawOffset(raw: string, index: number, from = 0): number {
  let i = from;
  for (let n = 0; n < index && i < raw.length; n++) i += raw[i] !== '\\' ? 1 : raw[i + 1] === 'u' ? 6 : 2;
  return i;
}
