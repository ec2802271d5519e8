/**
 * The Spring profiles production activates (`SPRING_PROFILES_ACTIVE`, `-Dspring.profiles.active=`, a base file's
 * `spring.profiles.active`): a development-named profile file (`application-dev.yml`) or document (`on-profile: dev`)
 * that production activates is production configuration, not development-only (the rule Django's DJANGO_SETTINGS_MODULE
 * follows: productionSettingsModules).
 */
import { isDevOnly, isSpringConfig, isTemplate, isTestFile, isVendoredOrGenerated, springFileProfile } from '../../repo/classify.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { analyseEntry, entryPoints } from './commands.js';
import { productionEnvReads } from './credentials.js';
import { springSettings } from './spring.js';

const KEY = 'SPRING_PROFILES_ACTIVE';
/** `-Dspring.profiles.active=dev` (a JVM option), `--spring.profiles.active=dev` (an application argument): group 2 the profiles. */
const ACTIVE_ARG = /(?:^|[\s"'[,])(?:-D|--)spring\.profiles\.active=(["']?)([\w.,-]+)\1/g;
/** Variables that carry JVM options to the `java` process (the images' conventions and the JVM's own). */
const JVM_OPTIONS_KEY = /^(?:JAVA_OPTS|JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|JAVA_ARGS|JVM_OPTS)$/;

/** Profile → what activates it (`ENV SPRING_PROFILES_ACTIVE in Dockerfile:3`), for production. Empty when nothing is known. */
export type ActiveSpringProfiles = ReadonlyMap<string, string>;

/**
 * The Spring profiles production activates: `SPRING_PROFILES_ACTIVE` set by a shipped Dockerfile stage's `ENV`, a production
 * compose service (`environment`, `env_file`), a Kubernetes container or ConfigMap, a production env file, a hosting platform's
 * deploy file or an entry point's environment; `-Dspring.profiles.active=…` / `--spring.profiles.active=…` in a JVM options
 * variable (`JAVA_OPTS`, `JAVA_TOOL_OPTIONS`) of those or on an entry point's command line. When none of them activates a
 * profile, the `spring.profiles.active` of a base configuration file (`application.yml`) is what runs. Development deploys
 * (a dev compose service, a development stage or file) activate nothing for production.
 */
export const productionSpringProfiles = perView(function productionSpringProfiles(snapshot: SnapshotView): ActiveSpringProfiles {
  const out = new Map<string, string>();
  const add = (value: string | null | undefined, by: string, dev: boolean) => {
    if (dev || value === null || value === undefined) return;
    const v = value.trim().replace(/^(["'])(.*)\1$/, '$2');
    // A reference (`${PROFILE}`) activates a profile not known here.
    if (v.includes('$')) return;
    for (const p of v.split(',').map((x) => x.trim())) if (/^[\w.-]+$/.test(p) && !out.has(p)) out.set(p, by);
  };
  const read = (key: string, value: string | null | undefined, by: string, dev: boolean) => {
    if (key === KEY) add(value, by, dev);
    else if (value && JVM_OPTIONS_KEY.test(key) && value.includes('spring.profiles.active')) for (const m of value.matchAll(ACTIVE_ARG)) add(m[2], by, dev);
  };
  productionEnvReads(snapshot, read);
  for (const entry of entryPoints(snapshot)) {
    if (entry.devOnly) continue;
    const at = `${entry.where} in ${entry.file}:${entry.line}`;
    for (const [k, v] of Object.entries(entry.serverEnv ?? {})) read(k, v.value, `${k} ${v.where}`, false);
    const launch = analyseEntry(snapshot, entry);
    for (const [k, v] of Object.entries(launch.env)) read(k, v, `${k} of ${at}`, false);
    for (const argv of [entry.argv, ...launch.commands.map((c) => c.argv)]) {
      const line = argv.join(' ');
      if (line.includes('spring.profiles.active')) for (const m of line.matchAll(ACTIVE_ARG)) add(m[2], `spring.profiles.active on the command line of ${at}`, false);
    }
  }
  if (!out.size) {
    // A base configuration file's own `spring.profiles.active` (overridden by any of the above).
    for (const file of snapshot.files) {
      if (!isSpringConfig(file) || springFileProfile(file) !== null || isDevOnly(file) || isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
      const text = snapshot.text(file);
      if (text === undefined || !text.includes('active')) continue;
      for (const s of springSettings(file, text)) if (s.key === 'spring.profiles.active' && s.profile === null) add(s.value, `spring.profiles.active in ${file}:${s.line}`, false);
    }
  }
  return out;
});


/**
 * What activates a profile expression (`dev`, `dev,docker`, `dev & eu`) in production, or null: a named profile production
 * activates (not a negated one, `!dev`).
 */
export function springProfileActivation(profile: string | null, active: ActiveSpringProfiles): string | null {
  if (profile === null || !active.size) return null;
  for (const w of profile.split(/[\s,|&()]+/)) if (w && !w.startsWith('!') && active.has(w)) return active.get(w)!;
  return null;
}

/** How a message names a development-named profile production activates: `Spring profile 'dev', which ENV SPRING_PROFILES_ACTIVE in Dockerfile:3 activates for production`. */
export const activatedProfile = (profile: string, by: string) => `Spring profile '${profile}', which ${by} activates for production`;

/** The checks' docs: when a development profile's settings are production's (debug-mode, cookie-flags, cors-wildcard, default-credentials). */
export const SPRING_ACTIVE_DOC = 'unless production activates that profile — `SPRING_PROFILES_ACTIVE=dev` set by a shipped Dockerfile stage\'s `ENV`, a production compose service (`environment`, `env_file`), a Kubernetes container or ConfigMap, a production env file, a hosting platform\'s deploy file or an entry point, `-Dspring.profiles.active=dev` in `JAVA_OPTS`/`JAVA_TOOL_OPTIONS` or on the command line, or, when none of these activates a profile, a base file\'s `spring.profiles.active: dev` — whose settings are then judged as production\'s, naming what activates it';
