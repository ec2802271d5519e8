/**
 * Front servers, proxies, load balancers and CDNs other than nginx and Apache, read once for `tls-protocols-config` and
 * `cors-wildcard`: Traefik dynamic configuration (YAML, TOML, Kubernetes `TLSOption`/`Middleware`) and compose labels,
 * Caddy (Caddyfile and JSON), HAProxy, Envoy, Istio, IIS `web.config`, lighttpd, Terraform and CloudFormation (AWS load balancer
 * listeners, CloudFront, API Gateway), the AWS Load Balancer Controller's Ingress annotation and ingress-nginx Helm values and
 * controller ConfigMap snippets. One small line or tree reader per format; templates, tests and vendored files are skipped.
 */
import { basename, dirname, isComposeFile, isDevOnly, isTemplate, isTerraformSource, isTestFile, isVendoredOrGenerated } from '../../repo/classify.js';
import { isObject, type YamlPath } from '../../repo/yaml.js';
import { firstChunk, perView, type SnapshotView } from '../../repo/snapshot.js';
import { tomlEntries } from './platform.js';
import { terragruntConfigs } from './terragrunt.js';
import { lineColumnAt } from './text.js';
import { WEAK_NGINX_PROTOCOLS } from './nginx.js';
import { cfnTemplate, isCfnNamed } from './ecs.js';
import { hclArgument, hclAttribute, hclBlocks, type HclBlock } from './hcl.js';
import { PROD_VALUES } from '../../repo/prerender.js';
import { andList } from '../../words.js';

export interface FrontHit { file: string; line: number; column: number; what: string; dev: boolean; credentials: boolean; reflected: boolean }

/** Bound: nodes walked per parsed document. Every hit is reported (no cap per file: a baseline must see a new one). */
const MAX_NODES = 20_000;

const readable = (f: string) => !isTemplate(f) && !isTestFile(f) && !isVendoredOrGenerated(f);
/** The names of the files each reader opens (Caddyfiles besides): what frontTls and frontCors read. */
const TLS_FILE_RE = /\.(?:ya?ml|json|toml|tf|tofu|cfg|conf)$/i;
const CORS_FILE_RE = /\.(?:ya?ml|json|toml|cfg|conf|config)$/i;

const isCaddyfile = (f: string) => /^caddyfile(?:\.[\w-]+)?$/i.test(basename(f)) || /\.caddyfile$/i.test(f);
const isWebConfig = (f: string) => /^web(?:\.[\w-]+)?\.config$/i.test(basename(f));
const isHaproxyCandidate = (f: string) => /\.cfg$/i.test(f);
const HAPROXY_SECTION = /^[ \t]*(?:frontend|listen|global|defaults|backend)\b/m;
const isLighttpdCandidate = (f: string) => /\.conf$/i.test(f);
const LIGHTTPD = /\b(?:server\.modules|ssl\.engine|ssl\.pemfile|setenv\.(?:add|set)-response-header|ssl\.openssl\.ssl-conf-cmd)\b/;

/** A parsed YAML document or JSON file: its value, the way back to positions and (YAML) the explicit tag of a node (`!Ref`). */
interface Tree { value: unknown; loc(path: YamlPath, key?: boolean): { line: number; column: number } | null; tag?(path: YamlPath): string | null }

function trees(snapshot: SnapshotView, file: string): Tree[] {
  if (/\.ya?ml$/i.test(file)) return (snapshot.yaml(file)?.docs ?? []).filter((d) => d.value !== undefined && d.value !== null);
  if (/\.json$/i.test(file)) { const j = snapshot.json(file); return j ? [j] : []; }
  return [];
}

type Visit = (key: string, value: unknown, path: YamlPath, parent: Record<string, unknown>, ancestors: Record<string, unknown>[]) => void;

/** Every key of a document, depth first, with its path, the object holding it and that object's ancestors (bounded). */
function walk(root: unknown, visit: Visit): void {
  let budget = MAX_NODES;
  const go = (node: unknown, path: YamlPath, ancestors: Record<string, unknown>[]) => {
    if (budget-- <= 0) return;
    if (Array.isArray(node)) node.forEach((x, i) => go(x, [...path, i], ancestors));
    else if (isObject(node)) {
      const inner = [...ancestors, node];
      for (const [k, v] of Object.entries(node)) { visit(k, v, [...path, k], node, ancestors); go(v, [...path, k], inner); }
    }
  };
  go(root, [], []);
}

/** Comment text blanked out (offsets kept): `#` to the end of the line where a comment may start. */
const blankHashComments = (text: string) => text.replace(/(^|[ \t])#[^\n]*/gm, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));

// ---------------------------------------------------------------------------------------------------------------
// TLS

/** AWS Elastic Load Balancing security policies that allow TLS 1.0 (and 1.1), or TLS 1.1 as the lowest. */
const ELB_TLS10 = /^ELBSecurityPolicy-(?:2016-08|2015-05|2015-03|2015-02|2014-10|2014-01|2011-08|FS-2018-06|TLS-1-0-[\w-]+|TLS13-1-0-[\w-]+)$/i;
const ELB_TLS11 = /^ELBSecurityPolicy-(?:TLS-1-1-[\w-]+|TLS13-1-1-[\w-]+|FS-1-1-[\w-]+)$/i;
export function elbWeak(policy: string): string | null {
  return ELB_TLS10.test(policy) ? 'TLSv1, TLSv1.1' : ELB_TLS11.test(policy) ? 'TLSv1.1' : null;
}
/** CloudFront `minimum_protocol_version` values below TLS 1.2. */
export const CLOUDFRONT_WEAK: Readonly<Record<string, string>> = { SSLv3: 'SSLv3, TLSv1, TLSv1.1', TLSv1: 'TLSv1, TLSv1.1', TLSv1_2016: 'TLSv1, TLSv1.1', 'TLSv1.1_2016': 'TLSv1.1' };
const TRAEFIK_WEAK: Readonly<Record<string, string>> = { versiontls10: 'TLSv1, TLSv1.1', versiontls11: 'TLSv1.1', versionssl30: 'SSLv3, TLSv1, TLSv1.1' };
const ENVOY_WEAK: Readonly<Record<string, string>> = { TLSv1_0: 'TLSv1, TLSv1.1', TLSv1_1: 'TLSv1.1' };
const ISTIO_WEAK: Readonly<Record<string, string>> = { TLSV1_0: 'TLSv1, TLSv1.1', TLSV1_1: 'TLSv1.1' };
const CADDY_WEAK: Readonly<Record<string, string>> = { 'tls1.0': 'TLSv1, TLSv1.1', 'tls1.1': 'TLSv1.1', 'ssl3.0': 'SSLv3, TLSv1, TLSv1.1' };
const HAPROXY_WEAK: Readonly<Record<string, string>> = { 'sslv3': 'SSLv3, TLSv1, TLSv1.1', 'tlsv1.0': 'TLSv1, TLSv1.1', 'tlsv1.1': 'TLSv1.1' };
const HAPROXY_FORCE: Readonly<Record<string, string>> = { 'force-sslv3': 'SSLv3', 'force-tlsv10': 'TLSv1', 'force-tlsv11': 'TLSv1.1' };
const LIGHTTPD_WEAK: Readonly<Record<string, string>> = { sslv3: 'SSLv3, TLSv1, TLSv1.1', tlsv1: 'TLSv1, TLSv1.1', 'tlsv1.1': 'TLSv1.1' };

const TREE_TLS = /minVersion|tls_minimum_protocol_version|tlsMinimumProtocolVersion|minProtocolVersion|ssl-protocols|ssl-policy|protocol_min/;

/** The key path as written, for messages (`tls.options.default`). */
const dotted = (path: YamlPath) => path.filter((p) => typeof p === 'string').join('.');

/** A setting a reader judged: `what` says what it allows when that is weak, null when it passes (the file still had something to judge). */
interface Judged<At> { at: At; what: string | null; aside?: string; fix?: string }

function treeTls(tree: Tree): Judged<YamlPath>[] {
  const out: Judged<YamlPath>[] = [];
  walk(tree.value, (key, value, path, _parent, ancestors) => {
    if (typeof value !== 'string' && !Array.isArray(value)) return;
    const v = typeof value === 'string' ? value.trim() : '';
    if (key === 'minVersion' && /^version(?:tls1[0-3]|ssl30)$/i.test(v)) {
      const weak = TRAEFIK_WEAK[v.toLowerCase()];
      out.push({ at: path, what: weak ? `Traefik TLS option ${dotted(path)}: ${v} allows ${weak}` : null, fix: 'Set the TLS option\'s `minVersion: VersionTLS12`.' });
    } else if ((key === 'tls_minimum_protocol_version' || key === 'tlsMinimumProtocolVersion') && /^(?:TLSv1_[0-3]|TLS_AUTO)$/.test(v)) {
      // Downstream (listener) TLS only: an UpstreamTlsContext (a cluster's) is the client side, like nginx's proxy_ssl_protocols.
      const upstream = path.includes('clusters') || ancestors.some((a) => typeof a['@type'] === 'string' && /UpstreamTlsContext$/.test(a['@type']));
      if (!upstream) out.push({ at: path, what: ENVOY_WEAK[v] ? `Envoy ${key}: ${v} allows ${ENVOY_WEAK[v]}` : null, fix: `Set \`${key}: TLSv1_2\` (or \`TLS_AUTO\`, TLS 1.2 for servers).` });
    } else if (key === 'minProtocolVersion' && /^(?:TLSV1_[0-3]|TLS_AUTO)$/.test(v)) {
      out.push({ at: path, what: ISTIO_WEAK[v] ? `Istio tls.minProtocolVersion: ${v} allows ${ISTIO_WEAK[v]}` : null, fix: 'Set `minProtocolVersion: TLSV1_2`.' });
    } else if (key === 'protocol_min' && /^(?:tls1\.[0-3]|ssl3\.0)$/i.test(v)) {
      const weak = CADDY_WEAK[v.toLowerCase()];
      out.push({ at: path, what: weak ? `Caddy protocol_min "${v}" allows ${weak}` : null, fix: 'Set `"protocol_min": "tls1.2"` (or remove it: Caddy\'s default is TLS 1.2).' });
    } else if (key === 'alb.ingress.kubernetes.io/ssl-policy' && /^ELBSecurityPolicy-/i.test(v)) {
      out.push({ at: path, what: elbWeak(v) ? `AWS Load Balancer Controller ssl-policy ${v} allows ${elbWeak(v)}` : null, fix: CLOUD_TLS_FIX.elb(key, true) });
    } else if (key === 'ssl-protocols' && path.at(-2) === 'config' && path.at(-3) === 'controller' && v) {
      // ingress-nginx Helm values: `controller.config` becomes the controller's ConfigMap.
      const weak = v.split(/\s+/).filter((w) => WEAK_NGINX_PROTOCOLS.has(w.toLowerCase()));
      out.push({ at: path, what: weak.length ? `ingress-nginx Helm values controller.config ssl-protocols allows ${weak.join(', ')}` : null, fix: 'Set `ssl-protocols: "TLSv1.2 TLSv1.3"` (or remove it: the controller\'s default).' });
    }
  });
  return out;
}

function caddyTls(text: string): Judged<number>[] {
  const out: Judged<number>[] = [];
  for (const m of blankHashComments(text).matchAll(/^([ \t]*)protocols[ \t]+(\S+)/gm)) {
    const weak = CADDY_WEAK[m[2]!.toLowerCase()];
    if (weak || /^tls1\.[23]$/i.test(m[2]!)) out.push({ at: m.index + m[1]!.length, what: weak ? `Caddy tls protocols ${m[2]} allows ${weak}` : null, fix: 'Use `protocols tls1.2` (or remove it: Caddy\'s default is TLS 1.2).' });
  }
  return out;
}

function haproxyTls(text: string): Judged<number>[] {
  const out: Judged<number>[] = [];
  // The listening side only: `ssl-default-bind-options` and `bind … ssl …` (not `server` lines or `ssl-default-server-options`).
  for (const m of blankHashComments(text).matchAll(/^[ \t]*(ssl-default-bind-options|bind)[ \t]+([^\n]*)/gm)) {
    if (m[1] === 'bind' && !/(?:^|[ \t])ssl(?:[ \t]|$)/.test(m[2]!)) continue;
    const rest = m[2]!;
    const base = m.index + m[0].length - rest.length;
    for (const t of rest.matchAll(/\bssl-(min|max)-ver[ \t]+(\S+)|\b(force-(?:sslv3|tlsv10|tlsv11))\b/gi)) {
      const weak = t[3] ? HAPROXY_FORCE[t[3].toLowerCase()] : t[1]!.toLowerCase() === 'min' ? HAPROXY_WEAK[t[2]!.toLowerCase()] : (t[2]!.toLowerCase() in HAPROXY_WEAK ? `only ${t[2]} and older` : undefined);
      out.push({ at: base + t.index, what: weak ? `HAProxy ${m[1]} ${t[0]} allows ${weak}` : null, fix: 'Use `ssl-min-ver TLSv1.2` (and no `force-tlsv10`/`force-tlsv11`/`force-sslv3` or low `ssl-max-ver`).' });
    }
  }
  return out;
}

function lighttpdTls(text: string): Judged<number>[] {
  const out: Judged<number>[] = [];
  const bare = blankHashComments(text);
  for (const m of bare.matchAll(/"MinProtocol"[ \t]*=>[ \t]*"([^"\n]*)"/gi)) {
    const weak = LIGHTTPD_WEAK[m[1]!.toLowerCase()];
    out.push({ at: m.index, what: weak ? `lighttpd ssl.openssl.ssl-conf-cmd MinProtocol ${m[1]} allows ${weak}` : null, fix: 'Use `"MinProtocol" => "TLSv1.2"`.' });
  }
  for (const m of bare.matchAll(/\bssl\.use-sslv3[ \t]*=[ \t]*"enable"/g)) out.push({ at: m.index, what: 'lighttpd ssl.use-sslv3 = "enable" allows SSLv3', fix: 'Remove `ssl.use-sslv3` (or set it to "disable").' });
  return out;
}

/** The Terraform settings terraformTls reads (a prefilter; also the resources judged by what they leave out). */
const TF_TLS_RE = /ssl_policy|minimum_protocol_version|security_policy|min(?:imum|imal)?_tls_version|ssl_minimal_tls_version_enforced|policy_attribute|min_protocol_version|AppGwSslPolicy|google_compute_ssl_policy|aws_cloudfront_distribution/;
/**
 * Azure's and Google Cloud's minimum TLS versions as Terraform writes them → what they allow below TLS 1.2 (`weak`, null when they
 * allow nothing below it) and the value to set instead in the same spelling (`strong`): `TLS1_0` (azurerm storage accounts,
 * PostgreSQL/MySQL `ssl_minimal_tls_version_enforced`, whose `TLSEnforcementDisabled` sets no minimum), `1.0` (App Service
 * `site_config`, SQL servers — `Disabled`: no minimum —, Redis, Event Hubs, Service Bus), `TLS10` (Front Door `tls` blocks),
 * `Tls`/`Tls11` (Cosmos DB `minimal_tls_version`), `TLSv1_0` (Application Gateway `ssl_policy`/`ssl_profile` `min_protocol_version`),
 * `TLS_1_0` (`google_compute_ssl_policy`).
 */
const TF_MIN_TLS: Readonly<Record<string, { weak: string | null; strong: string; off?: true }>> = {
  TLS1_0: { weak: 'TLSv1, TLSv1.1', strong: 'TLS1_2' }, TLS1_1: { weak: 'TLSv1.1', strong: 'TLS1_2' }, TLS1_2: { weak: null, strong: 'TLS1_2' }, TLS1_3: { weak: null, strong: 'TLS1_3' },
  TLSEnforcementDisabled: { weak: 'TLSv1, TLSv1.1', strong: 'TLS1_2', off: true },
  '1.0': { weak: 'TLSv1, TLSv1.1', strong: '1.2' }, '1.1': { weak: 'TLSv1.1', strong: '1.2' }, '1.2': { weak: null, strong: '1.2' }, '1.3': { weak: null, strong: '1.3' },
  Disabled: { weak: 'TLSv1, TLSv1.1', strong: '1.2', off: true },
  TLS10: { weak: 'TLSv1, TLSv1.1', strong: 'TLS12' }, TLS12: { weak: null, strong: 'TLS12' }, TLS13: { weak: null, strong: 'TLS13' },
  Tls: { weak: 'TLSv1, TLSv1.1', strong: 'Tls12' }, Tls11: { weak: 'TLSv1.1', strong: 'Tls12' }, Tls12: { weak: null, strong: 'Tls12' },
  TLSv1_0: { weak: 'TLSv1, TLSv1.1', strong: 'TLSv1_2' }, TLSv1_1: { weak: 'TLSv1.1', strong: 'TLSv1_2' }, TLSv1_2: { weak: null, strong: 'TLSv1_2' }, TLSv1_3: { weak: null, strong: 'TLSv1_3' },
  TLS_1_0: { weak: 'TLSv1, TLSv1.1', strong: 'TLS_1_2' }, TLS_1_1: { weak: 'TLSv1.1', strong: 'TLS_1_2' }, TLS_1_2: { weak: null, strong: 'TLS_1_2' }, TLS_1_3: { weak: null, strong: 'TLS_1_3' },
};
/** Azure Application Gateway predefined policies (`ssl_policy { policy_name = … }`) → what they allow below TLS 1.2. */
const APPGW_POLICIES: Readonly<Record<string, string | null>> = { AppGwSslPolicy20150501: 'TLSv1, TLSv1.1', AppGwSslPolicy20170401: 'TLSv1.1', AppGwSslPolicy20170401S: null, AppGwSslPolicy20220101: null, AppGwSslPolicy20220101S: null };
/** Amazon OpenSearch Service / Elasticsearch `tls_security_policy` (`TLSSecurityPolicy`): `Policy-Min-TLS-1-0-2019-07` → what it allows below TLS 1.2. */
const openSearchWeak = (policy: string): string | null | undefined => {
  const m = /^Policy-Min-TLS-1-(\d)-/i.exec(policy);
  return !m ? undefined : m[1] === '0' ? 'TLSv1, TLSv1.1' : m[1] === '1' ? 'TLSv1.1' : null;
};

/** A TLS 1.2 policy per kind of cloud setting, for the finding's own fix (nginx's advice does not fix a load balancer). */
const CLOUD_TLS_FIX = {
  elb: (key: string, yaml = false) => `Set \`${key}${yaml ? ': ELBSecurityPolicy-TLS13-1-2-2021-06' : ' = "ELBSecurityPolicy-TLS13-1-2-2021-06"'}\` (TLS 1.2 and 1.3). Do not just remove it: a listener without a policy gets \`ELBSecurityPolicy-2016-08\`, which allows TLS 1.0.`,
  classicElb: 'Use `Reference-Security-Policy` `ELBSecurityPolicy-TLS-1-2-2017-01` and set `Protocol-TLSv1`, `Protocol-TLSv1.1` and `Protocol-SSLv3` to false.',
  cloudFront: (cfn: boolean) => `Set ${cfn ? '`ViewerCertificate.MinimumProtocolVersion: TLSv1.2_2021`' : '`minimum_protocol_version = "TLSv1.2_2021"` in `viewer_certificate`'} (TLS 1.2 and 1.3). Do not just remove it: with a custom certificate the default is \`TLSv1\`.`,
  apiGateway: (cfn: boolean) => `Set ${cfn ? '`SecurityPolicy: TLS_1_2`' : '`security_policy = "TLS_1_2"`'} on the API Gateway domain name.`,
  samDomain: 'Set `Domain.SecurityPolicy: TLS_1_2` on the API (the custom domain name SAM creates for it).',
  openSearch: (cfn: boolean) => `Set ${cfn ? '`DomainEndpointOptions.TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07`' : '`tls_security_policy = "Policy-Min-TLS-1-2-2019-07"` in `domain_endpoint_options`'} (or \`Policy-Min-TLS-1-2-PFS-2023-10\`).`,
  minimum: (key: string, value: string) => `Set \`${key} = "${value}"\`${key === 'min_tls_version' && value.startsWith('TLS_') ? ' (Google Cloud\'s default is TLS_1_0: leaving it out is no fix)' : ''}.`,
};

/**
 * What a Terraform TLS setting written `key = "value"` allows below TLS 1.2, for a value that reaches it from elsewhere (a
 * variable's default, a `.tfvars` file): `weak` (null when it passes) and the setting as a message names it; undefined when the
 * value is none of the policies and versions terraformTls judges.
 */
export function terraformTlsValue(key: string, value: string): { weak: string | null; setting: string; strong: string } | undefined {
  const v = value.trim();
  if (key === 'ssl_policy' || (key === 'security_policy' && /^ELBSecurityPolicy-/i.test(v))) return /^ELBSecurityPolicy-/i.test(v) ? { weak: elbWeak(v), setting: `load balancer listener ${key} ${v}`, strong: 'ELBSecurityPolicy-TLS13-1-2-2021-06' } : undefined;
  // A module call's own argument for a listener policy (`listener_ssl_policy_default`, `https_ssl_policy`), named as moduleElbPolicies names it.
  if (/ssl_policy/.test(key)) return /^ELBSecurityPolicy-/i.test(v) ? { weak: elbWeak(v), setting: `${key} ${v}`, strong: 'ELBSecurityPolicy-TLS13-1-2-2021-06' } : undefined;
  if (key === 'minimum_protocol_version') return /^(?:SSLv3|TLSv1)/.test(v) ? { weak: CLOUDFRONT_WEAK[v] ?? null, setting: `CloudFront minimum_protocol_version "${v}"`, strong: 'TLSv1.2_2021' } : undefined;
  if (key === 'security_policy') return /^TLS_1_/.test(v) ? { weak: v === 'TLS_1_0' ? 'TLSv1, TLSv1.1' : null, setting: `API Gateway security_policy "${v}"`, strong: 'TLS_1_2' } : undefined;
  if (key === 'tls_security_policy') { const w = openSearchWeak(v); return w === undefined ? undefined : { weak: w, setting: `OpenSearch tls_security_policy "${v}"`, strong: 'Policy-Min-TLS-1-2-2019-07' }; }
  const min = TF_MIN_TLS[v];
  return min ? { weak: min.weak, setting: `${key} "${v}"`, strong: min.strong } : undefined;
}

function terraformTls(text: string): Judged<number>[] {
  const out: Judged<number>[] = [];
  /** The first character of the quoted value in a match `key = "value"` (inside the quotes: where the other Terraform readers place a value). */
  const valueAt = (m: RegExpMatchArray) => m.index! + m[0].indexOf('"') + 1;
  const bare = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[ \t])(?:#|\/\/)[^\n]*/gm, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));
  const tfResource = tfResources(bare);
  for (const m of bare.matchAll(/\b(ssl_policy|minimum_protocol_version|security_policy|tls_security_policy)[ \t]*=[ \t]*"([^"\n]*)"/g)) {
    const [, key, v] = m as unknown as [string, string, string];
    // With CloudFront's default `*.cloudfront.net` certificate the version is CloudFront's, not the team's (only `TLSv1` is accepted).
    if (key === 'minimum_protocol_version' && CLOUDFRONT_WEAK[v] && cloudFrontDefaultCertificate(bare, m.index)) { out.push({ at: valueAt(m), what: null }); continue; }
    if (key === 'tls_security_policy') {
      const weak = openSearchWeak(v);
      if (weak !== undefined) out.push({ at: valueAt(m), what: weak ? `${tfResource(m.index)}tls_security_policy "${v}" allows ${weak}` : null, fix: CLOUD_TLS_FIX.openSearch(false) });
      continue;
    }
    // An ELB policy named as `security_policy` (terraform-aws-modules/alb before v3 took it so) is a load balancer's.
    const elb = key === 'ssl_policy' || (key === 'security_policy' && /^ELBSecurityPolicy-/i.test(v));
    const weak = elb ? elbWeak(v) : key === 'minimum_protocol_version' ? CLOUDFRONT_WEAK[v] : v === 'TLS_1_0' ? 'TLSv1, TLSv1.1' : undefined;
    // A strong policy is judged too (it passes); a value of another resource's `security_policy` is not a TLS policy.
    if (!weak) { if (/^(?:ELBSecurityPolicy-|TLSv1|TLS_1_)/i.test(v)) out.push({ at: valueAt(m), what: null }); continue; }
    const what = elb ? `load balancer ${key === 'ssl_policy' ? 'listener ssl_policy' : 'security_policy'} ${v}` : key === 'minimum_protocol_version' ? `CloudFront minimum_protocol_version "${v}"` : `API Gateway security_policy "${v}"`;
    out.push({ at: valueAt(m), what: `${what} allows ${weak}`, fix: elb ? CLOUD_TLS_FIX.elb(key) : key === 'minimum_protocol_version' ? CLOUD_TLS_FIX.cloudFront(false) : CLOUD_TLS_FIX.apiGateway(false) });
  }
  out.push(...moduleElbPolicies(bare));
  // Azure's and Google Cloud's minimum versions, named with the resource that sets them.
  for (const m of bare.matchAll(/\b(min_tls_version|minimum_tls_version|scm_minimum_tls_version|minimal_tls_version|ssl_minimal_tls_version_enforced|min_protocol_version)[ \t]*=[ \t]*"([^"\n]*)"/g)) {
    const [, key, v] = m as unknown as [string, string, string];
    const min = TF_MIN_TLS[v];
    if (!min) continue;
    out.push({ at: valueAt(m), what: min.weak ? `${tfResource(m.index)}${key} "${v}" ${min.off ? 'sets no minimum: it allows' : 'allows'} ${min.weak}` : null, fix: CLOUD_TLS_FIX.minimum(key, min.strong) });
  }
  // Azure Application Gateway predefined policies.
  for (const m of bare.matchAll(/\bpolicy_name[ \t]*=[ \t]*"(AppGwSslPolicy\w+)"/g)) {
    const weak = APPGW_POLICIES[m[1]!];
    if (weak === undefined) continue;
    out.push({ at: valueAt(m), what: weak ? `${tfResource(m.index)}ssl_policy policy_name "${m[1]}" allows ${weak}` : null, fix: CLOUD_TLS_FIX.minimum('policy_name', 'AppGwSslPolicy20220101S') });
  }
  out.push(...terraformTlsDefaults(bare));
  // A classic ELB's `aws_load_balancer_policy` of `SSLNegotiationPolicyType`: `Reference-Security-Policy` or `Protocol-TLSv1 = true`.
  for (const b of bare.matchAll(/\bpolicy_attribute[ \t]*\{([^{}]*)\}/g)) {
    const name = /\bname[ \t]*=[ \t]*"([^"\n]*)"/.exec(b[1]!)?.[1];
    const value = /\bvalue[ \t]*=[ \t]*"?([^"\n]*?)"?[ \t]*(?:\n|$)/.exec(b[1]!);
    if (!name || !value) continue;
    // At the value (inside its quotes).
    const at = b.index + b[0].length - b[1]!.length - 1 + value.index + /^value[ \t]*=[ \t]*"?/.exec(value[0])![0].length;
    const v = value[1]!.trim();
    if (name === 'Reference-Security-Policy' && /^ELBSecurityPolicy-/i.test(v)) {
      const weak = elbWeak(v);
      out.push({ at, what: weak ? `${tfResource(b.index)}SSL negotiation policy Reference-Security-Policy ${v} allows ${weak}` : null, fix: CLOUD_TLS_FIX.classicElb });
    } else if (CLASSIC_PROTOCOLS[name] && v.toLowerCase() === 'true') out.push({ at, what: `${tfResource(b.index)}SSL negotiation policy ${name} = true enables ${CLASSIC_PROTOCOLS[name]}`, fix: CLOUD_TLS_FIX.classicElb });
  }
  return out;
}

/**
 * Resources whose provider default allows TLS 1.0 when the version is left out: a `google_compute_ssl_policy` without
 * `min_tls_version` (Google Cloud's default is `TLS_1_0`), at the resource, and an `aws_cloudfront_distribution` whose
 * `viewer_certificate` names a custom certificate (`acm_certificate_arn`, `iam_certificate_id`) without `minimum_protocol_version`
 * (the provider's default is `TLSv1`), at the `viewer_certificate` block. A `dynamic "viewer_certificate"` block is computed: not judged.
 */
function terraformTlsDefaults(bare: string): Judged<number>[] {
  const out: Judged<number>[] = [];
  if (!/google_compute_ssl_policy|aws_cloudfront_distribution/.test(bare)) return out;
  for (const block of hclBlocks(bare, 'resource')) {
    const [type, name] = block.labels;
    const head = bare.lastIndexOf('resource', block.start);
    if (type === 'google_compute_ssl_policy' && hclAttribute(bare, block, 'min_tls_version') === undefined) {
      out.push({ at: head, what: `google_compute_ssl_policy '${name ?? '?'}' sets no min_tls_version: Google Cloud's default TLS_1_0 allows TLSv1, TLSv1.1`, fix: CLOUD_TLS_FIX.minimum('min_tls_version', 'TLS_1_2') });
    } else if (type === 'aws_cloudfront_distribution') {
      const body = bare.slice(block.start, block.end);
      const vc = /^([ \t]*)viewer_certificate[ \t]*\{/m.exec(body);
      if (!vc) continue;
      const open = block.start + vc.index + vc[0].length;
      let depth = 1;
      let close = open;
      for (; close < block.end && depth; close++) { if (bare[close] === '{') depth++; else if (bare[close] === '}') depth--; }
      const cert = bare.slice(open, close);
      if (!/^[ \t]*(?:acm_certificate_arn|iam_certificate_id)[ \t]*=/m.test(cert) || /^[ \t]*minimum_protocol_version[ \t]*=/m.test(cert)) continue;
      out.push({ at: block.start + vc.index + vc[1]!.length, what: `aws_cloudfront_distribution '${name ?? '?'}' viewer_certificate with a custom certificate sets no minimum_protocol_version: the default TLSv1 allows TLSv1, TLSv1.1`, fix: CLOUD_TLS_FIX.cloudFront(false) });
    }
  }
  return out;
}

/**
 * Load balancer policies a `module` call passes under a name of its own (an argument named `…ssl_policy…` other than `ssl_policy`,
 * which terraformTls reads wherever it is) naming an ELB security policy: terraform-aws-modules/alb v3–v8
 * `listener_ssl_policy_default` (the policy of every `https_listeners` entry without its own `ssl_policy`), cloudposse/alb
 * `https_ssl_policy`, cloudposse/nlb `tls_ssl_policy`, terraform-aws-modules/atlantis `alb_listener_ssl_policy_default`, and an
 * in-house module's argument alike, at the argument. A module's own default when the call sets none is not judged (as a
 * listener naming no policy is not). A policy the call creates no listener for is an aside (a note): see unusedModulePolicy.
 */
function moduleElbPolicies(bare: string): Judged<number>[] {
  const out: Judged<number>[] = [];
  if (!bare.includes('module')) return out;
  for (const block of hclBlocks(bare, 'module')) {
    const body = bare.slice(block.start, block.end);
    if (!/ssl_policy/.test(body)) continue;
    for (const m of body.matchAll(/^[ \t]*([A-Za-z_][\w-]*ssl_policy[\w-]*)[ \t]*=[ \t]*/gm)) {
      const name = m[1]!;
      if (name === 'ssl_policy') continue;
      const attr = hclAttribute(bare, block, name);
      const v = attr?.value?.trim();
      // Only the argument written directly in the call (hclAttribute's; a key of a nested map is another setting).
      if (!attr || attr.at !== block.start + m.index + m[0].length || !v || !/^ELBSecurityPolicy-/i.test(v)) continue;
      // At the value, inside its quotes.
      const at = attr.at + 1;
      const weak = elbWeak(v);
      if (!weak) { out.push({ at, what: null }); continue; }
      const aside = unusedModulePolicy(bare, block, name);
      out.push({ at, what: `module '${block.labels[0] ?? '?'}' ${name} ${v} allows ${weak}`, fix: CLOUD_TLS_FIX.elb(name), ...(aside ? { aside } : {}) });
    }
  }
  return out;
}

/** terraform-aws-modules/alb (registry `terraform-aws-modules/alb/aws` or its Git repository) and cloudposse/alb, cloudposse/nlb. */
const TFAM_ALB_SOURCE = /\bterraform-aws-modules\/(?:terraform-aws-)?alb(?:\/aws\b|\.git\b|[/?]|$)/i;
const CLOUDPOSSE_LB_SOURCE = /\bcloudposse\/(?:terraform-aws-)?[an]lb(?:\/aws\b|\.git\b|[/?]|$)/i;

/**
 * Why a module call's own policy argument applies to no listener the call creates, or undefined when one may take it (then it is
 * judged): cloudposse/alb `https_ssl_policy` and cloudposse/nlb `tls_ssl_policy` serve only the listener `https_enabled` /
 * `tls_enabled` creates, off unless set (so a call of those modules that does not set it, or any call setting it to `false`);
 * terraform-aws-modules/alb v3–v8 `listener_ssl_policy_default` serves the `https_listeners` entries without their own
 * `ssl_policy` (a literal list whose every entry names one, or none at all: that module's `https_listeners` defaults to none; a
 * `listeners` map written the v9 way: its `HTTPS`/`TLS` entries). Listeners Terraform computes (`https_listeners =
 * local.listeners`) may take it, as may those an in-house module creates when the call passes no list.
 */
export function unusedModulePolicy(bare: string, block: HclBlock, name: string): string | undefined {
  const source = hclAttribute(bare, block, 'source')?.value ?? '';
  const flag = /^(https|tls)_ssl_policy$/.exec(name)?.[1];
  if (flag) {
    const arg = `${flag}_enabled`;
    const on = hclAttribute(bare, block, arg) ? hclArgument(bare, block, arg)?.value : undefined;
    if (on === false || on === 'false') return `${arg} is false: the module call creates no ${flag.toUpperCase()} listener this policy applies to`;
    if (!hclAttribute(bare, block, arg) && CLOUDPOSSE_LB_SOURCE.test(source)) return `${arg} is not set and the module's default is false: the module call creates no ${flag.toUpperCase()} listener this policy applies to`;
    return undefined;
  }
  if (name !== 'listener_ssl_policy_default') return undefined;
  const own = (l: unknown) => isObject(l) && 'ssl_policy' in l;
  const https = hclAttribute(bare, block, 'https_listeners') ? hclArgument(bare, block, 'https_listeners') : null;
  const listeners = hclAttribute(bare, block, 'listeners') ? hclArgument(bare, block, 'listeners') : null;
  if (https === undefined || listeners === undefined) return undefined;
  if (https) {
    const v = https.value;
    if (!Array.isArray(v) || !v.every(own)) return undefined;
  }
  if (listeners) {
    const v = listeners.value;
    const entries = Array.isArray(v) ? v : isObject(v) ? Object.values(v) : null;
    // An entry whose protocol is not a literal other than HTTPS/TLS (HTTP, TCP, UDP) may be a TLS listener.
    const tls = (l: unknown) => !isObject(l) || typeof l['protocol'] !== 'string' || /^(?:HTTPS|TLS)$/i.test(l['protocol']);
    if (!entries || !entries.filter(tls).every(own)) return undefined;
  }
  if (!https && !listeners && !TFAM_ALB_SOURCE.test(source)) return undefined;
  if (https && (https.value as unknown[]).length && !listeners) return 'every entry of the module call\'s https_listeners names its own ssl_policy: this default applies to none of them';
  const why = !https && !listeners ? 'the module call passes no https_listeners and the module creates none by default'
    : listeners ? 'no HTTPS or TLS entry of the module call\'s listeners goes without its own ssl_policy' : 'the module call\'s https_listeners is empty';
  return `${why}: this default applies to no listener`;
}

/**
 * Whether the block holding the setting at `offset` (a `viewer_certificate { … }`) uses CloudFront's default certificate:
 * `cloudfront_default_certificate = true` and no custom certificate (`acm_certificate_arn`, `iam_certificate_id`). CloudFront then
 * serves `*.cloudfront.net` with its own policy and accepts only `minimum_protocol_version = "TLSv1"` (tfsec and KICS do not judge it).
 */
export function cloudFrontDefaultCertificate(text: string, offset: number): boolean {
  let open = -1;
  for (let i = offset, depth = 0; i >= 0 && offset - i < 4000; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) { open = i; break; }
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = open + 1, depth = 0; i < text.length && i - open < 4000; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) { close = i; break; }
  }
  const block = text.slice(open, close < 0 ? offset : close);
  return /\bcloudfront_default_certificate[ \t]*=[ \t]*true\b/.test(block) && !/\b(?:acm_certificate_arn|iam_certificate_id)[ \t]*=/.test(block);
}

/** The Terraform resource a setting at an offset of `text` belongs to, for a message (`azurerm_storage_account 'data' `): the last `resource` block opened before it (the headers found once per file). */
function tfResources(text: string): (offset: number) => string {
  let heads: { end: number; name: string }[] | undefined;
  return (offset) => {
    heads ??= [...text.matchAll(/^[ \t]*resource[ \t]+"([\w-]+)"[ \t]+"([\w-]+)"/gm)].map((m) => ({ end: m.index + m[0].length, name: `${m[1]} '${m[2]}' ` }));
    let found = '';
    for (const h of heads) { if (h.end > offset) break; found = h.name; }
    return found;
  };
}

/** A CloudFormation template with a resource whose TLS policy cfnTls reads (YAML `Type: AWS::…`, JSON `"Type": "AWS::…"`). */
export const CFN_TLS_RE = /AWS::(?:ElasticLoadBalancingV2::Listener|ElasticLoadBalancing::LoadBalancer|CloudFront::Distribution|ApiGateway(?:V2)?::DomainName|OpenSearchService::Domain|Elasticsearch::Domain)\b/;
/** Whether `text` (a whole file or a large file's first chunk) may be a CloudFormation template declaring such a resource. */
const cfnTlsText = (file: string, text: string) => (CFN_TLS_RE.test(text) || samDomainText(text)) && (/\.ya?ml$/i.test(file) || /"Type"\s*:\s*"AWS::/.test(text));
/**
 * A SAM template whose APIs may set a custom domain's policy: a `SecurityPolicy` key and an `AWS::Serverless::Api`/`HttpApi`, or an
 * `AWS::Serverless::Function` with `Globals` (its `Api`/`HttpApi` events make SAM create an implicit API, which takes `Globals.Api`/`Globals.HttpApi`).
 */
const samDomainText = (text: string) => text.includes('SecurityPolicy') && (/AWS::Serverless::(?:Http)?Api\b/.test(text) || (/AWS::Serverless::Function\b/.test(text) && /\bGlobals\b/.test(text)));
/** Classic Load Balancer SSL negotiation policy attributes that enable an old protocol (`Protocol-TLSv1: true`). */
const CLASSIC_PROTOCOLS: Readonly<Record<string, string>> = { 'Protocol-SSLv2': 'SSLv2', 'Protocol-SSLv3': 'SSLv3', 'Protocol-TLSv1': 'TLSv1', 'Protocol-TLSv1.1': 'TLSv1.1' };

/**
 * CloudFormation resources' TLS policies, as the Terraform reader judges them: `AWS::ElasticLoadBalancingV2::Listener`
 * `SslPolicy`, `AWS::ElasticLoadBalancing::LoadBalancer` `Policies` of `SSLNegotiationPolicyType` (`Reference-Security-Policy`,
 * or `Protocol-TLSv1`/`-TLSv1.1`/`-SSLv3` set to true), `AWS::CloudFront::Distribution` `ViewerCertificate.MinimumProtocolVersion`,
 * `AWS::ApiGateway::DomainName` `SecurityPolicy` and `AWS::ApiGatewayV2::DomainName` `DomainNameConfigurations[].SecurityPolicy`.
 * A value written with an intrinsic function (`!Ref`, `!Sub`, `!If`, `{ "Ref": … }`) is a reference, not judged.
 */
function cfnTls(tree: Tree): { path: YamlPath; what: string; fix: string }[] {
  const out: { path: YamlPath; what: string; fix: string }[] = [];
  const resources = isObject(tree.value) ? tree.value['Resources'] : undefined;
  if (!isObject(resources)) return out;
  /** The literal string at `path` (not an intrinsic function's object or a tagged `!Ref`/`!Sub` scalar), trimmed. */
  const literal = (path: YamlPath, v: unknown): string | null => {
    if (typeof v !== 'string') return null;
    const tag = tree.tag?.(path) ?? null;
    return tag && !tag.startsWith('!!') && tag !== 'tag:yaml.org,2002:str' ? null : v.trim();
  };
  for (const [id, r] of Object.entries(resources)) {
    if (!isObject(r) || typeof r['Type'] !== 'string' || !isObject(r['Properties'])) continue;
    const props = r['Properties'];
    const base: YamlPath = ['Resources', id, 'Properties'];
    const type = r['Type'];
    if (type === 'AWS::ElasticLoadBalancingV2::Listener') {
      const v = literal([...base, 'SslPolicy'], props['SslPolicy']);
      const weak = v ? elbWeak(v) : null;
      if (weak) out.push({ path: [...base, 'SslPolicy'], what: `CloudFormation listener '${id}' SslPolicy ${v} allows ${weak}`, fix: CLOUD_TLS_FIX.elb('SslPolicy', true) });
    } else if (type === 'AWS::ElasticLoadBalancing::LoadBalancer' && Array.isArray(props['Policies'])) {
      props['Policies'].forEach((p, i) => {
        if (!isObject(p) || p['PolicyType'] !== 'SSLNegotiationPolicyType' || !Array.isArray(p['Attributes'])) return;
        const name = typeof p['PolicyName'] === 'string' ? ` '${p['PolicyName']}'` : '';
        p['Attributes'].forEach((a, j) => {
          if (!isObject(a) || typeof a['Name'] !== 'string') return;
          const at: YamlPath = [...base, 'Policies', i, 'Attributes', j, 'Value'];
          const value = a['Value'];
          const v = typeof value === 'boolean' ? String(value) : literal(at, value);
          if (a['Name'] === 'Reference-Security-Policy' && v && elbWeak(v)) {
            out.push({ path: at, what: `CloudFormation load balancer '${id}' SSL negotiation policy${name} Reference-Security-Policy ${v} allows ${elbWeak(v)}`, fix: CLOUD_TLS_FIX.classicElb });
          } else if (CLASSIC_PROTOCOLS[a['Name']] && v?.toLowerCase() === 'true') {
            out.push({ path: at, what: `CloudFormation load balancer '${id}' SSL negotiation policy${name} enables ${CLASSIC_PROTOCOLS[a['Name']]} (${a['Name']}: true)`, fix: CLOUD_TLS_FIX.classicElb });
          }
        });
      });
    } else if (type === 'AWS::CloudFront::Distribution') {
      const config = props['DistributionConfig'];
      const cert = isObject(config) ? config['ViewerCertificate'] : undefined;
      const at: YamlPath = [...base, 'DistributionConfig', 'ViewerCertificate', 'MinimumProtocolVersion'];
      const v = isObject(cert) ? literal(at, cert['MinimumProtocolVersion']) : null;
      // CloudFront's default certificate: the version is CloudFront's (as in Terraform, cloudFrontDefaultCertificate).
      const defaultCert = isObject(cert) && String(cert['CloudFrontDefaultCertificate']).toLowerCase() === 'true' && cert['AcmCertificateArn'] === undefined && cert['IamCertificateId'] === undefined;
      if (v && CLOUDFRONT_WEAK[v] && !defaultCert) out.push({ path: at, what: `CloudFront distribution '${id}' MinimumProtocolVersion ${v} allows ${CLOUDFRONT_WEAK[v]}`, fix: CLOUD_TLS_FIX.cloudFront(true) });
    } else if (type === 'AWS::ApiGateway::DomainName') {
      const v = literal([...base, 'SecurityPolicy'], props['SecurityPolicy']);
      if (v === 'TLS_1_0') out.push({ path: [...base, 'SecurityPolicy'], what: `API Gateway domain name '${id}' SecurityPolicy TLS_1_0 allows TLSv1, TLSv1.1`, fix: CLOUD_TLS_FIX.apiGateway(true) });
    } else if (type === 'AWS::ApiGatewayV2::DomainName' && Array.isArray(props['DomainNameConfigurations'])) {
      props['DomainNameConfigurations'].forEach((c, i) => {
        const at: YamlPath = [...base, 'DomainNameConfigurations', i, 'SecurityPolicy'];
        if (isObject(c) && literal(at, c['SecurityPolicy']) === 'TLS_1_0') out.push({ path: at, what: `API Gateway domain name '${id}' SecurityPolicy TLS_1_0 allows TLSv1, TLSv1.1`, fix: CLOUD_TLS_FIX.apiGateway(true) });
      });
    } else if ((type === 'AWS::Serverless::Api' || type === 'AWS::Serverless::HttpApi') && isObject(props['Domain'])) {
      // SAM's `Domain` property: the `AWS::ApiGateway(V2)::DomainName` SAM generates for the API, with this policy.
      const at: YamlPath = [...base, 'Domain', 'SecurityPolicy'];
      if (literal(at, props['Domain']['SecurityPolicy']) === 'TLS_1_0') out.push({ path: at, what: `SAM ${SAM_APIS[type]!.label} '${id}' Domain.SecurityPolicy TLS_1_0 allows TLSv1, TLSv1.1`, fix: CLOUD_TLS_FIX.samDomain });
    } else if ((type === 'AWS::OpenSearchService::Domain' || type === 'AWS::Elasticsearch::Domain') && isObject(props['DomainEndpointOptions'])) {
      const at: YamlPath = [...base, 'DomainEndpointOptions', 'TLSSecurityPolicy'];
      const v = literal(at, props['DomainEndpointOptions']['TLSSecurityPolicy']);
      const weak = v ? openSearchWeak(v) : undefined;
      if (weak) out.push({ path: at, what: `${type === 'AWS::Elasticsearch::Domain' ? 'Elasticsearch' : 'OpenSearch'} domain '${id}' TLSSecurityPolicy ${v} allows ${weak}`, fix: CLOUD_TLS_FIX.openSearch(true) });
    }
  }
  out.push(...samGlobalDomains(tree, resources, literal));
  return out;
}

/** SAM's API resource types → how a message names them, their `Globals` section and the function event type that makes SAM create an implicit API of that type. */
const SAM_APIS: Readonly<Record<string, { label: string; globals: string; event: string; ref: string }>> = {
  'AWS::Serverless::Api': { label: 'API', globals: 'Api', event: 'Api', ref: 'RestApiId' },
  'AWS::Serverless::HttpApi': { label: 'HTTP API', globals: 'HttpApi', event: 'HttpApi', ref: 'ApiId' },
};

/**
 * SAM `Globals.Api.Domain.SecurityPolicy` / `Globals.HttpApi.Domain.SecurityPolicy: TLS_1_0`, at the value, when some API takes it:
 * an `AWS::Serverless::Api` (`HttpApi`) whose own `Domain` does not set `SecurityPolicy` (SAM merges the Globals' map under the
 * resource's), or the implicit API SAM creates for the functions' `Api` (`HttpApi`) events that name no API of their own.
 */
function samGlobalDomains(tree: Tree, resources: Record<string, unknown>, literal: (path: YamlPath, v: unknown) => string | null): { path: YamlPath; what: string; fix: string }[] {
  const out: { path: YamlPath; what: string; fix: string }[] = [];
  const globals = isObject(tree.value) ? tree.value['Globals'] : undefined;
  if (!isObject(globals)) return out;
  for (const [type, sam] of Object.entries(SAM_APIS)) {
    const section = globals[sam.globals];
    const domain = isObject(section) ? section['Domain'] : undefined;
    const at: YamlPath = ['Globals', sam.globals, 'Domain', 'SecurityPolicy'];
    if (!isObject(domain) || literal(at, domain['SecurityPolicy']) !== 'TLS_1_0') continue;
    const takers = Object.entries(resources).filter(([, r]) => {
      if (!isObject(r) || r['Type'] !== type) return false;
      const own = isObject(r['Properties']) ? r['Properties']['Domain'] : undefined;
      return !(isObject(own) && 'SecurityPolicy' in own);
    }).map(([id]) => `'${id}'`);
    const implicit = Object.values(resources).some((r) => {
      const events = isObject(r) && r['Type'] === 'AWS::Serverless::Function' && isObject(r['Properties']) ? r['Properties']['Events'] : undefined;
      return isObject(events) && Object.values(events).some((e) => isObject(e) && e['Type'] === sam.event && !(isObject(e['Properties']) && e['Properties'][sam.ref] !== undefined));
    });
    if (!takers.length && !implicit) continue;
    const names = [...(takers.length > 3 ? [...takers.slice(0, 3), `${takers.length - 3} more`] : takers), ...(implicit ? [`the implicit ${sam.label} of the functions' ${sam.event} events`] : [])];
    const list = andList(names);
    out.push({ path: at, what: `SAM Globals.${sam.globals} Domain.SecurityPolicy TLS_1_0 (taken by ${list}) allows TLSv1, TLSv1.1`, fix: CLOUD_TLS_FIX.samDomain });
  }
  return out;
}

/** Whether a CloudFormation template declares a resource whose TLS policy cfnTls judges (what makes the TLS item apply to it, pass or fail). */
export const hasCfnTlsResource = (snapshot: SnapshotView): boolean => snapshot.files.some((f) => /\.(?:ya?ml|json)$/i.test(f) && !isTestFile(f) && (CFN_TLS_RE.test(snapshot.text(f) ?? '') || samDomainText(snapshot.text(f) ?? ''))
  && trees(snapshot, f).some((t) => cfnTemplate(f, t) !== null));

/** Weak TLS settings of the front servers, load balancers and CDNs this module reads, at the value's line. */
export const frontTls = (snapshot: SnapshotView): FrontTlsHit[] => frontTlsRead(snapshot).hits;
/** Whether any file sets a TLS version or policy these readers judge, weak or not (a strong setting alone is something judged: the item passes). */
export const frontTlsJudged = (snapshot: SnapshotView): boolean => frontTlsRead(snapshot).judged;

interface FrontTlsHit {
  file: string; line: number; column: number; what: string; dev: boolean;
  /** Why the weak setting deploys to no listener (a module's default every listener overrides): a note saying so. */
  aside?: string;
  /** A Helm chart's `values.yaml` setting that a production values file of the chart (`values-production.yaml`) overrides with a value that passes: that file. */
  overriddenBy?: string;
  /** The finding's own fix: the setting to use in this server's or cloud resource's terms. */
  fix?: string;
}

/**
 * The production values files of a chart whose `values.yaml` is `file` (`values-production.yaml`, `values.prod.yaml` beside it and
 * `Chart.yaml`), each with what treeTls judged there by path: what production installs over `values.yaml`.
 */
function productionValues(snapshot: SnapshotView, file: string): { file: string; judged: Map<string, string | null> }[] {
  if (!/^values\.ya?ml$/i.test(basename(file))) return [];
  const dir = dirname(file);
  const prefix = dir ? `${dir}/` : '';
  if (!snapshot.files.includes(`${prefix}Chart.yaml`)) return [];
  return snapshot.files.filter((f) => f !== file && dirname(f) === dir && /\.ya?ml$/i.test(f) && PROD_VALUES.test(basename(f)) && readable(f)).map((f) => ({
    file: f,
    judged: new Map(trees(snapshot, f).slice(0, 1).flatMap((t) => treeTls(t)).map((j) => [JSON.stringify(j.at), j.what])),
  }));
}

const frontTlsRead = perView(function frontTlsRead(snapshot: SnapshotView): { hits: FrontTlsHit[]; judged: boolean } {
  const out: FrontTlsHit[] = [];
  let judged = false;
  const nginx = new Set(snapshot.nginxFiles());
  for (const file of snapshot.files) {
    // The file name first (a cheap test), then whether the file is the deployment's.
    // A CloudFormation template named as CloudFormation names them (`stack.template.yaml`) is what deploys: read, as CloudFormation only.
    if (!TLS_FILE_RE.test(file) && !isCaddyfile(file)) continue;
    const cfnNamed = isCfnNamed(file);
    const plain = readable(file);
    if (!(plain || (cfnNamed && !isTestFile(file)))) continue;
    const dev = isDevOnly(file);
    let found: Judged<number>[] = [];
    if (/\.(?:ya?ml|json)$/i.test(file)) {
      const text = snapshot.text(file);
      // A CloudFormation template too large to read (its first chunk declares a resource cfnTls judges): said in a note.
      const head = text === undefined ? firstChunk(snapshot.chunks(file)) : undefined;
      if (head !== undefined && cfnTlsText(file, head)) snapshot.noteLarge(file, 'a CloudFormation template');
      const settings = text !== undefined && plain && TREE_TLS.test(text);
      const cfn = text !== undefined && cfnTlsText(file, text);
      if (!settings && !cfn) continue;
      let production: ReturnType<typeof productionValues> | undefined;
      for (const tree of trees(snapshot, file)) {
        // The CloudFormation template the document holds: itself, or a serverless.yml's `resources` (raw CloudFormation).
        const template = cfn ? cfnTemplate(file, tree) : null;
        for (const h of [...(template ? cfnTls(template).map((c) => ({ at: c.path, what: c.what, fix: c.fix, values: false, in: template })) : []), ...(settings ? treeTls(tree).map((j) => ({ ...j, values: true, in: tree })) : [])]) {
          judged = true;
          if (h.what === null) continue;
          const at = h.in.loc(h.at) ?? { line: 1, column: 1 };
          // A chart's values.yaml setting a production values file overrides with one that passes (as resource-limits reads them).
          production ??= h.values ? productionValues(snapshot, file) : [];
          const id = JSON.stringify(h.at);
          const by = h.values ? production.find((p) => p.judged.has(id) && p.judged.get(id) === null) : undefined;
          out.push({ file, line: at.line, column: at.column, what: h.what, dev, ...(by ? { overriddenBy: by.file } : {}), ...(h.fix ? { fix: h.fix } : {}) });
        }
      }
      continue;
    }
    const text = /\.(?:toml|tf|tofu|cfg|conf)$/i.test(file) || isCaddyfile(file) ? snapshot.text(file) : undefined;
    if (text === undefined && isTerraformSource(file)) {
      // Too large to read: said in a note when it sets a policy the Terraform reader judges.
      for (const chunk of snapshot.chunks(file) ?? []) if (TF_TLS_RE.test(chunk.text)) { snapshot.noteLarge(file, 'a Terraform file'); break; }
    }
    if (text === undefined) continue;
    if (/\.toml$/i.test(file)) {
      if (!text.includes('minVersion')) continue;
      for (const e of tomlEntries(snapshot.lines(file) ?? [])) {
        if (e.key !== 'minVersion' || !/^version(?:tls1[0-3]|ssl30)$/i.test(e.value)) continue;
        judged = true;
        const weak = TRAEFIK_WEAK[e.value.toLowerCase()];
        if (weak) out.push({ file, line: e.line, column: e.column, what: `Traefik TLS option ${e.section ? `${e.section}.` : ''}minVersion = "${e.value}" allows ${weak}`, dev, fix: 'Set the TLS option\'s `minVersion = "VersionTLS12"`.' });
      }
      continue;
    }
    if (isCaddyfile(file)) found = /protocols/.test(text) ? caddyTls(text) : [];
    else if (isTerraformSource(file)) found = TF_TLS_RE.test(text) ? terraformTls(text) : [];
    else if (isHaproxyCandidate(file)) found = /ssl-(?:min|max)-ver|force-(?:sslv3|tlsv1)/i.test(text) && HAPROXY_SECTION.test(text) ? haproxyTls(text) : [];
    else if (isLighttpdCandidate(file) && !nginx.has(file)) found = LIGHTTPD.test(text) ? lighttpdTls(text) : [];
    for (const h of found) {
      judged = true;
      if (h.what !== null) out.push({ file, ...lineColumnAt(text, h.at), what: h.what, dev, ...(h.aside ? { aside: h.aside } : {}), ...(h.fix ? { fix: h.fix } : {}) });
    }
  }
  // Terragrunt: the inputs a configuration gives a module from outside the repository (`tfr:///…`, `git::…`) are that module call's
  // arguments, judged as a `.tf` module call's literals are; inputs that reach a module of the repository are judged where the
  // module uses them (terraform-vars), so a file of both kinds (a shared `_envcommon` include) is read there only.
  const tg = terragruntConfigs(snapshot);
  const local = new Set(tg.filter((c) => c.source?.kind === 'local').flatMap((c) => c.inputs.map((i) => i.file)));
  const remote = new Map(tg.filter((c) => c.source?.kind === 'remote').flatMap((c) => c.inputs.map((i) => [i.file, i.text] as const)));
  for (const [file, text] of remote) {
    if (local.has(file) || !TF_TLS_RE.test(text)) continue;
    for (const h of terraformTls(text)) {
      judged = true;
      if (h.what !== null) out.push({ file, ...lineColumnAt(text, h.at), what: h.what, dev: isDevOnly(file), ...(h.aside ? { aside: h.aside } : {}), ...(h.fix ? { fix: h.fix } : {}) });
    }
  }
  return { hits: out, judged };
});

// ---------------------------------------------------------------------------------------------------------------
// CORS

/** Origin patterns (regexes, or `*` where a list takes one) that match any origin: here and in the application libraries' readers (cors-wildcard). */
export const ANY_REGEX: ReadonlySet<string> = new Set(['*', '.*', '^.*$', '.+', '^.+$', '(.*)', '^(.*)$']);
/** Origins no allow-list admits: a regex that matches both matches any origin (`.*`, `^https?://.*$`, `.+`, `(.*)`). */
const FOREIGN_ORIGINS = ['https://evil.invalid', 'http://attacker.test:8080'];
/** Sites an attacker may run over one scheme: a regex that matches all of one scheme's admits every site over it (`^https://.*$`, `^https://[^/]+$`). */
const FOREIGN_BY_SCHEME = [['https://evil.invalid', 'https://attacker-site.test'], ['http://evil.invalid', 'http://attacker-site.test']];
/** How a library applies an origin regex: a match anywhere (JS `test`, Ruby `=~`, PCRE), from the start (Python `re.match`), or of the whole origin (`re.fullmatch`, Java `matches`, Envoy). */
export type RegexMatch = 'search' | 'start' | 'full';
/** What an origin regex admits: `any` origin, every site over one `scheme` (`^https://.*$`: any https page an attacker serves), or null (an allow-list). */
export type RegexReach = 'any' | 'scheme' | null;
/**
 * Python's and Ruby's regex syntax as JavaScript reads it: `\A`/`\z`/`\Z` anchors, a leading `(?i)`, `(?P<name>…)` and `(?P=name)`.
 * Null when it uses what JavaScript cannot read the same way (other inline flags, possessive or atomic groups).
 */
function jsRegex(pattern: string): { source: string; caseless: boolean } | null {
  let source = pattern;
  let caseless = false;
  const flags = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (flags) { if (/[^i]/.test(flags[1]!)) return null; caseless = true; source = source.slice(flags[0].length); }
  if (/\(\?>|[*+?}]\+|\(\?[a-z-]+[:)]/.test(source.replace(/\\./g, ''))) return null;
  source = source.replace(/\\A|\\[zZ]|\\.|\(\?P<|\(\?P=(\w+)\)/g, (t, name: string | undefined) => t === '\\A' ? '^' : /^\\[zZ]$/.test(t) ? '$' : t === '(?P<' ? '(?<' : name ? `\\k<${name}>` : t);
  return { source, caseless };
}
/**
 * What an origin regex admits ({@link RegexReach}), whatever library or server applies it: one shared judgement. Each of
 * ANY_REGEX is `any`; otherwise the regex (PCRE as nginx and Apache read it, Go's as Traefik reads it, Python's and Ruby's
 * translated by jsRegex) is tried, as JavaScript, on origins no allow-list admits. One JavaScript cannot read is taken as an allow-list.
 */
export function originRegexReach(pattern: string, opts: { caseless?: boolean; match?: RegexMatch } = {}): RegexReach {
  if (ANY_REGEX.has(pattern)) return 'any';
  const js = jsRegex(pattern);
  if (!js) return null;
  const match = opts.match ?? 'search';
  try {
    const re = new RegExp(match === 'full' ? `^(?:${js.source})$` : match === 'start' ? `^(?:${js.source})` : js.source, opts.caseless || js.caseless ? 'i' : '');
    if (FOREIGN_ORIGINS.every((o) => re.test(o))) return 'any';
    return FOREIGN_BY_SCHEME.some((list) => list.every((o) => re.test(o))) ? 'scheme' : null;
  } catch { return null; }
}
/** What a finding says a regex admits: `any origin`, or for `scheme` every site over one scheme, which an attacker serves as easily. */
export const reachWords = (reach: RegexReach): string => (reach === 'scheme' ? 'every site over its scheme (any origin an attacker serves over it)' : 'any origin');
/**
 * Whether a regex admits any origin, or every site over one scheme (an attacker serves a page over https as easily): see
 * originRegexReach. `full`: the regex must match the whole origin (Envoy and Istio), not a part of it.
 */
export function matchesAnyOrigin(pattern: string, caseless: boolean, full = false): boolean {
  return originRegexReach(pattern, { caseless, match: full ? 'full' : 'search' }) !== null;
}
/** An origin regex that admits any origin: one of ANY_REGEX, or one that matches origins no allow-list admits (`^https?://.*$`). */
const anyOriginRegex = (r: string, full = false) => matchesAnyOrigin(r, false, full);
const NGINX_INGRESS = 'nginx.ingress.kubernetes.io/';
const CONTROLLER_SNIPPETS = new Set(['server-snippet', 'location-snippet', 'http-snippet']);
/** A trimmed nginx snippet line that sends `Access-Control-Allow-Origin *` (`add_header`, `more_set_headers`): ingress-nginx snippets, here and in the Ingress annotations. */
export const SNIPPET_STAR = /^(?:add_header\s+["']?access-control-allow-origin["']?\s+["']?\*["']?|more_set_headers\s+(?:-\S+\s+)*["']access-control-allow-origin:\s*\*["'])(?:\s|;|$)/i;
const TREE_CORS = /accessControlAllowOriginList|corsPolicy|allow_origin_string_match|enable-cors|-snippet/i;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? v.split(',') : []).map((s) => s.trim());
const keyNamed = (obj: Record<string, unknown>, name: string): [string, unknown] | null => {
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === name) return [k, v];
  return null;
};
/**
 * An Envoy/Istio StringMatch that matches any origin: `exact: "*"` (Envoy treats it as any), a `prefix` that is only a
 * scheme (`https://`, `http`, empty: every origin of it), or an any-origin regex.
 */
const anyMatch = (m: unknown): boolean => isObject(m) && (m['exact'] === '*' || (typeof m['prefix'] === 'string' && /^(?:https?(?::\/\/)?)?$/i.test(m['prefix'].trim()))
  || (typeof m['regex'] === 'string' && anyOriginRegex(m['regex'], true))
  || (isObject(m['safe_regex']) && typeof m['safe_regex']['regex'] === 'string' && anyOriginRegex(m['safe_regex']['regex'], true)));

interface TreeCorsHit { path: YamlPath; what: string; credentials: boolean; reflected: boolean; snippet?: string }

function treeCors(tree: Tree): TreeCorsHit[] {
  const out: TreeCorsHit[] = [];
  const root = tree.value;
  const manifest = isObject(root) && typeof root['apiVersion'] === 'string' && typeof root['kind'] === 'string';
  walk(root, (key, value, path, parent) => {
    const lower = key.toLowerCase();
    if (lower === 'accesscontrolalloworiginlist' && strings(value).includes('*')) {
      // Traefik answers a `*` entry with the literal `*` (browsers then send no credentials).
      out.push({ path, what: `Traefik headers middleware ${key} ["*"] allows any origin`, credentials: false, reflected: false });
    } else if (lower === 'accesscontrolalloworiginlistregex' && strings(value).some((r) => anyOriginRegex(r))) {
      const cred = keyNamed(parent, 'accesscontrolallowcredentials');
      out.push({ path, what: `Traefik headers middleware ${key} matching any origin reflects it`, credentials: cred?.[1] === true || cred?.[1] === 'true', reflected: true });
    } else if (key === 'corsPolicy' && isObject(value)) {
      // Istio VirtualService: Envoy answers a matching origin with that origin.
      const credentials = value['allowCredentials'] === true;
      const list = Array.isArray(value['allowOrigins']) ? value['allowOrigins'] : [];
      const i = list.findIndex(anyMatch);
      const legacy = strings(value['allowOrigin']).includes('*');
      if (i >= 0) out.push({ path: [...path, 'allowOrigins', i], what: 'Istio VirtualService corsPolicy allowOrigins matching any origin reflects it', credentials, reflected: true });
      else if (legacy) out.push({ path: [...path, 'allowOrigin'], what: 'Istio VirtualService corsPolicy allowOrigin ["*"] reflects any origin', credentials, reflected: true });
    } else if (key === 'allow_origin_string_match' && Array.isArray(value)) {
      const i = value.findIndex(anyMatch);
      if (i >= 0) out.push({ path: [...path, i], what: 'Envoy cors allow_origin_string_match matching any origin reflects it', credentials: parent['allow_credentials'] === true, reflected: true });
    } else if (!manifest && key === 'annotations' && isObject(value)) {
      // Helm chart values: `ingress.annotations` the chart copies onto its Ingress (an Ingress manifest is read by the check itself).
      const enable = value[`${NGINX_INGRESS}enable-cors`];
      if (String(enable).trim().toLowerCase() !== 'true') return;
      const origin = value[`${NGINX_INGRESS}cors-allow-origin`];
      if (origin === undefined || (typeof origin === 'string' && origin.trim() === '*')) {
        const k = origin === undefined ? 'enable-cors' : 'cors-allow-origin';
        out.push({ path: [...path, `${NGINX_INGRESS}${k}`], what: origin === undefined ? `Helm values ${dotted(path)} ingress-nginx enable-cors without cors-allow-origin allows any origin (the default is *)` : `Helm values ${dotted(path)} ingress-nginx cors-allow-origin "*" allows any origin`, credentials: false, reflected: false });
      }
    } else if (CONTROLLER_SNIPPETS.has(key) && typeof value === 'string'
      && ((manifest && root['kind'] === 'ConfigMap' && path.length === 2 && path[0] === 'data') || (path.at(-2) === 'config' && path.at(-3) === 'controller'))) {
      // The ingress-nginx controller's ConfigMap (or the Helm values' `controller.config`): snippets added to every server/location.
      for (const raw of value.split('\n')) {
        const l = raw.trim();
        if (l && !l.startsWith('#') && SNIPPET_STAR.test(l)) out.push({ path, what: `ingress-nginx controller ${key}: nginx ${l.split(/\s/)[0]} Access-Control-Allow-Origin * allows any origin`, credentials: false, reflected: false, snippet: l });
      }
    }
  });
  return out;
}

/** Where a line of a snippet held in a YAML string is in the file: the first line from `from` (0-based) on that contains it. */
export function snippetLine(lines: readonly string[], from: number, text: string): { line: number; column: number } | null {
  for (let i = Math.max(from, 0); i < lines.length; i++) {
    const column = lines[i]!.indexOf(text);
    if (column >= 0) return { line: i + 1, column: column + 1 };
  }
  return null;
}

function caddyCors(text: string): { offset: number; what: string; reflected: boolean }[] {
  const out: { offset: number; what: string; reflected: boolean }[] = [];
  const value = String.raw`(["'\x60]?)(\*|\{(?:http\.request\.)?header\.Origin\})\2[ \t]*$`;
  const one = new RegExp(String.raw`^([ \t]*)header[ \t]+(?:(?:@\S+|/\S*|\*)[ \t]+)?\+?Access-Control-Allow-Origin[ \t]+${value}`, 'i');
  const inBlock = new RegExp(String.raw`^([ \t]*)\+?Access-Control-Allow-Origin[ \t]+${value}`, 'i');
  let block = false;
  let offset = 0;
  for (const line of blankHashComments(text).split('\n')) {
    const l = line.replace(/\r$/, '');
    const m = one.exec(l) ?? (block ? inBlock.exec(l) : null);
    if (m) {
      const reflected = m[3] !== '*';
      out.push({ offset: offset + m[1]!.length, what: `Caddy header Access-Control-Allow-Origin ${reflected ? `${m[3]} reflects` : '* allows'} any origin`, reflected });
    }
    if (/^[ \t]*header\b[^{\n]*\{[ \t]*$/.test(l)) block = true;
    else if (block && /^[ \t]*\}/.test(l)) block = false;
    offset += line.length + 1;
  }
  return out;
}

function haproxyCors(text: string): { offset: number; what: string; reflected: boolean }[] {
  const out: { offset: number; what: string; reflected: boolean }[] = [];
  for (const m of blankHashComments(text).matchAll(/^([ \t]*)(?:(http-(?:after-)?response[ \t]+(?:set|add)-header)[ \t]+Access-Control-Allow-Origin[ \t]+(?:("?)\*\3(?=[ \t]|$)|(\S*%\[req\.hdr\(origin\)\]\S*)([^\n]*))|(rspadd)[ \t]+Access-Control-Allow-Origin:(?:\\[ \t])?[ \t]*\*(?=[ \t]|$))/gim)) {
    // A reflected origin under an `if`/`unless` condition is an allow-list.
    if (m[4] && /[ \t](?:if|unless)[ \t]/.test(m[5] ?? '')) continue;
    out.push({ offset: m.index + m[1]!.length, what: `HAProxy ${(m[2] ?? m[6]!).replace(/[ \t]+/g, ' ')} Access-Control-Allow-Origin ${m[4] ? `${m[4]} reflects` : '* allows'} any origin`, reflected: !!m[4] });
  }
  return out;
}

function webConfigCors(text: string): { offset: number; what: string }[] {
  const out: { offset: number; what: string }[] = [];
  const bare = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  for (const m of bare.matchAll(/<add\b[^>]*>/gi)) {
    const attr = (n: string) => new RegExp(String.raw`\b${n}\s*=\s*(["'])([^"']*)\1`, 'i').exec(m[0])?.[2];
    if (attr('name')?.toLowerCase() === 'access-control-allow-origin' && attr('value')?.trim() === '*') out.push({ offset: m.index, what: 'IIS web.config customHeaders Access-Control-Allow-Origin * allows any origin' });
    // The IIS CORS module: `<cors enabled="true"><add origin="*" …>`.
    else if (attr('origin')?.trim() === '*' && /<cors\b[^>]*\benabled\s*=\s*["']true["']/i.test(bare.slice(0, m.index))) out.push({ offset: m.index, what: 'IIS CORS module <add origin="*"> allows any origin' });
  }
  return out;
}

function lighttpdCors(text: string): { offset: number; what: string }[] {
  const bare = blankHashComments(text);
  if (!/setenv\.(?:add|set)-response-header/.test(bare)) return [];
  return [...bare.matchAll(/"Access-Control-Allow-Origin"[ \t]*=>[ \t]*"\*"/gi)].map((m) => ({ offset: m.index, what: 'lighttpd setenv response header Access-Control-Allow-Origin * allows any origin' }));
}

// The middleware name may hold compose variables (`${STACK_NAME?Variable not set}-cors`, `$STACK-cors`): its own name, not another label.
const TRAEFIK_LABEL = /traefik\.http\.middlewares\.(?:[\w-]|\$\{(?:[^{}\n]|\$\{[^{}\n]*\})*\}|\$(?=\w))+\.headers\.(accesscontrolalloworiginlist(regex)?)[ \t]*[=:][ \t]*["']?([^"'\n]*)/gi;

function traefikLabels(text: string): { offset: number; what: string; credentials: boolean; reflected: boolean }[] {
  const out: { offset: number; what: string; credentials: boolean; reflected: boolean }[] = [];
  const credentials = /traefik\.http\.middlewares\.(?:[\w-]|\$\{(?:[^{}\n]|\$\{[^{}\n]*\})*\}|\$(?=\w))+\.headers\.accesscontrolallowcredentials[ \t]*[=:][ \t]*["']?true/i.test(text);
  for (const m of blankHashComments(text).matchAll(TRAEFIK_LABEL)) {
    const items = m[3]!.split(',').map((s) => s.trim());
    if (m[2] ? items.some((r) => anyOriginRegex(r)) : items.includes('*')) {
      out.push({ offset: m.index, what: `Traefik label ${m[0].replace(/(\.headers\.accesscontrolalloworiginlist(?:regex)?)[\s\S]*$/i, '$1')}=${m[3]!.trim()} ${m[2] ? 'reflects' : 'allows'} any origin`, credentials: !!m[2] && credentials, reflected: !!m[2] });
    }
  }
  return out;
}

/** Any-origin CORS headers of the front servers and proxies this module reads, at the value's line. */
export const frontCors = perView(function frontCors(snapshot: SnapshotView): FrontHit[] {
  const out: FrontHit[] = [];
  const nginx = new Set(snapshot.nginxFiles());
  for (const file of snapshot.files) {
    if ((!CORS_FILE_RE.test(file) && !isCaddyfile(file)) || !readable(file)) continue;
    const dev = isDevOnly(file);
    const yaml = /\.(?:ya?ml|json)$/i.test(file);
    const text = yaml || /\.(?:toml|cfg|conf|config)$/i.test(file) || isCaddyfile(file) ? snapshot.text(file) : undefined;
    if (text === undefined || !/access-?control|cors|-snippet/i.test(text)) continue;
    const push = (found: { offset: number; what: string; credentials?: boolean; reflected?: boolean }[]) => {
      const credentials = /Access-Control-Allow-Credentials["']?[ \t]*(?:=>|[ \t])[ \t]*["']?true/i.test(text);
      for (const h of found) out.push({ file, ...lineColumnAt(text, h.offset), what: h.what, dev, credentials: h.credentials ?? (!!h.reflected && credentials), reflected: h.reflected ?? false });
    };
    if (yaml) {
      if (isComposeFile(file)) push(traefikLabels(text));
      if (!TREE_CORS.test(text)) continue;
      const lines = text.split('\n');
      for (const tree of trees(snapshot, file)) {
        let from = 0;
        for (const h of treeCors(tree)) {
          const at = tree.loc(h.path) ?? { line: 1, column: 1 };
          let pos = at;
          if (h.snippet) {
            // The snippet's line in the file: the first at or after the key holding it (a block scalar's lines).
            const found = snippetLine(lines, Math.max(at.line - 1, from), h.snippet);
            if (found) { pos = found; from = found.line; }
          }
          out.push({ file, line: pos.line, column: pos.column, what: h.what, dev, credentials: h.credentials, reflected: h.reflected });
        }
      }
    } else if (/\.toml$/i.test(file)) {
      const entries = tomlEntries(snapshot.lines(file) ?? []);
      for (const e of entries) {
        const lower = e.key.toLowerCase();
        if (lower === 'accesscontrolalloworiginlist' && e.value.split(/\s+/).includes('*')) out.push({ file, line: e.line, column: e.column, what: `Traefik headers middleware ${e.section ? `${e.section}.` : ''}${e.key} ["*"] allows any origin`, dev, credentials: false, reflected: false });
        else if (lower === 'accesscontrolalloworiginlistregex' && e.value.split(/\s+/).some((r) => anyOriginRegex(r))) {
          const credentials = entries.some((c) => c.section === e.section && c.key.toLowerCase() === 'accesscontrolallowcredentials' && c.value === 'true');
          out.push({ file, line: e.line, column: e.column, what: `Traefik headers middleware ${e.section ? `${e.section}.` : ''}${e.key} matching any origin reflects it`, dev, credentials, reflected: true });
        }
      }
    } else if (isCaddyfile(file)) push(caddyCors(text));
    else if (isWebConfig(file)) push(webConfigCors(text));
    else if (isHaproxyCandidate(file)) { if (HAPROXY_SECTION.test(text)) push(haproxyCors(text)); }
    else if (isLighttpdCandidate(file) && !nginx.has(file) && LIGHTTPD.test(text)) push(lighttpdCors(text));
  }
  return out;
});
