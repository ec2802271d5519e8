import { getDef } from '../catalogue.js';
import { globMatcher } from '../gate/plan.js';
import type { ChecklistItem } from './types.js';

/**
 * Warnings for the `paths` globs of the checklist's own items that match no file of the scan (`service/**` for
 * `services/**`): such a glob adds nothing to the item's scope, and an item whose every glob is one judges nothing
 * and is `skipped` (its status stays so: the warning only says why). Only items that run a static check (paths
 * scope nothing else) and whose globs the file locates (`pathsAt`: the YAML checklist's own items, never a preset's);
 * a `!glob` excludes and is not judged. `base`: the scanned directory under the repository root ('' for the root).
 */
export function unmatchedPathGlobs(items: readonly ChecklistItem[], files: readonly string[], base = ''): string[] {
  const warnings: string[] = [];
  for (const item of items) {
    if (!item.paths?.length || !item.pathsAt || !item.checks.some((id) => getDef(id)?.kind === 'static')) continue;
    item.paths.forEach((glob, i) => {
      if (glob.startsWith('!')) return;
      const matches = globMatcher([glob]);
      if (files.some((f) => matches(f))) return;
      if (namesUntrackedPath(item, glob, files)) return;
      const at = item.pathsAt!(i);
      warnings.push(`${at.file}:${at.line}${at.column ? `:${at.column}` : ''}: item '${item.id}': paths glob '${glob}' matches no tracked file${base ? ` under ${base} (the scanned directory)` : ''}, so it adds nothing to the item's scope (a misspelt folder? globs are relative to the repository root)`);
    });
  }
  return warnings;
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
