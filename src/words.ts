/** Names as a sentence lists them: "a", "a and b", "a, b and c" ('' for none). */
export function andList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0] ?? '';
}

/** A character's code point as Unicode writes it (`U+2019`, `U+000D`): how a message names a character it should not show. */
export function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
