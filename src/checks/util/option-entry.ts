import picomatch from 'picomatch';
import { z } from 'zod';
import { isRegExp } from './text.js';

/**
 * A string a check's option holds (an entry of a glob or name list, a pattern): never empty or only spaces. An empty
 * entry (`allow: [""]`, a template value that rendered to nothing) is no glob, name or pattern: refused with the
 * checklist's other mistakes (exit 2, at the entry), never found when the check runs (a glob library's error would
 * make the item `error`, and the check not run) nor read as a pattern that matches every name. The published checklist
 * schema says the same (`minLength`, `pattern`). `what`: the value expected, with an example (`an image-name glob
 * (\`ghcr.io/acme/*\`)`); `fix`: what to do instead (an entry of a list: write one, or remove it).
 */
export function optionEntry(what: string, fix = 'write one, or remove the entry'): z.ZodString {
  const message = `expected ${what}, not an empty string: ${fix}`;
  return z.string().min(1, message).regex(/\S/, message);
}

/**
 * Why `glob` is no valid glob, or undefined: an unbalanced bracket, brace or parenthesis (`**\/*.{yml`, `[abc`), which
 * picomatch would take literally, so the glob would silently match nothing. The one rule for every glob a checklist
 * holds: `paths`/`ignore` and the glob options of checks (`allow`, `non-root-images`), each refused where it is written.
 */
export function globProblem(glob: string): string | undefined {
  if (!glob) return undefined; // said once, by min(1)
  try { picomatch.makeRe(glob, { dot: true, strictBrackets: true }); } catch (e) {
    // picomatch: `Missing closing: "}" - use "\\}" to match literal characters` (escaped for a JS string, not for YAML).
    const m = /^Missing (?:closing|opening): "."/.exec((e as Error).message);
    return `expected a valid glob: ${m ? `${m[0]} (to match a bracket, brace or parenthesis literally, escape it with \\)` : (e as Error).message}`;
  }
  return undefined;
}

/** The zod refinement that refuses an invalid glob ({@link globProblem}) at the value: `paths`/`ignore` and globEntry share it. */
export function refineGlob(g: string, ctx: z.RefinementCtx): void {
  const problem = globProblem(g);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}

/** An option entry that is a glob ({@link optionEntry}): an invalid one ({@link globProblem}) is refused at the entry. */
export function globEntry(what: string, fix?: string): z.ZodString {
  return optionEntry(what, fix).superRefine(refineGlob);
}

/** The entries made by fileGlobEntry. */
const FILE_GLOB_ENTRIES = new WeakSet<z.ZodType>();

/**
 * An option entry that names repository files ({@link globEntry}; read by fileAllowMatcher, as a check's `allow`): the
 * checklist warns about one that matches no tracked file (see fileGlobOptions).
 */
export function fileGlobEntry(what: string, fix?: string): z.ZodString {
  const entry = globEntry(what, fix);
  FILE_GLOB_ENTRIES.add(entry);
  return entry;
}

/** The schema under defaults, optionals and the like (`def.innerType`, `unwrap()`) until `is` holds, or null. */
function under<T>(schema: unknown, is: (s: unknown) => s is T): T | null {
  let at = schema;
  for (let guard = 0; guard < 8 && at && !is(at); guard++) {
    const wrapper = at as { unwrap?: () => unknown; def?: { innerType?: unknown } };
    at = wrapper.def?.innerType ?? (typeof wrapper.unwrap === 'function' ? wrapper.unwrap() : undefined);
  }
  return at && is(at) ? at : null;
}

/** A check's options object schema under defaults, optionals and the like, or null. */
export const optionsObject = (schema: unknown): z.ZodObject | null => under(schema, (s): s is z.ZodObject => s instanceof z.ZodObject);

/** The option keys of a check's options schema whose value is a list of {@link fileGlobEntry} entries (`allow`). */
export function fileGlobOptions(schema: unknown): string[] {
  const shape = (optionsObject(schema)?.shape ?? {}) as Record<string, unknown>;
  return Object.keys(shape).filter((key) => {
    const list = under(shape[key], (s): s is z.ZodArray => s instanceof z.ZodArray);
    return list !== null && FILE_GLOB_ENTRIES.has(list.element as z.ZodType);
  });
}

/**
 * An option entry that is a regular expression ({@link optionEntry}): one that does not compile is refused at the entry,
 * and the published schema marks it `format: "regex"`, so an editor validating with formats refuses it too.
 */
export function regexEntry(what: string, fix?: string): z.ZodString {
  return optionEntry(what, fix).refine(isRegExp, 'expected a valid regular expression').meta({ format: 'regex' });
}
