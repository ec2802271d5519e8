import { describe, expect, it } from 'vitest';
import { enclosingDefaults, replaceVarRefs, varRefs } from '../../src/repo/variables.js';

describe('varRefs / replaceVarRefs: $NAME, ${NAME}, ${NAME<op>word}', () => {
  it('reads each reference with its name, operator, word, text and offset', () => {
    expect(varRefs('a$A-${B}/${C:-x y}${D+z}${E:?set E}$$F')).toEqual([
      { name: 'A', op: null, word: null, text: '$A', index: 1 },
      { name: 'B', op: null, word: null, text: '${B}', index: 4 },
      { name: 'C', op: ':-', word: 'x y', text: '${C:-x y}', index: 9 },
      { name: 'D', op: '+', word: 'z', text: '${D+z}', index: 18 },
      { name: 'E', op: ':?', word: 'set E', text: '${E:?set E}', index: 24 },
      { name: 'F', op: null, word: null, text: '$F', index: 36 },
    ]);
    // An empty word, and what is no reference: a digit first, an unclosed brace, `${}`, other operators (`${X/a/b}`).
    expect(varRefs('${X:-}')).toEqual([{ name: 'X', op: ':-', word: '', text: '${X:-}', index: 0 }]);
    expect(varRefs('$1 ${X ${} ${X/a/b} ${X#y} $')).toEqual([]);
  });
  it('reads only the operators asked for: none is plain references only', () => {
    expect(varRefs('${A:-a}${B:?b}${C}', '-+').map((r) => r.text)).toEqual(['${A:-a}', '${C}']);
    expect(varRefs('${A:-a}${B:?b}${C}', '-?').map((r) => r.text)).toEqual(['${A:-a}', '${B:?b}', '${C}']);
    expect(varRefs('${A:-a}${B:?b}${C}$D', '').map((r) => r.text)).toEqual(['${C}', '$D']);
    // `-` is an operator, never a character range (`+-?` would span `,`).
    expect(varRefs('${A,b}', '+-?')).toEqual([]);
    expect(() => varRefs('$A', 'x')).toThrow();
  });
  it('replaces each reference with what the callback returns, the text between kept as written', () => {
    const vars = new Map([['A', '1'], ['B', '$A']]);
    expect(replaceVarRefs('x$A/${B}-${C:-d}$', (r) => vars.get(r.name) ?? (r.word ?? '?'))).toBe('x1/$A-d$');
    expect(replaceVarRefs('no references', () => 'X')).toBe('no references');
    // A replacement is literal text (`$&` is not a pattern).
    expect(replaceVarRefs('$A', () => '$&')).toBe('$&');
  });
});

describe('enclosingDefaults: the variables a nested default deploys behind (QA34 compose4 D5)', () => {
  it('names every enclosing default, outermost first', () => {
    const v = '${SECRET_KEY:-${FALLBACK_KEY:-changeme}}';
    expect(enclosingDefaults(v, v.indexOf('${FALLBACK_KEY'))).toEqual(['SECRET_KEY']);
    const three = 'x${A-${B:=${C:-pw}}}';
    expect(enclosingDefaults(three, three.indexOf('${C'))).toEqual(['A', 'B']);
    // At the top level, after a closed reference, or after a plain or escaped one: none.
    expect(enclosingDefaults(v, 0)).toEqual([]);
    const after = '${A:-a}${B}$${C:-${D:-x}}';
    expect(enclosingDefaults(after, after.indexOf('${B'))).toEqual([]);
    expect(enclosingDefaults(after, after.indexOf('${D'))).toEqual([]);
    // An alternative or an error message around it is no chain of defaults.
    const alt = '${A:+${B:-x}}';
    expect(enclosingDefaults(alt, alt.indexOf('${B'))).toBeNull();
    expect(enclosingDefaults('${A:?${B:-x}}', 5)).toBeNull();
  });
});
