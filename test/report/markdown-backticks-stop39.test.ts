import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { esc, renderMarkdown } from '../../src/report/markdown.js';
import type { Finding } from '../../src/types.js';
import { sampleReport } from './sample-report.js';

// QA stop 39 (probes12, minor): in `--format markdown` the backticks of a Server banner the message quotes made a code
// span (`Apache/… mod_`ssl`/2.4` showed `ssl` as code), and a lone backtick in a quoted cookie name paired with the
// product's own code span later in the message.

/** GitHub's parse (CommonMark + GFM): the inline code spans and the text shown. */
function shown(md: string): { code: string[]; text: string } {
  const code: string[] = [];
  let text = '';
  const walk = (n: Nodes) => {
    if (n.type === 'inlineCode') code.push(n.value);
    if (n.type === 'text' || n.type === 'inlineCode') text += n.value;
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  return { code, text };
}

describe('markdown: backticks in quoted server or repository text are characters', () => {
  it('a Server banner with a pair of backticks shows as typed, no code span', () => {
    const message = "https://app.example/ reveals its version in Server: 'Apache/2.4.58 (Ubuntu) mod_`ssl`/2.4'; hide it";
    const md = esc(message);
    expect(md).toBe("https://app.example/ reveals its version in Server: 'Apache/2.4.58 (Ubuntu) mod\\_\\`ssl\\`/2.4'; hide it");
    expect(shown(md)).toEqual({ code: [], text: message });
  });

  it('a lone backtick in a quoted cookie name does not pair with the product\'s code span after it', () => {
    const message = "cookie 'my`id' is set without Secure; set `SameSite=Lax` and 'x`y'";
    const r = shown(esc(message));
    // Before: one code span "id' is set without Secure; set " and a stray backtick.
    expect(r.code).toEqual(['SameSite=Lax']);
    expect(r.text).toBe("cookie 'my`id' is set without Secure; set SameSite=Lax and 'x`y'");
  });

  it('keeps the product\'s code spans: around apostrophes, holding quoted words, next to quoted values', () => {
    for (const [message, spans] of [
      ["http://x/ closes connections without answering (as nginx `return 444` does): it's refused", ['return 444']],
      ["the server's banner `x` isn't shown, users' `y`", ['x', 'y']],
      ["add `script-src 'self'` to the CSP 'default-src *'", ["script-src 'self'"]],
      ["X-Frame-Options is 'SAMEORIGIN', use `DENY`", ['DENY']],
    ] as const) {
      const r = shown(esc(message));
      expect(r.code, message).toEqual(spans);
      expect(r.text, message).toBe(message.replace(/`/g, ''));
    }
  });

  it('in the rendered report: the banner finding shows as the server sent it', () => {
    const banner: Finding = { check: 'server-version-leak', item: 'hsts', severity: 'low', message: "https://staging.example.com/ reveals its version in Server: 'Apache/2.4 mod_`ssl`/2.4 `x`'; hide it", file: null, line: null, column: null, url: 'https://staging.example.com/' };
    const md = renderMarkdown(sampleReport({ findings: [banner] }));
    const line = md.split('\n').find((l) => l.includes('reveals its version'))!;
    expect(shown(line).code).toEqual([]);
    expect(shown(line).text).toContain("Server: 'Apache/2.4 mod_`ssl`/2.4 `x`'; hide it");
  });
});
