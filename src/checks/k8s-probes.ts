import { z } from 'zod';
import { defineCheck } from './define.js';
import { k8sContainerGroups } from './util/groups.js';

const KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** Long-running workload containers declare readiness and liveness probes. */
export const k8sProbes = defineCheck({
  id: 'k8s-probes',
  title: 'Kubernetes containers have readiness and liveness probes',
  severity: 'medium',
  description: 'Deployment, StatefulSet and DaemonSet containers declare a readinessProbe and a livenessProbe.',
  match: [
    {
      pattern: /\b(?:readiness|liveness|startup) probes?\b/,
      note: 'a promise about Kubernetes probes: the check reads the workload containers',
    },
    {
      pattern: /\bhealth ?checks?\b/,
      context: /\b(?:docker|containers?|kubernetes|k8s|pods?)\b/,
      unless: /\b(?:endpoints?|pass(?:es|ing)?|returns?|intervals?|script|\.sh|daily|regularly|weekly|monitor(?:ing)?|dockerfiles?|all services)\b/,
      note: 'health checks under a containers/Kubernetes heading: on Kubernetes they are probes',
    },
  ],
  docs: {
    why: 'Without a readiness probe a pod receives traffic before it can serve (and during rollouts); without a liveness probe a deadlocked process is never restarted.',
    fix: 'Add `readinessProbe` and `livenessProbe` (httpGet on a health endpoint, or tcpSocket/exec/grpc) to each app container.',
    details: [
      'Judges the app containers of Deployment, StatefulSet and DaemonSet. initContainers (including native sidecars) are not judged; Jobs, CronJobs and bare Pods are exempt (they run to completion or are managed by hand).',
      'A `startupProbe` does not replace either probe: it only delays them. One finding per container, at its `name:`, listing what is missing.',
      'Containers are matched by workload kind, workload name and container name across files, so a kustomize overlay patch that adds the probes satisfies its base.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    const groups = k8sContainerGroups(snapshot, (o, c) => KINDS.has(o.kind) && !c.init);
    if (!groups.length) { skip('no Deployment, StatefulSet or DaemonSet'); return; }
    for (const group of groups) {
      const has = (probe: string) => group.some((c) => c.container[probe] !== undefined && c.container[probe] !== null);
      const missing = ['readinessProbe', 'livenessProbe'].filter((p) => !has(p));
      if (!missing.length) continue;
      const c = group[0]!;
      report({ file: c.object.file, line: c.line, column: c.column, message: `container '${c.name}' of ${c.object.kind} '${c.object.name ?? '?'}' has no ${missing.join(' and no ')}; add ${missing.length > 1 ? 'them' : 'it'} so Kubernetes routes traffic only to ready pods and restarts hung ones` });
    }
  },
});
