import { CHECKS } from './checks/index.js';
import { PROBES } from './probes/index.js';
import type { CheckDef } from './checks/define.js';
import type { ProbeDef } from './probes/define.js';
import { levenshtein, nearestName } from './nearest.js';

export type AnyDef = CheckDef | ProbeDef;

/** Ids outside the catalogue, for problems of Preflight's own inputs (`item: null`). */
export const RESERVED_IDS = ['parse-error', 'config'] as const;

let byId: Map<string, AnyDef> | null = null;
/** Every check and probe by id. */
export function catalogue(): Map<string, AnyDef> {
  if (!byId) byId = new Map<string, AnyDef>([...CHECKS, ...PROBES].map((d) => [d.id, d]));
  return byId;
}
export function getDef(id: string): AnyDef | undefined {
  return catalogue().get(id);
}

/** The known id nearest to `id` (for "did you mean"), or null when nothing is close. */
export function nearestId(id: string, candidates: Iterable<string> = catalogue().keys()): string | null {
  return nearestName(id, candidates);
}

/**
 * Known ids to suggest for an unknown check id: the nearest by spelling, else (at most two) ids that
 * contain it or share its words (`healthcheck` → dockerfile-healthcheck, `non-root` →
 * dockerfile-non-root and k8s-run-as-non-root, `hsts-header` → hsts). Empty when nothing is close.
 */
export function suggestIds(id: string, candidates: Iterable<string> = catalogue().keys()): string[] {
  // Each name once: an item and the check it is bound to may share an id (`image-tag-pinned`).
  const all = [...new Set(candidates)];
  const near = nearestId(id, all);
  if (near) return [near];
  const flat = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 || /\d/.test(w)));
  const own = flat(id);
  const mine = words(id);
  if (own.length < 3) return [];
  const scored = all.map((c) => {
    const theirs = words(c);
    const shared = [...mine].filter((w) => theirs.has(w)).length;
    return { c, score: (flat(c).includes(own) ? 10 : 0) + shared, d: levenshtein(id.toLowerCase(), c.toLowerCase()) };
  }).filter((x) => x.score > 0);
  scored.sort((a, b) => b.score - a.score || a.d - b.d);
  const top = scored[0]?.score;
  return scored.filter((x) => x.score === top).slice(0, 2).map((x) => x.c);
}

/** "(did you mean 'a'?)", "(did you mean 'a' or 'b'?)", or '' for no suggestion, with a leading space. */
export function didYouMean(names: readonly string[]): string {
  return names.length ? ` (did you mean ${names.map((n) => `'${n}'`).join(' or ')}?)` : '';
}

