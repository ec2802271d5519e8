/**
 * Spring Boot configuration files (`application.properties`, `application-prod.yml`): their settings as
 * flat canonical keys (`server.ssl.enabled-protocols`), with lines and the profile each applies to.
 */
import { dirname, hasDevWord, isSpringConfig, isTemplate, isTestFile, isVendoredOrGenerated, springFileProfile } from '../../repo/classify.js';
import { isObject, type YamlPath } from '../../repo/yaml.js';
import { parseSpringYaml } from '../../repo/prerender.js';

export { isSpringConfig, springFileProfile } from '../../repo/classify.js';

/**
 * Whether a profile (or profile expression) is for development or tests only: `dev`, `local`, `dev-alice`,
 * `dev,local`, `dev & docker`. Not `prod`, `!prod`, `dev | prod`.
 */
export function isDevProfile(profile: string | null): boolean {
  if (profile === null || profile.includes('!')) return false;
  const alternatives = profile.split(/[|,]/).map((a) => a.trim()).filter(Boolean);
  return alternatives.length > 0 && alternatives.every((a) => a.split(/[\s&()]+/).some(hasDevWord));
}

/** One setting: its canonical key (list items as `key[0]`), value, where its key is, and the profile its document is for. */
export interface SpringSetting { key: string; value: string; line: number; column: number; profile: string | null }

/** Spring's relaxed binding: `enabledProtocols`, `enabled_protocols` and `ENABLED-PROTOCOLS` are `enabled-protocols`. */
const canonical = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/_/g, '-');
/** The keys that put a document under a profile. */
const PROFILE_KEY = /^spring\.(?:config\.activate\.on-profile|profiles)$/;
/** Bounds on a YAML walk: depth and settings per file. */
const MAX_DEPTH = 32;
const MAX_SETTINGS = 20_000;

/** The settings of a Spring configuration file (properties or YAML, every document). Never throws. */
export function springSettings(path: string, text: string): SpringSetting[] {
  const docs = /\.properties$/i.test(path) ? propertiesDocs(text) : yamlDocs(path, text);
  const out: SpringSetting[] = [];
  for (const doc of docs) {
    const profile = doc.find((s) => PROFILE_KEY.test(s.key))?.value ?? null;
    for (const s of doc) out.push({ ...s, profile });
  }
  return out;
}

type Entry = Omit<SpringSetting, 'profile'>;

/** `key=value`, `key: value`, `key value`; `#`/`!` comments; `#---` separates documents; `\` continues a line. */
function propertiesDocs(text: string): Entry[][] {
  const docs: Entry[][] = [[]];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let l = lines[i]!;
    if (/^[#!]---\s*$/.test(l)) { docs.push([]); continue; }
    if (/^\s*(?:[#!]|$)/.test(l)) continue;
    while (/(?:^|[^\\])(?:\\\\)*\\$/.test(l) && i + 1 < lines.length) l = l.slice(0, -1) + lines[++i]!.trimStart();
    const m = /^(\s*)((?:[^\s=:\\]|\\.)+)\s*[=:\s]\s*(.*)$/.exec(l) ?? /^(\s*)((?:[^\s=:\\]|\\.)+)()$/.exec(l);
    if (!m) continue;
    docs.at(-1)!.push({ key: canonical(m[2]!), value: m[3]!.trim(), line: first + 1, column: m[1]!.length + 1 });
  }
  return docs;
}

/** Every scalar of every document under its dotted key; a list of scalars is one setting (`a, b`) at its key. */
function yamlDocs(path: string, text: string): Entry[][] {
  const docs: Entry[][] = [];
  for (const doc of parseSpringYaml(path, text).docs) {
    const out: Entry[] = [];
    const walk = (value: unknown, keys: YamlPath, depth: number) => {
      if (depth > MAX_DEPTH || out.length >= MAX_SETTINGS) return;
      const at = () => doc.loc(keys, true);
      if (isObject(value)) {
        for (const [k, v] of Object.entries(value)) walk(v, [...keys, k], depth + 1);
      } else if (Array.isArray(value)) {
        if (value.every((v) => v === null || typeof v !== 'object')) {
          const loc = at();
          if (loc) out.push({ key: name(keys), value: value.filter((v) => v !== null).join(', '), ...loc });
        } else {
          value.forEach((v, i) => walk(v, [...keys, i], depth + 1));
        }
      } else if (value !== null && value !== undefined && keys.length) {
        const loc = at();
        if (loc) out.push({ key: name(keys), value: String(value), ...loc });
      }
    };
    walk(doc.value, [], 0);
    docs.push(out);
  }
  return docs;
}

function name(keys: YamlPath): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${canonical(k)}`;
  return out;
}

/** Profiles production runs (`application-prod.yml`, `on-profile: production`). */
const PROD_PROFILE_WORD = /^(?:prod|production|live)$/i;

/** Whether a profile (or profile expression) is one production runs: `prod`, `production`, `prod,cloud`, `prod & eu`; not `!prod`. */
export function isProdProfile(profile: string | null): boolean {
  return profile !== null && profile.split(/[\s,|&()]+/).some((w) => PROD_PROFILE_WORD.test(w));
}

/** A setting a production profile sets, with its file. */
export interface SpringProdSetting extends SpringSetting { file: string }

/**
 * Spring Boot's override rule (`cookie-flags`, `debug-mode` and `default-credentials` share it): what production
 * profiles set in each resources folder, by folder and canonical key. Production profiles are profile files
 * (`application-prod.yml`, `application-production.properties`) and profile documents of any configuration file of
 * the folder (a `---` document with `spring.config.activate.on-profile: prod`). Templates, test and vendored files
 * set nothing.
 */
export function springProdSettings(files: readonly string[], text: (file: string) => string | undefined): Map<string, SpringProdSetting[]> {
  const out = new Map<string, SpringProdSetting[]>();
  for (const file of files) {
    if (!isSpringConfig(file) || isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
    const t = text(file);
    if (t === undefined) continue;
    const fileProfile = springFileProfile(file);
    for (const s of springSettings(file, t)) {
      if (!isProdProfile(s.profile ?? fileProfile) || PROFILE_KEY.test(s.key)) continue;
      const at = `${dirname(file)}\0${s.key}`;
      out.set(at, [...(out.get(at) ?? []), { ...s, file }]);
    }
  }
  return out;
}

/**
 * The production-profile setting that overrides a base setting (one in a file and document with no profile:
 * `application.yml`; the document's profile is the caller's to rule out) of `file` with a value `safe` accepts;
 * undefined when the file is a profile file, no production profile of its folder sets the setting, or one sets it to
 * an unsafe value too (that one is judged where it is written).
 */
export function springOverride(prod: Map<string, SpringProdSetting[]>, file: string, key: string, safe: (value: string) => boolean): SpringProdSetting | undefined {
  if (springFileProfile(file) !== null) return undefined;
  const set = prod.get(`${dirname(file)}\0${canonical(key)}`) ?? [];
  return set.length && set.every((s) => safe(s.value)) ? set[0] : undefined;
}
