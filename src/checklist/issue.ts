import { didYouMean, suggestIds } from '../catalogue.js';

/** What a zod issue says, in the words of the checklist rather than zod's (`expected record, received array`). */
export interface Issue { code: string; message: string; expected?: unknown; values?: unknown[]; minimum?: unknown; maximum?: unknown; inclusive?: unknown; origin?: unknown; format?: unknown; divisor?: unknown; pattern?: unknown; path?: readonly PropertyKey[]; issues?: readonly Issue[]; errors?: readonly (readonly Issue[])[] }

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
/** The same in the words of a JSON file (a baseline): `{…}` is an object, `[…]` an array. */
const JSON_KIND: Readonly<Record<string, string>> = { ...KIND, array: 'an array ([…])', object: 'an object ({…})', record: 'an object ({…})' };

/** Whether zod wrote `message` itself (`Too small: expected number to be >=1`), rather than the schema (`expected a glob…`). */
const zodWording = (message: string) => /^(?:Too (?:small|big)|Invalid (?:input|key|element|string|number|option|value|type)|Unrecognized key)/.test(message);

/** What a value is; a string is quoted, except under `headers` (probe headers carry credentials: `Authorization: Bearer …`). */
/**
 * A string value as an error message quotes it: at most 40 characters, and never what may be a secret — content that is
 * no YAML (an env file named as the checklist: `AWS_SECRET_ACCESS_KEY=…`) is quoted up to its first `=` only, and a
 * long run of token characters (a key, a token) only by its first 4.
 */
function excerpt(v: string): string {
  const assignment = /^[^\s=]{1,60}[ \t]*=(?=[ \t]*\S)/.exec(v);
  const masked = assignment ? `${assignment[0]}…` : v
    // A URL's password (`redis://:pw@cache`), an assignment anywhere on the line (`export PGPASSWORD=…`), a long token.
    .replace(/(:\/\/[^\s:/@]*:)[^\s/@]+@/g, '$1…@')
    .replace(/([A-Za-z_][\w.-]{0,60}[ \t]*=[ \t]*)\S+/g, '$1…')
    .replace(/[A-Za-z0-9+/_-]{20,}/g, (m) => `${m.slice(0, 4)}…`);
  return masked.length > 40 ? `${masked.slice(0, 37)}…` : masked;
}

function kindOf(v: unknown, path: readonly PropertyKey[] = [], json = false): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return json ? 'an array' : 'a list';
  if (typeof v === 'object') return json ? 'an object' : 'a mapping';
  // The whole document a string (an env file, a `.pgpass` named as the checklist: not YAML): not quoted, as it may be all secret.
  if (typeof v === 'string') return path.includes('headers') ? 'a string' : path.length === 0 && !json ? `a string of ${[...v].length} characters (not YAML: is this the right file?)` : `the string ${JSON.stringify(excerpt(v))}`;
  return `${typeof v} ${String(v)}`;
}

/**
 * The end of a message for `issue` about `value` (the value the checklist gave): a missing key is named as missing, a
 * wrong type says what was expected and what was given, a value outside a list of words gets the nearest word
 * (`fail-on: hihg` → did you mean 'high'?).
 */
export function issueWording(issue: Issue, value: unknown, json = false): string {
  const key = issue.path?.at(-1);
  const kinds = json ? JSON_KIND : KIND;
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
    const want = kinds[issue.expected];
    // A number that is not whole where a whole one is wanted (`min-days: 12.5`).
    if (want && issue.expected === 'int' && typeof value === 'number') return `expected a whole number, got ${value}`;
    if (want) return `expected ${want}, got ${kindOf(value, issue.path, json)}`;
  }
  // What the schema itself says (`expected an image-name glob…, not an empty string`), when it says something.
  if (!zodWording(issue.message) && issue.code !== 'invalid_key' && issue.code !== 'invalid_union') return issue.message;
  if (issue.code === 'too_small' && issue.origin === 'array') return `expected at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `expected at most ${String(issue.maximum)} entr${issue.maximum === 1 ? 'y' : 'ies'}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return issue.minimum === 1 ? 'expected a non-empty string' : `expected at least ${String(issue.minimum)} characters`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `expected at most ${String(issue.maximum)} characters`;
  // A number out of range (`samples: 0`, `min-max-age: 1e30`): the bound in words, and the value given.
  if ((issue.code === 'too_small' || issue.code === 'too_big') && (issue.origin === 'number' || issue.origin === 'int') && typeof value === 'number') {
    const what = issue.origin === 'int' ? 'a whole number' : 'a number';
    const inclusive = issue.inclusive !== false;
    const bound = issue.code === 'too_small'
      ? (inclusive ? `of at least ${String(issue.minimum)}` : issue.minimum === 0 ? 'greater than 0' : `greater than ${String(issue.minimum)}`)
      // The largest whole number a YAML or JSON reader keeps exact (zod's bound for every whole number).
      : issue.maximum === Number.MAX_SAFE_INTEGER ? `of at most ${String(issue.maximum)} (2^53 - 1, the largest kept exact)` : inclusive ? `of at most ${String(issue.maximum)}` : `less than ${String(issue.maximum)}`;
    return `expected ${what} ${bound}, got ${value}`;
  }
  if (issue.code === 'not_multiple_of' && typeof value === 'number') return `expected a multiple of ${String(issue.divisor)}, got ${value}`;
  // A key of a mapping the schema refuses (`headers: { "Bad Name": v }`): what its own rule says keys must be.
  if (issue.code === 'invalid_key') {
    const inner = issue.issues?.find((i) => !zodWording(i.message))?.message;
    return inner ? `expected the key to be ${inner.replace(/^expected /, '')}` : 'expected another key (this one is not valid here)';
  }
  // A value that fits none of a union's types (`group: 5`, `version: "2"`): each type the union takes.
  if (issue.code === 'invalid_union' && issue.errors?.length) {
    const wants = issue.errors.map((branch) => {
      const top = branch.find((i) => !i.path?.length);
      if (top?.code === 'invalid_type' && typeof top.expected === 'string') return kinds[top.expected];
      if (top?.code === 'invalid_value' && top.values?.length === 1) return JSON.stringify(top.values[0]);
      return undefined;
    });
    if (wants.every((w) => w !== undefined)) return `expected ${[...new Set(wants)].join(' or ')}, got ${kindOf(value, issue.path, json)}`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex' && typeof issue.pattern === 'string') return `expected text matching ${issue.pattern}, got ${kindOf(value, issue.path, json)}`;
  return issue.message.replace(/^Invalid input: /, '').replace(/^Too (small|big): /, '');
}
