import { z } from 'zod';
import { defineCheck } from './define.js';
import { noComposeReason } from './util/compose-read.js';
import { composeServiceGroups, judgedServices, judgesDeployFile } from './util/groups.js';
import { basename, dirname } from '../repo/classify.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { DEV_PROFILE, type ComposeService } from '../repo/compose.js';
import { isObject } from '../repo/yaml.js';

const ONE_SHOT_NAME = /(^|[-_])(migrat\w*|init\w*|setup\w*|seed\w*|bootstrap\w*|provision\w*|createbuckets?|fixtures?|collectstatic|once|oneshot)([-_]|$)/i;
/** Profiles that mark opt-in tooling, not the running application: development/tooling profiles (shared, DEV_PROFILE) and one-shot tasks. */
const ONE_SHOT_PROFILE = /^(migrat\w*|seed|setup|init|admin|manage\w*|cli|scripts?|jobs?)$/i;
const isToolProfile = (p: string) => DEV_PROFILE.test(p) || ONE_SHOT_PROFILE.test(p);

/** Swarm-only `deploy` keys: a stack deployed with `docker stack deploy` restarts tasks by default (condition `any`). */
const SWARM_KEYS = ['placement', 'update_config', 'rollback_config', 'mode', 'endpoint_mode'];
const isSwarm = (svc: ComposeService): boolean => {
  const deploy = svc.value['deploy'];
  return isObject(deploy) && SWARM_KEYS.some((k) => deploy[k] !== undefined);
};

/**
 * Compose files that are Swarm stacks as a whole: a service with Swarm-only `deploy` keys, an `overlay` network, an
 * `external` secret or config (plain `docker compose` cannot use one), or a stack file name (`stack.yml`,
 * `docker-stack.prod.yml`). Every service of such a file is a Swarm task, restarted by default.
 */
function swarmFiles(snapshot: SnapshotView, services: ComposeService[]): Set<string> {
  const out = new Set<string>();
  for (const svc of services) {
    if (out.has(svc.file)) continue;
    if (isSwarm(svc) || /^(?:docker[-_.])?stack(?:[-_.]|$)/i.test(basename(svc.file))) { out.add(svc.file); continue; }
    const top = snapshot.yaml(svc.file)?.docs[0]?.value;
    if (!isObject(top)) continue;
    const entries = (key: string) => (isObject(top[key]) ? Object.values(top[key] as Record<string, unknown>) : []).filter(isObject);
    if (entries('networks').some((n) => n['driver'] === 'overlay') || [...entries('secrets'), ...entries('configs')].some((x) => x['external'] === true)) out.add(svc.file);
  }
  return out;
}

/** `restart:` or `deploy.restart_policy` of a service: the policy, `no` (explicitly never), or null. */
function policy(svc: ComposeService): { kind: 'set' | 'never'; path: (string | number)[] } | null {
  const r = svc.value['restart'];
  if (r !== undefined && r !== null) {
    return { kind: r === false || String(r).trim().toLowerCase() === 'no' ? 'never' : 'set', path: ['restart'] };
  }
  const deploy = svc.value['deploy'];
  const rp = isObject(deploy) ? deploy['restart_policy'] : undefined;
  if (isObject(rp)) return { kind: String(rp['condition'] ?? 'any').toLowerCase() === 'none' ? 'never' : 'set', path: ['deploy', 'restart_policy'] };
  return null;
}

/** Compose services declare a restart policy. */
export const restartPolicy = defineCheck({
  id: 'restart-policy',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file, true),
  title: 'Compose services have a restart policy',
  // The restart policy: "No restart policy on the one-shot compose services", "`restart: no`".
  safeguard: /\brestart polic(?:y|ies)\b|\b(?:auto-?)?restart(?:s|ed|ing)?\b/,
  severity: 'low',
  description: 'Compose services declare `restart:` or `deploy.restart_policy`.',
  match: [
    {
      pattern: /\b(?:containers?|docker|compose)\b[^;]*\brestart polic(?:y|ies)\b|\brestart polic(?:y|ies)\b[^;]*\b(?:containers?|docker|compose)\b|\brestart: ?(?:always|unless-stopped|on-failure)\b/,
      // Compose only: ECS, Kubernetes, Nomad and systemd restart by their own rules.
      unless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd)\b/,
      note: 'a promise about container restart policies: the check reads compose services',
    },
    {
      // "Containers restart automatically", "Docker containers are restarted on failure", "auto-restart for compose services",
      // and the container named after the promise: "Restarts automatically if the container crashes" (a service's heading).
      pattern: /\b(?:containers?|docker|compose)\b[^;]*\b(?:restart(?:s|ed)?|auto-?restart(?:s|ed)?)\b[^;]*\b(?:automatically|on (?:failure|crash(?:es)?|reboot)|after (?:a )?(?:crash(?:es)?|reboot))\b|\b(?:containers?|docker|compose)\b[^;]*\bauto-?restart|\b(?:restart(?:s|ed)?|auto-?restart(?:s|ed)?)\b[^;]*\b(?:automatically|on (?:failure|crash(?:es)?|reboot)|after (?:a )?(?:crash(?:es)?|reboot))\b[^;]*\b(?:containers?|docker|compose)\b/,
      unless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd|pods?)\b/,
      note: 'a promise that containers come back by themselves: the check reads compose restart policies',
    },
    {
      // "Restart policy set on all services": every service is compose's word (a Kubernetes, ECS, Nomad or systemd
      // heading or parent makes them its own).
      pattern: /\brestart polic(?:y|ies)\b[^;]*\b(?:all|every|each) (?:the )?services?\b|\b(?:all|every|each) (?:the )?services?\b[^;]*\brestart polic(?:y|ies)\b/,
      unless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd|pods?|deployments?|helm)\b/,
      nearUnless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd|pods?|helm|lambda|serverless|cloud run)\b/,
      note: 'a restart policy promised for every service: the check reads compose services',
    },
    {
      pattern: /\brestart polic(?:y|ies)\b/,
      context: /\b(?:docker|containers?|compose)\b/,
      unless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd)\b/,
      note: 'restart policies under a Docker/containers heading',
    },
  ],
  docs: {
    why: 'Without a restart policy a crashed container, or every container after a host reboot, stays down until someone notices.',
    fix: 'Add `restart: unless-stopped` (or `deploy.restart_policy`) to each long-running service.',
    details: [
      'A service passes with `restart:` (any value) or `deploy.restart_policy`, after `extends` and merge keys; a policy set for the service in any production compose file of the same folder (an overlay such as `docker-compose.prod.yml`) counts, one in a development overlay does not.',
      '`restart: "no"` (or `condition: none`) is an explicit decision: it passes with an `info` note, because one-shot tasks (migrations, seeders) rightly never restart.',
      'A Swarm stack service (`deploy.placement`, `update_config`, `rollback_config`, `mode`, `endpoint_mode`) passes without a policy: Swarm restarts tasks by default. So does every service of a file that is a Swarm stack as a whole: one with such a service, an `overlay` network, an `external` secret or config (plain `docker compose` cannot use them), or a stack file name (`stack.yml`, `docker-stack.prod.yml`; not `elk-stack.yml`, a compose file named for its software).',
      'One-shot services without any policy are not judged: services that another service waits for with `condition: service_completed_successfully`, services named like one-shot tasks (`migrate`, `init`, `setup`, `seed`, `bootstrap`, `provision`, `createbuckets`, `collectstatic`), and services only in tooling profiles: the development/tooling profiles every compose check treats as development-only (`profiles: [tools]`, `dev`, `test`, `debug`, `ci`, `e2e`, `docs`…) and one-shot ones (`migrate`, `seed`, `setup`, `init`, `admin`, `cli`, `jobs`…).',
      'Development-only compose files get `info` notes. Kubernetes is not judged (controllers restart containers by default).',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    const groups = composeServiceGroups(snapshot);
    if (!groups.length) { skip(noComposeReason(snapshot, { withCompose: 'no compose services' })); return; }
    // Services others wait for to complete are one-shot by construction.
    const completed = new Set<string>();
    for (const svc of groups.flat()) {
      const deps = svc.value['depends_on'];
      if (!isObject(deps)) continue;
      for (const [name, spec] of Object.entries(deps)) if (isObject(spec) && spec['condition'] === 'service_completed_successfully') completed.add(`${dirname(svc.file)}\u0000${name}`);
    }
    const swarm = swarmFiles(snapshot, groups.flat());
    for (const group of groups) {
      const { judged, dev, devReason } = judgedServices(group);
      const svc = judged[0]!;
      const policies = judged.map((s) => ({ s, p: policy(s) })).filter((x) => x.p);
      const set = policies.find((x) => x.p!.kind === 'set');
      if (set || (!policies.length && judged.some((x) => swarm.has(x.file)))) continue;
      const never = policies[0];
      if (never) {
        const at = never.s.loc(never.p!.path);
        report({ file: never.s.file, line: at.line, column: at.column, note: true, message: `compose service '${svc.name}' is explicitly never restarted (${never.p!.path[0] === 'restart' ? 'restart: "no"' : 'deploy.restart_policy.condition: none'}); fine for a one-shot task, not for a long-running service` });
        continue;
      }
      const profiles = svc.value['profiles'];
      const tooling = Array.isArray(profiles) && profiles.length > 0 && profiles.every((p) => isToolProfile(String(p)));
      if (completed.has(`${dirname(svc.file)}\u0000${svc.name}`) || ONE_SHOT_NAME.test(svc.name) || tooling) continue;
      const message = `compose service '${svc.name}' has no restart policy; add restart: unless-stopped (or deploy.restart_policy)`;
      report({ file: svc.file, line: svc.line, column: svc.column, message: dev ? `${message} (${devReason})` : message, note: dev || undefined });
    }
  },
});
