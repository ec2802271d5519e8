import picomatch from 'picomatch';
import { getDef } from '../catalogue.js';
import { globMatcher } from '../gate/plan.js';
import type { ChecklistItem } from './types.js';

/**
 * Warnings for the `paths` globs of the checklist's own items that match no file of the scan (`service/**` for
 * `services/**`): such a glob adds nothing to the item's scope, and an item whose every glob is one judges nothing
 * and is `skipped` (its status stays so: the warning only says why). Only items that run a static check (paths
 * scope nothing else) and whose globs the file locates (`pathsAt`: the YAML checklist's own items, never a preset's);
 * a `!glob` excludes and is not judged. `base`: the scanned directory under the repository root ('' for the root).
 * A glob naming a folder outside `base` (`services/api/**` in the run of `services/web`, a root checklist's per-service
 * item: {@link globOutside}) is no typo when it matches tracked files there (`matchedOutside`, which the caller lists):
 * the item is another folder's, and nothing is said; one that matches nothing anywhere is still warned about.
 */
export function unmatchedPathGlobs(items: readonly ChecklistItem[], files: readonly string[], base = '', matchedOutside: ReadonlySet<string> = new Set()): string[] {
  const warnings: string[] = [];
  for (const item of items) {
    if (!item.paths?.length || !item.pathsAt || !item.checks.some((id) => getDef(id)?.kind === 'static')) continue;
    item.paths.forEach((glob, i) => {
      if (glob.startsWith('!')) return;
      const matches = globMatcher([glob]);
      if (files.some((f) => matches(f))) return;
      if (namesUntrackedPath(item, glob, files)) return;
      const outside = globOutside(glob, base) !== null;
      if (outside && matchedOutside.has(glob)) return;
      const at = item.pathsAt!(i);
      const where = !base ? '' : outside ? ' in the repository' : ` under ${base} (the scanned directory)`;
      warnings.push(`${at.file}:${at.line}${at.column ? `:${at.column}` : ''}: item '${item.id}': paths glob '${glob}' matches no tracked file${where}, so it adds nothing to the item's scope (a misspelt folder? globs are relative to the repository root)`);
    });
  }
  return warnings;
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
function namesUntrackedPath(item: ChecklistItem, glob: string, files: readonly string[]): boolean {
  if (!item.checks.some((id) => { const def = getDef(id); return def?.kind === 'static' && def.judgesScope; })) return false;
  const cut = glob.replace(/\/+$/, '').lastIndexOf('/');
  const dir = cut < 0 ? '' : glob.slice(0, cut);
  if (!/\.env/.test(glob.slice(cut + 1))) return false;
  if (!dir || /[*?[\]{}()!+@]/.test(dir)) return true;
  return files.some((f) => f.startsWith(`${dir}/`));
}
