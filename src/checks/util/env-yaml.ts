import { isDevOnly, isTemplate, isTestFile } from '../../repo/classify.js';
import { composeDevOnly, composeEnvironment } from '../../repo/compose.js';
import { containerEnv } from '../../repo/k8s.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { isObject, parseYaml } from '../../repo/yaml.js';
import { composeEnvReach, judgedComposeFiles } from './groups.js';
import { OMNIBUS_VARIABLE } from './omnibus.js';

/**
 * A YAML configuration document carried in an environment variable as a block scalar (Invidious' `INVIDIOUS_CONFIG: |`
 * holding `db: {user: kemal, password: kemal}` and `hmac_key: "CHANGE_ME!!"`): the application reads the text as its
 * config file. Each mapping of the document is one group of settings (a password equal to the user name in the same
 * mapping counts), each setting located at its line of the block scalar.
 */
export interface EnvYamlRow { key: string; shown: string; value: string; line: number; column: number }
export interface EnvYamlGroup {
  file: string;
  /** Where it is set, for messages: `INVIDIOUS_CONFIG of service 'invidious'`. */
  where: string;
  /** Why production does not run it (a development-only file or service, a production overlay replacing it), or null. */
  dev: string | null;
  rows: EnvYamlRow[];
}

const MAX_TEXT = 100_000;
const MAX_ROWS = 2_000;
const MAX_DEPTH = 6;
/** A key a configuration file names its settings with (`hmac_key`, `db`, `server.port`), not a line of a script or of prose. */
const SETTING_KEY = /^[A-Za-z_][\w.-]{0,100}$/;

/**
 * The document of an environment value when it is a YAML mapping written over several lines (a block scalar), else null:
 * a one-line value, a shell script, prose, a Ruby or other text that is no mapping, a mapping whose top-level keys are no
 * setting names (`echo "a: b"`), or several documents.
 */
export function envYamlDocument(value: string): ReturnType<typeof parseYaml>['docs'][number] | null {
  if (!value.includes('\n') || value.length > MAX_TEXT || !/^[ \t]*[A-Za-z_][\w.-]*[ \t]*:/m.test(value)) return null;
  const parsed = parseYaml('env.yaml', value);
  if (parsed.errors.length || parsed.docs.length !== 1) return null;
  const doc = parsed.docs[0]!;
  if (!isObject(doc.value) || !Object.keys(doc.value).length || !Object.keys(doc.value).every((k) => SETTING_KEY.test(k))) return null;
  return doc;
}

/**
 * The settings of an environment value's YAML document (see {@link envYamlDocument}), grouped by the mapping holding them,
 * located in `lines` (the file's) from `start` (where the value is written: a block scalar's indicator, or its first line).
 */
export function envYamlGroups(value: string, lines: readonly string[], start: { line: number; column: number }): EnvYamlRow[][] {
  const doc = envYamlDocument(value);
  if (!doc) return [];
  const docLines = value.split('\n').map((l) => l.replace(/\r$/, ''));
  // The file's line holding the document's line `r` (1-based): after the indicator line, or from the value's own line.
  const shift = [start.line, start.line - 1].find((base) => docLines.every((l, i) => !l.trim() || (lines[base + i]?.replace(/\r$/, '') ?? '').endsWith(l)));
  const at = (path: (string | number)[]): { line: number; column: number } => {
    const p = doc.loc(path);
    if (!p || shift === undefined) return start;
    const docLine = docLines[p.line - 1] ?? '';
    const written = lines[shift + p.line - 1]?.replace(/\r$/, '') ?? '';
    return { line: shift + p.line, column: written.length - docLine.length + p.column };
  };
  const groups: EnvYamlRow[][] = [];
  let count = 0;
  const walk = (v: unknown, path: (string | number)[], depth: number) => {
    if (depth > MAX_DEPTH || count >= MAX_ROWS) return;
    if (Array.isArray(v)) { v.slice(0, MAX_ROWS).forEach((x, i) => walk(x, [...path, i], depth + 1)); return; }
    if (!isObject(v)) return;
    const rows: EnvYamlRow[] = [];
    for (const [k, x] of Object.entries(v)) {
      if (typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x))) {
        if (count++ >= MAX_ROWS) break;
        const shown = [...path, k].map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');
        rows.push({ key: k, shown, value: String(x), ...at([...path, k]) });
      } else walk(x, [...path, k], depth + 1);
    }
    if (rows.length) groups.push(rows);
  };
  walk(doc.value, [], 0);
  return groups;
}

/**
 * Every YAML document carried in an environment value of the judged compose files' services (a value several services
 * share through an anchor or `extends` once) and of Kubernetes containers' `env`, as groups of settings. Not
 * `GITLAB_OMNIBUS_CONFIG`, which is Ruby (util/omnibus.ts), nor templates' or tests'.
 */
export const envYamlSettings = perView(function envYamlSettings(snapshot: SnapshotView): EnvYamlGroup[] {
  const out: EnvYamlGroup[] = [];
  const seen = new Set<string>();
  const add = (file: string, value: string, start: { line: number; column: number }, where: string, dev: string | null) => {
    const key = `${file}:${start.line}:${start.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const rows of envYamlGroups(value, snapshot.lines(file) ?? [], start)) out.push({ file, where, dev, rows });
  };
  for (const cf of judgedComposeFiles(snapshot)) {
    for (const svc of cf.services) {
      for (const e of composeEnvironment(svc)) {
        if (e.value === null || e.key === OMNIBUS_VARIABLE || !e.value.includes('\n')) continue;
        const at = svc.origin(e.path);
        if (isTemplate(at.file) || isTestFile(at.file)) continue;
        const dev = composeDevOnly(svc) ?? (isDevOnly(at.file) ? 'development-only file' : composeEnvReach(snapshot, svc).environment(e.key));
        add(at.file, e.value, at, `${e.key} of service '${svc.name}'`, dev);
      }
    }
  }
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
    for (const e of containerEnv(obj)) {
      if (e.name === OMNIBUS_VARIABLE || !e.value.includes('\n')) continue;
      add(obj.file, e.value, { line: e.line, column: e.column }, `${e.name} of container '${e.container.name}' in ${obj.kind} '${obj.name ?? '?'}'`, isDevOnly(obj.file) ? 'development-only file' : null);
    }
  }
  return out;
});
