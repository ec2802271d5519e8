import { z } from 'zod';
import { optionEntry } from './util/option-entry.js';
import { defineCheck, type RawFinding } from './define.js';
import { noComposeReason } from './util/compose-read.js';
import { basename, filesEndingIn, isDevOnly, isTemplate, isTerraformSource, isTestFile, isVendored, isVendoredOrGenerated } from '../repo/classify.js';
import { composeDevOnly, composeInterpolate, composeMergedImage, type ComposeService } from '../repo/compose.js';
import { isObject } from '../repo/yaml.js';
import { containers, namedTargetPorts, podSpec } from '../repo/k8s.js';
import { composeDotenv, composeServiceGroups, isComposeBase, mergedByFileList, mergedByIncludeList, judgedComposeFiles, k8sServiceVariants, kustomizeDeployments, namedServices, overlayNote, overlayScope, overriddenInProduction, judgesDeployFile } from './util/groups.js';
import type { K8sObject } from '../repo/k8s.js';
import { isLoopback, LOOPBACK_HOST } from './util/net.js';
import { kamalConfigs } from './util/kamal.js';
import { flyServices } from './util/platform.js';
import { nomadJobs } from './util/nomad.js';
import { helmRepoOf, helmScalar, helmValueOrigin, helmValueSets, type HelmValueSet } from '../repo/prerender.js';
import { k8sBool } from './util/k8s-bool.js';
import { helmChartName, helmWorkloadLabel, shownTemplateName } from './util/helm-values.js';
import { helmDependencies, helmDependencyEnabled } from './util/helm-dependencies.js';
import { onePerLocation } from './util/once.js';
import { valueColumns } from './util/text.js';
import { cfnTemplate, devFile, isCfnNamed } from './util/ecs.js';
import { hclArgument, hclBlocks, hclNestedBlocks, terraformBreak, UNKNOWN, type HclBlock, type HclValue } from './util/hcl.js';
import { terraformK8sObjects } from './util/tf-kubernetes.js';
import type { SnapshotView } from '../repo/snapshot.js';

/**
 * Database products, caches and search engines, one row each, and what every part of the check knows of them:
 * - `item`: the words a checklist item names the product by (an item naming it judges only its ports);
 * - `image`: the image repository names that are the product (the last path component, or the last two: `mssql/server`).
 *   Exact names only, so UIs and exporters (`redis-commander`, `mongo-express`, `postgres-exporter`) are not databases;
 * - `ports`: the ports only it listens on, judged whatever the image (the default `ports` option), named in messages;
 * - `imagePorts`: ports that are the product's only when the image names it (7000, 8086, 9000 are common app ports
 *   too): the default `imagePorts` option, under `key`, with the product's name for messages.
 * A service of the product on the host network listens on the first of `ports` (else of `imagePorts`) on every host interface.
 */
const DATABASES: { item: RegExp; image: RegExp; ports: [number, string][]; imagePorts?: { key: string; name: string; ports: number[] } }[] = [
  { item: /\bpostgres(?:ql)?\b|\bpostgis\b|\btimescale(?:db)?\b/, image: /^(postgres(ql)?|postgis|timescaledb(-ha)?|pgvector)$/, ports: [[5432, 'PostgreSQL']] },
  { item: /\bpgbouncer\b/, image: /^pgbouncer$/, ports: [[6432, 'PgBouncer']] },
  { item: /\bmysql\b|\bmariadb\b|\bpercona\b/, image: /^(mysql(-server)?|mariadb|percona(-server)?)$/, ports: [[3306, 'MySQL/MariaDB'], [33060, 'MySQL X']] },
  { item: /\bmongo(?:db)?\b/, image: /^mongo(db)?(-community-server)?$/, ports: [[27017, 'MongoDB'], [27018, 'MongoDB'], [27019, 'MongoDB']] },
  { item: /\bredis\b|\bvalkey\b|\bkeydb\b|\bdragonfly\b/, image: /^(redis(-stack(-server)?)?|valkey|keydb|dragonfly)$/, ports: [[6379, 'Redis']] },
  { item: /\belastic ?search\b|\bopensearch\b/, image: /^(elasticsearch|opensearch)$/, ports: [[9200, 'Elasticsearch'], [9300, 'Elasticsearch transport']] },
  { item: /\bmemcached?\b/, image: /^memcached$/, ports: [[11211, 'Memcached']] },
  { item: /\bsql server\b|\bmssql\b/, image: /^mssql\/server$/, ports: [[1433, 'SQL Server']] },
  { item: /\boracle(?: db| database)?\b/, image: /^(oracle-(xe|free)|database\/(express|free|enterprise))$/, ports: [[1521, 'Oracle']] },
  { item: /\bcouchdb\b/, image: /^couchdb$/, ports: [[5984, 'CouchDB']] },
  { item: /\bcassandra\b/, image: /^cassandra$/, ports: [[9042, 'Cassandra CQL']], imagePorts: { key: 'cassandra', name: 'Cassandra', ports: [7000, 7001, 7199] } },
  { item: /\bscylla(?:db)?\b/, image: /^scylla$/, ports: [[9042, 'Cassandra CQL']], imagePorts: { key: 'scylla', name: 'ScyllaDB', ports: [7000, 7001] } },
  { item: /\bcockroach(?:db)?\b/, image: /^cockroach$/, ports: [[26257, 'CockroachDB']] },
  { item: /\bneo4j\b/, image: /^neo4j$/, ports: [[7687, 'Neo4j Bolt']], imagePorts: { key: 'neo4j', name: 'Neo4j', ports: [7474] } },
  { item: /\barangodb\b/, image: /^arangodb$/, ports: [[8529, 'ArangoDB']] },
  { item: /\brethinkdb\b/, image: /^rethinkdb$/, ports: [[28015, 'RethinkDB']] },
  { item: /\betcd\b/, image: /^etcd$/, ports: [[2379, 'etcd']] },
  { item: /\binfluxdb\b/, image: /^influxdb$/, ports: [], imagePorts: { key: 'influxdb', name: 'InfluxDB', ports: [8086] } },
  { item: /\bclickhouse\b/, image: /^clickhouse(-server)?$/, ports: [], imagePorts: { key: 'clickhouse', name: 'ClickHouse', ports: [8123, 9000] } },
];
/** Ports that only databases, caches and search engines listen on, with the product for messages. */
const DATABASE_PORTS: Record<number, string> = Object.fromEntries(DATABASES.flatMap((d) => d.ports));
/** Ports that are databases only when the image says so, by image name. */
export const IMAGE_PORTS: Record<string, number[]> = Object.fromEntries(DATABASES.flatMap((d) => (d.imagePorts ? [[d.imagePorts.key, d.imagePorts.ports]] : [])));
/** Product names for messages, by `imagePorts` key (a key added by the `imagePorts` option is named as written). */
const IMAGE_PRODUCTS: Record<string, string> = Object.fromEntries(DATABASES.flatMap((d) => (d.imagePorts ? [[d.imagePorts.key, d.imagePorts.name]] : [])));

/** Databases an item can name ("Redis is not exposed", "No Cassandra ports are published"): the products above, or databases in general. */
const DB_WORD = `(?:databases?|dbs?|${DATABASES.map((p) => p.item.source.replace(/\\b/g, '')).join('|')})`;
/** Words that make an item about databases in general ("Redis and other databases…", "no database port"). */
const ANY_DATABASE = /\b(?:databases|data ?stores|database ports?|db ports?|datastores?|any database|all (?:the )?(?:db|database|data)|other|caches|backing services)\b/;

/**
 * The options that narrow the check to the products a checklist item names ("Redis is not exposed to the
 * internet" → Redis's port only), so a Postgres mapping does not fail an item about Redis. Undefined when the item
 * names none, or speaks of databases in general too.
 */
export function databaseOptionsNamed(text: string): { ports: number[]; imagePorts: Record<string, number[]> } | undefined {
  const named = DATABASES.filter((p) => p.item.test(text));
  if (!named.length || ANY_DATABASE.test(text)) return undefined;
  const imagePorts = Object.fromEntries(named.flatMap((p) => (p.imagePorts ? [[p.imagePorts.key, p.imagePorts.ports]] : [])));
  return { ports: [...new Set(named.flatMap((p) => p.ports.map(([port]) => port)))], imagePorts };
}

/** An image's repository path without tag or digest, lower-cased, in parts (`ghcr.io/a/redis:7` → `ghcr.io`, `a`, `redis`). */
const repositoryParts = (image: string) => image.trim().toLowerCase().replace(/@.*$/, '').replace(/:[^/]*$/, '').split('/');
/** Its last part (`redis`). */
const repositoryName = (image: string) => repositoryParts(image).at(-1) ?? '';

/**
 * The port the database product an image names (by its repository's last path component, or last two: `mssql/server`)
 * listens on by default, if it names one.
 */
function imageDatabasePort(image: string): number | undefined {
  const d = imageDatabase(image);
  return d && (d.ports[0]?.[0] ?? d.imagePorts?.ports[0]);
}

/** The database product an image names (by its repository's last path component, or last two: `mssql/server`). */
function imageDatabase(image: string): (typeof DATABASES)[number] | undefined {
  const parts = repositoryParts(image);
  const last = parts.at(-1) ?? '';
  const two = parts.slice(-2).join('/');
  return DATABASES.find((db) => db.image.test(last) || (parts.length > 1 && db.image.test(two)));
}

/** A command that binds the database to loopback itself (`redis-server --bind 127.0.0.1`, `-c listen_addresses=localhost`). */
const LOOPBACK_BIND = new RegExp(String.raw`(?:--bind(?:_ip|-address)?|listen_addresses|network\.host|--host)[\s=:'"]+${LOOPBACK_HOST}\b`, 'i');

const PRIVATE = /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|f[cd][0-9a-f]{2}:.*)$/i;

/**
 * Service annotations that make a load balancer internal (a private address only), each cloud's key with the value that
 * does it. The general rule: AWS `aws-load-balancer-internal: "true"` and `aws-load-balancer-scheme: internal`, Azure
 * `azure-load-balancer-internal`, OCI `oci-load-balancer-internal`, OpenStack `openstack-internal-load-balancer`, Baidu
 * `cce-load-balancer-internal-vpc` (`"true"`), GKE `networking.gke.io/load-balancer-type` and `cloud.google.com/load-balancer-type`
 * (`Internal`); then clouds that say it otherwise: IBM Cloud's IP type `private`, Alibaba Cloud's address type `intranet`,
 * Tencent Cloud's internal subnet (any subnet id), Hetzner's public network disabled, DigitalOcean's network `INTERNAL`,
 * Scaleway's `private`.
 */
const INTERNAL_LOAD_BALANCER: { key: RegExp; value: RegExp }[] = [
  { key: /internal|load-balancer-type|lb-type|scheme/i, value: /^(?:true|internal)$/i },
  { key: /(?:^|\/)ibm-load-balancer-cloud-provider-ip-type$/i, value: /^private$/i },
  { key: /(?:^|\/)alibaba-cloud-loadbalancer-address-type$/i, value: /^intranet$/i },
  { key: /(?:^|\/)qcloud-loadbalancer-internal-subnetid$/i, value: /\S/ },
  { key: /^load-balancer\.hetzner\.cloud\/disable-public-network$/i, value: /^true$/i },
  { key: /(?:^|\/)do-loadbalancer-network$/i, value: /^internal$/i },
  { key: /(?:^|\/)scw-loadbalancer-private$/i, value: /^true$/i },
];

/** AWS's `service.beta.kubernetes.io/aws-load-balancer-internal`. */
const AWS_INTERNAL = /(?:^|\/)aws-load-balancer-internal$/i;
/**
 * Whether the AWS Load Balancer Controller owns the Service (`aws-load-balancer-type: external` or `nlb-ip`, or its
 * `loadBalancerClass`): it reads `aws-load-balancer-internal` as a boolean.
 */
function awsLoadBalancerController(annotations: Record<string, unknown>, loadBalancerClass: unknown): boolean {
  if (typeof loadBalancerClass === 'string' && /^service\.k8s\.aws\//i.test(loadBalancerClass.trim())) return true;
  return Object.entries(annotations).some(([k, v]) => /(?:^|\/)aws-load-balancer-type$/i.test(k) && /^(?:external|nlb-ip)$/i.test(String(v ?? '').trim()));
}

/**
 * Whether a Service annotation makes its load balancer internal (see INTERNAL_LOAD_BALANCER). AWS's cloud provider (in-tree
 * and cloud-provider-aws) makes the load balancer internal for any `aws-load-balancer-internal` value but `false` (the
 * Kubernetes docs' first example was `0.0.0.0/0`); the AWS Load Balancer Controller, when it owns the Service, reads it as a
 * boolean (`true`, `1`, `t`).
 */
function isInternalLoadBalancer(key: string, value: unknown, lbc: boolean): boolean {
  const v = value === null || value === undefined ? '' : String(value).trim();
  if (AWS_INTERNAL.test(key)) return lbc ? /^(?:true|1|t)$/i.test(v) : v !== '' && v.toLowerCase() !== 'false';
  return INTERNAL_LOAD_BALANCER.some((a) => a.key.test(key) && a.value.test(v));
}

/** A published port: host address (null = all interfaces, '?' = unresolvable), host port text, container port range. */
interface Published { hostIp: string | null; published: string | null; target: [number, number] }

/**
 * Interpolates as compose does (composeInterpolate, the reading every compose site shares), with `vars` (the project's `.env`):
 * `${VAR}`/`$VAR`, `${VAR:-default}` with nested defaults (`${DB_BIND:-${DEFAULT_BIND:-127.0.0.1}}`), `${VAR-default}`,
 * `${VAR:+alt}`, `${VAR:?error}`; a variable without a value and without a default becomes `?` (unknown). Text compose would
 * not read (an unclosed `${`) stays as written.
 */
function interpolate(s: string, vars: ReadonlyMap<string, string | null>): string {
  return composeInterpolate(s, vars, '?') ?? s;
}

function range(s: string): [number, number] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** Parses compose `ports:` entries: short syntax (`[ip:][host:]container[/proto]`) and long syntax. */
export function parsePort(entry: unknown, vars: ReadonlyMap<string, string | null> = new Map()): Published | null {
  if (typeof entry === 'number') return { hostIp: null, published: null, target: [entry, entry] };
  if (isObject(entry)) {
    const target = range(interpolate(String(entry['target'] ?? ''), vars));
    if (!target || !tcpOrListening(String(entry['protocol'] ?? 'tcp'), target)) return null;
    const ip = entry['host_ip'] === undefined || entry['host_ip'] === null ? null : interpolate(String(entry['host_ip']), vars).replace(/^\[|\]$/g, '');
    return { hostIp: ip, published: entry['published'] === undefined || entry['published'] === null ? null : interpolate(String(entry['published']), vars), target };
  }
  if (typeof entry !== 'string') return null;
  const proto = /\/(tcp|udp|sctp)$/i.exec(entry.trim())?.[1] ?? 'tcp';
  let s = interpolate(entry.trim(), vars).replace(/\/(tcp|udp|sctp)$/i, '');
  let hostIp: string | null = null;
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(s);
  if (v6) { hostIp = v6[1]!; s = v6[2]!; }
  const parts = s.split(':');
  if (!v6 && parts.length === 3) hostIp = parts.shift()!;
  else if (!v6 && parts.length > 3) { hostIp = parts.slice(0, -2).join(':'); parts.splice(0, parts.length - 2); }
  const target = range(parts.at(-1)!);
  if (!target || !tcpOrListening(proto, target)) return null;
  return { hostIp: hostIp === '' ? null : hostIp, published: parts.length > 1 ? parts[0]! : null, target };
}

/**
 * Databases listen on TCP: a UDP mapping of their port (`5432/udp`) reaches nothing, except
 * memcached's UDP listener on 11211 (the amplification-attack port).
 */
function tcpOrListening(proto: string, target: [number, number]): boolean {
  const p = proto.toLowerCase();
  return p === 'tcp' || (p === 'udp' && target[0] <= 11211 && 11211 <= target[1]);
}

/** What database-port-exposed reads besides compose services, as its skip reason names them: each source it judges. */
const OTHER_SOURCES = 'Kubernetes Services or pods, Bitnami database charts a Helm chart depends on, Kamal accessories, fly.toml services, Nomad job files, AWS security group rules or RDS instances';

/** Compose and Kubernetes Services do not publish database ports on all interfaces. */
export const databasePortExposed = defineCheck({
  id: 'database-port-exposed',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file, true),
  title: 'Database ports are not published',
  severity: 'high',
  description: 'Compose, Kamal accessories, fly.toml services and Nomad jobs do not publish database/cache ports on all interfaces; Kubernetes LoadBalancer/NodePort Services (or ones with externalIPs), host-network pods and hostPorts do not expose them; AWS security groups do not open them to the internet, and RDS instances are not publicly accessible.',
  match: [
    {
      // "Postgres is not exposed", "Databases are not exposed via LoadBalancer services", "Do not expose the
      // database port", "We never expose Redis publicly", "No database ports are published", "Remove the PostgreSQL
      // external port (`5432`)", "Close the MySQL port".
      // "Postgres only reachable from the app network", "Redis is only accessible inside the cluster", "MySQL is bound to
      // 127.0.0.1 only", "MongoDB only bound to localhost", "No Service of type LoadBalancer for Redis or Postgres",
      // "No database Service of type LoadBalancer or NodePort", "The `db` service does not publish its port", "Compose does not publish 5432" (a database's port named).
      // "Not exposing Postgres to the internet", "Not exposing port 5432 to the internet", "Database ports closed" (the ports,
      // closed, firewalled or blocked, by the firewall or a security group: "DB ports blocked by the firewall"; not "Database
      // connections closed on shutdown", nor a status "blocked by OPS-12", which names no firewall).
      pattern: new RegExp(`\\b${DB_WORD}(?: ports?)?\\b[^;]*\\bonly (?:be )?(?:reachable|accessible|exposed|available|listens?|bound) (?:from|on|within|inside|in|to)\\b|\\b${DB_WORD}(?: ports?)?\\b[^;]*\\b(?:not|isn't|aren't|never) (?:be )?(?:exposed|published|public|publicly (?:accessible|reachable|exposed)|reachable|open)\\b|\\b(?:don't|do not|never|must not|not|no longer) (?:expos(?:e|ing)|publish(?:ing)?) (?:the |any |our )?${DB_WORD}(?: ports?)?\\b|\\b${DB_WORD} ports? (?:are |is |stay |stays |remain |remains )?(?:closed|firewalled|blocked)(?: (?:to|from|on) (?:the )?(?:internet|public|outside(?: world)?|host))?(?: (?:by|at|in) (?:the |a |our )?(?:firewalls?|security groups?|network polic(?:y|ies)|nacls?|waf|ufw|iptables))?(?=$|[,;.()])|\\bno ${DB_WORD} ports? (?:are |is )?(?:exposed|published|public|open)\\b|\\b(?:remove|delete|drop|close|unpublish)(?: the| any| all| our)? ${DB_WORD}(?: (?:external|public|host|published|exposed))? (?:ports?|port mappings?)\\b|\\b${DB_WORD}(?: ports?)?\\b[^;]*\\b(?:is |are )?(?:bound|listens?|listening|published) (?:only )?(?:to|on) (?:127\\.0\\.0\\.1|localhost)\\b|\\b${DB_WORD}(?: ports?| services?| containers?)?\\b[^;]*(?:\\b(?:does not|do not|must not|never|no longer)|n't) (?:publish(?:es)?|exposes?)\\b|(?:\\b(?:does not|do not|must not|never|no longer|not)|n't) (?:publish(?:es|ing)?|expos(?:es?|ing)) (?:(?:the |its )?(?:host )?ports? )?(?:${Object.keys(DATABASE_PORTS).join('|')})\\b|\\bno (?:kubernetes |k8s )?services? of type (?:loadbalancer|nodeport)\\b[^;]*\\b${DB_WORD}\\b|\\bno ${DB_WORD} (?:kubernetes |k8s )?services? (?:(?:is|are) )?(?:of )?(?:type:? ?)?(?:loadbalancer|nodeport)\\b|\\bno (?:kubernetes |k8s )?(?:type: ?)?(?:loadbalancer|nodeport)(?: ?(?:\\/|,|or|and) ?(?:type: ?)?(?:loadbalancer|nodeport))*(?: services?)? (?:for|on|in front of|exposing) (?:the |our |any )?${DB_WORD}\\b|\\b${DB_WORD}\\b[^;]*\\bservices? (?:(?:is|are|must be|should be) )?(?:never|not)(?: be)?(?: of)?(?: type)? (?:loadbalancer|nodeport)\\b`),
      // The check reads ports and Services: authentication, backups and snapshots, and what an admin UI
      // shows are other promises ("Redis is not open without a password", "DB backups are not public").
      // Nor an endpoint's behaviour while a database is down ("`/health` returns 200 even when Redis is not reachable").
      unless: /\b(?:passwords?|auth\w*|credentials?|backups?|snapshots?|dumps?|buckets?|admin ui|ui|search)\b|\b(?:even )?(?:when|if|while|whenever)\b[^;]*\b(?:not|isn't|aren't|never|un)(?:reachable| reachable| available)\b[^;]*$|\b(?:returns?|answers?|responds?)\b[^;]*\b(?:even )?(?:when|if|while)\b/,
      note: 'a promise that databases are not exposed: the check reads compose ports and Services',
    },
    {
      // A database's default port refused in the passive: "Port 5432 is not exposed to the internet", "Ports 5432 and 6379 are
      // not published". Under a database's heading or parent item the item is read with it ("## Postgres" › "Port 5432 not
      // exposed" reads "postgres port 5432 not exposed"), which names the product.
      pattern: new RegExp(`\\bports? (?:${Object.keys(DATABASE_PORTS).join('|')})\\b(?:(?: and | or |, ?| ?\\/ ?)(?:${Object.keys(DATABASE_PORTS).join('|')})\\b)* (?:(?:is|are) )?(?:not|never|no longer) (?:be )?(?:exposed|published|public|publicly (?:accessible|reachable|exposed)|reachable|open)\\b`),
      unless: /\b(?:passwords?|auth\w*|credentials?|backups?|snapshots?|dumps?|buckets?|admin ui|ui|search)\b/,
      nearUnless: new RegExp(`\\b${DB_WORD}\\b`),
      note: 'a promise that a database\'s default port is not exposed: the check reads compose ports and Services',
    },
    {
      // A database only on an internal network: "Postgres only on the internal network", "Redis lives only in the private
      // network", "MySQL stays on the backend network only" (the check fails its ports published beyond it).
      pattern: new RegExp(`\\b${DB_WORD}(?: ports?)?\\b (?:(?:is|are|runs?|listens?|lives?|stays?|sits?|remains?) )?(?:only (?:on|in|within|inside) (?:the |an? |our )?(?:internal|private|backend|back-end|app|application|docker|compose|cluster)(?: [\\w-]+)? network\\b|(?:on|in|within|inside) (?:the |an? |our )?(?:internal|private|backend|back-end|app|application|docker|compose|cluster)(?: [\\w-]+)? network only\\b)`),
      unless: /\b(?:passwords?|auth\w*|credentials?|backups?|snapshots?|dumps?|buckets?|admin ui|ui|search)\b/,
      clauseUnless: /\b(?:not|no|isn't|aren't|no longer)\b|n't\b/,
      note: 'a promise that a database stays on an internal network: the check reads compose ports and Services',
    },
    {
      // A database port stated internal: "Database port: internal only", "Postgres port — private", "DB ports are
      // internal-only" (as a label's state reads: "database port internal only"). The state ends its clause: "Database
      // port internal only for the admin UI" is another thing's, "Database port internal, except …" is not the whole of it.
      pattern: new RegExp(`\\b${DB_WORD} ports?\\b (?:(?:is|are|stays?|remains?|kept) )?(?:internal(?:[- ]only)?|private(?:[- ]only)?|internal network only|cluster[- ]internal(?: only)?)(?= *(?:[;,.(]|$))`),
      unless: /\b(?:passwords?|auth\w*|credentials?|backups?|snapshots?|dumps?|buckets?|admin ui|ui|search|except|but)\b/,
      clauseUnless: /\b(?:not|no|isn't|aren't|no longer)\b|n't\b/,
      note: 'a promise that a database port is internal only: the check reads compose ports and Services',
    },
    {
      // A database's Kubernetes Service of the internal type: "Redis Service is ClusterIP, never NodePort or LoadBalancer",
      // "Postgres service type: ClusterIP". A Service changed from or away from ClusterIP, or not ClusterIP, promises nothing.
      pattern: new RegExp(`\\b${DB_WORD}\\b[^;]*\\bservices?\\b(?: (?:is|are|must be|should be|stays?|remains?|uses?|of))?(?: (?:type|kind))?:? (?:a |an )?clusterip\\b`),
      unless: /\b(?:passwords?|auth\w*|credentials?|backups?|snapshots?|dumps?|buckets?|admin ui|ui|search)\b|\b(?:from|away from|instead of|rather than) clusterip\b/,
      clauseUnless: /\b(?:not|no|isn't|aren't|no longer)\b|n't\b/,
      note: 'a promise that a database\'s Service is ClusterIP: the check fails NodePort and LoadBalancer Services of databases',
    },
  ],
  docs: {
    why: 'A database port published on all interfaces is reachable by anyone who can reach the host (Docker bypasses ufw/iptables INPUT rules); exposed Redis, MongoDB and Elasticsearch instances are found and wiped by scanners within hours.',
    fix: 'Drop the `ports:` mapping (services reach the database over the compose network), use `expose:`, or bind to loopback: `"127.0.0.1:<port>:<port>"` (a Kamal accessory: `port: "127.0.0.1:<port>:<port>"`; Kubernetes: a ClusterIP Service). Each finding\'s fix names its own port.',
    details: [
      'Compose `ports:` in short syntax (`"5432:5432"`, `"5432"`, `"0.0.0.0:5432:5432"`, `"[::1]:5432:5432"`, ranges `"5432-5433:5432-5433"`, `/tcp` suffixes; variables interpolated as compose does, from the committed `.env` beside the compose file, else their defaults: `${PG_PORT:-5432}` with `PG_PORT=15432` in `.env` is host port 15432, a nested default `${DB_BIND:-${DEFAULT_BIND:-127.0.0.1}}` is read as compose reads it, a variable with neither is unknown; messages name the address it resolves to, `0.0.0.0`, `::` or an empty one as all interfaces) and long syntax (`target`, `published`, `host_ip`) are read, in every compose file and the files they `include:` (whatever their names). A service is judged with the image compose merges into it across files: an overlay beside the main file (`compose.prod.yml`, `docker-compose.override.yml`) that publishes a port without naming the image runs the main file\'s (`8123:8123` in `compose.prod.yml` for a service whose `image: clickhouse/clickhouse-server` is in `compose.yml` is ClickHouse\'s port), an overlay\'s own `image:` replaces it, and a main file\'s service that names none runs the image a production overlay names. A `/udp` mapping of a database port reaches nothing (databases listen on TCP) and passes, except memcached\'s `11211/udp`. The **container** port (target) is judged, so `"15432:5432"` fails and `"5432:8080"` passes; the published port is shown.',
      'Bound to loopback (`127.0.0.1`, `::1`, `localhost`) or to a private address (10/8, 172.16/12, 192.168/16, fc00::/7) is an `info` note; a host address that is an unresolved variable is an `info` note (unverifiable). `expose:` never publishes anything and is fine.',
      'Default ports: PostgreSQL 5432, PgBouncer 6432, MySQL 3306/33060, MongoDB 27017-27019, Redis 6379, Elasticsearch 9200/9300, SQL Server 1433, Oracle 1521, Memcached 11211, CouchDB 5984, Cassandra 9042, CockroachDB 26257, Neo4j 7687, ArangoDB 8529, RethinkDB 28015, etcd 2379. Ports that are also common application ports count only when the image names the product (`imagePorts`: Cassandra/Scylla 7000/7001, InfluxDB 8086, ClickHouse 8123/9000, Neo4j 7474). Message brokers (RabbitMQ 5672, Kafka 9092) are not databases and are not in the list.',
      `Option \`ports\` **replaces** the default ports (an item about one product judges only its ports: a Markdown item "Redis is not exposed" is bound with \`ports: [6379]\`, which \`preflight import\` writes); to judge a broker as well, list the defaults with it: \`ports: [${Object.keys(DATABASE_PORTS).join(', ')}, 5672, 9092]\`. A port that is not in the table is named as the item's (\`port 5672 (listed in the item's ports option)\`), not as a database. Option \`imagePorts\` (image-name part → ports; default \`${JSON.stringify(IMAGE_PORTS).replace(/"/g, '')}\`) replaces the image-specific ports likewise. An empty \`ports\` is a configuration error unless \`imagePorts\` is given (it would judge nothing; \`severity: off\` switches an item off).`,
      'Kubernetes: Services of type LoadBalancer or NodePort whose `port` or numeric `targetPort` is a database port fail, at the port entry. A named `targetPort` (`targetPort: postgresql`) is resolved to the `containerPort` of that name in the containers of the workloads the Service\'s `selector` selects, in this repository and the same namespace (a database port by the same ports and image rules); a name no such workload declares is not judged. An internal load balancer (an internal-load-balancer annotation of the cloud: AWS `aws-load-balancer-internal` with any value but `"false"` (`"true"`, the older `0.0.0.0/0`, as AWS\'s cloud provider reads it; a boolean, `"true"`, when the AWS Load Balancer Controller owns the Service: `aws-load-balancer-type: external`) or `aws-load-balancer-scheme: internal`, Azure `azure-load-balancer-internal: "true"`, GKE `networking.gke.io/load-balancer-type: Internal`, OCI, OpenStack and Baidu `…internal…: "true"`, IBM Cloud `ibm-load-balancer-cloud-provider-ip-type: private`, Alibaba Cloud `alibaba-cloud-loadbalancer-address-type: intranet`, Tencent Cloud `qcloud-loadbalancer-internal-subnetid` with a subnet, Hetzner `load-balancer.hetzner.cloud/disable-public-network: "true"`, DigitalOcean `do-loadbalancer-network: INTERNAL`, Scaleway `scw-loadbalancer-private: "true"`) or `loadBalancerSourceRanges` without `0.0.0.0/0` is an `info` note. ClusterIP Services are fine, unless they list `externalIPs` (every node answers on those addresses): public ones fail, private ones (10/8, 172.16/12, 192.168/16, fc00::/7) are an `info` note. In a Helm chart template, a `type`, `port` or `targetPort` written as one values path (`type: {{ .Values.service.type }}`, also with `| default "ClusterIP"` or `| quote`) is read from the values the chart deploys with (`values.yaml`, and each other values file over it, `values-production.yaml` first; not a development install\'s `values-dev.yaml`): the first that makes the Service a LoadBalancer or NodePort is judged, naming it (a subchart\'s value set by the parent chart\'s values file is named as written there: `postgresql.primary.service.type: LoadBalancer in values.yaml`), with the `loadBalancerSourceRanges` and `annotations` beside that `type` in the values; a value written another way (`{{ include … }}`) is not judged; so is a pod\'s `hostNetwork: {{ .Values.hostNetwork }}`, true in a values file. A Bitnami database chart the chart depends on (`dependencies:` of its `Chart.yaml` from a Bitnami repository, `oci://registry-1.docker.io/bitnamicharts`, `https://charts.bitnami.com/bitnami`) but does not vendor in its `charts/` folder (the usual layout: `helm dependency build` fetches it), so that no template of it is read, is judged at the values paths Bitnami\'s charts read, under the dependency\'s key (its `alias`, else its name): `primary`/`readReplicas` (postgresql), `primary`/`secondary` (mysql, mariadb), `master`/`replica`/`sentinel` (redis), `primary`/`replica`/`sentinel` (valkey), `influxdb` (influxdb) and the top-level `service` of the others (postgresql-ha, mariadb-galera, mongodb, mongodb-sharded, redis-cluster, valkey-cluster, memcached, elasticsearch, opensearch, cassandra, etcd, couchdb, clickhouse): `postgresql.primary.service.type: LoadBalancer` in the values the chart deploys with fails at that value, naming the dependency and the product\'s port; a set whose dependency `condition` is false (`postgresql.enabled: false`) leaves it out, and the `annotations` and `loadBalancerSourceRanges` beside the type make an internal or address-restricted load balancer an `info` note; another vendor\'s chart is not read. A chart template\'s Service, workload or container whose name is templated is named readably, with its template file, as the other Kubernetes checks name it (`Service \'<fullname>\' (templates/service.yaml)` for `{{ include "web.fullname" . }}`; the chart\'s name for `{{ .Chart.Name }}` (in a library chart\'s `define`, the name of the one chart that includes it, else `<chart>`)). Kustomize: a Service is judged as each production overlay renders it too (see `k8s-run-as-non-root` for which kustomizations deploy what): its definition with the patches of the kustomizations on the way merged in (strategic-merge patch files listed under `patches`/`patchesStrategicMerge`, inline ones, patches whose `target` selects it, and JSON 6902 `add`/`replace`/`remove` ops under `/spec` or `/metadata/annotations`; `ports` merged by `port`), so a patch that only sets `type: LoadBalancer` over a base ClusterIP Service on a database port fails, at that patch\'s `type` (a JSON 6902 op: at the op), naming the overlay; a port entry the patch writes itself is where the finding points.',
      'Terraform: the Services and workloads the Kubernetes provider declares (`kubernetes_service`, `kubernetes_deployment`, `kubernetes_stateful_set`, `kubernetes_daemonset`, `kubernetes_pod`, `kubernetes_job`, `kubernetes_cron_job`, their `_v1` forms, and a `kubernetes_manifest` written as an HCL object) are judged as the manifests they stand for: `spec { type = "LoadBalancer" port { port = 5432 } }` fails at the `port` block, `external_ips`, `host_network` and a container `port`\'s `host_port` as `externalIPs`, `hostNetwork` and `hostPort` are; a value Terraform computes (`type = var.service_type`) is not judged.',
      'Kubernetes pods with `hostNetwork: true` (read as Kubernetes reads YAML 1.1: a plain `yes` or `on` is true too; a quoted `"true"` is no boolean, which the API server rejects) whose container runs a database (by its image, as for compose, or a declared `containerPort`), and database ports mapped to a `hostPort`: the database answers on every address of its node, outside Services and NetworkPolicies. A `hostPort` whose `hostIP` is loopback (`127.0.0.1`, `::1`) or a private address (10/8, 172.16/12, 192.168/16, fc00::/7) is an `info` note, as compose\'s host address is; another `hostIP` fails, naming that address.',
      'Compose `network_mode: host`: the container shares the host\'s network, so a database listens on every host interface (`ports:` is ignored). A service on the host network fails, at `network_mode`, when its image names a database product (exact repository names: `postgres`, `postgis`, `timescaledb`, `mysql`, `mariadb`, `mongo`, `redis`, `valkey`, `elasticsearch`, `opensearch`, `memcached`, `mssql/server`, `couchdb`, `cassandra`, `cockroach`, `neo4j`, `etcd`, `influxdb`, `clickhouse-server`…; not UIs or exporters such as `redis-commander`) or its `ports`/`expose` name a database port. A command that binds the database to loopback (`--bind 127.0.0.1`, `listen_addresses=localhost`) is an `info` note.',
      'Nomad (job files `*.nomad`, `*.nomad.hcl`, or an `.hcl` file declaring a top-level `job`): a group\'s `network { port "db" { static = 5432 } }` reserves that port on the client node\'s address, mapped to the task\'s port (`to`, else the same number); it fails at `static` when the task\'s port is a database port (by the same ports and image rules, the image being that of the task whose `config { ports = [...] }` names the label). A `host_network` on the port (an address the clients\' configuration defines, not read) is an `info` note, as is a job file named for development; a dynamic port (no `static`) is not judged.',
      'Kamal (`config/deploy.yml`, and `config/deploy.<destination>.yml`): an accessory\'s `port` is published as `docker run --publish` does — a bare `port: 5432` (or `"5432:5432"`) on every interface of its host fails when the accessory\'s container port is a database port (by the same ports and image rules); bound to loopback or a private address (`"127.0.0.1:5432:5432"`, as Kamal\'s generated file writes it) is an `info` note, as is a destination named for development (`deploy.dev.yml`).',
      'Fly.io (`fly.toml`, also `fly.<env>.toml`; one named for development gives notes): a `[[services]]` block whose `internal_port` is a database port (by the same ports and image rules, the image being `[build] image`) with a `[[services.ports]]` `port` fails at that port: Fly\'s proxy takes connections for it on the app\'s IP addresses (public ones, unless the app has only a private Flycast address), as the setup for reaching Fly Postgres from outside does. Apps of the organization reach the database over the private network (`<app>.internal:5432`) without it.',
      'AWS, in Terraform files and CloudFormation templates (YAML or JSON, CDK\'s `cdk.out/`, a `serverless.yml`\'s `resources`): a security group ingress rule that opens a database port to the whole internet (`0.0.0.0/0` or `::/0`) fails, at that address — Terraform `aws_security_group` `ingress` blocks (and each object of its attribute form, `ingress = [{ from_port = 5432, … }]`, as generated and imported configuration writes it), `aws_security_group_rule` with `type = "ingress"`, `aws_vpc_security_group_ingress_rule` (`cidr_ipv4`/`cidr_ipv6`); CloudFormation `AWS::EC2::SecurityGroup` `SecurityGroupIngress` entries and `AWS::EC2::SecurityGroupIngress` (`CidrIp`/`CidrIpv6`). A rule is a database\'s when its port range starts or ends at a database port (`from_port = 5432`, `FromPort: 27017`, `ToPort: 27019`) or holds one (`5000`-`6000`: 5432 and 6379; the first is named), over TCP (`tcp`, `6`; UDP only for memcached\'s 11211); a rule opening every port or protocol (`0`-`65535`, `-1`) names no database and is not judged here, nor is a source given as a security group or a private range (`10.0.0.0/16`). So does an RDS instance made publicly accessible — `aws_db_instance`/`aws_rds_cluster_instance` `publicly_accessible = true`, `AWS::RDS::DBInstance` `PubliclyAccessible: true` — at that value, judged when its literal `port` or its engine\'s default port is one of the item\'s (a public instance is a database on the internet whatever port it listens on: `engine = "postgres"`, `port = 5433` fails too), its engine\'s (`postgres`/`aurora-postgresql` 5432, `mysql`/`mariadb`/`aurora-mysql` 3306, `sqlserver-*` 1433, `oracle-*` 1521; an instance whose port and engine are both computed is judged only by an item about databases in general). Values Terraform or CloudFormation computes (`var.allowed_cidrs`, `!Ref AllowedCidr`, a `dynamic "ingress"` block) are unknown and not judged; module arguments (terraform-aws-modules/security-group\'s `ingress_with_cidr_blocks`, terraform-aws-modules/rds\'s `publicly_accessible`) are not read. A development file (under a `dev/` folder, or named for development: `dev.tf`, `template-dev.yaml`) gives `info` notes marked so.',
      'Kubernetes manifests in development-only files (under a `dev/`, `development/`, `local/` or `sandbox/` folder such as `k8s/dev/` or `overlays/dev/`, or a local cluster\'s, `kind/`, `minikube/`, `k3d/`, or named `dev.yaml`, `local.yaml`, `service.dev.yaml`, `service-dev.yaml`…: the files whose findings the other Kubernetes checks mark "(development-only file)") that no production kustomization deploys get `info` notes marked so, for Services, hostPorts and hostNetwork alike; an overlay in a development folder is no production rendering of a base Service.',
      'Development-only compose files (`docker-compose.override.yml`, `docker-compose.dev.yml`; also named `.local`, `.test`, `.ci`, `.e2e`, `.integration`, `.debug`) and services only in development/tooling profiles (`profiles: [dev]`, `debug`, `test`, `tools`…: they do not start with `docker compose up`), and every service of Laravel Sail\'s `docker-compose.yml` (its app built from `vendor/laravel/sail/runtimes/…`, image `sail-<version>/app`: a local environment), and a legacy `docker-compose.yml` beside `compose.yaml` in the same folder (`docker compose up` loads only `compose.yaml`, unless `-f` (one file is enough: `docker compose -f docker-compose.yml up -d` in a deploy script) or `COMPOSE_FILE` names the other, outside a development-only command) get `info` notes. A production overlay (`docker-compose.prod.yml` beside `docker-compose.yml`) whose service replaces the base\'s mappings (`ports: !reset []`, `ports: !override [...]`; a plain list is appended, as compose does) makes the base\'s mappings `info` notes; so does a later file of the same `include:` path list (`include: - path: [shared/cache.yaml, shared/cache.hardening.yaml]`, which compose merges as `-f shared/cache.yaml -f shared/cache.hardening.yaml`, whatever the files\' names) replacing them so, and a later file of a compose file list that `docker compose up` merges the same way: `COMPOSE_FILE=compose.yaml:deploy/production.yaml` in the committed `.env` (the note names the list).',
      'A mapping or `network_mode: host` that several compose services share (a YAML anchor or merge key, `ports: *anchor`, an `extends` base in the same file or another) is reported once, where it is written, naming every service that uses it (as `image-tag-pinned` names them); any production service among them makes it a failure, whichever service comes first (a `profiles: [debug]` service using the anchor before the production one does not turn it into a note). Services of different databases sharing `network_mode: host` get one finding per port.',
    ].join('\n'),
  },
  options: z.object({
    ports: z.array(z.number().int().min(1).max(65535)).default(Object.keys(DATABASE_PORTS).map(Number))
      .describe('The ports judged on any image; the list replaces the defaults (list them too to add a port)'),
    imagePorts: z.record(optionEntry('an image name or a part of one (`clickhouse`)', 'an empty key would name every image; write the name, or remove the key'), z.array(z.number().int().min(1).max(65535)).min(1)).optional()
      .describe(`Ports judged only when the image name contains the key; replaces the default ${JSON.stringify(IMAGE_PORTS).replace(/"/g, '')}; written \`image-ports\`, as other checklist keys are (\`imagePorts\` is accepted too)`),
  // An empty `ports` judges nothing but the image-specific ports: fine when the item names them (`preflight import` writes
  // `ports: [], imagePorts: {clickhouse: [8123, 9000]}` for "ClickHouse is not exposed"), a silent pass otherwise.
  }).refine((o) => o.ports.length > 0 || Object.keys(o.imagePorts ?? {}).length > 0, {
    path: ['ports'],
    message: 'expected at least 1 entry (an empty list judges no port: give imagePorts too, or switch the item off with severity: off)',
  }),
  run({ snapshot, options, report: reportFinding, skip }) {
    // A port is reported at its first character, also where a YAML reader located it at its opening quote (`- "5432:5432"`).
    const atValue = valueColumns((f) => snapshot.text(f), { scalars: true });
    const report = (f: RawFinding) => reportFinding(atValue(f));
    const compose = judgedComposeFiles(snapshot);
    const objects = k8sObjectsJudged(snapshot);
    const services = objects.filter((o) => o.kind === 'Service');
    const workloads = objects.filter((o) => podSpec(o) !== null);
    // A compose file that could not be parsed has no services (its parse-error says why): nothing was judged.
    const kamal = kamalConfigs(snapshot);
    const base = new Set(options.ports);
    const imageEntries = (image: string) => Object.entries(options.imagePorts ?? IMAGE_PORTS).filter(([name]) => image.toLowerCase().includes(name.toLowerCase()));
    const dbPortsFor = (image: string): number[] => [...base, ...imageEntries(image).flatMap(([, ports]) => ports)];
    // A port in the table is a database port, named after its product; one only the `ports` option lists (a broker's
    // 5672) is named as the item's, not as a database's.
    const label = (p: number) => (DATABASE_PORTS[p] ? `database port ${p} (${DATABASE_PORTS[p]})` : `port ${p} (listed in the item's ports option)`);
    // A port that is a database port because of the image is named after the product the image names.
    const labelFor = (image: string) => (p: number) => {
      if (DATABASE_PORTS[p]) return label(p);
      const product = imageEntries(image).find(([, ports]) => ports.includes(p))?.[0];
      if (product !== undefined) return `database port ${p} (${IMAGE_PRODUCTS[product.toLowerCase()] ?? product})`;
      // The port of the product the image names (on the host network judged whatever the options: InfluxDB's 8086).
      const db = imageDatabase(image);
      return db?.imagePorts?.ports.includes(p) ? `database port ${p} (${db.imagePorts.name})` : label(p);
    };
    // AWS security group rules and RDS instances (Terraform, CloudFormation): a database port open to the internet.
    const cloud = cloudDatabaseExposure(snapshot, base, label, Object.keys(DATABASE_PORTS).every((p) => base.has(Number(p))));
    // Bitnami database charts a chart depends on without vendoring them: their Services read at Bitnami's values paths.
    const dependencies = unvendoredDatabaseDependencies(snapshot, helmRepoOf(snapshot));
    const fly = flyServices(snapshot);
    const nomad = nomadJobs(snapshot);
    if (!compose.some((c) => c.services.length) && !services.length && !workloads.length && !kamal.some((k) => k.accessories.length) && !fly.length && !nomad.files.length && !cloud.judged && !dependencies.judged) { skip(noComposeReason(snapshot, { withCompose: `no compose services, ${OTHER_SOURCES}`, without: `no ${OTHER_SOURCES}` })); return; }
    for (const f of cloud.findings) report(f);
    // Kubernetes: one finding per location (a pod's `hostNetwork` judged for each of its database containers, a hostPort
    // several containers reach through a YAML alias); a failure replaces a note (a first container bound to loopback).
    const k8sOnce = onePerLocation();
    // A manifest in a development-only file (`k8s/dev/`, `overlays/dev/`, `local.yaml`: isDevOnly, as the other
    // Kubernetes checks read it) that no production kustomization deploys gets notes, marked so.
    const deployed = kustomizeDeployments(snapshot);
    const devOnly = (file: string) => isDevOnly(file) && !deployed.get(file)?.length;
    const devNote = <F extends RawFinding & { file: string }>(f: F): F => (f.note || !devOnly(f.file) ? f : { ...f, note: true, message: `${f.message} (development-only file)` });
    const once = (f: RawFinding & { file: string; line: number }) => k8sOnce.put(devNote(f));
    // How messages name a Kubernetes object and its containers: a Helm chart template's templated name readably, with its
    // template file, as the other Kubernetes checks name it (`Service '<fullname>' (templates/service.yaml)`, container
    // 'web' for `{{ .Chart.Name }}`). Subjects keep the name as written.
    const shownObject = (obj: K8sObject) => (obj.name?.includes('{{') ? helmWorkloadLabel(snapshot, obj) : `${obj.kind} '${obj.name ?? '?'}'`);
    const shownContainer = (obj: K8sObject, name: string) => shownTemplateName(name, helmChartName(snapshot, obj.file));
    // Compose: one finding per place a mapping (or `network_mode: host`) is written and port judged, naming every service
    // that uses it (a YAML anchor, a merge key, an `extends` base shared by several services), as image-tag-pinned does;
    // any production service using it makes it a failure, whatever the order of the services.
    const shared = new Map<string, ComposeHit[]>();
    const put = (h: ComposeHit) => {
      const key = `${h.file}:${h.line}:${h.column}:${h.port}`;
      const list = shared.get(key);
      if (list) list.push(h);
      else shared.set(key, [h]);
    };
    // The image a service runs as compose merges its definitions across files (composeMergedImage): an overlay that publishes
    // `8123:8123` (`compose.prod.yml`, `compose.override.yml`) without naming the image runs the main file's (`clickhouse/clickhouse-server`),
    // whose product decides the image-specific ports; a main file's service without one runs the image a production overlay names.
    const groupOf = new Map(composeServiceGroups(snapshot).flatMap((g) => g.map((m) => [m, g] as const)));
    const composeImage = (svc: ComposeService): string => {
      const group = groupOf.get(svc) ?? [svc];
      if (!isComposeBase(svc)) return composeMergedImage([...group.filter(isComposeBase), svc]);
      const over = overriddenInProduction(snapshot, svc, (m) => composeMergedImage([m]) !== '');
      return composeMergedImage([svc, ...group.filter((m) => m.file === over)]);
    };
    for (const cf of compose) {
      const doc = snapshot.yaml(cf.path)?.docs[0]?.value;
      const raw = isObject(doc) && isObject(doc['services']) ? doc['services'] : {};
      const vars = composeDotenv(snapshot, cf.path);
      for (const svc of cf.services) {
        const own = isObject(raw[svc.name]) ? raw[svc.name] as Record<string, unknown> : {};
        const image = composeImage(svc);
        const dev = composeDevOnly(svc);
        // On the host network `ports:` does not apply (compose ignores it): the network mode is judged instead.
        // Only an exact repository name speaks for a database here (`cassandra`, not `cassandra_exporter`).
        if (hostNetwork(svc)) judgeHostNetwork(svc, image, dbPortsFor(image), labelFor(image), imageEntries(image).filter(([name]) => repositoryName(image) === name.toLowerCase()).flatMap(([, ports]) => ports), dev, vars, put);
        else {
          // Compose appends an overlay's `ports` to the base's; `ports: !reset []` (or `!override [...]`) in a
          // production overlay replaces them, so the base's mappings are not deployed.
          const reset = dev ? null : overriddenInProduction(snapshot, svc, (m) => RESET_TAGS.has(snapshot.yaml(m.file)?.docs[0]?.tag(['services', m.name, 'ports']) ?? ''));
          const listed = reset === null ? null : mergedByFileList(snapshot, svc.file, reset);
          const replaced = reset === null ? null : mergedByIncludeList(snapshot, svc.file, reset) ? `replaced by ports: !reset/!override in ${reset}, which the include: path list merges over it`
            : listed ? `replaced by ports: !reset/!override in ${reset}, which ${listed} merges over it` : `replaced by ports: !reset/!override in ${reset} for production`;
          judgeService(svc, own, dbPortsFor(image), labelFor(image), dev ?? replaced, vars, put);
        }
      }
    }
    for (const hits of shared.values()) {
      const names = [...new Set(hits.map((h) => h.service))];
      const failing = hits.find((h) => !h.note && h.dev === null);
      const h = failing ?? hits[0]!;
      const message = h.message(namedServices(names), names.length === 1);
      // Every service is development-only here: say why for each (two services in different profiles).
      const devs = [...new Set(hits.filter((x) => !x.note && x.dev !== null).map((x) => x.dev))];
      report({ file: h.file, line: h.line, column: h.column, ...(h.subject ? { subject: h.subject(names) } : {}), ...(failing ? {} : { note: true }), message: failing || h.note ? message : `${message} (${devs.join('; ')})`, fix: h.fix });
    }
    // Pods on the node's network (`hostNetwork: true`) or mapping a database port to a `hostPort`: the
    // database answers on the node's own addresses, outside any Service or NetworkPolicy's reach.
    const helmRepo = helmRepoOf(snapshot);
    for (const obj of workloads) {
      const ps = podSpec(obj)!;
      const label = `${obj.kind} '${obj.name ?? '?'}'`;
      const shown = shownObject(obj);
      // Read as Kubernetes reads it (YAML 1.1: a plain `yes`/`on` is true).
      const hostNet = ps.spec['hostNetwork'] === undefined ? null : k8sBool(ps.spec['hostNetwork'], () => ({ at: obj.loc([...ps.path, 'hostNetwork']), lines: snapshot.lines(obj.file) }));
      // A Helm template's `hostNetwork: {{ .Values.hostNetwork }}`: what the first values set that turns it on renders.
      const written = ps.spec['hostNetwork'];
      const fromValues = typeof written === 'string' && written.includes('{{')
        ? (helmValueSets(obj.file, helmRepo) ?? []).find((set) => { const v = helmScalar(written, set.values); return v === true || v === 'true'; })
        : undefined;
      const onHostNetwork = (hostNet?.kind === 'bool' && hostNet.value) || fromValues !== undefined;
      const origin = fromValues && helmValueOrigin(written, fromValues);
      const hostNetWritten = origin ? `true, ${origin.key} in ${origin.file ?? 'values.yaml'}` : typeof written === 'string' ? written : 'true';
      for (const c of containers(obj)) {
        const image = typeof c.container['image'] === 'string' ? c.container['image'] : '';
        const dbPorts = dbPortsFor(image);
        const ports = Array.isArray(c.container['ports']) ? c.container['ports'] : [];
        const declared = ports.flatMap((p) => (isObject(p) && typeof p['containerPort'] === 'number' && dbPorts.includes(p['containerPort']) ? [p['containerPort']] : []));
        ports.forEach((p, i) => {
          if (!isObject(p) || typeof p['hostPort'] !== 'number' || onHostNetwork) return;
          const target = typeof p['containerPort'] === 'number' ? p['containerPort'] : p['hostPort'];
          if (!dbPorts.includes(target)) return;
          const at = obj.loc([...c.path, 'ports', i, 'hostPort'], true);
          const where = { file: obj.file, line: at.line, column: at.column, subject: `${label} container ${c.name} hostPort ${target}`, fix: K8S_FIX };
          const what = `container '${shownContainer(obj, c.name)}' of ${shown} maps ${labelFor(image)(target)} to hostPort ${p['hostPort']}`;
          // `hostIP` binds the host port to that address of the node only, as compose's host address does.
          const hostIP = typeof p['hostIP'] === 'string' && p['hostIP'].trim() ? p['hostIP'].trim() : null;
          const bound = hostBinding(hostIP);
          if ('note' in bound) { once({ ...where, note: true, message: `${what}, ${bound.note}` }); return; }
          once({ ...where, message: `${what} on ${bound.scope === 'all interfaces' ? 'every address' : bound.scope} of its node; drop hostPort and reach it through a ClusterIP Service` });
        });
        if (!onHostNetwork) continue;
        // The same port choice as compose's network_mode: host (declared, the image's product, the imagePorts option).
        const port = declared[0] ?? imageDatabasePort(image) ?? imageEntries(image).filter(([name]) => repositoryName(image) === name.toLowerCase()).flatMap(([, ports]) => ports)[0];
        if (port === undefined) continue;
        const at = obj.loc([...ps.path, 'hostNetwork'], true);
        const what = `${shown} runs on the node's network (hostNetwork: ${hostNetWritten}), so ${labelFor(image)(port)} of container '${shownContainer(obj, c.name)}' listens on every address of its node`;
        if (bindsLoopback(c.container['command'], c.container['args'])) once({ file: obj.file, line: at.line, column: at.column, note: true, fix: K8S_FIX, message: `${what}, but its command binds it to loopback` });
        else once({ file: obj.file, line: at.line, column: at.column, fix: K8S_FIX, message: `${what}; drop hostNetwork and reach it through a ClusterIP Service` });
      }
    }
    for (const f of k8sOnce.findings()) report(f);
    // Kamal accessories (`config/deploy.yml`): `port` is `docker run --publish`'s — a bare port is published on every interface
    // of the accessory's host, as `"3306:3306"` is; Kamal's generated file binds them to `127.0.0.1`.
    for (const k of kamal) {
      for (const a of k.accessories) {
        if (!a.port) continue;
        const image = a.image?.value ?? '';
        const p = parsePort(a.port.value);
        const hit = p ? dbPortsFor(image).find((d) => d >= p.target[0] && d <= p.target[1]) : undefined;
        if (!p || hit === undefined) continue;
        const where = { file: k.file, line: a.port.line, column: a.port.column, subject: `Kamal accessory ${a.name} port ${hit}`, fix: `Bind the accessory to loopback (\`port: "${loopbackMapping(p.published, hit)}"\`, as Kamal's generated deploy.yml does) or drop \`port:\` (the app reaches it over the kamal network).` };
        const what = `Kamal accessory '${a.name}' publishes ${labelFor(image)(hit)} on host port ${p.published ?? hit}`;
        const bound = hostBinding(p.hostIp);
        if ('note' in bound) { report({ ...where, note: true, message: `${what}, ${bound.note}` }); continue; }
        const message = `${what} of ${bound.scope} of its host; bind it to loopback or a private address (port: "127.0.0.1:${/^\d+$/.test(p.published ?? '') ? p.published : hit}:${hit}", as Kamal's generated deploy.yml does) or drop port: (the app reaches it over the kamal network)`;
        report(k.dev ? { ...where, note: true, message: `${message} (development destination)` } : { ...where, message });
      }
    }
    // fly.toml `[[services]]` whose `internal_port` is a database port with `[[services.ports]]`: Fly's proxy takes connections for it
    // on the app's IP addresses (what Fly's docs set up to reach Postgres from outside), as a Kamal accessory's bare `port` publishes it.
    for (const s of fly) {
      if (!dbPortsFor(s.image).includes(s.internalPort)) continue;
      for (const p of s.ports) {
        const message = `${basename(s.file)} [[services]] with internal_port ${s.internalPort} publishes ${labelFor(s.image)(s.internalPort)} on port ${p.port} of the app's IP addresses: public unless the app has only a private Flycast address; remove the [[services.ports]] entry (apps of the organization reach it over the private network, <app>.internal:${s.internalPort}, or a Flycast address: fly ips allocate-v6 --private)`;
        const where = { file: s.file, line: p.line, column: p.column, subject: `fly.toml services port ${s.internalPort}`, fix: `Remove the [[services.ports]] entry of the [[services]] block with internal_port = ${s.internalPort} (reach the database over Fly's private network, <app>.internal:${s.internalPort}, or a private Flycast address).` };
        report(s.dev ? { ...where, note: true, message: `${message} (development-only file)` } : { ...where, message });
      }
    }
    // Nomad job files: a group's `network { port "db" { static = 5432 } }` reserves that port on the client node's address, which
    // Docker maps to the task's port (`to`, else the same number): the database answers on the node, as a Kubernetes hostPort does.
    for (const p of nomad.ports) {
      const images = p.images.length ? p.images : [''];
      const image = images.find((i) => dbPortsFor(i).includes(p.to));
      if (image === undefined) continue;
      const db = labelFor(image)(p.to);
      const what = `Nomad job '${p.job}' group '${p.group}' reserves static port ${p.static} (port "${p.label}"${p.to !== p.static ? `, mapped to ${p.to}` : ''}) for ${db}`;
      const where = { file: p.file, line: p.line, column: p.column, subject: `Nomad job ${p.job} group ${p.group} port ${p.label} static ${p.to}`, fix: `Drop \`static\` from port "${p.label}" (a dynamic port, found through Consul or Nomad service discovery, or a Consul Connect upstream), or put it on a private host_network of the clients.` };
      if (p.hostNetwork !== null) { report({ ...where, note: true, message: `${what} on host_network "${p.hostNetwork}", an address the clients' configuration defines (not read): make sure it is a private one` }); continue; }
      const message = `${what} on its client node's address: anyone who reaches the node reaches the database; drop static (a dynamic port found through service discovery, or a Consul Connect upstream) or put it on a private host_network`;
      report(p.dev ? { ...where, note: true, message: `${message} (development-only file)` } : { ...where, message });
    }
    // One finding per place and port; a failure replaces a note (a base judged alone and in an overlay's rendering).
    const serviceFindings = new Map<string, RawFinding & { file: string }>();
    const putService = (f: RawFinding & { file: string; line: number }, port: number) => {
      const key = `${f.file}:${f.line}:${f.column ?? 0}:${port}`;
      const g = devNote(f);
      const prev = serviceFindings.get(key);
      // The overlays that render it so, each (for an item scoped to one of them: RawFinding.overlays).
      const overlays = [...new Set([...(prev?.overlays ?? []), ...(g.overlays ?? [])])];
      if (!prev || (prev.note && !g.note)) serviceFindings.set(key, overlays.length ? { ...g, overlays } : g);
      else if (overlays.length) prev.overlays = overlays;
    };
    /**
     * Judges a Service (`variant`: as a kustomize overlay renders it, its fields merged from the base and the
     * overlay's patches, each finding located by `variant.at`).
     */
    const judgeK8sService = (obj: K8sObject, variant?: { at: (i: number) => { file: string; line: number; column: number }; overlay: string }) => {
      const spec = isObject(obj.value['spec']) ? obj.value['spec'] : {};
      // A Helm chart template's type or port written as one values path (`type: {{ .Values.service.type }}`, as
      // `helm create` writes it) is what the chart's values render: `values.yaml`, or another values file of the
      // chart over it (`values-production.yaml`: `service.type: LoadBalancer`). The first values set that makes
      // the Service reachable from outside is the one judged, and its ports are read from it too.
      const templated = (x: unknown) => typeof x === 'string' && x.includes('{{');
      const ports = Array.isArray(spec['ports']) ? spec['ports'] : [];
      const sets = templated(spec['type']) || ports.some((p) => isObject(p) && (templated(p['port']) || templated(p['targetPort']))) ? helmValueSets(obj.file, helmRepo) ?? [] : [];
      let type = spec['type'];
      let from: HelmValueSet | null = null;
      let typeSettings: Record<string, unknown> = {};
      let typeWhy = '';
      if (templated(type)) {
        for (const set of sets) {
          const t = helmScalar(type, set.values);
          if (t !== 'LoadBalancer' && t !== 'NodePort') continue;
          // Named where it is written: a parent chart's values file under the subchart's key (`postgresql.primary.service.type`);
          // one that a values file over `values.yaml` leaves alone, in `values.yaml`.
          const { key, file, path } = helmValueOrigin(type, set)!;
          // The type's sibling settings in the values (`service.loadBalancerSourceRanges`, `service.annotations`), which
          // templates render with `toYaml` lines that are not read.
          let parent: unknown = set.values;
          for (const k of path.slice(0, -1)) parent = isObject(parent) ? parent[k] : undefined;
          if (isObject(parent)) typeSettings = parent;
          from = set;
          type = t;
          typeWhy = ` (${key}: ${t} in ${file ?? 'values.yaml'})`;
          break;
        }
      }
      const portOf = (x: unknown): unknown => {
        if (!templated(x)) return x;
        for (const set of from ? [from] : sets) {
          const v = helmScalar(x, set.values);
          const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,5}$/.test(v.trim()) ? Number(v) : undefined;
          if (n !== undefined) return n;
        }
        return x;
      };
      const service = `Service '${obj.name ?? '?'}'`;
      const shownService = shownObject(obj);
      // `externalIPs` makes every node answer on those addresses for the Service's ports, whatever its type.
      const externalIPs = Array.isArray(spec['externalIPs']) ? spec['externalIPs'].map((ip) => String(ip).trim()).filter(Boolean) : [];
      // How a database port of this Service is reached from outside: a failure, or a note (an internal or
      // address-restricted load balancer, externalIPs that are private addresses only).
      let judge: (port: string) => { message: string; note: boolean };
      if (type === 'LoadBalancer' || type === 'NodePort') {
        const meta = isObject(obj.value['metadata']) ? obj.value['metadata'] : {};
        const annotations = { ...(isObject(typeSettings['annotations']) ? typeSettings['annotations'] : {}), ...(isObject(meta['annotations']) ? meta['annotations'] : {}) };
        const lbc = awsLoadBalancerController(annotations, spec['loadBalancerClass'] ?? typeSettings['loadBalancerClass']);
        const internal = Object.entries(annotations).some(([k, v]) => isInternalLoadBalancer(k, v, lbc));
        const ranges = Array.isArray(spec['loadBalancerSourceRanges']) ? spec['loadBalancerSourceRanges'] : typeSettings['loadBalancerSourceRanges'];
        const sources = Array.isArray(ranges) ? ranges.map(String) : null;
        const restricted = type === 'LoadBalancer' && sources !== null && sources.length > 0 && !sources.some((r) => r === '0.0.0.0/0' || r === '::/0');
        judge = (port) => {
          const what = `${shownService} of type ${type}${typeWhy} exposes ${port}`;
          return type === 'LoadBalancer' && (internal || restricted)
            ? { note: true, message: `${what} through an ${internal ? 'internal load balancer' : 'address-restricted load balancer'}` }
            : { note: false, message: `${what} outside the cluster; use a ClusterIP Service (reach it from inside the cluster or through a bastion)` };
        };
      } else if (externalIPs.length && type !== 'ExternalName') {
        const privateOnly = externalIPs.every((ip) => PRIVATE.test(ip) || isLoopback(ip));
        judge = (port) => {
          const what = `${shownService} exposes ${port} on its externalIPs (${externalIPs.join(', ')})`;
          return privateOnly ? { note: true, message: `${what}, private addresses only` } : { note: false, message: `${what}; drop externalIPs and reach it from inside the cluster or through a bastion` };
        };
      } else return;
      const db = new Set(base);
      ports.forEach((p, i) => {
        if (!isObject(p)) return;
        let hit = [portOf(p['port']), portOf(p['targetPort'])].find((x): x is number => typeof x === 'number' && db.has(x));
        let shown = hit === undefined ? '' : label(hit);
        // A named `targetPort` (`postgresql`) is the `containerPort` of that name in the pods the selector selects (the
        // workloads of this repository, same namespace): a database port when that container's image or the ports say so.
        if (hit === undefined && typeof p['targetPort'] === 'string' && /[a-z]/i.test(p['targetPort'])) {
          const name = p['targetPort'];
          for (const t of namedTargetPorts(obj, workloads, name)) {
            const image = typeof t.container.container['image'] === 'string' ? t.container.container['image'] : '';
            if (!dbPortsFor(image).includes(t.port)) continue;
            hit = t.port;
            shown = `${labelFor(image)(t.port)} of container '${shownContainer(t.container.object, t.container.name)}' in ${shownObject(t.container.object)} (targetPort '${name}') on port ${String(p['port'])}`;
            break;
          }
        }
        if (hit === undefined) return;
        const at = variant ? variant.at(i) : { file: obj.file, ...obj.loc(['spec', 'ports', i]) };
        const { message, note } = judge(shown);
        putService({ file: at.file, line: at.line, column: at.column, subject: `${service} port ${hit}`, ...(note ? { note: true } : {}), fix: K8S_FIX, ...(variant ? overlayScope(snapshot, { overlays: [variant.overlay] }) : {}), message: variant ? `${message}${overlayNote({ overlays: [variant.overlay] })}` : message }, hit);
      });
    };
    for (const obj of services) judgeK8sService(obj);
    // A Bitnami database chart the chart depends on but does not vendor (`oci://registry-1.docker.io/bitnamicharts/postgresql`, fetched
    // by `helm dependency build`): no template of it to read, its Service type is read where Bitnami's charts take it from the values
    // (`postgresql.primary.service.type`, `redis.master.service.type`), with the annotations and source ranges beside it.
    for (const dep of dependencies.exposed) {
      const port = imageDatabasePort(dep.product);
      if (port === undefined || !dbPortsFor(dep.product).includes(port)) continue;
      const annotations = isObject(dep.settings['annotations']) ? dep.settings['annotations'] : {};
      const internal = Object.entries(annotations).some(([k, v]) => isInternalLoadBalancer(k, v, awsLoadBalancerController(annotations, dep.settings['loadBalancerClass'])));
      const ranges = Array.isArray(dep.settings['loadBalancerSourceRanges']) ? dep.settings['loadBalancerSourceRanges'].map(String) : null;
      const restricted = dep.type === 'LoadBalancer' && ranges !== null && ranges.length > 0 && !ranges.some((r) => r === '0.0.0.0/0' || r === '::/0');
      const what = `the ${dep.role ? `${dep.role} ` : ''}Service of chart dependency '${dep.key}' (Bitnami ${dep.name}, not vendored in ${dep.chartDir}charts/) of type ${dep.type}${dep.why} exposes ${labelFor(dep.product)(port)}`;
      const where = { file: dep.file, line: dep.line, column: dep.column, subject: `Helm dependency ${dep.key} ${dep.role || 'service'} port ${port}`, fix: K8S_FIX };
      if (dep.type === 'LoadBalancer' && (internal || restricted)) putService({ ...where, note: true, message: `${what} through an ${internal ? 'internal load balancer' : 'address-restricted load balancer'}` }, port);
      else putService({ ...where, message: `${what} outside the cluster; use a ClusterIP Service (reach it from inside the cluster or through a bastion)` }, port);
    }
    // A Service as each production kustomize overlay renders it: a patch that only sets `type: LoadBalancer` (or
    // `externalIPs`) over a base ClusterIP Service exposes the base's ports.
    for (const v of k8sServiceVariants(snapshot)) {
      const merged = mergeServiceLayers(v.base, v.layers);
      judgeK8sService(merged.object, { at: merged.at, overlay: v.overlay });
    }
    for (const f of serviceFindings.values()) report(f);
  },
});

/**
 * Bitnami's database charts and the values paths of the Services they create (under the dependency's key in the parent's
 * values: `postgresql.primary.service.type`), as their current major versions name them, with the product (an image name the
 * DATABASES table knows, for its port and name).
 */
const BITNAMI_SERVICES: Record<string, { product: string; services: string[][] }> = {
  'postgresql': { product: 'postgres', services: [['primary'], ['readReplicas']] },
  'postgresql-ha': { product: 'postgres', services: [[]] },
  'mysql': { product: 'mysql', services: [['primary'], ['secondary']] },
  'mariadb': { product: 'mariadb', services: [['primary'], ['secondary']] },
  'mariadb-galera': { product: 'mariadb', services: [[]] },
  'mongodb': { product: 'mongo', services: [[]] },
  'mongodb-sharded': { product: 'mongo', services: [[]] },
  'redis': { product: 'redis', services: [['master'], ['replica'], ['sentinel']] },
  'redis-cluster': { product: 'redis', services: [[]] },
  'valkey': { product: 'valkey', services: [['primary'], ['replica'], ['sentinel']] },
  'valkey-cluster': { product: 'valkey', services: [[]] },
  'memcached': { product: 'memcached', services: [[]] },
  'elasticsearch': { product: 'elasticsearch', services: [[]] },
  'opensearch': { product: 'opensearch', services: [[]] },
  'cassandra': { product: 'cassandra', services: [[]] },
  'etcd': { product: 'etcd', services: [[]] },
  'couchdb': { product: 'couchdb', services: [[]] },
  'influxdb': { product: 'influxdb', services: [['influxdb']] },
  'clickhouse': { product: 'clickhouse', services: [[]] },
};

/**
 * A Bitnami database chart a chart depends on (`dependencies:` of its Chart.yaml, from a Bitnami repository: `oci://registry-1.docker.io/bitnamicharts`,
 * `https://charts.bitnami.com/bitnami`) that is not in its `charts/` folder (the usual layout: `helm dependency build` fetches it),
 * so no template of it is read: its Service type set to LoadBalancer or NodePort in the values the parent chart deploys with, read
 * at Bitnami's paths (BITNAMI_SERVICES). `settings`: the values beside that `type` (`annotations`, `loadBalancerSourceRanges`).
 */
interface DependencyService { chartDir: string; key: string; name: string; product: string; role: string; type: string; why: string; settings: Record<string, unknown>; file: string; line: number; column: number }

function unvendoredDatabaseDependencies(snapshot: SnapshotView, helmRepo: ReturnType<typeof helmRepoOf>): { judged: boolean; exposed: DependencyService[] } {
  const out: { judged: boolean; exposed: DependencyService[] } = { judged: false, exposed: [] };
  const yamlFiles = filesEndingIn(snapshot.files, 'yaml');
  for (const chartFile of yamlFiles) {
    if (basename(chartFile) !== 'Chart.yaml' || isTemplate(chartFile) || isTestFile(chartFile) || isVendored(chartFile)) continue;
    const meta = snapshot.yaml(chartFile)?.docs[0]?.value;
    const deps = isObject(meta) && Array.isArray(meta['dependencies']) ? meta['dependencies'] : [];
    if (!deps.length) continue;
    const chartDir = chartFile.slice(0, -'Chart.yaml'.length);
    // The subcharts in `charts/` (folders with a Chart.yaml): their templates are read, as for any chart.
    const vendored = new Set(yamlFiles.filter((f) => f.startsWith(`${chartDir}charts/`) && /^[^/]+\/Chart\.yaml$/.test(f.slice(chartDir.length + 7))).flatMap((f) => {
      const m = snapshot.yaml(f)?.docs[0]?.value;
      return [f.slice(chartDir.length + 7, -'/Chart.yaml'.length), ...(isObject(m) && typeof m['name'] === 'string' ? [m['name']] : [])];
    }));
    for (const d of deps.slice(0, 100)) {
      if (!isObject(d) || typeof d['name'] !== 'string' || typeof d['repository'] !== 'string' || !/bitnami/i.test(d['repository'])) continue;
      // Own keys only: a dependency named `constructor` or `toString` is no Bitnami chart (review B3: it crashed the check).
      const known = Object.hasOwn(BITNAMI_SERVICES, d['name']) ? BITNAMI_SERVICES[d['name']] : undefined;
      if (!known || vendored.has(d['name'])) continue;
      const key = typeof d['alias'] === 'string' && d['alias'] ? d['alias'] : d['name'];
      const sets = helmValueSets(`${chartDir}templates/_`, helmRepo);
      if (!sets) continue;
      out.judged = true;
      const get = (values: unknown, keys: readonly string[]) => keys.reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), values);
      // Helm leaves the dependency out when its `condition` (`postgresql.enabled`, the first of a list that is set) is false.
      const dep = helmDependencies({ dependencies: [d] })[0]!;
      const enabled = (values: unknown) => helmDependencyEnabled(dep, values);
      for (const role of known.services) {
        const path = [key, ...role, 'service', 'type'];
        for (const set of sets) {
          const t = get(set.values, path);
          if ((t !== 'LoadBalancer' && t !== 'NodePort') || !enabled(set.values)) continue;
          const origin = helmValueOrigin(`{{ .Values.${path.join('.')} }}`, set);
          const file = origin?.file ?? set.file;
          const at = file ? snapshot.yaml(file)?.docs[0]?.loc(origin!.path) : null;
          if (!file || !at) continue;
          const parent = get(set.values, path.slice(0, -1));
          out.exposed.push({ chartDir, key, name: d['name'], product: known.product, role: role.join('.'), type: t, why: ` (${origin!.key}: ${t} in ${file})`, settings: isObject(parent) ? parent : {}, file, ...at });
          break;
        }
      }
    }
  }
  return out;
}

/**
 * The Kubernetes objects judged: the manifests (not templates or test fixtures), and the objects Terraform's Kubernetes provider
 * declares (`kubernetes_service`, `kubernetes_deployment`…, `kubernetes_manifest`: tf-kubernetes.ts), read as manifests.
 */
function k8sObjectsJudged(snapshot: SnapshotView): K8sObject[] {
  return [...snapshot.k8sObjects().filter((o) => !isTemplate(o.file) && !isTestFile(o.file)), ...terraformK8sObjects(snapshot)];
}

/**
 * A compose service's database port published where a mapping (or `network_mode`) is written: `note` when the binding
 * makes it one (loopback, a private address…), `dev` why the service is development-only; `message` names the services
 * (`who`, `one` for a single service) that share the place.
 */
interface ComposeHit {
  file: string; line: number; column: number; port: number; service: string; note: boolean; dev: string | null;
  subject?: (services: string[]) => string;
  message: (who: string, one: boolean) => string;
  /** The finding's own fix, with its port. */
  fix: string;
}

/** A mapping's loopback form for fixes: `127.0.0.1:<host port>:<container port>` (the published port when it is a number). */
const loopbackMapping = (published: string | null, port: number) => `127.0.0.1:${/^\d+$/.test(published ?? '') ? published : port}:${port}`;
/** The fix for a Kubernetes finding (a Service, a hostPort, the host network): no compose mapping to suggest. */
const K8S_FIX = 'Reach the database through a ClusterIP Service from inside the cluster (or through a bastion / kubectl port-forward); drop LoadBalancer/NodePort, externalIPs, hostPort and hostNetwork for it.';

/**
 * Judges a service's published ports. `own` is the service as written (before `extends`): its own entries
 * point at their lines; entries inherited through `extends` are reported where the base writes them, one finding
 * for every service that reaches them (the base's own service too, when it is judged itself).
 */
function judgeService(svc: ComposeService, own: Record<string, unknown>, dbPorts: number[], label: (p: number) => string, dev: string | null, vars: ReadonlyMap<string, string | null>, put: (h: ComposeHit) => void) {
  const ports = svc.value['ports'];
  if (!Array.isArray(ports)) return;
  const inherited = ports.length - (Array.isArray(own['ports']) ? own['ports'].length : 0);
  ports.forEach((entry, i) => {
    const p = parsePort(entry, vars);
    if (!p) return;
    const hit = dbPorts.find((d) => d >= p.target[0] && d <= p.target[1]);
    if (hit === undefined) return;
    // An entry inherited through `extends` is shown where it is written (in the base).
    // Identified by the services and the container port judged, not the entry's line: a quote style, a host port or
    // another port added to the same flow list (`ports: ["5432:5432", "9187:9187"]`) leaves it the same finding.
    const at = i < inherited ? svc.origin(['ports', i]) : { file: svc.file, ...svc.loc(['ports', i - inherited]) };
    const pub = !p.published ? 'a random host port' : p.published.includes('?') ? 'an unknown host port (a variable without a value)' : `host port ${p.published}`;
    const what = (who: string, one: boolean) => `compose ${who} publish${one ? 'es' : ''} ${label(hit)} on ${pub}`;
    const bound = hostBinding(p.hostIp);
    const fix = `Drop the \`ports:\` mapping (services reach the database over the compose network), use \`expose:\`, or bind it to loopback: \`"${loopbackMapping(p.published, hit)}"\`.`;
    const base = { ...at, port: hit, service: svc.name, dev, fix, subject: (names: string[]) => `service ${names.join(',')} port ${hit}` };
    if ('note' in bound) put({ ...base, note: true, message: (who, one) => `${what(who, one)}, ${bound.note}` });
    else put({ ...base, note: false, message: (who, one) => `${what(who, one)} of ${bound.scope}; remove the mapping, use expose:, or bind to 127.0.0.1` });
  });
}

/**
 * How a published port's host address (`Published.hostIp`) binds it: a note (loopback, a private address, an address
 * set by a variable without a value: unverifiable), else the interfaces it is reached on.
 */
function hostBinding(hostIp: string | null): { note: string } | { scope: string } {
  const ip = hostIp?.replace(/^\[|\]$/g, '') ?? null;
  if (ip !== null && isLoopback(ip)) return { note: `bound to loopback ${ip} only` };
  if (ip !== null && PRIVATE.test(ip)) return { note: `bound to private address ${ip}` };
  if (ip !== null && ip.includes('?')) return { note: 'bound to a host address set by a variable (unverifiable)' };
  return { scope: ip && ip !== '0.0.0.0' && ip !== '::' ? `address ${ip}` : 'all interfaces' };
}

/** Whether a container's command (compose `command`/`entrypoint`, Kubernetes `command`/`args`) binds the database to loopback. */
const bindsLoopback = (...parts: unknown[]): boolean =>
  LOOPBACK_BIND.test(parts.map((v) => (Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '')).join(' '));

/** The tags of a `ports:` list that replaces the base file's (`ports: !reset []`, `ports: !override [...]`). */
const RESET_TAGS = new Set(['!reset', '!override']);

const hostNetwork = (svc: ComposeService) => typeof svc.value['network_mode'] === 'string' && svc.value['network_mode'].trim().toLowerCase() === 'host';

/**
 * `network_mode: host` on a database service (its image names a database product, or its
 * `ports`/`expose` name a database port): the database listens on every host interface.
 * `imagePorts`: the ports the `imagePorts` option gives the image (database ports by its image).
 */
function judgeHostNetwork(svc: ComposeService, image: string, dbPorts: number[], label: (p: number) => string, imagePorts: number[], dev: string | null, vars: ReadonlyMap<string, string | null>, put: (h: ComposeHit) => void) {
  const declared = [...(Array.isArray(svc.value['ports']) ? svc.value['ports'] : []), ...(Array.isArray(svc.value['expose']) ? svc.value['expose'] : [])]
    .map((e) => parsePort(e, vars))
    .flatMap((p) => (p ? dbPorts.filter((d) => d >= p.target[0] && d <= p.target[1]) : []));
  const port = declared[0] ?? imageDatabasePort(image) ?? imagePorts[0];
  if (port === undefined) return;
  const at = svc.origin(['network_mode'], true);
  const mapped = Array.isArray(svc.value['ports']) && svc.value['ports'].length;
  const what = (who: string, one: boolean) => `compose ${who} use${one ? 's' : ''} network_mode: host, so ${label(port)} listens on every host interface${mapped ? ` (${one ? 'its' : 'the'} ports: mapping does not apply)` : ''}`;
  const fix = `Drop \`network_mode: host\` (services reach the database by name over the compose network; publish \`"${loopbackMapping(null, port)}"\` if the host needs it), or bind the database to 127.0.0.1 in its command.`;
  const base = { file: at.file, line: at.line, column: at.column, port, service: svc.name, dev, fix };
  if (bindsLoopback(svc.value['command'], svc.value['entrypoint'])) put({ ...base, note: true, message: (who, one) => `${what(who, one)}, but ${one ? 'its' : 'the'} command binds it to loopback` });
  else put({ ...base, note: false, message: (who, one) => `${what(who, one)}; use the compose network (drop network_mode: host) and reach it by service name, or bind the database to 127.0.0.1` });
}

/**
 * A Service as kustomize's strategic merge renders it from its definition and patches (later layers winning):
 * `spec` fields replaced (`null` removes), `spec.ports` merged by `port` (the patch merge key of ServicePort; a new
 * port appended), `metadata.annotations` merged; `$patch: replace` on the spec or the annotations (a JSON 6902 replace
 * of the whole value) drops what earlier layers set there. `at(i)` locates a finding about merged port `i`: at the patch
 * that wrote that port entry, else at the patch setting what exposes the Service (`type`, `externalIPs`), else at the
 * definition's port entry.
 */
function mergeServiceLayers(base: K8sObject, layers: K8sObject[]): { object: K8sObject; at: (i: number) => { file: string; line: number; column: number } } {
  type Where = { obj: K8sObject; path: (string | number)[] };
  const spec: Record<string, unknown> = {};
  const specFrom = new Map<string, Where>();
  const ports: { value: Record<string, unknown>; from: Where }[] = [];
  const annotations: Record<string, unknown> = {};
  for (const obj of [base, ...layers]) {
    const s = isObject(obj.value['spec']) ? obj.value['spec'] : {};
    // `$patch: replace` (a JSON 6902 replace of `/spec`): what earlier layers set in the spec is gone.
    if (s['$patch'] === 'replace') { for (const k of Object.keys(spec)) delete spec[k]; specFrom.clear(); ports.length = 0; }
    for (const [k, v] of Object.entries(s)) {
      if (k === 'ports' || k === '$patch') continue;
      if (v === null) { delete spec[k]; specFrom.delete(k); continue; }
      spec[k] = v;
      specFrom.set(k, { obj, path: ['spec', k] });
    }
    if (s['ports'] === null) ports.length = 0;
    else if (Array.isArray(s['ports'])) {
      if (s['ports'].some((e) => isObject(e) && e['$patch'] === 'replace')) ports.length = 0;
      s['ports'].forEach((e, i) => {
        if (!isObject(e) || e['$patch'] !== undefined) return;
        const from = { obj, path: ['spec', 'ports', i] };
        const same = ports.find((p) => p.value['port'] !== undefined && p.value['port'] === e['port']);
        if (same) { same.value = { ...same.value, ...e }; same.from = from; } else ports.push({ value: { ...e }, from });
      });
    }
    const meta = isObject(obj.value['metadata']) ? obj.value['metadata'] : {};
    // `annotations: null` or `$patch: replace` (a JSON 6902 replace of `/metadata/annotations`) drops the earlier ones.
    const ann = meta['annotations'];
    if (ann === null || (isObject(ann) && ann['$patch'] === 'replace')) for (const k of Object.keys(annotations)) delete annotations[k];
    if (isObject(ann)) for (const [k, v] of Object.entries(ann)) { if (k === '$patch') continue; if (v === null) delete annotations[k]; else annotations[k] = v; }
  }
  const meta = isObject(base.value['metadata']) ? base.value['metadata'] : {};
  const value = { ...base.value, metadata: { ...meta, annotations }, spec: { ...spec, ports: ports.map((p) => p.value) } };
  const place = (w: Where) => ({ file: w.obj.file, ...w.obj.loc(w.path, true) });
  const exposing = ['type', 'externalIPs'].map((k) => specFrom.get(k)).find((w) => w !== undefined && w.obj !== base);
  return {
    object: { ...base, value },
    at: (i) => {
      const port = ports[i]!.from;
      if (port.obj !== base) return { file: port.obj.file, ...port.obj.loc(port.path) };
      return exposing ? place(exposing) : { file: base.file, ...base.loc(port.path) };
    },
  };
}

/**
 * Whether a JSON file parses (a BOM aside): one that does not is left to the readers that tell a broken template from a template
 * with deploy-time placeholders (util/ecs.ts), not reported again here.
 */
const validJson = (text: string): boolean => { try { JSON.parse(text.replace(/^\uFEFF/, '')); return true; } catch { return false; } };

/** What a cloud network rule or database instance exposes, found by cloudDatabaseExposure. */
interface CloudExposure { judged: boolean; findings: (RawFinding & { file: string; line: number })[] }

/** Security group and database resources a Terraform file may declare (a cheap test of its text before it is read). */
const TF_CLOUD_RE = /\b(?:aws_security_group(?:_rule)?|aws_vpc_security_group_ingress_rule|aws_db_instance|aws_rds_cluster_instance)\b/;
/** The same in a CloudFormation template (also a serverless.yml's `resources`). */
const CFN_CLOUD_RE = /AWS::(?:EC2::SecurityGroup(?:Ingress)?|RDS::DBInstance)\b/;
/** The addresses that are the whole internet in a rule's source. */
const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);
/** RDS engines (`postgres`, `aurora-mysql`, `sqlserver-ee`, `oracle-se2`) → the port they listen on unless `port` says otherwise. */
const RDS_ENGINE_PORTS: [RegExp, number][] = [[/postgres/i, 5432], [/mysql|mariadb|^aurora$/i, 3306], [/^sqlserver/i, 1433], [/^oracle/i, 1521]];
const CLOUD_RULE_FIX = 'Allow the database port only from the application\'s security group (`security_groups`, `source_security_group_id`, `referenced_security_group_id`; CloudFormation `SourceSecurityGroupId`) or private address ranges, never `0.0.0.0/0` or `::/0`; reach the database from inside the VPC (or through a bastion / SSM port forwarding).';
const rdsFix = (cfn: boolean) => `Set ${cfn ? '`PubliclyAccessible: false`' : '`publicly_accessible = false`'} (the default) and reach the database from inside the VPC (or through a bastion / SSM port forwarding).`;

/**
 * AWS network exposure of databases, in Terraform files and CloudFormation templates (also a serverless.yml's `resources`): security
 * group ingress rules that open a database port to the whole internet (`0.0.0.0/0`, `::/0`) — Terraform `aws_security_group`
 * `ingress` blocks and `ingress = [{ … }]` objects, `aws_security_group_rule` of `type = "ingress"`, `aws_vpc_security_group_ingress_rule`; CloudFormation
 * `AWS::EC2::SecurityGroup` `SecurityGroupIngress` and `AWS::EC2::SecurityGroupIngress` — and RDS instances made publicly
 * accessible (`aws_db_instance`/`aws_rds_cluster_instance` `publicly_accessible = true`, `AWS::RDS::DBInstance`
 * `PubliclyAccessible: true`). A rule is judged by its port range when the range starts or ends at a database port (`5432`,
 * `27017`-`27019`), over TCP (UDP for memcached's 11211); a rule opening every port or protocol (`-1`) names no database port and
 * is not judged here. An instance's port is its literal `port`, else its engine's (`postgres` 5432, `mysql`/`mariadb`/`aurora-mysql`
 * 3306, `sqlserver-*` 1433, `oracle-*` 1521); one whose port is neither is judged only when every default database port is
 * (`anyDatabase`). Values Terraform or CloudFormation computes (`var.cidr`, `!Ref AllowedCidr`) are unknown, not judged. A
 * development file (a `dev/` folder, `dev.tf`, `template-dev.yaml`) gives notes. `judged`: whether any rule or instance was read.
 */
function cloudDatabaseExposure(snapshot: SnapshotView, dbPorts: ReadonlySet<number>, label: (p: number) => string, anyDatabase: boolean): CloudExposure {
  const out: CloudExposure = { judged: false, findings: [] };
  const put = (f: RawFinding & { file: string; line: number }, dev: boolean) => out.findings.push(dev ? { ...f, note: true, message: `${f.message} (development-only file)` } : f);
  /** The database port a rule's range opens (`from`-`to`, over `protocol`), when it starts or ends at one; undefined else. */
  const rulePort = (from: unknown, to: unknown, protocol: unknown): number | undefined => {
    const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,5}$/.test(v.trim()) ? Number(v) : null);
    const a = num(from);
    const b = num(to ?? from);
    const proto = typeof protocol === 'string' || typeof protocol === 'number' ? String(protocol).trim().toLowerCase() : null;
    const p = proto === '6' ? 'tcp' : proto === '17' ? 'udp' : proto;
    if (a === null || b === null || (p !== 'tcp' && p !== 'udp')) return undefined;
    if (a > b) return undefined;
    const end = [a, b].find((d) => dbPorts.has(d) && tcpOrListening(p, [a, b]));
    if (end !== undefined) return end;
    // A range holding a database port inside it (`5000`-`6000` holds 5432 and 6379) opens it as well; every port (`0`-`65535`)
    // names no database and is left to the checks of open security groups.
    if (a === 0 && b >= 65535) return undefined;
    return [...dbPorts].sort((x, y) => x - y).find((d) => d > a && d < b && tcpOrListening(p, [d, d]));
  };
  const ruleMessage = (what: string, port: number, from: unknown, to: unknown, cidr: string) => {
    const range = to !== undefined && String(to).trim() !== String(from).trim() ? ` (ports ${String(from).trim()}-${String(to).trim()})` : '';
    return `${what} opens ${label(port)}${range} to ${cidr} (any address on the internet); allow only the application's security group or private address ranges`;
  };
  /** An instance's literal port and its engine's default port (`postgres` 5432), each null when computed or not known. */
  const instancePort = (port: unknown, engine: unknown): { port: number | null; engine: number | null } => {
    const p = typeof port === 'number' ? port : typeof port === 'string' && /^\d{1,5}$/.test(port.trim()) ? Number(port) : null;
    const e = typeof engine === 'string' ? RDS_ENGINE_PORTS.find(([re]) => re.test(engine.trim()))?.[1] ?? null : null;
    return { port: p, engine: e };
  };
  /**
   * A public instance is a database on the internet whatever port it listens on (`engine = "postgres"`, `port = 5433`): judged when
   * its port or its engine's is one of the item's, or the item is about every database.
   */
  const instance = ({ port, engine }: { port: number | null; engine: number | null }, written: string, what: string, at: { file: string; line: number; column: number }, subject: string, cfn: boolean, dev: boolean) => {
    if (!anyDatabase && !(port !== null && dbPorts.has(port)) && !(engine !== null && dbPorts.has(engine))) return;
    const db = port !== null && dbPorts.has(port) ? label(port)
      : port === null ? (engine !== null ? label(engine) : 'the database')
      : engine !== null && DATABASE_PORTS[engine] ? `the database (${DATABASE_PORTS[engine]}) on port ${port}` : `the database on port ${port}`;
    put({ ...at, subject, fix: rdsFix(cfn), message: `${what} sets ${written}: the instance gets a public address, so ${db} is reachable from the internet wherever its security groups allow; make it private and reach it from inside the VPC` }, dev);
  };
  for (const file of snapshot.files) {
    if (isTerraformSource(file)) {
      if (isTemplate(file) || isTestFile(file) || isVendoredOrGenerated(file)) continue;
      const text = snapshot.text(file);
      if (text === undefined || !TF_CLOUD_RE.test(text)) continue;
      const dev = devFile(file);
      // Blocks that close before the place a broken file stops being readable (its parse error says where).
      const readTo = terraformBreak(text)?.at ?? text.length;
      const literal = (v: HclValue | undefined) => (v && v.value !== UNKNOWN ? v.value : undefined);
      /** Each literal `0.0.0.0/0` or `::/0` of a CIDR argument (a list or a string), at the value. */
      const anywhere = (v: HclValue | undefined): { cidr: string; line: number; column: number }[] => {
        if (!v) return [];
        const list = Array.isArray(v.value) ? v.value.map((c, i) => [c, [i]] as const) : [[v.value, []] as const];
        return list.flatMap(([c, path]) => (typeof c === 'string' && ANYWHERE.has(c.trim()) ? [{ cidr: c.trim(), ...(v.loc([...path]) ?? { line: 1, column: 1 }) }] : []));
      };
      for (const block of hclBlocks(text, 'resource')) {
        if (block.end >= readTo) break;
        const [type, name] = block.labels;
        if (!type || name === undefined) continue;
        const owner = `Terraform ${type} '${name}'`;
        /** A rule's arguments: a block's (`ingress { … }`, a rule resource), or an object of an `ingress = [{ … }]` list's (ruleOf). */
        const rule = (body: HclBlock | ((arg: string) => HclValue | undefined), what: string, subject: string, cidrArgs: string[], protocolArg: string) => {
          out.judged = true;
          const arg = typeof body === 'function' ? body : (a: string) => hclArgument(text, body, a);
          const from = literal(arg('from_port'));
          const to = literal(arg('to_port'));
          const port = rulePort(from, to, literal(arg(protocolArg)));
          if (port === undefined) return;
          for (const cidrArg of cidrArgs) {
            for (const a of anywhere(arg(cidrArg))) {
              put({ file, line: a.line, column: a.column, subject: `${subject} port ${port} ${a.cidr}`, fix: CLOUD_RULE_FIX, message: ruleMessage(what, port, from, to, a.cidr) }, dev);
            }
          }
        };
        if (type === 'aws_security_group') {
          hclNestedBlocks(text, block, 'ingress').forEach((ing, i) => rule(ing, `${owner} ingress`, `aws_security_group.${name} ingress ${i}`, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol'));
          // The attribute form generated and imported configuration writes (`ingress = [{ from_port = 5432, … }]`): each object a rule.
          const list = hclArgument(text, block, 'ingress');
          if (list && Array.isArray(list.value)) {
            list.value.forEach((ing, i) => {
              if (!isObject(ing)) return;
              const ruleOf = (a: string): HclValue | undefined => (a in ing ? { value: ing[a], loc: (path, key) => list.loc([i, a, ...path], key) } : undefined);
              rule(ruleOf, `${owner} ingress`, `aws_security_group.${name} ingress ${i}`, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
            });
          }
        } else if (type === 'aws_security_group_rule') {
          if (literal(hclArgument(text, block, 'type')) !== 'ingress') continue;
          rule(block, owner, `aws_security_group_rule.${name}`, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
        } else if (type === 'aws_vpc_security_group_ingress_rule') {
          rule(block, owner, `aws_vpc_security_group_ingress_rule.${name}`, ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol');
        } else if (type === 'aws_db_instance' || type === 'aws_rds_cluster_instance') {
          out.judged = true;
          const pub = hclArgument(text, block, 'publicly_accessible');
          const v = literal(pub);
          if (v !== true && !(typeof v === 'string' && v.trim().toLowerCase() === 'true')) continue;
          const at = pub!.loc([]) ?? { line: 1, column: 1 };
          instance(instancePort(literal(hclArgument(text, block, 'port')), literal(hclArgument(text, block, 'engine'))), 'publicly_accessible = true', owner, { file, ...at }, `${type}.${name} publicly_accessible`, false, dev);
        }
      }
      continue;
    }
    // CloudFormation templates (YAML or JSON), and a serverless.yml's `resources`.
    const json = /\.json$/i.test(file);
    if ((!json && !/\.ya?ml$/i.test(file)) || isTestFile(file) || isVendoredOrGenerated(file) || (isTemplate(file) && !isCfnNamed(file))) continue;
    const text = snapshot.text(file);
    if (text === undefined || !CFN_CLOUD_RE.test(text) || (json && !validJson(text))) continue;
    const parsed = json ? snapshot.json(file) : snapshot.yaml(file)?.docs[0];
    const doc = parsed && parsed.value !== undefined ? cfnTemplate(file, parsed) : null;
    if (!doc) continue;
    const dev = devFile(file);
    const resources = (doc.value as Record<string, unknown>)['Resources'] as Record<string, unknown>;
    /** The literal scalar at `path` (not an intrinsic function: `!Ref`, `{ "Fn::…": … }`). */
    const literal = (path: (string | number)[], v: unknown): string | number | boolean | undefined => {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return undefined;
      const tag = doc.tag?.(path) ?? null;
      return tag && !tag.startsWith('!!') && tag !== 'tag:yaml.org,2002:str' ? undefined : v;
    };
    const rule = (r: Record<string, unknown>, path: (string | number)[], what: string, subject: string) => {
      out.judged = true;
      const from = literal([...path, 'FromPort'], r['FromPort']);
      const to = literal([...path, 'ToPort'], r['ToPort']);
      const port = rulePort(from, to, literal([...path, 'IpProtocol'], r['IpProtocol']));
      if (port === undefined) return;
      for (const key of ['CidrIp', 'CidrIpv6']) {
        const cidr = literal([...path, key], r[key]);
        if (typeof cidr !== 'string' || !ANYWHERE.has(cidr.trim())) continue;
        const at = doc.loc([...path, key]) ?? { line: 1, column: 1 };
        put({ file, ...at, subject: `${subject} port ${port} ${cidr.trim()}`, fix: CLOUD_RULE_FIX, message: ruleMessage(what, port, from, to, cidr.trim()) }, dev);
      }
    };
    for (const [id, r] of Object.entries(resources)) {
      if (!isObject(r) || !isObject(r['Properties'])) continue;
      const props = r['Properties'];
      const base = ['Resources', id, 'Properties'];
      if (r['Type'] === 'AWS::EC2::SecurityGroup' && Array.isArray(props['SecurityGroupIngress'])) {
        props['SecurityGroupIngress'].forEach((ing, i) => { if (isObject(ing)) rule(ing, [...base, 'SecurityGroupIngress', i], `CloudFormation security group '${id}' ingress`, `${id} ingress ${i}`); });
      } else if (r['Type'] === 'AWS::EC2::SecurityGroupIngress') {
        rule(props, base, `CloudFormation security group ingress '${id}'`, id);
      } else if (r['Type'] === 'AWS::RDS::DBInstance') {
        out.judged = true;
        const v = literal([...base, 'PubliclyAccessible'], props['PubliclyAccessible']);
        if (v !== true && !(typeof v === 'string' && v.trim().toLowerCase() === 'true')) continue;
        const at = doc.loc([...base, 'PubliclyAccessible']) ?? { line: 1, column: 1 };
        const port = instancePort(literal([...base, 'Port'], props['Port']), literal([...base, 'Engine'], props['Engine']));
        instance(port, 'PubliclyAccessible: true', `CloudFormation RDS instance '${id}'`, { file, ...at }, `${id} PubliclyAccessible`, true, dev);
      }
    }
  }
  return out;
}
