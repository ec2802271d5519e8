/**
 * Kamal's deploy configuration (`config/deploy.yml`, and a destination's `config/deploy.<destination>.yml`): the accessories
 * it runs beside the app (databases, caches: `image`, `port`, `env`) and the environment it gives the app's containers. Read
 * once per view for every check (database-port-exposed, image-tag-pinned, and platform.ts: the deploy environments, the roles'
 * `cmd` start commands and the Dockerfile whose `CMD` they replace).
 */
import { basename, hasDevWord, isDevOnly, isTemplate, isTestFile } from '../../repo/classify.js';
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

/** A server role (`servers.web`, `servers.job`): the `cmd` it runs instead of the image's `CMD`, if any. */
export interface KamalRole { name: string; cmd: KamalValue<string> | null }

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
  for (const file of snapshot.files) {
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
    out.push(read(file, doc, root, isDevOnly(file) || (m[1] !== undefined && hasDevWord(m[1]))));
  }
  return out;
});

function read(file: string, doc: YamlDoc, root: Record<string, unknown>, dev: boolean): KamalConfig {
  const env: KamalEnv[] = [];
  const at = (path: (string | number)[]) => doc.loc(path);
  const scalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  // `env: { clear: {…}, secret: [...] }`, or `env: {KEY: value}` (all clear); `tags` hold more clear values per tag.
  const readEnv = (e: unknown, path: (string | number)[], where: string) => {
    if (!isObject(e)) return;
    const structured = 'clear' in e || 'secret' in e || 'tags' in e;
    const clear = structured ? e['clear'] : e;
    const clearPath = structured ? [...path, 'clear'] : path;
    if (isObject(clear)) {
      for (const [key, v] of Object.entries(clear)) {
        const loc = scalar(v) && env.length < MAX_ENTRIES ? at([...clearPath, key]) : null;
        if (loc) env.push({ key, value: String(v), line: loc.line, column: loc.column, where });
      }
    }
  };
  const name = basename(file);
  readEnv(root['env'], ['env'], `${name} env`);
  const servers = root['servers'];
  const roles: KamalRole[] = [];
  // `servers: [host, …]` is the `web` role alone, running the image's CMD.
  if (Array.isArray(servers)) roles.push({ name: 'web', cmd: null });
  if (isObject(servers)) {
    for (const [role, s] of Object.entries(servers)) {
      if (roles.length >= MAX_ENTRIES) break;
      const cmd = isObject(s) && typeof s['cmd'] === 'string' && s['cmd'].trim() ? s['cmd'] : null;
      const cmdAt = cmd ? at(['servers', role, 'cmd']) : null;
      roles.push({ name: role, cmd: cmd && cmdAt ? { value: cmd, ...cmdAt } : null });
      if (isObject(s)) readEnv(s['env'], ['servers', role, 'env'], `${name} role '${role}' env`);
    }
  }
  const builder = root['builder'];
  const dockerfile = isObject(builder) && typeof builder['dockerfile'] === 'string' ? builder['dockerfile'].replace(/^\.\//, '') : 'Dockerfile';
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
  return { file, dockerfile, roles, dev, accessories, env };
}
