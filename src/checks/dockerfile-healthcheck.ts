import { z } from 'zod';
import { defineCheck } from './define.js';
import { effectiveInstructions, type DockerStage } from '../repo/dockerfile.js';
import { composeBuild } from '../repo/compose.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { shippedStages, stageSubject, type ShippedStage } from './util/commands.js';
import { onePerLocation } from './util/once.js';
import { HEALTH_CHECK_BEYOND_DECLARED, MONITORING } from '../checklist/phrases.js';

/**
 * What a health check does, whether it passes, or a monitor's checks: more than that the Dockerfile declares one
 * ("Dockerfile HEALTHCHECK hits the /health endpoint", "Uptime health checks configured", "Health checks pass in CI").
 */
const HITS = new RegExp(`${HEALTH_CHECK_BEYOND_DECLARED.source}|\\b(?:hits?|hitting|pings?|calls?|curls?|targets?|quer(?:y|ies)|points? (?:at|to))\\b|(?:^|\\s)\\/[\\w.-]`);

/** The final stage, and each stage a compose service builds as its `build.target` (or a stage it inherits from), declares `HEALTHCHECK`. */
export const dockerfileHealthcheck = defineCheck({
  id: 'dockerfile-healthcheck',
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
      // "Docker images have a health check", "Add HEALTHCHECK to Dockerfile"; not what the health check
      // does or whether it passes ("Health checks pass in CI for the docker image").
      pattern: /\b(?:dockerfiles?|containers?|images?)\b[^;]*\bhealth ?checks?\b|\bhealth ?checks?\b[^;]*\b(?:dockerfiles?|docker images?|container images?)\b|\bhealthcheck instruction\b/,
      unless: new RegExp(`\\bendpoints?\\b|${HITS.source}`),
      note: 'a promise that container images declare health checks: the check reads HEALTHCHECK',
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
      'Judges the final stage and every stage a compose service builds as its `build.target` (awesome-compose\'s `target: builder`: that stage is the image production runs), following `FROM <earlier-stage>` inheritance; a HEALTHCHECK in a builder stage that the judged stage does not inherit from does not count. When production compose services build only other stages, the final stage gets an `info` note (not the stage production builds), as in `dockerfile-non-root`; a target named for development (`target: development`, `dev-envs`) is development-only and gets notes itself.',
      'The last HEALTHCHECK that takes effect wins: `HEALTHCHECK NONE` is an explicit opt-out (for example when Kubernetes probes do the job) and passes with an `info` note. A bare `HEALTHCHECK` (neither `CMD` nor `NONE`), or a `HEALTHCHECK CMD` with no command, is no health check: Docker refuses to build it, so the Dockerfile is a `parse-error` and is not judged.',
      'A HEALTHCHECK inherited from an external base image cannot be seen and does not count; a final stage `FROM scratch` or distroless still fails (ship a static probe binary, or opt out with `HEALTHCHECK NONE`).',
      'Images that are not servers (a CLI tool, a one-shot job) and images run only on Kubernetes (which ignores HEALTHCHECK and uses its own probes) should say so with `HEALTHCHECK NONE`: the opt-out is explicit and visible in review.',
      'A compose service built from the Dockerfile that declares its own `healthcheck:` with a `test` satisfies the check for the stage it builds (with an `info` note; one that only sets `interval`/`retries` tunes the image HEALTHCHECK and runs nothing without it); for a build target, only a service building that target counts. A compose service that turns the health check off (`healthcheck: disable: true`, or `test: ["NONE"]`, which compose defines as the same) is the compose form of `HEALTHCHECK NONE`: when every service building the stage (its `build.target`, else the final stage) opts out, the check passes with an `info` note naming the setting; one service building it without a health check or an opt-out keeps the failure.',
      'Development-only Dockerfiles (`Dockerfile.dev`, `.devcontainer/`) and build targets only development services build (a development-only compose file or profile) get an `info` note instead of a failure; templates and Dockerfiles under test folders are not judged.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    // The final stage of each Dockerfile, and each stage a compose service builds as its `build.target`
    // (what production runs when it names one); test Dockerfiles are not judged.
    const shipped = shippedStages(snapshot);
    if (!shipped.length) { skip('no Dockerfile'); return; }
    const { covered: composeCovered, optedOut, notOptedOut } = composeHealthchecked(snapshot, shipped);
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
      const svc = composeCovered.get(stage);
      if (svc) { once.put({ ...at, note: true, message: `no HEALTHCHECK in ${what}, but compose service '${svc}' declares a healthcheck` }); continue; }
      // Every compose service that builds the stage turns the health check off: the compose form of `HEALTHCHECK NONE`.
      const off = optedOut.get(stage);
      const runsWithout = notOptedOut.get(stage);
      if (off && !runsWithout) { once.put({ ...at, note: true, message: `no HEALTHCHECK in ${what}, but compose service '${off.service}' explicitly disables the health check (${off.setting} at ${off.file}:${off.line}); make sure the orchestrator probes the service instead` }); continue; }
      const builtBy = s.target ? `, which service '${s.target.service}' in ${s.target.file} builds,` : '';
      // A compose opt-out covers only its own service: another one runs the image with no health check.
      const partial = off && runsWithout ? ` (compose service '${off.service}' disables the health check, but service '${runsWithout}' builds it without opting out)` : '';
      const message = `${what} (FROM ${stage.from.raw || '?'})${builtBy} declares no HEALTHCHECK${partial}; add one so a hung server is detected and restarted`;
      once.put(s.devReason ? { ...at, note: true, message: `${message} (${s.devReason})` } : { ...at, message });
    }
    for (const f of once.findings()) report(f);
  },
});

/** A compose service's explicit health-check opt-out: the service, the setting and where it is written. */
interface ComposeOptOut { service: string; setting: string; file: string; line: number }

/**
 * The shipped stages built by a compose service that declares a (non-disabled) healthcheck, with the
 * service name: the stage it builds (its `build.target`, else the final stage); a final stage counts
 * as covered by any service building its Dockerfile. And the stages every compose service building
 * them (exactly: its `build.target`, else the final stage) turns the health check off
 * (`healthcheck: disable: true`, `test: ["NONE"]`): one service still running the image without a
 * health check and without opting out keeps the stage uncovered (notOptedOut names it).
 */
function composeHealthchecked(snapshot: SnapshotView, shipped: ShippedStage[]): { covered: Map<DockerStage, string>; optedOut: Map<DockerStage, ComposeOptOut>; notOptedOut: Map<DockerStage, string> } {
  const out = new Map<DockerStage, string>();
  const off = new Map<DockerStage, ComposeOptOut>();
  const notOff = new Map<DockerStage, string>();
  for (const cf of snapshot.composeFiles()) {
    for (const svc of cf.services) {
      const build = composeBuild(cf.path, svc);
      if (!build) continue;
      const hc = svc.value['healthcheck'];
      const rec = hc && typeof hc === 'object' && !Array.isArray(hc) ? (hc as Record<string, unknown>) : null;
      const test = rec?.['test'];
      // Compose's `disable: true` is the same as `test: ["NONE"]` (a string test is `CMD-SHELL`, a command).
      const disabled = rec !== null && (rec['disable'] === true || (Array.isArray(test) && test[0] === 'NONE'));
      if (!disabled) {
        // The stage this service builds exactly runs without an opt-out from it.
        for (const s of shipped) {
          if (s.df.path === build.dockerfile && builds(s, build.target) && !notOff.has(s.stage)) notOff.set(s.stage, svc.name);
        }
      } else {
        const setting = rec['disable'] === true ? 'healthcheck: disable: true' : 'healthcheck: test: ["NONE"]';
        const where = svc.origin(['healthcheck', rec['disable'] === true ? 'disable' : 'test'], true);
        for (const s of shipped) {
          if (s.df.path === build.dockerfile && builds(s, build.target) && !off.has(s.stage)) off.set(s.stage, { service: svc.name, setting, file: where.file, line: where.line });
        }
        continue;
      }
      if (!rec) continue;
      // Without `test` the service only tunes the image's own HEALTHCHECK (interval, retries…): with none in the image, nothing runs.
      if (Array.isArray(test) ? !test.length : typeof test !== 'string' || !test.trim()) continue;
      for (const s of shipped) {
        if (s.df.path !== build.dockerfile || out.has(s.stage)) continue;
        if (s.target === null || s.stage.name?.toLowerCase() === build.target?.toLowerCase()) out.set(s.stage, svc.name);
      }
    }
  }
  return { covered: out, optedOut: off, notOptedOut: notOff };
}

/** Whether a compose build with this `target` (null: none) builds exactly the shipped stage. */
function builds(s: ShippedStage, target: string | null): boolean {
  if (target === null) return s.stage === s.df.final;
  return s.stage.name?.toLowerCase() === target.toLowerCase();
}
