import { afterEach, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

/**
 * A monorepo checklist with one scoped item per service (`paths: [services/svcNNN/**]`): each item judges its own
 * folder, and the check's run over the whole repository (what a scoped item's files lead to) is shared by the items
 * with the same options. QA round 18 measured 100 such items at 36 s and 400 at over ten minutes.
 */
describe('scoped items share the whole-repository run of their check', () => {
  const def = CHECKS.find((c) => c.id === 'database-port-exposed')!;
  const original = def.run;
  afterEach(() => { (def as { run: typeof original }).run = original; });

  it('three scoped items: three runs on their folders and one on the whole repository, each item keeping its own findings', async () => {
    const files: Record<string, string> = {};
    for (const n of ['a', 'b', 'c']) files[`services/${n}/docker-compose.yml`] = `services:\n  db:\n    image: postgres:16.2\n    ports:\n      - "5432:5432"\n`;
    files['.github/preflight.yml'] = `version: 1\nitems:\n${['a', 'b', 'c'].map((n) => `  - id: db-${n}\n    check: database-port-exposed\n    paths: ["services/${n}/**"]\n`).join('')}`;
    const dir = makeRepo(files);
    let runs = 0;
    let wholeRuns = 0;
    (def as { run: typeof original }).run = (ctx) => {
      runs++;
      if (ctx.snapshot.files.length === 4) wholeRuns++;
      return original(ctx);
    };
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(runs).toBe(4);
    expect(wholeRuns).toBe(1);
    expect(report.items.map((i) => [i.id, i.status])).toEqual([['db-a', 'fail'], ['db-b', 'fail'], ['db-c', 'fail']]);
    expect(report.findings.map((f) => [f.item, f.file])).toEqual([
      ['db-a', 'services/a/docker-compose.yml'],
      ['db-b', 'services/b/docker-compose.yml'],
      ['db-c', 'services/c/docker-compose.yml'],
    ]);
  });
});

describe('an item whose scope holds no tracked file', () => {
  it('is skipped with a reason naming the empty scope (a typo in paths), not the check\'s own reason', async () => {
    const dir = makeRepo({
      'services/api/Dockerfile': 'FROM python:3.12-slim\nUSER app\n',
      '.github/preflight.yml': 'version: 1\nitems:\n  - id: typo\n    check: dockerfile-non-root\n    paths: ["service/api/**"]\n  - id: right\n    check: dockerfile-non-root\n    paths: ["services/api/**"]\n  - id: nothing-there\n    check: dockerfile-healthcheck\n    paths: ["services/api/**"]\n    ignore: ["**/Dockerfile"]\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const byId = new Map(report.items.map((i) => [i.id, i]));
    expect([byId.get('typo')!.status, byId.get('typo')!.reason]).toEqual(['skipped', "no tracked file is in the item's scope (paths/ignore match nothing)"]);
    expect(byId.get('right')!.status).toBe('pass');
    expect([byId.get('nothing-there')!.status, byId.get('nothing-there')!.reason]).toEqual(['skipped', "no tracked file is in the item's scope (paths/ignore match nothing)"]);
  });
});

describe('a paths glob that matches no tracked file (QA28 D6)', () => {
  const warnings = async (files: Record<string, string>, dir = '') => {
    const root = makeRepo(files);
    const said: [string, unknown][] = [];
    const logger = { info() {}, debug() {}, warn(msg: string, where?: unknown) { said.push([msg, where]); } };
    const { report } = await run({ dir: dir || root, cwd: root, probes: false, env: {}, logger, now: new Date('2026-12-01T00:00:00Z') });
    return { said, status: Object.fromEntries(report.items.map((i) => [i.id, i.status])) };
  };
  const repo = {
    'services/api/Dockerfile': 'FROM python:3.12-slim\nUSER app\n',
    'services/legacy/Dockerfile': 'FROM python:3.12-slim\nUSER app\n',
  };

  it('is warned about at the glob, naming it; the item keeps its status (skipped when nothing else is in scope)', async () => {
    const { said, status } = await warnings({ ...repo, '.github/preflight.yml': [
      'version: 1',
      'items:',
      '  - id: typo',
      '    check: dockerfile-non-root',
      '    paths: ["service/**"]',
      '  - id: half',
      '    check: dockerfile-non-root',
      '    paths: [services/api, "servces/web/**", "!services/nope/**", "services/*/Dockerfile"]',
      '  - id: right',
      '    check: [dockerfile-non-root, hsts]',
      '    paths: [services/, "services/{api,legacy}/**"]',
      '',
    ].join('\n') });
    expect(said).toEqual([
      [".github/preflight.yml:5:13: item 'typo': paths glob 'service/**' matches no tracked file, so it adds nothing to the item's scope (a misspelt folder? globs are relative to the repository root)", { file: '.github/preflight.yml', line: 5, column: 13 }],
      [expect.stringMatching(/^\.github\/preflight\.yml:8:27: item 'half': paths glob 'servces\/web\/\*\*' matches no tracked file, /), { file: '.github/preflight.yml', line: 8, column: 27 }],
    ]);
    expect(status).toEqual({ typo: 'skipped', half: 'pass', right: 'skipped' });
  });

  it('is not warned about for a probe or manual item (paths scope static checks only), a preset, or globs that match', async () => {
    const { said } = await warnings({ ...repo, '.github/preflight.yml': 'version: 1\nextends: [docker]\nitems:\n  - { id: p, check: hsts, paths: [nowhere/**] }\n  - { id: m, title: Backups, paths: [nowhere/**] }\n  - { id: ok, check: image-tag-pinned, paths: [services/legacy] }\n' });
    expect(said.filter(([m]) => /paths glob/.test(m))).toEqual([]);
  });

  it('scanning a sub-folder, names it: a glob inside it matches nothing the scan reads; one for another folder is no typo (stop 37 D3)', async () => {
    const root = makeRepo({ ...repo, '.github/preflight.yml': 'version: 1\nitems:\n  - { id: web, check: dockerfile-non-root, paths: [services/api/web/**, services/legacy/**, services/legcy/**] }\n' });
    const said: string[] = [];
    await run({ dir: 'services/api', cwd: root, checklist: '.github/preflight.yml', probes: false, env: {}, logger: { info() {}, debug() {}, warn(m: string) { said.push(m); } }, now: new Date('2026-12-01T00:00:00Z') });
    expect(said.filter((m) => /paths glob/.test(m))).toEqual([
      expect.stringMatching(/:3:52: item 'web': paths glob 'services\/api\/web\/\*\*' matches no tracked file under services\/api \(the scanned directory\), /),
      expect.stringMatching(/:3:93: item 'web': paths glob 'services\/legcy\/\*\*' matches no tracked file in the repository, /),
    ]);
  });
});

describe('every static check, on an item whose scope holds no tracked file (QA 26 D1)', () => {
  it('is skipped with the empty-scope reason, whatever the check (default-credentials passed)', async () => {
    const statics = CHECKS.filter((c) => c.kind === 'static');
    expect(statics.length).toBeGreaterThan(15);
    const dir = makeRepo({
      'Dockerfile': 'FROM python:latest\nENV DB_PASSWORD=changeme\nCMD ["flask", "run"]\n',
      'docker-compose.yml': 'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: postgres\n    ports:\n      - "5432:5432"\n',
      '.env': 'SECRET_KEY=changeme\n',
      'app.py': 'from flask import Flask\nfrom flask_cors import CORS\napp = Flask(__name__)\nCORS(app)\napp.run(debug=True)\n',
      '.github/preflight.yml': `version: 1\nitems:\n${statics.map((c) => `  - id: ${c.id}-typo\n    check: ${c.id}\n    paths: ["nonexistent/**"]\n`).join('')}`,
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.items.map((i) => [i.id, i.status, i.reason])).toEqual(statics.map((c) => [`${c.id}-typo`, 'skipped', "no tracked file is in the item's scope (paths/ignore match nothing)"]));
    expect(report.findings.filter((f) => f.item !== null)).toEqual([]);
  });
});

describe('a scan of a sub-folder that reads a file outside it (a compose extends.file)', () => {
  it('applies the suppressions there, but does not call one unused: the scan judged only what the folder uses', async () => {
    const dir = makeRepo({
      'deploy/common/base.yml': [
        'services:',
        '  base:',
        '    # preflight-ignore image-tag-pinned: pinned by renovate',
        '    image: ghcr.io/acme/base:latest',
        '    environment:',
        '      # preflight-ignore debug-mode: services/api turns it on, for its staging',
        '      FLASK_DEBUG: "1"',
        '',
      ].join('\n'),
      'services/worker/compose.yaml': 'services:\n  worker:\n    extends: { file: ../../deploy/common/base.yml, service: base }\n    environment:\n      FLASK_DEBUG: "0"\n',
    });
    const { report } = await run({ dir: 'services/worker', cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.findings.filter((f) => f.check === 'image-tag-pinned').map((f) => [f.file, f.line, f.suppressed])).toEqual([['deploy/common/base.yml', 4, true]]);
    expect(report.findings.filter((f) => f.check === 'config')).toEqual([]);
  });
});

describe('a scoped item whose own run skipped for want of what leads to its files (QA 32 D1)', () => {
  const repo = {
    'Procfile': 'web: python services/api/server.py\n',
    'services/api/server.py': 'from flask import Flask\napp = Flask(__name__)\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=8000, debug=True)\n',
    'services/worker/job.py': 'print("work")\n',
    'docs/README.md': '# docs\n',
  };
  const items = async (checklist: string) => {
    const dir = makeRepo({ ...repo, '.github/preflight.yml': `version: 1\nitems:\n${checklist}` });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    return { report, byId: new Map(report.items.map((i) => [i.id, i])) };
  };

  it('keeps the whole-repository finding located in its scope (a Procfile outside a Python-only scope runs app.run(debug=True))', async () => {
    const { report, byId } = await items('  - id: debug-all\n    check: debug-mode\n    severity: low\n  - id: debug-python\n    check: debug-mode\n    paths: ["services/**/*.py"]\n');
    expect(byId.get('debug-python')!.status).toBe('fail');
    expect(report.findings.filter((f) => f.check === 'debug-mode').map((f) => [f.item, f.severity, f.file, f.line])).toEqual([['debug-python', 'critical', 'services/api/server.py', 5]]);
  });

  it('keeps its own skip reason when no whole-repository finding is located in its scope', async () => {
    const { byId } = await items('  - id: worker\n    check: debug-mode\n    paths: ["services/worker/**"]\n  - id: docs\n    check: debug-mode\n    paths: ["docs/**"]\n');
    for (const id of ['worker', 'docs']) {
      expect([byId.get(id)!.status, byId.get(id)!.reason]).toEqual(['skipped', 'no deploy config, production env file, settings module or framework configuration']);
    }
  });
});

describe('an item scoped to an example folder (QA 32 D4)', () => {
  it('is skipped with a reason naming the files left out as an example folder\'s, not only that nothing was found', async () => {
    const dir = makeRepo({
      'examples/demo/Dockerfile': 'FROM node:latest\nCMD ["node", "server.js"]\n',
      'examples/demo/app.py': 'print("demo")\n',
      'services/api/Dockerfile': 'FROM python:3.12-slim\nUSER app\nCMD ["gunicorn", "app:app"]\n',
      '.github/preflight.yml': [
        'version: 1',
        'items:',
        '  - { id: ex-pinned, check: image-tag-pinned, paths: ["examples/**"] }',
        '  - { id: ex-server, check: production-server, paths: ["examples/**"] }',
        '  - { id: ex-cors, check: cors-wildcard, paths: ["examples/**"] }',
        '  - { id: api-pinned, check: image-tag-pinned, paths: ["services/api/**"] }',
        '',
      ].join('\n'),
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    const byId = new Map(report.items.map((i) => [i.id, i]));
    const said = '; examples/demo/Dockerfile is left out as a file of a test or example folder, which deploys nothing to production';
    expect([byId.get('ex-pinned')!.status, byId.get('ex-pinned')!.reason]).toEqual(['skipped', `no Dockerfile FROM, compose image or Kubernetes container image${said}`]);
    expect(byId.get('ex-server')!.reason).toMatch(/^no CMD\/ENTRYPOINT.*; examples\/demo\/Dockerfile is left out as a file of a test or example folder/);
    // A check that reads no Dockerfile keeps its own reason; a scope with a judged Dockerfile is judged.
    expect(byId.get('ex-cors')!.reason).not.toMatch(/left out/);
    expect(byId.get('api-pinned')!.status).toBe('pass');
    expect(report.findings.filter((f) => f.item !== null)).toEqual([]);
  });
});
