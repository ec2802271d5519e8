/**
 * convict schemas (`convict({ sessionSecret: { doc, format: String, default: 'keyboard cat', env: 'SESSION_SECRET' } })`):
 * a setting's `default` is the value production gets unless the variable its `env` names is set (or a loaded file sets it).
 * Read from the text of a module that requires or imports `convict`, one leaf object at a time (a setting's properties,
 * without nested braces: a `format(val) { … }` function leaves the setting unread).
 */
import { containsWord } from './text.js';

/** `convict`, found by its `vict` (every JavaScript module is asked: `indexOf('convict')` stops at each `c`, ~4× the walk). */
const CONVICT_WORD = { word: 'convict', anchor: 'vict' };
/** A module that loads convict: `require('convict')`, `import convict from 'convict'`. */
const CONVICT_IMPORT = /(?:require\(\s*|from\s+|import\s+)(['"])convict\1/;
/** A setting of the schema: its key and a properties object without nested braces. */
const SETTING_RE = /(?<![\w$.])(['"]?)([A-Za-z_$][\w$-]{0,100})\1\s*:\s*\{([^{}]{0,2000})\}/g;
const DEFAULT_RE = /(?<![\w$.])(['"]?)default\1\s*:\s*(['"`])((?:(?!\2)[^\\\n$]){0,1000})\2/;
const ENV_RE = /(?<![\w$.])(['"]?)env\1\s*:\s*(['"`])([A-Za-z_]\w{0,100})\2/;
/** What only a convict setting holds beside its `default`: its `doc`, `format`, `env`, `arg`, `sensitive`, `nullable`. */
const SCHEMA_PROP_RE = /(?<![\w$.])(['"]?)(?:doc|format|env|arg|sensitive|nullable)\1\s*:/;

export interface ConvictDefault {
  /** The setting's key (`sessionSecret`). */
  name: string;
  /** The variable its `env` names, or null. */
  env: string | null;
  value: string;
  /** Offset of the literal's first character in the text. */
  offset: number;
}

/** The string `default`s of the convict settings of a module's text (none when the module does not load convict). */
export function convictDefaults(text: string): ConvictDefault[] {
  if (!containsWord(text, CONVICT_WORD) || !CONVICT_IMPORT.test(text)) return [];
  const out: ConvictDefault[] = [];
  for (const m of text.matchAll(SETTING_RE)) {
    const body = m[3]!;
    const d = DEFAULT_RE.exec(body);
    if (!d || !SCHEMA_PROP_RE.test(body.slice(0, d.index) + body.slice(d.index + d[0].length))) continue;
    const bodyAt = m.index + m[0].length - 1 - body.length;
    out.push({ name: m[2]!, env: ENV_RE.exec(body)?.[3] ?? null, value: d[3]!, offset: bodyAt + d.index + d[0].length - 1 - d[3]!.length });
  }
  return out;
}
