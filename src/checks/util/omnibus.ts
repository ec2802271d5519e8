import { basename, filesEndingIn, isDevOnly, isTemplate, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import { composeDevOnly, composeEnvironment } from '../../repo/compose.js';
import { containerEnv } from '../../repo/k8s.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { composeEnvReach, judgedComposeFiles } from './groups.js';
import { lineColumnAt } from './text.js';

/**
 * GitLab Omnibus settings: the Ruby file `gitlab.rb` (`/etc/gitlab/gitlab.rb`, committed as `config/gitlab.rb`) and the
 * `GITLAB_OMNIBUS_CONFIG` variable of the `gitlab/gitlab-ce`/`gitlab-ee` image, whose text the container appends to it
 * (compose `environment`, a Kubernetes container's `env`). A setting is a statement `component['key'] = 'value'`
 * (`gitlab_rails['initial_root_password'] = 'changeme'`, `nginx['ssl_protocols'] = "TLSv1.2 TLSv1.3"`, nested keys
 * `a['b']['c']`), one per line or several on a line parted by `;` (`GITLAB_OMNIBUS_CONFIG: "external_url '…'; gitlab_rails['…'] = '…'"`).
 * Only string literals are settings here: `nil`, numbers, `ENV['X']`, `File.read(…)`, hashes and arrays, and a
 * double-quoted string that interpolates (`"#{…}"`) are computed or structured, and left out; comment lines are not read.
 */
export interface OmnibusSetting {
  /** The component (`gitlab_rails`, `postgresql`, `nginx`), what a setting's neighbours share (a user name beside its password). */
  component: string;
  /** The keys in brackets, outermost first (`['initial_root_password']`). */
  keys: string[];
  /** The setting as written, quotes made single: `gitlab_rails['initial_root_password']`. */
  shown: string;
  value: string;
  file: string;
  line: number;
  column: number;
  /** Where it is set, for messages: `GitLab Omnibus settings`, `GITLAB_OMNIBUS_CONFIG of service 'gitlab'`. */
  where: string;
  /** Why production does not run it (a development-only file or service, a production overlay replacing it), or null. */
  dev: string | null;
  /** The text it is read from (a file, a variable's value): settings of one text and component are judged together. */
  group: string;
}

/** The name of the settings file Omnibus reads (`gitlab.rb`); a template of it (`gitlab.rb.example`) is no deployment's. */
export const isOmnibusConfigFile = (file: string): boolean => basename(file) === 'gitlab.rb';
/** The variable the GitLab image appends to gitlab.rb when the container starts. */
export const OMNIBUS_VARIABLE = 'GITLAB_OMNIBUS_CONFIG';

const MAX_SETTINGS = 2_000;
/** `component['key']['key2'] = 'value'` at a line's start or after `;`: the value in single (`\'`, `\\`) or double quotes. */
const SETTING_RE = /(?:^|;)[ \t]*([a-z][a-z0-9_]{0,60})((?:\[[ \t]*(['"])[A-Za-z_][\w.-]{0,100}\3[ \t]*\]){1,4})[ \t]*=(?![=~>])[ \t]*(?:'((?:[^'\\\n]|\\.){0,2000})'|"((?:[^"\\\n]|\\.){0,2000})")[ \t]*(?=;|#|\r?$)/dgm;
const KEY_RE = /\[[ \t]*(['"])([A-Za-z_][\w.-]{0,100})\1[ \t]*\]/g;

/**
 * The settings of an Omnibus text (gitlab.rb, a GITLAB_OMNIBUS_CONFIG value): `offset` where the statement starts, `valueAt`
 * the value's first character (inside its quotes), `statement` its text up to the closing quote.
 */
export function omnibusStatements(text: string): { component: string; keys: string[]; value: string; offset: number; statement: string; valueAt: number }[] {
  const out: { component: string; keys: string[]; value: string; offset: number; statement: string; valueAt: number }[] = [];
  if (!text.includes('[')) return out;
  SETTING_RE.lastIndex = 0;
  for (let m = SETTING_RE.exec(text); m !== null && out.length < MAX_SETTINGS; m = SETTING_RE.exec(text)) {
    const single = m[4] !== undefined;
    const raw = single ? m[4]! : m[5]!;
    // A double-quoted string that interpolates (`"#{ENV['X']}"`) is computed when gitlab.rb is read.
    if (!single && raw.includes('#{')) continue;
    const value = single ? raw.replace(/\\(['\\])/g, '$1') : raw.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
    const [valueAt, close] = m.indices![single ? 4 : 5]!;
    const offset = m.index + /^;?[ \t]*/.exec(m[0])![0].length;
    out.push({ component: m[1]!, keys: [...m[2]!.matchAll(KEY_RE)].map((k) => k[2]!), value, offset, statement: text.slice(offset, close + 1), valueAt });
  }
  return out;
}

/**
 * The file's lines a value written from `start` may be on (`span` lines, and the one after), joined once: where a needle
 * (text of one line) is first found at or below a line, as a search line by line finds it, without reading the lines
 * again for each setting. A needle not found below a line is not looked for again below it.
 */
function lineSearch(lines: readonly string[], start: { line: number }, span: number): (needle: string, fromLine: number) => { line: number; column: number } | null {
  const first = Math.max(0, start.line - 1);
  const last = Math.min(lines.length, start.line + span + 1);
  const region = lines.slice(first, last);
  const starts: number[] = [];
  let at = 0;
  for (const l of region) { starts.push(at); at += l.length + 1; }
  const text = region.join('\n');
  const missed = new Map<string, number>();
  return (needle, fromLine) => {
    const i0 = Math.max(fromLine - 1, first) - first;
    // A needle holding a line break is on no one line.
    if (i0 >= region.length || needle.includes('\n')) return null;
    if ((missed.get(needle) ?? Infinity) <= i0) return null;
    const k = text.indexOf(needle, starts[i0]);
    if (k < 0) { missed.set(needle, Math.min(i0, missed.get(needle) ?? Infinity)); return null; }
    // The line holding it (binary search): the last one starting at or before it.
    let lo = i0;
    let hi = region.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid]! <= k) lo = mid; else hi = mid - 1; }
    return { line: first + lo + 1, column: k - starts[lo]! };
  };
}

/**
 * Where a text that is a YAML value written from (`line`, `column`) of `lines` puts its character at `offset`: the line of
 * the value holding it found among the file's lines from there on (a block scalar's line, indented), else the statement
 * itself (a quoted or folded value), else the value's start. `from` carries on from the previous setting's line.
 */
function locate(find: ReturnType<typeof lineSearch>, start: { line: number; column: number }, text: string, st: { offset: number; statement: string; valueAt: number }, from: { line: number }): { line: number; column: number } {
  const lineStart = text.lastIndexOf('\n', st.valueAt - 1) + 1;
  const lineEnd = text.indexOf('\n', st.valueAt);
  const own = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  for (const [needle, at] of [[own, st.valueAt - lineStart], [st.statement, st.valueAt - st.offset]] as const) {
    if (!needle.trim()) continue;
    const hit = find(needle, Math.max(from.line, start.line));
    if (!hit) continue;
    from.line = hit.line;
    return { line: hit.line, column: hit.column + at + 1 };
  }
  return start;
}

/**
 * Every GitLab Omnibus setting of the repository (see {@link OmnibusSetting}), located where it is written: the lines of `gitlab.rb`
 * files (not templates, tests or vendored ones), and the lines of `GITLAB_OMNIBUS_CONFIG` values in the judged compose files'
 * services (a value several services share through an anchor or `extends` once, naming them) and in Kubernetes containers' `env`.
 */
export const omnibusSettings = perView(function omnibusSettings(snapshot: SnapshotView): OmnibusSetting[] {
  const out: OmnibusSetting[] = [];
  const seen = new Map<string, OmnibusSetting>();
  const add = (s: OmnibusSetting, service?: string) => {
    const key = `${s.file}:${s.line}:${s.column}:${s.shown}`;
    const prev = seen.get(key);
    if (prev) {
      // A value several services share (a YAML anchor, an `extends` base): one setting naming them all; production's if any is.
      if (service && !prev.where.includes(`'${service}'`)) prev.where = prev.where.replace(/of services? (.*)$/, (_m, names: string) => `of services ${names}, '${service}'`);
      if (s.dev === null) prev.dev = null;
      return;
    }
    seen.set(key, s);
    out.push(s);
  };
  const shownOf = (component: string, keys: string[]) => `${component}${keys.map((k) => `['${k}']`).join('')}`;
  for (const file of filesEndingIn(snapshot.files, 'rb')) {
    if (!isOmnibusConfigFile(file) || isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (text === undefined) continue;
    for (const st of omnibusStatements(text)) {
      const at = lineColumnAt(text, st.valueAt);
      add({ component: st.component, keys: st.keys, shown: shownOf(st.component, st.keys), value: st.value, file, line: at.line, column: at.column, where: 'GitLab Omnibus settings', dev: isDevOnly(file) ? 'development-only file' : null, group: file });
    }
  }
  const located = (file: string, value: string, start: { line: number; column: number }, where: string, dev: string | null, service?: string) => {
    const lines = snapshot.lines(file) ?? [];
    const from = { line: start.line };
    const find = lineSearch(lines, start, value.split('\n').length);
    for (const st of omnibusStatements(value)) {
      const at = locate(find, start, value, st, from);
      add({ component: st.component, keys: st.keys, shown: shownOf(st.component, st.keys), value: st.value, file, line: at.line, column: at.column, where, dev, group: `${file}:${start.line}:${start.column}` }, service);
    }
  };
  for (const cf of judgedComposeFiles(snapshot)) {
    for (const svc of cf.services) {
      const e = composeEnvironment(svc).find((x) => x.key === OMNIBUS_VARIABLE && x.value !== null);
      if (!e) continue;
      const at = svc.origin(e.path);
      if (isTemplate(at.file) || isTestFile(at.file)) continue;
      const dev = composeDevOnly(svc) ?? (isDevOnly(at.file) ? 'development-only file' : composeEnvReach(snapshot, svc).environment(OMNIBUS_VARIABLE));
      located(at.file, e.value!, at, `${OMNIBUS_VARIABLE} of service '${svc.name}'`, dev, svc.name);
    }
  }
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
    for (const e of containerEnv(obj)) {
      if (e.name !== OMNIBUS_VARIABLE) continue;
      located(obj.file, e.value, { line: e.line, column: e.column }, `${OMNIBUS_VARIABLE} of container '${e.container.name}' in ${obj.kind} '${obj.name ?? '?'}'`, isDevOnly(obj.file) ? 'development-only file' : null);
    }
  }
  return out;
});
