import { describe, expect, it } from 'vitest';
import { quoteTick, renderMarkdown, TICK_QUOTE_CHARS } from '../../src/report/markdown.js';
import { sampleReport } from './sample-report.js';

// Sweep 1c R1 (stop 35): a near-miss tick is the pull request author's text; quoted in full, a long one took the room
// of every finding in the check run and the comment, and its @mentions were repeated by the bot.
describe('quoting a near-miss tick', () => {
  it('cuts a long tick to its first characters with an ellipsis, on a code point boundary', () => {
    const tick = `Rollback plan reviewed ${'x'.repeat(30_000)}`;
    const q = quoteTick(tick);
    expect(q.length).toBeLessThanOrEqual(TICK_QUOTE_CHARS + 1);
    expect(q.startsWith('Rollback plan reviewed')).toBe(true);
    expect(q.endsWith('…')).toBe(true);
    const emoji = quoteTick('✅'.repeat(TICK_QUOTE_CHARS + 5));
    expect([...emoji]).toHaveLength(TICK_QUOTE_CHARS + 1);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps a short tick whole and breaks @mentions so nobody is notified again', () => {
    expect(quoteTick('rollback plan reviewed')).toBe('rollback plan reviewed');
    const q = quoteTick('backups tested, cc @octocat and @acme/sre');
    expect(q).not.toMatch(/@[A-Za-z0-9]/);
    expect(q.replace(/\u200b/g, '')).toBe('backups tested, cc @octocat and @acme/sre');
  });

  it('a 30,000-character tick leaves the summary small: the findings keep their room', () => {
    const r = sampleReport();
    const long = `backup restore procedure has been tested: ${'y'.repeat(30_000)}`;
    const withHint = renderMarkdown(r, { signoffHints: [{ tick: long, items: ['backups-tested'], kind: 'title' }] });
    const without = renderMarkdown(r, {});
    expect(withHint).toContain('backup restore procedure has been tested');
    expect(withHint.length - without.length).toBeLessThan(1_000);
  });
});
