import { z } from 'zod';
import { defineCheck, type RawFinding } from './define.js';
import { CORS_ANY_ORIGIN, CORS_WILDCARD_UNDER_HEADING } from '../checklist/phrases.js';
import { basename, isTemplate, isDevOnly, isTestFile, isVendoredOrGenerated } from '../repo/classify.js';
import {
  isCodeFile, configEnv, findCalls, inDevBranch, isRequireOf, OTHER_CODE, otherSource, isWildcard, jsImports, requireCalls, listElements, matchBracket, objectLiteral, objectProps, overriddenSetting,
  pythonAssignments, pythonClasses, pythonConfigLoads, pythonSettings, sameProject, scanSource, splitList, stringValue, type Arg, type Call, type ConfigLoad, type Source,
} from './util/code.js';
import { deployedNginxConfigs } from './util/nginx.js';
import { containsAnyCase, quoteSource } from './util/text.js';

type Report = (f: RawFinding) => void;
const ACAO_WORD = { word: 'access-control-allow-origin', anchor: '-allow-' };
/** A finding in code; `setting` names a Python setting (which production code may override: see overriddenSetting). */
interface Hit { offset: number; what: string; credentials?: boolean; setting?: PySettingRef; defaultOrigins?: boolean }
/** A Python setting's name and form (runtime assignment or module/class default). */
interface PySettingRef { name: string; runtime: boolean; className: string | null }
/** A Python setting restricted (not any-origin) outside development code. */
interface Restricted extends PySettingRef { start: number }

const TRUE = /^(True|true)$/;
const ANY_REGEX = new Set(['*', '.*', '^.*$', '.+', '^.+$', '(.*)']);
const isAnyOrigin = (expr: string) => isWildcard(expr) || (listElements(expr) ?? [expr]).some((e) => ANY_REGEX.has(stringValue(e) ?? ''));
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
 * replaces the default).
 */
function flaskCors(src: Source): Hit[] {
  if (!/\bflask_cors\b/.test(src.bare)) return [];
  const calls = findCalls(src, /CORS|cross_origin/).filter((c) => /(^|\.)(CORS|cross_origin)$/.test(c.callee));
  // `cors = CORS()` then `cors.init_app(app, …)`: the options travel with init_app.
  for (const m of src.bare.matchAll(/\b([A-Za-z_]\w*)\s*=\s*(?:flask_cors\.)?CORS\(\s*\)/g)) calls.push(...findCalls(src, `${m[1]}.init_app`));
  const hits: Hit[] = [];
  for (const call of calls) {
    const isCors = call.callee.endsWith('CORS');
    if (isCors && !call.args.length) continue;
    const credentials = TRUE.test(argNamed(src, call, 'supports_credentials')?.value.trim() ?? '');
    const origins = argNamed(src, call, 'origins');
    if (origins) {
      if (isAnyOrigin(origins.value)) hits.push({ offset: origins.start, what: `Flask-CORS origins=${quoteSource(origins.value)} allows any origin`, credentials });
      continue;
    }
    // From here on the origins are Flask-CORS's default.
    const dflt = (h: Hit) => { hits.push({ ...h, defaultOrigins: true }); };
    const resources = argNamed(src, call, 'resources');
    if (!resources) { dflt({ offset: call.start, what: `${quoteSource(call.callee)}(…) without origins allows any origin (Flask-CORS defaults to '*')`, credentials }); continue; }
    const r = resources.value.trim();
    if (stringValue(r) !== null || listElements(r)) { dflt({ offset: resources.start, what: `Flask-CORS resources without origins allow any origin (the default is '*')`, credentials }); continue; }
    if (!r.startsWith('{')) continue;
    const close = matchBracket(src, resources.start);
    if (close < 0) continue;
    for (const entry of splitList(src, resources.start + 1, close)) {
      const v = entry.value.trim();
      if (!v.startsWith('{')) continue;
      const inner = splitList(src, entry.start + entry.value.indexOf('{') + 1, matchBracket(src, entry.start + entry.value.indexOf('{')));
      const o = inner.find((a) => a.name === 'origins');
      const cred = credentials || TRUE.test(inner.find((a) => a.name === 'supports_credentials')?.value.trim() ?? '');
      if (!o) dflt({ offset: entry.start, what: 'a Flask-CORS resource without origins allows any origin (the default is \'*\')', credentials: cred });
      // Written out: per-resource options override CORS_ORIGINS, so this is no default.
      else if (isAnyOrigin(o.value)) hits.push({ offset: o.start, what: `Flask-CORS resource origins ${quoteSource(o.value)} allows any origin`, credentials: cred });
    }
  }
  return hits;
}

/** FastAPI/Starlette `CORSMiddleware` with `allow_origins=["*"]` or an any-origin regex. */
function starlette(src: Source): Hit[] {
  if (!/\bCORSMiddleware\b/.test(src.bare)) return [];
  const hits: Hit[] = [];
  for (const call of findCalls(src, /add_middleware|Middleware|CORSMiddleware/)) {
    if (!call.callee.endsWith('CORSMiddleware') && !call.args.some((a) => a.name === null && /(^|\.)CORSMiddleware$/.test(a.value.trim()))) continue;
    const credentials = TRUE.test(argNamed(src, call, 'allow_credentials')?.value.trim() ?? '');
    const origins = argNamed(src, call, 'allow_origins');
    const regex = argNamed(src, call, 'allow_origin_regex');
    if (origins && isWildcard(origins.value)) hits.push({ offset: origins.start, what: `CORSMiddleware allow_origins=${quoteSource(origins.value)} allows any origin`, credentials });
    else if (regex && ANY_REGEX.has(stringValue(regex.value) ?? '')) hits.push({ offset: regex.start, what: `CORSMiddleware allow_origin_regex=${quoteSource(regex.value)} matches any origin`, credentials });
  }
  return hits;
}

/** Django/Flask settings: `CORS_ALLOW_ALL_ORIGINS = True`, `CORS_ORIGIN_ALLOW_ALL = True`, `CORS_ORIGINS = "*"`. */
function pySettings(src: Source, restricted: Restricted[]): Hit[] {
  const hits: Hit[] = [];
  for (const s of pythonSettings(src, /CORS_ALLOW_ALL_ORIGINS|CORS_ORIGIN_ALLOW_ALL|CORS_ORIGINS|CORS_ALLOW_ORIGINS?/)) {
    const allowAll = /ALLOW_ALL/.test(s.name);
    const ref = { name: s.name, runtime: s.runtime, className: s.className };
    if (allowAll ? TRUE.test(s.value) : isAnyOrigin(s.value)) hits.push({ offset: s.start, what: `${s.name} = ${quoteSource(s.value)} allows any origin`, setting: ref });
    else if (!isDevOnly(src.file) && !inDevBranch(src, s.start)) restricted.push({ ...ref, start: s.start });
  }
  if (!hits.length) return hits;
  // django-cors-headers and Flask-CORS reflect the origin when credentials are allowed.
  const cred = pythonSettings(src, /CORS_ALLOW_CREDENTIALS|CORS_SUPPORTS_CREDENTIALS/).some((s) => TRUE.test(s.value));
  return hits.map((h) => ({ ...h, credentials: cred }));
}

/** Express `cors()`, NestJS `enableCors()`/`{ cors: true }`, Fastify `register(cors)`: any origin by default. */
function jsCors(src: Source): Hit[] {
  const hits: Hit[] = [];
  const judge = (call: Call, opts: Arg | undefined, label: string) => {
    if (!opts) { hits.push({ offset: call.start, what: `${label} without options allows any origin` }); return; }
    const obj = objectLiteral(src, opts);
    if (!obj) return; // a variable or a function: not judged
    const props = objectProps(src, obj);
    const origin = props.find((p) => p.name === 'origin');
    const credentials = props.some((p) => p.name === 'credentials' && p.value.trim() === 'true');
    if (!origin) hits.push({ offset: call.start, what: `${label} without an origin option allows any origin`, credentials });
    else if (isWildcard(origin.value)) hits.push({ offset: origin.start, what: `${label} origin ${quoteSource(origin.value)} allows any origin`, credentials });
    else if (origin.value.trim() === 'true') hits.push({ offset: origin.start, what: `${label} origin: true reflects any origin`, credentials });
  };
  for (const name of jsImports(src, ['cors'])) {
    for (const call of findCalls(src, name)) if (call.callee === name) judge(call, call.args[0], `cors()`);
  }
  // `app.use(require('cors')())`: the module called where it is required.
  for (const call of requireCalls(src, ['cors'])) judge(call, call.args[0], 'cors()');
  const FASTIFY = ['@fastify/cors', 'fastify-cors'];
  const fastify = jsImports(src, FASTIFY);
  if (fastify.length || src.code.includes('require(')) {
    for (const call of findCalls(src, 'register')) {
      const plugin = call.args[0]?.value.trim();
      if (plugin !== undefined && (fastify.includes(plugin) || isRequireOf(plugin, FASTIFY))) judge(call, call.args[1], '@fastify/cors');
    }
  }
  for (const call of findCalls(src, 'enableCors')) if (call.callee.includes('.')) judge(call, call.args[0], 'enableCors()');
  for (const call of findCalls(src, 'create')) {
    if (!/NestFactory\.create$/.test(call.callee)) continue;
    const obj = call.args[1] && objectLiteral(src, call.args[1]);
    const cors = obj ? objectProps(src, obj).find((p) => p.name === 'cors') : undefined;
    if (cors?.value.trim() === 'true') hits.push({ offset: cors.start, what: 'NestFactory.create({ cors: true }) allows any origin' });
  }
  return hits;
}

/** A call that sets a response header: `setHeader(`, `header(` (PHP), `Header().Set(` (Go), `Headers.Add(` (C#), `send_header(`… */
const HEADER_SETTER = /(?:set_?header|add_?header|append_?header|header|withHeader|withAddedHeader|set|add|append|setdefault|writeHead|TryAddWithoutValidation)\s*\(\s*$/i;

/**
 * A literal `Access-Control-Allow-Origin: *` response header: `headers[…] = '*'` (also Go's `= []string{"*"}`),
 * `setHeader/header/set/add/append(…, '*')` in any case (`w.Header().Set`, `Headers.Add`), PHP's one-string
 * `header("Access-Control-Allow-Origin: *")`, a `{ 'Access-Control-Allow-Origin': '*' }` object in a file that
 * builds responses (`statusCode`: serverless handlers) or given to a response-header call (`res.writeHead(200, {…})`,
 * `res.set({…})`), or Next.js's `{ key: 'Access-Control-Allow-Origin', value: '*' }`. The same object passed as a
 * *request* header (a common beginner mistake, harmless) is not reported.
 */
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
    const outer = openingBrace(i);
    return outer >= 0 && RESPONSE_INIT.test(src.bare.slice(Math.max(0, outer - 200), outer));
  };
  const what = 'the Access-Control-Allow-Origin header is set to *';
  const setterBefore = (at: number) => HEADER_SETTER.test(src.bare.slice(Math.max(0, at - 40), at));
  for (const m of src.code.matchAll(/(['"`])access-control-allow-origin\1(\s*\]\s*=\s*(?:\[\]string\s*\{\s*)?|\s*[:,]\s*)(['"`])\*\3/gi)) {
    const star = m.index + m[0].length - 2;
    // Both literals must be real strings (not text inside a longer string or a comment).
    if (src.bare[m.index] !== m[1] || src.bare[star] !== ' ' || src.bare[star - 1] !== m[3]) continue;
    const sep = m[2]!.trim();
    if (sep === ':' ? !builds && !inResponseCall(m.index) : sep === ',' ? !setterBefore(m.index) : false) continue;
    hits.push({ offset: m.index, what });
  }
  // Next.js `headers()` (and the same shape elsewhere): `{ key: 'Access-Control-Allow-Origin', value: '*' }`.
  for (const m of src.code.matchAll(/\bkey\s*:\s*(['"`])access-control-allow-origin\1\s*,\s*value\s*:\s*(['"`])\*\2/gi)) {
    if (src.bare[m.index] !== 'k') continue;
    hits.push({ offset: m.index + m[0].indexOf(m[1]!), what });
  }
  // The whole header line in one string, given to a setter: PHP `header("Access-Control-Allow-Origin: *")`.
  for (const m of src.code.matchAll(/(['"])access-control-allow-origin\s*:\s*\*\s*\1/gi)) {
    const end = m.index + m[0].length - 1;
    if (src.bare[m.index] !== m[1] || src.bare[end] !== m[1] || src.bare[m.index + 1] !== ' ' || !setterBefore(m.index)) continue;
    hits.push({ offset: m.index, what });
  }
  return hits;
}

/** Apache configuration: `.htaccess` and `*.conf` (nginx `*.conf` files hold no `Header` directive). */
const isApacheCandidate = (file: string) => basename(file) === '.htaccess' || /\.conf$/i.test(file);
/** Files the scan reads: Python/JS code, other languages' code, Apache configuration; never templates, tests or vendored files. */
const isCorsFile = (file: string) => !isTemplate(file) && (isCodeFile(file) || ((OTHER_CODE.test(file) || isApacheCandidate(file)) && !isVendoredOrGenerated(file) && !isTestFile(file)));

/** Apache `Header [always] set|add|append|merge|setifempty Access-Control-Allow-Origin "*"`, by line (comments start a line). */
const APACHE_ACAO = /^([ \t]*)(Header[ \t]+(?:(?:always|onsuccess)[ \t]+)?(?:set|add|append|merge|setifempty))[ \t]+Access-Control-Allow-Origin[ \t]+(["']?)\*\3(?=[ \t]|$)/gim;
function apacheHeaders(text: string): { line: number; column: number; start: number; what: string }[] {
  const out: { line: number; column: number; start: number; what: string }[] = [];
  for (const m of text.matchAll(APACHE_ACAO)) {
    out.push({ line: text.slice(0, m.index).split('\n').length, column: m[1]!.length + 1, start: m.index, what: `Apache ${m[2]!.replace(/[ \t]+/g, ' ')} Access-Control-Allow-Origin * allows any origin` });
  }
  return out;
}

/** Any-origin CORS in code and config. */
export const corsWildcard = defineCheck({
  id: 'cors-wildcard',
  title: 'CORS does not allow any origin',
  severity: 'high',
  description: 'No any-origin CORS in code or config (Flask-CORS, Django, FastAPI/Starlette, Express, NestJS, Fastify, a literal Access-Control-Allow-Origin: * header in any language, nginx, Apache, CORS_ORIGINS=*).',
  match: [
    {
      ...CORS_ANY_ORIGIN,
      note: 'a promise that CORS config allows no wildcard: the check reads CORS settings',
    },
    { ...CORS_WILDCARD_UNDER_HEADING, note: 'wildcard under a CORS heading' },
    {
      // Django's switch named and turned off. Only this check: the live probe would also pass an
      // any-origin regex (CORS_ALLOWED_ORIGIN_REGEXES) that the promise does not speak of.
      pattern: /\bcors_(?:allow_all_origins|origin_allow_all)\b[^;]*\b(?:false|off|disabled|not (?:set|enabled|true))\b/,
      note: 'a promise that Django\'s allow-all switch is off: the check reads the setting',
    },
  ],
  docs: {
    why: 'Any-origin CORS lets every website read your API\'s responses from a visitor\'s browser; combined with credentials the browser sends cookies and any site can act as the logged-in user.',
    fix: 'List the allowed origins explicitly (`origins=["https://app.example.com"]`, `allow_origins=[…]`, `cors({ origin: […] })`).',
    details: [
      'Python: Flask-CORS `CORS(app)`/`cors.init_app(app)`/`@cross_origin()` without `origins` (the library default is `*`) unless the repository configures `CORS_ORIGINS`/`CORS_RESOURCES` anywhere; `origins="*"`, `["*"]` or an any-origin regex (`.*`); `resources={r"/*": {"origins": "*"}}` or a resource without origins. Django `CORS_ALLOW_ALL_ORIGINS = True` / `CORS_ORIGIN_ALLOW_ALL = True`; `CORS_ORIGINS = "*"` in settings, `app.config[…]` or `app.config.update(…)`. FastAPI/Starlette `CORSMiddleware` with `allow_origins=["*"]` or `allow_origin_regex=".*"`, calls spanning lines included.',
      'JavaScript/TypeScript: the `cors` package called without options, without `origin`, or with `origin: "*"`/`origin: true` (options in a same-file `const` are followed); NestJS `app.enableCors()` likewise and `NestFactory.create(…, { cors: true })`; Fastify `register(cors)` from `@fastify/cors` (a module required inline counts too: `app.use(require(\'cors\')())`). Any language: a literal `Access-Control-Allow-Origin` header set to `*` (`res.setHeader(…, \'*\')`, `headers[…] = \'*\'`, an object given to `res.writeHead`/`res.set`, a `new Response(…, { headers })` or returned with a `statusCode`, Next.js `{ key, value: \'*\' }`; PHP `header("Access-Control-Allow-Origin: *")`, Go `w.Header().Set(…, "*")`, Java `response.setHeader`, C# `Headers.Add`, Ruby `headers[…] = \'*\'`, in `.py`, JS/TS, `.php`, `.go`, `.java`, `.kt`, `.scala`, `.groovy`, `.cs`, `.rb` files).',
      'Config: `*CORS_ORIGINS=*` (and `CORS_ALLOWED_ORIGINS`, `CORS_ORIGIN`) or `CORS_ALLOW_ALL_ORIGINS=true` in `.env` files, compose, Kubernetes env and ConfigMaps, and Dockerfile `ENV`; nginx `add_header Access-Control-Allow-Origin *` (quoted too) and `more_set_headers`; Apache `Header [always] set Access-Control-Allow-Origin "*"` in `.htaccess` and `*.conf`.',
      'With credentials allowed (`supports_credentials=True`, `allow_credentials=True`, `credentials: true`, `CORS_ALLOW_CREDENTIALS = True`) these libraries reflect the caller\'s origin, so any site can make authenticated requests: `critical`.',
      'A Python setting that allows any origin as a default (a base settings module or `Config` class) and is restricted in production code of the same project (`settings/production.py` next to `settings/base.py`, `class ProductionConfig`) is an overridden default and passes. Same project: the same folder, or one folder inside the other (the repository root holds every folder: a root `config.py` configures `app/__init__.py`); a sibling application\'s settings override nothing, and a `CORS_ORIGINS`/`CORS_RESOURCES` setting replaces Flask-CORS\'s default only for code of its own project. A runtime assignment (`app.config["CORS_ORIGINS"] = "*"`) replaces what was loaded before it: it fails unless its own file later sets it again or loads a config (`app.config.from_object(ProductionConfig)`) that restricts it.',
      'Comments, strings, tests, templates are never read; development-only files (`settings/local.py`, `.env.development`, dev compose files) and compose services only in development/tooling profiles (`profiles: [dev]`…) and code under `if DEBUG:`, a `DevelopmentConfig`/`TestConfig` class, or `if (NODE_ENV === "development")` give `info` notes. A reflected `$http_origin` in nginx is not judged statically (the `cors-policy` probe tests it).',
    ].join('\n'),
  },
  options: z.object({}),
  scan: () => ({
    accepts: isCorsFile,
    file(file, text): CorsScan | undefined {
      if (!isCodeFile(file)) {
        // Other languages and Apache: only a literal header is judged, so only its name opens the file.
        if (!containsAnyCase(text, ACAO_WORD)) return undefined;
        const dev = isDevOnly(file);
        if (!OTHER_CODE.test(file)) {
          const hits = apacheHeaders(text).map((h) => ({ ...h, credentials: false, setting: null, defaultOrigins: false, dev }));
          return hits.length ? { hits, restricted: [], configures: false, loads: [], classes: [] } : undefined;
        }
        const src = otherSource(file, text);
        const hits = headerLiteral(src).map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, credentials: false, setting: null, defaultOrigins: false, dev: dev || inDevBranch(src, h.offset) }));
        return hits.length ? { hits, restricted: [], configures: false, loads: [], classes: [] } : undefined;
      }
      if (!containsAnyCase(text, 'cors', ACAO_WORD)) return undefined;
      const src = scanSource(file, text);
      const restricted: Restricted[] = [];
      const hits = src.lang === 'python' ? [...flaskCors(src), ...starlette(src), ...pySettings(src, restricted)] : jsCors(src);
      hits.push(...headerLiteral(src));
      const configures = src.lang === 'python' && /\bCORS_(ORIGINS|RESOURCES)\b/.test(src.code);
      if (!hits.length && !restricted.length && !configures) return undefined;
      const py = src.lang === 'python';
      return {
        hits: hits.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), start: h.offset, what: h.what, credentials: h.credentials ?? false, setting: h.setting ?? null, defaultOrigins: h.defaultOrigins ?? false, dev: isDevOnly(file) || inDevBranch(src, h.offset) })),
        restricted,
        configures,
        loads: py ? pythonConfigLoads(src) : [],
        classes: py ? pythonClasses(src) : [],
      };
    },
  }),
  run({ snapshot, scanned, report, skip }) {
    const env = configEnv(snapshot);
    if (!snapshot.files.some(isCorsFile) && !env.length && !snapshot.nginxFiles().length) { skip('no application code, nginx config or deploy environment'); return; }
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
    const classes = new Map(scanned.map((s) => [s.file, s.data.classes]));
    for (const { file, data } of scanned) {
      for (const h of data.hits) {
        if (h.defaultOrigins && configured(file)) continue;
        if (h.setting && !h.dev && overriddenSetting({ file, start: h.start, ...h.setting }, restricted, loads, classes)) continue;
        emit(report, file, h.line, h.column, h.what, h.credentials, h.dev);
      }
    }
    for (const e of env) {
      const v = e.value.trim();
      const any = /(^|_)CORS_(ALLOWED_|ALLOW_)?ORIGINS?$/i.test(e.key) && (v === '*' || isWildcard(v));
      const all = /(^|_)CORS_(ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)$/i.test(e.key) && /^(true|1|yes|on)$/i.test(v);
      if (any || all) emit(report, e.file, e.line, e.column, `${e.key}=${quoteSource(v)} allows any origin`, false, e.dev);
    }
    for (const { file, directives } of deployedNginxConfigs(snapshot)) {
      for (const d of directives) {
        const name = d.name.toLowerCase();
        const any = (name === 'add_header' && d.args[0]?.value.toLowerCase() === 'access-control-allow-origin' && d.args[1]?.value === '*')
          || (name === 'more_set_headers' && d.args.some((a) => /^access-control-allow-origin:\s*\*$/i.test(a.value.trim())));
        if (any) emit(report, file, d.line, d.column, `nginx ${d.name} Access-Control-Allow-Origin * allows any origin`, false, false);
      }
    }
  },
});

/** One file's CORS hits (lines and dev-only status resolved in the scan) and what it configures. */
interface CorsScan {
  hits: { line: number; column: number; start: number; what: string; credentials: boolean; setting: PySettingRef | null; defaultOrigins: boolean; dev: boolean }[];
  /** Settings this file restricts outside development code. */
  restricted: Restricted[];
  /** Python code that sets CORS_ORIGINS/CORS_RESOURCES (replacing Flask-CORS's default). */
  configures: boolean;
  /** Config loads (`app.config.from_object(…)`) and the classes the file defines: what a runtime setting may be overridden by. */
  loads: ConfigLoad[];
  classes: string[];
}

function emit(report: Report, file: string, line: number, column: number | null, what: string, credentials: boolean, dev: boolean) {
  const fix = 'list the allowed origins explicitly';
  if (dev) { report({ file, line, column, note: true, message: `${what} (development-only; make sure production lists its origins)` }); return; }
  if (credentials) report({ file, line, column, severity: 'critical', message: `${what} with credentials: the library reflects the caller's origin, so any site can make authenticated requests; ${fix}` });
  else report({ file, line, column, message: `${what}; ${fix}` });
}
