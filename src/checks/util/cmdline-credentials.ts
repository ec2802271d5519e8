/**
 * Default passwords given on a command line (default-credentials): the same database and tool clients hardcoded-secret reads
 * for a real password (`mysqldump -proot`, `PGPASSWORD=postgres pg_dump`, `redis-cli -a password`, `mongosh -p admin`, a compose
 * healthcheck's `"-padmin"`) and secret-named JVM properties and `--name=value` arguments (`-Dspring.datasource.password=admin`,
 * `--spring.datasource.password=admin`), whose value is a well-known default or a placeholder: hardcoded-secret leaves those
 * here; so are registry logins (`docker login -u admin -p admin`) and a password that names a setting (`-pmysql_password`,
 * read as under a password's name: a placeholder). Read in what production runs: judged compose files, Kubernetes manifests,
 * Dockerfiles, the scripts production starts (an entrypoint script by its name, or one a Dockerfile ENTRYPOINT/CMD, compose
 * command, Procfile or systemd unit starts: whatever host they name), and other shell scripts (`.sh`, `.bash`) whose command
 * names a remote host (`-h db.prod.internal`: a local or single-label host, `-h db`, `-h localhost`, or none, is too often
 * local tooling to judge), outside templates, tests, vendored files and scripts named for development.
 */
import { basename, hasDevWord, isTemplate, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import type { SnapshotView } from '../../repo/snapshot.js';
import { CLIENT_PASSWORD_RULES, CLIENT_PLACEHOLDER_RE, OPTION_ASSIGNMENT_RE, REGISTRY_LOGIN_RE } from '../hardcoded-secret.js';
import { judgedComposeFiles } from './groups.js';
import { isAboutSecretName, isDefaultCredential, isLocalOrExampleHost, isSecretName, isTrustStoreDefault, isVendorDefaultPair, namesPasswordSetting, namesPasswordSettingValue, oracleConnectPasswords } from './secrets.js';
import { lineColumnAt } from './text.js';

/** `named`: the value names a setting (`-pmysql_password`), a placeholder rather than a default word. */
export interface CmdlineDefault { file: string; line: number; column: number; value: string; what: string; named: boolean }

export const SCRIPT_FILE = /\.(?:sh|bash)$/i;
/** The host a client command names (`-h host`, `-hhost`, `--host=host`, `--host host`, `-H host` for `sshpass … ssh`: not read). */
const HOST_RE = /(?<![\w-])(?:-h[ \t]*|--host(?:=|[ \t]+))["']?([^\s"';|&`]+)/;

/** Whether the line break at `nl` continues its command: the line ends with `\\`. */
const continues = (text: string, nl: number) => text[nl - 1] === '\\' || (text[nl - 1] === '\r' && text[nl - 2] === '\\');

/** The start of the physical line before the one starting at `lineStart` (the text's start when there is none). */
const previousLine = (text: string, lineStart: number) => text.lastIndexOf('\n', lineStart - 2) + 1;

/**
 * The command that holds `index` and whether a comment holds it. The logical line (continued with `\\`; a whole-line
 * comment between continued lines is dropped, as Docker does) is split into commands at `;`, `|`, `&` (`&&`, `||`, not a
 * redirection's `>&`/`&>`) and backticks outside quotes; a `#` that starts a word outside quotes starts a comment up to its
 * line's end, as is a line starting with `//`.
 */
/** How many continued lines before a match, and how many characters after it, a command is read over (commandAround). */
const MAX_COMMAND_LINES = 200;
const MAX_COMMAND_AHEAD = 16 * 1024;
function commandAround(text: string, index: number): { command: string; commented: boolean } {
  const physicalStart = text.lastIndexOf('\n', index - 1) + 1;
  if (/^[ \t]*\/\//.test(text.slice(physicalStart, index))) return { command: '', commented: true };
  let start = physicalStart;
  // Bounded (review B2: a file of thousands of continued lines made each match walk all of them): a command of more than
  // MAX_COMMAND_LINES continued lines, or MAX_COMMAND_AHEAD characters past the match, is read that far.
  for (let lines = 0; start > 0 && lines < MAX_COMMAND_LINES; lines++) {
    const prev = previousLine(text, start);
    if (continues(text, start - 1)) start = prev;
    // A whole-line comment between continued lines (Docker drops it): the command goes on before it.
    else if (prev > 0 && /^[ \t]*#/.test(text.slice(prev, start - 1)) && continues(text, prev - 1)) start = prev;
    else break;
  }
  let segment = start;
  let quote = '';
  const end = Math.min(text.length, index + MAX_COMMAND_AHEAD);
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '\n') {
      quote = '';
      if (i >= index && !continues(text, i)) return { command: text.slice(segment, i), commented: false };
    } else if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '\\') i++;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === start || /\s/.test(text[i - 1]!))) {
      const lineEnd = text.indexOf('\n', i);
      if (lineEnd === -1 || index < lineEnd) return i <= index ? { command: '', commented: true } : { command: text.slice(segment, i), commented: false };
      i = lineEnd; // the comment line before the match's line: its break continues the command
    } else if (c === ';' || c === '`' || c === '|' || (c === '&' && text[i - 1] !== '>' && text[i + 1] !== '>')) {
      if (i >= index) return { command: text.slice(segment, i), commented: false };
      segment = i + 1;
    }
  }
  return { command: text.slice(segment, end), commented: false };
}

/** The default passwords of one text's command lines; `remoteOnly` keeps those of commands naming a remote host (scripts). */
export function commandLineDefaults(file: string, text: string, remoteOnly: boolean): CmdlineDefault[] {
  const out: CmdlineDefault[] = [];
  // A default word, or a value that names a setting where only a password goes (`-pmysql_password`): hardcoded-secret leaves both here.
  const named = (value: string) => !isDefaultCredential(value) && namesPasswordSettingValue(value);
  const judged = (value: string) => !CLIENT_PLACEHOLDER_RE.test(value) && (isDefaultCredential(value) || namesPasswordSettingValue(value));
  /** Whether the command holding `index` deploys: not commented out, and (in a script not known to run in production) naming a remote host. */
  const deploys = (index: number) => {
    const { command, commented } = commandAround(text, index);
    if (commented) return false;
    if (!remoteOnly) return true;
    // An Oracle client names its host in the connect string (`sqlplus app/…@//db.prod.internal:1521/ORCL`).
    const host = HOST_RE.exec(command)?.[1] ?? oracleConnectPasswords(command).find((c) => c.host)?.host;
    return !!host && host.includes('.') && !host.includes('$') && !isLocalOrExampleHost(host);
  };
  for (const rule of CLIENT_PASSWORD_RULES) {
    if (!rule.prefilter.some((p) => text.includes(p))) continue;
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const value = m.groups!['pw']!;
      if (rule.accept && !rule.accept(m.groups!)) continue;
      // A user given with the password (Oracle's `user/password`): a vendor's default account (`system/manager`) counts too.
      const user = m.groups!['user'];
      if (!(judged(value) || (user !== undefined && isVendorDefaultPair(user, value))) || !deploys(m.index)) continue;
      const at = m.indices!.groups!['pw']![0];
      const client = rule.message.replace(/ carries a hard-coded password$/, '');
      out.push({ file, ...lineColumnAt(text, at), value, named: named(value), what: client.startsWith('PGPASSWORD') ? 'the password PGPASSWORD gives a PostgreSQL client' : `the password given to ${client}` });
    }
  }
  // A registry login (`docker login -u admin -p admin registry.acme.io`, podman, helm registry…) where production runs it (a
  // Dockerfile, compose, Kubernetes, a production script); elsewhere a script's login is too often a local registry's.
  if (!remoteOnly && text.includes('login')) {
    REGISTRY_LOGIN_RE.lastIndex = 0;
    for (const m of text.matchAll(REGISTRY_LOGIN_RE)) {
      const value = m[2]!;
      if (!judged(value) || commandAround(text, m.index).commented) continue;
      out.push({ file, ...lineColumnAt(text, m.index + m[0].length - m[1]!.length - value.length), value, named: named(value), what: 'the password given to a registry login (login -p)' });
    }
  }
  // JVM properties and `--name=value` arguments: not in scripts (their host is not known), where a Java command is rarer than tooling.
  // A trust store's `changeit` (`-Djavax.net.ssl.trustStorePassword=changeit`) guards only public CA certificates: not judged, as in configuration.
  if (!remoteOnly && (text.includes('-D') || text.includes('--'))) {
    OPTION_ASSIGNMENT_RE.lastIndex = 0;
    for (const m of text.matchAll(OPTION_ASSIGNMENT_RE)) {
      const { flag, name, value } = m.groups as { flag: string; name: string; value: string };
      if (!isSecretName(name) || isAboutSecretName(name) || isTrustStoreDefault(name, value) || value.includes('$') || CLIENT_PLACEHOLDER_RE.test(value)) continue;
      const namesSetting = !isDefaultCredential(value) && namesPasswordSetting(name, value);
      if ((!isDefaultCredential(value) && !namesSetting) || commandAround(text, m.index).commented) continue;
      const at = m.indices!.groups!['value']![0];
      out.push({ file, ...lineColumnAt(text, at), value, named: namesSetting, what: flag === '-D' ? `the JVM system property -D${name}` : `the command-line argument --${name}` });
    }
  }
  return out;
}

/**
 * The default passwords on the command lines of what production runs (see the file comment). `production`: whether a script
 * runs in production (an entrypoint script, or one a production entry point starts): its commands are judged whatever host
 * they name; another shell script's only when they name a remote one.
 */
export function deployedCommandLineDefaults(snapshot: SnapshotView, production: (file: string) => boolean = () => false): CmdlineDefault[] {
  const skip = (f: string) => isTemplate(f) || isTestFile(f) || isVendoredOrGenerated(f);
  const deployed = new Set([...judgedComposeFiles(snapshot).map((cf) => cf.path), ...snapshot.k8sObjects().map((o) => o.file), ...snapshot.dockerfiles().map((df) => df.path)]);
  const out: CmdlineDefault[] = [];
  for (const file of deployed) {
    const text = skip(file) ? undefined : snapshot.text(file);
    if (text !== undefined) out.push(...commandLineDefaults(file, text, false));
  }
  for (const file of snapshot.files) {
    if (deployed.has(file)) continue;
    const started = production(file);
    // (The path tests after the cheap ones: most files are neither started nor scripts.)
    if (!started && (!SCRIPT_FILE.test(file) || hasDevWord(basename(file).replace(SCRIPT_FILE, '')))) continue;
    if (skip(file)) continue;
    const text = snapshot.text(file);
    if (text !== undefined) out.push(...commandLineDefaults(file, text, !started));
  }
  return out;
}
