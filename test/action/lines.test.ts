import { describe, expect, it } from 'vitest';
import { mapLine, parseHunks } from '../../src/action/lines.js';

describe('lines of the merge commit mapped to the pull request head', () => {
  const diff = [
    'diff --git a/Dockerfile b/Dockerfile',
    'index 1111111..2222222 100644',
    '--- a/Dockerfile',
    '+++ b/Dockerfile',
    '@@ -1,6 +0,0 @@', // the base added six lines at the top: the head does not have them
    '@@ -12 +6,2 @@',
    '@@ -20,0 +16,3 @@',
    'diff --git a/gone.txt b/gone.txt',
    '--- a/gone.txt',
    '+++ /dev/null',
    '@@ -1,2 +0,0 @@',
  ].join('\n');
  const hunks = parseHunks(diff);
  const at = (line: number) => mapLine(hunks.get('Dockerfile')!, line);
  it('reads paths with a space (a trailing tab), quoted non-ASCII paths, and files gone at the head', () => {
    const more = parseHunks(['diff --git a/sp ace/s.py b/sp ace/s.py', '--- a/sp ace/s.py\t', '+++ b/sp ace/s.py\t', '@@ -1,2 +0,0 @@',
      'diff --git "a/app/r\\303\\251glages.py" "b/app/r\\303\\251glages.py"', '--- "a/app/r\\303\\251glages.py"', '+++ "b/app/r\\303\\251glages.py"', '@@ -1,2 +0,0 @@'].join('\n'));
    expect(mapLine(more.get('sp ace/s.py')!, 8)).toBe(6);
    expect(mapLine(more.get('app/réglages.py')!, 8)).toBe(6);
    expect(hunks.get('gone.txt')).toBeNull();
  });

  it('shifts lines by the hunks before them', () => {
    expect(at(7)).toBe(1);
    expect(at(11)).toBe(5);
    // Line 12 was replaced by two lines at 6: the head does not have it.
    expect(at(12)).toBeNull();
    expect(at(13)).toBe(8);
    // Three lines inserted after old line 20 move what follows.
    expect(at(20)).toBe(15);
    expect(at(21)).toBe(19);
  });

  it('maps a line the head does not have (the base branch added or changed it) to null: not the head\'s to annotate', () => {
    expect(at(3)).toBeNull();
    expect(at(6)).toBeNull();
  });
});
