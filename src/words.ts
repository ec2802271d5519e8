/** Names as a sentence lists them: "a", "a and b", "a, b and c" ('' for none). */
export function andList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0] ?? '';
}
