/**
 * A small nginx configuration parser following nginx's own lexer rules: words and quoted strings
 * (with escapes), `;` ends a directive, `{ … }` opens a block, `#` starts a comment only at the
 * start of a token, and `${VAR}` stays inside a word (nginx variables and envsubst templates).
 * Never throws: unbalanced braces close at the end of the file (and are reported as a problem when asked, as
 * `nginx -t` refuses them).
 */

export interface NginxArg {
  /** The value with quotes removed and escapes resolved. */
  value: string;
  /** The token as written. */
  raw: string;
  line: number;
  column: number;
}

export interface NginxDirective {
  name: string;
  args: NginxArg[];
  line: number;
  column: number;
  /** Directives inside `{ … }`; undefined for simple directives. */
  block?: NginxDirective[];
  /** Names of the enclosing blocks, outermost first (`['http', 'server', 'location']`). */
  context: string[];
  /** The block directive this one is in (`location ~* \.woff2$ { … }`), if any. */
  parent?: NginxDirective;
}

/** Text that has nginx directives: a block (`server {`, `http {`, `location / {`…) or a directive only nginx writes so. */
export const NGINX_DIRECTIVES = /^\s*(server|http|location|upstream|events)\b[^{;\n]*\{|^\s*(listen|server_name|ssl_protocols|add_header|proxy_pass|ssl_certificate)\s/m;

interface Token { value: string; raw: string; line: number; column: number; quoted: boolean; tag?: boolean }

/**
 * The first index of `needle` at or after `from` in `text`, or -1: the last answer is kept, so calls whose `from` only grows
 * (a tokenizer going left to right) search each stretch of the text once (a run of `{%` without its `%}` stays linear).
 */
function finder(text: string, needle: string): (from: number) => number {
  let from = -1;
  let at = -1;
  return (f) => {
    if (from < 0 || f < from || (at >= 0 && at < f)) at = text.indexOf(needle, f);
    from = f;
    return at;
  };
}

/** How far a Terraform interpolation with braces inside is read for its closing brace (a longer one is no tag: read as written). */
const MAX_TERRAFORM_TAG = 400;

/**
 * A Go/Jinja/ERB template tag reader for `text`: `(i)` is the end of the tag starting at `i` (after the closing delimiter), or -1.
 * Each closing delimiter is searched for once however many tags open before it (a line of unclosed `{%` stays linear); also
 * read for systemd unit templates (checks/util/commands.ts).
 * A `{{ … }}` tag (`{{ .Values.host }}`, `{{- range … }}`, gomplate's `{{ .Env.X }}`, confd's `{{ getv "/k" }}`), and Jinja's
 * statements and comments (`{% if … %}`, `{# … #}`) on one line (nginx's own `{#` is a block opening followed by a comment;
 * a Jinja or ERB comment across lines is blanked first: blankTemplateComments). With `terraform` (a template Terraform's
 * `templatefile()` renders: {@link templateSyntax}), its interpolations and directives on one line too (`${domain}`,
 * `%{ if cors ~}`, `${join(" ", [for s in servers : s])}`), not an escaped `$${…}` or `%%{…}`, which render as written.
 */
export function templateTagEnd(text: string, options: { terraform?: boolean } = {}): (i: number) => number {
  const next = { '{{': finder(text, '{{'), '}}': finder(text, '}}'), '%}': finder(text, '%}'), '#}': finder(text, '#}'), '%>': finder(text, '%>'), '}': finder(text, '}'), '\n': finder(text, '\n') };
  return (i) => {
    if ((text[i] === '$' || text[i] === '%') && options.terraform) {
      if (text[i + 1] !== '{' || text[i - 1] === text[i]) return -1;
      const nl = next['\n'](i + 2);
      const eol = nl < 0 ? text.length : nl;
      const close = next['}'](i + 2);
      if (close < 0 || close > eol) return -1;
      if (text.lastIndexOf('{', close) === i + 1) return close + 1;
      // Braces inside (an object, a `for` expression's): counted, quoted strings skipped, within a bounded stretch of the line.
      let depth = 0;
      for (let k = i + 1, stop = Math.min(eol, i + MAX_TERRAFORM_TAG); k < stop; k++) {
        const c = text[k];
        if (c === '"') { k++; while (k < stop && text[k] !== '"') k += text[k] === '\\' ? 2 : 1; } else if (c === '{') depth++;
        else if (c === '}' && --depth === 0) return k + 1;
      }
      return -1;
    }
    if (text[i] === '<') {
      // ERB (Chef, Puppet's `.erb`): `<%= @server_name %>`, `<% if @ssl %>`, on one line.
      if (text[i + 1] !== '%') return -1;
      const end = next['%>'](i + 2);
      return end < 0 || (next['\n'](i + 2) >= 0 && next['\n'](i + 2) < end) ? -1 : end + 2;
    }
    if (text[i] !== '{') return -1;
    const kind = text[i + 1];
    if (kind === '{') {
      const end = next['}}'](i + 2);
      const open = next['{{'](i + 2);
      return end < 0 || (open >= 0 && open + 2 <= end) ? -1 : end + 2;
    }
    if (kind !== '%' && kind !== '#') return -1;
    const end = next[`${kind}}` as '%}' | '#}'](i + 2);
    const nl = next['\n'](i + 2);
    return end < 0 || (nl >= 0 && nl < end) ? -1 : end + 2;
  };
}

/** Whether `word` is one template tag (see tagEnd) or more, and nothing else: each tag ends at its first closing delimiter. */
function tagsOnly(word: string, terraform = false): boolean {
  const tagEnd = templateTagEnd(word, { terraform });
  let i = 0;
  while (i < word.length) {
    const end = tagEnd(i);
    if (end < 0) return false;
    i = end;
  }
  return i > 0;
}

/**
 * Whether nginx configuration text holds template tags a template engine renders first — Go templates (Helm, gomplate,
 * confd, dockerize: `{{ .Env.HOST }}`, `{{ if … }}`), Jinja (Ansible: `{{ domain }}`, `{% if … %}`) or ERB (Chef: `<%= @domain %>`, `<% if @ssl %>`) — outside comment lines;
 * with `terraform` ({@link templateSyntax}) also Terraform's `${…}` and `%{…}`.
 */
export function hasTemplateTags(text: string, options: { terraform?: boolean } = {}): boolean {
  if (options.terraform && /(?:^|[^$])\$\{|(?:^|[^%])%\{/.test(text)) return true;
  if (!text.includes('{{') && !text.includes('{%') && !text.includes('<%')) return false;
  // A `{{` closed anywhere after it, a `{%` closed on its line (as tagEnd reads them); each line looked at once.
  const lastClose = text.lastIndexOf('}}');
  let start = 0;
  for (const line of text.split('\n')) {
    if (!/^[ \t]*#/.test(line)) {
      const open = line.indexOf('{{');
      if (open >= 0 && lastClose >= start + open + 2) return true;
      const stmt = line.indexOf('{%');
      if (stmt >= 0 && line.lastIndexOf('%}') >= stmt + 2) return true;
      const erb = line.indexOf('<%');
      if (erb >= 0 && line.lastIndexOf('%>') >= erb + 2) return true;
    }
    start += line.length + 1;
  }
  return false;
}

const MAX_DEPTH = 64;

/**
 * The index of the `}` that closes an OpenResty `*_by_lua_block` whose `{` is just before `i`, read as ngx_lua's own lexer reads
 * the Lua inside: braces count, except in strings (`'…'`, `"…"` with escapes, long brackets `[[…]]`, `[==[…]==]`) and comments
 * (`-- …` to the line's end, `--[[ … ]]`). -1 when the block never closes.
 */
export function luaBlockEnd(text: string, i: number): number {
  const n = text.length;
  let depth = 0;
  /** The end (after its closing bracket) of a long bracket `[=*[` opening at `k`, or -1 when `k` opens none; n when never closed. */
  const longBracket = (k: number): number => {
    let j = k + 1;
    while (text[j] === '=') j++;
    if (text[j] !== '[') return -1;
    const close = `]${'='.repeat(j - k - 1)}]`;
    const end = text.indexOf(close, j + 1);
    return end < 0 ? n : end + close.length;
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < n && text[k] !== c && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      i = k + 1;
    } else if (c === '[') {
      const end = longBracket(i);
      i = end < 0 ? i + 1 : end;
    } else if (c === '-' && text[i + 1] === '-') {
      const end = text[i + 2] === '[' ? longBracket(i + 2) : -1;
      if (end >= 0) i = end;
      else { const nl = text.indexOf('\n', i); i = nl < 0 ? n : nl + 1; }
    } else {
      if (c === '{') depth++;
      else if (c === '}' && depth-- === 0) return i;
      i++;
    }
  }
  return -1;
}

function tokenize(text: string, templates = false, terraform = false): Token[] {
  const out: Token[] = [];
  const tagEnd = templates ? templateTagEnd(text, { terraform }) : () => -1;
  // A directive `*_by_lua_block` just read (its name the first word of a directive): the `{` that follows opens Lua, not directives.
  let lua = false;
  let i = 0;
  let line = 1;
  let col = 1;
  const n = text.length;
  const advance = (k: number) => {
    for (let j = 0; j < k && i < n; j++, i++) {
      if (text[i] === '\n') { line++; col = 1; } else col++;
    }
  };
  while (i < n) {
    const c = text[i]!;
    if (/\s/.test(c)) { advance(1); continue; }
    if (c === '#') {
      const end = text.indexOf('\n', i);
      advance((end < 0 ? n : end) - i);
      continue;
    }
    const start = { line, column: col };
    if (c === '{' && templates && tagEnd(i) > 0) {
      // A word made of template tags (and what sticks to them): opaque, as the rendered text will be.
    } else if (c === '{' && lua) {
      // OpenResty's Lua: its body is one opaque stretch, its closing `}` found by Lua's lexing (a `}` in a Lua string closes nothing).
      lua = false;
      out.push({ value: c, raw: c, ...start, quoted: false });
      const end = luaBlockEnd(text, i + 1);
      advance((end < 0 ? n : end) - i);
      continue;
    } else if (c === '{' || c === '}' || c === ';') {
      lua = false;
      out.push({ value: c, raw: c, ...start, quoted: false });
      advance(1);
      continue;
    }
    if (c === '"' || c === "'") {
      let k = i + 1;
      let value = '';
      while (k < n && text[k] !== c) {
        if (text[k] === '\\' && k + 1 < n) { value += text[k + 1] === c || text[k + 1] === '\\' ? text[k + 1] : `\\${text[k + 1]}`; k += 2; continue; }
        value += text[k];
        k++;
      }
      const raw = text.slice(i, Math.min(n, k + 1));
      out.push({ value, raw, ...start, quoted: true });
      advance(raw.length);
      continue;
    }
    let k = i;
    let value = '';
    while (k < n) {
      const d = text[k]!;
      const tag = templates && (d === '{' || d === '<' || d === '$' || d === '%') ? tagEnd(k) : -1;
      if (tag > 0) { value += text.slice(k, tag); k = tag; continue; }
      if (/\s/.test(d) || d === ';' || d === '}') break;
      if (d === '{') {
        // `${name}` is part of a word; any other `{` opens a block.
        if (text[k - 1] === '$' && k > i) {
          const end = text.indexOf('}', k);
          if (end > 0) { value += text.slice(k, end + 1); k = end + 1; continue; }
        }
        break;
      }
      if (d === '\\' && k + 1 < n) { value += text[k + 1]; k += 2; continue; }
      value += d;
      k++;
    }
    const raw = text.slice(i, k);
    const prev = out.at(-1);
    lua = (!prev || (!prev.quoted && (prev.value === ';' || prev.value === '{' || prev.value === '}'))) && /_by_lua_block$/.test(value);
    // Only a template tag starts a word with `{` (without templates a `{` is a token of its own).
    out.push({ value, raw, ...start, quoted: false, ...((raw[0] === '{' || raw[0] === '<' || (terraform && (raw[0] === '$' || raw[0] === '%'))) && tagsOnly(raw, terraform) ? { tag: true } : {}) });
    advance(k - i);
  }
  return out;
}

/** Where nginx would refuse the braces of a file (`nginx -t`: unexpected "}", unexpected end of file, expecting "}"). */
export interface NginxProblem { line: number; column: number; message: string }

/**
 * Parses nginx configuration text into a tree of directives. Unbalanced braces are pushed to `problems`
 * (the first is enough: nginx stops there): a `}` that closes nothing, and a block still open at the end of the
 * file, located at the directive that opened it. OpenResty's `*_by_lua_block { … }` hold Lua, read as ngx_lua's lexer reads it
 * (luaBlockEnd: `#t` is Lua's length operator, not a comment; a brace in a Lua string or comment counts for nothing): one opaque body.
 * `templates`: text a template engine renders first (a Helm ConfigMap, a `.conf` file gomplate or Jinja renders: hasTemplateTags):
 * a `{{ … }}` (or `{% … %}`) tag is part of a word, and a tag standing where a directive starts is set aside; braces a tag breaks
 * (`{{ if }}` around a block's opening) are a problem. `terraform`: Terraform's `${…}` and `%{…}` are such tags too (templateTagEnd).
 */
export function parseNginx(text: string, problems?: NginxProblem[], options: { templates?: boolean; terraform?: boolean } = {}): NginxDirective[] {
  const tokens = tokenize(text, options.templates, options.terraform);
  const judge = problems;
  let pos = 0;
  const parseBlock = (context: string[], depth: number, parent?: NginxDirective): NginxDirective[] => {
    const out: NginxDirective[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos]!;
      if (!t.quoted && t.value === '}') {
        pos++;
        if (depth > 0) return out;
        if (judge && !judge.length) judge.push({ line: t.line, column: t.column, message: `unexpected '}': it closes no block (nginx refuses the file; an extra '}', or a '{' missing above)` });
        continue;
      }
      if (!t.quoted && (t.value === ';' || t.value === '{')) { pos++; continue; }
      // A tag in a directive's place (`{{- range .Values.backends }}`, `{{ include "x" . | nindent 4 }}`) renders to lines of its own: set aside.
      if (t.tag) { pos++; continue; }
      const d: NginxDirective = { name: t.value, args: [], line: t.line, column: t.column, context, ...(parent ? { parent } : {}) };
      pos++;
      while (pos < tokens.length) {
        const a = tokens[pos]!;
        if (!a.quoted && (a.value === ';' || a.value === '{' || a.value === '}')) break;
        d.args.push({ value: a.value, raw: a.raw, line: a.line, column: a.column });
        pos++;
      }
      const end = tokens[pos];
      if (end && !end.quoted && end.value === ';') pos++;
      else if (end && !end.quoted && end.value === '{') {
        pos++;
        d.block = depth < MAX_DEPTH ? parseBlock([...context, d.name], depth + 1, d) : [];
      }
      out.push(d);
    }
    // The end of the file inside a block (the innermost one still open is named: nginx only says where the file ended).
    if (parent && judge && !judge.length) judge.push({ line: parent.line, column: parent.column, message: `the '${parent.name}' block opened here is never closed: unexpected end of file, expecting '}' (nginx refuses the file)` });
    return out;
  };
  return parseBlock([], 0);
}

/** Every directive of a tree, depth first, in source order. */
export function walkNginx(tree: NginxDirective[]): NginxDirective[] {
  const out: NginxDirective[] = [];
  const visit = (list: NginxDirective[]) => { for (const d of list) { out.push(d); if (d.block) visit(d.block); } };
  visit(tree);
  return out;
}


/**
 * The first template tag of nginx configuration text that is never closed (a `{{` without a `}}` after it, a `{%` without a
 * `%}`, and with `erb` an ERB `<%` without a `%>`), outside comment lines: the template engine refuses the file (Jinja's
 * "unexpected end of template"), so the braces it breaks are no nginx error. Null when every tag closes. One pass over the text.
 */
export function unclosedTemplateTag(text: string, erb: boolean): NginxProblem | null {
  const kinds: [string, number][] = [['{{', text.lastIndexOf('}}')], ['{%', text.lastIndexOf('%}')], ...(erb ? [['<%', text.lastIndexOf('%>')] as [string, number]] : [])];
  let start = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (!/^[ \t]*#/.test(line)) {
      let best = -1;
      let tag = '';
      for (const [open, lastClose] of kinds) {
        // The first opening on this line that no closing follows anywhere in the text.
        const from = Math.max(0, lastClose + 1 - start);
        const at = from < line.length ? line.indexOf(open, from) : -1;
        if (at >= 0 && (best < 0 || at < best)) { best = at; tag = open; }
      }
      if (best >= 0) return { line: lineNo, column: best + 1, message: `the template tag '${tag}' opened here is never closed ('${tag === '{{' ? '}}' : tag === '{%' ? '%}' : '%>'}' missing)` };
    }
    start += line.length + 1;
  }
  return null;
}

/** The comment syntaxes (and Terraform's tags) of a template, by its rendering extension or the tags its text holds: see templateSyntax. */
export interface TemplateSyntax {
  /** Jinja's `{# … #}` comments (Ansible, Salt; Nunjucks and Twig write them alike). */
  jinja: boolean;
  /** ERB's `<%# … %>` comments (Chef; Puppet's EPP, EJS and EEx write them alike). */
  erb: boolean;
  /** Terraform's `templatefile()`: `${…}` interpolations and `%{…}` directives are tags. */
  terraform: boolean;
}

/** Whether a line of `text` holds `open` with `close` after it on the line (one pass: each line looked at once). */
function tagOnALine(text: string, open: string, close: string): boolean {
  if (!text.includes(open)) return false;
  for (const line of text.split('\n')) {
    const at = line.indexOf(open);
    if (at >= 0 && line.lastIndexOf(close) >= at + open.length) return true;
  }
  return false;
}

/**
 * The template syntax a configuration file is written in, beyond the tags every template reading knows (templateTagEnd): Jinja's
 * comments for a Jinja-family name (`.j2`, `.jinja`, `.jinja2`, `.njk`, `.twig`) or text with a Jinja statement (`{% if … %}`);
 * ERB's for `.erb`, `.epp`, `.ejs`, `.eex` or text with an ERB tag (`<% … %>`); Terraform's for `templatefile()`'s `.tftpl` and
 * the older `.tpl`.
 */
export function templateSyntax(path: string, text: string): TemplateSyntax {
  return {
    jinja: /\.(?:j2|jinja2?|njk|twig)$/i.test(path) || tagOnALine(text, '{%', '%}'),
    erb: /\.(?:erb|epp|ejs|eex)$/i.test(path) || tagOnALine(text, '<%', '%>'),
    terraform: /\.(?:tftpl|tpl)$/i.test(path),
  };
}

/**
 * `text` with its template comments that span lines blanked (`{# … #}` and `{#- … -#}` with `jinja`, `<%# … %>` with `erb`):
 * the template engine drops them, so nothing in them is configuration. Each character but line breaks becomes a space, so lines
 * and columns stay. A comment on one line is left to templateTagEnd (an opaque tag, as a word it is part of reads). `unclosed`: the
 * first comment never closed (the engine refuses the template: Jinja's "unexpected end of template"), outside nginx comment
 * lines (`# {# …`), as unclosedTemplateTag reads tags; the text from it on is left as written.
 */
export function blankTemplateComments(text: string, syntax: { jinja?: boolean; erb?: boolean }): { text: string; unclosed: NginxProblem | null } {
  const kinds = [
    ...(syntax.jinja && text.includes('{#') ? [{ open: '{#', close: '#}', at: finder(text, '{#'), end: finder(text, '#}') }] : []),
    ...(syntax.erb && text.includes('<%#') ? [{ open: '<%#', close: '%>', at: finder(text, '<%#'), end: finder(text, '%>') }] : []),
  ];
  if (!kinds.length) return { text, unclosed: null };
  const nl = finder(text, '\n');
  let out = '';
  let from = 0;
  let i = 0;
  for (;;) {
    let kind: (typeof kinds)[number] | undefined;
    let j = -1;
    for (const k of kinds) { const a = k.at(i); if (a >= 0 && (j < 0 || a < j)) { j = a; kind = k; } }
    if (!kind) break;
    const close = kind.end(j + kind.open.length);
    const lineEnd = nl(j);
    if (close < 0) {
      const lineStart = text.lastIndexOf('\n', j) + 1;
      // On an nginx comment line: not reported (as unclosedTemplateTag); the rest of that line opens no comment that closes.
      if (/^[ \t]*#/.test(text.slice(lineStart, j + 1))) { if (lineEnd < 0) break; i = lineEnd + 1; continue; }
      const line = text.slice(0, j).split('\n').length;
      return { text: out + text.slice(from), unclosed: { line, column: j - lineStart + 1, message: `the template tag '${kind.open}' opened here is never closed ('${kind.close}' missing)` } };
    }
    const end = close + kind.close.length;
    if (lineEnd >= 0 && lineEnd < close) { out += text.slice(from, j) + text.slice(j, end).replace(/[^\r\n]/g, ' '); from = end; }
    i = end;
  }
  return { text: out + text.slice(from), unclosed: null };
}
