import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * QA 52 cliux D9: a file name holding a backtick or `<` (chosen by whoever opens the pull request) reached the Markdown
 * report's finding message raw where the message names it unquoted: its backtick paired with others into a code span
 * across the sentence, and `<b>` then sat outside any escaping. Each backtick of the finding's file name is now a
 * character (`` \` ``), as in quoted text, so `<`, `>` and `&` around it are escaped as plain text.
 */
describe('file names in Markdown finding messages (QA 52 cliux D9)', () => {
  it('backticks and < > & of a file name are escaped, not markup', async () => {
    const repo = makeRepo({ 'p|ipe`tick<b>&.env': 'A=1\n' });
    let stdout = '';
    await main(['--format', 'markdown', '--no-probes'], { stdout: (s) => { stdout += s; }, stderr: () => {}, isTTY: false, env: {}, cwd: repo });
    const line = stdout.split('\n').find((l) => l.includes('is committed'));
    expect(line).toBeDefined();
    // The message part, after the location column's own code span.
    const message = line!.slice(line!.indexOf('**'));
    expect(message).not.toMatch(/<b>/);
    expect(message).toContain('p|ipe\\`tick&lt;b&gt;&amp;.env is committed');
    // No backtick of the file name is left to open a code span: every unescaped backtick is one of a pair the product wrote.
    const bare = [...message.matchAll(/(?<!\\)`/g)].length;
    expect(bare % 2).toBe(0);
    expect(message).not.toContain('&amp;lt;');
  });
});
