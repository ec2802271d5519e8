import { describe, expect, it } from 'vitest';
import { redactReport } from '../../src/report/redact.js';
import { sampleReport } from '../report/sample-report.js';

describe('redactReport', () => {
  it('replaces secret values everywhere in the report, including ones with JSON-special characters', () => {
    const secret = 'tok"en\\with-quote';
    const report = sampleReport({ target: { url: `https://staging.example.com/?k=${secret}` } });
    report.findings[0]!.message = `leaked ${secret} and staging.example`;
    const out = redactReport(report, [secret, 'ab', 'staging.example']);
    expect(JSON.stringify(out)).not.toContain('staging.example');
    expect(out.target!.url).toBe('https://***.com/?k=***');
    expect(out.findings[0]!.message).toBe('leaked *** and ***');
    // Values shorter than 3 characters would wreck the text: left alone, like the runner does.
    expect(out.items[0]!.title).toBe(report.items[0]!.title);
  });
  it('never touches keys or non-string values', () => {
    const out = redactReport(sampleReport(), ['high', 'critical']);
    expect(Object.keys(out.counts)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(out.counts.high).toBe(2);
    expect(out.findings[1]!.line).toBe(1);
  });
  it('returns the report untouched without secrets', () => {
    const r = sampleReport();
    expect(redactReport(r, [''])).toBe(r);
  });
});

describe('masks of a run', () => {
  it('header values given to run() are secrets even when no probe runs', async () => {
    const { run } = await import('../../src/run.js');
    const { makeRepo } = await import('../helpers/repo.js');
    const dir = makeRepo({ 'app.py': 'print(1)\n' });
    const r = await run({ dir, probes: false, headers: { Authorization: 'Bearer s3cr3t-value' } });
    expect(r.masks).toContain('Bearer s3cr3t-value');
  });
});
