import { describe, expect, it } from 'vitest';
import { gate, type GateInput } from '../../src/gate/gate.js';
import { plan } from '../../src/gate/plan.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { programOf, programScope } from '../../src/checks/util/programs.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// Second read 51 (left open, 1): "Granian runs without `--reload`" (or "uvicorn is not started with --reload") bound to
// production-server failed on a finding about another program (`flask run` in the Procfile, `gunicorn --reload`). An item whose
// title is about how the programs it names run is judged on the findings about them; the others stay the findings of the check's
// items that are not so scoped.

function gated(items: string, hits: { file: string; message: string; program?: string }[]): ReturnType<typeof gate> {
  const planned = plan(parseYamlChecklist('c.yml', `version: 1\nitems:\n${items}`), {});
  const input: GateInput = {
    version: '0.0.0',
    items: planned.map((p) => ({ planned: p, outcomes: [{ findings: hits.map((h) => ({ ...h, line: 11, column: 1 })) }] })),
    extra: [], failOn: 'critical', gatesManual: true, attested: null, suppressions: [], baseline: null,
    lineText: () => undefined, now: new Date('2026-12-01T00:00:00Z'),
  };
  return gate(input);
}
const GRANIAN = '  - { id: granian, title: "Granian runs without `--reload`", check: production-server }\n';
const UVICORN = '  - { id: uvicorn, title: "uvicorn is not started with --reload", check: production-server }\n';
const ANY = '  - { id: any, title: "Production runs a production server", check: production-server }\n';
const FLASK_RUN = { file: 'Procfile', program: 'flask', message: 'Procfile web starts a development server: flask run; serve the WSGI app with gunicorn' };
const GRANIAN_RELOAD = { file: 'Dockerfile', program: 'granian', message: 'CMD starts a development server: granian --reload; drop --reload' };
const GUNICORN_RELOAD = { file: 'Procfile', program: 'gunicorn', message: 'Procfile web starts a development server: gunicorn --reload; drop --reload' };

describe('an item naming programs is judged on the findings about them', () => {
  it('a finding about another program does not fail it: it passes, saying why, and the unscoped item carries the finding', () => {
    for (const items of [GRANIAN + ANY, ANY + GRANIAN]) {
      const r = gated(items, [FLASK_RUN]);
      expect(r.items.map((i) => [i.id, i.status])).toEqual(items.startsWith('  - { id: granian') ? [['granian', 'pass'], ['any', 'fail']] : [['any', 'fail'], ['granian', 'pass']]);
      expect(r.items.find((i) => i.id === 'granian')!.reason).toBe("judged on granian only (what its title names): the failures about flask are not this item's");
      expect(r.findings.map((f) => [f.item, f.file])).toEqual([['any', 'Procfile']]);
      expect(r.result).toBe('fail');
    }
    // uvicorn's item and gunicorn's reloader, alone: nothing of its own to fail.
    const alone = gated(UVICORN, [GUNICORN_RELOAD]);
    expect(alone.items).toMatchObject([{ id: 'uvicorn', status: 'pass', reason: "judged on uvicorn only (what its title names): the failures about gunicorn are not this item's" }]);
    expect(alone.findings).toEqual([]);
  });

  it('the reverse: a finding about the program it names fails it, and the other program\'s finding is the unscoped item\'s', () => {
    const r = gated(GRANIAN + ANY, [GRANIAN_RELOAD, FLASK_RUN]);
    expect(r.items.map((i) => [i.id, i.status])).toEqual([['granian', 'fail'], ['any', 'fail']]);
    expect(r.findings.map((f) => [f.item, f.file])).toEqual([['granian', 'Dockerfile'], ['any', 'Procfile']]);
    // A finding whose program is not known (a dev server in code) counts for every item, as before.
    const unknown = gated(GRANIAN, [{ file: 'app.py', message: 'app.run() starts the Flask development server' }]);
    expect(unknown.items).toMatchObject([{ id: 'granian', status: 'fail' }]);
  });
});

describe('which titles scope an item to programs', () => {
  it('a development mode of the programs named, or development programs only', () => {
    expect(programScope('Granian runs without `--reload`')).toEqual(['granian']);
    expect(programScope('uvicorn is not started with --reload')).toEqual(['uvicorn']);
    expect(programScope('No --reload on gunicorn or uvicorn')).toEqual(['uvicorn', 'gunicorn']);
    expect(programScope('nodemon is not used in production')).toEqual(['nodemon']);
    expect(programScope('`next dev` never runs in production')).toEqual(['next']);
    expect(programScope('`flask run` is not the production command')).toEqual(['flask']);
  });

  it('not a production server named as what runs, a kind of server with examples, or no program at all', () => {
    expect(programScope('Procfile web: runs gunicorn (never runserver)')).toBeNull();
    expect(programScope('Django runs under gunicorn/uvicorn (not runserver)')).toBeNull();
    expect(programScope('Flask runs under gunicorn (not flask run)')).toBeNull();
    expect(programScope('Production does not run a dev server (nodemon, next dev, vite)')).toBeNull();
    expect(programScope('Production runs a production server')).toBeNull();
    expect(programScope('The next release has no reload loop')).toBeNull();
  });

  it('a development server\'s program as production-server describes it', () => {
    expect(['granian --reload', 'flask run', 'python -m flask run', 'manage.py run (flask run through FlaskGroup)', 'manage.py runserver', 'django runserver', 'django-admin runserver', 'next dev', 'waitress-serve --reload', 'php artisan serve', 'nodemon', 'rails server -e development'].map(programOf))
      .toEqual(['granian', 'flask', 'flask', 'flask', 'django', 'django', 'django', 'next', 'waitress', 'artisan', 'nodemon', 'rails']);
    expect(programOf('app.run(debug=True)')).toBeUndefined();
  });
});

describe('a repository with granian and a `flask run` (Markdown checklist)', () => {
  const files = (granian: string) => ({
    'PRODUCTION_CHECKLIST.md': '# App\n\n- [ ] Granian runs without `--reload`\n- [ ] Production runs a production server\n',
    'requirements.txt': 'flask==3.0.0\ngranian==1.6.0\n',
    'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
    Dockerfile: `FROM python:3.12-slim\nCOPY . .\nCMD ["granian", "--interface", "wsgi",${granian} "app:app"]\n`,
    Procfile: 'web: flask run --host 0.0.0.0\n',
  });
  const scan = async (f: Record<string, string>) => (await run({ dir: makeRepo(f), cwd: '/', probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') })).report;

  it('granian without --reload: its item passes; the flask run fails the production-server item', async () => {
    const report = await scan(files(''));
    expect(report.items.map((i) => [i.title, i.check, i.status])).toEqual([
      ['Granian runs without --reload', 'production-server', 'pass'],
      ['Production runs a production server', 'production-server', 'fail'],
    ]);
    expect(report.items[0]!.reason).toBe("judged on granian only (what its title names): the failures about flask are not this item's");
    expect(report.findings.filter((f) => !f.note).map((f) => [f.item, f.file])).toEqual([[report.items[1]!.id, 'Procfile']]);
  }, 60_000);

  it('granian with --reload: its item fails on that finding only', async () => {
    const report = await scan(files(' "--reload",'));
    expect(report.items.map((i) => i.status)).toEqual(['fail', 'fail']);
    expect(report.findings.filter((f) => !f.note).map((f) => [f.item, f.file]).sort()).toEqual([[report.items[0]!.id, 'Dockerfile'], [report.items[1]!.id, 'Procfile']].sort());
  }, 60_000);
});

// Regression sweep of stop 51 (D2): a development server started through an npm script (`npm run dev` → `next dev`) or by a
// module calling it (`python -m app.main calling uvicorn.run()`) is about that program too, not about every program.
describe('the program of a development server started through a chain or a call', () => {
  it('is the last command\'s, or the server the module calls', () => {
    expect(programOf('npm run dev → next dev')).toBe('next');
    expect(programOf("Procfile process 'web' → flask run")).toBe('flask');
    expect(programOf('python -m app.main calling uvicorn.run()')).toBe('uvicorn');
    // `app.run()` names no program: such a finding counts for every item.
    expect(programOf('python app.py calling app.run()')).toBeUndefined();
  });

  it('a Granian item passes over `npm run dev` → `next dev` in a production compose service', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '- [ ] Granian runs without `--reload`\n- [ ] Production runs a production server\n',
      'docker-compose.yml': 'services:\n  frontend:\n    build: .\n    command: ["npm", "run", "dev"]\n    restart: always\n',
      'Dockerfile': 'FROM node:22.4\nUSER node\nCOPY . .\nHEALTHCHECK CMD true\n',
      'package.json': '{"name":"web","scripts":{"dev":"next dev","start":"next start"},"dependencies":{"next":"14.2.0"}}\n',
    });
    const r = await run({ dir, cwd: dir, probes: false, env: {} });
    const status = Object.fromEntries(r.report.items.filter((i) => i.check === 'production-server' || (i.checks ?? []).includes('production-server')).map((i) => [i.title, i.status]));
    expect(status).toEqual({ 'Granian runs without --reload': 'pass', 'Production runs a production server': 'fail' });
  });
});
