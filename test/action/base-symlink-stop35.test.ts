/**
 * Stop 35: the base commit's checklist (and baseline, CA file) read through symlinks, as a checkout reads it. `git show
 * base:path` gives a symlink's target as text (a working `.github/preflight.yml -> ../ci/preflight.yml` failed as the
 * YAML string "../ci/preflight.yml"), and the contents API answers `type: "symlink"` for a link it does not follow (a
 * broken one was "not found": the preset ran instead of the team's checklist). Both readers now follow links inside the
 * commit and refuse one that leads nowhere, with the working tree's words.
 */
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseReader, readBaseChecklist, resolveInCommit } from '../../src/action/base-checklist.js';
import type { TreeEntry } from '../../src/action/base-checklist.js';
import { createClient } from '../../src/github/client.js';
import { DISCOVERY } from '../../src/run.js';
import { ConfigError, silentLogger } from '../../src/types.js';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';

/** A repository: files (path → text) and symlinks (path → target). */
interface Tree { files?: Record<string, string>; links?: Record<string, string> }

/** A git repository with `tree` committed (symlinks as git stores them, mode 120000); its path and HEAD. */
function gitRepo(tree: Tree): { dir: string; sha: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-base-link-'));
  for (const [name, text] of Object.entries(tree.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  for (const [name, target] of Object.entries(tree.links ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.symlinkSync(target, path.join(dir, name));
  }
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'core.symlinks=true', ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'base');
  return { dir, sha: git('rev-parse', 'HEAD') };
}

/** What reading `file` gives: the text, null, or the error's class and `file: message`. */
async function outcome(p: Promise<string | { file: string; text: string } | null>): Promise<unknown> {
  try {
    const got = await p;
    return got === null || typeof got === 'string' ? got : got.text;
  } catch (e) {
    return { error: (e as Error).name, message: e instanceof ConfigError ? e.format() : (e as Error).message };
  }
}

const CHECKLIST = 'version: 1\nfail-on: high\n';

// Each case: the base commit's tree, the file asked for (undefined: discovery), and what reading it gives.
const CASES: { name: string; tree: Tree; file?: string; what?: string; want: unknown }[] = [
  {
    name: 'a working symlinked checklist is read as its target (discovery)',
    tree: { files: { 'ci/preflight.yml': CHECKLIST }, links: { '.github/preflight.yml': '../ci/preflight.yml' } },
    want: CHECKLIST,
  },
  {
    name: 'a chain of links, and a link through a symlinked folder',
    tree: { files: { 'shared/conf/preflight.yml': CHECKLIST }, links: { 'preflight.yml': 'conf/p.yml', 'conf/p.yml': '../cfg/preflight.yml', cfg: 'shared/conf' } },
    file: 'preflight.yml',
    want: CHECKLIST,
  },
  {
    name: 'a symlinked .github folder holding the checklist',
    tree: { files: { 'ci/gh/preflight.yml': CHECKLIST }, links: { '.github': 'ci/gh' } },
    want: CHECKLIST,
  },
  {
    name: 'a symlinked folder without the checklist is passed over like a plain one (the next discovery path is read)',
    tree: { files: { 'ci/gh/workflows/ci.yml': 'on: push\n', 'preflight.yml': CHECKLIST }, links: { '.github': 'ci/gh' } },
    want: CHECKLIST,
  },
  {
    name: 'a broken link at a discovery path is an error naming the link and its target, not the preset or the next path',
    tree: { files: { 'ci/preflight.yaml': CHECKLIST, 'preflight.yml': 'version: 1\n' }, links: { '.github/preflight.yml': '../ci/preflight.yml' } },
    want: { error: 'ConfigError', message: '.github/preflight.yml: the checklist cannot be read from the base commit SHA: symlink target missing (it points to ../ci/preflight.yml)' },
  },
  {
    name: 'a link whose target is a link to nothing names both',
    tree: { links: { 'PRODUCTION_CHECKLIST.md': 'docs/CHECKLIST.md', 'docs/CHECKLIST.md': 'gone.md' } },
    want: { error: 'ConfigError', message: 'PRODUCTION_CHECKLIST.md: the checklist cannot be read from the base commit SHA: symlink target missing (it points to docs/CHECKLIST.md, docs/CHECKLIST.md points to gone.md)' },
  },
  {
    name: 'a loop',
    tree: { links: { 'a.yml': 'b.yml', 'b.yml': 'a.yml' } },
    file: 'a.yml',
    want: { error: 'ConfigError', message: 'a.yml: the checklist cannot be read from the base commit SHA: symlink loop (it points to b.yml, b.yml points to a.yml)' },
  },
  {
    name: 'a self link',
    tree: { links: { '.github/preflight.yml': 'preflight.yml' } },
    want: { error: 'ConfigError', message: '.github/preflight.yml: the checklist cannot be read from the base commit SHA: symlink loop (it points to preflight.yml)' },
  },
  {
    name: 'a link out of the repository (relative)',
    tree: { links: { '.github/preflight.yml': '../../../etc/passwd' } },
    want: { error: 'ConfigError', message: '.github/preflight.yml: the checklist cannot be read from the base commit SHA: symlink pointing outside the repository (it points to ../../../etc/passwd)' },
  },
  {
    name: 'a link out of the repository (absolute)',
    tree: { links: { 'preflight.yml': '/etc/passwd' } },
    want: { error: 'ConfigError', message: 'preflight.yml: the checklist cannot be read from the base commit SHA: symlink pointing outside the repository (it points to /etc/passwd)' },
  },
  {
    name: 'a link to a folder',
    tree: { files: { 'ci/a.yml': CHECKLIST }, links: { '.github/preflight.yml': '../ci' } },
    want: { error: 'ConfigError', message: '.github/preflight.yml: the checklist cannot be read from the base commit SHA: symlink to a folder, not a file (it points to ../ci)' },
  },
  {
    // Ten links: GitHub serves the last one (to a file) as that file, git shows it; either way the ninth is one too many.
    name: 'a chain longer than 8 links',
    tree: { files: { 'l10.yml': CHECKLIST }, links: Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`l${k}.yml`, `l${k + 1}.yml`])) },
    file: 'l0.yml',
    want: { error: 'ConfigError', message: `l0.yml: the checklist cannot be read from the base commit SHA: more than 8 symlinks in a row (it points to l1.yml, ${Array.from({ length: 8 }, (_, k) => `l${k + 1}.yml points to l${k + 2}.yml`).join(', ')})` },
  },
  {
    name: 'a chain of 8 links is followed',
    tree: { files: { 'l8.yml': CHECKLIST }, links: Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`l${k}.yml`, `l${k + 1}.yml`])) },
    file: 'l0.yml',
    want: CHECKLIST,
  },
  {
    name: 'a baseline through a broken link names its role',
    tree: { links: { '.preflight-baseline.json': 'ci/baseline.json' } },
    file: '.preflight-baseline.json',
    what: 'baseline',
    want: { error: 'ConfigError', message: '.preflight-baseline.json: the baseline cannot be read from the base commit SHA: symlink target missing (it points to ci/baseline.json)' },
  },
  {
    name: 'a baseline through a working link',
    tree: { files: { 'ci/baseline.json': '{"version":1}' }, links: { '.preflight-baseline.json': 'ci/baseline.json' } },
    file: '.preflight-baseline.json',
    what: 'baseline',
    want: '{"version":1}',
  },
  {
    name: 'a folder at the path is refused (git show used to give its listing as text)',
    tree: { files: { 'preflight.yml/x': 'x' } },
    file: 'preflight.yml',
    want: { error: 'ConfigError', message: 'preflight.yml: the checklist cannot be read from the base commit SHA: a folder, not a file' },
  },
  {
    name: 'nothing at the path, a folder link to nothing, a link out of the repository on the way: not found',
    tree: { files: { 'app.py': '' }, links: { docs: '../site/docs', '.github': 'missing' } },
    want: null,
  },
];

/** Reads a case through `reader`: the named file (as the baseline or checklist), or discovery. */
function read(reader: ReturnType<typeof baseReader>, c: (typeof CASES)[number], sha: string) {
  if (c.what) return reader(c.file!, c.what);
  return readBaseChecklist(reader, c.file, (p) => p, sha);
}

const expected = (want: unknown, sha: string) => (typeof want === 'object' && want !== null ? { ...want, message: (want as { message: string }).message.replace('SHA', sha.slice(0, 12)) } : want);

describe('the base commit in the clone: git follows symlinks inside the commit', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const repo = gitRepo(c.tree);
      // The working tree is never read: a pull request's head may have changed it.
      fs.rmSync(path.join(repo.dir, 'ci'), { recursive: true, force: true });
      const reader = baseReader({ root: repo.dir, baseSha: repo.sha, client: null, repo: null });
      expect(await outcome(read(reader, c, repo.sha))).toEqual(expected(c.want, repo.sha));
    });
  }

  // Sweep 2c R1: a path is taken as written, not as git pathspec magic (`:prod.yml`, `:(glob)…`).
  it('reads a checklist whose name starts with `:` and takes `:(glob)` literally', async () => {
    const repo = gitRepo({ files: { ':prod.yml': CHECKLIST, 'ci/strict.yml': CHECKLIST } });
    const reader = baseReader({ root: repo.dir, baseSha: repo.sha, client: null, repo: null });
    expect(await readBaseChecklist(reader, ':prod.yml', (p) => p, repo.sha)).toEqual({ file: ':prod.yml', text: CHECKLIST });
    expect(await outcome(reader(':(glob)ci/strict.yml'))).toBeNull();
  });

  it('reads from a sub-folder of the repository (paths from the top level)', async () => {
    const repo = gitRepo({ files: { 'ci/preflight.yml': CHECKLIST, 'svc/app.py': '' }, links: { 'svc/.github/preflight.yml': '../../ci/preflight.yml' } });
    const reader = baseReader({ root: path.join(repo.dir, 'svc'), baseSha: repo.sha, client: null, repo: null });
    expect(await readBaseChecklist(reader, undefined, (p) => `svc/${p}`, repo.sha)).toEqual({ file: 'svc/.github/preflight.yml', text: CHECKLIST });
  });
});

describe('the base commit through the contents API (not in the clone)', () => {
  const TOKEN = 'ghs_base_symlink_35';
  const baseSha = 'c'.repeat(40);
  const shallow = gitRepo({ files: { 'app.py': '' } });
  let gh: FakeGitHub;
  beforeAll(async () => { gh = await startFakeGitHub({ token: TOKEN }); });
  afterAll(async () => { await gh.close(); });
  beforeEach(() => { gh.reset(); });
  const reader = () => baseReader({
    root: shallow.dir, baseSha, repo: { owner: 'acme', repo: 'shop' },
    client: createClient({ token: TOKEN, baseUrl: gh.url, logger: silentLogger, retryMs: 1 }),
  });
  const serve = (tree: Tree) => {
    for (const [p, text] of Object.entries(tree.files ?? {})) gh.state.contents.set(`${baseSha}:${p}`, text);
    for (const [p, target] of Object.entries(tree.links ?? {})) gh.state.links.set(`${baseSha}:${p}`, target);
  };

  // The same cases, the same answers: how deep the checkout fetched does not change what gates.
  for (const c of CASES) {
    it(c.name, async () => {
      serve(c.tree);
      expect(await outcome(read(reader(), c, baseSha))).toEqual(expected(c.want, baseSha));
      expect(gh.violations()).toEqual([]);
    });
  }

  it('follows a symlink the API answers as a symlink object (GitHub serves only a link to a file as that file)', async () => {
    serve({ files: { 'ci/preflight.yml': CHECKLIST }, links: { '.github/preflight.yml': 'link.yml', '.github/link.yml': '../ci/preflight.yml' } });
    expect(await readBaseChecklist(reader(), undefined, (p) => p, baseSha)).toEqual({ file: '.github/preflight.yml', text: CHECKLIST });
    const asked = gh.state.requests.filter((r) => r.template === '/repos/{owner}/{repo}/contents/{path}').map((r) => decodeURIComponent(r.path.split('/contents/')[1]!));
    // The first answer is the symlink object; its target is asked for next (GitHub follows that one to the file).
    expect(asked).toEqual(['.github/preflight.yml', '.github/link.yml']);
  });

  it("the fake's symlink, file and folder answers are what GitHub's OpenAPI description says", async () => {
    serve({ files: { 'ci/preflight.yml': CHECKLIST }, links: { '.github/preflight.yml': '../ci/gone.yml', '.github/ok.yml': '../ci/preflight.yml' } });
    const require = createRequire(import.meta.url);
    const spec = require('@octokit/openapi/generated/api.github.com.json') as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
    ajv.addSchema(spec, 'gh');
    const validate = ajv.compile({ $ref: 'gh#/paths/~1repos~1{owner}~1{repo}~1contents~1{path}/get/responses/200/content/application~1json/schema' });
    const get = async (p: string) => (await fetch(`${gh.url}/repos/acme/shop/contents/${p}?ref=${baseSha}`, { headers: { authorization: `token ${TOKEN}` } })).json() as Promise<Record<string, unknown>>;
    const symlink = await get('.github/preflight.yml');
    expect(symlink).toMatchObject({ type: 'symlink', target: '../ci/gone.yml', path: '.github/preflight.yml' });
    const file = await get('.github/ok.yml');
    expect(file).toMatchObject({ type: 'file', content: Buffer.from(CHECKLIST).toString('base64') });
    const folder = await get('.github');
    expect(folder).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'symlink', name: 'preflight.yml' })]));
    for (const body of [symlink, file, folder]) {
      expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);
    }
  });
});

describe('resolveInCommit', () => {
  /** A lookup over a tree held in memory, recording what it was asked. */
  const lookupOf = (tree: Tree, asked: string[] = []) => async (p: string): Promise<TreeEntry | null> => {
    asked.push(p);
    const text = tree.files?.[p];
    if (text !== undefined) return { type: 'file', read: async () => text };
    const target = tree.links?.[p];
    if (target !== undefined) return { type: 'symlink', target };
    const below = [...Object.keys(tree.files ?? {}), ...Object.keys(tree.links ?? {})].some((k) => k.startsWith(`${p}/`));
    return below ? { type: 'dir' } : null;
  };

  it('looks for folders on the way only when the path itself is not there', async () => {
    const asked: string[] = [];
    expect(await resolveInCommit(lookupOf({ files: { 'a/b/c.yml': 'x' } }, asked), 'a/b/c.yml')).toEqual({ text: 'x' });
    expect(asked).toEqual(['a/b/c.yml']);
  });
  it('resolves `..` in a target against the link\'s own folder, and refuses one climbing above the root', async () => {
    const tree = { files: { 'x/y.yml': 'y' }, links: { 'a/b/l.yml': '../../x/y.yml', 'a/up.yml': '../../y.yml' } };
    expect(await resolveInCommit(lookupOf(tree), 'a/b/l.yml')).toEqual({ text: 'y' });
    expect(await resolveInCommit(lookupOf(tree), 'a/up.yml')).toEqual({ problem: 'symlink pointing outside the repository (it points to ../../y.yml)' });
  });
  it('ends on a ring of links through every discovery path, whichever it starts from', async () => {
    const next = (k: number) => DISCOVERY[(k + 1) % DISCOVERY.length]!;
    const links = Object.fromEntries(DISCOVERY.map((p, k) => [p, path.posix.relative(path.posix.dirname(p), next(k))]));
    for (const p of DISCOVERY) expect(await resolveInCommit(lookupOf({ links }), p)).toEqual({ problem: expect.stringMatching(/^symlink loop \(it points to /) });
  });
});
