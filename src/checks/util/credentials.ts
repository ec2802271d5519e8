/**
 * Where the two secret checks meet. `hardcoded-secret` reports committed secrets, `default-credentials`
 * weak ones (defaults, placeholders, a password equal to its user name); a value is one check's finding,
 * never both. What both read the same way, and the rules that hand a value from one to the other, live
 * here so the two cannot disagree.
 */
import { basename, dirname, filesWhere, isEnvFile, isTemplate, isTerraformArgumentFile, joinPath } from '../../repo/classify.js';
import { composeBuild, composeEnvFiles, composeEnvironment, type ComposeService } from '../../repo/compose.js';
import { lineage } from '../../repo/dockerfile.js';
import { containerEnv } from '../../repo/k8s.js';
import { parseCommentedEnv, type EnvEntry, type EnvFile } from '../../repo/env.js';
import { perView, type SnapshotView } from '../../repo/snapshot.js';
import { isObject, parseYaml, type YamlFile } from '../../repo/yaml.js';
import { blankJsonc } from '../../repo/json.js';
import { isAboutSecretName, isSecretName, passwordFromUserName as fromUserName } from './secrets.js';
import { containsWord, lineColumnAt } from './text.js';
import { hclBlocks } from './hcl.js';
import { analyseEntry, composeDefaults, composeImageRepository, entryPoints, imageRunnersEnvUnknown, shippedStages } from './commands.js';
import { shippedEnv } from '../../repo/dockerfile.js';
import { configMapData } from '../../repo/k8s.js';
import { composeDevOnly } from '../../repo/compose.js';
import { envFileAsDeployed, isProductionEnvFile, judgedComposeFiles, overriddenInProduction, productionEnvFiles } from './groups.js';
import { platformEnv } from './platform.js';
import { envYamlSettings } from './env-yaml.js';
import { isDevOnly, isPython, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import { enclosingHeaders, findCalls, inDevBranch, isCodeFile, loadedPyConfigFiles, jsImports, jsNamedImports, langOf, matchBracket, pythonConfigLoads, requireCalls, sameProject, scanSource, splitList, statementEnd, stringValue, type Arg, type Source } from './code.js';

/** Keys that hold a user name (`POSTGRES_USER`, `DB_USERNAME`, `spring.datasource.username`, `ADMIN_LOGIN`, libpq's `PGUSER`). */
const USER_KEY = /(?:^|[_.-]|^PG)(?:USER|USERNAME|LOGIN)$/i;
/** A user key written as one word with its prefix (`DBUSER`, camelCase `dbUser`): a user key only beside a password key of the same prefix (`DBPASS`, `dbPassword`). */
const GLUED_USER_KEY = /^[A-Za-z][A-Za-z0-9]*?(?:USER|USERNAME|LOGIN)$|^[a-z][A-Za-z0-9]*(?:User|Username|UserName|Login)$/;
/** Keys that hold a password (`POSTGRES_PASSWORD`, `RABBITMQ_DEFAULT_PASS`, `DB_PWD`). */
const PASSWORD_KEY = /(?:PASSWORD|PASSWD|PASS|PWD)$/i;
/** A key's prefix before its user or password word, a `_DEFAULT` and a separator (`RABBITMQ_DEFAULT_PASS` → `RABBITMQ`, `PGUSER` → `PG`, `dbUser` → `DB`). */
const keyPrefix = (key: string, word: RegExp): string => key.replace(word, '').replace(/(?:[_.-]?DEFAULT)?[_.-]?$/i, '').toUpperCase();
const USER_WORD = /(?:USER|USERNAME|LOGIN)$/i;
/** A value as deployed when nothing is set: the literal, or the default of `${VAR:-default}` / `${VAR-default}`; null for other references. */
export function literalOrDefault(value: string): string | null {
  const t = value.trim();
  const m = /^\$\{[A-Za-z_]\w*:?-([^}$]*)\}$/.exec(t);
  if (m) return m[1]!.trim() || null;
  return t && !t.includes('$') ? t : null;
}

/** The variable whose default a value deploys (`${DB_PASSWORD:-changeme}` → `DB_PASSWORD`), or null for a literal; for a value {@link literalOrDefault} reads. */
export function defaultedVariable(value: string): string | null {
  return /^\$\{([A-Za-z_]\w*)/.exec(value.trim())?.[1] ?? null;
}

/**
 * A password equal to a user name set beside it: the user's key, the password as deployed, and the variable it is the default of (or null);
 * `suffix`: the password is the user name with a password word or a counting run after it (`mmuser_password`), not the name itself.
 */
export interface UserNamePassword { user: string; value: string; unset: string | null; suffix: boolean }

/** How a message says what a password is made of (never the value): `the user name of POSTGRES_USER`, `… followed by a password word or a counting run`. */
export const userNamePhrase = (p: { user: string; suffix: boolean }): string => `the user name of ${p.user}${p.suffix ? ' followed by a password word or a counting run' : ''}`;

/**
 * The hand-off rule for a password equal to a user name set beside it in the same environment
 * (`POSTGRES_USER: app` with `POSTGRES_PASSWORD: app`, also as a `${VAR:-default}` default): anyone who
 * knows the user knows the password. It is a default credential, which `default-credentials` reports;
 * `hardcoded-secret` never reports it, however random the value looks. Keyed by the entry's index in `env`.
 */
export function passwordsEqualToUser(env: readonly { key: string; value: string | null }[]): Map<number, UserNamePassword> {
  const out = new Map<number, UserNamePassword>();
  // The user names, read once and indexed by name (an environment of thousands of passwords is not read again for each):
  // `any`, the indexes (ascending) of the keys that hold a user name; `own`, by key prefix, those and the glued user keys
  // (`DBUSER`), which hold one only beside a password key of that prefix.
  const names = new Map<string, { any: number[]; own: Map<string, number[]> }>();
  const lengths = new Set<number>();
  env.forEach((u, j) => {
    if (u.value === null) return;
    const plain = USER_KEY.test(u.key);
    if (!plain && !GLUED_USER_KEY.test(u.key)) return;
    const userPrefix = keyPrefix(u.key, USER_WORD);
    if (!plain && userPrefix === '') return;
    const name = literalOrDefault(u.value);
    if (name === null) return;
    let at = names.get(name);
    if (!at) { at = { any: [], own: new Map() }; names.set(name, at); lengths.add(name.length); }
    if (plain) at.any.push(j);
    const own = at.own.get(userPrefix);
    if (own) own.push(j); else at.own.set(userPrefix, [j]);
  });
  if (!names.size) return out;
  const lengthList = [...lengths].sort((a, b) => a - b);
  env.forEach((e, i) => {
    if (e.value === null || !PASSWORD_KEY.test(e.key) || !isSecretName(e.key) || isAboutSecretName(e.key)) return;
    const v = literalOrDefault(e.value);
    if (!v) return;
    // Of several user names equal to it, the one of its own prefix (`POSTGRES_USER` for `POSTGRES_PASSWORD`, not an
    // earlier `DATABASE_USER`), else the nearest: the message names it.
    const prefix = keyPrefix(e.key, PASSWORD_KEY);
    // Equal first (then the one of its own prefix, then the nearest, the earlier of two as near), else the user name with a
    // suffix (`mmuser_password`).
    const equal = names.get(v);
    const suffixed = lengthList.filter((n) => n < v.length).map((n) => v.slice(0, n)).filter((name) => names.has(name) && fromUserName(v, name) === 'suffix').map((name) => names.get(name)!);
    for (const [how, groups] of [['equal', equal ? [equal] : []], ['suffix', suffixed]] as const) {
      const j = nearest(groups.map((g) => g.own.get(prefix) ?? []), i) ?? nearest(groups.map((g) => g.any), i);
      if (j === undefined) continue;
      // Airflow's `_AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-airflow}` beside a user that defaults to `airflow`.
      out.set(i, { user: env[j]!.key, value: v, unset: defaultedVariable(e.value), suffix: how === 'suffix' });
      break;
    }
  });
  return out;
}

/** Of the ascending index lists, the index nearest to `i` (the lower of two as near), or undefined when all are empty. */
function nearest(lists: readonly (readonly number[])[], i: number): number | undefined {
  let best: number | undefined;
  const better = (j: number | undefined) => {
    if (j !== undefined && (best === undefined || Math.abs(j - i) < Math.abs(best - i) || (Math.abs(j - i) === Math.abs(best - i) && j < best))) best = j;
  };
  for (const list of lists) {
    // The first index past `i` (binary search), and the one before it.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! <= i) lo = mid + 1; else hi = mid; }
    better(list[lo]);
    better(list[lo - 1]);
  }
  return best;
}

/**
 * The commented-out assignments of an env file (`#MYSQL_USER=superset` / `#MYSQL_PASSWORD=superset`, Superset's docker/.env),
 * judged as a set, as they would be uncommented: beside each other and the file's active entries. `env`: the active
 * entries then the commented ones, for a judgement of the whole (passwordsEqualToUser, default-credentials' switches);
 * `from`: the index in `env` where the commented ones start. A commented password equal to a user name is a default
 * credential as an active one is (hardcoded-secret leaves it to default-credentials); a real one stays a leak.
 */
export function commentedEnvironment(snapshot: SnapshotView, ef: EnvFile): { env: EnvEntry[]; from: number } {
  const text = snapshot.text(ef.path);
  const off = text === undefined ? [] : parseCommentedEnv(ef.path, text).entries;
  return { env: off.length ? [...ef.entries, ...off] : ef.entries, from: ef.entries.length };
}

/**
 * Where {@link passwordsEqualToUser} holds in the environments of a snapshot, as `hardcoded-secret` leaves them to
 * `default-credentials`: every env file (and every file a compose service names in `env_file`), each on its own; every
 * compose service's `environment` (`extends` and merge keys resolved, a value located where it is written); every
 * Kubernetes container's `env` and ConfigMap's `data`; every Dockerfile stage's `ENV`/`ARG` with the stages it inherits from. The same
 * groupings `default-credentials` judges, so a value is handed over exactly when that check can see its user beside it.
 */
export function userNamePasswordSites(snapshot: SnapshotView): { has(file: string, line: number, value: string): boolean } {
  // Read only when a value is asked about (a repository without findings parses nothing here).
  let sites: Set<string> | null = null;
  // Code files (a Django `DATABASES` entry, a `new Pool({…})` object) are read one at a time, when a value there is asked about.
  const code = new Map<string, Set<string>>();
  const inCode = (file: string, line: number, value: string) => {
    let s = code.get(file);
    if (!s) {
      const text = isCodeFile(file) && !isTemplate(file) ? snapshot.text(file) : undefined;
      s = new Set(text === undefined ? [] : codeUserNamePasswords(file, text).map((p) => `${p.line}\0${p.value}`));
      code.set(file, s);
    }
    return s.has(`${line}\0${value}`);
  };
  return { has: (file, line, value) => (sites ??= userNamePasswordSet(snapshot)).has(`${file}:${line}\0${value.trim()}`) || inCode(file, line, value.trim()) };
}

/** Keys of a connection's settings beside its login: where it connects, or with what (`HOST`, `port`, `database`, Django's `ENGINE`, knex's `client`). */
const CONNECTION_KEY = /^(?:host|hostname|server|port|database|db|dbname|db_name|database_name|engine|client|dialect|driver)$/i;
/** Values that describe a field rather than set it (`{ host: 'string', user: 'string', password: 'string' }`: a schema or its example). */
const TYPE_WORD = /^(?:string|str|text|number|int|integer|bool|boolean|any|required|optional|null|none|undefined)$/i;
/** A dict/object key followed by `:` (`'PASSWORD':`, `password:`, `"db_password":`) whose name ends in a password word. */
const CODE_PASSWORD_KEY_RE = /(?<![\w$.])(['"]?)((?:[A-Za-z_$][\w$-]{0,60}?)?(?:pass|passwd|password|pwd))\1\s*:(?!:)/gi;

/** The spellings RAW_PASSWORD_ENTRY_RE / RAW_USER_ENTRY_RE can match, as literals (their keys in any case). */
const PASSWORD_SPELLINGS = ['pass', 'Pass', 'PASS', 'pwd', 'Pwd', 'PWD'];
const USER_SPELLINGS = ['user', 'User', 'USER', 'login', 'Login', 'LOGIN'];
/** A password or user entry with a quoted literal, in raw text (`'PASSWORD': 'app'`, `user: "app"`); group 3: the literal. */
const RAW_PASSWORD_ENTRY_RE = /(?:pass|passwd|password|pwd)(['"]?)\s*:\s*[rRuUbB]{0,2}(['"`])([^'"`\\\n]{1,200})\2/gi;
const RAW_USER_ENTRY_RE = /(?:user|username|login)(['"]?)\s*:\s*[rRuUbB]{0,2}(['"`])([^'"`\\\n]{1,200})\2/gi;
/** A password entry of a dict/object literal equal to the user entry beside it: where its literal starts, its value, and both keys. */
export interface CodeUserNamePassword { line: number; column: number; offset: number; value: string; user: string; password: string; suffix: boolean }

/**
 * The hand-off rule ({@link passwordsEqualToUser}) in Python and JavaScript/TypeScript code: a dict or object literal
 * holding a connection's settings (a key for where or with what it connects beside the login: Django's
 * `DATABASES` entry `{'ENGINE': …, 'USER': 'app', 'PASSWORD': 'app'}`, pg's `new Pool({ host, user: 'app', password: 'app' })`,
 * a knexfile's `connection: {…}`) whose password literal equals its user literal. Only entries of the same literal
 * (not a nested one, not keyword arguments of a call), both quoted literals; a type name (`'string'`) describes a field.
 */
export function codeUserNamePasswords(file: string, text: string, lex?: () => Source): CodeUserNamePassword[] {
  const lang = langOf(file);
  const out: CodeUserNamePassword[] = [];
  // Literal look-ups first (far cheaper than a case-insensitive scan): a password key and a user key must both be there.
  if (lang === null || !PASSWORD_SPELLINGS.some((w) => text.includes(w)) || !USER_SPELLINGS.some((w) => text.includes(w))) return out;
  // Only a file where some password entry's literal is also some user entry's literal is lexed (a quick look at the raw text).
  const passwords = new Set([...text.matchAll(RAW_PASSWORD_ENTRY_RE)].map((m) => m[3]!));
  if (!passwords.size || ![...text.matchAll(RAW_USER_ENTRY_RE)].some((m) => passwords.has(m[3]!))) return out;
  const src = lex ? lex() : scanSource(file, text, lang);
  const seen = new Set<number>();
  for (const m of src.code.matchAll(CODE_PASSWORD_KEY_RE)) {
    if (!PASSWORD_KEY.test(m[2]!)) continue;
    // Code, not a comment or a string's text (a quoted key keeps its quotes in `bare`, its text is blanked).
    if (src.bare[m.index] !== (m[1] || m[2]![0])) continue;
    // The literal it is an entry of: the innermost unclosed bracket before it must be a `{`.
    let depth = 0;
    let open = -1;
    for (let k = m.index - 1; k >= 0 && m.index - k < 5000; k--) {
      const c = src.bare[k];
      if (c === ')' || c === ']' || c === '}') depth++;
      else if (c === '(' || c === '[' || c === '{') {
        if (depth) { depth--; continue; }
        if (c === '{') open = k;
        break;
      }
    }
    if (open < 0 || seen.has(open)) continue;
    seen.add(open);
    const close = matchBracket(src, open);
    if (close < 0) continue;
    // `key: value` entries only (a JS destructuring default `{ user = 'app' }` is no literal's entry).
    const entries = splitList(src, open + 1, close)
      .filter((a) => a.name !== null && /:\s*$/.test(src.code.slice(Math.max(open, a.start - 80), a.start)))
      .map((a) => ({ key: a.name!, value: stringValue(a.value), start: a.start, raw: a.value }));
    if (!entries.some((e) => CONNECTION_KEY.test(e.key))) continue;
    for (const [i, p] of passwordsEqualToUser(entries)) {
      const e = entries[i]!;
      if (p.unset !== null || e.value === null || TYPE_WORD.test(e.value) || e.value !== p.value) continue;
      // The literal's text starts after its prefix and quote (`r'…'`, `` `…` ``).
      const at = e.start + (/^[rRuUbB]{0,2}['"`]/.exec(e.raw)?.[0].length ?? 0);
      out.push({ line: src.lineAt(at), column: src.columnAt(at), offset: at, value: p.value, user: p.user, password: e.key, suffix: p.suffix });
    }
  }
  return out;
}

/**
 * The environments' sites of userNamePasswordSites (`file:line` and the value), once per view. hardcoded-secret's `prepare`
 * reads them while worker threads scan: its run needs them as soon as one value is found, which a repository large enough
 * for worker threads all but always has.
 */
export const userNamePasswordSet = perView(function collectSites(snapshot: SnapshotView): Set<string> {
  const sites = new Set<string>();
  const put = (file: string, line: number, value: string) => sites.add(`${file}:${line}\0${value}`);
  const judge = <T extends { key: string; value: string | null }>(env: readonly T[], at: (e: T) => { file: string; line: number }) => {
    for (const [i, p] of passwordsEqualToUser(env)) { const { file, line } = at(env[i]!); put(file, line, p.value); }
  };
  const envFiles = new Set<string>();
  const envFile = (path: string) => {
    if (envFiles.has(path)) return;
    envFiles.add(path);
    // A production env template as default-credentials reads it: its conditional blocks set aside.
    const ef = isProductionEnvFile(path) ? envFileAsDeployed(snapshot, path) : snapshot.envFileAt(path);
    if (!ef) return;
    judge(ef.entries, (e) => ({ file: path, line: e.line }));
    // Its commented-out lines too, as a set beside the active ones (the active ones are judged among themselves).
    const { env, from } = commentedEnvironment(snapshot, ef);
    for (const [i, p] of passwordsEqualToUser(env)) if (i >= from) put(path, env[i]!.line, p.value);
  };
  for (const ef of snapshot.envFiles()) envFile(ef.path);
  for (const ef of productionEnvFiles(snapshot)) envFile(ef.path);
  for (const cf of snapshot.composeFiles()) {
    for (const svc of cf.services) {
      judge(composeEnvironment(svc), (e) => svc.origin(e.path));
      for (const p of composeEnvFiles(svc)) envFile(p);
    }
  }
  // A YAML document in an environment value (`INVIDIOUS_CONFIG: |`): each of its mappings.
  for (const g of envYamlSettings(snapshot)) judge(g.rows, (r) => ({ file: g.file, line: r.line }));
  // A compose secret file a service reads as a password beside a user name equal to it.
  for (const { secret: s } of composeSecretUserNames(snapshot, () => false)) put(s.file, s.line, s.value);
  for (const obj of snapshot.k8sObjects()) {
    const data = obj.kind === 'ConfigMap' && obj.apiVersion === 'v1' ? obj.value['data'] : undefined;
    if (isObject(data)) {
      const entries = Object.entries(data).map(([key, value]) => ({ key, value: typeof value === 'string' ? value : null }));
      judge(entries, (e) => ({ file: obj.file, line: obj.loc(['data', e.key], true).line }));
      continue;
    }
    const env = containerEnv(obj);
    for (const c of new Set(env.map((e) => e.container))) judge(env.filter((e) => e.container === c).map((e) => ({ ...e, key: e.name })), (e) => ({ file: obj.file, line: e.line }));
  }
  for (const df of snapshot.dockerfiles()) {
    for (const stage of df.stages) {
      const props = lineage(stage).flatMap((s) => s.instructions.filter((ins) => ins.keyword === 'ENV' || ins.keyword === 'ARG').flatMap((ins) => ins.properties));
      judge(props.map((p) => ({ key: p.name, value: p.value, line: p.line })), (p) => ({ file: df.path, line: p.line }));
    }
  }
  // The environments of processes a host runs, as default-credentials reads them: a systemd unit's `Environment=` (of a unit
  // that starts something), each supervisord section's `environment=`, Kamal's secrets files.
  for (const entry of entryPoints(snapshot)) {
    if (entry.where === 'systemd ExecStart' && entry.envAt) judge(Object.entries(entry.envAt).map(([key, e]) => ({ key, value: e.value, line: e.line })), (e) => ({ file: entry.file, line: e.line }));
  }
  for (const file of snapshot.files) {
    if (isTerraformArgumentFile(file) && !isTemplate(file) && !isTestFile(file)) {
      const text = snapshot.text(file);
      for (const group of text === undefined ? [] : terraformArgumentGroups(text)) judge(group, (e) => ({ file, line: e.line }));
      continue;
    }
    if (TFVARS_JSON.test(file) && !isTemplate(file) && !isTestFile(file)) {
      for (const group of terraformVarFileJsonGroups(snapshot, file)) judge(group, (e) => ({ file, line: e.line }));
      continue;
    }
    const pulumi = pulumiStackConfig(snapshot, file);
    if (pulumi) judge(pulumi, (e) => ({ file, line: e.line }));
    else if (KAMAL_SECRETS.test(file)) envFile(file);
    else if (SUPERVISORD_CONFIG.test(file)) {
      const text = snapshot.text(file);
      const env = text === undefined ? [] : supervisordEnvironment(text);
      for (const section of new Set(env.map((e) => e.section))) judge(env.filter((e) => e.section === section), (e) => ({ file, line: e.line }));
    }
  }
  return sites;
});

/** A literal string argument of a Terraform block or a `.tfvars` line: `  password = "orders"`; groups: the name, the value. */
const TF_LITERAL_ARGUMENT_RE = /^[ \t]*([A-Za-z_][\w-]{0,100})[ \t]*=[ \t]*"((?:[^"\\\n$]|\\.){1,1000})"[ \t]*(?:(?:#|\/\/).*)?\r?$/;

/**
 * The literal string arguments of a Terraform file (`.tf`, `.tfvars`), grouped by the block that holds them (a `resource`, a
 * `module` call, a nested block; a `.tfvars` file's lines are one group): what the rule for a password equal to the user name
 * beside it reads (`aws_db_instance` `username = "orders"` / `password = "orders"`, the rds module's arguments). Lines inside
 * heredocs are not arguments; a value Terraform computes (`var.…`, `"${…}"`) is none.
 */
export function terraformArgumentGroups(text: string): { key: string; value: string; line: number; column: number }[][] {
  const groups = new Map<number, { key: string; value: string; line: number; column: number }[]>();
  const stack: number[] = [0];
  let heredoc: RegExp | null = null;
  let blocks = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (heredoc) { if (heredoc.test(line)) heredoc = null; return; }
    const m = TF_LITERAL_ARGUMENT_RE.exec(line);
    if (m) {
      const id = stack.at(-1)!;
      const group = groups.get(id) ?? [];
      group.push({ key: m[1]!, value: m[2]!.replace(/\\(.)/g, '$1'), line: i + 1, column: line.indexOf('"', line.indexOf('=')) + 2 });
      groups.set(id, group);
      return;
    }
    // Braces outside strings and comments open and close blocks (and object values, whose arguments form a group of their own).
    const code = line.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(?:#|\/\/).*$/, '');
    const h = /<<-?([A-Za-z_]\w*)[ \t]*$/.exec(code);
    for (const c of code) {
      if (c === '{') stack.push(++blocks);
      else if (c === '}' && stack.length > 1) stack.pop();
    }
    if (h) heredoc = new RegExp(`^[ \\t]*${h[1]}[ \\t]*$`);
  });
  return [...groups.values()];
}

/** A Terraform variable file in JSON (`terraform.tfvars.json`, `prod.auto.tfvars.json`, `-var-file=prod.tfvars.json`). */
export const TFVARS_JSON = /\.tfvars\.json$/i;
/** Bound: how deep an object value of a JSON variable file is read (a variable's object value, `{ "db": { "password": … } }`). */
const MAX_TFVARS_JSON_DEPTH = 4;

/**
 * The literal string values of a Terraform variable file in JSON (`terraform.tfvars.json`, `*.auto.tfvars.json`, a `-var-file`
 * one), grouped as terraformArgumentGroups groups a `.tfvars` file's lines: the file's top-level variables together, and the
 * entries of each object value among themselves; each at its value (the first character inside its quotes). Other values
 * (numbers, lists, `null`) are none; an empty list when the file does not parse.
 */
export function terraformVarFileJsonGroups(snapshot: SnapshotView, file: string): { key: string; value: string; line: number; column: number }[][] {
  const doc = TFVARS_JSON.test(file) ? snapshot.json(file) : null;
  if (!doc || !isObject(doc.value)) return [];
  const lines = snapshot.lines(file);
  const groups: { key: string; value: string; line: number; column: number }[][] = [];
  const walk = (obj: Record<string, unknown>, path: string[]) => {
    const group: { key: string; value: string; line: number; column: number }[] = [];
    for (const [key, v] of Object.entries(obj)) {
      if (isObject(v)) { if (path.length < MAX_TFVARS_JSON_DEPTH) walk(v, [...path, key]); continue; }
      if (typeof v !== 'string') continue;
      const at = doc.loc([...path, key]);
      if (!at) continue;
      // The reader locates a string at its opening quote: the value starts after it.
      const column = lines?.[at.line - 1]?.[at.column - 1] === '"' ? at.column + 1 : at.column;
      group.push({ key, value: v, line: at.line, column });
    }
    if (group.length) groups.push(group);
  };
  walk(doc.value, []);
  return groups;
}

/** A `name = "…"` argument and a `value = "…"` one beside it (either first, a `type` between), on separate lines or with commas. */
const HELM_SET_SEP = String.raw`[ \t]*(?:,|\r?\n)[ \t\r\n]*(?:type[ \t]*=[ \t]*"[^"\n]*"[ \t]*(?:,|\r?\n)[ \t\r\n]*)?`;
const HELM_SET_NAME = String.raw`\bname[ \t]*=[ \t]*"([^"\n$]{1,200})"`;
const HELM_SET_VALUE = String.raw`\bvalue[ \t]*=[ \t]*"((?:[^"\\\n]|\\.){1,1000})"`;
const HELM_SET_RE = new RegExp(`${HELM_SET_NAME}${HELM_SET_SEP}${HELM_SET_VALUE}|${HELM_SET_VALUE}${HELM_SET_SEP}${HELM_SET_NAME}`, 'g');
/**
 * The `name`/`value` pairs a Terraform `helm_release` sets on its chart (`set { name = "auth.password" value = "…" }`,
 * `set_sensitive { … }`, the provider's newer `set = [{ name = "…", value = "…" }]`): a chart value named by its path, judged
 * under that name at the value. A value Terraform computes (`var.…`, `"${…}"`) is none.
 */
export function terraformHelmSets(text: string): { name: string; value: string; line: number; column: number }[] {
  const out: { name: string; value: string; line: number; column: number }[] = [];
  if (!text.includes('helm_release')) return out;
  for (const block of hclBlocks(text, 'resource')) {
    if (block.labels[0] !== 'helm_release') continue;
    const body = text.slice(block.start, block.end);
    for (const m of body.matchAll(HELM_SET_RE)) {
      const name = m[1] ?? m[4]!;
      const value = m[2] ?? m[3]!;
      out.push({ name, value: value.replace(/\\(.)/g, '$1'), ...lineColumnAt(text, block.start + m.index + m[0].lastIndexOf(`"${value}"`) + 1) });
    }
  }
  return out;
}

/** CloudFormation's own naming of its templates: `stack.template.yaml`, `MyStack.template.json`, the older `stack.template`. */
const CFN_TEMPLATE_NAME_RE = /\.template(?:\.(?:json|ya?ml))?$/i;
/** A CloudFormation or SAM template's text: its format version, or a `Resources` key with a resource of an `AWS::` type. */
const CFN_VERSION_RE = /^[ \t]*(?:AWSTemplateFormatVersion|"AWSTemplateFormatVersion")[ \t]*:/m;
const CFN_RESOURCES_RE = /^(?:Resources[ \t]*:|[ \t]*"Resources"[ \t]*:)/m;
const CFN_RESOURCE_TYPE_RE = /^[ \t]*(?:-[ \t]+)?(?:Type|"Type")[ \t]*:[ \t]*["']?AWS::\w+::\w+/m;

/**
 * A template in CloudFormation's sense, named as CloudFormation names them (`db.template.yaml`, CDK's `MyStack.template.json`,
 * `stack.template`), whose text is one (`AWSTemplateFormatVersion`, or `Resources` with a `Type: AWS::…` resource): the stack
 * that deploys, not a placeholder file to fill in, so the secret checks judge its values. `.env.template`, `config.template.yml`
 * and `task-definition.template.json` (no CloudFormation text) stay templates; so does `stack.example.template.yaml`.
 */
export function isCfnTemplateFile(file: string, text: string): boolean {
  const b = basename(file);
  if (!CFN_TEMPLATE_NAME_RE.test(b)) return false;
  const real = b.replace(CFN_TEMPLATE_NAME_RE, (m) => m.slice('.template'.length));
  if (!real || isTemplate(real) || isEnvFile(real)) return false;
  return CFN_VERSION_RE.test(text) || (CFN_RESOURCES_RE.test(text) && CFN_RESOURCE_TYPE_RE.test(text));
}

/**
 * Whether a CloudFormation template's parameter is of an SSM parameter type (`AWS::SSM::Parameter::Value<String>`): its
 * `Default` names the parameter that holds the value (`/prod/db/password`), it is no value itself.
 */
export function isCfnSsmParameter(snapshot: SnapshotView, file: string, param: string): boolean {
  const doc = /\.json$/i.test(file) ? snapshot.json(file) : snapshot.yaml(file)?.docs[0];
  const params = doc && isObject(doc.value) ? doc.value['Parameters'] : undefined;
  const p = isObject(params) ? params[param] : undefined;
  return isObject(p) && typeof p['Type'] === 'string' && p['Type'].startsWith('AWS::SSM::');
}

/** A Pulumi stack's configuration file (`Pulumi.prod.yaml`; not the project's `Pulumi.yaml`); group 1: the stack. */
export const PULUMI_STACK = /(?:^|\/)Pulumi\.([\w.-]+)\.ya?ml$/;
/** A value of a Pulumi stack's `config`: `key` its name as an environment variable's (`shop:dbPassword` → `DB_PASSWORD`), `shown` as written. */
export interface PulumiConfigRow { key: string; value: string; line: number; column: number; shown: string }

/**
 * The literal values of a Pulumi stack configuration (`Pulumi.<stack>.yaml` `config:`), the values `pulumi up` gives the
 * program for that stack: keys written with their namespace (`shop:dbPassword: changeme`), each judged by its own name as an
 * environment variable's; a structured value is read per key (`shop:db: {password: …}` as `shop:db.password`); `secure:`
 * values are ciphertext. Null when the file is no stack configuration.
 */
export function pulumiStackConfig(snapshot: SnapshotView, file: string): PulumiConfigRow[] | null {
  if (!PULUMI_STACK.test(file)) return null;
  const doc = snapshot.yaml(file)?.docs[0];
  const config = doc && isObject(doc.value) ? doc.value['config'] : undefined;
  if (!doc || !isObject(config)) return null;
  const rows: PulumiConfigRow[] = [];
  const walk = (v: unknown, path: string[], depth: number) => {
    if (isObject(v)) {
      if (depth < 4 && !('secure' in v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k], depth + 1);
      return;
    }
    if (typeof v !== 'string' && typeof v !== 'number') return;
    const at = doc.loc(['config', ...path]);
    const leaf = path.at(-1)!.replace(/^[\w.-]*:/, '');
    if (at) rows.push({ key: leaf.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase(), value: String(v), ...at, shown: path.join('.') });
  };
  for (const [k, v] of Object.entries(config)) walk(v, [k], 0);
  return rows;
}

/** A file that a compose file's top-level `secrets:` entry names (`db-password: { file: db/password.txt }`), committed; `value` is its text, trimmed, at `line`/`column`. */
export interface ComposeSecretFile { name: string; composeFile: string; file: string; value: string; line: number; column: number }

/**
 * The committed files of compose file-based secrets (Docker's documented layout): each holds one secret and no
 * name for an assignment rule to see. Each file once (the first compose file naming it), unless `skip` says so
 * of it or of its compose file. `hardcoded-secret` reports the ones holding a real value, `default-credentials`
 * the ones holding a default or placeholder (`changeme`, `mysecretpassword`): `isDefaultCredential` decides.
 */
export function composeSecretFiles(snapshot: SnapshotView, skip: (file: string) => boolean): ComposeSecretFile[] {
  const out: ComposeSecretFile[] = [];
  const seen = new Set<string>();
  for (const cf of snapshot.composeFiles()) {
    if (skip(cf.path)) continue;
    for (const s of secretFilesOf(snapshot, cf.path, skip)) {
      if (seen.has(s.file)) continue;
      seen.add(s.file);
      out.push(s);
    }
  }
  return out;
}

/** The committed, non-empty files of one compose file's top-level file-based `secrets:` (each entry, a file named twice included). */
function secretFilesOf(snapshot: SnapshotView, composeFile: string, skip: (file: string) => boolean): ComposeSecretFile[] {
  const out: ComposeSecretFile[] = [];
  for (const doc of snapshot.yaml(composeFile)?.docs ?? []) {
    const secrets = isObject(doc.value) ? doc.value['secrets'] : undefined;
    if (!isObject(secrets)) continue;
    for (const [name, def] of Object.entries(secrets)) {
      const rel = isObject(def) && typeof def['file'] === 'string' ? def['file'] : null;
      const file = rel === null || rel.includes('$') ? null : joinPath(dirname(composeFile), rel);
      if (!file || skip(file) || !snapshot.has(file)) continue;
      const text = snapshot.text(file) ?? '';
      const value = text.trim();
      if (value) out.push({ name, composeFile, file, value, ...lineColumnAt(text, text.indexOf(value)) });
    }
  }
  return out;
}

/** A compose secret file a service reads as a password (`*_PASSWORD_FILE`) beside a user name equal to its value: the service and the variable. */
export interface ComposeSecretUserName { secret: ComposeSecretFile; service: ComposeService; variable: string; pair: UserNamePassword }
/** Where a service's granted secrets are mounted (`- db_password` → `/run/secrets/db_password`; `{source, target}`: the target, under /run/secrets/ unless absolute), by source name. */
function secretMounts(svc: ComposeService): Map<string, string> {
  const out = new Map<string, string>();
  const list = svc.value['secrets'];
  if (!Array.isArray(list)) return out;
  for (const x of list.slice(0, 200)) {
    const source = typeof x === 'string' ? x : isObject(x) && typeof x['source'] === 'string' ? x['source'] : null;
    if (!source) continue;
    const target = isObject(x) && typeof x['target'] === 'string' && x['target'] ? x['target'] : source;
    out.set(target.startsWith('/') ? target : `/run/secrets/${target}`, source);
  }
  return out;
}
/**
 * The hand-off rule ({@link passwordsEqualToUser}) through compose file-based secrets: a service granted a secret
 * (`secrets: [db_password]`) and reading its file by a `*_FILE` variable (the official images' convention,
 * `POSTGRES_PASSWORD_FILE=/run/secrets/db_password`) is judged as if the variable without `_FILE` held the file's
 * value; a password so set equal to a user name beside it (`POSTGRES_USER=odoo`, the file holding `odoo`) is a default
 * credential. A `*_FILE` path no granted secret file provides is no value. Each secret file once.
 */
export function composeSecretUserNames(snapshot: SnapshotView, skip: (file: string) => boolean): ComposeSecretUserName[] {
  const out: ComposeSecretUserName[] = [];
  const seen = new Set<string>();
  const byDir = new Map<string, ComposeSecretFile[]>();
  for (const cf of snapshot.composeFiles()) {
    if (skip(cf.path)) continue;
    const dir = dirname(cf.path);
    byDir.set(dir, [...(byDir.get(dir) ?? []), ...secretFilesOf(snapshot, cf.path, skip)]);
  }
  if (![...byDir.values()].some((l) => l.length)) return out;
  for (const cf of snapshot.composeFiles()) {
    if (skip(cf.path)) continue;
    // Compose merges the top-level secrets of the files of a project: this file's first, then its folder's other compose files'.
    const defs = (byDir.get(dirname(cf.path)) ?? []).slice().sort((a, b) => Number(b.composeFile === cf.path) - Number(a.composeFile === cf.path));
    if (!defs.length) continue;
    for (const svc of cf.services) {
      const mounts = secretMounts(svc);
      if (!mounts.size) continue;
      const env = composeEnvironment(svc);
      const read = new Map<number, ComposeSecretFile>();
      const judged = env.map((e, i) => {
        const v = e.value === null ? null : literalOrDefault(e.value);
        const source = v === null || !/_FILE$/i.test(e.key) ? undefined : mounts.get(v);
        const s = source === undefined ? undefined : defs.find((d) => d.name === source);
        if (!s || /[\r\n]/.test(s.value)) return e;
        read.set(i, s);
        return { key: e.key.slice(0, -'_FILE'.length), value: s.value };
      });
      if (!read.size) continue;
      for (const [i, pair] of passwordsEqualToUser(judged)) {
        const s = read.get(i);
        if (!s || pair.unset !== null || seen.has(s.file)) continue;
        seen.add(s.file);
        out.push({ secret: s, service: svc, variable: env[i]!.key, pair });
      }
    }
  }
  return out;
}

/**
 * Redis passwords: `requirepass`/`masterauth` in a redis.conf, `sentinel auth-pass <master> …`, and
 * `redis-server --requirepass …` written into a command (a compose `command:`, a Dockerfile `CMD`, a script).
 * A real value is hardcoded-secret's, a default or placeholder (`--requirepass changeme`) default-credentials'.
 */
const REDIS_CONF_PASSWORD_RE = /^[ \t]*(?:requirepass|masterauth|sentinel[ \t]+auth-pass[ \t]+\S+)[ \t]+(["']?)([^\s"']{1,200})\1[ \t]*\r?$/gm;
// (the argument after a space or `=`, the next item of a JSON array `["--requirepass", "…"]` or of a YAML list `- --requirepass` / `- …`)
const REDIS_ARG_PASSWORD_RE = /(?<![\w-])--(?:requirepass|masterauth)(?:[ \t]+|=|["'][ \t]*,[ \t]*|["']?[ \t]*\r?\n[ \t]*-[ \t]+)(["']?)([^\s"',\]]{1,200})\1/g;
/**
 * `requirepass`, `masterauth` or `auth-pass` anywhere in a text, each searched from a character its words make rare
 * (`q`, the `h` after `masterauth`'s letters, `-`): three substring searches cost ~6× more over a monorepo's code,
 * since each walks every occurrence of its common first letter.
 */
const REDIS_WORDS_RE = /q(?<=req)uirepass|h(?<=masterauth)|-(?<=auth-)pass/;
/** The Redis passwords of `text` (none on a commented-out line: `# requirepass foobared`, `# redis-server --requirepass …`). */
export function redisPasswords(file: string, text: string): { line: number; column: number; value: string }[] {
  const out: { line: number; column: number; value: string }[] = [];
  if (!REDIS_WORDS_RE.test(text)) return out;
  for (const re of file.endsWith('.conf') ? [REDIS_CONF_PASSWORD_RE, REDIS_ARG_PASSWORD_RE] : [REDIS_ARG_PASSWORD_RE]) out.push(...optionValues(text, re));
  return out;
}

/**
 * The values an option pattern finds in `text` (`re`, global, ends with its value: group 1 the value's quote, group 2 the
 * value), each where its quote or value starts, outside commented-out lines (`# redis-server --requirepass …`).
 */
export function optionValues(text: string, re: RegExp): { line: number; column: number; value: string }[] {
  const out: { line: number; column: number; value: string }[] = [];
  for (const m of text.matchAll(re)) {
    const at = m.index + m[0].length - m[2]!.length - m[1]!.length;
    if (/^[ \t]*#/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))) continue;
    out.push({ ...lineColumnAt(text, at), value: m[2]! });
  }
  return out;
}

/** Kamal's secrets files (`.kamal/secrets`, `.kamal/secrets.<destination>`, `.kamal/secrets-common`); group 1: the destination. */
export const KAMAL_SECRETS = /(?:^|\/)\.kamal\/secrets(?:\.([\w-]+)|-common)?$/;
/** The files a supervisord config may be (`supervisord.conf`, Debian's `conf.d/*.conf`, RHEL's `supervisord.d/*.ini`). */
export const SUPERVISORD_CONFIG = /\.(?:conf|ini)$/i;

/** A variable a supervisord config sets (`environment=DB_PASSWORD="changeme",…`): in `section` (`program:web`, `supervisord`), where its value starts. */
export interface SupervisordEnv { key: string; value: string; line: number; column: number; section: string }
/** A `KEY=value` pair of supervisord's `environment` list (its `dict_of_key_value_pairs`): a double- or single-quoted value, or a bare one. */
const SUPERVISORD_PAIR_RE = /([A-Za-z_][\w.]*)[ \t]*=[ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s,"';#]*))/y;

/**
 * The `environment=` variables of a supervisord config's `[supervisord]` section (passed on to every program) and its
 * `[program:x]`, `[fcgi-program:x]` and `[eventlistener:x]` sections, continuation lines (indented) included, an inline
 * comment (` ;…`, ` #…`) aside. A value holding supervisord's `%(ENV_X)s` expansion is a reference, not a literal: left out.
 */
export function supervisordEnvironment(text: string): SupervisordEnv[] {
  const out: SupervisordEnv[] = [];
  if (!/^environment[ \t]*[=:]/im.test(text) || !/^\[(?:supervisord|program:|fcgi-program:|eventlistener:)/m.test(text)) return out;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const sec = /^\[([^\]]+)\]/.exec(lines[i]!);
    if (sec) { section = sec[1]!.trim(); continue; }
    const m = /^(environment[ \t]*[=:][ \t]*)(.*)$/i.exec(lines[i]!);
    if (!m || !/^(?:supervisord|(?:program|fcgi-program|eventlistener):.+)$/.test(section)) continue;
    const pieces = [{ line: i + 1, at: m[1]!.length, text: lines[i]! }];
    for (let j = i + 1; j < lines.length && /^[ \t]+\S/.test(lines[j]!); j++) pieces.push({ line: j + 1, at: /^[ \t]+/.exec(lines[j]!)![0].length, text: lines[j]! });
    for (const p of pieces) {
      let pos = p.at;
      for (;;) {
        while (pos < p.text.length && /[\s,]/.test(p.text[pos]!)) pos++;
        if (pos >= p.text.length || ((p.text[pos] === ';' || p.text[pos] === '#') && /\s/.test(p.text[pos - 1] ?? ' '))) break;
        SUPERVISORD_PAIR_RE.lastIndex = pos;
        const kv = SUPERVISORD_PAIR_RE.exec(p.text);
        if (!kv) break;
        const value = kv[2] ?? kv[3] ?? kv[4]!;
        // Where its quote or value starts (as an env file's value column).
        const column = pos + kv[0].length - value.length - (kv[4] === undefined ? 2 : 0) + 1;
        if (!value.includes('%(')) out.push({ key: kv[1]!, value, line: p.line, column, section });
        pos = SUPERVISORD_PAIR_RE.lastIndex;
      }
    }
  }
  return out;
}

/** A Gradio app (`import gradio as gr`, `from gradio import …`). */
const GRADIO_IMPORT_RE = /^[ \t]*(?:import[ \t]+gradio\b|from[ \t]+gradio\b)/m;
/** A keyword `auth=` followed by a tuple or a list (`auth=("admin", "admin")`, `auth=[("admin", "pass"), …]`), in code (comments and strings blanked). */
const GRADIO_AUTH_RE = /(?<![\w.])auth[ \t]*=[ \t]*(?=[([])/g;
/** A tuple of two string literals: group 2 the user, group 4 the password. */
const PAIR_RE = /\(\s*[rRuU]?(["'])([^"'\\\n]{0,200})\1\s*,\s*[rRuU]?(["'])([^"'\\\n]{0,200})\3\s*,?\s*\)/dg;

/**
 * The logins a Gradio app's `launch(auth=…)` (also `mount_gradio_app(…, auth=…)`) sets as literals: `auth=("admin", "admin")`
 * or a list of such pairs (`auth=[("admin", "pass"), ("ops", "ops")]`), outside comments; each pair's user and password,
 * and where the password's text starts (after its quote). A callable (`auth=check_login`) or a read (`auth=(user, os.environ["PW"])`) is none.
 */
export function gradioAuthPairs(file: string, text: string, lex: () => Source): { line: number; column: number; offset: number; user: string; password: string }[] {
  const out: { line: number; column: number; offset: number; user: string; password: string }[] = [];
  if (!file.endsWith('.py') || !text.includes('gradio') || !text.includes('auth') || !GRADIO_IMPORT_RE.test(text)) return out;
  const src = lex();
  for (const m of src.bare.matchAll(GRADIO_AUTH_RE)) {
    const open = m.index + m[0].length;
    const close = matchBracket(src, open);
    if (close < 0 || close - open > 4000) continue;
    const value = src.code.slice(open, close + 1);
    // The value itself when a tuple; each pair it lists when a list.
    const list = value.startsWith('[');
    for (const p of (list ? value.slice(1, -1) : value).matchAll(PAIR_RE)) {
      if (!list && p[0].length !== value.length) continue;
      const offset = open + (list ? 1 : 0) + p.indices![4]![0];
      out.push({ line: src.lineAt(offset), column: src.columnAt(offset), offset, user: p[2]!, password: p[4]! });
    }
  }
  return out;
}

/** A Django settings module production runs: the module file, and what selects it (`ENV DJANGO_SETTINGS_MODULE in Dockerfile:16`). */
export interface SelectedSettings { file: string; by: string }

/** `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings.dev")` (wsgi.py, asgi.py): group 2 the module. */
export const SETDEFAULT_RE = /^[ \t]*os\.environ\.setdefault\(\s*(["'])DJANGO_SETTINGS_MODULE\1\s*,\s*(["'])([A-Za-z_][\w.]*)\2\s*\)/m;

/**
 * Every variable production's deploy config sets, with what sets it and whether it is a development deploy's: a shipped
 * Dockerfile stage's `ENV`, a compose service's `environment` and `env_file`, a Kubernetes container's `env` or a ConfigMap,
 * a production env file, a hosting platform's deploy file (a compose base file's value that a production overlay sets again
 * counts as a development one). `scope`, when known: the folder of the build the variable reaches (the Dockerfile's folder for
 * its `ENV`, a compose service's build context, a Kubernetes container running the image a compose service builds and names);
 * undefined for an image built elsewhere, a ConfigMap, an env file or a platform's file.
 */
export function productionEnvReads(snapshot: SnapshotView, read: (key: string, value: string | null | undefined, by: string, dev: boolean, scope?: string) => void): void {
  for (const { df, stage, devReason } of shippedStages(snapshot)) for (const e of shippedEnv(df, stage)) read(e.name, e.value, `ENV ${e.name} in ${df.path}:${e.line}`, devReason !== null, dirname(df.path));
  // The image a compose service builds and names (`build: ./billing` with `image: acme/billing`), by repository: its build context.
  const built = new Map<string, string>();
  for (const cf of judgedComposeFiles(snapshot)) {
    for (const svc of cf.services) {
      const dev = composeDevOnly(svc) !== null;
      const context = composeBuild(cf.path, svc)?.context;
      const image = svc.value['image'];
      const repo = context !== undefined && typeof image === 'string' ? composeImageRepository(image) : undefined;
      if (repo && !dev && !built.has(repo)) built.set(repo, context!);
      // A base file's value that a production overlay sets again (`docker-compose.prod.yml`) is not what production runs.
      const overridden = (key: string) => overriddenInProduction(snapshot, svc, (m) => composeEnvironment(m).some((x) => x.key === key)) !== null;
      for (const e of composeEnvironment(svc)) read(e.key, e.value === null ? null : composeDefaults(e.value), `${e.key} of compose service '${svc.name}' in ${cf.path}`, dev || overridden(e.key), context);
      for (const p of composeEnvFiles(svc)) for (const e of snapshot.envFileAt(p)?.entries ?? []) read(e.key, e.value, `${e.key} in ${p}:${e.line} (env_file of compose service '${svc.name}')`, dev || isDevOnly(p), context);
    }
  }
  for (const obj of snapshot.k8sObjects()) {
    if (isTemplate(obj.file) || isTestFile(obj.file)) continue;
    const dev = isDevOnly(obj.file);
    for (const e of containerEnv(obj)) {
      const image = e.container.container['image'];
      const repo = typeof image === 'string' ? composeImageRepository(image) : undefined;
      read(e.name, e.value, `${e.name} of container '${e.container.name}' in ${obj.file}:${e.line}`, dev, repo === undefined ? undefined : built.get(repo));
    }
    for (const e of configMapData(obj)) read(e.key, e.value, `${e.key} in ${obj.file}:${e.line}`, dev);
  }
  for (const f of filesWhere(snapshot.files, isProductionEnvFile)) {
    if (isTemplate(f) || isTestFile(f)) continue;
    for (const e of snapshot.envFileAt(f)?.entries ?? []) read(e.key, e.value, `${e.key} in ${f}:${e.line}`, false);
  }
  for (const e of platformEnv(snapshot)) read(e.key, e.value, `${e.key} of ${e.where} in ${e.file}:${e.line}`, e.dev);
}

/**
 * The Django settings modules production selects (debug-mode fails a `DEBUG = True` one where it is selected; default-credentials
 * judges its secrets as production's, however development-like its name): `DJANGO_SETTINGS_MODULE` set by a shipped Dockerfile
 * stage's `ENV`, a production compose service's `environment` or `env_file`, a Kubernetes container or ConfigMap, a production env
 * file, a hosting platform's deploy file, or an entry point's command line or start script (`DJANGO_SETTINGS_MODULE=x gunicorn …`
 * in a Procfile). When none of them sets it, the `os.environ.setdefault("DJANGO_SETTINGS_MODULE", …)` of the module a production
 * server imports (`gunicorn mysite.wsgi:application` → `mysite/wsgi.py`, Wagtail's stock template) is what runs. So is a Flask config
 * file production code loads (loadedPyConfigFiles: `app.config.from_envvar("APP_SETTINGS")` with the image's `ENV APP_SETTINGS=/app/prod.cfg`).
 */
export function productionSettingsModules(snapshot: SnapshotView): SelectedSettings[] {
  const KEY = 'DJANGO_SETTINGS_MODULE';
  const set: { module: string; by: string }[] = [];
  let anySet = false;
  const add = (value: string | null | undefined, by: string, dev: boolean) => {
    // Set, to a value unseen here (`valueFrom`, a compose pass-through): no default of a wsgi module runs, but nothing to judge.
    anySet = true;
    if (value === null || value === undefined) return;
    const module = value.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
    if (!dev && /^[A-Za-z_][\w.]*$/.test(module)) set.push({ module, by });
  };
  productionEnvReads(snapshot, (key, value, by, dev) => { if (key === KEY) add(value, by, dev); });
  // The served module's own default, judged as debug-mode judges it: per entry point that sets nothing itself, through the
  // modules the server imports (`launch.pythonServed`), and not where the environment may come from elsewhere (a platform's
  // config vars, Kubernetes, an image built elsewhere: EntryPoint.envUnknown).
  const served: { file: string; entry: string }[] = [];
  for (const entry of entryPoints(snapshot)) {
    const launch = analyseEntry(snapshot, entry);
    if (launch.env[KEY] !== undefined || entry.envNames?.includes(KEY)) add(launch.env[KEY] ?? null, `${KEY} of ${entry.where} in ${entry.file}:${entry.line}`, entry.devOnly);
    if (entry.devOnly || entry.envUnknown) continue;
    if (entry.serverEnv?.[KEY] !== undefined || launch.commands.some((c) => c.argv.some((x) => x.includes(`${KEY}=`)))) { anySet = true; continue; }
    for (const file of launch.pythonServed ?? []) served.push({ file, entry: `${entry.where} in ${entry.file}:${entry.line}` });
  }
  if (!anySet) {
    for (const s of served) {
      const text = snapshot.text(s.file) ?? '';
      const m = SETDEFAULT_RE.exec(text);
      if (m) set.push({ module: m[3]!, by: `the os.environ.setdefault of ${s.file}:${lineColumnAt(text, m.index + m[0].length - m[0].trimStart().length).line}, served by ${s.entry} with no ${KEY} set,` });
    }
  }
  const out: SelectedSettings[] = [];
  // A Flask config file production code loads (`app.config.from_envvar("APP_SETTINGS")` reading `deploy/production.cfg`) is its settings module.
  for (const [file, by] of loadedPyConfigFiles(snapshot)) out.push({ file, by });
  for (const { module, by } of set) {
    const suffix = `${module.replace(/\./g, '/')}.py`;
    for (const file of snapshot.files) if ((file === suffix || file.endsWith(`/${suffix}`)) && !out.some((o) => o.file === file)) out.push({ file, by });
  }
  return out;
}

/** A config class production loads: where, and what loads it (`app.config.from_object(DevelopmentConfig) in app/__init__.py:6`). */
export interface LoadedConfigClass { file: string; line: number; by: string }

/**
 * Config classes production code loads unconditionally: `app.config.from_object(DevelopmentConfig)` (or `"config.DevelopmentConfig"`)
 * in a Python module that is no development-only, test or template file, outside any development branch (`if app.debug:`,
 * `if os.environ.get("FLASK_ENV") == "development":`); and the entry a name→class dict gives for the key production selects
 * (flasky's `config = {…, "default": DevelopmentConfig}` with `app.config.from_object(config[config_name])`: configDictKeys).
 * The class name → where it is loaded (the first such load). A development-named class so loaded is production's
 * configuration, whatever its name: cookie-flags, cors-wildcard and debug-mode judge its values as production's.
 */
export const loadedConfigClasses = perView(function loadedConfigClasses(snapshot: SnapshotView): ReadonlyMap<string, LoadedConfigClass> {
  const out = new Map<string, LoadedConfigClass>();
  for (const file of snapshot.files) {
    if (!isPython(file) || isDevOnly(file) || isTestFile(file) || isTemplate(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (!text?.includes('from_object')) continue;
    const src = scanSource(file, text, 'python');
    for (const l of pythonConfigLoads(src)) {
      if (inDevBranch(src, l.start)) continue;
      const line = src.lineAt(l.start);
      if (l.target !== null) {
        if (!out.has(l.target)) out.set(l.target, { file, line, by: `app.config.from_object(${l.target}) in ${file}:${line}` });
        continue;
      }
      const sub = /^([A-Za-z_]\w*)\s*\[([\s\S]+)\]$/.exec(l.arg);
      if (!sub || !/from_object\s*$/.test(src.code.slice(l.start, src.code.indexOf('(', l.start)))) continue;
      for (const { key, why } of configDictKeys(snapshot, src, l.start, sub[2]!.trim())) {
        for (const cls of configDictEntries(snapshot, file, sub[1]!, key)) {
          if (!out.has(cls)) out.set(cls, { file, line, by: `app.config.from_object(${sub[1]}["${key}"]) in ${file}:${line}${why ? ` (${why})` : ''}` });
        }
      }
    }
  }
  return out;
});

/** `os.getenv("FLASK_CONFIG") or "default"`, `os.environ.get("FLASK_CONFIG", "default")`, `getenv("X", default="d")`: group 2 the variable, group 4 or 6 the fallback. */
const ENV_SELECT_RE = /^(?:os\.)?(?:getenv|environ\.get)\(\s*(['"])([A-Za-z_]\w*)\1\s*(?:,\s*(?:default\s*=\s*)?(['"])([^'"\n]*)\3\s*)?\)(?:\s+or\s+(['"])([^'"\n]*)\5)?$/;
/** `os.environ["FLASK_CONFIG"]`: group 2 the variable (no fallback). */
const ENV_INDEX_RE = /^os\.environ\[\s*(['"])([A-Za-z_]\w*)\1\s*\]$/;

/**
 * The keys production selects a config dict's entry with, from the subscript of `app.config.from_object(config[…])`: a string
 * literal; an environment read (ENV_SELECT_RE), written there, assigned to the name before the load (in its function, or at module
 * level), or passed for the name to the function the load is in (`create_app(os.getenv("FLASK_CONFIG") or "default")` from a
 * production module: callers in tests, development-only modules or development branches aside). A read gives the values production
 * deploy config sets the variable to (productionEnvReads), or its fallback where none sets it. Literal arguments of callers are
 * not followed (a `run.py` calling `create_app("development")` is not known to be production's). `why`: how the key was chosen.
 */
function configDictKeys(snapshot: SnapshotView, src: Source, at: number, expr: string): { key: string; why: string }[] {
  const literal = stringValue(expr);
  if (literal !== null) return [{ key: literal, why: '' }];
  const fromEnv = (value: string, where: string, shown = value): { key: string; why: string }[] => {
    const m = ENV_SELECT_RE.exec(value) ?? ENV_INDEX_RE.exec(value);
    if (!m) return [];
    const variable = m[2]!;
    const fallback = m[6] ?? m[4] ?? null;
    const set: { key: string; why: string }[] = [];
    let anySet = false;
    productionEnvReads(snapshot, (key, v, by, dev) => {
      if (key !== variable || dev) return;
      anySet = true;
      const k = v?.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
      if (k) set.push({ key: k, why: `${shown} in ${where}, with ${by} setting ${variable}=${k}` });
    });
    if (anySet) return set;
    // The fallback is production's only where the repository shows the whole environment production starts with: its
    // production entry points (a Dockerfile's CMD, a compose service running an image built here) and none whose variables
    // may be set outside it (a Procfile's platform config vars, Kubernetes, an image built elsewhere: EntryPoint.envUnknown),
    // as for the served Django module's own DJANGO_SETTINGS_MODULE default — nor any other production runner of the image whose
    // variables may come from outside (a compose service's env_file not in the repository, a Kubernetes container's envFrom or
    // valueFrom Secret, a hosting platform's config vars: imageRunnersEnvUnknown), though it starts the image's own CMD.
    const entries = entryPoints(snapshot).filter((e) => !e.devOnly && sameProject(e.file, src.file));
    if (fallback === null || !entries.length || entries.some((e) => e.envUnknown)) return [];
    if (imageRunnersEnvUnknown(snapshot).some((r) => r.k8s || sameProject(r.file, src.file))) return [];
    return [{ key: fallback, why: `${shown} in ${where}, with ${variable} set by no deploy config` }];
  };
  const direct = fromEnv(expr, `${src.file}:${src.lineAt(at)}`);
  if (direct.length || !/^[A-Za-z_]\w*$/.test(expr)) return direct;
  const out: { key: string; why: string }[] = [];
  const def = enclosingHeaders(src, at).find((h) => /^(?:async\s+)?def\s/.test(h));
  const defStart = def ? src.code.lastIndexOf(def, at) : 0;
  for (const m of src.bare.matchAll(new RegExp(`^([ \\t]*)${expr}[ \\t]*(?::[^=\\n]+)?=(?!=)[ \\t]*`, 'gm'))) {
    if (m.index >= at) break;
    if (m.index < defStart || (!def && m[1])) continue;
    const start = m.index + m[0].length;
    out.push(...fromEnv(src.code.slice(start, statementEnd(src, start)).trim(), `${src.file}:${src.lineAt(start)}`));
  }
  const header = def ? /^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(([^)]*)/.exec(def) : null;
  if (!header) return out;
  const fn = header[1]!;
  const index = header[2]!.split(',').map((p) => p.trim().replace(/[:=][\s\S]*$/, '').trim()).indexOf(expr);
  if (index === -1) return out;
  for (const file of snapshot.files) {
    if (!isPython(file) || isDevOnly(file) || isTestFile(file) || isTemplate(file) || isVendoredOrGenerated(file)) continue;
    const text = snapshot.text(file);
    if (!text?.includes(`${fn}(`)) continue;
    const caller = file === src.file ? src : scanSource(file, text, 'python');
    for (const call of findCalls(caller, fn)) {
      if (call.callee !== fn && !call.callee.endsWith(`.${fn}`)) continue;
      if (inDevBranch(caller, call.start) || /^[ \t]*(?:async\s+)?def\s/.test(caller.code.slice(caller.code.lastIndexOf('\n', call.start) + 1, call.start))) continue;
      const arg = call.args.find((a) => a.name === expr) ?? call.args.filter((a) => a.name === null)[index];
      if (arg) out.push(...fromEnv(arg.value.trim(), `${file}:${call.line}`, `${call.callee}(${arg.value.trim()})`));
    }
  }
  return out;
}

/**
 * The classes a module-level name→class dict maps `key` to (`config = {"development": DevelopmentConfig, "default": DevelopmentConfig}`),
 * the dict named `name` in a Python module of the load's project (the last dotted name of each value).
 */
function configDictEntries(snapshot: SnapshotView, loadFile: string, name: string, key: string): string[] {
  const out: string[] = [];
  const head = new RegExp(`^${name}[ \\t]*(?::[^=\\n]+)?=[ \\t]*\\{`, 'm');
  for (const file of snapshot.files) {
    if (!isPython(file) || isTestFile(file) || isTemplate(file) || isVendoredOrGenerated(file) || !sameProject(file, loadFile)) continue;
    const text = snapshot.text(file);
    if (!text?.includes(name)) continue;
    const src = scanSource(file, text, 'python');
    const m = head.exec(src.bare);
    if (!m) continue;
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close === -1) continue;
    for (const e of src.code.slice(open + 1, close).matchAll(/(['"])([^'"\n]+)\1\s*:\s*([A-Za-z_][\w.]*)/g)) {
      if (e[2] === key) out.push(e[3]!.slice(e[3]!.lastIndexOf('.') + 1));
    }
  }
  return out;
}

/** A Bicep parameter with a literal string default (`param adminPassword string = '…'`); groups: the name, the value. */
const BICEP_PARAM_RE = /^[ \t]*param[ \t]+([A-Za-z_]\w*)[ \t]+string[ \t]*=[ \t]*'((?:[^'\\\n]|\\.){1,1000})'[ \t]*(?:\/\/[^\n]*)?\r?$/gm;
/** A Bicep statement other than a decorator: where the decorators of the next parameter start after. */
const BICEP_STATEMENT_RE = /^[ \t]*(?:param|var|resource|module|output|targetScope|import|type|func|metadata|using|extension)\b/;

/** A template parameter's literal default: a Bicep `param … string = '…'` or an ARM `defaultValue` of a string parameter. */
export interface ParamDefault {
  name: string;
  value: string;
  line: number;
  column: number;
  /** `@secure()` (Bicep) or of type `securestring` (ARM): a secret whatever its name. */
  secure: boolean;
}

/**
 * Bicep parameters whose default is a literal string (`@secure()` `param administratorLoginPassword string = '…'`), with whether
 * it is `@secure()`: what the deployment uses whenever no value is passed. An interpolation (`'${…}'`) is computed: not read.
 * hardcoded-secret judges a real secret there, default-credentials a placeholder or default.
 */
export function bicepParamDefaults(text: string): ParamDefault[] {
  const out: ParamDefault[] = [];
  if (!text.includes('param')) return out;
  const lines = text.split('\n');
  for (const m of text.matchAll(BICEP_PARAM_RE)) {
    const [name, raw] = [m[1]!, m[2]!];
    if (raw.includes('${')) continue;
    const { line, column } = lineColumnAt(text, m.index + m[0].lastIndexOf(`'${raw}'`) + 1);
    // The decorators above it: the lines after the previous statement.
    let k = line - 2;
    while (k >= 0 && !BICEP_STATEMENT_RE.test(lines[k]!)) k--;
    const secure = /@(?:sys\.)?secure\(\s*\)/.test(lines.slice(k + 1, line - 1).join('\n'));
    out.push({ name, value: raw.replace(/\\(.)/g, '$1'), line, column, secure });
  }
  return out;
}

/**
 * An ARM template's string parameters whose `defaultValue` is a literal (`"adminPassword": {"type": "securestring", "defaultValue": "…"}`),
 * with whether it is a `securestring`: the value every deployment without one uses. A template expression (`"[newGuid()]"`) is
 * computed: not read. `yaml`: the file already parsed (JSON is YAML), when the caller has it.
 */
export function armParamDefaults(file: string, text: string, yaml?: () => YamlFile): ParamDefault[] {
  const out: ParamDefault[] = [];
  // ARM templates may hold `//` and `/* */` comments (and trailing commas), which az and PowerShell accept: read as JSONC
  // then, lines and columns kept (as YAML, a comment fails the parse or merges into the next key: `// note "adminPassword"`).
  const bare = text.replace(/^\uFEFF/, '');
  const jsonc = blankJsonc(bare);
  const y = jsonc === bare && yaml ? yaml() : parseYaml(file, jsonc);
  const doc = y.errors.length ? undefined : y.docs[0];
  const root = doc?.value;
  if (!doc || !isObject(root) || typeof root['$schema'] !== 'string' || !/deploymentTemplate\.json/i.test(root['$schema'])) return out;
  const params = root['parameters'];
  if (!isObject(params)) return out;
  for (const [name, p] of Object.entries(params)) {
    if (!isObject(p) || typeof p['defaultValue'] !== 'string' || typeof p['type'] !== 'string') continue;
    const value = p['defaultValue'];
    const type = p['type'].toLowerCase();
    if ((type !== 'securestring' && type !== 'string') || value.startsWith('[')) continue;
    const at = doc.loc(['parameters', name, 'defaultValue']);
    if (at) out.push({ name, value, line: at.line, column: at.column, secure: type === 'securestring' });
  }
  return out;
}

/** A call that wraps a field's default: pydantic `Field("…")`/`Field(default="…")`, `SecretStr("…")`, dataclasses' `field(default="…")`, attrs' `attr.ib(default="…")`. */
/** The calls that may wrap a Python field's default, as a pattern's source (PY_DEFAULT_WRAPPER; found in a text by hardcoded-secret). */
export const PY_WRAPPER_SOURCE = String.raw`(?:(?:pydantic|dataclasses|attrs?)\.)?(?:Field|field|ib|attrib|SecretStr|SecretBytes)\(`;
export const PY_DEFAULT_WRAPPER = new RegExp(`^${PY_WRAPPER_SOURCE}`);
/** A wrapper's argument that is a literal, as it is or as a secret (`"changeme"`, `SecretStr("changeme")`); group 3: the value. */
const PY_WRAPPED_LITERAL = /^(?:(?:pydantic\.)?Secret(?:Str|Bytes)\(\s*)?([rRbBuU]{0,2})(['"])((?:(?!\2)[^\\\n])*)\2\s*\)?$/;

/**
 * The literal default a wrapper call gives (`Field("changeme")`, `Field(default="changeme", description=…)`, `SecretStr("changeme")`,
 * `field(default="admin")`), its arguments on this line or below it as Black lays them out; `open` is the offset of its `(`.
 * Null for anything else (`Field(...)`, a required field; `Field(default_factory=…)`; a computed value).
 */
export function wrappedDefault(src: Source, open: number): { value: string; offset: number } | null {
  let depth = 0;
  let from = open + 1;
  const args: [number, number][] = [];
  for (let k = open; k < src.bare.length && k - open < 4000; k++) {
    const c = src.bare[k];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) { args.push([from, k]); break; }
    } else if (c === ',' && depth === 1) { args.push([from, k]); from = k + 1; }
  }
  for (const [i, [s, e]] of args.entries()) {
    const arg = src.code.slice(s, e);
    const kw = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(arg);
    if (kw ? kw[1] !== 'default' : i > 0) continue;
    const body = arg.slice(kw ? kw[0].length : 0).trimEnd();
    const lead = arg.length - arg.trimStart().length;
    const lit = PY_WRAPPED_LITERAL.exec(kw ? body : body.trimStart());
    if (!lit) continue;
    const at = s + (kw ? kw[0].length : lead) + lit[0].indexOf(lit[2]!) + 1;
    return { value: lit[3]!, offset: at };
  }
  return null;
}

/** Modules whose `sign`/`verify` take the HMAC signing secret as their second argument: jsonwebtoken, jwt-simple (`encode`/`decode`), Hono's and cloudflare-worker-jwt's. */
const JS_JWT_MODULES = ['jsonwebtoken', 'jwt-simple', 'hono/jwt', '@tsndr/cloudflare-worker-jwt'];
const JWT_METHODS = ['sign', 'verify', 'encode', 'decode'];
/** The names such a module is used under when a file does not say where it comes from: `jwt.sign(…)`, `JWT.verify(…)`. */
const JWT_RECEIVERS = ['jwt', 'JWT', 'jsonwebtoken'];
/** A cheap look for the calls {@link signingSecrets} reads. */
const JS_SIGNING_HINT = /\b(?:jwt|JWT|jsonwebtoken)\s*\.\s*(?:sign|verify|encode|decode)\s*\(|cookie-?[pP]arser|['"](?:jsonwebtoken|jwt-simple|hono\/jwt|@tsndr\/cloudflare-worker-jwt)['"]/;
const PY_SIGNING_HINT = /\bjwt\s*\.\s*(?:encode|decode)\s*\(/;
/** PyJWT's and python-jose's `jwt.encode(payload, key, …)` / `jwt.decode(token, key, …)` (`import jwt`, `from jose import jwt`). */
const PY_JWT_CALLEE = /(?:^|\.)jwt\.(?:encode|decode)$/;

/** A signing secret given to a call as a literal (see {@link signingSecrets}). */
export interface SigningSecret { /** The call as written, `jwt.sign()`. */ call: string; /** What the secret signs. */ signs: 'tokens' | 'cookies'; value: string; offset: number; line: number; column: number }

/** `ookie` (of `cookie`, `Cookie`), found by its `kie` (`includes` stops at every `o`). */
const OOKIE = { word: 'ookie', anchor: 'kie' };

/**
 * Literal secrets passed positionally to the calls that sign or check tokens and cookies with them: jsonwebtoken's
 * `jwt.sign(payload, '…', …)` and `jwt.verify(token, '…')` (also jwt-simple's `encode`/`decode`, Hono's and
 * cloudflare-worker-jwt's `sign`/`verify`, under the name a file imports them by: `import { sign } from 'hono/jwt'`),
 * cookie-parser's `cookieParser('…')`, PyJWT's and python-jose's `jwt.encode(payload, "…", algorithm=…)` and
 * `jwt.decode(token, "…", …)` (also as `key="…"`): with it anyone can mint a valid token or a signed cookie, as with a
 * `JWT_SECRET` constant. Only a string literal that is the whole argument (a variable, an environment read, an expression
 * hold none), in code (not in comments or strings), at the literal's first character. Both secret checks read these
 * alike: a strong literal is `hardcoded-secret`'s, a well-known or placeholder one `default-credentials`'.
 */
export function signingSecrets(file: string, text: string, lex?: () => Source): SigningSecret[] {
  const lang = langOf(file);
  if (lang === null) return [];
  // Substring searches first (each file is read by both secret checks; a regex alternation over every file costs ~45 ms).
  if (lang === 'python' ? !text.includes('jwt') : !(text.includes('jwt') || text.includes('JWT') || text.includes('jsonwebtoken') || containsWord(text, OOKIE))) return [];
  if (!(lang === 'python' ? PY_SIGNING_HINT : JS_SIGNING_HINT).test(text)) return [];
  const src = lex ? lex() : scanSource(file, text, lang);
  const out: SigningSecret[] = [];
  const take = (callee: string, arg: Arg | undefined, signs: SigningSecret['signs'] = 'tokens') => {
    if (!arg || (lang === 'js' && arg.name !== null)) return;
    const value = stringValue(arg.value);
    if (!value) return;
    const offset = arg.start + arg.value.search(/['"`]/) + 1;
    out.push({ call: `${callee}()`, signs, value, offset, line: src.lineAt(offset), column: src.columnAt(offset) });
  };
  if (lang === 'python') {
    for (const c of findCalls(src, /encode|decode/)) {
      if (!PY_JWT_CALLEE.test(c.callee)) continue;
      take(c.callee, c.args.find((a) => a.name === 'key') ?? (c.args[1]?.name === null ? c.args[1] : undefined));
    }
    return out;
  }
  const receivers = new Set([...JWT_RECEIVERS, ...jsImports(src, JS_JWT_MODULES)]);
  const named = new Set(JWT_METHODS.flatMap((m) => jsNamedImports(src, JS_JWT_MODULES, m)));
  const parsers = new Set(['cookieParser', ...jsImports(src, ['cookie-parser'])]);
  const names = [...new Set([...JWT_METHODS, ...named, ...parsers])].sort((a, b) => b.length - a.length);
  for (const c of findCalls(src, new RegExp(names.join('|')))) {
    const dot = c.callee.lastIndexOf('.');
    const method = c.callee.slice(dot + 1);
    if (dot < 0 ? named.has(c.callee) : receivers.has(c.callee.slice(0, dot)) && JWT_METHODS.includes(method)) take(c.callee, c.args[1]);
    else if (dot < 0 && parsers.has(c.callee)) take(c.callee, c.args[0], 'cookies');
  }
  for (const c of requireCalls(src, ['cookie-parser'])) take("require('cookie-parser')", c.args[0], 'cookies');
  return out;
}
