/**
 * A parsed dotenv file: `KEY=value` lines with positions. As python-dotenv, dotenv and Compose's
 * `env_file` read it: a `#` after whitespace ends an unquoted value (`DEBUG=1 # for now` is `1`),
 * a `#` that follows no whitespace does not (`KEY=ab#c`, `KEY=#x`; `KEY= # note` is empty), and a quoted value ends at its closing quote.
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

export function parseEnv(path: string, text: string): EnvFile {
  const entries: EnvEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const m = /^(\s*)(export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=([ \t]*)(.*)$/.exec(raw);
    if (!m) return;
    let value = m[5]!;
    const valueColumn = raw.length - value.length + 1;
    const q = value[0];
    if ((q === '"' || q === "'") && value.lastIndexOf(q) > 0) value = value.slice(1, value.lastIndexOf(q));
    else value = unquotedEnvValue(value, m[4] !== '');
    entries.push({ key: m[3]!, value, line: i + 1, column: m[1]!.length + (m[2]?.length ?? 0) + 1, valueColumn });
  });
  return { path, entries };
}
