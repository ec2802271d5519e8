import type { Report } from '../types.js';

/** The JSON report (version 1). */
export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
