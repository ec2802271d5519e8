import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { envFileCommitted } from '../../src/checks/env-file-committed.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 38 (fullrepos17 D1): the start-script variables that carry JVM options, and run-java.sh's debug switch.
const found = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message.split(':')[0]}`).sort();
// Quarkus' generated src/main/docker/Dockerfile.jvm, distilled (the UBI OpenJDK image's run-java.sh starts the JVM).
const QUARKUS = (env: string) => `FROM registry.access.redhat.com/ubi9/openjdk-21:1.20\nENV LANGUAGE='en_US:en'\nCOPY --chown=185 target/quarkus-app/lib/ /deployments/lib/\nCOPY --chown=185 target/quarkus-app/*.jar /deployments/\nEXPOSE 8080\nUSER 185\n${env}\nENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]\n`;
const JDWP_ALL = '-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005';

describe('debug-mode: JAVA_OPTS_APPEND and the other JVM option variables', () => {
  it('a JDWP agent on all interfaces in JAVA_OPTS_APPEND, JAVA_OPTIONS or _JAVA_OPTIONS fails as in JAVA_OPTS', async () => {
    expect(await found({
      'a/Dockerfile': QUARKUS(`ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager ${JDWP_ALL}"`),
      'b/Dockerfile': QUARKUS(`ENV JAVA_OPTIONS="${JDWP_ALL}"`),
      'k8s/api.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          env:\n            - name: _JAVA_OPTIONS\n              value: "${JDWP_ALL}"\n`,
    })).toEqual([
      'a/Dockerfile:7 ENV JAVA_OPTS_APPEND=-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -agentlib',
      'b/Dockerfile:7 ENV JAVA_OPTIONS=-agentlib',
      "k8s/api.yaml:13 container 'api' sets _JAVA_OPTIONS=-agentlib",
    ]);
  });
  it('the stock JAVA_OPTS_APPEND, and one with a localhost agent, pass (the latter a note in a deploy file)', async () => {
    expect(await found({
      Dockerfile: QUARKUS('ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"'),
      'docker-compose.yml': 'services:\n  api:\n    build: .\n    environment:\n      JAVA_OPTS_APPEND: -agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005\n',
    })).toEqual(["docker-compose.yml:5 note JAVA_OPTS_APPEND starts the JVM with a JDWP debugger agent (-agentlib"]);
  });
});

describe('debug-mode: run-java.sh\'s JAVA_DEBUG with JAVA_DEBUG_PORT', () => {
  it('JAVA_DEBUG=true with JAVA_DEBUG_PORT=*:5005 in the same environment fails at the switch', async () => {
    const out = await found({
      'a/Dockerfile': QUARKUS('ENV JAVA_DEBUG=true JAVA_DEBUG_PORT=*:5005'),
      'docker-compose.yml': 'services:\n  kafka:\n    image: apache/kafka:3.7.0\n    environment:\n      KAFKA_DEBUG: "true"\n      JAVA_DEBUG_PORT: "0.0.0.0:5005"\n',
      'k8s/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          env:\n            - name: JAVA_DEBUG\n              value: "true"\n            - name: JAVA_DEBUG_PORT\n              value: "*:5005"\n',
    });
    expect(out).toEqual([
      'a/Dockerfile:7 ENV JAVA_DEBUG=true in the image turns on the JDWP agent run-java.sh (UBI OpenJDK images, Quarkus\' Dockerfile.jvm) adds, listening on all interfaces as JAVA_DEBUG_PORT=*',
      "docker-compose.yml:5 service 'kafka' sets KAFKA_DEBUG=true, which turns on the JDWP agent kafka-run-class.sh adds, listening on all interfaces as JAVA_DEBUG_PORT=0.0.0.0",
      "k8s/api.yaml:13 container 'api' sets JAVA_DEBUG=true, which turns on the JDWP agent run-java.sh (UBI OpenJDK images, Quarkus' Dockerfile.jvm) adds, listening on all interfaces as JAVA_DEBUG_PORT=*",
    ]);
  });
  it('a bare or unset port listens on localhost (a note where deploy config is read); the port alone, an empty JAVA_DEBUG, or another container\'s port does not fail', async () => {
    expect(await found({
      'a/Dockerfile': QUARKUS('ENV JAVA_DEBUG_PORT=*:5005'),
      'b/Dockerfile': QUARKUS('ENV JAVA_DEBUG= JAVA_DEBUG_PORT=*:5005'),
      'c/Dockerfile': QUARKUS('ENV JAVA_DEBUG=true'),
      'docker-compose.yml': 'services:\n  api:\n    build: ./c\n    environment:\n      JAVA_DEBUG: "true"\n      JAVA_DEBUG_PORT: "8787"\n',
      'k8s/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: acme/api:1.0\n          env:\n            - name: JAVA_DEBUG\n              value: "true"\n        - name: sidecar\n          image: acme/sidecar:1.0\n          env:\n            - name: JAVA_DEBUG_PORT\n              value: "*:5005"\n',
    })).toEqual([
      "c/Dockerfile:7 note JAVA_DEBUG=true makes run-java.sh (UBI OpenJDK images, Quarkus' Dockerfile.jvm) start the JVM with a JDWP debugger agent (-agentlib",
      "docker-compose.yml:5 note JAVA_DEBUG=true makes run-java.sh (UBI OpenJDK images, Quarkus' Dockerfile.jvm) start the JVM with a JDWP debugger agent (-agentlib",
    ]);
  });
});

// QA stop 38 (fullrepos17 D2): Symfony commits `.env` and `.env.<environment>` by convention; still critical, with its advice.
describe('env-file-committed: a Symfony application\'s .env', () => {
  const ENV = '# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.\n\n###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=\n###< symfony/framework-bundle ###\n\n###> doctrine/doctrine-bundle ###\nDATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"\n###< doctrine/doctrine-bundle ###\n';
  const COMPOSER = '{"require":{"php":">=8.2","symfony/framework-bundle":"7.1.*","symfony/dotenv":"7.1.*"}}\n';
  const run = async (files: Record<string, string>) => (await runCase(envFileCommitted, { files })).findings.map((f) => ({ file: f.file, severity: f.severity ?? 'critical', message: f.message }));
  it('stays critical, with Symfony\'s advice (no git rm): .env.local or the vault, APP_SECRET empty, and the suppression syntax', async () => {
    const out = await run({ 'composer.json': COMPOSER, '.env': ENV, '.env.test': "KERNEL_CLASS='App\\Kernel'\nAPP_SECRET='$ecretf0rt3st'\n", '.gitignore': '/.env.local\n/.env.local.php\n/.env.*.local\n' });
    expect(out.map((f) => `${f.file} ${f.severity}`)).toEqual(['.env critical', '.env.test critical']);
    const env = out[0]!.message;
    expect(env).toContain('Symfony commits .env on purpose');
    expect(env).toContain('.env.local');
    expect(env).toContain('php bin/console secrets:set');
    expect(env).toContain('leaving APP_SECRET empty here');
    expect(env).toContain('# preflight-ignore env-file-committed: Symfony defaults, no secrets');
    expect(env).not.toContain('git rm');
    expect(env).not.toContain('.env.example');
    expect(out[1]!.message).toContain('.env.test.local');
    expect(out[1]!.message).not.toContain('APP_SECRET empty');
  });
  it('is told by the recipe markers without composer.json, and names a secret-named variable holding a value (never the value)', async () => {
    const out = await run({ 'app/.env': `${ENV}APP_SECRET=3f9a1c0e8b7d6a5f4e3d2c1b0a998877\n` });
    expect(out).toHaveLength(1);
    expect(out[0]!.severity).toBe('critical');
    expect(out[0]!.message).toContain('APP_SECRET holds a value here');
    expect(out[0]!.message).not.toContain('3f9a1c0e8b7d6a5f4e3d2c1b0a998877');
  });
  it('outside Symfony, and Symfony\'s own .env.local, keep the generic advice', async () => {
    const out = await run({ '.env': 'APP_SECRET=\nDATABASE_URL=postgres://db/app\n', 'web/composer.json': COMPOSER, 'web/.env.local': 'APP_SECRET=3f9a1c0e8b7d6a5f4e3d2c1b0a998877\n', 'laravel/composer.json': '{"require":{"laravel/framework":"^11.0"}}\n', 'laravel/.env': 'APP_KEY=\n' });
    expect(out.map((f) => `${f.file} ${f.severity} ${/git rm --cached/.test(f.message) && !/Symfony/.test(f.message)}`)).toEqual(['.env critical true', 'laravel/.env critical true', 'web/.env.local critical true']);
  });
});
