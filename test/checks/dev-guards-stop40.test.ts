import { describe, expect, it } from 'vitest';
import type { CheckDef } from '../../src/checks/define.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

/** Findings as `[NOTE ]file:line:column message`, sorted. */
async function shown(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop40', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message}`).sort();
}
/** The files of `files` that give a failure (not a note), sorted. */
async function failing(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop40', files });
  expect(out.error).toBeUndefined();
  return [...new Set(out.findings.filter((f) => !f.note).map((f) => f.file!))].sort();
}
/** The files of `files` that give a note, sorted. */
async function noted(check: CheckDef, files: Record<string, string>): Promise<string[]> {
  const out = await runCase(check, { name: 'stop40', files });
  expect(out.error).toBeUndefined();
  return [...new Set(out.findings.filter((f) => f.note).map((f) => f.file!))].sort();
}

const EXPRESS = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\nconst isProd = process.env.NODE_ENV === 'production';\nconst isDev = process.env.NODE_ENV === 'development';\n";
const js = (body: string) => `${EXPRESS}${body}\napp.listen(3000);\n`;
const FLASK = 'import os\nfrom flask import Flask\nfrom flask_cors import CORS\nfrom app.core import settings\nIS_PRODUCTION = os.environ.get("APP_ENV") == "production"\napp = Flask(__name__)\n';
const flask = (body: string) => `${FLASK}${body}\n`;

// D1: a guard that is off only in production is development-only code, as `NODE_ENV !== 'production'` is.
describe('QA40 fphunt11 D1: not-production guards are development-only (cors-wildcard)', () => {
  it('the examiner\'s JavaScript: a boolean alias negated, the ternary\'s development arm, Express\'s app.get(\'env\') give notes', async () => {
    const files = {
      'd/server.js': js('if (!isProd) {\n  app.use(cors());\n}'),
      'e/server.js': js("app.use(isProd ? cors({ origin: 'https://a.example.com' }) : cors());"),
      'x/server.js': js("if (app.get('env') !== 'production') {\n  app.use(cors());\n}"),
    };
    const f = await shown(corsWildcard, files);
    expect(f).toEqual([
      'NOTE d/server.js:7:11 cors() without options allows any origin (development-only; make sure production lists its origins)',
      'NOTE e/server.js:6:62 cors() without options allows any origin (development-only; make sure production lists its origins)',
      'NOTE x/server.js:7:11 cors() without options allows any origin (development-only; make sure production lists its origins)',
    ]);
  });

  it('more JavaScript not-production shapes: a conjunction, `=== false`, a method, optional chaining, nested ternaries, the else of a production test', async () => {
    const files = {
      'a.js': js("if (process.env.APP_ENV !== 'prod' && process.env.APP_ENV !== 'staging') { app.use(cors()); }"),
      'b.js': js('if (isProduction === false) { app.use(cors()); }'),
      'c.js': js('if (!config.isProduction()) { app.use(cors()); }'),
      'd.js': js("app.use(config?.isProd ? cors({ origin: 'x' }) : cors());"),
      'e.js': js("app.use(isProd ? cors({ origin: 'x' }) : isStaging ? cors({ origin: 'y' }) : cors());"),
      'f.js': js("if (isProd) { app.use(cors({ origin: 'x' })); } else { app.use(cors()); }"),
      'g.js': js("if (process.env.NODE_ENV === 'production') { app.use(cors({ origin: 'x' })); } else if (isStaging) { app.use(cors({ origin: 'y' })); } else { app.use(cors()); }"),
      'h.js': js("app.use(isDev ? cors() : cors({ origin: 'x' }));"),
      'i.js': js("app.use(!isProd ? cors() : cors({ origin: 'x' }));"),
    };
    expect(await failing(corsWildcard, files)).toEqual([]);
    expect(await noted(corsWildcard, files)).toEqual(Object.keys(files).sort());
  });

  it('keeps real misconfigurations: production-only guards, guards off only in development, staging tests and open conjunctions still fail', async () => {
    const files = {
      'a.js': js('if (isProd) { app.use(cors()); }'),
      'b.js': js('app.use(cors());'),
      'c.js': js('if (!isDev) { app.use(cors()); }'),
      'd.js': js("app.use(isProd ? cors() : cors({ origin: 'x' }));"),
      'e.js': js("app.use(isStaging ? cors({ origin: 'x' }) : cors());"),
      'f.js': js("if (isStaging) { app.use(cors({ origin: 'x' })); } else { app.use(cors()); }"),
      'g.js': js("if (isProd && x) { app.use(cors({ origin: 'x' })); } else { app.use(cors()); }"),
      'h.js': js('if (!isProd || req) { app.use(cors()); }'),
      'i.js': js("if (app.get('env') === 'production') { app.use(cors()); }"),
    };
    expect(await failing(corsWildcard, files)).toEqual(Object.keys(files).sort());
  });

  it('the examiner\'s Python: != "production" of an environment name, not IS_PRODUCTION, app.config["ENV"] give notes', async () => {
    const files = {
      'a/app.py': flask('if os.environ.get("APP_ENV") != "production":\n    CORS(app)'),
      'b/app.py': flask('if settings.ENVIRONMENT != "production":\n    CORS(app)'),
      'c/app.py': flask('if not settings.IS_PRODUCTION:\n    CORS(app)'),
      'd/app.py': flask('if app.config["ENV"] != "production":\n    CORS(app)'),
      'e/app.py': flask('if not IS_PRODUCTION:\n    CORS(app)\nelse:\n    CORS(app, origins=["https://app.example.com"])'),
      'f/app.py': flask('if IS_PRODUCTION:\n    CORS(app, origins=["https://a.example.com"])\nelse:\n    CORS(app)'),
      'g/app.py': flask('if settings.ENVIRONMENT == "production":\n    CORS(app, origins=["https://a.example.com"])\nelif settings.ENVIRONMENT == "staging":\n    CORS(app, origins=["https://s.example.com"])\nelse:\n    CORS(app)'),
      'h/app.py': flask('if settings.ENVIRONMENT not in ("production", "staging"):\n    CORS(app)'),
      'i/app.py': flask('if IS_PRODUCTION is False:\n    CORS(app)'),
    };
    expect(await failing(corsWildcard, files)).toEqual([]);
    expect(await noted(corsWildcard, files)).toEqual(Object.keys(files).sort());
  });

  it('Python that runs in production still fails: a production guard, a staging test\'s else, `or` with anything, a try/else', async () => {
    const files = {
      'a/app.py': flask('if IS_PRODUCTION:\n    CORS(app)'),
      'b/app.py': flask('if settings.ENVIRONMENT == "staging":\n    CORS(app, origins=["https://s.example.com"])\nelse:\n    CORS(app)'),
      'c/app.py': flask('if settings.ENVIRONMENT in ("production", "staging"):\n    CORS(app)'),
      'd/app.py': flask('if settings.ENVIRONMENT != "production" or settings.FORCE:\n    CORS(app)'),
      'e/app.py': flask('try:\n    pass\nexcept Exception:\n    pass\nelse:\n    CORS(app)'),
      'f/app.py': flask('if not settings.DEBUG:\n    CORS(app)'),
    };
    expect(await failing(corsWildcard, files)).toEqual(Object.keys(files).sort());
  });

  it('Django settings under `if ENVIRONMENT != "production":` give notes in cors-wildcard and cookie-flags; under `== "production"` they fail', async () => {
    const settings = (cond: string) => `import os\nENVIRONMENT = os.environ.get("ENVIRONMENT", "production")\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nINSTALLED_APPS = ["corsheaders"]\nif ${cond}:\n    CORS_ALLOW_ALL_ORIGINS = True\n    SESSION_COOKIE_SECURE = False\n`;
    const files = { 'api/proj/settings.py': settings('ENVIRONMENT != "production"'), 'web/proj/settings.py': settings('ENVIRONMENT == "production"') };
    for (const check of [corsWildcard, cookieFlags]) {
      expect(await failing(check, files)).toEqual(['web/proj/settings.py']);
      expect(await noted(check, files)).toEqual(['api/proj/settings.py']);
    }
  });
});

describe('QA40 fphunt11 D1: not-production guards in cookie-flags and debug-mode', () => {
  const session = (body: string) => `const express = require('express');\nconst session = require('express-session');\nconst app = express();\nconst isProd = process.env.NODE_ENV === 'production';\nconst sess = { secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true } };\n${body}\napp.use(session(sess));\n`;

  it('Express\'s own idiom (app.get(\'env\') !== \'production\') and !isProd give notes; if (isProd) and no guard fail', async () => {
    const files = {
      'a/app.js': session("if (app.get('env') !== 'production') {\n  sess.cookie.secure = false;\n}"),
      'c/app.js': session('if (!isProd) {\n  sess.cookie.secure = false;\n}'),
      'p/app.js': session('if (isProd) {\n  sess.cookie.secure = false;\n}'),
      'u/app.js': session('sess.cookie.secure = false;'),
    };
    expect(await noted(cookieFlags, files)).toEqual(['a/app.js', 'c/app.js']);
    expect(await failing(cookieFlags, files)).toEqual(['p/app.js', 'u/app.js']);
  });

  it('debug-mode: FastAPI(debug=True) under `!= "production"` is a note, under a staging test it fails', async () => {
    const app = (cond: string) => `from fastapi import FastAPI\nfrom app.core import settings\nif ${cond}:\n    app = FastAPI(debug=True)\nelse:\n    app = FastAPI()\n`;
    const df = (dir: string) => `FROM python:3.12.4-slim\nWORKDIR /app\nCOPY ${dir} .\nUSER 10001\nCMD ["uvicorn", "main:app", "--host", "0.0.0.0"]\n`;
    const files = { 'a/main.py': app('settings.ENVIRONMENT != "production"'), 'a/Dockerfile': df('a'), 'b/main.py': app('settings.ENVIRONMENT == "staging"'), 'b/Dockerfile': df('b') };
    expect(await noted(debugMode, files)).toEqual(['a/main.py']);
    expect(await failing(debugMode, files)).toEqual(['b/main.py']);
  });

  it('a Go switch under != "production" stays an info note with its own wording (debug-mode judges Go guards itself)', async () => {
    const go = 'package main\n\nimport (\n\t"os"\n\n\t"github.com/gin-gonic/gin"\n)\n\nfunc main() {\n\tif os.Getenv("APP_ENV") != "production" {\n\t\tgin.SetMode(gin.DebugMode)\n\t}\n\tr := gin.New()\n\tr.Run()\n}\n';
    const f = await shown(debugMode, { 'main.go': go });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatch(/^NOTE main\.go:11:3 gin\.SetMode\(gin\.DebugMode\) .*only outside production/);
  });
});

// D2: an ASP.NET Core named CORS policy applied only in development code.
describe('QA40 fphunt11 D2: an ASP.NET Core CORS policy used only under IsDevelopment() is development-only', () => {
  const program = (uses: string, policy = 'options.AddPolicy("Dev", policy => policy.AllowAnyOrigin().AllowAnyHeader());') =>
    `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllers();\nbuilder.Services.AddCors(options =>\n{\n    ${policy}\n    options.AddPolicy("Prod", policy => policy.WithOrigins("https://app.example.com"));\n});\nvar app = builder.Build();\n${uses}\napp.MapControllers();\napp.Run();\n`;
  const devUse = 'if (app.Environment.IsDevelopment())\n{\n    app.UseCors("Dev");\n}\nelse\n{\n    app.UseCors("Prod");\n}';

  it('the examiner\'s Program.cs (the policy named by a constant, UseCors inside IsDevelopment()): a note naming the policy', async () => {
    const cs = 'const string DevCorsPolicy = "DevCorsPolicy";\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllers();\nbuilder.Services.AddCors(options =>\n{\n    options.AddPolicy(DevCorsPolicy, policy =>\n    {\n        policy.AllowAnyOrigin()\n              .AllowAnyHeader()\n              .AllowAnyMethod();\n    });\n});\nvar app = builder.Build();\nif (app.Environment.IsDevelopment())\n{\n    app.UseCors(DevCorsPolicy);\n}\napp.MapControllers();\napp.Run();\n';
    expect(await shown(corsWildcard, { 'Program.cs': cs })).toEqual([
      'NOTE Program.cs:8:9 ASP.NET Core AllowAnyOrigin() allows any origin in policy "DevCorsPolicy", which only development-only code applies (development-only; make sure production lists its origins)',
    ]);
  });

  it('a literal name, a constant of another class, a named argument and #if DEBUG give notes', async () => {
    expect(await failing(corsWildcard, { 'Program.cs': program(devUse) })).toEqual([]);
    expect(await noted(corsWildcard, { 'Program.cs': program(devUse) })).toEqual(['Program.cs']);
    const constant = program('if (app.Environment.IsDevelopment())\n{\n    app.UseCors(CorsPolicies.Dev);\n}', 'options.AddPolicy(CorsPolicies.Dev, p => p.AllowAnyOrigin());');
    expect(await noted(corsWildcard, { 'Program.cs': constant, 'CorsPolicies.cs': 'public static class CorsPolicies { public const string Dev = "AllowAll"; }\n' })).toEqual(['Program.cs']);
    const named = program('if (app.Environment.IsDevelopment())\n{\n    app.UseCors(policyName: "AllowAll");\n}', 'options.AddPolicy(name: "AllowAll", configurePolicy: p => p.AllowAnyOrigin());');
    expect(await noted(corsWildcard, { 'Program.cs': named })).toEqual(['Program.cs']);
    const debug = program('#if DEBUG\napp.UseCors("Dev");\n#else\napp.UseCors("Prod");\n#endif');
    expect(await noted(corsWildcard, { 'Program.cs': debug })).toEqual(['Program.cs']);
  });

  it('a use outside development code keeps the failure: [EnableCors] on a controller, RequireCors, UseCors outside, a computed name, #else, a negated check, no use', async () => {
    const cases: Record<string, Record<string, string>> = {
      controller: { 'Program.cs': program(devUse), 'Controllers/A.cs': '[ApiController]\n[EnableCors("Dev")]\npublic class A : ControllerBase {}\n' },
      requireCors: { 'Program.cs': program(`${devUse}\napp.MapGet("/x", () => 1).RequireCors("Dev");`) },
      outside: { 'Program.cs': program('app.UseCors("Dev");') },
      computed: { 'Program.cs': program(`${devUse}\napp.UseCors(GetPolicyName());`) },
      elseDebug: { 'Program.cs': program('#if DEBUG\napp.UseCors("Prod");\n#else\napp.UseCors("Dev");\n#endif') },
      negated: { 'Program.cs': program('if (!app.Environment.IsDevelopment())\n{\n    app.UseCors("Dev");\n}') },
      unused: { 'Program.cs': program('app.UseCors("Prod");') },
    };
    for (const [name, files] of Object.entries(cases)) expect(await failing(corsWildcard, files), name).toEqual(['Program.cs']);
  });

  it('the default policy: a bare UseCors() only under IsDevelopment() is a note; outside, or with [EnableCors] on a controller, it fails', async () => {
    const def = (uses: string) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin()));\nvar app = builder.Build();\n${uses}\napp.Run();\n`;
    const dev = def('if (app.Environment.IsDevelopment())\n    app.UseCors();');
    expect(await noted(corsWildcard, { 'Program.cs': dev })).toEqual(['Program.cs']);
    expect(await failing(corsWildcard, { 'Program.cs': dev })).toEqual([]);
    expect(await failing(corsWildcard, { 'Program.cs': def('app.UseCors();') })).toEqual(['Program.cs']);
    expect(await failing(corsWildcard, { 'Program.cs': dev, 'Controllers/B.cs': '[EnableCors]\npublic class B : ControllerBase {}\n' })).toEqual(['Program.cs']);
  });
});

// D5: nox is a test runner (as tox is); invoke tasks are judged unless named for development or tests.
describe('QA40 fphunt11 D5: default-credentials and test/task runners', () => {
  it('noxfile.py is a test-runner file, exempt as tox.ini is (also in a subfolder)', async () => {
    const nox = 'import nox\n\n@nox.session\ndef tests(session):\n    session.run("pytest", env={"DJANGO_SECRET_KEY": "changeme"})\n';
    expect(await shown(defaultCredentials, { 'noxfile.py': nox, 'svc/noxfile.py': nox })).toEqual([]);
  });

  it('an invoke task named for development or tests gives a note; a deploy task, an undecorated helper and a Celery tasks.py are judged', async () => {
    const tasks = 'from invoke import task\n\n@task\ndef dev(c):\n    c.run("python manage.py runserver", env={"DJANGO_DEBUG": "True", "SECRET_KEY": "dev"})\n\n@task(help={"k": "v"})\ndef run_tests(c):\n    c.run("pytest", env={"SECRET_KEY": "changeme"})\n\n@task\ndef deploy(c):\n    c.run("fab deploy", env={"SECRET_KEY": "changeme"})\n\ndef local_helper(c):\n    c.run("x", env={"SECRET_KEY": "changeme"})\n';
    const f = await shown(defaultCredentials, { 'tasks.py': tasks, 'worker/tasks.py': 'from celery import shared_task\n\n@shared_task\ndef test_email():\n    send(env={"SECRET_KEY": "changeme"})\n' });
    expect(f).toEqual([
      'NOTE tasks.py:5:85 SECRET_KEY is set to a well-known default value; set a strong generated secret from a secret store instead (development-only invoke task dev)',
      'NOTE tasks.py:9:41 SECRET_KEY is set to a placeholder value; set a strong generated secret from a secret store instead (development-only invoke task run_tests)',
      'tasks.py:13:45 SECRET_KEY is set to a placeholder value; set a strong generated secret from a secret store instead',
      'tasks.py:16:36 SECRET_KEY is set to a placeholder value; set a strong generated secret from a secret store instead',
      'worker/tasks.py:5:30 SECRET_KEY is set to a placeholder value; set a strong generated secret from a secret store instead',
    ]);
  });
});
