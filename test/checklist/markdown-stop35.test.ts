import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist, slug } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { inEnglish } from '../../src/checklist/translate.js';

const checksOf = (text: string, headings: string[] = []) => matchItem(text, { headings }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const bound = (text: string) => parse(text).items.map((i) => [i.title, i.checks.join(',') || '-', i.options ?? null]);

describe('QA35 markdown9 D1: an opt-out with the negation after the safeguard binds nothing', () => {
  it.each([
    ['Healthcheck non défini dans le Dockerfile (on utilise les sondes Kubernetes)', ['Conteneurs']],
    ['Healthcheck no definido en el Dockerfile (usamos sondas de Kubernetes)', ['Contenedores']],
    ['Healthcheck não definido no Dockerfile (usamos probes do Kubernetes)', ['Contêineres']],
    ['HEALTHCHECK im Dockerfile nicht definiert (Kubernetes-Probes)', ['Container']],
    ["HSTS non activé sur l'ancien domaine (migration en cours)", ['Réseau']],
    ['CSP non configurée (application legacy)', ['Réseau']],
    ['HSTS non abilitato sul dominio legacy', []],
    ['Limites de mémoire non définies pour le worker', ['Containers']],
    ['Límites de memoria no definidos para el worker', ['Containers']],
  ])('%s stays manual', (text, headings) => {
    expect(checksOf(text, headings)).toEqual([]);
  });
  it.each([
    ['Healthcheck défini dans le Dockerfile', ['Conteneurs'], ['dockerfile-healthcheck']],
    ['HSTS activé sur tous les domaines', [], ['hsts']],
    ['Limites de mémoire définies pour chaque conteneur', [], ['resource-limits']],
  ])('the promise still binds: %s', (text, headings, want) => {
    expect(checksOf(text, headings)).toEqual(want);
  });
});

describe('QA35 markdown9 D5: a risk negated before its noun is the promise', () => {
  it.each([
    ['No exposed databases', ['database-port-exposed']],
    ['No exposed Redis', ['database-port-exposed']],
    ['No publicly reachable databases', ['database-port-exposed']],
    ['No committed `.env` files', ['env-file-committed']],
    ['No unpinned images', ['image-tag-pinned']],
    ['No insecure cookies', ['cookie-flags', 'cookie-security']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
  it('every promise of a list of negated risks binds', () => {
    expect(checksOf('No `latest` tags, no root containers, no exposed databases')).toContain('database-port-exposed');
  });
  it('the options are read from the item as written', () => {
    expect(bound('- [ ] No exposed Redis')[0]![2]).toMatchObject({ ports: [6379] });
  });
  it.each(['No exposed databases yet', 'No exposed Redis on staging'])('a deferral or another environment still keeps %s manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('QA35 markdown9 D2: CORS restrictions in German, French, Spanish and Portuguese', () => {
  it.each([
    'CORS limité à nos domaines',
    'CORS restreint aux domaines autorisés',
    "CORS n'autorise pas toutes les origines",
    'CORS restringido a nuestros dominios',
    'CORS solo permite nuestros dominios',
    'CORS no permite todos los orígenes',
    'CORS restrito aos nossos domínios',
    'CORS não permite todas as origens',
    'CORS auf unsere Domains beschränkt',
  ])('%s binds the CORS checks', (text) => {
    expect(checksOf(text)).toEqual(['cors-policy', 'cors-wildcard']);
  });
  it.each([
    'CORS autorise toutes les origines (API publique)',
    'CORS permite todos los orígenes',
    "CORS n'est pas restreint à nos domaines",
    'CORS pas encore limité à nos domaines',
    'CORS nicht auf unsere Domains beschränkt',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('QA35 markdown9 D3: negated participles and headings in the checklist\'s language', () => {
  it.each([
    ['Fichiers `.env` non versionnés', ['env-file-committed']],
    ['Port PostgreSQL non exposé publiquement', ['database-port-exposed']],
    ['Redis non exposé', ['database-port-exposed']],
    ['Base de données non exposée publiquement', ['database-port-exposed']],
    ['Archivos `.env` no versionados', ['env-file-committed']],
    ['`.env`-Dateien nicht versioniert', ['env-file-committed']],
    ['Ningún secreto en el repositorio', ['hardcoded-secret']],
    ['Nenhum segredo no código-fonte', ['hardcoded-secret']],
    ['Imagens com tag fixa, nunca `latest`', ['image-tag-pinned']],
  ])('%s binds', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
  it.each([
    ['Política de reinicio configurada', 'Contenedores'],
    ['Politique de redémarrage configurée', 'Conteneurs'],
  ])('%s binds under "%s"', (text, heading) => {
    expect(checksOf(text, [heading])).toEqual(['restart-policy']);
  });
  it('a heading that says its items are no promise keeps saying so', () => {
    expect(checksOf('Política de reinicio configurada', ['Contenedores', 'No bloqueante'])).toEqual([]);
    expect(checksOf('Redis non exposé', ['Plus tard'])).toEqual([]);
  });
  it('"non-root" and a "no" before a noun are no negated participle', () => {
    expect(inEnglish('conteneurs en utilisateur non-root')).toBe('containers in utilisateur non-root');
    expect(inEnglish('fichiers .env non versionnés')).toBe('.env files not committed');
    expect(checksOf('Utilisateur non-root dans le Dockerfile')).toEqual(['dockerfile-non-root']);
  });
});

describe('QA35 markdown9 D4: an open question or a bare topic whose only statement is off', () => {
  it.each([
    'HSTS? ask Bob',
    'HSTS? — ask infra',
    'HSTS? Check with the CDN team',
    'Security headers? ask the frontend team',
    '❌ HSTS (not enabled, see SEC-88)',
    'HSTS (n/a for the internal API)',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each([
    ['HSTS (max-age 1 year)', ['hsts']],
    ['HSTS? yes, enabled', ['hsts']],
    ['✅ HSTS (enabled, max-age 1y)', ['hsts']],
    ['HSTS aktiviert (Monitoring wartet auf Grafana)', ['hsts']],
  ])('%s still binds', (text, want) => {
    expect(checksOf(text)).toEqual(want);
  });
});

describe('QA35 markdown9 D9: `<del>`, `<s>` and `<strike>` withdraw their words as `~~` does', () => {
  it('a struck-through item stays manual and a struck word is no promise', () => {
    expect(bound('## Containers\n- [ ] <del>Memory limits on all containers</del>\n- [ ] <s>Image tags pinned</s>\n- [ ] <strike>Memory limits on all containers</strike>\n- [ ] <s>Image tags pinned</s> Memory limits on all containers').map((b) => b[1]))
      .toEqual(['-', '-', '-', 'resource-limits']);
  });
  it('other inline tags withdraw nothing', () => {
    expect(bound('## Containers\n- [ ] Memory <b>limits</b> on all containers')[0]![1]).toBe('resource-limits');
  });
});

describe('QA35 markdown9 D6: an aside that says how the promise is verified names no scope', () => {
  it.each([
    ['No secrets committed to the repo (run gitleaks locally)', 'hardcoded-secret'],
    ['No secrets in the repo (scan locally with gitleaks before pushing)', 'hardcoded-secret'],
    ['No `.env` files committed (pre-commit hook runs locally)', 'env-file-committed'],
    ['Memory limits on all containers — tested locally with `docker stats`', 'resource-limits'],
  ])('%s binds', (text, want) => {
    expect(checksOf(text)).toContain(want);
  });
  it.each(['HSTS enabled (staging only)', 'HSTS enabled (locally)', 'Memory limits on all containers — locally only'])('a scope of another environment keeps %s manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('QA35 markdown9 D8: terse items under a TLS, CORS, health or images heading', () => {
  it('binds them as the same sentence with the topic does', () => {
    const md = '## TLS\n- [ ] 1.0 and 1.1 disabled\n- [ ] Only 1.2 and 1.3\n## CORS\n- [ ] Only our own domains\n- [ ] Allowed origins restricted to our domains\n## Health endpoint\n- [ ] `/healthz`\n- [ ] Responds with 200 OK\n## Docker images\n- [ ] Tags pinned';
    expect(bound(md)).toEqual([
      ['1.0 and 1.1 disabled', 'tls-protocols-config,tls-version', null],
      ['Only 1.2 and 1.3', 'tls-protocols-config,tls-version', null],
      ['Only our own domains', 'cors-policy,cors-wildcard', null],
      ['Allowed origins restricted to our domains', 'cors-policy,cors-wildcard', null],
      ['/healthz', 'health-endpoint', { paths: ['/healthz'] }],
      ['Responds with 200 OK', 'health-endpoint', null],
      ['Tags pinned', 'image-tag-pinned', null],
    ]);
  });
  it('keeps them manual under another topic, a container\'s or monitor\'s heading, or when they refuse or defer', () => {
    const md = '## Kubernetes health checks\n- [ ] /healthz\n## Monitoring\n### Health endpoint\n- [ ] /healthz\n## Security headers\n- [ ] Returns 200\n## TLS\n- [ ] 1.0 and 1.1 still enabled for legacy clients\n- [ ] 1.3 later\n## Docker images\n- [ ] Tags not pinned (internal)';
    expect(bound(md).map((b) => b[1])).toEqual(['-', '-', '-', '-', '-', '-']);
  });
});

describe('QA35 markdown9 D7: items with no ASCII spelling get ids that do not move', () => {
  it('an inserted line leaves the other items\' ids as they were', () => {
    const a = parse('# 上线\n- [ ] 备份已测试\n- [ ] 值班表已更新\n- [ ] 🚀').items.map((i) => i.id);
    const b = parse('# 上线\n- [ ] 监控告警已配置\n- [ ] 备份已测试\n- [ ] 值班表已更新\n- [ ] 🚀').items.map((i) => i.id);
    expect(b.slice(1)).toEqual(a);
    expect(new Set(b).size).toBe(4);
    for (const id of b) expect(id).toMatch(/^item-[0-9a-f]{8}$/);
  });
  it('the same title twice is made unique', () => {
    expect(parse('- [ ] 备份已测试\n- [ ] 备份已测试').items.map((i) => i.id)).toEqual([slug('备份已测试'), `${slug('备份已测试')}-2`]);
  });
});
