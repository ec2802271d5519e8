/** HOCON configuration files (Play's `conf/*.conf`, Ktor's `application.conf`), read line by line: enough for the settings the checks judge. */

/** A HOCON line: a (dotted, possibly quoted) key, then `{` opening an object, or `=`/`:`/`+=` and a value. */
const HOCON_LINE = /^[ \t]*((?:"[^"\n]*"|[\w-]+)(?:\.(?:"[^"\n]*"|[\w-]+))*)[ \t]*(\+=|=|:|(?=\{))[ \t]*(.*)$/;
/** How deep one-line objects (`ktor { deployment { port = 8080 } }`) are read. */
const MAX_INLINE_DEPTH = 8;

export interface HoconEntry { path: string; op: string; value: string; line: number; column: number }

/** `text` split at its top-level commas (outside quotes, brackets and braces), with each part's offset. */
function topLevelParts(text: string): { part: string; at: number }[] {
  const out: { part: string; at: number }[] = [];
  let depth = 0;
  let quote = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' && text[i - 1] !== '\\') quote = !quote;
    else if (quote) continue;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) { out.push({ part: text.slice(from, i), at: from }); from = i + 1; }
  }
  out.push({ part: text.slice(from), at: from });
  return out;
}

/**
 * The settings of a HOCON file: each key's full path (enclosing objects joined), operator, value (a multi-line array read to its
 * `]`) and line. An object opened and closed on one line (`ktor { development = true }`) is read too.
 */
export function hoconEntries(text: string): HoconEntry[] {
  const out: HoconEntry[] = [];
  const stack: string[][] = [];
  const lines = text.split('\n').map((l) => l.replace(/\r$/, '').replace(/(^|[ \t,\[{])(?:#|\/\/).*$/, '$1'));
  /** The settings of a one-line object's body (`development = true, deployment { port = 8080 }`) under `prefix`. */
  const inline = (body: string, prefix: string[], line: number, offset: number, depth: number) => {
    for (const { part, at } of topLevelParts(body)) {
      const m = HOCON_LINE.exec(part);
      if (!m) continue;
      const key = [...m[1]!.matchAll(/"([^"]*)"|([\w-]+)/g)].map((k) => k[1] ?? k[2]!);
      const value = m[3]!.trim();
      const valueAt = offset + at + part.length - m[3]!.length + (m[3]!.length - m[3]!.trimStart().length);
      if (value.startsWith('{')) {
        const close = value.lastIndexOf('}');
        if (close > 0 && depth < MAX_INLINE_DEPTH) inline(value.slice(1, close), [...prefix, ...key], line, valueAt + 1, depth + 1);
        continue;
      }
      out.push({ path: [...prefix, ...key].join('.'), op: m[2]!, value: value.replace(/,$/, '').trim(), line, column: offset + at + part.indexOf(m[1]!) + 1 });
    }
  };
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let cut = 0;
    for (;;) {
      const close = /^[ \t]*\}/.exec(line);
      if (!close) break;
      stack.pop();
      line = line.slice(close[0].length);
      cut += close[0].length;
    }
    const m = HOCON_LINE.exec(line);
    if (!m) continue;
    const key = [...m[1]!.matchAll(/"([^"]*)"|([\w-]+)/g)].map((k) => k[1] ?? k[2]!);
    let value = m[3]!.trim();
    if (value.startsWith('{')) {
      // An object: its keys nest under this one (a one-line `{ … }` is read here).
      const oneLine = /\}[ \t]*,?$/.test(value);
      if (!oneLine) stack.push(key);
      else inline(value.slice(1, value.lastIndexOf('}')), [...stack.flat(), ...key], i + 1, cut + line.length - m[3]!.length + (m[3]!.length - m[3]!.trimStart().length) + 1, 1);
      continue;
    }
    if (value.startsWith('[') && !value.includes(']')) {
      for (let j = i + 1; j < lines.length && j < i + 200; j++) { value += ` ${lines[j]!.trim()}`; if (lines[j]!.includes(']')) break; }
    }
    out.push({ path: [...stack.flat(), ...key].join('.'), op: m[2]!, value, line: i + 1, column: cut + line.indexOf(m[1]!) + 1 });
  }
  return out;
}
