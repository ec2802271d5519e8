import { z } from 'zod';
import { defineCheck } from './define.js';
import { composeMissing, composeServiceGroups, k8sContainerGroups } from './util/groups.js';
import { type K8sContainer, type K8sObject } from '../repo/k8s.js';
import type { ComposeService } from '../repo/compose.js';
import { isObject } from '../repo/yaml.js';

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
