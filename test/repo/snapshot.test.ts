import { describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Snapshot, MAX_FILE_BYTES, TEMPLATED_SKIP, ERB_SKIP, neutralizeTemplate } from '../../src/repo/snapshot.js';
import { LFS_POINTER_PROBLEM } from '../../src/repo/read.js';
import { neutralizeErb, neutralizeMavenTokens } from '../../src/repo/prerender.js';
import { listFiles } from '../../src/repo/files.js';
import { makeRepo } from '../helpers/repo.js';
import { snapshotOf } from '../helpers/check-tester.js';

describe('listFiles', () => {
  it('lists tracked files only, relative to the git top level, limited to the scanned folder', async () => {
    const repo = makeRepo({ 'a/Dockerfile': 'FROM x\n', 'b/c.txt': 'c', '.gitignore': '.env\n' }, { 'a/untracked.txt': 'u', 'a/.env': 'SECRET=1' });
    const all = await listFiles(repo);
    expect(all.files.sort()).toEqual(['.gitignore', 'a/Dockerfile', 'b/c.txt']);
    const sub = await listFiles(path.join(repo, 'a'));
    expect(sub.base).toBe('a');
    expect(sub.files).toEqual(['a/Dockerfile']);
  });

  it('outside git, walks the tree honouring nested .gitignore files', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-walk-'));
    const w = (rel: string, c: string) => { fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true }); fs.writeFileSync(path.join(root, rel), c); };
    w('.gitignore', 'node_modules/\n*.log\n');
    w('app/.gitignore', 'secret.txt\n');
    w('app/secret.txt', 'x'); w('app/main.py', 'x'); w('node_modules/a/index.js', 'x'); w('debug.log', 'x');
    const l = await listFiles(root);
    expect(l.git).toBe(false);
    expect(l.files).toEqual(['.gitignore', 'app/.gitignore', 'app/main.py']);
  });

  it('outside git, a deeper .gitignore re-includes what a shallower one ignores, as git does', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-walk-'));
    const w = (rel: string, c: string) => { fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true }); fs.writeFileSync(path.join(root, rel), c); };
    w('.gitignore', '*.log\n'); w('sub/.gitignore', '!keep.log\n'); w('sub/keep.log', 'x'); w('sub/drop.log', 'x'); w('top.log', 'x');
    expect((await listFiles(root)).files).toEqual(['.gitignore', 'sub/.gitignore', 'sub/keep.log']);
  });

  it('a repository git cannot read is a configuration error naming git\'s reason, never a walk or a crash', async () => {
    // A `.git` file naming a missing gitdir (a moved worktree or submodule).
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-walk-'));
    fs.writeFileSync(path.join(moved, '.git'), `gitdir: ${path.join(moved, 'gone')}\n`);
    fs.writeFileSync(path.join(moved, 'a.txt'), 'x');
    await expect(listFiles(moved)).rejects.toThrow(/looks like a git repository, but git cannot read it: .*not a git repository/);
    // A truncated index.
    const repo = makeRepo({ 'a.txt': 'x' });
    const index = path.join(repo, '.git', 'index');
    fs.writeFileSync(index, fs.readFileSync(index).subarray(0, 20));
    await expect(listFiles(repo)).rejects.toMatchObject({ name: 'ConfigError', message: expect.stringMatching(/git cannot list the files of .*: .*index/) });
  });

  it('with no git on PATH, a folder in a repository is a configuration error, never a walk judging untracked files (QA34 cli5 D1)', async () => {
    const repo = makeRepo({ 'app/Dockerfile': 'FROM x\n' }, { 'prod.env': 'SECRET=1\n', 'app/Dockerfile.worker': 'FROM y\n' });
    // A worktree or submodule: `.git` is a file naming the gitdir.
    const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-walk-'));
    fs.writeFileSync(path.join(worktree, '.git'), `gitdir: ${path.join(repo, '.git')}\n`);
    fs.writeFileSync(path.join(worktree, 'a.env'), 'A=1\n');
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-walk-'));
    fs.writeFileSync(path.join(plain, 'a.env'), 'A=1\n');
    const saved = process.env['PATH'];
    process.env['PATH'] = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-nogit-'));
    try {
      const refused = { name: 'ConfigError', message: expect.stringMatching(/is in a git repository \(.*\.git\), but git was not found on PATH: Preflight reads the files git tracks/) };
      await expect(listFiles(repo)).rejects.toMatchObject(refused);
      // A sub-folder: the `.git` is found above it.
      await expect(listFiles(path.join(repo, 'app'))).rejects.toMatchObject(refused);
      await expect(listFiles(worktree)).rejects.toMatchObject(refused);
      // Outside any repository the walk is what git would have led to: unchanged.
      const walked = await listFiles(plain);
      expect(walked.git).toBe(false);
      expect(walked.files).toEqual(['a.env']);
    } finally {
      process.env['PATH'] = saved;
    }
    // With git on PATH again: the tracked files only.
    expect((await listFiles(repo)).files).toEqual(['app/Dockerfile']);
  });
});

describe('Snapshot', () => {
  it('reads each file at most once however often it is asked for', () => {
    const s = snapshotOf({ 'Dockerfile': 'FROM a\n', 'compose.yml': 'services: {}\n' });
    s.text('Dockerfile'); s.dockerfiles(); s.dockerfiles(); s.lines('Dockerfile'); s.composeFiles(); s.k8sObjects(); s.text('compose.yml');
    expect(s.reads).toBe(2);
  });

  it('a scan on one thread reads no file twice: the pass takes what the checks already read', async () => {
    const { RepoReader } = await import('../../src/repo/read.js');
    const { run } = await import('../../src/run.js');
    const dir = makeRepo({ Dockerfile: 'FROM python:3.12\nCMD ["flask", "run"]\n', 'docker-compose.yml': 'services:\n  web:\n    build: .\n', '.env': 'A=1\n', 'app.py': 'app.run(debug=True)\n' });
    const reads = new Map<string, number>();
    const original = RepoReader.prototype.read;
    const spy = vi.spyOn(RepoReader.prototype, 'read').mockImplementation(function (this: InstanceType<typeof RepoReader>, file: string) {
      reads.set(file, (reads.get(file) ?? 0) + 1);
      return original.call(this, file);
    });
    try {
      const r = await run({ dir, probes: false, env: { PREFLIGHT_THREADS: '0', PREFLIGHT_ENGINE_THREAD: '0' } });
      expect(r.report.findings.length).toBeGreaterThan(0);
    } finally { spy.mockRestore(); }
    expect([...reads.keys()].sort()).toEqual(['.env', 'Dockerfile', 'app.py', 'docker-compose.yml']);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
  });

  it('reads a FIFO as nothing and takes drive-letter and backslash names as ordinary files on POSIX', async () => {
    const { RepoReader } = await import('../../src/repo/read.js');
    const dir = makeRepo({ 'c:notes.env': 'A=1\n', 'a\\..\\b.txt': 'x\n' });
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const r = new RepoReader(dir);
    expect(r.read('c:notes.env')).toBe('A=1\n');
    expect(r.read('a\\..\\b.txt')).toBe('x\n');
    expect(r.read('pipe')).toBeNull();
    expect(r.readNamed('pipe')).toEqual({ reason: 'not found (or not a file)' });
    expect(r.skipped).toEqual([]);
  });

  it('skips binary and oversized files and never follows symlinks out of the root', () => {
    const s = snapshotOf({ 'bin.dat': 'ab\0cd', 'big.txt': 'x'.repeat(MAX_FILE_BYTES + 1), 'ok.txt': 'fine' });
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-outside-'));
    fs.writeFileSync(path.join(outside, 'secret'), 'TOP SECRET');
    fs.symlinkSync(path.join(outside, 'secret'), path.join(s.root, 'link'));
    fs.symlinkSync('ok.txt', path.join(s.root, 'inside-link'));
    const snap = new Snapshot(s.root, ['bin.dat', 'big.txt', 'ok.txt', 'link', 'inside-link', '../escape']);
    expect(snap.text('bin.dat')).toBeUndefined();
    expect(snap.text('big.txt')).toBeUndefined();
    expect(snap.text('link')).toBeUndefined();
    expect(snap.text('../escape')).toBeUndefined();
    expect(snap.text('inside-link')).toBe('fine');
    expect(snap.skipped.map((x) => x.file).sort()).toEqual(['../escape', 'big.txt', 'bin.dat', 'link']);
  });

  it('decodes BOM, CRLF and invalid UTF-8 without throwing', () => {
    const s = snapshotOf({ 'a.txt': '\uFEFFline1\r\nline2\r\n' });
    fs.writeFileSync(path.join(s.root, 'bad.txt'), Buffer.from([0xff, 0xfe, 0x41, 0xc3]));
    const snap = new Snapshot(s.root, ['a.txt', 'bad.txt']);
    expect(snap.lines('a.txt')).toEqual(['line1', 'line2', '']);
    expect(snap.text('bad.txt')).toContain('A');
  });

  it('answers whether .gitignore rules ignore a path, nested files and negations included', () => {
    const s = snapshotOf({ '.gitignore': '.env*\n!.env.example\n', 'svc/.gitignore': '!.env\n' });
    expect(s.gitignored('.env')).toBe(true);
    expect(s.gitignored('.env.production')).toBe(true);
    expect(s.gitignored('.env.example')).toBe(false);
    expect(s.gitignored('svc/.env')).toBe(false);
    expect(s.gitignored('other/.env')).toBe(true);
  });

  it('records YAML problems with locations and keeps other files usable', () => {
    const s = snapshotOf({ 'compose.yml': 'services:\n  a:\n    image: x\n    image: y\n', 'k.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\n' });
    expect(s.composeFiles()).toHaveLength(1);
    expect(s.k8sObjects().map((k) => k.kind)).toEqual(['Pod']);
    expect(s.problems).toEqual([expect.objectContaining({ file: 'compose.yml', line: 4 })]);
  });

  it('reads ASP.NET Core appsettings as .NET does: // and /* */ comments (a colon in one too) and trailing commas, positions kept (QA30 newrules D3)', () => {
    const s = snapshotOf({
      'src/Web/appsettings.json': '{\n  "ConnectionStrings": {\n    // Server: the primary database\n    "Default": "Server=db;Database=app;Trusted_Connection=True", /* a: b */\n  },\n  "AllowedHosts": "*",\n}\n',
      'src/Web/appsettings.Development.json': '{\n  // Blazor Server: show detailed circuit errors locally\n  "DetailedErrors": true,\n  "Note": "http://x // not a comment"\n}\n',
      'src/Web/appsettings.Production.json': '{\n  // Broken: a missing comma\n  "A": 1\n  "B": [1, 2\n}\n',
      'other/settings.json': '{\n  // Server: not .NET configuration\n  "a": 1\n}\n',
    });
    const y = s.yaml('src/Web/appsettings.json')!;
    expect(y.errors).toEqual([]);
    expect(y.docs[0]!.value).toEqual({ ConnectionStrings: { Default: 'Server=db;Database=app;Trusted_Connection=True' }, AllowedHosts: '*' });
    expect(y.docs[0]!.loc(['ConnectionStrings', 'Default'])).toEqual({ line: 4, column: 16 });
    expect(s.yaml('src/Web/appsettings.Development.json')!.docs[0]!.value).toEqual({ DetailedErrors: true, Note: 'http://x // not a comment' });
    s.yaml('src/Web/appsettings.Production.json');
    s.yaml('other/settings.json');
    // A broken appsettings file is still reported; other JSON files are read as before.
    expect([...new Set(s.problems.map((p) => p.file))]).toEqual(['src/Web/appsettings.Production.json', 'other/settings.json']);
  });

  it('resolves compose extends (same file and extends.file) and merge keys', () => {
    const s = snapshotOf({
      'compose.yml': 'x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: app:1\n  worker:\n    extends: { file: common.yml, service: base }\n    command: work\n',
      'common.yml': 'services:\n  base:\n    image: app:2\n    mem_limit: 256m\n',
    });
    const [c] = s.composeFiles().filter((f) => f.path === 'compose.yml');
    const web = c!.services.find((x) => x.name === 'web')!;
    const worker = c!.services.find((x) => x.name === 'worker')!;
    expect(web.value).toMatchObject({ restart: 'always', image: 'app:1' });
    expect(web.loc(['restart'])).toEqual({ line: 2, column: 12 });
    expect(worker.value).toMatchObject({ image: 'app:2', mem_limit: '256m', command: 'work' });
    expect(s.composeFiles().map((f) => f.path).sort()).toEqual(['common.yml', 'compose.yml']);
  });

  it('honours !override and !reset on a service that extends another, and points at the entries that remain', () => {
    const s = snapshotOf({
      'common.yml': 'services:\n  app:\n    image: acme/app:1.0\n    environment: { A: "1", B: "2" }\n    ports: ["6379:6379"]\n    deploy: { resources: { limits: { memory: 1g, cpus: "1" } } }\n',
      'compose.yml': [
        'services:',
        '  over:',
        '    extends: { file: common.yml, service: app }',
        '    ports: !override',
        '      - "8000:8000"',
        '    environment: !override { C: "3" }',
        '    deploy: { resources: { limits: !override { memory: 2g } } }',
        '  reset:',
        '    extends: { file: common.yml, service: app }',
        '    ports: !reset []',
        '    environment: !reset',
        '  plain:',
        '    extends: { file: common.yml, service: app }',
        '    ports: ["8000:8000"]',
        '    environment: { C: "3" }',
        '',
      ].join('\n'),
    });
    const svc = (name: string) => s.composeFiles().find((f) => f.path === 'compose.yml')!.services.find((x) => x.name === name)!;
    expect(svc('over').value).toMatchObject({ ports: ['8000:8000'], environment: { C: '3' }, deploy: { resources: { limits: { memory: '2g' } } } });
    expect((svc('over').value['deploy'] as { resources: { limits: object } }).resources.limits).toEqual({ memory: '2g' });
    expect(svc('over').origin(['ports', 0])).toEqual({ file: 'compose.yml', line: 5, column: 9 });
    expect(svc('reset').value).not.toHaveProperty('ports');
    expect(svc('reset').value).not.toHaveProperty('environment');
    expect(svc('reset').value['image']).toBe('acme/app:1.0');
    // Without tags, lists are appended and mappings merged.
    expect(svc('plain').value).toMatchObject({ ports: ['6379:6379', '8000:8000'], environment: { A: '1', B: '2', C: '3' } });
    expect(svc('plain').origin(['ports', 0])).toEqual({ file: 'common.yml', line: 5, column: 13 });
    expect(svc('plain').origin(['ports', 1])).toEqual({ file: 'compose.yml', line: 14, column: 13 });
  });

  it('marks a compose-named file another names in extends.file as a base, never the main file or an included one', () => {
    const s = snapshotOf({
      'docker-compose.base.yml': 'services:\n  app:\n    image: acme/app:1.0\n',
      'docker-compose.yml': 'include: [compose.shared.yml]\nservices:\n  web:\n    extends: { file: docker-compose.base.yml, service: app }\n  api:\n    extends: { file: compose.shared.yml, service: s }\n',
      'compose.shared.yml': 'services:\n  s:\n    image: acme/s:1.0\n',
      'docker-compose.prod.yml': 'services:\n  web:\n    extends: { file: docker-compose.yml, service: web }\n',
    });
    expect(Object.fromEntries(s.composeFiles().map((f) => [f.path, f.extendedBy ?? null]))).toEqual({
      'compose.shared.yml': null, 'docker-compose.base.yml': 'docker-compose.yml', 'docker-compose.prod.yml': null, 'docker-compose.yml': null,
    });
  });

  it('reports an extends docker compose refuses (a missing file or service, a cycle) at the extends key, and does not judge the service', () => {
    const s = snapshotOf({
      'compose.yml': [
        'services:',
        '  a:',
        '    extends: { file: ./does-not-exist.yml, service: app }',
        '  b:',
        '    extends: nope',
        '  c:',
        '    extends: { file: common.yml, service: missing }',
        '  cyc1:',
        '    extends: cyc2',
        '  cyc2:',
        '    extends:',
        '      service: cyc1',
        '  ok:',
        '    extends: { file: common.yml, service: app }',
        '  far:',
        '    extends: { file: ../outside.yml, service: x }',
        '    image: acme/far:1.0',
        '',
      ].join('\n'),
      'common.yml': 'services:\n  app:\n    image: acme/app:1.0\n',
    });
    const services = s.composeFiles().find((f) => f.path === 'compose.yml')!.services;
    expect(services.map((x) => x.name)).toEqual(['ok']);
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'compose.yml:3:5 services.a.extends names file ./does-not-exist.yml, which is not in the repository: docker compose refuses the file',
      'compose.yml:5:5 services.b.extends names service \'nope\', which this file does not define: docker compose refuses the file',
      'compose.yml:7:5 services.c.extends names service \'missing\', which common.yml does not define: docker compose refuses the file',
      'compose.yml:11:5 services.cyc2.extends leads back to service \'cyc1\' (cyc1 → cyc2 → cyc1), a cycle: docker compose refuses the file',
      'compose.yml:9:5 services.cyc1.extends leads back to service \'cyc2\' (cyc2 → cyc1 → cyc2), a cycle: docker compose refuses the file',
      'compose.yml:16:22 services.far.extends names file ../outside.yml, which is outside the repository and was not read: the service is not judged without its base',
    ]);
  });

  it('an extends.file that leaves the repository is said at its file: value, and the service is not judged without its base (QA30 D2)', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-outside-'));
    fs.writeFileSync(path.join(outside, 'base.yml'), 'services:\n  base:\n    image: postgres:16\n    ports: ["5432:5432"]\n');
    const root = makeRepo({
      'deploy/docker-compose.yml': [
        'services:',
        '  db:',
        '    extends:',
        `      file: ../../${path.basename(outside)}/base.yml`,
        '      service: base',
        '    restart: always',
        '  up:',
        '    extends: { file: ../../../../../../../../etc/hostname, service: x }',
        '  near:',
        '    extends: { file: ../common/base.yml, service: base }',
        '',
      ].join('\n'),
      'common/base.yml': 'services:\n  base:\n    image: acme/base:1.0\n',
    });
    fs.renameSync(outside, path.join(path.dirname(root), path.basename(outside)));
    const listing = await listFiles(root);
    const s = new Snapshot(listing.root, listing.files, listing.base);
    const compose = s.composeFiles().find((c) => c.path === 'deploy/docker-compose.yml')!;
    // A base inside the repository, in another folder, is still read.
    expect(compose.services.map((x) => x.name)).toEqual(['near']);
    expect(compose.services[0]!.value['image']).toBe('acme/base:1.0');
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      `deploy/docker-compose.yml:4:13 services.db.extends names file ../../${path.basename(outside)}/base.yml, which is outside the repository and was not read: the service is not judged without its base`,
      'deploy/docker-compose.yml:8:22 services.up.extends names file ../../../../../../../../etc/hostname, which is outside the repository and was not read: the service is not judged without its base',
    ]);
    // Nothing of the outside file is read.
    expect(JSON.stringify(compose)).not.toContain('postgres');
  });

  it('scanning a sub-folder, an extends.file outside it (inside the repository) is read, not refused (QA27 D2)', async () => {
    const root = makeRepo({
      'deploy/common/base.yml': 'services:\n  base:\n    image: ghcr.io/acme/base:1.0\n    restart: always\n',
      'services/worker/compose.yaml': [
        'services:',
        '  worker:',
        '    extends: { file: ../../deploy/common/base.yml, service: base }',
        '    environment:',
        '      FLASK_DEBUG: "1"',
        '  gone:',
        '    extends: { file: ../../deploy/common/missing.yml, service: base }',
        '  wrong:',
        '    extends: { file: ../../deploy/common/base.yml, service: nope }',
        '',
      ].join('\n'),
    });
    const listing = await listFiles(path.join(root, 'services/worker'));
    expect(listing.files).toEqual(['services/worker/compose.yaml']);
    const s = new Snapshot(listing.root, listing.files, listing.base);
    const compose = s.composeFiles();
    // The base file is read for the service that extends it, not judged as a compose file of the folder.
    expect(compose.map((c) => c.path)).toEqual(['services/worker/compose.yaml']);
    const worker = compose[0]!.services.find((x) => x.name === 'worker')!;
    expect(worker.value['image']).toBe('ghcr.io/acme/base:1.0');
    expect(worker.value['restart']).toBe('always');
    expect(compose[0]!.services.map((x) => x.name)).toEqual(['worker']);
    // A file that is not there, or a service the base does not define, is still refused.
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'services/worker/compose.yaml:7:5 services.gone.extends names file ../../deploy/common/missing.yml, which is not in the repository: docker compose refuses the file',
      'services/worker/compose.yaml:9:5 services.wrong.extends names service \'nope\', which deploy/common/base.yml does not define: docker compose refuses the file',
    ]);
  });

  it('scanning a sub-folder, an extends.file that leaves the repository through a symlink is not read', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-outside-'));
    fs.writeFileSync(path.join(outside, 'base.yml'), 'services:\n  base:\n    image: evil:1\n');
    const root = makeRepo({ 'services/worker/compose.yaml': 'services:\n  worker:\n    extends: { file: ../../deploy/base.yml, service: base }\n    image: acme/w:1\n' });
    fs.symlinkSync(outside, path.join(root, 'deploy'));
    const listing = await listFiles(path.join(root, 'services/worker'));
    const s = new Snapshot(listing.root, listing.files, listing.base);
    expect(s.composeFiles()[0]!.services).toEqual([]);
    expect(s.problems.map((p) => p.message)).toEqual([expect.stringMatching(/names file \.\.\/\.\.\/deploy\/base\.yml, which is not in the repository/)]);
  });

  it('reports an include: naming a file that is not in the repository at that path, not one leaving the repository (QA34 compose4 D4)', async () => {
    const s = snapshotOf({
      'compose.yaml': 'include:\n  - ./monitoring/compose.monitoring.yaml\n  - ../../../../etc/compose.yaml\n  - path: [infra/db.yaml, infra/db.prod.yaml]\n  - oci://registry/stack:1\n  - path: infra/db.yaml\n    env_file: infra/db.env\nservices:\n  api:\n    image: acme/api:1.0\n',
      'infra/db.yaml': 'services:\n  db:\n    image: postgres:16\n',
    });
    const files = s.composeFiles();
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'compose.yaml:2:5 include names file ./monitoring/compose.monitoring.yaml, which is not in the repository: docker compose refuses the file',
      // QA36 robust7 D6: one leaving the repository is not read, and said so (as extends.file); a remote one is no file.
      'compose.yaml:3:5 include names file ../../../../etc/compose.yaml, which is outside the repository and was not read: the services it holds are not judged',
      'compose.yaml:4:27 include names file infra/db.prod.yaml, which is not in the repository: docker compose refuses the file',
    ]);
    // The services beside it, and in the included files that are there, are still read.
    expect(files.flatMap((f) => f.services.map((x) => `${f.path}:${x.name}`))).toEqual(['compose.yaml:api', 'infra/db.yaml:db']);
    // Scanning a sub-folder, an included file elsewhere in the repository is no missing file.
    const root = makeRepo({ 'deploy/common/db.yaml': 'services:\n  db:\n    image: postgres:16\n', 'services/api/compose.yaml': 'include:\n  - ../../deploy/common/db.yaml\nservices:\n  api:\n    image: acme/api:1.0\n' });
    const listing = await listFiles(path.join(root, 'services/api'));
    const sub = new Snapshot(listing.root, listing.files, listing.base);
    sub.composeFiles();
    expect(sub.problems).toEqual([]);
  });

  it('reports an empty service (`worker:` with nothing under it) as one docker compose refuses, and judges nothing of it (QA34 compose4 D3)', () => {
    const s = snapshotOf({ 'compose.yaml': 'services:\n  worker:\n  web:\n    image: acme/web:1.0\n  other: ~\n' });
    expect(s.composeFiles()[0]!.services.map((x) => x.name)).toEqual(['web']);
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'compose.yaml:2:3 services.worker is empty, not a mapping: docker compose refuses the file',
      'compose.yaml:5:3 services.other is empty, not a mapping: docker compose refuses the file',
    ]);
  });

  it('reads files named by compose include: as compose files (nested, bounded to the repository, no cycles)', () => {
    const s = snapshotOf({
      'compose.yaml': 'include:\n  - infra/db.yaml\n  - path: infra/cache.yaml\n  - path: [../outside.yaml, missing.yaml, oci://reg/x]\nservices:\n  api:\n    image: myorg/api:2.0\n',
      'infra/db.yaml': 'services:\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n',
      'infra/cache.yaml': 'include: [sub/more.yaml, ../compose.yaml]\nservices:\n  cache:\n    image: redis\n',
      'infra/sub/more.yaml': 'include: [../cache.yaml]\nservices:\n  more:\n    extends: { file: base.yaml, service: b }\n',
      'infra/sub/base.yaml': 'services:\n  b:\n    image: busybox:1\n',
      // Not included, and no compose file by content (a service without image or build: Lando's `type:`).
      'infra/unrelated.yaml': 'services:\n  x:\n    type: nginx\n',
    });
    const files = s.composeFiles();
    expect(files.map((f) => f.path)).toEqual(['compose.yaml', 'infra/cache.yaml', 'infra/db.yaml', 'infra/sub/base.yaml', 'infra/sub/more.yaml']);
    expect(Object.fromEntries(files.map((f) => [f.path, f.includedBy ?? null]))).toEqual({ 'compose.yaml': null, 'infra/cache.yaml': 'compose.yaml', 'infra/db.yaml': 'compose.yaml', 'infra/sub/base.yaml': null, 'infra/sub/more.yaml': 'infra/cache.yaml' });
    const db = files.find((f) => f.path === 'infra/db.yaml')!.services[0]!;
    expect([db.file, db.name, db.line, db.value['image']]).toEqual(['infra/db.yaml', 'db', 2, 'postgres']);
    expect(files.find((f) => f.path === 'infra/sub/more.yaml')!.services[0]!.value['image']).toBe('busybox:1');
    expect(s.k8sObjects()).toEqual([]);
  });

  it('recognises compose files by content whatever their names (older cookiecutter-django: production.yml, local.yml), not other YAML with services', () => {
    const compose = 'version: "3"\nvolumes:\n  data: {}\nx-common: &common\n  restart: always\nservices:\n  django:\n    <<: *common\n    build:\n      context: .\n      dockerfile: ./compose/production/django/Dockerfile\n  redis:\n    image: redis:6\n  worker:\n    extends: django\n';
    const s = snapshotOf({
      'production.yml': compose,
      'local.yml': 'services:\n  django:\n    build: .\n',
      'ops/stack.yaml': 'services:\n  web:\n    image: acme/web:1.0\n',
      // An `extends.file` base stays a base, judged through the services that extend it.
      'base/common.yml': 'services:\n  app:\n    image: acme/app:1.0\n',
      'staging.yml': 'services:\n  app:\n    extends: { file: base/common.yml, service: app }\n',
      // Not compose files: a GitHub workflow, GitLab CI, a render.yaml list, Kubernetes, a Helm chart's values,
      // Ansible variables, a CI file with other top-level keys, an image that is a mapping, an empty services
      // mapping, a service without image or build, and a file that does not parse.
      '.github/workflows/ci.yml': 'services:\n  db:\n    image: postgres:16\n',
      '.gitlab-ci.yml': 'services:\n  db:\n    image: postgres:16\n',
      'render.yaml': 'services:\n  - type: web\n    name: app\n    image: { url: docker.io/acme/app:1 }\n',
      'k8s/svc.yaml': 'apiVersion: v1\nkind: List\nservices:\n  web:\n    image: acme/web:1\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
      'chart/values.yaml': 'services:\n  web:\n    image: acme/web:1\n',
      'group_vars/all.yml': 'services:\n  web:\n    image: acme/web:1\n',
      'ci/pipeline.yml': 'stages: [test]\nservices:\n  db:\n    image: postgres:16\n',
      'helm-values.yaml': 'services:\n  web:\n    image:\n      repository: acme/web\n      tag: "1"\n',
      'empty.yml': 'services: {}\n',
      'lando.yml': 'services:\n  appserver:\n    type: php:8.2\n',
      'broken.yml': 'services:\n  web:\n    image: [\n',
    });
    const files = s.composeFiles();
    expect(files.map((f) => [f.path, f.byContent ?? false])).toEqual([['base/common.yml', false], ['local.yml', true], ['ops/stack.yaml', true], ['production.yml', true], ['staging.yml', true]]);
    const prod = files.find((f) => f.path === 'production.yml')!;
    expect(prod.services.map((x) => [x.name, x.value['restart'] ?? null, x.value['image'] ?? null])).toEqual([['django', 'always', null], ['redis', null, 'redis:6'], ['worker', 'always', null]]);
    // What failed to parse while being looked at is no parse problem of its own.
    expect(s.problems).toEqual([]);
  });
});

describe('templated YAML', () => {
  it('is skipped with one note, never parse problems, whichever view asks first', () => {
    const files = { 'skaffold.yaml': 'apiVersion: skaffold/v4\nkind: Config\nbuild:\n  tag: {{ .Tag }}\n  args: [\n', 'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nspec: {{ .Values.x }}: [\n' };
    const a = snapshotOf(files);
    a.k8sObjects(); a.yaml('skaffold.yaml');
    const b = snapshotOf(files);
    b.yaml('skaffold.yaml'); b.yaml('k8s/deploy.yaml'); b.k8sObjects();
    for (const s of [a, b]) {
      expect(s.problems).toEqual([]);
      expect(s.skipped.filter((x) => x.reason === TEMPLATED_SKIP).map((x) => x.file).sort()).toEqual(['k8s/deploy.yaml', 'skaffold.yaml']);
    }
  });
});

describe('YAML a build step or the framework renders first (QA25 D1, D2)', () => {
  const SPRING = [
    'info:',
    '  app:',
    '    version: @project.version@',
    '    name: @project.name@ API # filtered by Maven',
    'spring:',
    '  profiles:',
    '    active:',
    '      - @spring.profiles.active@',
    '  datasource:',
    '    password: @db.password@',
    'server:',
    '  port: 8080',
  ].join('\n');

  it('Maven filter tokens: plain values starting with @token@ are quoted in place, nothing else moves', () => {
    const out = neutralizeMavenTokens(SPRING)!.split('\n');
    expect(out.length).toBe(SPRING.split('\n').length);
    expect(out[2]).toBe("    version: '@project.version@'");
    expect(out[3]).toBe("    name: '@project.name@ API'");
    expect(out[7]).toBe("      - '@spring.profiles.active@'");
    expect(out[11]).toBe('  port: 8080');
    // Quoted tokens, e-mail addresses and files without tokens are left alone.
    expect(neutralizeMavenTokens('a: "@x@"\nb: ops@example.com\n')).toBeNull();
    expect(neutralizeMavenTokens('a: 1\n')).toBeNull();
  });

  it('Spring config with filter tokens parses (values read as the tokens); a real mistake is still reported where it is', () => {
    const snap = snapshotOf({
      'src/main/resources/application.yml': SPRING,
      'src/main/resources/application-prod.yml': 'app:\n  version: @project.version@\nserver:\n  port: 8080\n  port: 9090\n',
      'config/other.yml': 'version: @project.version@\n',
    });
    const y = snap.yaml('src/main/resources/application.yml')!;
    expect(y.errors).toEqual([]);
    expect((y.docs[0]!.value as any).info.app.version).toBe('@project.version@');
    expect(y.docs[0]!.loc(['spring', 'datasource', 'password'])).toEqual({ line: 10, column: 15 });
    snap.yaml('src/main/resources/application-prod.yml');
    snap.yaml('config/other.yml');
    // Only Spring's configuration files are filtered by Maven's Spring Boot parent.
    expect(snap.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['src/main/resources/application-prod.yml:5', 'config/other.yml:1']);
  });

  const DB = [
    'default: &default',
    '  adapter: postgresql',
    '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>',
    '',
    'production:',
    '  <<: *default',
    '<% if ENV["DATABASE_URL"].present? %>',
    '  url: <%= ENV["DATABASE_URL"] %>',
    '<%- else -%>',
    '  host: <%= ENV.fetch("DB_HOST") { "a: b" } %> # the host',
    '  password: changeme',
    '  <%# the end %>',
    '<% end %>',
  ].join('\r\n');

  it('ERB: control lines are emptied, values holding output tags quoted whole, line for line', () => {
    const out = neutralizeErb(DB)!.split('\r\n');
    expect(out.length).toBe(DB.split('\r\n').length);
    expect([out[6], out[8], out[11], out[12]]).toEqual(['', '', '', '']);
    expect(out[7]).toBe('  url: \'<%= ENV["DATABASE_URL"] %>\'');
    expect(out[9]).toBe('  host: \'<%= ENV.fetch("DB_HOST") { "a: b" } %>\'');
    expect(out[10]).toBe('  password: changeme');
    // A tag over several lines, in a key, alone on a line (it may write structure) or a control tag in a value gives up.
    expect(neutralizeErb('a: <%= x\n  y %>\n')).toBeNull();
    expect(neutralizeErb('<%= ENV["ENV"] %>:\n  a: 1\n')).toBeNull();
    expect(neutralizeErb('<%= render "shared.yml" %>\n')).toBeNull();
    expect(neutralizeErb('a: <% if x %>1<% end %>\n')).toBeNull();
  });

  it('a database.yml with ERB control lines parses; one that cannot be read even so is a note, not a parse problem', () => {
    const snap = snapshotOf({ 'config/database.yml': DB, 'other/config/database.yml': '<%= render "x" %>\nproduction:\n  password: x\n  bad: [\n' });
    const y = snap.yaml('config/database.yml')!;
    expect(y.errors).toEqual([]);
    expect((y.docs[0]!.value as any).production.password).toBe('changeme');
    expect(y.docs[0]!.loc(['production', 'password'])).toEqual({ line: 11, column: 13 });
    snap.yaml('other/config/database.yml');
    expect(snap.problems).toEqual([]);
    expect(snap.skipped.filter((x) => x.reason === ERB_SKIP).map((x) => x.file)).toEqual(['other/config/database.yml']);
  });
});

describe('Dockerfiles the checks do not judge', () => {
  it('templates and oversized files are skipped with a reason; broken ones are parse problems; look-alike names are no Dockerfiles', () => {
    const snap = snapshotOf({
      'Dockerfile.j2': 'FROM {{ base_image }}:{{ base_tag }}\nUSER app\n',
      'tpl/Dockerfile': '{% if dev %}\nFROM node:20\n{% endif %}\n',
      // QA round 19 (ninadvyas/Taskly.App docker/security.dockerfile): a placeholder image Docker refuses, filled in before building.
      'docker/security.dockerfile': 'FROM <valid_image_name>\n\nRUN addgroup --system --gid 1001 nodejs\nUSER nextjs\n',
      'generic/Dockerfile': 'FROM --platform=linux/amd64 <your-base-image:tag> AS base\nUSER 10001\n',
      'hc/Dockerfile': 'FROM node:20-alpine\nUSER node\nHEALTHCHECK CMD docker inspect --format "{{.State.Health}}" x || exit 1\n',
      'Containerfile': 'RUN echo hi\nFROM AS x\n',
      'noimg/Dockerfile': 'FROM\nUSER\n',
      'Dockerfile.dockerignore': 'node_modules\n',
      'Dockerfile.md': '# Use this Dockerfile\n',
      // An env file named after the image: not a Dockerfile (and its values must not reach a parse message).
      'Dockerfile.env': 'DB_PASSWORD=Zr8x4eUgQ2mVtL9w\n',
      'pasted/Dockerfile': 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCYzQ2x4vT9LmNa\nFROM python:3.12-slim\n',
      'big/Dockerfile': `FROM node:20\nRUN echo \\\n${'  && echo x \\\n'.repeat(80_000)}  && true\n`,
    });
    expect(snap.dockerfiles().map((d) => d.path)).toEqual(['hc/Dockerfile']);
    expect(snap.skipped.filter((s) => s.reason.startsWith('templated Dockerfile')).map((s) => s.file).sort()).toEqual(['Dockerfile.j2', 'docker/security.dockerfile', 'generic/Dockerfile', 'tpl/Dockerfile']);
    expect(snap.skipped.filter((s) => s.reason.includes('(a Dockerfile: only the secret scan reads files that large)')).map((s) => s.file)).toEqual(['big/Dockerfile']);
    expect(snap.problems.map((p) => `${p.file}:${p.line} ${p.message.split(':')[0]}`).sort()).toEqual(['Containerfile:1 RUN before the first FROM (only ARG may come first)', 'noimg/Dockerfile:1 FROM names no image', 'pasted/Dockerfile:1 line 1 is not a Dockerfile instruction (expected FROM, or ARG before it)']);
    expect(JSON.stringify(snap.problems)).not.toMatch(/wJalrXUt|Zr8x4eUg/i);
  });
});

describe('Helm templates read with their actions set aside', () => {
  const chart = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "app.fullname" . }}',
    '  labels:',
    '    {{- include "app.labels" . | nindent 4 }}',
    'spec:',
    '  {{- if not .Values.autoscaling.enabled }}',
    '  replicas: {{ .Values.replicaCount }}',
    '  {{- end }}',
    '  template:',
    '    spec:',
    '      securityContext:',
    '        runAsUser: 0',
    '      containers:',
    '        - name: {{ .Chart.Name }}',
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
    '          command: ["npm", "run", "dev"]',
    '          args: [\'{{ include "app.fullname" . }}:{{ .Values.service.port }}\']',
    '          env:',
    '            - name: RELEASE',
    '              value: "{{ include "app.fullname" . }}-web"',
  ].join('\n');

  it('keeps every line where it was, empties action-only lines and quotes values that start with an action', () => {
    const out = neutralizeTemplate(chart)!;
    const lines = out.split('\n');
    expect(lines.length).toBe(chart.split('\n').length);
    expect(lines[5]).toBe('');
    expect(lines[3]).toBe('  name: \'{{ include "app.fullname" . }}\'');
    expect(lines[8]).toBe("  replicas: '{{ .Values.replicaCount }}'");
    expect(lines[16]).toBe(chart.split('\n')[16]); // a quoted scalar holding actions without quotes inside stays
    expect(lines[21]).toBe('              value: \'{{ include "app.fullname" . }}-web\'');
    // Actions in keys, spread over lines or followed by structure give up: the file is skipped as before.
    expect(neutralizeTemplate('spec: {{ .Values.x }}: [\n')).toBeNull();
    expect(neutralizeTemplate('{{ .Values.key }}: 1\n')).toBeNull();
    expect(neutralizeTemplate('a: {{ toYaml .Values.x\n  | nindent 2 }}\n')).toBeNull();
  });

  it('a key whose value is one action piped to nindent/indent renders a block: set aside, the key keeps the children written below it (QA33 k8s D3/D4)', () => {
    const svc = 'metadata:\n  labels: {{- include "common.labels.standard" ( dict "customLabels" .Values.commonLabels "context" $ ) | nindent 4 }}\n    app.kubernetes.io/component: primary\n  annotations: {{ toYaml .Values.annotations | indent 4 }}\nspec:\n  securityContext: {{- omit .Values.podSecurityContext "enabled" | toYaml | nindent 8 }}\n  type: {{ .Values.type }}\n';
    expect(neutralizeTemplate(svc)!.split('\n')).toEqual(['metadata:', '  labels:', '    app.kubernetes.io/component: primary', '  annotations:', 'spec:', '  securityContext:', "  type: '{{ .Values.type }}'", '']);
    // Not a block: an action without nindent, one with text after it, or a list item stays a quoted value.
    expect(neutralizeTemplate('a: {{ .Values.x | quote }}\nb: {{ .Values.y | nindent 2 }}-x\n- {{ .Values.z | nindent 2 }}\n')!.split('\n')).toEqual(["a: '{{ .Values.x | quote }}'", "b: '{{ .Values.y | nindent 2 }}-x'", "- '{{ .Values.z | nindent 2 }}'", '']);
  });

  it('keeps the text of a block scalar as it is, actions inside its lines included (an nginx ConfigMap, QA round 28 D1)', () => {
    const cm = 'metadata:\n  name: {{ include "x" . }}\ndata:\n  nginx.conf: |\n    server_name {{ .Values.host }};\n    {{- range .Values.ips }}\n    allow {{ . }};\n    {{- end }}\n\n    listen {{ .Values.port }} ssl;\n  other: {{ .Values.y }}\n  script: >-\n    echo {{ .Values.z }} done\n';
    expect(neutralizeTemplate(cm)!.split('\n')).toEqual([
      'metadata:', '  name: \'{{ include "x" . }}\'', 'data:', '  nginx.conf: |', '    server_name {{ .Values.host }};', '', '    allow {{ . }};', '', '', '    listen {{ .Values.port }} ssl;',
      "  other: '{{ .Values.y }}'", '  script: >-', '    echo {{ .Values.z }} done', '',
    ]);
    // Outside a block scalar a line holding an action mid-text still gives up.
    expect(neutralizeTemplate('data:\n  a: 1\n  server_name {{ .Values.host }};\n')).toBeNull();
  });

  it("a chart template's literal settings are judged at their lines; its templated values stay unverifiable", () => {
    const snap = snapshotOf({ 'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n', 'chart/templates/deployment.yaml': chart });
    const objs = snap.k8sObjects();
    expect(snap.problems).toEqual([]);
    expect(snap.skipped).toEqual([]);
    expect(objs.map((o) => o.kind)).toEqual(['Deployment']);
    expect(objs[0]!.loc(['spec', 'template', 'spec', 'securityContext', 'runAsUser'])).toEqual({ line: 14, column: 20 });
    const c = (((objs[0]!.value['spec'] as Record<string, unknown>)['template'] as Record<string, unknown>)['spec'] as Record<string, unknown>)['containers'] as Record<string, unknown>[];
    expect(c[0]!['image']).toBe('{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}');
    expect(c[0]!['command']).toEqual(['npm', 'run', 'dev']);
  });

  // QA round 26 D2: Checkov and kube-linter render the chart with its values; a block its values leave off is not rendered.
  const gated = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "web.fullname" . }}',
    'spec:',
    '  template:',
    '    spec:',
    '      {{- if and .Values.volumePermissions.enabled .Values.persistence.enabled }}',
    '      initContainers:',
    '        - name: volume-permissions',
    '          image: bitnami/os-shell:12',
    '          securityContext:',
    '            runAsUser: 0',
    '      {{- end }}',
    '      containers:',
    '        - name: web',
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
    '          env:',
    '            {{- if .Values.debug }}',
    '            - name: FLASK_DEBUG',
    '              value: "1"',
    '            {{- else }}',
    '            - name: FLASK_ENV',
    '              value: production',
    '            {{- end }}',
    '            {{- if not .Values.tls.enabled }}',
    '            - name: INSECURE',
    '              value: "1"',
    '            {{- end }}',
    '            {{- if eq .Values.mode "dev" }}',
    '            - name: MODE_DEV',
    '              value: "1"',
    '            {{- end }}',
    '            {{- with .Values.extraEnv }}',
    '            - name: EXTRA',
    '              value: "1"',
    '            {{- end }}',
  ].join('\n');
  const envNames = (files: Record<string, string>) => {
    const snap = snapshotOf({ 'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n', 'chart/templates/deployment.yaml': gated, ...files });
    const objs = snap.k8sObjects();
    expect(snap.skipped).toEqual([]);
    const spec = ((objs[0]!.value['spec'] as Record<string, unknown>)['template'] as Record<string, unknown>)['spec'] as Record<string, unknown>;
    const env = ((spec['containers'] as Record<string, unknown>[])[0]!['env'] as Record<string, unknown>[]).map((e) => e['name']);
    return { init: Array.isArray(spec['initContainers']), env, line: objs[0]!.loc(['spec', 'template', 'spec', 'containers', 0, 'env', 0, 'value']).line };
  };

  it('a branch that no values file of the chart renders is not read; others and undecidable conditions are (QA D2)', () => {
    // values.yaml leaves debug and volumePermissions off, tls on: those blocks are not rendered, the `else` is; `eq` stays.
    const defaults = 'debug: false\nvolumePermissions:\n  enabled: false\npersistence:\n  enabled: true\ntls:\n  enabled: true\nextraEnv: {}\nmode: prod\n';
    expect(envNames({ 'chart/values.yaml': defaults })).toEqual({ init: false, env: ['FLASK_ENV', 'MODE_DEV'], line: 24 });
    // Without values.yaml nothing is decided: every branch is judged as written.
    expect(envNames({}).env).toEqual(['FLASK_DEBUG', 'FLASK_ENV', 'INSECURE', 'MODE_DEV', 'EXTRA']);
    // A values file of the chart that turns a block on keeps it judged (both branches, as some deployment renders each).
    expect(envNames({ 'chart/values.yaml': defaults, 'chart/values-production.yaml': 'debug: true\nvolumePermissions:\n  enabled: true\n' })).toEqual({ init: true, env: ['FLASK_DEBUG', 'FLASK_ENV', 'MODE_DEV'], line: 21 });
    // Absent keys are false; `with` a non-empty map renders; `not` of a false value renders.
    expect(envNames({ 'chart/values.yaml': 'extraEnv: {A: b}\n' }).env).toEqual(['FLASK_ENV', 'INSECURE', 'MODE_DEV', 'EXTRA']);
    // A parent chart's values for the subchart count as a values set.
    const sub = snapshotOf({ 'Chart.yaml': 'apiVersion: v2\nname: umbrella\nversion: 1.0.0\n', 'values.yaml': 'web:\n  debug: true\n', 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n', 'charts/web/values.yaml': defaults, 'charts/web/templates/deployment.yaml': gated });
    expect(JSON.stringify(sub.k8sObjects()[0]!.value)).toContain('FLASK_DEBUG');
  });

  it('the control structure is given up on (every line kept) when an action spreads over lines or opens a block inline', async () => {
    const { helmDisabledBranches } = await import('../../src/repo/prerender.js');
    expect(helmDisabledBranches('a:\n{{- if .Values.x }}\nb: 1\n{{- end }}\n', [{}])).toBe('a:\n{{- if .Values.x }}\n\n{{- end }}\n');
    expect(helmDisabledBranches('a:\n{{- if (and\n .Values.x) }}\nb: 1\n{{- end }}\n', [{}])).toBeNull();
    expect(helmDisabledBranches('a: {{ if .Values.x }}\nb: 1\n{{- end }}\n', [{}])).toBeNull();
    expect(helmDisabledBranches('a: {{ if .Values.x }}1{{ else }}2{{ end }}\n', [{}])).toBeNull();
    // Nested: an inner block of a disabled one is disabled whatever its own condition.
    expect(helmDisabledBranches('{{- if .Values.x }}\n{{- if .Values.y }}\nb: 1\n{{- end }}\nc: 1\n{{- end }}\nd: 1\n', [{ y: true }])).toBe('{{- if .Values.x }}\n{{- if .Values.y }}\n\n{{- end }}\n\n{{- end }}\nd: 1\n');
  });
});

describe('QA32 helm: template comments, CRLF, if/else alternatives, development values files, why a template is not read', () => {
  const CHART = { 'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n' };
  const svc = [
    '{{- /*',
    'Copyright Broadcom, Inc. All Rights Reserved.',
    'SPDX-License-Identifier: APACHE-2.0',
    '*/}}',
    '',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: {{ include "app.fullname" . }} {{/* the release name */}}',
    'spec:',
    '  type: LoadBalancer',
    '  {{- /* one-line comment */ -}}',
    '  ports:',
    '    - port: 6379',
  ].join('\n');

  it('a template comment, over lines too (a licence header), renders as nothing: the template is read, lines kept (D1)', () => {
    const out = neutralizeTemplate(svc)!;
    expect(out.split('\n')).toHaveLength(14);
    expect(out.split('\n').slice(0, 5)).toEqual(['', '', '', '', '']);
    const snap = snapshotOf({ ...CHART, 'chart/templates/service.yaml': svc });
    const objs = snap.k8sObjects();
    expect(snap.skipped).toEqual([]);
    expect(objs.map((o) => o.kind)).toEqual(['Service']);
    expect(objs[0]!.loc(['spec', 'type'])).toEqual({ line: 11, column: 9 });
    expect(objs[0]!.loc(['spec', 'ports', 0, 'port'])).toEqual({ line: 14, column: 13 });
    // Branches are still decided below a header comment (it no longer hides the control structure).
    const gated = '{{/*\n  header\n*/}}\napiVersion: v1\nkind: ConfigMap\ndata:\n  {{- if .Values.debug }}\n  DEBUG: "1"\n  {{- end }}\n  A: b\n';
    const off = snapshotOf({ ...CHART, 'chart/values.yaml': 'debug: false\n', 'chart/templates/cm.yaml': gated });
    expect(off.k8sObjects()[0]!.value['data']).toEqual({ A: 'b' });
    // A comment that never closes is not one: the template is not read, as before.
    const open = snapshotOf({ ...CHART, 'chart/templates/service.yaml': `{{- /* not closed\n${svc.split('\n').slice(5).join('\n')}\n  x: [\n` });
    expect(open.k8sObjects()).toEqual([]);
    expect(open.skipped.map((k) => k.reason)).toEqual([TEMPLATED_SKIP]);
  });

  it('a CRLF template reads as its LF twin: same objects, lines and columns (D2)', () => {
    const lf = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\n  labels:\n    {{- include "x.labels" . | nindent 4 }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          securityContext:\n            runAsNonRoot: false\n          env:\n            - name: RAILS_ENV\n              value: {{ .Values.env }}\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(neutralizeTemplate(crlf)).toBe(neutralizeTemplate(lf)!.replace(/\n/g, '\r\n'));
    for (const text of [lf, crlf]) {
      const snap = snapshotOf({ ...CHART, 'chart/values.yaml': 'env: production\n', 'chart/templates/deployment.yaml': text });
      const objs = snap.k8sObjects();
      expect(snap.skipped).toEqual([]);
      expect(objs[0]!.loc(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'runAsNonRoot'])).toEqual({ line: 14, column: 27 });
      expect(JSON.stringify(objs[0]!.value)).toContain('"value":"{{ .Values.env }}"');
    }
  });

  const ifElse = (cond: string) => [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: web',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    `          {{- if ${cond} }}`,
    '          securityContext:',
    '            runAsUser: 0',
    '          {{- else }}',
    '          securityContext:',
    '            runAsUser: 1000',
    '          {{- end }}',
    '          image: nginx:1.25',
  ].join('\n');
  const runAsUser = (files: Record<string, string>, cond = '.Values.runAsRoot') => {
    const snap = snapshotOf({ ...CHART, 'chart/templates/deployment.yaml': ifElse(cond), ...files });
    const objs = snap.k8sObjects();
    expect(snap.skipped).toEqual([]);
    const c = ((((objs[0]!.value['spec'] as Record<string, unknown>)['template'] as Record<string, unknown>)['spec'] as Record<string, unknown>)['containers'] as Record<string, unknown>[])[0]!;
    const at = objs[0]!.loc(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'runAsUser']);
    return `${(c['securityContext'] as Record<string, unknown>)['runAsUser']}@${at.line}`;
  };

  it('an if/else writing the same key in each branch keeps one branch: the one the values select, a values file first (D4)', () => {
    // values.yaml alone: the else.
    expect(runAsUser({ 'chart/values.yaml': 'runAsRoot: false\n' })).toBe('1000@15');
    expect(runAsUser({ 'chart/values.yaml': 'runAsRoot: true\n' })).toBe('0@12');
    // values-production.yaml turns the root branch on: that is the deployment judged, not a parse note.
    expect(runAsUser({ 'chart/values.yaml': 'runAsRoot: false\n', 'chart/values-production.yaml': 'runAsRoot: true\n' })).toBe('0@12');
    // …and when production turns it off while values.yaml has it on, the production branch is read.
    expect(runAsUser({ 'chart/values.yaml': 'runAsRoot: true\n', 'chart/values-production.yaml': 'runAsRoot: false\n' })).toBe('1000@15');
    // A condition no values decide, or no values.yaml: the first branch, rather than nothing read.
    expect(runAsUser({ 'chart/values.yaml': 'mode: x\n' }, 'eq .Values.mode "root"')).toBe('0@12');
    expect(runAsUser({}, 'eq .Values.mode "root"')).toBe('0@12');
    // A template outside a chart (no Chart.yaml): the same.
    const bare = snapshotOf({ 'deploy/templates/deployment.yaml': ifElse('.Values.runAsRoot') });
    expect(bare.skipped).toEqual([]);
    expect(bare.k8sObjects()).toHaveLength(1);
  });

  it('branches that fit together stay both read, as before (only a clash picks one)', async () => {
    const { helmDisabledBranches } = await import('../../src/repo/prerender.js');
    const t = 'a:\n{{- if .Values.x }}\n  b: 1\n{{- else }}\n  c: 1\n{{- end }}\n';
    // Both sets select different branches: kept both (the union), unless one branch is asked for.
    expect(helmDisabledBranches(t, [{ x: true }, { x: false }])).toBeNull();
    expect(helmDisabledBranches(t, [{ x: true }, { x: false }], true)).toBe('a:\n{{- if .Values.x }}\n  b: 1\n{{- else }}\n\n{{- end }}\n');
    expect(helmDisabledBranches(t, [{ x: false }, { x: true }], true)).toBe('a:\n{{- if .Values.x }}\n\n{{- else }}\n  c: 1\n{{- end }}\n');
    // Two chains opened on one line are told apart.
    const two = '{{- if .Values.x }}{{ end }}{{- if .Values.y }}\nb: 1\n{{- else }}\nb: 2\n{{- end }}\n';
    expect(helmDisabledBranches(two, [{ y: false }, { y: true }], true)).toBe('{{- if .Values.x }}{{ end }}{{- if .Values.y }}\n\n{{- else }}\nb: 2\n{{- end }}\n');
    // The existing reading of such a chart: both env entries (a list) stay judged.
    const snap = snapshotOf({ ...CHART, 'chart/values.yaml': 'debug: false\n', 'chart/values-production.yaml': 'debug: true\n', 'chart/templates/d.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  {{- if .Values.debug }}\n  DEBUG: "1"\n  {{- else }}\n  QUIET: "1"\n  {{- end }}\n' });
    expect(snap.k8sObjects()[0]!.value['data']).toEqual({ DEBUG: '1', QUIET: '1' });
  });

  it("a development install's values file or chart-testing's ci/ values do not turn a branch on; production ones do (D11)", () => {
    const ifOnly = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  {{- if .Values.debug }}\n  DEBUG: "1"\n  {{- end }}\n  A: b\n';
    const data = (files: Record<string, string>) => snapshotOf({ ...CHART, 'chart/values.yaml': 'debug: false\n', 'chart/templates/cm.yaml': ifOnly, ...files }).k8sObjects()[0]!.value['data'];
    for (const f of ['chart/values-dev.yaml', 'chart/values.local.yaml', 'chart/values-kind.yaml', 'chart/dev-values.yaml', 'chart/values/dev.yaml', 'chart/ci/debug-values.yaml', 'chart/ci/values-ha.yaml']) {
      expect([f, data({ [f]: 'debug: true\n' })]).toEqual([f, { A: 'b' }]);
    }
    for (const f of ['chart/values-production.yaml', 'chart/values.prod.yaml', 'chart/values-staging.yaml', 'chart/values/prod.yaml', 'chart/values-devops.yaml']) {
      expect([f, data({ [f]: 'debug: true\n' })]).toEqual([f, { DEBUG: '1', A: 'b' }]);
    }
  });

  it('a template that still does not parse says where and why (D12)', () => {
    const skipOf = (text: string) => {
      const snap = snapshotOf({ ...CHART, 'chart/templates/x.yaml': text });
      snap.k8sObjects();
      return snap.skipped.map(({ reason, line, column, detail }) => ({ reason, line, column, detail }));
    };
    expect(skipOf('apiVersion: v1\nkind: ConfigMap\ndata:\n  {{- range $k, $v := .Values.env }}\n  {{ $k }}: {{ $v | quote }}\n  {{- end }}\n'))
      .toEqual([{ reason: TEMPLATED_SKIP, line: 5, column: 1, detail: 'an action in a key, or followed by YAML structure' }]);
    expect(skipOf('apiVersion: v1\nkind: ConfigMap\ndata:\n  a: {{ .Values.a\n    | quote }}\n  b: [\n'))
      .toEqual([{ reason: TEMPLATED_SKIP, line: 4, column: 1, detail: 'an action spread over lines' }]);
    const yamlError = skipOf('apiVersion: v1\nkind: ConfigMap\ndata:\n  a: {{ .Values.a }}\n   b: [\n');
    expect(yamlError).toEqual([{ reason: TEMPLATED_SKIP, line: 5, column: expect.any(Number), detail: expect.any(String) }]);
  });
});

describe('Dockerfiles with nothing to build', () => {
  it('empty, comment-only, ARG-only and UTF-16 Dockerfiles are parse problems, never silently skipped', () => {
    const snap = snapshotOf({ 'a/Dockerfile': '', 'b/Dockerfile': '# only comments\n', 'c/Dockerfile': 'ARG BASE=alpine\n', 'ok/Dockerfile': 'FROM alpine:3.20\n' });
    expect(snap.dockerfiles().map((d) => d.path)).toEqual(['ok/Dockerfile']);
    expect(snap.problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['a/Dockerfile', 1, 'no instructions (empty, or only comments): Docker refuses to build it'],
      ['b/Dockerfile', 1, 'no instructions (empty, or only comments): Docker refuses to build it'],
      ['c/Dockerfile', 1, 'no FROM instruction: Docker refuses to build it'],
    ]);
  });
  it('a UTF-16 Dockerfile on disk is named as not UTF-8 text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-utf16-'));
    try {
      fs.mkdirSync(path.join(dir, 'd'));
      fs.writeFileSync(path.join(dir, 'd', 'Dockerfile'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('FROM alpine\n', 'utf16le')]));
      const snap = new Snapshot(dir, ['d/Dockerfile']);
      expect(snap.dockerfiles()).toEqual([]);
      expect(snap.problems.map((p) => p.message)).toEqual(['not UTF-8 text (UTF-16, with a byte-order mark): Docker refuses to build it']);
      // Without a byte-order mark: NUL bytes, binary to the reader.
      fs.writeFileSync(path.join(dir, 'd', 'Dockerfile'), Buffer.from('FROM alpine\n', 'utf16le'));
      const bare = new Snapshot(dir, ['d/Dockerfile']);
      expect(bare.dockerfiles()).toEqual([]);
      expect(bare.problems.map((p) => p.message)).toEqual(['not UTF-8 text (NUL bytes: saved as UTF-16?): Docker refuses to build it']);
      // A compose file with NUL bytes is said too, not skipped silently (QA round 25).
      fs.writeFileSync(path.join(dir, 'd', 'docker-compose.yml'), Buffer.from('services:\n  web:\n    image: x\n', 'utf16le'));
      const compose = new Snapshot(dir, ['d/docker-compose.yml']);
      expect(compose.composeFiles().flatMap((c) => c.services)).toEqual([]);
      expect(compose.problems.map((p) => [p.file, p.message])).toEqual([['d/docker-compose.yml', 'not UTF-8 text (NUL bytes: saved as UTF-16?): docker compose refuses to read it']]);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });
});

describe('Snapshot.json (QA round 25, node D3/D10)', () => {
  it('parses strictly, with positions; a broken file is a parse problem at its place, without the text around it', () => {
    const s = snapshotOf({
      'ok.json': '{\n  "deploy": {"startCommand": "node a.js"}\n}\n',
      'bom.json': '\uFEFF{"a": 1}',
      'trailing.json': '{\n  "name": "api",\n  "scripts": {\n    "start": "nodemon server.js",\n  },\n}\n',
      'token.json': '{\n  "token": s3cretvalue0123456789\n}\n',
      'empty.json': '',
    });
    const ok = s.json('ok.json')!;
    expect(ok.value).toEqual({ deploy: { startCommand: 'node a.js' } });
    expect(ok.loc(['deploy', 'startCommand'], true)).toEqual({ line: 2, column: 14 });
    expect(s.json('bom.json')!.value).toEqual({ a: 1 });
    expect(s.json('trailing.json')).toBeNull();
    expect(s.json('token.json')).toBeNull();
    expect(s.json('empty.json')).toBeNull();
    expect(s.json('missing.json')).toBeUndefined();
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'trailing.json:5:3 not valid JSON: Expected double-quoted property name',
      "token.json:2:12 not valid JSON: Unexpected token 's'",
      'empty.json:1:1 not valid JSON: Unexpected end of JSON input',
    ]);
  });

  it('a Kubernetes manifest written as JSON (deployment.json) is a manifest, located where its values are (QA round 26 D3)', async () => {
    const dep = '{\r\n  "apiVersion": "apps/v1",\r\n  "kind": "Deployment",\r\n  "metadata": { "name": "json-app" },\r\n  "spec": { "template": { "spec": {\r\n    "containers": [ { "name": "web", "image": "nginx:latest" } ]\r\n  } } }\r\n}\r\n';
    const list = '{"apiVersion": "v1", "kind": "List", "items": [\n  {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "db"}, "spec": {"type": "LoadBalancer"}}\n]}\n';
    const s = snapshotOf({
      'k8s/deployment.json': dep,
      'k8s/list.json': list,
      // Not manifests: no apiVersion/kind, JSONC that does not parse, a JSON schema describing the keys, a YAML-only name.
      'package.json': '{"name": "app", "scripts": {"start": "node a.js"}}\n',
      'tsconfig.json': '{\n  // comments\n  "compilerOptions": {},\n}\n',
      'schema/deployment.json': '{"properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"}}}\n',
    });
    const objs = s.k8sObjects();
    expect(objs.map((o) => `${o.file} ${o.kind} ${o.name} ${o.line}`)).toEqual(['k8s/deployment.json Deployment json-app 3', 'k8s/list.json Service db 2']);
    expect(objs[0]!.loc(['spec', 'template', 'spec', 'containers', 0, 'image'])).toEqual({ line: 6, column: 47 });
    // Files without both keys are never read for manifests (the JSONC tsconfig is no parse problem here).
    expect(s.problems).toEqual([]);
    const { imageTagPinned } = await import('../../src/checks/image-tag-pinned.js');
    const { runCase } = await import('../helpers/check-tester.js');
    const out = await runCase(imageTagPinned, { name: 'json manifest', files: { 'k8s/deployment.json': dep } });
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['k8s/deployment.json:6:48']);
  });
});

describe('QA31 robust4 D4: JSON manifests too large or too deep are said, as YAML ones are; unread manifests are listed', () => {
  const dep = (i: number) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `d${i}` }, spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } } } });
  const bigList = (n: number) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items: Array.from({ length: n }, (_, i) => dep(i)) }, null, 2);

  it('a JSON manifest over 1 MiB gets the note a YAML one gets; a large JSON schema naming the keys does not', () => {
    const list = bigList(6000);
    expect(list.length).toBeGreaterThan(MAX_FILE_BYTES);
    const schema = JSON.stringify({ definitions: Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`io.k8s.T${i}`, { properties: { apiVersion: { type: 'string' }, kind: { type: 'string' } } }])) });
    expect(schema.length).toBeGreaterThan(MAX_FILE_BYTES);
    const s = snapshotOf({ 'k8s/all.json': list, 'k8s/all.yaml': `apiVersion: v1\nkind: List\nitems:\n${'  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: x}\n'.repeat(20000)}`, 'schema/k8s.json': schema });
    expect(s.k8sObjects()).toEqual([]);
    expect(s.skipped.filter((k) => /Kubernetes manifest/.test(k.reason)).map((k) => k.file).sort()).toEqual(['k8s/all.json', 'k8s/all.yaml']);
    expect(s.unreadManifests()).toEqual([{ file: 'k8s/all.json', why: 'not checked', kinds: ['List', 'Deployment'] }, { file: 'k8s/all.yaml', why: 'not checked', kinds: ['List', 'Deployment'] }]);
  });

  it('a JSON manifest nested more than 512 levels is a parse problem, as in YAML; brackets in its strings do not count', () => {
    const deep = `{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x"}, "spec": ${'{"a": '.repeat(600)}1${'}'.repeat(600)}}`;
    const strings = JSON.stringify({ ...dep(1), metadata: { name: 'x', annotations: { a: '['.repeat(2000), b: '"{'.repeat(2000) } } });
    const s = snapshotOf({ 'deep.json': deep, 'k8s/ok.json': strings, 'deep.yaml': `apiVersion: v1\nkind: Pod\nspec: ${'['.repeat(600)}${']'.repeat(600)}\n` });
    expect(s.k8sObjects().map((o) => `${o.file} ${o.kind}`)).toEqual(['k8s/ok.json Deployment']);
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'deep.json:1:3150 nested too deeply to read (more than 512 levels of [ ] or { }, more than any configuration has)',
      'deep.yaml:3:519 nested too deeply to read (more than 512 levels of [ ] or { }, more than any configuration has)',
    ]);
    expect(s.unreadManifests().map((u) => `${u.file} ${u.why} ${u.kinds.join(',')}`)).toEqual(['deep.json parse-error Deployment', 'deep.yaml parse-error Pod']);
  });

  it('lists manifests that do not parse or that kubectl refuses, not well-formed ones or Helm templates', () => {
    const s = snapshotOf({
      'k8s/bad.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\n\tspec: {}\n',
      'k8s/bad.json': '{"apiVersion": "apps/v1", "kind": "StatefulSet",}\n',
      'k8s/shape.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: s\nspec:\n  template:\n    spec:\n      containers:\n        name: web\n',
      'k8s/ok.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ok\n',
      'charts/a/templates/d.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n{{- if x }}\n  {{ bad\n',
    });
    s.k8sObjects();
    expect(s.unreadManifests().map((u) => `${u.file} ${u.why} ${u.kinds.join(',')}`)).toEqual(['k8s/bad.json parse-error StatefulSet', 'k8s/bad.yaml parse-error Deployment', 'k8s/shape.yaml parse-error Deployment']);
  });
});

describe('QA28 robust2 D3: files with lone-CR line breaks (classic Mac) read like their LF twins', () => {
  const compose = 'services:\n  web:\n    image: app:1\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n';
  const k8s = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: app:1\n';
  const env = '# settings\nDEBUG=1\nSECRET_KEY="a b"\n';
  const docker = 'FROM python:3.12\nWORKDIR /app\nUSER 1000\nCMD ["gunicorn", "app:app"]\n';
  const cr = (t: string) => t.replace(/\n/g, '\r');
  const view = (s: Snapshot) => ({
    compose: s.composeFiles().flatMap((c) => c.services.map((v) => `${v.name}@${v.line}:${v.column}`)),
    port: s.composeFiles()[0]?.services.find((v) => v.name === 'db')?.loc(['ports', 0]),
    k8s: s.k8sObjects().map((o) => `${o.kind}@${o.line} ${JSON.stringify(o.loc(['spec', 'template', 'spec', 'containers', 0, 'image']))}`),
    env: s.envFiles().flatMap((e) => e.entries.map((x) => `${x.key}=${x.value}@${x.line}:${x.valueColumn}`)),
    docker: s.dockerfiles().flatMap((d) => d.stages.flatMap((st) => [`FROM@${st.from.line}:${st.from.imageColumn}`, ...st.instructions.map((i) => `${i.keyword}@${i.line}`)])),
    problems: s.problems,
  });
  const files = (f: (t: string) => string) => ({ 'docker-compose.yml': f(compose), 'k8s/deploy.yaml': f(k8s), '.env': f(env), 'Dockerfile': f(docker) });

  it('compose, Kubernetes YAML, .env and Dockerfiles: same services, objects, variables and positions as LF and CRLF', () => {
    const lf = view(snapshotOf(files((t) => t)));
    expect(lf.compose).toEqual(['web@2:3', 'db@4:3']);
    expect(lf.env).toEqual(['DEBUG=1@2:7', 'SECRET_KEY=a b@3:12']);
    expect(lf.problems).toEqual([]);
    // Before: "Nested mappings are not allowed in compact mappings" for both YAML files, and a .env with no variables.
    expect(view(snapshotOf(files(cr)))).toEqual(lf);
    expect(view(snapshotOf(files((t) => t.replace(/\n/g, '\r\n'))))).toEqual(lf);
  });

  it('a CR-only .gitignore stays one line, as git reads it (it ignores nothing)', () => {
    const s = snapshotOf({ '.gitignore': '__pycache__/\r.env\r', 'lf/.gitignore': '.env\n' });
    expect(s.gitignored('.env')).toBe(false);
    expect(s.gitignored('lf/.env')).toBe(true);
  });
});

describe('QA28 robust2 D1: a Dockerfile or compose file stored in Git LFS and not pulled', () => {
  const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 312\n';
  it('is a parse problem that says so (not "line 1 is not a Dockerfile instruction", not "the top level is a string")', () => {
    const s = snapshotOf({ 'Dockerfile': pointer, 'docker-compose.yml': pointer, 'data/big.yml': pointer, 'api/Dockerfile': 'FROM python:3.12\nUSER 1000\n' });
    expect(s.dockerfiles().map((d) => d.path)).toEqual(['api/Dockerfile']);
    expect(s.composeFiles()).toEqual([]);
    expect(s.unreadDockerfiles()).toEqual([{ file: 'Dockerfile', why: 'parse-error' }]);
    // Only the files read as Dockerfiles or compose files: an LFS-stored data file is not reported.
    expect(s.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).sort()).toEqual([
      `Dockerfile:1:1 ${LFS_POINTER_PROBLEM}`,
      `docker-compose.yml:1:1 ${LFS_POINTER_PROBLEM}`,
    ]);
    expect(LFS_POINTER_PROBLEM).toMatch(/Git LFS pointer.*not checked out.*lfs: true/);
  });
});

describe('QA28 robust2 D7: a repository that tracks no file yet', () => {
  it('listFiles says when git tracks none of the folder\'s files though some are there (not when they are ignored, or some are tracked)', async () => {
    const fresh = makeRepo({}, { 'Dockerfile': 'FROM python:latest\n', 'app/main.py': 'x = 1\n' });
    expect(await listFiles(fresh)).toMatchObject({ files: [], git: true, untracked: true });
    expect((await listFiles(path.join(fresh, 'app'))).untracked).toBe(true);
    const ignoredOnly = makeRepo({}, { '.git/info/exclude': 'build/\n', 'build/out.txt': 'x' });
    expect((await listFiles(ignoredOnly)).untracked).toBeUndefined();
    const empty = makeRepo({});
    expect((await listFiles(empty)).untracked).toBeUndefined();
    const some = makeRepo({ 'README.md': 'x\n' }, { 'Dockerfile': 'FROM python:latest\n' });
    expect((await listFiles(some)).untracked).toBeUndefined();
  });
});
