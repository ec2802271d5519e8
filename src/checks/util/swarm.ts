import { basename } from '../../repo/classify.js';
import type { SnapshotView } from '../../repo/snapshot.js';
import type { ComposeService } from '../../repo/compose.js';
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

/**
 * Compose files that are Swarm stacks as a whole (deployed with `docker stack deploy`): a service with Swarm-only `deploy`
 * keys (isSwarmService), an `overlay` network, an `external` secret or config (plain `docker compose` cannot use one), or a
 * stack file name (`stack.yml`, `docker-stack.prod.yml`; not `elk-stack.yml`).
 */
export function swarmFiles(snapshot: SnapshotView, services: ComposeService[]): Set<string> {
  const out = new Set<string>();
  for (const svc of services) {
    if (out.has(svc.file)) continue;
    if (isSwarmService(svc) || /^(?:docker[-_.])?stack(?:[-_.]|$)/i.test(basename(svc.file))) { out.add(svc.file); continue; }
    const top = snapshot.yaml(svc.file)?.docs[0]?.value;
    if (!isObject(top)) continue;
    const entries = (key: string) => (isObject(top[key]) ? Object.values(top[key] as Record<string, unknown>) : []).filter(isObject);
    if (entries('networks').some((n) => n['driver'] === 'overlay') || [...entries('secrets'), ...entries('configs')].some((x) => x['external'] === true)) out.add(svc.file);
  }
  return out;
}
