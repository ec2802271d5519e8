import type { Logger } from '../types.js';
import { decodeSafe, defaultHealthPaths, targetPath } from './util.js';
import { printable } from '../checks/util/text.js';
import { fragmentRedactor, namedCredentials, namedSecrets, redactor, urlPassword } from '../report/redact.js';
import type { RawFinding } from '../checks/define.js';
import type { Needs, ProbeDef } from './define.js';
import type { Observation } from './observation.js';

/** Probe settings after precedence (input/flag → checklist → default) has been applied. */
export interface ProbeConfig {
  url: string;
  /** Plain-HTTP origin for the redirect probe (default: the URL's host on port 80). */
  httpUrl?: string;
  /** Health paths from the checklist's `probes.health` (health-endpoint's default). */
  health?: string[];
  timeoutMs: number;
  waitMs: number;
  /** Custom request headers (already substituted); sent only to the exact target origin. */
  headers: Record<string, string>;
  /** Extra trusted CA certificates (PEM text). */
  ca?: string;
  allowSelfSigned: boolean;
}

export interface ProbeTask { key: string; probe: ProbeDef; options: unknown }
export interface ProbeOutcome { error?: string; skipped?: string; findings: RawFinding[] }

/** The union of what the tasks need, so the collector does each request once. */
export function mergeNeeds(list: Needs[]): Needs {
  const out: Needs = {};
  for (const n of list) {
    for (const k of ['tls', 'legacyTls', 'main', 'plainHttp', 'cors', 'notFound', 'console'] as const) if (n[k]) out[k] = true;
    if (n.health) out.health = [...new Set([...(out.health ?? []), ...n.health])];
    if (n.sensitive) out.sensitive = [...new Set([...(out.sensitive ?? []), ...n.sensitive])];
    for (const t of n.timing ?? []) {
      const prev = (out.timing ??= []).find((x) => x.path === t.path);
      if (prev) prev.samples = Math.max(prev.samples, t.samples);
      else out.timing.push({ ...t });
    }
  }
  return out;
}

/** Runs one probe's judgement over an observation; exceptions become an `error` outcome. */
export function judge(probe: ProbeDef, options: unknown, obs: Observation): ProbeOutcome {
  const findings: RawFinding[] = [];
  let error: string | undefined;
  let skipped: string | undefined;
  try {
    probe.evaluate(obs, {
      options,
      report: (f) => { findings.push({ url: obs.url, ...f }); },
      error: (reason) => { error ??= reason; },
      skip: (reason) => { skipped ??= reason; },
    });
  } catch (e) {
    return { findings: [], error: `probe '${probe.id}' failed: ${(e as Error)?.message ?? String(e)}` };
  }
  if (error) return { findings: [], error };
  return findings.length ? { findings } : { findings, skipped };
}

/**
 * A URL without its userinfo (`https://user:pass@host/` → `https://host/`) and, when it had one, the
 * Basic credentials it held (as curl sends them). A URL without userinfo (or unparsable) is returned as given.
 */
export function splitUserinfo(url: string): { url: string; authorization?: string } {
  let u: URL;
  try { u = new URL(url); } catch { return { url }; }
  if (!u.username && !u.password) return { url };
  const authorization = `Basic ${Buffer.from(`${decodeSafe(u.username)}:${decodeSafe(u.password)}`, 'utf8').toString('base64')}`;
  u.username = '';
  u.password = '';
  return { url: u.href, authorization };
}

/**
 * The probe settings with the target URL's credentials (`https://user:pass@host/`) moved into an
 * `Authorization: Basic` header, sent like any header given for the target (its origin only, withheld
 * when the certificate is not trusted), unless an Authorization header is given; the URL requested and
 * shown carries no userinfo.
 */
export function withUrlCredentials(config: ProbeConfig, logger?: Logger): ProbeConfig {
  const { url, authorization } = splitUserinfo(config.url);
  if (url === config.url) return config;
  const explicit = Object.keys(config.headers).some((k) => k.toLowerCase() === 'authorization');
  if (explicit) logger?.debug('probes: the credentials in the URL are not sent: an Authorization header is given');
  return { ...config, url, headers: explicit || !authorization ? config.headers : { ...config.headers, Authorization: authorization } };
}

/** Collects one observation of the deployment and lets every probe judge it. Never throws. */
export async function runProbes(tasks: ProbeTask[], given: ProbeConfig, logger: Logger): Promise<Map<string, ProbeOutcome>> {
  const out = new Map<string, ProbeOutcome>();
  // Header values and a password in the URL are secrets: masked in every message and URL.
  const passwords = [...urlPassword(given.url), ...(given.httpUrl ? urlPassword(given.httpUrl) : [])];
  const config = withUrlCredentials(given, logger);
  // Servers that echo a header may change its case: every secret is masked as written, lower- and upper-cased;
  // credentials also by their fragments (echoed cut short).
  const whole = redactor([...namedSecrets(config.headers), ...passwords].flatMap((v) => [v, v.toLowerCase(), v.toUpperCase()]));
  const fragments = fragmentRedactor([...namedCredentials(config.headers), ...passwords]);
  // Then what the server sent is made printable (a control byte in a header must not reach a terminal).
  const hide = (text: string) => printable(fragments(whole(text)));
  const secret = (o: ProbeOutcome): ProbeOutcome => ({
    ...o,
    ...(o.error ? { error: hide(o.error) } : {}),
    ...(o.skipped ? { skipped: hide(o.skipped) } : {}),
    findings: o.findings.map((f) => ({ ...f, message: hide(f.message), ...(f.url ? { url: hide(f.url) } : {}) })),
  });
  try {
    if (!tasks.length) return out;
    const target = new URL(config.url);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error(`the URL must be http:// or https://, not ${target.protocol}`);
    const defaults = { health: defaultHealthPaths(config), target: targetPath(config.url) };
    const needs = mergeNeeds(tasks.map((t) => t.probe.needs(t.options as never, defaults)));
    const t0 = performance.now();
    // The collector pulls in undici and node:tls; `preflight list` should not pay for them.
    const { collect } = await import('./collect.js');
    // What the server sent back is masked before any probe reads it: a probe may quote a header cut short or
    // lower-cased (`X-Frame-Options 'abcdef-…'`), which no later replace of the whole value would find.
    const obs = maskResponses(await collect(config, needs, logger), hide);
    logger.debug(`probes: observed ${config.url} in ${Math.round(performance.now() - t0)} ms`);
    for (const t of tasks) out.set(t.key, secret(judge(t.probe, t.options, obs)));
  } catch (e) {
    const reason = hide(`probing ${config.url} failed: ${(e as Error)?.message ?? String(e)}`);
    for (const t of tasks) if (!out.has(t.key)) out.set(t.key, { error: reason, findings: [] });
  }
  return out;
}

/**
 * `obs` with `hide` applied to what the server sent: every response's header values and body. URLs,
 * paths and keys stay as they are (the observation is keyed by them; messages are masked whole at the end).
 */
function maskResponses(obs: Observation, hide: (text: string) => string): Observation {
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > 32 || !v || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o['status'] === 'number' && typeof o['body'] === 'string' && o['headers'] && typeof o['headers'] === 'object') {
      const headers = Object.fromEntries(Object.entries(o['headers'] as Record<string, string[]>).map(([k, vs]) => [k, vs.map(hide)]));
      return { ...o, headers, body: hide(o['body'] as string) };
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x, depth + 1)]));
  };
  return walk(obs, 0) as Observation;
}
