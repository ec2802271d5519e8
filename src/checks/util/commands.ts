import type { SnapshotView } from '../../repo/snapshot.js';
import { effectiveInstructions, lineage, substitute, type DockerInstruction } from '../../repo/dockerfile.js';
import { containers } from '../../repo/k8s.js';
import { isObject } from '../../repo/yaml.js';
import { basename, dirname, isDevOnly, isProcfile, isPython, isTemplate } from '../../repo/classify.js';

/** One simple command of a command line: its words and the `NAME=value` assignments before it. */
export interface SimpleCommand { argv: string[]; env: Record<string, string> }

/**
 * Splits a shell script into simple commands (POSIX-ish: quotes, backslashes, `&&`, `||`, `;`,
 * `|`, `&`, newlines). Never throws; an unterminated quote ends the word.
 */
export function shellCommands(script: string): string[][] {
  const out: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  const endWord = () => { if (inWord) words.push(word); word = ''; inWord = false; };
  const endCommand = () => { endWord(); if (words.length) out.push(words); words = []; };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === '\\') {
      const n = script[i + 1];
      if (n === '\n') { i++; continue; }
      if (n !== undefined) { word += n; inWord = true; i++; }
      continue;
    }
    if (c === "'" || c === '"') {
      let stop = i + 1;
      while (stop < script.length && script[stop] !== c) stop += c === '"' && script[stop] === '\\' ? 2 : 1;
      stop = Math.min(stop, script.length);
      let body = script.slice(i + 1, stop);
      if (c === '"') body = body.replace(/\\(["\\$`])/g, '$1');
      word += body;
      inWord = true;
      i = stop;
      continue;
    }
    if (c === '#' && !inWord) {
      const nl = script.indexOf('\n', i);
      i = nl < 0 ? script.length : nl - 1;
      continue;
    }
    if (c === ';' || c === '&' || c === '|' || c === '\n' || c === '\r' || c === '(' || c === ')') { endCommand(); continue; }
    if (c === ' ' || c === '\t') { endWord(); continue; }
    word += c;
    inWord = true;
  }
  endCommand();
  return out;
}

/**
 * Drops commands inside `if`/`case`/loops: a start script that runs `flask run` only in a
 * development branch does not start it in production (precision over recall).
 */
function unconditional(cmds: string[][]): string[][] {
  const out: string[][] = [];
  let depth = 0;
  for (const c of cmds) {
    const w = c[0]!;
    if (/^(if|case|while|until|for|select)$/.test(w)) depth++;
    else if (/^(fi|esac|done)$/.test(w)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && !/^(then|else|elif|do|\{|\}|\[|\[\[|test|set|export|echo|printf|cd|source|\.)$/.test(w)) out.push(c);
  }
  return out;
}

const SHELLS = /^(sh|bash|dash|ash|zsh)$/;
/** Wrappers followed directly by the command they run. */
const PLAIN_WRAPPERS = new Set(['exec', 'nohup', 'time', 'ddtrace-run', 'opentelemetry-instrument', 'newrelic-admin', 'run-program', 'npx', 'bunx', 'catchsegv', 'stdbuf', 'nice', 'ionice', 'setsid', 'dotenv', 'with-contenv']);
/** Wrappers whose first argument is a user or a value, then the command. */
const ONE_ARG_WRAPPERS = new Set(['gosu', 'su-exec', 'setuidgid', 'chroot']);
/** Wrappers that run a command given after `--` (or after their own options). */
const DASHDASH_WRAPPERS = new Set(['tini', 'dumb-init', 'doppler', 'op', 'infisical', 'wait-for-it', 'wait-for-it.sh', 'wait-for', 'dockerize', 'chamber', 'aws-vault', 'envconsul', 'berglas', 'secrets-init', 'catatonit', 'pid1', 's6-setuidgid']);
/** Task runners: `poetry run X`, `uv run X`, `bundle exec X`, `pnpm exec X`. */
const RUNNERS: Record<string, string> = { poetry: 'run', pipenv: 'run', uv: 'run', pdm: 'run', hatch: 'run', rye: 'run', bundle: 'exec', pnpm: 'exec', yarn: 'exec', conda: 'run' };

const exeName = (w: string) => basename(w).replace(/\.exe$/i, '');

/**
 * Reduces one argv to the commands it really runs: leading assignments become `env`, wrappers
 * (`exec`, `env`, `tini --`, `gosu user`, `poetry run`…) are peeled off, and `sh -c "…"`
 * scripts are split into their simple commands. Bounded in depth.
 */
export function unwrap(argv: readonly string[], depth = 0): SimpleCommand[] {
  const env: Record<string, string> = {};
  let a = [...argv];
  for (let guard = 0; guard < 16 && a.length; guard++) {
    const w = a[0]!;
    const name = exeName(w);
    const assign = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w);
    if (assign) { env[assign[1]!] = assign[2]!; a = a.slice(1); continue; }
    if (name === 'env') {
      a = a.slice(1);
      while (a.length && /^-/.test(a[0]!)) a = a.slice(a[0] === '-u' || a[0] === '-C' ? 2 : 1);
      continue;
    }
    if (SHELLS.test(name) && depth < 4) {
      const ci = a.findIndex((x, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(x));
      if (ci > 0 && a[ci + 1] !== undefined) {
        return unconditional(shellCommands(a[ci + 1]!)).flatMap((cmd) => unwrap(cmd, depth + 1)).map((c) => ({ argv: c.argv, env: { ...env, ...c.env } }));
      }
      break;
    }
    if (PLAIN_WRAPPERS.has(name)) {
      a = a.slice(1);
      while (a.length && /^-/.test(a[0]!) && name !== 'exec') a = a.slice(1);
      if (name === 'exec') while (a.length && /^-[acl]+$/.test(a[0]!)) a = a.slice(a[0] === '-a' ? 2 : 1);
      continue;
    }
    if (ONE_ARG_WRAPPERS.has(name)) { a = a.slice(2); continue; }
    if (DASHDASH_WRAPPERS.has(name)) {
      const dd = a.indexOf('--');
      if (dd > 0) { a = a.slice(dd + 1); continue; }
      a = a.slice(1);
      while (a.length && /^-/.test(a[0]!)) a = a.slice(1);
      continue;
    }
    if (RUNNERS[name] && a[1] === RUNNERS[name]) {
      a = a.slice(2);
      while (a.length && /^-/.test(a[0]!)) a = a.slice(1);
      continue;
    }
    break;
  }
  return a.length ? [{ argv: a, env }] : [];
}

/** What a command starts, as far as production is concerned. */
export type Verdict =
  | { kind: 'dev'; what: string; debug?: boolean }
  | { kind: 'python-script'; path: string; module: boolean }
  | { kind: 'wsgi'; server: string; module: string }
  | { kind: 'package-script'; tool: string; script: string }
  | { kind: 'other' };

const VALUE_OPTS_PY = new Set(['-W', '-X', '-c', '-Q']);
const isPythonExe = (n: string) => /^python(\d+(\.\d+)?)?$/.test(n) || n === 'pypy3' || n === 'pypy';
const hasFlag = (argv: string[], ...flags: string[]) => argv.some((x) => flags.some((f) => x === f || x.startsWith(`${f}=`)));

/** Classifies one unwrapped command: a known dev server, a Python script to inspect, a WSGI/ASGI server target, a package script, or anything else. */
export function classify(argv: readonly string[]): Verdict {
  const a = [...argv];
  const n = exeName(a[0] ?? '');
  const rest = a.slice(1);
  const sub = rest.find((x) => !x.startsWith('-'));
  if (n === 'flask') {
    const i = rest.indexOf('run');
    if (i >= 0) return { kind: 'dev', what: 'flask run', debug: hasFlag(rest.slice(0, i), '--debug') || hasFlag(rest.slice(i), '--debug', '--reload') };
  }
  if (isPythonExe(n)) {
    let i = 0;
    while (i < rest.length && rest[i]!.startsWith('-') && rest[i] !== '-m') i += VALUE_OPTS_PY.has(rest[i]!) ? 2 : 1;
    if (rest[i] === '-m') {
      const mod = rest[i + 1] ?? '';
      const tail = rest.slice(i + 2);
      if (mod === 'flask' && tail.includes('run')) return { kind: 'dev', what: 'python -m flask run', debug: hasFlag(tail, '--debug') };
      if (mod === 'django' && tail.includes('runserver')) return { kind: 'dev', what: 'django runserver' };
      if (mod === 'http.server' || mod === 'SimpleHTTPServer') return { kind: 'dev', what: `python -m ${mod}` };
      if (['uvicorn', 'gunicorn', 'hypercorn', 'waitress', 'daphne', 'granian'].includes(mod)) return classify([mod, ...tail]);
      if (mod) return { kind: 'python-script', path: mod, module: true };
    } else if (rest[i] !== undefined) {
      const script = rest[i]!;
      if (exeName(script) === 'manage.py') return rest.slice(i + 1).includes('runserver') || rest.slice(i + 1).includes('runserver_plus') ? { kind: 'dev', what: 'manage.py runserver' } : { kind: 'other' };
      if (/\.py$/.test(script)) return { kind: 'python-script', path: script, module: false };
    }
    return { kind: 'other' };
  }
  if (n === 'manage.py' && (rest.includes('runserver') || rest.includes('runserver_plus'))) return { kind: 'dev', what: 'manage.py runserver' };
  if (n === 'django-admin' && rest.includes('runserver')) return { kind: 'dev', what: 'django-admin runserver' };
  if (['uvicorn', 'hypercorn', 'granian', 'gunicorn', 'waitress-serve', 'daphne'].includes(n)) {
    if (n !== 'gunicorn' && hasFlag(rest, '--reload')) return { kind: 'dev', what: `${n} --reload` };
    const target = rest.find((x) => /^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*(\(.*\))?$/.test(x)) ?? (n === 'waitress-serve' ? undefined : rest.find((x) => /^[A-Za-z_][\w.]*$/.test(x) && !x.includes('=')));
    const mod = target?.split(':')[0];
    return mod ? { kind: 'wsgi', server: n, module: mod } : { kind: 'other' };
  }
  if (n === 'next' && sub === 'dev') return { kind: 'dev', what: 'next dev' };
  if (n === 'nuxt' || n === 'nuxi') { if (sub === 'dev') return { kind: 'dev', what: `${n} dev` }; }
  if (n === 'vite' && (sub === undefined || sub === 'dev' || sub === 'serve' || sub === 'preview')) return { kind: 'dev', what: sub === 'preview' ? 'vite preview' : 'vite' };
  if (['nodemon', 'ts-node-dev', 'tsnd', 'webpack-dev-server', 'supervisor', 'node-dev'].includes(n)) return { kind: 'dev', what: n };
  if (n === 'node' && hasFlag(rest, '--watch')) return { kind: 'dev', what: 'node --watch' };
  if ((n === 'tsx' || n === 'bun') && sub === 'watch') return { kind: 'dev', what: `${n} watch` };
  if (n === 'bun' && hasFlag(rest, '--watch', '--hot')) return { kind: 'dev', what: 'bun --watch' };
  if (n === 'webpack' && (sub === 'serve' || hasFlag(rest, '--watch'))) return { kind: 'dev', what: `webpack ${sub === 'serve' ? 'serve' : '--watch'}` };
  if (n === 'ng' && (sub === 'serve' || sub === 's')) return { kind: 'dev', what: 'ng serve' };
  if (n === 'react-scripts' && sub === 'start') return { kind: 'dev', what: 'react-scripts start' };
  if (n === 'vue-cli-service' && sub === 'serve') return { kind: 'dev', what: 'vue-cli-service serve' };
  if ((n === 'astro' || n === 'remix' || n === 'svelte-kit' || n === 'wrangler') && sub === 'dev') return { kind: 'dev', what: `${n} dev` };
  if (n === 'gatsby' && sub === 'develop') return { kind: 'dev', what: 'gatsby develop' };
  if (n === 'ember' && (sub === 'serve' || sub === 'server' || sub === 's')) return { kind: 'dev', what: 'ember serve' };
  if (n === 'php' && rest[0] === 'artisan' && rest[1] === 'serve') return { kind: 'dev', what: 'php artisan serve' };
  if (n === 'php' && rest.some((x) => x === '-S' || /^-S./.test(x))) return { kind: 'dev', what: 'php -S' };
  if (n === 'artisan' && sub === 'serve') return { kind: 'dev', what: 'php artisan serve' };
  if (n === 'rails' && (sub === 'server' || sub === 's')) {
    const i = rest.findIndex((x) => x === '-e' || x === '--environment');
    const envArg = i >= 0 ? rest[i + 1] : rest.find((x) => x.startsWith('--environment='))?.slice(14);
    if (envArg === 'development') return { kind: 'dev', what: 'rails server -e development' };
  }
  if (n === 'hugo' && (sub === 'server' || sub === 'serve')) return { kind: 'dev', what: 'hugo server' };
  if (n === 'jekyll' && (sub === 'serve' || sub === 's')) return { kind: 'dev', what: 'jekyll serve' };
  if (n === 'air' || n === 'reflex') return { kind: 'dev', what: n };
  if (n === 'dotnet' && sub === 'watch') return { kind: 'dev', what: 'dotnet watch' };
  if ((n === 'npm' || n === 'yarn' || n === 'pnpm' || n === 'bun') && sub !== undefined) {
    const i = rest.indexOf(sub);
    if (sub === 'run' || sub === 'run-script') {
      const script = rest.slice(i + 1).find((x) => !x.startsWith('-'));
      return script ? { kind: 'package-script', tool: n, script } : { kind: 'other' };
    }
    if (sub === 'start' || (n !== 'npm' && !['install', 'add', 'exec', 'dlx', 'x', 'ci', 'build', 'test'].includes(sub))) return { kind: 'package-script', tool: n, script: sub };
  }
  return { kind: 'other' };
}

/** Script names that are development servers by convention when `package.json` cannot be read. */
const DEV_SCRIPT_NAMES = /^(dev|develop|start:dev|dev:server|serve:dev|watch|start:watch)$/;

/** Strips comments and string contents from Python source, keeping one entry per line. Identifier-like string contents (`"DEBUG"`, `"__main__"`) are kept. */
export function pythonCode(text: string): string[] {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '#') { const nl = src.indexOf('\n', i); i = (nl < 0 ? src.length : nl) - 1; continue; }
    if (c === '"' || c === "'") {
      const triple = src.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < src.length && !src.startsWith(q, j) && (triple || src[j] !== '\n')) j += src[j] === '\\' ? 2 : 1;
      const body = src.slice(i + q.length, Math.min(j, src.length));
      out += /^[\w.-]*$/.test(body) ? `"${body}"` : `""${'\n'.repeat((body.match(/\n/g) ?? []).length)}`;
      i = Math.min(j + q.length, src.length) - 1;
      continue;
    }
    out += c;
  }
  return out.split('\n');
}

/** A `<app>.run(…)` style call found in a Python module. */
export interface PythonRunCall {
  line: number;
  column: number;
  /** `app.run`, `uvicorn.run(…, reload=True)`… */
  call: string;
  /** The call passes `debug=True`. */
  debug: boolean;
  /** Dev-server call (`uvicorn.run` only counts with `reload=True`). */
  dev: boolean;
  /** Where the call sits: `module` (runs on import), `main` (under `if __name__ == "__main__"` or in a function only called from it), `function`. */
  scope: 'module' | 'main' | 'function';
}

const APP_FACTORY = /^\s*([A-Za-z_]\w*)\s*(?::[^=]+)?=\s*(?:[\w.]*\.)?(Flask|Quart|APIFlask|Dash|Sanic|create_app|make_app|FlaskApp|App)\s*\(/;

/** Finds Flask-style development-server calls (`app.run(...)`, `app.run_server(...)`, `uvicorn.run(..., reload=True)`) and where they sit. */
export function pythonRunCalls(text: string): PythonRunCall[] {
  const lines = pythonCode(text);
  const appNames = new Set(['app', 'application']);
  for (const l of lines) { const m = APP_FACTORY.exec(l); if (m) appNames.add(m[1]!); }
  const out: PythonRunCall[] = [];
  // Block stack by indentation: which def / main guard encloses each line.
  const stack: { indent: number; kind: 'def' | 'main' | 'other'; name: string }[] = [];
  const calledAtModule = new Set<string>();
  const calledInMain = new Set<string>();
  const pending: { call: PythonRunCall; fn: string | null }[] = [];
  let depth = 0;
  lines.forEach((l, idx) => {
    if (depth > 0 || !l.trim()) { depth = Math.max(0, depth + parenDelta(l)); return; }
    const indent = l.length - l.trimStart().length;
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const fn = [...stack].reverse().find((s) => s.kind === 'def')?.name ?? null;
    const body = l.trim();
    const def = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/.exec(body);
    const guard = /^if\s+(?:__name__\s*==\s*["']__main__["']|["']__main__["']\s*==\s*__name__)\s*:/.test(body);
    const inMain = guard || stack.some((s) => s.kind === 'main');
    if (def) stack.push({ indent, kind: 'def', name: def[1]! });
    else if (guard) stack.push({ indent, kind: 'main', name: '' });
    else if (/:\s*$/.test(body) || /^(class|if|elif|else|for|while|try|except|finally|with)\b/.test(body)) stack.push({ indent, kind: 'other', name: '' });
    if (!fn && !def) for (const m of body.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) (inMain ? calledInMain : calledAtModule).add(m[1]!);
    const stmt = joinStatement(lines, idx);
    for (const m of body.matchAll(/\b([A-Za-z_]\w*)\.(run|run_server)\s*\(/g)) {
      const recv = m[1]!;
      const args = argsOf(stmt, stmt.indexOf(m[0]) + m[0].length);
      const debug = /\bdebug\s*=\s*(True|1)\b/.test(args);
      let dev = false;
      if (recv === 'uvicorn' || recv === 'hypercorn') dev = /\breload\s*=\s*True\b/.test(args);
      else if (appNames.has(recv)) dev = true;
      else continue;
      const call: PythonRunCall = { line: idx + 1, column: indent + 1 + body.indexOf(m[0]), call: `${recv}.${m[2]}`, debug, dev, scope: fn ? 'function' : inMain ? 'main' : 'module' };
      pending.push({ call, fn });
    }
    depth = Math.max(0, parenDelta(l));
  });
  for (const { call, fn } of pending) {
    // A function that the module (or its main guard) calls counts as run from there.
    if (fn && calledAtModule.has(fn)) call.scope = 'module';
    else if (fn && calledInMain.has(fn)) call.scope = 'main';
    out.push(call);
  }
  return out;
}

function parenDelta(l: string): number {
  let d = 0;
  for (const c of l) { if (c === '(' || c === '[' || c === '{') d++; else if (c === ')' || c === ']' || c === '}') d--; }
  return d;
}
function joinStatement(lines: string[], start: number): string {
  let s = '';
  let d = 0;
  for (let i = start; i < lines.length && i < start + 50; i++) {
    s += `${lines[i]} `;
    d += parenDelta(lines[i]!);
    if (d <= 0) break;
  }
  return s;
}
function argsOf(stmt: string, from: number): string {
  let d = 1;
  for (let i = from; i < stmt.length; i++) {
    if (stmt[i] === '(') d++;
    else if (stmt[i] === ')' && --d === 0) return stmt.slice(from, i);
  }
  return stmt.slice(from);
}

/** Where production starts a process: a Dockerfile's final CMD/ENTRYPOINT, a compose `command`, a Procfile `web:` line, a Kubernetes container's `command`/`args`. */
export interface EntryPoint {
  file: string;
  line: number;
  column: number;
  /** Short description for messages (`CMD`, `service 'web' command`, `Procfile web`, `container 'api' command`). */
  where: string;
  /** The argv to analyse (shell forms are wrapped in `sh -c`). */
  argv: string[];
  /** Directory used to resolve relative files (the Dockerfile's or compose file's folder). */
  dir: string;
  /** The container working directory, when known (for `python /app/app.py`). */
  workdir: string | null;
  devOnly: boolean;
}

/** Collects every production entry point of the snapshot. */
export function entryPoints(snapshot: SnapshotView): EntryPoint[] {
  const out: EntryPoint[] = [];
  for (const df of snapshot.dockerfiles()) {
    if (!df.final || isTemplate(df.path)) continue;
    const chain = lineage(df.final);
    const ins = effectiveInstructions(df.final);
    let entry: DockerInstruction | undefined;
    let cmd: DockerInstruction | undefined;
    let workdir: string | null = null;
    for (const i of ins) {
      if (i.keyword === 'ENTRYPOINT') { entry = i; if (cmd && stageOf(chain, cmd) !== stageOf(chain, i)) cmd = undefined; }
      else if (i.keyword === 'CMD') cmd = i;
      else if (i.keyword === 'WORKDIR' && i.argv[0]) workdir = i.argv[0].startsWith('/') || !workdir ? i.argv[0] : `${workdir}/${i.argv[0]}`;
    }
    const form = (i: DockerInstruction) => (i.exec ? i.argv : ['/bin/sh', '-c', i.args]);
    const devOnly = isDevOnly(df.path);
    const dir = dirname(df.path);
    if (entry && !entry.exec) {
      out.push({ file: df.path, line: entry.line, column: entry.column, where: 'ENTRYPOINT', argv: form(entry), dir, workdir, devOnly });
    } else if (entry && cmd) {
      // An entrypoint script usually ends with `exec "$@"`: judge CMD alone as well as the pair.
      const both = [...entry.argv, ...form(cmd)];
      out.push({ file: df.path, line: cmd.line, column: cmd.column, where: 'ENTRYPOINT + CMD', argv: both, dir, workdir, devOnly });
    } else if (entry) {
      out.push({ file: df.path, line: entry.line, column: entry.column, where: 'ENTRYPOINT', argv: entry.argv, dir, workdir, devOnly });
    } else if (cmd) {
      out.push({ file: df.path, line: cmd.line, column: cmd.column, where: 'CMD', argv: form(cmd), dir, workdir, devOnly });
    }
  }
  for (const cf of snapshot.composeFiles()) {
    const devOnly = isDevOnly(cf.path);
    for (const svc of cf.services) {
      const build = svc.value['build'];
      const ctx = typeof build === 'string' ? build : isObject(build) && typeof build['context'] === 'string' ? build['context'] : '.';
      const dir = joinDir(dirname(cf.path), ctx);
      const wd = typeof svc.value['working_dir'] === 'string' ? svc.value['working_dir'] : null;
      const toArgv = (v: unknown): string[] | null => (typeof v === 'string' ? shellCommands(v)[0] ?? null : Array.isArray(v) ? v.map(String) : null);
      const ep = toArgv(svc.value['entrypoint']);
      const cmd = toArgv(svc.value['command']);
      if (!ep && !cmd) continue;
      const key = cmd ? 'command' : 'entrypoint';
      const at = svc.loc([key]);
      out.push({ file: cf.path, line: at.line, column: at.column, where: `service '${svc.name}' ${key}`, argv: [...(ep ?? []), ...(cmd ?? [])], dir, workdir: wd, devOnly });
    }
  }
  for (const f of snapshot.files) {
    if (!isProcfile(f) || isTemplate(f)) continue;
    (snapshot.lines(f) ?? []).forEach((l, i) => {
      const m = /^\s*web\s*:\s*(.+)$/.exec(l);
      if (m) out.push({ file: f, line: i + 1, column: 1, where: 'Procfile web', argv: ['/bin/sh', '-c', m[1]!], dir: dirname(f), workdir: null, devOnly: isDevOnly(f) });
    });
  }
  for (const obj of snapshot.k8sObjects()) {
    for (const c of containers(obj)) {
      if (c.init) continue;
      const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : null);
      const command = list(c.container['command']);
      const args = list(c.container['args']);
      if (!command && !args) continue;
      const at = obj.loc([...c.path, command ? 'command' : 'args'], true);
      const wd = typeof c.container['workingDir'] === 'string' ? c.container['workingDir'] : null;
      out.push({ file: obj.file, line: at.line, column: at.column, where: `container '${c.name}' ${command ? 'command' : 'args'}`, argv: [...(command ?? []), ...(args ?? [])], dir: dirname(obj.file), workdir: wd, devOnly: isDevOnly(obj.file) });
    }
  }
  return out;
}

function stageOf(chain: ReturnType<typeof lineage>, i: DockerInstruction) {
  return chain.find((s) => s.instructions.includes(i));
}

function joinDir(dir: string, rel: string): string {
  const out: string[] = dir ? dir.split('/') : [];
  for (const p of rel.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop(); else out.push(p);
  }
  return out.join('/');
}

/**
 * Finds the repository file a container path names (`/app/src/app.py`, `app.py`, `pkg.mod`):
 * tries the path relative to the working directory and the build folder, then ever shorter
 * suffixes anywhere in the repository, preferring files under `dir`. Heuristic: COPY layouts
 * are not replayed.
 */
export function resolveFile(snapshot: SnapshotView, path: string, dir: string, workdir: string | null): string | null {
  let p = path.replace(/^\.\//, '');
  if (workdir && p.startsWith(`${workdir.replace(/\/$/, '')}/`)) p = p.slice(workdir.replace(/\/$/, '').length + 1);
  const parts = p.split('/').filter((x) => x && x !== '.');
  if (!parts.length || parts.includes('..')) return null;
  for (let k = 0; k < parts.length; k++) {
    const suffix = parts.slice(k).join('/');
    const direct = dir ? `${dir}/${suffix}` : suffix;
    if (snapshot.has(direct)) return direct;
    const hits = snapshot.files.filter((f) => f === suffix || f.endsWith(`/${suffix}`));
    if (hits.length) {
      const under = hits.filter((f) => !dir || f.startsWith(`${dir}/`));
      return [...(under.length ? under : hits)].sort((a, b) => a.length - b.length)[0]!;
    }
  }
  return null;
}

/** The module file for a dotted Python module name (`pkg.app` → `pkg/app.py` or `pkg/app/__init__.py`, `__main__.py` for `-m`). */
export function resolveModule(snapshot: SnapshotView, mod: string, dir: string, workdir: string | null, main: boolean): string | null {
  const base = mod.replace(/\./g, '/');
  return resolveFile(snapshot, `${base}.py`, dir, workdir)
    ?? resolveFile(snapshot, `${base}/${main ? '__main__' : '__init__'}.py`, dir, workdir);
}

/** A finding-worthy fact about one entry point. */
export interface Launch {
  entry: EntryPoint;
  /** The dev server started, when it is one. */
  dev: { what: string; debug: boolean; file?: string; line?: number; column?: number } | null;
  /** Python run calls in modules production imports or runs. */
  calls: { file: string; call: PythonRunCall; via: 'script' | 'import' }[];
  /** Env assignments on the command line (`FLASK_DEBUG=1 flask run`). */
  env: Record<string, string>;
  /** The commands, unwrapped. */
  commands: SimpleCommand[];
}

/**
 * Follows an entry point to what it really runs: unwraps shells and wrappers, reads
 * `package.json` scripts and shell scripts it names (bounded depth), and inspects the Python
 * modules it runs (`python app.py`) or serves (`gunicorn app:app`).
 */
export function analyseEntry(snapshot: SnapshotView, entry: EntryPoint): Launch {
  const launch: Launch = { entry, dev: null, calls: [], env: {}, commands: [] };
  const seen = new Set<string>();
  const visit = (argv: readonly string[], dir: string, depth: number) => {
    if (depth > 4) return;
    for (const cmd of unwrap(argv)) {
      launch.commands.push(cmd);
      Object.assign(launch.env, cmd.env);
      const v = classify(cmd.argv);
      if (v.kind === 'dev') { launch.dev ??= { what: v.what, debug: !!v.debug }; continue; }
      if (v.kind === 'python-script') {
        const file = v.module ? resolveModule(snapshot, v.path, dir, entry.workdir, true) : resolveFile(snapshot, v.path, dir, entry.workdir);
        if (!file || seen.has(file)) continue;
        seen.add(file);
        const text = snapshot.text(file);
        if (text === undefined) continue;
        for (const call of pythonRunCalls(text)) {
          launch.calls.push({ file, call, via: 'script' });
          if (call.dev && call.scope !== 'function') launch.dev ??= { what: `python ${basename(file)} (${call.call}(...))`, debug: call.debug, file, line: call.line, column: call.column };
        }
        continue;
      }
      if (v.kind === 'wsgi') {
        const file = resolveModule(snapshot, v.module, dir, entry.workdir, false);
        if (!file || seen.has(file)) continue;
        seen.add(file);
        const text = snapshot.text(file);
        if (text === undefined) continue;
        for (const call of pythonRunCalls(text)) {
          launch.calls.push({ file, call, via: 'import' });
          // Unguarded at module level, the dev server starts as soon as the server imports the module.
          if (call.dev && call.scope === 'module') launch.dev ??= { what: `${call.call}(...) at module level of ${basename(file)} (runs when ${v.server} imports it)`, debug: call.debug, file, line: call.line, column: call.column };
        }
        continue;
      }
      if (v.kind === 'package-script') {
        const pkg = findUp(snapshot, dir, 'package.json');
        const body = pkg ? scriptOf(snapshot.text(pkg), v.script) : undefined;
        if (body === undefined) {
          if (DEV_SCRIPT_NAMES.test(v.script)) launch.dev ??= { what: `${v.tool} run ${v.script}`, debug: false };
          continue;
        }
        const key = `${pkg}#${v.script}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const before = launch.dev;
        visit(['/bin/sh', '-c', body], dirname(pkg!), depth + 1);
        if (launch.dev && launch.dev !== before && !launch.dev.file) launch.dev = { ...launch.dev, what: `${v.tool} ${v.script === 'start' ? 'start' : `run ${v.script}`} → ${launch.dev.what}` };
        continue;
      }
      const n = cmd.argv[0] ?? '';
      if (/\.sh$/.test(n) || (cmd.argv.length === 1 && /^\.?\.?\//.test(n))) {
        // A start script: read it when it is in the repository, then judge the rest of the argv (`exec "$@"`).
        const file = resolveFile(snapshot, n, dir, entry.workdir);
        if (file && !seen.has(file)) {
          seen.add(file);
          const text = snapshot.text(file);
          if (text !== undefined) visit(['/bin/sh', '-c', text.replace(/\r\n?/g, '\n')], dir, depth + 1);
        }
        if (cmd.argv.length > 1) visit(cmd.argv.slice(1), dir, depth + 1);
      }
    }
  };
  visit(entry.argv, entry.dir, 0);
  return launch;
}

function findUp(snapshot: SnapshotView, dir: string, name: string): string | null {
  let d = dir;
  for (let i = 0; i < 32; i++) {
    const p = d ? `${d}/${name}` : name;
    if (snapshot.has(p)) return p;
    if (!d) return null;
    d = dirname(d);
  }
  return null;
}

function scriptOf(text: string | undefined, name: string): string | undefined {
  if (text === undefined) return undefined;
  try {
    const pkg: unknown = JSON.parse(text);
    const scripts = isObject(pkg) && isObject(pkg['scripts']) ? pkg['scripts'] : {};
    const s = scripts[name];
    if (typeof s === 'string') return s;
    // npm start without a script runs `node server.js`.
    return name === 'start' ? 'node server.js' : undefined;
  } catch {
    return undefined;
  }
}

/** Python files in the snapshot (for checks that look for `app.run` outside production paths). */
export const pythonFiles = (snapshot: SnapshotView): string[] => snapshot.files.filter(isPython);

/** Expands `${VAR:-default}` / `${VAR-default}` compose-style interpolation using only the defaults; null when a variable has no default. */
export function composeDefaults(value: string): string | null {
  return substitute(value.replace(/\$\$/g, '\u0000'), new Map())?.replace(/\u0000/g, '$') ?? null;
}
