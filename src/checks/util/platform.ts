/**
 * Hosting platforms' deploy files, read once for every check: the environment they set for the production
 * process (fly.toml `[env]`, render.yaml `envVars`, serverless.yml `environment`, heroku.yml `setup.config`, Heroku app.json `env`, App Engine
 * app.yaml `env_variables`, a DigitalOcean app spec's `envs`) and the command they start (render.yaml and Railway
 * `startCommand`, fly.toml `[processes]` and `[experimental] cmd`, heroku.yml `run`, App Engine `entrypoint`, DigitalOcean
 * `run_command`), AWS descriptors' (ECS task definitions, Dockerrun.aws.json, CloudFormation/SAM, .ebextensions, Terraform apps:
 * util/ecs.ts), AWS Copilot manifests' (util/copilot.ts) and IIS web.config's `environmentVariables`; the images platforms deploy as
 * written (fly.toml `[build] image`, render.yaml `image.url`, a DigitalOcean app spec's `image`, Copilot's `image.location`); and the response headers fly.toml's proxy adds. Templates and test
 * folders are skipped. fly.toml's tables are read as TOML writes them: a `[env]` header, a one-line inline table
 * (`env = { FLASK_DEBUG = "1" }`) or dotted keys (`env.NODE_ENV = "x"`, `experimental.cmd = […]`). A fly.toml or railway.toml that TOML
 * refuses, and a Heroku app.json that is not valid JSON, are `parse-error`s at that place (as the YAML platform files and railway.json
 * are); what the line reader reads of such a TOML file is still judged. unreadPlatformFiles names them for the checks' skip reasons.
 */
import { nomadJobs } from './nomad.js';
import { basename, dirname, filesEndingIn, filesWhere, hasDevWord, isDevOnly, isTemplate, isTestFile, isVendoredOrGenerated, isWorkflowFile, joinPath, nonProductionEnvironment } from '../../repo/classify.js';
import { lineColumnAt, someOf } from './text.js';
import { isObject } from '../../repo/yaml.js';
import { isTemplated, perView, type SnapshotView } from '../../repo/snapshot.js';
import { kamalConfigs, kamalDeployments, kamalRoot, type KamalVar } from './kamal.js';
import { awsDeploy } from './ecs.js';
import { copilotWorkloads, isCopilotManifest } from './copilot.js';
import { flyDev, isPlatformConfig, platformFile, readPlatformDockerfiles, tomlEntries, type TomlEntry } from '../../repo/platform-files.js';
import { tomlError } from '../../repo/toml.js';

export { tomlEntries, type TomlEntry } from '../../repo/platform-files.js';

export interface PlatformEnv {
  key: string; value: string; file: string; line: number; column: number; where: string; dev: boolean;
  /** Why a `dev` value is not production's, when not its file's name or folder (`development environment 'test'`, `overridden by environment 'prod' for production`). */
  devReason?: string;
}

/** Why a static site's variables are not a running server's (render.yaml `runtime: static`, a DigitalOcean app spec's `static_sites`). */
export const STATIC_SITE_REASON = 'a static site: its variables exist only at build time, and no server process runs with them';

/** Bounds: entries per file. */
const MAX_ENTRIES = 2_000;

/**
 * The files the platform readers look at: platform deploy files, YAML files (App Engine service files: gaeServiceFile) and
 * Heroku's `app.json` (platformEnv). Each reader passes over the kinds it does not read.
 */
const isPlatformFileOrSpec = (file: string): boolean => isPlatformConfig(file) || /\.ya?ml$/.test(file) || basename(file) === 'app.json';
/** What every platform file and spec is named (see filesEndingIn): TOML, JSON or YAML. */
const PLATFORM_ENDINGS = ['toml', 'json', 'yml', 'yaml'];

/** The AWS Copilot manifests the checks read, and how an environment's override is judged (for the checks' docs). */
const COPILOT_MANIFESTS = 'AWS Copilot workload manifests (`copilot/<service>/manifest.yml` whose `type` is `Load Balanced Web Service`, `Backend Service`, `Request-Driven Web Service`, `Worker Service` or `Scheduled Job`; not environment or pipeline manifests)';
const COPILOT_OVERRIDES = 'an environment\'s override (`environments: { prod: { … } }`) is judged too — for a development or preview environment (`environments.test`, `dev`, `pr`) as `info` notes —, and the manifest\'s own value is a note when every production environment (those of `copilot/environments/<env>/` and of its overrides, not named for development or preview) overrides it (`overridden by environment \'prod\' for production`)';

/** What the checks that read deploy environments read of Copilot manifests (debug-mode, default-credentials, cors-wildcard, cookie-flags). */
export const COPILOT_ENV_DOC = `${COPILOT_MANIFESTS}: \`variables\` with literal values, each sidecar's too (a \`\${…}\` value the shell that deploys fills in, or \`from_cfn\`, is not one); \`secrets\` name SSM parameters or Secrets Manager secrets, never values, and are not read; ${COPILOT_OVERRIDES}.`;
/** What production-server reads of Copilot manifests. */
export const COPILOT_COMMAND_DOC = `${COPILOT_MANIFESTS}: a service's \`command\` (after its \`entrypoint\`; a string or a list) — a \`Worker Service\` or \`Scheduled Job\` serves no requests: not read —, run in the image its \`image.build\` builds (a Dockerfile path, or \`{ dockerfile, context, target }\`, from the folder holding \`copilot/\`) with its \`variables\` over the image's \`ENV\` (a \`secrets\` name sets a value not read here), at the key; ${COPILOT_OVERRIDES}. A production service's command replaces the \`CMD\` of the Dockerfile it builds (an \`info\` note there), unless another workload builds that Dockerfile without one.`;
/** What image-tag-pinned reads of Copilot manifests. */
export const COPILOT_IMAGE_DOC = `${COPILOT_MANIFESTS}: \`image.location\` (an image deployed as written, not built by \`image.build\`) and each sidecar's \`image\`, at the value; ${COPILOT_OVERRIDES}.`;
/** How platform deploy files that do not parse are reported (production-server's and debug-mode's docs). */
export const PLATFORM_PARSE_DOC = 'A fly.toml or railway.toml that TOML refuses (a string, array or table header never closed, a word that is no value, text after a value such as `force_https = true,`; duplicate keys are not looked for) and a Heroku `app.json` that is not valid JSON (a trailing comma) are `parse-error`s where the parser stops, as a render.yaml, heroku.yml, app.yaml, Kamal or Copilot file whose YAML does not parse and a railway.json that is not valid JSON are; such an app.json is not read, while what can be read of such a TOML file line by line still is (flyctl and Railway refuse to deploy it). When the check judges nothing else, its item is `skipped` with a reason naming the file (`…, and a platform deploy file could not be parsed: railway.toml: parse-error (see that finding)`), not passed.';

/** The TOML platform files' entries, and whether TOML refuses each, read once per view (readToml). */
const tomlRead = perView((): Map<string, { entries: TomlEntry[]; broken: boolean }> => new Map());

/**
 * A fly.toml's or railway.toml's single-line entries (tomlEntries). One that TOML refuses (a string or a table header never closed, a
 * value followed by more than a comment) is recorded as a parse problem where TOML stops reading it — flyctl and Railway refuse to
 * deploy it —, once; what the line reader reads of it is still given.
 */
function platformToml(snapshot: SnapshotView, file: string): TomlEntry[] {
  return readToml(snapshot, file).entries;
}

/** platformToml's reading of a file, with whether TOML refuses it (unreadPlatformFiles). */
function readToml(snapshot: SnapshotView, file: string): { entries: TomlEntry[]; broken: boolean } {
  const memo = tomlRead(snapshot);
  const known = memo.get(file);
  if (known) return known;
  const text = snapshot.text(file);
  const error = text === undefined ? null : tomlError(text);
  if (error) snapshot.reportProblem({ file, line: error.line, column: error.column, message: `not valid TOML: ${error.message}` });
  const read = { entries: text === undefined ? [] : tomlEntries(text.split(/\r?\n/)), broken: error !== null };
  memo.set(file, read);
  return read;
}

/** What a check reads of platform deploy files: the environment they set, the commands they start, the images they deploy as written. */
export type PlatformReads = 'env' | 'commands' | 'images';

/**
 * The platform deploy files that could not be parsed (each has its `parse-error` finding), with what the checks read of each, for
 * their skip reasons: a fly.toml or railway.toml TOML refuses, a railway.json or Heroku app.json that is not valid JSON, and a
 * render.yaml, heroku.yml, App Engine or DigitalOcean app.yaml, serverless.yml, Kamal `config/deploy*.yml` or Copilot manifest whose
 * YAML does not parse (a templated one aside: it has its own note). Templates, test and vendored files are not read, so not named.
 */
export const unreadPlatformFiles = perView(function unreadPlatformFiles(snapshot: SnapshotView): { file: string; reads: PlatformReads[] }[] {
  const out: { file: string; reads: PlatformReads[] }[] = [];
  for (const f of snapshot.files) {
    const kind = platformFile(f);
    const heroku = basename(f) === 'app.json' && isHerokuAppJson(f, snapshot.text(f));
    const other = isCopilotManifest(f) || (KAMAL_FILE_RE.test(f) && !isTemplate(f) && !isTestFile(f));
    if (!kind && !heroku && !other) continue;
    const reads: PlatformReads[] = kind === 'fly' || kind === 'render' || kind === 'app' || other ? ['env', 'commands', 'images'] : kind === 'railway' ? ['commands'] : kind === 'serverless' || heroku ? ['env'] : ['env', 'commands'];
    if (kind === 'fly' || (kind === 'railway' && f.endsWith('.toml'))) { if (readToml(snapshot, f).broken) out.push({ file: f, reads }); }
    else if (kind === 'railway' || heroku) { if (snapshot.json(f) === null) out.push({ file: f, reads }); }
    else {
      const text = snapshot.text(f);
      if (text !== undefined && !isTemplated(text) && snapshot.yaml(f)?.errors.length) out.push({ file: f, reads });
    }
  }
  return out;
});
const KAMAL_FILE_RE = /(?:^|\/)config\/deploy(?:\.[\w-]+)?\.ya?ml$/;

/**
 * A check's skip reason with the platform deploy files it would read (`reads`) that could not be parsed named (unreadPlatformFiles),
 * as an unparsable compose file or ECS task definition is (`…, and a platform deploy file could not be parsed: railway.toml: parse-error
 * (see that finding)`); `reason` itself when there are none.
 */
export function withUnreadPlatform(reason: string, snapshot: SnapshotView, reads: PlatformReads): string {
  const unread = unreadPlatformFiles(snapshot).filter((u) => u.reads.includes(reads)).map((u) => u.file);
  if (!unread.length) return reason;
  return `${reason}, and ${unread.length > 1 ? 'platform deploy files' : 'a platform deploy file'} could not be parsed: ${someOf(unread.map((f) => `${f}: parse-error (see that finding)`))}`;
}

/** An App Engine service file other than app.yaml (`worker.yaml`, `api.yaml`: `gcloud app deploy worker.yaml`): a top-level `runtime:` and `service:`. */
function gaeServiceFile(snapshot: SnapshotView, file: string): boolean {
  if (!/\.ya?ml$/.test(file) || platformFile(file) || isTemplate(file) || isTestFile(file)) return false;
  // A cheap gate on the text (every YAML file of the repository comes here) before the parse decides.
  const text = snapshot.text(file);
  if (!text || !/^runtime:[ \t]*['"]?[a-z]/im.test(text) || !/^service:[ \t]*\S/m.test(text)) return false;
  const doc = snapshot.yaml(file)?.docs[0];
  return !!doc && isObject(doc.value) && typeof doc.value['runtime'] === 'string' && GAE_RUNTIME_RE.test(doc.value['runtime']) && typeof doc.value['service'] === 'string';
}

export const platformEnv = perView(function platformEnv(snapshot: SnapshotView): PlatformEnv[] {
  const out: PlatformEnv[] = [];
  for (const f of filesWhere(filesEndingIn(snapshot.files, ...PLATFORM_ENDINGS), isPlatformFileOrSpec)) {
    if (basename(f) === 'app.json') { out.push(...herokuAppEnv(snapshot, f)); continue; }
    const kind = platformFile(f);
    if (kind === 'fly') out.push(...flyEnv(f, platformToml(snapshot, f)));
    else if (kind === 'render') out.push(...renderEnv(snapshot, f));
    else if (kind === 'serverless') out.push(...serverlessEnv(snapshot, f));
    else out.push(...(appSpecs(snapshot).get(f)?.env ?? []));
  }
  // Kamal's `env.clear` (the app's, each role's, each accessory's).
  for (const k of kamalConfigs(snapshot)) for (const e of k.env) out.push({ ...e, file: k.file, dev: k.dev });
  // AWS: ECS task definitions' and Dockerrun.aws.json's `environment`, CloudFormation/SAM containers and functions, .ebextensions
  // option_settings, and Terraform's (task definitions, the ECS module, Lambda, Elastic Beanstalk, Azure App Service: util/ecs.ts).
  out.push(...awsDeploy(snapshot).env);
  // AWS Copilot manifests' `variables` (the workload's, each environment's override, each sidecar's: util/copilot.ts).
  for (const w of copilotWorkloads(snapshot)) out.push(...w.env);
  // IIS: web.config's `<aspNetCore>`/`<httpPlatform>` `environmentVariables`.
  for (const f of filesWhere(filesEndingIn(snapshot.files, 'config'), isIisWebConfig)) out.push(...iisEnv(f, snapshot.text(f)));
  return out;
});

/** IIS's `web.config` itself: not a `web.<Configuration>.config` transform (`web.Debug.config`, `web.Release.config`), which only edits it when published. */
const isIisWebConfig = (file: string): boolean => basename(file).toLowerCase() === 'web.config' && !isTemplate(file) && !isTestFile(file) && !isVendoredOrGenerated(file);
const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** An attribute's text with XML's character references replaced (`&amp;`, `&#38;`, `&#x26;`); one naming no character is kept as written. */
const xmlText = (v: string): string => v.replace(/&(amp|lt|gt|quot|apos|#\d{1,8}|#x[0-9a-f]{1,8});/gi, (m, e: string) => {
  if (e[0] !== '#') return XML_ENTITIES[e.toLowerCase()] ?? m;
  const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : m;
});
/** A token a release pipeline replaces in web.config (`#{AspNetEnv}#`, `__ENVIRONMENT__`, `$(Env)`, `%ENV%`, `${ENV}`): no value of its own. */
const TOKEN_RE = /^(?:#\{[^}]*\}#?|__[\w.-]+__|\$\([\w.-]+\)|%[\w.-]+%|\$\{[^}]*\}|\{\{[^}]*\}\})$/;

/**
 * IIS `web.config`: the environment the ASP.NET Core Module (`<aspNetCore>`) or HttpPlatformHandler (`<httpPlatform>`) gives the
 * app's process — `<environmentVariables><environmentVariable name="ASPNETCORE_ENVIRONMENT" value="Development" /></environmentVariables>`
 * — at the value; commented-out entries and release-pipeline tokens (`#{Env}#`, `__ENV__`) are not read. One in a development-only
 * place gives notes.
 */
export function iisEnv(file: string, text: string | undefined): PlatformEnv[] {
  const out: PlatformEnv[] = [];
  if (!text || !/<environmentVariable\b/i.test(text)) return out;
  const bare = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const dev = isDevOnly(file);
  for (const handler of bare.matchAll(/<(aspNetCore|httpPlatform)\b[^>]*?(\/?)>/gi)) {
    if (handler[2]) continue;
    const start = handler.index + handler[0].length;
    const close = bare.slice(start).search(new RegExp(`</${handler[1]}\\s*>`, 'i'));
    const body = bare.slice(start, close < 0 ? bare.length : start + close);
    for (const m of body.matchAll(/<environmentVariable\b([^>]*)>/gi)) {
      if (out.length >= MAX_ENTRIES) return out;
      const attr = (n: string) => new RegExp(String.raw`(?:^|\s)${n}\s*=\s*(["'])([^"']*)\1`, 'i').exec(m[1]!);
      const key = attr('name');
      const value = attr('value');
      if (!key || !value || TOKEN_RE.test(value[2]!.trim())) continue;
      const at = start + m.index + '<environmentVariable'.length + value.index + value[0].indexOf(value[1]!) + 1;
      out.push({ key: xmlText(key[2]!), value: xmlText(value[2]!), file, ...lineColumnAt(text, at), where: `${basename(file)} <${handler[1]}> environmentVariables`, dev });
    }
  }
  return out;
}

/**
 * An image a platform deploy file runs as written (not built from a Dockerfile of the repository): where, and whether development-only
 * (and why, when not by its file). `overrides`, where the platform's own start command is read (fly.toml, render.yaml): what of the
 * image's start command it replaces (`command`: its CMD — fly.toml's `[processes]` or `[experimental] cmd`, render.yaml's `dockerCommand`;
 * `entrypoint`: its ENTRYPOINT and CMD — fly.toml's `[experimental] entrypoint`); none, it runs the image's as it is.
 */
export interface PlatformImage { file: string; line: number; column: number; where: string; image: string; dev: boolean; devReason?: string; overrides?: ('command' | 'entrypoint')[] }

/**
 * The images platforms deploy as written: fly.toml's `[build] image` (`fly deploy` runs it instead of building a Dockerfile), at
 * the value — not when a GitHub workflow deploys with its own image (`flyctl deploy --image …`), which replaces it —, render.yaml's
 * `image.url` (renderImages), a DigitalOcean app spec component's `image` (doImage), and AWS Copilot manifests' `image.location`
 * (the workload's, an environment's override, a sidecar's `image`), and Nomad job files' task `config { image = "…" }` (nomadJobs).
 */
export const platformImages = perView(function platformImages(snapshot: SnapshotView): PlatformImage[] {
  const out: PlatformImage[] = [];
  let replaced: FlyImageDeploys | undefined;
  const deployedWithImage = (fly: string) => {
    replaced ??= flyImageDeploys(snapshot);
    return replaced.all || [...replaced.configs].some((c) => fly === c || fly.endsWith(`/${c}`));
  };
  for (const f of filesWhere(filesEndingIn(snapshot.files, ...PLATFORM_ENDINGS), isPlatformConfig)) {
    const kind = platformFile(f);
    // render.yaml's image-backed services, a DigitalOcean app spec's components deployed from a registry image.
    if (kind === 'render') { out.push(...renderImages(snapshot, f)); continue; }
    if (kind === 'app') { out.push(...(appSpecs(snapshot).get(f)?.images ?? [])); continue; }
    if (kind !== 'fly') continue;
    const lines = snapshot.lines(f) ?? [];
    const entries = platformToml(snapshot, f);
    const overrides = [
      ...(entries.some((e) => e.section === 'processes' || (e.section === 'experimental' && e.key === 'cmd')) ? ['command' as const] : []),
      ...(entries.some((e) => e.section === 'experimental' && e.key === 'entrypoint') ? ['entrypoint' as const] : []),
    ];
    for (const e of entries) {
      if (e.section !== 'build' || e.key !== 'image' || !e.value.trim() || deployedWithImage(f)) continue;
      // At the value (inside its quotes), else at the key.
      const l = lines[e.line - 1] ?? '';
      const q = Math.max(l.indexOf(`"${e.value}"`, e.column - 1), l.indexOf(`'${e.value}'`, e.column - 1));
      out.push({ file: f, line: e.line, column: q >= 0 ? q + 2 : e.column, where: `${basename(f)} [build] image`, image: e.value.trim(), dev: flyDev(f), overrides });
    }
  }
  for (const w of copilotWorkloads(snapshot)) out.push(...w.images);
  for (const i of nomadJobs(snapshot).images) out.push({ file: i.file, line: i.line, column: i.column, where: `Nomad job '${i.job}' task '${i.task}' config image`, image: i.image, dev: i.dev });
  return out;
});

/** A fly.toml `[[services]]` block: its `internal_port` (the app's port), the ports Fly's proxy takes connections on for it, the image `[build] image` runs. */
export interface FlyService {
  file: string; internalPort: number; image: string;
  /** Each `[[services.ports]]` `port`, where it is written (at the value). */
  ports: { port: number; line: number; column: number }[];
  dev: boolean;
}

/**
 * fly.toml's `[[services]]` blocks (each from its `[[services]]` header to the next; `[[services.ports]]` tables within it) with an
 * `internal_port` and at least one `[[services.ports]]` `port`: what Fly's proxy publishes on the app's IP addresses. A
 * `fly.<env>.toml` named for development is marked so.
 */
export const flyServices = perView(function flyServices(snapshot: SnapshotView): FlyService[] {
  const out: FlyService[] = [];
  for (const f of filesWhere(filesEndingIn(snapshot.files, 'toml'), isPlatformConfig)) {
    if (platformFile(f) !== 'fly') continue;
    const lines = snapshot.lines(f) ?? [];
    const entries = platformToml(snapshot, f);
    const image = entries.find((e) => e.section === 'build' && e.key === 'image')?.value.trim() ?? '';
    // The line of each `[[services]]` header: a block's entries are those after it, before the next.
    const starts = lines.flatMap((l, i) => (/^\s*\[\[\s*services\s*\]\]/.test(l) ? [i + 1] : []));
    starts.forEach((start, b) => {
      const end = starts[b + 1] ?? Number.MAX_SAFE_INTEGER;
      const own = entries.filter((e) => e.line > start && e.line < end);
      const internal = own.find((e) => e.section === 'services' && e.key === 'internal_port');
      const internalPort = internal && /^\d{1,5}$/.test(internal.value.trim()) ? Number(internal.value.trim()) : NaN;
      const ports = own.flatMap((e) => {
        if (e.section !== 'services.ports' || e.key !== 'port' || !/^\d{1,5}$/.test(e.value.trim())) return [];
        const l = lines[e.line - 1] ?? '';
        const v = l.indexOf(e.value.trim(), l.indexOf('=', e.column - 1));
        return [{ port: Number(e.value.trim()), line: e.line, column: v >= 0 ? v + 1 : e.column }];
      });
      if (Number.isInteger(internalPort) && ports.length && out.length < MAX_ENTRIES) out.push({ file: f, internalPort, image, ports, dev: flyDev(f) });
    });
  }
  return out;
});

/** A response header a platform's proxy adds to every response of the app: where it is written (at its name), and whether development-only. */
export interface PlatformHeader { file: string; line: number; column: number; where: string; name: string; value: string; dev: boolean }

/**
 * The response headers fly.toml has Fly's proxy add (`[http_service.http_options.response.headers]`, a `[[services.ports]]`
 * port's `[services.ports.http_options.response.headers]`, or the same written as an inline table or dotted keys), as nginx's
 * `add_header` adds them; `false` (a header removed) is no value.
 */
export const platformHeaders = perView(function platformHeaders(snapshot: SnapshotView): PlatformHeader[] {
  const out: PlatformHeader[] = [];
  for (const f of filesEndingIn(snapshot.files, 'toml')) {
    if (platformFile(f) !== 'fly') continue;
    for (const e of platformToml(snapshot, f)) {
      if (!/(?:^|\.)http_options\.response\.headers$/.test(e.section) || e.value === 'false') continue;
      out.push({ file: f, line: e.line, column: e.column, where: `${basename(f)} [${e.section}]`, name: e.key, value: e.value, dev: flyDev(f) });
    }
  }
  return out;
});

/** The fly.toml files GitHub workflows deploy with an image of their own: those `-c` names, or every one (`all`). */
interface FlyImageDeploys { all: boolean; configs: Set<string> }

/** A `deploy … --image X` (`-i X`) command line. */
const DEPLOY_IMAGE_RE = /(?:^|[\s"'])deploy\b[^\n]*?[ \t](?:--image|-i)(?:[ \t]+|=)\S/;
/** flyctl before `deploy` on the line (`flyctl deploy`, `fly -a api deploy`). */
const FLY_DEPLOY_RE = /\bfly(?:ctl)?(?:\.exe)?[ \t]+(?:[^\n]*?[ \t])?deploy\b/;
/** The config a flyctl command line names (`-c services/api/fly.toml`, `--config=fly.prod.toml`). */
const FLY_CONFIG_RE = /(?:^|[ \t])(?:--config|-c)(?:[ \t]+|=)["']?([^\s"']+)/;

/**
 * Where GitHub workflows run `fly deploy --image …` (which replaces fly.toml's `[build] image`): on a flyctl command line, or
 * in the `args:` of superfly/flyctl-actions. With `-c`, only that config (its path from the checkout's root, or its end); without
 * one (the step's folder not followed), every fly.toml.
 */
function flyImageDeploys(snapshot: SnapshotView): FlyImageDeploys {
  const out: FlyImageDeploys = { all: false, configs: new Set() };
  for (const f of filesWhere(snapshot.files, isWorkflowFile)) {
    const text = snapshot.text(f) ?? '';
    if (!/\bfly(?:ctl)?\b/.test(text)) continue;
    const action = text.includes('superfly/flyctl-actions');
    for (const line of text.split('\n')) {
      if (!DEPLOY_IMAGE_RE.test(line) || !(FLY_DEPLOY_RE.test(line) || (action && /^[\s-]*args[ \t]*:/.test(line)))) continue;
      const config = FLY_CONFIG_RE.exec(line)?.[1]?.replace(/^(?:\.\/)+/, '');
      if (!config || config.includes('$') || config.startsWith('/') || config.startsWith('../')) out.all = true;
      else out.configs.add(config);
    }
  }
  return out;
}

/**
 * A Heroku `app.json` by its text (what is read before it is parsed): it writes an `"env"` key and no Expo `"expo"` one, outside
 * templates, test and vendored folders.
 */
function isHerokuAppJson(file: string, text: string | undefined): text is string {
  return !!text && text.includes('"env"') && !/"expo"\s*:/.test(text) && !isTemplate(file) && !isTestFile(file) && !isVendoredOrGenerated(file);
}

/**
 * Heroku's `app.json` `env` (what a Heroku Button deploy and review apps set): `"NODE_ENV": {"value": "development"}` or
 * `"NODE_ENV": "development"`, at the value; a `generator` (`"secret"`) holds no literal. Only an app.json whose top level is
 * Heroku's (an `env` mapping, not Expo's `expo`), outside templates, test and vendored folders. One that is not valid JSON (a
 * trailing comma: Heroku refuses it) is not read: a parse problem at the error, as railway.json's.
 */
function herokuAppEnv(snapshot: SnapshotView, file: string): PlatformEnv[] {
  if (!isHerokuAppJson(file, snapshot.text(file))) return [];
  const doc = snapshot.json(file);
  const root = doc?.value;
  if (!doc || !isObject(root) || 'expo' in root || !isObject(root['env'])) return [];
  const out: PlatformEnv[] = [];
  const dev = isDevOnly(file);
  for (const [key, v] of Object.entries(root['env'])) {
    if (out.length >= MAX_ENTRIES) break;
    const path = isObject(v) ? ['env', key, 'value'] : ['env', key];
    const value = isObject(v) ? v['value'] : v;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const loc = doc.loc(path);
    if (loc) out.push({ key, value: String(value), file, ...loc, where: 'app.json env', dev });
  }
  return out;
}

/** fly.toml `[env]`: `KEY = "value"` (quoted key, single quotes, numbers and booleans too). */
function flyEnv(file: string, entries: readonly TomlEntry[]): PlatformEnv[] {
  const name = basename(file);
  return entries.filter((e) => e.section === 'env').map((e) => ({ key: e.key, value: e.value, file, line: e.line, column: e.column, where: `${name} [env]`, dev: flyDev(file) }));
}

/** A start command a platform deploy file names. */
export interface PlatformCommand {
  file: string; line: number; column: number; where: string; command: string;
  /** The folder the command runs in, from the repository root: render.yaml's `rootDir` (Render runs the build and start commands there). */
  rootDir?: string;
  /** Only for a development environment (a Railway environment named `dev`, `development`, `local`…) or a preview one (Railway's `pr`, `preview`). */
  dev?: boolean;
  /** What the notes say of a `dev` command's environment, when it is not a development one (`PR/preview environment`). */
  devReason?: string;
  /**
   * A command run in the image a Dockerfile of the repository builds (a Kamal role's `cmd`), with the variables the platform gives the
   * container (over the image's `ENV`): nothing else sets any (no buildpack).
   */
  image?: { dockerfile: string | null; target: string | null; vars: Map<string, KamalVar> };
}

/**
 * The commands platforms start: render.yaml `services[].startCommand` (and a Docker service's `dockerCommand`), Railway `startCommand` (railway.toml's
 * `[deploy]`, railway.json's `deploy` and its `environments`' overrides), fly.toml `[processes]` and `[experimental] cmd`,
 * heroku.yml `run.web`, App Engine `entrypoint`, DigitalOcean services' `run_command` and Kamal roles' `cmd` (with the image and
 * the variables Kamal gives the role: `image`); at the key.
 */
export const platformCommands = perView(function platformCommands(snapshot: SnapshotView): PlatformCommand[] {
  const out: PlatformCommand[] = [];
  const add = (file: string, line: number, column: number, where: string, command: unknown, rootDir?: unknown, dev?: boolean, image?: PlatformCommand['image'], devReason?: string) => {
    if (typeof command !== 'string' || !command.trim()) return;
    // `rootDir: frontend`, `./frontend/` (where it leads is resolved, and checked to stay inside the repository, by joinPath).
    const root = typeof rootDir === 'string' ? rootDir.trim() : '';
    out.push({ file, line, column, where, command, ...(root && !root.startsWith('/') ? { rootDir: root } : {}), ...(dev ? { dev } : {}), ...(image ? { image } : {}), ...(dev && devReason ? { devReason } : {}) });
  };
  for (const f of filesWhere(filesEndingIn(snapshot.files, ...PLATFORM_ENDINGS), isPlatformFileOrSpec)) {
    const kind = platformFile(f);
    if (kind === 'fly') {
      for (const e of platformToml(snapshot, f)) {
        const name = basename(f);
        if (e.section === 'processes') add(f, e.line, e.column, `${name} process '${e.key}'`, e.value, undefined, flyDev(f));
        else if (e.section === 'experimental' && e.key === 'cmd') add(f, e.line, e.column, `${name} [experimental] cmd`, e.value, undefined, flyDev(f));
      }
    } else if (kind === 'render') {
      for (const doc of snapshot.yaml(f)?.docs ?? []) {
        const services = isObject(doc.value) ? doc.value['services'] : undefined;
        if (!Array.isArray(services)) continue;
        services.forEach((svc, i) => {
          // A Docker service's `dockerCommand` is run in its image instead of the Dockerfile's CMD.
          for (const key of ['startCommand', 'dockerCommand']) {
            const at = isObject(svc) ? doc.loc(['services', i, key], true) : null;
            if (at && isObject(svc)) add(f, at.line, at.column, `render.yaml ${key}`, svc[key], svc['rootDir']);
          }
        });
      }
    } else if (kind === 'railway') {
      if (f.endsWith('.toml')) {
        // `[deploy]`, and an environment's override (`[environments.staging.deploy]`), judged as railway.json's.
        for (const e of platformToml(snapshot, f)) {
          if (e.key !== 'startCommand') continue;
          const name = /^environments\.([\w-]+)\.deploy$/.exec(e.section)?.[1];
          const env = name === undefined ? null : nonProductionEnvironment(name);
          add(f, e.line, e.column, name === undefined ? 'Railway startCommand' : `Railway environment '${name}' startCommand`, e.value, undefined, env !== null, undefined, env === 'preview' ? 'PR/preview environment' : undefined);
        }
        continue;
      }
      // railway.json, parsed (compact or spread over lines): `deploy.startCommand`, and each environment's override
      // (`environments.production.deploy.startCommand`); one named for development, or Railway's `pr` (the override its PR
      // environments take) and other preview names, is not production's: notes.
      const json = snapshot.json(f);
      if (!json || !isObject(json.value)) continue;
      const root = json.value;
      const deployOf = (o: unknown, path: (string | number)[], where: string, env: 'development' | 'preview' | null = null) => {
        const deploy = isObject(o) ? o['deploy'] : undefined;
        const at = isObject(deploy) ? json.loc([...path, 'deploy', 'startCommand'], true) : null;
        if (at && isObject(deploy)) add(f, at.line, at.column, where, deploy['startCommand'], undefined, env !== null, undefined, env === 'preview' ? 'PR/preview environment' : undefined);
      };
      deployOf(root, [], 'Railway startCommand');
      const envs = root['environments'];
      if (isObject(envs)) for (const [name, env] of Object.entries(envs)) deployOf(env, ['environments', name], `Railway environment '${name}' startCommand`, nonProductionEnvironment(name));
    } else {
      for (const c of appSpecs(snapshot).get(f)?.commands ?? []) add(f, c.line, c.column, c.where, c.command, undefined, c.dev);
    }
  }
  // Kamal roles with their own `cmd` (`servers.job.cmd: bin/jobs`), run in the app's image instead of its CMD, with the variables
  // each deployment running it gives the role (the app's `env` and the role's, a destination's over the base's): once per written
  // `cmd` when they give the same, else once per deployment (naming its destination). A base file's `cmd` is judged with the production
  // deployments that run it (a development destination's notes are its own `cmd`s'); when none does, with the base file's own variables.
  const deployments = kamalDeployments(snapshot);
  for (const k of kamalConfigs(snapshot)) {
    for (const r of k.roles) {
      if (!r.cmd) continue;
      const runs = deployments.flatMap((d) => d.runs.filter((x) => x.cmd && x.cmd.file === k.file && x.cmd.line === r.cmd!.line && x.cmd.column === r.cmd!.column).map((x) => ({ d, x })));
      const chosen = k.destination === null && runs.some((y) => !y.d.dev) ? runs.filter((y) => !y.d.dev) : runs;
      const bySignature = new Map<string, (typeof chosen)[number]>();
      for (const y of chosen) {
        const sig = JSON.stringify([y.d.dockerfile, y.d.target, [...y.x.vars].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
        if (!bySignature.has(sig)) bySignature.set(sig, y);
      }
      const where = `${basename(k.file)} role '${r.name}' cmd`;
      if (!bySignature.size) {
        const base = deployments.find((d) => d.base === k || d.destination === k);
        add(k.file, r.cmd.line, r.cmd.column, where, r.cmd.value, kamalRoot(k.file), k.dev, { dockerfile: base?.dockerfile ?? joinPath(kamalRoot(k.file), k.dockerfile), target: k.target, vars: new Map([...k.vars, ...r.vars]) });
        continue;
      }
      for (const { d, x } of bySignature.values()) {
        const of = bySignature.size > 1 ? ` (${d.destination ? `destination '${d.destination.destination}'` : 'without a destination'})` : '';
        add(k.file, r.cmd.line, r.cmd.column, `${where}${of}`, r.cmd.value, kamalRoot(k.file), d.dev, { dockerfile: d.dockerfile, target: d.target, vars: x.vars });
      }
    }
  }
  // AWS containers' `entryPoint`/`command` (ECS task definitions, Dockerrun.aws.json v2, CloudFormation `ContainerDefinitions`).
  for (const c of awsDeploy(snapshot).commands) add(c.file, c.line, c.column, c.where, c.command, undefined, c.dev);
  // AWS Copilot services' `command`/`entrypoint` (and each environment's override), run in the image `image.build` makes with the
  // manifest's `variables` and `secrets` (util/copilot.ts).
  for (const w of copilotWorkloads(snapshot)) for (const c of w.commands) add(c.file, c.line, c.column, c.where, c.command, c.rootDir, c.dev, c.image, c.devReason);
  return out;
});

/** Dockerfiles a production platform config builds and deploys, with the config that does (readPlatformDockerfiles). */
export const platformDockerfiles = perView(readPlatformDockerfiles);

/**
 * Dockerfiles whose `CMD` a production platform config replaces with its own start commands, with the config that does: a
 * fly.toml with `[processes]` (or `[experimental] cmd`) builds the Dockerfile beside it (or its `[build] dockerfile`) and runs
 * each process's command instead of `CMD`; heroku.yml's `run.web` replaces the `CMD` of the image `build.docker.web` builds; render.yaml's
 * `dockerCommand` that of its service's `dockerfilePath`. Not a Dockerfile that another production platform config deploys with its
 * `CMD` as it is (a fly.toml without `[processes]` or `[experimental] cmd` building it, a render.yaml Docker service without
 * `dockerCommand`, heroku.yml's `build.docker.web` without `run.web`): the `CMD` runs in production there.
 */
export const platformReplacedCmd = perView(function platformReplacedCmd(snapshot: SnapshotView): Map<string, string> {
  const out = new Map<string, string>();
  const asIs = new Set<string>();
  for (const f of filesWhere(filesEndingIn(snapshot.files, ...PLATFORM_ENDINGS), isPlatformConfig)) {
    const kind = platformFile(f);
    if (kind === 'fly' && !flyDev(f)) {
      const entries = platformToml(snapshot, f);
      // `[build] image = "…"` deploys an image built elsewhere: no Dockerfile of the repository is replaced (nor run).
      if (entries.some((e) => e.section === 'build' && e.key === 'image')) continue;
      const named = entries.find((e) => e.section === 'build' && e.key === 'dockerfile')?.value;
      const df = joinPath(dirname(f), named ?? 'Dockerfile');
      if (!entries.some((e) => e.section === 'processes' || (e.section === 'experimental' && e.key === 'cmd'))) {
        // Built with the Dockerfile builder (a buildpacks `builder` without a `dockerfile` builds none), its CMD runs as it is.
        if (df && (named || !entries.some((e) => e.section === 'build' && (e.key === 'builder' || e.key === 'buildpacks')))) asIs.add(df);
        continue;
      }
      if (df && !out.has(df)) out.set(df, `${basename(f)} [processes]`);
    } else if (kind === 'heroku' && !isDevOnly(f)) {
      const doc = snapshot.yaml(f)?.docs[0];
      const root = doc && isObject(doc.value) ? doc.value : null;
      const build = root && isObject(root['build']) ? root['build'] : null;
      const docker = build && isObject(build['docker']) ? build['docker'] : null;
      const run = root && isObject(root['run']) ? root['run'] : null;
      const web = docker ? docker['web'] : undefined;
      const path = typeof web === 'string' ? web : isObject(web) && typeof web['dockerfile'] === 'string' ? web['dockerfile'] : null;
      if (!path) continue;
      const df = joinPath(dirname(f), path);
      if (!run || run['web'] === undefined) { if (df) asIs.add(df); continue; }
      if (df && !out.has(df)) out.set(df, 'heroku.yml run.web');
    } else if (kind === 'render' && !isDevOnly(f)) {
      // A Docker service's `dockerCommand` replaces the CMD of its `dockerfilePath` (default `./Dockerfile`; under `rootDir` when set).
      for (const doc of snapshot.yaml(f)?.docs ?? []) {
        const services = isObject(doc.value) ? doc.value['services'] : undefined;
        for (const svc of Array.isArray(services) ? services : []) {
          // A Docker service (readPlatformBuilds) without a `dockerCommand` runs the CMD as it is; an image-backed one builds none.
          if (!isObject(svc) || svc['runtime'] === 'image' || svc['env'] === 'image' || isObject(svc['image']) || !(svc['runtime'] === 'docker' || svc['env'] === 'docker' || typeof svc['dockerCommand'] === 'string' || (typeof svc['dockerfilePath'] === 'string' && svc['dockerfilePath'].trim()))) continue;
          const root = typeof svc['rootDir'] === 'string' && !svc['rootDir'].startsWith('/') ? joinPath(dirname(f), svc['rootDir']) : dirname(f);
          const df = root === null ? null : joinPath(root, typeof svc['dockerfilePath'] === 'string' && svc['dockerfilePath'].trim() ? svc['dockerfilePath'].trim() : 'Dockerfile');
          if (typeof svc['dockerCommand'] !== 'string' || !svc['dockerCommand'].trim()) { if (df) asIs.add(df); continue; }
          if (df && !out.has(df)) out.set(df, 'render.yaml dockerCommand');
        }
      }
    } else if (kind === 'app') {
      // A DigitalOcean service built from a Dockerfile (`dockerfile_path`, from the repository root) with a `run_command`
      // (of a production spec: appSpec leaves a development one's out).
      for (const c of appSpecs(snapshot).get(f)?.replaced ?? []) if (!out.has(c.dockerfile)) out.set(c.dockerfile, `${basename(f)} service '${c.service}' run_command`);
    }
  }
  // Kamal: when every server role has its own `cmd`, the image's CMD runs nowhere.
  for (const k of kamalConfigs(snapshot)) {
    if (k.dev || !k.roles.length || !k.roles.every((r) => r.cmd)) continue;
    const df = joinPath(kamalRoot(k.file), k.dockerfile);
    if (df && !out.has(df)) out.set(df, `${basename(k.file)} roles' cmd`);
  }
  // AWS Copilot: a Dockerfile whose every production workload built from it runs its own `command`/`entrypoint`.
  const copilot = copilotWorkloads(snapshot);
  for (const w of copilot) {
    const df = w.replaces;
    if (df && !out.has(df) && copilot.every((o) => o.replaces === df || o.builds !== df)) out.set(df, `${w.label} command`);
  }
  // Another production platform deploying the Dockerfile runs its CMD as it is: not replaced.
  for (const df of asIs) out.delete(df);
  return out;
});

type Scalar = string | number | boolean;
const isScalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
/** An App Engine runtime name (`python312`, `nodejs20`, `go122`, `java21`, `php83`, `ruby32`, `custom`): what tells its app.yaml from other YAML. */
const GAE_RUNTIME_RE = /^(?:python|nodejs|go|java|php|ruby|dotnet|custom|aspnetcore)\d*$/i;

/**
 * The heroku.yml, App Engine (app.yaml, and another service's file: gaeServiceFile) and DigitalOcean app spec files, each
 * read once per view by appSpec (platformEnv, platformCommands and platformReplacedCmd all use them).
 */
const appSpecs = perView(function appSpecs(snapshot: SnapshotView): Map<string, ReturnType<typeof appSpec>> {
  const out = new Map<string, ReturnType<typeof appSpec>>();
  for (const f of filesWhere(filesEndingIn(snapshot.files, ...PLATFORM_ENDINGS), isPlatformFileOrSpec)) {
    const kind = platformFile(f);
    if (kind === 'heroku' || kind === 'app') out.set(f, appSpec(snapshot, f, kind));
    else if (kind === null && gaeServiceFile(snapshot, f)) out.set(f, appSpec(snapshot, f, 'app'));
  }
  return out;
});

/**
 * The environment and start commands of heroku.yml (`run:` — `web: <command>` or `web: { command: [...] }` — and
 * `setup.config`), an App Engine app.yaml (a `runtime:` naming an App Engine runtime: `entrypoint` and `env_variables`)
 * and a DigitalOcean app spec (`.do/app.yaml`, or an app.yaml with `services`/`workers`/`jobs`/`static_sites` lists: each
 * component's `run_command` and `envs[]` with a literal `value`; also wrapped in `spec:`, as the Deploy-to-DigitalOcean button's
 * `.do/deploy.template.yaml` is).
 */
function appSpec(snapshot: SnapshotView, file: string, kind: 'heroku' | 'app'): { env: PlatformEnv[]; commands: (Omit<PlatformCommand, 'file'> & { dev: boolean })[]; replaced: { dockerfile: string; service: string }[]; images: PlatformImage[] } {
  const env: PlatformEnv[] = [];
  const commands: (Omit<PlatformCommand, 'file'> & { dev: boolean })[] = [];
  const replaced: { dockerfile: string; service: string }[] = [];
  const images: PlatformImage[] = [];
  const name = basename(file);
  const dev = isDevOnly(file) || hasDevWord(name.replace(/\.ya?ml$/, '').replace(/^(?:heroku|app)\.?/, ''));
  const doc = snapshot.yaml(file)?.docs[0];
  if (!doc || !isObject(doc.value)) return { env, commands, replaced, images };
  const root = doc.value;
  const command = (v: unknown): string | null => typeof v === 'string' ? v : Array.isArray(v) && v.length && v.every((w) => typeof w === 'string') ? v.join(' ') : null;
  const pushEnv = (key: string, value: unknown, path: (string | number)[], where: string, envDev = dev) => {
    if (env.length >= MAX_ENTRIES || !isScalar(value)) return;
    const at = doc.loc(path);
    if (at) env.push({ key, value: String(value), file, line: at.line, column: at.column, where, dev: envDev });
  };
  const pushCommand = (v: unknown, path: (string | number)[], where: string) => {
    const c = command(v);
    const at = c && doc.loc(path, true);
    if (c && at && commands.length < MAX_ENTRIES) commands.push({ line: at.line, column: at.column, where, command: c, dev });
  };
  if (kind === 'heroku') {
    const run = root['run'];
    if (isObject(run)) {
      for (const [proc, v] of Object.entries(run)) {
        if (proc !== 'web') continue; // the web process serves; workers and release phases do not
        if (isObject(v)) pushCommand(v['command'], ['run', proc, 'command'], `heroku.yml run '${proc}'`);
        else pushCommand(v, ['run', proc], `heroku.yml run '${proc}'`);
      }
    }
    const setup = root['setup'];
    const config = isObject(setup) ? setup['config'] : undefined;
    if (isObject(config)) for (const [k, v] of Object.entries(config)) pushEnv(k, v, ['setup', 'config', k], 'heroku.yml setup.config');
    return { env, commands, replaced, images };
  }
  if (typeof root['runtime'] === 'string' && GAE_RUNTIME_RE.test(root['runtime'])) {
    pushCommand(root['entrypoint'], ['entrypoint'], `${name} entrypoint`);
    const vars = root['env_variables'];
    if (isObject(vars)) for (const [k, v] of Object.entries(vars)) pushEnv(k, v, ['env_variables', k], `${name} env_variables`);
    return { env, commands, replaced, images };
  }
  // `doctl apps spec get` and the deploy button's template wrap the spec in `spec:`.
  const spec = isObject(root['spec']) && !('services' in root) ? root['spec'] : root;
  const base: (string | number)[] = spec === root ? [] : ['spec'];
  const components = ['services', 'workers', 'jobs', 'static_sites'] as const;
  if (!components.some((k) => Array.isArray(spec[k]) && spec[k].some((c) => isObject(c) && ('run_command' in c || 'envs' in c || 'github' in c || 'image' in c)))) return { env, commands, replaced, images };
  const readEnvs = (envs: unknown, path: (string | number)[], where: string, buildOnly = false) => {
    if (!Array.isArray(envs)) return;
    envs.forEach((e, i) => {
      // `type: SECRET` values are encrypted by DigitalOcean (`EV[1:…]`); a BUILD_TIME-only variable does not reach the process.
      if (!isObject(e) || typeof e['key'] !== 'string' || e['type'] === 'SECRET' || e['scope'] === 'BUILD_TIME') return;
      const n = env.length;
      pushEnv(e['key'], e['value'], [...path, i, 'value'], where);
      // A static site's variables exist only while it is built (DigitalOcean gives static sites build-time variables only): no server runs with them.
      if (buildOnly && env.length > n) Object.assign(env[n]!, { dev: true, devReason: STATIC_SITE_REASON });
    });
  };
  readEnvs(spec['envs'], [...base, 'envs'], `${name} app envs`);
  for (const k of components) {
    const list = spec[k];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (!isObject(c)) return;
      const owner = typeof c['name'] === 'string' ? c['name'] : String(i);
      const label = `${name} ${k.replace(/s$/, '').replace('_', ' ')} '${owner}'`;
      if (k === 'services') pushCommand(c['run_command'], [...base, k, i, 'run_command'], `${label} run_command`);
      const dockerfile = typeof c['dockerfile_path'] === 'string' ? joinPath('', c['dockerfile_path'].replace(/^\.?\//, '')) : null;
      if (k === 'services' && dockerfile && !dev && command(c['run_command'])) replaced.push({ dockerfile, service: owner });
      readEnvs(c['envs'], [...base, k, i, 'envs'], label, k === 'static_sites');
      // A component deployed from a registry image (`image: { registry_type, registry, repository, tag }`) instead of built.
      if (k !== 'static_sites' && images.length < MAX_ENTRIES) {
        const img = doImage(c['image']);
        const at = img && doc.loc([...base, k, i, 'image', img.at]);
        if (img && at) images.push({ file, line: at.line, column: at.column, where: `${label} ${img.at === 'repository' ? 'image' : `image.${img.at}`}`, image: img.ref, dev });
      }
    });
  }
  return { env, commands, replaced, images };
}

/** The registry host of a DigitalOcean app spec image's `registry_type` (DOCKER_HUB: Docker Hub's default, no host written). */
const DO_REGISTRY_HOST: Readonly<Record<string, string>> = { DOCKER_HUB: '', GHCR: 'ghcr.io/', DOCR: 'registry.digitalocean.com/' };

/**
 * A DigitalOcean app spec component's `image` as the reference App Platform pulls: `registry_type`'s host, `registry` (the Docker Hub
 * or GHCR namespace), `repository`, then `tag` (App Platform's default is `latest` when neither it nor `digest` is given) or `digest`;
 * `at`: the key a finding points at (the tag, else the digest, else the repository). Null when it names no repository, or no
 * `registry_type` App Platform knows (`DOCKER_HUB`, `GHCR`, `DOCR`: required there).
 */
function doImage(image: unknown): { ref: string; at: 'tag' | 'digest' | 'repository' } | null {
  if (!isObject(image) || typeof image['repository'] !== 'string' || !image['repository'].trim()) return null;
  // App Platform requires `registry_type`: an `image` without one (a Helm-style values file named app.yaml) is no app spec's.
  const host = DO_REGISTRY_HOST[String(image['registry_type'] ?? '').toUpperCase()];
  if (host === undefined) return null;
  const registry = typeof image['registry'] === 'string' && image['registry'].trim() ? `${image['registry'].trim()}/` : '';
  const name = `${host}${registry}${image['repository'].trim()}`;
  const tag = isScalar(image['tag']) && String(image['tag']).trim() ? String(image['tag']).trim() : null;
  const digest = typeof image['digest'] === 'string' && image['digest'].trim() ? image['digest'].trim() : null;
  return { ref: `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`, at: tag ? 'tag' : digest ? 'digest' : 'repository' };
}

/**
 * render.yaml's image-backed services (`runtime: image`, formerly `env: image`): `image.url`, the image Render pulls instead of
 * building one, at the value.
 */
function renderImages(snapshot: SnapshotView, file: string): PlatformImage[] {
  const out: PlatformImage[] = [];
  for (const doc of snapshot.yaml(file)?.docs ?? []) {
    const services = isObject(doc.value) ? doc.value['services'] : undefined;
    if (!Array.isArray(services)) continue;
    services.forEach((svc, i) => {
      const image = isObject(svc) ? svc['image'] : undefined;
      const url = isObject(image) && typeof image['url'] === 'string' ? image['url'].trim() : '';
      const at = url ? doc.loc(['services', i, 'image', 'url']) : null;
      if (!at || out.length >= MAX_ENTRIES) return;
      const owner = isObject(svc) && typeof svc['name'] === 'string' ? svc['name'] : String(i);
      const command = isObject(svc) && typeof svc['dockerCommand'] === 'string' && svc['dockerCommand'].trim() !== '';
      out.push({ file, line: at.line, column: at.column, where: `render.yaml service '${owner}' image.url`, image: url, dev: isDevOnly(file), overrides: command ? ['command'] : [] });
    });
  }
  return out;
}

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
        // A static site (`runtime: static`, the older `env: static`) is built and served as files: its variables exist only at build time.
        const staticSite = listKey === 'services' && [svc['runtime'], svc['env'], svc['type']].some((v) => typeof v === 'string' && v.trim().toLowerCase() === 'static');
        svc['envVars'].forEach((e, ei) => {
          if (out.length >= MAX_ENTRIES || !isObject(e) || typeof e['key'] !== 'string' || e['value'] === undefined || e['value'] === null || typeof e['value'] === 'object') return;
          const at = doc.loc([listKey, si, 'envVars', ei, 'value']) ?? doc.loc([listKey, si, 'envVars', ei], true);
          if (!at) return;
          out.push({ key: e['key'], value: String(e['value']), file, line: at.line, column: at.column, where: `render.yaml ${listKey === 'services' ? (staticSite ? 'static site' : 'service') : 'env group'} '${owner}'`, ...(staticSite && !isDevOnly(file) ? { dev: true, devReason: STATIC_SITE_REASON } : { dev: isDevOnly(file) }) });
        });
      });
    }
  }
  return out;
}
