import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA51 docs D2: four wordings docs/checks.md gives as binding stayed manual info items: a double negative ("Never remove the
// HSTS header"), a German question that states what to verify ("Debug-Modus deaktiviert?"), an old protocol whose status is
// "obsolete" ("SSLv3 — obsolete": the word describes the protocol, not the item) and database ports blocked by the firewall.

const checksOf = (line: string) => parseMarkdownChecklist('c.md', `- [ ] ${line}\n`).items[0]!.checks;
const TLS = ['tls-protocols-config', 'tls-version'];

describe('D2: a double negative about HSTS is a promise', () => {
  it.each(['Never remove the HSTS header', 'Never disable HSTS', "Don't remove the HSTS header", 'Do not remove the Strict-Transport-Security header'])('%s binds hsts', (line) => {
    expect(checksOf(line)).toEqual(['hsts']);
  });
  it.each(['Remove the HSTS header before the domain migration', "Don't remove the HSTS header yet", 'HSTS not enabled', 'No HSTS', 'We do not remove HSTS until the migration'])('%s stays manual', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
});

describe('D2: a question that states what to verify in German, Spanish or Portuguese binds', () => {
  it.each(['Debug-Modus deaktiviert?', '¿Modo debug desactivado?', 'Modo de depuração desativado?'])('%s binds debug-mode', (line) => {
    expect(checksOf(line)).toEqual(['debug-mode']);
  });
  it.each(['Brauchen wir HSTS preload?', '¿Necesitamos HSTS en el panel?', 'Faut-il activer HSTS ?', 'Debug-Modus deaktivieren?', 'HSTS aktivieren?', 'Debug-Modus?', 'Debug-Modus aktiviert?'])('%s stays manual', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
});

describe('D2: an old protocol "deprecated" or "obsolete" binds the TLS checks', () => {
  it.each(['SSLv3 — obsolete', 'SSLv3 - obsolete', 'SSLv3: obsolete', 'TLS 1.0 and 1.1 (deprecated)', 'TLSv1/TLSv1.1: deprecated', 'Disable TLS 1.0 (deprecated)', 'Disable TLS 1.0: deprecated'])('%s', (line) => {
    expect(checksOf(line)).toEqual(TLS);
  });
  it.each([
    // Something else said of it, a date to come, or what is retired is no old protocol: the item is retired or promises no refusal.
    'TLS 1.0 still enabled (deprecated)',
    'TLS 1.0 — deprecated in Q3',
    'TLS 1.2+ — obsolete',
    'Set up container restart policies — deprecated',
    'Security headers: retired',
    'Restart policy: deprecated',
  ])('%s stays manual', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
});

describe('D2: database ports blocked by the firewall', () => {
  it.each(['DB ports blocked by the firewall', 'Database ports blocked by the firewall', 'Database ports blocked from the internet', 'Postgres not exposed (blocked by the firewall)'])('%s binds database-port-exposed', (line) => {
    expect(checksOf(line)).toEqual(['database-port-exposed']);
  });
  it('names the port of the database it names', () => {
    expect(parseMarkdownChecklist('c.md', '- [ ] Postgres port blocked by the security group\n').items[0]!.options).toMatchObject({ ports: [5432] });
  });
  it.each(['DB ports blocked by OPS-12', 'DB ports — blocked by OPS-12', 'DB ports (blocked)', 'DB ports not blocked'])('%s stays manual', (line) => {
    expect(checksOf(line)).toEqual([]);
  });
});
