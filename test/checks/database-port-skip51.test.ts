import { describe, expect, it } from 'vitest';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import { runCase } from '../helpers/check-tester.js';

async function run(files: Record<string, string>) {
  const out = await runCase(databasePortExposed, { name: 'dbskip51', files });
  expect(out.error).toBeUndefined();
  return out;
}

// Second read 51 (left open, 3): the skip reason of database-port-exposed named compose, Kubernetes Services, Kamal and AWS
// but not the Nomad job files (nor fly.toml services, pods, Bitnami chart dependencies) the check also reads.
describe('database-port-exposed: its skip reason names every source it reads', () => {
  it('nothing to judge: compose, Kubernetes, Bitnami chart dependencies, Kamal, fly.toml, Nomad job files and AWS are named', async () => {
    const out = await run({ 'main.tf': 'resource "aws_s3_bucket" "b" {}\n', 'README.md': '# app\n' });
    expect(out.skipped).toBe('no compose services, Kubernetes Services or pods, Bitnami database charts a Helm chart depends on, Kamal accessories, fly.toml services, Nomad job files, AWS security group rules or RDS instances');
    expect(out.skipped).toMatch(/Nomad job files/);
    expect(out.skipped).toMatch(/fly\.toml services/);
  });

  it('a compose file that cannot be read: the other sources are named before the compose clause, Nomad among them', async () => {
    const out = await run({ 'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n   ports: [x\n' });
    expect(out.skipped).toMatch(/^no Kubernetes Services or pods, .*Nomad job files, AWS security group rules or RDS instances, and no compose file could be read: docker-compose\.yml/);
  });

  it('a Nomad job file with no static database port is judged (the item passes), not skipped', async () => {
    const job = 'job "api" {\n  group "api" {\n    network {\n      port "http" {}\n    }\n    task "api" {\n      driver = "docker"\n      config {\n        image = "acme/api:1.0"\n        ports = ["http"]\n      }\n    }\n  }\n}\n';
    const out = await run({ 'api.nomad.hcl': job });
    expect(out.skipped).toBeUndefined();
    expect(out.findings).toEqual([]);
  });
});
