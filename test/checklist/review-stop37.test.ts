import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist, slug } from '../../src/checklist/markdown.js';
import { PATH_WITH_REMARKS, matchItem, pathItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = ['Security']) => matchItem(text, { headings }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const byTitle = (text: string) => new Map(parse(text).items.map((i) => [i.title, i]));

describe('review stop 37 B1: a path with remarks is read in steps linear in the line', () => {
  // Each of these shapes made the remark loop try every split of the line (an owner `@a-1a-1…` read as owners and
  // tickets, a path `/aaa…-1` ending anywhere, dash remarks split across a line break, a run of spaces): at 240 KB the
  // old pattern ran for minutes. Each part of the pattern now has one way to match, so a failing line fails at once.
  const n = 80_000;
  const worst = ['/x @' + 'a-1'.repeat(n) + '!', '/' + 'a'.repeat(3 * n) + '-1!', '/x' + ' — a'.repeat(n) + '\n!', '/x ' + 'a-1 '.repeat(n) + '!', '/x' + ' '.repeat(3 * n) + '!'];

  it('the pattern itself answers a 240 KB line', () => {
    expect(worst.map((s) => s.length >= 240_000)).toEqual(worst.map(() => true));
    expect(worst.map((s) => PATH_WITH_REMARKS.exec(s)?.[1] ?? null)).toEqual([null, null, '/x', null, null]);
  });

  it('pathItem reads no path with remarks from a line longer than a sentence, but a bare path of any length is a path', () => {
    expect(worst.map(pathItem)).toEqual(worst.map(() => undefined));
    expect(pathItem('/x ' + '@ops '.repeat(100))).toBeUndefined();
    expect(pathItem('/x ' + '@ops '.repeat(20))).toBe('/x');
    const long = '/' + 'a/'.repeat(1000);
    expect(pathItem(long)).toBe(long);
  });

  it('a 240 KB nested bullet under a health item is parsed and adds no path', () => {
    const item = byTitle(`## Monitoring\n- [ ] Health endpoints respond\n  - /x @${'a-1'.repeat(n)}!\n  - /readyz — SRE-142\n`).get('Health endpoints respond')!;
    expect([item.checks, item.options]).toEqual([['health-endpoint'], { paths: ['/readyz'] }]);
  });

  it('the remark shapes still match: owners, tickets, numbers, ticks, a method, a status', () => {
    expect(['/healthz (owner: @ops)', '/readyz — SRE-142', '/livez ✅', '/alive #123', '/x @ops SRE-1 #2', 'GET /ping', '/up → 200', '/up->200', '/up: 200 OK'].map(pathItem))
      .toEqual(['/healthz', '/readyz', '/livez', '/alive', '/x', '/ping', '/up', '/up', '/up']);
  });
});

describe('review stop 37 S1: everyday words are a status only as the state, ending it', () => {
  it.each<[string, string]>([
    ['HSTS — 保留 max-age=31536000', 'hsts'], // zh "keep max-age"
    ['HSTS 头 — 保留 includeSubDomains', 'hsts'],
    ['/healthz — ожидает 200', 'health-endpoint'], // "expects 200"
    ['Health endpoint /healthz: ожидает ответ 200', 'health-endpoint'],
    ['Dockerfile: в процессе сборки используется USER app', 'dockerfile-non-root'], // "during the build"
    ['Health endpoint /healthz (認証の対象外)', 'health-endpoint'], // "exempt from auth"
    ['Health endpoint /healthz は認証の対象外', 'health-endpoint'],
  ])('%s still binds %s', (text, id) => {
    expect(checksOf(text)).toEqual([id]);
  });

  it.each(['HSTS（保留）', 'HSTS（保留中）', 'HSTS — 保留', 'HSTS — ожидает', 'HSTS — в процессе', 'HSTS (в процессе)', 'HSTS — у процесі', 'HSTS — 対象外', 'HSTS — ожидает согласования'])('%s (as the state) stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe('review stop 37 S2: a word in a heading or parent item counts as its English equivalent does', () => {
  it.each<[string, string, string]>([
    ['Безопасность (для внутренних API CSP не нужен)', 'HSTS enabled', 'hsts'], // as "(CSP not needed for internal APIs)"
    ['Security (CSP not needed for internal APIs)', 'HSTS enabled', 'hsts'],
    ['安全（内部 API 待定）', 'HSTS enabled', 'hsts'], // "TBD" counts as a whole heading only
    ['Docker（開発環境は対象外）', 'Dockerfile: USER app', 'dockerfile-non-root'], // "exempt"
  ])('under "%s", %s binds', (heading, text, id) => {
    expect(checksOf(text, [heading])).toEqual([id]);
  });

  it.each<[string, string]>([
    ['Безопасность (вне скоупа)', 'HSTS enabled'], // as "(out of scope)"
    ['Security (out of scope)', 'HSTS enabled'],
    ['Безопасность (отложено)', 'HSTS enabled'], // as "(deferred)"
    ['セキュリティ（範囲外）', 'HSTS enabled'],
    ['보안 (백로그)', 'HSTS enabled'],
    ['安全（范围外）', 'HSTS enabled'],
  ])('under "%s", %s stays manual', (heading, text) => {
    expect(checksOf(text, [heading])).toEqual([]);
  });

  it('the same in a parent item', () => {
    const items = byTitle('## Security\n- [ ] Безопасность (для внутренних API CSP не нужен)\n  - [ ] HSTS enabled\n- [ ] Безопасность (вне скоупа)\n  - [ ] HTTPS redirect enabled\n');
    expect([items.get('HSTS enabled')!.checks, items.get('HTTPS redirect enabled')!.checks]).toEqual([['hsts'], []]);
  });
});

describe('review stop 37 S3: ids as before stop 37', () => {
  it('struck-through words stay in the title and the id (the matcher does not read them)', () => {
    const [a, b] = parse('- [ ] Ensure HSTS on ~~staging~~ prod\n- [ ] Certificate valid for at least ~~60~~ 14 days\n').items;
    expect([a!.title, a!.id, a!.checks, b!.id, b!.options]).toEqual(['Ensure HSTS on staging prod', 'ensure-hsts-on-staging-prod', ['hsts'], 'certificate-valid-for-at-least-60-14-days', { 'min-days': 14 }]);
  });

  it('a mixed-script title keeps its ASCII slug, made unique with -2; a modifier-letter apostrophe changes nothing', () => {
    expect(parse('- [ ] SSL 証明書の更新\n- [ ] SSL 証明書の秘密鍵\n- [ ] 备份已测试\n').items.map((i) => i.id)).toEqual(['ssl', 'ssl-2', expect.stringMatching(/^item-[0-9a-f]{8}$/)]);
    expect(['HSTS ενεργό', 'Қазақ HSTS', 'Обовʼязково HSTS', 'Hawaiʻi HSTS'].map(slug)).toEqual(['hsts', 'aza-hsts', 'obov-yazkovo-hsts', 'hawai-i-hsts']);
  });
});

describe('review stop 37 S5: ordinary remarks after a nested health path keep the path', () => {
  const parent = (lines: string[]) => byTitle(['## Monitoring', '- [ ] Health endpoints respond', ...lines].join('\n')).get('Health endpoints respond')!;

  it.each(['/healthz (no auth)', '/healthz — no auth required', '/healthz — not cached', '/healthz — timeout 500 ms', '/healthz (p99 under 500 ms)', '/healthz — off the main port (8081)', '/healthz — returns 200, not 204'])('%s keeps /healthz', (text) => {
    expect(pathItem(text)).toBe('/healthz');
  });

  it.each(['/healthz (disabled)', '/healthz — not yet', '/healthz (not yet)', "/healthz — isn't deployed", '/healthz — not deployed yet', '/healthz (no)', '/healthz — off', '/healthz — ❌ 404', '/healthz — returns 503', '/healthz (owner: @ops, removed)', '/healthz — never worked'])('%s drops the path', (text) => {
    expect(pathItem(text)).toBeUndefined();
  });

  it('under "Health endpoints respond", remarked paths are the paths probed', () => {
    expect(parent(['  - [ ] /healthz (no auth)', '  - [ ] /readyz — timeout 500 ms', '  - [ ] /livez (disabled)']).options).toEqual({ paths: ['/healthz', '/readyz'] });
  });
});
