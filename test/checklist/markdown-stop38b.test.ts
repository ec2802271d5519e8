import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { main } from '../../src/cli.js';
import { checklistNotDiscoveredNotice } from '../../src/action/main.js';
import { checklistsNotDiscovered, run } from '../../src/run.js';
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

// QA stop 38, seedmut1 D2: "wontfix", "dropped", "cancelled", "not doing", "nicht nötig", "no necesario" left the item bound
// (while "won't fix" and "N/A" kept it manual); a bracketed aside before "— no aplica" / "— entfällt" hid them; headings "No
// aplica", "Nicht relevant", "Pendiente" did not keep their items manual as "Not applicable" and "Later" do.
describe('QA38 seedmut1 D2: opt-out and waiver words keep the item manual', () => {
  it.each([
    'HSTS header configured — wontfix',
    'HSTS header configured — wont fix',
    "HSTS header configured — won't fix",
    'HSTS header configured — dropped',
    'HSTS header configured — cancelled',
    'HSTS header configured — canceled (SEC-12)',
    'HSTS header configured — not doing',
    'HSTS header configured — nicht nötig',
    'HSTS header configured — nicht relevant',
    'HSTS header configured — no necesario',
    'HSTS header configured — pas nécessaire',
    'HSTS header configured — não é necessário',
    'HSTS header configured — gestrichen',
    'HSTS header configured — cancelado',
    'HSTS header configured — after launch',
    'HSTS header configured — depois do lançamento',
    'Redirect HTTP to HTTPS — wontfix',
    'Debug mode disabled in production — dropped',
    'Debug mode disabled in production: cancelled',
    // An aside before the status says what the topic is: the status still reads.
    'Enable HSTS (Strict-Transport-Security) — no aplica',
    'Enable HSTS (Strict-Transport-Security) — entfällt',
    'Enable HSTS (Strict-Transport-Security) — sans objet',
    'Enable HSTS (Strict-Transport-Security) — não se aplica',
    'Enable HSTS (Strict-Transport-Security): N/A',
  ])('%s', (line) => {
    expect(checksOf(line)).toEqual([]);
  });

  it('the same items without the status bind, and so do statements the new words are part of', () => {
    expect(checksOf('HSTS header configured')).toEqual(['hsts']);
    expect(checksOf('Enable HSTS (Strict-Transport-Security)')).toEqual(['hsts']);
    expect(checksOf('Debug mode disabled in production')).toEqual(['debug-mode']);
    // "Dropped" after a risk alone is the promise: the risk was dropped.
    expect(checksOf('X-Powered-By header — dropped')).toEqual(['server-version-leak']);
    // "Not applicable" of another part, not of the item.
    expect(checksOf('Containers run as non-root (the sidecar is N/A)', 'Docker')).toEqual(['dockerfile-non-root', 'k8s-run-as-non-root']);
    expect(checksOf('Image tags pinned (v1.2: n/a)', 'Docker')).toEqual(['image-tag-pinned']);
    // A condition, not a waiver ("when not needed" in English stays a promise too).
    expect(checksOf('Datenbank-Port nicht öffentlich erreichbar, wenn nicht nötig', 'Datenbank')).toEqual(['database-port-exposed']);
    expect(checksOf('Database port not publicly reachable, when not needed', 'Database')).toEqual(['database-port-exposed']);
  });

  it('headings that withdraw or defer keep their items manual in German, French, Spanish and Portuguese as in English', () => {
    const headings = ['Not applicable', 'Later', 'Deferred', 'Not relevant', 'Not needed', 'Dropped', 'Cancelled', 'No aplica', 'Nicht relevant', 'Entfällt', 'Zurückgestellt', 'Sans objet', 'Reporté', 'Hors périmètre', 'Fuera de alcance', 'Aplazado', 'Não se aplica', 'Adiado', 'Fora do escopo'];
    const text = `# Checklist\n${headings.map((h) => `## ${h}\n- [ ] Enable HSTS\n`).join('')}`;
    expect(bindings(text)).toEqual(headings.map(() => ['Enable HSTS', []]));
    // "Pending" is the work still to do before launch, which the gate checks: in every language, as in English.
    const pending = ['Launch', 'Pending', 'Pendiente', 'Pendente', 'En attente', 'Ausstehend'];
    expect(bindings(`# Checklist\n${pending.map((h) => `## ${h}\n- [ ] Enable HSTS\n`).join('')}`)).toEqual(pending.map(() => ['Enable HSTS', ['hsts']]));
  });
});

// QA stop 38, seedmut1 D3: the security-header sub-items of "Security headers — waived for launch" still bound the check and
// failed the gate, while the HSTS sub-items of a waived HSTS item stayed manual.
describe('QA38 seedmut1 D3: a waived or deferred parent item keeps its sub-items manual', () => {
  it('sub-items that bind on their own, and their own sub-items, stay manual under a waived, deferred or not-applicable parent', () => {
    expect(bindings([
      '# Checklist',
      '## Web',
      '- [ ] Security headers — waived for launch (SEC-1234), see risk register',
      '  - [ ] Content-Security-Policy without `unsafe-inline`',
      '  - [ ] X-Frame-Options set to DENY',
      '    - [ ] HSTS header present',
      '- [ ] HSTS — not applicable (internal tool, no public DNS)',
      '  - [ ] max-age at least one year',
      '- [ ] Security headers — later',
      '  - [ ] X-Content-Type-Options nosniff',
      '- [ ] TLS hardening (pending SEC-88)',
      '  - [ ] TLS 1.0 and 1.1 disabled',
      '- [ ] Security headers',
      '  - [ ] X-Frame-Options set to DENY',
      '- [ ] Security (CSP not needed for internal APIs)',
      '  - [ ] HSTS enabled',
      '',
    ].join('\n'))).toEqual([
      ['Security headers — waived for launch (SEC-1234), see risk register', []],
      ['Content-Security-Policy without unsafe-inline', []],
      ['X-Frame-Options set to DENY', []],
      ['HSTS header present', []],
      ['HSTS — not applicable (internal tool, no public DNS)', []],
      ['max-age at least one year', []],
      ['Security headers — later', []],
      ['X-Content-Type-Options nosniff', []],
      ['TLS hardening (pending SEC-88)', []],
      ['TLS 1.0 and 1.1 disabled', []],
      // A parent that defers nothing: its sub-item binds as before.
      ['Security headers', ['security-headers']],
      ['X-Frame-Options set to DENY', ['security-headers']],
      // An aside that defers another topic is a remark, not the parent's state.
      ['Security (CSP not needed for internal APIs)', []],
      ['HSTS enabled', ['hsts']],
    ]);
  });

  it('an explicit binding on a sub-item is the author\'s, and a parent bound explicitly defers nothing', () => {
    const items = parse([
      '- [ ] Security headers — waived for launch',
      '  - [ ] X-Frame-Options set to DENY <!-- preflight: security-headers -->',
      '- [ ] Security headers — later <!-- preflight: security-headers -->',
      '  - [ ] X-Frame-Options set to DENY',
      '',
    ].join('\n')).items;
    expect(items.map((i) => i.checks)).toEqual([[], ['security-headers'], ['security-headers'], ['security-headers']]);
  });
});

// QA stop 38, seedmut1 D4: Spanish and Portuguese "TLS 1.0 y 1.1 deshabilitados" / "TLS 1.0 e 1.1 desativados" stayed manual
// while German and French bound; so did the German health endpoint, the Spanish pinned images and default passwords in
// every language the README names.
describe('QA38 seedmut1 D4: the same promise binds in German, French, Spanish and Portuguese', () => {
  it.each<[string, string[]]>([
    ['TLS 1.0 y 1.1 deshabilitados', ['tls-protocols-config', 'tls-version']],
    ['TLS 1.0 e 1.1 desativados', ['tls-protocols-config', 'tls-version']],
    ['TLS 1.0 und 1.1 deaktiviert', ['tls-protocols-config', 'tls-version']],
    ['TLS 1.0 et 1.1 désactivés', ['tls-protocols-config', 'tls-version']],
    ['Health-Endpoint antwortet mit 200', ['health-endpoint']],
    ['Endpoint de salud responde 200', ['health-endpoint']],
    ['Point de terminaison de santé répond 200', ['health-endpoint']],
    ['Endpoint de saúde responde 200', ['health-endpoint']],
    ['Imágenes Docker con versiones fijas (sin latest)', ['image-tag-pinned']],
    ['Imagens Docker com versões fixas (sem latest)', ['image-tag-pinned']],
    ['Docker-Images mit festen Versionen (kein latest)', ['image-tag-pinned']],
    ['Sin contraseñas por defecto', ['default-credentials']],
    ['Keine Standardpasswörter', ['default-credentials']],
    ['Keine Standard-Passwörter', ['default-credentials']],
    ['Pas de mots de passe par défaut', ['default-credentials']],
    ['Sem senhas padrão', ['default-credentials']],
    ['Cambiar todas las contraseñas por defecto', ['default-credentials']],
    ['HTTPS erzwungen (HTTP leitet auf HTTPS um)', ['https-redirect']],
  ])('%s → %j', (line, checks) => {
    // Under a heading that reads no topic into the item (not "## Health", "## TLS").
    expect(checksOf(line, 'Sicherheit')).toEqual(checks);
  });

  it('the English vetoes still apply to the reading in English', () => {
    for (const line of [
      'Health-Endpoint nicht öffentlich erreichbar',
      'Endpoint de salud documentado en el wiki',
      'Endpoint de salud solo en staging',
      'Health-Endpoint später',
      'Sin contraseñas por defecto en los ejemplos',
      'Keine Standardpasswörter in Beispielen',
      'Standardpasswörter werden beim ersten Login geändert',
      'Imágenes Docker con latest',
      'TLS 1.0 y 1.1 deshabilitados más adelante',
      'TLS 1.0 e 1.1 ainda não desativados',
    ]) expect(checksOf(line, 'Sicherheit'), line).toEqual([]);
  });
});

// QA stop 38, seedmut1 D5: with "**FLASK_ENV** set to `production`" and "**DEBUG** mode disabled (False)" both bound to
// debug-mode, the FLASK_ENV=development finding was reported under the DEBUG item and `app.run(debug=True)` under the
// FLASK_ENV item.
describe('QA38 seedmut1 D5: a finding several items share is reported under the item that names its setting', () => {
  const files = {
    'app.py': 'from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", debug=True)\n',
    'Procfile': 'web: python app.py\n',
    'docker-compose.yml': 'services:\n  web:\n    image: registry.example.com/web:1.2.3\n    environment:\n      FLASK_ENV: development\n',
  };
  const owners = async (checklist: string) => {
    const dir = makeRepo({ ...files, 'PRODUCTION_CHECKLIST.md': checklist });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {} });
    return Object.fromEntries(report.findings.filter((f) => f.check === 'debug-mode').map((f) => [f.file === 'app.py' ? 'app.run' : 'FLASK_ENV', f.item]));
  };

  it('in either order of the items', async () => {
    const flaskEnv = '- [ ] **FLASK_ENV** set to `production`';
    const debug = '- [ ] **DEBUG** mode disabled (False)';
    const expected = { 'FLASK_ENV': 'flask-env-set-to-production', 'app.run': 'debug-mode-disabled-false' };
    expect(await owners(`# Checklist\n${flaskEnv}\n${debug}\n`)).toEqual(expected);
    expect(await owners(`# Checklist\n${debug}\n${flaskEnv}\n`)).toEqual(expected);
  });

  it('an item that names no setting keeps the findings no other item names, and every item still fails on them', async () => {
    const dir = makeRepo({ ...files, 'PRODUCTION_CHECKLIST.md': '# Checklist\n- [ ] Debug mode off in production\n- [ ] `FLASK_ENV` set to `production`\n' });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {} });
    const owner = Object.fromEntries(report.findings.filter((f) => f.check === 'debug-mode').map((f) => [f.file, f.item]));
    expect(owner).toEqual({ 'app.py': 'debug-mode-off-in-production', 'docker-compose.yml': 'flask-env-set-to-production' });
    expect(report.items.map((i) => i.status)).toEqual(['fail', 'fail']);
  });
});

// QA stop 38, seedmut1 D6: a team's Markdown checklist at a path discovery does not look at fell back to the preset silently.
describe('QA38 seedmut1 D6: a checklist under a name discovery does not read is named in a notice', () => {
  const code = { 'Dockerfile': 'FROM python:3.12-slim\nUSER 10001\n' };
  const checklist = '# Checklist\n- [ ] HSTS enabled\n';

  it('finds the near misses in the scanned folder, .github/, docs/ and doc/, and nothing else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-near-'));
    for (const f of ['.github/PRODUCTION_CHECKLIST.md', 'production_checklist.md', 'docs/production-checklist.md', 'docs/CONTRIBUTING.md', 'CHANGELOG.md', 'src/production_checklist.md']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), checklist);
    }
    expect(checklistsNotDiscovered(dir)).toEqual(['production_checklist.md', '.github/PRODUCTION_CHECKLIST.md', 'docs/production-checklist.md']);
    expect(checklistNotDiscoveredNotice('.', dir, 'critical')).toBe('No checklist discovered in the repository (discovery looks for .github/preflight.yml, .github/preflight.yaml, preflight.yml, PRODUCTION_CHECKLIST.md, docs/PRODUCTION_CHECKLIST.md), so the built-in recommended preset ran (fail-on: critical). production_checklist.md, .github/PRODUCTION_CHECKLIST.md and docs/production-checklist.md look like a checklist but are not read under those names: to use one, set the checklist input to `production_checklist.md`, or rename it to one of those names.');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-near-'));
    expect(checklistsNotDiscovered(empty)).toEqual([]);
    expect(checklistNotDiscoveredNotice('.', empty, 'critical')).toBeNull();
  });

  it('the CLI says it on stderr with the --checklist that uses it; not when a checklist was discovered or named', async () => {
    const repo = makeRepo({ ...code, '.github/PRODUCTION_CHECKLIST.md': checklist });
    const r = await cli(['--no-probes', '--format', 'json'], repo);
    expect(JSON.parse(r.stdout).items.every((i: { preset?: string }) => i.preset === 'recommended')).toBe(true);
    expect(r.stderr).toBe('preflight: no checklist discovered in the current directory (discovery looks for .github/preflight.yml, .github/preflight.yaml, preflight.yml, PRODUCTION_CHECKLIST.md, docs/PRODUCTION_CHECKLIST.md), so the built-in recommended preset ran (fail-on: critical); .github/PRODUCTION_CHECKLIST.md looks like a checklist but is not read under that name: to use it, add --checklist .github/PRODUCTION_CHECKLIST.md (or rename it to one of those names)\n');
    const named = await cli(['--no-probes', '--format', 'json', '--checklist', '.github/PRODUCTION_CHECKLIST.md'], repo);
    expect(named.stderr).toBe('');
    expect(JSON.parse(named.stdout).checklist.file).toBe('.github/PRODUCTION_CHECKLIST.md');
    const discovered = await cli(['--no-probes', '--format', 'json'], makeRepo({ ...code, 'PRODUCTION_CHECKLIST.md': checklist, 'docs/production-checklist.md': checklist }));
    expect(discovered.stderr).toBe('');
    expect((await cli(['--no-probes', '--format', 'json'], makeRepo(code))).stderr).toBe('');
  });
});
