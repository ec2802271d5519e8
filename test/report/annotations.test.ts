import { describe, expect, it } from 'vitest';
import { annotationLevel, toAnnotations } from '../../src/report/annotations.js';
import { sampleReport } from './sample-report.js';

describe('annotationLevel (DESIGN.md "Severities")', () => {
  it('is failure at or above the threshold, else warning for critical/high/medium and notice for low/info', () => {
    expect(annotationLevel({ severity: 'high' }, 'high')).toBe('failure');
    expect(annotationLevel({ severity: 'critical' }, 'high')).toBe('failure');
    expect(annotationLevel({ severity: 'medium' }, 'high')).toBe('warning');
    expect(annotationLevel({ severity: 'critical' }, 'none')).toBe('warning');
    expect(annotationLevel({ severity: 'low' }, 'critical')).toBe('notice');
    expect(annotationLevel({ severity: 'info' }, 'critical')).toBe('notice');
    expect(annotationLevel({ severity: 'low' }, 'low')).toBe('failure');
  });
  it('never shows notes or baseline-known findings as failures', () => {
    expect(annotationLevel({ severity: 'info', note: true }, 'info')).toBe('notice');
    expect(annotationLevel({ severity: 'critical', baseline: true }, 'critical')).toBe('warning');
  });
});

describe('toAnnotations', () => {
  const list = toAnnotations(sampleReport());
  it('excludes suppressed findings and orders by level then severity', () => {
    expect(list.some((a) => a.message.includes('redis'))).toBe(false);
    expect(list).toHaveLength(6);
    expect(list.map((a) => a.level)).toEqual(['failure', 'failure', 'failure', 'warning', 'notice', 'notice']);
    expect(list[0]!.severity).toBe('critical');
  });
  it('titles with severity, item title and check id; fileless probe findings carry their URL', () => {
    expect(list[0]!.title).toBe('critical · No .env files are committed [env-file-committed]');
    const hsts = list.find((a) => a.check === 'hsts')!;
    expect(hsts.file).toBeNull();
    expect(hsts.message).toContain('URL: https://staging.example.com/');
    expect(list.find((a) => a.file === 'deploy/k8s.yaml')!.title).toContain('(known, in baseline)');
  });
});

describe('toAnnotations: new findings before known ones', () => {
  it('within a level, findings the baseline does not know come before baseline-known ones and notes, even less severe ones', () => {
    const base = sampleReport();
    const f = (file: string, severity: 'critical' | 'high', extra: object = {}) => ({ check: 'image-tag-pinned', item: null, severity, message: `m ${file}`, file, line: 1, column: 1, url: null, ...extra });
    const report = { ...base, failOn: 'none' as const, findings: [f('a-known', 'critical', { baseline: true }), f('b-known', 'critical', { baseline: true }), f('z-new', 'high'), f('n-note', 'critical', { note: true, severity: 'info' })] };
    expect(toAnnotations(report as typeof base).map((a) => a.file)).toEqual(['z-new', 'a-known', 'b-known', 'n-note']);
  });
});
