import { z } from 'zod';
import { fileGlobEntry } from './util/option-entry.js';
import { fileAllowMatcher } from './util/file-globs.js';
import { defineCheck, type RawFinding } from './define.js';
import { basename, filesEndingIn, isDockerfile, isEnvFile, isTemplate, isVendoredOrGenerated, isWorkflowFile, isYamlFile, isTestFile } from '../repo/classify.js';
import { containerEnv } from '../repo/k8s.js';
import { isObject, parseYaml, type YamlFile, type YamlPath } from '../repo/yaml.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { unquotedEnvValue } from '../repo/env.js';
import { trailingComment } from '../repo/dockerfile.js';
import { chunkPosition } from '../repo/read.js';
import { jsonStringValue, parseJsonNodes } from '../repo/json.js';
import { cellType, notebookCells, notebookCodeLines, type NotebookLine } from '../repo/notebook.js';
import { isHelmTemplate, scanSource, type Source } from './util/code.js';
import { awsDeploy, terraformContainerEnv } from './util/ecs.js';
import { PY_WRAPPER_SOURCE, productionSettingsModules, armParamDefaults, bicepParamDefaults, composeSecretFiles, signingSecrets, wrappedDefault, isCfnSsmParameter, isCfnTemplateFile, redisPasswords as readRedisPasswords, terraformHelmSets, userNamePasswordSet, userNamePasswordSites } from './util/credentials.js';
import { containsWord, indexOfWord, lineColumnAt, valueColumns, withArticle } from './util/text.js';
import { bicepSecretStoreValues, pulumiSecretStoreValues, terraformSecretStoreValues, type SecretStoreValue } from './util/secret-stores.js';
import { SECRETS_KEPT_OUT_OF_THE_REPO, SECRETS_NOT_IN_CONFIG, SECRETS_NOT_IN_CONNECTION_STRINGS, SECRET_FROM_STORE_NEVER_COMMITTED } from '../checklist/phrases.js';
import { isSymfony } from './debug-mode.js';
import {
  TOKEN_LINE_PREFILTER, TOKEN_RULES, URL_CREDENTIALS_RE, connectionStringPassword, libpqPasswords, mysqlDsnPasswords, oracleConnectPasswords, type ConnPassword, decodeBase64, namedAfterKey, isPatternLiteral, isAboutSecretName, isDefaultCredential, isDigest, helmFallbacks, isCiphertextOrHash, isEscapedHash, isExampleValue, isLocalOrExampleHost, isPublicKeyValue, isUrlWithoutSecret, URL_PARTS_RE,
  namesWhereOrWho, isTestRunnerConfig, URL_KEY_WORDS, DATADOG_CLIENT_TOKEN_RE, isBundlerCredentialName, isFillerKeyBody, liveJwtClaims, isReference, isNameList, isPluralSecretName, isSecretName, keyWords, literalFallbacks, nestConfigReceivers, nameTokens, secretQueryParams, splitLiteralFallbacks, terraformVariableDefaults, looksLikeEnvSecret, looksLikeSecretValue, looksLikeUrlPassword, urlTokenUser, isAppPassword, isBarePasswordName, isMailPasswordName, passwordFromUserName, isVendorDefaultPair, redact, shannonEntropy, tripleQuoteBounds, insideBounds,
  isSupabaseDemoJwt, matchesTokenRule, clientPublicPrefix, isPublishedMapsKeyName, sqlPasswordStatements, isSqlPasswordVerifier,
} from './util/secrets.js';

/** One leaked value found in a file. */
interface Hit {
  line: number; column: number; message: string; secret: string;
  /** A Helm template's fallback: the Secret reader sees the rendered placeholder, not it. */ template?: true;
  /** A YAML block scalar's value, reported at its text below the key: the key's line (a Kubernetes Secret's key the Secret reader judges). */ keyLine?: number;
}
/** A hit of a reader that walks the snapshot (not the file pass): it names its file. */
interface FileHit extends Hit { file: string }

const FIX = 'Revoke/rotate the secret, remove it from the repository and load it at run time from a secret store or the environment.';

// Compiled once: the scanner resets lastIndex per use, so sharing them is safe (run is synchronous).
const TOKEN_RE = new RegExp(TOKEN_LINE_PREFILTER.source, 'g');
/**
 * Any PEM label that ends in `PRIVATE KEY` (gitleaks' `private-key` rule): `RSA`, `EC`, `OPENSSH`, `PGP … BLOCK`, PKCS#8
 * `ENCRYPTED`, and vendor labels such as cosign's `ENCRYPTED COSIGN PRIVATE KEY` and `ENCRYPTED SIGSTORE PRIVATE KEY`.
 */
const PRIVATE_KEY_RE = /-----BEGIN ((?:[A-Z0-9][A-Z0-9_-]{0,30} ){0,4}PRIVATE KEY(?: BLOCK)?)-----([\s\S]{0,16000}?)-----END \1-----/y;
/**
 * `key = value`, `key: value`, `"key": "value"`, `key => 'value'`, `KEY=value` (one per match). A name
 * right after `${` is a shell/compose/Spring parameter expansion (`${NAME:-default}`, `${NAME:…}`), not an
 * assignment: its default is the fallback rule's. PowerShell's `$env:DB_PASSWORD = "…"` assigns `DB_PASSWORD` (not `$env`
 * to `DB_PASSWORD`: the name after `$env:` is the key, `$Env:` too). In configuration formats a key may carry a namespace
 * before a colon — Pulumi stack config's `acme:apiToken: …` (`pulumi config set`), `aws:region` — and the whole key is the name
 * (a key written with `:` before its own `:`; `foo:password=…` stays `foo`'s value, as `.properties` reads it).
 */
const ASSIGNMENT_SOURCE = String.raw`(?<![\w.$-]|\$\{)(?!\$[Ee][Nn][Vv]:)(NAMESPACE[A-Za-z_$][\w.$-]{0,100}?)["'\`]?\]?\s*TYPE(?::{1,3}=|\?{1,2}=|\|\|=|=>|=(?![=~])|:(?![:/]))[ \t]*PREFIX(?:"((?:[^"\\\n]|\\.){0,1000})"|'((?:[^'\\\n]|\\.){0,1000})'|\`([^\`\n]{0,1000})\`|([^\s"'\`,;#)}\]BARE]{1,1000}))`;
/**
 * In configuration formats a `#` starts a comment only after whitespace (YAML, `.properties`, dotenv, shell,
 * Dockerfile): in `password: Xk9#mP2v…` it is part of the bare value, so after its first character the value runs on through `#`.
 * A quote opened and never closed on its line (`API_SECRET: "rKoY…` in a compose file or `.tf` that fails to parse) starts a
 * bare value after it: the secret is committed whether or not the file parses (its parse-error is reported too).
 */
const ASSIGNMENT_RE = new RegExp(ASSIGNMENT_SOURCE.replace('TYPE', '').replace('PREFIX', '').replace('NAMESPACE', () => String.raw`(?:[A-Za-z_][\w.-]{0,100}:(?=[A-Za-z_][\w.$-]{0,100}["']?[ \t]*:(?![:/])))?`)
  .replace(String.raw`([^\s"'\`,;#)}\]BARE]{1,1000})`, () => String.raw`(?:["'](?=[^"'\n]*$))?([^\s"'\`,;#)}\]][^\s"'\`,;)}\]]{0,999})`), 'g');
/**
 * In code a literal may carry a prefix: Python `b"…"`, `r"…"`, `f"…"`, `rb'…'`; C# verbatim and Objective-C `@"…"`; Go `[]byte("…")`;
 * JavaScript `JSON.stringify('…')` (Vite's and webpack's `define: { 'process.env.API_SECRET': JSON.stringify('…') }`: the literal inside is the value).
 */
const CODE_PREFIX = String.raw`(?:[rRbBuUfF]{1,2}(?=["'])|@(?=")|\[\]byte\(\s*(?=["\`])|JSON\.stringify\(\s*(?=["'\`]))?`;
/**
 * A type annotation between a name and its `=`, in code: Python `API_TOKEN: str = …`, `token: Optional[str] = …`,
 * TypeScript `const apiKey: string = …`, `secret: string | undefined = …`, Kotlin/Swift/Scala `val apiKey: String = …`,
 * Rust `const API_KEY: &str = …`, `&'static str`. One level of nested brackets (`Optional[Dict[str, str]]`).
 */
const BRACKETS = String.raw`(?:[<\[][^<>\[\]=\n]{0,60}(?:[<\[][^<>\[\]=\n]{0,60}[>\]][^<>\[\]=\n]{0,60})?[>\]])?\??`;
const TYPE_ANNOTATION = String.raw`(?::[ \t]*&?(?:'[a-z]+[ \t]+)?[A-Za-z_$][\w.$]*${BRACKETS}(?:[ \t]*\|[ \t]*[A-Za-z_$][\w.$]*${BRACKETS})*[ \t]*(?==(?![=~])))?`;
/** {@link ASSIGNMENT_RE} for source code: a name may carry a type annotation. */
// In code a bare value is an expression, never judged: it ends at `(`, so a call's first keyword argument
// (`redis.Redis(password="…")`, Ruby `Redis.new(password: "…")`) is matched on its own, not swallowed by `r = redis.Redis(`.
const CODE_ASSIGNMENT_RE = new RegExp(ASSIGNMENT_SOURCE.replace('NAMESPACE', '').replace('TYPE', () => TYPE_ANNOTATION).replace('BARE', '(').replace('PREFIX', () => CODE_PREFIX), 'g');
/**
 * Go writes the type after the name, without a colon: `var apiKey string = "…"`, `const signingSecret = …`
 * (typed or not), and inside `var (…)` groups a line starts with the name (`\tdbPassword string = "…"`).
 * The type (`string`, `[]byte`, `*string`, `pkg.T`) is stepped over only there: after `var`/`const`, or
 * as the first word of a line.
 */
const GO_TYPE = String.raw`(?:(?<=(?:^[ \t]*|\b(?:var|const)[ \t]+)(?!(?:var|const)\b)[A-Za-z_]\w*)[ \t]+(?:\[\]|\*)?[A-Za-z_][\w.]*[ \t]*(?==(?![=~])))?`;
const GO_ASSIGNMENT_RE = new RegExp(ASSIGNMENT_SOURCE.replace('NAMESPACE', '').replace('TYPE', () => GO_TYPE).replace('BARE', '(').replace('PREFIX', () => CODE_PREFIX), 'g');
const BLOCK_SCALAR_RE = /^[|>][-+]?\d*$/;
/** Documentation, and request documentation: Postman collections, HTTP request files (`*.http`, `*.rest`: sample bodies sent to a local server) and API example files (the AWS SDK's `*.examples.json`, botocore's `examples-1.json`). */
const DOC_FILE_RE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|html?|postman_collection\.json|http|rest)$|(?:^|[/.])examples(?:-\d+)?\.json$/i;
const LONG_LINE = 1000;
/**
 * Source maps (`main.3f2b8c1e.js.map`, `styles.css.map`, `bundle.map`): JSON whose `sourcesContent` holds the original sources,
 * the un-minified code a front-end build shipped, so a key hard-coded there is in the map too (gitleaks reads them). The
 * shared classifier skips `*.map` with minified files; this check reads them outside vendored folders.
 */
const SOURCE_MAP_RE = /\.map$/i;
// Outside vendored folders (`node_modules/`, `vendor/`): the map of a minified bundle (`app.min.js.map`) holds its un-minified sources.
const isSourceMap = (file: string): boolean => SOURCE_MAP_RE.test(file) && !isVendoredOrGenerated(file.replace(/[^/]*$/, 'x'));
/** The files this check reads: every file but lockfiles, minified and vendored ones; source maps are read (see SOURCE_MAP_RE). */
const isScanned = (file: string): boolean => !isVendoredOrGenerated(file) || isSourceMap(file);
/**
 * A source map's text for the token rules: the JSON string escapes `\n`, `\r`, `\t` of its `sourcesContent` written `\ `
 * (same length: lines and columns stay the map's), so a token at the start of an original line (`\nghp_…`) starts a word
 * as it does in the source; an escaped backslash (`\\`) stays.
 */
const sourceMapText = (text: string): string => text.replace(/\\([\\nrt])/g, (m, c: string) => (c === '\\' ? m : '\\ '));

/** What the line scan of one file is allowed to do. `unquoted`: bare values count (config formats, not code). */
interface ScanMode { generic: boolean; yaml: boolean; unquoted?: boolean; /** An INI-style file, whose `;` lines are comments. */ ini?: boolean; python?: boolean; go?: boolean; php?: boolean; ruby?: boolean; env?: boolean; dockerfile?: boolean; firebase?: boolean; /** Browser-side code: JavaScript, TypeScript, Vue, Svelte, Astro. */ js?: boolean; /** The names the file gives NestJS's ConfigService (secrets.ts' nestConfigReceivers). */ nest?: ReadonlySet<string> }
/**
 * Firebase's Android and iOS app configs, by name (`google-services.json`, `GoogleService-Info.plist`, also per build
 * flavor: `GoogleService-Info-Dev.plist`): their Google API key is public by design, however trimmed the file.
 */
const FIREBASE_CONFIG_FILE = /(?:^|\/)(?:google-services\.json|GoogleService-Info(?:[-_.][\w-]+)?\.plist)$/;
/** Fallbacks of environment reads that span lines (a call's arguments below it, `||` then the literal): the shared reading, judged here like any literal. */
function splitFallbacks(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { fallback: f, line, column } of splitLiteralFallbacks(text)) {
    const name = isSecretName(f.name) ? f.name : f.key !== null && isSecretName(f.key) ? f.key : null;
    if (name === null || !looksLikeSecretValue(f.value)) continue;
    hits.push({ line, column, message: `'${name}' falls back to a hard-coded secret value when the variable is unset`, secret: f.value });
  }
  return hits;
}

/**
 * A cheap test for a text that may hold a call PY_WRAPPER_CALL_RE finds (`ield(`, `ib(`, `Secret`): one search that stops at
 * each `(` and `S` only (`ield(|ib(|Secret` stops at every `i`; three `indexOf`s cost ~45 ms over a 20,000-file Python
 * tree, this ~10 ms).
 */
export const WRAPPER_HINT_RE = /\((?<=ield\(|ib\()|Secret/;
const mayWrapDefaults = (text: string): boolean => WRAPPER_HINT_RE.test(text);
/** A call that may wrap a Python field's default (see PY_DEFAULT_WRAPPER), found anywhere in a file's text. */
const PY_WRAPPER_CALL_RE = new RegExp(String.raw`(?<![\w.])${PY_WRAPPER_SOURCE}`, 'g');
/** A connection string's password keyword or a MySQL DSN's address (see connectionKeyBefore, DSN_AT_RE). */
const CONNECTION_HINT = /assword\s*=|[Pp][Ww][Dd]\s*=|@[a-z][a-z0-9-]{1,20}\(/;
/** What stands before such a call when it is a value assigned: `jwt_secret: SecretStr = `, `self.api_key = `, `api_token=` (an argument); group 1 the name. */
const PY_WRAPPED_TARGET_RE = /(?<![\w.])([A-Za-z_][\w.]*)[ \t]*(?::[ \t]*[\w.[\], |]+?[ \t]*)?(?<![=!<>])=[ \t]*$/;

/**
 * Python values given through a wrapper (pydantic `Field(default="…")`, `Field("…")`, `SecretStr("…")`, dataclasses'
 * `field(default="…")`, attrs' `attr.ib(default="…")`, the arguments on the lines below too as Black wraps them): the default
 * a settings class's field deploys with whenever the environment does not set it (pydantic-settings reads `jwt_secret` from
 * `JWT_SECRET`). Judged under the field's name as the bare literal would be (`jwt_secret: str = "…"`), at the literal; the
 * wrapped default is read as default-credentials reads it (one shared reading: a weak one is that check's finding, a strong
 * one this check's). `Field(...)` (required), `default_factory=…` and computed values hold no literal. Comments and strings
 * (a docstring showing a field) set nothing.
 */
function pythonWrappedDefaults(text: string): Hit[] {
  const hits: Hit[] = [];
  let src: Source | undefined;
  PY_WRAPPER_CALL_RE.lastIndex = 0;
  for (const m of text.matchAll(PY_WRAPPER_CALL_RE)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const target = PY_WRAPPED_TARGET_RE.exec(text.slice(Math.max(lineStart, m.index - 200), m.index));
    const key = target?.[1];
    // A secret-named field, or a connection string under any name (`database_dsn = Field(default="host=… password=…")`).
    if (!key || !((SECRET_HINT.test(key) && isSecretName(key)) || CONNECTION_HINT.test(text.slice(m.index, m.index + 1000)))) continue;
    src ??= scanSource('settings.py', text, 'python');
    if (src.bare[m.index] === ' ') continue; // inside a string or a comment
    const w = wrappedDefault(src, m.index + m[0].length - 1);
    if (!w) continue;
    const value = w.value;
    const lineEnd = text.indexOf('\n', w.offset);
    const found = wrappedLiteralFinding(key, value, text, text.lastIndexOf('\n', w.offset - 1) + 1, lineEnd === -1 ? text.length : lineEnd);
    if (found) hits.push({ line: src.lineAt(w.offset), column: src.columnAt(w.offset + found.index), message: found.message, secret: found.secret });
  }
  return hits;
}

/**
 * How the line scan judges a quoted literal assigned to `key` in code (see scanLine's assignments), for a literal read
 * elsewhere: a connection string by its password, otherwise a secret-named value that looks like a secret, not a provider
 * token (reported by its format on its own line), a digest under a hash's name, a pattern, a document of plain settings,
 * a name spelling its key, an Algolia search key. The finding (its secret at `index` in the value), or null.
 */
function wrappedLiteralFinding(key: string, value: string, text: string, lineStart: number, lineEnd: number): { message: string; secret: string; index: number } | null {
  const conn = connectionStringPassword(value);
  if (conn) return realConnectionPassword(conn, true) ? { message: `'${key}' holds a connection string with a hard-coded password`, secret: conn.password, index: conn.index } : null;
  if (!isSecretName(key)) return null;
  // A provider token or a URL's password is the token rules' finding, on the literal's line (its secret, not the whole value).
  if (matchesTokenRule(value)) return null;
  if (value.includes('://') && [...value.matchAll(URL_CREDENTIALS_RE)].some(([, , user, password, host]) => !isLocalOrExampleHost(host!) && looksLikeUrlPassword(user!, password!))) return null;
  if (isAlgoliaSearchKey(key, value, text, lineStart, lineEnd) || isDigest(key, value) || isPatternLiteral(value)) return null;
  if (/^\s*[[{]/.test(value) && !jsonHoldsUnnamedSecret(value)) return null;
  if (namedAfterKey(key, value) || !looksLikeSecretValue(value, 12, key)) return null;
  return { message: `'${key}' is assigned a hard-coded secret value`, secret: value, index: 0 };
}

/**
 * A Dockerfile's legacy `ENV KEY value` (no `=`: the rest of the line is the value), also as an `ONBUILD` trigger (stored
 * in the image with its value); group 1 the key, 2 the value.
 */
const DOCKER_ENV_SPACE_RE = /^[ \t]*(?:ONBUILD[ \t]+)?ENV[ \t]+([A-Za-z_][\w.-]*)[ \t]+([^\s=\\][^\n]*?)[ \t]*\r?$/gim;
/** WordPress's authentication keys and salts (`wp-config.php`): secrets whatever their names say. */
const WORDPRESS_SALT = /^(?:SECURE_AUTH|AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)$/;
/**
 * A key from WordPress's generator (api.wordpress.org/secret-key): 64 characters of a 92-character set, about 5.3 bits
 * each. Such a value holds `${`, `#{`, `{%`, `$$` or `<<A` by chance about one time in ten, which the placeholder and
 * reference rules would read as a template; no template or placeholder is this long and this random.
 */
const isGeneratedSalt = (v: string) => v.length >= 48 && shannonEntropy(v) >= 5;
/**
 * Calls that set a quoted name to a quoted value: PHP constants, `define('DB_PASSWORD', '…')` (WordPress `wp-config.php`,
 * whose salts count whatever their names: `salts`), only in PHP; .NET's `[Environment]::SetEnvironmentVariable("API_TOKEN",
 * "…"[, "Machine"])` (PowerShell) and `Environment.SetEnvironmentVariable("API_TOKEN", "…")` (C#); and, only in Ruby, a setting
 * named by a symbol: Sinatra's `set :session_secret, "…"` (`set(:session_secret, "…")`, `set :session_secret => "…"`),
 * Capistrano's and Mina's `set :api_token, "…"`. `name` reads the name after the call's word (candidate lines); `re` the name
 * (group 2) and the value (group 4).
 */
const SETTER_CALLS = [
  { call: 'define(', php: true, ruby: false, salts: true, name: /^\s*['"]([A-Za-z_]\w{0,100})['"]/, re: /\bdefine\(\s*(['"])([A-Za-z_]\w{0,100})\1\s*,\s*(['"])((?:(?!\3)[^\\\n]|\\.){1,1000})\3/g },
  { call: 'SetEnvironmentVariable(', php: false, ruby: false, salts: false, name: /^\s*['"]([A-Za-z_][\w.-]{0,100})['"]/, re: /\bSetEnvironmentVariable\(\s*(['"])([A-Za-z_][\w.-]{0,100})\1\s*,\s*(['"])((?:(?!\3)[^\\\n]|\\.){1,1000})\3/g },
  { call: 'set', php: false, ruby: true, salts: false, name: /^(?:[ \t]+|[ \t]*\([ \t]*):([A-Za-z_]\w{0,100})[ \t]*(?:,|=>)/, re: /(?<![\w.:@$])set((?:[ \t]+|[ \t]*\([ \t]*)):([A-Za-z_]\w{0,100})[ \t]*(?:,|=>)[ \t]*(["'])((?:(?!\3)[^\\\n]|\\.){1,1000})\3/g },
] as const;
/** INI-style configuration (`grafana.ini`, `php.ini`, `setup.cfg`, `my.cnf`, `supervisord.conf`): a line starting with `;` is a comment. */
const INI_FILE_RE = /\.(?:ini|cfg|cnf|conf)$/i;
/** Front-end code: JavaScript and TypeScript (also JSX), Vue, Svelte and Astro components. */
const JS_FILE_RE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;
// In code, a bare value after `=` is an expression (`secretKey = reader.int32()`), not a literal.
const CODE_FILE_RE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|php|cs|c|cc|cpp|cxx|h|hpp|rs|swift|m|mm|dart|lua|pl|pm|groovy|gradle|exs?|erl|clj|vue|svelte|r|jl|fs|vb)$/i;

/** The literal fallbacks the line scan reads: also GitHub Actions' `${{ secrets.X || '…' }}` (default-credentials does not read those). */
const FALLBACK_KINDS = ['substitution', 'python', 'js', 'actions'] as const;

/** Letters of a Python string prefix (`b`, `r`, `u`, `f`, either case). */
const STRING_PREFIX = new Uint8Array(128).map((_, c) => ('rRbBuUfF@'.includes(String.fromCharCode(c)) ? 1 : 0));
const NAME_CHAR = new Uint8Array(128).map((_, c) => (/[\w.$-]/.test(String.fromCharCode(c)) ? 1 : 0));
/** Characters of a type annotation the candidate walk steps over back to its `:` (`Optional[str]`, `string | null`, `&'static str`). */
const TYPE_CHAR = new Uint8Array(128).map((_, c) => (/[\w.$[\]<>|?&' \t,]/.test(String.fromCharCode(c)) ? 1 : 0));
const SECRET_HINT = /pass|pwd|secret|token|cred|key|pw|authori[sz]ation|pat(?![a-z])/i;

/** Environment reads that may carry a literal fallback (`os.getenv("X") or "…"`, `process.env.X || "…"`). */

/** Whether the `env` at `i` is an environment read: `process.env`, `import.meta.env`, `environ`, `getenv`, `env(`, `env.str(`. */
function isEnvRead(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 3);
  if (next === 40 /* ( */) return true; // env(, getenv(
  if (next === 105 /* i */ && text.startsWith('environ', i)) return true;
  if (next === 46 /* . */ && text.startsWith('env.str(', i)) return true; // environs' env.str("X", "…")
  if (i >= 3 && text.startsWith('get', i - 3)) return true;
  return text.charCodeAt(i - 1) === 46 /* . */ && (text.startsWith('process.', i - 8) || text.startsWith('import.meta.', i - 12));
}

/** Whether the `=` at `i` follows a type annotation (`name: Type =`) whose name is secret-like. */
function typedNameHint(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k < 120 && TYPE_CHAR[text.charCodeAt(k)] === 1) k--;
  if (k === i - 1 || text.charCodeAt(k) !== 58 /* : */ || text.charCodeAt(k - 1) === 58) return false;
  let j = k - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  const end = j + 1;
  while (j >= 0 && end - j < 100 && NAME_CHAR[text.charCodeAt(j)] === 1) j--;
  return end - j >= 3 && SECRET_HINT.test(text.slice(j + 1, end));
}

/** Whether the `=` at `i` ends a Go declaration `NAME TYPE =` (`var apiKey string = …`) whose name is secret-like. */
function goTypedNameHint(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const typeEnd = k;
  while (k >= 0 && typeEnd - k < 100 && (NAME_CHAR[text.charCodeAt(k)] === 1 || text.charCodeAt(k) === 42 || text.charCodeAt(k) === 91 || text.charCodeAt(k) === 93)) k--;
  if (k === typeEnd || (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9)) return false;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const end = k + 1;
  while (k >= 0 && end - k < 100 && NAME_CHAR[text.charCodeAt(k)] === 1) k--;
  return end - k >= 3 && SECRET_HINT.test(text.slice(k + 1, end));
}

/** A MySQL DSN's protocol and address after its `@` (`@tcp(db:3306)/`, `@unix(/path)/`): a candidate line's mark. */
const DSN_AT_RE = /@[a-z][a-z0-9-]{1,20}\([^()\s'"`]{0,300}\)\//y;

/** Whether the `=` at `i` ends a secret-like query parameter name (`?api_key=`, `&password=`, JDBC `;password=`). */
function queryParamAt(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j < 100 && NAME_CHAR[text.charCodeAt(j)] === 1) j--;
  const c = text.charCodeAt(j);
  return i - j >= 3 && (c === 63 /* ? */ || c === 38 /* & */ || c === 59 /* ; */) && SECRET_HINT.test(text.slice(j + 1, i));
}

/**
 * Start offsets of candidate lines → 1: token rules, 2: assignment rule (and URL query parameters), 4: fallback rule,
 * 8: connection strings (a `password=`/`Pwd=` or a MySQL DSN's `@tcp(…)/`; with 2, so an assignment names the value).
 */
/**
 * Whether the `=` at `i` follows a connection string's password keyword: `password` (any case of its first letter, spaces
 * allowed before the `=`: `Password = …`) or ADO.NET's `Pwd`/`PWD` right before it.
 */
function connectionKeyBefore(text: string, i: number): boolean {
  const c1 = text.charCodeAt(i - 1);
  if ((c1 === 100 || c1 === 68) && (text.charCodeAt(i - 2) === 119 || text.charCodeAt(i - 2) === 87)) return true; // wd= / WD=
  let j = i - 1;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j--;
  return j >= 6 && text.startsWith('assword', j - 6);
}

/** python-decouple's `config(` call, found by its `fig(`. */
const CONFIG_CALL = { word: 'config(', anchor: 'fig(' };

/** What follows an Oracle connect string's `@` (see oracleConnectPasswords): EZConnect's `//` or `host:port`, or a descriptor. */
const ORACLE_AT_RE = /@(?:\/\/|[A-Za-z0-9][\w.-]{0,252}:\d|\(DESCRIPTION)/y;
/** An Oracle client's command up to its `user/password` argument (see the Oracle rule of CLIENT_PASSWORD_RULES). */
const ORACLE_CLIENT_BEFORE_RE = /(?:^|[\s"'(/])(?:sqlplus|expdp|impdp|sqlldr|exp|imp|dgmgrl)["',]?(?:[ \t]+-[A-Za-z]+)*[ \t]+(?:userid=)?["']?$/;
/** What precedes it: `user/password` (a password in double quotes may hold spaces). */
const ORACLE_BEFORE_AT_RE = /[A-Za-z][\w$#]{0,127}\/(?:"[^"\n]{1,200}"|[^\s/@'"`<>]{1,200})$/;

function candidates(text: string, generic: boolean, quotedOnly: boolean, go = false, php = false, ruby = false, nest: ReadonlySet<string> = new Set()): [number, number][] {
  const out = new Map<number, number>();
  const collect = (re: RegExp, flag: number) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = text.lastIndexOf('\n', m.index - 1) + 1;
      out.set(start, (out.get(start) ?? 0) | flag);
      // One hit is enough to look at a line: jump to the next one.
      const nl = text.indexOf('\n', m.index);
      if (nl === -1) break;
      re.lastIndex = nl + 1;
    }
  };
  /** Marks the line holding offset `i` with `flag`; returns where that line ends (the next search starts there). */
  const markLine = (i: number, flag: number): number => {
    const start = text.lastIndexOf('\n', i - 1) + 1;
    out.set(start, (out.get(start) ?? 0) | flag);
    const nl = text.indexOf('\n', i);
    return nl === -1 ? text.length : nl;
  };
  collect(TOKEN_RE, 1);
  if (generic) {
    // Assignment candidates: each `=`/`:` found with indexOf (far faster than a case-insensitive
    // regex over the whole text); only the name just before it is tested.
    for (const op of ['=', ':']) {
      for (let i = text.indexOf(op); i !== -1; i = text.indexOf(op, i + 1)) {
        // A connection string's password keyword written anywhere (`sql.Open("postgres", "user=api password=… host=db")`,
        // `new SqlConnection("…;Pwd=…")`): its line is read for connection strings (and assignments).
        if (op === '=' && connectionKeyBefore(text, i)) { i = markLine(i, 10); continue; }
        if (quotedOnly && op === '=' && queryParamAt(text, i)) {
          // A secret-named query parameter inside a URL literal (`"https://…?api_key=…"`): no quote follows its `=`.
          i = markLine(i, 2);
          continue;
        }
        if (quotedOnly) {
          // In code only a quoted literal can be a secret: look past `>` (`=>`) and spaces for a quote.
          let k = i + 1;
          if (text.charCodeAt(k) === 62) k++;
          while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
          // Past a literal's prefix: Python `b"…"`/`rb'…'`/`f"…"`, C#/Objective-C `@"…"`, Go `[]byte("…")`, JavaScript `JSON.stringify('…')`.
          if (text.charCodeAt(k) === 91 /* [ */ && text.startsWith('[]byte(', k)) k += 7;
          else if (text.charCodeAt(k) === 74 /* J */ && text.startsWith('JSON.stringify(', k)) for (k += 15; text.charCodeAt(k) === 32; k++);
          else for (let n = 0; n < 2 && STRING_PREFIX[text.charCodeAt(k)] === 1; n++) k++;
          const c = text.charCodeAt(k);
          if (c !== 34 && c !== 39 && c !== 96) continue;
        }
        let j = i - 1;
        // Go's `:=`; Makefile `::=`/`?=`, JavaScript/PHP `??=`, Ruby `||=`: the operator's first characters.
        for (let n = 0; n < 3 && (text.charCodeAt(j) === 58 || text.charCodeAt(j) === 63 || text.charCodeAt(j) === 124); n++) j--;
        while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
        if (text.charCodeAt(j) === 93) j--; // ]
        const q = text.charCodeAt(j);
        if (q === 34 || q === 39 || q === 96) j--;
        if (text.charCodeAt(j) === 92) j--; // `\"key\":` inside a double-quoted JSON string
        const end = j + 1;
        while (j >= 0 && end - j < 100 && NAME_CHAR[text.charCodeAt(j)] === 1) j--;
        // In code the word before `=` may be a type (`API_TOKEN: str = "…"`): then the name is before its `:`.
        if ((end - j < 3 || !SECRET_HINT.test(text.slice(j + 1, end))) && !(quotedOnly && op === '=' && (typedNameHint(text, i) || (go && goTypedNameHint(text, i))))) continue;
        i = markLine(i, 2);
      }
    }
    // Bundler's gem-server credentials (`BUNDLE_GEMS__CONTRIBSYS__COM=…`), whose names hold no secret word: a host's.
    for (let i = text.indexOf('BUNDLE_'); i !== -1;) {
      const name = /^BUNDLE_(?:HTTPS?:\/\/)?[A-Z0-9_]{1,200}/.exec(text.slice(i, i + 216))?.[0];
      i = text.indexOf('BUNDLE_', name !== undefined && (isBundlerCredentialName(name) || name.includes('://')) ? markLine(i, 2) : i + 7);
    }
    // A MySQL DSN's `@protocol(…)/` written anywhere (its `password=` keyword form is marked above, at its `=`).
    // A DSN's address closes with `)/` (`@tcp(db:3306)/app`): a text without one has none (most files; many have `@`s).
    for (let i = text.includes(')/') ? text.indexOf('@') : -1; i !== -1; i = text.indexOf('@', i + 1)) {
      DSN_AT_RE.lastIndex = i;
      if (DSN_AT_RE.test(text)) i = markLine(i, 10);
    }
    // An Oracle connect string's `@` after `user/password` (`…/…@//db:1521/XE`, `@db:1521:ORCL`, `@(DESCRIPTION=…`), and a
    // JDBC URL of Oracle's drivers (`jdbc:oracle:thin:…`, whose connect identifier may be a net service name).
    for (let i = text.includes('/') ? text.indexOf('@') : -1; i !== -1; i = text.indexOf('@', i + 1)) {
      ORACLE_AT_RE.lastIndex = i;
      if (ORACLE_AT_RE.test(text) && ORACLE_BEFORE_AT_RE.test(text.slice(Math.max(0, i - 330), i))) i = markLine(i, 10);
    }
    for (let i = text.indexOf('jdbc:oracle:'); i !== -1; i = text.indexOf('jdbc:oracle:', i + 12)) i = markLine(i, 10);
    // `define('DB_PASSWORD', '…')` (PHP), `SetEnvironmentVariable("API_TOKEN", "…")` with a secret-like name.
    for (const s of SETTER_CALLS) {
      if ((s.php && !php) || (s.ruby && !ruby)) continue;
      for (let i = text.indexOf(s.call); i !== -1; i = text.indexOf(s.call, i + s.call.length)) {
        const name = s.name.exec(text.slice(i + s.call.length, i + s.call.length + 113))?.[1];
        if (!name || !(SECRET_HINT.test(name) || (s.salts && WORDPRESS_SALT.test(name)))) continue;
        const start = text.lastIndexOf('\n', i - 1) + 1;
        out.set(start, (out.get(start) ?? 0) | 2);
      }
    }
    // Fallback candidates: `${NAME:-…}` / Spring `${NAME:…}` with a secret-like variable name, and environment reads in code.
    const mark = (i: number) => markLine(i, 4);
    for (let i = text.indexOf('${'); i !== -1; i = text.indexOf('${', i + 2)) {
      let j = i + 2;
      while (j < text.length && j - i < 104 && NAME_CHAR[text.charCodeAt(j)] === 1 && text.charCodeAt(j) !== 45) j++;
      let op = text.charCodeAt(j);
      let hinted = j - i >= 5 && (op === 58 || op === 45 || op === 61) && SECRET_HINT.test(text.slice(i + 2, j));
      if (!hinted && op === 45) {
        // Spring's kebab-case names (`${db.admin-password:…}`): read on through `-` to a `:`.
        while (j < text.length && j - i < 104 && NAME_CHAR[text.charCodeAt(j)] === 1) j++;
        op = text.charCodeAt(j);
        hinted = op === 58 && SECRET_HINT.test(text.slice(i + 2, j));
      }
      if (!hinted) continue;
      i = mark(i) - 1; // the next search starts on the next line
    }
    // GitHub Actions expressions with a literal fallback (`${{ secrets.X || '…' }}`), under any key.
    for (let i = text.indexOf('${{'); i !== -1; i = text.indexOf('${{', i + 3)) {
      const nl = text.indexOf('\n', i);
      if (/\|\|\s*'/.test(text.slice(i, Math.min(nl === -1 ? text.length : nl, i + 400)))) i = mark(i) - 3; // the next search starts on the next line
    }
    // Every environment read contains `env`: one walk over its `v` (a one-character indexOf is a
    // memchr, 2.5× faster than `indexOf('env')`, whose common `e` stops it everywhere), then the
    // few characters around each hit say which read it is (a walk per needle cost a fifth of the scan).
    // Environment reads are code (`os.getenv`, `process.env`, Laravel's `env()`): configuration files,
    // where compose's `environment:` would match on every service, are not walked.
    // Ruby's `ENV.fetch("SECRET_KEY_BASE", "…")` and `ENV["SECRET_KEY_BASE"] || "…"` are upper case: their own walks, in Ruby files only.
    // (The next search starts on the next line, at its first character: a read there is not skipped.)
    for (let i = ruby ? text.indexOf('ENV.fetch(') : -1; i !== -1; i = text.indexOf('ENV.fetch(', mark(i))) { /* marked */ }
    for (let i = ruby ? text.indexOf('ENV[') : -1; i !== -1; i = text.indexOf('ENV[', mark(i))) { /* marked */ }
    // python-decouple's `config("SECRET_KEY", default="…")` (Django's other environment reader) holds no `env`: its own walk.
    // (Found by `fig(`: `indexOf('config(')` stops at every `c` of the file.)
    for (let i = quotedOnly ? indexOfWord(text, CONFIG_CALL) : -1; i !== -1; i = indexOfWord(text, CONFIG_CALL, mark(i))) { /* marked */ }
    // NestJS `configService.get('JWT_SECRET', '…')` / `this.config.get(…)` (also `getOrThrow`, `get<string>`): the default
    // `@nestjs/config` returns when the variable is unset (secrets.ts' NEST_CONFIG_FALLBACK_RE). Its own walk, no `env`: one over
    // the `fig` both calls hold (an indexOf of either whole call stops at every `o` or `t` of the file: ~4× the walk).
    for (let i = quotedOnly ? text.indexOf('fig') : -1; i !== -1;) {
      const call = (i >= 2 && text.startsWith('onfigService.get', i - 2)) || (i >= 8 && text.startsWith('this.config.get', i - 8));
      i = text.indexOf('fig', call ? mark(i) : i + 3);
    }
    // Also through the names the file gives the service (`(config: ConfigService) =>`: ScanMode's `nest`).
    for (const name of nest) for (let i = quotedOnly ? text.indexOf(`${name}.get`) : -1; i !== -1; i = text.indexOf(`${name}.get`, mark(i))) { /* marked */ }
    for (let v = quotedOnly ? text.indexOf('v', 2) : -1; v !== -1; v = text.indexOf('v', v + 1)) {
      if (text.charCodeAt(v - 1) !== 110 || text.charCodeAt(v - 2) !== 101 || !isEnvRead(text, v - 2)) continue;
      v = mark(v - 2); // the next search starts at the line's end
    }
  }
  return [...out].sort((a, b) => a[0] - b[0]);
}

/**
 * Scans one file's text: literal prefilters pick candidate lines, and only those run the token,
 * URL, private-key and assignment rules.
 */
export function scanText(text: string, mode: ScanMode): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const add = (h: Hit) => {
    const key = `${h.line}\0${h.secret}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push(h);
  };
  let lineNo = 1;
  let counted = 0;
  let skipUntil = 0;
  docBounds = null;
  // (Cleared only when it holds something: clearing a Map allocates a new table, and most files ask nothing.)
  if (inContext.size) inContext.clear();
  // Python defaults a wrapper gives (`Field(default="…")`, `SecretStr("…")`, also on the lines below the call), named for
  // their field: before the line scan, whose connection-string rule names none (the value is reported once, as assigned).
  const wrapped = mode.generic && mode.python && mayWrapDefaults(text);
  if (wrapped) for (const h of pythonWrappedDefaults(text)) add(h);
  // The names this file gives NestJS's ConfigService (`(config: ConfigService) =>`), whose `config.get(key, default)` is a fallback.
  if (mode.generic && !mode.unquoted) mode = { ...mode, nest: nestConfigReceivers(text) };
  for (const [lineStart, flags] of candidates(text, mode.generic, !mode.unquoted, mode.go, mode.php, mode.ruby, mode.nest)) {
    if (lineStart < skipUntil) continue;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < lineStart; i = text.indexOf('\n', i + 1)) lineNo++;
    counted = lineStart;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const begin = flags & 1 ? line.indexOf('-----BEGIN') : -1;
    if (begin !== -1) {
      const block = privateKeyAt(text, lineStart + begin);
      if (block) {
        add({
          line: lineNo, column: begin + 1, secret: block.body,
          message: block.encrypted
            ? `a passphrase-encrypted private key (${block.type}) is committed: the passphrase protects it only as well as the passphrase is kept`
            : `a private key (${block.type}) is committed in plain text`,
        });
        skipUntil = block.end;
      }
    }
    scanLine(line, lineNo, { ...mode, tokens: (flags & 1) !== 0, generic: mode.generic && (flags & 2) !== 0, fallback: mode.generic && (flags & 6) !== 0, conn: mode.generic && (flags & 8) !== 0 }, add, text, lineEnd);
  }
  if (mode.generic && !mode.unquoted) for (const h of splitFallbacks(text)) add(h);
  if (wrapped) hits.sort((a, b) => a.line - b.line || a.column - b.column);
  if (mode.dockerfile && mode.generic) {
    for (const m of text.matchAll(DOCKER_ENV_SPACE_RE)) {
      const key = m[1]!;
      const raw = m[2]!;
      if (raw.endsWith('\\')) continue; // continued on the next line: not one value
      const quoted = /^(["'])(.*)\1$/.exec(raw)?.[2];
      // `ENV API_TOKEN Zq8m… # rotate monthly`: Docker keeps the comment in the value; the secret is what comes before it.
      const value = quoted ?? (trailingComment(raw)?.before || raw);
      if (!isSecretName(key) || !looksLikeSecretValue(value, 12, key)) continue;
      add({ ...lineColumnAt(text, m.index + m[0].indexOf(raw, m[0].search(/ENV[ \t]/i) + 4 + key.length) + (quoted === undefined ? 0 : 1)), message: `'${key}' is assigned a hard-coded secret value`, secret: value });
    }
    hits.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  return hits;
}

/**
 * Signing secrets passed to a call as a literal (`jwt.sign(payload, '…')`, `jwt.verify(token, '…')`, `cookieParser('…')`,
 * PyJWT's `jwt.encode(payload, "…", algorithm=…)`; {@link signingSecrets}, read alike by default-credentials): judged as a
 * `JWT_SECRET` constant's literal would be. A weak or placeholder one (`'secret'`, `'shhhhh'`) is default-credentials';
 * a public key (`-----BEGIN PUBLIC KEY-----`, RS256's verifying key) is no secret.
 */
function signingSecretHits(file: string, text: string): Hit[] {
  return signingSecrets(file, text)
    .filter((s) => !matchesTokenRule(s.value) && looksLikeSecretValue(s.value, 12, 'signing_secret'))
    .map((s) => ({ line: s.line, column: s.column, message: `${s.call} is given a hard-coded signing secret: anyone who reads it can forge ${s.signs === 'cookies' ? 'signed cookies' : 'valid tokens'}`, secret: s.value }));
}

const TERRAFORM_FILE_RE = /\.(?:tf|tofu)$/i;
/**
 * Terraform `variable "db_password" { default = "…" }`: a secret-named variable's literal default ships
 * with the module and is used whenever no value is given (tfsec's "sensitive variable default"). The
 * default is judged like any other value (a weak one such as `changeme` is `default-credentials`').
 */
function terraformDefaults(text: string): Hit[] {
  return terraformVariableDefaults(text).filter((d) => looksLikeSecretValue(d.value))
    .map((d) => ({ line: d.line, column: d.column, message: `Terraform variable '${d.name}' has a hard-coded secret default`, secret: d.value }));
}

/**
 * The `environment` entries of ECS containers a Terraform file writes out — an `aws_ecs_task_definition`'s (`jsonencode([…])`, a
 * heredoc of JSON) and the terraform-aws-modules/ecs module's containers (util/ecs.ts reads both) —: judged as a task definition
 * file's `{"name": …, "value": …}` entries are, under the entry's name, at the value. Values Terraform computes (`var.…`, `${…}`)
 * are never literals (hcl.ts).
 */
function terraformContainerSecrets(file: string, text: string): Hit[] {
  if (!text.includes('container_definitions') && !text.includes('environment')) return [];
  return terraformContainerEnv(file, text).filter((e) => isSecretName(e.key) && looksLikeSecretValue(e.value, 12, e.key))
    .map((e) => ({ line: e.line, column: e.column, message: `'${e.key}' is assigned a hard-coded secret value`, secret: e.value }));
}

const BICEP_FILE_RE = /\.bicep$/i;

/**
 * Bicep parameters whose default is a literal (`@secure()` `param administratorLoginPassword string = '…'`): what the deployment
 * uses whenever no value is passed, as a Terraform variable's default (Bicep's linter rule `secure-parameter-default`). A
 * `@secure()` parameter holds a secret whatever its name, unless the name says who or where (`adminLogin`); another one
 * counts by a secret's name. An interpolation (`'${…}'`) is computed; a placeholder or default is `default-credentials`'
 * (both read the parameters alike: util/credentials.ts).
 */
function bicepDefaults(text: string): Hit[] {
  return bicepParamDefaults(text).filter((p) => (isSecretName(p.name) || (p.secure && secretKeyKind(p.name) !== 'skip')) && looksLikeSecretValue(p.value, 12, p.name) && !namedAfterKey(p.name, p.value))
    .map((p) => ({ line: p.line, column: p.column, message: `Bicep parameter '${p.name}' has a hard-coded secret default`, secret: p.value }));
}

/**
 * An ARM template's parameters whose `defaultValue` is a literal (`"adminPassword": {"type": "securestring", "defaultValue": "…"}`):
 * the value every deployment without one uses. A `securestring` holds a secret whatever its name (unless the name says who or
 * where); a `string` counts by a secret's name. A template expression (`"[newGuid()]"`) is computed.
 */
function armDefaults(file: string, text: string, yaml: () => YamlFile): Hit[] {
  return armParamDefaults(file, text, yaml).filter((p) => ((p.secure && secretKeyKind(p.name) !== 'skip') || (!p.secure && isSecretName(p.name))) && looksLikeSecretValue(p.value, 12, p.name) && !namedAfterKey(p.name, p.value))
    .map((p) => ({ line: p.line, column: p.column, message: `ARM template parameter '${p.name}' has a hard-coded secret default`, secret: p.value }));
}

/**
 * A Terraform `helm_release`'s chart values set by name (`set { name = "auth.postgresPassword" value = "…" }`, `set_sensitive`,
 * `set = [{ name = "…", value = "…" }]`): judged under the value's name (its path in the chart's values), at the value.
 */
function terraformHelmSecrets(text: string): Hit[] {
  return terraformHelmSets(text).filter((s) => isSecretName(s.name) && looksLikeSecretValue(s.value, 12, s.name) && !namedAfterKey(s.name, s.value))
    .map((s) => ({ line: s.line, column: s.column, message: `helm_release value '${s.name}' is assigned a hard-coded secret value`, secret: s.value }));
}

/**
 * A secret store's resource written with a literal value (Terraform `aws_ssm_parameter` of type `SecureString`,
 * `azurerm_key_vault_secret`, `github_actions_secret.plaintext_value`, a masked GitLab variable; Bicep's Key Vault secret;
 * Pulumi's): the store keeps it encrypted, git keeps it in plain text. A resource that holds a secret by design counts
 * whatever its secret's name, unless the name says who or where (`/prod/db/username`); another (a `String` parameter) counts
 * by a secret's name, as CloudFormation's `Name`/`Value` pair does. Values Terraform or the program computes pass.
 */
function secretStoreHits(values: SecretStoreValue[]): Hit[] {
  return values.filter((s) => (s.secure ? secretKeyKind(s.name) !== 'skip' : isSecretName(s.name)) && looksLikeSecretValue(s.value, 12, isSecretName(s.name) ? s.name : undefined) && !namedAfterKey(s.name, s.value))
    .map((s) => ({ line: s.line, column: s.column, message: `${s.resource} '${s.name}' is given a hard-coded secret value: ${s.secure ? 'the store keeps it encrypted, git keeps it in plain text' : 'it is committed in plain text'}; ${storeHint(s.resource)}`, secret: s.value }));
}

/** How to give a secret store's resource its value without writing it down, in the language the resource is declared in. */
function storeHint(resource: string): string {
  if (resource.includes('/')) return 'pass it in as a `@secure()` parameter instead';
  if (resource.includes('.')) return 'read it from the stack\'s secret configuration (`config.requireSecret(…)`) instead';
  return 'pass it in as a `sensitive` variable (`value = var.…`) or generate it (`random_password`) instead';
}

/** XML configuration: Maven `settings.xml`, `web.config`, Spring/Tomcat/Hibernate XML, `*.pubxml`, IntelliJ run configurations (`*.run.xml`). */
const XML_FILE_RE = /\.(?:xml|config|pubxml)$/i;
/** `<password>value</password>`: an element whose only content is one word. */
const XML_ELEMENT_RE = /<([A-Za-z_][\w.-]{0,100})>([^<>\s]{1,1000})<\/\1>/g;
/**
 * A setting written as one element's name and value attributes: .NET's `<add key="SmtpPassword" value="…" />` (web.config
 * `appSettings`, NuGet.Config `ClearTextPassword`), IntelliJ run configurations' `<env name="DB_PASSWORD" value="…" />`
 * (`.idea/runConfigurations/*.xml`, `.run/*.run.xml`: shared by committing them, as `.vscode/launch.json` is), a Gradle run
 * configuration's `<entry key="…" value="…" />`, Tomcat's `<Environment name="…" value="…" />`, a Spring bean's
 * `<property name="password" value="…" />`. Group 3 the name, 5 the value.
 */
const XML_TAG_RE = /<[A-Za-z_][\w:.-]{0,100}\s[^<>]{0,4000}/g;
/** An attribute of a tag that names a setting or gives its value: group 1 the attribute, 2 the quote, 3 the text. */
const XML_NAME_VALUE_ATTR_RE = /(?<=\s)(name|key|value)\s*=\s*(["'])([^"'<>]{0,1000})\2/g;
/**
 * A tag's setting name and literal value attributes (`<env name="DB_PASSWORD" value="…"/>`, `<add key="…" value="…" />`,
 * `<entry key="…" value="…"/>`): the `name`/`key` attribute (1–200 characters) and a `value` attribute after it (1–1000, no white
 * space); the value's offset in the tag. Read tag by tag (a tag of up to 4,000 characters), so a long tag costs its length once.
 */
function xmlNameValue(tag: string): { name: string; value: string; at: number } | null {
  let name: string | undefined;
  for (const a of tag.matchAll(XML_NAME_VALUE_ATTR_RE)) {
    if (a[1] !== 'value') { if (name === undefined && a[3]!.length >= 1 && a[3]!.length <= 200) name = a[3]!; continue; }
    if (name !== undefined && a[3]!.length >= 1 && !/\s/.test(a[3]!)) return { name, value: a[3]!, at: a.index + a[0].length - a[3]!.length - 1 };
  }
  return null;
}
/**
 * Secret-named XML elements with a literal value (`<server><password>…</password></server>` in Maven's
 * `settings.xml`; a setting's name and value attributes, xmlNameValue), which no `key = value` rule sees. Maven's
 * encrypted passwords (`{…}` from `mvn --encrypt-password`) and elements inside comments pass, and so does a hex
 * digest under an element named for one, the element's name being the key's (ClickHouse's `users.d/*.xml`
 * `<password_sha256_hex>`/`<password_double_sha1_hex>`, a `<password_hash>`: a stored hash, made to be committed).
 */
function xmlElements(text: string): Hit[] {
  const out: Hit[] = [];
  if (!text.includes('</') && !text.includes('value')) return out;
  for (const m of text.matchAll(XML_ELEMENT_RE)) judgeXmlValue(text, out, m.index, m[1]!, m[2]!, m.index + m[1]!.length + 2);
  if (text.includes('value')) {
    for (const m of text.matchAll(XML_TAG_RE)) {
      const nv = m[0].includes('value') ? xmlNameValue(m[0]) : null;
      if (nv) judgeXmlValue(text, out, m.index, nv.name, nv.value, m.index + nv.at);
    }
  }
  return out;
}

/** Judges an XML value `raw` (entities escaped) under `name`, found at offset `at` (its element at `index`): a finding in `out`. */
function judgeXmlValue(text: string, out: Hit[], index: number, name: string, raw: string, at: number): void {
  if (!isSecretName(name) || /^\{[A-Za-z0-9+/=]+\}$/.test(raw)) return;
  if (text.lastIndexOf('<!--', index) > text.lastIndexOf('-->', index)) return;
  const value = raw.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[e]!);
  if (isDigest(name, value) || matchesTokenRule(value) || !looksLikeSecretValue(value)) return;
  const { line, column } = lineColumnAt(text, at);
  out.push({ line, column, message: `'${name}' is assigned a hard-coded secret value`, secret: value });
}

/** Property lists: an iOS/macOS app's `Info.plist` and its own config plists, a launchd job's plist. */
const PLIST_FILE_RE = /\.plist$/i;
/** A property list's `<key>NAME</key>` and the `<string>VALUE</string>` right after it; group 1 the name, 2 the value. */
const PLIST_PAIR_RE = /<key>([^<>]{1,200})<\/key>\s*<string>([^<>]{1,1000})<\/string>/g;
/** Words of a server-side credential's name: a plist key that holds one is a secret an app ships to every user. */
const PLIST_SECRET_WORDS = new Set(['secret', 'secrets', 'password', 'passwd', 'pwd', 'passphrase', 'private', 'credential', 'credentials']);
/**
 * App secrets embedded in every app by design: Airship's `AirshipConfig.plist` app key and app secret (its master secret, which
 * is not, never belongs in an app), App Center's app secret (a GUID the SDK starts with). Facebook's `FacebookAppSecret` is a
 * server secret and stays judged.
 */
const EMBEDDED_APP_SECRET = /^(?:(?:production|development)App(?:Key|Secret)|(?:MS|MSAC)?AppCenter(?:App)?Secret|APP_?CENTER_(?:APP_)?SECRET)$/i;

/**
 * Secret-named values of a property list (`<key>API_SECRET</key>` then `<string>…</string>`): an app's plist is shipped in
 * the app, so a server-side secret there is readable by anyone who downloads it. In an app's plists the vendor SDKs' client
 * keys and tokens sit, embedded by design (`FacebookClientToken`, `AppLovinSdkKey`, `AppsFlyerDevKey`, a RevenueCat public
 * `appl_…` key): only a name holding a secret's, password's or private key's word counts there (`API_SECRET`,
 * `RevenueCatSecretKey`, `DB_PASSWORD`); a launchd job's `EnvironmentVariables` is an environment, where any secret-named
 * variable counts (`API_TOKEN`). Provider token formats are the token rules' (Firebase's `GoogleService-Info.plist` is not read).
 */
function plistSecrets(text: string): Hit[] {
  const out: Hit[] = [];
  if (!text.includes('<key>')) return out;
  // A launchd job's `EnvironmentVariables` dictionaries: from the key to the first `</dict>` after it (found once, in order).
  const ENV_KEY = '<key>EnvironmentVariables</key>';
  const environments: [number, number][] = [];
  for (let i = text.indexOf(ENV_KEY); i !== -1 && environments.length < 1000; i = text.indexOf(ENV_KEY, i + ENV_KEY.length)) {
    const end = text.indexOf('</dict>', i);
    environments.push([i, end === -1 ? -1 : end]);
  }
  let last = -1;
  for (const m of text.matchAll(PLIST_PAIR_RE)) {
    const name = m[1]!.trim();
    // The last environment key before this pair (the pairs come in order): the pair is in its dictionary when it closes after it.
    while (last + 1 < environments.length && environments[last + 1]![0] < m.index) last++;
    const inEnvironment = last !== -1 && environments[last]![1] > m.index;
    if (!inEnvironment && (EMBEDDED_APP_SECRET.test(name) || !keyWords(name).some((w) => PLIST_SECRET_WORDS.has(w)))) continue;
    const raw = m[2]!.trim();
    judgeXmlValue(text, out, m.index, name, raw, m.index + m[0].length - '</string>'.length - m[2]!.length + m[2]!.indexOf(raw));
  }
  return out;
}

/** Groovy Gradle scripts (`build.gradle`, `publish.gradle`, `init.gradle`); the Kotlin DSL (`*.gradle.kts`) writes assignments. */
const GROOVY_GRADLE_RE = /\.gradle$/i;
/** Groovy and Kotlin Gradle scripts: where `buildConfigField` is written. */
const GRADLE_SCRIPT_RE = /\.gradle(?:\.kts)?$/i;
/**
 * Android's `buildConfigField "String", "API_SECRET", "\"…\""` (Groovy, also with parentheses; Kotlin DSL
 * `buildConfigField("String", "API_SECRET", "\"…\"")`): a constant compiled into `BuildConfig`, shipped in the APK. The Java
 * literal between the escaped quotes is judged as an assignment of the field's name, at its first character. A value built at
 * build time (`"\"${System.getenv(…)}\""`, `"\"" + props[…] + "\""`) is no literal. Group 1 the name, 2 the literal.
 */
const BUILD_CONFIG_FIELD_RE = /^[ \t]*buildConfigField[ \t]*\(?[ \t]*["']String["'][ \t]*,[ \t]*["']([A-Za-z_]\w{0,100})["'][ \t]*,[ \t]*(?:"\\"((?:[^"\\\n$]|\\[^"\n])*)\\""|'"((?:[^"'\\\n$]|\\[^"'\n])*)"')[ \t]*\)?[ \t]*;?[ \t]*(?:\/\/.*)?\r?$/dgm;

function buildConfigFields(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('buildConfigField')) return hits;
  for (const m of text.matchAll(BUILD_CONFIG_FIELD_RE)) {
    const name = m[1]!;
    const group = m[2] !== undefined ? 2 : 3;
    const value = m[group]!;
    if (!isSecretName(name) || matchesTokenRule(value) || namedAfterKey(name, value) || !looksLikeSecretValue(value, 12, name)) continue;
    hits.push({ ...lineColumnAt(text, m.indices![group]![0]), message: `BuildConfig field '${name}' is given a hard-coded secret value, compiled into the app where anyone can read it`, secret: value });
  }
  return hits;
}
/**
 * A property set with Groovy's method-call syntax, the form the Android and Gradle documentation show for `build.gradle`:
 * `storePassword "…"`, `keyPassword '…'`, a `credentials {}` block's `password "…"`, also `password("…")`; at a statement's
 * start (a line's, or after `{` or `;`). Group 1 the name, 2 `(` if any, 3 the quote.
 */
const GROOVY_SETTER_RE = /(?:^|[{;])[ \t]*([A-Za-z_]\w{0,100})(?:[ \t]+|[ \t]*(\()[ \t]*)(["'])/gm;
/** What follows a setter's literal (`GROOVY_CALL_END` after `name(…`): the statement's end. */
const GROOVY_ARG_END = /^[ \t]*(?:[;}\r\n]|$)/;
const GROOVY_CALL_END = /^[ \t]*\)[ \t]*(?:[;}\r\n]|$)/;

/**
 * Secret-named properties a Groovy Gradle script sets to a literal without `=` (`signingConfigs { release { storePassword
 * "…" } }`, `credentials { password "…" }`), judged as the Kotlin DSL's `storePassword = "…"` is. A value read at build
 * time (`System.getenv("…")`, `project.findProperty("…")`, `keystoreProperties['storePassword']`) is no literal, and an
 * interpolated GString (`"${…}"`, `"$pw"`) is none either; comments are not read.
 */
function groovySetters(file: string, text: string): Hit[] {
  const out: Hit[] = [];
  if (!SECRET_HINT.test(text)) return out;
  const src = scanSource(file, text, 'js');
  for (const m of src.bare.matchAll(GROOVY_SETTER_RE)) {
    const name = m[1]!;
    if (!SECRET_HINT.test(name) || !isSecretName(name)) continue;
    const open = m.index + m[0].length - 1;
    const close = src.bare.indexOf(m[3]!, open + 1);
    if (close === -1) continue;
    const value = text.slice(open + 1, close);
    if (value.includes('\n') || (m[3] === '"' && value.includes('$'))) continue;
    // The literal is the whole argument: `password "x" + suffix` is an expression.
    if (!(m[2] ? GROOVY_CALL_END : GROOVY_ARG_END).test(src.bare.slice(close + 1, close + 200))) continue;
    const lineStart = text.lastIndexOf('\n', open) + 1;
    const lineEnd = text.indexOf('\n', open);
    const found = wrappedLiteralFinding(name, value, text, lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (found) out.push({ line: src.lineAt(open + 1), column: src.columnAt(open + 1 + found.index), message: found.message, secret: found.secret });
  }
  return out;
}

/**
 * Compose's file-based secrets (`secrets: { db_password: { file: ./secrets/db_password.txt } }`, Docker's
 * documented layout): a committed file holds the secret itself, one value on its own line, with no
 * name for the assignment rules to see. Reported at the value; placeholders and defaults are
 * `default-credentials`' (it reads the same files: util/credentials.ts).
 */
function composeSecretFileHits(snapshot: SnapshotView, skip: (file: string) => boolean): FileHit[] {
  return composeSecretFiles(snapshot, skip)
    .filter(({ value }) => value.length >= 8 && value.length <= 4096 && !/[\r\n]/.test(value) && !isExampleValue(value) && !isDefaultCredential(value) && !isReference(value))
    .filter(({ name, file, value }) => {
      // Judged by the secret's name and its file's (`postgres_user`, `secrets/admin_email.txt`), as a Kubernetes Secret's keys are:
      // one that names who or where holds a name, not a password, unless the other names a secret (`db_user` in `db_password.txt`);
      // one for a URL (`database_url`) counts only when the URL embeds a password or holds a provider token.
      const kinds = [secretKeyKind(name), secretKeyKind(basename(file).replace(/\.[A-Za-z0-9]{1,8}$/, ''))];
      if (kinds.includes('value')) return true;
      if (kinds.includes('skip')) return false;
      return !kinds.includes('url') || embedsPassword(value) || holdsToken(value);
    })
    .map((s) => ({ file: s.file, line: s.line, column: s.column, message: `the compose secret '${s.name}' (${s.composeFile}) is committed in ${s.file}`, secret: s.value }));
}

/**
 * CloudFormation parameters' literal `Default`s (util/ecs.ts reads the templates): a secret-named parameter's
 * (`DBPassword: {NoEcho: true, Default: "…"}`), or the one a database's `MasterUserPassword` references (`!Ref`), is what the
 * stack deploys whenever it is created without a value, as a Terraform variable's default. Judged as any value: a placeholder,
 * a default or the literal `MasterUsername` is `default-credentials`'; an SSM parameter type's default names a parameter.
 */
function cfnParameterDefaults(snapshot: SnapshotView, skip: (file: string) => boolean): FileHit[] {
  const out: FileHit[] = [];
  for (const c of awsDeploy(snapshot).credentials) {
    if (c.param === null || skip(c.file) || (c.resource === null && !isSecretName(c.param)) || c.value === c.user) continue;
    if (!looksLikeSecretValue(c.value, 12, c.param) || namedAfterKey(c.param, c.value) || isCfnSsmParameter(snapshot, c.file, c.param)) continue;
    out.push({ file: c.file, line: c.line, column: c.column, message: `CloudFormation parameter '${c.param}' has a hard-coded secret default`, secret: c.value });
  }
  return out;
}

/** Structured settings files whose keys are nested names: ASP.NET Core appsettings, Spring Boot YAML. */
const NESTED_SETTINGS = /(?:^|\/)(?:appsettings(?:\.[\w-]+)?\.json|application(?:-[\w.-]+)?\.ya?ml)$/i;

/**
 * A setting named by its section (`"Jwt": { "Key": "…" }`, .NET's `Jwt:Key`; Spring `jwt:\n  key: …`): the
 * key alone says nothing, the section and key together are secret-named. The line scan sees `"Key"` only.
 */
function nestedSettingNames(snapshot: SnapshotView, skip: (file: string) => boolean): FileHit[] {
  const out: FileHit[] = [];
  for (const file of filesEndingIn(snapshot.files, 'json', 'yml', 'yaml')) {
    if (!NESTED_SETTINGS.test(file) || skip(file)) continue;
    for (const doc of snapshot.yaml(file)?.docs ?? []) {
      const walk = (v: unknown, path: string[], depth: number) => {
        if (depth > 16 || !isObject(v)) return;
        for (const [k, x] of Object.entries(v)) {
          if (isObject(x)) { walk(x, [...path, k], depth + 1); continue; }
          const parent = path.at(-1);
          if (typeof x !== 'string' || parent === undefined || isSecretName(k) || !isSecretName(`${parent}_${k}`) || !looksLikeSecretValue(x)) continue;
          const at = doc.loc([...path, k]);
          if (at) out.push({ file, line: at.line, column: at.column, message: `'${parent}:${k}' is assigned a hard-coded secret value`, secret: x });
        }
      };
      walk(doc.value, [], 0);
    }
  }
  return out;
}

/** Docker's `~/.docker/config.json` (and the legacy `.dockercfg`), Podman/skopeo `auth.json`: registry logins. */
const REGISTRY_AUTH_FILE = /(?:^|\/)(?:\.docker\/config\.json|\.dockercfg|(?:containers\/)?auth\.json)$/;
const REGISTRY_AUTH_RE = /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/g;

/** npm's legacy `_auth=<base64 of user:password>` (`//registry/:_auth=…` too) in an `.npmrc`. */
const NPMRC_FILE = /(?:^|\/)\.npmrc$/;
/** `.netrc` (curl, git, ftp, Heroku's CLI): `machine HOST login USER password SECRET`, tokens separated by any whitespace. */
const NETRC_FILE = /(?:^|\/)[._]netrc$/;

/**
 * Credentials written into commands and header strings, whatever the file (a deploy script, a Makefile, a CI
 * step, a compose healthcheck): `Authorization: Bearer <token>` (also `token`, `Basic`), `curl -u user:password`,
 * `docker login -p <password>`, and database and tool clients given their password as an argument ({@link CLIENT_PASSWORD_RULES}).
 */
const AUTH_HEADER_RE = /\bAuthorization:[ \t]*(?:Bearer|Token|token|Basic)[ \t]+([A-Za-z0-9._~+/=-]{12,})/g;
// A backtick ends the command (Markdown code spans and JS template literals quote commands: `curl -u user:password`).
const CURL_USER_RE = /\bcurl\b[^\n`]*?[ \t](?:-u|--user)(?:[ \t]+|=)(['"]?)([^\s:'"$`]{1,100}):([^\s'"`]{1,200})\1(?=[\s`]|$)/g;
// `docker login -u ci -p <password> registry` (also podman/buildah/skopeo/nerdctl/oras login, `crane auth login`, `helm registry
// login`); `--password-stdin` reads stdin (a literal piped in is the client rules').
export const REGISTRY_LOGIN_RE = /\b(?:docker|podman|buildah|skopeo|nerdctl|oras|crane[ \t]+auth|helm[ \t]+registry)[ \t]+login\b[^\n`]*?[ \t](?:-p|--password)(?:[ \t]+|=)(['"]?)([^\s'"$`]{1,200})\1(?=[\s`]|$)/g;
/**
 * Where a client's name starts a command word: the start of the text, after white space, a quote (an exec-form
 * `["CMD", "mysqladmin", …]`) or `(`, or a `bin/` directory. Not inside a path (`/var/lib/mysql`) or a longer name
 * (`mysql-client`, `mysql_config_editor`), and not a container's name (`docker run --name mysql -p 3306:3306`).
 */
const CLIENT_START = String.raw`(?:(?<![^\s"'(])|(?<=bin\/))(?<!--(?:name|hostname|network|net|link)[ \t=])`;
/** The end of a client's name: white space, or the quote and comma of an exec-form array. */
const CLIENT_END = String.raw`(?=[\s"',])`;
/**
 * The client's other arguments up to its password flag, on one line or continued with `\`; a backtick or `;`, `|`, `&`
 * ends the command (`mysql … && tar -pczf …` is another command's `-p`).
 */
const CLIENT_ARGS = String.raw`(?:[^\n\`;|&\\]|\\[^\r\n]|\\\r?\n){0,400}?(?<=[\s"'])`;
/**
 * A flag's separate value: after white space, `=`, or in an exec form the next quoted element (`"-a", "<password>"`); an
 * unquoted next element is code (`["redis-cli", "-a", redisPassword]`), not a literal.
 */
const FLAG_VALUE = String.raw`(?:[ \t]+|=|["'],[ \t]*(?=["']))`;
/**
 * The password: bare or quoted (a `$` makes it a variable, a command substitution or an escaped `$$`, never a literal);
 * not a redirection or the next command (`htpasswd -nb admin "$PW" > users`). A quoted one may end an array element (`"…",`, `"…"]`).
 */
const CLIENT_PASSWORD = String.raw`(?<q>['"]?)(?![-<>|&;])(?<pw>[^\s'"$\`]{1,200})\k<q>(?=[\s\`"']|$|(?<=["'])[,\])])`;
/** Between two arguments: white space, or the quotes and comma of an exec form (`"sshpass", "-p"`). */
const ARG_SEP = String.raw`(?:[ \t]+|["'],[ \t]*["'])`;
/**
 * A tool's arguments up to its password flag, as {@link CLIENT_ARGS}, but not past a ` -- ` that hands the rest to another
 * command (`kubectl exec db -- psql --password appdb`: psql's `--password` takes no value).
 */
const TOOL_ARGS = String.raw`(?:(?![ \t]--[ \t])(?:[^\n\`;|&\\]|\\[^\r\n]|\\\r?\n)){0,400}?(?<=[\s"'])`;
/** Logins that read their password from stdin with `--password-stdin` (registry logins, `helm repo add`). */
const STDIN_LOGIN = String.raw`(?:(?:docker|podman|buildah|skopeo|nerdctl|oras|crane[ \t]+auth|helm[ \t]+registry)[ \t]+login|helm[ \t]+repo[ \t]+add)(?=[\s"'])`;
/** A certificate file where a password may stand (`az login --service-principal -u <app> -p cert.pem`, older Azure CLIs). */
const CERT_FILE_RE = /\.(?:pem|crt|cer|pfx|p12|key)$/i;
const clientRule = (prefilter: string | string[], source: string, message: string, accept?: (groups: Record<string, string | undefined>) => boolean) =>
  ({ prefilter: [prefilter].flat(), re: new RegExp(source, 'dg'), message, accept });
/**
 * Database and tool clients given a literal password on their command line (a backup script, a Makefile target, a CI
 * step, a Dockerfile `RUN`, a compose healthcheck, a Kubernetes container's `command`/`args` on one line):
 * - `mysql`/`mysqldump`/`mysqladmin` (and the other MySQL and MariaDB clients) `-p<password>`, `--password=<password>`:
 *   the value is attached; `-p` alone prompts, and `-p appdb` or `--password appdb` names the database;
 * - `PGPASSWORD=<password> psql` (`pg_dump`, `pg_restore`, … : the variable set for that one command);
 * - `sshpass -p <password>`; `redis-cli -a <password>` (`--pass`, also valkey-cli and keydb-cli);
 * - `mongo`/`mongosh`/`mongodump`/… `-p <password>`, `--password <password>`; `-p` followed by another flag prompts;
 * - `htpasswd -b [-c] file user <password>` (`-nb user <password>`): `-b` takes the password from the command line;
 * - tools whose password option always takes a value, written `--password <password>` as often as `--password=<password>`:
 *   `argocd` (`login --password`, `account update-password --current-password/--new-password`), `helm` (`repo add`,
 *   `install`/`pull`… `--password`), `az login`/`az acr login` `-p`, `oc login -p`/`--token`, `cf login -p`, `kubectl`
 *   `--password`/`--token`/`--docker-password`, SQL Server's `sqlcmd`/`bcp` `-P` (`-p` prints statistics), `twine upload` and
 *   `poetry publish` `-p`, `wget --password`/`--http-password`, the LDAP clients' `-w` (`-W` prompts);
 * - a login's user and password in one argument: `skopeo`/`podman`/`buildah` `--creds`/`--src-creds`/`--dest-creds user:<password>`,
 *   Oracle's `sqlplus`/`expdp`/`impdp`/`sqlldr`/`exp`/`imp`/`dgmgrl` `user/<password>@db`, Samba's `smbclient`/`rpcclient`/`smbcacls` `-U user%<password>`;
 * - `rabbitmqctl add_user|change_password user <password>` (not `--pre-hashed-password`: a hash);
 * - a literal piped into a registry login's `--password-stdin` (`echo '<password>' | docker login --password-stdin`, `printf`,
 *   a here-string `<<< '<password>'`, a heredoc `<<EOF` whose one line is it): the literal is the password.
 */
export const CLIENT_PASSWORD_RULES = [
  clientRule(['mysql', 'mariadb'], `${CLIENT_START}(?:mysql(?:dump|admin|import|check|show|pump|sh)?|mariadb(?:-dump|-admin|-import|-check|-show)?)${CLIENT_END}${CLIENT_ARGS}(?:-p|--password=)${CLIENT_PASSWORD}`,
    'a mysql client (-p/--password=) carries a hard-coded password'),
  clientRule('PGPASSWORD=', String.raw`(?<![\w$.-])PGPASSWORD=${CLIENT_PASSWORD}[ \t]+(?:[A-Za-z_]\w*=\S*[ \t]+)*(?:\S*\/)?(?:psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|pg_isready|createdb|dropdb|createuser|dropuser|vacuumdb|reindexdb|clusterdb|pgbench)(?=[\s"'\`;|&)]|$)`,
    'PGPASSWORD=… before a PostgreSQL client carries a hard-coded password'),
  // sshpass's own options come before the command it runs (`-f file`, `-d fd`, `-P prompt`, `-e`, `-v`): a `-p` after it is the command's.
  clientRule('sshpass', String.raw`${CLIENT_START}sshpass(?:${ARG_SEP}-(?:[fdP][ \t]*[^\s-]\S*|e\S*|v))*${ARG_SEP}-p(?:[ \t]*|["'],[ \t]*(?=["']))${CLIENT_PASSWORD}`,
    'sshpass -p carries a hard-coded password'),
  clientRule(['redis-cli', 'valkey-cli', 'keydb-cli'], `${CLIENT_START}(?:redis|valkey|keydb)-cli${CLIENT_END}${CLIENT_ARGS}(?:-a|--pass)${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'redis-cli -a carries a hard-coded password'),
  clientRule('mongo', `${CLIENT_START}mongo(?:sh|dump|restore|export|import|stat|top|files)?${CLIENT_END}${CLIENT_ARGS}(?:-p|--password)${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'a MongoDB client (-p/--password) carries a hard-coded password'),
  // Options first (`-C 12` takes the bcrypt cost), then the file unless `-n`, the user and the password.
  clientRule('htpasswd', String.raw`${CLIENT_START}htpasswd[ \t]+(?<flags>(?:-[A-Za-z25]+[ \t]+(?:\d{1,2}[ \t]+)?)+)(?:(?<fq>['"]?)[^\s'"<>|&;]{1,300}\k<fq>[ \t]+)?(?<uq>['"]?)[^\s'"$\`<>|&;]{1,100}\k<uq>[ \t]+${CLIENT_PASSWORD}`,
    'htpasswd -b carries a hard-coded password',
    // `-b` takes the password from the command line; without `-n` the file comes first (`htpasswd -b user pw` is file and user).
    (g) => g.flags!.includes('b') && (g.flags!.includes('n') || g.fq !== undefined)),
  clientRule('argocd', `${CLIENT_START}argocd${CLIENT_END}${TOOL_ARGS}--(?:current-|new-)?password${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'argocd --password carries a hard-coded password'),
  clientRule('helm', `${CLIENT_START}helm${CLIENT_END}${TOOL_ARGS}--password${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'helm --password (a chart repository login) carries a hard-coded password'),
  clientRule(['az login', 'az acr login'], String.raw`${CLIENT_START}az[ \t]+(?:acr[ \t]+)?login${CLIENT_END}${TOOL_ARGS}(?:-p|--password)${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'az login -p carries a hard-coded password', (g) => !CERT_FILE_RE.test(g.pw!)),
  clientRule('oc login', String.raw`${CLIENT_START}oc[ \t]+login${CLIENT_END}${TOOL_ARGS}(?:-p|--password|--token)${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'oc login -p/--token carries a hard-coded password'),
  clientRule('cf login', String.raw`${CLIENT_START}cf[ \t]+login${CLIENT_END}${TOOL_ARGS}(?:-p|--password)${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'cf login -p carries a hard-coded password'),
  clientRule('kubectl', `${CLIENT_START}kubectl${CLIENT_END}${TOOL_ARGS}--(?:password|token|docker-password)${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'kubectl --password/--token carries a hard-coded password'),
  clientRule(['sqlcmd', 'bcp'], `${CLIENT_START}(?:sqlcmd|bcp)${CLIENT_END}${TOOL_ARGS}-P${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'a SQL Server client (sqlcmd/bcp -P) carries a hard-coded password'),
  clientRule(['twine upload', 'poetry publish'], String.raw`${CLIENT_START}(?:twine[ \t]+upload|poetry[ \t]+publish)${CLIENT_END}${TOOL_ARGS}(?:-p|--password)${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'a package upload (twine/poetry -p) carries a hard-coded password'),
  clientRule('wget', `${CLIENT_START}wget${CLIENT_END}${TOOL_ARGS}--(?:http-|ftp-|proxy-)?password${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'wget --password/--http-password carries a hard-coded password'),
  clientRule('ldap', `${CLIENT_START}ldap(?:search|add|modify|delete|passwd|whoami|compare|modrdn|exop|url)${CLIENT_END}${TOOL_ARGS}-w${FLAG_VALUE}${CLIENT_PASSWORD}`,
    'an LDAP client (-w) carries a hard-coded password'),
  clientRule('creds', String.raw`${CLIENT_START}(?:skopeo|podman|buildah)${CLIENT_END}${TOOL_ARGS}--(?:src-|dest-)?creds${FLAG_VALUE}(?<q>['"]?)[^\s'"$:\`]{1,100}:(?![-<>|&;])(?<pw>[^\s'"$\`]{1,200})\k<q>(?=[\s\`"']|$|(?<=["'])[,\])])`,
    'a registry login (--creds user:password) carries a hard-coded password'),
  // The classic export and import (`exp`, `imp`) and Data Guard's `dgmgrl` take the same `user/password@db`; its user is
  // compared with the password (`system/manager`, `app/app`: default-credentials').
  clientRule(['sqlplus', 'expdp', 'impdp', 'sqlldr', 'dgmgrl', 'exp ', 'imp ', 'exp"', 'imp"', "exp'", "imp'", 'exp\t', 'imp\t'], String.raw`${CLIENT_START}(?:sqlplus|expdp|impdp|sqlldr|exp|imp|dgmgrl)${CLIENT_END}(?:[ \t]+-[A-Za-z]+)*[ \t]+(?:userid=)?(?<q>['"]?)(?<user>[A-Za-z][\w#]{0,127})\/(?<pw>[^\s'"$\`@/]{1,200})(?=@|\k<q>(?:[\s\`;|&)]|$))`,
    'an Oracle client (user/password) carries a hard-coded password'),
  clientRule(['smbclient', 'rpcclient', 'smbcacls'], String.raw`${CLIENT_START}(?:smbclient|rpcclient|smbcacls)${CLIENT_END}${TOOL_ARGS}(?:-U|--user)(?:[ \t]*|=|["'],[ \t]*(?=["']))(?<q>['"]?)[^\s'"$%\`]{1,100}%(?![-<>|&;])(?<pw>[^\s'"$\`]{1,200})\k<q>(?=[\s\`"']|$|(?<=["'])[,\])])`,
    'a Samba client (-U user%password) carries a hard-coded password'),
  clientRule('rabbitmqctl', String.raw`${CLIENT_START}rabbitmqctl${CLIENT_END}${TOOL_ARGS}(?:add_user|change_password)[ \t]+(?!-)(?<uq>['"]?)[^\s'"$\`<>|&;]{1,100}\k<uq>[ \t]+${CLIENT_PASSWORD}(?<rest>[^\n;|&]*)`,
    'rabbitmqctl add_user carries a hard-coded password', (g) => !g.rest!.includes('--pre-hashed-password')),
  clientRule('password-stdin', String.raw`${CLIENT_START}(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?<fq>['"])%s(?:\\n)?\k<fq>)?)[ \t]+${CLIENT_PASSWORD}[ \t]*\|[ \t]*(?:sudo[ \t]+)?${STDIN_LOGIN}${TOOL_ARGS}--password-stdin\b`,
    'a registry login (--password-stdin) carries a hard-coded password'),
  clientRule('<<<', String.raw`${CLIENT_START}${STDIN_LOGIN}${TOOL_ARGS}--password-stdin[ \t]+(?:[^\n\`;|&<]{0,200}?[ \t])?<<<[ \t]*${CLIENT_PASSWORD}`,
    'a registry login (--password-stdin) carries a hard-coded password'),
  // A heredoc (`<<EOF`, `<<'EOF'`, `<<-EOF`) whose one line is the password, then its delimiter (indented too: a workflow's
  // `run: |` block). A `$`, a backtick or a backslash in it is an expansion or an escape, not a literal (`${{ secrets.X }}` too).
  clientRule('<<', String.raw`${CLIENT_START}${STDIN_LOGIN}${TOOL_ARGS}--password-stdin[ \t]+(?:[^\n\`;|&<]{0,200}?[ \t])?<<-?[ \t]*(?<hq>['"]?)(?<tag>[A-Za-z_][\w-]{0,40})\k<hq>(?![\w-])[^\n]*\n[ \t]*(?<pw>[^\s$\`\\]{1,200})[ \t]*\r?\n[ \t]*\k<tag>[ \t]*(?=\r?\n|$)`,
    'a registry login (--password-stdin) carries a hard-coded password'),
];
/**
 * A secret-named setting passed on a command line: a JVM system property `-Dspring.datasource.password=…`
 * (`java` arguments, `JAVA_OPTS`, `CATALINA_OPTS`, `-Djavax.net.ssl.keyStorePassword=…`) or a `--name=value` argument
 * (Spring Boot's `--spring.datasource.password=…`, a tool's `--api-key=…`). The option starts a word (after white
 * space, a quote of an exec form or shell string, or the `=` of `CATALINA_OPTS=-D…`); the value is bare or quoted and
 * ends the word. Its name and value are judged as the same setting in a `.properties` file would be.
 */
export const OPTION_ASSIGNMENT_RE = /(?<![^\s"'=])(?<flag>-D|--)(?<name>[A-Za-z_][\w.-]{0,100})=(?<q>["']?)(?<value>[^\s"'`]{1,1000})\k<q>(?=[\s"'`,\];|&)]|$)/dg;
/**
 * Values that are a template or a variable, not a password, in a command's position: Windows `%DB_PASS%` (`!DB_PASS!`), autoconf/CMake
 * `@DB_PASS@`, an interpolation (`{password}` of a Python f-string or `.format`), the name of an environment variable
 * (`DB_PASSWORD`, `ROOT_PASS`), docker's `-p host:port:port` mapping, and prose about a command (`htpasswd -b carries a
 * hard-coded password`: lower-case words joined by `-`).
 */
export const CLIENT_PLACEHOLDER_RE = /^%\w+%$|^!\w+!$|^@\w+@$|[{}]|^[a-z]+(?:-[a-z]+)+$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^(?:[\w.-]+:)?\d{1,5}(?:-\d{1,5})?:\d{1,5}(?:-\d{1,5})?(?:\/\w+)?$/;
/**
 * Whether a file may hold client commands: any file but source code, and source code that runs commands (Python
 * `subprocess`, Node `child_process`). Most of a repository's bytes are code, and nine literal searches
 * over each file cost more than the rest of this function (measured over the bench monorepo: ~430 ms a scan).
 */
function mayRunClients(file: string, text: string): boolean {
  if (!CODE_FILE_RE.test(file)) return true;
  if (file.endsWith('.py')) return containsWord(text, SUBPROCESS_WORD);
  return /\.[cm]?[jt]sx?$/.test(file) && containsWord(text, CHILD_PROCESS_WORD);
}
/** Found by their rarer `b` and `_` (`includes` stops at every `s` and `c` of a file that does not hold them: most). */
const SUBPROCESS_WORD = { word: 'subprocess', anchor: 'bprocess' };
const CHILD_PROCESS_WORD = { word: 'child_process', anchor: '_process' };

/**
 * Whether a text may hold an Authorization header, a curl login or a registry login: one search instead of three, anchored
 * at the `l` of `curl` and `login` and the `z` of `uthorization` (`uthorization|curl|login` stops at every `u`, `c` and `l`:
 * ~60 → ~35 ms over the bench monorepo).
 */
/** `npm|yarn|pnpm config set <registry credential key> <value>` (the value after white space; the `=` form is a line's assignment). */
const PACKAGE_CONFIG_SET_RE = /\b(?<tool>npm|yarn|pnpm)[ \t]+config[ \t]+set[ \t]+(?:--?\w[\w-]*(?:=\S*)?[ \t]+)*(["']?)(?<key>[^\s"'=]*?(?:_authToken|_auth|_password|npmAuthToken))\2[ \t]+(["']?)(?<v>[^\s'"$`\\]{1,500})\4(?=[\s;&|`)]|$)/dg;
/** A `password` entry inside a command's string (`\npassword …\n`, `password …` after white space or a quote). */
const NETRC_WRITTEN_PASSWORD_RE = /(?:\\n|[\s"'])password[ \t]+([^\s\\'"$`]{1,200})/g;
export const COMMAND_WORDS_RE = /l(?:(?<=curl)|(?=ogin))|z(?<=uthoriz)(?=ation)/;

function commandCredentials(text: string, runsClients: boolean): Hit[] {
  const hits: Hit[] = [];
  const words = COMMAND_WORDS_RE.test(text);
  if (words && text.includes('uthorization')) {
    for (const m of text.matchAll(AUTH_HEADER_RE)) {
      const value = m[1]!;
      // Judged like the written-out `"Authorization": "Bearer <token>"` entry the line scan reads.
      if (!looksLikeSecretValue(value)) continue;
      hits.push({ ...lineColumnAt(text, m.index + m[0].length - value.length), message: 'an Authorization header carries a hard-coded credential', secret: value });
    }
  }
  if (words && text.includes('curl')) {
    for (const m of text.matchAll(CURL_USER_RE)) {
      const password = m[3]!;
      if (!looksLikeEnvSecret(password, 'password')) continue;
      hits.push({ ...lineColumnAt(text, m.index + m[0].length - m[1]!.length - password.length), message: 'curl -u carries a hard-coded password', secret: password });
    }
  }
  if (words && text.includes('login')) {
    for (const m of text.matchAll(REGISTRY_LOGIN_RE)) {
      const password = m[2]!;
      if (!looksLikeEnvSecret(password, 'password')) continue;
      hits.push({ ...lineColumnAt(text, m.index + m[0].length - m[1]!.length - password.length), message: 'a registry login (login -p) carries a hard-coded password', secret: password });
    }
  }
  // `npm config set //registry/:_authToken <token>` (also yarn/pnpm, `_auth`, `_password`): npm's documented way to write
  // the `.npmrc` setting whose `key=value` form the line scan reads.
  if (runsClients && text.includes('config') && text.includes(' set')) {
    for (const m of text.matchAll(PACKAGE_CONFIG_SET_RE)) {
      const value = m.groups!.v!;
      if (CLIENT_PLACEHOLDER_RE.test(value) || !looksLikeEnvSecret(value, 'token')) continue;
      hits.push({ ...lineColumnAt(text, m.indices!.groups!.v![0]), message: `\`${m.groups!.tool} config set\` writes a hard-coded registry credential (${m.groups!.key!.replace(/^.*:/, '')})`, secret: value });
    }
  }
  // A `.netrc` written by a command (`printf "machine git.acme.io\nlogin ci\npassword …\n" > ~/.netrc`): its `password` entry.
  if (runsClients && text.includes('netrc')) {
    for (let at = text.indexOf('netrc'), n = 0; at !== -1 && n < 1000; at = text.indexOf('netrc', at + 5), n++) {
      const start = text.lastIndexOf('\n', at) + 1;
      const nl = text.indexOf('\n', at);
      const line = text.slice(start, nl === -1 ? text.length : nl);
      if (!/\b(?:printf|echo|cat)\b/.test(line)) continue;
      NETRC_WRITTEN_PASSWORD_RE.lastIndex = 0;
      for (const m of line.matchAll(NETRC_WRITTEN_PASSWORD_RE)) {
        const value = m[1]!;
        if (CLIENT_PLACEHOLDER_RE.test(value) || !looksLikeEnvSecret(value, 'password')) continue;
        const col = m.index + m[0].length - value.length;
        if (!hits.some((h) => h.secret === value)) hits.push({ ...lineColumnAt(text, start + col), message: 'a .netrc written by a command carries a hard-coded password', secret: value });
      }
      if (nl === -1) break;
      at = nl;
    }
  }
  for (const rule of runsClients ? CLIENT_PASSWORD_RULES : []) {
    if (!rule.prefilter.some((p) => text.includes(p))) continue;
    for (const m of text.matchAll(rule.re)) {
      const password = m.groups!.pw!;
      if (rule.accept && !rule.accept(m.groups!)) continue;
      // Judged under a password's name: a value naming a setting (`-pmysql_password`) is a placeholder, default-credentials'.
      if (CLIENT_PLACEHOLDER_RE.test(password) || !looksLikeEnvSecret(password, 'password')) continue;
      // A password made from the user it is given with, or a vendor's default account (`system/manager`): default-credentials'.
      const user = m.groups!.user;
      if (user !== undefined && (passwordFromUserName(password, user) !== null || isVendorDefaultPair(user, password))) continue;
      hits.push({ ...lineColumnAt(text, m.indices!.groups!.pw![0]), message: rule.message, secret: password });
    }
  }
  return hits;
}

/**
 * HTTP recordings a test suite replays: vcrpy's and Ruby VCR's cassettes (`tests/cassettes/*.yaml`,
 * `spec/fixtures/vcr_cassettes/*.yml`), go-vcr's, betamax's JSON and Polly.js's HAR files. Found by their path (a
 * `cassettes/` folder, a `.har` file) or, for a test folder's YAML or JSON, by their shape (`interactions:` or
 * `http_interactions:` holding the recorded requests).
 */
const RECORDING_FILE_RE = /\.(?:ya?ml|json|(har))$/i;
const CASSETTE_FOLDER_RE = /cassettes?\//i;
const RECORDING_SHAPE_RE = /(?:^|[{,][ \t\r\n]*)["']?(?:http_)?interactions["']?[ \t]*:[ \t]*(?:\[|\r?$)/m;
/**
 * A Pact contract (`pacts/web-api.json`): its `interactions` are the requests and responses a consumer test wrote from its mocks,
 * not captured traffic. Known by Pact's metadata (`"metadata": {"pactSpecification": …}`, older `pact-specification`,
 * `pactSpecificationVersion`) or by its named `consumer` and `provider`.
 */
const PACT_SPEC_RE = /["']?pact-?specification(?:-?version)?["']?[ \t]*:/i;
const PACT_PARTY_RE = (party: string) => new RegExp(String.raw`(?:^|[{,\s])["']?${party}["']?[ \t]*:[ \t\r\n]*(?:\{[ \t\r\n]*)?["']?name["']?[ \t]*:`, 'm');
const isPactFile = (text: string): boolean => PACT_SPEC_RE.test(text) || (PACT_PARTY_RE('consumer').test(text) && PACT_PARTY_RE('provider').test(text));
function isHttpRecording(file: string, text: string): boolean {
  const ext = RECORDING_FILE_RE.exec(file);
  if (ext === null) return false;
  if (ext[1] !== undefined) return true;
  return (CASSETTE_FOLDER_RE.test(file) || (isTestFile(file) && text.includes('interactions') && RECORDING_SHAPE_RE.test(text))) && !isPactFile(text);
}
/**
 * A recorded request's `Authorization` header, as each recorder writes it: vcrpy's `Authorization: [Bearer …]`, VCR's and
 * go-vcr's `Authorization:` with the value as a list item below, betamax's `"Authorization": ["Basic …"]`, a HAR header's
 * `"name": "authorization", "value": "Bearer …"`. A redacted value (`<AUTHORIZATION>`, `Bearer <TOKEN>`) is no match.
 */
const RECORDED_AUTH_RE = /(?<![\w-])(?:proxy-)?authorization\\?["']?[ \t]*(?::|,[ \t\r\n]*\\?["']?value\\?["']?[ \t]*:)[ \t\r\n]*(?:\[[ \t\r\n]*|-[ \t]+)?\\?["']?(bearer|basic|token)[ \t]+([A-Za-z0-9._~+/=-]{8,})/gi;
/** An OAuth token a recorded body carries: JSON `"access_token": "…"` (also `\"`-escaped in a body string), form `refresh_token=…`. */
const RECORDED_TOKEN_RE = /(?<![\w-])((?:access|refresh)_?token)\\?["']?[ \t]*[:=][ \t]*\\?["']?([A-Za-z0-9._~+/=-]{8,})/gi;
/** Where each recorded interaction's request starts (`- request:`, `"request": {`), and the URL it went to. */
const RECORDED_REQUEST_RE = /(?<![\w-])["']?request["']?[ \t]*:/g;
const RECORDED_URL_RE = /(?<![\w-])["']?ur[il]["']?[ \t]*:[ \t]*["']?[a-z][a-z0-9+.-]*:\/\/([^\s"'/?#\\]+)/gi;
const RECORDING_FILTER = 'filter it when recording: vcrpy\'s filter_headers, VCR\'s filter_sensitive_data, Polly\'s beforePersist';

/**
 * The credentials an HTTP recording captured: machine copies of real traffic, so its `Authorization` headers and the
 * `access_token`/`refresh_token` of its bodies are the credentials the recording ran with (gitleaks reads them too), in a test
 * folder as well. Judged as values (a redacted `FILTERED`, `**********`, `<REDACTED>` passes; a Basic login by its decoded
 * password, as a registry login is); an interaction recorded against a local or documentation host (`localhost`,
 * `api.example.com`) is a test server's and passes, as a URL's password there does.
 */
function recordedCredentials(text: string): Hit[] {
  const hits: Hit[] = [];
  const auth = text.includes('uthorization') || text.includes('UTHORIZATION');
  const tokens = text.includes('_token') || text.includes('Token');
  if (!auth && !tokens) return hits;
  const starts = [...text.matchAll(RECORDED_REQUEST_RE)].map((m) => m.index);
  /** Whether the interaction holding offset `at` went only to local or documentation hosts. */
  const localInteraction = (at: number): boolean => {
    let k = starts.length - 1;
    while (k >= 0 && starts[k]! > at) k--;
    const span = text.slice(k >= 0 ? starts[k]! : 0, k + 1 < starts.length ? starts[k + 1]! : text.length);
    const hosts = [...span.matchAll(RECORDED_URL_RE)].map((m) => m[1]!.replace(/^[^@]*@/, '').replace(/:\d+$/, ''));
    return hosts.length > 0 && hosts.every((h) => isLocalOrExampleHost(h));
  };
  for (const m of auth ? text.matchAll(RECORDED_AUTH_RE) : []) {
    const value = m[2]!;
    if (m[1]!.toLowerCase() === 'basic') {
      const decoded = decodeBase64(value);
      const sep = decoded?.indexOf(':') ?? -1;
      if (decoded === null || sep < 1 || /[\u0000-\u001f]/.test(decoded)) continue;
      // A login (`user:password`) by its password; an API key sent as the user name (Stripe's `sk_…:`) by that key.
      const password = decoded.slice(sep + 1);
      if (password ? !looksLikeEnvSecret(password) || passwordFromUserName(password, decoded.slice(0, sep)) !== null : !looksLikeSecretValue(decoded.slice(0, sep))) continue;
    } else if (!looksLikeSecretValue(value)) continue;
    if (localInteraction(m.index)) continue;
    hits.push({ ...lineColumnAt(text, m.index + m[0].length - value.length), message: `an HTTP recording (cassette) holds the Authorization credential of a recorded request (${RECORDING_FILTER})`, secret: value });
  }
  for (const m of tokens ? text.matchAll(RECORDED_TOKEN_RE) : []) {
    const value = m[2]!;
    if (!looksLikeSecretValue(value) || localInteraction(m.index)) continue;
    hits.push({ ...lineColumnAt(text, m.index + m[0].length - value.length), message: `an HTTP recording (cassette) holds the '${m[1]!}' of a recorded exchange (${RECORDING_FILTER})`, secret: value });
  }
  return hits;
}

/**
 * The secret-named `-D…=`/`--…=` arguments of a text's command lines (OPTION_ASSIGNMENT_RE): each value a finding of its own,
 * several on one line too (`java -Dspring.datasource.password=… -Djavax.net.ssl.keyStorePassword=…`).
 */
function optionCredentials(text: string, runsClients: boolean): Hit[] {
  const hits: Hit[] = [];
  if (runsClients && (text.includes('-D') || text.includes('--'))) {
    for (const m of text.matchAll(OPTION_ASSIGNMENT_RE)) {
      const { flag, name, value } = m.groups as { flag: string; name: string; value: string };
      // `--password-file=/run/secrets/db`, `-Dpassword.policy=strict`: about the secret, not the secret.
      if (!isSecretName(name) || isAboutSecretName(name)) continue;
      // A variable, command substitution or template (`-Dspring.datasource.password=${DB_PASSWORD}`, `$(cat …)`, `%DB_PASS%`,
      // `{{ pw }}`) or an environment variable's name is no literal.
      if (value.includes('$') || CLIENT_PLACEHOLDER_RE.test(value) || isReference(value) || namedAfterKey(name, value) || isPatternLiteral(value)) continue;
      if (!looksLikeSecretValue(value)) continue;
      const what = flag === '-D' ? `the JVM system property -D${name}` : `the command-line argument --${name}`;
      hits.push({ ...lineColumnAt(text, m.indices!.groups!.value![0]), message: `${what} is given a hard-coded secret value`, secret: value });
    }
  }
  return hits;
}

/**
 * Private keys committed base64-encoded: a PEM block (`LS0tLS1CRUdJTi…`, a kubeconfig's `client-key-data`, a Helm
 * value) or a JSON service-account key (`ewog…`/`eyJ…` holding `"private_key": "-----BEGIN …"`, a GCP key put in a
 * `.env` as one line). Decoded only to recognise them; the encoded text is the secret.
 */
const BASE64_PEM_RE = /LS0tLS1CRUdJTi[A-Za-z0-9+/]{100,}={0,2}/g;
/** `ewo|eyJ|ew0K|e30` (base64 of `{\n`, `{"`, `{\r\n`, `{}`), each starting at its rarer `w`, `J` or `0`. */
export const BASE64_JSON_START_RE = /w(?<=ew)(?:o|0K)|J(?<=eyJ)|0(?<=e30)/;
const BASE64_JSON_RE = /\b(?:ewo|eyJ|ew0K|e30)[A-Za-z0-9+/]{300,}={0,2}/g;
function base64PrivateKeys(text: string): Hit[] {
  const hits: Hit[] = [];
  const judge = (m: RegExpExecArray | RegExpMatchArray, json: boolean) => {
    const decoded = decodeBase64(m[0]);
    if (decoded === null) return;
    const key = json ? /"private_key"\s*:\s*"(-----BEGIN [^"]{0,40}PRIVATE KEY-----)/.exec(decoded) : null;
    const pem = json ? null : /^-----BEGIN ((?:[A-Z0-9][A-Z0-9_-]{0,30} ){0,4}PRIVATE KEY)-----/.exec(decoded);
    if (!key && !pem) return;
    const what = json ? 'a base64-encoded service account key (its "private_key")' : `a base64-encoded private key (${pem![1]})`;
    hits.push({ ...lineColumnAt(text, m.index!), message: `${what} is committed`, secret: m[0] });
  };
  if (text.includes('LS0tLS1CRUdJTi')) for (const m of text.matchAll(BASE64_PEM_RE)) judge(m, false);
  if (BASE64_JSON_START_RE.test(text)) for (const m of text.matchAll(BASE64_JSON_RE)) judge(m, true);
  return hits;
}

/**
 * The passwords of a `.netrc`, judged like `.env` values (references and placeholders pass). Read entry by entry (`machine`
 * or `default` opens one, `macdef` bodies skipped): GitHub's fixed password `x-oauth-basic` says the entry's `login` is the
 * token, as in a URL's `https://<token>:x-oauth-basic@github.com/…`, so the login is judged and reported there (a reference,
 * `${GITHUB_TOKEN}`, or a user name passes) and the fixed word never is.
 */
function netrcPasswords(text: string): Hit[] {
  const hits: Hit[] = [];
  let login: { value: string; at: number } | null = null;
  let password: { value: string; at: number } | null = null;
  const judge = () => {
    if (password && urlTokenUser(password.value)) {
      if (login && !isReference(login.value) && (looksLikeEnvSecret(login.value) && looksLikeSecretValue(login.value))) {
        hits.push({ ...lineColumnAt(text, login.at), message: "a .netrc login token is committed (GitHub's fixed password x-oauth-basic makes the login the token)", secret: login.value });
      }
    } else if (password && looksLikeEnvSecret(password.value)) {
      hits.push({ ...lineColumnAt(text, password.at), message: 'a .netrc login password is committed', secret: password.value });
    }
    login = null;
    password = null;
  };
  const words = [...text.matchAll(/\S+/g)];
  for (let i = 0; i < words.length && i < 200_000; i++) {
    const w = words[i]![0];
    if (w === 'machine' || w === 'default') { judge(); continue; }
    if (w === 'macdef') {
      // A macro's body runs to the first empty line.
      judge();
      const blank = /\n[ \t]*\r?\n/g;
      blank.lastIndex = words[i]!.index;
      const end = blank.exec(text)?.index ?? text.length;
      while (i + 1 < words.length && words[i + 1]!.index < end) i++;
      continue;
    }
    const next = words[i + 1];
    if ((w === 'login' || w === 'password') && next) {
      const v = { value: next[0], at: next.index };
      if (w === 'login') login = v; else password = v;
      i++;
    }
  }
  judge();
  return hits;
}
/** SQL and shell scripts that create database users (`docker-entrypoint-initdb.d/init.sql`, `init-user-db.sh`). */
const SQL_SCRIPT_FILE = /\.(?:sql|sh|bash)$/i;
/**
 * The literal passwords of database users a SQL or shell script creates or changes (sqlPasswordStatements: `CREATE USER … PASSWORD
 * '…'`, `ALTER ROLE`, MySQL's `IDENTIFIED BY`, `SET PASSWORD`, `GRANT … IDENTIFIED BY`, user mappings, Oracle's database links), judged like `.env` values.
 * A stored verifier (`md5…`, `SCRAM-SHA-256$…`, MySQL's `*` and 40 hex digits) is no password; a default, or one equal to the user
 * name or made from it (`app`, `app_password` for `app`), is default-credentials' finding (passwordFromUserName).
 */
function sqlUserPasswords(text: string, shell = false): Hit[] {
  const hits: Hit[] = [];
  for (const st of sqlPasswordStatements(text, shell)) {
    const value = st.password;
    if ((st.login !== null && passwordFromUserName(value, st.login) !== null) || isSqlPasswordVerifier(value) || !looksLikeEnvSecret(value)) continue;
    hits.push({ ...lineColumnAt(text, st.index), message: `${st.who} is given a hard-coded password`, secret: value });
  }
  return hits;
}
/**
 * Redis passwords (`requirepass`/`masterauth`, `--requirepass …`), read as default-credentials reads them (util/credentials.ts),
 * judged under a password's name: a value that names a setting (`requirepass redis_password`) is a placeholder, that check's.
 */
function redisPasswords(file: string, text: string): Hit[] {
  return readRedisPasswords(file, text).filter((r) => looksLikeEnvSecret(r.value, 'password'))
    .map((r) => ({ line: r.line, column: r.column, message: 'a Redis password (requirepass/masterauth) is committed', secret: r.value }));
}
const NPM_AUTH_RE = /^[ \t]*(?:\/\/[^\s=]*:)?_auth[ \t]*=[ \t]*["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*\r?$/gm;

/**
 * `"auth": "<base64 of user:password>"` entries (`re`'s first group; `what` names the login): a registry
 * login committed (decoded only to tell it from a placeholder).
 */
function registryAuths(text: string, re = REGISTRY_AUTH_RE, what = 'a container registry login (auth', matches: Iterable<RegExpExecArray> = text.matchAll(re), strict = false): Hit[] {
  const hits: Hit[] = [];
  for (const m of matches) {
    const decoded = decodeBase64(m[1]!);
    const sep = decoded?.indexOf(':') ?? -1;
    if (decoded === null || sep < 1) continue;
    const password = decoded.slice(sep + 1);
    if (!password || /[\u0000-\u001f]/.test(decoded) || isExampleValue(password) || isReference(password)) continue;
    if (strict && isDefaultCredential(password)) continue;
    const user = decoded.slice(0, sep);
    hits.push({ ...lineColumnAt(text, m.index + m[0].indexOf(m[1]!)), message: `${what} for ${plainUserName(user, password) ? `user '${user}'` : 'a user not shown'}) is committed`, secret: m[1]! });
  }
  return hits;
}

/** Yarn 1's (classic) `.yarnrc`: `key "value"` lines, white space between them, not `.yarnrc.yml` (Yarn 2+, YAML). */
const YARNRC_FILE = /(?:^|\/)\.yarnrc$/;
/** A `.yarnrc` registry token or password (`"//npm.acme.io/:_authToken" "…"`, `_authToken …`, `_password "…"`); group 2 the key, 4 the value. */
const YARNRC_TOKEN_RE = /^[ \t]*(["']?)((?:\/\/[^\s"']{0,300}:)?(?:_authToken|_password))\1[ \t]+(["']?)([^\s"']{1,500})\3[ \t]*\r?$/dgm;
/** A `.yarnrc` `_auth` (base64 of `user:password`, as `.npmrc`'s); group 1 the value. */
const YARNRC_AUTH_RE = /^[ \t]*["']?(?:\/\/[^\s"']{0,300}:)?_auth["']?[ \t]+["']?([A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*\r?$/gm;
/**
 * The registry credentials of Yarn 1's `.yarnrc`, the same settings as `.npmrc`'s (`_authToken`, `_password`, `_auth`) written
 * `key "value"`, which no assignment rule reads: a token is judged as the `npm config set` value is (a reference, `${NPM_TOKEN}`,
 * and a placeholder pass), `_auth` as `.npmrc`'s (decoded, by its password). Reported at the value.
 */
function yarnrcAuths(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('_auth') && !text.includes('_password')) return hits;
  for (const m of text.matchAll(YARNRC_TOKEN_RE)) {
    const value = m[4]!;
    if (CLIENT_PLACEHOLDER_RE.test(value) || !looksLikeEnvSecret(value, 'token')) continue;
    hits.push({ ...lineColumnAt(text, m.indices![4]![0]), message: `the .yarnrc setting '${m[2]!.replace(/^.*:/, '')}' holds a hard-coded npm registry credential`, secret: value });
  }
  return [...hits, ...registryAuths(text, YARNRC_AUTH_RE, 'an npm registry login (.yarnrc _auth')];
}

/**
 * A Docker auths object by its content, in any file (a `config.json` outside `.docker/`, GitLab's `DOCKER_AUTH_CONFIG` variable
 * in `.gitlab-ci.yml`, a Jenkinsfile, JSON inside a YAML or code string, also with `\"` escapes): the `"auth"` entries of the
 * registries under `"auths"` (TruffleHog's Docker detector). Defaults and placeholders decoded (`user:password`) pass.
 */
const AUTHS_RE = /\\?"auths\\?"\s*:\s*\{/g;
const AUTHS_AUTH_RE = /\\?"auth\\?"\s*:\s*\\?"([A-Za-z0-9+/]{8,}={0,2})\\?"/g;
function registryAuthsByContent(text: string): Hit[] {
  // `auths"` or `auths\"`: looked up by `hs"`/`hs\"`, whose rare first character makes the search ~8× cheaper than `auths`'s.
  if ((!text.includes('hs"') && !text.includes('hs\\"')) || !text.includes('auths')) return [];
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const m of text.matchAll(AUTHS_RE)) {
    // The registries of this `auths` object: up to its closing brace (registry names and base64 hold none), within 8,000 characters.
    let end = m.index + m[0].length;
    for (let depth = 1; end < text.length && end < m.index + 8000 && depth > 0; end++) {
      const c = text.charCodeAt(end);
      if (c === 123 /* { */) depth++;
      else if (c === 125 /* } */) depth--;
    }
    AUTHS_AUTH_RE.lastIndex = Math.max(from, m.index);
    for (let a = AUTHS_AUTH_RE.exec(text); a !== null && a.index < end; a = AUTHS_AUTH_RE.exec(text)) { found.push(a); from = AUTHS_AUTH_RE.lastIndex; }
  }
  return registryAuths(text, AUTHS_AUTH_RE, undefined, found, true);
}

/**
 * Whether a decoded login's user name may be shown: a short plain name, not the password and not a token.
 * Some registries take a token as the user name (DigitalOcean's `auth` is base64 of `token:token`; npm's
 * `_auth` may carry an `npm_…` token): printing it would print the secret.
 */
function plainUserName(user: string, password: string): boolean {
  if (user.length > 24 || user === password || !/^[A-Za-z][\w.@+-]*$/.test(user)) return false;
  TOKEN_RE.lastIndex = 0;
  if (TOKEN_RE.test(user)) return false;
  // Random-looking: long, with digits and both cases.
  return !(user.length >= 16 && /\d/.test(user) && /[a-z]/.test(user) && /[A-Z]/.test(user));
}

/**
 * Secret-named keys of a Helm chart template whose value falls back to a literal (Plausible's
 * `SECRET_KEY_BASE: {{ .Values.secretKeyBase | default "plausible-analytics" | b64enc }}`): every install
 * that sets no value signs with a key anyone can read in the chart. `- name: X` / `value: …` pairs count too.
 */
function helmDefaults(text: string): Hit[] {
  return helmFallbacks(text)
    .filter(({ key, value }) => value.length >= 8 && isSecretName(key) && !isAboutSecretName(key) && !isExampleValue(value) && !isReference(value) && !/\s/.test(value.trim())
      // A weak fallback (`default "postgres"`, `default "changeme"`) is a default credential: default-credentials' finding, not both.
      && !isDefaultCredential(value))
    .map(({ line, column, key, value }) => ({ line, column, message: `'${key}' falls back to a hard-coded value in the chart (\`default\` in the template) when no value is given`, secret: value, template: true }));
}

/**
 * Postman environments and globals (`*.postman_environment.json`, `*.postman_globals.json`, or any JSON export that says
 * `"_postman_variable_scope": "environment"`): unlike collections, which document requests, an environment is where a
 * team keeps the values its requests send: `{ "key": "apiToken", "value": "…", "type": "secret" }`.
 */
const POSTMAN_VARS_FILE = /\.postman_(?:environment|globals)\.json$/i;
const POSTMAN_SCOPE_RE = /"_postman_variable_scope"\s*:\s*"(?:environment|globals)"/;
/** One variable: its `key`, `value` and optionally `type` (Postman writes them in this order), across lines. */
const POSTMAN_VAR_RE = /"key"\s*:\s*"((?:[^"\\\n]|\\.){1,200})"\s*,\s*"value"\s*:\s*"((?:[^"\\\n]|\\.){1,4096})"(?:\s*,\s*"type"\s*:\s*"(\w+)")?/dg;

/**
 * The values of a Postman environment's variables, each judged under its `key` as an assignment of that name would be
 * (`{{other}}` references, placeholders and defaults pass). A variable of type `secret` counts under any name that does
 * not name who or where (`"key": "stripeKey"`), and a URL (`baseUrl`) only when it embeds a password or a provider token.
 */
function postmanVariables(file: string, text: string): Hit[] {
  const hits: Hit[] = [];
  if (!POSTMAN_VARS_FILE.test(file) && !(file.endsWith('.json') && POSTMAN_SCOPE_RE.test(text))) return hits;
  for (const m of text.matchAll(POSTMAN_VAR_RE)) {
    const [, key, raw, type] = m as unknown as [string, string, string, string | undefined];
    let value: string;
    try { value = JSON.parse(`"${raw}"`) as string; } catch { continue; }
    const kind = secretKeyKind(key);
    if (kind === 'skip' || (kind === 'other' && type !== 'secret') || isReference(value)) continue;
    if (kind === 'url' || isUrlWithoutSecret(value.trim()) ? !(embedsPassword(value) || holdsToken(value)) : !looksLikeSecretValue(value)) continue;
    hits.push({ ...lineColumnAt(text, m.indices![2]![0]), message: `the Postman variable '${key}' holds a hard-coded secret value`, secret: value });
  }
  return hits;
}

/**
 * A variable written as a key/value entry of a YAML or JSON deploy file: a mapping whose name-ish key names it and whose
 * `value` holds it — render.yaml `envVars: [{key: JWT_SECRET, value: …}]`, a DigitalOcean app spec's `envs`, an ECS task
 * definition's `environment: [{"name": …, "value": …}]` (CloudFormation's `Name`/`Value`), Kubernetes env — or a map of
 * objects keyed by the name with a `value` (Heroku app.json `"env": {"SECRET_KEY": {"value": "…"}}`, an ARM parameters file).
 * Judged as an assignment of that name, at the value. `generateValue`, `fromDatabase`, `valueFrom`, `sync: false` and
 * Heroku's `generator` hold no literal; OpenAPI `examples` are illustrations.
 */
const ENTRY_NAME_KEYS = ['key', 'name', 'Name', 'variable'] as const;
const ENTRY_VALUE_KEYS = ['value', 'Value'] as const;
const ENTRY_VALUE_RE = /(?:^|[\s{,])["']?[Vv]alue["']?[ \t]*:/m;
const ENTRY_FILE_RE = /\.(?:json|ya?ml)$/i;
/** Bounds: file size read, nodes visited. */
const ENTRY_MAX_TEXT = 512 * 1024;
const ENTRY_MAX_NODES = 50_000;

/** `yaml`: the file's parse, shared with {@link apiDescription} (each parses it only when its own tests pass). */
function keyValueEntries(file: string, text: string, yaml: () => YamlFile): Hit[] {
  const hits: Hit[] = [];
  if (!ENTRY_FILE_RE.test(file) || text.length > ENTRY_MAX_TEXT || !ENTRY_VALUE_RE.test(text) || !SECRET_HINT.test(text)) return hits;
  const y = yaml();
  // A file that does not parse (a missing comma, a mis-indented line) still leaks what it holds: its entries are read
  // line by line, so a syntax error elsewhere does not turn a committed password into a passing gate.
  if (y.errors.length) return looseEntries(file, text);
  let nodes = 0;
  const judge = (doc: (typeof y.docs)[number], name: string, value: unknown, path: YamlPath) => {
    if (typeof value !== 'string' || !isSecretName(name) || !looksLikeSecretValue(value, 12, name) || (isYamlFile(file) && isEscapedHash(value))) return;
    const at = doc.loc(path);
    if (at) hits.push({ line: at.line, column: at.column, message: `'${name}' is assigned a hard-coded secret value`, secret: value });
  };
  const walk = (doc: (typeof y.docs)[number], v: unknown, path: YamlPath) => {
    if (++nodes > ENTRY_MAX_NODES) return;
    if (Array.isArray(v)) { v.forEach((x, i) => walk(doc, x, [...path, i])); return; }
    if (!isObject(v)) return;
    const valueKey = ENTRY_VALUE_KEYS.find((k) => typeof v[k] === 'string');
    const nameKey = valueKey && ENTRY_NAME_KEYS.find((k) => typeof v[k] === 'string');
    if (valueKey && nameKey) judge(doc, v[nameKey] as string, v[valueKey], [...path, valueKey]);
    for (const [k, x] of Object.entries(v)) {
      if (k === 'examples' || k === 'example') continue;
      // `NAME: {value: …}`: an env map of objects.
      if (isObject(x) && !ENTRY_NAME_KEYS.some((n) => typeof x[n] === 'string')) {
        const vk = ENTRY_VALUE_KEYS.find((n) => typeof x[n] === 'string');
        if (vk) judge(doc, k, x[vk], [...path, k, vk]);
      }
      walk(doc, x, [...path, k]);
    }
  };
  for (const doc of y.docs) walk(doc, doc.value, []);
  return hits;
}

/** A one-line entry object: `{"name": "DB_PASSWORD", "value": "…"}`, `{key: JWT_SECRET, value: '…'}` (either order). */
const LOOSE_ENTRY_RE = /(?<![\w-])["']?(?:key|name|Name|variable)["']?[ \t]*:[ \t]*(["']?)([A-Za-z_][\w.-]{0,100})\1[ \t]*,[ \t]*["']?(?:value|Value)["']?[ \t]*:[ \t]*(["'])((?:(?!\3)[^\\\n]|\\.){1,1000})\3|(?<![\w-])["']?(?:value|Value)["']?[ \t]*:[ \t]*(["'])((?:(?!\5)[^\\\n]|\\.){1,1000})\5[ \t]*,[ \t]*["']?(?:key|name|Name|variable)["']?[ \t]*:[ \t]*(["']?)([A-Za-z_][\w.-]{0,100})\7(?=[ \t]*[,}])/dg;
/** A block entry's name line (`- name: API_SECRET`) and its value line (`value: "…"`), YAML. */
const LOOSE_NAME_LINE_RE = /^([ \t]*(?:-[ \t]+)?)(?:key|name|Name|variable)[ \t]*:[ \t]*(["']?)([A-Za-z_][\w.-]{0,100})\2[ \t]*(?:#.*)?$/;
const LOOSE_VALUE_LINE_RE = /^([ \t]*)(?:value|Value)[ \t]*:[ \t]*(?:(["'])((?:(?!\2)[^\\]|\\.){1,1000})\2|([^\s"'#|>&*!{[][^#]{0,999}?))[ \t]*(?:#.*)?$/;

/**
 * The key/value entries of a YAML or JSON file that does not parse, read line by line: one-line entry objects and block
 * entries whose `value:` key sits within three lines after the `name:` key, in the same column. What {@link keyValueEntries}
 * finds in a file that parses, judged alike (names, values); bounded by the text's size (ENTRY_MAX_TEXT).
 */
function looseEntries(file: string, text: string): Hit[] {
  const hits: Hit[] = [];
  // An API description's entries are its examples (skipped in a file that parses too).
  if (OPENAPI_RE.test(text)) return hits;
  // A quoted value is judged unescaped (`\"` in JSON), as a file that parses gives it; located at its opening quote.
  const judge = (name: string, raw: string, quote: string | undefined, at: { line: number; column: number }) => {
    const value = quote ? unescapeQuoted(raw, quote).text : raw;
    if (!isSecretName(name) || !looksLikeSecretValue(value, 12, name) || isReference(value) || (isYamlFile(file) && isEscapedHash(value))) return;
    hits.push({ ...at, message: `'${name}' is assigned a hard-coded secret value`, secret: value });
  };
  for (const m of text.matchAll(LOOSE_ENTRY_RE)) {
    // At the value's opening quote, as for a file that parses (the YAML node starts there).
    if (m[2] !== undefined) judge(m[2], m[4]!, m[3], lineColumnAt(text, m.indices![3]![0]));
    else judge(m[8]!, m[6]!, m[5], lineColumnAt(text, m.indices![5]![0]));
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const n = LOOSE_NAME_LINE_RE.exec(lines[i]!.replace(/\r$/, ''));
    if (!n) continue;
    const column = n[1]!.length;
    for (let k = i + 1; k <= i + 3 && k < lines.length; k++) {
      const line = lines[k]!.replace(/\r$/, '');
      const v = LOOSE_VALUE_LINE_RE.exec(line);
      if (v && v[1]!.length === column) {
        const value = v[3] ?? v[4]!;
        judge(n[3]!, value, v[2], { line: k + 1, column: line.indexOf(value, v[1]!.length + 5) + (v[3] !== undefined ? 0 : 1) });
        break;
      }
      // Another entry, or a line outside this one (less indented): the name had no value.
      if (/^[ \t]*-[ \t]/.test(line) || (line.trim() && line.length - line.trimStart().length < column)) break;
    }
  }
  return hits;
}

/**
 * A signed JSON Web Token written out (gitleaks' `jwt` rule, TruffleHog's JWT detector): three base64url parts, the header
 * `{"alg": …}` (not `none`) and a JSON payload. A bearer credential for whoever holds it, whatever name it is passed under:
 * `createClient(url, 'eyJ…')` with a Supabase service_role key, Kong's `- key: eyJ…`, `const SERVICE_JWT = 'eyJ…'`.
 */
const JWT_RE = /(?<![A-Za-z0-9_.\/+-])(eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])/g;
/** An example in an API description (OpenAPI/JSON Schema `example:`/`examples:`, `x-example`): the key just before the token. */
const EXAMPLE_KEY_BEFORE_RE = /(?:^|[\s{,])["']?(?:x-)?examples?["']?\s*:\s*["']?$/;
/** An OpenAPI or Swagger description, by a key at a line's start: an API's documentation, whose tokens are illustrations. */
// With its version (`openapi: 3.0.3`, `swagger: "2.0"`, swagger-jsdoc's `openapi: '3.0.0'` in code): a NestJS/Fastify option
// object `openapi: { … }` or `swagger: true` is no description, and must not switch the JWT rule off for its file.
const OPENAPI_RE = /^\s*["']?(?:openapi|swagger)["']?\s*:\s*["']?\d/m;
/** The key anywhere in the text (a one-line `openapi.json` dump): the file is then parsed to see whether it is the document's. */
const OPENAPI_KEY_RE = /(?:^|[\s{,])["']?(?:openapi|swagger)["']?\s*:/;
/** The keys whose subtree is an illustration in an API description (OpenAPI's `example`/`examples`, `x-example(s)`). */
const API_EXAMPLE_KEYS = new Set(['example', 'examples', 'x-example', 'x-examples']);

/** An API description: whether a position lies inside an example (`example:`, `examples:`, `x-examples:`) subtree. */
interface ApiDescription { inExample(line: number, column: number): boolean }
const NO_EXAMPLES: ApiDescription = { inExample: () => false };

/**
 * Whether a file is an OpenAPI or Swagger description, by content: a line that starts with the `openapi`/`swagger` key, or
 * (a JSON or YAML file of any layout, FastAPI's one-line `openapi.json` dump) a parsed document whose top level has that
 * key. For a parsed document, also where its examples are: every key and value position, marked when it lies in an
 * example subtree (a schema property named `example` is no example); a position belongs to the nearest one at or before it.
 */
function apiDescription(file: string, text: string, yaml: () => YamlFile): ApiDescription | null {
  const byLine = OPENAPI_RE.test(text.slice(0, 2000));
  if (!ENTRY_FILE_RE.test(file) || text.length > ENTRY_MAX_TEXT || !OPENAPI_KEY_RE.test(text)) return byLine ? NO_EXAMPLES : null;
  const y = yaml();
  const doc = y.errors.length ? undefined : y.docs.find((d) => isObject(d.value) && ('openapi' in d.value || 'swagger' in d.value));
  if (!doc) return byLine ? NO_EXAMPLES : null;
  if (!/example/.test(text)) return NO_EXAMPLES;
  const marks: { line: number; column: number; example: boolean }[] = [];
  let nodes = 0;
  const mark = (path: YamlPath, key: boolean, example: boolean) => {
    const at = doc.loc(path, key);
    if (at) marks.push({ ...at, example });
  };
  const walk = (v: unknown, path: YamlPath, example: boolean) => {
    if (++nodes > ENTRY_MAX_NODES) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => { mark([...path, i], false, example); walk(x, [...path, i], example); });
    } else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) {
        const inside = example || (API_EXAMPLE_KEYS.has(k) && path[path.length - 1] !== 'properties');
        mark([...path, k], true, inside);
        mark([...path, k], false, inside);
        walk(x, [...path, k], inside);
      }
    }
  };
  walk(doc.value, [], false);
  if (!marks.some((m) => m.example)) return NO_EXAMPLES;
  marks.sort((a, b) => a.line - b.line || a.column - b.column);
  return {
    inExample(line, column) {
      let lo = 0;
      let hi = marks.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const m = marks[mid]!;
        if (m.line < line || (m.line === line && m.column <= column)) { found = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return found >= 0 && marks[found]!.example;
    },
  };
}

/**
 * The signed JWTs of a file the assignment rules read (not templates, docs, tests or API descriptions). Passing what
 * {@link liveJwtClaims} finds harmless (unsigned, a Supabase anon key, expired, jwt.io's sample, a filler signature; the
 * value rules judge a JWT the same way) and examples in API descriptions. The same token under a secret-named key is the
 * assignment rule's finding (one per line).
 */
/** Where a JWT's payload starts (`.eyJ`), found by its rare `J` (`includes` stops at every `.`). */
const JWT_DOT = { word: '.eyJ', anchor: 'J' };
function jwtTokens(text: string, now = Date.now()): Hit[] {
  const hits: Hit[] = [];
  if (!containsWord(text, JWT_DOT)) return hits;
  for (const m of text.matchAll(JWT_RE)) {
    const [header, payload, signature] = m[1]!.split('.') as [string, string, string];
    const claims = liveJwtClaims(header, payload, signature, now);
    if (!claims) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (EXAMPLE_KEY_BEFORE_RE.test(text.slice(lineStart, m.index))) continue;
    const role = typeof claims['role'] === 'string' && /^[A-Za-z][\w-]{0,30}$/.test(claims['role']) ? `, role '${claims['role']}'` : '';
    hits.push({ ...lineColumnAt(text, m.index), message: `a signed JSON Web Token (eyJ…${role}) is committed in plain text: it authenticates whoever holds it until it expires`, secret: m[1]! });
  }
  return hits;
}

/**
 * OpenVPN's static key (`openvpn --genkey`: `ta.key`, or inline in a profile's `<tls-auth>`/`<tls-crypt>`): 2048 bits in hex,
 * a shared secret that authenticates (tls-auth) or encrypts (tls-crypt) the control channel and every client shares.
 */
const OPENVPN_KEY_RE = /-----BEGIN OpenVPN Static key V[12]-----\r?\n([\s\S]{0,4000}?)-----END OpenVPN Static key V[12]-----/g;
function openVpnKeys(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('OpenVPN Static key')) return hits;
  for (const m of text.matchAll(OPENVPN_KEY_RE)) {
    const body = m[1]!.replace(/\s/g, '');
    if (!/^[0-9a-fA-F]{256,}$/.test(body) || isFillerKeyBody(body) || /^(?:0+|f+)$/i.test(body)) continue;
    hits.push({ ...lineColumnAt(text, m.index), message: 'an OpenVPN static key (tls-auth/tls-crypt) is committed in plain text', secret: body });
  }
  return hits;
}

/**
 * A JSON Web Key's type (RFC 7517: `"kty": "RSA"`, `"EC"`, `"OKP"` for Ed25519/X25519), its name and value quoted as JSON
 * writes them, also `\"`-escaped JSON inside a string and a JavaScript object literal (`{ kty: 'OKP', … }`).
 */
const JWK_KTY_RE = /(?<![\w$-])\\?["']?kty\\?["']?\s*:\s*\\?["'](RSA|EC|OKP)\\?["']/g;
/** A JWK's private member `d` (RSA's private exponent, EC's and OKP's private key), base64url: 32+ characters (P-256 and Ed25519's are 43). */
const JWK_PRIVATE_RE = /(?<![\w$-])\\?["']?d\\?["']?\s*:\s*\\?["']([A-Za-z0-9_-]{32,})\\?["']/;
/**
 * Private JSON Web Keys (RFC 7517/7518/8037): an object with a `kty` of `RSA`, `EC` or `OKP` and the private member `d`, alone
 * (`signing-jwk.json`) or in a key set (`{"keys": [...]}`, `jwks-private.json`); a private key as a PEM block is, searched wherever
 * those are, reported at `d`. A public key or set (`n`/`e`, `x`/`y`, no `d`: what a JWKS endpoint serves) passes.
 */
function jwkPrivateKeys(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('kty')) return hits;
  for (const m of text.matchAll(JWK_KTY_RE)) {
    const start = text.lastIndexOf('{', m.index);
    const end = jsonObjectEnd(text, m.index + m[0].length);
    if (start < 0 || end < 0 || end - start > 20_000 || text.slice(start + 1, m.index).includes('}')) continue;
    const d = JWK_PRIVATE_RE.exec(text.slice(start, end));
    if (!d || isFillerKeyBody(d[1]!)) continue;
    hits.push({ ...lineColumnAt(text, start + d.index + d[0].lastIndexOf(d[1]!)), message: `a private JSON Web Key (${m[1]}, its "d") is committed in plain text`, secret: d[1]! });
  }
  return hits;
}
/** Where the object around `from` closes (the offset of its `}`), skipping nested objects and double-quoted strings; -1 when it does not. */
function jsonObjectEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from, n = Math.min(text.length, from + 20_000); i < n; i++) {
    const c = text[i];
    if (c === '"') { i = text.indexOf('"', i + 1); if (i < 0) return -1; }
    else if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) return i;
  }
  return -1;
}

/** A piece of a value that spans lines and where it stands in the file. */
interface ValuePiece { text: string; at: number }
/**
 * Scans an assignment the line scan cannot see whole, as the one line `key=value` it is ({@link scanText}, the same rules
 * and exclusions as any line of that file), each hit placed where its text stands in the file: the value's pieces (its
 * lines after a continuation) at their offsets, anything before the value at the key.
 */
function logicalAssignmentHits(text: string, mode: ScanMode, key: string, keyAt: number, pieces: readonly ValuePiece[]): Hit[] {
  const value = pieces.map((p) => p.text).join('');
  if (!value || value.length > LONG_LINE || !isSecretName(key)) return [];
  const offsets: number[] = [];
  for (const p of pieces) for (let i = 0; i < p.text.length; i++) offsets.push(p.at + i);
  const line = `${key}=${value}`;
  return scanText(line, { ...mode, generic: true }).map((h) => {
    const i = h.column - 2 - key.length;
    return { ...h, ...lineColumnAt(text, i >= 0 ? offsets[i]! : keyAt) };
  });
}

const PROPERTIES_FILE_RE = /\.properties$/i;
/**
 * The entries of a `.properties` file (java.util.Properties' reading) that the line scan cannot read as `key=value`: a key
 * and value separated by white space alone (`spring.mail.password s3cr3t…`) and a value continued on the next lines by a
 * `\` at a line's end (`app.jwt.secret=\` then the value, indented: the next line's leading white space is dropped). `#` and
 * `!` lines are comments. An entry on one line with `=` or `:` is the line scan's.
 */
function propertiesEntries(text: string, mode: ScanMode): Hit[] {
  const hits: Hit[] = [];
  const lines = text.split('\n');
  let at = 0;
  for (let n = 0; n < lines.length; ) {
    const start = at;
    const first = lines[n]!.replace(/\r$/, '');
    at += lines[n]!.length + 1;
    n++;
    const lead = first.length - first.trimStart().length;
    if (!first.trim() || /^[#!]/.test(first.trimStart())) continue;
    // The key runs to the first unescaped `=`, `:` or white space.
    const m = /^((?:[^\s=:\\]|\\.)+)([ \t\f]*[=:]?[ \t\f]*)/.exec(first.slice(lead));
    if (!m) continue;
    const pieces: ValuePiece[] = [];
    let piece = first.slice(lead + m[0].length);
    let pieceAt = start + lead + m[0].length;
    let continued = false;
    // A line continues on the next when it ends in an odd number of `\`.
    while (/(?:^|[^\\])(?:\\\\)*\\$/.test(piece) && n < lines.length) {
      pieces.push({ text: piece.slice(0, -1), at: pieceAt });
      const next = lines[n]!.replace(/\r$/, '');
      const indent = next.length - next.trimStart().length;
      piece = next.slice(indent);
      pieceAt = at + indent;
      at += lines[n]!.length + 1;
      n++;
      continued = true;
    }
    pieces.push({ text: piece.trimEnd(), at: pieceAt });
    if (!continued && /[=:]/.test(m[2]!)) continue;
    const key = m[1]!.replace(/\\(.)/g, '$1');
    hits.push(...logicalAssignmentHits(text, mode, key, start + lead, pieces));
  }
  return hits;
}

const TOML_FILE_RE = /\.toml$/i;
/** A TOML key and a multi-line string after it, basic (`"""…"""`) or literal (`'''…'''`): group 1 the key (bare, quoted or dotted), 2 the quotes, 3 the text. */
const TOML_MULTILINE_RE = /^[ \t]*((?:[A-Za-z0-9_-]+|"[^"\n]{1,100}"|'[^'\n]{1,100}')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\n]{1,100}"|'[^'\n]{1,100}'))*)[ \t]*=[ \t]*("""|''')([\s\S]{0,4000}?)\2(?!["'])/gm;
/**
 * TOML multi-line strings under a key (`session_secret = """…"""`, also over several lines): the string's text (a newline
 * right after the opening quotes dropped, as TOML does, and in a basic string a `\` at a line's end with the white space after
 * it) judged as the key's value, when it is one line of text; a multi-line value (a PEM block, a script) is not one secret here.
 */
function tomlMultilineStrings(text: string, mode: ScanMode): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('""' + '"') && !text.includes("''" + "'")) return hits;
  for (const m of text.matchAll(TOML_MULTILINE_RE)) {
    const rawKey = m[1]!;
    const key = rawKey.split('.').at(-1)!.trim().replace(/^(["'])(.*)\1$/, '$2');
    let body = m[3]!;
    let at = m.index + m[0].length - 3 - body.length;
    const newline = /^\r?\n/.exec(body)?.[0] ?? '';
    body = body.slice(newline.length);
    at += newline.length;
    const pieces: ValuePiece[] = [];
    const re = m[2] === '"""' ? /\\[ \t]*\r?\n\s*/g : /(?!)/g;
    let from = 0;
    for (const cut of body.matchAll(re)) {
      pieces.push({ text: body.slice(from, cut.index), at: at + from });
      from = cut.index + cut[0].length;
    }
    pieces.push({ text: body.slice(from), at: at + from });
    // Judged trimmed, on one line: a value with white space around it is still that value.
    const first = pieces.findIndex((p) => p.text.trim());
    if (first < 0) continue;
    const lead = pieces[first]!.text.length - pieces[first]!.text.trimStart().length;
    pieces[first] = { text: pieces[first]!.text.slice(lead), at: pieces[first]!.at + lead };
    const last = pieces.length - 1;
    pieces[last] = { ...pieces[last]!, text: pieces[last]!.text.trimEnd() };
    if (pieces.some((p) => /[\r\n]/.test(p.text))) continue;
    hits.push(...logicalAssignmentHits(text, mode, key, m.index + m[0].indexOf(rawKey), pieces.slice(first)));
  }
  return hits;
}

/** PostgreSQL's password file (`~/.pgpass`, Windows' `pgpass.conf`): `hostname:port:database:username:password` lines, `\:` escaped. */
const PGPASS_FILE = /(?:^|\/)(?:\.pgpass|pgpass\.conf)$/;
const PGPASS_LINE_RE = /^((?:[^:\\\n#]|\\.)*:(?:[^:\\\n]|\\.)*:(?:[^:\\\n]|\\.)*:(?:[^:\\\n]|\\.)*:)([^\r\n]+)$/gm;
/** The passwords of a `.pgpass`, judged like `.env` values (`*`, placeholders, references and defaults pass). */
function pgpassPasswords(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(PGPASS_LINE_RE)) {
    const value = m[2]!.replace(/\\(.)/g, '$1').trim();
    if (!looksLikeEnvSecret(value)) continue;
    hits.push({ ...lineColumnAt(text, m.index + m[1]!.length), message: 'a .pgpass password is committed', secret: m[2]! });
  }
  return hits;
}

/**
 * An Azure shared access signature (a blob/queue/file URL or a connection string's `SharedAccessSignature=`): `sv=<version>`,
 * the permissions `sp=`, the expiry `se=` and `sig=`, the HMAC-SHA256 that makes it a bearer credential (TruffleHog's
 * Azure SAS detector). Reported at `sig=` while it is valid: a past `se=` grants nothing.
 */
const SAS_SIG_RE = /(?<=[?&;])sig=([A-Za-z0-9%+/]{40,100}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])/g;
/** The characters of a URL or connection string around a `sig=` (its other parameters may come before or after it). */
const URL_CHAR = /[^\s"'`<>]/;
function azureSasSignatures(text: string, now = Date.now()): Hit[] {
  const hits: Hit[] = [];
  // Every SAS names its service version (`sv=2022-11-02`): `v=20` is a far cheaper search than `sig=` (a rarer first character).
  if (!text.includes('v=20') || !text.includes('sig=')) return hits;
  for (const m of text.matchAll(SAS_SIG_RE)) {
    const sig = m[1]!;
    let from = m.index;
    while (from > 0 && m.index - from < 2000 && URL_CHAR.test(text[from - 1]!)) from--;
    let to = m.index + m[0].length;
    while (to < text.length && to - m.index < 2000 && URL_CHAR.test(text[to]!)) to++;
    const query = text.slice(from, to);
    if (!/(?:[?&;]|SharedAccessSignature=)sv=\d{4}-\d{2}-\d{2}(?:&|;|$)/.test(query)) continue;
    let decoded: string;
    try { decoded = decodeURIComponent(sig); } catch { continue; }
    if (!/^[A-Za-z0-9+/]{43}=$/.test(decoded) || isFillerKeyBody(decoded)) continue;
    if (!/[?&;]sp=/.test(query) && !/[?&;]se=/.test(query)) continue;
    const expiry = /[?&;]se=([^&;\s]+)/.exec(query)?.[1];
    let when = NaN;
    try { when = expiry ? Date.parse(decodeURIComponent(expiry)) : NaN; } catch { /* kept */ }
    if (!Number.isNaN(when) && when < now) continue;
    hits.push({ ...lineColumnAt(text, m.index + 4), message: 'an Azure shared access signature (sig=) is committed: the URL grants its permissions to anyone until it expires', secret: sig });
  }
  return hits;
}

/**
 * Rails' `config/secrets.yml` (Rails 4.1–5.1, which `rails new` wrote with generated development and test keys): its `test:`
 * section is test-environment configuration, as `config/environments/test.rb` is. The line ranges of a section (a top-level
 * `test:` key, to the next top-level key): in `test:` only what a test file is searched for counts.
 */
const RAILS_SECRETS_RE = /(?:^|\/)config\/secrets\.ya?ml$/;
function railsSections(file: string, text: string, section: 'test' | 'development'): Array<[number, number]> {
  if (!RAILS_SECRETS_RE.test(file)) return [];
  const lines = text.split('\n');
  const out: Array<[number, number]> = [];
  const head = new RegExp(String.raw`^["']?${section}["']?[ \t]*:(?:[ \t]*(?:&[\w-]+)?[ \t]*(?:#.*)?)?\r?$`);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const l = i < lines.length ? lines[i]! : 'end:';
    if (!/^[^\s#]/.test(l)) continue;
    if (start) { out.push([start, i]); start = 0; }
    if (head.test(l)) start = i + 1;
  }
  return out;
}

/** Phoenix's development configuration (an umbrella app's too), where `mix phx.new` writes the endpoint's `secret_key_base`. */
const PHOENIX_DEV_CONFIG_RE = /(?:^|\/)config\/dev\.exs$/;
/** A line that sets `secret_key_base` and nothing else: Elixir's `secret_key_base: "…",`, YAML's `secret_key_base: …`. */
const SECRET_KEY_BASE_LINE_RE = /^[ \t]*secret_key_base:[ \t]*(["']?)([^\s"',#]+)\1[ \t]*,?[ \t]*(?:#.*)?\r?$/;
/** Symfony's per-environment dotenv files for development and tests, where the framework-bundle recipe (7.2+) writes `APP_SECRET`. */
const SYMFONY_DEV_ENV_RE = /(?:^|\/)\.env\.(?:dev|test)$/;
/** A dotenv line that sets `APP_SECRET` and nothing else (quoted or not, a ` #comment` after it). */
const SYMFONY_APP_SECRET_LINE_RE = /^[ \t]*(?:export[ \t]+)?APP_SECRET[ \t]*=[ \t]*(["']?)([^\s"'#]+)\1[ \t]*(?:#.*)?\r?$/;
/**
 * A framework's generated development key, for a hit of the file scan: the `secret_key_base` that `mix phx.new` writes into
 * Phoenix's `config/dev.exs` and `rails new` (4.1–5.1) into the `development:` section of `config/secrets.yml`, and the
 * `APP_SECRET` Symfony's framework-bundle recipe (7.2+, `%generate(secret)%`) writes into a Symfony app's committed `.env.dev`
 * (`.env.test`). Only the local development server (`mix phx.server`, `rails server`, `symfony serve` in the dev environment)
 * signs its cookies with it, as Django's `django-insecure-` key: a note, not a leak. The note's message, or null for any other
 * hit (a provider token's format stays a leak in a development file too; `.env`, `.env.prod`, `.env.local` keep failing).
 */
function frameworkDevKey(snapshot: SnapshotView, file: string, h: Hit): string | null {
  const phoenix = PHOENIX_DEV_CONFIG_RE.test(file);
  const symfony = SYMFONY_DEV_ENV_RE.test(file);
  if (!phoenix && !symfony && !RAILS_SECRETS_RE.test(file)) return null;
  const line = snapshot.lines(file)?.[h.line - 1];
  const m = line === undefined ? null : (symfony ? SYMFONY_APP_SECRET_LINE_RE : SECRET_KEY_BASE_LINE_RE).exec(line);
  if (!m || m[2] !== h.secret || holdsToken(h.secret)) return null;
  if (symfony) {
    // Only in a Symfony app whose root holds the file (its composer.json, or bin/console beside config/bundles.php).
    const root = file.slice(0, file.lastIndexOf('/') + 1);
    if (!isSymfony({ files: snapshot.files.filter((f) => f.startsWith(root)), text: (f) => snapshot.text(f) })) return null;
    return `Symfony's development APP_SECRET (${file.slice(root.length)}, written by the symfony/framework-bundle recipe): only the ${file.endsWith('.test') ? 'test' : 'dev'} environment signs with it, no production secret, but keep production's out of git (set APP_SECRET in the server's environment, or with bin/console secrets:set --env=prod)`;
  }
  if (!phoenix && !railsSections(file, snapshot.text(file) ?? '', 'development').some(([from, to]) => h.line > from && h.line <= to)) return null;
  // A development section another section merges (`development: &default` … `production:` / `<<: *default`) gives production
  // its key too: no development-only key.
  if (!phoenix) {
    const text = snapshot.text(file) ?? '';
    const anchor = /^development:[ \t]*&([^\s#]+)/m.exec(text);
    if (anchor && text.includes(`*${anchor[1]}`)) return null;
  }
  return phoenix
    ? "Phoenix's development secret_key_base (config/dev.exs, written by mix phx.new): only the local dev server (mix phx.server) signs its cookies with it, no production secret, but keep production's out of git (config/runtime.exs reads SECRET_KEY_BASE from the environment)"
    : "Rails' development secret_key_base (the development: section of config/secrets.yml, written by rails new): only the local development server signs its cookies with it, no production secret, but keep production's out of git (production: secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>)";
}

/** Django's development settings modules (`config/settings/local.py`, cookiecutter-django's; `settings/dev.py`, `settings/development.py`). */
const DJANGO_DEV_SETTINGS_RE = /(?:^|\/)settings\/(?:local|dev|devel|develop|development)\.py$/;
/**
 * Django's `SECRET_KEY` set to a literal or falling back to one (`SECRET_KEY = env("DJANGO_SECRET_KEY", default="…")`, as
 * cookiecutter-django writes it, also over several lines; django-environ's `env.str`, python-decouple's `config`,
 * `os.environ.get`, `os.getenv`): group 2 the literal.
 */
const DJANGO_SECRET_KEY_RE = /^SECRET_KEY[ \t]*=[ \t]*(?:(?:env(?:\.str)?|config|os\.environ\.get|os\.getenv)\(\s*["'][A-Za-z_][\w]{0,100}["']\s*,\s*(?:default\s*=\s*)?)?(["'])([^"'\\\n]{1,500})\1/gm;
/** Where Django is a project's framework: its `manage.py`, or a requirements file or package manifest that names it. */
const DJANGO_MANIFEST_RE = /(?:^|\/)(?:requirements[^/]*\.(?:txt|in)|requirements\/[^/]+\.(?:txt|in)|pyproject\.toml|Pipfile|setup\.cfg|setup\.py)$/;
/** Whether `file` is in a Django project: a `manage.py` or a manifest naming Django in its folder or a folder above it (not in another service's). */
function inDjangoProject(snapshot: SnapshotView, file: string): boolean {
  return snapshot.files.some((f) => (basename(f) === 'manage.py' || DJANGO_MANIFEST_RE.test(f)) && file.startsWith(f.slice(0, f.lastIndexOf('/') + 1)) && /\bdjango\b/i.test(snapshot.text(f) ?? ''));
}
/**
 * Django's development `SECRET_KEY`, for a hit of the file scan: the key a development settings module sets or falls back to
 * (`config/settings/local.py`, where cookiecutter-django writes `SECRET_KEY = env("DJANGO_SECRET_KEY", default="<64 random
 * characters>")`; test settings modules are test files, never searched for it). Only `runserver` signs with it, as the
 * framework dev keys of {@link frameworkDevKey}: a note, in a Django project whose other settings modules do not load it
 * (`from .local import *`). A provider token's format stays a leak; `production.py`, `base.py` and `settings.py` keep failing.
 */
function djangoDevKey(snapshot: SnapshotView, file: string, h: Hit): string | null {
  if (!DJANGO_DEV_SETTINGS_RE.test(file) || holdsToken(h.secret)) return null;
  const text = snapshot.text(file) ?? '';
  if (!text.includes('SECRET_KEY')) return null;
  const set = [...text.matchAll(DJANGO_SECRET_KEY_RE)].some((m) => m[2] === h.secret && lineColumnAt(text, m.index + m[0].length - 1 - m[2]!.length).line === h.line);
  if (!set || !inDjangoProject(snapshot, file)) return null;
  // The module production runs (DJANGO_SETTINGS_MODULE of a deploy config, a served module's setdefault) is no development one.
  if (productionSettingsModules(snapshot).some((m) => m.file === file)) return null;
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const module = basename(file).slice(0, -3);
  const loads = new RegExp(String.raw`^\s*from\s+(?:\.|[\w.]*\.)${module}\s+import\b`, 'm');
  if (snapshot.files.some((f) => f !== file && f.startsWith(dir) && f.endsWith('.py') && !f.slice(dir.length).includes('/') && loads.test(snapshot.text(f) ?? ''))) return null;
  return `Django's development SECRET_KEY (${file}, a development settings module, as cookiecutter-django's local.py): only the local development server (runserver) signs with it, no production secret, but keep production's out of git (read DJANGO_SECRET_KEY from the environment, with no default, in the production settings module)`;
}

/**
 * A GitHub Actions job's service container's environment (`jobs.<id>.services.<name>.env`), where a test job sets the password
 * of the throwaway database the runner starts for it (`services: postgres: env: POSTGRES_PASSWORD: …`): the container exists
 * only for the job, reachable at `localhost` (whose URL passwords pass), so a random password there is a note. Its image's
 * `credentials` (a private registry's login) and the job's own `env:` (a deploy's credentials) stay judged; so does a provider token.
 */
function ciServicePassword(snapshot: SnapshotView, file: string, h: Hit, sites: Map<string, Map<number, string>>): string | null {
  if (!isWorkflowFile(file) || !isYamlFile(file) || holdsToken(h.secret)) return null;
  let lines = sites.get(file);
  if (!lines) {
    lines = new Map();
    sites.set(file, lines);
    const doc = snapshot.yaml(file)?.docs[0];
    const jobs = doc && isObject(doc.value) && isObject(doc.value['jobs']) ? doc.value['jobs'] : null;
    for (const [job, spec] of jobs ? Object.entries(jobs) : []) {
      const services = isObject(spec) && isObject(spec['services']) ? spec['services'] : null;
      for (const [name, service] of services ? Object.entries(services) : []) {
        const env = isObject(service) && isObject(service['env']) ? service['env'] : null;
        for (const [key, value] of env ? Object.entries(env) : []) {
          const at = typeof value === 'string' ? doc!.loc(['jobs', job, 'services', name, 'env', key]) : null;
          if (at) lines.set(at.line, `${value}\0jobs.${job}.services.${name}.env.${key}`);
        }
      }
    }
  }
  const site = lines.get(h.line);
  if (!site) return null;
  const [value, path] = site.split('\0') as [string, string];
  if (!value.includes(h.secret)) return null;
  return `a CI service container's secret (${path}): the container is started on the runner for this job only and reached at localhost, no deployed secret; still, keep real credentials in the repository's secrets (\${{ secrets.… }})`;
}

/** Rails' `config/master.key` and per-environment `config/credentials/<env>.key`: 32 hex digits that decrypt the committed credentials. */
const RAILS_KEY_RE = /(?:^|\/)config\/(?:master\.key|credentials\/[^/]+\.key)$/;
function railsKey(file: string, text: string): Hit | null {
  if (!RAILS_KEY_RE.test(file)) return null;
  const value = text.trim();
  if (!/^[0-9a-f]{32}$/.test(value)) return null;
  return { line: 1, column: text.indexOf(value) + 1, message: `the Rails key ${basename(file)} is committed: it decrypts ${RAILS_CREDENTIALS}`, secret: value };
}
/** Where a Rails key's message names the credentials it opens: worded in `run`, which knows whether that file is committed. */
const RAILS_CREDENTIALS = '\u0000credentials';
/** The credentials file a Rails key decrypts: `config/master.key` → `config/credentials.yml.enc`, `config/credentials/production.key` → `config/credentials/production.yml.enc`. */
const railsCredentials = (key: string): string => (key.endsWith('/master.key') ? key.replace(/master\.key$/, 'credentials.yml.enc') : key.replace(/\.key$/, '.yml.enc'));
/** A Rails key's message by what the repository holds: the credentials it decrypts committed beside it, or not here. */
function railsKeyMessage(snapshot: SnapshotView, file: string, message: string): string {
  if (!message.endsWith(RAILS_CREDENTIALS)) return message;
  const enc = railsCredentials(file);
  return message.slice(0, -RAILS_CREDENTIALS.length) + (snapshot.has(enc)
    ? `the committed credentials (${enc})`
    : `the app's credentials (${enc}, which is not in this repository: anyone with the key can read that file wherever it is kept)`);
}

/**
 * A PuTTY private key file (`.ppk`, as PuTTYgen saves it): `PuTTY-User-Key-File-2/3: <algorithm>` at the top, the key in
 * base64 after `Private-Lines: N`. Passphrase-protected (`Encryption: aes256-cbc`) or not, a private key has no place in
 * the repository (detect-secrets' private-key rule knows the header too).
 */
const PUTTY_KEY_RE = /^PuTTY-User-Key-File-[23]:[ \t]*(\S+)[\s\S]{0,4000}?^Encryption:[ \t]*(\S+)[\s\S]{0,20000}?^Private-Lines:[ \t]*\d+\r?\n((?:[A-Za-z0-9+/=]+(?:\r?\n|(?![\s\S]))){1,200})/m;
function puttyKey(text: string): Hit | null {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('PuTTY-User-Key-File-', start)) return null;
  const m = PUTTY_KEY_RE.exec(text.slice(start, start + 64_000));
  if (!m) return null;
  const body = m[3]!.replace(/\s/g, '');
  if (body.length < 32 || isFillerKeyBody(body)) return null;
  const encrypted = m[2]!.toLowerCase() !== 'none';
  return { line: 1, column: 1, message: `a PuTTY private key (${m[1]!.slice(0, 40)}${encrypted ? ', passphrase-protected' : ', not encrypted'}) is committed`, secret: body };
}

/**
 * Whether a private key block is passphrase-encrypted: PKCS#8 `ENCRYPTED PRIVATE KEY` (and `SSH2 ENCRYPTED`), a legacy PEM
 * key with `Proc-Type: 4,ENCRYPTED`, or an OpenSSH key whose cipher is not `none` (`openssh-key-v1`, then the cipher's name).
 */
function isEncryptedKey(type: string, armoured: string, body: string): boolean {
  if (type.includes('ENCRYPTED') || /^\s*Proc-Type:[ \t]*4,ENCRYPTED/m.test(armoured.replace(/\\[nr]/g, '\n'))) return true;
  if (!type.startsWith('OPENSSH')) return false;
  const head = Buffer.from(body.slice(0, 64), 'base64');
  if (head.toString('latin1', 0, 15) !== 'openssh-key-v1\0') return false;
  const length = head.readUInt32BE(15);
  return length > 0 && length < 32 && head.toString('latin1', 19, 19 + length) !== 'none';
}

function privateKeyAt(text: string, at: number): { type: string; body: string; end: number; encrypted: boolean } | null {
  PRIVATE_KEY_RE.lastIndex = at;
  const m = PRIVATE_KEY_RE.exec(text);
  if (!m) return null;
  // Body: drop armour headers and escaped newlines (keys embedded in JSON/YAML strings).
  const body = m[2]!
    .replace(/\\[nr]/g, '\n')
    .split('\n')
    .filter((l) => !/^\s*[A-Za-z-]+:/.test(l))
    .join('')
    .replace(/[^A-Za-z0-9+/=]/g, '');
  // A block written into one line of prose (`For example, -----BEGIN … KEY----- MIIEpQ…R. -----END …`) whose body is cut short is an
  // illustration; a short body in a key file or with `\n` escapes is still reported (a fake key of a few lines reads as a real one).
  if (body.length < 64 || isFillerKeyBody(body) || (!/[\n\\]/.test(m[2]!) && isTruncatedDer(body))) return null;
  const type = m[1]!.replace(/ BLOCK$/, '');
  return { type, body, end: m.index + m[0].length, encrypted: isEncryptedKey(type, m[2]!, body) };
}

/**
 * Whether a DER body (`MII…`: a SEQUENCE with a two-byte length) holds far fewer bytes than its header declares: a key cut
 * short to illustrate the format in API docs (`For example, -----BEGIN RSA PRIVATE KEY----- MIIEpQIBAAKCAQEAuyf/…R. -----END
 * RSA PRIVATE KEY-----`), which no tool can load. A real key's body is its whole declared length. Judged only for a block on one line.
 */
function isTruncatedDer(body: string): boolean {
  if (!body.startsWith('MII')) return false;
  const head = Buffer.from(body.slice(0, 8), 'base64');
  if (head[0] !== 0x30 || head[1] !== 0x82) return false;
  const declared = 4 + ((head[2]! << 8) | head[3]!);
  return Math.floor((body.replace(/=+$/, '').length * 3) / 4) < declared * 0.9;
}

// Triple-quote bounds of the file being scanned (reset by scanText; scanning is synchronous).
let docBounds: number[] | null = null;
// Whether the file being scanned holds a token rule's context word (reset by scanText): tested once per file, not per
// match (a snapshot with thousands of `key-…` list keys would search the whole file for `mailgun` at each).
const inContext = new Map<RegExp, boolean>();
function fileHolds(word: RegExp, text: string): boolean {
  let holds = inContext.get(word);
  if (holds === undefined) inContext.set(word, (holds = word.test(text)));
  return holds;
}

function scanLine(line: string, lineNo: number, mode: ScanMode & { tokens: boolean; fallback?: boolean; conn?: boolean }, add: (h: Hit) => void, text: string, lineEnd: number) {
  const tokens: string[] = [];
  for (const rule of mode.tokens ? TOKEN_RULES : []) {
    rule.re.lastIndex = 0;
    for (const m of line.matchAll(rule.re)) {
      const value = m[1] ?? m[0];
      // A format that needs its vendor's word in the file (Mailgun's): without it, not a token, judged as any other value.
      if (rule.context && !fileHolds(rule.context, text)) continue;
      // Rejected matches (examples, Firebase web keys) are remembered so the assignment rule skips them too.
      tokens.push(value);
      if (rule.reject?.(value, line)) continue;
      // Firebase configs: the web config, and the Android/iOS app configs (`google-services.json`'s `mobilesdk_app_id`,
      // `GoogleService-Info.plist`'s `GOOGLE_APP_ID`), which Firebase documents as safe to commit.
      if (rule.id === 'google-api-key' && (mode.firebase || /firebase|authDomain/i.test(text) || /"mobilesdk_app_id"|<key>GOOGLE_APP_ID<\/key>/.test(text))) continue;
      // A Maps JavaScript API key: the browser loads the API with it (its script URL, a Maps loader in front-end code).
      if (rule.id === 'google-api-key' && isMapsBrowserKey(line, (m.index ?? 0) + m[0].indexOf(value), text, mode)) continue;
      const shown = rule.prefix ? ` (${redact(value, rule)})` : '';
      add({ line: lineNo, column: (m.index ?? 0) + m[0].indexOf(value) + 1, message: `${rule.label}${shown} committed in plain text`, secret: value });
    }
  }
  if (mode.tokens && line.includes('://')) {
    URL_CREDENTIALS_RE.lastIndex = 0;
    for (const m of line.matchAll(URL_CREDENTIALS_RE)) {
      const [, scheme, user, password, host] = m as unknown as [string, string, string, string, string];
      // GitHub's `https://<token>:x-oauth-basic@github.com/…`: the user name is the secret, the password a fixed word.
      const asUser = urlTokenUser(password);
      const secret = asUser ? user : password;
      if (tokens.some((t) => secret.includes(t))) continue;
      if (isLocalOrExampleHost(host) || !looksLikeUrlPassword(user, password)) continue;
      tokens.push(secret);
      // Reported at the password (after `scheme://user:`), as other values are at the value; a token user name at the user name.
      const url = withArticle(`${scheme.toLowerCase()}://`);
      if (asUser) add({ line: lineNo, column: (m.index ?? 0) + scheme.length + 4, message: `${url} URL embeds a token as its user name`, secret });
      else add({ line: lineNo, column: (m.index ?? 0) + scheme.length + user.length + 5, message: `${url} URL embeds a password`, secret });
    }
  }
  if (!(mode.generic || mode.fallback || mode.conn) || line.length > LONG_LINE) return;
  // In code, an assignment inside a comment is documentation (`* const apiToken = "…"`); token formats above still count.
  if (!mode.unquoted && /^\s*(?:\/\/|\/?\*|#)/.test(line)) return;
  // An INI file's `;` line is a setting the vendor's sample ships commented out (Grafana's `;secret_key = SW2YcwTIb9zpOOhoPsMm`,
  // php.ini, supervisord.conf): inactive, read by no program; token formats and URL passwords above still count.
  if (mode.ini && /^\s*;/.test(line)) return;
  // A YAML comment is no value: a `#` line (the sample `#   api_key: a1B2c3D4e5F6` Rails' config/secrets.yml template ships
  // commented out) is read by no program, nor is a comment after a value (`timeout: 30  # token: …`); token formats, URL
  // passwords and private keys above still count. (Dotenv and INI `#` lines are still read: see the docs.)
  if (mode.yaml) {
    const comment = yamlCommentStart(line);
    if (comment !== -1) {
      if (!line.slice(0, comment).trim()) return;
      line = line.slice(0, comment).padEnd(line.length);
    }
  }
  // Python docstrings hold usage examples (`access_token="…"` in an API's docs), not configuration.
  const inDocstring = () => mode.python === true && insideBounds((docBounds ??= tripleQuoteBounds(text)), lineEnd - line.length);
  const assignmentRe = mode.unquoted ? ASSIGNMENT_RE : mode.go ? GO_ASSIGNMENT_RE : CODE_ASSIGNMENT_RE;
  // Before the assignments: a URL under a secret-named key is then not judged again as a whole (its secret is a token of the line).
  if (mode.generic && line.includes('://')) queryParams();
  if (mode.generic) assignments(line, (i) => i, 0);
  for (const s of SETTER_CALLS) {
    if (!mode.generic || (s.php && !mode.php) || (s.ruby && !mode.ruby) || !line.includes(s.call)) continue;
    for (const m of line.matchAll(s.re)) {
      const [, , key, , value] = m as unknown as [string, string, string, string, string];
      const salt = s.salts && WORDPRESS_SALT.test(key);
      if (!(isSecretName(key) || salt) || tokens.some((t) => value.includes(t)) || !(looksLikeSecretValue(value) || (salt && isGeneratedSalt(value)))) continue;
      add({ line: lineNo, column: m.index + m[0].length - value.length, message: `'${key}' is assigned a hard-coded secret value`, secret: value });
    }
  }
  if (mode.fallback) fallbacks();
  if (mode.conn) connectionStrings();

  /**
   * Connection strings that no assignment names (a call's argument: `sql.Open("postgres", "user=api password=… host=db")`,
   * `psycopg2.connect("dbname=app user=app password=…")`, `new SqlConnection("Server=db;…;Password=…")`; a YAML list item,
   * a dotenv or Kubernetes value under a name that is no secret's: `DATABASE_DSN=api:…@tcp(db:3306)/api`), judged by their
   * password ({@link realConnectionPassword}). In code, each quoted literal that is one connection string and nothing else; in
   * configuration, libpq keyword/value runs and MySQL DSNs wherever the line holds them. An assignment's finding, made
   * first, names its key (the same password on the line is not reported twice).
   */
  function connectionStrings(): void {
    const found: { conn: ConnPassword; column: number }[] = [];
    if (!mode.unquoted) {
      for (const m of line.matchAll(QUOTED_LITERAL_RE)) {
        const body = m[1] ?? m[2] ?? m[3] ?? '';
        if (!body.includes('=') && !body.includes('@')) continue;
        const conn = connectionStringPassword(body);
        if (conn) found.push({ conn, column: m.index + 1 + conn.index + 1 });
      }
    } else {
      for (const c of libpqPasswords(line)) found.push({ conn: { ...c, kind: 'libpq' }, column: c.index + 1 });
      for (const c of mysqlDsnPasswords(line)) found.push({ conn: { ...c, kind: 'mysql-dsn' }, column: c.index + 1 });
      // (One an Oracle client is given, `sqlplus app/…@//db:1521/ORCL`, is that client's finding: CLIENT_PASSWORD_RULES.)
      for (const c of oracleConnectPasswords(line)) if (!ORACLE_CLIENT_BEFORE_RE.test(line.slice(0, c.start))) found.push({ conn: { ...c, kind: 'oracle' }, column: c.index + 1 });
    }
    for (const { conn, column } of found) {
      const secret = conn.password;
      if (tokens.some((t) => secret.includes(t)) || !realConnectionPassword(conn, true) || inDocstring()) continue;
      add({ line: lineNo, column, message: conn.kind === 'mysql-dsn' ? 'a MySQL DSN (`user:password@tcp(…)/db`) embeds a hard-coded password' : conn.kind === 'oracle' ? 'an Oracle connect string (`user/password@db`) embeds a hard-coded password' : conn.kind === 'libpq' ? 'a libpq connection string (`host=… password=…`) holds a hard-coded password' : 'a connection string holds a hard-coded password', secret });
    }
  }

  /**
   * Secret-named query parameters of URLs (`jdbc:mysql://db/app?user=app&password=…`, `https://api…/v1?api_key=…`, a
   * `DATABASE_URL=…?password=…` in a dotenv file): the value judged as an assignment of that name would be (references,
   * placeholders and defaults pass), unless the host is local or documentation (as for a password in the userinfo).
   */
  function queryParams(): void {
    for (const q of secretQueryParams(line)) {
      if (isLocalOrExampleHost(q.host) || tokens.some((t) => q.raw.includes(t) || t.includes(q.raw))) continue;
      if (isReference(q.raw) || !(mode.env ? looksLikeEnvSecret(q.value) : looksLikeSecretValue(q.value))) continue;
      // A password made from the user name the URL gives (`?user=app&password=app_password`): default-credentials'.
      if (q.user !== undefined && passwordFromUserName(q.value, q.user) !== null) continue;
      if (inDocstring()) continue;
      tokens.push(q.raw);
      add({ line: lineNo, column: q.index + 1, message: `a URL's '${q.name}' query parameter carries a hard-coded secret value`, secret: q.raw });
    }
  }

  /**
   * Literal fallbacks (`${JWT_SECRET:-…}`, Spring `${JWT_SECRET:…}`, `os.environ.get("SECRET_KEY", "…")`,
   * `os.getenv("X") or "…"`, `process.env.JWT_SECRET || "…"`): what deploys when the variable is unset,
   * judged like any other literal. Defaults and placeholders fail the value rules: they are
   * `default-credentials`' findings, so a fallback is never reported by both checks.
   */
  function fallbacks(): void {
    for (const f of literalFallbacks(line, FALLBACK_KINDS, mode.nest)) {
      const name = isSecretName(f.name) ? f.name : f.key !== null && isSecretName(f.key) ? f.key : null;
      if (name === null || isDigest(f.key ?? f.name, f.value)) continue;
      if (tokens.some((t) => f.value.includes(t))) continue;
      if (!(mode.env ? looksLikeEnvSecret(f.value, name) && !(isPluralSecretName(name) && isNameList(f.value)) : looksLikeSecretValue(f.value, 12, name))) continue;
      if (inDocstring()) continue;
      // `$${JWT_SECRET:-…}` (compose's escape): no fallback happens, the whole text with the literal in it is the value.
      // (A JavaScript template's `$${process.env.X || …}` is a dollar sign before a read: not that.)
      const escaped = f.kind === 'substitution' && line[f.exprColumn - 2] === '$';
      add({ line: lineNo, column: f.column, message: escaped ? `'${name}' holds a hard-coded secret value (inside an escaped \`$\${…}\` default, which compose passes on as text)` : `'${name}' falls back to a hard-coded secret value when the variable is unset`, secret: f.value });
    }
  }

  /**
   * The assignments of `s` (the line, or a quoted value inside it: `at` maps its offsets to the line's).
   * A quoted value that holds quoted entries of its own (JSON in a string: `ENV APP_CONFIG='{"db_password": "…"}'`,
   * a ConfigMap `config.json: '{…}'`) is scanned too, for entries whose value is quoted; those are judged
   * by the stricter generic rule.
   */
  function assignments(s: string, at: (i: number) => number, depth: number): void {
    let consumed = 0;
    for (const m of s.matchAll(assignmentRe)) {
      if (m.index < consumed) continue;
      const key = m[1]!;
      // A Quarkus profile's key (`%prod.quarkus.datasource.password=…`) is named as written, its `%` too.
      const named = mode.unquoted && s.charCodeAt(m.index - 1) === 37 /* % */ && /^[A-Za-z][\w-]*\./.test(key) ? `%${key}` : key;
      let value = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
      const quoted = m[5] === undefined;
      const start = (m.index ?? 0) + m[0].length - value.length - (quoted ? 1 : 0);
      if (depth === 0 && mode.unquoted && ENVIRONMENT_LINE_KEY.test(key) && /^\s*$/.test(s.slice(0, m.index)) && /^\s*=/.test(s.slice(m.index + key.length))) {
        // A systemd unit's or Podman quadlet's `Environment=DB_PASSWORD=… "A=1 B=2"`, supervisord's `environment=A="1",B="2"`:
        // the value is a list of assignments, each judged under its own name as a line of them would be.
        const rest = s.indexOf('=', m.index + key.length) + 1;
        assignments(s.slice(rest), (i) => at(rest + i), 0);
        consumed = s.length;
        continue;
      }
      if (mode.env && depth === 0 && !quoted && isSecretName(key) && /^\s*(?:export\s+)?$/.test(s.slice(0, m.index)) && /^["'`]?\]?\s*=/.test(m[0].slice(key.length))) {
        // A dotenv value runs to the end of the line (trimmed, a ` #comment` removed): `SESSION_SECRET=keyboard cat`
        // is the value `keyboard cat`, and nothing after the key's `=` is another assignment. Under another
        // name the value is read on (`CONN=Server=db;Password=…;` holds a secret-named assignment).
        value = unquotedEnvValue(s.slice(start), /[ \t]$/.test(s.slice(0, start)));
        consumed = s.length;
      }
      if (quoted && depth < 2 && /["']\s*[:=]\s*\\?["']/.test(value)) {
        const inner = unescapeQuoted(value, m[2] !== undefined ? '"' : m[3] !== undefined ? "'" : '`');
        assignments(inner.text, (i) => at(start + inner.offset(i)), depth + 1);
      }
      if (quoted && depth === 0) {
        // A connection string (`"Server=db;User Id=sa;Password=…;"`, ADO.NET/ODBC in appsettings.json, libpq's
        // `"host=db user=app password=…"`, a MySQL DSN `"api:…@tcp(db:3306)/api"`): its password part.
        const conn = connectionStringPassword(value);
        if (conn) {
          const secret = conn.password;
          if (!tokens.some((t) => secret.includes(t)) && realConnectionPassword(conn, true) && !inDocstring()) {
            add({ line: lineNo, column: at(start + conn.index) + 1, message: `'${named}' holds a connection string with a hard-coded password`, secret });
          }
          continue;
        }
        // An Authorization header written out: `"Authorization": "Bearer <token>"`.
        const bearer = /^(?:Bearer|Token)\s+(\S{16,})$/i.exec(value);
        if (bearer && /authori[sz]ation/i.test(key)) {
          const secret = bearer[1]!;
          if (!tokens.some((t) => secret.includes(t)) && looksLikeSecretValue(secret) && !inDocstring()) {
            add({ line: lineNo, column: at(start + value.indexOf(secret)) + 1, message: `'${named}' holds a hard-coded bearer token`, secret });
          }
          continue;
        }
      }
      if (!isSecretName(key)) continue;
      if (!quoted && (depth > 0 || !mode.unquoted)) continue;
      if (isAlgoliaSearchKey(key, value, text, lineEnd - line.length, lineEnd)) continue;
      if (quoted && mode.js && isBrowserSdkKey(key, value, text, lineEnd - line.length + at(start))) continue;
      // An f-string that interpolates (`f"Bearer {token}"`) is an expression, not a literal.
      if (quoted && /[fF]/.test(s[start - 2] ?? '') && value.includes('{')) continue;
      // `checksum/secret: <sha256>` (Helm's restart-on-change annotation), `configHash: <hex digest>`.
      let k = m.index;
      while (k > 0 && /[\w.$/-]/.test(s[k - 1]!)) k--;
      if (isDigest(s.slice(k, m.index) + key, value)) continue;
      let column = at(start) + 1;
      let valueLine = lineNo;
      let keyLine: number | undefined;
      if (depth === 0 && mode.yaml && !quoted && BLOCK_SCALAR_RE.test(value)) {
        const block = blockScalar(text, lineEnd, line.search(/\S/));
        value = block.value;
        // Reported at the value, as every other assignment: where the block's text starts, on a line below the key.
        if (block.below) { valueLine = lineNo + block.below; column = block.column; keyLine = lineNo; } else column = (m.index ?? 0) + 1;
        // A provider token there is the token rule's finding, at its own line: one finding per value.
        if (matchesTokenRule(value)) continue;
      } else if (depth === 0 && mode.yaml && !quoted && /^\s*(?:-\s+)?$/.test(s.slice(0, m.index)) && !looksLikeSecretValue(value)) {
        // A YAML plain scalar runs on to the end of the line (a ` #comment` aside): `SMTP_PASSWORD: amber Falcon 17 ridge Lantern`,
        // compose's list form `- SMTP_PASSWORD=amber Falcon …`. Judged whole when its first word alone is no secret.
        const plain = unquotedEnvValue(s.slice(start), false);
        if (plain !== value && !/:\s/.test(plain)) value = plain;
      }
      if (tokens.some((t) => value.includes(t)) || isPatternLiteral(value)) continue;
      // A JSON document under a secret's name (`SecretString: '{"host": …, "password": …}'`): judged by its entries.
      if (quoted && /^\s*[[{]/.test(value) && !jsonHoldsUnnamedSecret(unescapeQuoted(value, m[2] !== undefined ? '"' : m[3] !== undefined ? "'" : '`').text)) continue;
      // Compose and Kubernetes unescape `$$`: `$$argon2id$$…` deploys as the hash `$argon2id$…`.
      // A bare YAML value runs on through the `,` of argon2's parameters (`$$argon2id$$v=19$$m=65540,t=3,p=4$$…`).
      if (mode.yaml && (isEscapedHash(value) || (!quoted && isEscapedHash(unquotedEnvValue(s.slice(start), false))))) continue;
      // In a dotenv file any 8+ character literal counts (`DB_PASSWORD=prod_Db_pass`; one naming a setting, `production_db_password`, is a placeholder); elsewhere a
      // value spelling its own name, or an identifier built from its words, is a lookup key or a type name.
      const dotenv = mode.env && depth === 0;
      if (!dotenv && namedAfterKey(key, value)) continue;
      // A list under a plural name (`ALLOWED_FIELD_KEYS=name,email,phone`) is judged by its items: short words are names.
      // A bare `pass`/`password` in a mailer's settings (nodemailer's `auth: { user, pass }`) is a mail account's: a Google app password there counts.
      const mail = isMailPasswordName(key) || (isBarePasswordName(key) && isAppPassword(value.trim(), true) && mailerAround(text, lineEnd - line.length, lineEnd));
      if (!(dotenv ? looksLikeEnvSecret(value, key) && !(isPluralSecretName(key) && isNameList(value)) : looksLikeSecretValue(value, 12, key, mail))) continue;
      if (inDocstring()) continue;
      add({ line: valueLine, column, message: `'${named}' is assigned a hard-coded secret value`, secret: value, ...(keyLine !== undefined ? { keyLine } : {}) });
    }
  }
}

/**
 * Whether a value holding a JSON object or array (an AWS Secrets Manager `SecretString: '{"username": "app", "password": "…"}'`,
 * Terraform's `secret_string = "{\"host\": …}"`) holds a secret the assignment rule does not report at its own entry: a string
 * entry under a name that is no secret's and names no where or who, which looks like a secret itself (`{"value": "<random>"}`).
 * A secret-named entry is reported at its value by the scan of the quoted entries (one finding per leaked value); host names,
 * ports, database names, regions and log levels are plain settings, and a document of only those holds no secret. A value
 * that is not JSON is one value (true).
 */
function jsonHoldsUnnamedSecret(text: string): boolean {
  let doc: unknown;
  try { doc = JSON.parse(text); } catch { return true; }
  if (typeof doc !== 'object' || doc === null) return true;
  // `member`: the string is an object's member, which the scan of the quoted entries judges when its name is a secret's;
  // a list's item (`"api_keys": ["…"]`) it does not see.
  const holds = (v: unknown, key: string, member: boolean, depth: number): boolean => {
    if (typeof v === 'string') return !(member && isSecretName(key)) && secretKeyKind(key) !== 'skip' && looksLikeSecretValue(v, 12, key) && !isPlainUrl(v);
    if (depth > 8 || typeof v !== 'object' || v === null) return false;
    return Array.isArray(v) ? v.some((x) => holds(x, key, false, depth + 1)) : Object.entries(v).some(([k, x]) => holds(x, k, true, depth + 1));
  };
  return holds(doc, '', false, 0);
}

/** What names a mailer's settings: SMTP, a mail section or service (`mail:`, `service: 'gmail'`), nodemailer's `createTransport`. */
const MAILER_CONTEXT_RE = /smtp|e?mail|createTransport/i;
/** Whether the settings around a line (a few hundred characters before it, a few after) are a mailer's. */
function mailerAround(text: string, lineStart: number, lineEnd: number): boolean {
  return MAILER_CONTEXT_RE.test(text.slice(Math.max(0, lineStart - 600), Math.min(text.length, lineEnd + 200)));
}

/** The key of a line that sets environment variables: systemd's and Podman quadlets' `Environment=`, supervisord's `environment=`. */
const ENVIRONMENT_LINE_KEY = /^(?:Environment|environment)$/;

/** Algolia's keys: 32 hex digits. */
const ALGOLIA_KEY_RE = /^[a-f0-9]{32}$/;
/** What names an Algolia search config around its key: the index it searches, DocSearch, the `algolia` section. */
const ALGOLIA_CONTEXT_RE = /\b(?:indexName|index_name|INDEX_NAME|[Aa]lgolia\w*|ALGOLIA\w*|docsearch|DocSearch)\b/;
/**
 * The `apiKey` of an Algolia search config (Docusaurus' `themeConfig.algolia`, VitePress, `docsearch({…})`, MkDocs
 * Material's `extra.algolia`): a search-only key, made to ship to browsers (Docusaurus: "it is safe to commit it").
 * Only a plain `apiKey`/`api_key` holding 32 hex digits with the index name or the word Algolia/DocSearch within a few
 * lines; an `ALGOLIA_ADMIN_KEY` or `writeApiKey` is another name and stays a secret.
 */
function isAlgoliaSearchKey(key: string, value: string, text: string, lineStart: number, lineEnd: number): boolean {
  if (!ALGOLIA_KEY_RE.test(value)) return false;
  const t = nameTokens(key);
  if (!(t.length === 1 ? t[0] === 'apikey' : t.length === 2 && t[0] === 'api' && t[1] === 'key')) return false;
  return ALGOLIA_CONTEXT_RE.test(text.slice(Math.max(0, lineStart - 300), lineEnd + 300));
}

/**
 * The Maps JavaScript API's script URL right before a key (`https://maps.googleapis.com/maps/api/js?key=`,
 * `…/js?libraries=places&key=`, `&amp;key=` in HTML): the browser loads the API with it. The web services
 * (`/maps/api/geocode/json?key=`, `/maps/api/directions/…`) are called from servers and are not this.
 */
const MAPS_JS_URL_BEFORE_RE = /maps\.googleapis\.com\/maps\/api\/js\?(?:[^\s"'`<>]*?(?:&|&amp;))?key=$/;
/**
 * The Maps JavaScript API loaders of front-end code: @react-google-maps/api (`useJsApiLoader({ googleMapsApiKey })`,
 * `<LoadScript>`), @googlemaps/js-api-loader (`new Loader({ apiKey })`), @vis.gl/react-google-maps (`<APIProvider apiKey>`),
 * google-map-react (`bootstrapURLKeys`), Vue's vue-google-maps/vue3-google-map (`load: { key }`, `api-key`) and Angular's
 * @agm/core (`AgmCoreModule.forRoot({ apiKey })`). A server's Maps client (`@googlemaps/google-maps-services-js`) is none.
 */
const MAPS_LOADER_RE = /@react-google-maps\/api|@googlemaps\/js-api-loader|@vis\.gl\/react-google-maps|google-map-react|vue-google-maps|vue3-google-map|@agm\/core|\bAgmCoreModule\b/;
/**
 * Whether a Google API key (`AIza…` at `index` of `line`) is a Maps JavaScript API key: a browser key, restricted by HTTP
 * referrer, that every page using the map ships, as a Firebase web config's key (which passes too). In the Maps script's
 * URL (HTML, a template, code that writes the tag), anywhere in front-end code that loads the API with a Maps loader
 * ({@link MAPS_LOADER_RE}), or assigned to a Maps key's name under a front-end framework's client-public prefix
 * (`NEXT_PUBLIC_GOOGLE_MAPS_API_KEY=`, `REACT_APP_GOOGLE_MAPS_KEY=`: isPublishedMapsKeyName), which the build inlines into the
 * page. A key in server code, or in an env file or a deploy manifest under another name, stays a secret.
 */
function isMapsBrowserKey(line: string, index: number, text: string, mode: ScanMode): boolean {
  const before = line.slice(Math.max(0, index - 500), index);
  if (MAPS_JS_URL_BEFORE_RE.test(before)) return true;
  const name = assignedNameBefore(before);
  if (name !== null && isPublishedMapsKeyName(name)) return true;
  return mode.js === true && MAPS_LOADER_RE.test(text);
}
/** The name a value right after `before` is assigned to (`NAME=`, `NAME: `, `"NAME": "`, `ENV NAME=`), or null. */
const ASSIGNED_NAME_BEFORE_RE = /([A-Za-z_][\w.-]{0,199})["'`]?[ \t]*[:=][ \t]*["'`]?$/;
function assignedNameBefore(before: string): string | null {
  return ASSIGNED_NAME_BEFORE_RE.exec(before.slice(-240))?.[1] ?? null;
}

/**
 * The calls that start a browser SDK whose key ships in every page: Datadog's RUM and logs SDKs (`datadogRum.init({…})`,
 * `datadogLogs.init`, the CDN's `DD_RUM.init`/`DD_LOGS.init`) and Bugsnag's notifier (`Bugsnag.start({…})`, `Bugsnag.init`,
 * `BugsnagPerformance.start`, v6's `bugsnag({…})`). Group 1 or 2: Bugsnag's.
 */
const SDK_INIT_RE = /\b(?:datadogRum|datadogLogs|DD_RUM|DD_LOGS)\s*\.\s*init\s*\(|\b(Bugsnag|BugsnagPerformance)\s*\.\s*(?:start|init)\s*\(|(?<![\w.$])(bugsnag)\s*\(/g;
/** The SDK whose init call's arguments hold offset `at` of the text (within 4,000 characters of its `(`), or null. */
function enclosingSdkCall(text: string, at: number): 'datadog' | 'bugsnag' | null {
  const from = Math.max(0, at - 4000);
  const before = text.slice(from, at);
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(SDK_INIT_RE)) last = m;
  if (!last) return null;
  let depth = 1;
  for (let i = last.index! + last[0].length; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && --depth === 0) return null;
  }
  return last[1] !== undefined || last[2] !== undefined ? 'bugsnag' : 'datadog';
}
/**
 * Whether a literal under `key` (at offset `at` of the text, in front-end code) is a browser SDK's key, public by design:
 * a Datadog client token (`pub` and 32 hex digits) inside `datadogRum.init`/`datadogLogs.init` under any name but an API
 * or application key's (under a client token's name it passes anywhere: `isPublicKeyValue`), and a Bugsnag notifier
 * `apiKey` (32 hex digits) inside `Bugsnag.start`/`Bugsnag.init`/`bugsnag()`: it can only report errors, and every page carries it.
 */
function isBrowserSdkKey(key: string, value: string, text: string, at: number): boolean {
  const datadog = DATADOG_CLIENT_TOKEN_RE.test(value);
  if (!datadog && !/^[0-9a-f]{32}$/.test(value)) return false;
  const name = nameTokens(key).join('');
  const call = enclosingSdkCall(text, at);
  return datadog ? call === 'datadog' && !/(?:api|app|application)key$/.test(name) : call === 'bugsnag' && name === 'apikey';
}

/** Bundler's configuration file (`bundle config set --local`): `.bundle/config`, YAML. */
const BUNDLE_CONFIG_FILE = /(?:^|\/)\.bundle\/config$/;
/** A credential for a source's URL in it (`BUNDLE_HTTPS://RUBYGEMS__PKG__GITHUB__COM/ACME/: "user:…"`); group 1 the key, 3 the value. */
const BUNDLE_URL_KEY_RE = /^[ \t]*["']?(BUNDLE_HTTPS?:\/\/[^\s"']{1,300}?)["']?:[ \t]+(["']?)([^\s"'#]{1,1000})\2[ \t]*\r?$/dgm;
/**
 * The credentials `.bundle/config` keeps for a source's URL, whose key no assignment rule reads (a `://` in it); judged as a
 * `BUNDLE_<HOST>` credential is (a `user:password` by its password). The host form is the line scan's.
 */
function bundleConfigUrlCredentials(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('BUNDLE_HTTP')) return hits;
  for (const m of text.matchAll(BUNDLE_URL_KEY_RE)) {
    const [, name, , value] = m as unknown as [string, string, string, string];
    if (!isBundlerCredentialName(name) || !looksLikeSecretValue(value, 12, name)) continue;
    hits.push({ ...lineColumnAt(text, m.indices![3]![0]), message: `'${name}' is assigned a hard-coded secret value (Bundler's credentials for that gem source)`, secret: value });
  }
  return hits;
}

/**
 * What a finding's message adds when the variable holding the secret has a front-end framework's client-public prefix
 * (`'NEXT_PUBLIC_JWT_SECRET' is assigned …`, `VITE_`, `PUBLIC_`; also a finding by the value's format, whose message keeps
 * its words, at a value assigned to such a name: `NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=eyJ…`, `VITE_STRIPE_KEY=sk_live_…`):
 * the build copies the value into the JavaScript every visitor downloads, so the fix is also to drop the prefix and use the
 * secret on the server only. `assigned`: the name the value is assigned to on its line, when the message names none. Empty
 * for any other finding.
 */
function publishedNote(message: string, assigned?: string | null): string {
  const name = /^'([^']{1,200})' is assigned /.exec(message)?.[1] ?? assigned ?? undefined;
  const prefix = name === undefined ? null : clientPublicPrefix(name);
  if (!prefix) return '';
  // Expo inlines EXPO_PUBLIC_ values into the app's JavaScript bundle, which every install of the app carries.
  const where = prefix === 'EXPO_PUBLIC_' ? 'into the app\'s JavaScript bundle, which every install of the app carries' : 'to every visitor\'s browser in the front-end bundle';
  return ` (${prefix === 'PUBLIC_' ? 'in SvelteKit and Astro, ' : ''}its ${prefix} prefix also publishes it ${where}: drop the prefix and use it on the server only)`;
}

/** A Terraform state file: `terraform.tfstate`, its `.backup`, a workspace's (`terraform.tfstate.d/<name>/terraform.tfstate`), `errored.tfstate`. */
const TFSTATE_FILE_RE = /\.tfstate(?:\.backup)?$/i;
/**
 * Where a state's top-level `"outputs"` object lies in its text (Terraform 0.12+'s format, version 4, writes it before
 * `resources`), or null: found with a walk that steps over strings, so a first chunk of a large state holds it too.
 */
function stateOutputsSpan(text: string): [number, number] | null {
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const open = i;
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      if (start === -1 && depth === 1 && i - open === 8 && text.startsWith('outputs', open + 1)) {
        const colon = /^\s*:\s*\{/.exec(text.slice(i + 1, i + 65));
        if (colon) { i += colon[0].length; start = i; depth++; }
      }
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (start !== -1 && depth === 1) return [start, i + 1];
      if (depth < 1) return null;
    }
  }
  return null;
}
/**
 * The outputs of a committed Terraform state (`"outputs": {"db_master_password": {"value": "…", "sensitive": true}}`): each
 * holds the value in plain text, whatever `sensitive = true` hides from the CLI. Judged, at the value, when Terraform marks
 * the output sensitive (then under any name that does not say who or where, `db_username`; one for a URL counts only with a
 * password or a provider token in it) or its name is a secret's (`db_password`, `api_signing_key`), as an assignment of that
 * name would be. Resources' attributes are the line scan's (`"password": "…"`); string outputs only.
 */
function terraformStateOutputs(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('"outputs"')) return hits;
  const span = stateOutputsSpan(text);
  const outputs = span && parseJsonNodes(text.slice(span[0], span[1]));
  if (outputs?.t !== 'o') return hits;
  for (const [name, output] of outputs.keys) {
    if (output.t !== 'o') continue;
    const node = output.keys.get('value');
    const value = jsonStringValue(node);
    if (node?.t !== 's' || value === undefined) continue;
    const flag = output.keys.get('sensitive');
    const sensitive = flag?.t === 'x' && text.slice(span![0] + flag.start, span![0] + flag.end) === 'true';
    const named = isSecretName(name);
    if (!named && !sensitive) continue;
    const kind = named ? 'value' : secretKeyKind(name);
    if (kind === 'skip' || namedAfterKey(name, value)) continue;
    if (kind === 'url' || isUrlWithoutSecret(value.trim()) ? !(embedsPassword(value) || holdsToken(value)) : !looksLikeSecretValue(value, 12, named ? name : undefined)) continue;
    hits.push({ ...lineColumnAt(text, span![0] + node.at), message: `the Terraform state output '${name}'${sensitive ? ' (marked sensitive)' : ''} holds its value in plain text`, secret: value });
  }
  return hits;
}

/**
 * Resource attributes that hold a secret in a Terraform state though their name does not say so, by resource type: the
 * generated password (`random_password`'s `result`; a `random_string`'s when the resource is named for a secret,
 * `random_string.db_password`), an application's client secret (`azuread_application_password`, `…_service_principal_password`
 * `value`), a secret store's value (`azurerm_key_vault_secret`, `aws_secretsmanager_secret_version`'s `secret_string`, a
 * `SecureString` `aws_ssm_parameter`, a sensitive `tfe_variable`, GitHub's `plaintext_value`). `when` narrows by the instance's attributes.
 */
const STATE_SECRET_ATTRIBUTES: ReadonlyMap<string, { attr: string; generated?: true; when?: (attrs: Map<string, string | undefined>, name: string) => boolean }> = new Map([
  ['random_password', { attr: 'result', generated: true }],
  ['random_string', { attr: 'result', generated: true, when: (_a, name) => isSecretName(name) }],
  ['azuread_application_password', { attr: 'value' }],
  ['azuread_service_principal_password', { attr: 'value' }],
  ['azurerm_key_vault_secret', { attr: 'value' }],
  ['aws_secretsmanager_secret_version', { attr: 'secret_string' }],
  ['aws_ssm_parameter', { attr: 'value', when: (a) => a.get('type') === 'SecureString' }],
  ['tfe_variable', { attr: 'value', when: (a) => a.get('sensitive') === 'true' }],
  ['github_actions_secret', { attr: 'plaintext_value' }],
  ['github_actions_environment_secret', { attr: 'plaintext_value' }],
  ['github_actions_organization_secret', { attr: 'plaintext_value' }],
  ['github_dependabot_secret', { attr: 'plaintext_value' }],
  ['github_codespaces_secret', { attr: 'plaintext_value' }],
] as const);

/**
 * The secrets a committed Terraform state keeps in its resources' attributes under names no assignment rule reads as a
 * secret's: those of {@link STATE_SECRET_ATTRIBUTES} (`random_password.db`'s `result`), and any top-level string attribute
 * the instance's `sensitive_attributes` lists (`[[{"type": "get_attr", "value": "…"}]]`), judged as a sensitive output is.
 * A generated password counts at 8+ characters (it is random by construction); other values as an assignment's. Reported
 * at the value. A state over 1 MiB, read chunk by chunk, is no JSON in one piece: its attributes are the line scan's only.
 */
function terraformStateResources(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('"resources"')) return hits;
  const root = parseJsonNodes(text.replace(/^\uFEFF/, ''));
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const resources = root?.t === 'o' ? root.keys.get('resources') : undefined;
  if (resources?.t !== 'a') return hits;
  let budget = 100_000;
  for (const r of resources.items) {
    if (r.t !== 'o' || jsonStringValue(r.keys.get('mode')) === 'data') continue;
    const type = jsonStringValue(r.keys.get('type')) ?? '';
    const name = jsonStringValue(r.keys.get('name')) ?? '';
    const known = STATE_SECRET_ATTRIBUTES.get(type);
    const instances = r.keys.get('instances');
    for (const inst of instances?.t === 'a' ? instances.items : []) {
      if (--budget < 0) return hits;
      if (inst.t !== 'o') continue;
      const attributes = inst.keys.get('attributes');
      if (attributes?.t !== 'o') continue;
      const scalars = new Map<string, string | undefined>();
      for (const [k, v] of attributes.keys) scalars.set(k, v.t === 's' ? jsonStringValue(v) : v.t === 'x' ? text.slice(bom + v.start, bom + v.end) : undefined);
      const sensitive = new Set<string>();
      const paths = inst.keys.get('sensitive_attributes');
      for (const p of paths?.t === 'a' ? paths.items : []) {
        const step = p.t === 'a' && p.items.length === 1 ? p.items[0] : undefined;
        // A provider marks attributes sensitive in its schema whatever they hold (user_data, custom_data, a String
        // parameter's value): one counts only under a secret's name (review 48 S1).
        if (step?.t === 'o' && jsonStringValue(step.keys.get('type')) === 'get_attr') { const a = jsonStringValue(step.keys.get('value')); if (a && isSecretName(a)) sensitive.add(a); }
      }
      // A known type's attribute by what the resource says of it: a String SSM parameter's value, a tfe_variable not marked sensitive, is none.
      if (known) { if (!known.when || known.when(scalars, name)) sensitive.add(known.attr); else sensitive.delete(known.attr); }
      for (const attr of sensitive) {
        const node = attributes.keys.get(attr);
        const value = scalars.get(attr);
        if (node?.t !== 's' || value === undefined || value === '') continue;
        const generated = known?.attr === attr && known.generated === true;
        if (generated) {
          if (!looksLikeEnvSecret(value)) continue;
        } else {
          // Under its own name, as a sensitive output is: what says who or where is no secret, a URL only with a password or token in it.
          const kind = secretKeyKind(attr);
          if (kind === 'skip' || namedAfterKey(attr, value)) continue;
          if (kind === 'url' || isUrlWithoutSecret(value.trim()) ? !(embedsPassword(value) || holdsToken(value)) : !looksLikeSecretValue(value, 12, kind === 'value' ? attr : undefined)) continue;
        }
        hits.push({ ...lineColumnAt(text, bom + node.at), message: `the Terraform state holds ${type}.${name}'s ${attr} in plain text (${generated ? 'a generated secret' : 'a sensitive attribute'}, whatever \`sensitive\` hides from the CLI; keep state in a remote backend, not in git)`, secret: value });
      }
    }
  }
  return hits;
}

/**
 * A notebook's text with its markdown and raw cells blanked (line numbers and columns kept): prose showing
 * `api_token = "…"` is documentation; code cells and their outputs are read. Read as JSON, whatever its layout; a notebook
 * whose JSON does not read is blanked by its lines (nbformat writes `"cell_type"` before a cell's `"source"`).
 */
function codeCells(text: string): string {
  return notebookPart(text, true);
}

/**
 * A notebook's markdown and raw cells alone, the rest blanked (line numbers and columns kept): documentation, still searched
 * for provider tokens, URL passwords and private keys (a `ghp_…` in a setup cell's prose is as real as in a README).
 */
function proseCells(text: string): string {
  return notebookPart(text, false);
}

/**
 * A notebook's text keeping its code cells and the JSON around the cells (`code`), or only its markdown and raw cells; the rest
 * blanked. Walks the other cells either way: blanked for the code, kept (the text between them blanked) for the prose.
 */
function notebookPart(text: string, code: boolean): string {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const blank = (t: string) => t.replace(/[^\n]/g, ' ');
  const cells = notebookCells(text.slice(bom));
  if (cells) {
    // Built in one pass (cells are in order and do not overlap): splicing the whole text per cell is quadratic.
    const parts: string[] = [];
    let prev = 0;
    for (const c of cells) {
      if (cellType(c) === 'code') continue;
      const [a, b] = [c.start + bom, c.end + bom];
      if (a < prev) continue;
      // Code: the text before the cell kept, the cell blanked. Prose: the text before the cell blanked, the cell kept.
      parts.push(code ? text.slice(prev, a) : blank(text.slice(prev, a)), code ? blank(text.slice(a, b)) : text.slice(a, b));
      prev = b;
    }
    parts.push(code ? text.slice(prev) : blank(text.slice(prev)));
    return parts.join('');
  }
  let inCode = true;
  return text.split('\n').map((line) => {
    const m = /^\s*"cell_type":\s*"(\w+)"/.exec(line);
    if (m) inCode = m[1] === 'code';
    return inCode === code ? line : '';
  }).join('\n');
}

/**
 * The code cells' sources written as one JSON string (`"import os\ntoken = \"…\"\n"`, also a one-line `"token = \"…\""`),
 * and the strings of a list that hold several lines (lines broken as Python breaks them, `pythonLines`: an old Mac `\r`
 * too): blanked in `code` (the code cells as written, {@link codeCells}; same length) and given decoded instead, a line of
 * Python per line (strings apart by an empty line), with where each line and column of that text is in the file as
 * written. A source written as a list of lines, nbformat's usual layout, is read as written (one JSON line a line of
 * Python). Read by the notebook reader (`notebookCodeLines`), which also reads a notebook whose JSON does not parse by
 * nbformat's layout. Null sources when none.
 */
function multilineSources(text: string, code: string): { code: string; sources: { text: string; at: (line: number, column: number) => { line: number; column: number } } | null } {
  const body = text.replace(/^\uFEFF/, '');
  const bom = text.length - body.length;
  const all = notebookCodeLines(body, false);
  const lines: string[] = [];
  const origin: NotebookLine[] = [];
  const parts: string[] = [];
  let prev = 0;
  for (let i = 0, j = 1; i < all.length; i = j, j = i + 1) {
    // The lines read from one string: i to j.
    while (j < all.length && all[j]!.string === all[i]!.string) j++;
    const [a, b] = [bom + all[i]!.string[0], bom + all[i]!.string[1]];
    if ((j - i < 2 && !all[i]!.whole) || a < prev) continue;
    parts.push(code.slice(prev, a), ' '.repeat(b - a));
    prev = b;
    if (lines.length) { lines.push(''); origin.push(all[i]!); }
    for (let k = i; k < j; k++) {
      lines.push(all[k]!.text.length > LONG_LINE ? '' : all[k]!.text);
      origin.push(all[k]!);
    }
  }
  if (!lines.length) return { code, sources: null };
  parts.push(code.slice(prev));
  return { code: parts.join(''), sources: { text: lines.join('\n'), at: (line, column) => lineColumnAt(body, origin[line - 1]!.offset(column - 1)) } };
}

/**
 * A notebook line's environment assignment: IPython's `%env NAME=value` (also `%env NAME value`, `%set_env NAME value`) in a
 * code cell's source, and in its outputs a printed `NAME=value` line (`!cat .env`, `!env`, `print(f"API_KEY={key}")`) or
 * the echo of `%env`: `env: NAME=value`. Group 1 the magic, 2 the name, 3 the value (to the end of the string).
 */
const NOTEBOOK_ENV_RE = /^(%env[ \t]+|%set_env[ \t]+|env:[ \t]+|export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,100})(?:=|(?<=^%(?:set_)?env[ \t]+[A-Za-z_][A-Za-z0-9_]{0,100})[ \t]+)(.*)$/;

/**
 * Secret-named environment assignments of a notebook that its Python reading cannot see (there only quoted literals
 * count): `%env OPENAI_API_KEY=…` (the usual way Colab and Kaggle notebooks set keys; `%set_env` too) in a code cell's
 * source, and a `NAME=value` line or `%env`'s `env: NAME=value` echo in a code cell's outputs (what `!cat ../.env` printed).
 * A magic sets the variable as a dotenv line does and is judged so (8+ characters, not a reference, placeholder or
 * default: IPython expands `$VAR` and `{expr}`); a printed line is any program's output and is judged by the stricter
 * generic rule. Markdown and raw cells are documentation, as for the Python reading. Reported at the value, in the file
 * as written (a line and column of the file, whatever its layout; without its byte-order mark).
 */
function notebookEnvAssignments(text: string): Hit[] {
  const out: Hit[] = [];
  if (!text.includes('=') && !text.includes('%')) return out;
  const body = text.replace(/^\uFEFF/, '');
  for (const l of notebookCodeLines(body, true)) {
    if (l.text.length > LONG_LINE || !(l.text.includes('=') || /^[ \t]*%(?:set_)?env[ \t]/.test(l.text))) continue;
    const a = NOTEBOOK_ENV_RE.exec(l.text);
    if (!a) continue;
    const magic = a[1]?.startsWith('%') === true;
    // In a cell's source only a magic is no Python (`API_KEY=load()` is code); in its outputs a line is text.
    if (l.section === 'source' ? !magic : magic) continue;
    const [, , name, rest] = a as unknown as [string, string | undefined, string, string];
    if (!isSecretName(name)) continue;
    const value = unquotedEnvValue(rest, false).replace(/^(["'])(.*)\1$/, '$2');
    if (value === '' || isDigest(name, value) || namedAfterKey(name, value) || isPatternLiteral(value)) continue;
    // IPython expands a magic's `{expr}` (`%env API_KEY={get_key()}`) and `$VAR` before running it: no literal.
    if (magic && /\{[^{}]*\}|\$[A-Za-z_{(]/.test(value)) continue;
    if (!(magic ? looksLikeEnvSecret(value, name) : looksLikeSecretValue(value, 12, name))) continue;
    // The value's place in the string as written: the magic and the name hold no escapes; a quote before the value is stepped over.
    const at = lineColumnAt(body, l.offset(a[0].length - rest.length + rest.indexOf(value)));
    out.push({ ...at, message: `'${name}' is assigned a hard-coded secret value${magic ? ' (a notebook %env magic)' : ' (printed in a notebook cell\'s output)'}`, secret: value });
  }
  return out;
}

/** The column in `line` (with `\"` escapes) of column `column` of its unescaped text. */
function escapedColumn(line: string, column: number): number {
  let u = 1;
  for (let i = 0; i < line.length; i++) {
    if (u === column) return i + 1;
    if (line[i] === '\\' && line[i + 1] === '"') i++;
    u++;
  }
  return column;
}

/** A quoted value's text with its escaped quotes and backslashes unescaped (`{\"k\": \"v\"}`), and a map back to offsets in the value. */
function unescapeQuoted(value: string, quote: string): { text: string; offset: (i: number) => number } {
  if (!value.includes('\\')) return { text: value, offset: (i) => i };
  const raw: number[] = [];
  let text = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && (value[i + 1] === quote || value[i + 1] === '\\')) i++;
    raw.push(i);
    text += value[i];
  }
  return { text, offset: (i) => raw[i] ?? value.length };
}


/**
 * Where a YAML line's comment starts, -1 when it has none: a `#` at the line's start or after white space, outside a quoted
 * scalar. A quote opens a scalar only where one starts (after the indentation, `: `, `- `, `[`, `{`, `,`, or an `=` of a
 * compose list entry `- KEY="…"`); inside a plain scalar it is a character (`it's`, `password: Xk9#mP2v` keeps its `#`). In a
 * double-quoted scalar `\"` escapes, in a single-quoted one `''`.
 */
function yamlCommentStart(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = '';
      }
    } else if (c === '#') {
      if (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t') return i;
    } else if (c === '"' || c === "'") {
      const before = line.slice(0, i).trimEnd();
      const prev = before.at(-1);
      if (prev === undefined || '[{,:=?'.includes(prev) || (prev === '-' && before.length < i)) quote = c;
    }
  }
  return -1;
}

/** A YAML key with nothing after its `:` (a comment aside): `password:`, `- "API_SECRET":`. Group 2 the key. */
const YAML_BARE_KEY_RE = /^([ \t]*(?:-[ \t]+)?)["']?([A-Za-z_][\w.-]{0,100})["']?[ \t]*:[ \t]*(?:#.*)?$/;
/** Cheap test before the line walk: some line ends with a `:` (a comment aside). */
const YAML_BARE_KEY_HINT = /:[ \t]*(?:#[^\n]*)?\r?$/m;
/** A quoted scalar that is the whole line: group 1 the quote, 2 its text. */
const YAML_QUOTED_LINE_RE = /^(["'])((?:(?!\1)[^\\]|\\.){1,1000})\1[ \t]*(?:#.*)?$/;

/**
 * A YAML value written on the line below its key, more indented (`password:` then `  Bd3Zp8…`, `apiToken:` then `  "…"`):
 * the same string value as on the key's line, which YAML allows for plain and quoted scalars alike (a plain one may run on
 * over more lines, folded with spaces). Judged as an assignment of that key, at the value, with the key's line kept (a
 * Kubernetes Secret's key judged by its own reader stays its finding). A mapping, a sequence, a block scalar (read by the
 * line scan), an anchor, alias or tag below the key is no such value.
 */
function yamlValuesBelowKey(text: string): Hit[] {
  const hits: Hit[] = [];
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length && i < 1_000_000; i++) {
    const k = YAML_BARE_KEY_RE.exec(lines[i]!.replace(/\r$/, ''));
    if (!k || !isSecretName(k[2]!)) continue;
    const indent = k[1]!.length;
    let j = i + 1;
    while (j < lines.length && j <= i + 5 && /^[ \t]*(?:#.*)?\r?$/.test(lines[j]!)) j++;
    const first = (lines[j] ?? '').replace(/\r$/, '');
    const lead = first.search(/\S/);
    if (lead <= indent) continue;
    const body = first.slice(lead);
    let value: string;
    let column = lead + 1;
    const q = YAML_QUOTED_LINE_RE.exec(body);
    if (q) {
      value = unescapeQuoted(q[2]!, q[1]!).text;
      column++;
    } else {
      if (/^[-[{|>&*!%@`#"']/.test(body) || /:(?:[ \t]|$)/.test(body)) continue;
      const c = yamlCommentStart(body);
      const parts = [(c < 0 ? body : body.slice(0, c)).trim()];
      // A plain scalar runs on over the lines indented past the key (folded with spaces), up to a line that ends it.
      for (let n = j + 1; n < lines.length && n <= j + 50; n++) {
        const l = lines[n]!.replace(/\r$/, '');
        if (!l.trim()) break;
        if (l.search(/\S/) <= indent || /:(?:[ \t]|$)/.test(l) || /^[ \t]*#/.test(l)) break;
        const cc = yamlCommentStart(l.trim());
        parts.push((cc < 0 ? l.trim() : l.trim().slice(0, cc)).trim());
      }
      value = parts.join(' ');
    }
    const key = k[2]!;
    if (!value || matchesTokenRule(value) || isEscapedHash(value) || namedAfterKey(key, value) || !looksLikeSecretValue(value, 12, key)) continue;
    hits.push({ line: j + 1, column, message: `'${key}' is assigned a hard-coded secret value`, secret: value, keyLine: i + 1 });
  }
  return hits;
}

/** The text of a YAML block scalar that starts after `lineEnd`, joined without newlines. */
function blockScalar(text: string, lineEnd: number, indent: number): { value: string; below: number; column: number } {
  const out: string[] = [];
  let pos = lineEnd + 1;
  // Where the text starts: how many lines below the key (0: an empty block), and its column there.
  let below = 0;
  let column = 0;
  for (let n = 0; n < 200 && pos < text.length; n++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const l = text.slice(pos, end).replace(/\r$/, '');
    pos = end + 1;
    if (!l.trim()) continue;
    const lead = l.search(/\S/);
    if (lead <= indent) break;
    if (!out.length) { below = n + 1; column = lead + 1; }
    out.push(l.trim());
  }
  return { value: out.join(''), below, column };
}

/** A SealedSecret ciphertext: base64 of an RSA-wrapped session key and the sealed value (long, base64 only). */
const SEALED_RE = /^[A-Za-z0-9+/]{32,}={0,2}$/;

/** Literal values in Kubernetes `Secret` manifests and secret-named container env values; returns the `file:line`s it judged. */
/** Values that are no secret in any Secret key: booleans (`usage-bootstrap-signing: "true"`) and ISO dates (`expiration`). */
const NOT_SECRET_VALUE = /^(?:true|false|yes|no|on|off|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)$/i;

/**
 * How a Secret's key is judged: `skip` (it names where/who/what kind), `url` (reported only with an embedded password or a
 * provider token), `value` (a secret name: any literal counts) or `other` (any other name: a literal counts unless it is a
 * URL that points elsewhere, {@link isPlainUrl}).
 */
function secretKeyKind(key: string): 'skip' | 'url' | 'value' | 'other' {
  if (isSecretName(key)) return 'value';
  const t = keyWords(key);
  const last = t.at(-1) ?? '';
  if (last === 'key' || last === 'keys') return 'value';
  // A bootstrap token's `usage-bootstrap-authentication`/`usage-bootstrap-signing`: what the token may be used for.
  if (namesWhereOrWho(last) || t[0] === 'usage') return 'skip';
  return URL_KEY_WORDS.has(last) ? 'url' : 'other';
}

/** Whether a value holds a provider token (a Slack or Discord webhook URL, a `ghp_…` token), examples and fillers aside. */
function holdsToken(value: string): boolean {
  TOKEN_RE.lastIndex = 0;
  if (!TOKEN_RE.test(value)) return false;
  for (const rule of TOKEN_RULES) {
    rule.re.lastIndex = 0;
    if (rule.context && !rule.context.test(value)) continue;
    for (const m of value.matchAll(rule.re)) if (!rule.reject?.(m[1] ?? m[0], value)) return true;
  }
  return false;
}

/**
 * A URL that points elsewhere and holds no secret: no user info with a password, no secret-named query parameter, no
 * provider token, and no random-looking path segment (a capability URL's: `…/IncomingWebhook/<32 hex>/…`). An OIDC
 * issuer or discovery document (`https://auth.acme.io/.well-known/openid-configuration`), an API endpoint.
 */
function isPlainUrl(value: string): boolean {
  const v = value.trim();
  if (!isUrlWithoutSecret(v) || secretQueryParams(v).length || holdsToken(v)) return false;
  return !URL_PARTS_RE.exec(v)![2]!.split(/[/?&=#;]+/).some((segment) => looksLikeSecretValue(segment));
}

/** Whether a URL or connection string embeds a real password (not a variable, placeholder or default). */
function embedsPassword(value: string): boolean {
  for (const m of value.matchAll(URL_CREDENTIALS_RE)) if (looksLikeUrlPassword(m[2]!, m[3]!)) return true;
  const conn = connectionStringPassword(value);
  return conn !== null && realConnectionPassword(conn, false, 8);
}

/** A quoted literal of code: its text between `"…"`, `'…'` or backticks, on one line. */
const QUOTED_LITERAL_RE = /"((?:[^"\\\n]|\\.){1,2000})"|'((?:[^'\\\n]|\\.){1,2000})'|`([^`\n]{1,2000})`/g;

/**
 * Whether a connection string's password is a real one. A MySQL DSN's is judged as a URL's inline password
 * ({@link looksLikeUrlPassword}: 8+ characters; not a variable, placeholder, default or the user name), and where a URL's is
 * found in a line (`local`), a local or documentation host passes as it does for a URL (a socket, `unix(/cloudsql/…)`, is
 * no host and counts); any other's as a value under a secret's name (`minLength`). A format field (`%s`, `%v`, `{}`,
 * `{password}`, `${DB_PASSWORD}`) or the user name given beside it (default-credentials' finding) is no password.
 */
function realConnectionPassword(conn: ConnPassword, local: boolean, minLength = 12): boolean {
  const p = conn.password;
  if (isReference(p) || FORMAT_FIELD_RE.test(p) || (conn.user !== undefined && passwordFromUserName(p, conn.user) !== null)) return false;
  if (conn.kind === 'mysql-dsn' || conn.kind === 'oracle') return !(local && conn.host && isLocalOrExampleHost(conn.host)) && looksLikeUrlPassword(conn.user ?? '', p);
  return looksLikeSecretValue(p, minLength);
}
/** A format field or template tag in place of a password: printf's `%s`/`%v`/`%-10s`, Python's `{}`/`{password}`/`{0}`, `<password>`, `$PW`. */
const FORMAT_FIELD_RE = /^(?:%[-+ #0]*\d*(?:\.\d+)?[a-zA-Z]|\{[\w.[\]!:]*\}|<[^<>]*>|\$\w+)$/;

/**
 * Last words of a key that name a plain setting, which an app's whole environment kept in one Secret (for `envFrom`) holds
 * beside its secrets: `NODE_ENV`, `SENTRY_ENVIRONMENT`, `LOG_LEVEL`, `LOG_FORMAT`, `TZ`, `WEB_CONCURRENCY`, `SMTP_FROM`,
 * `RAILS_LOG_TO_STDOUT`. Its value is a secret only when it looks like one ({@link isPlainSetting}).
 */
const SETTING_KEY_WORDS = new Set([
  'env', 'environment', 'stage', 'tier', 'level', 'levels', 'format', 'tz', 'timezone', 'locale', 'lang', 'language', 'charset',
  'concurrency', 'workers', 'threads', 'processes', 'replicas', 'from', 'sender', 'stdout', 'stderr', 'verbosity', 'verbose', 'mode',
  'debug', 'timeout', 'interval', 'size', 'limit', 'max', 'min', 'count', 'enabled', 'disabled', 'release', 'channel', 'currency',
]);
/** Words of a key whose value is private whatever its shape: a PIN, a one-time code, a seed, a salt, a licence. */
const PRIVATE_VALUE_WORDS = new Set(['pin', 'pins', 'otp', 'totp', 'hotp', 'passcode', 'code', 'codes', 'seed', 'salt', 'nonce', 'signature', 'cvv', 'cvc', 'ssn', 'license', 'licence', 'recovery', 'backup']);
/** Values of a plain setting: an environment's name, a log level or format, a switch (`NODE_ENV: production`, `LOG_LEVEL: info`). */
const SETTING_VALUE_RE = /^(?:production|prod|staging|stage|development|develop|dev|test|testing|qa|uat|preview|sandbox|local|demo|live|info|debug|warn|warning|error|trace|fatal|critical|notice|verbose|silent|quiet|json|text|logfmt|plain|pretty|console|ecs|gelf|enabled|disabled|enable|disable|none|auto|default|always|never|required|optional|strict|lax|utc|gmt)$/i;
/** A number, also with a unit (`"4"`, `0.25`, `30s`, `512Mi`, `80%`). */
const SETTING_NUMBER_RE = /^-?\d{1,10}(?:\.\d{1,6})?(?:ms|s|m|h|d|w|k|kb|mb|gb|ki|mi|gi|%)?$/i;
/** An e-mail address, also with a display name (`noreply@acme.io`, `Acme <noreply@acme.io>`): a sender, no secret. */
const EMAIL_VALUE_RE = /^(?:[^<>@\n]{1,80}<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/;
/** A time zone (`Europe/Berlin`, `America/Argentina/Buenos_Aires`, `Etc/UTC`) or a locale (`en_US.UTF-8`, `de`, `C.UTF-8`). */
const ZONE_OR_LOCALE_RE = /^(?:[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_+-]+){1,2}|[a-z]{2,3}(?:[_-][A-Z]{2})?(?:\.(?:UTF|utf)-?8)?|C\.(?:UTF|utf)-?8)$/;

/**
 * Whether a Secret's value under a name that is no secret's is a plain setting kept beside the secrets: a number, an
 * environment's name, a log level, a switch, an e-mail address, a time zone or a locale under any such name; under a
 * setting's name ({@link SETTING_KEY_WORDS}) any value that does not look like a secret (random, a provider token, a URL password).
 */
function isPlainSetting(key: string, value: string): boolean {
  const v = value.trim();
  const words = keyWords(key);
  // A PIN, one-time code, seed or salt may be all digits (`ADMIN_PIN: "482913"`): never a plain setting.
  if (words.some((w) => PRIVATE_VALUE_WORDS.has(w))) return false;
  if (SETTING_NUMBER_RE.test(v) || SETTING_VALUE_RE.test(v) || EMAIL_VALUE_RE.test(v) || ZONE_OR_LOCALE_RE.test(v)) return true;
  if (!SETTING_KEY_WORDS.has(words.at(-1) ?? '')) return false;
  return !v.includes('\n') && !looksLikeSecretValue(v, 8) && !holdsToken(v) && !embedsPassword(v) && !/PRIVATE KEY/.test(v);
}

/**
 * Whether a Secret's literal value (decoded) under `key` is a secret ({@link secretKeyKind}): not a key that names where or
 * who, a placeholder, reference, default, public key, ciphertext or hash, boolean or date, a URL without a password under a
 * URL's name or one that is no secret's, or a certificate. Also how a kustomize `secretGenerator` env source is judged.
 */
export function isSecretDataValue(key: string, value: string): boolean {
  const kind = secretKeyKind(key);
  // Password hashes (an ingress-nginx basic-auth Secret's htpasswd `auth`) are what a server stores, not the secret.
  if (kind === 'skip' || !value.trim() || isReference(value) || isDefaultCredential(value) || isExampleValue(value) || isPublicKeyValue(value, key) || isCiphertextOrHash(value) || NOT_SECRET_VALUE.test(value.trim())) return false;
  if (kind === 'url') return embedsPassword(value) || holdsToken(value);
  // Under a name that is no secret's (`discovery`, `jwks`), a URL without a password points elsewhere; a plain setting
  // (`NODE_ENV: production`, `WEB_CONCURRENCY: "4"`, `SMTP_FROM: noreply@acme.io`) kept beside the secrets is none.
  if (kind === 'other' && (isPlainUrl(value) || isPlainSetting(key, value))) return false;
  // Certificates and CA bundles are public.
  return !(/^\s*-----BEGIN CERTIFICATE-----/.test(value) && !value.includes('PRIVATE KEY'));
}

/** A Secret key holding a Docker client configuration: `kubernetes.io/dockerconfigjson`'s `.dockerconfigjson`, the legacy `.dockercfg`. */
const DOCKER_CONFIG_KEY_RE = /^\.docker(?:configjson|cfg)$/;
/** Settings of a Docker client configuration that hold no credential: which helper to ask, output formats, the user's name. */
const DOCKER_CONFIG_PLAIN_KEYS = new Set(['credsStore', 'credHelpers', 'email', 'username', 'serveraddress', 'detachKeys', 'psFormat', 'imagesFormat', 'currentContext', 'stackOrchestrator', 'experimental']);
/**
 * Whether a Docker client configuration (JSON) holds a login: an `auth` whose decoded `user:password` has a password, or any
 * other value (`password`, `identitytoken`, `registrytoken`, a header) that is not empty, a reference or a plain setting.
 * `{}`, `{"auths":{}}` (a stub pull secret CI fills in later), a `credHelpers`-only configuration and password-less entries
 * hold none. A text that is no JSON object, or an `auth` that does not decode to `user:password`, is taken to hold one.
 */
function dockerConfigHoldsLogin(text: string): boolean {
  let doc: unknown;
  try { doc = JSON.parse(text); } catch { return true; }
  if (!isObject(doc)) return true;
  const holds = (v: unknown, key: string): boolean => {
    if (Array.isArray(v)) return v.some((x) => holds(x, key));
    if (isObject(v)) return key !== 'credHelpers' && Object.entries(v).some(([k, x]) => holds(x, k));
    if (typeof v !== 'string') return false;
    const s = v.trim();
    if (!s || isReference(s) || DOCKER_CONFIG_PLAIN_KEYS.has(key)) return false;
    if (key !== 'auth') return true;
    const decoded = decodeBase64(s);
    const sep = decoded?.indexOf(':') ?? -1;
    if (decoded === null || sep < 0) return true;
    const password = decoded.slice(sep + 1);
    return password !== '' && !isReference(password);
  };
  return holds(doc, '');
}

/**
 * A Secret key that names a configuration file (`alertmanager.yaml`, `grafana.ini`, `fluent-bit.conf`, `config.json`, `app.env`):
 * its value is a document, judged by what it holds, not as one secret value.
 */
const CONFIG_FILE_KEY_RE = /^[\w.-]*\.(?:ya?ml|json|ini|conf|cfg|cnf|toml|properties|xml|env|hcl)$/i;

/**
 * A configuration file's hits in a Secret's value, at their lines in the manifest: a block scalar's content line `n` is the
 * key's line + n, a one-line value is on the key's line (the column where the secret is written there); a `data` value
 * (base64) is reported at its key.
 */
function configFileHits(scanFile: (file: string, text: string) => Hit[] | undefined, lines: string[] | undefined, key: string, value: string, at: { line: number; column: number }, encoded: boolean): Hit[] {
  const out: Hit[] = [];
  const multi = value.includes('\n');
  for (const h of scanFile(key, value) ?? []) {
    let line = at.line;
    let column = at.column;
    if (!encoded) {
      const want = multi ? at.line + h.line : at.line;
      const col = lines?.[want - 1]?.indexOf(h.secret) ?? -1;
      if (col !== -1) { line = want; column = col + 1; }
    }
    out.push({ ...h, line, column });
  }
  return out;
}

function scanKubernetes(snapshot: SnapshotView, skipFile: (f: string) => boolean, report: (f: RawFinding) => void, userNamed: (file: string, line: number, value: string) => boolean, scanFile: (file: string, text: string) => Hit[] | undefined): Set<string> {
  const handled = new Set<string>();
  for (const obj of snapshot.k8sObjects()) {
    if (skipFile(obj.file)) continue;
    if (obj.kind === 'SealedSecret' && obj.apiVersion.startsWith('bitnami.com/')) {
      // Ciphertext sealed for the cluster's key is meant to be committed: its lines pass, and so
      // do the template's metadata lines. (`spec.template.data` is plain text: still scanned.)
      const spec = isObject(obj.value['spec']) ? obj.value['spec'] : {};
      const sealed = (v: unknown) => typeof v === 'string' && SEALED_RE.test(v.replace(/\s+/g, ''));
      const pass = (path: (string | number)[]) => handled.add(`${obj.file}:${obj.loc(path, true).line}`);
      if (isObject(spec['encryptedData'])) for (const [key, v] of Object.entries(spec['encryptedData'])) if (sealed(v)) pass(['spec', 'encryptedData', key]);
      // The pre-v0.7 form: one ciphertext for the whole Secret.
      if (sealed(spec['data'])) pass(['spec', 'data']);
      const template = isObject(spec['template']) ? spec['template'] : {};
      const meta = template['metadata'];
      if (isObject(meta)) {
        for (const [key, v] of Object.entries(meta)) {
          if (!isObject(v)) pass(['spec', 'template', 'metadata', key]);
          else for (const inner of Object.keys(v)) pass(['spec', 'template', 'metadata', key, inner]);
        }
      }
      continue;
    }
    if (obj.kind === 'Secret' && obj.apiVersion === 'v1') {
      // A key is reported at its first character, past a quote opening it (a Secret written as JSON: `"password": …`).
      let lines: string[] | undefined;
      const keyColumn = (line: number, column: number) => {
        const text = (lines ??= snapshot.lines(obj.file) ?? [])[line - 1]?.replace(line === 1 ? /^\uFEFF/ : /^$/, '');
        const q = text?.[column - 1];
        return (q === '"' || q === "'") && text![column] !== q ? column + 1 : column;
      };
      for (const field of ['data', 'stringData'] as const) {
        const data = obj.value[field];
        if (!isObject(data)) continue;
        for (const [key, raw] of Object.entries(data)) {
          // Every key line is judged here; the line scan must not judge it again (raw base64).
          const at = obj.loc([field, key], true);
          handled.add(`${obj.file}:${at.line}`);
          // A multi-line value (a PEM key, a configuration file in a block scalar) is judged here on all its lines too.
          const claimBlock = (text: string) => {
            if (text.includes('\n')) for (let n = text.replace(/\n+$/, '').split('\n').length, l = at.line + 1; l <= at.line + n; l++) handled.add(`${obj.file}:${l}`);
          };
          const kind = secretKeyKind(key);
          // sops encrypts the values in place (`ENC[AES256_GCM,…]`, also under `data:`): ciphertext, as everywhere.
          if (typeof raw !== 'string' || !raw.trim() || isReference(raw) || kind === 'skip' || isCiphertextOrHash(raw)) continue;
          const value = field === 'data' ? (decodeBase64(raw) ?? raw) : raw;
          // A pull secret's Docker configuration that holds no login (`{}`, `{"auths":{}}`): no secret.
          if (DOCKER_CONFIG_KEY_RE.test(key) && !dockerConfigHoldsLogin(value)) continue;
          if (CONFIG_FILE_KEY_RE.test(key) && /[\s=:{[<]/.test(value.trim())) {
            // A configuration file (kube-prometheus' `alertmanager.yaml`, Grafana's `grafana.ini`): judged by its content with the
            // ordinary rules (provider tokens, private keys, secret-named settings, URL passwords), each hit at its line.
            claimBlock(raw);
            for (const h of configFileHits(scanFile, snapshot.lines(obj.file), key, value, at, field === 'data')) {
              report({
                file: obj.file, line: h.line, column: h.column, secret: h.secret,
                message: `Secret '${obj.name ?? '?'}' holds in its '${key}' (${field}): ${h.message}; use a SealedSecret, External Secrets or a secret created outside git`,
              });
            }
            continue;
          }
          if (!isSecretDataValue(key, value)) continue;
          // The line scan's private-key rule must not report the same value again below the key.
          claimBlock(raw);
          const pem = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY)-----/.exec(value)?.[1];
          report({
            file: obj.file, line: at.line, column: keyColumn(at.line, at.column), secret: value,
            message: `Secret '${obj.name ?? '?'}' commits a literal value for '${key}' in ${field}${pem ? ` (a private key, ${pem})` : ''}; use a SealedSecret, External Secrets or a secret created outside git`,
          });
        }
      }
      continue;
    }
    for (const e of containerEnv(obj)) {
      if (!isSecretName(e.name) || !looksLikeSecretValue(e.value, 12, e.name) || isEscapedHash(e.value)) continue;
      handled.add(`${obj.file}:${e.line}`);
      if (userNamed(obj.file, e.line, e.value)) continue;
      report({
        file: obj.file, line: e.line, column: e.column, secret: e.value,
        message: `container '${e.container.name}' sets '${e.name}' to a hard-coded secret value; use valueFrom.secretKeyRef`,
      });
    }
  }
  return handled;
}

/**
 * High-confidence secret values in tracked files: private keys, provider tokens by format,
 * URLs with passwords, literal Kubernetes Secrets, and secret-named assignments of random-looking
 * literals. Values are never printed.
 */
export const hardcodedSecret = defineCheck({
  id: 'hardcoded-secret',
  title: 'No secrets are committed to the repository',
  severity: 'critical',
  description: 'Private keys, provider tokens, passwords in URLs, literal Kubernetes Secrets and high-entropy secret-named literals in tracked files.',
  match: [
    {
      // A secret word may be a setting's name: "`SECRET_KEY` read from the environment, not hard-coded", and whose it is may stand
      // before it: "No hard-coded database password". "None" says it of
      // them all, when it opens the clause after them: "All API keys live in Doppler, none hard-coded", "API keys: none of
      // them hard-coded"; not of another noun in between ("Tokens rotate monthly, hostnames: none hard-coded").
      pattern: /\b(?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|keys?|tokens?)\b(?:[^;]*\b(?:not|never) hard-? ?coded\b|(?::|[^;:]*(?:,| [—–-])) none(?: of them)?(?: (?:is|are))? hard-? ?coded\b)|\b(?:no|never|not)\b[^;]*\bhard-? ?coded (?:(?:database|db|datasource|admin|root|smtp|redis|postgres(?:ql)?|mysql|mongo(?:db)?|ldap|app(?:lication)?|service|user) )?(?:secrets?|credentials?|passwords?|api keys?|keys?|tokens?)\b|\bno (?:secrets?|credentials?|passwords?|api keys?|keys?|tokens?) (?:are |is )?hard-? ?coded\b|\b(?:do not|don't|never) hard-? ?code (?:any )?(?:secrets?|credentials?|passwords?|api keys?|keys?|tokens?)\b/,
      note: 'a promise that no secret is hard-coded: the check scans tracked files for secret values',
    },
    {
      // "Not hard-coded" nested under a Secrets item or heading.
      pattern: /^(?:are |is )?(?:not|never) hard-? ?coded$/,
      context: /\b(?:secrets?|credentials?|passwords?|api keys?|tokens?)\b/,
      note: 'not hard-coded, under a secrets item or heading: the check scans tracked files',
    },
    {
      // "No API keys are checked into git", "No Kubernetes Secret manifests with literal values committed to git",
      // "No `kind: Secret` manifests in the repo", "No `kind: Secret` with literal data in the manifests",
      // "No plaintext `Secret` manifests in the repo", "Secret manifests are never committed unencrypted",
      // "AWS access keys are not committed", "Private keys are never checked in", "`config/master.key` is never committed" (as
      // "… is not in git"), "Rails master key not committed", "`APP_KEY` is never committed".
      // Also "No secrets, tokens or passwords are committed in this PR", "`SECRET_KEY` comes from env, not the repo", "Signing
      // keys only in the platform's env, never in code".
      pattern: /\b(?:secrets?|credentials?|passwords?|keys?|tokens?)\b[^;]*\b(?:not|never)\b[^;]*\b(?:in|committed to|checked into) (?:version control|git|the repo(?:sitory)?|source control|source code|(?:the )?code(?: ?base)?)\b|\bno (?:secrets?|credentials?|passwords?|(?:api |private |secret )?keys|tokens)(?:(?:,| or| and| nor)+ (?:secrets?|credentials?|passwords?|(?:api |private |secret )?keys|tokens)){0,3} (?:are |is |were |get |gets )?(?:committed|checked in|pushed)\b|\b(?:[a-z\d]+_)*(?:secrets?|credentials?|passwords?|keys?|tokens?)\b (?:comes?|is read|are read|is loaded|are loaded|is taken|are taken|is injected|are injected) from (?:the )?(?:env(?:ironment)?(?: variables?)?|secrets? manager|vault|a secret store)\b[^;]*\bnot (?:from |in )?(?:the )?(?:repo(?:sitory)?|code(?: ?base)?|git|source(?: code)?)\b|\bnever commit (?:secrets?|credentials?|keys?|passwords?|tokens?)\b|\bno (?:secrets?|credentials?|passwords?|(?:api |private |secret |aws |access |cloud |ssh )?keys|tokens)(?:,? (?:or|and|nor) (?:secrets?|credentials?|passwords?|(?:api |private |secret )?keys|tokens))? (?:are |is )?(?:in|committed to|checked in(?:to)?|pushed to) (?:git|the repo(?:sitory)?|version control|source control|(?:the )?source code|(?:the )?code ?base|(?:the )?code)\b|\bno (?:kubernetes |k8s |kind: ?)?secret manifests?\b[^;]*\b(?:literal|plain ?text|unencrypted|committed|checked in|in git|in (?:the )?repo(?:sitory)?|in (?:version|source) control)\b|\bno (?:plain ?text|unencrypted|literal) (?:kubernetes |k8s |kind: ?)?secrets? manifests?\b|\b(?:kubernetes |k8s |kind: ?)?secret manifests?\b[^;]*\b(?:not|never)\b[^;]*\b(?:plain ?text|unencrypted)\b|\bno (?:(?:kubernetes|k8s) (?:kind: ?)?|kind: ?)secrets?(?: resources?| objects?)?\b[^;]*\b(?:literal|plain ?text|committed|checked in|in git|in (?:the )?repo(?:sitory)?|in (?:version|source) control)\b|\b(?:secrets?|credentials?|passwords?|tokens?|(?:api|private|secret|aws|access|ssh|signing|encryption|cloud|(?:rails )?master) keys?|(?:[a-z\d]+_)*(?:secret|api|app|master|private|signing|encryption|access|auth|jwt|session)_keys?(?:_base)?|(?:[a-z\d]+_)+(?:secrets?|tokens?|passwords?)|[\w/.-]+\.key)\b (?:are |is )?(?:not|never) (?:being )?(?:committed|checked in)\b/,
      // Chat, wikis, tickets, logs and URLs are not tracked files; the check reads no assignment in a comment.
      unless: /\b(?:slack|chat|wiki|tickets?|jira|emails?|logs?|logged|urls?|comments?)\b/,
      note: 'a promise that secrets stay out of the repository: the check scans tracked files',
    },
    {
      // Hard-coded secrets taken out: "Remove hardcoded credentials", "Hardcoded secrets removed", "Remove all hardcoded API keys
      // from the code"; never committed, as an order: "Do not commit private keys", "Don't commit secrets or API tokens".
      pattern: /\b(?:remov(?:e|es|ing)|delet(?:e|es|ing)|eliminat(?:e|es|ing)|purg(?:e|es|ing)|get rid of|strip(?:s|ping)?(?: out)?)(?: all| any| the| our| every)? hard-? ?coded (?:[\w-]+ )?(?:secrets?|credentials?|passwords?|keys|tokens?)\b|\bhard-? ?coded (?:[\w-]+ )?(?:secrets?|credentials?|passwords?|keys|tokens?) (?:(?:are|were|have been|has been|got|get|gets) )?(?:all )?(?:removed|deleted|eliminated|purged|gone|stripped(?: out)?)\b|\b(?:never|do not|don't|must not|mustn't|should not|shouldn't) (?:ever )?commit (?:any )?(?:(?:api|private|secret|aws|access|ssh|signing|encryption|cloud|production|real) )?(?:secrets?|credentials?|passwords?|keys|tokens?)\b/,
      unless: /\b(?:slack|chat|wiki|tickets?|jira|emails?|logs?|logged|urls?|comments?|mobile|ios|android|tests?|fixtures?)\b/,
      note: 'a promise that hard-coded secrets are gone from the repository: the check scans tracked files',
    },
    {
      // A secret scan of the repository as the item: "Scan the repo for leaked secrets (gitleaks / trufflehog)", "Check the
      // codebase for hard-coded secrets", "Run gitleaks: no secrets found". The check is that scan. Not one that names no place
      // ("Check for exposed secrets": exposed where?), nor one set up to run elsewhere or on a schedule ("Add gitleaks to CI",
      // "Run gitleaks weekly", "Scan Docker images for secrets", "Check logs for secrets").
      pattern: /^(?:scan|check|search|grep) (?:the |our )?(?:repo(?:sitory)?|code ?base|source(?: code)?|code|git history|commits?) for (?:any |leaked |exposed |hard-? ?coded |committed |plain-?text |stray |accidentally committed )*(?:secrets?|credentials?|api keys|passwords?|tokens)\b|^(?:run )?(?:gitleaks|trufflehog|detect-secrets|git-secrets|ggshield)\b[^;]*?(?::|[—–-]|,|→|->)\s*(?:no (?:secrets?|leaks?|findings?|credentials?)(?: (?:found|detected|reported))?|clean|(?:it )?pass(?:es|ed)?)(?=$|[\s.;,()])/,
      unless: /\b(?:ci|pipelines?|workflows?|github actions|pre-commit|hooks?|weekly|daily|nightly|monthly|regularly|scheduled|periodically|cron|docker|images?|containers?|logs?|slack|chat|wiki|tickets?|jira|emails?|mobile|ios|android|s3|buckets?)\b/,
      note: 'a secret scan of the repository: the check scans tracked files for secret values',
    },
    { ...SECRETS_NOT_IN_CONFIG, note: 'a promise that configuration files hold no secret: the check scans tracked files' },
    { ...SECRETS_NOT_IN_CONNECTION_STRINGS, note: 'a promise that connection strings hold no password: the check reads the password in connection strings and database URLs in tracked files' },
    { ...SECRETS_KEPT_OUT_OF_THE_REPO, note: 'a promise that no secret, listed with others, is hard-coded or committed: the check scans tracked files' },
    {
      pattern: SECRET_FROM_STORE_NEVER_COMMITTED,
      unless: /\b(?:slack|chat|wiki|tickets?|jira|emails?|logs?|logged|urls?|comments?)\b/,
      note: 'a secret read from a secret store, never committed nor written in a configuration file: the check scans tracked files',
    },
  ],
  docs: {
    why: 'A secret in git is readable by everyone with access to the repository, its forks, clones and CI logs, forever: history keeps it after the line is deleted.',
    fix: FIX,
    details: [
      '**What is found** (one finding per leaked value and line):',
      '- private key blocks (any `-----BEGIN … PRIVATE KEY-----` label, as gitleaks\' private-key rule: `RSA`, `EC`, `DSA`, `OPENSSH`, `PGP … BLOCK`, PKCS#8 `ENCRYPTED`, and vendor labels such as cosign\'s `ENCRYPTED COSIGN PRIVATE KEY` and `ENCRYPTED SIGSTORE PRIVATE KEY`; with a real body, also inside JSON strings with `\\n` escapes; a passphrase-encrypted key — a label with `ENCRYPTED` (PKCS#8 `ENCRYPTED PRIVATE KEY`, cosign\'s keys), a PEM key with `Proc-Type: 4,ENCRYPTED`, an OpenSSH key with a cipher — is reported as committed encrypted, not in plain text: the passphrase protects it only as well as the passphrase is kept), and PuTTY private key files (`PuTTY-User-Key-File-2:`/`-3:` with a key body, passphrase-protected or not); private JSON Web Keys: an object with a `kty` of `RSA`, `EC` or `OKP` (Ed25519, X25519) and the private member `d`, alone (`signing-jwk.json`) or in a key set (`{"keys": […]}`), in JSON, a JSON string or a JavaScript object literal, reported at `d` (a public key or set, without `d`, as a JWKS endpoint serves it, passes);',
      '- provider tokens by their formats (from gitleaks and the secretlint recommended preset): AWS access key ids and `aws_secret_access_key` values, GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), GitLab (`glpat-`, `gldt-`, `glrt-`, `glft-`, `glptt-`, `gloas-`, `glimt-`, `glsoat-`, `glagent-`), Slack tokens (also app-level `xapp-`) and webhooks, Stripe live keys, Google API keys, SendGrid, npm, OpenAI, Anthropic, Twilio, Shopify, PyPI upload tokens, DigitalOcean (`dop_v1_`, `doo_v1_`, `dor_v1_`), HashiCorp Vault (`hvs.`, `hvb.`), Azure storage/Cosmos DB account keys in connection strings (`AccountKey=`), Hugging Face (`hf_`, not a PascalCase class name: `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`), Telegram bot tokens, Postman (`PMAK-`), New Relic user keys (`NRAK-`), Grafana (`glc_`, `glsa_`), age secret keys, Doppler (`dp.pt.`, `dp.st.`, `dp.ct.`, `dp.sa.`), Linear (`lin_api_`), Square (`sq0atp-`, `sq0csp-`), Atlassian API tokens (`ATATT3`), Sentry (`sntrys_`, `sntryu_`), Supabase (`sbp_`), Docker Hub personal access tokens (`dckr_pat_`), PlanetScale (`pscale_tkn_`, `pscale_pw_`, `pscale_oauth_`), Stripe webhook signing secrets (`whsec_`), Google OAuth client secrets (`GOCSPX-`), Heroku (`HRKU-`), Cloudflare Origin CA keys (`v1.0-`), Mailgun (`key-` and 32 hex, as gitleaks only where the file says mailgun: `MAILGUN_API_KEY=…`, `mailgun.client({…})`, `api.mailgun.net`; elsewhere it is also a cache key\'s or a list key\'s shape, judged like any value under its name), Discord webhook URLs, Azure AD client secrets (`…Q~…`);',
      '- signed JSON Web Tokens written out under any name (gitleaks\' `jwt` rule: `createClient(url, \'eyJ…\')` with a Supabase service_role key, Kong\'s `- key: eyJ…`, `const SERVICE_JWT = \'eyJ…\'`): three base64url parts whose header is JSON with an `alg` other than `none` and whose payload is JSON; a bearer credential until it expires. Not in templates, documentation or tests (like secret-named assignments), and not: a Supabase anon key (`role: anon`, made for browsers), an expired token (`exp` in the past), jwt.io\'s sample (`sub: 1234567890`), a filler signature, an `example:` of an API description or any token of an OpenAPI/Swagger file (a document with a top-level `openapi`/`swagger` key, however laid out: FastAPI\'s one-line `openapi.json` dump too). The same judgement holds wherever a JWT is the value another rule reads: under a secret-like name (`SAMPLE_TOKEN = \'<jwt.io sample>\'`, `accessToken: \'<expired>\'`), after `Authorization: Bearer`, and in a dotenv file (`API_TOKEN=<expired token>` authenticates no one; a live token there is reported); a live token under a secret-like name is that assignment\'s finding, whose message says what the token is (`\'SUPABASE_SERVICE_ROLE_KEY\' is assigned a signed JSON Web Token (eyJ…, role \'service_role\'), committed in plain text…`); a committed Supabase demo service_role key (`iss: supabase-demo`) is reported, as under `SERVICE_ROLE_KEY=` in a committed `.env`: its signing secret is public, so it opens the API to anyone;',
      '- URLs with an inline password (`postgres://app:…@db/app`, also with an empty user name: `redis://:…@cache:6379`; reported at the password; in GitHub\'s documented `https://<token>:x-oauth-basic@github.com/…` the fixed password names the user name as the token, judged and reported there, so `https://${GH_TOKEN}:x-oauth-basic@…` passes), unless the password is a variable, a placeholder, a default or the user name, alone or followed by a password word or a counting run (`postgres://mmuser:mmuser_password@…`, `app:app123`; those are `default-credentials`\', which reads such a URL wherever code writes it, a call\'s argument too, by the same rule as a `*_USER`/`*_PASSWORD` pair), or the host is local/example; secret-named query parameters of a URL (`jdbc:mysql://db/app?user=app&password=…`, JDBC `;password=…`, `https://api…/v1?api_key=…`, `?token=…`, in code, configuration and `.env` files alike), whose value is judged like an assignment of that name (reported at the value; references such as `${DB_PASSWORD}` or `{API_KEY}`, placeholders, defaults and local/example hosts pass);',
      '- Terraform variables with a secret-like name and a literal `default` (`variable "db_password" { default = "…" }`: used whenever no value is given; judged like an assignment, a weak default is `default-credentials`\'), and the same for other templates\' parameters: a CloudFormation parameter\'s `Default` when the parameter has a secret-like name or a database\'s `MasterUserPassword` references it (`DBPassword: {NoEcho: true, Default: "…"}`; an SSM parameter type\'s default names a parameter and passes), a Bicep `param … string = \'…\'` that is `@secure()` or has a secret-like name, and an ARM template parameter\'s `defaultValue` of type `securestring` or with a secret-like name (template expressions `[…]`, Bicep interpolations and function calls are computed; a `@secure()`/`securestring` parameter named for who or where, `adminUsername`, holds a name); a secret store\'s resource written with a literal value — Terraform\'s `aws_ssm_parameter` (`SecureString`, whatever its `name` unless it says who or where; a `String` one by a secret\'s name, as CloudFormation\'s `AWS::SSM::Parameter` `Name`/`Value`), `azurerm_key_vault_secret`, `github_actions_secret`/`github_dependabot_secret`/`github_codespaces_secret` `plaintext_value`, a masked GitLab variable, a sensitive `tfe_variable`; Bicep\'s `Microsoft.KeyVault/vaults/secrets` `properties.value`; Pulumi\'s `aws.ssm.Parameter`, Key Vault secret and `ActionsSecret` — reported at the value (the store keeps it encrypted, git does not; `var.…`, `random_password.….result`, `data.…`, interpolations, a `@secure()` parameter, `config.requireSecret(…)` and GitHub\'s `encrypted_value` are no literal, and a weak value is `default-credentials`\'); a Terraform `helm_release`\'s chart values set by name (`set`/`set_sensitive { name = "auth.password" value = "…" }`, `set = [{ name = …, value = … }]`), judged under that name at the value; Rails\' `config/master.key` and `config/credentials/<env>.key` (32 hex digits that decrypt `config/credentials.yml.enc`/`config/credentials/<env>.yml.enc`; the message says whether that file is committed); the outputs of a committed Terraform state (`*.tfstate`, `*.tfstate.backup`): `"outputs": {"db_master_password": {"value": "…", "sensitive": true}}` holds the value in plain text, whatever `sensitive` hides from the CLI, and a string output is reported at its value when Terraform marks it sensitive (under any name that does not say who or where, `db_username`; one for a URL only with a password or a provider token in it) or its name is a secret\'s (`db_password`, `api_signing_key`), judged like an assignment of that name (a weak value is not reported: `default-credentials` does not read state files); the resources\' attributes are read as any JSON (`"password": "…"`), and those a provider keeps secret under a name that does not say so are reported at the value: `random_password`\'s `result` (generated, so 8+ characters count; a `random_string`\'s only when the resource is named for a secret, `random_string.db_password`, not `random_string.bucket_suffix`), `azuread_application_password`/`azuread_service_principal_password` `value`, `azurerm_key_vault_secret` `value`, `aws_secretsmanager_secret_version` `secret_string`, a `SecureString` `aws_ssm_parameter`\'s `value`, a sensitive `tfe_variable`\'s `value`, GitHub secrets\' `plaintext_value`, and a top-level attribute the instance\'s `sensitive_attributes` lists under a secret\'s name (providers mark attributes sensitive in their schema whatever they hold, `user_data`, `custom_data`, a `String` parameter\'s `value`: those are not read; judged as a sensitive output; data sources are not read);',
      '- Bundler\'s credentials for a gem server: `BUNDLE_<HOST>`, the host\'s dots written `__` and dashes `___` (`BUNDLE_GEMS__CONTRIBSYS__COM` and `BUNDLE_ENTERPRISE__CONTRIBSYS__COM`, Sidekiq Pro\'s and Enterprise\'s licence, as gitleaks\' `sidekiq-secret`; `BUNDLE_RUBYGEMS__PKG__GITHUB__COM`), a secret name wherever it is set (`.bundle/config`, also under a source\'s URL, `BUNDLE_HTTPS://RUBYGEMS__PKG__GITHUB__COM/ACME/`; `.env` files, compose and Kubernetes env, CI variables, shell scripts, a Dockerfile\'s `ENV`/`ARG`); a `user:password` value is judged by its password as a URL\'s inline password is (`${SIDEKIQ_USER}:${SIDEKIQ_PASSWORD}`, `ci:$TOKEN`, placeholders and defaults pass), a token as any value; Bundler\'s settings are no credentials (`BUNDLE_PATH`, `BUNDLE_WITHOUT`, `BUNDLE_DEPLOYMENT`, the dotted `BUNDLE_BUILD__<GEM>`, `BUNDLE_LOCAL__<GEM>`, `BUNDLE_MIRROR__<URL>`, `BUNDLE_GEM__<OPTION>`);',
      '- settings named by their section in appsettings JSON and Spring Boot YAML (`"Jwt": { "Key": "…" }`, .NET\'s `Jwt:Key`), judged like assignments; appsettings files are read as .NET\'s JSON configuration reads them, `//` and `/* */` comments and trailing commas allowed (no `parse-error` for those);',
      '- Helm chart templates whose secret-named key falls back to a literal (`SECRET_KEY_BASE: {{ .Values.secretKeyBase | default "plausible-analytics" }}`, `{{ default "…" .Values.jwtSecret }}`): every install that sets no value uses it;',
      '- container registry logins: `"auth": "<base64 user:password>"` in `.docker/config.json`, `.dockercfg`, Podman/skopeo `auth.json`, and by content in any other file the assignment rules read (not templates, docs or tests): the `"auth"` entries of an `"auths": {…}` object (a `config.json` elsewhere, GitLab\'s `DOCKER_AUTH_CONFIG` variable in `.gitlab-ci.yml`, a Jenkinsfile, JSON inside a YAML or code string, also `\\"`-escaped; empty, `${…}`, password-less `user:` and default `user:password` logins pass), and npm\'s `_auth=<base64 user:password>` in `.npmrc` (the user name is shown only when it is a plain name: some registries take a token as the user); Yarn 1\'s `.yarnrc`, the same settings written `key "value"` (`"//npm.acme.io/:_authToken" "…"`, `_authToken …`, `_password "…"`, judged as an `npm config set` value: `${NPM_TOKEN}` and placeholders pass; `_auth "<base64>"` as `.npmrc`\'s); `.netrc` `password` entries (with GitHub\'s fixed password `x-oauth-basic` the entry\'s `login` is the token, judged and reported there as in a URL: `login ${GITHUB_TOKEN}` or a user name passes); database users created with a literal password in SQL and shell init scripts (`CREATE USER app WITH PASSWORD \'…\'`, MySQL `IDENTIFIED BY \'…\'`, Oracle\'s unquoted or double-quoted `IDENTIFIED BY …` (also a database link\'s `CONNECT TO user IDENTIFIED BY …`), `SET PASSWORD FOR \'app\'@\'%\' = \'…\'`, MySQL 5\'s `GRANT … TO \'app\'@\'%\' IDENTIFIED BY \'…\'`, SQL Server `CREATE LOGIN … WITH PASSWORD = N\'…\'`, a PostgreSQL foreign server\'s user mapping `CREATE USER MAPPING FOR app SERVER … OPTIONS (user \'etl\', password \'…\')`, named by its local user and server; psql variables, references, `md5…`/`SCRAM-SHA-256$…` verifiers and MySQL\'s `*` + 40 hex digits pass; defaults and a password equal to the user name, or that name followed by a password word or a counting run, are `default-credentials`\') and Redis passwords (`requirepass`/`masterauth` in a `.conf`, `sentinel auth-pass`, `redis-server --requirepass …` in a command, also as the next item of a JSON array or YAML list; judged like a dotenv value under a password\'s name: a default or a value that names a setting, `requirepass redis_password`, is `default-credentials`\');',
      '- secret-named XML elements with a literal value (`<password>…</password>` in Maven\'s `settings.xml`, other `*.xml`/`*.config` files, and a setting written as an element\'s name and value attributes: .NET\'s `<add key="SmtpPassword" value="…" />` in `web.config` `appSettings` or NuGet.Config `ClearTextPassword`, IntelliJ run configurations\' `<env name="DB_PASSWORD" value="…" />` (`.idea/runConfigurations/*.xml`, `.run/*.run.xml`: shared by committing them, and read as `.vscode/launch.json`\'s `env` is), Tomcat\'s `<Environment name="…" value="…" />`, a Spring bean\'s `<property name="password" value="…" />`; Maven\'s encrypted `{…}` passwords, references and commented-out elements pass, and so does a hex digest under an element named for a hash, the element\'s name counting as the key\'s: ClickHouse\'s `users.d/*.xml` `<password_sha256_hex>`, `<password_double_sha1_hex>`, a `<password_hash>`, stored hashes made to be committed, while a plain `<password>` still counts);',
      '- property lists (`*.plist`, XML): a `<key>…</key>` and the `<string>…</string>` after it. An app\'s plist (`Info.plist`, its own config plists) ships inside the app, readable by anyone who downloads it, so a server-side secret there counts: a key whose name holds a secret\'s, password\'s, passphrase\'s, private key\'s or credential\'s word (`API_SECRET`, `RevenueCatSecretKey`, `DB_PASSWORD`) with a value that looks like a secret; the vendor SDKs\' client keys and tokens, embedded by design, pass (`FacebookClientToken`, `AppLovinSdkKey`, `AppsFlyerDevKey`, a RevenueCat public `appl_…` key, Airship\'s `productionAppKey`/`productionAppSecret`, App Center\'s app secret), and Firebase\'s `GoogleService-Info.plist` is not read for them (its `API_KEY` is public); a launchd job\'s `EnvironmentVariables` dict is an environment, where any secret-named variable counts (`API_TOKEN`);',
      '- OpenVPN static keys (`-----BEGIN OpenVPN Static key V1-----`, 2048 bits in hex: `ta.key`, or inline in a profile\'s `<tls-auth>`/`<tls-crypt>`; a shared secret of the control channel, searched wherever private keys are); `.pgpass`/`pgpass.conf` lines `host:port:database:user:password` (the password judged like a `.env` value: `*`, empty, short, placeholder and default passwords pass); Azure shared access signatures: a URL or connection string (`SharedAccessSignature=`) with `sv=<version>`, `sp=` or `se=`, and a `sig=` that is a base64 HMAC-SHA256 (URL-encoded), reported at `sig=` unless its `se=` expiry has passed (not in templates, docs or tests);',
      '- private keys committed base64-encoded: a PEM block (`LS0tLS1CRUdJTi…`: a kubeconfig\'s `client-key-data`, a Helm value) or a JSON service-account key holding a `private_key` (a GCP key put into a `.env` line), on lines of any length;',
      '- files of compose file-based secrets (`secrets: { db_password: { file: ./secrets/db_password.txt } }`) that are committed with a value (one line of 8+ characters that is no placeholder or default: a default or placeholder there, `changeme`, `mysecretpassword`, is `default-credentials`\'); judged by the secret\'s name and its file\'s name as a Kubernetes Secret\'s keys are: a secret named for a user, e-mail or host (`postgres_user`, `secrets/admin_email.txt`, `db_user.txt`, `db_host`) holds a name, not a password, unless the other name is a secret\'s (`db_password.txt`, `api_key`), and one named for a URL (`database_url`) counts only when the URL embeds a password or holds a provider token;',
      '- Postman environments and globals (`*.postman_environment.json`, `*.postman_globals.json`, or a JSON export with `"_postman_variable_scope": "environment"`), where a team keeps the values its requests send: each variable\'s `value` judged under its `key` like an assignment of that name (`{"key": "apiToken", "value": "…"}`; `{{other}}` references, placeholders and defaults pass), and a variable of `"type": "secret"` under any key that does not name who or where (a URL only with an embedded password or a provider token);',
      '- `kind: Secret` manifests with literal `data`/`stringData` (base64 decoded first; one finding per key, at the key, also for a private key a block scalar holds: the message names it, and its lines are not reported again; keys that name where, who or what kind rather than the secret are not reported, judged by the key\'s name tokens whatever its case or prefix — `username`, `DB_HOST`, `DB_PORT`, `SPRING_DATASOURCE_USERNAME`, `email`, libpq\'s `PGHOST`, `PGUSER`, `PGDATABASE`, `PGPORT`, `PGSSLMODE` and Railway\'s `MYSQLHOST`, `REDISHOST` (the service glued to the word; `PGPASSWORD` stays a secret), a bootstrap token\'s `token-id`, `expiration`, `auth-extra-groups` and `usage-bootstrap-*`, a service binding\'s `type`/`provider` —, while a key with a secret word (`password`, `token-secret`, `credentials`) or ending in `key` (`STRIPE_KEY`) always counts; an OIDC client\'s `issuer`, `audience`, `scope`, `realm` and `domain` name who or what as well; `*_URL`/`*_URI`/`*_DSN` keys count only when the URL or connection string embeds a password (a libpq `host=… password=…` string, a MySQL DSN `user:…@tcp(host)/db` too) or holds a provider token (a Slack webhook URL), and under any other name that is no secret\'s a URL without a password points elsewhere (an OIDC `discovery` document, a `jwks` endpoint) unless it holds a provider token, a secret-named query parameter or a random-looking path segment (a capability URL\'s); under such a name a plain setting kept beside the secrets (the whole app environment in one Secret for `envFrom`) passes too: a number (`WEB_CONCURRENCY: "4"`, `30s`, `512Mi`), an environment\'s name, log level or format, or a switch (`NODE_ENV: production`, `LOG_LEVEL: info`, `LOG_FORMAT: json`, `enabled`), an e-mail address (`SMTP_FROM: noreply@acme.io`), a time zone (`TZ: Europe/Berlin`) or a locale (`en_US.UTF-8`), and under a setting\'s name (last word `ENV`, `ENVIRONMENT`, `LEVEL`, `FORMAT`, `TZ`, `LOCALE`, `CONCURRENCY`, `WORKERS`, `FROM`, `STDOUT`, `MODE`, `TIMEOUT`…: `RAILS_LOG_TO_STDOUT`, `SENTRY_ENVIRONMENT`) any value that does not look like a secret (random, a provider token, a URL password, a private key); a key naming a PIN, one-time code, seed, salt or licence (`ADMIN_PIN: "482913"`) is never a plain setting, and a kustomize `secretGenerator` source is judged the same way; certificates, placeholders, templated values, argocd-vault-plugin placeholders (`<path:kv/data/app#password>`), booleans and ISO dates pass; a key that names a configuration file — `alertmanager.yaml`, `grafana.ini`, `fluent-bit.conf`, `config.json`, `app.env` (extensions `.yaml`/`.yml`, `.json`, `.ini`, `.conf`, `.cfg`, `.cnf`, `.toml`, `.properties`, `.xml`, `.env`, `.hcl`) — holds a document, judged by its content with the rules below as that file would be (provider tokens, private keys, secret-named settings, URL passwords), each finding at its line in the block scalar, or at the key for `data` (base64); a config file holding none passes, and such a key whose value is one word is judged as any other key; a pull secret\'s `.dockerconfigjson` (`.dockercfg`) is judged by the logins it holds: one holding none — `{}`, `{"auths":{}}` (a stub CI fills in later), only `credHelpers`/`credsStore`, entries without a password or with a `${…}` reference — passes);',
      '- secret-named assignments (`SECRET_KEY = "…"`, `"apiKey": "…"`, a literal JavaScript wraps in `JSON.stringify(\'…\')` as Vite\'s and webpack\'s `define` write it (`\'process.env.API_SECRET\': JSON.stringify(\'…\')`: the literal inside is the value), Groovy Gradle\'s setters without `=` as the Android and Gradle docs write them in `build.gradle` (`signingConfigs { release { storePassword "…"; keyPassword \'…\' } }`, a publishing `credentials { password "…" }`, `password("…")`: judged as the Kotlin DSL\'s `storePassword = "…"`; Android\'s `buildConfigField "String", "API_SECRET", "\\"…\\""` in Groovy or Kotlin DSL, a constant compiled into the app, judged under the field\'s name at the value; `System.getenv("…")`, `project.findProperty("…")`, `keystoreProperties[\'storePassword\']` and interpolated GStrings `"${…}"` are no literals), PowerShell\'s `$env:DB_PASSWORD = "…"` (the name after `$env:`) and .NET\'s `[Environment]::SetEnvironmentVariable("API_TOKEN", "…")` (C#\'s `Environment.SetEnvironmentVariable` too), Ruby settings named by a symbol (Sinatra\'s `set :session_secret, "…"`, also `set(:session_secret, "…")` and `set :session_secret => "…"`; Capistrano\'s `set :api_token, "…"`), Quarkus profile keys named as written (`%prod.quarkus.datasource.password=…`), Rails\' `ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY`/`…_DETERMINISTIC_KEY` (a qualified key stays one through PRIMARY/DETERMINISTIC; a bare `PRIMARY_KEY` is a column\'s), a vendor\'s or purpose\'s key (`STRIPE_KEY`, `OPENAI_KEY`, `MAILGUN_KEY`, `FERNET_KEY`, `SUPABASE_SERVICE_ROLE_KEY`: a name ending in `KEY`, unless the word before it names a record, cache, storage, message or public half or says there is none (`EMPTY_KEY`) — `PRIMARY_KEY`, `SORT_KEY`, `PARTITION_KEY`, `CACHE_KEY`, `STORAGE_KEY`, `QUERY_KEY`, `I18N_KEY`, `PUBLIC_KEY`, `SITE_KEY`, `GPG_KEY`), a personal access token (`GITHUB_PAT`, `GH_PAT`, `AZURE_DEVOPS_PAT`; a bare `pat` and `PATH` are not), a one-word name that glues qualifiers to `token` or `key` (`identitytoken` and `registrytoken` in Docker\'s `config.json`, `oauthtoken`, `deploytoken`, `secretaccesskey`, `hmackey`, `licensekey`: read as `identity token`, `secret access key`; a word that only ends like one, `monkey`, `turkey`, `passkey`, `tokenizer`, `maxtokens`, is none), each also with a version or ordinal after its last word (`_APP_OPENSSL_KEY_V1`, `STRIPE_KEY_2`; `CACHE_KEY_V2` is still a cache key\'s), and as a plural last word, a list of them (`SECRET_KEYS`, `API_KEYS`, `JWT_SECRETS`, `TOKENS`, `PASSWORDS`, django-fernet-fields\' `FIELD_ENCRYPTION_KEYS`, PostHog\'s `ENCRYPTION_SALT_KEYS`: the singular\'s exclusions hold, `PUBLIC_KEYS`, `CACHE_KEYS`, `NUM_KEYS`, `API_KEYS_URL`; a plural before the last word is a category, `KEYS_DIR`, `SECRETS_MANAGER_ARN`, `TOKENS_PER_MINUTE`; names that list fields or entries, `ALLOWED_KEYS`, `REQUIRED_KEYS`, `SENSITIVE_KEYS`, `AUTHORIZED_KEYS`, a model\'s `PROMPT_TOKENS`/`SPECIAL_TOKENS`, or weak values to refuse, `COMMON_PASSWORDS`, are not secret names; and in a dotenv file a comma list of short words under a plural, `STRIPE_KEYS=name,email`, is a list of names), `password: …`, a `.properties` entry whose key and value white space alone separates (`spring.mail.password s3cr3t…`) or whose value a `\\` at the line\'s end continues on the next lines (judged as the one value it is, reported where it starts), a TOML multi-line string (`session_secret = """…"""`, `\'\'\'…\'\'\'`, also over several lines; one of several lines, a PEM block or a script, is no one value), a namespaced key of a Pulumi stack config (`acme:apiToken: …` in `Pulumi.prod.yaml`; `secure:` values are ciphertext), `.env` `TOKEN=…`, each assignment of a systemd unit\'s or Podman quadlet\'s `Environment=` line (`Environment=DB_PASSWORD=…`, `Environment="A=1" "JWT_SECRET=…"`) and of supervisord\'s `environment=API_TOKEN="…",NODE_ENV="production"`, PHP `define(\'DB_PASSWORD\', \'…\')` and WordPress\'s eight keys and salts in `wp-config.php` (`AUTH_SALT`, `NONCE_KEY`…; a generated 64-character key counts even when it happens to hold `${`, `#{` or `<<`), YAML block scalars (reported where the block\'s text starts, on its line below the key), Kubernetes env `value:`, and a variable written as a key/value entry of a YAML or JSON file, judged under its name at the value (render.yaml `envVars` and a DigitalOcean app spec\'s `envs`: `- key: JWT_SECRET` / `value: …`, an ECS task definition\'s `environment`: `{"name": …, "value": …}`, also in the container definitions of a Terraform `aws_ecs_task_definition` written as `jsonencode([…])` or a heredoc of JSON and in the containers of the terraform-aws-modules/ecs module (its `services` map\'s `container_definitions`, the service and container-definition submodules), as the other checks read them (values Terraform computes, `var.…`, `${…}`, are not literals), CloudFormation `Name`/`Value`, a `variable`/`value` pair, and a map of objects keyed by the name, Heroku app.json `"env": {"SECRET_KEY": {"value": "…"}}`; `generateValue`, `fromDatabase`, `valueFrom`, `sync: false` and app.json `generator` hold no literal, OpenAPI `examples` are illustrations, see Scope); in code also with a type annotation: Python `API_TOKEN: str = "…"`, TypeScript `const apiKey: string = "…"`, Kotlin/Swift `val apiKey: String = "…"`, Rust `const API_KEY: &str = "…"`, Go `var apiKey string = "…"`; in Python also the default a wrapper gives, which a settings class deploys whenever the environment does not set the field (`jwt_secret: SecretStr = SecretStr("…")`, pydantic `Field(default="…")`/`Field("…")`, `Field(default=SecretStr("…"))`, dataclasses\' `field(default="…")`, attrs\' `attr.ib(default="…")`, its arguments on the lines below too as Black wraps them; reported at the literal, read as `default-credentials` reads it: a weak one, `SecretStr("changeme")`, is that check\'s; `Field(...)`, `default_factory` and a computed value give no default); C# verbatim and Objective-C `@"…"` literals; conditional assignments: Makefile `DEPLOY_TOKEN ?= …`/`::=`, JavaScript/PHP `??=`, Ruby `@api_token ||= "…"`; dotted `.properties` settings ending in a qualified `.key`, `mail.api.key=…`, which a bare `server.key` file name is not) whose literal is at least 12 characters, mixes letters and digits (or is 16+ letters of random mixed case: a generator\'s output that happens to hold no digit, `jZFalVtwLTLCLQjnbMWt`, `hTqWmZeKbRoVfYxN` — 28–75% capitals, a case change at least every fourth letter, and two or more pieces between case changes that no name is made of, such as `w`, `Ep` or `Xbcmjoa`; not a camelCase or PascalCase name, also with acronyms, two-letter words and abbreviations, `KeyHTTPSlackSslUi`, `RTCSentRtpStreamStats`, nor a keyboard walk; a lower-case run of 12+ letters that no English words make, `…cccudi6`, is random too, while words with a number, `mysqlrootpassword1`, are not; and under a mail setting\'s name — `EMAIL_HOST_PASSWORD`, `MAIL_PASSWORD`, `SMTP_PASS`, `spring.mail.password`, a bare `pass`/`password` among a mailer\'s settings such as nodemailer\'s `createTransport({ auth: { user, pass } })` — 16 random lower-case letters: a Google app password run together; not English words run together, `changemechangeme`, `passwordpassword`, `gmailapppassword`, the alphabet or a keyboard row), has high Shannon entropy (≥ 3.0 bits/char, ≥ 3.2 from 20 characters) and is not a reference (`${VAR}`, `os.environ`, `process.env`; also a deploy-time replacement token, whose value a release step fills in: Octopus\' `#{NAME}#`, Azure Pipelines\' `$(NAME)`, Maven\'s `@name@`, and a name between `__`, `@@` or `%` as Azure DevOps\' Replace Tokens task, `sed` in an entrypoint and Octopus write them, `__API_TOKEN__`, `@@JWT_SECRET@@`, `%REDIS_PASSWORD%`, in every file kind; a random value that merely starts and ends with `__` holds no name and counts), placeholder or default; a literal holding white space counts only when it is passphrase-like: a key written in random groups (`4hQ9 zT2m Rk7w Ny3c`, `p4#W m9!q Zx2@ Tk7&`; a Google app password as Google shows it, four groups of four random lower-case letters, under any secret name, not four plain words nor `abcd efgh ijkl mnop`), four to eight words with a number and a capitalised word after a lower-case one (`amber Falcon 17 ridge Lantern`), or a long random value with no plain word (a WordPress salt) — never prose (function words such as `is`, `your`, `the`, `with`, also German, French, Spanish and Dutch ones: `Your password is incorrect`), a sentence, a label (`Hello World`, `Acme Mail Service 2`), a command line (flags or shell operators: `openssl rand -base64 32`) or a cron expression (`0 5 * * *`); a YAML plain scalar (`SMTP_PASSWORD: amber Falcon 17 ridge Lantern`, compose\'s `- API_SECRET=…`) is read to the end of the line;',
      '- signing secrets passed to a call as a literal (semgrep\'s `hardcoded-jwt-secret` rules): jsonwebtoken\'s `jwt.sign(payload, \'…\', …)` and `jwt.verify(token, \'…\')` (also jwt-simple\'s `encode`/`decode`, Hono\'s and cloudflare-worker-jwt\'s `sign`/`verify`, under the name a file imports them by), cookie-parser\'s `cookieParser(\'…\')`, PyJWT\'s and python-jose\'s `jwt.encode(payload, "…", algorithm=…)` / `jwt.decode(token, "…", …)` (also `key="…"`), also with the call\'s arguments spread over several lines; judged as a `JWT_SECRET` constant\'s literal (a weak or placeholder one, `\'secret\'`, `\'shhhhh\'`, `\'your-secret-key\'`, is `default-credentials`\'; a variable, an environment read or an expression holds none, and a public key, RS256\'s `-----BEGIN PUBLIC KEY-----`, is no secret; one shared reading, `src/checks/util/credentials.ts`); `session({ secret: \'…\' })` is an object entry, above;',
      '- literal fallbacks of environment reads, which deploy whenever the variable is unset: compose/shell `${SECRET_KEY:-…}`, `${JWT_SECRET-…}`, `${X:=…}`, Spring `${JWT_SECRET:…}` (also in `@Value("…")`), Python `os.environ.get("SECRET_KEY", "…")`, `os.getenv("X", default="…")`, `env("X", default="…")`, python-decouple `config("X", default="…")`, Laravel `env(\'X\', \'…\')`, `os.getenv("X") or "…"`, Elixir `System.get_env("X") || "…"` / `System.get_env("X", "…")` (`config/runtime.exs`), Ruby `ENV.fetch("X", "…")`, `ENV.fetch("X") { "…" }`, `ENV["X"] || "…"`, GitHub Actions expressions `${{ secrets.SENTRY_AUTH_TOKEN || \'…\' }}` (also `vars.`, `env.`, `inputs.`, chained `secrets.A || secrets.B || \'…\'`: the literal runs whenever the secret is unset, a fork\'s pull request too), JavaScript `process.env.JWT_SECRET || "…"` / `?? "…"` and NestJS `configService.get("JWT_SECRET", "…")` (also `getOrThrow`, `this.config.get`: `@nestjs/config` returns the default when the variable is unset; also under another name the file gives the service: a receiver typed `ConfigService` (`useFactory: (config: ConfigService) => …`, `private readonly cfg: ConfigService`), `const config = app.get(ConfigService)`, or, in a module importing `@nestjs/config`, the `useFactory` parameter its `inject: [ConfigService]` fills; node-config\'s `config.get(key)` takes no default and is not read so) (also with the literal on the next line, as `phx.new` lays out `config/runtime.exs`, or a call\'s arguments on the lines below it), when the variable or the name assigned is secret-named; the fallback literal is judged like any other value (same entropy, dummy and placeholder rules), also a default holding spaces as compose and the shell keep it (`${F_SECRET:-amber Falcon 17 ridge Lantern}`, judged as the same quoted value would be; `${SESSION_SECRET:-keyboard cat}` is a well-known default, `default-credentials`\'; a default starting with white space, the shell\'s substring `${TOKEN: -4}`, is none). The `:` of a parameter expansion (`${PRIVATE_KEY:-…}`, `${X:?…}`, Spring `${X:…}`) is no `key: value` assignment: such a line is reported once, for its fallback. A weak fallback (`${DB_PASSWORD:-changeme}`, `os.getenv("SECRET_KEY", "dev")`) is a default: `default-credentials` reports it, never both checks.',
      '',
      '**What passes**: documented example keys (`AKIAIOSFODNN7EXAMPLE`, GitHub\'s published example token `ghp_16C7e42F292c6912E7710c838347Ae178B4a` and the same body under its other prefixes, which GitHub\'s docs and REST API description publish (`gho_`, `ghu_`, `ghs_`; the refresh token `ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498`, and the pre-2021 `e72e16c7e42f292c6912e7710c838347ae178b4a`), values containing `EXAMPLE`, `example`, `xxxx`, `dummy`, `fake`, `<…>`; provider tokens whose body holds `fake`, `dummy` or `NotAReal` in any case, also run into the body (`sk_live_fakefakefake…`, `sk_live_DUMMYdummy…`, `glpat-FAKEFAKE…`: a random body holds them with negligible chance), or a unit of 2–4 characters repeated four or more times (`abcabcabcabc`, `00000000`); tokens made mostly of counting runs, `ghp_1234567890abcdef…`; for the newer formats also a run of 8 equal characters; the Azure storage and Cosmos DB emulator keys; Grafana\'s stock `secret_key` `SW2YcwTIb9zpOOhoPsMm`, a default credential `default-credentials` reports where it is set); names of environment variables as values (`SECRET_SETTING = "GOOGLE_OAUTH2_CLIENT_SECRET"`: upper-case words joined by `_`); Firebase API keys (public by design: a web config, and the Android/iOS configs `google-services.json` and `GoogleService-Info.plist`, also per flavor `GoogleService-Info-Dev.plist`, by file name whatever the file holds) and Maps JavaScript API keys, browser keys restricted by HTTP referrer in the same way: a Google API key in the Maps script\'s URL (`<script src="https://maps.googleapis.com/maps/api/js?key=AIza…">`, `…/js?libraries=places&key=…`) or in front-end code (JavaScript, TypeScript, Vue, Svelte) that loads the API with a Maps loader (@react-google-maps/api\'s `useJsApiLoader({ googleMapsApiKey })`/`<LoadScript>`, @googlemaps/js-api-loader\'s `new Loader({ apiKey })`, @vis.gl/react-google-maps, google-map-react, vue-google-maps, vue3-google-map, @agm/core\'s `AgmCoreModule.forRoot`); or assigned to a Maps key\'s name under a front-end framework\'s client-public prefix, which inlines it into the page (`NEXT_PUBLIC_GOOGLE_MAPS_API_KEY`, `REACT_APP_GOOGLE_MAPS_KEY`, `VITE_PLACES_API_KEY`, any prefix named below); a Google API key in server code, a Maps web-service URL (`/maps/api/geocode/json?key=…`), or an env file or a deploy manifest under another name (`GOOGLE_MAPS_API_KEY`, `NEXT_PUBLIC_GEMINI_API_KEY`) stays a secret; Stripe test keys; CSRF/XSRF tokens (`csrfToken`, `X-XSRF-TOKEN`: per-session anti-forgery nonces; the `CSRF_SECRET` that signs them stays secret); Slack tokens whose secret part is masked (`xoxp-…-####…`); names about a secret rather than the secret (`PASSWORD_FILE`, `TOKEN_URL`, `SECRET_NAME`, `PASSWORD_MIN_LENGTH`, `tokenCacheKey`; the Helm charts\' name of a Kubernetes Secret to read, `existingSecret`, `existingSecretPasswordKey`, `existingPasswordSecret`, whatever name it holds (`api-env-7c9d8m4k5b`, a generated hash suffix); also a secret word followed by SERVICE, SERVER, HOST, INTROSPECTION, MODEL, ENCODING, ENCODER, STRATEGY, PROFILE, ALGORITHM, LEEWAY, TTL, MODE, TYPE or FORMAT: `TOKEN_SERVICE`, `TOKEN_MODEL`, `PASSWORD_ENCODER`) and public keys (also as values, under any name: a PEM `PUBLIC KEY`, an OpenSSH `ssh-ed25519 AAAA…` line, a base64 RSA/EC/Ed25519 SubjectPublicKeyInfo; by name, `PUBLIC_KEY`, `STRIPE_PUBLIC_KEY`, `PUBLIC_SIGNING_KEY`, `PUBLIC_ACCESS_TOKEN` — but a front-end framework\'s client-public prefix is no public key\'s word: the name after `NEXT_PUBLIC_`, `NUXT_PUBLIC_`, `EXPO_PUBLIC_` or `NX_PUBLIC_`, and after SvelteKit\'s and Astro\'s `PUBLIC_` when it holds a password\'s, secret\'s, private key\'s, credential\'s, admin\'s or master\'s word, is judged as under `VITE_`, `REACT_APP_`, `GATSBY_` or `VUE_APP_` (`NEXT_PUBLIC_JWT_SECRET`, `NEXT_PUBLIC_API_KEY`, `PUBLIC_API_SECRET_KEY`, `PUBLIC_DB_PASSWORD` count; under any of these prefixes, whose build inlines the value into the bundle, the message says the prefix publishes the value to every visitor\'s browser, also for a finding by the value\'s format, which keeps its words: `\'NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY\' is assigned a signed JSON Web Token (eyJ…, role \'service_role\')…`, `Stripe live secret key … (its VITE_ prefix also publishes it…)`; the keys made for browsers below pass under any prefix)); Ethereum/EVM addresses, `0x` and 40 hex digits (`USDC_TOKEN_ADDRESS`, `tokenAddress`, `WETH_TOKEN`: a contract\'s or account\'s public address), unless the name is a secret\'s and names no address (`HMAC_SECRET`, `SIGNING_KEY`, `DB_PASSWORD`: 20 random bytes written `0x…`); a 64-hex-digit private key stays a secret; keys public by design: Stripe publishable keys (`pk_live_…`, `pk_test_…`), PostHog project keys (`phc_…`), New Relic browser licence keys (`NRJS-…`, the browser agent\'s) and RevenueCat public SDK keys (`appl_…`, `goog_…`, `amzn_…`, `strp_…`, `rcb_…`, shipped in the app) under any name; feature-flag services\' client SDK keys, Statsig\'s `client-…` (43 letters and digits) and GrowthBook\'s `sdk-…` (12–24 letters and digits), under any name that says nothing secret (`STATSIG_SERVER_SECRET=client-…` stays judged; Statsig\'s `secret-…`, GrowthBook\'s `secret_…` and LaunchDarkly\'s server `sdk-<uuid>` keys are secrets); Datadog client tokens (`pub` and 32 hex digits, what the browser RUM and logs SDKs send with) under a client token\'s name (`clientToken`, `DD_CLIENT_TOKEN`) or inside `datadogRum.init({…})`/`datadogLogs.init({…})` (`DD_RUM.init` too) under any name but an API or application key\'s (`DD_API_KEY=pub…`, `apiKey: \'pub…\'` stay judged); a Bugsnag notifier key, the 32-hex-digit `apiKey` inside `Bugsnag.start({…})`, `Bugsnag.init`, `BugsnagPerformance.start` or v6\'s `bugsnag({…})` in JavaScript or TypeScript (it only reports errors, and every page carries it; the same key in a config object elsewhere, or Ruby\'s `config.api_key`, stays judged); and client-side project tokens by name (`MIXPANEL_TOKEN`, Pusher app keys `PUSHER_APP_KEY`/`VITE_PUSHER_APP_KEY`, Amplitude API keys; Segment\'s `SEGMENT_WRITE_KEY` is no secret name either; `PUSHER_APP_SECRET` and the like stay secret); inline assets as data URLs under any name (`tokenIcon: "data:image/png;base64,…"`, `password_icon: data:image/svg+xml;…`: an embedded icon or font); values that point elsewhere: URLs without a password (`http://token-service.internal:8081`; a password in a URL is the URL rule\'s, a secret-named query parameter keeps the value judged), key and certificate files by their path, also relative (`certs/tls.key`, `./keys/jwt.pem`: a `/` and a .pem/.key/.crt/.cer/.p12/.pfx/.jks/.der/.pub/.json/.txt… extension at the end; any relative path to a file, `uploads/2024/06/…-avatar.png`, an object key), Spring resource locations (`classpath:keys/jwt.pem`, `classpath*:…`, `file:/etc/…`), GCP Secret Manager resource names (`projects/…/secrets/…/versions/…`); lower-case identifiers of words and numbers joined by `-`, `.` or `/` (model names such as `text-embedding-3-small`, `gpt-4o-mini-2024-07-18`; not in dotenv files, where any 8+ character literal counts); digests: Helm\'s `checksum/secret: <sha256>` annotations (any `checksum/…`, `sha256/…`, `hash/…` key), and a hex digest (MD5, SHA-1, SHA-2, optionally `sha256:`-prefixed) under a name with checksum/hash/hashed/digest/sha/etag/fingerprint/cache-key (detect-secrets\' `.secrets.baseline` `hashed_secret`); a password equal to a user name set beside it in the same environment (`POSTGRES_USER=app` with `POSTGRES_PASSWORD=app` in an env file or a file a compose service names in `env_file` — its commented-out lines too, judged as a set as they would be uncommented, beside each other and the active lines: Superset\'s `#MYSQL_USER=superset` / `#MYSQL_PASSWORD=superset`; a real value on a commented-out line is still a committed secret —, a compose service\'s `environment:`, a container\'s `env`, a Dockerfile stage\'s `ENV`/`ARG`, a systemd unit\'s `Environment=`, a supervisord section\'s `environment=`, a Kamal secrets file; and the same dict or object literal of a connection\'s settings in Python or JavaScript code: Django\'s `DATABASES` entry `{\'ENGINE\': …, \'USER\': \'app\', \'PASSWORD\': \'app\'}`, `new Pool({ host: \'db\', user: \'app\', password: \'app\' })`), however random it looks: anyone who knows the user knows it, a default credential that `default-credentials` reports (one rule both checks share, `src/checks/util/credentials.ts`).',
      '',
      '**Scope**: every tracked text file except lockfiles, minified and vendored files. Source maps (`*.js.map`, `*.css.map`, any `*.map`; not under a vendored folder such as `node_modules/`) are read although the other content checks skip them: their `sourcesContent` holds the original, un-minified sources a build shipped (as gitleaks reads them). Since those sources include the bundled libraries, a map is searched only for what is a secret wherever it is: provider tokens, URL passwords and private keys (also base64-encoded), reported at their line and column in the map (a one-line map: the column; a token at the start of an original line, after a `\\n` escape, counts), not for secret-named assignments or random-looking values. Template files (`*.example`, `*.sample`, …; not a CloudFormation template named as CloudFormation names them, `db.template.yaml`, `MyStack.template.json`, `stack.template`, whose text is one — `AWSTemplateFormatVersion`, or `Resources` with a `Type: AWS::…` resource —: the stack that deploys, judged as any file), documentation (`*.md`, `*.rst`, `*.txt`, HTML; also request documentation: Postman collections `*.postman_collection.json` (sample requests; a Postman environment is not documentation, see above), HTTP request files `*.http`/`*.rest` and API example files: the AWS SDK\'s `*.examples.json`, botocore\'s `examples-1.json`; and inside an OpenAPI/Swagger description, YAML or JSON, the `example`/`examples`/`x-examples` subtrees: response examples, example objects — `token`, `client_secret` there are illustrations) and test files/fixtures (also files under illustration folders — `examples/`, `samples/`, `demos/`, `playground/`, `docs/`, `versioned_docs/` (not a monorepo\'s docs app, Turborepo\'s `apps/docs`, bar its documentation folders: see Files) — and test-environment configuration: `config/test.exs`, `config/environments/test.rb`, the `test:` section of Rails\' `config/secrets.yml` (its `development:` section is development-only configuration, see below), `settings/test.py`, `settings/testing.py`, `application-test.yml`/`.properties`, `appsettings.Test.json`, the dotenv files `.env.test`/`.env.testing`, which `env-file-committed` still reports; and test-runner configuration and setup files: `jest.setup.js`, `jest.config.ts`, `vitest.config.ts` (its `test.env`), `vitest.setup.ts`, `src/setupTests.ts`, `test-setup.ts`, `cypress.config.ts` (its `env`), `cypress.json`, `playwright.config.ts` (`httpCredentials` of the test server), `karma.conf.js`, `wdio.conf.js`, `.mocharc.*`, `pytest.ini` (pytest-env\'s `env =`), `tox.ini` (`[testenv] setenv`), `phpunit.xml`; a CI workflow is not one, its test job\'s `env:` included: a workflow\'s jobs can reach real services and deploy; a secret-named value of a job\'s service container\'s `env:` (`services: postgres: env: POSTGRES_PASSWORD: …`) is an `info` note, the container being the throwaway database the runner starts for that job and reaches at `localhost`, as a local URL\'s password passes; the image\'s `credentials` and a provider token\'s format there stay failures) are not searched for secret-named assignments or literal Kubernetes Secrets (their values are illustrations) but are still searched for provider tokens, URL passwords and private keys: a real token format is a real leak wherever it is. HTTP recordings are no illustrations: vcrpy\'s, Ruby VCR\'s and go-vcr\'s cassettes, betamax\'s JSON and Polly.js\'s HAR files (a file under a `cassettes/` folder — `tests/cassettes/`, `spec/fixtures/vcr_cassettes/` —, a `.har` file, or a test folder\'s YAML or JSON holding `interactions:`/`http_interactions:`; not a Pact contract, `pacts/web-api.json` with its `consumer` and `provider` or `metadata.pactSpecification`, whose interactions a consumer test wrote from its mocks) are machine copies of real traffic, so a recorded request\'s `Authorization` header (`Bearer`, `token`, or `Basic` judged by its decoded password) and the `access_token`/`refresh_token` of a recorded body (JSON, also escaped in a body string, or form-encoded) are the credentials it ran with, judged as values wherever the recording is: redacted ones (`<AUTHORIZATION>`, `Bearer <TOKEN>`, `FILTERED`, `**********`, `REDACTED`, a VCR `filter_sensitive_data` placeholder) pass, and so does an interaction recorded against a local or documentation host (`localhost`, `127.0.0.1`, `api.example.com`). Development-only files and sections (`config/dev.exs`, the `development:` section of `config/secrets.yml`, `settings/local.py`, `.env.development`, `docker-compose.override.yml`) are searched like any other file and their findings stay failures: a secret committed there is still in git. The exception is a framework\'s generated development key: the `secret_key_base` that `mix phx.new` writes into Phoenix\'s `config/dev.exs` and `rails new` (4.1–5.1) into the `development:` section of `config/secrets.yml`, and the `APP_SECRET` Symfony\'s framework-bundle recipe (7.2+) writes into a Symfony app\'s committed `.env.dev` (a `composer.json` requiring `symfony/framework-bundle`, `symfony/runtime` or `symfony/symfony`, or `bin/console` beside `config/bundles.php`, in the folder of that `.env.dev`), and the `SECRET_KEY` a Django project\'s (a `manage.py` or a requirements file naming Django) development settings module sets or falls back to (`config/settings/local.py`, where cookiecutter-django writes `SECRET_KEY = env("DJANGO_SECRET_KEY", default="…")`; `settings/dev.py`, `settings/development.py`; not one another settings module imports: `from .local import *`), which only the local development server signs its cookies with (as Django\'s `django-insecure-` key, a default), is an `info` note; a provider token\'s format there, any other secret-named value, a `secret_key_base` in `config/config.exs`, `config/prod.exs`, `config/runtime.exs` or the `production:` section, an `APP_SECRET` in `.env`, `.env.prod` or `.env.local`, and a `SECRET_KEY` default in `production.py`, `base.py` or `settings.py` still fail. Lines longer than 1,000 characters (minified code) get only the token rules. Jupyter notebooks (`.ipynb`) are read as the Python their code cells hold (JSON-escaped quotes unescaped; cells found by reading the JSON, as nbformat lays it out or written compact, a cell on one line; a source written as one string rather than a list of lines, as Kaggle and generated notebooks write it, is decoded — its `\\n` escapes are line breaks — and a value found there is reported at its line and column in the file as written), and for the environment assignments Python cannot see: IPython\'s `%env NAME=value` (`%env NAME value`, `%set_env`) in a code cell\'s source, judged as a dotenv line (IPython\'s `$VAR` and `{expr}` are references), and a whole output line `NAME=value` (what `!cat .env` or `!env` printed; `%env`\'s echo `env: NAME=value`; a line of a stream\'s text or of a result\'s `text/plain`, one string per line or several in one), judged by the stricter rule for configuration values; markdown and raw cells are documentation, searched (as a README is) for provider tokens, URL passwords and private keys, not for secret-named assignments. A quoted connection string (`"Server=db;User Id=sa;Password=…;"`, .NET `appsettings.json`, ODBC; StackExchange.Redis `"cache:6380,password=…,ssl=True"`) is judged by its `Password=`/`Pwd=` part, and so are a libpq keyword/value string (`host=db user=app password=… dbname=app sslmode=require`, as `lib/pq`, pgx, psycopg and `psql` take it; a value in single quotes, `password=\'a b\'`; `password` and another libpq keyword separated by white space) a go-sql-driver MySQL DSN (`user:…@tcp(host:3306)/db?parseTime=true`, `@unix(/path)/db`) and an Oracle connect string (`user/…@//db:1521/XE`, `user/…@db:1521:ORCL`, `jdbc:oracle:thin:user/…@PRODDB`; without `jdbc:oracle:` its connect identifier must be EZConnect with `//` or a port, or a descriptor: `actions/checkout@v4`, `@scope/pkg@1.2.3` and paths are none), whose password is judged as a URL\'s inline password (a local or documentation host passes, a socket counts): in code each quoted literal that is such a string and nothing else, a call\'s argument too (`sql.Open("postgres", "user=api password=… host=db")`, `psycopg2.connect("…")`, `new SqlConnection("…;Password=…")`), in configuration wherever a line holds one (a YAML `dsn:`, a list item, a `.env` `DATABASE_DSN=…`); a format field (`%s`, `%v`, `{}`, `{password}`), a reference (`${DB_PASSWORD}`, `$PGPASSWORD`, `{{ .Values.pw }}`), an empty password (`password=\'\'`, `user:@tcp(…)`), a default or the user name given beside it, alone or followed by a password word or a counting run (`default-credentials`\') pass, and tests and documentation are not searched for them, and a written-out `"Authorization": "Bearer <token>"` by its token, under any key; so is an `Authorization: Bearer|token|Basic <token>` header written into a command or string anywhere (`curl -H …` in a deploy script, a Makefile, a compose healthcheck), `curl -u user:password`, `npm config set //registry/:_authToken <token>` (yarn and pnpm too; `_auth`, `_password`, `npmAuthToken`), a `.netrc` a command writes (`printf "machine …\\npassword <password>\\n" > ~/.netrc`), `docker login -p <password>` (also `--password`, podman, buildah, skopeo, nerdctl, `oras login`, `crane auth login`, `helm registry login`; `--password-stdin` reads stdin: a literal piped into it — `echo \'<password>\' | docker login --password-stdin`, `printf`, a here-string `<<< \'<password>\'`, a heredoc (`<<EOF`, `<<\'EOF\'`, `<<-EOF`) whose one line is the password, also into `helm repo add --password-stdin` — is the password, a variable or secret piped in is none), and database and tool clients given a password as an argument (a backup script, a Makefile, a CI step, a Dockerfile `RUN`, a compose healthcheck also in exec form, a Kubernetes `command`/`args` line; in source code, Python that uses `subprocess` and JavaScript that uses `child_process`): `mysql`/`mysqldump`/`mysqladmin`/`mariadb` `-p<password>` or `--password=<password>` (`-p` alone prompts; `-p appdb` names the database), `PGPASSWORD=<password> psql` (`pg_dump`, `pg_restore`…), `sshpass -p`, `redis-cli -a`/`--pass`, `mongo`/`mongosh`/`mongodump` `-p`/`--password`, `htpasswd -b`; and tools whose password option always takes a value, found written `--password <password>` as well as `--password=<password>` (unlike mysql\'s `--password appdb`, which names the database): `argocd login --password` (`account update-password --current-password`/`--new-password`), `helm repo add`/`install`/`pull` `--password`, `az login`/`az acr login` `-p`/`--password` (not a certificate file, `-p cert.pem`), `oc login -p`/`--token`, `cf login -p`, `kubectl` `--password`/`--token`/`--docker-password` (not past `--`: `kubectl exec db -- psql --password appdb` is psql\'s prompt), SQL Server\'s `sqlcmd`/`bcp` `-P`, `twine upload`/`poetry publish` `-p`, `wget --password`/`--http-password`, the LDAP clients\' `-w` (`ldapsearch -w …`; `-W` prompts); a user and password in one argument: `skopeo`/`podman`/`buildah` `--creds`/`--src-creds`/`--dest-creds user:<password>`, Oracle\'s `sqlplus`/`expdp`/`impdp`/`sqlldr`/`exp`/`imp`/`dgmgrl` `user/<password>@db`, Samba\'s `smbclient`/`rpcclient`/`smbcacls` `-U user%<password>`; `rabbitmqctl add_user`/`change_password user <password>` (not `--pre-hashed-password`). Such a value is judged like a dotenv value under a password\'s name (8+ characters, not a placeholder or default: `-pchangeme`, `-p<password>`, `-pDB_PASSWORD` and a value that names a setting, `-pmysql_password`, pass, default-credentials\' job); a variable, command substitution or template is no literal (`-p$MYSQL_ROOT_PASSWORD`, `-p"${PASS}"`, compose\'s `$$VAR`, `--password=$(cat /run/secrets/db)`, `%DB_PASS%`, `{{ pw }}`, an f-string\'s `{password}`). A secret-named setting passed as a JVM system property or a `--name=value` argument, on a command line or in an options variable (`ENTRYPOINT ["java", "-Dspring.datasource.password=…", …]`, `ENV JAVA_OPTS="… -Djavax.net.ssl.keyStorePassword=…"`, `CATALINA_OPTS=-D…`, Spring Boot\'s `java -jar app.jar --spring.datasource.password=…` in a start script, a Kubernetes `args` entry, a tool\'s `--api-key=…`), is judged like the same setting in a `.properties` file: a reference (`-Dspring.datasource.password=${DB_PASSWORD}`), a command substitution, a template, an environment variable\'s name, a placeholder or default (`-Dkeystore.password=changeit`), a path and a name about the secret (`--password-file=/run/secrets/db`, `-Dpassword.policy=strict`, `--app.jwt.token-validity=3600`) pass; in source code only where it runs commands, as above; each value is a finding of its own, two on one line too (`java -Dspring.datasource.password=… -Djavax.net.ssl.keyStorePassword=…`, `--a.password=… --b.password=…`), a value given twice once; `mysql --password=…` stays the client\'s finding.',
      '**Code versus configuration**: in source code (`.py`, `.js`, `.ts`, `.go`, …) only quoted literals count (a bare `secretKey = reader.int32()` is an expression), assignments on comment lines and inside Python docstrings are documentation, and dummy runs (`abc123`, `xyz`, `qwerty`) pass. In INI-style files (`.ini`, `.cfg`, `.cnf`, `.conf`: `grafana.ini`, `php.ini`, `supervisord.conf`) a line starting with `;` is a setting shipped commented out (Grafana\'s `;secret_key = …`) and its assignment is not read; provider tokens, URL passwords and private keys there still count, and a `#`-commented line is read, as in dotenv files (a real value on it is still a committed secret). In YAML files a comment is no value: a `#` line (the commented-out sample `#   api_key: a1B2c3D4e5F6` of Rails\' stock `config/secrets.yml`) and a comment after a value (`timeout: 30  # token: …`; a `#` inside a quoted scalar or a plain value, `password: Xk9#mP2v…`, is no comment) are not read for assignments; provider tokens, URL passwords and private keys there still count. In dotenv files, whose whole purpose is holding real secrets, an unquoted value is the rest of the line (trimmed, a ` #comment` removed, as dotenv reads it: `SESSION_SECRET=keyboard cat` is the well-known default `keyboard cat`, a `default-credentials` finding), and any secret-named literal of 8+ characters that is not a reference (a replacement token too: `API_TOKEN=__API_TOKEN__` in a template rendered at deploy), URL, boolean, placeholder or default counts, whatever its entropy (the usual default words run together in lower case, Appwrite\'s stock `rootsecretpassword`, `db_root_password`, `adminpassword`, are defaults, and a password setting\'s value that names a setting, lower-case snake_case words ending in a password word, is a placeholder (`REDIS_PASSWORD=redis_password`, `RABBITMQ_PASSWORD=rabbitmq_pass`, `DB_PASSWORD=production_db_password`, as `default-credentials` reads them): `default-credentials` reports them; `rootsecretpasswordQx7k` holds a random tail and counts); a value holding white space is a value too (`MAIL_PASSWORD="amber Falcon 17 ridge Lantern"`, `DB_PASSWORD=Gr4nite&7 willow`, a Gmail app password, four groups of four lower-case letters (not the alphabet, a keyboard row or a repeated group: Google\'s example `abcd efgh ijkl mnop` is a filler in every file kind): any random-looking group, three or more words with a number or mixed capitals, four or more lower-case words), unless it is prose, a two-word or title-cased label, a command line or a cron expression as above (`"Your password is incorrect"`, `"this is my secret key"`, `"Hello World"`, `"openssl rand -base64 32"`, `"0 5 * * *"`). Ciphertext passes everywhere: AWS KMS ciphertext blobs (`aws kms encrypt`\'s base64 output, `AQICAH…`/`AQECAH…`, as Terraform\'s `aws_kms_secrets` decrypts them), dotenvx `encrypted:…` values, sops `ENC[AES256_GCM,…]` values, Puppet hiera-eyaml `ENC[PKCS7,…]` values (also as folded block scalars), Shopify EJSON `EJ[1:…]` values, DigitalOcean App Platform `EV[1:…:…]` values (`type: SECRET` envs of an app spec), Jasypt `ENC(…)` values (also as the values of a sops-encrypted Kubernetes Secret), Spring Cloud Config `{cipher}…` values (hex or base64, also after a `{key:…}` prefix; in YAML quoted, as Spring requires, or in `.properties`), Bitnami SealedSecret `spec.encryptedData` and base64 OpenPGP messages (Renovate\'s `encrypted` host rules); so do one-way password hashes, which are made to be stored: modular crypt (`$6$…` for Ansible\'s `user` module or cloud-init\'s `passwd`, bcrypt `$2b$…`, htpasswd `$apr1$…`, `$argon2id$…`), Django\'s `pbkdf2_sha256$…`, Werkzeug\'s `pbkdf2:sha256:…$…`, LDAP `{SSHA}…`, and htpasswd lines `user:<hash>` (an ingress-nginx basic-auth Secret\'s `auth`), also written with the `$$` escape that compose files and Kubernetes env values undo (Vaultwarden\'s documented `ADMIN_TOKEN: $$argon2id$$v=19$$…`, a bcrypt `$$2a$$12$$…`: deployed as the hash; in a dotenv file or a Dockerfile, which keep `$$`, such a value is no hash); so do keys made for browsers (Mapbox `pk.` tokens, Stripe publishable keys, PostHog project keys, New Relic browser keys, Datadog client tokens, Bugsnag notifier keys and Maps JavaScript API keys as above, Algolia search-only keys by name: `ALGOLIA_SEARCH_API_KEY`, `ALGOLIA_SEARCH_KEY`, `ALGOLIA_SEARCH_ONLY_API_KEY`, DocSearch\'s `DOCSEARCH_API_KEY` (not with a word that keeps a key secret: `ALGOLIA_ADMIN_KEY`, `DOCSEARCH_WRITE_API_KEY`; a bare `ALGOLIA_API_KEY` may be the admin key and stays judged, under a client-public prefix too), and the 32-hex-digit `apiKey`/`api_key` of an Algolia search config beside its `indexName` or the word Algolia/DocSearch — Docusaurus\' `themeConfig.algolia`, `docsearch({…})`, MkDocs Material\'s `extra.algolia`; an `ALGOLIA_ADMIN_KEY` stays secret). A quoted value that holds JSON (`ENV APP_CONFIG=\'{"db_password": "…"}\'`, a ConfigMap `config.json: \'{…}\'`) is read for its quoted entries too; under a secret-like name (an AWS Secrets Manager `SecretString: \'{"username": …, "password": …}\'`, Terraform\'s `secret_string`) such a JSON object or list is a document judged by its entries, not as one value: a leaked password in it is one finding, at the password, a value that looks like a secret under another name (`{"value": "…"}`, a list\'s item) is reported once at the document, and a document of plain settings (host, port, database name, engine, region, log level) passes.',
      '',
      '**Speed**: one pass per file: a single combined regex of literal token prefixes, plus an indexOf walk over `=`/`:` that tests only the name before each operator (in code only when a quote follows; past a type annotation to its name, `name: Type =`, within 120 characters), and indexOf walks for `${` followed by a secret-like name and a default operator and for environment reads (`process.env`, `environ`, `getenv`, `env(`), pick candidate lines; only those run the rules. All regexes are compiled once at load.',
      '',
      '**Large files**: text files over 1 MiB (which the other checks do not read) are scanned too, their first 64 MiB, in chunks of whole lines (a single line longer than a chunk, such as a one-line bundle, is read in pieces that overlap by 64 KiB, so a token across a cut is found once, at its true column), up to 256 MiB for all of them per scanning thread. A private key block, YAML block scalar or Python docstring that crosses a chunk boundary (every ~1 MiB) can be misread.',
      '',
      'Option `allow`: globs or file names (picomatch; a pattern without `/` matches the file name; a path with `/` is read as a `paths` glob, so a folder, `test/certs/` or `test/certs`, covers everything under it) of files a team commits by convention, e.g. `["test/certs/**"]`; an entry that matches no tracked file gets a warning.',
    ].join('\n'),
  },
  options: z.object({ allow: z.array(fileGlobEntry('a glob or file name (`test/certs/**`, `fixtures.py`)')).default([]) }),
  scan(options) {
    const allowed = fileAllowMatcher(options.allow);
    return {
      accepts: (file) => isScanned(file) && !allowed(file),
      file(file, text): Hit[] | undefined {
        // A source map: its sources are bundled libraries as well as the team's code (random-looking strings everywhere), so only
        // what is a secret wherever it is counts: provider token formats and private keys (also base64-encoded), as in tests.
        if (isSourceMap(file)) {
          const map = sourceMapText(text);
          const hits = scanText(map, { generic: false, yaml: false });
          for (const h of [...openVpnKeys(map), ...jwkPrivateKeys(map), ...base64PrivateKeys(map)]) if (!hits.some((x) => x.line === h.line && x.column === h.column)) hits.push(h);
          return hits.length ? hits.sort((a, b) => a.line - b.line || a.column - b.column).map((h) => ({ line: h.line, column: h.column, message: h.message, secret: h.secret })) : undefined;
        }
        // A CloudFormation template named as CloudFormation names them (`db.template.yaml`) is the stack that deploys, no placeholder file.
        const generic = (!isTemplate(file) || isCfnTemplateFile(file, text)) && !DOC_FILE_RE.test(file) && !isTestFile(file) && !isTestRunnerConfig(file);
        // A Jupyter notebook holds its code cells as JSON strings (`"API_KEY = \"…\"\n",`): read with the quotes
        // unescaped, as the Python it is (one JSON line per source line: line numbers hold, columns shift by the escapes).
        if (file.endsWith('.ipynb')) {
          // A source written as one string holding several lines (`"source": "import os\ntoken = \"…\"\n"`, nbformat's
          // multiline_string as Kaggle and generators write it) is read decoded, a line of Python per line; the rest as written.
          const { code, sources } = multilineSources(text, codeCells(text));
          const escaped = code.includes('\\"');
          const hits = scanText(escaped ? code.replace(/\\"/g, '"') : code, { generic, yaml: false, python: true });
          // Columns in the file as written: each `\"` before the hit is one character more there (blanked cells hold none).
          const lines = escaped && hits.length ? code.split('\n') : null;
          const out = hits.map((h) => ({ line: h.line, column: lines ? escapedColumn(lines[h.line - 1] ?? '', h.column) : h.column, message: h.message, secret: h.secret }));
          if (sources) for (const h of scanText(sources.text, { generic, yaml: false, python: true })) {
            const at = sources.at(h.line, h.column);
            if (!out.some((x) => x.line === at.line && x.column === at.column)) out.push({ ...at, message: h.message, secret: h.secret });
          }
          // Markdown and raw cells are documentation: searched, as a README is, for what is a secret wherever it is (provider
          // tokens, URL passwords, private keys), not for secret-named assignments.
          // A JSON string's `\n`, `\r`, `\t` written `\ ` (same length), so a token after one (`"…\nghp_…"`) starts a word as in the cell.
          const prose = sourceMapText(proseCells(text));
          if (/\S/.test(prose)) {
            const quoted = prose.includes('\\"');
            const proseLines = quoted ? prose.split('\n') : null;
            for (const h of scanText(quoted ? prose.replace(/\\"/g, '"') : prose, { generic: false, yaml: false })) {
              const column = proseLines ? escapedColumn(proseLines[h.line - 1] ?? '', h.column) : h.column;
              if (!out.some((x) => x.line === h.line && x.column === column)) out.push({ line: h.line, column, message: h.message, secret: h.secret });
            }
          }
          // `%env NAME=value` magics and `NAME=value` lines a cell printed: no Python, read on their own.
          // Once per value: the Python reading (a quoted `API_KEY="…"` line printed) or a token rule may have found it already;
          // another value on the same line (a cell written on one line) is a finding of its own.
          if (generic) for (const h of notebookEnvAssignments(text)) if (!out.some((x) => x.line === h.line && (x.column === h.column || (x.secret !== '' && (x.secret.includes(h.secret) || h.secret.includes(x.secret)))))) out.push(h);
          return out.length ? out.sort((a, b) => a.line - b.line || a.column - b.column) : undefined;
        }
        const mode: ScanMode = { generic, yaml: isYamlFile(file), unquoted: !CODE_FILE_RE.test(file), python: file.endsWith('.py'), go: file.endsWith('.go'), php: file.endsWith('.php'), ruby: file.endsWith('.rb'), js: JS_FILE_RE.test(file), env: isEnvFile(file), ini: INI_FILE_RE.test(file), dockerfile: isDockerfile(file), firebase: FIREBASE_CONFIG_FILE.test(file) };
        const hits = scanText(text, mode);
        // The structural readers add what the line scan did not find on the same line.
        // (Most readers find nothing: an empty list costs no iterator, ~20 readers × every file of a scan.)
        const add = (more: Hit[]) => { if (more.length) for (const h of more) if (!hits.some((x) => x.line === h.line)) hits.push(h); };
        if (generic && !mode.unquoted) add(signingSecretHits(file, text));
        if (generic && TFSTATE_FILE_RE.test(file)) { add(terraformStateOutputs(text)); for (const h of terraformStateResources(text)) if (!hits.some((x) => (x.line === h.line && x.column === h.column) || x.secret === h.secret)) hits.push(h); }
        if (generic && BUNDLE_CONFIG_FILE.test(file)) add(bundleConfigUrlCredentials(text));
        if (generic && TERRAFORM_FILE_RE.test(file)) { add(terraformDefaults(text)); add(terraformContainerSecrets(file, text)); add(terraformHelmSecrets(text)); add(secretStoreHits(terraformSecretStoreValues(text))); }
        if (generic && mode.yaml && YAML_BARE_KEY_HINT.test(text)) add(yamlValuesBelowKey(text));
        if (generic && PROPERTIES_FILE_RE.test(file)) add(propertiesEntries(text, mode));
        if (generic && TOML_FILE_RE.test(file)) add(tomlMultilineStrings(text, mode));
        if (generic && XML_FILE_RE.test(file)) add(xmlElements(text));
        if (generic && PLIST_FILE_RE.test(file) && !mode.firebase) add(plistSecrets(text));
        if (generic && GROOVY_GRADLE_RE.test(file)) add(groovySetters(file, text));
        if (generic && GRADLE_SCRIPT_RE.test(file)) add(buildConfigFields(text));
        const key = railsKey(file, text) ?? puttyKey(text);
        if (key) hits.push(key);
        if (generic && isHelmTemplate(file, text)) add(helmDefaults(text));
        if (REGISTRY_AUTH_FILE.test(file)) add(registryAuths(text));
        else if (generic) add(registryAuthsByContent(text));
        if (NPMRC_FILE.test(file)) add(registryAuths(text, NPM_AUTH_RE, 'an npm registry login (_auth'));
        if (YARNRC_FILE.test(file)) add(yarnrcAuths(text));
        if (generic && NETRC_FILE.test(file)) add(netrcPasswords(text));
        if (generic && PGPASS_FILE.test(file)) add(pgpassPasswords(text));
        if (generic) add(azureSasSignatures(text));
        add(openVpnKeys(text));
        add(jwkPrivateKeys(text));
        if (generic && SQL_SCRIPT_FILE.test(file) && /PASSWORD|IDENTIFIED/i.test(text)) add(sqlUserPasswords(text, !/\.sql$/i.test(file)));
        if (generic) add(redisPasswords(file, text));
        // Whether the file may run client commands: asked once for both command-line rules (two substring searches over most code).
        const runsClients = generic && mayRunClients(file, text);
        if (generic) add(commandCredentials(text, runsClients));
        // After the clients' rules: `mysqladmin --password=…` is the client's finding. Each other value on a line is one of its own.
        if (generic) for (const h of optionCredentials(text, runsClients)) if (!hits.some((x) => x.line === h.line && (x.secret.includes(h.secret) || h.secret.includes(x.secret)))) hits.push(h);
        if (generic) add(postmanVariables(file, text));
        // A JSON or YAML file is parsed at most once, for the key/value entries and the OpenAPI examples alike.
        let yamlMemo: YamlFile | undefined;
        const yaml = () => (yamlMemo ??= parseYaml(file, text.replace(/^\uFEFF/, '')));
        if (generic) add(keyValueEntries(file, text, yaml));
        if (generic && BICEP_FILE_RE.test(file)) { add(bicepDefaults(text)); add(secretStoreHits(bicepSecretStoreValues(text))); }
        if (generic && (mode.js || mode.python)) add(secretStoreHits(pulumiSecretStoreValues(text)));
        if (generic && /\.json$/i.test(file) && text.includes('deploymentTemplate') && text.includes('defaultValue')) add(armDefaults(file, text, yaml));
        // An OpenAPI/Swagger description's tokens are illustrations; its examples are read as documentation is. Whether a
        // file is one is asked only when it matters (a JWT to judge, or hits that may lie in an example): most files never are.
        let apiMemo: ApiDescription | null | undefined;
        const apiOf = () => (apiMemo === undefined ? (apiMemo = generic ? apiDescription(file, text, yaml) : null) : apiMemo);
        // The same token under a secret-named key is the assignment rule's finding (one per line), whose message says what the
        // token is as the JWT rule's does (`'NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY' is assigned a signed JSON Web Token (eyJ…, role
        // 'service_role'), …`): the role is the most telling part of the line.
        if (generic && containsWord(text, JWT_DOT) && !apiOf()) {
          for (const h of jwtTokens(text)) {
            const same = hits.find((x) => x.line === h.line && x.secret === h.secret);
            const assigned = same && /^('[^']{1,200}' is assigned) a hard-coded secret value$/.exec(same.message);
            if (assigned) same.message = `${assigned[1]} ${h.message.replace(/\) is committed in plain text:/, '), committed in plain text:')}`;
            else if (!same) add([h]);
          }
        }
        add(base64PrivateKeys(text));
        // An HTTP recording's credentials are the real ones it ran with, in a test folder too. Each value once, several on a line.
        if (isHttpRecording(file, text)) for (const h of recordedCredentials(text)) if (!hits.some((x) => x.line === h.line && (x.secret.includes(h.secret) || h.secret.includes(x.secret)))) hits.push(h);
        // A Rails test section's values are illustrations, as a test file's, and so are an OpenAPI description's examples, as
        // documentation's: there only what those keep stays (provider token formats, URL passwords and private keys).
        const testSections = generic && hits.length ? railsSections(file, text, 'test') : [];
        const api = hits.length ? apiOf() : null;
        const examples = api && api !== NO_EXAMPLES ? api : null;
        const illustration = (h: Hit) => testSections.some(([from, to]) => h.line > from && h.line <= to) || (examples?.inExample(h.line, h.column) ?? false);
        if (hits.some(illustration)) {
          const id = (h: Hit) => `${h.line}\0${h.column}\0${h.secret}`;
          const keys = [...openVpnKeys(text), ...jwkPrivateKeys(text), ...base64PrivateKeys(text)];
          const kept = new Set([...scanText(text, { ...mode, generic: false }), ...keys].map(id));
          for (let i = hits.length - 1; i >= 0; i--) if (illustration(hits[i]!) && !kept.has(id(hits[i]!))) hits.splice(i, 1);
          // A private key that a secret-named assignment's finding stood for (`jwt_private_key: LS0tLS1CRUdJTi…`) is itself reported.
          add(keys);
        }
        return hits.length ? hits.map((h) => ({ line: h.line, column: h.column, message: h.message, secret: h.secret, ...(h.template ? { template: true as const } : {}), ...(h.keyLine !== undefined ? { keyLine: h.keyLine } : {}) })) : undefined;
      },
      // A committed `terraform.tfstate`, a dump or a bundle over 1 MiB: scanned chunk by chunk.
      largeFile(file, chunks) {
        const out: Hit[] = [];
        for (const c of chunks) {
          const hits = this.file(file, c.text);
          for (const h of hits ?? []) {
            const at = chunkPosition(c, h.line, h.column);
            const keyLine = h.keyLine === undefined ? undefined : chunkPosition(c, h.keyLine, 1)?.line;
            if (at) out.push({ ...h, ...at, ...(keyLine !== undefined ? { keyLine } : {}) });
          }
        }
        return out.length ? out : undefined;
      },
    };
  },
  prepare(snapshot) { userNamePasswordSet(snapshot); },
  run({ snapshot, options, scanned, report: reportFinding, skip }) {
    const allowed = fileAllowMatcher(options.allow);
    if (!snapshot.files.some((f) => isScanned(f) && !allowed(f))) { skip('no files to scan'); return; }
    // A value is reported at its first character, also where a YAML/JSON reader located it at its opening quote.
    const atValue = valueColumns((f) => snapshot.text(f));
    const report = (f: RawFinding) => reportFinding(atValue(f));
    // Files whose values are illustrations (or that the team allows): the structural readers skip them.
    const illustrative = (f: string) => allowed(f) || isTemplate(f) || isTestFile(f) || isTestRunnerConfig(f) || isVendoredOrGenerated(f);
    // A password equal to the user name beside it is a default credential: default-credentials' finding, never this check's.
    const userNamed = userNamePasswordSites(snapshot);
    const fileScanner = hardcodedSecret.scan!(options);
    const structural = scanKubernetes(snapshot, illustrative, report, userNamed.has, (f, t) => fileScanner.file(f, t));
    // Supabase's demo keys are forgeable by anyone (their signing secret is the example's): the fix is a secret of one's own.
    // The name a finding's value is assigned to on its line (`NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY=eyJ…`), for a message by the
    // value's format: each file's line starts found once, for the files with findings only.
    const lineStarts = new Map<string, number[] | null>();
    const assignedName = (h: FileHit): string | null => {
      if (/^'[^']{1,200}' /.test(h.message)) return null;
      let starts = lineStarts.get(h.file);
      if (starts === undefined) {
        const text = snapshot.text(h.file);
        starts = text === undefined ? null : [0];
        if (text !== undefined) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts!.push(i + 1);
        lineStarts.set(h.file, starts);
      }
      const from = starts?.[h.line - 1];
      if (from === undefined || h.column < 2) return null;
      return assignedNameBefore(snapshot.text(h.file)!.slice(Math.max(from, from + h.column - 1 - 240), from + h.column - 1));
    };
    const withFix = (h: FileHit): RawFinding => ({ ...h, message: isSupabaseDemoJwt(h.secret) ? `${h.message}: it is Supabase's demo key (iss: supabase-demo), signed with the example JWT_SECRET every checkout has, so anyone can forge one; set a JWT_SECRET of your own, generate ANON_KEY and SERVICE_ROLE_KEY from it and keep them out of the repository` : `${h.message}${publishedNote(h.message, assignedName(h))}; ${FIX.charAt(0).toLowerCase()}${FIX.slice(1, -1)}` });
    for (const h of [...composeSecretFileHits(snapshot, illustrative), ...nestedSettingNames(snapshot, illustrative)]) if (!userNamed.has(h.file, h.line, h.secret)) report(withFix(h));
    const found = new Set<string>();
    // Per workflow file, the lines of its jobs' service containers' env values (ciServicePassword).
    const serviceSites = new Map<string, Map<number, string>>();
    for (const { file, data } of scanned) {
      for (const { template, keyLine, ...h } of data) {
        found.add(`${file}:${h.line}`);
        // A block scalar's value under a key the Kubernetes readers judged (a Secret's `stringData` key): theirs, as its key line is.
        const judged = structural.has(`${file}:${h.line}`) || (keyLine !== undefined && structural.has(`${file}:${keyLine}`));
        if ((template || !judged) && !userNamed.has(file, h.line, h.secret)) {
          const devKey = frameworkDevKey(snapshot, file, h) ?? djangoDevKey(snapshot, file, h) ?? ciServicePassword(snapshot, file, h, serviceSites);
          report(devKey ? { file, line: h.line, column: h.column, secret: h.secret, note: true, message: devKey } : withFix({ file, ...h, message: railsKeyMessage(snapshot, file, h.message) }));
        }
      }
    }
    for (const h of cfnParameterDefaults(snapshot, (f) => allowed(f) || isVendoredOrGenerated(f))) if (!found.has(`${h.file}:${h.line}`)) report(withFix(h));
  },
});
