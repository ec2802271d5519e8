import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 46 (markdown21 D4): Japanese and Chinese HSTS items bound hsts but dropped the max-age they state ("max-age は
// 1 年以上", "max-age 至少一年"), so a 6-month max-age passed a one-year promise.

const optionsOf = (line: string) => {
  const [item] = parseMarkdownChecklist('c.md', `# HSTS\n- [ ] ${line}\n`).items;
  return [item!.checks, item!.options];
};
const YEAR = 31_536_000;

describe('markdown21 D4: a Japanese or Chinese max-age is read', () => {
  it.each<[string, number]>([
    ['HSTS を有効化（max-age は 1 年以上）', YEAR],
    ['HSTS を有効化（max-age は1年以上）', YEAR],
    ['HSTS を有効化（max-age は 6 か月以上）', 15_552_000],
    ['HSTS を有効化（max-age は 6ヶ月以上）', 15_552_000],
    ['HSTS を有効化（max-age 少なくとも 2 年）', 2 * YEAR],
    ['启用 HSTS（max-age 至少一年）', YEAR],
    ['启用 HSTS（max-age 至少 1 年）', YEAR],
    ['启用 HSTS（max-age 不少于六个月）', 15_552_000],
    ['启用 HSTS（max-age 为 31536000 秒）', YEAR],
    ['启用 HSTS，max-age 至少半年', 15_552_000],
  ])('%s → min-max-age %d', (line, seconds) => {
    expect(optionsOf(line)).toEqual([['hsts'], { 'min-max-age': seconds }]);
  });

  it('a date is no duration ("2025年3月", "6月" is June): only the max-age counts', () => {
    expect(optionsOf('HSTS を有効化（2025年3月から、max-age は 1 年以上）')).toEqual([['hsts'], { 'min-max-age': YEAR }]);
    expect(optionsOf('启用 HSTS（6月上线）')[1]).toBeUndefined();
  });

  it('the English and German forms are read as before', () => {
    expect(optionsOf('HSTS enabled with max-age of at least one year')).toEqual([['hsts'], { 'min-max-age': YEAR }]);
    expect(optionsOf('HSTS aktiviert (max-age mindestens ein Jahr)')).toEqual([['hsts'], { 'min-max-age': YEAR }]);
  });
});
