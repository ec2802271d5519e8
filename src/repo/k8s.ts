import { isVendored } from './classify.js';
import { isObject, type YamlDoc, type YamlFile, type YamlPath } from './yaml.js';
import { basename } from './classify.js';

export interface K8sObject {
  file: string;
  docIndex: number;
  apiVersion: string;
  kind: string;
  name: string | null;
  /**
   * Index in the `items` of the `kind: List` document (the `objects` of the OpenShift `Template`) that holds it; null
   * for a top-level document.
   */
  item: number | null;
  value: Record<string, unknown>;
  /** Position of the `kind:` key: where findings about the object as a whole point. */
  line: number;
  loc(path: YamlPath, key?: boolean): { line: number; column: number };
}

export interface K8sContainer {
  object: K8sObject;
  container: Record<string, unknown>;
  /** Path of the container inside the document. */
  path: YamlPath;
  init: boolean;
  name: string;
  /** Position of the container's `name:` (or its first key). */
  line: number;
  column: number;
}

export const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'ReplicationController']);

/** The API group of an object (`apps`, `argoproj.io`; '' for the core group `v1`). */
const apiGroup = (obj: { apiVersion: string }): string => (obj.apiVersion.includes('/') ? obj.apiVersion.slice(0, obj.apiVersion.indexOf('/')) : '');

/** A Knative Serving `Service` or `Configuration` (`serving.knative.dev`): `spec.template` is a pod template. */
export const isKnative = (obj: { apiVersion: string; kind: string }): boolean =>
  apiGroup(obj) === 'serving.knative.dev' && (obj.kind === 'Service' || obj.kind === 'Configuration');

/** Annotation and label keys of Google Cloud Run: `run.googleapis.com/ingress`, `run.googleapis.com/cpu-throttling`…, and its region label. */
const CLOUD_RUN_KEY = /^(?:run\.googleapis\.com\/|cloud\.googleapis\.com\/location$)/;

/**
 * A Cloud Run (fully managed) service: a Knative `Service` or `Configuration` whose metadata or template metadata carries a Cloud Run
 * annotation or label (`run.googleapis.com/*`, `cloud.googleapis.com/location`), as `gcloud run services describe --format export`
 * writes it for `gcloud run services replace`. Cloud Run runs it, not a Kubernetes cluster: it does not support `securityContext`
 * (runAsNonRoot, runAsUser), always enforces a memory limit (512 MiB by default) and restarts instances itself, so the checks about
 * Kubernetes pods leave it to the checks of its image and env. A plain Knative Service (on a cluster) is not one.
 */
export function isCloudRun(obj: { apiVersion: string; kind: string; value: Record<string, unknown> }): boolean {
  if (!isKnative(obj)) return false;
  const spec = obj.value['spec'];
  const template = isObject(spec) ? spec['template'] : undefined;
  return [obj.value['metadata'], isObject(template) ? template['metadata'] : undefined].some((meta) =>
    isObject(meta) && ['annotations', 'labels'].some((k) => { const m = meta[k]; return isObject(m) && Object.keys(m).some((key) => CLOUD_RUN_KEY.test(key)); }));
}

/**
 * Workload kinds beyond the built-in ones whose `spec.template` is a pod template (read even in a
 * patch that has no containers): Argo Rollouts `Rollout` (with `spec.template`; one with a
 * `workloadRef` borrows the referenced Deployment's template, which is judged as that Deployment),
 * OpenShift `DeploymentConfig`, Knative `Service`/`Configuration`.
 */
export function isExtraWorkload(obj: { apiVersion: string; kind: string }): boolean {
  const group = apiGroup(obj);
  if (obj.kind === 'Rollout') return group === 'argoproj.io';
  if (obj.kind === 'DeploymentConfig') return group === 'apps.openshift.io' || group === '';
  return isKnative(obj);
}

/**
 * A KEDA `ScaledJob` (`keda.sh`): KEDA starts Jobs from its `spec.jobTargetRef` (a Job spec), so its pod
 * template is `spec.jobTargetRef.template`. Judged like a Job (run to completion: no probes required).
 */
const isScaledJob = (obj: { apiVersion: string; kind: string }): boolean => obj.kind === 'ScaledJob' && apiGroup(obj) === 'keda.sh';

/** Policy and template objects that may spell a pod template without running one. */
const NOT_WORKLOAD_GROUP = /(?:^|\.)(?:kyverno\.io|gatekeeper\.sh|kubewarden\.io)$/;
const NOT_WORKLOAD_KINDS = new Set(['PodTemplate', 'PodPreset']);

/** How messages name a workload: `Deployment 'api'`, `Knative Service 'hello'`. */
export function workloadLabel(obj: K8sObject): string {
  return `${isKnative(obj) ? `Knative ${obj.kind}` : obj.kind} '${obj.name ?? '?'}'`;
}

export function toK8sObject(file: string, doc: YamlDoc): K8sObject | null {
  const v = doc.value;
  if (!isObject(v) || typeof v['apiVersion'] !== 'string' || typeof v['kind'] !== 'string') return null;
  const meta = isObject(v['metadata']) ? v['metadata'] : {};
  const kindPos = doc.loc(['kind'], true) ?? { line: 1, column: 1 };
  const obj: K8sObject = {
    file,
    docIndex: doc.index,
    apiVersion: v['apiVersion'],
    kind: v['kind'],
    name: typeof meta['name'] === 'string' ? meta['name'] : null,
    item: null,
    value: v,
    line: kindPos.line,
    loc(path: YamlPath, key = false) {
      return doc.loc(path, key) ?? kindPos;
    },
  };
  if (listKey(obj)) listDocs.set(obj, doc);
  return obj;
}
/** The document of each `List` (or `Template`) object, to locate its items. */
const listDocs = new WeakMap<K8sObject, YamlDoc>();

/** `kind: List` (what `kubectl get -o yaml` writes) and typed lists (`DeploymentList`): wrappers whose `items` are the objects. */
const isListKind = (kind: string) => kind === 'List' || /^[A-Z]\w*List$/.test(kind);

/**
 * An OpenShift `Template` (`template.openshift.io/v1`, or `v1` in OpenShift 3): `oc process` renders its `objects`, with
 * its `parameters` substituted (`${NAME}` in a string, `${{NAME}}` for a whole non-string value), and applies them.
 */
const isOpenShiftTemplate = (obj: { apiVersion: string; kind: string }): boolean => obj.kind === 'Template' && (apiGroup(obj) === 'template.openshift.io' || obj.apiVersion === 'v1');

/** The key under which a wrapper object holds the objects it stands for: a list's `items`, a Template's `objects`; null for any other object. */
const listKey = (obj: { apiVersion: string; kind: string }): 'items' | 'objects' | null => (isListKind(obj.kind) ? 'items' : isOpenShiftTemplate(obj) ? 'objects' : null);

/**
 * The objects a manifest object stands for: itself, or for a `List` the objects in its `items` (for an OpenShift
 * `Template`, in its `objects`), nested lists unwrapped (bounded), each located in the same document (`items[i]…`).
 * Items of a typed list (`DeploymentList`) may omit `apiVersion`/`kind`: they inherit the list's. A Template's
 * parameter references are resolved as `oc process` resolves them when no `-p` overrides them ({@link templateParams}):
 * `${DJANGO_DEBUG}` reads as the parameter's literal `value`, located at that `value:` when the string is the reference
 * alone; a parameter without one (`generate: expression`, empty, left to `-p`) stays a `${NAME}` reference, unknown.
 */
export function expandK8sObject(obj: K8sObject): K8sObject[] {
  const doc = listDocs.get(obj);
  const key = listKey(obj);
  if (!doc || !key || !Array.isArray(obj.value[key])) return [obj];
  let out = expanded.get(obj);
  if (!out) {
    out = listItems(obj, doc, obj.value, [], 0, new Map());
    expanded.set(obj, out);
  }
  return out;
}
const expanded = new WeakMap<K8sObject, K8sObject[]>();

/** A Template parameter's default as `oc process` substitutes it: its literal `value`, located at it (document path). */
interface TemplateParam { value: string; path: YamlPath }

/**
 * The parameters of an OpenShift Template (over those of the Template holding it) whose default `oc process` substitutes
 * when no `-p NAME=…`/`--param-file` gives one: a non-empty string `value` (which oc uses even beside `generate`). One
 * without a value — `generate: expression` (random at processing), `value: ""`, or left to `-p` — is no literal.
 */
function templateParams(container: Record<string, unknown>, at: YamlPath, outer: ReadonlyMap<string, TemplateParam>): Map<string, TemplateParam> {
  const params = new Map(outer);
  const list = container['parameters'];
  if (!Array.isArray(list)) return params;
  list.forEach((p, i) => {
    if (!isObject(p) || typeof p['name'] !== 'string') return;
    const value = p['value'];
    if (typeof value === 'string' && value !== '') params.set(p['name'], { value, path: [...at, 'parameters', i, 'value'] });
    else params.delete(p['name']);
  });
  return params;
}

/** oc's parameter references: `${NAME}` anywhere in a string, `${{NAME}}` as a whole value (substituted as JSON). */
const PARAM_REF = /\$\{([A-Za-z0-9_]+)\}/g;
const WHOLE_PARAM_REF = /^\$\{([A-Za-z0-9_]+)\}$/;
const WHOLE_NON_STRING_REF = /^\$\{\{([A-Za-z0-9_]+)\}\}$/;
const pathKey = (path: YamlPath): string => path.map(String).join('\u0000');

/**
 * A Template object's value with the parameters' defaults substituted (a copy of what changes; the rest shared), and, per
 * string that is one parameter reference alone, the parameter's `value:` path, where what it reads comes from. A string
 * holding a reference among literal text keeps its own place.
 */
function substituteParams(v: unknown, params: ReadonlyMap<string, TemplateParam>, at: YamlPath, redirects: Map<string, YamlPath>, depth: number): unknown {
  if (typeof v === 'string') {
    if (!v.includes('${')) return v;
    const nonString = WHOLE_NON_STRING_REF.exec(v);
    if (nonString) {
      const p = params.get(nonString[1]!);
      if (!p) return v;
      redirects.set(pathKey(at), p.path);
      try { return JSON.parse(p.value) as unknown; } catch { return p.value; }
    }
    const whole = WHOLE_PARAM_REF.exec(v);
    const p = whole ? params.get(whole[1]!) : undefined;
    if (p) redirects.set(pathKey(at), p.path);
    return v.replace(PARAM_REF, (ref, name: string) => params.get(name)?.value ?? ref);
  }
  if (depth > 64) return v;
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x, i) => { const y = substituteParams(x, params, [...at, i], redirects, depth + 1); changed ||= y !== x; return y; });
    return changed ? out : v;
  }
  if (isObject(v)) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) { const y = substituteParams(x, params, [...at, k], redirects, depth + 1); changed ||= y !== x; out[k] = y; }
    return changed ? out : v;
  }
  return v;
}

function listItems(list: K8sObject, doc: YamlDoc, container: Record<string, unknown>, at: YamlPath, depth: number, outerParams: ReadonlyMap<string, TemplateParam>): K8sObject[] {
  const listKind = typeof container['kind'] === 'string' ? container['kind'] : '';
  const listApi = typeof container['apiVersion'] === 'string' ? container['apiVersion'] : null;
  const key = listKey({ kind: listKind, apiVersion: listApi ?? '' }) ?? 'items';
  const items = container[key];
  if (!Array.isArray(items)) return [];
  // An OpenShift Template's parameters reach every string of its objects (nested lists' too).
  const params = key === 'objects' ? templateParams(container, at, outerParams) : outerParams;
  const out: K8sObject[] = [];
  items.forEach((raw, i) => {
    if (!isObject(raw)) return;
    const redirects = new Map<string, YamlPath>();
    const v = params.size ? (substituteParams(raw, params, [], redirects, 0) as Record<string, unknown>) : raw;
    const base: YamlPath = [...at, key, i];
    // Items of a typed list (`DeploymentList`) may leave out what the list says; a Template's objects are whole objects.
    const typed = key === 'items' && listKind !== 'List';
    const kind = typeof v['kind'] === 'string' ? v['kind'] : typed ? listKind.replace(/List$/, '') : null;
    const apiVersion = typeof v['apiVersion'] === 'string' ? v['apiVersion'] : typed ? listApi : null;
    if (!kind || apiVersion === null) return;
    const nested = listKey({ kind, apiVersion });
    if (nested && Array.isArray(raw[nested])) {
      if (depth < 3) out.push(...listItems(list, doc, raw, base, depth + 1, params));
      return;
    }
    const meta = isObject(v['metadata']) ? v['metadata'] : {};
    const pos = doc.loc([...base, 'kind'], true) ?? doc.loc(base) ?? list.loc(base);
    out.push({
      file: list.file,
      docIndex: list.docIndex,
      apiVersion,
      kind,
      name: typeof meta['name'] === 'string' ? meta['name'] : null,
      item: i,
      value: v,
      line: pos.line,
      loc(path: YamlPath, key = false) {
        // A value that is a parameter reference alone (or within what one rendered) is read from the parameter's `value:`,
        // where findings about it point (at its key, or its value). A container's `name: ${NAME}` still places the container.
        if (redirects.size && !(key && path[path.length - 1] === 'name')) for (let n = path.length; n > 0; n--) {
          const to = redirects.get(pathKey(path.slice(0, n)));
          if (to) return doc.loc(to, key) ?? pos;
        }
        return doc.loc([...base, ...path], key) ?? pos;
      },
    });
  });
  return out;
}

const TEMPLATE_SPEC: YamlPath = ['spec', 'template', 'spec'];

/**
 * Where a workload kind keeps its pod spec (in a patch of it too): Pod `spec`, CronJob
 * `spec.jobTemplate.spec.template.spec`, KEDA ScaledJob `spec.jobTargetRef.template.spec`, the other
 * listed kinds `spec.template.spec`; null for any other kind.
 */
export function podSpecPath(obj: { apiVersion: string; kind: string }): YamlPath | null {
  return obj.kind === 'Pod' ? ['spec']
    : obj.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec']
    : isScaledJob(obj) ? ['spec', 'jobTargetRef', 'template', 'spec']
    : WORKLOAD_KINDS.has(obj.kind) || isExtraWorkload(obj) ? TEMPLATE_SPEC : null;
}

/**
 * The pod spec of a workload and its path: Pod (`spec`), CronJob (`spec.jobTemplate.spec.template.spec`),
 * KEDA `ScaledJob` (`spec.jobTargetRef.template.spec`), the built-in controllers, Argo `Rollout`, OpenShift `DeploymentConfig` and Knative `Service`
 * (`spec.template.spec`), and any other object whose `spec.template.spec` lists `containers`
 * (OpenKruise CloneSet, Knative Eventing ContainerSource…), policy and template objects aside.
 */
export function podSpec(obj: K8sObject): { spec: Record<string, unknown>; path: YamlPath } | null {
  const get = (path: YamlPath): unknown => path.reduce<unknown>((acc, k) => (isObject(acc) ? acc[k as string] : undefined), obj.value);
  let path = podSpecPath(obj);
  // The general rule: a pod template with containers, whatever the kind (not a patch: it needs `containers`).
  if (!path && !NOT_WORKLOAD_KINDS.has(obj.kind) && !NOT_WORKLOAD_GROUP.test(apiGroup(obj)) && Array.isArray(get([...TEMPLATE_SPEC, 'containers']))) path = TEMPLATE_SPEC;
  if (!path) return null;
  const spec = get(path);
  return isObject(spec) ? { spec, path } : null;
}

/** Containers and initContainers of a workload. */
export function containers(obj: K8sObject): K8sContainer[] {
  const ps = podSpec(obj);
  if (!ps) return [];
  const out: K8sContainer[] = [];
  for (const field of ['initContainers', 'containers'] as const) {
    const list = ps.spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      // A strategic-merge directive entry (`- $patch: replace`) is not a container.
      if (!isObject(c) || Object.keys(c).every((k) => k.startsWith('$'))) return;
      const path = [...ps.path, field, i];
      // An unnamed container (Knative's lone one) is located at its first key.
      const pos = 'name' in c ? obj.loc([...path, 'name'], true) : obj.loc(path);
      // Knative names a lone unnamed container `user-container`.
      const name = typeof c['name'] === 'string' ? c['name'] : isKnative(obj) && field === 'containers' && list.length === 1 ? 'user-container' : `#${i}`;
      out.push({ object: obj, container: c, path, init: field === 'initContainers', name, line: pos.line, column: pos.column });
    });
  }
  return out;
}

/** A literal `env` entry of a container (`name` with a scalar `value`; `valueFrom` is not one). */
export interface K8sEnv { container: K8sContainer; name: string; value: string; line: number; column: number }

/**
 * An `env` entry of a container as written: its name, its literal `value` (a scalar, as text; null for `valueFrom` or
 * none) and where that value is (`path`: the container's path in the document); null for an entry with no name. The one
 * reading of an entry for manifests (containerEnv) and for kustomize's layers (renderedEnv).
 */
export function envEntry(obj: K8sObject, path: YamlPath, e: unknown, i: number): { name: string; value: string | null; line: number; column: number } | null {
  if (!isObject(e) || typeof e['name'] !== 'string') return null;
  const v = e['value'];
  const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
  const at = obj.loc([...path, 'env', i, 'value']);
  return { name: e['name'], value, line: at.line, column: at.column };
}

/** The literal env entries of every container of a workload, located at their `value:`. */
export function containerEnv(obj: K8sObject): K8sEnv[] {
  const out: K8sEnv[] = [];
  for (const c of containers(obj)) {
    const env = c.container['env'];
    if (!Array.isArray(env)) continue;
    env.forEach((e, i) => {
      const entry = envEntry(obj, c.path, e, i);
      if (entry && entry.value !== null) out.push({ container: c, name: entry.name, value: entry.value, line: entry.line, column: entry.column });
    });
  }
  return out;
}

/**
 * Kubernetes' expansion of `$(NAME)` in a container's env values, `command` and `args` (the kubelet's, k8s.io/kubernetes
 * third_party/forked/golang/expansion): `$(NAME)` takes `lookup(NAME)`, and stays as written when that is undefined (a name
 * nothing sets, or one whose value is not known here: a `valueFrom`, what `envFrom` loads); `$$` is an escaped `$`, so `$$(NAME)`
 * is the literal text `$(NAME)`; any other `$` (an unclosed `$(`) stays.
 */
export function expandK8sRefs(value: string, lookup: (name: string) => string | undefined): string {
  if (!value.includes('$')) return value;
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length - 1; i++) {
    if (value[i] !== '$') continue;
    out += value.slice(from, i);
    const next = value[i + 1]!;
    const close = next === '(' ? value.indexOf(')', i + 2) : -1;
    if (close >= 0) {
      const name = value.slice(i + 2, close);
      out += lookup(name) ?? `$(${name})`;
      i = close;
    } else {
      // `$$` → `$`; `$(` without its `)`, or `$x`, as written.
      out += next === '$' ? '$' : `$${next}`;
      i += 1;
    }
    from = i + 1;
  }
  return out + value.slice(from);
}

/**
 * The environment the kubelet gives a container from its `env` entries, in order: each literal value expanded from the entries
 * before it (expandK8sRefs; a `valueFrom` is a value not known here), and a later entry of a name replacing an earlier one (the
 * API server warns it "hides previous definition"). The entries that hold (the last of each name), in that order, each with
 * `value` as expanded (null: not known here) and `written`, its value as written.
 */
export function kubeletEnv<T extends { name: string; value: string | null }>(entries: readonly T[]): (T & { written: string | null })[] {
  const env = new Map<string, T & { written: string | null }>();
  for (const e of entries) {
    const value = e.value === null ? null : expandK8sRefs(e.value, (n) => env.get(n)?.value ?? undefined);
    env.delete(e.name);
    env.set(e.name, { ...e, value, written: e.value });
  }
  return [...env.values()];
}

/** A `command` or `args` list as the kubelet runs it: each item expanded from the container's environment (kubeletEnv's values). */
export function expandK8sCommand(list: readonly string[], env: readonly { name: string; value: string | null }[]): string[] {
  const values = new Map(env.map((e) => [e.name, e.value]));
  return list.map((item) => expandK8sRefs(item, (n) => values.get(n) ?? undefined));
}

/**
 * The literal env values each container of a workload starts with (kubeletEnv: a later entry of a name wins, `$(NAME)` expanded
 * from the entries before it), located at their `value:`, with the value as written (`written`).
 */
export function containerKubeletEnv(obj: K8sObject): (K8sEnv & { written: string })[] {
  const out: (K8sEnv & { written: string })[] = [];
  for (const c of containers(obj)) {
    const env = c.container['env'];
    if (!Array.isArray(env)) continue;
    const entries = env.flatMap((e, i) => { const x = envEntry(obj, c.path, e, i); return x ? [x] : []; });
    for (const e of kubeletEnv(entries)) if (e.value !== null && e.written !== null) out.push({ container: c, name: e.name, value: e.value, written: e.written, line: e.line, column: e.column });
  }
  return out;
}

/** The scalar entries of a ConfigMap's `data` (none for other kinds), located at their values. */
export function configMapData(obj: K8sObject): { key: string; value: string; line: number; column: number }[] {
  const data = obj.kind === 'ConfigMap' ? obj.value['data'] : undefined;
  if (!isObject(data)) return [];
  const out: { key: string; value: string; line: number; column: number }[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const at = obj.loc(['data', key]);
    out.push({ key, value: String(value), line: at.line, column: at.column });
  }
  return out;
}

/**
 * A kustomization file by name (`kustomization.yaml`, `kustomization.yml`, `Kustomization`); not one in a vendored dependency's
 * folder (`vendor/…/config/default/kustomization.yaml`: that project's, as its manifests are, which the snapshot does not read).
 */
export const isKustomizationFile = (path: string): boolean => /^(?:kustomization\.ya?ml|Kustomization)$/i.test(basename(path)) && !isVendored(path);

export interface KustomizeLiteral { generator: 'configMapGenerator' | 'secretGenerator'; name: string; key: string; value: string; line: number; column: number }

/**
 * The `literals` of a kustomization's `configMapGenerator` and `secretGenerator` entries
 * (`- password=changeme`): the data of the ConfigMaps and Secrets kustomize generates, which
 * reach containers through `envFrom`/`valueFrom` like a written ConfigMap's `data`. Split at the
 * first `=` and one pair of quotes around the value removed, as kustomize reads them; positioned at
 * the value. `text` is the file's text (to step over a quoted YAML scalar).
 */
export function kustomizeLiterals(docs: YamlDoc[], text: string): KustomizeLiteral[] {
  const out: KustomizeLiteral[] = [];
  const lines = text.split(/\r?\n/);
  for (const doc of docs) {
    if (!isObject(doc.value)) continue;
    for (const generator of ['configMapGenerator', 'secretGenerator'] as const) {
      const entries = doc.value[generator];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, i) => {
        if (!isObject(entry) || !Array.isArray(entry['literals'])) return;
        const name = typeof entry['name'] === 'string' ? entry['name'] : '?';
        (entry['literals'] as unknown[]).forEach((literal, j) => {
          if (typeof literal !== 'string') return;
          const eq = literal.indexOf('=');
          if (eq <= 0) return;
          const key = literal.slice(0, eq).trim();
          const value = literal.slice(eq + 1).replace(/^(["'])([^]*)\1$/, '$2');
          const at = doc.loc([generator, i, 'literals', j]);
          if (!at) return;
          const quoted = /["']/.test(lines[at.line - 1]?.charAt(at.column - 1) ?? '') ? 1 : 0;
          out.push({ generator, name, key, value, line: at.line, column: at.column + quoted + eq + 1 });
        });
      });
    }
  }
  return out;
}

/** An object's `metadata.namespace` ('' when it names none). */
export function namespaceOf(o: K8sObject): string {
  const m = o.value['metadata'];
  return isObject(m) && typeof m['namespace'] === 'string' ? m['namespace'] : '';
}

/**
 * The labels of the pods a workload runs (a Pod's `metadata.labels`, else its pod template's), as strings; null for an
 * object without a pod spec.
 */
function podLabels(obj: K8sObject): Record<string, string> | null {
  const ps = podSpec(obj);
  if (!ps) return null;
  const meta = [...ps.path.slice(0, -1), 'metadata'].reduce<unknown>((acc, k) => (isObject(acc) ? acc[k as string] : undefined), obj.value);
  const labels = isObject(meta) && isObject(meta['labels']) ? meta['labels'] : {};
  return Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== null && typeof v !== 'object').map(([k, v]) => [k, String(v)]));
}

/**
 * The containers (not init containers) of the workloads a Service's `selector` selects in its namespace (`''` and
 * `default` alike), with the `containerPort` of each that is named `name` (a named `targetPort`); none for a Service
 * without a selector (its endpoints are managed by hand).
 */
export function namedTargetPorts(service: K8sObject, workloads: readonly K8sObject[], name: string): { container: K8sContainer; port: number }[] {
  const spec = service.value['spec'];
  const selector = isObject(spec) && isObject(spec['selector']) ? spec['selector'] : null;
  if (!selector || !Object.keys(selector).length) return [];
  const ns = (o: K8sObject) => namespaceOf(o) || 'default';
  const out: { container: K8sContainer; port: number }[] = [];
  for (const w of workloads) {
    const labels = podLabels(w);
    if (!labels || ns(w) !== ns(service) || !Object.entries(selector).every(([k, v]) => labels[k] === String(v))) continue;
    for (const c of containers(w)) {
      if (c.init) continue;
      const ports = Array.isArray(c.container['ports']) ? c.container['ports'] : [];
      for (const p of ports) if (isObject(p) && p['name'] === name && typeof p['containerPort'] === 'number') out.push({ container: c, port: p['containerPort'] });
    }
  }
  return out;
}

/** Container fields the checks read that the API server decodes as mappings / as lists. */
const CONTAINER_MAPS = ['securityContext', 'resources', 'readinessProbe', 'livenessProbe', 'startupProbe'];
const CONTAINER_LISTS = ['command', 'args', 'env', 'ports'];

/**
 * The first place where a workload's pod template has a shape the API server cannot decode
 * (kubectl: "cannot unmarshal object into … []v1.Container"): a `containers` mapping (a `-` left
 * out), a `securityContext` or `resources.limits` written as a scalar, a container that is not a
 * mapping. Located at the key (an entry of a list: at the entry); the message names the field and
 * the shape expected, never the value. `null` (a patch removing a field) and a templated value
 * (`{{ … }}`, a Helm template read with its actions quoted) are not judged here.
 */
export function podTemplateShapeProblem(obj: K8sObject): { line: number; column: number; message: string } | null {
  const path = podSpecPath(obj);
  if (!path) return null;
  const shown = (p: YamlPath) => p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
  const kindOf = (v: unknown) => (Array.isArray(v) ? 'a list' : isObject(v) ? 'a mapping' : 'a scalar');
  const templated = (v: unknown) => typeof v === 'string' && v.includes('{{');
  const bad = (p: YamlPath, v: unknown, expected: string, hint = '') => {
    const at = obj.loc(p, typeof p[p.length - 1] === 'string');
    return { ...at, message: `${shown(p)} of ${workloadLabel(obj)} is ${kindOf(v)}, not ${expected}${hint}: kubectl refuses it` };
  };
  // Each mapping on the way to the pod spec.
  let node: unknown = obj.value;
  for (let d = 0; d < path.length; d++) {
    const v: unknown = (node as Record<string, unknown>)[path[d] as string];
    if (v === undefined || v === null || templated(v)) return null;
    if (!isObject(v)) return bad(path.slice(0, d + 1), v, 'a mapping');
    node = v;
  }
  const spec = node as Record<string, unknown>;
  const sc = spec['securityContext'];
  if (sc !== undefined && sc !== null && !templated(sc) && !isObject(sc)) return bad([...path, 'securityContext'], sc, 'a mapping');
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    const list = spec[field];
    if (list === undefined || list === null || templated(list)) continue;
    if (!Array.isArray(list)) return bad([...path, field], list, 'a list', isObject(list) ? ' (is the `-` before the container missing?)' : '');
    for (let i = 0; i < list.length; i++) {
      const c: unknown = list[i];
      const at: YamlPath = [...path, field, i];
      if (c === null || templated(c)) continue;
      if (!isObject(c)) return bad(at, c, 'a mapping (a container)');
      for (const k of CONTAINER_MAPS) {
        const v = c[k];
        if (v !== undefined && v !== null && !templated(v) && !isObject(v)) return bad([...at, k], v, 'a mapping');
      }
      for (const k of CONTAINER_LISTS) {
        const v = c[k];
        if (v !== undefined && v !== null && !templated(v) && !Array.isArray(v)) return bad([...at, k], v, 'a list');
      }
      const res = c['resources'];
      if (isObject(res)) for (const k of ['limits', 'requests']) {
        const v = res[k];
        if (v !== undefined && v !== null && !templated(v) && !isObject(v)) return bad([...at, 'resources', k], v, 'a mapping', ' (names under it, such as `memory: 512Mi`)');
      }
    }
  }
  return null;
}

/**
 * Where a Service has a shape the API server cannot decode (what the checks read): `spec` not a mapping, `ports` not a
 * list (`ports: 5432`), a port entry not a mapping, a `port` or `nodePort` that is no number (`port: "5432"`: an int32).
 * Located at the key; the message names the field and the shape expected. `null` and templated values are not judged.
 */
export function serviceShapeProblem(obj: K8sObject): { line: number; column: number; message: string } | null {
  if (obj.kind !== 'Service' || !/^v1$/.test(obj.apiVersion)) return null;
  const templated = (v: unknown) => typeof v === 'string' && v.includes('{{');
  const skip = (v: unknown) => v === undefined || v === null || templated(v);
  const kindOf = (v: unknown) => (Array.isArray(v) ? 'a list' : isObject(v) ? 'a mapping' : typeof v === 'string' ? 'a string' : 'a scalar');
  const bad = (p: YamlPath, v: unknown, expected: string, hint = '') => {
    const at = obj.loc(p, typeof p[p.length - 1] === 'string') ?? { line: 1, column: 1 };
    const shown = p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '');
    return { ...at, message: `${shown} of ${workloadLabel(obj)} is ${kindOf(v)}, not ${expected}${hint}: kubectl refuses it` };
  };
  const spec = obj.value['spec'];
  if (skip(spec)) return null;
  if (!isObject(spec)) return bad(['spec'], spec, 'a mapping');
  const ports = spec['ports'];
  if (skip(ports)) return null;
  if (!Array.isArray(ports)) return bad(['spec', 'ports'], ports, 'a list', isObject(ports) ? ' (is the `-` before the port missing?)' : ' (a list of `- port: <number>` entries)');
  for (let i = 0; i < ports.length; i++) {
    const e: unknown = ports[i];
    if (skip(e)) continue;
    if (!isObject(e)) return bad(['spec', 'ports', i], e, 'a mapping (`port: <number>`)');
    for (const k of ['port', 'nodePort']) {
      const v = e[k];
      if (!skip(v) && typeof v !== 'number') return bad(['spec', 'ports', i, k], v, 'a number', typeof v === 'string' && /^\d+$/.test(v) ? ' (write it without quotes)' : '');
    }
  }
  return null;
}

/** A JSON file read as the one-document YAML file it is (its value and the JSON reader's positions), for manifests written as JSON. */
export function jsonManifest(j: { path: string; value: unknown; loc(path: YamlPath, key?: boolean): { line: number; column: number } | null } | null | undefined): YamlFile | undefined {
  if (!j || !isObject(j.value)) return undefined;
  return { path: j.path, docs: [{ index: 0, value: j.value, loc: (path, key) => j.loc(path, key), tag: () => null }], errors: [] };
}
