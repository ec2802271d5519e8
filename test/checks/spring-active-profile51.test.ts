import { describe, expect, it } from 'vitest';
import { cookieFlags } from '../../src/checks/cookie-flags.js';
import { corsWildcard } from '../../src/checks/cors-wildcard.js';
import { debugMode } from '../../src/checks/debug-mode.js';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA51 configlibs D9: a development-named Spring profile (`application-dev.yml`, an `on-profile: dev` document) that the deploy
// activates (`SPRING_PROFILES_ACTIVE=dev` in the image, compose or a Deployment; `-Dspring.profiles.active=dev`; a base file's
// `spring.profiles.active`) is production configuration: judged by debug-mode, cookie-flags, cors-wildcard and default-credentials.
const RES = 'src/main/resources';
const DEV_YML = 'server:\n  error:\n    include-stacktrace: always\n  servlet:\n    session:\n      cookie:\n        secure: false\nmanagement:\n  endpoints:\n    web:\n      cors:\n        allowed-origins: "*"\nspring:\n  datasource:\n    username: shop\n    password: changeme\n';
const POM = '<project><artifactId>shop</artifactId><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n';
const dockerfile = (extra: string) => `FROM eclipse-temurin:21.0.3_9-jre\nCOPY target/shop.jar app.jar\n${extra}USER 10001\nENTRYPOINT ["java", "-jar", "app.jar"]\n`;
const base = (files: Record<string, string>) => ({ 'pom.xml': POM, [`${RES}/application.yml`]: 'spring:\n  application:\n    name: shop\n', [`${RES}/application-dev.yml`]: DEV_YML, ...files });
const checks = [debugMode, cookieFlags, corsWildcard, defaultCredentials];

/** Each check's findings on application-dev.yml as `check line severity` (`info` for a note). */
async function found(files: Record<string, string>): Promise<string[]> {
  const out: string[] = [];
  for (const check of checks) {
    const r = await runCase(check, { name: 'spring profile', files });
    expect(r.error).toBeUndefined();
    for (const f of r.findings) if (f.file === `${RES}/application-dev.yml`) out.push(`${check.id} ${f.line} ${f.note ? 'info' : (f.severity ?? check.severity)}${f.note ? '' : ` ${/Spring profile 'dev', which (.*) activates for production/.exec(f.message)?.[1] ?? 'NO-ACTIVATION-NAMED'}`}`);
  }
  return out.sort();
}

const FAILS = (by: string) => [
  `cookie-flags 7 medium ${by}`,
  `cors-wildcard 12 high ${by}`,
  `debug-mode 3 critical ${by}`,
  `default-credentials 16 high ${by}`,
];
const NOTES = ['cookie-flags 7 info', 'cors-wildcard 12 info', 'default-credentials 16 info'];

describe('a development Spring profile the deploy activates is production configuration', () => {
  it('ENV SPRING_PROFILES_ACTIVE=dev in the image', async () => {
    expect(await found(base({ Dockerfile: dockerfile('ENV SPRING_PROFILES_ACTIVE=dev\n') }))).toEqual(FAILS('ENV SPRING_PROFILES_ACTIVE in Dockerfile:3'));
  });

  it('a Kubernetes Deployment env, -Dspring.profiles.active in JAVA_OPTS, and a base file spring.profiles.active', async () => {
    const deploy = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop}\nspec:\n  template:\n    spec:\n      containers:\n        - name: shop\n          image: registry.example.com/shop:1.0.0\n          env:\n            - {name: SPRING_PROFILES_ACTIVE, value: "docker,dev"}\n';
    expect(await found(base({ 'k8s/deployment.yaml': deploy }))).toEqual(FAILS("SPRING_PROFILES_ACTIVE of container 'shop' in k8s/deployment.yaml:11"));
    expect(await found(base({ Dockerfile: dockerfile('ENV JAVA_OPTS="-Xmx512m -Dspring.profiles.active=dev"\n') }))).toEqual(FAILS('ENV JAVA_OPTS in Dockerfile:3'));
    expect(await found(base({ [`${RES}/application.yml`]: 'spring:\n  profiles:\n    active: dev\n' }))).toEqual(FAILS(`spring.profiles.active in ${RES}/application.yml:3`));
  });

  it('an on-profile: dev document of application.yml the image activates', async () => {
    const yml = 'spring:\n  application:\n    name: shop\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\nserver:\n  error:\n    include-stacktrace: always\n';
    const r = await runCase(debugMode, { name: 'doc', files: { 'pom.xml': POM, [`${RES}/application.yml`]: yml, Dockerfile: dockerfile('ENV SPRING_PROFILES_ACTIVE=dev\n') } });
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'info' : (f.severity ?? debugMode.severity)}`)).toEqual([`${RES}/application.yml:11 critical`]);
  });

  it('lookalikes stay development-only: nothing activates dev, prod is activated, a dev compose service, a base value the deploy overrides', async () => {
    expect(await found(base({}))).toEqual(NOTES);
    expect(await found(base({ Dockerfile: dockerfile('ENV SPRING_PROFILES_ACTIVE=prod\n') }))).toEqual(NOTES);
    expect(await found(base({ 'docker-compose.dev.yml': 'services:\n  api:\n    build: .\n    environment:\n      SPRING_PROFILES_ACTIVE: dev\n' }))).toEqual(NOTES);
    // The image's SPRING_PROFILES_ACTIVE wins over the base file's spring.profiles.active.
    expect(await found(base({ [`${RES}/application.yml`]: 'spring:\n  profiles:\n    active: dev\n', Dockerfile: dockerfile('ENV SPRING_PROFILES_ACTIVE=prod\n') }))).toEqual(NOTES);
  });
});
