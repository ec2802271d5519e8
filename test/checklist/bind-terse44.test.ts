import { describe, expect, it } from 'vitest';
import { matchItem } from '../../src/checklist/matcher.js';

// QA stop 44 (markdown19 D4): terse items under a clear heading ("### docker" › "pinned", "### compose" › "mem limits",
// "restart", "Database ports closed", "### secrets" › "No .env", ".env is ignored") stayed manual.

const checksOf = (text: string, headings: string[] = [], parent?: string) => matchItem(text, { headings, parent }).checks;

describe('markdown19 D4: terse items under a clear heading bind as their comparable ones do', () => {
  it.each<[string, string, string[]]>([
    ['pinned', 'docker', ['image-tag-pinned']],
    ['Tags pinned', 'Containers', ['image-tag-pinned']],
    ['Database ports closed', 'compose', ['database-port-exposed']],
    ['db ports closed', 'compose', ['database-port-exposed']],
    ['mem limits', 'compose', ['resource-limits']],
    ['restart', 'compose', ['restart-policy']],
    ['No .env', 'secrets', ['env-file-committed']],
    ['.env is ignored', 'secrets', ['env-file-not-ignored']],
    ['.env ignored', 'secrets', ['env-file-not-ignored']],
  ])('%s under "%s"', (text, heading, checks) => {
    expect(checksOf(text, ['prod', heading])).toEqual(checks);
  });
  it.each<[string, string]>([
    // The same words where they mean something else: a Python dependency pinned, a `.env` kept out of the image, a restart of a
    // deploy, a connection closed.
    ['pinned', 'Python deps'],
    ['No .env', 'Docker'],
    ['No .env', 'Production'],
    ['.env is ignored', 'Docker'],
    ['restart', 'Deploy'],
    ['mem limits', 'Redis'],
    ['Database connections closed on shutdown', 'compose'],
  ])('%s under "%s" stays manual', (text, heading) => {
    expect(checksOf(text, ['prod', heading])).toEqual([]);
  });
  it('binds "Mem limits set on compose services" without a heading', () => {
    expect(checksOf('Mem limits set on compose services')).toEqual(['resource-limits']);
  });
});
