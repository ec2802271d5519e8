/**
 * A chart's dependencies (`dependencies:` of its Chart.yaml) and whether Helm renders each: Helm leaves a dependency out when
 * its `condition` (`postgresql.enabled`; a comma list: the first path a values set gives a boolean decides) is false in the
 * values it installs the parent chart with. Shared by the checks that judge a subchart's values from the parent's values
 * (database-port-exposed: a Bitnami dependency's Service type; default-credentials: the passwords under its key).
 */
import { isObject } from '../../repo/yaml.js';
import type { HelmValueSet } from '../../repo/prerender.js';

/** A dependency as the parent chart's values address it: `key` its `alias`, else its name; `condition` its paths. */
export interface HelmDependency { name: string; key: string; conditions: readonly string[][]; raw: Record<string, unknown> }

/** The dependencies a Chart.yaml's parsed document lists (at most 100), with their keys and `condition` paths. */
export function helmDependencies(meta: unknown): HelmDependency[] {
  const deps = isObject(meta) && Array.isArray(meta['dependencies']) ? meta['dependencies'] : [];
  const out: HelmDependency[] = [];
  for (const d of deps.slice(0, 100)) {
    if (!isObject(d) || typeof d['name'] !== 'string' || !d['name']) continue;
    const key = typeof d['alias'] === 'string' && d['alias'] ? d['alias'] : d['name'];
    const conditions = typeof d['condition'] === 'string' ? d['condition'].split(',').slice(0, 20).map((c) => c.trim().split('.')).filter((c) => c.every(Boolean)) : [];
    out.push({ name: d['name'], key, conditions, raw: d });
  }
  return out;
}

const valueAt = (values: unknown, keys: readonly string[]) => keys.reduce<unknown>((v, k) => (isObject(v) && Object.hasOwn(v, k) ? v[k] : undefined), values);

/** Whether Helm renders dependency `dep` with these values: false only when the first of its condition paths that is a boolean is false. */
export function helmDependencyEnabled(dep: Pick<HelmDependency, 'conditions'>, values: unknown): boolean {
  const c = dep.conditions.map((k) => valueAt(values, k)).find((v) => typeof v === 'boolean');
  return c !== false;
}

/**
 * The dependency of the chart whose parent-values key a values path starts with (`postgresql.auth.password` → `postgresql`)
 * when every values set given leaves it out (its condition false in each), with the condition path that does; else null.
 * No set (nothing known to install the chart with) is no decision: null.
 */
export function helmDisabledDependency(deps: readonly HelmDependency[], path: readonly (string | number)[], sets: readonly Pick<HelmValueSet, 'values'>[]): { dep: HelmDependency; condition: string } | null {
  if (!sets.length || typeof path[0] !== 'string') return null;
  for (const dep of deps) {
    if (dep.key !== path[0] || !dep.conditions.length) continue;
    if (sets.some((s) => helmDependencyEnabled(dep, s.values))) continue;
    const condition = dep.conditions.find((k) => typeof valueAt(sets[0]!.values, k) === 'boolean') ?? dep.conditions[0]!;
    return { dep, condition: condition.join('.') };
  }
  return null;
}
