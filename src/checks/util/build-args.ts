/**
 * The image builds of the repository's own build files and the `--build-arg`s they pass, outside compose (whose `build.args`
 * composeArgBuilds reads): a `docker build --build-arg APP_UID=10001` (also `buildx build`, `podman build`, `buildah bud`, kaniko)
 * in a CI workflow (a folded `run: >` block read as one command), a Makefile or a build script (a variable of the file holding
 * `--build-arg …` expanded: `BUILD_ARGS = --build-arg X=1` then `docker build $(BUILD_ARGS) .`), a `docker/build-push-action`
 * step's `build-args:`, and a bake file target's `args`. Pure: read from the files' texts, one pass each.
 */
import { basename, dirname, hasDevWord, isDevOnly, isTestFile, joinPath } from '../../repo/classify.js';
import { ciPath, scriptBuild, scriptCommands } from '../../repo/platform-files.js';
import { isProductionBuildFile } from './go-build.js';
import { hclAttribute, hclBlocks, hclObjectBody } from './hcl.js';
import { escapeRegExp, lineColumnAt } from './text.js';

/**
 * One build: where it is (the file and line of the command, the `build-args:` key or the bake target's `args`), the Dockerfile it
 * names (`-f`, as written; null: none named), `path`: the Dockerfile it builds as a repository path (its `-f` from the folder the
 * command runs in, else its context's `Dockerfile`; null: not known), and the values it passes, by ARG name: the value, or null
 * when it is computed (`$UID`, `${{ secrets.X }}`, `$(id -u)`) or taken from the environment (`--build-arg APP_UID`). `opaque`:
 * it expands a variable not read here (`docker build $(EXTRA) .`), which may pass `--build-arg`s of its own.
 */
export interface PassedBuildArgs { file: string; line: number; dockerfile: string | null; path?: string | null; args: Map<string, string | null>; opaque?: true }

/** A `--build-arg NAME` written in a build file, wherever it is (a variable, an echo, a comment): it may set NAME. */
export interface BuildArgMention { file: string; line: number; name: string }

/** Bounds: the builds read from a file, and the lines of a `build-args:` block. */
const MAX_BUILDS_PER_FILE = 200;
const MAX_BLOCK_LINES = 100;

/** `--build-arg NAME=value`, `--build-arg=NAME=value`, `--build-arg "NAME=value"`, `--build-arg NAME`. */
const BUILD_ARG_FLAG = /(?<![\w-])--build-arg(?:=|[ \t]+)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'\\;&|)]+))/g;
/** The Dockerfile a build command names: `-f path`, `--file=path`, kaniko's `--dockerfile path`. */
const FILE_FLAG = /(?<![\w-])(?:-f|--file|--dockerfile)(?:=|[ \t]+)["']?([^\s"';&|)]+)/;

/** `NAME=value` (quotes removed) as a name and a literal value, or null for one the build computes; null for no ARG name. */
function pair(word: string): [string, string | null] | null {
  const m = /^([A-Za-z_]\w*)(?:=(.*))?$/s.exec(word.trim().replace(/^(["'])(.*)\1$/s, '$2'));
  if (!m) return null;
  const v = m[2]?.trim().replace(/^(["'])(.*)\1$/s, '$2');
  return [m[1]!, v === undefined || /[$`]/.test(v) ? null : v];
}

/** The input `key:` (`file`, `context`) beside the key at line `at` (the step's `with:` inputs at the same indent), as written; null when there is none. */
function sibling(lines: readonly string[], at: number, indent: number, key: string): string | null {
  for (const dir of [-1, 1]) {
    for (let j = at + dir; j >= 0 && j < lines.length && Math.abs(j - at) <= MAX_BLOCK_LINES; j += dir) {
      const l = lines[j]!;
      if (!l.trim()) continue;
      const own = l.length - l.trimStart().length;
      if (own < indent) break;
      const m = own === indent ? new RegExp(`^\\s*${key}:\\s*["']?([^\\s"'#]+)`).exec(l) : null;
      if (m) return m[1]!;
    }
  }
  return null;
}

/** A bake file (`docker-bake.hcl`, `docker-bake.prod.json`); group 1: the name between (`override`). */
const BAKE_FILE = /^docker-bake(?:\.([\w-]+))?\.(?:hcl|json)$/;
/** A variable of a Makefile or script holding `--build-arg`s: `BUILD_ARGS = --build-arg X=1`, `ARGS="--build-arg X=1"`, `export ARGS=…`. */
const ARG_VARIABLE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_]\w*)[ \t]*[:?+]?=[ \t]*(.*--build-arg\b.*?)[ \t]*\r?$/gm;
/** A YAML block scalar that folds its lines into one (`run: >`, `- >-`): group 1, the indent of its line. */
const FOLDED = /^([ \t]*)(?:-[ \t]+)?(?:[\w-]+:[ \t]*)?>[-+]?[0-9]?[ \t]*(?:#.*)?\r?$/;

/**
 * A build file's text as the shell runs it, line numbers kept: a YAML folded block (`run: >`) joined into its first line, the keys
 * and list dashes before a command (`- run: `, `script:`) and a Makefile recipe's `@`/`-` left out, and the file's variables
 * holding `--build-arg`s expanded where a command uses them (`$(BUILD_ARGS)`, `${ARGS}`, `$ARGS`).
 */
function asShell(file: string, text: string): string {
  let lines = text.split('\n');
  if (/\.ya?ml$/.test(file)) {
    for (let i = 0; i < lines.length; i++) {
      const m = FOLDED.exec(lines[i]!);
      if (!m) continue;
      let j = i + 1;
      while (j < lines.length && j - i <= MAX_BLOCK_LINES && (!lines[j]!.trim() || lines[j]!.length - lines[j]!.trimStart().length > m[1]!.length)) j++;
      lines[i] = `${lines[i]!.replace(/>[-+]?[0-9]?[ \t]*(?:#.*)?\r?$/, '')} ${lines.slice(i + 1, j).map((l) => l.trim()).filter(Boolean).join(' ')}`;
      for (let k = i + 1; k < j; k++) lines[k] = '';
      i = j - 1;
    }
    lines = lines.map((l) => l.replace(/^([ \t]*)(?:-[ \t]+)?(?:run|script|before_script|after_script|command|cmd):[ \t]*(?=\S)/, '$1').replace(/^([ \t]*)-[ \t]+/, '$1'));
  } else if (/(?:^|\/)(?:GNU)?[Mm]akefile$|\.mk$/.test(file)) {
    // Each recipe line runs in a shell of its own: a subshell, so a `cd` in it moves no later line.
    lines = lines.map((l, i) => {
      if (!l.startsWith('\t') || /^\t[ \t]*#/.test(l)) return l;
      const open = i === 0 || !/\\\r?$/.test(lines[i - 1]!);
      const close = !/\\\r?$/.test(l);
      return `${open ? '\t(' : ''}${l.replace(/^\t[@+-]*/, open ? '' : '\t')}${close ? ' )' : ''}`;
    });
  }
  let out = lines.join('\n');
  const vars = new Map<string, string>();
  for (const m of text.matchAll(ARG_VARIABLE)) if (vars.size < 50) vars.set(m[1]!, m[2]!.replace(/^(["'])(.*)\1$/, '$2'));
  if (vars.size) {
    const names = [...vars.keys()].map(escapeRegExp).join('|');
    out = out.replace(new RegExp(`\\$(?:\\((${names})\\)|\\{(${names})\\}|(${names})\\b)`, 'g'), (_, a?: string, b?: string, c?: string) => vars.get(a ?? b ?? c!)!);
  }
  return out;
}

/** The `args` of each bake target (HCL `args = { APP_UID = "10001" }`, JSON `"args": {…}`) with the Dockerfile it builds. */
function bakeArgs(file: string, text: string): PassedBuildArgs[] {
  const dir = dirname(file);
  const out: PassedBuildArgs[] = [];
  const put = (line: number, context: unknown, dockerfile: unknown, args: Map<string, string | null>) => {
    const ctx = context === undefined ? dir : typeof context === 'string' && !context.includes('${') ? ciPath(dir, context) : null;
    const df = dockerfile === undefined ? 'Dockerfile' : typeof dockerfile === 'string' && !dockerfile.includes('${') ? dockerfile : null;
    const path = ctx === null || df === null ? null : ciPath(ctx, df);
    if (args.size && out.length < MAX_BUILDS_PER_FILE) out.push({ file, line, dockerfile: typeof dockerfile === 'string' ? dockerfile : null, path, args });
  };
  const value = (v: unknown): string | null => (typeof v === 'string' && !/[$`]/.test(v) ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);
  if (file.endsWith('.json')) {
    let root: unknown;
    try { root = text.length <= 1_000_000 ? JSON.parse(text) : null; } catch { return out; }
    const targets = root && typeof root === 'object' ? (root as Record<string, unknown>)['target'] : null;
    for (const t of Object.values(targets && typeof targets === 'object' ? targets : {}).slice(0, 1_000)) {
      if (!t || typeof t !== 'object') continue;
      const o = t as Record<string, unknown>;
      const a = o['args'];
      if (!a || typeof a !== 'object') continue;
      put(1, o['context'], o['dockerfile'], new Map(Object.entries(a as Record<string, unknown>).filter(([n]) => /^[A-Za-z_]\w*$/.test(n)).map(([n, v]) => [n, value(v)])));
    }
    return out;
  }
  for (const block of hclBlocks(text, 'target').slice(0, 1_000)) {
    const body = hclObjectBody(text, block, 'args');
    if (!body) continue;
    const args = new Map<string, string | null>();
    for (const m of text.slice(body.start, body.end).matchAll(/^[ \t{,]*"?([A-Za-z_]\w*)"?[ \t]*[=:][ \t]*("(?:[^"\\\n]|\\.)*"|[^\s,}]+)/gm)) {
      const v = m[2]!;
      args.set(m[1]!, v.startsWith('"') ? value(v.slice(1, -1)) : /^(?:true|false|\d+)$/.test(v) ? v : null);
    }
    const attr = (key: string) => { const a = hclAttribute(text, block, key); return a === undefined ? undefined : a.value; };
    put(lineColumnAt(text, body.start).line, attr('context'), attr('dockerfile'), args);
  }
  return out;
}

/**
 * The image builds in the files production builds may run (isProductionBuildFile: not development-only or tests'; and bake files
 * not named for development), with the `--build-arg`s each passes (none: an empty map), and every `--build-arg NAME` those files
 * write (`mentions`), read as a command or not. Lines continued with `\` are one command, a `cd` moves the commands after it.
 */
export function repositoryBuilds(files: readonly string[], text: (f: string) => string | undefined): { builds: PassedBuildArgs[]; mentions: BuildArgMention[] } {
  const builds: PassedBuildArgs[] = [];
  const mentions: BuildArgMention[] = [];
  const known = new Set(files);
  const exists = (p: string) => known.has(p);
  for (const file of files) {
    const bake = BAKE_FILE.exec(basename(file));
    if (bake) {
      if ((bake[1] !== undefined && hasDevWord(bake[1])) || isDevOnly(file) || isTestFile(file)) continue;
      const t = text(file);
      if (t !== undefined && t.includes('args')) builds.push(...bakeArgs(file, t));
      continue;
    }
    if (!isProductionBuildFile(file)) continue;
    const t = text(file);
    if (t === undefined || !/\b(?:build|bud)\b|--dockerfile/.test(t)) continue;
    for (const m of t.includes('--build-arg') ? t.matchAll(BUILD_ARG_FLAG) : []) {
      const p = pair(m[1] ?? m[2] ?? m[3]!);
      if (p && mentions.length < 1_000) mentions.push({ file, line: lineColumnAt(t, m.index).line, name: p[0] });
    }
    const lines = t.split('\n');
    let count = 0;
    for (let i = 0; i < lines.length && count < MAX_BUILDS_PER_FILE; i++) {
      // A docker/build-push-action input: `build-args: |` and its lines, or `build-args: A=1,B=2` (a list, newline- or comma-separated).
      const key = /^(\s*)build-args:\s*(.*)$/.exec(lines[i]!);
      if (!key) continue;
      const indent = key[1]!.length;
      const rest = key[2]!.replace(/\s+#.*$/, '').trim();
      const words: string[] = [];
      if (/^[|>][-+]?$/.test(rest)) {
        for (let j = i + 1; j < lines.length && j <= i + MAX_BLOCK_LINES; j++) {
          const b = lines[j]!;
          if (b.trim() && b.length - b.trimStart().length <= indent) break;
          if (b.trim()) words.push(b.trim());
        }
      } else words.push(...rest.replace(/^(["'])(.*)\1$/, '$2').split(','));
      const args = new Map(words.flatMap((w) => { const p = pair(w); return p ? [p] : []; }));
      for (const name of args.keys()) if (mentions.length < 1_000) mentions.push({ file, line: i + 1, name });
      if (!args.size) continue;
      // `file:` is read from the repository root, else the context; its default is `Dockerfile` in the context.
      const dockerfile = sibling(lines, i, indent, 'file');
      const context = sibling(lines, i, indent, 'context');
      const ctx = context === null ? '' : ciPath('', context);
      const paths = dockerfile === null ? [ctx === null ? null : joinPath(ctx, 'Dockerfile')] : [ciPath('', dockerfile), ctx === null ? null : ciPath(ctx, dockerfile)];
      builds.push({ file, line: i + 1, dockerfile, path: paths.find((p) => p !== null && exists(p)) ?? paths.find((p) => p !== null) ?? null, args });
      count++;
    }
    const start = /(?:^|\/)(?:GNU)?[Mm]akefile$|\.mk$/.test(file) ? dirname(file) : '';
    for (const c of scriptCommands(asShell(file, t), start)) {
      if (count >= MAX_BUILDS_PER_FILE) break;
      const b = scriptBuild(c);
      if (!b) continue;
      const args = new Map(b.buildArgs.flatMap((w) => { const p = pair(w); return p ? [p] : []; }));
      const written = FILE_FLAG.exec(c.words.join(' '))?.[1] ?? null;
      builds.push({ file, line: c.line ?? 1, dockerfile: written, path: b.dockerfiles.find((p) => p !== null && exists(p)) ?? b.dockerfiles.find((p) => p !== null) ?? null, args, ...(b.opaque ? { opaque: true as const } : {}) });
      count++;
    }
  }
  return { builds, mentions };
}

/**
 * Whether a build builds `dockerfile` (a repository path): the Dockerfile it builds, as a repository path, is that one; when that path
 * is not known (`-f $DOCKERFILE`), a build naming none (the context's `Dockerfile`) or one of that name may.
 */
export function mayBuild(b: PassedBuildArgs, dockerfile: string): boolean {
  if (b.path != null) return b.path === dockerfile;
  return b.dockerfile === null ? basename(dockerfile) === 'Dockerfile' || basename(dockerfile) === 'Containerfile' : basename(b.dockerfile) === basename(dockerfile);
}
