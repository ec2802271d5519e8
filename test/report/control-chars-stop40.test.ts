/**
 * QA stop 40 (action9 D4): raw control characters still reached the job log and the job summary.
 * - A tab in a file name went to the log raw, in `file=` and in the message (`tab<TAB>name.env`, read as spaces), where
 *   the docs say a control character is written `\xNN`: a tab is now one of them (the file named in the message, as
 *   for an ESC), and so is a tab in a workflow command's message or title.
 * - An item title's ESC and BEL (`"Backups \e[31mtested\e[0m"` in a YAML checklist) reached the job summary raw, in the
 *   item list and in the copy-paste sign-off lines: written `\xNN` now, and a tick of the line as shown still signs
 *   the item off (normaliseTitle reads a control character as its `\xNN` spelling).
 */
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normaliseTitle } from '../../src/checklist/title.js';
import { parseAttestations } from '../../src/gate/attest.js';
import { emitFallbackAnnotations } from '../../src/github/fallback.js';
import { commandSafe } from '../../src/github/sanitize.js';
import type { Annotation } from '../../src/report/annotations.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

/** C0 (tab and line ends aside), DEL, C1. */
const RAW = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

function logOf(fn: () => void): string {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; });
  try { fn(); } finally { spy.mockRestore(); }
  return out.join('');
}
afterEach(() => { vi.restoreAllMocks(); });

describe('a tab in a workflow command (stop 40)', () => {
  const ann = (file: string): Annotation => ({
    file, line: 1, endLine: null, column: null, level: 'failure', severity: 'critical', check: 'env-file-committed', title: 'critical · No .env files are committed [env-file-committed]', message: `${file} is committed with 1 variable`,
  });

  it('a file name holding one is named in the message as `\\x09`, with no file= (as for an ESC); no tab reaches the log', () => {
    const log = logOf(() => emitFallbackAnnotations([ann('tab\tname.env'), ann('plain.env')], { error: core.error, warning: core.warning, notice: core.notice }));
    expect(log).not.toMatch(/\t/);
    const lines = log.trim().split('\n');
    expect(lines[0]).toBe('::error title=critical · No .env files are committed [env-file-committed]::tab\\x09name.env:1: tab\\x09name.env is committed with 1 variable');
    expect(lines[1]).toBe('::error title=critical · No .env files are committed [env-file-committed],file=plain.env,line=1::plain.env is committed with 1 variable');
  });

  it('in a message or title: `\\x09`; a newline is still core\'s (%0A), in a message and in file=', () => {
    expect(commandSafe('a\tb\nc', { title: 'x\ty' })).toEqual({ message: 'a\\x09b\nc', props: { title: 'x\\x09y' } });
    expect(commandSafe('m', { file: 'Dockerfile.nl\nx', startLine: 3 })).toEqual({ message: 'm', props: { file: 'Dockerfile.nl\nx', startLine: 3 } });
    // Idempotent.
    const once = commandSafe('m\t', { file: 'a\tb', startLine: 2 });
    expect(once).toEqual({ message: 'a\\x09b:2: m\\x09', props: {} });
    expect(commandSafe(once.message, once.props)).toEqual(once);
  });
});

const CHECKLIST = [
  'version: 1',
  'fail-on: high',
  'items:',
  '  - id: backups-tested',
  '    title: "Backups \\e[31mtested\\e[0m\\n::error file=app.py,line=1::injected"',
  '    severity: high',
  '  - id: bell',
  '    title: "Runbook \\u0007bell reviewed"',
  '    severity: high',
  '',
].join('\n');

describe('control characters in item titles in the summaries (stop 40)', () => {
  it('are written `\\xNN` in the item list and the copy-paste lines, and a tick of a line as shown signs its item off', async () => {
    const dir = makeRepo({ '.github/preflight.yml': CHECKLIST, '.gitignore': '.env\n' });
    const pending = await run({ dir, cwd: dir, probes: false, env: {}, gatesManual: true, event: 'pull_request', pullRequest: 7 });
    expect(pending.report.items.map((i) => [i.id, i.status])).toEqual([['backups-tested', 'pending'], ['bell', 'pending']]);
    const md = renderMarkdown(pending.report);
    expect(md).not.toMatch(RAW);
    expect(md).toContain('**Backups \\\\x1b\\[31mtested\\\\x1b\\[0m ::error file=app.py,line=1::injected**');
    const lines = md.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(lines).toEqual(['- [ ] Backups \\x1b[31mtested\\x1b[0m ::error file=app.py,line=1::injected', '- [ ] Runbook \\x07bell reviewed']);
    // The author ticks the lines as they are shown.
    const body = `## Sign-offs\n\n${lines.map((l) => l.replace('- [ ]', '- [x]')).join('\n')}\n`;
    const ticks = parseAttestations(body);
    expect(ticks.has(normaliseTitle(pending.report.items[0]!.title))).toBe(true);
    const signed = await run({ dir, cwd: dir, probes: false, env: {}, gatesManual: true, event: 'pull_request', pullRequest: 7, attestation: { body, by: 'alice' } });
    expect(signed.report.items.map((i) => [i.id, i.status, i.attestedBy])).toEqual([['backups-tested', 'attested', 'alice'], ['bell', 'attested', 'alice']]);
  });

  it('normaliseTitle reads a control character as its `\\xNN` spelling; white space stays white space', () => {
    expect(normaliseTitle('Backups \x1b[31mTested')).toBe(normaliseTitle('backups \\x1b[31mtested'));
    expect(normaliseTitle('a\u0007b')).toBe('a\\x07b');
    expect(normaliseTitle('Pinned\timages\r\n ok\u0085')).toBe('pinned images ok\\x85');
    // A title without one is read as before.
    expect(normaliseTitle('Backup restore procedure has been **tested**')).toBe('backup restore procedure has been tested');
  });
});
