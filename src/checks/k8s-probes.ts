import { z } from 'zod';
import { defineCheck } from './define.js';
import { HEALTH_CHECK_BEYOND_DECLARED, MONITORING, onKubernetesOnly, KUBERNETES_ONLY_DOCS } from '../checklist/phrases.js';
import { addVariant, devOnlyWorkload, K8S_DEV_DOCS, kustomizeDocs, k8sWorkloads, overlayNote, overlayScope, unreadWorkloadManifests, unparsedNote, type K8sRemoval, type K8sMergedContainer, type K8sWorkload, judgesDeployFile } from './util/groups.js';
import { terraformK8sWorkloads, TF_K8S_DOCS } from './util/tf-kubernetes.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { isCloudRun, isExtraWorkload, isKnative, workloadLabel, type K8sObject } from '../repo/k8s.js';
import { helmChartName, helmExternalValues, helmField, helmMayWriteKeys, helmNulledAt, helmRenderingsOf, helmValuesObject, helmWorkloadLabel, shownTemplateName, type HelmFieldRead, type HelmRendering } from './util/helm-values.js';
import { isObject } from '../repo/yaml.js';

/** Long-running workloads that serve: the built-in controllers, Argo Rollouts, OpenShift DeploymentConfigs, Knative Services. */
const isLongRunning = (o: K8sObject): boolean => o.kind === 'Deployment' || o.kind === 'StatefulSet' || o.kind === 'DaemonSet' || (isExtraWorkload(o) && !isCloudRun(o));

/** A probe's handlers: a probe without one is rejected by the API server ("must specify a handler type"). */
const HANDLERS = ['httpGet', 'tcpSocket', 'exec', 'grpc'];

/**
 * The app containers of a Helm chart template's workload that k8s-probes judges, each with the values sets of its chart that
 * render it: those where no template action could write keys into the container (helmMayWriteKeys).
 */
function helmProbes(snapshot: SnapshotView, w: K8sWorkload): { c: K8sMergedContainer; sets: HelmRendering[] }[] {
  const out: { c: K8sMergedContainer; sets: HelmRendering[] }[] = [];
  for (const c of w.containers) {
    if (c.init) continue;
    const sets = helmRenderingsOf(snapshot, c.at.object, c.at.path);
    if (!sets?.length || helmMayWriteKeys(snapshot, c.at.object, c.at.path)) continue;
    out.push({ c, sets });
  }
  return out;
}

/** HelmProbe.why of a probe rendered from a values path the chart's values do not set (the message names those paths together). */
const UNSET = 'unset';
/** In a HelmProbe.why, the probe: `it`, or `them` when the reason is given for both. */
const IT = '{it}';

/** Where a missing probe is reported (null: the container's `name:`), what the message adds, and the values path it is rendered from. */
type HelmProbe = { state: 'ok' | 'unknown' | 'not-rendered' } | { state: 'missing'; at: { file: string; line: number; column: number } | null; why: string; source: string | null; empty?: boolean };

/**
 * A probe of a chart template's container as values set `r` renders it, read per handler (helmField): written in the template
 * (read there), or rendered from the values (`livenessProbe:` / `{{- toYaml .Values.livenessProbe | nindent 12 }}`, `toYaml .`
 * inside `{{- with .Values.livenessProbe }}`, as `helm create` writes them) and read in them, as Helm merges them (a `{}` over
 * a probe keeps it; a `null` removes it). A probe the values leave without a handler is reported where they decide: the `null`
 * that removes it, the mapping without a handler (`livenessProbe: {}`), else the template's key when no values set it.
 * Unknown where a helper, a `range` or an expression may write it.
 */
function helmProbe(snapshot: SnapshotView, r: HelmRendering, c: K8sMergedContainer, probe: string): HelmProbe {
  const obj = c.at.object;
  let values: Extract<HelmFieldRead, { from: 'values' }> | null = null;
  // One handler found is a probe, whatever a helper beside it may add (Bitnami's `livenessProbe: {{- include … }}` over a literal `tcpSocket:`).
  let unknown = false;
  for (const h of HANDLERS) {
    const f = helmField(r, obj, c.at.path, [probe, h]);
    if (f.from === 'not-rendered') return { state: f.from };
    if (f.from === 'template' ? c.get(probe, h) : f.from === 'values' && f.value !== undefined && f.value !== null) return { state: 'ok' };
    if (f.from === 'unknown') unknown = true;
    if (f.from === 'values') values ??= f;
  }
  if (unknown) return { state: 'unknown' };
  if (!values) {
    // Written in the template: left without a handler (`{}`, only timings), or in a branch this set leaves out (`{{- if .Values.probes.enabled }}`).
    const left = probe in c.at.container && helmField(r, obj, c.at.path, [probe]).from !== 'template';
    return { state: 'missing', at: null, why: left ? ` (${r.set.file ?? 'values.yaml'} leaves out the branch of the template that writes ${IT})` : '', source: null, empty: !left && !!c.get(probe) };
  }
  const keys = values.source.split('.');
  const nulled = helmNulledAt(r.set, keys);
  if (nulled) return { state: 'missing', at: { file: nulled.file, ...helmValuesObject(snapshot, nulled.file).loc(nulled.path, true) }, why: ` (Helm value ${nulled.key}: null in ${nulled.file} removes it)`, source: values.source };
  const block = values.block;
  if (block) {
    let written: unknown = r.set.values;
    for (const k of block.keys) written = isObject(written) ? written[k] : undefined;
    const own = block.keys.join('.') === values.source;
    const why = !own ? ` (Helm value ${block.key} in ${block.file} sets no ${values.source.slice(block.keys.join('.').length + 1)})`
      : isObject(written) && !Object.keys(written).length ? ` (Helm value ${block.key} is empty in ${block.file})`
      : ` (Helm value ${block.key} in ${block.file} has no handler: httpGet, tcpSocket, exec or grpc)`;
    return { state: 'missing', at: { file: block.file, ...helmValuesObject(snapshot, block.file).loc(block.path, true) }, why, source: values.source };
  }
  // The values do not set what the template renders: at the template's key (the container's name when a `with` around the key hides it).
  const at = values.via.length > c.at.path.length ? obj.loc(values.via, true) : { line: c.at.line, column: c.at.column };
  return { state: 'missing', at: { file: obj.file, ...at }, why: UNSET, source: values.source };
}

/** Long-running workload containers declare readiness and liveness probes. */
export const k8sProbes = defineCheck({
  id: 'k8s-probes',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file, true),
  title: 'Kubernetes containers have readiness and liveness probes',
  // The probes: "No liveness probes (they caused restart storms)", "readiness probe not defined on the migration job".
  safeguard: /\b(?:(?:readiness|liveness|startup)(?: (?:and|&|\/|or) (?:readiness|liveness|startup))? |kubernetes |k8s |health |http )?probes?\b|\b(?:readiness|liveness)probes?\b|\b(?:readiness|liveness)(?: (?:and|&|\/) (?:readiness|liveness))? checks?\b/,
  severity: 'medium',
  description: 'Long-running workload containers (Deployment, StatefulSet, DaemonSet, Argo Rollout, OpenShift DeploymentConfig; Knative: liveness only) declare a readinessProbe and a livenessProbe.',
  // Not a promise about another orchestrator's containers (ECS, Fargate, Swarm, Nomad), in the item or its headings.
  match: onKubernetesOnly([
    {
      // Readiness and liveness only: the check does not read startupProbe. What a probe does (its
      // dependencies, what it checks, its timing) is more than that it exists: "Liveness probe does not
      // depend on downstream services" stays manual.
      pattern: /\b(?:readiness|liveness) ?probes?\b|\b(?:kubernetes|k8s|pods?|containers?)(?:'s?)? (?:health )?probes?\b|\bhealth probes?\b[^;]*\b(?:kubernetes|k8s|pods?|deployments?)\b/,
      // Relations between the probes ("no shared endpoints", "liveness values aren't the same as readiness",
      // "independent") are more than that they exist.
      unless: /\bstartup\b|\b(?:independent\w*|shared?|same|different|distinct|separate|values?|endpoints?)\b|\b(?:depend(?:s|ing|ent|enc(?:y|ies))?|verif(?:y|ies|ied)|connectivity|downstream|upstream|database|db|cache|redis|timeouts?|thresholds?|periods?|periodseconds|intervals?|delays?|initialdelayseconds|tuned)\b|\bprobes? (?:only )?(?:checks?|tests?|pings?|calls?|quer(?:y|ies)|hits?|targets?|uses?|points? (?:at|to))\b/,
      note: 'a promise about Kubernetes probes: the check reads the workload containers',
    },
    {
      // "Readiness Checks", "Liveness Checks" in a Kubernetes application checklist: the probes by the name the
      // Kubernetes docs also give them. Only under a Kubernetes heading or parent ("production readiness checks"
      // elsewhere are a launch review), and with the first rule's limits.
      pattern: /\b(?<!\b(?:production|launch|operational|release|deployment|deploy|go-live|security|service) )(?:readiness|liveness)(?: (?:and|&|\/) (?:readiness|liveness))? ?checks?\b/,
      context: /\b(?:kubernetes|k8s|pods?|helm)\b/,
      unless: /\bstartup\b|\b(?:independent\w*|shared?|same|different|distinct|separate|values?|endpoints?)\b|\b(?:depend(?:s|ing|ent|enc(?:y|ies))?|verif(?:y|ies|ied)|connectivity|downstream|upstream|database|db|cache|redis|timeouts?|thresholds?|periods?|periodseconds|intervals?|delays?|initialdelayseconds|tuned|review\w*|pass\w*|complet\w*|sign-?off)\b|\bchecks? (?:only )?(?:checks?|tests?|pings?|calls?|quer(?:y|ies)|hits?|targets?|uses?|points? (?:at|to))\b/,
      nearUnless: MONITORING,
      note: 'readiness/liveness checks under a Kubernetes heading: on Kubernetes they are the probes',
    },
    {
      // "Probes configured", "Probes" under a Kubernetes heading or parent: on Kubernetes the probes are the pods' (not a
      // monitor's blackbox or synthetic probes, nor startup probes), with the first rule's limits.
      pattern: /(?<!\b(?:startup|blackbox|synthetic|uptime|http|tcp|grpc|external|smoke|network|prometheus|security|vulnerability|dns|ssl|tls) )\bprobes?\b/,
      context: /\b(?:kubernetes|k8s|pods?|helm)\b/,
      unless: /\bstartup\b|\b(?:blackbox|synthetic|uptime|independent\w*|shared?|same|different|distinct|separate|values?|endpoints?)\b|\b(?:depend(?:s|ing|ent|enc(?:y|ies))?|verif(?:y|ies|ied)|connectivity|downstream|upstream|database|db|cache|redis|timeouts?|thresholds?|periods?|periodseconds|intervals?|delays?|initialdelayseconds|tuned)\b|\bprobes? (?:only )?(?:checks?|tests?|pings?|calls?|quer(?:y|ies)|hits?|targets?|uses?|points? (?:at|to))\b/,
      nearUnless: MONITORING,
      note: 'probes under a Kubernetes heading or parent: the pods\' readiness and liveness probes',
    },
    {
      // "Readiness", "Liveness" nested under a "Probes" item or heading: the probe it names.
      pattern: /^(?:(?:the|a) )?(?:readiness|liveness)(?: (?:and|&|\/) (?:readiness|liveness))?(?: (?:is |are )?(?:configured|set(?: up)?|defined|declared|in place|present|added|enabled|on (?:all|every|each) [\w-]+))?\s*[.!]*$/,
      context: /\bprobes?\b/,
      nearUnless: new RegExp(`${MONITORING.source}|\\b(?:startup|blackbox|synthetic|uptime)\\b`),
      note: 'readiness or liveness under a "Probes" heading or parent: that Kubernetes probe',
    },
    {
      // Under a Docker heading health checks are HEALTHCHECK (dockerfile-healthcheck), not probes.
      pattern: /\bhealth ?checks?\b/,
      context: /\b(?:kubernetes|k8s|pods?)\b/,
      // A load balancer's own health checks (an ALB target group's) are not the pods' probes, nor an uptime monitor's.
      unless: new RegExp(`\\b(?:endpoints?|dockerfiles?|alb|elb|nlb|load ?balancers?|target groups?|lb)\\b|${HEALTH_CHECK_BEYOND_DECLARED.source}`),
      // Under a closer "Monitoring" heading or parent item ("Kubernetes" › "Monitoring") they are uptime checks.
      nearUnless: MONITORING,
      note: 'health checks under a Kubernetes heading (not under a closer monitoring heading or parent): on Kubernetes they are probes',
    },
    {
      pattern: /\bhealth ?checks?\b[^;]*\b(?:pods?|kubernetes|k8s)\b|\b(?:pods?|kubernetes|k8s)\b[^;]*\bhealth ?checks?\b/,
      unless: new RegExp(`\\b(?:endpoints?|dockerfiles?)\\b|${HEALTH_CHECK_BEYOND_DECLARED.source}`),
      note: 'health checks on Kubernetes pods: on Kubernetes they are probes',
    },
  ]),
  docs: {
    why: 'Without a readiness probe a pod receives traffic before it can serve (and during rollouts); without a liveness probe a deadlocked process is never restarted.',
    fix: 'Add `readinessProbe` and `livenessProbe` (httpGet on a health endpoint, or tcpSocket/exec/grpc) to each app container.',
    details: [
      'Judges the app containers of long-running workloads: Deployment, StatefulSet, DaemonSet, Argo Rollouts `Rollout`, OpenShift `DeploymentConfig` and Knative `Service`/`Configuration`. Knative gives the serving container a default TCP readiness probe, so a Knative container needs only a `livenessProbe`. initContainers (including native sidecars) are not judged; Jobs, CronJobs, KEDA `ScaledJob`s, bare Pods, ReplicaSets and other kinds with a pod template (which may run to completion) are exempt. An Argo `Rollout` with a `workloadRef` is judged through the Deployment it names. Option `probes` (default `[readiness, liveness]`) names the probes required: an item that promises readiness probes only is `[readiness]` (a Markdown item naming one probe only is bound so).',
      'A probe counts when it has a handler (`httpGet`, `tcpSocket`, `exec` or `grpc`) once the patches are merged: `readinessProbe: {}` or a probe with only timings is no probe (the API server rejects it: "must specify a handler type"), and the message says it has no handler. A `startupProbe` does not replace either probe: it only delays them. One finding per container, at its `name:` (an unnamed container: its first key), listing what is missing.',
      kustomizeDocs('So an overlay patch that adds the probes satisfies its base, and one that sets a probe to `null` removes it: the finding then points at that `null` (or `$patch` directive) in the patch, not at the base that has the probe.'),
      K8S_DEV_DOCS,
      TF_K8S_DOCS,
      KUBERNETES_ONLY_DOCS,
      'Helm chart templates (`templates/*.yaml` with `{{ }}`, in a chart: `Chart.yaml` and `values.yaml` beside `templates/`) are judged container by container as each values set of the chart renders them — `values.yaml` alone, and with each other values file of the chart (`values-production.yaml`, `values_prod.yaml`, `prod-values.yaml`, `values/production.yaml`…; not a development one such as `values-dev.yaml`) or the values files the repository\'s installs of the chart pass, merged over it as Helm merges them (a `{}` over a probe keeps it, a `null` removes it). A container is not judged when a template action could write keys into it — an output action (`toYaml`, `include`, `template`, a values path) or a `range` on a line of its own at the container\'s level (one nested under a key, `resources:` / `{{- toYaml .Values.resources | nindent 12 }}`, writes only into that key; an `if` or `with` writes nothing itself, so `helm create`\'s `{{- with .Values.volumeMounts }}` / `volumeMounts:` / `{{- toYaml . | nindent 12 }}` / `{{- end }}` writes only `volumeMounts`), a key that is itself an action, or the container written by a `range` — nor with a values set that does not render it (a disabled branch). A probe written in the template is read there (in a branch the values set leaves out, `{{- if .Values.probes.enabled }}`, it is missing, the message naming that values file — also in an if/else chain none of whose branches the values set selects, as Bitnami writes it: `{{- if .Values.customLivenessProbe }}` with a helper, `{{- else if .Values.livenessProbe.enabled }}` with the probe, and `customLivenessProbe: {}` with `livenessProbe.enabled: false`); one rendered from one values path (`livenessProbe:` / `{{- toYaml .Values.livenessProbe | nindent 12 }}`, as `helm create` writes it, or `toYaml .` inside `{{- with .Values.livenessProbe }}`) is read in the values; one a helper (`include`), a `range` or another expression may write, in a branch the values set renders, is not judged. A probe the values leave without a handler fails where they decide, the message naming the values file: at the `null` that removes it (`livenessProbe: null` in `values-production.yaml`), at the mapping without a handler (`livenessProbe: {}`, only timings), else, when no values set it, at the template\'s key. A container the template writes without a probe fails at its `name:` (a templated name shown readably, with its template file: `Deployment \'<release>-worker\' (templates/worker.yaml)`). A failure only the chart\'s `values.yaml` alone gives (a production values file, `values-production.yaml`, that production installs gives the probe or does not render the container), or where an install of that chart in the repository gives values for the probe or changes what it renders in a way that is not read (inline values or `--set` for the probe\'s values path, a Flux `HelmRelease` with `postRenderers` or `valuesFrom`, kustomize patches over a kustomization\'s `helmCharts`, a values file that is not in the repository), is an `info` note naming that file. Templates outside a chart are not judged (a template is a Helm chart\'s `templates/` file with `{{ }}`, or any manifest whose Go template actions stand as YAML structure — a line that is only actions, `{{- if .Env.PROBES }}`/`{{- end }}`, or a value or key that is an unquoted action — as gomplate and consul-template files in `deploy/` are; one whose actions sit only inside scalars, `image: "ghcr.io/acme/api:{{ .Values.tag }}"`, is a plain manifest). Cloud Run services (Knative services with `run.googleapis.com` annotations or labels) are not judged: liveness probes are optional on Cloud Run, which restarts a container whose startup probe fails. When every long-running workload is in a template none of whose containers is judged the check is skipped and says so, naming a template that does not parse before rendering (its `info` note says it was not checked).',
    ].join('\n'),
  },
  options: z.object({
    probes: z.array(z.enum(['readiness', 'liveness'])).min(1).default(['readiness', 'liveness']).describe('The probes every app container must declare (an item that promises readiness probes only: `[readiness]`)'),
  }),
  run({ snapshot, options, report, skip }) {
    // Manifests' workloads, and those Terraform's Kubernetes provider declares (tf-kubernetes.ts).
    const all = [...k8sWorkloads(snapshot), ...terraformK8sWorkloads(snapshot)].filter((w) => isLongRunning(w.object));
    // The app containers judged per workload: a manifest's all; a chart template's those nothing in the template could write
    // the probes into (helmProbes), each as every values set of its chart that renders it renders it.
    const judged = all.map((w) => ({ w, containers: w.template ? helmProbes(snapshot, w) : w.containers.filter((c) => !c.init).map((c) => ({ c, sets: null })) }))
      .filter((j) => j.containers.length);
    const templatedReason = 'long-running workloads only in Helm chart templates, which are not judged where a template action may write the probes (from values or a helper) or outside a chart';
    if (!judged.length) {
      const unparsed = all.length ? [] : unreadWorkloadManifests(snapshot, /^(?:Deployment|StatefulSet|DaemonSet|Rollout|DeploymentConfig)$/);
      // Cloud Run services are left out (see isLongRunning): say so rather than that there are no workloads.
      const cloudRun = all.length || unparsed.length ? undefined : k8sWorkloads(snapshot).find((w) => isCloudRun(w.object));
      // A Terraform workload whose containers are computed (a `dynamic "container"` block, an expression) has none to judge either.
      const computed = all.find((w) => !w.template);
      skip(computed ? `long-running workloads whose containers are computed (${computed.object.file}: a Terraform dynamic block or expression)${all.some((w) => w.template) ? ' or only in Helm chart templates' : ''}: not judged`
        : all.length ? templatedReason
        : unparsed.length ? `long-running workloads only in ${unparsedNote(unparsed)}`
        : cloudRun ? `only Cloud Run services (Knative services with run.googleapis.com annotations: ${workloadLabel(cloudRun.object)} in ${cloudRun.object.file}): not judged, as Cloud Run restarts a container whose startup probe or requests fail and liveness probes are optional there`
        : 'no Deployment, StatefulSet, DaemonSet, Rollout, DeploymentConfig or Knative Service');
      return;
    }
    // Whether a container had a required probe judged (not every one templated in a chart template).
    let judgedAny = false;
    // One finding per location and missing set; the overlays that deploy it are named together.
    const found = new Map<string, { file: string; line: number; column: number; head: string; tail: string; dev: boolean; overlays: string[]; solo: boolean; alone: string | null; overrides: boolean; external: string | null; uncovered: boolean }>();
    for (const { w, containers } of judged) {
      // Knative gives the serving container a default TCP readiness probe.
      const wanted = options.probes.map((p) => `${p}Probe`);
      const required = isKnative(w.object) ? wanted.filter((p) => p === 'livenessProbe') : wanted;
      // A workload only in development files (`overlays/dev/`, `k8s/dev/`) that no production overlay deploys: notes.
      const dev = devOnlyWorkload(w);
      for (const { c, sets } of containers) {
        // A manifest's container once, as the patches leave it; a chart template's once per values set that renders it.
        for (const r of sets ?? [null]) {
          // Per missing probe, where it is reported: a chart template's probe the values leave without a handler where they decide.
          const misses: { probe: string; at: { file: string; line: number; column: number } | null; why: string; source: string | null; empty: boolean }[] = [];
          let rendered = true;
          for (const p of required) {
            // A probe is there when it has a handler as the patches leave it (or a value that is not a mapping: templated).
            const h: HelmProbe = r ? helmProbe(snapshot, r, c, p) : HANDLERS.some((x) => c.get(p, x)) ? { state: 'ok' } : { state: 'missing', at: null, why: '', source: null, empty: !!c.get(p) };
            if (h.state === 'not-rendered') { rendered = false; break; }
            if (h.state === 'unknown') continue;
            judgedAny = true;
            if (h.state === 'missing') misses.push({ probe: p, at: h.at, why: h.why, source: h.source, empty: h.empty === true });
          }
          if (!rendered) continue;
          // The probes missing at one place are reported together.
          const places = new Map<string, typeof misses>();
          for (const m of misses) {
            const k = m.at ? `${m.at.file}:${m.at.line}:${m.at.column}` : '';
            places.set(k, [...(places.get(k) ?? []), m]);
          }
          for (const group of places.values()) {
            const missing = group.map((m) => m.probe);
            const values = group[0]!.at;
            // A probe an overlay patch removes (`livenessProbe: null`) is reported where the patch removes it.
            const removal = values ? null : missing.map((p) => c.removed(p)).find((x): x is K8sRemoval => x !== null) ?? null;
            const pos = values ?? (removal ? { file: removal.object.file, ...removal.object.loc(removal.path, true) } : { file: c.at.object.file, line: c.at.line, column: c.at.column });
            const key = `${pos.file}:${pos.line}:${pos.column}:${missing.join()}`;
            // A probe written without a handler (`readinessProbe: {}`, only timings) is no probe.
            const empty = group.filter((m) => m.empty).map((m) => m.probe);
            const label = w.template ? `container '${shownTemplateName(c.name, helmChartName(snapshot, w.object.file))}' of ${helmWorkloadLabel(snapshot, w.object)}` : `container '${c.name}' of ${workloadLabel(w.object)}`;
            const head = `${label} has no ${missing.join(' and no ')}`;
            // Values paths the chart's values do not set, named together.
            const unset = group.filter((m) => m.why === UNSET && m.source !== null).map((m) => m.source!);
            // The same reason for several probes once (`… writes them`).
            const whys = [...new Set(group.filter((m) => m.why !== UNSET).map((m) => m.why))].map((w) => w.replace(IT, group.filter((m) => m.why === w).length > 1 ? 'them' : 'it'));
            const why = `${whys.join('')}${unset.length ? ` (Helm value${unset.length > 1 ? 's' : ''} ${unset.join(' and ')} ${unset.length > 1 ? 'are' : 'is'} not set in the chart's values)` : ''}`;
            const tail = `${why}${removal ? ` (the patch ${removal.object.file} removes ${missing.filter((p) => c.removed(p)).join(' and ')})` : ''}${empty.length ? ` (${empty.join(' and ')} ${empty.length > 1 ? 'have' : 'has'} no handler: httpGet, tcpSocket, exec or grpc)` : ''}; add ${missing.length > 1 ? 'them' : 'it'} so Kubernetes ${missing.length > 1 ? 'routes traffic only to ready pods and restarts hung ones' : missing[0] === 'readinessProbe' ? 'routes traffic only to ready pods' : 'restarts hung pods'}`;
            // A chart template's missing probe where an install of that chart in the repository gives values for the values path it is
            // rendered from, or patches what it renders in ways not read (a post-renderer, kustomize patches, valuesFrom, a values file
            // not in the repository): a note naming that install. A probe the template leaves out takes no values.
            const sources = group.flatMap((m) => (m.source !== null ? [m.source] : []));
            const external = r ? helmExternalValues(snapshot, w.object.file, r.set, sources) : null;
            const f = found.get(key) ?? { ...pos, head, tail, dev: true, overlays: [], solo: false, alone: r?.supersededBy ?? null, overrides: false, external: null, uncovered: false };
            // Development-only when every variant reaching this place is.
            f.dev &&= dev;
            // Only the chart's values.yaml alone gives it while production installs the chart with another values file: a note, saying
            // whether that file renders the container (and gives the probe) or does not render it.
            if (!r?.supersededBy) f.alone = null;
            else if (sets!.some((o) => o.supersededBy === null)) f.overrides = true;
            // Every variant reaching it may take the probe from an installer's values that are not read: a note naming one.
            if (external) f.external ??= external;
            else if (!r?.supersededBy) f.uncovered = true;
            addVariant(f, w);
            found.set(key, f);
          }
        }
      }
    }
    if (!judgedAny) { skip(templatedReason); return; }
    for (const f of found.values()) {
      const external = f.uncovered ? null : f.external;
      const helm = f.alone !== null ? ` (only with the chart's values.yaml alone: ${f.alone}, which production installs, ${f.overrides ? 'overrides it' : 'does not render it'})` : external !== null ? ` (${external} installs this chart with values or patches that are not read)` : '';
      // Overlays are named when the finding is theirs only (not also the definition's own).
      report({ file: f.file, line: f.line, column: f.column, note: f.dev || f.alone !== null || external !== null || undefined, ...overlayScope(snapshot, f), message: `${f.head}${overlayNote(f)}${f.tail}${f.dev ? ' (development-only file)' : ''}${helm}` });
    }
  },
});
