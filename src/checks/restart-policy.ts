import { z } from 'zod';
import { defineCheck } from './define.js';
import { noComposeReason } from './util/compose-read.js';
import { composeServiceGroups, judgedServices, judgesDeployFile } from './util/groups.js';
import { dirname } from '../repo/classify.js';
import { swarmFiles } from './util/swarm.js';
import { DEV_PROFILE, type ComposeService } from '../repo/compose.js';
import { isObject } from '../repo/yaml.js';

/**
 * The words of a service name that name a one-shot task (`migrate`, `db-migrations`, `web-init`, `init-db`, `seeder`,
 * `kafka-setup`, `minio-createbuckets`), as whole words: not `initializr`, `initiatives` or `provisioning` (a domain: a
 * provisioning service).
 */
const ONE_SHOT_WORD = /^(?:(?:db)?(?:migrate|migrates|migration|migrations|migrator|init|initdb|initialize|initialise|initializer|initialiser|initialization|initialisation|setup|seed|seeds|seeder|seeders|seeding)(?:db)?|bootstrap|bootstrapper|provision|provisioner|createbuckets?|fixtures?|loaddata|collectstatic|once|oneshot)$/;
/**
 * The last words of a name that says the service serves (`data-migration-api`, `migration-dashboard`, `bootstrap-ui`,
 * `setup-wizard`, `init-worker`): long-running, whatever task word qualifies it.
 */
const SERVER_WORD = /^(?:api|apis|ui|gui|web|www|site|app|dashboard|wizard|portal|frontend|backend|server|srv|service|svc|gateway|gw|console|panel|proxy|worker|workers|daemon|consumer|listener|scheduler|http|grpc)$/;

/** The words of a service name: split on `-`, `_`, `.` and camelCase, lower case. */
const nameWords = (name: string): string[] => name.replace(/([a-z\d])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_.]+/).filter(Boolean);

/**
 * Whether a service is named like a one-shot task: one of its words names the task (`migrate`, `init`, `setup`, `seed`…,
 * `one-shot`), and its last word does not say it serves (`-api`, `-ui`, `-dashboard`…).
 */
function namedOneShot(name: string): boolean {
  const words = nameWords(name);
  if (!words.length || SERVER_WORD.test(words[words.length - 1]!)) return false;
  return words.some((w, i) => ONE_SHOT_WORD.test(w) || (w === 'one' && words[i + 1] === 'shot'));
}

/**
 * A command (`entrypoint` and `command`) that runs a one-shot task and exits: a migration, a seed, `collectstatic`, bucket
 * creation (`alembic upgrade head`, `npx prisma migrate deploy`, `python manage.py migrate`, `mc mb …`), starting nothing
 * that runs on (`alembic upgrade head && gunicorn app:app`, `npm run migrate && npm start`, `node dist/migrate.js`).
 */
const ONE_SHOT_COMMAND = /(?<![a-z])(?:migrate|migrations?|upgrade head|db:(?:migrate|setup|seed|prepare|create)|seed|seeds|createbuckets|collectstatic|loaddata|mc mb|flyway|liquibase|createdb)(?![a-z])/i;
const SERVER_COMMAND = /(?<![a-z])(?:serve|server|runserver|gunicorn|uvicorn|hypercorn|daphne|granian|puma|unicorn|rails s|start|dev|watch|worker|celery|sidekiq|nginx|httpd|apache2|supervisord|node|java|dotnet|deno|bun|php-fpm|tail -f|sleep|forever|pm2|exec)(?![a-z])/i;
function oneShotCommand(judged: ComposeService[]): boolean {
  // As compose merges them: the last file that sets each key wins.
  const last = (key: string): unknown => judged.map((s) => s.value[key]).filter((v) => v !== undefined && v !== null).at(-1);
  const words = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(' ') : typeof v === 'string' ? v : '');
  const cmd = `${words(last('entrypoint'))} ${words(last('command'))}`.replace(/\s+/g, ' ').trim();
  return ONE_SHOT_COMMAND.test(cmd) && !SERVER_COMMAND.test(cmd);
}

/** Profiles that mark opt-in tooling, not the running application: development/tooling profiles (shared, DEV_PROFILE) and one-shot tasks. */
const ONE_SHOT_PROFILE = /^(migrat\w*|seed|setup|init|admin|manage\w*|cli|scripts?|jobs?)$/i;
const isToolProfile = (p: string) => DEV_PROFILE.test(p) || ONE_SHOT_PROFILE.test(p);

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
      pattern: /\brestart polic(?:y|ies)\b:? (?:(?:is|are|set to|=) )?`?(?:always|unless-stopped|on-failure)\b/,
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
      'A Swarm stack service (`deploy.placement`, `update_config`, `rollback_config`, `endpoint_mode`, a `mode` other than `replicated`: `global`, `replicated-job`…) passes without a policy: Swarm restarts tasks by default (`mode: replicated` is the default, which plain `docker compose` honours with `replicas`: no Swarm sign). So does every service of a file that is a Swarm stack as a whole: one with such a service, an `overlay` network, an `external` secret or config (plain `docker compose` cannot use them), or a stack file name (`stack.yml`, `docker-stack.prod.yml`; not `elk-stack.yml`, a compose file named for its software).',
      'One-shot services without any policy are not judged: services that another service waits for with `condition: service_completed_successfully`, services named like one-shot tasks — a word of the name (split on `-`, `_`, `.` and camelCase) names the task: `migrate`, `migration(s)`, `init`, `initdb`, `setup`, `seed`, `seeder`, `bootstrap`, `provision`, `createbuckets`, `collectstatic`, `fixtures`, `once`, `one-shot` (`db-migrate`, `init-db`, `web-init`, `kafka-setup`), unless the last word says the service serves (`data-migration-api`, `migration-dashboard`, `bootstrap-ui`, `setup-wizard`, `init-worker`: `api`, `ui`, `web`, `app`, `dashboard`, `wizard`, `server`, `service`, `worker`…); a word that only contains one is none (`initializr`, `initiatives`, `provisioning`, `user-provisioning` are judged) —, services whose command runs a one-shot task and starts nothing that runs on (`alembic upgrade head`, `npx prisma migrate deploy`, `python manage.py migrate`, `mc mb …`; not `alembic upgrade head && gunicorn app:app`), and services only in tooling profiles: the development/tooling profiles every compose check treats as development-only (`profiles: [tools]`, `dev`, `test`, `debug`, `ci`, `e2e`, `docs`…) and one-shot ones (`migrate`, `seed`, `setup`, `init`, `admin`, `cli`, `jobs`…).',
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
      const { judged, production, dev, devReason } = judgedServices(group);
      const svc = judged[0]!;
      const policies = production.map((s) => ({ s, p: policy(s) })).filter((x) => x.p);
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
      if (completed.has(`${dirname(svc.file)}\u0000${svc.name}`) || namedOneShot(svc.name) || oneShotCommand(judged) || tooling) continue;
      const message = `compose service '${svc.name}' has no restart policy; add restart: unless-stopped (or deploy.restart_policy)`;
      report({ file: svc.file, line: svc.line, column: svc.column, message: dev ? `${message} (${devReason})` : message, note: dev || undefined });
    }
  },
});
