import { z } from 'zod';
import { defineCheck } from './define.js';
import { noComposeReason } from './util/compose-read.js';
import { composeServiceGroups, judgedServices, judgesDeployFile } from './util/groups.js';
import { composeDeployments, deployedServices, swarmFiles, swarmOverlay } from './util/swarm.js';
import type { ComposeService } from '../repo/compose.js';
import { oneShotService } from './util/one-shot.js';
import { isObject } from '../repo/yaml.js';

/**
 * `restart:` or `deploy.restart_policy` of a service: the policy, `no` (explicitly never), or null. Deployed by Swarm
 * (`swarm`), only `deploy.restart_policy`: `docker stack deploy` ignores `restart:`.
 */
function policy(svc: ComposeService, swarm = false): { kind: 'set' | 'never'; path: (string | number)[] } | null {
  const r = swarm ? undefined : svc.value['restart'];
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
      // The compose key alone as a terse item under a compose, Docker or containers heading or parent item ("### compose" ›
      // "restart", "restart: always", "Restart set"): the nearest one must name them.
      pattern: /^(?:auto-?)?restarts?(?: ?(?::|set|configured|enabled|on|policy set) ?(?:always|unless-stopped|on-failure)?)?$/,
      context: /\b(?:docker|containers?|compose)\b/,
      nearUnless: /^(?![^]*\b(?:docker|containers?|compose)\b)/,
      note: 'the restart key alone under a compose/Docker/containers heading: the check reads compose restart policies',
    },
    {
      // A restart policy stated by Docker's own values, under any heading: "Restart policy: always", "Restart policy:
      // unless-stopped" (as a label's state reads: "restart policy always"). Not "never"/"no", not another platform's policy.
      pattern: /\brestart polic(?:y|ies)\b:? (?:(?:is|are|set to|=) )?(?:always|unless-stopped|on-failure)\b/,
      unless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd|pods?)\b/,
      nearUnless: /\b(?:ecs|fargate|kubernetes|k8s|nomad|systemd)\b/,
      note: 'a restart policy stated by its Docker value: the check reads compose restart policies',
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
      'A service passes with `restart:` (any value) or `deploy.restart_policy`, after `extends` and merge keys; a policy set for the service in the main compose file or a production overlay of the same folder (one named for a deployed environment, such as `docker-compose.prod.yml`) counts, one in a development overlay or an overlay of another name (`docker-compose.mac.yml`) does not.',
      '`restart: "no"` (or `condition: none`) is an explicit decision: it passes with an `info` note, because one-shot tasks (migrations, seeders) rightly never restart.',
      'A Swarm stack service (`deploy.placement`, `update_config`, `rollback_config`, `endpoint_mode`, a `mode` other than `replicated`: `global`, `replicated-job`…) passes without a policy: Swarm restarts tasks by default (`mode: replicated` is the default, which plain `docker compose` honours with `replicas`: no Swarm sign). So does every service of a file that is a Swarm stack as a whole: one with such a service, an `overlay` network, an `external` secret or config (plain `docker compose` cannot use them), or a stack file name (`stack.yml`, `docker-stack.prod.yml`; not `elk-stack.yml`, a compose file named for its software), or a Swarm overlay\'s (`docker-compose.swarm.yml`). Swarm ignores `restart:`: in a Swarm stack only `deploy.restart_policy` counts (so `restart: "no"` there gives no note). A stack file that names its own `image` beside `docker-compose.yml` is deployed alone (`docker stack deploy -c docker-stack.yml` reads no other file): it and the main file are judged each by itself, the policy of one counting nothing for the other; a Swarm overlay (`docker-compose.swarm.yml`) is deployed with the files it is laid over, and Swarm ignores `restart:` in all of them.',
      'One-shot services without any policy are not judged: services that another service waits for with `condition: service_completed_successfully`, services named like one-shot tasks — a word of the name (split on `-`, `_`, `.` and camelCase) names the task: `migrate`, `migration(s)`, `init`, `initdb`, `setup`, `seed`, `seeder`, `bootstrap`, `provision`, `createbuckets`, `collectstatic`, `fixtures`, `once`, `one-shot` (`db-migrate`, `init-db`, `web-init`, `kafka-setup`), unless the last word says the service serves (`data-migration-api`, `migration-dashboard`, `bootstrap-ui`, `setup-wizard`, `init-worker`: `api`, `ui`, `web`, `app`, `dashboard`, `wizard`, `server`, `service`, `worker`…); a word that only contains one is none (`initializr`, `initiatives`, `provisioning`, `user-provisioning` are judged) —, services whose command runs a one-shot task and starts nothing that runs on (`alembic upgrade head`, `npx prisma migrate deploy`, `python manage.py migrate`, `mc mb …`; not `alembic upgrade head && gunicorn app:app`), and services only in tooling profiles: the development/tooling profiles every compose check treats as development-only (`profiles: [tools]`, `dev`, `test`, `debug`, `ci`, `e2e`, `docs`…) and one-shot ones (`migrate`, `seed`, `setup`, `init`, `admin`, `cli`, `jobs`…).',
      'Development-only compose files get `info` notes. Kubernetes is not judged (controllers restart containers by default).',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    const groups = composeServiceGroups(snapshot);
    if (!groups.length) { skip(noComposeReason(snapshot, { withCompose: 'no compose services' })); return; }
    const swarm = swarmFiles(snapshot, groups.flat());
    // A stack file that names its own image is deployed alone (`docker stack deploy -c docker-stack.yml`): judged by itself.
    for (const group of composeDeployments(groups, swarm)) {
      const { judged, production, dev, devReason } = judgedServices(group);
      const svc = judged[0]!;
      // Laid over the main file by `docker stack deploy` (a Swarm overlay), every file of the group is read by Swarm.
      const overlay = swarmOverlay(judged, swarm);
      const deployed = deployedServices(judged, production, swarm, overlay);
      const policies = deployed.map((s) => ({ s, p: policy(s, overlay !== undefined || swarm.has(s.file)) })).filter((x) => x.p);
      const set = policies.find((x) => x.p!.kind === 'set');
      if (set || (!policies.length && judged.some((x) => swarm.has(x.file)))) continue;
      const never = policies[0];
      if (never) {
        const at = never.s.loc(never.p!.path);
        report({ file: never.s.file, line: at.line, column: at.column, note: true, message: `compose service '${svc.name}' is explicitly never restarted (${never.p!.path[0] === 'restart' ? 'restart: "no"' : 'deploy.restart_policy.condition: none'}); fine for a one-shot task, not for a long-running service` });
        continue;
      }
      // One-shot services (waited for to complete, named or run as a task, in tooling profiles) are not judged.
      if (oneShotService(snapshot, judged) !== null) continue;
      const message = `compose service '${svc.name}' has no restart policy; add restart: unless-stopped (or deploy.restart_policy)`;
      report({ file: svc.file, line: svc.line, column: svc.column, message: dev ? `${message} (${devReason})` : message, note: dev || undefined });
    }
  },
});
