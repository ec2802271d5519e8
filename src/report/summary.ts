import { SEVERITIES, type Report } from '../types.js';

/** One line: verdict, counts, threshold. Used by the CLI with --output and by the action log. */
export function summaryLine(report: Report): string {
  const counts = SEVERITIES.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${s}`);
  const pending = report.items.filter((i) => i.status === 'pending').length;
  const errors = report.items.filter((i) => i.status === 'error').length;
  const suppressed = report.findings.filter((f) => f.suppressed).length;
  const known = report.findings.filter((f) => f.baseline).length;
  const extra = [
    errors ? `${errors} item${errors > 1 ? 's' : ''} could not run` : '',
    pending ? `${pending} manual pending` : '',
    suppressed ? `${suppressed} suppressed` : '',
    known ? `${known} in baseline` : '',
  ].filter(Boolean);
  return `Preflight ${report.result === 'pass' ? 'passed' : 'FAILED'}: ${counts.length ? counts.join(', ') : 'no findings'}${extra.length ? ` (${extra.join(', ')})` : ''} — fail-on: ${report.failOn}`;
}
