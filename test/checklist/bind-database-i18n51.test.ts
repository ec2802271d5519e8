import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

// QA51 teams D1: a terse German or Spanish item under a "Datenbank" / "Base de datos" heading or parent item ("Nicht öffentlich
// erreichbar", "No expuesta a internet") stayed manual while the English one under "## Database" binds: words without an
// accent that only these languages have ("Datenbank", "erreichbar", "expuesta") did not make the item or its heading read in
// English, and French "pas exposée" kept its "pas".

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const bound = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => [i.title, i.checks]);

describe('teams D1: terse database items under a German, Spanish or French database topic bind as the English ones do', () => {
  it.each<[string, string[], string | undefined]>([
    ['Nicht öffentlich erreichbar', ['T', 'Datenbank'], undefined],
    ['Nicht aus dem Internet erreichbar', ['T', 'Datenbank'], undefined],
    ['Nicht aus dem Internet erreichbar', ['T', 'Datenbank'], 'Datenbank'],
    ['Nicht aus dem Internet erreichbar', ['T', '2. Datenbank'], 'Datenbank'],
    ['Nicht exponiert', ['T', 'Datenbanken'], undefined],
    ['No expuesta a internet', ['T', 'Base de datos'], undefined],
    ['No expuesta a internet', ['T', 'Seguridad'], 'Base de datos'],
    ['No accesible desde internet', ['T', 'Base de datos'], undefined],
    ['Pas exposée sur internet', ['T', 'Base de données'], undefined],
  ])('%s under %j › %s', (text, headings, parent) => {
    expect(checksOf(text, headings, parent)).toEqual(['database-port-exposed']);
  });

  it('binds the report\'s checklist as the English twin binds', () => {
    const md = [
      '# T', '## Database', '- [ ] Not reachable from the internet', '## Datenbank', '- [ ] Nicht öffentlich erreichbar',
      '## Base de datos', '- [ ] No expuesta a internet', '## DB', '- [ ] Datenbank', '  - [ ] Nicht aus dem Internet erreichbar',
      '## Datenbank', '- [ ] Datenbank', '  - [ ] Nicht aus dem Internet erreichbar', '',
    ].join('\n');
    expect(bound(md)).toEqual([
      ['Not reachable from the internet', ['database-port-exposed']],
      ['Nicht öffentlich erreichbar', ['database-port-exposed']],
      ['No expuesta a internet', ['database-port-exposed']],
      ['Datenbank', []],
      ['Nicht aus dem Internet erreichbar', ['database-port-exposed']],
      ['Datenbank', []],
      ['Nicht aus dem Internet erreichbar', ['database-port-exposed']],
    ]);
  });

  it.each<[string, string[]]>([
    // Opt-outs, deferrals, knowledge and questions stay manual under the same headings.
    ['Öffentlich erreichbar (für BI-Tool)', ['T', 'Datenbank']],
    ['Expuesta a internet para el equipo de BI', ['T', 'Base de datos']],
    ['Nicht aus dem Internet erreichbar — später', ['T', 'Datenbank']],
    ['Nicht aus dem Internet erreichbar — noch nicht', ['T', 'Datenbank']],
    ['Müssen wir sie aus dem Internet abschotten?', ['T', 'Datenbank']],
    ['No expuesta a internet (más adelante)', ['T', 'Base de datos']],
    ['No expuesta a internet — documentado', ['T', 'Base de datos']],
    ['¿Necesitamos que no esté expuesta a internet?', ['T', 'Base de datos']],
    ['Exposée sur internet (pas encore fermée)', ['T', 'Base de données']],
  ])('stays manual: %s under %j', (text, headings) => {
    expect(checksOf(text, headings)).toEqual([]);
  });
});
