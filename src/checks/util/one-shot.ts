import { dirname } from '../../repo/classify.js';
import { DEV_PROFILE, type ComposeService } from '../../repo/compose.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { isObject } from '../../repo/yaml.js';
import { composeServiceGroups } from './groups.js';

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
export function namedOneShot(name: string): boolean {
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
export function oneShotCommand(judged: ComposeService[]): boolean {
  // As compose merges them: the last file that sets each key wins.
  const last = (key: string): unknown => judged.map((s) => s.value[key]).filter((v) => v !== undefined && v !== null).at(-1);
  const words = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(' ') : typeof v === 'string' ? v : '');
  const cmd = `${words(last('entrypoint'))} ${words(last('command'))}`.replace(/\s+/g, ' ').trim();
  return ONE_SHOT_COMMAND.test(cmd) && !SERVER_COMMAND.test(cmd);
}

/** Profiles that mark opt-in tooling, not the running application: development/tooling profiles (shared, DEV_PROFILE) and one-shot tasks. */
const ONE_SHOT_PROFILE = /^(migrat\w*|seed|setup|init|admin|manage\w*|cli|scripts?|jobs?)$/i;
export const isToolProfile = (p: string) => DEV_PROFILE.test(p) || ONE_SHOT_PROFILE.test(p);

/** The services another waits for to complete (`depends_on: { x: { condition: service_completed_successfully } }`), by folder and name. */
const awaitedToComplete = perView(function awaitedToComplete(snapshot: SnapshotView): Set<string> {
  const out = new Set<string>();
  for (const svc of composeServiceGroups(snapshot).flat()) {
    const deps = svc.value['depends_on'];
    if (!isObject(deps)) continue;
    for (const [name, spec] of Object.entries(deps)) if (isObject(spec) && spec['condition'] === 'service_completed_successfully') out.add(`${dirname(svc.file)}\u0000${name}`);
  }
  return out;
});

/**
 * Why a compose service is a one-shot task rather than a long-running one (null when it is not): another service waits for it to
 * complete (`condition: service_completed_successfully`), its name names a one-shot task (namedOneShot: `migrate`, `init-db`), its
 * command runs one and starts nothing that runs on (oneShotCommand: `alembic upgrade head`), or it is only in tooling profiles.
 * `judged`: the members compose merges for it (the main file's first), whose last `command`/`entrypoint` runs. With `devProfiles`
 * false, only one-shot profiles (`migrate`, `jobs`) count, not the development/tooling ones (`dev`, `tools`), which the caller
 * reads as development-only.
 */
export function oneShotService(snapshot: SnapshotView, judged: ComposeService[], { devProfiles = true } = {}): string | null {
  const svc = judged[0]!;
  if (awaitedToComplete(snapshot).has(`${dirname(svc.file)}\u0000${svc.name}`)) return 'another service waits for it to complete (condition: service_completed_successfully)';
  if (namedOneShot(svc.name)) return 'named like a one-shot task';
  if (oneShotCommand(judged)) return 'its command runs a one-shot task';
  const profiles = svc.value['profiles'];
  if (Array.isArray(profiles) && profiles.length > 0 && profiles.every((p) => (devProfiles ? isToolProfile(String(p)) : ONE_SHOT_PROFILE.test(String(p))))) return `only in tooling profile${profiles.length > 1 ? 's' : ''} ${profiles.map((p) => `'${String(p)}'`).join(', ')}`;
  return null;
}
