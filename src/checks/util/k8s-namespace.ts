import { dirname, filesWhere } from '../../repo/classify.js';
import { isKustomizationFile, namespaceOf, type K8sObject } from '../../repo/k8s.js';
import { isObject } from '../../repo/yaml.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { kustomizeDeployments } from './groups.js';

/** A namespace name (a DNS label). */
const NAMESPACE_RE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * The namespace an object states in `metadata.namespace`; '' when it states none, or a templated one (`{{ .Release.Namespace }}`,
 * `${NAMESPACE}`): it lands in the namespace it is applied into.
 */
export function statedNamespace(o: K8sObject): string {
  const ns = namespaceOf(o);
  return NAMESPACE_RE.test(ns) ? ns : '';
}

/** The folders that hold a kustomization, and the `namespace:` each sets for what it renders (Components aside). */
const kustomizeNamespaces = perView(function kustomizeNamespaces(snapshot: SnapshotView): { dirs: Set<string>; names: Map<string, string> } {
  const dirs = new Set<string>();
  const names = new Map<string, string>();
  for (const f of filesWhere(snapshot.files, isKustomizationFile)) {
    dirs.add(dirname(f));
    const v = snapshot.yaml(f)?.docs[0]?.value;
    if (!isObject(v) || v['kind'] === 'Component' || typeof v['namespace'] !== 'string' || !NAMESPACE_RE.test(v['namespace'])) continue;
    if (!names.has(dirname(f))) names.set(dirname(f), v['namespace']);
  }
  return { dirs, names };
});

/**
 * One way an object is applied: by a kustomization (`entry`, its folder), or on its own (`entry` null: `kubectl apply` of
 * its folder, `dirs`); and the namespace it lands in ('' when none is known: the one it is applied into).
 */
export interface K8sPlacement { entry: string | null; dirs: string[]; namespace: string }

/**
 * Where an object is applied, as the production kustomizations that deploy it render it: the namespace the outermost
 * kustomization on the way that sets `namespace:` gives it (kustomize's namespace transformer overrides the object's own),
 * else its own. `overlays`: the kustomizations of one workload variant (K8sWorkload.overlays), one placement each (a patch
 * folder without a kustomization applies the object on its own); without them, every production kustomization that
 * deploys the object's file, else the object on its own in its folder.
 */
export function placementsOf(snapshot: SnapshotView, obj: K8sObject, overlays: readonly string[] = []): K8sPlacement[] {
  const own = statedNamespace(obj);
  const records = kustomizeDeployments(snapshot).get(obj.file) ?? [];
  const { dirs, names } = kustomizeNamespaces(snapshot);
  const via = (dirs: Iterable<string>): string => { for (const d of dirs) { const ns = names.get(d); if (ns !== undefined) return ns; } return own; };
  if (overlays.length) {
    return overlays.map((k) => {
      const rec = records.find((r) => r.entry === k);
      if (rec) return { entry: k, dirs: [k], namespace: via(rec.via) };
      return dirs.has(k) ? { entry: k, dirs: [k], namespace: names.get(k) ?? own } : { entry: null, dirs: [k, dirname(obj.file)], namespace: own };
    });
  }
  if (records.length) return records.map((r) => ({ entry: r.entry, dirs: [r.entry], namespace: via(r.via) }));
  return [{ entry: null, dirs: [dirname(obj.file)], namespace: own }];
}
