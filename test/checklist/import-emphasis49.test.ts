import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/checklist/import.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 49 (review 48 S4.4): `preflight import` wrote a title without its emphasis ("HSTS enabled _pending_" became
// "HSTS enabled pending"), which the YAML reader reads as no status: the Markdown item was not done (no tick in the pull
// request signs it off), the imported one a plain manual item a tick signs off. A not-done item's emphasised status is now
// written as the aside the Markdown reads it as ("HSTS enabled (pending)"); other titles stay as the line shows them.

const LINES = [
  'Debug mode is off in production _pending_',
  'HSTS enabled **pending** (OPS-12)',
  '**WIP** Containers do not run as root',
  'Backups restored _pending_',
  'Debug mode is off in production — pending',
  'Debug mode off, **N/A** for the worker',
];
const MD = `# R\n\n## App\n${LINES.map((l) => `- [ ] ${l}\n`).join('')}`;
// A pull request that ticks every line as the Markdown shows it.
const BODY = LINES.map((l) => `- [x] ${l}`).join('\n');

async function verdict(file: string, text: string) {
  const dir = makeRepo({ [file]: text, 'app.py': 'print(1)\n' });
  const { report } = await run({ dir, cwd: dir, checklist: path.join(dir, file), probes: false, env: {}, failOn: 'info', attestation: { body: BODY, by: 'alice' } });
  return report.items.map((i) => [i.id, i.status]);
}

describe('import keeps an emphasised not-done status (QA49 S4.4)', () => {
  it('the imported YAML reads each item\'s not-done status as the Markdown does, with no drift warning', () => {
    const { yaml, report } = importMarkdown('PRODUCTION_CHECKLIST.md', MD);
    const md = parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', MD).items;
    const back = parseYamlChecklist('preflight.yml', yaml).items;
    expect(back.map((i) => i.id)).toEqual(md.map((i) => i.id));
    expect(back.map((i) => i.notDoneChecks ?? [])).toEqual(md.map((i) => i.notDoneChecks ?? []));
    expect(md[0]!.notDoneChecks).toEqual(['debug-mode']);
    expect(md[1]!.notDoneChecks).toEqual(['hsts']);
    expect(report).not.toMatch(/^warning:/m);
  });

  it('only a not-done item\'s title gets the aside, and only where the title as shown would read otherwise', () => {
    const titles = parseYamlChecklist('preflight.yml', importMarkdown('PRODUCTION_CHECKLIST.md', MD).yaml).items.map((i) => i.title);
    expect(titles).toEqual([
      'Debug mode is off in production (pending)',
      'HSTS enabled (pending) (OPS-12)',
      // "WIP Containers…" reads as not done as it is shown: kept.
      'WIP Containers do not run as root',
      // Names no check: a plain manual item either way, its title as shown (a pull request may tick it).
      'Backups restored pending',
      'Debug mode is off in production — pending',
      'Debug mode off, N/A for the worker',
    ]);
  });

  it('the Markdown run and the run on the imported YAML give the same items and statuses for the same ticks', async () => {
    const md = await verdict('PRODUCTION_CHECKLIST.md', MD);
    const yml = await verdict('preflight.yml', importMarkdown('PRODUCTION_CHECKLIST.md', MD).yaml);
    expect(md.slice(0, 2)).toEqual([['debug-mode-is-off-in-production-pending', 'pending'], ['hsts-enabled-pending-ops-12', 'pending']]);
    expect(yml).toEqual(md);
  }, 60_000);
});
