import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { MAX_BODY, descriptionCut, nearMissTicks, parseAttestations, tameEmphasis, withFilledTemplates } from '../../src/gate/attest.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';
import { normaliseTitle } from '../../src/checklist/title.js';
import { SLACK } from '../helpers/slack.js';

describe('normaliseTitle', () => {
  it.each([
    ['  Backups   Tested ', 'backups tested'],
    ['**Backups** _tested_', 'backups tested'],
    ['Set `SESSION_COOKIE_SECURE=True`', 'set session_cookie_secure=true'],
    ['See [the runbook](https://x.test/run_book) now', 'see the runbook now'],
    ['~~Old~~ *new* __bold__', 'old new bold'],
    ['Item <!-- preflight: manual -->', 'item'],
    ['Line\r\nbreak\tand\u00a0nbsp', 'line break and nbsp'],
    ['\\*escaped\\* star', 'escaped star'],
    ['Ｆｕｌｌ width', 'full width'],
    ['Backups &amp; restores &#8212; tested', 'backups & restores — tested'],
    ['Use &lt;b&gt;bold&lt;/b&gt; &#x27;quotes&#39; and &unknown; &#0;', "use bold 'quotes' and &unknown; &#0;"],
  ])('%j → %j', (input, expected) => {
    expect(normaliseTitle(input)).toBe(expected);
  });

  it('keeps meaningful symbols (a lone `*`, snake_case, paths)', () => {
    expect(normaliseTitle('Remove * from CORS_ALLOWED_ORIGINS in /etc/app_conf')).toBe('remove * from cors_allowed_origins in /etc/app_conf');
  });

  it('keeps a quoted `*` only when asked (QA33 markdown7 D6: to show the words a rule matched; the rules read it without)', () => {
    expect(normaliseTitle('CORSMiddleware never uses `allow_origins=["*"]`')).toBe('corsmiddleware never uses allow_origins=[""]');
    expect(normaliseTitle('CORSMiddleware never uses `allow_origins=["*"]`', true)).toBe('corsmiddleware never uses allow_origins=["*"]');
    expect(normaliseTitle("origins: ['*'] never", true)).toBe("origins: ['*'] never");
    expect(normaliseTitle('a "*quoted*" word and *emphasis*', true)).toBe('a "quoted" word and emphasis');
  });
});

describe('sign-off of a title with characters Markdown escapes', () => {
  it('a PR box written with character references attests the item the checklist names with the characters', () => {
    const list = parseMarkdownChecklist('c.md', '- [ ] Backups &amp; restores tested\n- [ ] Rollback <= 5 min documented\n');
    expect(list.items.map((i) => i.title)).toEqual(['Backups & restores tested', 'Rollback <= 5 min documented']);
    const ticked = parseAttestations('- [x] Backups &amp; restores tested\n- [x] Rollback &lt;= 5 min documented\n');
    expect(list.items.map((i) => ticked.has(normaliseTitle(i.title)))).toEqual([true, true]);
  });
});

describe('parseAttestations', () => {
  it('collects ticked boxes with any bullet and either x, ignoring unticked ones', () => {
    const body = ['## Sign-off', '- [x] Backups tested', '* [X] Restore drill done', '+ [x] **On-call** rotation', '- [ ] Not ticked', '-[x] no space', '- [x]', '', 'x Backups'].join('\n');
    expect([...parseAttestations(body)]).toEqual(['backups tested', 'restore drill done', 'on-call rotation']);
  });

  it('attests only boxes GitHub shows as ticked: not in HTML comments, indented code or raw HTML', () => {
    const body = [
      '<!-- template:', '- [x] Rollback plan is documented', '-->',
      '', '    - [x] Load test run against staging', '',
      '<details>', '- [x] Inside raw HTML', '</details>',
      '', 'Intro', '', '- [x] Visible tick',
    ].join('\r\n');
    expect([...parseAttestations(body)]).toEqual(['visible tick']);
  });

  it('handles CRLF, indentation, nesting and surrounding space (a quoted tick is someone else\'s words: no sign-off)', () => {
    const body = 'Intro\r\n  - [x]   Padded title   \r\n    - [x] Nested\r\n> - [x] Quoted\r\n';
    expect(parseAttestations(body)).toEqual(new Set(['padded title', 'nested']));
  });

  it('ignores boxes inside fenced code blocks, and picks them up again after the fence', () => {
    const body = ['```md', '- [x] Example only', '```js', '- [x] Still code', '```', '- [x] Real', '~~~~', '- [x] Tilde code', '~~~~'].join('\n');
    expect([...parseAttestations(body)]).toEqual(['real']);
  });

  it('returns an empty set for empty or hostile bodies without throwing', () => {
    expect(parseAttestations('').size).toBe(0);
    expect(parseAttestations('\u0000\uD800- [x]').size).toBe(0);
    const t = performance.now();
    expect(parseAttestations(`- [x] ${'a'.repeat(40_000)}\n`.repeat(20)).size).toBe(1);
    expect(performance.now() - t).toBeLessThan(2000 * SLACK);
  });

  it('says where the reading of an over-long description stops, exactly where ticks stop counting (QA31 robust4 D5)', () => {
    const filler = `- [x] filler line ${'x'.repeat(20)}\n`;
    const n = Math.ceil(MAX_BODY / filler.length) + 100;
    const long = `${filler.repeat(n)}- [x] Signed off late\n`;
    const cut = descriptionCut(long)!;
    expect(cut).not.toBeNull();
    expect(cut.lines).toBe(Math.floor(MAX_BODY / filler.length));
    expect(cut.unread).toBe(long.length - cut.lines * filler.length);
    expect(parseAttestations(long).has('signed off late')).toBe(false);
    // At the bound and below it, the whole description is read and nothing is said.
    const whole = `${filler.repeat(Math.floor((MAX_BODY - 30) / filler.length))}- [x] Signed off late\n`;
    expect(whole.length).toBeLessThanOrEqual(MAX_BODY);
    expect(descriptionCut(whole)).toBeNull();
    expect(parseAttestations(whole).has('signed off late')).toBe(true);
    expect(descriptionCut('x'.repeat(MAX_BODY))).toBeNull();
    // One line longer than the bound: nothing is read.
    expect(descriptionCut('x'.repeat(MAX_BODY + 1))).toEqual({ lines: 0, unread: MAX_BODY + 1 });
  });

  it('a ticked copy of every seed item (as written in Markdown) attests exactly that item title', () => {
    for (const name of ['checklist-a.md', 'checklist-b.md', 'checklist-c.md']) {
      const text = fs.readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');
      const lines = text.split('\n');
      const list = parseMarkdownChecklist(name, text, { match: false });
      for (const item of list.items) {
        const raw = lines[item.source.line - 1]!.replace(/^\s*[-*+] \[[ xX]\] /, '');
        const ticks = parseAttestations(`Done:\r\n- [x] ${raw}\r\n`);
        expect(ticks.has(normaliseTitle(item.title!)), `${name}:${item.source.line} ${raw}`).toBe(true);
      }
    }
  });
});

describe('a description crafted to slow the Markdown parse', () => {
  it('has its emphasis delimiters neutralised before the parse (quadratic in them), and its sign-offs still count', () => {
    const body = `- [x] backup_restore tested\n* [x] **Backups** verified\n${'*_'.repeat(40_000)}\n`;
    const tamed = tameEmphasis(body);
    // Ticked lines keep their text (few delimiters); every delimiter elsewhere is gone.
    expect(tamed.split('\n').slice(0, 2)).toEqual(['- [x] backup_restore tested', '* [x] **Backups** verified']);
    expect(tamed.slice(60)).not.toMatch(/[*_]/);
    expect([...parseAttestations(body)].sort()).toEqual(['backup_restore tested', 'backups verified']);
    // An ordinary description is parsed as it is.
    expect(tameEmphasis('- [x] a_b *c*\n')).toBe('- [x] a_b *c*\n');
  });
});

describe('a ticked line of thousands of `[` (QA stop 26)', () => {
  it('is normalised in linear time (link syntax was scanned to the end from each `[`), and links still lose their syntax', () => {
    const t = performance.now();
    const ticks = parseAttestations(`- [x] ${'['.repeat(120_000)}\n- [x] See [the runbook](https://wiki/x) and [ref][1]\n`);
    // 30,000 took 1.7 s before; 120,000 would take ~27 s. Now a few ms.
    expect(performance.now() - t).toBeLessThan(1000 * SLACK);
    expect(ticks.has('see the runbook and ref')).toBe(true);
  });
});

describe('a description with a pasted Terraform plan (over a thousand `_`) beside its sign-offs', () => {
  it('still matches ticked titles that hold `*`: only lines that are not ticks lose their delimiters', () => {
    // The gcp-gke-platform-terraform pull request template: a checklist, then the plan output in <details>.
    const attrs = ['cluster_ipv4_cidr', 'enable_autopilot', 'enable_intranode_visibility', 'enable_legacy_abac', 'enable_shielded_nodes', 'initial_node_count', 'logging_service', 'monitoring_service', 'networking_mode', 'node_locations', 'private_ipv6_google_access', 'remove_default_node_pool', 'services_ipv4_cidr', 'tpu_ipv4_cidr_block'];
    const plan = Array.from({ length: 30 }, (_, i) => [`  # google_container_node_pool.primary_nodes_${i} will be created`, `  + resource "google_container_node_pool" "primary_nodes_${i}" {`, ...attrs.map((a) => `      + ${a} = (known after apply)`), '    }']).flat().join('\n');
    const titles = ['I have run `terraform plan` and reviewed the output', 'Wildcard `*` is not used in the CORS allow-list', 'Log rotation configured for /var/log/app/*.log', 'Secrets are passed as `*_FILE` variables'];
    const body = ['## Checklist', ...titles.map((t) => `- [x] ${t}`), '- [ ] Unticked *with* emphasis', '', '<details>', '<summary>Terraform Plan Output</summary>', '', '```terraform', plan, '```', '', '</details>'].join('\r\n');
    expect((body.match(/[*_]/g) ?? []).length).toBeGreaterThan(1000);
    const ticks = parseAttestations(body);
    for (const t of titles) expect(ticks).toContain(normaliseTitle(t));
    // The budget for kept lines is the untamed limit: a thousand ticked lines of delimiters are tamed like any other.
    const crafted = `${'- [x] *_*_*_*_*_*_*_*_*_*_\n'.repeat(2000)}`;
    expect((tameEmphasis(crafted).match(/[*_]/g) ?? []).length - 2000 /* the bullets */).toBeLessThanOrEqual(1000);
  });
});

describe('a description with a deeply indented paste beside its sign-offs', () => {
  // A pasted `helm template` / `terraform plan` diff in a fence: its list lines sit 70+ columns deep. The parse guard
  // against pathological nesting used to drop every tick of such a description, silently; now only the deep lines
  // are read as text.
  const deep = ' '.repeat(70);
  const body = [
    '## Sign-off', '', '- [x] Backups tested', '- [x] On-call rota updated', '- [ ] Load test run', '',
    '```diff', `${deep}- name: api`, `${deep}  image: api:1.2.3`, `${deep}+ [x] not a tick`, '```', '',
    // A deep ticked item outside any fence too: nested 35 levels, nobody's sign-off, read as text.
    ...Array.from({ length: 36 }, (_, i) => `${'  '.repeat(i)}- [x] level ${i}`),
  ].join('\n');

  it('keeps the ticks at a sane depth and reads the too-deep lines as text', () => {
    const ticks = parseAttestations(body);
    expect(ticks.has('backups tested')).toBe(true);
    expect(ticks.has('on-call rota updated')).toBe(true);
    expect(ticks.has('load test run')).toBe(false);
    expect(ticks.has('level 0')).toBe(true);
    expect(ticks.has('level 31')).toBe(true);
    // 66 columns deep: text, continuing the last item deep enough to parse (as a line indented too far for an item always did).
    expect(ticks.has('level 33')).toBe(false);
    expect(ticks.has('level 32 - [x] level 33 - [x] level 34 - [x] level 35')).toBe(true);
    expect([...ticks].some((t) => t.includes('not a tick'))).toBe(false);
  });

  it('a description nested deeper on every line keeps its shallow ticks (the deep ones are text)', () => {
    const nested = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- [x] level ${i}`).join('\n').slice(0, 65_536);
    const ticks = parseAttestations(nested);
    expect(ticks.has('level 1')).toBe(true);
    expect(ticks.has('level 200')).toBe(false);
  });
});

describe('nearMissTicks (QA round 30)', () => {
  const items = [
    { id: 'runbook', title: 'Runbook reviewed by the SRE team', status: 'pending' },
    { id: 'stakeholders', title: 'Stakeholders notified', status: 'pending' },
    { id: 'backups', title: 'Backups tested', status: 'attested' },
  ];
  it('hints at the pending item a tick nearly names, and stays silent on ticks unlike any item', () => {
    const ticks = parseAttestations('- [x] Runbook reviewed by the SRE team.\n- [x] Stakeholders notified (done 2025-01-30, see #88)\n- [x] I have added tests\n- [x] Backups tested\n');
    const hints = nearMissTicks(ticks, items, normaliseTitle);
    expect(hints).toHaveLength(2);
    expect(hints[0]).toMatch(/ticks "runbook reviewed by the sre team\.", which signs nothing off: it is not the title of the pending item 'runbook' \("Runbook reviewed by the SRE team"\)/);
    expect(hints[1]).toMatch(/pending item 'stakeholders'/);
    // Exact ticks and ids sign off: no hint.
    expect(nearMissTicks(parseAttestations('- [x] runbook\n- [x] Stakeholders notified\n'), items, normaliseTitle)).toEqual([]);
    // A near miss of an item already attested is no news.
    expect(nearMissTicks(parseAttestations('- [x] Backups tested!\n'), items, normaliseTitle)).toEqual([]);
  });
});

describe('nearMissTicks: partial and prefixed titles (QA round 31)', () => {
  const items = [
    { id: 'status-page', title: 'Status page incident template prepared', status: 'pending' },
    { id: 'game-day', title: 'Game day scheduled', status: 'pending' },
    { id: 'logs', title: 'Structured JSON logs shipped to Loki', status: 'pending' },
    { id: 'docs', title: 'Documentation updated', status: 'pending' },
    { id: 'migration', title: 'Database migration tested against a production snapshot', status: 'pending' },
    { id: 'tests', title: 'Tests pass', status: 'pending' },
  ];
  const hints = (body: string) => nearMissTicks(parseAttestations(body), items, normaliseTitle);
  it('hints at the item a truncated title or a title behind an emoji, a shortcode or a label nearly names', () => {
    const got = hints('- [x] Status page incident template\n- [x] Game day\n- [x] :chart_with_upwards_trend: Structured JSON logs shipped to Loki\n- [x] ✅ Documentation updated\n- [x] Done: Game day scheduled\n');
    expect(got).toHaveLength(5);
    expect(got[0]).toMatch(/ticks "status page incident template", which signs nothing off: it is not the title of the pending item 'status-page' \("Status page incident template prepared"\)/);
    expect(got[1]).toMatch(/ticks "game day",.*'game-day'/);
    expect(got[2]).toMatch(/ticks ":chart_with_upwards_trend: structured json logs shipped to loki",.*'logs'/);
    expect(got[3]).toMatch(/'docs'/);
    expect(got[4]).toMatch(/'game-day'/);
  });
  it('stays silent on unrelated ticks: other words before a title, one word of it, a small part of a long title, short titles', () => {
    expect(hints('- [x] Changelog and documentation updated\n- [x] Game\n- [x] Database migration\n- [x] All tests pass\n- [x] I have added tests\n- [x] Tests\n')).toEqual([]);
  });
});

describe('sign-off template lines filled in (QA33 markdown7 D3)', () => {
  const titles = ['Reviewed by: ____________', 'Date: ____________', 'Approved by ____ on ____', 'Signed ____', '____________', 'Backups tested'];
  const filled = (body: string) => [...withFilledTemplates(parseAttestations(body), titles, normaliseTitle)];
  it('a tick that fills the blank of a template title attests that title; the exact title still does', () => {
    expect(filled('- [x] Reviewed by: Maria Schmidt\r\n- [x] Date: 2025-01-14\r\n')).toEqual(expect.arrayContaining([normaliseTitle('Reviewed by: ____________'), normaliseTitle('Date: ____________')]));
    expect(filled('- [x] **Reviewed by:** @maria\n')).toContain(normaliseTitle('Reviewed by: ____________'));
    expect(filled('- [x] Approved by Maria on 2025-01-14\n')).toContain(normaliseTitle('Approved by ____ on ____'));
    expect(filled('- [x] Signed Maria\n')).toContain(normaliseTitle('Signed ____'));
    expect(filled('- [x] Reviewed by: ____________\n')).toContain(normaliseTitle('Reviewed by: ____________'));
  });
  it('attests nothing for other differences: no fill, punctuation alone, another label, a word run into the label, a bare blank', () => {
    const keys = (body: string) => filled(body).filter((k) => !parseAttestations(body).has(k));
    expect(keys('- [x] Reviewed by:\n- [x] Reviewed by: --\n- [x] Reviewed by Maria Schmidt\n- [x] Reviewed: Maria\n- [x] Date 2025-01-14\n')).toEqual([]);
    expect(keys('- [x] Signedoff Maria\n- [x] Approved by Maria\n- [x] Approved by on 2025\n- [x] Maria\n- [x] Backups tested by Maria\n')).toEqual([]);
  });
  it('a near miss of a template gets a hint; a filled-in tick gets none', () => {
    const items = [
      { id: 'reviewed-by', title: 'Reviewed by: ____________', status: 'pending' },
      { id: 'date', title: 'Date: ____________', status: 'attested' },
    ];
    const hints = nearMissTicks(parseAttestations('- [x] Reviewed by Maria Schmidt\n- [x] Date: 2025-01-14\n'), items, normaliseTitle);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatch(/ticks "reviewed by maria schmidt", which signs nothing off: it nearly fills in the pending item 'reviewed-by'/);
    expect(nearMissTicks(parseAttestations('- [x] Reviewed by: Maria Schmidt\n'), [{ ...items[0]!, status: 'attested' }], normaliseTitle)).toEqual([]);
  });
  it('is cheap on a long tick against a template of several blanks', () => {
    const t = performance.now();
    withFilledTemplates(new Set([`a ${'on '.repeat(20_000)}`]), ['A ____ on ____ on ____ on ____ x'], normaliseTitle);
    expect(performance.now() - t).toBeLessThan(500 * SLACK);
  });
  it('end to end: the PR body\'s filled-in template lines sign off the Markdown checklist\'s template items', async () => {
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': '## Sign-off\n- [ ] Reviewed by: ____________\n- [ ] Date: ____________\n- [ ] Журнал изменений обновлён\n' });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, attestation: { body: '- [x] Reviewed by: Maria Schmidt\r\n- [x] Date: 2025-01-14\r\n- [x] Журнал изменений обновлен\r\n', by: 'alice' } });
    expect(report.items.map((i) => [i.id, i.status, i.attestedBy])).toEqual([
      ['reviewed-by', 'attested', 'alice'],
      ['date', 'attested', 'alice'],
      ['zhurnal-izmeneniy-obnovlen', 'attested', 'alice'],
    ]);
  });
});

describe('a template ticked with its blank left empty (QA34 markdown8 D6)', () => {
  const titles = ['Name: ____________', 'Date: ____________', 'Approved by ____ on ____', 'Backups tested'];
  const keys = (body: string, t = titles) => [...withFilledTemplates(parseAttestations(body), t, normaliseTitle)];
  it('signs nothing off: `Date:` reads as `Date: ____` once normalised, but its blank is not filled in', () => {
    expect(keys('- [x] Date:\n- [x] Approved by on\n')).toEqual([]);
    expect(keys('- [x] Date:   \n- [x] **Date:**\n')).toEqual([]);
  });
  it('the template as written, a filled-in blank, the id and plain titles still sign off', () => {
    expect(keys('- [x] Date: ____________\n')).toEqual([normaliseTitle('Date: ____________')]);
    expect(keys('- [x] Date: ____\n')).toContain(normaliseTitle('Date: ____________'));
    expect(keys('- [x] Date:\n- [x] Date: 2025-01-14\n')).toContain(normaliseTitle('Date: ____________'));
    expect(keys('- [x] date\n- [x] Backups tested\n')).toEqual(['date', 'backups tested']);
    // A checklist that also has a plain item titled `Date:`: the tick names it.
    expect(keys('- [x] Date:\n', [...titles, 'Date:'])).toEqual(['date:']);
    // A set built elsewhere (not a parsed description) is read as before.
    expect([...withFilledTemplates(new Set(['date:']), titles, normaliseTitle)]).toEqual(['date:']);
  });
  it('gets a near-miss hint naming the pending items and the line to tick', () => {
    const items = [
      { id: 'date', title: 'Date: ____________', status: 'pending' },
      { id: 'date-2', title: 'Date: ____________', status: 'attested' },
      { id: 'date-3', title: 'Date: ____________', status: 'pending' },
    ];
    const body = '- [x] Date:\n- [x] date-2\n';
    const hints = nearMissTicks(withFilledTemplates(parseAttestations(body), items.map((i) => i.title), normaliseTitle), items, normaliseTitle);
    expect(hints).toEqual(['the pull request description ticks "date:", which signs nothing off: it leaves the blank of the pending items \'date\', \'date-3\' ("Date: ____________") empty; fill the blank in (`- [x] Date: …`) or tick the item\'s id']);
    expect(nearMissTicks(withFilledTemplates(parseAttestations('- [x] Date: 2025-01-14\n'), ['Date: ____________'], normaliseTitle), items.slice(0, 1), normaliseTitle)).toEqual([]);
  });
  it('end to end: `- [x] Date:` leaves every `Date: ____` item pending, with a warning; a filled-in Name signs off', async () => {
    const dir = makeRepo({ 'PRODUCTION_CHECKLIST.md': '## Engineering\n- [ ] Name: ____________\n- [ ] Date: ____________\n## SRE\n- [ ] Name: ____________\n- [ ] Date: ____________\n' });
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => { warnings.push(m); }, error: () => {} };
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, logger, attestation: { body: '- [x] Name: Maria Schmidt\n- [x] Date:\n', by: 'alice' } });
    expect(report.items.map((i) => [i.id, i.status])).toEqual([['name', 'attested'], ['date', 'pending'], ['name-2', 'attested'], ['date-2', 'pending']]);
    expect(warnings.filter((w) => w.includes('leaves the blank'))).toHaveLength(1);
  });
});

describe('ё and е (QA33 markdown7 D4)', () => {
  it('compare as one letter: a title with ё is signed off by a tick typed with е, and the other way round', () => {
    expect(normaliseTitle('Журнал изменений обновлён')).toBe(normaliseTitle('Журнал изменений обновлен'));
    expect(normaliseTitle('ЁЛКА ЗАЖЖЕНА')).toBe('елка зажжена');
    expect(parseAttestations('- [x] Журнал изменений обновлен\n').has(normaliseTitle('Журнал изменений обновлён'))).toBe(true);
  });
});
