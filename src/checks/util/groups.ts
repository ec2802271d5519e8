import { basename, dirname, isComposeFile, isDevOnly, isTemplate, isTestFile } from '../../repo/classify.js';
import { isHelmTemplate } from './code.js';
import { containers, type K8sContainer, type K8sObject } from '../../repo/k8s.js';
import type { ComposeService } from '../../repo/compose.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';

/**
 * Compose services grouped by directory and service name: `docker-compose.yml` and the overlays
 * next to it (`docker-compose.prod.yml`) describe the same service and are merged at deploy time.
 * Files reached only through `extends.file` are bases, judged through the services that extend them.
 * The first member is the one to point at (the base file's definition).
 */
export const composeServiceGroups = perView(function composeServiceGroups(snapshot: SnapshotView): ComposeService[][] {
  const groups = new Map<string, ComposeService[]>();
  for (const cf of snapshot.composeFiles()) {
    if (!isComposeFile(cf.path) || isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const key = `${dirname(cf.path)}\u0000${svc.name}`;
      groups.set(key, [...(groups.get(key) ?? []), svc]);
    }
  }
  const rank = (f: string) => (/^(docker-)?compose\.ya?ml$/i.test(basename(f)) ? 0 : 1);
  return [...groups.values()].map((g) => g.sort((a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file)));
});

/**
 * The members of a group that speak for production (a development overlay does not), or the whole
 * group when it is development-only (`dev`: its findings are notes).
 */
export function judgedServices(group: ComposeService[]): { judged: ComposeService[]; dev: boolean } {
  const prod = group.filter((s) => !isDevOnly(s.file));
  return prod.length ? { judged: prod, dev: false } : { judged: group, dev: true };
}

/**
 * Judges compose groups for a property: production files must provide it (a development overlay
 * does not count for production). Returns the failing groups' target service and whether the
 * whole group is development-only (→ note).
 */
export function composeMissing(snapshot: SnapshotView, has: (svc: ComposeService) => boolean): { svc: ComposeService; dev: boolean }[] {
  const out: { svc: ComposeService; dev: boolean }[] = [];
  for (const group of composeServiceGroups(snapshot)) {
    const { judged, dev } = judgedServices(group);
    if (judged.some(has)) continue;
    out.push({ svc: judged[0]!, dev });
  }
  return out;
}

/**
 * Containers grouped by workload kind, workload name and container name across the repository:
 * a kustomize base and its overlay patches describe one container. The first member is one that
 * names an image (a full definition, not a patch).
 */
export function k8sContainerGroups(snapshot: SnapshotView, accept: (obj: K8sObject, c: K8sContainer) => boolean): K8sContainer[][] {
  const groups = new Map<string, K8sContainer[]>();
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file) || isHelmTemplate(obj.file, snapshot.text(obj.file))) continue;
    for (const c of containers(obj)) {
      if (!accept(obj, c)) continue;
      const key = obj.name === null ? `${obj.file}\u0000${obj.docIndex}\u0000${obj.item ?? ''}\u0000${c.path.join('.')}` : `${obj.kind}\u0000${obj.name}\u0000${c.init}\u0000${c.name}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
  }
  const patch = (c: K8sContainer) => Number(typeof c.container['image'] !== 'string');
  return [...groups.values()].map((g) => g.sort((a, b) => patch(a) - patch(b)));
}

