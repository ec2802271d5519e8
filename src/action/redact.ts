import type { Report } from '../types.js';

/**
 * The report with every secret value (≥ 3 characters, longest first) replaced by `***` in its
 * string values (never in keys, so a secret that happens to read `high` cannot break the report).
 */
export function redactReport(report: Report, secrets: string[]): Report {
  const values = [...new Set(secrets.filter((v) => v.length >= 3))].sort((a, b) => b.length - a.length);
  if (!values.length) return report;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return values.reduce((s, secret) => s.split(secret).join('***'), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(report) as Report;
}
