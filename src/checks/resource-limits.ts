import { z } from 'zod';
import { defineCheck } from './define.js';
import { dirname, isComposeFile, isTemplate } from '../repo/classify.js';
import { isDevConfig, isHelmTemplate, isTestFile } from './util/code.js';
import { containers, type K8sContainer, type K8sObject } from '../repo/k8s.js';
import type { ComposeService } from '../repo/compose.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { isObject } from '../repo/yaml.js';

/**
 * Compose services grouped by directory and service name: `docker-compose.yml` and the overlays
 * next to it (`docker-compose.prod.yml`) describe the same service and are merged at deploy time.
 * Files reached only through `extends.file` are bases, judged through the services that extend them.
 * The first member is the one to point at (the base file's definition).
 */
export function composeServiceGroups(snapshot: SnapshotView): ComposeService[][] {
  const groups = new Map<string, ComposeService[]>();
  for (const cf of snapshot.composeFiles()) {
    if (!isComposeFile(cf.path) || isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const key = `${dirname(cf.path)}\u0000${svc.name}`;
      groups.set(key, [...(groups.get(key) ?? []), svc]);
    }
  }
  const rank = (f: string) => (/^(docker-)?compose\.ya?ml$/i.test(f.slice(f.lastIndexOf('/') + 1)) ? 0 : 1);
  return [...groups.values()].map((g) => g.sort((a, b) => rank(a.file) - rank(b.file) || a.file.localeCompare(b.file)));
}

/**
 * Judges compose groups for a property: production files must provide it (a development overlay
 * does not count for production). Returns the failing groups' target service and whether the
 * whole group is development-only (→ note).
 */
export function composeMissing(snapshot: SnapshotView, has: (svc: ComposeService) => boolean): { svc: ComposeService; dev: boolean }[] {
  const out: { svc: ComposeService; dev: boolean }[] = [];
  for (const group of composeServiceGroups(snapshot)) {
    const prod = group.filter((s) => !isDevConfig(s.file));
    const judged = prod.length ? prod : group;
    if (judged.some(has)) continue;
    out.push({ svc: judged[0]!, dev: !prod.length });
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
      const key = obj.name === null ? `${obj.file}\u0000${obj.docIndex}\u0000${c.path.join('.')}` : `${obj.kind}\u0000${obj.name}\u0000${c.init}\u0000${c.name}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
  }
  const patch = (c: K8sContainer) => Number(typeof c.container['image'] !== 'string');
  return [...groups.values()].map((g) => g.sort((a, b) => patch(a) - patch(b)));
}

const hasComposeMemory = (svc: ComposeService): boolean => {
  const v = svc.value;
  if (v['mem_limit'] !== undefined && v['mem_limit'] !== null) return true;
  const deploy = v['deploy'];
  const res = isObject(deploy) ? deploy['resources'] : undefined;
  const limits = isObject(res) ? res['limits'] : undefined;
  return isObject(limits) && limits['memory'] !== undefined && limits['memory'] !== null;
};

/** Memory limit state of a container: present, missing, or not verifiable (templated `resources`). */
function k8sMemory(c: K8sContainer): 'set' | 'missing' | 'unknown' {
  const res = c.container['resources'];
  if (res === undefined || res === null) return 'missing';
  if (!isObject(res)) return 'unknown';
  const limits = res['limits'];
  if (limits === undefined || limits === null) return 'missing';
  if (!isObject(limits)) return 'unknown';
  return limits['memory'] !== undefined && limits['memory'] !== null ? 'set' : 'missing';
}

/** Namespaces (or '' for unspecified) that have a LimitRange giving containers a default memory limit. */
function limitRangeNamespaces(objects: K8sObject[]): Set<string> {
  const out = new Set<string>();
  for (const o of objects) {
    if (o.kind !== 'LimitRange') continue;
    const spec = o.value['spec'];
    const limits = isObject(spec) && Array.isArray(spec['limits']) ? spec['limits'] : [];
    if (limits.some((l) => isObject(l) && (l['type'] ?? 'Container') === 'Container' && isObject(l['default']) && l['default']['memory'] !== undefined)) out.add(namespaceOf(o));
  }
  return out;
}

const namespaceOf = (o: K8sObject): string => {
  const m = o.value['metadata'];
  return isObject(m) && typeof m['namespace'] === 'string' ? m['namespace'] : '';
};

/** Compose services and Kubernetes containers declare a memory limit. */
export const resourceLimits = defineCheck({
  id: 'resource-limits',
  title: 'Services have memory limits',
  severity: 'medium',
  description: 'Compose services and Kubernetes containers declare a memory limit.',
  match: [
    {
      pattern: /\b(?:resource|memory) limits?\b[^;]*\b(?:docker|compose|containers?|kubernetes|k8s|pods?)\b|\b(?:docker|compose|containers?|kubernetes|k8s|pods?)\b[^;]*\b(?:resource|memory) limits?\b/,
      note: 'a promise about container resource limits: the check requires a memory limit',
    },
    {
      pattern: /\b(?:resource|memory) limits?\b/,
      context: /\b(?:docker|containers?|compose|kubernetes|k8s)\b/,
      unless: /\b(?:redis|database|db|jvm|heap|upload|file descriptors?)\b/,
      note: 'resource limits under a Docker/containers heading',
    },
  ],
  docs: {
    why: 'A service without a memory limit can exhaust the host: one leak takes every neighbour down with it, and the kernel OOM killer picks its victim at random.',
    fix: 'Set `deploy.resources.limits.memory` (or `mem_limit`) per compose service, and `resources.limits.memory` per Kubernetes container.',
    details: [
      'Compose: a service passes with `deploy.resources.limits.memory` or `mem_limit` (after `extends` and merge keys). Compose files in one folder are merged at deploy time (`-f docker-compose.yml -f docker-compose.prod.yml`), so a limit set for the service in any production file of the folder counts; a limit set only in a development overlay does not. One finding per service, at its key in the base file.',
      'Kubernetes: every app container of every workload kind (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod, …) needs `resources.limits.memory`. initContainers are not judged: they run to completion before the app starts. Containers are matched by workload kind, workload name and container name across files, so a kustomize overlay patch that adds limits satisfies its base. A LimitRange with a default memory limit for containers in the same namespace (or an unspecified one) satisfies every container. A templated `resources` value that cannot be read is not judged.',
      'Development-only compose files (`docker-compose.override.yml`, `docker-compose.dev.yml`, `.devcontainer/`) get `info` notes. Files under test folders and Helm chart templates (values decide) are not judged.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    const objects = snapshot.k8sObjects();
    const groups = composeServiceGroups(snapshot);
    const k8s = k8sContainerGroups(snapshot, (_o, c) => !c.init);
    if (!groups.length && !k8s.length) { skip('no compose services or Kubernetes containers'); return; }
    for (const { svc, dev } of composeMissing(snapshot, hasComposeMemory)) {
      const message = `compose service '${svc.name}' has no memory limit; set deploy.resources.limits.memory (or mem_limit)`;
      report({ file: svc.file, line: svc.line, column: svc.column, message: dev ? `${message} (development-only file)` : message, note: dev || undefined });
    }
    const defaults = limitRangeNamespaces(objects);
    for (const group of k8s) {
      const states = group.map(k8sMemory);
      if (states.some((s) => s !== 'missing')) continue;
      const c = group[0]!;
      const ns = namespaceOf(c.object);
      if (defaults.has(ns) || defaults.has('') || (ns === '' && defaults.size)) continue;
      report({ file: c.object.file, line: c.line, column: c.column, message: `container '${c.name}' of ${c.object.kind} '${c.object.name ?? '?'}' has no memory limit; set resources.limits.memory` });
    }
  },
});
