import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);

describe('QA34 fpmarkdown D2: an item read under its heading meets the vetoes of its reading in English', () => {
  it.each([
    'Redirection HTTP vers HTTPS pas encore en place',
    'Redirection HTTPS pas encore activée',
    'Redirection HTTPS documentée dans le wiki',
    'Redirection HTTPS surveillée par l\'équipe ops',
    'Redirection HTTPS vérifiée uniquement en préproduction',
    'Redirection HTTPS uniquement en recette',
    'Redirection HTTPS plus tard',
    'Weiterleitung auf HTTPS noch nicht aktiv',
    'Redirección HTTPS documentada en la wiki',
    'Redirecionamento HTTPS apenas em homologação',
  ])('stays manual under "HTTPS": %s', (text) => {
    expect(checksOf(text, ['HTTPS'])).toEqual([]);
    expect(checksOf(text, ['Security'])).toEqual([]);
  });

  it.each([
    ['Redirection HTTP vers HTTPS', ['HTTPS']],
    ['Redirection HTTPS activée', ['HTTPS']],
    ['Redirection HTTP vers HTTPS en place', ['Security']],
    ['HTTP wird auf HTTPS umgeleitet', ['HTTPS']],
  ])('still binds: %s under %j', (text, headings) => {
    expect(checksOf(text, headings)).toEqual(['https-redirect']);
  });
});

describe('QA34 fpmarkdown D4: security headers on another environment, in a client, as training or to review', () => {
  it.each([
    ['En-têtes de sécurité à revoir avec l\'équipe sécurité'],
    ['En-têtes de sécurité testés uniquement en préproduction'],
    ['Cabeçalhos de segurança testados apenas em homologação'],
    ['Sicherheits-Header: Schulung für das Frontend-Team'],
    ['En-têtes de sécurité : formation de l\'équipe front'],
    ['Sicherheits-Header in der Mobile-App'],
    ['Cabeçalhos de segurança no site institucional (WordPress da agência)'],
    ['Security headers tested only on pre-production'],
    ['Security headers tested only on preprod'],
    ['Security headers — training for the frontend team'],
    ['Security headers workshop for the frontend team'],
    ['Security headers in the mobile app'],
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each([
    ['Sicherheits-Header gesetzt (in der Produktion)'],
    ['En-têtes de sécurité configurés'],
    ['Cabeçalhos de segurança ativados'],
    ['Security headers set in production and pre-production'],
    ['Security headers on the API used by the mobile app'],
    ['Security headers enabled (training for the team done)'],
    ['Security headers on the ML training dashboard'],
  ])('still binds: %s', (text) => {
    expect(checksOf(text)).toEqual(['security-headers']);
  });

  it('reads a French elision as two words ("l\'équipe" is "the équipe", not "theéquipe")', () => {
    expect(matchItem('En-têtes de sécurité activés pour l\'équipe front', { headings: [] }).matchedBy).not.toContain('theéquipe');
  });
});

describe('QA34 fpmarkdown D10: CI runners and laptops are other machines, whatever the heading', () => {
  it.each([
    ['Memory limits on the CI runners', ['Kubernetes']],
    ['Memory limits on the CI runners', ['Infra']],
    ['Memory limits on the production CI runners', ['Kubernetes']],
    ['Memory limits on the developer laptops\' Docker Desktop', ['Kubernetes']],
    ['Memory limits on the build agents', ['Docker']],
  ])('stays manual: %s under %j', (text, headings) => {
    expect(checksOf(text, headings)).toEqual([]);
  });

  it.each([
    ['Memory limits on all containers', ['Kubernetes']],
    ['Every Deployment has memory limits', ['Kubernetes']],
  ])('still binds: %s under %j', (text, headings) => {
    expect(checksOf(text, headings)).toEqual(['resource-limits']);
  });
});

describe('QA34 fpmarkdown D13: task lines inside YAML front matter are metadata', () => {
  const body = '# Production launch checklist\n\n## Security\n- [ ] No `.env` files committed\n- [ ] Backups restored\n';

  it('unindented `- [ ]` lines under a key with no value are a YAML sequence, not items (said in a warning)', () => {
    const c = parse(`---\ntitle: Launch\nowner: platform\ntasks:\n- [ ] this front-matter line is not an item\n- [x] neither is this one\n---\n\n${body}`);
    expect(c.items.map((i) => [i.title, i.source.line])).toEqual([['No .env files committed', 12], ['Backups restored', 13]]);
    expect(c.items.some((i) => i.signedOff)).toBe(false);
    expect(c.warnings).toEqual(['CHECKLIST.md:5:1: a task-list line inside the front matter (between the first `---` and the closing `---`) is metadata, not an item: put the checklist below the front matter']);
    // Plain sequence entries between them too.
    expect(parse(`---\ntasks:\n- plain\n- [ ] task\nowner: x\n---\n${body}`).items).toHaveLength(2);
  });

  it('indented lines stay YAML without a warning', () => {
    const c = parse(`---\ntitle: Launch\ntasks:\n  - [ ] indented\n---\n${body}`);
    expect(c.items).toHaveLength(2);
    expect(c.warnings).toBeUndefined();
  });

  it('a task line after a key with a value, or after a key-less line, is checklist content', () => {
    expect(parse('---\ntitle: x\n- [ ] Pinned tags\n---\n').items.map((i) => i.title)).toEqual(['Pinned tags']);
    expect(parse('---\ntasks:\nnot yaml at all\n- [ ] Pinned tags\n---\n').items.map((i) => i.title)).toEqual(['Pinned tags']);
    expect(parse('---\n- [ ] Images use pinned tags\n---\n- [ ] HSTS enabled\n').items.map((i) => i.title)).toEqual(['Images use pinned tags', 'HSTS enabled']);
    // TOML has no unindented sequences.
    expect(parse('+++\ntasks = 1\n- [ ] Pinned tags\n\n+++\n').items.map((i) => i.title)).toEqual(['Pinned tags']);
  });

  it('a `---` rule later in the document stays a rule', () => {
    const c = parse(`---\ntasks:\n- [ ] meta\n---\n${body}\n---\n\n## Later part\n- [ ] HSTS enabled\n`);
    expect(c.items.map((i) => [i.title, i.group])).toEqual([
      ['No .env files committed', ['Security']],
      ['Backups restored', ['Security']],
      ['HSTS enabled', ['Later part']],
    ]);
  });
});

describe('QA34 fpmarkdown D9: common German, French, Spanish and Portuguese phrasings read in English', () => {
  it.each<[string, string[]]>([
    ['TLS-Zertifikat ist gültig', ['certificate']],
    ['Certificat TLS valide', ['certificate']],
    ['Mindestens TLS 1.2', ['tls-protocols-config', 'tls-version']],
    ['Alle HTTP-Anfragen werden auf HTTPS umgeleitet', ['https-redirect']],
    ['Todas las peticiones HTTP se redirigen a HTTPS', ['https-redirect']],
    ['Todas as requisições HTTP são redirecionadas para HTTPS', ['https-redirect']],
    ['Alle Container haben ein Speicherlimit', ['resource-limits']],
    ['Chaque conteneur a une limite de mémoire', ['resource-limits']],
    ['Cada contenedor tiene un límite de memoria', ['resource-limits']],
    ['Cada contêiner tem um limite de memória', ['resource-limits']],
    ['Redis nicht aus dem Internet erreichbar', ['database-port-exposed']],
    ['Puerto de la base de datos no expuesto a internet', ['database-port-exposed']],
    ['Política de reinicio en todos los servicios', ['restart-policy']],
    ['Neustart-Richtlinie für alle Dienste konfiguriert', ['restart-policy']],
    // The readings the vocabulary had already stay.
    ['Weiterleitung von HTTP auf HTTPS aktiv', ['https-redirect']],
    ['Redirección de HTTP a HTTPS', ['https-redirect']],
    ['Redirecionamento de HTTP para HTTPS', ['https-redirect']],
  ])('binds: %s', (text, expected) => {
    expect(checksOf(text)).toEqual(expected);
  });

  it.each([
    'TLS-Zertifikat ist gültig, Erneuerung dokumentiert',
    'Certificat TLS pas encore valide',
    'At least TLS 1.2 for the payment gateway',
    'Alle HTTP-Anfragen werden noch nicht auf HTTPS umgeleitet',
    'Todas las peticiones HTTP se redirigen a HTTPS solo en staging',
    'Chaque conteneur a une limite de mémoire en préproduction',
    'Cada contenedor tiene un límite de memoria más adelante',
    'Redis aus dem Internet erreichbar',
    'Puerto de la base de datos expuesto a internet',
  ])('stays manual: %s', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});
