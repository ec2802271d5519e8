import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { notDoneReading } from '../../src/checklist/matcher.js';

// QA stop 48 (carried over from 47): a ticked item whose not-done status was written in Japanese, Chinese, Russian, Korean,
// Italian, Dutch or Polish ("HSTS — 未対応", "HSTS（保留）", "HSTS — в работе", "HSTS — 진행 중", "HSTS — in corso") was a
// manual item the tick signed off, so its check never ran (a false pass). Read as the English statuses are: the status
// stands as the item's state (opening an aside — `(…)`, `（…）`, `【…】` —, after a dash or a label — `:`, `：` — and ending
// there); a status word inside a sentence that describes the topic is no status ("保留期間" retention period, "待处理的请求"
// pending requests, "대기 시간" wait time).

const state = (md: string) => parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', md).items.map((i) => ({ checks: i.checks, signedOff: !!i.signedOff, ticked: !!i.ticked, notDone: i.notDoneChecks ?? [] }));
const one = (box: 'x' | ' ', title: string) => state(`# Go-live\n- [${box}] ${title}\n`)[0]!;

const NOT_DONE: [string, string][] = [
  // Japanese
  ['HSTS — 未対応', 'hsts'],
  ['HSTS（未完了）', 'hsts'],
  ['HSTS：対応中', 'hsts'],
  ['HSTS（保留）', 'hsts'],
  ['HSTS — 保留中です', 'hsts'],
  ['Security headers — 未実施', 'security-headers'],
  ['Security headers — ❌ 作業中', 'security-headers'],
  ['HSTS—未完了', 'hsts'],
  ['【未対応】HSTS', 'hsts'],
  // Chinese
  ['HSTS（进行中）', 'hsts'],
  ['HSTS【進行中】', 'hsts'],
  ['CSP — 待处理', 'security-headers'],
  ['CSP：待處理', 'security-headers'],
  ['HSTS — 未完成', 'hsts'],
  ['HSTS — 未处理', 'hsts'],
  ['HSTS（暂缓）', 'hsts'],
  // Russian
  ['HSTS — не сделано', 'hsts'],
  ['HSTS — не готово', 'hsts'],
  ['HSTS — в работе', 'hsts'],
  ['HSTS — В РАБОТЕ', 'hsts'],
  ['HSTS (в процессе)', 'hsts'],
  ['HSTS: ожидает', 'hsts'],
  // Korean
  ['HSTS — 미완료', 'hsts'],
  ['HSTS — 진행 중', 'hsts'],
  ['HSTS (진행중)', 'hsts'],
  ['HSTS — 보류', 'hsts'],
  ['HSTS — 대기', 'hsts'],
  // Italian, Dutch, Polish
  ['HSTS — in sospeso', 'hsts'],
  ['HSTS — da fare', 'hsts'],
  ['Image tags pinned — IN CORSO', 'image-tag-pinned'],
  ['HSTS — nog niet', 'hsts'],
  ['HSTS — bezig', 'hsts'],
  ['HSTS (in behandeling)', 'hsts'],
  ['HSTS: openstaand', 'hsts'],
  ['HSTS — w toku', 'hsts'],
  ['HSTS — do zrobienia', 'hsts'],
  ['HSTS — oczekuje', 'hsts'],
];

describe('a not-done status in other languages keeps a tick from signing the item off (QA48 notdone 1)', () => {
  it.each(NOT_DONE)('ticked "%s" binds %s, the tick shown', (title, check) => {
    const it0 = one('x', title);
    expect(it0.checks).toContain(check);
    expect(it0.signedOff).toBe(false);
    expect(it0.ticked).toBe(true);
  });

  it.each(NOT_DONE)('unticked "%s" stays a pending manual item that names %s', (title, check) => {
    const it0 = one(' ', title);
    expect(it0.checks).toEqual([]);
    expect(it0.signedOff).toBe(false);
    expect(it0.notDone).toContain(check);
  });

  it('reads the item without the status that stands as its state', () => {
    expect(notDoneReading('HSTS（対応中）')).toBe('HSTS');
    expect(notDoneReading('HSTS【进行中】 max-age 1y')).toBe('HSTS max-age 1y');
    expect(notDoneReading('HSTS — в работе')).toBe('HSTS');
    expect(notDoneReading('HSTS：保留')).toBe('HSTS');
  });

  it.each<[string, string]>([
    // A status word inside a phrase that describes the topic, or with no separator before it, is no status.
    ['HSTS 保留期間 1年', 'hsts'],
    ['HSTS — 保留期間 1年', 'hsts'],
    ['HSTS — 待处理的请求', 'hsts'],
    ['CSP — 待处理请求', 'security-headers'],
    ['HSTS（保留 max-age）', 'hsts'],
    ['HSTS — 대기 시간 짧음', 'hsts'],
    ['HSTS — 진행 중입니다 검토', 'hsts'],
    ['HSTS abilitato (in corso di verifica)', 'hsts'],
    ['Health endpoint /healthz — oczekuje 200', 'health-endpoint'],
  ])('lookalike "%s" still binds %s, ticked or not, with no not-done reading', (title, check) => {
    for (const box of ['x', ' '] as const) {
      const it0 = one(box, title);
      expect(it0.checks).toContain(check);
      expect(it0.notDone).toEqual([]);
    }
    expect(notDoneReading(title)).toBeUndefined();
  });

  it.each([
    // Decisions, not unfinished work: the tick signs them off, as "— postponed", "— waived" do.
    'HSTS — 延期',
    'HSTS — отложено',
    'HSTS — 不需要',
    'HSTS（対象外）',
    // "Not yet" elsewhere (another place) is no status of its own.
    'HSTS — nog niet op staging',
  ])('ticked "%s" is no not-done status', (title) => {
    expect(notDoneReading(title)).toBeUndefined();
    expect(one('x', title).notDone).toEqual([]);
  });
});
