import { didYouMean, suggestIds } from '../catalogue.js';

/** What a zod issue says, in the words of the checklist rather than zod's (`expected record, received array`). */
export interface Issue { code: string; message: string; expected?: unknown; values?: unknown[]; minimum?: unknown; maximum?: unknown; origin?: unknown; format?: unknown; path?: readonly PropertyKey[] }

/** The value at `path` in `root` (the parsed checklist, an item's options), or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const KIND: Readonly<Record<string, string>> = {
  string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list',
  object: 'a mapping (`key: value`)', record: 'a mapping (`key: value`)',
};

/** What a value is; a string is quoted, except under `headers` (probe headers carry credentials: `Authorization: Bearer …`). */
function kindOf(v: unknown, path: readonly PropertyKey[] = []): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return path.includes('headers') ? 'a string' : `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

/**
 * The end of a message for `issue` about `value` (the value the checklist gave): a missing key is named as missing, a
 * wrong type says what was expected and what was given, a value outside a list of words gets the nearest word
 * (`fail-on: hihg` → did you mean 'high'?).
 */
export function issueWording(issue: Issue, value: unknown): string {
  const key = issue.path?.at(-1);
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) {
    const words = issue.values.map(String);
    // The word itself in another type (`version: "1"` for 1) is said as that, not "did you mean '1'".
    const sameWord = typeof value === 'string' && words.includes(value);
    const near = typeof value === 'string' && !sameWord ? didYouMean(suggestIds(value.toLowerCase(), words)) : '';
    const got = sameWord ? `, got ${kindOf(value, issue.path)} (write it without quotes)` : '';
    // A required key left out (`version:`), worded as every missing key is.
    if (value === undefined && typeof key === 'string') return `missing required key '${key}' (${issue.values.length === 1 ? `expected ${JSON.stringify(issue.values[0])}` : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`})`;
    return `${issue.values.length === 1 ? `expected ${JSON.stringify(issue.values[0])}` : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}${got}${near}`;
  }
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    if (value === undefined && typeof key === 'string') return `missing required key '${key}'`;
    const want = KIND[issue.expected];
    // A number that is not whole where a whole one is wanted (`min-days: 12.5`).
    if (want && issue.expected === 'int' && typeof value === 'number') return `expected a whole number, got ${value}`;
    if (want) return `expected ${want}, got ${kindOf(value, issue.path)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return `expected at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return issue.minimum === 1 ? 'expected a non-empty string' : `expected at least ${String(issue.minimum)} characters`;
  return issue.message.replace(/^Invalid input: /, '').replace(/^Too (small|big): /, '');
}
