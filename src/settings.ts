import { ConfigError, SEVERITIES, isSeverity, type FailOn, type SeveritySetting } from './types.js';

/**
 * Parsers for the settings both front doors take (CLI flags and action inputs), so the two
 * accept exactly the same values. Each throws a ConfigError whose message starts with `label`.
 */

const LEVELS = [...SEVERITIES, 'none'] as const;
const SETTINGS = [...SEVERITIES, 'off'] as const;

/** A gate threshold: a severity or `none` (case-insensitive). */
export function parseFailOn(value: string, label: string): FailOn {
  const s = value.trim().toLowerCase();
  if (s === 'none' || isSeverity(s)) return s;
  throw new ConfigError(`${label} ${value}: expected ${LEVELS.join(', ')}`);
}

/** A number of seconds; a timeout must be positive, a wait may be 0. */
export function parseSeconds(value: string, label: string, positive: boolean): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (positive && n === 0)) {
    throw new ConfigError(`${label} ${value}: expected a ${positive ? 'positive ' : ''}number of seconds`);
  }
  return n;
}

/** `ID=LEVEL` entries, each string possibly holding several separated by newlines or commas. */
export function parseSeverityOverrides(list: readonly string[], label: string): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const entry of list.flatMap((l) => l.split(/[\n,]/)).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z0-9._-]+)\s*=\s*([A-Za-z]+)$/.exec(entry);
    const level = m?.[2]!.toLowerCase();
    if (!m || !(SETTINGS as readonly string[]).includes(level!)) {
      throw new ConfigError(`${label} ${entry}: expected ID=LEVEL with LEVEL one of ${SETTINGS.join(', ')}`);
    }
    out[m[1]!] = level as SeveritySetting;
  }
  return out;
}

/** `Name: value` headers. The message never echoes the entry: it may carry a secret. */
export function parseHeaders(list: readonly string[], label: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of list) {
    if (!h.trim()) continue;
    const i = h.indexOf(':');
    const name = i > 0 ? h.slice(0, i).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new ConfigError(`${label}: expected "Name: value" (the value is not shown)`);
    out[name] = h.slice(i + 1).trim();
  }
  return out;
}
