import { describe, expect, it } from 'vitest';
import { imageTagPinned } from '../../src/checks/image-tag-pinned.js';
import { databasePortExposed } from '../../src/checks/database-port-exposed.js';
import type { CheckDef } from '../../src/checks/define.js';
import { runCase } from '../helpers/check-tester.js';

// QA50 fullrepos28 D6: Nomad job files are read — a task's `config { image = "…" }` is judged by image-tag-pinned as Fly's and
// Render's images are, and a group's `port "x" { static = 6379 }` for a database task by database-port-exposed, as a hostPort is.
const job = (groups: string) => `job "ledger" {\n  datacenters = ["dc1"]\n${groups}\n}\n`;
const group = (name: string, image: string, port = '') => `  group "${name}" {\n    network {\n      ${port}\n    }\n    task "${name}" {\n      driver = "docker"\n      config {\n        image = "${image}"\n        ports = ["${name}"]\n      }\n    }\n  }`;

async function run(check: CheckDef, files: Record<string, string>) {
  const out = await runCase(check, { name: 'x', files });
  expect(out.error).toBeUndefined();
  return { skipped: out.skipped, lines: out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.note ? 'note' : 'fail'} ${f.message}`) };
}

describe('image-tag-pinned: Nomad task images (QA50 fullrepos28 D6)', () => {
  it('latest and untagged images fail at the value', async () => {
    const out = await run(imageTagPinned, { 'deploy/ledger.nomad.hcl': job(`${group('api', 'ghcr.io/acme/ledger:latest')}\n${group('redis', 'redis')}`) });
    expect(out.lines).toEqual([
      "deploy/ledger.nomad.hcl:10:18 fail Nomad job 'ledger' task 'api' config image ghcr.io/acme/ledger:latest uses the moving tag 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
      "deploy/ledger.nomad.hcl:22:18 fail Nomad job 'ledger' task 'redis' config image redis has no tag, so it pulls 'latest'; pin a version tag or a digest (`image:tag@sha256:…`)",
    ]);
  });

  it('a .nomad file and an .hcl file that declares a job are read; a development job file gives notes', async () => {
    expect((await run(imageTagPinned, { 'jobs/web.nomad': job(group('web', 'nginx:latest')) })).lines).toEqual([expect.stringMatching(/^jobs\/web\.nomad:10:18 fail /)]);
    expect((await run(imageTagPinned, { 'nomad/web.hcl': job(group('web', 'nginx')) })).lines).toEqual([expect.stringMatching(/^nomad\/web\.hcl:10:18 fail /)]);
    expect((await run(imageTagPinned, { 'deploy/web.dev.nomad': job(group('web', 'nginx:latest')) })).lines).toEqual([expect.stringMatching(/^deploy\/web\.dev\.nomad:10:18 note .*\(development-only file\)$/)]);
  });

  it('lookalikes pass: version tags, digests, a variable or template image; an .hcl file without a job is not a Nomad job', async () => {
    const digest = `redis:7.2.4@sha256:${'a'.repeat(64)}`;
    const out = await run(imageTagPinned, { 'deploy/ledger.nomad.hcl': job(`${group('api', 'ghcr.io/acme/ledger:1.4.2')}\n${group('redis', digest)}\n${group('web', '${var.image}')}\n${group('lb', '[[ .lb.image ]]')}`) });
    expect(out).toEqual({ skipped: undefined, lines: [] });
    const other = await run(imageTagPinned, { 'infra/consul.hcl': 'service {\n  name = "web"\n  image = "nginx:latest"\n}\n' });
    expect(other.lines).toEqual([]);
    expect(other.skipped).toBeDefined();
  });
});

describe('database-port-exposed: Nomad static ports (QA50 fullrepos28 D6)', () => {
  it('a static database port of a group fails at static, named by the task image\'s product', async () => {
    const out = await run(databasePortExposed, { 'deploy/ledger.nomad.hcl': job(group('redis', 'redis:7.2.4', 'port "redis" { static = 6379 }')) });
    expect(out.lines).toEqual([expect.stringMatching(/^deploy\/ledger\.nomad\.hcl:5:31 fail Nomad job 'ledger' group 'redis' reserves static port 6379 \(port "redis"\) for database port 6379 \(Redis\) on its client node's address/)]);
    const mapped = await run(databasePortExposed, { 'deploy/db.nomad': job(group('db', 'postgres:16.2', 'port "db" {\n        static = 15432\n        to     = 5432\n      }')) });
    expect(mapped.lines).toEqual([expect.stringMatching(/^deploy\/db\.nomad:6:18 fail Nomad job 'ledger' group 'db' reserves static port 15432 \(port "db", mapped to 5432\) for database port 5432 \(PostgreSQL\)/)]);
  });

  it('lookalikes: an application port, a dynamic database port and a host_network (a note) do not fail', async () => {
    const none = async (port: string, image = 'postgres:16.2') => (await run(databasePortExposed, { 'deploy/app.nomad': job(group('db', image, port)) })).lines.filter((l) => l.includes(' fail '));
    expect(await none('port "db" { static = 8080 }', 'ghcr.io/acme/api:1.0.0')).toEqual([]);
    expect(await none('port "db" { to = 5432 }')).toEqual([]);
    expect(await none('port "db" {\n        static       = 5432\n        host_network = "private"\n      }')).toEqual([]);
    const note = await run(databasePortExposed, { 'deploy/app.nomad': job(group('db', 'postgres:16.2', 'port "db" {\n        static       = 5432\n        host_network = "private"\n      }')) });
    expect(note.lines).toEqual([expect.stringMatching(/ note .*on host_network "private"/)]);
  });
});
