import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 45 (markdown20 D2): "Topic: state" and "**Topic** — state" items stayed manual ("**Image tags**: pinned",
// "Hardcoded secrets: none") while "Image tags pinned" and "No hardcoded secrets" bound.

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;

describe('markdown20 D2: a label and its state read as the promise without the colon or dash', () => {
  it.each<[string, string[]]>([
    ['**Image tags**: pinned', ['image-tag-pinned']],
    ['Image tags: pinned', ['image-tag-pinned']],
    ['**TLS**: 1.2+ only', ['tls-protocols-config', 'tls-version']],
    ['**Secrets**: none committed', ['hardcoded-secret']],
    ['Hardcoded secrets: none', ['hardcoded-secret']],
    ['Committed `.env` files: none', ['env-file-committed']],
    ['**Secrets** — none in git; all come from AWS Secrets Manager.', ['hardcoded-secret']],
    ['Image tags — pinned', ['image-tag-pinned']],
  ])('%s → %j', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });

  it.each([
    // The state withdraws, defers or states the risk: the reading keeps every veto.
    'HSTS: disabled',
    'Image tags: latest',
    'Image tags: pinned later',
    'Image tags: pinned (next sprint)',
    'Hardcoded secrets: none yet? to discuss',
    'Root user: allowed for the init container',
    'TLS: 1.0 allowed for legacy clients',
    'Secrets: rotated quarterly',
    'Debug mode: on',
    'Backups: none',
    'Owner: @alice',
    // The label switched off as written opts out, as without the reading.
    'HTTPS redirect: off for /health',
    'Image tags — not pinned for the vendor images',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it('a label under a waiver heading stays manual', () => {
    const md = '# Go-live\n\n## Known exceptions\n\n- [ ] **Image tags**: pinned\n';
    expect(parseMarkdownChecklist('c.md', md).items.map((i) => i.checks)).toEqual([[]]);
  });
});
