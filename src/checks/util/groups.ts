import { basename, dirname, filesWhere, isComposeFile, isDevOnly, isRenderedEnvTemplate, renderedEnvName, isDockerfile, isMainComposeFile, isTemplate, isTestDockerfile, isTestFile } from '../../repo/classify.js';
import { isGoTemplatedManifest, isHelmTemplate } from './code.js';
import { containers, envEntry, isKnative, isKustomizationFile, kubeletEnv, namespaceOf, podSpec, podSpecPath, toK8sObject, type K8sContainer, type K8sObject } from '../../repo/k8s.js';
import { joinPath } from '../../repo/classify.js';
import { isObject, MAX_FLOW_DEPTH, parseYaml, type YamlPath } from '../../repo/yaml.js';
import { MAX_FILE_BYTES } from '../../repo/read.js';
import { composeBuild, composeDevOnly, composeEnvFiles, composeEnvironment, composeIncludes, composeOverlayPurpose, devProfiles, type ComposeInclude, type ComposeService } from '../../repo/compose.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { parseEnv, type EnvEntry, type EnvFile } from '../../repo/env.js';
import { varRefs } from '../../repo/variables.js';
import { someOf } from './text.js';

/**
 * Env files that configure a deployed environment by name: `.env.production`, `.env.prod`, `.env.staging`,
 * `.env.live` (and their `.local` variants), also spelt with `-` or `_` as env-file-committed reads them (`.env-prod`,
 * `.env_production`), `production.env`, `prod.env`, `staging.env`. The checks that read
 * deploy env files (`debug-mode`, `default-credentials`) share this one list. A template rendered into one at deploy time
 * (`.env.production.j2`, `.env.production.tmpl`) is read as it: its literal lines are deployed as written, as hardcoded-secret
 * reads them, but for the lines inside its conditional and loop blocks ({@link blankTemplateBlocks}), which only some renders hold.
 */
export const PROD_ENV_FILE = /^(?:\.env[._-](?:prod|production|staging|live)(?:\.local)?|(?:prod|production|staging)\.env)$/i;
export const isProductionEnvFile = (path: string): boolean => PROD_ENV_FILE.test(basename(renderedEnvName(path)));
/** The production env files ({@link isProductionEnvFile}) of the snapshot, parsed, whatever their separator (`.env-prod` is no `.env.<name>` to the env file list). */
export const productionEnvFiles = perView(function productionEnvFiles(snapshot: SnapshotView): EnvFile[] {
  return filesWhere(snapshot.files, isProductionEnvFile).flatMap((f) => envFileAsDeployed(snapshot, f) ?? []);
});

/**
 * An env file as a deploy reads it: a rendered env template ({@link isRenderedEnvTemplate}: `.env.production.j2`) parsed with
 * its conditional and loop blocks blanked ({@link blankTemplateBlocks}, lines and columns kept); any other file as parsed.
 */
export function envFileAsDeployed(snapshot: SnapshotView, path: string): EnvFile | undefined {
  if (!isRenderedEnvTemplate(path)) return snapshot.envFileAt(path);
  const rendered = renderedEnvFiles(snapshot);
  if (!rendered.has(path)) {
    const text = snapshot.has(path) ? snapshot.text(path) : undefined;
    rendered.set(path, text === undefined ? undefined : parseEnv(path, blankTemplateBlocks(text)));
  }
  return rendered.get(path);
}
const renderedEnvFiles = perView((_snapshot: SnapshotView) => new Map<string, EnvFile | undefined>());

/**
 * A template's tags that open a block only some renders hold, and their closing tags: Jinja, Nunjucks, Twig and Liquid
 * `{% if %}`/`{% for %}`/`{% unless %}`/`{% case %}` … `{% endif %}` (any `{% end<word> %}`), ERB and EJS `<% if %>`,
 * `<% unless %>`, `<% case %>`, `<% while %>`, `<% … do %>` … `<% end %>` (`<% } %>` in EJS), Go templates `{{ if }}`,
 * `{{ range }}`, `{{ with }}`, `{{ define }}`, `{{ block }}` … `{{ end }}`, Handlebars and Mustache `{{#if}}`/`{{^x}}` … `{{/if}}`,
 * and Terraform `%{ if }`/`%{ for }` … `%{ endif }`/`%{ endfor }`. Strip markers (`{%-`, `-%>`, `{{-`, `%{~`) allowed.
 */
const TEMPLATE_TAG_RE = new RegExp([
  String.raw`\{%[-+]?\s*(?<open>if|for|unless|case)\b[^]{0,1000}?%\}`, String.raw`\{%[-+]?\s*end(?:if|for|unless|case)\s*[-+]?%\}`,
  // ERB and EJS: a tag is one `<% … %>`, never across its `%>`; a block opens with a keyword, or ends in `do` (`do |x|`) or `{`.
  String.raw`<%[-=_]?\s*(?:(?<erb>(?:if|unless|case|while|until|for)\b)(?:(?!%>)[^]){0,1000}?|(?:(?!%>)[^]){0,1000}?(?:\bdo(?:\s*\|[^|%]*\|)?|(?<ejs>\{))\s*[-_]?)%>`,
  String.raw`<%[-_]?\s*(?:end|\}[)\s;]*)\s*[-_]?%>`,
  String.raw`\{\{-?\s*(?<go>if|range|with|define|block)\b[^]{0,1000}?\}\}`, String.raw`\{\{-?\s*end\s*-?\}\}`,
  String.raw`\{\{~?\s*(?<hbs>[#^])[^]{0,1000}?\}\}`, String.raw`\{\{~?\s*\/(?!\*)[^]{0,1000}?\}\}`,
  String.raw`(?<!%)%\{~?\s*(?<tf>if|for)\b[^]{0,1000}?\}`, String.raw`(?<!%)%\{~?\s*end(?:if|for)\s*~?\}`,
].join('|'), 'g');

/**
 * A rendered template's text with the blocks of its conditional and loop tags ({@link TEMPLATE_TAG_RE}) blanked, tags
 * included, line breaks kept (so lines and columns stay): `{% if env == "dev" %}DEBUG=True{% endif %}` is in only some
 * renders, never judged as deployed. Tags that do not pair up leave the text as it is.
 */
export function blankTemplateBlocks(text: string): string {
  if (!/\{%|<%|\{\{|%\{/.test(text)) return text;
  const spans: [number, number][] = [];
  let depth = 0;
  let from = 0;
  for (const m of text.matchAll(TEMPLATE_TAG_RE)) {
    const g = m.groups!;
    // EJS's `<% } else { %>` closes a branch and opens the next: the block goes on.
    if (g['ejs'] && /^<%[-_]?\s*\}/.test(m[0])) continue;
    if (g['open'] ?? g['erb'] ?? g['ejs'] ?? g['go'] ?? g['hbs'] ?? g['tf'] ?? (m[0].startsWith('<%') && !/^<%[-_]?\s*(?:end|\})/.test(m[0]))) { if (depth++ === 0) from = m.index; }
    else if (--depth < 0) return text;
    else if (depth === 0) spans.push([from, m.index + m[0].length]);
  }
  if (depth !== 0 || !spans.length) return text;
  let out = '';
  let at = 0;
  for (const [a, b] of spans) { out += text.slice(at, a) + text.slice(a, b).replace(/[^\r\n]/g, ' '); at = b; }
  return out + text.slice(at);
}

/**
 * Compose services grouped by directory and service name: `docker-compose.yml` and the overlays
 * next to it (`docker-compose.prod.yml`) describe the same service and are merged at deploy time.
 * Files reached only through `extends.file` are bases, judged through the services that extend them.
 * The first member is the one to point at (the base file's definition).
 */
/**
 * The compose files whose services run: named like compose files, `include:`d by one, or compose files by
 * content (`production.yml`); not templates or test fixtures (a compose file named for tests is judged as development-only). Files reached only through `extends.file` are bases,
 * judged through the services that extend them.
 */
export const judgedComposeFiles = perView(function judgedComposeFiles(snapshot: SnapshotView) {
  return snapshot.composeFiles().filter((cf) => (isComposeFile(cf.path) || cf.includedBy || cf.byContent || cf.listedIn) && !cf.extendedBy && !isTemplate(cf.path) && (!isTestFile(cf.path) || testByNameOnly(cf.path)));
});

/**
 * A compose file that is a test file only by its name (`docker-compose.test.yml`, not one under `tests/`):
 * development-only like `.dev`/`.ci`, so it is judged and its findings are notes.
 */
const testByNameOnly = (path: string) => isComposeFile(path) && isDevOnly(path) && !isTestFile(dirname(path) ? `${dirname(path)}/compose.yml` : 'compose.yml');

/**
 * The variables compose interpolates a compose file with (`${PG_PORT:-5432}`): the committed `.env`
 * beside it, in its project directory (the shell environment at deploy time is not known here). A file another names in
 * `include:` takes them as compose gives them to it: from the entry's `env_file` (a later file winning), else from the `.env`
 * in the entry's `project_directory` (by default the folder of the entry's first path).
 */
export function composeDotenv(snapshot: SnapshotView, composeFile: string): Map<string, string | null> {
  const files = composeDotenvFiles(snapshot, composeFile);
  return new Map<string, string | null>(files.flatMap((f) => f.entries.map((e) => [e.key, e.value] as const)));
}

/** The env files compose interpolates `composeFile` with, in order (a later one winning): see `composeDotenv`. */
export function composeDotenvFiles(snapshot: SnapshotView, composeFile: string): EnvFile[] {
  const inc = includeEnvironment(snapshot).get(composeFile);
  if (inc?.envFiles) return inc.envFiles.flatMap((p) => snapshot.envFileAt(p) ?? []);
  const d = inc ? inc.projectDirectory : dirname(composeFile);
  if (d === null) return [];
  const dotenv = snapshot.envFileAt(d ? `${d}/.env` : '.env');
  return dotenv ? [dotenv] : [];
}

/**
 * For each compose file another names in `include:`, the entry that names it (the nearest including file's, else the first
 * in path order): where its variables come from.
 */
const includeEnvironment = perView(function includeEnvironment(snapshot: SnapshotView): Map<string, ComposeInclude> {
  const files = snapshot.composeFiles();
  const nearest = new Map(files.flatMap((cf) => (cf.includedBy ? [[cf.path, cf.includedBy] as const] : [])));
  const out = new Map<string, { inc: ComposeInclude; by: string }>();
  for (const cf of files) {
    const y = snapshot.yaml(cf.path);
    if (!y) continue;
    for (const inc of composeIncludes(y)) {
      for (const p of inc.paths) {
        if (p.path === null || p.path === cf.path) continue;
        const prev = out.get(p.path);
        if (!prev || (prev.by !== nearest.get(p.path) && cf.path === nearest.get(p.path))) out.set(p.path, { inc, by: cf.path });
      }
    }
  }
  return new Map([...out].map(([p, x]) => [p, x.inc]));
});

/**
 * The `.env` entry a compose value that is one whole variable reference takes its value from
 * (`POSTGRES_PASSWORD: ${POSTGRES_PW}`, `$DB_PASSWORD`, `${DB_PASSWORD:-x}` when `.env` sets it non-empty),
 * or of the entry's own `key` when it has no value (`- POSTGRES_PASSWORD`), with the file that sets it (`dotenv`: the files
 * `composeDotenvFiles` gives, the last one setting the variable winning); null: a value with text around the
 * reference, or a variable `.env` does not set.
 */
export function dotenvEntryFor(value: string | null, dotenv: readonly EnvFile[], key?: string): (EnvEntry & { file: string }) | null {
  if (!dotenv.length) return null;
  // A bare entry (`- POSTGRES_PASSWORD`, `POSTGRES_PASSWORD:`) takes its value from the shell or the project's `.env`
  // (Compose docs, "Set environment variables"), as `${POSTGRES_PASSWORD}` does.
  const refs = value === null ? [] : varRefs(value.trim(), '-?');
  const name = value === null ? key : refs.length === 1 && refs[0]!.text === value.trim() ? refs[0]!.name : undefined;
  if (name === undefined) return null;
  for (let i = dotenv.length - 1; i >= 0; i--) {
    const entry = dotenv[i]!.entries.findLast((e) => e.key === name);
    if (entry) return entry.value !== '' ? { ...entry, file: dotenv[i]!.path } : null;
  }
  return null;
}

/**
 * How a message names the compose services that reach one value (a YAML anchor merged into several, an
 * `extends` base, a shared env_file): `service 'web'`, `services 'web', 'worker'`.
 */
export const namedServices = (names: readonly string[]): string => `${names.length > 1 ? 'services' : 'service'} ${names.map((n) => `'${n}'`).join(', ')}`;

/** A compose value where it is written, with every service that reaches it (`envFile`: an `env_file` entry rather than `environment`). */
export interface ReachedValue<T> { file: string; line: number; column: number; envFile: boolean; data: T; services: { name: string; file: string }[]; dev: string | null }

/**
 * Compose values gathered by where they are written: a value several services reach (a YAML anchor merged with
 * `<<:`, an `extends` base, a shared `env_file`) is one entry there, naming every service that uses it. The first
 * service's `data` stays; the entry is development-only (`dev`: why) until a production service reaches it.
 */
export function reachedByLocation<T>(): { add(at: { file: string; line: number; column: number }, envFile: boolean, service: { name: string; file: string }, dev: string | null, data: T): void; values(): ReachedValue<T>[] } {
  const byPlace = new Map<string, ReachedValue<T>>();
  return {
    add(at, envFile, service, dev, data) {
      const place = `${at.file}:${at.line}:${at.column}:${envFile}`;
      const prev = byPlace.get(place);
      if (!prev) { byPlace.set(place, { file: at.file, line: at.line, column: at.column, envFile, data, services: [{ name: service.name, file: service.file }], dev }); return; }
      if (!prev.services.some((o) => o.name === service.name && o.file === service.file)) prev.services.push({ name: service.name, file: service.file });
      if (dev === null) prev.dev = null;
    },
    values: () => [...byPlace.values()],
  };
}

export const composeServiceGroups = perView(function composeServiceGroups(snapshot: SnapshotView): ComposeService[][] {
  const groups = new Map<string, ComposeService[]>();
  const included = includedProjects(snapshot);
  const { over, bases } = composeListed(snapshot);
  for (const cf of judgedComposeFiles(snapshot)) {
    // An `include:`d file's services join the including project: its overlays (`docker-compose.prod.yml`) merge over them; so do
    // those of a file a compose file list merges over another (`COMPOSE_FILE=compose.yaml:deploy/production.yaml`).
    const project = composeProject(snapshot, cf.path);
    for (const svc of cf.services) {
      const key = `${project}\u0000${svc.name}`;
      groups.set(key, [...(groups.get(key) ?? []), svc]);
    }
  }
  const rank = (f: string) => (isMainComposeFile(f) || included.has(f) || (bases.has(f) && !over.has(f)) ? 0 : 1);
  for (const g of groups.values()) for (const m of g) { if (rank(m.file) === 0) baseMembers.add(m); else if (over.has(m.file)) listedMembers.add(m); }
  return [...groups.values()].map((g) => g.sort((a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file)));
});

/**
 * The services of a project's main compose file (`docker-compose.yml`, `compose.yaml`) or of a file it `include:`s: what the
 * overlays beside them are merged over (recorded by composeServiceGroups, whose groups judgedServices reads).
 */
const baseMembers = new WeakSet<ComposeService>();
/** Whether a member of a composeServiceGroups group is the main (or an included) file's definition, what overlays merge over. */
export const isComposeBase = (svc: ComposeService): boolean => baseMembers.has(svc);
/** The members of a file a production compose file list merges over its first file (composeListed): production overlays, whatever their names. */
const listedMembers = new WeakSet<ComposeService>();

/**
 * The compose file lists (`COMPOSE_FILE` in a committed `.env`, `docker compose -f compose.yaml -f deploy/production.yaml` in a
 * Makefile or script: ComposeFileList) read as `include:` path lists are: `later`, for each listed file, the files merged after it
 * (with the list's `by`); `over`, each file merged over another, with the list's first file (its project's base); `bases`, the
 * first files. A list run for development (a `dev:` target, `scripts/dev.sh`) and a development overlay in a list (`compose.dev.yaml`)
 * speak not for production and are left out; so is a project's main compose file of another folder, which stays its own project.
 */
const composeListed = perView(function composeListed(snapshot: SnapshotView): { later: Map<string, { file: string; by: string }[]>; over: Map<string, string>; bases: Set<string> } {
  const compose = new Set(judgedComposeFiles(snapshot).map((cf) => cf.path));
  const later = new Map<string, { file: string; by: string }[]>();
  const over = new Map<string, string>();
  const bases = new Set<string>();
  for (const l of snapshot.composeFileLists()) {
    if (l.dev || !l.files.every((f) => compose.has(f))) continue;
    const base = l.files[0]!;
    const overlays = l.files.slice(1).filter((f) => !isMainComposeFile(f) && composeOverlayPurpose(f) !== 'development');
    if (!overlays.length) continue;
    bases.add(base);
    const files = [base, ...overlays];
    files.forEach((f, i) => {
      const prev = later.get(f) ?? [];
      for (const o of files.slice(i + 1)) if (!prev.some((x) => x.file === o)) prev.push({ file: o, by: l.by });
      later.set(f, prev);
    });
    for (const o of overlays) if (!over.has(o)) over.set(o, base);
  }
  return { later, over, bases };
});

/** The project folder a compose file's services belong to: an including file's, the base's of a list merging it over one, else its own. */
function composeProject(snapshot: SnapshotView, file: string, depth = 0): string {
  const included = includedProjects(snapshot).get(file);
  if (included !== undefined) return included;
  const base = composeListed(snapshot).over.get(file);
  return base !== undefined && depth < 4 ? composeProject(snapshot, base, depth + 1) : dirname(file);
}

/**
 * How a message says that a compose file list merges `over` over `base` (`COMPOSE_FILE in .env`, `docker compose -f in Makefile`),
 * or null when no list does (see mergedByIncludeList for `include:` path lists).
 */
export const mergedByFileList = (snapshot: SnapshotView, base: string, over: string): string | null =>
  composeListed(snapshot).later.get(base)?.find((x) => x.file === over)?.by ?? null;

/** The project folder (the outermost including file's) of each compose file another names in `include:`. */
const includedProjects = perView(function includedProjects(snapshot: SnapshotView): Map<string, string> {
  return new Map(snapshot.composeFiles().flatMap((cf) => (cf.includeRoot ? [[cf.path, dirname(cf.includeRoot)] as const] : [])));
});

/**
 * The production overlays (composeOverlayPurpose: `docker-compose.prod.yml`, `.staging`, `.swarm`…) of the project a main compose
 * file (or a file it `include:`s) belongs to, whether or not they define a given service: each is one deployment, merged over the
 * main file by itself (`-f docker-compose.yml -f docker-compose.prod.yml`), never together with the others.
 */
export function composeProductionOverlays(snapshot: SnapshotView, baseFile: string): string[] {
  const included = includedProjects(snapshot);
  const { over } = composeListed(snapshot);
  const home = composeProject(snapshot, baseFile);
  // A file a production compose file list merges over the main file (`COMPOSE_FILE=compose.yaml:deploy/production.yaml`) is one, whatever its name.
  return judgedComposeFiles(snapshot).map((cf) => cf.path)
    .filter((f) => f !== baseFile && !isMainComposeFile(f) && !included.has(f) && composeProject(snapshot, f) === home && (composeOverlayPurpose(f) === 'production' || over.has(f)));
}

/** Each service's group (composeServiceGroups), looked up per service and variable: a map, not a scan of every group. */
const composeGroupOf = perView((snapshot: SnapshotView) => new Map(composeServiceGroups(snapshot).flatMap((g) => g.map((s) => [s, g] as const))));

/**
 * The production overlay (`docker-compose.prod.yml` beside `docker-compose.yml`) that replaces what the
 * base file's service sets, as `has` asks of it (its command, an environment variable…): deployed
 * together (`-f docker-compose.yml -f docker-compose.prod.yml`), the base's value never runs in
 * production — or, for a file of an `include:` path list, a later file of that list, which compose merges over it the same
 * way. Null for a service that is not in a base file, or that nothing overrides.
 */
export function overriddenInProduction(snapshot: SnapshotView, svc: ComposeService, has: (member: ComposeService) => boolean): string | null {
  const included = includedProjects(snapshot);
  const listed = composeListed(snapshot);
  if (!isMainComposeFile(svc.file) && !included.has(svc.file) && !listed.bases.has(svc.file)) return null;
  const group = composeGroupOf(snapshot).get(svc);
  // Only an overlay overrides: another base file of the folder (`compose.yml` beside `docker-compose.yml`, or a tracked
  // link from one to the other) is an alternative compose reads instead, not a layer over this one — each was made a
  // note by the other, and nothing failed.
  // Only a production overlay (composeOverlayPurpose: `docker-compose.prod.yml`, not `.devcontainer` or `.mac`) is what production merges.
  const over = group?.find((m) => m !== svc && m.file !== svc.file && !isMainComposeFile(m.file) && !included.has(m.file) && composeOverlayPurpose(m.file) === 'production' && !m.devEnvironment && has(m));
  if (over) return over.file;
  // A later file of the same `include:` path list (`path: [cache.yaml, cache.hardening.yaml]`): compose merges the list as
  // `-f cache.yaml -f cache.hardening.yaml`, whatever the files' names, so what it sets replaces the earlier file's.
  // So is a file a compose file list merges over it (`COMPOSE_FILE=compose.yaml:deploy/production.yaml` in `.env`, `docker compose
  // -f compose.yaml -f deploy/production.yaml` in a Makefile).
  const later = [...includeListLater(snapshot).get(svc.file) ?? [], ...(listed.later.get(svc.file) ?? []).map((x) => x.file)];
  const merged = group?.find((m) => m !== svc && later.includes(m.file) && !m.devEnvironment && has(m));
  return merged ? merged.file : null;
}

/** Whether `over` is a later file of an `include:` path list that holds `base` (compose merges it over `base`). */
export const mergedByIncludeList = (snapshot: SnapshotView, base: string, over: string): boolean => (includeListLater(snapshot).get(base) ?? []).includes(over);

/** For each file of an `include:` entry's path list, the files listed after it in that entry (merged over it, as `-f a -f b`). */
const includeListLater = perView(function includeListLater(snapshot: SnapshotView): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const cf of snapshot.composeFiles()) {
    const y = snapshot.yaml(cf.path);
    if (!y) continue;
    for (const inc of composeIncludes(y)) {
      const paths = inc.paths.map((p) => p.path).filter((p): p is string => p !== null).slice(0, 100);
      paths.forEach((p, i) => { if (i < paths.length - 1) out.set(p, [...new Set([...(out.get(p) ?? []), ...paths.slice(i + 1)])]); });
    }
  }
  return out;
});

/** How checks that judge compose environment values document {@link composeEnvReach} (one wording for their docs). */
export const COMPOSE_ENV_REACH_DOC = 'Compose values are judged as they reach the container: a variable the service\'s own `environment:` sets (with a value; a bare `- KEY` passes the deploy shell\'s through) replaces what its `env_file` gives, and a later env_file replaces an earlier one, so the replaced value is not judged; one that a production overlay (`docker-compose.prod.yml` beside `docker-compose.yml`) sets again is an `info` note; on a service that `extends` another, `!override`/`!reset` replace or remove what the base sets (`environment: !override {…}`).';

/**
 * Which of the values a compose service's environment is written with reach its container, for the checks that
 * judge those values (`debug-mode`, `default-credentials`), the way compose merges them: the service's own
 * `environment:` wins over its `env_file:` for the same variable, a later env_file over an earlier one, and a
 * production overlay's `environment:` (`docker-compose.prod.yml` beside `docker-compose.yml`, see
 * overriddenInProduction) over the base file's values.
 */
export function composeEnvReach(snapshot: SnapshotView, svc: ComposeService): {
  /** Why the service's `environment:` value of `key` is not what production runs (a note's reason), or null when it is. */
  environment(key: string): string | null;
  /**
   * For the value env_file `file` gives `key`: false when it never reaches the container (the service's
   * `environment:` or a later env_file sets the variable), why production does not get it (a note's reason),
   * or null when it reaches production.
   */
  envFile(file: string, key: string): false | string | null;
} {
  // A bare `- KEY` takes its value from the deploy shell: it may be unset there, so it replaces nothing for sure.
  const own = new Set(composeEnvironment(svc).filter((e) => e.value !== null).map((e) => e.key));
  const files = composeEnvFiles(svc);
  const production = (key: string) => {
    const over = overriddenInProduction(snapshot, svc, (m) => composeEnvironment(m).some((e) => e.key === key));
    return over ? `overridden by ${over} for production` : null;
  };
  return {
    environment: production,
    envFile(file, key) {
      if (own.has(key)) return false;
      if (files.slice(files.lastIndexOf(file) + 1).some((p) => snapshot.envFileAt(p)?.entries.some((e) => e.key === key))) return false;
      return production(key);
    },
  };
}

/** Dockerfiles production compose services build from (`build.dockerfile`, relative to the build context). */
const composeBuilt = perView(function composeBuilt(snapshot: SnapshotView): Set<string> {
  const out = new Set<string>();
  // Production's: not a development-only file (docker-compose.dev.yml, .ci.yml, the override) nor a development profile's service.
  for (const cf of judgedComposeFiles(snapshot)) for (const svc of cf.services) {
    if (isDevOnly(cf.path) || composeDevOnly(svc) !== null) continue;
    const b = composeBuild(cf.path, svc);
    if (b) out.add(b.dockerfile);
  }
  return out;
});

/**
 * A Dockerfile that builds no production image: under a test or example folder (isTestDockerfile), unless a
 * judged compose file builds a service from it (`build.dockerfile: tests/docker/Dockerfile` is production's).
 */
export function isIllustrationDockerfile(snapshot: SnapshotView, path: string): boolean {
  return isTestDockerfile(path) && !composeBuilt(snapshot).has(path);
}

/**
 * Whether the Dockerfile and compose checks judge `file` (CheckDef.judges): not a template, a Dockerfile under a test or
 * example folder (unless production compose builds it: isIllustrationDockerfile), nor a compose file of a test, fixture or
 * illustration folder (one named for tests, `docker-compose.test.yml`, is judged as development-only). With `manifests`
 * (checks of deployment config only), no other file of those folders either: their Kubernetes manifests and kustomizations.
 * Any other file: judged.
 */
export function judgesDeployFile(snapshot: SnapshotView, file: string, manifests = false): boolean {
  if (isDockerfile(file)) return !isTemplate(file) && !isIllustrationDockerfile(snapshot, file);
  if (isComposeFile(file) || snapshot.composeFiles().some((cf) => cf.path === file)) return !isTemplate(file) && (!isTestFile(file) || testByNameOnly(file));
  return !manifests || (!isTemplate(file) && !isTestFile(file));
}

/**
 * The members of a group that are judged as production (a development overlay is not), or the whole
 * group when it is development-only (`dev`: its findings are notes; `devReason` says why, for
 * messages). A group whose production members put the service only in development/tooling
 * profiles (`profiles: [dev]`, see composeDevOnly) is development-only too. `production`: those of them that speak for
 * production, what a setting the service lacks may come from — the main file's and the production overlays'; an overlay of
 * unknown purpose over a main file (`docker-compose.mac.yml`: composeOverlayPurpose) is judged, but provides nothing the main
 * file lacks.
 */
export function judgedServices(group: ComposeService[]): { judged: ComposeService[]; production: ComposeService[]; dev: boolean; devReason: string | null } {
  const prod = group.filter((s) => !isDevOnly(s.file) && !s.devEnvironment);
  // No production member: each is in a development file or environment, and composeDevOnly says which.
  if (!prod.length) return { judged: group, production: group, dev: true, devReason: composeDevOnly(group[0]!) };
  // Overlays replace `profiles`: the members that declare them decide.
  const declaring = prod.filter((s) => Array.isArray(s.value['profiles']) && s.value['profiles'].length > 0);
  const profiled = declaring.length > 0 && declaring.every((s) => devProfiles(s.value) !== null) ? composeDevOnly(declaring[0]!) : null;
  // Over a main file's service, an overlay of unknown purpose (`docker-compose.mac.yml`) is judged but speaks not for production.
  const based = prod.some((s) => baseMembers.has(s));
  const production = based ? prod.filter((s) => baseMembers.has(s) || listedMembers.has(s) || composeOverlayPurpose(s.file) === 'production') : prod;
  return { judged: prod, production, dev: profiled !== null, devReason: profiled };
}

/**
 * Judges compose groups for a property: production files must provide it (a development overlay
 * does not count for production). Returns the failing groups' target service and whether the
 * whole group is development-only (→ note, `devReason` saying why).
 */
export function composeMissing(snapshot: SnapshotView, has: (svc: ComposeService) => boolean): { svc: ComposeService; dev: boolean; devReason: string | null }[] {
  const out: { svc: ComposeService; dev: boolean; devReason: string | null }[] = [];
  for (const group of composeServiceGroups(snapshot)) {
    const { judged, production, dev, devReason } = judgedServices(group);
    if (production.some(has)) continue;
    out.push({ svc: judged[0]!, dev, devReason });
  }
  return out;
}

/** A field of a workload as kustomize's strategic merge leaves it, and where it was written. */
export interface K8sSetting {
  value: unknown;
  /** The object (base or patch) that wrote it. */
  object: K8sObject;
  /** Its path in that object's document (or the path of the non-mapping value found on the way). */
  path: YamlPath;
  /** False when a mapping on the way is something else (a templated value): not verifiable. */
  readable: boolean;
}

/** A container of a workload as production gets it: its definition and the patches that name it, merged. */
export interface K8sMergedContainer {
  name: string;
  init: boolean;
  /** Where findings about the container as a whole point: its definition (else the first patch naming it). */
  at: K8sContainer;
  /** The container in each object that names it, in merge order. */
  parts: K8sContainer[];
  /** The merged value of a field under the container (`get('securityContext', 'runAsUser')`), or null when unset. */
  get(...keys: string[]): K8sSetting | null;
  /** When the field is unset because a patch removed what an earlier layer set: where. */
  removed(...keys: string[]): K8sRemoval | null;
}

/** One way production gets a workload: its definition with one overlay's patches merged in. */
export interface K8sWorkload {
  /** The object to name in messages: the definition. */
  object: K8sObject;
  /** The objects merged, in order: the definition first, then the overlay's patches. */
  objects: K8sObject[];
  /** The merged value of a pod-level field (`pod('securityContext', 'runAsUser')`), or null when unset. */
  pod(...keys: string[]): K8sSetting | null;
  /** When a pod-level field is unset because a patch removed what an earlier layer set: where. */
  podRemoved(...keys: string[]): K8sRemoval | null;
  /**
   * The kustomizations (their folders; a patch folder with none) that deploy this variant, for
   * messages: empty for a definition judged on its own (no overlay renders it).
   */
  overlays: string[];
  containers: K8sMergedContainer[];
  /** A Helm chart template: values may supply what it leaves out, so only what it writes can be judged. */
  template: boolean;
}

/**
 * The workload variants one finding holds for: the overlays that deploy them, and whether the definition
 * judged on its own (no overlay) is among them. One per finding place; `addVariant` for each variant.
 */
export interface OverlaySet { overlays: string[]; solo: boolean }
export function addVariant(set: OverlaySet, w: { overlays: string[] }): void {
  if (!w.overlays.length) set.solo = true;
  for (const o of w.overlays) if (!set.overlays.includes(o)) set.overlays.push(o);
}

/**
 * The docs paragraph on how kustomize bases, overlays, Components and patches are merged and judged, shared by the
 * Kubernetes workload checks (`k8s-probes`, `k8s-run-as-non-root`, `resource-limits`), with `effect`: what a patch
 * does to that check's setting (`So an overlay patch that adds … .`).
 */
export const kustomizeDocs = (effect: string): string =>
  'Kustomize: objects of the same kind and name across files are one workload, except that two full definitions in different files (`deployment.staging.yaml` and `deployment.production.yaml` in one folder) are two, each judged (kubectl applies each whole; kustomize refuses duplicates). Full definitions (naming a container image, outside `overlays/`, not listed as a patch by a kustomization) are bases; the rest are patches, grouped by overlay (the kustomization that lists them under `patches`/`patchesStrategicMerge`, else their `overlays/<name>` folder, else their folder). Each overlay is merged over the base the way kustomize\'s strategic merge does: pod fields, containers matched by name, the overlay\'s fields overriding the base\'s, `null` or `$patch: delete` removing a field, `$patch: replace` replacing a mapping or a container list. Each production overlay is judged on its own (one that only lists the base under `resources:` renders it unchanged and is judged too); an overlay built on another overlay (`resources: [../prod]`) gets the patches of each kustomization on the way first, innermost first, then its own, as `kustomize build` applies them; overlays in development folders (`overlays/dev/`) are not production. The patches of a kustomize Component apply with those of each kustomization that lists it under `components:` (a Component is never judged as a deployment of its own). JSON 6902 patches (a `patches:` or `patchesJson6902:` entry with a `target`, its ops inline or in a file) are applied too, under the pod template, as RFC 6902 (and `kustomize build`) applies them: `add` and `replace` set the value whole, so a mapping replaces the base\'s instead of merging with it (a `replace` of `/spec/template/spec/securityContext` with `{fsGroup: 2000}` leaves no `runAsNonRoot`), `remove` deletes it, `move` and `copy` take the value at `from` (as the definition and the patch\'s earlier ops leave it), `test` changes nothing; containers are addressed by index, named as in the base (`/spec/template/spec/containers/0/resources`), and a whole container (`…/containers/0`), container list or pod spec is replaced, inserted, appended (`…/containers/-`) or removed as written; a finding about a value they write points at that op (inline ops in a `patch: |-` block at their line in the kustomization; a quoted one-line string at the `patch:` key); an entry of a container\'s `env` is read by its `name` (`…/containers/0/env/-` appends one, `…/env/1` and `…/env/1/value` set the one at that index), ops inside other lists (`…/volumes/-`, `…/ports/0`) are not read. An inline strategic-merge patch (`patch: |-` holding a manifest, or a manifest written as a string entry of `patchesStrategicMerge`: `- |-` with the patch below it, which kustomize reads as the patch itself) is a patch of that kustomization, located in its lines. A patch with a `target` (strategic-merge or JSON 6902, in a file or inline, in a kustomization or a Component) applies to every object the target selects among those its kustomization renders (for a Component: those of the kustomizations that list it): `kind`, `group`, `version`, `name` and `namespace` matched as kustomize\'s anchored regular expressions (a target with only `kind` selects every object of that kind), `labelSelector`/`annotationSelector` as label selectors, against the names, namespaces and labels the inner kustomizations leave (`namePrefix`, `namespace`, `commonLabels`); the patch\'s own kind and name are ignored then (kustomize\'s `metadata: {name: not-important}`), and it is never judged as a workload of its own. ' + effect + ' A finding that holds only as overlays render the workload names them (`in kustomize overlay overlays/staging`).';

/**
 * How a message names the kustomize overlays that deploy a workload variant (` in kustomize overlay
 * overlays/staging`), so a reviewer knows which overlay to fix; '' for a definition judged on its own
 * (or a finding that holds for it too).
 */
export function overlayNote(w: { overlays: string[]; solo?: boolean }): string {
  if (!w.overlays.length || w.solo) return '';
  const names = w.overlays.map((o) => o || '.');
  return ` in kustomize overlay${names.length > 1 ? 's' : ''} ${names.join(', ')}`;
}

/** The files of each folder (directly in it), and the kustomization files of each folder that has one. */
const filesByDir = perView(function filesByDir(snapshot: SnapshotView): { all: Map<string, string[]>; kustomizations: Map<string, string[]> } {
  const all = new Map<string, string[]>();
  const kustomizations = new Map<string, string[]>();
  for (const f of snapshot.files) {
    const dir = dirname(f);
    for (const map of isKustomizationFile(f) ? [all, kustomizations] : [all]) {
      const list = map.get(dir);
      if (list) list.push(f); else map.set(dir, [f]);
    }
  }
  return { all, kustomizations };
});

/**
 * Where a finding about a workload variant counts as located too, for an item's `paths`/`ignore` (RawFinding.overlays):
 * the kustomization file of each overlay that deploys the variant and for which the finding holds (solo or not: an
 * overlay that renders the base unchanged deploys its problem too), else, for patches grouped by their folder without a
 * kustomization, the files of that folder. So an item scoped to `k8s/overlays/prod/**` keeps what that overlay deploys
 * from `k8s/base/` (the finding still points at the base's line). Spread into the finding: `{}` when no overlay deploys it.
 */
export function overlayScope(snapshot: SnapshotView, w: { overlays: readonly string[] }): { overlays?: string[] } {
  if (!w.overlays.length) return {};
  const byDir = filesByDir(snapshot);
  const files = new Set<string>();
  for (const dir of w.overlays) for (const f of byDir.kustomizations.get(dir) ?? byDir.all.get(dir) ?? []) files.add(f);
  return files.size ? { overlays: [...files] } : {};
}

/**
 * Whether a workload variant is development-only: every object merged into it (its definition and patches) is in a
 * development-only file by name or folder (`overlays/dev/`, `k8s/dev/`, `local/`: isDevOnly, as the other checks' notes
 * read it) and no production kustomization deploys it. The Kubernetes workload checks give such variants `info` notes.
 */
export function devOnlyWorkload(w: K8sWorkload): boolean {
  return w.objects.every((o) => isDevOnly(o.file)) && w.overlays.every((o) => isDevOnly(`${o ? `${o}/` : ''}kustomization.yaml`));
}

/** The docs sentence on development-only workloads shared by the Kubernetes workload checks. */
export const K8S_DEV_DOCS = `A workload defined only in development-only files (a full manifest under a \`dev/\`, \`development/\`, \`local/\` or \`sandbox/\` folder such as \`overlays/dev/\` or \`k8s/dev/\`, or a local cluster\'s, \`kind/\`, \`minikube/\`, \`k3d/\`, \`microk8s/\`, \`docker-desktop/\`, \`rancher-desktop/\`, \`orbstack/\`, \`kind-dev/\`, or named \`dev.yaml\`, \`local.yaml\`, \`deployment.dev.yaml\`, \`configmap-dev.yaml\`, \`dev-deployment.yaml\`, \`minikube.yaml\`…: the files whose findings other checks mark "(development-only file)") that no production kustomization deploys gets \`info\` notes marked so instead of failures. A manifest that cannot be read — YAML or JSON that does not parse or nests more than ${MAX_FLOW_DEPTH} levels of brackets, a workload whose pod template kubectl refuses, or a Service whose \`ports\` it refuses (\`ports: 5432\`, \`port: "5432"\`) (a \`parse-error\` finding for each such object says where; the other objects of the file are judged), or a file over ${MAX_FILE_BYTES / 1024 / 1024} MiB (an \`info\` note says it was not checked) — is not judged; when no workload is judged, the item is \`skipped\` with a reason that names it (\`Kubernetes workloads only in a manifest that could not be read: k8s/deploy.yaml: parse-error (see that finding)\`), not \`no Kubernetes workloads\`.`;

interface Layer { node: Record<string, unknown>; object: K8sObject; path: YamlPath }

/** Where a patch removed a field that an earlier layer set (`livenessProbe: null`, `$patch: delete`, a `$patch: replace` mapping without it). */
export interface K8sRemoval {
  /** The patch that removed it. */
  object: K8sObject;
  /** The path of the `null` (or of the `$patch` directive) in that patch's document. */
  path: YamlPath;
}

/**
 * Strategic merge of one field over layers, later layers winning: a value replaces what was there,
 * `null` or `$patch: delete` removes it, `$patch: replace` on a mapping drops what earlier layers
 * set under it, and a mapping replaces a non-mapping value written before it. `removed` says which
 * layer removed a value an earlier one set, when the field ends up unset that way.
 */
function mergeField(layers: Layer[], keys: string[]): { setting: K8sSetting | null; removed: K8sRemoval | null } {
  let out: { setting: K8sSetting; depth: number } | null = null;
  let removed: K8sRemoval | null = null;
  for (const layer of layers) {
    let node = layer.node;
    for (let d = 0; d < keys.length; d++) {
      if (node['$patch'] === 'replace' && out) { out = null; removed = { object: layer.object, path: [...layer.path, ...keys.slice(0, d), '$patch'] }; }
      const v = node[keys[d]!];
      if (v === undefined) break;
      if (v === null || (isObject(v) && v['$patch'] === 'delete')) {
        if (out) removed = { object: layer.object, path: [...layer.path, ...keys.slice(0, d + 1)] };
        out = null;
        break;
      }
      const path = [...layer.path, ...keys.slice(0, d + 1)];
      if (d === keys.length - 1 || !isObject(v)) {
        out = { setting: { value: v, object: layer.object, path, readable: d === keys.length - 1 }, depth: d };
        removed = null;
        break;
      }
      if (out && !out.setting.readable && out.depth === d) out = null;
      node = v;
    }
  }
  return { setting: out?.setting ?? null, removed: out ? null : removed };
}
const mergedField = (layers: Layer[], keys: string[]): K8sSetting | null => mergeField(layers, keys).setting;

/** Merges a workload's objects in order (definition first) into what the cluster runs. */
function mergeWorkload(objects: K8sObject[], template: boolean, overlays: string[] = []): K8sWorkload {
  const pods: Layer[] = [];
  const merged = new Map<string, K8sContainer[]>();
  for (const obj of objects) {
    const ps = podSpec(obj);
    if (!ps) continue;
    pods.push({ node: ps.spec, object: obj, path: ps.path });
    for (const field of ['initContainers', 'containers'] as const) {
      const list = ps.spec[field];
      // `- $patch: replace` in a patch's list: its containers replace the earlier ones.
      if (!Array.isArray(list) || !list.some((e) => isObject(e) && e['$patch'] === 'replace')) continue;
      for (const key of [...merged.keys()]) if (key.startsWith(`${field === 'initContainers'}\u0000`)) merged.delete(key);
    }
    for (const c of containers(obj)) {
      const key = `${c.init}\u0000${c.name}`;
      if (c.container['$patch'] === 'delete') { merged.delete(key); continue; }
      merged.set(key, [...(merged.get(key) ?? []), c]);
    }
  }
  return {
    object: objects[0]!,
    objects,
    template,
    overlays,
    pod: (...keys) => mergedField(pods, keys),
    podRemoved: (...keys) => mergeField(pods, keys).removed,
    containers: [...merged.values()].map(mergedContainer),
  };
}

/**
 * A container as the strategic merge of its parts (its definition first, then the patches naming it, in order); one part
 * alone is the container as written (a Helm chart's container taken from a values list, located in the values file).
 */
export function mergedContainer(parts: K8sContainer[]): K8sMergedContainer {
  const layers = parts.map((c) => ({ node: c.container, object: c.object, path: c.path }));
  return { name: parts[0]!.name, init: parts[0]!.init, at: parts[0]!, parts, get: (...keys: string[]) => mergedField(layers, keys), removed: (...keys: string[]) => mergeField(layers, keys).removed };
}

/** An entry of a container's `env` as the layers merged leave it: its literal value (null: `valueFrom`, or none), and where it is written. */
export interface K8sRenderedEnv { name: string; value: string | null; object: K8sObject; container: K8sContainer; line: number; column: number }

/**
 * A merged container's `env` as kustomize renders it: entries keyed by `name` over the layers in order (a later layer's
 * entry replaces the earlier one of that name, `$patch: delete` removes it, `- $patch: replace` or a JSON 6902 op that sets
 * the whole list drops what earlier layers set), each with the layer that wrote it, located at its `value:`.
 */
export function renderedEnv(c: K8sMergedContainer): K8sRenderedEnv[] {
  const out = new Map<string, K8sRenderedEnv>();
  for (const part of c.parts) {
    const env = part.container['env'];
    if (env === null || (isObject(env) && env['$patch'] === 'delete')) { out.clear(); continue; }
    if (!Array.isArray(env)) continue;
    // `- $patch: replace` (also what a JSON 6902 op that sets the whole list leaves): the earlier entries are gone.
    if (env.some((e) => isObject(e) && e['$patch'] === 'replace')) out.clear();
    env.forEach((e, i) => {
      const entry = envEntry(part.object, part.path, e, i);
      if (!entry) return;
      if (isObject(e) && e['$patch'] === 'delete') { out.delete(entry.name); return; }
      // A re-set entry moves to the end, as a lookup of the last one expects.
      out.delete(entry.name);
      out.set(entry.name, { ...entry, object: part.object, container: part });
    });
  }
  return [...out.values()];
}

/** A layer read only through the kustomize render: an inline patch of a kustomization, or the ops of a JSON 6902 patch (in its file or inline). */
const renderOnlyLayer = (o: K8sObject): boolean => o.docIndex >= 100000;

/** An env value that only a kustomize overlay's inline or JSON 6902 patch writes, with the production overlays that render it and the container's whole env there. */
export interface OverlayEnvValue { entry: K8sRenderedEnv; overlays: OverlaySet; env: K8sRenderedEnv[] }

/**
 * The `env` values the production kustomize overlays' inline patches (`patches: - patch: |-` holding a manifest, inline
 * `patchesStrategicMerge`) and JSON 6902 patches (`…/containers/0/env/-`, inline or in a file) write, as each overlay renders
 * the workload (k8sWorkloads), once per place with every overlay that keeps it: these patches are no manifests of their own,
 * so the readers of manifests' env do not see them. Development overlays (`overlays/dev/`) render no production variant.
 */
export const overlayEnvValues = perView(function overlayEnvValues(snapshot: SnapshotView): OverlayEnvValue[] {
  const byPlace = new Map<string, OverlayEnvValue>();
  for (const w of k8sWorkloads(snapshot)) {
    if (w.template || !w.overlays.length || devOnlyWorkload(w)) continue;
    for (const c of w.containers) {
      const env = renderedEnv(c);
      for (const e of env) {
        if (!renderOnlyLayer(e.object)) continue;
        const key = `${e.object.file}\u0000${e.line}\u0000${e.column}\u0000${e.name}`;
        let place = byPlace.get(key);
        if (!place) byPlace.set(key, (place = { entry: e, overlays: { overlays: [], solo: false }, env }));
        addVariant(place.overlays, w);
      }
    }
  }
  return [...byPlace.values()];
});

/** The docs sentence on how the env checks read container `env` through kustomize overlays (debug-mode, default-credentials). */
export const K8S_ENV_OVERLAY_DOC = 'Container `env` is also read as each production kustomize overlay renders the workload, merged as the Kubernetes workload checks merge it (entries by `name`): a value an overlay\'s inline patch (`patches: - patch: |-` holding a manifest) or JSON 6902 patch (`op: add` of `/spec/template/spec/containers/0/env/-`, `…/env/1`, `…/env/1/value`, inline or in a file) writes is judged at that value (the op when it has no `value:` of its own), the message naming the overlay (`in kustomize overlay k8s/overlays/production`); a development overlay\'s (`overlays/dev/`) is not. A manifest\'s env value that every production overlay rendering the workload replaces (with a value not flagged, a `valueFrom`, or one judged where it is written) or removes is an `info` note (`overridden in kustomize overlay k8s/overlays/production`); when the manifest is also deployed as written, or some production overlay keeps the value, it fails as before.';

/**
 * What production makes of env entry `name` that a manifest (`obj`) writes for container `containerPath` (its path in the
 * document): when every production variant of the workload that holds the manifest (kustomize overlays) sets the entry again
 * (any value: a flagged one fails where it is written; a `valueFrom`) or removes it, a note naming those overlays;
 * else null (some variant keeps the value, the manifest is deployed as written, or it is no workload's).
 */
export function k8sEnvFate(snapshot: SnapshotView, obj: K8sObject, containerPath: YamlPath, name: string): { note: string | null } {
  const id = objectId(obj);
  const overriding: string[] = [];
  const held = containersHolding(snapshot).get(`${id}\u0000${JSON.stringify(containerPath)}`) ?? [];
  for (const { w, c } of held) {
    if (!w.overlays.length) return { note: null };
    const last = renderedEnv(c).find((e) => e.name === name);
    // Kept as written; else set again by a later layer (whose value is judged where it is written) or removed.
    if (last && objectId(last.object) === id) return { note: null };
    for (const o of w.overlays) if (!overriding.includes(o || '.')) overriding.push(o || '.');
  }
  if (!overriding.length) return { note: null };
  return { note: `overridden in kustomize overlay${overriding.length > 1 ? 's' : ''} ${overriding.join(', ')}` };
}

/**
 * The production workloads' merged containers (k8sWorkloads: no template, no development-only variant) that a manifest's
 * container is a layer of, keyed by the manifest (objectId) and the container's path in it, in workload order: what
 * k8sEnvFate asks of each flagged env entry, indexed once per view (a walk over every workload per entry was quadratic).
 */
const containersHolding = perView(function containersHolding(snapshot: SnapshotView): Map<string, { w: K8sWorkload; c: K8sMergedContainer }[]> {
  const out = new Map<string, { w: K8sWorkload; c: K8sMergedContainer }[]>();
  for (const w of k8sWorkloads(snapshot)) {
    if (w.template || devOnlyWorkload(w)) continue;
    for (const c of w.containers) {
      for (const key of new Set(c.parts.map((p) => `${objectId(p.object)}\u0000${JSON.stringify(p.path)}`))) {
        let list = out.get(key);
        if (!list) out.set(key, (list = []));
        list.push({ w, c });
      }
    }
  }
  return out;
});

/**
 * A container as one way of deploying it starts it, for the readers of its start command (production-server): its fields
 * (`container`: as written, or as the layers of the workload's kustomize variant merge them), where its `command` or `args` is
 * written (`key`, `at`: the later layer's when both are set, so a patch that sets `args` over the base's `command` is where the
 * command became what it is), and its env as the kubelet starts it (kubeletEnv).
 */
export interface K8sContainerRun {
  name: string;
  init: boolean;
  container: Record<string, unknown>;
  key: 'command' | 'args' | null;
  at: { file: string; line: number; column: number };
  /** The folder of the container's definition (its project files are found from there). */
  dir: string;
  /** The literal env values, as the kubelet expands them, each worded for messages (`container 'api' env in k8s/base/deployment.yaml:12`). */
  env: { name: string; value: string; where: string }[];
  /** The overlays that deploy it, for messages (overlayNote: ` in kustomize overlay k8s/overlays/prod`, '' when deployed as written). */
  overlays: string;
  devOnly: boolean;
  /** Why it is no production command: `overridden in kustomize overlay k8s/overlays/prod` (a base command every production overlay replaces). */
  devReason?: string;
}

/** A container as written in its manifest, read on its own. */
function writtenRun(c: K8sContainer, devOnly: boolean, devReason?: string): K8sContainerRun {
  const obj = c.object;
  const list = c.container['env'];
  const entries = Array.isArray(list) ? list.flatMap((e, i) => envEntry(obj, c.path, e, i) ?? []) : [];
  const env = kubeletEnv(entries).flatMap((e) => (e.value === null ? [] : [{ name: e.name, value: e.value, where: `container '${c.name}' env in ${obj.file}:${e.line}` }]));
  const key = Array.isArray(c.container['command']) ? 'command' : Array.isArray(c.container['args']) ? 'args' : null;
  const at = obj.loc([...c.path, key ?? 'name'], true);
  return { name: c.name, init: c.init, container: c.container, key, at: { file: obj.file, line: at.line, column: at.column }, dir: dirname(obj.file), env, overlays: '', devOnly, ...(devReason ? { devReason } : {}) };
}

/** A merged container of one variant of its workload (k8sWorkloads), as that variant starts it. */
function mergedRun(w: K8sWorkload, c: K8sMergedContainer, devOnly: boolean): K8sContainerRun {
  const list = (k: string) => { const s = c.get(k); return s && Array.isArray(s.value) ? s : null; };
  const command = list('command');
  const args = list('args');
  const layer = (s: K8sSetting) => w.objects.indexOf(s.object);
  const key = command && (!args || layer(command) >= layer(args)) ? 'command' : args ? 'args' : null;
  const s = key === 'command' ? command : key === 'args' ? args : null;
  const pos = s ? s.object.loc(s.path, true) : c.at;
  const rendered = renderedEnv(c);
  const env = kubeletEnv(rendered).flatMap((e) => (e.value === null ? [] : [{ name: e.name, value: e.value, where: `container '${c.name}' env in ${e.object.file}:${e.line}` }]));
  const field = (k: string) => c.get(k)?.value;
  const container: Record<string, unknown> = {
    name: c.name, image: field('image'), command: command?.value, args: args?.value, workingDir: field('workingDir'), envFrom: field('envFrom'),
    // `valueFrom` entries stay so (a value not known here), for the readers of where variables come from.
    env: rendered.map((e) => (e.value === null ? { name: e.name, valueFrom: {} } : { name: e.name, value: e.value })),
  };
  return { name: c.name, init: c.init, container, key, at: { file: s ? s.object.file : c.at.object.file, line: pos.line, column: pos.column }, dir: dirname(w.object.file), env, overlays: '', devOnly };
}

/**
 * The containers each Kubernetes workload definition starts, as production renders it (k8sWorkloads: kustomize overlays' patches,
 * strategic-merge and JSON 6902, merged over the base), keyed by the definition (objectId); once per place, command and env, with
 * every overlay that deploys it (a development-only variant's a note, unless a production one runs the same). A base's `command`
 * or `args` that every production variant holding it replaces (the overlays' patches set another) runs nowhere: it is kept as
 * written, as a note naming those overlays. `merged`: every object read through a variant (a patch is no workload of its own);
 * Helm chart and other Go templates are not merged (judged as written, with their values).
 */
const k8sRenderedRuns = perView(function k8sRenderedRuns(snapshot: SnapshotView): { runs: Map<string, K8sContainerRun[]>; merged: Set<string> } {
  const merged = new Set<string>();
  const places = new Map<string, { def: string; run: K8sContainerRun; set: OverlaySet; prod: boolean }>();
  // Per part (an object's container) and key: whether some variant runs what it writes, else the production overlays that replace it.
  const fates = new Map<string, { def: string; part: K8sContainer; kept: Set<'command' | 'args'>; by: Map<'command' | 'args', string[]> }>();
  for (const w of k8sWorkloads(snapshot)) {
    if (w.template) continue;
    for (const o of w.objects) merged.add(objectId(o));
    const def = objectId(w.object);
    const dev = devOnlyWorkload(w);
    for (const c of w.containers) {
      const run = mergedRun(w, c, dev);
      for (const p of c.parts) {
        const id = `${objectId(p.object)}\u0000${JSON.stringify(p.path)}`;
        let fate = fates.get(id);
        if (!fate) fates.set(id, (fate = { def, part: p, kept: new Set(), by: new Map() }));
        for (const key of ['command', 'args'] as const) {
          if (!Array.isArray(p.container[key])) continue;
          // Replaced only when a production overlay's layer sets it again (or removes it); a variant without overlays, or a development one, keeps it.
          if (!w.overlays.length || dev || c.get(key)?.object === p.object) { fate.kept.add(key); continue; }
          const by = fate.by.get(key) ?? [];
          for (const o of w.overlays) if (!by.includes(o || '.')) by.push(o || '.');
          fate.by.set(key, by);
        }
      }
      if (!run.key) continue;
      const place = `${run.at.file}\u0000${run.at.line}\u0000${run.at.column}\u0000${JSON.stringify([run.container, run.env])}`;
      let seen = places.get(place);
      if (!seen) places.set(place, (seen = { def, run, set: { overlays: [], solo: false }, prod: false }));
      addVariant(seen.set, w);
      if (!dev) seen.prod = true;
    }
  }
  const runs = new Map<string, K8sContainerRun[]>();
  const add = (def: string, run: K8sContainerRun) => { const list = runs.get(def); if (list) list.push(run); else runs.set(def, [run]); };
  for (const { def, run, set, prod } of places.values()) add(def, { ...run, overlays: overlayNote(set), devOnly: !prod });
  for (const { def, part, kept, by } of fates.values()) {
    const key = (['command', 'args'] as const).find((k) => by.has(k) && !kept.has(k));
    if (!key) continue;
    const names = by.get(key)!;
    const run = writtenRun(part, true, `overridden in kustomize overlay${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
    const at = part.object.loc([...part.path, key], true);
    add(def, { ...run, key, at: { file: part.object.file, line: at.line, column: at.column } });
  }
  return { runs, merged };
});

/**
 * The containers a manifest object starts, for the readers of their command (production-server): a workload definition's as
 * production renders it (k8sRenderedRuns, located where each command is written, a base command every production overlay
 * replaces a note), none for a patch read through the workloads it patches, and any other object's (a Helm chart template, a
 * development overlay's patch) as written.
 */
export function k8sContainerRuns(snapshot: SnapshotView, obj: K8sObject): K8sContainerRun[] {
  const { runs, merged } = k8sRenderedRuns(snapshot);
  const id = objectId(obj);
  return runs.get(id) ?? (merged.has(id) ? [] : containers(obj).map((c) => writtenRun(c, isDevOnly(obj.file))));
}

/** Files that a kustomization applies as strategic-merge patches → the folder of that kustomization (the overlay). */
const kustomizePatchFiles = perView(function kustomizePatchFiles(snapshot: SnapshotView): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of filesWhere(snapshot.files, isKustomizationFile)) {
    const dir = dirname(f);
    for (const doc of snapshot.yaml(f)?.docs ?? []) {
      const v = doc.value;
      if (!isObject(v)) continue;
      const refs: unknown[] = [];
      if (Array.isArray(v['patchesStrategicMerge'])) refs.push(...v['patchesStrategicMerge']);
      if (Array.isArray(v['patches'])) for (const p of v['patches']) if (isObject(p)) refs.push(p['path']);
      for (const ref of refs) {
        // An inline patch (a YAML string in the kustomization) is no file: inlinePatchObjects reads it.
        if (typeof ref !== 'string' || isInlineStrategicMerge(ref)) continue;
        const file = joinPath(dir, ref);
        if (file !== null && !out.has(file)) out.set(file, dir);
      }
    }
  }
  return out;
});

/**
 * Kustomizations by folder → the paths their `resources` (and `bases`) name, resolved from that
 * folder (remote and unresolvable references dropped). A kustomization named as a resource by
 * another one is an intermediate layer (a base or a shared overlay), not a deployment of its own.
 */
const kustomizations = perView(function kustomizations(snapshot: SnapshotView): { refs: Map<string, string[]>; referenced: Set<string>; components: Map<string, string[]>; isComponent: Set<string> } {
  const refs = new Map<string, string[]>();
  // `components:` (kind: Component): patches that apply to the kustomization that lists them, never deployed alone.
  const components = new Map<string, string[]>();
  const isComponent = new Set<string>();
  for (const f of filesWhere(snapshot.files, isKustomizationFile)) {
    const dir = dirname(f);
    const list = refs.get(dir) ?? [];
    for (const doc of snapshot.yaml(f)?.docs ?? []) {
      const v = doc.value;
      if (!isObject(v)) continue;
      if (v['kind'] === 'Component') isComponent.add(dir);
      for (const field of ['resources', 'bases', 'components']) {
        const entries = v[field];
        if (!Array.isArray(entries)) continue;
        for (const r of entries) {
          if (typeof r !== 'string' || r.includes('://') || r.includes('\n')) continue;
          const path = joinPath(dir, r);
          if (path === null) continue;
          list.push(path);
          if (field === 'components') components.set(dir, [...(components.get(dir) ?? []), path]);
        }
      }
    }
    refs.set(dir, list);
  }
  for (const list of components.values()) for (const c of list) isComponent.add(c);
  const referenced = new Set<string>();
  for (const list of refs.values()) for (const r of list) if (refs.has(r)) referenced.add(r);
  return { refs, referenced, components, isComponent };
});

/**
 * The repository files each kustomization (by folder) renders: its `resources`/`bases`/`components`
 * files, the files of the kustomizations they name (transitively, bounded), the files under a named
 * folder that has no kustomization, and the files it applies as patches. Its `images:` apply to these. A Component
 * renders what each kustomization that lists it renders.
 */
export const kustomizeRendered = perView(function kustomizeRendered(snapshot: SnapshotView): Map<string, Set<string>> {
  const kz = kustomizations(snapshot);
  const patches = new Map<string, string[]>();
  for (const [file, dir] of kustomizePatchFiles(snapshot)) patches.set(dir, [...(patches.get(dir) ?? []), file]);
  const out = new Map<string, Set<string>>();
  const render = (dir: string, depth: number, seen: Set<string>): Set<string> => {
    const done = out.get(dir);
    if (done) return done;
    const files = new Set<string>(patches.get(dir) ?? []);
    if (depth > 16 || seen.has(dir)) return files;
    seen.add(dir);
    for (const r of kz.refs.get(dir) ?? []) {
      if (snapshot.has(r)) files.add(r);
      else if (kz.refs.has(r)) for (const f of render(r, depth + 1, seen)) files.add(f);
      else for (const f of snapshot.files) if (f.startsWith(`${r}/`) || r === '') files.add(f);
    }
    seen.delete(dir);
    if (depth === 0) out.set(dir, files);
    return files;
  };
  for (const dir of kz.refs.keys()) render(dir, 0, new Set());
  // A Component's `images:` and patches apply to what each kustomization that lists it renders (kustomize runs its
  // transformers as part of that kustomization's build): it renders those files too.
  for (const c of kz.isComponent) {
    const files = new Set(out.get(c) ?? []);
    for (const scope of patchScopes(kz, c)) if (scope !== c) for (const f of out.get(scope) ?? []) files.add(f);
    out.set(c, files);
  }
  return out;
});

/**
 * The Components a kustomization lists (`components: [../../components/pin]`), and those they list in turn (bounded),
 * each before the Component that lists it: their `images:`, generators and patches apply as part of its build.
 */
function componentsOf(kz: ReturnType<typeof kustomizations>, dir: string, depth = 0): string[] {
  if (depth > 4) return [];
  return (kz.components.get(dir) ?? []).flatMap((c) => (c === dir ? [] : [...componentsOf(kz, c, depth + 1), c]));
}

/**
 * The kustomizations that deploy each file: for every production kustomization deployed as such (the
 * ones workloadVariants judges: not a layer other kustomizations render, unless it is an `overlays/`
 * folder; not a component; not development-only), each file it renders, with the kustomization
 * folders on the way from it to the file (itself included: the `images:` of any of them apply), and the Components
 * each of them lists (a Component's `images:` apply as part of the kustomization that lists it).
 */
export const kustomizeDeployments = (snapshot: SnapshotView): Map<string, { entry: string; via: Set<string> }[]> => kustomizeWalks(snapshot).files;

/**
 * The same for each kustomization folder on the way (itself included), for what it writes in its own file — an inline
 * patch, JSON 6902 ops —: the production kustomizations that deploy it, with the folders on the way from each to it
 * (whose `images:` apply after its patches, as kustomize runs the image transformer after the patches of each layer).
 */
export const kustomizationDeployments = (snapshot: SnapshotView): Map<string, { entry: string; via: Set<string> }[]> => kustomizeWalks(snapshot).dirs;

const kustomizeWalks = perView(function kustomizeWalks(snapshot: SnapshotView): { files: Map<string, { entry: string; via: Set<string> }[]>; dirs: Map<string, { entry: string; via: Set<string> }[]> } {
  const kz = kustomizations(snapshot);
  const patches = new Map<string, string[]>();
  for (const [file, dir] of kustomizePatchFiles(snapshot)) patches.set(dir, [...(patches.get(dir) ?? []), file]);
  const out = new Map<string, { entry: string; via: Set<string> }[]>();
  const dirs = new Map<string, { entry: string; via: Set<string> }[]>();
  for (const entry of kz.refs.keys()) {
    if (kz.isComponent.has(entry) || isDevOnly(`${entry}/kustomization.yaml`)) continue;
    if (kz.referenced.has(entry) && overlayDir(`${entry}/kustomization.yaml`) === null) continue;
    const via = new Map<string, Set<string>>();
    const dirVia = new Map<string, Set<string>>();
    // The Components each kustomization on the way lists count as on the way: their `images:` apply there too.
    const add = (map: Map<string, Set<string>>, f: string, path: string[]) => { const v = map.get(f) ?? new Set<string>(); for (const d of path) for (const x of [d, ...componentsOf(kz, d)]) v.add(x); map.set(f, v); };
    const walk = (dir: string, path: string[], depth: number) => {
      if (depth > 16 || path.includes(dir)) return;
      const here = [...path, dir];
      add(dirVia, dir, here);
      for (const f of patches.get(dir) ?? []) add(via, f, here);
      for (const r of kz.refs.get(dir) ?? []) {
        if (snapshot.has(r)) add(via, r, here);
        else if (kz.refs.has(r)) walk(r, here, depth + 1);
        else for (const f of snapshot.files) if (f.startsWith(`${r}/`) || r === '') add(via, f, here);
      }
    };
    walk(entry, [], 0);
    for (const [f, v] of via) out.set(f, [...(out.get(f) ?? []), { entry, via: v }]);
    for (const [d, v] of dirVia) dirs.set(d, [...(dirs.get(d) ?? []), { entry, via: v }]);
  }
  return { files: out, dirs };
});

/** The production kustomizations deployed as such (the ones workloadVariants judges): not a Component, not development-only, not a layer others render unless it is an `overlays/` folder. */
function productionKustomizations(kz: ReturnType<typeof kustomizations>): string[] {
  return [...kz.refs.keys()].filter((k) => !kz.isComponent.has(k) && !isDevOnly(`${k}/kustomization.yaml`) && !(kz.referenced.has(k) && overlayDir(`${k}/kustomization.yaml`) === null));
}

/** A ConfigMap or Secret that holds a value a check judges: written in a manifest (`file`), or generated by a kustomization's `configMapGenerator`/`secretGenerator` (`generatedIn`: its folder). */
export type K8sDataSource = { kind: 'ConfigMap' | 'Secret'; name: string } & ({ file: string } | { generatedIn: string });

/**
 * What one kustomize layer does to a key of a ConfigMap/Secret: undefined when it leaves it alone; else the value it
 * sets (null: removed, or replaced by what the repository does not hold, such as a gitignored `envs:` file) and whether
 * that value is judged where it is written (a generator's literals and files, a patch file's `data`).
 */
type DataTouch = { value: string | null; judged: boolean } | undefined;
/** An edit of a kustomization (by folder) to ConfigMaps/Secrets: a generator with `behavior: merge`/`replace` (phase 0) or a patch (phase 1). */
interface DataEdit { dir: string; phase: 0 | 1; kind: 'ConfigMap' | 'Secret'; selects(name: string): boolean; touch(key: string): DataTouch }

/** A patch target's match of a ConfigMap/Secret by kind, group/version and name; label and annotation selectors are not read (no match). */
const targetSelectsData = (t: PatchTarget, kind: string, name: string): boolean =>
  !t.labelSelector && !t.annotationSelector && (!t.kind || t.kind.test(kind)) && (!t.group || t.group.test('')) && (!t.version || t.version.test('v1')) && (!t.name || t.name.test(name));

const decodeSecret = (v: string): string => Buffer.from(v, 'base64').toString('utf8');

/** The YAML documents of the repository's kustomizations that are mappings (templates and test folders aside), with their folder. */
function* kustomizationYamlDocs(snapshot: SnapshotView): Generator<{ file: string; dir: string; doc: NonNullable<ReturnType<SnapshotView['yaml']>>['docs'][number]; v: Record<string, unknown> }> {
  for (const file of filesWhere(snapshot.files, isKustomizationFile)) {
    if (isTemplate(file) || isTestFile(file)) continue;
    const dir = dirname(file);
    for (const doc of snapshot.yaml(file)?.docs ?? []) if (isObject(doc.value)) yield { file, dir, doc, v: doc.value };
  }
}

/** Every ConfigMap/Secret edit of the repository's kustomizations (templates and test folders aside). */
const kustomizeDataEdits = perView(function kustomizeDataEdits(snapshot: SnapshotView): DataEdit[] {
  const out: DataEdit[] = [];
  // Generators that merge into or replace one an earlier layer made (`behavior: merge`/`replace`).
  for (const { dir, v } of kustomizationYamlDocs(snapshot)) {
    for (const generator of ['configMapGenerator', 'secretGenerator'] as const) {
      const entries = v[generator];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        if (!isObject(entry) || typeof entry['name'] !== 'string' || (entry['behavior'] !== 'merge' && entry['behavior'] !== 'replace')) continue;
        const name = entry['name'];
        const replace = entry['behavior'] === 'replace';
        // The keys it sets: `literals`, the committed `envs:` files' lines, `files:` keys (a one-line file's value, else unknown).
        const keys = new Map<string, string | null>();
        const list = (x: unknown): string[] => (typeof x === 'string' ? [x] : Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
        for (const literal of list(entry['literals'])) {
          const eq = literal.indexOf('=');
          if (eq > 0) keys.set(literal.slice(0, eq).trim(), literal.slice(eq + 1).replace(/^(["'])([^]*)\1$/, '$2'));
        }
        for (const rel of [...list(entry['envs']), ...list(entry['env'])]) {
          const path = /^[a-z][\w+.-]*:\/\/|^\//i.test(rel) ? null : joinPath(dir, rel.trim());
          const env = path !== null && snapshot.has(path) ? snapshot.envFileAt(path) : undefined;
          if (!env) continue;
          for (const e of env.entries) keys.set(e.key, e.value);
        }
        for (const spec of list(entry['files'])) {
          const eq = spec.indexOf('=');
          const rel = (eq > 0 ? spec.slice(eq + 1) : spec).trim();
          const key = eq > 0 ? spec.slice(0, eq).trim() : basename(rel);
          const path = joinPath(dir, rel);
          const text = path !== null ? snapshot.text(path) : undefined;
          keys.set(key, text !== undefined && /^[^\r\n]*(?:\r?\n)?$/.test(text) ? text.replace(/\r?\n$/, '').trim() : null);
        }
        out.push({
          dir, phase: 0, kind: generator === 'secretGenerator' ? 'Secret' : 'ConfigMap', selects: (n) => n === name,
          // A key it does not name is gone under `replace` (whatever an `envs:` file missing from the repository holds) and
          // kept under `merge` (such a file may set it: not known to, so not counted).
          touch: (key) => (keys.has(key) ? { value: keys.get(key)!, judged: true } : replace ? { value: null, judged: true } : undefined),
        });
      }
    }
  }
  // Strategic-merge patches of ConfigMaps/Secrets: patch files (by name, or by a `target`) and inline patches.
  const patchFiles = kustomizePatchFiles(snapshot);
  const targeted = targetedPatches(snapshot);
  const patchObjects = [...snapshot.k8sObjects().filter((o) => patchFiles.has(o.file)), ...inlinePatchObjects(snapshot)];
  for (const obj of patchObjects) {
    if ((obj.kind !== 'ConfigMap' && obj.kind !== 'Secret') || isTemplate(obj.file) || isTestFile(obj.file)) continue;
    const kind = obj.kind;
    const inline = obj.docIndex >= INLINE_PATCH_DOC;
    const touch = (key: string): DataTouch => {
      if (obj.value['$patch'] === 'delete') return { value: null, judged: true };
      let result: DataTouch;
      for (const field of kind === 'Secret' ? ['data', 'stringData'] : ['data']) {
        const data = obj.value[field];
        if (data === null) { result = { value: null, judged: true }; continue; }
        if (!isObject(data)) continue;
        const v = data[key];
        if (v === undefined) { if (data['$patch'] === 'replace') result = { value: null, judged: true }; continue; }
        if (v === null) { result = { value: null, judged: true }; continue; }
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
        result = { value: field === 'data' && kind === 'Secret' ? decodeSecret(String(v)) : String(v), judged: !inline };
      }
      return result;
    };
    const refs = targeted.get(objectId(obj));
    if (refs) for (const ref of refs) out.push({ dir: ref.dir, phase: 1, kind, selects: (n) => targetSelectsData(ref.target, kind, n), touch });
    else if (obj.name !== null) out.push({ dir: patchFiles.get(obj.file) ?? dirname(obj.file), phase: 1, kind, selects: (n) => n === obj.name, touch });
  }
  // JSON 6902 ops on `/data/KEY` (`/stringData/KEY`), or on `/data` as a whole.
  for (const p of json6902Patches(snapshot)) {
    for (const kind of ['ConfigMap', 'Secret'] as const) {
      if (!p.target.kind?.test(kind)) continue;
      out.push({
        dir: p.dir, phase: 1, kind, selects: (n) => targetSelectsData(p.target, kind, n),
        touch: (key) => {
          let result: DataTouch;
          for (const op of p.ops) {
            if (op.op !== 'add' && op.op !== 'replace' && op.op !== 'remove') continue;
            const segs = pointerSegments(op.path);
            if (!segs || (segs[0] !== 'data' && !(kind === 'Secret' && segs[0] === 'stringData'))) continue;
            const decode = (x: unknown) => (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? (kind === 'Secret' && segs[0] === 'data' ? decodeSecret(String(x)) : String(x)) : null);
            if (segs.length === 1) result = { value: op.op !== 'remove' && isObject(op.value) && op.value[key] !== undefined ? decode(op.value[key]) : null, judged: false };
            else if (segs.length === 2 && segs[1] === key) result = { value: op.op === 'remove' ? null : decode(op.value), judged: false };
          }
          return result;
        },
      });
    }
  }
  return out;
});

/**
 * The names a container `env` value refers to as Kubernetes expands it: `$(NAME)` takes NAME's value so far (set by an
 * earlier `env` entry or loaded through `envFrom`; left as written when nothing sets it); `$$` is an escaped `$`, so
 * `$$(NAME)` is the literal text `$(NAME)`.
 */
function k8sEnvRefs(value: string): string[] {
  const refs: string[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '$') continue;
    if (value[i + 1] === '$') { i++; continue; }
    if (value[i + 1] !== '(') continue;
    const close = value.indexOf(')', i + 2);
    if (close < 0) break;
    refs.push(value.slice(i + 2, close));
    i = close;
  }
  return refs;
}

/**
 * Whether a container's `env` list replaces the variable `name` that `envFrom` loads (the kubelet sets `envFrom` first,
 * then each `env` entry in order, the last of a name winning). An entry whose value refers to the variable itself
 * (`value: "$(DJANGO_DEBUG)"`), to a name no earlier entry sets (which `envFrom` may load), or to an earlier entry that
 * carries such a value on, carries what was loaded: no replacement. A `valueFrom` or a value without such a reference
 * (`$$(NAME)` included) replaces it.
 */
function envReplaces(env: unknown[], name: string): boolean {
  // Per name an `env` entry sets: whether its value may still be (or hold) what `envFrom` loaded.
  const carries = new Map<string, boolean>();
  for (const e of env) {
    if (!isObject(e) || typeof e['name'] !== 'string') continue;
    const v = e['value'];
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : e['valueFrom'] !== undefined && e['valueFrom'] !== null ? null : '';
    carries.set(e['name'], value !== null && k8sEnvRefs(value).some((r) => carries.get(r) ?? true));
  }
  return carries.get(name) === false;
}

/**
 * The containers that load a ConfigMap/Secret through `envFrom` and all set `key` themselves in `env` (which wins over
 * `envFrom` in Kubernetes), for a note's reason; null when there is no such container, one that does not set it, or another
 * use of the object (a `configMapKeyRef`/`secretKeyRef` of the key, a volume).
 */
function envFromShadowed(snapshot: SnapshotView, kind: 'ConfigMap' | 'Secret', name: string, key: string): string | null {
  const setting: string[] = [];
  const refKey = kind === 'ConfigMap' ? 'configMapRef' : 'secretRef';
  const keyRef = kind === 'ConfigMap' ? 'configMapKeyRef' : 'secretKeyRef';
  // Another use of it: a volume (`configMap: {name}`, `secret: {secretName}`, projected sources), or the key read into a variable.
  const otherUse = (node: unknown, depth: number): boolean => {
    if (depth > 12) return false;
    if (Array.isArray(node)) return node.some((x) => otherUse(x, depth + 1));
    if (!isObject(node)) return false;
    for (const [k, v] of Object.entries(node)) {
      if (isObject(v) && ((kind === 'ConfigMap' && k === 'configMap' && v['name'] === name) || (kind === 'Secret' && k === 'secret' && (v['secretName'] === name || v['name'] === name)))) return true;
      if (k === keyRef && isObject(v) && v['name'] === name && v['key'] === key) return true;
      if (otherUse(v, depth + 1)) return true;
    }
    return false;
  };
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
    const ps = podSpec(obj);
    if (!ps) continue;
    if (otherUse(ps.spec, 0)) return null;
    for (const c of containers(obj)) {
      const from = Array.isArray(c.container['envFrom']) ? c.container['envFrom'] : [];
      const ref = from.find((e) => isObject(e) && isObject(e[refKey]) && e[refKey]['name'] === name);
      if (!isObject(ref)) continue;
      const prefix = typeof ref['prefix'] === 'string' ? ref['prefix'] : '';
      const env = Array.isArray(c.container['env']) ? c.container['env'] : [];
      if (!envReplaces(env, prefix + key)) return null;
      setting.push(c.name);
    }
  }
  if (!setting.length) return null;
  const names = [...new Set(setting)];
  const many = names.length > 1;
  return `${many ? 'containers' : 'container'} ${names.map((n) => `'${n}'`).join(', ')} load${many ? '' : 's'} it through envFrom but set${many ? '' : 's'} ${key} in env, which wins`;
}

/** How checks that judge ConfigMap/Secret values document {@link k8sDataFate} (one wording for their docs). */
export const K8S_DATA_REACH_DOC = 'ConfigMap and Secret values (written, or generated by kustomize) are judged as production renders them: when every production kustomization that deploys one replaces the key on the way (a `configMapGenerator`/`secretGenerator` entry with `behavior: merge` setting it, or `behavior: replace`; a strategic-merge or JSON 6902 patch of the object\'s `data`; in an overlay or a Component it lists) with a value that is not flagged, or one judged where it is written, the base value is an `info` note (`overridden in kustomize overlay k8s/overlays/production`); when some production overlay keeps it, it fails as written there (the message and fingerprint of a finding without any overlay). A key that every container loading the object through `envFrom` sets itself in `env` (which wins over `envFrom`) is an `info` note too (a value that refers to the loaded variable, `value: "$(DJANGO_DEBUG)"`, sets nothing new; `$$(NAME)` is literal text), unless the object is also mounted or the key read through `configMapKeyRef`/`secretKeyRef`.';

/**
 * How production gets a key of a ConfigMap/Secret, for the checks that judge its value (`debug-mode`,
 * `default-credentials`): `note`, why the value written there is not what production runs (an `info` note's reason), or
 * null (a value some production kustomization keeps fails as it did before overlays were read: same message, same fingerprint).
 * A production kustomization (productionKustomizations) that deploys the object overrides the key when a layer on its way
 * after the one that writes it (innermost first; a kustomization's Components, then its generators, then its patches)
 * sets it to a value `safe` accepts or to one judged where it is written, removes it, or replaces the object's data
 * without it. A key every `envFrom` consumer sets in its own `env` is a note (envFromShadowed).
 */
export function k8sDataFate(snapshot: SnapshotView, src: K8sDataSource, key: string, safe: (value: string) => boolean): { note: string | null } {
  const shadowed = envFromShadowed(snapshot, src.kind, src.name, key);
  if (shadowed) return { note: shadowed };
  const kz = kustomizations(snapshot);
  const patchFiles = kustomizePatchFiles(snapshot);
  // The folder the route starts from, and how much of that first layer comes after the value: a resource is edited by all of
  // its kustomization; a generated value by its patches only; a patch's value by nothing of its own kustomization.
  let start: string;
  let first: 'all' | 'patches' | 'none';
  let entries: string[];
  if ('generatedIn' in src) {
    start = src.generatedIn;
    first = 'patches';
    entries = productionKustomizations(kz).filter((e) => kustomizeRoute(kz.refs, e, start, snapshot));
  } else {
    const patchDir = patchFiles.get(src.file);
    start = patchDir ?? dirname(src.file);
    first = patchDir !== undefined ? 'none' : 'all';
    entries = [...new Set((kustomizeDeployments(snapshot).get(src.file) ?? []).map((d) => d.entry))];
  }
  if (!entries.length) return { note: null };
  const edits = kustomizeDataEdits(snapshot).filter((e) => e.kind === src.kind && e.selects(src.name));
  const overriding: string[] = [];
  const kept: string[] = [];
  for (const entry of entries) {
    const route = kustomizeRoute(kz.refs, entry, start, snapshot) ?? [entry];
    let last: DataTouch;
    route.forEach((dir, i) => {
      const phases = i > 0 || first === 'all' ? [0, 1] : first === 'patches' ? [1] : [];
      // A kustomization's Components build before its own generators and patches.
      const dirs = i > 0 || first === 'all' ? [...componentsOf(kz, dir), dir] : [dir];
      for (const d of dirs) for (const phase of phases) for (const e of edits) {
        if (e.dir !== d || e.phase !== phase) continue;
        const t = e.touch(key);
        if (t) last = t;
      }
    });
    if (last && (last.judged || last.value === null || safe(last.value))) overriding.push(entry || '.');
    else kept.push(entry || '.');
  }
  // Some production kustomization keeps the value: the finding stays as it is (not renamed after the overlays that keep it,
  // which would move a baseline's fingerprint for an unchanged failure).
  if (!overriding.length || kept.length) return { note: null };
  return { note: `overridden in kustomize overlay${overriding.length > 1 ? 's' : ''} ${overriding.join(', ')}` };
}

/**
 * The kustomizations between `from` and the base folder `base`, innermost first, when `from`
 * renders what `base` holds (directly, through a file of it, or through other kustomizations), else null.
 */
function kustomizeRoute(refs: Map<string, string[]>, from: string, base: string, files: SnapshotView, seen = new Set<string>(), depth = 0): string[] | null {
  if (from === base) return [from];
  // A cycle (kustomize refuses it) or a chain deeper than any real layout: no route.
  if (seen.has(from) || depth > 16) return null;
  seen.add(from);
  for (const r of refs.get(from) ?? []) {
    if (files.has(r)) { if (dirname(r) === base) return [from]; continue; }
    if (refs.has(r)) {
      const inner = kustomizeRoute(refs, r, base, files, seen, depth + 1);
      if (inner) return [...inner, from];
    } else if (within(r, base)) return [from];
  }
  return null;
}

/** The overlay folder of a kustomize layout (`deploy/overlays/prod`) that a file lies in, or null. */
const overlayDir = (file: string): string | null => /^((?:.*\/)?overlays\/[^/]+)\//.exec(file)?.[1] ?? null;
const within = (dir: string, inner: string) => dir === '' || inner === dir || inner.startsWith(`${dir}/`);

/**
 * The production variants of one workload (its objects across files, same kind and name). Full
 * definitions (objects that name a container image, outside `overlays/`, not applied as a patch by a
 * kustomization) are bases; the rest are patches, grouped by overlay (the kustomization that
 * applies them, else their `overlays/<name>` folder, else their folder). Each overlay's patches are
 * merged over the bases its kustomization renders through `resources` (after the patches of the
 * kustomizations on the way, innermost first: an overlay of an overlay), else over the bases of its
 * folder or above it (else over every base). Every other production
 * kustomization that renders a base through `resources` (an overlay with no patch for it, or only
 * patches that are not read) yields the base with the patches of the kustomizations in
 * between (possibly none); a base that nothing patches or renders stands alone. Identical variants
 * are kept once. Overlays made only of development files (`overlays/dev/`) are not production.
 */
function workloadVariants(members: K8sObject[], patchFiles: Map<string, string>, kz: ReturnType<typeof kustomizations>, files: SnapshotView): K8sWorkload[] {
  const hasImage = (o: K8sObject) => containers(o).some((c) => typeof c.container['image'] === 'string');
  const full = members.filter((o) => !patchFiles.has(o.file) && hasImage(o));
  const outside = full.filter((o) => overlayDir(o.file) === null);
  const bases = outside.length ? outside : full.length ? full : [members[0]!];
  // Full definitions chain per file and namespace: `web` in `staging` and `web` in `production`
  // in one file are two workloads, never one merged over the other; so are `deployment.staging.yaml`
  // and `deployment.production.yaml` in one folder (kubectl applies each whole, kustomize refuses
  // duplicates). Within one file the later full definition wins whole, as `kubectl apply` leaves it
  // (what only the earlier one set is gone: a pod `runAsNonRoot` there protects nothing).
  const chains = new Map<string, K8sObject[]>();
  const chainKey = (o: K8sObject) => `${dirname(o.file)}\u0000${namespaceOf(o)}\u0000${o.file}`;
  const chainDir = (key: string) => key.slice(0, key.indexOf('\u0000'));
  for (const o of bases) chains.set(chainKey(o), [o]);
  const overlays = new Map<string, K8sObject[]>();
  for (const o of members) {
    if (bases.includes(o)) continue;
    const key = patchFiles.get(o.file) ?? overlayDir(o.file) ?? dirname(o.file);
    overlays.set(key, [...(overlays.get(key) ?? []), o]);
  }
  const out: K8sWorkload[] = [];
  const patched = new Set<string>();
  // The patches of the components a kustomization lists (`components: [../../components/security]`) apply with its own.
  const withComponents = (dir: string): K8sObject[] => [...(overlays.get(dir) ?? []), ...(kz.components.get(dir) ?? []).flatMap((c) => (c === dir ? [] : overlays.get(c) ?? []))];
  for (const [key] of overlays) {
    // A component is no deployment of its own: it is judged with the kustomizations that list it.
    if (kz.isComponent.has(key)) continue;
    const patches = withComponents(key);
    if (patches.every((p) => isDevOnly(p.file))) continue;
    // The bases this overlay renders through its `resources` (an overlay of an overlay: `prod-eu` on
    // `prod` on `base`) get, as kustomize builds them, the patches of each kustomization on the way,
    // innermost first, then this overlay's own; else the bases of its folder or above it; else every base.
    const routes = new Map<string, string[]>();
    if (kz.refs.has(key)) for (const c of chains.keys()) {
      const route = key === chainDir(c) ? null : kustomizeRoute(kz.refs, key, chainDir(c), files);
      if (route) routes.set(c, route);
    }
    const related = routes.size ? [...routes.keys()] : [...chains.keys()].filter((c) => within(chainDir(c), key));
    for (const c of related.length ? related : [...chains.keys()]) {
      const inner = (routes.get(c) ?? [key]).slice(0, -1).flatMap((d) => withComponents(d)).filter((p) => !isDevOnly(p.file));
      patched.add(c);
      out.push(mergeWorkload([...chains.get(c)!, ...inner, ...patches], false, [key]));
    }
  }
  // Every other production kustomization that renders a base (`resources: [../../base]`, with no
  // patch of its own for this workload, or only patches not read) deploys it as the layers on its
  // way leave it: the base plus the patches of the kustomizations in between, possibly none.
  for (const k of kz.refs.keys()) {
    if (overlays.has(k) || kz.isComponent.has(k) || isDevOnly(`${k}/kustomization.yaml`)) continue;
    if (kz.referenced.has(k) && overlayDir(`${k}/kustomization.yaml`) === null) continue;
    for (const c of chains.keys()) {
      if (k === chainDir(c)) continue;
      const route = kustomizeRoute(kz.refs, k, chainDir(c), files);
      if (!route) continue;
      const patches = route.flatMap((d) => withComponents(d)).filter((p) => !isDevOnly(p.file));
      patched.add(c);
      out.push(mergeWorkload([...chains.get(c)!, ...patches], false, [k]));
    }
  }
  for (const [c, chain] of chains) if (!patched.has(c)) out.push(mergeWorkload(chain, false));
  // One variant per distinct set of layers: overlays that render the same thing are judged once.
  const id = (o: K8sObject) => `${o.file}\u0000${o.docIndex}\u0000${o.item ?? ''}`;
  const distinct = new Map<string, K8sWorkload>();
  for (const w of out) {
    const key = w.objects.map(id).join('\u0001');
    const seen = distinct.get(key);
    if (!seen) distinct.set(key, w);
    else for (const o of w.overlays) if (!seen.overlays.includes(o)) seen.overlays.push(o);
  }
  return [...distinct.values()];
}

/** A manifest a check could not read, for its skip reason: a Helm chart template, or a manifest (see UnreadManifest). */
export interface UnparsedManifest { file: string; why: 'template' | 'parse-error' | 'not checked' }

/**
 * Helm chart templates that do not parse before rendering (skipped with an `info` note), and other manifests (YAML or
 * JSON) that do not parse, that kubectl refuses or that are too large to parse, whose text names a workload kind `kinds`
 * matches (`kind: Deployment`): for skip reasons, which must not say there is nothing to check when there is something
 * that could not be read. Templates and test files aside, as the workloads are.
 */
export function unreadWorkloadManifests(snapshot: SnapshotView, kinds: RegExp): UnparsedManifest[] {
  snapshot.k8sObjects();
  const templates = snapshot.files.filter((f) => {
    if (!/(?:^|\/)templates\/[^]*\.ya?ml$/i.test(f) || isTemplate(f) || isTestFile(f)) return false;
    const t = snapshot.text(f);
    if (t === undefined || !isHelmTemplate(f, t) || !t.includes('apiVersion')) return false;
    const m = /^[ \t]*kind:[ \t]*["']?(\w+)/m.exec(t);
    return m !== null && kinds.test(m[1]!) && (snapshot.yaml(f)?.errors.length ?? 0) > 0;
  });
  const chart = new Set(templates);
  const manifests = snapshot.unreadManifests().filter((u) => !chart.has(u.file) && !isTemplate(u.file) && !isTestFile(u.file) && u.kinds.some((k) => kinds.test(k)));
  return [...templates.map((file) => ({ file, why: 'template' as const })), ...manifests.map(({ file, why }) => ({ file, why }))];
}

/**
 * How a skip reason names the manifests that could not be read: `a Helm chart template (…) that does not parse before
 * rendering, which is not judged`; `a manifest that could not be read: k8s/deploy.yaml: parse-error (see that finding)`.
 */
export function unparsedNote(entries: UnparsedManifest[]): string {
  const files = entries.filter((e) => e.why === 'template').map((e) => e.file);
  const unread = entries.filter((e) => e.why !== 'template');
  const parts: string[] = [];
  if (files.length) parts.push(`${files.length === 1 ? `a Helm chart template (${files[0]}) that does not` : `${files.length} Helm chart templates (${files[0]}, …) that do not`} parse before rendering, which ${files.length === 1 ? 'is' : 'are'} not judged`);
  if (unread.length) {
    const named = someOf(unread.map((e) => `${e.file}: ${e.why} (see that ${e.why === 'parse-error' ? 'finding' : 'note'})`));
    parts.push(`${unread.length === 1 ? 'a manifest' : `${unread.length} manifests`} that could not be read: ${named}`);
  }
  return parts.join('; and in ');
}

/**
 * Every workload (an object with a pod template) as production gets it, across the repository:
 * a kustomize base and its overlay patches are merged the way kustomize's strategic merge does
 * (pod fields and containers by name; the overlay's fields override the base's), one variant per
 * overlay. Templates (`*.example`…) and test files are left out; a Helm chart template is its own
 * workload, marked `template`.
 */
/** A kustomization's JSON 6902 patch (`patches:`/`patchesJson6902:` entries with a `target`): its ops, inline or in a file. */
interface Json6902Patch { target: PatchTarget; file: string; dir: string; ops: { op: string; path: string; value: unknown; from?: string; line: number; column: number; /** Where the `value` of the op's value is written (an env entry's `value:`), when it is one. */ valueAt?: OpAt }[] }

const json6902Patches = perView(function json6902Patches(snapshot: SnapshotView): Json6902Patch[] {
  const out: Json6902Patch[] = [];
  for (const { file: f, dir, v, doc } of kustomizationYamlDocs(snapshot)) {
    for (const field of ['patches', 'patchesJson6902']) {
      const entries = v[field];
      if (!Array.isArray(entries)) continue;
      entries.forEach((e, i) => {
        const target = isObject(e) ? e['target'] : undefined;
        if (!isObject(e) || !isObject(target) || typeof target['kind'] !== 'string') return;
        let list: unknown;
        let file = f;
        let at = (_j: number) => doc.loc([field, i, 'patch'], true) ?? { line: 1, column: 1 };
        // The position of the `value:` inside op j's value mapping (`value: { name: DEBUG, value: "True" }`), or of the op's
        // own scalar `value:` (`path: …/env/0/value`, `value: "true"`: review 47 R4), when known (`keys`: where, under op j).
        let valueAt = (_j: number, _keys: string[]): OpAt | null => null;
        if (typeof e['patch'] === 'string') {
          // Inline ops in a block scalar (`patch: |-`) are located at each op in the kustomization's lines, as an inline
          // strategic-merge patch is; a quoted or flow-style string, at the `patch:` key.
          const inner = parseYaml(f, e['patch']).docs[0];
          list = inner?.value;
          const key = at(0);
          const lines = snapshot.lines(f) ?? [];
          if (inner && /:\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(lines[key.line - 1] ?? '')) {
            const indent = /^\s*/.exec(lines[key.line] ?? '')?.[0].length ?? 0;
            at = (j: number) => {
              const op = inner.loc([j]);
              return op ? { line: key.line + op.line, column: indent + op.column } : key;
            };
            valueAt = (j: number, keys: string[]) => {
              const v = inner.loc([j, ...keys]);
              return v ? { line: key.line + v.line, column: indent + v.column } : null;
            };
          }
        } else if (typeof e['path'] === 'string') {
          const path = joinPath(dir, e['path']);
          const pdoc = path !== null ? snapshot.yaml(path)?.docs[0] : undefined;
          if (!pdoc || path === null) return;
          file = path;
          list = pdoc.value;
          at = (j: number) => pdoc.loc([j]) ?? { line: 1, column: 1 };
          valueAt = (j: number, keys: string[]) => pdoc.loc([j, ...keys]) ?? null;
        }
        // A strategic-merge patch (a mapping) is not an op list: those are read as objects.
        if (!Array.isArray(list)) return;
        const ops = list.flatMap((o, j) => {
          if (!isObject(o) || typeof o['op'] !== 'string' || typeof o['path'] !== 'string') return [];
          const scalar = typeof o['value'] === 'string' || typeof o['value'] === 'number' || typeof o['value'] === 'boolean';
          const v = isObject(o['value']) && 'value' in o['value'] ? valueAt(j, ['value', 'value']) : scalar ? valueAt(j, ['value']) : null;
          return [{ op: o['op'], path: o['path'], value: o['value'], ...(typeof o['from'] === 'string' ? { from: o['from'] } : {}), ...at(j), ...(v ? { valueAt: v } : {}) }];
        });
        if (ops.length) out.push({ target: patchTarget(target), file, dir, ops });
      });
    }
  }
  return out;
});

/** A plain value copied (mappings and lists), so a layer built from a patch never writes into the parsed document. */
const cloneValue = <T>(v: T): T => (Array.isArray(v) ? (v.map(cloneValue) as T) : isObject(v) ? (Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cloneValue(x)])) as T) : v);

/** The value at `keys` (list indexes as their text) in a plain document; undefined when there is none. */
function pointerGet(doc: unknown, keys: readonly string[]): unknown {
  let node = doc;
  for (const k of keys) {
    if (Array.isArray(node) && /^\d+$/.test(k)) node = node[Number(k)];
    else if (isObject(node)) node = node[k];
    else return undefined;
  }
  return node;
}

/**
 * An `add`, `replace` or `remove` at `keys` (not empty) applied to a plain document in place, as RFC 6902 applies it: in a
 * list `add` inserts before the index (`-` appends) and `remove` takes the entry out; in a mapping `add` and `replace` set
 * the member whole. An op that does not apply (no such parent or index) changes nothing.
 */
function pointerApply(doc: unknown, keys: readonly string[], op: 'add' | 'replace' | 'remove', value: unknown): void {
  const parent = pointerGet(doc, keys.slice(0, -1));
  const k = keys[keys.length - 1]!;
  if (Array.isArray(parent)) {
    const i = k === '-' ? parent.length : /^\d+$/.test(k) ? Number(k) : -1;
    if (i < 0 || i > parent.length || (op !== 'add' && i === parent.length)) return;
    if (op === 'add') parent.splice(i, 0, cloneValue(value));
    else if (op === 'replace') parent[i] = cloneValue(value);
    else parent.splice(i, 1);
  } else if (isObject(parent)) {
    if (op === 'remove') delete parent[k];
    else parent[k] = cloneValue(value);
  }
}

/**
 * A value an `add`/`replace` op writes, as the strategic-merge layer holds it: RFC 6902 sets the member whole, so a mapping
 * replaces what earlier layers set under it (`$patch: replace`, as mergeField reads it) instead of merging over it.
 */
const wholeValue = (v: unknown): unknown => (isObject(v) ? { $patch: 'replace', ...cloneValue(v) } : cloneValue(v));

type OpAt = { line: number; column: number };
const CONTAINER_LISTS = ['containers', 'initContainers'] as const;

/**
 * A JSON 6902 patch as the strategic-merge layer it amounts to for the fields the checks read, its ops applied as RFC 6902
 * (and so `kustomize build`) applies them under the pod template: `add` and `replace` write the value whole (a mapping
 * replaces the earlier one: `replace …/containers/0/securityContext` with `{fsGroup: 2000}` leaves no `runAsNonRoot`),
 * `remove` deletes it (`null`), `move` and `copy` take the value at `from` as the definition's pod spec is after the
 * patch's earlier ops (`move` removing it there), `test` changes nothing. Containers are addressed by index, named as in the
 * definition after the patch's earlier ops (`/spec/template/spec/containers/0/resources` → container `web`); a whole
 * container replaced or removed (`…/containers/0`) is one, inserted or appended (`…/containers/-`) a new one, a whole list
 * (`…/containers`, or the pod spec or template replaced) replaces the earlier containers. Env entries of a container are
 * read by name (`…/env/-`, `…/env/1`, `…/env/1/value`); ops inside other lists (`…/volumes/-`) and outside the pod spec are not read. Null when no op applies.
 */
function json6902Object(p: Json6902Patch, base: K8sObject, index: number): K8sObject | null {
  // A target that selects several kinds (`Deployment|StatefulSet`) patches each as its own kind.
  const kind = base.kind;
  const prefix = (podSpecPath(base) ?? ['spec', 'template', 'spec']) as string[];
  // The definition's pod spec as the patch's ops leave it, op by op: which container an index names, what `move`/`copy` take.
  let doc: Record<string, unknown> = cloneValue(podSpec(base)?.spec ?? {});
  const nameAt = (field: (typeof CONTAINER_LISTS)[number], i: number): string | undefined => {
    const list = doc[field];
    if (!Array.isArray(list) || i >= list.length) return undefined;
    const c: unknown = list[i];
    // As containers() names them: an unnamed lone Knative container is `user-container`.
    return isObject(c) && typeof c['name'] === 'string' ? c['name'] : isKnative(base) && field === 'containers' && list.length === 1 ? 'user-container' : `#${i}`;
  };
  const pod: Record<string, unknown> = {};
  const list = (field: string): Record<string, unknown>[] => (Array.isArray(pod[field]) ? pod[field] : (pod[field] = [])) as Record<string, unknown>[];
  /** The layer's entry for container `name` (its latest, unless that one deletes it), added when there is none. */
  const entry = (field: string, name: string): Record<string, unknown> => {
    const l = list(field);
    for (let j = l.length - 1; j >= 0; j--) if (l[j]!['name'] === name) { if (l[j]!['$patch'] !== 'delete') return l[j]!; break; }
    const c = { name };
    l.push(c);
    return c;
  };
  /** Container `name` deleted (`$patch: delete`): what earlier layers and ops wrote for it is gone. */
  const drop = (field: string, name: string) => {
    const l = list(field);
    for (let j = l.length - 1; j >= 0; j--) if (l[j]!['name'] === name) l.splice(j, 1);
    l.push({ name, $patch: 'delete' });
  };
  // What each op wrote (a container entry of the layer, or the pod, and the keys under it), for a finding to point at the op.
  const writes: { entry: Record<string, unknown> | null; field: string; keys: (string | number)[]; op: OpAt; value?: OpAt }[] = [];
  const wrote = (e: Record<string, unknown> | null, field: string, keys: (string | number)[], op: OpAt & { valueAt?: OpAt }) => {
    // A later op over a value replaces what earlier ones wrote under it.
    for (let j = writes.length - 1; j >= 0; j--) {
      const w = writes[j]!;
      if (w.entry === e && w.keys.length >= keys.length && keys.every((k, n) => w.keys[n] === k)) writes.splice(j, 1);
    }
    writes.push({ entry: e, field, keys, op, ...(op.valueAt ? { value: op.valueAt } : {}) });
  };
  const set = (node: Record<string, unknown>, keys: string[], s: { op: string; value: unknown }) => {
    for (const k of keys.slice(0, -1)) node = (isObject(node[k]) ? node[k] : (node[k] = {})) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = s.op === 'remove' ? null : wholeValue(s.value);
  };
  /** One add/replace/remove as the layer holds it; false when it is not read (the simulated pod spec takes it all the same). */
  const step = (s: { op: 'add' | 'replace' | 'remove'; segs: string[]; value: unknown }, op: OpAt & { valueAt?: OpAt }): boolean => {
    const { segs } = s;
    // The pod spec itself or a mapping holding it (`/spec/template`): an add/replace writes a whole new pod spec.
    if (segs.length <= prefix.length) {
      if (s.op === 'remove' || segs.some((k, i) => k !== prefix[i])) return false;
      const spec = pointerGet(s.value, prefix.slice(segs.length));
      if (!isObject(spec)) return false;
      doc = cloneValue(spec);
      for (const k of Object.keys(pod)) delete pod[k];
      Object.assign(pod, wholeValue(spec));
      for (const f of CONTAINER_LISTS) pod[f] = [{ $patch: 'replace' }, ...(Array.isArray(spec[f]) ? cloneValue(spec[f]) : [])];
      wrote(null, '', [], op);
      return true;
    }
    if (prefix.some((k, i) => segs[i] !== k)) return false;
    const rest = segs.slice(prefix.length);
    const field = rest[0];
    let done = false;
    if (field === 'containers' || field === 'initContainers') {
      const items = s.op === 'remove' ? [] : s.value;
      const len = Array.isArray(doc[field]) ? (doc[field] as unknown[]).length : 0;
      const i = rest[1] === '-' ? len : /^\d+$/.test(rest[1] ?? '') ? Number(rest[1]) : -1;
      const name = i >= 0 ? nameAt(field, i) : undefined;
      const value = s.value;
      if (rest.length === 1 && Array.isArray(items)) {
        // The whole list: its containers replace the earlier ones (`- $patch: replace`); removed, none is left.
        pod[field] = [{ $patch: 'replace' }, ...cloneValue(items)];
        wrote(null, field, [field], op);
        done = true;
      } else if (rest.length === 2 && s.op === 'remove' && name !== undefined) {
        drop(field, name);
        done = true;
      } else if (rest.length === 2 && s.op !== 'remove' && isObject(value) && i >= 0 && i <= len) {
        // A whole container: `replace` puts this one in the place of the one at that index; `add` inserts a new one.
        if (s.op === 'replace' && name === undefined) return false;
        const named = typeof value['name'] === 'string' ? value['name'] : s.op === 'replace' ? name : undefined;
        if (named !== undefined) {
          if (s.op === 'replace') drop(field, name!);
          const c = { ...cloneValue(value), name: named };
          list(field).push(c);
          wrote(c, field, [], op);
          done = true;
        }
      } else if (rest[2] === 'env' && rest.length === 3 && name !== undefined) {
        // The whole `env` list: it replaces the earlier entries (removed, none is left).
        const c = entry(field, name);
        if (s.op === 'remove') c['env'] = null;
        else if (Array.isArray(s.value)) c['env'] = [{ $patch: 'replace' }, ...cloneValue(s.value)];
        else return false;
        wrote(c, field, ['env'], op);
        done = true;
      } else if (rest[2] === 'env' && (rest.length === 4 || (rest.length === 5 && rest[4] === 'value')) && name !== undefined && /^(?:\d+|-)$/.test(rest[3]!)) {
        // An entry of a container's `env` by index (`…/containers/0/env/-`, `…/env/1`, `…/env/1/value`): the layer holds
        // it by name, as strategic merge keys env entries (the entry that index names in the pod spec so far, a new one
        // appended); a `replace` or `remove` of an entry deletes the one it names first.
        const envList = pointerGet(doc, [field, rest[1]!, 'env']);
        const len = Array.isArray(envList) ? envList.length : 0;
        const k = rest[3] === '-' ? len : Number(rest[3]);
        const named: unknown = Array.isArray(envList) ? envList[k] : undefined;
        const was = isObject(named) && typeof named['name'] === 'string' ? named['name'] : undefined;
        const c = entry(field, name);
        const env = (Array.isArray(c['env']) ? c['env'] : (c['env'] = [])) as Record<string, unknown>[];
        const v = s.value;
        let put: Record<string, unknown> | null = null;
        if (rest.length === 5) {
          // Just the value of the entry at that index.
          if (was === undefined) return false;
          put = s.op === 'remove' ? { name: was } : { name: was, value: cloneValue(v) };
        } else {
          if (s.op !== 'add' && was === undefined) return false;
          if (s.op !== 'add') env.push({ name: was, $patch: 'delete' });
          if (s.op !== 'remove') {
            if (!isObject(v) || typeof v['name'] !== 'string') return false;
            put = cloneValue(v);
          }
        }
        if (put) {
          env.push(put);
          wrote(c, field, ['env', env.length - 1], op);
        }
        done = true;
      } else if (rest.length > 2 && name !== undefined && rest[2] !== 'name' && !rest.slice(2).some((k) => /^(?:\d+|-)$/.test(k))) {
        const c = entry(field, name);
        set(c, rest.slice(2), s);
        wrote(c, field, rest.slice(2), op);
        done = true;
      }
    } else if (!rest.some((k) => /^(?:\d+|-)$/.test(k))) {
      set(pod, rest, s);
      wrote(null, '', rest, op);
      done = true;
    }
    pointerApply(doc, rest, s.op, s.value);
    return done;
  };
  let applied = 0;
  let first: OpAt | null = null;
  for (const op of p.ops) {
    const segs = pointerSegments(op.path);
    if (!segs) continue;
    let steps: { op: 'add' | 'replace' | 'remove'; segs: string[]; value: unknown }[];
    if (op.op === 'add' || op.op === 'replace' || op.op === 'remove') steps = [{ op: op.op, segs, value: op.value }];
    else if (op.op === 'move' || op.op === 'copy') {
      // The value at `from`, in the pod spec as the definition and the earlier ops leave it (one from elsewhere is not known).
      const from = op.from !== undefined ? pointerSegments(op.from) : null;
      if (!from || from.length < prefix.length || prefix.some((k, i) => from[i] !== k)) continue;
      const value = cloneValue(pointerGet(doc, from.slice(prefix.length)));
      if (value === undefined) continue;
      steps = [...(op.op === 'move' ? [{ op: 'remove' as const, segs: from, value: undefined }] : []), { op: 'add', segs, value }];
    } else continue; // `test` changes nothing.
    let any = false;
    for (const s of steps) if (step(s, op)) any = true;
    if (any) { applied++; first ??= op; }
  }
  if (!applied || !first) return null;
  // Each write at the path its value has in the layer (a container entry's index, as the list ends up).
  const where = new Map<string, OpAt>();
  for (const w of writes) {
    if (!w.entry) { where.set(JSON.stringify([...prefix, ...w.keys]), w.op); continue; }
    const at = Array.isArray(pod[w.field]) ? (pod[w.field] as unknown[]).indexOf(w.entry) : -1;
    if (at >= 0) where.set(JSON.stringify([...prefix, w.field, at, ...w.keys]), w.op);
    // An env entry's value, where the op writes it (`value: { name: DEBUG, value: "True" }`).
    if (at >= 0 && w.value) where.set(JSON.stringify([...prefix, w.field, at, ...w.keys, 'value']), w.value);
  }
  let value: Record<string, unknown> = pod;
  for (const k of [...prefix].reverse()) value = { [k]: value };
  return { file: p.file, docIndex: 100000 + index, apiVersion: base.apiVersion, kind, name: base.name, item: null, value: { ...value, metadata: { name: base.name } }, line: first.line, loc: opLoc(where, first) };
}

/**
 * A JSON pointer's keys (`/metadata/annotations/a~1b` → metadata, annotations, a/b); null for one through `__proto__`, which
 * the layers built from it would write onto Object.prototype (no Kubernetes field is named so).
 */
const pointerSegments = (path: string): string[] | null => {
  const segs = path.split('/').slice(1).map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
  return segs.includes('__proto__') ? null : segs;
};

/**
 * The `loc` of a layer made of JSON 6902 ops (`where`: the path each op wrote → the op's position): a finding about a setting
 * points at the op that wrote it or the mapping holding it (inline ops in a block scalar: in its lines), else at the first op.
 */
function opLoc(where: Map<string, { line: number; column: number }>, first: { line: number; column: number }): (path: YamlPath) => { line: number; column: number } {
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const op = where.get(JSON.stringify(path.slice(0, n)));
      if (op) return { line: op.line, column: op.column };
    }
    return { line: first.line, column: first.column };
  };
}

/** The docIndex of a kustomization's inline patch `i` (past any real document's): `200000 + i`, the id targetedPatches keys it by. */
const INLINE_PATCH_DOC = 200000;

/**
 * An entry of a kustomization's `patchesStrategicMerge` written inline (a manifest as a YAML string, `- |-` with the
 * patch below it, or a one-line flow mapping) rather than as a patch file's path: kustomize reads an entry that is not
 * a file it can load as the patch itself. A string holding a line break, or one that parses as a mapping, is inline; a
 * path (`patch.yaml`) is not.
 */
export function isInlineStrategicMerge(entry: unknown): entry is string {
  if (typeof entry !== 'string') return false;
  if (entry.includes('\n')) return true;
  const t = entry.trim();
  return t.startsWith('{') && isObject(parseYaml('inline.yaml', t).docs[0]?.value);
}

/** The docIndex of the `d`th document of inline `patchesStrategicMerge` entry `i` (past `patches:` entries' ids). */
const inlineSmDoc = (i: number, d: number) => INLINE_PATCH_DOC + 100000 + i * 1000 + d;

/**
 * Inline strategic-merge patches of kustomizations (`patchesStrategicMerge: [|- <a manifest>]`, applied first as
 * kustomize applies them, then `patches: [{ patch: |- <a manifest> }]`), as objects of the kustomization file, located
 * in its text (a block scalar's lines; else at the entry or the `patch:` key).
 */
const inlinePatchObjects = perView(function inlinePatchObjects(snapshot: SnapshotView): K8sObject[] {
  const out: K8sObject[] = [];
  for (const f of filesWhere(snapshot.files, isKustomizationFile)) {
    if (isTemplate(f) || isTestFile(f)) continue;
    const lines = snapshot.lines(f) ?? [];
    /** The objects of the manifest `text` written at `key` (a block scalar's lines below it), ids from `index(d)`. */
    const read = (text: string, key: { line: number; column: number }, index: (d: number) => number, docs: number) => {
      const block = /(?::|^\s*-)\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(lines[key.line - 1] ?? '');
      const indent = block ? (/^\s*/.exec(lines[key.line] ?? '')?.[0].length ?? 0) : 0;
      parseYaml(f, text).docs.slice(0, docs).forEach((inner, d) => {
        if (!isObject(inner.value) || Array.isArray(inner.value)) return;
        const loc = (path: YamlPath, k?: boolean) => {
          const at = block ? inner.loc(path, k) : null;
          return at ? { line: key.line + at.line, column: indent + at.column } : key;
        };
        const obj = toK8sObject(f, { index: index(d), value: inner.value, loc, tag: () => null });
        if (obj) out.push(obj);
      });
    };
    for (const doc of snapshot.yaml(f)?.docs ?? []) {
      const v = doc.value;
      if (!isObject(v)) continue;
      if (Array.isArray(v['patchesStrategicMerge'])) {
        (v['patchesStrategicMerge'] as unknown[]).slice(0, 500).forEach((e, i) => {
          if (!isInlineStrategicMerge(e)) return;
          read(e, doc.loc(['patchesStrategicMerge', i]) ?? { line: 1, column: 1 }, (d) => inlineSmDoc(i, d), 100);
        });
      }
      if (!Array.isArray(v['patches'])) continue;
      (v['patches'] as unknown[]).forEach((e, i) => {
        if (!isObject(e) || typeof e['patch'] !== 'string') return;
        // With a target, kustomize patches the objects the target selects whatever the patch's own
        // metadata says (targetedPatches); without one, the patch's kind and name select.
        read(e['patch'], doc.loc(['patches', i, 'patch'], true) ?? { line: 1, column: 1 }, () => INLINE_PATCH_DOC + i, 1);
      });
    }
  }
  return out;
});

export const k8sWorkloads = perView(function k8sWorkloads(snapshot: SnapshotView): K8sWorkload[] {
  const patchFiles = new Map(kustomizePatchFiles(snapshot));
  const kz = kustomizations(snapshot);
  const targeted = targetedPatches(snapshot);
  const groups = new Map<string, K8sObject[] | K8sWorkload>();
  const selecting: { obj: K8sObject; refs: TargetRef[] }[] = [];
  for (const obj of [...snapshot.k8sObjects(), ...inlinePatchObjects(snapshot)]) {
    if (isTemplate(obj.file) || isTestFile(obj.file) || !podSpec(obj)) continue;
    // An inline patch of a kustomization belongs to that kustomization's overlay.
    if (isKustomizationFile(obj.file) && !patchFiles.has(obj.file)) patchFiles.set(obj.file, dirname(obj.file));
    // A patch with a `target` patches what the target selects, never a workload of its own name.
    const refs = targeted.get(objectId(obj));
    if (refs) { selecting.push({ obj, refs }); continue; }
    const solo = `\u0001${objectId(obj)}`;
    // A Go template (a chart's, or one outside a chart whose actions stand as YAML structure: gomplate's `{{- if .Env.X }}`): judged alone, as a template.
    if (isGoTemplatedManifest(snapshot, obj.file)) { groups.set(solo, mergeWorkload([obj], true)); continue; }
    const key = obj.name === null ? solo : `${isKnative(obj) ? 'knative:' : ''}${obj.kind}\u0000${obj.name}`;
    const g = groups.get(key);
    if (Array.isArray(g)) g.push(obj); else groups.set(key, [obj]);
  }
  /** The definitions (objects naming an image, not patches) of each workload group that a target selects. */
  const selected = (ref: TargetRef): { g: K8sObject[]; base: K8sObject }[] => {
    const out: { g: K8sObject[]; base: K8sObject }[] = [];
    for (const g of groups.values()) {
      if (!Array.isArray(g)) continue;
      const base = g.find((o) => !patchFiles.has(o.file) && containers(o).some((c) => typeof c.container['image'] === 'string') && targetSelects(snapshot, kz, ref, o));
      if (base) out.push({ g, base });
    }
    return out;
  };
  for (const { obj, refs } of selecting) for (const ref of refs) {
    if (!patchFiles.has(obj.file)) patchFiles.set(obj.file, ref.dir);
    for (const { g } of selected(ref)) if (!g.includes(obj)) g.push(obj);
  }
  // JSON 6902 patches join the workloads they target, as a layer of the kustomization that applies them.
  json6902Patches(snapshot).forEach((p, i) => {
    for (const { g, base } of selected({ target: p.target, dir: p.dir })) {
      const obj = json6902Object(p, base, i);
      if (!obj) continue;
      g.push(obj);
      if (!patchFiles.has(p.file)) patchFiles.set(p.file, p.dir);
    }
  });
  return [...groups.values()].flatMap((g) => (Array.isArray(g) ? workloadVariants(g, patchFiles, kz, snapshot) : [g]));
});

/** What a kustomize patch's `target` selects: each field an anchored regular expression (kustomize's), labels by selector. */
interface PatchTarget { group?: RegExp; version?: RegExp; kind?: RegExp; name?: RegExp; namespace?: RegExp; literalName?: string; labelSelector?: string; annotationSelector?: string }
/** A patch's target and the kustomization (folder) that applies it. */
interface TargetRef { target: PatchTarget; dir: string }

const objectId = (o: K8sObject) => `${o.file}\u0000${o.docIndex}\u0000${o.item ?? ''}`;

function patchTarget(t: Record<string, unknown>): PatchTarget {
  const out: PatchTarget = {};
  for (const k of ['group', 'version', 'kind', 'name', 'namespace'] as const) {
    const v = t[k];
    if (typeof v !== 'string' || v === '') continue;
    try { out[k] = new RegExp(`^(?:${v})$`); } catch { out[k] = new RegExp(`^${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`); }
    if (k === 'name') out.literalName = v;
  }
  if (typeof t['labelSelector'] === 'string' && t['labelSelector'].trim()) out.labelSelector = t['labelSelector'];
  if (typeof t['annotationSelector'] === 'string' && t['annotationSelector'].trim()) out.annotationSelector = t['annotationSelector'];
  return out;
}

/**
 * Whether a Kubernetes label selector (`app=web,tier in (a, b),!legacy`) matches `labels`; an expression
 * it cannot read matches nothing (kustomize refuses it).
 */
function labelSelectorMatches(selector: string, labels: Record<string, string>): boolean {
  const parts = selector.match(/[^,(]+(?:\([^)]*\))?[^,]*/g) ?? [];
  return parts.every((raw) => {
    const p = raw.trim();
    if (!p) return true;
    let m = /^([\w./-]+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(p);
    if (m) {
      const set = m[3]!.split(',').map((x) => x.trim());
      const has = m[1]! in labels && set.includes(labels[m[1]!]!);
      return m[2] === 'in' ? has : !has;
    }
    m = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(p);
    if (m) return m[2] === '!=' ? labels[m[1]!] !== m[3] : labels[m[1]!] === m[3];
    m = /^(!?)\s*([\w./-]+)$/.exec(p);
    if (m) return m[1] ? !(m[2]! in labels) : m[2]! in labels;
    return false;
  });
}

/** The kustomization documents by folder. */
const kustomizationDocs = perView(function kustomizationDocs(snapshot: SnapshotView): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const f of filesWhere(snapshot.files, isKustomizationFile)) {
    const v = snapshot.yaml(f)?.docs[0]?.value;
    if (isObject(v) && !out.has(dirname(f))) out.set(dirname(f), v);
  }
  return out;
});

/** The kustomizations whose build a patch of `dir` takes part in: `dir` itself, or for a Component the kustomizations that list it. */
function patchScopes(kz: ReturnType<typeof kustomizations>, dir: string, depth = 0): string[] {
  if (!kz.isComponent.has(dir) || depth > 4) return [dir];
  const out: string[] = [];
  for (const [k, list] of kz.components) if (k !== dir && list.includes(dir)) out.push(...patchScopes(kz, k, depth + 1));
  return out;
}

/**
 * Whether a patch's target selects a definition: the object must be rendered by the kustomization that
 * applies the patch (for a Component: one that lists it), and its kind, group/version, name, namespace and
 * labels as the inner kustomizations leave them (their `namePrefix`/`nameSuffix`, `namespace`,
 * `commonLabels`/`labels`) must match. A target naming the object exactly selects it even when how the
 * kustomization reaches it is not known (a remote base).
 */
function targetSelects(snapshot: SnapshotView, kz: ReturnType<typeof kustomizations>, ref: TargetRef, o: K8sObject): boolean {
  const t = ref.target;
  const group = o.apiVersion.includes('/') ? o.apiVersion.slice(0, o.apiVersion.indexOf('/')) : '';
  const version = o.apiVersion.slice(o.apiVersion.indexOf('/') + 1);
  if ((t.kind && !t.kind.test(o.kind)) || (t.group && !t.group.test(group)) || (t.version && !t.version.test(version))) return false;
  const rendered = kustomizeRendered(snapshot);
  const docs = kustomizationDocs(snapshot);
  for (const scope of patchScopes(kz, ref.dir)) {
    if (!rendered.get(scope)?.has(o.file)) continue;
    // The layers that build the object before this kustomization patches it, innermost first.
    const inner = (kustomizeRoute(kz.refs, scope, dirname(o.file), snapshot) ?? [scope]).slice(0, -1);
    let name = o.name ?? '';
    let ns = namespaceOf(o);
    const meta = isObject(o.value['metadata']) ? o.value['metadata'] : {};
    const labels: Record<string, string> = {};
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(isObject(meta['labels']) ? meta['labels'] : {})) labels[k] = String(v);
    for (const [k, v] of Object.entries(isObject(meta['annotations']) ? meta['annotations'] : {})) annotations[k] = String(v);
    for (const d of inner) {
      const k = docs.get(d);
      if (!k) continue;
      if (typeof k['namePrefix'] === 'string') name = k['namePrefix'] + name;
      if (typeof k['nameSuffix'] === 'string') name += k['nameSuffix'];
      if (typeof k['namespace'] === 'string' && k['namespace']) ns = k['namespace'];
      if (isObject(k['commonLabels'])) for (const [lk, lv] of Object.entries(k['commonLabels'])) labels[lk] = String(lv);
      if (Array.isArray(k['labels'])) for (const l of k['labels']) if (isObject(l) && isObject(l['pairs'])) for (const [lk, lv] of Object.entries(l['pairs'])) labels[lk] = String(lv);
      if (isObject(k['commonAnnotations'])) for (const [ak, av] of Object.entries(k['commonAnnotations'])) annotations[ak] = String(av);
    }
    if (t.name && !t.name.test(name)) continue;
    if (t.namespace && !t.namespace.test(ns)) continue;
    if (t.labelSelector && !labelSelectorMatches(t.labelSelector, labels)) continue;
    if (t.annotationSelector && !labelSelectorMatches(t.annotationSelector, annotations)) continue;
    return true;
  }
  return t.literalName !== undefined && t.literalName === o.name && !t.namespace && !t.labelSelector && !t.annotationSelector;
}

/**
 * Kustomize patches with a `target` (`patches: [{path|patch, target}]`, in a kustomization or a Component):
 * each patch document (a file's, or the inline one, by objectId) → the targets that apply it. Such a patch
 * applies to what its target selects, whatever its own kind and name (kustomize's multi-object patching:
 * `target: {kind: Deployment}` with `metadata: {name: not-important}`).
 */
const targetedPatches = perView(function targetedPatches(snapshot: SnapshotView): Map<string, TargetRef[]> {
  const out = new Map<string, TargetRef[]>();
  const add = (id: string, ref: TargetRef) => out.set(id, [...(out.get(id) ?? []), ref]);
  for (const f of filesWhere(snapshot.files, isKustomizationFile)) {
    if (isTemplate(f) || isTestFile(f)) continue;
    const dir = dirname(f);
    for (const doc of snapshot.yaml(f)?.docs ?? []) {
      const v = doc.value;
      if (!isObject(v) || !Array.isArray(v['patches'])) continue;
      (v['patches'] as unknown[]).forEach((e, i) => {
        if (!isObject(e) || !isObject(e['target'])) return;
        const ref: TargetRef = { target: patchTarget(e['target']), dir };
        if (typeof e['patch'] === 'string') add(`${f}\u0000${INLINE_PATCH_DOC + i}\u0000`, ref);
        else if (typeof e['path'] === 'string') {
          const path = joinPath(dir, e['path']);
          if (path === null) return;
          for (const d of snapshot.yaml(path)?.docs ?? []) if (isObject(d.value)) add(`${path}\u0000${d.index}\u0000`, ref);
        }
      });
    }
  }
  return out;
});

/**
 * A kustomize overlay's rendering of a Service defined in a base: the definition and the patches of the
 * kustomizations on the way (innermost first, then the overlay's own), for the checks that judge Services
 * (`database-port-exposed`). Patches are Service objects in the files a kustomization lists under
 * `patches`/`patchesStrategicMerge` (or inline), with the Service's name or a `target` that selects it, and
 * JSON 6902 ops under `/spec` or `/metadata/annotations` (as a layer: see serviceOpsObject).
 */
export interface K8sServiceVariant { base: K8sObject; layers: K8sObject[]; overlay: string }

export const k8sServiceVariants = perView(function k8sServiceVariants(snapshot: SnapshotView): K8sServiceVariant[] {
  const patchFiles = kustomizePatchFiles(snapshot);
  const kz = kustomizations(snapshot);
  const targeted = targetedPatches(snapshot);
  const judged = (o: K8sObject) => o.kind === 'Service' && !isTemplate(o.file) && !isTestFile(o.file);
  const objects = snapshot.k8sObjects().filter(judged);
  const bases = objects.filter((o) => !patchFiles.has(o.file) && overlayDir(o.file) === null && o.name !== null && !isGoTemplatedManifest(snapshot, o.file));
  // Each patch with the kustomization (folder) that applies it and what it selects.
  const patches: { obj: K8sObject; dir: string; selects: (b: K8sObject) => boolean }[] = [];
  for (const obj of [...objects.filter((o) => patchFiles.has(o.file)), ...inlinePatchObjects(snapshot).filter(judged)]) {
    const refs = targeted.get(objectId(obj));
    if (refs) for (const ref of refs) patches.push({ obj, dir: ref.dir, selects: (b) => targetSelects(snapshot, kz, ref, b) });
    else patches.push({ obj, dir: patchFiles.get(obj.file) ?? dirname(obj.file), selects: (b) => b.name === obj.name });
  }
  const ops = json6902Patches(snapshot).map((p, i) => ({ p, i }));
  const out: K8sServiceVariant[] = [];
  for (const k of kz.refs.keys()) {
    if (kz.isComponent.has(k) || isDevOnly(`${k}/kustomization.yaml`)) continue;
    if (kz.referenced.has(k) && overlayDir(`${k}/kustomization.yaml`) === null) continue;
    for (const base of bases) {
      const route = kustomizeRoute(kz.refs, k, dirname(base.file), snapshot);
      if (!route) continue;
      const dirs = route.flatMap((d) => [d, ...(kz.components.get(d) ?? [])]);
      const layers: K8sObject[] = [];
      for (const d of dirs) {
        for (const p of patches) if (p.dir === d && p.obj !== base && p.selects(base)) layers.push(p.obj);
        for (const { p, i } of ops) if (p.dir === d && targetSelects(snapshot, kz, { target: p.target, dir: p.dir }, base)) {
          const obj = serviceOpsObject(p, base, i);
          if (obj) layers.push(obj);
        }
      }
      if (layers.length) out.push({ base, layers, overlay: k });
    }
  }
  return out;
});

/**
 * A JSON 6902 patch of a Service as the strategic-merge layer it amounts to: its `add`/`replace` (value) and
 * `remove` (`null`) ops on fields under `/spec` (`/spec/type`, `/spec/loadBalancerSourceRanges`) and
 * `/metadata/annotations`, located at each op. RFC 6902 sets a value whole: `/spec`, `/spec/ports` or
 * `/metadata/annotations` (`/metadata`) replaced drop what earlier layers set there (`$patch: replace`, as
 * mergeServiceLayers reads it); `/spec/ports/-` appends a port. Other ops inside lists (`/spec/ports/0/port`)
 * are not read. Null when none applies.
 */
function serviceOpsObject(p: Json6902Patch, base: K8sObject, index: number): K8sObject | null {
  const value: Record<string, unknown> = {};
  const where = new Map<string, { line: number; column: number }>();
  let first = null as OpAt | null;
  const at = (path: YamlPath, op: { line: number; column: number }) => {
    // A later op over a value replaces what earlier ones wrote under it.
    const key = JSON.stringify(path);
    for (const k of [...where.keys()]) if (k === key || k.startsWith(`${key.slice(0, -1)},`)) where.delete(k);
    where.set(key, op);
    first ??= op;
  };
  const node = (keys: string[]): Record<string, unknown> => {
    let n = value;
    for (const k of keys) n = (isObject(n[k]) ? n[k] : (n[k] = {})) as Record<string, unknown>;
    return n;
  };
  const replaced = (v: unknown): Record<string, unknown> => ({ $patch: 'replace', ...(isObject(v) ? cloneValue(v) : {}) });
  for (const op of p.ops) {
    if (op.op !== 'add' && op.op !== 'replace' && op.op !== 'remove') continue;
    const segs = pointerSegments(op.path);
    if (!segs) continue;
    const write = op.op !== 'remove';
    if (segs.length === 1 && segs[0] === 'spec') {
      if (!write || !isObject(op.value)) continue;
      const spec = replaced(op.value);
      if (Array.isArray(spec['ports'])) spec['ports'] = [{ $patch: 'replace' }, ...spec['ports']];
      value['spec'] = spec;
      at(segs, op);
    } else if (segs.length === 1 && segs[0] === 'metadata') {
      if (!write || !isObject(op.value)) continue;
      value['metadata'] = { annotations: replaced(op.value['annotations']) };
      at(segs, op);
    } else if (segs.length === 2 && segs[0] === 'metadata' && segs[1] === 'annotations') {
      node(['metadata'])['annotations'] = write ? replaced(op.value) : null;
      at(segs, op);
    } else if (segs.length === 2 && segs[0] === 'spec' && segs[1] === 'ports') {
      node(['spec'])['ports'] = write ? (Array.isArray(op.value) ? [{ $patch: 'replace' }, ...cloneValue(op.value)] : cloneValue(op.value)) : null;
      at(segs, op);
    } else if (segs.length === 3 && segs[0] === 'spec' && segs[1] === 'ports' && segs[2] === '-' && op.op === 'add' && isObject(op.value)) {
      const spec = node(['spec']);
      const ports = Array.isArray(spec['ports']) ? spec['ports'] : (spec['ports'] = []);
      ports.push(cloneValue(op.value));
      at(['spec', 'ports', ports.length - 1], op);
    } else {
      if (!(segs[0] === 'spec' && segs.length >= 2) && !(segs[0] === 'metadata' && segs[1] === 'annotations')) continue;
      if (segs.some((k) => /^(?:\d+|-)$/.test(k))) continue;
      node(segs.slice(0, -1))[segs[segs.length - 1]!] = write ? cloneValue(op.value) : null;
      at(segs, op);
    }
  }
  if (!first) return null;
  return { file: p.file, docIndex: 300000 + index, apiVersion: base.apiVersion, kind: base.kind, name: base.name, item: null, value: { ...value, metadata: { name: base.name, ...(isObject(value['metadata']) ? value['metadata'] : {}) } }, line: first.line, loc: opLoc(where, first) };
}
