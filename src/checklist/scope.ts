import picomatch from 'picomatch';
import { getDef } from '../catalogue.js';
import { globMatcher } from '../gate/plan.js';
import { fileAllowMatcher } from '../checks/util/file-globs.js';
import { fileGlobOptions } from '../checks/util/option-entry.js';
import { checkOptions } from './options.js';
import type { Location } from '../types.js';
import type { Checklist } from './types.js';

/**
 * Warnings for the globs of the checklist's own items that match no file of the scan (`service/**` for `services/**`):
 * a `paths` glob that matches nothing adds nothing to the item's scope, and an item whose every glob is one judges nothing
 * and is `skipped` (its status stays so: the warning only says why); an `ignore` glob (the item's, or the checklist's
 * top-level one) that matches nothing leaves nothing out, so what it was meant to exclude still fails. Only items that run
 * a static check (globs scope nothing else: the parser says so of the others) and globs the file locates (`pathsAt`,
 * `ignoreAt`: the YAML checklist's own, never a preset's); a `!glob` re-includes and is not judged. `base`: the scanned
 * directory under the repository root ('' for the root). A glob naming a folder outside `base` (`services/api/**` in the
 * run of `services/web`, a root checklist's per-service item: {@link globOutside}) is no typo when it matches tracked files
 * there (`matchedOutside`, which the caller lists): the item is another folder's, and nothing is said; one that matches
 * nothing anywhere is still warned about. Globs are relative to the repository root: a folder name alone (`fixtures/`)
 * names the root's folder, and the warning names the glob that matches it at any depth (`**\/fixtures/`) when one does.
 */
export function unmatchedGlobs(list: Pick<Checklist, 'items' | 'ignore' | 'ignoreAt'>, files: readonly string[], base = '', matchedOutside: ReadonlySet<string> = new Set(), gitIgnored: (path: string) => boolean = () => false): string[] {
  const warnings: { at: Location; text: string }[] = [];
  const judge = (glob: string, at: Location, checks: readonly string[], said: (where: string, hint: string) => string, ignore = false) => {
    if (glob.startsWith('!')) return;
    const matches = globMatcher([glob]);
    if (files.some((f) => matches(f))) return;
    // An `ignore` glob for what git ignores anyway (`**/node_modules/**`, `dist/`) matches no tracked file by design.
    if (ignore && gitIgnoresGlob(glob, gitIgnored)) return;
    if (namesUntrackedPath(checks, glob, files)) return;
    const outside = globOutside(glob, base) !== null;
    if (outside && matchedOutside.has(glob)) return;
    const where = !base ? '' : outside ? ' in the repository' : ` under ${base} (the scanned directory)`;
    // `fixtures/` written as in .gitignore, where a name without a slash matches at any depth: the glob that does.
    let hint = '';
    if (/^[^/]+\/?$/.test(glob) && !glob.startsWith('**')) {
      const name = glob.replace(/\/$/, '');
      const deep = !glob.endsWith('/') && files.some(globMatcher([`**/${name}`])) && !files.some(globMatcher([`**/${name}/**`])) ? `**/${name}` : `**/${name}/`;
      if (files.some(globMatcher([deep]))) hint = `: '${deep}' names it at any depth`;
    }
    warnings.push({ at, text: `${at.file}:${at.line}${at.column ? `:${at.column}` : ''}: ${said(where, hint)}` });
  };
  const statics = (checks: readonly string[]) => checks.some((id) => getDef(id)?.kind === 'static');
  for (const item of list.items) {
    if (!statics(item.checks)) continue;
    if (item.pathsAt) item.paths?.forEach((glob, i) => judge(glob, item.pathsAt!(i), item.checks, (where, hint) => `item '${item.id}': paths glob '${glob}' matches no tracked file${where}, so it adds nothing to the item's scope (a misspelt folder? globs are relative to the repository root${hint})`));
    if (item.ignoreAt) item.ignore?.forEach((glob, i) => judge(glob, item.ignoreAt!(i), item.checks, (where, hint) => `item '${item.id}': ignore glob '${glob}' matches no tracked file${where}, so it leaves nothing out of the item's scope (a misspelt folder? globs are relative to the repository root${hint})`, true));
  }
  // A check's file-glob entry (`allow`, allowEntries) that matches no tracked file exempts nothing: what it was meant to exempt still
  // fails (`test/fixture/**` for `test/fixtures/**`). One with `/` naming another folder's files in a sub-folder run is
  // judged as a `paths` glob is; a name without `/` matches at any depth, so the scan's own files decide.
  for (const item of list.items) {
    for (const { check, key, entries, at } of allowEntries(item)) {
      entries.forEach((entry, i) => {
        if (entry.startsWith('!') || files.some(fileAllowMatcher([entry]))) return;
        const outside = entry.includes('/') && globOutside(entry, base) !== null;
        if (outside && matchedOutside.has(entry)) return;
        const where = !base ? '' : outside ? ' in the repository' : ` under ${base} (the scanned directory)`;
        const loc = at(i);
        warnings.push({ at: loc, text: `${loc.file}:${loc.line}${loc.column ? `:${loc.column}` : ''}: item '${item.id}': ${check} ${key} entry '${entry}' matches no tracked file${where}, so it exempts nothing (a misspelt name or folder? an entry with / is a glob relative to the repository root, one without a file name at any depth)` });
      });
    }
  }
  if (list.ignoreAt) {
    const checks = [...new Set(list.items.flatMap((i) => i.checks))];
    list.ignore.forEach((glob, i) => judge(glob, list.ignoreAt!(i), checks, (where, hint) => `ignore glob '${glob}' matches no tracked file${where}, so it leaves nothing out (a misspelt folder? globs are relative to the repository root${hint})`, true));
  }
  // In file order (the top-level `ignore` is usually written above the items).
  return warnings.sort((a, b) => a.at.line - b.at.line || (a.at.column ?? 0) - (b.at.column ?? 0)).map((w) => w.text);
}

/**
 * Whether `.gitignore` rules (`gitIgnored`, asked of a repository path; a folder's ends in `/`) ignore what a glob names:
 * a path it would match, its wildcards filled in (`**\/node_modules/**` → `node_modules/`, `*.pyc` → `x.pyc`). A glob
 * with brackets, braces or extglobs gives no such path: false.
 */
function gitIgnoresGlob(glob: string, gitIgnored: (path: string) => boolean): boolean {
  if (/[[\]{}()@+!]/.test(glob)) return false;
  const rest = glob.replace(/^(?:\*\*\/)+/, '');
  const folder = /(?:^|\/)\*\*$|\/$/.test(rest);
  const sample = rest.replace(/(?:^|\/)\*\*$|\/$/, '').replace(/(^|\/)\*\*\//g, '$1').replace(/[*?]/g, 'x');
  if (!sample) return false;
  // A plain name (`vendor`) names a file or a folder.
  return gitIgnored(folder ? `${sample}/` : sample) || (!folder && !/[*?]/.test(rest) && gitIgnored(`${sample}/`));
}

/**
 * The file-glob option entries of the item's checks (fileGlobOptions: `allow` of hardcoded-secret and env-file-committed)
 * as its checklist file locates them (a YAML item's own options), each list with where its entries are written. Options
 * are validated before.
 */
function allowEntries(item: Checklist['items'][number]): { check: string; key: string; entries: string[]; at: (i: number) => Location }[] {
  if (!item.optionsAt || !item.options) return [];
  return item.checks.flatMap((check) => {
    const { raw, locate } = checkOptions(item, check);
    if (!locate || !raw || typeof raw !== 'object') return [];
    return fileGlobOptions(getDef(check)?.options).flatMap((key) => {
      const list = (raw as Record<string, unknown>)[key];
      if (!Array.isArray(list)) return [];
      const entries = list.filter((e): e is string => typeof e === 'string');
      if (entries.length !== list.length) return [];
      return [{ check, key, entries, at: (i: number) => locate([key, i], false) }];
    });
  });
}

/** Every glob unmatchedGlobs judges (`paths` and `ignore` of the checklist's own items, its top-level `ignore`, and the `allow` entries with `/` of checks that take file globs). */
export function locatedGlobs(list: Pick<Checklist, 'items' | 'ignore' | 'ignoreAt'>): string[] {
  return [
    ...list.items.flatMap((i) => [...(i.pathsAt ? i.paths ?? [] : []), ...(i.ignoreAt ? i.ignore ?? [] : [])]),
    ...list.items.flatMap((i) => allowEntries(i).flatMap((a) => a.entries.filter((e) => e.includes('/')))),
    ...(list.ignoreAt ? list.ignore : []),
  ];
}

/**
 * The folder or file a `paths` glob's literal start names (`services/api` for `services/api/**` and for the plain path
 * `services/api`) when it lies outside the scanned folder `base`, neither in it nor above it: the glob can only match
 * files another folder's run reads. Null for the root's run, a glob that may match below `base` (one starting with `**`, or
 * `services/*` from `services/web`) and a `!glob`.
 */
export function globOutside(glob: string, base: string): string | null {
  if (!base || glob.startsWith('!')) return null;
  const lit = picomatch.scan(glob).base.replace(/\/+$/, '');
  if (!lit || lit === base || lit.startsWith(`${base}/`) || base.startsWith(`${lit}/`)) return null;
  return lit;
}

/**
 * Whether `glob` names env files a check of the item judges untracked (env-file-not-ignored: `paths: [".env"]`, the
 * real `packages/ui/.env` behind a template; such files are rightly not tracked), in a folder the scan holds (a
 * misspelt folder, `pakages/ui/.env`, is still warned about).
 */
function namesUntrackedPath(checks: readonly string[], glob: string, files: readonly string[]): boolean {
  if (!checks.some((id) => { const def = getDef(id); return def?.kind === 'static' && def.judgesScope; })) return false;
  const cut = glob.replace(/\/+$/, '').lastIndexOf('/');
  const dir = cut < 0 ? '' : glob.slice(0, cut);
  if (!/\.env/.test(glob.slice(cut + 1))) return false;
  if (!dir || /[*?[\]{}()!+@]/.test(dir)) return true;
  return files.some((f) => f.startsWith(`${dir}/`));
}
