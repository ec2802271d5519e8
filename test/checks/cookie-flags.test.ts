import { describe, expect, it } from 'vitest';
import { runCase, snapshotOf, testCheck } from '../helpers/check-tester.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { executeCheck, parseOptions } from '../../src/engine/execute.js';

testCheck(cookieFlags, {
  valid: [
    { name: 'names that only contain a session word inside another word (sidebar, consider, author)', files: {
      'app.js': "res.cookie('sidebar_state', 'open', { secure: true, httpOnly: false });\nres.cookie('author_filter', 'me', { httpOnly: false });\n",
      'views.py': 'def v(resp):\n    resp.set_cookie("sidebar_collapsed", "1", secure=True, httponly=False)\n    resp.set_cookie("consider_later", "1", httponly=False)\n',
    } },
    { name: 'secure settings', files: { 'proj/settings.py': 'SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\nSESSION_COOKIE_HTTPONLY = True\n' } },
    { name: 'setting from env', files: { 'proj/settings.py': 'SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)\n' } },
    { name: 'CSRF_COOKIE_HTTPONLY False is fine', files: { 'proj/settings.py': 'CSRF_COOKIE_HTTPONLY = False\n' } },
    { name: 'commented out', files: { 'app.py': '# SESSION_COOKIE_SECURE = False\napp.config["X"] = 1\n' } },
    { name: 'in a docstring', files: { 'app.py': '"""\nSESSION_COOKIE_SECURE = False\n"""\n' } },
    { name: 'comparison, not assignment', files: { 'app.py': 'if SESSION_COOKIE_SECURE == False:\n    warn()\n' } },
    { name: 'express-session secure from env', files: { 'server.js': "const session = require('express-session');\napp.use(session({ secret: s, cookie: { secure: process.env.NODE_ENV === 'production', httpOnly: true } }));\n" } },
    { name: 'xsrf cookie readable by JS', files: { 'server.js': "res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false, secure: true });\n" } },
    { name: 'non-session cookie', files: { 'server.js': "res.cookie('theme', 'dark', { secure: false });\n" } },
    { name: 'Fastify/Koa/h3 cookies that are not session cookies, or set secure; a browser setCookie helper', files: {
      'src/routes.ts': "reply.setCookie('theme', 'dark', { secure: false });\nreply.setCookie('session', token, { path: '/', secure: true, httpOnly: true });\n",
      'src/koa.js': "ctx.cookies.set('locale', 'en', { httpOnly: false, secure: false });\n",
      'public/js/cookies.js': "function setCookie(cname, cvalue, exdays) { document.cookie = cname + '=' + cvalue; }\nsetCookie('session_hint', 'abc', 7);\n",
    } },
    { name: 'Next.js cookies(): other cookies, secure session cookies, the CSRF cookie readable, a store that is not next/headers', files: {
      'app/actions.ts': "import { cookies } from 'next/headers'\nexport async function prefs() {\n  const cookieStore = await cookies()\n  cookieStore.set('theme', 'dark', { secure: false, httpOnly: false })\n  cookieStore.set('session', s, { secure: process.env.NODE_ENV === 'production', httpOnly: true })\n  cookies().set('csrf_token', t, { httpOnly: false, secure: true })\n  cookieStore.set({ name: 'locale', value: 'en', httpOnly: false })\n  cookieStore.delete('session')\n}\n",
      'src/cache.ts': "const cookieStore = new Map()\ncookieStore.set('session', s, { secure: false })\nfunction cookies() { return cookieStore }\ncookies().set('session', s, { secure: false })\n",
    } },
    { name: 'base False overridden in production settings', files: { 'proj/settings/base.py': 'SESSION_COOKIE_SECURE = False\n', 'proj/settings/production.py': 'from .base import *\nSESSION_COOKIE_SECURE = True\n' } },
    { name: 'base config class overridden by production class', files: { 'config.py': 'class Config:\n    SESSION_COOKIE_SECURE = False\n\nclass ProductionConfig(Config):\n    SESSION_COOKIE_SECURE = True\n' } },
    { name: 'express-session README pattern', files: { 'app.js': "const session = require('express-session');\nconst sess = { secret: s, cookie: { secure: false } };\nif (app.get('env') === 'production') {\n  sess.cookie.secure = true;\n}\napp.use(session(sess));\n" } },
    { name: 'test settings file', files: { 'tests/settings.py': 'SESSION_COOKIE_SECURE = False\n' } },
    { name: 'template env', files: { '.env.sample': 'SESSION_COOKIE_SECURE=False\n' } },
    { name: 'runtime False replaced by a later config load that secures it', files: { 'app.py': 'from flask import Flask\napp = Flask(__name__)\napp.config["SESSION_COOKIE_SECURE"] = False\napp.config.from_object("config.ProductionConfig")\n', 'config.py': 'class Config:\n    SECRET_KEY = None\nclass ProductionConfig(Config):\n    SESSION_COOKIE_SECURE = True\n' } },
    { name: 'runtime False replaced later in the same file', files: { 'app.py': 'app.config["SESSION_COOKIE_SECURE"] = False\nif not app.debug:\n    app.config["SESSION_COOKIE_SECURE"] = True\n' } },
    { name: 'settings package of a project in a sub-folder', files: { 'services/api/proj/settings/base.py': 'SESSION_COOKIE_SECURE = False\n', 'services/api/proj/settings/production.py': 'from .base import *\nSESSION_COOKIE_SECURE = True\n' } },
  ],
  invalid: [
    { name: 'session words as words of the name: connect.sid, auth_token, authToken, PHPSESSID', files: {
      'app.js': "res.cookie('connect.sid', v, { httpOnly: false });\nres.cookie('auth_token', v, { httpOnly: false });\nres.cookie('authToken', v, { httpOnly: false });\nres.cookie('PHPSESSID', v, { httpOnly: false });\n",
    }, errors: [{ file: 'app.js', line: 1 }, { file: 'app.js', line: 2 }, { file: 'app.js', line: 3 }, { file: 'app.js', line: 4 }] },
    { name: 'django settings', files: { 'proj/settings.py': 'SESSION_COOKIE_SECURE = False\nCSRF_COOKIE_SECURE = False\n' }, errors: [{ file: 'proj/settings.py', line: 1, column: 25, severity: 'medium', message: /session cookie over plain HTTP/ }, { file: 'proj/settings.py', line: 2, column: 22, message: /CSRF cookie/ }] },
    { name: 'CRLF line endings', files: { 'proj/settings.py': 'DEBUG = False\r\nSESSION_COOKIE_SECURE = False\r\n' }, errors: [{ file: 'proj/settings.py', line: 2 }] },
    { name: 'flask config subscript', files: { 'app.py': 'app.config["SESSION_COOKIE_HTTPONLY"] = False\n' }, errors: [{ file: 'app.py', line: 1, message: 'SESSION_COOKIE_HTTPONLY = False makes the session cookie readable by JavaScript; remove the override' }] },
    { name: 'flask config.update over lines', files: { 'app.py': 'app.config.update(\n    SECRET_KEY=key,\n    SESSION_COOKIE_SECURE=False,\n)\n' }, errors: [{ file: 'app.py', line: 3 }] },
    { name: 'flask config.update dict', files: { 'app.py': "app.config.update({'REMEMBER_COOKIE_SECURE': False})\n" }, errors: [{ file: 'app.py', line: 1 }] },
    { name: 'override only in a dev settings file does not count', files: { 'proj/settings/base.py': 'SESSION_COOKIE_SECURE = False\n', 'proj/settings/local.py': 'SESSION_COOKIE_SECURE = True\n' }, errors: [{ file: 'proj/settings/base.py', line: 1 }] },
    { name: 'a dev word inside another word does not make a development class (DeviceGatewayConfig, LocalizationSettings, LatestConfig)', files: { 'config.py': 'class DeviceGatewayConfig:\n    SESSION_COOKIE_SECURE = False\n\nclass LocalizationSettings:\n    SESSION_COOKIE_HTTPONLY = False\n\nclass LatestConfig:\n    REMEMBER_COOKIE_SECURE = False\n' }, errors: [{ file: 'config.py', line: 2 }, { file: 'config.py', line: 5 }, { file: 'config.py', line: 8 }] },
    { name: 'production config class', files: { 'config.py': 'class ProductionConfig(Config):\n    SESSION_COOKIE_SECURE = False\n' }, errors: [{ file: 'config.py', line: 2 }] },
    { name: 'set_cookie session insecure', files: { 'views.py': 'resp.set_cookie("session_id", sid, secure=False)\n' }, errors: [{ file: 'views.py', line: 1 }] },
    { name: 'express-session cookie secure false', files: { 'server.js': "const session = require('express-session');\napp.use(session({\n  secret: process.env.SECRET,\n  cookie: {\n    secure: false, // TODO\n    httpOnly: false,\n  },\n}));\n" }, errors: [{ file: 'server.js', line: 5 }, { file: 'server.js', line: 6 }] },
    { name: 'cookie-session', files: { 'server.ts': "import cookieSession from 'cookie-session';\nconst opts = { name: 'session', secure: false };\napp.use(cookieSession(opts));\n" }, errors: [{ file: 'server.ts', line: 2 }] },
    { name: 'res.cookie session token', files: { 'routes/auth.js': "res.cookie('auth_token', token, { httpOnly: false });\n" }, errors: [{ file: 'routes/auth.js', line: 1 }] },
    { name: 'Fastify reply.setCookie, Koa ctx.cookies.set and h3/Hono setCookie with insecure session cookies', files: {
      'backend/gateway/cookies.ts': "import cookie from '@fastify/cookie';\n\napp.get('/login', async (req, reply) => {\n  reply.setCookie('session', token, { path: '/', secure: false, httpOnly: true, sameSite: 'lax' });\n});\n",
      'src/koa.js': "app.use(async (ctx) => {\n  ctx.cookies.set('koa.sess', ctx.state.sid, { httpOnly: false, signed: true });\n});\n",
      'server/api/login.post.ts': "export default defineEventHandler(async (event) => {\n  setCookie(event, 'auth_token', token, { httpOnly: true, secure: false })\n})\n",
    }, errors: [
      { file: 'backend/gateway/cookies.ts', line: 4, column: 58, message: /cookie 'session' secure: false/ },
      { file: 'server/api/login.post.ts', line: 2, message: /cookie 'auth_token' secure: false/ },
      { file: 'src/koa.js', line: 2, column: 58, message: /cookie 'koa.sess' httpOnly: false/ },
    ] },
    { name: 'Next.js App Router cookies() of next/headers: cookies().set, (await cookies()).set, a bound store, the object form', files: {
      'app/login/actions.ts': "'use server'\nimport { cookies } from 'next/headers'\n\nexport async function login(sessionId: string) {\n  cookies().set('session', sessionId, {\n    httpOnly: true,\n    secure: false,\n  })\n}\n",
      'app/lib/session.ts': "import { cookies as nextCookies } from 'next/headers'\n\nexport async function createSession(session: string, token: string) {\n  const cookieStore = await nextCookies()\n  cookieStore.set('session', session, { httpOnly: true, secure: false, path: '/' })\n  ;(await nextCookies()).set('remember_token', token, { httpOnly: false, secure: true })\n  cookieStore.set({ name: 'auth-token', value: token, httpOnly: false })\n}\n",
      'app/api/auth/route.ts': "import { NextResponse } from 'next/server'\nexport async function POST() {\n  const res = NextResponse.json({ ok: true })\n  res.cookies.set({ name: 'session', value: 'x', secure: false })\n  return res\n}\n",
    }, errors: [
      { file: 'app/api/auth/route.ts', line: 4, message: /cookie 'session' secure: false/ },
      { file: 'app/lib/session.ts', line: 5, message: /cookie 'session' secure: false/ },
      { file: 'app/lib/session.ts', line: 6, message: /cookie 'remember_token' httpOnly: false/ },
      { file: 'app/lib/session.ts', line: 7, message: /cookie 'auth-token' httpOnly: false/ },
      { file: 'app/login/actions.ts', line: 7, column: 13, message: /cookie 'session' secure: false/ },
    ] },
    { name: 'env in compose', files: { 'docker-compose.yml': 'services:\n  web:\n    image: web:1\n    environment:\n      - DJANGO_SESSION_COOKIE_SECURE=False\n' }, errors: [{ file: 'docker-compose.yml', line: 5 }] },
    { name: 'env in Dockerfile', files: { Dockerfile: 'FROM python:3.12\nENV SESSION_COOKIE_SECURE=false\n' }, errors: [{ file: 'Dockerfile', line: 2 }] },
    { name: "another project's production settings override nothing", files: {
      'flaskapp/app.py': 'from flask import Flask\napp = Flask(__name__)\napp.config["SESSION_COOKIE_SECURE"] = False\n',
      'proj/settings/base.py': 'INSTALLED_APPS = []\n', 'proj/settings/production.py': 'from .base import *\nSESSION_COOKIE_SECURE = True\n',
    }, errors: [{ file: 'flaskapp/app.py', line: 3, message: 'SESSION_COOKIE_SECURE = False sends the session cookie over plain HTTP' }] },
    { name: "another project's config class overrides no module default", files: { 'a/settings.py': 'SESSION_COOKIE_SECURE = False\n', 'b/config.py': 'class ProductionConfig:\n    SESSION_COOKIE_SECURE = True\n' }, errors: [{ file: 'a/settings.py', line: 1 }] },
    { name: 'runtime assignment after from_object wins at run time', files: {
      'app.py': 'from flask import Flask\nfrom config import ProductionConfig\napp = Flask(__name__)\napp.config.from_object(ProductionConfig)\napp.config["SESSION_COOKIE_SECURE"] = False\n',
      'config.py': 'class Config:\n    SECRET_KEY = None\nclass ProductionConfig(Config):\n    SESSION_COOKIE_SECURE = True\n',
    }, errors: [{ file: 'app.py', line: 5 }] },
    { name: 'config.update with both flags, production settings of another project elsewhere', files: {
      'flaskapp/app.py': 'from flask import Flask\napp = Flask(__name__)\napp.config.update(SESSION_COOKIE_SECURE=False, SESSION_COOKIE_HTTPONLY=False)\n',
      'proj/settings/prod.py': 'import os\nSESSION_COOKIE_SECURE = os.environ.get("SESSION_COOKIE_SECURE", "true") == "true"\n',
    }, errors: [{ file: 'flaskapp/app.py', line: 3, column: 41, message: /^SESSION_COOKIE_SECURE = False/ }, { file: 'flaskapp/app.py', line: 3, column: 72, message: /^SESSION_COOKIE_HTTPONLY = False/ }] },
    { name: 'a config load before the runtime False does not override it, a load of a class that leaves it unset neither', files: {
      'app.py': 'app.config["SESSION_COOKIE_SECURE"] = False\napp.config.from_object("config.BaseConfig")\n', 'config.py': 'class BaseConfig:\n    DEBUG = False\nclass ProductionConfig(BaseConfig):\n    SESSION_COOKIE_SECURE = True\n',
    }, errors: [{ file: 'app.py', line: 1 }] },
    { name: 'remember-me cookie is named as such', files: { 'app.py': 'app.config.update(REMEMBER_COOKIE_SECURE=False, REMEMBER_COOKIE_HTTPONLY=False)\n' }, errors: [
      { file: 'app.py', line: 1, message: 'REMEMBER_COOKIE_SECURE = False sends the remember-me cookie over plain HTTP' },
      { file: 'app.py', line: 1, message: 'REMEMBER_COOKIE_HTTPONLY = False makes the remember-me cookie readable by JavaScript' },
    ] },
  ],
  notes: [
    { name: 'development config class', files: { 'config.py': 'class DevelopmentConfig(Config):\n    SESSION_COOKIE_SECURE = False\n' }, notes: [{ file: 'config.py', line: 2 }] },
    { name: 'CI, E2E and test classes by whole words of the name', files: { 'config.py': 'class CIConfig(Config):\n    SESSION_COOKIE_SECURE = False\n\nclass E2EConfig(Config):\n    SESSION_COOKIE_SECURE = False\n\nclass Local_Settings:\n    SESSION_COOKIE_SECURE = False\n\nclass UnitTestsConfig:\n    SESSION_COOKIE_SECURE = False\n' }, notes: [{ file: 'config.py', line: 2 }, { file: 'config.py', line: 5 }, { file: 'config.py', line: 8 }, { file: 'config.py', line: 11 }] },
    { name: 'if DEBUG branch', files: { 'proj/settings.py': 'if DEBUG:\n    SESSION_COOKIE_SECURE = False\n' }, notes: [{ file: 'proj/settings.py', line: 2 }] },
    { name: 'settings/dev.py', files: { 'proj/settings/dev.py': 'SESSION_COOKIE_SECURE = False\n' }, notes: [{ file: 'proj/settings/dev.py', line: 1 }] },
    { name: '.env.development', files: { '.env.development': 'SESSION_COOKIE_SECURE=False\n' }, notes: [{ file: '.env.development', line: 1 }] },
  ],
});

it('reads express-session and cookie-session required inline (app.use(require("express-session")({…})))', async () => {
  const files = {
    'a.js': "const app = require('express')();\napp.use(require('express-session')({ secret: process.env.S, cookie: { secure: false } }));\n",
    'b.js': "const app = require('express')();\napp.use(require('cookie-session')({ name: 'session', httpOnly: false }));\n",
    'ok.js': "const app = require('express')();\napp.use(require('express-session')({ secret: process.env.S, cookie: { secure: true } }));\n",
  };
  const out = await runCase(cookieFlags, { name: 'inline', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['a.js:2', 'b.js:2']);
});

it('reads koa-session options (session(opts, app), the older session(app, opts), options in a const) (QA 30 node2 D6)', async () => {
  const files = {
    'a.js': "const session = require('koa-session');\nconst Koa = require('koa');\nconst app = new Koa();\nconst CONFIG = {\n  key: 'koa.sess',\n  httpOnly: false,\n  secure: false,\n};\napp.use(session(CONFIG, app));\n",
    'b.ts': "import session from 'koa-session';\napp.use(session(app, { secure: false, maxAge: 86400000 }));\n",
    'ok.js': "const session = require('koa-session');\napp.use(session({ key: 'koa.sess', secure: process.env.NODE_ENV === 'production', httpOnly: true }, app));\n",
    'other.js': "const session = require('./my-session');\napp.use(session({ secure: false }, app));\n",
  };
  const out = await runCase(cookieFlags, { name: 'koa-session', files });
  expect(out.findings.map((f) => `${f.file}:${f.line} ${f.message.split(' makes')[0]!.split(' sends')[0]}`).sort()).toEqual(['a.js:6 koa-session httpOnly: false', 'a.js:7 koa-session secure: false', 'b.ts:2 koa-session secure: false']);
});

it('reads Fastify and hapi session plugins and express-session flags switched off by assignment (QA 33 code3 D2-D4)', async () => {
  const files = {
    'fastify.js': "const fastify = require('fastify')();\nconst fastifySession = require('@fastify/session');\nfastify.register(require('@fastify/cookie'));\nfastify.register(fastifySession, {\n  secret: process.env.SESSION_SECRET,\n  cookie: { secure: false },\n});\n",
    'secure.ts': "import Fastify from 'fastify';\nimport secureSession from '@fastify/secure-session';\nconst app = Fastify();\napp.register(secureSession, { key: process.env.KEY, cookie: { path: '/', httpOnly: false } });\n",
    'inline.js': "app.register(require('@fastify/session'), { secret: s, cookie: { secure: false } });\n",
    'hapi.js': "await server.register(require('@hapi/cookie'));\nserver.auth.strategy('session', 'cookie', {\n  cookie: { name: 'sid', password: process.env.PW, isSecure: false, isHttpOnly: true },\n});\nserver.state('session', { ttl: null, isSecure: true, isHttpOnly: false });\n",
    'express.js': "const session = require('express-session');\nconst sess = { secret: process.env.S, cookie: {} };\nsess.cookie.secure = false;\napp.use(session(sess));\n",
    // Secure settings, another plugin's options, a non-session hapi cookie, the README's production flip.
    'ok.js': "const fastifySession = require('@fastify/session');\nfastify.register(fastifySession, { secret: s, cookie: { secure: 'auto' } });\nfastify.register(require('@fastify/static'), { cookie: { secure: false } });\nserver.state('theme', { isSecure: false });\nserver.auth.strategy('jwt', 'jwt', { cookie: { isSecure: false } });\n",
    'flip.js': "const session = require('express-session');\nconst sess = { secret: s, cookie: { secure: false } };\nif (app.get('env') === 'production') {\n  sess.cookie.secure = true;\n}\napp.use(session(sess));\n",
  };
  const out = await runCase(cookieFlags, { name: 'fastify and hapi sessions', files });
  expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(' makes')[0]!.split(' sends')[0]}`).sort()).toEqual([
    'express.js:3:1 express-session sess.cookie.secure=false',
    'fastify.js:6:21 @fastify/session cookie secure: false',
    'hapi.js:3:62 @hapi/cookie cookie isSecure: false',
    "hapi.js:5:66 hapi cookie 'session' isHttpOnly: false",
    'inline.js:1:74 @fastify/session cookie secure: false',
    'secure.ts:4:84 @fastify/secure-session cookie httpOnly: false',
  ]);
});

it("reads hapi's server.state in a file that never says cookie", async () => {
  const files = { 'server.js': "const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: 3000 });\nserver.state('session', { ttl: null, isSecure: false, isHttpOnly: true, encoding: 'base64json' });\n" };
  const out = await runCase(cookieFlags, { name: 'hapi state without the word', files });
  expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message.split(' makes')[0]!.split(' sends')[0]}`)).toEqual(["server.js:3:48 hapi cookie 'session' isSecure: false"]);
});

describe('cookie-flags: Rails and Laravel session settings', () => {
  it('explicit insecure settings fail; defaults, comments, development notes and tests as documented', async () => {
    const out = await runCase(cookieFlags, {
      files: {
        'config/initializers/session_store.rb': "# config.session_store :cookie_store, secure: false\nRails.application.config.session_store :cookie_store,\n  key: '_shop_session',\n  secure: false,\n  httponly: false\n",
        'config/environments/development.rb': "Rails.application.configure do\n  config.session_store :cookie_store, key: '_dev', secure: false\nend\n",
        'config/environments/test.rb': "Rails.application.configure do\n  config.session_store :cookie_store, secure: false\nend\n",
        'config/environments/production.rb': "Rails.application.configure do\n  config.session_store :cookie_store, key: '_shop_session', secure: true\nend\n",
        'config/session.php': "<?php\nreturn [\n    'driver' => env('SESSION_DRIVER', 'file'),\n    'secure' => env('SESSION_SECURE_COOKIE', false),\n    // 'http_only' => false,\n    'http_only' => false,\n    'same_site' => 'lax',\n];\n",
        'other/config/session.php': "<?php\nreturn [\n    'secure' => env('SESSION_SECURE_COOKIE'),\n    'http_only' => true,\n];\n",
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, !!f.note, f.message.split(';')[0]])).toEqual([
      ['config/environments/development.rb', 2, true, 'Rails session_store secure: false sends the session cookie over plain HTTP'],
      ['config/initializers/session_store.rb', 4, false, 'Rails session_store secure: false sends the session cookie over plain HTTP'],
      ['config/initializers/session_store.rb', 5, false, 'Rails session_store httponly: false makes the session cookie readable by JavaScript'],
      ['config/session.php', 4, false, "config/session.php 'secure' => env('SESSION_SECURE_COOKIE', false) sends the session cookie over plain HTTP"],
      ['config/session.php', 6, false, "config/session.php 'http_only' => false makes the session cookie readable by JavaScript"],
    ]);
  });
});

describe('production code is what deploys: a base class or module that sets the secure value does not undo it', () => {
  it('fails the production class, production/staging modules; a base default production restricts still passes; a staging module overrides no base default', async () => {
    const { corsWildcard } = await import('../../src/checks/cors-wildcard.js');
    const { defaultCredentials } = await import('../../src/checks/default-credentials.js');
    const files = {
      'config.py': 'class Config:\n    SESSION_COOKIE_SECURE = True\n    SECRET_KEY = None\n    CORS_ORIGINS = []\n\nclass ProductionConfig(Config):\n    SESSION_COOKIE_SECURE = False\n    SECRET_KEY = "dev"\n    CORS_ORIGINS = "*"\n',
      'web/settings/base.py': 'CORS_ALLOW_ALL_ORIGINS = False\nSESSION_COOKIE_SECURE = True\n',
      'web/settings/production.py': 'from .base import *  # noqa\nCORS_ALLOW_ALL_ORIGINS = True\nSESSION_COOKIE_SECURE = False\n',
      'api/settings/base.py': 'CORS_ALLOW_ALL_ORIGINS = True\nSESSION_COOKIE_SECURE = False\n',
      'api/settings/staging.py': 'from .base import *  # noqa\nCORS_ALLOW_ALL_ORIGINS = False\nSESSION_COOKIE_SECURE = True\n',
      'svc/settings/base.py': 'SESSION_COOKIE_SECURE = False\n',
      'svc/settings/prod.py': 'from .base import *  # noqa\nSESSION_COOKIE_SECURE = True\n',
    };
    const at = async (check: Parameters<typeof runCase>[0]) => (await runCase(check, { files })).findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`);
    expect(await at(cookieFlags)).toEqual(['api/settings/base.py:2', 'config.py:7', 'web/settings/production.py:3']);
    expect(await at(corsWildcard)).toEqual(['api/settings/base.py:1', 'config.py:9', 'web/settings/production.py:2']);
    expect(await at(defaultCredentials)).toEqual(['config.py:8']);
  });
});

describe('cookie-flags: a Rails or Laravel app with a clean session configuration', () => {
  it('applies and passes (not skipped as if there were no application code)', async () => {
    const rails = await runCase(cookieFlags, { files: { 'config/application.rb': 'module Shop\n  class Application < Rails::Application\n  end\nend\n', 'config/initializers/session_store.rb': "Rails.application.config.session_store :cookie_store, key: '_shop_session', secure: Rails.env.production?\n" } });
    const laravel = await runCase(cookieFlags, { files: { 'config/session.php': "<?php\nreturn [\n    'secure' => env('SESSION_SECURE_COOKIE'),\n    'http_only' => true,\n];\n" } });
    for (const out of [rails, laravel]) {
      expect(out.skipped).toBeFalsy();
      expect(out.findings).toEqual([]);
    }
    expect((await runCase(cookieFlags, { files: { 'README.md': '# x\n' } })).skipped).toBeTruthy();
  });
});

describe('cookie-flags: Laravel session variables in deploy config', () => {
  it('SESSION_SECURE_COOKIE=false and SESSION_HTTP_ONLY=false in .env.production and compose fail; true passes; a template is not read', async () => {
    const out = await runCase(cookieFlags, {
      files: {
        '.env.production': 'APP_ENV=production\nAPP_DEBUG=false\nSESSION_SECURE_COOKIE=false\n',
        'docker-compose.yml': 'services:\n  app:\n    image: acme/app:1.2\n    environment:\n      SESSION_HTTP_ONLY: "false"\n      SESSION_DRIVER: redis\n',
        'deploy/.env.staging': 'SESSION_SECURE_COOKIE=true\n',
        '.env.example': 'SESSION_SECURE_COOKIE=false\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message.split(';')[0]])).toEqual([
      ['.env.production', 3, false, 'SESSION_SECURE_COOKIE=false sends the session cookie over plain HTTP'],
      ['docker-compose.yml', 5, false, 'SESSION_HTTP_ONLY=false makes the session cookie readable by JavaScript'],
    ]);
  });
});

describe('cookie-flags and cors-wildcard: a staging or other environment\'s settings module is judged on its own (QA round 18, P2-1)', () => {
  it('fails staging.py and heroku.py beside a production.py that sets the same settings securely; base.py stays overridden', async () => {
    const { corsWildcard } = await import('../../src/checks/cors-wildcard.js');
    const files = {
      'config/settings/__init__.py': '',
      'config/settings/base.py': 'INSTALLED_APPS = ["django.contrib.admin"]\nSESSION_COOKIE_SECURE = False\nCORS_ALLOW_ALL_ORIGINS = True\n',
      'config/settings/production.py': 'from .base import *  # noqa\nSESSION_COOKIE_SECURE = True\nCORS_ALLOW_ALL_ORIGINS = False\n',
      'config/settings/staging.py': 'from .base import *  # noqa\nSESSION_COOKIE_SECURE = False\nCORS_ALLOW_ALL_ORIGINS = True\n',
      'config/settings/heroku.py': 'from .base import *  # noqa\nSESSION_COOKIE_SECURE = False\nCORS_ALLOW_ALL_ORIGINS = True\n',
      'config.py': 'class Config:\n    SESSION_COOKIE_SECURE = False\n\nclass StagingConfig(Config):\n    SESSION_COOKIE_SECURE = False\n\nclass ProductionConfig(Config):\n    SESSION_COOKIE_SECURE = True\n',
    };
    const at = async (check: Parameters<typeof runCase>[0]) => (await runCase(check, { files })).findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`).sort();
    expect(await at(cookieFlags)).toEqual(['config.py:5', 'config/settings/heroku.py:2', 'config/settings/staging.py:2']);
    expect(await at(corsWildcard)).toEqual(['config/settings/heroku.py:3', 'config/settings/staging.py:3']);
  });
});

describe('cookie-flags options cookies/flags: an item about one setting is not failed by another setting (QA round 19, Markdown P2-6)', () => {
  const files = {
    'proj/settings/base.py': 'SESSION_COOKIE_SECURE = False\nSESSION_COOKIE_HTTPONLY = False\nREMEMBER_COOKIE_SECURE = False\n',
    'app.js': "const session = require('express-session');\napp.use(session({ secret: s, cookie: { secure: true, httpOnly: false } }));\n",
    '.env.production': 'CSRF_COOKIE_SECURE=False\n',
  };
  const lines = async (options: Record<string, unknown>) => (await runCase(cookieFlags, { files, options })).findings.map((f) => `${f.file}:${f.line}`).sort();
  it('judges only the cookies and attributes named; the defaults judge them all', async () => {
    expect(await lines({})).toEqual(['.env.production:1', 'app.js:2', 'proj/settings/base.py:1', 'proj/settings/base.py:2', 'proj/settings/base.py:3']);
    expect(await lines({ cookies: ['csrf'], flags: ['secure'] })).toEqual(['.env.production:1']);
    expect(await lines({ cookies: ['session'], flags: ['httponly'] })).toEqual(['app.js:2', 'proj/settings/base.py:2']);
    expect(await lines({ flags: ['secure'] })).toEqual(['.env.production:1', 'proj/settings/base.py:1', 'proj/settings/base.py:3']);
    expect(await lines({ cookies: ['remember'] })).toEqual(['proj/settings/base.py:3']);
  });
  it('refuses unknown cookies or attributes and empty lists', () => {
    expect(() => parseOptions(cookieFlags, { cookies: ['auth'] })).toThrow();
    expect(() => parseOptions(cookieFlags, { flags: [] })).toThrow();
    expect(() => parseOptions(cookieFlags, { flags: ['samesite'] })).toThrow();
  });
});

describe('cookie-flags: Spring Boot session cookie settings (QA round 20, repos P1)', () => {
  it('server.servlet.session.cookie.secure/http-only false fail; a prod profile override, dev profiles and Spring Session serializers as documented', async () => {
    const out = await runCase(cookieFlags, {
      files: {
        // A base value a production profile of the same folder secures is a default.
        'api/src/main/resources/application.yml': 'spring:\n  application:\n    name: api\nserver:\n  servlet:\n    session:\n      cookie:\n        http-only: true\n        secure: false\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\nserver:\n  servlet:\n    session:\n      cookie:\n        secure: true\n',
        // Nothing overrides this one; relaxed binding (httpOnly) and a placeholder defaulting to false.
        'web/src/main/resources/application.properties': 'server.port=8080\nserver.servlet.session.cookie.httpOnly=false\nserver.servlet.session.cookie.secure=${COOKIE_SECURE:false}\n',
        'web/src/main/resources/application-staging.properties': 'server.servlet.session.cookie.secure=false\n',
        'web/src/main/resources/application-dev.properties': 'server.servlet.session.cookie.secure=false\n',
        'web/src/test/resources/application.properties': 'server.servlet.session.cookie.secure=false\n',
        'web/src/main/java/com/ex/SessionConfig.java': 'package com.ex;\n\n@Configuration\npublic class SessionConfig {\n    @Bean\n    public DefaultCookieSerializer cookieSerializer() {\n        DefaultCookieSerializer serializer = new DefaultCookieSerializer();\n        // serializer.setUseHttpOnlyCookie(false);\n        serializer.setUseSecureCookie(false);\n        return serializer;\n    }\n}\n',
        'docker-compose.yml': 'services:\n  web:\n    image: acme/web:1.0\n    environment:\n      SERVER_SERVLET_SESSION_COOKIE_SECURE: "false"\n',
      },
    });
    expect(out.findings.map((f) => [f.file, f.line, f.note ?? false, f.message.split(';')[0]])).toEqual([
      ['web/src/main/java/com/ex/SessionConfig.java', 9, false, 'Spring Session cookie serializer setUseSecureCookie(false) sends the session cookie over plain HTTP'],
      ['web/src/main/resources/application-dev.properties', 1, true, 'Spring Boot server.servlet.session.cookie.secure=false sends the session cookie over plain HTTP'],
      ['web/src/main/resources/application-staging.properties', 1, false, 'Spring Boot server.servlet.session.cookie.secure=false sends the session cookie over plain HTTP'],
      ['web/src/main/resources/application.properties', 2, false, 'Spring Boot server.servlet.session.cookie.http-only=false makes the session cookie readable by JavaScript'],
      ['web/src/main/resources/application.properties', 3, false, 'Spring Boot server.servlet.session.cookie.secure=${COOKIE_SECURE:false} sends the session cookie over plain HTTP'],
      ['docker-compose.yml', 5, false, 'SERVER_SERVLET_SESSION_COOKIE_SECURE=false sends the session cookie over plain HTTP'],
    ]);
    // A document for every profile but production (`!prod`) overrides nothing in production (the rule debug-mode and default-credentials share).
    const negated = await runCase(cookieFlags, { files: { 'src/main/resources/application.yml': 'server:\n  servlet:\n    session:\n      cookie:\n        secure: false\n---\nspring:\n  config:\n    activate:\n      on-profile: "!prod"\nserver:\n  servlet:\n    session:\n      cookie:\n        secure: true\n' } });
    expect(negated.findings.map((f) => `${f.line}${f.note ? ' note' : ''}`)).toEqual(['5']);
    const clean = await runCase(cookieFlags, { files: { 'src/main/resources/application.properties': 'server.servlet.session.cookie.secure=true\n' } });
    expect(clean.skipped).toBeFalsy();
    expect(clean.findings).toEqual([]);
  });
});

describe('cookie-flags: an env-read false default the deploy environment replaces (QA round 21, semgrep parity P2-1)', () => {
  // Laravel 5.5–5.8's stock config/session.php (semgrep-rules php/laravel/security/laravel-cookie-*.session.php).
  const session = "<?php\nreturn [\n    'driver' => env('SESSION_DRIVER', 'file'),\n    'secure' => env('SESSION_SECURE_COOKIE', false),\n    'http_only' => env('SESSION_HTTP_ONLY', false),\n];\n";
  const spring = 'server.servlet.session.cookie.secure=${COOKIE_SECURE:false}\nserver.servlet.session.cookie.http-only=${COOKIE_HTTP_ONLY:false}\n';
  const at = async (files: Record<string, string>) => (await runCase(cookieFlags, { files })).findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`).sort();
  it('passes when .env.production or the Dockerfile sets the variable true; fails when unset, false, or set only for development', async () => {
    expect(await at({ 'config/session.php': session, '.env.production': 'APP_ENV=production\nSESSION_SECURE_COOKIE=true\n' })).toEqual(['config/session.php:5']);
    expect(await at({ 'config/session.php': session })).toEqual(['config/session.php:4', 'config/session.php:5']);
    expect(await at({ 'config/session.php': session, '.env.development': 'SESSION_SECURE_COOKIE=true\n' })).toEqual(['config/session.php:4', 'config/session.php:5']);
    // false in the deploy environment is reported where it is written, and the config default stays failed.
    expect(await at({ 'config/session.php': session, '.env.production': 'SESSION_SECURE_COOKIE=false\n' })).toEqual(['.env.production:1', 'config/session.php:4', 'config/session.php:5']);
    const boot = { 'src/main/resources/application.properties': spring, Dockerfile: 'FROM eclipse-temurin:21-jre\nENV COOKIE_SECURE=true\nCOPY app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n' };
    expect(await at(boot)).toEqual(['src/main/resources/application.properties:2']);
  });
  it('a compose ${VAR:-false} deploys false: the default stays failed; ${VAR} hands the deploy\'s value through (regression run)', async () => {
    const compose = (value: string) => `services:\n  app:\n    image: acme/app:1\n    environment:\n      SESSION_SECURE_COOKIE: ${value}\n`;
    expect(await at({ 'config/session.php': session, 'docker-compose.yml': compose('${SESSION_SECURE_COOKIE:-false}') })).toEqual(['config/session.php:4', 'config/session.php:5']);
    expect(await at({ 'config/session.php': session, 'docker-compose.yml': compose('${SESSION_SECURE_COOKIE}') })).toEqual(['config/session.php:5']);
    expect(await at({ 'config/session.php': session, 'docker-compose.yml': compose('${SESSION_SECURE_COOKIE:-true}') })).toEqual(['config/session.php:5']);
    expect(await at({ 'config/session.php': session, '.env.production': 'SESSION_SECURE_COOKIE="true"\n' })).toEqual(['config/session.php:5']);
  });
});

describe('cookie-flags: a repository with only code it does not read', () => {
  it('is skipped with a reason naming what it reads, not "no application code" (an Elixir service has code)', async () => {
    const out = await runCase(cookieFlags, { files: { 'lib/app.ex': 'defmodule App do\nend\n', 'mix.exs': 'defmodule App.MixProject do\nend\n' } });
    expect(out.skipped).toMatch(/^no code it reads \(Python, JavaScript\/TypeScript, Go, C#, Rust/);
  });
  it('a Go or Rust service without cookie code is judged (it passes), not skipped', async () => {
    for (const files of [{ 'main.go': 'package main\n\nfunc main() {}\n', 'go.mod': 'module example.com/app\n' }, { 'src/main.rs': 'fn main() {}\n', 'Cargo.toml': '[package]\nname = "app"\n' }]) {
      const out = await runCase(cookieFlags, { files });
      expect(out.skipped).toBeUndefined();
      expect(out.findings).toEqual([]);
    }
  });
});

describe('cookie-flags: a shorthand cookie option (QA25 node D2)', () => {
  it('session({ secret, cookie }) with a same-file literal `const cookie = { secure: false }` fails at secure; a variable from elsewhere, a secure literal or a production flip passes', async () => {
    const out = await runCase(cookieFlags, {
      files: {
        'src/a.ts': "import session from 'express-session';\nconst cookie = { secure: false, httpOnly: true, maxAge: 3600_000 };\nexport default session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false, cookie });\n",
        'src/ok1.ts': "import session from 'express-session';\nimport { cookie } from './config';\nexport default session({ secret: process.env.SESSION_SECRET!, cookie });\n",
        'src/ok2.ts': "import session from 'express-session';\nconst cookie = { secure: true, httpOnly: true };\nexport default session({ secret: process.env.SESSION_SECRET!, cookie });\n",
        'src/ok3.js': "const session = require('express-session');\nconst cookie = { secure: false };\nif (app.get('env') === 'production') cookie.secure = true;\napp.use(session({ secret, cookie }));\n",
      },
    });
    expect(out.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/a.ts:2']);
  });
});

describe('cookie-flags: Go, ASP.NET Core, Starlette and the cookie package (QA31 code2 D5, D6)', () => {
  const at = async (files: Record<string, string>) => (await runCase(cookieFlags, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(' sends')[0]!.split(' makes')[0]}`);
  it('Go http.Cookie{} of a session cookie with Secure: false / HttpOnly: false, and sessions.Options{Secure: false}', async () => {
    expect(await at({
      'auth.go': 'package main\n\nfunc login(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{\n\t\tName:     "session_id",\n\t\tValue:    id,\n\t\tSecure:   false,\n\t\tHttpOnly: false,\n\t})\n}\n',
      'store.go': 'package main\n\nfunc init() {\n\tstore.Options = &sessions.Options{Path: "/", MaxAge: 86400, HttpOnly: true, Secure: false}\n}\n',
    })).toEqual(['auth.go:7 http.Cookie{Name: "session_id"} Secure: false', 'auth.go:8 http.Cookie{Name: "session_id"} HttpOnly: false', 'store.go:4 sessions.Options{} Secure: false']);
  });
  it('Go: other cookies, secure ones, a readable CSRF cookie, Secure from a variable, comments and a dev branch pass or note', async () => {
    expect(await at({
      'a.go': 'package main\n\nfunc f(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark", Secure: false, HttpOnly: false})\n\thttp.SetCookie(w, &http.Cookie{Name: "session", Value: v, Secure: true, HttpOnly: true})\n\thttp.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: t, Secure: true, HttpOnly: false})\n\thttp.SetCookie(w, &http.Cookie{Name: "session", Value: v, Secure: cfg.Secure})\n\t// http.SetCookie(w, &http.Cookie{Name: "session", Secure: false})\n\tc := http.Cookie{Name: cookieName, Secure: false}\n}\n',
      'b_test.go': 'package main\n\nvar c = http.Cookie{Name: "session", Secure: false}\n',
    })).toEqual([]);
  });
  it('ASP.NET Core options.Cookie.HttpOnly = false / SecurePolicy = CookieSecurePolicy.None, Cookies.Append with CookieOptions', async () => {
    expect(await at({
      'Web/Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddSession(options =>\n{\n    options.Cookie.Name = ".MyApp.Session";\n    options.Cookie.HttpOnly = false;\n    options.Cookie.SecurePolicy = CookieSecurePolicy.None;\n});\n',
      'Web/AuthController.cs': 'public class AuthController : Controller {\n  public IActionResult Login() {\n    Response.Cookies.Append("auth_token", token, new CookieOptions { HttpOnly = false, Secure = false });\n    Response.Cookies.Append("theme", "dark", new CookieOptions { Secure = false });\n    return Ok();\n  }\n}\n',
    })).toEqual([
      'Web/AuthController.cs:3 Cookies.Append("auth_token", …, new CookieOptions {…}) HttpOnly = false',
      'Web/AuthController.cs:3 Cookies.Append("auth_token", …, new CookieOptions {…}) Secure = false',
      'Web/Program.cs:5 ASP.NET Core Cookie.HttpOnly = false',
      'Web/Program.cs:6 ASP.NET Core Cookie.SecurePolicy = CookieSecurePolicy.None',
    ]);
  });
  it('ASP.NET Core: the antiforgery cookie readable by JavaScript, SameAsRequest/Always, a development branch', async () => {
    expect(await at({
      'Program.cs': 'builder.Services.AddAntiforgery(options =>\n{\n    options.HeaderName = "X-XSRF-TOKEN";\n    options.Cookie.HttpOnly = false;\n});\nbuilder.Services.AddSession(o => { o.Cookie.SecurePolicy = CookieSecurePolicy.Always; });\nbuilder.Services.ConfigureApplicationCookie(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);\nif (builder.Environment.IsDevelopment())\n{\n    builder.Services.AddSession(o => { o.Cookie.SecurePolicy = CookieSecurePolicy.None; });\n}\n',
    })).toEqual(['Program.cs:10 note ASP.NET Core Cookie.SecurePolicy = CookieSecurePolicy.None']);
  });
  it('Starlette/FastAPI SessionMiddleware(https_only=False) fails; https_only=True or not written (a default it cannot see) passes', async () => {
    expect(await at({
      'app/main.py': 'from fastapi import FastAPI\nfrom starlette.middleware.sessions import SessionMiddleware\napp = FastAPI()\napp.add_middleware(SessionMiddleware, secret_key=os.environ["SECRET_KEY"], https_only=False)\n',
      'other/main.py': 'from starlette.middleware import Middleware\nfrom starlette.middleware.sessions import SessionMiddleware\nmiddleware = [Middleware(SessionMiddleware, secret_key=k, https_only=True)]\napp.add_middleware(SessionMiddleware, secret_key=k)\n',
    })).toEqual(['app/main.py:4 Starlette SessionMiddleware https_only=False']);
  });
  it('Litestar CSRFConfig(cookie_secure=False) and session backends secure/httponly=False fail; True, unwritten, CSRF httponly and no litestar import pass', async () => {
    expect(await at({
      'app/main.py': 'from litestar import Litestar\nfrom litestar.config.csrf import CSRFConfig\ncsrf_config = CSRFConfig(secret=os.environ["CSRF_SECRET"], cookie_secure=False)\nok = CSRFConfig(secret=s, cookie_secure=True, cookie_httponly=False)\n',
      'app/sessions.py': 'from litestar.middleware.session.client_side import CookieBackendConfig\nfrom litestar.middleware.session.server_side import ServerSideSessionConfig\na = CookieBackendConfig(secret=key, httponly=False)\nb = ServerSideSessionConfig(secure=False)\nc = ServerSideSessionConfig()\n',
      'other/config.py': 'from mylib import CSRFConfig\ncfg = CSRFConfig(cookie_secure=False)\n',
    })).toEqual(['app/main.py:3 Litestar CSRFConfig(…, cookie_secure=False)', 'app/sessions.py:3 Litestar CookieBackendConfig(…, httponly=False)', 'app/sessions.py:4 Litestar ServerSideSessionConfig(…, secure=False)']);
  });
  it('the cookie package\'s serialize() (Next.js Pages Router), by name or on the module; other cookies pass', async () => {
    expect(await at({
      'pages/api/login.ts': "import { serialize } from 'cookie';\nexport default function handler(req, res) {\n  res.setHeader('Set-Cookie', serialize('session', token, { httpOnly: false, secure: true, path: '/' }));\n  res.setHeader('Set-Cookie', serialize('theme', 'dark', { httpOnly: false, secure: false }));\n}\n",
      'pages/api/logout.js': "const cookie = require('cookie');\nmodule.exports = (req, res) => res.setHeader('Set-Cookie', cookie.serialize('auth_token', '', { secure: false, maxAge: 0 }));\n",
      'lib/local.ts': "function serialize(name: string, v: string, o: object) { return name; }\nserialize('session', v, { secure: false });\n",
    })).toEqual(["pages/api/login.ts:3 cookie 'session' httpOnly: false", "pages/api/logout.js:2 cookie 'auth_token' secure: false"]);
  });
});

describe('cookie-flags: Symfony framework.session and Rust session middlewares (QA32 fullrepos5 D4)', () => {
  const at = async (files: Record<string, string>) => (await runCase(cookieFlags, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(' sends')[0]!.split(' makes')[0]}`).sort();
  const fw = (session: string, tail = '') => `framework:\n    secret: '%env(APP_SECRET)%'\n    session:\n${session}${tail}`;
  it('Symfony cookie_secure/cookie_httponly: false fail (also under when@prod:, or in config/packages/prod/); dev is a note; test, auto and %env()% pass', async () => {
    expect(await at({
      'a/config/packages/framework.yaml': fw('        handler_id: null\n        cookie_secure: false\n        cookie_samesite: lax\n', "when@test:\n    framework:\n        session:\n            cookie_httponly: false\n"),
      'b/config/packages/framework.yaml': fw('        cookie_secure: auto\n', "when@prod:\n    framework:\n        session:\n            cookie_httponly: false\nwhen@dev:\n    framework:\n        session:\n            cookie_secure: false\n"),
      'c/config/packages/prod/framework.yaml': 'framework:\n    session:\n        cookie_secure: false\n',
      'd/config/packages/test/framework.yaml': 'framework:\n    session:\n        cookie_secure: false\n',
      'e/config/packages/framework.yaml': fw("        cookie_secure: '%env(bool:COOKIE_SECURE)%'\n        cookie_httponly: true\n"),
    })).toEqual([
      'a/config/packages/framework.yaml:5 Symfony framework.session.cookie_secure: false',
      'b/config/packages/framework.yaml:12 note Symfony framework.session.cookie_secure: false (when@dev)',
      'b/config/packages/framework.yaml:8 Symfony framework.session.cookie_httponly: false (when@prod)',
      'c/config/packages/prod/framework.yaml:3 Symfony framework.session.cookie_secure: false',
    ]);
  });
  it('a Symfony base false that the same file\'s when@prod sets otherwise is a development default and passes', async () => {
    expect(await at({
      'config/packages/framework.yaml': fw('        cookie_secure: false\n', 'when@prod:\n    framework:\n        session:\n            cookie_secure: true\n'),
    })).toEqual([]);
  });
  it('a Symfony framework.yaml that does not parse (a YAML error, an alias bomb) is a parse problem, not a silent pass; a clean one, the test environment\'s and one without cookie settings record none (QA32 robust5 D9)', async () => {
    const problems = async (files: Record<string, string>) => {
      const snap = snapshotOf(files);
      await executeCheck(cookieFlags, snap, parseOptions(cookieFlags, {}), new Date('2026-12-01T00:00:00Z'));
      // The report gives one parse error per file (its first problem).
      return [...new Set(snap.problems.map((p) => `${p.file}:${p.line}`))];
    };
    const bomb = `parameters:\n    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${['b', 'c', 'd', 'e', 'f'].map((n, i) => `    ${n}: &${n} [${Array(9).fill(`*${'abcde'[i]}`).join(',')}]\n`).join('')}`;
    expect(await problems({
      'a/config/packages/framework.yaml': 'framework:\n    session:\n        cookie_secure: false\n      cookie_httponly: [false\n',
      'b/config/packages/prod/framework.yaml': `${bomb}framework:\n    session:\n        cookie_secure: false\n`,
    })).toEqual(['a/config/packages/framework.yaml:4', 'b/config/packages/prod/framework.yaml:6']);
    expect(await problems({
      'a/config/packages/framework.yaml': fw('        cookie_secure: auto\n'),
      'd/config/packages/test/framework.yaml': 'framework:\n    session:\n        cookie_secure: false\n      x: [\n',
      'e/config/packages/framework.yaml': 'framework:\n    secret: [\n',
      'tests/fixtures/config/packages/framework.yaml': 'framework:\n    session:\n        cookie_secure: [\n',
    })).toEqual([]);
  });
  it('actix-session .cookie_secure(false)/.cookie_http_only(false) and tower-sessions .with_secure(false) fail; true, an expression, a comment and other builders pass', async () => {
    expect(await at({
      'src/main.rs': 'use actix_session::{storage::CookieSessionStore, SessionMiddleware};\nfn app() {\n    App::new().wrap(\n        SessionMiddleware::builder(CookieSessionStore::default(), key.clone())\n            .cookie_secure(false)\n            .cookie_http_only(false)\n            .build(),\n    );\n}\n',
      'api/src/main.rs': 'use tower_sessions::{MemoryStore, SessionManagerLayer};\nlet layer = SessionManagerLayer::new(store).with_secure(false).with_http_only(true);\n',
      'ok/src/main.rs': 'use actix_session::SessionMiddleware;\nlet m = SessionMiddleware::builder(store, key)\n    .cookie_secure(!cfg!(debug_assertions))\n    // .cookie_http_only(false)\n    .cookie_secure(true)\n    .build();\n',
      'other/src/main.rs': 'let c = Cookie::build("theme", "dark").secure(false).finish();\nlet x = Thing::new().with_secure(false);\n',
    })).toEqual([
      'api/src/main.rs:2 tower-sessions SessionManagerLayer .with_secure(false)',
      'src/main.rs:5 actix-session SessionMiddleware .cookie_secure(false)',
      'src/main.rs:6 actix-session SessionMiddleware .cookie_http_only(false)',
    ]);
  });
});
