import { z } from 'zod';
import { defineCheck } from './define.js';
import { k8sContainerGroups } from './util/groups.js';
import { podSpec, type K8sContainer } from '../repo/k8s.js';
import { isObject } from '../repo/yaml.js';

type Verdict = { ok: true } | { ok: false; reason: string };

/** Whether a container is guaranteed to run as non-root, with the container's settings overriding the pod's. */
function judge(c: K8sContainer): Verdict | null {
  const ps = podSpec(c.object);
  const rawPod = ps?.spec['securityContext'];
  const rawSc = c.container['securityContext'];
  // A securityContext that is not a mapping comes from a template: not verifiable here.
  if ((rawPod !== undefined && rawPod !== null && !isObject(rawPod)) || (rawSc !== undefined && rawSc !== null && !isObject(rawSc))) return null;
  const podSc = isObject(rawPod) ? rawPod : {};
  const sc = isObject(rawSc) ? rawSc : {};
  const pick = (k: string) => (sc[k] !== undefined && sc[k] !== null ? { v: sc[k], from: 'container' } : podSc[k] !== undefined && podSc[k] !== null ? { v: podSc[k], from: 'pod' } : null);
  const user = pick('runAsUser');
  const nonRoot = pick('runAsNonRoot');
  const uid = typeof user?.v === 'number' ? user.v : typeof user?.v === 'string' && /^\d+$/.test(user.v) ? Number(user.v) : null;
  // A templated value (`{{ .Values.uid }}` rendered as text) cannot be judged.
  if ((user && uid === null) || (nonRoot && typeof nonRoot.v !== 'boolean')) return null;
  if (uid === 0) return { ok: false, reason: `runs as root (${user!.from} securityContext.runAsUser: 0)` };
  if (uid !== null && uid > 0) return { ok: true };
  if (nonRoot?.v === true) return { ok: true };
  if (nonRoot?.v === false) return { ok: false, reason: `${nonRoot.from} securityContext sets runAsNonRoot: false` };
  return { ok: false, reason: 'neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0' };
}

const isWindows = (c: K8sContainer): boolean => {
  const ps = podSpec(c.object);
  const os = ps && isObject(ps.spec['os']) ? ps.spec['os']['name'] : undefined;
  return os === 'windows';
};

/** Pod or container securityContext guarantees a non-root user. */
export const k8sRunAsNonRoot = defineCheck({
  id: 'k8s-run-as-non-root',
  title: 'Kubernetes containers run as non-root',
  severity: 'high',
  description: 'The pod or container securityContext guarantees a non-root user (runAsNonRoot: true or runAsUser > 0).',
  match: [
    {
      // As dockerfile-non-root reads it: "non-root", "not/don't/doesn't/never run as root", "No container runs as root".
      pattern: /\b(?:containers?|pods?)\b[^;]*\b(?:non-? ?root|(?:not|don't|doesn't|never) (?:runs? |running )?as root)\b|\bnon-? ?root\b[^;]*\b(?:containers?|pods?)\b|\bno (?:containers?|pods?) (?:runs?|running) as root\b|\brunasnonroot\b/,
      unless: /\bdockerfiles?\b/,
      note: 'a promise that containers do not run as root: on Kubernetes, securityContext decides',
    },
    {
      pattern: /\bnon-? ?root\b|\b(?:not|don't|doesn't|never) (?:runs? |running )?as root\b/,
      context: /\b(?:kubernetes|k8s|pods?)\b/,
      unless: /\bdockerfiles?\b/,
      note: 'non-root under a Kubernetes heading',
    },
  ],
  docs: {
    why: 'A container running as root turns any code-execution bug or container escape into root on the node; `runAsNonRoot` makes the kubelet refuse to start an image that would run as root.',
    fix: 'Set `securityContext: { runAsNonRoot: true, runAsUser: 10001 }` on the pod (or each container) and build the image with a numeric non-root `USER`.',
    details: [
      'Each container and initContainer of every workload kind (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod) is judged. A container passes when its effective `runAsUser` (container value, else the pod\'s) is > 0, or its effective `runAsNonRoot` is `true`; the container setting overrides the pod\'s, so a container `runAsNonRoot: false` undoes the pod\'s `true`, and `runAsUser: 0` fails even with `runAsNonRoot: true` (the kubelet would refuse to start it).',
      'A `USER` in the Dockerfile is not a guarantee at this level (a different image tag can change it). Windows pods (`spec.os.name: windows`) and templated values that cannot be read are not judged. Containers are matched across files by workload kind and name, so a kustomize patch that sets the securityContext satisfies its base.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    const groups = k8sContainerGroups(snapshot, () => true);
    if (!groups.length) { skip('no Kubernetes workloads'); return; }
    for (const group of groups) {
      const verdicts = group.filter((c) => !isWindows(c)).map(judge);
      if (!verdicts.length || verdicts.some((v) => v === null || v.ok)) continue;
      const c = group[0]!;
      const reason = (verdicts[0] as { reason: string }).reason;
      report({ file: c.object.file, line: c.line, column: c.column, message: `${c.init ? 'init container' : 'container'} '${c.name}' of ${c.object.kind} '${c.object.name ?? '?'}' is not guaranteed to run as non-root: ${reason}; set runAsNonRoot: true and a numeric runAsUser` });
    }
  },
});
