/**
 * The Spring profiles production activates (`SPRING_PROFILES_ACTIVE`, `-Dspring.profiles.active=`, a base file's
 * `spring.profiles.active`): a development-named profile file (`application-dev.yml`) or document (`on-profile: dev`)
 * that production activates is production configuration, not development-only (the rule Django's DJANGO_SETTINGS_MODULE
 * follows: productionSettingsModules).
 */
import { dirname, isDevOnly, isSpringConfig, isTemplate, isTestFile, isVendoredOrGenerated, springFileProfile } from '../../repo/classify.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { analyseEntry, entryPoints } from './commands.js';
import { productionEnvReads } from './credentials.js';
import { springSettings } from './spring.js';

const KEY = 'SPRING_PROFILES_ACTIVE';
/** `-Dspring.profiles.active=dev` (a JVM option), `--spring.profiles.active=dev` (an application argument): group 2 the profiles. */
const ACTIVE_ARG = /(?:^|[\s"'[,])(?:-D|--)spring\.profiles\.active=(["']?)([\w.,-]+)\1/g;
/** Variables that carry JVM options to the `java` process (the images' conventions and the JVM's own). */
const JVM_OPTIONS_KEY = /^(?:JAVA_OPTS|JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|JAVA_ARGS|JVM_OPTS)$/;

/**
 * Profile → what activates it (`ENV SPRING_PROFILES_ACTIVE in Dockerfile:3`) for production, and for which Spring module: `scope`
 * the module's folder when the activation reaches one module of several (a compose service building `./billing`), null when it
 * reaches them all (an image built elsewhere, a single-module repository). Empty when nothing is known.
 */
export type ActiveSpringProfiles = ReadonlyMap<string, readonly { by: string; scope: string | null }[]>;

/**
 * The folder of the Spring module a configuration file belongs to: the part before `src/main/resources/` (Maven's and Gradle's
 * layout), else the nearest folder up with a `pom.xml` or `build.gradle(.kts)`, else the file's own folder.
 */
function springModuleOf(file: string, files: ReadonlySet<string>): string {
  const i = file.startsWith('src/main/resources/') ? 0 : file.indexOf('/src/main/resources/');
  if (i >= 0) return file.slice(0, i);
  for (let d = dirname(file); ; d = dirname(d)) {
    const at = (name: string) => files.has(d ? `${d}/${name}` : name);
    if (at('pom.xml') || at('build.gradle') || at('build.gradle.kts')) return d;
    if (!d) return dirname(file);
  }
}

const inside = (outer: string, inner: string) => outer === '' || inner === outer || inner.startsWith(`${outer}/`);

/**
 * The production Spring profiles with the module each activation reaches: one deploy's `SPRING_PROFILES_ACTIVE` reaches the module
 * its build context (or Dockerfile folder) holds, or is inside, when the repository has several Spring modules (`billing/`,
 * `orders/`); a context holding no module, or the root, and a single-module repository, keep the activation repo-wide.
 */
export const productionSpringProfiles = perView(function productionSpringProfiles(snapshot: SnapshotView): ActiveSpringProfiles {
  const out = new Map<string, { by: string; scope: string | null }[]>();
  const all = new Set(snapshot.files);
  const modules = new Set<string>();
  for (const file of snapshot.files) if (isSpringConfig(file) && !isTestFile(file) && !isVendoredOrGenerated(file) && !isTemplate(file)) modules.add(springModuleOf(file, all));
  const scoped = (folder: string | undefined): string | null => {
    if (modules.size < 2 || folder === undefined || folder === '' || folder === '.') return null;
    const around = [...modules].filter((m) => m !== '' && inside(m, folder)).sort((a, b) => b.length - a.length)[0];
    if (around !== undefined) return around;
    return [...modules].some((m) => inside(folder, m)) ? folder : null;
  };
  const add = (value: string | null | undefined, by: string, dev: boolean, folder?: string) => {
    if (dev || value === null || value === undefined) return;
    const v = value.trim().replace(/^(["'])(.*)\1$/, '$2');
    // A reference (`${PROFILE}`) activates a profile not known here.
    if (v.includes('$')) return;
    const scope = scoped(folder);
    for (const p of v.split(',').map((x) => x.trim())) {
      if (!/^[\w.-]+$/.test(p)) continue;
      const list = out.get(p) ?? [];
      if (!list.some((a) => a.scope === null || a.scope === scope)) list.push({ by, scope });
      out.set(p, list);
    }
  };
  const read = (key: string, value: string | null | undefined, by: string, dev: boolean, folder?: string) => {
    if (key === KEY) add(value, by, dev, folder);
    else if (value && JVM_OPTIONS_KEY.test(key) && value.includes('spring.profiles.active')) for (const m of value.matchAll(ACTIVE_ARG)) add(m[2], by, dev, folder);
  };
  productionEnvReads(snapshot, read);
  for (const entry of entryPoints(snapshot)) {
    if (entry.devOnly) continue;
    const at = `${entry.where} in ${entry.file}:${entry.line}`;
    // A Dockerfile's own start command reaches what its folder builds.
    const folder = entry.stage ? dirname(entry.file) : undefined;
    for (const [k, v] of Object.entries(entry.serverEnv ?? {})) read(k, v.value, `${k} ${v.where}`, false, folder);
    const launch = analyseEntry(snapshot, entry);
    for (const [k, v] of Object.entries(launch.env)) read(k, v, `${k} of ${at}`, false, folder);
    for (const argv of [entry.argv, ...launch.commands.map((c) => c.argv)]) {
      const line = argv.join(' ');
      if (line.includes('spring.profiles.active')) for (const m of line.matchAll(ACTIVE_ARG)) add(m[2], `spring.profiles.active on the command line of ${at}`, false, folder);
    }
  }
  if (!out.size) {
    // A base configuration file's own `spring.profiles.active` (overridden by any of the above), for its own module.
    for (const file of snapshot.files) {
      if (!isSpringConfig(file) || springFileProfile(file) !== null || isDevOnly(file) || isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
      const text = snapshot.text(file);
      if (text === undefined || !text.includes('active')) continue;
      for (const s of springSettings(file, text)) if (s.key === 'spring.profiles.active' && s.profile === null) add(s.value, `spring.profiles.active in ${file}:${s.line}`, false, springModuleOf(file, all));
    }
  }
  return out;
});


/**
 * What activates a profile expression (`dev`, `dev,docker`, `dev & eu`) in production for the file `file` (a configuration file of
 * the module an activation reaches, or any file for a repo-wide one), or null: a named profile production activates (not a negated
 * one, `!dev`).
 */
export function springProfileActivation(profile: string | null, active: ActiveSpringProfiles, file: string): string | null {
  if (profile === null || !active.size) return null;
  for (const w of profile.split(/[\s,|&()]+/)) {
    if (!w || w.startsWith('!')) continue;
    const hit = active.get(w)?.find((a) => a.scope === null || inside(a.scope, file));
    if (hit) return hit.by;
  }
  return null;
}

/** How a message names a development-named profile production activates: `Spring profile 'dev', which ENV SPRING_PROFILES_ACTIVE in Dockerfile:3 activates for production`. */
export const activatedProfile = (profile: string, by: string) => `Spring profile '${profile}', which ${by} activates for production`;

/** The checks' docs: when a development profile's settings are production's (debug-mode, cookie-flags, cors-wildcard, default-credentials). */
export const SPRING_ACTIVE_DOC = 'unless production activates that profile — `SPRING_PROFILES_ACTIVE=dev` set by a shipped Dockerfile stage\'s `ENV`, a production compose service (`environment`, `env_file`), a Kubernetes container or ConfigMap, a production env file, a hosting platform\'s deploy file or an entry point, `-Dspring.profiles.active=dev` in `JAVA_OPTS`/`JAVA_TOOL_OPTIONS` or on the command line, or, when none of these activates a profile, a base file\'s `spring.profiles.active: dev` — whose settings are then judged as production\'s, naming what activates it; in a repository of several Spring modules, an activation a build of the repository carries (a compose service\'s `environment`/`env_file` with `build: ./billing`, a Kubernetes container running the image such a service builds and names, a Dockerfile\'s `ENV` or command line) reaches only the module its build context (or the Dockerfile\'s folder) holds, files under `billing/`, while one for an image built elsewhere reaches every module';
