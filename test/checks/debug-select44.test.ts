import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { makeRepo } from '../helpers/repo.js';

// QA44 fullrepos24 D2: one DEBUG = True is one finding. A stock Django project (settings.py with DEBUG = True, the
// stock wsgi.py defaulting DJANGO_SETTINGS_MODULE to it, gunicorn serving it) counted it twice as critical.
describe('debug-mode: a settings module selected for production is one finding with its own DEBUG line', () => {
  const WSGI = 'import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")\napplication = get_wsgi_application()\n';
  const image = (env = '') => `FROM python:3.12.4-slim\n${env}USER 10001\nCMD ["gunicorn", "mysite.wsgi:application"]\n`;
  const ITEM = 'version: 1\nitems:\n  - { id: dbg, check: debug-mode }\n';
  const at = async (files: Record<string, string>, checklist = ITEM) => {
    const dir = makeRepo({ ...files, '.github/preflight.yml': checklist });
    const { report } = await run({ dir, cwd: dir, probes: false, env: {}, now: new Date('2026-12-01T00:00:00Z') });
    return report.findings.filter((f) => f.check === 'debug-mode').map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}`).sort();
  };

  it('the stock layout: the settings line fails, the wsgi.py default that selects it is not a second failure', async () => {
    expect(await at({ 'mysite/settings.py': 'DEBUG = True\nALLOWED_HOSTS = []\n', 'mysite/wsgi.py': WSGI, 'manage.py': '', Dockerfile: image() })).toEqual(['mysite/settings.py:1']);
  });

  it('the image ENV selecting such a module: one finding, at the DEBUG line', async () => {
    expect(await at({ 'mysite/settings.py': 'DEBUG = True\n', 'mysite/wsgi.py': WSGI, Dockerfile: image('ENV DJANGO_SETTINGS_MODULE=mysite.settings\n') })).toEqual(['mysite/settings.py:1']);
  });

  it('an item whose scope leaves the module out keeps the selection (QA44 sweep R1: the gate passed)', async () => {
    const files = { 'mysite/settings.py': 'DEBUG = True\n', 'mysite/wsgi.py': WSGI, Dockerfile: image('ENV DJANGO_SETTINGS_MODULE=mysite.settings\n') };
    expect(await at(files, 'version: 1\nitems:\n  - { id: dbg, check: debug-mode, paths: [Dockerfile] }\n')).toEqual(['Dockerfile:2']);
    expect(await at(files, 'version: 1\nitems:\n  - { id: dbg, check: debug-mode, ignore: ["mysite/**"] }\n')).toEqual(['Dockerfile:2']);
  });

  it('a development module selected by the wsgi.py default still fails there (its own line is only a note)', async () => {
    const wsgi = WSGI.replace('"mysite.settings"', '"mysite.settings.dev"');
    expect(await at({ 'mysite/settings/dev.py': 'DEBUG = True\n', 'mysite/settings/__init__.py': '', 'mysite/wsgi.py': wsgi, Dockerfile: image() }))
      .toEqual(['NOTE mysite/settings/dev.py:1', 'mysite/wsgi.py:3']);
  });

  it('a development module selected by the image ENV fails at the ENV line', async () => {
    expect(await at({ 'mysite/settings/dev.py': 'DEBUG = True\n', 'mysite/wsgi.py': WSGI, Dockerfile: image('ENV DJANGO_SETTINGS_MODULE=mysite.settings.dev\n') }))
      .toEqual(['Dockerfile:2', 'NOTE mysite/settings/dev.py:1']);
  });
});
