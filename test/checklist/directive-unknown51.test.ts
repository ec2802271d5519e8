/**
 * QA 51 (left open, item 3): an unknown id in a Markdown checklist's `<!-- preflight: ID -->` was said as "unknown check 'hst' in
 * <!-- preflight: … --> (did you mean 'hsts'?); run `preflight list` for the catalogue": the comment's own `preflight` again
 * (three times on the CLI's line), with an ellipsis for the id just named. Now the id found is said once, with the nearest
 * known id, else what is expected there, at the comment's file:line:column.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { main } from '../../src/cli.js';
import { ConfigError } from '../../src/types.js';
import { makeRepo } from '../helpers/repo.js';

const known = ['hsts', 'https-redirect', 'certificate', 'debug-mode', 'image-tag-pinned'];

function formatted(text: string): string[] {
  try { parseMarkdownChecklist('CHECKLIST.md', text, { known, match: false }); } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.all().map((x) => x.format());
  }
  return [];
}

describe('an unknown id in <!-- preflight: ID --> (QA 51)', () => {
  it('a near miss names the closest id, once', () => {
    expect(formatted('# T\n\n- [ ] Item\n- [ ] HSTS on <!-- preflight: hstss -->\n')).toEqual([
      "CHECKLIST.md:4:15: unknown check 'hstss' (did you mean 'hsts'?)",
    ]);
  });

  it('an id like none says what is expected there', () => {
    expect(formatted('- [ ] Backups tested <!-- preflight: backups -->\n')).toEqual([
      "CHECKLIST.md:1:22: unknown check 'backups'; expected `manual` or a check id (`preflight list` shows them)",
    ]);
  });

  it('each unknown id of one comment is said once, the known ones still bind', () => {
    const lines = formatted('- [ ] Edge <!-- preflight: hsts, hstx, zzz -->\n');
    expect(lines).toEqual([
      "CHECKLIST.md:1:12: unknown check 'hstx' (did you mean 'hsts'?)",
      "CHECKLIST.md:1:12: unknown check 'zzz'; expected `manual` or a check id (`preflight list` shows them)",
    ]);
    for (const l of lines) {
      const id = /'([^']+)'/.exec(l)![1]!;
      expect(l.split(`'${id}'`)).toHaveLength(2);
      expect(l.match(/preflight/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('the CLI says it on one line, naming the id once', async () => {
    const repo = makeRepo({ 'PREFLIGHT.md': '# Release\n\n- [ ] HSTS on <!-- preflight: hst -->\n' });
    let stderr = '';
    const code = await main(['--checklist', 'PREFLIGHT.md', '--no-probes'], { stdout: () => {}, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd: repo });
    expect(code).toBe(2);
    expect(stderr).toBe("preflight: PREFLIGHT.md:3:15: unknown check 'hst' (did you mean 'hsts'?)\n");
  });
});
