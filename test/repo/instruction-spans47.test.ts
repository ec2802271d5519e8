import { describe, expect, it } from 'vitest';
import { gate, type GateInput } from '../../src/gate/gate.js';
import { plan } from '../../src/gate/plan.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { dockerEscape, findSuppressions, inertTrailingHint, inertTrailingIds, instructionEnd, instructionSpans } from '../../src/repo/suppress.js';
import type { RawFinding } from '../../src/checks/define.js';

// Stop 47: the gate's reading of where a Dockerfile instruction ends (for inert trailing comments) restated
// instructionEnd's continuation rules with prefix sums. Both now ask one `instructionSpans`; these tests hold both callers
// (the suppression a comment above an instruction covers, the hint on a finding) to the rule as written line by line.

/** The rule, walked line by line: continued lines and the comment/blank lines between them, at most 1,000 lines. */
function walkEnd(lines: readonly string[], start: number, escape: string): number {
  let end = start;
  for (let i = start; i - start < 1000 && i < lines.length; i++) {
    const l = lines[i]!;
    if (i > start && /^[ \t]*(#|$)/.test(l)) continue;
    end = i;
    if (!l.trimEnd().endsWith(escape)) break;
  }
  return end;
}

const LIST = parseYamlChecklist('c.yml', 'version: 1\nitems:\n  - { id: secrets, check: hardcoded-secret }\n');

/** The lines (1-based) of findings on every line of the Dockerfile whose message carries the inert-comment hint. */
function hintedLines(text: string): number[] {
  const lines = text.split('\n');
  const planned = plan(LIST, {});
  const findings: RawFinding[] = lines.map((_, i) => ({ file: 'Dockerfile', line: i + 1, message: `finding ${i + 1}` }));
  const input: GateInput = {
    version: '0.0.0',
    items: planned.map((p) => ({ planned: p, outcomes: p.checks.map(() => ({ findings })) })),
    extra: [], failOn: 'high', gatesManual: false, attested: null,
    suppressions: [], baseline: null,
    lineText: (_f, l) => lines[l - 1],
    now: new Date('2026-12-01T00:00:00Z'),
  };
  const hint = inertTrailingHint('Dockerfile');
  return gate(input).findings.filter((f) => f.check === 'hardcoded-secret' && f.message.endsWith(hint)).map((f) => f.line!).sort((a, b) => a - b);
}

/** What the walked rule says of the same findings. */
function walkedHinted(text: string): number[] {
  const lines = text.split('\n');
  const escape = dockerEscape(lines);
  const out: number[] = [];
  for (let s = 0; s < lines.length; s++) {
    const end = walkEnd(lines, s, escape);
    for (let i = s; i <= end; i++) if (inertTrailingIds('Dockerfile', lines[i]!).includes('hardcoded-secret')) { out.push(s + 1); break; }
  }
  return out;
}

/** The last line each whole-line suppression covers, as findSuppressions says and as the walked rule says. */
function covered(text: string): { got: (number | undefined)[]; want: (number | undefined)[] } {
  const lines = text.split('\n');
  const sups = findSuppressions('Dockerfile', text).filter((s) => s.wholeLine && !s.malformed);
  const escape = dockerEscape(lines);
  return {
    got: sups.map((s) => s.appliesToEnd),
    want: sups.map((s) => { const end = walkEnd(lines, s.appliesTo - 1, escape) + 1; return end > s.appliesTo ? end : undefined; }),
  };
}

const TRAILING = ' # preflight-ignore hardcoded-secret: test value';
const ABOVE = '# preflight-ignore hardcoded-secret: test value';

describe('instructionSpans: one rule for where a Dockerfile instruction ends', () => {
  it('with an escape=` directive: a backtick continues, a backslash does not (Windows paths)', () => {
    const text = ['# escape=`', 'FROM mcr.microsoft.com/windows/servercore', ABOVE, 'ENV A_PASSWORD=x1 `', '  # a comment inside', '', '  B_TOKEN=y2 `',
      `  C_KEY=z3${TRAILING}`, ABOVE, 'RUN dir C:\\', `  D_SECRET=w4${TRAILING}`].join('\n');
    const lines = text.split('\n');
    expect(dockerEscape(lines)).toBe('`');
    const spans = instructionSpans(lines, '`');
    for (let s = 0; s < lines.length + 2; s++) {
      expect(spans.end(s), `line ${s}`).toBe(walkEnd(lines, s, '`'));
      expect(instructionEnd(lines, s, '`'), `line ${s}`).toBe(walkEnd(lines, s, '`'));
      expect(instructionEnd((i) => lines[i], s, '`'), `line ${s}`).toBe(walkEnd(lines, s, '`'));
    }
    // The ENV runs over the comment and the blank line to C_KEY; `RUN dir C:\` ends on its line.
    expect(spans.end(3)).toBe(7);
    expect(spans.end(9)).toBe(9);
    expect(hintedLines(text)).toEqual([4, 7, 8, 11]);
    expect(hintedLines(text)).toEqual(walkedHinted(text));
    const c = covered(text);
    expect(c.got).toEqual([8, undefined]);
    expect(c.got).toEqual(c.want);
  });

  it('comment lines inside a continuation belong to it only when a continued line follows them', () => {
    const text = ['FROM node:20', ABOVE, 'ENV A_PASSWORD=x1 \\', '# between', `  B_TOKEN=y2 \\`, '  # trailing comment lines', `# x${TRAILING}`, '',
      'USER node', ABOVE, `RUN echo hi \\`, '# only comments after', `# y${TRAILING}`].join('\n');
    const lines = text.split('\n');
    const spans = instructionSpans(lines, '\\');
    for (let s = 0; s < lines.length; s++) expect(spans.end(s), `line ${s}`).toBe(walkEnd(lines, s, '\\'));
    // `B_TOKEN=y2 \` continues into comments and then USER node, which ends the ENV.
    expect(spans.end(2)).toBe(8);
    // A RUN continued into comment lines only, to the end of the file, ends on its own line.
    expect(spans.end(10)).toBe(10);
    expect(hintedLines(text)).toEqual(walkedHinted(text));
    const c = covered(text);
    expect(c.got).toEqual(c.want);
    expect(c.got).toEqual([9, undefined]);
  });

  it('a continuation that runs past the 1,000-line bound ends at the bound, as read from any of its lines', () => {
    const n = 1500;
    const body = Array.from({ length: n }, (_, i) => (i % 7 === 3 ? '  # note' : `  X_${i}=v${i} \\`));
    const text = ['FROM node:20', ABOVE, 'ENV A=1 \\', ...body, `  LAST=1${TRAILING}`, 'USER node'].join('\n');
    const lines = text.split('\n');
    const spans = instructionSpans(lines, '\\');
    for (let s = 0; s < lines.length; s += 37) expect(spans.end(s), `line ${s}`).toBe(walkEnd(lines, s, '\\'));
    for (const s of [2, 3, 500, n - 999, n - 998, n - 997, n + 2, n + 3]) expect(spans.end(s), `line ${s}`).toBe(walkEnd(lines, s, '\\'));
    // From the ENV line, the bound stops it 999 lines on (the last continued line before it that is no comment).
    expect(spans.end(2)).toBe(walkEnd(lines, 2, '\\'));
    expect(spans.end(2)).toBeLessThan(1002);
    expect(hintedLines(text)).toEqual(walkedHinted(text));
    expect(hintedLines(text).length).toBeGreaterThan(800);
    expect(hintedLines(text)).not.toContain(3);
    const c = covered(text);
    expect(c.got).toEqual(c.want);
  });

  it('agree with the walked rule on random Dockerfiles of continuations, comments, blanks and both escapes', () => {
    let seed = 47;
    const rnd = (k: number) => { seed = (seed * 48271) % 2147483647; return seed % k; };
    const pieces = ['ENV A_PASSWORD=x1', 'ENV A_PASSWORD=x1 \\', '  B_TOKEN=y2 \\', '  B_TOKEN=y2 `', '  B_TOKEN=y2', '# a comment', '', '   ', '# c \\',
      `  C_KEY=z3${TRAILING}`, `  C_KEY=z3${TRAILING} \\`, `  C_KEY=z3${TRAILING} \``, `# x${TRAILING}`, ABOVE, 'RUN dir C:\\', 'FROM a'];
    for (let round = 0; round < 300; round++) {
      const head = rnd(3) === 0 ? ['# escape=`'] : [];
      const text = [...head, ...Array.from({ length: 1 + rnd(20) }, () => pieces[rnd(pieces.length)]!)].join('\n');
      const lines = text.split('\n');
      const escape = dockerEscape(lines);
      const spans = instructionSpans((i) => lines[i], escape);
      for (let s = 0; s <= lines.length; s++) expect(spans.end(s), `${JSON.stringify(text)} line ${s}`).toBe(walkEnd(lines, s, escape));
      expect(hintedLines(text), JSON.stringify(text)).toEqual(walkedHinted(text));
      const c = covered(text);
      expect(c.got, JSON.stringify(text)).toEqual(c.want);
    }
  });
});
