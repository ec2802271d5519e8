import { basename } from '../../repo/classify.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { composeOverlayPurpose, type ComposeService } from '../../repo/compose.js';
import { composeServiceGroups, isComposeBase } from './groups.js';
import { isObject } from '../../repo/yaml.js';

/**
 * `deploy` keys only Swarm acts on (`docker compose` ignores them): `placement`, `update_config`, `rollback_config`,
 * `endpoint_mode`, and a `mode` other than `replicated` (`global`, the `*-job` modes). `mode: replicated` is the default,
 * which `docker compose` honours with `replicas`: it says nothing about Swarm.
 */
const SWARM_KEYS = ['placement', 'update_config', 'rollback_config', 'endpoint_mode'];
export const isSwarmService = (svc: ComposeService): boolean => {
  const deploy = svc.value['deploy'];
  if (!isObject(deploy)) return false;
  const mode = deploy['mode'];
  return SWARM_KEYS.some((k) => deploy[k] !== undefined) || (mode !== undefined && mode !== null && String(mode).trim().toLowerCase() !== 'replicated');
};

/** A stack file's name: `stack.yml`, `docker-stack.yml`, `docker-stack.prod.yml` (not `elk-stack.yml`). */
const STACK_NAME = /^(?:docker[-_.])?stack(?:[-_.]|$)/i;
/** A compose file named for Swarm: `docker-compose.swarm.yml`, `compose-swarm.yaml`, `swarm.yml` (not `swarm-exporter.yml`). */
const SWARM_NAME = /^(?:(?:docker[-_.])?compose[-_.](?:[\w.-]*[-_.])?)?swarm(?:[-_.][\w.-]*)?\.ya?ml$/i;

/**
 * Compose files that are Swarm stacks as a whole (deployed with `docker stack deploy`): a service with Swarm-only `deploy`
 * keys (isSwarmService), an `overlay` network, an `external` secret or config (plain `docker compose` cannot use one), a
 * stack file name (`stack.yml`, `docker-stack.prod.yml`; not `elk-stack.yml`), or a Swarm overlay's (`docker-compose.swarm.yml`).
 */
export function swarmFiles(snapshot: SnapshotView, services: ComposeService[]): Set<string> {
  const out = new Set<string>();
  for (const svc of services) {
    if (out.has(svc.file)) continue;
    if (isSwarmService(svc) || STACK_NAME.test(basename(svc.file)) || SWARM_NAME.test(basename(svc.file))) { out.add(svc.file); continue; }
    const top = snapshot.yaml(svc.file)?.docs[0]?.value;
    if (!isObject(top)) continue;
    const entries = (key: string) => (isObject(top[key]) ? Object.values(top[key] as Record<string, unknown>) : []).filter(isObject);
    if (entries('networks').some((n) => n['driver'] === 'overlay') || [...entries('secrets'), ...entries('configs')].some((x) => x['external'] === true)) out.add(svc.file);
  }
  return out;
}

/**
 * The compose groups (composeServiceGroups) as they are deployed. A service of a Swarm stack file (swarmFiles) beside the
 * main compose file that names its own `image` — in a file with a stack file name (`docker-stack.yml`, `stack.prod.yml`) or
 * any name but a production overlay's (`docker-compose.prod.yml`, `docker-compose.swarm.yml`, merged over the main file) —
 * is a full definition that `docker stack deploy -c docker-stack.yml` deploys alone, without reading docker-compose.yml:
 * its own group, judged by itself. One that names no image is a Swarm overlay, deployed with the files it is laid over.
 */
export function composeDeployments(groups: ComposeService[][], swarm: ReadonlySet<string>): ComposeService[][] {
  const out: ComposeService[][] = [];
  for (const group of groups) {
    const alone = (s: ComposeService) => group.length > 1 && !isComposeBase(s) && swarm.has(s.file) && typeof s.value['image'] === 'string' && s.value['image'].trim() !== ''
      && (STACK_NAME.test(basename(s.file)) || composeOverlayPurpose(s.file) !== 'production');
    const rest = group.filter((s) => !alone(s));
    if (rest.length) out.push(rest);
    for (const s of group) if (alone(s)) out.push([s]);
  }
  return out;
}

/**
 * The repository's compose deployments (composeDeployments over composeServiceGroups) and its Swarm files (swarmFiles), once per
 * view: for the checks that judge a service as it is deployed, a stack file's service with its own image by itself.
 */
export const composeDeploymentGroups = perView(function composeDeploymentGroups(snapshot: SnapshotView): { deployments: ComposeService[][]; swarm: ReadonlySet<string> } {
  const groups = composeServiceGroups(snapshot);
  const swarm = swarmFiles(snapshot, groups.flat());
  return { deployments: composeDeployments(groups, swarm), swarm };
});

/**
 * Whether a compose group (composeDeployments) is deployed with `docker stack deploy` over its main file: a member other
 * than the main file's is in a Swarm file (a Swarm overlay, `docker-compose.swarm.yml`, or a stack file naming no image).
 * Swarm then ignores what only plain `docker compose` reads (`mem_limit`, `restart`) in every file of the group.
 */
export const swarmOverlay = (group: readonly ComposeService[], swarm: ReadonlySet<string>): ComposeService | undefined =>
  group.find((s) => !isComposeBase(s) && swarm.has(s.file) && group.some((b) => isComposeBase(b)));

/**
 * The services of a compose group (composeDeployments) whose settings production gets: the production members (judgedServices),
 * and with a Swarm overlay (swarmOverlay) every Swarm file's member too, which speaks for what `docker stack deploy` deploys
 * whatever its name.
 */
export const deployedServices = (judged: readonly ComposeService[], production: readonly ComposeService[], swarm: ReadonlySet<string>, overlay: ComposeService | undefined): ComposeService[] =>
  overlay ? [...production, ...judged.filter((s) => swarm.has(s.file) && !production.includes(s))] : [...production];
