/**
 * Manual sign-off in a pull request: a ticked checkbox in the PR description whose text equals an
 * item's title or id attests that item. Both sides go through `normaliseTitle`, so matching
 * ignores case, inline Markdown markup and surrounding space.
 */
import { tickedTexts } from '../checklist/markdown.js';
import { normaliseTitle } from '../checklist/title.js';


// GitHub caps a PR description at 65,536 characters; more is not a description (bounds the parse).
const MAX_BODY = 262_144;

/**
 * The normalised texts of the ticked checkboxes in a pull-request description, read as GitHub
 * renders it: task-list items (`[x]`/`[X]`, `-`/`*`/`+` bullets, nested, in block quotes, LF or
 * CRLF). Boxes nobody sees as ticks — in fenced or indented code, in HTML comments (a PR template's
 * commented-out example), in raw HTML — attest nothing.
 */
export function parseAttestations(body: string): Set<string> {
  const ticks = new Set<string>();
  for (const t of tickedTexts(body, MAX_BODY)) {
    const text = normaliseTitle(t);
    if (text) ticks.add(text);
  }
  return ticks;
}
