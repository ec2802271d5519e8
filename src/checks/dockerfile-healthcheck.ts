import { z } from 'zod';
import { defineCheck } from './define.js';
import { effectiveInstructions } from '../repo/dockerfile.js';
import { composeBuild, type ComposeService } from '../repo/compose.js';
import { perView, type SnapshotView } from '../repo/snapshot.js';
import { deployedStageRunners, inlineDockerfileNotes, noDockerfileReason, runnerName, runnerSetting, shippedStages, stageSubject, unresolvedTargetNotes, type ShippedStage, type StageRunner } from './util/commands.js';
import { judgedServices, judgesDeployFile } from './util/groups.js';
import { composeDeploymentGroups } from './util/swarm.js';
import { isObject } from '../repo/yaml.js';
import { onePerLocation } from './util/once.js';
import { HEALTH_CHECK_BEYOND_DECLARED, MONITORING } from '../checklist/phrases.js';
import { dockerActionOf } from './util/docker-action.js';
import { oneShotService } from './util/one-shot.js';

/**
 * What a health check does, whether it passes, or a monitor's checks: more than that the Dockerfile declares one
 * ("Dockerfile HEALTHCHECK hits the /health endpoint", "Uptime health checks configured", "Health checks pass in CI"). How it
 * calls the endpoint in a bracketed aside adds nothing to the promise ("Add a HEALTHCHECK to the Dockerfile (curl is not in
 * the image; use wget -qO-)").
 */
const HITS = new RegExp(`${HEALTH_CHECK_BEYOND_DECLARED.source}|(?:\\b(?:hits?|hitting|pings?|calls?|curls?|targets?|quer(?:y|ies)|points? (?:at|to))\\b|(?:^|\\s)\\/[\\w.-])(?![^()]*\\))`);

/** The final stage, and each stage a compose service builds as its `build.target` (or a stage it inherits from), declares `HEALTHCHECK`. */
export const dockerfileHealthcheck = defineCheck({
  id: 'dockerfile-healthcheck',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file, true),
  title: 'Dockerfile declares a HEALTHCHECK',
  // The HEALTHCHECK: "No `HEALTHCHECK` in the Dockerfile (Kubernetes probes are used instead)".
  safeguard: /\bhealth ?checks?\b|\bhealthcheck instructions?\b/,
  severity: 'medium',
  description: 'The final stage of each Dockerfile, and each stage a compose service builds as its build.target (or a stage it inherits from), declares a HEALTHCHECK.',
  match: [
    {
      // "Health check endpoint configured in Dockerfile": the Dockerfile declares a HEALTHCHECK (which calls the
      // endpoint). What it hits ("Dockerfile HEALTHCHECK hits /health") is more than the check reads.
      pattern: /\bhealth ?checks?(?: endpoints?| routes?| commands?)? (?:is |are )?(?:configured|declared|defined|set(?: up)?|added|present|in place|specified) in (?:the |each |every |all |our |its |their )?(?:dockerfiles?|docker images?|container images?)\b/,
      unless: HITS,
      note: 'a health check configured in the Dockerfile: the check reads HEALTHCHECK',
    },
    {
      // "Docker images have a health check", "Add HEALTHCHECK to Dockerfile", "Docker HEALTHCHECK configured"; not what the health check
      // does or whether it passes ("Health checks pass in CI for the docker image").
      pattern: /\b(?:docker|dockerfiles?|containers?|images?)\b[^;]*\bhealth ?checks?\b|\bhealth ?checks?\b[^;]*\b(?:dockerfiles?|docker images?|container images?)\b|\bhealthcheck instruction\b/,
      unless: new RegExp(`\\bendpoints?\\b|${HITS.source}`),
      note: 'a promise that container images declare health checks: the check reads HEALTHCHECK',
    },
    {
      // The instruction written out: "`HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1`", "`HEALTHCHECK
      // --interval=30s CMD wget -qO- http://127.0.0.1:3000/healthz`" (what it calls is the instruction's own: every
      // HEALTHCHECK probes the container from inside, at localhost); also with `CMD` left out ("HEALTHCHECK curl -f
      // http://localhost:3000/up").
      pattern: /\bhealthcheck (?:--[\w-]+(?:=\S+)? )*(?:cmd|curl|wget)\b/,
      note: 'a HEALTHCHECK instruction written out: the check reads HEALTHCHECK',
    },
    {
      pattern: /\bhealth ?checks?\b/,
      context: /\b(?:docker|dockerfiles?|containers?)\b/,
      unless: new RegExp(`\\bendpoints?\\b|${HITS.source}`),
      // Under a closer "Monitoring" heading or parent item they are uptime checks ("Docker & Infrastructure" ›
      // "Monitoring" › "Health checks configured").
      nearUnless: MONITORING,
      note: 'health checks under a Docker/containers heading (not under a closer monitoring heading or parent)',
    },
  ],
  docs: {
    why: 'Without a health check Docker, Compose and Swarm only know whether the process is alive, not whether it serves: a hung server keeps receiving traffic and is never restarted.',
    fix: 'Add `HEALTHCHECK CMD curl -fsS http://localhost:8000/health || exit 1` (or a small binary probe) to the final stage.',
    details: [
      'Judges the final stage and every stage a compose service builds as its `build.target` (awesome-compose\'s `target: builder`: that stage is the image production runs) or a deploy config outside compose builds as its target (a pushing CI job\'s `target:`/`--target` — GitHub, GitLab, Bitbucket, CircleCI —, a bake file\'s or skaffold\'s `target`, fly.toml `build-target`, heroku.yml `target`, Kamal `builder.target`; a target written with a variable resolved as in `dockerfile-non-root` — `.env`/`${VAR:-default}`, a workflow\'s matrix values, bake variable defaults —, one that does not resolve an `info` note at the target, the final stage judged in its place), following `FROM <earlier-stage>` inheritance; a HEALTHCHECK in a builder stage that the judged stage does not inherit from does not count. When production compose services build only other stages, the final stage gets an `info` note (not the stage production builds), as in `dockerfile-non-root`; a target named for development (`target: development`, `dev-envs`) is development-only and gets notes itself.',
      'The last HEALTHCHECK that takes effect wins: `HEALTHCHECK NONE` is an explicit opt-out (for example when Kubernetes probes do the job) and passes with an `info` note. A bare `HEALTHCHECK` (neither `CMD` nor `NONE`), or a `HEALTHCHECK CMD` with no command, is no health check: Docker refuses to build it, so the Dockerfile is a `parse-error` and is not judged.',
      'A HEALTHCHECK inherited from an external base image cannot be seen and does not count; a final stage `FROM scratch` or distroless still fails (ship a static probe binary, or opt out with `HEALTHCHECK NONE`).',
      'Images that are not servers (a CLI tool, a one-shot job) and images run only on Kubernetes (which ignores HEALTHCHECK and uses its own probes) should say so with `HEALTHCHECK NONE`: the opt-out is explicit and visible in review.',
      'A compose health check covers only the service that declares it. A compose service built from the Dockerfile that declares its own `healthcheck:` with a `test` satisfies the check for its own container (one that only sets `interval`/`retries` tunes the image HEALTHCHECK and runs nothing without it); a compose service that turns the health check off (`healthcheck: disable: true`, or `test: ["NONE"]`, which compose defines as the same) is the compose form of `HEALTHCHECK NONE`. When every production compose service building the stage (its `build.target`, else the final stage) has its own health check or opts out, the check passes with an `info` note naming one; one service building it without either keeps the failure, and the message names it (Mastodon\'s `web` declares a healthcheck, `sidekiq` builds the same image without one). One-shot services count neither way, as `restart-policy` reads them: a service another waits for with `condition: service_completed_successfully` (full-stack-fastapi-template\'s `prestart`), one named like a one-shot task (`migrate`, `init-db`), one whose command runs one and starts nothing that runs on (`alembic upgrade head`), or one only in one-shot profiles (`migrate`, `jobs`; a development profile makes it development-only instead); when only one-shot services run the stage, no HEALTHCHECK is an `info` note naming one. Services of a development-only file or profile (`docker-compose.override.yml`, `profiles: [tools]`) do not count when production services build the stage; a production overlay beside the file (`docker-compose.prod.yml`) adds to its service\'s health check, and an `extends.file` base is judged through the service extending it. A Swarm stack file\'s service that names its own `image` (`docker-stack.yml` beside `docker-compose.yml`, deployed with `docker stack deploy -c docker-stack.yml`, which never reads docker-compose.yml) is a deployment of its own, as in `resource-limits`: its health check covers only its own containers, and the compose service\'s covers not its; it runs the stage a compose service builds when it names the image that service tags beside its `build:` (`image: registry/acme/api:1.2`; the same repository, the tag aside; a name with no registry or namespace, `image: api`, only when that compose service is in the stack file\'s project: its folder, an ancestor or a folder inside it), so running it without a health check keeps the failure (images only a CI job or bake file tags are not linked). A Swarm overlay naming no image (`docker-compose.swarm.yml`) or a production overlay (`docker-compose.prod.yml`) stays merged over the main file. For a build target, only a service building that target counts; a final stage that no service builds exactly is covered by a service building its Dockerfile with a `test`.',
      'Development-only Dockerfiles (`Dockerfile.dev`, `.devcontainer/`, `.gitpod.Dockerfile`; not one production builds and ships, see the file rules) and build targets only development services build (a development-only compose file or profile) get an `info` note instead of a failure, and so does a Dockerfile only development environments build — every compose service building it is development-only (Laravel Sail\'s `docker-compose.yml`, `docker-compose.dev.yml`, a development profile; not a development overlay of a production service) and no deploy config outside compose builds it, nor does a production compose service or Kubernetes container run the image such a service tags — gets notes too, naming why (`built only by Laravel Sail\'s development environment in docker-compose.yml`); one no known configuration builds (`docker build .` in a CI script not read), and the repository\'s root `Dockerfile` (what hosting platforms build by default), are judged as production; templates and Dockerfiles under test folders are not judged.',
      'The Dockerfile of a GitHub Docker container action (named by an `action.yml`/`action.yaml` with `runs.using: docker` and `runs.image` a path relative to it, `.github/actions/<name>/` or an action repository\'s root) builds a workflow step that runs once, not a service: no HEALTHCHECK is an `info` note naming the action, unless a production compose service or platform config (fly.toml, heroku.yml, render.yaml, railway.json/toml) builds it too.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    // The final stage of each Dockerfile, and each stage a compose service builds as its `build.target`
    // (what production runs when it names one); test Dockerfiles are not judged.
    const shipped = shippedStages(snapshot);
    if (!shipped.length) { skip(noDockerfileReason(snapshot)); return; }
    const runnersOf = deployedStageRunners(snapshot);
    // A HEALTHCHECK NONE in a base two shipped stages share is one note.
    const once = onePerLocation();
    for (const s of shipped) {
      const { df, stage } = s;
      const hc = effectiveInstructions(stage).filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
      // Identified by the stage, not the FROM line's text (a digest pinned there leaves the stage without a HEALTHCHECK).
      const at = { file: df.path, line: stage.from.line, column: stage.from.column, subject: stageSubject(df, stage) };
      const what = s.target ? `build target '${stage.name}'` : 'the final stage';
      if (hc) {
        if (hc.argv[0]?.toUpperCase() === 'NONE') once.put({ ...at, line: hc.line, column: hc.column, note: true, message: 'HEALTHCHECK NONE explicitly disables the health check (make sure the orchestrator probes the service instead)' });
        continue;
      }
      // The image of a GitHub Docker container action: a workflow step that runs once, which nothing health-checks.
      const action = dockerActionOf(snapshot, s);
      if (action) { once.put({ ...at, note: true, message: `${what} (FROM ${stage.from.raw || '?'}) declares no HEALTHCHECK, which it does not need: it is the image of the GitHub Docker container action ${action}, a workflow step that runs once (GitHub does not use HEALTHCHECK)` }); continue; }
      // Each compose service running the stage: with its own health check, with an opt-out, or with none at all.
      // A one-shot service (a migration job another service waits for to complete, `prestart`) runs the image and exits: no health
      // check to want, so it counts neither way — unless it is the only service running the stage (then a note naming it).
      const stageRunners = runnersOf.get(stage) ?? [];
      const name = (r: StageRunner) => runnerName(r, stageRunners);
      const all = stageRunners.map((r) => ({ r, hc: composeHealth(r), oneShot: oneShotService(snapshot, r.members, { devProfiles: false }) }));
      const runners = all.filter((x) => x.oneShot === null || x.hc !== 'none');
      const oneShot = all.find((x) => x.oneShot !== null && x.hc === 'none');
      if (!runners.length && oneShot) {
        once.put({ ...at, note: true, message: `no HEALTHCHECK in ${what}, which compose runs only as one-shot service ${name(oneShot.r)} (${oneShot.oneShot}): a task that exits needs none; add one (or HEALTHCHECK NONE) if the image also runs as a server${s.devReason ? ` (${s.devReason})` : ''}` });
        continue;
      }
      const withTest = runners.find((x) => x.hc === 'test');
      const offBy = runners.find((x) => typeof x.hc === 'object');
      const off = offBy?.hc as ComposeOptOut | undefined;
      const without = runners.find((x) => x.hc === 'none');
      if (runners.length && !without) {
        const besides = oneShot ? ` (service ${name(oneShot.r)} runs it without one as a one-shot task: ${oneShot.oneShot})` : '';
        if (withTest) once.put({ ...at, note: true, message: `no HEALTHCHECK in ${what}, but compose service ${name(withTest.r)} declares a healthcheck${besides}` });
        // Every compose service that runs the stage turns the health check off: the compose form of `HEALTHCHECK NONE`.
        else if (off) once.put({ ...at, note: true, message: `no HEALTHCHECK in ${what}, but compose service ${name(offBy!.r)} explicitly disables the health check (${off.setting} at ${off.file}:${off.line}); make sure the orchestrator probes the service instead${besides}` });
        continue;
      }
      // No compose service builds exactly this stage: a service building the Dockerfile's final stage under another name still covers it.
      const loose = runners.length || s.target !== null ? undefined : looseCover(snapshot, s);
      if (loose) { once.put({ ...at, note: true, message: `no HEALTHCHECK in ${what}, but compose service '${loose}' declares a healthcheck` }); continue; }
      const builtBy = s.target ? `, which ${s.target.by} builds,` : '';
      // A compose health check or opt-out covers only its own service: another one runs the image with no health check.
      const partial = without && withTest ? ` (compose service ${name(withTest.r)} declares its own healthcheck, but service ${name(without.r)} runs it without one)`
        : without && off ? ` (compose service ${name(offBy!.r)} disables the health check, but service ${name(without.r)} ${without.r.svc.value['build'] === undefined ? 'runs' : 'builds'} it without opting out)` : '';
      const message = `${what} (FROM ${stage.from.raw || '?'})${builtBy} declares no HEALTHCHECK${partial}; add one so a hung server is detected and restarted`;
      once.put(s.devReason ? { ...at, note: true, message: `${message} (${s.devReason})` } : { ...at, message });
    }
    // A build target written with a variable that does not resolve: said at the target, the final stage judged in its place.
    for (const n of unresolvedTargetNotes(snapshot, 'whether that stage declares a HEALTHCHECK')) once.put(n);
    // A Dockerfile written in a compose file (`build.dockerfile_inline`) is not read: said there.
    for (const n of inlineDockerfileNotes(snapshot, 'whether its image declares a HEALTHCHECK')) once.put(n);
    for (const f of once.findings()) report(f);
  },
});

/** A compose service's explicit health-check opt-out: the service, the setting and where it is written. */
interface ComposeOptOut { setting: string; file: string; line: number }

/**
 * A compose service's own health check, as its overlays merge it: `test` (a `test` that runs a command), an opt-out
 * (`disable: true`, or `test: ["NONE"]`, which compose defines as the same), or `none` — no `healthcheck:`, or one that
 * only tunes the image's HEALTHCHECK (`interval`, `retries`: with none in the image, nothing runs).
 */
function composeHealth(r: StageRunner): 'test' | 'none' | ComposeOptOut {
  const set = runnerSetting(r, 'healthcheck');
  if (!set || !isObject(set.value)) return 'none';
  const rec = set.value;
  const test = rec['test'];
  // A string test is `CMD-SHELL`, a command.
  if (rec['disable'] === true || (Array.isArray(test) && test[0] === 'NONE')) {
    const key = rec['disable'] === true ? 'disable' : 'test';
    const by = set.from.filter((m) => isObject(m.value['healthcheck']) && (m.value['healthcheck'] as Record<string, unknown>)[key] !== undefined).at(-1) ?? set.from.at(-1)!;
    const where = by.origin(['healthcheck', key], true);
    return { setting: key === 'disable' ? 'healthcheck: disable: true' : 'healthcheck: test: ["NONE"]', file: where.file, line: where.line };
  }
  return (Array.isArray(test) ? test.length > 0 : typeof test === 'string' && test.trim() !== '') ? 'test' : 'none';
}

/**
 * For a final stage no compose service builds exactly: a service building its Dockerfile (another target) that declares a
 * health check, by name; the final stage counts as covered by it.
 */
function looseCover(snapshot: SnapshotView, s: ShippedStage): string | undefined {
  for (const { builder, judged, devReason } of composeBuilders(snapshot).get(s.df.path) ?? []) {
    if (composeHealth({ svc: builder, members: judged, devReason }) === 'test') return builder.name;
  }
  return undefined;
}

/**
 * The compose service groups by the Dockerfile each builds (its last judged member with a `build`), in group order: found
 * once per view, for looseCover's every stage.
 */
const composeBuilders = perView(function composeBuilders(snapshot: SnapshotView) {
  const out = new Map<string, { builder: ComposeService; judged: ComposeService[]; devReason: string | null }[]>();
  for (const group of composeDeploymentGroups(snapshot).deployments) {
    const { production: judged, devReason } = judgedServices(group);
    const builder = judged.filter((m) => composeBuild(m.file, m)).at(-1);
    if (!builder) continue;
    const df = composeBuild(builder.file, builder)!.dockerfile;
    if (!out.has(df)) out.set(df, []);
    out.get(df)!.push({ builder, judged, devReason });
  }
  return out;
});
