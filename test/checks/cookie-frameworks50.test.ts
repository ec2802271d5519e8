import { describe, expect, it } from 'vitest';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { runCase } from '../helpers/check-tester.js';

// QA50 fullrepos28 D10: the session layers of Sinatra/Rack, Ktor and Phoenix (Plug.Session) set insecure, as cookie-flags
// reports Rails, Laravel, Symfony, actix-session and Litestar.
async function run(files: Record<string, string>) {
  const out = await runCase(cookieFlags, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { skipped: out.skipped, lines: out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`) };
}

const sinatra = (body: string) => `require "sinatra/base"\n\nclass App < Sinatra::Base\n${body}\n  get "/" do\n    "ok"\n  end\nend\n`;
const ktor = (flags: string, imports = 'import io.ktor.server.sessions.*\n') => `package com.acme\n\nimport io.ktor.server.application.*\n${imports}\nfun Application.module() {\n    install(Sessions) {\n        cookie<UserSession>("user_session") {\n            cookie.path = "/"\n${flags}\n        }\n    }\n}\n`;
const endpoint = (body: string) => `defmodule ShopWeb.Endpoint do\n  use Phoenix.Endpoint, otp_app: :shop\n${body}\n  plug ShopWeb.Router\nend\n`;

describe('cookie-flags: Sinatra and Rack sessions (QA50 fullrepos28 D10)', () => {
  it('set :sessions / use Rack::Session::Cookie with secure: false or httponly: false fail', async () => {
    expect((await run({ 'app.rb': sinatra('  enable :sessions\n  set :sessions, httponly: true, secure: false, same_site: :lax') })).lines)
      .toEqual(['app.rb:5 fail Sinatra set :sessions secure: false sends the session cookie over plain HTTP; remove the override or set it to true in production']);
    expect((await run({ 'app.rb': sinatra('  set :sessions,\n      :httponly => false') })).lines).toEqual([expect.stringMatching(/^app\.rb:5 fail Sinatra set :sessions httponly: false makes the session cookie readable by JavaScript/)]);
    expect((await run({ 'config.ru': 'require "./app"\nuse Rack::Session::Cookie, key: "rack.session", secret: ENV.fetch("SESSION_SECRET"), secure: false\nrun App\n' })).lines)
      .toEqual([expect.stringMatching(/^config\.ru:2 fail Rack::Session::Cookie secure: false/)]);
  });

  it('lookalikes: secure settings and enable :sessions are judged and pass; a configure :development block is a note', async () => {
    for (const body of ['  set :sessions, httponly: true, secure: true', '  enable :sessions', '  set :sessions, secure: production?']) {
      expect(await run({ 'app.rb': sinatra(body) })).toEqual({ skipped: undefined, lines: [] });
    }
    expect((await run({ 'app.rb': sinatra('  configure :development, :test do\n    set :sessions, secure: false\n  end\n  configure :production do\n    set :sessions, secure: true\n  end') })).lines)
      .toEqual([expect.stringMatching(/^app\.rb:5 note Sinatra set :sessions secure: false .*\(development-only\)$/)]);
    // The same block for production fails.
    expect((await run({ 'app.rb': sinatra('  configure :production do\n    set :sessions, secure: false\n  end') })).lines).toEqual([expect.stringMatching(/^app\.rb:5 fail /)]);
  });
});

describe('cookie-flags: Ktor Sessions (QA50 fullrepos28 D10)', () => {
  it('cookie.httpOnly = false and cookie.secure = false fail', async () => {
    expect((await run({ 'src/main/kotlin/com/acme/Application.kt': ktor('            cookie.httpOnly = false\n            cookie.secure = false') })).lines).toEqual([
      'src/main/kotlin/com/acme/Application.kt:10 fail Ktor Sessions cookie.httpOnly = false makes the session cookie readable by JavaScript; remove the override or set it to true in production',
      'src/main/kotlin/com/acme/Application.kt:11 fail Ktor Sessions cookie.secure = false sends the session cookie over plain HTTP; remove the override or set it to true in production',
    ]);
  });
  it('lookalikes: true flags pass (judged), a Kotlin file that does not use Ktor sessions is not read', async () => {
    expect(await run({ 'src/main/kotlin/com/acme/Application.kt': ktor('            cookie.secure = true\n            cookie.httpOnly = true') })).toEqual({ skipped: undefined, lines: [] });
    expect((await run({ 'src/main/kotlin/com/acme/Other.kt': 'package com.acme\n\nclass Jar { val cookie = Cookie() }\nfun f(j: Jar) {\n    j.cookie.secure = false\n}\n', 'main.py': 'print(1)\n' })).lines).toEqual([]);
  });
});

describe('cookie-flags: Plug.Session (QA50 fullrepos28 D10)', () => {
  it('plug Plug.Session, …, secure: false and the @session_options list it takes fail', async () => {
    expect((await run({ 'lib/shop_web/endpoint.ex': endpoint('  plug Plug.Session, store: :cookie, key: "_shop_key", signing_salt: "k3Jd9s", secure: false') })).lines)
      .toEqual(['lib/shop_web/endpoint.ex:3 fail plug Plug.Session secure: false sends the session cookie over plain HTTP; remove the override or set it to true in production']);
    expect((await run({ 'lib/shop_web/endpoint.ex': endpoint('  @session_options [\n    store: :cookie,\n    key: "_shop_key",\n    signing_salt: "k3Jd9s",\n    http_only: false\n  ]\n  plug Plug.Session, @session_options') })).lines)
      .toEqual([expect.stringMatching(/^lib\/shop_web\/endpoint\.ex:7 fail @session_options \(Plug\.Session\) http_only: false makes the session cookie readable by JavaScript/)]);
  });
  it('lookalikes: Phoenix\'s generated @session_options pass (judged); another plug\'s secure: false is not the session cookie', async () => {
    expect(await run({ 'lib/shop_web/endpoint.ex': endpoint('  @session_options [store: :cookie, key: "_shop_key", signing_salt: "k3Jd9s", same_site: "Lax"]\n  plug Plug.Session, @session_options') })).toEqual({ skipped: undefined, lines: [] });
    expect((await run({ 'lib/shop_web/endpoint.ex': endpoint('  plug Plug.Session, @session_options\n  plug MyApp.Tracker, secure: false\n  @session_options [store: :cookie, key: "_k", signing_salt: "s", secure: true]') })).lines).toEqual([]);
  });
});
