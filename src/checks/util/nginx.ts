import picomatch from 'picomatch';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { dirname, isTemplate, isVendoredOrGenerated, isTestFile } from '../../repo/classify.js';


/**
 * A small nginx configuration parser following nginx's own lexer rules: words and quoted strings
 * (with escapes), `;` ends a directive, `{ … }` opens a block, `#` starts a comment only at the
 * start of a token, and `${VAR}` stays inside a word (nginx variables and envsubst templates).
 * Never throws: unbalanced braces close at the end of the file.
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

interface Token { value: string; raw: string; line: number; column: number; quoted: boolean }

const MAX_DEPTH = 64;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
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
    if (c === '{' || c === '}' || c === ';') {
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
    out.push({ value, raw: text.slice(i, k), ...start, quoted: false });
    advance(k - i);
  }
  return out;
}

/** Parses nginx configuration text into a tree of directives. */
export function parseNginx(text: string): NginxDirective[] {
  const tokens = tokenize(text);
  let pos = 0;
  const parseBlock = (context: string[], depth: number, parent?: NginxDirective): NginxDirective[] => {
    const out: NginxDirective[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos]!;
      if (!t.quoted && t.value === '}') { pos++; if (depth > 0) return out; continue; }
      if (!t.quoted && (t.value === ';' || t.value === '{')) { pos++; continue; }
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
 * A deployed nginx configuration file with its directives, every block walked; `includedBy`: the
 * `include` directives that pull it in (an included snippet inherits their place in the config).
 */
export interface NginxConfig { file: string; directives: NginxDirective[]; includedBy?: NginxDirective[] }

/** Extensions of public static assets: web fonts, images, styles and scripts. */
const STATIC_EXT = /^(?:eot|otf|ttf|ttc|woff2?|png|jpe?g|gif|svgz?|webp|avif|ico|cur|bmp|css|js|mjs|map)$/i;

/**
 * Whether a directive sits in a `location` that serves only public static assets: an extension match
 * (`location ~* \.(?:eot|otf|tt[cf]|woff2?)$`, h5bp's fonts and images) or a prefix such as `/static/`,
 * `/fonts/`, `/assets/`. An included snippet counts when every include of it sits in one.
 */
export function inStaticLocation(d: NginxDirective, config?: NginxConfig): boolean {
  for (let p = d.parent; p; p = p.parent) if (p.name === 'location' && isStaticLocation(p)) return true;
  return !d.parent && (config?.includedBy?.length ?? 0) > 0 && config!.includedBy!.every((inc) => inStaticLocation(inc));
}

function isStaticLocation(loc: NginxDirective): boolean {
  const pattern = loc.args.at(-1)?.value ?? '';
  const ext = /^\\?\.\((?:\?:)?([^()]+)\)\$$/.exec(pattern) ?? /^\\?\.([a-z0-9]+)\$$/i.exec(pattern);
  if (ext && loc.args.length >= 2 && /^~\*?$/.test(loc.args[0]!.value)) return ext[1]!.split('|').every((e) => STATIC_EXT.test(e.replace(/\[(.)[^\]]*\]/g, '$1').replace(/\?/g, '')));
  // A prefix (`location /static/`, `location ^~ /fonts/`) or a regex anchored at one (`location ~ ^/assets/`).
  return /^\^?\/(?:static|fonts?|assets|images?|img|css|js)\/?$/i.test(pattern);
}

/** nginx's usual install prefixes: `include /etc/nginx/snippets/ssl-params;` names the repository's copy of that folder. */
const NGINX_PREFIX = /^\/(?:etc\/nginx|usr\/local\/nginx\/conf|usr\/local\/etc\/nginx|etc\/openresty|usr\/local\/openresty\/nginx\/conf)\//;

/**
 * The nginx configuration files a check judges, each parsed once per view: not tests, not vendored,
 * not templates — except `*.conf.template`, which the official nginx image renders into its
 * configuration at start — and the files they `include` (`include snippets/ssl-params;`,
 * `include sites-available/*;`, `include /etc/nginx/snippets/ssl-params;`) whatever their names: tracked
 * files, resolved from the including file's folder or the nearest folder above it that holds them, globs
 * matched, a few levels deep.
 */
export const deployedNginxConfigs = perView(function deployedNginxConfigs(snapshot: SnapshotView): NginxConfig[] {
  const parse = (file: string): NginxConfig => ({ file, directives: walkNginx(parseNginx(snapshot.text(file) ?? '')) });
  const out = snapshot.nginxFiles().filter((f) => !(isTemplate(f) && !f.endsWith('.conf.template')) && !isTestFile(f) && !isVendoredOrGenerated(f)).map(parse);
  const seen = new Set(out.map((c) => c.file));
  const tracked = new Set(snapshot.files);
  const includers = new Map<string, NginxDirective[]>();
  // A glob is tried from each folder up to the root: match each pattern once, and only the files below its folder.
  const globbed = new Map<string, string[]>();
  const glob = (pattern: string, dir: string) => {
    const isMatch = picomatch(pattern, { dot: true });
    return snapshot.files.filter((f) => (!dir || f.startsWith(`${dir}/`)) && isMatch(f));
  };
  for (let depth = 0, todo = out; depth < 4 && todo.length; depth++) {
    const next: NginxConfig[] = [];
    for (const { file, directives } of todo) {
      for (const d of directives) {
        if (d.name !== 'include' || !d.args[0]) continue;
        const target = d.args[0].value.replace(/^\.\//, '').replace(NGINX_PREFIX, '');
        if (target.startsWith('/') || target.includes('..') || target.includes('$')) continue;
        // nginx resolves a relative include against its prefix (the folder of nginx.conf), which holds
        // `conf.d/` and `sites-enabled/`: the including file's folder first, then the folders above it.
        let matches: string[] = [];
        for (let dir = dirname(file); !matches.length; dir = dirname(dir)) {
          const path = dir ? `${dir}/${target}` : target;
          if (/[*?[]/.test(target)) matches = globbed.get(path) ?? globbed.set(path, glob(path, dir)).get(path)!;
          else if (tracked.has(path)) matches = [path];
          if (!dir) break;
        }
        for (const m of matches) {
          if (isTestFile(m)) continue;
          (includers.get(m) ?? includers.set(m, []).get(m)!).push(d);
          if (!seen.has(m)) { seen.add(m); next.push(parse(m)); }
        }
      }
    }
    out.push(...next);
    todo = next;
  }
  for (const c of out) { const by = includers.get(c.file); if (by) c.includedBy = by; }
  return out;
});
