import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

const checks = (md: string) => parseMarkdownChecklist('c.md', md).items.map((i) => ({ title: i.title, checks: i.checks, paths: (i.options as { paths?: string[] } | undefined)?.paths }));

// Regression sweep 3 (stop 37): everyday words of Japanese and Chinese in the middle of a title made ordinary items manual.
describe('a status word inside a Japanese or Chinese title', () => {
  it('binds the item when it is part of the sentence', () => {
    const found = checks(['- [ ] HSTS を対象外ドメインなしで全ホストに設定', '- [ ] HSTS 待定域名也要启用', '- [ ] CSP 対象外ページも設定', '- [ ] 为不适用缓存的页面也设置 CSP', '- [ ] 待定订单页面也启用 CSP', ''].join('\n'));
    expect(found.map((f) => f.checks)).toEqual([['hsts'], ['hsts'], ['security-headers'], ['security-headers'], ['security-headers']]);
  });
  it('keeps the item manual when it is the item\'s state', () => {
    const found = checks(['- [ ] CSP: 対象外', '- [ ] HSTS（対象外）', '- [ ] HSTS — 待定', '- [ ] CSP — 不适用', '- [ ] CSP（不适用）', ''].join('\n'));
    expect(found.map((f) => f.checks)).toEqual([[], [], [], [], []]);
  });
});

// Regression sweep 3: nested health paths marked as not built yet were probed (and failed on their 404).
describe('a nested health path not built yet', () => {
  it('is left out of the parent\'s paths; a plain one stays', () => {
    const md = ['- [ ] Health endpoints respond', '  - [ ] /healthz', '  - [ ] /v2/health (planned)', '  - [ ] /ping — 未実装', '  - [ ] /alive — не реализовано', '  - [ ] /ready (not yet)', '  - [ ] /livez — TODO', ''].join('\n');
    const found = checks(md);
    expect(found[0]).toMatchObject({ checks: ['health-endpoint'], paths: ['/healthz'] });
    expect(found.slice(2).map((f) => f.checks)).toEqual([[], [], [], [], []]);
  });
});
