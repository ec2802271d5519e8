/**
 * Hosting platforms' deploy files by name (fly.toml, render.yaml, railway.json/toml, serverless.yml, heroku.yml, app.yaml), a
 * single-line TOML reader for them, and the Dockerfiles their production configs build: read by the snapshot (a Dockerfile a
 * deploy config names is one whatever its name, `dockerfile = "Dockerfile-prod"`) and by the checks (checks/util/platform.ts).
 * Pure reads of the files a view lists.
 */
import { basename, dirname, hasDevWord, isDevOnly, isTemplate, isTestFile, isVendoredOrGenerated, joinPath } from './classify.js';
import { isObject, parseYaml, type YamlFile } from './yaml.js';

/** What these readers need of a snapshot. */
export interface PlatformView {
  readonly files: readonly string[];
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

/** A platform deploy file of the repository's deployment (not a template or a test fixture): its kind, or null. */
export function platformFile(file: string): 'fly' | 'render' | 'railway' | 'serverless' | 'heroku' | 'app' | null {
  const name = basename(file);
  // `fly.<env>.toml` (`fly.production.toml`, `fly.staging.toml`: `fly deploy -c …`) is read as fly.toml is.
  // `app.yaml` is App Engine's or a DigitalOcean app spec (`.do/app.yaml`): which one is told by its keys (appSpec).
  const kind = FLY_FILE_RE.test(name) ? 'fly' : /^render\.ya?ml$/.test(name) ? 'render' : /^railway\.(?:json|toml)$/.test(name) ? 'railway'
    : /^serverless\.ya?ml$/.test(name) ? 'serverless' : /^heroku\.ya?ml$/.test(name) ? 'heroku'
    : /^app\.ya?ml$/.test(name) || /(?:^|\/)\.do\/[^/]+\.ya?ml$/.test(file) ? 'app' : null;
  // The Deploy-to-DigitalOcean button deploys `.do/deploy.template.yaml` as written: not a template in the sense of the others.
  const doTemplate = /(?:^|\/)\.do\/deploy\.template\.ya?ml$/.test(file);
  return kind && (doTemplate || !isTemplate(file)) && !isTestFile(file) && !isVendoredOrGenerated(file) ? kind : null;
}

/** One single-line `key = value` of a TOML file: its table (`[env]`, `[[services]]`), key, value (a string, number or boolean; an array of strings joined by spaces) and where the key is written. */
export interface TomlEntry { section: string; key: string; value: string; line: number; column: number }

/** A TOML key (bare, possibly dotted, or quoted); groups 1–3. */
const TOML_KEY = `(?:"([^"]+)"|'([^']+)'|([\\w.-]+))`;
/** A TOML value this reads: a string (groups 4, 5), a bare word (a number, a boolean; 6) or an array of strings (7, its inside as `array` matches it). */
const tomlValue = (array: string) => `(?:"((?:[^"\\\\]|\\\\.)*)"|'([^']*)'|([\\w.+-]+)|\\[(${array})\\])`;
const TOML_LINE_RE = new RegExp(`^\\s*${TOML_KEY}\\s*=\\s*(?:${tomlValue('.*')}|\\{(.*)\\})\\s*(?:#.*)?$`);
/** One `key = value` of an inline table (`{ A = "1", B = "2" }`), read from where the last one ended. */
const TOML_INLINE_RE = new RegExp(`\\s*${TOML_KEY}\\s*=\\s*${tomlValue('[^\\]]*')}\\s*(?:,|$)`, 'y');

/**
 * The single-line `key = value` entries of a TOML file, with the table each is in (multi-line values are not read). A dotted
 * key is the table path it writes (`env.NODE_ENV = "x"` is `NODE_ENV` in `[env]`), and a one-line inline table holds entries of
 * the table its key names (`env = { FLASK_DEBUG = "1" }`, each located at its own key).
 */
export function tomlEntries(lines: readonly string[]): TomlEntry[] {
  const out: TomlEntry[] = [];
  let section = '';
  const push = (table: string, m: RegExpExecArray, line: number, column: number) => {
    const value = m[4] ?? m[5] ?? m[6] ?? [...m[7]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!).join(' ');
    // A bare dotted key names tables (`env.NODE_ENV`); a quoted one is one key.
    const parts = m[3] !== undefined ? m[3].split('.').filter(Boolean) : [(m[1] ?? m[2])!];
    const key = parts.pop();
    if (key === undefined) return;
    out.push({ section: [table, ...parts].filter(Boolean).join('.'), key, value, line, column });
  };
  lines.forEach((l, i) => {
    if (out.length >= MAX_ENTRIES || l.length > 10_000) return;
    const sec = /^\s*\[{1,2}\s*([\w.-]+)\s*\]{1,2}\s*(?:#.*)?$/.exec(l);
    if (sec) { section = sec[1]!; return; }
    const m = TOML_LINE_RE.exec(l);
    if (!m) return;
    const column = l.length - l.trimStart().length + 1;
    if (m[8] === undefined) { push(section, m, i + 1, column); return; }
    // An inline table: its entries, in the table the key names; a value this does not read (a nested table) ends it.
    const parts = m[3] !== undefined ? m[3].split('.').filter(Boolean) : [(m[1] ?? m[2])!];
    const table = [section, ...parts].filter(Boolean).join('.');
    const body = m[8];
    const start = l.indexOf('{', column - 1 + m[0].trimStart().indexOf('=')) + 1;
    TOML_INLINE_RE.lastIndex = 0;
    for (let e = TOML_INLINE_RE.exec(body); e && out.length < MAX_ENTRIES; e = TOML_INLINE_RE.exec(body)) {
      push(table, e, i + 1, start + e.index + (e[0].length - e[0].trimStart().length) + 1);
      if (TOML_INLINE_RE.lastIndex >= body.length) break;
    }
  });
  return out;
}

/**
 * A Docker build a production deploy config runs: the Dockerfile (a repository path), the stage it names (`--target`,
 * `target:`, fly.toml's `build-target`; null: the final stage), the config's file and how messages name it (`fly.toml`).
 */
export interface DeployBuild { dockerfile: string; target: string | null; file: string; by: string }

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
export function readPlatformBuilds(snapshot: PlatformView): DeployBuild[] {
  const out: DeployBuild[] = [];
  const put = (df: string | null, file: string, target: string | null = null) => { if (df && out.length < MAX_ENTRIES) out.push({ dockerfile: df, target, file, by: basename(file) }); };
  for (const f of snapshot.files) {
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
}

/** A GitHub workflow file (`.github/workflows/*.yml`). */
const WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
/** A `run:` script that pushes the image it builds (`docker push`, `podman push`, `buildx build --push`). */
const PUSH_RE = /\b(?:(?:docker|podman)[ \t]+(?:image[ \t]+)?push\b|buildx[ \t]+build\b[^\n]*[ \t]--push\b)/;

/** The Dockerfiles a GitHub workflow builds and pushes ({@link workflowBuilds}), each with the workflow's file name. */
export function workflowDockerfiles(snapshot: PlatformView & { text(path: string): string | undefined }): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of workflowBuilds(snapshot)) if (!out.has(b.dockerfile)) out.set(b.dockerfile, basename(b.file));
  return out;
}

/** `docker build` options that take no value (any other option without `=` takes the next word). */
const BUILD_FLAGS = new Set(['--push', '--load', '--pull', '--no-cache', '-q', '--quiet', '--rm', '--force-rm', '--squash', '--compress', '--disable-content-trust', '--check', '--debug', '-D']);

/**
 * The `docker build` (`docker buildx build`, `docker image build`, `podman build`) commands of a `run:` script (lines
 * continued with `\` joined, commands split at `;`, `&&`, `||`, `|` and line ends), each with its `-f`/`--file`, `--target`
 * and build context (the positional argument), as written; a quoted word is unquoted, nothing is expanded.
 */
function dockerBuildCommands(script: string): { file: string | null; target: string | null; context: string | null }[] {
  const out: { file: string | null; target: string | null; context: string | null }[] = [];
  // A workflow expression (`${{ github.sha }}`) is one word, whatever spaces it holds.
  const joined = script.length > 100_000 ? '' : script.replace(/\\\r?\n/g, ' ').replace(/\$\{\{[^}\n]{0,500}\}\}/g, '$EXPR');
  for (const cmd of joined.split(/\r?\n|;|&&|\|\||\|/)) {
    if (out.length >= MAX_ENTRIES) break;
    const words = (cmd.match(/"[^"]*"|'[^']*'|[^\s"']+/g) ?? []).map((w) => w.replace(/^(["'])(.*)\1$/s, '$2'));
    const at = words.findIndex((w) => w === 'docker' || w === 'podman' || /\/(?:docker|podman)$/.test(w));
    if (at < 0) continue;
    let i = at + 1;
    if (words[i] === 'buildx' || words[i] === 'image') i++;
    if (words[i] !== 'build') continue;
    let file: string | null = null;
    let target: string | null = null;
    let context: string | null = null;
    for (i++; i < words.length; i++) {
      const w = words[i]!;
      if (!w.startsWith('-') || w === '-') { context ??= w; continue; }
      const eq = w.indexOf('=');
      const name = eq > 0 ? w.slice(0, eq) : w;
      const value = eq > 0 ? w.slice(eq + 1) : BUILD_FLAGS.has(w) ? null : words[++i] ?? null;
      if (name === '-f' || name === '--file') file = value;
      else if (name === '--target') target = value;
    }
    out.push({ file, target, context });
  }
  return out;
}

/**
 * The Docker builds a GitHub workflow pushes, each with the stage it builds: a `docker/build-push-action` step that pushes
 * (`push: true`, or an expression) — its `file:` (else `Dockerfile` in its `context`) and `target:` —, and `docker build` in a
 * `run:` script of a job that pushes (`docker push`, `buildx build --push`) — its `-f` (else `Dockerfile` in the build
 * context it names) and `--target`. Paths are read as workflowDockerfiles reads them, and only Dockerfiles in the repository
 * are kept; a path or target holding an expression or a variable is not read (a target so written: the build is left out).
 */
export function workflowBuilds(snapshot: PlatformView & { text(path: string): string | undefined }): DeployBuild[] {
  const out: DeployBuild[] = [];
  const files = new Set(snapshot.files);
  const local = (dir: string | null): string | null => (dir === null || /^[a-z]+:\/\/|^git@|[$`]/i.test(dir) ? null : dir);
  const put = (dirs: (string | null)[], file: string, target: unknown, wf: string) => {
    if (/[$`]/.test(file) || out.length >= MAX_ENTRIES) return;
    const stage = target === undefined || target === null ? null : stageName(target);
    if (target !== undefined && target !== null && stage === null) return;
    for (const d of dirs) {
      const p = d === null ? null : joinPath(d, file);
      if (p && files.has(p)) { out.push({ dockerfile: p, target: stage, file: wf, by: `workflow ${wf}` }); return; }
    }
  };
  for (const f of snapshot.files) {
    if (!WORKFLOW_FILE.test(f) || isTemplate(f) || isTestFile(f)) continue;
    const text = snapshot.text(f);
    if (!text || !/\b(?:build-push-action|build)\b/.test(text) || !/\b(?:docker|podman)\b/.test(text)) continue;
    const doc = parseYaml(f, text).docs[0]?.value;
    const jobs = isObject(doc) && isObject(doc['jobs']) ? doc['jobs'] : null;
    for (const job of jobs ? Object.values(jobs) : []) {
      if (!isObject(job) || !Array.isArray(job['steps'])) continue;
      const defaults = isObject(job['defaults']) && isObject(job['defaults']['run']) ? str(job['defaults']['run']['working-directory']) : null;
      const steps = job['steps'].filter(isObject);
      const pushes = steps.some((s) => PUSH_RE.test(str(s['run']) ?? ''));
      for (const s of steps) {
        const uses = str(s['uses']);
        const w = isObject(s['with']) ? s['with'] : null;
        if (uses && /^docker\/build-push-action@/i.test(uses)) {
          const push = w?.['push'];
          if (!w || !(push === true || (typeof push === 'string' && (/^true$/i.test(push.trim()) || push.includes('${{'))))) continue;
          const context = str(w['context']);
          const ctx = context === null ? '' : local(context);
          const file = str(w['file']);
          // `file` is read from the repository root, else the context; its default is `Dockerfile` in the context.
          if (file) put(['', ctx], file, w['target'], f);
          else put([ctx], 'Dockerfile', w['target'], f);
          continue;
        }
        const run = str(s['run']);
        if (!run || !pushes) continue;
        const wd = str(s['working-directory']) ?? defaults;
        const cwd = wd === null ? '' : local(wd);
        for (const b of dockerBuildCommands(run)) {
          if (cwd === null) continue;
          if (b.file) put([cwd], b.file, b.target, f);
          else if (b.context !== null && b.context !== '-') {
            const ctx = local(b.context);
            const dir = ctx === null ? null : joinPath(cwd, ctx);
            if (dir !== null) put([dir], 'Dockerfile', b.target, f);
          }
        }
      }
    }
  }
  return out;
}
