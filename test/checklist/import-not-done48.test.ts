import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/checklist/import.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 48 (markdown22 D4): `preflight import` wrote an item whose status says the work is not done ("— pending") as a
// plain manual YAML item, so a tick in the pull request signed off in the YAML what the Markdown checklist refuses. The
// YAML reader reads a manual item's title as the Markdown reader does: the imported checklist gates the same way.

const MD = `# R

## App
- [ ] Debug mode is off in production — pending
- [ ] Containers do not run as root (Status: To Do)
- [ ] Backups restored in a drill
- [ ] Load test done — pending
`;
const BODY = [
  '- [x] Debug mode is off in production — pending',
  '- [x] Containers do not run as root (Status: To Do)',
  '- [x] Backups restored in a drill',
  '- [x] Load test done — pending',
].join('\n');

async function verdict(file: string, text: string) {
  const dir = makeRepo({ [file]: text, 'app.py': 'print(1)\n' });
  const { report } = await run({ dir, cwd: dir, checklist: path.join(dir, file), probes: false, env: {}, failOn: 'info', attestation: { body: BODY, by: 'alice' } });
  return { result: report.result, items: report.items.map((i) => [i.title, i.status]), reasons: report.items.map((i) => i.reason ?? null) };
}

describe('import keeps the not-done status gating (markdown22 D4)', () => {
  it('the imported YAML gives the Markdown checklist\'s verdict for the same pull request ticks', async () => {
    const { yaml, report } = importMarkdown('PRODUCTION_CHECKLIST.md', MD);
    const md = await verdict('PRODUCTION_CHECKLIST.md', MD);
    const yml = await verdict('preflight.yml', yaml);
    expect(md.result).toBe('fail');
    expect(yml.items).toEqual(md.items);
    expect(yml.result).toBe(md.result);
    expect(yml.items).toEqual([
      ['Debug mode is off in production — pending', 'pending'],
      ['Containers do not run as root (Status: To Do)', 'pending'],
      ['Backups restored in a drill', 'attested'],
      // Names no check: a tick signs it off, in both.
      ['Load test done — pending', 'attested'],
    ]);
    // What to do in YAML: the check is bound by `check`, not by ticking a box in the file.
    expect(yml.reasons[0]).toMatch(/not done, so no tick in the pull request signs it off; when it is done, remove the status from its title and add `check: debug-mode` to the item/);
    expect(md.reasons[0]).toMatch(/tick its box in the checklist or remove the status/);
    // The import says so.
    expect(report).toMatch(/Not done \(2\): .*no tick in the pull request signs these off/);
    expect(report).toContain('  debug-mode-is-off-in-production-pending → debug-mode');
    expect(report).not.toMatch(/^warning:/m);
  });

  it('a hand-written YAML manual item reads the same; a signed-off one, a bound one and a plain one are left alone', () => {
    const yaml = `version: 1
items:
  - id: debug
    title: Debug mode disabled — not done
  - id: debug-signed
    title: Debug mode disabled — not done
    signed-off: true
  - id: debug-bound
    title: Debug mode disabled — not done
    check: debug-mode
  - id: debug-plain
    title: Debug mode disabled
  - id: preload
    title: HSTS enabled, 1 year (preload pending)
`;
    const items = parseYamlChecklist('preflight.yml', yaml).items;
    expect(items.map((i) => [i.id, i.notDoneChecks ?? []])).toEqual([
      ['debug', ['debug-mode']],
      ['debug-signed', []],
      ['debug-bound', []],
      ['debug-plain', []],
      ['preload', []],
    ]);
  });

  it('warns when the YAML would read a status differently from the Markdown (a terse sub-item read under its parent)', () => {
    // The sub-item names the database only through its parent item: the imported title alone names no check.
    const md = '## Data\n- [ ] Postgres\n  - [ ] Not exposed to the internet — pending\n';
    const { yaml, report } = importMarkdown('C.md', md);
    expect(yaml).toContain('Not exposed to the internet — pending');
    expect(report).toMatch(/^warning: C\.md:3: item 'not-exposed-to-the-internet-pending': its status says the work is not done, .*in the YAML a tick signs it off; when it is done, add `check: database-port-exposed` to it instead$/m);
    expect(report).not.toMatch(/Not done \(/);
  });
});
