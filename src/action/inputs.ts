import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { z } from 'zod';
import { ConfigError, type SeveritySetting } from '../types.js';
import { credentialless, HEADER_NAME, MAX_TIMEOUT_SECONDS, MAX_WAIT_SECONDS, parseFailOn, parseHeaders, parseSeconds, parseSeverityOverrides, setHeader } from '../settings.js';
import { masksValue, secretLikeName, secretsOf, urlPassword } from '../report/redact.js';
import { workflowFileOf } from '../report/workflow-anchor.js';
import { parseAttesters } from '../gate/attesters.js';

/** Names of the action's inputs, as declared in action.yml. */
export const INPUT_NAMES = [
  'checklist', 'fail-on', 'severity-overrides', 'url', 'http-url', 'ca', 'allow-self-signed',
  'headers', 'timeout', 'wait', 'github-token', 'check-name', 'annotations', 'comment', 'sarif',
  'baseline', 'working-directory', 'attesters',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];
export type RawInputs = Partial<Record<InputName, string>>;

const optional = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);

/** The values `core.getBooleanInput` accepts (after trimming), and nothing else. */
const BOOLEAN_VALUES = { true: ['true', 'True', 'TRUE'], false: ['false', 'False', 'FALSE'] } as const;
/** The inputs of action.yml that take `true` or `false`. */
export const BOOLEAN_INPUTS = ['allow-self-signed', 'comment'] as const satisfies readonly InputName[];

const bool = (name: (typeof BOOLEAN_INPUTS)[number]) => z.string().optional().transform((v, ctx) => {
  const s = optional(v);
  if (s === undefined) return undefined;
  if ((BOOLEAN_VALUES.true as readonly string[]).includes(s)) return true;
  if ((BOOLEAN_VALUES.false as readonly string[]).includes(s)) return false;
  // As @actions/core's getBooleanInput: `yes`, `on`, `1` are not booleans in a workflow either.
  ctx.addIssue({ code: 'custom', message: `input '${name}' must be a YAML 1.2 boolean: one of ${[...BOOLEAN_VALUES.true, ...BOOLEAN_VALUES.false].join(', ')}; got '${s.slice(0, 40)}'` });
  return z.NEVER;
});

/** Runs a shared settings parser inside a zod transform: its ConfigError becomes the issue. */
const via = <T>(parse: (v: string) => T) => z.string().optional().transform((v, ctx): T | undefined => {
  const s = optional(v);
  if (s === undefined) return undefined;
  try { return parse(s); } catch (e) {
    ctx.addIssue({ code: 'custom', message: e instanceof ConfigError ? e.message : String(e) });
    return z.NEVER;
  }
});

/**
 * An input that takes one value (a path, a URL, a name): a value written over several lines (a `|` block holding two
 * URLs, two SARIF paths) is a configuration error naming the input, not a nonsense host or a file name with a newline.
 * The value itself is not repeated (a URL may carry a password).
 */
const single = (name: InputName, hint: string) => z.string().optional().transform((v, ctx): string | undefined => {
  const s = optional(v);
  if (s === undefined || !/[\r\n]/.test(s)) return s;
  ctx.addIssue({ code: 'custom', message: `input '${name}' takes one value on one line; got ${s.split(/\r\n|\r|\n/).filter((l) => l.trim()).length} lines (${hint})` });
  return z.NEVER;
});
const ONE_URL = 'one deployment per run: a workflow matrix probes several';

/**
 * The entries of a list input written one per line (`headers`, `severity-overrides`), each with the label its error
 * names: blank lines and full-line `#` comments (users comment a `|` block: YAML keeps them in the value) are left out;
 * the label carries the line's number (from the top of the `|` block) when the value has more than one line.
 */
function listLines(value: string, name: InputName): { text: string; label: string }[] {
  const lines = value.split(/\r\n|\r|\n/);
  const many = lines.filter((l) => l.trim()).length > 1;
  return lines.flatMap((text, i) => (!text.trim() || isComment(text) ? [] : [{ text, label: `input '${name}'${many ? ` line ${i + 1}` : ''}` }]));
}
/** The inputs written one entry per line, read with listLines. */
const LIST_INPUTS: readonly InputName[] = ['headers', 'severity-overrides', 'attesters'];
/** A full-line comment of a list input. */
const isComment = (line: string) => line.trimStart().startsWith('#');

/** A list input parsed line by line (see listLines); `undefined` when it holds no entry. */
const list = <T>(name: InputName, parse: (entries: { text: string; label: string }[]) => T) => z.string().optional().transform((v, ctx): T | undefined => {
  const entries = listLines(v ?? '', name);
  if (!entries.length) return undefined;
  try { return parse(entries); } catch (e) {
    ctx.addIssue({ code: 'custom', message: e instanceof ConfigError ? e.message : String(e) });
    return z.NEVER;
  }
});

const inputSchema = z.object({
  'checklist': single('checklist', 'one checklist file: it can `extends` others'),
  'fail-on': via((v) => parseFailOn(v, "input 'fail-on':")),
  'severity-overrides': list('severity-overrides', (entries) => {
    // One id given two different levels on two lines is an error naming both lines (see parseSeverityOverrides).
    const given = new Map<string, { level: SeveritySetting; said: string }>();
    return Object.assign({}, ...entries.map(({ text, label }) => {
      // `id=off  # why`: a comment after an entry is not one (an id has no `#`): say where comments go.
      if (text.includes('#')) throw new ConfigError(`${label}: ${text.trim()}: expected ID=LEVEL; a comment goes on a line of its own, starting with #`);
      return parseSeverityOverrides([text], `${label}:`, given);
    })) as ReturnType<typeof parseSeverityOverrides>;
  }).transform((v) => v ?? {}),
  'url': single('url', ONE_URL),
  'http-url': single('http-url', ONE_URL),
  'ca': single('ca', 'one PEM file: it may hold several certificates'),
  'allow-self-signed': bool('allow-self-signed'),
  // Headers with an empty value (a secret this run cannot read) are not sent; their names are kept for a warning.
  'headers': list('headers', (entries) => {
    const empty: string[] = [];
    const repeated: string[] = [];
    const onEmpty = (name: string, scheme?: string) => empty.push(scheme ? `${name} (only '${scheme}', no credential)` : name);
    // Line by line, so an error names the line (it never shows the value); a later line wins per name (in any case), said.
    const headers: Record<string, string> = {};
    for (const { text, label } of entries) {
      for (const [name, value] of Object.entries(parseHeaders([text], label, onEmpty))) setHeader(headers, name, value, (n) => { if (!repeated.includes(n)) repeated.push(n); });
    }
    return { headers, empty, repeated };
  }),
  'timeout': via((v) => parseSeconds(v, "input 'timeout':", true, MAX_TIMEOUT_SECONDS)),
  'wait': via((v) => parseSeconds(v, "input 'wait':", false, MAX_WAIT_SECONDS)),
  'github-token': z.string().optional().transform((v) => optional(v) ?? ''),
  'check-name': single('check-name', 'one check run name').transform((v) => v ?? 'Preflight'),
  'annotations': z.string().optional().transform((v, ctx) => {
    const s = optional(v)?.toLowerCase() ?? 'all';
    if (s === 'all' || s === 'changed') return s;
    ctx.addIssue({ code: 'custom', message: `input 'annotations' must be all or changed; got '${s}'` });
    return z.NEVER;
  }),
  'comment': bool('comment').transform((b) => b ?? false),
  'sarif': single('sarif', 'one SARIF file path'),
  'baseline': single('baseline', 'one baseline file path'),
  'working-directory': single('working-directory', 'one folder per run: a workflow matrix scans several').transform((v) => v ?? '.'),
  // Who may sign off manual items (logins, author associations); empty: anyone who can edit the description, as before.
  'attesters': list('attesters', (entries) => parseAttesters(entries)).transform((v) => v ?? null),
}).transform(({ headers, ...rest }) => ({ ...rest, headers: headers?.headers ?? {}, emptyHeaders: headers?.empty ?? [], repeatedHeaders: headers?.repeated ?? [] }));

/** The validated action inputs. */
export type Inputs = z.output<typeof inputSchema>;

/** The inputs that name a path (relative to the workspace or to working-directory). */
const PATH_INPUTS = ['working-directory', 'checklist', 'baseline', 'ca', 'sarif'] as const;

/**
 * What an error about a path adds when the path input it names holds a `\` on a POSIX runner (`services\web`, a
 * Windows habit): there `\` is part of a file name, not a separator, so the path was looked for as written. Empty when
 * no such input is named in `message`, or on Windows (where `\` is a separator).
 */
export function backslashHint(inputs: Partial<Pick<Inputs, (typeof PATH_INPUTS)[number]>> | undefined, message: string, platform: string = process.platform): string {
  if (!inputs || platform === 'win32') return '';
  for (const name of PATH_INPUTS) {
    const v = inputs[name];
    if (typeof v === 'string' && v.includes('\\') && message.includes(v)) {
      return ` (input '${name}' holds a \`\\\`, which is part of a file name on this runner, not a separator: use / in paths — \`${v.replace(/\\/g, '/')}\`)`;
    }
  }
  return '';
}

/** Environment and event of the workflow run. */
export interface RunnerContext {
  eventName: string;
  /** The webhook payload (empty object when there is none). */
  payload: Record<string, unknown>;
  /** Why the payload is empty although GITHUB_EVENT_PATH names a file (missing, unreadable, not JSON). */
  eventProblem: string | null;
  repository: { owner: string; repo: string } | null;
  /**
   * Why GITHUB_REPOSITORY was not used although set (it is not `owner/name`): the repository is then the payload's,
   * or none. Null when it was used or is unset.
   */
  repositoryProblem: string | null;
  sha: string;
  /** GITHUB_REF (`refs/pull/12/merge` on pull_request): names the pull request when the payload does not. */
  ref: string;
  apiUrl: string;
  /** Web address of the GitHub instance (`https://github.com`), for links. */
  serverUrl: string;
  workspace: string;
  /** RUNNER_TEMP; empty when unset (outside GitHub's runner). */
  runnerTemp: string;
  debug: boolean;
  /** `PREFLIGHT_*` variables, the only ones a checklist may substitute. */
  preflightEnv: Record<string, string>;
  /** The running workflow's file when it lives in this repository (`.github/workflows/x.yml`). */
  workflowFile: string | null;
  /** GITHUB_JOB and GITHUB_ACTION (the step's `id:`, or a name the runner makes up): which step of the workflow runs. */
  job?: string;
  step?: string;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT: which workflow run, and which attempt of it. */
  runId?: string;
  runAttempt?: string;
  /** Base delay of API retries in ms (tests set it small; GitHub's guidance otherwise). */
  retryMs: number;
  /** One API attempt's time limit (PREFLIGHT_TEST_API_TIMEOUT_MS in tests; default 30 s). */
  apiTimeoutMs: number;
}

/** Everything the action needs from its inputs and environment. */
export interface Settings {
  inputs: Inputs;
  runner: RunnerContext;
}

/** Validates raw input strings (as the runner passes them); throws ConfigError naming the input. */
export function parseInputs(raw: RawInputs): Inputs {
  const res = inputSchema.safeParse(raw);
  if (res.success) return res.data;
  throw new ConfigError(res.error.issues[0]?.message ?? 'invalid input');
}

// Internal knob for the end-to-end tests only: not an input, not documented for users.
const TEST_RETRY_MS = 'PREFLIGHT_TEST_RETRY_MS';
const TEST_API_TIMEOUT_MS = 'PREFLIGHT_TEST_API_TIMEOUT_MS';

/** A repository's `owner/name`: two non-empty parts without slashes or spaces. */
const OWNER_NAME = /^[^/\s]+\/[^/\s]+$/;

/** Builds the runner context from an environment (`process.env` in the action). */
export function parseRunnerContext(env: Record<string, string | undefined>, readFile = (p: string) => readFileSync(p, 'utf8')): RunnerContext {
  let payload: Record<string, unknown> = {};
  let eventProblem: string | null = null;
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    // A missing or unreadable payload leaves the PR-only features off; the gate still runs, and
    // the log says why.
    let text: string | null = null;
    try { text = readFile(eventPath); } catch (e) {
      eventProblem = `the event payload ${eventPath} cannot be read (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (e as Error).message})`;
    }
    if (text !== null) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
        else eventProblem = `the event payload ${eventPath} is not a JSON object`;
      } catch (e) {
        eventProblem = `the event payload ${eventPath} is not valid JSON (${text.trim() ? (e as Error).message.split('\n')[0] : 'it is empty'})`;
      }
    }
  }
  // GITHUB_REPOSITORY, else the payload's `repository` (as @actions/github's `context.repo` falls back to
  // it): a runner without the variable (act, a hand-made environment) still gets its check run.
  const payloadRepo = payload.repository && typeof payload.repository === 'object' ? payload.repository as { full_name?: unknown; name?: unknown; owner?: { login?: unknown } | null } : {};
  // A value that is no `owner/name` (`acme`, a hand-made environment's typo) is not used: the payload's is, as when unset.
  const ownerName = (v: unknown): string => (typeof v === 'string' && OWNER_NAME.test(v) ? v : '');
  const envRepository = env.GITHUB_REPOSITORY ?? '';
  const fromPayload = ownerName(payloadRepo.full_name)
    || (typeof payloadRepo.owner?.login === 'string' && typeof payloadRepo.name === 'string' ? ownerName(`${payloadRepo.owner.login}/${payloadRepo.name}`) : '');
  const fullName = ownerName(envRepository) || fromPayload;
  const repositoryProblem = envRepository && !ownerName(envRepository)
    ? `GITHUB_REPOSITORY (${JSON.stringify(envRepository)}) is not \`owner/name\`${fromPayload ? `: the repository is the event payload's (${fromPayload})` : ', and the event payload names no repository: the GitHub API is not used (no check run, no pull request read)'}`
    : null;
  const [owner, repo] = fullName.split('/');
  const preflightEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('PREFLIGHT_') && k !== TEST_RETRY_MS && k !== TEST_API_TIMEOUT_MS && v !== undefined) preflightEnv[k] = v;
  }
  const retry = Number(env[TEST_RETRY_MS]);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    eventProblem,
    repository: owner && repo ? { owner, repo } : null,
    repositoryProblem,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    // Empty when unset (outside GitHub's runner): the report then goes to the OS temp folder, with a warning.
    runnerTemp: env.RUNNER_TEMP ?? '',
    debug: env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true',
    preflightEnv,
    workflowFile: workflowFileOf(env.GITHUB_WORKFLOW_REF, fullName || undefined),
    job: env.GITHUB_JOB ?? '',
    step: env.GITHUB_ACTION ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    retryMs: Number.isFinite(retry) && retry >= 0 && env[TEST_RETRY_MS] !== '' && env[TEST_RETRY_MS] !== undefined ? retry : 1000,
    apiTimeoutMs: Number(env[TEST_API_TIMEOUT_MS]) > 0 ? Number(env[TEST_API_TIMEOUT_MS]) : 30_000,
  };
}

/**
 * What is wrong with the API URL (GITHUB_API_URL, trailing slashes cut), or null when it is an http(s) URL. The runner
 * always sets a valid one; a hand-made environment (act, a container job's `env:`) may not.
 */
export function apiUrlProblem(apiUrl: string): string | null {
  const url = URL.canParse(apiUrl) ? new URL(apiUrl) : null;
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname) return null;
  return `GITHUB_API_URL (${JSON.stringify(apiUrl)}) is not an http(s) URL: expected the GitHub API's URL with its scheme, such as https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server (the runner sets it; check the job's or container's env)`;
}

/** Secret values among the raw inputs: the token and the header values masksValue keeps. */
export function inputSecrets(raw: RawInputs): string[] {
  const values = [raw['github-token'] ?? ''];
  for (const line of (raw.headers ?? '').split(/\r\n|\r|\n/)) {
    const i = line.indexOf(':');
    // A comment is not sent and not masked (masking `# staging auth` would hide those words in every log line); a
    // commented-out header under a secret-like name (`# Authorization: Bearer …`) still has its value masked.
    if (isComment(line)) {
      const name = i < 0 ? '' : line.slice(0, i).trim().replace(/^#+\s*/, '');
      const value = line.slice(i + 1).trim();
      if (HEADER_NAME.test(name) && secretLikeName(name) && !credentialless(name, value)) values.push(value);
      continue;
    }
    // A value without a name is kept whole (it may be a malformed secret); named ones follow masksValue.
    if (i < 0) { values.push(line.trim()); continue; }
    const value = line.slice(i + 1).trim();
    // `Authorization: Bearer` (the secret after it missing) is not sent, and masking `Bearer` would hide the word everywhere.
    if (credentialless(line.slice(0, i).trim(), value)) continue;
    if (masksValue(line.slice(0, i).trim(), value)) values.push(value);
  }
  // A password in the `url`/`http-url` input (`https://deploy:pw@host/`) is a secret in every later line, an error about
  // a URL that does not parse included.
  for (const name of ['url', 'http-url'] as const) values.push(...urlPassword(raw[name] ?? ''));
  // The same rule as every other redaction: short values skipped, a bare `Bearer` credential added.
  return secretsOf(values);
}

const masked = new Set<string>();
/** `core.setSecret` once per value: the runner needs one `::add-mask::` line, and each is a line of the log. */
export function maskOnce(value: string): void {
  if (masked.has(value)) return;
  masked.add(value);
  core.setSecret(value);
}

/**
 * Reads and validates every input (via `core.getInput`) and the runner environment. Secret inputs
 * are registered with `core.setSecret` before validation, so no later message can print them.
 */
export function readSettings(): Settings {
  const raw = readRawInputs();
  for (const secret of inputSecrets(raw)) maskOnce(secret);
  return { inputs: parseInputs(raw), runner: parseRunnerContext(process.env) };
}

/** The inputs as the runner passes them (via `core.getInput`), before validation. */
export function readRawInputs(): RawInputs {
  const raw: RawInputs = {};
  // The list inputs untrimmed: an error's line number counts from the top of the `|` block, leading blank lines included.
  for (const name of INPUT_NAMES) raw[name] = core.getInput(name, { trimWhitespace: !LIST_INPUTS.includes(name) });
  // The runner always passes `github-token` (its default is the job's token; an explicit '' stays ''). A
  // step run without it at all (a hand-made environment, `env: GITHUB_TOKEN`) uses GITHUB_TOKEN, as most actions do.
  if (process.env['INPUT_GITHUB-TOKEN'] === undefined && process.env.GITHUB_TOKEN) raw['github-token'] = process.env.GITHUB_TOKEN.trim();
  return raw;
}
