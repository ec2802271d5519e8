import { z } from 'zod';
import { regexEntry } from './util/option-entry.js';
import { defineCheck } from './define.js';
import { falseWhenUnset, withEnvScheme } from './util/env-bool.js';
import { loadedConfigClasses, productionSettingsModules, type SelectedSettings } from './util/credentials.js';
import { dynaconfProductionSettings } from './util/dynaconf.js';
import { guardsRunByDefault } from './util/settings-fields.js';
import { basename, DEV_WORD, dirname, isPython, isTemplate, isDevOnly, isTestFile, isVendoredOrGenerated } from '../repo/classify.js';
import {
  fieldGuardsAt, type FieldGuard, isCodeFile, FLASK_CFG_DOC, isPyConfigFile, isPythonSource, loadedPythonScanned, readsAsPython, configEnv, findCalls, inDevBranch, isRequireOf, jsImports, jsNamedImports, matchBracket, objectLiteral, requireCalls, objectProps, splitList, overriddenSetting, sameProject, pythonClasses, pythonConfigLoads, pythonSettings,
  enclosingObject, otherSource, scanSource, stringValue, type Arg, type ConfigLoad, type Source,
} from './util/code.js';
import { SESSION_COOKIE_WORDS, containsAnyCase, escapeRegExp, lowerText, quoteSource } from './util/text.js';
import { isDevProfile, isProdProfile, isSpringConfig, springFileProfile, springSettings } from './util/spring.js';
import { activatedProfile, productionSpringProfiles, SPRING_ACTIVE_DOC, springProfileActivation } from './util/spring-active.js';
import { deployedValue } from './util/commands.js';
import { COOKIE_IMPOSSIBLE, COOKIE_NAMED, COOKIE_SAFEGUARD, cookieAttributesOnCookies, cookieAttributesStated } from '../checklist/phrases.js';
import { isObject, parseYaml } from '../repo/yaml.js';
import { withStackFix, type Stack } from './util/stack-fix.js';

/** Session-like cookie names (CSRF cookies included: they must be Secure, HttpOnly is not asked of them). */
const SESSION_NAMES = [...SESSION_COOKIE_WORDS, 'csrf', 'xsrf'].join('|');

/** A finding in code; `setting` names a Python setting (which production code may override: see overriddenSetting). */
interface Hit { offset: number; what: string; setting?: { name: string; runtime: boolean; className: string | null }; envKey?: string }
/** A Python setting set to something other than False outside development code. */
interface Secured { name: string; start: number; runtime: boolean; className: string | null }

const SETTING = /(SESSION|CSRF|REMEMBER)_COOKIE_(SECURE|HTTPONLY)/;
const FALSE_PY = /^False$/;
const FALSE_ENV = /^(false|0|no|off)$/i;

/** CSRF tokens are meant to be read by JavaScript (double-submit pattern): HttpOnly does not apply. */
const isCsrfHttpOnly = (name: string) => /csrf|xsrf/i.test(name) && /httponly/i.test(name);

function python(src: Source, sessionNames: RegExp, secured: Secured[]): Hit[] {
  const hits: Hit[] = [];
  for (const s of pythonSettings(src, SETTING)) {
    if (isCsrfHttpOnly(s.name)) continue;
    // An environment read whose default is False (`config("SESSION_COOKIE_HTTPONLY", default=False, cast=bool)`,
    // `env.bool("SESSION_COOKIE_SECURE", default=False)`, `os.environ.get("CSRF_COOKIE_SECURE", "False") == "True"`) is False
    // wherever the deploy leaves the variable unset: judged as that default, as Laravel's `env('SESSION_SECURE_COOKIE', false)`.
    const unset = FALSE_PY.test(s.value) ? null : falseWhenUnset(withEnvScheme(s.value, src.text).replace(/'/g, '"'));
    if (!FALSE_PY.test(s.value) && unset === null) { if (!inDevBranch(src, s.start) && !isDevOnly(src.file)) secured.push({ name: s.name, start: s.start, runtime: s.runtime, className: s.className }); continue; }
    hits.push({ offset: s.start, what: unset === null ? `${s.name} = False` : `${s.name} = ${s.value.replace(/\s+/g, ' ')} (False when ${unset} is unset)`, setting: { name: s.name, runtime: s.runtime, className: s.className }, ...(unset === null ? {} : { envKey: unset }) });
  }
  // Starlette/FastAPI `SessionMiddleware(…, https_only=False)` (the session cookie is always HttpOnly). Its default is
  // False too, but only the explicit setting is reported: what cannot be seen may be set elsewhere.
  if (/\bSessionMiddleware\b/.test(src.bare)) {
    for (const call of findCalls(src, /add_middleware|Middleware|SessionMiddleware/)) {
      if (!call.callee.endsWith('SessionMiddleware') && !call.args.some((a) => a.name === null && /(^|\.)SessionMiddleware$/.test(a.value.trim()))) continue;
      const https = call.args.find((a) => a.name === 'https_only');
      if (https && FALSE_PY.test(https.value.trim())) hits.push({ offset: https.start, what: 'Starlette SessionMiddleware https_only=False' });
    }
  }
  // Litestar (and Starlite): `CSRFConfig(secret=…, cookie_secure=False)` and the session backends' `CookieBackendConfig(…, secure=False |
  // httponly=False)` / `ServerSideSessionConfig(…)`, in a module that imports litestar/starlite (explicit False only, as above).
  if (/\b(?:litestar|starlite)\b/.test(src.bare) && /\b(?:CSRFConfig|CookieBackendConfig|ServerSideSessionConfig)\b/.test(src.bare)) {
    for (const call of findCalls(src, /CSRFConfig|CookieBackendConfig|ServerSideSessionConfig/)) {
      const csrf = call.callee.endsWith('CSRFConfig');
      const name = call.callee.split('.').at(-1)!;
      for (const a of call.args) {
        const flag = csrf ? a.name === 'cookie_secure' : a.name === 'secure' || a.name === 'httponly';
        if (flag && FALSE_PY.test(a.value.trim())) hits.push({ offset: a.start, what: `Litestar ${name}(…, ${a.name}=False)` });
      }
    }
  }
  for (const call of findCalls(src, 'set_cookie')) {
    const name = stringValue(call.args[0]?.value ?? '') ?? stringValue(call.args.find((a) => a.name === 'key')?.value ?? '');
    if (name === null || !sessionNames.test(name)) continue;
    for (const a of call.args) {
      if ((a.name === 'secure' || (a.name === 'httponly' && !/csrf|xsrf/i.test(name))) && FALSE_PY.test(a.value.trim())) hits.push({ offset: a.start, what: `set_cookie('${name}', …, ${a.name}=False)` });
    }
  }
  return hits;
}

/** An options object's flags set false: `secure`/`httpOnly` (`flags` names them otherwise: hapi's `isSecure`/`isHttpOnly`). */
function falseProps(src: Source, opts: Arg | undefined, label: string, csrf: boolean, flags: readonly [string, string] = ['secure', 'httpOnly']): Hit[] {
  const obj = opts && objectLiteral(src, opts);
  if (!obj) return [];
  return objectProps(src, obj)
    .filter((p) => (p.name === flags[0] || (p.name === flags[1] && !csrf)) && p.value.trim() === 'false')
    .map((p) => ({ offset: p.start, what: `${label} ${p.name}: false` }));
}

/** Fastify's session plugins, registered with their options: `app.register(fastifySession, { secret, cookie: { secure: false } })`. */
const FASTIFY_SESSIONS = [['@fastify/session', 'fastify-session'], ['@fastify/secure-session', 'fastify-secure-session']] as const;

function javascript(src: Source, sessionNames: RegExp): Hit[] {
  const hits: Hit[] = [];
  // The express-session README pattern: `cookie: { secure: false }`, then `sess.cookie.secure = true` in production.
  const flipped = /\bcookie\s*\.\s*(secure|httpOnly)\s*=(?!=)(?!\s*false\b)/.exec(src.bare)?.[1];
  const sessionCalls = [...jsImports(src, ['express-session']).flatMap((name) => findCalls(src, name).filter((c) => c.callee === name)), ...requireCalls(src, ['express-session'])];
  for (const call of sessionCalls) {
    const obj = call.args[0] && objectLiteral(src, call.args[0]);
    const cookie = obj ? objectProps(src, obj).find((p) => p.name === 'cookie') : undefined;
    hits.push(...falseProps(src, cookie, 'express-session cookie', false).filter((h) => !flipped || !h.what.endsWith(`${flipped}: false`)));
  }
  // The same options switched off by assignment, in a file that sets up express-session (`sess.cookie.secure = false`).
  if (sessionCalls.length) {
    for (const m of src.bare.matchAll(/\b(?:[A-Za-z_$][\w$]*\s*\.\s*)?cookie\s*\.\s*(secure|httpOnly)\s*=\s*false\b/g)) {
      hits.push({ offset: m.index, what: `express-session ${m[0].replace(/\s+/g, '')}` });
    }
  }
  // (Every module name says fastify: a file without the word imports none of them.)
  const registers = src.code.includes('fastify') ? findCalls(src, 'register') : [];
  for (const modules of registers.length ? FASTIFY_SESSIONS : []) {
    const names = jsImports(src, modules);
    for (const call of registers) {
      const plugin = call.args[0]?.value.trim();
      if (plugin === undefined || !(names.includes(plugin) || isRequireOf(plugin, modules))) continue;
      const obj = call.args[1] && objectLiteral(src, call.args[1]);
      const cookie = obj ? objectProps(src, obj).find((p) => p.name === 'cookie') : undefined;
      hits.push(...falseProps(src, cookie, `${modules[0]} cookie`, false));
    }
  }
  // hapi: @hapi/cookie's session strategy (`server.auth.strategy('session', 'cookie', { cookie: { isSecure: false } })`)
  // and a cookie declared with `server.state(name, { isSecure: false, isHttpOnly: false })`; both secure by default.
  for (const call of findCalls(src, 'strategy')) {
    if (!call.callee.includes('.') || stringValue(call.args[1]?.value ?? '') !== 'cookie') continue;
    const obj = call.args[2] && objectLiteral(src, call.args[2]);
    const cookie = obj ? objectProps(src, obj).find((p) => p.name === 'cookie') : undefined;
    hits.push(...falseProps(src, cookie, '@hapi/cookie cookie', false, ['isSecure', 'isHttpOnly']));
  }
  for (const call of findCalls(src, 'state')) {
    if (!/^(?:server|srv|app)\.state$/.test(call.callee) || call.args.length < 2) continue;
    const name = stringValue(call.args[0]!.value);
    if (name === null || !sessionNames.test(name)) continue;
    hits.push(...falseProps(src, call.args[1], `hapi cookie '${name}'`, /csrf|xsrf/i.test(name), ['isSecure', 'isHttpOnly']));
  }
  // koa-session: `session(opts, app)` (or the older `session(app, opts)`) takes the cookie's flags at the top level of its options.
  const koaSessions = [...jsImports(src, ['koa-session']).flatMap((name) => findCalls(src, name).filter((c) => c.callee === name)), ...requireCalls(src, ['koa-session'])];
  for (const call of koaSessions) hits.push(...falseProps(src, call.args.slice(0, 2).find((a) => objectLiteral(src, a) !== null), 'koa-session', false));
  for (const name of jsImports(src, ['cookie-session'])) {
    for (const call of findCalls(src, name)) if (call.callee === name) hits.push(...falseProps(src, call.args[0], 'cookie-session', false));
  }
  for (const call of requireCalls(src, ['cookie-session'])) hits.push(...falseProps(src, call.args[0], 'cookie-session', false));
  for (const call of findCalls(src, 'cookie')) if (call.callee.includes('.')) hits.push(...cookieArgs(src, call.args, 0, sessionNames));
  // Express's `res.cookie` in other frameworks: Fastify `reply.setCookie(name, value, options)`, Koa
  // `ctx.cookies.set(name, value, options)`, and h3 (Nuxt) / Hono `setCookie(event, name, value, options)`.
  for (const call of findCalls(src, /setCookie|cookies\s*\.\s*set/)) {
    const first = call.callee.includes('.') ? 0 : 1;
    // Next.js's `response.cookies.set({ name: 'session', value, httpOnly: false })` (ResponseCookies' object form).
    hits.push(...(first === 0 && call.args.length === 1 ? cookieObject(src, call.args[0]!, sessionNames) : cookieArgs(src, call.args, first, sessionNames)));
  }
  hits.push(...nextHeadersCookies(src, sessionNames), ...sessionLibraries(src, sessionNames));
  // The `cookie` package's `serialize(name, value, {…})` (Next.js Pages Router: `res.setHeader('Set-Cookie', serialize(…))`),
  // imported by name or called on the module (`cookie.serialize(…)`).
  const serializers = [...jsNamedImports(src, ['cookie'], 'serialize'), ...jsImports(src, ['cookie']).map((m) => `${m}.serialize`)];
  for (const fn of serializers) for (const call of findCalls(src, fn)) if (call.callee === fn) hits.push(...cookieArgs(src, call.args, 0, sessionNames));
  return hits;
}

/** Remix's and React Router's packages (`@remix-run/node`, `@remix-run/cloudflare`, `react-router`, `@react-router/node`…): their `createCookie`. */
const REMIX_MODULE = /^(?:@remix-run\/[\w-]+|react-router|@react-router\/[\w-]+)$/;
/** Auth libraries whose options switch their cookies' `__Secure-` prefix and Secure flag off with `useSecureCookies: false`: NextAuth/Auth.js, better-auth. */
const AUTH_MODULE = /^(?:next-auth|@auth\/[\w-]+|better-auth)(?:\/[\w./-]*)?$/;
/** The module specifiers a JS module imports or requires. */
const importedModules = (src: Source): string[] =>
  [...src.code.matchAll(/(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g)].filter((m) => src.bare[m.index] === src.code[m.index]).map((m) => m[2]!);

/** The object literals a key opens (`cookieOptions: {`), with the props of the object holding the key. */
function keyedObjects(src: Source, key: string): { obj: { open: number; close: number }; siblings: () => Arg[] }[] {
  const out: { obj: { open: number; close: number }; siblings: () => Arg[] }[] = [];
  for (const m of src.bare.matchAll(new RegExp(`(?<![\\w$.])${key}\\s*:\\s*\\{`, 'g'))) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    out.push({
      obj: { open, close },
      siblings: () => {
        const outer = enclosingObject(src, m.index);
        const end = outer < 0 ? -1 : matchBracket(src, outer);
        return end < 0 ? [] : objectProps(src, { open: outer, close: end });
      },
    });
  }
  return out;
}

/**
 * Session and auth libraries that take the session cookie's flags in their own options, each the session cookie by definition:
 * Remix/React Router `createCookieSessionStorage({ cookie: { secure: false, httpOnly: false } })` (any `create…SessionStorage`,
 * also with a `createCookie(name, {…})` there, and a `createCookie` of a session-like name), NextAuth/Auth.js and better-auth
 * `useSecureCookies: false` (in a module importing them) and NextAuth's `cookies: { sessionToken: { options: {…} } }` (also
 * `csrfToken`), better-auth's `defaultCookieAttributes`, iron-session's `cookieOptions` (beside its `cookieName`), and Lucia's
 * `sessionCookie: { attributes: {…} }`. Only literal false values: `secure: process.env.NODE_ENV === "production"` passes.
 */
function sessionLibraries(src: Source, sessionNames: RegExp): Hit[] {
  const hits: Hit[] = [];
  const modules = importedModules(src);
  const remix = modules.filter((m) => REMIX_MODULE.test(m));
  const cookieFns = remix.length ? jsNamedImports(src, remix, 'createCookie') : [];
  /** A `createCookie(name, {…})` call given as the cookie: its options judged (`session` true: a session storage's cookie, whatever its name). */
  const createCookie = (args: Arg[], session: boolean) => {
    const name = args[0] ? stringValue(args[0].value) : null;
    if (!session && (name === null || !sessionNames.test(name))) return;
    hits.push(...falseProps(src, args[1], `createCookie(${name === null ? '…' : `'${name}'`})`, name !== null && /csrf|xsrf/i.test(name)));
  };
  const judged = new Set<number>();
  if (/SessionStorage/.test(src.bare)) {
    for (const call of findCalls(src, /create\w*SessionStorage/)) {
      const fn = /(?:^|\.)(create\w*SessionStorage)$/.exec(call.callee)?.[1];
      const obj = fn && call.args[0] ? objectLiteral(src, call.args[0]) : null;
      const cookie = obj ? objectProps(src, obj).find((p) => p.name === 'cookie') : undefined;
      if (!cookie) continue;
      if (objectLiteral(src, cookie)) { hits.push(...falseProps(src, cookie, `${fn}() cookie`, false)); continue; }
      // `cookie: createCookie('__session', {…})`.
      const inner = findCalls(src, /createCookie/).find((c) => c.start >= cookie.start && c.start < cookie.end && cookieFns.includes(c.callee));
      if (inner) { judged.add(inner.start); createCookie(inner.args, true); }
    }
  }
  for (const fn of cookieFns) for (const call of findCalls(src, fn)) if (call.callee === fn && !judged.has(call.start)) createCookie(call.args, false);
  const auth = modules.find((m) => AUTH_MODULE.test(m));
  if (auth) {
    const lib = auth.startsWith('better-auth') ? 'better-auth' : auth.startsWith('next-auth') ? 'NextAuth' : 'Auth.js';
    for (const m of src.bare.matchAll(/(?<![\w$.])useSecureCookies\s*:\s*false\b/g)) hits.push({ offset: m.index, what: `${lib} useSecureCookies: false` });
    for (const { obj } of keyedObjects(src, 'cookies')) {
      for (const p of objectProps(src, obj)) {
        if (p.name !== 'sessionToken' && p.name !== 'csrfToken') continue;
        const cookie = objectLiteral(src, p);
        const options = cookie ? objectProps(src, cookie).find((o) => o.name === 'options') : undefined;
        hits.push(...falseProps(src, options, `${lib} cookies.${p.name}.options`, p.name === 'csrfToken'));
      }
    }
    for (const { obj } of keyedObjects(src, 'defaultCookieAttributes')) hits.push(...falseProps(src, { name: null, value: src.bare.slice(obj.open, obj.close + 1), start: obj.open, end: obj.close + 1 }, `${lib} defaultCookieAttributes`, false));
  }
  // iron-session's options: `{ password, cookieName: 'myapp_session', cookieOptions: { secure: false } }`.
  for (const { obj, siblings } of src.bare.includes('cookieOptions') ? keyedObjects(src, 'cookieOptions') : []) {
    if (!siblings().some((p) => p.name === 'cookieName')) continue;
    hits.push(...falseProps(src, { name: null, value: src.bare.slice(obj.open, obj.close + 1), start: obj.open, end: obj.close + 1 }, 'iron-session cookieOptions', false));
  }
  // Lucia: `new Lucia(adapter, { sessionCookie: { attributes: { secure: false } } })`.
  for (const { obj } of src.bare.includes('sessionCookie') ? keyedObjects(src, 'sessionCookie') : []) {
    const attributes = objectProps(src, obj).find((p) => p.name === 'attributes');
    hits.push(...falseProps(src, attributes, 'Lucia sessionCookie.attributes', false));
  }
  return hits;
}

/** `cookie(name, value, options)` from argument `first` on (h3/Hono's `setCookie(event, …)` has 1): a session-like cookie's false flags. */
function cookieArgs(src: Source, args: Arg[], first: number, sessionNames: RegExp): Hit[] {
  if (args.length < first + 3) return [];
  const name = stringValue(args[first]!.value);
  if (name === null || !sessionNames.test(name)) return [];
  return falseProps(src, args[first + 2], `cookie '${name}'`, /csrf|xsrf/i.test(name));
}

/** `set({ name: 'session', value, secure: false })`: the cookie's name and its options in one object literal. */
function cookieObject(src: Source, arg: Arg, sessionNames: RegExp): Hit[] {
  const obj = objectLiteral(src, arg);
  const nameProp = obj ? objectProps(src, obj).find((p) => p.name === 'name') : undefined;
  const name = nameProp ? stringValue(nameProp.value) : null;
  if (name === null || !sessionNames.test(name)) return [];
  return falseProps(src, arg, `cookie '${name}'`, /csrf|xsrf/i.test(name));
}

/**
 * Next.js App Router's cookie store, `cookies()` of `next/headers` (imported by name): `cookies().set(name, value, {…})`,
 * `(await cookies()).set(…)`, and a variable bound to it (`const cookieStore = await cookies(); cookieStore.set(…)`), in the
 * positional form and the object form (`cookieStore.set({ name: 'session', value, httpOnly: false })`).
 */
function nextHeadersCookies(src: Source, sessionNames: RegExp): Hit[] {
  const fns = jsNamedImports(src, ['next/headers'], 'cookies');
  if (!fns.length) return [];
  const fn = `(?:${fns.map(escapeRegExp).join('|')})\\s*\\(\\s*\\)`;
  const store = `(?:await\\s+)?${fn}`;
  const stores = [...src.bare.matchAll(new RegExp(`(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*(?::[^=;]+)?=\\s*${store}`, 'g'))].map((m) => escapeRegExp(m[1]!));
  const receiver = `(?<![\\w$.])(?:${fn}|\\(\\s*${store}\\s*\\)${stores.length ? `|(?:${stores.join('|')})` : ''})`;
  const hits: Hit[] = [];
  for (const m of src.bare.matchAll(new RegExp(`${receiver}\\s*\\.\\s*set\\s*\\(`, 'g'))) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    const args = splitList(src, open + 1, close);
    hits.push(...(args.length === 1 ? cookieObject(src, args[0]!, sessionNames) : cookieArgs(src, args, 0, sessionNames)));
  }
  return hits;
}

/** The cookies and attributes the check judges (its `cookies` and `flags` options). */
export const COOKIE_KINDS = ['session', 'csrf', 'remember'] as const;
export const COOKIE_FLAGS = ['secure', 'httponly'] as const;
type CookieKind = (typeof COOKIE_KINDS)[number];
type CookieFlag = (typeof COOKIE_FLAGS)[number];

/**
 * The words that open a code file to the cookie scan, each found by a part that starts with a rarer character (see
 * `Word`): `i` and `s` start words everywhere in code, and these searches ran over every JavaScript and Python file
 * (measured over the bench monorepo: 'issecure' 17 → 7 ms, 'ishttponly' 14 → 5 ms, 'sessionmiddleware' 31 → 8 ms).
 */
const COOKIE_WORD = { word: 'cookie', anchor: 'kie' };
const MIDDLEWARE_WORD = { word: 'sessionmiddleware', anchor: 'ware' };
const IS_SECURE_WORD = { word: 'issecure', anchor: 'ssec' };
const IS_HTTP_ONLY_WORD = { word: 'ishttponly', anchor: 'ponly' };
/** Litestar's `ServerSideSessionConfig`, found by its `fig` (`indexOf` of the whole name stops at every `s`). */
const SERVER_SIDE_CONFIG_WORD = { word: 'serversidesessionconfig', anchor: 'fig' };

/** Session and CSRF cookies are not explicitly configured insecure. */
/** Each stack's secure cookie settings (a finding in that stack's file gets it: withStackFix). */
const COOKIE_FIXES: Partial<Record<Stack, string>> = {
  python: 'Remove the override (or set it to True in production): `SESSION_COOKIE_SECURE = True`, `SESSION_COOKIE_HTTPONLY = True` (also `CSRF_COOKIE_SECURE`, `REMEMBER_COOKIE_SECURE`), `set_cookie(…, secure=True, httponly=True)`.',
  node: 'Remove the override (or set it to true in production): `cookie: { secure: true, httpOnly: true }` (express-session, cookie-session), `res.cookie(name, value, { secure: true, httpOnly: true })`.',
  ruby: 'Remove the override (or set it to true in production): `secure: true, httponly: true` in the session store options and `cookies[:name] = { value: …, secure: true, httponly: true }` (with `config.force_ssl = true`).',
  php: 'Remove the override (or set it to true in production): Laravel `SESSION_SECURE_COOKIE=true` and `\'http_only\' => true` in config/session.php, PHP `session.cookie_secure = 1` / `session.cookie_httponly = 1`.',
  go: 'Set the flags on the cookie: `http.Cookie{Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}`; gorilla/sessions and gin-contrib/sessions `Options{Secure: true, HttpOnly: true}`.',
  rust: 'Remove the override (secure and HttpOnly are the defaults): actix-session `.cookie_secure(true)` and `.cookie_http_only(true)`, tower-sessions `.with_secure(true)` and `.with_http_only(true)`, cookie `Cookie::build(…).secure(true).http_only(true)`.',
  elixir: 'Remove the override (or set it in production): `secure: true` (and `http_only: true`, the default) in the Plug.Session options (a Phoenix endpoint\'s `@session_options`) and in `put_resp_cookie/4`.',
  jvm: 'Remove the override (or set it to true in production): Spring Boot `server.servlet.session.cookie.secure=true` and `server.servlet.session.cookie.http-only=true`, `cookie.setSecure(true)` / `cookie.setHttpOnly(true)`, `ResponseCookie.from(…).secure(true).httpOnly(true)`.',
  dotnet: 'Remove the override (or set it in production): ASP.NET Core `options.Cookie.SecurePolicy = CookieSecurePolicy.Always` and `options.Cookie.HttpOnly = true`, `new CookieOptions { Secure = true, HttpOnly = true }`.',
};

/**
 * Python frameworks whose cookie knob is no Flask/Django setting (the python stack fix names those): the fix for a finding by what it
 * found (its `what`), in that framework's words.
 */
const PYTHON_FRAMEWORK_FIXES: readonly (readonly [RegExp, string])[] = [
  [/^Starlette SessionMiddleware /, 'Remove the override or set it to True in production: `app.add_middleware(SessionMiddleware, secret_key=…, https_only=True)` (Starlette/FastAPI; its session cookie is always HttpOnly).'],
  [/^Litestar /, 'Remove the override or set it to True in production: Litestar `CSRFConfig(…, cookie_secure=True)`, `CookieBackendConfig(…, secure=True, httponly=True)` and `ServerSideSessionConfig(…, secure=True, httponly=True)`.'],
];
const pythonFrameworkFix = (what: string): string | undefined => PYTHON_FRAMEWORK_FIXES.find(([re]) => re.test(what))?.[1];

export const cookieFlags = defineCheck({
  id: 'cookie-flags',
  title: 'Session cookies are not configured insecure',
  // The cookie attributes: "`SESSION_COOKIE_SECURE` is False for the HTTP-only intranet".
  safeguard: COOKIE_SAFEGUARD,
  severity: 'medium',
  description: 'Session/CSRF cookies are not explicitly configured without Secure or HttpOnly (Flask, Django, Starlette, Express, Next.js, Remix, NextAuth, iron-session, Lucia, Astro, Rails, Sinatra/Rack, Laravel, Symfony, Spring Boot, Ktor, Go, ASP.NET Core, Phoenix/Plug, actix-web/tower-sessions).',
  match: [
    {
      // Laravel's and Spring Boot's variables too (`SESSION_SECURE_COOKIE=true`, `SERVER_SERVLET_SESSION_COOKIE_SECURE`),
      // and Flask-Login's remember-me cookie (`REMEMBER_COOKIE_HTTPONLY = True`), which the check reads by name; Symfony's
      // `framework.session` keys as written (`cookie_secure: true`, `cookie_httponly: true`).
      pattern: /\b(?:session|csrf|remember)_cookie_(?:secure|httponly)\b|\bcookie_(?:secure|httponly)\b|\bcookie\.(?:secure|httponly)\b|\bsession_(?:secure_cookie|http_only)\b|\bserver_servlet_session_cookie_(?:secure|http_?only)\b/,
      unless: COOKIE_IMPOSSIBLE,
      note: 'a promise about Flask/Django/Symfony cookie settings: the check fails when they are set insecure',
    },
    {
      // "Secure cookies", "Cookies have the Secure flag", "Cookies use Secure, HttpOnly and SameSite attributes",
      // "All cookies are set with Secure and HttpOnly"; the flags may come as a list.
      // Quoted as OWASP ASVS V3.4.1/V3.4.2 quote them: "cookie-based session tokens have the 'Secure' attribute set".
      pattern: new RegExp(String.raw`\bsecure cookies?\b|\bcookies?\b[^;]*\b(?:secure|httponly)["']?(?:,? (?:and )?["']?(?:secure|httponly|samesite)["']?)* (?:flags?|attributes?)\b|\bcookies?${COOKIE_NAMED} (?:are |is )?(?:marked |set |set with |flagged |with (?:the )?(?:(?:attributes?|flags?) )?)?(?:secure|httponly)\b|\bcookies?${COOKIE_NAMED} (?:uses?|ha(?:ve|s)|carr(?:y|ies)|gets?) (?:the )?(?:secure|httponly)\b|\b(?:httponly|secure|samesite)(?:,? (?:and )?(?:httponly|secure|samesite)){1,2} (?:(?:session|auth(?:entication)?|login|csrf|remember-me) )?cookies?\b`),
      // Cookies of a mobile app's WebView are not the deployment's config.
      unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/.source}|${COOKIE_IMPOSSIBLE.source}`),
      note: 'a promise that cookies carry Secure/HttpOnly: the check reads cookie config',
    },
    {
      // The attributes listed on cookies, as cookie-security reads them: "Secure and HttpOnly flags on all cookies", "Cookies:
      // Secure + HttpOnly + SameSite on session cookies".
      pattern: cookieAttributesOnCookies(String.raw`secure|http[ _-]?only`),
      unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/.source}|${COOKIE_IMPOSSIBLE.source}`),
      note: 'Secure/HttpOnly listed on cookies: the check reads cookie config',
    },
    {
      // The attributes stated of the cookie in any order, each with its verb: "Session cookie uses `same_site` and is `secure`",
      // "Session cookies use SameSite=Strict and HttpOnly" (Secure or HttpOnly among them).
      pattern: cookieAttributesStated(String.raw`secure|(?:[a-z\d]+_)*http[ _-]?only`),
      unless: new RegExp(`${/\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/.source}|${COOKIE_IMPOSSIBLE.source}`),
      note: 'a promise that cookies carry Secure/HttpOnly: the check reads cookie config',
    },
    {
      // express-session's options as written ("Session cookie has `secure: true` and `httpOnly: true`", Laravel's `'http_only' => true`,
      // "`cookie: { secure: true, httpOnly: true }` in express-session"): the check fails them set false.
      pattern: /\b(?:cookies?|session)\b[^;]*\b(?:secure|http[ _-]?only)["']? ?(?:[:=]|=>) ?true\b/,
      // A session store's TLS (`secure: true` to Redis) is not the cookie's.
      unless: /\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android|redis|memcached|database|db)\b|\bsession (?:stores?|storage|cache|tables?)\b|\b(?:not|never|no)\b/,
      note: 'a promise that cookies are configured Secure/HttpOnly: the check reads cookie config',
    },
    {
      // express-session's `secure: false` / `httpOnly: false` refused: what the check reads.
      pattern: /\b(?:cookies?|session)\b[^;]*\b(?:not|never|no)\b[^;]*\b(?:secure|httponly) ?[:=] ?false\b|\b(?:not|never|no)\b[^;]*\b(?:cookies?|session)\b[^;]*\b(?:secure|httponly) ?[:=] ?false\b/,
      note: 'a promise that cookies are not configured insecure: the check reads cookie config',
    },
    {
      // The check's title in its words: "Session cookies are not configured insecure", "Session/CSRF cookies are never set insecurely".
      pattern: /\bcookies?\b[^;]*(?:\b(?:not|never)|n't) (?:be )?(?:configured|set(?: up)?) (?:as )?insecure(?:ly)?\b/,
      unless: /\b(?:polic(?:y|ies)|consent|banner|mobile|webview|ios|android)\b/,
      note: 'a promise that cookies are not configured insecure: the check reads cookie config',
    },
  ],
  docs: {
    why: 'A session cookie without `Secure` is sent over plain HTTP and can be stolen on the network; without `HttpOnly` any XSS can read it and take over the session.',
    fix: 'Remove the override (or set it to True/true in production), in the stack the finding is in (each finding in a code or framework file names its own): Python `SESSION_COOKIE_SECURE = True` (Starlette/FastAPI `SessionMiddleware(…, https_only=True)`), Node `cookie: { secure: true, httpOnly: true }`, ASP.NET Core `options.Cookie.SecurePolicy = CookieSecurePolicy.Always`, Go `http.Cookie{Secure: true, HttpOnly: true}`, Plug.Session `secure: true`, actix-session `.cookie_secure(true)`, Spring Boot `server.servlet.session.cookie.secure=true`.',
    details: [
      'Only explicit insecure settings are reported (defaults vary by framework and are checked live by the `cookie-security` probe).',
      'Python (Flask, Flask-Login, Django): `SESSION_COOKIE_SECURE`, `SESSION_COOKIE_HTTPONLY`, `CSRF_COOKIE_SECURE`, `REMEMBER_COOKIE_SECURE`, `REMEMBER_COOKIE_HTTPONLY` set to `False` as a module or class assignment, `app.config["…"] = False`, `app.config.update(…)`/`from_mapping(…)`, or to an environment read whose default is False (`config("SESSION_COOKIE_SECURE", default=False, cast=bool)`, `env.bool("SESSION_COOKIE_SECURE", default=False)`, `os.environ.get("CSRF_COOKIE_SECURE", "False") == "True"`: judged as that default unless the deploy environment sets the variable, as Laravel\'s below); `set_cookie(<session-like name>, …, secure=False | httponly=False)`; Starlette/FastAPI `SessionMiddleware(…, https_only=False)` (written out: its default, also False, is not reported). Litestar: `CSRFConfig(…, cookie_secure=False)` and the session backends\' `CookieBackendConfig(…, secure=False | httponly=False)` / `ServerSideSessionConfig(…)`, in a module importing litestar/starlite (written out only, as above).',
      'JavaScript: `express-session` `cookie: { secure: false | httpOnly: false }`, `cookie-session` and koa-session (`session({ secure: false }, app)`) `{ secure: false | httpOnly: false }`, `res.cookie(<session-like name>, value, { secure: false | httpOnly: false })` and the same options given to Fastify `reply.setCookie(name, value, {…})`, Koa `ctx.cookies.set(name, value, {…})`, Next.js `response.cookies.set(name, value, {…})` and the App Router\'s `cookies()` of `next/headers` (`cookies().set(…)`, `(await cookies()).set(…)`, `const cookieStore = await cookies(); cookieStore.set(…)`; also the object form `set({ name: \'session\', value, httpOnly: false })`, judged when `name` is a string literal) and h3/Hono `setCookie(event, name, value, {…})`, and the `cookie` package\'s `serialize(name, value, {…})` (the Next.js Pages Router\'s `res.setHeader(\'Set-Cookie\', serialize(\'session\', token, { httpOnly: false }))`; imported by name or called as `cookie.serialize`) (options in a same-file `const` are followed, a shorthand `cookie` option too: `const cookie = { secure: false }; session({ secret, cookie })`; express-session\'s flags switched off by assignment in a file that sets it up, `sess.cookie.secure = false`, too). Fastify\'s session plugins registered with their options, `fastify.register(fastifySession, { secret, cookie: { secure: false } })` (`@fastify/session`, `@fastify/secure-session`), and hapi\'s `@hapi/cookie` strategy, `server.auth.strategy(\'session\', \'cookie\', { cookie: { isSecure: false } })`, and `server.state(<session-like name>, { isSecure: false | isHttpOnly: false })` (both secure by default). Session and auth libraries\' own cookie options: Remix/React Router `createCookieSessionStorage({ cookie: { secure: false | httpOnly: false } })` (any `create…SessionStorage`, also with `cookie: createCookie(name, {…})`, and a `createCookie(<session-like name>, {…})` of `@remix-run/*`/`react-router`), NextAuth/Auth.js and better-auth `useSecureCookies: false` (in a module importing `next-auth`, `@auth/*` or `better-auth`) with NextAuth\'s `cookies: { sessionToken: { options: {…} } }` (also `csrfToken`, whose HttpOnly is not asked) and better-auth\'s `defaultCookieAttributes`, iron-session\'s `cookieOptions` (beside its `cookieName`), Lucia\'s `sessionCookie: { attributes: { secure: false } }`, and Astro\'s `Astro.cookies.set(<session-like name>, value, {…})` in a component\'s frontmatter (`.astro`). `secure: process.env.NODE_ENV === "production"` is not a literal and passes.',
      'A Python setting set to `False` as a default (a base settings module, a base `Config` class) and to anything else in production code of the same project (`settings/production.py` next to `settings/base.py`, `class ProductionConfig`) is an overridden default and passes; only production code overrides, and only base configuration (a module or class whose name, config/settings words aside, is empty or says base: `base.py`, `common.py`, `settings.py`, `class Config`, `class BaseConfig`; a staging, Heroku or other environment\'s module or class, `settings/staging.py`, `class StagingConfig`, is judged on its own: the rule `debug-mode` shares), and a value production code sets is what deploys, whatever the base sets. Same project: the same folder, or one folder inside the other (the repository root holds every folder: a root `config.py` configures `app/__init__.py`); a sibling application\'s settings (`proj/settings/production.py` for `flaskapp/app.py`) override nothing. A runtime assignment (`app.config["SESSION_COOKIE_SECURE"] = False`, `app.config.update(…)`) replaces what was loaded before it, so it fails unless its own file later sets the setting again or loads a config (`app.config.from_object(ProductionConfig)`) that sets it.',
      'Rails: `config.session_store :cookie_store, …, secure: false` / `httponly: false` (in `config/environments/development.rb` a note; test is not read). Sinatra `set :sessions, httponly: true, secure: false` and Rack\'s session middleware `use Rack::Session::Cookie, secure: false | httponly: false` (also `Rack::Session::Pool`…, in `.rb` files and `config.ru`; inside a `configure :development do` block a note); a Sinatra or Rack session setup without them (`enable :sessions` too) is judged and passes. Ktor: the Sessions plugin\'s `cookie<T>("name") { cookie.secure = false | cookie.httpOnly = false }` in a Kotlin file importing `io.ktor.server.sessions` (a file that installs the plugin without them passes). Phoenix/Plug: `plug Plug.Session, …, secure: false | http_only: false` and the `@session_options [ … ]` list Phoenix\'s endpoint passes to it (`.ex`/`.exs` files). Laravel `config/session.php`: `\'secure\' => false`, `\'secure\' => env(\'SESSION_SECURE_COOKIE\', false)` (Laravel 5\'s stock line: its false default stands unless the deploy environment sets the variable to another value), `\'http_only\' => false` (Laravel\'s stock `env(\'SESSION_SECURE_COOKIE\')` without a default is not explicit and passes).',
      'Spring Boot: `server.servlet.session.cookie.secure` / `http-only` (also `server.reactive.session.cookie.*` and Boot 1\'s `server.session.cookie.*`, any relaxed spelling such as `httpOnly`) set to `false`, or to a placeholder whose default is false (`${COOKIE_SECURE:false}`, unless the deploy environment sets that variable to another value), in `application.properties`/`.yml` and profile files; `-dev`/`-local` profile files and documents activated only for such profiles give `info` notes (' + SPRING_ACTIVE_DOC + '), test resources are not read. A value in the base file or document (no profile) that a `prod`/`production` profile of the same folder sets to anything else (a `---` document with `on-profile: prod`, `application-prod.yml`) is an overridden default and passes (the rule `debug-mode` and `default-credentials` share); another profile (`application-staging.yml`) is judged on its own. Java/Kotlin: Spring Session `DefaultCookieSerializer` `setUseSecureCookie(false)` / `setUseHttpOnlyCookie(false)` and the servlet `getSessionCookieConfig().setSecure(false)` / `setHttpOnly(false)`.',
      'Go: `http.Cookie{Name: <session-like name>, …, Secure: false | HttpOnly: false}` (as `http.SetCookie` takes it; `Name` a string literal), Gin\'s `c.SetCookie(<session-like name>, value, maxAge, path, domain, false, …)` (the sixth argument `secure`, the seventh `httpOnly`), and the session stores\' `sessions.Options{Secure: false | HttpOnly: false}` (gorilla/sessions, gin-contrib/sessions). C#: ASP.NET Core `options.Cookie.HttpOnly = false` and `options.Cookie.SecurePolicy = CookieSecurePolicy.None` (`AddSession`, `AddCookie`, `ConfigureApplicationCookie`…; in `AddAntiforgery` the CSRF cookie, whose HttpOnly is not asked), and `Response.Cookies.Append(<session-like name>, value, new CookieOptions { Secure = false | HttpOnly = false })`. Only explicit false values: Go\'s zero value and ASP.NET\'s `SameAsRequest` are not seen as settings.',
      'Symfony: `framework.session.cookie_secure: false` / `cookie_httponly: false` in `config/packages/framework.yaml` (also `config/packages/<env>/framework.yaml` and `when@<env>:` blocks; `dev` gives `info` notes, `test` is not read; `auto`, Symfony\'s recipe value, and `%env(…)%` pass; a file that does not parse — a YAML error, more aliases than the reader expands — is a `parse-error`, not a pass); a base value that a `when@prod:` block of the same file sets to anything else is an overridden default and passes. Rust: actix-session `SessionMiddleware::builder(…).cookie_secure(false)` / `.cookie_http_only(false)` and tower-sessions `SessionManagerLayer::new(store).with_secure(false)` / `.with_http_only(false)` (literal false only).',
      'Deploy config: `SESSION_COOKIE_SECURE=False` (also with `FLASK_`/`DJANGO_` prefixes, and the HTTPONLY/CSRF/REMEMBER variants), Laravel\'s `SESSION_SECURE_COOKIE=false` / `SESSION_HTTP_ONLY=false` (the variables `config/session.php` reads) and Spring Boot\'s `SERVER_SERVLET_SESSION_COOKIE_SECURE=false` / `…_HTTP_ONLY=false` in `.env` files, compose, Kubernetes env, fly.toml `[env]`, render.yaml `envVars`, serverless.yml `environment`, AWS Copilot manifests\' `variables`, Dockerfile `ENV`.',
      'Options `cookies` and `flags` limit the judgement to what an item promises: a Markdown item naming settings (`CSRF_COOKIE_SECURE = True`) is bound with those cookies and attributes, one naming a single attribute ("Session cookies are HttpOnly", "Cookies are marked Secure") with that attribute, as `cookie-security` is.',
      '`CSRF_COOKIE_HTTPONLY` and `httpOnly: false` on CSRF/XSRF cookies are not reported: the double-submit pattern needs JavaScript to read them. `SESSION_COOKIE_SAMESITE = None` is not reported (browsers default to Lax). Development-only files (`settings/local.py`, `.env.development`), compose services only in development/tooling profiles (`profiles: [dev]`…), `DevelopmentConfig`/`TestConfig` classes, `if DEBUG:` / `NODE_ENV === "development"` branches and a guard that is off only in production (JavaScript/TypeScript and Python: `if (!isProd)`, `if (app.get(\'env\') !== \'production\')`, `if not settings.IS_PRODUCTION:`, `if os.environ.get("APP_ENV") != "production":`, the `else` of `if (isProd) {…}`; a Python guard whose own written default turns it on, `if os.getenv("ENVIRONMENT", "local") == "local":` (also through a module constant set so, or a pydantic-settings field read as `settings.X`: `if settings.ENVIRONMENT == "local":` with `ENVIRONMENT: str = "local"` (or `Field(default="local")`) in a `BaseSettings` class of the project, whose variable — with the class\'s `env_prefix`, in any case, or the field\'s `alias` — no production deploy config sets), is no such guard: production runs it whenever the deploy leaves the variable unset) give `info` notes; tests and templates are not read. A Django settings module that deploy config selects (`DJANGO_SETTINGS_MODULE=config.settings.local` in a shipped Dockerfile\'s `ENV`, a production compose service, a Kubernetes container…, the selection `debug-mode` and `default-credentials` follow) is production\'s whatever its name, and a base module it selects directly (`config.settings.base`) is what deploys, whatever a `production.py` sets: their values fail, naming what selects the module. So is a development config class (`DevelopmentConfig`) that production code of the same project loads outside any development guard (`app.config.from_object(DevelopmentConfig)` in the module gunicorn serves, or through a name→class dict, flasky\'s `config = {…, "default": DevelopmentConfig}` with `app.config.from_object(config[config_name])` and `create_app(os.getenv("FLASK_CONFIG") or "default")` (also `os.environ.get("FLASK_CONFIG", "default")`, the read in the subscript or assigned before the load): the entry for the value production deploy config sets the variable to, or for the read\'s fallback when none sets it and the repository shows how production starts (a Dockerfile or compose entry point; not a Procfile, platform or Kubernetes one, whose variables may be set outside it)): its values fail, naming the load.',
      FLASK_CFG_DOC,
      'dynaconf (a project whose requirements name `dynaconf`): `settings.toml`/`.secrets.toml` settings of the environment the deploy selects with `ENV_FOR_DYNACONF` (as debug-mode reads them: `[production]` over `[default]`, `[global]` over both; without a production selection nothing is read): `session_cookie_secure = false` (any `SESSION_`/`CSRF_`/`REMEMBER_COOKIE_SECURE`/`HTTPONLY` key, in any case) fails at its line.',
    ].join('\n'),
  },
  options: z.object({
    sessionNames: regexEntry('a regular expression for session-like cookie names', 'an empty one would match every cookie name (write `.` for that), or remove `sessionNames` for the default').default(SESSION_NAMES).describe('Regular expression (case-insensitive) for session-like cookie names; written `session-names`, as other checklist keys are (`sessionNames` is accepted too)'),
    cookies: z.array(z.enum(COOKIE_KINDS)).min(1).default([...COOKIE_KINDS]).describe('The cookies the item promises about: session, csrf, remember (remember-me); an item naming `CSRF_COOKIE_SECURE` alone is not broken by `SESSION_COOKIE_SECURE = False`'),
    flags: z.array(z.enum(COOKIE_FLAGS)).min(1).default([...COOKIE_FLAGS]).describe('The attributes the item promises: secure, httponly'),
  }),
  scan(options) {
    const sessionNames = sessionPattern(options.sessionNames);
    return {
      accepts: (file) => !isTemplate(file) && (isCodeFile(file) || isPyConfigFile(file) || ((ASTRO_FILE.test(file) || RAILS_SESSION_FILE.test(file) || GO_CS_CODE.test(file) || LARAVEL_SESSION_FILE.test(file) || SPRING_CODE.test(file) || isSpringConfig(file) || RUST_CODE.test(file) || ELIXIR_CODE.test(file) || SYMFONY_FRAMEWORK_FILE.test(file)) && !isTestFile(file) && !isVendoredOrGenerated(file))),
      file(file, text): CookieScan | undefined {
        // A Flask config file in Python (`production.cfg`, loaded by from_pyfile/from_envvar): read as Python when its text is.
        const pyConfig = isPyConfigFile(file);
        if (pyConfig && !readsAsPython(text)) return undefined;
        if (isSpringConfig(file) && !isCodeFile(file)) return springConfig(file, text);
        if (SYMFONY_FRAMEWORK_FILE.test(file)) return symfonyConfig(file, text);
        if (RUST_CODE.test(file)) return rustSessions(file, text);
        if (ELIXIR_CODE.test(file)) return plugSession(file, text);
        if (SPRING_CODE.test(file)) return springCode(file, text);
        if (GO_CS_CODE.test(file)) return goOrAspNet(file, text, sessionNames);
        // An Astro component's frontmatter is server code (`Astro.cookies.set(…)`): read as TypeScript, the markup blanked.
        if (ASTRO_FILE.test(file)) text = astroFrontmatter(text);
        else if (!pyConfig && !isCodeFile(file)) return railsOrLaravel(file, text);
        // (hapi's `server.state(name, { isSecure: false })` need not say cookie.)
        // Each word is a pass over the file: Python's session configs (Starlette, Litestar) and JavaScript's (koa-session,
        // hapi) are looked for only in their own language's files.
        if (pyConfig || isPython(file) ? !containsAnyCase(text, COOKIE_WORD, MIDDLEWARE_WORD, SERVER_SIDE_CONFIG_WORD) : !containsAnyCase(text, COOKIE_WORD, 'koa-session', MIDDLEWARE_WORD, IS_SECURE_WORD, IS_HTTP_ONLY_WORD)) return undefined;
        const src = scanSource(file, text, pyConfig ? 'python' : undefined);
        const secured: Secured[] = [];
        const hits = src.lang === 'python' ? python(src, sessionNames, secured) : javascript(src, sessionNames);
        if (!hits.length && !secured.length) return undefined;
        const py = src.lang === 'python';
        return {
          hits: hits.map((hit) => ({ line: src.lineAt(hit.offset), column: src.columnAt(hit.offset), start: hit.offset, what: hit.what, setting: hit.setting ?? null, dev: isDevOnly(file) || inDevBranch(src, hit.offset), ...(hit.envKey ? { envKey: hit.envKey } : {}), ...(inDevBranch(src, hit.offset) ? { devBranch: true } : {}), ...fieldGuardsAt(src, file, hit.offset) })),
          secured,
          loads: py ? pythonConfigLoads(src) : [],
          classes: py ? pythonClasses(src) : [],
        };
      },
    };
  },
  // The deploy environment (code settings, platform files) is read whatever the files hold.
  prepare(snapshot) { configEnv(snapshot); },
  run({ snapshot, options, scanned: all, report: reportFinding, skip }) {
    // A finding in a stack's own file (Go, Rust, Elixir, Java…) gets that stack's fix.
    const report = withStackFix(reportFinding, COOKIE_FIXES);
    // Flask config files (`.cfg`) only where production code loads them (from_pyfile, from_envvar).
    const scanned = loadedPythonScanned(snapshot, all);
    const emit = (file: string, line: number, column: number | null, what: string, dev: boolean) => {
      const kind: CookieKind = /csrf|xsrf|antiforgery/i.test(what) ? 'csrf' : /remember/i.test(what) ? 'remember' : 'session';
      const flag: CookieFlag = /http[-_]?only/i.test(what) ? 'httponly' : 'secure';
      // An item promising about some cookies or attributes only is not broken by the others'.
      if (!options.cookies.includes(kind) || !options.flags.includes(flag)) return;
      const cookie = `the ${kind === 'csrf' ? 'CSRF' : kind === 'remember' ? 'remember-me' : 'session'} cookie`;
      // An enum setting is not made secure with `true` (ASP.NET Core's SecurePolicy: `Always`).
      const secure = what.includes('CookieSecurePolicy.None') ? 'CookieSecurePolicy.Always' : 'true';
      const message = `${what} ${flag === 'httponly' ? `makes ${cookie} readable by JavaScript` : `sends ${cookie} over plain HTTP`}; remove the override or set it to ${secure} in production`;
      // Starlette's and Litestar's knobs are their own (`https_only=True`), not the Flask/Django settings the python stack's fix names.
      const fix = pythonFrameworkFix(what);
      report({ file, line, column, ...(dev ? { note: true, message: `${message} (development-only)` } : { message }), ...(fix ? { fix } : {}) });
    };
    const env = configEnv(snapshot);
    // A Rails or Laravel app is judged by its session configuration (`config/application.rb`, `config/session.php`) even when it is clean.
    if (!scanned.length && !snapshot.files.some((f) => isCodeFile(f) || FRAMEWORK_APP.test(f) || ((GO_CS_CODE.test(f) || RUST_CODE.test(f) || SYMFONY_FRAMEWORK_FILE.test(f)) && !isTestFile(f) && !isVendoredOrGenerated(f)) || (isSpringConfig(f) && !isTestFile(f) && !isTemplate(f))) && !env.length) { skip('no code it reads (Python, JavaScript/TypeScript, Go, C#, Rust, Rails, Laravel or Symfony session config, Spring config) and no deploy environment'); return; }
    // Symfony's framework configuration is judged in the file pass; one that does not parse (a YAML error, more aliases than the
    // reader expands) is the parse problem other YAML configuration gets — recorded by the snapshot's reader — not a silent pass.
    for (const f of snapshot.files) if (symfonyRead(f) && snapshot.text(f)?.includes('cookie_')) snapshot.yaml(f);
    // Settings secured in production code of the same project (settings/production.py, class ProductionConfig)
    // make an insecure base value an overridden default, not the production configuration.
    const secured = scanned.flatMap((s) => s.data.secured.map((x) => ({ ...x, file: s.file })));
    const loads = new Map(scanned.map((s) => [s.file, s.data.loads]));
    const classes = new Map(scanned.map((s) => [s.file, s.data.classes]));
    // Spring Boot: a base value (`application.yml`, no profile) that a production profile of the same resources folder sets securely is a default.
    const springSecured = scanned.flatMap((s) => (s.data.spring ?? []).filter((x) => x.prod).map((x) => `${dirname(s.file)}\0${x.key}`));
    // The Django settings module production selects (`ENV DJANGO_SETTINGS_MODULE=config.settings.local`) is production's whatever
    // its name, and is what deploys whatever production.py sets: the notion debug-mode and default-credentials share.
    let selected: SelectedSettings[] | undefined;
    // So is a development config class the served code loads unconditionally (`app.config.from_object(DevelopmentConfig)`).
    const chosen = (file: string, hit: { setting: Hit['setting'] | null; devBranch?: boolean; dev: boolean }) => {
      if (!hit.setting || !isPythonSource(file)) return undefined;
      const load = hit.dev && hit.setting.className !== null && !isDevOnly(file) ? loadedConfigClasses(snapshot).get(hit.setting.className) : undefined;
      if (load && sameProject(load.file, file)) return { by: load.by };
      return hit.devBranch ? undefined : (selected ??= productionSettingsModules(snapshot)).find((s) => s.file === file);
    };
    for (const { file, data } of scanned) {
      for (const hit of data.hits) {
        const by = chosen(file, hit);
        if (hit.setting && !hit.dev && !by && overriddenSetting({ file, start: hit.start, ...hit.setting }, secured, loads, classes)) continue;
        if (hit.springKey && springSecured.includes(`${dirname(file)}\0${hit.springKey}`)) continue;
        // `env('SESSION_SECURE_COOKIE', false)`, `${COOKIE_SECURE:false}`: the false default is dead when the deploy
        // environment sets the variable to something else (a false value there is reported where it is written).
        // A compose `${SESSION_SECURE_COOKIE:-false}` deploys its default; `${SESSION_SECURE_COOKIE}` hands the deploy's own value through.
        if (hit.envKey && env.some((e) => { const v = deployedValue(e.value); return !e.dev && e.key === hit.envKey && (v === null || (v !== '' && !FALSE_ENV.test(v))); })) continue;
        // A development profile production activates (`ENV SPRING_PROFILES_ACTIVE=dev`): production's, naming what activates it.
        const spring = hit.springProfile !== undefined ? springProfileActivation(hit.springProfile, productionSpringProfiles(snapshot), file) : null;
        if (spring) emit(file, hit.line, hit.column, `${hit.what} (${activatedProfile(hit.springProfile!, spring)})`, false);
        else if (by) emit(file, hit.line, hit.column, `${hit.what} (${by.by} selects this ${hit.setting?.className && !('file' in by) ? 'class' : 'module'} for production)`, false);
        else {
          // A guard on a settings field whose default turns it on (`if settings.ENVIRONMENT == "local":`, `ENVIRONMENT: str = "local"`).
          const fieldWhy = hit.dev && hit.fieldGuards ? guardsRunByDefault(snapshot, file, hit.fieldGuards) : null;
          const byField = fieldWhy ? `the branch runs in production: ${fieldWhy}` : null;
          emit(file, hit.line, hit.column, byField ? `${hit.what} (${byField})` : hit.what, byField ? false : hit.dev);
        }
      }
    }
    for (const e of env) {
      // Flask/Django names (with their prefixes), and the variables Laravel's config/session.php reads.
      // Spring Boot reads SERVER_SERVLET_SESSION_COOKIE_SECURE (relaxed binding) as server.servlet.session.cookie.secure.
      const m = /^(?:FLASK_|DJANGO_)?((SESSION|CSRF|REMEMBER)_COOKIE_(SECURE|HTTPONLY))$|^(SESSION_SECURE_COOKIE|SESSION_HTTP_ONLY|SERVER_(?:SERVLET_|REACTIVE_)?SESSION_COOKIE_(?:SECURE|HTTP_?ONLY))$/i.exec(e.key);
      if (!m || isCsrfHttpOnly(m[1] ?? m[4]!) || !FALSE_ENV.test(e.value.trim())) continue;
      emit(e.file, e.line, e.column, `${e.key}=${e.value.trim()}`, e.dev);
    }
    // dynaconf's settings.toml (FlaskDynaconf/DjangoDynaconf load it into the app's settings): the environment the deploy selects
    // (`ENV_FOR_DYNACONF=production`) over `[default]`, `[global]` over both, as debug-mode reads it.
    for (const st of dynaconfProductionSettings(snapshot)) {
      const m = /^(?:SESSION|CSRF|REMEMBER)_COOKIE_(?:SECURE|HTTPONLY)$/i.exec(st.key);
      if (!m || isCsrfHttpOnly(st.key) || !FALSE_ENV.test(st.value.trim())) continue;
      emit(st.file, st.line, st.column, `${st.key} = ${st.value.trim()} in [${st.section}] of ${basename(st.file)} (what production runs: ${st.by} selects dynaconf's environment)`, false);
    }
  },
});

/** Astro components: their frontmatter runs on the server. */
const ASTRO_FILE = /\.astro$/i;

/** An Astro component's frontmatter (the code between its `---` fences), every other character blanked so lines and columns stay; empty without one. */
function astroFrontmatter(text: string): string {
  const open = /^\uFEFF?\s*---[ \t]*\r?\n/.exec(text);
  const close = open ? /^---[ \t]*$/m.exec(text.slice(open[0].length)) : null;
  if (!open || !close) return '';
  const end = open[0].length + close.index;
  const blank = (t: string) => t.replace(/[^\n]/g, ' ');
  return blank(text.slice(0, open[0].length)) + text.slice(open[0].length, end) + blank(text.slice(end));
}

/** Ruby files that may configure Rails', Sinatra's or Rack's session cookie (`config.ru` too); Laravel's session configuration. */
const RAILS_SESSION_FILE = /(?:\.rb|(?:^|\/)config\.ru)$/i;
const LARAVEL_SESSION_FILE = /(?:^|\/)config\/session\.php$/;
/** The files that make a repository a Rails or Laravel application. */
const FRAMEWORK_APP = /(?:^|\/)config\/(?:application\.rb|session\.php)$/;
/**
 * Ruby session setups, each to the end of its call: Rails `config.session_store :cookie_store, key: '…', secure: false`, Sinatra
 * `set :sessions, httponly: true, secure: false`, and Rack's session middleware `use Rack::Session::Cookie, secure: false`
 * (also `Rack::Session::Pool`, `Rack::Session::Redis`…), with `httponly: false` and `=>` hashes too.
 */
const RUBY_SESSION = /\b(session_store)\b|\bset\s*\(?\s*:(sessions)\s*,|\buse\s*\(?\s*(Rack::Session::\w+)\s*,/g;
/** A Sinatra `configure :development do` (also `configure :development, :test do`) header: the environments of its block. */
const SINATRA_CONFIGURE = /^\s*configure\s*\(?\s*((?::\w+\s*,?\s*)+)\)?\s*do\b/;
const RAILS_FLAG = /(?<![\w:])(?::?(secure|httponly)\s*(?::|=>)\s*)false\b/g;
/** Laravel `'secure' => false`, `'secure' => env('SESSION_SECURE_COOKIE', false)`, `'http_only' => false`. */
const LARAVEL_FLAG = /(['"])(secure|http_only)\1\s*=>\s*(?:false|env\(\s*(['"])(\w+)\3\s*,\s*false\s*\))/gi;
/** Rails environments that never deploy (development gives notes; test is not read). */
const RAILS_ENV_FILE = /(?:^|\/)config\/environments\/([\w-]+)\.rb$/;

/** Rails' and Laravel's explicit insecure session cookie settings (their defaults are judged live by `cookie-security`). */
function railsOrLaravel(file: string, text: string): CookieScan | undefined {
  const laravel = LARAVEL_SESSION_FILE.test(file);
  if (laravel ? !text.includes('=>') : !/session_store|:sessions\b|Rack::Session/.test(text)) return undefined;
  const env = RAILS_ENV_FILE.exec(file)?.[1]?.toLowerCase();
  if (env === 'test') return undefined;
  const src = otherSource(file, text);
  const found: { offset: number; what: string; envKey?: string }[] = [];
  // A Sinatra or Rack session setup without an insecure flag is judged (the check applies and passes), as Rails' is.
  let judged = false;
  if (laravel) {
    for (const m of src.code.matchAll(LARAVEL_FLAG)) {
      if (src.bare[m.index] !== src.code[m.index]) continue; // inside a comment
      found.push({ offset: m.index, what: `config/session.php ${quoteSource(m[0])}`, ...(m[4] ? { envKey: m[4] } : {}) });
    }
  } else {
    for (const m of src.bare.matchAll(RUBY_SESSION)) {
      judged = true;
      // The call: its parenthesised arguments, or the line and the lines its trailing commas (or an opening bracket) continue onto.
      let end = src.bare.indexOf('\n', m.index);
      for (let guard = 0; guard < 20 && end !== -1 && /[,({[]\s*$/.test(src.bare.slice(m.index, end)); guard++) end = src.bare.indexOf('\n', end + 1);
      const call = src.code.slice(m.index, end === -1 ? src.code.length : end);
      const label = m[1] ? 'Rails session_store' : m[2] ? 'Sinatra set :sessions' : m[3]!;
      for (const f of call.matchAll(RAILS_FLAG)) found.push({ offset: m.index + f.index, what: `${label} ${f[1]}: false` });
    }
  }
  if (!found.length) return judged || /(?<![\w:])enable\s*\(?\s*:sessions\b/.test(src.bare) ? { hits: [], secured: [], loads: [], classes: [] } : undefined;
  const dev = (env !== undefined && DEV_WORD.test(env)) || isDevOnly(file);
  return {
    hits: found.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, setting: null, dev: dev || inDevBranch(src, h.offset) || (!laravel && sinatraDevBlock(src, h.offset)), ...(h.envKey ? { envKey: h.envKey } : {}) })),
    secured: [],
    loads: [],
    classes: [],
  };
}

/** The most lines looked at above a Ruby setting for the block that encloses it. */
const MAX_RUBY_BLOCK_LINES = 400;

/**
 * Whether a Ruby setting sits in a Sinatra `configure :development do … end` block (every environment it names a development or
 * test one: `configure :development, :test do`), found by indentation: the nearest line above it indented less opens its block.
 */
function sinatraDevBlock(src: Source, offset: number): boolean {
  const lines = src.code.slice(0, offset).split('\n');
  let indent = /^[ \t]*/.exec(lines.at(-1)!)![0].length;
  for (let i = lines.length - 2, seen = 0; i >= 0 && seen < MAX_RUBY_BLOCK_LINES && indent > 0; i--, seen++) {
    const l = lines[i]!;
    if (!l.trim()) continue;
    const own = /^[ \t]*/.exec(l)![0].length;
    if (own >= indent) continue;
    indent = own;
    const m = SINATRA_CONFIGURE.exec(l);
    if (m) return [...m[1]!.matchAll(/:(\w+)/g)].every((e) => DEV_WORD.test(e[1]!));
  }
  return false;
}

/** Kotlin sources of a Ktor app: the session cookie's configuration (`cookie<UserSession>("user_session") { cookie.secure = false }`). */
const KTOR_SESSION_FLAG = /(?<![\w.])cookie\s*\.\s*(secure|httpOnly)\s*=\s*false\b/g;

/** Ktor's Sessions plugin cookie flags set false (`cookie.secure = false`, `cookie.httpOnly = false`), in a Kotlin file importing Ktor's sessions. */
function ktorSessions(file: string, text: string): CookieScan['hits'] | null {
  if (!/\.kt$/i.test(file) || !/\bio\.ktor\.(?:server\.)?sessions\b/.test(text)) return null;
  const src = otherSource(file, text);
  // A file that installs the plugin is judged (it passes without an insecure flag).
  if (!/\binstall\s*\(\s*Sessions\s*\)/.test(src.bare) && src.bare.search(KTOR_SESSION_FLAG) < 0) return null;
  return [...src.bare.matchAll(KTOR_SESSION_FLAG)].map((m) => ({ line: src.lineAt(m.index), column: src.columnAt(m.index), start: m.index, what: `Ktor Sessions cookie.${m[1]} = false`, setting: null, dev: isDevOnly(file) || inDevBranch(src, m.index) }));
}

/** Elixir sources: Plug.Session's options (Phoenix's endpoint). */
const ELIXIR_CODE = /\.exs?$/i;
/** `plug Plug.Session, store: :cookie, …, secure: false` (to the end of the call) and Phoenix's `@session_options [ … ]` that such a plug takes. */
const PLUG_SESSION = /\bplug\s*\(?\s*Plug\.Session\s*,|@session_options\s*(?=\[)/g;
/** A keyword or `=>` option `secure: false` / `http_only: false` (Plug.Session's cookie options). */
const PLUG_FLAG = /(?<![\w:])(?::?(secure|http_only)\s*(?::|=>)\s*)false\b/g;

/** Plug.Session's cookie options set false (`secure: false`, `http_only: false`): in a `plug Plug.Session, …` call or the `@session_options` list a module passes to it. */
function plugSession(file: string, text: string): CookieScan | undefined {
  if (!text.includes('Plug.Session')) return undefined;
  const src = otherSource(file, text);
  const hits: CookieScan['hits'] = [];
  // A module that plugs Plug.Session is judged (it passes without an insecure flag).
  let judged = false;
  for (const m of src.bare.matchAll(PLUG_SESSION)) {
    judged = true;
    let end: number;
    if (m[0].startsWith('@')) {
      const open = m.index + m[0].length;
      end = matchBracket(src, open);
      if (end < 0) continue;
    } else {
      end = src.bare.indexOf('\n', m.index);
      for (let guard = 0; guard < 20 && end !== -1 && /[,([]\s*$/.test(src.bare.slice(m.index, end)); guard++) end = src.bare.indexOf('\n', end + 1);
      if (end === -1) end = src.bare.length;
    }
    const label = m[0].startsWith('@') ? '@session_options (Plug.Session)' : 'plug Plug.Session';
    for (const f of src.bare.slice(m.index, end).matchAll(PLUG_FLAG)) {
      const at = m.index + f.index;
      hits.push({ line: src.lineAt(at), column: src.columnAt(at), start: at, what: `${label} ${f[1]}: false`, setting: null, dev: isDevOnly(file) || inDevBranch(src, at) });
    }
  }
  return hits.length || judged ? { hits, secured: [], loads: [], classes: [] } : undefined;
}

/** One file's cookie overrides (lines and dev-only status resolved in the scan). */
interface CookieScan {
  /**
   * `springKey`: a Spring Boot base setting, which a production profile of the same folder may override. `envKey`: the
   * variable whose false default this is (`env('SESSION_SECURE_COOKIE', false)`, `${COOKIE_SECURE:false}`).
   */
  hits: { line: number; column: number; start: number; what: string; setting: Hit['setting'] | null; dev: boolean; springKey?: string; envKey?: string; devBranch?: boolean; fieldGuards?: FieldGuard[];
    /** The development profile (of the file or the document) that alone makes a Spring Boot setting development-only: production may activate it. */
    springProfile?: string }[];
  /** Spring Boot cookie settings this file sets to anything but false, and whether a production profile sets them. */
  spring?: { key: string; prod: boolean }[];
  /** Settings this file sets securely outside development code. */
  secured: Secured[];
  /** Config loads (`app.config.from_object(…)`) and the classes the file defines: what a runtime setting may be overridden by. */
  loads: ConfigLoad[];
  classes: string[];
}

/** Options are validated (isRegExp) before a check runs: the source always compiles here. */
function sessionPattern(source: string): RegExp {
  return new RegExp(source, 'i');
}

/** Spring Boot's session cookie settings (servlet, reactive, and Boot 1's `server.session`). */
const SPRING_COOKIE_KEY = /^server\.(?:servlet\.|reactive\.)?session\.cookie\.(secure|http-only)$/;
/** A boolean Spring binds as false, also as the default of a placeholder (`${COOKIE_SECURE:false}`). */
const SPRING_FALSE = /^(?:false|no|off|0|\$\{[^}:]+:(?:false|no|off|0)\})$/i;

/** `server.servlet.session.cookie.secure: false` (and `http-only`) in `application*.properties`/`.yml`. */
function springConfig(file: string, text: string): CookieScan | undefined {
  if (!lowerText(text).includes('cookie')) return undefined;
  const fileProfile = springFileProfile(file);
  const hits: CookieScan['hits'] = [];
  const spring: NonNullable<CookieScan['spring']> = [];
  for (const s of springSettings(file, text)) {
    const m = SPRING_COOKIE_KEY.exec(s.key);
    if (!m) continue;
    const profile = s.profile ?? fileProfile;
    if (!SPRING_FALSE.test(s.value.trim())) {
      spring.push({ key: m[1]!, prod: isProdProfile(profile) });
      continue;
    }
    const devFile = isDevOnly(file);
    const devProfile = isDevProfile(s.profile) ? s.profile : isDevProfile(fileProfile) ? fileProfile : null;
    const placeholder = /^\$\{([^}:]+):/.exec(s.value.trim());
    hits.push({ line: s.line, column: s.column, start: 0, what: `Spring Boot ${s.key}=${s.value.trim()}`, setting: null, dev: devFile || devProfile !== null, ...(profile === null ? { springKey: m[1]! } : {}), ...(placeholder ? { envKey: placeholder[1]!.trim() } : {}), ...(!devFile && devProfile !== null ? { springProfile: devProfile } : {}) });
  }
  return hits.length || spring.length ? { hits, secured: [], loads: [], classes: [], spring } : undefined;
}

/** Java/Kotlin sources: Spring Session's DefaultCookieSerializer and the servlet SessionCookieConfig set insecure. */
const SPRING_CODE = /\.(?:java|kt)$/i;
const SPRING_SETTER = /\b(?:setUse(Secure|HttpOnly)Cookie|(?:getSessionCookieConfig\s*\(\s*\)|sessionCookieConfig)\s*\.\s*set(Secure|HttpOnly))\s*\(\s*false\s*\)/g;

function springCode(file: string, text: string): CookieScan | undefined {
  const ktor = ktorSessions(file, text);
  if (!text.includes('Cookie')) return ktor ? { hits: ktor, secured: [], loads: [], classes: [] } : undefined;
  const src = otherSource(file, text);
  const hits: CookieScan['hits'] = [...ktor ?? []];
  for (const m of src.bare.matchAll(SPRING_SETTER)) {
    const flag = (m[1] ?? m[2])!;
    const what = m[1] ? `Spring Session cookie serializer setUse${flag}Cookie(false)` : `servlet session cookie config set${flag}(false)`;
    hits.push({ line: src.lineAt(m.index), column: src.columnAt(m.index), start: m.index, what, setting: null, dev: isDevOnly(file) || inDevBranch(src, m.index) });
  }
  hits.sort((a, b) => a.start - b.start);
  return hits.length || ktor ? { hits, secured: [], loads: [], classes: [] } : undefined;
}

/** Go and C# sources: `http.Cookie{…}` / gorilla's `sessions.Options{…}`, ASP.NET Core cookie options. */
const GO_CS_CODE = /\.(?:go|cs)$/i;
/** Go composite literals of a cookie: net/http's `http.Cookie{…}` and the session stores' `sessions.Options{…}` (gorilla/sessions, gin-contrib/sessions). */
const GO_COOKIE = /\b(http\.Cookie|sessions\.Options)\s*\{/g;
/** Gin's `Context.SetCookie(…)` (not net/http's `http.SetCookie(w, &cookie)`, which takes an `http.Cookie`). */
const GIN_SET_COOKIE = /(?<!\bhttp)\.SetCookie\s*\(/g;
/** ASP.NET Core: `options.Cookie.HttpOnly = false`, `options.Cookie.SecurePolicy = CookieSecurePolicy.None` (AddSession, AddCookie, ConfigureApplicationCookie…). */
const ASPNET_COOKIE = /\b\w+\s*\.\s*Cookie\s*\.\s*(?:(HttpOnly)\s*=\s*false\b|(SecurePolicy)\s*=\s*(?:Microsoft\.AspNetCore\.Http\.)?CookieSecurePolicy\s*\.\s*None\b)/g;
/** `Response.Cookies.Append("session", value, new CookieOptions { Secure = false, HttpOnly = false })`. */
const ASPNET_APPEND = /\bCookies\s*\.\s*Append\s*\(/g;

/**
 * Go: a session-like cookie (`Name:` a string literal matching sessionNames) built as `http.Cookie{…, Secure: false, HttpOnly: false}`,
 * and gorilla/gin session `sessions.Options{Secure: false, HttpOnly: false}` (the session cookie by definition). C#: ASP.NET Core
 * `options.Cookie.HttpOnly = false` / `options.Cookie.SecurePolicy = CookieSecurePolicy.None` (in `AddAntiforgery` the CSRF cookie:
 * HttpOnly not asked), and `Cookies.Append(<session-like name>, value, new CookieOptions { Secure = false | HttpOnly = false })`.
 * Only explicit false settings: a default (Go's zero value, ASP.NET's `SameAsRequest`) is not seen.
 */
function goOrAspNet(file: string, text: string, sessionNames: RegExp): CookieScan | undefined {
  if (!/Cookie|sessions\.Options/.test(text)) return undefined;
  const src = otherSource(file, text);
  const found: { offset: number; what: string }[] = [];
  const flags = (from: number, to: number, sep: string, label: string, csrf: boolean) => {
    for (const f of src.bare.slice(from, to).matchAll(new RegExp(`(?<![\\w.])(Secure|HttpOnly)\\s*${sep}\\s*false\\b`, 'g'))) {
      if (f[1] === 'HttpOnly' && csrf) continue;
      found.push({ offset: from + f.index, what: `${label} ${f[1]}${sep === ':' ? ':' : ' ='} false` });
    }
  };
  if (/\.go$/i.test(file)) {
    for (const m of src.bare.matchAll(GO_COOKIE)) {
      const open = m.index + m[0].length - 1;
      const close = matchBracket(src, open);
      if (close < 0) continue;
      if (m[1] === 'http.Cookie') {
        const name = /(?<![\w.])Name\s*:\s*("(?:[^"\\\n]|\\.)*"|`[^`]*`)/.exec(src.code.slice(open, close))?.[1];
        const value = name === undefined ? null : name.slice(1, -1);
        if (value === null || !sessionNames.test(value)) continue;
        flags(open, close, ':', `http.Cookie{Name: "${value}"}`, /csrf|xsrf/i.test(value));
      } else flags(open, close, ':', 'sessions.Options{}', false);
    }
    // Gin's `c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly)`: a session-like name with `false` for either flag.
    for (const m of src.bare.matchAll(GIN_SET_COOKIE)) {
      const open = m.index + m[0].length - 1;
      const close = matchBracket(src, open);
      if (close < 0) continue;
      const args = splitList(src, open + 1, close);
      const name = args.length === 7 && args[0] ? stringValue(args[0].value) : null;
      if (name === null || !sessionNames.test(name)) continue;
      const csrf = /csrf|xsrf/i.test(name);
      for (const [i, flag] of [[5, 'secure'], [6, 'httpOnly']] as const) {
        const a = args[i]!;
        if (a.value.trim() !== 'false' || (flag === 'httpOnly' && csrf)) continue;
        found.push({ offset: a.start + a.value.indexOf('false'), what: `c.SetCookie("${name}", …) ${flag} false` });
      }
    }
  } else {
    for (const m of src.bare.matchAll(ASPNET_COOKIE)) {
      // The CSRF cookie of `AddAntiforgery(options => …)`: JavaScript may read it.
      let before = src.bare.slice(Math.max(0, m.index - 600), m.index);
      for (let guard = 0; guard < 10 && /\([^()]*\)/.test(before); guard++) before = before.replace(/\([^()]*\)/g, '');
      const call = /\b(\w+)\s*(?:<[^<>()]*>)?\s*\([^()]*$/.exec(before)?.[1] ?? '';
      const csrf = /antiforgery|csrf|xsrf/i.test(call);
      if (m[1] && csrf) continue;
      const at = m.index + m[0].indexOf(m[1] ?? m[2]!);
      found.push({ offset: at, what: `ASP.NET Core ${m[1] ? 'Cookie.HttpOnly = false' : 'Cookie.SecurePolicy = CookieSecurePolicy.None'}${csrf ? ' (antiforgery)' : ''}` });
    }
    for (const m of src.bare.matchAll(ASPNET_APPEND)) {
      const open = m.index + m[0].length - 1;
      const close = matchBracket(src, open);
      if (close < 0) continue;
      const args = splitList(src, open + 1, close);
      const name = args[0] ? stringValue(args[0].value) : null;
      const opts = args[2];
      if (name === null || !sessionNames.test(name) || !opts || !/^new\s+CookieOptions\b/.test(opts.value.trim())) continue;
      flags(opts.start, opts.end, '=', `Cookies.Append("${name}", …, new CookieOptions {…})`, /csrf|xsrf/i.test(name));
    }
  }
  if (!found.length) return undefined;
  return { hits: found.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, setting: null, dev: isDevOnly(file) || inDevBranch(src, h.offset) })), secured: [], loads: [], classes: [] };
}

/** Symfony's framework configuration: `config/packages/framework.yaml`, and an environment's `config/packages/<env>/framework.yaml`. */
const SYMFONY_FRAMEWORK_FILE = /(?:^|\/)config\/packages\/(?:([^/]+)\/)?framework\.ya?ml$/;
const SYMFONY_FLAGS = ['cookie_secure', 'cookie_httponly'];
/** A Symfony framework configuration this check reads (`config/packages/test/` is the test environment's). */
const symfonyRead = (file: string): boolean => SYMFONY_FRAMEWORK_FILE.test(file) && SYMFONY_FRAMEWORK_FILE.exec(file)?.[1]?.toLowerCase() !== 'test' && !isTemplate(file) && !isTestFile(file) && !isVendoredOrGenerated(file);

/**
 * Symfony `framework: session: cookie_secure: false` (and `cookie_httponly: false`), at the top of the file or in a
 * `when@<env>:` block: `dev` gives notes, `test` is not read. A top-level false that the file's `when@prod:` block sets
 * to anything else is the overridden default of development. Only a literal false (`auto`, `%env(…)%` pass).
 */
function symfonyConfig(file: string, text: string): CookieScan | undefined {
  if (!text.includes('cookie_')) return undefined;
  const folderEnv = SYMFONY_FRAMEWORK_FILE.exec(file)?.[1]?.toLowerCase() ?? null;
  if (folderEnv === 'test') return undefined;
  const hits: CookieScan['hits'] = [];
  const session = (section: unknown): Record<string, unknown> | null => {
    const fw = isObject(section) ? section['framework'] : undefined;
    const sess = isObject(fw) ? fw['session'] : undefined;
    return isObject(sess) ? sess : null;
  };
  for (const doc of parseYaml(file, text).docs) {
    if (!isObject(doc.value)) continue;
    const root = doc.value;
    const sections: [string[], string | null][] = [[[], folderEnv]];
    for (const key of Object.keys(root)) if (key.startsWith('when@')) sections.push([[key], key.slice(5).toLowerCase()]);
    const prod = session(root['when@prod']);
    for (const [path, env] of sections) {
      if (env === 'test') continue;
      const sess = session(path.length ? root[path[0]!] : root);
      if (!sess) continue;
      for (const key of SYMFONY_FLAGS) {
        if (sess[key] !== false) continue;
        // A development default that production sets otherwise.
        if (!path.length && folderEnv === null && prod && key in prod && prod[key] !== false) continue;
        const at = doc.loc([...path, 'framework', 'session', key]);
        hits.push({ line: at?.line ?? 1, column: at?.column ?? 1, start: 0, what: `Symfony framework.session.${key}: false${path.length ? ` (${path[0]})` : ''}`, setting: null, dev: isDevOnly(file) || (env !== null && DEV_WORD.test(env)) });
      }
    }
  }
  return hits.length ? { hits, secured: [], loads: [], classes: [] } : undefined;
}

/** Rust sources: actix-session's and tower-sessions' session cookie builders. */
const RUST_CODE = /\.rs$/i;
/** actix-session `SessionMiddleware::builder(…).cookie_secure(false)`, tower-sessions `SessionManagerLayer::new(store).with_secure(false)`. */
const ACTIX_SESSION_FLAG = /\.\s*cookie_(secure|http_only)\s*\(\s*false\s*\)/g;
const TOWER_SESSION_FLAG = /\.\s*with_(secure|http_only)\s*\(\s*false\s*\)/g;

function rustSessions(file: string, text: string): CookieScan | undefined {
  const actix = text.includes('SessionMiddleware');
  const tower = text.includes('SessionManagerLayer');
  if (!actix && !tower) return undefined;
  const src = otherSource(file, text);
  const hits: CookieScan['hits'] = [];
  const add = (re: RegExp, label: string, method: string) => {
    for (const m of src.bare.matchAll(re)) {
      const at = m.index + m[0].indexOf(method);
      hits.push({ line: src.lineAt(at), column: src.columnAt(at), start: at, what: `${label} .${method}${m[1]}(false)`, setting: null, dev: isDevOnly(file) || inDevBranch(src, at) });
    }
  };
  if (actix) add(ACTIX_SESSION_FLAG, 'actix-session SessionMiddleware', 'cookie_');
  if (tower) add(TOWER_SESSION_FLAG, 'tower-sessions SessionManagerLayer', 'with_');
  hits.sort((a, b) => a.start - b.start);
  return hits.length ? { hits, secured: [], loads: [], classes: [] } : undefined;
}
