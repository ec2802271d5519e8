import { describe, expect, it } from 'vitest';
import { isVendoredOrGenerated } from '../../src/repo/classify.js';
import { runCase } from '../helpers/check-tester.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';

// QA stop 47 monorepo27 D2: the content checks skipped every folder named `vendor`, so a team's own `services/vendor/`
// service lost its secret, CORS, cookie and Django DEBUG findings, while the Dockerfile and compose checks judged it.
// Vendored is what docs/checks.md says for every check: a `vendor/` whose top holds module folders; a file directly in a
// `vendor/` folder that is no monorepo service is a hand-copied library.
const TOKEN = ['ghp', 'R7x2Kq9LmZ4vB8nT1wY6cH3jF5sD0aP2eU7i'].join('_');
const APP = `from flask import Flask
from flask_cors import CORS
app = Flask(__name__)
CORS(app)
app.config["SESSION_COOKIE_SECURE"] = False
GITHUB_TOKEN = "${TOKEN}"
`;
const SETTINGS = 'DEBUG = True\nCORS_ALLOW_ALL_ORIGINS = True\n';

describe("a team's service named vendor is judged by the content checks", () => {
  it.each([
    ['services/vendor/src/app.py', false],
    ['services/vendor/app.py', false],
    ['apps/vendor/main.py', false],
    ['packages/vendor/src/index.ts', false],
    // Dependencies and hand-copied libraries stay out.
    ['vendor/github.com/acme/lib/config.go', true],
    ['services/api/vendor/golang.org/x/net/http2/server.go', true],
    ['vendor/modules.txt', true],
    ['vendor/laravel/framework/src/Illuminate/Foundation/Application.php', true],
    ['vendor/autoload.php', true],
    ['vendor/bundle/ruby/3.3.0/gems/rack-3.0.8/lib/rack.rb', true],
    ['src/vendor/chart.js', true],
    ['static/vendor/jquery.js', true],
    ['services/vendor/vendor/github.com/x/y/z.go', true],
  ])('%s skipped: %s', (path, skipped) => {
    expect(isVendoredOrGenerated(path)).toBe(skipped);
  });

  const service = (dir: string) => ({ [`${dir}/src/app.py`]: APP, [`${dir}/src/settings.py`]: SETTINGS, [`${dir}/Dockerfile`]: 'FROM python:3.12.4-slim\nUSER 10001\nCMD ["gunicorn", "app:app"]\n', [`${dir}/requirements.txt`]: 'flask\nflask-cors\ngunicorn\ndjango\n' });
  const files = { ...service('services/vendor'), ...service('services/billing') };
  const judged = async (check: Parameters<typeof runCase>[0]) => (await runCase(check, { name: 'svc', files })).findings.filter((f) => !f.note).map((f) => f.file).sort();

  it('hardcoded-secret, cors-wildcard, cookie-flags and debug-mode find in services/vendor what they find in services/billing', async () => {
    expect(await judged(hardcodedSecret)).toEqual(['services/billing/src/app.py', 'services/vendor/src/app.py']);
    expect(await judged(corsWildcard)).toEqual(['services/billing/src/app.py', 'services/billing/src/settings.py', 'services/vendor/src/app.py', 'services/vendor/src/settings.py']);
    expect(await judged(cookieFlags)).toEqual(['services/billing/src/app.py', 'services/vendor/src/app.py']);
    expect(await judged(debugMode)).toEqual(['services/billing/src/settings.py', 'services/vendor/src/settings.py']);
  });

  it('a file directly in apps/vendor is the service\'s too', async () => {
    const out = await runCase(corsWildcard, { name: 'apps', files: { 'apps/vendor/main.py': APP, 'apps/vendor/requirements.txt': 'flask\nflask-cors\n' } });
    expect(out.findings.filter((f) => !f.note).map((f) => f.file)).toEqual(['apps/vendor/main.py']);
  });

  it("Go's, Composer's and Bundler's vendored code and a hand-copied library stay unread", async () => {
    const out = await runCase(hardcodedSecret, { name: 'deps', files: {
      'go.mod': 'module example.com/app\n', 'vendor/modules.txt': '# github.com/acme/lib v1.2.3\n',
      'vendor/github.com/acme/lib/config.go': `package lib\n\nconst token = "${TOKEN}"\n`,
      'composer.json': '{"require": {"laravel/framework": "^11.0"}}\n',
      'vendor/laravel/framework/config/services.php': `<?php return ['github' => '${TOKEN}'];\n`,
      'vendor/bundle/ruby/3.3.0/gems/octokit-9.0.0/lib/config.rb': `TOKEN = "${TOKEN}"\n`,
      'src/vendor/chart.js': `var GITHUB_TOKEN = "${TOKEN}";\n`,
      'vendor/autoload.php': `<?php $token = '${TOKEN}';\n`,
    } });
    expect(out.findings.filter((f) => !f.note).map((f) => f.file)).toEqual([]);
  });
});
