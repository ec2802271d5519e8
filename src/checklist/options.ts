import { getDef } from '../catalogue.js';
import { parseOptions } from '../engine/execute.js';
import { ConfigError, configErrors, configErrorsInFileOrder, type Location } from '../types.js';
import type { ChecklistItem } from './types.js';

/**
 * Validates an item's `options` against the schemas of its checks and returns each check's options, in the order of
 * `item.checks`. Every mistake of the item is reported in one run, in file order: options on a manual item, each key of
 * a several-check item's options that names none of its checks, and each check's own option errors.
 */
export function itemOptions(item: Pick<ChecklistItem, 'id' | 'checks' | 'options' | 'optionsAt'>, where: ConfigError['where']): unknown[] {
  // Options of an item that names no check would be silently ignored.
  if (!item.checks.length && item.options && Object.keys(item.options).length) {
    throw new ConfigError(`options given for item '${item.id}', which names no check (a manual item): add \`check:\` or remove \`options\``, item.optionsAt?.([], true) ?? where);
  }
  const several = item.checks.length > 1;
  const errors: ConfigError[] = [];
  if (several && item.options) {
    for (const stray of Object.keys(item.options).filter((k) => !item.checks.includes(k))) {
      errors.push(new ConfigError(`options of an item with several checks are keyed by check id; '${stray}' is not one of ${item.checks.join(', ')}`, item.optionsAt?.([stray], true) ?? where));
    }
  }
  const options = item.checks.map((id) => {
    const def = getDef(id);
    if (!def) { errors.push(new ConfigError(`unknown check '${id}'`, where)); return undefined; }
    const { raw, locate } = checkOptions(item, id);
    try { return parseOptions(def, raw ?? {}, where, locate); } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      errors.push(e);
      return undefined;
    }
  });
  const err = item.optionsAt ? configErrorsInFileOrder(errors) : configErrors(errors);
  if (err) throw err;
  return options;
}

/**
 * The options an item gives one of its checks, as written (an item with several checks keys them by check id), and where
 * its checklist file writes a path of them (when it locates its options: a YAML item's own).
 */
export function checkOptions(item: Pick<ChecklistItem, 'checks' | 'options' | 'optionsAt'>, id: string): { raw: unknown; locate?: (path: (string | number)[], key: boolean) => Location } {
  const several = item.checks.length > 1;
  const at = item.optionsAt;
  return {
    raw: several ? item.options?.[id] : item.options,
    ...(at ? { locate: (p: (string | number)[], key: boolean) => at(several ? [id, ...p] : p, key) } : {}),
  };
}
