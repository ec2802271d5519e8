/**
 * A local server playing api.github.com for the end-to-end tests. Every request is validated
 * against GitHub's published OpenAPI description (`@octokit/openapi`, the single api.github.com
 * document): the route and method must exist, path and query parameters and the JSON body must
 * match their schemas. On top of the schema it enforces the rules GitHub applies but does not
 * publish in it (annotation titles ≤ 255, messages ≤ 64 KB, a check run's summary and text ≤ 65,535 bytes, columns only on single-line
 * annotations, repository-relative paths, lines ≥ 1). A rejected request gets the 422 GitHub
 * would send and is recorded in `violations`.
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const SPEC_PATH = require.resolve('@octokit/openapi/generated/api.github.com.json');

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  params: string[];
  op: Record<string, unknown>;
  pointer: string;
}

let cached: { ajv: Ajv; ops: Operation[]; spec: Record<string, unknown> } | null = null;

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function loadSpec() {
  if (cached) return cached;
  const spec = require(SPEC_PATH) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, coerceTypes: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema(spec, 'gh');
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const params: string[] = [];
    const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
      params.push(name);
      // `path` of the contents API spans slashes.
      return name === 'path' ? '(.+)' : '([^/]+)';
    })}$`);
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
      const op = item[method];
      if (op) ops.push({ method: method.toUpperCase(), template, regex, params, op, pointer: `gh#/paths/${escapePointer(template)}/${method}` });
    }
  }
  // Literal routes beat templated ones (`/pulls/comments` vs `/pulls/{pull_number}`).
  ops.sort((a, b) => a.params.length - b.params.length);
  cached = { ajv, ops, spec: spec as unknown as Record<string, unknown> };
  return cached;
}

const validators = new Map<string, ValidateFunction>();
function validator(ref: string): ValidateFunction {
  let v = validators.get(ref);
  if (!v) {
    v = loadSpec().ajv.compile({ $ref: ref });
    validators.set(ref, v);
  }
  return v;
}

function resolveRef(obj: Record<string, unknown>): Record<string, unknown> {
  const ref = obj.$ref;
  if (typeof ref !== 'string') return obj;
  let node: unknown = loadSpec().spec;
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node as Record<string, unknown>;
}

function coerce(value: string, schema: Record<string, unknown>): unknown {
  if ((schema.type === 'integer' || schema.type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (schema.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Validates one request against the OpenAPI document; returns the matched operation and the problems found. */
export function validateRequest(method: string, pathname: string, query: URLSearchParams, body: unknown): { template: string | null; errors: string[] } {
  const { ops } = loadSpec();
  const candidates = ops.filter((o) => o.regex.test(pathname));
  if (!candidates.length) return { template: null, errors: [`no such route: ${pathname}`] };
  const op = candidates.find((o) => o.method === method);
  if (!op) return { template: candidates[0]!.template, errors: [`method ${method} not allowed on ${candidates[0]!.template}`] };
  const errors: string[] = [];
  const m = op.regex.exec(pathname)!;
  const parameters = ((op.op.parameters as Record<string, unknown>[] | undefined) ?? []).map(resolveRef);
  const known = new Set<string>();
  for (const p of parameters) {
    const name = p.name as string;
    const schema = (p.schema ?? {}) as Record<string, unknown>;
    let raw: string | null = null;
    if (p.in === 'path') raw = decodeURIComponent(m[op.params.indexOf(name) + 1] ?? '');
    else if (p.in === 'query') { known.add(name); raw = query.get(name); }
    else continue;
    if (raw === null) { if (p.required) errors.push(`missing ${p.in} parameter ${name}`); continue; }
    const v = loadSpec().ajv.compile(schema);
    if (!v(coerce(raw, schema))) errors.push(`${p.in} parameter ${name}=${raw}: ${loadSpec().ajv.errorsText(v.errors)}`);
  }
  for (const key of query.keys()) if (!known.has(key)) errors.push(`unknown query parameter ${key}`);
  const rb = op.op.requestBody ? resolveRef(op.op.requestBody as Record<string, unknown>) : null;
  const json = (rb?.content as Record<string, unknown> | undefined)?.['application/json'];
  if (body === undefined) {
    if (rb?.required) errors.push('missing request body');
  } else if (!json) {
    errors.push(`${method} ${op.template} takes no JSON body`);
  } else {
    const v = validator(`${op.pointer}/requestBody/content/application~1json/schema`);
    if (!v(body)) errors.push(`body: ${loadSpec().ajv.errorsText(v.errors, { dataVar: 'body' })}`);
  }
  errors.push(...githubRules(op.template, body));
  return { template: op.template, errors };
}

/** What GitHub rejects beyond the published schema (one bad annotation fails the whole request). */
function githubRules(template: string, body: unknown): string[] {
  if (!template.startsWith('/repos/{owner}/{repo}/check-runs')) return [];
  const output = (body as { output?: { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] } } | undefined)?.output;
  const errors: string[] = [];
  if (output && typeof output.title === 'string' && output.title.length > 255) errors.push('output.title longer than 255');
  // GitHub counts these in UTF-8 bytes: "text exceeds a maximum bytesize of 65535" (github/docs#35252).
  for (const k of ['summary', 'text'] as const) {
    if (typeof output?.[k] === 'string' && Buffer.byteLength(output[k]) > 65_535) errors.push(`${k} exceeds a maximum bytesize of 65535`);
  }
  for (const [i, a] of (output?.annotations ?? []).entries()) {
    const at = `annotation ${i}`;
    const path = String(a.path ?? '');
    // (A `\` is a character of a file name git tracks on Linux, `\back/Dockerfile`: a path as any other.)
    if (!path || path.startsWith('/') || path.startsWith('./') || /(^|\/)\.\.(\/|$)/.test(path)) errors.push(`${at}: path '${path}' is not repository-relative`);
    const start = a.start_line as number;
    const end = a.end_line as number;
    if (!(start >= 1) || !(end >= start)) errors.push(`${at}: lines ${start}-${end}`);
    if ((a.start_column !== undefined || a.end_column !== undefined) && start !== end) errors.push(`${at}: columns on a multi-line annotation`);
    if (a.start_column !== undefined && !((a.start_column as number) >= 1)) errors.push(`${at}: start_column < 1`);
    if (a.end_column !== undefined && a.start_column !== undefined && (a.end_column as number) < (a.start_column as number)) errors.push(`${at}: end_column < start_column`);
    if (typeof a.title === 'string' && a.title.length > 255) errors.push(`${at}: title longer than 255`);
    if (Buffer.byteLength(String(a.message ?? '')) > 64 * 1024) errors.push(`${at}: message over 64 KB`);
    if (typeof a.raw_details === 'string' && Buffer.byteLength(a.raw_details) > 64 * 1024) errors.push(`${at}: raw_details over 64 KB`);
  }
  return errors;
}

/** A fault to inject: the next `times` requests matching method and path get this answer. */
export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  times?: number;
  message?: string;
  headers?: Record<string, string>;
  /** No answer at all (the request hangs until the client gives up). */
  hang?: boolean;
  /** The request is carried out (a check run created…) and still answered with the fault's status, as GitHub's 5xx sometimes are. */
  applied?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  template: string | null;
  query: Record<string, string>;
  body: unknown;
  status: number;
  errors: string[];
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id?: string;
  status?: string;
  conclusion?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: Record<string, unknown>[];
}

export interface PullState {
  number: number;
  body: string;
  author: string;
  /** The author's `author_association` (left out of the answer when unset). */
  association?: string;
  headSha: string;
  files: string[];
  /** Its reviews, oldest first (`GET /pulls/{n}/reviews`). */
  reviews?: { user: string; association?: string; state: string; body: string; submittedAt?: string }[];
}

/** Repository state the fake serves and records. */
export interface FakeState {
  token: string;
  owner: string;
  repo: string;
  pulls: Map<number, PullState>;
  /** Pull requests associated with a commit (`GET /commits/{sha}/pulls`). */
  commitPulls: Map<string, number[]>;
  /** Comparisons (`GET /compare/{base}...{head}`): `${base}...${head}` → the files changed, with their patches. */
  compares: Map<string, { filename: string; status: string; patch?: string; additions: number; deletions: number }[]>;
  /** Files at a ref for the contents API: `${ref}:${path}` → text. */
  contents: Map<string, string>;
  /** Symlinks at a ref for the contents API: `${ref}:${path}` → the link's target (folders are the paths above files and links). */
  links: Map<string, string>;
  checkRuns: CheckRun[];
  comments: Map<number, { id: number; body: string; user: string }[]>;
  /** The GitHub App whose installation token this is (`github-actions`: GITHUB_TOKEN); it writes as `<app>[bot]`. */
  app: string;
  /** A personal access token's user: `GET /user` answers with it (null: 403, as for installation tokens), and comments are written as it. */
  viewer: string | null;
  faults: Fault[];
  requests: RecordedRequest[];
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  /** Requests the schema or GitHub's rules reject. */
  violations(): RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

const user = (login: string) => ({ login, id: 1, type: login.endsWith('[bot]') ? 'Bot' : 'User' });

/** Starts the fake on 127.0.0.1, port 0. */
export async function startFakeGitHub(opts: { token: string; owner?: string; repo?: string }): Promise<FakeGitHub> {
  loadSpec();
  const fresh = (): FakeState => ({
    token: opts.token,
    owner: opts.owner ?? 'acme',
    repo: opts.repo ?? 'shop',
    pulls: new Map(),
    commitPulls: new Map(),
    compares: new Map(),
    contents: new Map(),
    links: new Map(),
    checkRuns: [],
    comments: new Map(),
    app: 'github-actions',
    viewer: null,
    faults: [],
    requests: [],
  });
  const state = fresh();
  let nextId = 1000;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      const record: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, template: null, query: Object.fromEntries(url.searchParams), body: undefined, status: 0, errors: [] };
      state.requests.push(record);
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
        res.end(data === undefined ? '' : JSON.stringify(data));
      };
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        record.errors.push('body is not JSON');
        return send(400, { message: 'Problems parsing JSON' });
      }
      record.body = body;
      if (req.headers.authorization !== `token ${state.token}`) return send(401, { message: 'Bad credentials' });
      const { template, errors } = validateRequest(record.method, url.pathname, url.searchParams, body);
      record.template = template;
      record.errors = errors;
      if (errors.length) return send(template ? 422 : 404, { message: 'Validation Failed', errors });
      const fault = state.faults.find((f) => f.method === record.method && f.path.test(url.pathname) && (f.times ?? 1) > 0);
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.hang) return undefined;
        if (fault.applied) return route(record.method, template!, url, body as Record<string, unknown>, () => send(fault.status, { message: fault.message ?? 'fault' }, fault.headers));
        return send(fault.status, { message: fault.message ?? 'fault', documentation_url: 'https://docs.github.com/rest' }, fault.headers);
      }
      route(record.method, template!, url, body as Record<string, unknown>, send);
    });
  });

  function route(method: string, template: string, url: URL, body: Record<string, unknown>, send: (s: number, d: unknown, h?: Record<string, string>) => void) {
    if (`${method} ${template}` === 'GET /user') {
      return state.viewer ? send(200, user(state.viewer)) : send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user' });
    }
    const seg = url.pathname.split('/');
    const [owner, repo] = [seg[2], seg[3]];
    if (owner !== state.owner || repo !== state.repo) return send(404, { message: 'Not Found' });
    const page = (items: unknown[]) => {
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const p = Number(url.searchParams.get('page') ?? 1);
      const slice = items.slice((p - 1) * per, p * per);
      const headers: Record<string, string> = {};
      if (p * per < items.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(p + 1));
        headers.link = `<${next.toString().replace('http://127.0.0.1', `http://127.0.0.1:${(server.address() as AddressInfo).port}`)}>; rel="next"`;
      }
      send(200, slice, headers);
    };
    switch (`${method} ${template}`) {
      case 'POST /repos/{owner}/{repo}/check-runs': {
        const output = (body.output ?? {}) as CheckRun['output'] & { annotations?: Record<string, unknown>[] };
        const run: CheckRun = {
          id: nextId++, name: String(body.name), head_sha: String(body.head_sha), ...(body.external_id !== undefined ? { external_id: String(body.external_id) } : {}), status: body.status as string,
          conclusion: body.conclusion as string, output: { title: output.title, summary: output.summary, text: output.text }, annotations: [...(output.annotations ?? [])],
        };
        state.checkRuns.push(run);
        return send(201, { id: run.id, head_sha: run.head_sha, name: run.name, status: run.status, conclusion: run.conclusion, html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`, app: { id: 15368, slug: state.app, name: state.app } });
      }
      case 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': {
        const name = url.searchParams.get('check_name');
        const runs = state.checkRuns.filter((r) => r.head_sha === seg[5] && (name === null || r.name === name));
        return send(200, { total_count: runs.length, check_runs: runs.map((r) => ({ id: r.id, head_sha: r.head_sha, name: r.name, external_id: r.external_id ?? null, status: r.status, conclusion: r.conclusion, html_url: `https://github.com/${owner}/${repo}/runs/${r.id}`, app: { id: 15368, slug: state.app, name: state.app } })) });
      }
      case 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = state.checkRuns.find((r) => r.id === Number(seg[5]));
        if (!run) return send(404, { message: 'Not Found' });
        return send(200, { id: run.id, head_sha: run.head_sha, name: run.name, external_id: run.external_id ?? null, status: run.status, conclusion: run.conclusion, output: { ...run.output, annotations_count: run.annotations.length }, app: { id: 15368, slug: state.app, name: state.app } });
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = state.checkRuns.find((r) => r.id === Number(seg[5]));
        if (!run) return send(404, { message: 'Not Found' });
        const output = (body.output ?? {}) as CheckRun['output'] & { annotations?: Record<string, unknown>[] };
        run.output = { title: output.title, summary: output.summary, text: output.text };
        run.annotations.push(...(output.annotations ?? []));
        if (body.conclusion) run.conclusion = body.conclusion as string;
        return send(200, { id: run.id, head_sha: run.head_sha, name: run.name, status: run.status, conclusion: run.conclusion });
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pr = state.pulls.get(Number(seg[5]));
        if (!pr) return send(404, { message: 'Not Found' });
        return send(200, { number: pr.number, state: 'open', body: pr.body, user: user(pr.author), ...(pr.association ? { author_association: pr.association } : {}), head: { sha: pr.headSha, ref: 'feature' }, base: { sha: 'b'.repeat(40), ref: 'main' } });
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
        const pr = state.pulls.get(Number(seg[5]));
        if (!pr) return send(404, { message: 'Not Found' });
        // The fields GitHub's pull-request-review schema requires.
        return page((pr.reviews ?? []).map((r, i) => ({
          id: 500 + i, node_id: `PRR_${i}`, user: user(r.user), body: r.body, state: r.state, commit_id: pr.headSha,
          html_url: `https://github.com/${owner}/${repo}/pull/${pr.number}#pullrequestreview-${500 + i}`,
          pull_request_url: `https://api.github.com/repos/${owner}/${repo}/pulls/${pr.number}`,
          _links: { html: { href: `https://github.com/${owner}/${repo}/pull/${pr.number}#pullrequestreview-${500 + i}` }, pull_request: { href: `https://api.github.com/repos/${owner}/${repo}/pulls/${pr.number}` } },
          author_association: r.association ?? 'NONE', ...(r.state === 'PENDING' ? {} : { submitted_at: r.submittedAt ?? new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
        })));
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': {
        const pr = state.pulls.get(Number(seg[5]));
        if (!pr) return send(404, { message: 'Not Found' });
        return page(pr.files.map((filename, i) => ({ sha: String(i).padStart(40, '0'), filename, status: 'modified', additions: 1, deletions: 0, changes: 1 })));
      }
      case 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': {
        // An open pull request whose head is the commit; one whose head is another commit merged it (merge or squash commit).
        const sha = String(seg[5]);
        const numbers = state.commitPulls.get(sha) ?? [];
        return send(200, numbers.map((n) => {
          const head = state.pulls.get(n)?.headSha ?? sha;
          return head === sha ? { number: n, state: 'open', head: { sha }, merge_commit_sha: null, merged_at: null }
            : { number: n, state: 'closed', head: { sha: head }, merge_commit_sha: sha, merged_at: '2026-01-01T00:00:00Z' };
        }));
      }
      case 'GET /repos/{owner}/{repo}/compare/{basehead}': {
        const basehead = decodeURIComponent(String(seg[5]));
        const files = state.compares.get(basehead);
        if (!files) return send(404, { message: 'Not Found' });
        const [base, head] = basehead.split('...');
        const commitUrl = (sha: string) => `http://127.0.0.1/repos/${owner}/${repo}/commits/${sha}`;
        return send(200, {
          url: `http://127.0.0.1/repos/${owner}/${repo}/compare/${basehead}`, html_url: `https://github.com/${owner}/${repo}/compare/${basehead}`,
          permalink_url: `https://github.com/${owner}/${repo}/compare/${basehead}`, diff_url: '', patch_url: '',
          base_commit: { sha: base, url: commitUrl(base!) }, merge_base_commit: { sha: base, url: commitUrl(base!) },
          status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1, commits: [],
          files: files.map((f) => ({ sha: '0'.repeat(40), blob_url: '', raw_url: '', contents_url: '', changes: f.additions + f.deletions, ...f })),
        });
      }
      case 'GET /repos/{owner}/{repo}/contents/{path}': {
        const filePath = decodeURIComponent(url.pathname.split('/contents/')[1] ?? '');
        const ref = url.searchParams.get('ref') ?? '';
        // The fields GitHub's schema requires of every entry (content-file, content-symlink, a content-directory item).
        const entry = (type: string, at: string, size: number) => {
          const self = `http://127.0.0.1/repos/${owner}/${repo}/contents/${at}?ref=${ref}`;
          const html = `https://github.com/${owner}/${repo}/blob/${ref}/${at}`;
          const git = `http://127.0.0.1/repos/${owner}/${repo}/git/blobs/${'0'.repeat(40)}`;
          return { type, size, name: at.split('/').pop()!, path: at, sha: '0'.repeat(40), url: self, git_url: git, html_url: html, download_url: type === 'file' ? html : null, _links: { self, git, html } };
        };
        const file = (at: string, text: string) => ({ ...entry('file', at, Buffer.byteLength(text)), encoding: 'base64', content: Buffer.from(text).toString('base64') });
        const text = state.contents.get(`${ref}:${filePath}`);
        if (text !== undefined) return send(200, file(filePath, text));
        const target = state.links.get(`${ref}:${filePath}`);
        if (target !== undefined) {
          // GitHub: "If the content is a symlink and the symlink's target is a normal file in the repository, then the API
          // responds with the content of the file. Otherwise, the API responds with an object describing the symlink itself."
          const to = path.posix.normalize(path.posix.join(path.posix.dirname(filePath), target));
          const linked = target.startsWith('/') || to.startsWith('../') ? undefined : state.contents.get(`${ref}:${to}`);
          if (linked !== undefined) return send(200, file(filePath, linked));
          return send(200, { ...entry('symlink', filePath, Buffer.byteLength(target)), target });
        }
        // A folder: the paths directly below it (a path through a symlinked folder is not one: 404, as on GitHub).
        const below = new Map<string, string>();
        for (const [key, kind] of [...[...state.contents.keys()].map((k) => [k, 'file'] as const), ...[...state.links.keys()].map((k) => [k, 'symlink'] as const)]) {
          if (!key.startsWith(`${ref}:${filePath}/`)) continue;
          const rest = key.slice(`${ref}:${filePath}/`.length).split('/');
          below.set(rest[0]!, rest.length > 1 ? 'dir' : kind);
        }
        if (!below.size) return send(404, { message: 'Not Found' });
        return send(200, [...below].map(([name, kind]) => entry(kind, `${filePath}/${name}`, 0)));
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return page((state.comments.get(Number(seg[5])) ?? []).map((c) => ({ id: c.id, body: c.body, user: user(c.user) })));
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const list = state.comments.get(Number(seg[5])) ?? [];
        const c = { id: nextId++, body: String(body.body), user: state.viewer ?? `${state.app}[bot]` };
        list.push(c);
        state.comments.set(Number(seg[5]), list);
        return send(201, { id: c.id, body: c.body, user: user(c.user) });
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        for (const list of state.comments.values()) {
          const c = list.find((x) => x.id === Number(seg[6]));
          if (c) { c.body = String(body.body); return send(200, { id: c.id, body: c.body, user: user(c.user) }); }
        }
        return send(404, { message: 'Not Found' });
      }
      default:
        return send(404, { message: `fake GitHub does not implement ${method} ${template}` });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    violations: () => state.requests.filter((r) => r.errors.length > 0),
    reset() { Object.assign(state, fresh()); },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
