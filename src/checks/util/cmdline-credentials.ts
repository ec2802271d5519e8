/**
 * Default passwords given on a command line (default-credentials): the same database and tool clients hardcoded-secret reads
 * for a real password (`mysqldump -proot`, `PGPASSWORD=postgres pg_dump`, `redis-cli -a password`, `mongosh -p admin`, a compose
 * healthcheck's `"-padmin"`) and secret-named JVM properties and `--name=value` arguments (`-Dspring.datasource.password=admin`,
 * `--spring.datasource.password=admin`), whose value is a well-known default or a placeholder: hardcoded-secret leaves those
 * here. Read in what production runs: judged compose files, Kubernetes manifests, Dockerfiles, and shell scripts (`.sh`, `.bash`)
 * whose command names a remote host (`-h db.prod.internal`: a local or single-label host, `-h db`, `-h localhost`, or none,
 * is too often local tooling to judge), outside templates, tests, vendored files and scripts named for development.
 */
import { basename, hasDevWord, isTemplate, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import type { SnapshotView } from '../../repo/snapshot.js';
import { CLIENT_PASSWORD_RULES, CLIENT_PLACEHOLDER_RE, OPTION_ASSIGNMENT_RE } from '../hardcoded-secret.js';
import { judgedComposeFiles } from './groups.js';
import { isAboutSecretName, isDefaultCredential, isLocalOrExampleHost, isSecretName } from './secrets.js';
import { lineColumnAt } from './text.js';

export interface CmdlineDefault { file: string; line: number; column: number; value: string; what: string }

const SCRIPT_FILE = /\.(?:sh|bash)$/i;
/** The host a client command names (`-h host`, `-hhost`, `--host=host`, `--host host`, `-H host` for `sshpass … ssh`: not read). */
const HOST_RE = /(?<![\w-])(?:-h[ \t]*|--host(?:=|[ \t]+))["']?([^\s"';|&`]+)/;
/** A trust store's password (`-Djavax.net.ssl.trustStorePassword=changeit`): the JDK's public `cacerts` default, which guards no secret. */
const TRUST_STORE = /truststore/i;

/** The rest of the command from `start` on its line: up to its end or the next command (`;`, `|`, `&`, a backtick). */
function commandAt(text: string, start: number): string {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const rest = text.slice(lineStart);
  const end = rest.search(/[\n;|&`]|$/);
  return rest.slice(0, end);
}

/** Whether the line of `index` is commented out (`# mysql -uroot -proot`, `// …`). */
function commented(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  return /^[ \t]*(?:#|\/\/)/.test(text.slice(lineStart, index));
}

/** The default passwords of one text's command lines; `remoteOnly` keeps those of commands naming a remote host (scripts). */
export function commandLineDefaults(file: string, text: string, remoteOnly: boolean): CmdlineDefault[] {
  const out: CmdlineDefault[] = [];
  for (const rule of CLIENT_PASSWORD_RULES) {
    if (!rule.prefilter.some((p) => text.includes(p))) continue;
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const value = m.groups!['pw']!;
      if (rule.accept && !rule.accept(m.groups!)) continue;
      if (CLIENT_PLACEHOLDER_RE.test(value) || !isDefaultCredential(value) || commented(text, m.index)) continue;
      if (remoteOnly) {
        const host = HOST_RE.exec(commandAt(text, m.index))?.[1];
        if (!host || !host.includes('.') || host.includes('$') || isLocalOrExampleHost(host)) continue;
      }
      const at = m.indices!.groups!['pw']![0];
      const client = rule.message.replace(/ carries a hard-coded password$/, '');
      out.push({ file, ...lineColumnAt(text, at), value, what: client.startsWith('PGPASSWORD') ? 'the password PGPASSWORD gives a PostgreSQL client' : `the password given to ${client}` });
    }
  }
  // JVM properties and `--name=value` arguments: not in scripts (their host is not known), where a Java command is rarer than tooling.
  if (!remoteOnly && (text.includes('-D') || text.includes('--'))) {
    OPTION_ASSIGNMENT_RE.lastIndex = 0;
    for (const m of text.matchAll(OPTION_ASSIGNMENT_RE)) {
      const { flag, name, value } = m.groups as { flag: string; name: string; value: string };
      if (!isSecretName(name) || isAboutSecretName(name) || TRUST_STORE.test(name) || value.includes('$') || CLIENT_PLACEHOLDER_RE.test(value)) continue;
      if (!isDefaultCredential(value) || commented(text, m.index)) continue;
      const at = m.indices!.groups!['value']![0];
      out.push({ file, ...lineColumnAt(text, at), value, what: flag === '-D' ? `the JVM system property -D${name}` : `the command-line argument --${name}` });
    }
  }
  return out;
}

/** The default passwords on the command lines of what production runs (see the file comment). */
export function deployedCommandLineDefaults(snapshot: SnapshotView): CmdlineDefault[] {
  const skip = (f: string) => isTemplate(f) || isTestFile(f) || isVendoredOrGenerated(f);
  const deployed = new Set([...judgedComposeFiles(snapshot).map((cf) => cf.path), ...snapshot.k8sObjects().map((o) => o.file), ...snapshot.dockerfiles().map((df) => df.path)]);
  const out: CmdlineDefault[] = [];
  for (const file of deployed) {
    const text = skip(file) ? undefined : snapshot.text(file);
    if (text !== undefined) out.push(...commandLineDefaults(file, text, false));
  }
  for (const file of snapshot.files) {
    if (!SCRIPT_FILE.test(file) || deployed.has(file) || skip(file) || hasDevWord(basename(file).replace(SCRIPT_FILE, ''))) continue;
    const text = snapshot.text(file);
    if (text !== undefined) out.push(...commandLineDefaults(file, text, true));
  }
  return out;
}
