import { expect, it } from 'vitest';
import { runCase } from '../helpers/check-tester.js';
import { debugMode } from '../../src/checks/debug-mode.js';

const run = async (files: Record<string, string>) => {
  const out = await runCase(debugMode, { name: 'spring52', files });
  expect(out.error).toBeUndefined();
  return out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line} ${f.message}`);
};
const module = (m: string) => ({
  [`${m}/pom.xml`]: `<project><modelVersion>4.0.0</modelVersion><artifactId>${m}</artifactId></project>\n`,
  [`${m}/Dockerfile`]: `FROM eclipse-temurin:21-jre\nCOPY target/${m}.jar /app.jar\nUSER 1000\nCMD ["java", "-jar", "/app.jar"]\n`,
  [`${m}/src/main/resources/application.yml`]: 'server:\n  port: 8081\n',
});
const DEV = 'server:\n  error:\n    include-stacktrace: always\n';
const compose = (billing: string, orders: string, extra = '') => `services:
  billing:
    build: ./billing
    environment:
      SPRING_PROFILES_ACTIVE: ${billing}
    restart: always
  orders:
    build: ./orders
    environment:
      SPRING_PROFILES_ACTIVE: ${orders}
    restart: always
${extra}`;

// QA 52 (polyglot D7): a SPRING_PROFILES_ACTIVE one compose service sets activates the profile for the module it builds, not for
// every Spring module of the repository.
it("billing's SPRING_PROFILES_ACTIVE=dev leaves orders' application-dev.yml development-only (orders runs prod)", async () => {
  const files = { ...module('billing'), ...module('orders'), 'orders/src/main/resources/application-dev.yml': DEV, 'docker-compose.yml': compose('dev', 'prod') };
  expect(await run(files)).toEqual([]);
});

it("the module's own service activating dev still fails, naming it; so does billing's dev file under billing's dev", async () => {
  const files = { ...module('billing'), ...module('orders'), 'orders/src/main/resources/application-dev.yml': DEV, 'billing/src/main/resources/application-dev.yml': DEV, 'docker-compose.yml': compose('dev', 'dev') };
  expect(await run(files)).toEqual([
    expect.stringMatching(/^billing\/src\/main\/resources\/application-dev\.yml:3 .*Spring profile 'dev', which SPRING_PROFILES_ACTIVE of compose service 'billing' in docker-compose\.yml activates for production/),
    expect.stringMatching(/^orders\/src\/main\/resources\/application-dev\.yml:3 .*Spring profile 'dev', which SPRING_PROFILES_ACTIVE of compose service 'orders' in docker-compose\.yml activates for production/),
  ]);
});

it('a Dockerfile ENV and a Kubernetes container running the image a compose service builds are scoped to that module', async () => {
  const base = { ...module('billing'), ...module('orders'), 'orders/src/main/resources/application-dev.yml': DEV };
  const env = { ...base, 'billing/Dockerfile': 'FROM eclipse-temurin:21-jre\nENV SPRING_PROFILES_ACTIVE=dev\nCOPY target/billing.jar /app.jar\nUSER 1000\nCMD ["java", "-jar", "/app.jar"]\n' };
  expect(await run(env)).toEqual([]);
  const k8s = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: billing}\nspec:\n  template:\n    spec:\n      containers:\n        - name: billing\n          image: acme/billing:1.0\n          env:\n            - {name: SPRING_PROFILES_ACTIVE, value: dev}\n`;
  const linked = { ...base, 'docker-compose.yml': 'services:\n  billing:\n    build: ./billing\n    image: acme/billing:1.0\n    restart: always\n', 'k8s/billing.yaml': k8s };
  expect(await run(linked)).toEqual([]);
});

it('an image built elsewhere keeps the repo-wide reading; so does a single-module repository built from a subfolder', async () => {
  const k8s = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: billing}\nspec:\n  template:\n    spec:\n      containers:\n        - name: billing\n          image: registry.acme.io/billing:1.0\n          env:\n            - {name: SPRING_PROFILES_ACTIVE, value: dev}\n`;
  const files = { ...module('billing'), ...module('orders'), 'orders/src/main/resources/application-dev.yml': DEV, 'k8s/billing.yaml': k8s };
  expect(await run(files)).toEqual([expect.stringMatching(/^orders\/src\/main\/resources\/application-dev\.yml:3 .*which SPRING_PROFILES_ACTIVE of container 'billing'/)]);
  const single = { ...module('orders'), 'orders/src/main/resources/application-dev.yml': DEV, 'docker-compose.yml': 'services:\n  api:\n    build: ./docker\n    environment:\n      SPRING_PROFILES_ACTIVE: dev\n    restart: always\n', 'docker/Dockerfile': 'FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nUSER 1000\nCMD ["java", "-jar", "/app.jar"]\n' };
  expect(await run(single)).toEqual([expect.stringMatching(/^orders\/src\/main\/resources\/application-dev\.yml:3 .*compose service 'api'/)]);
});
