import type { CheckDef } from './define.js';

/**
 * The explicit registry of static checks, sorted by id. A check that is not listed here does not
 * exist (no glob, no side-effect registration: it must survive the bundler). Add one line per check.
 */
export const CHECKS: readonly CheckDef[] = [
];
