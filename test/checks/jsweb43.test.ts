import { describe, expect, it } from 'vitest';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase, testCheck } from '../helpers/check-tester.js';

const express = (origin: string, credentials = true) =>
  `const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({\n  origin: ${origin},\n${credentials ? '  credentials: true,\n' : ''}}));\napp.listen(3000);\n`;
const hono = (origin: string) =>
  `import { Hono } from 'hono';\nimport { cors } from 'hono/cors';\nconst app = new Hono();\napp.use('/api/*', cors({\n  origin: ${origin},\n  credentials: true,\n}));\nexport default app;\n`;

// QA43 fullrepos23 D2: an environment read's fallback is what production gets when the variable is unset, judged as the
// origin itself (as `|| '*'` was): `|| true` reflects any origin; with credentials that is critical.
testCheck(corsWildcard, {
  valid: [
    { name: 'a fallback that lists origins', files: { 'server.js': express("process.env.CORS_ORIGIN || 'https://app.example.com'") } },
    { name: 'a split read whose fallback lists origins', files: { 'server.js': express("process.env.CORS_ORIGINS?.split(',') ?? ['http://localhost:3000']") } },
    { name: 'a ternary whose unset branch is false', files: { 'server.js': express("process.env.CORS_ORIGIN ? process.env.CORS_ORIGIN.split(',') : false") } },
    { name: 'a NODE_ENV comparison is no fallback of an unset variable', files: { 'server.js': express("process.env.NODE_ENV === 'production' ? 'https://app.example.com' : 'http://localhost:3000'") } },
    { name: '|| true whose variable the deploy environment sets', files: { 'server.js': express('process.env.CORS_ORIGIN || true'), '.env.production': 'CORS_ORIGIN=https://app.example.com\n' } },
    { name: 'Hono origin function that checks the origin', files: { 'index.ts': hono("(origin) => origin.endsWith('.example.com') ? origin : 'https://example.com'") } },
  ],
  invalid: [
    { name: '|| true with credentials', files: { 'server.js': express('process.env.CORS_ORIGIN || true') }, errors: [{ file: 'server.js', line: 5, column: 11, severity: 'critical', message: /^cors\(\) origin falls back to true when CORS_ORIGIN is unset \(process\.env\.CORS_ORIGIN \|\| true\) and reflects any origin with credentials/ }] },
    { name: '|| true without credentials', files: { 'server.js': express('process.env.CORS_ORIGIN || true', false) }, errors: [{ file: 'server.js', line: 5, severity: 'high', message: /falls back to true when CORS_ORIGIN is unset/ }] },
    { name: "?.split(',') ?? true", files: { 'server.js': express("process.env.CORS_ORIGINS?.split(',') ?? true") }, errors: [{ file: 'server.js', line: 5, severity: 'critical', message: /falls back to true when CORS_ORIGINS is unset \(process\.env\.CORS_ORIGINS\?\.split\(','\) \?\? true\)/ }] },
    { name: 'a ternary whose unset branch is true', files: { 'server.js': express("process.env.CORS_ORIGIN ? process.env.CORS_ORIGIN.split(',') : true") }, errors: [{ file: 'server.js', line: 5, severity: 'critical', message: /falls back to true when CORS_ORIGIN is unset/ }] },
    { name: "import.meta.env['X'] ?? true", files: { 'server.ts': express("import.meta.env['CORS_ORIGIN'] ?? true") }, errors: [{ file: 'server.ts', line: 5, severity: 'critical' }] },
    // The `|| '*'` rule it extends keeps its message (and a literal `*` stays high: browsers send no credentials for it).
    { name: "|| '*' as before", files: { 'server.js': express("process.env.CORS_ORIGIN || '*'") }, errors: [{ file: 'server.js', line: 5, severity: 'high', message: /^cors\(\) origin falls back to \* when CORS_ORIGIN is unset \(process\.env\.CORS_ORIGIN \|\| '\*'\) and allows any origin/ }] },
    { name: '|| true whose variable only a development env file sets', files: { 'server.js': express('process.env.CORS_ORIGIN || true'), '.env.development': 'CORS_ORIGIN=http://localhost:3000\n' }, errors: [{ file: 'server.js', line: 5, severity: 'critical' }] },
    { name: 'Hono origin function returning the origin', files: { 'index.ts': hono('(origin) => origin') }, errors: [{ file: 'index.ts', line: 5, severity: 'critical', message: /Hono cors\(\) origin function that returns the request's origin \(\(origin\) => origin\) reflects any origin/ }] },
    { name: 'Hono origin function with the context', files: { 'index.ts': hono('(origin, c) => origin') }, errors: [{ file: 'index.ts', line: 5, severity: 'critical' }] },
    { name: 'Hono origin function reading the header', files: { 'index.ts': hono("(origin: string, c) => c.req.header('Origin') ?? ''") }, errors: [{ file: 'index.ts', line: 5, severity: 'critical' }] },
  ],
});

// QA43 fullrepos23 D1: the session cookies the main JS session and auth libraries set insecure explicitly.
testCheck(cookieFlags, {
  valid: [
    { name: 'Remix session storage with a production-conditional secure', files: { 'app/sessions.server.ts': 'import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({\n  cookie: { name: "__session", httpOnly: true, secure: process.env.NODE_ENV === "production", secrets: [process.env.SESSION_SECRET!] },\n});\n' } },
    { name: 'NextAuth with a conditional useSecureCookies', files: { 'auth.ts': 'import NextAuth from "next-auth";\nexport default NextAuth({ providers: [], useSecureCookies: process.env.NODE_ENV === "production" });\n' } },
    { name: 'useSecureCookies: false outside an auth library module', files: { 'settings.ts': 'export const ui = { useSecureCookies: false };\n' } },
    { name: 'iron-session with a conditional secure', files: { 'lib/session.ts': 'export const sessionOptions = { password: process.env.PW!, cookieName: "app_session", cookieOptions: { secure: process.env.NODE_ENV === "production" } };\n' } },
    { name: 'cookieOptions of something other than iron-session', files: { 'lib/banner.ts': 'export const banner = { cookieOptions: { secure: false } };\n' } },
    { name: 'Lucia with a conditional secure', files: { 'lib/auth.ts': 'import { Lucia } from "lucia";\nexport const lucia = new Lucia(adapter, { sessionCookie: { attributes: { secure: import.meta.env.PROD } } });\n' } },
    { name: 'Astro markup only', files: { 'src/pages/index.astro': '---\nconst t = 1;\n---\n<p>Astro.cookies.set("session", t, { secure: false })</p>\n' } },
    { name: 'createCookie of a preferences cookie', files: { 'app/cookies.server.ts': 'import { createCookie } from "@remix-run/node";\nexport const prefs = createCookie("user-prefs", { secure: false });\n' } },
  ],
  invalid: [
    {
      name: 'Remix createCookieSessionStorage',
      files: { 'app/sessions.server.ts': 'import { createCookieSessionStorage } from "@remix-run/node";\nexport const storage = createCookieSessionStorage({\n  cookie: {\n    name: "__session",\n    httpOnly: false,\n    secure: false,\n  },\n});\n' },
      errors: [{ file: 'app/sessions.server.ts', line: 5, message: /^createCookieSessionStorage\(\) cookie httpOnly: false makes the session cookie readable/ }, { file: 'app/sessions.server.ts', line: 6, message: /secure: false sends the session cookie over plain HTTP/ }],
    },
    {
      name: 'React Router session storage with a createCookie',
      files: { 'app/sessions.server.ts': 'import { createCookie, createFileSessionStorage } from "react-router";\nexport const storage = createFileSessionStorage({ dir: "/sessions", cookie: createCookie("__sid", { secure: false }) });\n' },
      errors: [{ file: 'app/sessions.server.ts', line: 2, message: /createCookie\('__sid'\) secure: false/ }],
    },
    {
      name: 'NextAuth useSecureCookies and the session token options',
      files: { 'src/pages/api/auth/[...nextauth].ts': 'import NextAuth from "next-auth";\nexport default NextAuth({\n  providers: [],\n  useSecureCookies: false,\n  cookies: {\n    sessionToken: { name: "next-auth.session-token", options: { httpOnly: false, secure: false } },\n    csrfToken: { name: "next-auth.csrf-token", options: { httpOnly: false, secure: true } },\n  },\n});\n' },
      errors: [
        { file: 'src/pages/api/auth/[...nextauth].ts', line: 4, message: /^NextAuth useSecureCookies: false sends the session cookie over plain HTTP/ },
        { file: 'src/pages/api/auth/[...nextauth].ts', line: 6, message: /NextAuth cookies\.sessionToken\.options httpOnly: false/ },
        { file: 'src/pages/api/auth/[...nextauth].ts', line: 6, message: /NextAuth cookies\.sessionToken\.options secure: false/ },
      ],
    },
    {
      name: 'Auth.js options in their own module (typed import)',
      files: { 'auth.config.ts': 'import type { NextAuthConfig } from "next-auth";\nexport const authConfig = { providers: [], useSecureCookies: false } satisfies NextAuthConfig;\n' },
      errors: [{ file: 'auth.config.ts', line: 2, message: /useSecureCookies: false/ }],
    },
    {
      name: 'iron-session cookieOptions',
      files: { 'lib/session.ts': 'import { SessionOptions } from "iron-session";\nexport const sessionOptions: SessionOptions = {\n  password: process.env.PW as string,\n  cookieName: "myapp_session",\n  cookieOptions: {\n    secure: false,\n    httpOnly: false,\n  },\n};\n' },
      errors: [{ file: 'lib/session.ts', line: 6, message: /^iron-session cookieOptions secure: false/ }, { file: 'lib/session.ts', line: 7, message: /httpOnly: false/ }],
    },
    {
      name: 'Lucia sessionCookie attributes',
      files: { 'lib/auth.ts': 'import { Lucia } from "lucia";\nexport const lucia = new Lucia(adapter, {\n  sessionCookie: {\n    attributes: {\n      secure: false,\n    },\n  },\n});\n' },
      errors: [{ file: 'lib/auth.ts', line: 5, message: /^Lucia sessionCookie\.attributes secure: false/ }],
    },
    {
      name: 'Astro.cookies.set in the frontmatter',
      files: { 'src/pages/login.astro': '---\nconst token = await login(Astro.request);\nAstro.cookies.set("session", token, { httpOnly: false, secure: false, path: "/" });\n---\n<html><body>ok</body></html>\n' },
      errors: [{ file: 'src/pages/login.astro', line: 3, column: 49, message: /cookie 'session' httpOnly: false/ }, { file: 'src/pages/login.astro', line: 3, column: 64, message: /cookie 'session' secure: false/ }],
    },
  ],
  notes: [
    {
      name: 'Remix storage configured insecure in a development branch',
      files: { 'app/sessions.server.ts': 'import { createCookieSessionStorage } from "@remix-run/node";\nlet storage;\nif (process.env.NODE_ENV === "development") {\n  storage = createCookieSessionStorage({ cookie: { name: "__session", secure: false } });\n}\nexport { storage };\n' },
      notes: [{ file: 'app/sessions.server.ts', line: 4, message: /secure: false.*development-only/ }],
    },
  ],
});

// QA43 fullrepos23 D5: Vite's and webpack's `define` wrap their values in JSON.stringify: the literal inside is the value.
testCheck(hardcodedSecret, {
  valid: [
    { name: 'JSON.stringify of an environment read', files: { 'vite.config.ts': "export default { define: { 'process.env.API_SECRET': JSON.stringify(process.env.API_SECRET) } };\n" } },
    { name: 'JSON.stringify of a placeholder', files: { 'vite.config.ts': "export default { define: { 'process.env.API_SECRET': JSON.stringify('changeme') } };\n" } },
    { name: 'JSON.stringify of a version under a plain name', files: { 'vite.config.ts': "export default { define: { __APP_VERSION__: JSON.stringify('Jy3AQGHVklwHzFVyDMXAFIDvy3CbSdtN3COx3RRO') } };\n" } },
  ],
  invalid: [
    { name: 'Vite define with JSON.stringify', files: { 'vite.config.ts': "export default {\n  define: {\n    'process.env.AWS_SECRET_ACCESS_KEY': JSON.stringify('Jy3AQGHVklwHzFVyDMXAFIDvy3CbSdtN3COx3RRO'),\n  },\n};\n" }, errors: [{ file: 'vite.config.ts', line: 3, column: 58, message: /'process\.env\.AWS_SECRET_ACCESS_KEY' is assigned a hard-coded secret value/ }] },
    { name: 'a const with JSON.stringify', files: { 'd.config.ts': "const apiSecret = JSON.stringify('Jy3AQGHVklwHzFVyDMXAFIDvy3CbSdtN3COx3RRO');\n" }, errors: [{ file: 'd.config.ts', line: 1, message: /'apiSecret'/ }] },
  ],
});

// QA43 fullrepos23 D6: a Node finding's fix is in Node's terms, not Python's `DEBUG = os.environ.get(…)`.
describe('debug-mode: the fix line in the terms of the setting found', () => {
  it('NODE_ENV=development gets the Node fix; FLASK_DEBUG keeps the generic (Python) one', async () => {
    const node = await runCase(debugMode, { name: 'node', files: { Dockerfile: 'FROM node:20-slim\nENV NODE_ENV=development\nCMD ["node", "server.js"]\n', 'fly.toml': 'app = "web"\n[env]\n  NODE_ENV = "development"\n' } });
    const failures = node.findings.filter((f) => !f.note);
    expect(failures.length).toBe(2);
    for (const f of failures) {
      expect(f.fix).toMatch(/^Set NODE_ENV=production in the image and the deploy environment/);
      expect(f.fix).not.toMatch(/Python|os\.environ/);
    }
    const rails = await runCase(debugMode, { name: 'rails', files: { Dockerfile: 'FROM ruby:3.3\nENV RAILS_ENV=development\nCMD ["bundle", "exec", "puma"]\n' } });
    expect(rails.findings[0]!.fix).toMatch(/^Set RAILS_ENV=production/);
    const flask = await runCase(debugMode, { name: 'py', files: { Dockerfile: 'FROM python:3.12-slim\nENV FLASK_DEBUG=1\nCMD ["gunicorn", "app:app"]\n' } });
    // QA 52 (polyglot D2): the Python deploy fix is the finding's own; the rule's docs.fix (SARIF help) is stack-neutral.
    expect(flask.findings[0]!.fix).toMatch(/^Remove the debug setting from deploy config .*in Python: DEBUG = os\.environ/);
  });
});
