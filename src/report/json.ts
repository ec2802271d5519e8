import type { Report } from '../types.js';

/** The JSON report (version 1): the items without the gate's internal `notDone` mark (the contract has no such field). */
export function toJson(report: Report): string {
  const items = report.items.some((i) => i.notDone !== undefined) ? report.items.map(({ notDone: _notDone, ...item }) => item) : report.items;
  return `${JSON.stringify(items === report.items ? report : { ...report, items }, null, 2)}\n`;
}
