import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 44 (markdown19 D1): a watch, a test, a document or an inquiry about a topic ("Monitor the HSTS preload list status
// monthly", "Add a unit test for the HSTS middleware", "Remove the `latest` tag example from the README", "Audit which subdomains
// lack HSTS") bound its check and gated the merge.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const bound = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks, i.options ?? null]);

describe('markdown19 D1: a watch, a test, a document or an inquiry about a topic stays manual', () => {
  it.each([
    'Monitor the HSTS preload list status monthly',
    'Customer-facing docs explain how to enable HSTS on custom domains',
    'Remove the `latest` tag example from the README',
    'Add a unit test for the HSTS middleware',
    'Audit which subdomains lack HSTS',
    'Track HSTS rollout in Jira',
    'Write integration tests for the HTTPS redirect',
    'Unit tests cover the HSTS middleware',
    'No `latest` tags in the docs',
    'Review which subdomains lack HSTS',
    'Check which hosts still miss HSTS',
    'Help center pages explain HSTS for custom domains',
    'FAQ explain how to enable HSTS',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each<[string, string[]]>([
    // A verification of a stated state still binds, as do a tool's or a path's name that merely contains the words.
    ['Check HSTS is enabled', ['hsts']],
    ['Test that HTTP redirects to HTTPS', ['https-redirect']],
    ['Add HSTS to the nginx config', ['hsts']],
    ['HSTS enabled (see README)', ['hsts']],
    ['Review Dockerfile security (non-root user)', ['dockerfile-non-root']],
    ['Audit HSTS configuration', ['hsts']],
    ['Check that HSTS is what we expect', ['hsts']],
    ['Debug mode off in production, documented in README', ['debug-mode']],
    ['Smoke test: /health returns 200', ['health-endpoint']],
  ])('still binds: %s', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });
  it('the gate is not failed by such tasks in a checklist', () => {
    expect(bound(['# Ops', '- [ ] Monitor the HSTS preload list status monthly', '- [ ] Remove the `latest` tag example from the README', '- [ ] HSTS enabled', ''].join('\n')).map(([, c]) => c)).toEqual([[], [], ['hsts']]);
  });
});
