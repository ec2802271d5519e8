import type { Logger } from '../types.js';
import { decodeSafe, defaultHealthPaths, targetPath, withQuoteMask } from './util.js';
import { printable } from '../checks/util/text.js';
import { fragmentRedactor, maskUrlCredentials, namedCredentials, namedSecrets, redactor, urlPassword } from '../report/redact.js';
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

/**
 * Runs one probe's judgement over an observation; exceptions become an `error` outcome. `mask` (the secrets'
 * redaction) is applied to every value a probe quotes cut short (`clip`), before it is cut.
 */
export function judge(probe: ProbeDef, options: unknown, obs: Observation, mask?: (text: string) => string): ProbeOutcome {
  const findings: RawFinding[] = [];
  let error: string | undefined;
  let skipped: string | undefined;
  try {
    withQuoteMask(mask, () => probe.evaluate(obs, {
      options,
      report: (f) => { findings.push({ url: obs.url, ...f }); },
      error: (reason) => { error ??= reason; },
      skip: (reason) => { skipped ??= reason; },
    }));
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

/**
 * Why nothing at the target's origin answered, or undefined when something did: a response (even an error status, a
 * body that broke off, a redirect), a request the server took and dropped (nginx `return 444`), a completed TLS
 * handshake, a timed sample. The reason is the first failure recorded (the page's, a health path's, the handshake's).
 * Where the target's redirects lead (another origin) and the plain-HTTP origin of an `https://` target do not count:
 * they are not the URL given.
 */
export function unanswered(obs: Observation): string | undefined {
  const origin = originOf(obs.url);
  if (origin === undefined) return undefined;
  let answered = false;
  const visit = (v: unknown): void => {
    if (answered || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) { for (const x of v) visit(x); return; }
    const o = v as Record<string, unknown>;
    const at = typeof o['url'] === 'string' ? originOf(o['url']) : undefined;
    if ((typeof o['status'] === 'number' || o['dropped'] === true) && at === origin) { answered = true; return; }
    if ((typeof o['protocol'] === 'string' && o['error'] === undefined) || o['accepted'] === true) { answered = true; return; }
    if (Array.isArray(o['samples']) && o['samples'].length) { answered = true; return; }
    for (const [k, x] of Object.entries(o)) if (k !== 'redirectTls') visit(x);
  };
  visit(obs);
  if (answered) return undefined;
  const errors = [obs.main?.error, ...Object.values(obs.health ?? {}).map((h) => h.chain.error), obs.tls?.error, obs.notFound?.error, ...Object.values(obs.sensitive ?? {}).map((f) => f.error)];
  return errors.find((e) => e !== undefined) ?? 'no response';
}

const originOf = (url: string): string | undefined => { try { return new URL(url).origin; } catch { return undefined; } };

/**
 * Collects one observation of the deployment and lets every probe judge it. Never throws. `onUnanswered`: called with
 * the reason (masked) when nothing at the target answered (see {@link unanswered}).
 */
export async function runProbes(tasks: ProbeTask[], given: ProbeConfig, logger: Logger, onUnanswered?: (reason: string) => void): Promise<Map<string, ProbeOutcome>> {
  const out = new Map<string, ProbeOutcome>();
  // Header values and a password in the URL are secrets: masked in every message and URL.
  const passwords = [...urlPassword(given.url), ...(given.httpUrl ? urlPassword(given.httpUrl) : [])];
  const config = withUrlCredentials(given, logger);
  // Servers that echo a header may change its case: every secret is masked as written, lower- and upper-cased;
  // credentials also by their fragments (echoed cut short). A Cookie header's secrets are its values: each
  // `name=value` pair and each value from 6 characters is masked whole, but cookie names are no secret, so its
  // fragments come from the values alone (`JSESSIONID=…` must not turn cookie 'JSESSIONID' into cookie '***').
  const { others, pairs, values } = cookieSecrets(config.headers);
  const whole = redactor([...namedSecrets(config.headers), ...pairs, ...values.filter((v) => v.length >= 6), ...passwords].flatMap((v) => [v, v.toLowerCase(), v.toUpperCase()]));
  const fragments = fragmentRedactor([...namedCredentials(others), ...values, ...passwords]);
  // The credential parameters of every URL shown are masked, whatever its source (a redirect's Location, a final URL
  // reached through redirects): `/home?session_token=***`, `;jsessionid=***`, as in the target URL. Then what the server
  // sent is made printable (a control byte in a header must not reach a terminal).
  const hide = (text: string) => printable(maskUrlCredentials(fragments(whole(text))));
  // What the collector logs (`--verbose`: the URLs of redirect hops) is masked alike.
  const log: Logger = { info: (m) => logger.info(hide(m)), warn: (m, where) => logger.warn(hide(m), where), debug: (m) => logger.debug(hide(m)), notice: (m) => (logger.notice ?? logger.warn)(hide(m)) };
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
    // Probes judge what the server sent as it came (a Set-Cookie that echoes the Cookie header given is still
    // `sessionid=…; Path=/` without HttpOnly, an Access-Control-Allow-Credentials still `true`); only what they
    // show is masked: values quoted cut short before the cut (`clip`), every message, reason and URL whole at the end.
    const obs = await collect(config, needs, log);
    logger.debug(`probes: observed ${config.url} in ${Math.round(performance.now() - t0)} ms`);
    for (const t of tasks) out.set(t.key, secret(judge(t.probe, t.options, obs, hide)));
    const down = onUnanswered ? unanswered(obs) : undefined;
    if (down !== undefined) onUnanswered!(hide(down));
  } catch (e) {
    const reason = hide(`probing ${config.url} failed: ${(e as Error)?.message ?? String(e)}`);
    for (const t of tasks) if (!out.has(t.key)) out.set(t.key, { error: reason, findings: [] });
  }
  return out;
}

/**
 * The custom headers split for masking: `others` (every header but Cookie), and of the Cookie headers the
 * `name=value` pairs and the values (`sessionid=abc; csrftoken=xyz` → pairs and `abc`, `xyz`).
 */
function cookieSecrets(headers: Readonly<Record<string, string>>): { others: Record<string, string>; pairs: string[]; values: string[] } {
  const others: Record<string, string> = {};
  const pairs: string[] = [];
  const values: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.trim().toLowerCase() !== 'cookie') { others[name] = value; continue; }
    for (const part of value.split(';')) {
      const pair = part.trim();
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const v = (eq < 0 ? pair : pair.slice(eq + 1)).trim();
      pairs.push(pair);
      if (v) values.push(v);
    }
  }
  return { others, pairs, values };
}
