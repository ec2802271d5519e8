/**
 * A parsed dotenv file: `KEY=value` lines with positions. As python-dotenv, dotenv and Compose's
 * `env_file` read it: a `#` after whitespace ends an unquoted value (`DEBUG=1 # for now` is `1`),
 * a `#` that follows no whitespace does not (`KEY=ab#c`, `KEY=#x`; `KEY= # note` is empty), and a quoted value ends at its
 * first closing quote not escaped by a backslash (`KEY='x' # don't` is `x`), on a later line for a multi-line value
 * (a PEM key in double quotes; the lines inside are not entries); double-quoted `\n`, `\t`, `\"`, `\\` are unescaped.
 * A key set twice keeps its last value only (every loader lets the last line win). `KEY: value` is read as `KEY=value`.
 */
export interface EnvEntry { key: string; value: string; line: number; column: number; valueColumn: number }
export interface EnvFile { path: string; entries: EnvEntry[] }

/**
 * An unquoted dotenv value as dotenv and Compose read it: to the end of the line, a `#` after white
 * space starting a comment — also right after `=` (`KEY=   # set in vault` is empty; `afterBlank`:
 * white space stood between `=` and `rest`) — trailing blanks trimmed.
 */
export function unquotedEnvValue(rest: string, afterBlank: boolean): string {
  if (afterBlank && rest.startsWith('#')) return '';
  return rest.replace(/[ \t]#.*$/, '').trim();
}

/** The index in `s` of the first `q` not escaped by a backslash, from `from`; -1 when none. */
function closingQuote(s: string, q: string, from: number): number {
  for (let i = s.indexOf(q, from); i >= 0; i = s.indexOf(q, i + 1)) if (s[i - 1] !== '\\') return i;
  return -1;
}

const DOUBLE_QUOTED_ESCAPE = /\\([nrt"\\])/g;
const ESCAPED: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

export function parseEnv(path: string, text: string, keepAll = false): EnvFile {
  const entries: EnvEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  /** Quote characters no later line closes (each unterminated quote then costs one scan, not one per line). */
  const unclosed = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    // `KEY=value`, or YAML-style `KEY: value` (dotenv, Compose and the Ruby and Go loaders read it; a blank after `:`).
    const m = /^(\s*)(export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)(?:\s*=|:(?=[ \t]))([ \t]*)(.*)$/.exec(raw);
    if (!m) continue;
    const line = i + 1;
    let value = m[5]!;
    const valueColumn = raw.length - value.length + 1;
    const q = value[0];
    let close = q === '"' || q === "'" ? closingQuote(value, q, 1) : -1;
    if (close > 0) value = value.slice(1, close);
    else if (q === '"' || q === "'") {
      // A quoted value that goes on over the next lines, up to its closing quote; with none, the line is read unquoted.
      let j = unclosed.has(q) ? lines.length : i + 1;
      for (; j < lines.length && (close = closingQuote(lines[j]!, q, 0)) < 0; j++);
      if (j === lines.length) unclosed.add(q);
      // Only a closing quote that ends its line (a comment aside) closes a multi-line value, as dotenv requires
      // (python-dotenv drops such a binding, Compose rejects the file): `NAME='My App` then `OTHER='x'` is no value.
      else if (!/^\s*(?:#.*)?$/.test(lines[j]!.slice(close + 1))) close = -1;
      else {
        value = [value.slice(1), ...lines.slice(i + 1, j), lines[j]!.slice(0, close)].join('\n');
        i = j;
      }
    }
    if (close < 0) value = unquotedEnvValue(value, m[4] !== '');
    else if (q === '"') value = value.replace(DOUBLE_QUOTED_ESCAPE, (_, c: string) => ESCAPED[c]!);
    entries.push({ key: m[3]!, value, line, column: m[1]!.length + (m[2]?.length ?? 0) + 1, valueColumn });
  }
  // The last line setting a key is the value the application gets (`keepAll`: every line, for commented-out alternatives).
  if (keepAll) return { path, entries };
  const last = new Map(entries.map((e, i) => [e.key, i]));
  return { path, entries: entries.filter((e, i) => last.get(e.key) === i) };
}

/** A commented-out assignment (`#MYSQL_PASSWORD=superset`, `# export KEY=value`): its comment marks and the blanks after them. */
const COMMENTED_ASSIGNMENT = /^([ \t]*#+[ \t]*)(?=(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_.-]*[ \t]*=)/;

/**
 * The commented-out assignments of a dotenv file, read as they would be uncommented (`#MYSQL_USER=superset`,
 * `# MYSQL_PASSWORD=superset`), at their own lines and columns; every one, even a key commented out twice
 * (alternatives). Only `KEY=value` lines: a `# Note: …` comment is prose, not a `KEY: value` entry.
 */
export function parseCommentedEnv(path: string, text: string): EnvFile {
  if (!text.includes('#')) return { path, entries: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => {
    const m = COMMENTED_ASSIGNMENT.exec(l);
    return m ? ' '.repeat(m[1]!.length) + l.slice(m[1]!.length) : '';
  });
  return parseEnv(path, lines.join('\n'), true);
}
