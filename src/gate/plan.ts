import picomatch from 'picomatch';
import type { AnyDef } from '../catalogue.js';
import { catalogue, didYouMean, getDef, suggestIds } from '../catalogue.js';
import { folderGlobs } from '../checks/util/file-globs.js';
import { itemOptions } from '../checklist/options.js';
import type { Checklist, ChecklistItem } from '../checklist/types.js';
import type { RawFinding } from '../checks/define.js';
import { ConfigError, configErrors, maxSeverity, severityRank, type ItemKind, type Severity, type SeveritySetting } from '../types.js';

export interface PlannedCheck {
  def: AnyDef;
  options: unknown;
  /** Severity forced on every failure (item severity or override), or null to use the check's own. */
  forced: Severity | null;
  /**
   * The severity shown for this check (forced, else the catalogue default). Switched off, the one it would have
   * without the `off` (the item's own `severity: critical` under `--severity ITEM=off`).
   */
  severity: Severity;
  off: boolean;
  /** Switched off: why, for the item's `skipped` reason (`item switched off (--severity api=off)`). */
  offReason?: string;
}

export interface PlannedItem {
  item: ChecklistItem;
  title: string;
  kind: ItemKind;
  checks: PlannedCheck[];
  severity: Severity;
  /** Files in scope for this item's static checks; null when every file is. */
  scope: ((file: string) => boolean) | null;
  /**
   * What the item's `ignore` and the checklist's leave out of its scope (each list with its own `!` re-includes), or null
   * when neither does: the part of `scope` that a finding located in a kustomize overlay in scope still answers to.
   */
  excluded?: ((file: string) => boolean) | null;
  /** A manual item switched off (its severity `off`, in the checklist or by an override): never pending. */
  off?: boolean;
  /** With `off`: why, for the item's `skipped` reason (`item switched off (--severity backups=off)`), as a check's offReason. */
  offReason?: string;
}

/**
 * The severity the gate gives a failure of a planned check: the one forced on the check (item severity or override),
 * else the finding's sub-case's, else the check's; never above the finding's `ceiling` (a sub-case the user opted into).
 */
export function failureSeverity(pc: PlannedCheck, f: RawFinding): Severity {
  const s = pc.forced ?? f.severity ?? pc.def.severity;
  return f.ceiling && severityRank(s) < severityRank(f.ceiling) ? f.ceiling : s;
}

/**
 * Turns checklist items into a plan: resolves each check's severity (catalogue → item →
 * override; `off` disables), validates options against the check's schema, compiles scopes.
 * Of the overrides, the more specific wins: one naming the item beats one naming its check
 * (`--severity pinned-api=medium --severity image-tag-pinned=low`: pinned-api is medium), in either order.
 * `overridesFrom` names where the overrides came from in errors (`--severity`, the action's input).
 */
export function plan(list: Checklist, overrides: Record<string, SeveritySetting>, overridesFrom = '--severity'): PlannedItem[] {
  // An override naming nothing would silently change nothing: a typo must not pass unnoticed.
  const itemIds = list.items.map((i) => i.id);
  for (const key of Object.keys(overrides)) {
    if (getDef(key) || itemIds.includes(key)) continue;
    throw new ConfigError(`${overridesFrom} ${key}=${overrides[key]}: no check or checklist item has that id${didYouMean(suggestIds(key, [...catalogue().keys(), ...itemIds]))}`);
  }
  const globalIgnore = list.ignore.length ? globMatcher(list.ignore) : null;
  // Every item's mistakes (options, globs) are reported in one run, not one per run.
  const errors: ConfigError[] = [];
  const planned = list.items.map((item): PlannedItem | null => {
    try { return planItem(item); } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      errors.push(e);
      return null;
    }
  });
  const err = configErrors(errors);
  if (err) throw err;
  return planned as PlannedItem[];

  function planItem(item: ChecklistItem): PlannedItem {
    const where = { file: item.source.file, line: item.source.line, column: item.source.column };
    const itemOverride = overrides[item.id];
    // Every mistake of the item's options, in one run.
    const parsed = itemOptions(item, where);
    const checks: PlannedCheck[] = item.checks.map((id, k) => {
      const def = getDef(id)!;
      const options = parsed[k];
      // The item's override, then the check's, then the item's own severity (the most specific first).
      const from = overridesFrom.replace(/:$/, '');
      const chain: [SeveritySetting | undefined, string][] = [
        [itemOverride, `item switched off (${from} ${item.id}=off)`],
        [overrides[id], `${id} switched off (${from} ${id}=off)`],
        [item.severity, 'item switched off (severity: off)'],
      ];
      const winner = chain.find(([s]) => s !== undefined);
      const setting = winner?.[0];
      const off = setting === 'off';
      const forced = setting && setting !== 'off' ? setting : null;
      // Off, it still shows a severity: the next one set below the `off`, else the catalogue's.
      const shown = forced ?? (chain.map(([s]) => s).find((s): s is Severity => s !== undefined && s !== 'off') ?? def.severity);
      return { def, options, forced, severity: shown, off, ...(off ? { offReason: winner![1] } : {}) };
    });
    const kind: ItemKind = checks.length === 0 ? 'manual' : checks.every((c) => c.def.kind === 'probe') ? 'probe' : 'static';
    const manualSetting = itemOverride ?? item.severity;
    // Off, a manual item still shows the severity it would otherwise have, as a check does: its own `severity: critical`
    // under `--severity ITEM=off`, else the checklist's manual default.
    const manualShown = [itemOverride, item.severity].find((s): s is Severity => s !== undefined && s !== 'off') ?? list.manualSeverity;
    const severity: Severity = kind === 'manual'
      ? manualShown
      : maxSeverity(checks.filter((c) => !c.off).map((c) => c.severity), maxSeverity(checks.map((c) => c.severity)));
    const include = item.paths?.length ? globMatcher(item.paths) : null;
    const exclude = item.ignore?.length ? globMatcher(item.ignore) : null;
    // Each list judged with its own negations: a `!` re-include in the checklist's `ignore` does not undo the item's.
    const excluded = exclude || globalIgnore ? (f: string) => !!exclude?.(f) || !!globalIgnore?.(f) : null;
    const scope = include || excluded
      ? (f: string) => (!include || include(f)) && !excluded?.(f)
      : null;
    return { item, title: item.title ?? defaultTitle(item.id, checks), kind, checks, severity, scope, excluded, ...(kind === 'manual' && manualSetting === 'off' ? { off: true, offReason: itemOverride === 'off' ? `item switched off (${overridesFrom.replace(/:$/, '')} ${item.id}=off)` : 'item switched off (severity: off)' } : {}) };
  }
}

/**
 * The title of an item written without one: its check's title; with several checks, their titles in the item's order
 * joined by `; ` ("Container images use pinned tags; Containers do not run as root": the item gates on each, so its title
 * names each); a manual item written without one has none to borrow and is titled by its id.
 */
export function defaultTitle(id: string, checks: readonly Pick<PlannedCheck, 'def'>[]): string {
  return checks.length ? checks.map((c) => c.def.title).join('; ') : id;
}

/**
 * A matcher for checklist globs (`paths`, `ignore`): dotfiles included, and a glob that ends in `/` (`test/`,
 * written as in .gitignore) means everything under that folder (`test/**`), instead of matching nothing.
 * So does a plain path without wildcards (`ignore: [vendor]`, `paths: [services/api]`): as in .gitignore
 * and Trivy's `--skip-dirs`, naming a folder names what is in it (it still matches a file of that name).
 */
export function globMatcher(globs: readonly string[]): (file: string) => boolean {
  // `!glob` excludes, as in .gitignore and Checkov's skip paths: `[services/**, '!services/legacy/**']`. Handed to
  // picomatch in the same list it would match every file outside the negated glob, widening the scope to the whole
  // repository (or, under `ignore`, ignoring it). With only negations, everything else matches.
  const neg = globs.filter((g) => g.startsWith('!') && g.length > 1).map((g) => g.slice(1));
  const pos = globs.filter((g) => !g.startsWith('!'));
  const include = pos.length ? picomatch(folderGlobs(pos), { dot: true }) : () => true;
  if (!neg.length) return include;
  const exclude = picomatch(folderGlobs(neg), { dot: true });
  return (file) => include(file) && !exclude(file);
}
