import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '../../src/repo/json.js';

/** The reckoning as it was written first: count the line breaks before the offset, then back to the last one. */
function reference(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: offset - (offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1) };
}

describe('lineColumnAt', () => {
  it('gives the line and column of every offset, on first and repeated calls, texts alternating', () => {
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const texts = ['', '\n', 'a', '\n\nab\n', 'x\r\ny\rz\n\n', ...Array.from({ length: 20 }, () => Array.from({ length: rand(200) }, () => 'ab\n\r '[rand(5)]).join(''))];
    for (const text of texts) {
      for (let k = 0; k < 3; k++) for (let o = -1; o <= text.length + 1; o++) expect(lineColumnAt(text, o), `${JSON.stringify(text)} @${o}`).toEqual(reference(text, o));
    }
    for (let k = 0; k < 200; k++) {
      const text = texts[rand(texts.length)]!;
      const o = rand(text.length + 1);
      expect(lineColumnAt(text, o)).toEqual(reference(text, o));
    }
  });

  // QA31 robust4 D1: locating each of many findings by counting from the start of the text made it quadratic (a one-line
  // bundle: from the start of the line; thousands of lines: every line break before it). Lookups after the first use the
  // line starts indexed once: the answers stay the reference's at both ends of large texts (speed: `npm run bench`).
  it('answers many lookups into a large text (indexed after the first) as the reference does', () => {
    const oneLine = `{"a": "${'x'.repeat(1_000_000)}"}`;
    const manyLines = 'key: value\n'.repeat(100_000);
    for (const text of [oneLine, manyLines]) {
      for (const o of [text.length - 1, 0, 11, text.length >> 1, text.length - 12, text.length, 5]) expect(lineColumnAt(text, o), `@${o}`).toEqual(reference(text, o));
    }
  });
});
