import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);

describe('QA35 sweep1a R1: a bare topic\'s question that the note answers binds, an open one stays manual', () => {
  it.each([
    ['HSTS? yes', ['hsts']],
    ['HSTS? Yes.', ['hsts']],
    ['HSTS? done', ['hsts']],
    ['HSTS? ✅', ['hsts']],
    ['HSTS? yes (max-age 1y)', ['hsts']],
    ['CSP? yes', ['security-headers']],
    ['Security headers? yes, via helmet', ['security-headers']],
    ['Security headers? done', ['security-headers']],
    ['Health endpoint? /healthz', ['health-endpoint']],
    ['HSTS? oui', ['hsts']],
    // As before: a state word in the question.
    ['Debug mode? off', ['debug-mode']],
    ['Image tags pinned? yes', ['image-tag-pinned']],
    ['HSTS: yes', ['hsts']],
    ['HSTS: max-age 1 year', ['hsts']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text, ['Launch'])).toEqual(want);
  });

  it.each([
    'HSTS?',
    'HSTS? ask Bob',
    'HSTS? — ask infra',
    'HSTS? check with the CDN team',
    'HSTS? no',
    'HSTS? not yet',
    'HSTS? yes, later',
    'Security headers? ask the frontend team',
    // The colon and dash forms of an open question.
    'HSTS: ask Bob',
    'HSTS — ask Bob',
    'HSTS - ask Bob',
    'HSTS — check with infra',
    'CSP: to be confirmed',
    'HSTS: not sure',
  ])('%s stays manual', (text) => {
    expect(checksOf(text, ['Launch'])).toEqual([]);
  });

  it('a note that says how it is checked is no open question', () => {
    expect(checksOf('No secrets in the repo: check with gitleaks')).toContain('hardcoded-secret');
  });

  it('the path answered becomes the health check\'s path, and a ticked answered item is only shown ticked', () => {
    const items = parse('## Launch\n- [ ] Health endpoint? /healthz\n- [x] HSTS? done\n- [x] HSTS? ask Bob').items;
    expect(items[0]!.checks).toEqual(['health-endpoint']);
    expect(items[0]!.options).toEqual({ paths: ['/healthz'] });
    expect(items[1]!.checks).toEqual(['hsts']);
    expect(items[1]!.ticked).toBe(true);
    expect(items[1]!.signedOff).toBeUndefined();
    expect(items[2]!.checks).toEqual([]);
    expect(items[2]!.signedOff).toBe(true);
  });
});

describe('QA35 sweep1a R2: an item declared not applicable, in any of the languages read, stays manual', () => {
  it.each([
    ['Política de reinicio: no aplica (cron)', 'Contenedores'],
    ['Límites de memoria: no aplica (serverless)', 'Contenedores'],
    ['Política de reinicio (no aplica)', 'Contenedores'],
    ['Politique de redémarrage : sans objet', 'Conteneurs'],
    ['Politique de redémarrage : non applicable (cron)', 'Conteneurs'],
    ['Limites de mémoire définies (sans objet)', 'Conteneurs'],
    ['Política de reinício: não se aplica (cron)', 'Contêineres'],
    ['Limites de memória definidos (não aplicável)', 'Contêineres'],
    ['Speicherlimits gesetzt (entfällt)', 'Container'],
    ['Speicherlimits für alle Dienste: nicht anwendbar', 'Container'],
    ['HSTS (non applicable)', 'Sécurité'],
    ['HSTS (entfällt)', 'Sicherheit'],
    ['HSTS: n.v.t.', 'Beveiliging'],
    ['HSTS: non si applica', 'Sicurezza'],
    ['Restart policy: not applicable (cron)', 'Containers'],
    ['Restart policy (not applicable)', 'Containers'],
    // The "No exposed/committed X" and terse CORS items this round binds.
    ['No exposed databases (n/a, managed RDS)', 'Security'],
    ['No committed .env files (n/a)', 'Security'],
    ['Only our own domains (n/a)', 'CORS'],
    ['Only our own domains (public API, so no)', 'CORS'],
    ['Only our own domains — not applicable, public API', 'CORS'],
  ])('%s under "%s"', (text, heading) => {
    expect(checksOf(text, [heading])).toEqual([]);
  });

  it.each([
    ['Politique de redémarrage configurée', 'Conteneurs', ['restart-policy']],
    ['Límites de memoria en todos los contenedores', 'Contenedores', ['resource-limits']],
    ['No exposed databases', 'Security', ['database-port-exposed']],
    ['Only our own domains', 'CORS', ['cors-policy', 'cors-wildcard']],
    // "Not applicable" that names what it does not apply to, or another part, withdraws nothing.
    ['Debug mode off (n/a for the worker)', 'Security', ['debug-mode']],
    ['Containers run as non-root (the sidecar is N/A)', 'Security', ['dockerfile-non-root', 'k8s-run-as-non-root']],
  ])('%s under "%s" still binds', (text, heading, want) => {
    expect(checksOf(text, [heading])).toEqual(want);
  });
});

describe('QA35 sweep1a R3: "No exposed/committed X" binds only when X is what the check reads', () => {
  it.each([
    'No exposed Redis keys in the frontend bundle',
    'No committed .env.example without placeholder values',
    'No committed .env.example changes without review',
    'No committed secrets that are not encrypted',
    'No exposed database credentials in logs',
    'No committed database dumps',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each([
    ['No exposed databases', ['database-port-exposed']],
    ['No exposed Redis', ['database-port-exposed']],
    ['No exposed Redis instances', ['database-port-exposed']],
    ['No publicly exposed database ports', ['database-port-exposed']],
    ['No exposed databases on the public network', ['database-port-exposed']],
    ['No exposed MongoDB', ['database-port-exposed']],
    ['No committed .env files', ['env-file-committed']],
    ['No committed `.env.local`', ['env-file-committed']],
    ['No committed private keys', ['hardcoded-secret']],
    ['No exposed .git folder', ['sensitive-paths']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
});

describe('QA35 sweep1a: a bare path under a health heading binds only when it is a health check\'s path', () => {
  it('health paths bind with their path, others stay manual', () => {
    const md = '## Health endpoint\n- [ ] /healthz\n- [ ] `/api/health`\n- [ ] /status\n- [ ] /-/healthy\n- [ ] /metrics\n- [ ] /api/v1/users\n- [ ] /';
    expect(parse(md).items.map((i) => [i.title, i.checks.join(',') || '-', i.options ?? null])).toEqual([
      ['/healthz', 'health-endpoint', { paths: ['/healthz'] }],
      ['/api/health', 'health-endpoint', { paths: ['/api/health'] }],
      ['/status', 'health-endpoint', { paths: ['/status'] }],
      ['/-/healthy', 'health-endpoint', { paths: ['/-/healthy'] }],
      ['/metrics', '-', null],
      ['/api/v1/users', '-', null],
      ['/', '-', null],
    ]);
  });
});

describe('QA35 sweep1a: image tags that do not move, in Portuguese, Spanish, French and German', () => {
  it.each([
    ['Imagens com tag fixa', []],
    ['Imagens com tag fixa', ['Imagens']],
    ['Imágenes con etiqueta fija', []],
    ['Images Docker avec tags fixes', []],
    ['Feste Image-Tags für alle Container', []],
  ])('%s binds image-tag-pinned', (text, headings) => {
    expect(checksOf(text, headings)).toEqual(['image-tag-pinned']);
  });
});
