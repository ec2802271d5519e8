/**
 * Variable references as shells, Dockerfiles and compose files write them: `$NAME`, `${NAME}` and
 * `${NAME<op>word}`, with the operators `-`/`:-` (a default), `+`/`:+` (an alternative) and `?`/`:?` (an error
 * message). One pattern for every reader, so they agree on what a reference is; each says which operators it reads.
 */

/** One reference: its name, its operator and word (null for a plain `$NAME`/`${NAME}`), its text and where it starts. */
export interface VarRef { name: string; op: string | null; word: string | null; text: string; index: number }

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const patterns = new Map<string, RegExp>();

/**
 * The pattern of a reference whose braced form may carry one of the operators in `ops` (`'-+?'`: all of them;
 * `'-+'`: not `${X:?message}`; `''`: plain references only). A braced reference with another operator is no match.
 */
function pattern(ops: string): RegExp {
  let re = patterns.get(ops);
  if (!re) {
    if (!/^[-+?]*$/.test(ops)) throw new Error(`variable operators: ${ops}`);
    const op = ops ? `(?:(?<op>:?[${ops.replace(/-/g, '\\-')}])(?<word>[^}]*))?` : '';
    re = new RegExp(String.raw`\$(?:\{(?<braced>${NAME})${op}\}|(?<bare>${NAME}))`, 'g');
    patterns.set(ops, re);
  }
  return re;
}

/** The references in `text`, in order; `ops` as for {@link replaceVarRefs}. */
export function varRefs(text: string, ops = '-+?'): VarRef[] {
  if (!text.includes('$')) return [];
  return [...text.matchAll(pattern(ops))].map((m) => {
    const g = m.groups!;
    return { name: (g['braced'] ?? g['bare'])!, op: g['op'] ?? null, word: g['op'] === undefined ? null : g['word']!, text: m[0], index: m.index };
  });
}

/**
 * `text` with each reference replaced by what `replace` returns for it; `ops`: the operators a braced reference
 * may carry (`'-+?'`, the default: all; `''`: plain references only).
 */
export function replaceVarRefs(text: string, replace: (ref: VarRef) => string, ops = '-+?'): string {
  if (!text.includes('$')) return text;
  let out = '';
  let at = 0;
  for (const ref of varRefs(text, ops)) {
    out += text.slice(at, ref.index) + replace(ref);
    at = ref.index + ref.text.length;
  }
  return out + text.slice(at);
}

/**
 * The variables whose defaults enclose position `index` of `text` (where a nested reference starts), outermost first:
 * in `${SECRET_KEY:-${FALLBACK_KEY:-changeme}}`, at `${FALLBACK_KEY…`, `['SECRET_KEY']` — the inner default deploys only when
 * each of them is unset too. `[]` at the top level; null when an enclosing reference is no default (`${A:+${B:-x}}`,
 * `${A:?${B}}`). Compose's escaped `$$` starts no reference.
 */
export function enclosingDefaults(text: string, index: number): string[] | null {
  const open: { name: string; op: string }[] = [];
  const start = new RegExp(String.raw`\$\{(${NAME})(:?[-=+?])?`, 'y');
  for (let i = 0; i < index && i < text.length; ) {
    if (text.startsWith('$$', i)) { i += 2; continue; }
    start.lastIndex = i;
    const m = text[i] === '$' ? start.exec(text) : null;
    if (m) {
      // A plain `${NAME}` closes at once; one with an operator stays open over its word.
      if (m[2]) open.push({ name: m[1]!, op: m[2] });
      else if (text[i + m[0].length] === '}') i++;
      i += m[0].length;
      continue;
    }
    if (text[i] === '}' && open.length) open.pop();
    i++;
  }
  return open.every((o) => /^:?[-=]$/.test(o.op)) ? open.map((o) => o.name) : null;
}
