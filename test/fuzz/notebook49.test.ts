import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSuppressions } from '../../src/repo/suppress.js';
import { fuzzOptions, fuzzTimeout, suppressText } from './arbitraries.js';

// QA49 (second read of stop 48): a notebook's suppressions are read from its cells as the Python they hold, whatever the
// layout. The same Python lines written as a list (indented, as Jupyter saves it), as one string (indented or compact,
// as Kaggle writes it) give the suppressions a .py file gives (ids, reasons, own line or trailing), each at the place of
// its marker in the file, applying to the place of the Python line it names.
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const line = fc.oneof(
  fc.record({ ids: fc.array(id, { minLength: 1, maxLength: 2 }), reason: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.é"\\]{0,20}[A-Za-z0-9.]$/), code: fc.constantFrom('', 'x = 1  ', '\tv = "a\\tb"  ') })
    .map((c) => `${c.code}# preflight-ignore ${c.ids.join(', ')}: ${c.reason}`),
  fc.constantFrom('import os', 'token = "ab\\"cd"', 'café = 1', '', '\tpass', 'print("#")'),
);
const notebook = (source: string | string[], indent?: number) => JSON.stringify({
  cells: [{ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source }], metadata: {}, nbformat: 4, nbformat_minor: 5,
}, null, indent);

describe('notebook suppressions in every layout', () => {
  it('give the .py reading, at the marker\'s place, applying to the next Python line\'s place', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
      const py = findSuppressions('app.py', lines.join('\n')).map((s) => ({ ids: s.ids, reason: s.reason, wholeLine: s.wholeLine, line: s.line, appliesTo: s.appliesTo }));
      const src = lines.join(eol) + eol;
      for (const text of [notebook(src.split(new RegExp(`(?<=${eol === '\r' ? '\\r(?!\\n)' : eol})`)), 1), notebook(src, 1), notebook(src)]) {
        const got = findSuppressions('nb.ipynb', text);
        expect(got.map((s) => ({ ids: s.ids, reason: s.reason, wholeLine: s.wholeLine }))).toEqual(py.map(({ ids, reason, wholeLine }) => ({ ids, reason, wholeLine })));
        const fileLines = text.split('\n');
        for (const [k, s] of got.entries()) {
          // The marker's place: a `#` followed by what the comment says, JSON-escaped.
          expect(fileLines[s.line - 1]!.slice(s.column - 1)).toMatch(/^# preflight-ignore /);
          // It applies to the Python line the .py reading names (past the last line: its own), which starts at that place.
          const target = Math.min(py[k]!.appliesTo, lines.length) - 1;
          const start = fileLines[s.appliesTo - 1]!.slice(s.columns!.applies[0] - 1);
          const written = JSON.stringify(lines[target]!).slice(1, -1);
          expect(start.startsWith(written), `${JSON.stringify(start.slice(0, 40))} ${JSON.stringify(written)}`).toBe(true);
        }
      }
    }), fuzzOptions());
  }, fuzzTimeout());

  it('never throw on arbitrary notebook-like text', () => {
    fc.assert(fc.property(suppressText, fc.boolean(), (text, wrap) => {
      const body = wrap ? notebook(text, 1).slice(0, Math.max(0, text.length)) : text;
      for (const s of findSuppressions('nb.ipynb', body)) expect(s.column).toBeGreaterThanOrEqual(1);
    }), fuzzOptions());
  }, fuzzTimeout());
});
