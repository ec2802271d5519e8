import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 oss16 D5: `${ADMIN_PASSWORD:-admin}` in compose with `ADMIN_PASSWORD=admin` in the committed `.env` was reported only at
// the fallback ("when ADMIN_PASSWORD is unset"); the `.env` line that deploys the value was not cited.
const COMPOSE = [
  'services:',
  '  grafana:',
  '    image: grafana/grafana:11.2.0',
  '    environment:',
  '      - GF_SECURITY_ADMIN_USER=${ADMIN_USER:-admin}',
  '      - GF_SECURITY_ADMIN_PASSWORD=${ADMIN_PASSWORD:-admin}',
  '',
].join('\n');
const strong = ['Qz8', 'vL2m', 'Xk9p', 'Rt4w', 'Jn7c'].join('');
const run = async (files: Record<string, string>) => (await runCase(defaultCredentials, { name: 'dotenv45', files })).findings
  .map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column} ${f.message.replace(/;.*/, '')}`).sort();

describe('default-credentials: a compose fallback with the committed .env setting the variable (QA45 oss16 D5)', () => {
  it('the .env value is a default too: reported at the .env line that deploys it, and at the fallback', async () => {
    expect(await run({ 'docker-compose.yml': COMPOSE, '.env': 'ADMIN_USER=admin\nADMIN_PASSWORD=admin\n' })).toEqual([
      ".env:2:16 ADMIN_PASSWORD (interpolated into GF_SECURITY_ADMIN_PASSWORD of service 'grafana') is set to a well-known default value",
      "docker-compose.yml:6:36 GF_SECURITY_ADMIN_PASSWORD (service 'grafana') falls back to a well-known default value when ADMIN_PASSWORD is unset",
    ]);
    expect(await run({ 'docker-compose.yml': COMPOSE, '.env': 'ADMIN_USER=grafana_ops\nADMIN_PASSWORD=changeme\n' })).toEqual([
      ".env:2:16 ADMIN_PASSWORD (interpolated into GF_SECURITY_ADMIN_PASSWORD of service 'grafana') is set to a placeholder value",
      "docker-compose.yml:6:36 GF_SECURITY_ADMIN_PASSWORD (service 'grafana') falls back to a well-known default value when ADMIN_PASSWORD is unset",
    ]);
    // Equal to the user name the .env gives beside it: said at the .env line.
    const same = await run({ 'docker-compose.yml': COMPOSE, '.env': 'ADMIN_USER=grafana_ops\nADMIN_PASSWORD=grafana_ops\n' });
    expect(same).toHaveLength(2);
    expect(same[0]).toMatch(/^\.env:2:16 ADMIN_PASSWORD \(interpolated into GF_SECURITY_ADMIN_PASSWORD of service 'grafana'\) is set to the user name of /);
  });

  it('a strong .env value leaves only the fallback; a strong fallback only the .env line (unchanged)', async () => {
    expect(await run({ 'docker-compose.yml': COMPOSE, '.env': `ADMIN_USER=admin\nADMIN_PASSWORD=${strong}\n` })).toEqual([
      "docker-compose.yml:6:36 GF_SECURITY_ADMIN_PASSWORD (service 'grafana') falls back to a well-known default value when ADMIN_PASSWORD is unset",
    ]);
    expect(await run({ 'docker-compose.yml': COMPOSE.replace('${ADMIN_PASSWORD:-admin}', `\${ADMIN_PASSWORD:-${strong}}`), '.env': 'ADMIN_USER=ops\nADMIN_PASSWORD=admin\n' })).toEqual([
      ".env:2:16 ADMIN_PASSWORD (interpolated into GF_SECURITY_ADMIN_PASSWORD of service 'grafana') is set to a well-known default value",
    ]);
  });
});
