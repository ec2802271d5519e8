import { parseOptions } from '../../src/engine/execute.js';
import type { RawFinding } from '../../src/checks/define.js';
import type { ProbeDef } from '../../src/probes/define.js';
import type { HttpResponse, Observation } from '../../src/probes/observation.js';
import { judge, runProbes, type ProbeConfig, type ProbeOutcome } from '../../src/probes/run.js';
import { PROBES } from '../../src/probes/index.js';
import { silentLogger } from '../../src/types.js';

export const AT = '2026-12-01T12:00:00.000Z';

/** A recorded observation of https://app.example with nothing collected yet. */
export function obsOf(extra: Partial<Observation> = {}): Observation {
  return { url: 'https://app.example/', at: AT, allowSelfSigned: false, defaultHealthPaths: ['/'], ...extra };
}

/** A recorded response; header values may be strings or lists. */
export function res(status: number, headers: Record<string, string | string[]> = {}, body = '', url = 'https://app.example/'): HttpResponse {
  const h: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers)) h[k.toLowerCase()] = Array.isArray(v) ? v : [v];
  return { url, status, headers: h, body, ms: 3 };
}

/** A main chain of one response. */
export const mainOf = (r: HttpResponse): Partial<Observation> => ({ main: { start: r.url, hops: [r] } });

/** Judges an observation with a probe (options validated by the probe's schema, as the engine does). */
export function evaluate(probe: ProbeDef, obs: Observation, options: Record<string, unknown> = {}): ProbeOutcome {
  return judge(probe, parseOptions(probe, options), obs);
}

/** Failures (not notes) of an outcome, with the effective severity. */
export function failures(out: ProbeOutcome, probe: ProbeDef): (RawFinding & { severity: string })[] {
  return out.findings.filter((f) => !f.note).map((f) => ({ ...f, severity: f.severity ?? probe.severity }));
}

/** Runs the named probes (all by default) against a live target. */
export async function probeLive(config: Partial<ProbeConfig> & { url: string }, ids?: string[], options: Record<string, Record<string, unknown>> = {}) {
  const probes = PROBES.filter((p) => !ids || ids.includes(p.id));
  const tasks = probes.map((p) => ({ key: p.id, probe: p, options: parseOptions(p, options[p.id] ?? {}) }));
  const full: ProbeConfig = { timeoutMs: 3000, waitMs: 0, headers: {}, allowSelfSigned: false, ...config };
  const out = await runProbes(tasks, full, silentLogger);
  const get = (id: string) => {
    const o = out.get(id);
    if (!o) throw new Error(`no outcome for ${id}`);
    return o;
  };
  return { out, get };
}

/** Severity-resolved failures of one probe of a live run. */
export function failuresOf(o: ProbeOutcome, id: string) {
  return failures(o, PROBES.find((p) => p.id === id)!);
}
