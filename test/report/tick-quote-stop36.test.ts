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
