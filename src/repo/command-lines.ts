/**
 * The command lines of a script, Makefile or CI file as a reader of its commands sees them, for the readers that look for
 * one tool's invocations in them (helm installs, docker compose file lists).
 */

/** A command line (continued lines joined) longer than this is no command anyone wrote: not read. */
export const MAX_COMMAND = 8192;

/**
 * Each command line of `text` with its first line (1-based): a line continued with `\` is joined with the lines after it
 * (each trimmed, the `\` made a blank), once. A command continued past MAX_COMMAND characters is skipped whole, its
 * continued lines too, not read as commands of their own. Comment lines are given like any other.
 */
export function* commandLines(text: string): Generator<{ line: number; text: string }> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    const parts = [lines[i]!.replace(/\r$/, '')];
    let length = parts[0]!.length;
    while (/\\\s*$/.test(parts.at(-1)!) && i + 1 < lines.length && length <= MAX_COMMAND) {
      parts[parts.length - 1] = parts.at(-1)!.replace(/\\\s*$/, ' ');
      parts.push(lines[++i]!.replace(/\r$/, '').trim());
      length += parts.at(-1)!.length;
    }
    while (/\\\s*$/.test(lines[i]!) && i + 1 < lines.length) i++;
    if (length > MAX_COMMAND) continue;
    yield { line: start + 1, text: parts.join('') };
  }
}

/** A command line's words: quotes removed, a GitHub Actions expression `${{ … }}` kept whole. */
export function commandWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/(?:\$\{\{[^}\n]{0,200}\}\}|"[^"]*"|'[^']*'|[^\s"'])+/g)) out.push(m[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2'));
  return out;
}
