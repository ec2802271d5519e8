import { describe, expect, it } from 'vitest';
import { parseMarkdownChecklist } from '../../src/checklist/markdown.js';

// QA stop 48 (markdown22 D3): "— skipped", "- skipped", ": skipped", "Skip: …", "Skipped: …", "SKIP - …" were not read as the
// withdrawal that "(skip)", "(skip for now)" and "— descoped" are: the item bound its check and gated. "Skip"/"skipped" as the
// item's state (after a dash or a label, opening an aside) or as a label before it is a decision: the item stays manual, and a
// tick signs it off as "— descoped" does. ("Restart policy configured — skip" was manual only because "Restart policy
// configured" under a heading that names no container binds nothing: it is no skip rule.)

const state = (title: string, box: 'x' | ' ' = ' ', heading = 'App') =>
  parseMarkdownChecklist('PRODUCTION_CHECKLIST.md', `# Go-live\n## ${heading}\n- [${box}] ${title}\n`).items.map((i) => ({ checks: i.checks, signedOff: !!i.signedOff, notDone: i.notDoneChecks ?? [] }))[0]!;

describe('skip / skipped as the item\'s state withdraws it (QA48 D3)', () => {
  it.each([
    'Debug mode is off in production — skip',
    'Debug mode is off in production — skipped',
    'Containers do not run as root — skipped',
    'Containers do not run as root - skipped',
    'Containers do not run as root: skipped',
    'Containers do not run as root — Skipped (OPS-12)',
    'HSTS enabled — skipped, see SEC-4',
    'Skip: Debug mode is off in production',
    'Skipped: Debug mode is off in production',
    'SKIP - Containers do not run as root',
    'Skip — HSTS enabled',
  ])('unticked "%s" stays manual, no pending check', (title) => {
    expect(state(title)).toEqual({ checks: [], signedOff: false, notDone: [] });
  });

  it.each(['Debug mode is off in production — skipped', 'Skip: HSTS enabled'])('ticked "%s" is a decision the tick signs off', (title) => {
    expect(state(title, 'x')).toMatchObject({ checks: [], signedOff: true });
  });

  it('"— skip" reads the same for every topic (restart policy under a containers heading)', () => {
    expect(state('Restart policy configured', ' ', 'Containers').checks).toEqual(['restart-policy']);
    expect(state('Restart policy configured — skip', ' ', 'Containers').checks).toEqual([]);
  });

  it.each<[string, string]>([
    // The old spellings, unchanged.
    ['Containers do not run as root (skip)', ''],
    ['Containers do not run as root (skip for now)', ''],
    // Lookalikes: a skip that is part of the promise, a skip-link, a skip somewhere else.
    ['Image tags pinned (skip `latest`)', 'image-tag-pinned'],
    ['HSTS enabled — skip-to-content link too', 'hsts'],
    ['Skip-to-content link present; HSTS enabled', 'hsts'],
    ['Debug mode off in production (skipped in CI only)', 'debug-mode'],
  ])('"%s" binds %s as before', (title, check) => {
    expect(state(title).checks).toEqual(check ? [check] : []);
  });
});
