import { z } from 'zod';
import { defineCheck, type RawFinding } from './define.js';
import { TLS_MINIMUM, TLS_NOT_WEB, WEB_TLS_CONTEXT } from '../checklist/phrases.js';
import { aspNetSettings, basename, dirname, filesEndingIn, isComposeFile, isDockerfile, isEnvFile, isNginxCandidate, isProcfile, isTemplate, isVendored, isVendoredOrGenerated, isDevOnly, isTestFile } from '../repo/classify.js';
import { findCalls, isCodeFile, inDevBranch, matchBracket, otherSource, scanSource, type Source } from './util/code.js';
import { deployedNginxConfigs, largeConfigsNote, largeServerConfigs, NGINX_DEV_ONLY_DOC, nginxDevOnly, unincludedNginxSnippets, unreadNginxConfigs, WEAK_NGINX_PROTOCOLS } from './util/nginx.js';
import { CFN_TLS_RE, cloudFrontDefaultCertificate, frontTls, frontTlsJudged, hasCfnTlsResource, terraformTlsValue, unusedModulePolicy } from './util/frontconf.js';
import { unreadAwsDescriptors, withUnreadAws } from './util/ecs.js';
import { hclAttribute, hclBlocks } from './util/hcl.js';
import { hasTerragrunt, isTerraformFile, terraformVariables, tfRef, TF_REF, type TfReach } from './util/terraform-vars.js';
import { effectiveInstructions, type DockerStage } from '../repo/dockerfile.js';
import { shippedStages } from './util/commands.js';
import { isDevProfile, isSpringConfig, springFileProfile, springSettings } from './util/spring.js';
import { containsWord, lineColumnAt, quoteSource, valueColumns } from './util/text.js';
import { isObject } from '../repo/yaml.js';
import { configMapData, WORKLOAD_KINDS } from '../repo/k8s.js';
import { perView, type Snapshot, type SnapshotView } from '../repo/snapshot.js';
import { omnibusSettings, type OmnibusSetting } from './util/omnibus.js';
import { withStackFix, type Stack } from './util/stack-fix.js';

/** GitLab Omnibus' nginx protocols setting: `nginx['ssl_protocols']`, and the other bundled nginx's (`registry_nginx['ssl_protocols']`). */
const omnibusProtocols = (s: OmnibusSetting): boolean => /^(?:[a-z_]+_)?nginx$/.test(s.component) && s.keys.length === 1 && s.keys[0] === 'ssl_protocols';

/** The protocols below TLS 1.2, oldest first. */
/** `_method` (OpenSSL's method names: `TLSv1_method`, `SSLv3_server_method`), found by its `hod`: a rarer first letter (containsWord checks each for the whole word). */
const METHOD_WORD = { word: '_method', anchor: 'hod' };
const WEAK_ORDER = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1'];
/** What a minimum version allows below TLS 1.2: itself and every weak version above it (`TLSv1` → `TLSv1, TLSv1.1`). */
const weakFrom = (min: string): string => (WEAK_ORDER.includes(min) ? WEAK_ORDER.slice(WEAK_ORDER.indexOf(min)).join(', ') : min);

const WEAK_NODE_VERSION = /^(TLSv1|TLSv1\.1|SSLv3)$/;
const WEAK_NODE_METHOD = /^(SSLv2|SSLv3|TLSv1|TLSv1_1)(_server|_client)?_method$/;

interface Hit { offset: number; what: string }

function node(src: Source): Hit[] {
  const hits: Hit[] = [];
  // `{ minVersion: 'TLSv1' }`, `options.minVersion = 'TLSv1'` (an options object filled in before createServer), `tls.DEFAULT_MIN_VERSION = 'TLSv1'`.
  const re = /\b(minVersion|maxVersion|secureProtocol)\s*:\s*(['"`])([^'"`\n]*)\2|\bDEFAULT_(MIN|MAX)_VERSION\s*=(?!=)\s*(['"`])([^'"`\n]*)\5|(?<=[\w$\])]\s*\.\s*)(minVersion|maxVersion|secureProtocol)\s*=(?!=)\s*(['"`])([^'"`\n]*)\8/g;
  for (const m of src.code.matchAll(re)) {
    // The key must be code, not text inside a string or a comment.
    if (src.bare[m.index] !== src.code[m.index]) continue;
    const key = m[1] ?? m[7] ?? `DEFAULT_${m[4]}_VERSION`;
    const value = m[3] ?? m[9] ?? m[6]!;
    if (!(key === 'secureProtocol' ? WEAK_NODE_METHOD.test(value) : WEAK_NODE_VERSION.test(value))) continue;
    const protocol = value.replace(/(_server|_client)?_method$/, '').replace('TLSv1_1', 'TLSv1.1');
    hits.push({ offset: m.index, what: `${key}${m[1] ? ':' : ' ='} '${value}' allows ${/min/i.test(key) ? weakFrom(protocol) : protocol}` });
  }
  return hits;
}

function python(src: Source): Hit[] {
  const hits: Hit[] = [];
  // Only where a protocol is selected (a mapping table or a comparison merely names it).
  for (const m of src.bare.matchAll(/\b(?:SSLContext\s*\(\s*|ssl_version\s*=\s*)(?:ssl\s*\.\s*)?PROTOCOL_(TLSv1_1|TLSv1|SSLv3|SSLv2)\b|\b(minimum_version|maximum_version)\s*=\s*(?:ssl\s*\.\s*)?TLSVersion\s*\.\s*(SSLv3|TLSv1_1|TLSv1)\b/g)) {
    const version = (m[1] ?? m[3]!).replace('TLSv1_1', 'TLSv1.1');
    hits.push({ offset: m.index, what: m[1] ? `ssl.PROTOCOL_${m[1]} selects ${version}` : `${m[2]} = TLSVersion.${m[3]} allows ${m[2] === 'minimum_version' ? weakFrom(version) : version}` });
  }
  return hits;
}

/** Protocol names as Java, Spring and Ruby write them → the name findings use. */
const WEAK_NAMED: Readonly<Record<string, string>> = { tlsv1: 'TLSv1', 'tlsv1.0': 'TLSv1', 'tlsv1.1': 'TLSv1.1', tlsv1_1: 'TLSv1.1', sslv3: 'SSLv3', sslv2: 'SSLv2' };
const weakName = (value: string): string | undefined => WEAK_NAMED[value.trim().toLowerCase()];

/** Go `MinVersion: tls.VersionTLS10` (struct literal) or `cfg.MinVersion = tls.VersionTLS11`; a comparison or a table is not a setting. */
const GO_VERSION = /\b(Min|Max)Version\s*(:(?!=)|=(?!=))\s*(?:([A-Za-z_]\w*)\s*\.\s*)?Version(TLS10|TLS11|SSL30)\b/g;
const GO_NAMES: Readonly<Record<string, string>> = { TLS10: 'TLSv1', TLS11: 'TLSv1.1', SSL30: 'SSLv3' };

function go(src: Source): Hit[] {
  return [...src.bare.matchAll(GO_VERSION)].map((m) => ({ offset: m.index, what: `${m[1]}Version${m[2] === ':' ? ':' : ' ='} ${m[3] ? `${m[3]}.` : ''}Version${m[4]} allows ${m[1] === 'Min' ? weakFrom(GO_NAMES[m[4]!]!) : GO_NAMES[m[4]!]}` }));
}

const JAVA_CONTEXT = /\bSSLContext\s*\.\s*getInstance\s*\(\s*(["'])(TLSv1|TLSv1\.1|SSLv3|SSLv2)\1/g;
/** `setEnabledProtocols(…)` (Java) and Kotlin's `enabledProtocols = arrayOf(…)`: the protocols a socket or engine may use. */
const JAVA_ENABLED = /\bsetEnabledProtocols\s*\(|\benabledProtocols\s*=(?!=)\s*(?:arrayOf|listOf)\s*\(/g;

function java(src: Source): Hit[] {
  const hits: Hit[] = [];
  for (const m of src.code.matchAll(JAVA_CONTEXT)) {
    if (src.bare[m.index] !== src.code[m.index]) continue;
    hits.push({ offset: m.index, what: `SSLContext.getInstance("${m[2]}") selects ${m[2]}` });
  }
  for (const m of src.bare.matchAll(JAVA_ENABLED)) {
    const open = m.index + m[0].length - 1;
    const close = matchBracket(src, open);
    if (close < 0) continue;
    const weak = new Set<string>();
    for (const s of src.code.slice(open, close).matchAll(/(["'])([^"'\n]*)\1/g)) {
      const w = weakName(s[2]!);
      if (w) weak.add(w);
    }
    if (weak.size) hits.push({ offset: m.index, what: `${m[0].replace(/\s+/g, ' ').replace(/ \($/, '(')}…) enables ${[...weak].join(', ')}` });
  }
  return hits;
}

/** .NET protocol constants; `SslProtocols.Tls12` is not `SslProtocols.Tls` (the `\b`). `SslProtocols.Default` is SSL 3.0 and TLS 1.0. */
const CS_WEAK = /\b(?:SslProtocols\s*\.\s*(Tls11|Tls|Ssl3|Ssl2|Default)|SecurityProtocolType\s*\.\s*(Tls11|Tls|Ssl3))\b/g;
const CS_NAMES: Readonly<Record<string, string[]>> = { Tls: ['TLSv1'], Tls11: ['TLSv1.1'], Ssl3: ['SSLv3'], Ssl2: ['SSLv2'], Default: ['SSLv3', 'TLSv1'] };
/** Where .NET selects protocols: `SslProtocols = …` (Kestrel, HttpClientHandler), `EnabledSslProtocols = …`, `ServicePointManager.SecurityProtocol (|)= …`. */
const CS_ASSIGN = /\b(SslProtocols|EnabledSslProtocols|SecurityProtocol)\s*(\|?=)(?!=)/g;
const CS_MAX_EXPR = 600;

/** The weak constants of an expression that selects protocols; none when it removes them (`&= ~(…)`, `X & ~SslProtocols.Tls`). */
function csWeak(expr: string): { consts: string[]; protocols: string[] } {
  if (expr.includes('~')) return { consts: [], protocols: [] };
  const consts: string[] = [];
  const protocols = new Set<string>();
  for (const m of expr.matchAll(CS_WEAK)) {
    consts.push(m[0].replace(/\s+/g, ''));
    for (const p of CS_NAMES[(m[1] ?? m[2])!]!) protocols.add(p);
  }
  return { consts, protocols: [...protocols] };
}

function csharp(src: Source): Hit[] {
  const hits: Hit[] = [];
  for (const m of src.bare.matchAll(CS_ASSIGN)) {
    // The right-hand side: up to the end of the statement or of the enclosing initializer or argument list.
    const start = m.index + m[0].length;
    let depth = 0;
    let k = start;
    for (; k < src.bare.length && k - start < CS_MAX_EXPR; k++) {
      const c = src.bare[k]!;
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') { if (!depth) break; depth--; }
      else if ((c === ';' || c === ',') && !depth) break;
    }
    const rhs = src.code.slice(start, k);
    const { protocols } = csWeak(rhs);
    if (protocols.length) hits.push({ offset: m.index, what: `${m[1]} ${m[2]} ${quoteSource(rhs, 100)} allows ${protocols.join(', ')}` });
  }
  for (const call of findCalls(src, /AuthenticateAs(?:Server|Client)(?:Async)?/)) {
    for (const a of call.args) {
      const { consts, protocols } = csWeak(a.value);
      if (protocols.length) hits.push({ offset: call.start, what: `${call.callee.slice(call.callee.lastIndexOf('.') + 1)} with ${consts.join(' | ')} allows ${protocols.join(', ')}` });
    }
  }
  return hits;
}

/**
 * Ruby: `ctx.ssl_version = :TLSv1` (also `"TLSv1"`, `:TLSv1_1`, `:SSLv3`), `min_version`/`max_version = OpenSSL::SSL::TLS1_VERSION`
 * (also `TLS1_1_VERSION`, `SSL3_VERSION`, `:TLS1`, `:TLS1_1`), and the same as hash options (`ssl_version: :TLSv1`, `:min_version => …`).
 */
const RUBY_SETTING = /\b(ssl_version|min_version|max_version)\s*(?:=>|=(?!=)|:(?!:))\s*(:?[A-Za-z_]\w*(?:\s*::\s*[A-Za-z_]\w*)*|(['"])[\w.]+\3)/g;
const RUBY_NAMES: Readonly<Record<string, string>> = { TLSv1: 'TLSv1', TLSv1_1: 'TLSv1.1', 'TLSv1.1': 'TLSv1.1', SSLv3: 'SSLv3', SSLv2: 'SSLv2', TLS1: 'TLSv1', TLS1_1: 'TLSv1.1', SSL3: 'SSLv3', TLS1_VERSION: 'TLSv1', TLS1_1_VERSION: 'TLSv1.1', SSL3_VERSION: 'SSLv3' };

function ruby(src: Source): Hit[] {
  const hits: Hit[] = [];
  for (const m of src.code.matchAll(RUBY_SETTING)) {
    if (src.bare[m.index] !== src.code[m.index]) continue;
    const value = m[2]!.replace(/\s+/g, '');
    const bare = value.replace(/^:|^['"]|['"]$/g, '').replace(/^(?:::)?(?:OpenSSL::)?(?:SSL::)?/, '');
    const version = RUBY_NAMES[bare];
    if (!version) continue;
    const written = m[0].replace(/\s+/g, ' ');
    hits.push({ offset: m.index, what: `${written} ${m[1] === 'ssl_version' ? 'selects' : 'allows'} ${m[1] === 'min_version' ? weakFrom(version) : version}` });
  }
  return hits;
}

/** Spring Boot `server.ssl.enabled-protocols` listing a weak protocol, `server.ssl.protocol=TLSv1`. */
function spring(file: string, text: string): { line: number; column: number; what: string; dev: boolean }[] {
  const out: { line: number; column: number; what: string; dev: boolean }[] = [];
  const fileDev = isDevOnly(file) || isDevProfile(springFileProfile(file));
  for (const s of springSettings(file, text)) {
    const key = s.key.replace(/\[\d+\]$/, '');
    let what: string | null = null;
    if (key === 'server.ssl.enabled-protocols') {
      const weak = [...new Set(s.value.split(/[\s,[\]]+/).map(weakName).filter((w): w is string => w !== undefined))];
      if (weak.length) what = `${s.key} allows ${weak.join(', ')}`;
    } else if (key === 'server.ssl.protocol') {
      const w = weakName(s.value);
      if (w) what = `server.ssl.protocol=${s.value.trim()} selects ${w}`;
    }
    if (what) out.push({ line: s.line, column: s.column, what, dev: fileDev || isDevProfile(s.profile) });
  }
  return out;
}

/** Other languages' source files this check reads; the scanner picks the reader by extension. */
const OTHER_TLS = /\.(go|java|kt|kts|scala|groovy|cs|rb)$/i;
const isTlsFile = (file: string) => !isTemplate(file) && (isCodeFile(file) || ((OTHER_TLS.test(file) || isSpringConfig(file)) && !isVendoredOrGenerated(file) && !isTestFile(file)));

/** A file's reader by its language, after a literal prefilter (most files name no protocol at all); null when the file cannot hold a hit. */
function otherReader(file: string, text: string): ((src: Source) => Hit[]) | null {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'go') return text.includes('VersionTLS1') || text.includes('VersionSSL30') ? go : null;
  if (ext === 'cs') return text.includes('Protocol') ? csharp : null;
  if (ext === 'rb') return text.includes('TLSv1') || text.includes('SSLv') || text.includes('TLS1') || text.includes('SSL3') ? ruby : null;
  return text.includes('TLSv1') || text.includes('SSLv') ? java : null;
}

/** nginx `ssl_protocols`, Apache, other front servers and load balancers (util/frontconf.ts), Node, Python, Spring Boot, Go, Java/Kotlin, C# and Ruby TLS settings do not allow SSLv3/TLS 1.0/1.1. */
/** Each stack's way to allow only TLS 1.2+ in application code (a finding in that stack's file gets it: withStackFix). */
const TLS_FIXES: Partial<Record<Stack, string>> = {
  python: 'Drop the old protocol: `ssl.create_default_context()` (TLS 1.2+), or `ctx.minimum_version = ssl.TLSVersion.TLSv1_2`, not `ssl.PROTOCOL_TLSv1`/`TLSv1_1`.',
  node: 'Use `minVersion: \'TLSv1.2\'` in the tls/https options (or drop the override: Node\'s default is TLS 1.2), not `secureProtocol: \'TLSv1_method\'`.',
  ruby: 'Set `min_version = OpenSSL::SSL::TLS1_2_VERSION` on the SSL context (or drop the override), not `ssl_version = :TLSv1`.',
  php: 'Use `STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT` (`CURL_SSLVERSION_TLSv1_2` for cURL), not the TLS 1.0/1.1 methods.',
  go: 'Set `MinVersion: tls.VersionTLS12` (or `tls.VersionTLS13`) in the tls.Config (or drop the field: Go\'s default minimum is TLS 1.2), not `tls.VersionTLS10`/`VersionTLS11`.',
  rust: 'Drop the old protocol: rustls speaks only TLS 1.2 and 1.3; with native-tls `.min_protocol_version(Some(Protocol::Tlsv12))`, with openssl `set_min_proto_version(Some(SslVersion::TLS1_2))`.',
  elixir: 'List only current versions: `versions: [:"tlsv1.3", :"tlsv1.2"]` in the `:ssl`/Cowboy/`https:` options (or drop the option: OTP\'s default is TLS 1.2+).',
  jvm: 'Use `SSLContext.getInstance("TLSv1.3")` (or `"TLS"`, the JDK\'s current protocols) and restrict sockets with `setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"})`; Spring Boot `server.ssl.enabled-protocols=TLSv1.2,TLSv1.3`.',
  dotnet: 'Set `SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13` (or `SslProtocols.None`, the OS default) in Kestrel\'s `ConfigureHttpsDefaults`/`SslServerAuthenticationOptions`, not `Tls`/`Tls11`.',
};

export const tlsProtocolsConfig = defineCheck({
  id: 'tls-protocols-config',
  title: 'TLS configuration does not allow old protocols',
  severity: 'medium',
  description: 'nginx ssl_protocols, Apache SSLProtocol, Traefik, Caddy, HAProxy, Envoy, Istio, lighttpd, AWS load balancer/CloudFront/API Gateway/OpenSearch policies, Azure and Google Cloud minimum TLS versions in Terraform, Node minVersion/secureProtocol, Python ssl, Spring Boot server.ssl, Go tls.Config, Java SSLContext, .NET SslProtocols and Ruby OpenSSL settings do not allow SSLv2/SSLv3/TLS 1.0/TLS 1.1.',
  match: [
    {
      // The probe's phrase, and nginx's directive or Node's `minVersion: 'TLSv1.2'` named outright.
      // Spring's `server.ssl.enabled-protocols=TLSv1.2,TLSv1.3` (only 1.2 and 1.3 listed) and Go's `MinVersion: tls.VersionTLS12`.
      pattern: new RegExp(`${TLS_MINIMUM.source}|\\bssl[_-]protocols\\b|\\bminversion\\b[^;]*\\b(?:tls ?v?1\\.[23]|(?:tls\\.)?versiontls1[23])\\b|\\bserver\\.ssl\\.enabled-protocols ?[=:] ?\\[? ?tlsv1\\.[23](?: ?, ?tlsv1\\.[23])* ?\\]?(?![\\w.])`),
      // Not under a heading about a database, mail, a mobile app or third parties.
      context: WEB_TLS_CONTEXT,
      unless: TLS_NOT_WEB,
      note: 'a promise about TLS versions: the check reads nginx ssl_protocols / Node minVersion',
    },
    {
      // The check's title: "TLS configuration does not allow old protocols", "The TLS config allows no legacy protocol versions".
      pattern: /\b(?:tls|ssl) (?:config(?:uration)?s?|settings?|setup)\b[^;]*(?:(?:\b(?:not|never)|n't) (?:allow|accept|enable|offer|support|permit)s?|\b(?:allows?|accepts?|enables?|offers?|supports?|permits?) no) (?:any )?(?:old|older|legacy|outdated|deprecated|insecure|weak)(?: (?:tls|ssl))? (?:protocols?|protocol versions?|versions?)\b/,
      context: WEB_TLS_CONTEXT,
      unless: TLS_NOT_WEB,
      note: 'a promise that the TLS configuration allows no old protocol: the check reads nginx ssl_protocols / Node minVersion',
    },
  ],
  docs: {
    why: 'SSLv3, TLS 1.0 and 1.1 are deprecated (RFC 8996) and broken by known attacks (POODLE, BEAST); allowing them lets an attacker downgrade connections and fails PCI DSS.',
    fix: 'Use `ssl_protocols TLSv1.2 TLSv1.3;` in nginx and `minVersion: \'TLSv1.2\'` in Node; in other application code, each finding names its stack\'s setting (Go `MinVersion: tls.VersionTLS12`, Java `SSLContext.getInstance("TLSv1.3")`/`"TLS"` with `setEnabledProtocols`, Python `ssl.TLSVersion.TLSv1_2`, Elixir `versions: [:"tlsv1.3", :"tlsv1.2"]`, .NET `SslProtocols.Tls12 | SslProtocols.Tls13`; dropping an override is often enough: current defaults are TLS 1.2). A cloud load balancer, CDN or managed service needs a TLS 1.2 policy named outright (several defaults allow TLS 1.0: an AWS listener\'s, CloudFront\'s with a custom certificate, a Google Cloud SSL policy\'s): each such finding\'s fix names the setting and value for its resource.',
    details: [
      'nginx: every `ssl_protocols` directive (in `http`, `server`, `stream`, or included files: `include` directives are followed to tracked files of any name, `snippets/ssl-params`, `sites-available/*`; and nginx configurations held in a Kubernetes ConfigMap, Helm templates and Kustomize bases included as far as they parse: a `data` key named like an nginx file — `nginx.conf`, `default.conf`, `*.conf`, `*.conf.template`, or naming nginx — whose text has nginx directives (`server {`, `http {`, `location`, `listen`, `ssl_protocols`…; another program\'s `.conf` is not read), located in the YAML file at the block scalar\'s line plus the line inside it, a folded or quoted value at the value; a `{{ … }}` template tag in it is read as the word it renders to, `server_name {{ .Values.host }};`, and one standing alone, `{{- range … }}`, is set aside; one whose tags break its braces is not judged, with an `info` note saying so; an nginx file with template tags, rendered when its container starts — gomplate, confd or dockerize `{{ .Env.HOST }}`, `{{ if … }}`, Jinja `{{ domain }}`, `{% if … %}`, docker-jitsi-meet\'s `rootfs/defaults/*.conf` —, is read the same way, its tags breaking its braces an `info` note, not a parse error) naming `SSLv2`, `SSLv3`, `TLSv1` or `TLSv1.1` fails at its line; a snippet (a file of bare directives, no `http`, `server`, `stream`, `mail` or `events` block of its own) that no `include` in the repository can name (globs too; an absolute path by its file name; also the includes of nginx configuration templates of any extension — Ansible\'s `nginx.conf.j2`, Chef\'s `.erb`, `.tmpl`, `.tpl`, `.in` — whose text has nginx directives, a template tag in the path standing for any name), outside the folders nginx loads by default (`conf.d/`, `sites-enabled/`, `templates/`, `http.d/`…) and named by no Dockerfile or YAML file, gives an `info` note instead (\'not included by any config in the repository\': h5bp\'s unused `tls/policy_deprecated.conf`), but only when the repository\'s own includes resolve to its files — a lone snippet still fails; an nginx file nginx would refuse is a parse error and not judged (the only one: the item is skipped, saying so); a config without `ssl_protocols` is not judged (nginx ≥ 1.23.4 defaults to TLSv1.2 TLSv1.3; the `tls-version` probe checks what is actually served). Upstream-side `proxy_ssl_protocols` is not judged. ' + NGINX_DEV_ONLY_DOC,
      'Apache: `SSLProtocol` in `*.conf` and `.htaccess` files, evaluated left to right as mod_ssl does (`all` includes TLSv1 and TLSv1.1, so `all -SSLv3` fails; `-all +TLSv1.2 +TLSv1.3` passes; a protocol without `+`/`-` replaces what came before it, so `SSLProtocol TLSv1.1 TLSv1.2` and `+TLSv1 TLSv1.2` leave TLSv1.2 only and pass).',
      'Node: `minVersion`/`maxVersion: \'TLSv1\' | \'TLSv1.1\'` (in an options object, or assigned: `options.minVersion = \'TLSv1\'`), `secureProtocol: \'TLSv1_method\' | \'TLSv1_1_method\' | \'SSLv3_method\'`, `tls.DEFAULT_MIN_VERSION = \'TLSv1\'`; the `--tls-min-v1.0`/`--tls-min-v1.1` flags (and `--tls-max-v1.0`/`--tls-max-v1.1`, which leave only weak versions) in Dockerfiles (what the final stage runs: its `CMD`, `ENTRYPOINT` and `ENV`, inherited from the stages it builds on too; also the stage a compose service builds as its `build.target`, `target: production`, and then a last stage not built on it — `development` — gives an `info` note; a builder stage and `RUN` are the build, not judged), compose files, Procfiles, `.env` files, Kubernetes manifests (a workload\'s or ConfigMap\'s file: a container\'s `command`/`args`, `NODE_OPTIONS` in its `env`) and `package.json` (a script whose name says test, lint, build, dev, watch, e2e… gives an `info` note unless `start`, a script `start` runs or one a Procfile, compose file or the `CMD`/`ENTRYPOINT` of a Dockerfile stage that runs — `npm run serve` — reaches it, a Dockerfile `RUN npm run build` being the build; other scripts fail). A minimum names every weak version it allows (`minVersion: \'TLSv1\'` allows TLSv1, TLSv1.1).',
      'Python: `ssl.SSLContext(ssl.PROTOCOL_TLSv1)` (also `TLSv1_1`, `SSLv3`), `ssl_version=ssl.PROTOCOL_TLSv1` (wrap_socket, gunicorn config), and `minimum_version = ssl.TLSVersion.TLSv1`/`TLSv1_1`; merely naming a constant (a mapping table, a comparison) is not reported.',
      'Spring Boot: `server.ssl.enabled-protocols` listing `TLSv1`, `TLSv1.1` or `SSLv3` and `server.ssl.protocol=TLSv1`/`TLSv1.1`/`SSLv3`, in `application*.properties` and `application*.yml` (flat keys, nested YAML, YAML lists and `[0]` indexes, relaxed names like `enabledProtocols`); a `-dev`/`-local` profile file or a document activated only for such a profile (`spring.config.activate.on-profile: dev`) gives an `info` note.',
      'Go: `MinVersion`/`MaxVersion` set to `tls.VersionTLS10`, `tls.VersionTLS11` or `tls.VersionSSL30` in a `tls.Config{…}` literal or by assignment (`cfg.MinVersion = tls.VersionTLS10`); comparisons and version tables are not settings.',
      'Java/Kotlin: `SSLContext.getInstance("TLSv1")` (also `"TLSv1.1"`, `"SSLv3"`), and `setEnabledProtocols(new String[]{…})` / Kotlin `enabledProtocols = arrayOf(…)` listing a weak protocol.',
      'C#: `SslProtocols.Tls`, `Tls11`, `Ssl3`, `Ssl2`, `Default` and `SecurityProtocolType.Tls`, `Tls11`, `Ssl3` where protocols are selected: assigned to `SslProtocols`, `EnabledSslProtocols` or `ServicePointManager.SecurityProtocol` (`=` or `|=`), or passed to `AuthenticateAsServer`/`AuthenticateAsClient(Async)`. `SslProtocols.Tls12`/`Tls13` pass; removing protocols (`&= ~(SecurityProtocolType.Tls | …)`) and comparisons are not reported.',
      'Ruby: `ssl_version = :TLSv1` (also `:TLSv1_1`, `:SSLv3`, strings), `min_version`/`max_version = OpenSSL::SSL::TLS1_VERSION` (also `TLS1_1_VERSION`, `SSL3_VERSION`, `:TLS1`, `:TLS1_1`), as assignments or hash options (`min_version: :TLS1`).',
      'ASP.NET Core Kestrel: `Kestrel:EndpointDefaults:SslProtocols` and `Kestrel:Endpoints:<name>:SslProtocols` in `appsettings*.json` listing `Tls`, `Tls11`, `Ssl3`, `Ssl2` or `Default` (keys matched case-insensitively; `appsettings.Development.json` gives an `info` note).',
      'GitLab Omnibus: the bundled nginx\'s `nginx[\'ssl_protocols\']` (also `registry_nginx`, `pages_nginx`, `mattermost_nginx`, `gitlab_kas_nginx`) listing `SSLv2`, `SSLv3`, `TLSv1` or `TLSv1.1`, in `gitlab.rb` or in the `GITLAB_OMNIBUS_CONFIG` text of a compose service or Kubernetes container (at its line of the block scalar; a development-only file or service gives an `info` note), read as `default-credentials` reads those settings.',
      'Kubernetes: the ingress-nginx (or F5 NGINX Ingress) controller ConfigMap\'s `ssl-protocols` key listing `SSLv2`, `SSLv3`, `TLSv1` or `TLSv1.1` (it becomes the controller\'s `ssl_protocols`).',
      'Front servers, load balancers and CDNs, at the value (in a Terraform file, the first character inside its quotes, as the other checks place a Terraform value): Traefik dynamic configuration `tls.options.<name>.minVersion: VersionTLS10`/`VersionTLS11` (YAML, TOML, and the Kubernetes `TLSOption` resource; Traefik does not read TLS options from Docker labels, so labels are not judged); Caddy `tls { protocols tls1.0 … }` in a Caddyfile and `protocol_min` in Caddy JSON; HAProxy `ssl-default-bind-options` and `bind … ssl` lines with `ssl-min-ver TLSv1.0`/`TLSv1.1`, `ssl-max-ver` at or below TLSv1.1 or `force-tlsv10`/`force-tlsv11`/`force-sslv3` (`server` lines and `ssl-default-server-options` are the client side: not judged); Envoy `tls_minimum_protocol_version: TLSv1_0`/`TLSv1_1` in YAML or JSON (not in an `UpstreamTlsContext` or under `clusters`; `TLS_AUTO` is TLS 1.2 for servers since Envoy 1.22 and passes); Istio `minProtocolVersion: TLSV1_0`/`TLSV1_1`; lighttpd `ssl.openssl.ssl-conf-cmd` `"MinProtocol" => "TLSv1"` (or `TLSv1.1`, `SSLv3`) and `ssl.use-sslv3 = "enable"`; Terraform `ssl_policy` (`aws_lb_listener`, `aws_alb_listener`, modules) naming an ELB security policy that allows TLS 1.0 or 1.1 (`ELBSecurityPolicy-2016-08`, `-2015-05`, `-FS-2018-06`, `-TLS-1-0-…`, `-TLS-1-1-…`, `-FS-1-1-…`, `-TLS13-1-0-…`, `-TLS13-1-1-…` and older), also as a `module` call\'s own argument for it, at its value: terraform-aws-modules/alb v3–v8 `listener_ssl_policy_default` (an `info` note when it applies to no listener: every entry of a literal `https_listeners` list names its own `ssl_policy`, the list is empty, or that module\'s call passes none; also every `HTTPS`/`TLS` entry of a literal `listeners` map), cloudposse/alb `https_ssl_policy` and cloudposse/nlb `tls_ssl_policy` (an `info` note when the call creates no such listener: `https_enabled`/`tls_enabled` set to `false`, or not set, those modules\' default being `false`), any argument named `…ssl_policy…`, and `security_policy` naming an ELB policy (as that module\'s v2 took it); a module\'s own default when the call sets none is not judged, CloudFront `minimum_protocol_version` `SSLv3`, `TLSv1`, `TLSv1_2016` or `TLSv1.1_2016` (not with CloudFront\'s default `*.cloudfront.net` certificate, `cloudfront_default_certificate = true` or CloudFormation\'s `CloudFrontDefaultCertificate: true` without a custom certificate: CloudFront then accepts only `TLSv1`, its own choice, not the team\'s), a listener\'s `ssl_policy` (or another setting of these, `minimum_protocol_version = var.min_tls`) set from a variable of its module judged by the values Terraform assigns the variable, each at the value — so is such a setting of a call of a module from outside the repository (the registry, Git) set from a variable of the calling module: terraform-aws-modules/alb v9 `listeners = { https = { ssl_policy = var.ssl_policy } }`, v8 `listener_ssl_policy_default = var.ssl_policy` (an `info` note when it applies to no listener, as its literal), the cloudfront module\'s `viewer_certificate = { minimum_protocol_version = var.min_tls }`; a call of a module of the repository passes the variable on and is followed from the module\'s own use —: in a module that `module` blocks of the repository call (by a relative `source`), each call\'s argument — a literal, or the caller\'s own variable followed up the same way — or, where a call does not set it, the variable\'s literal `default`; in a root module, the last `.tfvars` file Terraform loads by itself from that folder that sets it (`terraform.tfvars`, `*.auto.tfvars`), else the `default`, and every named variable file passed with `-var-file` that sets it (in that folder, or a folder below it with no Terraform files, `environments/prod.tfvars`): one named for production (`prod`, `production`, `prd` in its name or folder) decides for production, the value it overrides then an `info` note, and one for another environment (`staging.tfvars`) is an `info` note. A `.tfvars` file sets only its root\'s variables, never a module\'s default that the root does not pass on. A setting (or a module call\'s argument) set from a local value of its module, `ssl_policy = local.alb_ssl_policy` (also an attribute of a local object, `local.tls.alb`), is judged the same way by the local\'s value in a `locals` block of any `.tf` file of that module\'s folder, at that value: a literal string, or the variable or other local it names, followed the same way (up to three locals deep); the local\'s name does not matter, and a local no setting uses is not judged unless it is named like a setting. A variable or local with no literal value in the repository is not judged (when nothing else is, the item is skipped naming them). A module that a Terragrunt configuration deploys (a `terragrunt.hcl` whose `terraform { source = … }` is a folder of the repository: relative, `../../modules//alb`, or from `${get_repo_root()}`, `${get_terragrunt_dir()}`, `${get_parent_terragrunt_dir()}` or `${dirname(find_in_parent_folders())}`) gets its variables from that configuration\'s `inputs`, over the inputs of the configurations it includes (`include "root" { path = find_in_parent_folders("root.hcl") }`, and the `_envcommon/<component>.hcl` of Terragrunt\'s DRY layout, whose `terraform { source }` names the module when the child names none; an include `path` written as `find_in_parent_folders("…")`, relative, or from the functions above), at the input\'s value, as a `module` call\'s argument; a configuration in a development folder (`live/dev/alb/terragrunt.hcl`) gives an `info` note. A configuration deploying a module from elsewhere (`tfr:///terraform-aws-modules/alb/aws`, `git::…`) has its literal inputs judged as that module call\'s literal arguments (`listeners = { https = { ssl_policy = … } }`, `minimum_protocol_version`), at the input. Computed inputs (`dependency.vpc.outputs.x`, `local.x`, `merge(…)`) are not read. API Gateway `security_policy = "TLS_1_0"`, OpenSearch/Elasticsearch `domain_endpoint_options` `tls_security_policy = "Policy-Min-TLS-1-0-2019-07"` (`aws_opensearch_domain`, `aws_elasticsearch_domain`; CloudFormation `DomainEndpointOptions.TLSSecurityPolicy`), a classic ELB\'s `aws_load_balancer_policy` `policy_attribute` `Reference-Security-Policy` naming such a policy (or `Protocol-TLSv1`, `Protocol-TLSv1.1`, `Protocol-SSLv3` set to `true`), Azure\'s and Google Cloud\'s minimum versions `min_tls_version`/`minimum_tls_version`/`scm_minimum_tls_version`/`ssl_minimal_tls_version_enforced`/`minimal_tls_version`/`min_protocol_version` set to `TLS1_0`, `TLS1_1`, `1.0`, `1.1`, `TLS10`, `Tls`, `Tls11`, `TLSv1_0`, `TLSv1_1`, `TLS_1_0` or `TLS_1_1`, or turned off (`TLSEnforcementDisabled`, `Disabled`: no minimum, TLS 1.0 accepted) (azurerm storage accounts, App Service `site_config`, SQL servers, Redis, PostgreSQL/MySQL servers, Front Door `tls` blocks, Cosmos DB, Application Gateway `ssl_policy`/`ssl_profile`, whose predefined `policy_name` `AppGwSslPolicy20150501`/`AppGwSslPolicy20170401` fails too; `google_compute_ssl_policy`), named with their resource; a `google_compute_ssl_policy` without `min_tls_version` (Google Cloud\'s default is `TLS_1_0`), at the resource, and an `aws_cloudfront_distribution` whose `viewer_certificate` names a custom certificate (`acm_certificate_arn`, `iam_certificate_id`) without `minimum_protocol_version` (the provider\'s default is `TLSv1`), at that block, fail as those values do; the same policies in CloudFormation and SAM templates (YAML or JSON, also `*.template.json`, CDK\'s `cdk.out/` and the `resources.Resources` of a Serverless Framework `serverless.yml`, raw CloudFormation that `sls deploy` merges into its stack): `AWS::ElasticLoadBalancingV2::Listener` `SslPolicy`, a Classic `AWS::ElasticLoadBalancing::LoadBalancer` `SSLNegotiationPolicyType` policy\'s `Reference-Security-Policy` (or its `Protocol-TLSv1`, `Protocol-TLSv1.1`, `Protocol-SSLv3` attribute set to `true`), `AWS::CloudFront::Distribution` `ViewerCertificate.MinimumProtocolVersion` and `AWS::ApiGateway::DomainName`/`AWS::ApiGatewayV2::DomainName` `SecurityPolicy: TLS_1_0`, SAM `AWS::Serverless::Api`/`AWS::Serverless::HttpApi` `Domain.SecurityPolicy: TLS_1_0` (the domain name SAM creates for the API; also in `Globals.Api`/`Globals.HttpApi` when an API takes it: one whose own `Domain` sets no `SecurityPolicy`, or the implicit API SAM creates for the functions\' `Api`/`HttpApi` events), `AWS::OpenSearchService::Domain`/`AWS::Elasticsearch::Domain` `DomainEndpointOptions.TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07` (a value written with `!Ref`, `!Sub`, `!If` or `{ "Ref": … }` is a reference, not judged); the AWS Load Balancer Controller annotation `alb.ingress.kubernetes.io/ssl-policy` with such a policy (on an Ingress or in Helm values; in a chart\'s `values.yaml` whose production values file, `values-production.yaml`, overrides it with a policy that passes, an `info` note naming that file, as resource-limits reads a chart\'s values); ingress-nginx Helm values `controller.config.ssl-protocols` listing `TLSv1`/`TLSv1.1`. A listener that names no policy (the AWS API default is `ELBSecurityPolicy-2016-08`) is not judged. Each finding of a load balancer, CDN or managed service has its own fix naming the setting and a TLS 1.2 value in that resource\'s spelling (`ELBSecurityPolicy-TLS13-1-2-2021-06`, `TLSv1.2_2021`, `TLS_1_2`, `TLS1_2`, `1.2`…), written where the value is set (the `.tfvars` file, the variable\'s default); so has each of Traefik, Caddy, HAProxy, Envoy, Istio and lighttpd. A strong setting (`VersionTLS12`, `ssl-min-ver TLSv1.2`, `ELBSecurityPolicy-TLS13-1-2-2021-06`…) is judged too: a repository with only such settings passes. Every weak setting of a file is reported (no cap); a `.tf` file or CloudFormation template over 1 MiB is not read, and an `info` note says it was not checked.',
      'OkHttp `ConnectionSpec`, JVM system properties (`https.protocols`, `jdk.tls.*`) and protocols held in variables are not judged.',
      'Comments and strings are never read; tests (including `src/test/…` and `application-test.*`) and templates are skipped; code in development-only branches (`if debug {`, `if (env.IsDevelopment())`, `if Rails.env.development?`) gives `info` notes.',
    ].join('\n'),
  },
  options: z.object({}),
  scan: () => ({
    accepts: isTlsFile,
    file(file, text) {
      if (isSpringConfig(file) && !isCodeFile(file)) {
        if (!text.includes('TLSv1') && !text.includes('SSLv')) return undefined;
        const hits = spring(file, text);
        return hits.length ? hits : undefined;
      }
      let src: Source;
      let found: Hit[];
      if (isCodeFile(file)) {
        if (!text.includes('TLSv1') && !text.includes('SSLv') && !containsWord(text, METHOD_WORD)) return undefined;
        src = scanSource(file, text);
        found = src.lang === 'python' ? python(src) : node(src);
      } else {
        const read = otherReader(file, text);
        if (!read) return undefined;
        src = otherSource(file, text);
        found = read(src);
      }
      const hits = found.map((h) => ({ line: src.lineAt(h.offset), column: src.columnAt(h.offset), what: h.what, dev: isDevOnly(file) || inDevBranch(src, h.offset) }));
      return hits.length ? hits : undefined;
    },
  }),
  prepare(snapshot) {
    deployedNginxConfigs(snapshot); unincludedNginxSnippets(snapshot); nginxDevOnly(snapshot); frontTls(snapshot); terraformPolicies(snapshot);
    // With deploy files the check never skips: it reads what production runs and the Kestrel settings.
    if (tlsFiles(snapshot).deploy.length) { deployRuns(snapshot); kestrelSettings(snapshot); }
  },
  run({ snapshot, scanned, report: reportFinding, skip }) {
    // A value is reported at its first character, also where a YAML/JSON (or `jsonencode`) reader located it at its opening quote.
    const atValue = valueColumns((f) => snapshot.text(f));
    // A finding in a stack's own file (Go, Java, Elixir…) gets that stack's fix.
    const withFix = withStackFix(reportFinding, TLS_FIXES);
    const report = (f: RawFinding) => withFix(atValue(f));
    // nginx configurations nginx would refuse (a parse problem says so) have no directives: nothing of them is judged.
    const nginx = deployedNginxConfigs(snapshot).filter((c) => c.directives.length);
    const { deploy, k8sFlags, large, apache } = tlsFiles(snapshot);
    const tfVars = terraformPolicies(snapshot);
    if (!nginx.length && !unreadNginxConfigs(snapshot).length && !deploy.length && !k8sFlags.length && !apache.length && !snapshot.files.some(isTlsFile) && !snapshot.files.some((f) => aspNetSettings(f) !== null) && !snapshot.k8sObjects().some((o) => o.kind === 'ConfigMap') && !omnibusSettings(snapshot).some(omnibusProtocols) && !frontTlsJudged(snapshot) && !hasCfnTlsResource(snapshot) && !tfVars.judged) {
      const broken = deployedNginxConfigs(snapshot).filter((c) => !c.directives.length).map((c) => c.file);
      const unresolved = tfVars.unresolved.slice(0, 3).join(', ') + (tfVars.unresolved.length > 3 ? ` and ${tfVars.unresolved.length - 3} more` : '');
      // A CloudFormation template declaring a load balancer, CDN or API domain that could not be parsed: named, as a compose file is.
      skip(withUnreadAws(broken.length ? `the only nginx configuration (${broken.join(', ')}) could not be parsed (see the parse-error finding); nothing else sets TLS protocols`
        // With Terragrunt, a configuration may pass them in a way not read here (a remote or computed `source`, computed inputs).
        : unresolved ? `the Terraform TLS policies are set from variables${tfVars.unresolved.some((u) => u.startsWith('local.')) ? ' or locals' : ''} with no literal value ${hasTerragrunt(snapshot) ? 'in the Terraform, .tfvars or terragrunt.hcl files' : 'in the repository'} to judge (${unresolved})${hasTerragrunt(snapshot) ? '; a Terragrunt configuration whose `source` is not a folder of the repository, or whose inputs are computed, is not read' : ''}`
          : large.size ? `the only server configuration could not be judged: ${largeConfigsNote([...large])}`
            : snapshot.files.some(isTerraformFile) ? 'no nginx config, application code or deploy files, and the Terraform files set no TLS policy or minimum TLS version this check reads'
              : 'no nginx config, application code or deploy files', unreadAwsDescriptors(snapshot, { ecs: false, cfn: CFN_TLS_RE })));
      return;
    }
    for (const h of tfVars.hits) {
      const message = `${h.what}; require TLS 1.2 or later`;
      const at = { file: h.file, line: h.line, column: h.column, ...(h.fix ? { fix: h.fix } : {}) };
      const why = h.note ?? (h.dev ? 'development-only file' : null);
      report(why ? { ...at, note: true, message: `${message} (${why})` } : { ...at, message });
    }
    const unincluded = unincludedNginxSnippets(snapshot);
    // A development-only configuration (`.devcontainer/nginx.conf`, `nginx/dev.conf`, one only docker-compose.override.yml mounts): notes, as the other servers'.
    const nginxDev = nginxDevOnly(snapshot);
    for (const { file, directives } of nginx) {
      const dev = nginxDev.get(file);
      for (const d of directives) {
        if (d.name !== 'ssl_protocols') continue;
        const weak = d.args.filter((a) => WEAK_NGINX_PROTOCOLS.has(a.value.toLowerCase())).map((a) => a.value);
        if (!weak.length) continue;
        const message = `ssl_protocols allows ${weak.join(', ')}; use ssl_protocols TLSv1.2 TLSv1.3;`;
        // A snippet no configuration includes (h5bp's `tls/policy_deprecated.conf` beside the included policy): nginx never reads it.
        const why = unincluded.has(file) ? 'a snippet not included by any config in the repository: nginx does not read it' : dev;
        report(why ? { file, line: d.line, column: d.column, note: true, message: `${message} (${why})` } : { file, line: d.line, column: d.column, message });
      }
    }
    // GitLab Omnibus' bundled nginx (util/omnibus.ts, read alike by default-credentials): `nginx['ssl_protocols'] = "TLSv1 TLSv1.1
    // TLSv1.2"` in `gitlab.rb` or the GITLAB_OMNIBUS_CONFIG text of a compose service or Kubernetes container becomes its
    // `ssl_protocols` (so do `mattermost_nginx`, `pages_nginx`, `registry_nginx` and `gitlab_kas_nginx`'s), at the value.
    for (const s of omnibusSettings(snapshot).filter(omnibusProtocols)) {
      const weak = s.value.split(/\s+/).filter((w) => WEAK_NGINX_PROTOCOLS.has(w.toLowerCase()));
      if (!weak.length) continue;
      const message = `${s.shown} (${s.where}) allows ${weak.join(', ')}; use ${s.shown} = "TLSv1.2 TLSv1.3" (GitLab's default)`;
      report(s.dev ? { file: s.file, line: s.line, column: s.column, note: true, message: `${message} (${s.dev})` } : { file: s.file, line: s.line, column: s.column, message });
    }
    // A ConfigMap's nginx configuration that could not be read: said, never a silent pass.
    for (const u of unreadNginxConfigs(snapshot)) report({ file: u.file, line: u.line, column: u.column, note: true, message: u.message });
    for (const { file, data } of scanned) {
      for (const h of data) {
        const message = `${h.what}; require TLS 1.2 or later`;
        report(h.dev ? { file, line: h.line, column: h.column, note: true, message: `${message} (development-only)` } : { file, line: h.line, column: h.column, message });
      }
    }
    // The ingress-nginx (and F5 NGINX Ingress) controller ConfigMap: `ssl-protocols` becomes nginx's ssl_protocols.
    const k8s = snapshot.k8sObjects().filter((o) => o.kind === 'ConfigMap' && !isTemplate(o.file) && !isTestFile(o.file));
    for (const obj of k8s) {
      for (const e of configMapData(obj)) {
        if (e.key !== 'ssl-protocols') continue;
        const weak = e.value.split(/\s+/).filter((w) => WEAK_NGINX_PROTOCOLS.has(w.toLowerCase()));
        if (!weak.length) continue;
        const message = `ingress-nginx ConfigMap '${obj.name ?? '?'}' ssl-protocols allows ${weak.join(', ')}; use "TLSv1.2 TLSv1.3" (the controller's default)`;
        report(isDevOnly(obj.file) ? { file: obj.file, line: e.line, column: e.column, note: true, message: `${message} (development-only file)` } : { file: obj.file, line: e.line, column: e.column, message });
      }
    }
    // Traefik, Caddy, HAProxy, Envoy, Istio, lighttpd, AWS load balancers, CloudFront and API Gateway in Terraform and CloudFormation (util/frontconf.ts).
    // A local value named like a setting (`locals { min_tls_version = "TLS1_0" }`), which terraformTls judges by its name, is
    // reported once, as a setting that uses it names it (above).
    const tfVarAt = new Set(tfVars.hits.map((h) => `${h.file}:${h.line}:${h.column}`));
    for (const h of frontTls(snapshot)) {
      if (tfVarAt.has(`${h.file}:${h.line}:${h.column}`)) continue;
      const message = `${h.what}; require TLS 1.2 or later`;
      const at = { file: h.file, line: h.line, column: h.column, ...(h.fix ? { fix: h.fix } : {}) };
      if (h.overriddenBy) { report({ ...at, note: true, message: `${message} (with the chart's values.yaml alone: ${h.overriddenBy} overrides it for production)` }); continue; }
      if (h.aside) { report({ ...at, note: true, message: `${message} (${h.aside})` }); continue; }
      report(h.dev ? { ...at, note: true, message: `${message} (development-only file)` } : { ...at, message });
    }
    for (const h of kestrelSettings(snapshot)) {
      const message = `${h.what}; require TLS 1.2 or later (list only Tls12 and Tls13, or drop the setting: the operating system's defaults are safe)`;
      report(h.dev ? { file: h.file, line: h.line, column: h.column, note: true, message: `${message} (development-only)` } : { file: h.file, line: h.line, column: h.column, message });
    }
    const runs = deployRuns(snapshot);
    for (const file of [...deploy, ...k8sFlags]) {
      if (isTemplate(file) || isTestFile(file)) continue;
      const lines = snapshot.lines(file);
      if (!lines) continue;
      // A Dockerfile: only what the stages production runs run (their CMD, ENTRYPOINT and ENV, inherited ones too); builder stages and RUN are the build.
      const runtime = isDockerfile(file) ? dockerRuntimeLines(snapshot, file) : null;
      const scripts = basename(file) === 'package.json' ? packageScripts(snapshot, file) : null;
      lines.forEach((l, i) => {
        const m = /--tls-(min|max)-v1\.[01]\b/.exec(l);
        if (!m || /^\s*(#|\/\/)/.test(l) || (runtime && !runtime.has(i + 1))) return;
        const top = m[0].endsWith('0') ? 'TLSv1' : 'TLSv1.1';
        // A maximum of TLS 1.1 or lower leaves only weak versions (and no TLS 1.2 at all).
        const message = `node ${m[0]} allows ${m[1] === 'max' ? `only ${top} and older` : weakFrom(top)}; remove the flag (Node defaults to TLS 1.2)`;
        const script = scripts ? /^\s*"((?:[^"\\]|\\.)+)"\s*:/.exec(l)?.[1] : undefined;
        const offStage = script !== undefined && scripts!.has(script) && !runs.has(script) && NOT_PRODUCTION_SCRIPT.test(script.replace(/^(?:pre|post)(?=test|lint|build)/, ''));
        const at = { file, line: i + 1, column: m.index + 1 };
        // A stage only development runs (the last stage when compose builds another `target`): a note saying why.
        const devReason = runtime?.get(i + 1) ?? (isDevOnly(file) ? 'development-only file' : null);
        if (offStage) report({ ...at, note: true, message: `${message} (package.json script '${script}', which production does not run)` });
        else report(devReason ? { ...at, note: true, message: `${message} (${devReason})` } : { ...at, message });
      });
    }
    for (const file of apache) {
      const text = snapshot.text(file);
      if (text === undefined || !/^\s*SSLProtocol\s/im.test(text)) continue;
      text.split(/\r?\n/).forEach((l, i) => {
        const m = /^\s*SSLProtocol\s+([^#]*)/i.exec(l);
        const weak = m ? apacheWeak(m[1]!) : [];
        if (weak.length) report({ file, line: i + 1, column: l.search(/\S/) + 1, message: `Apache SSLProtocol allows ${weak.join(', ')}; use SSLProtocol -all +TLSv1.2 +TLSv1.3` });
      });
    }
  },
});

/** The TLS settings terraformTls judges where they are written (frontconf.ts): a variable or module argument of such a name set to a literal is judged there. */
const TF_TLS_KEYS = 'ssl_policy|minimum_protocol_version|security_policy|tls_security_policy|min_tls_version|minimum_tls_version|scm_minimum_tls_version|minimal_tls_version|ssl_minimal_tls_version_enforced|min_protocol_version';
/** `ssl_policy = var.ssl_policy`, `min_tls_version = local.min_tls` on a line of its own (an item of a map may end in a comma). */
const TF_VAR_POLICY_RE = new RegExp(`^[ \\t]*(${TF_TLS_KEYS})[ \\t]*=[ \\t]*${TF_REF}[ \\t]*,?[ \\t]*(?:(?:#|\\/\\/).*)?\\r?$`, 'gm');
/** The same in a `module` call, where an argument of the module's own naming for a listener policy counts too (`listener_ssl_policy_default = var.x`). */
const TF_MODULE_VAR_POLICY_RE = new RegExp(`^[ \\t]*(${TF_TLS_KEYS}|[A-Za-z_][\\w-]*ssl_policy[\\w-]*)[ \\t]*=[ \\t]*${TF_REF}[ \\t]*,?[ \\t]*(?:(?:#|\\/\\/).*)?\\r?$`, 'gm');
/**
 * A module call's literal argument that terraformTls judges where it is written (a TLS setting's name, or an argument named for an ELB
 * policy holding one): the variable it sets is not judged again.
 */
const covered = (r: TfReach): boolean => r.arg !== undefined && r.value !== null && (new RegExp(`^(?:${TF_TLS_KEYS})$`).test(r.arg) || (/ssl_policy/.test(r.arg) && /^ELBSecurityPolicy-/i.test(r.value)));

type TfHit = { file: string; line: number; column: number; what: string; dev: boolean; note?: string; fix?: string };
/**
 * A TLS setting written `key = var.name` (`ref` 'var') or `key = local.name` (`ref` 'local'), at `offset` in `text`; `module`: the
 * call (of a module from outside the repository) whose argument it is, and `aside` why that argument applies to no listener the call
 * creates (unusedModulePolicy); `named`: a local value named like a setting (`locals { ssl_policy = var.x }`), no setting itself:
 * judged only where no setting that uses it is (as terraformTls judges such a local's literal by its name).
 */
interface TfUse { file: string; text: string; key: string; ref: 'var' | 'local'; name: string; offset: number; module?: string; aside?: string; named?: true }

/**
 * Terraform TLS settings set from a variable of their module (`ssl_policy = var.ssl_policy` in `modules/alb`), judged by the values
 * that reach the variable as Terraform assigns them, at the value (a setting set from a local value, `ssl_policy = local.alb_policy`,
 * is judged by the local's value in a `locals` block of any file of the module's folder: a literal string, also an attribute of a
 * local object, `local.tls.alb`, or a variable or another local it names, followed the same way, MAX_LOCAL_HOPS locals deep):
 * - a module some `module` block of the repository calls (its relative `source` is that folder): each call's argument — a literal
 *   (judged here unless terraformTls judges it where it is written), the caller's own variable followed up the same way, or, when the
 *   call does not set it, the variable's literal `default`;
 * - a root module (no call): a `.tfvars` file Terraform loads by itself in that folder (`terraform.tfvars`, `*.auto.tfvars`, the last in
 *   Terraform's order winning) or else the literal `default`; and each named variable file passed with `-var-file` that sets it (a
 *   `.tfvars` file in that folder or a folder below it without Terraform files of its own, `environments/prod.tfvars`): one named for
 *   production decides for production (the value it overrides is then an `info` note), one for another environment is a note.
 * A `.tfvars` file sets only root variables: it never hides a module's default that the root does not pass. A variable with no
 * literal value in the repository is not judged (`unresolved` names its uses).
 * The uses: such settings outside `module` blocks, and in a call of a module from outside the repository (whose own use of the
 * argument cannot be read) — a TLS setting at any depth of its maps, or an argument of the module's own naming for a listener
 * policy written directly in the call (`listener_ssl_policy_default`); a call of a module of the repository is followed from there.
 */
function terraformVariablePolicies(snapshot: SnapshotView): { hits: TfHit[]; judged: boolean; unresolved: string[] } {
  const out = { hits: [] as TfHit[], judged: false, unresolved: [] as string[] };
  const tf = terraformVariables(snapshot);
  const { files, localModule } = tf;
  const uses = files.flatMap((file) => {
    const text = snapshot.text(file);
    if (text === undefined || (!text.includes('var.') && !text.includes('local.'))) return [];
    const calls = hclBlocks(text, 'module');
    const locals = hclBlocks(text, 'locals');
    const found: TfUse[] = [...text.matchAll(TF_VAR_POLICY_RE)].filter((m) => !calls.some((b) => m.index > b.start && m.index < b.end)).flatMap((m) => {
      const ref = tfRef(m[2]!, m[3]!);
      // A local named like a setting is no setting: followed from the settings that use it, judged by its name only as a fallback.
      const named = locals.some((b) => m.index > b.start && m.index < b.end);
      return ref ? [{ file, text, key: m[1]!, ...ref, offset: m.index + m[0].indexOf(m[1]!), ...(named ? { named: true as const } : {}) }] : [];
    });
    for (const call of calls) {
      // A call of a module of the repository passes the variable on: it is followed from the module's own use of it.
      // A module from elsewhere (the registry, Git: terraform-aws-modules/alb, /cloudfront) is not in the repository: the call's
      // argument is the setting, at any depth of its maps (`listeners = { https = { ssl_policy = var.ssl_policy } }`), as a
      // literal there is judged (terraformTls); an argument of the module's own naming (`listener_ssl_policy_default`) written
      // directly in the call, as moduleElbPolicies reads it.
      if (localModule(file, text, call) !== null) continue;
      const re = new RegExp(TF_MODULE_VAR_POLICY_RE.source, 'gm');
      re.lastIndex = call.start;
      for (let m = re.exec(text); m !== null && m.index < call.end; m = re.exec(text)) {
        const key = m[1]!;
        const offset = m.index + m[0].indexOf(key);
        const ref = tfRef(m[2]!, m[3]!);
        if (!ref) continue;
        const own = !new RegExp(`^(?:${TF_TLS_KEYS})$`).test(key);
        if (own && hclAttribute(text, call, key)?.at !== m.index + m[0].indexOf(`${m[2]}.`, m[0].indexOf('='))) continue;
        const aside = own ? unusedModulePolicy(text, call, key) : undefined;
        found.push({ file, text, key, ...ref, offset, module: call.labels[0] ?? '?', ...(aside ? { aside } : {}) });
      }
    }
    return found;
  });
  if (!uses.length) return out;
  const seen = new Map<string, TfHit>();
  // The settings first: a local named like a setting (`named`) is judged only where none of them reached its value.
  for (const use of [...uses.filter((u) => !u.named), ...uses.filter((u) => u.named)]) {
    const where = `${use.ref}.${use.name} in ${use.file}`;
    const { reaches, unresolved } = use.ref === 'local' ? tf.local(dirname(use.file), use.name) : tf.variable(dirname(use.file), use.name);
    const judged = reaches.filter((r) => r.value !== null && !covered(r));
    if (reaches.some(covered)) out.judged = true;
    if (!judged.length) { if (unresolved || !reaches.length) out.unresolved.push(where); continue; }
    const { line } = lineColumnAt(use.text, use.offset);
    for (const r of judged) {
      const v = r.value!.trim();
      // With CloudFront's default certificate the version is CloudFront's (as terraformTls judges a literal).
      const judgement = use.key === 'minimum_protocol_version' && cloudFrontDefaultCertificate(use.text, use.offset) ? undefined : terraformTlsValue(use.key, v);
      if (!judgement) continue;
      out.judged = true;
      if (!judgement.weak) continue;
      const id = `${r.file}:${r.line}:${r.column}`;
      const how = use.ref === 'var' && r.how === `the default of variable "${use.name}"` ? `${r.how}, which ${use.file}:${line} uses and no module call or .tfvars file in the repository sets` : `${r.how}, which ${use.file}:${line} uses`;
      // A policy a module call's argument sets for no listener the call creates (unusedModulePolicy) is a note, as its literal is.
      const note = use.aside ?? r.note;
      const setting = use.module === undefined ? judgement.setting : `module '${use.module}' ${judgement.setting}`;
      const hit: TfHit = { file: r.file, line: r.line, column: r.column, dev: isDevOnly(r.file), what: `${setting} (${how}) allows ${judgement.weak}`, ...(note ? { note } : {}), fix: `Set ${r.set.replace('…', judgement.strong)} (the value ${use.key} in ${use.file}:${line} gets).` };
      const prev = seen.get(id);
      // The same value reaching several settings: reported once, failing when any use fails.
      if (!prev || (prev.note && !hit.note && !use.named)) seen.set(id, hit);
    }
  }
  out.hits = [...seen.values()];
  return out;
}

/** package.json script names of tests, linting, builds and development tooling: a flag in one is no server's setting (unless production runs it). */
const NOT_PRODUCTION_SCRIPT = /(?:^|[:_-])(?:test|tests|spec|e2e|integration|lint|dev|develop|watch|build|bench|benchmark|debug|ci|coverage|cover|storybook|docs?)(?:$|[:_-])/i;

/** A package.json's scripts (name → command); null when it does not parse. */
function packageScripts(snapshot: Pick<Snapshot, 'text'>, file: string): Map<string, string> | null {
  try {
    const pkg: unknown = JSON.parse(snapshot.text(file) ?? '');
    const scripts = isObject(pkg) && isObject(pkg['scripts']) ? pkg['scripts'] : {};
    return new Map(Object.entries(scripts).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch { return null; }
}

/**
 * The package.json scripts production runs: `start` (with its `pre`/`post` hooks), those Procfiles, compose files and Dockerfiles
 * name (`npm run serve`, `yarn start:prod`, `pnpm serve`, exec form `["npm", "run", "serve"]` too), and the scripts those run in turn.
 */
/**
 * The files the check reads besides nginx's and the other servers' (util/frontconf.ts), once per view (its `prepare` reads
 * them while worker threads scan): `deploy` files that may pass Node a TLS flag, the manifests that write one (`k8sFlags`),
 * Apache configurations, and the server configurations too large to read.
 */
const tlsFiles = perView(function tlsFiles(snapshot: SnapshotView): { deploy: string[]; k8sFlags: string[]; large: Set<string>; apache: string[] } {
  // Not a vendored dependency's (`node_modules/pkg/package.json`, `vendor/…/Dockerfile`): that project's.
  const deploy = snapshot.files.filter((f) => (isDockerfile(f) || isComposeFile(f) || isProcfile(f) || isEnvFile(f) || basename(f) === 'package.json') && !isVendored(f));
  // Kubernetes manifests whose workloads (or ConfigMaps) write a Node TLS flag: a container's `command`/`args`, `NODE_OPTIONS` in its `env`.
  const k8sFlags = [...new Set(snapshot.k8sObjects().filter((o) => (WORKLOAD_KINDS.has(o.kind) || o.kind === 'ConfigMap') && !isTestFile(o.file) && !isTemplate(o.file)).map((o) => o.file))]
    .filter((f) => !deploy.includes(f) && /--tls-(?:min|max)-v1\.\d/.test(snapshot.text(f) ?? ''));
  const nginxSet = new Set(snapshot.nginxFiles());
  // A configuration too large to read judges nothing (a note says so; the skip reason names it).
  const large = new Set(largeServerConfigs(snapshot));
  const apache = snapshot.files.filter((f) => (isNginxCandidate(f) || basename(f) === '.htaccess') && !nginxSet.has(f) && !large.has(f) && !isTestFile(f) && !isVendoredOrGenerated(f));
  return { deploy, k8sFlags, large, apache };
});
/** terraformVariablePolicies, once per view. */
const terraformPolicies = perView((snapshot) => terraformVariablePolicies(snapshot));
/** The package.json scripts production runs (productionRuns of the deploy files), once per view. */
const deployRuns = perView((snapshot) => productionRuns(snapshot, tlsFiles(snapshot).deploy));
/** kestrel, once per view. */
const kestrelSettings = perView((snapshot) => kestrel(snapshot));

function productionRuns(snapshot: SnapshotView, deploy: string[]): Set<string> {
  const named = (text: string) => [...text.replace(/["',[\]]/g, ' ').matchAll(/\b(?:npm|yarn|pnpm|bun)(?:\s+(?:run(?:-script)?|--silent|-s))*\s+([\w:.-]+)/g)].map((m) => m[1]!);
  const runs = new Set(['start', 'prestart', 'poststart']);
  for (const f of deploy) {
    if (basename(f) === 'package.json' || isEnvFile(f)) continue;
    // A Dockerfile's `RUN npm run build` is the build: only the CMD and ENTRYPOINT of the stages it ships run in production.
    const text = isDockerfile(f) ? runtimeStages(snapshot, f).flatMap((st) => effectiveInstructions(st.stage)).filter((ins) => /^(?:CMD|ENTRYPOINT)$/i.test(ins.keyword)).map((ins) => ins.args).join('\n') : snapshot.text(f) ?? '';
    for (const n of named(text)) runs.add(n);
  }
  const scripts = deploy.filter((f) => basename(f) === 'package.json').map((f) => packageScripts(snapshot, f) ?? new Map<string, string>());
  for (let grew = true, guard = 0; grew && guard < 32; guard++) {
    grew = false;
    for (const s of scripts) for (const [name, cmd] of s) if (runs.has(name)) for (const n of named(cmd)) if (!runs.has(n)) { runs.add(n); runs.add(`pre${n}`); runs.add(`post${n}`); grew = true; }
  }
  return runs;
}

/**
 * The stages of a Dockerfile that run (shippedStages): its final stage and those a compose service builds as its `build.target`,
 * each with why it is development-only (null: production runs it; the final stage when compose builds another target and it is
 * not built on it); the final stage alone for a Dockerfile shippedStages leaves out; none when it did not parse.
 */
function runtimeStages(snapshot: SnapshotView, file: string): { stage: DockerStage; devReason: string | null }[] {
  const shipped = shippedStages(snapshot).filter((s) => s.df.path === file);
  if (shipped.length) return shipped;
  const df = snapshot.dockerfiles().find((d) => d.path === file);
  return df?.final ? [{ stage: df.final, devReason: null }] : [];
}

/**
 * The lines of the CMD, ENTRYPOINT and ENV instructions of the stages a Dockerfile runs (runtimeStages), inherited ones included,
 * each with why it is development-only (null when a stage production runs has it); none when it did not parse.
 */
function dockerRuntimeLines(snapshot: SnapshotView, file: string): Map<number, string | null> {
  const lines = new Map<number, string | null>();
  for (const { stage, devReason } of runtimeStages(snapshot, file)) {
    for (const ins of effectiveInstructions(stage)) {
      if (!/^(?:CMD|ENTRYPOINT|ENV)$/i.test(ins.keyword)) continue;
      for (let l = ins.line; l <= ins.endLine; l++) if (!lines.has(l) || devReason === null) lines.set(l, devReason);
    }
  }
  return lines;
}

const CS_WEAK_NAMES: Readonly<Record<string, string>> = { tls: 'TLSv1', tls11: 'TLSv1.1', ssl3: 'SSLv3', ssl2: 'SSLv2', default: 'SSLv3, TLSv1' };

/** A configuration key, case-insensitively (.NET configuration keys are): the actual key and its value. */
function cfgKey(obj: Record<string, unknown>, name: string): [string, unknown] | null {
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === name) return [k, v];
  return null;
}

/**
 * Kestrel's `SslProtocols` in `appsettings*.json`: `Kestrel:EndpointDefaults:SslProtocols` and
 * `Kestrel:Endpoints:<name>:SslProtocols` listing `Tls`, `Tls11`, `Ssl3`, `Ssl2` or `Default` (a list,
 * or one comma-separated string), at the first weak entry.
 */
function kestrel(snapshot: Pick<Snapshot, 'files' | 'yaml'>): { file: string; line: number; column: number | null; what: string; dev: boolean }[] {
  const out: ReturnType<typeof kestrel> = [];
  for (const file of filesEndingIn(snapshot.files, 'json')) {
    const settings = aspNetSettings(file);
    if (!settings || isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
    const { dev } = settings;
    const doc = snapshot.yaml(file)?.docs[0];
    const k = isObject(doc?.value) ? cfgKey(doc.value, 'kestrel') : null;
    if (!doc || !k || !isObject(k[1])) continue;
    const blocks: [string[], string][] = [];
    const defaults = cfgKey(k[1], 'endpointdefaults');
    if (defaults && isObject(defaults[1])) blocks.push([[k[0], defaults[0]], 'EndpointDefaults']);
    const endpoints = cfgKey(k[1], 'endpoints');
    if (endpoints && isObject(endpoints[1])) for (const name of Object.keys(endpoints[1])) blocks.push([[k[0], endpoints[0], name], `endpoint '${name}'`]);
    for (const [path, label] of blocks) {
      let node: unknown = doc.value;
      for (const seg of path) node = (node as Record<string, unknown>)[seg];
      const protocols = isObject(node) ? cfgKey(node, 'sslprotocols') : null;
      if (!protocols) continue;
      const items = Array.isArray(protocols[1]) ? protocols[1] : typeof protocols[1] === 'string' ? [protocols[1]] : [];
      const weak: string[] = [];
      let first = -1;
      items.forEach((item, i) => {
        if (typeof item !== 'string') return;
        for (const name of item.split(',')) {
          const w = CS_WEAK_NAMES[name.trim().toLowerCase()];
          if (!w) continue;
          for (const p of w.split(', ')) if (!weak.includes(p)) weak.push(p);
          if (first < 0) first = i;
        }
      });
      if (!weak.length) continue;
      const at = doc.loc(Array.isArray(protocols[1]) ? [...path, protocols[0], first] : [...path, protocols[0]]);
      out.push({ file, line: at?.line ?? 1, column: at?.column ?? null, what: `Kestrel ${label} SslProtocols allows ${weak.join(', ')}`, dev });
    }
  }
  return out;
}

const APACHE_ALL = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/**
 * Weak protocols an Apache `SSLProtocol` value enables, as mod_ssl reads it left to right (`all` includes TLSv1 and TLSv1.1;
 * `-X` removes, `+X` adds, and a bare `X` replaces the set: `SSLProtocol TLSv1.1 TLSv1.2` leaves TLSv1.2 only, mod_ssl's
 * AH02532 "Protocol overrides already set parameter(s)").
 */
export function apacheWeak(value: string): string[] {
  const on = new Set<string>();
  for (const tok of value.trim().split(/\s+/).filter(Boolean)) {
    const sign = tok[0] === '-' || tok[0] === '+' ? tok[0] : '';
    const name = tok.replace(/^[-+]/, '').toLowerCase();
    const names = name === 'all' ? APACHE_ALL : APACHE_ALL.concat('SSLv2').filter((p) => p.toLowerCase() === name);
    if (sign === '' && names.length) on.clear();
    for (const p of names) if (sign === '-') on.delete(p); else on.add(p);
  }
  return ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1'].filter((p) => on.has(p));
}
