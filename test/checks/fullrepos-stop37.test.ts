/**
 * QA stop 37, full repositories round 14:
 * D2: production-server's advice for a Vite command of a Node meta-framework is that framework's production server (SvelteKit's
 *   adapter-node `node build`, SolidStart's and Qwik City's server output), not "build the static bundle and serve it with nginx";
 *   a plain Vite app and SvelteKit's adapter-static keep the static advice.
 * D3: a bare compose build arg (`args: [SENTRY_IMAGE]`) takes its value from the project's `.env`, as compose does, so
 *   `FROM ${SENTRY_IMAGE}` with `SENTRY_IMAGE=getsentry/sentry:latest` there is judged as that image (a pinned value passes; a variable
 *   set nowhere, or only in the service's `environment`/`env_file`, stays the unverifiable note).
 */
import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { dockerfileNonRoot } from '../../src/checks/dockerfile-non-root.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

const run = async (check: CheckDef, files: Record<string, string>) => {
  const out = await runCase(check, { name: 'stop37-fullrepos', files });
  expect(out.error).toBeUndefined();
  return out.findings;
};

describe('D2: the advice for a Vite command follows the framework package.json depends on', () => {
  const pkg = (deps: Record<string, string>, scripts: Record<string, string> = { dev: 'vite dev', build: 'vite build', preview: 'vite preview', start: 'node build' }) =>
    JSON.stringify({ name: 'app', private: true, type: 'module', scripts, devDependencies: { vite: '^5.0.0', ...deps } });
  const render = (cmd: string) => `services:\n  - type: web\n    name: app\n    runtime: node\n    buildCommand: npm ci && npm run build\n    startCommand: ${cmd}\n`;
  const advice = async (files: Record<string, string>) => {
    const f = (await run(productionServer, files)).filter((x) => !x.note);
    expect(f).toHaveLength(1);
    return { message: f[0]!.message, fix: f[0]!.fix ?? '' };
  };

  it('SvelteKit with adapter-node: vite build, then node build (message and fix line), not a static bundle', async () => {
    const a = await advice({ 'render.yaml': render('npm run dev'), 'package.json': pkg({ '@sveltejs/kit': '^2.0.0', '@sveltejs/adapter-node': '^5.0.0' }) });
    expect(a.message).toBe('render.yaml startCommand starts a development server: npm run dev → vite; build the app (vite build) and run the server adapter-node outputs (node build)');
    expect(a.fix).toBe('Build the app (vite build) and run the server adapter-node outputs (node build).');
  });

  it('SvelteKit with adapter-auto under vite preview: switch to adapter-node and run node build', async () => {
    for (const files of [
      { Procfile: 'web: npx vite preview --host 0.0.0.0 --port $PORT\n', 'package.json': pkg({ '@sveltejs/kit': '^2.0.0', '@sveltejs/adapter-auto': '^3.0.0' }) },
      { 'render.yaml': render('npm run preview -- --host 0.0.0.0'), 'package.json': pkg({ '@sveltejs/kit': '^2.0.0', '@sveltejs/adapter-auto': '^3.0.0' }) },
    ]) {
      const a = await advice(files);
      expect(a.message).toMatch(/vite preview; build the app \(vite build\) with SvelteKit's Node adapter \(@sveltejs\/adapter-node in svelte\.config\.js\) and run the server it outputs \(node build\)/);
      expect(a.message).not.toMatch(/static bundle/);
    }
  });

  it('the adapter svelte.config.js imports wins over the dependencies: adapter-static serves build/ with nginx', async () => {
    const deps = { '@sveltejs/kit': '^2.0.0', '@sveltejs/adapter-node': '^5.0.0', '@sveltejs/adapter-static': '^3.0.0' };
    const a = await advice({ 'render.yaml': render('npm run dev'), 'package.json': pkg(deps), 'svelte.config.js': "import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter() } };\n" });
    expect(a.message).toMatch(/; build the site \(vite build; adapter-static writes build\/\) and serve build\/ with nginx or a CDN$/);
    const b = await advice({ 'render.yaml': render('npm run dev'), 'package.json': pkg(deps), 'svelte.config.js': "import adapter from '@sveltejs/adapter-node';\nexport default { kit: { adapter: adapter() } };\n" });
    expect(b.message).toMatch(/run the server adapter-node outputs \(node build\)$/);
  });

  it('SolidStart and Qwik City get their own server output', async () => {
    const solid = await advice({ 'render.yaml': render('npm run dev'), 'package.json': pkg({ '@solidjs/start': '^1.0.0' }, { dev: 'vite dev', build: 'vite build' }) });
    expect(solid.message).toMatch(/run the server it outputs \(node \.output\/server\/index\.mjs\)$/);
    const qwik = await advice({ 'render.yaml': render('npm run dev'), 'package.json': pkg({ '@builder.io/qwik': '^1.5.0', '@builder.io/qwik-city': '^1.5.0' }, { dev: 'vite --mode ssr', build: 'qwik build' }) });
    expect(qwik.message).toMatch(/npm run dev → vite; build the app with a Node server adapter .*node server\/entry\.express/);
  });

  it('the package.json the script is written in decides (a sub-folder app), not the root one', async () => {
    const a = await advice({
      Procfile: 'web: cd web && npm run dev\n',
      'package.json': JSON.stringify({ name: 'root', private: true, devDependencies: { prettier: '^3.0.0' } }),
      'web/package.json': pkg({ '@sveltejs/kit': '^2.0.0', '@sveltejs/adapter-node': '^5.0.0' }),
    });
    expect(a.message).toMatch(/run the server adapter-node outputs \(node build\)$/);
  });

  it('a plain Vite app (React, no server framework) keeps the static-bundle advice', async () => {
    const a = await advice({ 'render.yaml': render('npm run dev'), 'package.json': pkg({ react: '^18.0.0', '@vitejs/plugin-react': '^4.0.0' }, { dev: 'vite', build: 'vite build' }) });
    expect(a.message).toMatch(/npm run dev → vite; build the static bundle and serve it with nginx or a CDN$/);
  });
});

describe('D3: a bare compose build arg takes its value from the project .env', () => {
  const compose = (args: string, extra = '') => `services:\n  web:\n    image: sentry-self-hosted-local\n    build:\n      context: ./sentry\n      args:\n${args}${extra}\n`;
  const DF = 'ARG SENTRY_IMAGE\nFROM ${SENTRY_IMAGE}\nCOPY . /usr/src/sentry\n';
  const lines = async (check: CheckDef, files: Record<string, string>) =>
    (await run(check, files)).map((f) => `${f.note ? 'note' : 'fail'} ${f.file}:${f.line} ${f.message}`);

  it('args: [SENTRY_IMAGE] with SENTRY_IMAGE=getsentry/sentry:latest in .env fails as latest (list and valueless-map forms)', async () => {
    for (const args of ['        - SENTRY_IMAGE', '        SENTRY_IMAGE:', '        SENTRY_IMAGE: ${SENTRY_IMAGE}']) {
      const files = { 'docker-compose.yml': compose(args), '.env': 'COMPOSE_PROJECT_NAME=sentry\nSENTRY_IMAGE=getsentry/sentry:latest\n', 'sentry/Dockerfile': DF };
      expect(await lines(imageTagPinned, files), args).toEqual([
        expect.stringMatching(/^fail sentry\/Dockerfile:2 FROM \$\{SENTRY_IMAGE\} \(resolves to getsentry\/sentry:latest\) uses the moving tag 'latest' as service 'web' in docker-compose\.yml builds it \(build\.args SENTRY_IMAGE=getsentry\/sentry:latest\)/),
      ]);
    }
  });

  it('a pinned value in .env passes', async () => {
    const files = { 'docker-compose.yml': compose('        - SENTRY_IMAGE'), '.env': 'SENTRY_IMAGE=getsentry/sentry:24.4.2\n', 'sentry/Dockerfile': DF };
    expect(await lines(imageTagPinned, files)).toEqual([]);
  });

  it('set nowhere, or only in the service environment/env_file: still the unverifiable note', async () => {
    const cases: Record<string, string>[] = [
      { 'docker-compose.yml': compose('        - SENTRY_IMAGE'), 'sentry/Dockerfile': DF },
      { 'docker-compose.yml': compose('        - SENTRY_IMAGE'), '.env': 'OTHER=1\n', 'sentry/Dockerfile': DF },
      { 'docker-compose.yml': compose('        - SENTRY_IMAGE', '    environment:\n      SENTRY_IMAGE: getsentry/sentry:latest'), 'sentry/Dockerfile': DF },
      { 'docker-compose.yml': compose('        - SENTRY_IMAGE', '    env_file: sentry.env'), 'sentry.env': 'SENTRY_IMAGE=getsentry/sentry:latest\n', 'sentry/Dockerfile': DF },
    ];
    for (const files of cases) {
      const out = await lines(imageTagPinned, files);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(/^note sentry\/Dockerfile:2 FROM \$\{SENTRY_IMAGE\} is unverifiable/);
    }
  });

  it('dockerfile-non-root: USER ${APP_UID} with a bare arg and APP_UID=0 in .env fails; 10001 passes', async () => {
    const df = 'FROM python:3.12-slim\nARG APP_UID\nUSER ${APP_UID}\nCMD ["python", "-m", "http.server"]\n';
    const files = (uid: string) => ({ 'docker-compose.yml': 'services:\n  app:\n    build:\n      context: .\n      args:\n        - APP_UID\n', '.env': `APP_UID=${uid}\n`, Dockerfile: df });
    const root = (await run(dockerfileNonRoot, files('0'))).filter((f) => !f.note);
    expect(root).toHaveLength(1);
    expect(root[0]!.message).toMatch(/APP_UID=0/);
    expect((await run(dockerfileNonRoot, files('10001'))).filter((f) => !f.note)).toEqual([]);
  });
});
