import { z } from 'zod';
import { trueWhenSet, trueWhenUnset, untypedStringRead, withEnvScheme } from './util/env-bool.js';
import { defineCheck, type RawFinding } from './define.js';
import { shippedEnv, SUPPRESS_HINT, trailingComment, type ShippedEnv } from '../repo/dockerfile.js';
import { composeDevOnly, composeEnvFiles, composeEnvironment } from '../repo/compose.js';
import { configMapData, containerKubeletEnv, kubeletEnv } from '../repo/k8s.js';
import { helmChartName, helmContainerEnv, shownTemplateName } from './util/helm-values.js';
import { aspNetSettings, basename, devEnvironmentName, dirname, filesWhere, hasDevWord, isDevOnly, isDockerfile, isPython, isRoleSettingsModule, isTemplate, isTestFile, isVendoredOrGenerated } from '../repo/classify.js';
import { COMPOSE_ENV_REACH_DOC, K8S_DATA_REACH_DOC, K8S_ENV_OVERLAY_DOC, k8sDataFate, k8sEnvFate, overlayEnvValues, overlayNote, overlayScope, composeDotenvFiles, composeEnvReach, dotenvEntryFor, envFileAsDeployed, isProductionEnvFile, judgedComposeFiles, namedServices, reachedByLocation, judgesDeployFile } from './util/groups.js';
import { composeFileUnread, noComposeReason } from './util/compose-read.js';
import { unreadAwsDescriptors, withUnreadAws } from './util/ecs.js';
import { analyseEntry, builtOutsideCompose, catalinaJpda, classify, composeArgBuilds, shownArgs, type ArgBuild, DEBUGPY_VALUE_OPT, lineNaming, composeDefaults, deployedValue, devRemark, entryPoints, exeName, isPythonExe, noDockerfileReason, filesByName, nodeInspector, nodeOptionsOf, pythonCode, runnersSetAll, runnerValues, shellCommands, shippedStages, stageLabel, VALUE_OPTS_PY, type EntryPoint } from './util/commands.js';
import { hoconEntries } from './util/hocon.js';
import { goBuildConstraint, goConstraintHolds, goTagBuilds, type GoTagBuild } from './util/go-build.js';
import { isLoopback } from './util/net.js';
import { onePerLocation } from './util/once.js';
import { DECOUPLE_DOC, DECOUPLE_TRUE, decoupleReads, deploySetsKey } from './util/decouple.js';
import { SETTINGS_PROD, FLASK_CFG_DOC, configEnv, isPyConfigFile, loadedPyConfigFiles, isPythonSource, loadedPythonScanned, readsAsPython, depthAt, pythonConfigLoads, elseArmConditions, enclosingHeaders, findCalls, inDebugDirective, inDevBranch, isDevHeader, isDevHeaderIn, isProductionConditionIn, kustomizeEnv, kustomizeGeneratorFiles, otherSource, overridingSetting, pythonAssignments, sameProject, scanSource, scriptDevBranch, statementEnd, type SettingRef, type Source } from './util/code.js';
import { isDevProfile, isSpringConfig, springFileProfile, springOverride, springProdSettings, springSettings } from './util/spring.js';
import { dynaconfProductionSettings } from './util/dynaconf.js';
import { guardsRunByDefault } from './util/settings-fields.js';
import { activatedProfile, productionSpringProfiles, SPRING_ACTIVE_DOC, springProfileActivation } from './util/spring-active.js';
import { COPILOT_ENV_DOC, PLATFORM_PARSE_DOC, platformEnv, withUnreadPlatform } from './util/platform.js';
import { containsAnyCase, containsWord, escapeRegExp, lowerText, someOf, valueColumns } from './util/text.js';
import { terraformK8sObjects } from './util/tf-kubernetes.js';
import { blankJsonc, jsoncProblem } from '../repo/json.js';
import { isObject, parseYaml } from '../repo/yaml.js';
import type { SnapshotView } from '../repo/snapshot.js';
import type { EnvFile } from '../repo/env.js';
import { loadedConfigClasses, SETDEFAULT_RE, type LoadedConfigClass } from './util/credentials.js';
import { DEV_EXCEPTION_PAGE_OFF, STACK_TRACES_HIDDEN } from '../checklist/phrases.js';
import { configName, coversDeployed, deploysIn, elixirConfigFile, elixirEnvAt, type EnvSet } from './util/elixir-config.js';
import { stackFix, type Stack } from './util/stack-fix.js';

const TRUTHY = /^(1|true|yes|on)$/i;

/**
 * Variables that carry JVM options: the JVM reads JAVA_TOOL_OPTIONS and _JAVA_OPTIONS, `java` JDK_JAVA_OPTIONS; start scripts pass
 * JAVA_OPTS/CATALINA_OPTS/JAVA_OPTIONS on, and JAVA_OPTS_APPEND (the Red Hat UBI OpenJDK images' run-java.sh, which Quarkus'
 * generated Dockerfile.jvm runs, appends it to the options it generates).
 */
const JVM_OPTIONS_VAR = /^(?:JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS|JAVA_OPTS|JAVA_OPTS_APPEND|JAVA_OPTIONS|CATALINA_OPTS)$/;
/**
 * The switches with which a start script adds a JDWP agent listening on `JAVA_DEBUG_PORT` (5005 by default): the UBI OpenJDK
 * images' run-java.sh (and fabric8's, which also reads `JAVA_ENABLE_DEBUG` and `JAVA_DEBUG_ENABLE`) `JAVA_DEBUG`, Kafka's
 * kafka-run-class.sh `KAFKA_DEBUG`, Karaf's `KARAF_DEBUG`.
 */
const DEBUG_PORT_SWITCH: ReadonlyMap<string, string> = new Map([
  ['JAVA_DEBUG', 'run-java.sh (UBI OpenJDK images, Quarkus\' Dockerfile.jvm)'], ['JAVA_ENABLE_DEBUG', 'fabric8\'s run-java.sh'], ['JAVA_DEBUG_ENABLE', 'fabric8\'s run-java.sh'],
  ['KAFKA_DEBUG', 'kafka-run-class.sh'], ['KARAF_DEBUG', 'Karaf\'s start script'],
]);
/** The other variables of the environment a value is set in (the same image, service, container, file), by name; null when unset. */
type EnvLookup = (name: string) => string | null;
const NO_ENV: EnvLookup = () => null;
const unquoted = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
/**
 * The JDWP agent a start script adds when `key` is its debug switch set on: to any value, as the scripts test it — kafka-run-class.sh
 * `[ "x$KAFKA_DEBUG" != "x" ]`, Karaf's `[ "x$KARAF_DEBUG" != "x" ]`, the UBI images' debug-options `[ "x${JAVA_DEBUG}" != "x" ]`,
 * fabric8's run-java.sh `[ -n "${JAVA_DEBUG:-}" ]` —, so `y` and `false` too (a value that reads as off says the script ignores
 * that); not an empty one, nor a reference left unresolved (`${KAFKA_DEBUG}`, `{{ .Values.debug }}`). The agent is
 * `address=${JAVA_DEBUG_PORT:-5005}`, judged as the explicit option (`JAVA_DEBUG_PORT=*:5005` listens on all interfaces, a bare
 * port on localhost since Java 9).
 */
function switchedDebugger(key: string, value: string, env: EnvLookup): { option: string; open: boolean; port: string | null; script: string } | null {
  const script = DEBUG_PORT_SWITCH.get(key);
  const v = unquoted(value);
  if (!script || !v || /\$\{?\w|\{\{/.test(v)) return null;
  const set = env('JAVA_DEBUG_PORT');
  const port = set === null ? null : unquoted(set) || null;
  const jdwp = jdwpListener(`-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=${port ?? '5005'}`);
  return jdwp && { ...jdwp, port, script: OFF_WORD.test(v) ? `${script} (which starts it whenever ${key} is not empty: ${v} too)` : script };
}
/** A value that reads as off (`false`, `0`, `no`): a start script that only tests that its switch is set still turns the agent on. */
const OFF_WORD = /^(?:0|false|no|n|off|disabled?)$/i;
/** The JDWP agent option: `-agentlib:jdwp=transport=dt_socket,server=y,address=*:5005`, the older `-Xrunjdwp:…`. */
const JDWP_OPTION = /(?:^|[\s"'=])(-(?:agentlib:jdwp=|Xrunjdwp:)[^\s"']*)/;

/**
 * A JDWP debugger agent that listens (`server=y`) in a JVM option string, with whether it listens on all interfaces:
 * `address=*:5005`, `0.0.0.0:5005`, `[::]:5005` or any host but the loopback one. A bare port (`address=5005`) or no
 * address listens on localhost only since Java 9 (Java 8 bound every interface). Null when there is no listening agent
 * (`server=n` connects out to a debugger) or its address is a variable.
 */
function jdwpListener(text: string): { option: string; open: boolean } | null {
  const option = JDWP_OPTION.exec(text)?.[1];
  if (!option) return null;
  const opts = new Map<string, string>();
  for (const kv of option.replace(/^-(?:agentlib:jdwp=|Xrunjdwp:)/, '').split(',')) {
    const eq = kv.indexOf('=');
    if (eq > 0) opts.set(kv.slice(0, eq).toLowerCase(), kv.slice(eq + 1));
  }
  if (opts.get('server')?.toLowerCase() !== 'y') return null;
  const address = opts.get('address') ?? '';
  if (address.startsWith('$')) return null;
  const colon = address.lastIndexOf(':');
  if (colon < 0) return { option, open: false };
  const host = address.slice(0, colon).replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (host.startsWith('$')) return null;
  return { option, open: !isLoopback(host) };
}

/** The fix of a JDWP agent in a production command (not the generic, Python, one). */
/** The fix of a debug setting in deploy config or Python code (the settings the check reads first: FLASK_DEBUG, DEBUG, app.run(debug=True)). */
const DEPLOY_FIX = 'Remove the debug setting from deploy config and read it from the environment with a false default (in Python: DEBUG = os.environ.get("DEBUG") == "1").';
/** The fix of debugpy in a production command. */
const DEBUGPY_FIX = 'Remove python -m debugpy (and debugpy.listen) from the production command; attach a debugger only to a local or development process.';
const JDWP_FIX = 'Remove the JDWP agent (-agentlib:jdwp=…, -Xrunjdwp:…, catalina.sh jpda) from the production command and its JVM options; attach a debugger only to a local or development process (or through an SSH tunnel to a debug build, never on a public port).';

/** The finding for a JDWP agent `who` starts (`CMD starts the JVM with`): a failure on all interfaces, a note on localhost. */
function jdwpMessage(who: string, jdwp: { option: string; open: boolean }): { message: string; note?: true; fix: string } {
  return jdwp.open
    ? { fix: JDWP_FIX, message: `${who} a JDWP remote debugger listening on all interfaces (${jdwp.option}): anyone who reaches the port runs code in the JVM (remote code execution); remove the agent from the production command` }
    : { note: true, fix: JDWP_FIX, message: `${who} a JDWP debugger agent (${jdwp.option}) that listens on localhost only (Java 9+; Java 8 listens on every interface): keep it out of the production command` };
}
/** The Node inspector options open on an interface other than loopback (`--inspect=0.0.0.0:9229`), or null. */
const inspectsRemotely = (options: readonly string[]) => { const i = nodeInspector(options); return i && !isLoopback(i.host) ? i : null; };

/** Where a debugpy listen address (`0.0.0.0:5678`, `5678`, `("0.0.0.0", 5678)`) binds, with whether that is open to the network: a port alone is 127.0.0.1. */
const debugpyHost = (host: string | null) => { const h = (host ?? '127.0.0.1').replace(/^\[(.*)\]$/, '$1'); return { host: h, open: !isLoopback(h) }; };
/**
 * `python -m debugpy --listen [host:]port … -m gunicorn app:app`: the debugger debugpy starts the program under, listening on
 * `host` (127.0.0.1 when only a port is given, as debugpy reads it). Null for another command, `--connect` (debugpy connects
 * out to a debugger) or an address in a variable.
 */
function debugpyListener(argv: readonly string[]): { option: string; host: string; open: boolean } | null {
  if (!isPythonExe(exeName(argv[0] ?? ''))) return null;
  const rest = argv.slice(1);
  let i = 0;
  while (i < rest.length && rest[i]!.startsWith('-') && rest[i] !== '-m' && rest[i] !== '-c') i += VALUE_OPTS_PY.has(rest[i]!) ? 2 : 1;
  // `-m debugpy`, or debugpy run by its folder's path (`python /tmp/debugpy --listen …`, as editors inject it).
  const byPath = rest[i] !== undefined && rest[i] !== '-m' && exeName(rest[i]!) === 'debugpy';
  if (!byPath && (rest[i] !== '-m' || rest[i + 1] !== 'debugpy')) return null;
  for (let k = byPath ? i + 1 : i + 2; k < rest.length && rest[k]!.startsWith('-') && rest[k] !== '-m' && rest[k] !== '-c'; k++) {
    const m = /^--listen(?:=(.*))?$/.exec(rest[k]!);
    if (!m) { if (DEBUGPY_VALUE_OPT.test(rest[k]!)) k++; continue; }
    const value = (m[1] ?? rest[k + 1] ?? '').trim();
    if (!value || value.includes('$')) return null;
    const colon = value.lastIndexOf(':');
    return { option: `--listen ${value}`, ...debugpyHost(colon < 0 ? null : value.slice(0, colon)) };
  }
  return null;
}

/** `debugpy`, looked for in every Python file: found by its `bugp` (a `d` starts words everywhere; 25 → 3 ms over the bench monorepo). */
const DEBUGPY_WORD = { word: 'debugpy', anchor: 'bugp' };

/**
 * `debugpy.listen(("0.0.0.0", 5678))` in a Python module, not in a function or under a condition (the `__main__` guard aside):
 * the debugger the module opens whenever it runs. Only a host open to the network is kept; `debugpy.listen(5678)` is 127.0.0.1.
 */
interface DebugpyListen { line: number; column: number; call: string; host: string; main: boolean }
function debugpyListens(file: string, text: string, lex: () => Source): DebugpyListen[] {
  if (!containsWord(text, DEBUGPY_WORD) || isTestFile(file) || isVendoredOrGenerated(file)) return [];
  const src = lex();
  const out: DebugpyListen[] = [];
  for (const call of findCalls(src, 'listen')) {
    if (call.callee.replace(/\s/g, '') !== 'debugpy.listen' || !call.args[0]) continue;
    const headers = enclosingHeaders(src, call.start);
    const main = headers.some((h) => MAIN_GUARD.test(h));
    if (headers.some((h) => !MAIN_GUARD.test(h))) continue;
    const a = call.args[0].value.trim();
    const tuple = /^\(\s*(["'])([^"']*)\1\s*,\s*\d+\s*\)$/.exec(a);
    const joined = /^(["'])([^"':]*):\d+\1$/.exec(a);
    const at = tuple ?? joined;
    if (!at || !debugpyHost(at[2]!).open) continue;
    out.push({ line: call.line, column: src.columnAt(call.start), call: src.code.slice(call.start, call.close + 1).replace(/\s+/g, ' '), host: at[2]!, main });
  }
  return out;
}

/**
 * How a Flask-style `app.run()` that production runs gets its debug value when it is not `debug=True` as written (QA round 29):
 * `debug=<env read>` that is on when the variable is unset, `debug=NAME` of a module-level constant of the same module that is
 * on (`DEBUG = True`, a read with a true default; not when the module assigns the name anywhere else too, under a condition or
 * in a function), or imported from another module's constants; with no `debug=`, the last module-level
 * `app.config.from_object(Cls)` before the call (what `run()` then reads: reported only when `Cls` sets DEBUG on).
 */
/** The app's debug set in code (`app.debug = …`, `app.config["DEBUG"] = …`, `app.config.update(DEBUG=…)`): what replaces a loaded class's DEBUG. */
const APP_DEBUG_SET_RE = /^[ \t]*\w+\.(?:debug[ \t]*=(?!=)|config[ \t]*\[[ \t]*(["'])DEBUG\1[ \t]*\][ \t]*=(?!=)|config\.(?:update|from_mapping)[ \t]*\([^)]*\bDEBUG[ \t]*=)/m;
/** Whether the module that loads a config class sets the app's debug after the load (APP_DEBUG_SET_RE): the class's DEBUG is then not what runs. */
function debugSetAfterLoad(snapshot: SnapshotView, load: LoadedConfigClass): boolean {
  return APP_DEBUG_SET_RE.test((snapshot.text(load.file) ?? '').split('\n').slice(load.line).join('\n'));
}

type RunDebug =
  | { kind: 'value'; file: string; line: number; column: number; v: DebugValue; name: string | null; arg: string }
  | { kind: 'load'; line: number; column: number; target: string; load: string };
function runDebug(file: string, text: string, line: number, callee: string, consts: (src: Source, file: string, name: string) => { file: string; c: DebugConst } | undefined): RunDebug | null {
  const src = scanSource(file, text, 'python');
  const call = findCalls(src, /run|run_server/).find((c) => c.line === line && c.callee.replace(/\s/g, '') === callee);
  if (!call) return null;
  const arg = call.args.find((a) => a.name === 'debug');
  if (!arg) {
    const loads = pythonConfigLoads(src).filter((l) => l.start < call.start && !enclosingHeaders(src, l.start).some((h) => !MAIN_GUARD.test(h)));
    const last = loads.at(-1);
    if (!last?.target || !/from_object$/.test(src.code.slice(last.start, src.code.indexOf('(', last.start)))) return null;
    // The app's debug set after the load (`app.debug = False`, `app.config["DEBUG"] = False`, `app.config.update(DEBUG=…)`) is what
    // `run()` reads: a true one is the call's `debugSet`, judged on its own; any other one leaves the loaded class's DEBUG unread.
    if (APP_DEBUG_SET_RE.test(src.code.slice(last.start, call.start))) return null;
    const close = src.code.indexOf(')', last.start);
    return { kind: 'load', line: src.lineAt(last.start), column: src.columnAt(last.start), target: last.target, load: src.code.slice(last.start, close + 1).replace(/\s+/g, ' ') };
  }
  const v = debugValue(arg.value, text);
  const at = { file, line: src.lineAt(arg.start), column: src.columnAt(arg.start), arg: v.expr };
  if (v.unsetOn) return { kind: 'value', ...at, v, name: null };
  const name = /^[A-Za-z_]\w*$/.exec(v.expr)?.[0];
  if (!name || v.on) return null;
  const assigned = [...src.bare.matchAll(new RegExp(`^([ \\t]*)${name}[ \\t]*(?::[^=\\n]+)?=(?!=)[ \\t]*`, 'gm'))].filter((m) => depthAt(src, m.index) === 0);
  if (assigned.length) {
    // One unconditional module-level assignment (column 0) before the call, and no other (a conditional or function one may switch it).
    const top = assigned.filter((m) => !m[1] && m.index < call.start);
    if (assigned.length !== 1 || top.length !== 1 || new RegExp(`\\bglobal\\s+[\\w\\s,]*\\b${name}\\b`).test(src.bare)) return null;
    const start = top[0]!.index + top[0]![0].length;
    const c = debugValue(src.code.slice(start, statementEnd(src, start)), text);
    return c.on || c.unsetOn ? { kind: 'value', file, line: src.lineAt(start), column: src.columnAt(start), v: c, name, arg: v.expr } : null;
  }
  const imported = consts(src, file, name);
  return imported && (imported.c.on || imported.c.unsetOn) ? { kind: 'value', file: imported.file, line: imported.c.line, column: imported.c.column, v: imported.c, name, arg: v.expr } : null;
}

/** APP_DEBUG's effect; in a repository without Laravel (no `artisan`, no composer.json requiring laravel/framework) it says app debug mode. */
const LARAVEL_APP_DEBUG = 'Laravel/app debug mode (stack traces and environment shown to visitors)';
const JDWP_OPEN_EFFECT = 'a JDWP remote debugger listening on all interfaces (anyone who reaches the port runs code in the JVM: remote code execution)';
const isLaravel = (snapshot: { files: readonly string[]; text(path: string): string | undefined }) =>
  snapshot.files.some((f) => (basename(f) === 'artisan' && !isVendoredOrGenerated(f)) || (basename(f) === 'composer.json' && !isVendoredOrGenerated(f) && /"laravel\/(?:framework|lumen-framework)"/.test(snapshot.text(f) ?? '')));

/**
 * APP_ENV=dev's effect in a Symfony app (isSymfony): its runtime turns debug on for any environment but prod unless APP_DEBUG says
 * otherwise, and the dev environment loads the Web Profiler (`/_profiler`: every request with its headers, session and environment).
 */
const SYMFONY_DEV_ENV = "Symfony's dev environment (debug on: stack traces shown to visitors, and the Web Profiler at /_profiler showing each request, its session and the environment)";
/**
 * A Symfony app (APP_ENV is its kernel's environment): a composer.json requiring symfony/framework-bundle (or symfony/runtime, or the
 * symfony/symfony monolith), or the `bin/console` beside `config/bundles.php` every Symfony app has; not a Laravel one (its APP_ENV is
 * a name only: APP_DEBUG alone turns its debug mode on), though Laravel apps require Symfony components too.
 */
export const isSymfony = (snapshot: { files: readonly string[]; text(path: string): string | undefined }) => {
  const own = snapshot.files.filter((f) => !isVendoredOrGenerated(f));
  const requires = (f: string) => {
    let json: unknown;
    try { json = JSON.parse(snapshot.text(f) ?? ''); } catch { return false; }
    const req = isObject(json) ? json['require'] : undefined;
    return isObject(req) && Object.keys(req).some((k) => /^symfony\/(?:framework-bundle|runtime|symfony)$/.test(k));
  };
  const files = new Set(own);
  return own.some((f) => (basename(f) === 'composer.json' && requires(f)) || ((f === 'bin/console' || f.endsWith('/bin/console')) && files.has(`${f.slice(0, -'bin/console'.length)}config/bundles.php`)));
};

/** What Ktor's development mode does (ktor.io, Development mode). */
const KTOR_DEV_EFFECT = 'Ktor development mode (extended debugging information on the response page of a 5xx server error, pipeline stack traces, class auto-reload)';
const KTOR_DEV_FIX = 'Turn Ktor development mode off in production: remove ktor.development = true and -Dio.ktor.development=true (off is the default), and turn it on only for local runs (the IDE run configuration, or the Gradle run task: applicationDefaultJvmArgs = listOf("-Dio.ktor.development=$isDevelopment")).';
/** The JVM system property that turns on Ktor's development mode (read with Kotlin's toBoolean(): `true` in any case). */
const KTOR_DEV_PROPERTY = /(?:^|[\s"'=])-Dio\.ktor\.development=(["']?)true\1(?=$|[\s"'])/i;
/** Ktor's HOCON configuration: `application.conf`, or another `application-<name>.conf`/`application.<name>.conf` that `-config=` selects. */
const KTOR_CONF = /^application(?:[-.][^/]+)?\.conf$/i;

/**
 * The option a `java` command line turns on Ktor's development mode with: `-Dio.ktor.development=true` among the JVM's options
 * (before `-jar app.jar` or the main class; after them it is the program's argument), or Ktor's own `-P:ktor.development=true`
 * among the program's arguments (EngineMain reads `-P:` arguments as configuration). Null for any other command.
 */
function ktorDevOption(argv: readonly string[]): string | null {
  if (!/^java(?:\.exe)?$/i.test(exeName(argv[0] ?? ''))) return null;
  const JVM_VALUE = new Set(['-cp', '-classpath', '--class-path', '-p', '--module-path', '--add-modules', '--add-opens', '--add-exports', '--add-reads', '--upgrade-module-path', '--limit-modules']);
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-jar' || a === '-m' || a === '--module' || !a.startsWith('-')) break;
    if (KTOR_DEV_PROPERTY.test(a)) return a;
    if (JVM_VALUE.has(a)) i++;
  }
  return argv.slice(i).find((a) => /^-P:ktor\.development=true$/i.test(a)) ?? null;
}

/** The JDWP variables' fix (a debugger agent in the deploy environment). */
const JDWP_ENV_FIX = 'Remove the JDWP debugger agent (-agentlib:jdwp, the JAVA_DEBUG switch) from the deploy environment; attach a debugger only to a local or development process.';

/**
 * Env settings that switch a framework into debug mode: key → predicate on the (trimmed) value, and what it does. `fix`: the
 * finding's fix in its stack's terms, where the check's generic one (Python's `DEBUG = os.environ.get(…)`) does not fit.
 */
const DEBUG_VARS: { key: RegExp; on: (v: string, env: EnvLookup, key: string) => boolean; effect: string; says?: (v: string, env: EnvLookup, key: string) => string; fix?: string }[] = [
  { key: /^FLASK_DEBUG$/i, on: (v) => TRUTHY.test(v), effect: 'Flask debug mode (Werkzeug debugger: remote code execution)' },
  { key: /^FLASK_ENV$/i, on: (v) => /^development$/i.test(v), effect: 'Flask development mode (debugger on)' },
  { key: /^(DJANGO_)?DEBUG$/i, on: (v) => TRUTHY.test(v), effect: 'debug mode (stack traces and settings shown to visitors)' },
  // Laravel's env() reads `(true)` as true.
  { key: /^APP_DEBUG$/i, on: (v) => TRUTHY.test(v) || /^\(true\)$/i.test(v), effect: LARAVEL_APP_DEBUG, fix: "Set APP_DEBUG=false in the production environment (config/app.php reads it with env('APP_DEBUG', false)); keep APP_DEBUG=true in the local .env only." },
  { key: /^NODE_ENV$/i, on: (v) => /^(development|dev)$/i.test(v), effect: 'Node development mode (verbose errors, no view caching)', fix: 'Set NODE_ENV=production in the image and the deploy environment (ENV NODE_ENV=production), and keep NODE_ENV=development in development-only files (.env.development, docker-compose.override.yml).' },
  // Symfony's APP_ENV=dev (only in a Symfony app: see judge), unless the same environment sets APP_DEBUG to anything but true (its
  // runtime reads APP_DEBUG as a boolean over the environment's default: `APP_DEBUG=0` keeps debug off, which is APP_DEBUG's to judge).
  { key: /^APP_ENV$/, on: (v, env) => v === 'dev' && (env('APP_DEBUG') === null || TRUTHY.test(unquoted(env('APP_DEBUG')!))), effect: SYMFONY_DEV_ENV, fix: 'Set APP_ENV=prod (and APP_DEBUG=0) in the production environment; keep APP_ENV=dev in .env.local.' },
  // `NODE_OPTIONS=--inspect=0.0.0.0:9229`: node's own options, for every node process the environment starts.
  { key: /^NODE_OPTIONS$/, on: (v) => inspectsRemotely(shellCommands(v).flat()) !== null, effect: 'the Node inspector on a network interface (anyone who reaches its port runs code in the process: remote code execution)', fix: 'Remove --inspect from NODE_OPTIONS in the deploy environment; debug a local process with the inspector on 127.0.0.1.' },
  { key: /^(RAILS_ENV|RACK_ENV)$/i, on: (v) => /^development$/i.test(v), effect: 'Rails/Rack development mode', fix: 'Set RAILS_ENV=production (RACK_ENV=production) in the image and the deploy environment; development mode is for local runs only.' },
  { key: /^ASPNETCORE_ENVIRONMENT$/i, on: (v) => /^development$/i.test(v), effect: 'ASP.NET Core developer exception page', fix: 'Set ASPNETCORE_ENVIRONMENT=Production in the deploy environment (or leave it unset: Production is the default); keep Development in Properties/launchSettings.json.' },
  // The generic host (Worker services, and a web app that sets no ASPNETCORE_ENVIRONMENT) reads DOTNET_ENVIRONMENT as its environment.
  { key: /^DOTNET_ENVIRONMENT$/i, on: (v) => /^development$/i.test(v), effect: '.NET Development environment (ASP.NET Core developer exception page, appsettings.Development.json)', fix: 'Set DOTNET_ENVIRONMENT=Production in the deploy environment (or leave it unset: Production is the default); keep Development in Properties/launchSettings.json.' },
  // Spring Boot's relaxed binding reads the variable as server.error.include-stacktrace (the legacy form keeps the dash as `_`).
  { key: /^SERVER_ERROR_INCLUDE_?STACKTRACE$/i, on: (v) => stacktraceWhen(v) !== null, effect: 'Spring Boot stack traces in error responses (server.error.include-stacktrace)', fix: "Remove SERVER_ERROR_INCLUDE_STACKTRACE from the deploy environment (or set it to never, Spring Boot's default)." },
  { key: /^GIN_MODE$/i, on: (v) => /^debug$/i.test(v), effect: 'Gin debug mode', fix: 'Set GIN_MODE=release in the image and the deploy environment (or call gin.SetMode(gin.ReleaseMode)).' },
  // The official wordpress image's wp-config-docker.php: `define('WP_DEBUG', !!getenv_docker('WORDPRESS_DEBUG', ''))` (PHP: only '' and '0' are false).
  { key: /^WORDPRESS_DEBUG$/, on: (v) => v !== '' && v !== '0', effect: 'WordPress debug mode (WP_DEBUG: PHP errors and notices shown on the site)', fix: 'Remove WORDPRESS_DEBUG from the deploy environment (the image reads any value but an empty one or 0 as on).' },
  // Litestar reads it when the app is built without debug= (`os.getenv("LITESTAR_DEBUG", "0") == "1"`: only "1").
  { key: /^LITESTAR_DEBUG$/i, on: (v) => v === '1', effect: 'Litestar debug mode (tracebacks shown to visitors)' },
  // The JVM reads JAVA_TOOL_OPTIONS (and the `java` launcher JDK_JAVA_OPTIONS); start scripts pass JAVA_OPTS/CATALINA_OPTS on.
  { key: JVM_OPTIONS_VAR, on: (v) => jdwpListener(v)?.open === true, effect: JDWP_OPEN_EFFECT, fix: JDWP_ENV_FIX },
  // Ktor's development mode: the system property in the JVM's options, and the variable Ktor reads on Kotlin/Native.
  { key: JVM_OPTIONS_VAR, on: (v) => KTOR_DEV_PROPERTY.test(v), effect: KTOR_DEV_EFFECT, says: () => `${KTOR_DEV_EFFECT} with -Dio.ktor.development=true`, fix: KTOR_DEV_FIX },
  { key: /^io\.ktor\.development$/, on: (v) => /^true$/i.test(v), effect: KTOR_DEV_EFFECT, fix: KTOR_DEV_FIX },
  // run-java.sh's `JAVA_DEBUG` (Kafka's KAFKA_DEBUG, Karaf's KARAF_DEBUG) set to any value, with `JAVA_DEBUG_PORT=*:5005` in the same environment.
  {
    key: /^(?:JAVA_DEBUG|JAVA_ENABLE_DEBUG|JAVA_DEBUG_ENABLE|KAFKA_DEBUG|KARAF_DEBUG)$/, on: (v, env, key) => switchedDebugger(key, v, env)?.open === true, effect: JDWP_OPEN_EFFECT, fix: JDWP_ENV_FIX,
    says: (v, env, key) => { const d = switchedDebugger(key, v, env)!; return `the JDWP agent ${d.script} adds, listening on all interfaces as JAVA_DEBUG_PORT=${d.port} says (anyone who reaches the port runs code in the JVM: remote code execution)`; },
  },
];

/** A debug switch found: the setting as written (`FLASK_DEBUG=1`) and what it does, a verb phrase (`turns on Flask debug mode …`); `fix` in its stack's terms (DEBUG_VARS). */
interface DebugHit { setting: string; effect: string; cause?: { file: string; line: number }; fix?: string }
/**
 * The `.flaskenv` files `flask run` started by `entry` loads (python-dotenv's `find_dotenv(usecwd=True)`: in its folder or one above), with
 * whether python-dotenv is a dependency (a requirements file, pyproject.toml, Pipfile, setup.py/cfg naming `python-dotenv` or `flask[dotenv]`;
 * with no dependency file in the repository, assumed: the `.flaskenv` is committed for it).
 * For a Dockerfile entry, only when the image copies the file (`COPY . .`, `ADD ./ /app`, a source naming `.flaskenv`).
 */
function flaskenvFiles(snapshot: SnapshotView, entry: EntryPoint): { path: string; env: EnvFile; dotenv: boolean }[] {
  const dirs: string[] = [];
  for (let d = entry.dir; ; d = dirname(d)) { dirs.push(d); if (!d) break; }
  const found = dirs.map((d) => (d ? `${d}/.flaskenv` : '.flaskenv')).flatMap((path) => { const env = snapshot.envFileAt(path); return env ? [{ path, env }] : []; });
  if (!found.length) return [];
  // What the image's stage (and the stages it builds on) copies from the build context, not any stage's COPY (a builder's `COPY . .`).
  if (isDockerfile(entry.file) && !entry.layout.copies.some((c) => c.srcs.some((s) => /^\.\/?$/.test(s) || basename(s) === '.flaskenv'))) return [];
  const deps = snapshot.files.filter((f) => /^(?:requirements[\w.-]*\.(?:txt|in)|pyproject\.toml|Pipfile(?:\.lock)?|setup\.(?:py|cfg)|poetry\.lock|uv\.lock)$/i.test(basename(f)));
  // No dependency file to tell: a committed `.flaskenv` is there for python-dotenv to load.
  const dotenv = !deps.length || deps.some((f) => /python-dotenv|\bflask\[[^\]]*\bdotenv\b/i.test(snapshot.text(f) ?? ''));
  return found.map((f) => ({ ...f, dotenv }));
}

/** The hit as a sentence of its own: `FLASK_DEBUG=1 turns on …`. */
const clause = (h: DebugHit) => `${h.setting} ${h.effect}`;
/** A hit on a container env value that the kubelet expands (`$(APP_MODE)` → `1`), its setting saying so: `FLASK_DEBUG=1 (expanded from $(APP_MODE))`. */
const expanded = (h: DebugHit, e: { value: string | null; written: string | null }): DebugHit => (e.written !== null && e.written !== e.value ? { ...h, setting: `${h.setting} (expanded from ${e.written})` } : h);
/** The hit set by `who`: `container 'api' sets FLASK_DEBUG=1, which turns on …` (`services 'web', 'worker' set …`). */
const setBy = (who: string, h: DebugHit) => `${who} ${/^services /.test(who) ? 'set' : 'sets'} ${h.setting}, which ${h.effect}`;

/** The compose services that reach a value, by file: `service 'web' in docker-compose.yml`, `services 'web', 'worker' in production.yml`. */
function servicesIn(services: { name: string; file: string }[]): string {
  const byFile = new Map<string, string[]>();
  for (const s of services) byFile.set(s.file, [...new Set([...(byFile.get(s.file) ?? []), s.name])]);
  return [...byFile].map(([file, names]) => `${namedServices(names)} in ${file}`).join(', ');
}

function debugSetting(key: string, value: string | null, env: EnvLookup = NO_ENV): DebugHit | null {
  if (value === null) return null;
  const v = unquoted(value);
  for (const d of DEBUG_VARS) if (d.key.test(key) && d.on(v, env, key)) return { setting: `${key}=${v}`, effect: `turns on ${d.says?.(v, env, key) ?? d.effect}`, ...(d.fix ? { fix: d.fix } : {}) };
  return null;
}


const isSettingsFile = (p: string, text: string) =>
  /(^|\/)settings\.py$/.test(p) || /(^|\/)settings\/[^/]+\.py$/.test(p) || SETTINGS_PROD.test(basename(p)) || isRoleSettingsModule(p)
  || ((text.includes('INSTALLED_APPS') || text.includes('ROOT_URLCONF')) && /^(INSTALLED_APPS|ROOT_URLCONF)\s*=/m.test(text));

/**
 * A module's last module-level `DEBUG = …` assignment: its line, the expression, whether it is the literal True,
 * the variable whose absence turns it on (`unsetOn`), and the variable any non-empty value of which turns it on
 * (`setOn`: a string read, `bool(os.environ.get("DEBUG", default=0))`).
 */
interface ModuleDebug {
  line: number; column: number; expr: string;
  /** On as written: `True`, `1`, or a non-empty string literal (`"True"`, `"False"`: Django tests `if settings.DEBUG:`, and a non-empty string is true). */
  literalTrue: boolean;
  /** The non-empty string literal DEBUG is set to (`"False"` for `DEBUG = "False"`), null for any other value. */
  truthyString: string | null;
  unsetOn: string | null; setOn: string | null;
}
/**
 * A non-empty plain string literal (`"True"`, `'False'`), as `pythonCode` leaves it (quotes made double; a literal holding
 * anything but word characters, `.` and `-` is blanked to `""` there, so it cannot be told from the empty string and is not read).
 */
const TRUTHY_STRING = /^"([\w.-]+)"$/;
function moduleDebug(text: string): ModuleDebug | null {
  let last: ModuleDebug | null = null;
  pythonCode(text).forEach((l, i) => {
    // `DEBUG = TEMPLATE_DEBUG = True`, `TEMPLATE_DEBUG = DEBUG = True`: chained assignments.
    const m = /^(?:[A-Z_][A-Z0-9_]*\s*=\s*)*DEBUG\s*(?::\s*bool\s*)?=\s*(?:[A-Z_][A-Z0-9_]*\s*=(?!=)\s*)*(.+?)\s*$/.exec(l);
    if (!m) return;
    const truthyString = TRUTHY_STRING.exec(m[1]!)?.[1] ?? null;
    last = { line: i + 1, column: l.indexOf(m[1]!, l.indexOf('=')) + 1, expr: m[1]!, literalTrue: /^(True|1)$/.test(m[1]!) || truthyString !== null, truthyString, unsetOn: trueWhenUnset(withEnvScheme(m[1]!, text).replace(/'/g, '"')), setOn: trueWhenSet(m[1]!) };
  });
  return last;
}
/**
 * The non-empty string fallback of a plain string read (`os.environ.get("DEBUG", "False")` → `False`, `bool(os.getenv("DEBUG", "0"))`),
 * or null: the value is then a string, true to Python whatever it says.
 */
function stringFallback(expr: string): string | null {
  // `env("DEBUG", default="False")` with no cast (django-environ, python-decouple): the default is returned as written.
  const untyped = untypedStringRead(expr);
  if (untyped) return untyped.fallback;
  if (trueWhenSet(expr) === null) return null;
  return /,\s*(?:default\s*=\s*)?(["'])([^"']+)\1\s*\)\s*\)?$/.exec(expr.trim())?.[2] ?? null;
}
/**
 * Why a plain string read with a string fallback is on (the "False" a user wrote as the default is a non-empty string),
 * and how to parse it instead: `effect` says what debug does.
 */
function stringReadMessage(name: string, expr: string, fallback: string, variable: string, effect: string): string {
  return `${name} = ${expr} is a string, and any non-empty string is true to Python: the fallback "${fallback}" turns debug on when ${variable} is unset, and so does any value the deploy sets, "False" and "0" included: ${effect}; parse it as a boolean: ${name} = os.environ.get("${variable}", "False") == "True" (or .lower() in ("1", "true"), env.bool("${variable}", default=False))`;
}
/** How a settings module's DEBUG reads when it is on as written: `DEBUG = True`, `DEBUG = "True"`. */
const literalDebug = (d: ModuleDebug) => (d.truthyString === null ? 'DEBUG = True' : `DEBUG = "${d.truthyString}"`);
/** A string that reads as off (`"False"`, `"0"`, `"off"`) but is true to Python. */
const FALSE_WORD = /^(?:false|0|no|off)$/i;

/**
 * A value the deploy environment gives a variable (compose `environment`/`env_file`, Dockerfile `ENV`, Kubernetes
 * env, a production env file, a `VAR=…` prefix of the production command), where it is written, and why it is
 * development-only (null when production gets it).
 */
interface DeployValue { key: string; value: string; file: string; line: number; via: string; dev: string | null }

/** The fix line of a framework's own switch (Rails, Phoenix, Laravel, WordPress, ASP.NET Core, Spring Boot): each message names the change. */
const FRAMEWORK_FIX = 'Turn the switch off in the production configuration as the finding says, and keep it only in development-only configuration (config/dev.exs, config/environments/development.rb, .env.local, appsettings.Development.json, application-dev.yml).';
/**
 * FRAMEWORK_FIX in each stack's words, for a framework switch found in that stack's file (gin.SetMode in a `.go` file, an
 * `appsettings.json`, config/prod.exs, production.rb, application.yml): the file it belongs in and the value production needs.
 */
const FRAMEWORK_FIXES: Partial<Record<Stack, string>> = {
  go: 'Run the framework in release mode in production: gin.SetMode(gin.ReleaseMode) or GIN_MODE=release in the deploy environment, Echo e.Debug = false; keep debug mode only behind a development-only check (if os.Getenv("APP_ENV") == "development") or a build tag (//go:build debug) the production build leaves out.',
  dotnet: 'Call app.UseDeveloperExceptionPage() only inside if (app.Environment.IsDevelopment()) and use app.UseExceptionHandler("/Error") in production; keep development settings (DetailedErrors, the developer exception page) in appsettings.Development.json, which Production does not load.',
  elixir: 'Set debug_errors: false (the default) for production: keep debug_errors: true only in config/dev.exs (or inside if config_env() == :dev in config/runtime.exs), never in config/config.exs, prod.exs or runtime.exs for :prod.',
  ruby: 'Set config.consider_all_requests_local = false in config/environments/production.rb (and every other deployed environment); keep true only in development.rb.',
  jvm: 'Spring Boot: remove the setting from the configuration production loads (server.error.include-stacktrace=never and include-exception=false are the defaults) and keep it only in application-dev.yml, a profile production does not activate; Ktor: ktor.development = false (the default) outside local runs.',
  php: 'Default debug to false (\'debug\' => (bool) env(\'APP_DEBUG\', false)) and set APP_DEBUG=false in production; keep APP_DEBUG=true only in .env.local or another development-only file.',
};
/** A framework switch's fix for its file's stack, else the generic one. */
const frameworkFix = (file: string) => stackFix(FRAMEWORK_FIXES, file) ?? FRAMEWORK_FIX;

/** A debug switch in another framework's configuration or startup code (Rails, Laravel, ASP.NET Core, Spring Boot). */
/** `springBase`: the key of a Spring Boot base setting (no profile), which a production profile of its folder may override. */
interface ConfigHit {
  line: number; column: number; message: string; springBase?: { key: string; value: string }; /** An `info` note, not a failure (a Go switch under a not-production guard). */ note?: boolean;
  /** A Phoenix `debug_errors: true`: where it is in its folder's load order, which a later `debug_errors: false` may override. */
  phoenix?: PhoenixPlace;
  /** A Spring Boot setting of a development profile (`application-dev.yml`): judged only where production activates it (`ENV SPRING_PROFILES_ACTIVE=dev`). */
  springProfile?: string;
  /**
   * A Go file's build constraint that a default build does not meet (`//go:build debug`): the hit fails only where a build of the
   * repository sets such tags (`go build -tags debug` in a Dockerfile); otherwise it is `note`, an `info` note.
   */
  goBuild?: { expr: string; shown: string; note: string };
}
/**
 * A Phoenix `debug_errors` setting in an Elixir config file: its file's load rank (elixirConfigFile), offset, line, the
 * environments it applies in, and the endpoint it configures (`config :app, AppWeb.Endpoint`; null when not read).
 */
interface PhoenixPlace { rank: number; offset: number; line: number; envs: EnvSet; key: string | null }

/**
 * A `DEBUG = …` class attribute of a config class (Flask's `class ProductionConfig(Config): DEBUG = True`, django-configurations'
 * `class Prod(Configuration)`, a pydantic `Settings`): where, the class, whether it turns debug on (the literal True, or on when
 * a variable is unset) and whether the class is for development or tests (`DevelopmentConfig`, `TestingConfig`).
 */
interface ClassDebug {
  className: string; line: number; column: number; start: number; expr: string; on: boolean; unsetOn: string | null; dev: boolean; /** A pydantic `BaseSettings` class (FastAPI's), not a Flask config class. */ pydantic: boolean;
  /** The field (`DEBUG`; any other name, `debug`, `app_debug`, is judged only where an app's `debug=` reads it). */
  name: string;
}

/** A config class's header: its name or a base names a config or settings class (`class ProductionConfig(Config):`, `class Prod(Configuration):`). */
const CONFIG_CLASS = /^class\s+\w*(?:config|settings|configuration)\w*\s*[(:]|^class\s+\w+\s*\([^)]*(?:config|settings|configuration)/i;

/** An indented assignment to a name that says debug (`    DEBUG = …`, `    app_debug: bool = …`). */
const INDENTED_DEBUG = { word: /(?:DEBUG|[Dd]ebug)\w*[ \t]*(?::[^=\n]*)?=(?!=)/g, before: /^[ \t]+\w*$/ };
/** A module-level one, in any case (`DEBUG = …`, `APP_DEBUG: bool = …`, `isDebug = …`). */
const TOP_LEVEL_DEBUG = { word: /debug\w*[ \t]*(?::[^=\n]+)?=(?!=)/gi, before: /^\w*$/ };
/**
 * Whether a line assigns a name that says debug, found from the word (a regex anchored at every line start with `\w*`
 * before the word cost ~180 ms over the bench monorepo's Python); `before`: what may precede the word on its line.
 */
function debugAssignment(text: string, { word, before }: { word: RegExp; before: RegExp }): boolean {
  word.lastIndex = 0;
  for (let m: RegExpExecArray | null, n = 0; n < 100_000 && (m = word.exec(text)) !== null; n++) {
    if (before.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index))) return true;
  }
  return false;
}

/**
 * Whether a text says `debug` in any case (as `/debug/i`), looked up in the lowercase copy the file pass's scanners share:
 * one `indexOf` where a case-insensitive regex (or the `DEBUG|[Dd]ebug` one) stops at every `d` and `D`. Most Python files
 * never say it.
 */
const saysDebug = (text: string): boolean => containsAnyCase(text, DEBUG_WORD);
const DEBUG_WORD = { word: 'debug', anchor: 'bug' };

/** The class-level `DEBUG = …` of a Python file's config classes (tests and templates are not read). */
function classDebug(file: string, text: string, lex: () => Source): ClassDebug[] {
  // An indented `DEBUG =` (not `logging.DEBUG`) before the lexer runs: most Python files never hold one.
  if (isTestFile(file) || !saysDebug(text) || !debugAssignment(text, INDENTED_DEBUG)) return [];
  const src = lex();
  const out: ClassDebug[] = [];
  for (const a of pythonAssignments(src, /\w*(?:DEBUG|[Dd]ebug)\w*/)) {
    if (a.className === null) continue;
    const header = enclosingHeaders(src, a.start).find((h) => /^class\s/.test(h));
    if (!header || !CONFIG_CLASS.test(header)) continue;
    // Read as a module constant is (a django-environ scheme's default included).
    const { on, unsetOn } = debugValue(a.value, text);
    out.push({ className: a.className, name: a.name, line: src.lineAt(a.start), column: src.columnAt(a.start), start: a.start, expr: a.value, on: on || unsetOn !== null, unsetOn, dev: inDevBranch(src, a.start), pydantic: /^class\s+\w+\s*\([^)]*\bBaseSettings\b/.test(header) });
  }
  return out;
}

/** `True`, `1`, or pydantic's `Field(True, …)` / `Field(default=True, …)`: a value that is on as written. */
const isOnLiteral = (expr: string) => /^(True|1)$/.test(expr.trim()) || /^Field\(\s*(?:default\s*=\s*)?(?:True|1)\s*[,)]/.test(expr.trim());

/** How a Python expression turns debug on: as written, when a variable is unset, or for any non-empty value of a variable. */
interface DebugValue { expr: string; on: boolean; unsetOn: string | null; setOn: string | null }
const debugValue = (expr: string, text: string): DebugValue => {
  const e = expr.trim().replace(/\s+/g, ' ');
  return { expr: e, on: isOnLiteral(e), unsetOn: trueWhenUnset(withEnvScheme(e, text).replace(/'/g, '"')), setOn: trueWhenSet(e) };
};

/**
 * A module-level constant whose name says debug (`DEBUG = True`, `APP_DEBUG = os.getenv(…)`), kept for the FastAPI apps
 * that pass it as `debug=`: where its value is and how it turns debug on (only constants that can be on are kept).
 */
interface DebugConst extends DebugValue { name: string; line: number; column: number }
function debugConstants(src: Source): DebugConst[] {
  const last = new Map<string, DebugConst>();
  for (const m of src.bare.matchAll(/^([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=(?!=)[ \t]*/gm)) {
    if (!/debug/i.test(m[1]!) || depthAt(src, m.index) > 0) continue;
    const start = m.index + m[0].length;
    const v = debugValue(src.code.slice(start, statementEnd(src, start)), src.text);
    last.set(m[1]!, { name: m[1]!, line: src.lineAt(start), column: src.columnAt(start), ...v });
  }
  return [...last.values()].filter((c) => c.on || c.unsetOn || c.setOn);
}

/**
 * Where an app's `debug=` value comes from when it is a name: a constant (of this module, `module: null`, or of the module it
 * is imported from: a dotted path, relative ones resolved to a path from the repository root and marked `exact`), or a field
 * of a settings object (`settings.debug`, `get_settings().debug`).
 */
type AsgiRef = { kind: 'const'; name: string; module: { path: string; exact: boolean } | null } | { kind: 'attr'; name: string; module: { path: string; exact: boolean } | null; /** A comparison of a settings field (`settings.ENVIRONMENT == "local"`): the test, judged with the field's default. */ test?: string };

/** The framework an app's debug switch belongs to: what it does and how messages name it. */
type AppFramework = 'starlette' | 'litestar' | 'sanic' | 'django';

/**
 * An app's debug switch in a module: FastAPI/Starlette/Litestar `FastAPI(debug=…)`, `Litestar(debug=…)`, `app.debug = …` on such
 * an app (the framework then answers every unhandled error with the traceback page, whatever server runs the app); Sanic's
 * `app.run(debug=…)`/`app.run(dev=…)`; a single-file Django app's `settings.configure(DEBUG=…)`.
 */
interface AsgiDebug extends DebugValue {
  line: number; column: number;
  /** As written, for messages, the value as `{}`: `FastAPI(debug={})`, `app.debug = {}`. */
  what: string;
  ref: AsgiRef | null;
  /** Why it runs only in development (a development-only branch, the `__main__` guard), or null. */
  dev: string | null;
  framework: AppFramework;
  /** Sanic's `app.run` under the `__main__` guard or in a function: it runs when the module is run as a script (`python server.py`). */
  script?: boolean;
}

/** The frameworks a module imports (`from litestar import Litestar`, `import fastapi`, `from django.conf import settings`). */
const APP_IMPORT = /^[ \t]*(?:from[ \t]+(fastapi|starlette|litestar|starlite|sanic|django\.conf)(?:\.[\w.]+)?[ \t]+import\b|import[ \t]+(fastapi|starlette|litestar|starlite|sanic|django\.conf)\b)/gm;
const ASGI_APP = /\b(?:FastAPI|Starlette|Litestar|Starlite)\s*\(/;
/** A module that serves a site (a single-file Django app), not a test runner's or a docs build's `settings.configure(…)`. */
const DJANGO_SERVES = /^urlpatterns\s*=|\bget_[wa]sgi_application\s*\(/m;
const MAIN_GUARD = /^if\s+(?:__name__\s*==\s*(['"])__main__\1|(['"])__main__\2\s*==\s*__name__)\s*:/;

/** The module a name is imported as or from in a Python module (`from app.config import DEBUG`, `from . import config`, `import app.config as config`). */
function importedModule(src: Source, file: string, name: string): { path: string; exact: boolean } | null {
  const toPath = (mod: string): { path: string; exact: boolean } => {
    const dots = /^\.*/.exec(mod)![0].length;
    if (!dots) return { path: mod.replace(/\./g, '/'), exact: false };
    const parts = file.split('/').slice(0, -1);
    parts.splice(Math.max(0, parts.length - (dots - 1)));
    return { path: [...parts, ...mod.slice(dots).split('.').filter(Boolean)].join('/'), exact: true };
  };
  for (const m of src.code.matchAll(/^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm)) {
    for (const item of m[2]!.replace(/[()\\]/g, ' ').split(',')) {
      const [orig, alias] = item.trim().split(/\s+as\s+/);
      if ((alias ?? orig) !== name) continue;
      // `from app import config` imports a module (or a package's attribute); `from app.config import DEBUG` a name of app.config.
      return toPath(m[1]!);
    }
  }
  return null;
}
/** The module a name stands for (`from . import config`, `import config`, `import app.config as config`), or null. */
function moduleNamed(src: Source, file: string, name: string): { path: string; exact: boolean } | null {
  for (const m of src.code.matchAll(/^[ \t]*import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?[ \t]*$/gm)) if ((m[2] ?? m[1]) === name) return { path: m[1]!.replace(/\./g, '/'), exact: false };
  const from = importedModule(src, file, name);
  if (!from) return null;
  return { path: from.path ? `${from.path}/${name}` : name, exact: from.exact };
}

function asgiDebug(file: string, text: string, lex: () => Source): { uses: AsgiDebug[]; consts: DebugConst[] } {
  const none = { uses: [], consts: [] };
  if (isTestFile(file) || isVendoredOrGenerated(file)) return none;
  // Sanic's `app.run(dev=True)` says no debug; the words are looked for only where the framework's name is.
  const sanic = text.includes('Sanic');
  if (!saysDebug(text) && !(sanic && /\bdev\s*=/.test(text))) return none;
  // Most modules that say debug only log with it: lex only those with a module-level debug constant or an app constructor.
  const app = ASGI_APP.test(text) || sanic || (text.includes('settings.configure') && text.includes('DEBUG'));
  if (!app && !debugAssignment(text, TOP_LEVEL_DEBUG)) return none;
  const src = lex();
  const consts = debugConstants(src);
  if (!app) return { uses: [], consts };
  const imported = new Set([...src.code.matchAll(APP_IMPORT)].map((m) => m[1] ?? m[2]!));
  const asgi = [...(imported.has('fastapi') || imported.has('starlette') ? ['FastAPI', 'Starlette'] : []), ...(imported.has('litestar') || imported.has('starlite') ? ['Litestar', 'Starlite'] : [])];
  const django = imported.has('django.conf') && src.bare.includes('settings.configure') && DJANGO_SERVES.test(src.bare);
  if (!asgi.length && !imported.has('sanic') && !django) return { uses: [], consts };
  const uses: AsgiDebug[] = [];
  const devOf = (at: number, close = at): string | null => {
    // `app = FastAPI(debug=True) if settings.ENV == "local" else FastAPI()`: a conditional expression is a branch too.
    // Its `else` arm is, when the condition holds only in production: `app = FastAPI() if ENV == "production" else FastAPI(debug=True)`.
    const ternary = /^\s*if\s+([^\n]+?)\s+else\b/.exec(src.code.slice(close + 1, statementEnd(src, close + 1)));
    // Read up to the call's `(` (the `debug=True` may stand on a line of its own in a call spread over lines).
    let open = at;
    for (let i = at - 1, depth = 0; i >= 0 && at - i < 5000; i--) {
      const c = src.bare[i];
      if (c === ')') depth++;
      else if (c === '(') { if (!depth) { open = i; break; } depth--; }
    }
    const lineStart = src.code.lastIndexOf('\n', open - 1) + 1;
    const elseOf = /\bif\s+([^\n]+?)\s+else\s+[A-Za-z_][\w.]*\s*\($/.exec(src.code.slice(Math.max(lineStart, open - 300), open + 1));
    if (inDevBranch(src, at) || (ternary && isDevHeaderIn(src, `if ${ternary[1]}:`)) || (elseOf && isProductionConditionIn(src, elseOf[1]!))) return 'in a development-only branch';
    return enclosingHeaders(src, at).some((h) => MAIN_GUARD.test(h)) ? 'under if __name__ == "__main__": runs only when the module is run as a script' : null;
  };
  const refOf = (expr: string): AsgiRef | null => {
    const bare = /^[A-Za-z_]\w*$/.exec(expr);
    if (bare) {
      if (consts.some((c) => c.name === expr)) return { kind: 'const', name: expr, module: null };
      const mod = importedModule(src, file, expr);
      return mod ? { kind: 'const', name: expr, module: mod } : null;
    }
    // `settings.ENVIRONMENT == "local"`: a settings field compared with literals (judged with the field's default in run).
    const cmp = /^[A-Za-z_]\w*\.([A-Za-z_]\w*)\s*((?:\.(?:lower|upper|strip|casefold)\(\)\s*)*(?:[=!]=|not\s+in\b|in\b)\s*(?:"[^"]*"|\([^()]*\)|\[[^\[\]]*\]))$/.exec(expr.replace(/'/g, '"'));
    if (cmp) return { kind: 'attr', name: cmp[1]!, module: null, test: cmp[2]! };
    const attr = /^([A-Za-z_]\w*)(\(\))?\.([A-Za-z_]\w*)$/.exec(expr);
    if (!attr) return null;
    // `config.DEBUG` of a module `config`, or `settings.debug` of a settings object (imported or not): resolved in run.
    return { kind: 'attr', name: attr[3]!, module: attr[2] ? null : moduleNamed(src, file, attr[1]!) };
  };
  const add = (framework: AppFramework, at: number, what: string, expr: string, close?: number, script?: boolean): boolean => {
    const v = debugValue(expr, text);
    const ref = v.on || v.unsetOn || v.setOn ? null : refOf(v.expr);
    if (!ref && !v.on && !v.unsetOn && !v.setOn) return false;
    uses.push({ line: src.lineAt(at), column: src.columnAt(at), what, ...v, ref, dev: devOf(at, close), framework, ...(script ? { script } : {}) });
    return true;
  };
  /** The name a call's result is assigned to (`app = FastAPI(…)`, `self.app = Sanic(…)`), or null. */
  const assignedTo = (start: number) => {
    const lineStart = src.bare.lastIndexOf('\n', start - 1) + 1;
    return /^[ \t]*(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*$/.exec(src.bare.slice(lineStart, start))?.[1] ?? null;
  };
  // `app = FastAPI(…)`, `app = Litestar(…)`: the name `app.debug = …` may switch later (Sanic's `debug` has no setter).
  const apps = new Map<string, AppFramework>();
  if (asgi.length) {
    for (const call of findCalls(src, new RegExp(asgi.join('|')))) {
      const framework = /(?:Litestar|Starlite)$/.test(call.callee) ? 'litestar' : 'starlette';
      const name = assignedTo(call.start);
      if (name) apps.set(name, framework);
      const arg = call.args.find((a) => a.name === 'debug');
      if (arg) add(framework, src.bare.lastIndexOf('debug', arg.start), `${call.callee}(debug={})`, arg.value, call.close);
    }
    for (const m of src.bare.matchAll(/^[ \t]*([A-Za-z_]\w*)\.debug[ \t]*=(?!=)[ \t]*/gm)) {
      const framework = apps.get(m[1]!);
      if (!framework || depthAt(src, m.index) > 0) continue;
      const start = m.index + m[0].length;
      const at = m.index + m[0].length - m[0].trimStart().length;
      add(framework, at, `${m[1]}.debug = {}`, src.code.slice(start, statementEnd(src, start)));
    }
  }
  if (imported.has('sanic')) {
    // Sanic's own server (`app.run`, `app.prepare` before `Sanic.serve()`): `debug=True` (or `dev=True`, debug plus the
    // reloader) puts the traceback in every error response. `app`/`application` of a Sanic module, or a name a Sanic app is assigned to.
    const names = new Set(['app', 'application']);
    for (const call of findCalls(src, /Sanic(?:\s*\.\s*get_app)?/)) {
      const name = assignedTo(call.start);
      if (name) names.add(name);
    }
    for (const call of findCalls(src, /run|prepare/)) {
      const parts = call.callee.split('.');
      if (parts.length !== 2 || !names.has(parts[0]!)) continue;
      const headers = enclosingHeaders(src, call.start);
      const script = headers.some((h) => MAIN_GUARD.test(h) || /^(?:async\s+)?def\s/.test(h));
      for (const arg of call.args) {
        if (!(arg.name === 'debug' || arg.name === 'dev') || !add('sanic', src.bare.lastIndexOf(arg.name, arg.start), `${call.callee}(${arg.name}={})`, arg.value, call.close, script)) continue;
        const u = uses[uses.length - 1]!;
        const fn = headers.map((h) => /^(?:async\s+)?def\s+(\w+)/.exec(h)?.[1]).find(Boolean);
        if (script && u.dev === null) u.dev = `inside ${fn}(): runs only when it is called`;
        // A development branch stays development-only whoever runs the module.
        if (u.dev?.startsWith('in a development-only branch')) delete u.script;
        break;
      }
    }
  }
  if (django) {
    // A single-file Django app: `settings.configure(DEBUG=True, ROOT_URLCONF=__name__, …)` is its settings module.
    for (const call of findCalls(src, 'configure')) {
      if (!/(?:^|\.)settings\.configure$/.test(call.callee)) continue;
      const arg = call.args.find((a) => a.name === 'DEBUG');
      if (arg) add('django', src.bare.lastIndexOf('DEBUG', arg.start), `${call.callee}(DEBUG={})`, arg.value, call.close);
    }
  }
  return { uses, consts };
}

/** What the scan keeps of a file: a Django settings module's last DEBUG and config classes' DEBUG, or other frameworks' debug switches. */
type DebugScan = { kind: 'settings'; debug: ReturnType<typeof moduleDebug> | undefined; classes: ClassDebug[]; asgi?: AsgiDebug[]; consts?: DebugConst[]; debugpy?: DebugpyListen[] } | { kind: 'config'; hits: ConfigHit[]; /** Phoenix `debug_errors: false` settings that apply in a deploying environment. */ phoenixOff?: PhoenixPlace[] };

/** Rails `config/environments/<env>.rb`: the environment's name. */
const RAILS_ENV_FILE = /(?:^|\/)config\/environments\/([^/]+)\.rb$/;
/** Phoenix's `debug_errors:` option set to a literal boolean. */
const PHOENIX_DEBUG = /\bdebug_errors\s*:\s*(true|false)\b/g;
/** The `config :app, Key` call a `debug_errors:` option belongs to: the last one begun before it on a line of its own. */
const ELIXIR_CONFIG_CALL = /^[ \t]*config\s*\(?\s*:(\w+)\s*,\s*([A-Z][\w.]*)/gm;
/** Laravel's `config/app.php`. */
const LARAVEL_APP = /(?:^|\/)config\/app\.php$/;
/** WordPress's `wp-config.php` (not `wp-config-sample.php`, `wp-config-local.php`, `wp-config-dev.php`…: other names are not loaded by WordPress). */
const WP_CONFIG = /(?:^|\/)wp-config\.php$/;
/** `define( 'WP_DEBUG', true )` (`1`, `'1'`, `'true'` too: PHP's truthiness of the constant); [1]: the constant, [3]: the value. */
const WP_DEFINE = /\bdefine\s*\(\s*(['"])(WP_DEBUG(?:_DISPLAY)?)\1\s*,\s*([^)]*?)\s*\)/g;
/** Gin switched to debug mode in code: `gin.SetMode(gin.DebugMode)`, `gin.SetMode("debug")`. */
const GIN_DEBUG_ARG = /^(?:\w+\.)?DebugMode$|^"debug"$/;
/** Echo's debug switch set on: `e.Debug = true` (`s.echo.Debug = true`); [1]: the receiver. */
const ECHO_DEBUG = /(?<![\w.])((?:\w+\.)*\w+)\.Debug\s*=\s*true\b/g;

/** A Go comparison of a value with `production`/`prod` or with Gin's release mode (`"release"`, `gin.ReleaseMode`), either way round: [2]/[5] the operator. */
const GO_COMPARED = (op: string) => new RegExp(`^\\s*(?:([^=!<>&|]+?)\\s*${op}\\s*("(?:production|prod|Production|PRODUCTION|release)"|\\w+\\.ReleaseMode)|("(?:production|prod|Production|PRODUCTION|release)"|\\w+\\.ReleaseMode)\\s*${op}\\s*([^=!<>&|]+?))\\s*$`);
const GO_NE = GO_COMPARED('!=');
const GO_EQ = GO_COMPARED('==');
/** A production flag or method: `isProd`, `isProduction`, `is_prod`, `cfg.IsProduction()`, `config.IsProd()`. */
const GO_PROD_FLAG = /^\s*(?:\w+\.)*[iI]s_?[pP]rod(?:uction)?\s*(?:\(\s*\))?\s*$/;

/** What a Go guard compares: Gin's own mode (`os.Getenv("GIN_MODE")`, `gin.Mode()`), some other mode with release, or the environment with production. */
type GoGuard = { kind: 'gin-mode' | 'release' | 'production'; cond: string };
function goComparison(part: string, re: RegExp): Omit<GoGuard, 'cond'> | null {
  const m = re.exec(part);
  if (m) {
    const value = m[2] ?? m[3]!;
    const other = m[1] ?? m[4]!;
    if (!/release|ReleaseMode/.test(value)) return { kind: 'production' };
    return { kind: /"GIN_MODE"|\bgin\.Mode\s*\(\s*\)/.test(other) ? 'gin-mode' : 'release' };
  }
  return null;
}
/** A condition that is false in production: `env != "production"`, `mode != "release"`, `!cfg.IsProduction()`, alone or in a conjunction. */
function goNonProdCondition(cond: string): Omit<GoGuard, 'cond'> | null {
  // A disjunction runs in production if any side does (`env != "production" || debug`).
  if (/\|\|/.test(cond)) return null;
  for (const part of cond.replace(/^\s*\(|\)\s*$/g, '').split('&&')) {
    const c = goComparison(part, GO_NE);
    if (c) return c;
    const neg = /^\s*!\s*(.*)$/.exec(part);
    if (neg && GO_PROD_FLAG.test(neg[1]!)) return { kind: 'production' };
  }
  return null;
}
/** The condition of a Go `if` header (`if env := os.Getenv("APP_ENV"); env != "production"`, `} else if …`), or null. */
const goIfCondition = (header: string) => /^(?:\}\s*else\s+)?if\s+(?:[^;"]*(?:"[^"]*"[^;"]*)*;\s*)?(.+)$/.exec(header)?.[1]?.trim() ?? null;

/**
 * Whether Go code at `at` runs only outside production: inside `if os.Getenv("APP_ENV") != "production" {` (or `!= "prod"`,
 * `!cfg.IsProduction()`, a conjunction with one of them), `if os.Getenv("GIN_MODE") != "release" {` / `if gin.Mode() != gin.ReleaseMode {`,
 * or the `else` of an `if env == "production" {` chain. Like `NODE_ENV !== 'production'` in JavaScript (development-only there), but
 * staging runs it too, so an `info` note rather than silence.
 */
function goNonProdGuard(src: Source, at: number): GoGuard | null {
  // The `{` opening the block that the `}` at `close` ends.
  const openOf = (close: number) => {
    let depth = 0;
    for (let k = close; k >= 0; k--) {
      const c = src.bare[k];
      if (c === '}') depth++;
      else if (c === '{' && --depth === 0) return k;
    }
    return -1;
  };
  for (const { header, open } of goBlocks(src, at)) {
    const cond = goIfCondition(header);
    if (cond !== null) {
      const g = goNonProdCondition(cond);
      if (g) return { ...g, cond: `if ${cond}` };
    } else if (/^\}\s*else$/.test(header)) {
      // The else of a chain one of whose conditions is production alone (`if env == "production" { … } else { … }`).
      for (let close = src.bare.lastIndexOf('}', open); close >= 0;) {
        const o = openOf(close);
        if (o < 0) break;
        const h = goLineBefore(src, o);
        const ifCond = goIfCondition(h);
        if (ifCond === null) break;
        const eq = /&&|\|\|/.test(ifCond) ? null : goComparison(ifCond, GO_EQ) ?? (GO_PROD_FLAG.test(ifCond) ? { kind: 'production' as const } : null);
        if (eq) return { ...eq, cond: `the else of if ${ifCond}` };
        if (!/^\}\s*else\s+if\b/.test(h)) break;
        close = src.bare.lastIndexOf('}', o);
      }
    }
  }
  return null;
}
/** The text of the line holding `k`, up to it, trimmed: a Go block's header (Go ends statements at line ends, not with `;`). */
const goLineBefore = (src: Source, k: number) => src.code.slice(src.code.lastIndexOf('\n', k - 1) + 1, k).trim();
/** The Go blocks enclosing `at`, innermost first: each `{`'s offset and the header on its line (`if env != "production"`, `} else`). */
function goBlocks(src: Source, at: number): { header: string; open: number }[] {
  const out: { header: string; open: number }[] = [];
  let depth = 0;
  for (let k = at - 1; k >= 0 && out.length < 32; k--) {
    const c = src.bare[k];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth) depth--;
      else out.push({ header: goLineBefore(src, k), open: k });
    }
  }
  return out;
}
/** Go code in a development-only branch: `if os.Getenv("APP_ENV") == "development" {`, read from the header's own line (a statement before it is not part of it). */
const goDevBranch = (src: Source, at: number) => inDevBranch(src, at) || goBlocks(src, at).some(({ header }) => isDevHeader(header.replace(/^\}\s*/, '')));

/** How a Go switch under a not-production guard runs, for its note. */
const goGuardRuns = (g: GoGuard) => g.kind === 'gin-mode'
  ? `only when Gin is not in release mode (${g.cond}): Gin is in debug mode there anyway (its default unless GIN_MODE=release), so this changes nothing; set GIN_MODE=release in production`
  : g.kind === 'release'
    ? `only outside release mode (${g.cond}): production, run in release mode, skips it, every other mode runs it`
    : `only outside production (${g.cond}): production skips it, staging and every other environment run it`;

/** Other frameworks' files the scan reads: by name, not for development or tests, not vendored or templates. */
function isOtherDebugFile(file: string): boolean {
  // The name first: most paths are no such file, and the folder tests cost more than the name's.
  return otherDebugName(file) && !isTemplate(file) && !isTestFile(file) && !isVendoredOrGenerated(file);
}
function otherDebugName(file: string): boolean {
  if (/\.(?:cs|go)$/i.test(file) || LARAVEL_APP.test(file) || WP_CONFIG.test(file)) return true;
  const rails = RAILS_ENV_FILE.exec(file);
  // Environments named for development or tests are not judged (their debug switches are the point): `development_docker.rb` too.
  if (rails) return !devEnvironmentName(rails[1]!);
  // Elixir configuration: `config.exs`, `runtime.exs`, a deployed environment's `<env>.exs` (not `dev.exs`, `test.exs`).
  const elixir = elixirConfigFile(file);
  if (elixir) return deploysIn(elixir.envs);
  const app = aspNetSettings(file);
  if (app) return !app.dev;
  // Ktor's `application.conf` (not one named for development or tests: `application-dev.conf`).
  if (KTOR_CONF.test(basename(file))) return !hasDevWord(basename(file).replace(/\.conf$/i, ''));
  // Spring Boot configuration, a development profile's too (`application-dev.yml`): production may activate it (ConfigHit.springProfile).
  return isSpringConfig(file);
}

const RAILS_LOCAL = /\bconsider_all_requests_local\s*=(?!=)\s*true\b/g;
/** `'debug' => …` in a PHP array: the key's quotes (its content is blanked in `bare`). */
const PHP_DEBUG_KEY = /(['"])debug\1\s*=>\s*/g;
/** The value: `true`, or `env('APP_DEBUG', <default>)` (optionally `(bool)`-cast). */
const PHP_DEBUG_VALUE = /^(?:\(\s*bool\s*\)\s*)?(?:(true)\b|env\s*\(\s*(['"])(\w+)\2\s*,\s*(true|false|null|-?\d+|(['"])[^'"\n]*\5)\s*\))/i;
/** PHP truthiness of a literal default: `true`, a non-zero number, a string other than '' and '0' (Laravel's `env()` returns a default as written). */
const phpTruthy = (lit: string) => /^true$/i.test(lit) || (/^-?\d+$/.test(lit) && Number(lit) !== 0) || (/^['"]/.test(lit) && lit.length > 2 && lit.slice(1, -1) !== '0');
/**
 * A root `DetailedErrors` value that turns detailed errors on: ASP.NET Core's key is case-insensitive (`detailedErrors`), and its
 * value is on when it reads `true` or `1`, in any case, as a JSON literal or a string (`"True"`, `"1"`).
 */
const detailedErrorsOn = (v: unknown): boolean => v === true || v === 1 || (typeof v === 'string' && /^(?:true|1)$/i.test(v));
/** `Configure<Env>` / `Startup<Env>`: ASP.NET Core's per-environment startup conventions, run only in that environment. */
const ASPNET_DEV_CONVENTION = /\b(?:Configure|Startup)Development\b/;

/** An ASP.NET Core environment test that holds outside Development: `!env.IsDevelopment()`, `IsProduction()`, `IsStaging()`, `IsEnvironment("Production")`. */
const NOT_DEV_CONDITION = /!\s*(?:[\w.]+\.)?IsDevelopment\s*\(\s*\)|\bIs(?:Production|Staging)\s*\(\s*\)|\bIsEnvironment\s*\(\s*"(?!Development")[^"]*"\s*\)/;
/** A negated production test (`!app.Environment.IsProduction()`, `!env.IsEnvironment("Production")`): true in Staging and every environment but Production. */
const NOT_PROD_CONDITION = /!\s*(?:[\w.]+\.)?Is(?:Production\s*\(\s*\)|Environment\s*\(\s*"Production"\s*\))/;
/** A production test (`app.Environment.IsProduction()`, `env.IsEnvironment("Production")`): its `else` is what `!IsProduction()` runs. */
const PROD_CONDITION = /\bIs(?:Production\s*\(\s*\)|Environment\s*\(\s*"Production"\s*\))/;
/** An `if (…)` header, braced or not (`if (!env.IsDevelopment())`, `} else if (…)`), alone or followed by its one-line body. */
const IF_HEADER = /^\s*(?:\}\s*)?(?:else\s+)?(if\s*\((?:[^()]|\([^()]*\))*\))/;
/**
 * How a developer exception page outside the development branch is placed, for its message: in a branch that runs when the
 * environment is not Development (`if (!app.Environment.IsDevelopment()) { … }`, `if (env.IsProduction())`, braced or on the next
 * line), or in the `else` of an `IsDevelopment()` check; null when no branch says (it runs in every environment).
 */
function nonDevBranch(src: Source, at: number): string | { where: string; who: string } | null {
  const headers = enclosingHeaders(src, at);
  const lineStart = src.code.lastIndexOf('\n', at - 1) + 1;
  const prevStart = lineStart < 2 ? -1 : src.code.lastIndexOf('\n', lineStart - 2) + 1;
  // The header of the innermost braced block, else a braceless `if (…)` on this line or the line before.
  const own = IF_HEADER.exec(src.code.slice(lineStart, at))?.[1] ?? (prevStart < 0 || src.code.slice(lineStart, at).trim() ? undefined : IF_HEADER.exec(src.code.slice(prevStart, lineStart - 1))?.[1]);
  const cond = [own, headers[0]].find((h) => h !== undefined && /^(?:\}\s*)?(?:else\s+)?if\b/.test(h) && NOT_DEV_CONDITION.test(h));
  if (cond) {
    const shown = cond.replace(/^(?:\}\s*)?else\s+/, '').replace(/\s+/g, ' ');
    // `if (!app.Environment.IsProduction())`: Production skips it, Staging and every other environment run it.
    if (NOT_PROD_CONDITION.test(cond)) return { where: `in a branch that runs in every environment but Production (${shown})`, who: 'to every visitor of Staging and any other environment but Production' };
    return `in a branch that runs when the environment is not Development (${shown})`;
  }
  // The `else` of an if chain, braced or not (read as every guard reads else arms: elseArmConditions). An `IsProduction()` check's
  // is the branch `if (!env.IsProduction())` is: every environment but Production runs it. An `IsDevelopment()` check's runs in
  // every other environment. (A negated development check's runs in Development only: inDevBranch, silent.)
  for (const conds of elseArmConditions(src, at)) {
    for (const c of conds) {
      if (/&&|\|\|/.test(c)) continue;
      const shown = `the else of if ${c.replace(/\s+/g, ' ')}`;
      if (PROD_CONDITION.test(c) && !NOT_PROD_CONDITION.test(c)) return { where: `in a branch that runs in every environment but Production (${shown})`, who: 'to every visitor of Staging and any other environment but Production' };
      if (/\bIsDevelopment\s*\(/.test(c) && !NOT_DEV_CONDITION.test(c)) return 'in the else branch of an IsDevelopment() check (it runs in every other environment)';
    }
  }
  return null;
}

/**
 * A framework file's debug switches: [] when the file was judged and found clean (the check then applies and passes),
 * undefined when it holds nothing to judge (C# code that never calls the developer exception page).
 */
function otherDebug(file: string, text: string): ConfigHit[] | undefined {
  const hits: ConfigHit[] = [];
  if (/\.cs$/i.test(file)) {
    if (!text.includes('UseDeveloperExceptionPage')) return undefined;
    const src = otherSource(file, text);
    for (const call of findCalls(src, 'UseDeveloperExceptionPage')) {
      // The template's `if (app.Environment.IsDevelopment()) { app.UseDeveloperExceptionPage(); }` is the fix, not a finding.
      if (inDevBranch(src, call.start) || enclosingHeaders(src, call.start).some((h) => ASPNET_DEV_CONVENTION.test(h))) continue;
      // Under `#if DEBUG` (the directive cors-wildcard reads alike): compiled into Debug builds only, which production should not run.
      if (inDebugDirective(src, call.start)) {
        hits.push({ line: call.line, column: src.columnAt(call.start), note: true, message: `${call.callee}() under #if DEBUG is compiled into Debug builds only (development-only: a Release build, dotnet publish -c Release, leaves it out); make sure production runs a Release build, which never shows the developer exception page` });
        continue;
      }
      const branch = nonDevBranch(src, call.start) ?? 'outside an IsDevelopment() check';
      const { where, who } = typeof branch === 'string' ? { where: branch, who: 'to every visitor in production' } : branch;
      hits.push({ line: call.line, column: src.columnAt(call.start), message: `${call.callee}() ${where} shows the developer exception page (stack traces, source lines, headers) ${who}; call it only inside if (app.Environment.IsDevelopment())` });
    }
  } else if (/\.go$/i.test(file)) {
    const gin = text.includes('SetMode') && text.includes('gin-gonic/gin');
    const echo = text.includes('.Debug') && text.includes('labstack/echo');
    if (!gin && !echo) return undefined;
    const src = otherSource(file, text);
    // A file behind a build constraint a default build does not meet (`//go:build debug`): judged where the deploy builds with the tag.
    const constraint = goBuildConstraint(text);
    // Development-only branches are the fix (silent); a branch that is off only in production is an `info` note.
    const put = (at: number, what: string, effect: string, detail: string, fix: string) => {
      if (goDevBranch(src, at)) return;
      const guard = goNonProdGuard(src, at);
      const built = constraint && { goBuild: { expr: constraint.expr, shown: constraint.shown, note: `${what} ${effect} (${detail}) only in builds with ${constraint.tags.length ? `-tags ${constraint.tags.join(',')}` : 'build tags'} (${constraint.shown}, line ${constraint.line}): a default go build leaves this file out, and no Dockerfile, build script or CI workflow here builds with such tags (development-only); keep them out of production builds` } };
      hits.push(guard
        ? { line: src.lineAt(at), column: src.columnAt(at), note: true, message: `${what} ${effect} (${detail}) ${goGuardRuns(guard)}` }
        : { line: src.lineAt(at), column: src.columnAt(at), message: `${what} ${effect} in production code (${detail}); ${fix}`, ...built });
    };
    for (const call of gin ? findCalls(src, /SetMode/) : []) {
      // Gin's own switch (`gin.SetMode`, or the package imported under another name).
      if (!/^\w+\.SetMode$/.test(call.callee) || call.args.length !== 1 || !GIN_DEBUG_ARG.test(call.args[0]!.value.trim())) continue;
      put(call.start, `${call.callee}(${call.args[0]!.value.trim()})`, 'switches Gin to debug mode', 'debug warnings, every route and request logged', 'use gin.ReleaseMode, or leave the mode to GIN_MODE=release');
    }
    // Echo's `e.Debug = true` on an instance the file makes with `echo.New()` (the import's name, `echo` by default).
    const echoPkg = /(?:^|\n)\s*(?:import\s+)?(\w+)?\s*"github\.com\/labstack\/echo(?:\/v\d+)?"/.exec(src.code)?.[1] ?? 'echo';
    for (const m of echo ? src.bare.matchAll(ECHO_DEBUG) : []) {
      const recv = m[1]!;
      if (!new RegExp(`(?<![\\w.])${escapeRegExp(recv)}\\s*:?=\\s*${escapeRegExp(echoPkg)}\\.New\\s*\\(\\s*\\)`).test(src.bare)) continue;
      put(m.index, `${recv}.Debug = true`, "turns on Echo's debug mode", "its error handler answers clients with the internal error text, err.Error(), instead of the status text", 'remove it, or read it from the environment with debug off by default');
    }
    if (!hits.length) return undefined;
  } else if (WP_CONFIG.test(file)) {
    if (!text.includes('WP_DEBUG')) return hits;
    const src = otherSource(file, text);
    const defs = [...src.code.matchAll(WP_DEFINE)].filter((m) => src.bare[m.index] === 'd' && !inDevBranch(src, m.index));
    // WP_DEBUG_DISPLAY false keeps the errors out of the pages (they go to the log): no error is shown to visitors.
    const hidden = defs.some((m) => m[2] === 'WP_DEBUG_DISPLAY' && /^(?:false|0|'0'|"0"|''|""|null)$/i.test(m[3]!));
    for (const m of defs) {
      if (m[2] !== 'WP_DEBUG' || !/^(?:true|1|(['"])(?:1|true)\1)$/i.test(m[3]!) || hidden) continue;
      const at = m.index + m[0].indexOf(m[3]!, m[0].indexOf(','));
      hits.push({ line: src.lineAt(at), column: src.columnAt(at), message: `define('WP_DEBUG', ${m[3]}) in wp-config.php turns on WordPress debug mode: PHP errors, warnings and notices (paths, queries) are shown on every page; set it to false in production (or define WP_DEBUG_DISPLAY as false and log to wp-content/debug.log)` });
    }
  } else if (LARAVEL_APP.test(file)) {
    if (!text.includes('debug')) return hits;
    const src = otherSource(file, text);
    for (const m of src.code.matchAll(PHP_DEBUG_KEY)) {
      if (src.bare[m.index] !== m[1] || src.bare[m.index + 1] !== ' ') continue;
      const start = m.index + m[0].length;
      const v = PHP_DEBUG_VALUE.exec(src.code.slice(start, start + 200));
      if (!v || (!v[1] && !phpTruthy(v[4]!))) continue;
      const fix = "read it from the environment with a false default ('debug' => (bool) env('APP_DEBUG', false))";
      hits.push({
        line: src.lineAt(start), column: src.columnAt(start),
        message: v[1]
          ? `'debug' => true in Laravel config/app.php shows stack traces and environment variables to visitors; ${fix}`
          : `debug defaults to on when ${v[3]} is unset (Laravel config/app.php): a deploy that forgets the variable shows stack traces and environment variables to visitors; ${fix}`,
      });
    }
  } else if (elixirConfigFile(file)) {
    return phoenixDebug(file, text).hits;
  } else if (RAILS_ENV_FILE.test(file)) {
    if (!text.includes('consider_all_requests_local')) return hits;
    const src = scanSource(file, text, 'python');
    const env = RAILS_ENV_FILE.exec(file)![1]!;
    for (const m of src.bare.matchAll(RAILS_LOCAL)) {
      const at = m.index + m[0].length - 4;
      hits.push({ line: src.lineAt(at), column: src.columnAt(at), message: `config.consider_all_requests_local = true in the ${env} environment shows full error reports (stack traces, request details) to every visitor; set it to false` });
    }
  } else if (aspNetSettings(file)) {
    if (!lowerText(text).includes('detailederrors')) return hits;
    // Read as the snapshot reads appsettings (JSON with comments and trailing commas, positions kept), as .NET's configuration does:
    // one that JSON refuses is not read (the snapshot reports it as a parse-error, with the JSON parser's message).
    if (jsoncProblem(text)) return hits;
    const doc = parseYaml(file, blankJsonc(text)).docs[0];
    if (!doc || !isObject(doc.value)) return hits;
    for (const [key, v] of Object.entries(doc.value)) {
      if (key.toLowerCase() !== 'detailederrors' || !detailedErrorsOn(v)) continue;
      const at = doc.loc([key]);
      if (!at) continue;
      hits.push({ line: at.line, column: at.column, message: `${JSON.stringify(key)}: ${JSON.stringify(v)} in ${basename(file)} shows detailed exception messages to clients (startup errors, Blazor circuit errors); remove it (keep it in appsettings.Development.json)` });
    }
  } else if (KTOR_CONF.test(basename(file))) {
    // Ktor's HOCON configuration (only a file with a `ktor` block is Ktor's: Play's `conf/application.conf` is not judged here).
    if (!/\bktor\b/.test(text)) return undefined;
    const last = hoconEntries(text).filter((e) => e.path === 'ktor.development' && e.op !== '+=' && !/^\$\{/.test(e.value.trim())).at(-1);
    if (last && /^(["']?)true\1$/i.test(last.value.trim())) hits.push({ line: last.line, column: last.column, message: ktorDevMessage(file, `ktor.development = ${last.value.trim()}`) });
  } else {
    const lower = lowerText(text);
    if (!lower.includes('stacktrace') && !(lower.includes('ktor') && lower.includes('development'))) return hits;
    const fileProfile = springFileProfile(file);
    for (const st of springSettings(file, text)) {
      // A development profile's setting (`application-dev.yml`, an `on-profile: dev` document) counts only where production activates that profile.
      const devProfile = isDevProfile(st.profile) ? st.profile : isDevProfile(fileProfile) ? fileProfile : null;
      if (st.key === 'ktor.development') {
        if (devProfile !== null) continue;
        // Ktor's YAML configuration (`ktor: development: true` in application.yaml).
        if (/^(["']?)true\1$/i.test(st.value.trim())) hits.push({ line: st.line, column: st.column, message: ktorDevMessage(file, `ktor.development: ${st.value.trim()}`) });
        continue;
      }
      if (st.key !== 'server.error.include-stacktrace') continue;
      const when = stacktraceWhen(st.value);
      const base = st.profile === null && fileProfile === null;
      if (when) hits.push({ line: st.line, column: st.column, message: `server.error.include-stacktrace=${st.value.trim()} puts the stack trace in ${when} (Spring Boot); remove it (never is the default)`, ...(base ? { springBase: { key: st.key, value: st.value.trim() } } : {}), ...(devProfile !== null ? { springProfile: devProfile } : {}) });
    }
  }
  return hits;
}

/** A Ktor configuration file's `ktor.development` turned on: what it does and what to do. */
const ktorDevMessage = (file: string, setting: string) => `${setting} in ${basename(file)} turns on ${KTOR_DEV_EFFECT} wherever this configuration is deployed; set it to false or remove it (off is the default), and turn development mode on only for local runs (-Dio.ktor.development=true in the IDE or the Gradle run task)`;

/**
 * Phoenix's `debug_errors` in an Elixir config file, where it applies in a deploying environment: `true` is a hit, `false`
 * a setting that overrides an earlier `true`. A deployed environment's own file (`prod.exs`, `staging.exs`) applies there;
 * `config.exs` everywhere; `runtime.exs` (`releases.exs`) everywhere outside a `config_env()` condition, and in a
 * `if config_env() == :prod do` block in production; what a `:dev`/`:test` block (or `config_env() != :prod`) sets is development's.
 */
function phoenixDebug(file: string, text: string): { hits: ConfigHit[]; off: PhoenixPlace[] } {
  const hits: ConfigHit[] = [];
  const off: PhoenixPlace[] = [];
  const elixir = elixirConfigFile(file);
  if (!elixir || !text.includes('debug_errors')) return { hits, off };
  const src = scanSource(file, text, 'python');
  const calls = [...src.bare.matchAll(ELIXIR_CONFIG_CALL)];
  const name = configName(file);
  for (const m of src.bare.matchAll(PHOENIX_DEBUG)) {
    const scope = elixirEnvAt(src, m.index, elixir.envs);
    if (!deploysIn(scope.envs)) continue;
    const call = calls.filter((c) => c.index < m.index).at(-1);
    const at = m.index + m[0].length - m[1]!.length;
    const place: PhoenixPlace = { rank: elixir.rank, offset: m.index, line: src.lineAt(at), envs: scope.envs, key: call ? `:${call[1]}, ${call[2]}` : null };
    if (m[1] === 'false') { off.push(place); continue; }
    const where = elixir.kind === 'env' ? `in ${name}`
      : scope.conditions.length ? `in ${name} (${scope.conditions.join(', ')})`
        : elixir.kind === 'base' ? `in ${name}, which every environment loads, production included,`
          : `in ${name} outside any config_env() condition, so in every environment, production included,`;
    hits.push({ line: place.line, column: src.columnAt(at), phoenix: place, message: `debug_errors: true ${where} shows Phoenix's debug error page (stack traces, code, params) to every visitor; remove it (it belongs in config/dev.exs)` });
  }
  return { hits, off };
}

/**
 * The `debug_errors: false` that overrides a `debug_errors: true` for every deploying environment it applies in: one in the same
 * config folder loaded later (`prod.exs` or `runtime.exs` after `config.exs`, `runtime.exs` after `prod.exs`, a later line of the
 * same file) for the same endpoint (either unknown: any).
 */
function phoenixOverride(file: string, hit: PhoenixPlace, offs: readonly { file: string; place: PhoenixPlace }[]): { file: string; place: PhoenixPlace } | undefined {
  return offs.filter(({ file: f, place: p }) => dirname(f) === dirname(file)
    && (p.rank > hit.rank || (f === file && p.offset > hit.offset))
    && (p.key === null || hit.key === null || p.key === hit.key)
    && coversDeployed(p.envs, hit.envs)).at(-1);
}

/** When Spring Boot's `server.error.include-stacktrace` value puts the stack trace in error responses (null: never). */
function stacktraceWhen(value: string): string | null {
  const v = value.trim().toLowerCase().replace(/_/g, '-');
  return v === 'always' ? 'every error response' : v === 'on-param' || v === 'on-trace-param' ? 'the error response of any request that adds ?trace=true' : null;
}

/**
 * Sanic's and Litestar's CLIs started in debug mode: `sanic server:app --debug` (`--dev`/`-d`: debug plus the reloader),
 * `litestar run --debug` (`-d`), also through `python -m`. Their reloader alone (`--reload`) is production-server's.
 */
function cliDebug(argv: readonly string[]): { what: string; flag: string } | null {
  // The commands' own reading of those CLIs (option values skipped, `python -m` unwrapped) names the flag.
  const v = classify(argv);
  if (v.kind !== 'dev' || !v.debugFlag) return null;
  const cli = /^(sanic|litestar)\b/.exec(v.what)?.[1];
  return cli ? { what: cli === 'sanic' ? 'Sanic' : 'Litestar', flag: v.debugFlag } : null;
}

/** What each framework's debug mode does, for messages. */
const APP_EFFECT: Record<AppFramework, string> = {
  starlette: "turns on Starlette's debug mode: any unhandled error answers the visitor with the full traceback (source lines of every frame)",
  litestar: "turns on Litestar's debug mode: any unhandled error answers the visitor with its traceback",
  sanic: "turns on Sanic's debug mode: any unhandled error answers the visitor with its traceback (Sanic's documentation: DO NOT enable debug mode in production)",
  django: "turns on Django's debug mode: error pages show the traceback with local variables, and the settings, to every visitor",
};
const APP_LABEL: Record<AppFramework, string> = { starlette: 'FastAPI/Starlette', litestar: 'Litestar', sanic: 'Sanic', django: 'Django' };

/** The env files the check reads by name: production ones (isProductionEnvFile), and `.env.<name>` ones (for notes, when named for development). */
const isDeployEnvName = (f: string): boolean => isProductionEnvFile(f) || /^\.env\./i.test(basename(f));

/** Debug switched on in deploy config: env settings, Django settings, `app.run(debug=True)` on the production path, FastAPI/Starlette `debug=True`. */
export const debugMode = defineCheck({
  id: 'debug-mode',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file),
  title: 'Debug mode is off in production',
  severity: 'critical',
  description: 'No debug switch in deploy config: FLASK_DEBUG/DEBUG/NODE_ENV=development in Dockerfile, compose, Kubernetes, .env.production, pm2 app env, systemd Environment=, supervisord environment=; node --inspect on a network interface; python -m debugpy --listen 0.0.0.0 and debugpy.listen on a network interface; DEBUG = True in Django settings (and settings.configure) and config classes; app.run(debug=True) that production runs; FastAPI/Starlette/Litestar debug=True; Sanic app.run(debug=True) and sanic --debug; Rails consider_all_requests_local, Phoenix debug_errors, Ktor development mode (ktor.development, -Dio.ktor.development=true), Laravel app.debug, WordPress WP_DEBUG, gin.SetMode(gin.DebugMode), Echo e.Debug = true, ASP.NET Core developer exception page (and DOTNET_/ASPNETCORE_ENVIRONMENT=Development), Symfony APP_ENV=dev, Spring Boot include-stacktrace (also as SERVER_ERROR_INCLUDE_STACKTRACE), a JDWP debugger listening on all interfaces.',
  match: [
    {
      // The negation governs debug itself ("Disable (Flask) debug mode", "No debug in production", "Debug mode
      // must not be enabled", "Never run with debug enabled", "`app.run(debug=True)` is not used"), not a later
      // word; so does a removal of the switch ("`app.run(debug=True)` removed", "Removed `DEBUG = True` from settings").
      // Bare "debug" after the negation must end the promise or precede in/on/for: "No debug pages",
      // "No debug endpoints", "No deploys while debug sessions are open" speak of other things.
      // A prohibition is the promise too ("You must never enable debug in production", Django's deployment checklist;
      // "Don't enable DEBUG in production"), and the switch may be a prefixed variable ("Never set `FLASK_DEBUG=1`"):
      // `_debug` counts where `debug` does. A negated disable is no promise ("We do not (yet) disable debug", "Debug mode is
      // not disabled", "`DEBUG` is not False": debug on, as declared).
      // The switch "not set to True" ("Ensure `DJANGO_DEBUG` is not set to True in production", "DEBUG must never be set to 1"),
      // a prefixed variable too (`debug` ends the name: `DEBUG_PROPAGATE_EXCEPTIONS` is another setting).
      // A deploy file said not to turn the switch on ("`app.json` does not turn `DJANGO_DEBUG` on", "Never switch debug mode on").
      // The app not run in it, a negated participle of a run or use verb ("App is not running in debug mode", "Not using debug
      // mode in prod", "Never deployed with debug mode"); not a condition ("Tests fail when not running in debug mode").
      // The switch may be named by its flags, settings, options or variables as a negated risk ("No debug flags in deploy config",
      // "No debug settings in the production config", "Don't enable debug flags in production"), removed ("Debug flags removed from
      // deploy config", "Remove debug settings"; not "We do not remove debug flags"), not an item that says none are needed
      // ("No debug flags needed for staging").
      pattern: /(?:\b|_)debug(?: mode)?\b[^;]*(?<!\b(?:not|never|isn't|aren't|wasn't|no longer) (?:be |been |yet |always )?)\b(?:disabled|off|false|turned off|(?:not|never) (?:be )?(?:enabled|on|true|turned on))\b|(?:\b|_)debug(?: mode)?\b[^;]*\b(?:not|never) (?:be |been )?set (?:to )?(?:true|1|on)\b|(?:\b|_)debug (?:mode|flags?|settings?|switch(?:es)?|options?|toggles?|env(?:ironment)? ?var(?:iable)?s?|variables?)\b[^;]*(?<!\b(?:not|never|isn't|aren't|wasn't|no longer) (?:be |been |yet |always )?)\b(?:removed|unset|stripped|gone|absent)\b|(?<!(?:\bnot|\bnever|n't) (?:yet |ever |always )?)\b(?:remove|strip|unset|drop)(?: (?:the|all|any|flask|django|app|application|framework))* debug (?:mode|flags?|settings?|switch(?:es)?|options?|toggles?|env(?:ironment)? ?var(?:iable)?s?|variables?)\b|(?<!(?:\bnot|\bnever|n't) (?:yet |ever |always )?)\b(?:disable|turn off|no)(?: (?:the|flask|django|app|application|framework))* debug(?: (?:mode|flags?|settings?|switch(?:es)?|options?|toggles?|env(?:ironment)? ?var(?:iable)?s?|variables?)\b|(?=$| ?[(.,;:!]| (?:in|on|for) ))|\b(?:never|don't|do not|must not|mustn't|should not|shouldn't|cannot|can't)(?: ever)? (?:enable|turn on|switch on|activate|leave on|allow)(?: (?:the|flask|django|app|application|framework))* debug(?: (?:mode|flags?|settings?|switch(?:es)?|options?|toggles?|env(?:ironment)? ?var(?:iable)?s?|variables?)\b|(?=$| ?[(.,;:!]| (?:in|on|for) ))|\b(?:never|not|don't|do not|must not)\b[^;]*\b(?:with|in) debug(?: mode)? (?:on|enabled|true)\b|(?<!\b(?:if|when|unless|while|whether) (?:[\w-]+ ){0,3})\b(?:not|never|no longer|isn't|aren't|doesn't|don't|does not|do not|must not|should not)(?: (?:be|been|ever|currently|accidentally))? (?:run(?:s|ning)?|us(?:e|es|ed|ing)|start(?:s|ed|ing)?|deploy(?:s|ed|ing)?|launch(?:es|ed|ing)?|serv(?:e|es|ed|ing)|ship(?:s|ped|ping)?|operat(?:e|es|ed|ing)) (?:(?:in|with|on|under) )?(?:the )?(?:(?:flask|django|framework|app|application|rails|laravel|express|werkzeug)(?:'s)? )?debug(?: (?:mode|flags?|settings?|switch(?:es)?|options?|toggles?|env(?:ironment)? ?var(?:iable)?s?|variables?)\b|(?=$| ?[(.,;:!]| (?:in|on|for) ))|\b(?:never|not|don't|doesn't|do not|does not|must not|mustn't|should not|shouldn't|won't|will not)(?: ever)? (?:turn|switch)(?:s|ed)? (?:the |flask |django |app )?(?:[a-z\d]+_)*debug(?: mode)? on\b|(?:\b|_)debug ?= ?(?:false|0)\b|\b(?:no|not|never|remov\w*|delet\w*|drop(?:s|ped|ping)?|strip(?:s|ped|ping)?|eliminat\w*|get rid of)\b[^;]*(?:\b|_)debug ?= ?(?:true|1)\b|(?:\b|_)debug ?= ?(?:true|1)\b[^;]*\b(?:not|never|removed|deleted|dropped|stripped|eliminated|gone)\b/,
      // Debug logging, symbols, toolbars and debug pages/endpoints are not the debug switch the check reads
      // (a reachable debug page is dev-server-exposed's).
      // A mobile app's debug switch is not the deployment's.
      unless: /\b(?:log|logs|logging|level|symbols|toolbar|debugger|mobile|android|ios|iphone|apk|testflight|(?:app|play) store)\b|\bdebug (?:pages?|endpoints?|routes?|urls?|views?|ports?|console|info(?:rmation)?|output|builds?|sessions?|apis?|panels?|screens?|messages?)\b|\bdebug (?:flags?|settings?|switch(?:es)?|options?|toggles?|variables?) (?:are |is )?(?:needed|required|necessary)\b/,
      note: 'a promise that debug mode is off: the check reads deploy config and settings',
    },
    {
      // …or that the development setting is refused ("Don't set `NODE_ENV=development` in prod", "`RAILS_ENV=development` is never used",
      // "`RAILS_ENV=production` on all dynos", "`RACK_ENV` is not `development`").
      // ASP.NET Core's too ("ASPNETCORE_ENVIRONMENT is not set to Development", "`DOTNET_ENVIRONMENT=Production` everywhere"),
      // Gin's and Laravel's switches ("`GIN_MODE=release` in production", "`gin.SetMode(gin.ReleaseMode)` in main", "`APP_DEBUG=false` on prod").
      pattern: /\b(?:flask_env|node_env|rails_env|rack_env|aspnetcore_environment|dotnet_environment)\b[^;]*\b(?:production|not (?:set to )?(?:development|dev))\b|\bflask_debug\b[^;]*\b(?:0|false|off|unset)\b|\bgin_mode ?(?:=|:|(?:is )?set to|is) ?release\b|\bgin\.setmode\( ?(?:gin\.releasemode|["']{0,2}release["']{0,2}) ?\)|\bapp_debug ?(?:=|:|(?:is )?set to|is) ?(?:false|0|off)\b|\b(?:no|not|never|don't|do not|must not|mustn't|should not|shouldn't)\b[^;]*\b(?:flask_env|node_env|rails_env|rack_env|aspnetcore_environment|dotnet_environment) ?(?:=|:|to) ?(?:development|dev)\b|\b(?:flask_env|node_env|rails_env|rack_env|aspnetcore_environment|dotnet_environment) ?[=:] ?(?:development|dev)\b[^;]*\b(?:not|never|removed|deleted|dropped|gone)\b/,
      note: 'a promise that the framework runs in production mode: the check fails development settings',
    },
    {
      // The same in German, French, Spanish and Portuguese: "Kein Debug-Modus in Produktion", "Debug-Modus deaktiviert",
      // "Pas de mode debug en production", "Mode débogage désactivé", "Sin modo debug en producción", "Modo de depuración
      // desactivado", "Sem modo debug em produção", "Modo debug desativado"; not a negated disable ("nicht deaktiviert").
      // The switch written as its setting, which is English in any language, refused as English refuses it ("No `DEBUG=True`
      // in `.env.production`"): "Kein `DEBUG=True` in `.env.production`", "Pas de `DEBUG=True` en production", "Sin
      // `DEBUG=True` en producción", "Nunca `FLASK_DEBUG=1`", "`DEBUG=True` entfernt".
      pattern: new RegExp([
        String.raw`(?<![\wà-ÿ])(?:kein(?:e|en|em|er)?|ohne|pas de|sans|aucun|sin|ningún|sem|nenhum) (?:(?:le |el |o )?mode |(?:el |o )?modo (?:de )?)?(?:debug|débogage|depuración|depuração)(?:-?modus)?(?=$| ?[(.,;:!]| (?:in|im|auf|für|en|sur|dans|pour|para|em|no|na)(?![\wà-ÿ]))`,
        String.raw`(?<![\wà-ÿ])(?:deaktivier(?:e|en|t)|désactiv(?:e|er|ez)|desactiv(?:a|ar|e)|deshabilit(?:a|ar|e)|desativ(?:a|ar|e)|desabilit(?:a|ar|e)) (?:den |le |el |o )?(?:(?:mode|modo) (?:de )?)?(?:debug|débogage|depuración|depuração)(?:-?modus)?(?![\wà-ÿ-])`,
        String.raw`(?:(?<![\wà-ÿ])|_)(?:debug(?:-?modus)?|(?:mode|modo) (?:de )?(?:debug|débogage|depuración|depuração))(?![\wà-ÿ-])[^;]*(?<!(?:nicht|nie|pas|no|não|nao|nunca|jamais)(?: (?:ist|wird|est|été|está|esta|é|e|foi|fue))? )(?<![\wà-ÿ])(?:deaktiviert|ausgeschaltet|abgeschaltet|désactivée?|coupée?|desactivad[oa]|deshabilitad[oa]|apagad[oa]|desativad[oa]|desabilitad[oa]|desligad[oa])(?![\wà-ÿ])`,
        String.raw`(?<![\wà-ÿ])(?:(?:kein(?:e|en|em|er|es)?|nie|niemals|ohne|pas de|jamais|sans|aucune?|sin|ningún|ninguna|nunca|jamás|sem|nenhum(?:a)?)(?![\wà-ÿ])|pas d')[^;]*(?:(?<![\wà-ÿ])|_)debug ?= ?(?:true|1|on)(?![\wà-ÿ])`,
        String.raw`(?:(?<![\wà-ÿ])|_)debug ?= ?(?:true|1|on)(?![\wà-ÿ])[^;]*(?<!(?:nicht|pas|no|não|nao)(?: (?:ist|wird|est|été|está|esta|é|e|foi|fue))? )(?<![\wà-ÿ])(?:entfernt|gelöscht|verboten|supprimée?|retirée?|interdite?|eliminad[oa]|quitad[oa]|prohibid[oa]|removid[oa]|proibid[oa])(?![\wà-ÿ])`,
      ].join('|')),
      // Debug logging, output, pages and apps are not the switch (as in English).
      unless: /\b(?:log\w*|protokoll\w*|ausgaben?|journa\w*|registros?|symbol\w*|toolbar|debugger|mobile|android|ios|apk|seiten?|pages?|páginas?|endpoints?|konsole|console|consola|ports?|portas?|puertos?|builds?|informations?|informationen|información|informação|meldungen|messages?|mensajes?|mensagens)\b/,
      note: 'a promise, in German, French, Spanish or Portuguese, that debug mode is off: the check reads deploy config and settings',
    },
    {
      // The JVM's remote debugger (JDWP: `-agentlib:jdwp=…`), refused: "No JDWP remote debugger port in production",
      // "JDWP agent disabled in prod images". (The first entry keeps "debugger" out: a Werkzeug debugger is a page.)
      pattern: /\b(?:no|not|never|without|remov\w*|disabled?)\b[^;]*\b(?:jdwp|agentlib:jdwp)\b|\bjdwp\b[^;]*\b(?:disabled|off|removed|not (?:enabled|exposed|open|used|present))\b/,
      unless: /\b(?:log|logs|logging|mobile|android)\b/,
      note: 'a promise that no JVM remote debugger (JDWP) listens: the check fails `-agentlib:jdwp` options that listen',
    },
    {
      // The Node inspector, refused: "`node --inspect` is never enabled in production", "Never start node with `--inspect` in
      // production", "No `--inspect-brk` in the start command", "The Node inspector is not exposed".
      pattern: /\b(?:no|not|never|without|remov\w*|disabled?)\b[^;]*(?:(?<![\w-])--inspect(?:-brk|-wait)?(?![\w-])|\bnode inspector\b)|(?:(?<![\w-])--inspect(?:-brk|-wait)?(?![\w-])|\bnode inspector\b)[^;]*\b(?:disabled|off|removed|(?:not|never) (?:be )?(?:enabled|exposed|open|used|passed|set|present|on))\b/,
      unless: /\b(?:log|logs|logging|mobile|android)\b/,
      note: 'a promise that the Node inspector does not listen: the check fails `node --inspect` on a network interface',
    },
    {
      // Spring Boot's stack traces in error responses: "`server.error.include-stacktrace` is `never` in production",
      // "include-stacktrace set to never", "SERVER_ERROR_INCLUDE_STACKTRACE is not always", "No `include-stacktrace=always`".
      pattern: /(?:\b|_)include[-_.]?stacktrace\b[^;]*\b(?:never|off|disabled|not (?:set to )?(?:always|on[-_]?(?:trace[-_]?)?param))\b|\b(?:no|not|never|don't|do not|must not|removed)\b[^;]*(?:\b|_)include[-_.]?stacktrace ?(?:=|:|to|is) ?(?:always|on[-_]?(?:trace[-_]?)?param)\b/,
      note: 'a promise that Spring Boot error responses carry no stack trace: the check fails `server.error.include-stacktrace=always`/`on_param`, in configuration and as `SERVER_ERROR_INCLUDE_STACKTRACE`',
    },
    {
      // Rails' error pages: "`config.consider_all_requests_local = false` in production", "consider_all_requests_local is
      // false in production.rb" (what the check fails when true in a deployed environment's file).
      pattern: /\bconsider_all_requests_local\b ?(?:(?:=|:|is|are|must be|set to|stays?) ?)*(?:false|off|disabled|not (?:set to )?(?:true|enabled|on))\b|\b(?:no|not|never|don't|do not|must not)\b[^;]*\bconsider_all_requests_local ?(?:=|:|to|is) ?true\b/,
      note: 'a promise that Rails shows no full error reports: the check fails `consider_all_requests_local = true` in deployed environments',
    },
    {
      // ASP.NET Core's developer exception page: "No developer exception page in production", "`UseDeveloperExceptionPage()`
      // only in Development", "Developer exception page is not enabled in production".
      ...DEV_EXCEPTION_PAGE_OFF,
      note: 'a promise that ASP.NET Core shows no developer exception page in production: the check fails `UseDeveloperExceptionPage()` outside an `IsDevelopment()` check and `ASPNETCORE_ENVIRONMENT=Development`',
    },
    {
      // ASP.NET Core's `DetailedErrors`: "`DetailedErrors` is false in production", "No `DetailedErrors: true` in
      // appsettings.Production.json", "DetailedErrors only in appsettings.Development.json".
      pattern: /\bdetailederrors\b ?(?:(?:=|:|is|are|must be|set to|stays?) ?)*(?:false|off|disabled|not (?:set to )?(?:true|enabled|on))\b|(?<!(?:\bnot|\bnever|n't) (?:yet )?)\b(?:no|not|never|don't|do not|must not|remov\w*|without)\b[^;,]*\bdetailederrors\b(?! ?(?:=|:|is|set to) ?(?:false|off)\b)|\bdetailederrors\b[^;,]*\bonly (?:in|for|inside|within) (?:the )?(?:appsettings\.)?(?:dev|development)\b/,
      note: 'a promise that ASP.NET Core shows no detailed errors: the check fails `"DetailedErrors": true` in appsettings files other than Development\'s',
    },
    {
      // Phoenix's debug error page: "`debug_errors` is false in prod", "`debug_errors: false` in prod.exs", "No `debug_errors:
      // true` in prod.exs", "debug_errors only in dev.exs". ("Phoenix debug errors disabled" is the first entry's.)
      pattern: /\bdebug_errors\b ?(?:(?:=|:|is|are|must be|set to|stays?) ?)*(?:false|off|disabled|not (?:set to )?(?:true|enabled|on))\b|\b(?:no|not|never|don't|do not|must not|remov\w*)\b[^;,]*\bdebug_errors ?(?:=|:|to|is) ?true\b|\bdebug_errors\b[^;,]*\bonly (?:in|for|inside|within) (?:the )?(?:config\/)?(?:dev|development)(?:\.exs)?\b/,
      note: 'a promise that Phoenix shows no debug error page: the check fails `debug_errors: true` in deployed environments\' config files',
    },
    {
      // Ktor's development mode: "`ktor.development = false` in production", "Ktor development mode is off in production",
      // "No `-Dio.ktor.development=true` in the image", "Never run Ktor in development mode".
      pattern: /\b(?:ktor\.|io\.ktor\.)development ?(?:=|:|is|are|must be|set to|stays?)? ?(?:false|off|disabled|not (?:set to )?(?:true|enabled|on))\b|\b(?:no|not|never|don't|do not|must not|without|remov\w*)\b[^;]*(?:-d)?(?:io\.)?ktor\.development ?(?:=|:|to|is) ?true\b|\bktor(?:'s)? (?:development|dev) mode\b[^;]*\b(?:off|disabled|false|not (?:enabled|on|used)|never (?:enabled|on|used))\b|(?<!(?:\bnot|\bnever|n't) (?:yet |ever )?)\b(?:no|never|disable|turn off|without)\b[^;]*\bktor(?:'s)? (?:development|dev) mode\b|\b(?:never|not|don't|do not|must not)\b[^;]*\bktor\b[^;]*\bin (?:development|dev) mode\b/,
      note: 'a promise that Ktor runs without development mode: the check fails `ktor.development = true` in application.conf/.yaml and `-Dio.ktor.development=true`',
    },
    {
      // Stack traces kept from clients: "Stack traces are never returned to clients", "No stack traces in error responses".
      ...STACK_TRACES_HIDDEN,
      note: 'a promise that error responses carry no stack trace: the check fails the settings that put them there (Spring Boot include-stacktrace, debug switches, developer exception pages)',
    },
  ],
  docs: {
    why: 'Debug mode leaks stack traces, settings and secrets to any visitor, and the Werkzeug debugger executes arbitrary code.',
    fix: 'Turn debug off where production sets it, and keep it only in development-only configuration; each finding names its stack\'s fix. In deploy config, remove the debug setting and read it from the environment with a false default (in Python: DEBUG = os.environ.get("DEBUG") == "1"); set NODE_ENV=production, RAILS_ENV=production, GIN_MODE=release, ASPNETCORE_ENVIRONMENT=Production; call UseDeveloperExceptionPage() only under IsDevelopment(); debug_errors: false (Phoenix), consider_all_requests_local = false (Rails), include-stacktrace=never (Spring Boot); no JDWP agent, Node inspector or debugpy in the production command.',
    details: [
      '- Env settings judged: `FLASK_DEBUG`=1/true/yes/on, `FLASK_ENV=development`, `DEBUG`/`DJANGO_DEBUG`=true/1/yes/on, `APP_DEBUG`=true,',
      '  `NODE_ENV=development`, `RAILS_ENV`/`RACK_ENV=development`, `ASPNETCORE_ENVIRONMENT=Development`, `DOTNET_ENVIRONMENT=Development` (the generic host\'s environment, which',
      '  Worker services read and `WebApplication` reads too), `GIN_MODE=debug`, `WORDPRESS_DEBUG` (any value but empty and `0`, as the official `wordpress` image\'s `wp-config-docker.php` reads it), `LITESTAR_DEBUG=1` (only `1`, as Litestar reads it), and Spring Boot\'s `SERVER_ERROR_INCLUDE_STACKTRACE` (also',
      '  `SERVER_ERROR_INCLUDESTACKTRACE`: relaxed binding reads either as `server.error.include-stacktrace`) set to `always`, `on_param` or `on_trace_param`, judged as the',
      '  property is below (`never`, the default, passes). Conservative on',
      '  purpose: `ENVIRONMENT` is not judged, nor `APP_ENV` outside a Symfony app (Laravel\'s `APP_ENV=local` is a name: its `APP_DEBUG` is judged), and `DEBUG=*`/`DEBUG=app:*` (the npm `debug` logger) is not a debug switch.',
      '  In a Symfony app (a `composer.json` requiring `symfony/framework-bundle`, `symfony/runtime` or `symfony/symfony`, or `bin/console` beside `config/bundles.php`; not a Laravel app),',
      '  `APP_ENV=dev` is judged too, in the same places: Symfony\'s runtime turns debug on for any environment but `prod` unless `APP_DEBUG` says otherwise, and the dev',
      '  environment loads the Web Profiler (`/_profiler`); the same environment setting `APP_DEBUG` to anything but a true value (`APP_DEBUG=0`) keeps debug off and it passes.',
      '  `APP_DEBUG=(true)` is true, as Laravel reads it. An env file\'s `${DJANGO_DEBUG:-True}` is judged by its default (compose\'s `env_file`,',
      '  python-dotenv and dotenv-expand expand it so when the variable is unset); a compose value that is one variable (`FLASK_DEBUG: ${FLASK_DEBUG}`)',
      '  is judged as compose interpolates it from the committed `.env` beside the compose file.',
      '- The Node inspector: `node --inspect=0.0.0.0:9229` (also `--inspect-brk`/`--inspect-wait`, a host given by `--inspect-port`, `[::]`, any',
      '  address or name but loopback) in a command production runs (CMD, compose, Procfile, a package script it runs, a pm2 app\'s `node_args`/`interpreter_args`, reported at that line naming the entry point) or in',
      '  `NODE_OPTIONS` set by deploy config fails: the inspector is a remote debugger, and anyone who reaches its port runs code in the process. A bare',
      '  `--inspect` (or one on `127.0.0.1`/`localhost`/`::1`) listens on loopback only: an `info` note. Options after the script are the script\'s own.',
      '  Launchers that start node with the inspector options given before the script are judged the same way: `nodemon --inspect=0.0.0.0:9229 src/index.js`,',
      '  `ts-node-dev`/`tsnd`, `tsx` and `tsx watch`, and `nest start --debug 0.0.0.0:9229` (Nest starts node with `--inspect=<hostport>`; a bare `--debug` is loopback).',
      '- debugpy: `python -m debugpy --listen 0.0.0.0:5678 -m gunicorn app:app` (or debugpy run by its folder\'s path, `python /tmp/debugpy --listen …`, as editors inject it; any host but loopback: `0.0.0.0`, `[::]`, a name) in a command production runs',
      '  (unwrapped as above) fails at the command, as node\'s inspector does: a remote debugger, and anyone who reaches its port runs code in the process. A port alone',
      '  (`--listen 5678`, which debugpy binds to 127.0.0.1) or a loopback host is an `info` note; `--connect` (debugpy connects out) and an address in a variable are not judged.',
      '  `debugpy.listen(("0.0.0.0", 5678))` (or `"0.0.0.0:5678"`) at module level or under the `__main__` guard of a module a production entry point runs as a script',
      '  (`python server.py`) fails there; unguarded at module level in another module it is an `info` note (it listens whenever that module is imported); under any',
      '  other condition (`if os.getenv("ENABLE_DEBUGGER"):`), in a function, in tests or with a port alone it is not judged.',
      '- Where: Dockerfile `ENV` of the final stage and of a stage a compose service builds as its `build.target` (inherited through',
      '  stage names; `ARG` is build-time only and not judged, but an `ENV` built from variables is judged by what it resolves to: `ENV NODE_ENV=$NODE_ENV`\n  after `ARG NODE_ENV=development`, `ENV NODE_ENV=${NODE_ENV:-development}` (a compose service that builds the stage with `build.args` gives those ARGs its\n  values, as `--build-arg` does, as for USER and FROM: the defaults are still judged unless production compose services are the only builders seen and each\n  passes other values; a development-only service\'s values give notes, and so do those of a main compose file\'s service that a production overlay\n  runs a published image for instead, Chatwoot\'s `image: chatwoot/chatwoot` over a `build:` with `RAILS_ENV: development`: compose pulls it, builds nothing); a development-only compose file or profile makes a target a note;\n  a Dockerfile has no trailing comments, so `ENV FLASK_DEBUG 1 # TODO` sets `1 # TODO`: judged by the value before the `#`, the message saying the\n  comment ships, and `FLASK_DEBUG` with such a comment is on whatever comes before it, as Flask reads any value but 0/false/no; a trailing\n  `preflight-ignore` there is part of the value and suppresses nothing, which the message says); compose',
      '  `environment` (list and map; `${VAR:-default}` judged by its default) and the files its `env_file` names (reported at the value, as env files are); Kubernetes container',
      '  `env[].value` as the kubelet starts the container (a later entry of a name replaces an earlier one: `FLASK_DEBUG=1` then `FLASK_DEBUG=0` is off; `$(NAME)` takes the value an earlier entry gives NAME, `FLASK_DEBUG: "$(APP_MODE)"` after `APP_MODE: "1"` is on and says so, while `$$(NAME)` is the literal text and a name no earlier entry sets stays as written) (in a Helm chart template, also the `env` entries the chart renders from its values — `env:` / `{{- toYaml .Values.env | nindent 12 }}`, `extraEnv` or Bitnami\'s `extraEnvVars` rendered among literal entries, `toYaml .` inside `{{- with .Values.env }}`, or a values map written entry by entry, `{{- range $k, $v := .Values.env }}` / `- name: {{ $k }}` / `value: {{ $v | quote }}`, or a literal entry whose `value` is one values path, `value: {{ .Values.nodeEnv | quote }}` (also through `squote`, `toString` or a literal `default "…"`, the default read at the entry when the values leave the path unset; not set and no default: not read) — as each values set of the chart renders them (`values.yaml` alone, and with each other values file of the chart, not a development one such as `values-dev.yaml`; for a subchart, the parent chart\'s values for it), reported at the value in the values file; a value only the chart\'s `values.yaml` alone gives, while a production values file sets the list otherwise, is an `info` note naming that file; any other list a helper or a `range` writes is not read; a templated container name is shown as the Kubernetes checks show it, `{{ .Chart.Name }}` as the chart\'s name), `ConfigMap` `data` (also those Terraform\'s Kubernetes provider declares: the `env` blocks of a `kubernetes_deployment`\'s, `kubernetes_stateful_set`\'s, `kubernetes_daemonset`\'s, `kubernetes_pod`\'s, `kubernetes_job`\'s or `kubernetes_cron_job`\'s containers and their `_v1` forms, a `kubernetes_config_map`\'s `data`, the containers and data of a `kubernetes_manifest` written as an HCL object, at the value; a value Terraform computes is not read) and kustomize `configMapGenerator`/`secretGenerator` `literals`, the files their `envs:` name (env files whatever their names, `config.properties`, `app.env`, as compose\'s `env_file`) and their `files:` entries that hold one value (`FLASK_DEBUG=flask-debug.txt`) or are env files, at the file\'s lines; deployed-environment env files (`.env.production`, `.env.prod`, `.env.staging`, `.env.live`, also spelt with `-` or `_` as env-file-committed reads them, `.env-prod`, `.env_production`, `production.env`, `staging.env`: the list `default-credentials` reads; and a template rendered into one at deploy time, `.env.production.j2`, `.env.production.tmpl`, its literal lines deployed as written and its template tags unknown, the lines inside its conditional and loop blocks (`{% if %}`…`{% endif %}`, `{% for %}`, ERB `<% if %>`…`<% end %>`, Go `{{ if }}`…`{{ end }}`, Terraform `%{ if }`…`%{ endif }`) in only some renders and not judged; env files named for development, `.env.development`, `.env.dev`, `.env.local`, `.env.test`…, give `info` notes); hosting platforms\' deploy files (fly.toml `[env]` (also written `env = { … }` or `env.KEY = …`, with quoted or spaced key parts as TOML allows, `env."KEY"`, `"env".KEY`, `env . KEY`; a value may be a triple-quoted string, `"""1"""`, on one line or several) and `fly.<env>.toml`\'s (`fly.production.toml`; `fly.dev.toml` is development-only), render.yaml `envVars` with a literal `value` (a static site\'s, `runtime: static`, gives `info` notes: its variables exist only at build time, and no server process runs with them; so does a DigitalOcean app spec\'s `static_sites` component\'s; the other checks reading these files, `default-credentials`, `cors-wildcard`, `cookie-flags`, do the same), serverless.yml `provider.environment` and functions\' `environment` with literal values — not `${…}` variables; heroku.yml `setup.config`, Heroku `app.json` `env` (a `value`, not a `generator`; not Expo\'s app.json), App Engine app.yaml `env_variables`, a DigitalOcean app spec\'s `envs` with a literal `value`, not `type: SECRET` or `scope: BUILD_TIME`; Kamal\'s `env.clear` in `config/deploy.yml` and `config/deploy.<destination>.yml` — the app\'s, each role\'s and each accessory\'s, a destination named for development giving notes; AWS descriptors (an ECS task definition — JSON whose top level has `containerDefinitions` beside `family`, also in the `taskDefinition` wrapper `aws ecs describe-task-definition` prints, or a bare JSON list of container definitions (Terraform\'s `file("containers.json")`), or Terraform `aws_ecs_task_definition` `container_definitions` written in the `.tf` file as `jsonencode([…])` or a heredoc of JSON (`var.*`, `${…}` interpolations, calls and `for` expressions are values Terraform computes, not read) — and Elastic Beanstalk `Dockerrun.aws.json` v2: each container\'s `environment` `{name, value}`; CloudFormation/SAM `AWS::ECS::TaskDefinition` `ContainerDefinitions` `Environment` `{Name, Value}`, `AWS::Serverless::Function`/`AWS::Lambda::Function` `Environment.Variables` and SAM `Globals.Function` (a key there that every `AWS::Serverless::Function` of the template sets itself is not judged, the function\'s value winning; a finding on one names the functions that inherit it), a value written with `!Ref`, `!Sub`, `!GetAtt` or `Fn::…` being a reference, not read; Elastic Beanstalk `.ebextensions/*.config` `option_settings` of `aws:elasticbeanstalk:application:environment`, as a map or an `option_name`/`value` list; a file named for development giving notes); Terraform app environments, at the value: `aws_lambda_function` `environment { variables = {…} }`, `aws_elastic_beanstalk_environment` `setting` blocks of the `aws:elasticbeanstalk:application:environment` namespace, Azure App Service apps\' `app_settings` (`azurerm_linux_web_app`, `azurerm_windows_web_app`, `azurerm_app_service` and the `…_function_app` resources), terraform-aws-modules/lambda\'s `environment_variables` and the containers of the terraform-aws-modules/ecs module (the service submodule\'s `container_definitions` map, the root module\'s `services.<name>.container_definitions`, the container-definition submodule\'s own `environment`; also as a Terragrunt configuration\'s `inputs` for those modules from the registry or Git, `tfr:///terraform-aws-modules/lambda/aws`), read as their CloudFormation and `.ebextensions` equivalents are (a value Terraform computes, `var.*`, `${…}`, `merge(…)`, a `dynamic` block, is not read; an app whose literal name has a development word, `function_name = "api-dev"`, or in a development folder giving notes); IIS `web.config`\'s `<aspNetCore>` (and `<httpPlatform>`) `<environmentVariable name="ASPNETCORE_ENVIRONMENT" value="Development" />` entries — not its `web.Debug.config`/`web.Release.config` transforms, commented-out entries or release-pipeline tokens (`#{Env}#`, `__ENV__`); `Properties/launchSettings.json` is local only and not read); the `env` a pm2 process file gives an app that a production entry point starts (`pm2-runtime ecosystem.config.js`: see production-server), with its `env_<name>` over it when pm2 is started with `--env <name>` (only then: `env_production` without `--env production` is not applied, which the message says), at the value; `VAR=…` prefixes on the production command (a Procfile\'s reported at the assignment, beside a finding about the command itself), a systemd unit\'s `Environment=` (reported at that line, naming `Environment=`), and the `environment=` supervisord gives each program a production entry point runs through it (see production-server): the program\'s `[program:x]` section\'s, over its `[supervisord]` section\'s (passed on to every program), at the value, naming the section; a `%(ENV_X)s` value is a reference, not read',
      '  line (`FLASK_DEBUG=1 gunicorn …`) and `flask run --debug`/`--debugger` (`--reload` alone turns on only the reloader: not debug mode).',
      '- Django: the last module-level `DEBUG = True` (or `1`, or a non-empty string literal: `"True"`, and `"False"`, `"false"` or `"0"` too, since Django tests `if settings.DEBUG:` and a non-empty string is true to Python; `DEBUG = ""` is off) in settings modules (`settings.py`, `settings/*.py`, `production.py`/`prod.py`, flat `settings_prod.py`/`settings_production.py`/`prod_settings.py`, and the other flat modules named for a role, `local_settings.py`, `settings_dev.py`, `dev_settings.py` (development-only by the file rules, as for cookie-flags and cors-wildcard),',
      '  or a module defining `INSTALLED_APPS`/`ROOT_URLCONF`). Comments, strings and assignments inside functions do not count.',
      '  `DEBUG` read from the environment passes when it is off with the variable unset (`DEBUG = os.environ.get("DEBUG") == "1"`,',
      '  `os.environ.get("DEBUG", "False") == "True"`, `env.bool("DEBUG", default=False)`) and fails when it defaults to on:',
      '  `os.environ.get("DEBUG", "True") == "True"`, `os.getenv("DEBUG", "1").lower() in ("1", "true")`, `bool(int(os.getenv("DEBUG", "1")))`,',
      '  `strtobool(os.getenv("DEBUG", "yes"))`, `env.bool("DEBUG", default=True)`, `env("DEBUG")` under django-environ\'s `environ.Env(DEBUG=(bool, True))`, `config("DEBUG", default=True, cast=bool)`, `False if os.getenv("ENV") == "production" else True`, a project\'s own boolean helper (`get_bool_from_env("DEBUG", True)`),',
      '  `os.environ.get("DEBUG", True)`, `env("DJANGO_DEBUG", default="False")` with no cast (django-environ and python-decouple return a string default as written: a non-empty string; `default=False`, `cast=bool` and `env.bool` pass), `os.environ.get("DJANGO_DEBUG") != "0"`, `not os.environ.get("PRODUCTION")`, `os.environ.get("PRODUCTION") is None`, `"PRODUCTION" not in os.environ` (not a variable the hosting platform sets itself: `RENDER`, `DYNO`, `FLY_APP_NAME`, `K_SERVICE`…), and a bare read (or `bool(…)` of one) with a non-empty string default (`os.getenv("DEBUG", "False")`: a non-empty',
      '  string is true to Python, so debug is on whatever the default says). Debug is on whenever a deploy forgets the variable.',
      '  A string read (`DEBUG = os.environ.get("DEBUG")`, `os.getenv("DEBUG", default=0)`, `os.environ["DEBUG"]`) or `bool(…)` of one (`bool(os.environ.get("DEBUG", default=0))`,',
      '  `bool(os.getenv("DEBUG"))`) is true for any non-empty value: it fails at the settings line when the deploy environment this check reads (compose',
      '  `environment` and `env_file`, Dockerfile `ENV` of a shipped stage, Kubernetes env, ConfigMap data and kustomize generator literals, the deployed-environment env files, a `VAR=…` prefix of',
      '  the production command) sets that variable to a non-empty value that is not itself reported — `0`, `False`, `off` (`bool("0")` is `True`) —, naming where;',
      '  set only by development-only config it is an `info` note. Unset or empty, it is off and passes; a value reported where it is written (`DEBUG=1`) is not',
      '  reported again here. Typed reads (`env.bool`, `strtobool`, `int(…)`, `== "1"`, `in ("1", "true")`) are judged by their default only, as above.',
      '  Production code overrides base configuration only (the rule `cookie-flags`, `cors-wildcard` and `default-credentials` share): with a production module of the same project (`settings/production.py`/`prod.py`, or a flat `settings_prod.py`/`settings_production.py` beside `settings.py`, which `DJANGO_SETTINGS_MODULE` selects) whose own DEBUG is none of these, a `DEBUG = True` in a base module (`base.py`, `common.py`, `defaults.py`, `settings.py`, `__init__.py`) is overridden and only an `info` note; a module of another environment (`staging.py`, `heroku.py`, `qa.py`…) deploys as it is and fails, and a development module (`local.py`, `dev.py`, `test.py`) is an `info` note as development-only.',
      '- Deploy config that sets `DJANGO_SETTINGS_MODULE` to a settings module with `DEBUG = True` fails where it is set, naming that line, when that line is not a failure of its own (a development module, a base module a production module overrides); where it is (a stock `settings.py`), that one finding is the leak, not a second one at the selection. A `preflight-ignore debug-mode` on the `DEBUG` line covers both.',
      '  So does the default of the module a WSGI/ASGI server of a production entry point imports (`os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings.dev")` in `mysite/wsgi.py`, served by `CMD gunicorn mysite.wsgi:application`: the stock `wagtail start` image) when nothing sets the variable for the server (the image\'s `ENV`, the compose service\'s environment, `gunicorn --env DJANGO_SETTINGS_MODULE=…`); a Procfile, platform or Kubernetes entry point (whose environment may be set outside the repository) is not judged so.',
      '- Config classes (Flask\'s `class ProductionConfig(Config): DEBUG = True`, django-configurations\' `class Prod(Configuration)`, any class whose name or base names a config/settings class): a class-level `DEBUG = True` (or `1`, or a read that is on when the variable is unset) fails in a production class, in another environment\'s class (`StagingConfig`) and in a base class (`Config`, `BaseConfig`) unless a production class of the same project sets `DEBUG` off; `DevelopmentConfig`/`TestingConfig` classes give `info` notes (`DEBUG = True` is fine there as long as production never selects that class). One that production code of the same project loads outside any development guard is production\'s and fails, naming the load (`app.config.from_object(DevelopmentConfig)` in the module gunicorn serves, or through a name→class dict, flasky\'s `config = {…, "default": DevelopmentConfig}` with `app.config.from_object(config[config_name])` and `create_app(os.getenv("FLASK_CONFIG") or "default")` (also `os.environ.get("FLASK_CONFIG", "default")`, the read in the subscript or assigned before the load): the entry for the value production deploy config sets the variable to, or for the read\'s fallback when none sets it and the repository shows how production starts (a Dockerfile or compose entry point; not a Procfile, platform or Kubernetes one, whose variables may be set outside it, nor where a production compose service or Kubernetes container running the image\'s own CMD gets variables from outside the repository — an `env_file` not committed, a value-less `environment` entry, `envFrom` or `valueFrom` — or a hosting platform builds it; a container counts only when it runs the project\'s image: one the repository builds (compose `build:` + `image:`, `docker build -t`, `docker/build-push-action` `tags:`), tag or digest aside, or, when it builds none it can name, one that is no other vendor\'s (`grafana/grafana`, `bitnami/redis`, `quay.io/…` are not)), unless that module sets the app\'s debug after the load (`app.debug = False`); a load an `app.run()` reads is reported at the load instead (below). Test files are not read.',
      '- Flask (and Quart, APIFlask, Dash: Werkzeug-style development servers): `app.run(debug=True)` fails only when production runs it: `python app.py` (module level, `__main__` guard or a function',
      '  called from it), or unguarded at module level in the module gunicorn imports. Under `if __name__ == "__main__"` in a module that',
      '  production serves with gunicorn it is not run: `production-server` adds an `info` note there, this check stays silent. In a development-only',
      '  branch beside a production server (`if os.environ.get("FLASK_ENV") == "development": app.run(debug=True)` / `else: serve(app)`) it is an `info`',
      '  note, by `production-server`\'s rule for such branches (a failure when the deploy turns the branch on). An `app.run()` without',
      '  `debug=` takes the app\'s own setting: `app.debug = True`, `app.config["DEBUG"] = True` or `app.config.update(DEBUG=True)` outside functions',
      '  before it starts the debugger just the same, reported at that line (a later `False` or `run(debug=False)` turns it off).',
      '  A `debug=` value that is not `True` as written is followed: a module-level constant of the same module (`DEBUG = True`, or a read that is on when the',
      '  variable is unset: `os.getenv("DEBUG", "1") == "1"`), reported where it is set, unless the module assigns the name again elsewhere (under a condition,',
      '  in a function); a debug constant imported by name (`from config import DEBUG`); and an env read written in the call (`debug=os.getenv("FLASK_DEBUG", "True") == "True"`),',
      '  judged by its default as Django\'s DEBUG above. With no `debug=`, the last `app.config.from_object(DevConfig)` before the call that loads a config class',
      '  of the same project whose `DEBUG` is on fails at that line, unless the module sets the app\'s debug between them (`app.debug = False`; the class itself keeps its development-class note).',
      '- FastAPI/Starlette: `FastAPI(debug=True)`, `Starlette(debug=True)` (also `fastapi.FastAPI(…)`, in an app factory, a call spanning lines) and',
      '  `app.debug = True` on such an app: Starlette then answers every unhandled error with the traceback page, under any server, so it fails',
      '  anywhere in production code (reported at `debug=`); tests, `examples/`/`docs/` and templates are not read, a development-only file, a development',
      '  branch (`if settings.ENV == "local":`, `FastAPI(debug=True) if ENV == "development" else FastAPI()`) or the `if __name__ == "__main__":` guard make it an `info` note. Only modules that import fastapi or starlette',
      '  are read. A value read from the environment is judged like Django\'s DEBUG above (`debug=os.getenv("DEBUG", "false") == "true"` passes, a true',
      '  default fails, a string read fails when the deploy environment sets the variable). A name is followed to where it is set and reported there:',
      '  a module constant (`DEBUG = True`, `DEBUG = config("DEBUG", cast=bool, default=True)`) of the same module or the module it is imported from',
      '  (`from app.config import DEBUG`, `config.DEBUG`), and a settings field (`debug=settings.debug`, `get_settings().debug`): a config class field of that',
      '  name in the same project (`debug: bool = True`, `Field(default=True)`; fields other than `DEBUG` are judged only where an app reads them).',
      '  A settings field compared with literals (`FastAPI(debug=settings.ENVIRONMENT == "local")`) is on when a `BaseSettings` class of the project defaults the field to a value the comparison takes (`ENVIRONMENT: str = "local"`, also `Field(default="local")`, `Field("local", …)`) and no production deploy config sets its variable (with the class\'s `env_prefix`, in any case; a field\'s `alias` instead): reported at the app.',
      '- Litestar (and Starlite): `Litestar(debug=True)` and `app.debug = True` on such an app, judged exactly as FastAPI above (the error response',
      '  carries the traceback under any server); only modules that import litestar are read. `litestar run --debug` (`-d`) in a deploy command fails there.',
      '- Sanic: `app.run(debug=True)`, `app.run(dev=True)` (debug plus the reloader) and `app.prepare(…)` of a Sanic module\'s app: every unhandled error',
      '  answers with its traceback (Sanic\'s documentation: "DO NOT enable debug mode in production"). Sanic\'s own server is production-grade, so',
      '  `python server.py` is how it is deployed: under the `if __name__ == "__main__":` guard (or in a function) the call fails when a production',
      '  entry point runs the module as a script (`python server.py`, `python -m app.server`, also from a start script), and is an `info` note otherwise',
      '  (`sanic server:app` imports the module without running the guard); unguarded at module level it fails. Values are judged as FastAPI\'s above',
      '  (constants followed, env reads by their default). `sanic server:app --debug`/`--dev`/`-d` (also `python -m sanic`) in a deploy command fails',
      '  there; `--reload` alone is not debug mode. `sentry_sdk.init(debug=True)` and other libraries\' debug options are not read.',
      '- Bottle: `run(app, debug=True)` (`bottle.run(…)`, or `app.run(…)` of a `Bottle()` app, in a module that imports bottle) fails when a production',
      '  entry point runs the module as a script (`python app.py`: module level, `__main__` guard or a function called from there), whatever server',
      '  it names: Bottle\'s debug mode answers every unhandled error with its traceback. Run by a server that imports the module (`gunicorn app:app`), the guarded call does not run.',
      '- JVM: a JDWP debugger agent that listens (`-agentlib:jdwp=transport=dt_socket,server=y,address=*:5005`, the older `-Xrunjdwp:…`) on all',
      '  interfaces (`*:PORT`, `0.0.0.0:PORT`, `[::]:PORT`, any host but the loopback one) fails: anyone who reaches the port runs code in the JVM. It is',
      '  read in the commands production starts (unwrapped as for production-server: `sh -c`, start scripts) and in the variables that carry JVM',
      '  options wherever the env settings above are read (`JAVA_TOOL_OPTIONS` and `_JAVA_OPTIONS`, which every JVM reads, `JDK_JAVA_OPTIONS`, and',
      '  `JAVA_OPTS`/`CATALINA_OPTS`/`JAVA_OPTIONS`, which start scripts pass on, and `JAVA_OPTS_APPEND`, which the Red Hat UBI OpenJDK images\' run-java.sh',
      '  appends to the options it generates: the variable Quarkus\' generated `Dockerfile.jvm` sets). A start script\'s debug switch is judged as the agent',
      '  it adds, `address=$JAVA_DEBUG_PORT` (5005 by default): run-java.sh\'s `JAVA_DEBUG` (fabric8\'s also `JAVA_ENABLE_DEBUG`, `JAVA_DEBUG_ENABLE`), Kafka\'s',
      '  `KAFKA_DEBUG`, Karaf\'s `KARAF_DEBUG`, each on when set to any value, as the scripts test it (`true`, `y`, even `false`: only an empty one is off), with',
      '  `JAVA_DEBUG_PORT=*:5005` set in the same environment (the image\'s `ENV`, the compose service, the container, the env file) fails at the switch; with',
      '  a bare port or none it is a note, as a localhost agent in a variable is.',
      '  A bare port (`address=5005`), no address or a loopback host listens on localhost only since Java 9 (Java 8 bound',
      '  every interface): an `info` note. `server=n` (the JVM connects out to a debugger) and an address held in a variable are not judged.',
      '  Tomcat\'s `catalina.sh jpda run` (or `jpda start`: `jpda` as its first argument) adds the agent itself, built as catalina.sh builds it:',
      '  `JPDA_OPTS` when set, else `-agentlib:jdwp=transport=$JPDA_TRANSPORT,address=$JPDA_ADDRESS,server=y,suspend=$JPDA_SUSPEND` with the variables',
      '  the command line, the image\'s `ENV`, the compose service\'s `environment`/`env_file` or the container\'s `env` set, and catalina.sh\'s defaults',
      '  otherwise (`JPDA_ADDRESS=localhost:8000`): judged as the explicit option, at the command (`JPDA_ADDRESS=*:8000` or `0.0.0.0:8000` fails and the',
      '  message names where it is set: `set by docker-entrypoint.sh:3` for a start script\'s `export` or default, as production-server reads them; the',
      '  default is a note). A `setenv.sh` is not read; `JPDA_ADDRESS` without `jpda` starts no agent.',
      '  A debugger a start script starts (`ENTRYPOINT ["/entrypoint.sh"]` whose `exec java -agentlib:jdwp=…`, `node --inspect=…`, `catalina.sh jpda`, `flask run --debug`)',
      '  is reported at the entry point, naming the script line that runs it (`through docker/entrypoint.sh:4`; not a line inside an `if` branch, which is',
      '  not judged), as production-server names a development server there. A debug variable a start script exports (or gives as a default when unset:',
      '  `export FLASK_DEBUG=${FLASK_DEBUG:-1}`, unless the image, the service or the container sets it) is judged as one on the command line, reported',
      '  at the entry point naming the script line that sets it (`ENTRYPOINT (through docker/entrypoint.sh:3) sets ASPNETCORE_ENVIRONMENT=Development`);',
      '  one set on a command written in another file (a `package.json` script: `"start": "NODE_ENV=development node server.js"`) names that file\'s line (`CMD (through package.json:4) sets NODE_ENV=development`).',
      '  A `VAR=…` prefix is for its one command: on the server command (the script\'s last always-run command, an `exec`, one run in the background',
      '  with `&` or feeding a pipe, a WSGI or development server, or one that detaches a server: pm2, nginx, `--daemon`) it is judged, named by its',
      '  line; on a setup step a later command follows (`NODE_ENV=development npm ci` then `exec node server.js`, also in `sh -c "… && …"`;',
      '  `DEBUG=1 python manage.py collectstatic` then `exec gunicorn …`) it is not, nor is what that step (a setup script) sets: it ends before the server starts.',
      '- Django single-file apps: `settings.configure(DEBUG=True, …)` (or a constant or env read passed as `DEBUG=`, judged as the settings `DEBUG`',
      '  above) in a module that serves a site (`urlpatterns = …` or `get_wsgi_application()`); a module that configures settings without serving one',
      '  (a `runtests.py` test runner, a docs build) and tests are not read; under the `__main__` guard it is an `info` note.',
      '- Gin: `gin.SetMode(gin.DebugMode)` (or `"debug"`) in a Go file that imports `github.com/gin-gonic/gin`, outside tests and development-only branches',
      '  (`if os.Getenv("APP_ENV") == "development" {`: silent), as `GIN_MODE=debug` is judged; `gin.ReleaseMode` and a mode read from the environment pass.',
      '  A file behind a build constraint that a default build does not meet (`//go:build debug`, `//go:build dev && !prod`, `// +build debug`; not a platform\'s, `//go:build linux`) is compiled only with that tag: its switch is an `info` note (development-only), unless a Dockerfile (not one for development or tests), a build script (Makefile, `*.sh`, GoReleaser, Taskfile, justfile) or a CI workflow of the repository builds with a tag that meets it (`go build -tags debug`, `-tags=debug,dev`, `GOFLAGS=-tags=debug`): then it fails, naming that build.',
      '  Echo: `e.Debug = true` on an instance the file makes with `echo.New()` (`github.com/labstack/echo`; its error handler then answers with the internal',
      '  error text), judged the same way. Under a guard that is off only in production it is an `info` note, as `NODE_ENV !== \'production\'` is in',
      '  JavaScript: `if os.Getenv("APP_ENV") != "production" {` (or `"prod"`, `!cfg.IsProduction()`, a conjunction with one of them, the `else` of',
      '  `if env == "production" {`; staging still runs it, which the note says), and `if os.Getenv("GIN_MODE") != "release" {` / `if gin.Mode() != gin.ReleaseMode {`',
      '  (Gin is in debug mode there anyway: a no-op) or another mode compared with `"release"`; a disjunction (`|| debug`) still fails.',
      '- WordPress: `define( \'WP_DEBUG\', true )` in `wp-config.php` (`wp-config-sample.php` is a template), unless `WP_DEBUG_DISPLAY` is defined as `false` there',
      '  (errors then go to the log, not to the pages); a `define` in a development-only branch is not judged.',
      '- Phoenix: `debug_errors: true` where production reads it: a deployed environment\'s `config/<env>.exs` (`prod.exs`, `staging.exs`, and `prod.secret.exs`, which `prod.exs` imports; not `dev.exs`/`test.exs`); the runtime configuration `config/runtime.exs` (`config/releases.exs` before Elixir 1.11), where `mix phx.new` (1.6+) puts the production endpoint: inside `if config_env() == :prod do … end` (also `in [:prod, …]`, a `case config_env()` clause for `:prod` or `_`, the `else` of a `:dev` check), or outside any `config_env()` condition (every environment, production included); and `config/config.exs`, which every environment loads. What a `:dev`/`:test` block sets (`if config_env() == :dev do`, `in [:dev, :test]`, `!= :prod`) is development configuration and is not judged. A `true` that a config file loaded later in the same folder (`prod.exs` or `runtime.exs` after `config.exs`, `runtime.exs` after `prod.exs`, a later line of the same file) sets back to `debug_errors: false` for production, for the same endpoint, is an `info` note.',
      '- Ktor: development mode (extended debugging information on the response page of a 5xx error, pipeline stack traces, auto-reload) turned on where production reads it: `ktor { development = true }` (also `ktor.development = true`, a one-line `ktor { … }`) in `application.conf` and other `application*.conf` HOCON files with a `ktor` block, `ktor: development: true` in `application.yaml`/`.yml`, judged at the last literal value (a `${?VAR}` after it leaves it on when the variable is unset; `true` in any case, as Ktor reads it); `-Dio.ktor.development=true` among the JVM options of a `java` command production starts (before `-jar app.jar` or the main class: after them it is the program\'s argument), and Ktor\'s `-P:ktor.development=true` argument; the property in the JVM options variables above (`JAVA_OPTS`, `JAVA_TOOL_OPTIONS`…) and the `io.ktor.development` variable (Kotlin/Native) wherever the env settings are read. Files named for development or tests (`application-dev.conf`, `src/test/resources/`) are not read; `development = false`, an environment read alone (`development = ${?KTOR_DEV}`) and the Gradle template\'s `applicationDefaultJvmArgs = listOf("-Dio.ktor.development=$isDevelopment")` pass.',
      '- Rails: `config.consider_all_requests_local = true` in `config/environments/<env>.rb` for deployed environments (`production.rb`, `staging.rb`…;',
      '  `development.rb`, `test.rb` and `local.rb` are development or test by name and not read, and so are their variants, a development or test name first and no deployed environment\'s after it: `development_docker.rb`, `test_ci.rb`). `config/application.rb` is not judged.',
      '- Laravel: `\'debug\' => true` in `config/app.php`, and `\'debug\' => (bool) env(\'APP_DEBUG\', true)` (with or without the cast) whose default',
      '  turns debug on when the variable is unset: `true`, a non-zero number, or any string but `\'\'` and `\'0\'` (`env()` returns a default as written, so',
      '  `\'false\'` is on too). `APP_DEBUG=true` in deployed env files is the env-setting rule above.',
      '- ASP.NET Core: `app.UseDeveloperExceptionPage()` in `.cs` files unless it runs only in development: inside `if (env.IsDevelopment())` /',
      '  `if (app.Environment.IsDevelopment())` (braced or the next line), `IsEnvironment("Development")`, the `else` of a negated check (the templates\' `if (!app.Environment.IsDevelopment()) { app.UseExceptionHandler(…); } else { app.UseDeveloperExceptionPage(); }`, braced or not, an `else if` of that chain too), or a `ConfigureDevelopment`/`StartupDevelopment`',
      '  convention method or class (silent: that is the fix). Under `#if DEBUG` (not its `#else`; the directive cors-wildcard reads alike) it is compiled into Debug builds only: an `info` note asking that production run a Release build. The `else` branch of an `IsDevelopment()` check (braced or not) and negated checks (`if (!env.IsDevelopment())`, also `IsProduction()`/`IsStaging()`) fail, the message saying the call sits in a branch that runs outside Development (`if (!env.IsProduction())` and the `else` of `if (env.IsProduction())`, the same branch: in every environment but Production, Staging included, which the message says). `"DetailedErrors": true`',
      '  in `appsettings.json` and `appsettings.<Env>.json` except `Development`/`Local` and their variants (`appsettings.Development.Local.json`), read as JSON as .NET reads it (on one line or minified too; comments',
      '  and trailing commas allowed; one that JSON refuses, as .NET would at startup, is not judged: a `parse-error` names the JSON parser\'s complaint at its place): the root key in any case (`"detailedErrors"`: configuration keys are case-insensitive), on when it is `true` or `1`',
      '  in any case, as a literal or a string (`"True"`, `"1"`); a `DetailedErrors` key inside a section is not the host\'s setting.',
      '- Spring Boot: `server.error.include-stacktrace=always` (and `on-param`/`on_param`, which any request can trigger with `?trace=true`) in',
      '  `application.properties`/`.yml` and non-development profile files (`application-prod.yml`); test profile files (`application-test.yml`, the integration-test profile\'s `application-it.yml`) are tests; `-dev`/`-local` profile files and documents activated',
      '  only for such profiles are not read, ' + SPRING_ACTIVE_DOC + '. A value in the base file or document (no profile) that a `prod`/`production` profile of the same folder sets',
      '  to `never` (`application-prod.yml`, a `---` document with `on-profile: prod`) is an overridden default: an `info` note; with no such override,',
      '  or one that is unsafe too, it fails (the rule `cookie-flags` and `default-credentials` share).',
      '- dynaconf (a project whose requirements name `dynaconf`): `settings.toml`/`.secrets.toml` settings of the environment the deploy selects with `ENV_FOR_DYNACONF` (a shipped Dockerfile stage\'s `ENV`, a production compose service, a Kubernetes container or ConfigMap, a production env file, a hosting platform\'s deploy file; not a development environment), its `[production]` section over `[default]`, `[global]` over both; without such a selection dynaconf runs `development` and nothing is read: `debug = true` there fails.',
      `- ${COMPOSE_ENV_REACH_DOC}`,
      `- ${K8S_DATA_REACH_DOC}`,
      `- ${K8S_ENV_OVERLAY_DOC}`,
      `- ${COPILOT_ENV_DOC}`,
      `- ${PLATFORM_PARSE_DOC}`,
      "- `.flaskenv`: `flask run` (`python -m flask run`, FlaskGroup's `manage.py run`) loads the `.flaskenv` of its folder or one above through python-dotenv, so its `FLASK_DEBUG=1` or `FLASK_ENV=development` fails at that line when a production entry point runs `flask run` (for a Dockerfile, only when the image copies it: `COPY . .` or a source naming `.flaskenv`); a variable the process already has wins, as Flask does not override the environment: one the command sets itself (`FLASK_DEBUG=0 flask run`), or the image's `ENV`, the compose service's `environment`/`env_file` (for the image's own command: when every production service that runs it as it is sets the variable), the container's `env` or the unit's `Environment=` of the entry point that runs it; when the repository's dependency files do not list `python-dotenv` (or `flask[dotenv]`) it is an `info` note; under gunicorn or another server, `.flaskenv` is not read and not judged.",
      "- A compose file none of whose services could be read (YAML that does not parse) is not counted as read: when the check reads nothing else, the item is `skipped` with a reason naming it (`no other deploy config, production env file, settings module or framework configuration, and no compose file could be read: docker-compose.yml: parse-error (see that finding)`), not passed.",
      '- Dev-only files (`settings/local.py`, `settings/dev*.py`, `docker-compose.override.yml`, `Dockerfile.dev`, test settings) and compose',
      '  services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…) give `info` notes; a compose value several',
      '  services reach (a YAML anchor merged with `<<:`, an `extends` base, a shared `env_file`) is reported once, where it is written, naming every service',
      '  that uses it (a failure when any production service reaches it); template files (`.env.production.example`) are exempt. Skipped when no deploy config, settings or framework configuration it reads exist (a clean `config/app.php`, `production.rb`,\n  `appsettings.json` or `application.properties` is judged and passes).',
      `- ${FLASK_CFG_DOC}`,
      `- ${DECOUPLE_DOC}`,
    ].join('\n'),
  },
  options: z.object({}),
  // Django settings modules, wherever they are (not in a vendored dependency's folder, `site-packages/`, `vendor/`: that
  // project's): the last module-level DEBUG of each.
  scan: () => ({
    accepts: (file) => (isPythonSource(file) && !isTemplate(file) && !isVendoredOrGenerated(file)) || isOtherDebugFile(file),
    file(file, text): DebugScan | undefined {
      // A Flask config file in Python (`production.cfg`): read as a settings module when its text is Python, not INI.
      const pyConfig = isPyConfigFile(file);
      if (pyConfig && !readsAsPython(text)) return undefined;
      if (pyConfig || isPython(file)) {
        // Lexed once, by whichever reader needs it first (most Python files need neither).
        let src: Source | undefined;
        const lex = () => (src ??= scanSource(file, text, 'python'));
        const classes = classDebug(file, text, lex);
        const { uses, consts } = asgiDebug(file, text, lex);
        const listens = debugpyListens(file, text, lex);
        const asgi = { ...(uses.length || consts.length ? { asgi: uses, consts } : {}), ...(listens.length ? { debugpy: listens } : {}) };
        if (pyConfig || isSettingsFile(file, text)) return { kind: 'settings', debug: moduleDebug(text), classes, ...asgi };
        return classes.length || uses.length || consts.length || listens.length ? { kind: 'settings', debug: undefined, classes, ...asgi } : undefined;
      }
      if (elixirConfigFile(file)) {
        const { hits, off } = phoenixDebug(file, text);
        return { kind: 'config', hits, ...(off.length ? { phoenixOff: off } : {}) };
      }
      const hits = otherDebug(file, text);
      // A development profile's file (`application-dev.yml`) is a source only where it holds a setting production may activate.
      if (hits && !hits.length && isSpringConfig(file) && isDevProfile(springFileProfile(file))) return undefined;
      return hits ? { kind: 'config', hits } : undefined;
    },
  }),
  prepare(snapshot) {
    configEnv(snapshot); platformEnv(snapshot);
    // The deploy configuration the judging reads (no scanner's results): worked out while the workers scan.
    shippedStages(snapshot); judgedComposeFiles(snapshot); snapshot.k8sObjects(); terraformK8sObjects(snapshot); kustomizeEnv(snapshot); overlayEnvValues(snapshot);
    kustomizeGeneratorFiles(snapshot); filesWhere(snapshot.files, isDeployEnvName); entryPoints(snapshot);
  },
  run({ snapshot, scanned: all, report, skip }) {
    let sources = 0;
    // Flask config files (`.cfg`) only where production code loads them (from_pyfile, from_envvar).
    const scanned = loadedPythonScanned(snapshot, all);
    // Settings modules (`debug` undefined: a Python file read only for its config classes).
    const settings = scanned.flatMap((s) => (s.data.kind === 'settings' && s.data.debug !== undefined ? [{ file: s.file, debug: s.data.debug }] : []));
    const configClasses = scanned.flatMap((s) => (s.data.kind === 'settings' ? s.data.classes.map((c) => ({ ...c, file: s.file })) : []));
    // FastAPI/Starlette apps' debug= values: as written, or the constant or settings field they name (followed to the module
    // imported from, or a config class field of that name in the same project).
    const asgiUses = scanned.flatMap((s) => (s.data.kind === 'settings' ? (s.data.asgi ?? []).map((u) => ({ ...u, file: s.file })) : []));
    const constsOf = new Map(scanned.flatMap((s) => (s.data.kind === 'settings' && s.data.consts?.length ? [[s.file, s.data.consts] as const] : [])));
    const moduleFile = (m: { path: string; exact: boolean }, from: string) => {
      const names = [`${m.path}.py`, `${m.path}/__init__.py`];
      const found = names.flatMap((n) => (filesByName(snapshot).get(basename(n)) ?? []).filter((f) => f === n || (!m.exact && f.endsWith(`/${n}`))));
      return found.find((f) => sameProject(f, from)) ?? found[0];
    };
    // A debug constant a module imports by name (`from config import DEBUG`), as the module it comes from sets it.
    const importedConst = (src: Source, file: string, name: string) => {
      const mod = importedModule(src, file, name);
      const mf = mod ? moduleFile(mod, file) : undefined;
      const c = mf && !isTestFile(mf) ? constsOf.get(mf)?.find((k) => k.name === name) : undefined;
      return c && mf ? { file: mf, c } : undefined;
    };
    type AsgiUse = (typeof asgiUses)[number];
    const asgiConsts: { use: AsgiUse; file: string; c: DebugConst }[] = [];
    const fieldUses = new Map<string, AsgiUse[]>();
    for (const u of asgiUses) {
      if (!u.ref) continue;
      const mf = u.ref.module ? moduleFile(u.ref.module, u.file) : u.ref.kind === 'const' ? u.file : undefined;
      if (mf) {
        const c = isTestFile(mf) ? undefined : constsOf.get(mf)?.find((k) => k.name === u.ref!.name);
        if (c) asgiConsts.push({ use: u, file: mf, c });
      } else if (u.ref.kind === 'attr') {
        for (const c of configClasses) if (c.name === u.ref.name && sameProject(c.file, u.file)) fieldUses.set(`${c.file}:${c.start}`, [...(fieldUses.get(`${c.file}:${c.start}`) ?? []), u]);
      }
    }
    const usesOf = (c: { file: string; start: number }) => fieldUses.get(`${c.file}:${c.start}`) ?? [];
    // The class fields judged: DEBUG, and any other (`debug: bool = True`, `app_debug`) only where an app's debug= reads it.
    const judgedClasses = configClasses.filter((c) => c.name === 'DEBUG' || usesOf(c).length);
    /** Development classes whose DEBUG an app.run() in production reads through its load: reported at the load (below), not again at the class. */
    const runLoaded = new Set<string>();
    const shownUse = (u: AsgiUse) => `${u.what.replace('{}', u.expr)} at ${u.file}:${u.line}`;
    // DJANGO_SETTINGS_MODULE naming a settings module that sets DEBUG = True is debug mode by selection.
    let laravel: boolean | undefined;
    let symfony: boolean | undefined;
    // `env`: the other variables of the environment the value is set in (JAVA_DEBUG_PORT for JAVA_DEBUG).
    const judge = (key: string, value: string | null, env: EnvLookup = NO_ENV): DebugHit | null => {
      const direct = debugSetting(key, value, env);
      if (direct?.effect.endsWith(LARAVEL_APP_DEBUG) && !(laravel ??= isLaravel(snapshot))) return { ...direct, effect: direct.effect.replace('Laravel/app debug mode', 'app debug mode') };
      // APP_ENV is Symfony's kernel environment; elsewhere (Laravel, any other app) it is a name, judged by nothing.
      if (direct?.effect.endsWith(SYMFONY_DEV_ENV) && !(symfony ??= isSymfony(snapshot) && !(laravel ??= isLaravel(snapshot)))) return null;
      if (direct || key !== 'DJANGO_SETTINGS_MODULE' || !value) return direct;
      const mod = value.trim().replace(/^(["'])(.*)\1$/, '$2');
      const suffix = `${mod.replace(/\./g, '/')}.py`;
      const hit = settings.find((st) => (st.file === suffix || st.file.endsWith(`/${suffix}`)) && st.debug?.literalTrue);
      return hit ? { setting: `DJANGO_SETTINGS_MODULE=${mod}`, effect: `selects ${hit.file} (${literalDebug(hit.debug!)} at line ${hit.debug!.line})`, cause: { file: hit.file, line: hit.debug!.line } } : null;
    };
    // One finding per location; a failure (reached from a production entry point) beats a dev-only note.
    // `dev`: development-only, with why when it is not the file's name (`only in compose profile 'dev'`).
    const once = onePerLocation();
    // `hit`: a value that only selects the real switch (DJANGO_SETTINGS_MODULE) names it, so its suppression covers this too.
    const emit = (f: RawFinding & { file: string; line: number }, dev: boolean | string | null, hit?: DebugHit) => {
      // A setting is identified by what the message says of it with its key for its value (where: the service, the
      // stage, the container), not its line: `DEBUG: "True"` written `DEBUG: 'true'` is the same finding, the same key in another service is not.
      // The setting's own fix (NODE_ENV's, not the generic Python one), unless the finding brings its own.
      // A finding with neither gets its file's stack's (a note on application.yml, a Go source line), else the deploy-config one
      // (DEPLOY_FIX), not the rule's stack-neutral docs.fix.
      const fix = f.fix ?? hit?.fix ?? stackFix(FRAMEWORK_FIXES, f.file) ?? DEPLOY_FIX;
      const g = hit ? { ...f, ...(hit.cause ? { cause: hit.cause } : {}), fix, subject: f.message.replace(hit.setting, hit.setting.split('=')[0]!) } : { ...f, fix };
      once.put(dev ? { ...g, note: true, message: `${f.message} (${dev === true ? 'development-only file' : dev})` } : g);
    };
    const entryDev = (entry: EntryPoint) => entry.devOnly && devRemark(entry);
    const advice = '; remove it from deploy config (debug must default to off)';

    // What the deploy environment sets the variables that a settings module reads as a string
    // (`DEBUG = bool(os.environ.get("DEBUG", default=0))`): any non-empty value turns debug on there, `0` and
    // `False` included. A value already reported where it is written (`DEBUG=1`) is not recorded. One per
    // place; a production value replaces a development-only one.
    const stringReads = new Set([
      ...settings.flatMap((st) => (st.debug?.setOn ? [st.debug.setOn] : [])),
      ...asgiUses.flatMap((u) => (u.setOn ? [u.setOn] : [])),
      ...asgiConsts.flatMap((a) => (a.c.setOn ? [a.c.setOn] : [])),
    ]);
    const deployValues = new Map<string, DeployValue>();
    const given = (key: string, value: string | null, at: { file: string; line: number }, via: string, dev: string | null, hit: DebugHit | null) => {
      if (hit || value === null || !stringReads.has(key)) return;
      const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
      if (!v) return;
      const place = `${at.file}:${at.line}:${key}`;
      const prev = deployValues.get(place);
      if (!prev || (prev.dev !== null && dev === null)) deployValues.set(place, { key, value: v, file: at.file, line: at.line, via, dev });
    };

    // The final stage of each Dockerfile, and the stages compose services build as their `build.target`.
    for (const shipped of shippedStages(snapshot)) {
      const { df, stage } = shipped;
      sources++;
      // What the image ships: the last ENV of each name (a later `ENV NODE_ENV=production` wins), resolved:
      // `ENV NODE_ENV=$NODE_ENV` after `ARG NODE_ENV=development`, `ENV FLASK_DEBUG=${DEBUG:-1}` are what the image
      // gets unless a build argument says otherwise (as `${X:-default}` does in compose). `build`: the compose service
      // whose `build.args` gave the ARGs their values (null: the defaults).
      const judgeEnv = (envs: readonly ShippedEnv[], build: ArgBuild | null) => {
        const dev = build ? build.devReason ?? shipped.devReason : shipped.devReason;
        const imageEnv: EnvLookup = (n) => envs.findLast((x) => x.name === n)?.value ?? null;
        for (const e of envs) {
          // `ENV FLASK_DEBUG 1 # TODO`: no comment in a Dockerfile, the image gets `1 # TODO`. Judged by the value before
          // it (what was meant); FLASK_DEBUG by Flask's reading too, which turns debug on for any value but 0, false, no.
          const tail = e.value === null ? null : trailingComment(e.value);
          const meant = tail ? judge(e.name, tail.before) : null;
          const flask = tail && !meant && /^FLASK_DEBUG$/i.test(e.name) ? { setting: `${e.name}=${e.value!.slice(0, 80)}`, effect: `turns on ${DEBUG_VARS[0]!.effect}` } : null;
          const hit = judge(e.name, e.value, imageEnv) ?? meant ?? flask;
          const byArg = !build && [...(e.raw ?? '').matchAll(/\$\{?(\w+)/g)].some((m) => e.buildArgs.has(m[1]!));
          const from = e.value !== e.raw ? ` (resolved from ${e.raw}${byArg ? ': the ARG default, unless a --build-arg overrides it' : ''})` : '';
          const as = build ? ` (as ${build.by} builds it, with build.args ${shownArgs(build, e.raw ?? '')})` : '';
          const shown = tail && tail.comment.length > 60 ? `${tail.comment.slice(0, 60)}…` : tail?.comment;
          const comment = !tail ? '' : `: the '${shown}' after it is no comment in a Dockerfile but part of the value${flask ? ', and Flask reads any value but 0, false or no as on; put the comment on its own line' : ''}${/preflight-ignore/i.test(tail.comment) ? SUPPRESS_HINT : ''}`;
          if (hit) emit({ file: df.path, line: e.line, column: e.column, message: `ENV ${hit.setting}${from} in ${stageLabel(shipped)}${as} ${hit.effect}${comment}${advice}` }, dev, hit);
          given(e.name, e.value, { file: df.path, line: e.line }, `ENV in ${stageLabel(shipped)}${as}`, dev, hit);
        }
      };
      // Compose services building this stage with `build.args` give its ARGs their values, as `--build-arg` does (the
      // same rule as USER and FROM): the defaults are judged unless production compose services are the only builders seen
      // and each passes other values; each other set of values is judged as that service builds it.
      const mine = shippedEnv(df, stage);
      const same = (a: readonly ShippedEnv[]) => a.length === mine.length && a.every((e, i) => e.name === mine[i]!.name && e.value === mine[i]!.value);
      const builders = composeArgBuilds(snapshot).filter((b) => b.df === df && b.stage === stage);
      const variants: { envs: ShippedEnv[]; b: ArgBuild }[] = [];
      let prodDefault = false;
      // A development-only service building it with the defaults' values: a note as that service builds it, when the
      // defaults themselves are not judged.
      let devDefault: ArgBuild | null = null;
      for (const b of builders) {
        const envs = b.args.size ? shippedEnv(df, stage, b.args) : mine;
        if (same(envs)) { if (b.devReason === null) prodDefault = true; else devDefault ??= b; continue; }
        const key = (x: readonly ShippedEnv[]) => x.map((e) => `${e.name}=${e.value}`).join('\u0000');
        if (!variants.some((v) => key(v.envs) === key(envs) && (v.b.devReason === null) === (b.devReason === null))) variants.push({ envs, b });
      }
      if (!builders.some((b) => b.devReason === null) || prodDefault || builtOutsideCompose(snapshot, df)) judgeEnv(mine, null);
      else if (devDefault) judgeEnv(mine, devDefault);
      for (const { envs, b } of variants) judgeEnv(envs, b);
    }

    // Compose values by where they are written: a value several services reach (a YAML anchor merged with `<<:`,
    // an `extends` base, a shared env_file) is one finding there, naming every service that uses it; it fails
    // when a production service reaches it (development-only services alone make it a note).
    const reached = reachedByLocation<{ key: string; value: string | null; from?: string; env: EnvLookup }>();
    // Only the repository's own deployment: not the compose files of test and illustration folders, not `extends` bases
    // (their values are reached through the services that extend them).
    for (const cf of judgedComposeFiles(snapshot)) {
      // A compose file none of whose services could be read (YAML that does not parse) is no source: with nothing else
      // read, the item is skipped naming it (noComposeReason), not passed.
      if (!composeFileUnread(snapshot, cf)) sources++;
      // `DJANGO_DEBUG: ${DJANGO_DEBUG}` takes its value from the committed `.env` compose interpolates with.
      const dotenv = composeDotenvFiles(snapshot, cf.path);
      for (const svc of cf.services) {
        const dev = composeDevOnly(svc);
        const reach = composeEnvReach(snapshot, svc);
        const resolve = (key: string, value: string | null) => {
          const fromDotenv = dotenvEntryFor(value, dotenv, key);
          return { fromDotenv, resolved: fromDotenv ? fromDotenv.value : value === null ? null : composeDefaults(value) };
        };
        // The service's environment as the container gets it: `environment:` over its env_files (the last one naming the variable).
        const svcEnv: EnvLookup = (n) => {
          const own = composeEnvironment(svc).find((x) => x.key === n);
          if (own) return resolve(n, own.value).resolved;
          const files = composeEnvFiles(svc).flatMap((p) => snapshot.envFileAt(p)?.entries.filter((x) => x.key === n) ?? []);
          return files.length ? deployedValue(files[files.length - 1]!.value) : null;
        };
        for (const { key, value, path } of composeEnvironment(svc)) {
          const { fromDotenv, resolved } = resolve(key, value);
          const hit = judge(key, resolved, svcEnv);
          // A production overlay that sets the variable again replaces the base file's value.
          const over = (hit || stringReads.has(key)) && !dev ? reach.environment(key) : null;
          // Where the value is written (an `extends` base, a merge-key anchor): one finding per location.
          reached.add(svc.origin(path), false, svc, dev ?? over, { key, value: resolved, env: svcEnv, ...(fromDotenv ? { from: `${fromDotenv.file}:${fromDotenv.line}` } : {}) });
        }
        for (const p of composeEnvFiles(svc)) {
          const env = snapshot.envFileAt(p);
          if (!env || isTemplate(p)) continue;
          sources++;
          for (const e of env.entries) {
            // As compose's env_file expands it: `${DJANGO_DEBUG:-True}` is its default when the variable is unset.
            const value = deployedValue(e.value);
            if (!judge(e.key, value, svcEnv) && !stringReads.has(e.key)) continue;
            // A value the service's `environment:` (or a later env_file) replaces never reaches the container.
            const over = reach.envFile(p, e.key);
            if (over === false) continue;
            reached.add({ file: p, line: e.line, column: e.valueColumn }, true, svc, isDevOnly(p) ? 'development-only file' : dev ?? over, { key: e.key, value, env: svcEnv });
          }
        }
      }
    }
    for (const r of reached.values()) {
      const { key, value, from, env } = r.data;
      const hit = judge(key, value, env);
      const via = r.envFile ? `env_file of ${servicesIn(r.services)}` : namedServices([...new Set(r.services.map((o) => o.name))]);
      const source = from ? ` (interpolated from ${from})` : '';
      if (hit) emit({ file: r.file, line: r.line, column: r.column, message: r.envFile ? `${clause(hit)} (${via})${advice}` : `${setBy(via, hit)}${source}${advice}` }, r.dev, hit);
      given(key, value, r, via, r.dev, hit);
    }

    // Manifests, and the objects Terraform's Kubernetes provider declares (kubernetes_deployment…, kubernetes_config_map,
    // kubernetes_manifest: tf-kubernetes.ts), read alike: their literal env values and ConfigMap data at the value.
    for (const obj of [...snapshot.k8sObjects(), ...terraformK8sObjects(snapshot)]) {
      if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
      sources++;
      const dev = isDevOnly(obj.file);
      const data = configMapData(obj);
      const dataEnv: EnvLookup = (n) => data.find((x) => x.key === n)?.value ?? null;
      for (const e of data) {
        const hit = judge(e.key, e.value, dataEnv);
        // As production renders it: a kustomize overlay that sets the key again, an `env` entry over `envFrom` (k8sDataFate).
        const fate = obj.name === null || dev || (!hit && !stringReads.has(e.key)) ? null : k8sDataFate(snapshot, { kind: 'ConfigMap', name: obj.name, file: obj.file }, e.key, (v) => !judge(e.key, v));
        if (hit) emit({ file: obj.file, line: e.line, column: e.column, message: `${setBy(`ConfigMap '${obj.name ?? '?'}'`, hit)}${advice}` }, dev || (fate?.note ?? null), hit);
        given(e.key, e.value, { file: obj.file, line: e.line }, `ConfigMap '${obj.name ?? '?'}'`, dev ? 'development-only file' : fate?.note ?? null, hit);
      }
      // As the kubelet starts the container: a later entry of a name wins, `$(NAME)` takes an earlier entry's value.
      const cenv = containerKubeletEnv(obj);
      // A chart template's templated container name as the Kubernetes checks show it (`{{ .Chart.Name }}` → the chart's name).
      const shown = (name: string) => (name.includes('{{') ? shownTemplateName(name, helmChartName(snapshot, obj.file)) : name);
      for (const e of cenv) {
        const hit = judge(e.name, e.value, (n) => cenv.findLast((x) => x.container === e.container && x.name === n)?.value ?? null);
        // As production renders it: a value every production kustomize overlay sets again (or removes) is a note (k8sEnvFate).
        const fate = dev || (!hit && !stringReads.has(e.name)) ? null : k8sEnvFate(snapshot, obj, e.container.path, e.name).note;
        if (hit) emit({ file: obj.file, line: e.line, column: e.column, message: `${setBy(`container '${shown(e.container.name)}'`, expanded(hit, e))}${advice}` }, dev || fate, hit);
        given(e.name, e.value, { file: obj.file, line: e.line }, `container '${shown(e.container.name)}'`, dev ? 'development-only file' : fate, hit);
      }
      // A Helm chart template's container `env` as each values set of the chart renders it from the values (`env:` /
      // `{{- toYaml .Values.env | nindent 12 }}`, `extraEnv`), at the value in the values file; a value only the chart's
      // values.yaml alone gives, while production installs the chart with another values file, is a note naming that file.
      for (const { r, container, env } of helmContainerEnv(snapshot, obj)) {
        const all = [...cenv.filter((x) => x.container.container === container.container), ...env];
        const name = shown(container.name);
        const note = dev ? 'development-only file' : r.supersededBy ? `with the chart's values.yaml alone: ${r.supersededBy} overrides it for production` : null;
        for (const e of env) {
          const hit = judge(e.name, e.value, (n) => all.findLast((x) => x.name === n)?.value ?? null);
          const via = `Helm value ${e.key} (env of container '${name}' in ${obj.file})`;
          if (hit) emit({ file: e.file, line: e.line, column: e.column, message: `${setBy(via, hit)}${advice}` }, note, hit);
          given(e.name, e.value, e, via, note, hit);
        }
      }
    }

    // Container env that only a production kustomize overlay's inline or JSON 6902 patch writes, as the overlay renders the
    // workload (overlayEnvValues: merged as the Kubernetes workload checks merge it), at the value in the patch.
    for (const { entry, overlays, env: written } of overlayEnvValues(snapshot)) {
      sources++;
      // `$(NAME)` expanded as the kubelet expands it, from the entries before it.
      const env = kubeletEnv(written);
      const e = env.find((x) => x.name === entry.name) ?? { ...entry, written: entry.value };
      const hit = judge(e.name, e.value, (n) => env.findLast((x) => x.name === n)?.value ?? null);
      const via = `container '${e.container.name}'${overlayNote(overlays)}`;
      if (hit) emit({ file: e.object.file, line: e.line, column: e.column, ...overlayScope(snapshot, overlays), message: `${setBy(via, expanded(hit, e))}${advice}` }, null, hit);
      given(e.name, e.value, { file: e.object.file, line: e.line }, via, null, hit);
    }

    // What kustomize generates (`configMapGenerator`/`secretGenerator` literals), read like a ConfigMap's data.
    for (const { file: f, dev, literals } of kustomizeEnv(snapshot)) {
      sources++;
      for (const e of literals) {
        const hit = judge(e.key, e.value, (n) => literals.find((x) => x.generator === e.generator && x.name === e.name && x.key === n)?.value ?? null);
        const via = `kustomize ${e.generator} '${e.name}'`;
        const fate = dev || (!hit && !stringReads.has(e.key)) ? null : k8sDataFate(snapshot, { kind: e.generator === 'secretGenerator' ? 'Secret' : 'ConfigMap', name: e.name, generatedIn: dirname(f) }, e.key, (v) => !judge(e.key, v));
        if (hit) emit({ file: f, line: e.line, column: e.column, message: `${setBy(`${via}`, hit)}${advice}` }, dev || (fate?.note ?? null), hit);
        given(e.key, e.value, { file: f, line: e.line }, via, dev ? 'development-only file' : fate?.note ?? null, hit);
      }
    }
    // And from the files they read: an `envs:` file's `KEY=VALUE` lines whatever its name (`config.properties`, `app.env`: as
    // compose's `env_file`), and a `files:` entry that is one value (`DJANGO_DEBUG=debug.txt`) or an env file (`app.env`),
    // at the file's lines. (Production env files are read below by name.)
    for (const g of kustomizeGeneratorFiles(snapshot)) {
      if (isProductionEnvFile(g.path)) continue;
      const text = snapshot.text(g.path);
      if (text === undefined) continue;
      sources++;
      const via = `kustomize ${g.generator} '${g.name}' (${g.how})`;
      const entries = g.one ? [{ key: g.key, value: g.one.text.trim(), line: 1, valueColumn: g.one.column }]
        : g.envLike ? snapshot.envFileAt(g.path)?.entries ?? [] : [];
      for (const e of entries) {
        const hit = judge(e.key, e.value, (n) => entries.findLast((x) => x.key === n)?.value ?? null);
        const fate = g.dev || (!hit && !stringReads.has(e.key)) ? null : k8sDataFate(snapshot, { kind: g.generator === 'secretGenerator' ? 'Secret' : 'ConfigMap', name: g.name, generatedIn: dirname(g.kustomization) }, e.key, (v) => !judge(e.key, v));
        if (hit) emit({ file: g.path, line: e.line, column: e.valueColumn, message: `${setBy(`${via}`, hit)}${advice}` }, g.dev || (fate?.note ?? null), hit);
        given(e.key, e.value, { file: g.path, line: e.line }, via, g.dev ? 'development-only file' : fate?.note ?? null, hit);
      }
    }

    for (const f of filesWhere(snapshot.files, isDeployEnvName)) {
      // Env files named for development (`.env.development`, `.env.dev`, `.env.local`, `.env.test`…) are read too, for `info`
      // notes: their settings are fine where they are, as long as no deploy loads them (a compose `env_file` that does is judged above).
      const devEnv = !isProductionEnvFile(f) && /^\.env\./i.test(basename(f)) && isDevOnly(f);
      const env = (isProductionEnvFile(f) || devEnv) && !isTemplate(f) && !isTestFile(f) ? envFileAsDeployed(snapshot, f) : undefined;
      if (!env) continue;
      sources++;
      for (const e of env.entries) {
        // python-dotenv and dotenv-expand expand `${DJANGO_DEBUG:-True}` to its default when the variable is unset.
        const value = deployedValue(e.value);
        const hit = judge(e.key, value, (n) => { const x = env.entries.findLast((y) => y.key === n); return x ? deployedValue(x.value) : null; });
        if (hit) emit({ file: f, line: e.line, column: e.valueColumn, message: `${clause(hit)}${advice}` }, devEnv, hit);
        if (!devEnv) given(e.key, value, { file: f, line: e.line }, '', null, hit);
      }
    }

    // Hosting platforms' deploy files: fly.toml [env], render.yaml envVars, serverless.yml environment, heroku.yml, app.yaml, Kamal env.clear,
    // AWS descriptors and Terraform app environments (util/ecs.ts), IIS web.config environmentVariables.
    const platform = platformEnv(snapshot);
    for (const e of platform) {
      sources++;
      const hit = judge(e.key, e.value, (n) => platform.findLast((x) => x.file === e.file && x.where === e.where && x.key === n)?.value ?? null);
      if (hit) emit({ file: e.file, line: e.line, column: e.column, message: `${setBy(e.where, hit)}${advice}` }, e.dev && (e.devReason ?? true), hit);
      given(e.key, e.value, e, e.where, e.dev ? e.devReason ?? 'development-only file' : null, hit);
    }

    // The Python files production entry points run as scripts (`python server.py`, `python -m app.server`): Sanic's
    // `app.run` under the `__main__` guard runs there.
    const scriptRunners = new Map<string, EntryPoint[]>();
    for (const entry of entryPoints(snapshot)) {
      sources++;
      const launch = analyseEntry(snapshot, entry);
      for (const f of launch.pythonScripts) scriptRunners.set(f, [...(scriptRunners.get(f) ?? []), entry]);
      // The served Django module's own default (`os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings.dev")` in `mysite/wsgi.py`,
      // the stock `wagtail start` layout) is what the server runs when nothing else sets the variable: the image's ENV, the service's
      // environment, the command line (`gunicorn --env DJANGO_SETTINGS_MODULE=…`). Not judged where the environment may come from
      // elsewhere (a platform's config vars, Kubernetes, an image built elsewhere: EntryPoint.envUnknown).
      if (!entry.devOnly && !entry.envUnknown) {
        const key = 'DJANGO_SETTINGS_MODULE';
        const set = launch.env[key] !== undefined || entry.envNames?.includes(key) || entry.serverEnv?.[key] !== undefined
          || launch.commands.some((c) => c.argv.some((a) => a.includes(`${key}=`)));
        for (const f of set ? [] : launch.pythonServed ?? []) {
          const text = snapshot.text(f) ?? '';
          const m = SETDEFAULT_RE.exec(text);
          const hit = m ? judge(key, m[3]!) : null;
          if (!m || !hit || runnersSetAll(snapshot, entry, key)) continue;
          const at = m.index + m[0].indexOf(m[3]!) - 1;
          const line = text.slice(0, at).split('\n').length;
          emit({ file: f, line, column: at - text.lastIndexOf('\n', at - 1), message: `${f} defaults ${key} to ${m[3]}, which ${hit.effect}, and ${entry.where} in ${entry.file}:${entry.line} serves this module with nothing setting the variable: production runs those settings; point the default at the production settings module, or set ${key} for the server (ENV ${key}=… in the image)` }, false, hit);
        }
      }
      for (const { argv, file: script, line: scriptLine, at: optionsAt } of launch.commands) {
        // A command of a start script is named with the script's line that writes it, as production-server names it:
        // `ENTRYPOINT (through docker/entrypoint.sh:4) starts the JVM with …` (the finding stays at the entry point that runs the script).
        const through = (...words: string[]) => {
          if (!script) return '';
          const text = launch.scripts.includes(script) ? snapshot.text(script) : undefined;
          // The line that writes the command itself, else the first line naming its words.
          const at = scriptLine ? { line: scriptLine } : text === undefined ? null : lineNaming(text, words.join(' '));
          return ` (through ${script}${at ? `:${at.line}` : ''})`;
        };
        const cli = cliDebug(argv);
        if (cli) emit({ file: entry.file, line: entry.line, column: entry.column, message: `${entry.where}${through(basename(argv[0] ?? ''), cli.flag)} starts ${cli.what} with ${cli.flag}: debug mode answers every unhandled error with its traceback; remove ${cli.flag}` }, entryDev(entry));
        // `java -agentlib:jdwp=transport=dt_socket,server=y,address=*:5005 -jar app.jar`: a remote debugger in production.
        const jdwp = argv.map(jdwpListener).find((j) => j !== null);
        if (jdwp) emit({ file: entry.file, line: entry.line, column: entry.column, ...jdwpMessage(`${entry.where}${through(jdwp.option)} starts the JVM with`, jdwp) }, entryDev(entry));
        // `java -Dio.ktor.development=true -jar app.jar`: Ktor's development mode, as ktor.development = true in application.conf.
        const ktor = ktorDevOption(argv);
        if (ktor) emit({ file: entry.file, line: entry.line, column: entry.column, message: `${entry.where}${through(ktor)} starts the JVM with ${ktor}, which turns on ${KTOR_DEV_EFFECT}; remove it (off is the default)`, fix: KTOR_DEV_FIX }, entryDev(entry));
        // `python -m debugpy --listen 0.0.0.0:5678 -m gunicorn app:app`: a remote debugger, as node's inspector and JDWP are.
        const dbg = debugpyListener(argv);
        if (dbg) {
          const starts = `${entry.where}${through('debugpy', '--listen')} starts the program under debugpy (${dbg.option})`;
          emit(dbg.open
            ? { file: entry.file, line: entry.line, column: entry.column, message: `${starts}: the debugger listens on ${dbg.host}, reachable from the network, and anyone who connects runs code in the process (remote code execution); remove python -m debugpy from the production command`, fix: DEBUGPY_FIX }
            : { file: entry.file, line: entry.line, column: entry.column, note: true, message: `${starts}: the debugger listens on ${dbg.host} only (not reachable from other hosts), but a debugger has no place in production; remove it` }, entryDev(entry));
        }
        // Tomcat's `catalina.sh jpda run`: the agent catalina.sh builds from JPDA_ADDRESS (`*:8000`), or JPDA_OPTS, as the explicit option is judged.
        const jpda = catalinaJpda(argv, launch.env, entry, launch.envWhere);
        const tomcat = jpda && jdwpListener(jpda.option);
        if (jpda && tomcat) emit({ file: entry.file, line: entry.line, column: entry.column, ...jdwpMessage(`${entry.where}${through('catalina.sh', 'jpda')} starts Tomcat with catalina.sh jpda (${jpda.set ?? 'catalina.sh\'s default JPDA_ADDRESS=localhost:8000'}), which gives the JVM`, tomcat) }, entryDev(entry));
        // node's inspector: on another interface than loopback (`--inspect=0.0.0.0:9229`) anyone who reaches the port runs code in
        // the process; on 127.0.0.1 (node's default) only the host or container itself can: a note.
        const opts = nodeOptionsOf(argv);
        const inspector = opts && nodeInspector(opts);
        if (inspector) {
          // Options a process file gives node (a pm2 app's `node_args`) are reported at their line, naming the entry point.
          // A launcher that starts node with the options (`nodemon --inspect=…`, `nest start --debug 0.0.0.0:9229`) is named, and its own option is what to remove.
          const launcher = exeName(argv[0] ?? '');
          const nest = launcher === 'nest';
          const node = launcher === 'node' || launcher === 'nodejs' ? 'node' : `node (through ${nest ? 'nest start --debug' : launcher})`;
          const remove = nest ? '--debug' : inspector.flag.split('=')[0];
          const starts = optionsAt ? `${optionsAt.via} (run by ${entry.where} in ${entry.file}:${entry.line}) starts node with ${inspector.flag}` : `${entry.where}${through(nest ? '--debug' : inspector.flag)} starts ${node} with ${inspector.flag}`;
          const where = optionsAt ? { file: optionsAt.file, line: optionsAt.line, column: optionsAt.column } : { file: entry.file, line: entry.line, column: entry.column };
          const fix = `Remove ${remove} from the production command (node's inspector is a remote debugger); debug a local or development process instead.`;
          emit(isLoopback(inspector.host)
            ? { ...where, fix, note: true, message: `${starts}: the inspector listens on ${inspector.host} only (not reachable from other hosts), but a debugger has no place in production; remove it` }
            : { ...where, fix, message: `${starts}: the inspector listens on ${inspector.host}, reachable from the network, and anyone who connects runs code in the process (remote code execution); remove ${remove} (to debug production, bind it to 127.0.0.1 and reach it over an SSH tunnel)` }, entryDev(entry));
        }
      }
      for (const [k, v] of Object.entries(launch.env)) {
        const hit = judge(k, v, (n) => launch.env[n] ?? null);
        // A variable set apart from the command (systemd `Environment=`, a Procfile's leading `VAR=…`) is reported there, unless the command sets it again.
        // One a start script exports (or defaults) is named by the script's line, as its commands are: `ENTRYPOINT (through
        // docker/entrypoint.sh:3) sets ASPNETCORE_ENVIRONMENT=Development` (the finding stays at the entry point that runs the script).
        const script = launch.envWhere[k];
        const own = !script && entry.envAt?.[k]?.value === v ? entry.envAt[k] : undefined;
        const who = script ? `${entry.where} (through ${script})` : own?.where ?? entry.where;
        if (hit) emit({ file: entry.file, line: own?.line ?? entry.line, column: own?.column ?? entry.column, message: `${setBy(who, hit)}${advice}` }, entryDev(entry), hit);
        given(k, v, entry, entry.where, entry.devOnly ? devRemark(entry) : null, hit);
      }
      // A process file's environment for the apps it starts (a pm2 app's `env`, `env_<name>` with `--env <name>`), at its line.
      for (const e of launch.appEnv) {
        const hit = judge(e.key, e.value, (n) => launch.appEnv.findLast((x) => x.via === e.via && x.key === n)?.value ?? null);
        const why = e.unapplied ? `; its ${e.unapplied} is applied only when pm2 is started with --env ${e.unapplied.slice(4)}` : '';
        if (hit) emit({ file: e.file, line: e.line, column: e.column, message: `${setBy(e.via, hit)} (run by ${entry.where} in ${entry.file}:${entry.line}${why})${advice}` }, entryDev(entry), hit);
        given(e.key, e.value, e, e.via, entry.devOnly ? devRemark(entry) : null, hit);
      }
      for (const dev of new Set(launch.dev ? [launch.dev, ...launch.located] : [])) {
        if (!dev.debug) continue;
        // `file` is either a Python module whose run call starts it (`app.run(debug=True)`: judged with launch.calls below) or the
        // start script that writes the command (`exec flask run --debug` in start.sh): named by the script's line, as production-server
        // names it, and reported at the entry point that runs the script.
        const script = dev.file !== undefined && launch.scripts.includes(dev.file) ? `${dev.file}${dev.line ? `:${dev.line}` : ''}` : undefined;
        if (dev.file && !script) continue;
        const at = dev.at;
        const who = at ? `${at.via} (run by ${entry.where} in ${entry.file}:${entry.line})` : script ? `${entry.where} (through ${script})` : entry.where;
        emit({ file: at?.file ?? entry.file, line: at?.line ?? entry.line, column: at?.column ?? entry.column, message: `${who} starts ${dev.what} with debug on (interactive debugger: remote code execution); remove ${dev.debugFlag ?? '--debug'}` }, entryDev(entry));
      }
      // `flask run` (and FlaskGroup's `manage.py run`) loads `.flaskenv` through python-dotenv: its FLASK_DEBUG=1 turns the debugger on.
      for (const dev of new Set(launch.dev ? [launch.dev, ...launch.located] : [])) {
        if (!/\bflask run\b/.test(dev.what)) continue;
        for (const fe of flaskenvFiles(snapshot, entry)) {
          for (const e of fe.env.entries) {
            // A variable the process already has wins (Flask loads `.flaskenv` without overriding the environment): one the command
            // line or a start script sets, or the entry point's own environment (the image's `ENV`, the service's `environment`).
            // So do the compose services that run the image's command as it is, when every one of them sets it.
            if (!/^FLASK_/i.test(e.key) || launch.env[e.key] !== undefined || entry.envNames?.includes(e.key) || runnersSetAll(snapshot, entry, e.key)) continue;
            const hit = judge(e.key, deployedValue(e.value));
            if (!hit) continue;
            const dotenv = fe.dotenv ? '' : ' (only when python-dotenv is installed, and no dependency file of the repository lists it)';
            emit({ file: fe.path, line: e.line, column: e.valueColumn, ...(fe.dotenv ? {} : { note: true }), message: `${clause(hit)}: ${dev.what} loads ${fe.path} (run by ${entry.where} in ${entry.file}:${entry.line})${dotenv}${advice}` }, entryDev(entry), hit);
          }
        }
      }
      for (const { file, call, via } of launch.calls) {
        if (call.scope === 'function' || (via === 'import' && call.scope !== 'module')) continue;
        // In a development branch the deploy does not turn on, beside a production server (`if FLASK_ENV == "development":
        // app.run(debug=True)` / `else: serve(app)`): production takes the other branch, a note (as production-server reads it).
        const branch = via === 'script' ? scriptDevBranch(snapshot, entry, launch, file, call.line, runnerValues(snapshot, entry)) : null;
        const branchNote = branch && `only in the development branch ${branch.header.replace(/:$/, '')}, which the deploy does not turn on; the other branch starts ${branch.server.what} (line ${branch.server.line}), a production server`;
        const callDev = entryDev(entry) || branchNote;
        // A debug value that is not `True` as written: a constant, an env read with a true default, a config class loaded.
        const text = !call.debug && call.dev && !call.framework && !call.debugSet && /^\w+\.(?:run|run_server)$/.test(call.call) && !/^(?:uvicorn|hypercorn)\./.test(call.call) ? snapshot.text(file) : undefined;
        const rd = text === undefined ? null : runDebug(file, text, call.line, call.call, importedConst);
        const where = `${entry.where} in ${entry.file}:${entry.line}`;
        if (rd?.kind === 'value') {
          const fb = rd.v.unsetOn ? stringFallback(rd.v.expr) : null;
          const cond = rd.v.on ? '' : fb !== null ? `is a string, true to Python (its fallback "${fb}" and any value the deploy sets, "False" included),` : `is on when ${rd.v.unsetOn} is unset`;
          const lead = rd.name
            ? `${rd.name} = ${rd.v.expr}${cond ? ` ${cond.replace(/,$/, '')} and` : ''} is passed as debug=${rd.name} to ${call.call}() (${file}:${call.line}), which runs in production (${where})`
            : `${call.call}(debug=${rd.v.expr}) (${file}:${call.line}) ${cond.replace(/,$/, '')} and runs in production (${where})`;
          emit({ file: rd.file, line: rd.line, column: rd.column, message: `${lead}: the Werkzeug debugger allows remote code execution; pass debug=False (or read it as a boolean with a false default: debug=os.getenv("FLASK_DEBUG") == "1") and serve the app with gunicorn` }, callDev);
        } else if (rd?.kind === 'load' && text !== undefined) {
          const cls = configClasses.find((c) => c.className === rd.target && c.name === 'DEBUG' && c.on && sameProject(c.file, file));
          if (cls) runLoaded.add(`${cls.file}\0${cls.className}`);
          if (cls) emit({ file, line: rd.line, column: rd.column, message: `${rd.load} loads ${cls.className} (DEBUG = ${cls.expr} at ${cls.file}:${cls.line}) for ${call.call}() (line ${call.line}), which runs in production (${where}): the Werkzeug debugger allows remote code execution; load a production config class (DEBUG off) and serve the app with gunicorn` }, callDev);
        }
        // Bottle's `run(app, debug=True)` (its own server, whichever it names): error pages carry the traceback.
        if (call.framework === 'bottle' && call.appDebug) {
          emit({ file, line: call.line, column: call.column, message: `${call.call}(debug=True) runs in production (${entry.where} in ${entry.file}:${entry.line}): Bottle's debug mode answers every unhandled error with its traceback; remove debug=True` }, callDev);
          continue;
        }
        if (!call.debug) continue;
        const set = call.debugSet;
        if (set) emit({ file, line: set.line, column: set.column, message: `${set.what} switches debug on for ${call.call}() (line ${call.line}), which runs in production (${entry.where} in ${entry.file}:${entry.line}): the Werkzeug debugger allows remote code execution; remove it and serve the app with gunicorn` }, callDev);
        else if (branchNote && !entry.devOnly) emit({ file, line: call.line, column: call.column, message: `${call.call}(debug=True) runs ${branchNote} (${entry.where} in ${entry.file}:${entry.line}): the Werkzeug debugger allows remote code execution wherever that branch runs` }, 'development-only branch');
        else emit({ file, line: call.line, column: call.column, message: `${call.call}(debug=True) runs in production (${entry.where} in ${entry.file}:${entry.line}): the Werkzeug debugger allows remote code execution; remove debug=True and serve the app with gunicorn` }, callDev);
      }
    }

    // `debugpy.listen(("0.0.0.0", 5678))` in a module production runs as a script fails there; in another module (which a server
    // may import: its listener opens on import) it is a note.
    for (const s of scanned) {
      if (s.data.kind !== 'settings' || !s.data.debugpy) continue;
      const by = scriptRunners.get(s.file)?.find((e) => !e.devOnly) ?? scriptRunners.get(s.file)?.[0];
      for (const l of s.data.debugpy) {
        if (l.main && !by) continue;
        const runs = by ? `, which runs in production (${by.where} in ${by.file}:${by.line})` : '';
        emit({ file: s.file, line: l.line, column: l.column, message: `${l.call} opens the debugpy remote debugger on ${l.host}${runs}: anyone who reaches its port runs code in the process (remote code execution); remove it` }, by ? entryDev(by) || isDevOnly(s.file) : 'no production entry point runs this module as a script; it listens whenever a module production serves imports it');
      }
    }

    // A JDWP agent in the deploy environment's JVM options that listens on localhost only: a note (on all interfaces it is
    // a DEBUG_VARS failure, judged with the other switches where each environment is read).
    // So is a start script's debug switch (`JAVA_DEBUG=true`, any value) whose JAVA_DEBUG_PORT, set in the same file, is a bare port or unset (5005).
    const configured = configEnv(snapshot);
    for (const e of configured) {
      if (isTemplate(e.file)) continue;
      const value = deployedValue(e.value) ?? e.value;
      const jdwp = JVM_OPTIONS_VAR.test(e.key) ? jdwpListener(value) : null;
      if (jdwp && !jdwp.open) emit({ file: e.file, line: e.line, column: e.column, ...jdwpMessage(`${e.key} starts the JVM with`, jdwp) }, e.dev);
      const port = DEBUG_PORT_SWITCH.has(e.key) ? configured.findLast((x) => x.file === e.file && x.key === 'JAVA_DEBUG_PORT') : undefined;
      const switched = port === undefined && !DEBUG_PORT_SWITCH.has(e.key) ? null : switchedDebugger(e.key, value, () => (port ? deployedValue(port.value) ?? port.value : null));
      if (switched && !switched.open) emit({ file: e.file, line: e.line, column: e.column, ...jdwpMessage(`${e.key}=${unquoted(value)} makes ${switched.script} start the JVM with`, switched) }, e.dev);
    }

    // The deploy values of a variable read as a string; `prod`: only those production gets.
    const valuesOf = (key: string | null, prod = false) => (key === null ? [] : [...deployValues.values()].filter((d) => d.key === key && (!prod || d.dev === null)));
    // Whether a settings module's DEBUG is on in production: True, on when unset, or a string the deploy environment sets.
    const on = (d: ModuleDebug) => d.literalTrue || d.unsetOn !== null || valuesOf(d.setOn, true).length > 0;
    // Where DEBUG is off outside development code, for the override rule every settings check shares (overridingSetting):
    // production code (`settings/production.py`, `class ProductionConfig`) that sets it off overrides a base module's or
    // class's DEBUG (`settings/base.py`, `class Config`); a staging, Heroku or other environment's module is judged on its own.
    // (`start` is the line of a module's last DEBUG, the offset of a class's: each is compared only within its own module or class.)
    const offSettings: SettingRef[] = [
      ...settings.flatMap((o) => (o.debug && !on(o.debug) && !isDevOnly(o.file) && !isTestFile(o.file) ? [{ file: o.file, name: 'DEBUG', start: o.debug.line, runtime: false, className: null }] : [])),
      ...judgedClasses.flatMap((c) => (!c.on && !c.dev && !isDevOnly(c.file) ? [{ file: c.file, name: 'DEBUG', start: c.start, runtime: false, className: c.className }] : [])),
    ];
    const lineOf = (o: SettingRef) => (o.className === null ? o.start : configClasses.find((c) => c.file === o.file && c.start === o.start)?.line ?? 0);
    const overriddenBy = (hit: SettingRef) => {
      const o = overridingSetting(hit, offSettings);
      return o && `${o.file}:${lineOf(o)}${o.className === null ? '' : ` (${o.className})`}`;
    };
    for (const s of settings) {
      sources++;
      const d = s.debug;
      const set = d ? valuesOf(d.setOn) : [];
      if (!d || (!d.literalTrue && !d.unsetOn && !set.length)) continue;
      const dev = isDevOnly(s.file) || isTestFile(s.file);
      const prod = dev ? undefined : overriddenBy({ file: s.file, name: 'DEBUG', start: d.line, runtime: false, className: null });
      const what = d.literalTrue ? literalDebug(d) : d.unsetOn ? `DEBUG defaulting to on when ${d.unsetOn} is unset` : `DEBUG read as a string from ${d.setOn}`;
      // The setting is identified by its key in its module (the file), not its line's text: `DEBUG=True` as a formatter
      // writes it, or a trailing comment, is the same finding.
      const subject = 'settings DEBUG';
      if (prod) {
        emit({ file: s.file, line: d.line, column: d.column, subject, note: true, message: `${what} here is overridden by ${prod} for production` }, false);
        continue;
      }
      // A Flask config file production loads (`from_envvar("APP_SETTINGS")` reading `production.cfg`) is named as such.
      const loadedBy = isPyConfigFile(s.file) ? loadedPyConfigFiles(snapshot).get(s.file) : undefined;
      const where = loadedBy ? `in this Flask config file (loaded by ${loadedBy})` : 'in Django settings';
      const fix = loadedBy ? 'read it from the environment with a false default (DEBUG = os.environ.get("FLASK_DEBUG") == "1") or leave it out' : 'read it from the environment with a false default (DEBUG = os.environ.get("DJANGO_DEBUG") == "1")';
      if (!d.literalTrue && !d.unsetOn) {
        // Set in production, or (a note) only by development-only config.
        const prodSet = set.filter((g) => g.dev === null);
        const shown = prodSet.length ? prodSet : set;
        const list = someOf(shown.map((g) => `${g.key}=${g.value} in ${g.file}:${g.line}${g.via ? ` (${g.via})` : ''}`));
        emit({
          file: s.file, line: d.line, column: d.column, subject,
          message: `DEBUG = ${d.expr} is true for any non-empty ${d.setOn} (a non-empty string is true to Python: "0" and "False" too), and the deploy environment sets ${list}: debug is on, showing stack traces and settings to visitors; read it as a boolean: DEBUG = os.environ.get("${d.setOn}") == "1" (or env.bool("${d.setOn}", default=False))`,
        }, dev || (prodSet.length ? null : `${d.setOn} is set only by development-only config: ${shown[0]!.dev}`));
        continue;
      }
      const fallback = d.unsetOn && !d.literalTrue ? stringFallback(d.expr) : null;
      emit({
        file: s.file, line: d.line, column: d.column, subject,
        message: fallback !== null
          ? stringReadMessage('DEBUG', d.expr, fallback, d.unsetOn!, 'debug is on, showing stack traces and settings to visitors')
          : d.truthyString !== null
          ? `DEBUG = "${d.truthyString}" ${where} is a non-empty string, which is true to Python${FALSE_WORD.test(d.truthyString) ? ` (whatever the word says: "${d.truthyString}" does not turn debug off)` : ''}: debug is on, showing stack traces and settings to visitors; write DEBUG = False (no quotes) or ${fix}`
          : d.literalTrue
          ? `DEBUG = True ${where} shows stack traces and settings to visitors; ${fix}`
          : `debug defaults to on when ${d.unsetOn} is unset: a deploy that forgets the variable shows stack traces and settings to visitors; ${fix}`,
      }, dev);
    }

    // python-decouple's `DEBUG = config("DEBUG", default=False, cast=bool)`: a committed settings.ini/.env beside the module (or
    // above it) gives the value whenever the deploy leaves the variable unset — judged at its line there, as the setting's value.
    for (const r of decoupleReads(snapshot)) {
      if (r.name !== 'DEBUG' || r.cast === 'other') continue;
      sources++;
      const v = r.value.trim();
      if (r.cast === 'bool' ? !DECOUPLE_TRUE.test(v) : !v) continue;
      if (deploySetsKey(snapshot, r.key, r.file)) continue;
      const dev = r.dev || isTestFile(r.module);
      const prod = dev ? undefined : overriddenBy({ file: r.module, name: 'DEBUG', start: r.line, runtime: false, className: null });
      const read = `python-decouple's config("${r.key}", …) in ${r.module}:${r.line}`;
      const base = `${r.key}=${v} in ${r.file} is what ${read} returns when ${r.key} is not in the environment`;
      if (prod) {
        emit({ file: r.file, line: r.valueLine, column: r.valueColumn, subject: `decouple ${r.key}`, note: true, message: `${base}; ${r.module} is overridden by ${prod} for production` }, false);
        continue;
      }
      emit({
        file: r.file, line: r.valueLine, column: r.valueColumn, subject: `decouple ${r.key}`,
        message: `${base}, and no deploy config sets it: debug is on${r.cast === 'bool' ? '' : ` (without cast=bool the value is the string "${v}", true to Python whatever it says)`}, showing stack traces and settings to visitors; remove ${r.key} from ${r.file} (the read's default applies) or set it to False there, and turn debug on only in an uncommitted local file`,
      }, dev);
    }

    // Config classes (Flask's `class ProductionConfig(Config): DEBUG = True`): a production class, a base class no
    // production class overrides, or a class of another environment fails; development and test classes give notes.
    // A development class production code loads outside any development guard (`app.config.from_object(DevelopmentConfig)` in the
    // served module, the "default" entry of flasky's config dict when no deploy config sets FLASK_CONFIG: loadedConfigClasses) is
    // production's, unless the loading module sets the app's debug after it, or the load is already reported for its app.run() above.
    for (const c of judgedClasses) {
      sources++;
      const used = usesOf(c);
      if (!c.on) continue;
      const load = c.dev && c.name === 'DEBUG' && !isDevOnly(c.file) && !runLoaded.has(`${c.file}\0${c.className}`) ? loadedConfigClasses(snapshot).get(c.className) : undefined;
      const selected = load && sameProject(load.file, c.file) && !debugSetAfterLoad(snapshot, load) ? load : undefined;
      const dev = !selected && (c.dev || isDevOnly(c.file));
      const prod = dev || selected ? undefined : overriddenBy({ file: c.file, name: 'DEBUG', start: c.start, runtime: false, className: c.className });
      const fb = c.unsetOn ? stringFallback(c.expr) : null;
      const what = fb !== null ? `${c.name} = ${c.expr} (a string: its fallback "${fb}" and any value the deploy sets, "False" and "0" included, are true to Python)` : c.unsetOn ? `${c.name} defaulting to on when ${c.unsetOn} is unset` : `${c.name} = ${c.expr}`;
      if (prod) {
        emit({ file: c.file, line: c.line, column: c.column, note: true, message: `${what} in config class ${c.className} is overridden by ${prod} for production` }, false);
        continue;
      }
      emit({
        file: c.file, line: c.line, column: c.column,
        message: `${what} in config class ${c.className} turns on debug mode (${used.length ? `${APP_LABEL[used[0]!.framework]}: tracebacks with source lines shown to visitors; read by ${used.slice(0, 2).map(shownUse).join(', ')}${used.length > 2 ? ` and ${used.length - 2} more` : ''}` : c.pydantic ? 'FastAPI/Starlette with debug=settings.DEBUG: tracebacks with source lines shown to visitors' : 'Flask: the Werkzeug debugger, remote code execution; stack traces shown to visitors'}); ${selected ? `${selected.by} selects this class for production: load a production config class there (DEBUG off)` : fb === null && c.dev ? `that is fine in a development config class as long as production never selects ${c.className}: make sure the production app loads another config` : fb !== null ? `parse it as a boolean: ${c.name} = os.environ.get("${c.unsetOn}", "False") == "True" (or .lower() in ("1", "true"))` : c.pydantic || used.length ? `default it to False (${c.name}: bool = False; a pydantic settings class still reads ${c.name.toUpperCase()} from the environment, so development can turn it on)` : `set ${c.name} = True only in a development config class, or read it from the environment with a false default`}`,
      }, dev ? (c.dev ? `development config class ${c.className}` : true) : c.name !== 'DEBUG' && used.every((u) => u.dev || isDevOnly(u.file)) ? `read only by an app ${used[0]!.dev ?? 'in a development-only file'}` : false);
    }

    // FastAPI/Starlette: `FastAPI(debug=True)` is on under any server (uvicorn, gunicorn workers), so it fails anywhere in
    // production code; a value from a constant is reported where the constant is set (settings fields: the class rule above).
    /** What a value does and the fix, or null when it is off: the tail of a message. */
    const asgiTail = (v: DebugValue, framework: AppFramework): { text: string; dev: string | null } | null => {
      const ASGI_EFFECT = APP_EFFECT[framework];
      const kw = framework === 'django' ? 'DEBUG' : 'debug';
      const asgiFix = (name: string) => `read it from the environment with a false default (${kw}=os.getenv("${name}") == "1")`;
      if (v.on) return { text: `${ASGI_EFFECT}; remove it, or ${asgiFix('DEBUG')}`, dev: null };
      const fb = v.unsetOn ? stringFallback(v.expr) : null;
      if (v.unsetOn && fb !== null) return { text: `defaults to on: the value is a string read from ${v.unsetOn} (fallback "${fb}"), and any non-empty string is true to Python, "False" and "0" included; it ${ASGI_EFFECT}; parse it as a boolean (${kw}=os.getenv("${v.unsetOn}", "False") == "True")`, dev: null };
      if (v.unsetOn) return { text: `defaults to on when ${v.unsetOn} is unset: a deploy that forgets the variable ${ASGI_EFFECT}; ${asgiFix(v.unsetOn)}`, dev: null };
      const set = valuesOf(v.setOn);
      if (!set.length) return null;
      const prodSet = set.filter((g) => g.dev === null);
      const shown = prodSet.length ? prodSet : set;
      const list = someOf(shown.map((g) => `${g.key}=${g.value} in ${g.file}:${g.line}${g.via ? ` (${g.via})` : ''}`));
      return { text: `is true for any non-empty ${v.setOn} (a non-empty string is true to Python: "0" and "False" too), and the deploy environment sets ${list}: it ${ASGI_EFFECT}; read it as a boolean: ${kw}=os.getenv("${v.setOn}") == "1"`, dev: prodSet.length ? null : `${v.setOn} is set only by development-only config: ${shown[0]!.dev}` };
    };
    // Sanic's `app.run(debug=True)` under the `__main__` guard (or in a function) runs when production runs the module as a
    // script (`python server.py`: Sanic's own server is production-grade, so that is how it is deployed); otherwise it is a note.
    const runBy = (u: AsgiUse) => (u.script ? scriptRunners.get(u.file)?.find((e) => !e.devOnly) : undefined);
    const ranBy = (e: EntryPoint | undefined) => (e ? ` (run by ${e.where} in ${e.file}:${e.line})` : '');
    for (const u of asgiUses) {
      if (u.ref) continue;
      sources++;
      const tail = asgiTail(u, u.framework);
      if (!tail) continue;
      const subject = u.what.replace('{}', u.unsetOn ? '…' : u.expr);
      const by = runBy(u);
      emit({ file: u.file, line: u.line, column: u.column, message: `${subject}${ranBy(by)} ${tail.text}` }, (by ? null : u.dev) ?? (isDevOnly(u.file) || tail.dev));
    }
    // `FastAPI(debug=settings.ENVIRONMENT == "local")` with `ENVIRONMENT: str = "local"` in a settings class of the project and no deploy
    // config setting the variable: on in production (full-stack-fastapi-template's shape).
    for (const u of asgiUses) {
      if (u.ref?.kind !== 'attr' || u.ref.test === undefined) continue;
      const why = guardsRunByDefault(snapshot, u.file, [{ field: u.ref.name, test: u.ref.test }]);
      if (!why) continue;
      sources++;
      const by = runBy(u);
      emit({ file: u.file, line: u.line, column: u.column, message: `${u.what.replace('{}', u.expr)}${ranBy(by)} is on in production: ${why}; it ${APP_EFFECT[u.framework]}; compare with a value production sets, or default the field to a production value (ENVIRONMENT: str = "production") and set the development one in development only` }, (by ? null : u.dev) ?? isDevOnly(u.file));
    }
    for (const { use, file, c } of asgiConsts) {
      sources++;
      const tail = asgiTail(c, use.framework);
      if (!tail) continue;
      const text = c.on ? `it ${tail.text}` : c.unsetOn ? `debug ${tail.text}` : `${c.name} ${tail.text}`;
      const by = runBy(use);
      emit({ file, line: c.line, column: c.column, message: `${c.name} = ${c.expr} is passed to ${shownUse(use)}${ranBy(by)}: ${text}` }, (by ? null : use.dev) ?? (isDevOnly(use.file) || isDevOnly(file) || tail.dev));
    }

    // Rails, Laravel, ASP.NET Core and Spring Boot switches, as the scan found them. A Spring Boot base value
    // (`application.properties`) that a production profile of its folder sets to never (`application-prod.yml`) is an
    // overridden default: a note (the rule cookie-flags and default-credentials share).
    let springProd: ReturnType<typeof springProdSettings> | undefined;
    let goBuilds: GoTagBuild[] | undefined;
    const phoenixOff = scanned.flatMap((s) => (s.data.kind === 'config' ? (s.data.phoenixOff ?? []).map((place) => ({ file: s.file, place })) : []));
    for (const { file, data } of scanned) {
      if (data.kind !== 'config') continue;
      sources++;
      for (const h of data.hits) {
        // A Phoenix `debug_errors: true` that a later config file (or line) sets to false for production: an overridden default.
        const off = h.phoenix ? phoenixOverride(file, h.phoenix, phoenixOff) : undefined;
        if (off) {
          emit({ file, line: h.line, column: h.column, note: true, message: `debug_errors: true in ${configName(file)} is overridden by ${off.file}:${off.place.line} (debug_errors: false) for production (Phoenix); development and test still show the debug error page` }, false);
          continue;
        }
        if (h.springProfile !== undefined) {
          const by = springProfileActivation(h.springProfile, productionSpringProfiles(snapshot), file);
          if (by) emit({ file, line: h.line, column: h.column, message: h.message.replace(' (Spring Boot);', ` (Spring Boot; ${activatedProfile(h.springProfile, by)});`), fix: frameworkFix(file) }, isDevOnly(file));
          continue;
        }
        const prod = h.springBase && !isDevOnly(file) ? springOverride(springProd ??= springProdSettings(snapshot.files, (f) => snapshot.text(f)), file, h.springBase.key, (v) => stacktraceWhen(v) === null) : undefined;
        if (prod && h.springBase) {
          emit({ file, line: h.line, column: h.column, note: true, message: `server.error.include-stacktrace=${h.springBase.value} here is overridden by ${prod.file}:${prod.line} (${prod.value}) for production (Spring Boot); other profiles still show stack traces` }, false);
          continue;
        }
        if (h.goBuild) {
          // Built into production only by a build that meets the file's constraint (`go build -tags debug` in a Dockerfile): the fix
          // names that build, then the stack's (Gin's release mode), as the switch's finding without a constraint gets.
          const by = (goBuilds ??= goTagBuilds(snapshot.files, (f) => snapshot.text(f))).find((b) => goConstraintHolds(h.goBuild!.expr, b.tags) !== false);
          if (!by) { emit({ file, line: h.line, column: h.column, note: true, message: h.goBuild.note }, false); continue; }
          emit({ file, line: h.line, column: h.column, message: `${h.message} (the file's ${h.goBuild.shown} is met by -tags ${by.tags.join(',')} in ${by.file}:${by.line})`, fix: `Build production without -tags ${by.tags.join(',')} (${by.file}:${by.line}), which brings this file in; or: ${frameworkFix(file)}` }, isDevOnly(file));
          continue;
        }
        if (h.note) emit({ file, line: h.line, column: h.column, note: true, message: h.message }, false);
        else emit({ file, line: h.line, column: h.column, message: h.message, fix: frameworkFix(file) }, isDevOnly(file));
      }
    }

    // dynaconf's settings.toml: the environment the deploy selects (`ENV_FOR_DYNACONF=production`) over `[default]`, `[global]` over both.
    const dynaconf = dynaconfProductionSettings(snapshot);
    if (dynaconf.length) sources++;
    for (const st of dynaconf) {
      if (st.key.toLowerCase() !== 'debug' || !/^true$/i.test(st.value)) continue;
      emit({ file: st.file, line: st.line, column: st.column, message: `${st.key} = ${st.value} in [${st.section}] of ${basename(st.file)} is what production runs (${st.by} selects dynaconf's environment) and turns on debug mode; set it to false`, fix: FRAMEWORK_FIX }, false);
    }

    // At the value, also where an env/YAML/JSON reader located it at its opening quote (`DEBUG="True"`), as the other checks report.
    const atValue = valueColumns((f) => snapshot.text(f));
    // One finding per leaked value: a DJANGO_SETTINGS_MODULE that selects a module whose own DEBUG = True already fails there
    // (a stock `settings.py` that `mysite/wsgi.py`'s default or the image's ENV names) repeats that failure (RawFinding.repeatsCause:
    // dropped beside it, kept for an item whose scope leaves the module out). A selected module whose own line is only a note (a
    // development module, an overridden base) fails through its selection.
    const found = once.findings();
    const failing = new Set(found.filter((f) => !f.note && !f.cause).map((f) => `${f.file}:${f.line}`));
    for (const f of found) report(atValue(!f.note && f.cause && failing.has(`${f.cause.file}:${f.cause.line}`) ? { ...f, repeatsCause: true } : f));
    if (!sources) {
      // ECS task definitions and CloudFormation templates (containers' and functions' environments), and platform deploy files, that
      // could not be parsed: named too.
      skip(withUnreadPlatform(withUnreadAws(noDockerfileReason(snapshot, {
        withDockerfile: noComposeReason(snapshot, { withCompose: 'no deploy config, production env file, settings module or framework configuration', without: 'no other deploy config, production env file, settings module or framework configuration' }),
        without: noComposeReason(snapshot, { withCompose: 'no other deploy config, production env file, settings module or framework configuration', without: 'no other deploy config, production env file, settings module or framework configuration' }),
      }), unreadAwsDescriptors(snapshot, { ecs: true, cfn: /AWS::(?:ECS::TaskDefinition|Serverless::Function|Lambda::Function)\b/ })), snapshot, 'env'));
    }
  },
});
