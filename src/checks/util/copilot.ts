/**
 * AWS Copilot's workload manifests (`copilot/<name>/manifest.yml`, whose `type` names a service or a job: `Load Balanced Web
 * Service`, `Backend Service`, `Request-Driven Web Service`, `Worker Service`, `Scheduled Job`), read once per view for
 * platform.ts: the variables its containers get, the command it runs instead of the image's, the image it deploys as written,
 * and the Dockerfile whose `CMD` that command replaces. Paths in a manifest are from the workspace root, the folder holding
 * `copilot/`. Environment manifests (`copilot/environments/<env>/manifest.yml`) and pipelines name no container.
 */
import { dirname, filesEndingIn, filesWhere, isDevOnly, isTemplate, isTestFile, isVendoredOrGenerated, joinPath, nonProductionEnvironment } from '../../repo/classify.js';
import { isObject, type YamlDoc } from '../../repo/yaml.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import type { KamalVar } from './kamal.js';
import type { PlatformCommand, PlatformEnv, PlatformImage } from './platform.js';

/** A workload manifest of a Copilot workspace (one folder below `copilot/`). */
const MANIFEST_RE = /(?:^|\/)copilot\/([^/]+)\/manifest\.ya?ml$/;
/** An environment's manifest: the name of an environment the workspace deploys to. */
const ENV_MANIFEST_RE = /(?:^|\/)copilot\/environments\/([^/]+)\/manifest\.ya?ml$/;
/** The workload types whose containers serve requests: their command is the server production runs. */
const SERVING_TYPES = new Set(['Load Balanced Web Service', 'Backend Service', 'Request-Driven Web Service']);
/** Every workload type that runs a container (a `Static Site` runs none). */
const WORKLOAD_TYPES = new Set([...SERVING_TYPES, 'Worker Service', 'Scheduled Job']);

/** Bounds: entries per manifest. */
const MAX_ENTRIES = 2_000;

export interface CopilotWorkload {
  file: string;
  /** How messages name it: `Copilot service 'web'`, `Copilot job 'report'`. */
  label: string;
  env: PlatformEnv[];
  commands: PlatformCommand[];
  images: PlatformImage[];
  /** The Dockerfile (from the repository root) a production workload builds (`image.build`), else null. */
  builds: string | null;
  /** The Dockerfile whose `CMD` the workload's own command replaces (`builds`, when it sets a `command` or an `entrypoint`), else null. */
  replaces: string | null;
}

/** The Copilot manifests a view holds, each read once. */
export const copilotWorkloads = perView(function copilotWorkloads(snapshot: SnapshotView): CopilotWorkload[] {
  const out: CopilotWorkload[] = [];
  for (const f of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    if (!isCopilotManifest(f)) continue;
    const doc = snapshot.yaml(f)?.docs[0];
    if (doc && isObject(doc.value) && typeof doc.value['type'] === 'string' && WORKLOAD_TYPES.has(doc.value['type'])) out.push(readWorkload(snapshot, f, doc, doc.value));
  }
  return out;
});

/** A Copilot workload manifest by its path (what its `type` is decides whether it is read): not a template's, a test's or a vendored one. */
export const isCopilotManifest = (file: string): boolean => MANIFEST_RE.test(file) && !ENV_MANIFEST_RE.test(file) && !isTemplate(file) && !isTestFile(file) && !isVendoredOrGenerated(file);

type Obj = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
/** A `command`/`entrypoint`: a string, or a list of strings joined as the container runs them. */
const words = (v: unknown): string | null => str(v) ?? (Array.isArray(v) && v.length && v.every((w) => typeof w === 'string') ? v.join(' ') : null);
const isScalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The Dockerfile, stage and build context `image.build` names (a path, or `{ dockerfile, context, target }`), from the repository root. */
function buildOf(root: string, image: unknown): { dockerfile: string | null; target: string | null; context: string } | null {
  const build = isObject(image) ? image['build'] : undefined;
  if (str(build)) {
    const dockerfile = joinPath(root, build as string);
    return { dockerfile, target: null, context: dockerfile === null ? root : dirname(dockerfile) };
  }
  if (!isObject(build)) return null;
  const context = str(build['context']) ? joinPath(root, build['context'] as string) : null;
  const dockerfile = str(build['dockerfile']) ? joinPath(root, build['dockerfile'] as string) : joinPath(context ?? root, 'Dockerfile');
  const target = str(build['target']) && /^[A-Za-z0-9][\w.-]*$/.test((build['target'] as string).trim()) ? (build['target'] as string).trim() : null;
  return { dockerfile, target, context: context ?? (dockerfile === null ? root : dirname(dockerfile)) };
}

/** A Copilot environment manifest (`copilot/environments/<env>/manifest.yml`). */
const isEnvManifest = (f: string) => ENV_MANIFEST_RE.test(f);

function readWorkload(snapshot: SnapshotView, file: string, doc: YamlDoc, root: Obj): CopilotWorkload {
  const m = MANIFEST_RE.exec(file)!;
  const workspace = dirname(dirname(dirname(file)));
  const name = str(root['name']) ?? m[1]!;
  const label = `Copilot ${root['type'] === 'Scheduled Job' ? 'job' : 'service'} '${name}'`;
  const fileDev = isDevOnly(file);
  const envs = isObject(root['environments']) ? Object.entries(root['environments']).filter((e): e is [string, Obj] => isObject(e[1])) : [];
  // The environments the workspace deploys to: its environment manifests, and those the workload overrides.
  const known = new Set(envs.map(([e]) => e));
  for (const f of filesWhere(filesEndingIn(snapshot.files, 'yml', 'yaml'), isEnvManifest)) {
    const e = ENV_MANIFEST_RE.exec(f);
    if (e && dirname(dirname(dirname(dirname(f)))) === workspace) known.add(e[1]!);
  }
  const production = [...known].filter((e) => nonProductionEnvironment(e) === null);
  /**
   * Whether the manifest's own value of something is what no production environment gets: every production environment
   * overrides it (`environments.prod.variables.DEBUG`). Then the base value reaches only the other environments.
   */
  const baseDev = (overrides: (env: Obj) => boolean): string | undefined => {
    const by = production.filter((e) => { const o = envs.find(([n]) => n === e)?.[1]; return o !== undefined && overrides(o); });
    return production.length && by.length === production.length ? `overridden by ${by.length > 1 ? 'environments' : 'environment'} ${by.map((e) => `'${e}'`).join(', ')} for production` : undefined;
  };
  /** Development or preview environments' overrides (`environments.test`): notes. */
  const envDev = (env: string): string | undefined => {
    const kind = nonProductionEnvironment(env);
    return kind === null ? undefined : `${kind === 'preview' ? 'PR/preview' : 'development'} environment '${env}'`;
  };
  const dev = (reason: string | undefined) => (fileDev ? { dev: true } : reason ? { dev: true, devReason: reason } : { dev: false });

  const env: PlatformEnv[] = [];
  const readVars = (vars: unknown, path: (string | number)[], where: string, devOf: (key: string) => string | undefined) => {
    if (!isObject(vars)) return;
    for (const [key, v] of Object.entries(vars)) {
      // `{ from_cfn: … }` is a stack output; `${TAG}` is filled in from the shell that deploys: neither is a value written here.
      if (env.length >= MAX_ENTRIES || !isScalar(v) || String(v).includes('${')) continue;
      const at = doc.loc([...path, key]);
      if (at) env.push({ key, value: String(v), file, line: at.line, column: at.column, where, ...dev(devOf(key)) });
    }
  };
  readVars(root['variables'], ['variables'], `${label} variables`, (key) => baseDev((o) => isObject(o['variables']) && key in o['variables']));
  for (const [e, o] of envs) readVars(o['variables'], ['environments', e, 'variables'], `${label} environment '${e}' variables`, () => envDev(e));
  const sidecars = isObject(root['sidecars']) ? Object.entries(root['sidecars']).filter((e): e is [string, Obj] => isObject(e[1])) : [];
  for (const [s, o] of sidecars) readVars(o['variables'], ['sidecars', s, 'variables'], `${label} sidecar '${s}' variables`, () => undefined);

  // The variables a container of the workload gets in one environment (null: the manifest's own): its `variables` over the
  // manifest's, and its `secrets` (SSM or Secrets Manager references: their values are not in the repository).
  const varsFor = (o: Obj | null): Map<string, KamalVar> => {
    const out = new Map<string, KamalVar>();
    for (const [src, where] of [[root, `${label} variables`], ...(o ? [[o, `${label} environment variables`] as const] : [])] as const) {
      const vars = src['variables'];
      if (isObject(vars)) for (const [k, v] of Object.entries(vars)) out.set(k, { value: isScalar(v) && !String(v).includes('${') ? String(v) : null, where: `${where} in ${file}` });
      const secrets = src['secrets'];
      if (isObject(secrets)) for (const k of Object.keys(secrets)) out.set(k, { value: null, where: `${label} secrets in ${file}` });
    }
    return out;
  };

  const commands: PlatformCommand[] = [];
  const serves = SERVING_TYPES.has(root['type'] as string);
  const commandOf = (o: Obj | null) => {
    const over = (k: string) => (o && o[k] !== undefined ? o[k] : root[k]);
    const entrypoint = words(over('entrypoint'));
    const command = words(over('command'));
    return entrypoint || command ? [entrypoint, command].filter(Boolean).join(' ') : null;
  };
  const pushCommand = (o: Obj | null, path: (string | number)[], where: string, reason: string | undefined) => {
    const command = commandOf(o);
    const written = o ?? root;
    const key = written['command'] !== undefined ? 'command' : 'entrypoint';
    const at = command ? doc.loc([...path, key], true) : null;
    if (!command || !at) return;
    const build = buildOf(workspace, (o && o['image'] !== undefined ? o['image'] : root['image']));
    const context = build?.context ?? workspace;
    commands.push({
      file, line: at.line, column: at.column, where: `${where} ${key}`, command,
      // The folder the command runs in, from the manifest's (up to the repository root, then down): the image's build context (the
      // workspace root for an image built elsewhere).
      rootDir: ['..', '..', ...workspace.split('/').filter(Boolean).map(() => '..'), ...context.split('/').filter(Boolean)].join('/'),
      ...dev(reason),
      // Run in the image `image.build` makes (an image built elsewhere, `image.location`, sets variables not known here).
      image: { dockerfile: build?.dockerfile ?? null, target: build?.target ?? null, vars: varsFor(o) },
    });
  };
  if (serves) {
    if (root['command'] !== undefined || root['entrypoint'] !== undefined) pushCommand(null, [], label, baseDev((o) => o['command'] !== undefined || o['entrypoint'] !== undefined));
    for (const [e, o] of envs) if (o['command'] !== undefined || o['entrypoint'] !== undefined) pushCommand(o, ['environments', e], `${label} environment '${e}'`, envDev(e));
  }

  const images: PlatformImage[] = [];
  const pushImage = (image: unknown, path: (string | number)[], where: string, reason: string | undefined) => {
    const location = isObject(image) ? str(image['location']) : null;
    const at = location ? doc.loc([...path, 'location']) : null;
    if (location && at && images.length < MAX_ENTRIES) images.push({ file, line: at.line, column: at.column, where: `${where} image.location`, image: location.trim(), ...dev(reason) });
  };
  pushImage(root['image'], ['image'], label, baseDev((o) => isObject(o['image']) && (o['image']['location'] !== undefined || o['image']['build'] !== undefined)));
  for (const [e, o] of envs) pushImage(o['image'], ['environments', e, 'image'], `${label} environment '${e}'`, envDev(e));
  for (const [s, o] of sidecars) {
    const image = o['image'];
    const at = str(image) ? doc.loc(['sidecars', s, 'image']) : null;
    if (at) images.push({ file, line: at.line, column: at.column, where: `${label} sidecar '${s}' image`, image: (image as string).trim(), ...dev(undefined) });
    else pushImage(image, ['sidecars', s, 'image'], `${label} sidecar '${s}'`, undefined);
  }

  // The image's `CMD` runs nowhere when the workload's own command replaces it (in every environment: the manifest's own).
  const built = fileDev ? null : buildOf(workspace, root['image'])?.dockerfile ?? null;
  return { file, label, env, commands, images, builds: built, replaces: built && commandOf(null) ? built : null };
}
