import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D7: python-decouple's config("X", …) takes a variable the environment lacks from the committed settings.ini
// ([settings]) or .env of the module's folder or one above, before its default: that value is production's unless the deploy
// sets the variable — debug-mode and default-credentials judge it at its line there.
async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.note ? 'note' : 'fail'} ${f.message}`);
}

const settings = 'from decouple import config, Csv\n\nSECRET_KEY = config("SECRET_KEY")\nDEBUG = config("DEBUG", default=False, cast=bool)\nALLOWED_HOSTS = config("ALLOWED_HOSTS", cast=Csv())\nINSTALLED_APPS = []\nROOT_URLCONF = "mysite.urls"\n';
const dockerfile = (env = '') => `FROM python:3.12.3-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n${env}USER 10001\nCMD ["gunicorn", "mysite.wsgi", "-b", "0.0.0.0:8000"]\n`;
const repo = (extra: Record<string, string>, env = '') => ({
  'requirements.txt': 'django==5.0.6\npython-decouple==3.8\ngunicorn==22.0.0\n',
  'mysite/settings.py': settings,
  'mysite/urls.py': 'urlpatterns = []\n',
  'mysite/wsgi.py': 'import os\nfrom django.core.wsgi import get_wsgi_application\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")\napplication = get_wsgi_application()\n',
  Dockerfile: dockerfile(env),
  ...extra,
});
const ini = '[settings]\nDEBUG=True\nSECRET_KEY=changeme\nALLOWED_HOSTS=*\n';

describe('python-decouple repository files (QA51 configlibs D7)', () => {
  it('a committed root settings.ini: DEBUG=True and SECRET_KEY=changeme fail at their lines', async () => {
    const files = repo({ 'settings.ini': ini });
    expect(await run(debugMode, files)).toEqual([expect.stringMatching(/^settings\.ini:2:7 fail DEBUG=True in settings\.ini is what python-decouple's config\("DEBUG", …\) in mysite\/settings\.py:4 returns when DEBUG is not in the environment, and no deploy config sets it: debug is on/)]);
    expect(await run(defaultCredentials, files)).toEqual([expect.stringMatching(/^settings\.ini:3:12 fail SECRET_KEY \(what python-decouple's config\("SECRET_KEY"\) in mysite\/settings\.py:3 reads from settings\.ini /)]);
  });

  it('a .env beside the module is read the same way (settings.ini first in a folder)', async () => {
    const files = repo({ 'mysite/.env': 'DEBUG=on\nSECRET_KEY=changeme\n' });
    expect(await run(debugMode, files)).toEqual([expect.stringMatching(/^mysite\/\.env:1:7 fail DEBUG=on in mysite\/\.env /)]);
    expect(await run(debugMode, repo({ 'mysite/.env': 'DEBUG=on\n', 'mysite/settings.ini': '[settings]\nDEBUG=False\n' }))).toEqual([]);
  });

  it('passes when the value is off, the deploy sets the variable, or the file is not where decouple looks', async () => {
    expect(await run(debugMode, repo({ 'settings.ini': '[settings]\nDEBUG=False\nSECRET_KEY=changeme\n' }))).toEqual([]);
    expect(await run(debugMode, repo({ 'settings.ini': ini }, 'ENV DEBUG=False\n'))).toEqual([]);
    // Set from elsewhere (a compose pass-through, a Kubernetes Secret): the environment, not the file.
    expect(await run(defaultCredentials, repo({ 'settings.ini': ini, 'docker-compose.yml': 'services:\n  web:\n    build: .\n    environment:\n      - SECRET_KEY\n' })).then((f) => f.filter((x) => x.startsWith('settings.ini')))).toEqual([]);
    const k8s = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: web:1.0.0\n          env:\n            - name: SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: web\n                  key: secret-key\n';
    expect(await run(defaultCredentials, repo({ 'settings.ini': ini, 'k8s/deployment.yaml': k8s })).then((f) => f.filter((x) => x.startsWith('settings.ini')))).toEqual([]);
    expect(await run(debugMode, repo({ 'docs/settings.ini': ini }))).toEqual([]);
    // Another section of settings.ini is not decouple's.
    expect(await run(debugMode, repo({ 'settings.ini': '[app]\nDEBUG=True\n' }))).toEqual([]);
  });

  it('a module that does not import decouple, or a commented-out read, reads nothing', async () => {
    const plain = repo({ 'settings.ini': ini, 'mysite/settings.py': 'import os\nSECRET_KEY = os.environ["SECRET_KEY"]\nDEBUG = os.environ.get("DEBUG") == "1"\n' });
    expect(await run(debugMode, plain)).toEqual([]);
    const commented = repo({ 'settings.ini': ini, 'mysite/settings.py': 'from decouple import config\n# DEBUG = config("DEBUG", default=False, cast=bool)\nDEBUG = False\n' });
    expect(await run(debugMode, commented)).toEqual([]);
  });

  it('a development-only settings module gives a note', async () => {
    const files = repo({ 'settings.ini': ini, 'mysite/settings.py': 'import os\nDEBUG = False\nSECRET_KEY = os.environ["SECRET_KEY"]\n', 'mysite/settings/__init__.py': '', 'mysite/settings/local.py': settings });
    expect(await run(debugMode, files)).toEqual([expect.stringMatching(/^settings\.ini:2:7 note DEBUG=True in settings\.ini is what python-decouple's config\("DEBUG", …\) in mysite\/settings\/local\.py:4 .*\(development-only file\)$/)]);
  });
});
