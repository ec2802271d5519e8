/**
 * Kubernetes objects that Terraform's Kubernetes provider manages, read as the manifests they stand for, so the Kubernetes checks
 * judge them with the rules they apply to YAML manifests:
 * - `kubernetes_deployment`, `kubernetes_stateful_set`, `kubernetes_daemonset` (`kubernetes_daemon_set_v1`), `kubernetes_pod`,
 *   `kubernetes_job`, `kubernetes_cron_job`, `kubernetes_service`, `kubernetes_config_map` (and their `_v1` forms): the
 *   `metadata` and `spec` blocks in the provider's schema, each block under its manifest key (`security_context` →
 *   `securityContext`, `liveness_probe { http_get { … } }` → `livenessProbe.httpGet`), the blocks that are lists in a manifest
 *   as lists (`container` → `containers`, `init_container` → `initContainers`, `env`, `port` → `ports`, `volume_mount` →
 *   `volumeMounts`…), arguments under their manifest names (`run_as_non_root` → `runAsNonRoot`, `external_ips` → `externalIPs`),
 *   the keys of a map argument as written (`labels`, `limits = { memory = "256Mi" }`), and the provider's string forms of numbers
 *   and booleans (`run_as_user = "1000"`) read as what Terraform converts them to;
 * - `kubernetes_manifest`: its `manifest` object, as written (an object Terraform computes, `yamldecode(file(…))`, is not read).
 * A value Terraform computes (`var.image`, `local.x`, an interpolation, a call) is never a literal and never "not set": it is
 * COMPUTED, a `${…}` placeholder the Kubernetes judges leave unverified as they leave a manifest's `${VAR}`; a `dynamic` block
 * stands in its list (or for its key) as such a value too. Each object is located in the `.tf` file: a value at its first
 * character (inside a string's quotes), a key at its name, a block at its type. Test fixtures, templates and vendored copies
 * of Terraform files are not read, nor a resource body over MAX_RESOURCE.
 */
import { isObject } from '../../repo/yaml.js';
import { filesEndingIn } from '../../repo/classify.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { containers, podSpec, type K8sObject } from '../../repo/k8s.js';
import { mergedContainer, type K8sWorkload } from './groups.js';
import { hclArgument, hclBlocks, UNKNOWN, type HclBlock, type HclValue } from './hcl.js';
import { hclExprEnd } from '../../repo/helm-installs.js';
import { isTerraformFile } from './terraform-vars.js';
import { lineColumnAt, valueStart } from './text.js';

/** The docs sentence on the Kubernetes provider's resources, shared by the Kubernetes workload checks. */
export const TF_K8S_DOCS = 'Terraform: the workloads the Kubernetes provider declares — `kubernetes_deployment`, `kubernetes_stateful_set`, `kubernetes_daemonset` (`kubernetes_daemon_set_v1`), `kubernetes_pod`, `kubernetes_job`, `kubernetes_cron_job` and their `_v1` forms, and a `kubernetes_manifest` whose `manifest` is written as an HCL object — are judged as the manifests they stand for (`container` blocks are `containers`, `security_context { run_as_non_root = true }` is `securityContext.runAsNonRoot: true`, `liveness_probe { http_get { … } }` a `livenessProbe` with an `httpGet` handler, `resources { limits = { memory = "512Mi" } }` the memory limit; the provider\'s strings for numbers and booleans, `run_as_user = "1000"`, read as Terraform converts them), located in the `.tf` file (a container at its `name`, a setting at its value). A value Terraform computes (`var.…`, `local.…`, an interpolation, a call) or a `dynamic` block is unknown: not judged, and never taken for a setting left out. A `manifest` Terraform computes (`yamldecode(file(…))`) is not read.';

/** A value Terraform computes, as the manifest judges see it: a placeholder, unverifiable (not a literal, not absent). */
export const COMPUTED = '${…}';

/** The provider's resource types read, with the object each declares. */
const RESOURCE_KINDS: Readonly<Record<string, { apiVersion: string; kind: string }>> = (() => {
  const out: Record<string, { apiVersion: string; kind: string }> = {};
  const add = (types: string[], apiVersion: string, kind: string) => { for (const t of types) out[t] = { apiVersion, kind }; };
  add(['kubernetes_deployment', 'kubernetes_deployment_v1'], 'apps/v1', 'Deployment');
  add(['kubernetes_stateful_set', 'kubernetes_stateful_set_v1'], 'apps/v1', 'StatefulSet');
  add(['kubernetes_daemonset', 'kubernetes_daemon_set_v1'], 'apps/v1', 'DaemonSet');
  add(['kubernetes_pod', 'kubernetes_pod_v1'], 'v1', 'Pod');
  add(['kubernetes_job', 'kubernetes_job_v1'], 'batch/v1', 'Job');
  add(['kubernetes_cron_job', 'kubernetes_cron_job_v1'], 'batch/v1', 'CronJob');
  add(['kubernetes_service', 'kubernetes_service_v1'], 'v1', 'Service');
  add(['kubernetes_config_map', 'kubernetes_config_map_v1'], 'v1', 'ConfigMap');
  return out;
})();

/** Blocks the provider repeats where a manifest has a list, by the list's key. */
const LIST_BLOCKS: Readonly<Record<string, string>> = {
  container: 'containers', init_container: 'initContainers', ephemeral_container: 'ephemeralContainers', env: 'env', env_from: 'envFrom',
  port: 'ports', volume: 'volumes', volume_mount: 'volumeMounts', volume_device: 'volumeDevices', toleration: 'tolerations',
  image_pull_secrets: 'imagePullSecrets', host_aliases: 'hostAliases', readiness_gate: 'readinessGates', topology_spread_constraint: 'topologySpreadConstraints',
  match_expressions: 'matchExpressions', sysctl: 'sysctls', http_header: 'httpHeaders', items: 'items', node_selector_term: 'nodeSelectorTerms',
  preferred_during_scheduling_ignored_during_execution: 'preferredDuringSchedulingIgnoredDuringExecution',
  required_during_scheduling_ignored_during_execution: 'requiredDuringSchedulingIgnoredDuringExecution',
  pod_affinity_term: 'podAffinityTerm', volume_claim_template: 'volumeClaimTemplates', dns_config_option: 'options', option: 'options',
};
/** Names whose manifest spelling is not their camel case (`external_ips` → `externalIPs`). */
const RENAMES: Readonly<Record<string, string>> = {
  external_ips: 'externalIPs', cluster_ip: 'clusterIP', cluster_ips: 'clusterIPs', load_balancer_ip: 'loadBalancerIP', host_ip: 'hostIP',
  host_pid: 'hostPID', host_ipc: 'hostIPC', pod_ip: 'podIP', dns_config: 'dnsConfig',
};
const manifestKey = (name: string): string => RENAMES[name] ?? name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Fields Kubernetes types as integers or booleans, which the provider (and kubernetes_manifest) take as strings too. */
const INTEGER_FIELDS = new Set(['runAsUser', 'runAsGroup', 'fsGroup', 'containerPort', 'hostPort', 'port', 'targetPort', 'nodePort', 'replicas']);
const BOOLEAN_FIELDS = new Set(['runAsNonRoot', 'privileged', 'allowPrivilegeEscalation', 'readOnlyRootFilesystem', 'hostNetwork', 'hostPID', 'hostIPC']);

/** Bounds: a resource body longer than this is not read; nesting of blocks read. */
const MAX_RESOURCE = 200_000;
const MAX_DEPTH = 16;

type Path = (string | number)[];
type Loc = { line: number; column: number };

/** A Kubernetes object read from a Terraform resource: the manifest it stands for, with the resource's address (`kubernetes_deployment.web`). */
export interface TerraformK8sObject extends K8sObject {
  /** The resource's address: `kubernetes_deployment.web`. */
  address: string;
  /** A string Terraform interpolates at `path` (`"ghcr.io/acme/app:${var.tag}"`), as written between its quotes; null for any other value. */
  template(path: Path): string | null;
  /**
   * Whether the resource's `lifecycle { ignore_changes = … }` leaves the containers' images to what changes them after it is created
   * (`all`, an entry ending in `image`, or one holding the pod template whole: `spec`, `spec[0].template`, `manifest`): a deploy
   * pipeline sets them, the image written is only the first one.
   */
  imagesIgnored: boolean;
}

/** A value read from HCL as the manifest judges read it: COMPUTED for what Terraform computes, keys as written. */
function manifestValue(v: unknown, depth = 0): unknown {
  if (v === UNKNOWN || depth > MAX_DEPTH) return COMPUTED;
  if (Array.isArray(v)) return v.map((x) => manifestValue(x, depth + 1));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, manifestValue(x, depth + 1)]));
  return v;
}

/** The integer and boolean fields of a manifest value as Terraform converts their strings (`"1000"` → 1000, `"true"` → true), in place. */
function convertScalars(v: unknown, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(v)) { for (const x of v) convertScalars(x, depth + 1); return; }
  if (!isObject(v)) return;
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' && INTEGER_FIELDS.has(k) && /^\d{1,10}$/.test(x.trim())) v[k] = Number(x.trim());
    else if (typeof x === 'string' && BOOLEAN_FIELDS.has(k) && /^(?:true|false)$/.test(x.trim())) v[k] = x.trim() === 'true';
    else convertScalars(x, depth + 1);
  }
}

/** Where the parts of a resource are written: its arguments (an HCL value at a manifest path, its name at `keyAt`) and blocks (at their type). */
interface Places { args: { path: Path; value: HclValue; keyAt: Loc }[]; blocks: Map<string, Loc> }
const pathId = (p: Path) => JSON.stringify(p);

/** What a block's body holds directly: arguments (`name = …`: where the entry starts, its name, the end of its value) and nested blocks. */
type Entry =
  | { kind: 'arg'; name: string; from: number; nameAt: number; end: number }
  | { kind: 'block'; type: string; typeAt: number; block: HclBlock };

/** Entries and blocks read per body and depth: an identifier, then `=` (not `==`/`=>`) or labels and `{`. */
const ENTRY = /([A-Za-z_][\w-]*)[ \t]*(?:=(?![=>])|((?:"[^"\n]{0,200}"[ \t]*)*)\{)/y;

/**
 * The entries written directly in a block's body, in order, read in one pass (strings, comments and heredocs passed over, nested
 * brackets skipped whole): each argument with the bounds hclArgument reads it in, each nested block with its body's bounds.
 */
function bodyEntries(text: string, block: HclBlock): Entry[] {
  const out: Entry[] = [];
  let from = block.start;
  let atStart = true;
  for (let i = block.start; i < block.end;) {
    const c = text[i]!;
    if (c === '\n') { atStart = true; from = i + 1; i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '#' || (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))) {
      const e = c === '/' && text[i + 1] === '*' ? text.indexOf('*/', i + 2) + 2 : text.indexOf('\n', i);
      i = e <= 1 || e > block.end ? block.end : e;
      continue;
    }
    ENTRY.lastIndex = i;
    const m = atStart ? ENTRY.exec(text) : null;
    atStart = false;
    if (!m) { i = Math.max(i + 1, hclExprEnd(text, i, block.end)); continue; }
    if (m[2] === undefined) {
      // An argument: its value runs to the end of the expression.
      const end = hclExprEnd(text, m.index + m[0].length, block.end);
      out.push({ kind: 'arg', name: m[1]!, from, nameAt: i, end });
      i = Math.max(end, i + 1);
      continue;
    }
    const start = m.index + m[0].length;
    const close = hclExprEnd(text, start, block.end, true);
    if (close >= block.end) break;
    out.push({ kind: 'block', type: m[1]!, typeAt: i, block: { labels: [...m[2].matchAll(/"([^"\n]*)"/g)].map((l) => l[1]!), start, end: close } });
    i = close + 1;
  }
  return out;
}

/**
 * A block's body as a manifest mapping at `path` (see the module's doc): arguments under their manifest names, nested blocks under
 * theirs (lists where a manifest has one, or where a block is repeated), `dynamic` blocks as COMPUTED; places recorded in `places`.
 */
function readBody(text: string, block: HclBlock, path: Path, places: Places, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (depth > MAX_DEPTH) return out;
  const entries = bodyEntries(text, block);
  const counts = new Map<string, number>();
  for (const e of entries) if (e.kind === 'block') counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const e of entries) {
    if (e.kind === 'arg') {
      // Read within its own bounds: from its line's start (or the `{` of a one-line block) to the end of its value.
      const arg = hclArgument(text, { labels: [], start: e.from, end: e.end }, e.name);
      if (!arg) continue;
      const key = manifestKey(e.name);
      out[key] = manifestValue(arg.value);
      places.args.push({ path: [...path, key], value: arg, keyAt: lineColumnAt(text, e.nameAt) });
      continue;
    }
    const dynamic = e.type === 'dynamic';
    const name = dynamic ? e.block.labels[0] ?? '' : e.type;
    if (!name) continue;
    const list = LIST_BLOCKS[name];
    const key = list ?? manifestKey(name);
    const loc = lineColumnAt(text, e.typeAt);
    if (list !== undefined || (!dynamic && (counts.get(e.type) ?? 0) > 1)) {
      const items = Array.isArray(out[key]) ? out[key] as unknown[] : (out[key] = []) as unknown[];
      const itemPath = [...path, key, items.length];
      places.blocks.set(pathId(itemPath), loc);
      if (!places.blocks.has(pathId([...path, key]))) places.blocks.set(pathId([...path, key]), loc);
      items.push(dynamic ? COMPUTED : readBody(text, e.block, itemPath, places, depth + 1));
    } else {
      places.blocks.set(pathId([...path, key]), loc);
      out[key] = dynamic ? COMPUTED : readBody(text, e.block, [...path, key], places, depth + 1);
    }
  }
  return out;
}

/** A located object for the manifest `value` of resource `address`, read with `places`. */
function located(file: string, text: string, docIndex: number, address: string, apiVersion: string, kind: string, value: Record<string, unknown>, places: Places, resourceAt: Loc, imagesIgnored: boolean): TerraformK8sObject {
  const meta = isObject(value['metadata']) ? value['metadata'] : {};
  const name = typeof meta['name'] === 'string' && meta['name'] !== COMPUTED ? meta['name'] : address;
  /** The argument holding `path` (the longest whose path begins it), with the rest of the path inside its value. */
  const argOf = (path: Path) => {
    let best: { arg: Places['args'][number]; rest: Path } | null = null;
    for (const a of places.args) {
      if (a.path.length > path.length || (best && a.path.length <= best.arg.path.length)) continue;
      if (a.path.every((k, i) => k === path[i])) best = { arg: a, rest: path.slice(a.path.length) };
    }
    return best;
  };
  /** A value's place: a string's first character (after its quote). */
  const inside = valueStart(text);
  const loc = (path: Path, key = false): Loc => {
    const a = argOf(path);
    if (a) {
      if (!a.rest.length && key) return a.arg.keyAt;
      const at = a.arg.value.loc(a.rest, key) ?? (key ? null : a.arg.value.loc(a.rest, true));
      if (at) return key ? at : inside(at);
    }
    // Not written: the nearest written mapping or list on the way (a block, an argument's key, a key inside its value).
    for (let p = path.slice(0, -1); p.length; p = p.slice(0, -1)) {
      const b = places.blocks.get(pathId(p));
      if (b) return b;
      const up = argOf(p);
      if (!up) continue;
      const at = up.rest.length ? up.arg.value.loc(up.rest, true) : up.arg.keyAt;
      if (at) return at;
    }
    return resourceAt;
  };
  const template = (path: Path): string | null => {
    const a = argOf(path);
    return a ? a.arg.value.template?.(a.rest) ?? null : null;
  };
  return { file, docIndex, apiVersion, kind, name, item: null, value, line: resourceAt.line, loc, address, template, imagesIgnored };
}

/** The Kubernetes objects the Kubernetes provider's resources of one Terraform file declare. */
export function terraformK8sObjectsOf(file: string, text: string): TerraformK8sObject[] {
  if (!text.includes('kubernetes_')) return [];
  const out: TerraformK8sObject[] = [];
  hclBlocks(text, 'resource').forEach((block, index) => {
    const type = block.labels[0] ?? '';
    const label = block.labels[1] ?? '?';
    const known = RESOURCE_KINDS[type];
    if ((!known && type !== 'kubernetes_manifest') || block.end - block.start > MAX_RESOURCE) return;
    const resourceAt = lineColumnAt(text, text.lastIndexOf('\n', block.start - 1) + 1);
    const places: Places = { args: [], blocks: new Map() };
    const address = `${type}.${label}`;
    const entries = bodyEntries(text, block);
    const argument = (name: string) => {
      const e = entries.find((x) => x.kind === 'arg' && x.name === name);
      return e?.kind === 'arg' ? hclArgument(text, { labels: [], start: e.from, end: e.end }, name) : undefined;
    };
    // `lifecycle { ignore_changes = [spec[0].template[0].spec[0].container[0].image] }`: a pipeline rolls the image out.
    const lifecycle = entries.find((x) => x.kind === 'block' && x.type === 'lifecycle');
    const ignoreAt = lifecycle?.kind === 'block' ? bodyEntries(text, lifecycle.block).find((x) => x.kind === 'arg' && x.name === 'ignore_changes') : undefined;
    const ignored = ignoreAt?.kind === 'arg' ? text.slice(ignoreAt.nameAt, ignoreAt.end).replace(/^ignore_changes\s*=\s*/, '') : '';
    const paths = ignored.trim().replace(/^\[|\]$/g, '').split(',').map((e) => e.trim().replace(/\["([^"\]]*)"\]/g, '.$1').replace(/\[\s*\d+\s*\]/g, ''));
    const imagesIgnored = /^\s*all\b/.test(ignored) || paths.some((e) => /(?:^|\.)image$/.test(e) || /^(?:spec(?:\.template(?:\.spec)?)?|manifest(?:\.spec(?:\.template(?:\.spec)?)?)?)$/.test(e));
    if (!known) {
      // `manifest = { apiVersion = "apps/v1", kind = "Deployment", … }`: the manifest as written.
      const m = argument('manifest');
      const value = m ? manifestValue(m.value) : undefined;
      if (!m || !isObject(value) || typeof value['apiVersion'] !== 'string' || typeof value['kind'] !== 'string' || value['kind'] === COMPUTED) return;
      convertScalars(value);
      places.args.push({ path: [], value: m, keyAt: m.loc([], true) ?? resourceAt });
      out.push(located(file, text, index, address, value['apiVersion'], value['kind'], value, places, resourceAt, imagesIgnored));
      return;
    }
    const value: Record<string, unknown> = { apiVersion: known.apiVersion, kind: known.kind };
    for (const e of entries) {
      if (e.kind !== 'block' || (e.type !== 'metadata' && e.type !== 'spec') || e.type in value) continue;
      places.blocks.set(pathId([e.type]), lineColumnAt(text, e.typeAt));
      value[e.type] = readBody(text, e.block, [e.type], places, 0);
    }
    // A ConfigMap's `data` is an argument of the resource itself.
    const data = known.kind === 'ConfigMap' ? argument('data') : undefined;
    if (data) { value['data'] = manifestValue(data.value); places.args.push({ path: ['data'], value: data, keyAt: data.loc([], true) ?? resourceAt }); }
    convertScalars(value);
    out.push(located(file, text, index, address, known.apiVersion, known.kind, value, places, resourceAt, imagesIgnored));
  });
  return out;
}

/** The Kubernetes objects the repository's Terraform files declare through the Kubernetes provider (terraformK8sObjectsOf). */
export const terraformK8sObjects = perView(function terraformK8sObjects(snapshot: SnapshotView): TerraformK8sObject[] {
  return filesEndingIn(snapshot.files, 'tf', 'tofu').filter(isTerraformFile).flatMap((f) => {
    const text = snapshot.text(f);
    return text === undefined ? [] : terraformK8sObjectsOf(f, text);
  });
});

/**
 * The workloads among them (a pod spec: Deployment, StatefulSet, DaemonSet, Pod, Job, CronJob, or one a kubernetes_manifest
 * declares), as the Kubernetes checks take kustomize's merged workloads: one layer, no overlay.
 */
export const terraformK8sWorkloads = perView(function terraformK8sWorkloads(snapshot: SnapshotView): K8sWorkload[] {
  return terraformK8sObjects(snapshot).flatMap((obj): K8sWorkload[] => {
    const ps = podSpec(obj);
    if (!ps) return [];
    // The pod spec read as a container is (one layer: its fields as written).
    const pod = mergedContainer([{ object: obj, container: ps.spec, path: ps.path, init: false, name: '', line: obj.line, column: 1 }]);
    return [{ object: obj, objects: [obj], pod: pod.get, podRemoved: pod.removed, overlays: [], containers: containers(obj).map((c) => mergedContainer([c])), template: false }];
  });
});
