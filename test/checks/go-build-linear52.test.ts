import { describe, expect, it } from 'vitest';
import { goTagBuilds } from '../../src/checks/util/go-build.js';

// QA52 review R10: goTagBuilds computed each build's line by splitting all the text before it (O(builds × length)); a 1 MiB
// Makefile of `go build -tags` lines took 13 s. Now one pass per file.
const script = (bytes: number, distinct: boolean): string => {
  const lines: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) { const l = `\tgo build -tags ${distinct ? `t${i}` : 'netgo'} -o bin/x ./cmd/x`; lines.push(l); n += l.length + 1; }
  return lines.join('\n') + '\n';
};
/** The fastest of a few runs, in ms (the minimum is the least disturbed by other work on the machine). */
const fastest = (f: () => unknown): number => {
  let best = Infinity;
  for (let i = 0; i < 5; i++) { const t0 = performance.now(); f(); best = Math.min(best, performance.now() - t0); }
  return best;
};

describe('goTagBuilds on large build scripts (QA52 review R10)', () => {
  it('keeps the lines right and lists a file\'s build with the same tags once', () => {
    const t = 'all:\n\tgo build -tags netgo .\n\n\tgo build -tags=debug,netgo .\n\tgo build -tags netgo ./cmd\n\tGOFLAGS=-tags=debug go build; go build --tags "debug netgo" .\n';
    expect(goTagBuilds(['Makefile', 'build.sh'], () => t).map((b) => `${b.file}:${b.line} ${b.tags.join(',')}`)).toEqual([
      'Makefile:2 netgo', 'Makefile:4 debug,netgo', 'Makefile:6 debug',
      'build.sh:2 netgo', 'build.sh:4 debug,netgo', 'build.sh:6 debug',
    ]);
    // Many builds on one line (no newline after them) and the last line without a newline.
    expect(goTagBuilds(['x.sh'], () => '\n' + Array.from({ length: 50 }, (_, i) => `go build -tags a${i}`).join(' && ')).map((b) => b.line))
      .toEqual(Array(50).fill(2));
  });
  it('a 1 MiB script of one repeated build is one build', () => {
    const out = goTagBuilds(['Makefile'], () => script(1 << 20, false));
    expect(out).toEqual([{ file: 'Makefile', line: 1, tags: ['netgo'] }]);
  });
  it('time grows with the length of the script, not its square (distinct builds on every line)', () => {
    const small = script(1 << 16, true);
    const large = script(1 << 19, true); // 8 times as long: about 8 times the time when linear, 64 times when quadratic
    const outLarge = goTagBuilds(['Makefile'], () => large);
    expect(outLarge.length).toBe(large.split('\n').length - 1);
    expect(outLarge.at(-1)!.line).toBe(outLarge.length);
    goTagBuilds(['Makefile'], () => small); // warm up
    const ratio = fastest(() => goTagBuilds(['Makefile'], () => large)) / Math.max(fastest(() => goTagBuilds(['Makefile'], () => small)), 0.5);
    expect(ratio).toBeLessThan(30);
  });
});
