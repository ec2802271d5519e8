import { describe, expect, it } from 'vitest';
import { validateRequest } from './fake-github.js';

const q = (s = '') => new URLSearchParams(s);
const annotation = { path: 'Dockerfile', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' };
const create = (extra: Record<string, unknown> = {}) => ({
  name: 'Preflight', head_sha: 'a'.repeat(40), status: 'completed', conclusion: 'failure',
  output: { title: 't', summary: 's', annotations: [annotation] }, ...extra,
});

// The fake server's validator must itself be right, or the end-to-end tests prove nothing.
describe('fake api.github.com request validation (OpenAPI)', () => {
  it('accepts a well-formed check run creation', () => {
    expect(validateRequest('POST', '/repos/acme/shop/check-runs', q(), create()).errors).toEqual([]);
  });
  it('rejects a body without the required head_sha', () => {
    const { head_sha: _omit, ...body } = create();
    expect(validateRequest('POST', '/repos/acme/shop/check-runs', q(), body).errors.join()).toMatch(/head_sha/);
  });
  it('rejects 51 annotations in one request, an unknown level and a too long summary', () => {
    const many = create({ output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => annotation) } });
    expect(validateRequest('POST', '/repos/acme/shop/check-runs', q(), many).errors.join()).toMatch(/50/);
    const level = create({ output: { title: 't', summary: 's', annotations: [{ ...annotation, annotation_level: 'error' }] } });
    expect(validateRequest('POST', '/repos/acme/shop/check-runs', q(), level).errors).not.toEqual([]);
    const long = create({ output: { title: 't', summary: 'x'.repeat(65_536) } });
    expect(validateRequest('POST', '/repos/acme/shop/check-runs', q(), long).errors.join()).toMatch(/65535/);
  });
  it('applies GitHub rules the schema does not state', () => {
    const bad = (a: Record<string, unknown>) => validateRequest('POST', '/repos/acme/shop/check-runs', q(), create({ output: { title: 't', summary: 's', annotations: [{ ...annotation, ...a }] } })).errors;
    expect(bad({ path: '/abs/Dockerfile' })).not.toEqual([]);
    expect(bad({ path: '../x' })).not.toEqual([]);
    expect(bad({ start_line: 0, end_line: 0 })).not.toEqual([]);
    expect(bad({ start_line: 1, end_line: 3, start_column: 2, end_column: 2 })).not.toEqual([]);
    expect(bad({ title: 'x'.repeat(256) })).not.toEqual([]);
    expect(bad({ message: 'x'.repeat(64 * 1024 + 1) })).not.toEqual([]);
  });
  it('checks routes, methods, path and query parameters', () => {
    expect(validateRequest('GET', '/repos/acme/shop/nope', q(), undefined).errors.join()).toMatch(/no such route/);
    expect(validateRequest('DELETE', '/repos/acme/shop/check-runs', q(), undefined).errors.join()).toMatch(/not allowed/);
    expect(validateRequest('PATCH', '/repos/acme/shop/check-runs/abc', q(), { output: { title: 't', summary: 's' } }).errors.join()).toMatch(/check_run_id/);
    expect(validateRequest('GET', '/repos/acme/shop/pulls/3/files', q('per_page=100&page=2'), undefined).errors).toEqual([]);
    expect(validateRequest('GET', '/repos/acme/shop/pulls/3/files', q('bogus=1'), undefined).errors.join()).toMatch(/bogus/);
    expect(validateRequest('GET', '/repos/acme/shop/pulls/comments', q(), undefined).template).toBe('/repos/{owner}/{repo}/pulls/comments');
  });
});
