import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { productionServer } from '../../src/checks/production-server.js';
import { executeCheck, parseOptions } from '../../src/engine/execute.js';
import { tomlError } from '../../src/repo/toml.js';
import { snapshotOf } from '../helpers/check-tester.js';

// QA stop 42 fullrepos21: AWS Copilot manifests are read as the other platform files are (D1); fly.toml, railway.toml and Heroku
// app.json that do not parse are parse errors named in skip reasons (D2); fly.toml's response headers are judged by cors-wildcard (D4).

const run = async (check: CheckDef, files: Record<string, string>) => {
  const snap = snapshotOf(files);
  const out = await executeCheck(check, snap, parseOptions(check, {}), new Date('2026-12-01T00:00:00Z'));
  expect(out.error).toBeUndefined();
  const at = (f: { file?: string | null; line?: number | null; column?: number | null }) => `${f.file}:${f.line}${f.column ? `:${f.column}` : ''}`;
  return {
    failures: out.findings.filter((f) => !f.note).map((f) => `${at(f)} ${f.message}`),
    notes: out.findings.filter((f) => f.note).map((f) => `${at(f)} ${f.message}`),
    skipped: out.skipped,
    problems: snap.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`),
  };
};

const DOCKERFILE = 'FROM node:20.15-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n';
const PACKAGE = '{ "name": "web", "scripts": { "start": "node server.js", "dev": "nodemon server.js" }, "dependencies": { "express": "4.19.2" }, "devDependencies": { "nodemon": "3.1.4" } }\n';
const WEB = [
  'name: web',
  'type: Load Balanced Web Service',
  'http:',
  "  path: '/'",
  'image:',
  '  build: Dockerfile',
  '  port: 3000',
  'command: npm run dev',
  'variables:',
  '  NODE_ENV: development',
  '  DEBUG: "true"',
  '',
].join('\n');
const REPO = { Dockerfile: DOCKERFILE, 'package.json': PACKAGE, 'server.js': 'require("express")().listen(3000);\n' };

describe('AWS Copilot service manifests are read (D1)', () => {
  it('a dev-server command fails production-server at its key', async () => {
    const out = await run(productionServer, { ...REPO, 'copilot/web/manifest.yml': WEB });
    expect(out.failures).toEqual([expect.stringMatching(/^copilot\/web\/manifest\.yml:8:1 Copilot service 'web' command starts a development server: npm run dev → nodemon/)]);
  });

  it('debug variables fail debug-mode; an untagged image.location fails image-tag-pinned', async () => {
    const debug = await run(debugMode, { ...REPO, 'copilot/web/manifest.yml': WEB });
    expect(debug.failures).toEqual([
      expect.stringMatching(/^copilot\/web\/manifest\.yml:10:13 Copilot service 'web' variables sets NODE_ENV=development/),
      expect.stringMatching(/^copilot\/web\/manifest\.yml:11:11 Copilot service 'web' variables sets DEBUG=true/),
    ]);
    const spring = 'name: api\ntype: Backend Service\nimage:\n  build: Dockerfile\nvariables:\n  SERVER_ERROR_INCLUDE_STACKTRACE: always\n';
    expect((await run(debugMode, { 'copilot/api/manifest.yml': spring })).failures).toEqual([expect.stringMatching(/^copilot\/api\/manifest\.yml:6:36 .*SERVER_ERROR_INCLUDE_STACKTRACE=always/)]);
    const worker = 'name: worker\ntype: Worker Service\nimage:\n  location: redis\nsidecars:\n  proxy:\n    image: nginx:latest\n';
    expect((await run(imageTagPinned, { ...REPO, 'copilot/worker/manifest.yml': worker })).failures).toEqual([
      expect.stringMatching(/^copilot\/worker\/manifest\.yml:4:13 Copilot service 'worker' image\.location redis has no tag/),
      expect.stringMatching(/^copilot\/worker\/manifest\.yml:7:12 Copilot service 'worker' sidecar 'proxy' image nginx:latest uses the moving tag 'latest'/),
    ]);
  });

  it('a correct production manifest passes: production variables, SSM/Secrets Manager secrets, a pinned image', async () => {
    const good = [
      'name: web',
      'type: Load Balanced Web Service',
      'image:',
      '  build: { dockerfile: Dockerfile, context: . }',
      '  port: 3000',
      'command: ["node", "server.js"]',
      'variables:',
      '  NODE_ENV: production',
      '  LOG_LEVEL: info',
      '  IMAGE_TAG: ${TAG}',
      'secrets:',
      '  DB_PASSWORD: /copilot/${COPILOT_APPLICATION_NAME}/${COPILOT_ENVIRONMENT_NAME}/secrets/db_password',
      '  SESSION_SECRET: SESSION_SECRET',
      '  API_KEY:',
      '    secretsmanager: demo/test/api_key',
      'sidecars:',
      '  proxy:',
      '    image: public.ecr.aws/nginx/nginx:1.27.0',
      '',
    ].join('\n');
    const files = { ...REPO, 'copilot/web/manifest.yml': good, 'copilot/environments/prod/manifest.yml': 'name: prod\ntype: Environment\n' };
    for (const check of [productionServer, debugMode, imageTagPinned, hardcodedSecret, defaultCredentials]) {
      const out = await run(check, files);
      expect(out.failures, check.id).toEqual([]);
    }
  });

  it('a literal default credential in variables is judged; secrets are references, never values', async () => {
    const m = 'name: api\ntype: Backend Service\nimage:\n  location: ghcr.io/acme/api:1.4.2\nvariables:\n  POSTGRES_PASSWORD: postgres\nsecrets:\n  ADMIN_PASSWORD: admin\n';
    const out = await run(defaultCredentials, { 'copilot/api/manifest.yml': m });
    expect(out.failures).toEqual([expect.stringMatching(/^copilot\/api\/manifest\.yml:6:22 POSTGRES_PASSWORD \(Copilot service 'api' variables\)/)]);
  });

  it("a non-production environment's override gives notes; a production one's fails", async () => {
    const m = [
      'name: web',
      'type: Load Balanced Web Service',
      'image:',
      '  build: Dockerfile',
      'variables:',
      '  NODE_ENV: production',
      'environments:',
      '  test:',
      '    variables:',
      '      DEBUG: "true"',
      '    command: npm run dev',
      '  prod:',
      '    variables:',
      '      FLASK_DEBUG: "1"',
      '',
    ].join('\n');
    const debug = await run(debugMode, { ...REPO, 'copilot/web/manifest.yml': m });
    expect(debug.failures).toEqual([expect.stringMatching(/^copilot\/web\/manifest\.yml:14:21 Copilot service 'web' environment 'prod' variables sets FLASK_DEBUG=1/)]);
    expect(debug.notes).toEqual([expect.stringMatching(/^copilot\/web\/manifest\.yml:10:15 Copilot service 'web' environment 'test' variables sets DEBUG=true.*\(development environment 'test'\)$/)]);
    const server = await run(productionServer, { ...REPO, 'copilot/web/manifest.yml': m });
    expect(server.failures).toEqual([]);
    expect(server.notes).toEqual([expect.stringMatching(/^copilot\/web\/manifest\.yml:11:5 Copilot service 'web' environment 'test' command starts a development server: npm run dev → nodemon.*\(development environment 'test'\)$/)]);
  });

  it("the manifest's own value that every production environment overrides is a note", async () => {
    const m = [
      'name: web',
      'type: Load Balanced Web Service',
      'image:',
      '  build: Dockerfile',
      'command: npm run dev',
      'variables:',
      '  DEBUG: "true"',
      'environments:',
      '  prod:',
      '    command: npm start',
      '    variables:',
      '      DEBUG: "false"',
      '',
    ].join('\n');
    const files = { ...REPO, 'copilot/web/manifest.yml': m, 'copilot/environments/prod/manifest.yml': 'name: prod\ntype: Environment\n', 'copilot/environments/test/manifest.yml': 'name: test\ntype: Environment\n' };
    const server = await run(productionServer, files);
    expect(server.failures).toEqual([]);
    expect(server.notes).toEqual([expect.stringMatching(/^copilot\/web\/manifest\.yml:5:1 .*\(overridden by environment 'prod' for production\)$/)]);
    const debug = await run(debugMode, files);
    expect(debug.failures).toEqual([]);
    expect(debug.notes).toEqual([expect.stringMatching(/^copilot\/web\/manifest\.yml:7:11 .*DEBUG=true.*\(overridden by environment 'prod' for production\)$/)]);
    // A production environment that does not override it (staging) still gets the manifest's own value.
    const staging = await run(debugMode, { ...files, 'copilot/environments/staging/manifest.yml': 'name: staging\ntype: Environment\n' });
    expect(staging.failures).toEqual([expect.stringMatching(/^copilot\/web\/manifest\.yml:7:11 /)]);
  });

  it("a workspace below the root: paths from the folder holding copilot/, the command run in the build context", async () => {
    const m = 'name: api\ntype: Backend Service\nimage:\n  build:\n    dockerfile: api/Dockerfile\n    context: api\ncommand: npm run dev\n';
    const out = await run(productionServer, { 'backend/api/Dockerfile': DOCKERFILE, 'backend/api/package.json': PACKAGE, 'backend/copilot/api/manifest.yml': m });
    expect(out.failures).toEqual([expect.stringMatching(/^backend\/copilot\/api\/manifest\.yml:7:1 Copilot service 'api' command starts a development server: npm run dev → nodemon/)]);
  });

  it("the command replaces the image's CMD, unless another workload runs the image as built", async () => {
    const devCmd = DOCKERFILE.replace('CMD ["node", "server.js"]', 'CMD ["npm", "run", "dev"]');
    const web = 'name: web\ntype: Load Balanced Web Service\nimage:\n  build: Dockerfile\ncommand: node server.js\n';
    const replaced = await run(productionServer, { ...REPO, Dockerfile: devCmd, 'copilot/web/manifest.yml': web });
    expect(replaced.failures).toEqual([]);
    expect(replaced.notes).toEqual([expect.stringMatching(/^Dockerfile:7:1 .*replaced by Copilot service 'web' command in production/)]);
    const worker = 'name: jobs\ntype: Backend Service\nimage:\n  build: Dockerfile\n';
    const runs = await run(productionServer, { ...REPO, Dockerfile: devCmd, 'copilot/web/manifest.yml': web, 'copilot/jobs/manifest.yml': worker });
    expect(runs.failures).toEqual([expect.stringMatching(/^Dockerfile:7:1 /)]);
  });

  it('environment and pipeline manifests, test folders and a Worker Service command are not read as servers', async () => {
    const files = {
      ...REPO,
      'copilot/environments/prod/manifest.yml': 'name: prod\ntype: Environment\nvariables:\n  DEBUG: "true"\n',
      'copilot/pipelines/main/manifest.yml': 'name: main\nversion: 1\nsource:\n  provider: GitHub\n',
      'test/fixtures/copilot/web/manifest.yml': WEB,
      'copilot/queue/manifest.yml': 'name: queue\ntype: Worker Service\nimage:\n  build: Dockerfile\ncommand: npm run dev\n',
    };
    expect((await run(debugMode, files)).failures).toEqual([]);
    expect((await run(productionServer, files)).failures).toEqual([]);
  });
});

describe('TOML and Heroku app.json platform files that do not parse are parse errors (D2)', () => {
  it('railway.toml with a string never closed: a parse error where it opens, named in the skip reason', async () => {
    const out = await run(productionServer, { 'package.json': '{"scripts":{"dev":"next dev"}}\n', 'railway.toml': '[deploy]\nstartCommand = "npm run dev\nhealthcheckPath = "/health"\n' });
    expect(out.problems).toEqual(['railway.toml:2:28 not valid TOML: control characters are not allowed in strings']);
    expect(out.skipped).toBe('no CMD/ENTRYPOINT, compose command, Procfile web, platform start command, systemd ExecStart or Kubernetes command, and a platform deploy file could not be parsed: railway.toml: parse-error (see that finding)');
  });

  it("fly.toml with a table header never closed or a value followed by a comma; what the line reader reads is still judged", async () => {
    const header = await run(debugMode, { 'fly.toml': 'app = "x"\n[processes\napp = "npm run dev"\n' });
    expect(header.problems).toEqual(['fly.toml:2:11 not valid TOML: illegal character in key']);
    expect(header.skipped).toBe('no deploy config, production env file, settings module or framework configuration, and a platform deploy file could not be parsed: fly.toml: parse-error (see that finding)');
    const comma = await run(debugMode, { 'fly.toml': "app = 'x'\n\n[env]\n  NODE_ENV = 'development'\n\n[http_service]\n  internal_port = 3000\n  force_https = true,\n" });
    expect(comma.problems).toEqual(['fly.toml:8:21 not valid TOML: each key-value declaration must be followed by an end-of-line']);
    expect(comma.failures).toEqual([expect.stringMatching(/^fly\.toml:4:3 fly\.toml \[env\] sets NODE_ENV=development/)]);
  });

  it('a Heroku app.json that is not valid JSON is a parse error and is not read; a valid one is judged', async () => {
    const broken = '{\n  "env": {\n    "DEBUG": {"value": "True"},\n  }\n}\n';
    const out = await run(debugMode, { 'app.json': broken });
    expect(out.problems).toEqual([expect.stringMatching(/^app\.json:4:3 not valid JSON: /)]);
    expect(out.skipped).toMatch(/, and a platform deploy file could not be parsed: app\.json: parse-error \(see that finding\)$/);
    expect((await run(debugMode, { 'app.json': broken.replace('},\n  }', '}\n  }') })).failures).toEqual([expect.stringMatching(/^app\.json:3:25 app\.json env sets DEBUG=True/)]);
    // Expo's app.json is not Heroku's: not read, so not reported.
    expect((await run(debugMode, { 'app.json': '{\n  "expo": { "name": "x", "extra": { "env": "prod" }, },\n}\n' })).problems).toEqual([]);
  });

  it('a valid fly.toml is no parse error (tables, arrays over lines, inline tables, dates, comments)', async () => {
    const fly = [
      '# fly.toml app configuration file generated for next-fly on 2024-07-01T10:00:00Z',
      "app = 'next-fly'",
      "primary_region = 'fra'",
      'kill_timeout = 5.0',
      "'quoted key' = \"a \\\"b\\\" \\u00e9\"",
      '',
      '[build]',
      '  dockerfile = "Dockerfile"',
      '  [build.args]',
      '    NEXT_PUBLIC_URL = """https://example.com',
      '    /app"""',
      '',
      '[env]',
      "  NODE_ENV = 'production'",
      '  PORT = "3000"  # the port',
      '',
      '[http_service]',
      '  internal_port = 3000',
      '  force_https = true',
      '  auto_stop_machines = "stop"',
      '  min_machines_running = 0',
      "  processes = ['app']",
      '  [http_service.concurrency]',
      '    type = "connections"',
      '    hard_limit = 1_000',
      '  [[http_service.checks]]',
      '    grace_period = "10s"',
      '    method = "GET"',
      '    path = "/healthz"',
      '',
      '[[vm]]',
      "  size = 'shared-cpu-1x'",
      '  memory = "1gb"',
      '',
      '[deploy]',
      "  release_command = 'npx prisma migrate deploy'",
      '  strategy = "rolling"',
      '',
      '[[statics]]',
      "  guest_path = '/app/public'",
      "  url_prefix = '/static/'",
      '',
      '[metrics]',
      '  port = 9091',
      '  path = "/metrics"',
      '',
      '[mounts]',
      '  source = "data"',
      '  destination = "/data"',
      '  initial_size = "1gb"',
      '  snapshot_retention = 5',
      '',
      '[experimental]',
      '  cmd = [',
      '    "node", # the runtime',
      '    "server.js",',
      '  ]',
      '  entrypoint = { a = 1, b = [2, 3], c = { d = 1979-05-27T07:32:00Z } }',
      '  when = 1979-05-27 07:32:00.999-07:00',
      '  ratio = -3.5e-2',
      '  mask = 0o755',
      '  flags = 0xdead_beef',
      '  off = nan',
      '',
    ].join('\r\n');
    expect(tomlError(fly)).toBeNull();
    expect((await run(productionServer, { 'fly.toml': fly, Dockerfile: DOCKERFILE, ...REPO })).problems).toEqual([]);
  });

  it('tomlError names where TOML stops reading (smol-toml\'s place and reason)', () => {
    expect(tomlError('a = [1, 2\n')).toEqual({ line: 2, column: 1, message: 'expected comma or end of structure' });
    expect(tomlError('a = {b = 1\n')).toMatchObject({ line: 2, column: 1 });
    expect(tomlError('[env]\nNODE ENV = "x"\n')).toEqual({ line: 2, column: 6, message: 'illegal character in key' });
    expect(tomlError('a = production\n')).toMatchObject({ line: 1, column: 5 });
    expect(tomlError("a = 'x'\nb = \"\\q\"\n")).toMatchObject({ line: 2, column: 7 });
    expect(tomlError('a = \"\"\"\nnever closed\n')).toMatchObject({ line: 1, column: 5 });
    expect(tomlError('a = 1 b = 2\n')).toMatchObject({ line: 1, column: 7 });
    // The byte-order mark is no column of the first line.
    expect(tomlError('\uFEFF[[services]\n')).toMatchObject({ line: 1, column: 12 });
    expect(tomlError('a = 01\n')).toMatchObject({ line: 1, column: 5 });
    // A key defined twice, which flyctl's parser refuses too.
    expect(tomlError('[env]\nA = "1"\nA = "2"\n')).toMatchObject({ line: 3, column: 1 });
    // TOML 1.1: an inline table over lines, a time without seconds.
    expect(tomlError('x = {a=1,\n b=2}\nd = 2024-01-01T10:00\n')).toBeNull();
  });
});

describe("fly.toml's response headers are judged by cors-wildcard (D4)", () => {
  const fly = (headers: string, name = 'fly.toml') => ({ [name]: `app = "x"\n\n[http_service]\n  internal_port = 3000\n${headers}` });

  it('a literal * set by Fly\'s proxy fails, at the header', async () => {
    const out = await run(corsWildcard, fly('  [http_service.http_options.response.headers]\n    Access-Control-Allow-Origin = "*"\n'));
    expect(out.failures).toEqual(["fly.toml:6:5 fly.toml [http_service.http_options.response.headers] sets Access-Control-Allow-Origin: * (any origin); list the allowed origins explicitly"]);
    // An inline table, a quoted header name, a `[[services.ports]]` port's.
    const inline = await run(corsWildcard, fly('  [http_service.http_options.response]\n    headers = { "access-control-allow-origin" = "*" }\n'));
    expect(inline.failures).toEqual([expect.stringMatching(/^fly\.toml:6:17 /)]);
    const ports = await run(corsWildcard, { 'fly.toml': 'app = "x"\n[[services]]\n  internal_port = 8080\n  [[services.ports]]\n    port = 443\n    [services.ports.http_options.response.headers]\n      Access-Control-Allow-Origin = "*"\n' });
    expect(ports.failures).toEqual([expect.stringMatching(/^fly\.toml:7:7 fly\.toml \[services\.ports\.http_options\.response\.headers\] sets/)]);
  });

  it('an origin listed, another header, a header removed pass; a development config gives a note', async () => {
    const ok = await run(corsWildcard, fly('  [http_service.http_options.response.headers]\n    Access-Control-Allow-Origin = "https://app.example.com"\n    X-Frame-Options = "DENY"\n    Server = false\n'));
    expect(ok.failures).toEqual([]);
    expect(ok.skipped).toBeUndefined();
    const dev = await run(corsWildcard, fly('  [http_service.http_options.response.headers]\n    Access-Control-Allow-Origin = "*"\n', 'fly.dev.toml'));
    expect(dev.failures).toEqual([]);
    expect(dev.notes).toEqual([expect.stringMatching(/^fly\.dev\.toml:6:5 .*\(development-only; make sure production lists its origins\)$/)]);
  });
});
