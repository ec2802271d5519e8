import { describe, expect, it } from 'vitest';
import { gate, type GateInput } from '../../src/gate/gate.js';
import { plan } from '../../src/gate/plan.js';
import { parseYamlChecklist } from '../../src/checklist/load.js';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA stop 50 (fullrepos28 D9): "Procfile `web:` runs gunicorn (never `runserver`)" failed on the systemd unit's `manage.py
// runserver`, a finding reported under "The systemd unit runs gunicorn, not `manage.py runserver`". An item whose title names
// deploy files is judged on what it names when the finding is carried by an item whose title names the finding's file; the
// finding, reported once, still gates there.

function gated(items: string, hits: { file: string; message: string }[]): ReturnType<typeof gate> {
  const planned = plan(parseYamlChecklist('c.yml', `version: 1\nitems:\n${items}`), {});
  const input: GateInput = {
    version: '0.0.0',
    items: planned.map((p) => ({ planned: p, outcomes: [{ findings: hits.map((h) => ({ ...h, line: 11, column: 1 })) }] })),
    extra: [], failOn: 'critical', gatesManual: true, attested: null, suppressions: [], baseline: null,
    lineText: () => undefined, now: new Date('2026-12-01T00:00:00Z'),
  };
  return gate(input);
}
const UNIT_MSG = 'systemd ExecStart starts a development server: manage.py runserver; serve blog.wsgi with gunicorn';
const PROCFILE = '  - { id: procfile, title: "Procfile web: runs gunicorn (never runserver)", check: production-server }\n';
const UNIT = '  - { id: unit, title: "The systemd unit runs gunicorn, not manage.py runserver", check: production-server }\n';
const ANY = '  - { id: any, title: "Production runs gunicorn, not manage.py runserver", check: production-server }\n';

describe('an item naming deploy files is judged on what it names', () => {
  it('the systemd finding is the unit item\'s: the Procfile item passes, in either order, and the gate still fails', () => {
    for (const items of [PROCFILE + UNIT, UNIT + PROCFILE]) {
      const r = gated(items, [{ file: 'deploy/blog.service', message: UNIT_MSG }]);
      expect(r.findings.map((f) => f.item)).toEqual(['unit']);
      expect(r.items.find((i) => i.id === 'unit')).toMatchObject({ status: 'fail' });
      expect(r.items.find((i) => i.id === 'procfile')).toMatchObject({
        status: 'pass',
        reason: "nothing to fail in what it names: the findings in deploy/blog.service are reported under 'unit', whose title names that file",
      });
      expect(r.result).toBe('fail');
    }
  });

  it('a finding in what it names fails it; an item naming no file, or a carrier naming none, keeps sharing', () => {
    // Its own file (and, the other way round, not the unit item's).
    const own = gated(PROCFILE + UNIT, [{ file: 'Procfile', message: 'Procfile web starts a development server: manage.py runserver' }]);
    expect(own.items.map((i) => [i.id, i.status])).toEqual([['procfile', 'fail'], ['unit', 'pass']]);
    expect(own.findings.map((f) => f.item)).toEqual(['procfile']);
    // An item naming no file fails on every finding of its check.
    const anyItem = gated(ANY + UNIT, [{ file: 'deploy/blog.service', message: UNIT_MSG }]);
    expect(anyItem.items.map((i) => [i.id, i.status])).toEqual([['any', 'fail'], ['unit', 'fail']]);
    // The carrier names no file: the finding may be what the Procfile item promises too (a compose value read from `.env`).
    const shared = gated(PROCFILE + ANY, [{ file: 'deploy/blog.service', message: UNIT_MSG }]);
    expect(shared.findings.map((f) => f.item)).toEqual(['any']);
    expect(shared.items.find((i) => i.id === 'procfile')).toMatchObject({ status: 'fail', reason: "fails on the findings reported under 'any' (a problem is reported once)" });
  });

  it('a title naming other files only does not carry the finding; a file named by its name counts', () => {
    const app = '  - { id: app, title: "No default admin password in app.json", check: default-credentials }\n';
    const key = '  - { id: key, title: "SECRET_KEY not hard-coded (no django-insecure- fallback)", check: default-credentials }\n';
    const msg = "DJANGO_SECRET_KEY falls back to a 'django-insecure-' development key when the variable is unset; set a strong generated secret";
    for (const items of [app + key, key + app]) {
      expect(gated(items, [{ file: 'blog/settings/base.py', message: msg }]).findings.map((f) => f.item)).toEqual(['key']);
      const inApp = gated(items, [{ file: 'app.json', message: 'ADMIN_PASSWORD (app.json env) is set to a well-known default value' }]);
      expect(inApp.findings.map((f) => f.item)).toEqual(['app']);
    }
  });
});

describe('the heroku repository of the report', () => {
  it('Procfile gunicorn passes, the systemd unit\'s runserver fails its own item', async () => {
    const dir = makeRepo({
      'PRODUCTION_CHECKLIST.md': '# Blog\n\n## Heroku\n- [ ] Procfile `web:` runs gunicorn (never `runserver`)\n\n## VM (systemd)\n- [ ] The systemd unit runs gunicorn, not `manage.py runserver`\n',
      'requirements.txt': 'Django==5.0.7\ngunicorn==22.0.0\n',
      'manage.py': "import os, sys\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'blog.settings')\n    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
      'blog/__init__.py': '',
      'blog/wsgi.py': "import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'blog.settings')\napplication = get_wsgi_application()\n",
      'Procfile': 'web: gunicorn blog.wsgi --workers 3\n',
      'deploy/blog.service': '[Unit]\nDescription=Blog\n\n[Service]\nUser=blog\nWorkingDirectory=/srv/blog\nExecStart=/srv/blog/venv/bin/python manage.py runserver 0.0.0.0:8000\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n',
    });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    expect(report.items.map((i) => [i.status, i.check])).toEqual([['pass', 'production-server'], ['fail', 'production-server']]);
    expect(report.items[0]!.reason).toMatch(/^nothing to fail in what it names: the findings in deploy\/blog\.service are reported under 'the-systemd-unit-runs-gunicorn-not-manage-py-runserver'/);
    expect(report.findings.filter((f) => !f.note).map((f) => [f.item, f.file])).toEqual([[report.items[1]!.id, 'deploy/blog.service']]);
    expect(report.result).toBe('fail');
  });
});
