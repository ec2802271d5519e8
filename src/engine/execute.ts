import { z } from 'zod';
import type { CheckDef, RawFinding, Scanned } from '../checks/define.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { oneLine, printable } from '../checks/util/text.js';
import { optionsObject } from '../checks/util/option-entry.js';
import { ConfigError, configErrors, inFileOrder } from '../types.js';
import { didYouMean, suggestIds } from '../catalogue.js';
import { scanChunks } from './scan.js';
import { issueWording, valueAt } from '../checklist/issue.js';

export interface Outcome {
  findings: RawFinding[];
  /** Nothing applied. */
  skipped?: string;
  /** The check could not run. */
  error?: string;
}

/**
 * Validates an item's options against a check's schema; unknown keys are errors. Every mistake is reported (one per
 * place, each unknown key at itself), in the order they are written when `locate` says where, else the schema's.
 * `where` names the checklist location for the message.
 */
export function parseOptions(def: { id: string; options: z.ZodType }, given: unknown, where?: ConfigError['where'], locate?: (path: (string | number)[], key: boolean) => ConfigError['where']): unknown {
  let schema = def.options;
  if (schema instanceof z.ZodObject) schema = schema.strict();
  const { raw, written } = kebabSpellings(def, given, where, locate);
  // A mistake in an option written kebab-case is located (and named) as written.
  if (written.size && locate) { const inner = locate; locate = (path, key) => inner(typeof path[0] === 'string' && written.has(path[0]) ? [written.get(path[0])!, ...path.slice(1)] : path, key); }
  const res = schema.safeParse(raw ?? {});
  if (res.success) return res.data;
  const errors: ConfigError[] = [];
  const said = new Set<string>();
  for (const issue of res.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      // Like unknown checklist keys: each one at itself, with the nearest known option and the ones there are.
      const known = optionKeys(def.options, path);
      for (const key of issue.keys) {
        const hint = known.length ? `${didYouMean(suggestIds(key, known))}; expected ${known.length === 1 ? `'${known[0]}'` : `one of: ${known.join(', ')}`}` : '';
        errors.push(new ConfigError(`unknown option '${key}' for check '${def.id}'${hint}`, locate?.([...path, key], true) ?? where));
      }
      continue;
    }
    // One mistake per place: a value failing several rules is said once, by the first.
    if (said.has(JSON.stringify(path))) continue;
    said.add(JSON.stringify(path));
    // An empty key (`imagePorts: { "": … }`) shown as written, not as a trailing dot.
    const shown = typeof path[0] === 'string' && written.has(path[0]) ? [written.get(path[0])!, ...path.slice(1)] : path;
    const at = shown.length ? `options.${shown.map((p) => (p === '' ? '""' : p)).join('.')}` : 'options';
    // The offending value, where the checklist says where.
    // A key the schema refuses (`imagePorts: { "": [5432] }`) is pointed at itself, not at its value.
    errors.push(new ConfigError(`${at} for check '${def.id}': ${issueWording(issue, valueAt(raw ?? {}, path))}`, locate?.(path, issue.code === 'invalid_key') ?? where));
  }
  throw configErrors(locate ? inFileOrder(errors) : errors)!;
}

/**
 * Options written kebab-case (`session-names`, `image-ports`), as every other checklist key and option is, for the two
 * options the schema spells camelCase (`sessionNames`, `imagePorts`, still accepted as written: checklists that use them
 * keep working). Returns the options with such keys renamed, and each renamed key's written form; both spellings of one
 * option is a configuration error.
 */
function kebabSpellings(def: { id: string; options: z.ZodType }, raw: unknown, where?: ConfigError['where'], locate?: (path: (string | number)[], key: boolean) => ConfigError['where']): { raw: unknown; written: Map<string, string> } {
  const written = new Map<string, string>();
  const known = optionsObject(def.options);
  if (!known || !raw || typeof raw !== 'object' || Array.isArray(raw)) return { raw, written };
  const shape = known.shape as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const camel = key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    if (camel === key || Object.hasOwn(shape, key) || !Object.hasOwn(shape, camel)) { out[key] = value; continue; }
    if (Object.hasOwn(raw, camel)) throw new ConfigError(`options '${key}' and '${camel}' for check '${def.id}' are one option written two ways: give it once, as '${key}'`, locate?.([key], true) ?? where);
    out[camel] = value;
    written.set(camel, key);
  }
  return { raw: out, written };
}

/** The keys of the options object at `path` of a check's options schema (empty when it is not an object). */
function optionKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let at = optionsObject(schema);
  for (const key of path) at = at && typeof key === 'string' ? optionsObject((at.shape as Record<string, unknown>)[key]) : null;
  return at ? Object.keys(at.shape).sort() : [];
}

/**
 * Runs one static check over a view of the snapshot. Exceptions become an `error` outcome.
 * `scanned` is what the check's file scanner produced in a file pass (src/engine/scan.ts) for
 * the files of the view; without it the scanner runs here, over the view.
 */
export async function executeCheck(def: CheckDef, view: SnapshotView, options: unknown, now: Date, scanned?: readonly Scanned<unknown>[]): Promise<Outcome> {
  const findings: RawFinding[] = [];
  let skipped: string | undefined;
  try {
    let rows: readonly Scanned<unknown>[] = scanned ?? [];
    if (def.scan && !scanned) {
      // The file pass the pipeline runs, on this thread, over this view: one chunk.
      let next = 0;
      const pass = scanChunks(view.files, Math.max(1, view.files.length), [{ check: def.id, options }], new Map([[def.id, def]]), (f) => view.text(f) ?? null, () => next++, (f) => view.chunks(f));
      if (pass.errors[0]) return { findings, error: pass.errors[0] };
      rows = pass.results[0]!.map(([i, data]) => ({ file: view.files[i]!, data }));
    }
    await def.run({
      snapshot: view,
      options,
      scanned: rows,
      now,
      // Messages are one line in every report, whatever names or source a check quotes, and printable (no control character a file holds).
      report: (f) => { const message = printable(oneLine(f.message)); findings.push(message === f.message ? f : { ...f, message }); },
      skip: (reason) => { skipped = reason; },
    });
  } catch (e) {
    return { findings, error: `check '${def.id}' failed: ${(e as Error)?.message ?? String(e)}` };
  }
  return findings.length ? { findings } : { findings, skipped };
}
