import { describe, expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { cookieFlags } from '../../src/checks/cookie-flags.js';

// regress D3: Starlette/FastAPI's SessionMiddleware(https_only=False) gets its own knob as the fix (https_only=True), not the
// Flask/Django settings the Python stack's fix names; Litestar's configs likewise; a Flask setting keeps the Python fix.
const fixes = async (files: Record<string, string>) => (await runCase(cookieFlags, { name: 'fix', files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.fix}`);

describe('cookie-flags: per-framework fix for Starlette/FastAPI and Litestar (regress D3)', () => {
  it('SessionMiddleware(https_only=False): https_only=True', async () => {
    const main = 'from fastapi import FastAPI\nfrom starlette.middleware.sessions import SessionMiddleware\napp = FastAPI()\napp.add_middleware(SessionMiddleware, secret_key="x", https_only=False)\n';
    const out = await fixes({ 'main.py': main });
    expect(out).toEqual(['main.py:4 Remove the override or set it to True in production: `app.add_middleware(SessionMiddleware, secret_key=…, https_only=True)` (Starlette/FastAPI; its session cookie is always HttpOnly).']);
    expect(out[0]).not.toMatch(/SESSION_COOKIE_SECURE/);
    // Starlette's own Middleware(...) list form, in a development-only file: the same fix on the note.
    const list = 'from starlette.applications import Starlette\nfrom starlette.middleware import Middleware\nfrom starlette.middleware.sessions import SessionMiddleware\napp = Starlette(middleware=[Middleware(SessionMiddleware, secret_key="x", https_only=False)])\n';
    expect(await fixes({ 'dev/app.py': list })).toEqual([expect.stringMatching(/^dev\/app\.py:4 note Remove the override or set it to True in production: `app\.add_middleware\(SessionMiddleware, secret_key=…, https_only=True\)`/)]);
  });
  it('Litestar configs get Litestar\'s knobs; Flask/Django settings keep the Python fix', async () => {
    const lite = 'from litestar import Litestar\nfrom litestar.config.csrf import CSRFConfig\ncsrf = CSRFConfig(secret="x", cookie_secure=False)\napp = Litestar(csrf_config=csrf)\n';
    expect(await fixes({ 'app.py': lite })).toEqual([expect.stringMatching(/^app\.py:3 Remove the override or set it to True in production: Litestar `CSRFConfig\(…, cookie_secure=True\)`/)]);
    expect(await fixes({ 'settings.py': 'SESSION_COOKIE_SECURE = False\n' })).toEqual([expect.stringMatching(/^settings\.py:1 Remove the override \(or set it to True in production\): `SESSION_COOKIE_SECURE = True`/)]);
  });
});
