import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { classify, unwrap } from '../../src/checks/util/commands.js';
import { testCheck } from '../helpers/check-tester.js';

const devOf = (line: string) => {
  for (const c of unwrap(['sh', '-c', line])) {
    const v = classify(c.argv);
    if (v.kind === 'dev') return v.what;
  }
  return null;
};

describe("stop 42: Gradle's application plugin run task is a development launcher", () => {
  it('judges ./gradlew run, gradle run and a project path', () => {
    expect(devOf('./gradlew run')).toBe('gradlew run');
    expect(devOf('gradle run --no-daemon')).toBe('gradle run');
    expect(devOf('./gradlew :server:run --args="--port 8080"')).toBe('gradlew run');
    expect(devOf('./gradlew -t run')).toBe('gradlew run');
  });
  it('passes the production forms and other tasks', () => {
    for (const line of ['./gradlew installDist', './gradlew shadowJar', 'gradle build', './gradlew :server:runShadow', 'build/install/app/bin/app', 'java -jar app-all.jar', './gradlew test --tests run'])
      expect(devOf(line), line).toBeNull();
  });
});

testCheck(productionServer, {
  valid: [
    { name: 'stop 42: a Ktor app built with installDist runs its start script', files: {
      Dockerfile: 'FROM gradle:8.10-jdk21 AS build\nWORKDIR /src\nCOPY . .\nRUN gradle installDist --no-daemon\nFROM eclipse-temurin:21-jre\nCOPY --from=build /src/build/install/app /app\nUSER 1000\nCMD ["/app/bin/app"]\n',
    } },
  ],
  invalid: [
    { name: 'stop 42: a Ktor image started with ./gradlew run', files: {
      Dockerfile: 'FROM gradle:8.10-jdk21\nWORKDIR /src\nCOPY . .\nUSER 1000\nCMD ["./gradlew", "run", "--no-daemon"]\n',
    }, errors: [
      { file: 'Dockerfile', line: 5, severity: 'critical', message: /development server: gradlew run; build the app in a build stage \(\.\/gradlew installDist/ },
    ] },
  ],
});
