/**
 * Hosting platforms' deploy files by name (fly.toml, render.yaml, railway.json/toml, serverless.yml, heroku.yml, app.yaml), a
 * single-line TOML reader for them, and the Dockerfiles their production configs build: read by the snapshot (a Dockerfile a
 * deploy config names is one whatever its name, `dockerfile = "Dockerfile-prod"`) and by the checks (checks/util/platform.ts).
 * Pure reads of the files a view lists.
 */
import { basename, dirname, filesEndingIn, filesWhere, hasDevWord, isDevOnly, isTemplate, isTestFile, isVendoredOrGenerated, joinPath } from './classify.js';
import { perObject } from './memo.js';
import { isObject, parseYaml, type YamlFile } from './yaml.js';

/** What these readers need of a snapshot. */
export interface PlatformView {
  readonly files: readonly string[];
  /** Whether `path` is one of `files` (a snapshot's set of them): when absent, a set of `files` is built where needed. */
  has?(path: string): boolean;
  lines(path: string): string[] | undefined;
  yaml(path: string): YamlFile | undefined;
  /** A JSON file parsed as JSON (railway.json): its parse problem is JSON's, whichever reader asks first. */
  json(path: string): { value: unknown } | null | undefined;
}

/** Bounds: entries per file. */
const MAX_ENTRIES = 2_000;

const FLY_FILE_RE = /^fly(?:\.[\w-]+)?\.toml$/;

/** A fly config for development (`fly.dev.toml`, `fly.local.toml`): by the development name between `fly.` and `.toml`. */
export const flyDev = (file: string): boolean => isDevOnly(file) || hasDevWord(basename(file).slice(4, -5));

/** Whether `file` is a platform deploy file (platformFile): the files the platform readers walk (see filesWhere). */
export const isPlatformConfig = (file: string): boolean => platformFile(file) !== null;

/** A platform deploy file of the repository's deployment (not a template or a test fixture): its kind, or null. */
export function platformFile(file: string): 'fly' | 'render' | 'railway' | 'serverless' | 'heroku' | 'app' | null {
  const name = basename(file);
  // Every name below ends in `.toml`, `.json`, `.yaml` or `.yml`: one test of that first (the readers ask it of every path).
  if (!PLATFORM_EXTENSION.test(name)) return null;
  // `fly.<env>.toml` (`fly.production.toml`, `fly.staging.toml`: `fly deploy -c …`) is read as fly.toml is.
  // `app.yaml` is App Engine's or a DigitalOcean app spec (`.do/app.yaml`): which one is told by its keys (appSpec).
  const kind = FLY_FILE_RE.test(name) ? 'fly' : /^render\.ya?ml$/.test(name) ? 'render' : /^railway\.(?:json|toml)$/.test(name) ? 'railway'
    : /^serverless\.ya?ml$/.test(name) ? 'serverless' : /^heroku\.ya?ml$/.test(name) ? 'heroku'
    : /^app\.ya?ml$/.test(name) || /(?:^|\/)\.do\/[^/]+\.ya?ml$/.test(file) ? 'app' : null;
  if (!kind) return null;
  // The Deploy-to-DigitalOcean button deploys `.do/deploy.template.yaml` as written: not a template in the sense of the others.
  const doTemplate = /(?:^|\/)\.do\/deploy\.template\.ya?ml$/.test(file);
  return (doTemplate || !isTemplate(file)) && !isTestFile(file) && !isVendoredOrGenerated(file) ? kind : null;
}
const PLATFORM_EXTENSION = /\.(?:toml|json|ya?ml)$/;

/** One single-line `key = value` of a TOML file: its table (`[env]`, `[[services]]`), key, value (a string, number or boolean; an array of strings joined by spaces) and where the key is written. */
export interface TomlEntry { section: string; key: string; value: string; line: number; column: number }

/** One part of a TOML key: bare (`env`, `build-target`), or quoted (`"X"`, `'X'`). */
const KEY_PART = `(?:"(?:[^"\\\\\\n]|\\\\.)*"|'[^'\\n]*'|[\\w-]+)`;
/** A TOML key: its parts joined by dots, whitespace around each dot allowed (`env.NODE_ENV`, `env."X"`, `"env".X`, `env . X`). */
const TOML_KEY = `(${KEY_PART}(?:\\s*\\.\\s*${KEY_PART})*)`;
/**
 * A TOML value this reads: a triple-quoted string on one line (groups 2, 3), a string (4, 5), a bare word (a number, a
 * boolean; 6) or an array of strings (7, its inside as `array` matches it).
 */
const tomlValue = (array: string) => `(?:"""((?:[^"\\\\]|\\\\.|"(?!""))*)"""|'''((?:[^']|'(?!''))*)'''|"((?:[^"\\\\]|\\\\.)*)"|'([^']*)'|([\\w.+-]+)|\\[(${array})\\])`;
const TOML_LINE_RE = new RegExp(`^\\s*${TOML_KEY}\\s*=\\s*(?:${tomlValue('.*')}|\\{(.*)\\})\\s*(?:#.*)?$`);
/** A key whose value is a multi-line string opened on its line (`KEY = """`, `'''`, its text running on below): group 2 the delimiter, 3 what follows it. */
const TOML_MULTILINE_RE = new RegExp(`^\\s*${TOML_KEY}\\s*=\\s*("""|''')(.*)$`);
/** One `key = value` of an inline table (`{ A = "1", B = "2" }`), read from where the last one ended. */
const TOML_INLINE_RE = new RegExp(`\\s*${TOML_KEY}\\s*=\\s*${tomlValue('[^\\]]*')}\\s*(?:,|$)`, 'y');
/** A table header, `[env]`, `[[services]]`, `[ "env" ]`, `[build . args]`: group 1 its key. */
const TOML_HEADER_RE = new RegExp(`^\\s*\\[{1,2}\\s*${TOML_KEY}\\s*\\]{1,2}\\s*(?:#.*)?$`);
/** Lines a multi-line string may run over (bounded). */
const MAX_MULTILINE = 500;

/** A TOML basic string's common escapes (`\"`, `\\`, `\n`, `\t`) read; others kept as written. */
const unescapeBasic = (s: string): string => s.replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));

/** The parts of a TOML key as written (TOML_KEY): quotes taken off (a basic string's escapes read), whitespace around the dots dropped. */
function keyParts(key: string): string[] {
  const out: string[] = [];
  for (const m of key.matchAll(new RegExp(KEY_PART, 'g'))) {
    const p = m[0];
    out.push(p.startsWith('"') ? unescapeBasic(p.slice(1, -1)) : p.startsWith("'") ? p.slice(1, -1) : p);
  }
  return out;
}

/** The value TOML_LINE_RE or TOML_INLINE_RE matched (groups 2–7). */
function valueOf(m: RegExpExecArray): string {
  const basic = m[2] ?? m[4];
  if (basic !== undefined) return unescapeBasic(basic);
  return m[3] ?? m[5] ?? m[6] ?? [...m[7]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!).join(' ');
}

/**
 * The `key = value` entries of a TOML file, with the table each is in: single-line values, and multi-line strings (`"""…"""`,
 * `'''…'''`, at their key; the newline right after the opening delimiter trimmed, as TOML does; their lines are no entries). A
 * dotted key is the table path it writes (`env.NODE_ENV = "x"`, `env."NODE_ENV"`, `"env".NODE_ENV`, `env . NODE_ENV` are `NODE_ENV`
 * in `[env]`; a quoted part is one key, dots and all), table headers are read alike (`[ "env" ]`), and a one-line inline table
 * holds entries of the table its key names (`env = { FLASK_DEBUG = "1" }`, each located at its own key).
 */
export function tomlEntries(lines: readonly string[]): TomlEntry[] {
  const out: TomlEntry[] = [];
  let section = '';
  const push = (table: string, key: string, value: string, line: number, column: number) => {
    const parts = keyParts(key);
    const last = parts.pop();
    if (last === undefined) return;
    out.push({ section: [table, ...parts].filter(Boolean).join('.'), key: last, value, line, column });
  };
  for (let i = 0; i < lines.length && out.length < MAX_ENTRIES; i++) {
    const l = lines[i]!;
    if (l.length > 10_000) continue;
    const sec = TOML_HEADER_RE.exec(l);
    if (sec) { section = keyParts(sec[1]!).join('.'); continue; }
    const column = l.length - l.trimStart().length + 1;
    const m = TOML_LINE_RE.exec(l);
    if (!m) {
      // A multi-line string: its text up to the closing delimiter (bounded), at its key.
      const ml = TOML_MULTILINE_RE.exec(l);
      if (!ml) continue;
      const delim = ml[2]!;
      const text: string[] = [ml[3]!];
      let end = -1;
      for (let k = i + 1; k < lines.length && k <= i + MAX_MULTILINE; k++) {
        const at = lines[k]!.indexOf(delim);
        if (at >= 0) { text.push(lines[k]!.slice(0, at)); end = k; break; }
        text.push(lines[k]!);
      }
      if (end < 0) continue;
      // In a basic string a line ending in `\` joins the next, its leading whitespace dropped.
      let value = (text[0] === '' ? text.slice(1) : text).join('\n');
      if (delim === '"""') value = unescapeBasic(value.replace(/\\[ \t]*\n\s*/g, ''));
      push(section, ml[1]!, value, i + 1, column);
      i = end;
      continue;
    }
    if (m[8] === undefined) { push(section, m[1]!, valueOf(m), i + 1, column); continue; }
    // An inline table: its entries, in the table the key names; a value this does not read (a nested table) ends it.
    const table = [section, ...keyParts(m[1]!)].filter(Boolean).join('.');
    const body = m[8];
    const start = l.indexOf('{', column - 1 + m[0].trimStart().indexOf('=')) + 1;
    TOML_INLINE_RE.lastIndex = 0;
    for (let e = TOML_INLINE_RE.exec(body); e && out.length < MAX_ENTRIES; e = TOML_INLINE_RE.exec(body)) {
      push(table, e[1]!, valueOf(e), i + 1, start + e.index + (e[0].length - e[0].trimStart().length) + 1);
      if (TOML_INLINE_RE.lastIndex >= body.length) break;
    }
  }
  return out;
}

/**
 * A Docker build a production deploy config runs: the Dockerfile (a repository path), the stage it names (`--target`,
 * `target:`, fly.toml's `build-target`; null: the final stage), the config's file and how messages name it (`fly.toml`).
 */
export interface DeployBuild {
  dockerfile: string; target: string | null; file: string; by: string;
  /** The CI job that runs it (`.gitlab-ci.yml:build`), when it is one: builds of one job are read together (an earlier stage it builds to cache). */
  job?: string;
  /**
   * A target written with an expression or variable that has no literal value here (`${{ inputs.stage }}`, `$STAGE` set
   * nowhere): as written. Which stage it builds is not known: `target` is null, and such a build stands for no stage.
   */
  unresolved?: string;
  /**
   * The image references it tags, as written (`docker build -t acme/web:1.0`, kaniko's `--destination`, build-push-action's literal
   * `tags:` or, for `tags: ${{ steps.meta.outputs.tags }}`, that metadata-action step's `images:`, a skaffold artifact's `image`);
   * absent when none is read. Links the image a Kubernetes container names to the Dockerfile it is built from.
   */
  tags?: string[];
}

/** A non-empty string value, trimmed; else null. */
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** A stage name a deploy config gives literally (not an expression or a variable), else null. */
const stageName = (v: unknown): string | null => (typeof v === 'string' && /^[A-Za-z0-9][\w.-]*$/.test(v.trim()) ? v.trim() : null);

/**
 * Dockerfiles a production platform config builds and deploys, with the config that does: fly.toml (the Dockerfile beside
 * it, or its `[build] dockerfile`; not with `[build] image`, nor a buildpacks `builder` without a `dockerfile`), heroku.yml (every `build.docker.<process>`), render.yaml (a
 * Docker service's `dockerfilePath`, default `./Dockerfile`, under `rootDir`), railway.json/railway.toml (`build.dockerfilePath`,
 * default the Dockerfile at its root). Development configs are left out.
 */
export function readPlatformDockerfiles(snapshot: PlatformView): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of readPlatformBuilds(snapshot)) if (!out.has(b.dockerfile)) out.set(b.dockerfile, b.by);
  return out;
}

/**
 * The builds of readPlatformDockerfiles, each with the stage it builds: fly.toml's `[build] build-target`, heroku.yml's
 * `build.docker.<process>.target` (render.yaml and Railway name no stage: the final one).
 */
export const readPlatformBuilds = perObject(function readPlatformBuilds(snapshot: PlatformView): DeployBuild[] {
  const out: DeployBuild[] = [];
  const put = (df: string | null, file: string, target: string | null = null) => { if (df && out.length < MAX_ENTRIES) out.push({ dockerfile: df, target, file, by: basename(file) }); };
  for (const f of filesWhere(filesEndingIn(snapshot.files, 'toml', 'json', 'yml', 'yaml'), isPlatformConfig)) {
    const kind = platformFile(f);
    if (!kind || kind === 'serverless' || kind === 'app') continue;
    if (kind === 'fly') {
      if (flyDev(f)) continue;
      const entries = tomlEntries(snapshot.lines(f) ?? []);
      if (entries.some((e) => e.section === 'build' && e.key === 'image')) continue;
      // A buildpacks `builder` (or `buildpacks`) is used before the Dockerfile builder unless a `dockerfile` is named.
      const named = entries.find((e) => e.section === 'build' && e.key === 'dockerfile')?.value;
      if (!named && entries.some((e) => e.section === 'build' && (e.key === 'builder' || e.key === 'buildpacks'))) continue;
      put(joinPath(dirname(f), named ?? 'Dockerfile'), f, stageName(entries.find((e) => e.section === 'build' && e.key === 'build-target')?.value));
      continue;
    }
    if (isDevOnly(f)) continue;
    if (kind === 'railway' && f.endsWith('.toml')) {
      const entries = tomlEntries(snapshot.lines(f) ?? []);
      const builder = entries.find((e) => e.section === 'build' && e.key === 'builder')?.value;
      const path = entries.find((e) => e.section === 'build' && e.key === 'dockerfilePath')?.value;
      if (path || /dockerfile/i.test(builder ?? '')) put(joinPath(dirname(f), path ?? 'Dockerfile'), f);
      continue;
    }
    // railway.json is JSON: read as JSON (a broken one gets JSON's parse problem, not the YAML reader's); the others are YAML.
    const json = kind === 'railway' ? snapshot.json(f) : undefined;
    const docs: { value: unknown }[] = kind === 'railway' ? (json ? [json] : []) : snapshot.yaml(f)?.docs ?? [];
    for (const doc of docs) {
      const root = isObject(doc.value) ? doc.value : null;
      if (!root) continue;
      if (kind === 'heroku') {
        const build = isObject(root['build']) ? root['build'] : null;
        const docker = build && isObject(build['docker']) ? build['docker'] : null;
        // `web: Dockerfile`, or `web: { dockerfile: Dockerfile, target: production }` (a multi-stage build's stage).
        for (const v of docker ? Object.values(docker) : []) put(joinPath(dirname(f), str(v) ?? (isObject(v) ? str(v['dockerfile']) : null) ?? ''), f, isObject(v) ? stageName(v['target']) : null);
      } else if (kind === 'render') {
        for (const svc of Array.isArray(root['services']) ? root['services'] : []) {
          if (!isObject(svc) || !(svc['runtime'] === 'docker' || svc['env'] === 'docker' || str(svc['dockerfilePath']))) continue;
          const base = str(svc['rootDir']) && !String(svc['rootDir']).startsWith('/') ? joinPath(dirname(f), String(svc['rootDir'])) : dirname(f);
          put(base === null ? null : joinPath(base, str(svc['dockerfilePath']) ?? 'Dockerfile'), f);
        }
      } else if (kind === 'railway') {
        const build = isObject(root['build']) ? root['build'] : null;
        const path = build ? str(build['dockerfilePath']) : null;
        if (path || /dockerfile/i.test(String(build?.['builder'] ?? ''))) put(joinPath(dirname(f), path ?? 'Dockerfile'), f);
      }
    }
  }
  return out;
});

/** A GitHub workflow file (`.github/workflows/*.yml`). */
const WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
/**
 * A script that pushes the image it builds: `docker push` (also `docker image push`, `docker manifest push`, podman's and
 * buildah's), `buildx build` with `--push` or a registry output (`--output type=registry`, `type=image,push=true`).
 */
const PUSH_RE = /\b(?:(?:docker|podman|buildah)[ \t]+(?:(?:image|manifest)[ \t]+)?push\b|buildx[ \t]+build\b[^\n]*(?:[ \t]--push\b|\btype=registry\b|\bpush=true\b))/;
/** Whether a CI script pushes images (PUSH_RE, its `\`-continued lines joined). */
const scriptPushes = (run: string): boolean => run.length <= 100_000 && PUSH_RE.test(run.replace(/\\\r?\n/g, ' '));

/** The Dockerfiles CI builds and pushes ({@link ciBuilds}), each with the file name of the CI config that does. */
export function workflowDockerfiles(snapshot: PlatformView & { text(path: string): string | undefined }): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of ciBuilds(snapshot)) if (!out.has(b.dockerfile)) out.set(b.dockerfile, basename(b.file));
  return out;
}

/** `docker build` options that take no value (any other option without `=` takes the next word); buildah's too. */
const BUILD_FLAGS = new Set(['--push', '--load', '--pull', '--no-cache', '-q', '--quiet', '--rm', '--force-rm', '--squash', '--squash-all', '--compress', '--disable-content-trust', '--check', '--debug', '-D', '--layers', '--all-platforms', '--no-hosts']);

/** Variables CI systems set to the checkout's folder (`$CI_PROJECT_DIR`, `${{ github.workspace }}`): a path starting with one is a repository path. */
const ROOT_VAR = /^(?:\$\{?(?:CI_PROJECT_DIR|GITHUB_WORKSPACE|BITBUCKET_CLONE_DIR|CIRCLE_WORKING_DIRECTORY)\}?|\$\{\{\s*github\.workspace\s*\}\})(?=\/|$)/;

/**
 * A path written in a CI config or script, read from the folder `cwd` (a repository path; null: not known): the repository
 * path it names, or null — an absolute path, a home folder, a URL, a path from another variable or an expression (not
 * known here), one climbing out of the repository. One starting with a checkout variable (ROOT_VAR) is read from the root.
 */
export function ciPath(cwd: string | null, p: string): string | null {
  const rooted = ROOT_VAR.exec(p);
  if (rooted) return joinPath('', p.slice(rooted[0].length));
  if (cwd === null || /^[/~]|[$`*?]|^[a-z][\w+.-]*:\/\/|^git@/i.test(p)) return null;
  return joinPath(cwd, p);
}

/**
 * A simple command of a CI script: its words (unquoted; `$(…)`, `${…}`, `` `…` `` kept whole, nothing expanded), the folder it runs
 * in (null: not known) and the line of the script it starts on (1-based).
 */
export interface ScriptCommand { words: string[]; cwd: string | null; line?: number }

/**
 * The simple commands of a shell script that starts in `start` (lines continued with `\` joined; commands split at `;`,
 * `&&`, `||`, `|`, `&` and line ends; `#` comments left out), each with the folder it runs in: `cd DIR` (and `pushd DIR`,
 * `popd`) moves the commands after it, `cd backend && docker build .` as on its own line; a subshell `( … )` keeps its
 * `cd` to itself. `cd` alone, `cd -`, `cd ~` or to a folder from a variable leave the folder unknown.
 */
export function scriptCommands(script: string, start: string | null): ScriptCommand[] {
  const out: ScriptCommand[] = [];
  if (script.length > 100_000) return out;
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let cwd = start;
  // The line being read, and the one the command being read starts on.
  let line = 1;
  let first = 1;
  const subshells: (string | null)[] = [];
  const dirs: (string | null)[] = [];
  const endWord = () => { if (inWord) words.push(word); word = ''; inWord = false; };
  const endCommand = () => {
    endWord();
    const [cmd, arg] = words;
    if (cmd === 'cd' || cmd === 'pushd') {
      if (cmd === 'pushd' && dirs.length < 64) dirs.push(cwd);
      cwd = arg === undefined || arg === '-' ? null : ciPath(cwd, arg);
    } else if (cmd === 'popd') cwd = dirs.length ? dirs.pop()! : null;
    else if (words.length && out.length < MAX_ENTRIES) out.push({ words, cwd, line: first });
    words = [];
  };
  // The index of what closes the `$(`, `${` or backquote opening at i (quotes inside passed over); the end when nothing does.
  const closing = (i: number): number => {
    if (script[i] === '`') { const e = script.indexOf('`', i + 1); return e < 0 ? script.length - 1 : e; }
    const open = script[i + 1]!;
    const close = open === '(' ? ')' : '}';
    let depth = 0;
    for (let j = i + 1; j < script.length; j++) {
      const d = script[j]!;
      if (d === "'" || d === '"') { const e = script.indexOf(d, j + 1); if (e < 0) return script.length - 1; j = e; }
      else if (d === open) depth++;
      else if (d === close && --depth === 0) return j;
    }
    return script.length - 1;
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (!inWord && !words.length) first = line;
    if (c === '\n') line++;
    if (c === '\\') {
      if (script[i + 1] === '\n') { i++; line++; continue; }
      if (script[i + 1] === '\r' && script[i + 2] === '\n') { i += 2; line++; continue; }
      if (i + 1 < script.length) { word += script[++i]; inWord = true; }
      continue;
    }
    if (c === "'" || c === '"') {
      let stop = i + 1;
      while (stop < script.length && script[stop] !== c) stop += c === '"' && script[stop] === '\\' ? 2 : 1;
      const body = script.slice(i + 1, Math.min(stop, script.length));
      word += c === '"' ? body.replace(/\\(["\\$`])/g, '$1') : body;
      inWord = true;
      i = stop;
      continue;
    }
    if ((c === '$' && (script[i + 1] === '(' || script[i + 1] === '{')) || c === '`') {
      const end = closing(i);
      word += script.slice(i, end + 1);
      inWord = true;
      i = end;
      continue;
    }
    if (c === '#' && !inWord) { const nl = script.indexOf('\n', i); i = nl < 0 ? script.length : nl - 1; continue; }
    if (c === '(' && !inWord && !words.length) { endCommand(); if (subshells.length < 64) subshells.push(cwd); continue; }
    if (c === ')') { endCommand(); if (subshells.length) cwd = subshells.pop()!; continue; }
    // `2>&1`, `>&2`: a redirection, not a background `&`.
    if (c === '&' && inWord && /[<>]$/.test(word)) { word += c; continue; }
    if (c === ';' || c === '\n' || c === '\r' || c === '|' || c === '&') { endCommand(); if ((c === '&' || c === '|') && script[i + 1] === c) i++; continue; }
    if (c === ' ' || c === '\t') { endWord(); continue; }
    word += c;
    inWord = true;
  }
  endCommand();
  return out;
}

/**
 * A build a CI script runs: the Dockerfile it builds (the repository paths it may be, in order), its `--target` as written (null: none),
 * whether it pushes by itself (kaniko, `buildx build --push`), its `--build-arg`s as written (`APP_UID=10001`, `APP_UID`) and `opaque`:
 * a word of it is a variable not expanded here (`docker build $(BUILD_ARGS) .`), which may pass options of its own.
 */
export interface ScriptBuild { dockerfiles: (string | null)[]; target: string | null; pushes: boolean; buildArgs: string[]; opaque: boolean; tags?: string[] }

/** The option `names` of a command's words (`--target production`, `--target=production`; the last one wins), undefined when absent. */
function optionOf(words: readonly string[], names: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const eq = w.indexOf('=');
    if (names.includes(eq > 0 ? w.slice(0, eq) : w)) value = eq > 0 ? w.slice(eq + 1) : words[++i];
  }
  return value;
}

/**
 * The image build a script command runs, if any: `docker build` (`docker buildx build`, `docker image build`, `podman build`,
 * `buildah bud`/`buildah build`) — its `-f`/`--file` (from the folder it runs in), else the Dockerfile (podman and buildah: also
 * the Containerfile) of the build context it names — and kaniko's `/kaniko/executor` — its `--dockerfile` (as written, else
 * in its `--context`), which pushes unless `--no-push`. Null for any other command.
 */
export function scriptBuild(c: ScriptCommand): ScriptBuild | null {
  const { words, cwd } = c;
  const at = words.findIndex((w) => /^(?:.*\/)?(?:docker|podman|buildah)$/.test(w) || /(?:^|\/)kaniko\/executor$/.test(w));
  if (at < 0) return null;
  const exe = basename(words[at]!);
  const buildArgs: string[] = [];
  for (let j = at + 1; j < words.length; j++) {
    const w = words[j]!;
    if (w === '--build-arg' && j + 1 < words.length) buildArgs.push(words[++j]!);
    else if (w.startsWith('--build-arg=')) buildArgs.push(w.slice('--build-arg='.length));
  }
  const opaque = words.slice(at + 1).some((w) => /^\$(?:\(\w+\)|\{\w+\}|\w+)$/.test(w));
  // The images it tags (`-t acme/web:1.0`, `--tag=…`; kaniko's `--destination`), as written.
  const tags: string[] = [];
  for (let j = at + 1; j < words.length && tags.length < 50; j++) {
    const m = /^(-t|--tag|-d|--destination)(?:=(.*))?$/.exec(words[j]!);
    if (!m || (exe !== 'executor') === (m[1] === '-d' || m[1] === '--destination')) continue;
    const v = m[2] ?? words[++j];
    if (v) tags.push(v);
  }
  if (exe === 'executor') {
    const args = words.slice(at + 1);
    const ctx = optionOf(args, ['-c', '--context']);
    const context = ctx === undefined ? null : ciPath(cwd, ctx.replace(/^dir:\/\//, ''));
    const file = optionOf(args, ['-f', '--dockerfile']);
    const dockerfiles = file === undefined ? [context === null ? null : joinPath(context, 'Dockerfile')] : [ciPath(cwd, file), context === null ? null : ciPath(context, file)];
    return { dockerfiles, target: optionOf(args, ['--target']) ?? null, pushes: !args.some((w) => /^--no-push(?:=true)?$/.test(w)), buildArgs, opaque, tags };
  }
  let i = at + 1;
  if (exe === 'buildah') { if (!['bud', 'build', 'build-using-dockerfile'].includes(words[i] ?? '')) return null; }
  else {
    if (words[i] === 'buildx' || words[i] === 'image') i++;
    if (words[i] !== 'build') return null;
  }
  let file: string | null = null;
  let target: string | null = null;
  let context: string | null = null;
  let pushes = false;
  for (i++; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('-') || w === '-') { context ??= w; continue; }
    const eq = w.indexOf('=');
    const name = eq > 0 ? w.slice(0, eq) : w;
    const value = eq > 0 ? w.slice(eq + 1) : BUILD_FLAGS.has(w) ? null : words[++i] ?? null;
    if (name === '-f' || name === '--file') file = value;
    else if (name === '--target') target = value;
    else if (name === '--push' || ((name === '-o' || name === '--output') && /\btype=registry\b|\bpush=true\b/.test(value ?? ''))) pushes = true;
  }
  if (file !== null) return { dockerfiles: [ciPath(cwd, file)], target, pushes, buildArgs, opaque, tags };
  if (context === null || context === '-') return null;
  const dir = ciPath(cwd, context);
  const names = exe === 'docker' ? ['Dockerfile'] : ['Containerfile', 'Dockerfile'];
  return { dockerfiles: names.map((n) => (dir === null ? null : joinPath(dir, n))), target, pushes, buildArgs, opaque, tags };
}

/** Variables a CI config sets for a job or step, by name: a literal value, or null when the value is computed (`$OTHER`, `${{ … }}`). */
type CiVars = ReadonlyMap<string, string | null>;

/** A variable's value as a CI config writes it (`NAME: production`, GitLab's `NAME: { value: production }`): null when computed. */
function ciVarValue(v: unknown): string | null {
  const x = isObject(v) ? v['value'] : v;
  const s = typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : null;
  return s !== null && !s.includes('$') ? s : null;
}

/** The variables of a `variables:`/`env:`/`environment:` map, set over `base` (a later level overrides an earlier one). */
function ciVars(map: unknown, base: CiVars = new Map()): Map<string, string | null> {
  const out = new Map(base);
  if (isObject(map)) for (const [k, v] of Object.entries(map).slice(0, 500)) if (/^[A-Za-z_]\w*$/.test(k)) out.set(k, ciVarValue(v));
  return out;
}

/**
 * `vars` less the variables a job's scripts may set themselves (`NAME=…`, `export NAME=…`, `echo "NAME=…" >> $GITHUB_ENV`,
 * `read NAME`, `for NAME in`): those are not known from the config.
 */
function unassigned(vars: CiVars | undefined, scripts: string): CiVars | undefined {
  if (!vars?.size) return vars;
  const out = new Map<string, string | null>();
  for (const [k, v] of vars) {
    const set = scripts.length > 100_000 || new RegExp(`(?:^|[^\\w$.{/-])${k}\\+?=|\\bread\\b[^\\n;|&]*\\b${k}\\b|\\bfor[ \\t]+${k}\\b`, 'm').test(scripts);
    out.set(k, set ? null : v);
  }
  return out;
}

/**
 * A word with the variables `vars` gives a literal value expanded: GitHub's `${{ env.NAME }}`, and with `shell` also `$NAME` and
 * `${NAME}` (as the CI exports them to the script). A variable not set there, or computed, is left as written (a target
 * holding it is not known).
 */
function expandVars(word: string, vars: CiVars | undefined, shell: boolean): string {
  if (!vars?.size || !word.includes('$')) return word;
  return word.replace(/\$\{\{\s*env\.([A-Za-z_]\w*)\s*\}\}|\$\{([A-Za-z_]\w*)\}|\$([A-Za-z_]\w*)/g, (m, env?: string, braced?: string, bare?: string) => {
    const name = env ?? (shell ? braced ?? bare : undefined);
    return (name !== undefined ? vars.get(name) : null) ?? m;
  });
}

/**
 * The image builds of one CI job that reach a registry: each build its scripts run (each script from the folder it starts in,
 * its words with the job's literal variables expanded: `--target $BUILD_TARGET`) and the `steps` builds (an orb's build step)
 * when the job pushes (a script runs `docker push` or the like, or `pushed`: another step of the job pushes), and any
 * build that pushes by itself. A job that builds without pushing (a test target) builds no production image.
 */
function jobBuilds(scripts: readonly { run: string; cwd: string | null; vars?: CiVars }[], pushed = false, steps: readonly ScriptBuild[] = []): ScriptBuild[] {
  const all = scripts.map((s) => s.run).join('\n');
  const builds = scripts.flatMap((s) => {
    const vars = unassigned(s.vars, all);
    return scriptCommands(s.run, s.cwd).flatMap((c) => scriptBuild(vars?.size ? { ...c, words: c.words.map((w) => expandVars(w, vars, true)) } : c) ?? []);
  });
  const pushes = pushed || scripts.some((s) => scriptPushes(s.run));
  return [...builds, ...steps].filter((b) => pushes || b.pushes);
}

/**
 * Whether a path is one of the view's files: the view's own test (a snapshot keeps its files in a set), else a set of
 * them built on the first question. Never a new set per call on a snapshot: a set of a 40,000-file list is a megabyte
 * of large objects that only a full garbage collection frees, and the CI readers are asked several times per run.
 */
function fileTest(snapshot: PlatformView): (path: string) => boolean {
  if (snapshot.has) return (p) => snapshot.has!(p);
  let set: Set<string> | undefined;
  return (p) => (set ??= new Set(snapshot.files)).has(p);
}

/** Collects the builds of deploy configs: `put` keeps one when a path it may build is a file of the repository and its target is a literal stage name. */
function buildSink(snapshot: PlatformView): { out: DeployBuild[]; put(paths: readonly (string | null)[], target: unknown, file: string, by: string, job?: string, tags?: readonly string[]): void } {
  const has = fileTest(snapshot);
  const out: DeployBuild[] = [];
  return {
    out,
    put(paths, target, file, by, job, tags) {
      if (out.length >= MAX_ENTRIES) return;
      const stage = target === undefined || target === null ? null : stageName(target);
      // A target from an expression or a variable: which stage is built is not known, kept as `unresolved` (it stands for no stage).
      const unresolved = target !== undefined && target !== null && stage === null ? (typeof target === 'string' ? target.trim() : String(target)) : undefined;
      const p = paths.find((x) => x !== null && has(x));
      const named = tags?.map((t) => t.trim()).filter((t) => t !== '').slice(0, 50) ?? [];
      if (p) out.push({ dockerfile: p, target: stage, file, by, ...(job === undefined ? {} : { job }), ...(unresolved === undefined ? {} : { unresolved }), ...(named.length ? { tags: named } : {}) });
    },
  };
}

/** A string, or the strings of a list (nested lists flattened, as GitLab's `!reference` lists are), joined by line ends. */
const scriptText = (v: unknown, depth = 0): string => (typeof v === 'string' ? v : Array.isArray(v) && depth < 8 ? v.map((x) => scriptText(x, depth + 1)).filter(Boolean).join('\n') : '');

/** Bound: the combinations of a job's matrix read (jobMatrixRows), each a job of its own. */
const MAX_MATRIX_VARIANTS = 32;

/** One combination of a job's matrix: the literal value of each key it sets (a key whose value an expression gives is absent). */
type MatrixRow = Map<string, string>;

/** A matrix value as literal text (a string, number or boolean without an expression), else null: computed, not known here. */
const matrixLiteral = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && !String(v).includes('${{') ? String(v) : null;

/**
 * A GitHub job's matrix combinations, as GitHub makes them (bounded by MAX_MATRIX_VARIANTS): the product of the keys' lists, less
 * the `exclude` entries; then each `include` entry is added to every original combination whose original keys it does not change
 * (its added keys may replace what an earlier entry added), or, when it fits none, is a combination of its own. So `include` entries
 * that set keys together (`{ dockerfile: Dockerfile.api, target: api }`) stay together, never crossed with another entry's. A key whose
 * list an expression gives (`${{ fromJSON(needs.setup.outputs.m) }}`), or a value that is one, is unknown in the combinations it makes:
 * absent from them, while the `include` entries' literal values for it are still combinations that are built. A matrix that is an
 * expression as a whole is one combination with nothing known; no matrix: none.
 */
export function jobMatrixRows(job: Record<string, unknown>): MatrixRow[] {
  const strategy = isObject(job['strategy']) ? job['strategy'] : null;
  if (!strategy || strategy['matrix'] === undefined || strategy['matrix'] === null) return [];
  const matrix = strategy['matrix'];
  if (!isObject(matrix)) return [new Map()];
  const keys: [string, (string | null)[]][] = [];
  for (const [k, v] of Object.entries(matrix).slice(0, 100)) {
    if (k === 'include' || k === 'exclude') continue;
    const values = Array.isArray(v) ? [...new Set(v.slice(0, 256).map(matrixLiteral))] : [null];
    keys.push([k, values.length ? values : [null]]);
  }
  const original = new Set(keys.map(([k]) => k));
  let rows: MatrixRow[] = keys.length ? [new Map()] : [];
  for (const [k, values] of keys) rows = rows.flatMap((r) => values.map((v) => (v === null ? new Map(r) : new Map(r).set(k, v)))).slice(0, MAX_MATRIX_VARIANTS);
  const entries = (v: unknown): [string, string | null][][] => (Array.isArray(v) ? v.slice(0, 256).filter(isObject).map((e) => Object.entries(e).slice(0, 100).map(([k, x]) => [k, matrixLiteral(x)])) : []);
  // An exclude entry removes the combinations that have each of its values (one it cannot read removes nothing known).
  for (const e of entries(matrix['exclude'])) rows = rows.filter((r) => !e.every(([k, v]) => v !== null && r.get(k) === v));
  const added: MatrixRow[] = [];
  for (const e of entries(matrix['include'])) {
    let fits = false;
    for (const r of rows) {
      if (!e.every(([k, v]) => !original.has(k) || (v !== null && r.get(k) === v))) continue;
      fits = true;
      for (const [k, v] of e) if (!original.has(k)) { if (v === null) r.delete(k); else r.set(k, v); }
    }
    if (!fits && added.length < MAX_MATRIX_VARIANTS) added.push(new Map(e.filter((x): x is [string, string] => x[1] !== null)));
  }
  return [...rows, ...added].slice(0, MAX_MATRIX_VARIANTS);
}

/** A `${{ matrix.X }}` reference (group 1: X). */
const MATRIX_REF = /\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g;

/** The matrix keys the strings of a value name (`${{ matrix.target }}`), bounded. */
function matrixKeysIn(v: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (typeof v === 'string') { if (v.includes('matrix.')) for (const m of v.matchAll(MATRIX_REF)) out.add(m[1]!); }
  else if (depth < 12 && Array.isArray(v)) for (const x of v.slice(0, 1_000)) matrixKeysIn(x, out, depth + 1);
  else if (depth < 12 && isObject(v)) for (const x of Object.values(v).slice(0, 1_000)) matrixKeysIn(x, out, depth + 1);
  return out;
}

/** A value with each `${{ matrix.X }}` in its strings replaced by the combination's value of X (one it does not know is left as written). */
function withMatrixRow(v: unknown, row: MatrixRow, depth = 0): unknown {
  if (typeof v === 'string') return v.includes('matrix.') ? v.replace(MATRIX_REF, (m, k: string) => row.get(k) ?? m) : v;
  if (depth >= 12) return v;
  if (Array.isArray(v)) return v.map((x) => withMatrixRow(x, row, depth + 1));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withMatrixRow(x, row, depth + 1)]));
  return v;
}

/**
 * A GitHub job as each combination of its matrix runs it (jobMatrixRows): its `steps`, `env` and `defaults` with `${{ matrix.X }}`
 * replaced, one per distinct combination of the keys they name (every combination is built: a matrix runs them all). The job as
 * written when it names no matrix key, or has no matrix.
 */
function matrixJobs(job: Record<string, unknown>): Record<string, unknown>[] {
  const used = matrixKeysIn([job['steps'], job['env'], job['defaults']]);
  const rows = used.size ? jobMatrixRows(job) : [];
  const out = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const sig = JSON.stringify([...used].map((k) => row.get(k) ?? null));
    if (!out.has(sig)) out.set(sig, { ...job, steps: withMatrixRow(job['steps'], row), env: withMatrixRow(job['env'], row), defaults: withMatrixRow(job['defaults'], row) });
  }
  return out.size ? [...out.values()] : [job];
}

/**
 * The Docker builds a GitHub workflow pushes, each with the stage it builds: a `docker/build-push-action` step that pushes
 * (`push: true`, or an expression; or `outputs` to a registry) — its `file:` (else `Dockerfile` in its `context`, a
 * `{{defaultContext}}:dir` one included) and `target:` —, a `redhat-actions/buildah-build` step of a job that pushes (its
 * `containerfiles` and a `--target` in its `extra-args`), and the builds of its `run:` scripts (jobBuilds: each from its
 * `working-directory`, following `cd`). Only Dockerfiles in the repository are kept; a path or target holding an expression
 * or a variable is not read (a target so written: the build is left out).
 */
export function workflowBuilds(snapshot: PlatformView & { text(path: string): string | undefined }): DeployBuild[] {
  const { out, put } = buildSink(snapshot);
  for (const f of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    if (!WORKFLOW_FILE.test(f) || isTemplate(f) || isTestFile(f)) continue;
    const text = snapshot.text(f);
    if (!text || !/\b(?:build-push-action|buildah-build|build|bud)\b/.test(text) || !/\b(?:docker|podman|buildah|kaniko)\b/.test(text)) continue;
    const doc = parseYaml(f, text).docs[0]?.value;
    const jobs = isObject(doc) && isObject(doc['jobs']) ? doc['jobs'] : null;
    const by = `workflow ${f}`;
    const workflowEnv = isObject(doc) ? ciVars(doc['env']) : new Map<string, string | null>();
    // Each combination of a job's matrix is a job of its own (matrixJobs): what one builds is no cache of another's build.
    const variants = (jobs ? Object.entries(jobs) : []).flatMap(([id, written]) => {
      if (!isObject(written) || !Array.isArray(written['steps'])) return [];
      const all = matrixJobs(written);
      return all.map((job, i) => [all.length > 1 ? `${id}[${i}]` : id, job] as const);
    });
    for (const [id, job] of variants) {
      if (!Array.isArray(job['steps'])) continue;
      const key = `${f}:${id}`;
      // `env:` of the workflow, the job and the step (each overriding the one before), less what a step writes to `$GITHUB_ENV`.
      const jobEnv = ciVars(job['env'], workflowEnv);
      const defaults = isObject(job['defaults']) && isObject(job['defaults']['run']) ? str(job['defaults']['run']['working-directory']) : null;
      const steps = job['steps'].filter(isObject);
      const pushStep = steps.some((s) => /^redhat-actions\/push-to-registry@/i.test(str(s['uses']) ?? ''));
      const pushes = pushStep || steps.some((s) => scriptPushes(str(s['run']) ?? ''));
      const scripts: { run: string; cwd: string | null; vars?: CiVars }[] = [];
      const runs = steps.map((s) => str(s['run']) ?? '').join('\n');
      for (const s of steps) {
        const uses = str(s['uses']);
        const env = ciVars(s['env'], jobEnv);
        const input = (v: unknown): unknown => (typeof v === 'string' ? expandVars(v, unassigned(env, runs), false) : v);
        const w = isObject(s['with']) ? s['with'] : null;
        if (uses && /^docker\/build-push-action@/i.test(uses)) {
          const push = w?.['push'];
          const registry = /\btype=registry\b|\bpush=true\b/.test(scriptText(w?.['outputs']));
          if (!w || !(registry || push === true || (typeof push === 'string' && (/^true$/i.test(push.trim()) || push.includes('${{'))))) continue;
          // `{{defaultContext}}:backend`: a folder of the repository's own Git context.
          const context = str(input(w['context']))?.replace(/^\{\{\s*defaultContext\s*\}\}(?::|$)/, '') ?? '';
          const ctx = ciPath('', context || '.');
          const file = str(input(w['file']));
          // `file` is read from the repository root, else the context; its default is `Dockerfile` in the context.
          // Its `tags:` as written (a list, or lines or commas), else, for `${{ steps.meta.outputs.tags }}`, that metadata-action step's `images:`.
          const words = (v: unknown) => scriptText(v).split(/[\n,]/).map((x) => x.trim()).filter(Boolean).slice(0, 50);
          const meta = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.tags\s*\}\}$/.exec(scriptText(w['tags']).trim())?.[1];
          const metaStep = meta === undefined ? undefined : steps.find((x) => x['id'] === meta && /^docker\/metadata-action@/i.test(str(x['uses']) ?? ''));
          const tags = metaStep ? words(isObject(metaStep['with']) ? metaStep['with']['images'] : undefined) : words(w['tags']);
          put(file ? [ciPath('', file), ctx === null ? null : ciPath(ctx, file)] : [ctx === null ? null : joinPath(ctx, 'Dockerfile')], input(w['target']), f, by, key, tags);
          continue;
        }
        if (uses && /^redhat-actions\/buildah-build@/i.test(uses)) {
          if (!w || !pushes) continue;
          const ctx = ciPath('', str(w['context']) ?? '.');
          const extra = (scriptCommands(`x ${scriptText(w['extra-args']).replace(/\n/g, ' ')}`, '')[0]?.words ?? []).slice(1);
          const target = input(optionOf(extra, ['--target']) ?? null);
          for (const cf of scriptText(w['containerfiles'] ?? w['dockerfiles']).split(/[\n,]/).map((x) => x.trim()).filter(Boolean).slice(0, 100)) {
            put([ciPath('', cf), ctx === null ? null : ciPath(ctx, cf)], target, f, by, key);
          }
          continue;
        }
        const run = str(s['run']);
        const wd = str(s['working-directory']) ?? defaults;
        // GitHub expands `${{ matrix.X }}` in the script before the shell runs it (matrixJobs: this combination's values).
        if (run) scripts.push({ run, cwd: wd === null ? '' : ciPath('', wd), vars: env });
      }
      for (const b of jobBuilds(scripts, pushStep)) put(b.dockerfiles, b.target, f, by, key, b.tags);
    }
  }
  return out;
}

/** GitLab CI's top-level keywords: every other top-level key is a job. */
const GITLAB_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec']);
/** A GitLab CI file by name: `.gitlab-ci.yml`, `<name>.gitlab-ci.yml`, and YAML under `.gitlab/ci/` or `.gitlab-ci/` (where projects keep included files). */
const GITLAB_FILE = /(?:^|\/|\.)gitlab-ci\.ya?ml$|(?:^|\/)(?:\.gitlab\/ci|\.gitlab-ci)\/(?:[^/]+\/)*[^/]+\.ya?ml$/;

/** A CI config read as YAML (its first document): null when it does not parse or names no image build tool (nor includes files). */
const ciRoot = (snapshot: PlatformView & { text(path: string): string | undefined }, f: string): Record<string, unknown> | null => {
  const text = snapshot.text(f);
  if (!text || !/\b(?:docker|podman|buildah|kaniko|dockerfile|target|include|extends)\b/i.test(text)) return null;
  const doc = parseYaml(f, text).docs[0]?.value;
  return isObject(doc) ? doc : null;
};

/**
 * A GitLab job with what it `extends:` (a name or a list, later ones overriding earlier ones, the job's own keys last; nested
 * `extends` followed a few levels): its top-level keys, as `script` and `before_script` are replaced whole.
 */
function gitlabExtended(job: Record<string, unknown>, jobs: Map<string, Record<string, unknown>>, depth = 0): Record<string, unknown> {
  const ext = job['extends'];
  const names = (Array.isArray(ext) ? ext : [ext]).filter((e): e is string => typeof e === 'string').slice(0, 20);
  if (!names.length || depth >= 10) return job;
  const merged: Record<string, unknown> = {};
  for (const n of names) { const base = jobs.get(n); if (base && base !== job) Object.assign(merged, gitlabExtended(base, jobs, depth + 1)); }
  return { ...merged, ...job };
}

/**
 * The `variables:` of a GitLab job as GitLab merges them: the global ones (unless `inherit: variables` says otherwise), those
 * of what it `extends:` (merged key by key, later ones overriding), its own; a variable `rules:` or `parallel: matrix` may set
 * is not known (null).
 */
function gitlabVariables(job: Record<string, unknown>, jobs: Map<string, Record<string, unknown>>, globals: CiVars): Map<string, string | null> {
  const own = (j: Record<string, unknown>, depth: number): Map<string, string | null> => {
    const ext = j['extends'];
    let out = new Map<string, string | null>();
    if (depth < 10) for (const n of (Array.isArray(ext) ? ext : [ext]).filter((e): e is string => typeof e === 'string').slice(0, 20)) {
      const base = jobs.get(n);
      if (base && base !== j) out = new Map([...out, ...own(base, depth + 1)]);
    }
    return ciVars(j['variables'], out);
  };
  const merged = gitlabExtended(job, jobs);
  const inherit = isObject(merged['inherit']) ? merged['inherit']['variables'] : undefined;
  const kept = inherit === false ? new Map<string, string | null>() : Array.isArray(inherit) ? new Map([...globals].filter(([k]) => inherit.includes(k))) : globals;
  const out = new Map([...kept, ...own(job, 0)]);
  const parallel = merged['parallel'];
  const matrix = isObject(parallel) && Array.isArray(parallel['matrix']) ? parallel['matrix'] : [];
  for (const m of [...(Array.isArray(merged['rules']) ? merged['rules'] : []).map((r) => (isObject(r) ? r['variables'] : undefined)), ...matrix].slice(0, 200)) {
    if (isObject(m)) for (const k of Object.keys(m)) out.set(k, null);
  }
  return out;
}

/**
 * The image builds other CI systems push, read as workflowBuilds reads a workflow's `run:` scripts (jobBuilds: a job's
 * builds when it pushes, each script from the checkout's root, following `cd`): GitLab CI (each job's `before_script` — else
 * the default one — and `script`, run as one shell; also the files `.gitlab-ci.yml` includes with `include: local`),
 * Bitbucket Pipelines (each `step`'s `script`) and CircleCI (each job's `run` steps, from their `working_directory`).
 */
function otherCiBuilds(snapshot: PlatformView & { text(path: string): string | undefined }, put: ReturnType<typeof buildSink>['put']): void {
  const gitlab = new Set(filesEndingIn(snapshot.files, 'yml', 'yaml').filter((f) => GITLAB_FILE.test(f)));
  const has = fileTest(snapshot);
  const roots = new Map<string, Record<string, unknown> | null>();
  const yamlRoot = (f: string) => { if (!roots.has(f)) roots.set(f, ciRoot(snapshot, f)); return roots.get(f)!; };
  // `include: local` files (`/ci/build.yml`, `ci/build.yml`: from the repository's root, in an included file too; `ci/*.yml`
  // globs not read), and the files those include, as a bounded worklist.
  const work = [...gitlab];
  for (let n = 0; n < work.length && n < 1_000; n++) {
    const inc = yamlRoot(work[n]!)?.['include'];
    for (const i of (Array.isArray(inc) ? inc : [inc]).slice(0, 100)) {
      const local = typeof i === 'string' && !/^[a-z]+:\/\//i.test(i) ? i : isObject(i) ? str(i['local']) : null;
      const p = local && !/[*$]/.test(local) ? joinPath('', local.replace(/^\/+/, '')) : null;
      if (p && has(p) && /\.ya?ml$/.test(p) && !gitlab.has(p)) { gitlab.add(p); work.push(p); }
    }
  }
  // Every job GitLab merges into one pipeline, by name (hidden `.template` jobs too), for `extends:`.
  const gitlabJobs = new Map<string, Record<string, unknown>>();
  for (const f of gitlab) for (const [key, job] of Object.entries(yamlRoot(f) ?? {})) if (!GITLAB_KEYWORDS.has(key) && isObject(job)) gitlabJobs.set(key, job);
  // Global `variables:` of the pipeline's files (one set to different values in two files: not known).
  const globals = new Map<string, string | null>();
  for (const f of gitlab) for (const [k, v] of ciVars(yamlRoot(f)?.['variables'])) globals.set(k, globals.has(k) && globals.get(k) !== v ? null : v);
  // (Each of them YAML.)
  for (const f of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    const name = basename(f);
    // Which CI config the file is, by its name, before the (costlier) template and test tests.
    if (!(gitlab.has(f) || BITBUCKET_FILE.test(name) || CIRCLECI_FILE.test(f)) || isTemplate(f) || isTestFile(f)) continue;
    if (gitlab.has(f)) {
      const root = yamlRoot(f);
      if (!root) continue;
      const by = `GitLab CI ${f}`;
      const defaults = isObject(root['default']) ? root['default'] : {};
      const before = defaults['before_script'] ?? root['before_script'];
      for (const [key, written] of Object.entries(root)) {
        // A hidden job (`.build:`) is a template GitLab never runs: read through the jobs that `extends:` it.
        if (GITLAB_KEYWORDS.has(key) || key.startsWith('.') || !isObject(written)) continue;
        const job = gitlabExtended(written, gitlabJobs);
        if (job['script'] === undefined) continue;
        const run = [scriptText(job['before_script'] ?? before), scriptText(job['script'])].filter(Boolean).join('\n');
        for (const b of jobBuilds([{ run, cwd: '', vars: gitlabVariables(written, gitlabJobs, globals) }])) put(b.dockerfiles, b.target, f, by, `${f}:${key}`, b.tags);
      }
    } else if (BITBUCKET_FILE.test(name)) {
      const root = yamlRoot(f);
      if (!root) continue;
      const by = `Bitbucket Pipelines ${f}`;
      // Steps stand under `pipelines` (`default`, `branches.<name>`, `tags`, `custom`…), in `parallel` and `stage` groups.
      const steps: Record<string, unknown>[] = [];
      const walk = (v: unknown, depth: number): void => {
        if (depth > 10 || steps.length >= MAX_ENTRIES) return;
        if (Array.isArray(v)) { for (const x of v) walk(x, depth + 1); return; }
        if (!isObject(v)) return;
        for (const [k, x] of Object.entries(v)) {
          if (k === 'step' && isObject(x)) steps.push(x);
          else walk(x, depth + 1);
        }
      };
      walk(root['pipelines'], 0);
      // A pipe that pushes the image the step built (`atlassian/aws-ecr-push-image`, `atlassian/docker-push`…) pushes its builds.
      const pushPipe = (x: unknown): boolean => {
        const pipe = isObject(x) ? str(x['pipe'])?.replace(/^docker:\/\//, '').split(':')[0] ?? '' : '';
        return /push/i.test(pipe) && /docker|image|ecr|acr|gcr|registry|container/i.test(pipe);
      };
      steps.forEach((step, i) => {
        const pushed = Array.isArray(step['script']) && step['script'].some(pushPipe);
        for (const b of jobBuilds([{ run: scriptText(step['script']), cwd: '' }], pushed)) put(b.dockerfiles, b.target, f, by, `${f}:${i}`, b.tags);
      });
    } else if (CIRCLECI_FILE.test(f)) {
      const root = yamlRoot(f);
      const jobs = root && isObject(root['jobs']) ? root['jobs'] : null;
      const by = `CircleCI ${f}`;
      // The docker orb (`orbs: { docker: circleci/docker@2 }`): its `build` command and `publish` job run `docker build
      // <extra_build_args> --file=<path>/<dockerfile> <docker-context>`; `push` (and `publish`, unless `deploy: false`) push.
      const orbs = root && isObject(root['orbs']) ? Object.entries(root['orbs']).filter(([, v]) => typeof v === 'string' && /^circleci\/docker@/.test(v.trim())).map(([k]) => k) : [];
      const orbStep = (v: unknown, command: string): Record<string, unknown> | null => {
        const name = typeof v === 'string' ? v : isObject(v) && Object.keys(v).length === 1 ? Object.keys(v)[0]! : null;
        if (name === null || !orbs.some((o) => name === `${o}/${command}`)) return null;
        const params = isObject(v) ? v[name] : undefined;
        return isObject(params) ? params : {};
      };
      const orbBuild = (p: Record<string, unknown>): ScriptBuild | null => {
        const text = (k: string, d: string) => (typeof p[k] === 'string' || typeof p[k] === 'number' ? String(p[k]).trim() : '') || d;
        const extra = (scriptCommands(`x ${text('extra_build_args', '').replace(/\n/g, ' ')}`, '')[0]?.words ?? []).slice(1);
        return scriptBuild({ words: ['docker', 'build', ...extra, `--file=${text('path', '.')}/${text('dockerfile', 'Dockerfile')}`, text('docker-context', '.')], cwd: '' });
      };
      const workflows = root && isObject(root['workflows']) ? Object.values(root['workflows']) : [];
      for (const wf of orbs.length ? workflows : []) {
        for (const j of isObject(wf) && Array.isArray(wf['jobs']) ? wf['jobs'].slice(0, MAX_ENTRIES) : []) {
          const p = orbStep(j, 'publish');
          if (!p || p['deploy'] === false || p['deploy'] === 'false' || isObject(p['matrix'])) continue;
          const b = orbBuild(p);
          if (b) put(b.dockerfiles, b.target, f, by, undefined, b.tags);
        }
      }
      for (const [id, job] of jobs ? Object.entries(jobs) : []) {
        if (!isObject(job) || !Array.isArray(job['steps'])) continue;
        const orbBuilds = job['steps'].flatMap((s) => { const p = orbStep(s, 'build'); const b = p && orbBuild(p); return b ? [b] : []; });
        const orbPush = job['steps'].some((s) => orbStep(s, 'push') !== null);
        // The job's `working_directory` is where `checkout` puts the repository: a step's folder is read from it.
        const home = (str(job['working_directory']) ?? '~/project').replace(/\/+$/, '');
        const scripts = job['steps'].flatMap((s): { run: string; cwd: string | null; vars: CiVars }[] => {
          const run = isObject(s) ? s['run'] : undefined;
          const command = typeof run === 'string' ? run : isObject(run) ? str(run['command']) : null;
          if (!command) return [];
          const wd = isObject(run) ? str(run['working_directory']) : null;
          const cwd = wd === null ? '' : wd === home ? '' : wd.startsWith(`${home}/`) ? joinPath('', wd.slice(home.length + 1)) : ciPath('', wd);
          return [{ run: command, cwd, vars: ciVars(isObject(run) ? run['environment'] : undefined, ciVars(job['environment'])) }];
        });
        for (const b of jobBuilds(scripts, orbPush, orbBuilds)) put(b.dockerfiles, b.target, f, by, `${f}:${id}`, b.tags);
      }
    }
  }
}

const BITBUCKET_FILE = /^bitbucket-pipelines\.ya?ml$/;
const CIRCLECI_FILE = /(?:^|\/)\.circleci\/config\.ya?ml$/;

/** A skaffold config (`skaffold.yaml`, `skaffold.<name>.yaml`; one named for development, `skaffold.dev.yaml`, left out). */
const SKAFFOLD_FILE = /^skaffold(?:\.([\w-]+))?\.ya?ml$/;

/**
 * The images skaffold configs build (every document of the file): each `build.artifacts[]` built with Docker (`docker:`, the
 * default) or kaniko — its `dockerfile` (default `Dockerfile`) in its `context` (default the config's folder) and its `target`
 * — at the top level and in each profile not named for development (`profiles[].name: dev`). Artifacts built by other
 * builders (buildpacks, jib, ko, bazel, custom) build no Dockerfile.
 */
function skaffoldBuilds(snapshot: PlatformView & { text(path: string): string | undefined }, put: ReturnType<typeof buildSink>['put']): void {
  for (const f of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    const m = SKAFFOLD_FILE.exec(basename(f));
    if (!m || (m[1] !== undefined && hasDevWord(m[1])) || isDevOnly(f) || isTemplate(f) || isTestFile(f)) continue;
    const text = snapshot.text(f);
    if (!text || !/\bartifacts\b/.test(text)) continue;
    const by = `skaffold ${f}`;
    for (const doc of parseYaml(f, text).docs) {
      const root = isObject(doc.value) ? doc.value : null;
      if (!root) continue;
      const builds = [root['build'], ...(Array.isArray(root['profiles']) ? root['profiles'] : []).filter((p) => isObject(p) && !hasDevWord(String(p['name'] ?? ''))).map((p) => (p as Record<string, unknown>)['build'])];
      for (const build of builds) {
        const artifacts = isObject(build) && Array.isArray(build['artifacts']) ? build['artifacts'] : [];
        for (const a of artifacts.slice(0, MAX_ENTRIES)) {
          if (!isObject(a) || ['buildpacks', 'jib', 'ko', 'bazel', 'custom'].some((k) => k in a)) continue;
          const how = isObject(a['docker']) ? a['docker'] : isObject(a['kaniko']) ? a['kaniko'] : {};
          const ctx = ciPath(dirname(f), str(a['context']) ?? '.');
          put([ctx === null ? null : ciPath(ctx, str(how['dockerfile']) ?? 'Dockerfile')], how['target'], f, by, undefined, str(a['image']) === null ? [] : [str(a['image'])!]);
        }
      }
    }
  }
}

/**
 * The image builds CI configs push and build configs name, each with the stage it builds: GitHub workflows
 * (workflowBuilds), GitLab CI, Bitbucket Pipelines and CircleCI (otherCiBuilds), and skaffold (skaffoldBuilds).
 */
export const ciBuilds = (snapshot: PlatformView & { text(path: string): string | undefined }): DeployBuild[] => allCiBuilds(snapshot).filter((b) => b.unresolved === undefined);

/** The builds ciBuilds leaves out because their target does not resolve (`target: ${{ inputs.stage }}`): `unresolved` says how it is written. */
export const unresolvedCiBuilds = (snapshot: PlatformView & { text(path: string): string | undefined }): DeployBuild[] => allCiBuilds(snapshot).filter((b) => b.unresolved !== undefined);

const allCiBuilds = perObject(function allCiBuilds(snapshot: PlatformView & { text(path: string): string | undefined }): DeployBuild[] {
  const sink = buildSink(snapshot);
  otherCiBuilds(snapshot, sink.put);
  skaffoldBuilds(snapshot, sink.put);
  return [...workflowBuilds(snapshot), ...sink.out];
});
