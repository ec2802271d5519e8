import { z } from 'zod';
import { defineCheck, type RawFinding } from './define.js';
import { aspNetSettings, basename, DEV_VALUES_FILE, DEV_WORD, dirname, filesEndingIn, hasDevWord, isDevOnly, isDockerfile, isPython, isTemplate, isTerraformArgumentFile, isTestFile, isVendored, isVendoredOrGenerated } from '../repo/classify.js';
import { composeBindMounts, composeDevOnly, composeEnvFiles, composeEnvironment } from '../repo/compose.js';
import { lineage } from '../repo/dockerfile.js';
import { containerEnv } from '../repo/k8s.js';
import { terraformK8sObjects } from './util/tf-kubernetes.js';
import { hclReferenceLines } from './util/hcl.js';
import { isObject } from '../repo/yaml.js';
import { perView, type SnapshotView } from '../repo/snapshot.js';
import { parseEnv, type EnvEntry, type EnvFile } from '../repo/env.js';
import { containsWord, lineColumnAt, valueColumns } from './util/text.js';
import { enclosingDefaults } from '../repo/variables.js';
import { enclosingChart, helmDefaultRender, helmRepoOf, helmValueSets, isChartValuesPath, isDevValuesName } from '../repo/prerender.js';
import { isDevValuesPlace } from '../repo/helm-installs.js';
import { repoInstalls, helmChartName, helmInsteadOfDefaults, shownTemplateName } from './util/helm-values.js';
import { helmDependencies, helmDisabledDependency } from './util/helm-dependencies.js';
import { isSpacedFillIn } from './util/fill-in.js';
import { convictDefaults } from './util/convict.js';
import { parseYaml, type YamlPath } from '../repo/yaml.js';
import { DECOUPLE_DOC, decoupleReads, deploySetsKey } from './util/decouple.js';
import { ENV_FILE_NAME, FLASK_CFG_DOC, OTHER_CODE, isPyConfigFile, isPythonSource, loadedPythonScanned, readsAsPython, langOf, SETTINGS_PROD, depthAt, inDevBranch, isCodeFile, isDevHeader, isDevHeaderIn, isHelmTemplate, otherSource, overriddenSetting, overridingSetting, enclosingHeaders, kustomizeEnv, kustomizeGeneratorFiles, scanSource, type SettingRef, type Source } from './util/code.js';
import { deploysIn, elixirConfigFile, elixirEnvAt } from './util/elixir-config.js';
import { ENV_READ_RE, isTestRunnerConfig, namesWhereOrWho, URL_CREDENTIALS_RE, URL_KEY_WORDS, connectionStringPassword, decodeBase64, describeDefault, helmFallbacks, insideBounds, isAboutSecretName, hasAvpPath, isAvpKeyPlaceholder, isDefaultCredential, isLocalOrExampleHost, isPossessivePlaceholder, namesPasswordSetting, namesPasswordSettingValue, isSecretName, isTrustStoreDefault, passwordFromUserName, isTrustStoreName, keyWords, linesContaining, literalFallbacks, nestConfigReceivers, nameTokens, splitLiteralFallbacks, terraformVariableDefaults, tripleQuoteBounds, urlParams, type SplitFallback, sqlPasswordStatements, isSqlPasswordVerifier, isReference, isVendorDefaultPair } from './util/secrets.js';
import { COPILOT_ENV_DOC, platformEnv, withUnreadPlatform } from './util/platform.js';
import { awsDeploy, CFN_TYPES_RE, unreadAwsDescriptors, withUnreadAws } from './util/ecs.js';
import { COMPOSE_ENV_REACH_DOC, K8S_DATA_REACH_DOC, K8S_ENV_OVERLAY_DOC, k8sDataFate, k8sEnvFate, overlayEnvValues, overlayNote, composeDotenvFiles, composeEnvReach, dotenvEntryFor, isProductionEnvFile, productionEnvFiles, judgedComposeFiles, namedServices, reachedByLocation, judgesDeployFile } from './util/groups.js';
import { terraformSecretStoreValues } from './util/secret-stores.js';
import { PY_DEFAULT_WRAPPER, wrappedDefault, signingSecrets, armParamDefaults, bicepParamDefaults, codeUserNamePasswords, commentedEnvironment, gradioAuthPairs, productionSettingsModules, type SelectedSettings, defaultedVariable, literalOrDefault, composeSecretFiles, composeSecretUserNames, optionValues, passwordsEqualToUser, redisPasswords, supervisordEnvironment, userNamePhrase, pulumiStackConfig, isCfnSsmParameter, isCfnTemplateFile, terraformArgumentGroups, terraformHelmSets, terraformVarFileJsonGroups, TFVARS_JSON, KAMAL_SECRETS, PULUMI_STACK, SUPERVISORD_CONFIG } from './util/credentials.js';
import { onePerLocation } from './util/once.js';
import { devNamedDockerfile } from './util/dev-built.js';
import { omnibusSettings, type OmnibusSetting } from './util/omnibus.js';
import { deployedCommandLineDefaults, SCRIPT_FILE } from './util/cmdline-credentials.js';
import { envYamlSettings } from './util/env-yaml.js';
import { composeFileUnread, noComposeReason } from './util/compose-read.js';
import { analyseEntry, devRemark, entryPoints } from './util/commands.js';
import { isProdProfile, isSpringConfig, springFileProfile, springOverride, springProdSettings, springSettings } from './util/spring.js';
import { dynaconfProductionSettings } from './util/dynaconf.js';
import { activatedProfile, productionSpringProfiles, SPRING_ACTIVE_DOC, springProfileActivation } from './util/spring-active.js';

/** Last words of a name for where a secret is kept: `PASSWORD_KEY`, `TOKEN_QUERY_ARG`, `PASSWORD_COLUMN`. */
// (`_NAME`, `_FIELD`, `_PARAM`, `_HEADER` names are never secret names at all: isSecretName's META_WORDS.)
const FIELD_WORDS = new Set(['key', 'arg', 'args', 'attr', 'attribute', 'column', 'col', 'prop', 'property']);
/** Secret words that a trailing `KEY` turns into a field name (`PASSWORD_KEY`, `TOKEN_KEY`), unlike `SECRET_KEY` or `API_KEY`. */
const FIELD_KEY_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'pw', 'passphrase', 'token', 'tokens', 'credential', 'credentials', 'creds']);
const canonicalWord = (w: string): string => (/^(?:passwd|pwd|pass|pw)$/.test(w) ? 'password' : w === 'creds' || w === 'credential' ? 'credentials' : w === 'tokens' ? 'token' : w);

/**
 * Whether `NAME = value` names a field that holds a secret rather than setting one: a name ending in
 * `_KEY`/`_ARG`/`_ATTR`/`_COLUMN`/`_PROP` whose value is a bare identifier made of
 * the name's own words (`PASSWORD_KEY = "password"`, `TOKEN_QUERY_ARG = "token"`). `SECRET_KEY`, `API_KEY` hold a
 * key, and `TOKEN_KEY = "secret"` (a JWT signing key in many tutorials) is no field name.
 */
/** Words of a name for a member of an enumeration (`K8S_VOLUME_TYPE_VALUE_SECRET = "secret"`, `AUTH_KIND_PASSWORD`). */
const ENUM_WORDS = new Set(['type', 'types', 'value', 'values', 'kind', 'kinds', 'enum', 'option', 'options', 'choice', 'choices']);

/** Whether a constant is an enumeration member whose value spells the end of its name (`SIGN_IN_TYPE_VALUE_PASSWORD = "password"`). */
function enumMember(name: string, value: string): boolean {
  const t = nameTokens(name);
  const v = nameTokens(value);
  return v.length > 0 && v.length < t.length && t.some((w) => ENUM_WORDS.has(w)) && t.slice(-v.length).join('_') === v.join('_');
}

/**
 * Leading words that mark a constant as a field's name (Home Assistant's `CONF_PASSWORD = "password"` and `ATTR_PASSWORD`,
 * `KEY_PASSWORD`, `FIELD_PASSWORD`, `PARAM_TOKEN`…): the marker a suffix is elsewhere (`PASSWORD_KEY`, see FIELD_WORDS).
 */
const FIELD_PREFIXES = new Set(['conf', 'attr', 'attribute', 'key', 'field', 'param', 'arg', 'prop', 'property', 'col', 'column', 'opt', 'option']);

/**
 * Whether a code constant's value is its own name (`PASSWORD = "password"`, `API_KEY = "apiKey"`) or its name after a marker
 * word (`CONF_PASSWORD = "password"`, `ATTR_API_KEY = "api_key"`): compared by words, ignoring case, `_`, `-` and camelCase.
 */
function namesItself(name: string, value: string): boolean {
  const t = nameTokens(name);
  const v = nameTokens(value).join('_');
  if (!v) return false;
  return v === t.join('_') || (t.length > 1 && FIELD_PREFIXES.has(t[0]!) && v === t.slice(1).join('_'));
}

/**
 * Whether an object entry's value is a longer field name ending in the entry's own name (`password: 'user_password'`,
 * `token: 'access_token'`): a map of field or column names (`{ email: 'user_email', password: 'user_password' }`), as
 * `password: 'password'` is one (see namesItself).
 */
function namesPrefixedField(name: string, value: string): boolean {
  const t = nameTokens(name);
  const v = nameTokens(value);
  return t.length > 0 && v.length > t.length && v.slice(-t.length).join('_') === t.join('_');
}

function namesField(name: string, value: string): boolean {
  const t = keyWords(name);
  const last = t.at(-1) ?? '';
  if (!FIELD_WORDS.has(last) || (last === 'key' && !FIELD_KEY_WORDS.has(t.at(-2) ?? ''))) return false;
  if (!/^[A-Za-z_][\w.-]{0,63}$/.test(value)) return false;
  const own = new Set(t.slice(0, -1).map(canonicalWord));
  return nameTokens(value).some((w) => own.has(canonicalWord(w)));
}

/** Names of a basic-auth credential list (`FLOWER_BASIC_AUTH`, Flower's `basic_auth`): `user:password[,user:password…]`. */
const BASIC_AUTH_NAME = /(?:^|[_.-])BASIC[_-]?AUTH$/i;
/**
 * The first weak password of a basic-auth list (`admin:admin`, `admin:changeme,ops:…`): a default or placeholder, or one equal
 * to its user name. The reason never shows the user name (it would show the password).
 */
function basicAuthDefault(list: string): { reason: string; secret: string } | null {
  for (const pair of list.split(',')) {
    const m = /^([^:\s$]+):([^\s$]+)$/.exec(pair.trim());
    if (!m) continue;
    if (m[2] === m[1]) return { reason: 'holds a basic-auth password equal to its user name', secret: m[2]! };
    if (isDefaultCredential(m[2]!)) return { reason: `holds a basic-auth password set to ${describeDefault(m[2]!)}`, secret: m[2]! };
  }
  return null;
}
/**
 * Flower's basic auth given on a command line (`celery flower --basic_auth=admin:admin`, `--basic-auth admin:admin`, the next
 * item of a JSON array or YAML list), outside commented-out lines: where its value starts, and the value.
 */
const FLOWER_AUTH_ARG_RE = /(?<![\w-])--basic[_-]auth(?:[ \t]+|=|["'][ \t]*,[ \t]*|["']?[ \t]*\r?\n[ \t]*-[ \t]+)(["']?)([^\s"',\]]{1,300}(?:,[^\s"',\]]{1,300})*)\1/g;
function flowerBasicAuth(text: string): { line: number; column: number; value: string }[] {
  return /--basic[_-]auth/.test(text) ? optionValues(text, FLOWER_AUTH_ARG_RE) : [];
}

/**
 * A configuration value that means "no value" (`MAIL_PASSWORD=null`, Laravel's stock `.env`, whose `env()` reads `null` and
 * `(null)` as PHP null; `nil`, `None`, YAML's `~`; quoted alike): the setting is unset, as an empty value is, not set to a
 * default credential. A code fallback's string literal (`os.getenv('X', 'None')`) deploys as the text it spells: not this.
 */
const UNSET_VALUE = /^(?:null|\(null\)|nil|none|~)$/i;
const isUnsetValue = (value: string): boolean => UNSET_VALUE.test(value.trim().replace(/^(["'])(.*)\1$/, '$2').trim());

/** How a password value that names a setting is described (namesPasswordSetting), never showing it. */
const NAMES_SETTING = 'a placeholder that names a setting, not a generated password';
/** How a value given where only a password goes is described: a default, or a placeholder naming a setting (`redis_password`). */
const describePasswordValue = (value: string): string => (!isDefaultCredential(value) && namesPasswordSettingValue(value) ? NAMES_SETTING : describeDefault(value));

/**
 * Why a name/value pair uses a default credential, or null. Never includes the value. `fallbackOf`:
 * the value is the literal an environment read falls back to (`os.getenv('X', 'dev')`), named by its
 * variable ('' for "the variable"): it deploys whatever it spells, so it is never a field name.
 */
export function defaultReason(name: string, value: string, fallbackOf?: string): { reason: string; secret: string } | null {
  const v = value.trim();
  if (!v || (fallbackOf === undefined && isUnsetValue(v))) return null;
  // A trust store's `changeit` (the JDK's public `cacerts` default) guards only public certificates, as on a command line.
  // Also as the default of `${TRUSTSTORE_PASSWORD:changeit}`.
  if (isTrustStoreDefault(name, v)) return null;
  if (v.includes('${') && isTrustStoreName(name)) {
    const fallbacks = literalFallbacks(v, ['substitution']);
    if (fallbacks.length && fallbacks.every((f) => isTrustStoreDefault(name, f.value))) return null;
  }
  if (isSecretName(name) && !isAboutSecretName(name) && (fallbackOf !== undefined || !namesField(name, v))) {
    // `${SECRET_KEY:-${FALLBACK_KEY:-changeme}}`: the inner default deploys only when every enclosing variable is unset too.
    // A password setting's value that names a setting (PostHog's `MINIO_ROOT_PASSWORD: object_storage_root_password`): a placeholder.
    // A fill-in in spaced words (`set your password here`, Pi-hole's `set a secure password here or it will be random`) too.
    const isDefault = (lit: string) => isDefaultCredential(lit) || isSpacedFillIn(lit);
    const named = (lit: string) => !isDefault(lit) && namesPasswordSetting(name, lit);
    const describe = (lit: string) => (named(lit) ? NAMES_SETTING : isSpacedFillIn(lit) ? 'a placeholder value' : describeDefault(lit));
    const falls = (lit: string, variable: string, enclosing: readonly string[] = []) => {
      const names = [...enclosing, variable || 'the variable'];
      return { reason: `falls back to ${describe(lit)} when ${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} unset`, secret: lit };
    };
    // A possessive phrase (`your secret key`, Render's Django guide) is a placeholder there: no label is an environment read's default.
    if (fallbackOf !== undefined) return isDefault(v) || isPossessivePlaceholder(v) || named(v) ? falls(v, fallbackOf) : null;
    // `${DB_PASSWORD:-changeme}`, Spring's `${DB_PASSWORD:changeme}`: the default deploys whenever the variable is unset.
    // Compose's escaped `$${DB_PASSWORD:-changeme}` is the literal text `${DB_PASSWORD:-changeme}` (no shell expands an
    // environment value; a Dockerfile or dotenv reader would give `$changeme`): no default deploys.
    if (v.includes('${')) {
      for (const f of literalFallbacks(v, ['substitution'])) if (v[f.exprColumn - 2] !== '$' && (isDefault(f.value) || named(f.value)) && !isUnsetValue(f.value)) return falls(f.value, f.name, enclosingDefaults(v, f.exprColumn - 1) ?? []);
    } else if (isDefault(v) || named(v)) return { reason: `is set to ${describe(v)}`, secret: v };
  }
  // `Server=sql;User Id=sa;Password=YourStrong@Passw0rd` (any key: `ConnectionStrings__Default`), also as (or inside) the
  // default of `${DB_CONN:-Server=sql;User Id=sa;Password=Pass@word}`: what deploys whenever the variable is unset.
  const deployed = v.includes('${') ? withDefaults(v) : null;
  const cs = deployed?.value ?? v;
  // libpq's `host=db user=postgres password=postgres`, a MySQL DSN `root:root@tcp(db:3306)/app` too; a password equal to the
  // user name the string gives (libpq's `user=`, the DSN's user) is a default as well.
  // An Oracle connect string too (`ORACLE_URL=system/manager@db:1521/XE`, `jdbc:oracle:thin:scott/tiger@db:1521:ORCL`).
  const conn = cs.includes('=') || cs.includes(')/') || (cs.includes('/') && cs.includes('@')) ? connectionStringPassword(cs) : null;
  const fromUser = conn !== null && conn.user !== undefined ? passwordFromUserName(conn.password, conn.user) : null;
  const vendorPair = conn !== null && conn.user !== undefined && isVendorDefaultPair(conn.user, conn.password);
  if (conn && !conn.password.includes('$') && (isDefaultCredential(conn.password) || fromUser || vendorPair)) {
    const from = (deployed?.spans ?? []).filter((s) => s.start <= conn.index && conn.index + conn.password.length <= s.end).map((s) => s.name).reverse();
    const unset = from.length ? ` when ${from.join(' and ')} ${from.length > 1 ? 'are' : 'is'} unset` : '';
    return { reason: `holds a connection string whose password is ${fromUser === 'equal' ? 'equal to its user name' : fromUser ? 'its user name followed by a password word or a counting run' : describeDefault(conn.password)}${unset}`, secret: conn.password };
  }
  // `FLOWER_BASIC_AUTH=admin:admin`: Flower's login list.
  if (BASIC_AUTH_NAME.test(name) && v.includes(':') && !v.includes('://')) {
    const basic = basicAuthDefault(v);
    if (basic) return basic;
  }
  const url = v.includes('://') ? weakUrlPassword(v) : null;
  if (url) {
    const unset = url.unset ? ` when ${url.unset} is unset` : '';
    return { reason: `embeds ${url.equal ? 'a password equal to its user name' : url.suffix ? SUFFIX_PASSWORD : describeDefault(url.password)} in ${url.param ? `the '${url.param}' parameter of ` : ''}its ${url.scheme}:// URL${unset}`, secret: url.password };
  }
  return null;
}

/** Why a finding on a commented-out env file line (`#MYSQL_PASSWORD=superset`) is a note: it deploys nothing as it stands. */
const COMMENTED_OUT = 'commented out: it deploys nothing until uncommented';

/**
 * The default credentials in an env file's commented-out lines (`#MYSQL_USER=superset` / `#MYSQL_PASSWORD=superset`), judged as
 * a set beside its active entries, as they would be uncommented: notes (COMMENTED_OUT), since they deploy nothing (a real
 * password there is hardcoded-secret's: a leak all the same).
 */
function commentedDefaults(snapshot: SnapshotView, ef: EnvFile): { e: EnvEntry; hit: { reason: string; secret: string } }[] {
  const { env, from } = commentedEnvironment(snapshot, ef);
  const near = environmentReasons(env);
  return env.slice(from).flatMap((e, k) => {
    const hit = withBeside(defaultReason(e.key, e.value), near.get(from + k));
    return hit ? [{ e, hit }] : [];
  });
}

/** A substitution with a default (`${VAR:-default}`, `${VAR-default}`, the shell's `:=`/`=`) holding no other one: the innermost. */
const DEFAULT_SUBSTITUTION_RE = /(?<!\$)\$\{([A-Za-z_]\w*):?[-=]([^${}]*)\}/;
/**
 * `value` as it deploys whenever its variables are unset: every `${VAR:-default}` / `${VAR-default}` replaced by its
 * default, innermost first (`${A:-Server=sql;Password=${B:-changeme}}`); other references (`${VAR}`, `${VAR:?message}`,
 * `${VAR:+alternative}`, compose's escaped `$${VAR:-x}`) stay as written. `spans`: where each default ends up, and its variable.
 */
function withDefaults(value: string): { value: string; spans: { name: string; start: number; end: number }[] } {
  let s = value;
  const spans: { name: string; start: number; end: number }[] = [];
  for (let n = 0; n < 32; n++) {
    const m = DEFAULT_SUBSTITUTION_RE.exec(s);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    const text = m[2]!;
    const head = m[0].length - text.length - 1;
    for (const sp of spans) {
      const shift = sp.start >= end ? text.length - m[0].length : sp.start >= start ? -head : 0;
      sp.start += shift;
      sp.end += shift;
    }
    spans.push({ name: m[1]!, start, end: start + text.length });
    s = s.slice(0, start) + text + s.slice(end);
  }
  return { value: s, spans };
}

/** What a URL's password made from its user name is (`mmuser_password` for `mmuser`, `app123` for `app`; see passwordFromUserName). */
const SUFFIX_PASSWORD = 'a password of its user name followed by a password word or a counting run';

/** The parameters that carry a URL's password (PgJDBC, MySQL Connector/J, the SQL Server and DB2 drivers, MongoDB's and libpq's URIs) and its user. */
const PASSWORD_PARAM = /^(?:password|passwd|pwd|pass)$/i;
const USER_PARAM = /^(?:user|username|user_name|uid)$/i;

/**
 * The first URL in `value` whose inline password is a default or placeholder or is made from its user name (equal, or the name
 * followed by a password word or a counting run: `postgres://mmuser:mmuser_password@db/app`; passwordFromUserName)
 * (`postgres://postgres:postgres@db/app`, `redis://:changeme@cache`): its scheme (lower-cased), the password, whether it
 * equals the user name or is that name with a suffix (`suffix`), and the variable it is the default of (`postgres://app:${DB_PASSWORD:-postgres}@db/app`: what
 * the URL holds whenever the variable is unset). A variable or format placeholder (`$`, `{…}`, `%s`) is no password.
 * The same predicate hardcoded-secret's URL rule leaves to this check (`looksLikeUrlPassword`), so no URL is both checks'.
 */
export function weakUrlPassword(value: string): { scheme: string; password: string; equal: boolean; suffix: boolean; unset: string | null; param?: string } | null {
  const fallback = new Map<string, string>();
  const url = value.includes('${') ? value.replace(/\$\{([A-Za-z_]\w*)(?::?[-=])([^}$'"\s]*)\}/g, (_m, name: string, lit: string) => { fallback.set(lit, name); return lit; }) : value;
  /** A variable or format placeholder (`$`, `{…}`, `%s`) is no password. */
  const decoded = (raw: string): string | null => {
    let password = raw;
    try { password = decodeURIComponent(raw); } catch { /* keep raw */ }
    return password.includes('$') || password.includes('{') || /%(?:\(\w+\))?[sdr]/.test(raw) ? null : password;
  };
  URL_CREDENTIALS_RE.lastIndex = 0;
  for (const m of url.matchAll(URL_CREDENTIALS_RE)) {
    const user = m[2]!;
    const password = decoded(m[3]!);
    if (password === null) continue;
    const fromUser = passwordFromUserName(password, decoded(user) ?? user);
    if (isDefaultCredential(password) || fromUser || isVendorDefaultPair(decoded(user) ?? user, password)) return { scheme: m[1]!.toLowerCase(), password, equal: fromUser === 'equal', suffix: fromUser === 'suffix', unset: fallback.get(m[3]!) ?? null };
  }
  // The password given as a parameter (`jdbc:mysql://db/app?user=root&password=root`, `jdbc:postgresql://db/app?user=app&password=app`,
  // JDBC's `;user=sa;password=sa`): the URL's password all the same, judged alike (a default, or the user name the URL gives).
  if (!/[?&;](?:password|passwd|pwd|pass)=/i.test(url)) return null;
  for (const u of urlParams(url)) {
    const userRaw = u.params.find((p) => USER_PARAM.test(p.name))?.raw;
    const user = userRaw === undefined ? undefined : decoded(userRaw);
    for (const p of u.params) {
      if (!PASSWORD_PARAM.test(p.name)) continue;
      const password = decoded(p.raw);
      if (password === null) continue;
      const fromUser = user !== undefined && user !== null ? passwordFromUserName(password, user) : null;
      if (isDefaultCredential(password) || fromUser || (user !== undefined && user !== null && isVendorDefaultPair(user, password))) return { scheme: u.scheme.toLowerCase(), password, equal: fromUser === 'equal', suffix: fromUser === 'suffix', unset: fallback.get(p.raw) ?? null, param: p.name };
    }
  }
  return null;
}

/**
 * Whether an entry at `at` whose value is a `<…>` placeholder sits inside a string of the line: prose describing a
 * format (firebase-tools' `` throw invalid(`${name} must be a string … or {"secret": "<secret name>"}.`) ``), not a
 * setting. A placeholder entry of a committed configuration is not inside another string and is still reported.
 */
function describedFormat(line: string, at: number, value: string): boolean {
  if (!/^<[^>]*>$/.test(value)) return false;
  let quote = 0;
  for (let i = 0; i < at; i++) {
    const c = line.charCodeAt(i);
    if (c === 92 /* \\ */) i++;
    else if (quote) { if (c === quote) quote = 0; } else if (c === 34 || c === 39 || c === 96) quote = c;
  }
  return quote !== 0;
}

// Django/Flask/pydantic settings: constants at module level or in a class body (`SECRET_KEY = 'dev'`,
// `class Config:\n    SECRET_KEY = 'dev'`, annotated `PASSWORD: str = 'changethis'`), and keyword arguments
// (`app.config.from_mapping(\n    SECRET_KEY='dev',`). Indented `X = '…'` in a function body is a local variable.
/** A method named like a setting in a class body (`@property def SECRET_KEY(self):`): the class sets that setting. */
const PY_PROPERTY_RE = /^([ \t]+)def\s+([A-Z][A-Z0-9_]*)\s*\(/;
/**
 * The settings class whose body holds offset `at` (`class Config:`, `class ProductionConfig(Config):`), with why it is
 * development-only (`class DevelopmentConfig`, a class under `if DEBUG:`); null outside a class body and for an Enum's
 * members (`class AuthType(str, Enum): API_KEY = "apikey"`, Django `TextChoices`), which are labels, not settings.
 */
function settingsClassAt(src: Source, at: number): { name: string; dev: string | null } | null {
  const headers = enclosingHeaders(src, at);
  const cm = /^class\s+([A-Za-z_]\w*)/.exec(headers[0] ?? '');
  if (!cm || ENUM_BASES.test(headers[0]!)) return null;
  return { name: cm[1]!, dev: headers.some((h) => isDevHeaderIn(src, h)) ? 'development-only class' : null };
}
const PY_ASSIGN_RE = /^([ \t]*)([A-Z][A-Z0-9_]*)\s*(?::\s*[\w.[\], |]+?\s*)?=(?!=)[ \t]*(.*)$/;
// A literal, with a Python string prefix or not (`b"dev"`, `r'…'`, the Flask docs' `app.secret_key = b'…'`).
const PY_LITERAL_RE = /^(?:[rRbBuU]{1,2})?(['"])(.*?)\1\s*(?:#.*)?$/;
const PY_KWARG_RE = /^\s+([A-Z][A-Z0-9_]*)=(['"])(.*?)\2\s*,\s*(?:#.*)?$/;
const PY_ATTR_RE = /\.(secret_key)\s*=\s*(?:[rRbBuU]{1,2})?(['"])(.*?)\2|\.config\[\s*(['"])(\w+)\4\s*\]\s*=\s*(?:[rRbBuU]{1,2})?(['"])(.*?)\6/;
// Every Python/JS pattern below needs one of these literals on its line (cheap indexOf prefilter):
// a secret-like upper-case name, the attribute/config forms, an environment read (any name case:
// `os.environ.get("db_password", …)`; `env(` also covers `getenv(`), or a URL, whose password
// counts whatever its key.
const PY_NEEDLES = ['SECRET', 'PASS', 'TOKEN', 'KEY', 'PWD', 'CRED', 'AUTH', '.secret_key', '.config[', 'environ', 'env(', '://'];
// The secret words of isSecretName in each case JS names take (`API_KEY`, `apiKey`, `authToken`, `DB_PASS`), as PY_NEEDLES:
// a `*_TOKEN`/`*_KEY` constant or entry set to `changeme` is read as `*_SECRET` is (publishable keys stay isSecretName's). A
// lower-case key is secret only as part of a name (`api_key`, `'api-key'`: a bare `key`, React's `key=`, is none), so it is
// looked for with its joint: `key` alone is on most lines of JavaScript.
const JS_NEEDLES = ['process.env', 'secret', 'Secret', 'SECRET', 'pass', 'Pass', 'PASS', 'pwd', 'Pwd', 'PWD', 'token', 'Token', 'TOKEN', '_key', '-key', 'Key', 'KEY', 'cred', 'Cred', 'CRED'];
/** A Python dict entry with a quoted key and a literal value (`'PASSWORD': 'changeme'` in Django's `DATABASES`). */
const PY_DICT_RE = /(['"])([A-Za-z_][\w-]*)\1\s*:\s*(?:[rRbBuU]{1,2})?(['"])((?:(?!\3)[^\\\n])*)\3/g;

// Typed settings classes (pydantic-settings `class Settings(BaseSettings)`, a pydantic `BaseModel` or `@dataclass`/attrs
// class named for configuration): their fields are read from the environment by name in any case (pydantic-settings
// matches `secret_key` to `SECRET_KEY`), so a lower-case field's default deploys as an upper-case constant's does.
/** A field of any case in a class body: `    secret_key: str = "changeme"`, `    apiKey = "…"` (indented; groups as PY_ASSIGN_RE's). */
const PY_FIELD_RE = /^([ \t]+)([A-Za-z_]\w*)\s*(?::\s*[\w.[\], |]+?\s*)?=(?!=)[ \t]*(.*)$/;
/** A field declared without a default (`    secret_key: str`): a typed settings class requires it from the environment. */
const PY_DECL_RE = /^([ \t]+)([A-Za-z_]\w*)[ \t]*:[ \t]*[\w.[\], |]+?[ \t]*(?:#.*)?$/;
/** Lower- and camel-case spellings of PY_NEEDLES' secret words, looked for only in files that may define a typed settings class. */
const PY_FIELD_NEEDLES = [...PY_NEEDLES, 'secret', 'pass', 'token', 'key', 'pwd', 'cred', 'auth', 'Secret', 'Pass', 'Token', 'Key', 'Pwd', 'Cred', 'Auth'];
/**
 * Text that may define a typed settings class (a cheap test before PY_FIELD_NEEDLES widen the candidate lines): a
 * `BaseSettings`, or a class named for configuration or deriving from a `…Settings` class. Not any `@dataclass` or
 * `BaseModel`: most Python files define one, and the wider needles (`key`, `pass`) would then read most of their lines.
 */
const PY_TYPED_SETTINGS_HINT = /\bBaseSettings\b|^[ \t]*class[ \t]+(?:\w*(?:Settings?|Config|Configuration|Conf|Cfg)\b|\w+[ \t]*\([^)\n]*Settings\b)/m;
/** Class names that say configuration: `Settings`, `AppSettings`, `DatabaseConfig`, `SMTPConfiguration`. */
const CONFIG_CLASS_NAME = /(?:Settings?|Config|Configuration|Conf|Cfg)$/;
/** Decorators that make a class's annotated attributes fields: `@dataclass`, `@dataclasses.dataclass(frozen=True)`, attrs' `@define`, `@attr.s`. */
const FIELD_CLASS_DECORATOR = /^@(?:(?:pydantic\.)?dataclasses\.dataclass|dataclass|attrs?\.(?:s|define|frozen|mutable|attrs)|define|frozen)\b/;

interface PyClassDef { name: string; start: number; bases: string[]; decorated: boolean }
const pyClassDefs = new WeakMap<Source, PyClassDef[]>();

/** The classes a Python source defines: name, where, the last names of their bases, whether a field-making decorator marks them. */
function classDefs(src: Source): PyClassDef[] {
  let defs = pyClassDefs.get(src);
  if (defs) return defs;
  defs = [];
  for (const m of src.bare.matchAll(/^([ \t]*)class[ \t]+([A-Za-z_]\w*)[ \t]*(\(?)/gm)) {
    const bases: string[] = [];
    if (m[3]) {
      const open = m.index + m[0].length - 1;
      let depth = 0;
      let close = open;
      for (; close < src.bare.length && close - open < 2000; close++) {
        const c = src.bare[close];
        if (c === '(' || c === '[' || c === '{') depth++;
        else if ((c === ')' || c === ']' || c === '}') && --depth === 0) break;
      }
      // `Generic[T]` and keyword arguments (`metaclass=…`, pydantic's `case_sensitive=True`) are no bases.
      for (const part of src.bare.slice(open + 1, close).replace(/\[[^\]]*\]/g, '').split(',')) {
        const b = /^\s*(?:[A-Za-z_]\w*\s*\.\s*)*([A-Za-z_]\w*)\s*$/.exec(part);
        if (b) bases.push(b[1]!);
      }
    }
    // Decorators above it, with their arguments spread over lines (`@dataclass(\n    frozen=True,\n)`).
    let decorated = false;
    let lineStart = m.index;
    for (let n = 0; n < 20 && lineStart > 0; n++) {
      const prevStart = src.bare.lastIndexOf('\n', lineStart - 2) + 1;
      const prev = src.bare.slice(prevStart, lineStart - 1);
      const t = prev.trim();
      const indent = prev.length - prev.trimStart().length;
      if (t.startsWith('@')) decorated ||= FIELD_CLASS_DECORATOR.test(t);
      else if (!t || (depthAt(src, prevStart + indent) === 0 && !t.startsWith(')'))) break;
      lineStart = prevStart;
    }
    defs.push({ name: m[2]!, start: m.index + m[1]!.length, bases, decorated });
  }
  pyClassDefs.set(src, defs);
  return defs;
}

/**
 * Whether the class `name` (the one defined last before `at`) is a typed settings class, whose fields of any case are read
 * from the environment by name: a pydantic-settings `BaseSettings` subclass (also through classes of the file, or a base
 * named `…Settings` defined elsewhere), or a class named for configuration (`AppConfig`, `DatabaseSettings`) that is a
 * pydantic `BaseModel` or a `@dataclass`/attrs class. Not a plain class (Flask's `class Config:` reads upper-case names
 * only), an API schema (`class UserCreate(BaseModel)`) or pydantic v1's inner `class Config:` of model options.
 */
function isTypedSettingsClass(src: Source, name: string, at: number, seen = new Set<string>()): boolean {
  const defs = classDefs(src);
  const def = defs.filter((d) => d.name === name && d.start <= at).at(-1) ?? defs.filter((d) => d.name === name).at(-1);
  if (!def || seen.has(name)) return false;
  seen.add(name);
  for (const b of def.bases) {
    if (b === 'BaseSettings') return true;
    if (defs.some((d) => d.name === b) ? isTypedSettingsClass(src, b, def.start, seen) : /Settings$/.test(b)) return true;
  }
  return CONFIG_CLASS_NAME.test(name) && (def.decorated || def.bases.includes('BaseModel'));
}

/** `env`, found by its `v` (`includes('env')` stops at every `e`). */
const ENV_WORD = { word: 'env', anchor: 'v' };
/**
 * Strapi's configuration files (`config/database.js`, `config/admin.ts`) get the `env` helper as their function's parameter
 * (`module.exports = ({ env }) => ({…})`, `export default ({ env }: …) => …`) or import it from `@strapi/utils`.
 */
const STRAPI_ENV_PARAM = /\(\s*\{\s*(?:[\w$]+\s*,\s*)*env\s*[,}:]|\{\s*(?:[\w$]+\s*,\s*)*env\s*[,}][^;\n]*(?:require\(\s*|from\s+)['"]@strapi\/utils['"]/;
/** A read through Strapi's helper with a literal default: `env('JWT_SECRET', 'secret')`, `env.int(…)`; groups: name, quote, default. */
const STRAPI_ENV_READ = /(?<![\w$.])env(?:\.(?:int|float|bool|json|array|date|oneOf))?\(\s*(['"`])([A-Za-z_]\w*)\1\s*,\s*(['"`])((?:(?!\3)[^\\\n$])*)\3\s*\)/g;
/** `env.array('APP_KEYS', ['toBeModified1', 'toBeModified2'])`: an array of literal defaults; groups: name, quote, the items. */
const STRAPI_ENV_ARRAY_READ = /(?<![\w$.])env\.array\(\s*(['"`])([A-Za-z_]\w*)\1\s*,\s*\[((?:\s*(['"`])(?:(?!\4)[^\\\n$])*\4\s*,?){1,16})\s*\]\s*\)/g;

/**
 * The literal defaults of Strapi's `env()` helper in a file that receives it (see STRAPI_ENV_PARAM): `env('JWT_SECRET', 'secret')`,
 * `salt: env('API_TOKEN_SALT', 'changeme')`, and a password defaulting to the user name another read of the file defaults to
 * (`user: env('DATABASE_USERNAME', 'strapi')` with `password: env('DATABASE_PASSWORD', 'strapi')`, the generated `config/database.js`).
 */
function strapiEnvFallbacks(text: string): CodeHit[] {
  if (!containsWord(text, ENV_WORD) || !STRAPI_ENV_PARAM.test(text)) return [];
  const reads: { name: string; value: string; line: number; column: number }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.length > 1000 || COMMENT_LINE.test(line) || !line.includes('env')) return;
    for (const m of line.matchAll(STRAPI_ENV_READ)) reads.push({ name: m[2]!, value: m[4]!, line: i + 1, column: m.index + 1 });
    // Its items as one comma list (as `APP_KEYS=a,b` is written in `.env`): a default when every item is one.
    for (const m of line.matchAll(STRAPI_ENV_ARRAY_READ)) {
      const items = [...m[3]!.matchAll(/(['"`])((?:(?!\1)[^\\\n$])*)\1/g)].map((q) => q[2]!);
      reads.push({ name: m[2]!, value: items.join(','), line: i + 1, column: m.index + 1 });
    }
  });
  // As `${NAME:-default}`, so that a password equal to a user name reads as the fallback it is.
  const beside = environmentReasons(reads.map((r) => ({ key: r.name, value: `\${${r.name}:-${r.value}}` })));
  const hits: CodeHit[] = [];
  reads.forEach((r, i) => {
    const hit = withBeside(defaultReason(r.name, r.value, r.name), beside.get(i));
    if (hit && !hits.some((h) => h.line === r.line)) hits.push({ line: r.line, column: r.column, name: r.name, reason: hit.reason, secret: hit.secret, dev: null, setting: null });
  });
  return hits;
}

/** A JS/TS constant set to a literal (`const JWT_SECRET = 'secret'`, `export const adminPassword: string = "admin"`). */
const JS_CONST_RE = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>[\]| ]+)?=\s*(['"`])((?:(?!\2)[^\\\n$])*)\2\s*;?\s*$/;
/** A JS/TS object entry set to a literal (`session({ secret: 'keyboard cat' })`, `{ password: 'postgres' }`). */
const JS_ENTRY_RE = /(?<![\w$.])(?:(['"])([A-Za-z_$][\w$-]*)\1|([A-Za-z_$][\w$]*))\s*:\s*(['"`])((?:(?!\4)[^\\\n$])*)\4/g;
/**
 * A login entry (`user: 'app'`, `host: 'db'`, `database: 'my_db'`) whose value is not its own name: an object holding one beside
 * `password: 'password'` configures a connection (pg's `new Pool({…})`, a knexfile: `knex init`'s stock `connection: { database:
 * 'my_db', user: 'username', password: 'password' }`), not a map of field names.
 */
const JS_LOGIN_ENTRY_RE = /(?<![\w$.])(['"]?)(user|username|userName|user_name|host|hostname|database)\1\s*:\s*(['"`])([^'"`\s]+)\3/g;
/** Words of a login field's name (`username`, `login`, `email`, `uid`, `user_id`): a login entry holding one names a field. */
const LOGIN_FIELD_WORDS = new Set(['user', 'username', 'name', 'login', 'email', 'mail', 'address', 'id', 'uid', 'account']);
/**
 * Whether the object literal around a JS object entry at `at` (within three lines either side of its line) sets a login, see
 * JS_LOGIN_ENTRY_RE: entries of that object only, not of a nested or neighbouring one (`{ user: "uid", password: "userPassword" }`
 * on the line above). Outside a call's arguments (`export const fields = { user: "username", password: "password" }`), a login
 * whose value is a login field's name (`username`, `login`, `email`) names a field too: the object is a map of field names.
 */
function besideLogin(text: string, start: number, length: number, at: number): boolean {
  let from = start;
  let to = start + length;
  for (let i = 0; i < 3 && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  for (let i = 0; i < 3 && to < text.length; i++) { const n = text.indexOf('\n', to + 1); to = n < 0 ? text.length : n; }
  let open = -1;
  for (let i = at - 1, depth = 0; i >= from; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') { if (depth === 0) { open = i; break; } depth--; }
  }
  let close = to;
  if (open >= 0) {
    for (let i = at, depth = 0; i < to; i++) {
      const c = text[i];
      if (c === '{') depth++;
      else if (c === '}') { if (depth === 0) { close = i; break; } depth--; }
    }
  }
  let body = open >= 0 ? text.slice(open + 1, close) : text.slice(from, to);
  // The object's own entries: nested literals (`auth: { user, pass }`) dropped.
  if (open >= 0) for (let prev = ''; prev !== body;) { prev = body; body = body.replace(/\{[^{}]*\}/g, ''); }
  const inCall = open >= 0 && /[(,]\s*$/.test(text.slice(Math.max(from, open - 100), open));
  for (const m of body.matchAll(JS_LOGIN_ENTRY_RE)) {
    const value = nameTokens(m[4]!);
    if (value.join('_') === nameTokens(m[2]!).join('_')) continue;
    if (open >= 0 && !inCall && value.length > 0 && value.every((w) => LOGIN_FIELD_WORDS.has(w))) continue;
    return true;
  }
  return false;
}
/** Laravel's `env('DB_PASSWORD', 'secret')` (config files read it at boot) and `getenv(…)`. */
const PHP_NEEDLES = ['env('];
/** `${DB_PASSWORD:-postgres}`, `: "${SECRET_KEY:=changeme}"` in a container's entrypoint script. */
const SHELL_NEEDLES = ['${'];
/** Ruby's `ENV.fetch("SECRET_KEY_BASE", "changeme")` (also `{ "changeme" }` and `ENV["X"] || "changeme"`) and Elixir's `System.get_env("ADMIN_PASSWORD", "admin")` / `|| "…"`. */
const RUBY_NEEDLES = ['ENV.fetch(', 'ENV['];
const ELIXIR_NEEDLES = ['System.get_env('];
/**
 * Development configuration by name: Rails and Phoenix (`config/environments/development.rb`, `config/dev.exs`) and the
 * per-environment files of Node's `config` package and Sails (`config/development.js`, `config/local.ts`,
 * `config/env/development.js`): defaults there are notes.
 */
const DEV_CONFIG = /(?:^|\/)config\/(?:(?:environments\/)?(?:dev|development|local)\.(?:rb|exs)|(?:env\/)?(?:dev|development|local|local-development)\.[cm]?[jt]s)$/;

/**
 * An Elixir config file's development and test blocks (`if config_env() == :dev do … end` in `config/runtime.exs` or
 * `config.exs`): what they set is development configuration, as `config/dev.exs` is, so their defaults are notes.
 */
function elixirDevBlocks(file: string, text: string, scan: CodeScan | undefined): CodeScan | undefined {
  const elixir = elixirConfigFile(file);
  if (!scan?.hits.length || !elixir || !deploysIn(elixir.envs) || !text.includes('env')) return scan;
  let src: Source | undefined;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  for (const h of scan.hits) {
    if (h.dev) continue;
    const scope = elixirEnvAt((src ??= otherSource(file, text)), (lineStarts[h.line - 1] ?? 0) + h.column - 1, elixir.envs);
    if (!deploysIn(scope.envs)) h.dev = `development-only block: ${scope.conditions.at(-1) ?? 'config_env()'}`;
  }
  return scan;
}

/** Knex's configuration file (`knexfile.js`, `knexfile.ts`…): an object of environments (`development: {…}`, `production: {…}`). */
const KNEXFILE = /(?:^|\/)knexfile\.[cm]?[jt]s$/i;
/**
 * The development environment of a knexfile whose object literal holds offset `at` (`development: { connection: {…} }`,
 * also `local`, `test`…: the same words as development-only file names), or null.
 */
function knexDevEnvironment(src: Source, at: number): string | null {
  for (const h of enclosingHeaders(src, at)) {
    const m = /(?:^|[\s,(])(['"]?)([A-Za-z_$][\w$-]*)\1\s*:$/.exec(h);
    if (m && DEV_WORD.test(m[2]!)) return `knexfile environment '${m[2]}'`;
  }
  return null;
}

/**
 * Other files whose environment fallbacks deploy: PHP (Laravel `config/*.php`), Ruby and Elixir
 * (Rails initializers and environments, Phoenix `config/runtime.exs`) and the entrypoint scripts of
 * containers (`docker-entrypoint.sh`, `entrypoint.sh`, `bin/entrypoint`). Other shell scripts are too
 * often local tooling (`scripts/dev-db.sh`) to judge their defaults.
 */
type FallbackKind = 'php' | 'ruby' | 'elixir' | 'shell' | 'terraform';
function fallbackKind(file: string): FallbackKind | null {
  if (isVendoredOrGenerated(file) || isTestFile(file)) return null;
  if (file.endsWith('.php') && !file.endsWith('.blade.php')) return 'php';
  if (/\.(?:rb|rake)$/.test(file)) return 'ruby';
  if (/\.exs?$/.test(file)) return 'elixir';
  // Terraform, and Terragrunt's configurations (`terragrunt.hcl`, the `root.hcl` and `_envcommon/*.hcl` they include), whose `inputs` are a module's arguments.
  if (isTerraformArgumentFile(file)) return 'terraform';
  return /(?:^|[/_.-])entrypoint(?:[._-][\w-]+)*(?:\.(?:sh|bash))?$/i.test(file) && !/\.(?:py|[cm]?[jt]s|rb|go|php|ps1)$/i.test(file) ? 'shell' : null;
}
/**
 * The scripts entry points start (a Dockerfile ENTRYPOINT/CMD, compose command, Procfile, systemd ExecStart), whatever their
 * names (`ENTRYPOINT ["/app/start.sh"]`): the ones the entry-point analysis reads (PATH lookups, `cd DIR &&`, `exec`, shebangs
 * resolved). Each maps to null when production starts it somewhere, else to the remark of the development entry points that do.
 */
const startedScripts = perView(function startedScripts(snapshot: SnapshotView): Map<string, string | null> {
  const startedBy = new Map<string, string | null>();
  for (const entry of entryPoints(snapshot)) {
    for (const file of analyseEntry(snapshot, entry).scripts) {
      if (skipFile(file)) continue;
      // Started by production somewhere: judged as production; only by development entry points: notes.
      const dev = entry.devOnly ? devRemark(entry) : null;
      if (!startedBy.has(file) || dev === null) startedBy.set(file, dev);
    }
  }
  return startedBy;
});

/**
 * Whether production runs a script: an entrypoint script by its name (`docker-entrypoint.sh`, `entrypoint.prod.sh`) or one a
 * production entry point starts, not named for development (`entrypoint.dev.sh`, `scripts/dev-start.sh`). Its command lines
 * are judged whatever host they name (`mysqldump -pchangeme`, `PGPASSWORD=postgres pg_dump -h db`): it runs where it deploys.
 */
function productionScripts(snapshot: SnapshotView): (file: string) => boolean {
  const started = startedScripts(snapshot);
  return (file) => !skipFile(file) && devScript(file) === null && (fallbackKind(file) === 'shell' || started.get(file) === null);
}

/** A script named for development (`entrypoint.dev.sh`, `docker-entrypoint.local.sh`, `scripts/dev-start.sh`, `sql/local-users.sql`): its defaults are notes. */
const devScript = (file: string): string | null =>
  /\.(?:sh|bash|sql)$|entrypoint/i.test(file) && /(?:^|[/._-])(?:dev|development|local|test|testing|ci|e2e|debug)(?=[/._-]|$)/i.test(file) ? 'development-only script' : null;

/**
 * A database seed script (`prisma/seed.ts`, `db/seeds.rb`, `scripts/seed-dev-db.js`, Laravel's `database/seeders/`): it
 * loads sample records (`{ email: 'alice@prisma.io', password: 'password123' }`) into a database, usually a local one;
 * not what a deployment runs with: its defaults are notes.
 */
const SEED_SCRIPT = /(?:^|\/)(?:seeds?|seeders?)\/|(?:^|\/)(?:[\w-]*[._-])?seed(?:s|er|ers|ing)?(?:[._-][\w.-]*)?\.(?:[cm]?[jt]s|py|rb|php|exs|sql)$/i;
/** A path named for production (`seed-prod.js`, `seed_production.py`, `seeds/live/…`). */
const PROD_NAMED = /(?:^|[/._-])(?:prod|production|live)(?=[/._-]|$)/i;
/** A host literal (`host: 'db.prod.internal'`, `HOST = "10.0.3.7"`, `host="…"`), and a database URL's host (`postgres://u:p@db.example.com/app`). */
const HOST_LITERAL_RE = /\bhost(?:name)?["']?\s*[:=]\s*["']([^"'\s]{1,253})["']|\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver):\/\/(?:[^@/\s"']*@)?([^/:?\s"'@]{1,253})/gi;
/** Hosts of the machine itself or of a compose network (`localhost`, `127.0.0.1`, `::1`, `db`, `host.docker.internal`). */
const isLocalHost = (h: string): boolean => /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|0\.0\.0\.0|host\.docker\.internal|[A-Za-z][\w-]*)$/i.test(h) || h.includes('${') || h.includes('{');
/**
 * A host no database answers on: a documentation or reserved name (`db.example.com`, `.test`, `.invalid`: isLocalOrExampleHost)
 * or no host name at all (`...`, `<host>`).
 */
const isPlaceholderHost = (h: string): boolean =>
  isLocalOrExampleHost(h) || (!h.startsWith('[') && !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/.test(h));
/**
 * The code of a seed script, for the hosts it connects to: comments blanked, and documentation strings, which connect
 * nowhere (a usage line `DATABASE_URL=postgres://… python db/seeds/seed.py` in a Python docstring, a string that is a
 * statement of its own; an Elixir `@moduledoc`/`@doc`). A file in a language the lexers do not know is read as it is.
 */
function seedCode(file: string, text: string): string {
  const src = langOf(file) !== null ? scanSource(file, text) : OTHER_CODE.test(file) ? otherSource(file, text) : null;
  if (!src) return text;
  const python = src.lang === 'python' && isPython(file);
  const elixir = /\.exs?$/i.test(file);
  if (!python && !elixir) return src.code;
  const code = src.code.split('');
  // The string tokens in order: in `bare` a string is its quotes around blanks, so quotes pair up opener, closer.
  const quotes = /"""|'''|"|'/g;
  for (let open = quotes.exec(src.bare); open; open = quotes.exec(src.bare)) {
    const q = open[0];
    const start = open.index + q.length;
    const close = src.bare.indexOf(q, start);
    if (close < 0) break;
    quotes.lastIndex = close + q.length;
    const lineStart = src.bare.lastIndexOf('\n', open.index - 1) + 1;
    const before = src.bare.slice(lineStart, open.index);
    const eol = src.bare.indexOf('\n', close + q.length);
    const after = src.bare.slice(close + q.length, eol < 0 ? undefined : eol);
    // Python: a statement of its own, alone on its line (a string prefix aside), outside brackets, not continuing the line before (`URL = \`).
    const doc = python
      ? /^[ \t]*[rRuUbBfF]{0,2}$/.test(before) && !after.trim() && depthAt(src, open.index) === 0 && !/[\\=+%]$/.test(src.bare.slice(0, lineStart).trimEnd())
      : /@(?:module|short)?doc\s+(?:~[sS])?$/.test(before);
    if (doc) for (let k = start; k < close; k++) if (code[k] !== '\n') code[k] = ' ';
  }
  return code.join('');
}
/**
 * A seed script's remark, unless it is named for production (`seed-prod.js`) or connects to a host that is neither the
 * machine's own nor a compose service's bare name (`host: 'db.prod.internal'`): those seed a real database, judged.
 * Only its code is read for hosts: a comment or docstring naming one (`Usage: DATABASE_URL=postgres://… python seed.py`)
 * connects nowhere, nor does a documentation or placeholder host (`db.example.com`, `...`).
 */
const seedScript = (file: string, text: () => string | undefined): string | null => {
  if (!SEED_SCRIPT.test(file) || PROD_NAMED.test(file)) return null;
  for (const m of seedCode(file, text() ?? '').matchAll(HOST_LITERAL_RE)) if (!isLocalHost(m[1] ?? m[2]!) && !isPlaceholderHost(m[1] ?? m[2]!)) return null;
  return 'database seed script, sample records rather than deploy configuration';
};

/** SQL scripts, and the shell scripts that may run SQL (`init-user-db.sh` in `/docker-entrypoint-initdb.d`). */
const SQL_OR_SHELL_FILE = /\.(?:sql|sh|bash)$/i;
/** A script in a database init folder by its name (`initdb/`, `docker-entrypoint-initdb.d/`, `db-init/`, `postgres-init/`). */
const INIT_FOLDER_FILE = /(?:^|\/)[\w.-]*init[\w.-]*\/[^/]+$/i;
/**
 * The folders and files compose services mount at a database image's init folder (`./initdb:/docker-entrypoint-initdb.d`,
 * `./init.sql:/docker-entrypoint-initdb.d/01.sql`, long syntax too), with the service's development remark (a development-only
 * file or profile) or null.
 */
function initdbMounts(snapshot: SnapshotView): { path: string; dev: string | null }[] {
  const out: { path: string; dev: string | null }[] = [];
  for (const cf of snapshot.composeFiles()) {
    for (const svc of cf.services) {
      for (const m of composeBindMounts(cf.path, svc)) {
        if (/^\/docker-entrypoint-initdb\.d(?:\/|$)/.test(m.target)) out.push({ path: m.path, dev: isDevOnly(svc.file) ? 'development-only file' : composeDevOnly(svc) });
      }
    }
  }
  return out;
}
/**
 * The passwords SQL and database init scripts give database users (`CREATE USER grafana WITH PASSWORD 'changeme'`, `ALTER USER
 * postgres PASSWORD 'postgres'`, MySQL's `IDENTIFIED BY 'password'`, Oracle's unquoted `IDENTIFIED BY changeme`, `SET PASSWORD`, `GRANT … IDENTIFIED BY`: sqlPasswordStatements,
 * the reading hardcoded-secret reports a real password by) that are a default or placeholder, or the user name or made from it
 * (`metabase` for `metabase`, `app_password` for `app`): hardcoded-secret leaves those here. Read in `.sql` files (migrations,
 * init scripts, schema dumps) and in the shell scripts a database image runs at its first start (mounted at
 * `/docker-entrypoint-initdb.d` by a compose service, or in an init folder by name) or that production runs. Not: a commented-out
 * statement, a psql variable (`PASSWORD :'pw'`), a reference (`'${DB_PASSWORD}'`), dollar quoting, `PASSWORD NULL`, a stored
 * verifier (`SCRAM-SHA-256$…`, `md5…`); tests, documentation and example folders and templates are not read; seed scripts
 * (`db/seeds/`, `supabase/seed.sql`) and development-named ones give notes. Each script read is one entry, `reason` null when
 * it holds no such password.
 */
function sqlUserDefaults(snapshot: SnapshotView, production: (file: string) => boolean): { file: string; line: number; column: number; name: string; reason: string | null; secret: string; dev: string | null }[] {
  const out: ReturnType<typeof sqlUserDefaults> = [];
  let mounts: ReturnType<typeof initdbMounts> | undefined;
  for (const file of snapshot.files) {
    if (!SQL_OR_SHELL_FILE.test(file) || skipFile(file) || isVendoredOrGenerated(file)) continue;
    mounts ??= initdbMounts(snapshot);
    const mount = mounts.find((m) => file === m.path || file.startsWith(`${m.path}/`));
    if (!/\.sql$/i.test(file) && !mount && !INIT_FOLDER_FILE.test(file) && !production(file)) continue;
    const text = snapshot.text(file);
    if (text === undefined || !/PASSWORD|IDENTIFIED/i.test(text)) continue;
    out.push({ file, line: 0, column: 0, name: '', reason: null, secret: '', dev: null });
    let dev: string | null | undefined;
    for (const st of sqlPasswordStatements(text, !/\.sql$/i.test(file))) {
      const v = st.password;
      if (st.commented || !v.trim() || isSqlPasswordVerifier(v) || isReference(v) || /\$\{|\$\(|\{\{|%s/.test(v)) continue;
      const fromUser = st.login !== null ? passwordFromUserName(v, st.login) : null;
      const reason = isDefaultCredential(v) || (st.login !== null && isVendorDefaultPair(st.login, v)) ? `is set to ${describeDefault(v)}` : fromUser === 'equal' ? 'is equal to its user name' : fromUser === 'suffix' ? `is ${SUFFIX_PASSWORD}` : null;
      if (!reason) continue;
      dev ??= (isDevOnly(file) ? 'development-only file' : null) ?? mount?.dev ?? devScript(file) ?? seedScript(file, () => text);
      out.push({ file, ...lineColumnAt(text, st.index), name: `the password of ${st.who}`, reason, secret: v, dev });
    }
  }
  return out;
}

/** Spring Boot's configuration files; group 1: the profile (`application-prod.yml` → `prod`). */
const SPRING_CONFIG = /(?:^|\/)(?:application|bootstrap)(?:-([\w.]+))?\.(?:ya?ml|properties)$/;
/** A Quarkus profile prefix of a properties key, one profile or a list (`%dev.`, `%dev,test.`, `%prod,staging.`); group 1: the profiles. */
const QUARKUS_PREFIX = /^%([\w-]+(?:,[\w-]+)*)\./;
/** A Quarkus profile section of a YAML file (`"%prod":`, `"%dev,test":`); group 1: the profiles. */
const QUARKUS_SECTION = /^%([\w-]+(?:\s*,\s*[\w-]+)*)$/;
/** Quarkus test profiles: their keys are exempt, as test resources are. */
const QUARKUS_TEST_PROFILE = /^(?:test|testing|it|integration-?test)$/i;
/** Profiles for local development (`application-dev.yml`, `on-profile: local`). */
const SPRING_DEV_PROFILE = /^(?:dev|devel|develop|development|local|localhost|default-local|docker-local|h2)$/i;

/** Bases of enumerations: `class X(str, Enum):`, `(IntEnum)`, `(enum.StrEnum)`, `(Flag)`, Django `(models.TextChoices)`. */
const ENUM_BASES = /^class\s+\w+\s*\([^)]*\b(?:(?:Str|Int)?Enum|(?:Int)?Flag|(?:Text|Integer)?Choices)\b/;

/** A default found in code; `setting`: a class-body constant (which a production class may override). */
interface CodeHit { line: number; column: number; name: string; reason: string; secret: string; dev: string | null; setting: { start: number; className: string } | null; module?: string }
/** One code file's defaults, and the secret-named constants it sets to something else outside development code. */
interface CodeScan { hits: CodeHit[]; secured: Omit<SettingRef, 'file'>[] }

/** The environment fallbacks of a PHP file or an entrypoint script that deploy a default credential. */
function fallbacksOnly(text: string, kind: FallbackKind): CodeScan | undefined {
  const hits: CodeHit[] = [];
  if (kind === 'terraform') {
    // `variable "admin_password" { default = "changeme" }`: the default deploys whenever no value is given.
    // The arguments of a reference block name a secret, its key or version (Cloud Run's `secret_key_ref { secret = "db-password" }`): no value.
    const seen = hclReferenceLines(text);
    for (const d of terraformVariableDefaults(text)) {
      const r = defaultReason(d.name, d.value);
      seen.add(d.line);
      if (r) hits.push({ line: d.line, column: d.column, name: `Terraform variable '${d.name}'`, reason: `has a default: it ${r.reason}`, secret: r.secret, dev: null, setting: null });
    }
    // Arguments and `.tfvars` values: `password = "password123"` in an `aws_db_instance`, `db_password = "changeme"`.
    for (const { line, lineNo } of linesContaining(text, ['='])) {
      const m = TF_ATTRIBUTE_RE.exec(line);
      if (!m || seen.has(lineNo)) continue;
      const r = defaultReason(m[1]!, m[2]!);
      if (r) { seen.add(lineNo); hits.push({ line: lineNo, column: line.indexOf(`"${m[2]!}"`, m[1]!.length) + 2, name: m[1]!, reason: r.reason, secret: r.secret, dev: null, setting: null }); }
    }
    // A password equal to the user name beside it in the same block (`username = "orders"` / `password = "orders"` in an
    // `aws_db_instance` or the rds module's call; a `.tfvars` file's lines together).
    for (const group of terraformArgumentGroups(text)) {
      for (const [i, p] of passwordsEqualToUser(group)) {
        const e = group[i]!;
        if (seen.has(e.line) || isUnsetValue(p.value)) continue;
        seen.add(e.line);
        hits.push({ line: e.line, column: e.column, name: e.key, reason: `is set to ${userNamePhrase(p)}`, secret: p.value, dev: null, setting: null });
      }
    }
    // A `helm_release` chart value set by name (`set_sensitive { name = "auth.password" value = "changeme" }`).
    for (const s of terraformHelmSets(text)) {
      const r = seen.has(s.line) ? null : defaultReason(s.name, s.value);
      if (r) { seen.add(s.line); hits.push({ line: s.line, column: s.column, name: `helm_release value '${s.name}'`, reason: r.reason, secret: r.secret, dev: null, setting: null }); }
    }
    // A secret store's resource given a literal (`aws_ssm_parameter` `/prod/db/password` `value = "changeme"`): judged under the
    // secret's name; one that holds a secret by design (a `SecureString`, a Key Vault secret) as a password whatever its name.
    for (const s of terraformSecretStoreValues(text)) {
      const name = isSecretName(s.name) ? s.name : s.secure && !namesWhereOrWho(keyWords(s.name).at(-1) ?? '') ? 'password' : null;
      const r = name === null || seen.has(s.line) ? null : defaultReason(name, s.value);
      // A seed Terraform writes once and never manages again (`lifecycle { ignore_changes = [value] }`): the value that runs is
      // set outside Terraform — a note to check that it was, not the deployed default (review S3).
      if (r) { seen.add(s.line); hits.push({ line: s.line, column: s.column, name: `${s.resource} '${s.name}'`, reason: r.reason, secret: r.secret, dev: s.seeded ? 'a seed value: lifecycle ignore_changes leaves the deployed value to be set outside Terraform, check that it was' : null, setting: null }); }
    }
    return hits.length ? { hits, secured: [] } : undefined;
  }
  const needles = kind === 'php' ? PHP_NEEDLES : kind === 'ruby' ? RUBY_NEEDLES : kind === 'elixir' ? ELIXIR_NEEDLES : SHELL_NEEDLES;
  const reads = linesContaining(text, needles);
  for (const { line, lineNo } of reads) {
    if (line.length > 1000 || /^\s*(?:#|\/\/|\*|\/\*)/.test(line)) continue;
    // A guard tests the default to refuse it (`if [ "${SECRET_KEY:-changeme}" = "changeme" ]; then exit 1`): nothing deploys it.
    if (kind === 'shell' && /^\s*(?:if|elif|while|until|case|\[\[?|test)\b|^\s*\[/.test(line)) continue;
    for (const f of literalFallbacks(line, [kind === 'shell' ? 'substitution' : 'python'])) {
      // `\${SECRET_KEY:-secret}` is text (echoed help), not an expansion.
      if (kind === 'shell' && line[f.exprColumn - 2] === '\\') continue;
      const r = defaultReason(f.name, f.value, '');
      if (r) { hits.push({ line: lineNo, column: f.exprColumn, name: f.name, reason: r.reason, secret: r.secret, dev: null, setting: null }); break; }
    }
  }
  // A read whose literal is on a later line (`System.get_env("SECRET_KEY_BASE") ||` then the literal, as `phx.new` writes
  // `config/runtime.exs`; `env(\n    'DB_PASSWORD',\n    'secret'\n)`): reported at the literal.
  if (kind !== 'shell' && reads.length) {
    for (const { fallback: f, line, column, readLine } of splitLiteralFallbacks(text, ['python'])) {
      const r = COMMENT_LINE.test(reads.find((l) => l.lineNo === readLine)?.line ?? '') ? null : defaultReason(f.name, f.value, '');
      if (r) hits.push({ line, column, name: f.name, reason: r.reason, secret: r.secret, dev: null, setting: null });
    }
  }
  return hits.length ? { hits, secured: [] } : undefined;
}

/** PHP's `define('NAME', 'value')` (WordPress `wp-config.php`); groups: name, value. */
const PHP_DEFINE_RE = /\bdefine\(\s*(['"])([A-Za-z_]\w{0,100})\1\s*,\s*(['"])((?:(?!\3)[^\\\n]|\\.){1,1000})\3\s*\)/g;
/** WordPress's authentication keys and salts: secrets whatever their names say (`NONCE_SALT`). */
const WORDPRESS_SALT = /^(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)$/;
/** A sample PHP configuration (`wp-config-sample.php`, `config.example.php`, `settings.dist.php`): a template, not the deployed file. */
const PHP_SAMPLE = /[-_.](?:sample|example|dist|template|default)\.php$/i;
/** A PHP configuration named for development (`wp-config-local.php`, `config.dev.php`). */
const PHP_DEV = /(?:^|[-_.])(?:dev|development|local)(?:[-_.][^/]*)?\.php$/i;

/**
 * Constants a PHP configuration defines as a default or placeholder (`define('DB_PASSWORD', 'password')`, WordPress's stock
 * `define('AUTH_KEY', 'put your unique phrase here')` for its eight keys and salts): what the site runs with. A constant
 * whose value is its own name (`define('PASSWORD', 'password')`) names a field.
 */
function phpDefines(file: string, text: string, seen: readonly CodeHit[]): CodeHit[] {
  const hits: CodeHit[] = [];
  if (PHP_SAMPLE.test(basename(file))) return hits;
  const dev = PHP_DEV.test(basename(file)) ? 'development-only file' : null;
  for (const { line, lineNo } of linesContaining(text, ['define('])) {
    if (line.length > 1000 || /^\s*(?:#|\/\/|\*|\/\*)/.test(line) || seen.some((h) => h.line === lineNo)) continue;
    for (const m of line.matchAll(PHP_DEFINE_RE)) {
      const [name, value] = [m[2]!, m[4]!];
      const r = WORDPRESS_SALT.test(name) && isDefaultCredential(value) ? { reason: `is set to ${describeDefault(value)}`, secret: value }
        : namesItself(name, value) ? null : defaultReason(name, value);
      if (r) { hits.push({ line: lineNo, column: m.index + m[0].lastIndexOf(`${m[3]}${value}${m[3]}`) + 2, name, reason: r.reason, secret: r.secret, dev, setting: null }); break; }
    }
  }
  return hits;
}

/** Source files in other languages (Go, Java, Kotlin, C#, Rust, PHP, Ruby, Elixir…), outside tests and vendored code: their URL literals are read. */
const isOtherCode = (file: string): boolean => OTHER_CODE.test(file) && !isVendoredOrGenerated(file) && !isTestFile(file);
/** A quoted literal that is one URL and nothing else (`"postgresql://postgres:postgres@db/app"`); group 2: the URL. */
const URL_LITERAL_RE = /(['"`])((?:jdbc:)?[a-z][a-z0-9+.-]{1,30}:\/\/[^\s'"`\\]{1,2000})\1/gi;
/** What a literal right after it is shown to people as (`help="…"`, `placeholder="…"`, `examples=["…"]`): an illustration of the format. */
const SHOWN_AS = /(?:help|description|desc|placeholder|examples?|sample|hint|tooltip|label|title|metavar|usage|doc)(?:_?text)?['"]?\s*[=:]\s*[[({]?\s*$/i;
const URL_NEEDLES = ['://'];
/** A URL's `://`, found by its `//` (rarer in code than `:`). */
const SCHEME_SEPARATOR = { word: '://', anchor: '//' };
/** Whether a text holds a URL with a user and password (`scheme://user:password@`): the only files the URL pass lexes. */
const hasUserinfo = (text: string): boolean => containsWord(text, SCHEME_SEPARATOR) && (/:\/\/[^\s:/?#@'"`<>]{0,100}:[^\s/?#@'"`<>]{1,200}@/.test(text) || /[?&;](?:password|passwd|pwd|pass)=[^&;#\s'"`<>$]/i.test(text));

/** An invoke tasks module: `tasks.py` (or a `tasks/` package) importing invoke. */
const INVOKE_TASKS_FILE = /(?:^|\/)(?:tasks\.py|tasks\/[^/]+\.py)$/;
/**
 * Why Python code at `at` runs only for development or tests: it is in an invoke task named for them (`@task def dev(c):`,
 * `def test(c):`, `def run_local(c):`, a name with a word of development-only file names), whose `c.run(…, env={…})` starts a
 * local server or the test suite. Other tasks (`deploy`, `serve`, `start`) may run in production and are judged.
 */
function invokeDevTask(src: Source, at: number): string | null {
  if (!INVOKE_TASKS_FILE.test(src.file) || !/^[ \t]*(?:from\s+invoke\s+import\b|import\s+invoke\b)/m.test(src.code)) return null;
  for (const h of enclosingHeaders(src, at)) {
    const def = /^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/.exec(h);
    if (!def || !hasDevWord(def[1]!)) continue;
    // Decorated as a task: `@task`, `@task(…)`, `@invoke.task`, other decorators between.
    if (new RegExp(String.raw`^[ \t]*@(?:invoke\.)?task\b[^\n]*\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async\s+)?def\s+${def[1]}\s*\(`, 'm').test(src.code)) return `development-only invoke task ${def[1]}`;
  }
  return null;
}

/** Why code at `at` is development-only (`class DevelopmentConfig:`, `if DEBUG:`, `if (process.env.NODE_ENV === 'development') {`), or null. */
function devCode(src: Source, at: number): string | null {
  if (!inDevBranch(src, at)) return null;
  return enclosingHeaders(src, at).some((h) => /^class\b/.test(h) && isDevHeader(h)) ? 'development-only class' : 'development-only branch';
}

/**
 * URL literals of a code file whose password is a default or placeholder or equals the user name, wherever the code
 * passes them (`create_engine("postgresql://postgres:postgres@db/app")`, `mongoose.connect('mongodb://admin:admin@mongo/shop')`,
 * `dj_database_url.config(default="postgres://…")`): one per line, lines in `skip` (already judged) aside. Only a literal
 * that is the whole URL, in code (not a comment, not inside another string), and not shown to people as a format
 * (`help="postgres://user:password@host/db"`, a form's `placeholder`).
 */
function urlLiterals(text: string, src: Source, skip: ReadonlySet<number>): CodeHit[] {
  const hits: CodeHit[] = [];
  for (const { line, lineNo, start } of linesContaining(text, URL_NEEDLES)) {
    if (skip.has(lineNo) || line.length > 1000) continue;
    const code = src.code.slice(start, start + line.length);
    for (const m of code.matchAll(URL_LITERAL_RE)) {
      const at = start + m.index + 1;
      // The quote opens a string of the code (its text is blanked in `bare`), and nothing before it shows it as a format.
      if (src.bare[at - 1] !== m[1] || src.bare[at] !== ' ' || SHOWN_AS.test(code.slice(0, m.index))) continue;
      const weak = weakUrlPassword(m[2]!);
      if (!weak) continue;
      const what = `${weak.equal ? 'a password equal to its user name' : weak.suffix ? SUFFIX_PASSWORD : `${describeDefault(weak.password)} as its password`}${weak.param ? ` (its '${weak.param}' parameter)` : ''}`;
      hits.push({ line: lineNo, column: m.index + 2, name: `the ${weak.scheme}:// URL`, reason: `embeds ${what}${weak.unset ? ` when ${weak.unset} is unset` : ''}`, secret: weak.password, dev: devCode(src, at), setting: null });
      break;
    }
  }
  return hits;
}

/** A line that starts a comment (`#`, `//`, `/*`, ` * `). */
const COMMENT_LINE = /^\s*(?:#|\/\/|\*|\/\*)/;

/** `lines` (a line list in order, as linesContaining gives) with the lines numbered `more` that it lacks added, in order. */
function withLines(text: string, lines: { line: string; lineNo: number; start: number }[], more: Iterable<number>): { line: string; lineNo: number; start: number }[] {
  const have = new Set(lines.map((l) => l.lineNo));
  const want = [...more].filter((n) => !have.has(n)).sort((a, b) => a - b);
  if (!want.length) return lines;
  const extra: { line: string; lineNo: number; start: number }[] = [];
  let lineNo = 1;
  let pos = 0;
  for (const n of want) {
    for (; lineNo < n; lineNo++) { const nl = text.indexOf('\n', pos); if (nl === -1) break; pos = nl + 1; }
    if (lineNo !== n) break;
    const end = text.indexOf('\n', pos);
    extra.push({ line: text.slice(pos, end === -1 ? text.length : end).replace(/\r$/, ''), lineNo: n, start: pos });
  }
  return [...lines, ...extra].sort((a, b) => a.lineNo - b.lineNo);
}

/** A Terraform argument or `.tfvars` assignment of a quoted literal: `  master_password = "changeme"`. */
const TF_ATTRIBUTE_RE = /^\s*([A-Za-z_][\w-]{0,100})\s*=\s*"([^"$\\]{1,200})"\s*(?:#.*|\/\/.*)?$/;

/**
 * Every string value of a configuration structure under a string key, with what the values beside it say
 * (environmentReasons: a password equal to the user name beside it). `helm`: Helm values, where a container env list
 * (Bitnami's `extraEnvVars`, `extraEnv`, `env`: `- name: POSTGRESQL_PASSWORD`, `value: admin`) is copied into the pod
 * as it stands: each value judged under its entry's name, the entries beside each other, shown as `env POSTGRESQL_PASSWORD`.
 */
function walkConfigValues(v: unknown, path: (string | number)[], depth: number, helm: boolean, visit: (key: string, value: string, path: (string | number)[], beside?: { reason: string; secret: string }, shown?: string) => void): void {
  if (depth > 32) return;
  const key = path.at(-1);
  if (typeof v === 'string' && typeof key === 'string') visit(key, v, path);
  else if (Array.isArray(v) && helm) {
    const envEntry = (x: unknown): x is { name: string; value: string } => isObject(x) && typeof x['name'] === 'string' && typeof x['value'] === 'string' && Object.keys(x).every((k) => k === 'name' || k === 'value');
    const entries = v.flatMap((x, i) => (envEntry(x) ? [{ i, key: x.name, value: x.value }] : []));
    const beside = environmentReasons(entries);
    entries.forEach((e, n) => visit(e.key, e.value, [...path, e.i, 'value'], beside.get(n), `${path.join('.') || 'env'} ${e.key}`));
    v.forEach((x, i) => { if (!envEntry(x)) walkConfigValues(x, [...path, i], depth + 1, helm, visit); });
  } else if (Array.isArray(v)) v.forEach((x, i) => walkConfigValues(x, [...path, i], depth + 1, helm, visit));
  else if (isObject(v)) {
    // `username: app` beside `password: app`: a password equal to the user name.
    const entries = Object.entries(v);
    const beside = environmentReasons(entries.map(([k, x]) => ({ key: k, value: typeof x === 'string' ? x : null })));
    entries.forEach(([k, x], i) => (typeof x === 'string' ? visit(k, x, [...path, k], beside.get(i)) : walkConfigValues(x, [...path, k], depth + 1, helm, visit)));
  }
}

/** Words of a key whose map gives settings the names of keys or Secrets (`secretKeys`, `existingSecretKeys`, `envFromSecret`, `secretKeyRef`, `secretEnv`). */
const NAME_MAP_WORDS = new Set(['key', 'keys', 'ref', 'refs', 'from', 'secret', 'secrets']);
/**
 * defaultReason for a value of a configuration structure at `path`: a password spelling a setting's name (namesPasswordSetting)
 * under a map named for keys or Secrets (`secretKeys: { password: app_db_password }`) names the key that holds the password.
 */
function structuredReason(key: string, value: string, path: readonly (string | number)[]): { reason: string; secret: string } | null {
  const r = defaultReason(key, value);
  if (!r || !r.reason.includes(NAMES_SETTING)) return r;
  return path.slice(0, -1).some((k) => typeof k === 'string' && nameTokens(k).some((w) => NAME_MAP_WORDS.has(w))) ? null : r;
}

/** Helm's convention for a chart's credentials (Bitnami's): `auth.existingSecret` names a Secret the chart reads them from instead of the block's values. */
const namesExistingSecret = (block: unknown): string | null => {
  if (!isObject(block)) return null;
  for (const k of ['existingSecret', 'existingSecretName']) {
    const v = block[k];
    if ((typeof v === 'string' && v.trim() && !v.includes('{{')) || (isObject(v) && typeof v['name'] === 'string' && v['name'].trim())) return k;
  }
  return null;
};
const valueIn = (root: unknown, path: readonly (string | number)[]): unknown => {
  let v = root;
  for (const k of path) v = Array.isArray(v) && typeof k === 'number' ? v[k] : isObject(v) ? v[String(k)] : undefined;
  return v;
};

const RAILS_DEV_ENV = /^(?:development|dev|test|testing|local|ci|cucumber)$/i;
const HELM_DEV_VALUES = DEV_VALUES_FILE;
/**
 * Deploy configuration read as a structure: Helm values beside a Chart.yaml, ASP.NET Core appsettings (not the development ones), Rails' database.yml,
 * the Sequelize CLI's `config/config.json`.
 */
function structuredConfig(file: string, has: (f: string) => boolean): { kind: 'helm' | 'appsettings' | 'rails' | 'sequelize'; dev: string | null } | null {
  const b = basename(file);
  // A chart's values files as the Kubernetes checks read them (`values-production.yaml`, `values_prod.yaml`, `prod-values.yaml`, `values/production.yaml`).
  const chart = /values/i.test(file) ? enclosingChart(has, file) : null;
  if (chart !== null && isChartValuesPath(chart ? file.slice(chart.length + 1) : file)) return { kind: 'helm', dev: HELM_DEV_VALUES.test(b) || isDevValuesName(b) ? 'development values file' : null };
  const app = aspNetSettings(file);
  if (app) return app.dev ? null : { kind: 'appsettings', dev: null };
  if (/(?:^|\/)config\/database\.ya?ml$/.test(file)) return { kind: 'rails', dev: null };
  if (/(?:^|\/)config\/config\.json$/.test(file)) return { kind: 'sequelize', dev: null };
  return null;
}

/**
 * node-config's files (`config/default.json`, `config/production.json`, also `.yml`/`.yaml`) of a project whose package.json
 * (in the folder holding `config/`) depends on `config`: NODE_ENV=production loads `production.*` over `default.*`. Development
 * and test deployments' files (`development.json`, `local.json`, `test.json`) are development configuration (notes), as their
 * `.js` forms are (DEV_CONFIG); `custom-environment-variables.*` maps settings to variable names (no values) and is not read.
 * A `default.*` value is overridden where a `production.*` file sets the same setting: by its path in JSON/YAML, by its key
 * (`secret:`) in a `.js`/`.ts` one. A setting `custom-environment-variables.*` maps to a variable takes the variable when it is set:
 * the file's value is its fallback (`falls back to … when SESSION_SECRET is unset`), as `process.env.SESSION_SECRET || '…'`.
 */
const NODE_CONFIG_FILE = /^(?:(.*)\/)?config\/([\w.-]+)\.(?:json|ya?ml)$/;
const NODE_CONFIG_DEV = /^(?:local-)?(?:dev|development|local|test|testing)$/i;
function nodeConfigFile(snapshot: SnapshotView, file: string): { dev: string | null; production: string[]; variables: unknown } | null {
  const m = NODE_CONFIG_FILE.exec(file);
  if (!m || m[2] === 'custom-environment-variables') return null;
  const root = m[1] ? `${m[1]}/` : '';
  const pkg = snapshot.yaml(`${root}package.json`)?.docs[0]?.value;
  const deps = isObject(pkg) ? pkg['dependencies'] : undefined;
  if (!isObject(deps) || typeof deps['config'] !== 'string') return null;
  const production = m[2] === 'default' ? snapshot.files.filter((f) => f.startsWith(`${root}config/production.`) && /\/production\.(?:json|ya?ml|[cm]?[jt]s)$/.test(f)) : [];
  // `custom-environment-variables.json` (`{ "session": { "secret": "SESSION_SECRET" } }`): the variable that replaces a setting when set.
  const variables = ['json', 'yml', 'yaml'].map((x) => snapshot.yaml(`${root}config/custom-environment-variables.${x}`)?.docs[0]?.value).find((v) => v !== undefined);
  return { dev: NODE_CONFIG_DEV.test(m[2]!) ? 'development configuration' : null, production, variables };
}

/** Official database images' switches that turn password authentication off (any non-empty value enables the MySQL/MariaDB ones; `no`, `false` and `0` are taken at their word). */
const AUTH_OFF: readonly [RegExp, (value: string) => boolean, string][] = [
  [/^POSTGRES_HOST_AUTH_METHOD$/, (v) => v.trim().toLowerCase() === 'trust', 'turns password authentication off: any client that reaches the database logs in as any user'],
  [/^(?:MYSQL_ALLOW_EMPTY_PASSWORD|MARIADB_ALLOW_EMPTY_ROOT_PASSWORD|MARIADB_ALLOW_EMPTY_PASSWORD)$/, (v) => !/^(?:|no|false|0)$/i.test(v.trim()), 'lets the database run without a password'],
  // Bitnami's redis, postgresql, mysql, mariadb, mongodb… images (their `is_boolean_yes`: yes, true or 1).
  [/^ALLOW_EMPTY_PASSWORD$/, (v) => /^(?:yes|true|1)$/i.test(v.trim()), 'lets the database run without a password'],
  // The Neo4j image's switch (`NEO4J_AUTH=none`; else `user/password`, judged by neo4jAuthReason).
  [/^NEO4J_AUTH$/, (v) => v.trim().toLowerCase() === 'none', 'turns authentication off: any client that reaches the database reads and writes every graph'],
];
/**
 * Images' own default passwords and the samples their documentation sets, for the variable that image reads (lower case): a
 * well-known value for that image, however unremarkable it looks elsewhere. Another value (a strong one) passes.
 */
const IMAGE_DEFAULTS: readonly [RegExp, readonly string[], string][] = [
  // MinIO's documented sample (`MINIO_ROOT_USER=minio` / `MINIO_ROOT_PASSWORD=minio123`, earlier `MINIO_SECRET_KEY`).
  [/^(?:MINIO_ROOT_PASSWORD|MINIO_SECRET_KEY)$/, ['minio123'], "MinIO's documented sample password"],
  // The Cassandra images' default superuser is cassandra/cassandra (Bitnami's `CASSANDRA_PASSWORD` defaults to it).
  [/^CASSANDRA_PASSWORD$/, ['cassandra'], "the Cassandra superuser's default password"],
  // ArangoDB's documented `docker run -e ARANGO_ROOT_PASSWORD=openSesame`.
  [/^ARANGO_ROOT_PASSWORD$/, ['opensesame'], "ArangoDB's documented sample password"],
  // Neo4j's default login is neo4j/neo4j.
  [/^NEO4J_(?:PASSWORD|PASS)$/, ['neo4j'], "Neo4j's default password"],
];
/**
 * The Neo4j image's `NEO4J_AUTH=user/password` (its docs' `neo4j/password`, `neo4j/test`): a password that is a default or
 * placeholder, the image's own `neo4j`, or equal to its user name. The reason never shows the user name (it would show the password).
 */
function neo4jAuthReason(value: string): { reason: string; secret: string } | null {
  const m = /^([^/\s$]+)\/([^\s$]+)$/.exec(value.trim());
  if (!m) return null;
  const [, user, password] = m as unknown as [string, string, string];
  if (password === user) return { reason: 'holds a password (after the /) equal to its user name', secret: password };
  if (password.toLowerCase() === 'neo4j') return { reason: "holds Neo4j's default password (after the /)", secret: password };
  return isDefaultCredential(password) ? { reason: `holds a password (after the /) set to ${describeDefault(password)}`, secret: password } : null;
}
/**
 * What an environment (a compose service's, a container's, an image's, an env file's) says beyond each value on its
 * own: a switch that turns authentication off, or a password equal to a user name set beside it
 * (`POSTGRES_USER: app` with `POSTGRES_PASSWORD: app`: the hand-off rule hardcoded-secret shares, util/credentials.ts).
 * Keyed by the entry's index in `env`.
 */
export function environmentReasons(env: readonly { key: string; value: string | null }[]): Map<number, { reason: string; secret: string }> {
  const out = new Map<number, { reason: string; secret: string }>();
  env.forEach((e, i) => {
    // As it deploys: the literal, or the default of `${ALLOW_EMPTY_PASSWORD:-yes}` / `${AUTH-trust}` (what runs whenever the
    // variable is unset); another reference (`${MYSQL_ALLOW_EMPTY_PASSWORD}`, `${X:?…}`) sets nothing when unset.
    const value = e.value === null ? null : literalOrDefault(e.value);
    const off = value === null ? undefined : AUTH_OFF.find(([key, on]) => key.test(e.key) && on(value));
    const unset = e.value === null ? null : defaultedVariable(e.value);
    const when = unset ? ` when ${unset} is unset` : '';
    if (!off) {
      const bare = value?.replace(/^(["'])(.*)\1$/, '$2');
      const image = bare === undefined ? undefined : IMAGE_DEFAULTS.find(([key, values]) => key.test(e.key) && values.includes(bare.toLowerCase()));
      if (image) out.set(i, { reason: `${unset ? 'falls back to' : 'is set to'} ${image[2]}${when}`, secret: bare! });
      const pair = bare !== undefined && e.key === 'NEO4J_AUTH' ? neo4jAuthReason(bare) : null;
      if (pair) out.set(i, { reason: `${pair.reason}${when}`, secret: pair.secret });
      return;
    }
    out.set(i, { reason: `${unset ? `falls back to '${value}'${when}` : `is '${value}'`}, which ${off[2]}`, secret: '' });
  });
  for (const [i, p] of passwordsEqualToUser(env)) {
    // `MAIL_USERNAME=null` beside `MAIL_PASSWORD=null`: both unset, no password equal to a user name.
    if (!out.has(i) && !isUnsetValue(p.value)) out.set(i, { reason: p.unset ? `falls back to ${userNamePhrase(p)} when ${p.unset} is unset` : `is set to ${userNamePhrase(p)}`, secret: p.value });
  }
  return out;
}

/**
 * Listed defaults that are a product's name (`grafana`, `wordpress`, `rabbitmq`: Docker's samples set them as user and password
 * alike), not the stock password of an image or vendor (`admin` for Grafana, `postgres`, `guest`, `minioadmin`).
 */
const PRODUCT_NAMES = new Set(['grafana', 'wordpress', 'mariadb', 'keycloak', 'rabbitmq', 'redis', 'mongo', 'mysql', 'oracle', 'elastic']);
/**
 * The reason to give for an entry of an environment: its own (`defaultReason`), or what the environment says beside it
 * (`environmentReasons`). A password that is both a listed default and the user name set beside it that is a product's name (`POSTGRES_USER: grafana`
 * with `POSTGRES_PASSWORD: grafana`) is described as equal to the user name, the more telling of the two; a stock password
 * (`postgres`/`postgres`, Grafana's `admin`/`admin`) as the well-known default it is; a password that names a setting and is
 * made from the user name beside it (`mmuser_password`), as made from the user name.
 */
function withBeside(own: { reason: string; secret: string } | null | undefined, beside: { reason: string; secret: string } | null | undefined): { reason: string; secret: string } | null {
  if (own && beside && beside.secret === own.secret && PRODUCT_NAMES.has(own.secret.trim().toLowerCase()) && /^is set to the user name of \S+$/.test(beside.reason)) return beside;
  // `POSTGRES_USER=mmuser` with `POSTGRES_PASSWORD=mmuser_password`: made from the user name, more telling than naming a setting.
  if (own && beside && beside.secret === own.secret && own.reason.includes(NAMES_SETTING)) return beside;
  return own ?? beside ?? null;
}

/** Grafana's configuration file, as the image reads it (`/etc/grafana/grafana.ini`), also named for an environment (`grafana.prod.ini`). */
const GRAFANA_INI = /(?:^|\/)grafana(?:[._-][\w-]+)?\.ini$/i;

/**
 * The `key = value` settings of a Grafana ini file with their section (`[security]`): lines commented out with `;` or `#`
 * are not settings, an inline comment (from a `;` or `#`) is cut as Grafana's ini reader cuts it, and a value wrapped in
 * `"""…"""`, `"…"` or backquotes is read inside them (where `;` and `#` are text). Values that are references Grafana expands
 * (`$__env{GF_ADMIN_PASSWORD}`, `$__file{…}`, `$__vault{…}`, `${VAR}`) and empty values are left out.
 */
function grafanaSettings(text: string, topLevel = false): { section: string; key: string; value: string; line: number; column: number }[] {
  const out: { section: string; key: string; value: string; line: number; column: number }[] = [];
  let section = '';
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const sec = /^\s*\[([^\]]+)\]/.exec(line);
    if (sec) { section = sec[1]!.trim(); return; }
    const m = /^(\s*([A-Za-z_][\w.-]*)\s*=\s*)(.*)$/.exec(line);
    if (!m || (!section && !topLevel)) return;
    const rest = m[3]!;
    const quoted = /^("""|"|`)(.*?)\1/.exec(rest);
    const value = quoted ? quoted[2]! : rest.replace(/[;#].*$/, '').trim();
    if (!value || /\$__\w+\{|\$\{/.test(value)) return;
    out.push({ section, key: m[2]!, value, line: i + 1, column: m[1]!.length + (quoted ? quoted[1]!.length : 0) + 1 });
  });
  return out;
}

/** Gitea's and Forgejo's configuration file (`custom/conf/app.ini`, `gitea/conf/app.ini`), read with the same ini reader as Grafana's (go-ini). */
const APP_INI = /(?:^|\/)app(?:\.[\w-]+)?\.ini$/i;
/** Nextcloud's (and ownCloud's) `config/config.php` and the extra `config/*.config.php` files it merges; its `config.sample.php` is a template. */
const NEXTCLOUD_CONFIG = /(?:^|\/)(?:[\w-]+\.)?config\.php$/i;
/** Whether a `config.php` holds an array of settings (`$CONFIG = array (`, `return [`): not a class or a script that happens to be named so. */
const isNextcloudConfig = (text: string): boolean => /\$CONFIG\s*=\s*(?:array\s*\(|\[)|^\s*return\s*(?:array\s*\(|\[)/m.test(text);

/**
 * The literal entries of PHP arrays (`$CONFIG = array ( 'dbuser' => 'nextcloud', 'dbpassword' => 'nextcloud', …)`, `[…]`): a quoted
 * key, `=>`, a quoted value, then `,` or the array's end, outside comments; `group`: the array that holds it (nested arrays are
 * their own). A value with `$` in double quotes interpolates a variable: not a literal.
 */
function phpArraySettings(text: string): { group: number; key: string; value: string; line: number; column: number }[] {
  type Tok = { t: 'str'; v: string; at: number; dq: boolean } | { t: 'op'; v: string; at: number };
  const toks: Tok[] = [];
  for (let i = 0; i < text.length && toks.length < 200000; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/' || c === '#') { const nl = text.indexOf('\n', i); i = nl < 0 ? text.length : nl; continue; }
    if (c === '/' && text[i + 1] === '*') { const end = text.indexOf('*/', i + 2); i = end < 0 ? text.length : end + 1; continue; }
    if (c === '\'' || c === '"') {
      let j = i + 1;
      let v = '';
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] === '\\' && j + 1 < text.length) { v += c === '\'' && text[j + 1] !== '\'' && text[j + 1] !== '\\' ? `\\${text[j + 1]}` : text[j + 1]; j++; } else v += text[j];
      }
      toks.push({ t: 'str', v, at: i + 1, dq: c === '"' });
      i = j;
      continue;
    }
    if (c === '=' && text[i + 1] === '>') { toks.push({ t: 'op', v: '=>', at: i }); i++; continue; }
    if ('()[],;'.includes(c)) toks.push({ t: 'op', v: c, at: i });
  }
  const out: { group: number; key: string; value: string; line: number; column: number }[] = [];
  const stack: number[] = [];
  toks.forEach((tk, n) => {
    if (tk.t === 'op') {
      if (tk.v === '(' || tk.v === '[') stack.push(tk.at);
      else if (tk.v === ')' || tk.v === ']') stack.pop();
      return;
    }
    const arrow = toks[n + 1];
    const val = toks[n + 2];
    const after = toks[n + 3];
    if (arrow?.t !== 'op' || arrow.v !== '=>' || val?.t !== 'str' || (val.dq && val.v.includes('$'))) return;
    if (after && !(after.t === 'op' && (after.v === ',' || after.v === ')' || after.v === ']'))) return;
    if (!stack.length || !/^[A-Za-z_][\w.-]{0,100}$/.test(tk.v)) return;
    const { line, column } = lineColumnAt(text, val.at);
    out.push({ group: stack.at(-1)!, key: tk.v, value: val.v, line, column });
  });
  return out;
}

/**
 * The settings of an application's own configuration file, read by its name, as environments (a password equal to the user name
 * in the same section or array counts): Grafana's `grafana.ini` and Gitea's `app.ini` section by section (`[database]` `USER` /
 * `PASSWD`), Nextcloud's `config.php` array by array (`'dbuser' => …`, `'dbpassword' => …`; keys compared in upper case, as
 * `DBUSER`/`DBPASSWORD`), and, with `envLike`, an env file's `KEY=VALUE` lines (`app.env` held in a Secret). Null for other names.
 */
type ConfigRow = { key: string; value: string; line: number; column: number; shown?: string };
function configFileEnvironments(name: string, text: string, envLike: boolean): { where: string; rows: ConfigRow[] }[] | null {
  const base = basename(name);
  if (GRAFANA_INI.test(name) || APP_INI.test(name)) {
    const rows = grafanaSettings(text, APP_INI.test(name));
    const label = GRAFANA_INI.test(name) ? 'grafana.ini' : base;
    return [...new Set(rows.map((r) => r.section))].map((section) => ({ where: section ? `${label} [${section}]` : label, rows: rows.filter((r) => r.section === section) }));
  }
  if (NEXTCLOUD_CONFIG.test(name) && !PHP_SAMPLE.test(base) && isNextcloudConfig(text)) {
    const rows = phpArraySettings(text).filter((r) => !namesItself(r.key, r.value));
    return [...new Set(rows.map((r) => r.group))].map((g) => ({ where: base, rows: rows.filter((r) => r.group === g).map((r) => ({ ...r, key: r.key.toUpperCase(), shown: r.key })) }));
  }
  if (envLike && ENV_FILE_NAME.test(name)) return [{ where: base, rows: parseEnv(name, text).entries.map((e) => ({ key: e.key, value: e.value, line: e.line, column: e.valueColumn })) }];
  return null;
}

/** The code files the check's scan reads (constants, environment fallbacks, URL literals). */
const scansFile = (file: string): boolean => (isCodeFile(file) || isPyConfigFile(file) || fallbackKind(file) !== null || isOtherCode(file)) && !isTemplate(file) && !isTestRunnerConfig(file);

/**
 * Why a file is development-only by its name or place (`docker-compose.dev.yml`, `settings/local.py`), or null. A Dockerfile
 * named for development (`Dockerfile.dev`) that production builds and ships (fly.toml's `[build] dockerfile`, render.yaml,
 * Railway, a production compose file, a pushing CI job) is production's, as the other Dockerfile checks judge it (devNamedDockerfile).
 */
const devFile = (snapshot: SnapshotView, file: string): string | null =>
  (isDockerfile(file) ? devNamedDockerfile(snapshot, file) : isDevOnly(file) ? 'development-only file' : null);

/**
 * How `run` reports a default value at a place, through `put` (one finding per location: see run): a note with the reason
 * when `devReason` says where it is not production's (by default, a development-only file).
 */
function emitter(snapshot: SnapshotView, put: (f: RawFinding & { file: string; line: number }) => void) {
  return (file: string, line: number, column: number, name: string, hit: { reason: string; secret: string }, where: string, devReason: string | null = devFile(snapshot, file)) => {
    // A switch that turns authentication off (`POSTGRES_HOST_AUTH_METHOD=trust`) holds no secret to replace.
    const message = `${name}${where} ${hit.reason}; ${hit.secret ? 'set a strong generated secret from a secret store instead' : 'remove it and require a strong password from a secret store'}`;
    // A switch (`POSTGRES_HOST_AUTH_METHOD=trust`) holds no secret to redact.
    const secret = hit.secret ? { secret: hit.secret } : {};
    put(devReason ? { file, line, column, ...secret, note: true, message: `${message} (${devReason})` } : { file, line, column, message, ...secret });
  };
}

/** Files the check leaves out where it reads files by their names: templates, tests and test-runner configurations. */
const skipFile = (f: string) => isTemplate(f) || isTestFile(f) || isTestRunnerConfig(f);
// Files read by their names (Spring and Rails configuration, Helm values and templates, Kamal secrets): not a vendored
// dependency's (`vendor/bundle/…/config/database.yml`, `node_modules/pkg/application.yml`), which are that project's. What the
// deploy configuration reads (a compose `env_file`, a Dockerfile it builds) is judged wherever it is.
const skipNamed = (f: string) => skipFile(f) || isVendored(f);

/**
 * What `run` finds without the file pass's results (compose services, manifests, kustomize generators, Dockerfiles, env,
 * config and platform files, CloudFormation, Helm values, the scripts production starts), in the order it finds them, and
 * how many sources it read: once per view, so the engine works it out while worker threads scan (prepare), and only the
 * judging of the scanned code is left for after the pass. The findings are shared: `run` puts copies.
 */
const deployedDefaults = perView(function deployedDefaults(snapshot: SnapshotView): { found: (RawFinding & { file: string; line: number })[]; sources: number } {
  let sources = 0;
  const found: (RawFinding & { file: string; line: number })[] = [];
  const emit = emitter(snapshot, (f) => found.push(f));
  /** An environment judged as a whole (a password equal to the user name beside it, the auth-off switches), each value at its place. */
  const judgeEnvironment = (file: string, rows: readonly { key: string; value: string; line: number; column: number }[], where: string, devReason?: string | null) => {
    const near = environmentReasons(rows);
    rows.forEach((e, i) => {
      const hit = withBeside(defaultReason(e.key, e.value), near.get(i));
      if (hit) emit(file, e.line, e.column, e.key, hit, where, devReason);
    });
  };
  /** A configuration file's rows (configFileEnvironments), judged as an environment; `at` maps a row to where it is written. */
  const judgeConfigRows = (file: string, rows: readonly ConfigRow[], where: string, devReason: string | null, at: (r: ConfigRow) => { line: number; column: number } = (r) => r) => {
    const near = environmentReasons(rows);
    rows.forEach((r, i) => {
      const hit = withBeside(defaultReason(r.key, r.value), near.get(i));
      // The user key named as it is written (`dbuser`, judged as `DBUSER`).
      const reason = hit && r.shown !== undefined ? hit.reason.replace(/(the user name of )(\S+)/, (_m, of: string, k: string) => `${of}${rows.find((u) => u.key === k)?.shown ?? k}`) : hit?.reason;
      if (hit) { const p = at(r); emit(file, p.line, p.column, r.shown ?? r.key, { ...hit, reason: reason! }, where, devReason); }
    });
  };

  // A value several services reach (an `extends` base that is itself a service, a shared env_file)
  // is one finding where it is written, naming every service that uses it; a production service makes it a failure.
  const composeHits = reachedByLocation<{ name: string; hit: { reason: string; secret: string }; into?: string }>();
  // `POSTGRES_PASSWORD: ${POSTGRES_PW}` with `POSTGRES_PW=changeit` in the committed `.env` compose interpolates
  // with: reported at the `.env` line, where the value is written (once, even when an env_file reads that line too).
  const dotenvHits = reachedByLocation<{ name: string; hit: { reason: string; secret: string }; into?: string }>();
  // Per `.env` line, the keys it is interpolated into and the services that do each.
  const intoKeys = new Map<string, Map<string, string[]>>();
  const at = (h: { file: string; line: number; column: number }) => `${h.file}:${h.line}:${h.column}`;
  // The repository's own deployment: not test or illustration folders, not `extends` bases (reached through the
  // services that extend them). A value a production overlay replaces is a note; one the service's own
  // `environment:` replaces (over its env_file) never reaches the container.
  for (const cf of judgedComposeFiles(snapshot)) {
    if (!composeFileUnread(snapshot, cf)) sources++;
    const dotenv = composeDotenvFiles(snapshot, cf.path);
    for (const svc of cf.services) {
      const dev = composeDevOnly(svc);
      const reach = composeEnvReach(snapshot, svc);
      const env = composeEnvironment(svc);
      const fromDotenv = env.map((e) => dotenvEntryFor(e.value, dotenv, e.key));
      const beside = environmentReasons(env.map((e, i) => ({ key: e.key, value: fromDotenv[i]?.value ?? e.value })));
      for (const [i, e] of env.entries()) {
        const own = e.value === null ? null : defaultReason(e.key, e.value);
        // `${ADMIN_PASSWORD:-admin}` with `ADMIN_PASSWORD=admin` in the committed `.env`: the `.env` line is what deploys, reported
        // there; the fallback is reported too (it deploys wherever the variable is unset). The user name beside goes with the `.env` value.
        const via = fromDotenv[i] ?? null;
        const viaHit = via ? withBeside(defaultReason(e.key, via.value), beside.get(i)) : null;
        const ownHit = own ? withBeside(own, via ? undefined : beside.get(i)) : !via ? withBeside(null, beside.get(i)) : null;
        if (!viaHit && !ownHit) continue;
        const devWhy = (file: string) => dev ?? (isDevOnly(file) ? 'development-only file' : reach.environment(e.key));
        if (via && viaHit) {
          const place = { file: via.file, line: via.line, column: via.valueColumn };
          dotenvHits.add(place, false, svc, devWhy(svc.origin(e.path).file), { name: via.key, hit: viaHit, into: e.key });
          // Each service's own key (`GOTRUE_JWT_SECRET` of 'auth', `PGRST_JWT_SECRET` of 'rest'): named in the message.
          const keys = intoKeys.get(at(place)) ?? intoKeys.set(at(place), new Map()).get(at(place))!;
          keys.set(e.key, [...new Set([...(keys.get(e.key) ?? []), svc.name])]);
        }
        if (ownHit) {
          const at = svc.origin(e.path);
          if (!skipFile(at.file)) composeHits.add(at, false, svc, devWhy(at.file), { name: e.key, hit: ownHit });
        }
      }
      // The files its env_file names (`.envs/.production/.postgres`, `db.env`): its environment too.
      for (const p of composeEnvFiles(svc)) {
        const ef = skipFile(p) ? undefined : snapshot.envFileAt(p);
        if (!ef) continue;
        const near = environmentReasons(ef.entries.map((e) => ({ key: e.key, value: e.value })));
        ef.entries.forEach((e, i) => {
          const hit = withBeside(defaultReason(e.key, e.value), near.get(i));
          const over = hit ? reach.envFile(p, e.key) : null;
          if (hit && over !== false) composeHits.add({ file: p, line: e.line, column: e.valueColumn }, true, svc, dev ?? (isDevOnly(p) ? 'development-only file' : over), { name: e.key, hit });
        });
        for (const { e, hit } of commentedDefaults(snapshot, ef)) composeHits.add({ file: p, line: e.line, column: e.valueColumn }, true, svc, COMMENTED_OUT, { name: e.key, hit });
      }
    }
  }
  // A `.env` line that services read through env_file and others through interpolation is one finding naming them all.
  const interpolated = new Map(dotenvHits.values().map((h) => [at(h), h]));
  const who = (h: { services: { name: string }[] }) => namedServices([...new Set(h.services.map((o) => o.name))]);
  const into = (h: { file: string; line: number; column: number; data: { into?: string }; services: { name: string }[] }) => {
    const keys = [...(intoKeys.get(at(h)) ?? new Map<string, string[]>())];
    if (keys.length < 2) return `interpolated into ${h.data.into} of ${who(h)}`;
    // Services of one key joined by `and`, so the commas part the keys.
    return `interpolated into ${keys.map(([key, names]) => `${key} of ${names.length > 1 ? 'services' : 'service'} ${names.map((n) => `'${n}'`).join(' and ')}`).join(', ')}`;
  };
  for (const h of composeHits.values()) {
    const also = interpolated.get(at(h));
    interpolated.delete(at(h));
    const reached = [h.envFile ? `env_file of ${who(h)}` : who(h), ...(also ? [into(also)] : [])].join(', and ');
    emit(h.file, h.line, h.column, h.data.name, h.data.hit, ` (${reached})`, h.dev === null || also?.dev === null ? null : h.dev);
  }
  for (const h of interpolated.values()) emit(h.file, h.line, h.column, h.data.name, h.data.hit, ` (${into(h)})`, h.dev);

  // Manifests, and the workloads Terraform's Kubernetes provider declares (kubernetes_deployment…: tf-kubernetes.ts), read alike:
  // their containers' literal env values (a value Terraform computes is no literal). A kubernetes_config_map's `data` is a map
  // argument, judged with the other Terraform arguments.
  for (const obj of [...snapshot.k8sObjects(), ...terraformK8sObjects(snapshot).filter((o) => o.kind !== 'ConfigMap')]) {
    if (skipFile(obj.file)) continue;
    sources++;
    // A chart template's object or container named with actions (`{{ include "stack.fullname" . }}-app`) is named as the chart renders it.
    const shown = (name: string | null) => (name === null ? '?' : shownTemplateName(name, name.includes('{{') ? helmChartName(snapshot, obj.file) : null));
    // argocd-vault-plugin fills an annotated object's `<key>` placeholders from Vault: references, no fill-ins.
    const avp = hasAvpPath(obj.value);
    if ((obj.kind === 'Secret' || obj.kind === 'ConfigMap') && obj.apiVersion === 'v1') {
      for (const field of obj.kind === 'Secret' ? ['stringData', 'data'] : ['data']) {
        const data = obj.value[field];
        if (!isObject(data)) continue;
        // A ConfigMap is a container's environment (`envFrom`): a password equal to the user name beside it is a
        // default credential, as in `env`. (A Secret's literal values are hardcoded-secret's, whatever they are.)
        const entries = Object.entries(data);
        const beside = obj.kind === 'ConfigMap' ? environmentReasons(entries.map(([key, raw]) => ({ key, value: typeof raw === 'string' ? raw : null }))) : null;
        for (const [i, [key, raw]] of entries.entries()) {
          if (typeof raw !== 'string' || (avp && isAvpKeyPlaceholder(raw))) continue;
          const value = obj.kind === 'Secret' && field === 'data' ? decodeBase64(raw) : raw;
          // A key that names a configuration file (kube-prometheus' `grafana.ini: |`, an `app.env`): a document, judged by its
          // content as that file would be (as hardcoded-secret judges it), each value at its line of a block scalar; a base64
          // `data` value at its key.
          const embedded = value === null ? null : configFileEnvironments(key, value, true);
          if (embedded) {
            const lines = snapshot.lines(obj.file);
            const keyAt = obj.loc([field, key], true);
            const at = (r: ConfigRow) => {
              if ((obj.kind === 'Secret' && field === 'data') || !value!.includes('\n')) return keyAt;
              const docLine = value!.split('\n')[r.line - 1]?.replace(/\r$/, '') ?? '';
              const written = lines?.[keyAt.line + r.line - 1]?.replace(/\r$/, '');
              return docLine && written?.endsWith(docLine) ? { line: keyAt.line + r.line, column: written.length - docLine.length + r.column } : keyAt;
            };
            for (const env of embedded) judgeConfigRows(obj.file, env.rows, ` (${obj.kind} '${shown(obj.name)}' ${env.where})`, isDevOnly(obj.file) ? 'development-only file' : null, at);
            continue;
          }
          const hit = value === null ? null : withBeside(defaultReason(key, value), beside?.get(i));
          // As production renders it: a kustomize overlay that sets the key again, an `env` entry over `envFrom` (k8sDataFate).
          const fate = hit && obj.name !== null && !isDevOnly(obj.file) ? k8sDataFate(snapshot, { kind: obj.kind, name: obj.name, file: obj.file }, key, (v) => !defaultReason(key, v)) : null;
          if (hit) { const at = obj.loc([field, key], true); emit(obj.file, at.line, at.column, key, hit, ` (${obj.kind} '${shown(obj.name)}')`, fate?.note ?? undefined); }
        }
      }
      continue;
    }
    const env = containerEnv(obj);
    for (const container of new Set(env.map((e) => e.container))) {
      const own = env.filter((e) => e.container === container);
      const beside = environmentReasons(own.map((e) => ({ key: e.name, value: e.value })));
      own.forEach((e, i) => {
        if (avp && isAvpKeyPlaceholder(e.value)) return;
        const hit = withBeside(defaultReason(e.name, e.value), beside.get(i));
        // As production renders it: a value every production kustomize overlay sets again (or removes) is a note (k8sEnvFate).
        const fate = hit && !isDevOnly(obj.file) ? k8sEnvFate(snapshot, obj, container.path, e.name).note : null;
        if (hit) emit(obj.file, e.line, e.column, e.name, hit, ` (container '${shown(container.name)}')`, fate ?? undefined);
      });
    }
  }
  // Container env that only a production kustomize overlay's inline or JSON 6902 patch writes, as the overlay renders the
  // workload (overlayEnvValues: merged as the Kubernetes workload checks merge it), at the value in the patch.
  for (const { entry: e, overlays, env } of overlayEnvValues(snapshot)) {
    if (e.value === null || skipFile(e.object.file)) continue;
    sources++;
    const all = env.map((x) => ({ key: x.name, value: x.value }));
    const hit = withBeside(defaultReason(e.name, e.value), environmentReasons(all).get(env.indexOf(e)));
    if (hit) emit(e.object.file, e.line, e.column, e.name, hit, ` (container '${e.container.name}'${overlayNote(overlays)})`, null);
  }

  // The ConfigMaps and Secrets kustomize generates from `literals` (`- password=changeme`), read like written ones.
  for (const { file: f, literals } of kustomizeEnv(snapshot)) {
    sources++;
    for (const e of literals) {
      const hit = defaultReason(e.key, e.value);
      const fate = hit && !isDevOnly(f) ? k8sDataFate(snapshot, { kind: e.generator === 'secretGenerator' ? 'Secret' : 'ConfigMap', name: e.name, generatedIn: dirname(f) }, e.key, (v) => !defaultReason(e.key, v)) : null;
      if (hit) emit(f, e.line, e.column, e.key, hit, ` (kustomize ${e.generator} '${e.name}')`, fate?.note ?? undefined);
    }
  }
  // And from the files they read: an `envs:` file's `KEY=VALUE` lines whatever its name (`config.properties`, `app.env`: as
  // compose's `env_file`), and a `files:` entry's file, one data key holding it: a one-line value judged under that key
  // (`DJANGO_SECRET_KEY=secret-key.txt` holding `changeme`), an env file or a configuration file by its content. At the file's lines.
  for (const g of kustomizeGeneratorFiles(snapshot)) {
    if (skipFile(g.path) || isProductionEnvFile(g.path)) continue;
    const text = snapshot.text(g.path);
    if (text === undefined) continue;
    sources++;
    const where = ` (kustomize ${g.generator} '${g.name}' ${g.how})`;
    const dev = g.dev ? 'development-only file' : null;
    // As production renders each key (k8sDataFate): rows of one fate judged together.
    const fate = (key: string) => (dev ? null : k8sDataFate(snapshot, { kind: g.generator === 'secretGenerator' ? 'Secret' : 'ConfigMap', name: g.name, generatedIn: dirname(g.kustomization) }, key, (v) => !defaultReason(key, v)));
    if (g.how === 'envs') {
      const byFate = new Map<string, { note: string | null; rows: ConfigRow[] }>();
      for (const r of configFileEnvironments('.env', text, true)![0]!.rows) {
        const note = defaultReason(r.key, r.value) ? fate(r.key)?.note ?? null : null;
        (byFate.get(note ?? '') ?? byFate.set(note ?? '', { note, rows: [] }).get(note ?? '')!).rows.push(r);
      }
      for (const b of byFate.values()) judgeConfigRows(g.path, b.rows, where, dev ?? b.note);
      continue;
    }
    if (g.one) {
      const hit = defaultReason(g.key, g.one.text);
      const f = hit ? fate(g.key) : null;
      if (hit) emit(g.path, 1, g.one.column, g.key, hit, where, dev ?? f?.note ?? null);
      continue;
    }
    for (const env of configFileEnvironments(g.key, text, true) ?? []) judgeConfigRows(g.path, env.rows, ` (kustomize ${g.generator} '${g.name}' ${env.where})`, dev);
  }

  for (const df of snapshot.dockerfiles()) {
    if (!df.final || skipFile(df.path)) continue;
    sources++;
    const props = lineage(df.final).flatMap((stage) => stage.instructions.filter((ins) => ins.keyword === 'ENV' || ins.keyword === 'ARG').flatMap((ins) => ins.properties.map((p) => ({ ins, p }))));
    const beside = environmentReasons(props.map(({ p }) => ({ key: p.name, value: p.value })));
    for (const [i, { ins, p }] of props.entries()) {
      const hit = withBeside(p.value === null ? null : defaultReason(p.name, p.value), beside.get(i));
      // At the value, as compose and env files report theirs (a bare `ARG X` has none: at its name).
      if (hit) emit(df.path, p.valueLine ?? p.line, p.valueColumn ?? p.column, p.name, hit, ` (${ins.keyword})`);
    }
  }

  // Redis told to require a default password (`command: redis-server --requirepass changeme`, `requirepass foobared`
  // in a redis.conf): the deployed server's password, whatever key it sits under (a real one is hardcoded-secret's).
  const redisFiles = new Set([...judgedComposeFiles(snapshot).map((cf) => cf.path), ...snapshot.k8sObjects().map((o) => o.file),
    ...snapshot.dockerfiles().filter((df) => df.final).map((df) => df.path), ...filesEndingIn(snapshot.files, 'conf').filter((f) => f.endsWith('.conf') && !isVendoredOrGenerated(f))]);
  const unreadCompose = new Set(judgedComposeFiles(snapshot).filter((cf) => composeFileUnread(snapshot, cf)).map((cf) => cf.path));
  for (const file of redisFiles) {
    const text = skipFile(file) ? undefined : snapshot.text(file);
    if (text === undefined) continue;
    if (!unreadCompose.has(file)) sources++;
    for (const r of redisPasswords(file, text)) {
      // A value that names a setting (`requirepass redis_password`) is a placeholder too, judged as under REDIS_PASSWORD.
      if (!isDefaultCredential(r.value) && !namesPasswordSettingValue(r.value)) continue;
      emit(file, r.line, r.column, 'the Redis password (requirepass)', { reason: `is set to ${describePasswordValue(r.value)}`, secret: r.value }, '');
    }
    // Flower's login (`celery flower --basic_auth=admin:admin`): its UI shows every task's arguments and can revoke and shut down workers.
    if (!file.endsWith('.conf')) for (const f of flowerBasicAuth(text)) {
      const hit = basicAuthDefault(f.value);
      if (hit) emit(file, f.line, f.column, 'the Flower login (--basic_auth)', hit, '');
    }
  }

  // Default passwords on command lines (`mysqldump -proot`, `PGPASSWORD=postgres pg_dump`, `-Dspring.datasource.password=admin`): hardcoded-secret's rules, defaults here.
  const production = productionScripts(snapshot);
  for (const c of deployedCommandLineDefaults(snapshot, production)) emit(c.file, c.line, c.column, c.what, { reason: `is set to ${c.named ? NAMES_SETTING : describeDefault(c.value)}`, secret: c.value }, '');

  // Database users' passwords in SQL scripts and database init scripts (`CREATE USER app WITH PASSWORD 'changeme'`): hardcoded-secret's
  // reading, defaults and passwords made from the user name here (sqlUserDefaults).
  for (const h of sqlUserDefaults(snapshot, production)) { if (h.reason === null) sources++; else emit(h.file, h.line, h.column, h.name, { reason: h.reason, secret: h.secret }, '', h.dev); }

  // Production env files, whether or not a compose service names them (`.env.production` read by the app, a platform):
  // judged like a service's environment, a password equal to the user name beside it included.
  for (const ef of productionEnvFiles(snapshot)) {
    if (skipFile(ef.path)) continue;
    sources++;
    judgeEnvironment(ef.path, ef.entries.map((e) => ({ ...e, column: e.valueColumn })), '');
    for (const { e, hit } of commentedDefaults(snapshot, ef)) emit(ef.path, e.line, e.valueColumn, e.key, hit, '', COMMENTED_OUT);
  }

  // Kamal's secrets files (`.kamal/secrets`, a destination's `.kamal/secrets.<destination>`, `.kamal/secrets-common`): the dotenv
  // files `kamal deploy` sends to the production containers. `KEY=$(cmd)`, `$VAR` and `${VAR}` are references (Kamal's dotenv runs
  // and expands them, with no `:-` default), not literals; a destination named for development gives notes.
  for (const file of snapshot.files) {
    const km = KAMAL_SECRETS.exec(file);
    const ef = km && !skipNamed(file) ? snapshot.envFileAt(file) : undefined;
    if (!ef) continue;
    sources++;
    const entries = ef.entries.filter((e) => !e.value.includes('$')).map((e) => ({ ...e, column: e.valueColumn }));
    const dev = km![1] && DEV_WORD.test(km![1]) ? `Kamal destination '${km![1]}'` : isDevOnly(file) ? 'development-only file' : null;
    judgeEnvironment(file, entries, ' (Kamal secrets)', dev);
  }

  // Pulumi stack configuration (`Pulumi.<stack>.yaml`): the values `pulumi up` gives the program for that stack, keys written
  // with their namespace (`shop:dbPassword: changeme`), judged as an environment (a password equal to the user name beside it
  // included); `secure:` values are ciphertext, a structured value is read per key. A stack named for development gives notes.
  for (const file of filesEndingIn(snapshot.files, 'yml', 'yaml')) {
    const pm = PULUMI_STACK.exec(file);
    const rows = pm && !skipFile(file) && !isVendoredOrGenerated(file) ? pulumiStackConfig(snapshot, file) : null;
    if (!rows) continue;
    sources++;
    judgeConfigRows(file, rows, ' (Pulumi stack config)', DEV_WORD.test(pm![1]!) ? `Pulumi stack '${pm![1]}'` : isDevOnly(file) ? 'development-only file' : null);
  }

  // Terraform variable files in JSON (`terraform.tfvars.json`, `*.auto.tfvars.json`, a `-var-file` one): judged as a `.tfvars`
  // file's lines are (fallbacksOnly): each value by its variable's name, and a password equal to the user name beside it (the
  // file's variables together, an object value's entries among themselves), at the value.
  for (const file of filesEndingIn(snapshot.files, 'json')) {
    if (!TFVARS_JSON.test(file) || skipFile(file) || isVendoredOrGenerated(file)) continue;
    const groups = terraformVarFileJsonGroups(snapshot, file);
    if (!groups.length) continue;
    sources++;
    for (const group of groups) {
      const hit = new Set<number>();
      group.forEach((e, i) => {
        const r = defaultReason(e.key, e.value);
        if (r) { hit.add(i); emit(file, e.line, e.column, e.key, r, ''); }
      });
      for (const [i, p] of passwordsEqualToUser(group)) {
        if (hit.has(i) || isUnsetValue(p.value)) continue;
        emit(file, group[i]!.line, group[i]!.column, group[i]!.key, { reason: `is set to ${userNamePhrase(p)}`, secret: p.value }, '');
      }
    }
  }

  // A systemd unit's `Environment=` (`Environment=DB_PASSWORD=changeme`, `Environment="A=1" "B=changeme"`: the variables its
  // `[Service]` section gives every `ExecStart=`, as the entry-point analysis reads them) and supervisord's `environment=`
  // (`[program:x]`, and `[supervisord]`, which every program inherits): the environment of processes production runs.
  const units = new Map<string, NonNullable<ReturnType<typeof entryPoints>[number]['envAt']>>();
  for (const entry of entryPoints(snapshot)) if (entry.where === 'systemd ExecStart' && entry.envAt && !skipFile(entry.file)) units.set(entry.file, entry.envAt);
  for (const [file, envAt] of units) {
    sources++;
    // At the value: the entry-point analysis locates each variable's last `KEY=` (continuation lines too); its value follows.
    judgeEnvironment(file, Object.entries(envAt).map(([key, e]) => ({ key, value: e.value, line: e.line, column: e.column + key.length + 1 })), ' (systemd Environment=)');
  }
  for (const file of filesEndingIn(snapshot.files, 'conf', 'ini')) {
    if (!SUPERVISORD_CONFIG.test(file) || skipFile(file) || isVendoredOrGenerated(file)) continue;
    sources++;
    const text = snapshot.text(file);
    const env = text === undefined ? [] : supervisordEnvironment(text);
    for (const section of new Set(env.map((e) => e.section))) judgeEnvironment(file, env.filter((e) => e.section === section), ` (supervisord [${section}] environment)`);
  }

  // Applications' own configuration files (configFileEnvironments): Grafana's `grafana.ini` (what the image reads from /etc/grafana:
  // `[security]` `admin_password = admin` is the admin/admin login Grafana documents, `[database]` `password` its database's),
  // Gitea's `app.ini` (`[database]` `USER = gitea` / `PASSWD = gitea`), Nextcloud's `config.php` (`'dbpassword' => 'nextcloud'`):
  // each section or array judged as an environment (a password equal to the user name beside it counts), values written as
  // references (`$__env{…}`, `$__file{…}`, `${VAR}`) left out.
  for (const file of filesEndingIn(snapshot.files, 'ini', 'php')) {
    if (!(GRAFANA_INI.test(file) || APP_INI.test(file) || NEXTCLOUD_CONFIG.test(file)) || skipFile(file) || isVendoredOrGenerated(file)) continue;
    sources++;
    const text = snapshot.text(file);
    for (const env of (text === undefined ? null : configFileEnvironments(file, text, false)) ?? []) judgeConfigRows(file, env.rows, ` (${env.where})`, isDevOnly(file) ? 'development-only file' : null);
  }

  // GitLab Omnibus settings (util/omnibus.ts, read alike by tls-protocols-config): `gitlab.rb` and the `GITLAB_OMNIBUS_CONFIG`
  // text of compose services and Kubernetes containers, which the GitLab image appends to it — `gitlab_rails['initial_root_password']
  // = 'changeme'` (the administrator's first password), `gitlab_rails['db_password']`, `postgresql['sql_user_password']`,
  // `redis['password']`: each text's settings of one component judged as an environment (a password equal to the user name
  // beside it, `gitlab_rails['db_username']`, counts), named as written; a development-only file or service gives notes, and a
  // production overlay setting GITLAB_OMNIBUS_CONFIG again makes the base's a note. A real value there is hardcoded-secret's.
  {
    const bySource = new Map<string, OmnibusSetting[]>();
    for (const s of omnibusSettings(snapshot)) {
      if (skipFile(s.file)) continue;
      const key = `${s.group}\0${s.component}`;
      (bySource.get(key) ?? bySource.set(key, []).get(key)!).push(s);
    }
    if (bySource.size) sources++;
    for (const all of bySource.values()) {
      // Ruby runs the statements in order: a setting assigned again later in the same text (`gitlab_rails['db_password']`
      // set to `'gitlab'`, then to the real value) holds the last value only.
      const rows = all.filter((s, i) => !all.slice(i + 1).some((o) => o.shown === s.shown));
      judgeConfigRows(rows[0]!.file, rows.map((s) => ({ key: s.keys.at(-1)!, value: s.value, line: s.line, column: s.column, shown: s.shown })), ` (${rows[0]!.where})`, rows[0]!.dev);
    }
  }

  // A YAML configuration document carried in an environment value as a block scalar (Invidious' `INVIDIOUS_CONFIG: |` holding
  // `db: {user: kemal, password: kemal}` and `hmac_key: "CHANGE_ME!!"`: util/env-yaml.ts): each mapping judged as an
  // environment, each setting at its line of the block scalar, named by its path. A real value there is hardcoded-secret's.
  for (const g of envYamlSettings(snapshot)) {
    if (skipFile(g.file)) continue;
    sources++;
    judgeConfigRows(g.file, g.rows, ` (${g.where})`, g.dev);
  }

  // Hosting platforms' deploy files (fly.toml [env], render.yaml envVars, serverless.yml environment, heroku.yml setup.config, app.yaml): the production process's environment.
  // Its readers leave tests and templates out, except files deployed as written (a CloudFormation `MyStack.template.json`, `.do/deploy.template.yaml`).
  const platform = platformEnv(snapshot);
  for (const file of new Set(platform.map((e) => e.file))) {
    sources++;
    const rows = platform.filter((e) => e.file === file);
    const near = environmentReasons(rows);
    rows.forEach((e, i) => {
      const hit = withBeside(defaultReason(e.key, e.value), near.get(i));
      if (hit) emit(e.file, e.line, e.column, e.key, hit, ` (${e.where})`, e.dev ? e.devReason ?? 'development-only file' : null);
    });
  }

  // CloudFormation database passwords: a database resource's literal `MasterUserPassword` (`changeme`, `postgres`, or its
  // `MasterUsername`), the `Default` of the parameter it references, and a secret-named parameter's `Default` (used whenever
  // the stack is created without a value, as a Terraform variable's default).
  const cfnFiles = new Set<string>();
  // An AWS descriptor's containers were read even when none has an environment: the item passes, it is not skipped.
  if (awsDeploy(snapshot).containers.some((c) => !isTestFile(c.file))) sources++;
  for (const c of awsDeploy(snapshot).credentials) {
    // A template named as CloudFormation names them (`db.template.yaml`, `MyStack.template.json`) is the stack that deploys.
    const placeholderFile = isTemplate(c.file) && !isCfnTemplateFile(c.file, snapshot.text(c.file) ?? '');
    if (placeholderFile || isTestFile(c.file) || isTestRunnerConfig(c.file) || (c.param !== null && isCfnSsmParameter(snapshot, c.file, c.param))) continue;
    if (!cfnFiles.has(c.file)) { cfnFiles.add(c.file); sources++; }
    const name = c.param !== null ? `CloudFormation parameter '${c.param}'` : 'MasterUserPassword';
    const where = c.resource === null ? '' : c.param !== null ? ` (the MasterUserPassword of ${c.resource})` : ` (${c.resource})`;
    const hit = c.user !== null && c.value === c.user && !isUnsetValue(c.value) ? { reason: 'is set to the user name of MasterUsername', secret: c.value }
      : defaultReason(c.resource === null ? c.param! : 'MasterUserPassword', c.value);
    if (hit) emit(c.file, c.line, c.column, name, c.param !== null ? { ...hit, reason: `has a default: it ${hit.reason}` } : hit, where, c.dev ? 'development-only file' : null);
  }

  // Azure templates' secret parameters: a Bicep `@secure()` or secret-named `param … string = '…'` and an ARM `securestring` or
  // secret-named parameter's `defaultValue` (used whenever the deployment passes no value, as a CloudFormation parameter's
  // `Default`), read as hardcoded-secret reads them (util/credentials.ts): a placeholder or well-known default is this check's.
  for (const file of filesEndingIn(snapshot.files, 'bicep', 'json')) {
    const bicep = /\.bicep$/i.test(file);
    if ((!bicep && !/\.json$/i.test(file)) || skipFile(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (text === undefined || (!bicep && !(text.includes('deploymentTemplate') && text.includes('defaultValue')))) continue;
    const params = bicep ? bicepParamDefaults(text) : armParamDefaults(file, text);
    if (!params.length) continue;
    sources++;
    for (const p of params) {
      // A secure parameter holds a secret whatever its name, unless the name says who or where (`adminUsername`).
      const named = isSecretName(p.name);
      if (!named && !(p.secure && !namesWhereOrWho(keyWords(p.name).at(-1) ?? ''))) continue;
      const hit = defaultReason(named ? p.name : 'secret', p.value);
      if (hit) emit(file, p.line, p.column, `${bicep ? 'Bicep' : 'ARM template'} parameter '${p.name}'`, { ...hit, reason: `has a default: it ${hit.reason}` }, '');
    }
  }

  // The committed files of compose file-based secrets (`secrets: { db-password: { file: db/password.txt } }`) holding a
  // default or placeholder; a real value there is hardcoded-secret's (both read the files alike: util/credentials.ts).
  // A secret named for who or where (`db_user`, `admin-email`, `db_host`) holds a name: its default-looking value (`postgres`, `admin`) is no password
  // — unless its file names a secret (`db_user` kept in `db_password.txt`), as hardcoded-secret judges the same files by both names.
  const whereOrWho = (name: string) => { const last = keyWords(name).at(-1) ?? ''; return namesWhereOrWho(last) || URL_KEY_WORDS.has(last); };
  const secretDefaults = new Set<string>();
  for (const s of composeSecretFiles(snapshot, skipFile)) {
    sources++;
    const fileNamesSecret = isSecretName(basename(s.file).replace(/\.[A-Za-z0-9]{1,8}$/, ''));
    if (/[\r\n]/.test(s.value) || (whereOrWho(s.name) && !fileNamesSecret) || !isDefaultCredential(s.value)) continue;
    secretDefaults.add(s.file);
    emit(s.file, s.line, s.column, `the compose secret '${s.name}'`, { reason: `is set to ${describeDefault(s.value)}`, secret: s.value }, ` (${s.composeFile})`, isDevOnly(s.composeFile) || isDevOnly(s.file) ? 'development-only file' : null);
  }
  // A secret file a service reads as its password (`POSTGRES_PASSWORD_FILE=/run/secrets/db_password`) holding the user name
  // set beside it (`POSTGRES_USER=odoo`): the hand-off rule of util/credentials.ts, as `POSTGRES_PASSWORD: odoo` would be.
  for (const { secret: s, service, variable, pair } of composeSecretUserNames(snapshot, skipFile)) {
    if (secretDefaults.has(s.file) || isUnsetValue(s.value)) continue;
    const dev = composeDevOnly(service) ?? (isDevOnly(s.composeFile) || isDevOnly(s.file) ? 'development-only file' : null);
    emit(s.file, s.line, s.column, `the compose secret '${s.name}'`, { reason: `is set to ${userNamePhrase(pair)} (service '${service.name}' reads it by ${variable})`, secret: s.value }, ` (${s.composeFile})`, dev);
  }

  // Helm chart templates: a secret-named value falling back to a well-known default
  // (`{{ .Values.db.password | default "postgres" }}`) is what every install that sets no value runs with — in a branch
  // some values file of the chart renders (`{{- if .Values.legacyAuth.enabled }}` false in all of them renders nothing),
  // as the Kubernetes checks read the template.
  const helmRepo = helmRepoOf(snapshot);
  for (const file of filesEndingIn(snapshot.files, 'yml', 'yaml', 'tpl')) {
    if (!/(?:^|\/)templates\/[^/]+\.(?:ya?ml|tpl)$/i.test(file) || skipNamed(file)) continue;
    const raw = snapshot.text(file);
    if (raw === undefined || !isHelmTemplate(file, raw)) continue;
    sources++;
    const text = helmDefaultRender(file, raw, helmRepo) ?? raw;
    for (const f of helmFallbacks(text)) {
      if (!isSecretName(f.key) || isAboutSecretName(f.key)) continue;
      const hit = defaultReason(f.key, f.value);
      if (hit) emit(file, f.line, f.column, f.key, hit, ' (the chart\'s `default`)');
    }
  }

  // dynaconf's settings.toml: the environment the deploy selects (`ENV_FOR_DYNACONF=production`) over `[default]`, `[global]` over both.
  const dynaconf = dynaconfProductionSettings(snapshot);
  if (dynaconf.length) sources++;
  for (const st of dynaconf) {
    const hit = defaultReason(st.key.toUpperCase(), st.value);
    if (hit) emit(st.file, st.line, st.column, st.key, hit, ` (dynaconf [${st.section}], which production runs: ${st.by})`, null);
  }

  // Spring Boot configuration (`application.yml`, `application-prod.properties`, `bootstrap.yml`):
  // `spring.datasource.password: postgres`, `jwt.secret=${JWT_SECRET:changeme}` (the default after
  // the variable's `:` is what runs whenever it is unset). Development profiles are notes.
  let springProd: ReturnType<typeof springProdSettings> | undefined;
  for (const file of filesEndingIn(snapshot.files, 'yml', 'yaml', 'properties')) {
    const m = SPRING_CONFIG.exec(file);
    if (!m || skipNamed(file)) continue;
    sources++;
    // A development profile production activates (`ENV SPRING_PROFILES_ACTIVE=dev`) is production's: judged, naming what activates it.
    const springActive = productionSpringProfiles(snapshot);
    const fileActivated = m[1] && SPRING_DEV_PROFILE.test(m[1]) ? springProfileActivation(m[1], springActive, file) : null;
    const fileDev = isDevOnly(file) ? 'development-only file' : m[1] && SPRING_DEV_PROFILE.test(m[1]) && !fileActivated ? `Spring profile '${m[1]}'` : null;
    let activated = fileActivated ? ` (${activatedProfile(m[1]!, fileActivated)})` : '';
    const envName = (key: string) => key.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
    // The settings of a file (or YAML document), judged each on its own and beside the others: a
    // `spring.datasource.password` equal to its `username` (also as the default of `${DB_PASSWORD:payments}`).
    // A base setting (`application.yml`, no profile) that a production profile of the folder sets to no default
    // (`application-prod.yml`, an `on-profile: prod` document) is an overridden default: a note (the rule
    // cookie-flags and debug-mode share). `profile`: the document's (`#---`/`---` with `on-profile`), or the Quarkus prefix's.
    // So is one that the same file sets otherwise under Quarkus' `%prod.` prefix (`%prod.quarkus.datasource.password=${DB_PASSWORD}`,
    // a `"%prod":` section): `quarkusProd`, its production profile's rows by key. A production value that is a default
    // too leaves the base one failing (and fails where it is written).
    type Row = { key: string; value: string; line: number; column: number; profile: string | null };
    const overriddenBy = (key: string, quarkusProd: ReadonlyMap<string, Row[]>): string | null => {
      const safe = (v: string) => defaultReason(envName(key), v) === null;
      const quarkus = quarkusProd.get(key) ?? [];
      if (!quarkus.every((q) => safe(q.value))) return null;
      springProd ??= springProdSettings(snapshot.files.filter((f) => !skipNamed(f)), (f) => snapshot.text(f));
      const spring = springOverride(springProd, file, key, safe);
      if (!spring && springOverride(springProd, file, key, () => true)) return null;
      const by = spring ?? (quarkus[0] ? { file, line: quarkus[0].line } : undefined);
      return by ? `overridden by ${by.file}:${by.line} for production` : null;
    };
    const judgeAll = (rows: Row[], dev: string | null, quarkusProd: ReadonlyMap<string, Row[]> = new Map()) => {
      const beside = environmentReasons(rows.map((r) => ({ key: r.key, value: /^\$\{[\w.-]+:([^}$]*)\}$/.exec(r.value.trim())?.[1] ?? r.value })));
      rows.forEach((r, i) => {
        const hit = withBeside(defaultReason(envName(r.key), r.value), beside.get(i));
        if (!hit) return;
        const prod = dev !== null || fileDev !== null || r.profile !== null ? null : overriddenBy(r.key, quarkusProd);
        emit(file, r.line, r.column, r.key, hit, dev === null && fileDev === null ? activated : '', dev ?? fileDev ?? prod);
      });
    };
    // Quarkus profile groups (`%dev.`, `%prod.` keys; `"%dev":` YAML sections), the unprefixed ones under '': each judged
    // on its own, development profiles as notes, test profiles not at all (like `application-test.properties`), and the
    // unprefixed ones beside what `%prod.` sets (in a base file only).
    const judgeProfiles = (byProfile: ReadonlyMap<string, Row[]>, dev: string | null) => {
      const quarkusProd = new Map<string, Row[]>();
      if (base) for (const [profile, rows] of byProfile) if (profile && isProdProfile(profile)) for (const r of rows) quarkusProd.set(r.key, [...(quarkusProd.get(r.key) ?? []), r]);
      for (const [profile, rows] of byProfile) {
        // A list of profiles (`%dev,test.`, `%prod,staging.`) applies to each: exempt when all are test profiles, a note when
        // all are development or test ones, production (judged) when any other is listed.
        const list = profile ? profile.split(',') : [];
        if (list.length && list.every((p) => QUARKUS_TEST_PROFILE.test(p))) continue;
        const devList = list.length > 0 && list.every((p) => SPRING_DEV_PROFILE.test(p) || QUARKUS_TEST_PROFILE.test(p));
        judgeAll(rows, (devList ? `Quarkus profile${list.length > 1 ? 's' : ''} '${profile}'` : null) ?? dev, profile ? new Map() : quarkusProd);
      }
    };
    // Only `application*` files are overridden by profiles this way (bootstrap properties take precedence over them).
    const base = isSpringConfig(file) && springFileProfile(file) === null;
    if (file.endsWith('.properties')) {
      // The profile of each line's document (`#---` then `spring.config.activate.on-profile`), in a base file.
      const text = base ? snapshot.text(file) : undefined;
      const docProfile = new Map((text === undefined ? [] : springSettings(file, text)).map((st) => [st.line, st.profile]));
      // Quarkus profile keys (`%dev.quarkus.datasource.password=quarkus`): each profile judged on its own,
      // development profiles as notes, test profiles not at all (like `application-test.properties`).
      const byProfile = new Map<string, Row[]>();
      (snapshot.lines(file) ?? []).forEach((l, i) => {
        const pm = /^\s*([^\s#!=:][^=:\s]*)\s*[=:]\s*(.*?)\s*$/d.exec(l);
        if (!pm) return;
        const profile = QUARKUS_PREFIX.exec(pm[1]!);
        const rows = byProfile.get(profile?.[1] ?? '') ?? [];
        rows.push({ key: profile ? pm[1]!.slice(profile[0].length) : pm[1]!, value: pm[2]!, line: i + 1, column: pm.indices![2]![0] + 1, profile: !base ? m[1] ?? '' : profile ? profile[1]! : docProfile.get(i + 1) ?? null });
        byProfile.set(profile?.[1] ?? '', rows);
      });
      judgeProfiles(byProfile, null);
      continue;
    }
    for (const doc of snapshot.yaml(file)?.docs ?? []) {
      // A document activated only for a development profile (`spring.config.activate.on-profile: dev`).
      const spring = isObject(doc.value) && isObject(doc.value['spring']) ? doc.value['spring'] : null;
      const activate = spring && isObject(spring['config']) && isObject(spring['config']['activate']) ? spring['config']['activate']['on-profile'] : spring?.['profiles'];
      const docActivated = typeof activate === 'string' && SPRING_DEV_PROFILE.test(activate) ? springProfileActivation(activate, springActive, file) : null;
      const docDev = typeof activate === 'string' && SPRING_DEV_PROFILE.test(activate) && !docActivated ? `Spring profile '${activate}'` : null;
      activated = docActivated ? ` (${activatedProfile(String(activate), docActivated)})` : fileActivated ? ` (${activatedProfile(m[1]!, fileActivated)})` : '';
      // (`spring.profiles: { active: prod }` in a base document activates profiles; it puts the document under none.)
      const profile = !base ? m[1] ?? '' : typeof activate === 'string' || Array.isArray(activate) ? String(activate) : null;
      // Quarkus' YAML profile sections (`"%prod":`, `"%dev":` at the top), grouped as its `%prod.` keys are.
      const byProfile = new Map<string, Row[]>();
      const walk = (v: unknown, path: (string | number)[], depth: number) => {
        if (depth > 32) return;
        if (typeof v === 'string' && typeof path.at(-1) === 'string') {
          const at = doc.loc(path);
          if (!at) return;
          const quarkus = typeof path[0] === 'string' ? QUARKUS_SECTION.exec(path[0])?.[1]?.replace(/\s+/g, '') : undefined;
          const keys = path.slice(quarkus === undefined ? 0 : 1).filter((x) => typeof x === 'string');
          const rows = byProfile.get(quarkus ?? '') ?? [];
          rows.push({ key: keys.join('.'), value: v, ...at, profile: quarkus !== undefined && base ? quarkus : profile });
          byProfile.set(quarkus ?? '', rows);
        } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], depth + 1));
        else if (isObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k], depth + 1);
      };
      walk(doc.value, [], 0);
      judgeProfiles(byProfile, docDev);
    }
  }

  // Structured deploy configuration: Helm values beside a Chart.yaml, ASP.NET Core appsettings, Rails'
  // config/database.yml. Every secret-named key's string value (and any connection string or URL).
  // Helm values files outside a chart's folder that the repository's installs pass (`helm upgrade … -f
  // environments/prod/values.yaml`, helmfile `values:` files, Argo CD `valueFiles`, Flux `valuesFiles`), for a chart of the
  // repository or one from a chart repository: Helm values too (a development install's give notes).
  const installs = repoInstalls(snapshot);
  const installedValues = new Map<string, string | null>();
  for (const i of installs) {
    for (const f of i.valueFiles) {
      const dev = i.dev || isDevValuesPlace(f) ? 'development values file' : null;
      if (!installedValues.has(f) || dev === null) installedValues.set(f, dev);
    }
  }
  // (Each kind of structuredConfig, and a Helm values file, is YAML or JSON.)
  for (const file of filesEndingIn(snapshot.files, 'yml', 'yaml', 'json')) {
    const nodeConfig = /(?:^|\/)config\/[^/]+$/.test(file) ? nodeConfigFile(snapshot, file) : null;
    const kind = structuredConfig(file, (f) => snapshot.has(f)) ?? (installedValues.has(file) && /\.ya?ml$/i.test(file) ? { kind: 'helm' as const, dev: installedValues.get(file)! } : nodeConfig ? { kind: 'nodeconfig' as const, dev: nodeConfig.dev } : null);
    if (!kind || skipNamed(file)) continue;
    sources++;
    const fileDev = isDevOnly(file) ? 'development-only file' : kind.dev;
    // A chart's values.yaml default that every values set production installs the chart with replaces (a production values
    // file, the parent chart's values, an install's values files: another value that is no default, or the block's
    // `existingSecret`) is an overridden default: a note naming that file (the rule the Kubernetes checks share for Helm).
    const chartDir = kind.kind === 'helm' && /^values\.ya?ml$/i.test(basename(file)) && snapshot.has(`${dirname(file) ? `${dirname(file)}/` : ''}Chart.yaml`) ? dirname(file) : null;
    const sets = chartDir === null ? null : helmValueSets(`${chartDir ? `${chartDir}/` : ''}templates/_`, helmRepoOf(snapshot));
    const instead = sets ? helmInsteadOfDefaults(snapshot, chartDir!, sets) : undefined;
    const productionOverride = (key: string, value: string, path: (string | number)[]): string | null => {
      if (!sets || !instead) return null;
      let secret: string | null = null;
      for (const s of sets) {
        if (s.defaults === undefined) continue;
        const existing = namesExistingSecret(valueIn(s.values, path.slice(0, -1)));
        if (existing) { if (s === instead) secret = [...(s.prefix !== undefined ? [s.prefix] : []), ...path.slice(0, -1), existing].join('.'); continue; }
        const v = valueIn(s.values, path);
        if (v === undefined || (typeof v === 'string' && v.trim() !== '' && v !== value && !defaultReason(key, v))) continue;
        return null;
      }
      return secret ? `${instead.file} sets ${secret} for production, which the chart reads instead` : `overridden by ${instead.file} for production`;
    };
    // A value under the key of a dependency of the chart (`postgresql.auth.password`) whose Chart.yaml `condition` is false in
    // every values set this file deploys in (`postgresql.enabled: false`) renders nothing: a note (the rule database-port-exposed
    // leaves such a block out by). values.yaml is in every set (not alone when production installs the chart otherwise); another
    // values file in the sets it is the file of.
    const ownChart = kind.kind === 'helm' && snapshot.has(`${dirname(file) ? `${dirname(file)}/` : ''}Chart.yaml`) ? (dirname(file) ? `${dirname(file)}/` : '') : null;
    const dependencies = ownChart === null ? [] : helmDependencies(snapshot.yaml(`${ownChart}Chart.yaml`)?.docs[0]?.value);
    const dependencySets = !dependencies.length ? [] : (sets ?? helmValueSets(`${ownChart}templates/_`, helmRepoOf(snapshot)) ?? [])
      .filter((s) => (chartDir !== null ? !(instead && s.defaults === undefined && s.prefix === undefined) : s.file === file));
    const disabledDependency = (path: (string | number)[]): string | null => {
      const off = helmDisabledDependency(dependencies, path, dependencySets);
      return off ? `not rendered: the chart's dependency '${off.dep.key}' is disabled, ${off.condition} is false` : null;
    };
    // The base appsettings.json gives way to what an environment's file (appsettings.Production.json) sets.
    const overrides = kind.kind === 'appsettings' && /^appsettings\.json$/i.test(basename(file))
      ? snapshot.files.filter((f) => dirname(f) === dirname(file) && f !== file && structuredConfig(f, (x) => snapshot.has(x))?.kind === 'appsettings').map((f) => snapshot.yaml(f)?.docs[0]?.value)
      : [];
    // node-config's `default.*`: a setting `production.*` sets too is production's value there (a JSON/YAML one by its path, a
    // `.js`/`.ts` one by its key, `secret:`).
    const productionFiles = kind.kind === 'nodeconfig' ? nodeConfig?.production ?? [] : [];
    const nodeConfigOverridden = (path: (string | number)[]): boolean => productionFiles.some((f) => {
      if (/\.(?:json|ya?ml)$/.test(f)) return valueIn(snapshot.yaml(f)?.docs[0]?.value, path) !== undefined;
      const key = path.at(-1);
      return typeof key === 'string' && new RegExp(String.raw`(?<![\w$])(['"]?)${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\1\s*:`).test(snapshot.text(f) ?? '');
    });
    const overridden = (path: (string | number)[]) => overrides.some((o) => { let v: unknown = o; for (const k of path) v = isObject(v) ? v[String(k)] : undefined; return v !== undefined; })
      || (kind.kind === 'nodeconfig' && nodeConfigOverridden(path));
    for (const doc of snapshot.yaml(file)?.docs ?? []) {
      // `besideRead`: `beside` was found with ERB reads' fallbacks as the values (database.yml sections), so it holds for one too.
      const judge = (key: string, value: string, path: (string | number)[], dev: string | null, beside?: { reason: string; secret: string }, shown = path.join('.'), besideRead = false) => {
        if (overridden(path)) return;
        // ERB and Helm template expressions are set at run time; an ERB read's literal fallback (`<%= ENV.fetch("DB_PASSWORD", "postgres") %>`,
        // `<%= ENV["DB_PASSWORD"] || "postgres" %>`) is what runs whenever the variable is unset.
        let judged = value;
        if (value.includes('<%') || value.includes('{{')) {
          const fallback = erbFallback(value);
          if (!fallback) return;
          judged = fallback.value;
        }
        // node-config: a setting mapped to a variable (custom-environment-variables) deploys this value when the variable is unset.
        const mapped = kind.kind === 'nodeconfig' ? valueIn(nodeConfig?.variables, path) : undefined;
        const variable = typeof mapped === 'string' ? mapped : isObject(mapped) && typeof mapped['__name'] === 'string' ? mapped['__name'] : null;
        const hit = withBeside(variable ? defaultReason(key, judged, variable) : structuredReason(key, judged, path), judged === value || besideRead ? beside : undefined);
        const at = hit ? doc.loc(path) : undefined;
        if (hit && at) emit(file, at.line, at.column, shown, hit, '', dev ?? fileDev ?? (doc.index === 0 ? disabledDependency(path) ?? productionOverride(key, value, path) : null));
      };
      const walk = (v: unknown, path: (string | number)[], depth: number, dev: string | null) =>
        walkConfigValues(v, path, depth, kind.kind === 'helm', (key, value, at, beside, shown) => judge(key, value, at, dev, beside, shown));
      if (kind.kind === 'sequelize') {
        // The Sequelize CLI's environments (`"production": { "username": "root", "password": "root", "dialect": "mysql" }`):
        // only a file whose sections say what they connect to (`dialect`, `use_env_variable`); development and test
        // environments are how local development works: notes.
        const envs = isObject(doc.value) ? Object.entries(doc.value).filter((e): e is [string, Record<string, unknown>] => isObject(e[1])) : [];
        if (!envs.some(([, v]) => typeof v['dialect'] === 'string' || typeof v['use_env_variable'] === 'string')) continue;
        for (const [env, section] of envs) walk(section, [env], 1, DEV_WORD.test(env) ? `Sequelize environment '${env}'` : null);
        continue;
      }
      if (kind.kind !== 'rails' || !isObject(doc.value)) { walk(doc.value, [], 0, null); continue; }
      // database.yml: the environments' sections (`<<: *default` merged); a value a section takes from
      // the shared one is reported where it is written. Development and test sections are not deployed.
      const sections = doc.value;
      for (const [env, section] of Object.entries(sections)) {
        if (!isObject(section) || RAILS_DEV_ENV.test(env) || env === 'default') continue;
        const entries = Object.entries(section);
        // A password equal to the user name beside it as deployed: an ERB read gives its fallback whenever the variable is unset
        // (`password: <%= ENV.fetch("DB_PASSWORD") { "app" } %>` beside `username: app`), read as `${DB_PASSWORD:-app}` is; another
        // ERB expression gives a value not known here.
        const asDeployed = (x: string): string | null => {
          if (!x.includes('<%')) return x;
          const fallback = erbFallback(x);
          return fallback && !/[{}$]/.test(fallback.value) ? `\${${fallback.name}:-${fallback.value}}` : null;
        };
        const beside = environmentReasons(entries.map(([k, x]) => ({ key: k, value: typeof x === 'string' ? asDeployed(x) : null })));
        entries.forEach(([k, v], i) => {
          if (typeof v !== 'string') return;
          const from = doc.loc([env, k]) ? env : Object.keys(sections).find((o) => o !== env && isObject(sections[o]) && (sections[o] as Record<string, unknown>)[k] === v) ?? env;
          judge(k, v, [from, k], null, beside.get(i), undefined, true);
        });
      }
    }
  }

  // Chart values an install gives inline, at their lines (as a Terraform helm_release's `set`): Argo CD `helm.values` (a YAML
  // string), `helm.valuesObject` and `helm.parameters`, a Flux HelmRelease's `values`, a helmfile release's `values:` maps and
  // `set:` entries, kustomize `helmCharts[].valuesInline`; as Helm values are read.
  const inlineSeen = new Set<string>();
  for (const i of installs) {
    if (skipFile(i.file)) continue;
    const dev = i.dev ? 'development install' : isDevOnly(i.file) ? 'development-only file' : null;
    for (const inline of i.inline) {
      const id = `${i.file}\u0000${inline.doc}\u0000${inline.path.join('\u0000')}`;
      const doc = snapshot.yaml(i.file)?.docs[inline.doc];
      if (inlineSeen.has(id) || !doc) continue;
      inlineSeen.add(id);
      sources++;
      const node = valueIn(doc.value, inline.path);
      const where = ` (${i.what} Helm ${inline.kind === 'params' ? (/helmfile/.test(i.what) ? 'set' : 'parameters') : 'values'})`;
      const judgeAt = (key: string, value: string, at: { line: number; column: number } | null | undefined, shown: string, beside?: { reason: string; secret: string }) => {
        if (value.includes('{{') || !at) return;
        const hit = withBeside(structuredReason(key, value, shown.split('.')), beside);
        if (hit) emit(i.file, at.line, at.column, shown, hit, where, dev);
      };
      if (inline.kind === 'params') {
        // `{ name: auth.password, value: changeme }`: judged under the last key of the name.
        if (!Array.isArray(node)) continue;
        node.forEach((p, n) => {
          if (isObject(p) && typeof p['name'] === 'string' && typeof p['value'] === 'string') judgeAt(p['name'].split('.').pop()!, p['value'], doc.loc([...inline.path, n, 'value']), p['name']);
        });
        continue;
      }
      if (inline.kind === 'map') {
        walkConfigValues(node, [], 0, true, (key, value, path, beside, shown) => judgeAt(key, value, doc.loc([...inline.path, ...path]), shown ?? path.join('.'), beside));
        continue;
      }
      // A YAML string (`values: |`): read as values, each at its line of the block below the key.
      if (typeof node !== 'string') continue;
      const inner = parseYaml(i.file, node);
      if (inner.errors.length || !inner.docs[0]) continue;
      const lines = snapshot.lines(i.file) ?? [];
      const keyAt = doc.loc(inline.path, true);
      const docLines = node.split('\n');
      const placeOf = (p: YamlPath) => {
        const at = inner.docs[0]!.loc(p);
        if (!at || !keyAt) return keyAt;
        // A block scalar's lines start on the line below its key, indented alike.
        const written = lines[keyAt.line + at.line - 1]?.replace(/\r$/, '');
        const docLine = docLines[at.line - 1] ?? '';
        return docLine && written?.endsWith(docLine) ? { line: keyAt.line + at.line, column: written.length - docLine.length + at.column } : keyAt;
      };
      walkConfigValues(inner.docs[0].value, [], 0, true, (key, value, path, beside, shown) => judgeAt(key, value, placeOf(path), shown ?? path.join('.'), beside));
    }
  }

  // Shell scripts production starts (a Dockerfile ENTRYPOINT/CMD, compose command, Procfile) are entrypoint
  // scripts whatever their names (`ENTRYPOINT ["/app/start.sh"]`); those named so are the file pass's.
  for (const [file, dev] of startedScripts(snapshot)) {
    if (fallbackKind(file) !== null) continue;
    sources++;
    const text = snapshot.text(file);
    for (const h of (text === undefined ? undefined : fallbacksOnly(text, 'shell'))?.hits ?? []) emit(file, h.line, h.column, h.name, h, '', dev ?? devScript(file));
  }

  return { found, sources };
});

/**
 * The literal fallback of one ERB output tag holding one environment read (`<%= ENV.fetch("DB_PASSWORD", "postgres") %>`,
 * `<%= ENV.fetch("DB_PASSWORD") { "postgres" } %>`, `<%= ENV["DB_PASSWORD"] || "postgres" %>`: literalFallbacks reads Ruby's
 * `ENV.fetch`/`ENV[]` as for .rb files), or null.
 */
function erbFallback(value: string): { name: string; value: string } | null {
  const erb = /^\s*<%=([^%]*)%>\s*$/.exec(value)?.[1];
  const fallbacks = erb ? literalFallbacks(erb, ['python']) : [];
  return fallbacks.length === 1 ? { name: fallbacks[0]!.name, value: fallbacks[0]!.value } : null;
}

/** Well-known default passwords and login pairs as a checklist names them (`admin`, `changeme`, `admin:admin`, `guest/guest`). */
const DEFAULT_PASSWORD = String.raw`(?:change_?me|postgres|admin|administrator|password|passw0rd|root|toor|secret|guest|letmein|123456|12345678|qwerty)`;
const DEFAULT_PASSWORD_PAIR = String.raw`(?:${DEFAULT_PASSWORD}|user|test|demo):(?:${DEFAULT_PASSWORD}|test|demo)`;
/** Network hardware and devices keep their passwords outside the repository; a password changed at first login is a user's. */
const DEVICES_OR_USERS = /\b(?:network|switches|routers?|firewalls?|printers?|devices?|hardware|appliances?|access points?|ipmi|bmc)\b|\bfirst (?:login|log-?in|sign-?in|use)\b/;

/**
 * Placeholder or well-known default values (`changeme`, `admin`, `postgres`, `<generate…>`,
 * `django-insecure-…`) for secret-named keys in deploy configuration.
 */
export const defaultCredentials = defineCheck({
  id: 'default-credentials',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file),
  title: 'Deploy configuration uses no default or placeholder credentials',
  severity: 'high',
  description: 'Placeholder or default values (changeme, admin, password, postgres, secret, <generate…>, django-insecure-…) for secret-named keys in compose, Kubernetes, Dockerfile, settings and production .env files.',
  match: [
    {
      // "No default passwords", "Change all default passwords", "`SECRET_KEY` is not the default
      // `django-insecure-` key", "Database password is not `postgres`", "`POSTGRES_PASSWORD` is not `postgres`" (the
      // variable named), "`SECRET_KEY` changed from the default",
      // "`SECRET_KEY` (not the default)", "No default or example passwords (`changeme`, `admin`) in compose".
      pattern: /\bdefault(?:(?:,|,? or|,? and| ?\/) ?(?:example|sample|placeholder|dummy|demo|well-known|weak|vendor|initial|factory|stock))* (?:(?:postgres(?:ql)?|mysql|admin|root|database|db|redis|rabbitmq|grafana|jwt) )?(?:passwords?|credentials?|keys?|secrets?|secret keys?|api keys?|tokens?)\b|\b(?:placeholder|changeme) (?:passwords?|secrets?|credentials?|values)\b|\bdjango-insecure\b|\bkeyboard cat\b|(?:\b|_)(?:passwords?|secrets?|credentials?|keys?|tokens?) \(?(?:(?:is|are|has been|have been|was|were) )?(?:not (?:the |a |its |their )?(?:[\w.:-]+ ){0,2}defaults?|changed from (?:the |its |their )?(?:[\w.:-]+ ){0,2}defaults?)\b|(?:\b(?:database|db|postgres(?:ql)?|mysql|admin|root) |\b(?:[a-z\d]+_)+)password (?:is not|isn't|is never|must not be|should not be|not) (?:the default |a default )?[\"'“‘]?(?:changeme|postgres|admin|password|root|secret)\b|\b(?:change|replace) (?:the |all |any |our )?(?:[\w-]+ )?(?:[a-z\d]+_)*(?:passwords?|secrets?|credentials?|keys?|tokens?) (?:from|away from) (?:the |its |their )?defaults?\b/,
      // Network hardware and devices keep their passwords outside the repository, and a password changed at
      // first login is a user's, not deploy config. Rotation, templates and sandboxes are not what the check
      // reads. And the promise must refuse defaults (the last alternative: no word of refusal or of change
      // anywhere vetoes): "Default API keys for the sandbox are documented", "Default secret rotation period
      // is 90 days", ".env.example is committed with placeholder values" promise nothing about deploy config.
      unless: /\b(?:network|switches|routers?|firewalls?|printers?|devices?|hardware|appliances?|access points?|ipmi|bmc)\b|\bfirst (?:login|log-?in|sign-?in|use)\b|\brotat\w*|\b(?:(?<!\bdefault(?:,|,? or|,? and| ?\/) ?)(?:examples?|samples?)|templates?|sandbox)\b|^(?!.*\b(?:no|not|never|none|don't|doesn't|isn't|aren't|do not|must not|without|avoid\w*|chang\w*|replac\w*|remov\w*|reset)\b)/,
      note: 'a promise that no default or placeholder secret is deployed: the check reads deploy config',
    },
    {
      // A secret said to have no default or fallback ("JWT signature secret has no default", "Postgres password has no default in
      // `docker-compose.yml`", "No fallback for the JWT secret"), or a password said not to be a well-known default value or pair
      // ("Flower protected with a strong password (not `admin:admin`)", "Grafana admin password changed from `admin`",
      // "Admin password is never `changeme`"): what the check fails (a `${DB_PASSWORD:-postgres}` fallback, `--basic_auth=admin:admin`).
      pattern: new RegExp([
        String.raw`(?:\b|_)(?:passwords?|secrets?|keys?|tokens?|credentials?)\b (?:(?:has|have|gets?|takes?) no|(?:is|are) (?:set |read |defined )?without (?:an? |any )?|(?:is|are) never given an?|with no) (?:default|fallback)(?: values?)?\b`,
        String.raw`\bno (?:default|fallback)(?: values?)? for (?:the |any |our )?(?:[\w-]+ ){0,3}?(?:[a-z\d]+_)*(?:passwords?|secrets?|keys?|tokens?|credentials?)\b`,
        String.raw`(?:\b|_)(?:passwords?|credentials?|logins?|basic[_ -]?auth)\b[^;]*?\b(?:(?:is|are|must be|should be) )?(?:not|never|isn't|aren't|no longer)(?: (?:be|set to|equal to))? (?:the |a |an )?(?:default |well-known |stock |vendor )?["']?(?:${DEFAULT_PASSWORD_PAIR}|${DEFAULT_PASSWORD})(?![\w:-])`,
        String.raw`(?:\b|_)(?:passwords?|credentials?)\b[^;]*?\bchanged (?:from|away from) (?:the |its |their )?(?:default )?["']?(?:${DEFAULT_PASSWORD_PAIR}|${DEFAULT_PASSWORD})(?![\w:-])`,
      ].join('|')),
      unless: new RegExp(String.raw`${DEVICES_OR_USERS.source}|\b(?:polic(?:y|ies)|requirements?|complexity|length|expir\w*|ttl|timeouts?|formats?|scopes?|permissions?|roles?|rotat\w*|examples?|samples?|templates?|sandbox)\b`),
      note: 'a promise that no secret has a default or placeholder value: the check fails well-known defaults and fallbacks in deploy config',
    },
    {
      // A password said not to be hard-coded ("Database password not hard-coded", "Passwords are not hardcoded in config files", "No
      // hard-coded database password"): a literal default, placeholder or user-name password in config breaks that promise, and
      // this check reads it where hardcoded-secret, which wants a random-looking value, does not (as `SECRET_KEY` not hard-coded "(no
      // `django-insecure-` fallback)" binds both).
      pattern: /(?:\b|_)passwords?\b[^;]*?\b(?:not|never|isn't|aren't)(?: (?:be|been|ever))? hard-? ?coded\b|\b(?:no|never)\b[^;]*?\bhard-? ?coded (?:[\w-]+ )?passwords?\b|\bno (?:[\w-]+ )?passwords? (?:are |is )?hard-? ?coded\b|\b(?:do not|don't|never|must not) hard-? ?code (?:any |the )?(?:[\w-]+ )?passwords?\b/,
      unless: new RegExp(String.raw`${DEVICES_OR_USERS.source}|\b(?:polic(?:y|ies)|requirements?|complexity|length|hash\w*|reset|rotat\w*|tests?|fixtures?|mobile|ios|android|examples?|samples?|templates?|sandbox)\b`),
      note: 'a promise that no password is written in config: the check fails literal default, placeholder and user-name passwords',
    },
  ],
  docs: {
    why: 'Default credentials are the first thing an attacker tries, and a placeholder that reaches production means the real secret was never set.',
    fix: 'Generate a strong value per environment and inject it from a secret store; remove the fallback default so a missing secret fails loudly.',
    details: [
      'Looks at secret-named keys (token match: `POSTGRES_PASSWORD`, `MYSQL_ROOT_PASSWORD`, `SECRET_KEY`, `API_TOKEN`, a vendor\'s or purpose\'s key such as `OPENSSL_KEY`…; not `*_FILE`, `*_USER`, `PASSWORD_MIN_LENGTH`; a version or ordinal after the last word is read past: `_APP_OPENSSL_KEY_V1`, `STRIPE_KEY_2` read as `OPENSSL_KEY`, `STRIPE_KEY`, `CACHE_KEY_V2` as `CACHE_KEY`) in:',
      '- compose `environment` (list and map, `extends`/merge keys resolved; a value is reported once, where it is written: in the `extends` base or the merge-key anchor, naming every service that uses it; a value that is one variable, `POSTGRES_PASSWORD: ${POSTGRES_PW}`, is judged as compose interpolates it from the committed `.env` beside the compose file, and reported at that `.env` line; one with a fallback, `${ADMIN_PASSWORD:-admin}`, also at the fallback, which deploys wherever the variable is unset, so a `.env` line `ADMIN_PASSWORD=admin` and the fallback are two findings), and the files its `env_file` names, whatever their names (`.envs/.production/.postgres`, `db.env`); the commented-out lines of those files and of production env files (`#MYSQL_USER=superset` / `#MYSQL_PASSWORD=superset`, Superset\'s `docker/.env`), judged as a set as they would be uncommented (beside each other and the active lines), give `info` notes: they deploy nothing as they stand;',
      '- Kubernetes container `env` `value:` (also the `env` blocks of a workload Terraform\'s Kubernetes provider declares: `kubernetes_deployment`, `_stateful_set`, `_daemonset`, `_pod`, `_job`, `_cron_job` and their `_v1` forms; a value Terraform computes is no literal), `Secret` `stringData`/`data` (base64 decoded) and `ConfigMap` `data` (a container environment: a password equal to the user name beside it counts), and the `literals` of a kustomization\'s `secretGenerator`/`configMapGenerator` (`- password=changeme`: the Secret kustomize generates), the files their `envs:` name (env files whatever their names: `config.properties`, `secrets.properties`, `app.env`, as compose\'s `env_file`) and their `files:` entries (one data key each: a one-line file is judged under its key, `DJANGO_SECRET_KEY=secret-key.txt` holding `changeme`; an env file or a configuration file named below by its content; others are not read), at the file\'s lines; a `Secret`/`ConfigMap` key that names a configuration file (`grafana.ini: |`, `app.ini`, `config.php`, an env file `app.env`) holds a document, judged by its content as that file would be (below), at its line in the block scalar (a base64 `data` value at its key);',
      '- Dockerfile `ENV`/`ARG` of the final stage and the stages it inherits from (reported at the value, as compose values are);',
      "- Python settings: upper-case constants at module level and in class bodies, annotated or not (`SECRET_KEY = 'dev'`, `class Config:` / `class ProdConfig(Config):` `SECRET_KEY = 'dev'`, pydantic `FIRST_SUPERUSER_PASSWORD: str = 'changethis'`), and in typed settings classes, whose fields the environment sets by name in any case, fields of any case (`secret_key: str = \"changeme\"` in a pydantic-settings `class Settings(BaseSettings)` or a subclass of one, or in a pydantic `BaseModel` or `@dataclass`/attrs class named for configuration, `class DatabaseSettings(BaseModel)`, `class AppConfig`; not an API schema such as `class LoginRequest(BaseModel)`, or a plain class, whose lower-case attributes Flask does not read), also as the default a wrapper gives (`Field(default=\"admin\")`, `Field(\"changeme\")`, `SecretStr(\"changeme\")`, dataclasses' `field(default=…)`, its arguments on the lines below too; a field such a class declares without a default, `secret_key: str`, is required from the environment and overrides a base class's default), keyword arguments (`app.config.from_mapping(SECRET_KEY='dev')`), `app.secret_key = …`, `app.config['SECRET_KEY'] = …`, and `os.environ.get('SECRET_KEY', 'dev')` / `os.getenv(…)` / `os.getenv('SECRET_KEY') or 'dev'` / python-decouple `config('SECRET_KEY', default='dev')` fallbacks, also with the arguments on the lines below the call as Black wraps it (`os.environ.get(\\n    \"SECRET_KEY\", \"django-insecure-…\"\\n)`, environs' `env('SECRET_KEY',\\n    '…')`, `env(\\n    \"API_TOKEN\",\\n    default=\"changeme\",\\n)`; reported at the literal). Assignments in function bodies are local variables and are not read;",
      "- Python dict entries with a quoted secret-named key (`'PASSWORD': 'changeme'` in Django's `DATABASES`);",
      "- JavaScript/TypeScript `process.env.JWT_SECRET || 'secret'` (and `?? 'secret'`, also with the literal on the next line) fallbacks, NestJS `configService.get('JWT_SECRET', 'secret')` defaults (also `get<string>(…)`, `getOrThrow(…)`, `this.config.get(…)`: `@nestjs/config` returns the default whenever the variable is unset, as `?? 'secret'`; also under another name the file gives the service: a receiver typed `ConfigService` (`useFactory: (config: ConfigService) => …`, `private readonly cfg: ConfigService`), `const config = app.get(ConfigService)`, or, in a module importing `@nestjs/config`, the `useFactory` parameter its `inject: [ConfigService]` fills; node-config's `config.get(key)` takes no default and is not read so), convict schema defaults of secret-named settings (`sessionSecret: { doc, format: String, default: 'keyboard cat', env: 'SESSION_SECRET' }` in a module loading `convict`, also nested and over several lines: a fallback for when the variable its `env` names is unset; without `env`, the value itself), Strapi's `env('JWT_SECRET', 'secret')` helper (also `env.int(…)` and the other typed forms, and `env.array('APP_KEYS', ['toBeModified1', 'toBeModified2'])`, whose items are judged as one comma list; in files that receive it as their function's parameter, `module.exports = ({ env }) => ({…})`, or import it from `@strapi/utils`; a password defaulting to the user name another read of the file defaults to, `env('DATABASE_PASSWORD', 'strapi')` beside `env('DATABASE_USERNAME', 'strapi')`, counts too), constants set to a literal (`const JWT_SECRET = 'secret'`, `const API_KEY = 'changeme'`, `AUTH_TOKEN`, `DB_PASS`: any secret-named key, as in Python and compose, also in next.config.js `env: { GITHUB_TOKEN: 'changeme' }`) and object entries (`session({ secret: 'keyboard cat' })`, `{ password: 'postgres' }`; `password: 'password'` too when the object sets a login, host or database beside it, `{ host: 'db', user: 'app', password: 'password' }`, knex init's `connection: { database: 'my_db', user: 'username', password: 'password' }`, and is otherwise a map of field names: a login of that object itself, not of a nested or neighbouring one, and outside a call's arguments (`new Client({…})`) a login whose value names a login field, `{ user: 'username', password: 'password' }`, `{ email: 'email', … }`, makes a map too); an enumeration member whose value spells the end of its name (`AUTH_TYPE_VALUE_PASSWORD = 'password'`) is a label; and signing secrets passed to a call as a literal, `jwt.sign(payload, 'secret')`, `jwt.verify(token, 'shhhhh')`, `cookieParser('your-secret-key')`, PyJWT's `jwt.encode(payload, \"changeme\", algorithm=\"HS256\")` (read as `hardcoded-secret` reads them, which reports a strong one);",
      "- a password equal to the user name beside it in the same dict or object literal of a connection's settings in Python or JavaScript/TypeScript code (Django's `DATABASES` entry `{'ENGINE': …, 'USER': 'app', 'PASSWORD': 'app'}`, pg's `new Pool({ host: 'db', user: 'app', password: 'app' })`, a knexfile's `connection: {…}`): both quoted literals, in a literal that also says where or with what it connects (a `host`, `hostname`, `server`, `port`, `database`, `db`, `dbName`, `ENGINE`, `client`, `dialect` or `driver` key). A nested literal (`auth: { user, pass }`), keyword arguments (`psycopg2.connect(user='app', password='app')`), a destructuring default and type names (`{ user: 'string', password: 'string' }`) do not count; `hardcoded-secret` leaves these to this check however random they look (one shared rule, `src/checks/util/credentials.ts`);",
      "- PHP `env('DB_PASSWORD', 'secret')` fallbacks (Laravel's `config/*.php`) and constants, `define('DB_PASSWORD', 'password')` (WordPress `wp-config.php`, whose eight keys and salts count whatever their names, also set to WordPress's stock `put your unique phrase here`; a sample, `wp-config-sample.php`, `config.example.php`, is a template, and a `wp-config-local.php` a development file: a note), Ruby `ENV.fetch(\"SECRET_KEY_BASE\", \"changeme\")` (or `{ \"changeme\" }`, `ENV[\"SECRET_KEY_BASE\"] || \"changeme\"`) and Elixir `System.get_env(\"ADMIN_PASSWORD\", \"admin\")` / `System.get_env(\"DATABASE_URL\") || \"ecto://postgres:postgres@…\"` fallbacks, also with the literal on a line below the read (`System.get_env(\"SECRET_KEY_BASE\") ||` then the literal, as `phx.new` writes `config/runtime.exs`) (Rails and Phoenix development configuration — `config/environments/development.rb`, `config/dev.exs` — gives notes), and `${DB_PASSWORD:-postgres}` / `${SECRET_KEY:=changeme}` defaults in container entrypoint scripts (`docker-entrypoint.sh`, `entrypoint.sh`, `entrypoint.prod.sh`, and any shell script a Dockerfile `ENTRYPOINT`/`CMD`, compose `command` or Procfile starts; other shell scripts are too often local tooling to judge). A guard that tests the default to refuse it (`if [ \"${SECRET_KEY:-changeme}\" = \"changeme\" ]`, `case`) and escaped text (`\\${…}`) deploy nothing; scripts named for development (`entrypoint.dev.sh`, `scripts/dev-start.sh`) or started only by development entry points give notes;",
      '- production env files (`.env.production`, `.env.prod`, `.env.staging`, also spelt with `-` or `_`, `.env-prod`, `.env_production`, `production.env`; and a template rendered into one at deploy time, `.env.production.j2`, `.env.production.tmpl`, its literal lines deployed as written and its template tags unknown, the lines inside its conditional and loop blocks (`{% if %}`…`{% endif %}`, `{% for %}`, ERB `<% if %>`…`<% end %>`, Go `{{ if }}`…`{{ end }}`, Terraform `%{ if }`…`%{ endif }`) in only some renders and not judged), whether a compose service names them or not, judged like an environment (a password equal to the user name beside it, the switches below), and so are hosting platforms\' deploy files (fly.toml `[env]` (also written `env = { … }` or `env.KEY = …`, with quoted or spaced key parts as TOML allows, `env."KEY"`, `"env".KEY`, `env . KEY`; a value may be a triple-quoted string, `"""1"""`, on one line or several), also `fly.<env>.toml`\'s, render.yaml `envVars` with a literal `value`, serverless.yml `provider.environment` and functions\' `environment` with literal values, heroku.yml `setup.config`, Heroku `app.json` `env` (a `value`, not a `generator`; not Expo\'s app.json), App Engine app.yaml `env_variables`, a DigitalOcean app spec\'s `envs` (not `type: SECRET`), AWS descriptors (an ECS task definition — JSON whose top level has `containerDefinitions` beside `family`, also in the `taskDefinition` wrapper `aws ecs describe-task-definition` prints, or a bare JSON list of container definitions (Terraform\'s `file("containers.json")`), or Terraform `aws_ecs_task_definition` `container_definitions` written in the `.tf` file as `jsonencode([…])` or a heredoc of JSON (`var.*`, `${…}` interpolations, calls and `for` expressions are values Terraform computes, not read) — and Elastic Beanstalk `Dockerrun.aws.json` v2: each container\'s `environment` `{name, value}`; CloudFormation/SAM `AWS::ECS::TaskDefinition` `ContainerDefinitions` `Environment` `{Name, Value}`, `AWS::Serverless::Function`/`AWS::Lambda::Function` `Environment.Variables` and SAM `Globals.Function` (a key there that every `AWS::Serverless::Function` of the template sets itself is not judged, the function\'s value winning; a finding on one names the functions that inherit it), a value written with `!Ref`, `!Sub`, `!GetAtt` or `Fn::…` being a reference, not read; Elastic Beanstalk `.ebextensions/*.config` `option_settings` of `aws:elasticbeanstalk:application:environment`, as a map or an `option_name`/`value` list; a file named for development giving notes); `generateValue`, `fromDatabase` and an ECS `secrets` `valueFrom` hold none); Kamal\'s secrets files (`.kamal/secrets`, a destination\'s `.kamal/secrets.<destination>`, `.kamal/secrets-common`: the dotenv files `kamal deploy` sends to the production containers; `KEY=$(cmd)`, `$VAR` and `${VAR}` lines are references, not literals; a destination named for development gives notes);',
      '- the environment of processes a host runs: a systemd unit\'s `Environment=` in its `[Service]` section (`Environment=DB_PASSWORD=changeme`, `Environment="A=1" "B=changeme"`; a unit with an `ExecStart=`, read as `production-server` reads it) and supervisord\'s `environment=` (`environment=DB_PASSWORD="changeme",…` in a `[program:x]`, `[fcgi-program:x]` or `[eventlistener:x]` section, or in `[supervisord]`, which every program inherits; continuation lines included; a `%(ENV_X)s` expansion is a reference), in `*.conf`/`*.ini` files; a password equal to the user name beside it counts;',
      '- Grafana\'s `grafana.ini` (also `grafana.<env>.ini`): its settings, section by section (`[security]` `admin_password = admin`, the admin/admin login Grafana ships with; `[database]` `password`; a password equal to the user name beside it, `admin_user = grafana` with `admin_password = grafana`), lines commented out with `;` left out and values that Grafana expands (`$__env{…}`, `$__file{…}`, `${VAR}`) being references; Gitea\'s and Forgejo\'s `app.ini` alike (`[database]` `USER = gitea` with `PASSWD = gitea`); Nextcloud\'s `config.php` (and `*.config.php`: a `$CONFIG = array(…)` or `return […]` of settings; `config.sample.php` is a template), its arrays\' literal `\'key\' => \'value\'` entries, array by array (`\'dbuser\' => \'nextcloud\'` with `\'dbpassword\' => \'nextcloud\'`, `\'dbpassword\' => \'changeme\'`);',
      '- GitLab Omnibus settings: `gitlab.rb` and the `GITLAB_OMNIBUS_CONFIG` text the GitLab image appends to it (a compose service\'s `environment`, a Kubernetes container\'s `env`, each setting located at its line of the block scalar): string settings `component[\'key\'] = \'value\'`, one per line or parted by `;` (`gitlab_rails[\'initial_root_password\'] = \'changeme\'`, the administrator\'s first password; `gitlab_rails[\'db_password\']`, `postgresql[\'sql_user_password\']`, `redis[\'password\']`), judged by the last key under its component as an environment (a password equal to `gitlab_rails[\'db_username\']` beside it counts); a setting assigned again later in the same text holds the later value only; `nil`, `ENV[…]`, interpolated `"#{…}"` strings, hashes and comment lines are not read; a development-only file or service gives notes. A real value there is `hardcoded-secret`\'s;',
      "- a YAML configuration document carried in an environment value as a block scalar (Invidious' `INVIDIOUS_CONFIG: |` holding `hmac_key: \"CHANGE_ME!!\"` and `db: {user: kemal, password: kemal}`; a compose service's `environment`, a Kubernetes container's `env`): only a value over several lines that parses as one YAML mapping whose top-level keys are setting names (a shell script or prose in a block is not read), each mapping judged as an environment (a password equal to the user name in the same mapping counts), each setting named by its path (`db.password`) and located at its line of the block scalar. A real value there is `hardcoded-secret`'s;",
      "- the committed files of compose file-based secrets (top-level `secrets: { db-password: { file: db/password.txt } }`) holding a default or placeholder (`changeme`, `mysecretpassword`), reported at the value; a secret named for a user, e-mail or host (`db_user`, `admin_email`) holds a name, not a password, unless its file names a secret (`db_user` kept in `db_password.txt`); also a secret file holding the user name set beside the variable that reads it (`POSTGRES_USER=odoo` with `POSTGRES_PASSWORD_FILE=/run/secrets/db_password`, any `*_PASSWORD_FILE`, in a service granted that secret: `secrets: [db_password]`, or `{source, target}` at its target), as `POSTGRES_PASSWORD: odoo` would be; a `*_FILE` path no granted secret file provides is no value. A real value there is `hardcoded-secret`'s;",
      '- Terraform variables with a literal `default` (`variable "admin_password" { default = "changeme" }`: used whenever no value is given), arguments, Terragrunt `inputs` (`terragrunt.hcl`, a `root.hcl`, `_envcommon/*.hcl`: a module call\'s arguments; a development folder\'s, `live/dev/…`, giving notes) and `.tfvars` values (`password = "password123"` in an `aws_db_instance`, `db_password = "changeme"`; their JSON form too, `terraform.tfvars.json`, `*.auto.tfvars.json` and other `.tfvars.json` files, `"db_password": "changeme"` at the value, an object value\'s entries read per key; a `.tfvars` file named for development, `dev.tfvars`, `terraform.local.tfvars`, gives notes — not `*.auto.tfvars`, which Terraform loads on every run), a password equal to the user name beside it in the same block (`username = "orders"` / `password = "orders"` in an `aws_db_instance` or a module call; a `.tfvars` file\'s lines together, and a `.tfvars.json` file\'s variables), and a `helm_release`\'s chart values set by name (`set_sensitive { name = "auth.password" value = "changeme" }`, `set`, `set = [{ name = …, value = … }]`, judged under that name); a reference block\'s arguments name a stored secret and hold none (Cloud Run\'s `secret_key_ref { secret = "db-password", version = "latest" }` and volume `secret { secret }`, Cloud Functions\' `secret_environment_variables`, the Kubernetes provider\'s `secret_key_ref { name, key }`);',
      '- Pulumi stack configuration (`Pulumi.<stack>.yaml` `config:`, the values `pulumi up` gives the program for that stack): each key judged by its name without its namespace (`shop:dbPassword: changeme`, `shop:grafanaAdminPassword: admin`; a structured value per key, `shop:redis: {password: …}`), as an environment (a password equal to the user name beside it counts); `secure:` values are ciphertext; a stack named for development (`Pulumi.dev.yaml`) gives notes;',
      '- CloudFormation templates\' database passwords: a literal `MasterUserPassword` of an `AWS::RDS::DBInstance`/`DBCluster`, `AWS::DocDB::DBCluster` or `AWS::Redshift::Cluster` (a default or placeholder, or equal to its literal `MasterUsername`), the `Default` of the parameter it references (`!Ref DBPassword`, `NoEcho` or not), and a secret-named parameter\'s `Default` (`AdminPassword: {Default: changeme}`: used whenever the stack is created without a value, as a Terraform variable\'s default; an SSM parameter type\'s default names a parameter, not a value); `{{resolve:secretsmanager:…}}`/`{{resolve:ssm-secure:…}}`, other intrinsics and `ManageMasterUserPassword` hold none;',
      '- Azure templates\' secret parameters: a Bicep `param … string = \'…\'` that is `@secure()` or has a secret-like name, and an ARM template parameter\'s `defaultValue` of type `securestring` or with a secret-like name (`"adminPassword": {"type": "securestring", "defaultValue": "Password123!"}`: used whenever the deployment passes no value, as a CloudFormation parameter\'s `Default`; Bicep\'s linter rule `secure-parameter-default`), a placeholder or well-known default (`changeme`, `Password123!`, `P@ssw0rd`); template expressions (`[newGuid()]`), Bicep interpolations and function calls are computed, a secure parameter named for who or where (`adminUsername`) holds a name, and a real secret there is `hardcoded-secret`\'s (both read the parameters alike: `src/checks/util/credentials.ts`);',
      '- Helm chart templates: a secret-named value whose `default` is a well-known one (`{{ .Values.db.password | default \"postgres\" }}`; a random-looking fallback is `hardcoded-secret`\'s), unless it sits in a branch of a conditional that no values file of the chart renders (`{{- if .Values.legacyAuth.enabled }}` false in `values.yaml` and every other values file, or in a parent chart\'s values for a subchart), as the Kubernetes checks read the template;',
      '- Helm `values*.yaml` beside a `Chart.yaml`, and the values files outside a chart\'s folder that the repository\'s own installs pass (`helm upgrade|install … <chart> -f environments/prod/values.yaml` in CI workflows, scripts and Makefiles, helmfile release `values:` files, Argo CD `helm.valueFiles`, Flux `valuesFiles`, kustomize `valuesFile`), for a chart of the repository or one from a chart repository (development values files — `values-dev.yaml`, `environments/dev/values.yaml` — give notes; a container env list there, Bitnami\'s `extraEnvVars`/`extraEnv` or `env` as `- name: POSTGRESQL_PASSWORD` / `value: admin` entries, is judged under each entry\'s name, a password equal to the user name beside it too). A chart\'s `values.yaml` default that every values set production installs the chart with replaces — a production values file (`values-production.yaml`), the parent chart\'s values of a subchart, or the values files an install passes, setting another value that is no default, or the block\'s `existingSecret` (Bitnami\'s convention: `auth.existingSecret` makes the chart read `auth.password` from that Secret) — is an overridden default: an `info` note naming that file (the rule the Kubernetes checks apply to Helm values); a production file\'s own default value fails where it is written, and the base one with it. A value under the key of a dependency of the chart (its `alias`, else its name: `postgresql.auth.password`) whose `Chart.yaml` `condition` is false in every values set that file is installed in (`condition: postgresql.enabled` with `postgresql.enabled: false`, and no production values file turning it on) is not rendered by Helm: an `info` note naming the condition (the rule `database-port-exposed` leaves such a block out by). Chart values an install gives inline are read the same way, at their lines: Argo CD `Application`/`ApplicationSet` `helm.values` (a YAML string), `helm.valuesObject` and `helm.parameters` (`{ name: auth.password, value: postgres }`, judged under the name\'s last key), a Flux `HelmRelease`\'s `values`, a helmfile release\'s inline `values:` maps and `set:` entries, kustomize `helmCharts[].valuesInline`; ASP.NET Core `appsettings.json`/`appsettings.<Environment>.json` (not Development; a base value an environment\'s file sets again is not judged), Rails `config/database.yml` (the sections other than development and test, `<<: *default` merged; an ERB read\'s fallback, `<%= ENV.fetch(\"DB_PASSWORD\", \"postgres\") %>` (or `{ \"postgres\" }`, `ENV[\"DB_PASSWORD\"] || \"postgres\"`), is judged as the value, a password falling back to the user name beside it too; ERB control lines such as `<% if ENV[\"DATABASE_URL\"] %>` … `<% else %>` … `<% end %>` are set aside, so a literal password in either branch is judged), the Sequelize CLI\'s `config/config.json` (a file whose environments name a `dialect` or `use_env_variable`: `\"production\": { \"username\": \"root\", \"password\": \"root\" }` fails; its development and test environments — the words of development-only file names: `development`, `local`, `test`… — give notes), node-config\'s JSON/YAML files in a project whose `package.json` depends on `config` (`config/production.json`, what `NODE_ENV=production` loads: `"session": { "secret": "keyboard cat" }` fails; `config/default.json` where production inherits it, not a setting a `config/production.*` file sets again; a setting `config/custom-environment-variables.json` maps to a variable falls back to the value when that variable is unset, and is judged so; `development.json`, `local.json`, `test.json` give notes as their `.js` forms do; `custom-environment-variables.*` itself holds variable names);',
      '- a Gradio app\'s login written as literals in a Python file that imports gradio: `demo.launch(auth=("admin", "admin"))` or a list of pairs (`auth=[("admin", "pass"), …]`; also `mount_gradio_app(…, auth=…)`), a password that is a default or equal to its user name, reported at the password (a callable, `auth=check_login`, or a read, `auth=("admin", os.environ["PW"])`, is none);',
      '- Flower\'s login: `celery flower --basic_auth=admin:admin` (or `--basic-auth`) in a compose `command`, a Dockerfile `CMD` or Kubernetes `args`, and `FLOWER_BASIC_AUTH=admin:admin` (any `…BASIC_AUTH` key) in an environment: a `user:password` pair whose password is a default or placeholder or equals its user name (the user name is not shown: it would show the password);',
      '- Redis told to require a default password: `redis-server --requirepass changeme` in a compose `command`, a Dockerfile `CMD` or Kubernetes `args` (also as the next item of a JSON array or YAML list), `requirepass foobared` (redis.conf\'s own example) in a `.conf` file, also a value that names a setting, as under `REDIS_PASSWORD` (`requirepass redis_password`: a placeholder, below); a real value there is `hardcoded-secret`\'s;',
      '- Database and tool clients given a default password on their command line, read as `hardcoded-secret` reads a real one: `mysql`/`mysqldump`/`mysqladmin` `-proot`, `PGPASSWORD=postgres pg_dump`, `redis-cli -a password`, `mongosh -p admin`, `sshpass -p`, `htpasswd -b`, registry logins (`docker login -u admin -p admin registry.acme.io`, podman, helm registry…), and secret-named JVM properties and `--name=value` arguments (`-Dspring.datasource.password=admin`, `--spring.datasource.password=admin`; not a trust store\'s `changeit`, the JDK\'s public `cacerts` default); a password that names a setting counts too, judged as under a password\'s name (`-pmysql_password`, `-Dspring.datasource.password=app_db_password`: a placeholder, below). Read in compose files (a healthcheck\'s `"-padmin"`), Kubernetes manifests (a CronJob\'s `command`) and Dockerfiles; in the scripts production runs — container entrypoint scripts by their names (`docker-entrypoint.sh`, `entrypoint.sh`) and any script a Dockerfile `ENTRYPOINT`/`CMD`, compose `command`, Procfile or systemd unit starts, as for `${VAR:-default}` above — whatever host the command names (`mysqldump -uroot -pchangeme app`, `PGPASSWORD=postgres pg_dump -h db` in the backup script a Dockerfile\'s `ENTRYPOINT` runs); and in other shell scripts (`.sh`, `.bash`) only where the command names a remote host (`mysqldump -h db.prod.internal -pchangeme`; no host, a local one or a single-label one, `-h db`, is local tooling, and so is such a script\'s registry login; a Makefile\'s recipes are not read); scripts named for development or started only by development entry points are not read for local commands; a variable, `$(cat …)` or `${VAR}` is no literal, a commented-out line is not read.',
      '- database users given a default password, or one equal to the user name or made from it (`metabase` for `metabase`, `app_password` for `app`), in SQL: `CREATE USER grafana WITH PASSWORD \'changeme\'`, `ALTER USER postgres PASSWORD \'postgres\'`, `CREATE ROLE … LOGIN PASSWORD`, SQL Server\'s `CREATE LOGIN … WITH PASSWORD =`, MySQL\'s `CREATE USER \'app\'@\'%\' IDENTIFIED BY \'password\'`, `SET PASSWORD FOR … = \'…\'` and `GRANT … TO … IDENTIFIED BY \'…\'`, Oracle\'s unquoted or double-quoted `CREATE USER app IDENTIFIED BY changeme`, `ALTER USER system IDENTIFIED BY oracle`, `GRANT … TO app IDENTIFIED BY …`, and a database link\'s remote user, `CREATE [PUBLIC] DATABASE LINK hr CONNECT TO scott IDENTIFIED BY tiger USING \'hr\'` (not `CONNECT TO CURRENT_USER`, `IDENTIFIED BY VALUES \'…\'`, a stored hash, `IDENTIFIED EXTERNALLY`/`GLOBALLY`, nor a bind variable or substitution: `:pw`, `&pw`, `${PW}`) (the statements `hardcoded-secret` reports a real password in, which leaves these here). Read in `.sql` files (init scripts, migrations, schema dumps) and in the shell scripts a database image runs at its first start (in a folder a compose service mounts at `/docker-entrypoint-initdb.d`, or a folder named for init: `initdb/init-user-db.sh`) or that production runs; not: a commented-out statement (`--`, `/* … */`, `#`), a psql variable (`PASSWORD :\'pw\'`), a reference (`\'${DB_PASSWORD}\'`), dollar quoting, `PASSWORD NULL`, an empty password, a stored verifier (`SCRAM-SHA-256$…`, `md5…`, MySQL\'s `*` + 40 hex digits). Seed scripts (`db/seeds/`, `supabase/seed.sql`), development-named scripts (`sql/local-users.sql`) and init folders only a development compose service mounts give notes;',
      '- database images told to run without a password: `POSTGRES_HOST_AUTH_METHOD=trust`, `MYSQL_ALLOW_EMPTY_PASSWORD`, `MARIADB_ALLOW_EMPTY_(ROOT_)PASSWORD`, Bitnami\'s `ALLOW_EMPTY_PASSWORD=yes`, Neo4j\'s `NEO4J_AUTH=none` (compose, Kubernetes, Dockerfile environments; also as the default of `${ALLOW_EMPTY_PASSWORD:-yes}` / `${POSTGRES_HOST_AUTH_METHOD-trust}`, what runs whenever the variable is unset, while a reference with no default, `${MYSQL_ALLOW_EMPTY_PASSWORD}`, sets nothing when unset); Neo4j\'s `NEO4J_AUTH=<user>/<password>` whose password is a default or placeholder (its docs\' `neo4j/password`, `neo4j/test`), the image\'s own `neo4j` or equal to the user name (the user name is not shown); images\' own defaults and their docs\' samples for the variable that image reads (MinIO\'s `minio123` as `MINIO_ROOT_PASSWORD`/`MINIO_SECRET_KEY`, the Cassandra superuser\'s `cassandra` as `CASSANDRA_PASSWORD`, ArangoDB\'s `openSesame` as `ARANGO_ROOT_PASSWORD`, Neo4j\'s `neo4j` as `NEO4J_PASSWORD`; another value passes); a password equal to a user name set beside it (`POSTGRES_USER: app` with `POSTGRES_PASSWORD: app`; libpq\'s `PGUSER` with `PGPASSWORD` or `PG_PASSWORD`; a user key written as one word, `DBUSER`, `dbUser`, with a password key of the same prefix, `DBPASSWORD`, `dbPassword`), or that user name followed by a password word or a counting run (Mattermost\'s documented `mmuser_password` for `mmuser`, `rootpassword`, `app_pass`, `admin123`): a default credential however random it looks, which `hardcoded-secret` leaves to this check (one shared rule, `passwordFromUserName` in `src/checks/util/secrets.ts`, also for the user and password of one URL or connection string, below);',
      '- dynaconf (a project whose requirements name `dynaconf`): `settings.toml`/`.secrets.toml` settings of the environment the deploy selects with `ENV_FOR_DYNACONF` (a shipped Dockerfile stage\'s `ENV`, a production compose service, a Kubernetes container or ConfigMap, a production env file, a hosting platform\'s deploy file; not a development environment), its `[production]` section over `[default]`, `[global]` over both; without such a selection dynaconf runs `development` and nothing is read: its secret-named keys, judged as above.',
      "- Spring Boot configuration (`application.yml`, `application-prod.properties`, `bootstrap.yml`): every key whose dotted path is secret-named (`spring.datasource.password: postgres`), literals and the default of `${JWT_SECRET:changeme}`; development profiles (`application-dev.yml`, `application-local.properties`, a document with `spring.config.activate.on-profile: dev`, Quarkus `%dev.` keys) give notes (" + SPRING_ACTIVE_DOC + "), test resources and Quarkus `%test.` keys are exempt. A value in the base file or document (`application.yml`, no profile) that a `prod`/`production` profile of the same folder sets to something that is no default (`application-prod.yml` with `password: ${DB_PASSWORD}`, a `---` document with `on-profile: prod`) is an overridden default: an `info` note naming the override (the rule `cookie-flags` and `debug-mode` share), and so is an unprefixed Quarkus key that the same file sets to no default under `%prod.` (`quarkus.datasource.password=quarkus_test` with `%prod.quarkus.datasource.password=${DB_PASSWORD}`, or a `\"%prod\":` section of `application.yaml`, where `\"%dev\":` sections give notes and `\"%test\":` ones are exempt as their keys are; a list of profiles, `%prod,staging.` or `%dev,test.`, applies to each: a production override when any listed profile is production, a note when all are development or test profiles, exempt when all are test ones); without such an override, or when a production value is a default too (judged at its own line as well), it fails.",
      'Names about a secret rather than the secret are not judged: settings (a last word encoder, encoding, profile, strategy, algorithm, provider, backend, mode, type, leeway, skew, TTL, length, renewal, signing, method, scheme, cipher…: `PASSWORD_ENCODER: default`, `AWS_CREDENTIALS_PROFILE: default`, `TOKEN_STRATEGY: local`), texts shown to users (a last word message, msg, prompt, title, label, text, error, hint, help, placeholder, description, mismatch, expired, invalid…, or a first word invalid, wrong, incorrect, missing, expired, bad: `PASSWORD_PROMPT`, `INVALID_PASSWORD`), what a log scrubber writes in a secret\'s place (a last word mask, masked, redacted, redaction, or a first word masked, redacted: `PASSWORD_MASK = "********"`, `MASKED_PASSWORD`), and field names: a name ending in `_ARG`/`_ATTR`/`_COLUMN`/`_PROP`, or `_KEY` after a password/token/credential word (`PASSWORD_KEY`, `TOKEN_KEY`; not `SECRET_KEY`, `API_KEY`), whose value is an identifier made of the name\'s own words (`PASSWORD_KEY = "password"`, `TOKEN_QUERY_ARG = "token"`). In code a constant whose value is its own name (`PASSWORD = "password"`, `API_KEY = "apiKey"`: compared by words, ignoring case, `_`, `-` and camelCase), or its name after a leading marker word `CONF`, `ATTR`/`ATTRIBUTE`, `KEY`, `FIELD`, `PARAM`, `ARG`, `PROP`/`PROPERTY`, `COL`/`COLUMN` or `OPT`/`OPTION` (Home Assistant\'s `CONF_PASSWORD = "password"`, `ATTR_API_KEY = "api_key"`, `KEY_PASSWORD`, `PARAM_TOKEN = "token"`), names a field too; an environment fallback (`os.getenv("KEY_PASSWORD", "password")`) and a name outside code (`KEY_PASSWORD=password` in an env file: a keystore\'s password) are values. `DB_PASSWORD = "password"`, `CONF_PASSWORD = "changeme"`, `SECRET_KEY = "dev"`, `TOKEN_KEY = "secret"`, `CLIENT_SECRET = "secret"` still fail.',
      'Any URL value (`DATABASE_URL=postgres://postgres:postgres@db/app`) whose password is a default or the user name, alone or followed by a password word or a counting run (`postgres://mmuser:mmuser_password@db/mattermost`, `postgres://app:app123@db/app`), counts too, whatever its key — the password in the user info or given as a parameter (`jdbc:mysql://db/app?user=root&password=root`, `?user=postgres&password=postgres`, JDBC\'s `;user=app;password=app`; `password`, `passwd`, `pwd` or `pass`, compared with the URL\'s `user`/`username`/`uid`), reported at the value —, and so does a connection string whose `Password=` is a default (`ConnectionStrings__Default=Server=sql;User Id=sa;Password=YourStrong@Passw0rd`: Microsoft\'s documentation example) — a libpq keyword/value string\'s `password=` (`PG_CONN=host=db user=app password=postgres dbname=app`) a go-sql-driver MySQL DSN\'s password (`DATABASE_DSN=root:root@tcp(mysql:3306)/app`) and an Oracle connect string\'s (`ORACLE_URL=system/manager@db:1521/XE`, `jdbc:oracle:thin:scott/tiger@db:1521:ORCL`; a connect identifier that is EZConnect with `//` or a port, or a descriptor, or after `jdbc:oracle:` any, so a path, package or action holding `a/b@c` is none) too, also when it is the user name the string gives (`user=`, the DSN\'s user), alone or followed by a password word or a counting run —, also as (or inside) the default of a `${VAR:-…}` / `${VAR-…}` substitution (`ConnectionString=${DB_CONN:-Server=sql;User Id=sa;Password=Pass@word}`, eShopOnContainers\' `docker-compose.prod.yml`; `Password=${SA_PASSWORD:-changeme}`): what deploys whenever the variable is unset, reported at the value; `${VAR:?message}`, `${VAR:+alternative}` and compose\'s escaped `$${…}` deploy no default.'
        + ' In code (Python, JavaScript/TypeScript, and Go, Java, Kotlin, Scala, Groovy, C#, Rust, PHP, Ruby, Elixir) a quoted literal that is such a URL counts wherever it is written, a call\'s argument too (`create_engine("postgresql://postgres:postgres@db/app")`, `mongoose.connect(\'mongodb://admin:admin@mongo:27017/app\')`, `dj_database_url.config(default="postgres://…")`, Go\'s `sql.Open("postgres", "postgres://…")`), whatever its host (local and documentation hosts too, as for a named value); not in a comment, a docstring or inside another string, not a literal shown to people as a format (after `help=`, `placeholder=`, `examples=`, `description:`…), and a format placeholder (`%s`, `{password}`, `${DB_PASSWORD}`) is no password. Tests, illustration folders and templates are exempt; development-only files, development configuration (`config/environments/development.rb`) and development branches (`if DEBUG:`, `class DevelopmentConfig`, `if (process.env.NODE_ENV === \'development\') {`, and a guard that is off only in production: `if (!isProd) {`, `if not settings.IS_PRODUCTION:`, `if ENVIRONMENT != "production":`, the `else` of `if (isProd) {…}`) give notes. A real password in such a URL is `hardcoded-secret`\'s.',
      'Defaults: `changeme`, `change_me`, `admin`, `password` (and its leetspeak spellings, OpenProject\'s `p4ssw0rd`), `postgres`, `root`, `secret`, `123456`, `guest`, `minioadmin`, Oracle\'s published accounts (`tiger`, `change_on_install`, and `manager` for `SYSTEM`, `dbsnmp` for `DBSNMP`: a user and password in one SQL statement, URL or connection string), `keyboard cat` (`keyboardcat`), jsonwebtoken\'s `shhhhh`, NestJS\'s documented `jwtConstants.secret` sentence (`DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET…`), `<generate…>`, `your-secret-key-here`, `django-insecure-…`, `dev`, `test`, Grafana\'s stock `secret_key` (`SW2YcwTIb9zpOOhoPsMm`), lower-case values glued from default words (`rootsecretpassword`, `adminpassword`, `db_root_password`, up to 4 trailing digits), … (see `src/checks/util/secrets.ts`).',
      'Placeholders written as words are recognised too: `your…password/secret/key/token` (`Your_password123`, `yourStrong(!)Password`, jwt.io\'s `your-256-bit-secret`), `replace…`/`change…`/`overwrite…` instructions (`replace_with_real_password`, OpenProject\'s `OVERWRITE_ME`, `change_this`, `change me please`, `REPLACE_WITH_A_STRONG_KEY`, `CHANGEME_SECRET_KEY`), also after other words (`dev-secret-key-change-in-production`, `supersecret-changeme`, `plausible-please-change`, `…_should_be_updated`, `…-must-be-changed`), `generate…`/`get…`/`add…`/`paste…` instructions (Outline\'s `generate_a_new_key`, `CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET`), values that describe themselves as placeholders (Supabase\'s `your-super-secret-jwt-token-with-at-least-32-characters-long` and `this_password_is_insecure_and_should_be_updated`), phrases made only of describing words — a/the/this/is/not/my/your/our/some/very/super/secure/strong/random/long/complex/new/real/unique/own/insecure/please…, an instruction verb first (generate, change, replace, use, choose…) — ending in a secret word, CamelCase too (Authentik\'s `PleaseGenerateASecureKey` and `ThisIsNotASecurePassword`, `a_very_strong_password`, `generate_secure_key`; a word of anything else, `CorrectHorseBatteryStaple`, `authentik-secret-key`, makes a value), a password setting\'s value that names a setting — lower-case snake_case words ending in password/passwd/pwd/pass/secret, under a name whose last word is a password word (PostHog hobby\'s `MINIO_ROOT_PASSWORD: object_storage_root_password`, the variable\'s own name `minio_root_password`; not a kebab-case Secret name, a path, a reference, MySQL\'s `mysql_native_password`, a constant in code, or a value under a chart map named for keys or Secrets, `secretKeys`, `envFromSecret`), Strapi\'s `tobemodified`, a comma list whose every item is a default (Strapi\'s `APP_KEYS=toBeModified1,toBeModified2`), values made only of test/development words and a secret word (`TEST_NON_DEV_SECRET`, Superset\'s docker/.env-non-dev key; `dev_only_secret`), Node tutorials\' secrets made only of the words my/this/is/a/super/very/jwt/session/cookie/app/auth/token/key around `secret` (`jwtsecret`, `jwt_secret`, `supersecretjwtkey`, `ThisIsASecret`), and vendors\' documented sample passwords (SQL Server\'s `YourStrong@Passw0rd`, the postgres and mysql images\' `mysecretpassword`, `my-secret-pw`, `Pass@word1`, Directus\' first-admin `d1r3ctu5`…). Only values made of words (at most one short number) count: a random tail (`your_key_Zx8Kq2…`) is a real value, not a placeholder. A placeholder is one token: a value with white space is a sentence shown to users (`Your password is incorrect`, `Enter your API key`, `Change your password`) and never a placeholder, except the exact defaults above (`keyboard cat`, WordPress\'s `put your unique phrase here`), a bracketed fill-in (`<your password>`), an instruction about the value itself (`change me`, `change me please`, `change this password`, `replace this secret key`) and a fill-in left for whoever deploys, ending in `here`: an instruction to put the secret in (`insert your key here`, `put your secret here`, `set your password here`, `place your secret here`, `add a strong token here`) or a possessive one (`your password here`), only describing words between, also with a clause of its own after `here` (Pi-hole\'s README `set a secure password here or it will be random`); a prompt (`Enter your password here`, `Type your password here`) or a link text (`Click here to reset your password`, `Change your password here`) is no fill-in, and a passphrase of several words (`correct horse battery staple`) is a value, not a placeholder. As the fallback of an environment read, which deploys whenever the variable is unset and is never a label, a possessive phrase ending in a secret word is a placeholder too (Render\'s Django guide\'s `os.environ.get("SECRET_KEY", default="your secret key")`, `my secret key`, `your jwt secret here`); elsewhere (`{ apiKey: "Your API key" }`) it reads as a label.',
      "A compose/Dockerfile default `${DB_PASSWORD:-changeme}` counts: it is what deploys whenever the variable is unset (also one holding spaces, as compose keeps it: `${SESSION_SECRET:-keyboard cat}`, `${A_PASSWORD:-change me}`). The same holds for `os.environ.get('SECRET_KEY', 'dev')`. Compose's escaped `$${SECRET_KEY:-changeme}` as an `environment` value is the literal text `${SECRET_KEY:-changeme}` (compose turns `$$` into `$`, and no shell expands an environment value): no default deploys, and it is not reported; in a `command` run by a shell (`sh -c '… --requirepass \"$${REDIS_PASSWORD:-changeme}\"'`) the shell expands it, and it is.",
      COMPOSE_ENV_REACH_DOC,
      K8S_DATA_REACH_DOC,
      K8S_ENV_OVERLAY_DOC,
      COPILOT_ENV_DOC,
      'A repository with nothing the check reads (no deploy config, env or config file, script or code file: documentation only, or empty) has the item `skipped`, as every other check has, not passed. A compose file none of whose services could be read (YAML that does not parse) is not counted as read: when the check reads nothing else (no other deploy config, env or config file, script or code file), the item is `skipped` with a reason naming it (`no other deploy config, env file, settings or code, and no compose file could be read: docker-compose.yml: parse-error (see that finding)`), not passed.',
      'Development-only files by name (`docker-compose.override.yml`, `docker-compose.dev.yml`, `Dockerfile.dev` — unless production builds and ships it, a fly.toml, render.yaml, Railway or production compose build naming it: then it is judged as production, as by the other Dockerfile checks —, `settings/local.py`, `settings/dev*.py`, node-config\'s and Sails\' `config/development.js`, `config/local.js`, `config/env/development.js`…), the development environments of a knexfile (`knexfile.js`/`.ts`: values inside its `development: {…}`, `local`, `test`… environment, the words of development-only file names; `production`, `staging` and others are judged), Phoenix\'s `config/dev.exs` and the development and test blocks of the other Elixir config files (`if config_env() == :dev do … end`, `in [:dev, :test]`, `!= :prod`, a `case config_env()` clause for `:dev` in `config/runtime.exs` or `config.exs`; its `:prod` block and what sits outside any such block are production\'s and judged), compose services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…) or in Laravel Sail\'s `docker-compose.yml`, and Python development classes (a whole word of the class name, split at `_` and CamelCase, is dev, development, debug, test(s), testing, local, CI or E2E: `DevelopmentConfig`, `TestConfig`, `LocalConfig`, `CIConfig`, `E2EConfig`; not `DeviceGatewayConfig`, `LocalizationSettings`, `DevOpsConfig`) get `info` notes: defaults are how local development works. Template files (`*.example`, `*.sample`, `*.template`; not a CloudFormation template named as CloudFormation names them, `db.template.yaml`, `MyStack.template.json`, whose text is one: the stack that deploys) and tests are exempt, test-environment configuration too (`settings/test.py`, `settings/testing.py`, `config/test.exs`, `application-test.yml`…), and test-runner configuration and setup files (`jest.setup.js`, `vitest.config.ts`, `src/setupTests.ts`, `cypress.config.ts`, `playwright.config.ts`, `pytest.ini`, `tox.ini`, `noxfile.py`, `phpunit.xml`…; not a CI workflow). An invoke task named for development or tests (`@task def dev(c):`, `def test(c):`, `def run_local(c):` in a `tasks.py` that imports invoke) gives `info` notes for the values in its body (`c.run(…, env={"SECRET_KEY": "dev"})`); other tasks (`deploy`, `serve`) can run in production and are judged.',
      "A settings package's base default that its production module (`settings/production.py`, `prod.py`, `live.py`, `deploy.py`) sets to something else (`from .base import *` then `SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]`) is an `info` note, as in `debug-mode`.",
      "A development-named settings module (`settings/dev.py`, `local.py`) is a note unless production selects it: `DJANGO_SETTINGS_MODULE=mysite.settings.dev` set by a shipped Dockerfile stage\'s `ENV`, a production compose service (its `environment` or `env_file`), a Kubernetes container or ConfigMap, a production env file, a hosting platform\'s deploy file or an entry point\'s command line or start script (a Procfile\'s `DJANGO_SETTINGS_MODULE=… gunicorn …`), as `debug-mode` fails its `DEBUG = True`; and, when none of them sets the variable, the `os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", …)` of the module a production server imports (`gunicorn mysite.wsgi:application` → `mysite/wsgi.py`, Wagtail\'s stock template). Its defaults are then judged as production\'s, naming what selects it; so are a base module\'s when deploy config selects it directly (`DJANGO_SETTINGS_MODULE=mysite.settings.base`): a `production.py` that the deploy does not run overrides nothing.",
      "A class default that production code of the same project sets to something else (`class Config: SECRET_KEY = 'dev'` with `class ProductionConfig(Config): SECRET_KEY = os.environ['SECRET_KEY']`, or a `@property def SECRET_KEY(self)` there) is an overridden default and passes; a production class that inherits it unchanged deploys it and fails, and so does a value the production class or module sets itself (a base class's safe value does not undo it).",
      'A trust store\'s `changeit` (the JDK\'s public `cacerts` default; a trust store holds public CA certificates only) passes wherever it is written, as on a command line: Spring\'s `server.ssl.trust-store-password`, `spring.ssl.bundle.jks.*.truststore.password`, `javax.net.ssl.trustStorePassword` in `.properties`/YAML, `TRUSTSTORE_PASSWORD` in a container `env`, also as the default of `${TRUSTSTORE_PASSWORD:changeit}`; a key store\'s `changeit` (`server.ssl.key-store-password`, `KEYSTORE_PASSWORD`: it guards a private key) stays a default credential, and so does any other default for a trust store. argocd-vault-plugin placeholders are secret-store references, as `ref+vault://` and `op://` are: an inline path `<path:kv/data/prod/db#password>` (with a version or `| base64encode` modifiers) anywhere, and a `<key>` placeholder (`DB_PASSWORD: <password>`) in a Kubernetes object annotated `avp.kubernetes.io/path`; without that annotation `<password>` is a bracketed fill-in.',
      'A value that means no value (`null`, Laravel\'s `(null)`, `nil`, `None`, `~`, quoted alike: `MAIL_PASSWORD=null` in Laravel\'s stock `.env`, which its `env()` reads as PHP null) leaves the setting unset, as an empty value does: no default credential, also as the default of `${MAIL_PASSWORD:-null}`; a code fallback\'s string literal (`os.getenv(\'SECRET_KEY\', \'None\')`) deploys as the text it spells and still counts, and so does a Redis `requirepass null` or a secret file holding it.',
      'Database seed scripts (`prisma/seed.ts`, `db/seeds.rb`, `scripts/seed-dev-db.js`, files under `seeds/`/`seeders/`) load sample records (a seeded user\'s `password: \'password123\'`), usually into a local database: their defaults are `info` notes. A seed script named for production (`seed-prod.js`, `seed_production.py`) or connecting to another host than the machine\'s own or a compose service\'s bare name (`host: \'db.prod.internal\'`, `postgres://…@10.0.3.7/app`; `localhost`, `127.0.0.1`, `::1`, `db`, `host.docker.internal` are local) seeds a real database: judged. Only the script\'s code is read for hosts: a URL in a comment or a docstring (a usage line `DATABASE_URL=postgres://… python db/seeds/seed.py`) connects nowhere, nor does a documentation or placeholder host (`db.example.com`, `postgres://...`).',
      'Values are never printed; the message says what kind of default it is.',
      FLASK_CFG_DOC,
      DECOUPLE_DOC,
    ].join('\n'),
  },
  options: z.object({}),
  // Code: constants (module level and class bodies) and environment fallbacks, one file at a time.
  scan: () => ({
    accepts: scansFile,
    file(file, text): CodeScan | undefined {
      // A Flask config file in Python (`production.cfg`, loaded by from_pyfile/from_envvar): read as Python when its text is.
      const pyConfig = isPyConfigFile(file);
      if (pyConfig && !readsAsPython(text)) return undefined;
      if (!pyConfig && !isCodeFile(file)) {
        // PHP, Ruby, Elixir, Go, Java… (OTHER_CODE): their environment fallbacks (PHP, Ruby, Elixir), and URL literals.
        const other = fallbackKind(file);
        let scan = other ? fallbacksOnly(text, other) : undefined;
        if (other === 'php' && text.includes('define(')) {
          const defs = phpDefines(file, text, scan?.hits ?? []);
          if (defs.length) scan = { hits: [...(scan?.hits ?? []), ...defs], secured: scan?.secured ?? [] };
        }
        if (other === 'shell' || other === 'terraform' || !isOtherCode(file) || !hasUserinfo(text)) return elixirDevBlocks(file, text, scan);
        const lexed = otherSource(file, text);
        const urls = urlLiterals(text, lexed, new Set(scan?.hits.map((h) => h.line)));
        return elixirDevBlocks(file, text, urls.length ? { hits: [...(scan?.hits ?? []), ...urls], secured: scan?.secured ?? [] } : scan);
      }
      const py = pyConfig || isPython(file);
      const hits: CodeHit[] = [];
      const secured: Omit<SettingRef, 'file'>[] = [];
      let docs: number[] | null = null;
      let src: Source | null = null;
      let nest: ReadonlySet<string> | undefined;
      // Environment reads whose literal is on a later line (Black's `os.environ.get(\n    "X", "…"\n)`, environs'
      // `env("X",\n    "…")`, `process.env.X ||\n  "…"`), by the line the read starts on: judged with that line, the
      // statement's (where the constant and its class are), and reported at the literal.
      // (Looked for only when a candidate line reads the environment: a file without one is not searched again.)
      // A file that may define a typed settings class is searched for its secret words in any case too (`secret_key`).
      // (Substring searches first: the line-anchored regex over every Python file costs ~50 ms on a 20,000-file tree.)
      const typed = py && (text.includes('Setting') || text.includes('Conf') || text.includes('Cfg')) && PY_TYPED_SETTINGS_HINT.test(text);
      const candidates = linesContaining(text, py ? (typed ? PY_FIELD_NEEDLES : PY_NEEDLES) : JS_NEEDLES);
      const split = new Map<number, SplitFallback[]>();
      if (candidates.some((l) => ENV_READ_RE.test(l.line))) {
        for (const f of splitLiteralFallbacks(text, [py ? 'python' : 'js'])) split.set(f.readLine, [...(split.get(f.readLine) ?? []), f]);
      }
      for (const { line, lineNo, start } of split.size ? withLines(text, candidates, split.keys()) : candidates) {
        if (line.length > 1000) continue;
        // A docstring shows usage (`SECRET_KEY = "changeme"` in a module's docs): it sets nothing.
        if (py && insideBounds((docs ??= tripleQuoteBounds(text)), start)) continue;
        // [name, value, column, is an environment fallback, is a settings dict entry (`'PASSWORD': …`: a value, never a field name)]
        // (a sixth element marks a JS object entry: one beside a login is a value too, see besideLogin; a seventh is the
        // value's line when it is below this one: `Field(\n    default="changeme",`)
        const found: [string, string, number, boolean?, boolean?, boolean?, number?][] = [];
        // A line found only by a lower-case secret word holds nothing but, perhaps, a typed settings class's field.
        const fieldOnly = typed && !PY_NEEDLES.some((n) => line.includes(n));
        // A constant this line sets (module level or class body): what a class default may be overridden by.
        let setting: { name: string; start: number; className: string | null; dev: string | null } | null = null;
        if (py) {
          const kw = fieldOnly ? null : PY_KWARG_RE.exec(line);
          let am = kw ? null : PY_ASSIGN_RE.exec(line);
          // A secret-named field of any case (`secret_key: str = "changeme"`), judged only in a typed settings class, and one
          // declared without a default (`secret_key: str`), which that class requires from the environment.
          let field = false;
          let decl: RegExpExecArray | null = null;
          if (!kw && !am && typed) {
            const fm = PY_FIELD_RE.exec(line);
            if (fm && isSecretName(fm[2]!)) { am = fm; field = true; } else {
              decl = PY_DECL_RE.exec(line);
              if (decl && !isSecretName(decl[2]!)) decl = null;
            }
          }
          if (kw) found.push([kw[1]!, kw[3]!, line.indexOf(kw[2]! + kw[3]!) + 2]);
          else if (am) {
            const indent = am[1]!.length;
            const at = start + indent;
            let className: string | null = null;
            let dev: string | null = null;
            let place: 'module' | 'class' | 'argument' | null = indent === 0 ? 'module' : null;
            // In a typed settings class a field's value is the value, never a field's name (`password: str = "password"`).
            let typedClass = false;
            if (place === null) {
              // Indented: a keyword argument spread over lines, a class body (`class Config:`), or function code (skipped).
              src ??= scanSource(file, text, 'python');
              if (depthAt(src, at) > 0) place = field ? null : 'argument';
              else {
                const cls = settingsClassAt(src, at);
                typedClass = cls !== null && typed && isTypedSettingsClass(src, cls.name, at);
                if (cls && (typedClass || !field)) { place = 'class'; className = cls.name; dev = cls.dev; }
              }
            }
            if (place !== null) {
              const rhs = am[3]!;
              const lit = PY_LITERAL_RE.exec(rhs);
              if (lit) found.push([am[2]!, lit[2]!, line.length - rhs.length + 2 + (/^[rRbBuU]{1,2}/.exec(rhs)?.[0].length ?? 0), false, typedClass]);
              else if (place !== 'argument' && PY_DEFAULT_WRAPPER.test(rhs)) {
                // `Field(default="changeme")`, `SecretStr("changeme")`: the default the wrapper gives, at its literal.
                src ??= scanSource(file, text, 'python');
                const w = wrappedDefault(src, start + line.length - rhs.length + rhs.indexOf('('));
                if (w) found.push([am[2]!, w.value, src.columnAt(w.offset), false, typedClass, false, src.lineAt(w.offset)]);
              }
              if (place !== 'argument') setting = { name: am[2]!, start: at, className, dev };
            }
          } else if (decl) {
            src ??= scanSource(file, text, 'python');
            const at = start + decl[1]!.length;
            const cls = depthAt(src, at) > 0 ? null : settingsClassAt(src, at);
            if (cls && isTypedSettingsClass(src, cls.name, at)) setting = { name: decl[2]!, start: at, className: cls.name, dev: cls.dev };
          }
          // `@property def SECRET_KEY(self):` in a config class sets the setting as surely as an assignment (a production
          // class that reads the variable and refuses to start without it overrides the base's default).
          const pm = kw || am || decl ? null : PY_PROPERTY_RE.exec(line);
          if (pm) {
            src ??= scanSource(file, text, 'python');
            const at = start + pm[1]!.length;
            const cls = settingsClassAt(src, at);
            if (cls) setting = { name: pm[2]!, start: at, className: cls.name, dev: cls.dev };
          }
          const m = PY_ATTR_RE.exec(line);
          if (m) found.push(m[1] ? ['SECRET_KEY', m[3]!, line.indexOf(m[2]! + m[3]!, m.index) + 2] : [m[5]!, m[7]!, line.indexOf(m[6]! + m[7]!, m.index) + 2]);
        }
        // `os.environ.get('X', 'dev')`, `os.getenv('X') or 'dev'`, `process.env.X || 'secret'`.
        // (NestJS `config.get('JWT_SECRET', 'secret')` too, through the names the file gives the ConfigService.)
        for (const f of literalFallbacks(line, [py ? 'python' : 'js'], py ? undefined : (nest ??= nestConfigReceivers(text)))) found.push([f.name, f.value, f.exprColumn, true]);
        // Dict and object entries (`'PASSWORD': 'changeme'`, `secret: 'keyboard cat'`) and JS constants, outside comments.
        if (!found.length && !fieldOnly && !/^\s*(?:#|\/\/|\*|\/\*)/.test(line)) {
          if (py) {
            for (const m of line.matchAll(PY_DICT_RE)) if (!describedFormat(line, m.index, m[4]!)) found.push([m[2]!, m[4]!, m.index + m[0].length - m[4]!.length, false, /^[A-Z][A-Z0-9_]*$/.test(m[2]!)]);
          } else {
            const c = JS_CONST_RE.exec(line);
            if (c) found.push([c[1]!, c[3]!, line.lastIndexOf(c[2]! + c[3]! + c[2]!) + 2]);
            else for (const m of line.matchAll(JS_ENTRY_RE)) if (!describedFormat(line, m.index, m[5]!)) found.push([m[2] ?? m[3]!, m[5]!, m.index + m[0].length - m[5]!.length, false, false, true]);
          }
        }
        // A line that sets no constant of its own (a call's argument under `X = wrap(`, as Black lays it out) is
        // development-only when a block around it is: `class DevelopmentConfig:`, `if DEBUG:`.
        let around: string | null | undefined;
        const devAround = (): string | null => {
          if (around !== undefined) return around;
          const indent = /^\s*/.exec(line)![0].length;
          if (!py || setting || indent === 0) return (around = null);
          src ??= scanSource(file, text, 'python');
          return (around = enclosingHeaders(src, start + indent).some((h) => isDevHeaderIn(src!, h)) ? 'development-only class' : invokeDevTask(src, start + indent));
        };
        const hitAt = (at: number, column: number, name: string, r: { reason: string; secret: string }): CodeHit =>
          ({ line: at, column, name, reason: r.reason, secret: r.secret, dev: setting?.dev ?? devAround(), setting: setting && setting.className !== null ? { start: setting.start, className: setting.className } : null, ...(setting && setting.className === null ? { module: setting.name } : {}) });
        const lineHits: CodeHit[] = [];
        for (const [name, value, column, fallback, settingEntry, objectEntry, valueLine] of found) {
          // `PASSWORD = "password"`, `API_KEY = "apiKey"`, `CONF_PASSWORD = "password"` name a field (an enum of keys), they do not set one;
          // a fallback (`process.env.SECRET || 'secret'`) is the value itself, whatever it spells, and so is
          // `password: 'password'` beside `user: 'app'` (a connection's options, not field names). So do an object's
          // `password: 'user_password'` (a column map's entry) unless a login is beside it.
          // In code a constant spelling a password setting's name (`MINIO_PASSWORD = "minio_root_password"`) is a lookup key too.
          if (!fallback && !settingEntry && (namesItself(name, value) || enumMember(name, value) || (objectEntry && namesPrefixedField(name, value)) || (!isDefaultCredential(value) && namesPasswordSetting(name, value)))
            && !(objectEntry && value === value.toLowerCase() && besideLogin(text, start, line.length, start + column))) continue;
          const r = defaultReason(name, value, fallback ? '' : undefined);
          if (!r) continue;
          lineHits.push(hitAt(valueLine ?? lineNo, column, name, r));
          break;
        }
        // A read this line starts whose literal is below it: a fallback, at the literal (a commented-out call sets nothing).
        if (!COMMENT_LINE.test(line)) {
          for (const { fallback: f, line: at, column } of split.get(lineNo) ?? []) {
            const r = defaultReason(f.name, f.value, '');
            if (r) lineHits.push(hitAt(at, column, f.name, r));
          }
        }
        if (lineHits.length) hits.push(...lineHits);
        else if (setting && !setting.dev && !isDevOnly(file) && isSecretName(setting.name)) secured.push({ name: setting.name, start: setting.start, runtime: false, className: setting.className });
      }
      // Strapi's configuration helper (`({ env }) => ({ jwtSecret: env('JWT_SECRET', 'secret') })`): its fallbacks deploy as `process.env`'s do.
      if (!py) for (const h of strapiEnvFallbacks(text)) if (!hits.some((x) => x.line === h.line)) hits.push(h);
      // A password equal to the user name beside it in a connection's dict/object literal (Django's `DATABASES` entry,
      // `new Pool({ user: 'app', password: 'app' })`): the hand-off rule hardcoded-secret shares (util/credentials.ts).
      const judged = new Set(hits.map((h) => h.line));
      const lex = (): Source => (src ??= scanSource(file, text, py ? 'python' : 'js'));
      // convict's schema defaults (`sessionSecret: { default: 'keyboard cat', env: 'SESSION_SECRET' }`): what production gets
      // unless the variable is set, judged as `process.env.SESSION_SECRET || 'keyboard cat'` (without `env`, as the value itself).
      if (!py) {
        for (const c of convictDefaults(text)) {
          const name = isSecretName(c.name) ? c.name : c.env !== null && isSecretName(c.env) ? c.env : null;
          const r = name === null ? null : defaultReason(name, c.value, c.env ?? undefined);
          if (!r || name === null) continue;
          const line = lex().lineAt(c.offset);
          if (judged.has(line)) continue;
          judged.add(line);
          hits.push({ line, column: lex().columnAt(c.offset), name, reason: r.reason, secret: r.secret, dev: devCode(lex(), c.offset), setting: null });
        }
      }
      for (const p of codeUserNamePasswords(file, text, lex)) {
        if (judged.has(p.line)) continue;
        judged.add(p.line);
        hits.push({ line: p.line, column: p.column, name: p.password, reason: `is set to ${userNamePhrase(p)}`, secret: p.value, dev: devCode(lex(), p.offset), setting: null });
      }
      // A signing secret passed to a call as a literal (`jwt.sign(payload, 'secret')`, `cookieParser('shhhhh')`): a default or
      // placeholder one lets anyone forge tokens; a strong one is hardcoded-secret's (the shared reading, util/credentials.ts).
      for (const s of signingSecrets(file, text, lex)) {
        if (judged.has(s.line) || !(isDefaultCredential(s.value) || isPossessivePlaceholder(s.value))) continue;
        judged.add(s.line);
        hits.push({ line: s.line, column: s.column, name: `the signing secret passed to ${s.call}`, reason: `is ${describeDefault(s.value)}`, secret: s.value, dev: devCode(lex(), s.offset), setting: null });
      }
      // A Gradio app's login (`demo.launch(auth=("admin", "admin"))`, a list of pairs): a default password or one equal to its user.
      if (py) {
        for (const g of gradioAuthPairs(file, text, lex)) {
          if (judged.has(g.line)) continue;
          const reason = isDefaultCredential(g.password) ? `is set to ${describeDefault(g.password)}` : g.password === g.user ? 'is equal to its user name' : null;
          if (!reason) continue;
          judged.add(g.line);
          hits.push({ line: g.line, column: g.column, name: 'Gradio auth password', reason, secret: g.password, dev: devCode(lex(), g.offset), setting: null });
        }
      }
      // URLs written as literals anywhere in the code (`create_engine("postgresql://postgres:postgres@db/app")`).
      if (hasUserinfo(text)) hits.push(...urlLiterals(text, lex(), judged));
      // A knexfile's development and test environments (`development: { connection: { user: 'postgres', password: 'postgres' } }`):
      // how local development works, as Rails' and Phoenix' development configuration.
      if (KNEXFILE.test(file) && hits.length) {
        const lineStarts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
        for (const h of hits) h.dev ??= knexDevEnvironment(lex(), (lineStarts[h.line - 1] ?? 0) + h.column - 1);
      }
      return hits.length || secured.length ? { hits, secured } : undefined;
    },
  }),
  prepare(snapshot) { platformEnv(snapshot); deployedDefaults(snapshot); },
  run({ snapshot, scanned: all, report, skip }) {
    // Flask config files (`.cfg`) only where production code loads them (from_pyfile, from_envvar).
    const scanned = loadedPythonScanned(snapshot, all);
    // What was read (compose services, manifests, Dockerfiles, env and config files, scripts, code): when nothing was but a
    // compose file that could not be, the item is skipped naming it, as the other compose checks are, not passed.
    const deployed = deployedDefaults(snapshot);
    let sources = deployed.sources;
    // One finding per location: a value shared through compose `extends` or merge keys is reported
    // once, where it is written; a failure beats a note (a development-only service reaching it).
    const once = onePerLocation();
    for (const f of deployed.found) once.put({ ...f });
    const emit = emitter(snapshot, once.put);
    // A class default (`class Config: SECRET_KEY = 'dev'`) that production code of the same project sets to
    // something else (`class ProductionConfig(Config): SECRET_KEY = os.environ['SECRET_KEY']`) is overridden.
    let selected: SelectedSettings[] | undefined;
    const secured: SettingRef[] = scanned.flatMap((s) => s.data.secured.map((x) => ({ ...x, file: s.file })));
    for (const { file, data } of scanned) {
      sources++;
      for (const h of data.hits) {
        // A settings module production selects (`ENV DJANGO_SETTINGS_MODULE=mysite.settings.dev`, or the base module itself) is
        // production's whatever its name, and what deploys whatever production.py sets: as debug-mode judges its DEBUG.
        const chosen = !h.dev && isPythonSource(file) && (h.setting || h.module || isDevOnly(file)) ? (selected ??= productionSettingsModules(snapshot)).find((s) => s.file === file) : undefined;
        const selects = chosen ? ` (${chosen.by} selects this module for production)` : '';
        if (h.setting && !h.dev && !isDevOnly(file) && overriddenSetting({ file, name: h.name, start: h.setting.start, runtime: false, className: h.setting.className }, secured, new Map(), new Map())) {
          if (!chosen) continue;
          emit(file, h.line, h.column, h.name, h, selects, null); continue;
        }
        // A settings package's base module (`settings/base.py`) whose production module sets the value otherwise
        // (`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]` after `from .base import *`): a note, by the rule debug-mode
        // shares (a staging or other environment's module is judged on its own).
        const prod = h.module && !h.dev && !isDevOnly(file) ? overridingSetting({ file, name: h.module, start: -1, runtime: false, className: null }, secured.filter((s) => s.className === null && s.file !== file && SETTINGS_PROD.test(basename(s.file)))) : undefined;
        if (prod && !chosen) { emit(file, h.line, h.column, h.name, h, '', `overridden by ${prod.file} for production`); continue; }
        if (chosen && (prod || isDevOnly(file))) { emit(file, h.line, h.column, h.name, h, selects, null); continue; }
        emit(file, h.line, h.column, h.name, h, '', h.dev ?? (isDevOnly(file) ? 'development-only file' : DEV_CONFIG.test(file) ? 'development configuration' : devScript(file) ?? seedScript(file, () => snapshot.text(file))));
      }
    }
    // python-decouple's `SECRET_KEY = config("SECRET_KEY")`: a committed settings.ini/.env beside the module (or above it) gives the
    // value whenever the deploy leaves the variable unset — judged at its line there, as a fallback is.
    for (const r of decoupleReads(snapshot)) {
      const h = defaultReason(r.name, r.value, r.key);
      if (!h) continue;
      sources++;
      if (deploySetsKey(snapshot, r.key, r.file)) continue;
      emit(r.file, r.valueLine, r.valueColumn, r.key, h, ` (what python-decouple's config("${r.key}") in ${r.module}:${r.line} reads from ${r.file} when ${r.key} is not in the environment, and no deploy config sets it)`, r.dev ? 'development-only file' : null);
    }
    const findings = once.findings();
    // At the value, also where a YAML/JSON reader located it at its opening quote (`POSTGRES_PASSWORD: "postgres"`).
    const atValue = valueColumns((f) => snapshot.text(f));
    for (const f of findings) report(atValue(f));
    // Only a compose file, ECS task definition or CloudFormation template that could not be read (and no code file the scan accepts,
    // clean ones included, besides such a descriptor, whose text alone was scanned): skipped naming it. Nothing read at all (an
    // empty repository, documentation only): skipped too, as every other check is — a pass would claim that credentials were looked for.
    const unreadAws = !sources && !findings.length ? unreadAwsDescriptors(snapshot, { ecs: true, cfn: CFN_TYPES_RE }) : [];
    const unreadFiles = new Set(unreadAws.map((u) => u.file));
    // Shell scripts are read too (client command lines naming a remote host): one present is something read.
    if (!sources && !findings.length && !snapshot.files.some((f) => (scansFile(f) || SCRIPT_FILE.test(f)) && !skipFile(f) && !unreadFiles.has(f))) {
      const none = 'no other deploy config, env file, settings or code';
      const composeReason = noComposeReason(snapshot, { withCompose: '', without: none });
      skip(withUnreadPlatform(unreadAws.length ? withUnreadAws(composeReason || none, unreadAws) : composeReason || 'no deploy config (compose, Kubernetes, Dockerfile, platform file), env file, settings or code', snapshot, 'env'));
    }
  },
});
