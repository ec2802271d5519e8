import type { Report } from '../../src/types.js';

/** A hand-made report covering every status, a note, a suppressed and a baseline-known finding. */
export function sampleReport(over: Partial<Report> = {}): Report {
  return {
    version: 1,
    tool: { name: 'preflight', version: '1.2.3' },
    result: 'fail',
    failOn: 'high',
    counts: { critical: 1, high: 2, medium: 1, low: 0, info: 1 },
    items: [
      { id: 'no-env', title: 'No .env files are committed', kind: 'static', check: 'env-file-committed', severity: 'critical', status: 'fail', group: ['Secrets'], source: { file: 'PRODUCTION_CHECKLIST.md', line: 4 } },
      { id: 'pinned', title: 'Images use pinned tags', kind: 'static', check: 'image-tag-pinned', severity: 'high', status: 'fail', group: ['Containers'], source: { file: 'PRODUCTION_CHECKLIST.md', line: 8 } },
      { id: 'healthcheck', title: 'Dockerfile declares a HEALTHCHECK', kind: 'static', check: 'dockerfile-healthcheck', severity: 'medium', status: 'pass', group: ['Containers'] },
      { id: 'hsts', title: 'HSTS is enabled', kind: 'probe', check: 'hsts', severity: 'high', status: 'fail', group: ['TLS'], source: { file: 'PRODUCTION_CHECKLIST.md', line: 12 } },
      { id: 'health', title: 'Health endpoint answers', kind: 'probe', check: 'health-endpoint', severity: 'critical', status: 'skipped', reason: 'no URL given', group: ['TLS'] },
      { id: 'tls', title: 'Only TLS 1.2+ is accepted', kind: 'probe', check: 'tls-version', severity: 'high', status: 'error', reason: 'connection refused', group: ['TLS'] },
      { id: 'backups-tested', title: 'Backup restore procedure has been tested', kind: 'manual', check: null, severity: 'high', status: 'pending', group: ['Operations'] },
      { id: 'runbook', title: 'Runbook is written', kind: 'manual', check: null, severity: 'low', status: 'attested', attestedBy: 'alice', group: ['Operations'] },
    ],
    findings: [
      { check: 'env-file-committed', item: 'no-env', severity: 'critical', message: '.env is committed', file: '.env', line: 1, column: null, url: null, fingerprint: 'fp-env', fix: 'git rm --cached .env' },
      { check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: "FROM python:latest uses the moving tag 'latest'", file: 'Dockerfile', line: 1, column: 6, url: null, fingerprint: 'fp-pin' },
      { check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: 'image nginx has no tag', file: 'deploy/k8s.yaml', line: 20, column: 16, endLine: 22, url: null, fingerprint: 'fp-pin2', baseline: true },
      { check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: 'image redis has no tag', file: 'compose.yml', line: 9, column: 12, url: null, suppressed: true, suppressedBy: 'vendor image' },
      { check: 'hsts', item: 'hsts', severity: 'high', message: 'no Strict-Transport-Security header', file: null, line: null, column: null, url: 'https://staging.example.com/' },
      { check: 'image-tag-pinned', item: 'pinned', severity: 'info', message: 'FROM ${BASE} cannot be verified', file: 'Dockerfile.worker', line: 3, column: 1, url: null, note: true },
      { check: 'parse-error', item: null, severity: 'low', message: 'could not parse compose.prod.yml: bad indentation <here>', file: 'compose.prod.yml', line: 4, column: 3, url: null },
    ],
    checklist: { file: 'PRODUCTION_CHECKLIST.md', format: 'markdown', uncovered: ['cors-policy', 'debug-mode'] },
    target: { url: 'https://staging.example.com/' },
    baselineFixed: 2,
    context: { event: 'pull_request', pullRequest: 42, gatesManual: true },
    ...over,
  };
}
