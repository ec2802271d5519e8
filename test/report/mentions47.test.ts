import { describe, expect, it } from 'vitest';
import { quietMentions, renderMarkdown } from '../../src/report/markdown.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { legacyKey } from '../../src/gate/baseline.js';
import { runCase } from '../helpers/check-tester.js';
import { sampleReport } from './sample-report.js';
import type { Report } from '../../src/types.js';

// Stop 47, action15 D1: the sticky PR comment held live mentions — "attested by @alice", a team in an item title
// ("@acme/sre notified…") and `(@sha256:…)` in image-tag-pinned's message — so every new comment notified them.

/** Mentions GitHub would notify: `@` at the start or after a non-word character, then a letter or digit. */
const LIVE = /(?<![A-Za-z0-9_])@[A-Za-z0-9][\w-]*(?:\/[\w-]+)?/g;

/** The text outside fenced code, code spans, HTML comments and URLs, where GitHub mentions people. */
function mentionable(md: string): string {
  return md
    .replace(/https?:\/\/\S+/g, '')
    .replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(`+)[^`]+?\1/g, '');
}

function mentionReport(): Report {
  const base = sampleReport();
  return {
    ...base,
    items: [
      ...base.items,
      { id: 'sre-notified', title: '@acme/sre notified of the release window', kind: 'manual', check: null, severity: 'high', status: 'pending', group: ['Operations'] },
      { id: 'owner', title: 'Rollback owner named (@bob, cc @carol)', kind: 'manual', check: null, severity: 'low', status: 'attested', attestedBy: 'dave', group: ['Operations'] },
    ],
    findings: [
      ...base.findings,
      { check: 'image-tag-pinned', item: 'pinned', severity: 'high', message: "FROM node:latest uses the moving tag 'latest'; pin a version tag or a digest (@sha256:…)", file: 'Dockerfile', line: 2, column: 6, url: null, fingerprint: 'fp-x', fix: 'ask @erin, or see https://medium.com/@frank/pinning' },
    ],
  };
}

describe('the sticky comment notifies nobody (quietMentions)', () => {
  it('breaks the attester, teams and users in titles, and mentions in messages and fix texts', () => {
    const report = mentionReport();
    const loud = renderMarkdown(report, { marker: '<!-- preflight:sticky-comment Preflight @x -->' });
    // Without the option (the check run, the job summary), the mentions are there as written.
    expect(mentionable(loud).match(LIVE)).toEqual(expect.arrayContaining(['@alice', '@acme/sre', '@dave', '@bob', '@carol', '@sha256', '@erin']));
    const quiet = renderMarkdown(report, { marker: '<!-- preflight:sticky-comment Preflight @x -->', quietMentions: true });
    expect(mentionable(quiet).match(LIVE)).toBeNull();
    // Readable as before: only zero-width spaces were added, and only after an `@`.
    expect(quiet.replace(/@\u200b/g, '@')).toBe(loud);
    expect(quiet).toContain('attested by @\u200balice');
    expect(quiet).toContain('**@\u200bacme/sre notified of the release window**');
  });

  it('keeps the copy-paste sign-off lines, the marker, code spans and URLs byte for byte', () => {
    const quiet = renderMarkdown(mentionReport(), { marker: '<!-- preflight:sticky-comment Preflight @x -->', quietMentions: true });
    expect(quiet.startsWith('<!-- preflight:sticky-comment Preflight @x -->\n')).toBe(true);
    const fence = /^```markdown\n([\s\S]*?)^```$/m.exec(quiet)![1]!;
    expect(fence).toContain('- [ ] @acme/sre notified of the release window\n');
    expect(fence).not.toContain('\u200b');
    expect(quiet).toContain('https://medium.com/@frank/pinning');
  });

  it('leaves what GitHub does not take for a mention: an e-mail address, code, an escaped backtick before code', () => {
    expect(quietMentions('write to ops@example.com or image@sha256:abc')).toBe('write to ops@example.com or image@sha256:abc');
    expect(quietMentions('run `docker pull a@sha256:x` as @bob')).toBe('run `docker pull a@sha256:x` as @\u200bbob');
    expect(quietMentions('``a ` @x`` and \\`@y`')).toBe('``a ` @x`` and \\`@\u200by`');
    expect(quietMentions('~~~\n@a\n~~~\n@b')).toBe('~~~\n@a\n~~~\n@\u200bb');
    expect(quietMentions('<!-- @a\n@b -->@c')).toBe('<!-- @a\n@b -->@\u200bc');
    // Idempotent.
    expect(quietMentions(quietMentions('(@sha256:…) @x'))).toBe('(@\u200bsha256:…) @\u200bx');
  });
});

describe('image-tag-pinned: the digest hint is no mention anywhere', () => {
  it('names the digest as code in the message and the fix text', async () => {
    const { findings } = await runCase(imageTagPinned, { name: 'x', files: { Dockerfile: 'FROM node:latest\n' } });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/pin a version tag or a digest \(`image:tag@sha256:…`\)$/);
    expect(findings[0]!.message).not.toMatch(LIVE);
    expect(imageTagPinned.docs.fix).toContain('(`image:tag@sha256:…`)');
  });

  it('a version 1 baseline entry worded as earlier releases wrote it still knows the finding', () => {
    const old = "FROM node:latest uses the moving tag 'latest'; pin a version tag or a digest (@sha256:…)";
    const now = "FROM node:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)";
    expect(legacyKey('image-tag-pinned', 'Dockerfile', now)).toBe(legacyKey('image-tag-pinned', 'Dockerfile', old));
  });
});
