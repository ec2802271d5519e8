/**
 * YAML files that a build step or the framework renders before a YAML parser reads them, made parseable line
 * for line (line numbers and the column where each value starts are kept):
 * - Maven resource filtering in Spring Boot configuration (`version: @project.version@`: `spring-boot-starter-parent`
 *   filters `application*.yml` with the `@` delimiter, so the token is replaced before Spring reads the file);
 * - ERB in Rails configuration (`config/database.yml`: `<% if … %>` lines, `<%= ENV.fetch(…) %>` values), which
 *   Rails renders before it parses the YAML.
 * Helm's Go templates are snapshot.ts's `neutralizeTemplate`.
 */
import { isObject, parseYaml, type YamlFile } from './yaml.js';
import { installsOf, isProdValuesPlace, type HelmInstall } from './helm-installs.js';
import { DEV_INSTALL_NAME } from './classify.js';

/** `key: value`, `- value` or `- key: value`, the key plain: group 1 is everything before the value. */
const VALUE_AT = /^(\s*(?:-\s+)?(?:[\w.\/\[\]-]+\s*:\s+|-\s+))(.*)$/;

/** A value as one single-quoted YAML scalar (so it reads as the text it is). */
const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** A Maven/Gradle filter token at the start of a plain value: `@project.version@`. */
const MAVEN_TOKEN = /^@[\w.-]+@/;

/**
 * Spring Boot configuration with unquoted Maven resource-filtering tokens made parseable, or null when it has none:
 * a plain value that starts with `@token@` (`version: @project.version@`, `- @profile@`, `name: @project.name@ API`)
 * is quoted whole, so it reads as that text: an unresolved placeholder, which the checks treat as unknown (isReference).
 * A YAML parser refuses a plain value starting with `@` (a reserved character); Maven replaces the token first.
 * Only values in block position: a token inside a flow collection (`[@a@]`) stays as it is.
 */
export function neutralizeMavenTokens(text: string): string | null {
  if (!text.includes('@')) return null;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('@')) continue;
    const m = VALUE_AT.exec(line.replace(/\r$/, ''));
    if (!m || !MAVEN_TOKEN.test(m[2]!)) continue;
    // The value up to a comment; a `: ` in it would make it a mapping, which no filtered value is.
    const value = m[2]!.replace(/\s+#.*$/, '').trimEnd();
    if (/:\s/.test(value)) continue;
    lines[i] = `${m[1]}${quoted(value)}${line.endsWith('\r') ? '\r' : ''}`;
    changed = true;
  }
  return changed ? lines.join('\n') : null;
}

/**
 * A Spring Boot YAML configuration file parsed as Spring reads it after Maven's resource filtering: when it does not
 * parse as written and holds `@token@` values, those read as placeholders (the errors, if any remain, are the file's own).
 */
export function parseSpringYaml(path: string, text: string): YamlFile {
  const y = parseYaml(path, text);
  if (!y.errors.length) return y;
  const filtered = neutralizeMavenTokens(text);
  return filtered === null ? y : parseYaml(path, filtered);
}

/** An ERB tag on one line: `<%= … %>`, `<% … %>`, `<%- … -%>`, `<%# … %>`. */
const ERB_TAG = /<%(?:(?!%>).)*%>/g;
/** A line made only of ERB tags that write nothing (`<% if … %>`, `<%- end -%>`, `<%# comment %>`) and white space. */
const ERB_CONTROL_LINE = /^\s*(?:<%-?(?!=)(?:(?!%>).)*%>\s*)+$/;

/** Whether a text holds an ERB tag. */
export const hasErb = (text: string): boolean => /<%(?:(?!%>).)*%>/.test(text);

/**
 * A YAML file with ERB made parseable line for line, or null when it cannot be: lines that are only control tags
 * (`<% if ENV["DATABASE_URL"] %>`, `<% else %>`, `<% end %>`, `<%# … %>`) become empty, and a value holding an
 * output tag (`password: <%= ENV.fetch("DB_PASSWORD") %>`) is quoted whole, so it reads as the ERB text the checks
 * treat as set at run time (an ERB read's literal fallback is judged where the checks do). Both branches of a
 * conditional stay (a literal setting in either is written in the file). A tag spread over lines, a tag in a key,
 * a line that is only an output tag (it may write YAML structure) or a control tag inside a value gives up.
 */
export function neutralizeErb(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cr = lines[i]!.endsWith('\r') ? '\r' : '';
    const line = cr ? lines[i]!.slice(0, -1) : lines[i]!;
    if (!line.includes('<%') && !line.includes('%>')) continue;
    if (/^\s*#/.test(line)) continue;
    // Every tag opens and closes on its line.
    const tags = line.match(ERB_TAG) ?? [];
    if ((line.match(/<%/g) ?? []).length !== tags.length || (line.match(/%>/g) ?? []).length !== tags.length) return null;
    if (ERB_CONTROL_LINE.test(line)) { lines[i] = cr; continue; }
    const m = VALUE_AT.exec(line);
    if (!m) return null;
    const value = m[2]!;
    // The value with its tags masked, to find a trailing comment outside them.
    const masked = value.replace(ERB_TAG, (t) => 'x'.repeat(t.length));
    const comment = masked.search(/\s#/);
    const body = (comment < 0 ? value : value.slice(0, comment)).trimEnd();
    if (!body.includes('<%')) continue; // the tags are in a comment
    if (/^["']/.test(body)) continue; // already quoted: read as the text it is
    // A control tag in a value (`<% if x %>a<% end %>`) or a flow collection around a tag: only rendering tells.
    if (/<%-?(?!=)/.test(body) || /^[[{]/.test(body)) return null;
    lines[i] = `${m[1]}${quoted(body)}${cr}`;
  }
  return lines.join('\n');
}

/** One `{{ … }}` action: its text inside the delimiters, trim markers and white space removed. */
const ACTION = /\{\{-?\s*([^]*?)\s*-?\}\}/g;
/** A line made only of actions (and white space). */
const ONLY_ACTIONS = /^\s*(?:\{\{(?:(?!\}\})[^])*\}\}\s*)+$/;
/** A values path: `.Values.a.b` or `$.Values.a.b` (plain keys only). */
const VALUES_PATH = /^\$?\.Values((?:\.[A-Za-z_][\w-]*)+)$/;

/**
 * A Helm control action's condition read against one set of chart values: true/false when it is one values path
 * (`.Values.a.b`), its negation (`not .Values.a.b`) or a conjunction of paths (`and .Values.a .Values.b`), Go
 * template truthiness (false, 0, "", null, an absent key, an empty list or map are false); null for anything else
 * (`eq`, `include`, pipelines, functions), whose result only rendering tells.
 */
function helmCondition(cond: string, values: unknown): boolean | null {
  const get = (path: string): unknown => {
    const m = VALUES_PATH.exec(path);
    if (!m) return undefined;
    let v: unknown = values;
    for (const k of m[1]!.slice(1).split('.')) {
      if (!isObject(v)) return undefined;
      v = v[k];
    }
    return v;
  };
  const truthy = (v: unknown) => !(v === undefined || v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && !v.length) || (isObject(v) && !Object.keys(v).length));
  const words = cond.trim().split(/\s+/);
  if (words.length === 1 && VALUES_PATH.test(words[0]!)) return truthy(get(words[0]!));
  if (words.length === 2 && words[0] === 'not' && VALUES_PATH.test(words[1]!)) return !truthy(get(words[1]!));
  if (words.length >= 3 && words[0] === 'and' && words.slice(1).every((w) => VALUES_PATH.test(w))) return words.slice(1).every((w) => truthy(get(w)));
  return null;
}

/**
 * A Helm chart template with the branches of its conditionals that no known set of chart values renders blanked
 * (lines kept, so positions stay), or null when nothing is blanked or the template's control structure cannot be
 * followed. `valueSets` are the chart's values as each known deployment sees them (values.yaml, and values.yaml
 * with each other values file of the chart merged over it). Only a conditional whose condition is one values path,
 * its `not`, or an `and` of paths (`{{- if .Values.debug }}`, `{{- with .Values.podSecurityContext }}`,
 * `{{- if and .Values.volumePermissions.enabled .Values.persistence.enabled }}`) is decided: a branch (its `else`
 * too) is blanked when no values set selects it. Other conditions (`eq`, `include`, functions), `range`, `define`
 * and `block` keep every line, as does everything when a control action shares its line with text it does not close
 * there or spreads over lines. So what Checkov or kube-linter render with the chart's values is what is judged,
 * and a literal setting in a branch some values file turns on still is.
 * `single`: an if/else chain keeps one branch only, for a template whose branches write the same keys
 * (`{{- if .Values.root }} securityContext: … {{- else }} securityContext: … {{- end }}`), which both kept do not parse:
 * the branch the first values set (in the order given) selecting one of the chain's renders selects, else (no set
 * decides) its first branch that may render. Without values sets every condition is undecided.
 */
export function helmDisabledBranches(text: string, valueSets: unknown[], single = false): string | null {
  if ((!valueSets.length && !single) || !/\{\{-?\s*(?:if|with)\b/.test(text)) return null;
  /** Per chain (the line of its opening action), per branch: whether it may render, and the first values set that selects it. */
  type Chains = Map<number, { live: boolean; by: number }[]>;
  const walk = (chosen: Map<number, number> | null): { text: string; changed: boolean; chains: Chains } | null => {
    const lines = text.split('\n');
    const chains: Chains = new Map();
    interface Frame { id: number; decidable: boolean; /** Per values set: a branch was already taken (later ones are not), or the chain became undecidable (null). */ taken: (boolean | null)[]; /** Whether the current branch may render. */ live: boolean }
    const stack: Frame[] = [];
    let frames = 0;
    const live = () => stack.every((f) => f.live);
    const undecided = () => (valueSets.length ? valueSets : [undefined]).map(() => null);
    const branch = (f: Frame, cond: string | null) => {
      // cond null: a plain `else`, selected by every set that took no branch yet.
      let any = false;
      let by = Infinity;
      f.taken = f.taken.map((t, i) => {
        if (t === null) { any = true; return null; }
        if (t) return true;
        const c = cond === null ? true : f.decidable ? helmCondition(cond, valueSets[i]) : null;
        if (c === null) { any = true; return null; }
        if (c) { any = true; by = Math.min(by, i); }
        return c;
      });
      const branches = chains.get(f.id) ?? [];
      chains.set(f.id, branches);
      branches.push({ live: any, by });
      f.live = any && (!chosen?.has(f.id) || chosen.get(f.id) === branches.length - 1);
    };
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const opens = (line.match(/\{\{/g) ?? []).length;
      // An action spread over lines (a `{{` its line does not close): not followed. A `}}` outside an action is text, as a
      // YAML flow mapping's end (`livenessProbe: {httpGet: {path: /, port: 80}}`), not an action's.
      if (opens && line.replace(ACTION, '').includes('{{')) return null;
      const wasLive = live();
      if (opens) {
        const actions = [...line.matchAll(ACTION)].map((m) => m[1]!).filter((a) => !a.startsWith('/*'));
        const control = actions.filter((a) => /^(?:if|with|range|define|block|else|end)\b/.test(a));
        if (control.length && !ONLY_ACTIONS.test(line)) {
          // Control actions inline with text: fine when they open and close on the line.
          let depth = 0;
          for (const a of control) { if (/^(?:if|with|range|define|block)\b/.test(a)) depth++; else if (/^end\b/.test(a)) { if (--depth < 0) return null; } else if (depth === 0) return null; }
          if (depth !== 0) return null;
        } else if (control.length) {
          for (const a of control) {
            const m = /^(if|with|range|define|block|else|end)\b\s*(.*)$/.exec(a)!;
            if (m[1] === 'if' || m[1] === 'with') {
              const f: Frame = { id: frames++, decidable: valueSets.length > 0, taken: valueSets.length ? valueSets.map(() => false) : undecided(), live: true };
              branch(f, m[2]!);
              stack.push(f);
            } else if (m[1] === 'range' || m[1] === 'define' || m[1] === 'block') {
              const f: Frame = { id: frames++, decidable: false, taken: undecided(), live: true };
              branch(f, null);
              stack.push(f);
            } else if (m[1] === 'else') {
              const f = stack[stack.length - 1];
              if (!f) return null;
              const rest = /^(?:if|with)\b\s*(.*)$/.exec(m[2]!);
              branch(f, rest ? rest[1]! : null);
            } else if (!stack.pop()) return null;
          }
          continue; // a control line itself is set aside by the Helm neutralizer
        }
      }
      if (!wasLive || !live()) { lines[i] = line.endsWith('\r') ? '\r' : ''; changed = true; }
    }
    return stack.length ? null : { text: lines.join('\n'), changed, chains };
  };
  const all = walk(null);
  if (!all) return null;
  if (single) {
    const chosen = new Map<number, number>();
    for (const [id, branches] of all.chains) {
      const live = branches.map((b, k) => ({ ...b, k })).filter((b) => b.live);
      if (live.length < 2) continue;
      chosen.set(id, live.reduce((best, b) => (b.by < best.by ? b : best)).k);
    }
    if (chosen.size) {
      const one = walk(chosen);
      return one?.changed ? one.text : null;
    }
  }
  return all.changed ? all.text : null;
}

/** A deep merge of chart values, `over` winning (Helm's coalescing of a values file over values.yaml; `null` deletes a key). */
function mergeHelmValues(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else out[k] = mergeHelmValues(base[k], v);
  }
  return out;
}

/** What helmDefaultRender reads of the repository. */
export interface HelmRepo {
  files: readonly string[]; has(path: string): boolean; /** A values file's first document. */ values(path: string): unknown;
  /** The repository's own installs of the chart at a folder (helm-installs.ts), when it can be read. */
  installs?(chart: string): HelmInstall[];
}
/** A repository snapshot as helmDefaultRender and helmValueSets read it. */
export const helmRepoOf = (s: { files: readonly string[]; has(path: string): boolean; yaml(path: string): YamlFile | undefined; text?(path: string): string | undefined }): HelmRepo =>
  ({ files: s.files, has: (f) => s.has(f), values: (f) => s.yaml(f)?.docs[0]?.value, ...(s.text ? { installs: (chart: string) => installsOf({ files: s.files, text: (f) => s.text!(f), has: (f) => s.has(f) }, chart) } : {}) });
/**
 * The lists of values files the repository's own installs give the chart at folder `chart` (`helm upgrade … -f
 * environments/prod/values.yaml`, helmfile `values:` files, Argo CD `valueFiles`, Flux `valuesFiles`, kustomize `valuesFile`),
 * the chart's `values.yaml` left out (Helm reads it first anyway), each list once, production ones first; not a development
 * install's, and not a list of one file that is already one of the chart's own values files (`values-production.yaml`).
 */
function installValuesFiles(repo: HelmRepo, chart: string): { files: string[]; install: string }[] {
  const own = new Set([...otherValuesFiles(repo, chart), ...['values.yaml', 'values.yml'].map((f) => (chart ? `${chart}/${f}` : f))]);
  const out: { files: string[]; install: string }[] = [];
  for (const i of repo.installs?.(chart) ?? []) {
    // The chart's own values.yaml is already out of the list (helm-installs.ts).
    const files = i.valueFiles.filter((f) => repo.has(f));
    if (i.dev || !files.length || (files.length === 1 && own.has(files[0]!)) || out.some((o) => o.files.join('\n') === files.join('\n'))) continue;
    out.push({ files, install: i.file });
  }
  out.sort((a, b) => Number(isProdValuesPlace(b.files.at(-1)!)) - Number(isProdValuesPlace(a.files.at(-1)!)));
  return out;
}
/** The values files of each chart folder, per file list. */
const chartValuesFiles = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * A path inside a chart folder (`rel`, relative to the folder holding `Chart.yaml`) that holds values the chart is
 * installed with: `values.yaml`, any other `*values*.yaml` (`values-production.yaml`, `values.prod.yaml`,
 * `values_prod.yaml`, `prod-values.yaml`) and the files of a `values/` folder (`values/production.yaml`); not
 * templates, subcharts (`charts/`), chart-testing's inputs (`ci/`) or tests. One rule for every check that reads a
 * chart's values (helmValueSets, image-tag-pinned): development ones among them are told by {@link isDevValuesName}.
 */
export function isChartValuesPath(rel: string): boolean {
  return /values[^/]*\.ya?ml$|(?:^|\/)values\/[^/]+\.ya?ml$/i.test(rel) && !/(?:^|\/)(?:templates|charts|ci|tests?)\//.test(rel)
    // A sample for users to copy (`example-values.yaml`, `values.sample.yaml`, `prod-values-example.yaml`): no release renders it.
    && !VALUES_SAMPLE.test(rel.slice(rel.lastIndexOf('/') + 1));
}
const VALUES_SAMPLE = /(?:^|[._-])(?:examples?|samples?|templates?|tmpl|tpl|dist|skel(?:eton)?)(?=[._-]|$)/i;

/** The chart folder a file is in: the nearest folder above it (its own included) holding a `Chart.yaml` (bounded), or null. */
export function enclosingChart(has: (path: string) => boolean, file: string): string | null {
  let dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  for (let n = 0; n < 32; n++) {
    if (has(dir ? `${dir}/Chart.yaml` : 'Chart.yaml')) return dir;
    if (!dir) return null;
    dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
  }
  return null;
}

/**
 * The values files of a chart besides `values.yaml` that a deployment installs it with (`values-production.yaml`,
 * `values/prod.yaml`), the production ones first: not templates or subcharts, and not a development install's
 * (`values-dev.yaml`, `values.local.yaml`, `values-kind.yaml`, `values/dev.yaml`… — image-tag-pinned gives their
 * images notes) or chart-testing's inputs (`ci/*-values.yaml`, `tests/`), which no production release renders.
 */
function otherValuesFiles(repo: HelmRepo, chart: string): string[] {
  let byChart = chartValuesFiles.get(repo.files);
  if (!byChart) chartValuesFiles.set(repo.files, (byChart = new Map()));
  let out = byChart.get(chart);
  if (!out) {
    const prefix = chart ? `${chart}/` : '';
    out = repo.files.filter((f) => {
      if (!f.startsWith(prefix)) return false;
      const rel = f.slice(prefix.length);
      return isChartValuesPath(rel) && !/^values\.ya?ml$/.test(rel) && !isDevValuesName(rel.slice(rel.lastIndexOf('/') + 1))
        // Not another chart's, in a folder of this one (the other chart's own `Chart.yaml` is nearer).
        && (!rel.includes('/') || enclosingChart((p) => repo.has(p), f) === chart);
    });
    out.sort((a, b) => Number(PROD_VALUES.test(b)) - Number(PROD_VALUES.test(a)));
    byChart.set(chart, out);
  }
  return out;
}
/** A development install's values file name: `values-dev.yaml`, `values_dev.yaml`, `values.local.yaml`, `dev-values.yaml`, `values/kind.yaml`. */
const DEV_VALUES = new RegExp(`^(?:values[._-])?(?:${DEV_INSTALL_NAME})(?:[._-][\\w.-]+)?\\.ya?ml$`, 'i');
/** A development install's values file, by its name (DEV_VALUES): its images are notes, and it is no values set production renders. */
export const isDevValuesName = (name: string): boolean => DEV_VALUES.test(name);
/** A production values file name: `values-production.yaml`, `values.prod.yaml`, `values_prod.yaml`, `prod-values.yaml`, `values/prd.yaml`. */
export const PROD_VALUES = /(?:^|[./_-])(?:prod|production|prd)[._-][^/]*$/i;

/**
 * A Helm chart template (`<chart>/templates/…`, the chart having `Chart.yaml` and `values.yaml`) with the branches
 * no known values set renders blanked (helmDisabledBranches), or null. The values sets: `values.yaml` with each other
 * values file of the chart merged over it (production ones first), with the parent chart's values for it (`<name>:` in
 * the values files of the chart whose `charts/` holds it) merged over it, and `values.yaml` alone (last, so a values
 * file's choice comes first where one if/else branch must be chosen: `single`, see helmDisabledBranches). A template
 * outside a chart is rendered only with `single` (every condition undecided).
 */
export function helmDefaultRender(path: string, text: string, repo: HelmRepo, single = false): string | null {
  const sets = helmValueSets(path, repo);
  if (!sets) return single ? helmDisabledBranches(text, [], true) : null;
  return helmDisabledBranches(text, sets.map((s) => s.values), single);
}

/**
 * One set of values a chart template renders with: `file` the values file merged over the chart's `values.yaml` (or
 * that file itself, for `values.yaml` alone), with `own` what that file itself sets and `defaults` the chart's
 * `values.yaml` (where a value the file leaves alone comes from: see {@link helmValueOrigin}). `prefix`: for a set made
 * from a parent chart's values file, the subchart's key there (`postgresql`), `own` being the values under it, so a
 * message names the key as written in that file (`postgresql.primary.service.type`).
 */
export interface HelmValueSet {
  values: unknown; file: string | null; prefix?: string; own?: unknown; defaults?: string; base?: HelmValueLayer;
  /** For a set of values files that an install in the repository passes (`helm upgrade … -f environments/prod/values.yaml`): the installer's file. */
  install?: string;
}
/**
 * For a set made from a parent chart's other values file (`values-production.yaml`): the parent's `values.yaml`, which
 * Helm merges under it, `own` being what it sets under the subchart's key (`prefix`).
 */
export interface HelmValueLayer { file: string; own: unknown }

/**
 * The sets of values a chart template (`<chart>/templates/…`, the chart having `Chart.yaml` and `values.yaml`) is
 * rendered with, or null outside a chart: `values.yaml` with each other values file of the chart merged over it
 * (production ones first), with the parent chart's values for it (`<name>:` in the values files of the chart whose
 * `charts/` holds it) merged over it, and `values.yaml` alone, last.
 */
export function helmValueSets(path: string, repo: HelmRepo): HelmValueSet[] | null {
  const m = /^(?:(.*)\/)?templates\/[^]*$/.exec(path);
  const chart = m?.[1] ?? '';
  const at = (f: string) => (chart ? `${chart}/${f}` : f);
  const valuesFile = m && repo.has(at('Chart.yaml')) ? ['values.yaml', 'values.yml'].map(at).find((f) => repo.has(f)) : undefined;
  if (!valuesFile) return null;
  // Once per chart and file list, as otherValuesFiles: every template of the chart renders with the same sets.
  let byChart = chartValueSets.get(repo.files);
  if (!byChart) chartValueSets.set(repo.files, (byChart = new Map()));
  const known = byChart.get(chart);
  if (known) return known;
  const defaults = repo.values(valuesFile) ?? {};
  const sets: HelmValueSet[] = otherValuesFiles(repo, chart).map((f) => ({ values: mergeHelmValues(defaults, repo.values(f)), file: f, own: repo.values(f), defaults: valuesFile }));
  // The values files the repository's own installs pass (`-f environments/prod/values.yaml`), merged in order over values.yaml:
  // the last one is the set's file, the one before it its base (more are merged in, and not named).
  for (const { files, install } of installValuesFiles(repo, chart)) {
    const layers = files.map((f) => repo.values(f));
    const below = layers.slice(0, -1).reduce<unknown>((acc, v) => mergeHelmValues(acc, v), undefined);
    sets.push({ values: layers.reduce<unknown>((acc, v) => mergeHelmValues(acc, v), defaults), file: files.at(-1)!, own: layers.at(-1), defaults: valuesFile, install, ...(files.length > 1 ? { base: { file: files.at(-2)!, own: below } } : {}) });
  }
  const sub = /^(?:(.*)\/)?charts\/([^/]+)$/.exec(chart);
  if (sub) {
    const parent = sub[1] ?? '';
    const pat = (f: string) => (parent ? `${parent}/${f}` : f);
    if (repo.has(pat('Chart.yaml'))) {
      // As Helm merges them: the parent's values.yaml under the subchart's key over the subchart's values.yaml, and each
      // other values file of the parent (`helm install -f values-production.yaml`) over that.
      const parentValues = ['values.yaml', 'values.yml'].map(pat).find((x) => repo.has(x));
      const pv = parentValues !== undefined ? repo.values(parentValues) : undefined;
      for (const key of subchartKeys(repo, pat('Chart.yaml'), at('Chart.yaml'), sub[2]!)) {
        const baseOwn = isObject(pv) ? pv[key] : undefined;
        const base = mergeHelmValues(defaults, baseOwn);
        if (isObject(pv)) sets.push({ values: base, file: parentValues!, prefix: key, own: baseOwn, defaults: valuesFile });
        for (const f of otherValuesFiles(repo, parent)) {
          const v = repo.values(f);
          if (isObject(v)) sets.push({ values: mergeHelmValues(base, v[key]), file: f, prefix: key, own: v[key], ...(isObject(pv) ? { base: { file: parentValues!, own: baseOwn } } : {}), defaults: valuesFile });
        }
        // And the values files the repository's installs of the parent pass, merged in order under the subchart's key.
        for (const { files, install } of installValuesFiles(repo, parent)) {
          const own = files.map((f) => repo.values(f)).reduce<unknown>((acc, v) => (isObject(v) ? mergeHelmValues(acc, v[key]) : acc), undefined);
          if (own !== undefined) sets.push({ values: mergeHelmValues(base, own), file: files.at(-1)!, prefix: key, own, ...(isObject(pv) ? { base: { file: parentValues!, own: baseOwn } } : {}), defaults: valuesFile, install });
        }
      }
    }
  }
  sets.push({ values: defaults, file: valuesFile });
  byChart.set(chart, sets);
  return sets;
}
/**
 * The keys a parent chart's values give subchart `dir` (in its `charts/`) its values under: the alias of each dependency
 * of the parent's `Chart.yaml` naming the subchart, else the subchart's name (its `Chart.yaml`'s, else the folder's).
 */
export function subchartKeys(repo: HelmRepo, parentChart: string, subChart: string, dir: string): string[] {
  const meta = repo.values(subChart);
  const name = isObject(meta) && typeof meta['name'] === 'string' && meta['name'] ? meta['name'] : dir;
  const parentMeta = repo.values(parentChart);
  const deps = isObject(parentMeta) ? parentMeta['dependencies'] : undefined;
  const keys = new Set<string>();
  if (Array.isArray(deps)) {
    for (const d of deps) if (isObject(d) && d['name'] === name) keys.add(typeof d['alias'] === 'string' && d['alias'] ? d['alias'] : name);
  }
  return keys.size ? [...keys] : [name];
}
/** The value sets of each chart folder, per file list. */
const chartValueSets = new WeakMap<readonly string[], Map<string, HelmValueSet[]>>();

/**
 * A template value that is one values path, optionally piped through `quote`, `trim`, `toString` or a literal `default`
 * (`{{ .Values.service.type }}`, `{{ .Values.service.type | default "ClusterIP" | quote }}`), read from one set of chart
 * values; undefined for any other action, or when the path is absent and no default is given.
 */
export function helmScalar(written: unknown, values: unknown): string | number | boolean | undefined {
  if (typeof written !== 'string') return undefined;
  const m = HELM_SCALAR.exec(written);
  if (!m) return undefined;
  let v: unknown = values;
  for (const k of valuesPathKeys(m[1]!)) v = isObject(v) ? v[k] : undefined;
  const fallback = /default\s+("[^"]*"|'[^']*'|-?\d+|true|false)/.exec(m[2]!)?.[1];
  // Helm's `default` replaces any empty value, as Go template truthiness has it.
  if ((v === undefined || v === null || v === '' || v === false || v === 0) && fallback !== undefined) v = /^["']/.test(fallback) ? fallback.slice(1, -1) : JSON.parse(fallback);
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;
}
const valuesPathKeys = (path: string): string[] => VALUES_PATH.exec(path)![1]!.slice(1).split('.');

/**
 * Where values set `set` takes the value of template action `written` (one values path, as {@link helmScalar} reads it)
 * from, named as written there: the key (under the subchart's key in a parent chart's values file) and the values file
 * that sets it, the chart's own `values.yaml` when `set.file` leaves it alone; `path` the keys in `set.values`. Undefined for
 * any other action.
 */
export function helmValueOrigin(written: unknown, set: HelmValueSet): { key: string; file: string | null; path: string[] } | undefined {
  const m = typeof written === 'string' ? HELM_SCALAR.exec(written) : null;
  if (!m) return undefined;
  const keys = valuesPathKeys(m[1]!);
  let v: unknown = set.own;
  for (const k of keys) v = isObject(v) ? v[k] : undefined;
  if (v !== undefined) return { key: [...(set.prefix !== undefined ? [set.prefix] : []), ...keys].join('.'), file: set.file, path: keys };
  let b: unknown = set.base?.own;
  for (const k of keys) b = isObject(b) ? b[k] : undefined;
  if (set.base && b !== undefined) return { key: [...(set.prefix !== undefined ? [set.prefix] : []), ...keys].join('.'), file: set.base.file, path: keys };
  return { key: keys.join('.'), file: set.defaults ?? set.file, path: keys };
}
const HELM_SCALAR = /^\s*\{\{-?\s*(\$?\.Values(?:\.[A-Za-z_][\w-]*)+)((?:\s*\|\s*(?:quote|squote|trim|toString|default\s+(?:"[^"{}]*"|'[^'{}]*'|-?\d+|true|false)))*)\s*-?\}\}\s*$/;
