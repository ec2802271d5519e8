import { ConfigError, SEVERITIES, isSeverity, type FailOn, type SeveritySetting } from './types.js';
import { authorityParts } from './report/redact.js';
import { codePoint } from './words.js';

/**
 * Parsers for the settings both front doors take (CLI flags and action inputs), so the two
 * accept exactly the same values. Each throws a ConfigError whose message starts with `label`.
 */

const LEVELS = [...SEVERITIES, 'none'] as const;
const SETTINGS = [...SEVERITIES, 'off'] as const;

/** A gate threshold: a severity or `none` (case-insensitive). */
export function parseFailOn(value: string, label: string): FailOn {
  const s = value.trim().toLowerCase();
  if (s === 'none' || isSeverity(s)) return s;
  throw new ConfigError(`${label} ${value}: expected ${LEVELS.join(', ')}`);
}

/** The largest per-request timeout and health wait, in seconds (the checklist's `probes.timeout` and `probes.wait` too). */
export const MAX_TIMEOUT_SECONDS = 600;
export const MAX_WAIT_SECONDS = 3600;

/** A number of seconds up to `max`; a timeout must be positive, a wait may be 0. */
export function parseSeconds(value: string, label: string, positive: boolean, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || (positive && n === 0)) {
    throw new ConfigError(`${label} ${value}: expected a ${positive ? 'positive ' : ''}number of seconds`);
  }
  if (n > max) throw new ConfigError(`${label} ${value}: expected at most ${max} seconds`);
  return n;
}

/**
 * `ID=LEVEL` entries, each string possibly holding several separated by newlines or commas. One id given two different
 * levels (`--severity pin=critical --severity pin=off`, a wrapper appending its own) is an error naming both: which one
 * is meant is unknown, and the last taken silently would decide the gate by the order. The same level twice (`high`,
 * `HIGH`) is no conflict. `given`: the entries already read under other labels (the action's input, line by line), so
 * a conflict between them is found too.
 */
export function parseSeverityOverrides(list: readonly string[], label: string, given = new Map<string, { level: SeveritySetting; said: string }>()): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const entry of list.flatMap((l) => l.split(/[\n,]/)).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z0-9._-]+)\s*=\s*([A-Za-z]+)$/.exec(entry);
    const level = m?.[2]!.toLowerCase();
    if (!m || !(SETTINGS as readonly string[]).includes(level!)) {
      throw new ConfigError(`${label} ${entry}: expected ID=LEVEL with LEVEL one of ${SETTINGS.join(', ')}`);
    }
    const id = m[1]!;
    const before = given.get(id);
    if (before && before.level !== level) {
      throw new ConfigError(`${before.said} and ${label} ${entry} give '${id}' two different levels: expected one level per id (which one is meant is unknown, and none is taken silently); remove one`);
    }
    if (!before) given.set(id, { level: level as SeveritySetting, said: `${label} ${entry}` });
    out[id] = level as SeveritySetting;
  }
  return out;
}

/** An HTTP header name (RFC 9110 token). */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Why a header value cannot be sent, or undefined. RFC 9110 §5.5 allows no control character but
 * HTAB (CR/LF would split the request), and undici refuses anything above U+00FF: such a value
 * would make every request fail. The reason never echoes the value (it may be a secret).
 */
export function headerValueProblem(value: string): string | undefined {
  const bad = /[^\t\x20-\x7e\x80-\xff]/.exec(value)?.[0];
  if (bad === undefined) return undefined;
  const code = codePoint(bad);
  const what = bad === '\r' || bad === '\n' ? `a line break (CR/LF)` : bad.charCodeAt(0) < 0x20 || bad === '\x7f' ? `a control character (${code})` : `a character HTTP headers cannot carry (${code})`;
  return `the value contains ${what}`;
}

/**
 * Why a custom probe header cannot be sent as given, or undefined: headers about the connection or the request body,
 * which the HTTP client (undici) sets itself and refuses (`Keep-Alive`, `Upgrade`, `Transfer-Encoding`, `Expect`; over
 * HTTP/2 `Proxy-Connection`, `HTTP2-Settings` and a `TE` other than `trailers` too). Sent, each would fail every request
 * before it leaves, which the probes would report as a target that does not answer. `Connection` (a list of options
 * such as `keep-alive` or `close`, what curl and Postman send) and `Host` are sent. The reason never echoes the value.
 */
export function headerNameProblem(name: string, value: string): string | undefined {
  const n = name.toLowerCase();
  const hopByHop = 'a connection-specific (hop-by-hop) header, which the HTTP client manages itself and refuses to send (RFC 9110 §7.6.1)';
  if (n === 'keep-alive' || n === 'upgrade' || n === 'proxy-connection' || n === 'http2-settings') return hopByHop;
  if (n === 'te' && value.trim().toLowerCase() !== 'trailers') return `${hopByHop}; only \`TE: trailers\` can be sent`;
  if (n === 'connection' && !value.split(',').every((t) => HEADER_NAME.test(t.trim()))) return 'expected a comma-separated list of connection options (`keep-alive`, `close`), which the HTTP client requires';
  if (n === 'transfer-encoding') return 'a header about the request body, which the HTTP client sets itself and refuses to send: the probes send GET requests without a body';
  if (n === 'content-length' && !/^0+$/.test(value.trim())) return 'a header about the request body, which the HTTP client sets itself: the probes send GET requests without a body (a length other than 0 would leave the server waiting for one)';
  if (n === 'expect') return 'asks the server to accept a request body (`100-continue`), which the HTTP client refuses to send: the probes send GET requests without a body';
  return undefined;
}

/**
 * The auth scheme an `Authorization` (`Proxy-Authorization`, `X-Serverless-Authorization`…) value consists of, with no
 * credential after it (`Authorization: Bearer ${{ secrets.X }}` where the secret is not available: `Bearer`), or undefined.
 * Such a value is empty in effect: sent, it only earns a 401; masked, it would hide a common word in every log line.
 */
export function credentialless(name: string, value: string): string | undefined {
  if (!/(?:^|-)authorization$/i.test(name)) return undefined;
  return /^(?:bearer|basic|token|digest|negotiate|bot|jwt|apikey|api-key)$/i.exec(value.trim())?.[0];
}

/**
 * `Name: value` headers. The message never echoes the value: it may carry a secret. A header whose value is empty
 * (`X-Bypass: ${{ secrets.X }}` where the secret is not available, `--header "X-Bypass: $UNSET"`), or an
 * authorization header holding only its scheme (`Authorization: Bearer ${{ secrets.X }}`, see `credentialless`), is
 * not sent: `onEmpty` gets its name (and that scheme), for the caller to say so.
 */
export function parseHeaders(list: readonly string[], label: string, onEmpty: (name: string, scheme?: string) => void, onRepeat?: (name: string) => void): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of list) {
    if (!h.trim()) continue;
    const i = h.indexOf(':');
    const name = i > 0 ? h.slice(0, i).trim() : '';
    if (!HEADER_NAME.test(name)) throw new ConfigError(`${label}: expected "Name: value" (the value is not shown)`);
    const value = h.slice(i + 1).trim();
    if (!value) { onEmpty(name); continue; }
    const scheme = credentialless(name, value);
    if (scheme) { onEmpty(name, scheme); continue; }
    const problem = headerValueProblem(value);
    if (problem) throw new ConfigError(`${label} ${name}: ${problem}, which cannot be sent in an HTTP header (the value is not shown)`);
    const nameProblem = headerNameProblem(name, value);
    if (nameProblem) throw new ConfigError(`${label} ${name}: ${nameProblem}; remove it`);
    setHeader(out, name, value, onRepeat);
  }
  return out;
}

/**
 * Sets header `name` in `out`, replacing any of the same name in any case (`X-A`, `x-a`: one HTTP header). The last
 * value wins (`--header` over `--header`, a caller's header over the checklist's `probes.headers`); `onRepeat` hears the name (never a value) when it replaced a different value, so a header
 * given twice is not dropped silently (curl would send both).
 */
export function setHeader(out: Record<string, string>, name: string, value: string, onRepeat?: (name: string) => void): void {
  let replaced = false;
  for (const before of Object.keys(out)) {
    if (before.toLowerCase() !== name.toLowerCase()) continue;
    if (out[before] !== value) replaced = true;
    delete out[before];
  }
  if (replaced) onRepeat?.(name);
  out[name] = value;
}

/**
 * Why a checklist's probe setting (`probes.url`, `probes.http-url`, a `probes.headers` value) would not be sent as
 * meant, said after its name, or undefined. Only `${PREFLIGHT_*}` variables are substituted, by design: a checklist a
 * pull request changes must not be able to send the runner's other secrets (GITHUB_TOKEN, cloud keys…) to a URL it
 * picks. Any other `${…}` would be sent as written (`Bearer ${{ secrets.TOKEN }}`, `${PREFLIGHT_TOKEN:-x}`): the
 * probes would authenticate with the literal text and report a protected site. Found where the checklist is read,
 * with its other mistakes, and checked again before anything is sent.
 */
export function unsubstitutedProblem(value: string): string | undefined {
  const m = /\$\{(?!PREFLIGHT_)([A-Za-z_][A-Za-z0-9_]*)\}/.exec(value);
  if (m) return `references \${${m[1]}}: only \${PREFLIGHT_*} variables are substituted (a checklist must not read the runner's other secrets): write \${PREFLIGHT_${m[1]}} and set PREFLIGHT_${m[1]} in the step's env`;
  const odd = /\$\{(?![A-Za-z_][A-Za-z0-9_]*\})(\{[^}]*\}?\}?|[^}]*\}?)/.exec(value);
  if (!odd) return undefined;
  const hint = odd[1]!.startsWith('{')
    ? `GitHub expressions are not evaluated in the checklist: write \${PREFLIGHT_NAME} and set PREFLIGHT_NAME: ${odd[0]} in the step's env`
    : 'expected ${PREFLIGHT_NAME} (no defaults, spaces or other shell forms: a variable that is not set skips the probes)';
  return `holds '${odd[0]}', which is not substituted: ${hint}`;
}

/**
 * Why an http(s) URL does not parse because of its host (a space, an unclosed `[`, no host at all), if that is why: the
 * scheme is right, so "expected http:// or https://" would point at the wrong part.
 */
function badHost(url: string): string | undefined {
  const parts = /^https?:/i.test(url.trim()) ? authorityParts(url) : null;
  if (!parts) return undefined;
  const host = parts.hostPort.replace(/:\d*$/, '');
  if (host === '') return 'no host after the scheme (expected https://HOST/…)';
  if (host.startsWith('[') && !host.includes(']')) return 'the IPv6 address has no closing ] (expected https://[::1]:PORT/)';
  return `the host '${host.slice(0, 60)}' is not a valid host name (letters, digits, '-' and '.'; an IPv6 address in [ ])`;
}

/** Why a URL with a scheme and a host does not parse because of its port (`https://host:99999/`), if that is why. */
function badPort(url: string): string | undefined {
  // The host and port follow the userinfo (a password), which is never shown as a port.
  const hostPort = authorityParts(url)?.hostPort;
  if (hostPort === undefined) return undefined;
  const port = /^(?:\[[^\]]*\]|[^:@[\]]*):(.*)$/.exec(hostPort)?.[1];
  if (port === undefined || port === '') return undefined;
  if (!/^\d+$/.test(port)) return `port '${port.slice(0, 20)}' is not a number`;
  return Number(port) > 65535 ? `port ${port} is out of range (expected 1-65535)` : undefined;
}

/** Why `value` is no http(s) URL the probes can request (its port, its host, else its scheme); undefined when it is one. */
export function httpUrlReason(value: string): string | undefined {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return undefined;
  } catch { /* below */ }
  return badPort(value) ?? badHost(value) ?? 'expected http:// or https://';
}

/** Why `value` is no plain http:// URL (the https-redirect probe's origin), said after its label; undefined when it is one. */
export function plainUrlReason(value: string): string | undefined {
  let u: URL | undefined;
  try { u = new URL(value); } catch { /* below */ }
  if (u && u.protocol === 'http:') return undefined;
  return `${(!u && badPort(value)) || 'expected a plain http:// URL'} (the plain-HTTP origin the https-redirect probe requests)${u ? `, not ${u.protocol}//` : ''}`;
}

/**
 * Why a checklist's `probes.url` (or, `plain`, `probes.http-url`) is no URL the probes can request, worded as the run
 * words it; undefined when it is one.
 */
export function probeUrlProblem(value: string, plain: boolean): string | undefined {
  const why = plain ? plainUrlReason(value) : httpUrlReason(value);
  return why === undefined ? undefined : plain ? `probes.http-url '${value}': ${why}` : `invalid URL '${value}': ${why}`;
}
