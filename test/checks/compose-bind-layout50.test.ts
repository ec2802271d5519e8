import { describe, expect, it } from 'vitest';
import { productionServer } from '../../src/checks/production-server.js';
import { runCase } from '../helpers/check-tester.js';

// Second read, stop 49 → 50: a compose service's bind mounts are read by one reader (composeBindMounts) for the
// command's file layout too, so the long syntax (`type: bind`, `source`/`target`) maps a repository folder into the
// container as the short syntax does: `deno task start` in /app finds web/deno.json either way.

const FRESH = '{ "tasks": { "start": "deno run -A --watch=static/,routes/ dev.ts" } }\n';
const compose = (volumes: string) => `services:\n  web:\n    image: denoland/deno:2.1.4\n    working_dir: /app\n    volumes:\n${volumes}    command: task start\n`;
const msgs = async (files: Record<string, string>) => (await runCase(productionServer, { name: 'x', files })).findings.map((f) => `${f.file}:${f.line} ${f.message.split(';')[0]}`);

describe('compose bind mounts place repository files in the container (short and long syntax)', () => {
  const expected = "docker-compose.yml:7 service 'web' command starts a development server: deno task start → deno run --watch";
  it('short syntax', async () => {
    expect(await msgs({ 'docker-compose.yml': compose('      - ./web:/app\n'), 'web/deno.json': FRESH })).toEqual([expected]);
  });
  it('long syntax, with and without `type: bind`', async () => {
    expect(await msgs({ 'docker-compose.yml': compose('      - type: bind\n        source: ./web\n        target: /app\n').replace('command: task start', 'command: task start'), 'web/deno.json': FRESH }))
      .toEqual([expected.replace(':7 ', ':9 ')]);
    expect(await msgs({ 'docker-compose.yml': compose('      - source: ./web\n        target: /app\n'), 'web/deno.json': FRESH })).toEqual([expected.replace(':7 ', ':8 ')]);
  });
  it('a named volume or a host path maps nothing of the repository', async () => {
    expect(await msgs({ 'docker-compose.yml': compose('      - data:/app\n') + 'volumes:\n  data: {}\n', 'web/deno.json': FRESH })).not.toContain(expected);
    expect(await msgs({ 'docker-compose.yml': compose('      - type: volume\n        source: ./web\n        target: /app\n'), 'web/deno.json': FRESH })).toEqual([]);
  });
});
