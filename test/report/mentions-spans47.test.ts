import { describe, expect, it } from 'vitest';
import { quietMentions } from '../../src/report/markdown.js';

// Review 47 S1: quietMentions found each code span's closer by scanning to the end of the line from every opener, so a long
// line of unclosed backtick runs cost time quadratic in its length. The closer is now the next run of the opener's length,
// found in one pass; which text counts as code must not change (timings belong in `npm run bench`, not here).

const Q = '@\u200B';

describe('quietMentions finds code spans as CommonMark does (review 47 S1)', () => {
  it('a run closes only on the next run of its own length; runs of other lengths in between are text of the span', () => {
    expect(quietMentions('``a ` @x `` @y')).toBe(`\`\`a \` @x \`\` ${Q}y`);
    expect(quietMentions('` @a `` @b ` @c')).toBe(`\` @a \`\` @b \` ${Q}c`);
  });

  it('an unclosed run is text: mentions after it are quieted, and a later pair still makes a span', () => {
    expect(quietMentions('``` @a ` @b ` @c')).toBe(`\`\`\` ${Q}a \` @b \` ${Q}c`);
    expect(quietMentions('`a``b```c @d')).toBe(`\`a\`\`b\`\`\`c ${Q}d`);
  });

  it('an escaped backtick opens nothing, but a run after an escape can still close a span', () => {
    expect(quietMentions('\\` @a `')).toBe(`\\\` ${Q}a \``);
    expect(quietMentions('` @a \\`')).toBe('` @a \\`');
  });

  it('a line of 400 runs of distinct lengths (80,000 backticks) keeps every run as text and quiets the mention at its end', () => {
    let line = '';
    for (let n = 1; n <= 400; n++) line += '`'.repeat(n) + 'a';
    const out = quietMentions(`${line} @ops`);
    expect(out.startsWith(line)).toBe(true);
    expect(out.endsWith(`${Q}ops`)).toBe(true);
  });
});
