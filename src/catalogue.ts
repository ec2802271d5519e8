import { CHECKS } from './checks/index.js';
import { PROBES } from './probes/index.js';
import type { CheckDef } from './checks/define.js';
import type { ProbeDef } from './probes/define.js';

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
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    // Case counts for nothing here: `HSTS` is nearest to `hsts`.
    const d = levenshtein(id.toLowerCase(), c.toLowerCase());
    if (d < bestD) { bestD = d; best = c; }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(id.length / 3)) ? best : null;
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}
