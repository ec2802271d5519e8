/**
 * Kamal's deploy configuration (`config/deploy.yml`, and a destination's `config/deploy.<destination>.yml`): the accessories
 * it runs beside the app (databases, caches: `image`, `port`, `env`) and the environment it gives the app's containers. Read
 * once per view for every check (database-port-exposed, image-tag-pinned, and platform.ts: the deploy environments, the roles'
 * `cmd` start commands and the Dockerfile whose `CMD` they replace); kamalDeployments merges each destination over its base, giving
 * each role the variables its containers get (platform.ts for the roles' `cmd`, production-server for the roles running the `CMD`).
 */
import { basename, dirname, filesEndingIn, hasDevWord, isDevOnly, isTemplate, isTestFile, joinPath } from '../../repo/classify.js';
import { isObject, type YamlDoc } from '../../repo/yaml.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';

/** A value of the configuration with where it is written. */
export interface KamalValue<T> { value: T; line: number; column: number }

export interface KamalAccessory {
  name: string;
  image: KamalValue<string> | null;
  /** `port: 3306`, `"3306:3306"`, `"127.0.0.1:3306:3306"` as `docker run --publish` gets it (a bare port is published as itself). */
  port: KamalValue<string> | null;
}

export interface KamalEnv { key: string; value: string; line: number; column: number; where: string }

/**
 * A variable Kamal gives the app's containers: a clear value, or null when its value is not in the file (an `env.secret` name,
 * whose value `.kamal/secrets` gives; a `tags` value, given only to the hosts of that tag). `where` names it for messages.
 */
export interface KamalVar { value: string | null; where: string }

/**
 * A server role (`servers.web`, `servers.job`): the `cmd` it runs instead of the image's `CMD`, if any; where its key is written;
 * the variables its own `env` sets; `list` when it is written as a list of hosts (no settings of its own).
 */
export interface KamalRole { name: string; cmd: KamalValue<string> | null; at: { line: number; column: number }; vars: Map<string, KamalVar>; list: boolean }

export interface KamalConfig {
  file: string;
  /** The Dockerfile Kamal builds the app's image from (`builder.dockerfile`, from the project root; `Dockerfile` by default). */
  dockerfile: string;
  roles: KamalRole[];
  /** A destination named for development (`config/deploy.dev.yml`, `deploy.local.yml`): its findings are notes. */
  dev: boolean;
  accessories: KamalAccessory[];
  /** Clear (not secret) environment values: the app's (`env.clear`, or `env` as a plain map), each role's and each accessory's. */
  env: KamalEnv[];
  /** The variables the app's `env` gives every role (clear values, secret names, tags' values). */
  vars: Map<string, KamalVar>;
  /** The stage Kamal builds (`builder.target`), else null (the final stage). */
  target: string | null;
  /** The destination a `config/deploy.<destination>.yml` is for, else null (the base file). */
  destination: string | null;
  /** `servers:` written as a list of hosts (the `web` role alone). */
  serversList: boolean;
}

/** Bounds: entries read per file. */
const MAX_ENTRIES = 2_000;

const DEPLOY_FILE_RE = /(?:^|\/)config\/deploy(?:\.([\w-]+))?\.ya?ml$/;

/**
 * Kamal's deploy files: `config/deploy.yml` whose top level names the `service` and its `servers`, `image` or `accessories`,
 * and each destination's `config/deploy.<destination>.yml` beside it (merged over it by `kamal deploy -d <destination>`:
 * it need not repeat `service`).
 */
export const kamalConfigs = perView(function kamalConfigs(snapshot: SnapshotView): KamalConfig[] {
  const out: KamalConfig[] = [];
  const kamalRoot = (doc: YamlDoc | undefined): Record<string, unknown> | null => {
    const root = doc && isObject(doc.value) ? doc.value : null;
    return root && typeof root['service'] === 'string' && ('servers' in root || 'image' in root || 'accessories' in root) ? root : null;
  };
  for (const file of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    const m = DEPLOY_FILE_RE.exec(file);
    if (!m || isTemplate(file) || isTestFile(file)) continue;
    const doc = snapshot.yaml(file)?.docs[0];
    let root = kamalRoot(doc);
    if (!root && m[1] !== undefined && doc && isObject(doc.value)) {
      const base = file.replace(/deploy\.[\w-]+\.(ya?ml)$/, 'deploy.$1');
      const baseRoot = [base, base.endsWith('.yml') ? base.replace(/\.yml$/, '.yaml') : base.replace(/\.yaml$/, '.yml')].map((b) => snapshot.has(b) ? kamalRoot(snapshot.yaml(b)?.docs[0]) : null).find(Boolean);
      if (baseRoot) root = doc.value;
    }
    if (!doc || !root) continue;
    out.push(read(file, doc, root, isDevOnly(file) || (m[1] !== undefined && hasDevWord(m[1])), m[1] ?? null));
  }
  return out;
});

function read(file: string, doc: YamlDoc, root: Record<string, unknown>, dev: boolean, destination: string | null): KamalConfig {
  const env: KamalEnv[] = [];
  const at = (path: (string | number)[], key = false) => doc.loc(path, key);
  const scalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  // `env: { clear: {…}, secret: [...] }`, or `env: {KEY: value}` (all clear); `tags` hold more clear values per tag.
  // `vars` gets every variable named: clear values, and secret names and tags' values as null (set, to a value not read here).
  const readEnv = (e: unknown, path: (string | number)[], where: string, vars?: Map<string, KamalVar>) => {
    if (!isObject(e)) return;
    const structured = 'clear' in e || 'secret' in e || 'tags' in e;
    const clear = structured ? e['clear'] : e;
    const clearPath = structured ? [...path, 'clear'] : path;
    const line = (p: (string | number)[]) => at(p)?.line ?? at(path)?.line ?? 1;
    if (isObject(clear)) {
      for (const [key, v] of Object.entries(clear)) {
        const loc = scalar(v) && env.length < MAX_ENTRIES ? at([...clearPath, key]) : null;
        if (loc) env.push({ key, value: String(v), line: loc.line, column: loc.column, where });
        if (vars && vars.size < MAX_ENTRIES) vars.set(key, { value: scalar(v) ? String(v) : null, where: `${structured ? `${path.join('.')}.clear` : path.join('.')} in ${file}:${line([...clearPath, key])}` });
      }
    }
    if (!structured || !vars) return;
    // `secret: [RAILS_MASTER_KEY, DB_PASSWORD:MAIN_DB_PASSWORD]`: the variable, its value from the secrets file (under the alias after `:`).
    const secret = e['secret'];
    if (Array.isArray(secret)) {
      secret.forEach((s, i) => {
        if (typeof s === 'string' && s.trim() && vars.size < MAX_ENTRIES) vars.set(s.split(':')[0]!.trim(), { value: null, where: `${path.join('.')}.secret in ${file}:${line([...path, 'secret', i])} (its value in .kamal/secrets)` });
      });
    }
    const tags = e['tags'];
    if (isObject(tags)) {
      for (const [tag, t] of Object.entries(tags)) {
        const tagVars = isObject(t) ? ('clear' in t && isObject(t['clear']) ? t['clear'] : t) : {};
        for (const key of Object.keys(tagVars)) if (!vars.has(key) && vars.size < MAX_ENTRIES) vars.set(key, { value: null, where: `${path.join('.')}.tags.${tag} in ${file}:${line([...path, 'tags', tag])} (for the hosts tagged '${tag}')` });
      }
    }
  };
  const name = basename(file);
  const vars = new Map<string, KamalVar>();
  readEnv(root['env'], ['env'], `${name} env`, vars);
  const servers = root['servers'];
  const roles: KamalRole[] = [];
  // `servers: [host, …]` is the `web` role alone, running the image's CMD.
  if (Array.isArray(servers)) roles.push({ name: 'web', cmd: null, at: at(['servers'], true) ?? { line: 1, column: 1 }, vars: new Map(), list: true });
  if (isObject(servers)) {
    for (const [role, s] of Object.entries(servers)) {
      if (roles.length >= MAX_ENTRIES) break;
      const cmd = isObject(s) && typeof s['cmd'] === 'string' && s['cmd'].trim() ? s['cmd'] : null;
      const cmdAt = cmd ? at(['servers', role, 'cmd']) : null;
      const roleVars = new Map<string, KamalVar>();
      if (isObject(s)) readEnv(s['env'], ['servers', role, 'env'], `${name} role '${role}' env`, roleVars);
      roles.push({ name: role, cmd: cmd && cmdAt ? { value: cmd, ...cmdAt } : null, at: at(['servers', role], true) ?? { line: 1, column: 1 }, vars: roleVars, list: !isObject(s) });
    }
  }
  const builder = root['builder'];
  const dockerfile = isObject(builder) && typeof builder['dockerfile'] === 'string' ? builder['dockerfile'].replace(/^\.\//, '') : 'Dockerfile';
  const target = isObject(builder) && typeof builder['target'] === 'string' && builder['target'].trim() ? builder['target'].trim() : null;
  const accessories: KamalAccessory[] = [];
  const acc = root['accessories'];
  if (isObject(acc)) {
    for (const [accName, a] of Object.entries(acc)) {
      if (!isObject(a) || accessories.length >= MAX_ENTRIES) continue;
      const image = typeof a['image'] === 'string' ? a['image'] : null;
      const port = typeof a['port'] === 'number' || typeof a['port'] === 'string' ? String(a['port']).trim() : null;
      const imageAt = image !== null ? at(['accessories', accName, 'image']) : null;
      const portAt = port ? at(['accessories', accName, 'port']) : null;
      accessories.push({
        name: accName,
        image: image !== null && imageAt ? { value: image, ...imageAt } : null,
        port: port && portAt ? { value: port.includes(':') ? port : `${port}:${port}`, ...portAt } : null,
      });
      readEnv(a['env'], ['accessories', accName, 'env'], `${name} accessory '${accName}' env`);
    }
  }
  return { file, dockerfile, roles, dev, accessories, env, vars, target, destination, serversList: Array.isArray(servers) };
}

/** The project root of a Kamal file (`config/deploy.yml` → the folder holding `config/`). */
export const kamalRoot = (file: string): string => dirname(dirname(file));

/** A role as one deployment runs it: its `cmd` (and the file that writes it), where the role is written, and every variable it gets. */
export interface KamalRun {
  role: string;
  cmd: (KamalValue<string> & { file: string }) | null;
  at: { file: string; line: number; column: number };
  vars: Map<string, KamalVar>;
}

/**
 * What `kamal deploy` runs: the base file alone (`kamal deploy`) when it has no production destination, and each destination's file merged
 * over it (`kamal deploy -d staging`: the settings deep-merged, a role's `env` over the app's). `dev`: a destination named for development.
 */
export interface KamalDeployment {
  base: KamalConfig;
  destination: KamalConfig | null;
  dev: boolean;
  /** The Dockerfile Kamal builds, from the repository root (null when it leads outside). */
  dockerfile: string | null;
  target: string | null;
  runs: KamalRun[];
}

/** Every Kamal deployment of the repository (once per view): see KamalDeployment. */
export const kamalDeployments = perView(function kamalDeployments(snapshot: SnapshotView): KamalDeployment[] {
  const configs = kamalConfigs(snapshot);
  const out: KamalDeployment[] = [];
  const baseOf = (c: KamalConfig) => (c.destination === null ? null : configs.find((b) => b.destination === null && dirname(b.file) === dirname(c.file)) ?? null);
  for (const base of configs) {
    if (base.destination !== null) continue;
    const dests = configs.filter((c) => baseOf(c) === base);
    const deploy = (d: KamalConfig | null): KamalDeployment => {
      const file = (d && d.dockerfile !== 'Dockerfile' ? d : base).dockerfile;
      const roles = new Map<string, KamalRun>();
      const add = (c: KamalConfig, r: KamalRole, over: KamalRun | undefined) => {
        // A role written as a list of hosts replaces the base's settings for it (deep_merge replaces a map by a list).
        const vars = new Map(r.list || !over ? [] : over.vars);
        for (const [k, v] of r.vars) vars.set(k, v);
        const cmd = r.cmd ? { ...r.cmd, file: c.file } : r.list ? null : over?.cmd ?? null;
        roles.set(r.name, { role: r.name, cmd, at: { file: c.file, ...r.at }, vars });
      };
      for (const r of base.roles) add(base, r, undefined);
      if (d && d.roles.length) {
        // Roles merge one by one; a `servers:` list on either side is replaced whole (deep_merge merges maps only).
        if (d.serversList || base.serversList) roles.clear();
        for (const r of d.roles) add(d, r, roles.get(r.name));
      }
      const app = new Map([...base.vars, ...(d?.vars ?? [])]);
      const runs = [...roles.values()].map((r) => ({ ...r, vars: new Map([...app, ...r.vars]) }));
      return { base, destination: d, dev: base.dev || !!d?.dev, dockerfile: joinPath(kamalRoot(base.file), file), target: d?.target ?? base.target, runs };
    };
    if (!dests.some((d) => !d.dev)) out.push(deploy(null));
    for (const d of dests) out.push(deploy(d));
  }
  return out;
});
