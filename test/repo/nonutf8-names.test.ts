/**
 * QA stop 38 (robust9 D2): a tracked file whose name is not UTF-8 (a Latin-1 `caf\xe9.env`) was listed under a mangled
 * name (`caf\uFFFD.env`) no file has: a Dockerfile so named was skipped as if there were none, a `.env` reported as
 * unreadable with a SARIF URI and a `git rm` command that named nothing, and no word said. Such names are now named as
 * git quotes them (`caf\351.env`), read by their bytes, and said on stderr.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/checks/env-file-committed.js';
import { toSarif } from '../../src/report/sarif.js';
import { listFiles } from '../../src/repo/files.js';
import { quoteName, RepoReader, unquoteName } from '../../src/repo/read.js';
import { run } from '../../src/run.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** A repository (or, with `git: false`, a plain folder) holding `files` (names as Latin-1 bytes, so `é` is the byte 0xE9), committed. */
function repoWith(files: Record<string, string>, opts: { git?: boolean; utf8?: Record<string, string> } = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-nonutf8-'));
  const write = (name: Buffer, content: string) => {
    const abs = Buffer.concat([Buffer.from(`${root}/`), name]);
    fs.mkdirSync(abs.subarray(0, abs.lastIndexOf(0x2f)), { recursive: true });
    fs.writeFileSync(abs, content);
  };
  for (const [name, content] of Object.entries(files)) write(latin1(name), content);
  for (const [name, content] of Object.entries(opts.utf8 ?? {})) write(Buffer.from(name, 'utf8'), content);
  if (opts.git !== false) {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A', '-f');
    git('commit', '-q', '-m', 'init');
  }
  return root;
}

describe('quoteName / unquoteName', () => {
  it("quote each byte that is not part of a UTF-8 character as git does, and give the bytes back", () => {
    expect(quoteName(latin1('caf\xe9.env'))).toBe('caf\\351.env');
    expect(quoteName(latin1('d\xe9p/Dockerfile'))).toBe('d\\351p/Dockerfile');
    // UTF-8 characters stay as they are; a backslash of such a name is doubled, so the quoting reads one way only.
    expect(quoteName(Buffer.concat([Buffer.from('é\\'), latin1('\xff')]))).toBe('é\\\\\\377');
    for (const bytes of [latin1('caf\xe9.env'), latin1('a\\b\xe9'), Buffer.concat([Buffer.from('ü/'), latin1('x\xc3')])]) {
      expect(unquoteName(quoteName(bytes))).toEqual(bytes);
    }
  });

  it('give nothing for a name quoteName does not write', () => {
    expect(unquoteName('plain.env')).toBeNull();
    expect(unquoteName('C:\\dir\\x.env')).toBeNull();
    // The escapes of a UTF-8 character (quoteName leaves é as it is), of ASCII, and a lone backslash: not its output.
    expect(unquoteName('caf\\303\\251.env')).toBeNull();
    expect(unquoteName('\\101.env')).toBeNull();
    expect(unquoteName('a\\b\\351')).toBeNull();
  });
});

describe('a tracked file whose name is not UTF-8', () => {
  it('is listed as git quotes it, and the reader opens it by its bytes', async () => {
    const dir = repoWith({ 'caf\xe9.env': 'X=1\n', 'd\xe9p/Dockerfile': 'FROM node:latest\n' }, { utf8: { 'ünï.env': 'Y=2\n' } });
    const listing = await listFiles(dir);
    expect(listing.files).toEqual(['caf\\351.env', 'd\\351p/Dockerfile', 'ünï.env']);
    expect(listing.quoted).toEqual(['caf\\351.env', 'd\\351p/Dockerfile']);
    const reader = new RepoReader(listing.root);
    expect(reader.read('caf\\351.env')).toBe('X=1\n');
    expect(reader.read('d\\351p/Dockerfile')).toBe('FROM node:latest\n');
    expect(reader.read('ünï.env')).toBe('Y=2\n');
    expect(reader.skipped).toEqual([]);
  });

  it('is judged, located under its quoted name, with a git rm command and a SARIF URI that name the real file', async () => {
    const dir = repoWith({ 'caf\xe9.env': 'X=1\n', 'd\xe9p/Dockerfile': 'FROM node:latest\n', 'c.yml': 'version: 1\nitems:\n  - { id: pinned, check: image-tag-pinned }\n  - { id: env, check: env-file-committed }\n' });
    const warnings: string[] = [];
    const { report, root } = await run({ dir, cwd: dir, checklist: 'c.yml', probes: false, env: {}, logger: { info: () => {}, debug: () => {}, warn: (m) => { warnings.push(m); } } });
    expect(report.items.find((i) => i.id === 'pinned')).toMatchObject({ status: 'fail' });
    expect(report.findings.filter((f) => f.check === 'image-tag-pinned').map((f) => `${f.file}:${f.line}`)).toEqual(['d\\351p/Dockerfile:1']);
    const env = report.findings.filter((f) => f.check === 'env-file-committed');
    expect(env.map((f) => f.file)).toEqual(['caf\\351.env']);
    // Read (its variable counted), not "its content could not be read".
    expect(env[0]!.message).toMatch(/committed with 1 variable/);
    expect(env[0]!.message).toContain("git rm --cached $'caf\\351.env'");
    expect(warnings.join('\n')).toMatch(/2 file names are not UTF-8 \(caf\\351\.env, d\\351p\/Dockerfile\)/);
    const sarif = toSarif(report, { checklistFile: 'c.yml', root });
    const uris = sarif.runs[0]!.results!.flatMap((r) => r.locations ?? []).map((l) => l.physicalLocation?.artifactLocation?.uri);
    expect(uris).toEqual(expect.arrayContaining(['caf%E9.env', 'd%E9p/Dockerfile']));
  });

  it('makes a git rm command that bash reads as the bytes of the name', () => {
    const cmd = shellQuote('caf\\351.env');
    expect(cmd).toBe("$'caf\\351.env'");
    const bytes = execFileSync('bash', ['-c', `printf %s ${cmd}`]);
    expect(bytes).toEqual(latin1('caf\xe9.env'));
    // A UTF-8 name is quoted as before.
    expect(shellQuote('a b.env')).toBe("'a b.env'");
    expect(shellQuote('x\\y.env')).toBe("'x\\y.env'");
  });

  it('is refused when it is a symlink out of the repository, as any tracked link is', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.env'), 'TOKEN=1\n');
    const dir = repoWith({ 'ok.txt': 'x\n' });
    fs.symlinkSync(path.join(outside, 'secret.env'), Buffer.concat([Buffer.from(`${dir}/`), latin1('l\xe9.env')]));
    fs.symlinkSync(outside, Buffer.concat([Buffer.from(`${dir}/`), latin1('d\xe9r')]));
    const reader = new RepoReader(dir);
    expect(reader.read('l\\351.env')).toBeNull();
    expect(reader.read('d\\351r/secret.env')).toBeNull();
    expect(reader.skipped.map((s) => `${s.file}: ${s.reason}`)).toEqual(['l\\351.env: symlink pointing outside the repository', 'd\\351r/secret.env: symlink pointing outside the repository']);
  });

  it('leaves a UTF-8 name with a backslash in it what it is', async () => {
    const dir = repoWith({}, { utf8: { 'x\\351y.env': 'LITERAL=1\n' } });
    const listing = await listFiles(dir);
    expect(listing.files).toEqual(['x\\351y.env']);
    expect(listing.quoted).toBeUndefined();
    expect(new RepoReader(listing.root).read('x\\351y.env')).toBe('LITERAL=1\n');
  });

  it('whose quoting is also the name of another tracked file is listed once, and said', async () => {
    const dir = repoWith({ 'caf\xe9.env': 'LATIN=1\n' }, { utf8: { 'caf\\351.env': 'LITERAL=1\n' } });
    const listing = await listFiles(dir);
    expect(listing.files).toEqual(['caf\\351.env']);
    expect(listing.quoteClashes).toEqual(['caf\\351.env']);
    const warnings: string[] = [];
    await run({ dir, cwd: dir, probes: false, env: {}, logger: { info: () => {}, debug: () => {}, warn: (m) => { warnings.push(m); } } });
    expect(warnings).toContainEqual(expect.stringMatching(/^caf\\351\.env: two tracked files have this name as shown here .*only one of them is checked/));
  });

  it('outside git, is walked, named and read the same way', async () => {
    const dir = repoWith({ 'caf\xe9.env': 'X=1\n', 'd\xe9p/sub/Dockerfile': 'FROM node:latest\n', 'ok.txt': 'x\n' }, { git: false });
    const listing = await listFiles(dir);
    expect(listing.git).toBe(false);
    expect(listing.files).toEqual(['caf\\351.env', 'd\\351p/sub/Dockerfile', 'ok.txt']);
    expect(listing.quoted).toEqual(['caf\\351.env', 'd\\351p/sub/Dockerfile']);
    expect(new RepoReader(listing.root).read('d\\351p/sub/Dockerfile')).toBe('FROM node:latest\n');
  });
});
