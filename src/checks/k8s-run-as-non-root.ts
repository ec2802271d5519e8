import { z } from 'zod';
import { defineCheck } from './define.js';
import { addVariant, devOnlyWorkload, K8S_DEV_DOCS, kustomizeDocs, k8sWorkloads, overlayNote, overlayScope, unreadWorkloadManifests, unparsedNote, type K8sMergedContainer, type K8sRemoval, type K8sSetting, type K8sWorkload, judgesDeployFile } from './util/groups.js';
import { terraformK8sWorkloads, TF_K8S_DOCS } from './util/tf-kubernetes.js';
import { isCloudRun, podSpec, workloadLabel } from '../repo/k8s.js';
import { isObject } from '../repo/yaml.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { helmChartName, helmExternalValues, helmField, helmRenderings, helmValuesContainers, helmValuesKey, helmWorkloadLabel, shownTemplateName, helmValuesObject, isHelmValuesObject, type HelmRendering, type HelmValuePlace } from './util/helm-values.js';
import { k8sBool, quotedAt } from './util/k8s-bool.js';
import { NON_ROOT_SAFEGUARD, NOT_AS_ROOT_IN_PODS_TRANSLATED, onKubernetesOnly, KUBERNETES_ONLY_DOCS, OTHER_ORCHESTRATORS } from '../checklist/phrases.js';

type Verdict = { ok: true } | { ok: false; reason: string; at: K8sSetting | null; removed?: K8sRemoval | null; fix?: string; note?: boolean };

const FIX = 'set runAsNonRoot: true and a numeric runAsUser';
/** On Windows runAsNonRoot makes the kubelet refuse ContainerAdministrator; runAsUserName names the account the container runs as. */
const WINDOWS_FIX = 'set runAsNonRoot: true (on Windows the kubelet then refuses ContainerAdministrator) and windowsOptions.runAsUserName: ContainerUser';
/** The Windows accounts that are the administrator of a container (the kubelet's runAsNonRoot refuses ContainerAdministrator), and the host's SYSTEM account. */
const WINDOWS_ADMIN = /^(?:containeradministrator|nt authority\\system)$/i;

/**
 * How a workload runs on Windows nodes: `os` when the pod says so (`spec.os.name: windows`: the API server then rejects the
 * Linux-only runAsUser and runAsGroup), `node` when only its node selector does (`kubernetes.io/os: windows`: runAsUser is
 * accepted but ignored there); null for a Linux pod.
 */
function windowsPod(w: K8sWorkload): 'os' | 'node' | null {
  if (w.pod('os', 'name')?.value === 'windows') return 'os';
  return ['kubernetes.io/os', 'beta.kubernetes.io/os'].some((k) => w.pod('nodeSelector', k)?.value === 'windows') ? 'node' : null;
}

/** The effective value of a securityContext field for a container (its own, else the pod's), and which of them sets it. */
type Pick = (k: string) => (K8sSetting & { from: 'container' | 'pod' }) | null;
const mergedPick = (w: K8sWorkload, c: K8sMergedContainer): Pick => (k) => {
  const own = c.get('securityContext', ...k.split('.'));
  if (own) return { ...own, from: 'container' };
  const pod = w.pod('securityContext', ...k.split('.'));
  return pod ? { ...pod, from: 'pod' } : null;
};

/**
 * A Helm chart template's container as one values set renders it (helmField): the securityContext fields the template
 * writes or takes from the values (`{{- toYaml .Values.securityContext | nindent 12 }}`, located in the values file),
 * whether every place that could set them was read (`complete`: no helper or `range` that is not read), and the values
 * blocks that render the pod's and the container's securityContext (where a missing setting is reported). Null when the
 * set does not render the container.
 */
type HelmPick = { pick: Pick; complete: boolean; blocks: HelmValuePlace[]; via: string[]; empty: boolean; left: ('container' | 'pod')[] };
function helmPick(snapshot: SnapshotView, r: HelmRendering, w: K8sWorkload, c: K8sMergedContainer, entry?: string, windows = false): HelmPick | null {
  const obj = w.object;
  const podPath = podSpec(obj)?.path;
  if (!podPath) return null;
  let complete = true;
  const blocks: HelmValuePlace[] = [];
  const via: string[] = [];
  // Every values block read is an empty mapping (`securityContext: {}`, as `helm create` writes it).
  let empty = true;
  // The securityContexts the template writes in a branch this set leaves out (Bitnami's `{{- if .Values.containerSecurityContext.enabled }}`
  // with `enabled: false` in values-production.yaml): the key's line is blanked in the rendering.
  const left: ('container' | 'pod')[] = [];
  const leftOut = (base: (string | number)[]) => {
    let v: unknown = obj.value;
    for (const k of [...base, 'securityContext']) v = Array.isArray(v) && typeof k === 'number' ? v[k] : isObject(v) ? v[String(k)] : undefined;
    if (v === undefined) return false;
    const line = obj.loc([...base, 'securityContext'], true).line - 1;
    return !!(r.raw[line] ?? '').trim() && !(r.lines[line] ?? '').trim();
  };
  const read = (base: (string | number)[], k: string, literal: () => K8sSetting | null): K8sSetting | null | 'not-rendered' => {
    const f = helmField(r, obj, base, ['securityContext', ...k.split('.')]);
    if (f.from === 'not-rendered') return f.from;
    if (f.from === 'unknown') { complete = false; return literal(); }
    if (f.from === 'absent') {
      const which = base === podPath ? 'pod' : 'container';
      if (!left.includes(which) && leftOut(base)) left.push(which);
      return null;
    }
    if (f.from === 'template') return literal();
    if (f.block && !blocks.some((b) => b.file === f.block!.file && b.key === f.block!.key)) blocks.push(f.block);
    if (!via.includes(f.source)) via.push(f.source);
    let src: unknown = r.set.values;
    for (const key of f.source.split('.')) src = isObject(src) ? src[key] : undefined;
    if (!isObject(src) || Object.keys(src).length) empty = false;
    return f.at && f.value !== null ? { value: f.value, object: helmValuesObject(snapshot, f.at.file), path: f.at.path, readable: true } : null;
  };
  // A container from a values list (`sidecars[0]`): its securityContext is the entry's, as written in the values file.
  if (entry !== undefined) { via.push(`${entry}.securityContext`); empty = false; }
  const fields = new Map<string, (K8sSetting & { from: 'container' | 'pod' }) | null>();
  // A Windows pod's account too (windowsOptions.runAsUserName).
  for (const k of windows ? ['runAsUser', 'runAsNonRoot', 'windowsOptions.runAsUserName'] : ['runAsUser', 'runAsNonRoot']) {
    const own = entry !== undefined ? c.get('securityContext', ...k.split('.')) : read(c.at.path, k, () => c.get('securityContext', ...k.split('.')));
    const pod = read(podPath, k, () => w.pod('securityContext', ...k.split('.')));
    if (own === 'not-rendered' || pod === 'not-rendered') return null;
    fields.set(k, own ? { ...own, from: 'container' } : pod ? { ...pod, from: 'pod' } : null);
  }
  // As `helm create` writes them: `podSecurityContext: {}` and `securityContext: {}`. A values list entry that sets
  // neither is reported at the entry (its `name:`), not at the pod's values block.
  return { pick: (k) => fields.get(k) ?? null, complete, blocks: entry !== undefined ? [] : blocks, via, empty: empty && via.length > 0 && via.every((v) => v === 'securityContext' || v === 'podSecurityContext'), left };
}

/**
 * Whether a container is guaranteed to run as non-root, with the container's settings overriding
 * the pod's, after the workload's patches are merged. A failure carries the setting that makes it
 * (null when nothing is set); null when a templated value cannot be read. `runAsNonRoot` is read as
 * Kubernetes reads it (YAML 1.1: a plain `no`/`off` is false, `yes`/`on` true); a value that is no
 * boolean to Kubernetes (a quoted `"true"`, `1`) makes kubectl reject the manifest: a note (`note: true`).
 */
function judge(w: K8sWorkload, c: K8sMergedContainer, lines: (file: string) => readonly string[] | undefined, pick: Pick = mergedPick(w, c)): Verdict | null {
  const windows = windowsPod(w);
  if (windows) return judgeWindows(w, c, lines, pick, windows);
  const user = pick('runAsUser');
  const nonRoot = pick('runAsNonRoot');
  // A securityContext that is not a mapping comes from a template: not verifiable here.
  if ((user && !user.readable) || (nonRoot && !nonRoot.readable)) return null;
  const uid = typeof user?.value === 'number' ? user.value : typeof user?.value === 'string' && /^\d+$/.test(user.value) ? Number(user.value) : null;
  const flag = nonRoot ? k8sBool(nonRoot.value, () => ({ at: nonRoot.object.loc(nonRoot.path), lines: lines(nonRoot.object.file) })) : null;
  // A quoted UID (`runAsUser: "1000"`) is a string to Kubernetes, which rejects the manifest (runAsUser is an int64).
  const quotedUser = uid !== null && typeof user?.value === 'string' ? quotedAt(user.object.loc(user.path), lines(user.object.file)) : null;
  // A templated value (`{{ .Values.uid }}` rendered as text, `${NON_ROOT}`) cannot be judged.
  if ((user && uid === null) || flag?.kind === 'unverifiable') return null;
  const where = (s: K8sSetting) => (isHelmValuesObject(s.object) ? `, Helm value ${helmValuesKey(s.path)}` : s.object.file !== c.at.object.file ? `, set by a patch over ${c.at.object.file}` : '');
  const nonRootTrue = flag?.kind === 'bool' && flag.value;
  if (uid === 0) {
    // With runAsNonRoot: true as well the kubelet refuses to start the container: the advice is the UID, not the flag.
    if (nonRootTrue) return { ok: false, reason: `runs as root (${user!.from} securityContext.runAsUser: 0${where(user!)}), which contradicts runAsNonRoot: true: the kubelet refuses to start it`, at: user, fix: 'set runAsUser to a non-zero UID' };
    return { ok: false, reason: `runs as root (${user!.from} securityContext.runAsUser: 0${where(user!)})`, at: user };
  }
  // Not a boolean to Kubernetes: the API server rejects the manifest ("expected boolean"), so it guarantees nothing.
  if (flag?.kind === 'invalid') return { ok: false, note: true, reason: `${nonRoot!.from} securityContext.runAsNonRoot: ${flag.shown}${where(nonRoot!)} is no boolean to Kubernetes, which rejects the manifest`, at: nonRoot, fix: 'write runAsNonRoot: true, unquoted' };
  if (quotedUser) return { ok: false, note: true, reason: `${user!.from} securityContext.runAsUser: ${quotedUser}${user!.value}${quotedUser}${where(user!)} is no integer to Kubernetes, which rejects the manifest`, at: user, fix: `write runAsUser: ${uid}, unquoted` };
  if (uid !== null && uid > 0) return { ok: true };
  if (nonRootTrue) return { ok: true };
  if (flag?.kind === 'bool' && !flag.value) {
    const written = typeof nonRoot!.value === 'string' ? `${nonRoot!.value} (false to Kubernetes, which reads YAML 1.1 booleans)` : 'false';
    return { ok: false, reason: `${nonRoot!.from} securityContext sets runAsNonRoot: ${written}${where(nonRoot!)}`, at: nonRoot };
  }
  // A setting an overlay patch removes (`runAsNonRoot: null`, `securityContext: null`) is reported where the patch removes it.
  const removed = c.removed('securityContext', 'runAsNonRoot') ?? w.podRemoved('securityContext', 'runAsNonRoot') ?? c.removed('securityContext', 'runAsUser') ?? w.podRemoved('securityContext', 'runAsUser');
  const by = removed ? ` (the patch ${removed.object.file} removes ${removed.path[removed.path.length - 1] === '$patch' ? 'it' : String(removed.path[removed.path.length - 1])})` : '';
  return { ok: false, reason: `neither the pod nor the container securityContext sets runAsNonRoot: true or runAsUser > 0${by}`, at: null, removed };
}

/**
 * A Windows pod's container (windowsPod): whether it is guaranteed not to run as the container's administrator. Kubernetes
 * documents runAsNonRoot for Windows ("will prevent containers from running as ContainerAdministrator": the kubelet refuses an
 * effective runAsUserName, or else the image's user, of ContainerAdministrator), and `windowsOptions.runAsUserName` (the container's
 * own over the pod's) names the account: ContainerAdministrator (or the host's `NT AUTHORITY\SYSTEM`) fails, another account
 * (ContainerUser) passes, as runAsNonRoot: true does. runAsUser is a Linux setting: the API server rejects it in a pod with
 * `spec.os.name: windows` (a note), and a Windows node ignores it, so it guarantees nothing here.
 */
function judgeWindows(w: K8sWorkload, c: K8sMergedContainer, lines: (file: string) => readonly string[] | undefined, pick: Pick, windows: 'os' | 'node'): Verdict | null {
  const name = pick('windowsOptions.runAsUserName');
  const nonRoot = pick('runAsNonRoot');
  const user = pick('runAsUser');
  if ((name && !name.readable) || (nonRoot && !nonRoot.readable) || (user && !user.readable)) return null;
  const flag = nonRoot ? k8sBool(nonRoot.value, () => ({ at: nonRoot.object.loc(nonRoot.path), lines: lines(nonRoot.object.file) })) : null;
  const account = typeof name?.value === 'string' ? name.value.trim() : null;
  // A templated account (`${WIN_USER}`, `{{ .Values.user }}` rendered as text) or flag cannot be judged.
  if ((name && (account === null || !account || /\$\{|\{\{|\$\(/.test(account))) || flag?.kind === 'unverifiable') return null;
  const where = (s: K8sSetting) => (isHelmValuesObject(s.object) ? `, Helm value ${helmValuesKey(s.path)}` : s.object.file !== c.at.object.file ? `, set by a patch over ${c.at.object.file}` : '');
  const nonRootTrue = flag?.kind === 'bool' && flag.value;
  if (account !== null && WINDOWS_ADMIN.test(account)) {
    const set = `${name!.from} securityContext.windowsOptions.runAsUserName: ${account}${where(name!)}`;
    if (nonRootTrue) return { ok: false, reason: `runs as the Windows administrator (${set}), which contradicts runAsNonRoot: true: the kubelet refuses to start it`, at: name, fix: 'set windowsOptions.runAsUserName: ContainerUser' };
    return { ok: false, reason: `runs as the Windows administrator (${set})`, at: name, fix: 'set windowsOptions.runAsUserName: ContainerUser and runAsNonRoot: true' };
  }
  if (user && windows === 'os') return { ok: false, note: true, reason: `${user.from} securityContext.runAsUser${where(user)} is a Linux setting, which the API server rejects in a Windows pod (spec.os.name: windows)`, at: user, fix: `remove runAsUser; ${WINDOWS_FIX}` };
  if (flag?.kind === 'invalid') return { ok: false, note: true, reason: `${nonRoot!.from} securityContext.runAsNonRoot: ${flag.shown}${where(nonRoot!)} is no boolean to Kubernetes, which rejects the manifest`, at: nonRoot, fix: 'write runAsNonRoot: true, unquoted' };
  if (nonRootTrue || account !== null) return { ok: true };
  const ignored = user ? ` (runAsUser is a Linux setting: a Windows node ignores it)` : '';
  if (flag?.kind === 'bool' && !flag.value) {
    const written = typeof nonRoot!.value === 'string' ? `${nonRoot!.value} (false to Kubernetes, which reads YAML 1.1 booleans)` : 'false';
    return { ok: false, reason: `${nonRoot!.from} securityContext sets runAsNonRoot: ${written}${where(nonRoot!)} and no windowsOptions.runAsUserName${ignored}`, at: nonRoot, fix: WINDOWS_FIX };
  }
  const removed = c.removed('securityContext', 'runAsNonRoot') ?? w.podRemoved('securityContext', 'runAsNonRoot') ?? c.removed('securityContext', 'windowsOptions', 'runAsUserName') ?? w.podRemoved('securityContext', 'windowsOptions', 'runAsUserName');
  const by = removed ? ` (the patch ${removed.object.file} removes ${removed.path[removed.path.length - 1] === '$patch' ? 'it' : String(removed.path[removed.path.length - 1])})` : '';
  return { ok: false, reason: `a Windows pod whose securityContext sets neither runAsNonRoot: true nor windowsOptions.runAsUserName, so the image's account runs it (ContainerAdministrator in Server Core images)${ignored}${by}`, at: null, removed, fix: WINDOWS_FIX };
}

/** Checklist items about another user than the pod's (the Dockerfile's `USER`, a service, database or login user, CI runners): not this check's. */
const OTHER_USERS = String.raw`user (?:directive|instruction)|service users?|systemd|ssh|ssm|database|db|bastion|sudo|login|access to (?:the )?(?:nodes?|hosts?|servers?|vms?|instances?)|(?:ci|build|self-hosted|github actions|gitlab) runners?|runner containers?|build agents?`;
/**
 * The Dockerfile named is its `USER`, unless the item names the pods' own settings beside it as a second place ("Runs as
 * non-root in the Dockerfile and in the Kubernetes pod spec", "… both in the Dockerfile and in the Kubernetes manifests").
 */
const POD_SETTINGS_NAMED_TOO = String.raw`(?![^]*\b(?:pod ?specs?|securitycontext|runasnonroot|runasuser|(?:in|on|for|and|both) (?:the |our |its |every |each |all )?(?:kubernetes|k8s|helm|pods?)\b))`;
const NOT_THE_POD_USER = new RegExp(String.raw`^${POD_SETTINGS_NAMED_TOO}[^]*\bdockerfiles?\b|\b(?:${OTHER_USERS})\b`);
/** The same, with the database in German, French, Spanish and Portuguese. */
const NOT_THE_POD_USER_TRANSLATED = new RegExp(String.raw`\bdockerfiles?\b|\b(?:${OTHER_USERS}|datenbank|base de données|base de datos|banco de dados)\b`);

/** Pod or container securityContext guarantees a non-root user. */
export const k8sRunAsNonRoot = defineCheck({
  id: 'k8s-run-as-non-root',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file, true),
  title: 'Kubernetes containers run as non-root',
  // The non-root user: "We don't set `runAsNonRoot` on the legacy pod", "`runAsNonRoot: false`" ("No root containers" is the promise).
  safeguard: NON_ROOT_SAFEGUARD,
  severity: 'high',
  description: 'The pod or container securityContext guarantees a non-root user (runAsNonRoot: true or runAsUser > 0).',
  // Not a promise about another orchestrator's containers (ECS, Fargate, Swarm, Nomad), in the item or its headings.
  match: onKubernetesOnly([
    {
      // As dockerfile-non-root reads it: "non-root", "not/don't/doesn't/never run as root", "No container runs
      // as root", "Don't run containers as root"; or an item that names Kubernetes itself, as a heading would
      // ("Runs as non-root user in Kubernetes" under a service's heading).
      pattern: /\bprevent (?:the |all |our )?(?:containers?|pods?) from running as root\b|\bno root (?:containers?|pods?)\b|\b(?:containers?|pods?)\b[^;]*\b(?:non-? ?root|(?:not|don't|doesn't|never) (?:runs? |running )?as root)\b|\bnon-? ?root\b[^;]*\b(?:containers?|pods?)\b|\bno (?:containers?|pods?) (?:runs?|running) as root\b|\b(?:don't|do not|never|must not|should not) run(?:ning)? (?:the |our |any )?(?:containers?|pods?) as root\b|\brunasnonroot\b|\b(?:kubernetes|k8s)\b[^;]*\b(?:non-? ?root|(?:not|don't|doesn't|never) (?:runs? |running )?as root)\b|\b(?:non-? ?root|not (?:run(?:ning)? )?as root)\b[^;]*\b(?:in|on|for) (?:kubernetes|k8s)\b/,
      // A database, service or login user "non-root in containers" is not the pod's securityContext.
      unless: NOT_THE_POD_USER,
      note: 'a promise that containers do not run as root: on Kubernetes, securityContext decides',
    },
    {
      // The setting itself with a non-zero user: "`runAsUser: 1000` on pods", "Pods run with runAsUser 1000",
      // "runAsUser > 0" (the check passes `runAsUser > 0`; `runAsUser: 0` is root and promises nothing).
      pattern: /\brunasuser\b ?(?:(?:[:=]|is|set to|of|>=?|≥) ?)?(?:[1-9]\d{0,9}|> ?0|non-? ?zero)(?![\w.])/,
      unless: NOT_THE_POD_USER,
      note: 'a promise of a non-zero runAsUser: the check reads securityContext',
    },
    {
      pattern: /\bnon-? ?root\b|\b(?:not|don't|doesn't|never) (?:runs? |running )?as root\b/,
      context: /\b(?:kubernetes|k8s|pods?)\b/,
      unless: NOT_THE_POD_USER,
      note: 'non-root under a Kubernetes heading',
    },
    {
      // Under a heading (or parent item) about containers, not Docker's or an image's: "Do NOT run as root" under "## Containers"
      // reads "containers do not run as root", which the first rule binds (on Kubernetes, securityContext decides).
      pattern: /\bnon-? ?root\b|\b(?:not|don't|doesn't|never) (?:runs? |running )?as root\b/,
      context: new RegExp(String.raw`^(?![^]*\b(?:docker\w*|images?|compose|${OTHER_ORCHESTRATORS})\b)[^]*\bcontainers?\b`),
      unless: NOT_THE_POD_USER,
      note: 'non-root under a containers heading: on Kubernetes, securityContext decides',
    },
    {
      // German, French, Spanish, Portuguese and Japanese, as in English: "Container laufen nicht als root", "Los contenedores
      // no se ejecutan como root" (not when the item names the Dockerfile's USER: "… (`USER` im Dockerfile gesetzt)").
      pattern: NOT_AS_ROOT_IN_PODS_TRANSLATED,
      unless: NOT_THE_POD_USER_TRANSLATED,
      note: 'a promise, in German, French, Spanish, Portuguese or Japanese, that containers do not run as root: on Kubernetes, securityContext decides',
    },
  ]),
  docs: {
    why: 'A container running as root turns any code-execution bug or container escape into root on the node; `runAsNonRoot` makes the kubelet refuse to start an image that would run as root.',
    fix: 'Set `securityContext: { runAsNonRoot: true, runAsUser: 10001 }` on the pod (or each container) and build the image with a numeric non-root `USER`.',
    details: [
      'Workloads are Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KEDA `ScaledJob` (its pod template at `spec.jobTargetRef.template`), Argo Rollouts `Rollout` (one with a `workloadRef` borrows the template of the Deployment it names, which is judged as that Deployment), OpenShift `DeploymentConfig`, Knative `Service`/`Configuration`, and any other object whose `spec.template.spec` lists `containers` (OpenKruise CloneSet, …), policy objects (Kyverno, Gatekeeper) and `PodTemplate` aside.',
      'Each container and initContainer of every workload is judged. A container passes when its effective `runAsUser` (container value, else the pod\'s) is > 0, or its effective `runAsNonRoot` is `true`; the container setting overrides the pod\'s, so a container `runAsNonRoot: false` undoes the pod\'s `true`, and `runAsUser: 0` fails even with `runAsNonRoot: true` (the kubelet would refuse to start it). `runAsNonRoot` is read as Kubernetes reads it (kubectl and the API server decode YAML 1.1): a plain `no`, `No`, `NO`, `off`, `n` is `false` and a plain `yes`, `on`, `y` is `true`; a value that is no boolean to Kubernetes (a quoted `"true"`, `"false"`, `"yes"`, a number) makes it reject the manifest (expected boolean), so it guarantees nothing: an `info` note at that value (write it unquoted), not a pass and not a failure; so does a quoted UID (`runAsUser: "1000"`: a string where Kubernetes wants an integer, also rejected), unless it is `"0"`, which fails as root; `${…}`/`{{ … }}` placeholders are not judged. A failure caused by a setting (`runAsUser: 0`, `runAsNonRoot: false`) points at that setting, once, naming every container it fails (init containers as such: `init container \'wait-db\' and containers \'api\', \'nginx\'`); a container with neither setting is reported at its `name:`.',
      kustomizeDocs('So a patch that sets the securityContext satisfies its base, and a root setting in an overlay (or a patch that sets `runAsNonRoot: false`) fails at that setting even over a non-root base; a patch that removes the base\'s setting (`runAsNonRoot: null`) fails at that `null`.'),
      K8S_DEV_DOCS,
      TF_K8S_DOCS,
      KUBERNETES_ONLY_DOCS,
      'A `USER` in the Dockerfile is not a guarantee at this level (a different image tag can change it). Windows pods (`spec.os.name: windows`, or a `nodeSelector` of `kubernetes.io/os: windows`) are judged by the Windows settings: `runAsNonRoot: true` passes (Kubernetes documents it for Windows: the kubelet refuses to start a container whose account is ContainerAdministrator), and so does `securityContext.windowsOptions.runAsUserName` naming another account (`ContainerUser`; the container\'s over the pod\'s); `runAsUserName: ContainerAdministrator` (or the host\'s `NT AUTHORITY\\SYSTEM`) fails at that line, and neither setting fails (the image\'s account runs it: ContainerAdministrator in Server Core images). `runAsUser` is a Linux setting: a Windows node ignores it, and in a pod with `spec.os.name: windows` the API server rejects it (an `info` note). Templated values that cannot be read are not judged. Nor are Cloud Run (fully managed) services: a Knative `Service`/`Configuration` whose metadata or template metadata carries a Cloud Run annotation or label (`run.googleapis.com/ingress`, `run.googleapis.com/launch-stage`…, `cloud.googleapis.com/location`), as `gcloud run services describe --format export` writes the `service.yaml` that `gcloud run services replace` deploys. Cloud Run does not support `securityContext` (`runAsNonRoot`, `runAsUser`); the user the service runs as is the image\'s `USER`, which dockerfile-non-root judges. When every workload is one, the check is skipped and says so; a Knative Service without these marks (on a cluster) is judged as above.',
      'Helm chart templates (`templates/*.yaml` with `{{ }}`, read with lines that are only actions — `{{- include … | nindent 4 }}`, `{{- if … }}` — set aside and values that are an action quoted, so they parse line for line; one that still does not parse gets an info note) are judged for a root setting they write literally (`runAsUser: 0`, `runAsNonRoot: false`, unless the container overrides it). In a chart (`Chart.yaml` and `values.yaml` beside `templates/`), a template is judged as the chart renders it with each of its values sets — `values.yaml` alone, and with each other values file of the chart (`values-production.yaml`, `values_prod.yaml`, `prod-values.yaml`, `values/production.yaml`…; not a development one such as `values-dev.yaml`) or, for a subchart, the parent chart\'s values for it merged over it: a pod or container `securityContext` taken from one values path (`{{- toYaml .Values.securityContext | nindent 12 }}` below the key, as `helm create` writes it; `toYaml .` inside `{{- with .Values.podSecurityContext }}`; Bitnami\'s `common.tplvalues.render` and `renderSecurityContext`), or a `runAsUser`/`runAsNonRoot` the template writes as one values path (`runAsUser: {{ .Values.uid }}`, also through `quote`, `toString` or `trim`; not one a template `default` gives), is read in those values, so a root setting there fails at its line in the values file (`podSecurityContext.runAsUser: 0`, `uid: 0`), and a container that neither the template nor the values make non-root fails at the values block that lacks it (`securityContext: {}`, `helm create`\'s default, fails: the chart deploys as root unless a values file sets it; a `with` branch the values leave out renders no `securityContext`). A `securityContext` the template writes in a branch a values set leaves out (Bitnami\'s `{{- if .Values.containerSecurityContext.enabled }}` with `enabled: false` in `values-production.yaml`) fails at the container\'s `name:`, the message naming that values file, as k8s-probes reports a probe so left out. Containers and initContainers the template takes from a values list (`sidecars`, `extraContainers`, `initContainers` rendered as YAML below `containers:`/`initContainers:`: `{{- with .Values.sidecars }}` `{{- toYaml . | nindent 8 }}`, Bitnami\'s `common.tplvalues.render`) are judged as each values set renders them, their own `securityContext` read in the values file that writes the list, with the pod\'s: a root setting fails at its line there, and an entry that neither it nor the pod makes non-root fails at its `name:` (a list a `range` writes item by item is not read). A failure that only `values.yaml` alone gives, while a production values file (`values-production.yaml`) or the parent chart\'s values override it, is an `info` note naming that file. Values files outside the chart\'s folder that the repository\'s own installs of the chart pass are values sets of the chart as its own `values-production.yaml` is: `helm upgrade|install|template … <chart folder> -f/--values <file>` in CI workflows, scripts and Makefiles (a `${{ matrix.env }}` in the path taken over the workflow\'s matrix, another expansion matched against the repository\'s files), helmfile release `values:` files, Argo CD `helm.valueFiles`, Flux `valuesFiles`, kustomize `valuesFile`/`additionalValuesFiles`, a Terraform `helm_release`\'s `values = [file(…)]` or `templatefile(…)` (a development install\'s, `environments/dev/values.yaml`, aside); when every install of the chart in the repository passes values files, `values.yaml` alone is what none deploys. A setting the chart renders without is an `info` note too when an install of that chart in the repository gives values or patches that are not read and may set it, naming that file: an Argo CD `Application`/`ApplicationSet` whose source `path` is the chart\'s folder, with inline `helm` values, `valuesObject` or `parameters`; a Flux `HelmRelease` whose `chart` is the chart\'s path in a `GitRepository`, with `values`, `valuesFrom` or `postRenderers`; a helmfile release whose `chart:` is the chart\'s folder, with inline values, `set:`, patches or values files the repository does not hold; `helm upgrade|install` of the chart\'s folder with `--set` or a post-renderer; a kustomization whose `helmCharts` renders the chart from its chart home, with `valuesInline` or patches; a Terraform `helm_release` whose `chart` is the chart\'s folder, with `set` blocks (or the provider\'s `set = [{ … }]` list), values written inline (`yamlencode(…)`), `reuse_values` or a `postrender`. Inline values, `--set`, `set` blocks and parameters count when they set the values path the setting is rendered from (`podSecurityContext…`, `resources…`); an install of another chart, from a chart repository or another folder, changes nothing. A setting that a helper (`include`), a `range` or another expression may write, and a template outside a chart, are judged only for a root setting written literally: absence is no failure there (a template is a Helm chart\'s `templates/` file with `{{ }}`, or any manifest whose Go template actions stand as YAML structure — a line that is only actions, `{{- if .Env.PROBES }}`/`{{- end }}`, or a value or key that is an unquoted action — as gomplate and consul-template files in `deploy/` are; one whose actions sit only inside scalars, `image: "ghcr.io/acme/api:{{ .Values.tag }}"`, is a plain manifest). When every workload is in such a template and none writes a root setting, the check is skipped and says so, naming a template that does not parse before rendering (nothing in it is judged). A chart template\'s workload or container whose name is templated is named readably, with its template file: `Deployment \'<release>-api\' (templates/deployment.yaml)` for `{{ .Release.Name }}-api`, the chart\'s name for `{{ .Chart.Name }}` (in a library chart\'s `define`, the name of the one chart that includes it, else `<chart>`), `<fullname>` for `{{ include "web.fullname" . }}`. (`privileged: true` is not judged by this check.)',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    // Manifests' workloads, and those Terraform's Kubernetes provider declares (tf-kubernetes.ts).
    const workloads = [...k8sWorkloads(snapshot), ...terraformK8sWorkloads(snapshot)];
    if (!workloads.length) {
      const unparsed = unreadWorkloadManifests(snapshot, /^(?:Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|ScaledJob|ReplicationController|Rollout|DeploymentConfig)$/);
      skip(unparsed.length ? `Kubernetes workloads only in ${unparsedNote(unparsed)}` : 'no Kubernetes workloads');
      return;
    }
    // One finding per location: a pod-level `runAsUser: 0` fails every container, named together.
    // Containers failing at one place for different reasons (`runAsNonRoot: true` contradicted by the pod's `runAsUser: 0` for
    // some, nothing set for another) are still one finding there, each reason naming its containers (`why`, in order).
    const byPlace = new Map<string, { file: string; line: number; column: number; names: string[]; init: boolean[]; label: string; reason: string; fix: string; why: { reason: string; fix: string; names: string[] }[]; note: boolean; dev: boolean; overlays: string[]; solo: boolean; alone: string | null; external: string | null; uncovered: boolean; chart: string | null }>();
    const lines = (file: string) => snapshot.lines(file);
    // Windows pods are judged by their Windows settings (judgeWindows). Cloud Run services (`service.yaml` with run.googleapis.com
    // annotations) are not: Cloud Run does not support securityContext.
    const judgedWorkload = (w: K8sWorkload) => !isCloudRun(w.object);
    // Whether a chart template's container was judged for missing settings too (its securityContext read, values included).
    let templateJudged = false;
    for (const w of workloads) {
      if (!judgedWorkload(w)) continue;
      // A workload only in development files (`overlays/dev/`, `k8s/dev/`) that no production overlay deploys: notes.
      const dev = devOnlyWorkload(w);
      // A Helm chart template is judged as each values set of its chart renders it (values.yaml, values-production.yaml over it…).
      const renderings = w.template ? helmRenderings(snapshot, w.object.file) : null;
      // The workload's containers, each as every values set renders it; and in a chart, the containers each values set
      // renders from a values list (`sidecars`, `extraContainers`, `initContainers` rendered with toYaml).
      const judged: { c: K8sMergedContainer; variants: ({ r: HelmRendering; h: HelmPick } | null)[] }[] = w.containers.map((c) => ({
        c, variants: renderings ? renderings.flatMap((r) => { const h = helmPick(snapshot, r, w, c, undefined, windowsPod(w) !== null); return h ? [{ r, h }] : []; }) : [null],
      }));
      for (const r of renderings ?? []) {
        for (const { container: c, key } of helmValuesContainers(snapshot, r, w.object)) {
          const h = helmPick(snapshot, r, w, c, key, windowsPod(w) !== null);
          if (h) judged.push({ c, variants: [{ r, h }] });
        }
      }
      for (const { c, variants } of judged) {
        for (const variant of variants) {
          const v = judge(w, c, lines, variant?.h.pick);
          if (variant?.h.complete) templateJudged = true;
          if (!v || v.ok) continue;
          // A Helm chart template whose settings may come from what is not read (a helper, values outside a chart): only a root setting fails.
          if (w.template && !v.at && !variant?.h.complete) continue;
          // A securityContext the template writes in a branch this values set leaves out: reported at the container's name, naming
          // the values file, as k8s-probes reports a probe so left out (the values block the set renders may well be the chart's
          // values.yaml, which is not what leaves it out).
          const left = !v.at && !v.removed && variant?.h.left.length ? variant.h.left : null;
          // A setting the values leave out is reported at the values block that lacks it (`securityContext: {}`).
          const block = !v.at && !left && variant ? variant.h.blocks[0] : undefined;
          const blockAt = block ? helmValuesObject(snapshot, block.file).loc(block.path, true) : null;
          const file = v.at ? v.at.object.file : v.removed ? v.removed.object.file : block ? block.file : c.at.object.file;
          const pos = v.at ? v.at.object.loc(v.at.path, true) : v.removed ? v.removed.object.loc(v.removed.path, true) : blockAt ?? { line: c.at.line, column: c.at.column };
          const via = !v.at && variant?.h.via.length ? variant.h.via : [];
          const setFile = variant?.r.set.file ?? 'values.yaml';
          const leftWhy = left ? `${setFile} leaves out the branch of the template that writes the ${left.map((x) => `${x}'s`).join(' and the ')} securityContext` : '';
          const viaWhy = via.length ? `Helm value${via.length > 1 ? 's' : ''} ${via.join(' and ')} ${via.length > 1 ? 'set' : 'sets'} neither${variant!.h.empty ? `: ${via.length > 1 ? 'both are' : 'it is'} empty, as helm create writes ${via.length > 1 ? 'them' : 'it'}` : ''}` : '';
          const reason = leftWhy || viaWhy ? `${v.reason} (${[leftWhy, viaWhy].filter(Boolean).join('; ')})` : v.reason;
          const label = w.template ? helmWorkloadLabel(snapshot, w.object) : workloadLabel(w.object);
          const key = `${file}:${pos.line}:${pos.column}:${label}`;
          // A setting the chart renders without, while an install of this chart in the repository gives values for it (or patches)
          // that are not read (Argo CD inline values, a Flux HelmRelease's values, helmfile `set:`, `--set`, kustomize patches): a note.
          const external = !v.at && variant ? helmExternalValues(snapshot, w.object.file, variant.r.set, variant.h.via) : null;
          const fresh = !byPlace.has(key);
          const place = byPlace.get(key) ?? { file, line: pos.line, column: pos.column, names: [], init: [], why: [], label, reason, fix: left ? `${v.fix ?? FIX} in the chart's values${via.length ? ` (${via.join(' or ')})` : ''}, or let ${setFile} keep the branch that writes the ${left.map((x) => `${x}'s`).join(' and the ')} securityContext` : via.length ? `${v.fix ?? FIX} in the chart's values (${via.join(' or ')})` : v.fix ?? FIX, note: v.note === true, dev: true, overlays: [], solo: false, alone: variant?.r.supersededBy ?? null, external: null, uncovered: false, chart: w.template ? helmChartName(snapshot, w.object.file) : null };
          // Development-only when every variant reaching this place is; a note when every one is.
          place.dev &&= dev;
          if (!fresh) place.note &&= v.note === true;
          // This container's reason (and fix), with the containers that fail here for it.
          const fixNow = fresh ? place.fix : left || via.length ? place.fix : v.fix ?? FIX;
          const why = place.why.find((x) => x.reason === reason) ?? (place.why.push({ reason, fix: fixNow, names: [] }), place.why.at(-1)!);
          if (!why.names.includes(c.name)) why.names.push(c.name);
          // Only the chart's values.yaml alone renders it while production installs the chart with another values file: a note.
          if (!variant?.r.supersededBy) place.alone = null;
          // Every variant reaching it may take the setting from an installer's values that are not read: a note naming one.
          if (external) place.external ??= external;
          else if (!variant?.r.supersededBy) place.uncovered = true;
          // The kustomize overlays that deploy it are named when the finding is theirs only.
          addVariant(place, w);
          byPlace.set(key, place);
          if (place.names.includes(c.name)) continue;
          place.names.push(c.name);
          place.init.push(c.init);
        }
      }
    }
    for (const p of byPlace.values()) {
      // A chart template's container named with actions (`{{ .Chart.Name }}`) is named as the chart renders it.
      const names = p.names.map((n) => shownTemplateName(n, p.chart));
      // Init containers are named so, as everywhere else (`init container 'wait-db' and containers 'nginx', 'metrics'`).
      const kinds = [true, false].map((init) => names.filter((_, i) => p.init[i] === init)).map((list, i) => (list.length ? `${i === 0 ? 'init container' : 'container'}${list.length > 1 ? 's' : ''} ${list.map((n) => `'${n}'`).join(', ')}` : ''));
      const who = kinds.filter(Boolean).join(' and ');
      const external = p.uncovered ? null : p.external;
      const note = p.note || p.dev || p.alone !== null || external !== null;
      const alone = p.alone !== null ? ` (with the chart's values.yaml alone: ${p.alone} overrides it for production)` : external !== null ? ` (${external} installs this chart with values or patches that are not read)` : '';
      // One reason: said once. Several: each with the containers it applies to, and each distinct fix.
      const shownNames = (list: string[]) => list.map((n) => `'${shownTemplateName(n, p.chart)}'`).join(', ');
      const reason = p.why.length > 1 ? p.why.map((x) => `${shownNames(x.names)}: ${x.reason}`).join('; ') : p.reason;
      const fix = [...new Set(p.why.length > 1 ? p.why.map((x) => x.fix) : [p.fix])].join('; ');
      report({ file: p.file, line: p.line, column: p.column, note: note || undefined, ...overlayScope(snapshot, p), message: `${who} of ${p.label}${overlayNote(p)} ${p.names.length === 1 ? 'is' : 'are'} not guaranteed to run as non-root: ${reason}; ${fix}${p.dev ? ' (development-only file)' : ''}${alone}` });
    }
    const failed = byPlace.size > 0;
    const judgedOnes = workloads.filter(judgedWorkload);
    if (!judgedOnes.length) {
      const some = `${workloadLabel(workloads[0]!.object)} in ${workloads[0]!.object.file}${workloads.length > 1 ? ` and ${workloads.length - 1} more` : ''}`;
      skip(`only Cloud Run services (Knative services with run.googleapis.com annotations: ${some}): not judged, as Cloud Run does not support securityContext (runAsNonRoot, runAsUser): the image's USER, which dockerfile-non-root judges, is the user it runs as`);
      return;
    }
    if (!failed && !templateJudged && judgedOnes.every((w) => w.template)) skip(`Kubernetes workloads only in Helm chart templates${judgedOnes.length < workloads.length ? ' (and Cloud Run services, not judged)' : ''}: checked for a root setting they write (runAsUser: 0, runAsNonRoot: false), not judged for missing settings (a helper the check does not read, or values outside a chart, may supply them)`);
  },
});
