import type { ProbeDef } from './define.js';

/** The explicit registry of live probes, sorted by id. Add one line per probe. */
export const PROBES: readonly ProbeDef[] = [
];
