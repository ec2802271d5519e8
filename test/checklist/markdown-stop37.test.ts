import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist, slug, tickedItems } from '../../src/checklist/markdown.js';
import { matchItem } from '../../src/checklist/matcher.js';

const checksOf = (text: string, headings: string[] = ['Security']) => matchItem(text, { headings }).checks;
const parse = (text: string) => parseMarkdownChecklist('CHECKLIST.md', text);
const byTitle = (text: string) => new Map(parse(text).items.map((i) => [i.title, i]));

describe('QA37 markdown11 D1: status and deferral words in Russian, Ukrainian, Japanese, Chinese and Korean keep an item manual, as in English', () => {
  it.each([
    // The English twins stay manual.
    'HSTS — later', 'HSTS — pending', 'HSTS — postponed', 'HSTS (on hold)', 'HSTS — not needed',
    // Japanese.
    'HSTS — 未対応', 'HSTS（保留）', 'HSTS — 未着手', 'HSTS — 対応予定', 'HSTS — 見送り', 'HSTS — 不要', 'HSTS — 次のリリースで', 'HSTS — 後で', 'HSTS — 延期',
    'HSTS enabled — 未対応', 'Security headers configured — ❌ 未実施', 'コンテナの非 root 化 — 未対応', 'Memory limits in docker-compose.yml: 対象外',
    // Chinese.
    'HSTS — 暂缓', 'HSTS — 未完成', 'HSTS — 待办', 'HSTS — 不适用', 'HSTS — 延后', 'HSTS — 下个版本', 'HSTS — 以后',
    // Russian.
    'HSTS — отложено', 'HSTS — не сделано', 'HSTS — не требуется', 'HSTS — в следующем релизе', 'HTTPS redirect — не сделано', 'HTTPS redirect — отложено',
    // Ukrainian.
    'HSTS — пізніше', 'HSTS — відкладено', 'HSTS — не зроблено',
    // Korean.
    'HSTS 나중에', 'HSTS — 보류 중', 'HSTS — 미완료',
  ])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['保留', 'HSTS ヘッダー'],
    ['対象外', 'HSTS ヘッダーを設定'],
    ['以后再做', '启用 HSTS'],
    ['Отложено', 'Включить HSTS'],
    ['Не применимо', 'Заголовок HSTS'],
    ['Позже', 'HSTS включён'],
    ['Пізніше', 'Увімкнути HSTS'],
    ['나중에', 'HSTS 활성화'],
  ])('under the heading "%s", %s stays manual', (heading, text) => {
    expect(checksOf(text, [heading])).toEqual([]);
  });

  it.each<[string, string[], string[]?]>([
    // The same items without the status, or under a plain heading, bind.
    ['HSTS включён', ['hsts']],
    ['HSTS ヘッダー', ['hsts'], ['セキュリティ']],
    ['Увімкнути HSTS', ['hsts']],
    ['HSTS 활성화', ['hsts']],
    // A word that only holds the status's letters is another word: 最後で is "at the end", 以后端 "by the back end",
    // 后续请求 "subsequent requests", 今後も "from now on too".
    ['HSTS を有効化（最後で確認）', ['hsts']],
    ['以后端配置为准启用 HSTS', ['hsts']],
    ['HSTS 对后续请求生效', ['hsts']],
    ['HSTS ヘッダーを今後も常に送信する', ['hsts']],
    // 延期 defers as a status only: in Chinese it also extends ("max-age extended to 2 years").
    ['HSTS 已启用，max-age 延期到 2 年', ['hsts']],
    // A status word that is not the item's state states a promise: "never disable HSTS".
    ['Не отключать HSTS', ['hsts']],
    ['HSTS никогда не отключается', ['hsts']],
    ['コンテナを root で実行しない', ['dockerfile-non-root', 'k8s-run-as-non-root'], ['Docker']],
  ])('%s binds %j', (text, want, headings) => {
    expect(checksOf(text, headings)).toEqual(want);
  });
});

describe('QA37 markdown11 D2: opt-outs in Russian, Ukrainian, Japanese, Chinese and Korean bind nothing, as in English', () => {
  it.each<[string, string[]?]>([
    ['HSTS не настраиваем (TLS на CDN)'],
    ['Отключить HSTS'],
    ['HSTS не нужен'],
    ['HSTS は設定しない'],
    ['HSTS 无需配置'],
    ['HSTS не увімкнено'],
    ['HSTS 미적용'],
    ['CSP: не применимо'],
    ['CSP: 対象外'],
    ['CSP: 해당 없음'],
    ['Dockerfile に HEALTHCHECK は入れない（k8s の probe を使う）', ['Docker']],
    ['HEALTHCHECK は不要（Kubernetes の probe で代替）', ['Docker']],
    ['HEALTHCHECK в Dockerfile не используется (пробы Kubernetes)', ['Docker']],
    ['Dockerfile에 HEALTHCHECK 사용 안 함 (k8s probe 사용)', ['Docker']],
    ['compose の restart ポリシーは設定しない（systemd で管理）', ['Docker']],
    // The English twins.
    ['No HEALTHCHECK in the Dockerfile (Kubernetes probes are used instead)', ['Docker']],
    ['CSP: not applicable'],
  ])('%s stays manual', (text, headings) => {
    expect(checksOf(text, headings)).toEqual([]);
  });

  it.each<[string, string[], string[]?]>([
    ['HEALTHCHECK в Dockerfile настроен', ['dockerfile-healthcheck'], ['Docker']],
    ['Dockerfile に HEALTHCHECK を設定', ['dockerfile-healthcheck'], ['Docker']],
    ['CSP настроен', ['security-headers']],
  ])('%s binds %j', (text, want, headings) => {
    expect(checksOf(text, headings)).toEqual(want);
  });
});

describe('QA37 markdown11 D1/D2: the plainest deferrals and opt-outs in Greek, Hebrew, Arabic and Hindi', () => {
  it.each(['HSTS — αναβλήθηκε', 'Χωρίς HSTS', 'HSTS απενεργοποιημένο', 'ללא HSTS', 'HSTS — מאוחר יותר', 'بدون HSTS', 'HSTS — لاحقًا', 'HSTS अक्षम', 'HSTS — बाद में'])('%s stays manual', (text) => {
    expect(checksOf(text)).toEqual([]);
  });
  it.each(['HSTS ενεργοποιημένο', 'HSTS מופעל', 'HSTS مفعل', 'HSTS सक्षम'])('%s (enabled) binds hsts', (text) => {
    expect(checksOf(text)).toEqual(['hsts']);
  });
});

describe('QA37 markdown11 D3: a nested health path with an owner, a ticket or a tick is still a path its parent probes', () => {
  const parent = (lines: string[]) => byTitle(['## Monitoring', '- [ ] Health endpoints respond', ...lines].join('\n')).get('Health endpoints respond')!;

  it('owners, tickets, ticks, a method, a status and a remark after a dash leave the path', () => {
    const item = parent(['  - [ ] /healthz (owner: @ops)', '  - [ ] /readyz — SRE-142', '  - [x] /livez ✅', '  - [ ] GET /ping', '  - [ ] /status — returns JSON', '  - [ ] /up → 200', '  - /alive #123']);
    expect(item.checks).toEqual(['health-endpoint']);
    expect(item.options).toEqual({ paths: ['/alive', '/healthz', '/readyz', '/livez', '/ping', '/status', '/up'] });
  });

  it('each path item probes its own path', () => {
    const items = byTitle(['## Monitoring', '- [ ] Health endpoints respond', '  - [ ] /readyz — SRE-142'].join('\n'));
    expect([items.get('/readyz — SRE-142')!.checks, items.get('/readyz — SRE-142')!.options]).toEqual([['health-endpoint'], { paths: ['/readyz'] }]);
  });

  it('a remark that takes the path back or defers it leaves the path out', () => {
    const item = parent(['  - [ ] /healthz', '  - [ ] /readyz (disabled)', '  - [ ] /livez — later', '  - [ ] /ping (staging only)', '  - [ ] /status — ❌ 404', '  - [ ] /up — 未対応', '  - [ ] /hc (not yet)']);
    expect(item.options).toEqual({ paths: ['/healthz'] });
  });
});

describe('QA37 markdown11 D4 (reverted at review, S3): a title mixing ASCII words with another script keeps its ASCII slug, made unique in file order', () => {
  const ids = (text: string) => parse(text).items.map((i) => [i.title, i.id]);

  it('mixed titles share their ASCII stem with -2, -3 (no hash); a title with no Latin letters gets item-<hash>', () => {
    expect(ids('## 証明書\n- [ ] SSL 証明書の発注手続き（経理承認済み）\n- [ ] SSL 証明書の秘密鍵をオフライン保管\n- [ ] WAF ルールのレビュー完了\n- [ ] 备份已测试\n').map(([, id]) => id))
      .toEqual(['ssl', 'ssl-2', 'waf', expect.stringMatching(/^item-[0-9a-f]{8}$/)]);
    expect(['SSL 証明書の更新', 'HSTS ενεργό', 'Қазақ HSTS', 'Обовʼязково HSTS', 'Обов’язково HSTS'].map(slug)).toEqual(['ssl', 'hsts', 'aza-hsts', 'obov-yazkovo-hsts', 'obov-yazkovo-hsts']);
  });

  it('ASCII, accented Latin and Cyrillic titles keep their slugs; a title with no Latin letters keeps its hash', () => {
    expect(['Enable HSTS (Strict-Transport-Security)', 'Größe prüfen', 'Включить HSTS', 'Response time under 200 µs', '🔒 HSTS enabled', 'ＨＳＴＳ enabled'].map(slug))
      .toEqual(['enable-hsts-strict-transport-security', 'grosse-prufen', 'vklyuchit-hsts', 'response-time-under-200-s', 'hsts-enabled', 'hsts-enabled']);
    expect(slug('备份已测试')).toMatch(/^item-[0-9a-f]{8}$/);
  });
});

describe('QA37 markdown11 D5 (reverted at review, S3): struck-through words stay in the title and the id; the matcher does not read them', () => {
  it('the title and id keep struck words; the options are those of the words left', () => {
    const items = parse('## TLS\n- [ ] Certificate valid for at least ~~60~~ 14 days\n- [ ] Response time under ~~200 ms~~ 800 ms\n- [ ] HSTS with includeSubDomains ~~and preload~~\n- [ ] Security headers (X-Frame-Options, ~~CSP~~)\n').items;
    expect(items.map((i) => [i.title, i.id, i.options])).toEqual([
      ['Certificate valid for at least 60 14 days', 'certificate-valid-for-at-least-60-14-days', { 'min-days': 14 }],
      ['Response time under 200 ms 800 ms', 'response-time-under-200-ms-800-ms', { 'max-ms': 800 }],
      ['HSTS with includeSubDomains and preload', 'hsts-with-includesubdomains-and-preload', { 'include-subdomains': true }],
      ['Security headers (X-Frame-Options, CSP)', 'security-headers-x-frame-options-csp', { headers: ['x-frame-options'] }],
    ]);
  });

  it('an item struck through as a whole (or all but a remark) keeps its words and stays manual', () => {
    expect(parse('- [ ] ~~Deploy to Heroku~~\n- [ ] ~~HSTS enabled~~ (dropped)\n- [ ] ~~HTTPS enforced~~ — dropped, TLS ends at the CDN\n').items.map((i) => [i.title, i.checks]))
      .toEqual([['Deploy to Heroku', []], ['HSTS enabled (dropped)', []], ['HTTPS enforced — dropped, TLS ends at the CDN', []]]);
  });

  it('a partly struck tick in a pull request reads as the title does (struck words kept), so it signs the item off', () => {
    const title = parse('- [ ] Certificate valid for at least ~~60~~ 14 days\n').items[0]!.title;
    expect(tickedItems('- [x] Certificate valid for at least ~~60~~ 14 days\n')).toEqual([{ text: title, quoted: false, struck: false }]);
    expect(tickedItems('- [x] ~~Deploy to Heroku~~\n')).toEqual([{ text: 'Deploy to Heroku', quoted: false, struck: true }]);
  });
});
