import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/repo.js';
import { run } from '../../src/run.js';

// Sweep 3 of stop 38: the debug-switch table was a plain object, so environment variables named after Object's members
// (`toString`, `constructor`) read as switches and drew a JDWP note quoting `function toString() { [native code] }`.
describe('debug-mode: variables named like Object members are no debug switches', () => {
  it('gives no finding for toString/constructor/valueOf/__proto__ in a compose environment', async () => {
    const messages = async (env: string) => {
      const compose = `services:\n  app:\n    image: app:1.2.3\n    environment:\n${env}`;
      const dir = makeRepo({ 'preflight.yml': 'version: 1\nitems:\n  - { id: d, check: debug-mode }\n', 'docker-compose.yml': compose });
      const { report } = await run({ dir, cwd: dir, checklist: 'preflight.yml', probes: false });
      return report.findings.filter((f) => f.check === 'debug-mode').map((f) => f.message);
    };
    expect(await messages('      toString: "1"\n      constructor: "1"\n      valueOf: "1"\n      hasOwnProperty: "1"\n')).toEqual([]);
    // A real switch is still judged.
    expect((await messages('      KAFKA_DEBUG: "y"\n      JAVA_DEBUG_PORT: "*:5005"\n')).some((m) => /KAFKA_DEBUG/.test(m))).toBe(true);
  });
});
