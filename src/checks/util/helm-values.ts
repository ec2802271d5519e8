/**
 * What a Helm chart template's workload takes from the chart's values, read as each set of values the chart is
 * installed with renders it (helmValueSets): a key whose block is `toYaml` of one values path
 * (`securityContext:` / `{{- toYaml .Values.securityContext | nindent 12 }}`, as `helm create` writes it, or
 * `{{- toYaml . | nindent 12 }}` inside `{{- with .Values.resources }}`), so the Kubernetes checks judge what the
 * chart renders, as Checkov and kube-linter do after `helm template`, and point at the values line that decides.
 * Anything else that could write the key (an `include` of a helper, a `range`, an expression) leaves it unknown.
 */
import { isObject, type YamlPath } from '../../repo/yaml.js';
import { containers, podSpec, workloadLabel, type K8sContainer, type K8sObject } from '../../repo/k8s.js';
import { mergedContainer, type K8sMergedContainer } from './groups.js';
import { helmDisabledBranches, helmRepoOf, helmScalar, helmValueOrigin, helmValueSets, PROD_VALUES, subchartKeys, type HelmValueSet } from '../../repo/prerender.js';
import { helmInstalls, installsOf, isProdValuesPlace, type HelmInstall } from '../../repo/helm-installs.js';
import { perView, stripTemplateComments, type SnapshotView } from '../../repo/snapshot.js';
import { k8sBool } from './k8s-bool.js';

/** A chart template as one set of values renders it: its lines, with the branches that set does not select blanked (lines kept). */
export interface HelmRendering {
  set: HelmValueSet;
  /** The template's lines as written (comments aside) and as this set renders them. */
  raw: readonly string[];
  lines: readonly string[];
  /**
   * For the chart's `values.yaml` alone when production installs it otherwise: the values file that does (a production
   * values file, `values-production.yaml`, or the parent chart's values of a subchart); for a subchart rendered with the
   * parent chart's `values.yaml` when the parent has a production values file, that file; else null.
   */
  supersededBy: string | null;
}

/**
 * Where a values file writes a value: the file, the key as written there (`podSecurityContext.runAsUser`, under the
 * subchart's key in a parent chart's values file), its path in the file's first document, and `keys` its path in the values.
 */
export interface HelmValuePlace { file: string; key: string; path: YamlPath; keys: string[] }

/** How one values set renders a field below a node of a chart template's workload (helmField). */
export type HelmFieldRead =
  /** What the template writes: read the parsed template (the value there, or its absence). */
  | { from: 'template' }
  /** Nothing writes it (no key, no action that could). */
  | { from: 'absent' }
  /**
   * The values render it: `value` (undefined when the values leave it out), `at` where it is written, `block` the deepest
   * mapping of the values on the way to it (`resources: {}`: what lacks it), `source` the values path the template renders
   * (`resources`), `via` the template key that renders it; `scalar` when the template writes the field itself as one values
   * path (`runAsUser: {{ .Values.uid }}`: `source` is that path, `uid`).
   */
  | { from: 'values'; value: unknown; at: HelmValuePlace | null; block: HelmValuePlace | null; source: string; via: YamlPath; scalar?: true }
  /** Something this reading cannot follow may write it (a helper's `include`, a `range`, an expression). */
  | { from: 'unknown' }
  /** This values set does not render the node (a disabled branch). */
  | { from: 'not-rendered' };

const renderingsMemo = perView(() => new Map<string, HelmRendering[] | null>());

/**
 * The renderings of a chart template (`<chart>/templates/…` beside `Chart.yaml` and `values.yaml`), one per values set the
 * chart is installed with, or null outside a chart.
 */
export function helmRenderings(snapshot: SnapshotView, file: string): HelmRendering[] | null {
  const memo = renderingsMemo(snapshot);
  if (memo.has(file)) return memo.get(file)!;
  const text = snapshot.text(file);
  const sets = text === undefined ? null : helmValueSets(file, helmRepoOf(snapshot));
  let out: HelmRendering[] | null = null;
  if (text !== undefined && sets) {
    const bare = stripTemplateComments(text);
    const split = (t: string) => t.split('\n').map((l) => l.replace(/\r$/, ''));
    const raw = split(bare);
    const instead = helmInsteadOfDefaults(snapshot, file.replace(/(?:^|\/)templates\/[^]*$/, ''), sets);
    // For a subchart, the parent chart's production values file, which production installs over the parent's values.yaml.
    const parentProd = (s: HelmValueSet) => sets.find((o) => o.base !== undefined && o.base.file === s.file && o.prefix === s.prefix && PROD_VALUES.test(o.file!));
    out = sets.map((set) => {
      const rendered = helmDisabledBranches(bare, [set.values]);
      const supersededBy = set.defaults === undefined ? instead?.file ?? null : set.prefix !== undefined && !set.base ? parentProd(set)?.file ?? null : null;
      return { set, raw, lines: rendered === null ? raw : split(rendered), supersededBy };
    });
  }
  memo.set(file, out);
  return out;
}

/**
 * The values set that production installs the chart at `chartDir` with instead of its `values.yaml` alone (`sets`, its
 * helmValueSets): a production values file of the chart (`values-production.yaml`), the parent chart's values of a
 * subchart, a production values file the repository's installs pass (`-f environments/prod/values.yaml`), or the values
 * files they pass when every install of the chart in the repository passes some; undefined when there is none.
 */
export function helmInsteadOfDefaults(snapshot: SnapshotView, chartDir: string, sets: readonly HelmValueSet[]): HelmValueSet | undefined {
  const found = sets.find((s) => s.defaults !== undefined && s.file !== null && (s.prefix !== undefined || PROD_VALUES.test(s.file) || (s.install !== undefined && isProdValuesPlace(s.file))));
  if (found) return found;
  const installs = chartInstalls(snapshot, chartDir).filter((i) => !i.dev);
  return installs.length && installs.every((i) => i.valueFiles.length) ? sets.find((s) => s.defaults !== undefined && s.prefix === undefined && installs.some((i) => i.valueFiles.at(-1) === s.file)) : undefined;
}

/** One `{{ … }}` action: its text inside the delimiters, trim markers and white space removed. */
const ACTION = /\{\{-?\s*([^]*?)\s*-?\}\}/g;
/** A line made only of actions (and white space). */
const WHOLE_ACTIONS = /^\s*(?:\{\{(?:(?!\}\})[^])*\}\}\s*)+$/;
/** Actions that write nothing themselves: control, comments, variable assignments. */
const SILENT = /^(?:if|else|with|range|end|define|block|break|continue)\b|^\/\*|^\$\w*\s*:?=/;
/** A values path or the dot: `.Values.a.b`, `$.Values.a.b`, `.`, `.a.b` (relative to the dot). */
const EXPR = String.raw`(\$?\.Values(?:\.[A-Za-z_][\w-]*)+|\.(?:[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)?)`;
const OMITTED = String.raw`((?:\s+"[^"]*")+)`;

/** An open control action: `path` the values path a `with` sets the dot to, or the one an `if` tests (`if .Values.resources`). */
interface Frame { kind: 'if' | 'with' | 'opaque'; path: string[] | null; inElse: boolean }

/** The values path the dot stands for under these frames, or null when it is no values path (a `range`, the root context). */
function dotOf(stack: readonly Frame[]): string[] | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i]!;
    if (f.kind === 'if' || f.inElse) continue;
    return f.kind === 'with' ? f.path : null;
  }
  return null;
}

/** An expression as a values path (`.Values.a.b`, or `.`/`.a` under a `with` of one), or null. */
function resolve(expr: string, stack: readonly Frame[]): string[] | null {
  const m = new RegExp(`^${EXPR}$`).exec(expr.trim());
  if (!m) return null;
  const e = m[1]!;
  if (/^\$?\.Values\./.test(e)) return e.replace(/^\$?\.Values\./, '').split('.');
  const dot = dotOf(stack);
  if (!dot) return null;
  return e === '.' ? dot : [...dot, ...e.slice(1).split('.')];
}

/** The control frames open at line `index` (0-based) of `lines`, before column `before` of that line when given. */
function framesAt(lines: readonly string[], index: number, before = 0): Frame[] {
  const stack: Frame[] = [];
  for (let i = 0; i <= index && i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('{{')) continue;
    for (const m of line.matchAll(ACTION)) {
      if (i === index && m.index >= before) break;
      const a = m[1]!;
      const w = /^(if|with|range|define|block|else|end)\b\s*(.*)$/.exec(a);
      if (!w) continue;
      if (w[1] === 'if') stack.push({ kind: 'if', path: /^\$?\.Values\./.test(w[2]!.trim()) ? resolve(w[2]!, stack) : null, inElse: false });
      else if (w[1] === 'with') stack.push({ kind: 'with', path: resolve(w[2]!, stack), inElse: false });
      else if (w[1] === 'range' || w[1] === 'define' || w[1] === 'block') stack.push({ kind: 'opaque', path: null, inElse: false });
      else if (w[1] === 'end') stack.pop();
      else {
        const top = stack[stack.length - 1];
        if (!top) continue;
        top.inElse = true;
        const next = /^with\s+(.*)$/.exec(w[2]!);
        // `else with .Values.b`: the dot is b's (resolved outside the with whose else this is).
        if (next && top.kind === 'with') { top.path = resolve(next[1]!, stack.slice(0, -1)); top.inElse = false; }
      }
    }
  }
  return stack;
}

/** Whether the if/with chain around line `index` has one branch only (no `else`): hidden, it leaves nothing in its place. */
function loneBranch(lines: readonly string[], index: number): boolean {
  const scan = (from: number, step: 1 | -1): 'else' | 'edge' => {
    let depth = 0;
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const acts = [...(lines[i] ?? '').matchAll(ACTION)].map((m) => m[1]!);
      for (const a of step === 1 ? acts : acts.reverse()) {
        const w = /^(if|with|range|define|block|else|end)\b/.exec(a)?.[1];
        if (!w) continue;
        const opens = w !== 'else' && w !== 'end';
        if (w === 'else') { if (depth === 0) return 'else'; continue; }
        if ((step === 1 && opens) || (step === -1 && w === 'end')) depth++;
        else if (depth === 0) return 'edge';
        else depth--;
      }
    }
    return 'edge';
  };
  return scan(index + 1, 1) === 'edge' && scan(index - 1, -1) === 'edge';
}

/**
 * Whether a branch of the if/with chain around line `index` other than the one holding it writes something with rendering `r`:
 * a branch this values set does not select is blanked (helmDisabledBranches), so when every other branch is blanked too, or has
 * nothing in it, the chain writes nothing in place of the hidden line (Bitnami's `{{- if .Values.customLivenessProbe }}` /
 * `{{- else if .Values.livenessProbe.enabled }}` with `customLivenessProbe: {}` and `enabled: false`). True when the chain
 * cannot be followed (a `range` or `define` around the line, an action that writes beside a control one on its line).
 */
function otherBranchRenders(r: HelmRendering, index: number): boolean {
  const kinds = (i: number): string[] | null => {
    const line = r.raw[i] ?? '';
    if (!line.includes('{{') || !WHOLE_ACTIONS.test(line)) return null;
    const acts = [...line.matchAll(ACTION)].map((m) => m[1]!).filter((a) => !a.startsWith('/*'));
    const control = acts.map((a) => /^(if|with|range|define|block|else|end)\b/.exec(a)?.[1] ?? null);
    if (!control.some((k) => k !== null)) return null;
    // A line that writes beside its control actions: not followed.
    return control.some((k, n) => k === null && !SILENT.test(acts[n]!)) ? ['?'] : control.filter((k): k is string => k !== null);
  };
  // The chain's opening line: up from the line, the first `if`/`with` not closed before it.
  let start = -1;
  let depth = 0;
  up: for (let i = index - 1; i >= 0; i--) {
    for (const k of [...(kinds(i) ?? [])].reverse()) {
      if (k === '?') return true;
      if (k === 'end') depth++;
      else if (k !== 'else') {
        if (depth > 0) { depth--; continue; }
        if (k !== 'if' && k !== 'with') return true;
        start = i;
        break up;
      }
    }
  }
  if (start < 0) return true;
  // Down from it: each branch at the chain's level, and whether a line in it (at any depth) is rendered.
  const rendered: boolean[] = [];
  let branch = -1;
  let mine = -1;
  depth = 0;
  for (let i = start; i < r.raw.length; i++) {
    const ks = kinds(i);
    if (ks) {
      for (const k of ks) {
        if (k === '?') return true;
        if (k === 'end') { if (--depth === 0) return rendered.some((x, b) => x && b !== mine); }
        else if (k === 'else') { if (depth === 1) rendered[++branch] = false; }
        else if (++depth === 1) rendered[++branch] = false;
      }
      continue;
    }
    if (i === index) mine = branch;
    if ((r.raw[i] ?? '').trim() && (r.lines[i] ?? '').trim()) rendered[branch] = true;
  }
  return true;
}

/** A values path an output action renders as YAML (`toYaml .Values.x`, `tpl (toYaml .) $`, Bitnami's `tplvalues.render`), with the keys it omits; null for any other output. */
function renderedValues(action: string): { expr: string; omit: string[] } | null {
  const a = action.replace(/(?:\s*\|\s*(?:n?indent\s+\d+|trim))+\s*$/, '').trim();
  const keys = (s: string | undefined) => (s ? [...s.matchAll(/"([^"]*)"/g)].map((k) => k[1]!) : []);
  let m = new RegExp(`^toYaml\\s+\\(?\\s*${EXPR}\\s*\\)?$|^${EXPR}\\s*\\|\\s*toYaml$|^tpl\\s+\\(\\s*toYaml\\s+${EXPR}\\s*\\)\\s+[$.]\\S*$`).exec(a);
  if (m) return { expr: (m[1] ?? m[2] ?? m[3])!, omit: [] };
  m = new RegExp(`^toYaml\\s+\\(\\s*omit\\s+${EXPR}${OMITTED}\\s*\\)$|^omit\\s+${EXPR}${OMITTED}\\s*\\|\\s*toYaml$`).exec(a);
  if (m) return { expr: (m[1] ?? m[3])!, omit: keys(m[2] ?? m[4]) };
  // Bitnami's helpers: `include "common.tplvalues.render" (dict "value" .Values.x "context" $)` renders the value;
  // `include "common.compatibility.renderSecurityContext" (dict "secContext" .Values.x "context" $)` renders it without `enabled`.
  const inc = /^include\s+"([^"]+)"\s+\(\s*dict\s+([^()]*)\)$/.exec(a);
  if (!inc) return null;
  const arg = /tplvalues\.render$/.test(inc[1]!) ? 'value' : /renderSecurityContext$/.test(inc[1]!) ? 'secContext' : null;
  const v = arg ? new RegExp(`"${arg}"\\s+${EXPR}(?:\\s|$)`).exec(inc[2]!) : null;
  return v ? { expr: v[1]!, omit: arg === 'secContext' ? ['enabled'] : [] } : null;
}

interface OutputAction { text: string; line: number; column: number }

/**
 * The block of the mapping at `path` of the template in `lines`: the line of its key (of its first key, for a list item),
 * the indentation its entries have (a list item's: its first key's; a key's: the first line below it indented more, null
 * when none is) and the lines below it up to the end of the block.
 */
function blockOf(lines: readonly string[], obj: K8sObject, path: YamlPath): { start: number; item: boolean; keyIndent: number; childIndent: number | null; body: number[] } {
  const item = typeof path[path.length - 1] === 'number';
  const at = obj.loc(path, !item);
  const start = at.line - 1;
  const keyIndent = at.column - 1;
  let childIndent: number | null = item ? keyIndent : null;
  const body: number[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || /^\s*#/.test(line)) continue;
    if (!WHOLE_ACTIONS.test(line)) {
      const indent = line.search(/\S/);
      if (item ? indent < keyIndent : indent <= keyIndent) break;
      childIndent ??= indent;
    }
    body.push(i);
  }
  return { start, item, keyIndent, childIndent, body };
}

const outputs = (line: string, from: number) => [...line.matchAll(ACTION)].filter((m) => m.index >= from && !SILENT.test(m[1]!));

/**
 * The output actions that write directly into the mapping at `path` of the template (a key, or a list item): an action
 * that is the key's own value (`securityContext: {{- toYaml … | nindent 8 }}`), or one on a line of its own in the
 * mapping's block, indented (`nindent N`, else the line's indentation) as the mapping's entries are.
 */
function directActions(r: HelmRendering, obj: K8sObject, path: YamlPath): OutputAction[] {
  const b = blockOf(r.lines, obj, path);
  const out: OutputAction[] = [];
  if (!b.item) {
    const first = r.lines[b.start] ?? '';
    const colon = first.indexOf(':', b.keyIndent);
    if (colon >= 0) for (const m of outputs(first, colon)) out.push({ text: m[1]!, line: b.start, column: m.index });
  }
  for (const i of b.body) {
    const line = r.lines[i]!;
    if (!WHOLE_ACTIONS.test(line)) continue;
    for (const m of outputs(line, 0)) {
      const n = /\|\s*n?indent\s+(\d+)\s*$/.exec(m[1]!);
      const written = n ? Number(n[1]) : line.search(/\S/);
      if (b.childIndent !== null ? written === b.childIndent : written > b.keyIndent) out.push({ text: m[1]!, line: i, column: m.index });
    }
  }
  return out;
}

/**
 * Key `key` of the mapping at `path`, written in the template in a branch that rendering `r` leaves out
 * (`{{- with .Values.resources }}` / `resources:` … over `resources: {}`): what the values give there (nothing, from the
 * values path the branch tests), unknown when another branch may write it instead or the condition is no values path;
 * null when the template has no such key there.
 */
function hiddenKey(r: HelmRendering, obj: K8sObject, path: YamlPath, key: string): HelmFieldRead | null {
  const b = blockOf(r.raw, obj, path);
  for (const i of b.body) {
    const m = /^(\s*)(?:-\s+)?([\w.\/-]+)\s*:(?:\s|$)/.exec(r.raw[i]!);
    if (!m || m[2] !== key || (r.lines[i] ?? '').trim() || (b.childIndent !== null && r.raw[i]!.indexOf(key) !== b.childIndent)) continue;
    const top = framesAt(r.lines, i).at(-1);
    // No branch of its if/else chain writes anything with this set (each left out): nothing in the values renders there.
    if (top && top.kind !== 'opaque' && !loneBranch(r.lines, i) && !otherBranchRenders(r, i)) return { from: 'absent' };
    if (!top || top.kind === 'opaque' || !top.path || top.inElse || !loneBranch(r.lines, i)) return { from: 'unknown' };
    // A switch (`{{- if .Values.podSecurityContext.enabled }}`, `{{- if .Values.root }}`), or an outer branch when the value the
    // innermost one tests is set, leaves the key out: nothing in the values renders there.
    const tested = valueAt(r.set.values, top.path);
    if (tested !== undefined && tested !== null && !(isObject(tested) && !Object.keys(tested).length)) return { from: 'absent' };
    let block: HelmValuePlace | null = null;
    for (let n = top.path.length; n > 0 && !block; n--) if (isObject(valueAt(r.set.values, top.path.slice(0, n)))) block = placeOf(r.set, top.path.slice(0, n));
    return { from: 'values', value: undefined, at: null, block, source: top.path.join('.'), via: path };
  }
  return null;
}

const valueAt = (root: unknown, keys: readonly (string | number)[]): unknown => {
  let v = root;
  for (const k of keys) v = Array.isArray(v) && typeof k === 'number' ? v[k] : isObject(v) ? v[String(k)] : undefined;
  return v;
};

/** Where values set `set` takes the value at `keys` from: the file that sets it (else the chart's `values.yaml`), as written there. */
function placeOf(set: HelmValueSet, keys: readonly (string | number)[]): HelmValuePlace {
  const own = set.defaults !== undefined && valueAt(set.own, keys) !== undefined;
  // Else the parent chart's values.yaml that a parent's other values file is merged over, when it sets it.
  const base = !own && set.base !== undefined && valueAt(set.base.own, keys) !== undefined;
  const file = own ? set.file! : base ? set.base!.file : set.defaults ?? set.file ?? 'values.yaml';
  const path = (own || base) && set.prefix !== undefined ? [set.prefix, ...keys] : [...keys];
  return { file, key: path.join('.'), path, keys: keys.map(String) };
}

/**
 * Where values set `set` removes the value at `keys` with a `null` (Helm deletes a key a values file sets to null, and
 * `toYaml` of the missing value renders `null`): the values file that writes the null, at `keys` or a mapping on the way
 * (`livenessProbe: null` in `values-production.yaml`); null when the set gives a value there or none writes a null.
 */
export function helmNulledAt(set: HelmValueSet, keys: readonly string[]): HelmValuePlace | null {
  const v = valueAt(set.values, keys);
  if (v !== undefined && v !== null) return null;
  for (let n = keys.length; n > 0; n--) {
    const k = keys.slice(0, n);
    if (valueAt(set.values, k) === null || (set.defaults !== undefined && valueAt(set.own, k) === null) || (set.base !== undefined && valueAt(set.base.own, k) === null)) return placeOf(set, k);
  }
  return null;
}

/** How the output actions `acts` of the rendering give the field at `rest` below them. */
function fromActions(r: HelmRendering, acts: readonly OutputAction[], rest: readonly string[], via: YamlPath): HelmFieldRead {
  const sources: string[][] = [];
  for (const act of acts) {
    const src = renderedValues(act.text);
    const path = src ? resolve(src.expr, framesAt(r.lines, act.line, act.column)) : null;
    if (!src || !path) return { from: 'unknown' };
    if (rest.length && src.omit.includes(rest[0]!)) continue;
    sources.push(path);
  }
  if (!sources.length) return { from: 'absent' };
  const found = sources.find((p) => valueAt(r.set.values, [...p, ...rest]) !== undefined) ?? sources[0]!;
  const target = [...found, ...rest];
  const value = valueAt(r.set.values, target);
  let block: HelmValuePlace | null = null;
  for (let n = target.length - (value === undefined ? 1 : 0); n >= found.length && !block; n--) {
    if (isObject(valueAt(r.set.values, target.slice(0, n)))) block = placeOf(r.set, target.slice(0, n));
  }
  return { from: 'values', value, at: value === undefined ? null : placeOf(r.set, target), block, source: found.join('.'), via };
}

/**
 * How rendering `r` gives the field at `keys` below the mapping at `base` of template object `obj` (a container, the pod
 * spec): written in the template (read it there), rendered from values (the value, where it is written), absent,
 * unknown (a helper, a `range` around it, an expression), or not rendered by that set.
 */
export function helmField(r: HelmRendering, obj: K8sObject, base: YamlPath, keys: readonly string[]): HelmFieldRead {
  const blank = (index: number) => !(r.lines[index] ?? '').trim() && !!(r.raw[index] ?? '').trim();
  const top = valueAt(obj.value, base);
  if (!isObject(top)) return { from: 'unknown' };
  let node: Record<string, unknown> = top;
  const baseLine = obj.loc(base, typeof base[base.length - 1] !== 'number').line - 1;
  if (blank(baseLine)) return { from: 'not-rendered' };
  // A workload or container a `range` writes once per item is as many as the values list: not read here.
  if (framesAt(r.lines, baseLine).some((f) => f.kind === 'opaque')) return { from: 'unknown' };
  let cur: YamlPath = base;
  for (let d = 0; d < keys.length; d++) {
    const child = [...cur, keys[d]!];
    let v: unknown = node[keys[d]!];
    if (v !== undefined && blank(obj.loc(child, true).line - 1)) {
      // This set does not render the key (`{{- with .Values.resources }}` over an empty value): nothing in its place,
      // unless another branch of its if/else that this set renders writes it otherwise.
      const at = obj.loc(child, true).line - 1;
      if (!loneBranch(r.lines, at) && otherBranchRenders(r, at)) return { from: 'unknown' };
      v = undefined;
    }
    if (v === undefined) {
      const acts = directActions(r, obj, cur);
      return acts.length ? fromActions(r, acts, keys.slice(d), cur) : hiddenKey(r, obj, cur, keys[d]!) ?? { from: 'absent' };
    }
    const next = keys[d + 1];
    if (v === null || (next !== undefined && isObject(v) && !(next in v))) {
      const acts = directActions(r, obj, child);
      if (acts.length) return fromActions(r, acts, keys.slice(d + 1), child);
      if (v === null) return { from: 'absent' };
    }
    if (next === undefined && typeof v === 'string' && v.includes('{{')) return scalarAction(r, obj, child, v) ?? { from: 'template' };
    if (next === undefined || !isObject(v)) return { from: 'template' };
    node = v;
    cur = child;
  }
  return { from: 'template' };
}

/**
 * A field the template writes as one values path (`runAsUser: {{ .Values.uid }}`, `memory: {{ .Values.memory | quote }}`,
 * through `quote`, `squote`, `toString` or `trim`, as helmScalar reads `type: {{ .Values.service.type }}` for
 * database-port-exposed and scalarEnv an env `value`), as rendering `r` renders it: the value its values give, as Kubernetes
 * reads the rendered text (unquoted, a values string `"0"` is the number and `"false"` the boolean, as YAML 1.1 reads them;
 * quoted, a string), located where the values file that sets it writes it (placeOf); when the values leave it unset, nothing
 * (Helm renders the missing value empty, which Kubernetes reads as unset), `block` the deepest mapping of the values on the
 * way (`securityContext: {}`: what lacks it). Null — read the template, whose action is not judged — for any other action, a
 * value that is no scalar (a mapping renders as Go prints it), one the template's own `default` gives, or a line inside a
 * `with` (where `.Values` is not the chart's values; `$.Values` is) or a `range`.
 */
function scalarAction(r: HelmRendering, obj: K8sObject, path: YamlPath, written: string): HelmFieldRead | null {
  const origin = helmValueOrigin(written, r.set);
  if (!origin) return null;
  const frames = framesAt(r.lines, obj.loc(path).line - 1);
  if (frames.some((f) => f.kind === 'opaque' || (f.kind === 'with' && !f.inElse && !/^\s*\{\{-?\s*\$/.test(written)))) return null;
  const keys = origin.path;
  const raw = valueAt(r.set.values, keys);
  const scalar = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean';
  if ((raw !== undefined && raw !== null && !scalar) || helmScalar(written, r.set.values) !== (scalar ? raw : undefined)) return null;
  let value: unknown = raw;
  if (scalar && /\|\s*s?quote\b/.test(written)) value = String(raw);
  else if (typeof raw === 'string') {
    const bool = k8sBool(raw, () => ({ at: null, lines: undefined }));
    value = bool.kind === 'bool' ? bool.value : /^[-+]?(?:0|[1-9]\d*)$/.test(raw.trim()) ? Number(raw.trim()) : /^(?:~|null|Null|NULL)?$/.test(raw.trim()) ? null : raw;
  }
  let block: HelmValuePlace | null = null;
  for (let n = keys.length - 1; n > 0 && !block; n--) if (isObject(valueAt(r.set.values, keys.slice(0, n)))) block = placeOf(r.set, keys.slice(0, n));
  return { from: 'values', value, at: raw === undefined ? null : placeOf(r.set, keys), block, source: keys.join('.'), via: path, scalar: true };
}

/** A container a chart template takes from a values list, as one values set renders it (helmValuesContainers). */
export interface HelmValuesContainer {
  /** The list entry as written in the values file that sets the list (located there, so findings point at it). */
  container: K8sMergedContainer;
  /** The entry as a message names it: `sidecars[0]`, `extraContainers[1]` (under the subchart's key in a parent chart's values). */
  key: string;
}

/** A values path as a message names it: `sidecars[0].securityContext`. */
export const helmValuesKey = (path: readonly (string | number)[]): string => path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');

/**
 * The containers and initContainers that rendering `r` of chart template object `obj` takes from values lists: a list
 * rendered as YAML straight into the pod's `containers:` or `initContainers:` (`{{- with .Values.sidecars }}` /
 * `{{- toYaml . | nindent 8 }}` below the key, `{{- toYaml .Values.initContainers | nindent 8 }}`, Bitnami's
 * `common.tplvalues.render`), each mapping entry a container, located in the values file that writes the list (Helm
 * replaces a list whole: the entries are one file's). A branch the set leaves out renders none; a list written as a
 * string (`tpl`), a `range` or a helper's `include` is not read.
 */
export function helmValuesContainers(snapshot: SnapshotView, r: HelmRendering, obj: K8sObject): HelmValuesContainer[] {
  const ps = podSpec(obj);
  if (!ps) return [];
  const out: HelmValuesContainer[] = [];
  for (const field of ['initContainers', 'containers'] as const) {
    if (!(field in ps.spec)) continue;
    const path = [...ps.path, field];
    const keyLine = obj.loc(path, true).line - 1;
    // The key itself in a branch this set leaves out, or written once per item of a `range`: nothing read.
    if (!(r.lines[keyLine] ?? '').trim() || framesAt(r.lines, keyLine).some((f) => f.kind === 'opaque')) continue;
    for (const act of directActions(r, obj, path)) {
      const src = renderedValues(act.text);
      const keys = src && !src.omit.length ? resolve(src.expr, framesAt(r.lines, act.line, act.column)) : null;
      const list = keys ? valueAt(r.set.values, keys) : undefined;
      if (!keys || !Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        if (!isObject(entry)) return;
        const place = placeOf(r.set, [...keys, i]);
        const values = helmValuesObject(snapshot, place.file);
        const written = valueAt(values.value, place.path);
        if (!isObject(written)) return;
        const at = 'name' in written ? values.loc([...place.path, 'name'], true) : values.loc(place.path);
        const name = typeof written['name'] === 'string' ? written['name'] : `#${i}`;
        out.push({ key: helmValuesKey(place.path), container: mergedContainer([{ object: values, container: written, path: place.path, init: field === 'initContainers', name, line: at.line, column: at.column }]) });
      });
    }
  }
  return out;
}

/**
 * The values lists rendering `r` of chart template object `obj` renders as YAML straight into the list at `path` (a container's
 * `env`): the key's own value (`env:` / `{{- toYaml .Values.env | nindent 12 }}`, `toYaml .` inside `{{- with .Values.env }}`), or
 * an action among its literal entries (`{{- with .Values.extraEnv }}` `{{- toYaml . | nindent 12 }}`), each with its values path.
 * None when the set leaves the key out, or a `range` writes it once per item; a helper's `include` or a `range` is not read.
 */
function renderedLists(r: HelmRendering, obj: K8sObject, path: YamlPath): { keys: string[]; list: unknown[] }[] {
  const keyLine = obj.loc(path, true).line - 1;
  if (!(r.lines[keyLine] ?? '').trim() || framesAt(r.lines, keyLine).some((f) => f.kind === 'opaque')) return [];
  const out: { keys: string[]; list: unknown[] }[] = [];
  for (const act of directActions(r, obj, path)) {
    const src = renderedValues(act.text);
    const keys = src && !src.omit.length ? resolve(src.expr, framesAt(r.lines, act.line, act.column)) : null;
    const list = keys ? valueAt(r.set.values, keys) : undefined;
    if (keys && Array.isArray(list)) out.push({ keys, list });
  }
  return out;
}

/**
 * The values maps rendering `r` of chart template object `obj` writes into the list at `path` (a container's `env`) one entry per
 * key with a `range` (`{{- range $k, $v := .Values.env }}` / `- name: {{ $k }}` / `value: {{ $v | quote }}`), each with its values
 * path. Only a range whose body is exactly those two lines (the key and the value, `quote`d or not) is read.
 */
function rangedMaps(r: HelmRendering, obj: K8sObject, path: YamlPath): { keys: string[]; map: Record<string, unknown> }[] {
  const keyLine = obj.loc(path, true).line - 1;
  if (!(r.lines[keyLine] ?? '').trim() || framesAt(r.lines, keyLine).some((f) => f.kind === 'opaque')) return [];
  const out: { keys: string[]; map: Record<string, unknown> }[] = [];
  const { body } = blockOf(r.lines, obj, path);
  const piped = (v: string) => String.raw`"?\{\{-?\s*\$${v}(?:\s*\|\s*(?:quote|squote|toString))*\s*-?\}\}"?`;
  for (let j = 0; j < body.length; j++) {
    const acts = WHOLE_ACTIONS.test(r.lines[body[j]!]!) ? [...r.lines[body[j]!]!.matchAll(ACTION)].map((m) => m[1]!) : [];
    const m = acts.length === 1 ? /^range\s+\$(\w+)\s*,\s*\$(\w+)\s*:=\s*(\S+)$/.exec(acts[0]!) : null;
    if (!m) continue;
    const lines = body.slice(j + 1, j + 4).map((i) => r.lines[i]!.trim());
    if (lines.length < 3 || !/^\{\{-?\s*end\s*-?\}\}$/.test(lines[2]!)) continue;
    if (!new RegExp(`^-\\s+name:\\s*${piped(m[1]!)}$`).test(lines[0]!) || !new RegExp(`^value:\\s*${piped(m[2]!)}$`).test(lines[1]!)) continue;
    const keys = resolve(m[3]!, framesAt(r.lines, body[j]!, 0));
    const map = keys ? valueAt(r.set.values, keys) : undefined;
    if (keys && isObject(map)) out.push({ keys, map });
  }
  return out;
}

/**
 * The `env` entries of container `c` of chart template object `obj` whose `value` is one values path
 * (`value: {{ .Values.nodeEnv | quote }}`, also through `squote`, `toString`, `trim` or a literal `default`, as helmScalar reads
 * `type: {{ .Values.service.type }}`), as rendering `r` renders them: the value its values give, located where the values file
 * that sets it writes it (placeOf: a production values file over `values.yaml`, a parent chart's values under the subchart's
 * key), or the template's `default` when the values leave it empty, located at the entry. None for a value the set leaves unset
 * with no default (or not a scalar), an entry in a branch the set leaves out or written once per item of a `range`, or a
 * `.Values` inside a `with`, which is not the chart's values (`$.Values` is).
 */
function scalarEnv(snapshot: SnapshotView, r: HelmRendering, obj: K8sObject, c: K8sContainer): HelmValuesEnv[] {
  const list = c.container['env'];
  if (!Array.isArray(list)) return [];
  const out: HelmValuesEnv[] = [];
  list.forEach((e, i) => {
    if (!isObject(e) || typeof e['name'] !== 'string' || typeof e['value'] !== 'string' || !e['value'].includes('.Values')) return;
    const written = e['value'];
    const origin = helmValueOrigin(written, r.set);
    if (!origin) return;
    const at = obj.loc([...c.path, 'env', i, 'value']);
    const line = at.line - 1;
    const frames = framesAt(r.lines, line);
    if (!(r.lines[line] ?? '').trim() || frames.some((f) => f.kind === 'opaque' || (f.kind === 'with' && !f.inElse && !/^\s*\{\{-?\s*\$/.test(written)))) return;
    const value = helmScalar(written, r.set.values);
    if (value === undefined) return;
    const given = valueAt(r.set.values, origin.path);
    if ((typeof given === 'string' || typeof given === 'number' || typeof given === 'boolean') && String(given) === String(value)) {
      const place = placeOf(r.set, origin.path);
      const values = helmValuesObject(snapshot, place.file);
      if (valueAt(values.value, place.path) !== undefined) {
        const where = values.loc(place.path);
        out.push({ container: c, name: e['name'], value: String(value), file: place.file, line: where.line, column: where.column, key: place.key });
        return;
      }
    }
    // The template's own `default "…"`, what the set renders when its values leave the path empty.
    out.push({ container: c, name: e['name'], value: String(value), file: obj.file, line: at.line, column: at.column, key: `${origin.path.join('.')}'s default` });
  });
  return out;
}

/** An `env` entry a chart template's container takes from the chart's values (helmContainerEnv), located at its `value` in the values file. */
export interface HelmValuesEnv {
  container: K8sContainer;
  name: string;
  value: string;
  file: string;
  line: number;
  column: number;
  /** The entry as a message names it: `env[0]`, `extraEnv[1]` (under the subchart's key in a parent chart's values). */
  key: string;
}

/**
 * The `env` entries of each container of chart template object `obj` that each values set of its chart renders from a values
 * list (renderedLists: `{{- toYaml .Values.env | nindent 12 }}` below `env:`, Bitnami's `extraEnvVars`, `with .Values.extraEnv`),
 * per set: the entries with a literal `name` and a scalar `value` (a `valueFrom` holds none), located in the values file that
 * writes the list (Helm replaces a list whole: the entries are one file's); from a values map a `range` writes entry by
 * entry (rangedMaps), each key located where its value is written (Helm merges maps key by key); and a literal entry whose
 * `value` is one values path (scalarEnv: `value: {{ .Values.nodeEnv | quote }}`), located where its value is written. None
 * outside a chart.
 */
export function helmContainerEnv(snapshot: SnapshotView, obj: K8sObject): { r: HelmRendering; container: K8sContainer; env: HelmValuesEnv[] }[] {
  const renderings = helmRenderings(snapshot, obj.file);
  if (!renderings) return [];
  const out: { r: HelmRendering; container: K8sContainer; env: HelmValuesEnv[] }[] = [];
  for (const r of renderings) {
    for (const c of containers(obj)) {
      if (!('env' in c.container)) continue;
      const env: HelmValuesEnv[] = [];
      for (const { keys, list } of renderedLists(r, obj, [...c.path, 'env'])) {
        list.forEach((_, i) => {
          const place = placeOf(r.set, [...keys, i]);
          const values = helmValuesObject(snapshot, place.file);
          const written = valueAt(values.value, place.path);
          if (!isObject(written) || typeof written['name'] !== 'string') return;
          const v = written['value'];
          if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return;
          const at = values.loc([...place.path, 'value']);
          env.push({ container: c, name: written['name'], value: String(v), file: place.file, line: at.line, column: at.column, key: helmValuesKey(place.path) });
        });
      }
      for (const { keys, map } of rangedMaps(r, obj, [...c.path, 'env'])) {
        for (const name of Object.keys(map)) {
          const place = placeOf(r.set, [...keys, name]);
          const values = helmValuesObject(snapshot, place.file);
          const v = valueAt(values.value, place.path);
          if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
          const at = values.loc(place.path);
          env.push({ container: c, name, value: String(v), file: place.file, line: at.line, column: at.column, key: helmValuesKey(place.path) });
        }
      }
      env.push(...scalarEnv(snapshot, r, obj, c));
      if (env.length) out.push({ r, container: c, env });
    }
  }
  return out;
}

/** A container's command line as one values set of its chart renders it from the values (helmContainerCommands). */
export interface HelmValuesCommand {
  r: HelmRendering;
  container: K8sContainer;
  /** `command` and `args` as rendered (null when neither the template nor the values give one). */
  command: string[] | null;
  args: string[] | null;
  /** Where it is reported: the values key that gives `command` (else `args`), as written in its values file; the template's key when the values set none. */
  file: string;
  line: number;
  column: number;
  /** The values key (`command`, `worker.args`), or null when reported at the template's key. */
  key: string | null;
}

/**
 * The `command`/`args` of each app container of chart template object `obj` that a values set of its chart renders from the
 * values (helmField: `command:` / `{{- toYaml .Values.command | nindent 12 }}`, `toYaml .` inside `{{- with .Values.args }}`),
 * per set, the other one as the template writes it. A container whose `command` and `args` are both literal (read as the
 * manifest) or absent gives none, and so does one where something this reading cannot follow may write them (a helper's
 * `include`, a `range`), a set that does not render it, or a value that is no list of scalars. None outside a chart.
 */
export function helmContainerCommands(snapshot: SnapshotView, obj: K8sObject): HelmValuesCommand[] {
  const renderings = helmRenderings(snapshot, obj.file);
  if (!renderings) return [];
  const out: HelmValuesCommand[] = [];
  const argv = (v: unknown): string[] | null | false => (v === undefined || v === null ? null : Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') ? v.map(String) : false);
  for (const r of renderings) {
    for (const c of containers(obj)) {
      if (c.init) continue;
      const reads = (['command', 'args'] as const).map((field) => ({ field, f: helmField(r, obj, c.path, [field]) }));
      if (reads.some(({ f }) => f.from === 'unknown' || f.from === 'not-rendered') || !reads.some(({ f }) => f.from === 'values')) continue;
      const [command, args] = reads.map(({ field, f }) => argv(f.from === 'values' ? f.value : f.from === 'template' ? c.container[field] : undefined));
      if (command === false || args === false || (!command && !args)) continue;
      const from = reads.find(({ f }) => f.from === 'values' && f.at !== null);
      const at = from?.f.from === 'values' ? from.f.at : null;
      const pos = at ? helmValuesObject(snapshot, at.file).loc(at.path, true) : obj.loc([...c.path, reads.find(({ field }) => field in c.container)?.field ?? 'command'], true);
      out.push({ r, container: c, command: command ?? null, args: args ?? null, file: at ? at.file : obj.file, line: pos.line, column: pos.column, key: at ? at.key : null });
    }
  }
  return out;
}

const rawMemo = perView(() => new Map<string, string[] | null>());
/** A chart template's lines as written, its comments aside (every branch kept). */
function rawLines(snapshot: SnapshotView, file: string): string[] | null {
  const memo = rawMemo(snapshot);
  if (!memo.has(file)) {
    const text = snapshot.text(file);
    memo.set(file, text === undefined ? null : stripTemplateComments(text).split('\n').map((l) => l.replace(/\r$/, '')));
  }
  return memo.get(file)!;
}

/**
 * Whether a template action could write keys straight into the mapping at `path` of chart template object `obj` (a container),
 * in any branch: the mapping written once per item of a `range` (or in a `define`); on a line of its block made only of actions,
 * an output action (`toYaml`, `include`, a values path) written at its entries' indentation (`nindent N`, else the line's) or
 * less indented with no `nindent` to tell, or a `range` (a `define`, a `block`) not nested deeper than its entries (one after
 * its last literal line and less indented belongs to what follows it); or an entry whose key is itself an action. An action
 * nested under one of its keys (`resources:` / `{{- toYaml .Values.resources | nindent 12 }}`) writes only into that key; an
 * `if` or `with` writes nothing itself, so a block of them holding literal keys (`{{- with .Values.volumeMounts }}` /
 * `volumeMounts:` / `{{- toYaml . | nindent 12 }}` / `{{- end }}`, as `helm create` writes it) writes only those keys.
 */
export function helmMayWriteKeys(snapshot: SnapshotView, obj: K8sObject, path: YamlPath): boolean {
  const raw = rawLines(snapshot, obj.file);
  if (!raw) return true;
  const b = blockOf(raw, obj, path);
  if (framesAt(raw, b.start).some((f) => f.kind === 'opaque')) return true;
  const entries = b.childIndent ?? b.keyIndent + 1;
  const lastLiteral = b.body.filter((i) => !WHOLE_ACTIONS.test(raw[i]!)).at(-1) ?? b.start;
  for (const i of b.body) {
    const line = raw[i]!;
    const indent = line.search(/\S/);
    if (!WHOLE_ACTIONS.test(line)) {
      if (indent === entries && /^\s*(?:-\s+)?[^:#]*\{\{/.test(line)) return true;
      continue;
    }
    for (const m of line.matchAll(ACTION)) {
      const a = m[1]!;
      if (/^(?:end|break|continue)\b|^\/\*|^\$\w*\s*:?=/.test(a) || /^else\s*$/.test(a)) continue;
      // An `if`/`with` (and its `else`) writes nothing itself: the lines it holds are judged as the container's other lines
      // (`{{- with .Values.volumeMounts }}` / `volumeMounts:` / `{{- toYaml . | nindent 12 }}` writes only volumeMounts).
      if (/^(?:if|with|else)\b/.test(a)) continue;
      if (/^(?:range|define|block)\b/.test(a)) {
        if (indent > entries || (indent < entries && i > lastLiteral)) continue;
        return true;
      }
      const n = /\|\s*n?indent\s+(\d+)\s*$/.exec(a);
      if (n ? Number(n[1]) === entries : indent <= entries) return true;
    }
  }
  return false;
}

/** Whether the key at `path` of chart template object `obj` has a template action in its block (on its line after the colon, or below it): its value is templated. */
export function helmTemplatedKey(snapshot: SnapshotView, obj: K8sObject, path: YamlPath): boolean {
  const raw = rawLines(snapshot, obj.file);
  if (!raw) return true;
  const b = blockOf(raw, obj, path);
  const first = raw[b.start] ?? '';
  const colon = first.indexOf(':', b.keyIndent);
  return (colon >= 0 && first.slice(colon).includes('{{')) || b.body.some((i) => raw[i]!.includes('{{'));
}

/**
 * The values sets of its chart that render the mapping at `path` of chart template object `obj` (a container): its line not
 * in a branch the set leaves out, nor written once per item of a `range`. Null outside a chart.
 */
export function helmRenderingsOf(snapshot: SnapshotView, obj: K8sObject, path: YamlPath): HelmRendering[] | null {
  const renderings = helmRenderings(snapshot, obj.file);
  if (!renderings) return null;
  const line = obj.loc(path, typeof path[path.length - 1] !== 'number').line - 1;
  return renderings.filter((r) => !!(r.lines[line] ?? '').trim() && !framesAt(r.lines, line).some((f) => f.kind === 'opaque'));
}

/** A values path named in a template: `.Values`, `$.Values.worker.image.tag` (its keys after `.Values`). */
const VALUES_REF = /\$?\.Values((?:\.[A-Za-z_][\w-]*)*)(?![\w-])/g;
/** Per template of a chart: its lines, and per values set which of them render (renderedLines). */
const renderedLinesMemo = perView(() => new Map<string, { raw: string[]; defines: (string | null)[]; live: Map<HelmValueSet, boolean[]> } | null>());

/**
 * Which lines of chart template `file` values set `set` renders: a line of text unless a branch the set leaves out holds it
 * (helmDisabledBranches); a line made only of actions (`{{- with .Values.worker }}`) as the branch around it, so a condition
 * inside a disabled branch renders nothing either. With the name of the `define` each line is in (null outside one).
 */
function renderedLines(snapshot: SnapshotView, file: string, set: HelmValueSet): { raw: string[]; defines: (string | null)[]; live: boolean[] } | null {
  const memo = renderedLinesMemo(snapshot);
  let t = memo.get(file);
  if (t === undefined) {
    const text = snapshot.text(file);
    if (text === undefined) t = null;
    else {
      const raw = stripTemplateComments(text).split('\n').map((l) => l.replace(/\r$/, ''));
      const defines: (string | null)[] = [];
      const stack: (string | null)[] = [];
      for (const line of raw) {
        defines.push(stack.find((d) => d !== null) ?? null);
        for (const m of line.matchAll(ACTION)) {
          const w = /^(if|with|range|define|block|end)\b\s*(?:"([^"]*)")?/.exec(m[1]!);
          if (!w) continue;
          if (w[1] === 'end') stack.pop();
          else stack.push(w[1] === 'define' || w[1] === 'block' ? w[2] ?? '' : null);
        }
      }
      t = { raw, defines, live: new Map() };
    }
    memo.set(file, t);
  }
  if (!t) return null;
  let live = t.live.get(set);
  if (!live) {
    // A marker line before each line made only of actions tells whether the branch around that line renders.
    const marked: string[] = [];
    const at: number[] = [];
    for (const line of t.raw) {
      if (WHOLE_ACTIONS.test(line)) marked.push('#');
      at.push(marked.length);
      marked.push(line);
    }
    const rendered = helmDisabledBranches(marked.join('\n'), [set.values])?.split('\n') ?? marked;
    live = t.raw.map((line, i) => (WHOLE_ACTIONS.test(line) ? rendered[at[i]! - 1] === '#' : !line.trim() || !!rendered[at[i]!]?.trim()));
    t.live.set(set, live);
  }
  return { raw: t.raw, defines: t.defines, live };
}

/**
 * How the values sets of the chart at `chartDir` render the values at `keys` (an image block's path in the chart's values,
 * up to a list: `worker.image`, `extraContainers`): per set (helmValueSets, with the values file that production installs
 * instead of `values.yaml` alone, as HelmRendering.supersededBy), whether a line of the chart's templates that names them
 * (`.Values.worker.image.tag`, `{{- with .Values.worker }}`, `.Values` whole) renders. A line in a `define` renders when a
 * line that includes it (`include "app.image" .`) does, or when none of the chart's templates does (a caller this does
 * not read). Null outside a chart, or when no template of the chart names them (a subchart's values, a helper's own lookup).
 */
export function helmValuesRendered(snapshot: SnapshotView, chartDir: string, keys: readonly string[]): { set: HelmValueSet; supersededBy: string | null; rendered: boolean }[] | null {
  const templates = snapshot.files.filter((f) => f.startsWith(`${chartDir}templates/`) && /\.(?:ya?ml|tpl|txt)$/i.test(f));
  const renderings = templates.length ? helmRenderings(snapshot, templates[0]!) : null;
  if (!renderings) return null;
  const names = (line: string) => [...line.matchAll(VALUES_REF)].some((m) => {
    const ref = m[1] ? m[1].slice(1).split('.') : [];
    const n = Math.min(ref.length, keys.length);
    return ref.slice(0, n).every((k, i) => k === keys[i]);
  });
  let named = false;
  const out = renderings.map((r) => {
    const reads = templates.map((f) => renderedLines(snapshot, f, r.set));
    /** Whether a line including `define` renders (through the defines that include it in turn, a few deep). */
    const called = (define: string, depth: number): boolean => {
      let any = false;
      for (const t of reads) {
        if (!t) continue;
        for (let i = 0; i < t.raw.length; i++) {
          if (!new RegExp(`\\b(?:include|template)\\s+"${define.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(t.raw[i]!)) continue;
          any = true;
          if (t.live[i] && (t.defines[i] === null || depth > 3 || called(t.defines[i]!, depth + 1))) return true;
        }
      }
      return !any;
    };
    let rendered = false;
    for (const t of reads) {
      if (rendered) break;
      if (!t) { rendered = true; continue; }
      for (let i = 0; i < t.raw.length && !rendered; i++) {
        if (!t.raw[i]!.includes('.Values') || !names(t.raw[i]!)) continue;
        named = true;
        if (t.live[i] && (t.defines[i] === null || called(t.defines[i]!, 0))) rendered = true;
      }
    }
    return { set: r.set, supersededBy: r.supersededBy, rendered };
  });
  return named ? out : null;
}

/**
 * A name written with template actions as a message shows it (`{{ .Release.Name }}-api` → `<release>-api`): the release
 * and namespace as `<release>`/`<namespace>`, `.Chart.Name` as the chart's name (`chartName`, else `<chart>`), a helper as
 * the last part of its name (`{{ include "web.fullname" . }}` → `<fullname>`), a values path as its keys (`<nameOverride>`),
 * anything else as `<…>`. A name without actions is returned as written.
 */
export function shownTemplateName(name: string, chartName: string | null = null): string {
  if (!name.includes('{{')) return name;
  return name.replace(/\{\{-?\s*([^]*?)\s*-?\}\}/g, (_, action: string) => {
    const first = action.split('|')[0]!.trim();
    if (/^\$?\.Release\.Name$/.test(first)) return '<release>';
    if (/^\$?\.Release\.Namespace$/.test(first)) return '<namespace>';
    if (/^\$?\.Chart\.Name$/.test(first)) return chartName ?? '<chart>';
    const helper = /^(?:include|template)\s+"([^"]+)"/.exec(first);
    if (helper) return `<${helper[1]!.split('.').pop()}>`;
    const values = /^\$?\.Values\.([\w.-]+)$/.exec(first);
    return values ? `<${values[1]}>` : '<…>';
  });
}

/**
 * How messages name a workload of a Helm chart template: as workloadLabel does, and when its name is templated, rendered
 * readably (shownTemplateName) and followed by the template file in its chart (`Deployment '<release>-api' (templates/deployment.yaml)`).
 */
export function helmWorkloadLabel(snapshot: SnapshotView, obj: K8sObject): string {
  if (!obj.name?.includes('{{')) return workloadLabel(obj);
  const at = obj.file.lastIndexOf('templates/');
  const named = { ...obj, name: shownTemplateName(obj.name, helmChartName(snapshot, obj.file)) };
  return `${workloadLabel(named)} (${at >= 0 ? obj.file.slice(at) : obj.file})`;
}

/**
 * The name in the Chart.yaml of the chart that holds template `file` (`<chart>/templates/…`), or null. A library chart's
 * (`type: library`) templates are never rendered with its own `.Chart`: its `define`s render in the charts that
 * `include` them, so the name is that chart's when one chart of the repository includes the file's `define`s, else null.
 */
export function helmChartName(snapshot: SnapshotView, file: string): string | null {
  const m = /^(?:(.*)\/)?templates\//.exec(file);
  if (!m) return null;
  const meta = snapshot.yaml(`${m[1] ? `${m[1]}/` : ''}Chart.yaml`)?.docs[0]?.value;
  if (!isObject(meta) || typeof meta['name'] !== 'string' || !meta['name']) return null;
  return meta['type'] === 'library' ? libraryIncluder(snapshot, file) : meta['name'];
}

/** The name of the one chart (not a library) whose templates include a `define` of library template `file`, or null. */
function libraryIncluder(snapshot: SnapshotView, file: string): string | null {
  const memo = includers(snapshot);
  if (!memo.has(file)) memo.set(file, findIncluder(snapshot, file));
  return memo.get(file)!;
}
const includers = perView(() => new Map<string, string | null>());
function findIncluder(snapshot: SnapshotView, file: string): string | null {
  const defines = [...(snapshot.text(file) ?? '').matchAll(/\{\{-?\s*define\s+"([^"]+)"/g)].slice(0, 100).map((d) => d[1]!);
  if (!defines.length) return null;
  const names = new Set<string>();
  for (const f of snapshot.files) {
    const m = f.includes('templates/') ? /^(?:(.*)\/)?templates\/[^]*\.(?:ya?ml|tpl)$/.exec(f) : null;
    if (!m || f === file) continue;
    const text = snapshot.text(f);
    if (!text || !defines.some((d) => text.includes(`"${d}"`) && new RegExp(`\\b(?:include|template)\\s+"${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(text))) continue;
    const meta = snapshot.yaml(`${m[1] ? `${m[1]}/` : ''}Chart.yaml`)?.docs[0]?.value;
    if (!isObject(meta) || meta['type'] === 'library' || typeof meta['name'] !== 'string' || !meta['name']) continue;
    names.add(meta['name']);
    if (names.size > 1) return null;
  }
  return names.size === 1 ? [...names][0]! : null;
}

const valuesObjects = perView(() => new Map<string, K8sObject>());

/**
 * A values file as a K8sObject (kind `HelmValues`), so a setting read from it is located as one written in a manifest
 * (`object.loc(path)`, `object.file`).
 */
export function helmValuesObject(snapshot: SnapshotView, file: string): K8sObject {
  const memo = valuesObjects(snapshot);
  let o = memo.get(file);
  if (!o) {
    const doc = snapshot.yaml(file)?.docs[0];
    o = { file, docIndex: 0, apiVersion: 'helm.sh/values', kind: 'HelmValues', name: null, item: null, value: isObject(doc?.value) ? doc.value : {}, line: 1, loc: (path, key = false) => doc?.loc(path, key) ?? { line: 1, column: 1 } };
    memo.set(file, o);
  }
  return o;
}
export const isHelmValuesObject = (o: K8sObject): boolean => o.kind === 'HelmValues' && o.apiVersion === 'helm.sh/values';

/** What the installers read of a view: its files and their texts (helmInstalls memoizes per file list). */
const installRepo = (snapshot: SnapshotView) => ({ files: snapshot.files, text: (f: string) => snapshot.text(f), has: (f: string) => snapshot.has(f) });

/** Every install of a Helm chart the repository writes (helm-installs.ts), read from the view. */
export const repoInstalls = (snapshot: SnapshotView): HelmInstall[] => helmInstalls(installRepo(snapshot));

/** The repository's installs of the chart at folder `chartDir` ('' the root, a trailing `/` allowed). */
export function chartInstalls(snapshot: SnapshotView, chartDir: string): HelmInstall[] {
  return installsOf(installRepo(snapshot), chartDir);
}

/**
 * The file of an install in the repository of the chart that holds template `file` (or of a parent chart whose `charts/`
 * holds it) that gives values or patches that are not read (helm-installs.ts): inline values, `--set` flags or parameters
 * that set a values path the setting is rendered from (`sources`: `securityContext`, `resources`; for a parent chart's
 * install, below the subchart's key there: its alias in the parent's `dependencies`, else its name, `a.b.` two levels up;
 * or under `global`, which Helm gives every subchart), or what cannot be listed (valuesFrom, a post-renderer, kustomize
 * patches, a values file that is not in the repository). `set`: the values set judged; one an install passes is that
 * install's alone. `sources` null: any value counts; empty: only what cannot be listed. Development installs aside; null
 * when there is none. What the chart renders without may come from there: the Kubernetes checks make a missing setting a
 * note then.
 */
export function helmExternalValues(snapshot: SnapshotView, file: string, set: HelmValueSet | null, sources: readonly string[] | null): string | null {
  const chart = /^(?:(.*)\/)?templates\//.exec(file)?.[1] ?? '';
  const norm = (p: string) => p.replace(/\[\d+\]/g, '');
  const wanted = sources?.map(norm) ?? null;
  const covers = (key: string) => wanted === null || key === '' || wanted.some((w) => key === w || key.startsWith(`${w}.`) || w.startsWith(`${key}.`));
  // `prefixes`: the keys the chart's values are under in the values of the chart installed (none for the chart itself).
  const matches = (keys: readonly string[] | null, prefixes: readonly string[] | null) => keys === null || keys.some((k) => {
    if (prefixes === null) return wanted === null || covers(k);
    // A parent's values reach the subchart under its key (`postgresql.resources`, or the whole `postgresql`), and `global`.
    const p = prefixes.find((x) => k === x || k.startsWith(`${x}.`));
    return p !== undefined ? covers(k.slice(p.length + 1)) : /^global(?:\.|$)/.test(k) && covers(k);
  });
  // The chart itself, and each chart whose `charts/` holds it (an umbrella chart installed whole), with the chart's key in it.
  const repo = helmRepoOf(snapshot);
  const dirs: { dir: string; prefixes: string[] | null }[] = [{ dir: chart, prefixes: null }];
  for (let d = chart, prefixes = ['']; ;) {
    const sub = /^(?:(.*)\/)?charts\/([^/]+)$/.exec(d);
    if (!sub) break;
    const parent = sub[1] ?? '';
    const at = (dir: string, f: string) => (dir ? `${dir}/${f}` : f);
    const keys = subchartKeys(repo, at(parent, 'Chart.yaml'), at(d, 'Chart.yaml'), sub[2]!);
    prefixes = keys.flatMap((k) => prefixes.map((p) => (p ? `${k}.${p}` : k)));
    d = parent;
    dirs.push({ dir: d, prefixes });
  }
  for (const { dir, prefixes } of dirs) {
    for (const i of chartInstalls(snapshot, dir)) {
      if (i.dev || (set?.install !== undefined && i.file !== set.install)) continue;
      if (matches(i.unread, prefixes)) return i.file;
    }
  }
  return null;
}

/**
 * For a subchart's `values.yaml` (`<parent>/charts/<sub>/values.yaml`): the parent chart's values files that give the value
 * at `keys` (`['image', 'tag']`) under the subchart's key (`api.image.tag`), when every set of values the parent installs the
 * subchart with gives it one that `given` accepts (Helm merges the parent's values over the subchart's, so the subchart's own
 * default is not what is deployed: the parent's value is, judged where the parent writes it); else null (a chart installed
 * alone, or a parent that leaves the value to the subchart in some install).
 */
export function helmParentOverride(snapshot: SnapshotView, chartDir: string, keys: readonly (string | number)[], given: (v: unknown) => boolean): string[] | null {
  const sets = helmValueSets(`${chartDir}templates/_`, helmRepoOf(snapshot))?.filter((s) => s.prefix !== undefined) ?? [];
  if (!sets.length) return null;
  const files = new Set<string>();
  for (const s of sets) {
    let v: unknown = s.values;
    for (const k of keys) v = isObject(v) ? v[String(k)] : undefined;
    if (!given(v)) return null;
    files.add(s.file!);
  }
  return [...files];
}
