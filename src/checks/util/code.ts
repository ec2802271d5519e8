/**
 * Comment- and string-aware scanning of Python and JavaScript/TypeScript source. Not a parser: a
 * lexer that blanks comments and string contents (keeping offsets and line numbers), so checks can
 * match code patterns with regexes that never fire inside a comment or a string, then read the
 * real literal values back from the original text at the same offsets.
 */
import { devNamedDockerfile } from './dev-built.js';
import { basename, dirname, filesWhere, isEnvFile, isJavaScript, isPython, isVendoredOrGenerated, isDevOnly, isTemplate, isTestFile, joinPath, pathFact } from '../../repo/classify.js';
import { composeDevOnly, composeEnvFiles, composeEnvironment } from '../../repo/compose.js';
import { configMapData, containerEnv, isKustomizationFile, kustomizeLiterals, type KustomizeLiteral } from '../../repo/k8s.js';
import { shippedEnv, type DockerStage } from '../../repo/dockerfile.js';
import { goTemplateStructure, perView, type SnapshotView } from '../../repo/snapshot.js';
import { isObject } from '../../repo/yaml.js';
import { escapeRegExp } from './text.js';
import { platformEnv } from './platform.js';
import { helmContainerEnv } from './helm-values.js';
import { trueWhenUnset } from './env-bool.js';

export type Lang = 'python' | 'js';

/** A scanned source file. `code` and `bare` have the same length and line breaks as `text`. */
export interface Source {
  file: string;
  lang: Lang;
  text: string;
  /** Comments replaced by spaces; strings intact. */
  code: string;
  /** Comments and string contents replaced by spaces (the quotes stay). */
  bare: string;
  /** 1-based line of an offset. */
  lineAt(offset: number): number;
  /** 1-based column of an offset (in UTF-16 code units, as the rest of the report). */
  columnAt(offset: number): number;
}

/** The language of a file by name, or null for anything else. */
export function langOf(file: string): Lang | null {
  return isPython(file) ? 'python' : isJavaScript(file) ? 'js' : null;
}

/**
 * A Helm chart template (`…/templates/*.yaml` with `{{ }}`): values come from values files, so it is not judged. An
 * OpenShift Template's `${{REPLICAS}}` (a parameter for a non-string value, often kept in `openshift/templates/`) is no Helm action.
 */
export function isHelmTemplate(file: string, text: string | undefined): boolean {
  return /(^|\/)templates\//.test(file) && text !== undefined && /(?<!\$)\{\{/.test(text);
}

/** Bound: the lines of a manifest read for template actions standing as YAML structure. */
// The one rule for Go-templated YAML is the snapshot's (it reads such a file as a template).
export { goTemplateStructure };

/**
 * A Go-templated manifest: a Helm chart's template (isHelmTemplate), or a YAML file anywhere whose actions stand as YAML
 * structure (goTemplateStructure: gomplate's or consul-template's `deploy/api.yaml` with `{{- if .Env.X }}` blocks). Its
 * workloads are judged as templates are — what it writes literally, not what it leaves out —, outside a chart when not in one.
 */
export function isGoTemplatedManifest(snapshot: SnapshotView, file: string): boolean {
  return isHelmTemplate(file, snapshot.text(file)) || (/\.ya?ml$/i.test(file) && snapshot.goTemplate(file));
}

/** Source files a code check should read: Python or JS/TS, not vendored, not tests. */
export const isCodeFile = pathFact((file: string): boolean => langOf(file) !== null && !isVendoredOrGenerated(file) && !isTestFile(file));


const blank = (s: string) => s.replace(/[^\n]/g, ' ');
const PY_SPECIAL = /[#'"]/g;
const JS_SPECIAL = /[/'"`]/g;
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;

/** Lexes a file into its comment-free and string-free views. Never throws; unterminated tokens run to the end. */
export function scanSource(file: string, text: string, lang: Lang = langOf(file) ?? 'js'): Source {
  const code: string[] = [];
  const bare: string[] = [];
  const n = text.length;
  let i = 0;
  let last = ''; // last significant character, for JS regex-literal detection
  let lastWord = '';
  const push = (c: string, b: string) => { code.push(c); bare.push(b); };
  while (i < n) {
    const ch = text[i]!;
    if (lang === 'python' && ch === '#') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      const chunk = blank(text.slice(i, stop));
      push(chunk, chunk);
      i = stop;
      continue;
    }
    if (lang === 'js' && ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : text[i + 1] === '/' ? end : end + 2;
      const chunk = blank(text.slice(i, stop));
      push(chunk, chunk);
      i = stop;
      continue;
    }
    if (lang === 'js' && ch === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last) || /^(return|typeof|case|in|of|void|delete|throw|new)$/.test(lastWord))) {
      const stop = scanRegex(text, i);
      if (stop > 0) {
        const chunk = text.slice(i, stop);
        push(chunk, `/${blank(chunk.slice(1, -1))}/`.slice(0, chunk.length));
        i = stop;
        last = '/'; lastWord = '';
        continue;
      }
    }
    const str = stringAt(text, i, lang);
    if (str) {
      const chunk = text.slice(i, str.end);
      const inner = blank(text.slice(str.contentStart, str.contentEnd));
      push(chunk, text.slice(i, str.contentStart) + inner + text.slice(str.contentEnd, str.end));
      i = str.end;
      last = '"'; lastWord = '';
      continue;
    }
    // Plain code up to the next character that may open a comment, string or regex: copied as one
    // slice (per-character pushes made this the scan's hot spot and its main source of garbage).
    const special = lang === 'python' ? PY_SPECIAL : JS_SPECIAL;
    special.lastIndex = i + 1;
    const next = special.exec(text);
    let stop = next ? next.index : n;
    if (lang === 'python' && next && next[0] !== '#') {
      // Keep a string prefix (r'', b"", f'') with its string.
      while (stop > i + 1 && /[rRbBfFuU]/.test(text[stop - 1]!) && stop - 1 >= next.index - 2) stop--;
    }
    const run = text.slice(i, stop);
    push(run, run);
    if (lang === 'js') {
      for (let k = 0; k < run.length; k++) {
        const c = run.charCodeAt(k);
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) continue;
        const w = isWordCode(c);
        if (w) lastWord = last !== '' && isWordCode(last.charCodeAt(0)) ? lastWord + run[k] : run[k]!;
        else lastWord = '';
        last = run[k]!;
      }
    }
    i = stop;
  }
  const starts = [0];
  for (let k = 0; k < n; k++) if (text[k] === '\n') starts.push(k + 1);
  return {
    file, lang, text, code: code.join(''), bare: bare.join(''),
    lineAt(offset: number) {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= offset) lo = mid; else hi = mid - 1; }
      return lo + 1;
    },
    columnAt(offset: number) {
      return offset - starts[this.lineAt(offset) - 1]! + 1;
    },
  };
}

/** A JS regex literal starting at `i`, or -1 when this `/` is not one (stays on one line). */
function scanRegex(text: string, i: number): number {
  let k = i + 1;
  let cls = false;
  while (k < text.length && text[k] !== '\n') {
    const c = text[k]!;
    if (c === '\\') { k += 2; continue; }
    if (c === '[') cls = true;
    else if (c === ']') cls = false;
    else if (c === '/' && !cls) {
      k++;
      while (k < text.length && /[a-z]/i.test(text[k]!)) k++;
      return k;
    }
    k++;
  }
  return -1;
}

/** A string literal at `i`: offsets of its content and its end; null when none starts here. */
function stringAt(text: string, i: number, lang: Lang): { contentStart: number; contentEnd: number; end: number } | null {
  let k = i;
  if (lang === 'python') {
    // String prefixes (r, b, f, u and combinations) count only when not part of a longer name.
    const m = /^[rRbBfFuU]{1,2}(?=['"])/.exec(text.slice(i, i + 3));
    if (m && (i === 0 || !/[A-Za-z0-9_]/.test(text[i - 1]!))) k = i + m[0].length;
  }
  const q = text[k];
  if (q !== '"' && q !== "'" && !(lang === 'js' && q === '`')) return null;
  const raw = lang === 'python' && /[rR]/.test(text.slice(i, k));
  if (lang === 'python' && text.startsWith(q.repeat(3), k)) {
    const close = findClose(text, k + 3, q.repeat(3), raw, true);
    return { contentStart: k + 3, contentEnd: close, end: Math.min(text.length, close + 3) };
  }
  const close = findClose(text, k + 1, q, raw, q === '`');
  return { contentStart: k + 1, contentEnd: close, end: Math.min(text.length, close + 1) };
}

function findClose(text: string, from: number, quote: string, raw: boolean, multiline: boolean): number {
  let k = from;
  while (k < text.length) {
    const c = text[k]!;
    if (c === '\\') { k += raw && text[k + 1] !== quote[0] && text[k + 1] !== '\\' ? 1 : 2; continue; }
    if (!multiline && c === '\n') return k;
    if (text.startsWith(quote, k)) return k;
    k++;
  }
  return text.length;
}

/** Offset of the bracket matching the one at `open` in `bare` (or -1). Bounded by the text length. */
export function matchBracket(src: Source, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let k = open; k < src.bare.length; k++) {
    const c = src.bare[k]!;
    if (c in pairs) stack.push(pairs[c]!);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (!stack.length) return k;
    }
  }
  return -1;
}

/** A call `name(...)` found in code (never in comments or strings). */
export interface Call {
  /** The callee as written (`CORS`, `app.add_middleware`). */
  callee: string;
  start: number;
  /** Offsets of the parentheses. */
  open: number;
  close: number;
  line: number;
  args: Arg[];
}

/** One argument: `name=value` (Python keyword) or a positional value, trimmed offsets into the text. */
export interface Arg { name: string | null; value: string; start: number; end: number }

/** A TypeScript file, whose calls may carry type arguments. */
const TS_FILE = /\.[cm]?tsx?$/i;
/**
 * TypeScript type arguments between a callee and its `(` (`cors<cors.CorsRequest>(`, `new Server<C2S, S2C>(`,
 * `useState<Record<string, string[]>>(`): names, qualified names, unions and intersections, array and tuple types,
 * string literals and arguments nested two deep. Read in TypeScript files only (in JavaScript `a < b > (c)` compares).
 */
const TS_TYPE_ARGS = String.raw`(?:<(?:[\w$.,\s|&\[\]'"\x60?]|<(?:[\w$.,\s|&\[\]'"\x60?]|<[\w$.,\s|&\[\]'"\x60?]*>)*>)*>\s*)?`;

/**
 * Calls whose callee's last name matches `name` (`CORS` matches `CORS(` and `flask_cors.CORS(`),
 * with arguments split at top-level commas. Calls spanning lines are found whole. In TypeScript files
 * a call with type arguments (`cors<cors.CorsRequest>()`, Apollo Server 4's documented form) is a call too.
 */
export function findCalls(src: Source, name: string | RegExp): Call[] {
  const pattern = typeof name === 'string' ? escapeRegExp(name) : name.source;
  const typeArgs = src.lang === 'js' && TS_FILE.test(src.file) ? TS_TYPE_ARGS : '';
  const re = new RegExp(`(?<![A-Za-z0-9_$])((?:[A-Za-z_$][A-Za-z0-9_$]*\\s*\\.\\s*)*(?:${pattern}))\\s*${typeArgs}\\(`, 'g');
  const out: Call[] = [];
  for (const m of src.bare.matchAll(re)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    out.push({ callee: m[1]!.replace(/\s+/g, ''), start: m.index, open, close, line: src.lineAt(m.index), args: splitList(src, open + 1, close) });
  }
  return out;
}

/**
 * Calls of a module required inline (`app.use(require('cors')())`, `require('express-session')({…})`):
 * the callee is the `require(…)` itself, named `module` in the result.
 */
export function requireCalls(src: Source, modules: readonly string[]): Call[] {
  const mods = modules.map((m) => escapeRegExp(m)).join('|');
  const out: Call[] = [];
  for (const m of src.code.matchAll(new RegExp(`(?<![A-Za-z0-9_$.])require\\(\\s*(['"])(${mods})\\1\\s*\\)\\s*\\(`, 'g'))) {
    if (src.bare[m.index] !== src.code[m.index]) continue; // inside a comment or string
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    out.push({ callee: m[2]!, start: m.index, open, close, line: src.lineAt(m.index), args: splitList(src, open + 1, close) });
  }
  return out;
}

/** Whether an argument is `require('<one of modules>')`. */
export function isRequireOf(value: string, modules: readonly string[]): boolean {
  const m = /^require\(\s*(['"])([^'"]+)\1\s*\)$/.exec(value.trim());
  return m !== null && modules.includes(m[2]!);
}

/** Splits `[from, to)` at top-level commas into arguments (`name=value` and `name: value` keep the name). */
export function splitList(src: Source, from: number, to: number): Arg[] {
  const out: Arg[] = [];
  let depth = 0;
  let s = from;
  const flush = (e: number) => {
    const raw = src.code.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const start = s + lead;
      const bareBody = src.bare.slice(start, start + body.length);
      // Python keyword (`a=1`, not `a==1`), JS/dict key (`a: 1`, `'a': 1`, `"a": 1`); not a Rust/C++ path (`tower_http::cors::Any`).
      const kw = /^([A-Za-z_$][A-Za-z0-9_$]*)\s*=(?!=)\s*/.exec(bareBody) ?? /^([A-Za-z_$][A-Za-z0-9_$]*|[rRuUbB]?(['"])\s*\2)\s*:(?!:)\s*/.exec(bareBody);
      let name: string | null = null;
      let vs = start;
      if (kw) {
        name = kw[2] ? stringValue(body.slice(0, kw[1]!.length)) : kw[1]!;
        vs = start + kw[0].length;
      }
      out.push({ name, value: src.code.slice(vs, start + body.length), start: vs, end: start + body.length });
    }
    s = e + 1;
  };
  for (let k = from; k < to; k++) {
    const c = src.bare[k]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) flush(k);
  }
  flush(to);
  return out;
}

/** The value of a single string literal (`'*'`, `"x"`, `r"/*"`, `` `x` ``), or null when `expr` is anything else. */
export function stringValue(expr: string): string | null {
  const m = /^(?:[rRuUbB]{0,2})(['"`])([^]*)\1$/.exec(expr.trim());
  if (!m || m[2]!.includes(m[1]!) || (m[1] === '`' && m[2]!.includes('${'))) return null;
  return m[2]!.replace(/\\(.)/g, '$1');
}

/** The elements of a list/tuple/set literal (`["a", "*"]`) as trimmed expressions, or null. */
export function listElements(expr: string): string[] | null {
  const t = expr.trim();
  if (!/^[[(]/.test(t)) return null;
  const src = scanSource('', t, 'python');
  const close = matchBracket(src, 0);
  if (close !== t.length - 1) return null;
  return splitList(src, 1, close).map((a) => a.value.trim());
}

/** Whether `expr` is the wildcard literal `'*'` or a list literal containing it. */
export function isWildcard(expr: string): boolean {
  if (stringValue(expr) === '*') return true;
  return (listElements(expr) ?? []).some((e) => stringValue(e) === '*');
}

/** Offset just after the logical statement starting at `from` (brackets balanced, stops at a newline or `;`). */
export function statementEnd(src: Source, from: number): number {
  let depth = 0;
  for (let k = from; k < src.bare.length; k++) {
    const c = src.bare[k]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') { if (depth === 0) return k; depth--; }
    else if ((c === '\n' || c === ';') && depth === 0 && !(src.lang === 'python' && src.bare[k - 1] === '\\')) return k;
  }
  return src.bare.length;
}

/** A top-level (or class-level) assignment `NAME = value` in Python or `NAME = value` / `NAME: value` in code. */
export interface Assignment { name: string; value: string; line: number; start: number; /** Enclosing Python class, if any. */ className: string | null }

/** Python assignments to names matching `names` (`X = v`, `X: T = v`, `self.X = v`), with their value expression. */
export function pythonAssignments(src: Source, names: RegExp): Assignment[] {
  const out: Assignment[] = [];
  const re = new RegExp(`^([ \\t]*)(?:[A-Za-z_][A-Za-z0-9_]*\\.)?(${names.source})\\s*(?::[^=\\n]+)?=(?!=)[ \\t]*`, 'gm');
  for (const m of src.bare.matchAll(re)) {
    // `NAME=value` inside brackets is a keyword argument, not an assignment.
    if (depthAt(src, m.index) > 0) continue;
    const start = m.index + m[0].length;
    const end = statementEnd(src, start);
    out.push({ name: m[2]!, value: src.code.slice(start, end).trim(), line: src.lineAt(m.index + m[1]!.length), start, className: m[1]!.length ? enclosingClass(src, m.index) : null });
  }
  return out;
}

const depths = new WeakMap<Source, Int32Array>();

/** Bracket nesting depth at `offset` (computed once per source). */
export function depthAt(src: Source, offset: number): number {
  let d = depths.get(src);
  if (!d) {
    d = new Int32Array(src.bare.length + 1);
    let depth = 0;
    for (let k = 0; k < src.bare.length; k++) {
      d[k] = depth;
      const c = src.bare[k];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    }
    d[src.bare.length] = depth;
    depths.set(src, d);
  }
  return d[Math.min(Math.max(offset, 0), src.bare.length)]!;
}

/** The name of the Python class whose body contains the line at `offset` (by indentation), or null. */
export function enclosingClass(src: Source, offset: number): string | null {
  for (const h of enclosingHeaders(src, offset)) {
    const m = /^\s*class\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(h);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * Headers of the blocks enclosing `offset`, innermost first: Python lines with less indentation
 * (`class X:`, `if DEBUG:`), JS text before each unclosed `{` (`if (isDev) {`). Comment-free.
 */
export function enclosingHeaders(src: Source, offset: number): string[] {
  const out: string[] = [];
  if (src.lang === 'python') return pythonHeaders(src, offset);
  let depth = 0;
  for (let k = offset - 1; k >= 0 && out.length < 32; k--) {
    const c = src.bare[k];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth) { depth--; continue; }
      let h = k - 1;
      while (h >= 0 && k - h < 300 && !';{}'.includes(src.bare[h]!)) h--;
      out.push(src.code.slice(h + 1, k).trim());
    }
  }
  return out;
}

/** Words of a class name that make it development/test-only (`DevelopmentConfig`, `TestingConfig`, `CIConfig`, `E2E_Settings`). */
const DEV_CLASS_WORDS = new Set(['dev', 'devel', 'develop', 'development', 'debug', 'test', 'tests', 'testing', 'local', 'ci', 'e2e']);

/**
 * The words of a class name, split at underscores and CamelCase boundaries, lower-cased: `CIConfig` → ci config,
 * `E2EConfig` → e2e config, `DeviceGatewayConfig` → device gateway config (`Dev` is not a word of `Device`).
 */
function classNameWords(name: string): string[] {
  return name.split('_').flatMap((part) => part.match(/[A-Za-z]\d[A-Za-z](?![a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((w) => w.toLowerCase());
}

/** `class DevelopmentConfig(Config):`, `class CIConfig:`, `class E2EConfig:`; not `class DeviceGatewayConfig:`, `class LocalizationSettings:`, `class DevOpsConfig:`. */
function isDevClass(header: string): boolean {
  const m = /^class\s+([A-Za-z_]\w*)/.exec(header);
  if (!m) return false;
  const words = classNameWords(m[1]!);
  return words.some((w, i) => DEV_CLASS_WORDS.has(w) && !(w === 'dev' && words[i + 1] === 'ops'));
}
const NODE_DEV = /NODE_ENV\s*={2,3}\s*['"](development|dev|test)['"]|NODE_ENV\s*!==?\s*['"]production['"]/;

/** A condition that holds in development only: `DEBUG`, `isDev`, ASP.NET Core's `env.IsDevelopment()` / `IsEnvironment("Development")`. */
const DEV_CONDITION = /\b(DEBUG|debug|is_?dev\w*|isDev\w*|IsDevelopment|__DEV__|TESTING|testing|development|dev|local)\b|\bIsEnvironment\(\s*"(?:Development|Local)"\s*\)/;

/**
 * `if DEBUG:`, `elif settings.TESTING:`, `if (isDev) {`, `if (process.env.NODE_ENV === 'development')`; negated
 * conditions are not, nor a disjunction with anything else (`IsDevelopment() || IsStaging()` runs on staging too).
 */
function isDevCondition(header: string): boolean {
  const m = /^(?:else\s+)?(?:el)?if\b(.*)$/s.exec(header);
  if (!m) return NODE_DEV.test(header);
  const cond = m[1]!;
  const parts = cond.split(/\|\||\bor\b/);
  if (parts.length > 1) return parts.every((p) => isDevCondition(`if ${p}`));
  if (NODE_DEV.test(cond)) return true;
  if (/!|\bnot\b|\bis\s+False\b|={2,3}\s*false\b/.test(cond)) return false;
  return DEV_CONDITION.test(cond);
}

/** Whether a block header (from enclosingHeaders) opens development-only code: `class DevelopmentConfig:`, `if DEBUG:`. */
export function isDevHeader(header: string): boolean {
  return isDevClass(header) || isDevCondition(header);
}

/** Bound: the length of a condition read as an environment guard (JavaScript headers are cut at 300 characters already). */
const MAX_GUARD = 300;
/** A production flag or method, as written in JavaScript and Python: `isProd`, `isProduction`, `IS_PRODUCTION`, `settings.is_prod`, `config.isProduction()`, `PRODUCTION`. */
const PROD_FLAG = /^(?:[A-Za-z_$][\w$]*\s*\??\.\s*)*(?:is_?prod(?:uction)?|isProd(?:uction)?|IS_PROD(?:UCTION)?|in_?production|inProduction|IN_PRODUCTION|production|PRODUCTION)(?:\s*\(\s*\))?$/;
/** The environment name production is given (`'production'`, `"prod"`), quoted; its quote is group `n` of the whole pattern. */
const prodName = (n: number) => `(['"\\x60])(?:production|prod|Production|PRODUCTION|Prod|PROD)\\${n}`;
/** A comparison of a value with production's name, either way round: [1] or [4] the operator (`===`, `==`, `!==`, `!=`). */
const PROD_COMPARED = new RegExp(String.raw`^(?:[^=!<>&|?]+?\s*(===?|!==?)\s*${prodName(2)}|${prodName(3)}\s*(===?|!==?)\s*[^=!<>&|?]+?)$`);
/** Python membership of a value in a literal list of names, one of them production's (`ENV not in ("production", "staging")`): [1] `in` or `not in`. */
const PROD_MEMBER = /^[^=!<>]+?\s+(not\s+in|in)\s*[([{][^()[\]{}]*(['"])(?:production|prod)\2[^()[\]{}]*[)\]}]$/i;

/** A condition's text without the brackets around all of it and a Python header's colon: `(isProd)` → `isProd`. */
function unwrapCondition(cond: string): string {
  let t = cond.trim().replace(/:\s*$/, '').trim();
  while (t.startsWith('(') && t.endsWith(')') && closingParen(t, 0) === t.length - 1) t = t.slice(1, -1).trim();
  return t;
}
/** Offset of the `)` closing the `(` at `open` in a condition's text (quotes skipped), or -1. */
function closingParen(t: string, open: number): number {
  let depth = 0;
  for (let k = open; k < t.length; k++) {
    const c = t[k]!;
    if (c === '"' || c === "'" || c === '`') { const e = t.indexOf(c, k + 1); if (e < 0) return -1; k = e; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return k;
  }
  return -1;
}
/** A condition split at a boolean operator outside brackets and quotes (`&&`/`and`, `||`/`or`). */
function splitCondition(cond: string, op: 'and' | 'or'): string[] {
  // The word operators whole (`and` in `android_build` is no operator): the slice below holds the character after them.
  const sep = op === 'and' ? /^(?:&&|and(?![\w$]))/ : /^(?:\|\||or(?![\w$]))/;
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < cond.length; k++) {
    const c = cond[k]!;
    if (c === '"' || c === "'" || c === '`') { const e = cond.indexOf(c, k + 1); if (e < 0) break; k = e; continue; }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && (k === 0 || !/[\w$]/.test(cond[k - 1]!))) {
      const m = sep.exec(cond.slice(k, k + 4));
      if (m) { out.push(cond.slice(from, k)); from = k + m[0].length; k = from - 1; }
    }
  }
  out.push(cond.slice(from));
  return out.map((p) => p.trim());
}

/** A test that holds in production: `isProd`, `IS_PRODUCTION`, `env === 'production'`, `ENV in ("production", "prod")`. */
function isProductionTest(part: string): boolean {
  const t = unwrapCondition(part);
  if (PROD_FLAG.test(t)) return true;
  const cmp = PROD_COMPARED.exec(t);
  if (cmp) return !(cmp[1] ?? cmp[4]!).startsWith('!');
  const member = PROD_MEMBER.exec(t);
  return member !== null && member[1] === 'in';
}
/** A test that is false in production: `!isProd`, `not settings.IS_PRODUCTION`, `isProd === false`, `app.get('env') !== 'production'`, `ENV != "prod"`, `ENV not in ("production", …)`. */
function isNotProductionTest(part: string): boolean {
  const t = unwrapCondition(part);
  const neg = /^(?:!(?!=)|not\s+)([^]*)$/.exec(t);
  if (neg) return isProductionTest(neg[1]!);
  const falsy = /^([^]+?)\s*(?:={2,3}\s*(?:false|False)|is\s+False)$/.exec(t);
  if (falsy) return isProductionTest(falsy[1]!);
  const cmp = PROD_COMPARED.exec(t);
  if (cmp) return (cmp[1] ?? cmp[4]!).startsWith('!');
  const member = PROD_MEMBER.exec(t);
  return member !== null && member[1] !== 'in';
}
/**
 * A condition that is false in production: a not-production test alone or in a conjunction (`if (!isProd)`,
 * `if not settings.IS_PRODUCTION:`, `if app.get('env') !== 'production'`, `if ENV != "production" and X:`); a disjunction only
 * when each side is one, or is a development test (`!isProd || isDev`).
 */
function isNotProductionCondition(header: string): boolean {
  // A guard is a short test (`if (!isProd)`, `if ENV != "production":`); a longer header is read as no guard, which also bounds the
  // regexes below (a Python header is its whole line: a 150 KB `if …` line must not cost seconds).
  if (header.length > MAX_GUARD) return false;
  const m = /^(?:else\s+)?(?:el)?if\b(.*)$/s.exec(header);
  if (!m) return false;
  const cond = unwrapCondition(m[1]!);
  const any = splitCondition(cond, 'or');
  if (any.length > 1) return any.every((p) => isNotProductionCondition(`if ${p}`) || isDevCondition(`if ${p}`));
  return splitCondition(cond, 'and').some(isNotProductionTest);
}
/** A condition that holds only in production: a production test alone, or any side of a disjunction (`isProd || isStaging`): what its `else` arm is not. */
function isProductionCondition(cond: string): boolean {
  if (cond.length > MAX_GUARD) return false;
  const t = unwrapCondition(cond);
  const any = splitCondition(t, 'or');
  if (any.length > 1) return any.some(isProductionCondition);
  return splitCondition(t, 'and').length === 1 && isProductionTest(t);
}

/**
 * Whether a block header opens development-only code in `src`: isDevHeader, and in JavaScript/TypeScript and Python a guard
 * that is off only in production (`if (!isProd) {`, `if (app.get('env') !== 'production') {`, `if not settings.IS_PRODUCTION:`,
 * `if ENVIRONMENT != "production":`), as `NODE_ENV !== 'production'` is. Other stacks judge such guards themselves: a Go switch
 * under `!= "production"` is an `info` note (debug-mode), an ASP.NET Core developer exception page under `!IsProduction()` fails.
 */
export function isDevHeaderIn(src: Source, header: string): boolean {
  return isDevHeader(header) || (langOf(src.file) !== null && isNotProductionCondition(header) && !usesConstantFlag(src, header));
}

/** Whether a condition holds only in production in `src` (isProductionCondition, not of a constant flag): its `else` arm is development-only code. */
export function isProductionConditionIn(src: Source, cond: string): boolean {
  return isProductionCondition(cond) && !usesConstantFlag(src, cond);
}

/** A production flag given a boolean literal (`const isProduction = false`, `IS_PRODUCTION = False`): group 1 its name. */
const CONSTANT_PROD_FLAG = /(?<![\w$.])(is_?prod(?:uction)?|isProd(?:uction)?|IS_PROD(?:UCTION)?|in_?production|inProduction|IN_PRODUCTION|production|PRODUCTION)\s*(?::\s*[A-Za-z]\w*\s*)?=(?!=)\s*(?:true|false|True|False)\b/g;
const constantFlagsMemo = new WeakMap<Source, ReadonlySet<string>>();
/**
 * Whether a condition tests a production flag the file sets to a boolean literal (`const isProduction = false; if (!isProduction)
 * app.use(cors())`): a constant, not the environment, so no guard of development-only code.
 */
function usesConstantFlag(src: Source, cond: string): boolean {
  let names = constantFlagsMemo.get(src);
  if (!names) constantFlagsMemo.set(src, names = new Set([...src.code.matchAll(CONSTANT_PROD_FLAG)].map((m) => m[1]!)));
  if (!names.size) return false;
  return [...names].some((n) => new RegExp(`(?<![\\w$])${n}(?![\\w$])`).test(cond));
}

/**
 * The conditions of the JavaScript conditional expressions (`c ? a : b`) whose arm holds `offset`, innermost first, with the
 * arm: `then` (`a`) or `else` (`b`). Read back from `offset` to the start of the expression (an unclosed bracket, `,`, `;`).
 */
function ternaryArms(src: Source, offset: number): { cond: string; arm: 'then' | 'else' }[] {
  const out: { cond: string; arm: 'then' | 'else' }[] = [];
  const b = src.bare;
  // Where the condition before the `?` at `q` starts: after a `?`, `:`, `,`, `;`, an assignment, an arrow or an unclosed bracket.
  const condStart = (q: number): number => {
    let depth = 0;
    for (let k = q - 1; k >= 0 && q - k < 1000; k--) {
      const c = b[k]!;
      if (c === ')' || c === ']' || c === '}') depth++;
      else if (c === '(' || c === '[' || c === '{') { if (!depth) return k + 1; depth--; }
      else if (depth) continue;
      // Optional chaining (`config?.isProd`) and nullish coalescing (`a ?? b`) are part of the condition.
      else if (c === '?' && ((b[k + 1] === '.' && !/\d/.test(b[k + 2] ?? '')) || b[k + 1] === '?' || b[k - 1] === '?')) continue;
      else if (c === '?' || c === ':' || c === ',' || c === ';') return k + 1;
      else if (c === '=' && !/[=!<>]/.test(b[k - 1] ?? '') && !/[=>]/.test(b[k + 1] ?? '')) return k + 1;
      else if (c === '>' && b[k - 1] === '=') return k + 1;
      else if (/\breturn\s*$/.test(b.slice(Math.max(0, k - 7), k + 1)) && /\s/.test(b[k + 1] ?? ' ')) return k + 1;
    }
    return -1;
  };
  let depth = 0;
  let colons = 0;
  for (let k = offset - 1; k >= 0 && offset - k < 2000; k--) {
    const c = b[k]!;
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') { if (!depth) break; depth--; }
    else if (depth) continue;
    else if (c === ';' || c === ',') break;
    // An assignment (`const mw = isProd ? … : cors()`): what is left of it is no part of a conditional expression.
    else if (c === '=' && !/[=!<>]/.test(b[k - 1] ?? '') && !/[=>]/.test(b[k + 1] ?? '')) break;
    else if (c === ':') colons++;
    else if (c === '?') {
      // Not optional chaining (`a?.b`), nullish coalescing (`a ?? b`, `??=`) or an optional parameter (`x?: T`).
      if (b[k + 1] === '?' || b[k - 1] === '?' || (b[k + 1] === '.' && !/\d/.test(b[k + 2] ?? '')) || /^\?\s*:/.test(b.slice(k, k + 3))) continue;
      const start = condStart(k);
      if (start < 0) break;
      out.push({ cond: src.code.slice(start, k).trim(), arm: colons > 0 ? 'else' : 'then' });
      if (colons > 0) colons--;
      k = start;
    }
  }
  return out;
}

/**
 * Whether the code at `offset` sits in a development-only branch (`if DEBUG:`, `class DevelopmentConfig:`, `if (NODE_ENV === 'development') {`),
 * in JavaScript/TypeScript and Python also a guard that is off only in production (isDevHeaderIn), and in JavaScript/TypeScript the
 * development arm of a conditional expression (`isProd ? cors({ origin }) : cors()`, `isDev ? cors() : cors({ origin })`).
 */
export function inDevBranch(src: Source, offset: number): boolean {
  // (A Python guard whose written default takes the branch, `if os.getenv("ENV", "local") == "local":`, is development-only here
  // too: whether production runs it depends on the deploy setting the variable, which the checks ask — settingsFieldGuards.)
  if (enclosingHeaders(src, offset).some((h) => isDevHeaderIn(src, h))) return true;
  if (langOf(src.file) !== null && inElseOfProduction(src, offset)) return true;
  // The `else` of a negated development test (`if (!app.Environment.IsDevelopment()) { … } else { … }`), in any braced language.
  if (elseArmConditions(src, offset).some((conds) => conds.some(isNegatedDevCondition))) return true;
  if (isJavaScript(src.file) && ternaryArms(src, offset).some((t) => (t.arm === 'then' ? isDevHeaderIn(src, `if (${t.cond})`) : isProductionConditionIn(src, t.cond)))) return true;
  // A braceless one-line branch: `if (process.env.NODE_ENV === 'development') app.use(cors());`.
  const lineStart = src.code.lastIndexOf('\n', offset - 1) + 1;
  const before = src.code.slice(lineStart, offset);
  const m = /^\s*(?:\}\s*else\s+)?(if\s*\((?:[^()]|\([^()]*\))*\))\s*(?:$|[^\s{])/.exec(before);
  if (m !== null) return isDevHeaderIn(src, m[1]!);
  // Or the branch's condition alone on the line before (C#, Java, Go style): `if (env.IsDevelopment())\n    app.UseDeveloperExceptionPage();`.
  if (src.lang !== 'js' || before.trim() || lineStart < 2) return false;
  const prevStart = src.code.lastIndexOf('\n', lineStart - 2) + 1;
  const prev = /^\s*(?:\}\s*)?(?:else\s+)?(if\s*\((?:[^()]|\([^()]*\))*\))\s*$/.exec(src.code.slice(prevStart, lineStart - 1));
  return prev !== null && isDevHeaderIn(src, prev[1]!);
}

/**
 * A development guard that tests a settings object's field against literals (`if settings.ENVIRONMENT == "local":`): the field and
 * the test; or one that reads environment variables with a default that takes the branch (`if os.getenv("ENV", "local") == "local":`):
 * `env`, the variables (field and test empty), whose branch production runs unless the deploy sets one of them.
 */
export interface FieldGuard { field: string; test: string; env?: string[] }

/**
 * When inDevBranch(src, offset) holds only through Python `if` headers each of which tests one field of a settings object against
 * literals (`if settings.ENVIRONMENT == "local":`, `if config.env.lower() in ("dev", "local"):`): those guards, which a check evaluates
 * with the field's default where the deploy leaves its variable unset (util/settings-fields.ts: the branch is then production's).
 * Otherwise (another kind of guard among them, the `else` of a production test, not Python) null.
 */
function settingsFieldGuards(src: Source, offset: number): FieldGuard[] | null {
  if (src.lang !== 'python' || inElseOfProduction(src, offset)) return null;
  const guards: FieldGuard[] = [];
  for (const h of enclosingHeaders(src, offset)) {
    if (!isDevHeaderIn(src, h)) continue;
    const env = pyBranchUnsetVars(src, h, offset);
    if (env) { guards.push({ field: '', test: '', env }); continue; }
    const m = /^if\s+\(?\s*[A-Za-z_]\w*\.([A-Za-z_]\w*)\s*((?:\.(?:lower|upper|strip|casefold)\(\)\s*)*(?:[=!]=|not\s+in\b|in\b)[^:]*?)\s*\)?\s*:\s*$/.exec(h.replace(/'/g, '"'));
    if (!m) return null;
    guards.push({ field: m[1]!, test: m[2]!.trim() });
  }
  return guards.length ? guards : null;
}

/** For a scanner's hit: `{ fieldGuards }` when it is development-only through settings-field guards alone (settingsFieldGuards), else `{}`. */
export function fieldGuardsAt(src: Source, file: string, offset: number): { fieldGuards?: FieldGuard[] } {
  if (src.lang !== 'python' || isDevOnly(file) || !inDevBranch(src, offset)) return {};
  const guards = settingsFieldGuards(src, offset);
  return guards ? { fieldGuards: guards } : {};
}

/** Whether a guard's test (`== "local"`, `in ("dev", "local")`) holds for a field's value. */
export const fieldGuardHolds = (value: string, test: string): boolean => literalTest(value, test) === true;

/**
 * What a Python condition part (`ENV == "local"`, `os.getenv("ENV", "local") == "local"`) reads when the module's code at `offset`
 * runs: a name of this module is replaced by its last module-level assignment before `offset` (`ENV = os.getenv("ENV", "local")`),
 * so that the expression can be evaluated; a literal assignment is returned as `{ literal }` with the test that follows it.
 */
function pyConditionExpr(src: Source, part: string, offset: number): { expr: string } | { literal: string; quoted: boolean; rest: string | undefined } {
  const named = /^([A-Za-z_][\w.]*)\s*((?:[=!]=|not\s+in\b|in\b).*)?$/.exec(part);
  if (!named || /^(?:os\.environ|os\.getenv|getenv)\b/.test(named[1]!)) return { expr: part };
  let last: string | null = null;
  for (const m of src.bare.matchAll(new RegExp(`^[ \\t]*${escapeRegExp(named[1]!)}[ \\t]*(?::[^=\\n]+)?=(?!=)[ \\t]*`, 'gm'))) {
    if (m.index > offset || depthAt(src, m.index) > 0) continue;
    const start = m.index + m[0].length;
    last = src.code.slice(start, statementEnd(src, start)).trim().replace(/'/g, '"');
  }
  const lit = last === null ? null : /^(?:"([^"]*)"|(True|False|None|-?\d+))$/.exec(last);
  if (lit) return { literal: lit[1] ?? lit[2]!, quoted: lit[1] !== undefined, rest: named[2] };
  return { expr: last !== null ? (named[2] ? `${last} ${named[2]}` : last) : part };
}

/**
 * The variables a Python development header reads (`if os.getenv("ENVIRONMENT", "local") == "local":`, `if ENV == "local":` after
 * `ENV = os.getenv("ENV", "local")`) when it holds with them unset, by the default it writes out, else null: the branch is then what
 * production runs unless the deploy sets one of them (guardsRunByDefault asks). Environment reads only: a literal flag (`if DEBUG:`
 * after `DEBUG = True`) is left to the checks that judge the flag.
 */
function pyBranchUnsetVars(src: Source, header: string, offset: number): string[] | null {
  if (src.lang !== 'python' || !/^(?:el)?if\b/.test(header)) return null;
  const vars = new Set<string>();
  const holds = header.replace(/^(?:el)?if\s+/, '').replace(/:\s*$/, '').split(/\s+or\s+/).some((raw) => {
    const part = raw.trim().replace(/^\((.*)\)$/s, '$1').trim().replace(/'/g, '"');
    const c = pyConditionExpr(src, part, offset);
    // A default written out only: `os.environ.get("APP_ENV") != "production"` is the documented guard that production turns off
    // by setting the variable (as `"PRODUCTION" not in os.environ`); `os.getenv("ENV", "local") == "local"` chose its value.
    if (!('expr' in c) || /(?:getenv|environ\.get)\(\s*"\w+"\s*\)|\bin\s+os\.environ\b/.test(c.expr) || trueWhenUnset(c.expr) === null) return false;
    for (const m of c.expr.matchAll(/(?:getenv|environ\.get)\(\s*"(\w+)"/g)) vars.add(m[1]!);
    return true;
  });
  return holds && vars.size ? [...vars] : null;
}

/**
 * A development-only branch of Python code that starts a development server (`offset`), with a production server beside
 * it: `if os.environ.get("FLASK_ENV") == "development": app.run(debug=True)` / `else: serve(app)` (waitress), `if DEBUG:`,
 * `if args.dev:`. The author switches servers by environment and production takes the other branch, as cors-wildcard and
 * default-credentials read inDevBranch. See pythonDevBranch; whether a deploy turns the branch on: devBranchRuns.
 */
export interface PyDevBranch {
  /** The branch's header (`if DEBUG:`), comment-free. */
  header: string;
  /** The condition's `or` parts, each with the expression that decides it (a constant's assignment for `DEBUG`), the variables it reads and the options it tests (`args.dev` → `--dev`). */
  parts: { expr: string; env: string[]; options: string[] }[];
  /** The production server started outside the branch (`serve`, `uvicorn.run`), and its line. */
  server: { what: string; line: number };
}

/** Environment reads in Python (`os.environ.get("X")`, `os.getenv("X")`, `os.environ["X"]`, `env.bool("X")`, `config("X")`); [1] or [2]: the variable. */
const PY_ENV_READ = /(?:os\.environ\.get|os\.getenv|environ\.get|getenv|\benv(?:\.\w+)?|\bconfig)\(\s*["'](\w+)["']|(?:os\.)?environ\[\s*["'](\w+)["']\s*\]/g;
/** Production servers a Python module starts itself: waitress, uvicorn/hypercorn without reload, gevent, eventlet, bjoern, aiohttp, CherryPy, Granian, an embedded gunicorn, an exec of one. */
const PY_PROD_SERVER = /\bwaitress\.serve\s*\(|(?<![\w.]|def\s+)serve\s*\(|\b(?:uvicorn|hypercorn)\.run\s*\(|\bWSGIServer\s*\(|(?<![\w])(?:eventlet\.)?wsgi\.server\s*\(|\bbjoern\.run\s*\(|\bweb\.run_app\s*\(|\bcherrypy\.(?:quickstart|engine\.start)\s*\(|\bGranian\s*\(|\b\w*Application\s*\((?:[^()]|\([^()]*\))*\)\s*\.run\s*\(|\b(?:os\.exec\w*|subprocess\.\w+)\s*\(/g;

/** Whether a PY_PROD_SERVER match at `at` starts one: `serve(` imported from waitress or hypercorn, uvicorn without reload, `.run()` of a gunicorn application, an exec of a server. */
function isPyProdServer(src: Source, at: number, what: string): boolean {
  const stmt = src.code.slice(at, statementEnd(src, at + what.length));
  if (/^serve\b/.test(what)) return /^[ \t]*from\s+(?:waitress|hypercorn\.(?:asyncio|trio))\s+import\b[^\n]*\bserve\b/m.test(src.code);
  if (/^(?:uvicorn|hypercorn)\./.test(what)) return !/\b(?:reload|use_reloader)\s*=\s*True\b/.test(stmt);
  if (/^WSGIServer/.test(what)) return /^[ \t]*(?:from|import)\s+(?:gevent|cheroot)\b/m.test(src.code);
  if (/^(?:eventlet\.)?wsgi\.server/.test(what)) return /^[ \t]*(?:from|import)\s+eventlet\b/m.test(src.code);
  if (/Application\s*\(/.test(what)) return /^[ \t]*(?:from|import)\s+gunicorn\b/m.test(src.code);
  if (/^(?:os|subprocess)\./.test(what)) return /["'](?:gunicorn|uvicorn|waitress-serve|hypercorn|daphne|granian)\b/.test(stmt);
  return true;
}

/**
 * The development-only branch (an `if`/`elif` isDevHeaderIn accepts) that the Python code at `offset` sits in, when a
 * production server starts in the same block outside it (its `else:`, or after it). Null otherwise, and when the branch
 * runs without help: its condition is true with its variables unset (`os.getenv("ENV", "development") == "development"`,
 * `env.bool("DEBUG", default=True)`) or names a constant this module sets on (`DEBUG = True`).
 */
export function pythonDevBranch(src: Source, offset: number): PyDevBranch | null {
  if (src.lang !== 'python') return null;
  const headers = enclosingHeaders(src, offset);
  const k = headers.findIndex((h) => /^(?:el)?if\b/.test(h) && isDevHeaderIn(src, h));
  if (k < 0) return null;
  const header = headers[k]!;
  const outer = headers.slice(k + 1);
  const parts: PyDevBranch['parts'] = [];
  for (const raw of header.replace(/^(?:el)?if\s+/, '').replace(/:\s*$/, '').split(/\s+or\s+/)) {
    const part = raw.trim().replace(/^\((.*)\)$/s, '$1').trim().replace(/'/g, '"');
    // A name of this module, alone or compared (`DEBUG`, `ENV == "dev"`, `app.debug`): its last assignment before the branch decides
    // (`DEBUG = os.environ.get("DEBUG", "0") == "1"`, `ENV = os.getenv("ENV", "dev")`); a literal is evaluated (`DEBUG = True` runs
    // it). One set elsewhere (`from config import DEBUG`, `settings.DEBUG`) is a development switch, as inDevBranch reads it.
    const c = pyConditionExpr(src, part, offset);
    if (!('expr' in c)) {
      const holds = c.rest ? literalTest(c.literal, c.rest) : c.quoted ? c.literal !== '' : !/^(?:False|None|0+)$/.test(c.literal);
      if (holds !== false) return null;
      continue;
    }
    const expr = c.expr;
    if (trueWhenUnset(expr) !== null) return null;
    // `args.dev`, `opts.debug`: an argparse option (`--dev`); `"dev" in sys.argv`: the word itself.
    const options = [
      ...[...part.matchAll(/\b(?:args|opts|options|ns|parsed|arguments)\.([A-Za-z_]\w*)\b/g)].map((m) => `--${m[1]!.replace(/_/g, '-')}`),
      ...(/\bsys\.argv\b/.test(part) ? [...part.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : []),
    ];
    const env = [...new Set([...expr.matchAll(PY_ENV_READ)].map((m) => m[1] ?? m[2]!))];
    parts.push({ expr, env, options });
  }
  for (const m of src.bare.matchAll(PY_PROD_SERVER)) {
    const h = enclosingHeaders(src, m.index);
    const inner = h.length - outer.length;
    if (inner < 0 || h.slice(inner).some((x, i) => x !== outer[i]) || h.slice(0, inner).some((x) => isDevHeaderIn(src, x))) continue;
    if (!isPyProdServer(src, m.index, m[0])) continue;
    return { header, parts, server: { what: m[0].replace(/\s*\($/, ''), line: src.lineAt(m.index) } };
  }
  return null;
}

/**
 * A Python test of a string value (`.lower() == "dev"`, `!= "production"`, `in ("dev", "local")`, or nothing: truthiness),
 * what follows the value in the condition: true or false, null when it is not one of these.
 */
function literalTest(value: string, rest: string): boolean | null {
  let got = value;
  let r = rest.trim();
  for (let m; (m = /^\.(lower|upper|strip|casefold)\(\)/.exec(r)); r = r.slice(m[0].length).trim()) got = m[1] === 'upper' ? got.toUpperCase() : m[1] === 'strip' ? got.trim() : got.toLowerCase();
  if (!r) return got !== '';
  const cmp = /^(==|!=)\s*"([^"]*)"$/.exec(r);
  if (cmp) return (got === cmp[2]) === (cmp[1] === '==');
  const member = /^(not\s+in|in)\s*[([{]((?:\s*"[^"]*"\s*,?)*)[)\]}]$/.exec(r);
  if (member) return [...member[2]!.matchAll(/"([^"]*)"/g)].some((x) => x[1] === got) === (member[1] === 'in');
  return null;
}

/** A Python comparison of an environment read with literals, that devBranchRuns evaluates: `os.environ.get("X"[, d])[.lower()] == "v"` / `!=` / `in (…)` / the bare read. */
const PY_READ_TEST = /^(?:os\.environ\.get|os\.getenv|environ\.get|getenv)\(\s*"(\w+)"\s*(?:,[^()]*)?\)|^(?:os\.)?environ\[\s*"(\w+)"\s*\]/;

/**
 * Whether a PyDevBranch runs where the deploy gives the variables `value(name)` (undefined: unset; null: set to a value this
 * reading does not know) and the command line `args`: one of its parts holds (`FLASK_ENV=development`, `--dev` given). A part
 * reading a set variable in a way not evaluated here counts as holding (precision for the pass).
 */
export function devBranchRuns(b: PyDevBranch, value: (name: string) => string | null | undefined, args: readonly string[]): boolean {
  return b.parts.some((p) => {
    if (p.options.some((o) => args.some((a) => a === o || a.startsWith(`${o}=`)))) return true;
    return p.env.some((name) => {
      const v = value(name);
      if (v === undefined) return false;
      if (v === null) return true;
      const e = p.expr.replace(/'/g, '"').replace(/\s+/g, ' ').trim();
      const read = PY_READ_TEST.exec(e);
      if (!read || (read[1] ?? read[2]) !== name) return true;
      return literalTest(v, e.slice(read[0].length)) ?? true;
    });
  });
}

/**
 * What a deploy gives a variable for an entry point's process, for devBranchRuns: the value its command line or start scripts
 * set (`env`), its own (`envAt`: a systemd `Environment=`, a Procfile's `VAR=…`), the compose service that runs it (`runner`: its
 * `environment`, an `env_file`), its image's `ENV`; null when something sets it to a value not read here, undefined when nothing does.
 */
export function entryEnvValue(
  snapshot: SnapshotView,
  entry: { stage?: DockerStage; envAt?: Record<string, { value: string }>; envNames?: string[] },
  env: Readonly<Record<string, string>>,
  runner?: (name: string) => string | null | undefined,
): (name: string) => string | null | undefined {
  const stage = entry.stage;
  const df = stage && snapshot.dockerfiles().find((d) => d.stages.includes(stage));
  const image = df && stage ? shippedEnv(df, stage) : [];
  return (name) => {
    if (env[name] !== undefined) return env[name];
    if (entry.envAt?.[name]) return entry.envAt[name]!.value;
    const r = runner?.(name);
    if (r !== undefined) return r;
    const e = image.find((x) => x.name === name);
    if (e) return e.value;
    return entry.envNames?.includes(name) ? null : undefined;
  };
}

/**
 * The development branch (pythonDevBranch) of the development server at `file`:`line` that an entry point runs as a script
 * (`python app.py`), when the deploy does not turn it on (devBranchRuns: its variables, its command line) and neither does it
 * any other development server of that module the entry point reaches: production runs the other branch. Null otherwise.
 * `runners`: the variables each production compose service running the entry point gives it (commands' runnerValues); the branch
 * is on when any of them turns it on.
 */
export function scriptDevBranch(
  snapshot: SnapshotView,
  entry: Parameters<typeof entryEnvValue>[1] & { argv: readonly string[] },
  launch: { env: Readonly<Record<string, string>>; commands: readonly { argv: readonly string[] }[]; calls: readonly { file: string; via: string; call: { line: number; column: number; dev: boolean; scope: string } }[] },
  file: string,
  line: number,
  runners: readonly ((name: string) => string | null | undefined)[] = [],
): PyDevBranch | null {
  const calls = launch.calls.filter((c) => c.file === file && c.via === 'script' && c.call.dev && c.call.scope !== 'function');
  const text = calls.some((c) => c.call.line === line) ? snapshot.text(file) : undefined;
  if (text === undefined) return null;
  const src = scanSource(file, text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), 'python');
  const starts = [0];
  for (let k = src.text.indexOf('\n'); k >= 0; k = src.text.indexOf('\n', k + 1)) starts.push(k + 1);
  const values = runners.length ? runners.map((r) => entryEnvValue(snapshot, entry, launch.env, r)) : [entryEnvValue(snapshot, entry, launch.env)];
  const args = [...entry.argv, ...launch.commands.flatMap((c) => c.argv)];
  let found: PyDevBranch | null = null;
  for (const c of calls) {
    // On the call's line (its column is counted on pythonRunCalls' string-shortened line: kept within the line).
    const at = starts[c.call.line - 1] ?? 0;
    const b = pythonDevBranch(src, Math.min(at + c.call.column - 1, (starts[c.call.line] ?? src.text.length + 1) - 1));
    if (!b || values.some((value) => devBranchRuns(b, value, args))) return null;
    if (c.call.line === line) found = b;
  }
  return found;
}

/** Source files in other languages read by code checks: C-like comments and strings, Ruby (and Rack's `config.ru`) `#` comments, PHP both. */
export const OTHER_CODE = /\.(php|go|java|kt|kts|scala|groovy|cs|rb|ru|rake|rs|ex|exs)$/i;

/** A source in another language (OTHER_CODE), lexed with the lexer whose comments and strings it shares (PHP `#` comments blanked). */
export function otherSource(file: string, text: string): Source {
  // Ruby and Elixir: `#` comments, quoted strings.
  if (/\.(rb|ru|rake|ex|exs)$/i.test(file)) return scanSource(file, text, 'python');
  // PHP `#` comments: a whole line, or after a statement (`$x = 1; # header(…)`); `#[` is an attribute.
  // Rust lifetimes (`&'a str`, `'static`) are no string openers: their quote is blanked.
  const body = /\.php$/i.test(file) ? text.replace(/(^[ \t]*|;[ \t]*)#(?!\[).*$/gm, (l, lead: string) => lead + ' '.repeat(l.length - lead.length))
    : /\.rs$/i.test(file) ? text.replace(/'(?=[A-Za-z_]\w*\b(?!'))/g, ' ') : text;
  return scanSource(file, body, 'js');
}

/**
 * C# code that builds in Debug only: inside `#if DEBUG` (or an `#elif DEBUG`), not its `#else`. The one reading of the directive
 * the checks share (cors-wildcard's development-only policies, debug-mode's developer exception page).
 */
export function inDebugDirective(src: Source, at: number): boolean {
  const stack: boolean[] = [];
  for (const m of src.code.slice(0, at).matchAll(/^[ \t]*#[ \t]*(if|elif|else|endif)\b([^\n]*)/gm)) {
    if (m[1] === 'if') stack.push(/^\s*DEBUG\s*$/.test(m[2]!));
    else if (m[1] === 'endif') stack.pop();
    else if (stack.length) stack[stack.length - 1] = m[1] === 'elif' && /^\s*DEBUG\s*$/.test(m[2]!);
  }
  return stack.includes(true);
}

/** Per line: the line of its block header (-1: none), its indentation (-1: blank, or continuing a statement inside brackets), its comment-free text. */
const pyBlocks = new WeakMap<Source, { parent: Int32Array; indent: Int32Array; code: string[] }>();

/**
 * enclosingHeaders for Python source: from a table of each line's block header made once per source
 * (one pass with an indentation stack, lines inside brackets continuing their statement), so a
 * caller asking about every line of a file stays linear.
 */
function pythonHeaders(src: Source, offset: number): string[] {
  const t = pythonBlocks(src);
  const out: string[] = [];
  for (let i = t.parent[src.lineAt(offset) - 1] ?? -1; i >= 0 && out.length < 64; i = t.parent[i]!) out.push(t.code[i]!.trim());
  return out;
}

function pythonBlocks(src: Source): { parent: Int32Array; indent: Int32Array; code: string[] } {
  let t = pyBlocks.get(src);
  if (!t) {
    const bare = src.bare.split('\n');
    const parent = new Int32Array(bare.length).fill(-1);
    const indent = new Int32Array(bare.length).fill(-1);
    const stack: [number, number][] = []; // [line, indent]
    let at = 0;
    for (let i = 0; i < bare.length; at += bare[i]!.length + 1, i++) {
      const l = bare[i]!;
      if (!l.trim()) continue;
      const ind = /^[ \t]*/.exec(l)![0].length;
      // A line inside brackets continues a statement (Black's `class X(\n    Base,\n):`): no block of its own.
      if (depthAt(src, at + ind) > 0) { parent[i] = stack.length ? parent[stack.at(-1)![0]]! : -1; continue; }
      indent[i] = ind;
      while (stack.length && stack.at(-1)![1] >= ind) stack.pop();
      parent[i] = stack.length ? stack.at(-1)![0] : -1;
      stack.push([i, ind]);
    }
    t = { parent, indent, code: src.code.split('\n') };
    pyBlocks.set(src, t);
  }
  return t;
}

/**
 * Whether the code at `offset` sits in an `else` (or `elif`) arm of an `if` chain one of whose earlier conditions holds only in
 * production (`if isProd: … else: …`, `if (process.env.NODE_ENV === 'production') { … } else { … }`): production takes that earlier
 * arm. Python (by indentation) and braced JavaScript/TypeScript.
 */
/** Bound: how far back from a hit the braces of an `else` arm around it are looked for. */
const MAX_ELSE_SCAN = 20_000;
function inElseOfProduction(src: Source, offset: number): boolean {
  if (src.lang === 'python') {
    const t = pythonBlocks(src);
    for (let i = t.parent[src.lineAt(offset) - 1] ?? -1; i >= 0; i = t.parent[i]!) {
      if (!/^(?:else\s*:|elif\b)/.test(t.code[i]!.trim())) continue;
      for (let j = i - 1; j >= 0; j--) {
        if (t.indent[j]! < 0 || t.indent[j]! > t.indent[i]!) continue;
        if (t.indent[j]! < t.indent[i]!) break;
        const arm = /^(el)?if\b(.*?):?\s*$/s.exec(t.code[j]!.trim());
        if (!arm) break;
        if (isProductionCondition(arm[2]!) && !usesConstantFlag(src, arm[2]!)) return true;
        if (!arm[1]) break;
      }
    }
    return false;
  }
  return elseArmConditions(src, offset).some((conds) => conds.some((c) => isProductionCondition(c) && !usesConstantFlag(src, c)));
}

/** An `if (…)` header's condition, brackets and all, ending the text it is tested on (two levels of brackets inside). */
const IF_COND = /\bif\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\s*$/;
/**
 * The conditions of the `if` chains whose `else` (or `else if`) arm holds `offset`, in braced languages (JavaScript/TypeScript,
 * C#, Java, PHP…): for each arm around it, innermost first, the conditions of the chain's earlier arms as written
 * (`(!app.Environment.IsDevelopment())`). A braced arm (`} else {`, on one line or Allman's three) is read back through its
 * chain (`if (a) {…} else if (b) {…} else {…}`: `(b)`, `(a)`); a braceless one (`else app.UseX();`, or `else` alone on the line
 * before) back to the `if` just before its `else`, braced or not. The one reading of else arms the guards share (inElseOfProduction,
 * inDevBranch's negated development test, debug-mode's ASP.NET Core branches).
 */
export function elseArmConditions(src: Source, offset: number): string[][] {
  if (src.lang === 'python') return [];
  const b = src.bare;
  const out: string[][] = [];
  // The conditions of the chain whose arm's `else` ends at `elseEnd` (the `}` before it closes the arm before, or a braceless statement).
  const chainBefore = (elseAt: number): string[] => {
    const conds: string[] = [];
    let end = elseAt;
    for (let guard = 0; guard < 64; guard++) {
      const before = b.slice(Math.max(0, end - MAX_ELSE_SCAN), end).trimEnd();
      const last = Math.max(0, end - MAX_ELSE_SCAN) + before.length - 1;
      let head = -1;
      if (b[last] === '}') {
        // The block that `}` closes, and the `if (…)` before it.
        let d = 0;
        for (let p = last; p >= 0 && last - p <= MAX_ELSE_SCAN; p--) {
          if (b[p] === '}') d++;
          else if (b[p] === '{' && --d === 0) { head = p; break; }
        }
      } else if (b[last] === ';') {
        // A braceless arm: its one statement, from the end of the one before it (`;`, `{`, `}`).
        let p = last - 1;
        while (p >= 0 && last - p <= 400 && !';{}'.includes(b[p]!)) p--;
        const stmt = /^\s*(?:else\s+)?(if\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))/.exec(b.slice(p + 1, last));
        if (stmt) {
          const at = p + 1 + stmt.index + stmt[0].length - stmt[1]!.length;
          conds.push(src.code.slice(at + stmt[1]!.indexOf('('), at + stmt[1]!.length));
          const elseBefore = /\belse\s+$/.exec(b.slice(Math.max(0, at - 100), at));
          if (!elseBefore) break;
          end = at - elseBefore[0].length;
          continue;
        }
        break;
      }
      if (head < 0) break;
      const pfrom = Math.max(0, head - 400);
      const cond = IF_COND.exec(b.slice(pfrom, head));
      if (!cond) break;
      const at = pfrom + cond.index;
      conds.push(src.code.slice(at + cond[0].indexOf('('), at + cond[0].trimEnd().length));
      // `} else if (…) {` continues the chain back.
      const elseBefore = /\belse\s+$/.exec(b.slice(Math.max(0, at - 100), at));
      if (!elseBefore) break;
      end = at - elseBefore[0].length;
    }
    return conds;
  };
  // A braceless arm holding `offset` directly: `else app.UseX();` on its line, or `else` (`} else`) alone on the line before.
  const lineStart = b.lastIndexOf('\n', offset - 1) + 1;
  const onLine = b.slice(lineStart, offset);
  const prevStart = lineStart < 2 ? -1 : b.lastIndexOf('\n', lineStart - 2) + 1;
  const bare = /^(\s*(?:\}\s*)?)else\s+$/.exec(onLine);
  const alone = !bare && !onLine.trim() && prevStart >= 0 ? /^(\s*(?:\}\s*)?)else\s*$/.exec(b.slice(prevStart, lineStart - 1)) : null;
  if (bare || alone) {
    const elseAt = bare ? lineStart + bare[1]!.length : prevStart + alone![1]!.length;
    const conds = chainBefore(elseAt);
    if (conds.length) out.push(conds);
  }
  // Each unclosed `{` around `offset` whose header is `} else {` / `} else if (…) {`: the chain's earlier `if (…)` blocks before it.
  let depth = 0;
  // Bound: the blocks around `offset` within MAX_ELSE_SCAN characters before it (a scan per hit, not back to the file's start).
  for (let k = offset - 1; k >= 0 && offset - k <= MAX_ELSE_SCAN && out.length < 32; k--) {
    const c = b[k];
    if (c === '}') { depth++; continue; }
    if (c !== '{') continue;
    if (depth) { depth--; continue; }
    const from = Math.max(0, k - 400);
    const head = /\belse(?:\s+if\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?\s*$/.exec(b.slice(from, k));
    if (!head) continue;
    const conds = chainBefore(from + head.index);
    if (conds.length) out.push(conds);
  }
  return out;
}

/**
 * Whether a condition is a development test negated (`!app.Environment.IsDevelopment()`, `!isDev`, `!(DEBUG)`), alone: its `else`
 * arm runs in development only, as a development branch does.
 */
function isNegatedDevCondition(cond: string): boolean {
  if (cond.length > MAX_GUARD) return false;
  const t = unwrapCondition(cond);
  if (splitCondition(t, 'or').length > 1 || splitCondition(t, 'and').length > 1) return false;
  const neg = /^!(?!=)\s*([^]*)$/.exec(t);
  return neg !== null && isDevCondition(`if ${unwrapCondition(neg[1]!)}`);
}

/**
 * A configuration setting in Python: `NAME = v`, `app.config["NAME"] = v`, `app.config.update(NAME=v)` / `({"NAME": v})`.
 * `runtime`: an assignment to a live config (subscript or update call), which replaces whatever a
 * config class or settings module loaded before it; otherwise a module or class default.
 */
export interface PySetting { name: string; value: string; line: number; start: number; runtime: boolean; className: string | null }

/** Python settings whose name matches `names` (anchored), in all the forms Flask and Django use. */
export function pythonSettings(src: Source, names: RegExp): PySetting[] {
  const anchored = new RegExp(`^(?:${names.source})$`);
  const out: PySetting[] = pythonAssignments(src, names).map((a) => ({ name: a.name, value: a.value, line: a.line, start: a.start, runtime: false, className: a.className }));
  for (const m of src.bare.matchAll(/\[\s*[rRuU]?(['"])[^'"\n]*\1\s*\]\s*=(?!=)[ \t]*/g)) {
    const key = stringValue(src.code.slice(m.index + 1, m.index + m[0].indexOf(']')).trim());
    if (key === null || !anchored.test(key)) continue;
    const start = m.index + m[0].length;
    out.push({ name: key, value: src.code.slice(start, statementEnd(src, start)).trim(), line: src.lineAt(start), start, runtime: true, className: null });
  }
  for (const call of findCalls(src, /update|dict|setdefault|from_mapping/)) {
    const args = call.args.length === 1 && call.args[0]!.value.trim().startsWith('{') ? splitList(src, call.args[0]!.start + 1, matchBracket(src, call.args[0]!.start)) : call.args;
    for (const a of args) if (a.name !== null && anchored.test(a.name)) out.push({ name: a.name, value: a.value.trim(), line: src.lineAt(a.start), start: a.start, runtime: true, className: null });
  }
  return out;
}

/**
 * A Flask config load (`app.config.from_object(ProductionConfig)`, `from_object("config.ProductionConfig")`,
 * `from_pyfile("prod.py")`, `from_envvar(…)`): where it is, and the class or module it names (its last
 * dotted name, or a file's name without extension); null when the argument is computed.
 */
export interface ConfigLoad { start: number; target: string | null; /** The argument as written (`config[config_name]`). */ arg: string }

export function pythonConfigLoads(src: Source): ConfigLoad[] {
  return findCalls(src, /from_object|from_pyfile|from_envvar|from_file|from_prefixed_env/).filter((c) => /config\./.test(c.callee)).map((c) => {
    const arg = c.args.find((a) => a.name === null || a.name === 'obj' || a.name === 'filename')?.value.trim() ?? '';
    const text = stringValue(arg) ?? (/^[A-Za-z_][\w.]*$/.test(arg) ? arg : null);
    const fn = c.callee.slice(c.callee.lastIndexOf('.') + 1);
    if (text === null || fn === 'from_envvar' || fn === 'from_prefixed_env') return { start: c.start, target: null, arg };
    const target = fn === 'from_object' ? text.slice(text.lastIndexOf('.') + 1) : basename(text).replace(/\.[^.]*$/, '');
    return { start: c.start, target: target || null, arg };
  });
}

/** Class names a Python source defines (config classes that a `from_object` may name). */
export function pythonClasses(src: Source): string[] {
  return [...src.bare.matchAll(/^[ \t]*class\s+([A-Za-z_]\w*)/gm)].map((m) => m[1]!);
}

/**
 * Whether two files belong to the same project, so that a setting in one may override the other: the
 * same folder (a settings package: `proj/settings/base.py` and `production.py`), or one folder inside the
 * other (`services/api/config.py` and `services/api/app/__init__.py`; a root `config.py` and
 * `app/__init__.py`). Files in sibling folders (`flaskapp/app.py`, `proj/settings/production.py`) are
 * separate applications.
 */
export function sameProject(a: string, b: string): boolean {
  const da = dirname(a);
  const db = dirname(b);
  if (da === db) return true;
  // The repository root holds the whole tree: a root `config.py` configures `app/__init__.py`
  // (the most common Flask layout).
  const inside = (outer: string, inner: string) => outer === '' || inner.startsWith(`${outer}/`);
  return inside(da, db) || inside(db, da);
}

/**
 * A settings package's production module (`settings/production.py`), or a flat one beside `settings.py` (`settings_prod.py`,
 * `settings_production.py`, `prod_settings.py`: `prod.py` by another name): what the base defaults give way to.
 */
export const SETTINGS_PROD = /^(?:(?:prod|production|live|deploy)|settings[_-](?:prod|production|live|deploy)|(?:prod|production|live|deploy)[_-]settings)\.py$/i;

const PRODUCTION_WORDS = new Set(['prod', 'production', 'live', 'deploy', 'deployment']);
/** The words of a setting's place: its class's name, else its module's (`ProductionConfig` → production config, `__init__.py` → init). */
function placeWords(ref: Pick<SettingRef, 'file' | 'className'>): string[] {
  const name = ref.className ?? basename(ref.file).replace(/\.py$/i, '');
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.-]+/).filter(Boolean);
}
/**
 * Whether a setting is in production code: a class named for production (`ProductionConfig`, `ProdConfig`,
 * `Production`) or a module named so (`settings/production.py`, `prod.py`, `settings_prod.py`, `config/live.py`).
 */
export function isProductionPlace(ref: Pick<SettingRef, 'file' | 'className'>): boolean {
  return placeWords(ref).some((w) => PRODUCTION_WORDS.has(w));
}

/** Words of a place's name that say it configures: they leave the rest of the name to say which configuration. */
const CONFIG_WORDS = new Set(['config', 'configs', 'configuration', 'settings', 'setting', 'conf', 'cfg']);
/** Names of the configuration every environment builds on. */
const BASE_WORDS = new Set(['base', 'common', 'default', 'defaults', 'shared', 'core', 'global', 'globals', 'init', 'main', 'app', 'application', 'project', 'site']);
/**
 * Whether a setting is in the base configuration production code builds on, so that production may override it: a module or
 * class whose name, its config/settings words aside, is empty or says base (`settings/base.py`, `settings/common.py`,
 * `settings.py`, `config.py`, `settings/__init__.py`, `class Config`, `class BaseConfig`). A module or class named for another
 * environment (`settings/staging.py`, `heroku.py`, `class StagingConfig`, `class DockerConfig(ProductionConfig)`) is deployed
 * there as it is: production code overrides nothing in it.
 */
export function isBasePlace(ref: Pick<SettingRef, 'file' | 'className'>): boolean {
  return placeWords(ref).every((w) => CONFIG_WORDS.has(w) || BASE_WORDS.has(w));
}

/** A Python setting for the override rule: where it is (`start` is an offset into its file) and its form. */
export interface SettingRef { file: string; name: string; start: number; runtime: boolean; className: string | null }

/**
 * Whether an insecure Python setting (`hit`) is an overridden default: production code sets the same
 * setting to something else (`safe`: non-development assignments of any setting). A module or class
 * default is overridden by a safe value in the same project (sameProject) — not by an earlier one of the
 * same module or class. A runtime assignment (`app.config["X"] = False`) replaces what was loaded before
 * it, so only something later in its own file overrides it: a later safe runtime assignment, or a later
 * config load (`loads`, by file) of a class or module that sets it safely; a load of a computed object is
 * trusted when a config class of the same project (or the repository root) sets it safely.
 * `classes`: the class names each file defines.
 */
export function overriddenSetting(hit: SettingRef, safe: readonly SettingRef[], loads: ReadonlyMap<string, readonly ConfigLoad[]>, classes: ReadonlyMap<string, readonly string[]>): boolean {
  if (!hit.runtime) return overridingSetting(hit, safe) !== undefined;
  const same = safe.filter((s) => s.name === hit.name);
  if (same.some((s) => s.file === hit.file && s.runtime && s.start > hit.start)) return true;
  const moduleOf = (f: string) => basename(f).replace(/\.py$/i, '');
  const known = (t: string) => [...classes.values()].some((cs) => cs.includes(t)) || safe.some((s) => moduleOf(s.file) === t);
  return (loads.get(hit.file) ?? []).some((l) => {
    if (l.start < hit.start) return false;
    if (l.target !== null && known(l.target)) return same.some((s) => !s.runtime && (s.className === l.target || (s.className === null && moduleOf(s.file) === l.target)));
    return same.some((s) => !s.runtime && s.className !== null && (sameProject(s.file, hit.file) || dirname(s.file) === ''));
  });
}

/**
 * What overrides a module or class default (`hit`, not a runtime assignment) in production, or undefined: a later
 * assignment in the same class or module, or a safe value (`safe`) production code of the same project (sameProject) sets —
 * when the default is base configuration (isBasePlace: `settings/base.py`, `class Config`). Production code's own value is
 * what deploys (a base's safe value does not undo it), and a module or class of another environment (`settings/staging.py`,
 * `settings/heroku.py`, `class StagingConfig`) is judged on its own. The one rule of debug-mode, cookie-flags, cors-wildcard
 * and default-credentials.
 */
export function overridingSetting(hit: SettingRef, safe: readonly SettingRef[]): SettingRef | undefined {
  const same = safe.filter((s) => s.name === hit.name && !s.runtime);
  const later = same.find((s) => s.file === hit.file && s.className === hit.className && s.start > hit.start);
  if (later) return later;
  if (isProductionPlace(hit) || !isBasePlace(hit)) return undefined;
  return same.find((s) => sameProject(s.file, hit.file) && isProductionPlace(s) && !(s.file === hit.file && s.className === hit.className));
}

/**
 * Local names bound to a JS module (`const x = require('m')`, `import x from 'm'`,
 * `import * as x from 'm'`, `import { default as x } from 'm'`).
 */
export function jsImports(src: Source, modules: readonly string[]): string[] {
  const names = new Set<string>();
  const mods = modules.map((m) => escapeRegExp(m)).join('|');
  const res = [
    new RegExp(`(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*require\\(\\s*['"](?:${mods})['"]\\s*\\)`, 'g'),
    // A declaration chained with commas: `var express = require('express'),\n    cors = require('cors');`.
    new RegExp(`,\\s*([A-Za-z_$][\\w$]*)\\s*=\\s*require\\(\\s*['"](?:${mods})['"]\\s*\\)`, 'g'),
    new RegExp(`import\\s+([A-Za-z_$][\\w$]*)\\s*(?:,\\s*\\{[^}]*\\})?\\s*from\\s*['"](?:${mods})['"]`, 'g'),
    new RegExp(`import\\s+\\*\\s+as\\s+([A-Za-z_$][\\w$]*)\\s+from\\s*['"](?:${mods})['"]`, 'g'),
    new RegExp(`import\\s*\\{\\s*default\\s+as\\s+([A-Za-z_$][\\w$]*)\\s*\\}\\s*from\\s*['"](?:${mods})['"]`, 'g'),
    new RegExp(`import\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*require\\(\\s*['"](?:${mods})['"]\\s*\\)`, 'g'),
  ];
  // Import statements are matched on `code` (module names are strings) but must start in code.
  for (const re of res) for (const m of src.code.matchAll(re)) if (src.bare[m.index] === src.code[m.index]) names.add(m[1]!);
  return [...names];
}

/**
 * Local names of the export `exported` of `modules`, imported by name: `import { cors } from 'hono/cors'`,
 * `import { cors as c, … } from`, `const { cors } = require(…)`.
 */
export function jsNamedImports(src: Source, modules: readonly string[], exported: string): string[] {
  const names = new Set<string>();
  const mods = modules.map((m) => escapeRegExp(m)).join('|');
  const res = [
    new RegExp(`import\\s*(?:[A-Za-z_$][\\w$]*\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*['"](?:${mods})['"]`, 'g'),
    new RegExp(`(?:const|let|var)\\s*\\{([^}]*)\\}\\s*=\\s*require\\(\\s*['"](?:${mods})['"]\\s*\\)`, 'g'),
  ];
  for (const re of res) {
    for (const m of src.code.matchAll(re)) {
      if (src.bare[m.index] !== src.code[m.index]) continue;
      for (const part of m[1]!.split(',')) {
        const b = /^\s*(?:type\s+)?([A-Za-z_$][\w$]*)\s*(?:(?:as|:)\s*([A-Za-z_$][\w$]*))?\s*$/.exec(part);
        if (b && b[1] === exported) names.add(b[2] ?? b[1]);
      }
    }
  }
  return [...names];
}

/** The `{...}` object literal an expression denotes: itself, or a same-file `const name = {...}`. Offsets of the braces. */
export function objectLiteral(src: Source, expr: Arg): { open: number; close: number } | null {
  const t = expr.value.trim();
  if (t.startsWith('{')) {
    const open = expr.start + expr.value.indexOf('{');
    const close = matchBracket(src, open);
    return close > 0 ? { open, close } : null;
  }
  if (!/^[A-Za-z_$][\w$]*$/.test(t)) return null;
  const m = new RegExp(`(?:const|let|var)\\s+${t.replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=\\s*\\{`).exec(src.bare);
  if (!m) return null;
  const open = m.index + m[0].length - 1;
  const close = matchBracket(src, open);
  return close > 0 ? { open, close } : null;
}

/** A JS/TS module file's extension, also written in an import specifier (`./cors.js` naming `cors.ts`). */
const JS_MODULE_EXT = /\.(?:[cm]?[jt]sx?)$/i;

/**
 * A relative module specifier (`./config/cors`, `../config/index.js`) resolved against the folder of `file`, its
 * extension dropped: the key {@link jsModuleKeys} gives the file it names. A package (`cors-config`), an alias
 * (`@/config`) or a path out of the repository is null.
 */
export function jsModuleKey(file: string, spec: string): string | null {
  if (!/^\.\.?(?:\/|$)/.test(spec)) return null;
  return joinPath(dirname(file), spec.replace(JS_MODULE_EXT, ''));
}

/** The keys a JS/TS module file answers to: its path without extension (`.js`, `.ts`, `.mjs`, `.cjs`, `.tsx`…), and its folder for an `index.*`. */
export function jsModuleKeys(file: string): string[] {
  const base = file.replace(JS_MODULE_EXT, '');
  return basename(base) === 'index' ? [base, dirname(base)] : [base];
}

/**
 * Where a value imported from a relative module of the project comes from: the module's key ({@link jsModuleKey}) and
 * the export's name — `default` (`module.exports`, `export default`), a named export (`corsOptions`), or a property
 * of one (`config.cors`). A property of the default export is named by itself (`corsOptions`): to `require`,
 * CommonJS `exports.corsOptions = {…}` and `module.exports = { corsOptions: {…} }` are the same thing.
 */
export interface JsImportRef { module: string; name: string }

const JS_ID = String.raw`[A-Za-z_$][\w$]*`;
/** A quoted relative module specifier: the quote is group 1 of the fragment, the specifier group 2 (shifted by `n` groups before it). */
const relSpec = (n = 0) => `${String.raw`(['"])(\.\.?(?:/[^'"\n]*)?)`}\\${n + 1}`;

/** An export name joined with a property: `default` + `cors` is `cors`, `config` + `cors` is `config.cors`. */
const exportPath = (name: string, prop: string) => (name === 'default' ? prop : `${name}.${prop}`);

/**
 * The relative-module export an expression reads ({@link JsImportRef}), from the file's own import declarations:
 * `require('./m')` (and `.name` after it), a name bound by `const x = require('./m')`, `const { a, b: x } = require('./m')`,
 * `import x from './m'`, `import { a as x } from './m'`, `import * as ns from './m'` (`ns.a`), `import x = require('./m')`,
 * one property read off such a name (`config.cors`), or a `const` holding one of these. Null for anything else
 * (a package's module, `require('cors-config')`, is not followed).
 */
export function jsImportOf(src: Source, expr: string, depth = 0): JsImportRef | null {
  const t = expr.trim().replace(/\s*\.\s*/g, '.');
  const direct = new RegExp(String.raw`^require\(\s*${relSpec()}\s*\)(?:\.(${JS_ID}))?$`).exec(t);
  if (direct) {
    const module = jsModuleKey(src.file, direct[2]!);
    return module === null ? null : { module, name: direct[3] ?? 'default' };
  }
  const m = new RegExp(`^(${JS_ID})(?:\\.(${JS_ID}))?$`).exec(t);
  if (!m) return null;
  const id = m[1]!;
  const prop = m[2];
  const base = jsBinding(src, id);
  if (base) {
    if (base.name === '*') return prop === undefined ? null : { module: base.module, name: prop };
    return prop === undefined ? base : { module: base.module, name: exportPath(base.name, prop) };
  }
  if (depth > 0) return null;
  // `const corsOptions = config.cors;`: the value the name was given.
  const held = new RegExp(String.raw`(?:const|let|var)\s+${escapeRegExp(id)}\s*(?::[^=;]+)?=(?![=>])\s*([^;\n]+)`).exec(src.bare);
  if (!held) return null;
  const start = held.index + held[0].length - held[1]!.length;
  const inner = jsImportOf(src, src.code.slice(start, start + held[1]!.trimEnd().length), depth + 1);
  return inner && prop !== undefined ? { module: inner.module, name: exportPath(inner.name, prop) } : inner;
}

/** What a local name is bound to by an import declaration of a relative module (name `*`: a namespace import), or null. */
function jsBinding(src: Source, id: string): JsImportRef | null {
  const name = escapeRegExp(id);
  const forms: [RegExp, (m: RegExpMatchArray) => string][] = [
    [new RegExp(String.raw`(?:const|let|var)\s+${name}\s*(?::[^=;]+)?=\s*require\(\s*${relSpec()}\s*\)(?:\s*\.\s*(${JS_ID}))?`, 'g'), (m) => m[3] ?? 'default'],
    [new RegExp(String.raw`import\s+${name}\s*=\s*require\(\s*${relSpec()}\s*\)`, 'g'), () => 'default'],
    [new RegExp(String.raw`import\s+${name}\s*(?:,\s*\{[^}]*\})?\s*from\s*${relSpec()}`, 'g'), () => 'default'],
    [new RegExp(String.raw`import\s+(?:${JS_ID}\s*,\s*)?\*\s*as\s+${name}\s+from\s*${relSpec()}`, 'g'), () => '*'],
  ];
  for (const [re, nameOf] of forms) {
    for (const m of src.code.matchAll(re)) {
      if (src.bare[m.index] !== src.code[m.index]) continue;
      const module = jsModuleKey(src.file, m[2]!);
      return module === null ? null : { module, name: nameOf(m) };
    }
  }
  // Named: `import { a as x } from './m'`, `const { a: x } = require('./m')`.
  const named = [
    new RegExp(String.raw`import\s*(?:${JS_ID}\s*,\s*)?\{([^}]*)\}\s*from\s*${relSpec(1)}`, 'g'),
    new RegExp(String.raw`(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\(\s*${relSpec(1)}\s*\)`, 'g'),
  ];
  for (const re of named) {
    for (const m of src.code.matchAll(re)) {
      if (src.bare[m.index] !== src.code[m.index]) continue;
      for (const part of m[1]!.split(',')) {
        const b = /^\s*(?:type\s+)?([A-Za-z_$][\w$]*)\s*(?:(?:as|:)\s*([A-Za-z_$][\w$]*))?\s*$/.exec(part);
        if (!b || (b[2] ?? b[1]) !== id) continue;
        const module = jsModuleKey(src.file, m[3]!);
        return module === null ? null : { module, name: b[1]! };
      }
    }
  }
  return null;
}

/**
 * The object literals a JS/TS module exports, by export name ({@link JsImportRef}): `module.exports = {…}` and
 * `export default {…}` (`default`), `exports.a = {…}`/`module.exports.a = {…}`, `export const a = {…}`,
 * `export { a, b as c }`, each also given as a same-file `const` name; and the object-valued properties of each
 * (`module.exports = { corsOptions: {…} }` exports `corsOptions`, `export const config = { cors: {…} }` `config.cors`).
 */
export function jsExportedObjects(src: Source): { name: string; obj: { open: number; close: number } }[] {
  const out: { name: string; obj: { open: number; close: number } }[] = [];
  const valueAt = (at: number): { open: number; close: number } | null => {
    const id = new RegExp(String.raw`^(?:\{|${JS_ID}(?![\w$.(]))`).exec(src.bare.slice(at, at + 200))?.[0];
    return id ? objectLiteral(src, { name: null, value: id, start: at, end: at + id.length }) : null;
  };
  const add = (name: string, obj: { open: number; close: number } | null) => {
    if (!obj) return;
    out.push({ name, obj });
    for (const p of objectProps(src, obj)) {
      if (p.name === null || !/^[A-Za-z_$][\w$]*$/.test(p.name)) continue;
      const inner = valueAt(p.start);
      if (inner && inner.open !== obj.open) out.push({ name: exportPath(name, p.name), obj: inner });
    }
  };
  for (const m of src.bare.matchAll(/(?<![\w$.])(?:module\s*\.\s*exports\s*=(?![=>])|export\s+default\b)\s*/g)) add('default', valueAt(m.index + m[0].length));
  for (const m of src.bare.matchAll(/(?<![\w$.])(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=(?![=>])\s*/g)) add(m[1]!, valueAt(m.index + m[0].length));
  for (const m of src.bare.matchAll(/(?<![\w$.])export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;]+)?=(?![=>])\s*/g)) add(m[1]!, valueAt(m.index + m[0].length));
  for (const m of src.bare.matchAll(/(?<![\w$.])export\s*\{([^}]*)\}(?!\s*from\b)/g)) {
    for (const part of m[1]!.split(',')) {
      const b = /^\s*([A-Za-z_$][\w$]*)\s*(?:as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part);
      if (b) add(b[2] ?? b[1]!, objectLiteral(src, { name: null, value: b[1]!, start: 0, end: 0 }));
    }
  }
  return out;
}

/**
 * Properties of an object literal (`{ a: 1, 'b': 2 }`). In JavaScript/TypeScript a shorthand property (`{ origin }`) is
 * named by its identifier, which is also its value (a variable: the caller may follow it), and a shorthand method
 * (`origin(o, cb) { … }`, `async origin(…) {…}`) by its name, with its value from its parameter list on (`(o, cb) { … }`,
 * read like `function (o, cb) { … }`). Elsewhere (a Go struct literal) an element without a key has no name.
 */
export function objectProps(src: Source, obj: { open: number; close: number }): Arg[] {
  const props = splitList(src, obj.open + 1, obj.close);
  if (!isJavaScript(src.file)) return props;
  return props.map((p) => {
    if (p.name !== null) return p;
    const bare = src.bare.slice(p.start, p.end);
    if (/^[A-Za-z_$][\w$]*$/.test(bare)) return { ...p, name: bare };
    const m = /^(?:async\s+)?(?:\*\s*)?([A-Za-z_$][\w$]*)\s*(?:<[^<>()]*>\s*)?\(/.exec(bare);
    if (!m) return p;
    const open = p.start + m[0].length - 1;
    const close = matchBracket(src, open);
    // A method has a body: `(…) {` or `(…): Type {`, closed at the property's end.
    if (close < 0 || close >= p.end || src.bare[p.end - 1] !== '}' || !/^\s*(?::[^{]*)?\{/.test(src.bare.slice(close + 1, p.end))) return p;
    return { name: m[1]!, value: src.code.slice(open, p.end), start: open, end: p.end };
  });
}

/**
 * The kustomization files of the deployment (templates and test folders aside) with the literals their
 * `configMapGenerator`/`secretGenerator` entries generate, read once per view for every check that judges them.
 */
export const kustomizeEnv = perView(function kustomizeEnv(snapshot: SnapshotView): { file: string; dev: boolean; literals: KustomizeLiteral[] }[] {
  const out: { file: string; dev: boolean; literals: KustomizeLiteral[] }[] = [];
  for (const file of filesWhere(snapshot.files, isKustomizationFile)) {
    if (isTemplate(file) || isTestFile(file)) continue;
    const yaml = snapshot.yaml(file);
    const text = snapshot.text(file);
    if (yaml && text !== undefined) out.push({ file, dev: isDevOnly(file), literals: kustomizeLiterals(yaml.docs, text) });
  }
  return out;
});

/** A file name that is an env file (`.env`, `app.env`, `secrets.env`, `.env.production`): `KEY=VALUE` lines. */
export const ENV_FILE_NAME = /(?:^|\/)(?:[\w.-]*\.env|\.env(?:\.[\w-]+)?)$/i;

/**
 * A file a kustomization's `configMapGenerator`/`secretGenerator` entry reads: through `envs:` (or the older `env:`), an env
 * file whose `KEY=VALUE` lines become the data (as a compose `env_file` is read, whatever its name), or through `files:`
 * (`[key=]path`), one data key (`key`, else the file's name) holding the whole file.
 * `envLike`: read as `KEY=VALUE` lines (an `envs:` file, or a `files:` key named like an env file, `app.env`); `one`: a
 * `files:` entry that is not env-like and holds one line, the value of its key (`text` without the line break, `column` where
 * it starts past leading blanks); null otherwise.
 */
export interface KustomizeGeneratorFile {
  kustomization: string; dev: boolean; generator: 'configMapGenerator' | 'secretGenerator'; name: string; how: 'envs' | 'files'; key: string; path: string;
  envLike: boolean; one: { text: string; column: number } | null;
}

/** The one value a generator's `files:` entry holds: its single line (see KustomizeGeneratorFile). */
function oneValue(text: string | undefined): { text: string; column: number } | null {
  if (text === undefined || !/^[^\r\n]*(?:\r?\n)?$/.test(text)) return null;
  const one = text.replace(/\r?\n$/, '');
  return { text: one, column: 1 + (one.length - one.trimStart().length) };
}

/** The committed files the deployment's kustomize generators read (see KustomizeGeneratorFile), resolved against their kustomization's folder. */
export const kustomizeGeneratorFiles = perView(function kustomizeGeneratorFiles(snapshot: SnapshotView): KustomizeGeneratorFile[] {
  const out: KustomizeGeneratorFile[] = [];
  for (const k of kustomizeEnv(snapshot)) {
    for (const doc of snapshot.yaml(k.file)?.docs ?? []) {
      if (!isObject(doc.value)) continue;
      for (const generator of ['configMapGenerator', 'secretGenerator'] as const) {
        const entries = doc.value[generator];
        if (!Array.isArray(entries)) continue;
        for (const entry of entries) {
          if (!isObject(entry)) continue;
          const name = typeof entry['name'] === 'string' ? entry['name'] : '?';
          const list = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
          const add = (how: 'envs' | 'files', key: string, rel: string) => {
            const path = /^[a-z][\w+.-]*:\/\/|^\//i.test(rel) ? null : joinPath(dirname(k.file), rel.trim());
            if (!path || !snapshot.has(path) || isTemplate(path) || isTestFile(path)) return;
            const envLike = how === 'envs' || ENV_FILE_NAME.test(key);
            out.push({ kustomization: k.file, dev: k.dev || isDevOnly(path), generator, name, how, key, path, envLike, one: envLike ? null : oneValue(snapshot.text(path)) });
          };
          for (const rel of [...list(entry['envs']), ...list(entry['env'])]) add('envs', '', rel);
          for (const f of list(entry['files'])) {
            const eq = f.indexOf('=');
            const rel = eq > 0 ? f.slice(eq + 1) : f;
            add('files', eq > 0 ? f.slice(0, eq).trim() : basename(rel.trim()), rel);
          }
        }
      }
    }
  }
  return out;
});

/** An environment variable set in deploy configuration. */
export interface ConfigEnv {
  key: string; value: string; file: string; line: number;
  /** The value's column (.env, compose maps, Kubernetes); the entry's for a compose list item or a Dockerfile ENV. */
  column: number;
  /** From a development-only file. */
  dev: boolean;
}

/**
 * Environment variables with literal values set in deploy configuration: `.env` files, compose
 * `environment`, Kubernetes container `env` (a Helm chart template's as its values render it) and ConfigMap `data`, kustomize generator literals, fly.toml `[env]`, render.yaml `envVars` and serverless.yml `environment`,
 * and the final Dockerfile stage's `ENV`; a compose `env_file` whatever its name. Templates and test folders are skipped.
 */
export const configEnv = perView(function configEnv(snapshot: SnapshotView): ConfigEnv[] {
  const out: ConfigEnv[] = [];
  for (const f of snapshot.envFiles()) {
    if (isTemplate(f.path) || isTestFile(f.path)) continue;
    for (const e of f.entries) out.push({ key: e.key, value: e.value, file: f.path, line: e.line, column: e.valueColumn, dev: isDevOnly(f.path) });
  }
  // Compose values once per location, where they are written (an `extends` base or a merge-key anchor
  // serves several services); development-only when every service reaching it is (file or profile).
  const composed = new Map<string, ConfigEnv>();
  for (const cf of snapshot.composeFiles()) {
    if (isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const dev = composeDevOnly(svc) !== null;
      for (const e of composeEnvironment(svc)) {
        if (e.value === null) continue;
        const at = svc.origin(e.path);
        if (isTemplate(at.file) || isTestFile(at.file)) continue;
        const key = `${at.file}:${at.line}:${at.column}`;
        const prev = composed.get(key);
        if (prev) { prev.dev &&= dev || isDevOnly(at.file); continue; }
        composed.set(key, { key: e.key, value: e.value, file: at.file, line: at.line, column: at.column, dev: dev || isDevOnly(at.file) });
      }
      // An `env_file` not named like an env file (cookiecutter-django's `.envs/.production/.django`): read as one.
      for (const p of composeEnvFiles(svc)) {
        const f = isEnvFile(p) || isTemplate(p) || isTestFile(p) ? undefined : snapshot.envFileAt(p);
        for (const e of f?.entries ?? []) {
          const key = `${p}:${e.line}:${e.valueColumn}`;
          const prev = composed.get(key);
          if (prev) { prev.dev &&= dev || isDevOnly(p); continue; }
          composed.set(key, { key: e.key, value: e.value, file: p, line: e.line, column: e.valueColumn, dev: dev || isDevOnly(p) });
        }
      }
    }
  }
  out.push(...composed.values());
  const helm = new Map<string, ConfigEnv>();
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
    for (const e of configMapData(obj)) out.push({ key: e.key, value: e.value, file: obj.file, line: e.line, column: e.column, dev: false });
    for (const e of containerEnv(obj)) out.push({ key: e.name, value: e.value, file: obj.file, line: e.line, column: e.column, dev: false });
    // A Helm chart template's env as its values sets render it (helmContainerEnv), at the values line, once per place: one only the
    // chart's values.yaml alone gives, while production installs the chart with another values file, is development-only.
    for (const { r, env } of helmContainerEnv(snapshot, obj)) {
      for (const e of env) {
        const place = `${e.file}:${e.line}:${e.column}`;
        const dev = isDevOnly(obj.file) || r.supersededBy !== null;
        const prev = helm.get(place);
        if (prev) prev.dev &&= dev;
        else helm.set(place, { key: e.name, value: e.value, file: e.file, line: e.line, column: e.column, dev });
      }
    }
  }
  out.push(...helm.values());
  // What kustomize generates (`configMapGenerator`/`secretGenerator` literals: `- CORS_ALLOWED_ORIGINS=*`), read like a ConfigMap's data.
  for (const k of kustomizeEnv(snapshot)) for (const e of k.literals) out.push({ key: e.key, value: e.value, file: k.file, line: e.line, column: e.column, dev: k.dev });
  for (const e of platformEnv(snapshot)) out.push({ key: e.key, value: e.value, file: e.file, line: e.line, column: e.column, dev: e.dev });
  for (const df of snapshot.dockerfiles()) {
    if (!df.final || isTemplate(df.path) || isTestFile(df.path)) continue;
    // The last ENV of each name: a later `ENV CORS_ORIGINS=https://app.example.com` replaces an inherited `*`.
    for (const e of shippedEnv(df, df.final)) if (e.value !== null) out.push({ key: e.name, value: e.value, file: df.path, line: e.line, column: e.column, dev: devNamedDockerfile(snapshot, df.path) !== null });
  }
  return out;
});

/** The `{` of the object literal whose property starts at `at` (not inside a call's parentheses or a list), or -1. */
export function enclosingObject(src: Source, at: number): number {
  let depth = 0;
  for (let k = at - 1; k >= 0; k--) {
    const c = src.bare[k]!;
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') { if (depth === 0) return c === '{' ? k : -1; depth--; }
  }
  return -1;
}

/** Where a Python project names its dependencies (`requirements/base.txt` too, cookiecutter-django's layout). */
const PYTHON_DEPENDENCY_FILE = /(?:^|\/)(?:requirements(?:[\w.-]*|\/[\w.-]+)\.(?:txt|in)|pyproject\.toml|Pipfile|setup\.(?:py|cfg))$/i;
/** The texts of the repository's Python dependency files (requirements*.txt, pyproject.toml, Pipfile, setup.py/cfg), read once. */
const pythonDependencyTexts = perView((snapshot: SnapshotView): string[] =>
  filesWhere(snapshot.files, (f) => PYTHON_DEPENDENCY_FILE.test(f)).map((f) => snapshot.text(f) ?? ''));
/** Whether one of the project's Python dependency files names `pkg` (a distribution name: `python-decouple`, `dynaconf`). */
export function pythonDependsOn(snapshot: SnapshotView, pkg: string): boolean {
  const word = new RegExp(`(?<![\\w.-])${pkg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`, 'i');
  return pythonDependencyTexts(snapshot).some((t) => word.test(t));
}

/** The settings checks' docs line on Flask config files (`.cfg`). */
export const FLASK_CFG_DOC = 'A Flask config file in Python under Flask\'s own extension (`production.cfg`) is read as a settings module when production code loads it: `app.config.from_pyfile("production.cfg")` (a file of that name in the project), or `app.config.from_envvar("APP_SETTINGS")` with deploy config setting the variable to the file (`ENV APP_SETTINGS=/app/deploy/production.cfg`: the repository file the path ends with); the load names it as production\'s, whatever its name. A `.cfg` nothing loads (or a load only in a development branch, or a variable only development-only config sets), and an INI `.cfg` (`[section]` headers: `setup.cfg`), is not read.';

/**
 * A file that may be a Flask config file written in Python under another extension: `.cfg`, the one Flask's docs give
 * (`app.config.from_pyfile("application.cfg")`, `from_envvar("YOURAPPLICATION_SETTINGS")` naming `/path/to/settings.cfg`), not
 * the INI files of Python's tools (`setup.cfg`, `tox.cfg`…), not a template, test or vendored file. Its scanners read it as
 * Python when its text reads so (readsAsPython); a check judges it only when the project loads it (loadedPyConfigFiles).
 */
export const isPyConfigFile = pathFact((file: string): boolean =>
  /\.cfg$/i.test(file) && !TOOL_CFG.test(basename(file)) && !isTemplate(file) && !isTestFile(file) && !isVendoredOrGenerated(file));
const TOOL_CFG = /^(?:setup|tox|pytest|mypy|flake8|pylint|pylintrc|pep8|pycodestyle|isort|coverage|bumpversion|\.bumpversion|buildout|versioneer|nose|uwsgi|alembic|logging|supervisord|my)\.cfg$/i;

/** Python or a Flask config file in Python (isPyConfigFile): what the Python readers of the settings checks take. */
export const isPythonSource = (file: string): boolean => isPython(file) || isPyConfigFile(file);

/**
 * Whether a `.cfg` file's text is Python, as Flask's `from_pyfile` executes it, rather than INI: no `[section]` header line (which
 * configparser requires and Python settings never hold) and an upper-case assignment (`DEBUG = True`, the only keys Flask keeps).
 */
export function readsAsPython(text: string): boolean {
  return !/^[ \t]*\[[^\]\n]*\][ \t]*(?:[#;].*)?$/m.test(text) && /^[A-Z][A-Z0-9_]*[ \t]*=(?!=)/m.test(text);
}

/**
 * The Flask config files (isPyConfigFile) production code loads: named by an `app.config.from_pyfile("prod.cfg")` (its file name,
 * in the same project — Flask reads it relative to the app's root or instance folder — or the repository's only file of that
 * name), or the file an `app.config.from_envvar("X")`
 * reads: the path deploy configuration (configEnv: the image's `ENV`, compose, Kubernetes…) sets `X` to, as the repository file it
 * ends with (`ENV APP_SETTINGS=/app/deploy/production.cfg` → `deploy/production.cfg`). A load in a development branch, a test,
 * template or development-only module, or a variable set only by development-only config loads nothing production runs.
 * File → the load that reads it (`app.config.from_pyfile("prod.cfg") in app/__init__.py:5`).
 */
export const loadedPyConfigFiles = perView(function loadedPyConfigFiles(snapshot: SnapshotView): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const candidates = filesWhere(snapshot.files, isPyConfigFile);
  if (!candidates.length) return out;
  let env: ConfigEnv[] | undefined;
  const endingIn = (path: string) => {
    const p = path.trim().replace(/^(["'])(.*)\1$/, '$2').replace(/\\/g, '/');
    return candidates.filter((f) => p === f || p.endsWith(`/${f}`));
  };
  for (const file of snapshot.files) {
    if (!isPython(file) || isDevOnly(file) || isTestFile(file) || isTemplate(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (!text || !/from_pyfile|from_envvar/.test(text)) continue;
    const src = scanSource(file, text, 'python');
    for (const c of findCalls(src, /from_pyfile|from_envvar/)) {
      if (!/config\.from_(?:pyfile|envvar)$/.test(c.callee) || inDevBranch(src, c.start)) continue;
      const arg = c.args.find((a) => a.name === null || a.name === 'filename' || a.name === 'variable_name');
      if (!arg) continue;
      const at = `app.config.${c.callee.slice(c.callee.lastIndexOf('.') + 1)}(${arg.value.trim()}) in ${file}:${src.lineAt(c.start)}`;
      if (c.callee.endsWith('from_pyfile')) {
        // The file's name: a literal, or the last literal of a path joined from parts (`os.path.join(root, "prod.cfg")`).
        const name = [...arg.value.matchAll(/(['"])([^'"\n]*\.cfg)\1/gi)].pop()?.[2];
        if (!name) continue;
        const named = candidates.filter((f) => basename(f) === basename(name));
        // (One of the project's folders, else the repository's only file of that name: `os.path.join(root, "..", "deploy", "prod.cfg")`.)
        const hit = named.find((f) => sameProject(f, file)) ?? (named.length === 1 ? named[0] : undefined);
        if (hit && !out.has(hit)) out.set(hit, at);
        continue;
      }
      const key = stringValue(arg.value.trim());
      if (key === null) continue;
      for (const e of (env ??= configEnv(snapshot))) {
        if (e.key !== key || e.dev) continue;
        for (const f of endingIn(e.value)) if (!out.has(f)) out.set(f, `${at} with ${key} set in ${e.file}:${e.line}`);
      }
    }
  }
  return out;
});

/**
 * The scanned files of a settings check with its Flask config files (isPyConfigFile) kept only where production code loads them
 * (loadedPyConfigFiles): an unloaded `.cfg` holding Python is no configuration of the app.
 */
export function loadedPythonScanned<T extends { file: string }>(snapshot: SnapshotView, scanned: readonly T[]): readonly T[] {
  if (!scanned.some((s) => isPyConfigFile(s.file))) return scanned;
  const loaded = loadedPyConfigFiles(snapshot);
  return scanned.filter((s) => !isPyConfigFile(s.file) || loaded.has(s.file));
}
