import type { RawFinding } from '../define.js';

/**
 * One finding per location (`file:line:column`), for checks that reach one place along several
 * paths (a Dockerfile stage built by two compose services, a USER in a shared base, a setting two
 * entry points load): the first stands, except that a failure replaces a note — a place reached
 * from production fails even when a development-only path reached it first.
 */
export function onePerLocation(): { put(f: RawFinding & { file: string; line: number }): void; findings(): RawFinding[] } {
  const found = new Map<string, RawFinding>();
  return {
    put(f) {
      const key = `${f.file}:${f.line}:${f.column ?? 0}`;
      const prev = found.get(key);
      if (!prev || (prev.note && !f.note)) found.set(key, f);
    },
    findings: () => [...found.values()],
  };
}
