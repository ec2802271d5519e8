import { basename, dirname, hasDevWord, joinPath } from './classify.js';
import type { EnvFile } from './env.js';
import { commandLines, commandWords } from './command-lines.js';

/**
 * A list of compose files a deployment merges in order, as `docker compose -f a.yml -f b.yml` does: named by `COMPOSE_FILE` in a
 * committed `.env` (what `docker compose up` run in that folder reads instead of `compose.yaml`), or by the `-f`/`--file` options of a
 * `docker compose`/`docker-compose` command in a Makefile or shell script. `files`: repository paths, the first being the base the
 * others are merged over (a list of one file names the file compose runs instead of the folder's default one: `docker compose -f
 * docker-compose.yml up -d` beside `compose.yaml` loads `docker-compose.yml`, by itself, an overlay of nothing); `by`: how a message names the list (`COMPOSE_FILE in .env`); `dev`: the command is a development one
 * (a Makefile target or script named for development: `dev:`, `scripts/start-local.sh`), which speaks not for production.
 */
export interface ComposeFileList { files: string[]; file: string; line: number; by: string; dev: boolean }

/** Bounds: lists read per file, files per list (a command line's length: command-lines.ts). */
const MAX_LISTS_PER_FILE = 20;
const MAX_FILES_PER_LIST = 10;

/** Files whose commands are read for `docker compose -f` lists: Makefiles and shell scripts. */
export const isComposeCommandFile = (path: string): boolean => /\.(?:sh|bash|mk)$/i.test(path) || /^(?:GNUmakefile|Makefile|makefile)$/.test(basename(path));

/**
 * The list `COMPOSE_FILE` names in a `.env` (`compose.yaml:deploy/production.yaml`, separated by `COMPOSE_PATH_SEPARATOR` when the
 * file sets it, else `:`), resolved against the `.env`'s folder, keeping only the files `exists` finds; null when one is missing or
 * a path holds a variable. One file is a list too: it names the file `docker compose up` loads there.
 */
export function composeFileEnvList(env: EnvFile, exists: (path: string) => boolean): ComposeFileList | null {
  const entry = env.entries.findLast((e) => e.key === 'COMPOSE_FILE');
  if (!entry?.value) return null;
  const sep = env.entries.findLast((e) => e.key === 'COMPOSE_PATH_SEPARATOR')?.value || ':';
  const words = entry.value.split(sep).map((w) => w.trim()).filter(Boolean).slice(0, MAX_FILES_PER_LIST);
  const files = resolveAll(dirname(env.path), words, exists);
  return files && files.length ? { files, file: env.path, line: entry.line, by: `COMPOSE_FILE in ${env.path}`, dev: false } : null;
}

/**
 * The `-f`/`--file` lists of the `docker compose …`/`docker-compose …` commands of a Makefile or shell script (lines continued
 * with `\` joined; comments skipped), one file or more (`docker compose -f docker-compose.yml up -d` names the file it runs as a
 * list of several does): each resolved against the Makefile's folder (make runs its recipes
 * there), or for a script the repository root, else the script's folder (the first where every file exists). A list with a word
 * holding a variable (`-f docker-compose.$(ENV).yml`) is not read: which files it names is not known.
 */
export function composeCommandLists(file: string, text: string, exists: (path: string) => boolean): ComposeFileList[] {
  if (!/docker[ -]compose/.test(text)) return [];
  const out: ComposeFileList[] = [];
  const make = /(?:^|\/)(?:GNUmakefile|Makefile|makefile)$|\.mk$/i.test(file);
  const scriptDev = !make && hasDevWord(basename(file).replace(/\.[^.]+$/, ''));
  let target: string | null = null;
  for (const { line: first, text: line } of commandLines(text)) {
    if (out.length >= MAX_LISTS_PER_FILE) break;
    if (make && line && !/^\s|^#/.test(line)) { const t = /^([A-Za-z0-9_./%-]+)\s*:(?!=)/.exec(line); if (t) target = t[1]!; }
    if (/^\s*#/.test(line) || !/docker[ -]compose/.test(line)) continue;
    for (const m of line.matchAll(/\bdocker(?:\s+compose|-compose)\b([^;&|#\n]*)/g)) {
      const names = fileOptions(commandWords(m[1]!));
      if (names === null || !names.length) continue;
      const bases = make ? [dirname(file)] : dirname(file) ? ['', dirname(file)] : [''];
      for (const base of bases) {
        const files = resolveAll(base, names.slice(0, MAX_FILES_PER_LIST), exists);
        if (!files?.length) continue;
        const dev = scriptDev || (target !== null && target.split(/[^A-Za-z0-9]+/).some((w) => hasDevWord(w)));
        out.push({ files, file, line: first, by: `docker compose -f in ${file}${make && target ? ` (target ${target})` : ''}`, dev });
        break;
      }
    }
  }
  return out;
}

/** Compose's global options that take a value (any other option before the subcommand is a switch). */
const VALUED = new Set(['-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--parallel', '--progress']);

/** The `-f`/`--file` values given before the subcommand, in order; null when one holds a variable or a `-` (stdin). */
function fileOptions(args: readonly string[]): string[] | null {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-')) break;
    const eq = a.indexOf('=');
    const name = eq > 0 && a.startsWith('--') ? a.slice(0, eq) : /^-f./.test(a) ? '-f' : a;
    const inline = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : /^-f./.test(a) ? a.slice(2) : undefined;
    if (name === '-f' || name === '--file') {
      const v = inline ?? args[++i];
      if (v === undefined) break;
      if (/[$`*?]/.test(v) || v === '-') return null;
      files.push(v);
    } else if (VALUED.has(name) && inline === undefined) i++;
  }
  return files;
}

/** The words as repository paths against `dir`, when every one exists (null otherwise). */
function resolveAll(dir: string, names: readonly string[], exists: (path: string) => boolean): string[] | null {
  const out: string[] = [];
  for (const n of names) {
    if (/[$`]/.test(n)) return null;
    const p = joinPath(n.startsWith('/') ? '' : dir, n.replace(/^\/+/, ''));
    if (p === null || !exists(p)) return null;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
