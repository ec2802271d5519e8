import { z } from 'zod';
import { defineCheck } from './define.js';
import { noComposeReason } from './util/compose-read.js';
import { composeDeployments, deployedServices, swarmFiles, swarmOverlay } from './util/swarm.js';
import { addVariant, devOnlyWorkload, K8S_DEV_DOCS, kustomizeDeployments, kustomizeDocs, kustomizeRendered, composeServiceGroups, judgedServices, k8sWorkloads, overlayNote, overlayScope, unreadWorkloadManifests, unparsedNote, type K8sMergedContainer, type K8sWorkload, judgesDeployFile } from './util/groups.js';
import { terraformK8sWorkloads, TF_K8S_DOCS } from './util/tf-kubernetes.js';
import { isCloudRun, workloadLabel } from '../repo/k8s.js';
import { isDevOnly, isTemplate, isTestFile } from '../repo/classify.js';
import { placementsOf, type K8sPlacement } from './util/k8s-namespace.js';
import { helmChartName, helmExternalValues, helmField, helmRenderings, helmValuesContainers, helmValuesObject, helmWorkloadLabel, shownTemplateName, type HelmRendering } from './util/helm-values.js';
import type { SnapshotView } from '../repo/snapshot.js';
import type { ComposeService } from '../repo/compose.js';
import { isObject } from '../repo/yaml.js';

/** A memory limit that limits: `0` (any unit) and `-1` mean none to Docker. */
const limits = (v: unknown): boolean => v !== undefined && v !== null && !/^(?:0+(?:\.0*)?\s*[bkmgt]?i?b?|-1)$/i.test(String(v).trim());

/**
 * Whether a compose service sets a memory limit: `deploy.resources.limits.memory`, or `mem_limit` — but not in a Swarm stack
 * (`swarm`), where `docker stack deploy` ignores `mem_limit` (the Compose v3 format replaced it by `deploy.resources`).
 */
const hasComposeMemory = (svc: ComposeService, swarm: boolean): boolean => {
  const v = svc.value;
  if (!swarm && limits(v['mem_limit'])) return true;
  const deploy = v['deploy'];
  const res = isObject(deploy) ? deploy['resources'] : undefined;
  const lim = isObject(res) ? res['limits'] : undefined;
  return isObject(lim) && limits(lim['memory']);
};

/** Memory limit state of a container after its patches are merged: present, missing, or not verifiable (templated `resources`). */
function k8sMemory(c: K8sMergedContainer): 'set' | 'missing' | 'zero' | 'unknown' {
  const memory = c.get('resources', 'limits', 'memory');
  // `memory: 0` sets no cgroup limit (the kubelet leaves a zero limit unset; kube-score reports it as missing); nor does
  // an empty quantity (`memory: ""`, which the API server rejects).
  return !memory ? 'missing' : !memory.readable ? 'unknown' : limits(memory.value) && String(memory.value).trim() !== '' ? 'set' : 'zero';
}

/** A container's memory limit as one values set renders a Helm chart template: its state, and where a finding about it points and what it says. */
interface HelmMemory { state: 'set' | 'missing' | 'zero'; at: { file: string; line: number; column: number } | null; why: string; fix: string | null; /** The values path the limit is rendered from (`resources`, `sidecars[0].resources`), if any. */ source?: string }

/**
 * The memory limit of a Helm chart template's container as values set `r` renders it (helmField): written in the template,
 * rendered from the values (`resources: {{- toYaml .Values.resources | nindent 12 }}`, located in the values file), or
 * absent; null when the set does not render the container or something this reading cannot follow may write it (a helper).
 */
function helmMemory(snapshot: SnapshotView, r: HelmRendering, c: K8sMergedContainer): HelmMemory | null {
  const obj = c.at.object;
  const f = helmField(r, obj, c.at.path, ['resources', 'limits', 'memory']);
  if (f.from === 'not-rendered' || f.from === 'unknown') return null;
  if (f.from === 'absent') return { state: 'missing', at: null, why: '', fix: null };
  if (f.from === 'template') {
    const state = k8sMemory(c);
    return state === 'unknown' ? null : { state, at: null, why: '', fix: null };
  }
  // A limit the template writes as one values path (`memory: {{ .Values.resources.limits.memory }}`): that path is the limit.
  const fix = `set ${f.scalar ? f.source : `${f.source}.limits.memory`} in the chart's values`;
  const source = f.source;
  if (f.value !== undefined && f.value !== null) {
    if (limits(f.value) && String(f.value).trim() !== '') return { state: 'set', at: null, why: '', fix: null };
    const v = helmValuesObject(snapshot, f.at!.file);
    return { state: 'zero', at: { file: f.at!.file, ...v.loc(f.at!.path) }, why: ` (Helm value ${f.at!.key}: ${f.value === '' ? '""' : String(f.value)} sets none)`, fix };
  }
  if (!f.block) {
    // The values do not have the key the template renders: reported at that key in the template.
    const at = obj.loc(f.via, true);
    return { state: 'missing', at: { file: obj.file, ...at }, why: ` (Helm value ${f.source} is not set in the chart's values)`, fix, source };
  }
  const block = f.block;
  let written: unknown = r.set.values;
  for (const k of block.keys) written = isObject(written) ? written[k] : undefined;
  const empty = isObject(written) && !Object.keys(written).length;
  // `resources: {}` is what `helm create` writes: a chart installed with it runs without a limit.
  const why = empty ? ` (Helm value ${block.key} is empty${block.keys.join('.') === 'resources' ? ', `resources: {}` as helm create writes it' : ''})` : ` (Helm value ${block.key} sets no ${f.scalar ? f.source.slice(block.keys.join('.').length + 1) : f.source === block.keys.join('.') ? 'limits.memory' : 'memory limit'})`;
  return { state: 'missing', at: { file: block.file, ...helmValuesObject(snapshot, block.file).loc(block.path, true) }, why, fix, source };
}

/** Whether the kubelet runs a container beside the app: an app container, or a native sidecar (an initContainer with `restartPolicy: Always`). */
const runsBeside = (c: K8sMergedContainer): boolean => !c.init || c.get('restartPolicy')?.value === 'Always';

/**
 * The containers a chart template's values sets render from values lists (`sidecars`, `extraContainers`, native-sidecar
 * `initContainers`, rendered with toYaml) that run beside the app, each with its rendering and the memory limit it writes
 * (its own `resources`, as written in the values file: no template reads it); none for a manifest.
 */
function valuesContainers(snapshot: SnapshotView, w: K8sWorkload): { c: K8sMergedContainer; r: HelmRendering; helm: HelmMemory | null }[] {
  if (!w.template) return [];
  return (helmRenderings(snapshot, w.object.file) ?? []).flatMap((r) => helmValuesContainers(snapshot, r, w.object).filter((v) => runsBeside(v.container)).map(({ container: c, key }) => {
    const state = k8sMemory(c);
    if (state === 'unknown') return { c, r, helm: null };
    const zero = state === 'zero' ? c.get('resources', 'limits', 'memory') : null;
    return { c, r, helm: { state, at: zero ? { file: zero.object.file, ...zero.object.loc(zero.path) } : null, why: zero ? ` (Helm value ${key}.resources.limits.memory: ${zero.value === '' ? '""' : String(zero.value)} sets none)` : '', fix: `set ${key}.resources.limits.memory in the chart's values`, source: `${key}.resources` } };
  }));
}

/** A LimitRange as it is applied (placementsOf), and whether it reaches development builds only. */
interface LimitRangePlacement extends K8sPlacement { dev: boolean }

/**
 * Where the LimitRanges that give containers a default memory limit are applied: its `default.memory`, or its `max.memory`
 * when it sets no default (Kubernetes defaults a Container item's `default` to its `max`). Templates and test files
 * (`test/fixtures/`) are not the repository's deployment and are left out. One that only development builds deploy — in a
 * development-only file (`overlays/dev/`, `k8s/dev/`) that no production kustomization renders, or rendered only by
 * kustomizations that none deploys to production (the `overlays/dev` kustomization) — is `dev`.
 */
function limitRangePlacements(snapshot: SnapshotView): LimitRangePlacement[] {
  const out: LimitRangePlacement[] = [];
  for (const o of snapshot.k8sObjects()) {
    if (o.kind !== 'LimitRange' || isTemplate(o.file) || isTestFile(o.file)) continue;
    const spec = o.value['spec'];
    const limits = isObject(spec) && Array.isArray(spec['limits']) ? spec['limits'] : [];
    if (!limits.some((l) => isObject(l) && (l['type'] ?? 'Container') === 'Container' && [l['default'], l['max']].some((d) => isObject(d) && d['memory'] !== undefined && d['memory'] !== null))) continue;
    if (kustomizeDeployments(snapshot).get(o.file)?.length) {
      for (const p of placementsOf(snapshot, o)) out.push({ ...p, dev: false });
      continue;
    }
    const dev = isDevOnly(o.file) || [...kustomizeRendered(snapshot).values()].some((files) => files.has(o.file));
    for (const p of placementsOf(snapshot, o)) out.push({ ...p, dev });
  }
  return out;
}

const within = (dir: string, inner: string) => dir === '' || inner === dir || inner.startsWith(`${dir}/`);

/**
 * Whether a LimitRange gives a workload placement its default memory limit: in the same namespace when both state one
 * (after kustomize's `namespace:`); one without a namespace lands in the namespace it is applied into, never in another
 * that the workload states; a workload without one gets the LimitRange applied with it — by the same kustomization, or,
 * both applied on their own, from its folder or one above (`kubectl apply -R -f k8s/`). A development-only LimitRange
 * satisfies development-only workloads only.
 */
function limitRangeCovers(l: LimitRangePlacement, w: K8sPlacement, devWorkload: boolean): boolean {
  if (l.dev && !devWorkload) return false;
  if (l.namespace && w.namespace) return l.namespace === w.namespace;
  if (w.namespace) return false;
  return l.entry !== null ? l.entry === w.entry : w.entry === null && w.dirs.some((d) => within(l.dirs[0]!, d));
}

/** Compose services and Kubernetes containers declare a memory limit. */
export const resourceLimits = defineCheck({
  id: 'resource-limits',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file, true),
  title: 'Services have memory limits',
  // The limits: "We don't set memory limits on the ingest worker containers". Not CPU limits, which the check does not
  // judge: "Memory limits set on all containers; CPU requests set, no CPU limits" promises the memory limit.
  safeguard: /\b(?<!\bcpu )(?:(?:resource|memory|mem) )?limits?\b|\bmem_limit\b|\blimits\.memory\b/,
  severity: 'medium',
  description: 'Compose services and Kubernetes containers declare a memory limit.',
  match: [
    {
      pattern: /\b(?:resource )?requests and limits\b[^;]*\b(?:containers?|pods?|deployments?|workloads?)\b|\blimits (?:are )?set (?:on|for) (?:every|all|each) (?:containers?|pods?)\b|\b(?:resource|memory|mem) limits?\b[^;]*\b(?:docker|compose|containers?|kubernetes|k8s|pods?)\b|\b(?:docker|compose|containers?|kubernetes|k8s|pods?)\b[^;]*\b(?:resource|memory|mem) limits?\b|\b(?:resources\.)?limits\.memory\b|\bmem_limit\b/,
      // Alerting on usage ("alert at 90% usage") and a JVM heap inside the limit are not the limit itself; nor are CPU limits
      // ("CPU resource limits set on all pods": the check judges memory), unless memory is named too.
      unless: /\b(?:alert(?:s|ed|ing)?|usage|utili[sz]ation|jvm|heap|xmx)\b|%|^(?![^]*\b(?:memory|mem|ram)\b)[^]*\bcpus?\b/,
      note: 'a promise about container resource limits: the check requires a memory limit',
    },
    {
      // Kubernetes' own words too: "Resource requests and limits set", "CPU and memory requests/limits defined".
      pattern: /\b(?:resource|memory|mem) (?:requests? ?(?:and|&|\/) ?)?limits?\b/,
      context: /\b(?:docker|containers?|compose|kubernetes|k8s)\b/,
      unless: /\b(?:redis|database|db|jvm|heap|xmx|upload|file descriptors?|alert(?:s|ed|ing)?|usage|utili[sz]ation)\b|%|^(?![^]*\b(?:memory|mem|ram)\b)[^]*\bcpus?\b/,
      note: 'resource limits (or "mem limits") under a Docker/containers heading',
    },
    {
      // The workload named first ("Kubernetes pods have resource requests and limits", "Every container sets requests and
      // limits") and compose's own key ("`deploy.resources.limits` set in compose", `resources.limits` in a manifest).
      // Declined in the clause ("We don't set requests and limits on the batch pods") it promises nothing.
      pattern: /\b(?:containers?|pods?|deployments?|workloads?)\b[^;]*\b(?:resource )?requests and limits\b|\b(?:deploy\.)?resources\.limits\b/,
      unless: /\b(?:alert(?:s|ed|ing)?|usage|utili[sz]ation|jvm|heap|xmx)\b|%|^(?![^]*\b(?:memory|mem|ram)\b)[^]*\bcpus?\b/,
      clauseUnless: /\b(?:no|not|never|don't|do not|doesn't|does not|without|unset|removed?)\b/,
      note: 'a promise about container resource limits: the check requires a memory limit',
    },
    {
      // The check's title: "Services have memory limits", "Every service sets a memory limit", "Every service has CPU and memory
      // limits" (compose services, Kubernetes workloads).
      pattern: /\b(?:services?|workloads?)\b (?:(?:all|each|always) )?(?:have|has|set|sets|declare|declares|get|gets|run with|are given) (?:a |an )?(?:explicit )?(?:cpu(?: and|,| &| ?\/) ?)?memory(?:(?: and|,| &| ?\/) ?cpu)? limits?\b/,
      unless: /\b(?:systemd|redis|database|db|jvm|heap|xmx|alert(?:s|ed|ing)?|usage|utili[sz]ation)\b|%/,
      note: 'a promise that services have memory limits: the check requires one per container',
    },
    {
      // The same promise with the limits first: "Memory limits on every service", "Set memory limits for all services" (not
      // a service account, worker or mesh).
      pattern: /\b(?:memory|mem) limits? (?:(?:are |is )?(?:set|declared|defined|configured|in place) )?(?:on|for|in) (?:(?:the|every|each|all|our|of) )+(?:[\w-]+ )?services?\b(?! (?:accounts?|workers?|mesh|level|objectives?|providers?))/,
      unless: /\b(?:systemd|redis|database|db|jvm|heap|xmx|alert(?:s|ed|ing)?|usage|utili[sz]ation)\b|%/,
      clauseUnless: /\b(?:no|not|never|don't|do not|doesn't|does not|without|unset|removed?)\b/,
      note: 'a promise that services have memory limits: the check requires one per container',
    },
    {
      // A Kubernetes workload named by its kind: "Sidekiq has its own Deployment with memory limits", "Every StatefulSet sets
      // memory limits", "Memory limits on each Deployment" (not a deployment pipeline, guide or window).
      pattern: /\b(?:deployments?|statefulsets?|daemonsets?)\b (?:(?:all |each |always )?(?:has|have|with|set|sets|declares?|gets?|carr(?:y|ies)|runs? with) )(?:(?:an?|its|their|explicit|own) )*(?:memory|resource) limits?\b|\b(?:memory|resource) limits? (?:set |declared )?(?:on|in|for) (?:(?:the|every|each|all|its|our) )?(?:[\w-]+ )?(?:deployments?|statefulsets?|daemonsets?)\b(?! (?:pipelines?|process(?:es)?|guides?|docs?|checklists?|plans?|scripts?|days?|windows?|tools?|jobs?))/,
      unless: /\b(?:systemd|redis|database|db|jvm|heap|xmx|alert(?:s|ed|ing)?|usage|utili[sz]ation)\b|%|^(?![^]*\b(?:memory|mem|ram)\b)[^]*\bcpus?\b/,
      clauseUnless: /\b(?:no|not|never|don't|do not|doesn't|does not|without|unset|removed?)\b/,
      note: 'a promise that Kubernetes workloads have memory limits: the check requires one per container',
    },
  ],
  docs: {
    why: 'A service without a memory limit can exhaust the host: one leak takes every neighbour down with it, and the kernel OOM killer picks its victim at random.',
    fix: 'Set `deploy.resources.limits.memory` (or `mem_limit`, outside a Swarm stack) per compose service, and `resources.limits.memory` per Kubernetes container.',
    details: [
      'Compose: a service passes with `deploy.resources.limits.memory` or `mem_limit` (after `extends` and merge keys; `0` and `-1` mean no limit to Docker and fail) — in a Swarm stack file only with `deploy.resources.limits.memory`: `docker stack deploy` ignores `mem_limit` (a file restart-policy takes for a Swarm stack: Swarm-only `deploy` keys such as `update_config` or `placement`, an `overlay` network, an `external` secret or config, a stack file name such as `stack.yml`, a Swarm overlay\'s name such as `docker-compose.swarm.yml`). A stack file that names its own `image` beside `docker-compose.yml` is deployed alone (`docker stack deploy -c docker-stack.yml` reads no other file): it is judged by itself, and the main file\'s limit neither excuses nor hides its missing one (the finding is at the stack file). A Swarm overlay laid over the main file (`docker-compose.swarm.yml`) is deployed with it by `docker stack deploy`: `mem_limit` counts in neither file, and the finding is at the overlay\'s service. Compose files in one folder are merged at deploy time (`-f docker-compose.yml -f docker-compose.prod.yml`), so a limit set for the service in the main file or a production overlay of the folder (one named for a deployed environment, `docker-compose.prod.yml`) counts; a limit set only in a development overlay (`docker-compose.override.yml`, `.devcontainer`), or in an overlay of another name (`docker-compose.mac.yml`, which `docker compose up` does not read), does not. One finding per service, at its key in the base file (in the Swarm overlay, when one deploys it).',
      'Kubernetes: every app container of every workload needs `resources.limits.memory` (`0` and an empty quantity `""` set no limit and fail, at that value). Workloads are Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KEDA `ScaledJob` (its pod template at `spec.jobTargetRef.template`), Argo Rollouts `Rollout` (one with a `workloadRef` borrows the template of the Deployment it names, which is judged as that Deployment), OpenShift `DeploymentConfig`, Knative `Service`/`Configuration`, and any other object whose `spec.template.spec` lists `containers` (OpenKruise CloneSet, …), policy objects (Kyverno, Gatekeeper) and `PodTemplate` aside. initContainers are not judged: they run to completion before the app starts — except native sidecars (`restartPolicy: Always`), which run beside it and are judged (named `init container \'…\'` in messages, as image-tag-pinned and k8s-run-as-non-root name them). A LimitRange with a default memory limit for containers (`default.memory`, or only a `max.memory`, which Kubernetes takes as the default) satisfies the containers of the namespace it is applied to: of a workload that states the same namespace — as kustomize renders both, the outermost kustomization on the way that sets `namespace:` giving it to all it renders (`overlays/prod` with `namespace: api-prod` puts the base\'s Deployment there, and a LimitRange only `overlays/staging` lists is not there) — or of one that states none, which lands in the namespace it is applied into, when the LimitRange is applied with it: listed by the same kustomization, or, both applied on their own, in the workload\'s folder or one above (`k8s/limitrange.yaml` for `k8s/apps/api.yaml`). A LimitRange without a namespace never satisfies a workload that states one, nor does one of another namespace. One that only development builds deploy (a file in a development folder such as `overlays/dev/` or `k8s/dev/`, or listed only by a development kustomization) satisfies development-only workloads only; one in a test folder (`test/fixtures/`) or a template file, none. When a LimitRange reaches some of the overlays that deploy a workload, the finding names the others. A templated `resources` value that cannot be read is not judged, nor is a Cloud Run (fully managed) service — a Knative `Service`/`Configuration` whose metadata or template metadata carries a Cloud Run annotation or label (`run.googleapis.com/ingress`, `run.googleapis.com/launch-stage`…, `cloud.googleapis.com/location`), as `gcloud run services describe --format export` writes the `service.yaml` that `gcloud run services replace` deploys: Cloud Run always enforces a memory limit, 512 MiB unless `resources.limits.memory` sets another (when the only containers are in such services and there is no compose service, the check is skipped and says so; a Knative Service without these marks, on a cluster, is judged). Helm chart templates in a chart (`Chart.yaml` and `values.yaml` beside `templates/`) are judged as the chart renders them with each of its values sets — `values.yaml` alone, and with each other values file of the chart (`values-production.yaml`, `values_prod.yaml`, `prod-values.yaml`, `values/production.yaml`…; not a development one such as `values-dev.yaml`) or, for a subchart, the parent chart\'s values for it merged over it: `resources` written in the template, or taken from one values path (`{{- toYaml .Values.resources | nindent 12 }}` below the key, as `helm create` writes it; `toYaml .` inside `{{- with .Values.resources }}`; Bitnami\'s `common.tplvalues.render`), or a memory limit the template writes as one values path (`memory: {{ .Values.resources.limits.memory }}`, also through `quote`, `toString` or `trim`; not one a template `default` gives), is read in those values — `0` or an empty quantity there fails at that value —, and a missing limit is reported at the values block that lacks it: `resources: {}`, `helm create`\'s default, fails at the check\'s severity, the message saying so (the chart deploys without a limit unless a values file sets one), and a container the template writes without `resources` fails at its `name:`. Containers the template takes from a values list (`sidecars`, `extraContainers`, and native sidecars in `initContainers`, rendered as YAML below `containers:`/`initContainers:`: `{{- with .Values.sidecars }}` `{{- toYaml . | nindent 8 }}`) are judged as each values set renders them, their `resources` read in the values file that writes the list: one without a memory limit fails at its `name:` there (a list a `range` writes item by item is not read). A failure that only `values.yaml` alone gives, while a production values file (`values-production.yaml`) or the parent chart\'s values set the limit, is an `info` note naming that file. Values files outside the chart\'s folder that the repository\'s own installs of the chart pass are values sets of the chart as its own `values-production.yaml` is: `helm upgrade|install|template … <chart folder> -f/--values <file>` in CI workflows, scripts and Makefiles (a `${{ matrix.env }}` in the path taken over the workflow\'s matrix, another expansion matched against the repository\'s files), helmfile release `values:` files, Argo CD `helm.valueFiles`, Flux `valuesFiles`, kustomize `valuesFile`/`additionalValuesFiles`, a Terraform `helm_release`\'s `values = [file(…)]` or `templatefile(…)` (a development install\'s, `environments/dev/values.yaml`, aside); when every install of the chart in the repository passes values files, `values.yaml` alone is what none deploys. A setting the chart renders without is an `info` note too when an install of that chart in the repository gives values or patches that are not read and may set it, naming that file: an Argo CD `Application`/`ApplicationSet` whose source `path` is the chart\'s folder, with inline `helm` values, `valuesObject` or `parameters`; a Flux `HelmRelease` whose `chart` is the chart\'s path in a `GitRepository`, with `values`, `valuesFrom` or `postRenderers`; a helmfile release whose `chart:` is the chart\'s folder, with inline values, `set:`, patches or values files the repository does not hold; `helm upgrade|install` of the chart\'s folder with `--set` or a post-renderer; a kustomization whose `helmCharts` renders the chart from its chart home, with `valuesInline` or patches; a Terraform `helm_release` whose `chart` is the chart\'s folder, with `set` blocks (or the provider\'s `set = [{ … }]` list), values written inline (`yamlencode(…)`), `reuse_values` or a `postrender`. Inline values, `--set`, `set` blocks and parameters count when they set the values path the setting is rendered from (`podSecurityContext…`, `resources…`); an install of another chart, from a chart repository or another folder, changes nothing. A container whose `resources` a helper (`include`), a `range` or another expression may write (Bitnami\'s `resourcesPreset` branch), or in a template outside a chart, is not judged (a template is a Helm chart\'s `templates/` file with `{{ }}`, or any manifest whose Go template actions stand as YAML structure — a line that is only actions, `{{- if .Env.PROBES }}`/`{{- end }}`, or a value or key that is an unquoted action — as gomplate and consul-template files in `deploy/` are; one whose actions sit only inside scalars, `image: "ghcr.io/acme/api:{{ .Values.tag }}"`, is a plain manifest); when the only Kubernetes containers are in such templates and there is no compose service, the check is skipped and says so, naming a template that does not parse before rendering. A chart template\'s workload or container whose name is templated is named readably, with its template file (`Deployment \'<release>-api\' (templates/deployment.yaml)`).',
      kustomizeDocs('So an overlay patch that adds limits satisfies its base, and one that sets `memory: null` (or `resources: null`) removes the limit: the finding then points at that `null` in the patch, not at the base that has the limit.'),
      K8S_DEV_DOCS,
      TF_K8S_DOCS,
      'Development-only compose files (`docker-compose.override.yml`, `docker-compose.dev.yml`, `.devcontainer/`) and services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…) get `info` notes. Files under test folders are not judged.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    const groups = composeServiceGroups(snapshot);
    // Cloud Run services (a `service.yaml` with run.googleapis.com annotations) are not judged: Cloud Run always enforces a memory limit.
    // Manifests' workloads, and those Terraform's Kubernetes provider declares (tf-kubernetes.ts).
    const all = [...k8sWorkloads(snapshot), ...terraformK8sWorkloads(snapshot)];
    const workloads = all.filter((w) => !isCloudRun(w.object));
    // A Helm chart template is judged as each values set of its chart renders it (values.yaml, values-production.yaml over it…);
    // one outside a chart leaves resources to values that are not read: not judged.
    const k8s = workloads.filter((w) => (!w.template || helmRenderings(snapshot, w.object.file)) && (w.containers.some((c) => !c.init) || valuesContainers(snapshot, w).length > 0));
    const templatedReason = () => `${noComposeReason(snapshot, { withCompose: 'no compose services' })}; Kubernetes containers only in Helm chart templates, which are not judged (resources come from helpers or values that are not read)`;
    if (!groups.length && !k8s.length) {
      // Only when a chart template has an app container: a workload listing none is no Helm matter.
      const templated = workloads.some((w) => w.template && w.containers.some((c) => !c.init));
      const unparsed = templated ? [] : unreadWorkloadManifests(snapshot, /^(?:Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|ScaledJob|ReplicationController|Rollout|DeploymentConfig)$/);
      // A compose file docker compose refuses is named (`no compose file could be read: …`), not said to hold no services.
      const compose = noComposeReason(snapshot, { withCompose: 'no compose services' });
      const cloudRun = all.filter((w) => isCloudRun(w.object) && w.containers.some((c) => !c.init));
      skip(templated ? templatedReason()
        : cloudRun.length ? `${compose}; Kubernetes containers only in Cloud Run services (Knative services with run.googleapis.com annotations: ${workloadLabel(cloudRun[0]!.object)} in ${cloudRun[0]!.object.file}${cloudRun.length > 1 ? ` and ${cloudRun.length - 1} more` : ''}), which are not judged: Cloud Run always enforces a memory limit (512 MiB unless resources.limits.memory sets another)`
        : unparsed.length ? `${compose}; Kubernetes workloads only in ${unparsedNote(unparsed)}` : noComposeReason(snapshot, { withCompose: 'no compose services or Kubernetes containers', without: 'no Kubernetes containers' }));
      return;
    }
    // A Swarm stack file (as restart-policy tells one: Swarm-only deploy keys, an overlay network, a stack file name…) is
    // deployed with `docker stack deploy`, which applies only deploy.resources.limits.memory.
    const swarm = swarmFiles(snapshot, groups.flat());
    // A stack file that names its own image is deployed alone (`docker stack deploy -c docker-stack.yml`): judged by itself,
    // the main file's settings neither excuse nor hide it. A Swarm overlay (`docker-compose.swarm.yml`) is deployed with
    // the main file by `docker stack deploy`, which ignores mem_limit in either.
    for (const group of composeDeployments(groups, swarm)) {
      const { judged, production, dev, devReason } = judgedServices(group);
      const overlay = swarmOverlay(judged, swarm);
      const inSwarm = (s: ComposeService) => overlay !== undefined || swarm.has(s.file);
      const deployed = deployedServices(judged, production, swarm, overlay);
      if (deployed.some((s) => hasComposeMemory(s, inSwarm(s)))) continue;
      const svc = overlay ?? judged[0]!;
      const ignored = judged.filter((s) => inSwarm(s) && limits(s.value['mem_limit']));
      const stack = judged.every((s) => swarm.has(s.file));
      const swarmWhy = overlay && !swarm.has(judged[0]!.file) ? `${overlay.file} is a Swarm overlay deployed with docker stack deploy` : `${[...new Set(judged.filter((s) => swarm.has(s.file)).map((s) => s.file))].join(', ')} is a Swarm stack`;
      const message = ignored.length
        ? `compose service '${svc.name}' has no memory limit that Swarm applies: ${swarmWhy}, and docker stack deploy ignores mem_limit${overlay ? ` (set in ${[...new Set(ignored.map((s) => s.file))].join(', ')})` : ''}; set deploy.resources.limits.memory`
        : `compose service '${svc.name}' has no memory limit; set deploy.resources.limits.memory${stack || overlay ? ` (${overlay ? swarmWhy : `${svc.file} is a Swarm stack`}: docker stack deploy ignores mem_limit)` : ' (or mem_limit)'}`;
      report({ file: svc.file, line: svc.line, column: svc.column, message: dev ? `${message} (${devReason})` : message, note: dev || undefined });
    }
    const limitRanges = limitRangePlacements(snapshot);
    // One finding per location; the overlays that deploy it are named together.
    const found = new Map<string, { file: string; line: number; column: number; head: string; tail: string; dev: boolean; overlays: string[]; solo: boolean; alone: string | null; external: string | null; uncovered: boolean }>();
    // Whether a container of a chart template was judged (its limit read in the template or the chart's values).
    let templateJudged = false;
    for (const w of k8s) {
      // A workload only in development files (`overlays/dev/`, `k8s/dev/`) that no production overlay deploys: notes.
      const dev = devOnlyWorkload(w);
      // A LimitRange with a default memory limit satisfies the containers it reaches: the overlays (or the workload on its
      // own) whose namespace it is applied to. The finding holds for the others only.
      let variant: { overlays: string[] } = w;
      if (limitRanges.length) {
        const open = placementsOf(snapshot, w.object, w.overlays).map((p, i) => ({ p, overlay: w.overlays[i] })).filter(({ p }) => !limitRanges.some((l) => limitRangeCovers(l, p, dev)));
        if (!open.length) { if (w.template) templateJudged = true; continue; }
        variant = { overlays: open.flatMap(({ overlay }) => (overlay !== undefined ? [overlay] : [])) };
      }
      const renderings = w.template ? helmRenderings(snapshot, w.object.file) ?? [] : null;
      // The workload's containers, each as every values set renders it; and in a chart, those each values set renders from a values list.
      const judged: { c: K8sMergedContainer; variants: { state: string; helm: HelmMemory | null; r: HelmRendering | null }[] }[] = [
        // A native sidecar (an initContainer with `restartPolicy: Always`) runs for the pod's whole life.
        ...w.containers.filter(runsBeside).map((c) => ({
          c, variants: renderings
            ? renderings.flatMap((r) => { const m = helmMemory(snapshot, r, c); return m ? [{ state: m.state, helm: m, r }] : []; })
            : [{ state: k8sMemory(c), helm: null, r: null }],
        })),
        ...valuesContainers(snapshot, w).flatMap(({ c, r, helm }) => (helm ? [{ c, variants: [{ state: helm.state, helm, r }] }] : [])),
      ];
      for (const { c, variants } of judged) {
        for (const { state, helm, r } of variants) {
          if (helm) templateJudged = true;
          if (state !== 'missing' && state !== 'zero') continue;
          // A limit an overlay patch removes (`memory: null`, `resources: null`) is reported where the patch removes it; a zero limit where it is written.
          const removal = state === 'missing' && !helm ? c.removed('resources', 'limits', 'memory') : null;
          const zero = state === 'zero' && !helm?.at ? c.get('resources', 'limits', 'memory') : null;
          const pos = helm?.at ?? (removal ? { file: removal.object.file, ...removal.object.loc(removal.path, true) } : zero ? { file: zero.object.file, ...zero.object.loc(zero.path) } : { file: c.at.object.file, line: c.at.line, column: c.at.column });
          const key = `${pos.file}:${pos.line}:${pos.column}:${c.name}`;
          // A limit the chart renders without, while an install of this chart in the repository gives values for it (or patches)
          // that are not read (Argo CD inline values, a Flux HelmRelease's values, helmfile `set:`, `--set`, kustomize patches): a note.
          const external = helm && r && state === 'missing' ? helmExternalValues(snapshot, w.object.file, r.set, helm.source !== undefined ? [helm.source] : []) : null;
          // A native sidecar is named as the other checks name it: an init container.
          const f = found.get(key) ?? { ...pos, head: `${c.init ? 'init container' : 'container'} '${w.template ? shownTemplateName(c.name, helmChartName(snapshot, w.object.file)) : c.name}' of ${w.template ? helmWorkloadLabel(snapshot, w.object) : workloadLabel(w.object)} has no memory limit`, tail: `${removal ? ` (the patch ${removal.object.file} removes it)` : zero ? ` (resources.limits.memory: ${zero.value === '' ? '""' : String(zero.value)} sets none)` : helm?.why ?? ''}; ${helm?.fix ?? 'set resources.limits.memory'}`, dev: true, overlays: [], solo: false, alone: r?.supersededBy ?? null, external: null, uncovered: false };
          // Development-only when every variant reaching this place is.
          f.dev &&= dev;
          // Only the chart's values.yaml alone renders it while production installs the chart with another values file: a note.
          if (!r?.supersededBy) f.alone = null;
          // Every variant reaching it may take the limit from an installer's values that are not read: a note naming one.
          if (external) f.external ??= external;
          else if (!r?.supersededBy) f.uncovered = true;
          addVariant(f, variant);
          found.set(key, f);
        }
      }
    }
    // Overlays are named when the finding is theirs only (not also the definition's own).
    for (const f of found.values()) {
      // A limit the chart renders without, while an install of this chart gives values for it or patches that are not read: a note naming that installer.
      const external = f.uncovered ? null : f.external;
      const alone = f.alone !== null ? ` (with the chart's values.yaml alone: ${f.alone} overrides it for production)` : external !== null ? ` (${external} installs this chart with values or patches that are not read)` : '';
      report({ file: f.file, line: f.line, column: f.column, note: f.dev || f.alone !== null || external !== null || undefined, ...overlayScope(snapshot, f), message: `${f.head}${overlayNote(f)}${f.tail}${f.dev ? ' (development-only file)' : ''}${alone}` });
    }
    // Every Kubernetes container is in a chart template whose resources are not read, and there is no compose service: said.
    if (!groups.length && !templateJudged && k8s.every((w) => w.template)) skip(templatedReason());
  },
});
