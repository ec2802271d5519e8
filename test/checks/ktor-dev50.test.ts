import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { matchItem } from '../../src/checklist/matcher.js';
import { runCase } from '../helpers/check-tester.js';

// QA50 fullrepos28 D5: Ktor's development mode (extended debugging information on 5xx response pages, auto-reload) is
// debug-mode's, as Phoenix debug_errors is: `ktor { development = true }` in application.conf (or `ktor: development: true`
// in application.yaml), `-Dio.ktor.development=true` on the JVM command line or in its options variables, and the
// `io.ktor.development` environment variable.
const RES = 'src/main/resources';
const DOCKERFILE = (entry: string, env = '') => `FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY app.jar app.jar\n${env}USER 10001\nENTRYPOINT ${entry}\n`;

async function run(files: Record<string, string>) {
  const out = await runCase(debugMode, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return out.findings.map((f) => `${f.file}:${f.line} ${f.note ? 'note' : 'fail'} ${f.message}`);
}

describe('debug-mode: Ktor development mode (QA50 fullrepos28 D5)', () => {
  it('application.conf ktor { development = true } (nested, dotted, one-line) fails at the setting', async () => {
    expect(await run({ [`${RES}/application.conf`]: 'ktor {\n    development = true\n    deployment {\n        port = 8080\n    }\n}\n' }))
      .toEqual([expect.stringMatching(/^src\/main\/resources\/application\.conf:2 fail ktor\.development = true in application\.conf turns on Ktor development mode/)]);
    expect(await run({ [`${RES}/application.conf`]: 'ktor.deployment.port = 8080\nktor.development = true\n' })).toEqual([expect.stringMatching(/application\.conf:2 fail /)]);
    expect(await run({ [`${RES}/application.conf`]: 'ktor { development = true }\n' })).toEqual([expect.stringMatching(/application\.conf:1 fail /)]);
    // A default the environment may replace (`${?KTOR_DEV}`) is still on when the variable is unset.
    expect(await run({ [`${RES}/application.conf`]: 'ktor {\n  development = true\n  development = ${?KTOR_DEV}\n}\n' })).toEqual([expect.stringMatching(/application\.conf:2 fail /)]);
  });

  it('application.yaml ktor: development: true fails', async () => {
    expect(await run({ [`${RES}/application.yaml`]: 'ktor:\n  development: true\n  deployment:\n    port: 8080\n' })).toEqual([expect.stringMatching(/^src\/main\/resources\/application\.yaml:2 fail ktor\.development: true in application\.yaml/)]);
  });

  it('-Dio.ktor.development=true among the JVM options of the entry point, and -P:ktor.development=true among its arguments, fail', async () => {
    expect(await run({ Dockerfile: DOCKERFILE('["java", "-Dio.ktor.development=true", "-jar", "app.jar"]') }))
      .toEqual([expect.stringMatching(/^Dockerfile:5 fail ENTRYPOINT starts the JVM with -Dio\.ktor\.development=true, which turns on Ktor development mode/)]);
    expect(await run({ Dockerfile: DOCKERFILE('["java", "-Xmx512m", "-cp", "app.jar", "-Dio.ktor.development=true", "io.ktor.server.netty.EngineMain"]') })).toEqual([expect.stringMatching(/^Dockerfile:5 fail /)]);
    expect(await run({ Dockerfile: DOCKERFILE('["java", "-jar", "app.jar", "-P:ktor.development=true"]') })).toEqual([expect.stringMatching(/^Dockerfile:5 fail ENTRYPOINT starts the JVM with -P:ktor\.development=true/)]);
  });

  it('the property in JAVA_OPTS / JAVA_TOOL_OPTIONS, and the io.ktor.development variable, fail where they are set', async () => {
    expect(await run({ Dockerfile: DOCKERFILE('["java", "-jar", "app.jar"]', 'ENV JAVA_TOOL_OPTIONS="-Xmx512m -Dio.ktor.development=true"\n') }))
      .toEqual([expect.stringMatching(/^Dockerfile:4 fail ENV JAVA_TOOL_OPTIONS=-Xmx512m -Dio\.ktor\.development=true in the image turns on Ktor development mode/)]);
    const compose = (env: string) => `services:\n  api:\n    image: registry.example.com/api:1.4.2\n    environment:\n      ${env}\n`;
    expect(await run({ 'compose.yaml': compose('JAVA_OPTS: "-Dio.ktor.development=true"') })).toEqual([expect.stringMatching(/^compose\.yaml:5 fail .*Ktor development mode/)]);
    expect(await run({ 'compose.yaml': compose('io.ktor.development: "true"') })).toEqual([expect.stringMatching(/^compose\.yaml:5 fail .*Ktor development mode/)]);
  });

  it('lookalikes pass: off, an environment read alone, a development or test config, the property after -jar, another conf file', async () => {
    const none = async (files: Record<string, string>) => expect((await run(files)).filter((l) => l.includes(' fail '))).toEqual([]);
    await none({ [`${RES}/application.conf`]: 'ktor {\n    development = false\n}\n' });
    await none({ [`${RES}/application.conf`]: 'ktor {\n    development = ${?KTOR_DEVELOPMENT}\n}\n' });
    await none({ [`${RES}/application.conf`]: 'ktor {\n  development = true\n  development = false\n}\n' });
    await none({ [`${RES}/application-dev.conf`]: 'ktor {\n    development = true\n}\n' });
    await none({ 'src/test/resources/application.conf': 'ktor {\n    development = true\n}\n' });
    await none({ [`${RES}/application.yaml`]: 'ktor:\n  development: false\n' });
    await none({ Dockerfile: DOCKERFILE('["java", "-jar", "app.jar", "-Dio.ktor.development=true"]') });
    await none({ Dockerfile: DOCKERFILE('["java", "-Dio.ktor.development=false", "-jar", "app.jar"]') });
    await none({ 'conf/application.conf': 'play.http.secret.key = ${?APP_SECRET}\ndevelopment = true\n' });
    await none({ 'build.gradle.kts': 'application {\n    val isDevelopment: Boolean = project.ext.has("development")\n    applicationDefaultJvmArgs = listOf("-Dio.ktor.development=$isDevelopment")\n}\n' });
  });

  it('a checklist item that promises development mode off binds debug-mode', () => {
    const checks = (t: string) => matchItem(t, { headings: ['Application'] }).checks;
    expect(checks('`ktor.development = false` (no auto-reload, no dev mode) in production')).toEqual(['debug-mode']);
    expect(checks('Ktor development mode is off in production')).toEqual(['debug-mode']);
    expect(checks('No `-Dio.ktor.development=true` in the image')).toEqual(['debug-mode']);
    expect(checks('Enable Ktor development mode locally')).toEqual([]);
    expect(checks('Development mode for Ktor documented')).toEqual([]);
  });
});
