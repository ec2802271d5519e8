import { describe, expect, it } from 'vitest';
import { defaultCredentials } from '../../src/checks/default-credentials.js';
import { hardcodedSecret } from '../../src/checks/hardcoded-secret.js';
import { runCase } from '../helpers/check-tester.js';

// QA44 sweep R3: GitLab's historic default root password is a default credential, wherever Omnibus settings set it.
describe("GitLab's 5iveL!fe is a well-known default", () => {
  const files = { 'config/gitlab.rb': 'gitlab_rails[\'initial_root_password\'] = "5iveL!fe"\nexternal_url "https://gitlab.example.com"\n' };
  it('default-credentials reports it at the value; hardcoded-secret leaves it to that check', async () => {
    const dc = await runCase(defaultCredentials, { name: 'sweep44', files });
    expect(dc.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['config/gitlab.rb:1']);
    const hs = await runCase(hardcodedSecret, { name: 'sweep44', files });
    expect(hs.findings.filter((f) => !f.note)).toEqual([]);
  });
});

// QA44 review B3: a Chart.yaml dependency named after an Object property crashed database-port-exposed ("could not run").
describe('database-port-exposed: a chart dependency named constructor', () => {
  it('is no Bitnami chart, and the check still judges the compose file beside it', async () => {
    const { databasePortExposed } = await import('../../src/checks/database-port-exposed.js');
    const out = await runCase(databasePortExposed, { name: 'sweep44b', files: {
      'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: constructor\n    version: 1.0.0\n    repository: https://charts.bitnami.com/bitnami\n',
      'chart/values.yaml': 'replicaCount: 1\n',
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16.3\n    ports:\n      - "5432:5432"\n',
    } });
    expect(out.error).toBeUndefined();
    expect(out.findings.filter((f) => !f.note).map((f) => `${f.file}:${f.line}`)).toEqual(['docker-compose.yml:5']);
  });
});
