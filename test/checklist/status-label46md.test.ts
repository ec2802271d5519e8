import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 46 (markdown21 D1): Jira/Confluence status annotations ("(Status: To Do)", "(status: pending)", "— not done",
// "— To Do", a status lozenge) bound the item's check, while "— pending" and "— not started" kept it manual.

const checksOf = (text: string) => matchItem(text, { headings: ['Release'] }).checks;
const parsed = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks]);

describe('markdown21 D1: a tracker status keeps the item manual', () => {
  it.each([
    'Memory limits on all containers (status: not started)',
    'Memory limits on all containers (Status: To Do)',
    'Memory limits on all containers (Status: Not started)',
    'Memory limits on all containers (Status: In Progress)',
    'Memory limits on all containers (Status: Open)',
    'Memory limits on all containers (To Do)',
    'Memory limits on all containers — not done',
    'Memory limits on all containers — To Do',
    'Memory limits on all containers — to-do.',
    'HSTS enabled (status: pending)',
    'HSTS enabled — status pending',
    'HSTS enabled (state: pending, OPS-12)',
    'Límites de memoria en todos los contenedores (Estado: Pendiente)',
    'Speicherlimits für alle Container (Status: offen)',
    'Healthcheck in Dockerfile (Status: Reopened)',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // A positive status, or the same words as the topic's state, still promise.
    ['Memory limits on all containers (Status: Done)', ['resource-limits']],
    ['Memory limits on all containers — done', ['resource-limits']],
    ['HSTS enabled (status: verified)', ['hsts']],
    ['Readiness probe: pending requests drained before shutdown', ['k8s-probes']],
    ['Memory limits on all containers (status: in place)', ['resource-limits']],
    ['Port 443 open, HTTP redirects to HTTPS', ['https-redirect']],
  ])('%s → %j', (text, checks) => {
    expect(checksOf(text)).toEqual(checks);
  });

  it('a Confluence status lozenge is the item\'s state', () => {
    const md = [
      '# Go-live',
      '* [ ] Image tags pinned <span class="status-macro aui-lozenge aui-lozenge-current">IN PROGRESS</span>',
      '* [ ] Restart policy on all services <ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Grey</ac:parameter><ac:parameter ac:name="title">TO DO</ac:parameter></ac:structured-macro>',
      '* [ ] Debug mode off in production <span class="status-macro aui-lozenge aui-lozenge-success">DONE</span>',
      '* [ ] Memory limits on <span class="highlight">all</span> containers',
      '',
    ].join('\n');
    expect(parsed(md)).toEqual([
      ['Image tags pinned — IN PROGRESS', []],
      ['Restart policy on all services — TO DO', []],
      ['Debug mode off in production — DONE', ['debug-mode']],
      ['Memory limits on all containers', ['resource-limits']],
    ]);
  });
});
