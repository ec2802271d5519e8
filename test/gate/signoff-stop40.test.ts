import { describe, expect, it } from 'vitest';
import { nearMisses, nearMissTicks, parseAttestations, withFilledTemplates } from '../../src/gate/attest.js';
import type { SignoffItem } from '../../src/gate/attest.js';
import { normaliseTitle } from '../../src/checklist/title.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

/** The near misses of a description against items, as the pipeline reads them (templates filled in first). */
function hintsOf(body: string, items: readonly SignoffItem[]) {
  const manual = items.filter((i) => !i.kind || i.kind === 'manual').map((i) => i.title);
  return nearMisses(withFilledTemplates(parseAttestations(body), manual, normaliseTitle), items, normaliseTitle);
}

// QA40 seedmut3 D1: a one-letter typo, an extra word, a plural or an id followed by a period signed nothing off (the
// contract: the tick names the item) and got no warning, while a period after the title did.
describe('near misses: a slip of spelling, one word more or less, an id with a period (QA40 seedmut3 D1)', () => {
  const items: SignoffItem[] = [
    { id: 'prepare-rollback-plan', title: 'Prepare rollback plan', status: 'pending' },
    { id: 'test-backup-restoration-process', title: 'Test backup restoration process', status: 'pending' },
    { id: 'configure-redis-password', title: 'Configure Redis password', status: 'pending' },
    { id: 'enable-redis-persistence', title: 'Enable Redis persistence (AOF or RDB)', status: 'pending' },
    { id: 'review-deployment-plan-with-team', title: 'Review deployment plan with team', status: 'pending' },
    { id: 'enable-gzip-compression', title: 'Enable gzip compression', status: 'pending' },
    { id: 'backups', title: 'Backups restored on staging', status: 'pending' },
    { id: 'run-security-scan', title: 'Run security scan (OWASP ZAP)', status: 'pending' },
  ];
  it('hints at the item, naming it and the line to tick', () => {
    const body = [
      '- [x] Prepare rollbak plan',
      '- [x] Test backup restoration processes',
      '- [x] Configure the Redis password',
      '- [x] Enable Redis persistance (AOF or RDB)',
      '- [x] Review deployment plan with the team',
      '- [x] Enable gzip compresion',
      '- [x] backups.',
      '- [x] run-security-scan.',
    ].join('\n');
    const got = hintsOf(body, items);
    expect(got.map((h) => [h.tick, h.items])).toEqual([
      ['prepare rollbak plan', ['prepare-rollback-plan']],
      ['test backup restoration processes', ['test-backup-restoration-process']],
      ['configure the redis password', ['configure-redis-password']],
      ['enable redis persistance (aof or rdb)', ['enable-redis-persistence']],
      ['review deployment plan with the team', ['review-deployment-plan-with-team']],
      ['enable gzip compresion', ['enable-gzip-compression']],
      ['backups.', ['backups']],
      ['run-security-scan.', ['run-security-scan']],
    ]);
    expect(got[0]!.message).toMatch(/ticks "prepare rollbak plan", which signs nothing off: it is not the title of the pending item 'prepare-rollback-plan' \("Prepare rollback plan"\); tick that title/);
    expect(got[6]!.message).toMatch(/ticks "backups\.", which signs nothing off: it is the id of the pending item 'backups' \("Backups restored on staging"\) with more after it; tick the id alone \(`- \[x\] backups`\)/);
    expect(got[6]!.kind).toBe('id');
  });
  it('a swapped pair of letters and a dropped word keep three words: hinted', () => {
    expect(hintsOf('- [x] Prepare rollback palnn\n- [x] Prepare rollbcak plan\n- [x] Review deployment with team\n', items).map((h) => h.items[0])).toEqual(['prepare-rollback-plan', 'review-deployment-plan-with-team']);
  });
  it('still signs nothing off: the items stay pending', async () => {
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': '## Release\n- [ ] Prepare rollback plan\n- [ ] Configure Redis password\n' });
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => { warnings.push(m); } };
    const { report, signoffHints } = await run({ dir, cwd: dir, probes: false, env: {}, logger, attestation: { body: '- [x] Prepare rollbak plan\n- [x] Configure the Redis password\n', by: 'alice' } });
    expect(report.items.map((i) => [i.id, i.status])).toEqual([['prepare-rollback-plan', 'pending'], ['configure-redis-password', 'pending']]);
    expect(signoffHints?.map((h) => h.items)).toEqual([['prepare-rollback-plan'], ['configure-redis-password']]);
    expect(warnings.filter((w) => w.includes('signs nothing off'))).toHaveLength(2);
  });
  it('stays silent on unrelated ticks: other words, short words changed, numbers changed, negations, two-word overlaps, short titles', () => {
    const more: SignoffItem[] = [
      ...items,
      { id: 'smoke-tests-pass', title: 'Smoke tests pass', status: 'pending' },
      { id: 'tls', title: 'Disable TLS 1.0', status: 'pending' },
      { id: 'logs', title: 'Logs are stored', status: 'pending' },
      { id: 'docs', title: 'Docs', status: 'pending' },
      { id: 'db-backups-tested', title: 'Database backups tested', status: 'pending' },
    ];
    const body = [
      '- [x] Prepare rollout plan', // a word of another meaning, two letters apart
      '- [x] Prepare rollback plans now', // two slips
      '- [x] Tests pass', // a PR template's own tick: two words of a three-word title
      '- [x] Disable TLS 1.1', // numbers must be as written
      '- [x] Logs are not stored', // a negation added
      '- [x] Database backups not tested',
      '- [x] Dogs', // a short title
      '- [x] I have added tests',
      '- [x] Configure Postgres password', // another word, not a slip
      '- [x] backups of the wiki exported', // a one-word id is no prefix of a sentence
    ].join('\n');
    expect(hintsOf(body, more)).toEqual([]);
  });
  it('a near miss of an item already signed off is no news', () => {
    expect(hintsOf('- [x] Prepare rollbak plan\n', [{ ...items[0]!, status: 'attested' }])).toEqual([]);
  });
});

// QA40 seedmut3 D2: a box ticked in the description that names an item a check decides signed nothing off (DESIGN:
// "Ticks in a PR body never attest a bound item") and said nothing, unlike the checklist's own "(ticked in the checklist)".
describe('a tick naming an item a check decides (QA40 seedmut3 D2)', () => {
  const items: SignoffItem[] = [
    { id: 'hsts-header-configured', title: 'HSTS header configured', status: 'fail', kind: 'probe', check: 'hsts' },
    { id: 'pinned-images', title: 'Use production-ready images (no `:latest` tags)', status: 'fail', kind: 'static', check: 'image-tag-pinned' },
    { id: 'cookies', title: 'Session cookies secure', status: 'pass', kind: 'static', check: ['cookie-flags', 'cookie-security'] },
    { id: 'backups', title: 'Backups tested', status: 'pending', kind: 'manual', check: null },
  ];
  it('gets a notice naming the item and its check, by title (markup, a period) or id; nothing is signed off', () => {
    const got = hintsOf('- [x] **HSTS header** configured\n- [x] pinned-images\n- [x] Session cookies secure.\n- [x] Backups tested\n', items);
    expect(got.map((h) => [h.kind, h.tick, h.items])).toEqual([
      ['bound', 'hsts header configured', ['hsts-header-configured']],
      ['bound', 'pinned-images', ['pinned-images']],
      ['bound', 'session cookies secure.', ['cookies']],
    ]);
    expect(got[0]!.message).toBe('the pull request description ticks "hsts header configured", which signs nothing off: the item \'hsts-header-configured\' ("HSTS header configured") is decided by the check hsts, a tick does not change it (status: fail); only manual items are signed off in the description');
    expect(got[2]!.message).toMatch(/is decided by the checks cookie-flags and cookie-security, a tick does not change it/);
  });
  it('a manual item of the same words is signed off as before, and unrelated ticks say nothing', () => {
    expect(hintsOf('- [x] Backups tested\n- [x] I have added tests\n- [x] hsts\n', items)).toEqual([]);
  });
  it('end to end: logged as a notice; the job summary marks the item and lists the tick', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '## Release\n- [ ] Use production-ready images (no `:latest` tags)\n- [ ] Backups tested\n',
      'docker-compose.yml': 'services:\n  db:\n    image: mongo:latest\n',
    });
    const notices: string[] = [];
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => { warnings.push(m); }, notice: (m: string) => { notices.push(m); } };
    const body = '- [x] Use production-ready images (no `:latest` tags)\n- [x] Backups tested\n';
    const { report, signoffHints } = await run({ dir, cwd: dir, probes: false, env: {}, logger, attestation: { body, by: 'alice' } });
    const images = report.items.find((i) => i.id === 'use-production-ready-images-no-latest-tags')!;
    expect(images.kind).not.toBe('manual');
    expect(images.status).toBe('fail');
    expect(report.items.find((i) => i.id === 'backups-tested')?.status).toBe('attested');
    expect(notices).toEqual([expect.stringMatching(/ticks "use production-ready images \(no :latest tags\)", which signs nothing off: the item 'use-production-ready-images-no-latest-tags' .* is decided by the check image-tag-pinned, a tick does not change it/)]);
    expect(warnings.filter((w) => w.includes('signs nothing off'))).toEqual([]);
    const md = renderMarkdown(report, { signoffHints });
    expect(md).toMatch(/`use-production-ready-images-no-latest-tags` · \w+ — fail _\(ticked in the description: the check `image-tag-pinned` decides it, a tick does not change it\)_/);
    // No sign-off pending: the list stands under its own heading.
    expect(md).toContain('### Ticked in the description, but signing nothing off\n\n- "use production-ready images (no :latest tags)" (for `use-production-ready-images-no-latest-tags`): decided by the check `image-tag-pinned`, a tick does not change it; only manual items are signed off in the description');
  });
  it('in the summary, listed with the near misses under the pending sign-offs when there are some', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '## Release\n- [ ] Use production-ready images (no `:latest` tags)\n- [ ] Rollback plan reviewed by the team\n',
      'docker-compose.yml': 'services:\n  db:\n    image: mongo:latest\n',
    });
    const body = '- [x] Use production-ready images (no `:latest` tags)\n- [x] Rollback plan reviewd by the team\n';
    const { report, signoffHints } = await run({ dir, cwd: dir, probes: false, env: {}, attestation: { body, by: 'alice' } });
    const md = renderMarkdown(report, { signoffHints });
    const list = md.slice(md.indexOf('### ⏳ Sign-offs pending'));
    expect(list).toContain('Ticked in the description, but signing nothing off:\n\n- "rollback plan reviewd by the team" (for `rollback-plan-reviewed-by-the-team`): not its title as written');
    expect(list).toContain('- "use production-ready images (no :latest tags)" (for `use-production-ready-images-no-latest-tags`): decided by the check `image-tag-pinned`');
    expect(md).not.toContain('### Ticked in the description, but signing nothing off');
  });
});

// QA40 seedmut3 D3: `- [x] signature-2: Bob` was hinted as nearly filling in 'signature' (the first of three items
// titled "Signature: ____"), not as the id 'signature-2' the author typed.
describe('a tick that starts with an item id names the item of the longest such id (QA40 seedmut3 D3)', () => {
  const items: SignoffItem[] = [
    { id: 'signature', title: 'Signature: ________________', status: 'pending' },
    { id: 'signature-2', title: 'Signature: ________________', status: 'pending' },
    { id: 'signature-3', title: 'Signature: ________________', status: 'pending' },
  ];
  it('hints at signature-2, and at signature for its own id', () => {
    const got = hintsOf('- [x] signature-2: Bob\n- [x] signature: Alice Doe (lead)\n', items);
    expect(got.map((h) => [h.tick, h.items, h.kind])).toEqual([['signature-2: bob', ['signature-2'], 'id']]);
    expect(got[0]!.message).toMatch(/it is the id of the pending item 'signature-2' \("Signature: ________________"\) with more after it; tick the id alone \(`- \[x\] signature-2`\)/);
    // `signature: Alice Doe (lead)` fills in the shared title's blank: it signs off all three, so it is no near miss.
    expect(nearMissTicks(withFilledTemplates(parseAttestations('- [x] signature-3 (done)\n'), items.map((i) => i.title), normaliseTitle), items, normaliseTitle)).toEqual([
      expect.stringMatching(/ticks "signature-3 \(done\)".*'signature-3'/),
    ]);
  });
  it('the longest id signed off already: no hint at a shorter one', () => {
    expect(hintsOf('- [x] signature-2: Bob\n', [items[0]!, { ...items[1]!, status: 'attested' }])).toEqual([]);
  });
});
