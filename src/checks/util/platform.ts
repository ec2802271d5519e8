/**
 * Hosting platforms' deploy files, read once for every check: the environment they set for the production
 * process (fly.toml `[env]`, render.yaml `envVars`, serverless.yml `environment`) and the command they start (render.yaml and Railway
 * `startCommand`, fly.toml `[processes]` and `[experimental] cmd`). Templates and test folders are skipped.
 */
import { basename, hasDevWord, isDevOnly, isTemplate, isTestFile } from '../../repo/classify.js';
import { isObject } from '../../repo/yaml.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';

export interface PlatformEnv { key: string; value: string; file: string; line: number; column: number; where: string; dev: boolean }

/** Bounds: entries per file. */
const MAX_ENTRIES = 2_000;

const FLY_FILE_RE = /^fly(?:\.[\w-]+)?\.toml$/;

/** A fly config for development (`fly.dev.toml`, `fly.local.toml`): by the development name between `fly.` and `.toml`. */
const flyDev = (file: string): boolean => isDevOnly(file) || hasDevWord(basename(file).slice(4, -5));

/** A platform deploy file of the repository's deployment (not a template or a test fixture): `fly`, `render`, `railway` or null. */
function platformFile(file: string): 'fly' | 'render' | 'railway' | 'serverless' | null {
  const name = basename(file);
  // `fly.<env>.toml` (`fly.production.toml`, `fly.staging.toml`: `fly deploy -c …`) is read as fly.toml is.
  const kind = FLY_FILE_RE.test(name) ? 'fly' : /^render\.ya?ml$/.test(name) ? 'render' : /^railway\.(?:json|toml)$/.test(name) ? 'railway' : /^serverless\.ya?ml$/.test(name) ? 'serverless' : null;
  return kind && !isTemplate(file) && !isTestFile(file) ? kind : null;
}

export const platformEnv = perView(function platformEnv(snapshot: SnapshotView): PlatformEnv[] {
  const out: PlatformEnv[] = [];
  for (const f of snapshot.files) {
    const kind = platformFile(f);
    if (kind === 'fly') out.push(...flyEnv(f, snapshot.lines(f) ?? []));
    else if (kind === 'render') out.push(...renderEnv(snapshot, f));
    else if (kind === 'serverless') out.push(...serverlessEnv(snapshot, f));
  }
  return out;
});

/** One single-line `key = value` of a TOML file: its table (`[env]`, `[[services]]`), key, value (a string, number or boolean; an array of strings joined by spaces) and where the key is written. */
export interface TomlEntry { section: string; key: string; value: string; line: number; column: number }

/** The single-line `key = value` entries of a TOML file, with the table each is in (multi-line values are not read). */
export function tomlEntries(lines: readonly string[]): TomlEntry[] {
  const out: TomlEntry[] = [];
  let section = '';
  lines.forEach((l, i) => {
    if (out.length >= MAX_ENTRIES) return;
    const sec = /^\s*\[{1,2}\s*([\w.-]+)\s*\]{1,2}\s*(?:#.*)?$/.exec(l);
    if (sec) { section = sec[1]!; return; }
    const m = /^\s*(?:"([^"]+)"|'([^']+)'|([\w.-]+))\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([\w.+-]+)|\[(.*)\])\s*(?:#.*)?$/.exec(l);
    if (!m) return;
    const value = m[4] ?? m[5] ?? m[6] ?? [...m[7]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!).join(' ');
    out.push({ section, key: (m[1] ?? m[2] ?? m[3])!, value, line: i + 1, column: l.length - l.trimStart().length + 1 });
  });
  return out;
}

/** fly.toml `[env]`: `KEY = "value"` (quoted key, single quotes, numbers and booleans too). */
function flyEnv(file: string, lines: string[]): PlatformEnv[] {
  const name = basename(file);
  return tomlEntries(lines).filter((e) => e.section === 'env').map((e) => ({ key: e.key, value: e.value, file, line: e.line, column: e.column, where: `${name} [env]`, dev: flyDev(file) }));
}

/** A start command a platform deploy file names. */
export interface PlatformCommand {
  file: string; line: number; column: number; where: string; command: string;
  /** The folder the command runs in, from the repository root: render.yaml's `rootDir` (Render runs the build and start commands there). */
  rootDir?: string;
  /** Only for a development environment (a Railway environment named `dev`, `development`, `local`…). */
  dev?: boolean;
}

/**
 * The commands platforms start: render.yaml `services[].startCommand`, Railway `startCommand` (railway.toml's
 * `[deploy]`, railway.json's `deploy` and its `environments`' overrides), fly.toml `[processes]` and `[experimental] cmd`; at the key.
 */
export const platformCommands = perView(function platformCommands(snapshot: SnapshotView): PlatformCommand[] {
  const out: PlatformCommand[] = [];
  const add = (file: string, line: number, column: number, where: string, command: unknown, rootDir?: unknown, dev?: boolean) => {
    if (typeof command !== 'string' || !command.trim()) return;
    // `rootDir: frontend`, `./frontend/` (where it leads is resolved, and checked to stay inside the repository, by joinPath).
    const root = typeof rootDir === 'string' ? rootDir.trim() : '';
    out.push({ file, line, column, where, command, ...(root && !root.startsWith('/') ? { rootDir: root } : {}), ...(dev ? { dev } : {}) });
  };
  for (const f of snapshot.files) {
    const kind = platformFile(f);
    if (kind === 'fly') {
      for (const e of tomlEntries(snapshot.lines(f) ?? [])) {
        const name = basename(f);
        if (e.section === 'processes') add(f, e.line, e.column, `${name} process '${e.key}'`, e.value, undefined, flyDev(f));
        else if (e.section === 'experimental' && e.key === 'cmd') add(f, e.line, e.column, `${name} [experimental] cmd`, e.value, undefined, flyDev(f));
      }
    } else if (kind === 'render') {
      for (const doc of snapshot.yaml(f)?.docs ?? []) {
        const services = isObject(doc.value) ? doc.value['services'] : undefined;
        if (!Array.isArray(services)) continue;
        services.forEach((svc, i) => {
          const at = isObject(svc) ? doc.loc(['services', i, 'startCommand'], true) : null;
          if (at && isObject(svc)) add(f, at.line, at.column, 'render.yaml startCommand', svc['startCommand'], svc['rootDir']);
        });
      }
    } else if (kind === 'railway') {
      if (f.endsWith('.toml')) {
        for (const e of tomlEntries(snapshot.lines(f) ?? [])) if (e.key === 'startCommand') add(f, e.line, e.column, 'Railway startCommand', e.value);
        continue;
      }
      // railway.json, parsed (compact or spread over lines): `deploy.startCommand`, and each environment's override
      // (`environments.production.deploy.startCommand`); one named for development is development-only.
      const json = snapshot.json(f);
      if (!json || !isObject(json.value)) continue;
      const root = json.value;
      const deployOf = (o: unknown, path: (string | number)[], where: string, dev?: boolean) => {
        const deploy = isObject(o) ? o['deploy'] : undefined;
        const at = isObject(deploy) ? json.loc([...path, 'deploy', 'startCommand'], true) : null;
        if (at && isObject(deploy)) add(f, at.line, at.column, where, deploy['startCommand'], undefined, dev);
      };
      deployOf(root, [], 'Railway startCommand');
      const envs = root['environments'];
      if (isObject(envs)) for (const [name, env] of Object.entries(envs)) deployOf(env, ['environments', name], `Railway environment '${name}' startCommand`, hasDevWord(name));
    }
  }
  return out;
});

/**
 * The Serverless Framework's `serverless.yml`: `provider.environment` and each function's `environment`, with literal values
 * (one holding a Serverless variable, `${opt:stage}`, `${ssm:/path}`, is resolved at deploy time: not read).
 */
function serverlessEnv(snapshot: SnapshotView, file: string): PlatformEnv[] {
  const out: PlatformEnv[] = [];
  const doc = snapshot.yaml(file)?.docs[0];
  if (!doc || !isObject(doc.value)) return out;
  const read = (env: unknown, path: (string | number)[], where: string) => {
    if (!isObject(env)) return;
    for (const [key, v] of Object.entries(env)) {
      if (out.length >= MAX_ENTRIES || !(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') || String(v).includes('${')) continue;
      const at = doc.loc([...path, key]);
      if (at) out.push({ key, value: String(v), file, line: at.line, column: at.column, where, dev: isDevOnly(file) });
    }
  };
  const provider = doc.value['provider'];
  if (isObject(provider)) read(provider['environment'], ['provider', 'environment'], `${basename(file)} provider.environment`);
  const functions = doc.value['functions'];
  if (isObject(functions)) for (const [name, fn] of Object.entries(functions)) if (isObject(fn)) read(fn['environment'], ['functions', name, 'environment'], `${basename(file)} function '${name}' environment`);
  return out;
}

/** render.yaml `services[].envVars[]` and `envVarGroups[].envVars[]` with a literal `value`. */
function renderEnv(snapshot: SnapshotView, file: string): PlatformEnv[] {
  const out: PlatformEnv[] = [];
  for (const doc of snapshot.yaml(file)?.docs ?? []) {
    if (!isObject(doc.value)) continue;
    for (const listKey of ['services', 'envVarGroups'] as const) {
      const list = doc.value[listKey];
      if (!Array.isArray(list)) continue;
      list.forEach((svc, si) => {
        if (!isObject(svc) || !Array.isArray(svc['envVars'])) return;
        const owner = typeof svc['name'] === 'string' ? svc['name'] : String(si);
        svc['envVars'].forEach((e, ei) => {
          if (out.length >= MAX_ENTRIES || !isObject(e) || typeof e['key'] !== 'string' || e['value'] === undefined || e['value'] === null || typeof e['value'] === 'object') return;
          const at = doc.loc([listKey, si, 'envVars', ei, 'value']) ?? doc.loc([listKey, si, 'envVars', ei], true);
          if (!at) return;
          out.push({ key: e['key'], value: String(e['value']), file, line: at.line, column: at.column, where: `render.yaml ${listKey === 'services' ? 'service' : 'env group'} '${owner}'`, dev: isDevOnly(file) });
        });
      });
    }
  }
  return out;
}
