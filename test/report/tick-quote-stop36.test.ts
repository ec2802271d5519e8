import { describe, expect, it } from 'vitest';
import { quoteTick } from '../../src/report/markdown.js';

// Review C (stop 35): a quoted tick broke @mentions but kept `#123`, so the bot's comment added a "mentioned this"
// event to every issue the author's tick named.
describe('quoting a near-miss tick: issue references', () => {
  it('breaks #123, owner/repo#123 and GH-123 so GitHub links nothing, and keeps the text readable', () => {
    const tick = 'rollback tested, see #123, acme/api#45 and GH-7';
    const q = quoteTick(tick);
    expect(q).not.toMatch(/#\d/);
    expect(q).not.toMatch(/GH-\d/i);
    expect(q.replace(/\u200b/g, '')).toBe(tick);
  });

  it('leaves a # that names no issue as it is', () => {
    expect(quoteTick('step #a done, C# service')).toBe('step #a done, C# service');
  });
});

// Review C (stop 36, N1): the references were broken everywhere, URLs and code spans included, where GitHub links
// nothing: `https://x.io/#42` pointed at the fragment `#%E2%80%8B42`, and a copied code span carried the ZWSP along.
describe('quoting a near-miss tick: only where GitHub links a reference', () => {
  it('leaves URLs as typed: a fragment, a path with GH-123, an @ in a path', () => {
    expect(quoteTick('see https://x.io/#42')).toBe('see https://x.io/#42');
    expect(quoteTick('https://github.com/o/r/issues/12#issuecomment-99')).toBe('https://github.com/o/r/issues/12#issuecomment-99');
    expect(quoteTick('see https://jira.example/browse/GH-123 and https://medium.com/@bob')).toBe('see https://jira.example/browse/GH-123 and https://medium.com/@bob');
  });

  it('leaves code spans as typed', () => {
    expect(quoteTick('see `#123` and `GH-4 @bob`')).toBe('see `#123` and `GH-4 @bob`');
  });

  it('still breaks the references around them, at the start, after `(` and after owner/repo; not inside a word', () => {
    const q = quoteTick('#1 first (#2), `x` #3 https://x.io/#4 acme/api#5 C#6');
    expect(q).toBe('\\#\u200b1 first (#\u200b2), `x` #\u200b3 https://x.io/#4 acme/api#\u200b5 C#6');
  });
});
