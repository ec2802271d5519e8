import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutBytes, repoPath, toCheckAnnotation } from '../../src/github/sanitize.js';
import type { Annotation } from '../../src/report/annotations.js';
import { validateRequest } from '../action/fake-github.js';

const base: Annotation = { file: 'Dockerfile', line: 3, endLine: null, column: 5, level: 'failure', severity: 'high', check: 'x', title: 't', message: 'm' };

describe('repoPath', () => {
  it('makes repository-relative / paths and refuses escapes', () => {
    expect(repoPath('./src/app.py')).toBe('src/app.py');
    expect(repoPath('src\\app.py', undefined, 'win32')).toBe('src/app.py');
    expect(repoPath('C:\\ws\\repo\\src\\app.py', 'C:\\ws\\repo', 'win32')).toBe('src/app.py');
    expect(repoPath('C:\\elsewhere\\app.py', 'C:\\ws\\repo', 'win32')).toBeNull();
    expect(repoPath('/ws/repo/src/app.py', '/ws/repo')).toBe('src/app.py');
    expect(repoPath('/etc/passwd', '/ws/repo')).toBeNull();
    expect(repoPath('../x')).toBeNull();
    expect(repoPath('')).toBeNull();
  });

  it('a \\ is part of a name outside Windows: the file is annotated under its own name (QA30 paths D5)', () => {
    expect(repoPath('\\back/Dockerfile', '/ws/repo', 'linux')).toBe('\\back/Dockerfile');
    expect(repoPath('src\\app.py', undefined, 'linux')).toBe('src\\app.py');
    expect(repoPath('/ws/repo/\\back/Dockerfile', '/ws/repo', 'linux')).toBe('\\back/Dockerfile');
    expect(toCheckAnnotation({ ...base, file: '\\back/Dockerfile' }, '/ws/repo')?.path).toBe(process.platform === 'win32' ? null : '\\back/Dockerfile');
    // Still refused: an escape, an absolute path outside the workspace.
    expect(repoPath('a\\b/../../x', '/ws/repo', 'linux')).toBeNull();
    expect(repoPath('/etc/\\x', '/ws/repo', 'linux')).toBeNull();
  });
});

describe('toCheckAnnotation', () => {
  it('keeps columns on single-line annotations only and lines ≥ 1', () => {
    expect(toCheckAnnotation(base)).toMatchObject({ path: 'Dockerfile', start_line: 3, end_line: 3, start_column: 5, end_column: 5 });
    const multi = toCheckAnnotation({ ...base, endLine: 6 })!;
    expect(multi).toMatchObject({ start_line: 3, end_line: 6 });
    expect(multi.start_column).toBeUndefined();
    expect(toCheckAnnotation({ ...base, line: 0, column: 0 })).toMatchObject({ start_line: 1, end_line: 1 });
    expect(toCheckAnnotation({ ...base, line: null, endLine: -4 })!.end_line).toBe(1);
    expect(toCheckAnnotation({ ...base, file: null })).toBeNull();
  });
  it('cuts titles to 255 characters and messages to 64 KB', () => {
    const a = toCheckAnnotation({ ...base, title: 'x'.repeat(400), message: 'é'.repeat(40_000) })!;
    expect(a.title!.length).toBeLessThanOrEqual(255);
    expect(Buffer.byteLength(a.message)).toBeLessThanOrEqual(64 * 1024);
  });
  it('always yields an annotation GitHub accepts (property test against the OpenAPI schema and rules)', () => {
    fc.assert(fc.property(
      fc.record({
        file: fc.oneof(fc.constant('a/b.yml'), fc.constant('./x'), fc.constant('/abs'), fc.string({ minLength: 1, maxLength: 12 })),
        line: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1e6 }), fc.double()),
        endLine: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 1e6 })),
        column: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 500 })),
        title: fc.string({ maxLength: 400 }),
        message: fc.string({ maxLength: 200 }),
      }),
      (r) => {
        const a = toCheckAnnotation({ ...base, ...r });
        if (!a) return;
        const body = { name: 'P', head_sha: 'a'.repeat(40), conclusion: 'success', output: { title: 't', summary: 's', annotations: [a] } };
        expect(validateRequest('POST', '/repos/o/r/check-runs', new URLSearchParams(), body).errors).toEqual([]);
      },
    ), { numRuns: 300 });
  });
});

describe('cutBytes', () => {
  it('never splits a multi-byte character', () => {
    const s = cutBytes('aé'.repeat(100), 51);
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(51);
    expect(s).not.toContain('\uFFFD');
    expect(s.endsWith('…')).toBe(true);
  });
});
