import { convictDefaults } from './util/convict.js';
import { z } from 'zod';
import { trueWhenUnset, withEnvScheme } from './util/env-bool.js';
import { defineCheck, type RawFinding } from './define.js';
import { CORS_ALLOW_LIST, CORS_ALLOW_LIST_UNDER_HEADING, CORS_ANY_ORIGIN, CORS_ANY_ORIGIN_CALL_REFUSED, CORS_CONFIGURED_PROPERLY, CORS_CONFIG_LISTED, CORS_NOT_PERMISSIVE, CORS_NOT_REFLECTED, CORS_SAFEGUARD, CORS_WAIVER, CORS_WILDCARD_UNDER_HEADING } from '../checklist/phrases.js';
import { loadedConfigClasses, productionSettingsModules, type SelectedSettings } from './util/credentials.js';
import { dynaconfProductionSettings } from './util/dynaconf.js';
import { guardsRunByDefault } from './util/settings-fields.js';
import { basename, DEV_WORD, dirname, filesEndingIn, hasDevWord, isJavaScript, isTemplate, isDevOnly, isTestFile, isVendoredOrGenerated, springFileProfile } from '../repo/classify.js';
import { activatedProfile, productionSpringProfiles, SPRING_ACTIVE_DOC, springProfileActivation } from './util/spring-active.js';
import {
  fieldGuardsAt, type FieldGuard, inDebugDirective, isCodeFile, FLASK_CFG_DOC, isPyConfigFile, isPythonSource, loadedPythonScanned, readsAsPython, configEnv, enclosingHeaders, enclosingObject, findCalls, inDevBranch, isRequireOf, jsExportedObjects, jsImportOf, jsModuleKeys, OTHER_CODE, otherSource, isWildcard, jsImports, jsNamedImports, requireCalls, listElements, matchBracket, objectLiteral, objectProps, overriddenSetting,
  pythonAssignments, pythonClasses, pythonConfigLoads, pythonSettings, sameProject, scanSource, splitList, statementEnd, stringValue, type Arg, type Call, type ConfigLoad, type Source,
} from './util/code.js';
import { deployedNginxConfigs, inStaticLocation, isStaticPattern, largeConfigsNote, largeServerConfigs, NGINX_DEV_ONLY_DOC, nginxDevOnly, unreadNginxConfigs, type NginxConfig } from './util/nginx.js';
import { parseNginx, walkNginx, type NginxDirective } from '../repo/nginx.js';
import { COPILOT_ENV_DOC, platformHeaders, withUnreadPlatform } from './util/platform.js';
import { ANY_REGEX, frontCors, matchesAnyOrigin, originRegexReach, reachWords, SNIPPET_STAR, snippetLine, type FrontHit, type RegexMatch, type RegexReach } from './util/frontconf.js';
import { deployedValue } from './util/commands.js';
import { devFile, isCfnNamed } from './util/ecs.js';
import { isObject } from '../repo/yaml.js';
import { composeDevOnly, composeEnvFiles, composeEnvironment } from '../repo/compose.js';
import { parseJsonc } from '../repo/json.js';
import { hoconEntries } from './util/hocon.js';
import { perView, type Snapshot, type SnapshotView } from '../repo/snapshot.js';
import { containsAnyCase, containsWord, escapeRegExp, lineColumnAt, quoteSource } from './util/text.js';
import { isNestConfigReceiver, nestConfigReceivers } from './util/secrets.js';
import { deploysIn, elixirConfigFile, elixirEnvAt } from './util/elixir-config.js';
import { withStackFix, type Stack } from './util/stack-fix.js';

type Report = (f: RawFinding) => void;
const ACAO_WORD = { word: 'access-control-allow-origin', anchor: '-allow-' };
/** A finding in code; `setting` names a Python setting (which production code may override: see overriddenSetting). */
interface Hit {
  offset: number; what: string; credentials?: boolean; setting?: PySettingRef; defaultOrigins?: boolean;
  /** The hit is an environment variable's default (`env('CORS_ALLOWED_ORIGINS', '*')`): a deploy environment that sets it replaces it. */
  envKey?: string;
  /** `envKey` is matched in any case (a pydantic-settings field: `cors_origins` is read from `CORS_ORIGINS`). */
  envAnyCase?: boolean;
  /** Hand-written code that echoes the request's Origin (not a library's option). */
  reflected?: boolean;
  /** `cors.init_app(app)` of an instance imported from another module: a hit only when that module binds it to `CORS()`. */
  instance?: string;
  /** `plug CORSPlug` without `origin`: any origin unless `config :cors_plug, origin: …` sets one. */
  corsPlugDefault?: boolean;
  /** A Flask-CORS options dict (`CORS_OPTIONS = {…}`): judged only when switched on (see corsOptionDicts). */
  options?: { name: string; enabled: boolean };
  /** An `info` note instead of a finding (`what` is then unused). */
  note?: string;
  /** A Flask-CORS call that does not set `supports_credentials`: Flask-CORS then takes it from the app config (`CORS_SUPPORTS_CREDENTIALS = True`). */
  configCredentials?: boolean;
  /** An ASP.NET Core policy the hit builds (`AddPolicy("Dev", p => p.AllowAnyOrigin())`; null: `AddDefaultPolicy`): development-only when every use of it is (aspNetPolicyDev). */
  aspNetPolicy?: AspNetPolicyName | null;
  /**
   * With `envKey`: what the origin expression gives when the deploy environment sets the variable to `*` instead (the fallback then
   * never applies: `process.env.CORS_ORIGINS?.split(',') ?? true` is `['*']`), judged as the origin itself; messages name the
   * deploy setting with {@link DEPLOY_AT}. Empty: nothing to report there; absent: the expression is not modelled.
   */
  whenSet?: WhenSet[];
  /** The middleware's module is this bare specifier (`$hono/middleware.ts`): a hit only when the project's deno.json import map resolves it to Hono's cors (denoImportMapResolves). */
  denoAlias?: string;
  /** A `strapi::cors` origin of the base `config/middlewares.*`: Strapi merges `config/env/production/middlewares.*` over it in production (see strapiProductionOrigin). */
  strapiBase?: boolean;
}
/** A hit (or note) of an origin read from the environment as it evaluates with the deploy environment's `*`: see Hit.whenSet. */
interface WhenSet { what: string; credentials: boolean; note?: string }
/** Where a message of a WhenSet names the deploy setting (`CORS_ORIGINS=* in compose.yaml:6`): filled in by run. */
const DEPLOY_AT = '\u0001deploy\u0001';
/** A Python setting's name and form (runtime assignment or module/class default). */
interface PySettingRef { name: string; runtime: boolean; className: string | null }
/** A Python setting restricted (not any-origin) outside development code. */
interface Restricted extends PySettingRef { start: number }

const TRUE = /^(True|true)$/;
const isAnyOrigin = (expr: string) => isWildcard(expr) || (listElements(expr) ?? [expr]).some((e) => ANY_REGEX.has(stringValue(e) ?? ''));
/** A Python string literal's text as a regex reads it: a raw string's as written (`r"^https://[\w.-]+$"`), another's unescaped. */
function pyRegexValue(expr: string): string | null {
  const raw = /^(?:[rR][bB]?|[bB][rR])(['"])([^]*)\1$/.exec(expr.trim());
  return raw && !raw[2]!.includes(raw[1]!) ? raw[2]! : stringValue(expr);
}
/**
 * The first entry of a Python origins value (a string, or a list of them) that admits any origin: `*`, or a regex the library
 * applies (`match`: how) that admits any origin or every site over one scheme (originRegexReach). `at`: its offset in `expr`;
 * `spread`: the value is a list of several entries or spans lines (a finding then names the entry and points at it).
 */
function pyAnyOrigin(expr: string, match: RegexMatch): { entry: string; at: number; reach: Exclude<RegexReach, null>; spread: boolean } | null {
  const list = listElements(expr);
  const spread = (list !== null && list.length > 1) || expr.trim().includes('\n');
  let from = 0;
  for (const e of list ?? [expr.trim()]) {
    const at = expr.indexOf(e, from);
    from = at < 0 ? from : at + e.length;
    const v = pyRegexValue(e);
    const reach = v === null ? null : v === '*' ? 'any' : originRegexReach(v, { match });
    if (reach) return { entry: e, at: Math.max(0, at), reach, spread };
  }
  return null;
}
/** A finding's words for an origins value whose entry `hit` admits any origin: the whole value, or (spread) the entry. */
const pyAnyWhat = (name: string, sep: string, expr: string, hit: NonNullable<ReturnType<typeof pyAnyOrigin>>) =>
  `${name}${hit.spread ? ` entry ${quoteSource(hit.entry)}` : `${sep}${quoteSource(expr)}`} ${pyRegexValue(hit.entry) === '*' ? 'allows' : 'matches'} ${reachWords(hit.reach)}`;
/** A keyword argument; a bare name is followed to its module-level assignment in the same file (`origins = ["*"]`). */
function argNamed(src: Source, call: Call, name: string): Arg | undefined {
  const arg = call.args.find((a) => a.name === name);
  if (!arg || src.lang !== 'python' || !/^[A-Za-z_]\w*$/.test(arg.value.trim())) return arg;
  const def = pythonAssignments(src, new RegExp(arg.value.trim())).filter((a) => a.className === null && a.start < call.start).at(-1);
  return def ? { ...arg, value: def.value, start: def.start } : arg;
}

/**
 * Flask-CORS `CORS(app, …)` / `cors.init_app(app, …)` / `@cross_origin(…)`: origins default to `*`.
 * Hits that rely on that default are marked `defaultOrigins` (a `CORS_ORIGINS` setting elsewhere
 * replaces the default). `local`: the names this module binds to `CORS()` ({@link corsInstances}).
 */
function flaskCors(src: Source, local: string[]): Hit[] {
  const imported = importedCorsInits(src).filter((h) => !local.includes(h.instance!));
  if (!/\bflask_cors\b/.test(src.bare)) return imported;
  const calls = findCalls(src, /CORS|cross_origin/).filter((c) => /(^|\.)(CORS|cross_origin)$/.test(c.callee));
  // `cors = CORS()` then `cors.init_app(app, …)`: the options travel with init_app.
  for (const name of local) calls.push(...findCalls(src, `${name}.init_app`));
  return [...flaskCorsCalls(src, calls), ...imported];
}

/** Names a module binds to a bare Flask-CORS extension (`cors = CORS()`), to be set up later with `init_app`. */
function corsInstances(src: Source): string[] {
  if (!/\bflask_cors\b/.test(src.bare)) return [];
  return [...src.bare.matchAll(/\b([A-Za-z_]\w*)\s*=\s*(?:flask_cors\.)?CORS\(\s*\)/g)].map((m) => m[1]!);
}

/**
 * The application-factory layout: `cors = CORS()` in `extensions.py`, `from .extensions import cors` and
 * `cors.init_app(app)` in `create_app()`. Each `<imported name>.init_app(…)` is judged as Flask-CORS, marked
 * with the name it was imported as (run keeps it only when a module of the project binds that name to `CORS()`).
 */
function importedCorsInits(src: Source): Hit[] {
  if (!/\binit_app\b/.test(src.bare)) return [];
  // One walk over the `….init_app(` calls, each matched to the names imported (not one walk per imported name).
  const inits = findCalls(src, 'init_app');
  if (!inits.length) return [];
  const hits: Hit[] = [];
  for (const m of src.bare.matchAll(/^[ \t]*from[ \t]+[\w.]+[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm)) {
    for (const part of m[1]!.replace(/[()\\]/g, ' ').split(',')) {
      const [name, local = name] = part.trim().split(/\s+as\s+/);
      if (!name || !/^[A-Za-z_]\w*$/.test(name) || !/^[A-Za-z_]\w*$/.test(local!)) continue;
      const calls = inits.filter((c) => c.callee === `${local}.init_app` || c.callee.endsWith(`.${local}.init_app`));
      hits.push(...flaskCorsCalls(src, calls).map((h) => ({ ...h, instance: name })));
    }
  }
  return hits;
}

function flaskCorsCalls(src: Source, calls: Call[]): Hit[] {
  return calls.flatMap((call) => {
    // Without a supports_credentials argument Flask-CORS reads CORS_SUPPORTS_CREDENTIALS from the app config (run looks for it in the project).
    const own = argNamed(src, call, 'supports_credentials') !== undefined;
    return flaskCorsCall(src, call).map((h) => (own || h.credentials ? h : { ...h, configCredentials: true }));
  });
}

function flaskCorsCall(src: Source, call: Call): Hit[] {
  const hits: Hit[] = [];
  const isCors = call.callee.endsWith('CORS');
  if (isCors && !call.args.length) return hits;
  // `CORS(app, **app.config["CORS_OPTIONS"])`: the options come from a dict, judged where it is written (corsOptionDicts).
  if (call.args.some((a) => a.name === null && /^\*\*/.test(a.value.trim()))) return hits;
  const credentials = TRUE.test(argNamed(src, call, 'supports_credentials')?.value.trim() ?? '');
  const origins = argNamed(src, call, 'origins');
  if (origins) {
    const unset = pyEnvStar(origins.value);
    // Flask-CORS reads an origin holding regex characters as a regex, tried with re.match.
    const star = isAnyOrigin(origins.value);
    const any = star ? null : pyAnyOrigin(origins.value, 'start');
    if (star) hits.push({ offset: origins.start, what: `Flask-CORS origins=${quoteSource(origins.value)} allows any origin`, credentials });
    else if (any) hits.push({ offset: origins.start + (any.spread ? any.at : 0), what: pyAnyWhat('Flask-CORS origins', '=', origins.value, any), credentials });
    else if (unset) hits.push({ offset: origins.start, what: `Flask-CORS origins fall back to * when ${unset} is unset (${quoteSource(origins.value)}) and allow any origin`, credentials, envKey: unset });
    return hits;
  }
  // From here on the origins are Flask-CORS's default.
  const dflt = (h: Hit) => { hits.push({ ...h, defaultOrigins: true }); };
  const resources = argNamed(src, call, 'resources');
  if (!resources) { dflt({ offset: call.start, what: `${quoteSource(call.callee)}(…) without origins allows any origin (Flask-CORS defaults to '*')`, credentials }); return hits; }
  const r = resources.value.trim();
  if (stringValue(r) !== null || listElements(r)) { dflt({ offset: resources.start, what: `Flask-CORS resources without origins allow any origin (the default is '*')`, credentials }); return hits; }
  if (!r.startsWith('{')) return hits;
  const close = matchBracket(src, resources.start);
  if (close < 0) return hits;
  for (const entry of splitList(src, resources.start + 1, close)) {
    const v = entry.value.trim();
    if (!v.startsWith('{')) continue;
    const inner = splitList(src, entry.start + entry.value.indexOf('{') + 1, matchBracket(src, entry.start + entry.value.indexOf('{')));
    const o = inner.find((a) => a.name === 'origins');
    const cred = credentials || TRUE.test(inner.find((a) => a.name === 'supports_credentials')?.value.trim() ?? '');
    if (!o) dflt({ offset: entry.start, what: 'a Flask-CORS resource without origins allows any origin (the default is \'*\')', credentials: cred });
    // Written out: per-resource options override CORS_ORIGINS, so this is no default.
    else if (isAnyOrigin(o.value)) hits.push({ offset: o.start, what: `Flask-CORS resource origins ${quoteSource(o.value)} allows any origin`, credentials: cred });
    else {
      const any = pyAnyOrigin(o.value, 'start');
      const unset = any ? null : pyEnvStar(o.value);
      if (any) hits.push({ offset: o.start + (any.spread ? any.at : 0), what: pyAnyWhat('Flask-CORS resource origins', ' ', o.value, any), credentials: cred });
      else if (unset) hits.push({ offset: o.start, what: `Flask-CORS resource origins fall back to * when ${unset} is unset (${quoteSource(o.value)}) and allow any origin`, credentials: cred, envKey: unset });
    }
  }
  return hits;
}

/**
 * The option dicts a Flask-CORS call of this module spreads (`CORS(app, **CORS_OPTIONS)`,
 * `CORS(self.superset_app, **self.config["CORS_OPTIONS"])`, `cors.init_app(app, **app.config.get("CORS_OPTIONS", {}))`): their names.
 */
function flaskCorsSpreads(src: Source, local: string[]): string[] {
  if (!/\bflask_cors\b/.test(src.bare) || !src.bare.includes('**')) return [];
  const calls = findCalls(src, /CORS|cross_origin|init_app/).filter((c) => /(^|\.)(CORS|cross_origin)$/.test(c.callee) || local.some((n) => c.callee === `${n}.init_app`));
  const names: string[] = [];
  for (const call of calls) {
    for (const a of call.args) {
      const v = a.name === null ? /^\*\*\s*([\s\S]+)$/.exec(a.value.trim())?.[1]?.trim() : undefined;
      const name = v && (/\[\s*['"](\w+)['"]\s*\]$/.exec(v) ?? /\.get\(\s*['"](\w+)['"]/.exec(v) ?? /^(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)$/.exec(v))?.[1];
      if (name) names.push(name);
    }
  }
  return names;
}

/** The Flask-CORS option dicts judged by name: Superset's `CORS_OPTIONS` (handed to `CORS(app, **CORS_OPTIONS)` when `ENABLE_CORS` is on) and `CORS_CONFIG`. */
const CORS_OPTION_DICTS = ['CORS_OPTIONS', 'CORS_CONFIG'];

/**
 * A Flask-CORS options dict (`CORS_OPTIONS = {"origins": "*", "supports_credentials": True}` in `superset_config.py`, also
 * `dict(origins="*")`), judged as the call it is spread into: `origins` `*`/`["*"]`/an any-origin regex, or no origins
 * (Flask-CORS's default `*`). It is switched on by `ENABLE_CORS = True` in the same module (Superset), or by a Flask-CORS
 * call that spreads it (`spread`: names this module spreads; run adds those of the project). `ENABLE_CORS = False`
 * in the module turns CORS off whatever spreads it: nothing is reported.
 */
function corsOptionDicts(src: Source, spread: string[]): Hit[] {
  const names = [...new Set([...CORS_OPTION_DICTS, ...spread])];
  if (!names.some((n) => src.bare.includes(n))) return [];
  const hits: Hit[] = [];
  const switches = pythonSettings(src, /ENABLE_CORS/);
  for (const s of pythonSettings(src, new RegExp(names.map(escapeRegExp).join('|')))) {
    const v = s.value.trim();
    const open = s.start + s.value.indexOf(v) + (v.startsWith('{') ? 0 : v.startsWith('dict(') ? 4 : -1);
    if (open < s.start) continue;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    const entries = splitList(src, open + 1, close);
    // A dict literal's keys are strings; `dict(…)`'s are keywords: either way splitList names them.
    if (entries.some((e) => e.name === null)) continue;
    const enable = switches.filter((e) => e.className === s.className).at(-1)?.value.trim();
    if (enable !== undefined && /^(?:False|0|None)$/.test(enable)) continue;
    const switchedOn = enable !== undefined && /^(?:True|1)$/.test(enable);
    const enabled = switchedOn || spread.includes(s.name);
    const call: Call = { callee: 'CORS', start: s.start, open, close, line: src.lineAt(s.start), args: [{ name: null, value: 'app', start: open, end: open }, ...entries] };
    const why = switchedOn ? 'ENABLE_CORS = True hands it to Flask-CORS' : 'handed to Flask-CORS';
    for (const h of flaskCorsCalls(src, [call])) {
      const what = h.defaultOrigins && h.offset === s.start
        ? `${s.name} (${why}) sets no origins, so Flask-CORS allows any origin (its default is '*')`
        : `${s.name} (${why}): ${h.what}`;
      hits.push({ ...h, what, options: { name: s.name, enabled } });
    }
  }
  return hits;
}

/**
 * Flask-SocketIO / python-socketio / python-engineio `cors_allowed_origins="*"`: the server echoes the caller's
 * origin and allows credentials unless `cors_credentials=False` (its default is True).
 */
function socketioCors(src: Source): Hit[] {
  if (!src.bare.includes('cors_allowed_origins')) return [];
  const hits: Hit[] = [];
  for (const call of findCalls(src, /SocketIO|AsyncServer|Server|init_app/)) {
    const origins = argNamed(src, call, 'cors_allowed_origins');
    if (!origins) continue;
    const unset = isAnyOrigin(origins.value) ? null : pyEnvStar(origins.value);
    if (!unset && !isAnyOrigin(origins.value)) continue;
    const credentials = argNamed(src, call, 'cors_credentials')?.value.trim() !== 'False';
    if (unset) hits.push({ offset: origins.start, what: `Socket.IO cors_allowed_origins falls back to * when ${unset} is unset (${quoteSource(origins.value)}) and accepts any origin`, credentials, envKey: unset });
    else hits.push({ offset: origins.start, what: `Socket.IO cors_allowed_origins=${quoteSource(origins.value.trim())} accepts any origin`, credentials });
  }
  return hits;
}

/**
 * Litestar (and Starlite) `CORSConfig(allow_origins=["*"])`, or `CORSConfig()` without origins (its default is `["*"]`),
 * in a module that imports litestar/starlite. With `allow_credentials=True` Litestar echoes the caller's origin to any
 * request carrying cookies, with `Access-Control-Allow-Credentials: true` (`critical`).
 */
function litestarCors(src: Source): Hit[] {
  if (!/\b(?:litestar|starlite)\b/.test(src.bare) || !/\bCORSConfig\b/.test(src.bare)) return [];
  const hits: Hit[] = [];
  for (const call of findCalls(src, 'CORSConfig')) {
    // `CORSConfig(**settings.cors)`: the options come from elsewhere.
    if (call.args.some((a) => a.value.trim().startsWith('**'))) continue;
    const credentials = TRUE.test(argNamed(src, call, 'allow_credentials')?.value.trim() ?? '');
    const positional = call.args[0]?.name === null ? call.args[0] : undefined;
    const origins = argNamed(src, call, 'allow_origins') ?? positional;
    const unset = origins && pyEnvStar(origins.value);
    if (!origins) hits.push({ offset: call.start, what: 'Litestar CORSConfig() without allow_origins allows any origin (its default is ["*"])', credentials });
    else if (isWildcard(origins.value)) hits.push({ offset: origins.start, what: `Litestar CORSConfig allow_origins=${quoteSource(origins.value)} allows any origin`, credentials });
    else if (unset) hits.push({ offset: origins.start, what: `Litestar CORSConfig allow_origins falls back to * when ${unset} is unset (${quoteSource(origins.value)}) and allows any origin`, credentials, envKey: unset });
  }
  return hits;
}

/**
 * aiohttp-cors `aiohttp_cors.setup(app, defaults={"*": aiohttp_cors.ResourceOptions(…)})` (or `cors.add(route, {"*": …})`):
 * the `"*"` origin key makes aiohttp-cors answer every origin with that origin itself; with `allow_credentials=True`
 * also with `Access-Control-Allow-Credentials: true` (`critical`).
 */
function aiohttpCors(src: Source): Hit[] {
  if (!/\baiohttp_cors\b/.test(src.bare)) return [];
  const hits: Hit[] = [];
  for (const call of findCalls(src, 'ResourceOptions')) {
    const key = /(["'])\*\1\s*:\s*$/.exec(src.code.slice(Math.max(0, call.start - 40), call.start));
    if (!key) continue;
    const credentials = TRUE.test(argNamed(src, call, 'allow_credentials')?.value.trim() ?? '');
    hits.push({ offset: call.start - key[0].length, what: 'aiohttp-cors origin key "*" allows any origin', credentials });
  }
  return hits;
}

/**
 * The setting names an origins argument reads (`settings.BACKEND_CORS_ORIGINS`, `[str(o) for o in settings.BACKEND_CORS_ORIGINS]`,
 * `app.config["CORS_ORIGINS"]`): upper-case names, matched later against the settings that allow any origin.
 */
// A lower-case attribute of a settings object (`settings.cors_origins`, a pydantic-settings field) too, not a method (`o.strip()`).
const settingNamesIn = (expr: string): string[] => [...expr.matchAll(/(?<![\w.])(?:[A-Za-z_]\w*\.)*([A-Z][A-Z0-9_]*)\b|\[\s*(['"])([A-Z][A-Z0-9_]*)\2\s*\]|(?<![\w.])(?:[A-Za-z_]\w*\.)+([a-z_][a-z0-9_]*)\b(?!\s*\()/g)].map((m) => m[1] ?? m[3] ?? m[4]!);

/**
 * FastAPI/Starlette `CORSMiddleware` with `allow_origins=["*"]` or an any-origin regex. `credentialed` collects the
 * settings a call with `allow_credentials=True` takes its origins from (`allow_origins=settings.BACKEND_CORS_ORIGINS`):
 * such a setting that allows any origin is reflected with credentials, outside development code.
 */
function starlette(src: Source, credentialed: string[]): Hit[] {
  if (!/\bCORSMiddleware\b/.test(src.bare)) return [];
  const hits: Hit[] = [];
  for (const call of findCalls(src, /add_middleware|Middleware|CORSMiddleware/)) {
    if (!call.callee.endsWith('CORSMiddleware') && !call.args.some((a) => a.name === null && /(^|\.)CORSMiddleware$/.test(a.value.trim()))) continue;
    const credentials = TRUE.test(argNamed(src, call, 'allow_credentials')?.value.trim() ?? '');
    const origins = argNamed(src, call, 'allow_origins');
    const regex = argNamed(src, call, 'allow_origin_regex');
    const unset = origins && pyEnvStar(origins.value);
    const regexAny = regex ? pyAnyOrigin(regex.value, 'full') : null;
    if (origins && isWildcard(origins.value)) hits.push({ offset: origins.start, what: `CORSMiddleware allow_origins=${quoteSource(origins.value)} allows any origin`, credentials });
    // `allow_origins=os.getenv("ALLOWED_ORIGINS", "*").split(",")`: any origin unless the deploy environment sets the variable.
    else if (unset) hits.push({ offset: origins.start, what: `CORSMiddleware allow_origins falls back to * when ${unset} is unset (${quoteSource(origins.value)}) and allows any origin`, credentials, envKey: unset });
    // Starlette matches the whole origin with the regex (re.fullmatch).
    else if (regex && regexAny) hits.push({ offset: regex.start, what: pyAnyWhat('CORSMiddleware allow_origin_regex', '=', regex.value, regexAny), credentials });
    else if (origins && credentials && !isDevOnly(src.file) && !inDevBranch(src, call.start)) credentialed.push(...settingNamesIn(origins.value));
  }
  return hits;
}

/**
 * A Python environment read whose fallback is `*` (white space removed): `os.getenv("CORS_ORIGINS", "*")`,
 * `os.environ.get(…, "*").split(",")`, `env.list("CORS_ORIGINS", default=["*"])`, `config("X", default="*")`, `os.getenv("X") or "*"`.
 */
const PY_ENV_STAR = /^(?:os\.(?:getenv|environ\.get)|(?:env|environ\.Env\(\))(?:\.(?:str|list))?|config)\((['"])(\w+)\1(?:,(?:default=)?\[?(['"])\*\3\]?(?:,(?:[^()]|\([^()]*\))*)?\)|\)or(['"])\*\4)(?:\.split\([^()]*\))?$/;

/**
 * The variable of a Python environment read whose fallback is `*` ({@link PY_ENV_STAR}), as a setting's value or a CORS
 * call's argument: the read itself (`os.getenv("ALLOWED_ORIGINS", "*").split(",")`, `config("X", default="*", cast=Csv())`),
 * a list of it (`[os.getenv("X", "*")]`) or a comprehension over it (`[o.strip() for o in os.getenv("X", "*").split(",")]`).
 * A read falling back to anything else (a real origin list) is null.
 */
function pyEnvStar(expr: string): string | null {
  const direct = PY_ENV_STAR.exec(expr.replace(/\s+/g, ''))?.[2];
  if (direct) return direct;
  for (const e of listElements(expr) ?? []) {
    const read = /^[\s\S]+?\s+for\s+[A-Za-z_]\w*\s+in\s+([\s\S]+?)(?:\s+if\s+[\s\S]*)?$/.exec(e)?.[1] ?? e;
    const key = PY_ENV_STAR.exec(read.replace(/\s+/g, ''))?.[2];
    if (key) return key;
  }
  return null;
}

/** The CORS settings Django, Flask and pydantic settings classes name (upper case), and their lower-case pydantic-settings fields. */
const PY_CORS_SETTINGS = /CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL|(?:[A-Z][A-Z0-9]*_)*CORS_ORIGINS|CORS_ALLOW_ORIGINS?|CORS_ALLOWED_ORIGIN_REGEXES|CORS_ORIGIN_REGEX_WHITELIST/;
const PY_CORS_FIELDS = /cors_allow_all_origins|cors_origin_allow_all|(?:[a-z][a-z0-9]*_)*cors_origins|cors_allow_origins?|cors_allowed_origin_regexes|cors_origin_regex_whitelist/;

/** A pydantic-settings class: the prefix its fields' environment variables take (`env_prefix`), and whether their case counts. */
interface PydanticSettings { prefix: string; caseSensitive: boolean }
/**
 * Whether the class `name` (the last defined at or before `at`) is a pydantic-settings `BaseSettings` subclass, directly, through
 * classes of the file, or through a base named `…Settings` defined elsewhere (`class ProdSettings(AppSettings)`): its fields are
 * read from the environment by name, in any case unless `case_sensitive=True` (pydantic-settings' default is False: `cors_origins`
 * reads `CORS_ORIGINS`), with the class's `env_prefix` (as a class keyword, in `model_config = SettingsConfigDict(…)` or a v1
 * `class Config:`). Not a plain class (Flask's `class Config:` reads upper-case names only) nor a `BaseModel`.
 */
function pydanticSettings(src: Source, name: string, at: number): PydanticSettings | null {
  const defs = [...src.bare.matchAll(/^([ \t]*)class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\(([^)]*)\))?[ \t]*:/gm)].slice(0, 500);
  const bodyOf = (i: number): string => {
    const d = defs[i]!;
    // Read in the code (the bare text blanks strings: `env_prefix="APP_"`), up to the next line indented no deeper than the class.
    const from = d.index + d[0].length;
    const end = new RegExp(`\\n(?=[ \\t]{0,${d[1]!.length}}[^\\s#])`).exec(src.bare.slice(from));
    return `${src.code.slice(d.index, from)}\n${src.code.slice(from, end ? from + end.index : undefined)}`;
  };
  const seen = new Set<string>();
  const isSettings = (cls: string, before: number, depth: number): number | null => {
    const i = defs.findLastIndex((d) => d[2] === cls && d.index <= before);
    const k = i >= 0 ? i : defs.findLastIndex((d) => d[2] === cls);
    if (k < 0 || seen.has(cls) || depth > 8) return null;
    seen.add(cls);
    for (const part of (defs[k]![3] ?? '').split(',')) {
      const base = /^\s*(?:[A-Za-z_]\w*\s*\.\s*)*([A-Za-z_]\w*)\s*$/.exec(part)?.[1];
      if (!base) continue;
      if (base === 'BaseSettings' || (!defs.some((d) => d[2] === base) && /Settings$/.test(base))) return k;
      if (isSettings(base, defs[k]!.index, depth + 1) !== null) return k;
    }
    return null;
  };
  const k = isSettings(name, at, 0);
  if (k === null) return null;
  const body = bodyOf(k);
  return {
    prefix: /\benv_prefix\s*=\s*[rRuU]?(['"])(\w*)\1/.exec(body)?.[2] ?? '',
    caseSensitive: /\bcase_sensitive\s*=\s*True\b/.test(body),
  };
}

/** Django/Flask settings: `CORS_ALLOW_ALL_ORIGINS = True`, `CORS_ORIGIN_ALLOW_ALL = True`, `CORS_ORIGINS = "*"`. */
function pySettings(src: Source, restricted: Restricted[]): Hit[] {
  const hits: Hit[] = [];
  // `CORS_ALLOW_ALL_ORIGINS = DEBUG`: another setting of the module, read at its literal value (`DEBUG = True`).
  let literals: Map<string, string> | null = null;
  const valueOf = (v: string) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(v.trim())) return v;
    literals ??= new Map(pythonSettings(src, /[A-Z][A-Z0-9_]*/).filter((x) => !x.runtime && x.className === null && /^(?:True|False|(['"]).*\1)$/.test(x.value.trim())).map((x) => [x.name, x.value.trim()]));
    return literals.get(v.trim()) ?? v;
  };
  // django-cors-headers' regexes (`CORS_ALLOWED_ORIGIN_REGEXES`, formerly `CORS_ORIGIN_REGEX_WHITELIST`): `r".*"` matches every origin.
  // A prefixed name (`BACKEND_CORS_ORIGINS`, the FastAPI full-stack template's pydantic setting handed to CORSMiddleware)
  // holds the same list: judged like `CORS_ORIGINS`, as the env-file rule reads `*CORS_ORIGINS=*`.
  // A pydantic-settings field is any case (`cors_origins: list[str] = ["*"]`, read from `CORS_ORIGINS`): a lower-case one counts in
  // such a class only (a module's `cors_origins = […]` is a plain variable).
  const fields = pythonAssignments(src, PY_CORS_FIELDS).filter((a) => a.className !== null && pydanticSettings(src, a.className, a.start) !== null)
    .map((a) => ({ name: a.name, value: a.value, line: a.line, start: a.start, runtime: false, className: a.className }));
  for (const s of [...pythonSettings(src, PY_CORS_SETTINGS), ...fields]) {
    const allowAll = /ALLOW_ALL/i.test(s.name);
    const ref = { name: s.name, runtime: s.runtime, className: s.className };
    // A pydantic-settings field's value is a default: the deploy environment's variable replaces it (see run).
    const pydantic = s.className !== null && !s.runtime ? pydanticSettings(src, s.className, s.start) : null;
    const fromEnv = pydantic ? { envKey: pydantic.caseSensitive ? pydantic.prefix + s.name : (pydantic.prefix + s.name).toUpperCase(), envAnyCase: !pydantic.caseSensitive } : {};
    // `env.bool("CORS_ALLOW_ALL", default=True)`: on whenever the deploy does not set the variable.
    // `os.getenv("CORS_ORIGINS", "*")`: any origin whenever the deploy does not set the variable.
    const unset = allowAll ? trueWhenUnset(withEnvScheme(s.value, src.text).replace(/'/g, '"')) : pyEnvStar(s.value);
    // django-cors-headers tries its regexes with re.match.
    const regex = /REGEX/i.test(s.name) ? pyAnyOrigin(s.value, 'start') : null;
    if (regex) hits.push({ offset: s.start + (regex.spread ? regex.at : 0), what: pyAnyWhat(s.name, ' = ', s.value, regex), setting: ref, ...fromEnv });
    else if (allowAll ? TRUE.test(valueOf(s.value)) : isAnyOrigin(valueOf(s.value))) hits.push({ offset: s.start, what: `${s.name} = ${quoteSource(s.value)} allows any origin`, setting: ref, ...fromEnv });
    else if (unset) hits.push({ offset: s.start, what: `${s.name} = ${quoteSource(s.value)} allows any origin whenever ${unset} is unset`, setting: ref, envKey: unset });
    else if (!isDevOnly(src.file) && !inDevBranch(src, s.start)) restricted.push({ ...ref, start: s.start });
  }
  if (!hits.length) return hits;
  // django-cors-headers and Flask-CORS reflect the origin when credentials are allowed.
  const cred = pythonSettings(src, /CORS_ALLOW_CREDENTIALS|CORS_SUPPORTS_CREDENTIALS/).some((s) => TRUE.test(s.value));
  return hits.map((h) => ({ ...h, credentials: cred }));
}

/** An origin callback's parameters: `(origin, cb) =>`, `function (origin: string, callback: Fn) {`. */
const JS_ORIGIN_CALLBACK_HEAD = /^(?:async\s+)?(?:function\s*[\w$]*\s*)?\(\s*([\w$]+)\s*(?::\s*[\w$<>| ]+)?,\s*([\w$]+)\s*(?::\s*[^)]*)?\)\s*(?:=>)?\s*/;

/**
 * Whether an origin callback allows every origin: each call of its callback is `cb(null, true)`, `cb(null, origin)`
 * (the caller's origin echoed back) or `cb(null, '*')` — `(origin, cb) => cb(null, true)`,
 * `function (origin, callback) { if (origin) callback(null, origin); else callback(null, "*"); }`. A callback that
 * ever refuses (`cb(new Error(…))`, `cb(null, false)`), decides by a list (`cb(null, allowed.includes(origin))`) or
 * hands the callback on to other code is not judged.
 */
function originCallbackAllowsAll(value: string): boolean {
  const head = JS_ORIGIN_CALLBACK_HEAD.exec(value);
  if (!head) return false;
  const [, param, cb] = head as unknown as [string, string, string];
  const body = scanSource('origin-callback.js', value.slice(head[0].length));
  const allowed = new Set(['true', param, "'*'", '"*"', '`*`', `${param}||'*'`, `${param}||"*"`, `${param}??'*'`, `${param}??"*"`]);
  // Every mention of the callback is a call of it: one passed on (`check(origin, cb)`) is not judged.
  const mentions = [...body.bare.matchAll(new RegExp(`(?<![\\w$.])${escapeRegExp(cb)}(?![\\w$])`, 'g'))].length;
  const calls = findCalls(body, cb).filter((c) => c.callee === cb);
  return calls.length > 0 && calls.length === mentions
    && calls.every((c) => c.args.length === 2 && /^(?:null|undefined)$/.test(c.args[0]!.value.trim()) && allowed.has(c.args[1]!.value.replace(/\s+/g, '')));
}

/**
 * A JS regex literal given as the origin (`/.*\/`, `/^https?:\/\/.*$/`) that matches any origin: the `cors` package
 * (and @fastify/cors, Elysia) tests it against the request's Origin and echoes the origin it matches. An allow-list
 * regex (`/\.example\.com$/`) matches no foreign origin and passes.
 */
function anyOriginRegexLiteral(expr: string): RegexReach {
  const m = /^\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\[\n])+)\/([a-z]*)$/.exec(expr.trim());
  return m === null ? null : originRegexReach(m[1]!, { caseless: m[2]!.includes('i') });
}

/** A Koa origin function's head (`(ctx) =>`, `ctx =>`, `async (ctx: Context) =>`, `function (ctx) {`): its parameter, and the rest. */
const KOA_ORIGIN_FN = /^(?:async\s+)?(?:\(\s*([\w$]+)\s*(?::[^)]*)?\)\s*(?::[^=]*)?=>|([\w$]+)\s*=>|function\s*[\w$]*\s*\(\s*([\w$]+)\s*(?::[^)]*)?\)\s*(?::[^{]*)?(?=\{))\s*([\s\S]*)$/;

/**
 * Whether a @koa/cors origin function returns the request's own Origin header (`(ctx) => ctx.get('Origin')`,
 * `ctx => ctx.request.headers.origin`, `function (ctx) { return ctx.get('origin') || '*'; }`): @koa/cors sends what it
 * returns, so any origin is allowed, with credentials when `credentials: true`. A function that checks the origin
 * (any other body) is not judged.
 */
function koaOriginFnReflects(value: string): boolean {
  const head = KOA_ORIGIN_FN.exec(value.trim());
  if (!head) return false;
  const param = head[1] ?? head[2] ?? head[3]!;
  let body = head[4]!.trim();
  const block = /^\{\s*return\s+([\s\S]*?);?\s*\}$/.exec(body);
  if (block) body = block[1]!.trim();
  else if (body.startsWith('{')) return false;
  // An optional fallback for a request without Origin (`|| '*'`, `?? ''`).
  body = body.replace(/\s*(?:\|\||\?\?)\s*(['"`])[^'"`]*\1$/, '');
  if (!body.startsWith(`${param}.`)) return false;
  // Koa's `ctx.header` is `ctx.headers` under another name.
  body = body.replace(/\.header(?=\.origin$|\s*\[)/i, '.headers');
  const read = ORIGIN_READ.exec(body);
  return read !== null && read[0].length === body.length;
}

/** A JS function's head (`(origin) =>`, `origin =>`, `(origin: string, c) =>`, `function (origin, c) {`): its parameter list, and the rest. */
const JS_FN_HEAD = /^(?:async\s+)?(?:\(([^()]*)\)\s*(?::[^=]*)?=>|([\w$]+)\s*=>|function\s*[\w$]*\s*\(([^()]*)\)\s*(?::[^{]*)?(?=\{))\s*([\s\S]*)$/;

/**
 * Whether a Hono `cors()` origin function returns the request's origin unchanged (`(origin) => origin`,
 * `(origin, c) => c.req.header('Origin')`, `function (origin) { return origin || '*'; }`): Hono sends what it returns as
 * Access-Control-Allow-Origin, so any origin is allowed, with credentials when `credentials: true`. A function that checks
 * the origin (any other body) is not judged.
 */
function honoOriginFnReflects(value: string): boolean {
  const head = JS_FN_HEAD.exec(value.trim());
  if (!head) return false;
  const params = (head[1] ?? head[2] ?? head[3]!).split(',').map((p) => p.replace(/[?]?\s*:[\s\S]*$/, '').trim());
  let body = head[4]!.trim();
  const block = /^\{\s*return\s+([\s\S]*?);?\s*\}$/.exec(body);
  if (block) body = block[1]!.trim();
  else if (body.startsWith('{')) return false;
  // An optional fallback for a request without Origin (`|| '*'`, `?? ''`).
  body = body.replace(/\s*(?:\|\||\?\?)\s*(['"`])[^'"`]*\1$/, '');
  if (params[0] && body === params[0]) return true;
  const c = params[1];
  if (!c || !body.startsWith(`${c}.`)) return false;
  const read = ORIGIN_READ.exec(body);
  return read !== null && read[0].length === body.length;
}

/** Other JS CORS middlewares: their modules, how they answer (see JsCorsLib), and the label of a finding. */
const OTHER_JS_CORS: [string[], JsCorsLib, string][] = [
  [['@koa/cors', 'kcors'], 'koa', '@koa/cors'],
  [['hono/cors'], 'hono', 'Hono cors()'],
  [['@elysiajs/cors'], 'elysia', '@elysiajs/cors'],
];

/**
 * Hono's cors middleware as Deno and the CDNs name it, besides npm's `hono/cors`: `npm:hono/cors` (also `npm:hono@4/cors`),
 * JSR's `jsr:@hono/hono/cors` and its import-map alias `@hono/hono/cors` (Deno's Hono guide), deno.land/x's
 * `https://deno.land/x/hono@v3.12.0/middleware.ts` (which exports `cors` with the other middlewares) and
 * `…/middleware/cors/index.ts`, and esm.sh's `https://esm.sh/hono@4/cors`.
 */
const HONO_CORS_MODULE = /^(?:(?:npm:\/?)?hono(?:@[^/]+)?\/cors|(?:jsr:\/?)?@hono\/hono(?:@[^/]+)?\/cors|https:\/\/deno\.land\/x\/hono(?:@[^/]+)?\/(?:middleware\.ts|middleware\/cors\/(?:index|mod)\.ts)|https:\/\/esm\.sh\/hono(?:@[^/]+)?\/cors(?:\?[^/]*)?)$/;
/** The module specifiers of a JS module's static import declarations (`import … from '…'`, `import '…'`), in code. */
function importSpecifiers(src: Source): string[] {
  const out = new Set<string>();
  for (const m of src.code.matchAll(/\b(?:from|import)\s*(['"])([^'"\n]{1,300})\1/g)) if (src.bare[m.index] === src.code[m.index]) out.add(m[2]!);
  return [...out];
}
/**
 * A bare specifier only an import map can resolve (`$hono/middleware.ts`, `hono-cors`): not relative, not a URL, not
 * `npm:`/`jsr:`/`node:`, no module judged by name here. Hono's `cors` imported from one is judged as Hono's, and kept in
 * run only when the project's deno.json maps the specifier to Hono's cors module (denoImportMapResolves).
 */
const isImportMapCandidate = (spec: string) => !/^(?:\.{0,2}\/|[a-z][\w+.-]*:)/i.test(spec) && spec !== 'cors' && !OTHER_JS_CORS.some(([modules]) => modules.includes(spec));

/** A JS environment read (`process.env.CORS_ORIGIN`, `process.env['CORS_ORIGIN']`, `import.meta.env.CORS_ORIGIN`): the variable in group 1 or 3. */
const JS_ENV_READ = String.raw`(?:process\.env|import\.meta\.env)(?:\.([A-Za-z_]\w*)|\[\s*(['"\x60])([A-Za-z_]\w*)\2\s*\])`;
/**
 * An origin read from the environment with a fallback for when the variable is unset: `process.env.CORS_ORIGIN || '*'`
 * (also `??`, `import.meta.env`, `process.env['X']`), a read taken apart first (`process.env.CORS_ORIGINS?.split(',') ?? true`:
 * the optional chain yields undefined when the variable is unset), and `process.env.CORS_ORIGIN ? … : true`. Group 1 or 3
 * is the variable, group 4 the chain after the read, group 5 the operator; the fallback is the rest (group 6) or, after `?`,
 * the ternary's else branch.
 */
const JS_ENV_FALLBACK = new RegExp(String.raw`^${JS_ENV_READ}((?:\?\.[\w$]+(?:\s*\((?:[^()]|\([^()]*\))*\))?(?:\.[\w$]+(?:\s*\((?:[^()]|\([^()]*\))*\))?)*)?)\s*(\|\||\?\?|\?(?!\.))\s*([\s\S]+)$`);

/**
 * The value an origin option takes when the environment variable it reads is unset ({@link JS_ENV_FALLBACK}): the variable
 * and the fallback expression, or null (not such a read; a fallback that reads the environment again is not judged).
 */
function jsEnvFallback(value: string, nest: ReadonlySet<string>): { key: string; fallback: string; set: string | null } | null {
  const v = value.trim();
  const read = nestConfigFallback(v, nest);
  if (read) return read;
  const m = JS_ENV_FALLBACK.exec(v);
  if (!m) return null;
  const key = m[1] ?? m[3]!;
  let fallback = m[6]!.trim();
  // `process.env.X || …`: the read itself, with its chain, when X is set.
  let set = m[5] === '?' ? null : starThrough(m[4] ?? '');
  if (m[5] === '?') {
    // `process.env.X ? <set> : <unset>`: the bare read is the condition; the else branch is the fallback.
    if (m[4]) return null;
    const bare = scanSource('origin.js', fallback).bare;
    let depth = 0, nested = 0, colon = -1;
    for (let i = 0; i < bare.length && colon < 0; i++) {
      const c = bare[i]!;
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      else if (c === '?' && (bare[i + 1] === '?' || bare[i + 1] === '.')) i++; // `??`, `?.`
      else if (depth === 0 && c === '?') nested++;
      else if (depth === 0 && c === ':') { if (nested) nested--; else colon = i; }
    }
    if (colon < 0) return null;
    // `process.env.X ? <set> : …`: the set branch, reading X again (`process.env.X.split(',')`) or not (`allowList`).
    const branch = fallback.slice(0, colon).trim();
    const again = new RegExp(String.raw`^(?:process\.env|import\.meta\.env)(?:\.${key}\b|\[\s*(['"\x60])${key}\1\s*\])([\s\S]*)$`).exec(branch);
    set = again ? starThrough(again[2]!.trim()) : /\b(?:process|import\.meta)\.env\b/.test(branch) ? null : branch;
    fallback = fallback.slice(colon + 1).trim();
  }
  // (A read taken apart without `?.`, `process.env.X.split(',') || …`, does not match: it throws when X is unset.)
  if (/\b(?:process|import\.meta)\.env\b/.test(fallback)) return null;
  return { key, fallback, set };
}

/**
 * NestJS `configService.get('CORS_ORIGIN', '*')` (also `get<string>(…)`, `getOrThrow(…)`, `this.config.get(…)`, and a third
 * options argument): `@nestjs/config` returns the variable when it is set and the default otherwise, as
 * `process.env.CORS_ORIGIN ?? '*'`. The receiver as secrets.ts' isNestConfigReceiver takes it, `nest` the names the file gives
 * the service (`(config: ConfigService) =>`; node-config's `config.get(key)` takes no default). A call chained further
 * (`.split(',')`) is not modelled. Group 1 is `this.`, group 2 the receiver, group 4 the key, group 5 the arguments after it.
 */
const NEST_CONFIG_READ = /^(this\.)?([A-Za-z_$][\w$]*)\.(?:get|getOrThrow)\s*(?:<[^<>()\n]{0,100}>)?\(\s*(['"\x60])([A-Za-z_][\w.]{0,99})\3\s*,([\s\S]*)\)$/;
function nestConfigFallback(v: string, nest: ReadonlySet<string>): { key: string; fallback: string; set: string | null } | null {
  const m = NEST_CONFIG_READ.exec(v);
  if (!m || !isNestConfigReceiver(m[2]!, m[1] !== undefined, nest)) return null;
  // The default: the arguments after the key up to a top-level `,` (the options argument, `{ infer: true }`), and the
  // call's own `)` must close it (`get('A', '*') || get('B')` is two calls).
  const rest = m[5]!;
  const bare = scanSource('origin.js', rest).bare;
  let depth = 0, end = rest.length;
  for (let i = 0; i < bare.length; i++) {
    const c = bare[i]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth < 0) return null;
    else if (c === ',' && depth === 0) { end = i; break; }
  }
  const fallback = rest.slice(0, end).trim();
  if (!fallback || /\b(?:process|import\.meta)\.env\b|\.get(?:OrThrow)?\s*\(/.test(fallback)) return null;
  return { key: m[4]!, fallback, set: `'*'` };
}

/**
 * convict settings named for CORS origins (`corsOrigin: { default: '*', env: 'CORS_ORIGIN' }`, by the key or the variable):
 * a `*` default is the origin production gets unless the variable is set (the deploy setting it is judged in run, by envKey).
 */
function convictCorsDefaults(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const c of convictDefaults(text)) {
    const names = `${c.name} ${c.env ?? ''}`;
    if (!/cors/i.test(names) || !/origin/i.test(names) || !c.value.split(',').some((v) => v.trim() === '*')) continue;
    hits.push(c.env !== null
      ? { offset: c.offset, what: `convict setting ${c.name} defaults to * when ${c.env} is unset and allows any origin`, envKey: c.env }
      : { offset: c.offset, what: `convict setting ${c.name} defaults to * and allows any origin` });
  }
  return hits;
}

/**
 * The value `*` takes through the chain after an environment read (`?.split(',')`, `.split(',').map((s) => s.trim())`,
 * `.filter(Boolean)`): `'*'` without one, `['*']` split; null for another chain (not modelled).
 */
function starThrough(chain: string): string | null {
  if (!chain) return `'*'`;
  // A longer chain is no split-and-trim: not read (the regex's links are disjoint, so it runs in linear time anyway).
  if (chain.length > 400) return null;
  const m = /^\??\.split\(\s*(['"\x60])([^'"\x60*]+)\1\s*\)((?:\s*\??\.(?:map\(\s*(?:\(\s*\w+\s*\)|\w+)\s*=>\s*\w+\s*\??\.trim\(\)\s*\)|filter\(\s*Boolean\s*\)))*)$/.exec(chain.trim());
  return m ? `['*']` : null;
}

/**
 * How a JS CORS middleware answers an origin it was not configured for: `star` sends a literal `*` for a missing
 * or `'*'` origin (browsers refuse it with credentials, so `credentials: true` does not widen it; `cors`, NestJS,
 * @fastify/cors), and echoes the origin a RegExp origin matches; `hono` answers the same, but takes no RegExp;
 * `koa` sends `*` too, but echoes the caller's origin when credentials are on (@koa/cors 5; earlier versions always
 * echo it), and sends what an origin function returns; `elysia` echoes it by default, with credentials on by default
 * (@elysiajs/cors). `star` and `hono` compare the entries of an origin list literally: `['*']` matches no origin.
 */
type JsCorsLib = 'star' | 'hono' | 'koa' | 'elysia';

/**
 * The `cors` package's options (and the other JS CORS middlewares', JsCorsLib) judged: `props` of the options object,
 * `at` where a finding without an `origin` option points.
 */
function judgeCorsOptions(props: Arg[], at: number, label: string, lib: JsCorsLib, nest: ReadonlySet<string> = new Set()): Hit[] {
  const hits: Hit[] = [];
  const origin = props.find((p) => p.name === 'origin');
  // Only `origin: true` reflects the caller's origin, unless the library echoes it for `*` with credentials.
  const credentialsProp = props.find((p) => p.name === 'credentials');
  const credentials = credentialsProp ? credentialsProp.value.trim() === 'true' : lib === 'elysia';
  const starCredentials = lib === 'koa' && credentials;
  const reach = origin && lib !== 'koa' && lib !== 'hono' ? firstReach(listElements(origin.value) ?? [origin.value], anyOriginRegexLiteral) : null;
  if (!origin) hits.push({ offset: at, what: lib === 'elysia' ? `${label} without an origin option reflects any origin` : `${label} without an origin option allows any origin`, credentials: starCredentials || (lib === 'elysia' && credentials) });
  // (Before the list note: an any-origin RegExp beside a '*' entry, `['*', /.*/]`, still reflects any origin.)
  else if (reach) {
    hits.push({ offset: origin.start, what: `${label} origin ${quoteSource(origin.value.trim())} is a RegExp that matches ${reachWords(reach)} and reflects it`, credentials });
  }
  else if ((lib === 'star' || lib === 'hono') && stringValue(origin.value) !== '*' && isWildcard(origin.value)) {
    // `origin: ['*']`: the list's entries are compared with the request's origin as they are written, and no origin is `*`.
    hits.push({ offset: origin.start, what: '', note: `${label} origin ${quoteSource(origin.value)}: '*' in an origin list matches no origin (the library compares list entries literally; only a bare '*' allows any origin), so no cross-origin request is allowed; list the allowed origins, or write origin: '*' if any origin is meant` });
  } else if (isWildcard(origin.value)) hits.push({ offset: origin.start, what: `${label} origin ${quoteSource(origin.value)} allows any origin`, credentials: starCredentials });
  else if (origin.value.trim() === 'true') hits.push({ offset: origin.start, what: `${label} origin: true reflects any origin`, credentials });
  else if (originCallbackAllowsAll(origin.value.trim())) hits.push({ offset: origin.start, what: `${label} origin callback that allows every origin (${quoteSource(origin.value.trim())}) reflects any origin`, credentials });
  else if (lib === 'koa' && koaOriginFnReflects(origin.value)) hits.push({ offset: origin.start, what: `${label} origin function that returns the request's Origin (${quoteSource(origin.value.trim())}) reflects any origin`, credentials });
  else if (lib === 'hono' && honoOriginFnReflects(origin.value)) hits.push({ offset: origin.start, what: `${label} origin function that returns the request's origin (${quoteSource(origin.value.trim())}) reflects any origin`, credentials });
  else {
    // `origin: process.env.CORS_ORIGIN || '*'`, `origin: process.env.CORS_ORIGINS?.split(',') ?? true`: the fallback deploys
    // whenever the variable is unset, judged as the origin itself (unless the deploy environment sets the variable, in run).
    const fb = jsEnvFallback(origin.value, nest);
    if (!fb) return hits;
    const others = props.filter((p) => p !== origin);
    const tailOf = (what: string) => /(?:allows|reflects|accepts) any origin$/.exec(what)?.[0] ?? /matches .* and reflects it$/.exec(what)?.[0] ?? 'allows any origin';
    // When the deploy environment sets the variable to `*`, the fallback never applies: the read gives `'*'` (or `['*']` split).
    let whenSet: WhenSet[] | undefined;
    if (fb.set !== null) {
      const setValue = fb.set;
      whenSet = judgeCorsOptions([...others, { ...origin, value: setValue }], at, label, lib, nest).map((h) => {
        const gives = `${label} origin ${quoteSource(origin.value)} gives ${quoteSource(setValue)} with ${DEPLOY_AT}`;
        const own = `${label} origin ${quoteSource(setValue)}`;
        if (h.note) return { what: '', credentials: false, note: h.note.startsWith(own) ? `${gives}${h.note.slice(own.length)}` : `${gives}: ${h.note}` };
        return { what: `${gives} and ${tailOf(h.what)}`, credentials: h.credentials ?? false };
      });
    }
    const unset = judgeCorsOptions([...others, { ...origin, value: fb.fallback }], at, label, lib, nest);
    for (const [i, h] of unset.entries()) {
      // (What the set variable gives is reported once, with the first.)
      const set = whenSet ? { whenSet: i ? [] : whenSet } : {};
      if (h.note) { hits.push({ ...h, envKey: fb.key, ...set }); continue; }
      const shown = stringValue(fb.fallback) ?? quoteSource(fb.fallback);
      hits.push({ ...h, what: `${label} origin falls back to ${shown} when ${fb.key} is unset (${quoteSource(origin.value)}) and ${tailOf(h.what)}`, envKey: fb.key, ...set });
    }
  }
  return hits;
}

/**
 * CORS options a JS module imports from another module of the project and passes to a CORS middleware
 * (`app.use(cors(corsOptions))` with `const corsOptions = require('./config/cors')`): where they come from
 * (JsImportRef), the middleware (label, lib), and whether the call is development-only.
 */
interface CorsOptionsUse { module: string; name: string; label: string; lib: JsCorsLib; dev: boolean; denoAlias?: string }

/** An options object a JS module exports that sets `origin` (a CORS middleware's options, if a module passes it to one): its export name, `origin` and `credentials`. */
interface CorsOptionsExport { name: string; origin: Arg; line: number; column: number; credentials: Arg | null; dev: boolean }

/**
 * The exported objects of a module that set `origin` (jsExportedObjects): judged in run as CORS options when a
 * production module passes them to a CORS middleware (CorsOptionsUse).
 */
function corsOptionExports(src: Source): CorsOptionsExport[] {
  const out: CorsOptionsExport[] = [];
  for (const e of jsExportedObjects(src)) {
    const props = objectProps(src, e.obj);
    const origin = props.find((p) => p.name === 'origin');
    if (!origin) continue;
    out.push({ name: e.name, origin, line: src.lineAt(origin.start), column: src.columnAt(origin.start), credentials: props.find((p) => p.name === 'credentials') ?? null, dev: isDevOnly(src.file) || inDevBranch(src, origin.start) });
  }
  return out;
}

/** An `origin` key (`origin: …`, `'origin': …`) or method (`origin(o, cb) { … }`): what an exported options object must hold to be read. */
const JS_ORIGIN_KEY = /\borigin\b['"]?\s*[:(]/;
/** `origin`, found by its `gin` (a search stops at every `o` of a file; containsWord checks each `gin` for the whole word). */
const ORIGIN_WORD = { word: 'origin', anchor: 'gin' };

/** Express `cors()`, NestJS `enableCors()`/`{ cors: true }`, Fastify `register(cors)`, Koa, Hono and Elysia `cors()`: any origin by default. `uses`: options imported from another module of the project. */
function jsCors(src: Source, uses: CorsOptionsUse[] = []): Hit[] {
  const hits: Hit[] = [];
  // The names the module gives NestJS's ConfigService (`const config = app.get(ConfigService)`): `config.get('CORS_ORIGIN', '*')` falls back.
  const nest = nestConfigReceivers(src.code);
  /** Options imported from a relative module (`require('./config/cors')`, `import { corsOptions } from '../config'`): judged where they are written. */
  const imported = (call: Call, opts: Arg, label: string, lib: JsCorsLib) => {
    const ref = jsImportOf(src, opts.value);
    if (ref) uses.push({ ...ref, label, lib, dev: isDevOnly(src.file) || inDevBranch(src, call.start) });
  };
  const judge = (call: Call, opts: Arg | undefined, label: string, lib: JsCorsLib = 'star') => {
    if (!opts) {
      if (lib === 'elysia') hits.push({ offset: call.start, what: `${label} without options (its defaults: origin true, credentials true) accepts any origin`, credentials: true });
      else hits.push({ offset: call.start, what: `${label} without options allows any origin` });
      return;
    }
    const obj = objectLiteral(src, opts);
    // A variable or a function: not judged here (options imported from a module of the project are, where they are written).
    if (!obj) { imported(call, opts, label, lib); return; }
    hits.push(...judgeCorsOptions(objectProps(src, obj), call.start, label, lib, nest));
  };
  for (const name of jsImports(src, ['cors'])) {
    for (const call of findCalls(src, name)) if (call.callee === name) judge(call, call.args[0], `cors()`);
  }
  // `app.use(require('cors')())`: the module called where it is required.
  for (const call of requireCalls(src, ['cors'])) judge(call, call.args[0], 'cors()');
  for (const [modules, lib, label] of OTHER_JS_CORS) {
    for (const name of [...jsImports(src, modules), ...jsNamedImports(src, modules, 'cors')]) for (const call of findCalls(src, name)) if (call.callee === name) judge(call, call.args[0], label, lib);
    for (const call of requireCalls(src, modules)) judge(call, call.args[0], label, lib);
  }
  // Hono under Deno or from a CDN (`jsr:@hono/hono/cors`, `npm:hono/cors`, deno.land/x), and through an import-map alias.
  for (const spec of importSpecifiers(src)) {
    if (spec === 'hono/cors') continue;
    const alias = HONO_CORS_MODULE.test(spec) ? null : isImportMapCandidate(spec) ? spec : undefined;
    if (alias === undefined) continue;
    for (const name of jsNamedImports(src, [spec], 'cors')) {
      for (const call of findCalls(src, name)) {
        if (call.callee !== name) continue;
        const [h0, u0] = [hits.length, uses.length];
        judge(call, call.args[0], 'Hono cors()', 'hono');
        if (alias !== null) for (const x of [...hits.slice(h0), ...uses.slice(u0)]) x.denoAlias = alias;
      }
    }
  }
  const FASTIFY = ['@fastify/cors', 'fastify-cors'];
  const fastify = jsImports(src, FASTIFY);
  if (fastify.length || src.code.includes('require(')) {
    for (const call of findCalls(src, 'register')) {
      const plugin = call.args[0]?.value.trim();
      if (plugin !== undefined && (fastify.includes(plugin) || isRequireOf(plugin, FASTIFY))) judge(call, call.args[1], '@fastify/cors');
    }
  }
  for (const call of findCalls(src, 'enableCors')) if (call.callee.includes('.')) judge(call, call.args[0], 'enableCors()');
  // Socket.IO hands its `cors` option to the `cors` package (without one it sends no CORS headers at all), and NestJS
  // gateways hand theirs to Socket.IO: `new Server(http, { cors: { origin: '*' } })`, `require('socket.io')(http, { cors })`,
  // `@WebSocketGateway({ cors: true })` (`true` is the `cors` package's defaults: any origin).
  const socketCors = (call: Call, label: string) => {
    const opts = call.args.slice(0, 2).find((a) => objectLiteral(src, a) !== null);
    const obj = opts && objectLiteral(src, opts);
    const cors = obj ? objectProps(src, obj).find((p) => p.name === 'cors') : undefined;
    if (!cors) return;
    if (cors.value.trim() === 'true') hits.push({ offset: cors.start, what: `${label} cors: true allows any origin` });
    // An options object, or options imported from a module of the project (`{ cors: corsOptions }`).
    else judge(call, cors, label);
  };
  if (src.code.includes('socket.io')) {
    const io = jsImports(src, ['socket.io']);
    for (const name of jsNamedImports(src, ['socket.io'], 'Server')) for (const call of findCalls(src, name)) if (call.callee === name) socketCors(call, 'Socket.IO Server');
    for (const name of io) for (const call of findCalls(src, name)) if (call.callee === name || call.callee === `${name}.Server`) socketCors(call, 'Socket.IO Server');
    for (const call of requireCalls(src, ['socket.io'])) socketCors(call, 'Socket.IO Server');
  }
  for (const name of jsNamedImports(src, ['@nestjs/websockets'], 'WebSocketGateway')) for (const call of findCalls(src, name)) if (call.callee === name) socketCors(call, '@WebSocketGateway');
  for (const call of findCalls(src, 'create')) {
    if (!/NestFactory\.create$/.test(call.callee)) continue;
    const obj = call.args[1] && objectLiteral(src, call.args[1]);
    const cors = obj ? objectProps(src, obj).find((p) => p.name === 'cors') : undefined;
    if (cors?.value.trim() === 'true') hits.push({ offset: cors.start, what: 'NestFactory.create({ cors: true }) allows any origin' });
  }
  // Deno oak's `oakCors()` (a port of the `cors` package: origin `*` by default, `origin: true` echoes it).
  const oak = [...src.code.matchAll(OAK_CORS_IMPORT)].filter((m) => src.bare[m.index] === src.code[m.index]).map((m) => m[2]!);
  if (oak.length) for (const name of jsNamedImports(src, oak, 'oakCors')) for (const call of findCalls(src, name)) if (call.callee === name) judge(call, call.args[0], 'oakCors()');
  if (src.code.includes('hapi')) hits.push(...hapiCors(src));
  if (STRAPI_MIDDLEWARES.test(src.file)) hits.push(...strapiCors(src));
  if (ROUTE_RULES_FILE.test(src.file)) hits.push(...nitroRouteCors(src));
  hits.push(...firebaseCors(src), ...cdkCors(src));
  return hits;
}

/** A file that requires or imports hapi (`@hapi/hapi`, formerly `hapi`): its route `cors` options are read (hapiCors). */
const HAPI_IMPORT = /(?:\brequire\s*\(\s*|\bfrom\s*|\bimport\s*)(['"])(?:@hapi\/hapi|hapi)\1/g;
/** An object that may hold hapi's `cors` route option: the server's route defaults (`routes: {…}`), a route's options (`options: {…}`, hapi 16's `config: {…}`). */
const HAPI_CORS_HOLDER = /(?<![\w$.])(routes|options|config)\s*:\s*\{/g;

/**
 * What a hapi `origin` allows ({@link hapiCors}): hapi matches any origin for `['*']` (a lone `'*'`, which it takes as
 * `['*']`; hapi refuses `'*'` beside other entries) and echoes the request's Origin, sends a literal `*` for `'ignore'`,
 * and reads other entries holding `*` as wildcards (`'https://*.example.com'`: an allow-list; `'https://*'`: every site
 * over https, echoed). `origin` undefined: hapi's default, `['*']`.
 */
function hapiOrigin(origin: Arg | undefined): { what: string; reflects: boolean } | null {
  if (!origin) return { what: "(origin defaults to ['*'])", reflects: true };
  const v = origin.value.trim();
  if (stringValue(v) === 'ignore') return { what: "origin 'ignore' sends Access-Control-Allow-Origin: * and allows any origin", reflects: false };
  if (isWildcard(v)) return { what: `origin ${quoteSource(v)} reflects any origin (hapi echoes the caller's origin for '*')`, reflects: true };
  for (const e of listElements(v) ?? [v]) {
    const s = stringValue(e);
    if (s === null || !s.includes('*')) continue;
    const reach = originRegexReach(`^${escapeRegExp(s).replace(/\\\*/g, '.*').replace(/\\\?/g, '.')}$`);
    if (reach) return { what: `origin entry ${quoteSource(e)} is a wildcard that matches ${reachWords(reach)} and reflects it`, reflects: true };
  }
  return null;
}

/**
 * hapi's `cors` route option, in a file that requires or imports hapi: the server's route defaults
 * (`Hapi.server({ routes: { cors: true } })`) and a route's own (`server.route({ method, path, options: { cors } })`, also
 * `config: { cors }`). `cors: true` and a `cors` object without `origin` take hapi's default `origin: ['*']`, which matches any
 * origin and echoes it (so `credentials: true` makes it `critical`); a route's `cors` merges over the server's route defaults in
 * the same file (a route without `origin` inherits the server's), and is judged without them only when the file makes the server
 * (`Hapi.server(…)`). A `cors` held in a variable other than a same-file object, or a function, is not judged.
 */
function hapiCors(src: Source): Hit[] {
  if (![...src.code.matchAll(HAPI_IMPORT)].some((m) => src.bare[m.index] === src.code[m.index])) return [];
  const holders: { server: boolean; cors: Arg; props: Arg[] }[] = [];
  for (const m of src.bare.matchAll(HAPI_CORS_HOLDER)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    const cors = objectProps(src, { open, close }).find((p) => p.name === 'cors');
    if (!cors) continue;
    const server = m[1] === 'routes';
    // A route's options sit beside its `method`/`path` (not a plugin's `options`, `server.register({ plugin, options })`).
    if (!server) {
      const outer = enclosingObject(src, m.index);
      const close2 = outer < 0 ? -1 : matchBracket(src, outer);
      if (close2 < 0 || !objectProps(src, { open: outer, close: close2 }).some((p) => p.name === 'path' || p.name === 'method')) continue;
    }
    const value = cors.value.trim();
    const obj = value === 'true' ? null : objectLiteral(src, cors);
    if (value !== 'true' && !obj) continue;
    holders.push({ server, cors, props: obj ? objectProps(src, obj) : [] });
  }
  if (!holders.length) return [];
  const prop = (props: Arg[], name: string) => props.find((p) => p.name === name);
  const isTrue = (a: Arg | undefined) => a?.value.trim() === 'true';
  const base = holders.find((h) => h.server);
  const makesServer = findCalls(src, /server|Server/).some((c) => /(?:^|\.)(?:server|Server)$/.test(c.callee));
  const hits: Hit[] = [];
  for (const h of holders) {
    const own = prop(h.props, 'origin');
    let origin = own;
    let credentials = isTrue(prop(h.props, 'credentials'));
    const where = h.server ? 'routes.cors' : 'route cors';
    if (!h.server && !own) {
      // A route without its own origin takes the server's (already judged at the server) or, without server defaults, hapi's.
      if (base) {
        const baseCredentials = isTrue(prop(base.props, 'credentials'));
        if (!credentials || baseCredentials) continue;
        origin = prop(base.props, 'origin');
      } else if (!makesServer) continue;
    }
    if (!h.server && base && !prop(h.props, 'credentials')) credentials = isTrue(prop(base.props, 'credentials'));
    const judged = hapiOrigin(origin);
    if (!judged) continue;
    const shown = h.cors.value.trim() === 'true' ? `hapi ${where}: true` : `hapi ${where}`;
    hits.push({ offset: own ? own.start : h.cors.start, what: `${shown} ${judged.what}${origin ? '' : ' reflects any origin'}`, credentials: judged.reflects && credentials });
  }
  return hits;
}

/** A named import of `oakCors` (Deno's `https://deno.land/x/cors/mod.ts`, `jsr:@tajpouria/cors`, or a `deps.ts` re-exporting it): its module specifiers. */
const OAK_CORS_IMPORT = /\bimport\s*\{[^}]*\boakCors\b[^}]*\}\s*from\s*(['"])([^'"\n]+)\1/g;

/** Strapi's middleware list: `config/middlewares.{js,ts}`, and per environment `config/env/<env>/middlewares.*`. */
const STRAPI_MIDDLEWARES = /(?:^|\/)config\/(?:env\/[^/]+\/)?middlewares\.[cm]?[jt]s$/;
/** Strapi's `env('CORS_ORIGIN', '*')` / `env.array('CORS_ORIGINS', ['*'])`: an environment read whose default is `*`. */
const STRAPI_ENV_STAR = /^env(?:\.array)?\(\s*(['"`])([A-Za-z_]\w*)\1\s*,\s*(?:(['"`])\*\3|\[\s*(['"`])\*\4\s*\])\s*\)$/;

/** Strapi's production overrides of the middleware list: `config/env/production/middlewares.*`, merged over `config/middlewares.*` when NODE_ENV=production. */
const STRAPI_PRODUCTION_MIDDLEWARES = /(?:^|\/)config\/env\/production\/middlewares\.[cm]?[jt]s$/;
/** The base middleware list of a Strapi project (`config/middlewares.*`, no environment folder). */
const STRAPI_BASE_MIDDLEWARES = /(?:^|\/)config\/middlewares\.[cm]?[jt]s$/;

/** The `{ name: 'strapi::cors', config: {…} }` entries of a Strapi middleware list: the config's props. */
function strapiCorsConfigs(src: Source): Arg[][] {
  const out: Arg[][] = [];
  for (const m of src.code.matchAll(/\bname\s*:\s*(['"`])strapi::cors\1/g)) {
    if (src.bare[m.index] !== 'n') continue; // text inside a string
    // The object literal that holds the name.
    let open = -1;
    for (let i = m.index - 1, depth = 0; i >= 0 && m.index - i < 4000; i--) {
      const c = src.bare[i]!;
      if (c === '}' || c === ']' || c === ')') depth++;
      else if (c === '{' || c === '[' || c === '(') { if (depth === 0) { if (c === '{') open = i; break; } depth--; }
    }
    const close = open < 0 ? -1 : matchBracket(src, open);
    if (close < 0) continue;
    const config = objectProps(src, { open, close }).find((p) => p.name === 'config');
    const obj = config ? objectLiteral(src, config) : null;
    if (obj) out.push(objectProps(src, obj));
  }
  return out;
}

/**
 * Strapi's `{ name: 'strapi::cors', config: { origin: '*' } }` (also `['*']`, `'https://a.example, *'`, or an `env()` read
 * whose default is `*`). Strapi's cors middleware answers any origin for a `*` there, echoing the caller's origin (Strapi
 * 5's origin matcher; before it, @koa/cors echoed `*` whenever credentials were on), and its `credentials` default is
 * true: with credentials unless `credentials: false`. A config without `origin` (and the bare `'strapi::cors'`) keeps
 * Strapi's own default (`*` with credentials), the scaffold of every Strapi project: not judged. A hit of the base
 * `config/middlewares.*` is marked: the project's `config/env/production/middlewares.*` may set the origin for production.
 */
function strapiCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  const base = STRAPI_BASE_MIDDLEWARES.test(src.file) ? { strapiBase: true } : {};
  for (const props of strapiCorsConfigs(src)) {
    const origin = props.find((p) => p.name === 'origin');
    if (!origin) continue;
    const cred = props.find((p) => p.name === 'credentials')?.value.trim();
    const credentials = cred === undefined || cred === 'true';
    const value = origin.value.trim();
    const str = stringValue(value);
    const env = STRAPI_ENV_STAR.exec(value);
    const label = `strapi::cors origin ${quoteSource(value)}${cred === undefined ? ' (credentials on: Strapi\'s default)' : ''}`;
    if (env) hits.push({ offset: origin.start, what: `${label} falls back to * when ${env[2]} is unset and allows any origin`, credentials, envKey: env[2]!, ...base });
    else if (str !== null ? str.split(',').some((o) => o.trim() === '*') : isWildcard(value)) hits.push({ offset: origin.start, what: `${label} allows any origin`, credentials, ...base });
  }
  return hits;
}

/** The line of the `origin` a Strapi production middleware list (`config/env/production/middlewares.*`) gives `strapi::cors`, or undefined. */
function strapiProductionOrigin(src: Source): number | undefined {
  if (!STRAPI_PRODUCTION_MIDDLEWARES.test(src.file) || isDevOnly(src.file)) return undefined;
  for (const props of strapiCorsConfigs(src)) {
    const origin = props.find((p) => p.name === 'origin');
    if (origin) return src.lineAt(origin.start);
  }
  return undefined;
}

/**
 * Nuxt/Nitro `routeRules: { '/api/**': { cors: true } }`: Nitro turns `cors: true` into `Access-Control-Allow-Origin: *`
 * (with `-Allow-Methods`/`-Allow-Headers: *`), unless the rule's own `headers` set the origin (they win; a `*` there is
 * judged as a header literal). Headers held in a variable or spread are not judged.
 */
function nitroRouteCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  for (const m of src.bare.matchAll(/\brouteRules\s*:\s*\{/g)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    for (const rule of objectProps(src, { open, close })) {
      const obj = rule.name !== null && rule.value.trim().startsWith('{') ? objectLiteral(src, rule) : null;
      if (!obj) continue;
      const props = objectProps(src, obj);
      const cors = props.find((p) => p.name === 'cors');
      if (cors?.value.trim() !== 'true') continue;
      const headers = props.find((p) => p.name === 'headers');
      const own = headers ? objectLiteral(src, headers) : null;
      if (headers && (!own || objectProps(src, own).some((p) => p.name === null || p.name.toLowerCase() === 'access-control-allow-origin'))) continue;
      hits.push({ offset: cors.start, what: `Nitro routeRules ${quoteSource(`'${rule.name}'`)} cors: true sends Access-Control-Allow-Origin: * and allows any origin` });
    }
  }
  return hits;
}

/** firebase-functions v2 HTTPS modules: `onRequest` by name, or through the namespace (`https.onRequest`). */
const FIREBASE_HTTPS = ['firebase-functions/v2/https', 'firebase-functions/https'];

/**
 * firebase-functions v2 `onRequest({ cors: true }, handler)`: the `cors` package with `origin: true`, which echoes any
 * origin; `cors: '*'` (or `['*']`, which it unwraps) sends `*`. An origin list or RegExp passes; v1's `https.onRequest(app)` takes no options.
 */
function firebaseCors(src: Source): Hit[] {
  if (!src.code.includes('firebase-functions')) return [];
  const callees = new Set([
    ...jsNamedImports(src, FIREBASE_HTTPS, 'onRequest'),
    ...jsImports(src, FIREBASE_HTTPS).map((n) => `${n}.onRequest`),
    ...jsImports(src, ['firebase-functions/v2']).map((n) => `${n}.https.onRequest`),
  ]);
  const hits: Hit[] = [];
  for (const call of callees.size ? findCalls(src, 'onRequest') : []) {
    if (!callees.has(call.callee.replace(/\s+/g, '')) || call.args.length < 2) continue;
    const obj = objectLiteral(src, call.args[0]!);
    const cors = obj ? objectProps(src, obj).find((p) => p.name === 'cors') : undefined;
    if (!cors) continue;
    const v = cors.value.trim();
    const list = listElements(v);
    if (v === 'true') hits.push({ offset: cors.start, what: 'firebase-functions onRequest({ cors: true }) reflects any origin' });
    else if (stringValue(v) === '*' || (list?.length === 1 && stringValue(list[0]!) === '*')) hits.push({ offset: cors.start, what: `firebase-functions onRequest({ cors: ${quoteSource(v)} }) allows any origin` });
  }
  return hits;
}

/** An AWS CDK app's modules (`aws-cdk-lib/aws-apigateway`, CDK v1's `@aws-cdk/aws-apigatewayv2`, Python's `aws_cdk`). */
const CDK_MODULE = /(['"])(?:aws-cdk-lib(?:\/[\w-]+)*|@aws-cdk\/[\w-]+)\1|\baws_cdk\b/;
/** `allowOrigins: ['*']` (API Gateway preflight, apigatewayv2 `corsPreflight`), `allowedOrigins: ['*']` (Lambda function URLs, S3), Python's snake case. */
const CDK_STAR_ORIGINS = /\b(allow(?:ed)?_?[oO]rigins)\s*[:=]\s*\[\s*(['"])\*\2\s*,?\s*\]/g;

/**
 * AWS CDK code: `Cors.ALL_ORIGINS` (`defaultCorsPreflightOptions: { allowOrigins: apigw.Cors.ALL_ORIGINS }`, `addCorsPreflight`,
 * apigatewayv2's `corsPreflight`), which is `['*']`, and an origin list holding only `'*'`. API Gateway answers `*`.
 */
function cdkCors(src: Source): Hit[] {
  if (!CDK_MODULE.test(src.code)) return [];
  const hits: Hit[] = [];
  for (const m of src.bare.matchAll(/(?<![\w$])(?:[A-Za-z_$][\w$]*\s*\.\s*)*Cors\s*\.\s*ALL_ORIGINS\b/g)) {
    hits.push({ offset: m.index, what: `AWS CDK ${quoteSource(m[0].replace(/\s+/g, ''))} (Access-Control-Allow-Origin: *) allows any origin` });
  }
  for (const m of src.code.matchAll(CDK_STAR_ORIGINS)) {
    if (src.bare[m.index] !== src.code[m.index]) continue;
    hits.push({ offset: m.index + m[0].indexOf('['), what: `AWS CDK ${m[1]} ['*'] allows any origin` });
  }
  return hits;
}

/** A call that sets a response header: `setHeader(`, `header(` (PHP), `Header().Set(` (Go), `Headers.Add(` (C#), `send_header(`… */
const HEADER_SETTER = /(?:(?:set_?header|add_?header|append_?header|header|withHeader|withAddedHeader|set|add|append|setdefault|writeHead|TryAddWithoutValidation|put_resp_header)\s*\(|(?:(?:set|append)ResponseHeader|put_resp_header)\s*\(\s*[\w.$]+\s*,|(?:insert|append)_header\s*\(\s*\()\s*$/i;

/**
 * A literal `Access-Control-Allow-Origin: *` response header: `headers[…] = '*'` (also Go's `= []string{"*"}`),
 * `setHeader/header/set/add/append(…, '*')` in any case (`w.Header().Set`, `Headers.Add`), PHP's one-string
 * `header("Access-Control-Allow-Origin: *")`, a `{ 'Access-Control-Allow-Origin': '*' }` object in a file that
 * builds responses (`statusCode`: serverless handlers) or given to a response-header call (`res.writeHead(200, {…})`,
 * `res.set({…})`), or Next.js's `{ key: 'Access-Control-Allow-Origin', value: '*' }`. The same object passed as a
 * *request* header (a common beginner mistake, harmless) is not reported.
 */
/** Nuxt and Nitro configuration, whose `routeRules` set response headers. */
const ROUTE_RULES_FILE = /(?:^|\/)(?:nuxt|nitro)\.config\.[cm]?[jt]s$/;

function headerLiteral(src: Source): Hit[] {
  const hits: Hit[] = [];
  // A serverless response (`statusCode: 200`, Python's `"statusCode": 200`).
  const builds = /\bstatusCode\b/.test(src.bare) || /(['"])statusCode\1\s*:/.test(src.code);
  // An object literal given to a response-header call: `res.writeHead(200, { … })`, `res.set({ … })`.
  const RESPONSE_CALL = /(?:writeHead|setHeaders?|set|header|headers)\s*\(\s*(?:[^(),]*,\s*)?$/i;
  // `new Response(body, { headers: { … } })`, `NextResponse.json(data, { headers: { … } })`: the init object's headers.
  const RESPONSE_INIT = /(?:new\s+(?:Next)?Response|(?:Next)?Response\.json)\s*\([^;]*,\s*$/;
  /** The offset of the `{` that opens the object literal around `at`, or -1. */
  const openingBrace = (at: number) => {
    let depth = 0;
    for (let i = at - 1; i >= Math.max(0, at - 600); i--) {
      const c = src.bare[i];
      if (c === '}') depth++;
      else if (c === '{') { if (depth === 0) return i; depth--; }
    }
    return -1;
  };
  const inResponseCall = (at: number) => {
    const i = openingBrace(at);
    if (i < 0) return false;
    const before = src.bare.slice(Math.max(0, i - 80), i);
    if (RESPONSE_CALL.test(before)) return true;
    if (!/\bheaders\s*:\s*$/.test(before)) return false;
    // Nuxt/Nitro `routeRules: { '/api/**': { headers: { … } } }`: response headers of the routes.
    if (ROUTE_RULES_FILE.test(src.file)) return true;
    const outer = openingBrace(i);
    return outer >= 0 && RESPONSE_INIT.test(src.bare.slice(Math.max(0, outer - 200), outer));
  };
  const what = 'the Access-Control-Allow-Origin header is set to *';
  const setterBefore = (at: number) => HEADER_SETTER.test(src.bare.slice(Math.max(0, at - 40), at));
  // A Ruby hash of response headers: Rails `config.action_dispatch.default_headers = { … }` (or `.merge!({ … })`),
  // `response.headers.merge!({ … })`, a Rack response `[200, { … }, body]`.
  const rubyHeaders = (at: number) => {
    // A brace-less hash argument: `response.headers.merge!('Access-Control-Allow-Origin' => '*')`.
    if (/\b(?:default_)?headers\s*\.\s*(?:merge!?|update|reverse_merge!?)\s*\(\s*$/.test(src.bare.slice(Math.max(0, at - 80), at))) return true;
    // Sinatra's `headers` helper given a brace-less hash, the form its README shows:
    // `headers 'Access-Control-Allow-Origin' => '*'`, `headers('Content-Type' => 'text/plain', 'Access-Control-Allow-Origin' => '*')`.
    if (/(?:^|[\s;({])headers(?:[ \t]+|[ \t]*\(\s*)(?:(?:(['"])[^'"\n]*\1|:\w+)\s*=>\s*(?:(['"])[^'"\n]*\2|\[[^\]\n]*\]|[\w.:]+)\s*,\s*(?:\\\n\s*)?)*$/.test(src.bare.slice(Math.max(0, at - 400), at))) return true;
    const i = openingBrace(at);
    if (i < 0) return false;
    const before = src.bare.slice(Math.max(0, i - 80), i);
    return RESPONSE_CALL.test(before) || /\bdefault_headers\s*(?:=|\.\s*(?:merge!?|update|reverse_merge!?)\s*\(?)\s*$/.test(before)
      || /\bheaders\s*\.\s*(?:merge!|update)\s*\(?\s*$/.test(before) || /\[\s*\d{3}\s*,\s*$/.test(before);
  };
  for (const m of src.code.matchAll(/(['"`])access-control-allow-origin\1(\s*\]\s*=\s*(?:\[\]string\s*\{\s*)?|\s*(?:[:,]|=>)\s*)(['"`])\*\3/gi)) {
    const star = m.index + m[0].length - 2;
    // Both literals must be real strings (not text inside a longer string or a comment).
    if (src.bare[m.index] !== m[1] || src.bare[star] !== ' ' || src.bare[star - 1] !== m[3]) continue;
    const sep = m[2]!.trim();
    if (sep === ':' ? !builds && !inResponseCall(m.index) : sep === ',' ? !setterBefore(m.index) : sep === '=>' ? !rubyHeaders(m.index) : false) continue;
    hits.push({ offset: m.index, what });
  }
  hits.push(...reflectedOrigin(src, setterBefore));
  // Next.js `headers()` (and the same shape elsewhere): `{ key: 'Access-Control-Allow-Origin', value: '*' }`.
  // A rule whose `source` paths cover only public static assets (`/fonts/:path*`, `/_next/static/:path*`, `/script.js`) is a note, as vercel.json's.
  for (const m of src.code.matchAll(/\bkey\s*:\s*(['"`])access-control-allow-origin\1\s*,\s*value\s*:\s*(['"`])\*\2/gi)) {
    if (src.bare[m.index] !== 'k') continue;
    const offset = m.index + m[0].indexOf(m[1]!);
    const routes = headerRuleSources(src, m.index);
    const open = routes?.filter((r) => !isStaticHostPath(r)) ?? [];
    if (routes && !open.length) {
      const label = NEXT_CONFIG.test(src.file) ? `${basename(src.file)} headers()` : 'headers() rules';
      hits.push({ offset, what: '', note: `${label} set Access-Control-Allow-Origin: * for ${routes.join(', ')}, which ${routes.length > 1 ? 'serve' : 'serves'} public static assets only (fonts, images, styles or scripts): fine there; keep it off the application's routes` });
    } else hits.push({ offset, what: open.length ? `${what} for ${open.join(', ')}` : what });
  }
  // The whole header line in one string, given to a setter: PHP `header("Access-Control-Allow-Origin: *")`.
  for (const m of src.code.matchAll(/(['"])access-control-allow-origin\s*:\s*\*\s*\1/gi)) {
    const end = m.index + m[0].length - 1;
    if (src.bare[m.index] !== m[1] || src.bare[end] !== m[1] || src.bare[m.index + 1] !== ' ' || !setterBefore(m.index)) continue;
    hits.push({ offset: m.index, what });
  }
  return hits;
}

/** Next.js configuration, whose `headers()` returns `{ source, headers: [{ key, value }] }` rules. */
const NEXT_CONFIG = /(?:^|\/)next\.config\.[cm]?[jt]s$/;

/** The offset of the innermost `{`, `[` or `(` open at `at` (outside strings and comments), or -1. */
function openBracketAt(src: Source, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = src.bare[i];
    if (c === '}' || c === ']' || c === ')') depth++;
    else if (c === '{' || c === '[' || c === '(') { if (depth === 0) return i; depth--; }
  }
  return -1;
}

/** The literal `source` path of the route rule object opened at `rule` (`{ source: '/fonts/:path*', headers: … }`), or null. */
function ruleSource(src: Source, rule: number): string | null {
  if (rule < 0 || src.bare[rule] !== '{') return null;
  const close = matchBracket(src, rule);
  const source = close < 0 ? undefined : objectProps(src, { open: rule, close }).find((p) => p.name === 'source');
  return source ? stringValue(source.value) : null;
}

/** Whether the array opened at `list` is a route rule's `headers` (`{ source, headers: [ … ] }`): that rule's `source`, else null. */
const headersOfRule = (src: Source, list: number): string | null =>
  /\bheaders\s*:\s*$/.test(src.bare.slice(Math.max(0, list - 40), list)) ? ruleSource(src, openBracketAt(src, list)) : null;

/**
 * The `source` paths of the route rules (Next.js `headers()`: `{ source: '/fonts/:path*', headers: [ … ] }`) that send the
 * header object whose `key` is at `at`: written in a rule's `headers` array, or in an array constant
 * (`const fontHeaders = [ … ]`) that rules name (`headers: fontHeaders`, spread `headers: [...fontHeaders, …]`). Null when it is
 * not known: another shape, a `source` that is no literal (`${basePath}/fonts/:path*`), or the constant used some other way.
 */
function headerRuleSources(src: Source, at: number): string[] | null {
  const obj = openBracketAt(src, at);
  const list = obj < 0 || src.bare[obj] !== '{' ? -1 : openBracketAt(src, obj);
  if (list < 0 || src.bare[list] !== '[') return null;
  const before = src.bare.slice(Math.max(0, list - 200), list);
  if (/\bheaders\s*:\s*$/.test(before)) { const s = headersOfRule(src, list); return s === null ? null : [s]; }
  const decl = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*$/.exec(before);
  if (!decl) return null;
  const declared = list - before.length + decl.index;
  const sources: string[] = [];
  for (const u of src.bare.matchAll(new RegExp(`(?<![\\w$])${escapeRegExp(decl[1]!)}(?![\\w$])`, 'g'))) {
    const pre = src.bare.slice(Math.max(0, u.index - 40), u.index);
    // The declaration itself, and a property of that name (`config.fontHeaders`), are not uses; a spread (`...fontHeaders`) is.
    if ((u.index >= declared && u.index < list) || /(?<!\.\.)\.\s*$/.test(pre)) continue;
    const post = src.bare.slice(u.index + u[0].length, u.index + u[0].length + 20);
    // A method of that name (`async headers() {`) is not the constant.
    if (/(?:\basync\s+|[{,]\s*)$/.test(pre) && /^\s*\(/.test(post)) continue;
    let s: string | null = null;
    if (/\bheaders\s*:\s*$/.test(pre)) s = ruleSource(src, openBracketAt(src, u.index));
    else if (/\.\.\.\s*$/.test(pre)) { const arr = openBracketAt(src, u.index); s = arr >= 0 && src.bare[arr] === '[' ? headersOfRule(src, arr) : null; }
    // The shorthand `{ source: '/fonts/:path*', headers }` of a constant named `headers`.
    else if (u[0] === 'headers' && /[{,]\s*$/.test(pre) && /^\s*[,}]/.test(post)) s = ruleSource(src, openBracketAt(src, u.index));
    if (s === null) return null;
    sources.push(s);
  }
  return sources.length ? sources : null;
}

/**
 * The request's Origin header read in code: `req.headers.origin`, `req.header('Origin')`, `request.getHeader("Origin")`,
 * Go `r.Header.Get("Origin")`, PHP `$_SERVER['HTTP_ORIGIN']`, Python `request.headers.get('Origin')`, C# `Request.Headers["Origin"]`,
 * Ruby `request.headers['Origin']` / `request.env['HTTP_ORIGIN']`.
 */
const ORIGIN_READ = /^(?:[\w$.]*\.(?:headers?|Header|META|env)\s*(?:\.\s*get\s*\(\s*|\[\s*)(['"])(?:http_)?origin\1\s*[\])]|[\w$.]*\.headers\.origin\b|[\w$.]*\.(?:getHeader|header|get)\s*\(\s*(['"])origin\2\s*\)|\$_SERVER\s*\[\s*(['"])HTTP_ORIGIN\3\s*\]|(?:request|req)\.origin\b|[\w$.]*\.Headers\.Origin\b)/i;
/** `Access-Control-Allow-Credentials: true` set in the same file (any of the setter shapes). */
const CREDENTIALS_HEADER = /access-control-allow-credentials(?::\s*)?['"`]?\s*(?:,|\]\s*=|:|=>)?\s*['"`]?true\b/i;
/** A conditional that looks at the origin before the header is set (an allow-list check): the reflection is guarded. */
const ORIGIN_CHECK = /\b(?:if|elif|elsif|unless|when|case|switch)\b[^\n]*origin|\b(?:includes|indexOf|contains|ContainsKey|in_array|has|test|match(?:es)?)\s*\([^)\n]*origin|origin[^\n]*\b(?:in|not in)\b\s*[\w[(]/i;

/**
 * Hand-written CORS that echoes the caller's Origin into Access-Control-Allow-Origin without checking it (a
 * "SimpleCORSFilter", an Express or Go middleware): any origin is allowed, and with
 * `Access-Control-Allow-Credentials: true` any site can make authenticated requests. A reflection under a
 * conditional that looks at the origin (an allow-list) is a check and passes.
 */
function reflectedOrigin(src: Source, setterBefore: (at: number) => boolean): Hit[] {
  const hits: Hit[] = [];
  const credentials = CREDENTIALS_HEADER.test(src.code);
  for (const m of src.code.matchAll(/(['"`])access-control-allow-origin(:\s*)?\1\s*(,|\]\s*=|\.)\s*/gi)) {
    if (src.bare[m.index] !== m[1]) continue;
    const sep = m[3]!.replace(/\s+/g, '');
    // PHP's one-string form concatenates: `header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN'])`.
    if ((sep === '.') !== (m[2] !== undefined) || (sep === ',' && !setterBefore(m.index)) || (sep === '.' && !setterBefore(m.index))) continue;
    const value = m.index + m[0].length;
    const direct = ORIGIN_READ.exec(src.code.slice(value, value + 120))?.[0].replace(/\s+/g, '');
    const read = direct ?? originVariable(src, value, Math.max(0, m.index - 600));
    if (!read) continue;
    const headers = enclosingHeaders(src, m.index);
    const before = src.bare.slice(Math.max(0, m.index - 600), m.index);
    if (headers.some((h) => /origin/i.test(h)) || ORIGIN_CHECK.test(before)) continue;
    hits.push({ offset: m.index, what: `the Access-Control-Allow-Origin header echoes the request's Origin (${read}) unchecked, which allows any origin`, credentials, reflected: true });
  }
  return hits;
}

/**
 * The header's value is a local variable whose last assignment in the lines before (`from`…`at`) reads the request's
 * Origin header: Go `origin := r.Header.Get("Origin")`, `const origin = req.headers.origin`, PHP `$origin = $_SERVER['HTTP_ORIGIN']`,
 * Python `origin = request.headers.get('Origin')`. Returns the read, or null (any other value, or a later reassignment).
 */
function originVariable(src: Source, at: number, from: number): string | null {
  const name = /^(\$?[A-Za-z_][\w$]*)\s*(?:[),;]|\r?\n|$)/.exec(src.code.slice(at, at + 80))?.[1];
  if (!name || /^(?:true|false|null|nil|None|undefined)$/.test(name)) return null;
  const escaped = name.replace(/\$/g, '\\$');
  let last: RegExpMatchArray | undefined;
  for (const a of src.bare.slice(from, at).matchAll(new RegExp(`(?<![\\w$.])${escaped}\\s*(?::=|=(?![=>~]))\\s*`, 'g'))) last = a;
  // A function declared in between is another scope: its variable of the same name is not this one.
  if (!last || /\b(?:func|function|def)\b/.test(src.bare.slice(from + last.index!, at))) return null;
  const rhs = from + last.index! + last[0].length;
  const read = ORIGIN_READ.exec(src.code.slice(rhs, rhs + 120));
  return read ? `${name} = ${read[0].replace(/\s+/g, '')}` : null;
}

/** Apache configuration: `.htaccess` and `*.conf` (nginx `*.conf` files hold no `Header` directive). */
const isApacheCandidate = (file: string) => basename(file) === '.htaccess' || /\.conf$/i.test(file);
/** Files the scan reads: Python/JS code, other languages' code, Spring Boot configuration, Apache configuration; never templates, tests or vendored files. */
const isCorsFile = (file: string) => !isTemplate(file) && (isCodeFile(file) || isPyConfigFile(file) || ((OTHER_CODE.test(file) || SPRING_CONFIG.test(file) || isApacheCandidate(file)) && !isVendoredOrGenerated(file) && !isTestFile(file)));

/** Apache `Header [always] set|add|append|merge|setifempty Access-Control-Allow-Origin <value> [env=…]`, by line (comments start a line). */
const APACHE_ACAO = /^([ \t]*)(Header[ \t]+(?:(?:always|onsuccess)[ \t]+)?(?:set|add|append|merge|setifempty))[ \t]+Access-Control-Allow-Origin[ \t]+("[^"\n]*"|'[^'\n]*'|[^ \t\r\n]+)/gim;
const APACHE_CREDENTIALS = /^[ \t]*Header[ \t]+(?:(?:always|onsuccess)[ \t]+)?(?:set|add|append|merge|setifempty)[ \t]+Access-Control-Allow-Credentials[ \t]+(["']?)true\1(?=[ \t\r]|$)/im;
/** `SetEnvIf Origin "^(.*)$" ORIGIN=$1`: the regex the request's Origin is matched with, and the variables set from its match. */
const APACHE_SETENVIF = /^[ \t]*SetEnvIf(NoCase)?[ \t]+Origin[ \t]+("[^"\n]*"|'[^'\n]*'|[^ \t\r\n]+)(.*)$/gim;
/** The request's Origin in a header value: mod_headers' `%{Origin}i`, an expression's `%{req:Origin}`/`%{HTTP:Origin}`/`%{HTTP_ORIGIN}`. */
const APACHE_ORIGIN = /^(?:expr=)?%\{(?:Origin\}i|(?:req|http|req_novary):Origin\}|HTTP_ORIGIN\})$/i;
/** The blocks a header rule may sit in that restrict it to some files or URLs (their pattern judged by isStaticPattern). */
const APACHE_BLOCK = /^[ \t]*<(\/)?(FilesMatch|Files|LocationMatch|Location|DirectoryMatch|Directory|IfModule|If|ElseIf|Else|VirtualHost)\b[ \t]*([^>]*)>/i;

/**
 * Apache `Header … Access-Control-Allow-Origin` rules (`.htaccess`, `*.conf`): `"*"`, and the caller's origin reflected —
 * `%{ORIGIN}e` set by `SetEnvIf Origin "^(.*)$" ORIGIN=$1` (a regex that matches any origin; an allow-list regex passes),
 * `%{Origin}i`, `"expr=%{req:Origin}"` (unless the file checks the origin: a `SetEnvIf Origin` allow-list or an `<If>` on it).
 * `*` in a `<FilesMatch>`/`<LocationMatch>`/`<Location>` limited to public static assets (h5bp's web fonts) is a note.
 */
function apacheHeaders(text: string): { line: number; column: number; start: number; what: string; credentials: boolean; reflected: boolean; note?: string }[] {
  const out: ReturnType<typeof apacheHeaders> = [];
  const credentials = APACHE_CREDENTIALS.test(text);
  // Variables a `SetEnvIf Origin` sets from its match (`ORIGIN=$1`), with whether its regex admits any origin.
  const envs = new Map<string, boolean>();
  let originChecked = false;
  for (const m of text.matchAll(APACHE_SETENVIF)) {
    const any = matchesAnyOrigin(unquote(m[2]!), m[1] !== undefined);
    if (!any) originChecked = true;
    for (const v of m[3]!.matchAll(/(?:^|[ \t])(\w+)=\$\d/g)) envs.set(v[1]!.toLowerCase(), any);
  }
  // `<If "%{HTTP:Origin} =~ m#^https://app\.example\.com$#">`: an allow-list (any regex but one that matches every origin).
  for (const m of text.matchAll(/^[ \t]*<(?:Else)?If[ \t]+([^>\n]*)>/gim)) {
    if (!/Origin/i.test(m[1]!)) continue;
    const re = /(?:=~|!~)[ \t]*(?:\/((?:\\.|[^/])*)\/|m(.)(.*?)\2)(i?)/.exec(m[1]!);
    if (!re || !matchesAnyOrigin(re[1] ?? re[3]!, re[4] === 'i')) originChecked = true;
  }
  const staticAt = new Set<number>();
  const stack: boolean[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const b = APACHE_BLOCK.exec(lines[i]!);
    if (b) {
      if (b[1]) stack.pop();
      else {
        const tag = b[2]!.toLowerCase();
        const args = b[3]!.trim().split(/[ \t]+/).map(unquote);
        const pattern = args.at(-1) ?? '';
        const regex = /match$/.test(tag) || (args.length > 1 && args[0] === '~');
        stack.push(/^(?:files|filesmatch|location|locationmatch)$/.test(tag) && isStaticPattern(pattern, regex));
      }
    }
    if (stack.some(Boolean)) staticAt.add(i + 1);
  }
  for (const m of text.matchAll(APACHE_ACAO)) {
    const value = unquote(m[3]!);
    const line = text.slice(0, m.index).split('\n').length;
    const at = { line, column: m[1]!.length + 1, start: m.index };
    const header = `Apache ${m[2]!.replace(/[ \t]+/g, ' ')} Access-Control-Allow-Origin`;
    if (value === '*') {
      if (staticAt.has(line)) out.push({ ...at, what: '', credentials: false, reflected: false, note: `${header} * serves public static assets only (a <FilesMatch>/<LocationMatch> for fonts, images, styles or scripts): fine there; keep it off the application's routes` });
      else out.push({ ...at, what: `${header} * allows any origin`, credentials: false, reflected: false });
      continue;
    }
    const env = /^%\{(\w+)\}e$/i.exec(value)?.[1]?.toLowerCase();
    const reflected = env !== undefined ? envs.get(env) === true : APACHE_ORIGIN.test(value) && !originChecked;
    if (reflected) out.push({ ...at, what: `${header} "${value}" reflects any origin${env !== undefined ? ' (set by a SetEnvIf Origin regex that matches any origin)' : ''}`, credentials, reflected: true });
  }
  return out;
}

/** A lone wildcard string literal (`'*'`, `"*"`), or (STAR_SCHEME) a scheme followed by one (`"https://*"`, `` `http://*` ``); overlapping, so each quote is tried as an opener. */
const STAR_LITERAL = /(?=(["'])\*\1)/g;
const STAR_SCHEME = /(?=(["'`])[a-z][a-z0-9+.-]*:\/\/\*\1)/gi;
const CORS_ALL = /\bCorsConfiguration\s*\.\s*ALL\b/;
/**
 * A `'*'`/`"*"` string literal (or Spring's `CorsConfiguration.ALL`) in code between `from` and `to`. With `scheme`, instead a
 * string literal that is a scheme followed by a lone wildcard (`"https://*"`, `"http://*"`): rs/cors and go-chi/cors match one
 * `*` per origin against anything, so it accepts every origin over that scheme (go-chi/cors's README example).
 */
function hasStar(src: Source, from: number, to: number, scheme = false): boolean {
  const code = src.code.slice(from, to);
  // A real literal: its opening quote is code, and what follows it is string content (blanked in `bare`).
  for (const m of code.matchAll(scheme ? STAR_SCHEME : STAR_LITERAL)) {
    if (src.bare[from + m.index] === m[1] && src.bare[from + m.index + 1] === ' ') return true;
  }
  return !scheme && CORS_ALL.test(src.bare.slice(from, to));
}

/** A Ruby regex literal (`/.*\/`, `%r{.*}`) or PHP pattern (`'/.*\/'`, `'#.*#'`, `'.*'`) that matches any origin. */
const REGEX_BODY = /^(?:\/(.*)\/|%r\{(.*)\}|#(.*)#)[a-z]*$/s;
/**
 * What a Ruby regex literal or a PHP pattern admits (originRegexReach, tried anywhere in the origin as `=~` and preg_match do);
 * `literal`: only a delimited literal is a regex (a Ruby string is not).
 */
function regexReach(pattern: string, literal = false): RegexReach {
  const m = REGEX_BODY.exec(pattern);
  if (!m) return literal ? null : originRegexReach(pattern);
  const flags = /[a-z]*$/.exec(pattern)![0];
  return originRegexReach(m.slice(1).find((g) => g !== undefined)!, { caseless: flags.includes('i') });
}
const isAnyRegex = (pattern: string, literal = false) => regexReach(pattern, literal) !== null;
/** The first non-null reach of `items` (`judge`: what one admits), or null. */
function firstReach<T>(items: T[], judge: (item: T) => RegexReach): RegexReach {
  for (const item of items) { const reach = judge(item); if (reach) return reach; }
  return null;
}

const RUBY_ALLOW = /^([ \t]*)allow\b[ \t]*(do\b|\{)/gm;
const RUBY_END = /[ \t]*end\b/y;
const RUBY_ORIGINS = /^[ \t]*origins\b[ \t]*/gm;
const RUBY_CREDENTIALS = /(?:\bcredentials:|:credentials\s*=>)\s*true\b/;
const RUBY_TRUE_BLOCK = /^\{\s*(?:\|[^|]*\|)?\s*true\s*\}$/;
/**
 * `ENV.fetch('CORS_ORIGINS', '*')`, its block form `ENV.fetch('CORS_ORIGINS') { '*' }` (`do '*' end`) and
 * `ENV['CORS_ORIGINS'] || '*'`: the `*` default stands unless the deploy environment sets the variable (group 2 or 7: the name).
 */
const RUBY_ENV_STAR = /\bENV\.fetch\(\s*(['"])([A-Za-z_]\w*)\1\s*(?:,\s*(['"])\*\3\s*\)|\)\s*(?:\{\s*(?:\|[^|]*\|\s*)?(['"])\*\4\s*\}|do\s+(?:\|[^|]*\|\s*)?(['"])\*\5\s+end\b))|\bENV\[\s*(['"])([A-Za-z_]\w*)\6\s*\]\s*(?:\|\||\bor\b)\s*(['"])\*\8/;

/**
 * rack-cors `allow do … origins '*' … end` (Rails `config/initializers/cors.rb`, `config.ru`): `'*'` in the
 * origins, an any-origin regex (`/.*\/`) or a block that returns `true`. `credentials: true` in the block
 * makes a regex or block critical; rack-cors refuses to boot with `'*'` and credentials, so that stays `high`.
 */
function rackCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  let last = 0;
  for (const m of src.bare.matchAll(RUBY_ALLOW)) {
    // `allow` blocks do not nest: one that starts inside the last (whose `end` was not found) is read with it.
    if (m.index < last) continue;
    const body = m.index + m[0].length;
    let end = src.bare.length;
    if (m[2] === '{') end = Math.max(body, matchBracket(src, body - 1));
    else {
      // The block ends at the first `end` indented no deeper than `allow`.
      for (let nl = src.bare.indexOf('\n', body); nl >= 0; nl = src.bare.indexOf('\n', nl + 1)) {
        RUBY_END.lastIndex = nl + 1;
        if (RUBY_END.test(src.bare) && RUBY_END.lastIndex - (nl + 1) - 'end'.length <= m[1]!.length) { end = nl + 1; break; }
      }
    }
    last = end;
    const block = src.bare.slice(body, end);
    const credentials = RUBY_CREDENTIALS.test(block);
    for (const o of block.matchAll(RUBY_ORIGINS)) {
      let from = body + o.index + o[0].length;
      let to: number;
      if (src.bare[from] === '(') { to = matchBracket(src, from); from++; if (to < 0) continue; }
      else {
        to = statementEnd(src, from);
        // `origins 'https://a.example.com',\n        'https://b.example.com'`: a trailing comma continues the call.
        for (let guard = 0; guard < 64 && to < end && src.bare.slice(from, to).trimEnd().endsWith(','); guard++) to = statementEnd(src, to + 1);
      }
      for (const arg of splitList(src, from, Math.min(to, end))) {
        const v = arg.value.trim();
        const values = listElements(v) ?? [v];
        const reach = firstReach(values, (e) => regexReach(e, true));
        if (values.some((e) => stringValue(e) === '*')) hits.push({ offset: arg.start, what: `rack-cors origins ${quoteSource(v)} allows any origin` });
        else if (reach) hits.push({ offset: arg.start, what: `rack-cors origins ${quoteSource(v)} matches ${reachWords(reach)}`, credentials });
        else if (RUBY_TRUE_BLOCK.test(v)) hits.push({ offset: arg.start, what: `rack-cors origins ${quoteSource(v)} accepts any origin`, credentials });
        else {
          const env = RUBY_ENV_STAR.exec(v);
          if (env) hits.push({ offset: arg.start, what: `rack-cors origins default to * (${quoteSource(env[0])}) and allow any origin`, envKey: (env[2] ?? env[7])! });
        }
      }
    }
  }
  return hits;
}

const PHP_ORIGINS = /(['"])(allowed_?origins(?:_?patterns)?)\1\s*=>\s*/gi;
const PHP_CREDENTIALS = /(['"])supports_?credentials\1\s*=>\s*true\b/gi;
const PHP_ENV_STAR = /\benv\(\s*(['"])([A-Za-z_]\w*)\1\s*,\s*(['"])\*\3\s*\)/;

/**
 * Laravel `config/cors.php` (fruitcake/php-cors; barryvdh/laravel-cors's camelCase keys too): `'allowed_origins' => ['*']`,
 * an any-origin `'allowed_origins_patterns'`, or `env('CORS_ALLOWED_ORIGINS', '*')` whose default is `*` (unless the
 * deploy environment sets that variable). `'supports_credentials' => true` makes the library reflect the origin.
 */
function laravelCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  const credentials = [...src.code.matchAll(PHP_CREDENTIALS)].some((m) => src.bare[m.index] === m[1] && src.bare[m.index + 1] === ' ');
  let last = 0;
  for (const m of src.code.matchAll(PHP_ORIGINS)) {
    // Not a key in code, or inside the last value (whose end was not found).
    if (src.bare[m.index] !== m[1] || src.bare[m.index + 1] !== ' ' || m.index < last) continue;
    const start = m.index + m[0].length;
    // The value runs to the next top-level `,` or the array's closing bracket.
    let depth = 0;
    let k = start;
    for (; k < src.bare.length; k++) {
      const c = src.bare[k];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') { if (depth === 0) break; depth--; }
      else if ((c === ',' || c === ';') && depth === 0) break;
    }
    last = k;
    const value = src.code.slice(start, k).trim();
    const patterns = /patterns/i.test(m[2]!);
    const inner = /^(?:array\s*\(|\[)([^]*)[\])]$/i.exec(value)?.[1];
    const elements = inner === undefined ? [] : splitList(scanSource('', inner, 'js'), 0, inner.length).map((a) => stringValue(a.value) ?? '');
    const env = PHP_ENV_STAR.exec(value);
    const key = quoteSource(m[0].replace(/\s*=>\s*$/, ''));
    if (elements.some((e) => (patterns ? isAnyRegex(e) : e === '*'))) hits.push({ offset: start, what: `Laravel ${key} => ${quoteSource(value)} allows any origin`, credentials });
    else if (env && !patterns) hits.push({ offset: start, what: `Laravel ${key} defaults to * (${quoteSource(env[0])}) and allows any origin`, credentials, envKey: env[2]! });
  }
  return hits;
}

const SPRING_CALLS = /allowedOrigins|allowedOriginPatterns|addAllowedOrigin|addAllowedOriginPattern|setAllowedOrigins|setAllowedOriginPatterns|addMapping|applyPermitDefaultValues/;
const SPRING_PROPERTY = /\b(allowedOrigins|allowedOriginPatterns)\s*=(?!=)\s*/g;
const SPRING_CREDENTIALS = /\b(?:set)?[aA]llowCredentials\s*(?:\(\s*true\s*\)|=\s*(?:true\b|"true"))/g;
const CROSS_ORIGIN = /@CrossOrigin\b\s*(\()?/g;
const SPRING_SETS_ORIGINS = /\b(?:allowedOrigins|allowedOriginPatterns|addAllowedOrigin|addAllowedOriginPattern|setAllowedOrigins|setAllowedOriginPatterns)\b/;

/** The end of a Java/Kotlin call chain starting at `from`: `;`, an unopened closing bracket, or a line break not followed by `.`. */
function chainEnd(src: Source, from: number): number {
  let depth = 0;
  for (let k = from; k < src.bare.length; k++) {
    const c = src.bare[k]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') { if (depth === 0) return k; depth--; }
    else if (c === ';' && depth === 0) return k;
    else if (c === '\n' && depth === 0 && !/^\s*\./.test(src.bare.slice(k + 1, k + 200))) return k;
  }
  return src.bare.length;
}

/**
 * Spring (Java/Kotlin): `allowedOrigins("*")`, `allowedOriginPatterns("*")`, `CorsConfiguration` setters with `"*"`
 * (`CorsConfiguration.ALL`), Kotlin `allowedOrigins = listOf("*")`, `registry.addMapping(…)` without origins and
 * `applyPermitDefaultValues()` (both default to any origin), `@CrossOrigin("*")` and a `@CrossOrigin` without origins.
 * Credentials (`allowCredentials(true)` in the file, `allowCredentials = "true"` on the annotation) make only the
 * pattern forms critical: Spring 5.3+ rejects `"*"` origins with credentials at request time.
 */
function springCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  const credentials = [...src.code.matchAll(SPRING_CREDENTIALS)].some((m) => src.bare[m.index] === src.code[m.index]);
  const setsOrigins = SPRING_SETS_ORIGINS.test(src.bare);
  const registry = /\bCorsRegistry\b/.test(src.bare);
  for (const call of findCalls(src, SPRING_CALLS)) {
    const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
    const pattern = name.endsWith('Pattern') || name.endsWith('Patterns');
    if (name === 'addMapping') {
      // Only a CorsRegistry mapping (ModelMapper has an addMapping too).
      if (registry && !SPRING_SETS_ORIGINS.test(src.bare.slice(call.close, chainEnd(src, call.close + 1)))) hits.push({ offset: call.start, what: `Spring ${quoteSource(src.code.slice(call.start, call.close + 1))} without allowedOrigins allows any origin (the registration defaults to all origins)` });
    } else if (name === 'applyPermitDefaultValues') {
      if (!setsOrigins) hits.push({ offset: call.start, what: 'Spring CorsConfiguration.applyPermitDefaultValues() without origins allows any origin' });
    } else if (hasStar(src, call.open, call.close)) {
      hits.push({ offset: call.open + 1, what: `Spring ${name}(${quoteSource(src.code.slice(call.open + 1, call.close))}) ${pattern ? 'matches' : 'allows'} any origin`, credentials: pattern && credentials });
    }
  }
  for (const m of src.bare.matchAll(SPRING_PROPERTY)) {
    const start = m.index + m[0].length;
    const end = statementEnd(src, start);
    if (hasStar(src, start, end)) hits.push({ offset: start, what: `Spring ${m[1]} = ${quoteSource(src.code.slice(start, end))} allows any origin`, credentials: m[1] === 'allowedOriginPatterns' && credentials });
  }
  for (const m of src.bare.matchAll(CROSS_ORIGIN)) {
    const open = m[1] ? m.index + m[0].length - 1 : -1;
    const close = open < 0 ? -1 : matchBracket(src, open);
    const args = close < 0 ? [] : splitList(src, open + 1, close);
    const origins = args.filter((a) => a.name === null || a.name === 'value' || a.name === 'origins' || a.name === 'originPatterns');
    if (!origins.length) hits.push({ offset: m.index, what: `${quoteSource(src.code.slice(m.index, close < 0 ? m.index + 12 : close + 1))} without origins allows any origin (Spring's default)` });
    else {
      const star = origins.find((a) => hasStar(src, a.start, a.end));
      if (star) hits.push({ offset: star.start, what: `@CrossOrigin(${star.name ? `${star.name} = ` : ''}${quoteSource(star.value)}) allows any origin`, credentials: star.name === 'originPatterns' && credentials });
    }
  }
  return hits;
}

const ASPNET_TRUE_LAMBDA = /^(?:isOriginAllowed\s*:\s*)?(?:\(\s*(?:\w+\s+)?\w*\s*\)|\w+)\s*=>\s*(?:true|\{\s*return\s+true\s*;\s*\})$/;

/**
 * ASP.NET Core: `.AllowAnyOrigin()`, `.WithOrigins("*")`, `.SetIsOriginAllowed(_ => true)`. With `.AllowCredentials()` in
 * the file the lambda reflects any origin with credentials (critical); ASP.NET Core refuses `AllowAnyOrigin` with credentials.
 * A hit inside `AddPolicy(name, …)` / `AddDefaultPolicy(…)` names its policy, which the run judges by its uses (aspNetPolicyDev).
 */
function aspNetCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  const calls = findCalls(src, /AllowAnyOrigin|WithOrigins|SetIsOriginAllowed|AllowCredentials/);
  const credentials = calls.some((c) => c.callee.endsWith('AllowCredentials'));
  const policies = findCalls(src, /AddPolicy|AddDefaultPolicy/);
  const policyOf = (at: number): { aspNetPolicy?: AspNetPolicyName | null } => {
    const p = policies.filter((c) => c.open < at && at < c.close).at(-1);
    if (!p) return {};
    if (p.callee.endsWith('AddDefaultPolicy')) return { aspNetPolicy: null };
    const name = aspNetPolicyName(src, p.args.find((a) => a.name === 'name') ?? p.args.find((a) => a.name === null));
    return name ? { aspNetPolicy: name } : {};
  };
  for (const call of calls) {
    const name = call.callee.slice(call.callee.lastIndexOf('.') + 1);
    if (name === 'AllowAnyOrigin') hits.push({ offset: call.start, what: 'ASP.NET Core AllowAnyOrigin() allows any origin', ...policyOf(call.start) });
    else if (name === 'WithOrigins' && call.args.some((a) => stringValue(a.value) === '*')) hits.push({ offset: call.open + 1, what: 'ASP.NET Core WithOrigins("*") allows any origin', ...policyOf(call.start) });
    else if (name === 'SetIsOriginAllowed') {
      // The whole argument text: splitList would read `origin => true` as a keyword `origin=`.
      const lambda = src.code.slice(call.open + 1, call.close).trim();
      if (ASPNET_TRUE_LAMBDA.test(lambda)) hits.push({ offset: call.open + 1, what: `ASP.NET Core SetIsOriginAllowed(${quoteSource(lambda)}) accepts any origin`, credentials, ...policyOf(call.start) });
    }
  }
  return hits;
}

/** An ASP.NET Core CORS policy's name as written: a string literal's value, and the constant holding it (`DevCorsPolicy`, `Policies.Dev`: its last name). */
interface AspNetPolicyName { literal: string | null; ident: string | null }
/**
 * A use of an ASP.NET Core CORS policy: `app.UseCors("Dev")`, `[EnableCors("Dev")]`, `.RequireCors("Dev")` (`name` null: the default
 * policy, `app.UseCors()`, `[EnableCors]`; undefined: a name computed here, which may be any policy's), and whether it sits in
 * development-only code.
 */
interface AspNetPolicyUse { name: AspNetPolicyName | null | undefined; dev: boolean }

/** A policy-name argument: a string literal, or a constant (`const string DevCorsPolicy = "DevCorsPolicy";` in the file gives its value); null otherwise. */
function aspNetPolicyName(src: Source, arg: Arg | undefined): AspNetPolicyName | null {
  if (!arg) return null;
  const expr = arg.value.trim();
  const literal = stringValue(expr);
  if (literal !== null && !expr.startsWith('`')) return { literal, ident: null };
  const id = /^(?:[A-Za-z_]\w*\s*\.\s*)*([A-Za-z_]\w*)$/.exec(expr)?.[1];
  if (id === undefined) return null;
  const held = new RegExp(String.raw`\b(?:const\s+string|(?:static\s+)?readonly\s+string|string|var)\s+${id}\s*=\s*"([^"\\]*)"\s*;`).exec(src.code);
  return { literal: held && src.bare[held.index] === src.code[held.index] ? held[1]! : null, ident: id };
}

/** The ASP.NET Core CORS policy uses in a C# file (AspNetPolicyUse); an inline policy (`app.UseCors(p => p.WithOrigins(…))`) names none. */
function aspNetPolicyUses(src: Source): AspNetPolicyUse[] {
  const out: AspNetPolicyUse[] = [];
  for (const call of findCalls(src, /UseCors|RequireCors|EnableCors/)) {
    const arg = call.args.find((a) => a.name === 'policyName' || a.name === 'PolicyName') ?? call.args.find((a) => a.name === null);
    if (arg && /=>|\bdelegate\b/.test(arg.value)) continue;
    out.push({ name: arg ? aspNetPolicyName(src, arg) ?? undefined : call.args.length ? undefined : null, dev: aspNetDevCode(src, call.start) });
  }
  // `[EnableCors]` without arguments: the default policy.
  for (const m of src.bare.matchAll(/[[,]\s*(EnableCors)\s*(?=[\],])/g)) out.push({ name: null, dev: aspNetDevCode(src, m.index + m[0].indexOf('EnableCors')) });
  return out;
}

const aspNetDevCode = (src: Source, at: number) => devCode(src, at) || inDebugDirective(src, at);

/**
 * Whether an ASP.NET Core CORS policy (a name, or null: the default policy) is used only in development-only code: some use
 * names it and every one that does, or may (a name computed, or a constant not resolved), is in an `if (…IsDevelopment())`
 * branch or under `#if DEBUG`. A policy never used, or used elsewhere, is judged as written.
 */
function aspNetPolicyDev(policy: AspNetPolicyName | null, uses: readonly AspNetPolicyUse[]): boolean {
  const match = (n: AspNetPolicyName | null | undefined): 'same' | 'other' | 'maybe' => {
    if (n === undefined) return 'maybe';
    if (policy === null || n === null) return policy === n ? 'same' : 'other';
    if (policy.literal !== null && n.literal !== null) return policy.literal === n.literal ? 'same' : 'other';
    return policy.ident !== null && policy.ident === n.ident ? 'same' : 'maybe';
  };
  let used = false;
  for (const u of uses) {
    const m = match(u.name);
    if (m === 'other') continue;
    if (!u.dev) return false;
    if (m === 'same') used = true;
  }
  return used;
}

const GO_IMPORT = /(?:^|[\s(])(?:([A-Za-z_]\w*)[ \t]+)?"github\.com\/(gin-contrib|rs|go-chi)\/cors"/gm;
const GO_LITERAL = /(?<![\w.])([A-Za-z_]\w*)\s*\.\s*(Config|Options)\s*\{/g;
const GO_ASSIGN = /\.\s*(AllowAllOrigins|AllowOrigins|AllowedOrigins|AllowOriginFunc|AllowCredentials)\s*=(?!=)\s*/g;
const GO_TRUE_FUNC = /^func\s*\([^()]*\)\s*bool\s*\{\s*return\s+true\s*;?\s*\}$/;
const GO_ORIGIN_FUNCS = new Set(['AllowOriginFunc', 'AllowOriginRequestFunc', 'AllowOriginVaryRequestFunc']);

/**
 * Go: gin-contrib/cors `cors.Default()`, `cors.Config{AllowAllOrigins: true}` / `AllowOrigins: []string{"*"}` (also assigned
 * to a `DefaultConfig()`); rs/cors and go-chi/cors `cors.Default()`, `cors.AllowAll()`, `cors.Options{AllowedOrigins:
 * []string{"*"}}` or without AllowedOrigins (their default is all origins); an `AllowOriginFunc` that returns `true`.
 * rs/cors and go-chi/cors reflect the origin when credentials are allowed, and any origin-func does; gin sends a literal
 * `*`, which browsers refuse with credentials.
 */
function goCors(src: Source): Hit[] {
  const libs = new Map<string, 'gin' | 'rs'>();
  for (const m of src.code.matchAll(GO_IMPORT)) {
    const name = m[1] === undefined || m[1] === 'import' ? 'cors' : m[1];
    if (name !== '_') libs.set(name, m[2] === 'gin-contrib' ? 'gin' : 'rs');
  }
  if (!libs.size) return [];
  const hits: Hit[] = [];
  const assigned = new Map<string, { start: number; value: string }>();
  for (const m of src.bare.matchAll(GO_ASSIGN)) {
    const start = m.index + m[0].length;
    assigned.set(m[1]!, { start, value: src.code.slice(start, statementEnd(src, start)).trim() });
  }
  const fileCredentials = assigned.get('AllowCredentials')?.value === 'true';
  const star = (v: { start: number; value: string }) => hasStar(src, v.start, v.start + v.value.length);
  for (const call of findCalls(src, /Default|AllowAll/)) {
    const [pkg, fn] = call.callee.split('.');
    if (!pkg || !libs.has(pkg) || call.args.length) continue;
    if (fn === 'Default') hits.push({ offset: call.start, what: `${call.callee}() allows any origin` });
    else if (fn === 'AllowAll' && libs.get(pkg) === 'rs') hits.push({ offset: call.start, what: `${call.callee}() allows any origin` });
  }
  for (const m of src.bare.matchAll(GO_LITERAL)) {
    const lib = libs.get(m[1]!);
    if (!lib || (lib === 'gin') !== (m[2] === 'Config')) continue;
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    const props = objectProps(src, { open, close });
    const prop = (n: string) => props.find((p) => p.name === n);
    const credentials = prop('AllowCredentials')?.value.trim() === 'true' || fileCredentials;
    const func = props.find((p) => p.name !== null && GO_ORIGIN_FUNCS.has(p.name));
    const origins = prop(lib === 'gin' ? 'AllowOrigins' : 'AllowedOrigins');
    const label = `${m[1]}.${m[2]}`;
    if (func && GO_TRUE_FUNC.test(func.value.trim())) hits.push({ offset: func.start, what: `${label} ${func.name} returning true accepts any origin`, credentials });
    else if (lib === 'gin' && prop('AllowAllOrigins')?.value.trim() === 'true') hits.push({ offset: prop('AllowAllOrigins')!.start, what: `${label} AllowAllOrigins: true allows any origin` });
    else if (origins && star(origins)) hits.push({ offset: origins.start, what: `${label} ${origins.name}: ${quoteSource(origins.value)} allows any origin`, credentials: lib === 'rs' && credentials });
    else if (origins && lib === 'rs' && hasStar(src, origins.start, origins.start + origins.value.length, true)) {
      hits.push({ offset: origins.start, what: `${label} ${origins.name}: ${quoteSource(origins.value)} allows any origin (a wildcard after the scheme matches every host, and the origin is echoed)`, credentials });
    }
    else if (lib === 'rs' && !origins && !func && !assigned.has('AllowedOrigins') && !assigned.has('AllowOriginFunc')) {
      hits.push({ offset: m.index, what: `${label}{…} without AllowedOrigins allows any origin (the default is all origins)`, credentials });
    }
  }
  // gin's `config := cors.DefaultConfig()` then `config.AllowAllOrigins = true` / `config.AllowOrigins = []string{"*"}`.
  if ([...libs.values()].includes('gin')) {
    const all = assigned.get('AllowAllOrigins');
    const origins = assigned.get('AllowOrigins');
    if (all?.value === 'true') hits.push({ offset: all.start, what: 'gin-contrib/cors AllowAllOrigins = true allows any origin' });
    else if (origins && star(origins)) hits.push({ offset: origins.start, what: `gin-contrib/cors AllowOrigins = ${quoteSource(origins.value)} allows any origin` });
  }
  return hits;
}

const ECHO_IMPORT = /(?:^|[\s(])(?:([A-Za-z_]\w*)[ \t]+)?"github\.com\/labstack\/echo(?:\/v\d+)?\/middleware"/gm;
const FIBER_IMPORT = /(?:^|[\s(])(?:([A-Za-z_]\w*)[ \t]+)?"github\.com\/gofiber\/fiber(?:\/v\d+)?\/middleware\/cors"/gm;

/**
 * Go: Echo `middleware.CORS()` and `middleware.CORSWithConfig(middleware.CORSConfig{…})` without `AllowOrigins` or
 * with `"*"` (its default is all origins; with `AllowCredentials` and `UnsafeWildcardOriginWithAllowCredentials`
 * it echoes the caller's origin); Fiber `cors.New()` and `cors.New(cors.Config{…})` without `AllowOrigins` or with
 * `"*"`, or an `AllowOriginsFunc` returning true (which echoes the origin, with credentials too).
 */
function echoFiberCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  const imported = (re: RegExp, dflt: string) => [...src.code.matchAll(re)].map((m) => (m[1] === undefined || m[1] === 'import' ? dflt : m[1])).filter((n) => n !== '_');
  const literal = (call: Call, type: string) => {
    const arg = call.args[0];
    const t = arg?.value.trim() ?? '';
    const m = new RegExp(`^&?[A-Za-z_]\\w*\\.${type}\\s*\\{`).exec(t);
    if (!arg || !m) return null;
    const open = arg.start + arg.value.indexOf(t) + m[0].length - 1;
    const close = matchBracket(src, open);
    return close < 0 ? null : objectProps(src, { open, close });
  };
  for (const pkg of imported(ECHO_IMPORT, 'middleware')) {
    for (const call of findCalls(src, /CORS(?:WithConfig)?/)) {
      if (call.callee === `${pkg}.CORS` && !call.args.length) { hits.push({ offset: call.start, what: `Echo ${pkg}.CORS() allows any origin (its default)` }); continue; }
      if (call.callee !== `${pkg}.CORSWithConfig`) continue;
      const props = literal(call, 'CORSConfig');
      if (!props) continue;
      const prop = (n: string) => props.find((p) => p.name === n);
      const origins = prop('AllowOrigins');
      const credentials = prop('AllowCredentials')?.value.trim() === 'true' && prop('UnsafeWildcardOriginWithAllowCredentials')?.value.trim() === 'true';
      if (prop('AllowOriginFunc')) continue;
      if (!origins) hits.push({ offset: call.start, what: `Echo ${pkg}.CORSConfig without AllowOrigins allows any origin (the default is all origins)`, credentials });
      else if (hasStar(src, origins.start, origins.start + origins.value.length)) hits.push({ offset: origins.start, what: `Echo AllowOrigins: ${quoteSource(origins.value)} allows any origin`, credentials });
    }
  }
  for (const pkg of imported(FIBER_IMPORT, 'cors')) {
    for (const call of findCalls(src, 'New')) {
      if (call.callee !== `${pkg}.New`) continue;
      if (!call.args.length) { hits.push({ offset: call.start, what: `Fiber ${pkg}.New() allows any origin (its default)` }); continue; }
      const props = literal(call, 'Config');
      if (!props) continue;
      const prop = (n: string) => props.find((p) => p.name === n);
      const origins = prop('AllowOrigins');
      const func = prop('AllowOriginsFunc');
      const credentials = prop('AllowCredentials')?.value.trim() === 'true';
      if (func && GO_TRUE_FUNC.test(func.value.trim())) hits.push({ offset: func.start, what: 'Fiber cors AllowOriginsFunc returning true accepts any origin', credentials });
      else if (!origins && !func) hits.push({ offset: call.start, what: `Fiber ${pkg}.Config without AllowOrigins allows any origin (the default is all origins)` });
      else if (origins && hasStar(src, origins.start, origins.start + origins.value.length)) hits.push({ offset: origins.start, what: `Fiber AllowOrigins: ${quoteSource(origins.value)} allows any origin` });
    }
  }
  return hits;
}

const GORILLA_IMPORT = /(?:^|[\s(])(?:([A-Za-z_]\w*)[ \t]+)?"github\.com\/gorilla\/handlers"/gm;
/** gorilla/handlers options that decide the origins: without any of them `CORS(…)` allows every origin. */
const GORILLA_ORIGIN_OPTIONS = new Set(['AllowedOrigins', 'AllowedOriginsFunc', 'AllowedOriginValidator', 'DisallowDefaultOrigins']);

/**
 * Go: gorilla/handlers `handlers.AllowedOrigins([]string{"*"})` (it then sends a literal `*`), `handlers.CORS(…)` whose
 * options (all written in the call) set no origins (its default allows every origin and sends `*`), and an
 * `AllowedOriginValidator` returning true (the caller's origin is echoed: with `AllowCredentials()` in the file, `critical`).
 */
function gorillaCors(src: Source): Hit[] {
  const pkgs = [...src.code.matchAll(GORILLA_IMPORT)].map((m) => (m[1] === undefined || m[1] === 'import' ? 'handlers' : m[1])).filter((n) => n !== '_' && n !== '.');
  if (!pkgs.length) return [];
  const hits: Hit[] = [];
  const calls = findCalls(src, /CORS|AllowedOrigins|AllowedOriginValidator|AllowCredentials/);
  for (const pkg of pkgs) {
    const own = calls.filter((c) => c.callee.replace(/\s+/g, '').startsWith(`${pkg}.`));
    const credentials = own.some((c) => c.callee.endsWith('.AllowCredentials'));
    for (const call of own) {
      const fn = call.callee.slice(call.callee.lastIndexOf('.') + 1);
      if (fn === 'AllowedOrigins' && call.args[0] && hasStar(src, call.args[0].start, call.args[0].end)) {
        hits.push({ offset: call.start, what: `gorilla/handlers ${pkg}.AllowedOrigins(${quoteSource(call.args[0].value.trim())}) allows any origin` });
      } else if (fn === 'AllowedOriginValidator' && call.args[0] && GO_TRUE_FUNC.test(call.args[0].value.trim())) {
        hits.push({ offset: call.start, what: 'gorilla/handlers AllowedOriginValidator returning true accepts any origin and echoes it', credentials });
      } else if (fn === 'CORS') {
        // Only options written in the call are known: a variable or a spread (`opts...`) may set the origins.
        const options = call.args.map((a) => new RegExp(`^${escapeRegExp(pkg)}\\s*\\.\\s*(\\w+)\\s*\\(`).exec(a.value.trim())?.[1]);
        if (options.some((o) => o === undefined || GORILLA_ORIGIN_OPTIONS.has(o))) continue;
        hits.push({ offset: call.start, what: `gorilla/handlers ${pkg}.CORS(…) without AllowedOrigins allows any origin (its default)` });
      }
    }
  }
  return hits;
}

/** `plug CORSPlug` (Elixir), with its options to the end of the statement. */
const CORS_PLUG = /(?<![\w.])plug\s*\(?\s*CORSPlug\b/g;

/**
 * The top-level keyword options of an Elixir call, from `from` (just after its first argument) to the end of its
 * statement (the line, continued after a trailing comma or inside brackets): `, origin: "*", max_age: 1`,
 * `(…, origin: "*")` or `, [origin: "*"]`. Options nested in a value (`headers: f(origin: "x")`) are not options.
 */
function elixirOptions(src: Source, from: number): Arg[] {
  let depth = 0;
  let end = from;
  for (; end < src.bare.length && end - from < 4000; end++) {
    const c = src.bare[end]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') { if (--depth < 0) break; }
    else if (c === '\n' && depth === 0 && !/,\s*$/.test(src.bare.slice(from, end))) break;
  }
  const args = splitList(src, from, end);
  // An explicit keyword list: `plug CORSPlug, [origin: "*"]`.
  if (args.length === 1 && args[0]!.name === null && src.bare[args[0]!.start] === '[' && matchBracket(src, args[0]!.start) === args[0]!.end - 1) {
    return splitList(src, args[0]!.start + 1, args[0]!.end - 1);
  }
  return args;
}

/** A CORSPlug `origin` value that allows any origin (`"*"`, a list holding it, an any-origin regex), as a hit; `label` names where it is set. */
function corsPlugOrigin(src: Source, origin: Arg, credentials: boolean, label: string): Hit | null {
  const regex = /^~r(?:\/(.*)\/|\((.*)\)|\{(.*)\}|"(.*)")[a-z]*$/s.exec(origin.value);
  if (regex && originRegexReach(regex.slice(1).find((g) => g !== undefined) ?? '') !== null) {
    return { offset: origin.start, what: `${label} origin: ${quoteSource(origin.value)} matches any origin and echoes it`, credentials };
  }
  if (hasStar(src, origin.start, origin.end)) return { offset: origin.start, what: `${label} origin: ${quoteSource(origin.value)} allows any origin` };
  return null;
}

/**
 * Elixir: cors_plug `plug CORSPlug, origin: "*"` / `origin: ["*"]` (a list holding `"*"` answers `*` to any other origin),
 * and `plug CORSPlug` without `origin` (its default is `"*"`) unless `config :cors_plug, origin: …` sets one in a config
 * file. CORSPlug sends a literal `*` (its default `credentials: true` is refused by browsers with it). An any-origin
 * regex (`origin: ~r/.*\/`) echoes the caller's origin, with credentials unless `credentials: false`: `critical`.
 */
function corsPlug(src: Source): Hit[] {
  const hits: Hit[] = [];
  for (const m of src.bare.matchAll(CORS_PLUG)) {
    const options = elixirOptions(src, m.index + m[0].length);
    const origin = options.find((o) => o.name === 'origin');
    const credentials = options.find((o) => o.name === 'credentials')?.value.trim() !== 'false';
    if (!origin) { hits.push({ offset: m.index, what: 'plug CORSPlug without origin allows any origin (its default is "*")', corsPlugDefault: true }); continue; }
    const hit = corsPlugOrigin(src, origin, credentials, 'CORSPlug');
    if (hit) hits.push(hit);
  }
  return hits;
}

const RUST_PATH_CALL = /(?<![\w:])(?:[A-Za-z_]\w*::)*(CorsLayer::(?:very_)?permissive|Cors::permissive|AllowOrigin::(?:any|mirror_request)|AllowedOrigins::all)\s*\(/g;
const RUST_ANY = /^(?:(?:tower_http::)?(?:cors::)?Any|"\*")$/;

/**
 * Rust: tower-http `CorsLayer::permissive()` and `.allow_origin(Any)` / `AllowOrigin::any()` (a literal `*`),
 * `CorsLayer::very_permissive()` and `AllowOrigin::mirror_request()` (they echo the caller's origin; with
 * `.allow_credentials(true)` — very_permissive's own default — any site makes authenticated requests);
 * actix-cors `Cors::permissive()` (echoes any origin, credentials on) and `.allow_any_origin()` (with
 * `.supports_credentials()` it echoes too); rocket_cors `AllowedOrigins::all()` (echoed, so with
 * `allow_credentials: true` too).
 */
function rustCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  const credentials = /\.allow_credentials\s*\(\s*true\s*\)|\.supports_credentials\s*\(\s*\)|\ballow_credentials\s*:\s*true\b/.test(src.bare);
  for (const m of src.bare.matchAll(RUST_PATH_CALL)) {
    const at = m.index;
    switch (m[1]) {
      case 'CorsLayer::very_permissive': hits.push({ offset: at, what: 'tower-http CorsLayer::very_permissive() echoes any origin', credentials: true }); break;
      case 'CorsLayer::permissive': hits.push({ offset: at, what: 'tower-http CorsLayer::permissive() allows any origin' }); break;
      case 'Cors::permissive': hits.push({ offset: at, what: 'actix-cors Cors::permissive() echoes any origin', credentials: true }); break;
      case 'AllowOrigin::any': hits.push({ offset: at, what: 'tower-http AllowOrigin::any() allows any origin' }); break;
      case 'AllowOrigin::mirror_request': hits.push({ offset: at, what: 'tower-http AllowOrigin::mirror_request() reflects any origin', credentials }); break;
      default: hits.push({ offset: at, what: 'rocket_cors AllowedOrigins::all() allows any origin', credentials });
    }
  }
  for (const call of findCalls(src, /allow_any_origin|allow_origin/)) {
    const name = call.callee.split('.').pop();
    const arg = call.args[0];
    if (name === 'allow_any_origin') hits.push({ offset: call.start, what: 'actix-cors .allow_any_origin() allows any origin', credentials });
    else if (name === 'allow_origin' && arg && RUST_ANY.test(arg.value.trim())) hits.push({ offset: arg.start, what: `tower-http .allow_origin(${quoteSource(arg.value.trim())}) allows any origin` });
  }
  return hits;
}

/** Spring Boot, Quarkus and Micronaut configuration: `application.properties`, `application-prod.yml`… */
const SPRING_CONFIG = /(?:^|\/)application[^/]*\.(?:properties|ya?ml)$/i;
/** A properties line; Quarkus profile prefixes (`%prod.`, `%dev,test.`) are part of the key. */
const SPRING_PROPS_LINE = /^[ \t]*([%A-Za-z0-9_.,[\]~-]+)[ \t]*[=:][ \t]*(.*)$/;
/** A YAML line: indent, list dash, a (possibly quoted: `"%prod":`) key and its value. */
const YAML_KEY_LINE = /^( *)(?:(-)[ \t]+)?(?:(["']?)([%A-Za-z0-9_.[\]~-]+)\3[ \t]*:(?:[ \t]+|$))?(.*)$/;
const ACTUATOR_CORS = 'management.endpoints.web.cors.';
/** A relaxed-binding key (`allowed-origins`, `allowedOrigins`, `allowed_origins[0]`) in one form. */
const canonKey = (key: string) => key.toLowerCase().replace(/\[\d+\]/g, '').replace(/[-_]/g, '');
const ACTUATOR_KEY = canonKey(ACTUATOR_CORS);

/** One setting of a properties or YAML file: its dotted path (YAML nesting joined), raw value and place; `item` marks a YAML list element. */
interface ConfigEntry { path: string; value: string; line: number; column: number; start: number; item: boolean }
type ConfigHit = { line: number; column: number; start: number; what: string; credentials: boolean; dev?: boolean; micronautOpen?: boolean; /** An `info` note instead (`what` unused). */ note?: string };

/** The settings of an `application*.properties`/`.yml` file (nested YAML keys joined with `.`, list elements, `---` documents restart the nesting); comments are skipped. */
function configEntries(file: string, text: string): ConfigEntry[] {
  const yaml = /\.ya?ml$/i.test(file);
  const out: ConfigEntry[] = [];
  const stack: { indent: number; key: string }[] = [];
  let listOf: { path: string; indent: number } | null = null;
  const lines = text.split('\n');
  let at = 0;
  for (let i = 0; i < lines.length; at += lines[i]!.length + 1, i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#') || (!yaml && trimmed.startsWith('!'))) continue;
    if (!yaml) {
      const m = SPRING_PROPS_LINE.exec(raw);
      if (m) out.push({ path: m[1]!, value: m[2]!, line: i + 1, column: raw.indexOf(m[2]!, raw.indexOf(m[1]!) + m[1]!.length) + 1, start: at, item: false });
      continue;
    }
    if (trimmed === '---') { stack.length = 0; listOf = null; continue; }
    // A trailing comment (` # …`); found with `search`, which stays linear on long runs of blanks.
    const hash = raw.search(/[ \t]#/);
    const m = YAML_KEY_LINE.exec(hash < 0 ? raw : raw.slice(0, hash));
    if (!m) continue;
    const indent = m[1]!.length;
    const column = raw.length - raw.trimStart().length + 1;
    const value = m[5]!.trim();
    if (m[2] && !m[4]) {
      // A list item: an element of the last key with no value.
      if (listOf && indent >= listOf.indent) out.push({ path: listOf.path, value, line: i + 1, column: column + 2, start: at, item: true });
      continue;
    }
    if (!m[4]) continue;
    while (stack.length && stack.at(-1)!.indent >= indent) stack.pop();
    stack.push({ indent, key: m[4] });
    const path = stack.map((s) => s.key).join('.');
    listOf = value ? null : { path, indent };
    if (value) out.push({ path, value, line: i + 1, column: raw.indexOf(value, indent + m[4].length) + 1, start: at, item: false });
  }
  return out;
}

/** A configuration value without quotes; a YAML flow list (`[a, b]`) or comma-separated value split into its items. */
const unquote = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, '$2');
const configItems = (value: string) => { const v = unquote(value.trimEnd()); return (/^\[.*\]$/.test(v) ? v.slice(1, -1) : v).split(',').map(unquote).filter((x) => x !== ''); };

/**
 * Spring Boot Actuator `management.endpoints.web.cors.allowed-origins=*` (or `allowed-origin-patterns`), in
 * `application*.properties` and `application*.yml` (nested keys, lists, comma-separated values).
 */
function springConfig(entries: ConfigEntry[]): ConfigHit[] {
  const found: { line: number; column: number; start: number; what: string; pattern: boolean }[] = [];
  let credentials = false;
  for (const e of entries) {
    const canon = canonKey(e.path);
    if (!canon.startsWith(ACTUATOR_KEY)) continue;
    const name = canon.slice(ACTUATOR_KEY.length);
    if (name === 'allowcredentials') { credentials ||= /^true$/i.test(unquote(e.value)); continue; }
    if (name !== 'allowedorigins' && name !== 'allowedoriginpatterns') continue;
    if (configItems(e.value).includes('*')) found.push({ line: e.line, column: e.column, start: e.start, what: `Spring Boot ${quoteSource(e.path)}: ${quoteSource(e.value)} allows any origin to the actuator endpoints`, pattern: name === 'allowedoriginpatterns' });
  }
  return found.map((f) => ({ line: f.line, column: f.column, start: f.start, what: f.what, credentials: f.pattern && credentials }));
}

/** A Quarkus key's profiles (`%prod.` → ['prod'], `%dev,test.` → ['dev', 'test']; none: every profile) and the key without them. */
function quarkusKey(path: string): { profiles: string[] | null; key: string } {
  const m = /^%([\w,-]+)\.(.*)$/.exec(path);
  const key = (m ? m[2]! : path).replace(/\.~$/, '').toLowerCase();
  return { profiles: m ? m[1]!.split(',').map((p) => p.toLowerCase()) : null, key };
}

/**
 * Quarkus: `quarkus.http.cors.origins=*` (alone) or an any-origin regex (`/.*\/`) where the CORS filter is on
 * (`quarkus.http.cors=true`, Quarkus 3's `quarkus.http.cors.enabled=true`) for the same profile (`%prod.` overrides the
 * unprefixed value, as Quarkus does). A `%dev.` value (or one only the dev profile enables) is a note; `%test.` is not read.
 * An unprefixed value that `%prod.` replaces applies to every other profile, custom ones (`staging`) included: a note that
 * names the override. An unset `origins` is not judged: it allowed any origin before Quarkus 2.16 and only the same origin since.
 */
function quarkusConfig(entries: ConfigEntry[], file: string): ConfigHit[] {
  const enabled = new Map<string, boolean>();
  const credentials = new Map<string, boolean>();
  const origins = new Map<string, { entry: ConfigEntry; items: string[] }>();
  const scope = (profiles: string[] | null) => profiles ?? [''];
  for (const e of entries) {
    const { profiles, key } = quarkusKey(e.path);
    if (key === 'quarkus.http.cors' || key === 'quarkus.http.cors.enabled') for (const p of scope(profiles)) enabled.set(p, /^true$/i.test(unquote(e.value)));
    else if (key === 'quarkus.http.cors.access-control-allow-credentials') for (const p of scope(profiles)) credentials.set(p, /^true$/i.test(unquote(e.value)));
    else if (key === 'quarkus.http.cors.origins') {
      for (const p of scope(profiles)) {
        const prev = origins.get(p);
        if (e.item && prev && prev.entry.path === e.path) prev.items.push(...configItems(e.value));
        else origins.set(p, { entry: e, items: configItems(e.value) });
      }
    }
  }
  const anyOrigin = (items: string[]) => (items.length === 1 && items[0] === '*') || items.some((o) => /^\/.*\/$/.test(o) && originRegexReach(o.slice(1, -1), { match: 'full' }) !== null);
  const on = (p: string) => enabled.get(p) ?? enabled.get('') ?? false;
  const effective = (p: string) => origins.get(p) ?? origins.get('');
  const hits: ConfigHit[] = [];
  const seen = new Set<ConfigEntry>();
  // Quarkus answers an allowed origin with that origin itself, never `*`: with credentials allowed for the profile, any
  // site reads credentialed responses.
  const withCredentials = (p: string) => credentials.get(p) ?? credentials.get('') ?? false;
  const hit = (o: { entry: ConfigEntry; items: string[] }, dev: boolean, profile: string) => {
    if (seen.has(o.entry)) return;
    seen.add(o.entry);
    const creds = withCredentials(profile);
    hits.push({ line: o.entry.line, column: o.entry.column, start: o.entry.start, what: `Quarkus ${quoteSource(o.entry.path)}=${quoteSource(o.items.join(','))} allows any origin${creds && dev ? ' with access-control-allow-credentials=true' : ''}`, credentials: creds, dev });
  };
  const isDevProfile = (p: string) => DEV_WORD.test(p);
  for (const [p, o] of origins) {
    if (!anyOrigin(o.items)) continue;
    if (p === '') {
      // The unprefixed value: what the prod profile runs unless `%prod.` replaces it.
      if (on('prod') && effective('prod') === o) hit(o, false, 'prod');
      else if (on('prod') && origins.has('prod') && !seen.has(o.entry)) {
        // Replaced for production by `%prod.` (judged on its own), used by every other profile where CORS is on.
        seen.add(o.entry);
        const prod = origins.get('prod')!.entry;
        hits.push({ line: o.entry.line, column: o.entry.column, start: o.entry.start, what: '', credentials: false, note: `Quarkus ${quoteSource(o.entry.path)}=${quoteSource(o.items.join(','))} allows any origin in every profile but prod (overridden by ${file}:${prod.line} for production; dev and any custom profile, such as staging, still use it: make sure those list their origins)` });
      } else if (on('dev') && effective('dev') === o) hit(o, true, 'dev');
    } else if (/^(?:test|tests|testing)$/.test(p)) continue;
    else if (on(p)) hit(o, isDevProfile(p), p);
  }
  return hits;
}

const MICRONAUT_CORS = 'micronaut.server.cors.';
const MICRONAUT_KEY = canonKey(MICRONAUT_CORS);
const MICRONAUT_CONFIGURATIONS_KEY = canonKey(`${MICRONAUT_CORS}configurations.`);

/**
 * Micronaut: `micronaut.server.cors.enabled: true` without `configurations` (its wide-open default: any origin, the
 * request's origin echoed with credentials) or with a configuration that sets neither `allowed-origins` nor
 * `allowed-origins-regex` (any origin) or whose `allowed-origins-regex` matches any origin (`.*`). Credentials are on
 * unless the configuration sets `allow-credentials: false`: the origin is echoed, so that is `critical`. The enabling
 * switch is read from the same file; a literal `allowed-origins: "*"` is not judged (Micronaut 4 compares origins literally).
 */
function micronautConfig(entries: ConfigEntry[]): ConfigHit[] {
  let enabled: ConfigEntry | null = null;
  const configs = new Map<string, { first: ConfigEntry; origins: boolean; regex: ConfigEntry | null; credentials: boolean }>();
  for (const e of entries) {
    const canon = canonKey(e.path);
    if (!canon.startsWith(MICRONAUT_KEY)) continue;
    const rest = e.path.slice(MICRONAUT_CORS.length);
    const name = canonKey(rest);
    if (name === 'enabled') { enabled = /^true$/i.test(unquote(e.value)) ? e : null; continue; }
    const m = /^configurations\.([^.]+)\.(.+)$/.exec(rest);
    if (!m) continue;
    const c = configs.get(m[1]!) ?? { first: e, origins: false, regex: null, credentials: true };
    configs.set(m[1]!, c);
    const key = canonKey(m[2]!);
    if (key === 'allowedorigins') c.origins = true;
    else if (key === 'allowedoriginsregex') c.regex = e;
    else if (key === 'allowcredentials') c.credentials = !/^false$/i.test(unquote(e.value));
  }
  if (!enabled) return [];
  const hits: ConfigHit[] = [];
  if (!configs.size) {
    hits.push({ line: enabled.line, column: enabled.column, start: enabled.start, what: `Micronaut ${quoteSource(enabled.path)}: true without configurations allows any origin (its wide-open default echoes the request's origin, credentials allowed)`, credentials: true, micronautOpen: true });
  }
  for (const [name, c] of configs) {
    if (c.regex && originRegexReach(unquote(c.regex.value), { match: 'full' }) !== null) hits.push({ line: c.regex.line, column: c.regex.column, start: c.regex.start, what: `Micronaut CORS configuration '${name}' allowed-origins-regex ${quoteSource(c.regex.value.trim())} matches any origin`, credentials: c.credentials });
    else if (!c.regex && !c.origins) hits.push({ line: c.first.line, column: c.first.column, start: c.first.start, what: `Micronaut CORS configuration '${name}' without allowed-origins allows any origin (the default)`, credentials: c.credentials });
  }
  return hits;
}

/** Whether a Micronaut configuration file defines CORS `configurations` (another file of the folder may restrict what one file enables). */
const micronautConfigures = (entries: ConfigEntry[]) => entries.some((e) => canonKey(e.path).startsWith(MICRONAUT_CONFIGURATIONS_KEY));

const KTOR_INSTALL = /\binstall\s*\(\s*(?:[\w.]+\.)?CORS\s*\)\s*\{/g;
const KTOR_TRUE_LAMBDA = /^\{\s*(?:\w+\s*->\s*)?true\s*\}$/;

/**
 * Ktor (Kotlin): an `install(CORS) { … }` block that calls `anyHost()`, `allowHost("*")` (Ktor 1's `host("*")`), both
 * of which Ktor turns into any host, or `allowOrigins { true }`. With `allowCredentials = true` in the block Ktor sends
 * the request's origin back instead of `*` (and `allowOrigins` always does), so any site makes authenticated requests.
 */
function ktorCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  for (const m of src.bare.matchAll(KTOR_INSTALL)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    const block = src.bare.slice(open, close);
    const credentials = /(?<![\w.])allowCredentials\s*=\s*true\b/.test(block);
    for (const call of findCalls(src, /anyHost|allowHost|host|allowOrigins/)) {
      // Calls of the block itself (not of a nested block's receiver).
      if (call.start < open || call.close > close || !/^(?:this\.)?(?:anyHost|allowHost|host|allowOrigins)$/.test(call.callee)) continue;
      const name = call.callee.replace(/^this\./, '');
      if (name === 'anyHost' && !call.args.length) hits.push({ offset: call.start, what: 'Ktor CORS anyHost() allows any origin', credentials });
      else if ((name === 'allowHost' || name === 'host') && call.args[0] && stringValue(call.args[0].value) === '*') hits.push({ offset: call.start, what: `Ktor CORS ${name}("*") allows any origin (Ktor reads it as anyHost())`, credentials });
    }
    // `allowOrigins { true }` / `allowOrigins { _ -> true }`: a trailing lambda, no parentheses.
    for (const a of block.matchAll(/(?<![\w.])allowOrigins\s*(?:\(\s*\))?\s*\{/g)) {
      const lambdaOpen = open + a.index + a[0].length - 1;
      const lambdaClose = matchBracket(src, lambdaOpen);
      if (lambdaClose > 0 && KTOR_TRUE_LAMBDA.test(src.code.slice(lambdaOpen, lambdaClose + 1))) hits.push({ offset: open + a.index, what: 'Ktor CORS allowOrigins { true } accepts any origin and echoes it', credentials });
    }
  }
  return hits;
}

const MAX_FRAMEWORK_HITS = 50;

/** A cheap literal each framework reader needs before a file in its language is lexed, and the reader. */
function frameworkReader(file: string, text: string): ((src: Source) => Hit[]) | null {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'rb' || ext === 'ru') return text.includes('origins') ? rackCors : null;
  if (ext === 'php') return containsAnyCase(text, 'allowed_origins', 'allowedorigins') ? laravelCors : null;
  if (ext === 'java' || ext === 'kt' || ext === 'kts') {
    const spring = text.includes('llowedOrigin') || text.includes('CrossOrigin') || text.includes('addMapping') || text.includes('applyPermitDefaultValues');
    const ktor = ext !== 'java' && text.includes('CORS') && /\b(?:anyHost|allowHost|host|allowOrigins)\b/.test(text);
    return spring && ktor ? (src) => [...springCors(src), ...ktorCors(src)] : spring ? springCors : ktor ? ktorCors : null;
  }
  if (ext === 'cs') return text.includes('AllowAnyOrigin') || text.includes('SetIsOriginAllowed') || text.includes('WithOrigins') ? aspNetCors : null;
  if (ext === 'rs') return text.includes('CorsLayer') || text.includes('AllowOrigin') || text.includes('Cors::') || text.includes('allow_any_origin') ? rustCors : null;
  if (ext === 'go') {
    const readers = [
      ...(text.includes('/cors"') ? [goCors] : []),
      ...(text.includes('labstack/echo') || text.includes('gofiber/fiber') ? [echoFiberCors] : []),
      ...(text.includes('gorilla/handlers') ? [gorillaCors] : []),
    ];
    return readers.length ? (src) => readers.flatMap((r) => r(src)) : null;
  }
  if (ext === 'ex' || ext === 'exs') return text.includes('CORSPlug') ? corsPlug : null;
  return null;
}

/** Development-only code in other stacks: `if (env.IsDevelopment())`, `@Profile("dev")`. */
const OTHER_DEV_HEADER = /(?<!!\s*(?:[\w.]+\.)?)\bIsDevelopment\(\)|@Profile\(\s*(?:value\s*=\s*)?[{[]?\s*"(?:dev|devel|development|local)"/;
/** Development configuration files of other stacks: Rails `config/environments/development.rb`, Spring `application-dev.yml`. */
const OTHER_DEV_FILE = /(?:^|\/)(?:config\/environments\/development\.rb|application-(?:dev|devel|develop|development|local|debug)\.(?:properties|ya?ml))$/i;
const devCode = (src: Source, at: number) => inDevBranch(src, at) || (src.lang === 'js' && enclosingHeaders(src, at).some((h) => OTHER_DEV_HEADER.test(h)));

const CORS_PLUG_CONFIG = /(?<![\w.])config\s*\(?\s*:cors_plug\b/g;
/** Production Elixir config files (`config/dev.exs`, `config/test.exs` do not deploy; nor do `:dev`/`:test` blocks in the others: elixirEnvAt). */
const isElixirProdConfig = (f: string) => /(?:^|\/)config\/[^/]+\.exs$/.test(f) && !/(?:^|\/)config\/(?:dev|test)\.exs$/.test(f) && !isDevOnly(f) && !isTestFile(f) && !isTemplate(f);
/** Which config files a value in this one gives way to: `config.exs` to `prod.exs` and `runtime.exs` (loaded after it), the others to `runtime.exs`. */
const elixirConfigRank = (f: string) => (/(?:^|\/)config\/config\.exs$/.test(f) ? 0 : /(?:^|\/)config\/runtime\.exs$/.test(f) ? 2 : 1);

/**
 * cors_plug's application config, `config :cors_plug, origin: […]`, in production config files: whether any sets the
 * origin (a bare `plug CORSPlug` then uses it rather than its `"*"` default), and the origins that allow any origin
 * (`"*"`, a list holding it, an any-origin regex), each a finding at its line unless a config file loaded later in the
 * same folder (`prod.exs`, `runtime.exs`) sets an origin that is no wildcard. Read once per run.
 */
const corsPlugConfig = perView(function corsPlugConfig(snapshot: SnapshotView): { configured: boolean; hits: { file: string; line: number; column: number; what: string; credentials: boolean }[] } {
  const origins: { file: string; src: Source; origin: Arg; credentials: boolean; hit: Hit | null }[] = [];
  for (const file of snapshot.files.filter(isElixirProdConfig)) {
    const text = snapshot.text(file);
    if (!text?.includes(':cors_plug')) continue;
    const src = otherSource(file, text);
    const fileEnvs = elixirConfigFile(file)?.envs;
    for (const m of src.bare.matchAll(CORS_PLUG_CONFIG)) {
      // A `config :cors_plug` in a development or test block of `runtime.exs`/`config.exs` (`if config_env() == :dev do`)
      // configures nothing in production, as `dev.exs` does not.
      if (!deploysIn(elixirEnvAt(src, m.index, fileEnvs).envs)) continue;
      const options = elixirOptions(src, m.index + m[0].length);
      const origin = options.find((o) => o.name === 'origin');
      if (!origin) continue;
      const credentials = options.find((o) => o.name === 'credentials')?.value.trim() !== 'false';
      origins.push({ file, src, origin, credentials, hit: corsPlugOrigin(src, origin, credentials, 'config :cors_plug') });
    }
  }
  const narrowedLater = (file: string) => origins.some((o) => !o.hit && dirname(o.file) === dirname(file) && elixirConfigRank(o.file) > elixirConfigRank(file)
    && (elixirConfigRank(o.file) === 2 || /(?:^|\/)config\/prod\.exs$/.test(o.file)));
  return {
    configured: origins.length > 0,
    hits: origins.filter((o) => o.hit && !narrowedLater(o.file)).map(({ file, src, hit }) => ({ file, line: src.lineAt(hit!.offset), column: src.columnAt(hit!.offset), what: hit!.what, credentials: hit!.credentials ?? false })),
  };
});

/** Any-origin CORS in code and config. */
export const corsWildcard = defineCheck({
  id: 'cors-wildcard',
  title: 'CORS does not allow any origin',
  // The allow-list, and a grant of any origin: "CORS allows all origins (public API, no cookies)" ("No wildcard CORS" is the promise).
  safeguard: CORS_SAFEGUARD,
  waiver: CORS_WAIVER,
  severity: 'high',
  description: 'No any-origin CORS in code or config (Flask-CORS, Django, FastAPI/Starlette, Litestar, aiohttp-cors, Express, NestJS, Fastify, Socket.IO, rack-cors, Laravel, Spring, Ktor, Quarkus, Micronaut, Play, ASP.NET Core, Go gin/rs/chi cors, Echo, Fiber and gorilla/handlers, Elixir CORSPlug, Strapi, Directus, Nuxt/Nitro route rules, Firebase Functions, AWS CDK, SAM/CloudFormation and Serverless Framework, a literal Access-Control-Allow-Origin: * header in any language, nginx, Apache, Traefik, Caddy, HAProxy, IIS, lighttpd, Istio, ingress-nginx annotations, CORS_ORIGINS=*).',
  match: [
    {
      ...CORS_ANY_ORIGIN,
      note: 'a promise that CORS config allows no wildcard: the check reads CORS settings',
    },
    { ...CORS_WILDCARD_UNDER_HEADING, note: 'wildcard under a CORS heading' },
    { ...CORS_ALLOW_LIST, note: 'a promise that CORS allows only the origins it names: the check fails a wildcard or reflected origin' },
    { ...CORS_ALLOW_LIST_UNDER_HEADING, note: 'allowed origins named under a CORS heading' },
    { ...CORS_CONFIGURED_PROPERLY, note: 'CORS said to be properly configured or locked down: the check fails a wildcard or reflected origin' },
    { ...CORS_NOT_REFLECTED, note: 'a promise that a foreign origin is not echoed: the check fails configurations that reflect it' },
    { ...CORS_CONFIG_LISTED, note: 'a CORS library given an explicit origin list (or not the wildcard): the check reads its configuration' },
    { ...CORS_ANY_ORIGIN_CALL_REFUSED, note: 'a promise that an any-origin call or setting (`Cors::permissive()`, `anyHost()`, `CORS(app)` without origins, `allow_origins=["*"]`) is not used: the check reads these calls' },
    { ...CORS_NOT_PERMISSIVE, note: 'a promise that CORS is not permissive or wide open: the check fails any-origin CORS' },
    {
      // Django's switch named and turned off. Only this check: the live probe would also pass an
      // any-origin regex (CORS_ALLOWED_ORIGIN_REGEXES) that the promise does not speak of.
      // Also the switch turned on and refused: "no `CORS_ALLOW_ALL_ORIGINS = True`", "Never set `CORS_ORIGIN_ALLOW_ALL = True`",
      // "`CORS_ALLOW_ALL_ORIGINS = True` removed" (as debug-mode reads `DEBUG = True` refused), the refusal in the same clause
      // (not "No cookies are used, `CORS_ALLOW_ALL_ORIGINS = True`"), and the switch refused by name, the refusal right before
      // it: "CORS: only our frontends (no `CORS_ALLOW_ALL_ORIGINS`)", "Never `CORS_ALLOW_ALL_ORIGINS`". Not a name a refusal
      // elsewhere in the item leaves standing, which grants it: "Public API has no auth: `CORS_ALLOW_ALL_ORIGINS` on purpose",
      // "Without a gateway we rely on `CORS_ALLOW_ALL_ORIGINS`".
      pattern: /\bcors_(?:allow_all_origins|origin_allow_all)\b[^;]*\b(?:false|off|disabled|not (?:set|enabled|true))\b|\b(?:no|not|never|without|remov\w*|delet\w*|drop(?:s|ped|ping)?)\b[^;:,]*\bcors_(?:allow_all_origins|origin_allow_all) ?= ?true\b|\b(?:no|not(?: using| setting| enabling)?|never(?: (?:use|uses|used|set|sets|enable|enables|enabled|turn on))?|without|remov\w*|delet\w*|drop(?:s|ped|ping)?) (?:the |any |a )?cors_(?:allow_all_origins|origin_allow_all)\b(?! ?(?:=|:|is|set to) ?(?:false|off|0)\b)|\bcors_(?:allow_all_origins|origin_allow_all) ?= ?true\b[^;]*\b(?:not|never|removed|deleted|dropped|gone)\b/,
      note: 'a promise that Django\'s allow-all switch is off: the check reads the setting',
    },
  ],
  docs: {
    why: 'Any-origin CORS lets every website read your API\'s responses from a visitor\'s browser; combined with credentials the browser sends cookies and any site can act as the logged-in user.',
    fix: 'List the allowed origins explicitly, in the stack the finding is in (each finding in a code or framework file names its own): Python `origins=["https://app.example.com"]`/`allow_origins=[…]`, Node `cors({ origin: […] })`, rack-cors `origins \'https://app.example.com\'`, Spring `allowedOrigins("https://app.example.com")`, ASP.NET Core `WithOrigins(…)`, Go `AllowedOrigins([]string{"https://app.example.com"})`, tower-http/actix-cors `allow_origin`/`allowed_origin`, CORSPlug `origin: ["https://app.example.com"]`; in nginx, Apache or an ingress, the allowed origins mapped from `$http_origin`.',
    details: [
      'Python: Flask-CORS `CORS(app)`/`cors.init_app(app)` (also of a `cors = CORS()` bound in another module of the project: `extensions.py`)/`@cross_origin()` without `origins` (the library default is `*`) unless the repository configures `CORS_ORIGINS`/`CORS_RESOURCES` anywhere; `origins="*"`, `["*"]` or an any-origin regex (`.*`); `resources={r"/*": {"origins": "*"}}` or a resource without origins. Flask-CORS option dicts are judged like a call\'s options: Superset\'s `CORS_OPTIONS = {"origins": ["*"], "supports_credentials": True}` in `superset_config.py` (also `CORS_CONFIG`, `dict(origins="*")`, and any dict a Flask-CORS call of the project spreads, `CORS(app, **app.config["CORS_OPTIONS"])`, `opts = {…}` with `CORS(app, **opts)`): origins `*`/`["*"]`/an any-origin regex, or none (the default `*`), when `ENABLE_CORS = True` in the same module or a Flask-CORS call of the project spreads the dict; `ENABLE_CORS = False` (or no `ENABLE_CORS` and nothing spreading it: Superset\'s default leaves CORS off) reports nothing, and a call that spreads a dict is not judged itself. Django `CORS_ALLOW_ALL_ORIGINS = True` / `CORS_ORIGIN_ALLOW_ALL = True` (also read from the environment with a true default, `env.bool("CORS_ALLOW_ALL", default=True)`, unless the deploy environment sets the variable), an any-origin regex in `CORS_ALLOWED_ORIGIN_REGEXES` (`[r".*"]`, formerly `CORS_ORIGIN_REGEX_WHITELIST`); `CORS_ORIGINS = "*"` (or a prefixed name: pydantic `BACKEND_CORS_ORIGINS: list[str] = ["*"]`) in settings, `app.config[…]` or `app.config.update(…)`, also as the fallback of an environment read (`CORS_ORIGINS = os.getenv("CORS_ORIGINS", "*")`, unless the deploy environment sets the variable). FastAPI/Starlette `CORSMiddleware` with `allow_origins=["*"]` or `allow_origin_regex=".*"`, calls spanning lines included. Flask-SocketIO and python-socketio `cors_allowed_origins="*"` (they echo the origin with credentials unless `cors_credentials=False`: `critical`). Litestar `CORSConfig(allow_origins=["*"])`, or `CORSConfig()` without origins (its default is `["*"]`), in a module importing litestar/starlite (with `allow_credentials=True` Litestar echoes the origin of a request with cookies: `critical`; `CORSConfig(**options)` is not judged). aiohttp-cors: a `"*"` origin key in `aiohttp_cors.setup(app, defaults={"*": aiohttp_cors.ResourceOptions(…)})` or `cors.add(route, {"*": …})` (aiohttp-cors answers every origin with that origin itself: `critical` with `allow_credentials=True`). The origins of these calls may also be an environment read whose fallback is `*` (`allow_origins=os.getenv("ALLOWED_ORIGINS", "*").split(",")`, Flask-CORS `origins=os.environ.get("CORS_ORIGINS", "*")`, `config("X", default="*", cast=Csv())`, a list of such a read or a comprehension over it, a module-level name holding one): any origin unless the deploy environment sets the variable (set to `*` there, it is still any origin, and the message names that setting), `critical` with credentials as above; a fallback that lists origins passes.',
      'JavaScript/TypeScript: the `cors` package called without options, without `origin`, or with `origin: "*"`/`origin: true`, a RegExp that matches any origin (`origin: /.*/`, `/^https?:\\/\\/.*$/`, also in a list: the package echoes the origin it matches, `critical` with `credentials: true`; an allow-list RegExp, `/\\.example\\.com$/`, passes) or an origin callback that allows every origin (`(origin, cb) => cb(null, true)`, or one that answers `cb(null, origin)` or `cb(null, \'*\')` on every path: the caller\'s origin echoed back; one that ever refuses or checks a list passes), or an origin read from the environment whose fallback, the value production gets when the variable is unset, is judged as the origin itself: `origin: process.env.CORS_ORIGIN || "*"` (any origin), NestJS `configService.get("CORS_ORIGIN", "*")` (also `get<string>(…)`, `getOrThrow(…)`, `this.config.get(…)`, and the service under another name the module gives it: a receiver typed `ConfigService`, `const config = app.get(ConfigService)`; node-config\'s `config.get(key)` takes no default and is not read so: `@nestjs/config` returns the default whenever the variable is unset; any origin), a convict schema setting named for CORS origins by its key or variable whose `default` is `*` (`corsOrigin: { doc, format: String, default: "*", env: "CORS_ORIGIN" }` in a module loading `convict`: the value production gets unless the variable is set; without `env`, always), `process.env.CORS_ORIGIN || true`, `process.env.CORS_ORIGINS?.split(",") ?? true`, `process.env.CORS_ORIGIN ? … : true` (echoed, `critical` with `credentials: true`; a fallback that lists origins passes), unless the deploy environment sets the variable (when it sets it to `*` the fallback never applies either: the read is judged with that `*` instead, and the message names the setting: `process.env.CORS_ORIGINS?.split(",") ?? true` gives `[\'*\']`, an `info` note as below, and `process.env.CORS_ORIGIN || true` gives `\'*\'`, any origin; the deploy value itself is reported where it is set) (options in a same-file `const` are followed, and so are options imported from a relative module of the project, judged where they are written, at their `origin`, when a production module passes them to `cors()`, `enableCors()`, @fastify/cors, @koa/cors, Hono, Elysia, oak\'s `oakCors()` or Socket.IO\'s `cors` (`const corsOptions = require(\'./config/cors\')` with `module.exports = { origin: \'*\', credentials: true }`, `import corsOptions from \'./config/cors.js\'` with `export default {…}`, `import { corsOptions } from \'../config\'` with `export const corsOptions = {…}` in `config/index.ts`, `exports.corsOptions = {…}`, `require(\'./config\').corsOptions` of `module.exports = { corsOptions: {…} }`; an exported object no module passes to a CORS middleware is not judged, one only development code passes gives a note, and a package\'s module, `require(\'cors-config\')`, is not followed); a shorthand `{ origin }` is an origin option held in a variable and passes, a shorthand method `origin(origin, cb) { … }` is judged as an origin callback); NestJS `app.enableCors()` likewise and `NestFactory.create(…, { cors: true })`; Fastify `register(cors)` from `@fastify/cors` (a module required inline counts too: `app.use(require(\'cors\')())`); Koa `@koa/cors` and Hono `cors()` (`hono/cors`; under Deno and from CDNs also `npm:hono/cors`, `jsr:@hono/hono/cors` and its import-map alias `@hono/hono/cors`, `https://deno.land/x/hono@…/middleware.ts`, `https://esm.sh/hono/cors`, and any other bare specifier the deno.json/deno.jsonc import map, or the `importMap` file it names, resolves to one of them: `"$hono/": "https://deno.land/x/hono@v4.3.11/"` with `$hono/middleware.ts`) without an origin or with `\'*\'`, a `@koa/cors` origin function that returns the request\'s Origin (`(ctx) => ctx.get(\'Origin\')`, `ctx.request.headers.origin`: echoed, `critical` with `credentials: true`), and a Hono origin function that returns the request\'s origin unchanged (`(origin) => origin`, `(origin, c) => c.req.header(\'Origin\')`: echoed, `critical` with `credentials: true`; one that checks the origin passes); `\'*\'` inside an origin list (`origin: [\'*\']`) of the `cors` package, @fastify/cors, NestJS, Socket.IO or Hono is an `info` note, not any origin (they compare list entries literally, so it matches no origin); TypeScript calls with type arguments count as calls (`cors<cors.CorsRequest>()`, Apollo Server 4\'s documented setup; `new Server<C2S, S2C>(…)`); Elysia `@elysiajs/cors` without an origin (its defaults are origin `true` and credentials `true`: it echoes any origin with credentials, `critical`). Deno oak `oakCors()` (imported by name from `https://deno.land/x/cors/mod.ts`, `jsr:@tajpouria/cors` or a `deps.ts` re-exporting it) is judged like the `cors` package it ports: without options or with `origin: \'*\'` any origin, `origin: true` echoes it (`critical` with `credentials: true`). hapi (in a file that requires or imports `@hapi/hapi` or `hapi`): the `cors` route option of the server\'s route defaults (`Hapi.server({ routes: { cors: true } })`) or of a route (`server.route({ method, path, options: { cors } })`, hapi 16\'s `config: { cors }`): `cors: true` or a `cors` object without `origin` takes hapi\'s default `origin: [\'*\']`, and `[\'*\']` (or `\'*\'`) matches any origin, which hapi echoes back (`critical` with `credentials: true`); `origin: \'ignore\'` sends a literal `*` (any origin, not `critical`); an entry with a wildcard that admits every site over a scheme (`\'https://*\'`) is echoed like `*`, one naming a domain (`\'https://*.example.com\'`) passes. A route\'s `cors` merges over the server\'s route defaults of the same file (a route without `origin` inherits the server\'s; judged at the server unless the route adds `credentials: true`), and without them is judged only where the file makes the server (`Hapi.server(…)`, `new Hapi.Server()`); a plugin\'s `options` (`server.register({ plugin, options: { cors } })`) are not route options. Strapi: a `{ name: \'strapi::cors\', config: { origin } }` entry of `config/middlewares.js`/`.ts` (also `config/env/<env>/middlewares.*`; `development` gives a note, and a base `config/middlewares.*` origin is an `info` note when the project\'s `config/env/production/middlewares.*` sets the `strapi::cors` origin itself: Strapi merges that file over the base one when NODE_ENV=production, and it is judged where it is written) whose origin is `\'*\'`, a list or comma-separated string holding `*` (`[\'*\']`), or an `env()`/`env.array()` read whose default is `*` (unless the deploy environment sets the variable): Strapi\'s cors middleware answers any origin for it by echoing the caller\'s origin (Strapi 5\'s origin matcher; earlier, @koa/cors echoed `*` whenever credentials were on), and its `credentials` default is true, so these are `critical` unless `credentials: false`; the bare `\'strapi::cors\'` and a config without `origin` keep Strapi\'s own default (the same `*` with credentials), the scaffold of every Strapi project, and are not judged. Nuxt/Nitro `routeRules` with `cors: true` (`\'/api/**\': { cors: true }`, in `nuxt.config.*` or `nitro.config.*`, also under `nitro:`): Nitro sends `Access-Control-Allow-Origin: *` for it, unless the rule\'s own `headers` set that header (a literal `*` there is judged as a header; headers held in a variable or spread are not judged). Socket.IO servers (`new Server(http, { cors: { origin: \'*\' } })` from `socket.io`, `require(\'socket.io\')(http, { cors })`) and NestJS `@WebSocketGateway({ cors })`: their `cors` option goes to the `cors` package and is judged like it (`cors: true` is its defaults: any origin; no `cors` option sends no CORS headers and passes). Any language: a literal `Access-Control-Allow-Origin` header set to `*` (`res.setHeader(…, \'*\')`, `headers[…] = \'*\'`, h3/Nuxt `setResponseHeader(event, …, \'*\')`, Nuxt/Nitro `routeRules` `headers`, an object given to `res.writeHead`/`res.set`, a `new Response(…, { headers })` or returned with a `statusCode`, Next.js `{ key, value: \'*\' }` (judged by its rule\'s `source`, as the static hosts\' rules below); PHP `header("Access-Control-Allow-Origin: *")`, Go `w.Header().Set(…, "*")`, Java `response.setHeader`, C# `Headers.Add`, Ruby `headers[…] = \'*\'` and a headers hash `{ \'Access-Control-Allow-Origin\' => \'*\' }` (Rails `config.action_dispatch.default_headers`, `headers.merge!`, a Rack response, Sinatra\'s `headers \'Access-Control-Allow-Origin\' => \'*\'`), Elixir `put_resp_header(conn, …, "*")`, Rust actix `insert_header((…, "*"))`, in `.py`, JS/TS, `.php`, `.go`, `.java`, `.kt`, `.scala`, `.groovy`, `.cs`, `.rb`, `.rs`, `.ex`/`.exs` files).',
      'Ruby: rack-cors `allow do … end` blocks (`config/initializers/cors.rb`, `config/application.rb`, `config.ru`) whose `origins` include `\'*\'`, an any-origin regex (`/.*/`), a block that returns `true`, or `ENV.fetch(\'CORS_ORIGINS\', \'*\')` (its block form `ENV.fetch(\'CORS_ORIGINS\') { \'*\' }` and `ENV[\'CORS_ORIGINS\'] || \'*\'` too; unless the deploy environment sets the variable). PHP: Laravel `config/cors.php` `\'allowed_origins\' => [\'*\']`, `\'allowed_origins_patterns\' => [\'.*\']`, or `env(\'CORS_ALLOWED_ORIGINS\', \'*\')` whose `*` default stands unless the deploy environment sets the variable (barryvdh/laravel-cors\'s `allowedOrigins` too). Java/Kotlin (Spring): `allowedOrigins("*")`, `allowedOriginPatterns("*")`, `CorsConfiguration` `addAllowedOrigin`/`addAllowedOriginPattern`/`setAllowedOrigins(List.of("*"))` (`CorsConfiguration.ALL` too; Kotlin `allowedOrigins = listOf("*")`), `registry.addMapping(…)` without origins and `applyPermitDefaultValues()` (both default to all origins), `@CrossOrigin("*")`, `@CrossOrigin(origins = "*")` and a `@CrossOrigin` without origins; Spring Boot `management.endpoints.web.cors.allowed-origins=*` (or `allowed-origin-patterns`) in `application*.properties`/`.yml`. Ktor (Kotlin): an `install(CORS) { … }` block calling `anyHost()`, `allowHost("*")` (Ktor 1 `host("*")`; Ktor reads both as any host) or `allowOrigins { true }`; with `allowCredentials = true` in the block Ktor echoes the request\'s origin instead of `*` (`allowOrigins` always echoes it): `critical`. Quarkus: `quarkus.http.cors.origins=*` (alone) or an any-origin regex (`/.*/`) where `quarkus.http.cors=true` (or `quarkus.http.cors.enabled=true`) turns the filter on for the same profile, in `application*.properties`/`.yaml` (`%prod.` values replace unprefixed ones: an unprefixed value a `%prod.` one replaces is a note naming the override, as every other profile, custom ones such as `staging` included, still uses it; a `%dev.` value, or an unprefixed one only the dev profile enables, is a development-only note; `%test.` is not read); Quarkus answers with the caller\'s origin, so with `quarkus.http.cors.access-control-allow-credentials=true` for the same profile it is `critical`; an unset `origins` is not judged (it allowed any origin before Quarkus 2.16, only the same origin since). Micronaut: `micronaut.server.cors.enabled: true` without `configurations` (its wide-open default, unless another configuration file of the folder defines them) or with a configuration that sets neither `allowed-origins` nor `allowed-origins-regex`, or whose `allowed-origins-regex` matches any origin (`.*`); Micronaut echoes the origin with credentials unless `allow-credentials: false`, so these are `critical` (a literal `allowed-origins: "*"` is not judged: Micronaut 4 compares origins literally). Play Framework (`conf/*.conf`, HOCON, nested objects too): `play.filters.cors.allowedOrigins = null` (all origins) or `["*"]` (any origin since Play 2.9), and `play.filters.enabled += "play.filters.cors.CORSFilter"` where no conf file of the folder sets `allowedOrigins` (its default is null); with `supportsCredentials` (on unless set to false) Play echoes the origin with credentials: `critical` (`["*"]` stays `high`). A CORS filter enabled in Scala/Java code (`CORSComponents`) is not judged. Symfony: NelmioCorsBundle `allow_origin: [\'*\']` (or an any-origin regex with `origin_regex: true`) in `config/packages/nelmio_cors.yaml`, under `defaults` or a path (`config/packages/dev/…` gives a note). C#: ASP.NET Core `AllowAnyOrigin()`, `WithOrigins("*")`, `SetIsOriginAllowed(_ => true)`. Go: gin-contrib/cors `cors.Default()`, `cors.Config{AllowAllOrigins: true}` or `AllowOrigins: []string{"*"}` (also assigned to a `DefaultConfig()`); rs/cors and go-chi/cors `cors.Default()`, `cors.AllowAll()`, `cors.Options{AllowedOrigins: []string{"*"}}` or without `AllowedOrigins` (their default); an `AllowOriginFunc` that returns `true`; Echo `middleware.CORS()` and `CORSWithConfig` without `AllowOrigins` or with `"*"`; Fiber `cors.New()` and a `cors.Config` without `AllowOrigins`, with `"*"`, or with an `AllowOriginsFunc` returning `true`; rs/cors and go-chi/cors origins that are a scheme and a lone wildcard (`[]string{"https://*", "http://*"}`, go-chi/cors\'s README example: the one `*` matches any host, and the origin is echoed); gorilla/handlers `handlers.AllowedOrigins([]string{"*"})`, `handlers.CORS(…)` whose options (written in the call, not held in variables) set no origins (its default allows every origin) and an `AllowedOriginValidator` returning `true`. Elixir: cors_plug `plug CORSPlug, origin: "*"` or a list holding `"*"` (the plug\'s own top-level options only: an `origin:` nested in another option\'s value is not read), `plug CORSPlug` without `origin` (its default is `"*"`) unless a production `config/*.exs` file (not `dev.exs`/`test.exs`, nor a development or test block of another: `if config_env() == :dev do` in `runtime.exs`) sets `config :cors_plug, origin: …`, and an any-origin regex (`origin: ~r/.*/`); such a wildcard set in production config (`config :cors_plug, origin: ["*"]` in `config.exs`, `prod.exs`, `runtime.exs` outside a development or test block…) is a finding at that line, unless a config file loaded after it (`prod.exs` or `runtime.exs` after `config.exs`, `runtime.exs` after the others) sets an origin that is no wildcard. Rust: tower-http `CorsLayer::permissive()`, `.allow_origin(Any)`, `AllowOrigin::any()`, `CorsLayer::very_permissive()` and `AllowOrigin::mirror_request()` (these echo the origin: `critical` with credentials, very_permissive\'s own default), actix-cors `Cors::permissive()` (echoes, credentials on: `critical`) and `.allow_any_origin()`, rocket_cors `AllowedOrigins::all()`. Only files that contain the library\'s names are lexed; an explicit allow-list passes.',
      'Config: `*CORS_ORIGINS=*` (and `CORS_ALLOWED_ORIGINS`, `CORS_ORIGIN`) or `CORS_ALLOW_ALL_ORIGINS=true` in `.env` files, compose, Kubernetes env and ConfigMaps, kustomize `configMapGenerator`/`secretGenerator` literals, fly.toml `[env]`, render.yaml `envVars`, serverless.yml `environment` (provider and functions), heroku.yml `setup.config`, App Engine app.yaml `env_variables`, DigitalOcean app spec `envs`, AWS descriptors (an ECS task definition — JSON whose top level has `containerDefinitions` beside `family`, also in the `taskDefinition` wrapper `aws ecs describe-task-definition` prints, or a bare JSON list of container definitions (Terraform\'s `file("containers.json")`), or Terraform `aws_ecs_task_definition` `container_definitions` written in the `.tf` file as `jsonencode([…])` or a heredoc of JSON (`var.*`, `${…}` interpolations, calls and `for` expressions are values Terraform computes, not read) — and Elastic Beanstalk `Dockerrun.aws.json` v2: each container\'s `environment` `{name, value}`; CloudFormation/SAM `AWS::ECS::TaskDefinition` `ContainerDefinitions` `Environment` `{Name, Value}`, `AWS::Serverless::Function`/`AWS::Lambda::Function` `Environment.Variables` and SAM `Globals.Function` (a Globals variable only when some `AWS::Serverless::Function` does not set it itself; the finding names the functions that inherit it), Heroku `app.json` `env` values (`{"value": …}` or a string; not `generator`, not Expo\'s app.json), a value written with `!Ref`, `!Sub`, `!GetAtt` or `Fn::…` being a reference, not read; Elastic Beanstalk `.ebextensions/*.config` `option_settings` of `aws:elasticbeanstalk:application:environment`, as a map or an `option_name`/`value` list; a file named for development giving notes) and Dockerfile `ENV`; nginx `add_header Access-Control-Allow-Origin *` (quoted too) and `more_set_headers`, in nginx files and in nginx configurations a Kubernetes ConfigMap holds (a `data` key like `default.conf`/`nginx.conf` with nginx directives, located at the line inside the YAML file; Helm templates too: a `{{ … }}` tag is read as the word it renders to, `server_name {{ .Values.host }};`, one standing alone, `{{- range … }}`, is set aside, and one whose tags break its braces is not judged, with an `info` note saying so; an nginx file with template tags, rendered when its container starts — gomplate, confd or dockerize `{{ .Env.HOST }}`, Jinja `{% if … %}`, docker-jitsi-meet\'s `rootfs/defaults/*.conf` —, is read the same way, its tags breaking its braces an `info` note, not a parse error); a variable holding the value is followed to a `set $cors_origin "*";` in the same or an enclosing block (a literal; a `set` inside an `if` is not followed) and to a `map $http_origin $cors` (below); Apache `Header [always] set Access-Control-Allow-Origin "*"` in `.htaccess` and `*.conf` (inside a `<FilesMatch>`/`<LocationMatch>`/`<Location>` limited to public static assets, h5bp\'s `<FilesMatch "\\.(eot|otf|tt[cf]|woff2?)$">`, an `info` note, as nginx\'s below), and Apache reflecting the caller\'s origin: `"%{ORIGIN}e"` set by `SetEnvIf Origin "^(.*)$" ORIGIN=$1` (a regex that matches any origin; an allow-list regex passes), `"%{Origin}i"` or `"expr=%{req:Origin}"` (unless the file checks the origin: a `SetEnvIf Origin` allow-list, an `<If>` on it), `critical` with `Header set Access-Control-Allow-Credentials "true"` in the file; static hosts\' header rules (`vercel.json` `headers`, Firebase Hosting\'s `firebase.json` `hosting.headers` (its `source` glob, `**/*.@(eot|otf|ttf|woff)`, or `regex`), `netlify.toml` `[[headers]]`, `_headers`, and Next.js `headers()` in `next.config.js`/`.mjs`/`.ts`: a rule\'s `source`, its headers written in the rule or in an array constant that rules name, `headers: fontHeaders` or spread; a header whose rules are not all known — a computed `source`, a constant used some other way — is judged as written; a rule whose path covers only public static assets, as nginx\'s static locations below — a folder of them, `/fonts/*`, `/assets/*`, `/static/*`, `/_next/static/(.*)`, or their extensions, `/*.woff2`, `/(.*).(woff|woff2|ttf)` — gives an `info` note; `/*`, `/(.*)` and `/api/*` fail); API Gateway and serverless functions, at the value: Serverless Framework `serverless.yml`, an `http` event\'s `cors: true` (API Gateway answers `Access-Control-Allow-Origin: *`), `cors: { origin: \'*\' }` or `origins` holding `\'*\'`, and `provider.httpApi.cors: true` or `allowedOrigins` holding `\'*\'` (a `cors` object that lists origins passes; other YAML files\' `cors` keys are not read); AWS SAM/CloudFormation YAML templates (with `Resources` and `AWSTemplateFormatVersion` or a `Transform`): `Globals.Api.Cors` or an `AWS::Serverless::Api`\'s `Cors` of `"\'*\'"` or with `AllowOrigin: "\'*\'"`, `Globals.HttpApi`/`AWS::Serverless::HttpApi` `CorsConfiguration: true` (SAM adds `*`), `AllowOrigins` holding `\'*\'` there, in `AWS::ApiGatewayV2::Api` and in Lambda function URLs (`FunctionUrlConfig.Cors`, `AWS::Lambda::Url`); AWS CDK code (TypeScript/JavaScript/Python files importing `aws-cdk-lib`, `@aws-cdk/…` or `aws_cdk`): `Cors.ALL_ORIGINS` (`defaultCorsPreflightOptions: { allowOrigins: apigw.Cors.ALL_ORIGINS }`) and `allowOrigins`/`allowedOrigins: [\'*\']`; firebase-functions v2 `onRequest({ cors: true }, …)` (from `firebase-functions/v2/https`, `firebase-functions/https` or `firebase-functions/v2`: the `cors` package with `origin: true`, any origin echoed) and `cors: \'*\'` (an origin list or RegExp passes; v1\'s `https.onRequest(app)` takes no options). API Gateway sends the literal `*`, so browsers send no credentials: not `critical`; Kubernetes Ingress annotations: ingress-nginx `nginx.ingress.kubernetes.io/enable-cors: "true"` with `cors-allow-origin: "*"` or with no `cors-allow-origin` (its default is `*`; a list of origins holding `*` is not any origin), at the origin annotation (else at `enable-cors`), and an `add_header`/`more_set_headers` `Access-Control-Allow-Origin *` line in a `configuration-snippet`/`server-snippet` (NGINX Inc `nginx.org/server-snippets`, `nginx.org/location-snippets`), at that line (`$http_origin` there reflects any origin unless the snippet checks it, as in an nginx file below; `critical` with `Access-Control-Allow-Credentials: true` in it). An Ingress whose CORS annotations were read (`enable-cors`, a snippet) is judged: it passes when they list origins. ingress-nginx sends the literal `*` for `cors-allow-origin: "*"`, so browsers send no credentials whatever `cors-allow-credentials` says: not `critical`. Directus (a compose service running the `directus/directus` image): `CORS_ORIGIN: "true"` with `CORS_ENABLED: "true"` in its `environment` or `env_file` echoes the request\'s origin, with credentials unless `CORS_CREDENTIALS` is false (Directus\'s default is true): `critical`; a list of origins passes, and `CORS_ORIGIN: "*"` is the literal `*` above.',
      'Other front servers and proxies, at the value: Traefik headers middleware `accessControlAllowOriginList` holding `*` (dynamic YAML/TOML, the Kubernetes `Middleware` resource, compose labels `traefik.http.middlewares.<name>.headers.accesscontrolalloworiginlist=*`, the name possibly holding compose variables as in `${STACK_NAME?Variable not set}-cors`; Traefik answers with a literal `*`, so credentials do not make it `critical`) and `accessControlAllowOriginListRegex` matching any origin (`.*`, `^https?://.*$`: the origin is echoed, `critical` with `accessControlAllowCredentials`); Caddy `header [matcher] Access-Control-Allow-Origin *` (or inside a `header { … }` block; `{header.Origin}` echoes it); HAProxy `http-response`/`http-after-response` `set-header`/`add-header Access-Control-Allow-Origin *` (and `rspadd`; `%[req.hdr(origin)]` without an `if`/`unless` condition echoes it); IIS `web.config` `<customHeaders><add name="Access-Control-Allow-Origin" value="*" />` and the IIS CORS module `<add origin="*">`; lighttpd `setenv.add-response-header` with `"Access-Control-Allow-Origin" => "*"`; Istio VirtualService `corsPolicy.allowOrigins` matching any origin (`exact: "*"`, `regex: ".*"` or any regex matching every origin as a whole, `https?://.*`, a `prefix` that is only a scheme: `prefix: "https://"`) and Envoy `allow_origin_string_match`: Envoy echoes the origin, `critical` with `allowCredentials: true`; ingress-nginx Helm values (`ingress.annotations` with `enable-cors: "true"` and `cors-allow-origin: "*"` or none) and the controller ConfigMap\'s `server-snippet`/`location-snippet`/`http-snippet` (or `controller.config` in Helm values) adding `Access-Control-Allow-Origin *`. A reflected origin echoed back with `Access-Control-Allow-Credentials: true` in the same file is `critical`.',
      `Config (as above) is read in ${COPILOT_ENV_DOC}`,
      'fly.toml response headers (`[http_service.http_options.response.headers]`, a `[[services.ports]]` port\'s `[services.ports.http_options.response.headers]`, or the same as an inline table or dotted keys): `Access-Control-Allow-Origin = "*"`, which Fly\'s proxy adds to every response of the app as nginx\'s `add_header` would, fails at the header (a literal `*`: not `critical`); `fly.<env>.toml` named for development (`fly.dev.toml`) gives notes.',
      'With credentials allowed (`supports_credentials=True`, `"supports_credentials": True` in an option dict, `allow_credentials=True`, `CORS_ALLOW_CREDENTIALS = True`) the Python libraries reflect the caller\'s origin, so any site can make authenticated requests: `critical` (an any-origin setting too, when code of its project allows credentials: `CORS_ALLOW_CREDENTIALS = True`, a Flask-CORS call with `supports_credentials=True`, or a `CORSMiddleware(…, allow_credentials=True)` whose `allow_origins` reads that setting, `allow_origins=[str(o) for o in settings.BACKEND_CORS_ORIGINS]`; a Flask-CORS call that does not pass `supports_credentials` too, `CORS(app)` included, when code of its project sets Flask-CORS\'s config key `CORS_SUPPORTS_CREDENTIALS = True` outside development code: Flask-CORS reads it from the app config); so does the JavaScript `cors` package (and NestJS, @fastify/cors) with `origin: true` and `credentials: true` — without `origin: true` it sends a literal `*`, which browsers refuse with credentials, so that stays `high`. Likewise NelmioCorsBundle with `allow_credentials: true` (it echoes the origin), @koa/cors with `credentials: true` (it then echoes the origin for `*`), Echo with `AllowCredentials` and `UnsafeWildcardOriginWithAllowCredentials`, Fiber\'s `AllowOriginsFunc` returning `true` with `AllowCredentials`, rack-cors with a regex or block and `credentials: true` in its `allow` block, Laravel with `\'supports_credentials\' => true`, Spring origin patterns (`allowedOriginPatterns("*")`) with `allowCredentials(true)` in the same file, ASP.NET Core `SetIsOriginAllowed(_ => true)` with `AllowCredentials()`, rs/cors and go-chi/cors with `AllowCredentials: true` (a `*` or a scheme wildcard), any Go `AllowOriginFunc` returning `true` with credentials, a gorilla/handlers `AllowedOriginValidator` returning `true` with `AllowCredentials()` in the file, and a CORSPlug any-origin regex (echoed, its `credentials` default is `true`; `credentials: false` keeps it `high`). Where the library refuses or defuses the combination it stays `high`: rack-cors will not boot with `\'*\'` and credentials, Spring 5.3+ rejects `allowedOrigins("*")` with credentials, ASP.NET Core rejects `AllowAnyOrigin()` with `AllowCredentials()`, and gin, gorilla/handlers (`"*"`) and CORSPlug (`"*"`) send a literal `*`, which browsers refuse with credentials.',
      'Origin regexes are judged alike in every library and server (Django `CORS_ALLOWED_ORIGIN_REGEXES`/`CORS_ORIGIN_REGEX_WHITELIST` and Flask-CORS origins as `re.match` reads them, Starlette `allow_origin_regex` as `re.fullmatch` does, Express/Fastify RegExp origins, rack-cors, Laravel patterns, NelmioCorsBundle, CORSPlug, Micronaut, Quarkus, nginx `if`/`map`, Apache, Traefik, Istio/Envoy; Python\'s and Ruby\'s `\\A`, `\\z`, `(?i)`, `(?P<name>…)` read as theirs): a regex is any-origin when it matches origins no allow-list admits (`.*`, `.+`, `^(.*)$`, `^https?://.*$`, `/\\Ahttps?:\\/\\/.*\\z/`), and so is one that admits every site over one scheme (`^https://.*$`, `^https://.+$`, `https://.*`, `^https://[^/]+$`, `^https://[\\w.-]+$`): any attacker serves a page over https, so it is graded like any origin (`critical` when the library echoes it with credentials) and the Python, JavaScript RegExp and rack-cors findings say "every site over its scheme" (the others say any origin). A regex naming a domain passes (`^https://([a-z0-9-]+\\.)*example\\.com$`), also one with unescaped dots or no end anchor (`^https://.*example.com`, which `evilexample.com` matches: a narrower flaw, not graded); a regex JavaScript cannot read is taken as an allow-list. An any-origin entry of a list of several entries (or one spread over lines) is named in the message and the finding points at it.',
      'A Python setting that allows any origin as a default (a base settings module or `Config` class) and is restricted in production code of the same project (`settings/production.py` next to `settings/base.py`, `class ProductionConfig`) is an overridden default and passes; only production code overrides, and only base configuration (a module or class whose name, config/settings words aside, is empty or says base: `base.py`, `common.py`, `settings.py`, `class Config`, `class BaseConfig`; a staging, Heroku or other environment\'s module or class, `settings/staging.py`, `class StagingConfig`, is judged on its own: the rule `debug-mode` shares), and a value production code sets is what deploys, whatever the base sets. Same project: the same folder, or one folder inside the other (the repository root holds every folder: a root `config.py` configures `app/__init__.py`); a sibling application\'s settings override nothing, and a `CORS_ORIGINS`/`CORS_RESOURCES` setting replaces Flask-CORS\'s default only for code of its own project. A runtime assignment (`app.config["CORS_ORIGINS"] = "*"`) replaces what was loaded before it: it fails unless its own file later sets it again or loads a config (`app.config.from_object(ProductionConfig)`) that restricts it.',
      'Comments, strings, tests, templates are never read; development-only files (`settings/local.py`, `.env.development`, dev compose files, Rails `config/environments/development.rb`, Spring `application-dev.yml`/`application-local.properties`, ' + SPRING_ACTIVE_DOC + ') and compose services only in development/tooling profiles (`profiles: [dev]`…) and code under `if DEBUG:`, a `DevelopmentConfig`/`TestConfig` class, or `if (NODE_ENV === "development")`, a guard that is off only in production (JavaScript/TypeScript and Python: `if (!isProd)`, `if (app.get(\'env\') !== \'production\')`, `if not settings.IS_PRODUCTION:`, `if os.environ.get("APP_ENV") != "production":`, the `else` of `if (isProd) {…}`; a Python guard whose own written default turns it on, `if os.getenv("ENVIRONMENT", "local") == "local":` (also through a module constant set so, or a pydantic-settings field read as `settings.X`: `if settings.ENVIRONMENT == "local":` with `ENVIRONMENT: str = "local"` (or `Field(default="local")`) in a `BaseSettings` class of the project, whose variable — with the class\'s `env_prefix`, in any case, or the field\'s `alias` — no production deploy config sets), is no such guard: production runs it whenever the deploy leaves the variable unset), the development arm of a JavaScript conditional expression (`isProd ? cors({ origin }) : cors()`), `if Rails.env.development?`, `if (app.Environment.IsDevelopment())` (or `#if DEBUG`, or the `else` of a negated development check in any braced language: `if (!app.Environment.IsDevelopment()) {…} else {…}`, `if (!isDev) {…} else {…}`) or a Spring `@Profile("dev")` class or bean give `info` notes; so does an ASP.NET Core policy (`AddPolicy("Dev", p => p.AllowAnyOrigin())`, also named by a constant; `AddDefaultPolicy`) whose every use — `app.UseCors("Dev")`, `[EnableCors("Dev")]`, `.RequireCors("Dev")` (for the default policy `app.UseCors()`, `[EnableCors]`) in any C# file — is in such code (a use outside it, a policy name computed there, or no use at all: judged as written). A Django settings module that deploy config selects (`DJANGO_SETTINGS_MODULE=config.settings.local` in a shipped Dockerfile\'s `ENV`, a production compose service, a Kubernetes container…, the selection `debug-mode` and `default-credentials` follow) is production\'s whatever its name, and a base module it selects directly (`config.settings.base`) is what deploys, whatever a `production.py` sets: their values fail, naming what selects the module. So is a development config class (`DevelopmentConfig`) that production code of the same project loads outside any development guard (`app.config.from_object(DevelopmentConfig)` in the module gunicorn serves, or through a name→class dict, flasky\'s `config = {…, "default": DevelopmentConfig}` with `app.config.from_object(config[config_name])` and `create_app(os.getenv("FLASK_CONFIG") or "default")` (also `os.environ.get("FLASK_CONFIG", "default")`, the read in the subscript or assigned before the load): the entry for the value production deploy config sets the variable to, or for the read\'s fallback when none sets it and the repository shows how production starts (a Dockerfile or compose entry point; not a Procfile, platform or Kubernetes one, whose variables may be set outside it)): its values fail, naming the load. ' + NGINX_DEV_ONLY_DOC + ' nginx\'s `*` in a `location` that serves only public static assets (`location ~* \\.(?:eot|otf|tt[cf]|woff2?)$`, h5bp\'s font and image locations and the snippets they include, `/static/`, `/fonts/`, `/assets/`, a regex listing only such folders, or folders of any name that the location serves from disk with `alias`/`root` and proxies nothing, as jitsi-meet\'s `location ~ ^/(libs|css|…|connection_optimization)/(.*)$ { alias …; }`) is an `info` note: web fonts and images loaded cross-origin need it. So is `*` in a `/.well-known/` location whose document nginx answers itself (`return 200 \'{…}\'` or a file from disk, handing nothing to `proxy_pass`, `fastcgi_pass`, `rewrite` or `try_files … @app`): Synapse\'s documented `location /.well-known/matrix/client { add_header Access-Control-Allow-Origin *; return 200 \'{"m.homeserver": …}\'; }`, which the Matrix spec asks for; a proxied `/.well-known/` location is judged as any other. nginx `add_header Access-Control-Allow-Origin $http_origin` reflects any origin (`critical` when the file also adds `Access-Control-Allow-Credentials: true`) unless the configuration checks the origin (`if ($http_origin ~* "^https://(app|admin)\\.example\\.com$")`, `if ($http_origin = "https://app.example.com")` or an `if` that tests the variable of a `map $http_origin …` giving an unlisted origin something else, `if ($cors_ok)`); checks that check nothing do not count: such a map whose variable nothing uses (nginx still echoes every origin where the header is added), `if ($http_origin)` and `if ($http_origin != "")` (any non-empty origin), a regex that matches any origin (`.*`, `^.*$`, `.+`, `^https?://.*$`). A `map $http_origin $cors` whose `default` or any-origin regex entry gives `$http_origin` (or `*`) makes `add_header Access-Control-Allow-Origin $cors` reflect any origin (or send `*`); a map that lists origins (`"~^https://(www\\.)?example\\.com$" $http_origin;`, `"~^https://[a-z0-9-]+\\.example\\.com$"`) passes. nginx, Apache and Ingress findings name a fix in their own terms (a `map $http_origin`, a `SetEnvIf Origin` allow-list, `cors-allow-origin`). Hand-written code that sets `Access-Control-Allow-Origin` to the request\'s Origin header as read (`req.headers.origin`, `req.header(\'Origin\')`, `request.getHeader("Origin")`, Go `r.Header.Get("Origin")`, PHP `\'Access-Control-Allow-Origin: \' . $_SERVER[\'HTTP_ORIGIN\']`, `request.headers.get(\'Origin\')`, C# `Request.Headers["Origin"]`) allows any origin (`critical` when the same file sets `Access-Control-Allow-Credentials: true`), also through a local variable assigned from it just before (Go `origin := r.Header.Get("Origin")`, `const origin = req.headers.origin`), unless a conditional that looks at the origin (an allow-list check) encloses or precedes it; a variable holding anything else is not judged.',
      FLASK_CFG_DOC,
      'dynaconf (a project whose requirements name `dynaconf`): `settings.toml`/`.secrets.toml` settings of the environment the deploy selects with `ENV_FOR_DYNACONF` (as debug-mode reads them: `[production]` over `[default]`, `[global]` over both; without a production selection nothing is read): `cors_origins = "*"` (a `CORS_ORIGINS`/`CORS_ALLOWED_ORIGINS` key, in any case, set to `*`; `cors_allow_all_origins = true`) fails at its line.',
    ].join('\n'),
  },
  options: z.object({}),
  scan: () => ({
    accepts: isCorsFile,
    file(file, text): CorsScan | undefined {
      // A Flask config file in Python (`production.cfg`, loaded by from_pyfile/from_envvar): read as Python when its text is.
      const pyConfig = isPyConfigFile(file);
      if (pyConfig && !readsAsPython(text)) return undefined;
      if (!pyConfig && !isCodeFile(file)) {
        const dev = isDevOnly(file) || OTHER_DEV_FILE.test(file);
        const only = (hits: CorsScan['hits']): CorsScan | undefined => (hits.length ? { hits, restricted: [], configures: false, loads: [], classes: [] } : undefined);
        const plain = { setting: null, defaultOrigins: false, envKey: null, dev };
        if (SPRING_CONFIG.test(file)) {
          if (!containsAnyCase(text, 'cors')) return undefined;
          const entries = configEntries(file, text);
          const profile = !isDevOnly(file) && OTHER_DEV_FILE.test(file) ? springFileProfile(file) : null;
          const hits = [...springConfig(entries).map((h) => ({ ...h, ...(profile !== null ? { springProfile: profile } : {}) })), ...quarkusConfig(entries, file), ...micronautConfig(entries)].map((h) => ({ ...h, ...plain, dev: dev || (h.dev ?? false) }));
          const configures = micronautConfigures(entries);
          return hits.length || configures ? { hits, restricted: [], configures: false, loads: [], classes: [], ...(configures ? { micronautConfigures: true } : {}) } : undefined;
        }
        // Other languages and Apache: a literal header, or a framework whose cheap literal occurs, opens the file.
        const header = containsAnyCase(text, ACAO_WORD);
        const framework = OTHER_CODE.test(file) ? frameworkReader(file, text) : null;
        // C# that applies CORS policies by name (`app.UseCors("Dev")`, `[EnableCors("Dev")]`): what aspNetPolicyDev reads.
        const policyUses = /\.cs$/i.test(file) && /\b(?:UseCors|RequireCors|EnableCors)\b/.test(text) ? aspNetPolicyUses(otherSource(file, text)) : [];
        if (!header && !framework) return policyUses.length ? { hits: [], restricted: [], configures: false, loads: [], classes: [], aspNetUses: policyUses } : undefined;
        if (!OTHER_CODE.test(file)) return only(apacheHeaders(text).map((h) => ({ line: h.line, column: h.column, start: h.start, what: h.what, credentials: h.credentials, ...plain, ...(h.reflected ? { reflected: true } : {}), ...(h.note ? { note: h.note } : {}), fix: APACHE_FIX })));
        const src = otherSource(file, text);
        // A real file configures CORS a few times: the cap bounds the development-branch lookups (each scans back through the file).
        const found = [...(header ? headerLiteral(src) : []), ...(framework ? framework(src).slice(0, MAX_FRAMEWORK_HITS) : [])];
        const hits = found.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, credentials: h.credentials ?? false, setting: null, defaultOrigins: false, envKey: h.envKey ?? null, dev: dev || devCode(src, h.offset) || (/\.cs$/i.test(file) && inDebugDirective(src, h.offset)), ...(h.reflected ? { reflected: true } : {}), ...(h.corsPlugDefault ? { corsPlugDefault: true } : {}), ...(h.aspNetPolicy !== undefined ? { aspNetPolicy: h.aspNetPolicy } : {}) }));
        return hits.length || policyUses.length ? { ...only(hits) ?? { hits: [], restricted: [], configures: false, loads: [], classes: [] }, ...(policyUses.length ? { aspNetUses: policyUses } : {}) } : undefined;
      }
      // An options module (`module.exports = { origin: '*' }`) need not say cors: a JS file that exports something and has an `origin` key is read for its exports.
      const exportsOrigin = isJavaScript(file) && text.includes('export') && containsWord(text, ORIGIN_WORD) && JS_ORIGIN_KEY.test(text);
      const cors = containsAnyCase(text, 'cors', ACAO_WORD);
      if (!cors && !exportsOrigin) return undefined;
      const src = scanSource(file, text, pyConfig ? 'python' : undefined);
      const corsExports = exportsOrigin ? corsOptionExports(src) : [];
      if (!cors) return corsExports.length ? { hits: [], restricted: [], configures: false, loads: [], classes: [], corsExports } : undefined;
      const corsUses: CorsOptionsUse[] = [];
      const restricted: Restricted[] = [];
      const instances = src.lang === 'python' ? corsInstances(src) : [];
      const credentialed: string[] = [];
      const spreads = src.lang === 'python' ? flaskCorsSpreads(src, instances) : [];
      const hits = src.lang === 'python' ? [...flaskCors(src, instances), ...starlette(src, credentialed), ...socketioCors(src), ...litestarCors(src), ...aiohttpCors(src), ...pySettings(src, restricted), ...corsOptionDicts(src, spreads)] : jsCors(src, corsUses);
      // Python's CDK `allow_origins=["*"]` is also Starlette's and Litestar's keyword: a module importing aws_cdk that sets up
      // CORSMiddleware reports the line once, by the library that read it.
      if (src.lang === 'python') {
        const lines = new Set(hits.map((h) => src.lineAt(h.offset)));
        hits.push(...cdkCors(src).filter((h) => !lines.has(src.lineAt(h.offset))));
      }
      hits.push(...headerLiteral(src));
      if (src.lang !== 'python') hits.push(...convictCorsDefaults(text));
      const configures = src.lang === 'python' && /\bCORS_(ORIGINS|RESOURCES)\b/.test(src.code);
      // Credentials allowed in this file (a setting, or a Flask-CORS call's supports_credentials=True): a
      // setting elsewhere in the project that allows any origin is then reflected with them.
      const credentialSettings = src.lang === 'python' && !isDevOnly(file)
        ? pythonSettings(src, /CORS_ALLOW_CREDENTIALS|CORS_SUPPORTS_CREDENTIALS/).filter((x) => TRUE.test(x.value) && !inDevBranch(src, x.start)).map((x) => x.name)
        : [];
      const credentials = credentialSettings.length > 0 || (src.lang === 'python' && !isDevOnly(file)
        && [...src.bare.matchAll(/\bsupports_credentials\s*=\s*True\b/g)].some((m) => !inDevBranch(src, m.index)));
      // Flask-CORS's own config key (`app.config["CORS_SUPPORTS_CREDENTIALS"] = True`, `CORS_SUPPORTS_CREDENTIALS = True` in config.py):
      // a Flask-CORS call of the project that does not set supports_credentials takes it.
      const flaskCredentials = credentialSettings.includes('CORS_SUPPORTS_CREDENTIALS');
      const strapiProduction = src.lang === 'python' ? undefined : strapiProductionOrigin(src);
      if (!hits.length && !restricted.length && !configures && !credentials && !instances.length && !credentialed.length && !spreads.length && !corsUses.length && !corsExports.length && strapiProduction === undefined) return undefined;
      const py = src.lang === 'python';
      return {
        ...(strapiProduction !== undefined ? { strapiProduction } : {}),
        credentials,
        ...(flaskCredentials ? { flaskCredentials } : {}),
        ...(credentialed.length ? { credentialed } : {}),
        ...(instances.length ? { instances } : {}),
        ...(spreads.length ? { spreads } : {}),
        ...(corsUses.length ? { corsUses } : {}),
        ...(corsExports.length ? { corsExports } : {}),
        hits: hits.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, credentials: h.credentials ?? false, setting: h.setting ?? null, defaultOrigins: h.defaultOrigins ?? false, envKey: h.envKey ?? null, ...(h.envAnyCase ? { envAnyCase: true } : {}), dev: isDevOnly(file) || inDevBranch(src, h.offset), ...(h.setting && inDevBranch(src, h.offset) ? { devBranch: true } : {}), ...fieldGuardsAt(src, file, h.offset), ...(h.reflected ? { reflected: true } : {}), ...(h.instance ? { instance: h.instance } : {}), ...(h.options ? { options: h.options } : {}), ...(h.note ? { note: h.note } : {}), ...(h.configCredentials ? { configCredentials: true } : {}), ...(h.whenSet ? { whenSet: h.whenSet } : {}), ...(h.strapiBase ? { strapiBase: true } : {}), ...(h.denoAlias !== undefined ? { denoAlias: h.denoAlias } : {}) })),
        restricted,
        configures,
        loads: py ? pythonConfigLoads(src) : [],
        classes: py ? pythonClasses(src) : [],
      };
    },
  }),
  prepare(snapshot) {
    configEnv(snapshot); deployedNginxConfigs(snapshot); nginxDevOnly(snapshot); frontCors(snapshot);
    // What the check reads itself, no scanner's results (every configuration but the code's): worked out while the workers scan.
    ingressCorsOf(snapshot); samCorsOf(snapshot); largeServerConfigs(snapshot); unreadNginxConfigs(snapshot); platformHeaders(snapshot);
    corsPlugConfig(snapshot); nelmioCorsOf(snapshot); serverlessCorsOf(snapshot); playCorsOf(snapshot); hostingHeadersOf(snapshot); directusCorsOf(snapshot);
  },
  run({ snapshot, scanned: all, report: reportFinding, skip }) {
    // A finding in a stack's own file (Go, Rust, Elixir, Java…) gets that stack's fix.
    const report = withStackFix(reportFinding, CORS_FIXES);
    // Flask config files (`.cfg`) only where production code loads them (from_pyfile, from_envvar).
    const scanned = loadedPythonScanned(snapshot, all);
    const env = configEnv(snapshot);
    const ingress = ingressCorsOf(snapshot);
    const sam = samCorsOf(snapshot);
    // A server configuration too large to read judges nothing (a note says so; the skip reason names it).
    const large = new Set(largeServerConfigs(snapshot));
    // nginx configurations nginx would refuse (a parse problem says so) have no directives: nothing of them is judged, and they
    // alone make the check skip, naming them (as tls-protocols-config), unless the Apache reader found a header in the file.
    const nginxAll = deployedNginxConfigs(snapshot);
    const brokenNginx = new Set(nginxAll.filter((c) => !c.directives.length).map((c) => c.file));
    const read = new Set(all.map((s) => s.file));
    if (!snapshot.files.some((f) => (isCorsFile(f) && !large.has(f) && (!brokenNginx.has(f) || read.has(f))) || NELMIO_FILE.test(f) || SERVERLESS_FILE.test(f) || HOSTING_HEADERS.some(([name]) => name.test(f))) && !env.length && !sam.judged && !nginxAll.some((c) => c.directives.length) && !unreadNginxConfigs(snapshot).length && !ingress.judged && !frontCors(snapshot).length && !platformHeaders(snapshot).length) {
      skip(brokenNginx.size ? `the only nginx configuration (${[...brokenNginx].join(', ')}) could not be parsed (see the parse-error finding); nothing else sets CORS headers`
        : large.size ? `the only server configuration could not be judged: ${largeConfigsNote([...large])}` : withUnreadPlatform('no application code, nginx config or deploy environment', snapshot, 'env'));
      return;
    }
    // A CORS_ORIGINS/CORS_RESOURCES setting in the deploy environment, or in Python code of the same project,
    // replaces Flask-CORS's any-origin default. Only production configuration replaces the default: a dev-only
    // compose or settings file does not.
    const configuring = scanned.filter((s) => s.data.configures && !isDevOnly(s.file)).map((s) => s.file);
    const envConfigured = env.some((e) => !e.dev && /^CORS_(ORIGINS|RESOURCES)$/i.test(e.key));
    const configured = (file: string) => envConfigured || configuring.some((f) => sameProject(f, file));
    // A setting restricted in production code of the same project (settings/production.py, class ProductionConfig)
    // makes an any-origin default an overridden default.
    const restricted = scanned.flatMap((s) => s.data.restricted.map((r) => ({ ...r, file: s.file })));
    const loads = new Map(scanned.map((s) => [s.file, s.data.loads]));
    const credentialFiles = scanned.filter((s) => s.data.credentials).map((s) => s.file);
    const flaskCredentialFiles = scanned.filter((s) => s.data.flaskCredentials).map((s) => s.file);
    const credentialed = scanned.flatMap((s) => (s.data.credentialed ?? []).map((name) => ({ name, file: s.file })));
    const classes = new Map(scanned.map((s) => [s.file, s.data.classes]));
    // Flask-CORS extensions bound in one module (`cors = CORS()`) and set up in another (`cors.init_app(app)`).
    const instances = scanned.flatMap((s) => (s.data.instances ?? []).map((name) => ({ name, file: s.file })));
    // Flask-CORS option dicts spread into a call (`CORS(app, **app.config["CORS_OPTIONS"])`): a `CORS_OPTIONS = {…}` elsewhere in the project is switched on.
    const spreads = scanned.flatMap((s) => (s.data.spreads ?? []).map((name) => ({ name, file: s.file })));
    const honoAlias = denoImportMapResolver(snapshot);
    const imported = importedCorsOptions(scanned, (file, alias) => honoAlias(file, alias));
    const aspNetUses = scanned.flatMap((s) => s.data.aspNetUses ?? []);
    // The Django settings module production selects (`ENV DJANGO_SETTINGS_MODULE=config.settings.local`) is production's whatever
    // its name, and is what deploys whatever production.py sets: the notion debug-mode and default-credentials share.
    let selected: SelectedSettings[] | undefined;
    for (const { file, data } of scanned) {
      for (const found of [...data.hits, ...(imported.get(file) ?? [])]) {
        // So is a development config class the served code loads unconditionally (`app.config.from_object(DevelopmentConfig)`).
        const load = found.setting?.className && found.dev && !isDevOnly(file) ? loadedConfigClasses(snapshot).get(found.setting.className) : undefined;
        const byClass = load && sameProject(load.file, file) ? `${load.by} selects this class for production` : undefined;
        const byModule = !byClass && found.setting && !found.devBranch && isPythonSource(file) ? (selected ??= productionSettingsModules(snapshot)).find((s) => s.file === file) : undefined;
        // A guard on a settings field whose default turns it on (`if settings.ENVIRONMENT == "local":`, `ENVIRONMENT: str = "local"`).
        const fieldWhy = !byClass && !byModule && found.dev && found.fieldGuards ? guardsRunByDefault(snapshot, file, found.fieldGuards) : null;
        const byField = fieldWhy ? `the branch runs in production: ${fieldWhy}` : undefined;
        const by = byClass ?? (byModule ? `${byModule.by} selects this module for production` : byField);
        const h = by ? { ...found, dev: false, what: `${found.what} (${by})` } : found;
        // Hono's cors imported through a bare specifier: only when the project's deno.json maps it to Hono's cors module.
        if (h.denoAlias !== undefined && !honoAlias(file, h.denoAlias)) continue;
        if (h.options && !h.options.enabled && !spreads.some((s) => s.name === h.options!.name && sameProject(s.file, file))) continue;
        if (h.instance !== undefined && !instances.some((i) => i.name === h.instance && sameProject(i.file, file))) continue;
        // Micronaut's wide-open default applies only when no configuration file of the folder (`application-prod.yml`) defines `configurations`.
        if (h.micronautOpen && scanned.some((s) => s.data.micronautConfigures && dirname(s.file) === dirname(file))) continue;
        // CORSPlug's `"*"` default applies unless the application's production config sets `config :cors_plug, origin: …`
        // (a wildcard there is reported at its own line below).
        if (h.corsPlugDefault && corsPlugConfig(snapshot).configured) continue;
        if (h.defaultOrigins && configured(file)) continue;
        // Replaced by a value that is no wildcard itself (compose's `${CORS_ORIGINS:-*}` deploys `*`; `${CORS_ORIGINS}` hands the deploy's own value through).
        if (h.envKey !== null && env.some((e) => { const v = deployedValue(e.value); return !e.dev && envKeyIs(e.key, h) && (v === null || (v !== '' && v !== '*' && !isWildcard(v))); })) continue;
        // Set to `*` by the deploy environment: the fallback never applies, and what the read gives with `*` is judged instead
        // (`process.env.CORS_ORIGINS?.split(',') ?? true` gives `['*']`, which the `cors` package matches against no origin).
        const setStar = h.envKey === null ? undefined : env.find((e) => { const v = deployedValue(e.value); return !e.dev && envKeyIs(e.key, h) && v !== null && (v === '*' || isWildcard(v)); });
        if (setStar) {
          const at = `${setStar.key}=* in ${setStar.file}:${setStar.line}`;
          if (h.whenSet) {
            for (const w of h.whenSet) {
              if (w.note) report({ file, line: h.line, column: h.column, note: true, message: w.note.replace(DEPLOY_AT, at) });
              else emit(report, file, h.line, h.column, w.what.replace(DEPLOY_AT, at), w.credentials, h.dev);
            }
            continue;
          }
        }
        // Another read (Python's `os.getenv("CORS_ORIGINS", "*")`) gives the same `*` it falls back to: the message names the setting.
        const what = setStar ? setWhat(h.what, setStar.key, `${setStar.key}=* in ${setStar.file}:${setStar.line}`) : h.what;
        if (h.setting && !h.dev && !by && overriddenSetting({ file, start: h.start, ...h.setting }, restricted, loads, classes)) continue;
        // `CORS_ORIGINS = "*"` in config.py with `CORS(app, supports_credentials=True)` in app/__init__.py.
        // `BACKEND_CORS_ORIGINS = ["*"]` handed to `CORSMiddleware(allow_origins=settings.BACKEND_CORS_ORIGINS, allow_credentials=True)`.
        // `CORS(app)` with `CORS_SUPPORTS_CREDENTIALS = True` in the app config: Flask-CORS then reflects the origin with credentials.
        const credentials = h.credentials || (h.setting !== null && (credentialFiles.some((f) => sameProject(f, file))
          || credentialed.some((c) => c.name === h.setting!.name && sameProject(c.file, file))))
          || (h.configCredentials === true && flaskCredentialFiles.some((f) => sameProject(f, file)));
        if (h.note) { report({ file, line: h.line, column: h.column, note: true, message: h.note }); continue; }
        // Strapi merges `config/env/<NODE_ENV>/middlewares.*` over `config/middlewares.*`: in production the production file's origin applies
        // (judged where it is written).
        if (h.strapiBase && !h.dev) {
          const root = file.slice(0, file.lastIndexOf('config/'));
          const prod = scanned.find((s) => s.data.strapiProduction !== undefined && s.file.startsWith(`${root}config/env/production/`));
          if (prod) { report({ file, line: h.line, column: h.column, note: true, message: `${what} here, overridden by ${prod.file}:${prod.data.strapiProduction} for production (Strapi merges config/env/production over config); other environments still use it` }); continue; }
        }
        // An ASP.NET Core policy applied only in development code (`if (app.Environment.IsDevelopment()) { app.UseCors("Dev"); }`).
        if (!h.dev && h.aspNetPolicy !== undefined && aspNetPolicyDev(h.aspNetPolicy, aspNetUses)) {
          const policy = h.aspNetPolicy === null ? 'the default policy' : `policy ${h.aspNetPolicy.literal !== null ? `"${h.aspNetPolicy.literal}"` : h.aspNetPolicy.ident}`;
          emit(report, file, h.line, h.column, `${what} in ${policy}, which only development-only code applies`, credentials, true);
          continue;
        }
        // A development profile production activates (`ENV SPRING_PROFILES_ACTIVE=dev`): production's, naming what activates it.
        const spring = h.springProfile !== undefined ? springProfileActivation(h.springProfile, productionSpringProfiles(snapshot), file) : null;
        if (spring) emit(report, file, h.line, h.column, `${what} (${activatedProfile(h.springProfile!, spring)})`, credentials, false, h.reflected, h.fix);
        else emit(report, file, h.line, h.column, what, credentials, h.dev, h.reflected, h.fix);
      }
    }
    for (const e of env) {
      const v = deployedValue(e.value) ?? e.value.trim();
      const any = /(^|_)CORS_(ALLOWED_|ALLOW_)?ORIGINS?$/i.test(e.key) && (v === '*' || isWildcard(v));
      const all = /(^|_)CORS_(ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)$/i.test(e.key) && /^(true|1|yes|on)$/i.test(v);
      if (any || all) emit(report, e.file, e.line, e.column, `${e.key}=${quoteSource(v)} allows any origin`, false, e.dev);
    }
    // dynaconf's settings.toml (Flask-CORS and django-cors-headers read their settings from it through FlaskDynaconf/DjangoDynaconf):
    // the environment the deploy selects (`ENV_FOR_DYNACONF=production`) over `[default]`, `[global]` over both, as debug-mode reads it.
    for (const st of dynaconfProductionSettings(snapshot)) {
      const v = st.value.trim();
      const any = /^CORS_(ALLOWED_|ALLOW_)?ORIGINS?$/i.test(st.key) && (v === '*' || isWildcard(v));
      const all = /^CORS_(ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)$/i.test(st.key) && /^true$/i.test(v);
      if (any || all) emit(report, st.file, st.line, st.column, `${st.key} = ${v === '*' ? '"*"' : quoteSource(v)} in [${st.section}] of ${basename(st.file)} (what production runs: ${st.by} selects dynaconf's environment) allows any origin`, false, false);
    }
    for (const h of corsPlugConfig(snapshot).hits) emit(report, h.file, h.line, h.column, h.what, h.credentials, false);
    for (const h of nelmioCorsOf(snapshot)) emit(report, h.file, h.line, h.column, h.what, h.credentials, h.dev);
    for (const h of [...serverlessCorsOf(snapshot), ...sam.hits]) emit(report, h.file, h.line, h.column, h.what, false, devFile(h.file));
    for (const h of playCorsOf(snapshot)) emit(report, h.file, h.line, h.column, h.what, h.credentials, h.dev);
    for (const h of directusCorsOf(snapshot)) emit(report, h.file, h.line, h.column, h.what, h.credentials, h.dev, false, 'set CORS_ORIGIN to the allowed origins (CORS_ORIGIN: "https://app.example.com", a comma-separated list)');
    for (const h of hostingHeadersOf(snapshot)) {
      if (h.note) report({ file: h.file, line: h.line, column: h.column, note: true, message: h.note });
      else emit(report, h.file, h.line, h.column, h.what, false, false);
    }
    // Response headers Fly's proxy adds to every response of the app (fly.toml `http_options.response.headers`), as nginx's `add_header`:
    // a literal `*`, so browsers send no credentials.
    for (const h of platformHeaders(snapshot)) {
      if (h.name.toLowerCase() === 'access-control-allow-origin' && h.value.trim() === '*') emit(report, h.file, h.line, h.column, `${h.where} sets Access-Control-Allow-Origin: * (any origin)`, false, h.dev);
    }
    for (const h of ingress.hits) emit(report, h.file, h.line, h.column, h.what, h.credentials, h.dev, h.reflected, h.fix);
    // Traefik, Caddy, HAProxy, IIS, lighttpd, Istio/Envoy, ingress-nginx Helm values and controller snippets (util/frontconf.ts).
    for (const h of frontCors(snapshot)) emit(report, h.file, h.line, h.column, h.what, h.credentials, h.dev, h.reflected);
    // `add_header Access-Control-Allow-Origin $http_origin` echoes any caller's origin, unless the config
    // looks at the origin (`if ($http_origin ~* …)`, or an `if` testing an allow-list map's variable, in any file).
    // A map alone checks nothing: where its variable is not used, nginx still echoes every origin.
    const nginxConfigs = deployedNginxConfigs(snapshot);
    const originChecked = checksOrigin(nginxConfigs.flatMap((c) => c.directives));
    const maps = new Map(nginxConfigs.flatMap((c) => c.directives.filter((d) => d.name === 'map' && ORIGIN_VAR.test(d.args[0]?.value ?? '') && d.args[1]).map((d) => [d.args[1]!.value, d] as const)));
    // A development-only configuration (`.devcontainer/nginx.conf`, `nginx/dev.conf`, one only docker-compose.override.yml mounts): notes, as the other servers'.
    const nginxDev = nginxDevOnly(snapshot);
    for (const config of nginxConfigs) {
      const { file, directives } = config;
      const dev = nginxDev.has(file);
      const credentials = directives.some((d) => /^(?:true|'true'|"true")$/i.test(acaoValue(d, 'access-control-allow-credentials') ?? ''));
      for (const d of directives) {
        const value = acaoValue(d, 'access-control-allow-origin');
        if (value === undefined) continue;
        const origin = nginxOrigin(value, d, config, maps);
        if (!origin) continue;
        const shown = `nginx ${d.name} Access-Control-Allow-Origin ${value}`;
        if (origin.kind === 'reflect') {
          // A map decides itself what an unlisted origin gets; a direct (or `set`) `$http_origin` is judged unless the config checks the origin.
          if (originChecked && !origin.map) continue;
          emit(report, file, d.line, d.column, `${shown} reflects any origin${origin.via ? ` (${origin.via})` : ''}`, credentials, dev, true, NGINX_FIX);
          continue;
        }
        const what = `${shown}${origin.via ? ` (${origin.via})` : ''}`;
        // Web fonts and images loaded cross-origin need it (h5bp's font and image locations): public by design.
        if (inStaticLocation(d, config)) { report({ file, line: d.line, column: d.column, note: true, message: `${what} serves public static assets only (a location for fonts, images, styles or scripts): fine there; keep it off the application's routes` }); continue; }
        const where = wellKnownDocument(d, config);
        if (where !== null) {
          report({ file, line: d.line, column: d.column, note: true, message: `${what} serves a public /.well-known/ document that nginx answers itself (location ${where}; the Matrix spec, for one, asks for this header on /.well-known/matrix/client): fine there; keep it off the application's routes` });
        }
        else emit(report, file, d.line, d.column, `${what} allows any origin`, false, dev, false, NGINX_FIX);
      }
    }
    // A ConfigMap's nginx configuration that could not be read: said, never a silent pass.
    for (const u of unreadNginxConfigs(snapshot)) report({ file: u.file, line: u.line, column: u.column, note: true, message: u.message });
  },
});

/** A `location` under `/.well-known/` (`location /.well-known/matrix/client`, `location = /.well-known/…`, `location ~ ^/\.well-known/…`). */
const WELL_KNOWN_LOCATION = /^\^?\/\\?\.well-known(?:\/|\\\/|$)/i;
/** Directives that hand a request to something else: an upstream, a script, or another location. */
const NGINX_HANDOFF = /^(?:proxy_pass|fastcgi_pass|uwsgi_pass|scgi_pass|grpc_pass|memcached_pass|rewrite|error_page|(?:content|access|rewrite)_by_lua\w*|js_content|perl)$/;

/**
 * The path of the `/.well-known/` location a directive sits in when nginx answers its document itself (else null): a `return 2xx` (Matrix's
 * delegation, `return 200 '{"m.homeserver": …}'`, with `default_type application/json`) or a file from disk, handing the
 * request to no upstream, script or other location (no `proxy_pass`, `fastcgi_pass`, `rewrite`, `try_files … @app`).
 * Such a document is public by design: the Matrix client-server spec asks for `Access-Control-Allow-Origin: *` on
 * `/.well-known/matrix/client`. An included snippet counts when every include of it sits in one.
 */
function wellKnownDocument(d: NginxDirective, config?: NginxConfig): string | null {
  for (let p = d.parent; p; p = p.parent) {
    if (p.name !== 'location') continue;
    const path = p.args.at(-1)?.value ?? '';
    if (!WELL_KNOWN_LOCATION.test(path)) return null;
    return answersItself(p.block ?? []) ? path : null;
  }
  if (d.parent || !config?.includedBy?.length) return null;
  const paths = config.includedBy.map((inc) => wellKnownDocument(inc));
  return paths.every((x) => x !== null) ? [...new Set(paths)].join(', ') : null;
}

function answersItself(block: readonly NginxDirective[]): boolean {
  for (const d of block) {
    if (NGINX_HANDOFF.test(d.name)) return false;
    if (d.name === 'return' && !/^2\d\d$/.test(d.args[0]?.value ?? '')) return false;
    if (d.name === 'try_files' && d.args.some((a) => a.value.startsWith('@'))) return false;
    if (d.block && !answersItself(d.block)) return false;
  }
  return true;
}

/**
 * CORS options exported by one JS module and passed to a CORS middleware by another (`module.exports = { origin: '*' }` in
 * `config/cors.js`, `app.use(cors(require('./config/cors')))`): judged as that middleware's options, as hits of the options
 * module at `origin`, by file. An export no module passes to a middleware is nothing; one only development code passes
 * (or written in development-only code) is a note.
 */
function importedCorsOptions(scanned: readonly { file: string; data: CorsScan }[], aliasResolves: (file: string, alias: string) => boolean): Map<string, CorsScan['hits']> {
  const out = new Map<string, CorsScan['hits']>();
  const uses = scanned.flatMap((s) => (s.data.corsUses ?? []).filter((u) => u.denoAlias === undefined || aliasResolves(s.file, u.denoAlias)).map((u) => ({ ...u, file: s.file })));
  if (!uses.length) return out;
  for (const { file, data } of scanned) {
    if (!data.corsExports) continue;
    const keys = jsModuleKeys(file);
    // Options the module also passes to a middleware itself are judged there already (`cors(corsOptions)` beside `module.exports = corsOptions`).
    const seen = new Set<number>(data.hits.map((h) => h.start));
    for (const e of data.corsExports) {
      const mine = uses.filter((u) => u.name === e.name && keys.includes(u.module));
      // A production use decides; else the first (development) one.
      const use = mine.find((u) => !u.dev) ?? mine[0];
      if (!use || seen.has(e.origin.start)) continue;
      seen.add(e.origin.start);
      const props = e.credentials ? [e.origin, e.credentials] : [e.origin];
      const hits = judgeCorsOptions(props, e.origin.start, `${use.label} (called in ${use.file})`, use.lib).map((h) => ({
        line: e.line, column: e.column, start: e.origin.start, what: h.what, credentials: h.credentials ?? false, setting: null, defaultOrigins: false,
        envKey: h.envKey ?? null, dev: e.dev || use.dev, ...(h.note ? { note: h.note } : {}), ...(h.whenSet ? { whenSet: h.whenSet } : {}),
      }));
      if (hits.length) out.set(file, [...(out.get(file) ?? []), ...hits]);
    }
  }
  return out;
}

/** The most deno.json/deno.jsonc files looked at up from one module (the folders of a deep path). */
const MAX_DENO_CONFIG_DEPTH = 32;

/**
 * Whether a bare specifier a module imports Hono's `cors` from (`$hono/middleware.ts`, `hono-cors`) resolves, through the
 * import map of the deno.json/deno.jsonc files up from the module (the nearest first: a workspace member's, then the
 * root's; or the file their `importMap` names), to Hono's cors module (HONO_CORS_MODULE). Deno's rules: an exact key, the
 * longest key ending in `/` that prefixes the specifier, or a key mapped to a `jsr:`/`npm:` package whose subpath the specifier names.
 */
function denoImportMapResolver(snapshot: SnapshotView): (file: string, spec: string) => boolean {
  const maps = new Map<string, Record<string, string> | null>();
  const importsOf = (config: string): Record<string, string> | null => {
    if (maps.has(config)) return maps.get(config)!;
    const read = (p: string) => { const t = snapshot.text(p); const v = t === undefined ? undefined : parseJsonc(t); return isObject(v) ? v : null; };
    const value = read(config);
    let imports = value && isObject(value['imports']) ? value['imports'] : null;
    if (!imports && value && typeof value['importMap'] === 'string') {
      const dir = dirname(config);
      const target = value['importMap'].replace(/^\.\//, '');
      const map = /^[a-z][\w+.-]*:|^\/|\.\.\//i.test(target) ? null : read(dir ? `${dir}/${target}` : target);
      imports = map && isObject(map['imports']) ? map['imports'] : null;
    }
    const out = imports ? Object.fromEntries(Object.entries(imports).filter((e): e is [string, string] => typeof e[1] === 'string')) : null;
    maps.set(config, out);
    return out;
  };
  const resolve = (imports: Record<string, string>, spec: string): string | null => {
    if (Object.prototype.hasOwnProperty.call(imports, spec)) return imports[spec]!;
    const prefix = Object.keys(imports).filter((k) => k.endsWith('/') && spec.startsWith(k)).sort((a, b) => b.length - a.length)[0];
    if (prefix !== undefined) return imports[prefix]! + spec.slice(prefix.length);
    const pkg = Object.keys(imports).filter((k) => !k.endsWith('/') && spec.startsWith(`${k}/`) && /^(?:jsr|npm):/.test(imports[k]!)).sort((a, b) => b.length - a.length)[0];
    return pkg === undefined ? null : imports[pkg]!.replace(/\/+$/, '') + spec.slice(pkg.length);
  };
  const memo = new Map<string, boolean>();
  return (file, spec) => {
    const key = `${dirname(file)}\u0000${spec}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let found = false;
    let d = dirname(file);
    for (let i = 0; i < MAX_DENO_CONFIG_DEPTH; i++) {
      const configs = ['deno.json', 'deno.jsonc'].map((n) => (d ? `${d}/${n}` : n)).filter((p) => snapshot.has(p));
      const resolved = configs.map((c) => importsOf(c)).map((m) => (m ? resolve(m, spec) : null)).find((r) => r !== null);
      if (resolved !== undefined && resolved !== null) { found = HONO_CORS_MODULE.test(resolved); break; }
      if (!d) break;
      d = dirname(d);
    }
    memo.set(key, found);
    return found;
  };
}

/** Each stack's way to list the allowed origins (a finding in that stack's file gets it: withStackFix). */
const CORS_FIXES: Partial<Record<Stack, string>> = {
  python: 'List the allowed origins explicitly: Flask-CORS `CORS(app, origins=["https://app.example.com"])`, FastAPI/Starlette `allow_origins=["https://app.example.com"]`, django-cors-headers `CORS_ALLOWED_ORIGINS = ["https://app.example.com"]` (and `CORS_ALLOW_ALL_ORIGINS = False`).',
  node: 'List the allowed origins explicitly: `cors({ origin: ["https://app.example.com"] })` (Express, Hono, Elysia, Fastify\'s `@fastify/cors`), NestJS `app.enableCors({ origin: ["https://app.example.com"] })`.',
  ruby: 'List the allowed origins explicitly: rack-cors `origins "https://app.example.com"` in the `allow` block.',
  php: 'List the allowed origins explicitly: Laravel `\'allowed_origins\' => [\'https://app.example.com\']` in config/cors.php (Symfony NelmioCorsBundle `allow_origin: [\'https://app.example.com\']`).',
  go: 'List the allowed origins explicitly: gorilla `handlers.AllowedOrigins([]string{"https://app.example.com"})`, rs/cors and gin-contrib/cors `AllowOrigins: []string{"https://app.example.com"}` (not `AllowAllOrigins` or `cors.Default()`), Echo `middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: []string{"https://app.example.com"}})`, Fiber `cors.New(cors.Config{AllowOrigins: "https://app.example.com"})`.',
  rust: 'List the allowed origins explicitly: tower-http `CorsLayer::new().allow_origin("https://app.example.com".parse::<HeaderValue>().unwrap())` (not `CorsLayer::permissive()` or `Any`), actix-cors `Cors::default().allowed_origin("https://app.example.com")` (not `allow_any_origin()` or `Cors::permissive()`).',
  elixir: 'List the allowed origins explicitly: CORSPlug `plug CORSPlug, origin: ["https://app.example.com"]`, Corsica `plug Corsica, origins: ["https://app.example.com"]`.',
  jvm: 'List the allowed origins explicitly: Spring `allowedOrigins("https://app.example.com")` (`@CrossOrigin(origins = "https://app.example.com")`, `CorsConfiguration.setAllowedOrigins(List.of("https://app.example.com"))`; not `"*"` or `allowedOriginPatterns("*")`), Quarkus `quarkus.http.cors.origins=https://app.example.com`, Ktor `allowHost("app.example.com", schemes = listOf("https"))` instead of `anyHost()`.',
  dotnet: 'List the allowed origins explicitly: ASP.NET Core `policy.WithOrigins("https://app.example.com")` instead of `AllowAnyOrigin()` or `SetIsOriginAllowed(_ => true)`.',
};

/** A config-specific fix for nginx and Apache findings (the check's generic fix names application libraries). */
const NGINX_FIX = 'list the allowed origins: map $http_origin $cors { default ""; "~^https://app\\.example\\.com$" $http_origin; } and add_header Access-Control-Allow-Origin $cors';
const APACHE_FIX = 'list the allowed origins: SetEnvIf Origin "^https://app\\.example\\.com$" CORS_ORIGIN=$0 and Header set Access-Control-Allow-Origin "%{CORS_ORIGIN}e" env=CORS_ORIGIN';
const INGRESS_FIX = 'set nginx.ingress.kubernetes.io/cors-allow-origin to the allowed origins ("https://app.example.com")';

const ORIGIN_VAR = /^\$(?:http_origin|\{http_origin\})$/i;

/** The value an nginx `add_header`/`more_set_headers` directive gives the header `name` (lower case), or undefined. */
function acaoValue(d: NginxDirective, name: string): string | undefined {
  const n = d.name.toLowerCase();
  if (n === 'add_header') return d.args[0]?.value.toLowerCase() === name ? d.args[1]?.value : undefined;
  if (n !== 'more_set_headers') return undefined;
  for (const a of d.args) { const m = /^([\w-]+):\s*(.*)$/.exec(a.value.trim()); if (m && m[1]!.toLowerCase() === name) return m[2]!.trim(); }
  return undefined;
}

/**
 * An nginx `if`/`map` that checks the request's origin: `if ($http_origin ~* "^https://(app|admin)\.example\.com$")`,
 * `if ($http_origin = "https://app.example.com")`, a `map $http_origin` that gives an unlisted origin nothing of it. Not checks:
 * `if ($http_origin)` and `if ($http_origin != "")` (any non-empty origin), a regex that matches any origin (`~* .*`), and a map
 * that gives an unlisted origin `$http_origin` or `*` (its `default`, or an any-origin regex).
 */
function isOriginCheck(d: NginxDirective): boolean {
  if (d.name === 'map') return ORIGIN_VAR.test(d.args[0]?.value ?? '') && mapForeign(d) === null;
  if (d.name !== 'if') return false;
  const cond = /^\(\s*([\s\S]*?)\s*\)$/.exec(d.args.map((a) => a.value).join(' ').trim())?.[1] ?? '';
  const m = /^\$\{?http_origin\}?(?:\s*(!?~\*?|!?=)\s*([\s\S]*))?$/i.exec(cond);
  if (!m) return /\$\{?http_origin\b/i.test(cond);
  const [, op, operand = ''] = m;
  if (!op || (/=$/.test(op) && operand === '')) return false;
  return !(op.startsWith('~') && matchesAnyOrigin(operand, op.endsWith('*')));
}

/**
 * Whether nginx directives (every file's) check the origin before a direct `$http_origin` echo: an `if` that tests it
 * (isOriginCheck), or an `if` that tests the variable of an allow-list `map $http_origin $var` (`if ($cors_ok) { add_header
 * Access-Control-Allow-Origin $http_origin; }`). A map by itself is no check: a location that never uses its variable still
 * echoes every origin (an `add_header` of the map's own variable is judged through the map: nginxOrigin).
 */
function checksOrigin(directives: readonly NginxDirective[]): boolean {
  const varName = (v: string) => /^\$\{?(\w+)\}?$/.exec(v)?.[1];
  const allowed = new Set(directives.filter((d) => d.name === 'map' && isOriginCheck(d)).map((d) => varName(d.args[1]?.value ?? '')).filter((v) => v !== undefined));
  return directives.some((d) => d.name === 'if' && (isOriginCheck(d) || [...d.args.map((a) => a.value).join(' ').matchAll(/\$\{?(\w+)\}?/g)].some((m) => allowed.has(m[1]!))));
}

/**
 * What a `map $http_origin $var { … }` gives an origin it does not list, when that is the origin itself or `*`: the first regex
 * entry that matches any origin (`"~^https?://.*$" $http_origin`), else its `default`. Null when an unlisted origin gets anything else.
 */
function mapForeign(map: NginxDirective): { value: string; entry: string } | null {
  const entries = map.block ?? [];
  const regex = entries.find((e) => e.name.startsWith('~') && matchesAnyOrigin(e.name.replace(/^~\*?/, ''), e.name.startsWith('~*')));
  const entry = regex ?? entries.find((e) => e.name === 'default');
  const value = entry?.args[0]?.value ?? '';
  return ORIGIN_VAR.test(value) || value === '*' ? { value, entry: `${entry!.name === 'default' ? 'default' : `"${entry!.name}"`} ${value}` } : null;
}

/**
 * What an nginx Access-Control-Allow-Origin value sends an unlisted origin: `*`, or the origin itself (`$http_origin`). A
 * variable is followed to a `set $var "*";` (or `$http_origin`) in the directive's own block or one enclosing it (the last one,
 * a literal only; a `set` inside an `if` is conditional and not followed), or to a `map $http_origin $var` in any file.
 */
function nginxOrigin(value: string, d: NginxDirective, config: NginxConfig, maps: ReadonlyMap<string, NginxDirective>): { kind: 'star' | 'reflect'; via?: string; map?: boolean } | null {
  if (value === '*') return { kind: 'star' };
  if (ORIGIN_VAR.test(value)) return { kind: 'reflect' };
  const v = /^\$\{?(\w+)\}?$/.exec(value)?.[1];
  if (!v) return null;
  for (let scope: NginxDirective | undefined = d.parent, done = false; !done; scope = scope?.parent) {
    done = !scope;
    const list = scope ? scope.block ?? [] : config.directives.filter((x) => !x.parent);
    const set = list.filter((x) => x.name === 'set' && x.args[0]?.value === `$${v}` && x.args[1]).at(-1);
    if (!set) continue;
    const literal = set.args[1]!.value;
    if (literal === '*') return { kind: 'star', via: `set $${v} "*"` };
    if (ORIGIN_VAR.test(literal)) return { kind: 'reflect', via: `set $${v} ${literal}` };
    return null;
  }
  const map = maps.get(`$${v}`);
  const foreign = map && mapForeign(map);
  if (!foreign) return null;
  const via = `map ${map!.args[0]!.value} $${v}: ${foreign.entry}`;
  return foreign.value === '*' ? { kind: 'star', via } : { kind: 'reflect', via, map: true };
}

/** ingress-nginx's CORS annotations and the snippet annotations (ingress-nginx's and NGINX Inc's) that hold nginx directives. */
const NGINX_INGRESS = 'nginx.ingress.kubernetes.io/';
const SNIPPET_ANNOTATIONS = [`${NGINX_INGRESS}configuration-snippet`, `${NGINX_INGRESS}server-snippet`, 'nginx.org/server-snippets', 'nginx.org/location-snippets'];

/**
 * Any-origin CORS an Ingress asks its controller for: ingress-nginx's `enable-cors: "true"` with `cors-allow-origin: "*"`
 * or without `cors-allow-origin` (its default is `*`), at the origin annotation (else at `enable-cors`); and a snippet
 * annotation (`configuration-snippet`, `server-snippet`, NGINX Inc's `nginx.org/*-snippets`) whose nginx lines add
 * `Access-Control-Allow-Origin *` (`add_header`, `more_set_headers "Access-Control-Allow-Origin: *"`) or echo
 * `$http_origin` without an `if ($http_origin …)`/`map` allow-list in the snippet, at that line. ingress-nginx sends
 * the literal `*` (browsers then send no credentials, whatever `cors-allow-credentials` says); a reflected origin with
 * `Access-Control-Allow-Credentials: true` in the snippet is critical.
 */
function ingressCors(snapshot: SnapshotView): { hits: (FrontHit & { fix: string })[]; judged: boolean } {
  const out: (FrontHit & { fix: string })[] = [];
  let judged = false;
  for (const obj of snapshot.k8sObjects()) {
    if (obj.kind !== 'Ingress' || isTemplate(obj.file) || isTestFile(obj.file)) continue;
    const meta = obj.value['metadata'];
    const ann = isObject(meta) && isObject(meta['annotations']) ? meta['annotations'] : null;
    if (!ann) continue;
    const dev = isDevOnly(obj.file);
    const name = `Ingress '${obj.name ?? '?'}'`;
    const str = (k: string) => { const v = ann[k]; return typeof v === 'string' || typeof v === 'boolean' ? String(v).trim() : null; };
    // An Ingress whose CORS annotations (or snippets) were read is judged: it passes when they list origins.
    if (str(`${NGINX_INGRESS}enable-cors`) !== null || SNIPPET_ANNOTATIONS.some((k) => typeof ann[k] === 'string')) judged = true;
    if (str(`${NGINX_INGRESS}enable-cors`)?.toLowerCase() === 'true') {
      const origin = str(`${NGINX_INGRESS}cors-allow-origin`);
      // Exactly `*` (a list holding `*` becomes a pattern of one host label, not any origin).
      if (origin === null || origin === '*') {
        const key = origin === null ? 'enable-cors' : 'cors-allow-origin';
        const at = obj.loc(['metadata', 'annotations', `${NGINX_INGRESS}${key}`]);
        const what = origin === null ? `ingress-nginx ${name} enable-cors without cors-allow-origin allows any origin (the default is *)` : `ingress-nginx ${name} cors-allow-origin "*" allows any origin`;
        out.push({ file: obj.file, line: at.line, column: at.column, what, credentials: false, dev, reflected: false, fix: INGRESS_FIX });
      }
    }
    const lines = snapshot.lines(obj.file) ?? [];
    for (const key of SNIPPET_ANNOTATIONS) {
      const snippet = ann[key];
      if (typeof snippet !== 'string') continue;
      const at = obj.loc(['metadata', 'annotations', key]);
      // An allow-list checks the origin: `if ($http_origin ~* "^https://…$")`, not `if ($http_origin)` (see isOriginCheck).
      const allowList = checksOrigin(walkNginx(parseNginx(snippet)));
      const credentials = /access-control-allow-credentials["':\s]+true/i.test(snippet);
      let from = at.line - 1;
      for (const raw of snippet.split('\n')) {
        const l = raw.trim();
        if (!l || l.startsWith('#')) continue;
        const star = SNIPPET_STAR.test(l);
        const reflect = !allowList && /^(?:add_header\s+["']?access-control-allow-origin["']?\s+["']?\$(?:http_origin|\{http_origin\})["']?|more_set_headers\s+(?:-\S+\s+)*["']access-control-allow-origin:\s*\$(?:http_origin|\{http_origin\})["'])(?:\s|;|$)/i.test(l);
        if (!star && !reflect) continue;
        // The snippet's line in the file: the first at or after the annotation holding it (a block scalar's lines).
        const found = snippetLine(lines, from, l);
        const pos = found ?? at;
        if (found) from = found.line;
        const directive = l.split(/\s/)[0]!;
        out.push({ file: obj.file, line: pos.line, column: pos.column, what: `${key.slice(key.indexOf('/') + 1)} of ${name}: nginx ${directive} Access-Control-Allow-Origin ${reflect ? '$http_origin reflects' : '* allows'} any origin`, credentials: reflect && credentials, dev, reflected: reflect, fix: NGINX_FIX });
      }
    }
  }
  return { hits: out, judged };
}

/** Static hosts' header rules: Vercel's `vercel.json`, Firebase Hosting's `firebase.json`, Netlify's `netlify.toml` and `_headers` (Cloudflare Pages too). */
const HOSTING_HEADERS: [RegExp, RegExp, string][] = [
  [/(?:^|\/)vercel\.json$/, /"key"\s*:\s*"access-control-allow-origin"\s*,\s*"value"\s*:\s*"\*"/gi, 'vercel.json headers'],
  // The same `{ "source": …, "headers": [{ "key": …, "value": … }] }` rules as vercel.json, under `hosting` (a site, or each of a list).
  [/(?:^|\/)firebase\.json$/, /"key"\s*:\s*"access-control-allow-origin"\s*,\s*"value"\s*:\s*"\*"/gi, 'firebase.json hosting headers'],
  [/(?:^|\/)netlify\.toml$/, /^[ \t]*"?access-control-allow-origin"?[ \t]*=[ \t]*"\*"/gim, 'netlify.toml headers'],
  [/(?:^|\/)_headers$/, /^[ \t]+access-control-allow-origin:[ \t]*\*[ \t]*\r?$/gim, '_headers'],
];

/**
 * The path pattern of the rule a static host's header sits under: vercel.json's `source` of the rule object whose
 * `headers` hold it, netlify.toml's `for` of its `[[headers]]` table, `_headers`' unindented path line above it.
 */
function hostingRulePath(file: string, text: string, at: number): string | null {
  if (file.endsWith('_headers')) {
    const lines = text.slice(0, at).split('\n').slice(0, -1).reverse();
    const path = lines.find((l) => /^\S/.test(l) && !l.startsWith('#'));
    return path?.trim() ?? null;
  }
  if (file.endsWith('.toml')) {
    // The last array table opened above the header (`[[headers]]`), to the next one.
    const tables = [...text.matchAll(/^[ \t]*\[\[[ \t]*([\w."-]+)[ \t]*\]\]/gm)];
    const i = tables.findLastIndex((t) => t.index < at);
    if (i === -1 || tables[i]![1] !== 'headers') return null;
    const table = text.slice(tables[i]!.index, tables[i + 1]?.index);
    return /^[ \t]*for[ \t]*=[ \t]*(["'])([^"'\n]*)\1/m.exec(table)?.[2] ?? null;
  }
  // vercel.json: the containers open at the header's object: …, the rule `{`, its `headers` `[`, the header `{`.
  const open: number[] = [];
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '"') { for (i++; i < at && text[i] !== '"'; i++) if (text[i] === '\\') i++; }
    else if (c === '{' || c === '[') open.push(i);
    else if (c === '}' || c === ']') open.pop();
  }
  const rule = open.at(-3);
  if (rule === undefined || text[rule] !== '{') return null;
  let depth = 0;
  let end = -1;
  for (let i = rule; i < text.length && end === -1; i++) {
    const c = text[i];
    if (c === '"') { for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++; }
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) end = i;
  }
  try {
    // Firebase Hosting's rule may match by `regex` instead of a `source` glob.
    const { source, regex } = JSON.parse(text.slice(rule, end + 1)) as { source?: unknown; regex?: unknown };
    return typeof source === 'string' ? source : typeof regex === 'string' ? regex : null;
  } catch { return null; }
}

/** Folders of public static files in a static host's path (nginx's list, and Next.js' `/_next/static/`). */
const HOSTED_STATIC_DIR = /^(?:static|fonts?|assets|images?|img|css|js|media|icons?|_next\/static)$/i;
/** Extensions of public static assets (util/nginx.ts' list): web fonts, images, styles and scripts. */
const HOSTED_STATIC_EXT = /^(?:eot|otf|ttf|ttc|woff2?|a?png|jpe?g|jxl|gif|svgz?|webp|avifs?|ico|cur|bmp|css|js|mjs|map)$/i;

/**
 * Whether a static host's path pattern covers only public static assets, as nginx's static locations do: a folder of
 * them and anything under it (`/fonts/*`, `/assets/*`, `/static/:path*`, vercel's `/fonts/(.*)`, `/_next/static/(.*)`),
 * or files by a static extension (`/*.woff2`, `/(.*).(woff|woff2|ttf)`, `/:path*.woff2`). `/*`, `/(.*)`, `/api/*` are not.
 */
function isStaticHostPath(pattern: string): boolean {
  // Firebase's globs: `**/*.@(eot|otf|ttf|woff|font.css)` (its docs' fonts rule) is `/*.(eot|…)`, `/fonts/**` a folder; its `regex` rules
  // are anchored (`^/assets/.*$`).
  const path = pattern.trim().replace(/^https?:\/\/[^/]+/i, '').replace(/^\*\*\//, '/').replace(/@\(/g, '(').replace(/^\^(?=\/)/, '');
  const ext = /\\?\.(?:\((?:\?:)?([\w.|]+)\)|(\w+))\$?$/.exec(path);
  // An item with a dot (`font.css`) is judged by its last extension.
  if (ext) return (ext[1] ?? ext[2]!).split('|').every((e) => HOSTED_STATIC_EXT.test(e.slice(e.lastIndexOf('.') + 1)));
  const dir = /^\/(_next\/static|[^/*:()]+)(?:\/.*)?$/.exec(path);
  return dir !== null && HOSTED_STATIC_DIR.test(dir[1]!);
}

/** `Access-Control-Allow-Origin: *` in a static host's header rules (a note under a path of public static assets). */
function hostingHeaders(snapshot: Pick<Snapshot, 'files' | 'text'>): { file: string; line: number; column: number; what: string; note?: string }[] {
  const out: { file: string; line: number; column: number; what: string; note?: string }[] = [];
  // (vercel.json, firebase.json, netlify.toml, Netlify's `_headers`.)
  for (const file of filesEndingIn(snapshot.files, 'json', 'toml', '')) {
    const kind = HOSTING_HEADERS.find(([name]) => name.test(file));
    if (!kind || isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (text === undefined || !containsAnyCase(text, ACAO_WORD)) continue;
    for (const m of text.matchAll(kind[1])) {
      const path = hostingRulePath(file, text, m.index);
      const at = lineColumnAt(text, m.index + m[0].search(/\S/));
      // Web fonts and images loaded cross-origin need it, as in nginx's static locations: public by design.
      if (path !== null && isStaticHostPath(path)) out.push({ file, ...at, what: '', note: `${kind[2]} set Access-Control-Allow-Origin: * for ${path}, which serves public static assets only (fonts, images, styles or scripts): fine there; keep it off the application's routes` });
      else out.push({ file, ...at, what: `${kind[2]} set Access-Control-Allow-Origin: * (any origin)` });
    }
  }
  return out;
}

/** The Serverless Framework's service file. */
const SERVERLESS_FILE = /(?:^|\/)serverless\.ya?ml$/;
const starIn = (v: unknown): boolean => v === '*' || (Array.isArray(v) && v.includes('*'));

type YamlCorsHit = { file: string; line: number; column: number | null; what: string };

/**
 * Serverless Framework (AWS) `serverless.yml`: an `http` event's `cors: true` (API Gateway then answers
 * `Access-Control-Allow-Origin: *`), `cors: { origin: '*' }` or `origins` holding `'*'`; `provider.httpApi.cors: true`
 * (HTTP API's `allowedOrigins: *`) or `allowedOrigins` holding `'*'`. Reported at the value.
 */
function serverlessCors(snapshot: Pick<Snapshot, 'files' | 'yaml' | 'text'>): YamlCorsHit[] {
  const out: YamlCorsHit[] = [];
  for (const file of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    if (!SERVERLESS_FILE.test(file) || isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
    if (!snapshot.text(file)?.includes('cors')) continue;
    for (const doc of snapshot.yaml(file)?.docs ?? []) {
      const root = doc.value;
      if (!isObject(root)) continue;
      const push = (path: (string | number)[], what: string) => { const at = doc.loc(path); out.push({ file, line: at?.line ?? 1, column: at?.column ?? null, what }); };
      const httpApi = isObject(root['provider']) ? root['provider']['httpApi'] : undefined;
      const apiCors = isObject(httpApi) ? httpApi['cors'] : undefined;
      if (apiCors === true) push(['provider', 'httpApi', 'cors'], 'serverless.yml provider.httpApi.cors: true (allowedOrigins *) allows any origin');
      else if (isObject(apiCors) && starIn(apiCors['allowedOrigins'])) push(['provider', 'httpApi', 'cors', 'allowedOrigins'], 'serverless.yml provider.httpApi.cors.allowedOrigins \'*\' allows any origin');
      if (!isObject(root['functions'])) continue;
      for (const [name, fn] of Object.entries(root['functions'])) {
        const events = isObject(fn) ? fn['events'] : undefined;
        if (!Array.isArray(events)) continue;
        events.forEach((ev, i) => {
          const http = isObject(ev) ? ev['http'] : undefined;
          const cors = isObject(http) ? http['cors'] : undefined;
          const at = ['functions', name, 'events', i, 'http', 'cors'];
          if (cors === true) push(at, `serverless.yml function '${name}' http event cors: true (Access-Control-Allow-Origin: *) allows any origin`);
          else if (isObject(cors) && (cors['origin'] === '*' || starIn(cors['origins']))) push([...at, cors['origin'] === '*' ? 'origin' : 'origins'], `serverless.yml function '${name}' http event cors origin '*' allows any origin`);
        });
      }
    }
  }
  return out;
}

/** A SAM/CloudFormation header value: SAM's quoted string (`"'*'"`), the quotes API Gateway's mapping expression needs. */
const samStar = (v: unknown): boolean => typeof v === 'string' && /^\s*(['"]?)\*\1\s*$/.test(v);

/**
 * AWS SAM and CloudFormation templates (YAML with `Resources` and `AWSTemplateFormatVersion` or a `Transform`):
 * `Globals.Api.Cors` / an `AWS::Serverless::Api`'s `Cors` of `"'*'"` (the string form is the allowed origin) or whose
 * `AllowOrigin` is `"'*'"`; `Globals.HttpApi.CorsConfiguration` / an `AWS::Serverless::HttpApi`'s `CorsConfiguration: true`
 * (SAM adds `*`) or `AllowOrigins` holding `'*'` (also `AWS::ApiGatewayV2::Api`); Lambda function URLs (`FunctionUrlConfig.Cors`,
 * `AWS::Lambda::Url` `Cors`) whose `AllowOrigins` hold `'*'`.
 */
function samCors(snapshot: Pick<Snapshot, 'files' | 'yaml' | 'text'>): { hits: YamlCorsHit[]; judged: boolean } {
  const out: YamlCorsHit[] = [];
  let judged = false;
  for (const file of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    if (!/\.ya?ml$/i.test(file) || SERVERLESS_FILE.test(file) || (isTemplate(file) && !isCfnNamed(file)) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (text === undefined || !text.includes('Cors') || !text.includes('AWS')) continue;
    for (const doc of snapshot.yaml(file)?.docs ?? []) {
      const root = doc.value;
      if (!isObject(root) || !isObject(root['Resources']) || !('AWSTemplateFormatVersion' in root || 'Transform' in root)) continue;
      judged = true;
      const name = basename(file);
      const push = (path: (string | number)[], what: string) => { const at = doc.loc(path); out.push({ file, line: at?.line ?? 1, column: at?.column ?? null, what: `${name} ${what}` }); };
      const restCors = (cors: unknown, path: (string | number)[], owner: string) => {
        if (samStar(cors)) push(path, `${owner} Cors "'*'" allows any origin`);
        else if (isObject(cors) && samStar(cors['AllowOrigin'])) push([...path, 'AllowOrigin'], `${owner} Cors AllowOrigin "'*'" allows any origin`);
      };
      const httpCors = (cors: unknown, path: (string | number)[], owner: string, key: string, sam: boolean) => {
        if (sam && cors === true) push(path, `${owner} ${key}: true (AllowOrigins *) allows any origin`);
        else if (isObject(cors) && starIn(cors['AllowOrigins'])) push([...path, 'AllowOrigins'], `${owner} ${key} AllowOrigins '*' allows any origin`);
      };
      const globals = isObject(root['Globals']) ? root['Globals'] : {};
      if (isObject(globals['Api'])) restCors(globals['Api']['Cors'], ['Globals', 'Api', 'Cors'], 'Globals.Api');
      if (isObject(globals['HttpApi'])) httpCors(globals['HttpApi']['CorsConfiguration'], ['Globals', 'HttpApi', 'CorsConfiguration'], 'Globals.HttpApi', 'CorsConfiguration', true);
      const fnUrl = isObject(globals['Function']) ? globals['Function']['FunctionUrlConfig'] : undefined;
      if (isObject(fnUrl)) httpCors(fnUrl['Cors'], ['Globals', 'Function', 'FunctionUrlConfig', 'Cors'], 'Globals.Function.FunctionUrlConfig', 'Cors', false);
      for (const [id, r] of Object.entries(root['Resources'])) {
        const props = isObject(r) ? r['Properties'] : undefined;
        if (!isObject(r) || !isObject(props)) continue;
        const at = ['Resources', id, 'Properties'];
        if (r['Type'] === 'AWS::Serverless::Api') restCors(props['Cors'], [...at, 'Cors'], id);
        else if (r['Type'] === 'AWS::Serverless::HttpApi') httpCors(props['CorsConfiguration'], [...at, 'CorsConfiguration'], id, 'CorsConfiguration', true);
        else if (r['Type'] === 'AWS::ApiGatewayV2::Api') httpCors(props['CorsConfiguration'], [...at, 'CorsConfiguration'], id, 'CorsConfiguration', false);
        else if (r['Type'] === 'AWS::Lambda::Url') httpCors(props['Cors'], [...at, 'Cors'], id, 'Cors', false);
        else if (r['Type'] === 'AWS::Serverless::Function' && isObject(props['FunctionUrlConfig'])) httpCors(props['FunctionUrlConfig']['Cors'], [...at, 'FunctionUrlConfig', 'Cors'], id, 'FunctionUrlConfig.Cors', false);
      }
    }
  }
  return { hits: out, judged };
}

/** Symfony's NelmioCorsBundle configuration: `config/packages/nelmio_cors.yaml`, and per environment `config/packages/<env>/nelmio_cors.yaml`. */
const NELMIO_FILE = /(?:^|\/)config\/packages\/(?:([^/]+)\/)?nelmio_cors\.ya?ml$/;

/**
 * NelmioCorsBundle blocks (`defaults`, and each of `paths`) whose `allow_origin` lists `'*'` (or, with
 * `origin_regex: true`, an any-origin regex); a path without its own `allow_origin` or `origin_regex`
 * takes the `defaults`' (judged there). The bundle echoes the request's origin, so with
 * `allow_credentials: true` (the block's or the defaults') any site makes authenticated requests.
 */
function nelmioCors(snapshot: Pick<Snapshot, 'files' | 'yaml'>): { file: string; line: number; column: number | null; what: string; credentials: boolean; dev: boolean }[] {
  const out: ReturnType<typeof nelmioCors> = [];
  for (const file of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    const m = NELMIO_FILE.exec(file);
    if (!m || isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
    const dev = m[1] !== undefined && DEV_WORD.test(m[1]);
    for (const doc of snapshot.yaml(file)?.docs ?? []) {
      const cfg = isObject(doc.value) ? doc.value['nelmio_cors'] : undefined;
      if (!isObject(cfg)) continue;
      const defaults = isObject(cfg['defaults']) ? cfg['defaults'] : {};
      const blocks: [string[], Record<string, unknown>][] = [[['defaults'], defaults]];
      if (isObject(cfg['paths'])) for (const [p, v] of Object.entries(cfg['paths'])) if (isObject(v)) blocks.push([['paths', p], v]);
      for (const [where, block] of blocks) {
        const own = 'allow_origin' in block;
        const regex = (block['origin_regex'] ?? defaults['origin_regex']) === true;
        // A path that only turns origin_regex on judges the defaults' origins as regexes.
        if (!own && !(where[0] === 'paths' && 'origin_regex' in block && regex && defaults['origin_regex'] !== true)) continue;
        const origins = own ? block['allow_origin'] : defaults['allow_origin'];
        const list = Array.isArray(origins) ? origins : [origins];
        const any = list.find((o) => o === '*' || (regex && typeof o === 'string' && isAnyRegex(o)));
        if (any === undefined) continue;
        const at = doc.loc(['nelmio_cors', ...where, own ? 'allow_origin' : 'origin_regex']);
        const name = where[0] === 'defaults' ? 'defaults' : `paths '${where[1]}'`;
        out.push({ file, line: at?.line ?? 1, column: at?.column ?? null, what: `NelmioCorsBundle ${name} allow_origin '${String(any)}'${regex ? ' (a regex)' : ''} allows any origin`, credentials: (block['allow_credentials'] ?? defaults['allow_credentials']) === true, dev });
      }
    }
  }
  return out;
}

/** Play Framework configuration: HOCON files in `conf/` (`conf/application.conf`, `conf/prod.conf`). */
const PLAY_CONF = /(?:^|\/)conf\/[^/]+\.conf$/i;
const PLAY_CORS = 'play.filters.cors.';
const PLAY_FILTER = 'play.filters.cors.CORSFilter';
/**
 * Play Framework's CORS filter (`conf/*.conf`): `play.filters.cors.allowedOrigins = null` (all origins, Play's default)
 * or `["*"]` (Play 2.9+: any origin), and `play.filters.enabled += "play.filters.cors.CORSFilter"` where no conf file of
 * the folder sets `allowedOrigins` (the `null` default). With `supportsCredentials` (true unless set to false) the filter
 * echoes the request's origin with `Access-Control-Allow-Credentials: true`: `critical`.
 */
function playCors(snapshot: Pick<Snapshot, 'files' | 'text'>): { file: string; line: number; column: number; what: string; credentials: boolean; dev: boolean }[] {
  const out: ReturnType<typeof playCors> = [];
  const confs = filesEndingIn(snapshot.files, 'conf').filter((f) => PLAY_CONF.test(f) && !isTemplate(f) && !isTestFile(f) && !isVendoredOrGenerated(f));
  const parsed = new Map<string, ReturnType<typeof hoconEntries>>();
  for (const file of confs) {
    const text = snapshot.text(file);
    if (text !== undefined && containsAnyCase(text, 'cors')) parsed.set(file, hoconEntries(text));
  }
  const setsOrigins = (dir: string) => [...parsed].some(([f, entries]) => dirname(f) === dir && entries.some((e) => e.path === `${PLAY_CORS}allowedOrigins`));
  for (const [file, entries] of parsed) {
    // A conf file named for development, tests or CI (`dev.conf`, `application.local.conf`, `ci.conf`): the words DEV_WORD knows.
    const dev = hasDevWord(basename(file).replace(/\.conf$/i, ''));
    const credentials = !entries.some((e) => e.path === `${PLAY_CORS}supportsCredentials` && /^false$/i.test(unquote(e.value)));
    const origins = entries.filter((e) => e.path === `${PLAY_CORS}allowedOrigins`).at(-1);
    if (origins) {
      const v = origins.value.replace(/,$/, '').trim();
      const items = /^\[.*\]$/.test(v) ? v.slice(1, -1).split(',').map(unquote) : null;
      if (v === 'null') out.push({ file, line: origins.line, column: origins.column, what: 'Play play.filters.cors.allowedOrigins = null allows all origins', credentials, dev });
      else if (items?.includes('*')) out.push({ file, line: origins.line, column: origins.column, what: `Play play.filters.cors.allowedOrigins = ${quoteSource(v)} allows any origin`, credentials: false, dev });
      continue;
    }
    const enables = entries.find((e) => e.path === 'play.filters.enabled' && e.value.includes(PLAY_FILTER));
    if (enables && !setsOrigins(dirname(file))) out.push({ file, line: enables.line, column: enables.column, what: 'Play CORSFilter enabled without play.filters.cors.allowedOrigins allows all origins (its default is null: all origins)', credentials, dev });
  }
  return out;
}

/** Directus's image (`directus/directus:11.1`), also through a registry mirror (`registry.example.com/directus/directus`). */
const DIRECTUS_IMAGE = /(?:^|\/)directus\/directus(?:[:@]|$)/i;

/**
 * Directus, a compose service that runs its image: `CORS_ENABLED: "true"` with `CORS_ORIGIN: "true"`, which Directus hands to
 * the `cors` package as `origin: true`, echoing the request's origin (any origin), with credentials unless `CORS_CREDENTIALS` is
 * false (Directus's default is true). The service's `environment` wins over its `env_file`s, as compose does. (`CORS_ORIGIN: "*"`
 * is a literal `*`, the env rule's.) Once per place a value is written.
 */
function directusCors(snapshot: SnapshotView): { file: string; line: number; column: number; what: string; credentials: boolean; dev: boolean }[] {
  const out = new Map<string, ReturnType<typeof directusCors>[number]>();
  for (const cf of snapshot.composeFiles()) {
    if (isTemplate(cf.path) || isTestFile(cf.path)) continue;
    for (const svc of cf.services) {
      const image = svc.value['image'];
      if (typeof image !== 'string' || !DIRECTUS_IMAGE.test(image.trim())) continue;
      const env = new Map<string, { value: string; file: string; line: number; column: number }>();
      for (const p of composeEnvFiles(svc)) {
        for (const e of snapshot.envFileAt(p)?.entries ?? []) env.set(e.key, { value: e.value, file: p, line: e.line, column: e.valueColumn });
      }
      for (const e of composeEnvironment(svc)) if (e.value !== null) env.set(e.key, { value: e.value, ...svc.origin(e.path) });
      const value = (k: string) => { const e = env.get(k); return e ? deployedValue(e.value) ?? '' : null; };
      const origin = env.get('CORS_ORIGIN');
      if (!origin || !/^true$/i.test(value('CORS_ORIGIN') ?? '') || !/^true$/i.test(value('CORS_ENABLED') ?? '')) continue;
      const credentials = !/^false$/i.test(value('CORS_CREDENTIALS') ?? 'true');
      const place = `${origin.file}:${origin.line}:${origin.column}`;
      const dev = composeDevOnly(svc) !== null || isDevOnly(origin.file);
      const prev = out.get(place);
      if (prev) { prev.dev &&= dev; continue; }
      out.set(place, { ...origin, what: `Directus CORS_ORIGIN: true (with CORS_ENABLED: true, service '${svc.name}') reflects any origin${credentials && value('CORS_CREDENTIALS') === null ? ' (CORS_CREDENTIALS defaults to true)' : ''}`, credentials, dev });
    }
  }
  return [...out.values()];
}

/** The readers above, once per view: the check's `prepare` works them out while the workers scan (none needs a scanner's results). */
const ingressCorsOf = perView(ingressCors);
const samCorsOf = perView(samCors);
const nelmioCorsOf = perView(nelmioCors);
const serverlessCorsOf = perView(serverlessCors);
const playCorsOf = perView(playCors);
const hostingHeadersOf = perView(hostingHeaders);
const directusCorsOf = perView(directusCors);

/** One file's CORS hits (lines and dev-only status resolved in the scan) and what it configures. */
interface CorsScan {
  hits: { line: number; column: number; start: number; what: string; credentials: boolean; setting: PySettingRef | null; defaultOrigins: boolean; envKey: string | null; dev: boolean; devBranch?: boolean; fieldGuards?: FieldGuard[]; reflected?: boolean; note?: string; configCredentials?: boolean; fix?: string; instance?: string; micronautOpen?: boolean; corsPlugDefault?: boolean; options?: { name: string; enabled: boolean }; aspNetPolicy?: AspNetPolicyName | null; whenSet?: WhenSet[]; strapiBase?: boolean; denoAlias?: string; springProfile?: string }[];
  /** The line of the `strapi::cors` origin this Strapi production middleware list (`config/env/production/middlewares.*`) sets. */
  strapiProduction?: number;
  /** ASP.NET Core CORS policies this C# file applies (`app.UseCors("Dev")`, `[EnableCors("Dev")]`). */
  aspNetUses?: AspNetPolicyUse[];
  /** CORS options this JS module imports from another module of the project and passes to a CORS middleware. */
  corsUses?: CorsOptionsUse[];
  /** Objects this JS module exports that set `origin` (judged when a module passes them to a CORS middleware). */
  corsExports?: CorsOptionsExport[];
  /** Names of the option dicts this module's Flask-CORS calls spread (`CORS(app, **app.config["CORS_OPTIONS"])`). */
  spreads?: string[];
  /** A Micronaut configuration file that defines CORS `configurations` (restricting what `enabled: true` opens in its folder). */
  micronautConfigures?: boolean;
  /** Names this Python module binds to a bare Flask-CORS extension (`cors = CORS()`). */
  instances?: string[];
  /** Settings this file restricts outside development code. */
  restricted: Restricted[];
  /** Python code that allows credentials outside development code (a setting, or supports_credentials=True). */
  credentials?: boolean;
  /** Python code that sets Flask-CORS's `CORS_SUPPORTS_CREDENTIALS = True` outside development code. */
  flaskCredentials?: boolean;
  /** Settings a `CORSMiddleware(…, allow_credentials=True)` call of this file takes its origins from, outside development code. */
  credentialed?: string[];
  /** Python code that sets CORS_ORIGINS/CORS_RESOURCES (replacing Flask-CORS's default). */
  configures: boolean;
  /** Config loads (`app.config.from_object(…)`) and the classes the file defines: what a runtime setting may be overridden by. */
  loads: ConfigLoad[];
  classes: string[];
}

/**
 * A hit's message for an environment read whose `*` fallback the deploy environment sets itself (`at`: `CORS_ORIGINS=* in
 * compose.yaml:6`): the variable is set, so the message says where instead of "when … is unset".
 */
/** Whether a deploy setting's key is the variable a hit falls back on (in any case for a pydantic-settings field). */
const envKeyIs = (key: string, h: { envKey: string | null; envAnyCase?: boolean }): boolean => (h.envAnyCase ? key.toUpperCase() === h.envKey : key === h.envKey);

function setWhat(what: string, key: string, at: string): string {
  const k = escapeRegExp(key);
  return what
    .replace(new RegExp(String.raw`\b(falls?) back to (\S+) when ${k} is unset`), (_m, verb: string, v: string) => `${verb === 'falls' ? 'is' : 'are'} ${v} with ${at}`)
    .replace(new RegExp(String.raw` whenever ${k} is unset`), ` with ${at}`);
}

function emit(report: Report, file: string, line: number, column: number | null, what: string, credentials: boolean, dev: boolean, reflected = false, fix = 'list the allowed origins explicitly') {
  if (dev) { report({ file, line, column, note: true, message: `${what} (development-only; make sure production lists its origins)` }); return; }
  const reflects = reflected ? 'the caller\'s origin is reflected' : 'the library reflects the caller\'s origin';
  if (credentials) report({ file, line, column, severity: 'critical', message: `${what} with credentials: ${reflects}, so any site can make authenticated requests; ${fix}` });
  else report({ file, line, column, message: `${what}; ${fix}` });
}
