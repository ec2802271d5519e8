import { z } from 'zod';
import { defineCheck } from './define.js';
import { effectiveInstructions } from '../repo/dockerfile.js';
import { isTemplate, isTestFile } from '../repo/classify.js';
import { composeBuild } from '../repo/compose.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { shippedStages } from './util/commands.js';
import { MONITORING } from '../checklist/phrases.js';

/**
 * What a health check does, whether it passes, or a monitor's checks: more than that the Dockerfile declares one
 * ("Dockerfile HEALTHCHECK hits the /health endpoint", "Uptime health checks configured", "Health checks pass in CI").
 */
const HITS = /\b(?:pass(?:es|ing)?|returns?|intervals?|script|\.sh|daily|regularly|weekly|monitor\w*|uptime|alert\w*|all services|ci|depend\w*|verif(?:y|ies|ied)|connectivity|hits?|hitting|pings?|calls?|curls?|targets?|quer(?:y|ies)|points? (?:at|to))\b|(?:^|\s)\/[\w.-]/;

/** The final stage (or a stage it inherits from) declares `HEALTHCHECK`. */
export const dockerfileHealthcheck = defineCheck({
  id: 'dockerfile-healthcheck',
  title: 'Dockerfile declares a HEALTHCHECK',
  severity: 'medium',
  description: 'The final stage of each Dockerfile (or a stage it inherits from) declares a HEALTHCHECK.',
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
      'Judges the final stage, following `FROM <earlier-stage>` inheritance; a HEALTHCHECK in a builder stage that the final stage does not inherit from does not count.',
      'The last HEALTHCHECK that takes effect wins: `HEALTHCHECK NONE` is an explicit opt-out (for example when Kubernetes probes do the job) and passes with an `info` note. A bare `HEALTHCHECK` (neither `CMD` nor `NONE`) is no health check: Docker refuses to build it, so the Dockerfile is a `parse-error` and is not judged.',
      'A HEALTHCHECK inherited from an external base image cannot be seen and does not count; a final stage `FROM scratch` or distroless still fails (ship a static probe binary, or opt out with `HEALTHCHECK NONE`).',
      'Images that are not servers (a CLI tool, a one-shot job) and images run only on Kubernetes (which ignores HEALTHCHECK and uses its own probes) should say so with `HEALTHCHECK NONE`: the opt-out is explicit and visible in review.',
      'A compose service built from the Dockerfile that declares its own `healthcheck:` satisfies the check (with an `info` note).',
      'Development-only Dockerfiles (`Dockerfile.dev`, `.devcontainer/`) get an `info` note instead of a failure; templates and Dockerfiles under test folders are not judged.',
    ].join('\n'),
  },
  options: z.object({}),
  run({ snapshot, report, skip }) {
    const dockerfiles = snapshot.dockerfiles().filter((d) => d.final && !isTemplate(d.path) && !isTestFile(d.path));
    if (!dockerfiles.length) { skip('no Dockerfile'); return; }
    const composeCovered = composeHealthchecked(snapshot);
    // Why a final stage is development-only: its file's name, or production compose building another stage.
    const devReason = new Map(shippedStages(snapshot).filter((s) => s.target === null).map((s) => [s.df.path, s.devReason]));
    for (const df of dockerfiles) {
      const final = df.final!;
      const hc = effectiveInstructions(final).filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
      const at = { file: df.path, line: final.from.line, column: final.from.column };
      if (hc) {
        if (hc.argv[0]?.toUpperCase() === 'NONE') report({ ...at, line: hc.line, column: hc.column, note: true, message: 'HEALTHCHECK NONE explicitly disables the health check (make sure the orchestrator probes the service instead)' });
        continue;
      }
      const svc = composeCovered.get(df.path);
      if (svc) { report({ ...at, note: true, message: `no HEALTHCHECK in the final stage, but compose service '${svc}' declares a healthcheck` }); continue; }
      const message = `the final stage (FROM ${final.from.raw || '?'}) declares no HEALTHCHECK; add one so a hung server is detected and restarted`;
      const dev = devReason.get(df.path) ?? null;
      report(dev ? { ...at, note: true, message: `${message} (${dev})` } : { ...at, message });
    }
  },
});

/** Dockerfiles built by a compose service that declares a (non-disabled) healthcheck, with the service name. */
function composeHealthchecked(snapshot: SnapshotView): Map<string, string> {
  const out = new Map<string, string>();
  for (const cf of snapshot.composeFiles()) {
    for (const svc of cf.services) {
      const hc = svc.value['healthcheck'];
      if (!hc || typeof hc !== 'object' || (hc as Record<string, unknown>)['disable'] === true) continue;
      const test = (hc as Record<string, unknown>)['test'];
      if (Array.isArray(test) && test[0] === 'NONE') continue;
      const build = composeBuild(cf.path, svc);
      if (build) out.set(build.dockerfile, svc.name);
    }
  }
  return out;
}
