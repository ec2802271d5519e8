import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { runCase } from '../helpers/check-tester.js';

// QA45 oss16 D2: the passwords under a Helm dependency's key that Chart.yaml disables (`condition: postgresql.enabled`,
// `postgresql.enabled: false` in the values production installs with) deploy nothing; database-port-exposed already left such
// a block out. Both checks now decide it by the same rule (util/helm-dependencies.ts).
const run = async (files: Record<string, string>) => (await runCase(defaultCredentials, { name: 'helmdeps45', files })).findings;
const at = async (files: Record<string, string>) => (await run(files)).map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}:${f.column}`).sort();

const CHART = (condition = 'postgresql.enabled', extra = '') => [
  'apiVersion: v2', 'name: app', 'version: 1.0.0', 'dependencies:', '  - name: postgresql',
  '    repository: oci://registry-1.docker.io/bitnamicharts', '    version: 13.4.4', `    condition: ${condition}`, extra, '',
].join('\n');
const VALUES = (enabled: string) => [
  'postgresql:', `  enabled: ${enabled}`, '  auth:', '    username: gitea', '    password: gitea', '    postgresPassword: changeme',
  'externalDatabase:', '  host: db.internal', '  password: changeme', '',
].join('\n');

describe('default-credentials: a Helm dependency its condition disables (QA45 oss16 D2)', () => {
  it('enabled: false — the block\'s passwords are notes naming the condition; a value outside it still fails', async () => {
    const found = await run({ 'Chart.yaml': CHART(), 'values.yaml': VALUES('false') });
    expect(found.map((f) => `${f.note ? 'NOTE ' : ''}${f.file}:${f.line}`).sort()).toEqual(['NOTE values.yaml:5', 'NOTE values.yaml:6', 'values.yaml:9']);
    const note = found.find((f) => f.line === 5)!;
    expect(note.message).toContain("not rendered: the chart's dependency 'postgresql' is disabled, postgresql.enabled is false");
  });

  it('the lookalikes still fail: enabled: true, no condition, and no `enabled` value (Helm renders the dependency)', async () => {
    expect(await at({ 'Chart.yaml': CHART(), 'values.yaml': VALUES('true') })).toEqual(['values.yaml:5:15', 'values.yaml:6:23', 'values.yaml:9:13']);
    expect(await at({ 'Chart.yaml': CHART('postgresql.enabled').replace('    condition: postgresql.enabled\n', ''), 'values.yaml': VALUES('false') })).toEqual(['values.yaml:5:15', 'values.yaml:6:23', 'values.yaml:9:13']);
    // `enabled` is a string, not a boolean: Helm does not read it as the condition.
    expect(await at({ 'Chart.yaml': CHART(), 'values.yaml': VALUES('"false"') })).toEqual(['values.yaml:5:15', 'values.yaml:6:23', 'values.yaml:9:13']);
  });

  it('a production values file that enables it makes values.yaml\'s passwords deploy (fail); one that disables it makes them notes', async () => {
    const on = await run({ 'Chart.yaml': CHART(), 'values.yaml': VALUES('false'), 'values-production.yaml': 'postgresql:\n  enabled: true\n' });
    expect(on.filter((f) => !f.note && f.file === 'values.yaml').map((f) => f.line).sort()).toEqual([5, 6, 9]);
    const off = await run({ 'Chart.yaml': CHART(), 'values.yaml': VALUES('true'), 'values-production.yaml': 'postgresql:\n  enabled: false\n' });
    expect(off.filter((f) => f.file === 'values.yaml').map((f) => `${f.note ? 'NOTE ' : ''}${f.line}`).sort()).toEqual(['9', 'NOTE 5', 'NOTE 6']);
  });

  it('the condition under an alias, and the first boolean of a comma list, decide', async () => {
    const alias = CHART('db.enabled', '    alias: db');
    const v = 'db:\n  enabled: false\n  auth:\n    password: changeme\n';
    expect(await at({ 'Chart.yaml': alias, 'values.yaml': v })).toEqual(['NOTE values.yaml:4:15']);
    // `global.postgresql.enabled` is unset, so `postgresql.enabled` decides.
    expect(await at({ 'Chart.yaml': CHART('global.postgresql.enabled,postgresql.enabled'), 'values.yaml': VALUES('false') })).toEqual(['NOTE values.yaml:5:15', 'NOTE values.yaml:6:23', 'values.yaml:9:13']);
    // The first path set decides even when a later one says otherwise.
    const first = `global:\n  db: true\n${VALUES('false')}`;
    expect(await at({ 'Chart.yaml': CHART('global.db,postgresql.enabled'), 'values.yaml': first })).toEqual(['values.yaml:11:13', 'values.yaml:7:15', 'values.yaml:8:23']);
  });

  it('database-port-exposed and default-credentials decide the same block the same way (one shared rule)', async () => {
    const values = (enabled: string) => `postgresql:\n  enabled: ${enabled}\n  auth:\n    password: changeme\n  primary:\n    service:\n      type: LoadBalancer\n`;
    const files = (enabled: string) => ({ 'Chart.yaml': CHART('global.db,postgresql.enabled'), 'values.yaml': values(enabled), 'templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\n' });
    const both = async (enabled: string) => [
      ...(await runCase(databasePortExposed, { name: 'helmdeps45', files: files(enabled) })).findings,
      ...(await runCase(defaultCredentials, { name: 'helmdeps45', files: files(enabled) })).findings,
    ].filter((f) => !f.note).map((f) => `${f.file}:${f.line}`).sort();
    expect(await both('false')).toEqual([]);
    expect(await both('true')).toEqual(['values.yaml:4', 'values.yaml:7']);
  });
});
