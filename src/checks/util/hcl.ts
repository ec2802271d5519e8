/**
 * A small reader of Terraform's native syntax (HCL) for what the AWS readers (ecs.ts) need: the `aws_ecs_task_definition`
 * resources of a `.tf` file, their `family`, and their `container_definitions` when written in the file itself —
 * `jsonencode([ { name = "web", image = "nginx:1.27" } ])` (HCL object syntax: `=` or `:`, items on their own lines or
 * separated by commas, `#`, `//` and `/* *\/` comments) or a heredoc holding JSON (`<<EOF`, `<<-DEFINITION`).
 * Values come with their positions in the file. Anything Terraform computes — a reference (`var.image`,
 * `aws_ecr_repository.app.repository_url`), a string with an interpolation (`"${var.repo}:${var.tag}"`), a call, an
 * operator, a conditional, a `for` expression, a heredoc's `${…}`, what a heredoc's `%{ for }`/`%{ if }` directive encloses — is
 * UNKNOWN or set aside, never a literal (a template string's text as written is kept beside: HclValue.template). `$${` and `%%{`, Terraform's escapes
 * of a literal `${` and `%{`, are read as the text they render to.
 */
import { lineColumnAt } from './text.js';

/** A value Terraform computes: not read as a literal. */
export const UNKNOWN: unique symbol = Symbol('unknown');

/** Bounds: the text read, tokens per text, nesting of `{`/`[`. */
const MAX_TEXT = 1_000_000;
const MAX_TOKENS = 200_000;
const MAX_DEPTH = 64;

type Tok =
  | { t: 'nl'; at: number }
  | { t: 'punct'; v: string; at: number }
  | { t: 'ident'; v: string; at: number }
  | { t: 'num'; v: number; at: number }
  /** A quoted string: its value, or null when it is a template (`${…}`, `%{…}`), then with its text as written (`raw`). */
  | { t: 'str'; v: string | null; at: number; raw?: string }
  | { t: 'heredoc'; at: number; body: [number, number] }
  /** `${…}` outside a string (JSON in a heredoc template: `"cpu": ${var.cpu}`). */
  | { t: 'interp'; at: number };

const WORD = /[A-Za-z_][\w-]*/y;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const OPERATOR = /==|!=|<=|>=|=>|&&|\|\||\.\.\./y;
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f' };

/** The quoted string opening at `i`: where it ends (after the quote), its value (null for a template), or null when unterminated. */
export function scanString(text: string, i: number, end: number, depth = 0): { next: number; value: string | null } | null {
  if (depth > MAX_DEPTH) return null;
  let value = '';
  let template = false;
  let j = i + 1;
  while (j < end) {
    const c = text[j]!;
    if (c === '"') return { next: j + 1, value: template ? null : value };
    if (c === '\n') return null;
    if (c === '\\') {
      const e = text[j + 1];
      if (e === 'u' || e === 'U') {
        const n = e === 'u' ? 4 : 8;
        const hex = text.slice(j + 2, j + 2 + n);
        const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === n ? Number.parseInt(hex, 16) : -1;
        if (code < 0 || code > 0x10ffff) return null;
        value += String.fromCodePoint(code);
        j += 2 + n;
        continue;
      }
      if (e === undefined || ESCAPES[e] === undefined) return null;
      value += ESCAPES[e];
      j += 2;
      continue;
    }
    if ((c === '$' || c === '%') && text[j + 1] === c && text[j + 2] === '{') {
      // `$${` and `%%{`: Terraform's escapes of a literal `${` and `%{`.
      value += `${c}{`;
      j += 3;
      continue;
    }
    if ((c === '$' || c === '%') && text[j + 1] === '{') {
      // A template sequence: to its matching brace, strings inside it skipped.
      template = true;
      let braces = 0;
      let k = j + 1;
      for (; k < end; k++) {
        const d = text[k]!;
        if (d === '"') { const s = scanString(text, k, end, depth + 1); if (!s) return null; k = s.next - 1; } else if (d === '{') braces++;
        else if (d === '}' && --braces === 0) break;
      }
      if (k >= end) return null;
      j = k + 1;
      continue;
    }
    value += c;
    j++;
  }
  return null;
}

/** The tokens of `text` from `start` to `end`; null when it cannot be read (an unterminated string or heredoc, too long). */
function lex(text: string, start: number, end: number): Tok[] | null {
  const out: Tok[] = [];
  let i = start;
  while (i < end) {
    if (out.length > MAX_TOKENS) return null;
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\n') { out.push({ t: 'nl', at: i }); i++; continue; }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) { while (i < end && text[i] !== '\n') i++; continue; }
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0 || close >= end) return null;
      for (let k = i; k < close; k++) if (text[k] === '\n') out.push({ t: 'nl', at: k });
      i = close + 2;
      continue;
    }
    if (c === '"') {
      const s = scanString(text, i, end);
      if (!s) return null;
      out.push(s.value === null ? { t: 'str', v: null, at: i, raw: text.slice(i + 1, s.next - 1) } : { t: 'str', v: s.value, at: i });
      i = s.next;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      let depth = 0;
      let k = i + 1;
      for (; k < end; k++) {
        const d = text[k]!;
        if (d === '"') { const s = scanString(text, k, end); if (!s) return null; k = s.next - 1; } else if (d === '{') depth++;
        else if (d === '}' && --depth === 0) break;
      }
      if (k >= end) return null;
      out.push({ t: 'interp', at: i });
      i = k + 1;
      continue;
    }
    const heredoc = c === '<' ? /^<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, Math.min(end, i + 200))) : null;
    if (heredoc) {
      const bodyStart = i + heredoc[0].length;
      let lineStart = bodyStart;
      let close = -1;
      while (lineStart < end) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        if (text.slice(lineStart, lineEnd).trim() === heredoc[2]) { close = lineEnd; break; }
        lineStart = lineEnd + 1;
      }
      if (close < 0) return null;
      out.push({ t: 'heredoc', at: i, body: [bodyStart, lineStart] });
      i = close;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) { out.push({ t: 'ident', v: word[0], at: i }); i += word[0].length; continue; }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(text);
    if (num) { out.push({ t: 'num', v: Number(num[0]), at: i }); i += num[0].length; continue; }
    OPERATOR.lastIndex = i;
    const op = OPERATOR.exec(text);
    const v = op ? op[0] : c;
    out.push({ t: 'punct', v, at: i });
    i += v.length;
  }
  return out;
}

const isPunct = (tok: Tok | undefined, v: string): boolean => tok?.t === 'punct' && tok.v === v;
const OPEN = new Set(['{', '[', '(']);
const CLOSE = new Set(['}', ']', ')']);

type Ctx = 'object' | 'tuple' | 'paren' | 'top';

/** Positions of values (and of keys) by path. */
export type Locs = Map<string, { value: number; key?: number }>;
const pathId = (path: (string | number)[]) => JSON.stringify(path);

/** Reads expressions from tokens: literals, objects and tuples as values, anything computed as UNKNOWN. */
class Reader {
  i = 0;
  depth = 0;
  /** The templates read as whole values (`"${aws_ecr_repository.app.repository_url}:latest"`), as written between their quotes, by path. */
  readonly templates = new Map<string, string>();
  /** `spans`, when given, gets the first and last token offsets of every object and tuple read, by path. */
  constructor(readonly toks: Tok[], readonly locs: Locs, readonly spans?: Map<string, [number, number]>) {}

  private peek(): Tok | undefined { return this.toks[this.i]; }
  private skipNl(): void { while (this.peek()?.t === 'nl') this.i++; }

  /** Whether the expression has ended: the next token ends an item of `ctx`. */
  private atEnd(ctx: Ctx): boolean {
    if (ctx !== 'object') this.skipNl();
    const tok = this.peek();
    if (!tok) return true;
    if (ctx === 'object') return tok.t === 'nl' || isPunct(tok, ',') || isPunct(tok, '}');
    if (ctx === 'tuple') return isPunct(tok, ',') || isPunct(tok, ']');
    if (ctx === 'paren') return isPunct(tok, ')') || isPunct(tok, ',');
    return false;
  }

  /** Past the rest of an expression: to the token that ends an item of `ctx`, brackets balanced. */
  skipExpr(ctx: Ctx): void {
    let depth = 0;
    for (; this.i < this.toks.length; this.i++) {
      const tok = this.toks[this.i]!;
      if (tok.t === 'punct' && OPEN.has(tok.v)) { depth++; continue; }
      if (depth === 0 && (ctx === 'object' ? tok.t === 'nl' || isPunct(tok, ',') : isPunct(tok, ','))) return;
      if (tok.t === 'punct' && CLOSE.has(tok.v)) { if (depth === 0) return; depth--; }
    }
  }

  /** Past a bracketed group opening at the current token. */
  private skipGroup(): void {
    let depth = 0;
    for (; this.i < this.toks.length; this.i++) {
      const tok = this.toks[this.i]!;
      if (tok.t === 'punct' && OPEN.has(tok.v)) depth++;
      else if (tok.t === 'punct' && CLOSE.has(tok.v) && --depth === 0) { this.i++; return; }
    }
  }

  /** One expression of `ctx` at `path`: its value, or UNKNOWN when Terraform computes it. */
  value(path: (string | number)[], ctx: Ctx): unknown {
    if (ctx !== 'object') this.skipNl();
    const tok = this.peek();
    if (!tok) return UNKNOWN;
    let value: unknown = UNKNOWN;
    let template: string | undefined;
    if ((isPunct(tok, '{') || isPunct(tok, '[')) && this.depth < MAX_DEPTH) {
      this.depth++;
      value = isPunct(tok, '{') ? this.object(path) : this.tuple(path);
      this.depth--;
      this.spans?.set(pathId(path), [tok.at, this.toks[this.i - 1]?.at ?? tok.at]);
    } else if (tok.t === 'str') { value = tok.v ?? UNKNOWN; template = tok.raw; this.i++; } else if (tok.t === 'num') { value = tok.v; this.i++; } else if (tok.t === 'ident' && (tok.v === 'true' || tok.v === 'false' || tok.v === 'null')) {
      value = tok.v === 'null' ? null : tok.v === 'true';
      this.i++;
    } else if (tok.t === 'punct' && OPEN.has(tok.v)) this.skipGroup();
    else if (tok.t === 'ident' && isPunct(this.toks[this.i + 1], '(')) {
      this.i++;
      this.skipGroup();
    } else if (tok.t !== 'nl' && !(tok.t === 'punct' && (CLOSE.has(tok.v) || tok.v === ','))) this.i++;
    const id = pathId(path);
    this.locs.set(id, { ...this.locs.get(id), value: tok.at });
    // Only a whole expression is a value: `"a" == var.b ? …`, `{…}[0]` are computed.
    if (!this.atEnd(ctx)) { this.skipExpr(ctx === 'top' ? 'paren' : ctx); return UNKNOWN; }
    if (template !== undefined) this.templates.set(id, template);
    return value;
  }

  private object(path: (string | number)[]): unknown {
    this.i++;
    this.skipNl();
    const first = this.peek();
    if (first?.t === 'ident' && first.v === 'for') { this.i--; this.skipGroup(); return UNKNOWN; }
    const out: Record<string, unknown> = {};
    for (;;) {
      while (this.peek()?.t === 'nl' || isPunct(this.peek(), ',')) this.i++;
      const tok = this.peek();
      if (!tok) return UNKNOWN;
      if (isPunct(tok, '}')) { this.i++; return out; }
      const key = tok.t === 'ident' ? tok.v : tok.t === 'str' ? tok.v : null;
      this.i++;
      if (!isPunct(this.peek(), '=') && !isPunct(this.peek(), ':')) {
        // A key Terraform computes (`(var.name) = …`) or a nested form this does not read: its item is passed over.
        this.i--;
        this.skipExpr('object');
        if (!this.peek()) return UNKNOWN;
        if (isPunct(this.peek(), ')') || isPunct(this.peek(), ']')) return UNKNOWN;
        continue;
      }
      this.i++;
      const at = key !== null && key !== '__proto__' ? [...path, key] : [...path, '\u0000'];
      const v = this.value(at, 'object');
      if (key !== null && key !== '__proto__') {
        out[key] = v;
        const id = pathId(at);
        this.locs.set(id, { value: this.locs.get(id)?.value ?? tok.at, key: tok.at });
      }
    }
  }

  private tuple(path: (string | number)[]): unknown {
    this.i++;
    this.skipNl();
    const first = this.peek();
    if (first?.t === 'ident' && first.v === 'for') { this.i--; this.skipGroup(); return UNKNOWN; }
    const out: unknown[] = [];
    for (;;) {
      this.skipNl();
      const tok = this.peek();
      if (!tok) return UNKNOWN;
      if (isPunct(tok, ']')) { this.i++; return out; }
      out.push(this.value([...path, out.length], 'tuple'));
      this.skipNl();
      if (isPunct(this.peek(), ',')) this.i++;
      else if (!isPunct(this.peek(), ']')) return UNKNOWN;
    }
  }
}

/** A parsed expression with the way back to its positions (the Doc shape the AWS readers take). */
export interface HclValue {
  value: unknown;
  loc(path: (string | number)[], key?: boolean): { line: number; column: number } | null;
  /**
   * Whether the object or list at `path` held a template directive set aside (`%{ for … }…%{ endfor }`, `%{ if … }…%{ endif }`
   * in a heredoc): what is left of it is only part of what Terraform renders. Absent: nothing was set aside.
   */
  partial?(path: (string | number)[]): boolean;
  /**
   * The template string at `path` (a value Terraform computes by interpolation, UNKNOWN in `value`), as written between its quotes
   * (`${aws_ecr_repository.app.repository_url}:latest`); null when the value there is no such string.
   */
  template?(path: (string | number)[]): string | null;
}

/**
 * One `aws_ecs_task_definition` resource of a `.tf` file: its name, literal `family`, and inline container definitions; `unread`
 * when they are a heredoc whose template directives leave nothing to read (at the `container_definitions` argument, and why).
 */
export interface TerraformTaskDefinition { name: string; family: string | null; containers: HclValue | null; unread?: { at: number; why: string } }

function located(text: string, value: unknown, locs: Locs, removed: [number, number][] = [], spans?: Map<string, [number, number]>, templates?: ReadonlyMap<string, string>): HclValue {
  return {
    value,
    ...(templates?.size ? { template: (path: (string | number)[]) => templates.get(pathId(path)) ?? null } : {}),
    loc(path, key) {
      const e = locs.get(pathId(path));
      const at = key ? e?.key ?? e?.value : e?.value;
      return at === undefined ? null : lineColumnAt(text, at);
    },
    ...(removed.length && spans ? {
      partial(path: (string | number)[]) {
        const span = spans.get(pathId(path));
        return !!span && removed.some(([from]) => from > span[0] && from < span[1]);
      },
    } : {}),
  };
}

/**
 * The `aws_ecs_task_definition` resources of a Terraform file. `containers` is the list `container_definitions` holds when
 * written as `jsonencode([…])` or as a heredoc of JSON (with `${…}` interpolations read as UNKNOWN, and `%{…}` directives set
 * aside with all they enclose: heredocJson), else null (`file("containers.json")`, `templatefile(…)`, `var.containers`);
 * `unread` when a heredoc's directives leave nothing to read.
 */
export function terraformTaskDefinitions(text: string): TerraformTaskDefinition[] {
  if (text.length > MAX_TEXT || !text.includes('aws_ecs_task_definition')) return [];
  const toks = lex(text, 0, text.length);
  if (toks) return taskDefinitionsOf(text, toks);
  // The file does not lex (an unclosed heredoc or string, as a work-in-progress `user_data` leaves it): the resource
  // blocks that close before the break are read each on its own (Terraform refuses the file; what it would deploy of
  // those blocks is still what they say).
  const out: TerraformTaskDefinition[] = [];
  const re = /^[ \t]*resource[ \t]+"aws_ecs_task_definition"[ \t]+"[^"\n]{1,200}"[ \t]*\{/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = blockEnd(text, m.index + m[0].length);
    if (end < 0) break;
    const blockToks = lex(text, m.index, end + 1);
    if (blockToks) out.push(...taskDefinitionsOf(text, blockToks));
    re.lastIndex = end + 1;
  }
  return out;
}

/**
 * Where a Terraform file stops being readable: the opening of a heredoc that never closes (`<<EOT` with no `EOT` line), of
 * a quoted string that never closes on its line or of a `/*` comment that never closes; a `}` that closes no `{` opened before it;
 * else the first `{` (a block's, an object's) that is never closed, as Terraform reports an unclosed configuration block. Braces in
 * strings (`"${…}"`), comments and heredocs do not count. Null when every one closes.
 */
export function terraformBreak(text: string): { at: number; why: string } | null {
  if (text.length > MAX_TEXT) return null;
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') { open.push(i); continue; }
    if (c === '}') {
      if (open.pop() === undefined) return { at: i, why: 'a `}` that closes no block or object opened before it' };
      continue;
    }
    const o = opaqueEnd(text, i, text.length);
    if (!o) continue;
    if (o.last >= 0) { i = o.last; continue; }
    return {
      at: i,
      why: o.kind === 'comment' ? 'a `/*` comment that is never closed' : o.kind === 'string' ? 'a quoted string that is not closed on its line'
        : `a heredoc (\`${/^<<-?[A-Za-z_][\w-]*/.exec(text.slice(i, i + 200))![0]}\`) that is never closed: no line holding only its delimiter follows`,
    };
  }
  return open.length ? { at: open[0]!, why: 'a `{` that is never closed (an unclosed configuration block)' } : null;
}

/**
 * What opens at `i` and holds no HCL structure: a quoted string, a `#`/`//` or `/* *\/` comment, a heredoc. `last` is the index
 * where it ends (a line comment: its newline, or `end - 1`), -1 when it never closes; undefined when none opens at `i`. The one
 * place the readers below (terraformBreak, blockEnd, directlyIn) skip what braces inside such text do not count for.
 */
function opaqueEnd(text: string, i: number, end: number): { last: number; kind: 'string' | 'comment' | 'heredoc' } | undefined {
  const c = text[i]!;
  if (c === '"') { const s = scanString(text, i, end); return { last: s ? s.next - 1 : -1, kind: 'string' }; }
  if (c === '#' || (c === '/' && text[i + 1] === '/')) { const nl = text.indexOf('\n', i); return { last: nl === -1 || nl >= end ? end - 1 : nl, kind: 'comment' }; }
  if (c === '/' && text[i + 1] === '*') { const close = text.indexOf('*/', i + 2); return { last: close < 0 ? -1 : close + 1, kind: 'comment' }; }
  if (c === '<' && text[i + 1] === '<') { const last = heredocEnd(text, i); return last === undefined ? undefined : { last, kind: 'heredoc' }; }
  return undefined;
}

function taskDefinitionsOf(text: string, toks: Tok[]): TerraformTaskDefinition[] {
  const out: TerraformTaskDefinition[] = [];
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    if (tok.t === 'punct' && OPEN.has(tok.v)) { depth++; continue; }
    if (tok.t === 'punct' && CLOSE.has(tok.v)) { depth = Math.max(0, depth - 1); continue; }
    const [type, name, open] = [toks[i + 1], toks[i + 2], toks[i + 3]];
    if (depth !== 0 || tok.t !== 'ident' || tok.v !== 'resource' || type?.t !== 'str' || type.v !== 'aws_ecs_task_definition' || name?.t !== 'str' || name.v === null || !isPunct(open, '{')) continue;
    const locs: Locs = new Map();
    const reader = new Reader(toks, locs);
    reader.i = i + 4;
    let family: string | null = null;
    let containers: HclValue | null = null;
    let unread: { at: number; why: string } | undefined;
    // The block's body: `name = expression` lines and nested blocks (passed over).
    for (;;) {
      while (toks[reader.i]?.t === 'nl') reader.i++;
      const t = toks[reader.i];
      if (!t || isPunct(t, '}')) break;
      if (t.t === 'ident' && isPunct(toks[reader.i + 1], '=')) {
        reader.i += 2;
        const v = toks[reader.i];
        if (t.v === 'family' && v?.t === 'str' && v.v !== null) family = v.v;
        else if (t.v === 'container_definitions' && v?.t === 'ident' && v.v === 'jsonencode' && isPunct(toks[reader.i + 1], '(')) {
          reader.i += 2;
          const value = reader.value([], 'paren');
          if (isPunct(toks[reader.i], ')') && Array.isArray(value)) containers = located(text, value, locs, [], undefined, reader.templates);
        } else if (t.v === 'container_definitions' && v?.t === 'heredoc') {
          const h = heredocJson(text, v.body);
          if (h && 'why' in h) unread = { at: t.at, why: h.why };
          else containers = h;
        }
      }
      const before = reader.i;
      reader.skipExpr('object');
      if (reader.i === before) reader.i++;
    }
    i = reader.i;
    out.push({ name: name.v, family, containers, ...(unread ? { unread } : {}) });
  }
  return out;
}

/**
 * Whether a template has a directive (`%{ for … }`, `%{ if … }`): a `%{` not preceded by `%` (`%%{` is Terraform's escape of a
 * literal `%{`, and read left to right `%%%{` is a `%` then that escape).
 */
const hasDirective = (body: string): boolean => /(?:^|[^%])%\{/.test(body);

/** Where the `${…}` or `%{…}` sequence opening at `i` (its `$` or `%`) closes (after its `}`), strings inside it skipped; -1 when it does not. */
export function sequenceEnd(text: string, i: number, end: number): number {
  let braces = 0;
  for (let k = i + 1; k < end; k++) {
    const d = text[k]!;
    if (d === '"') { const s = scanString(text, k, end); if (!s) return -1; k = s.next - 1; } else if (d === '{') braces++;
    else if (d === '}' && --braces === 0) return k + 1;
  }
  return -1;
}

/**
 * A heredoc template's body with its directives set aside: every `%{ for … }…%{ endfor }` and `%{ if … }…%{ else }…%{ endif }`
 * outside quoted strings blanked out, with all it encloses (what Terraform repeats or chooses is never read as a literal), lines
 * and columns kept. The text (the whole file's, the body changed) and the ranges blanked (none when every `%{` is in a string);
 * null when the directives do not pair up.
 * A directive inside a quoted string makes that string a template, which the lexer reads as computed.
 */
function blankDirectives(text: string, start: number, end: number): { text: string; removed: [number, number][] } | null {
  const removed: [number, number][] = [];
  let depth = 0;
  let from = -1;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '"') { const s = scanString(text, i, end); if (!s) return null; i = s.next - 1; continue; }
    if ((c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{') { i += 2; continue; }
    if ((c !== '$' && c !== '%') || text[i + 1] !== '{') continue;
    const close = sequenceEnd(text, i, end);
    if (close < 0) return null;
    if (c === '%') {
      const keyword = /^~?\s*([A-Za-z]+)/.exec(text.slice(i + 2, close - 1))?.[1];
      if (keyword === 'for' || keyword === 'if') { if (depth++ === 0) from = i; }
      else if (keyword === 'endfor' || keyword === 'endif') {
        if (--depth < 0) return null;
        if (depth === 0) removed.push([from, close]);
      } else if (keyword !== 'else' || depth === 0) return null;
    }
    i = close - 1;
  }
  if (depth !== 0) return null;
  let out = text.slice(0, start);
  let at = start;
  for (const [a, b] of removed) { out += text.slice(at, a) + text.slice(a, b).replace(/[^\r\n]/g, ' '); at = b; }
  return { text: out + text.slice(at), removed };
}

/**
 * A heredoc's JSON list, located in the file; null when it is not one. A heredoc with template directives (`%{ for … }`,
 * `%{ if … }`; `%%{` is a literal `%{`) is read with them set aside (blankDirectives): the literal containers and values around
 * them; `why` when nothing is left to read that way.
 */
function heredocJson(text: string, [start, end]: [number, number]): HclValue | { why: string } | null {
  let source = text;
  let removed: [number, number][] = [];
  if (hasDirective(text.slice(start, end))) {
    const blanked = blankDirectives(text, start, end);
    if (!blanked) return { why: 'its template directives (`%{ for … }`, `%{ if … }`) do not pair up' };
    ({ text: source, removed } = blanked);
  }
  const toks = lex(source, start, end);
  const unread = removed.length ? { why: 'with its template directives (`%{ for … }`, `%{ if … }`) set aside, no container definition is left to read' } : null;
  if (!toks) return unread;
  const locs: Locs = new Map();
  const spans = new Map<string, [number, number]>();
  const reader = new Reader(toks, locs, spans);
  const value = reader.value([], 'top');
  while (toks[reader.i]?.t === 'nl') reader.i++;
  if (!Array.isArray(value) || reader.i < toks.length) return unread;
  if (unread && !value.some((c) => typeof c === 'object' && c !== null && !Array.isArray(c))) return unread;
  return located(text, value, locs, removed, spans, reader.templates);
}

/** A top-level block of a Terraform file: its labels (`variable "ssl_policy"` → ['ssl_policy']) and its body's bounds in the text. */
export interface HclBlock { labels: string[]; start: number; end: number }

/**
 * The index of the last character of the heredoc (`<<EOT`, `<<-EOT` … `EOT`) that starts at `i`: -1 when it is not closed,
 * undefined when no heredoc starts there.
 */
function heredocEnd(text: string, i: number): number | undefined {
  const h = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
  if (!h) return undefined;
  const close = new RegExp(`^[ \\t]*${h[1]}[ \\t]*\\r?$`, 'm').exec(text.slice(i + h[0].length));
  return close ? i + h[0].length + close.index + close[0].length - 1 : -1;
}

/** Where the block whose body starts at `from` closes (its `}`), strings, comments and heredocs skipped; -1 when it does not. */
function blockEnd(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const o = opaqueEnd(text, i, text.length);
    if (o) { if (o.last < 0) return -1; i = o.last; continue; }
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level blocks of a type (`variable`, `module`, `resource`) a Terraform file declares, in order. */
export function hclBlocks(text: string, type: string): HclBlock[] {
  if (text.length > MAX_TEXT || !text.includes(type)) return [];
  const out: HclBlock[] = [];
  const re = new RegExp(`^[ \\t]*${type}((?:[ \\t]+"[^"\\n]{1,200}")*)[ \\t]*\\{`, 'gm');
  // Where the walk between blocks has reached: a header inside a `/* … */` comment (a resource commented out whole) is no block.
  let walked = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let inside = -1;
    for (let i = walked; i < m.index; i++) {
      const o = opaqueEnd(text, i, text.length);
      if (!o) continue;
      // A comment (or string) that never closes runs to the end: nothing after it is a block.
      if (o.last < 0) return out;
      if (o.last >= m.index) { inside = o.last; break; }
      i = o.last;
    }
    if (inside >= 0) { walked = inside + 1; re.lastIndex = inside + 1; continue; }
    walked = m.index;
    const start = m.index + m[0].length;
    const end = blockEnd(text, start);
    if (end < 0) break;
    out.push({ labels: [...m[1]!.matchAll(/"([^"\n]*)"/g)].map((l) => l[1]!), start, end });
    re.lastIndex = end + 1;
    walked = end + 1;
  }
  return out;
}

/**
 * Whether `index` (the start of a line's text) is directly in a block's body: every block opened before it within the body is
 * closed again. Strings, comments and heredocs (`user_data = <<EOT` holding a shell `{`) are passed over; a place inside one is not.
 */
function directlyIn(text: string, block: HclBlock, index: number): boolean {
  let depth = 0;
  let i = block.start;
  for (; i < index; i++) {
    const o = opaqueEnd(text, i, block.end);
    if (o) {
      // A string left open stops the walk where it opens; a comment or heredoc left open runs to the body's end.
      if (o.last < 0 && o.kind === 'string') break;
      i = o.last < 0 ? block.end : o.last;
      continue;
    }
    const c = text[i];
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
  }
  return depth === 0 && i <= index;
}

/**
 * The nested blocks of a type written directly in a block's body, in order (`environment { … }` in an `aws_lambda_function`,
 * each `setting { … }` of an `aws_elastic_beanstalk_environment`); a `dynamic "setting"` block is another type and not among them.
 */
export function hclNestedBlocks(text: string, block: HclBlock, type: string): HclBlock[] {
  const out: HclBlock[] = [];
  const re = new RegExp(`^[ \\t]*${type}((?:[ \\t]+"[^"\\n]{1,200}")*)[ \\t]*\\{`, 'gm');
  re.lastIndex = block.start;
  for (let m = re.exec(text); m !== null && m.index < block.end; m = re.exec(text)) {
    if (!directlyIn(text, block, m.index)) continue;
    const start = m.index + m[0].length;
    const end = blockEnd(text, start);
    if (end < 0 || end > block.end) break;
    out.push({ labels: [...m[1]!.matchAll(/"([^"\n]*)"/g)].map((l) => l[1]!), start, end });
    re.lastIndex = end + 1;
  }
  return out;
}

/**
 * An argument written directly in a block's body (`default = "…"`, `source = "../modules/alb"`), nested blocks passed over:
 * its literal string value (null when Terraform computes it) and where the value starts; undefined when the body does not set it.
 */
export function hclAttribute(text: string, block: HclBlock, name: string): { value: string | null; at: number } | undefined {
  // A one-line block holds its one argument after the `{` (`variable "tag" { default = "1.2.3" }`).
  const inline = new RegExp(`[ \\t]*${name}[ \\t]*=[ \\t]*`, 'y');
  inline.lastIndex = block.start;
  const one = text[block.start - 1] === '{' && !text.slice(block.start, block.end).includes('\n') ? inline.exec(text) : null;
  if (one) {
    const at = block.start + one[0].length;
    if (text[at] !== '"') return { value: null, at };
    const s = scanString(text, at, block.end);
    return { value: s && s.next <= block.end && /^[ \t]*$/.test(text.slice(s.next, block.end)) ? s.value : null, at };
  }
  const re = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*`, 'gm');
  re.lastIndex = block.start;
  for (let m = re.exec(text); m !== null && m.index < block.end; m = re.exec(text)) {
    if (!directlyIn(text, block, m.index)) continue;
    const at = m.index + m[0].length;
    if (text[at] !== '"') return { value: null, at };
    const s = scanString(text, at, block.end);
    // A whole literal: nothing but a comment after it on the line.
    const rest = s ? text.slice(s.next, text.indexOf('\n', s.next) < 0 ? text.length : text.indexOf('\n', s.next)) : '';
    return { value: s && /^[ \t]*(?:(?:#|\/\/).*)?\r?$/.test(rest) ? s.value : null, at };
  }
  return undefined;
}

/**
 * The body of an object an argument is written as (`inputs = { … }` in a Terragrunt configuration), as a block's: the readers of a
 * block's arguments read its entries (an object's `key = value` lines are a body's arguments). Undefined when the argument is not
 * written as an object (`inputs = merge(…)`) or its `{` does not close.
 */
export function hclObjectBody(text: string, block: HclBlock, name: string): HclBlock | undefined {
  const attr = hclAttribute(text, block, name);
  if (!attr || text[attr.at] !== '{') return undefined;
  const end = blockEnd(text, attr.at + 1);
  return end < 0 || end > block.end ? undefined : { labels: [], start: attr.at + 1, end };
}

/**
 * The value of an argument written directly in a block's body (hclAttribute), read as an expression: objects and lists as
 * values (`https_listeners = [{ port = 443, ssl_policy = "…" }]`), anything Terraform computes as UNKNOWN; undefined when the
 * body does not set it or it cannot be read.
 */
export function hclArgument(text: string, block: HclBlock, name: string): HclValue | undefined {
  const attr = hclAttribute(text, block, name);
  if (!attr) return undefined;
  const toks = lex(text, attr.at, block.end);
  if (!toks) return undefined;
  const locs: Locs = new Map();
  const reader = new Reader(toks, locs);
  const value = reader.value([], 'object');
  return located(text, value, locs, [], undefined, reader.templates);
}

/** A part of a template string: literal text (Terraform's `$${` and `%%{` escapes read as `${` and `%{`), or an interpolation's expression. */
export type TemplatePart = { text: string } | { expr: string };

/**
 * The parts of a template string as written between its quotes (HclValue.template): literal text and `${…}` interpolations (their
 * expressions trimmed, `~` strip markers left out); null when it holds a directive (`%{ if … }`), an escape sequence or an
 * interpolation that does not close.
 */
export function templateParts(raw: string): TemplatePart[] | null {
  const out: TemplatePart[] = [];
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') return null;
    if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') { text += `${c}{`; i += 2; continue; }
    if (c === '%' && raw[i + 1] === '{') return null;
    if (c !== '$' || raw[i + 1] !== '{') { text += c; continue; }
    const close = sequenceEnd(raw, i, raw.length);
    if (close < 0) return null;
    if (text) out.push({ text });
    text = '';
    out.push({ expr: raw.slice(i + 2, close - 1).replace(/^~/, '').replace(/~$/, '').trim() });
    i = close - 1;
  }
  if (text) out.push({ text });
  return out;
}

/**
 * Whether a nested block (`name`, directly in a block named `parent`) refers to a stored secret or setting rather than holding a
 * value: a reference block (`*_ref`: Cloud Run's `value_source { secret_key_ref { secret, version } }`, the Kubernetes provider's
 * `value_from { secret_key_ref { name, key } }`, `env_from { secret_ref { name } }`, `config_map_key_ref`), Cloud Functions'
 * `secret_environment_variables { key, secret, version }` and `secret_volumes`, and a volume's `secret` block (Cloud Run's
 * `volumes { secret { secret, items { version, path } } }`, the Kubernetes provider's `volume { secret { secret_name } }`).
 */
const isReferenceBlock = (name: string, parent: string | null | undefined): boolean =>
  /_ref$/.test(name) || /^secret_(?:environment_variables|volumes)$/.test(name) || (name === 'secret' && (parent === 'volumes' || parent === 'volume'));

/**
 * The lines (1-based) of a Terraform file inside a reference block (isReferenceBlock), at any depth below it: their arguments name
 * a secret, its key or its version (`secret = "db-password"`, `version = "latest"`), never a value. Strings, comments and heredocs
 * are passed over; none when the text is too large to read.
 */
export function hclReferenceLines(text: string): Set<number> {
  const out = new Set<number>();
  if (text.length > MAX_TEXT || !/_ref\b|secret/.test(text)) return out;
  // The open blocks (their type; null for an object, list or call) and how many of them are reference blocks.
  const stack: { name: string | null; ref: boolean }[] = [];
  let refs = 0;
  let line = 1;
  let lineStart = 0;
  const newline = (k: number) => { line++; lineStart = k + 1; if (refs) out.add(line); };
  for (let i = 0; i < text.length; i++) {
    const o = opaqueEnd(text, i, text.length);
    if (o) {
      if (o.last < 0) break;
      for (let k = text.indexOf('\n', i); k >= 0 && k <= o.last; k = text.indexOf('\n', k + 1)) newline(k);
      i = o.last;
      continue;
    }
    const c = text[i];
    if (c === '\n') newline(i);
    else if (c === '{' || c === '[' || c === '(') {
      // A nested block's header: its type (and labels) alone before the `{` on its line.
      const name = c === '{' ? /^[ \t]*([A-Za-z_][\w-]*)(?:[ \t]+"[^"\n]*")*[ \t]*$/.exec(text.slice(lineStart, i))?.[1] ?? null : null;
      const ref = name !== null && isReferenceBlock(name, stack.at(-1)?.name);
      stack.push({ name, ref });
      if (ref) refs++;
    } else if (c === '}' || c === ']' || c === ')') {
      if (stack.pop()?.ref) refs--;
    }
  }
  return out;
}
