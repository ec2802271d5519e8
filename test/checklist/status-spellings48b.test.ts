import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';
import { notDoneReading, statusSpelled } from '../../src/checklist/matcher.js';

// QA stop 48 (markdown22 D2): a not-done status was missed when a status emoji came before it or it was bracketed ("— ⏳
// pending", "— 🚧 WIP", "— ❌ not done", "(⏳ pending)", "— :hourglass: pending", "[TODO]", "[WIP] …", "_pending_", "-- pending",
// "— Status: ❌"): the item bound its check and gated, while the same item written "— pending" is a pending manual item. Every
// spelling now gives the verdict "— pending" gives; decorative emoji, topic tags and links bind as before.

const state = (box: 'x' | ' ', line: string) =>
  parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', `# Go-live\n## App\n- [${box}] ${line}\n`).items.map((i) => ({ title: i.title, checks: i.checks, signedOff: !!i.signedOff, notDone: i.notDoneChecks ?? [] }))[0]!;

const D = 'Debug mode is off in production';

describe('a not-done status however it is spelled (QA48 D2)', () => {
  it('the reference spelling: "— pending"', () => {
    expect(state(' ', `${D} — pending`)).toMatchObject({ checks: [], notDone: ['debug-mode'] });
  });

  it.each([
    `${D} — ⏳ pending`,
    `${D} — ⏳ in progress`,
    `${D} — 🚧 WIP`,
    `${D} — ❌ not done`,
    `${D} (⏳ pending)`,
    `${D} — :hourglass: pending`,
    `${D} — :construction: WIP`,
    `${D} — pending ⏳`,
    `${D} — ⏳`,
    `${D} (🚧)`,
    `${D} — Status: ❌`,
    `${D} (Status: ⏳)`,
    `${D} [TODO]`,
    `${D} [WIP]`,
    `${D} [pending]`,
    `${D} [Status: Blocked]`,
    `[WIP] ${D}`,
    `[TODO] ${D}`,
    `[In progress] ${D}`,
    `TODO ${D}`,
    `${D} WIP`,
    `${D} _pending_`,
    `${D} **pending**`,
    `${D} *WIP*`,
    `**WIP** ${D}`,
    `${D} -- pending`,
    `${D} -- [OPS-1] in progress`,
  ])('"%s" reads as "— pending" does: unticked pending, ticked the check decides', (line) => {
    expect(state(' ', line)).toMatchObject({ checks: [], signedOff: false, notDone: ['debug-mode'] });
    expect(state('x', line)).toMatchObject({ checks: ['debug-mode'], signedOff: false, notDone: [] });
  });

  it('the title keeps what the line shows (ids do not change)', () => {
    expect(state(' ', `[WIP] ${D}`).title).toBe(`[WIP] ${D}`);
    expect(state(' ', `${D} — ⏳ pending`).title).toBe(`${D} — ⏳ pending`);
    expect(state(' ', `${D} _pending_`).title).toBe(`${D} pending`);
  });

  it('notDoneReading reads them', () => {
    expect(notDoneReading(`${D} — 🚧 WIP`)).toBe(D);
    expect(notDoneReading(`[WIP] ${D}`)).toBe(D);
    expect(notDoneReading(`${D} [TODO]`)).toBe(D);
    expect(notDoneReading(`${D} -- pending`)).toBe(D);
  });

  it.each<[string, string]>([
    // Decorative emoji, a tick before an unticked item (the box says it is not signed off: the check decides), topic tags,
    // links, WIP inside a sentence, a positive status with a mark, options with a double dash.
    ['🔒 HSTS enabled', 'hsts'],
    ['✅ Health endpoint answers', 'health-endpoint'],
    [`✅ ${D}`, 'debug-mode'],
    ['Debug mode off [docs](https://example.com/debug)', 'debug-mode'],
    ['[API] Health endpoint answers', 'health-endpoint'],
    ['[Security] HSTS enabled', 'hsts'],
    ['HSTS enabled, WIP branch merged', 'hsts'],
    ['HSTS enabled (WIP branch merged)', 'hsts'],
    [`${D} — done ✔`, 'debug-mode'],
    [`${D} — Status: ✅`, 'debug-mode'],
    [`${D} — ✅ done`, 'debug-mode'],
    ['HSTS **enabled**', 'hsts'],
    [`${D} _in production too_`, 'debug-mode'],
    ['Gunicorn runs without --reload in production', ''],
  ])('lookalike "%s" binds as before (%s)', (line, check) => {
    const open = state(' ', line);
    expect(open.notDone).toEqual([]);
    if (check) expect(open.checks).toContain(check);
    expect(state('x', line).notDone).toEqual([]);
  });

  it('statusSpelled leaves other text as it is', () => {
    for (const t of ['🔒 HSTS enabled', '[API] Health endpoint answers', 'CSP? ✅', 'Run `app --no-debug`', 'HSTS enabled, WIP branch merged', 'Debug mode — ❌ 404']) expect(statusSpelled(t)).toBe(t);
  });
});
