import { basename, dirname, isDevOnly, isPython, isTemplate, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import { composeDevOnly, composeEnvironment } from '../../repo/compose.js';
import { shippedEnv } from '../../repo/dockerfile.js';
import { containers } from '../../repo/k8s.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { isObject } from '../../repo/yaml.js';
import { configEnv, pythonDependsOn, scanSource } from './code.js';

/**
 * python-decouple's `config("X", …)` reads whose value a committed repository file gives: decouple's `AutoConfig` looks in the
 * calling module's folder, then each folder above it, for `settings.ini` (its `[settings]` section) or `.env` (settings.ini first
 * in a folder; the first folder holding either wins), and a variable the process's environment lacks is read from that file
 * before the `default=`. A committed `settings.ini` with `DEBUG=True` is therefore production's value whenever the deploy does
 * not set the variable: debug-mode and default-credentials judge it as the setting's value.
 */
export interface DecoupleRead {
  /** The settings module, the line of its `NAME = config("KEY", …)`, the constant it sets and the key read. */
  module: string; line: number; name: string; key: string;
  /** `cast=bool` (decouple's boolean parse), any other cast, or none (the string as written). */
  cast: 'bool' | 'other' | null;
  /** The value the repository file gives the key: where it is written. */
  value: string; file: string; valueLine: number; valueColumn: number;
  /** Development-only: the module or the repository file is (`settings/local.py`, `dev/settings.ini`). */
  dev: boolean;
}

/** decouple's `strtobool` words: what `cast=bool` reads as true. */
export const DECOUPLE_TRUE = /^(?:y|yes|t|true|on|1)$/i;

interface Repository { file: string; values: Map<string, { value: string; line: number; column: number }> }

/** A `settings.ini`'s `[settings]` options as configparser reads them (keys in lower case: configparser's `optionxform`). */
function iniSettings(text: string): Repository['values'] {
  const out: Repository['values'] = new Map();
  let section: string | null = null;
  text.split(/\r?\n/).forEach((l, i) => {
    if (i >= 10_000) return;
    const h = /^\[([^\]\n]*)\][ \t]*$/.exec(l);
    if (h) { section = h[1]!.trim(); return; }
    if (section !== 'settings' || /^[ \t]*(?:[#;]|$)/.test(l) || /^[ \t]/.test(l)) return;
    const m = /^([^=:\s][^=:]*?)[ \t]*[=:][ \t]*(.*?)[ \t]*$/.exec(l);
    if (!m) return;
    const after = l.search(/[=:]/) + 1;
    out.set(m[1]!.toLowerCase(), { value: m[2]!, line: i + 1, column: after + (l.length - after - l.slice(after).trimStart().length) + 1 });
  });
  return out;
}

/** The repository file decouple's AutoConfig reads for a module in `dir`, or null when none is committed. */
function repositoryFor(snapshot: SnapshotView, dir: string, memo: Map<string, Repository | null>, files: ReadonlySet<string>): Repository | null {
  const known = memo.get(dir);
  if (known !== undefined) return known;
  let found: Repository | null = null;
  const ini = dir ? `${dir}/settings.ini` : 'settings.ini';
  const env = dir ? `${dir}/.env` : '.env';
  if (files.has(ini)) {
    found = { file: ini, values: iniSettings(snapshot.text(ini) ?? '') };
  } else if (files.has(env)) {
    // decouple's RepositoryEnv: keys as written (case matters), a value's quotes stripped.
    const values: Repository['values'] = new Map();
    for (const e of snapshot.envFileAt(env)?.entries ?? []) values.set(e.key, { value: e.value, line: e.line, column: e.valueColumn });
    found = { file: env, values };
  } else if (dir) {
    found = repositoryFor(snapshot, dirname(dir), memo, files);
  }
  memo.set(dir, found);
  return found;
}

/** A module-level `NAME = config("KEY", …)` (`decouple.config(…)` too): the constant, the key, the rest of the call. */
const DECOUPLE_READ = /^([A-Z_][A-Z0-9_]*)[ \t]*(?::[^=\n]*)?=[ \t]*(?:decouple\.)?config\([ \t]*(["'])([A-Za-z_]\w*)\2([^\n]*)$/gm;

/**
 * The `config("KEY", …)` reads of Python modules that import python-decouple (`from decouple import config`, `import decouple`)
 * whose key a committed `settings.ini`/`.env` of theirs sets (see DecoupleRead). Tests, templates and vendored files are not read.
 */
export const decoupleReads = perView(function decoupleReads(snapshot: SnapshotView): DecoupleRead[] {
  const out: DecoupleRead[] = [];
  // Nothing to read without a repository file (most repositories): no Python file is opened.
  const files = new Set(snapshot.files.filter((f) => basename(f) === 'settings.ini' || basename(f) === '.env'));
  if (!files.size) return out;
  // Nor without python-decouple among the project's dependencies: a committed `.env` is common, and the Python modules under it
  // would be read again after the file pass (which keeps no texts) only to find no `from decouple import config`.
  if (!pythonDependsOn(snapshot, 'python-decouple')) return out;
  const memo = new Map<string, Repository | null>();
  // Only modules in a repository file's folder or below it can reach one.
  const roots = [...files].map((f) => dirname(f));
  const under = (file: string) => roots.some((d) => d === '' || file.startsWith(`${d}/`));
  for (const file of snapshot.files) {
    if (!isPython(file) || !under(file) || isTestFile(file) || isTemplate(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (!text || !text.includes('decouple') || !/^[ \t]*(?:from[ \t]+decouple[ \t]+import\b[^\n]*\bconfig\b|import[ \t]+decouple\b)/m.test(text)) continue;
    const repo = repositoryFor(snapshot, dirname(file), memo, files);
    if (!repo || !repo.values.size) continue;
    // Read on the comment-free text (a commented-out read is none).
    const code = scanSource(file, text, 'python').code;
    DECOUPLE_READ.lastIndex = 0;
    for (let m: RegExpExecArray | null, n = 0; n < 10_000 && (m = DECOUPLE_READ.exec(code)) !== null; n++) {
      const key = m[3]!;
      const v = repo.values.get(repo.file.endsWith('.ini') ? key.toLowerCase() : key);
      if (!v) continue;
      const cast = /\bcast[ \t]*=[ \t]*bool\b/.test(m[4]!) ? 'bool' : /\bcast[ \t]*=/.test(m[4]!) ? 'other' : null;
      const line = code.slice(0, m.index).split('\n').length;
      out.push({ module: file, line, name: m[1]!, key, cast, value: v.value, file: repo.file, valueLine: v.line, valueColumn: v.column, dev: isDevOnly(file) || isDevOnly(repo.file) });
    }
  }
  return out;
});

/**
 * Whether production's own environment sets `key`, whatever to: a deploy config value (configEnv, not the repository file itself),
 * or a variable set from elsewhere — a compose `environment` pass-through (`- SECRET_KEY`, `${SECRET_KEY}`), a Kubernetes
 * `valueFrom` (a Secret), a Dockerfile `ENV` from a build argument. Decouple then reads the environment, not the file.
 * `anyCase`: names compared in any case (pydantic-settings' default).
 */
export function deploySetsKey(snapshot: SnapshotView, key: string, repositoryFile: string | null, anyCase = false): boolean {
  const lower = key.toLowerCase();
  const is = (k: unknown) => k === key || (anyCase && typeof k === 'string' && k.toLowerCase() === lower);
  if (configEnv(snapshot).some((e) => is(e.key) && !e.dev && e.file !== repositoryFile)) return true;
  for (const cf of snapshot.composeFiles()) {
    if (isTemplate(cf.path) || isTestFile(cf.path) || isDevOnly(cf.path)) continue;
    if (cf.services.some((svc) => composeDevOnly(svc) === null && composeEnvironment(svc).some((e) => is(e.key)))) return true;
  }
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file) || isDevOnly(obj.file)) continue;
    for (const c of containers(obj)) {
      const env = c.container['env'];
      if (Array.isArray(env) && env.some((e) => isObject(e) && is(e['name']))) return true;
    }
  }
  return snapshot.dockerfiles().some((df) => df.final && !isTemplate(df.path) && !isTestFile(df.path) && shippedEnv(df, df.final).some((e) => is(e.name)));
}

/** The docs line of the checks that read it. */
export const DECOUPLE_DOC = 'python-decouple: a `config("X", …)` read (`from decouple import config`) takes a variable the environment lacks from the committed `settings.ini` (its `[settings]` section) or `.env` of the module\'s folder or the nearest folder above (settings.ini first), before its `default=`: that file\'s value is judged as the setting\'s, at its line, unless production\'s deploy config sets the variable (a development-only module or file gives a note).';
