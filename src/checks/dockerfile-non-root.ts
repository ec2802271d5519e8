import { z } from 'zod';
import { globEntry } from './util/option-entry.js';
import { defineCheck } from './define.js';
import { builtOutsideCompose, composeArgBuilds, deployBuilds, deployedStageRunners, inlineDockerfileNotes, noDockerfileReason, runnerName, runnerSetting, shippedStages, shownArgs, stageLabel, stageSubject, unresolvedTargetNotes, type StageRunner } from './util/commands.js';
import { composeDotenv, judgedServices, namedServices, judgesDeployFile } from './util/groups.js';
import { composeDeploymentGroups } from './util/swarm.js';
import { composeDevOnly, composeInterpolate } from '../repo/compose.js';
import { expandWord, globalArgsWith, lineage, parseImageRef, rootFrom, substitute, withVariables, type DockerInstruction } from '../repo/dockerfile.js';
import type { RawFinding } from './define.js';
import { valueColumns } from './util/text.js';
import type { SnapshotView } from '../repo/snapshot.js';
import { imageGlobMatcher, normalizeImageName } from './image-tag-pinned.js';
import { varRefs } from '../repo/variables.js';
import { onePerLocation } from './util/once.js';
import { awsDeploy } from './util/ecs.js';
import { dockerActionOf } from './util/docker-action.js';
import { mayBuild, repositoryBuilds, type PassedBuildArgs } from './util/build-args.js';
import { CONTAINERS_CONTEXT_TRANSLATED, NON_ROOT_SAFEGUARD, OTHER_ORCHESTRATORS, NOT_AS_ROOT_IN_CONTAINERS_TRANSLATED, NOT_AS_ROOT_TRANSLATED_ALONE, RUNS_AS_NON_ROOT_USER, USER_INSTRUCTION_WITH_GROUP } from '../checklist/phrases.js';

/** Base images whose default user is not root (matched as `name:tag`, `docker.io/library/` stripped). */
export const DEFAULT_NON_ROOT_IMAGES = [
  // Distroless `nonroot`, `debug-nonroot` and their per-architecture tags (`nonroot-amd64`, `debug-nonroot-arm64`), all uid 65532;
  // `debug`, `latest` and `debug-amd64` run as root.
  'gcr.io/distroless/*:nonroot', 'gcr.io/distroless/*:debug-nonroot', 'gcr.io/distroless/*:*-nonroot', 'gcr.io/distroless/*:nonroot-*', 'gcr.io/distroless/*:*-nonroot-*',
  // Chainguard images run as nonroot (65532) — except `wolfi-base`, the distro base that runs as root (its apko config sets run-as 0).
  'cgr.dev/*/!(wolfi-base|wolfi-base:*)', 'cgr.dev/*/*/**',
  'mcr.microsoft.com/dotnet/**:*-chiseled*', 'mcr.microsoft.com/dotnet/**:*-chiseled',
  // .NET's Azure Linux distroless images (`8.0-azurelinux3.0-distroless`, `-distroless-extra`) run as `app` (1654), as the chiseled ones.
  'mcr.microsoft.com/dotnet/**:*-distroless*',
  // Docker Hardened Images run as a non-root user (65532); their `-dev` tags (shell, package manager) run as root.
  'dhi.io/*:!(*-dev|*-dev-*)',
  'nginxinc/nginx-unprivileged:*', 'ghcr.io/nginxinc/nginx-unprivileged:*',
  // Application images whose own Dockerfile ends with a non-root USER, commonly extended with config
  // only (`FROM grafana/grafana` + provisioning): Grafana (472), Keycloak (1000), Prometheus and
  // Alertmanager (nobody), Elasticsearch and Kibana (1000), Jenkins (jenkins), Airflow (airflow), n8n (node).
  'grafana/grafana:*', 'grafana/grafana-oss:*', 'grafana/grafana-enterprise:*',
  'quay.io/keycloak/keycloak:*', 'prom/prometheus:*', 'prom/alertmanager:*', 'quay.io/prometheus/prometheus:*',
  'docker.elastic.co/elasticsearch/elasticsearch:*', 'docker.elastic.co/kibana/kibana:*',
  'jenkins/jenkins:*', 'apache/airflow:*', 'n8nio/n8n:*', 'docker.n8n.io/n8nio/n8n:*',
  // Elastic's Logstash (1000) and the Beats that read without root (filebeat, metricbeat, heartbeat: their own users;
  // auditbeat and packetbeat run as root), Grafana Loki (10001), the Prometheus exporters and Pushgateway (nobody),
  // SonarQube (sonarqube), Mattermost (mattermost, 2000), Gitea's `-rootless` tags (1000:1000).
  'docker.elastic.co/logstash/logstash:*', 'docker.elastic.co/logstash/logstash-oss:*', 'docker.elastic.co/beats/@(filebeat|metricbeat|heartbeat)*:*',
  'grafana/loki:*', 'prom/@(node-exporter|blackbox-exporter|pushgateway|mysqld-exporter|statsd-exporter):*',
  'quay.io/prometheus/@(node-exporter|blackbox-exporter|pushgateway|mysqld-exporter|statsd-exporter):*',
  'sonarqube:*', 'mattermost/mattermost-@(team|enterprise)-edition:*', 'gitea/gitea:*-rootless', 'gitea/gitea:*-rootless-*',
  // Red Hat's UBI 8/9 S2I application images (sclorg's s2i-nodejs/python/php/ruby/perl, nginx and httpd containers), their
  // `-minimal` variants too, end with USER 1001; `ubi9/ubi`, `ubi-minimal` and the database images are not on the list.
  '@(registry.access.redhat.com|registry.redhat.io)/ubi[89]/@(nodejs|python|php|ruby|perl|nginx|httpd)-*:*',
  // Red Hat's UBI OpenJDK builder and runtime images (`ubi8/openjdk-17`, `ubi9/openjdk-21-runtime`) run as USER 185 (jboss).
  '@(registry.access.redhat.com|registry.redhat.io)/ubi[89]/openjdk-*:*',
  // Bitnami's non-root server images end with USER 1001 (nginx, the databases and caches, brokers, Keycloak, Apache); other
  // Bitnami images differ (`bitnami/node`, `bitnami/python` run as root).
  '@(bitnami|bitnamilegacy)/@(nginx|postgresql|postgresql-repmgr|redis|redis-sentinel|redis-cluster|mongodb|mysql|mariadb|rabbitmq|kafka|memcached|keycloak|apache|valkey):*',
  // More application images whose Dockerfile ends with a non-root USER: the OpenTelemetry Collector distributions (10001; not their
  // Windows tags), Apache Kafka's own images (appuser), Confluent Platform's 6.0+ images (appuser; 5.x and older ran as root),
  // OpenSearch and OpenSearch Dashboards (1000), the Jupyter Docker Stacks (jovyan, NB_UID 1000), Node-RED (node-red), and SQL
  // Server 2019+ on Linux (mssql, 10001; the 2017 images run as root).
  'otel/opentelemetry-collector?(-contrib|-k8s|-otlp):!(*windows*)', 'ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector?(-contrib|-k8s|-otlp):!(*windows*)',
  'apache/kafka:*', 'apache/kafka-native:*',
  'confluentinc/cp-@(kafka|server|zookeeper|schema-registry|kafka-connect|kafka-connect-base|server-connect|server-connect-base|ksqldb-server|kafka-rest|enterprise-control-center):!([0-5].*)',
  'opensearchproject/opensearch:*', 'opensearchproject/opensearch-dashboards:*',
  'jupyter/@(*-notebook|docker-stacks-foundation):*', 'quay.io/jupyter/@(*-notebook|docker-stacks-foundation):*',
  'nodered/node-red:*',
  'mcr.microsoft.com/mssql/server:@(2019|2022|2025)-*',
  // Docker Official Images whose Dockerfile ends with a non-root USER: HAProxy 2.4+ (haproxy; 1.x and 2.0–2.3 ran as root),
  // Solr (solr, 8983), Jetty (jetty), Kong 2.0+ (kong), Odoo (odoo), Adminer (adminer), Rocket.Chat (rocketchat), EMQX (emqx),
  // TeamSpeak (ts3server), Irssi (user), Groovy (groovy), Spark (spark, 185), Liquibase (liquibase), Open Liberty and WebSphere
  // Liberty (1001), Elasticsearch, Kibana and Logstash 6+ (1000; the 5.x and older library images started as root), Varnish 7+
  // (varnish; `stable` and the 6.x tags are Varnish 6.0 LTS, left unknown). Digest-only or untagged: the current release's.
  'haproxy:!(1|1.*|1-*|2.[0-3]|2.[0-3].*|2.[0-3]-*)',
  'kong:!(0.*|1|1.*|1-*)',
  '@(elasticsearch|kibana|logstash):!([0-5]|[0-5].*|[0-5]-*)',
  'varnish:!([0-6]|[0-6].*|[0-6]-*|stable|stable-*)',
  '@(solr|jetty|odoo|adminer|rocket.chat|emqx|teamspeak|irssi|groovy|spark|liquibase|open-liberty|websphere-liberty):*',
  // Windows Nano Server (1709+) runs as ContainerUser, and so do the images built on it (.NET's,
  // docker-library's `-nanoserver` variants switch to ContainerAdministrator only for setup steps).
  'mcr.microsoft.com/windows/nanoserver', 'mcr.microsoft.com/windows/nanoserver:*', 'mcr.microsoft.com/dotnet/**:*nanoserver*', '*:*nanoserver*',
];

/**
 * Other registries' copies of the images on these lists, as their publishers or a mirror serve them, rewritten to the name the
 * lists are written for (then normalised as a Docker Hub name): Docker Hub's own registry hosts (`registry-1.docker.io`,
 * `registry.hub.docker.com`) and Google's Docker Hub mirror (`mirror.gcr.io`), the Docker Official Images on Amazon ECR Public
 * (`public.ecr.aws/docker/library/`), Bitnami's images there (`public.ecr.aws/bitnami/`), and NGINX's unprivileged image there.
 */
const IMAGE_MIRRORS: [RegExp, string][] = [
  [/^(?:registry-1\.docker\.io|registry\.hub\.docker\.com|mirror\.gcr\.io)\//, ''],
  [/^public\.ecr\.aws\/docker\/library\//, ''],
  [/^public\.ecr\.aws\/bitnami\//, 'bitnami/'],
  [/^public\.ecr\.aws\/nginx\/nginx-unprivileged$/, 'nginxinc/nginx-unprivileged'],
];

/** An image name (normalizeImageName) as the image lists write it: a mirror's copy named as the image it copies (`public.ecr.aws/bitnami/redis` → `bitnami/redis`). */
export function canonicalImageName(name: string): string {
  let n = normalizeImageName(name);
  for (const [from, to] of IMAGE_MIRRORS) if (from.test(n)) n = normalizeImageName(n.replace(from, to));
  return n;
}

/**
 * Base images that run as root by default, so a stage without USER is said to run as root: `scratch`, the Docker Official
 * Images of the distributions and language runtimes (which set no USER; `node` has a `node` user it does not switch to),
 * distroless without a `nonroot` tag, Chainguard's `wolfi-base`, .NET's non-chiseled images, Red Hat's UBI base images and
 * AWS Lambda's base images. For any other base not on the non-root list the user is unknown: root unless it sets one.
 */
const ROOT_IMAGES = [
  'scratch',
  '@(alpine|debian|ubuntu|busybox|centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|python|pypy|node|golang|ruby|php|perl|rust|erlang|elixir|openjdk|eclipse-temurin|amazoncorretto|maven|gradle|tomcat|nginx|httpd|buildpack-deps|gcc)?(:*)',
  'gcr.io/distroless/**', 'cgr.dev/*/wolfi-base?(:*)', 'mcr.microsoft.com/dotnet/**',
  '@(registry.access.redhat.com|registry.redhat.io)/ubi@(8|9|10)?(/ubi|/ubi-minimal|/ubi-micro|/ubi-init)?(:*)',
  'public.ecr.aws/lambda/**', 'amazon/aws-lambda-*',
];

/**
 * A Docker Official Image (Docker Hub's library namespace: `postgres`, `library/postgres`, `docker.io/library/postgres`, and
 * its mirrors, `public.ecr.aws/docker/library/postgres`; `name` as canonicalImageName gives it): these set no USER, so they run
 * as root (`postgres`, `mysql`, `redis`, `haskell`, `clojure`, `docker`…), unless on the non-root list (`sonarqube`,
 * `haproxy:2.9`, `solr`…). The few whose Dockerfile ends with a non-root USER are on that list for the releases that do; their
 * other tags (`haproxy:2.2`, `kong:1.5`, `varnish:6.0`, `elasticsearch:5.6`) are left unknown rather than said to run as root.
 */
const OFFICIAL_OWN_USER = /^(?:haproxy|solr|jetty|odoo|adminer|kong|rocket\.chat|emqx|teamspeak|irssi|elasticsearch|kibana|logstash|groovy|spark|liquibase|varnish|open-liberty|websphere-liberty)$/;
const isOfficialRootImage = (name: string): boolean => /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(name) && name !== 'scratch' && !OFFICIAL_OWN_USER.test(name);

/**
 * AWS Lambda's base images (`public.ecr.aws/lambda/python`, `amazon/aws-lambda-nodejs`): Lambda runs a function's container as its
 * own least-privileged user whatever the image's USER, so a Lambda image without USER does not run as root there (an `info` note).
 */
const isLambdaBase = (name: string): boolean => /^(?:public\.ecr\.aws\/lambda\/|amazon\/aws-lambda-)/.test(name);

/**
 * Variables a base image's own `ENV` sets, which a stage sees without declaring them: the .NET 8+ images set
 * `APP_UID` (1654) for `USER $APP_UID`. Any other variable the stage does not declare expands to an empty string.
 */
const BASE_IMAGE_ENV: { image: RegExp; names: string[] }[] = [{ image: /^mcr\.microsoft\.com\/dotnet\//i, names: ['APP_UID'] }];

/** A Windows base image (Server Core, Nano Server, `mcr.microsoft.com/windows/*`, .NET Framework's), where USER takes a Windows account, not a UID. */
const isWindowsImage = (image: string): boolean => {
  const ref = parseImageRef(image);
  return /^mcr\.microsoft\.com\/(?:windows(?:\/|$)|dotnet\/framework\/)/i.test(ref.name) || /(?:^|[-_.])(?:windowsservercore|servercore|nanoserver|ltsc20\d\d)(?:$|[-_.])/i.test(ref.tag ?? '');
};
const WINDOWS_FIX = 'USER ContainerUser (the unprivileged Windows account; a numeric UID does not apply to Windows containers)';

/** The `user:` a compose service runs its container as (production overlays merged), judged: root, non-root, or none set. */
interface ComposeUser { kind: 'root' | 'non-root'; shown: string; at: { file: string; line: number; column: number } }

/**
 * A compose service's `user:` (`"1000:1000"`, `app`, `root`, `"0:0"`, `"${UID}:${GID}"`), which replaces the image's USER for its
 * container. The user part is resolved from `${VAR:-default}` defaults and the `.env` beside the compose file; one that stays
 * unresolved (`${UID}` set by the deploy shell) counts as non-root, as only a value resolving to 0 or root is root. Null when unset
 * or empty (the image's USER applies).
 */
function composeUser(snapshot: SnapshotView, r: StageRunner): ComposeUser | null {
  const set = runnerSetting(r, 'user');
  if (!set || (typeof set.value !== 'string' && typeof set.value !== 'number')) return null;
  const raw = String(set.value).trim();
  const by = set.from.at(-1)!;
  const at = by.origin(['user']);
  const vars = composeDotenv(snapshot, by.file);
  // The whole value resolved first (`${RUN_AS}` with `RUN_AS=0:0` in the .env), then its user part: up to the first `:`
  // (`0:0` → `0`). When some variable stays unknown (`${UID}:${GID}` set by the deploy shell), the user part as written
  // (up to the first `:` outside a `${…}`, `${UID:-0}:${GID}`) resolved on its own, else left as written.
  const whole = composeInterpolate(raw, vars)?.trim();
  let name: string;
  if (whole !== undefined) name = whole.split(':')[0]!.trim();
  else {
    const part = /^(?:\$\{[^}]*\}|[^:])*/.exec(raw)![0];
    const resolved = composeInterpolate(part, vars);
    name = resolved === null ? part.trim() : resolved.split(':')[0]!.trim();
  }
  if (!name) return null;
  const root = isRootName(name);
  const shown = whole === undefined || whole === raw ? `user: ${raw}` : `user: ${raw} (resolves to ${whole})`;
  return { kind: root ? 'root' : 'non-root', shown, at: { file: at.file, line: at.line, column: at.column } };
}

/** Checklist items about another user than the container's (a service, database or login user, CI runners): not this check's. */
const OTHER_USERS = String.raw`service users?|systemd|ssh|database|db|bastion|sudo|login|(?:ci|build|self-hosted|github actions|gitlab) runners?|runner containers?|build agents?`;
/**
 * A development Dockerfile named ("`USER node` before `CMD` in `Dockerfile.dev` only", "`dev.Dockerfile` runs as non-root"):
 * the check judges the deployed images, so such an item is not its promise.
 */
const DEV_DOCKERFILE = String.raw`dockerfile[.-](?:dev|development|local|test|ci|debug)|(?:dev|development|local|test|debug)\.dockerfile|\.devcontainer`;
const NOT_THE_CONTAINER_USER = new RegExp(String.raw`\b(?:${OTHER_USERS}|${DEV_DOCKERFILE})\b`);
/** The same, with the database in German, French, Spanish and Portuguese. */
const NOT_THE_CONTAINER_USER_TRANSLATED = new RegExp(String.raw`\b(?:${OTHER_USERS}|datenbank|base de données|base de datos|banco de dados)\b`);
/**
 * Kubernetes named as where the containers run, the Dockerfile, images and compose not ("Kubernetes containers run as
 * non-root", "K8s containers don't run as root", "No root containers in the cluster"; as the nearest heading or the parent
 * item: "Containers run as non-root" under "## Kubernetes"): the pod's securityContext decides, which k8s-run-as-non-root
 * reads, not the image's USER ("Docker images and Kubernetes pods run as non-root" names both; "our ECS cluster" is
 * no Kubernetes cluster).
 */
const KUBERNETES_SCOPE = new RegExp(String.raw`^(?![^]*\b(?:docker\w*|images?|compose|user (?:instructions?|directives?)|${OTHER_ORCHESTRATORS})\b)[^]*\b(?:kubernetes|k8s|pods?|clusters?|helm|securitycontext|runasnonroot|openshift)\b`);
const NOT_THIS_USER = new RegExp(`${NOT_THE_CONTAINER_USER.source}|${KUBERNETES_SCOPE.source}`);
const NOT_THIS_USER_TRANSLATED = new RegExp(`${NOT_THE_CONTAINER_USER_TRANSLATED.source}|${KUBERNETES_SCOPE.source}`);

/** A user name (the part before `:`) that is root: `root`, `0`, `00`. */
function isRootName(name: string): boolean { return /^root$/i.test(name) || /^0+$/.test(name); }

/**
 * Non-root is "non-root", "not/don't/doesn't/never run as root", "runs as the `node` user, not root"; or "No container runs
 * as root", "Don't run containers as root", "Never run the app as root in Docker"; of containers, images, the Dockerfile, or
 * another orchestrator's tasks, whose `user` the check reads ("ECS tasks run as non-root", "Task definitions set a non-root user").
 */
const NON_ROOT_PROMISE = /\bprevent (?:the |all |our )?(?:containers?|images?) from running as root\b|\bno root (?:docker )?(?:containers?|images?)\b|\b(?:dockerfiles?|containers?|images?|(?:ecs |fargate )?task definitions?|(?:ecs|fargate|swarm|nomad) (?:tasks?|services?|jobs?))\b[^;]*\b(?:non-? ?root|(?:not|don't|doesn't|never) (?:runs? |running )?as root|(?:user|uid [1-9]\d{0,9}),? \(?(?:and |but )?not (?:as )?root(?!-)|runs? as uid [1-9]\d{0,9}(?![\d:]))\b|\b(?:non-? ?root|not (?:run(?:ning)? )?as root)\b[^;]*\b(?:dockerfiles?|containers?|images?|(?:ecs |fargate )?task definitions?|(?:ecs|fargate|swarm|nomad) (?:tasks?|services?|jobs?))\b|\bno (?:docker )?(?:containers?|images?) (?:runs?|running) as root\b|\b(?:don't|do not|never|must not|should not) run(?:ning)? (?:the |our |any )?(?:docker )?(?:containers?|images?) as root\b|\b(?:don't|do not|never|not) run(?:ning)? (?:the |our )?(?:app|application|service|process) as root (?:in|inside) (?:docker|(?:the |a |our )?(?:containers?|images?))\b/;
/** The item names the Dockerfile, Docker or an image: a Kubernetes heading above it does not make it the pods' promise. */
const NAMES_NO_IMAGE = /^(?![^]*\b(?:docker\w*|images?)\b)/;
/**
 * A USER instruction with a user name that is not root, written with the Dockerfile or its final stage: "`USER node` in the
 * final stage", "Dockerfile ends with `USER app`" (markup is gone: the name must not be a word of prose, "Dockerfile user
 * is documented"). A numeric UID is the rules' below.
 */
const USER_NAME = String.raw`\buser (?!(?:root|is|are|was|has|have|had|can|must|should|will|does|doesn't|did|and|or|not|no|in|inside|of|for|to|the|a|an|with|without|that|which|who|instructions?|directives?|lines?|set|sets|defined|declared|exists|names?|ids?|accounts?|privileges?|permissions?|namespaces?|switch(?:es)?|at|from|by|on|it|its|first|last|final|before|after|stage|given|other|own|needs?|created|creation|groups?|home|data|input|uid|gid|context|mode|level|only|then|as|if)\b)[a-z_][\w-]*(?::[\w-]+)?(?![\w.:/-])`;
const DOCKERFILE_STAGE = String.raw`\b(?:dockerfiles?|(?:final|last|runtime|production|prod) (?:build )?stage|docker images?|container images?)\b`;

/** The final stage's effective user, following stage inheritance and resolving ARG/ENV. */
export const dockerfileNonRoot = defineCheck({
  id: 'dockerfile-non-root',
  judges: (snapshot, file) => judgesDeployFile(snapshot, file, true),
  title: 'Containers do not run as root',
  // The non-root user or the USER instruction: "No USER instruction in the legacy image" ("No root containers" is the promise).
  safeguard: new RegExp(`${NON_ROOT_SAFEGUARD.source}|\\buser (?:instructions?|directives?)\\b`),
  severity: 'high',
  description: "The final stage's effective USER (inherited through stage names) is not root, 0, root:* or 0:*, and no compose service's user: runs its container as root.",
  match: [
    {
      pattern: NON_ROOT_PROMISE,
      // A database, service or login user "non-root in containers" is not the container's USER; nor is Kubernetes' securityContext.
      unless: NOT_THIS_USER,
      nearUnless: KUBERNETES_SCOPE,
      note: 'a promise that containers do not run as root: the check reads the final USER',
    },
    {
      // The same naming the Dockerfile, Docker or an image, under a Kubernetes heading too.
      pattern: NON_ROOT_PROMISE,
      unless: new RegExp(`${NOT_THE_CONTAINER_USER.source}|${NAMES_NO_IMAGE.source}`),
      note: 'a promise that images do not run as root: the check reads the final USER',
    },
    {
      pattern: new RegExp(`${DOCKERFILE_STAGE}[^;]*${USER_NAME}|${USER_NAME}[^;]*${DOCKERFILE_STAGE}`),
      unless: NOT_THE_CONTAINER_USER,
      note: 'a USER instruction with a non-root user name, named with the Dockerfile or its final stage: the check reads the final USER',
    },
    {
      // The same placed before the command the container runs: "`USER node` before `CMD`", "`USER app` set before the
      // ENTRYPOINT" (the instructions name the Dockerfile). Not in another stage ("in the builder stage"), not refused.
      pattern: new RegExp(`${USER_NAME}[^;]*\\bbefore (?:the )?(?:final )?(?:cmd|entrypoint)\\b`),
      unless: new RegExp(`${NOT_THE_CONTAINER_USER.source}|\\b(?:builder|build|test|dev(?:elopment)?|debug) stage\\b`),
      clauseUnless: /\b(?:not|no|never|without|missing)\b|n't\b/,
      note: 'a USER instruction with a non-root user name before CMD/ENTRYPOINT: the check reads the final USER',
    },
    {
      // The instruction with a non-zero UID: "`USER 1000` in the Dockerfile", "Dockerfile sets `USER 10001:10001`", or
      // under a Docker heading ("`USER 1000`"); `USER 0` is root. A user name ("USER app") is left to the rule above
      // (named with the Dockerfile or its final stage): "user app" is also prose.
      pattern: /\buser [1-9]\d{0,9}(?::\d{1,10})?(?![\w.:])/,
      context: /\b(?:docker|dockerfiles?|containers?|images?)\b/,
      unless: NOT_THE_CONTAINER_USER,
      note: 'a USER instruction with a non-zero UID: the check reads the final USER',
    },
    {
      pattern: /\b(?:dockerfiles?|docker images?|container images?)\b[^;]*\buser [1-9]\d{0,9}(?::\d{1,10})?(?![\w.:])|\buser [1-9]\d{0,9}(?::\d{1,10})?(?![\w.:])[^;]*\b(?:dockerfiles?|docker images?|container images?)\b/,
      unless: NOT_THE_CONTAINER_USER,
      note: 'a USER instruction with a non-zero UID named with the Dockerfile: the check reads the final USER',
    },
    {
      // "Runs as `node` user (not root)" under a Container heading, or an image's ("## Build & image", "## Images").
      pattern: /\bnon-? ?root\b|\b(?:not|don't|doesn't|never) (?:runs? |running )?as root\b|\buser(?: ["']?[a-z_][\w-]*(?::[\w-]+)?["']?)?,? \(?(?:and |but )?not (?:as )?root\b(?!-)/,
      context: /\b(?:docker|dockerfiles?|containers?|images?)\b/,
      unless: NOT_THIS_USER,
      nearUnless: KUBERNETES_SCOPE,
      note: 'non-root under a Docker/containers heading',
    },
    {
      // A non-root user named as the one the app runs as, under a Docker/containers heading: "App runs as the `rails` user",
      // "Runs as `nobody`", "Process runs as UID 1000", "`USER rails:rails`" (the instruction with a group). An image's heading
      // too ("Runs as a dedicated non-root `spring` user" under "## Build & image").
      pattern: new RegExp(`${RUNS_AS_NON_ROOT_USER.source}|${USER_INSTRUCTION_WITH_GROUP.source}`),
      context: /\b(?:docker|dockerfiles?|containers?|images?)\b/,
      unless: NOT_THIS_USER,
      nearUnless: KUBERNETES_SCOPE,
      note: 'a non-root user the app runs as, under a Docker/containers heading: the check reads the final USER',
    },
    {
      // The same naming containers ("The container runs as UID 10001"), or the Dockerfile, Docker or an image, under a
      // Kubernetes heading too ("run as `node` user in the Dockerfile").
      pattern: new RegExp(`\\bcontainers?\\b[^;]*(?:${RUNS_AS_NON_ROOT_USER.source})|(?:${RUNS_AS_NON_ROOT_USER.source})[^;]*\\bcontainers?\\b`),
      unless: NOT_THIS_USER,
      nearUnless: KUBERNETES_SCOPE,
      note: 'a non-root user containers run as: the check reads the final USER',
    },
    {
      pattern: new RegExp(`\\b(?:dockerfiles?|docker|images?)\\b[^;]*(?:${RUNS_AS_NON_ROOT_USER.source})|(?:${RUNS_AS_NON_ROOT_USER.source})[^;]*\\b(?:dockerfiles?|docker|images?)\\b`),
      unless: NOT_THE_CONTAINER_USER,
      note: 'a non-root user the Dockerfile or image runs as: the check reads the final USER',
    },
    {
      // German, French, Spanish, Portuguese and Japanese: "Container laufen nicht als root", "Les conteneurs ne tournent
      // pas en root", "Los contenedores no se ejecutan como root", "Contêineres não rodam como root", "コンテナを root で実行しない".
      pattern: NOT_AS_ROOT_IN_CONTAINERS_TRANSLATED,
      unless: NOT_THIS_USER_TRANSLATED,
      nearUnless: KUBERNETES_SCOPE,
      note: 'a promise, in German, French, Spanish, Portuguese or Japanese, that containers do not run as root',
    },
    {
      pattern: NOT_AS_ROOT_TRANSLATED_ALONE,
      context: CONTAINERS_CONTEXT_TRANSLATED,
      unless: NOT_THIS_USER_TRANSLATED,
      nearUnless: KUBERNETES_SCOPE,
      note: 'not as root, in one of those languages, under a Docker/containers heading',
    },
  ],
  docs: {
    why: 'A process running as root inside the container turns any code-execution bug into root on the container and one step from the host.',
    fix: 'Create an unprivileged user and end the final stage with a numeric `USER 10001:10001` (or use a `:nonroot` base image).',
    details: [
      '- Judged: the **final stage**, with the instructions of the stages it inherits from (`FROM builder AS final`), and every stage a compose service builds as its `build.target` — or a deploy config outside compose builds as its target: a GitHub workflow\'s `docker/build-push-action` `target:` (when it pushes) or `docker build --target` (also `buildah bud`, kaniko\'s `--target`; from the folder an earlier `cd` of the script moves to) in a job that runs `docker push` — in a GitHub workflow, GitLab CI, Bitbucket Pipelines (a pushing pipe such as `atlassian/aws-ecr-push-image` too) or CircleCI (the `circleci/docker` orb\'s `publish` too); literal variables are expanded (`--target $BUILD_TARGET` with GitLab `variables:`, `${{ env.X }}` with GitHub `env:`, `${{ matrix.stage }}` with each combination of the job\'s `strategy.matrix` as GitHub makes them — the lists\' product less `exclude`, each `include` entry added whole, so keys it sets together stay together; literal `include` values of a key an expression (`fromJSON(…)`) gives are built too — each combination a job of its own, whose target is built whichever way it builds (`docker/build-push-action` or a `run:` script) —, compose `${BUILD_TARGET:-runtime}`/`${BUILD_TARGET-runtime}` with the `.env` beside the compose file, else the default (a nested default, `${BUILD_TARGET:-${FALLBACK:-runtime}}`, as compose reads it), and a required `${BUILD_TARGET:?message}` with that `.env`, and a bake `"${STAGE}"` with its `variable` block\'s `default`); a target whose variable has no literal value here (`${{ inputs.stage }}`, `${BUILD_TARGET}` set nowhere) stands for no stage: an `info` note at the target says so (and what to write, in the terms of the file: a compose default, a bake `variable` default, the matrix\'s values), and the final stage is judged in its place, as it would be without that build; a stage the job builds only as part of a later one it builds, a cache, is not —, a bake file\'s `target` block that names an image (`docker-bake.hcl`/`.json`), a skaffold artifact\'s `docker.target`, fly.toml `[build] build-target`, heroku.yml `build.docker.<process>.target`, Kamal `builder.target` (one of them building no target keeps the final stage judged); a `USER root` in a discarded builder stage is fine. When production compose services build only other stages (a `development` stage last, `target: production` in docker-compose.yml), the final stage gets notes — unless it is named for production (`AS production`, `prod`, `release`, `runtime`, `final`). A final stage named for development (`FROM builder AS dev-envs`, `AS debug`) gets notes too when production services build another stage, even one it is built on. A `build.target` named for development (`target: development`, `dev-envs`, `local`) is development-only: that stage gets notes, and it does not make the final stage "not the stage production builds" (Kamal and CI build the final stage).',
      '- The last `USER` wins. `root`, `0`, `root:<group>`, `0:<group>` (also `00`) and Windows `ContainerAdministrator` fail at that `USER` line. `ARG`/`ENV` values are resolved and quotes removed, as Docker expands the word (`USER ${UID}` with `ARG UID=10001` passes; `USER "root"` and `USER "${UID}:${UID}"` with `ARG UID=0` fail; an empty user, `USER ""` or `USER ${UID}` with `ARG UID=""`, is the default user, root, and fails too — unless a build of the repository passes that ARG: `docker build --build-arg UID=10001` (also `buildx`, podman, buildah, kaniko) in a CI workflow, a Makefile or a build script (`*.sh`, `*.mk`, GoReleaser, Task, just, GitLab CI; not development-only or test files), a `docker/build-push-action` `build-args:` or compose `build.args`, naming that Dockerfile (`-f`, `file:`) or none; each such build is judged with its value in place of the empty default (`--build-arg UID=0` fails naming the build, a computed `--build-arg UID=$UID` is an `info` note), and the empty default fails only when no build sets it, the message saying so);',
      '  only the user part decides (`USER 10001:${GID}` passes whatever the group resolves to; `USER ${UID}:${GID}` with `UID` resolving to 0 fails); a user part that stays unresolved is an `info` note naming why (an `ARG` without a default, a name the Dockerfile never declares, which a base image\'s `ENV` may set, or one declared only in a stage the judged stage does not build on: out of its scope).',
      '- A global `ARG APP_UID=10001` (before the first `FROM`) is in scope only for `FROM` lines: a stage that does not declare `ARG APP_UID` again (a bare `ARG APP_UID` takes the global default) expands `USER ${APP_UID}` to an empty user, which Docker builds without complaint and runs as root. That fails at the `USER` line, naming the out-of-scope `ARG`; the .NET images (`mcr.microsoft.com/dotnet/*`) set `ENV APP_UID` themselves, so there it stays a note.',
      '- No `USER` at all fails at the final `FROM`, unless the base image runs as non-root by default: a built-in list',
      '  (globs on `name:tag`): distroless `:nonroot`/`:debug-nonroot`/`*-nonroot` and their per-architecture tags (`nonroot-amd64`, `debug-nonroot-arm64`; `:debug`, `:latest`, `:debug-amd64` run as root), Chainguard `cgr.dev/**` (not `wolfi-base`, which runs as root), .NET `*-chiseled*` and Azure Linux `*-distroless*`, Docker Hardened Images `dhi.io/*` (not their `-dev` tags, which run as root),',
      '  `nginxinc/nginx-unprivileged`, application images that set a non-root `USER` themselves (`grafana/grafana`, `quay.io/keycloak/keycloak`, `prom/prometheus`, `prom/alertmanager`, Elastic\'s `elasticsearch`/`kibana`/`logstash` and `beats/filebeat`/`metricbeat`/`heartbeat`, `grafana/loki`, the Prometheus exporters (`prom/node-exporter`, `blackbox-exporter`, `pushgateway`…), `sonarqube`, `mattermost/mattermost-team-edition`, Gitea\'s `-rootless` tags, `jenkins/jenkins`, `apache/airflow`, `n8nio/n8n`, Red Hat\'s UBI 8/9 S2I images `registry.access.redhat.com/ubi9/nodejs-*` (also `ubi8`, `registry.redhat.io`, `python-*`, `php-*`, `ruby-*`, `perl-*`, `nginx-*`, `httpd-*` and their `-minimal` variants: USER 1001; the OpenJDK images `ubi8/openjdk-17`, `ubi9/openjdk-21-runtime`…: USER 185), Bitnami\'s non-root server images `bitnami/nginx`, `postgresql`, `redis`, `mongodb`, `mysql`, `mariadb`, `rabbitmq`, `kafka`, `memcached`, `keycloak`, `apache`, `valkey` (USER 1001; `bitnami/node` and `bitnami/python` run as root and fail), the OpenTelemetry Collector (`otel/opentelemetry-collector`, `-contrib`, `-k8s`, `-otlp` and their `ghcr.io/open-telemetry/opentelemetry-collector-releases/…` copies; not their Windows tags), `apache/kafka` and `apache/kafka-native`, Confluent Platform 6.0+ (`confluentinc/cp-kafka`, `cp-server`, `cp-zookeeper`, `cp-schema-registry`, `cp-kafka-connect`, `cp-ksqldb-server`, `cp-kafka-rest`…; the 5.x and older tags ran as root), `opensearchproject/opensearch` and `opensearch-dashboards`, the Jupyter Docker Stacks (`jupyter/*-notebook`, `quay.io/jupyter/*-notebook`), `nodered/node-red`, SQL Server 2019+ (`mcr.microsoft.com/mssql/server:2019-*`, `2022-*`, `2025-*`; `2017-*` runs as root), and the Docker Official Images that end with a non-root `USER` themselves: `haproxy` 2.4+ (`haproxy:2.9`, `lts`, `alpine`; not `1.x`, `2.0`–`2.3`), `kong` 2.0+, `elasticsearch`, `kibana` and `logstash` 6+, `varnish` 7+ (not `stable` or `6.x`, Varnish 6.0 LTS), `solr`, `jetty`, `odoo`, `adminer`, `rocket.chat`, `emqx`, `teamspeak`, `irssi`, `groovy`, `spark`, `liquibase`, `open-liberty`, `websphere-liberty`), Windows Nano Server (`mcr.microsoft.com/windows/nanoserver`, .NET and other `*nanoserver*` tags: they run as `ContainerUser`). Add your own hardened bases with option `non-root-images`: its globs add to this list (`non-root-images: ["registry.acme.io/hardened/**"]` keeps distroless `:nonroot` passing); a glob written fully qualified (`docker.io/library/python:*-slim`) matches `FROM python:3.12-slim` too. A mirror\'s copy of a listed image is the image it copies: Docker Hub\'s other registry hosts (`registry-1.docker.io/bitnami/redis`, `registry.hub.docker.com/…`), Google\'s Docker Hub mirror (`mirror.gcr.io/…`), the Docker Official Images on Amazon ECR Public (`public.ecr.aws/docker/library/…`), Bitnami\'s images there (`public.ecr.aws/bitnami/redis`) and `public.ecr.aws/nginx/nginx-unprivileged`. `FROM scratch` without `USER` runs as uid 0 and fails.',
      '- The message says what is known: a base that runs as root by default (`scratch`, the Docker Official Images — `alpine`, `debian`, `ubuntu`, `python`, `node`, `golang`, `nginx`, `postgres`, `redis`, `docker`…, also as `library/postgres`, `docker.io/library/postgres` or `public.ecr.aws/docker/library/postgres`, except those on the non-root list above and the older tags of those whose USER changed (`haproxy:2.2`, `kong:1.5`, `varnish:6.0`, `elasticsearch:5.6`: unknown, see below) —, distroless without a `nonroot` tag, `wolfi-base`, .NET\'s non-chiseled images, the UBI base images) "runs as root"; any other base not on the list runs as its own user, "root unless <base> sets a non-root USER, which Preflight cannot tell" — a failure all the same (add `USER`, or list the base in `non-root-images`).',
      '- AWS Lambda base images (`public.ecr.aws/lambda/*`, `amazon/aws-lambda-*`) without `USER` give an `info` note, not a failure: Lambda runs a function\'s container as its own least-privileged user whatever the image\'s USER (run anywhere else the image runs as root, so a production compose service building that stage makes it fail as root).',
      '- Windows images (Server Core, `mcr.microsoft.com/windows/*`, `USER ContainerAdministrator`): the fix asks for `USER ContainerUser`, not a numeric UID.',
  '- A non-numeric, non-root user (`USER app`) passes with an `info` note: Kubernetes `runAsNonRoot` cannot verify a name, so prefer a numeric UID (not on Windows images, where `USER ContainerUser` is the fix and a UID does not apply).',
      '- Compose `build.args` (mapping or list, interpolated from `${VAR:-default}` and the `.env` beside the compose file, which also gives a bare `- VAR` its value; the service\'s `environment`/`env_file` do not) give the ARGs of the stage that service builds their values, as `--build-arg` does: `APP_UID: "0"` for `USER ${APP_UID}` fails, naming the service, and `APP_UID: 10001` over `ARG APP_UID=0` passes. The defaults are still judged unless production compose services are the only builders seen and each passes other values.',
      '- An `ARG APP_UID=""` that empties `USER ${APP_UID}` is judged with what the repository\'s builds of that Dockerfile pass: `--build-arg` in a workflow (a folded `run: >` block too), a Makefile or build script (also behind a variable of the file: `BUILD_ARGS = --build-arg APP_UID=10001`), `docker/build-push-action` `build-args:` and bake targets\' `args`. A build counts for the Dockerfile it builds (its `-f` from the folder it runs in, else its context\'s `Dockerfile`); the empty default (root) still fails while a production build of that Dockerfile passes nothing, naming it, and is an `info` note when a `--build-arg APP_UID` the repository writes is not read as a build.',
      '- Compose `user:` replaces the image\'s USER for that service\'s container, as a Kubernetes `securityContext.runAsUser` does for a pod. `user: root`, `"0"`, `"0:0"` (also through `${VAR:-0}` or the `.env` beside the compose file: the value resolved whole, then its user part judged, so `${RUN_AS}` with `RUN_AS=0:0` is root) fail at that `user:` line — whatever the Dockerfile\'s USER, and for a service that only pulls an image too (once for a YAML anchor several services merge, naming them; a production overlay beside the file, `docker-compose.prod.yml`, replaces the base\'s value; development-only files and profiles give notes, and so does a development overlay of a production service, `docker-compose.override.yml` or `docker-compose.dev.yml`, at its own `user:`). A non-root `user:` (`"1000:1000"`, a name such as `app`, `"${UID}:${GID}"`: non-root unless it resolves to 0 or root) makes the stage it builds non-root for that container: when every production compose service building a root stage (its `build.target`, else the final stage) sets one, the stage\'s finding becomes an `info` note naming the setting (make the image non-root too if it runs anywhere else); when only some do, each of the others runs as root and fails at its service key, naming the service that sets one; with none, the stage\'s finding stands. A Swarm stack file\'s service that names its own `image` (`docker-stack.yml` beside `docker-compose.yml`, deployed with `docker stack deploy -c docker-stack.yml`, which never reads docker-compose.yml) is a deployment of its own, as in `resource-limits`: its `user:` speaks only for its own containers (neither clearing nor hiding the compose service\'s), and it runs the stage a compose service builds when it names the image that service tags beside its `build:` (`image: registry/acme/api:1.2`; the same repository, the tag aside; a name with no registry or namespace, `image: api`, only when that compose service is in the stack file\'s project: its folder, an ancestor or a folder inside it), so without a `user:` of its own it fails at its service key (images only a CI job or bake file tags are not linked). A Swarm overlay naming no image (`docker-compose.swarm.yml`) or a production overlay (`docker-compose.prod.yml`) stays merged over the main file.',
      '- An AWS container\'s `user` replaces the image\'s USER the same way: an ECS task definition\'s (JSON with `containerDefinitions` beside `family`, or Terraform `aws_ecs_task_definition` `container_definitions` written in the `.tf` file as `jsonencode([…])` or a heredoc of JSON (`var.*`, `${…}` interpolations, calls and `for` expressions are values Terraform computes, not read)) or a `Dockerrun.aws.json` v2\'s `containerDefinitions` `user`, and CloudFormation `AWS::ECS::TaskDefinition` `ContainerDefinitions` `User`, of `root`, `0`, `root:<group>` or `0:<group>` fail at that line (a task definition named for development gives a note; a FireLens log router — a container with `firelensConfiguration` — running as `0`, as AWS\'s FireLens examples set it, gives a note); a `!Ref` is not judged. The image\'s own USER is judged only where a Dockerfile of the repository builds it.',
      '- `USER` text inside a `RUN` heredoc is not an instruction. Dev-only Dockerfiles (`Dockerfile.dev`) get notes — unless production builds and ships one (a production fly.toml, a pushing release workflow, `docker-compose.prod.yml`: see the file rules) —, and a Dockerfile only development environments build — every compose service building it is development-only (Laravel Sail\'s `docker-compose.yml`, `docker-compose.dev.yml`, a development profile; not a development overlay of a production service) and no deploy config outside compose builds it, nor does a production compose service or Kubernetes container run the image such a service tags — gets notes too, naming why (`built only by Laravel Sail\'s development environment in docker-compose.yml`); so does one only main compose file services build whose production overlay builds another Dockerfile instead (the testdriven.io layout: `build: ./app` in `docker-compose.yml`, `build.dockerfile: Dockerfile.prod` in `docker-compose.prod.yml`; the root `Dockerfile` too, as the project names what production builds; each production overlay is one deployment, merged alone over the main file, those named `prod`/`production`/`live` deciding when there are any: every one must build another Dockerfile of the repository, named without a variable, so a `docker-compose.staging.yml` building `Dockerfile.staging` beside a `docker-compose.prod.yml` that keeps the build, or `dockerfile: ${DOCKERFILE:-Dockerfile}`, leaves it production\'s), unless something else production runs builds it; one no known configuration builds (`docker build .` in a CI script not read), and the repository\'s root `Dockerfile` (what hosting platforms build by default), are judged as production; templates are skipped.',
      '- The Dockerfile of a GitHub Docker container action (named by an `action.yml`/`action.yaml` with `runs.using: docker` and `runs.image` a path relative to it) runs as root by design: GitHub requires Docker actions to run as the default user, so a root final stage is an `info` note naming the action, unless a production compose service or platform config (fly.toml, heroku.yml, render.yaml, railway.json/toml) builds it too.',
      '- Where others go wrong: hadolint DL3002 only looks at an explicit `USER root`, so a Dockerfile without any `USER` passes (hadolint#328, #1025),',
      '  and it flags `USER root` in builder stages (hadolint#405); Trivy DS002 has the same multi-stage false positive (aquasecurity/appshield#147).',
    ].join('\n'),
  },
  options: z.object({
    'non-root-images': z.array(globEntry('an image glob on name:tag (`ghcr.io/acme/base:*`)')).default([]).describe('More base images (globs on name:tag) whose default user is not root, besides the built-in list.'),
  }),
  run({ snapshot, options, report: reportFinding, skip }) {
    // A value is reported at its first character, also where a YAML/JSON (or `jsonencode`) reader located it at its opening quote.
    const atValue = valueColumns((f) => snapshot.text(f));
    const report = (f: RawFinding) => reportFinding(atValue(f));
    // The option adds the team's hardened bases to the built-in list (distroless `:nonroot` stays non-root).
    const nonRoot = imageGlobMatcher([...DEFAULT_NON_ROOT_IMAGES, ...options['non-root-images']]);
    const knownRoot = imageGlobMatcher(ROOT_IMAGES);
    let judged = 0;
    // The final stage of each Dockerfile and each stage a compose service builds as its target; a
    // location two of them share (a USER in a common base) is reported once, as a failure if any
    // production stage fails there.
    const once = onePerLocation();
    const runnersOf = deployedStageRunners(snapshot);
    // The --build-args of the repository's builds outside compose, read when a USER is emptied by an ARG's empty default.
    let passed: ReturnType<typeof repositoryBuilds> | undefined;
    for (const shipped of shippedStages(snapshot)) {
      const { df, stage } = shipped;
      judged++;
      // Identified by the stage judged, not the text of the line it is anchored at (the FROM line's base image changes).
      const subject = stageSubject(df, stage);
      const put = (f: Parameters<typeof once.put>[0]) => once.put({ subject, ...f });
      // The image runs as root (`reason` says why, for compose messages). A compose service's `user:` replaces the image's
      // USER for its container: when every compose service running the stage sets a non-root one, none runs as root (a note);
      // when only some do, each of the others runs as root, reported at its service key.
      // The image of a GitHub Docker container action runs as root by design: GitHub requires the default user (a note).
      const action = dockerActionOf(snapshot, shipped);
      const rootPut = (f: RawFinding & { file: string; line: number }, reason: string) => {
        if (action) { put({ ...f, note: true, message: `the final stage runs as root, as expected: ${reason}, and it is the image of the GitHub Docker container action ${action}, which GitHub runs as the default user, root (a USER would keep it from GITHUB_WORKSPACE)` }); return; }
        const runners = f.note ? [] : (runnersOf.get(stage) ?? []);
        const users = runners.map((r) => ({ r, u: composeUser(snapshot, r) }));
        const nonRoot = users.filter((x) => x.u?.kind === 'non-root');
        if (!nonRoot.length) { put(f); return; }
        const name = (r: StageRunner) => runnerName(r, runners);
        // Each service with its own value and where it is set (a compose service and its Swarm stack twin may set different users in
        // two files): services setting the same value grouped (`services 'web', 'worker' set user: 1000 at docker-compose.yml:4, …:9`).
        const byValue = new Map<string, { names: string[]; at: string[] }>();
        for (const { r, u } of nonRoot) {
          const g = byValue.get(u!.shown) ?? { names: [], at: [] };
          g.names.push(name(r));
          const at = `${u!.at.file}:${u!.at.line}`;
          if (!g.at.includes(at)) g.at.push(at);
          byValue.set(u!.shown, g);
        }
        const sets = [...byValue].map(([shown, g]) => {
          const at = g.at.length > 5 ? `${g.at.slice(0, 5).join(', ')} and ${g.at.length - 5} more` : g.at.join(', ');
          return `${g.names.length > 1 ? `services ${g.names.join(', ')} set` : `service ${g.names[0]!} sets`} ${shown} at ${at}`;
        });
        const by = sets.length > 1 ? `${sets.slice(0, -1).join(', ')} and ${sets.at(-1)!}` : sets[0]!;
        if (nonRoot.length === users.length) { put({ ...f, note: true, message: `${f.message} (compose ${by}, so ${nonRoot.length > 1 ? 'their containers do' : 'its container does'} not run as root; make the image non-root too if it runs anywhere else)` }); return; }
        const label = shipped.target ? `build target '${stage.name}' of ${df.path}` : `the image of ${df.path}`;
        for (const { r } of users.filter((x) => x.u === null)) {
          put({ subject: `${subject} service ${r.svc.name}`, file: r.svc.file, line: r.svc.line, column: r.svc.column, message: `compose service ${name(r)} runs ${label} as root: ${reason}, and the service sets no user: (compose ${by}); set a non-root user on it (user: "10001:10001") or make the image non-root` });
        }
      };
      const what = shipped.target ? stageLabel(shipped) : 'the final stage';
      // The USER (and base image) as built with the ARG defaults, and as each compose service building the stage builds it with its
      // `build.args` (`APP_UID: "0"`): a build whose values change them is judged too, naming the service. The defaults are judged
      // unless production compose services are the only builders seen and every one passes other values.
      // `emptyArgs`: the ARGs whose empty default (`ARG APP_UID=""`) empties the user part, which a `--build-arg` would set; `computed`:
      // the ARGs a build passes a value not known here (`--build-arg APP_UID=$UID`).
      type Resolved = { user: { ins: DockerInstruction; value: string | null; unset: string[]; undeclared: string[]; outOfScope: string[]; emptyArgs: string[]; computed: string[] } | null; base: string | null };
      const resolve = (args?: ReadonlyMap<string, string | null>): Resolved => {
        let user: Resolved['user'] = null;
        const base = args ? substitute(rootFrom(stage).raw, globalArgsWith(df, args)) : rootFrom(stage).image;
        const baseImage = base ?? '';
        // The instruction that last set each variable: an ARG's value a --build-arg replaces, an ENV's it does not.
        const setBy = new Map<string, string>();
        for (const { ins, vars } of withVariables(df, stage, args)) {
          if (ins.keyword === 'ARG' || ins.keyword === 'ENV') for (const p of ins.properties) setBy.set(p.name, ins.keyword);
          if (ins.keyword !== 'USER') continue;
          const raw = ins.argv[0] ?? ins.args;
          let value = expandWord(raw, vars as Map<string, string | null>);
          // Only the user part decides root (`USER 10001:${GID}`): up to the first `:` outside a `${…}`. When the whole value
          // does not resolve but the user part does, the group stays as written; else the user part's references are the unknowns.
          const part = /^(?:\$\{[^}]*\}|[^:])*/.exec(raw)![0];
          const userValue = value === null && part !== raw ? expandWord(part, vars as Map<string, string | null>) : null;
          if (userValue !== null && userValue.trim()) value = `${userValue}${raw.slice(part.length)}`;
          // Why a plain reference has no value: a stage `ARG X` without a default (set with --build-arg, or empty), a
          // name the Dockerfile never declares (a base image's ENV may set it), or a global `ARG X=…` before the first
          // FROM that the stage does not declare again: out of its scope, so Docker expands it to an empty string.
          const refs = [...new Set(varRefs(part).filter((r) => r.op === null).map((r) => r.name))];
          const computed = refs.filter((n) => vars.has(n) && vars.get(n) === null && args?.has(n) && args.get(n) === null);
          const unset = refs.filter((n) => vars.has(n) && vars.get(n) === null && !computed.includes(n));
          const emptyArgs = refs.filter((n) => vars.get(n) === '' && setBy.get(n) === 'ARG');
          const fromBase = (n: string) => BASE_IMAGE_ENV.some((e) => e.image.test(baseImage) && e.names.includes(n));
          const outOfScope = refs.filter((n) => !vars.has(n) && df.globalArgs.has(n) && !fromBase(n));
          const undeclared = refs.filter((n) => !vars.has(n) && !outOfScope.includes(n));
          if (value === null && outOfScope.length) value = expandWord(raw, new Map([...vars, ...outOfScope.map((n) => [n, ''] as const)]));
          user = { ins, value, unset, undeclared, outOfScope, emptyArgs, computed };
        }
        return { user, base };
      };
      // The base image matters only without a USER (the user it runs as by default).
      const same = (a: Resolved, b: Resolved) => a.user?.value === b.user?.value && a.user?.ins === b.user?.ins && (a.user !== null || a.base === b.base);
      // `noArg`: the production build judged with the empty default, which passes none of those ARGs (`the build at Makefile:3`).
      const judgeBuild = ({ user, base: resolvedBase }: Resolved, argNote: string, argDev: string | null, noArg: string | null = null) => {
        const dev = shipped.devReason !== null || argDev !== null;
        const devNote = `${dev ? ` (${shipped.devReason ?? argDev})` : ''}${argNote}`;
        if (user) {
          const { ins, value, unset, undeclared, outOfScope, emptyArgs, computed } = user;
          const raw = ins.argv[0] ?? ins.args;
          const at = { file: df.path, line: ins.line, column: ins.column };
          const scope = outOfScope.length ? `${outOfScope.map((n) => `ARG ${n}`).join(' and ')} ${outOfScope.length > 1 ? 'are' : 'is'} declared before the first FROM and not declared again in this stage, so ${outOfScope.length > 1 ? 'they are' : 'it is'} out of scope here and empty` : '';
          if (value === null) {
            const why = [
              ...(scope ? [scope] : []),
              ...unset.map((n) => `${n} has no default here (an ARG without one takes its value from --build-arg)`),
              ...computed.map((n) => `the build passes --build-arg ${n} a value not known here`),
              ...undeclared.map((n) => {
                if (df.globalArgs.has(n)) return `ARG ${n} before the first FROM is out of this stage's scope, so the base image's ENV ${n} applies`;
                // Declared in a stage this one does not build on (`FROM alpine AS tools` / `ARG UID=0`): out of scope here.
                const chain = lineage(stage);
                const other = df.stages.filter((s) => !chain.includes(s)).flatMap((s) => s.instructions.filter((i) => (i.keyword === 'ARG' || i.keyword === 'ENV') && i.properties.some((p) => p.name === n)).map((i) => ({ s, i })))[0];
                return other
                  ? `${other.i.keyword} ${n} is declared only in ${other.s.name ? `stage '${other.s.name}'` : `stage ${other.s.index}`} (line ${other.i.line}), which this stage does not build on, so it is out of scope here (the base image's ENV may set it)`
                  : `${n} is not declared in the Dockerfile (the base image's ENV may set it)`;
              }),
            ];
            put({ ...at, note: true, message: `USER ${raw} is unverifiable: ${why.length ? why.join('; ') : 'a variable has no value'}; make sure it is a non-zero numeric UID${argNote}` });
            return;
          }
          // An empty user (`USER ""`, `USER ${X}` with `ARG X=""`, a global ARG out of the stage's scope): Docker sets the
          // image's user to '' and the container runs as the default user, root.
          if (!value.split(':')[0]!.trim()) {
            const empty = value ? `resolves to '${value}', an empty user name` : raw.trim() && !/^(?:""|'')$/.test(raw.trim()) ? 'resolves to an empty user name' : 'is empty';
            if (scope) {
              rootPut({ ...at, note: dev || undefined, message: `${what} runs as root: USER ${raw} ${value ? `${empty},` : 'is empty,'} because ${scope}; Docker takes an empty USER as the default user, root. Add ${outOfScope.map((n) => `ARG ${n}`).join(', ')} after the FROM${devNote}` }, `its USER ${raw} is empty (${outOfScope.map((n) => `ARG ${n}`).join(', ')} out of scope)`);
            } else {
              // An ARG whose default is empty, which no build of the repository sets, or a production build does not (those that do
              // are judged with their values).
              const names = emptyArgs.join(' or ');
              const defaults = emptyArgs.length && (!argNote || noArg) ? ` (${emptyArgs.map((n) => `ARG ${n} defaults to ""`).join(', ')}, and ${noArg ? `${noArg} builds it without --build-arg ${names}` : `no build of the repository passes --build-arg ${names}`})` : '';
              rootPut({ ...at, note: dev || undefined, message: `${what} runs as root: USER ${raw} ${empty}${defaults}, and Docker takes an empty USER as the default user, root; end with an unprivileged numeric user (USER 10001:10001)${defaults ? ', or give the ARG a non-root default' : ''}${devNote}` }, `its USER ${raw} is empty`);
            }
            return;
          }
          const name = value.split(':')[0]!.trim();
          const shown = raw === value ? raw : `${raw} (resolves to ${value})`;
          if (/^(root|containeradministrator)$/i.test(name) || /^0+$/.test(name)) {
            const base = resolvedBase;
            const windows = /^containeradministrator$/i.test(name) || (base !== null && isWindowsImage(base));
            const fix = windows ? `switch to ${WINDOWS_FIX} after the steps that need it` : 'switch to an unprivileged numeric user (USER 10001:10001) after the steps that need root';
            rootPut({ ...at, note: dev || undefined, message: `${what} runs as ${windows && !/^root$/i.test(name) ? 'an administrator' : 'root'} (USER ${shown}); ${fix}${devNote}` }, `it ends with USER ${shown} (${df.path}:${ins.line})`);
          } else if (!/^\d+$/.test(name) && !/^containeruser$/i.test(name) && !isWindowsImage(resolvedBase ?? '')) {
            // Windows containers take an account name (`USER ContainerUser`): no UID to prefer, and runAsNonRoot does not apply.
            put({ ...at, note: true, message: `USER ${shown} is a name: fine here, but Kubernetes runAsNonRoot cannot verify names — prefer a numeric UID (USER 10001)${argNote}` });
          }
          return;
        }
        const base = { raw: rootFrom(stage).raw, image: resolvedBase };
        const at = { file: df.path, line: stage.from.line, column: stage.from.column };
        if (base.image === null) { put({ ...at, note: true, message: `no USER and the base image ${base.raw} is unresolved, so whether it runs as root is unverifiable; add USER 10001${argNote}` }); return; }
        const ref = parseImageRef(base.image);
        // As written (a team's own `non-root-images` glob may name a mirror) and as the lists name a mirror's copy.
        const names = [...new Set([normalizeImageName(ref.name), canonicalImageName(ref.name)])];
        const tag = `:${ref.tag ?? 'latest'}`;
        if (base.image.toLowerCase() !== 'scratch' && names.some((n) => nonRoot(n, tag) || nonRoot(n))) return;
        const canonical = names.at(-1)!;
        // A Lambda function image: Lambda runs it as its own unprivileged user, unless a production compose service runs it too.
        if (isLambdaBase(canonical) && !(runnersOf.get(stage) ?? []).some((r) => r.devReason === null)) {
          put({ ...at, note: true, message: `${what} has no USER, and its base image ${base.image} is an AWS Lambda base image: Lambda runs the function's container as its own least-privileged user whatever the image's USER, so it does not run as root there (run anywhere else, docker run included, the image runs as root)${devNote}` });
          return;
        }
        if (isWindowsImage(base.image)) {
          rootPut({ ...at, note: dev || undefined, message: `${what} has no USER, so it runs as ContainerAdministrator, the default account of Windows Server Core images (base image ${base.image}); end with ${WINDOWS_FIX}${devNote}` }, `it has no USER (base image ${base.image}: ContainerAdministrator)`);
          return;
        }
        if (knownRoot(canonical, tag) || knownRoot(canonical) || isOfficialRootImage(canonical)) {
          rootPut({ ...at, note: dev || undefined, message: `${what} has no USER, so it runs as root (base image ${base.image}); add an unprivileged user and end with USER 10001:10001${devNote}` }, `it has no USER (base image ${base.image})`);
          return;
        }
        // Another base: its own USER, if it sets one, applies; Preflight does not know it.
        rootPut({ ...at, note: dev || undefined, message: `${what} has no USER, so it runs as the base image's user: root unless ${base.image} sets a non-root USER, which Preflight cannot tell; add an unprivileged user and end with USER 10001:10001 (or add the image to option non-root-images if it sets one)${devNote}` }, `it has no USER (base image ${base.image}: root unless it sets a non-root USER itself)`);
      };
      const mine = resolve();
      const builders = composeArgBuilds(snapshot).filter((b) => b.df === df && b.stage === stage);
      const variants: { r: Resolved; b: (typeof builders)[number] }[] = [];
      let prodDefault = false;
      for (const b of builders) {
        const r = b.args.size ? resolve(b.args) : mine;
        if (same(r, mine)) { if (b.devReason === null) prodDefault = true; continue; }
        if (!variants.some((v) => same(v.r, r) && (v.b.devReason === null) === (b.devReason === null))) variants.push({ r, b });
      }
      // `ARG APP_UID=""` + `USER ${APP_UID}` is a placeholder a build fills in: where a build of the repository outside compose
      // (a workflow's, a Makefile's `docker build --build-arg APP_UID=10001`, a bake target's `args`) passes those ARGs, it is judged
      // with its values; the default (empty, so root) is judged too while a production build of this Dockerfile passes none of them
      // (`bare`), or when no build sets them at all. A `--build-arg` of them the repository writes where no build of it is read
      // (`unread`: a variable not expanded, a config not read) makes the default an `info` note instead of a failure.
      const u = mine.user;
      const emptyArgs = u && u.value !== null && !u.value.split(':')[0]!.trim() && !u.outOfScope.length ? u.emptyArgs : [];
      const scripted: { r: Resolved; b: PassedBuildArgs }[] = [];
      const bare: string[] = [];
      let unread: string | null = null;
      if (emptyArgs.length) {
        const repo = (passed ??= repositoryBuilds(snapshot.files, (f) => snapshot.text(f)));
        const sets = (b: PassedBuildArgs) => emptyArgs.some((n) => b.args.has(n));
        const deployed = deployBuilds(snapshot).filter((d) => d.dockerfile === df.path);
        const own = repo.builds.filter((b) => mayBuild(b, df.path));
        for (const b of own) {
          if (sets(b)) {
            const r = resolve(b.args);
            if (!scripted.some((v) => same(v.r, r))) scripted.push({ r, b });
          } else if (b.opaque) unread ??= `${b.file}:${b.line} (a variable it expands)`;
          // A CI build counts when that CI config pushes this Dockerfile's image (a test build of it does not ship).
          else if (b.path != null && (!/\.ya?ml$/.test(b.file) || deployed.some((d) => d.file === b.file))) bare.push(`the build at ${b.file}:${b.line}`);
        }
        // A deploy build not read above (a docker/build-push-action step without build-args, a bake target without args, fly.toml).
        for (const d of deployed) {
          if (own.some((b) => b.file === d.file)) continue;
          if (emptyArgs.some((n) => new RegExp(`\\b${n}\\b`).test(snapshot.text(d.file) ?? ''))) unread ??= d.file;
          else bare.push(d.by);
        }
        for (const m of repo.mentions) {
          if (!emptyArgs.includes(m.name) || repo.builds.some((b) => b.file === m.file && b.args.has(m.name))) continue;
          unread ??= `${m.file}:${m.line} (--build-arg ${m.name})`;
        }
        // A compose service building it with the default: said only beside a build that passes them (else, as before, no build does).
        if (prodDefault && scripted.length) bare.push(builders.find((b) => b.devReason === null && same(b.args.size ? resolve(b.args) : mine, mine))!.by);
      }
      const bySomething = !builders.some((b) => b.devReason === null) || prodDefault || builtOutsideCompose(snapshot, df);
      if (bare.length) judgeBuild(mine, '', null, bare.length > 1 ? `${bare[0]!} (and ${bare.length - 1} more)` : bare[0]!);
      else if (!scripted.length && bySomething && unread !== null && u) {
        const raw = u.ins.argv[0] ?? u.ins.args;
        const names = emptyArgs.join(' or ');
        put({ file: df.path, line: u.ins.line, column: u.ins.column, note: true, message: `USER ${raw} is unverifiable: ${emptyArgs.map((n) => `ARG ${n} defaults to ""`).join(', ')} (root), and ${unread} may set ${names}, which is not read here as a build of ${df.path}; make sure every production build passes --build-arg ${names} a non-zero numeric UID${shipped.devReason ? ` (${shipped.devReason})` : ''}` });
      } else if (!scripted.length && bySomething) judgeBuild(mine, '', null);
      for (const { r, b } of variants) judgeBuild(r, ` (as ${b.by} builds it, with build.args ${shownArgs(b, r.user ? r.user.ins.args : rootFrom(stage).raw)})`, b.devReason);
      for (const { r, b } of scripted) {
        const shown = emptyArgs.filter((n) => b.args.has(n)).map((n) => `--build-arg ${n}${b.args.get(n) === null ? '' : `=${b.args.get(n)}`}`).join(' ');
        judgeBuild(r, ` (as ${b.file}:${b.line} builds it, with ${shown})`, null);
      }
    }
    // A compose service whose `user:` is root runs its container as root whatever its image's USER (built here or pulled):
    // reported where the `user:` is written (once for a YAML anchor several services merge, naming them).
    const rootUsers = new Map<string, { u: ComposeUser; services: string[]; dev: string | null }>();
    const rootUser = (u: ComposeUser, service: string, why: string | null) => {
      const key = `${u.at.file}:${u.at.line}:${u.at.column}`;
      const prev = rootUsers.get(key);
      if (prev) { if (!prev.services.includes(service)) prev.services.push(service); if (why === null) prev.dev = null; return; }
      rootUsers.set(key, { u, services: [service], dev: why });
    };
    for (const group of composeDeploymentGroups(snapshot).deployments) {
      const { judged: members, dev, devReason } = judgedServices(group);
      // A development overlay of a production service (docker-compose.override.yml, .dev.yml) merged over it, as
      // `docker compose -f docker-compose.yml -f docker-compose.dev.yml` runs it: a root `user:` it writes is a note there.
      const u = composeUser(snapshot, { svc: members[0]!, members, devReason: null });
      if (u) judged++;
      if (u?.kind === 'root') rootUser(u, members[0]!.name, dev ? devReason ?? 'development-only file' : null);
      for (const m of group) {
        if (members.includes(m)) continue;
        const o = composeUser(snapshot, { svc: m, members: [...members, m], devReason: null });
        if (!o || o.at.file !== m.file) continue;
        judged++;
        if (o.kind === 'root') rootUser(o, m.name, composeDevOnly(m) ?? 'development-only file');
      }
    }
    for (const { u, services, dev } of rootUsers.values()) {
      // Identified by the services, not the line's text (`user: "0:0"` re-quoted stays known).
      once.put({ ...u.at, subject: `compose user ${services.join(',')}`, note: dev !== null || undefined, message: `compose ${namedServices(services)} run${services.length > 1 ? '' : 's'} as root (${u.shown}), whatever the image's USER; remove it or set an unprivileged user (user: "10001:10001")${dev ? ` (${dev})` : ''}` });
    }
    // AWS containers' `user` (ECS task definitions, CloudFormation `ContainerDefinitions` `User`) replaces the image's USER, as compose's does.
    for (const c of awsDeploy(snapshot).containers) {
      if (!c.user) continue;
      judged++;
      const name = c.user.value.split(':')[0]!.trim();
      if (!isRootName(name)) continue;
      // A FireLens log router as AWS documents it (`"user": "0"` beside `firelensConfiguration`): said, not failed.
      if (c.logRouter) once.put({ file: c.file, line: c.user.line, column: c.user.column, subject: `${c.where} user`, note: true, message: `${c.where} is a FireLens log router running as root (user ${c.user.value}), as AWS's FireLens examples set it; keep it to the log router` });
      else once.put({ file: c.file, line: c.user.line, column: c.user.column, subject: `${c.where} user`, note: c.dev || undefined, message: `${c.where} runs as root (user ${c.user.value}), whatever the image's USER; remove it or set an unprivileged user ("10001:10001")${c.dev ? ' (development task definition)' : ''}` });
    }
    // A build target written with a variable that does not resolve: said at the target, the final stage judged in its place.
    for (const n of unresolvedTargetNotes(snapshot, 'whether that stage runs as root')) once.put(n);
    // A Dockerfile written in a compose file (`build.dockerfile_inline`) is not read: said there (in the skip reason when nothing else is judged).
    if (judged) for (const n of inlineDockerfileNotes(snapshot, 'whether its image runs as root')) once.put(n);
    for (const f of once.findings()) report(f);
    if (!judged) skip(noDockerfileReason(snapshot));
  },
});
