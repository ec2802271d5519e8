import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { main } from '../../src/cli.js';
import { checklistNotDiscoveredNotice } from '../../src/action/main.js';
import { responseTime } from '../../src/probes/response-time.js';
import { makeRepo } from '../helpers/repo.js';

const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
/** The checks each item of a checklist binds, by title. */
const bindings = (text: string) => parse(text).items.map((i) => [i.title, i.checks]);
/** The checks of the one item of a one-line checklist (under `heading` when given). */
const checksOf = (line: string, heading = 'Security') => parse(`# Checklist\n## ${heading}\n- [ ] ${line}\n`).items[0]!.checks;

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, isTTY: false, env: {}, cwd });
  return { code, stdout, stderr };
}

// QA stop 38, review A B1: the Spanish, Portuguese, German and French words for "unnecessary" read as "not needed" wherever
// they stood, so a hardening promise ("sin cabeceras innecesarias": no unnecessary headers) went manual, and so did every
// sub-item of a parent worded so.
describe('QA38 review A B1: "unnecessary" in a promise is no "not needed" status', () => {
  it.each<[string, string[]]>([
    ['Cabeceras de seguridad configuradas, sin cabeceras obsoletas', ['security-headers']],
    ['Cabeceras de seguridad configuradas, sin cabeceras innecesarias', ['security-headers']],
    ['Imagens Docker com versão fixa, sem tags antigas', ['image-tag-pinned']],
    ['Imagens Docker com versão fixa, sem tags desnecessárias', ['image-tag-pinned']],
    ['Sicherheits-Header gesetzt, keine überflüssig offenen Header', ['security-headers']],
    ['Sicherheits-Header gesetzt, keine unnötig offenen Header', ['security-headers']],
    ['Images Docker avec version fixe', ['image-tag-pinned']],
    ['Images Docker avec version fixe, pas nécessaire de rebuild', ['image-tag-pinned']],
    ['Imágenes Docker con versión fija (sin paquetes innecesarios)', ['image-tag-pinned']],
    ['Imágenes Docker con versión fija, no es necesario reconstruir', ['image-tag-pinned']],
    // The attribute of what is switched off, and a relative clause about it.
    ['Port de base de données non exposé, services non nécessaires désactivés', ['database-port-exposed']],
    ['Puerto de la base de datos no expuesto, servicios no necesarios desactivados', ['database-port-exposed']],
    ['Imagens Docker com versão fixa; pacotes que não são necessários removidos', ['image-tag-pinned']],
  ])('%s', (line, checks) => {
    expect(checksOf(line, 'Docker')).toEqual(checks);
  });

  it('"not needed" as the item\'s status still keeps it manual: after a dash or a label, opening an aside, or said of the topic', () => {
    for (const line of [
      'HSTS — no necesario',
      'HSTS (nicht nötig)',
      'HSTS: pas nécessaire',
      'HSTS — innecesario',
      'HSTS header configured — desnecessário',
      'HSTS (unnötig, interne API)',
      'HSTS — no es necesario para la API interna',
      'CSP nicht nötig',
      'HSTS nicht nötig, interne API',
      'HSTS ist für die interne API nicht nötig',
      'HSTS pas nécessaire',
      "HSTS n'est pas nécessaire pour l'API interne",
      'HSTS não é necessário',
      'HSTS no es necesario para la API interna',
      'CSP no necesario',
      'HSTS innecesario',
      'HSTS non nécessaire',
      'HSTS não necessário',
    ]) expect([line, checksOf(line)]).toEqual([line, []]);
    // A condition stays the condition of an action.
    expect(checksOf('Datenbank-Port nicht öffentlich erreichbar, wenn nicht nötig', 'Datenbank')).toEqual(['database-port-exposed']);
  });

  it('a parent that promises hardening keeps its sub-items bound; one whose status is "not needed" keeps them manual', () => {
    expect(bindings([
      '# C',
      '- [ ] Contenedores endurecidos, sin paquetes innecesarios',
      '  - [ ] Imágenes Docker con versión fija',
      '  - [ ] Límites de memoria en todos los contenedores',
      '- [ ] Contenedores endurecidos, sin paquetes obsoletos',
      '  - [ ] Imágenes Docker con versión fija',
      '  - [ ] Límites de memoria en todos los contenedores',
      '- [ ] Cabeceras de seguridad (nicht nötig)',
      '  - [ ] HSTS enabled',
      '- [ ] Cabeceras de seguridad — no necesario',
      '  - [ ] HSTS enabled',
      // An aside about another topic is a remark, not the parent's status.
      '- [ ] Security (CSP nicht nötig für interne APIs)',
      '  - [ ] HSTS enabled',
      '',
    ].join('\n'))).toEqual([
      ['Contenedores endurecidos, sin paquetes innecesarios', []],
      ['Imágenes Docker con versión fija', ['image-tag-pinned']],
      ['Límites de memoria en todos los contenedores', ['resource-limits']],
      ['Contenedores endurecidos, sin paquetes obsoletos', []],
      ['Imágenes Docker con versión fija', ['image-tag-pinned']],
      ['Límites de memoria en todos los contenedores', ['resource-limits']],
      ['Cabeceras de seguridad (nicht nötig)', []],
      ['HSTS enabled', []],
      ['Cabeceras de seguridad — no necesario', []],
      ['HSTS enabled', []],
      ['Security (CSP nicht nötig für interne APIs)', []],
      ['HSTS enabled', ['hsts']],
    ]);
  });
});

// QA stop 38, review A S1: what an explicitly bound parent does to its sub-items, pinned.
describe('QA38 review A S1: explicit parents', () => {
  it('a parent kept manual explicitly whose text defers defers its sub-items; one bound to checks, or not deferring, defers nothing', () => {
    expect(bindings([
      '# C',
      '- [ ] Security headers — waived for launch <!-- preflight: manual -->',
      '  - [ ] X-Frame-Options set to DENY',
      '  - [ ] HSTS enabled',
      '- [ ] Cabeceras de seguridad — no necesario <!-- preflight: manual -->',
      '  - [ ] HSTS enabled',
      '- [ ] Security headers <!-- preflight: manual -->',
      '  - [ ] X-Frame-Options set to DENY',
      '- [ ] Security headers — waived for launch <!-- preflight: security-headers -->',
      '  - [ ] X-Frame-Options set to DENY',
      '  - [ ] HSTS enabled',
      '',
    ].join('\n'))).toEqual([
      ['Security headers — waived for launch', []],
      ['X-Frame-Options set to DENY', []],
      ['HSTS enabled', []],
      ['Cabeceras de seguridad — no necesario', []],
      ['HSTS enabled', []],
      ['Security headers', []],
      ['X-Frame-Options set to DENY', ['security-headers']],
      ['Security headers — waived for launch', ['security-headers']],
      ['X-Frame-Options set to DENY', ['security-headers']],
      ['HSTS enabled', ['hsts']],
    ]);
  });
});

// QA stop 38, review A S2: a sub-folder run never named a misnamed checklist at the repository root.
describe('QA38 review A S2: a sub-folder run names a checklist at the repository root under a name discovery does not read', () => {
  const code = { 'svc/Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n' };
  const checklist = '# Checklist\n- [ ] HSTS enabled\n';

  it('the CLI names it with the --checklist that uses it, from the repository root and from the sub-folder', async () => {
    const repo = makeRepo({ ...code, '.github/PRODUCTION_CHECKLIST.md': checklist });
    const r = await cli(['--no-probes', '--format', 'json', '--dir', 'svc'], repo);
    expect(JSON.parse(r.stdout).items.every((i: { preset?: string }) => i.preset === 'recommended')).toBe(true);
    expect(r.stderr).toBe('preflight: no checklist discovered in svc (discovery looks for .github/preflight.yml, .github/preflight.yaml, preflight.yml, PRODUCTION_CHECKLIST.md, docs/PRODUCTION_CHECKLIST.md in the scanned folder only), so the built-in recommended preset ran (fail-on: critical); .github/PRODUCTION_CHECKLIST.md at the repository root looks like a checklist but is not read there: to use it, add --checklist .github/PRODUCTION_CHECKLIST.md\n');
    const inside = await cli(['--no-probes', '--format', 'json'], path.join(repo, 'svc'));
    expect(inside.stderr).toContain('.github/PRODUCTION_CHECKLIST.md at the repository root looks like a checklist but is not read there: to use it, add --checklist ../.github/PRODUCTION_CHECKLIST.md\n');
    // The --checklist it names is the one that works.
    const named = await cli(['--no-probes', '--format', 'json', '--dir', 'svc', '--checklist', '.github/PRODUCTION_CHECKLIST.md'], repo);
    expect(named.stderr).toBe('');
    expect(JSON.parse(named.stdout).checklist.file).toBeTruthy();
  });

  it('a near miss in the sub-folder is named rather than the root\'s; nothing is said when the root has none', async () => {
    const both = makeRepo({ ...code, '.github/PRODUCTION_CHECKLIST.md': checklist, 'svc/production_checklist.md': checklist });
    const r = await cli(['--no-probes', '--format', 'json', '--dir', 'svc'], both);
    expect(r.stderr).toContain('; production_checklist.md looks like a checklist but is not read under that name: to use it, add --checklist svc/production_checklist.md (or rename it');
    expect(r.stderr).not.toContain('repository root');
    expect((await cli(['--no-probes', '--format', 'json', '--dir', 'svc'], makeRepo(code))).stderr).toBe('');
  });

  it('the action notice names it relative to working-directory', () => {
    const repo = makeRepo({ ...code, '.github/PRODUCTION_CHECKLIST.md': checklist });
    const root = fs.realpathSync(repo);
    expect(checklistNotDiscoveredNotice('svc', path.join(root, 'svc'), 'critical', root)).toBe('No checklist discovered in working-directory svc (discovery looks for .github/preflight.yml, .github/preflight.yaml, preflight.yml, PRODUCTION_CHECKLIST.md, docs/PRODUCTION_CHECKLIST.md there only), so the built-in recommended preset ran (fail-on: critical). .github/PRODUCTION_CHECKLIST.md at the repository root looks like a checklist but is not read there: to use it, set the checklist input to `../.github/PRODUCTION_CHECKLIST.md` (relative to working-directory).');
    // At the root, the notice is the one it was.
    expect(checklistNotDiscoveredNotice('.', root, 'critical', root)).toContain('.github/PRODUCTION_CHECKLIST.md looks like a checklist but is not read under that name: to use it, set the checklist input to `.github/PRODUCTION_CHECKLIST.md`, or rename it');
    const none = fs.realpathSync(makeRepo(code));
    expect(checklistNotDiscoveredNotice('svc', path.join(none, 'svc'), 'critical', none)).toBeNull();
  });
});

// QA stop 38, review C N2: "p50." ending a sentence, or "p50.0", read as another percentile, so the item did not bind.
describe('QA38 review C N2: p50 with a full stop or a zero decimal is the median', () => {
  it.each([
    'Response time under 500 ms at p50.',
    'Response time under 500 ms (p50.0)',
    'Response time (p50.0) under 500 ms',
    'Latency p50.00 under 200 ms',
  ])('%s binds', (line) => {
    expect(checksOf(line, 'Performance')).toEqual(['response-time']);
  });

  it('another percentile still does not', () => {
    for (const line of ['Response time under 500 ms at p95.', 'Response time under 500 ms at p50.5', 'Response time under 500 ms at p99.9']) {
      expect([line, checksOf(line, 'Performance')]).toEqual([line, []]);
    }
    expect(responseTime.match?.[0]?.unless?.test('response time under 500 ms at p50.')).toBe(false);
  });
});
