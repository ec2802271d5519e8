/**
 * QA stop 40 (robust3 D5): the fallback workflow-command annotations wrote a file name's control characters raw to the
 * job log (`::warning file=Dockerfile.<ESC>[31mred<ESC>]0;pwned<BEL>,…`): @actions/core escapes only `%`, CR, LF (and
 * `:`, `,` in properties), so a pull request naming a file so drove the terminal showing the log. Messages and titles
 * now have them written as `\xNN`, as the CLI writes them; a `file=` cannot be (GitHub matches it against the real
 * path), so such a file is named in the message instead and the annotation is not pointed at it.
 */
import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emitFallbackAnnotations } from '../../src/github/fallback.js';
import { commandSafe } from '../../src/github/sanitize.js';
import type { Annotation } from '../../src/report/annotations.js';

const RAW = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
const evil = 'Dockerfile.\x1b[31mred\x1b]0;pwned\x07';
const ann = (file: string | null, extra: Partial<Annotation> = {}): Annotation => ({
  file, line: 1, endLine: null, column: 6, level: 'warning', severity: 'high', check: 'image-tag-pinned', title: 'high · Container images use pinned tags [image-tag-pinned]', message: 'FROM python:latest uses the moving tag', ...extra,
});

/** What @actions/core prints for the commands `run` issues. */
function logOf(run: () => void): string {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; });
  try { run(); } finally { spy.mockRestore(); }
  return out.join('');
}
afterEach(() => { vi.restoreAllMocks(); });

describe('workflow-command annotations never print raw control characters (stop 40)', () => {
  it('a file name holding one: named in the message, escaped, and no file= property', () => {
    const log = logOf(() => emitFallbackAnnotations([ann(evil), ann('Dockerfile.ok')], { error: core.error, warning: core.warning, notice: core.notice }));
    expect(log).not.toMatch(RAW);
    const lines = log.trim().split('\n');
    expect(lines[0]).toBe('::warning title=high · Container images use pinned tags [image-tag-pinned]::Dockerfile.\\x1b[31mred\\x1b]0;pwned\\x07:1: FROM python:latest uses the moving tag');
    // A plain name is still pointed at, with its line and column.
    expect(lines[1]).toBe('::warning title=high · Container images use pinned tags [image-tag-pinned],file=Dockerfile.ok,line=1,col=6::FROM python:latest uses the moving tag');
  });

  it('control characters in a message or title are written as \\xNN (a tab too: stop 40, action9 D4); a newline in a name is left to @actions/core', () => {
    expect(commandSafe('bad \x1b[2J\x9b message\nsecond line\tok', { title: 'a\x07b' })).toEqual({ message: 'bad \\x1b[2J\\x9b message\nsecond line\\x09ok', props: { title: 'a\\x07b' } });
    // `file=Dockerfile.nl%0Ax`: core escapes the newline, and GitHub matches the real path.
    expect(commandSafe('m', { file: 'Dockerfile.nl\nx', startLine: 3 })).toEqual({ message: 'm', props: { file: 'Dockerfile.nl\nx', startLine: 3 } });
    expect(logOf(() => core.warning(commandSafe('m', { file: 'Dockerfile.nl\nx', startLine: 3 }).message, { file: 'Dockerfile.nl\nx', startLine: 3 }))).toBe('::warning file=Dockerfile.nl%0Ax,line=3::m\n');
    // Idempotent: escaping twice changes nothing.
    const once = commandSafe('x', { file: evil, startLine: 2, startColumn: 4, title: 't' });
    expect(once).toEqual({ message: 'Dockerfile.\\x1b[31mred\\x1b]0;pwned\\x07:2: x', props: { title: 't' } });
    expect(commandSafe(once.message, once.props)).toEqual(once);
  });
});
