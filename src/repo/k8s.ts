import { isObject, type YamlDoc, type YamlPath } from './yaml.js';

export interface K8sObject {
  file: string;
  docIndex: number;
  apiVersion: string;
  kind: string;
  name: string | null;
  /** Index in the `items` of the `kind: List` document that holds it; null for a top-level document. */
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
  if (isListKind(obj.kind)) listDocs.set(obj, doc);
  return obj;
}
/** The document of each `List` object, to locate its items. */
const listDocs = new WeakMap<K8sObject, YamlDoc>();

/** `kind: List` (what `kubectl get -o yaml` writes) and typed lists (`DeploymentList`): wrappers whose `items` are the objects. */
const isListKind = (kind: string) => kind === 'List' || /^[A-Z]\w*List$/.test(kind);

/**
 * The objects a manifest object stands for: itself, or for a `List` the objects in its `items`
 * (nested lists unwrapped, bounded), each located in the same document (`items[i]…`). Items of a
 * typed list (`DeploymentList`) may omit `apiVersion`/`kind`: they inherit the list's.
 */
export function expandK8sObject(obj: K8sObject): K8sObject[] {
  const doc = listDocs.get(obj);
  if (!doc || !Array.isArray(obj.value['items'])) return [obj];
  let out = expanded.get(obj);
  if (!out) {
    out = listItems(obj, doc, obj.value, [], 0);
    expanded.set(obj, out);
  }
  return out;
}
const expanded = new WeakMap<K8sObject, K8sObject[]>();

function listItems(list: K8sObject, doc: YamlDoc, container: Record<string, unknown>, at: YamlPath, depth: number): K8sObject[] {
  const items = container['items'];
  if (!Array.isArray(items)) return [];
  const listKind = typeof container['kind'] === 'string' ? container['kind'] : '';
  const listApi = typeof container['apiVersion'] === 'string' ? container['apiVersion'] : null;
  const out: K8sObject[] = [];
  items.forEach((v, i) => {
    if (!isObject(v)) return;
    const base: YamlPath = [...at, 'items', i];
    // Items of a typed list (`DeploymentList`) may leave out what the list says.
    const typed = listKind !== 'List';
    const kind = typeof v['kind'] === 'string' ? v['kind'] : typed ? listKind.replace(/List$/, '') : null;
    const apiVersion = typeof v['apiVersion'] === 'string' ? v['apiVersion'] : typed ? listApi : null;
    if (!kind || apiVersion === null) return;
    if (isListKind(kind) && Array.isArray(v['items'])) {
      if (depth < 3) out.push(...listItems(list, doc, v, base, depth + 1));
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
        return doc.loc([...base, ...path], key) ?? pos;
      },
    });
  });
  return out;
}

/** The pod spec of a workload and its path (Pod, Deployment…, Job, CronJob). */
export function podSpec(obj: K8sObject): { spec: Record<string, unknown>; path: YamlPath } | null {
  const get = (path: YamlPath): unknown => path.reduce<unknown>((acc, k) => (isObject(acc) ? acc[k as string] : undefined), obj.value);
  const path: YamlPath = obj.kind === 'Pod' ? ['spec']
    : obj.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec']
    : WORKLOAD_KINDS.has(obj.kind) ? ['spec', 'template', 'spec'] : [];
  if (!path.length) return null;
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
      if (!isObject(c)) return;
      const path = [...ps.path, field, i];
      const pos = obj.loc([...path, 'name'], true) ?? obj.loc(path);
      out.push({ object: obj, container: c, path, init: field === 'initContainers', name: typeof c['name'] === 'string' ? c['name'] : `#${i}`, line: pos.line, column: pos.column });
    });
  }
  return out;
}

/** A literal `env` entry of a container (`name` with a scalar `value`; `valueFrom` is not one). */
export interface K8sEnv { container: K8sContainer; name: string; value: string; line: number; column: number }

/** The literal env entries of every container of a workload, located at their `value:`. */
export function containerEnv(obj: K8sObject): K8sEnv[] {
  const out: K8sEnv[] = [];
  for (const c of containers(obj)) {
    const env = c.container['env'];
    if (!Array.isArray(env)) continue;
    env.forEach((e, i) => {
      if (!isObject(e) || typeof e['name'] !== 'string') return;
      const v = e['value'];
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return;
      const at = obj.loc([...c.path, 'env', i, 'value']);
      out.push({ container: c, name: e['name'], value: String(v), line: at.line, column: at.column });
    });
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
