import { isObject, type YamlDoc, type YamlFile, type YamlPath } from './yaml.js';
import { basename, composeNamePart, dirname, hasDeployWord, isDevOnly, joinPath } from './classify.js';

export interface ComposeService {
  file: string;
  name: string;
  /** Position of the service's key (where "missing" findings point). */
  line: number;
  column: number;
  /** The service definition with `extends` and merge keys resolved. */
  value: Record<string, unknown>;
  /** Position of a key or value inside this service, falling back to the service key. */
  loc(path: YamlPath, key?: boolean): { line: number; column: number };
  /**
   * Where a key or value of the resolved service is written: in this service's own definition
   * (merge keys followed), else in the service it `extends` (same file or `extends.file`, nearest
   * first); the service key when it is written nowhere. Findings about a value point here, so a
   * value inherited through `extends` is reported once, where it is written (an index into a list
   * that `extends` concatenates, such as `ports`, is mapped back to the base that wrote the entry). An `environment`
   * list item (`- KEY=value`, `- 'KEY=value'`) is located at its value, as a map entry's value is.
   */
  origin(path: YamlPath, key?: boolean): { file: string; line: number; column: number };
  /**
   * Why the whole file is no production file: a development environment (Laravel Sail's), or a legacy-named file `docker compose up`
   * does not load (shadowingComposeFile: `docker-compose.yml` beside `compose.yaml`); null or unset when it may be.
   */
  devEnvironment?: string | null;
  /**
   * The variables compose interpolates the file with that the repository holds: the committed `.env` in its folder (the shell's
   * are not known here). Read by composeBuild to resolve a `build.target` written with a variable.
   */
  vars?: ReadonlyMap<string, string | null>;
}

export interface ComposeFile {
  path: string;
  services: ComposeService[];
  /** For a file read only because a compose file names it in `include:`, the (nearest) file including it. */
  includedBy?: string;
  /** For any file a compose file names in `include:` (compose-named too), the outermost file including it: its project. */
  includeRoot?: string;
  /**
   * A YAML file recognised as a compose file by its content, not its name (older cookiecutter-django's
   * `production.yml`, `local.yml`): judged like one named `docker-compose.*.yml`.
   */
  byContent?: true;
  /**
   * For a base: a file another file's `extends.file` names (the first such file), other than the main compose
   * file of its folder (`docker-compose.yml`, `compose.yaml`) and an `include:`d file. Its services are
   * judged through the services that extend them, never on their own, whatever its name.
   */
  extendedBy?: string;
  /** For a file a compose file list names (`COMPOSE_FILE` in `.env`, `docker compose -f` in a Makefile: ComposeFileList), the first list's `by`. */
  listedIn?: string;
}

const MERGE_CONCAT = new Set(['ports', 'expose', 'volumes', 'dns', 'dns_search', 'tmpfs', 'devices', 'cap_add', 'cap_drop', 'external_links', 'security_opt']);

/**
 * How a service definition's own value at a path replaces what it extends: `!reset` removes the base's value,
 * `!override` replaces it whole (no merging of mappings, no appending to lists); null merges as usual.
 */
type Replace = (path: string[]) => 'reset' | 'override' | null;

function mergeService(base: Record<string, unknown>, over: Record<string, unknown>, replace: Replace = () => null, path: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    if (k === 'extends') continue;
    const how = replace([...path, k]);
    if (how === 'reset') { delete out[k]; continue; }
    if (how === 'override') { out[k] = v; continue; }
    // Compose merges environment/labels entry by entry, whichever syntax each side uses.
    if ((k === 'environment' || k === 'labels') && b !== undefined) { out[k] = { ...toMap(b), ...toMap(v) }; continue; }
    if (MERGE_CONCAT.has(k) && Array.isArray(b) && Array.isArray(v)) out[k] = [...b, ...v];
    else if (isObject(b) && isObject(v)) out[k] = mergeService(b, v, replace, [...path, k]);
    else out[k] = v;
  }
  return out;
}

/** The `!reset`/`!override` tag a service definition puts on one of its values (compose-go honours them on `extends` too). */
function replaceTag(file: YamlFile, name: string): Replace {
  return (path) => {
    const tag = file.docs[0]?.tag(['services', name, ...path]);
    return tag === '!reset' ? 'reset' : tag === '!override' ? 'override' : null;
  };
}

function toMap(v: unknown): Record<string, unknown> {
  if (isObject(v)) return v;
  if (!Array.isArray(v)) return {};
  const out: Record<string, unknown> = {};
  for (const e of v) {
    if (typeof e !== 'string') continue;
    const eq = e.indexOf('=');
    out[eq < 0 ? e : e.slice(0, eq)] = eq < 0 ? null : e.slice(eq + 1);
  }
  return out;
}

/** Laravel Sail's app service: built from `vendor/laravel/sail/runtimes/…`, tagged `sail-<version>/app`. */
function isSailService(svc: unknown): boolean {
  if (!isObject(svc)) return false;
  const build = svc['build'];
  const context = typeof build === 'string' ? build : isObject(build) && typeof build['context'] === 'string' ? build['context'] : '';
  return /(?:^|\/)vendor\/laravel\/sail\//.test(context) || (typeof svc['image'] === 'string' && /^sail-[\w.]+\/app$/.test(svc['image']));
}

/** One definition a resolved service is built from: the service itself, then the services it extends. */
interface ServiceSource { file: YamlFile; name: string; svc: Record<string, unknown> }

type Shape = 'string' | 'number' | 'list' | 'mapping';
/**
 * The types the Compose specification allows for the service fields the checks read (`null` is
 * always allowed: an empty key). What else `docker compose config` refuses is not judged here.
 */
const SERVICE_FIELDS: Record<string, Shape[]> = {
  image: ['string'], restart: ['string'], mem_limit: ['string', 'number'],
  ports: ['list'], expose: ['list'], profiles: ['list'],
  environment: ['mapping', 'list'], labels: ['mapping', 'list'], env_file: ['string', 'list'],
  command: ['string', 'list'], entrypoint: ['string', 'list'],
  build: ['string', 'mapping'], extends: ['string', 'mapping'],
  deploy: ['mapping'], healthcheck: ['mapping'],
};
const DEPLOY_FIELDS: [YamlPath, Shape[]][] = [
  [['deploy', 'resources'], ['mapping']], [['deploy', 'resources', 'limits'], ['mapping']],
  [['deploy', 'resources', 'limits', 'memory'], ['string', 'number']], [['deploy', 'restart_policy'], ['mapping']],
];
// `!!binary` values are byte arrays, no mapping.
const shapeOf = (v: unknown): Shape | 'boolean' | 'binary data' => (Array.isArray(v) ? 'list' : ArrayBuffer.isView(v) ? 'binary data' : isObject(v) ? 'mapping' : typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : 'boolean');
const article = (s: string) => (s === 'list' || s === 'mapping' || s === 'string' || s === 'number' || s === 'boolean' ? `a ${s}` : s);

/**
 * Where a compose file has a shape `docker compose` refuses in what the checks read: `services` not
 * a mapping, a service not a mapping (an empty one, `worker:` with nothing under it, too), or one of the fields above of another type (`ports: 5432`,
 * `mem_limit: [1]`, `image: 123`), located at the key. The message names the field and the type
 * expected, never the value. `broken` lists the services not to judge.
 */
export function composeShapeProblems(file: YamlFile): { problems: { line: number; column: number; message: string; scope?: string }[]; broken: Set<string> } {
  const problems: { line: number; column: number; message: string; scope?: string }[] = [];
  const broken = new Set<string>();
  const doc = file.docs[0];
  if (!doc) return { problems, broken };
  // A file named as a compose file whose top level is a list or a scalar: docker compose refuses it whole.
  // (An empty document is an empty project: nothing to judge.)
  if (!isObject(doc.value)) {
    if (doc.value !== null && doc.value !== undefined) problems.push({ line: 1, column: 1, message: `the top level is ${article(shapeOf(doc.value))}, not a mapping: docker compose refuses the file` });
    return { problems, broken };
  }
  const services = doc.value['services'];
  const at = (path: YamlPath) => doc.loc(path, true) ?? doc.loc(path) ?? { line: 1, column: 1 };
  const bad = (path: YamlPath, v: unknown, expected: Shape[]) => ({ ...at(path), message: `${path.join('.')} is ${article(shapeOf(v))}, not ${expected.map(article).join(' or ')}: docker compose refuses the file` });
  if (services === undefined || services === null) {
    // The Compose file format v1 (services at the top level, no `services:`): docker compose v2 refuses
    // it ("additional property web is not allowed"), so its services are not judged; say so, at the first.
    const v1 = Object.entries(doc.value).find(([k, v]) => !/^(?:version|name|networks|volumes|configs|secrets|include|models|x-.*)$/.test(k) && isObject(v) && (v['image'] !== undefined || v['build'] !== undefined));
    if (v1) problems.push({ ...at([v1[0]]), message: `'${v1[0]}' is a service at the top level (the Compose file format v1, without \`services:\`): docker compose refuses the file; move the services under \`services:\`` });
    return { problems, broken };
  }
  if (!isObject(services)) { problems.push(bad(['services'], services, ['mapping'])); return { problems, broken }; }
  for (const [name, svc] of Object.entries(services)) {
    // An empty service (`worker:` with nothing under it) is refused as any other non-mapping is ("services.worker must be a
    // mapping"): no service to judge, not one judged as missing every setting.
    if (svc === null || svc === undefined) { problems.push({ ...at(['services', name]), message: `services.${name} is empty, not a mapping: docker compose refuses the file`, scope: `services.${name}` }); broken.add(name); continue; }
    // Each service refused is its own problem (scope): one broken service does not hide the next.
    if (!isObject(svc)) { problems.push({ ...bad(['services', name], svc, ['mapping']), scope: `services.${name}` }); broken.add(name); continue; }
    const checks: [YamlPath, Shape[]][] = [...Object.entries(SERVICE_FIELDS).map(([k, t]): [YamlPath, Shape[]] => [[k], t]), ...DEPLOY_FIELDS];
    for (const [path, expected] of checks) {
      let v: unknown = svc;
      for (const k of path) v = isObject(v) ? v[k as string] : undefined;
      // `!reset` removes what an extended service sets, whatever it is written with (`ports: !reset`).
      if (v === undefined || v === null || doc.tag(['services', name, ...path]) === '!reset') continue;
      const shape = shapeOf(v);
      if (expected.includes(shape as Shape)) continue;
      problems.push({ ...bad(['services', name, ...path], v, expected), scope: `services.${name}` });
      broken.add(name);
      break;
    }
  }
  return { problems, broken };
}

/** A shape `docker compose` refuses, where it is written (for a `parse-error`). */
export interface ComposeProblem { file: string; line: number; column: number; message: string; scope?: string }

/**
 * Resolves a compose file's services, following `extends` (same file or `extends.file`), with the
 * `!reset`/`!override` tags of the extending definition honoured. With `repo`, an `extends` that
 * `docker compose` refuses — a file not in the repository, a service the file does not define, a
 * cycle — is a problem at that `extends` key, and the service is not returned (not judged); so is an
 * `extends.file` that leaves the repository (`../../outside/base.yml`, never read), at its `file:` value.
 */
export function composeServices(file: YamlFile, loadFile: (path: string) => YamlFile | undefined, repo?: { has(path: string): boolean; problem(p: ComposeProblem): void; lines?(path: string): readonly string[] | undefined }): ComposeService[] {
  const doc = file.docs[0];
  if (!doc || !isObject(doc.value) || !isObject(doc.value['services'])) return [];
  const services = doc.value['services'] as Record<string, unknown>;
  const servicesOf = (f: YamlFile) => {
    const d = f.docs[0];
    return d && isObject(d.value) && isObject(d.value['services']) ? (d.value['services'] as Record<string, unknown>) : {};
  };
  // The lines of the files services are written in (read once each), to locate a list item's value.
  const linesOf = new Map<string, readonly string[] | undefined>();
  const lines = (path: string) => {
    if (!repo?.lines) return undefined;
    if (!linesOf.has(path)) linesOf.set(path, repo.lines(path));
    return linesOf.get(path);
  };
  // A reference docker compose refuses, at the `extends` key of the definition that makes it.
  let broken = false;
  const refuse = (src: ServiceSource, message: string) => {
    broken = true;
    const at = src.file.docs[0]?.loc(['services', src.name, 'extends'], true) ?? { line: 1, column: 1 };
    repo?.problem({ file: src.file.path, ...at, message: `services.${src.name}.extends ${message}: docker compose refuses the file`, scope: `services.${src.name}` });
  };
  // A base file outside the repository (`../../outside/base.yml`): docker compose would read it, Preflight does
  // not (never outside the root), so the service is not judged without its base: said at the `file:` value.
  const unread = (src: ServiceSource, file: string) => {
    broken = true;
    const d = src.file.docs[0];
    const at = d?.loc(['services', src.name, 'extends', 'file']) ?? d?.loc(['services', src.name, 'extends'], true) ?? { line: 1, column: 1 };
    repo?.problem({ file: src.file.path, ...at, message: `services.${src.name}.extends names file ${file}, which is outside the repository and was not read: the service is not judged without its base`, scope: `services.${src.name}` });
  };
  const resolve = (f: YamlFile, name: string, depth: number, chain: ServiceSource[]): Record<string, unknown> => {
    const svc = servicesOf(f)[name];
    if (!isObject(svc)) return {};
    const src = { file: f, name, svc };
    chain.push(src);
    const ext = svc['extends'];
    if (!ext || depth > 8) return svc;
    const spec = typeof ext === 'string' ? { service: ext } : isObject(ext) ? ext : {};
    const baseName = typeof spec['service'] === 'string' ? spec['service'] : null;
    if (!baseName) return svc;
    let baseFile: YamlFile | undefined = f;
    if (typeof spec['file'] === 'string') {
      const p = joinPath(dirname(f.path), spec['file']);
      // A path leaving the repository cannot be read: the service is not judged, and that is said.
      if (p === null && repo) { unread(src, spec['file']); return svc; }
      if (p !== null && repo && !repo.has(p)) { refuse(src, `names file ${spec['file']}, which is not in the repository`); return svc; }
      baseFile = p ? loadFile(p) : undefined;
    }
    if (baseFile && !baseFile.errors.length && servicesOf(baseFile)[baseName] === undefined) {
      refuse(src, `names service '${baseName}', which ${baseFile === f ? 'this file' : baseFile.path} does not define`);
      return svc;
    }
    if (baseFile && chain.some((c) => c.file.path === baseFile.path && c.name === baseName)) {
      refuse(src, `leads back to service '${baseName}' (${[...chain.map((c) => c.name), baseName].join(' → ')}), a cycle`);
      return svc;
    }
    const base = baseFile ? resolve(baseFile, baseName, depth + 1, chain) : {};
    return mergeService(base, svc, replaceTag(f, name));
  };
  // Laravel Sail's docker-compose.yml: the app builds from `vendor/laravel/sail/runtimes/…` (image `sail-8.3/app`);
  // every service beside it is part of that local environment.
  const devEnvironment = Object.values(services).some(isSailService) ? "Laravel Sail's development environment" : null;
  return Object.keys(services).flatMap((name) => {
    const keyPos = doc.loc(['services', name], true) ?? { line: 1, column: 1 };
    const chain: ServiceSource[] = [];
    broken = false;
    const value = resolve(file, name, 0, chain);
    if (broken && repo) return [];
    // Where a list `extends` concatenates (`ports`…) starts: at the nearest definition that replaces what it
    // extends (`ports: !override [...]`, `!reset`, or something other than a list), else at the deepest base.
    const listFrom = (list: string): number => {
      const k = chain.findIndex((src, i) => i < chain.length - 1 && src.svc[list] !== undefined && (!Array.isArray(src.svc[list]) || replaceTag(src.file, src.name)([list]) !== null));
      return k < 0 ? chain.length - 1 : k;
    };
    return [{
      file: file.path,
      name,
      line: keyPos.line,
      column: keyPos.column,
      value,
      devEnvironment,
      loc(path: YamlPath, key = false) {
        return doc.loc(['services', name, ...path], key) ?? keyPos;
      },
      origin(path: YamlPath, key = false) {
        // An entry of a list `extends` concatenates (`ports`…): the bases' entries come first, deepest base first.
        const [list, index] = path;
        if (typeof list === 'string' && typeof index === 'number' && MERGE_CONCAT.has(list)) {
          let offset = 0;
          for (let k = listFrom(list); k >= 0; k--) {
            const src = chain[k]!;
            const own = src.svc[list];
            const n = Array.isArray(own) ? own.length : 0;
            if (index < offset + n) {
              const at = src.file.docs[0]?.loc(['services', src.name, list, index - offset, ...path.slice(2)], key);
              if (at) return { file: src.file.path, ...at };
              break;
            }
            offset += n;
          }
        }
        for (const src of chain) {
          const own = sourcePath(src.svc, path);
          const at = src.file.docs[0]?.loc(['services', src.name, ...own], key);
          if (at) return { file: src.file.path, ...(key ? at : listValueAt(src, own, at, lines(src.file.path))) };
        }
        return { file: file.path, ...keyPos };
      },
    } satisfies ComposeService];
  });
}

/**
 * Where the value of an `environment` list item (`- KEY=value`, `- 'KEY=value'`) starts: after its key, its `=` and
 * an opening quote, as a map entry's value (`KEY: value`) is located; `at`: the item's position. Unchanged for other
 * paths and when the line does not spell the item there (a multi-line or escaped scalar).
 */
function listValueAt(src: ServiceSource, path: YamlPath, at: { line: number; column: number }, lines: readonly string[] | undefined): { line: number; column: number } {
  const [head, index] = path;
  const list = head === 'environment' && typeof index === 'number' && path.length === 2 ? src.svc['environment'] : undefined;
  const item = Array.isArray(list) ? list[index as number] : undefined;
  const line = lines?.[at.line - 1];
  if (typeof item !== 'string' || line === undefined) return at;
  const eq = item.indexOf('=');
  if (eq <= 0) return at;
  const quoted = line[at.column - 1] === '"' || line[at.column - 1] === "'" ? 1 : 0;
  const start = at.column - 1 + quoted;
  return line.startsWith(item.slice(0, eq + 1), start) ? { line: at.line, column: start + eq + 2 } : at;
}

/**
 * `path` as written in one source: `environment`/`labels` are merged entry by entry whichever
 * syntax each side uses, so a key of the merged map may be a list item (`- KEY=value`) there.
 */
function sourcePath(svc: Record<string, unknown>, path: YamlPath): YamlPath {
  const [head, key, ...rest] = path;
  if ((head !== 'environment' && head !== 'labels') || typeof key !== 'string') return path;
  const list = svc[head];
  if (!Array.isArray(list)) return path;
  const i = list.findIndex((e) => typeof e === 'string' && (e === key || e.startsWith(`${key}=`)));
  return i < 0 ? path : [head, i, ...rest];
}

/**
 * Profiles of development and tooling services: a service with `profiles` does not start with a
 * plain `docker compose up`, and one whose every profile is one of these is opt-in development or
 * tooling (`profiles: [dev]`, `debug`, `test`, `tools`, `ci`, `docs`…), not the running application.
 * Other profiles (`prod`, `worker`, `monitoring`) may well be what production starts: judged as usual.
 */
export const DEV_PROFILE = /^(dev\w*|debug\w*|test\w*|e2e|integration|tools?|tooling|local|ci|lint\w*|docs?|storybook|mocks?)$/i;

/** The profiles of a service when they are all development/tooling profiles (see {@link DEV_PROFILE}), else null. */
export function devProfiles(value: Record<string, unknown>): string[] | null {
  const p = value['profiles'];
  if (!Array.isArray(p) || !p.length) return null;
  const names = p.map(String);
  return names.every((n) => DEV_PROFILE.test(n)) ? names : null;
}

/**
 * The repository files and folders a compose service bind-mounts, as repository paths with the container path they are
 * mounted at: `./initdb:/docker-entrypoint-initdb.d`, `../nginx/default.conf:/etc/nginx/conf.d/default.conf:ro`, and the long
 * syntax (`type: bind`, or no type, with `source`/`target`). Only a source relative to the compose file's folder (`.`, `./…`,
 * `..`, `../…`) without a variable is the repository's; named volumes and host paths are not.
 */
export function composeBindMounts(composePath: string, svc: Pick<ComposeService, 'value'>): { path: string; target: string }[] {
  const out: { path: string; target: string }[] = [];
  const volumes = svc.value['volumes'];
  if (!Array.isArray(volumes)) return out;
  for (const v of volumes.slice(0, 1000)) {
    let source: unknown;
    let target: unknown;
    if (typeof v === 'string') [source, target] = v.split(':');
    else if (isObject(v) && (v['type'] === undefined || v['type'] === 'bind')) { source = v['source']; target = v['target']; }
    if (typeof source !== 'string' || !/^\.{1,2}(?:\/|$)/.test(source) || source.includes('$')) continue;
    const path = joinPath(dirname(composePath), source.replace(/\/+$/, '') || '.');
    if (path !== null) out.push({ path, target: typeof target === 'string' ? target : '' });
  }
  return out;
}

/**
 * Why a compose service is development-only, for messages (`development-only file`, `only in
 * compose profile 'dev'`), or null when it may run in production: by its file's name or place
 * (isDevOnly), by its profiles (devProfiles), or by the environment its file sets up (Laravel Sail's).
 * Its findings are `info` notes.
 */
export function composeDevOnly(svc: Pick<ComposeService, 'file' | 'value' | 'devEnvironment'>): string | null {
  if (isDevOnly(svc.file)) return 'development-only file';
  if (svc.devEnvironment) return svc.devEnvironment;
  const p = devProfiles(svc.value);
  return p ? `only in compose profile${p.length > 1 ? 's' : ''} ${p.map((n) => `'${n}'`).join(', ')}` : null;
}

/**
 * The canonical compose file that keeps `docker compose up` from loading `path`, in the same folder: Compose reads `compose.yaml`
 * (preferred), else `compose.yml`, and the legacy `docker-compose.yaml`/`docker-compose.yml` only when neither exists ("If both
 * files exist, Compose prefers the canonical compose.yaml", Compose file reference). Null for a file it loads or a name it does not
 * look for (names as Compose writes them: exact case).
 */
export function shadowingComposeFile(path: string, exists: (p: string) => boolean): string | null {
  const name = basename(path);
  if (!/^(?:docker-compose\.ya?ml|compose\.yml)$/.test(name)) return null;
  const dir = dirname(path);
  for (const c of name === 'compose.yml' ? ['compose.yaml'] : ['compose.yaml', 'compose.yml']) {
    const p = dir ? `${dir}/${c}` : c;
    if (exists(p)) return p;
  }
  return null;
}

/**
 * What a compose file laid over a project's main file is for, by its name (`docker compose up` reads only `compose.yaml` or
 * `docker-compose.yml` and `compose.override.yaml`/`docker-compose.override.yml`; any other file only when `-f` names it):
 * `development` for a development-only file (isDevOnly: `docker-compose.override.yml`, `.dev`, `.dev.local`, `.devcontainer`,
 * `.sandbox`, `.tilt`, `.cypress`…), `production` for one named for a deployed environment (`docker-compose.prod.yml`,
 * `compose.production.yaml`, `docker-compose.staging.yml`, `docker-compose-live.yml`, cookiecutter-django's `production.yml`), and
 * `other` for any other name (`docker-compose.mac.yml`, `.arm64`, `.monitoring`): what it is for is not known. Only a production
 * overlay is what production merges over the main file, so only it replaces the main file's values for production (its
 * failures become notes) and counts for what the main file lacks; a development overlay's findings are notes; an overlay of
 * another purpose is judged as its own file, its findings failures, but never excuses the main file.
 */
export type ComposeOverlayPurpose = 'development' | 'production' | 'other';
export function composeOverlayPurpose(path: string): ComposeOverlayPurpose {
  if (isDevOnly(path)) return 'development';
  const name = composeNamePart(path) ?? basename(path).replace(/\.ya?ml$/i, '');
  // A Swarm overlay (`docker-compose.swarm.yml`) is what `docker stack deploy -c docker-compose.yml -c docker-compose.swarm.yml` deploys.
  return hasDeployWord(name) || /(?:^|[-_.])swarm(?:$|[-_.])/i.test(name) ? 'production' : 'other';
}

/** How the docs say which compose overlays stand for production (composeOverlayPurpose): one wording for every check that reads them. */
export const COMPOSE_OVERLAY_DOC = 'A compose overlay (a compose file beside the main `docker-compose.yml`/`compose.yaml` that defines the same service) stands for production only when it is named for a deployed environment (`docker-compose.prod.yml`, `compose.production.yaml`, `docker-compose.staging.yml`, `-live`, `-release`, `.uat`, `.qa`, and a Docker Swarm overlay, `docker-compose.swarm.yml`): only such an overlay replaces the main file\'s values for production (the main file\'s finding is then an `info` note) or provides what the main file lacks. An overlay named for development (`docker-compose.override.yml`, `.dev`, `.dev.local`, `.devcontainer`, `.codespaces`, `.gitpod`, `.sandbox`, `.localdev`, `.tilt`, `.hotreload`, `.cypress`, `.selenium`, `.storybook`, `.mocks`…) is development-only: its findings are notes, a Swarm overlay so named too (`docker-compose.swarm.dev.yml`, `docker-compose.dev.swarm.yml`). An overlay of any other name (`docker-compose.mac.yml`, `.arm64`, `.monitoring`), which `docker compose up` does not read without `-f`, is judged as its own file (its findings fail) but never excuses the main file. A file named after the main one in a compose file list is a production overlay whatever its name or folder, as `docker compose` merges it over the main file: the list `COMPOSE_FILE` gives in a committed `.env` (`COMPOSE_FILE=compose.yaml:deploy/production.yaml`, separated by `:` or the `.env`\'s `COMPOSE_PATH_SEPARATOR`, relative to the `.env`\'s folder), or the `-f`/`--file` options of a `docker compose`/`docker-compose` command in a Makefile (relative to its folder) or shell script (relative to the repository root, else the script\'s folder), at most ten files a list; a list with a variable in a path (`-f docker-compose.$(ENV).yml`), one in a Makefile target or script named for development (`dev:`, `scripts/dev.sh`), and a development overlay in a list (`compose.dev.yaml`) are not read as production\'s. A legacy-named main file beside the canonical one (`docker-compose.yml` or `docker-compose.yaml` beside `compose.yaml` or `compose.yml`, `compose.yml` beside `compose.yaml`) is not loaded by `docker compose up`, which prefers the canonical file: its findings are `info` notes saying so, unless a compose file list (`-f`, `COMPOSE_FILE`) or an `include:` names it: one file is enough (`docker compose -f docker-compose.yml up -d` in a deploy script or Makefile, `COMPOSE_FILE=docker-compose.yml`), and that file is then judged as the project\'s production file (a list run only for development does not count).';

/** Bound: the nesting of defaults composeInterpolate follows (`${A:-${B:-${C:-runtime}}}`). */
const MAX_DEFAULT_NESTING = 4;

/**
 * A compose value interpolated as compose does, with `vars` (the `.env` beside the file): `$$` is a `$`; `$NAME`/`${NAME}` the
 * variable's value; `${NAME:-word}`/`${NAME-word}` the value, else the word — itself interpolated, so a nested default
 * (`${BUILD_TARGET:-${FALLBACK:-runtime}}`) resolves as compose resolves it, up to MAX_DEFAULT_NESTING levels —;
 * `${NAME:+word}`/`${NAME+word}` the word when the variable is set; `${NAME:?message}`/`${NAME?message}` the value (compose
 * stops with the message when it is unset). The `:` forms take an empty value for unset. Null when a variable that decides the
 * result has no value here, or the text is no reference compose reads (an unclosed `${`). `unknown`: when given, a variable
 * whose value is used and not known here (`${TAG}`, `${TAG:?message}` with no `.env` value) is written as this marker instead
 * of making the whole value null, for a reader that judges the parts it knows (image-tag-pinned: a registry from a variable
 * before a pinned tag).
 */
export function composeInterpolate(text: string, vars: ReadonlyMap<string, string | null>, unknown: string | null = null): string | null {
  return interpolate(text, vars, unknown, 0);
}

function interpolate(text: string, vars: ReadonlyMap<string, string | null>, unknown: string | null, depth: number): string | null {
  if (depth > MAX_DEFAULT_NESTING) return null;
  const name = /[A-Za-z_][A-Za-z0-9_]*/y;
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '$') { out += text[i++]; continue; }
    if (text[i + 1] === '$') { out += '$'; i += 2; continue; }
    const braced = text[i + 1] === '{';
    name.lastIndex = i + (braced ? 2 : 1);
    const m = name.exec(text);
    if (!m) { if (braced) return null; out += '$'; i++; continue; }
    const value = vars.get(m[0]) ?? null;
    let at = name.lastIndex;
    if (!braced) { if (value === null && unknown === null) return null; out += value ?? unknown; i = at; continue; }
    if (text[at] === '}') { if (value === null && unknown === null) return null; out += value ?? unknown; i = at + 1; continue; }
    const op = /^:?[-+?]/.exec(text.slice(at, at + 2))?.[0];
    if (!op) return null;
    at += op.length;
    // The word runs to the brace that closes this reference: nested references are skipped whole.
    let open = 0;
    let end = at;
    for (; end < text.length; end++) {
      if (text[end] === '$' && text[end + 1] === '$') { end++; continue; }
      if (text[end] === '$' && text[end + 1] === '{') { open++; end++; continue; }
      if (text[end] === '}') { if (!open) break; open--; }
    }
    if (end >= text.length) return null;
    const word = text.slice(at, end);
    const set = value !== null && (!op.startsWith(':') || value !== '');
    if (op.endsWith('-') || op.endsWith('+')) {
      const use = op.endsWith('-') ? !set : set;
      if (!use) out += op.endsWith('-') ? value! : '';
      else {
        const inner = interpolate(word, vars, unknown, depth + 1);
        if (inner === null) return null;
        out += inner;
      }
    } else {
      // `${NAME:?message}`: compose stops when NAME is unset, so a value known here to be empty or unset passes nothing.
      if (!set && (value !== null || unknown === null)) return null;
      out += set ? value! : unknown;
    }
    i = end + 1;
  }
  return out;
}

/**
 * A `build.target` as compose builds it: a literal name, or one written with variables (`${BUILD_TARGET:-runtime}`,
 * `${STAGE-release}`, a nested default `${BUILD_TARGET:-${FALLBACK:-runtime}}`, a required `${BUILD_TARGET:?set it}`)
 * interpolated as compose does (composeInterpolate) — a variable the `.env` beside the file sets takes that value, else the
 * default written after `:-`/`-` — as image-tag-pinned resolves an `image:`. `unresolved`: the target as written when a
 * variable has neither (`${BUILD_TARGET}`), or it does not resolve to a stage name: which stage is built is not known here.
 */
export function composeTarget(written: unknown, vars?: ReadonlyMap<string, string | null>): { target: string | null; unresolved?: string } {
  if (typeof written !== 'string' || !written.trim()) return { target: null };
  const raw = written.trim();
  if (!raw.includes('$')) return { target: raw };
  const value = composeInterpolate(raw, vars ?? new Map())?.trim() ?? null;
  return value && /^[A-Za-z0-9][\w.-]*$/.test(value) ? { target: value } : { target: null, unresolved: raw };
}

/**
 * A compose build: its context and Dockerfile as repository paths, the stage it builds (null: the final stage) and a target not
 * resolved (composeTarget). `inline`: the Dockerfile is written in the compose file (`build.dockerfile_inline`, Compose 2.17+),
 * and `dockerfile` is then `<compose file>/build.dockerfile_inline` (inlineDockerfilePath), a path no file of the repository has.
 */
export interface ComposeBuild { context: string; dockerfile: string; target: string | null; unresolvedTarget?: string; inline?: true }

/**
 * The path a build from `build.dockerfile_inline` stands for: under the compose file's own path, where Git can hold no file,
 * so it is never taken for a Dockerfile of the repository (compose refuses `dockerfile` and `dockerfile_inline` together).
 */
export const inlineDockerfilePath = (composeFile: string): string => `${composeFile}/build.dockerfile_inline`;
/** The Dockerfile text a compose build writes inline (`build.dockerfile_inline`), else null. */
const inlineText = (build: unknown): string | null => (isObject(build) && typeof build['dockerfile_inline'] === 'string' && build['dockerfile_inline'].trim() ? build['dockerfile_inline'] : null);

/**
 * The build context and Dockerfile of a compose service (`build: dir` or `build: { context,
 * dockerfile, target }`), as repository paths, and the stage it builds (`target`, null for the
 * final stage — also for a target written with a variable that does not resolve, `unresolvedTarget`, see composeTarget);
 * null without a build, or when either leaves the repository.
 */
export function composeBuild(file: string, svc: Pick<ComposeService, 'value' | 'vars'>): ComposeBuild | null {
  const build = svc.value['build'];
  if (build === undefined || build === null) return null;
  const rel = typeof build === 'string' ? build : isObject(build) && typeof build['context'] === 'string' ? build['context'] : '.';
  const context = joinPath(dirname(file), rel);
  if (context === null) return null;
  const inline = inlineText(build) !== null && !(isObject(build) && typeof build['dockerfile'] === 'string');
  const dockerfile = inline ? inlineDockerfilePath(file) : joinPath(context, isObject(build) && typeof build['dockerfile'] === 'string' ? build['dockerfile'] : 'Dockerfile');
  const t = composeTarget(isObject(build) ? build['target'] : undefined, svc.vars);
  return dockerfile === null ? null : { context, dockerfile, target: t.target, ...(t.unresolved ? { unresolvedTarget: t.unresolved } : {}), ...(inline ? { inline: true as const } : {}) };
}

/**
 * The build of a service whose definitions compose merges in this order (the main file's, then each overlay's: `-f
 * docker-compose.yml -f docker-compose.prod.yml`), as repository paths: `build: dir` sets the context, a mapping's `context`,
 * `dockerfile` (relative to the context, whichever file names it) and `target` (composeTarget) replace what an earlier definition set; null
 * when none builds, or when a path leaves the repository.
 */
export function composeMergedBuild(members: readonly Pick<ComposeService, 'file' | 'value' | 'vars'>[]): ComposeBuild | null {
  let context: string | null = null;
  let dockerfile: string | null = null;
  // The compose file whose `build.dockerfile_inline` is the Dockerfile (a later `dockerfile:` replaces it, and it a `dockerfile:`).
  let inline: string | null = null;
  let target: { target: string | null; unresolved?: string } = { target: null };
  let builds = false;
  // Compose resolves every file's relative paths from the project directory: the first file's folder (`-f a/compose.yml -f b/prod.yml`).
  const project = members.length ? dirname(members[0]!.file) : '';
  for (const m of members) {
    const build = m.value['build'];
    if (build === undefined || build === null) continue;
    builds = true;
    const rel = typeof build === 'string' ? build : isObject(build) && typeof build['context'] === 'string' ? build['context'] : null;
    if (rel !== null) {
      const c = joinPath(project, rel);
      if (c === null) return null;
      context = c;
    } else context ??= project;
    if (isObject(build) && typeof build['dockerfile'] === 'string') { dockerfile = build['dockerfile']; inline = null; }
    else if (inlineText(build) !== null) { inline = m.file; dockerfile = null; }
    if (isObject(build) && typeof build['target'] === 'string' && build['target'].trim()) target = composeTarget(build['target'], members[0]!.vars);
  }
  if (!builds || context === null) return null;
  const path = inline !== null ? inlineDockerfilePath(inline) : joinPath(context, dockerfile ?? 'Dockerfile');
  return path === null ? null : { context, dockerfile: path, target: target.target, ...(target.unresolved ? { unresolvedTarget: target.unresolved } : {}), ...(inline !== null ? { inline: true as const } : {}) };
}

/**
 * The image of a service whose definitions compose merges in this order (the main file's, then each overlay's: `-f compose.yml
 * -f compose.prod.yml`): a later definition's `image:` replaces an earlier one's, and one that names none keeps it (an overlay
 * that only publishes ports runs the main file's image). Empty when none names one.
 */
export function composeMergedImage(members: readonly Pick<ComposeService, 'value'>[]): string {
  let image = '';
  for (const m of members) if (typeof m.value['image'] === 'string' && m.value['image'].trim()) image = m.value['image'];
  return image;
}

/**
 * The `build.args` of a compose service as written (mapping `{ APP_UID: "10001" }` or list `["APP_UID=10001"]`), each with
 * its value (a number or boolean as its text; null: `- APP_UID` or `APP_UID:` without a value, which compose takes from
 * the shell) and its path. Not interpolated: the caller does that with the compose file's variables.
 */
export function composeBuildArgs(svc: Pick<ComposeService, 'value'>): { name: string; value: string | null; path: YamlPath }[] {
  const build = svc.value['build'];
  const args = isObject(build) ? build['args'] : undefined;
  const out: { name: string; value: string | null; path: YamlPath }[] = [];
  const text = (v: unknown): string | null => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);
  if (Array.isArray(args)) {
    args.forEach((a, i) => {
      if (typeof a !== 'string' || out.length >= 1_000) return;
      const eq = a.indexOf('=');
      const name = (eq < 0 ? a : a.slice(0, eq)).trim();
      if (name) out.push({ name, value: eq < 0 ? null : a.slice(eq + 1), path: ['build', 'args', i] });
    });
  } else if (isObject(args)) {
    for (const [k, v] of Object.entries(args).slice(0, 1_000)) out.push({ name: k, value: text(v), path: ['build', 'args', k] });
  }
  return out;
}

/** Paths named by `extends.file` in a compose document (they are compose files too). */
export function composeExtendsFiles(file: YamlFile): string[] {
  const doc: YamlDoc | undefined = file.docs[0];
  if (!doc || !isObject(doc.value) || !isObject(doc.value['services'])) return [];
  const out: string[] = [];
  for (const svc of Object.values(doc.value['services'] as Record<string, unknown>)) {
    if (isObject(svc) && isObject(svc['extends']) && typeof svc['extends']['file'] === 'string') {
      const p = joinPath(dirname(file.path), svc['extends']['file']);
      if (p) out.push(p);
    }
  }
  return out;
}

/** A remote include (`oci://…`, a git URL) or an absolute path: not a file of the repository, left out. */
const notRepoPath = (rel: string) => rel.startsWith('/') || /^[a-z][a-z0-9+.-]*:\/\//i.test(rel) || /^git@/.test(rel);

/**
 * One entry of a compose file's top-level `include:` (Compose v2.20+): a path string, or a mapping whose `path` is a string
 * or a list of strings, with `project_directory` and `env_file`, all resolved against the including file's folder.
 */
export interface ComposeInclude {
  /** Each local path it names: as written, its repository path (null: it leaves the repository) and where it is written. */
  paths: { rel: string; path: string | null; at: YamlPath }[];
  /**
   * The folder whose `.env` gives the included files' variables when `env_file` is not given: `project_directory`, else the
   * folder of the first path (null: it leaves the repository, or the first path is remote).
   */
  projectDirectory: string | null;
  /** The files `env_file` names (a string or a list), as repository paths (one leaving the repository left out); null when not given. */
  envFiles: string[] | null;
}

/** The entries of a compose document's top-level `include:` (see {@link ComposeInclude}); none when it has none. */
export function composeIncludes(file: YamlFile): ComposeInclude[] {
  const doc: YamlDoc | undefined = file.docs[0];
  const include = doc && isObject(doc.value) ? doc.value['include'] : undefined;
  if (!Array.isArray(include)) return [];
  const dir = dirname(file.path);
  const out: ComposeInclude[] = [];
  include.forEach((entry, i) => {
    const named: { rel: unknown; at: YamlPath }[] = [];
    if (typeof entry === 'string') named.push({ rel: entry, at: ['include', i] });
    else if (isObject(entry)) {
      const path = entry['path'];
      if (Array.isArray(path)) path.forEach((rel, j) => named.push({ rel, at: ['include', i, 'path', j] }));
      else named.push({ rel: path, at: ['include', i, 'path'] });
    } else return;
    const paths: ComposeInclude['paths'] = [];
    for (const n of named) {
      if (typeof n.rel !== 'string' || !n.rel.trim()) continue;
      // A remote include (`oci://…`, a git URL) is no file; an absolute path is one outside the repository (path null).
      if (notRepoPath(n.rel.trim())) { if (n.rel.trim().startsWith('/')) paths.push({ rel: n.rel.trim(), path: null, at: n.at }); continue; }
      paths.push({ rel: n.rel.trim(), path: joinPath(dir, n.rel.trim()), at: n.at });
    }
    const first = named[0]?.rel;
    const pd = isObject(entry) ? entry['project_directory'] : undefined;
    const projectDirectory = typeof pd === 'string' && pd.trim() ? (pd.trim().startsWith('/') ? null : joinPath(dir, pd.trim()))
      : typeof first === 'string' && paths[0]?.rel === first.trim() && paths[0].path !== null ? dirname(paths[0].path) : null;
    const ef = isObject(entry) ? entry['env_file'] : undefined;
    const envFiles = ef === undefined || ef === null ? null
      : (Array.isArray(ef) ? ef : [ef]).filter((x): x is string => typeof x === 'string' && !!x.trim() && !x.trim().startsWith('/')).map((x) => joinPath(dir, x.trim())).filter((x): x is string => x !== null);
    out.push({ paths, projectDirectory, envFiles });
  });
  return out;
}

/**
 * Paths named by the top-level `include:` of a compose document (Compose v2.20+), resolved against
 * the including file's folder: each entry a path string, or a mapping whose `path` is a string or a
 * list of strings (`project_directory` and `env_file` do not move the path). Paths leaving the
 * repository, and remote includes (`oci://`, git URLs), are left out.
 */
export function composeIncludeFiles(file: YamlFile): string[] {
  const out: string[] = [];
  for (const inc of composeIncludes(file)) for (const p of inc.paths) if (p.path !== null && !out.includes(p.path)) out.push(p.path);
  return out;
}

/**
 * The `include:` entries of a compose file that name a file not in the repository (`present` says which are), at the path
 * as written: docker compose refuses the file, and the services it would hold are not judged. A path leaving the repository
 * (or absolute) is not read, and said so (`sayOutside`: not when a sub-folder is scanned, where it may be a file of the repository).
 */
export function composeIncludeProblems(file: YamlFile, present: (path: string) => boolean, sayOutside = true): { line: number; column: number; message: string; scope: string }[] {
  const doc = file.docs[0];
  const out: { line: number; column: number; message: string; scope: string }[] = [];
  for (const inc of composeIncludes(file)) {
    for (const p of inc.paths) {
      if (p.path === file.path || (p.path !== null && present(p.path)) || (p.path === null && !sayOutside)) continue;
      const at = doc?.loc(p.at) ?? doc?.loc(p.at, true) ?? { line: 1, column: 1 };
      // Outside the repository (`../shared/db.yml`, an absolute path): docker compose would read it, Preflight does not, as for `extends.file`.
      const message = p.path === null
        ? `include names file ${p.rel}, which is outside the repository and was not read: the services it holds are not judged`
        : `include names file ${p.rel}, which is not in the repository: docker compose refuses the file`;
      out.push({ ...at, message, scope: `${p.at.join('.')}` });
    }
  }
  return out;
}

/**
 * The repository paths of the files a compose service's `env_file` names (a string, a list, `- path: …` entries), in
 * order, relative to the compose file that writes the `env_file` (an `extends` base in another folder resolves its own).
 */
export function composeEnvFiles(svc: ComposeService): string[] {
  const ef = svc.value['env_file'];
  if (ef === undefined || ef === null) return [];
  const list = (Array.isArray(ef) ? ef : [ef]).map((x) => (isObject(x) ? x['path'] : x)).filter((x): x is string => typeof x === 'string');
  const dir = dirname(svc.origin(['env_file']).file);
  return list.map((rel) => joinPath(dir, rel)).filter((p): p is string => p !== null);
}

/** Environment of a compose service as key/value pairs (list or map syntax). */
export function composeEnvironment(svc: ComposeService): { key: string; value: string | null; path: YamlPath }[] {
  const env = svc.value['environment'];
  const out: { key: string; value: string | null; path: YamlPath }[] = [];
  if (Array.isArray(env)) {
    env.forEach((e, i) => {
      if (typeof e !== 'string') return;
      const eq = e.indexOf('=');
      out.push({ key: eq < 0 ? e : e.slice(0, eq), value: eq < 0 ? null : e.slice(eq + 1), path: ['environment', i] });
    });
  } else if (isObject(env)) {
    for (const [k, v] of Object.entries(env)) out.push({ key: k, value: v === null || v === undefined ? null : String(v), path: ['environment', k] });
  }
  return out;
}
