/**
 * The `--build-arg`s the repository's own builds pass, outside compose (whose `build.args` composeArgBuilds reads): a
 * `docker build --build-arg APP_UID=10001` (also `buildx build`, `podman build`, `buildah bud`, kaniko) in a CI workflow, a
 * Makefile or a build script, and a `docker/build-push-action` step's `build-args:`. Pure: read from the files' texts, one pass each.
 */
import { basename } from '../../repo/classify.js';
import { isProductionBuildFile } from './go-build.js';

/**
 * One build: where it is (the file and line of the command or the `build-args:` key), the Dockerfile it names (`-f`, as written;
 * null: none named) and the values it passes, by ARG name: the value, or null when it is computed (`$UID`, `${{ secrets.X }}`,
 * `$(id -u)`) or taken from the environment (`--build-arg APP_UID`).
 */
export interface PassedBuildArgs { file: string; line: number; dockerfile: string | null; args: Map<string, string | null> }

/** Bounds: the builds read from a file, and the lines of a `build-args:` block. */
const MAX_BUILDS_PER_FILE = 200;
const MAX_BLOCK_LINES = 100;

/** `--build-arg NAME=value`, `--build-arg=NAME=value`, `--build-arg "NAME=value"`, `--build-arg NAME`. */
const BUILD_ARG_FLAG = /(?<![\w-])--build-arg(?:=|[ \t]+)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'\\;&|)]+))/g;
/** The Dockerfile a build command names: `-f path`, `--file=path`, kaniko's `--dockerfile path`. */
const FILE_FLAG = /(?<![\w-])(?:-f|--file|--dockerfile)(?:=|[ \t]+)["']?([^\s"';&|)]+)/;
/** A command that builds an image. */
const BUILDER = /\b(?:docker|podman|buildah|kaniko|executor)\b/;

/** `NAME=value` (quotes removed) as a name and a literal value, or null for one the build computes; null for no ARG name. */
function pair(word: string): [string, string | null] | null {
  const m = /^([A-Za-z_]\w*)(?:=(.*))?$/s.exec(word.trim().replace(/^(["'])(.*)\1$/s, '$2'));
  if (!m) return null;
  const v = m[2]?.trim().replace(/^(["'])(.*)\1$/s, '$2');
  return [m[1]!, v === undefined || /[$`]/.test(v) ? null : v];
}

/** The `file:` beside the key at line `at` (the step's `with:` inputs at the same indent), as written; null when there is none. */
function siblingFile(lines: readonly string[], at: number, indent: number): string | null {
  for (const dir of [-1, 1]) {
    for (let j = at + dir; j >= 0 && j < lines.length && Math.abs(j - at) <= MAX_BLOCK_LINES; j += dir) {
      const l = lines[j]!;
      if (!l.trim()) continue;
      const own = l.length - l.trimStart().length;
      if (own < indent) break;
      const m = own === indent ? /^\s*file:\s*["']?([^\s"'#]+)/.exec(l) : null;
      if (m) return m[1]!;
    }
  }
  return null;
}

/**
 * The builds passing `--build-arg`s in the files production builds may run (isProductionBuildFile: not development-only or tests').
 * Lines continued with `\` are one command.
 */
export function passedBuildArgs(files: readonly string[], text: (f: string) => string | undefined): PassedBuildArgs[] {
  const out: PassedBuildArgs[] = [];
  for (const file of files) {
    if (!isProductionBuildFile(file)) continue;
    const t = text(file);
    if (t === undefined || !t.includes('build-arg')) continue;
    const lines = t.split('\n');
    let builds = 0;
    for (let i = 0; i < lines.length && builds < MAX_BUILDS_PER_FILE; i++) {
      const l = lines[i]!;
      // A docker/build-push-action input: `build-args: |` and its lines, or `build-args: A=1,B=2` (a list, newline- or comma-separated).
      const key = /^(\s*)build-args:\s*(.*)$/.exec(l);
      if (key) {
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
        if (args.size) { out.push({ file, line: i + 1, dockerfile: siblingFile(lines, i, indent), args }); builds++; }
        continue;
      }
      if (!l.includes('--build-arg')) continue;
      // The whole command: the lines before continued into this one, and those this one continues into.
      let start = i;
      while (start > 0 && /\\\s*$/.test(lines[start - 1]!) && i - start < MAX_BLOCK_LINES) start--;
      let end = i;
      while (end + 1 < lines.length && /\\\s*$/.test(lines[end]!) && end - i < MAX_BLOCK_LINES) end++;
      const cmd = lines.slice(start, end + 1).join(' ');
      if (!BUILDER.test(cmd)) { i = end; continue; }
      const args = new Map<string, string | null>();
      for (const m of cmd.matchAll(BUILD_ARG_FLAG)) { const p = pair(m[1] ?? m[2] ?? m[3]!); if (p) args.set(p[0], p[1]); }
      if (args.size) { out.push({ file, line: start + 1, dockerfile: FILE_FLAG.exec(cmd)?.[1] ?? null, args }); builds++; }
      i = end;
    }
  }
  return out;
}

/** Whether a build may build `dockerfile` (a repository path): it names none (the context's `Dockerfile`) or one of that name. */
export function mayBuild(b: PassedBuildArgs, dockerfile: string): boolean {
  return b.dockerfile === null ? basename(dockerfile) === 'Dockerfile' || basename(dockerfile) === 'Containerfile' : basename(b.dockerfile) === basename(dockerfile);
}
