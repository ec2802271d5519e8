/**
 * Elixir (Mix) configuration files and the environments their statements apply in: `config/config.exs` (every
 * environment), `config/<env>.exs` (that one, also `prod.secret.exs`, which `prod.exs` imports), and the runtime
 * configuration, `config/runtime.exs` (`config/releases.exs` before Elixir 1.11), which every environment runs at boot:
 * what its `if config_env() == :prod do … end` block sets is production's (Phoenix 1.6+ keeps the production endpoint
 * there), what a `:dev`/`:test` block sets is development's, and what sits outside any such block applies everywhere.
 * Not a parser: `do`/`fn` … `end` pairs are read on the comment- and string-free text.
 */
import { basename, DEV_WORD } from '../../repo/classify.js';
import type { Source } from './code.js';

/** A set of Mix environments: the names in it, or (`not`) every environment but those (plain data: scan results cross threads). */
export interface EnvSet { readonly not: boolean; readonly names: readonly string[] }

export const ALL_ENVS: EnvSet = { not: true, names: [] };
const NO_ENVS: EnvSet = { not: false, names: [] };
const only = (names: Iterable<string>): EnvSet => ({ not: false, names: [...new Set(names)] });
const allBut = (names: Iterable<string>): EnvSet => ({ not: true, names: [...new Set(names)] });

function intersect(a: EnvSet, b: EnvSet): EnvSet {
  if (!a.not && !b.not) return only(a.names.filter((n) => b.names.includes(n)));
  if (!a.not) return only(a.names.filter((n) => !b.names.includes(n)));
  if (!b.not) return only(b.names.filter((n) => !a.names.includes(n)));
  return allBut([...a.names, ...b.names]);
}
function union(a: EnvSet, b: EnvSet): EnvSet {
  if (!a.not && !b.not) return only([...a.names, ...b.names]);
  if (!a.not) return allBut(b.names.filter((n) => !a.names.includes(n)));
  if (!b.not) return union(b, a);
  return allBut(a.names.filter((n) => b.names.includes(n)));
}
const complement = (a: EnvSet): EnvSet => ({ not: !a.not, names: a.names });

/**
 * Whether a set holds an environment that deploys: a name that is not development or tests (`prod`, `staging`), or,
 * for "every environment but …", production itself (`config_env() != :prod` is read as development and tests).
 */
export function deploysIn(s: EnvSet): boolean {
  return s.not ? !s.names.includes('prod') : s.names.some((n) => !DEV_WORD.test(n));
}

/** What an Elixir configuration file is: null for any other file. */
export interface ElixirConfigFile {
  /** `base`: `config.exs`; `env`: an environment's own file; `runtime`: `runtime.exs`/`releases.exs`. */
  kind: 'base' | 'env' | 'runtime';
  /** The environments the file is loaded in. */
  envs: EnvSet;
  /** Load order within its folder: `config.exs` 0, an environment's file 1 (imported at the end of `config.exs`), runtime 2. */
  rank: number;
}

const CONFIG_EXS = /(?:^|\/)config\/([\w-]+)(\.secret)?\.exs$/;

/**
 * An Elixir configuration file by name (`config/config.exs`, `config/prod.exs`, `config/prod.secret.exs`, `config/runtime.exs`,
 * `config/releases.exs`; in an umbrella app's folder too), or null.
 */
export function elixirConfigFile(file: string): ElixirConfigFile | null {
  const m = CONFIG_EXS.exec(file);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  if (!m[2] && name === 'config') return { kind: 'base', envs: ALL_ENVS, rank: 0 };
  if (!m[2] && (name === 'runtime' || name === 'releases')) return { kind: 'runtime', envs: ALL_ENVS, rank: 2 };
  return { kind: 'env', envs: only([name]), rank: 1 };
}

/** `config_env()` (also `Config.config_env()`) and the older `Mix.env()`/`Mix.env`: the environment being configured. */
const ENV_EXPR = String.raw`(?:(?:Config\.)?config_env\(\s*\)|Mix\.env(?:\(\s*\))?)`;
const ATOM = String.raw`:([a-z_]\w*)`;
const ATOM_LIST = String.raw`\[\s*((?::[a-z_]\w*\s*,\s*)*:[a-z_]\w*)\s*,?\s*\]`;
const EQ = new RegExp(String.raw`^(?:${ENV_EXPR}\s*(===?|!==?)\s*${ATOM}|${ATOM}\s*(===?|!==?)\s*${ENV_EXPR})$`);
const IN = new RegExp(String.raw`^${ENV_EXPR}\s+(not\s+in|in)\s+${ATOM_LIST}$`);
const HAS_ENV = new RegExp(ENV_EXPR);

/** What a condition allows: the environments where it may hold (`upper`) and those where it surely holds (`lower`). */
interface Bounds { upper: EnvSet; lower: EnvSet }
const UNKNOWN: Bounds = { upper: ALL_ENVS, lower: NO_ENVS };

/** `s` split at a top-level binary operator (outside brackets), or null when it has none. */
function splitTop(s: string, op: RegExp): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0) {
      op.lastIndex = i;
      const m = op.exec(s);
      if (m) { parts.push(s.slice(from, i)); from = i + m[0].length; i = from - 1; }
    }
  }
  if (!parts.length) return null;
  parts.push(s.slice(from));
  return parts;
}

function unwrap(s: string): string {
  let t = s.trim();
  for (let guard = 0; guard < 8 && t.startsWith('(') && t.endsWith(')'); guard++) {
    let depth = 0;
    let closesAtEnd = true;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '(') depth++;
      else if (t[i] === ')' && --depth === 0 && i < t.length - 1) { closesAtEnd = false; break; }
    }
    if (!closesAtEnd) break;
    t = t.slice(1, -1).trim();
  }
  return t;
}

/** The environments a condition allows (`config_env() == :prod`, `in [:dev, :test]`, `!=`, `and`/`or`/`not`); anything else may hold anywhere. */
function condBounds(cond: string, depth = 0): Bounds {
  const s = unwrap(cond);
  if (depth > 8 || !HAS_ENV.test(s)) return UNKNOWN;
  const ors = splitTop(s, /\s+or\s+|\s*\|\|\s*/y);
  if (ors) {
    return ors.map((p) => condBounds(p, depth + 1)).reduce((a, b) => ({ upper: union(a.upper, b.upper), lower: union(a.lower, b.lower) }));
  }
  const ands = splitTop(s, /\s+and\s+|\s*&&\s*/y);
  if (ands) {
    return ands.map((p) => condBounds(p, depth + 1)).reduce((a, b) => ({ upper: intersect(a.upper, b.upper), lower: intersect(a.lower, b.lower) }));
  }
  const neg = /^(?:not\s+|!\s*)([^]*)$/.exec(s);
  if (neg) { const b = condBounds(neg[1]!, depth + 1); return { upper: complement(b.lower), lower: complement(b.upper) }; }
  const eq = EQ.exec(s);
  if (eq) {
    const op = eq[1] ?? eq[4]!;
    const set = only([eq[2] ?? eq[3]!]);
    const exact = op.startsWith('!') ? complement(set) : set;
    return { upper: exact, lower: exact };
  }
  const inList = IN.exec(s);
  if (inList) {
    const set = only([...inList[2]!.matchAll(/:([a-z_]\w*)/g)].map((a) => a[1]!));
    const exact = /^not/.test(inList[1]!) ? complement(set) : set;
    return { upper: exact, lower: exact };
  }
  return UNKNOWN;
}

/** A `do … end` block: its header (`if config_env() == :prod`), where its body starts and ends, and its `else` (-1: none). */
interface Block {
  header: string; open: number; close: number; elseAt: number; clauses: { at: number; pattern: string }[];
  /** The `if`/`unless` header as read, and its condition's bounds: computed once, on first use (elixirEnvAt). */
  ifHeader?: RegExpExecArray | null; bounds?: ReturnType<typeof condBounds>;
  /** The innermost block around it; and, once asked (elixirEnvAt), how the blocks around it narrow where it applies. */
  parent: Block | null; outer?: { envs: EnvSet; conditions: string[] };
}

const blocksMemo = new WeakMap<Source, Block[]>();
/** `do`, `fn`, `else`, `end` as keywords (not `do:`, `:end`, `x.end`, `ends`). */
const KEYWORD = /(?<![\w.:@?!])(do|fn|else|end)(?![\w?!:])/g;
const MAX_BLOCKS = 2_000;

/** The `do … end` blocks of a source (a `fn … end` is paired too, so that its `end` does not close a block). */
function blocks(src: Source): Block[] {
  const memo = blocksMemo.get(src);
  if (memo) return memo;
  const out: Block[] = [];
  const stack: (Block | null)[] = [];
  const open: Block[] = [];
  const bare = src.bare;
  for (const m of bare.matchAll(KEYWORD)) {
    if (out.length >= MAX_BLOCKS) break;
    const word = m[1]!;
    if (word === 'fn') stack.push(null);
    else if (word === 'do') {
      const block: Block = { header: headerBefore(bare, m.index), open: m.index + 2, close: bare.length, elseAt: -1, clauses: [], parent: open.at(-1) ?? null };
      out.push(block);
      stack.push(block);
      open.push(block);
    } else if (word === 'else') {
      const top = stack.at(-1);
      if (top && top.elseAt < 0) top.elseAt = m.index;
    } else {
      const top = stack.pop();
      if (top) { top.close = m.index; open.pop(); }
    }
  }
  // The clauses of `case config_env() do`: `:prod ->`, `_ ->`, each at the start of its line.
  // A clause belongs to the innermost block around it, and counts where that block is a `case`: one walk over the blocks'
  // opens and closes and the clause lines, in text order (review B1: each case block searched its whole body, nested ones
  // included, and compared each clause with every block).
  if (out.some((b) => /\bcase\b/.test(b.header))) {
    const events: { at: number; kind: 0 | 1 | 2; block?: Block; pattern?: string }[] = [];
    for (const b of out) events.push({ at: b.open, kind: 1, block: b }, { at: b.close, kind: 0, block: b });
    for (const c of bare.matchAll(/^[ \t]*(:[a-z_]\w*|_\w*|[a-z]\w*)[ \t]*->/gm)) events.push({ at: c.index, kind: 2, pattern: c[1]! });
    // At one position a block closes before another opens, and a clause is read inside what is open there.
    events.sort((x, y) => x.at - y.at || x.kind - y.kind);
    const open: Block[] = [];
    for (const e of events) {
      if (e.kind === 1) open.push(e.block!);
      else if (e.kind === 0) { const i = open.lastIndexOf(e.block!); if (i >= 0) open.splice(i, 1); }
      else {
        const top = open.at(-1);
        if (top && /\bcase\b/.test(top.header) && e.at >= top.open) top.clauses.push({ at: e.at, pattern: e.pattern! });
      }
    }
  }
  blocksMemo.set(src, out);
  return out;
}

const HEADER_MAX = 512;
/** The statement before a `do` at `at`: its line, with the lines it continues (a condition broken after `and`, `or`, `(`, `,`). */
function headerBefore(bare: string, at: number): string {
  let start = bare.lastIndexOf('\n', at - 1) + 1;
  for (let guard = 0; guard < 4 && start > 0; guard++) {
    const prevStart = bare.lastIndexOf('\n', start - 2) + 1;
    const prev = bare.slice(prevStart, start - 1).trimEnd();
    if (!/(?:\band|\bor|&&|\|\||[(,]|==|!=|\bin|\bnot)$/.test(prev)) break;
    start = prevStart;
  }
  // At most HEADER_MAX characters before the `do` (review B1: thousands of `do` on one line copied it for each).
  return bare.slice(Math.max(start, at - HEADER_MAX), at).replace(/\s+/g, ' ').trim();
}

/** `if <condition>` (`x = if …` too) and `unless`; `case config_env()`. */
const IF_HEADER = /^(?:[\w.]+\s*=\s*)?(if|unless)\s+([^]+)$/;
const CASE_HEADER = new RegExp(String.raw`^(?:[\w.]+\s*=\s*)?case\s+${ENV_EXPR}$`);

/** Where a statement applies: the environments, and the conditions on the environment around it, as written (innermost last). */
export interface ElixirEnvScope { envs: EnvSet; conditions: string[] }

/**
 * The environments the statement at `at` applies in: those of its file (`fileEnvs`), narrowed by each `if`/`unless`
 * on the environment around it (its `else` part by the opposite), and by the clause of a `case config_env() do` it is in.
 */
export function elixirEnvAt(src: Source, at: number, fileEnvs: EnvSet = ALL_ENVS): ElixirEnvScope {
  const all = blocks(src);
  // The innermost block around `at`: the last one opened before it, or the one of its enclosing blocks still open there
  // (review B1: every statement walked every block of the file). Each block's enclosing narrowing is computed once.
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (all[mid]!.open <= at) lo = mid + 1; else hi = mid - 1; }
  let b: Block | null = hi >= 0 ? all[hi]! : null;
  while (b && !(b.open <= at && at < b.close)) b = b.parent;
  if (!b) return { envs: fileEnvs, conditions: [] };
  const own = narrowing(b, at);
  const outer = outerScope(b);
  return { envs: intersect(fileEnvs, own ? intersect(outer.envs, own.envs) : outer.envs), conditions: own ? [...outer.conditions, own.condition] : outer.conditions };
}

/** How the blocks around `b` narrow where its text applies (outermost first), computed once per block, outward in. */
function outerScope(b: Block): { envs: EnvSet; conditions: string[] } {
  const chain: Block[] = [];
  for (let x: Block | null = b; x && !x.outer; x = x.parent) chain.push(x);
  for (const x of chain.reverse()) {
    const p = x.parent;
    if (!p) { x.outer = { envs: ALL_ENVS, conditions: [] }; continue; }
    const base = p.outer!;
    const n = narrowing(p, x.open);
    x.outer = n ? { envs: intersect(base.envs, n.envs), conditions: [...base.conditions, n.condition] } : base;
  }
  return b.outer!;
}

/** How block `b` narrows where the text at `at` inside it applies: its `if`/`unless` condition (the opposite in its `else`), or its `case` clause. */
function narrowing(b: Block, at: number): { envs: EnvSet; condition: string } | null {
  const cond = b.ifHeader === undefined ? (b.ifHeader = IF_HEADER.exec(b.header)) : b.ifHeader;
  if (cond) {
    // Each block's condition read once.
    const bounds = b.bounds ??= condBounds(cond[2]!);
    if (bounds === UNKNOWN) return null;
    const inElse = b.elseAt >= 0 && at > b.elseAt;
    const positive = (cond[1] === 'if') !== inElse;
    return { envs: positive ? bounds.upper : complement(bounds.lower), condition: `${inElse ? 'the else of ' : ''}${b.header}` };
  }
  if (!CASE_HEADER.test(b.header) || !b.clauses.length) return null;
  const clause = b.clauses.filter((c) => c.at <= at).at(-1);
  if (!clause) return null;
  const earlier = b.clauses.filter((c) => c.at < clause.at && c.pattern.startsWith(':')).map((c) => c.pattern.slice(1));
  return { envs: clause.pattern.startsWith(':') ? only([clause.pattern.slice(1)]) : complement(only(earlier)), condition: `${b.header}, ${clause.pattern} ->` };
}

/** Whether `a` covers every deploying environment of `b` (what `b` applies in that deploys, `a` applies in too). */
export function coversDeployed(a: EnvSet, b: EnvSet): boolean {
  return !deploysIn(intersect(b, complement(a)));
}

/** The file's name in its `config/` folder, for messages (`config/runtime.exs`). */
export const configName = (file: string): string => `config/${basename(file)}`;
