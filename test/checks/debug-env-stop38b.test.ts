import { describe, expect, it } from 'vitest';
import { debugMode } from '../../src/checks/debug-mode.js';
import { runCase } from '../helpers/check-tester.js';

// QA stop 38 (review B S3): the start scripts' debug switches are on for any non-empty value, as the scripts test them:
// kafka-run-class.sh `[ "x$KAFKA_DEBUG" != "x" ]`, Karaf's bin/karaf `[ "x$KARAF_DEBUG" != "x" ]`, the UBI OpenJDK images'
// debug-options `[ "x${JAVA_DEBUG}" != "x" ]` and fabric8's run-java.sh (also JAVA_ENABLE_DEBUG, JAVA_DEBUG_ENABLE).
const found = async (files: Record<string, string>) => (await runCase(debugMode, { files })).findings.map((f) => `${f.file}:${f.line}${f.note ? ' note' : ''} ${f.message}`).sort();
const service = (name: string, image: string, env: Record<string, string>) =>
  `  ${name}:\n    image: ${image}\n    environment:\n${Object.entries(env).map(([k, v]) => `      ${k}: "${v}"\n`).join('')}`;

describe('debug-mode: a start script\'s debug switch set to any value', () => {
  it('KAFKA_DEBUG=y, KARAF_DEBUG=1, JAVA_DEBUG=yes, JAVA_ENABLE_DEBUG=true with JAVA_DEBUG_PORT=*:5005 fail at the switch', async () => {
    const out = await found({
      'docker-compose.yml': `services:\n${service('kafka', 'apache/kafka:3.7.0', { KAFKA_DEBUG: 'y', JAVA_DEBUG_PORT: '*:5005' })}${service('karaf', 'apache/karaf:4.4.6', { KARAF_DEBUG: '1', JAVA_DEBUG_PORT: '0.0.0.0:5005' })}${service('api', 'registry.access.redhat.com/ubi9/openjdk-21:1.20', { JAVA_DEBUG: 'yes', JAVA_DEBUG_PORT: '*:5005' })}${service('old', 'fabric8/java-alpine-openjdk11-jre:1.9.0', { JAVA_ENABLE_DEBUG: 'true', JAVA_DEBUG_PORT: '*:5005' })}`,
    });
    expect(out.map((l) => l.split(', which')[0])).toEqual([
      "docker-compose.yml:10 service 'karaf' sets KARAF_DEBUG=1",
      "docker-compose.yml:15 service 'api' sets JAVA_DEBUG=yes",
      "docker-compose.yml:20 service 'old' sets JAVA_ENABLE_DEBUG=true",
      "docker-compose.yml:5 service 'kafka' sets KAFKA_DEBUG=y",
    ]);
    expect(out.every((l) => !l.includes(' note ') && l.includes('listening on all interfaces'))).toBe(true);
    expect(out.find((l) => l.includes('KAFKA_DEBUG'))).toContain('the JDWP agent kafka-run-class.sh adds, listening on all interfaces as JAVA_DEBUG_PORT=*:5005 says');
  });

  it('a value that reads as off (KAFKA_DEBUG=false, JAVA_DEBUG=false) still starts the agent, and the message says why', async () => {
    const out = await found({
      'docker-compose.yml': `services:\n${service('kafka', 'apache/kafka:3.7.0', { KAFKA_DEBUG: 'false', JAVA_DEBUG_PORT: '*:5005' })}`,
      // Quarkus' Dockerfile.jvm: the UBI image's run-java.sh; no JAVA_DEBUG_PORT, so 5005 on localhost (a note).
      'api/Dockerfile': 'FROM registry.access.redhat.com/ubi9/openjdk-21:1.20\nCOPY target/quarkus-app/ /deployments/\nENV JAVA_DEBUG=false\nENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]\n',
    });
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^api\/Dockerfile:3 note JAVA_DEBUG=false makes run-java\.sh \(UBI OpenJDK images, Quarkus' Dockerfile\.jvm\) \(which starts it whenever JAVA_DEBUG is not empty: false too\) start the JVM with a JDWP debugger agent \(-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005\)/);
    expect(out[1]).toMatch(/^docker-compose\.yml:5 service 'kafka' sets KAFKA_DEBUG=false, which turns on the JDWP agent kafka-run-class\.sh \(which starts it whenever KAFKA_DEBUG is not empty: false too\) adds, listening on all interfaces as JAVA_DEBUG_PORT=\*:5005 says/);
  });

  it('an empty switch, or one left to a variable the deploy sets, is not judged', async () => {
    expect(await found({
      'docker-compose.yml': `services:\n${service('kafka', 'apache/kafka:3.7.0', { KAFKA_DEBUG: '', JAVA_DEBUG_PORT: '*:5005' })}  karaf:\n    image: apache/karaf:4.4.6\n    environment:\n      KARAF_DEBUG: \${KARAF_DEBUG}\n      JAVA_DEBUG_PORT: "*:5005"\n`,
    })).toEqual([]);
  });
});
